"""XLIFF 2.x <-> :class:`~toolkit.model.Catalog` (we write 2.1 core + Metadata and Glossary
modules; we read 2.0, 2.1 and 2.2).  Conventions (``docs/formats.md``):

* one ``<unit>`` with one ``<segment>`` per PO entry; a plural entry is a
  ``<group type="po:plurals">`` holding one unit per msgstr[n] (source msgid for form 0,
  msgid_plural for the others); every existing form has a ``<target>``, possibly empty;
* states: untranslated and fuzzy are ``initial`` (fuzzy = ``initial`` with a target text),
  translated is ``translated``, and :attr:`Unit.state` ``reviewed`` / ``final`` is kept;
* comments are ``<note category="translator">`` / ``"developer"``, references one
  ``<note category="location">`` each;
* msgctxt, flags, the previous msgid and the PO header live in the Metadata module
  (``mda:meta`` types ``msgctxt``, ``flag``, ``previous-msgctxt``, ``previous-msgid``,
  ``previous-msgid_plural``; file-level group ``po-header``);
* control characters XML cannot hold become ``<cp hex="..."/>`` in source and target;
* with a :class:`Glossary`, each unit carries ``gls:glossary`` entries whose ``ref`` points at a
  ``<mrk type="term">`` around the term in the source.
"""

from __future__ import annotations

from collections.abc import Mapping

from lxml import etree

from toolkit.errors import InputError
from toolkit.formats import _gettext as gt
from toolkit.formats._xliff2_glossary import Glossary, gloss_entry, non_overlapping
from toolkit.formats._xml import local_name, namespace, parse_xml
from toolkit.formats._xmltext import (
    ElementReader,
    check,
    check_attr,
    gather,
    inline,
    lang_tag,
    line_of,
)
from toolkit.model import Catalog, Previous, Unit

NS = "urn:oasis:names:tc:xliff:document:2.0"
NS_22 = "urn:oasis:names:tc:xliff:document:2.2"
MDA = "urn:oasis:names:tc:xliff:metadata:2.0"
GLS = "urn:oasis:names:tc:xliff:glossary:2.0"
PLURALS_TYPE = "po:plurals"
DONE_STATES = ("translated", "reviewed", "final")

__all__ = ["GLS", "MDA", "NS", "NS_22", "Glossary", "losses", "read", "read_tree", "write"]


def losses(catalog: Catalog) -> list[str]:
    """What :func:`write` cannot put into XLIFF 2 for this catalog."""
    return gt.obsolete_loss(catalog, "XLIFF 2")


# --------------------------------------------------------------------------- writing


def _cp(_n: int, code: int) -> str:
    return f'<cp hex="{code:04X}"/>'


