"""Facts about TBX (ISO 30042:2019) and its TBX-Basic dialect, as data.

The TBX-Basic Schematron files (``toolkit/data/schemas/tbx/*.sch``) need XSLT 2, which lxml
lacks, so their rules are restated here as a table and enforced by
:mod:`toolkit.formats.tbx_schema`; the reader and writer in :mod:`toolkit.formats.tbx` use the
same table.  Source: LTAC-Global ``TBX-Basic_DCA.sch`` v1.2.1, ``Min.rng``, ``Basic.rng``.
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.model import TermStatus

TBX_NS = "urn:iso:std:iso:30042:ed-2"
MIN_NS = "http://www.tbxinfo.net/ns/min"
BASIC_NS = "http://www.tbxinfo.net/ns/basic"
XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"

#: The three levels of a TBX 2019 entry (TBX 2008 names: termEntry, langSet, tig/ntig).
CONCEPT, LANGUAGE, TERM = "conceptEntry", "langSec", "termSec"


@dataclass(frozen=True)
class DataCategory:
    """One TBX-Basic data category: its element in DCA style, levels, picklist, DCT module."""

    name: str
    element: str  # DCA element: admin, descrip, termNote, ref, xref, transac, transacNote
    levels: frozenset[str]
    values: frozenset[str] = frozenset()  # empty: free text
    namespace: str = BASIC_NS  # module namespace of the DCT element

    def allows(self, value: str) -> bool:
        """Whether ``value`` is permitted (always, for free-text categories)."""
        return not self.values or value in self.values


def _cat(name: str, element: str, levels: str, values: str = "", ns: str = BASIC_NS
         ) -> DataCategory:
    return DataCategory(name, element, frozenset(levels.split()), frozenset(values.split()), ns)


_ALL = f"{CONCEPT} {LANGUAGE} {TERM}"
PART_OF_SPEECH_VALUES = "adjective noun other verb adverb"
TERM_TYPE_VALUES = "fullForm acronym abbreviation shortForm variant phrase"
STATUS_VALUES = ("preferredTerm-admn-sts admittedTerm-admn-sts deprecatedTerm-admn-sts "
                 "supersededTerm-admn-sts")

#: Every data category TBX-Basic permits (name -> category).
CATEGORIES: dict[str, DataCategory] = {c.name: c for c in (
    _cat("administrativeStatus", "termNote", TERM, STATUS_VALUES, MIN_NS),
    _cat("partOfSpeech", "termNote", TERM, PART_OF_SPEECH_VALUES, MIN_NS),
    _cat("subjectField", "descrip", CONCEPT, ns=MIN_NS),
    _cat("customerSubset", "admin", f"{CONCEPT} {TERM}", ns=MIN_NS),
    _cat("externalCrossReference", "xref", _ALL, ns=MIN_NS),
    _cat("projectSubset", "admin", f"{CONCEPT} {TERM}"),
    _cat("source", "admin", _ALL),
    _cat("context", "descrip", TERM),
    _cat("definition", "descrip", f"{CONCEPT} {LANGUAGE}"),
    _cat("crossReference", "ref", f"{CONCEPT} {TERM}"),
    _cat("grammaticalGender", "termNote", TERM, "masculine feminine neuter other"),
    _cat("geographicalUsage", "termNote", TERM),
    _cat("termLocation", "termNote", TERM,
         "checkBox comboBox comboBoxElement dialogBox groupBox informativeMessage "
         "interactiveMessage menuItem progressBar pushButton radioButton slider spinBox tab "
         "tableText textBox toolTip user-definedType"),
    _cat("termType", "termNote", TERM, TERM_TYPE_VALUES),
    _cat("transactionType", "transac", _ALL, "origination modification"),
    _cat("responsibility", "transacNote", _ALL),
    _cat("xGraphic", "xref", f"{CONCEPT} {LANGUAGE}"),
)}

#: Elements whose ``type`` attribute names a data category in DCA style.
TYPED_ELEMENTS = frozenset(
    ["admin", "adminNote", "descrip", "descripNote", "ref", "termNote", "transac",
     "transacNote", "xref"])

#: Term-level categories we do not model but keep in ``Term.extra`` under their own name.
TERM_EXTRA_CATEGORIES = frozenset(
    ["context", "customerSubset", "projectSubset", "grammaticalGender", "geographicalUsage",
     "termLocation"])

#: Finer part-of-speech values (ISO 12620 / DatCatInfo) -> the TBX-Basic value written for
#: them; the exact value travels in a ``toolkit:partOfSpeech=`` note.  Others become "other".
POS_FALLBACK = {"properNoun": "noun", "commonNoun": "noun", "nounPhrase": "noun",
                "adjectivePhrase": "adjective", "verbPhrase": "verb", "adverbPhrase": "adverb"}


def basic_part_of_speech(value: str) -> str:
    """The TBX-Basic partOfSpeech value that stands for ``value``."""
    if CATEGORIES["partOfSpeech"].allows(value):
        return value
    return POS_FALLBACK.get(value, "other")


# ---------------------------------------------------------------------------- statuses

STATUS_TO_TBX: dict[TermStatus, str] = {
    TermStatus.PREFERRED: "preferredTerm-admn-sts",
    TermStatus.ADMITTED: "admittedTerm-admn-sts",
    TermStatus.DEPRECATED: "deprecatedTerm-admn-sts",
    TermStatus.SUPERSEDED: "supersededTerm-admn-sts",
}

#: Status spellings accepted on input: TBX-Basic values, TBX 2008 normativeAuthorization
#: values, the bare words, and what Weblate/TermWeb write (forbidden, obsolete).
STATUS_FROM_TEXT: dict[str, TermStatus] = {
    **{v.lower(): k for k, v in STATUS_TO_TBX.items()},
    **{k.value: k for k in TermStatus},
    "standardizedterm-admn-sts": TermStatus.PREFERRED,
    "standardizedterm": TermStatus.PREFERRED,
    "preferredterm": TermStatus.PREFERRED,
    "legalterm": TermStatus.PREFERRED,
    "regulatedterm": TermStatus.PREFERRED,
    "admittedterm": TermStatus.ADMITTED,
    "deprecatedterm": TermStatus.DEPRECATED,
    "supersededterm": TermStatus.SUPERSEDED,
    "forbidden": TermStatus.DEPRECATED,
    "obsolete": TermStatus.SUPERSEDED,
}


def parse_status(text: str) -> TermStatus | None:
    """The :class:`TermStatus` a status spelling stands for, or ``None`` if unknown."""
    return STATUS_FROM_TEXT.get(text.strip().lower())


def status_spellings() -> str:
    """The short list of status spellings for error messages."""
    return ", ".join(s.value for s in TermStatus) + " (or the TBX *Term-admn-sts values)"
