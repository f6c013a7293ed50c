"""XLIFF 1.2 <-> :class:`~toolkit.model.Catalog`, after the OASIS "XLIFF 1.2 Representation
Guide for Gettext PO" (mapping table and our conventions: ``docs/formats.md``).

* a plural entry is a ``<group restype="x-gettext-plurals">`` of ``trans-unit`` children,
  one per msgstr[n]; every existing form carries a ``<target>`` (empty when untranslated) so
  the number of forms survives;
* translator comments are ``<note from="po-translator">``, extracted comments
  ``<note from="developer">``, references ``<context-group purpose="location">``;
* msgctxt, flags and the previous msgid (``#|``) are ``<context>`` entries of an unnamed
  ``<context-group purpose="information">`` (``x-po-msgctxt``, ``x-po-flag``,
  ``x-po-previous-msgctxt`` / ``-msgid`` / ``-msgid_plural``);  groups carry no ``name``
  because the strict schema wants context-group names unique in the whole file;
* fuzzy is ``approved="no"`` plus ``state="needs-review-translation"``; a translated unit is
  ``approved="yes"`` and ``state="translated"`` (``signed-off`` / ``final`` for the XLIFF 2
  states ``reviewed`` / ``final``);
* the PO header is a ``trans-unit`` with ``restype="x-gettext-domain-header"``.

Obsolete entries are not written (see :func:`losses`).  The reader also takes XLIFF 1.1
(translate-toolkit writes it) and hands XLIFF 2 documents to :mod:`toolkit.formats.xliff2`.
"""

from __future__ import annotations

from lxml import etree

from toolkit import __version__
from toolkit.errors import InputError
from toolkit.formats import _gettext as gt
from toolkit.formats._xml import local_name, namespace, parse_xml
from toolkit.formats._xmltext import attr, check, check_attr, gather, inline, lang_tag, line_of
from toolkit.model import Catalog, Previous, Unit

NS = "urn:oasis:names:tc:xliff:document:1.2"
READ_NAMESPACES = (NS, "urn:oasis:names:tc:xliff:document:1.1")
XML_SPACE = "{http://www.w3.org/XML/1998/namespace}space"

HEADER_RESTYPE = "x-gettext-domain-header"
PLURALS_RESTYPE = "x-gettext-plurals"
#: XLIFF 1.2 target states for the XLIFF 2 review states we keep in Unit.state.
STATE_TO_12 = {"reviewed": "signed-off", "final": "final"}
STATE_FROM_12 = {v: k for k, v in STATE_TO_12.items()}
NEEDS_REVIEW = ("needs-review-translation", "needs-review-adaptation", "needs-review-l10n",
                "needs-adaptation", "needs-l10n")
_FROM_TRANSLATOR = ("po-translator", "translator")
_FROM_DEVELOPER = ("developer", "po-developer", "programmer", "source code", "extractor")


def losses(catalog: Catalog) -> list[str]:
    """What :func:`write` cannot put into XLIFF 1.2 for this catalog."""
    return gt.obsolete_loss(catalog, "XLIFF 1.2")


# --------------------------------------------------------------------------- writing


def _cp(n: int, code: int) -> str:
    return f'<ph id="cp{n}" ctype="x-cp">{code:04X}</ph>'


