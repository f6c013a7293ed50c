"""Write concepts as TBX-Basic 2019, DCA style: deterministic bytes, pretty-printed.

Same input, same bytes (no dates, no generated ids).  Values TBX-Basic would reject (a
grammaticalGender outside its picklist, a concept id that is not an XML ID, a language tag
that is not ``xsd:language``, characters XML cannot hold) raise :class:`OutputError` before
anything is written, so a termbase file is never replaced by an invalid one.  A part of speech
or term type outside the TBX-Basic picklists is written as the nearest TBX-Basic value plus a
``toolkit:partOfSpeech=``/``toolkit:termType=`` note with the exact value.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from toolkit.errors import OutputError
from toolkit.formats.tbx_basic import (
    CATEGORIES,
    STATUS_TO_TBX,
    TBX_NS,
    TERM_EXTRA_CATEGORIES,
    XML_LANG,
    basic_part_of_speech,
)
from toolkit.formats.tbx_notes import note_texts
from toolkit.model import Concept, Term

#: xsd:NCName, the lexical space of xsd:ID (simplified to the characters people use).
NCNAME = re.compile(r"^[^\W\d.\-][\w.\-]*$")
#: xsd:language.
LANGUAGE_TAG = re.compile(r"^[a-zA-Z]{1,8}(-[a-zA-Z0-9]{1,8})*$")


def term_extras(term: Term) -> tuple[tuple[tuple[str, str], ...], tuple[tuple[str, str], ...]]:
    """Split ``term.extra`` into (TBX-Basic termNote categories, everything else)."""
    notes = tuple((k, v) for k, v in term.extra
                  if k in TERM_EXTRA_CATEGORIES and CATEGORIES[k].element == "termNote")
    rest = tuple(item for item in term.extra if item not in notes)
    return notes, rest


def canonical_extra(extra: Iterable[tuple[str, str]]) -> tuple[tuple[str, str], ...]:
    """``extra`` in the order a TBX round trip gives back (termNote categories first)."""
    items = tuple(extra)
    first = tuple((k, v) for k, v in items
                  if k in TERM_EXTRA_CATEGORIES and CATEGORIES[k].element == "termNote")
    return first + tuple(item for item in items if item not in first)


def problems(concept: Concept) -> list[str]:
    """Why ``concept`` cannot be written as TBX-Basic (empty when it can)."""
    found: list[str] = []
    if not NCNAME.match(concept.id):
        found.append(f"concept id {concept.id!r} is not an XML ID (letters, digits, '-', '_', "
                     "'.'; not starting with a digit, '-' or '.')")
    if not concept.terms:
        found.append(f"concept {concept.id!r} has no terms")
    if concept.definition_source and not concept.definition:
        found.append(f"concept {concept.id!r} has a definition source but no definition")
    for term in concept.terms:
        where = f"concept {concept.id!r}, term {term.text!r}"
        if not LANGUAGE_TAG.match(term.lang):
            found.append(f"{where}: {term.lang!r} is not a language tag")
        for name, value in term_extras(term)[0]:
            if not CATEGORIES[name].allows(value):
                allowed = ", ".join(sorted(CATEGORIES[name].values))
                found.append(f"{where}: {name} {value!r} is not allowed in TBX-Basic "
                             f"(use one of: {allowed})")
        if any("|" in form for form in term.forms):
            found.append(f"{where}: a form contains '|', which separates forms")
    return found


def write(concepts: Iterable[Concept], *, lang: str = "en", title: str = "Termbase") -> bytes:
    """Serialise ``concepts`` as a TBX-Basic DCA document (UTF-8 bytes)."""
    concepts = tuple(concepts)
    for concept in concepts:
        found = problems(concept)
        if found:
            raise OutputError("cannot write TBX-Basic: " + found[0])
    root = etree.Element(f"{{{TBX_NS}}}tbx", nsmap={None: TBX_NS})  # type: ignore[dict-item]
    root.set("type", "TBX-Basic")
    root.set("style", "dca")
    root.set(XML_LANG, lang)
    header = _sub(root, "tbxHeader")
    file_desc = _sub(header, "fileDesc")
    _sub(_sub(file_desc, "titleStmt"), "title", title)
    _sub(_sub(file_desc, "sourceDesc"), "p", "Written by Tilmash (toolkit glossary).")
    text = _sub(root, "text")
    if concepts:  # TBX requires at least one conceptEntry inside <body>
        body = _sub(text, "body")
        for concept in concepts:
            _concept(body, concept)
    etree.indent(root, space="  ")
    text_out: str = etree.tostring(root, encoding="unicode", pretty_print=True)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text_out).encode("utf-8")


def _sub(parent: etree._Element, name: str, text: str | None = None, **attrs: str
         ) -> etree._Element:
    element = etree.SubElement(parent, f"{{{TBX_NS}}}{name}")
    for key, value in attrs.items():
        element.set(key, value)
    if text is not None:
        try:
            element.text = text
        except ValueError:
            raise OutputError(f"cannot write TBX: {text[:40]!r} contains a character XML "
                              "cannot hold (a control character)") from None
    return element


def _concept(body: etree._Element, concept: Concept) -> None:
    entry = _sub(body, "conceptEntry", id=concept.id)
    if concept.subject_field:
        _sub(entry, "descrip", concept.subject_field, type="subjectField")
    if concept.definition:
        if concept.definition_source:
            group = _sub(entry, "descripGrp")
            _sub(group, "descrip", concept.definition, type="definition")
            _sub(group, "admin", concept.definition_source, type="source")
        else:
            _sub(entry, "descrip", concept.definition, type="definition")
    if concept.source:
        _sub(entry, "admin", concept.source, type="source")
    if concept.note:
        _sub(entry, "note", concept.note)
    sections: dict[str, etree._Element] = {}
    for term in concept.terms:
        if term.lang not in sections:
            sections[term.lang] = _sub(entry, "langSec")
            sections[term.lang].set(XML_LANG, term.lang)
        _term(sections[term.lang], term)


def _term(section: etree._Element, term: Term) -> None:
    sec = _sub(section, "termSec")
    _sub(sec, "term", term.text)
    _sub(sec, "termNote", STATUS_TO_TBX[term.status], type="administrativeStatus")
    exact: list[tuple[str, str]] = []
    if term.part_of_speech:
        basic = basic_part_of_speech(term.part_of_speech)
        _sub(sec, "termNote", basic, type="partOfSpeech")
        if basic != term.part_of_speech:
            exact.append(("partOfSpeech", term.part_of_speech))
    if term.term_type:
        if CATEGORIES["termType"].allows(term.term_type):
            _sub(sec, "termNote", term.term_type, type="termType")
        else:
            exact.append(("termType", term.term_type))
    note_extras, rest = term_extras(term)
    for name, value in note_extras:
        _sub(sec, "termNote", value, type=name)
    if term.source:
        _sub(sec, "admin", term.source, type="source")
    ours: list[tuple[str, str]] = []
    for name, value in rest:
        if name in TERM_EXTRA_CATEGORIES:
            _flush(sec, term, ours)
            _sub(sec, CATEGORIES[name].element, value, type=name)
        else:
            ours.append((name, value))
    _flush(sec, term, ours)
    for text in note_texts(term, (), tuple(exact)):
        _sub(sec, "note", text)


def _flush(sec: etree._Element, term: Term, extra: list[tuple[str, str]]) -> None:
    for text in note_texts(Term(text="", lang=term.lang), tuple(extra)):
        _sub(sec, "note", text)
    extra.clear()
