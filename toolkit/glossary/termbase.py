"""The project termbase: concepts from TBX/CSV files with fast lookups.

:func:`load_termbase` reads a ``.tbx`` file, a ``.csv`` file or a folder of them (merged, in
file-name order); the default path is ``[tool.toolkit] glossary``.  :class:`Termbase` indexes
the concepts once: by id, by language, and by a typography-insensitive key of each term (case,
dashes, quotes, spaces, ё/е, soft hyphens and zero-width characters ignored), so ``show``
finds «Бір ел – бір мүдде» when asked for "бір ел - бір мүдде".
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from toolkit.errors import InputError, UsageError
from toolkit.formats import csv_terms, tbx
from toolkit.fsio import read_bytes
from toolkit.langs import normalize_code
from toolkit.model import Concept, Term, TermStatus

#: Glossary file extensions and the module that reads and writes each.
GLOSSARY_FORMATS = {".tbx": "tbx", ".csv": "csv"}

_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\u2e3a\u2e3b\ufe58\ufe63\uff0d"
_QUOTES = "\"'`«»“”„‟‘’‚‛‹›「」『』\u2039\u203a"
_INVISIBLE = "\u00ad\u200b\u200c\u200d\u2060\ufeff"
_FOLD = str.maketrans({**{c: "-" for c in _DASHES}, **{c: None for c in _QUOTES + _INVISIBLE},
                       "ё": "е", "Ё": "Е"})
_SPACES = re.compile(r"\s+")
_AROUND_DASH = re.compile(r" ?- ?")


def typography_key(text: str) -> str:
    """``text`` with typographic differences removed but case kept."""
    text = unicodedata.normalize("NFC", text).translate(_FOLD)
    text = _SPACES.sub(" ", text).strip()
    return _AROUND_DASH.sub("-", text)


def lookup_key(text: str) -> str:
    """The key :meth:`Termbase.lookup` compares: typography- and case-insensitive."""
    return typography_key(text).casefold()


@dataclass(frozen=True)
class Forbidden:
    """A deprecated or superseded term with the term to use instead (``None``: none given)."""

    concept: Concept
    term: Term
    suggestion: Term | None


@dataclass(frozen=True)
class Duplicate:
    """A concept id defined twice: where the second definition is, and where the first is."""

    concept: Concept
    path: str
    first_path: str
    first_line: int


class Termbase:
    """Concepts with indexes; build once, query many times."""

    def __init__(self, concepts: Iterable[Concept], path: str | Path | None = None,
                 origins: Mapping[str, str] | None = None,
                 duplicates: Iterable[Duplicate] = ()) -> None:
        self.concepts: tuple[Concept, ...] = tuple(concepts)
        self.path = Path(path) if path is not None else None
        self.duplicates: tuple[Duplicate, ...] = tuple(duplicates)
        self._origins = dict(origins or {})
        self._by_id: dict[str, Concept] = {}
        self._by_lang: dict[str, list[tuple[Concept, Term]]] = {}
        self._by_key: dict[str, list[tuple[Concept, Term]]] = {}
        for concept in self.concepts:
            self._by_id.setdefault(concept.id, concept)
            for term in concept.terms:
                self._by_lang.setdefault(normalize_code(term.lang), []).append((concept, term))
                self._by_key.setdefault(lookup_key(term.text), []).append((concept, term))

    def __len__(self) -> int:
        return len(self.concepts)

    def __iter__(self) -> Iterator[Concept]:
        return iter(self.concepts)

    def __contains__(self, concept_id: object) -> bool:
        return concept_id in self._by_id

    def get(self, concept_id: str) -> Concept | None:
        """The concept with this id (the first one if the id is duplicated)."""
        return self._by_id.get(concept_id)

    def origin(self, concept_id: str) -> tuple[str | None, int]:
        """``(file, line)`` where a concept was read (``(None, 0)`` when not from a file)."""
        concept = self._by_id.get(concept_id)
        return self._origins.get(concept_id), concept.line if concept else 0

    def file_of(self, concept: Concept) -> str | None:
        """The file a concept was read from."""
        return self._origins.get(concept.id)

    @property
    def files(self) -> tuple[str, ...]:
        """The files the concepts came from, in order."""
        return tuple(dict.fromkeys(self._origins.values()))

    @property
    def languages(self) -> tuple[str, ...]:
        """Every (normalised) language that has at least one term."""
        return tuple(self._by_lang)

    def terms(self, lang: str) -> tuple[tuple[Concept, Term], ...]:
        """Every (concept, term) pair in a language (``kk-Latn`` is not ``kk``)."""
        return tuple(self._by_lang.get(normalize_code(lang), ()))

    def in_language(self, lang: str) -> tuple[Concept, ...]:
        """Concepts with at least one term in ``lang``."""
        return tuple(dict.fromkeys(c for c, _t in self.terms(lang)))

    def lookup(self, text: str, lang: str | None = None) -> tuple[tuple[Concept, Term], ...]:
        """Terms written like ``text`` up to case and typography, in any or one language."""
        hits = self._by_key.get(lookup_key(text), [])
        if lang is not None:
            want = normalize_code(lang)
            hits = [(c, t) for c, t in hits if normalize_code(t.lang) == want]
        return tuple(hits)

    def preferred(self, concept: Concept | str, lang: str) -> Term | None:
        """The preferred term of a concept in a language, if it has one."""
        found = self.get(concept) if isinstance(concept, str) else concept
        if found is None:
            return None
        want = normalize_code(lang)
        for term in found.terms:
            if term.status is TermStatus.PREFERRED and normalize_code(term.lang) == want:
                return term
        return None

    def suggestion(self, concept: Concept, lang: str) -> Term | None:
        """What to write instead of a forbidden term: the preferred, else an admitted term."""
        preferred = self.preferred(concept, lang)
        if preferred is not None:
            return preferred
        want = normalize_code(lang)
        return next((t for t in concept.terms if t.status is TermStatus.ADMITTED
                     and normalize_code(t.lang) == want), None)

    def forbidden(self, lang: str | None = None) -> tuple[Forbidden, ...]:
        """Deprecated and superseded terms with their suggestions, in one or all languages."""
        pairs = (self.terms(lang) if lang is not None
                 else [(c, t) for c in self.concepts for t in c.terms])
        return tuple(Forbidden(c, t, self.suggestion(c, t.lang))
                     for c, t in pairs if t.status.forbidden)


# ------------------------------------------------------------------------------- loading


def glossary_format(path: str | Path) -> str:
    """``tbx`` or ``csv`` from the extension; :class:`UsageError` otherwise."""
    suffix = Path(path).suffix.lower()
    try:
        return GLOSSARY_FORMATS[suffix]
    except KeyError:
        raise UsageError(f"cannot tell the glossary format from {suffix or 'no extension'!r}; "
                         "use .tbx or .csv", path) from None


def read_concepts(path: str | Path) -> tuple[Concept, ...]:
    """Every concept of one glossary file (TBX or CSV), duplicates kept."""
    fmt = glossary_format(path)
    data = read_bytes(path)
    if fmt == "tbx":
        return tbx.read(data, str(path))
    return csv_terms.read(data, str(path))


def glossary_files(path: str | Path) -> tuple[Path, ...]:
    """The glossary files at ``path``: the file itself, or the .tbx/.csv files of a folder."""
    p = Path(path)
    if p.is_dir():
        return tuple(sorted(f for f in p.iterdir()
                            if f.suffix.lower() in GLOSSARY_FORMATS and f.is_file()
                            and not f.name.startswith(".")))
    if not p.exists():
        raise InputError("no such glossary file or folder", p)
    return (p,)


def default_glossary() -> Path:
    """``[tool.toolkit] glossary`` of the project around the current folder."""
    from toolkit.config import load_project

    return load_project().glossary


def load_termbase(path: str | Path | None = None, *, strict: bool = True) -> Termbase:
    """Read a glossary file or folder into a :class:`Termbase`.

    A concept id defined twice (in one file or in two) raises :class:`InputError` naming
    both places; with ``strict=False`` the later definitions are kept in
    ``Termbase.duplicates`` instead (``glossary validate`` reports them).
    """
    where = Path(path) if path is not None else default_glossary()
    concepts: list[Concept] = []
    origins: dict[str, str] = {}
    duplicates: list[Duplicate] = []
    first_line: dict[str, int] = {}
    for file in glossary_files(where):
        for concept in read_concepts(file):
            if concept.id in origins:
                dup = Duplicate(concept, str(file), origins[concept.id], first_line[concept.id])
                if strict:
                    raise InputError(f"duplicate concept id {concept.id!r}; it is already "
                                     f"defined at {dup.first_path}:{dup.first_line}",
                                     file, concept.line or None)
                duplicates.append(dup)
                continue
            origins[concept.id] = str(file)
            first_line[concept.id] = concept.line
            concepts.append(concept)
    return Termbase(concepts, where, origins, duplicates)