class _Writer:
    def __init__(self, catalog: Catalog, glossary: Glossary | None) -> None:
        self.where = catalog.path or "<catalog>"
        self.glossary = glossary
        self.out: list[str] = []

    def ctx(self, unit: Unit) -> str:
        return f"{self.where}:{unit.line}" if unit.line else self.where

    def metadata(self, unit: Unit, indent: str) -> None:
        where = self.ctx(unit)
        metas: list[tuple[str, str]] = []
        if unit.context is not None:
            metas.append(("msgctxt", unit.context))
        metas.extend(("flag", flag) for flag in unit.flags)
        if unit.previous is not None:
            if unit.previous.context is not None:
                metas.append(("previous-msgctxt", unit.previous.context))
            metas.append(("previous-msgid", unit.previous.source))
            if unit.previous.source_plural is not None:
                metas.append(("previous-msgid_plural", unit.previous.source_plural))
        if not metas:
            return
        out = self.out
        out.append(f'{indent}<mda:metadata><mda:metaGroup category="po">\n')
        for kind, value in metas:
            out.append(f'{indent}  <mda:meta type="{kind}">'
                       f'{check(value, f"{kind} {value!r}", where)}</mda:meta>\n')
        out.append(f"{indent}</mda:metaGroup></mda:metadata>\n")

    def notes(self, unit: Unit, indent: str) -> None:
        where = self.ctx(unit)
        notes: list[tuple[str, str]] = []
        if unit.translator_comments:
            notes.append(("translator", gt.join_lines(unit.translator_comments)))
        if unit.extracted_comments:
            notes.append(("developer", gt.join_lines(unit.extracted_comments)))
        notes.extend(("location", location) for location in unit.locations)
        if not notes:
            return
        out = self.out
        out.append(f"{indent}<notes>\n")
        for category, value in notes:
            out.append(f'{indent}  <note category="{category}">'
                       f'{check(value, f"a {category} note", where)}</note>\n')
        out.append(f"{indent}</notes>\n")

    def source(self, value: str, indent: str) -> str:
        """The escaped source, with term marks; writes the gls:glossary block if any."""
        if self.glossary is None or not value:
            return inline(value, _cp)
        hits = non_overlapping(self.glossary.find(value))
        entries: list[str] = []
        parts: list[str] = []
        last = 0
        for n, hit in enumerate(hits, start=1):
            concept = self.glossary.concepts.get(hit.concept_id)
            entries.append(gloss_entry(f"t{n}", hit, concept, self.glossary.target_lang))
            parts.append(inline(value[last:hit.start], _cp))
            parts.append(f'<mrk id="t{n}" type="term">{inline(value[hit.start:hit.end], _cp)}'
                         "</mrk>")
            last = hit.end
        parts.append(inline(value[last:], _cp))
        if entries:
            self.out.append(f"{indent}<gls:glossary>\n")
            self.out.extend(f"{indent}  {entry}\n" for entry in entries)
            self.out.append(f"{indent}</gls:glossary>\n")
        return "".join(parts)

    def segment_unit(self, uid: str, unit: Unit, source: str, target: str | None,
                     indent: str, with_meta: bool) -> None:
        out = self.out
        out.append(f'{indent}<unit id="{uid}">\n')
        inner = indent + "  "
        if with_meta:
            self.metadata(unit, inner)
        source_xml = self.source(source, inner)
        if with_meta:
            self.notes(unit, inner)
        if unit.fuzzy or not target:
            state = "initial"
        else:
            state = unit.state if unit.state in ("reviewed", "final") else "translated"
        out.append(f'{inner}<segment state="{state}">\n{inner}  <source>{source_xml}</source>\n')
        if target is not None:
            out.append(f"{inner}  <target>{inline(target, _cp)}</target>\n")
        out.append(f"{inner}</segment>\n{indent}</unit>\n")

    def unit(self, uid: str, unit: Unit) -> None:
        if not unit.is_plural:
            target = unit.target[0] if unit.target else ""
            self.segment_unit(uid, unit, unit.source, target or None, "    ", True)
            return
        self.out.append(f'    <group id="{uid}" type="{PLURALS_TYPE}">\n')
        self.metadata(unit, "      ")
        self.notes(unit, "      ")
        for n in range(max(2, len(unit.target))):
            source = unit.source if n == 0 else (unit.source_plural or "")
            form = unit.target[n] if n < len(unit.target) else None
            self.segment_unit(f"{uid}.{n}", unit, source, form, "      ", False)
        self.out.append("    </group>\n")

    def header(self, catalog: Catalog) -> None:
        where, out = self.where, self.out
        if catalog.header or catalog.header_flags:
            out.append("    <mda:metadata>\n")
            if catalog.header:
                out.append('      <mda:metaGroup category="po-header">\n')
                for key, value in catalog.header.items():
                    kind = check_attr(key, "a header field", where)
                    out.append(f'        <mda:meta type="{kind}">'
                               f'{check(value, f"header field {key}", where)}</mda:meta>\n')
                out.append("      </mda:metaGroup>\n")
            if catalog.header_flags:
                out.append('      <mda:metaGroup category="po-header-flags">\n')
                for flag in catalog.header_flags:
                    out.append('        <mda:meta type="flag">'
                               f'{check(flag, "a header flag", where)}</mda:meta>\n')
                out.append("      </mda:metaGroup>\n")
            out.append("    </mda:metadata>\n")
        if catalog.header_comments:
            body = check(gt.join_lines(catalog.header_comments), "a header comment", where)
            out.append(f'    <notes>\n      <note category="po-header">{body}</note>\n'
                       "    </notes>\n")


