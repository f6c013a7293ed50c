"""XLIFF 1.x reader for :mod:`toolkit.formats.xliff12` (the mapping is documented there and
in ``docs/formats.md``); also holds the names both directions share."""

from __future__ import annotations

from lxml import etree

from toolkit.formats import _gettext as gt
from toolkit.formats._xml import local_name
from toolkit.formats._xmltext import ElementReader, gather, line_of
from toolkit.model import Catalog, Previous, Unit

NS = "urn:oasis:names:tc:xliff:document:1.2"
READ_NAMESPACES = (NS, "urn:oasis:names:tc:xliff:document:1.1")
HEADER_RESTYPE = "x-gettext-domain-header"
PLURALS_RESTYPE = "x-gettext-plurals"
#: XLIFF 1.2 target states for the XLIFF 2 review states we keep in Unit.state.
STATE_TO_12 = {"reviewed": "signed-off", "final": "final"}
STATE_FROM_12 = {v: k for k, v in STATE_TO_12.items()}
NEEDS_REVIEW = ("needs-review-translation", "needs-review-adaptation", "needs-review-l10n",
                "needs-adaptation", "needs-l10n")
#: Note origins read as extracted comments; any other note is a translator comment.
FROM_DEVELOPER = ("developer", "po-developer", "programmer", "source code", "extractor")


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


class Reader(ElementReader):
    def __init__(self, path: str, ns: str) -> None:
        super().__init__(path, ns)
        self.tags = _Tags(self.q)

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
        source_tag, target_tag, group_tag = t.source, t.target, t.group
        for node in element:
            tag = node.tag
            if tag == source_tag:
                source = node
            elif tag == target_tag:
                target = node
            elif tag == group_tag:
                purpose = node.get("purpose") or ""
                if purpose == "location" or "location" in purpose.split():
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
            elif tag == t.note:
                origin = node.get("from") or ""
                kind = "extracted" if origin in FROM_DEVELOPER else "translator"
                found.setdefault(kind, []).extend((node.text or "").split("\n"))
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
        get = found.get
        previous = None
        prev = get("previous-msgid")
        if prev:
            prev_plural = get("previous-msgid_plural")
            prev_context = get("previous-msgctxt")
            previous = Previous(prev[0], prev_plural[0] if prev_plural else None,
                                prev_context[0] if prev_context else None)
        context = get("msgctxt")
        flags = get("flag")
        return Unit(
            source=source,
            target=target,
            context=context[0] if context else None,
            source_plural=plural,
            translator_comments=tuple(get("translator", ())),
            extracted_comments=tuple(get("extracted", ())),
            locations=tuple(get("location", ())),
            flags=gt.with_fuzzy(flags or (), fuzzy) if flags or fuzzy else (),
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
