"""``toolkit glossary validate``: everything wrong with a termbase, as ``path:line`` problems.

Schema problems of each ``.tbx`` file (core RNG + TBX-Basic rules, see
:mod:`toolkit.formats.tbx_schema`) and content problems of the merged termbase:

=======================  ===============================================================
code                     what
=======================  ===============================================================
``schema``               the file is not valid TBX-Basic 2019
``duplicate-id``         a concept id defined twice (in one file or across files)
``not-tbx-basic``        a value TBX-Basic cannot hold (concept id, language tag ...)
``preferred-forbidden``  one language has the same term as preferred and as deprecated
                         or superseded (same text up to case)
``missing-preferred``    a concept has no preferred term in a configured language
``unknown-language``     a language tag CLDR does not know
``empty-term``           a term with no text
``whitespace``           leading/trailing, doubled or non-space whitespace in a term
``typographic-variant``  two accepted terms that differ only in dashes, quotes, spaces,
                         ё/е or invisible characters
=======================  ===============================================================
"""

from __future__ import annotations

import difflib
import functools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from babel import Locale, UnknownLocaleError

from toolkit.formats.tbx_schema import validate_tbx
from toolkit.formats.tbx_write import LANGUAGE_TAG, problems
from toolkit.fsio import read_bytes
from toolkit.glossary.termbase import (
    Termbase,
    glossary_files,
    glossary_format,
    load_termbase,
    typography_key,
)
from toolkit.langs import LANGUAGES, normalize_code
from toolkit.model import Concept, Term, TermStatus


@dataclass(frozen=True, order=True)
class Problem:
    """One finding of ``glossary validate``."""

    path: str
    line: int
    code: str
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


def validate_glossary(path: str | Path, languages: Sequence[str]) -> list[Problem]:
    """Read the glossary at ``path`` and return every problem, sorted by file and line.

    Unreadable or malformed files raise :class:`~toolkit.errors.InputError` (exit 2).
    """
    termbase = load_termbase(path, strict=False)
    found: list[Problem] = []
    for file in glossary_files(path):
        if glossary_format(file) == "tbx":
            found.extend(Problem(str(file), line, "schema", message)
                         for line, message in validate_tbx(read_bytes(file), str(file)))
    found.extend(validate_termbase(termbase, languages))
    return sorted(set(found))


def validate_termbase(termbase: Termbase, languages: Sequence[str]) -> list[Problem]:
    """Content problems of a loaded termbase (see the module docstring)."""
    found: list[Problem] = []
    for dup in termbase.duplicates:
        found.append(Problem(dup.path, dup.concept.line, "duplicate-id",
                             f"duplicate concept id {dup.concept.id!r}; first defined at "
                             f"{dup.first_path}:{dup.first_line}"))
    for concept in termbase.concepts:
        path = termbase.file_of(concept) or "<termbase>"
        found.extend(Problem(path, concept.line, "not-tbx-basic",
                             f"cannot be written as TBX-Basic: {message}")
                     for message in problems(concept))
        found.extend(_concept_problems(concept, path, languages))
    found.extend(_pair_problems(termbase))
    return found


def _concept_problems(concept: Concept, path: str, languages: Sequence[str]
                      ) -> Iterable[Problem]:
    have = {normalize_code(t.lang) for t in concept.terms if t.status is TermStatus.PREFERRED}
    for lang in languages:
        if normalize_code(lang) not in have:
            yield Problem(path, concept.line, "missing-preferred",
                          f"concept {concept.id!r} has no preferred term in {lang}")
    seen_langs: set[str] = set()
    for term in concept.terms:
        line = term.line or concept.line
        if term.lang not in seen_langs and not known_language(term.lang):
            yield Problem(path, line, "unknown-language",
                          f"unknown language code {term.lang!r} (concept {concept.id!r})")
        seen_langs.add(term.lang)
        if not term.text.strip():
            yield Problem(path, line, "empty-term",
                          f"empty term in {term.lang} (concept {concept.id!r})")
            continue
        stray = _whitespace(term.text)
        if stray:
            yield Problem(path, line, "whitespace", f"{stray} in {term.text!r}")