def write(catalog: Catalog, *, glossary: Glossary | None = None) -> bytes:
    """Serialise ``catalog`` as XLIFF 2.1 (obsolete entries are left out: see :func:`losses`)."""
    w = _Writer(catalog, glossary)
    src = lang_tag(catalog.source_lang) or "en"
    trg = lang_tag(catalog.target_lang) or lang_tag(catalog.header.get("Language"))
    trg_attr = f' trgLang="{trg}"' if trg else ""
    gls = f' xmlns:gls="{GLS}"' if glossary is not None else ""
    original = check_attr(gt.original_name(catalog), "the file name", w.where)
    w.out.append('<?xml version="1.0" encoding="UTF-8"?>\n'
                 f'<xliff xmlns="{NS}" xmlns:mda="{MDA}"{gls} version="2.1" '
                 f'srcLang="{src}"{trg_attr} xml:space="preserve">\n'
                 f'  <file id="f1" original="{original}">\n')
    w.header(catalog)
    active = [u for u in catalog.units if not u.obsolete]
    for uid, unit in zip(gt.unit_ids(active), active, strict=True):
        w.unit(uid, unit)
    if not active:  # a <file> needs one unit or group
        w.out.append('    <group id="empty"/>\n')
    w.out.append("  </file>\n</xliff>\n")
    return "".join(w.out).encode("utf-8")


# --------------------------------------------------------------------------- reading


