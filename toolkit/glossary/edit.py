"""Changing the termbase on disk: add terms, merge imported concepts, write files atomically.

Every change is made under the glossary folder's lock (:func:`toolkit.fsio.locked`): the
files are read again inside the lock, changed, and each changed file is replaced atomically,
so two ``toolkit glossary add`` runs at once do not lose an update.  A concept that already
exists is changed in the file it came from; a new concept goes to the target file:

* ``--glossary`` names a file: that file (created if missing);
* it names a folder: the single ``.tbx`` file in it (``glossary.tbx`` when the folder has no
  glossary file yet); several ``.tbx`` files, or only CSV files, are refused as ambiguous.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from pathlib import Path

from toolkit.errors import OutputError, UsageError
from toolkit.formats import csv_terms, tbx
from toolkit.fsio import atomic_write, locked
from toolkit.glossary.termbase import (
    Termbase,
    glossary_files,
    glossary_format,
    load_termbase,
    read_concepts,
)
from toolkit.langs import normalize_code
from toolkit.model import Concept, Term

DEFAULT_FILE = "glossary.tbx"


def encode(path: str | Path, concepts: Iterable[Concept], *, lang: str = "en") -> bytes:
    """The bytes of a glossary file in the format its extension names."""
    try:
        if glossary_format(path) == "tbx":
            return tbx.write(concepts, lang=lang, title=Path(path).stem)
        return csv_terms.write(concepts)
    except OutputError as exc:
        raise OutputError(exc.message, path) from None


def save(path: str | Path, concepts: Iterable[Concept], *, lang: str = "en") -> None:
    """Write a glossary file atomically (nothing is written if encoding fails)."""
    atomic_write(path, encode(path, concepts, lang=lang))


def target_file(glossary: Path) -> Path:
    """Where new concepts go (see the module docstring)."""
    if not glossary.is_dir():
        glossary_format(glossary)
        return glossary
    files = glossary_files(glossary)
    tbx_files = [f for f in files if f.suffix.lower() == ".tbx"]
    if len(tbx_files) == 1:
        return tbx_files[0]
    if not files:
        return glossary / DEFAULT_FILE
    names = ", ".join(f.name for f in files)
    raise UsageError(f"cannot tell which file of the folder gets new concepts ({names}); "
                     "name one with --glossary FILE", glossary)


def merge_concept(old: Concept, new: Concept) -> Concept:
    """``old`` updated by ``new``: same-language same-text terms replaced, others appended,
    concept fields overwritten where ``new`` has a value."""
    terms = list(old.terms)
    for term in new.terms:
        index = next((i for i, t in enumerate(terms)
                      if t.text == term.text
                      and normalize_code(t.lang) == normalize_code(term.lang)), None)
        if index is None:
            terms.append(term)
        else:
            terms[index] = term
    grouped: dict[str, list[Term]] = {}
    for term in terms:
        grouped.setdefault(term.lang, []).append(term)
    changes = {name: getattr(new, name) for name in
               ("definition", "definition_source", "subject_field", "note", "source")
               if getattr(new, name) is not None}
    return replace(old, terms=tuple(t for g in grouped.values() for t in g), **changes)


@dataclass
class Summary:
    """What :func:`apply` changed."""

    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    files: list[Path] = field(default_factory=list)


def apply(glossary: Path, concepts: Iterable[Concept], *, lang: str = "en") -> Summary:
    """Merge ``concepts`` into the termbase at ``glossary`` by concept id and write it."""
    folder = glossary if glossary.is_dir() else glossary.parent
    if not glossary.is_dir():
        glossary_format(glossary)  # refuse an unknown extension before taking the lock
    summary = Summary()
    with locked(folder):
        exists = glossary.exists()
        termbase = load_termbase(glossary) if exists else Termbase((), glossary)
        changed: dict[Path, list[Concept]] = {}
        for concept in concepts:
            origin = termbase.file_of(concept) if concept.id in termbase else None
            file = Path(origin) if origin else target_file(glossary)
            if file not in changed:
                changed[file] = list(read_concepts(file)) if file.exists() else []
            current = changed[file]
            index = next((i for i, c in enumerate(current) if c.id == concept.id), None)
            if index is None:
                current.append(replace(concept, line=0))
                summary.added.append(concept.id)
            else:
                current[index] = merge_concept(current[index], concept)
                summary.updated.append(concept.id)
        encoded = {file: encode(file, items, lang=lang) for file, items in changed.items()}
        for file, data in encoded.items():  # all encoded first: fail before any write
            atomic_write(file, data)
            summary.files.append(file)
    return summary
