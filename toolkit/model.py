"""The neutral data model: every value that crosses a module boundary.

Readers in :mod:`toolkit.formats` return these objects and writers take them, so no check,
matcher or exporter ever sees polib or lxml.  The translation unit is gettext-shaped because
PO is our home format; XLIFF and TMX map onto it (see ``docs/formats.md``).

All classes are frozen: change a value with :func:`dataclasses.replace`.  The ones made
in the hundreds of thousands (units, hits, findings) also use ``__slots__``: a
200 MB catalog is 400,000 units, and a per-instance ``__dict__`` cost about 150 MB there.
:class:`Segment` alone is a ``NamedTuple`` (immutable too; ``_replace`` instead of
``dataclasses.replace``): the segmenter makes one per sentence on its hot path, and a tuple
is built in less than half the time of the cheapest way to fill a slotted dataclass.
"""

from __future__ import annotations

import enum
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from typing import NamedTuple

# --------------------------------------------------------------------------- source text


class Segment(NamedTuple):
    """A sentence found in a source text: ``source_text[start:end] == text``."""

    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Block:
    """A paragraph-level block of a source document (paragraph, heading, list item)."""

    kind: str  # "title", "dateline", "paragraph", "heading", "item"
    start: int  # offset of the block's text in the source
    end: int
    line: int  # 1-based line where the block starts
    number: int  # 1-based paragraph number in document order


# --------------------------------------------------------------------------- catalogs


@dataclass(frozen=True, slots=True)
class Previous:
    """The previous source of a fuzzy unit (PO ``#|`` lines)."""

    source: str
    source_plural: str | None = None
    context: str | None = None


@dataclass(frozen=True, slots=True)
class Unit:
    """One translation unit.

    ``target`` holds one string for a singular unit and one per plural form for a plural
    unit (``source_plural`` set).  An empty string is an untranslated form.
    ``state`` keeps an XLIFF 2 state (``reviewed``, ``final``) that PO cannot express; PO
    readers leave it ``None``.  ``line`` is the 1-based line where the unit starts in the
    file it was read from (0 when it was not read from a file).
    """

    source: str
    target: tuple[str, ...] = ("",)
    context: str | None = None
    source_plural: str | None = None
    translator_comments: tuple[str, ...] = ()
    extracted_comments: tuple[str, ...] = ()
    locations: tuple[str, ...] = ()
    flags: tuple[str, ...] = ()
    previous: Previous | None = None
    obsolete: bool = False
    state: str | None = None
    line: int = 0

    @property
    def key(self) -> tuple[str | None, str]:
        """Identity of a unit inside one catalog: (msgctxt, msgid)."""
        return (self.context, self.source)

    @property
    def is_plural(self) -> bool:
        return self.source_plural is not None

    @property
    def fuzzy(self) -> bool:
        return "fuzzy" in self.flags

    @property
    def translated(self) -> bool:
        """Every form has text and the unit is not fuzzy."""
        return bool(self.target) and all(self.target) and not self.fuzzy

    @property
    def untranslated(self) -> bool:
        return not any(self.target)


@dataclass(frozen=True)
class Catalog:
    """A set of units for one target language, with the file's header.

    ``header`` keeps the PO header fields in file order (``Language``, ``Plural-Forms`` ...).
    ``header_comments`` are the translator comment lines above the header entry.
    """

    units: tuple[Unit, ...] = ()
    header: Mapping[str, str] = field(default_factory=dict)
    header_comments: tuple[str, ...] = ()
    header_flags: tuple[str, ...] = ()
    source_lang: str | None = None
    target_lang: str | None = None
    path: str | None = None
    # How the file was written, so a rewrite keeps it: line endings, a byte-order mark, and
    # an encoding the header does not name (UTF-16 found by its BOM); None: the header's.
    newline: str = "\n"
    bom: bool = False
    encoding: str | None = None

    def __iter__(self) -> Iterator[Unit]:
        return iter(self.units)

    def __len__(self) -> int:
        return len(self.units)

    @property
    def active(self) -> tuple[Unit, ...]:
        """Units that are not obsolete."""
        return tuple(u for u in self.units if not u.obsolete)


# --------------------------------------------------------------------------- terminology


class TermStatus(str, enum.Enum):
    """TBX administrative status of a term (TBX-Basic ``administrativeStatus``)."""

    PREFERRED = "preferred"
    ADMITTED = "admitted"
    DEPRECATED = "deprecated"
    SUPERSEDED = "superseded"

    @property
    def forbidden(self) -> bool:
        return self in (TermStatus.DEPRECATED, TermStatus.SUPERSEDED)

    @property
    def accepted(self) -> bool:
        return not self.forbidden


@dataclass(frozen=True)
class Term:
    """One term of a concept in one language (``lang`` is a BCP 47 tag: kk, kk-Latn, ru, en)."""

    text: str
    lang: str
    status: TermStatus = TermStatus.PREFERRED
    part_of_speech: str | None = None
    term_type: str | None = None  # TBX termType: fullForm, abbreviation, acronym, ...
    note: str | None = None
    source: str | None = None  # where the term or its note comes from
    case_sensitive: bool = False
    exact_only: bool = False  # no inflection: match the written form only
    do_not_translate: bool = False  # must appear unchanged in the target
    forms: tuple[str, ...] = ()  # extra inflected stems or forms the analyzer cannot derive
    extra: tuple[tuple[str, str], ...] = ()  # other columns/fields kept for round trips
    line: int = field(default=0, compare=False)  # where it was read from (0: not from a file)


@dataclass(frozen=True)
class Concept:
    """A termbase entry: one meaning, its terms in every language."""

    id: str
    terms: tuple[Term, ...] = ()
    definition: str | None = None
    subject_field: str | None = None
    note: str | None = None
    source: str | None = None
    line: int = 0  # where it was read from, for error messages
    definition_source: str | None = None  # where the definition comes from

    def terms_in(self, lang: str) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.lang == lang)

    def preferred(self, lang: str) -> Term | None:
        for term in self.terms_in(lang):
            if term.status is TermStatus.PREFERRED:
                return term
        return None

    @property
    def languages(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for term in self.terms:
            seen.setdefault(term.lang)
        return tuple(seen)


@dataclass(frozen=True, slots=True)
class TermHit:
    """A glossary term found in a text: ``text[start:end]`` is the matched surface form.

    ``typographic`` is true when the match needed typographic normalisation (dash, quote,
    space or ё/е differences): a style check may warn on it.
    """

    start: int
    end: int
    text: str
    concept_id: str
    term: Term
    typographic: bool = False

    @property
    def status(self) -> TermStatus:
        return self.term.status


# --------------------------------------------------------------------------- findings


class Severity(str, enum.Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


@dataclass(frozen=True, slots=True)
class Finding:
    """One problem found by a check, flat and immutable; every report format reads these."""

    path: str
    line: int
    locale: str | None
    msgctxt: str | None
    msgid: str
    check: str  # kebab-case name, e.g. "glossary-missing"
    code: str  # short code, e.g. "TM001"
    severity: Severity
    message: str
    suggestion: str | None = None