class _Writer:
    def __init__(self, catalog: Catalog) -> None:
        self.where = catalog.path or "<catalog>"
        self.out: list[str] = []

    def ctx(self, unit: Unit) -> str:
        return f"{self.where}:{unit.line}" if unit.line else self.where

    def notes(self, unit: Unit, indent: str) -> None:
        where = self.ctx(unit)
        if unit.translator_comments:
            body = check(gt.join_lines(unit.translator_comments), "a translator comment", where)
            self.out.append(f'{indent}<note from="po-translator">{body}</note>\n')
        if unit.extracted_comments:
            body = check(gt.join_lines(unit.extracted_comments), "an extracted comment", where)
            self.out.append(f'{indent}<note from="developer">{body}</note>\n')

    def contexts(self, unit: Unit, indent: str) -> None:
        where = self.ctx(unit)
        info: list[tuple[str, str]] = []
        if unit.context is not None:
            info.append(("x-po-msgctxt", unit.context))
        info.extend(("x-po-flag", flag) for flag in unit.flags)
        if unit.previous is not None:
            prev = unit.previous
            if prev.context is not None:
                info.append(("x-po-previous-msgctxt", prev.context))
            info.append(("x-po-previous-msgid", prev.source))
            if prev.source_plural is not None:
                info.append(("x-po-previous-msgid_plural", prev.source_plural))
        out = self.out
        if info:
            out.append(f'{indent}<context-group purpose="information">\n')
            for kind, value in info:
                body = check(value, f"{kind[5:]} {value!r}", where)
                out.append(f'{indent}  <context context-type="{kind}">{body}</context>\n')
            out.append(f"{indent}</context-group>\n")
        for location in unit.locations:
            name, line = gt.split_location(location)
            out.append(f'{indent}<context-group purpose="location">'
                       f'<context context-type="sourcefile">'
                       f'{check(name, "a reference", where)}</context>')
            if line is not None:
                out.append(f'<context context-type="linenumber">{line}</context>')
            out.append("</context-group>\n")

    def trans_unit(self, uid: str, unit: Unit, source: str, target: str | None,
                   indent: str, approved: str | None, state: str | None) -> None:
        out = self.out
        head = f'{indent}<trans-unit id="{attr(uid)}"'
        if approved is not None:
            head += f' approved="{approved}"'
        out.append(head + ' xml:space="preserve">\n')
        out.append(f"{indent}  <source>{inline(source, _cp)}</source>\n")
        if target is not None:
            state_attr = f' state="{state}"' if state is not None and target else ""
            out.append(f"{indent}  <target{state_attr}>{inline(target, _cp)}</target>\n")

    def unit(self, uid: str, unit: Unit) -> None:
        if unit.fuzzy:
            approved, state = "no", "needs-review-translation"
        elif unit.translated:
            approved, state = "yes", STATE_TO_12.get(unit.state or "", "translated")
        else:
            approved, state = None, None
        out = self.out
        if not unit.is_plural:
            target = unit.target[0] if unit.target else ""
            self.trans_unit(uid, unit, unit.source, target or None, "      ", approved, state)
            self.contexts(unit, "        ")
            self.notes(unit, "        ")
            out.append("      </trans-unit>\n")
            return
        out.append(f'      <group id="{attr(uid)}" restype="{PLURALS_RESTYPE}" '
                   'xml:space="preserve">\n')
        self.contexts(unit, "        ")
        self.notes(unit, "        ")
        forms = max(2, len(unit.target))
        for n in range(forms):
            source = unit.source if n == 0 else (unit.source_plural or "")
            form = unit.target[n] if n < len(unit.target) else None
            self.trans_unit(f"{uid}[{n}]", unit, source, form, "        ", approved, state)
            out.append("        </trans-unit>\n")
        out.append("      </group>\n")

    def header(self, catalog: Catalog) -> None:
        if not (catalog.header or catalog.header_comments or catalog.header_flags):
            return
        where = self.where
        body = check(gt.header_text(catalog.header), "the header", where)
        out = self.out
        out.append(f'      <trans-unit id="header" restype="{HEADER_RESTYPE}" approved="no" '
                   'xml:space="preserve">\n')
        out.append(f"        <source>{body}</source>\n        <target>{body}</target>\n")
        if catalog.header_flags:
            out.append('        <context-group purpose="information">\n')
            for flag in catalog.header_flags:
                out.append('          <context context-type="x-po-flag">'
                           f'{check(flag, "a header flag", where)}</context>\n')
            out.append("        </context-group>\n")
        if catalog.header_comments:
            text = check(gt.join_lines(catalog.header_comments), "a header comment", where)
            out.append(f'        <note from="po-translator">{text}</note>\n')
        out.append("      </trans-unit>\n")


def write(catalog: Catalog) -> bytes:
    """Serialise ``catalog`` as XLIFF 1.2 (obsolete entries are left out: see :func:`losses`)."""
    w = _Writer(catalog)
    src = lang_tag(catalog.source_lang) or "en"
    trg = lang_tag(catalog.target_lang) or lang_tag(catalog.header.get("Language"))
    trg_attr = f' target-language="{trg}"' if trg else ""
    original = check_attr(gt.original_name(catalog), "the file name", w.where)
    w.out.append('<?xml version="1.0" encoding="UTF-8"?>\n'
                 f'<xliff xmlns="{NS}" version="1.2">\n'
                 f'  <file original="{original}" source-language="{src}"{trg_attr} '
                 'datatype="po">\n'
                 '    <header>\n'
                 f'      <tool tool-id="tilmash" tool-name="Tilmash" '
                 f'tool-version="{attr(__version__)}"/>\n'
                 '    </header>\n    <body>\n')
    w.header(catalog)
    active = [u for u in catalog.units if not u.obsolete]
    for uid, unit in zip(gt.unit_ids(active), active, strict=True):
        w.unit(uid, unit)
    w.out.append("    </body>\n  </file>\n</xliff>\n")
    return "".join(w.out).encode("utf-8")