def _whitespace(text: str) -> str | None:
    if text != text.strip():
        return "leading or trailing whitespace"
    if "  " in text:
        return "doubled space"
    odd = re.search(r"[^\S ]", text)
    if odd:
        return f"whitespace character U+{ord(odd.group()):04X} instead of a space"
    return None


@functools.cache
def known_language(tag: str) -> bool:
    """A well-formed tag whose language (and script, if any) CLDR knows."""
    if not LANGUAGE_TAG.match(tag):
        return False
    if normalize_code(tag) in LANGUAGES:
        return True
    parts = tag.split("-")
    try:
        locale = Locale.parse(parts[0].lower())
    except (UnknownLocaleError, ValueError):
        return False
    scripts = [p for p in parts[1:] if len(p) == 4 and p.isalpha()]
    return all(s.title() in locale.scripts for s in scripts)


def _pair_problems(termbase: Termbase) -> Iterable[Problem]:
    for lang in termbase.languages:
        by_text: dict[str, list[tuple[Concept, Term]]] = {}
        by_typo: dict[str, list[tuple[Concept, Term]]] = {}
        for concept, term in termbase.terms(lang):
            if term.text.strip():
                by_text.setdefault(term.text.strip().casefold(), []).append((concept, term))
                by_typo.setdefault(typography_key(term.text), []).append((concept, term))
        for group in by_text.values():
            yield from _status_conflicts(termbase, group, lang)
        for group in by_typo.values():
            yield from _typographic(termbase, group)


def _where(termbase: Termbase, concept: Concept, term: Term) -> tuple[str, int]:
    return termbase.file_of(concept) or "<termbase>", term.line or concept.line


def _status_conflicts(termbase: Termbase, group: list[tuple[Concept, Term]], lang: str
                      ) -> Iterable[Problem]:
    preferred = [(c, t) for c, t in group if t.status is TermStatus.PREFERRED]
    for concept, term in group:
        if not term.status.forbidden:
            continue
        for other_concept, other in preferred:
            if (term.case_sensitive or other.case_sensitive) and term.text != other.text:
                continue
            path, line = _where(termbase, concept, term)
            other_path, other_line = _where(termbase, other_concept, other)
            yield Problem(path, line, "preferred-forbidden",
                          f"{term.text!r} is {term.status.value} here (concept "
                          f"{concept.id!r}) but preferred at {other_path}:{other_line} "
                          f"(concept {other_concept.id!r}) in {lang}")


def _typographic(termbase: Termbase, group: list[tuple[Concept, Term]]) -> Iterable[Problem]:
    accepted = [(c, t) for c, t in group if t.status.accepted]
    first_concept, first = accepted[0] if accepted else (None, None)
    for concept, term in accepted[1:]:
        if first is None or first_concept is None or term.text == first.text:
            continue
        path, line = _where(termbase, concept, term)
        first_path, first_line = _where(termbase, first_concept, first)
        yield Problem(path, line, "typographic-variant",
                      f"{term.text!r} differs from {first.text!r} ({first_path}:{first_line}) "
                      f"only in typography: {describe_difference(first.text, term.text)}")


_NAMES = {"-": "hyphen", "\u2010": "hyphen", "\u2011": "non-breaking hyphen",
          "\u2013": "en dash", "\u2014": "em dash", "\u2212": "minus sign",
          '"': "straight quote", "'": "apostrophe", "«": "guillemet", "»": "guillemet",
          "“": "curly quote", "”": "curly quote", "„": "low quote", "‘": "curly apostrophe",
          "’": "curly apostrophe", " ": "space", "\u00a0": "no-break space",
          "\u202f": "narrow no-break space", "\u00ad": "soft hyphen", "ё": "ё", "е": "е",
          "Ё": "Ё", "Е": "Е", "\u200b": "zero-width space"}


def describe_difference(a: str, b: str) -> str:
    """``"hyphen vs en dash"``-style description of how two strings differ."""
    parts: list[str] = []
    matcher = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        left = " ".join(_NAMES.get(c, repr(c)) for c in a[i1:i2]) or "nothing"
        right = " ".join(_NAMES.get(c, repr(c)) for c in b[j1:j2]) or "nothing"
        text = f"{left} vs {right}"
        if text not in parts:
            parts.append(text)
    return ", ".join(parts)