class _Reader(ElementReader):

    def meta(self, element: etree._Element) -> dict[str, list[str]]:
        """Metadata and notes directly under a file, group or unit."""
        found: dict[str, list[str]] = {}
        for node in element:
            tag = node.tag
            if tag == "{" + MDA + "}metadata":
                for group in node.iter("{" + MDA + "}metaGroup"):
                    category = group.get("category") or ""
                    for meta in group.iterchildren("{" + MDA + "}meta"):
                        kind = meta.get("type") or ""
                        key = f"header:{kind}" if category == "po-header" else kind
                        if category == "po-header-flags":
                            key = "header-flag"
                        found.setdefault(key, []).append(meta.text or "")
            elif tag == self.q + "notes":
                for note in node.iterchildren(self.q + "note"):
                    category = note.get("category") or "translator"
                    value = note.text or ""
                    if category in ("location", "po-header"):
                        found.setdefault(category, []).append(value)
                    else:
                        kind = "developer" if category == "developer" else "translator"
                        found.setdefault(kind, []).extend(value.split("\n"))
        return found

    def content(self, element: etree._Element | None, data: Mapping[str, str]) -> str:
        if element is None:
            return ""
        if len(element) == 0:
            return element.text or ""

        def visit(child: etree._Element) -> str | None:
            name = local_name(child)
            if name == "cp":
                try:
                    return chr(int(child.get("hex") or "", 16))
                except ValueError:
                    raise self.fail("<cp> with a bad hex attribute", child) from None
            if name in ("ph", "sc", "ec"):
                return data.get(child.get("dataRef") or "", child.get("equiv") or "")
            if name == "pc":
                return (data.get(child.get("dataRefStart") or "", "") + gather(child, visit)
                        + data.get(child.get("dataRefEnd") or "", ""))
            if name in ("sm", "em"):
                return ""
            return None  # mrk: transparent

        return gather(element, visit)

    def segments(self, unit: etree._Element) -> tuple[str, str | None, list[str]]:
        q = self.q
        self.require(unit, "id")
        data: dict[str, str] = {}
        original = unit.find(q + "originalData")
        if original is not None:
            for item in original.iterchildren(q + "data"):
                data[item.get("id") or ""] = self.content(item, {})
        sources: list[str] = []
        targets: list[str] = []
        states: list[str] = []
        has_target = False
        for seg in unit.iterchildren(q + "segment", q + "ignorable"):
            source = seg.find(q + "source")
            if source is None:
                raise self.fail(f"<{local_name(seg)}> without <source>", seg)
            sources.append(self.content(source, data))
            target = seg.find(q + "target")
            if target is not None:
                has_target = True
                targets.append(self.content(target, data))
            else:
                targets.append(sources[-1] if local_name(seg) == "ignorable" else "")
            if local_name(seg) == "segment":
                states.append(seg.get("state") or "initial")
        if not sources:
            raise self.fail("<unit> without <segment>", unit)
        return "".join(sources), "".join(targets) if has_target else None, states

    def unit(self, element: etree._Element, plural: bool) -> Unit:
        found = self.meta(element)
        members = list(element.iterchildren(self.q + "unit")) if plural else [element]
        if not members:
            raise self.fail("plural <group> without <unit> children", element)
        sources: list[str] = []
        targets: list[str] = []
        states: list[str] = []
        initial_text = False
        for member in members:
            source, target, seg_states = self.segments(member)
            sources.append(source)
            if target is not None or not plural:
                targets.append(target or "")
            states.extend(seg_states)
            if target and "initial" in seg_states:
                initial_text = True
        target_t = tuple(targets) if targets else ("",) * len(members)
        fuzzy: bool | None
        if initial_text:
            fuzzy = True
        elif any(target_t) or any(s in DONE_STATES for s in states):
            fuzzy = False
        else:
            fuzzy = None
        state = None
        done = [s for s in states if s != "initial"]
        if not initial_text and done and all(s in ("reviewed", "final") for s in done):
            state = "final" if all(s == "final" for s in done) else "reviewed"
        previous = None
        if "previous-msgid" in found:
            previous = Previous(found["previous-msgid"][0],
                                gt.first(found, "previous-msgid_plural"),
                                gt.first(found, "previous-msgctxt"))
        return Unit(
            source=sources[0],
            target=target_t,
            context=gt.first(found, "msgctxt"),
            source_plural=(sources[1] if len(sources) > 1 else sources[0]) if plural else None,
            translator_comments=tuple(found.get("translator", ())),
            extracted_comments=tuple(found.get("developer", ())),
            locations=tuple(found.get("location", ())),
            flags=gt.with_fuzzy(found.get("flag", ()), fuzzy),
            previous=previous,
            state=state,
            line=line_of(element) or 0,
        )

    def walk(self, container: etree._Element, units: list[Unit]) -> None:
        q = self.q
        for element in container:
            if element.tag == q + "unit":
                units.append(self.unit(element, plural=False))
            elif element.tag == q + "group":
                self.require(element, "id")
                if element.get("type") == PLURALS_TYPE:
                    units.append(self.unit(element, plural=True))
                else:
                    self.walk(element, units)

    def catalog(self, root: etree._Element) -> Catalog:
        self.require(root, "version")
        src = self.require(root, "srcLang")
        files = list(root.iterchildren(self.q + "file"))
        if not files:
            raise self.fail("XLIFF document without a <file> element", root)
        units: list[Unit] = []
        for file_ in files:
            self.require(file_, "id")
            self.walk(file_, units)
        found = self.meta(files[0])
        header = {key[7:]: values[0] for key, values in found.items()
                  if key.startswith("header:")}
        comments = [line for note in found.get("po-header", ()) for line in note.split("\n")]
        return Catalog(
            units=tuple(units),
            header=header,
            header_comments=tuple(comments),
            header_flags=tuple(found.get("header-flag", ())),
            source_lang=src,
            target_lang=root.get("trgLang") or header.get("Language") or None,
            path=self.path,
        )


def read_tree(tree: etree._ElementTree, path: str) -> Catalog:
    """Build a catalog from a parsed XLIFF 2.0/2.1/2.2 document."""
    root = tree.getroot()
    ns = namespace(root)
    if local_name(root) != "xliff" or ns not in (NS, NS_22):
        raise InputError(f"not an XLIFF 2 document: the root element is <{local_name(root)}> "
                         f"in namespace {ns or '(none)'!r}, expected <xliff> in {NS!r}",
                         path, line_of(root))
    return _Reader(path, ns).catalog(root)


def read(data: bytes, path: str) -> Catalog:
    """Parse XLIFF 2.x (an XLIFF 1.x document is read by :mod:`.xliff12`)."""
    tree = parse_xml(data, path)
    from toolkit.formats import xliff12

    if namespace(tree.getroot()) in xliff12.READ_NAMESPACES:
        return xliff12.read_tree(tree, path)
    return read_tree(tree, path)