# --------------------------------------------------------------------------- reading


def _inline(child: etree._Element) -> str | None:
    name = local_name(child)
    if name == "ph" and child.get("ctype") == "x-cp":
        try:
            return chr(int((child.text or "").strip(), 16))
        except ValueError:
            return None
    if name in ("x", "bx", "ex"):
        return ""
    return None  # ph/bpt/ept/it keep their native code text; g/mrk/sub are transparent


def _text(element: etree._Element | None) -> str:
    if element is None:
        return ""
    if len(element) == 0:
        return element.text or ""
    return gather(element, _inline)


class _Tags:
    """Qualified tag names, computed once per document."""

    def __init__(self, q: str) -> None:
        self.source = q + "source"
        self.target = q + "target"
        self.note = q + "note"
        self.group = q + "context-group"
        self.alt = q + "alt-trans"


class _Reader:
    def __init__(self, path: str, ns: str) -> None:
        self.path = path
        self.q = "{" + ns + "}"
        self.tags = _Tags(self.q)

    def fail(self, message: str, element: etree._Element) -> InputError:
        return InputError(message, self.path, line_of(element))

    def require(self, element: etree._Element, name: str) -> str:
        value = element.get(name)
        if value is None:
            raise self.fail(f"<{local_name(element)}> lacks the required attribute {name!r}",
                            element)
        return value

    def child(self, element: etree._Element, name: str) -> etree._Element | None:
        return element.find(self.q + name)

    def meta(self, element: etree._Element) -> dict[str, list[str]]:
        """Contexts, notes and locations directly under a trans-unit or group."""
        return self.scan(element)[0]

    def scan(self, element: etree._Element
             ) -> tuple[dict[str, list[str]], etree._Element | None, etree._Element | None]:
        """One pass over the children: (contexts/notes/locations, <source>, <target>)."""
        found: dict[str, list[str]] = {}
        source = target = None
        t = self.tags
        for node in element:
            tag = node.tag
            if tag == t.source:
                source = node
            elif tag == t.target:
                target = node
            elif tag == t.note:
                origin = node.get("from") or ""
                kind = "extracted" if origin in _FROM_DEVELOPER else "translator"
                found.setdefault(kind, []).extend((node.text or "").split("\n"))
            elif tag == t.group:
                purpose = node.get("purpose") or ""
                if "location" in purpose.split():
                    file_, line = "", None
                    for ctx in node:
                        ctype = ctx.get("context-type")
                        if ctype == "sourcefile":
                            file_ = ctx.text or ""
                        elif ctype == "linenumber":
                            line = ctx.text or ""
                    found.setdefault("location", []).append(f"{file_}:{line}" if line else file_)
                    continue
                for ctx in node:
                    kind = ctx.get("context-type") or ""
                    if kind.startswith("x-po-") and kind not in ("x-po-trancomment",
                                                                 "x-po-autocomment"):
                        found.setdefault(kind[5:], []).append(ctx.text or "")
            elif tag == t.alt and node.get("origin") == "previous":
                alt_source = self.child(node, "source")
                if alt_source is not None and "previous-msgid" not in found:
                    found["previous-msgid"] = [_text(alt_source)]
        return found, source, target

    def single(self, element: etree._Element) -> Unit:
        """A plain ``<trans-unit>`` (the common case, kept fast)."""
        found, source, target = self.scan(element)
        if element.get("id") is None:
            self.require(element, "id")
        if source is None:
            raise self.fail("<trans-unit> without <source>", element)
        approved = element.get("approved")
        text = ""
        state_attr = ""
        if target is not None:
            text = _text(target)
            state_attr = target.get("state") or ""
        fuzzy: bool | None
        if approved == "yes":
            fuzzy = False
        elif text:
            fuzzy = approved == "no" or state_attr in NEEDS_REVIEW
        else:
            fuzzy = None
        return self.build(element, found, _text(source), None, (text,), fuzzy,
                          STATE_FROM_12.get(state_attr))

    def plural(self, group: etree._Element) -> Unit:
        """A ``<group restype="x-gettext-plurals">``: one member per msgstr[n]."""
        found = self.scan(group)[0]
        members = list(group.iterchildren(self.q + "trans-unit"))
        if not members:
            raise self.fail("plural <group> without <trans-unit> children", group)
        sources: list[str] = []
        targets: list[str] = []
        approved: list[str | None] = []
        states: list[str] = []
        for tu in members:
            self.require(tu, "id")
            member, source, target = self.scan(tu)
            for key, values in member.items():  # other tools repeat the group's data
                found.setdefault(key, values)
            if source is None:
                raise self.fail("<trans-unit> without <source>", tu)
            sources.append(_text(source))
            approved.append(tu.get("approved"))
            if target is not None:
                targets.append(_text(target))
                states.append(target.get("state") or "")
        target_t = tuple(targets) if targets else ("",) * len(members)
        has_text = any(target_t)
        fuzzy: bool | None
        if "yes" in approved:
            fuzzy = False
        elif has_text:
            fuzzy = "no" in approved or any(s in NEEDS_REVIEW for s in states)
        else:
            fuzzy = None
        state = next((STATE_FROM_12[s] for s in states if s in STATE_FROM_12), None)
        plural = sources[1] if len(sources) > 1 else sources[0]
        return self.build(group, found, sources[0], plural, target_t, fuzzy, state)

    def build(self, element: etree._Element, found: dict[str, list[str]], source: str,
              plural: str | None, target: tuple[str, ...], fuzzy: bool | None,
              state: str | None) -> Unit:
        previous = None
        if "previous-msgid" in found:
            previous = Previous(
                source=found["previous-msgid"][0],
                source_plural=gt.first(found, "previous-msgid_plural"),
                context=gt.first(found, "previous-msgctxt"),
            )
        get = found.get
        return Unit(
            source=source,
            target=target,
            context=gt.first(found, "msgctxt"),
            source_plural=plural,
            translator_comments=tuple(get("translator", ())),
            extracted_comments=tuple(get("extracted", ())),
            locations=tuple(get("location", ())),
            flags=gt.with_fuzzy(get("flag", ()), fuzzy),
            previous=previous,
            state=state if fuzzy is not True else None,
            line=line_of(element) or 0,
        )

    def walk(self, container: etree._Element, catalog: _Parts) -> None:
        """Units in document order; groups other than plural groups are walked through."""
        tu_tag, group_tag = self.q + "trans-unit", self.q + "group"
        for element in container:
            tag = element.tag
            if tag == tu_tag:
                if element.get("restype") == HEADER_RESTYPE:
                    found, source, target = self.scan(element)
                    chosen = target if target is not None else source
                    catalog.header = gt.parse_header(_text(chosen))
                    catalog.comments = tuple(found.get("translator", ()))
                    catalog.flags = tuple(found.get("flag", ()))
                else:
                    catalog.units.append(self.single(element))
            elif tag == group_tag:
                if element.get("restype") == PLURALS_RESTYPE:
                    catalog.units.append(self.plural(element))
                else:
                    self.walk(element, catalog)

    def catalog(self, root: etree._Element) -> Catalog:
        files = list(root.iterchildren(self.q + "file"))
        if not files:
            raise self.fail("XLIFF document without a <file> element", root)
        parts = _Parts()
        for file_ in files:
            for name in ("original", "source-language", "datatype"):
                self.require(file_, name)
            body = self.child(file_, "body")
            if body is None:
                raise self.fail("<file> without <body>", file_)
            self.walk(body, parts)
        first = files[0]
        return Catalog(
            units=tuple(parts.units),
            header=parts.header,
            header_comments=parts.comments,
            header_flags=parts.flags,
            source_lang=first.get("source-language"),
            target_lang=first.get("target-language") or parts.header.get("Language") or None,
            path=self.path,
        )


class _Parts:
    """What the walk collects for the catalog."""

    def __init__(self) -> None:
        self.units: list[Unit] = []
        self.header: dict[str, str] = {}
        self.comments: tuple[str, ...] = ()
        self.flags: tuple[str, ...] = ()


def read_tree(tree: etree._ElementTree, path: str) -> Catalog:
    """Build a catalog from a parsed XLIFF 1.x document."""
    root = tree.getroot()
    ns = namespace(root)
    if local_name(root) != "xliff" or ns not in READ_NAMESPACES:
        raise InputError(f"not an XLIFF 1.2 document: the root element is "
                         f"<{local_name(root)}> in namespace {ns or '(none)'!r}, expected "
                         f"<xliff> in {NS!r}", path, line_of(root))
    return _Reader(path, ns).catalog(root)


def read(data: bytes, path: str) -> Catalog:
    """Parse XLIFF (1.2 or 1.1; an XLIFF 2 document is read by :mod:`.xliff2`)."""
    tree = parse_xml(data, path)
    from toolkit.formats import xliff2

    if namespace(tree.getroot()) in (xliff2.NS, xliff2.NS_22):
        return xliff2.read_tree(tree, path)
    return read_tree(tree, path)
