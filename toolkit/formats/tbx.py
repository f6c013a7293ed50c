"""TBX termbases <-> :class:`~toolkit.model.Concept`.

Reads TBX 2019 (ISO 30042:2019, ``conceptEntry/langSec/termSec``) in DCA style
(``<termNote type="partOfSpeech">``) and DCT style (``<min:partOfSpeech>``), and the 2008
layout (``martif/text/body/termEntry/langSet/tig|ntig``) that Weblate and Translate Toolkit
write.  Writes TBX-Basic 2019 in DCA style, deterministic and pretty-printed.

The toolkit's term options have no TBX-Basic data category, so they travel in ``<note>``
elements with a ``toolkit:`` prefix (see :mod:`toolkit.formats.tbx_notes` and
``docs/glossary.md``).  Data categories we do not model are kept in ``Term.extra`` at the
term level; at the concept and language level they are dropped (documented).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from lxml import etree

from toolkit.errors import InputError
from toolkit.formats._xml import local_name, namespace, parse_xml
from toolkit.formats.tbx_basic import (
    TBX_NS,
    TYPED_ELEMENTS,
    XML_LANG,
    parse_status,
    status_spellings,
)
from toolkit.formats.tbx_notes import TermOptions, parse_note
from toolkit.formats.tbx_write import write
from toolkit.model import Concept, Term, TermStatus

__all__ = ["detect_layout", "element_line", "element_text", "read", "write"]

_STATUS_CATEGORIES = ("administrativeStatus", "normativeAuthorization")
_LANG_LEVEL = ("langSec", "langSet")
_TERM_LEVEL = ("termSec", "tig", "ntig")


def detect_layout(root: etree._Element, path: str) -> tuple[str, str]:
    """``(layout, structural namespace)``: layout is ``2019-dca``, ``2019-dct`` or ``2008``."""
    name = local_name(root)
    if name == "tbx":
        if namespace(root) != TBX_NS:
            raise InputError(f"<tbx> must be in the namespace {TBX_NS!r}, found "
                             f"{namespace(root) or 'none'!r}", path, element_line(root))
        style = root.get("style", "dca")
        if style not in ("dca", "dct"):
            raise InputError(f"unknown TBX style {style!r}; expected 'dca' or 'dct'",
                             path, element_line(root))
        return f"2019-{style}", TBX_NS
    if name == "martif":
        return "2008", namespace(root)
    raise InputError(f"not a TBX file: the root element is <{name}>, expected <tbx> "
                     "(TBX 2019) or <martif> (TBX 2008)", path, element_line(root))


def read(data: bytes, path: str) -> tuple[Concept, ...]:
    """Every concept entry of a TBX file, in document order (duplicates kept)."""
    root = parse_xml(data, path).getroot()
    _layout, ns = detect_layout(root, path)
    reader = _Reader(path, ns)
    concepts: list[Concept] = []
    for text in _children(root, ns, "text"):
        for body in _children(text, ns, "body"):
            for entry in body:
                if local_name(entry) in ("conceptEntry", "termEntry") and namespace(entry) == ns:
                    concepts.append(reader.concept(entry, len(concepts) + 1))
    return tuple(concepts)


def _children(element: etree._Element, ns: str, name: str) -> Iterator[etree._Element]:
    for child in element:
        if local_name(child) == name and namespace(child) == ns:
            yield child


def element_text(element: etree._Element) -> str:
    """All text inside an element (a term may hold <hi> markup)."""
    if len(element) == 0:  # the common case, without the itertext machinery
        return element.text or ""
    return "".join(str(t) for t in element.itertext())


def element_line(element: etree._Element) -> int:
    """1-based source line of an element (0 when lxml does not know it)."""
    line = element.sourceline
    return line if isinstance(line, int) else 0


@dataclass
class _Item:
    """One data category found at some level: its name, value and an attached source."""

    name: str
    value: str
    line: int
    source: str | None = None


@dataclass
class _TermDraft:
    text: str
    lang: str
    line: int
    status: TermStatus | None = None
    part_of_speech: str | None = None
    term_type: str | None = None
    source: str | None = None
    notes: list[str] = field(default_factory=list)
    options: TermOptions = field(default_factory=TermOptions)
    extra: list[tuple[str, str]] = field(default_factory=list)


class _Reader:
    def __init__(self, path: str, ns: str) -> None:
        self.path = path
        self.ns = ns

    # ------------------------------------------------------------------ data categories

    def items(self, element: etree._Element) -> list[_Item]:
        """The data categories an element carries (a *Grp gives its main item)."""
        if not isinstance(element.tag, str):
            return []  # comments and processing instructions
        name = local_name(element)
        line = element_line(element)
        if namespace(element) != self.ns:  # DCT style: the element name is the category
            return [_Item(name, element_text(element), line)]
        if name in TYPED_ELEMENTS:
            kind = element.get("type")
            if not kind:
                raise InputError(f"<{name}> without a type attribute", self.path, line)
            return [_Item(kind, element_text(element), line)]
        if name == "note":
            return [_Item("note", element_text(element), line)]
        if name.endswith("Grp") and name != "termGrp":
            found: list[_Item] = []
            for child in element:
                found.extend(self.items(child))
            if not found:
                return []
            main, rest = found[0], found[1:]
            for item in rest:
                if item.name == "source":
                    main.source = item.value
            return [main]
        return []

    # ------------------------------------------------------------------ levels

    def concept(self, entry: etree._Element, number: int) -> Concept:
        """One conceptEntry/termEntry (``number``: its 1-based position, for anonymous ones)."""
        line = element_line(entry)
        cid = (entry.get("id") or "").strip()
        if not cid:
            if local_name(entry) == "conceptEntry":
                raise InputError("<conceptEntry> without an id", self.path, line)
            cid = f"entry-{number}"  # TBX 2008 allows anonymous entries
        concept = Concept(id=cid, line=line)
        notes: list[str] = []
        terms: list[Term] = []
        for child in entry:
            if local_name(child) in _LANG_LEVEL:
                concept = self._language(child, concept, terms)
                continue
            for item in self.items(child):
                if item.name == "subjectField" and concept.subject_field is None:
                    concept = replace(concept, subject_field=item.value)
                elif item.name == "definition":
                    concept = _with_definition(concept, item)
                elif item.name == "source" and concept.source is None:
                    concept = replace(concept, source=item.value)
                elif item.name == "note" and item.value:
                    notes.append(item.value)
        return replace(concept, terms=tuple(terms), note="\n".join(notes) or None)

    def _language(self, section: etree._Element, concept: Concept, terms: list[Term]
                  ) -> Concept:
        lang = (section.get(XML_LANG) or section.get("lang") or "").strip()
        if not lang:
            raise InputError(f"<{local_name(section)}> without xml:lang", self.path,
                             element_line(section))
        for child in section:
            if local_name(child) in _TERM_LEVEL:
                draft = self._term(child, lang)
                terms.append(_finish(draft))
                continue
            for item in self.items(child):
                if item.name == "definition":
                    concept = _with_definition(concept, item)
        return concept

    def _term(self, section: etree._Element, lang: str) -> _TermDraft:
        # termSec/tig: term + notes are children; ntig: term + termNotes sit in a termGrp.
        elements = list(section)
        for child in list(elements):
            if local_name(child) == "termGrp":
                elements.remove(child)
                elements = list(child) + elements
        term_el = next((e for e in elements if local_name(e) == "term"), None)
        if term_el is None:
            raise InputError(f"<{local_name(section)}> without a <term>", self.path,
                             element_line(section))
        draft = _TermDraft(element_text(term_el), lang, element_line(term_el))
        for element in elements:
            if element is term_el:
                continue
            for item in self.items(element):
                self._term_item(draft, item)
        return draft

    def _term_item(self, draft: _TermDraft, item: _Item) -> None:
        value = item.value.strip()
        if item.name in _STATUS_CATEGORIES:
            status = parse_status(value)
            if status is None:
                raise InputError(f"unknown administrative status {value!r}; expected "
                                 + status_spellings(), self.path, item.line)
            draft.status = status
        elif item.name == "partOfSpeech":
            draft.part_of_speech = value or None
        elif item.name == "termType":
            draft.term_type = value or None
        elif item.name == "source":
            draft.source = item.value or None
        elif item.name == "note":
            parsed = parse_note(item.value, draft.options, self.path, item.line)
            if parsed.note is not None:
                draft.notes.append(parsed.note)
            draft.extra.extend(parsed.extra)
        elif item.name.lower() == "translation needed":  # Weblate / TermWeb
            if value.lower() == "no":
                draft.options.do_not_translate = True
        else:
            draft.extra.append((item.name, item.value))


def _with_definition(concept: Concept, item: _Item) -> Concept:
    if concept.definition is not None:
        return concept
    return replace(concept, definition=item.value or None, definition_source=item.source)


def _finish(draft: _TermDraft) -> Term:
    return Term(
        text=draft.text,
        lang=draft.lang,
        status=draft.status or TermStatus.PREFERRED,
        part_of_speech=draft.options.exact.get("partOfSpeech", draft.part_of_speech),
        term_type=draft.options.exact.get("termType", draft.term_type),
        note="\n".join(draft.notes) if draft.notes else None,
        source=draft.source,
        case_sensitive=draft.options.case_sensitive,
        exact_only=draft.options.exact_only,
        do_not_translate=draft.options.do_not_translate,
        forms=tuple(draft.options.forms),
        extra=tuple(draft.extra),
        line=draft.line,
    )

