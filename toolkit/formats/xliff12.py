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
from toolkit.formats._xliff12_read import (
    HEADER_RESTYPE,
    NS,
    PLURALS_RESTYPE,
    READ_NAMESPACES,
    STATE_TO_12,
    Reader,
)
from toolkit.formats._xml import local_name, namespace, parse_xml
from toolkit.formats._xmltext import attr, check, check_attr, inline, lang_tag, line_of
from toolkit.model import Catalog, Unit

__all__ = ["NS", "READ_NAMESPACES", "losses", "read", "read_tree", "write"]


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


def read_tree(tree: etree._ElementTree, path: str) -> Catalog:
    """Build a catalog from a parsed XLIFF 1.x document."""
    root = tree.getroot()
    ns = namespace(root)
    if local_name(root) != "xliff" or ns not in READ_NAMESPACES:
        raise InputError(f"not an XLIFF 1.2 document: the root element is "
                         f"<{local_name(root)}> in namespace {ns or '(none)'!r}, expected "
                         f"<xliff> in {NS!r}", path, line_of(root))
    return Reader(path, ns).catalog(root)


def read(data: bytes, path: str) -> Catalog:
    """Parse XLIFF (1.2 or 1.1; an XLIFF 2 document is read by :mod:`.xliff2`)."""
    tree = parse_xml(data, path)
    from toolkit.formats import xliff2

    if namespace(tree.getroot()) in (xliff2.NS, xliff2.NS_22):
        return xliff2.read_tree(tree, path)
    return read_tree(tree, path)
