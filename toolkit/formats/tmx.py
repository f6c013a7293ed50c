"""TMX 1.4b <-> :class:`~toolkit.model.Catalog` (a translation memory, not a catalog copy).

Writing keeps the translated, non-fuzzy, non-obsolete units: one ``<tu>`` each, with msgctxt
as ``<prop type="x-context">`` (translate-toolkit's convention).  A plural entry is one
``<tu>`` for msgid -> msgstr[0]; msgid_plural rides on the source ``<tuv>`` as
``<prop type="x-gettext-msgid_plural">`` and msgstr[n>=1] on the target ``<tuv>`` as
``<prop type="x-gettext-msgstr[n]">``, so TMX -> PO gives the plural entry back.  Comments,
references, flags and previous msgids have no place in a memory (see :func:`losses`).

Reading takes the source language from ``header/@srclang`` (or ``source_lang``) and one target
language (``target_lang``, or the only other language in the file).  A DOCTYPE naming
``tmx14.dtd`` is fine: the DTD is never fetched.
"""

from __future__ import annotations

import contextlib
import re

from lxml import etree

from toolkit import __version__
from toolkit.errors import InputError, UsageError
from toolkit.formats import _gettext as gt
from toolkit.formats._xml import local_name, parse_xml
from toolkit.formats._xmltext import attr, check, gather, inline, lang_tag, line_of
from toolkit.langs import get_language_or_generic
from toolkit.model import Catalog, Unit

XML_LANG = "{http://www.w3.org/XML/1998/namespace}lang"
CONTEXT_PROP = "x-context"
PLURAL_PROP = "x-gettext-msgid_plural"
_FORM_PROP = re.compile(r"x-gettext-msgstr\[(\d+)\]")


def exportable(unit: Unit) -> bool:
    """Units a memory keeps: translated, not fuzzy, not obsolete."""
    return unit.translated and not unit.obsolete


def losses(catalog: Catalog) -> list[str]:
    """What :func:`write` leaves out of this catalog."""
    notes: list[str] = []
    skipped = [u for u in catalog.units if not exportable(u)]
    if skipped:
        fuzzy = sum(1 for u in skipped if u.fuzzy and not u.obsolete)
        obsolete = sum(1 for u in skipped if u.obsolete)
        empty = len(skipped) - fuzzy - obsolete
        notes.append(f"{len(skipped)} unit(s) not written to TMX (a memory keeps translated "
                     f"units only): {empty} untranslated, {fuzzy} fuzzy, {obsolete} obsolete")
    kept = [u for u in catalog.units if exportable(u)]
    extra = sum(1 for u in kept if u.translator_comments or u.extracted_comments
                or u.locations or u.flags or u.previous is not None)
    if extra:
        notes.append(f"{extra} unit(s) have comments, references, flags or a previous msgid "
                     "that TMX does not keep")
    return notes


def _cp(n: int, code: int) -> str:
    return f'<ph x="{n}" type="x-cp">{code:04X}</ph>'


def write(catalog: Catalog) -> bytes:
    """Serialise the translated units of ``catalog`` as TMX 1.4b."""
    where = catalog.path or "<catalog>"
    src = lang_tag(catalog.source_lang) or "en"
    trg = lang_tag(catalog.target_lang) or lang_tag(catalog.header.get("Language"))
    if not trg:
        raise UsageError("TMX needs the target language: the catalog has no Language "
                         "header; pass --target-lang", catalog.path)
    out = ['<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE tmx SYSTEM "tmx14.dtd">\n'
           '<tmx version="1.4">\n'
           f'  <header creationtool="Tilmash" creationtoolversion="{attr(__version__)}" '
           f'segtype="sentence" o-tmf="PO" adminlang="en" srclang="{src}" '
           'datatype="plaintext"/>\n  <body>\n']
    units = [u for u in catalog.units if exportable(u)]
    for uid, unit in zip(gt.unit_ids(units), units, strict=True):
        here = f"{where}:{unit.line}" if unit.line else where
        out.append(f'    <tu tuid="{uid}">\n')
        if unit.context is not None:
            out.append(f'      <prop type="{CONTEXT_PROP}">'
                       f'{check(unit.context, "msgctxt", here)}</prop>\n')
        out.append(f'      <tuv xml:lang="{src}">')
        if unit.source_plural is not None:
            out.append(f'<prop type="{PLURAL_PROP}">'
                       f'{check(unit.source_plural, "msgid_plural", here)}</prop>')
        out.append(f"<seg>{inline(unit.source, _cp)}</seg></tuv>\n")
        out.append(f'      <tuv xml:lang="{trg}">')
        if unit.source_plural is not None:
            for n, form in enumerate(unit.target[1:], start=1):
                out.append(f'<prop type="x-gettext-msgstr[{n}]">'
                           f'{check(form, f"msgstr[{n}]", here)}</prop>')
        out.append(f"<seg>{inline(unit.target[0], _cp)}</seg></tuv>\n    </tu>\n")
    out.append("  </body>\n</tmx>\n")
    return "".join(out).encode("utf-8")


# --------------------------------------------------------------------------- reading


def _norm(lang: str) -> str:
    return lang.replace("_", "-").lower()


def same_lang(a: str, b: str) -> bool:
    """``en`` matches ``en-US``; ``kk-KZ`` and ``kk-CN`` do not match each other."""
    a, b = _norm(a), _norm(b)
    if a == b:
        return True
    return a.split("-")[0] == b.split("-")[0] and ("-" not in a or "-" not in b)


def _inline(child: etree._Element) -> str | None:
    if local_name(child) == "ph" and child.get("type") == "x-cp":
        try:
            return chr(int((child.text or "").strip(), 16))
        except ValueError:
            return None
    return None  # bpt/ept/ph/it/ut keep their native code; hi/sub are transparent


def _seg_text(seg: etree._Element) -> str:
    return (seg.text or "") if len(seg) == 0 else gather(seg, _inline)


def _tuv_lang(tuv: etree._Element) -> str:
    return tuv.get(XML_LANG) or tuv.get("lang") or ""


def read(data: bytes, path: str, *, source_lang: str | None = None,
         target_lang: str | None = None) -> Catalog:
    """Read a TMX memory as a catalog for one language pair."""
    root = parse_xml(data, path).getroot()
    if root.tag != "tmx":
        raise InputError(f"not a TMX document: the root element is {root.tag!r}, "
                         "expected <tmx> (without a namespace)", path, line_of(root))
    header = root.find("header")
    body = root.find("body")
    if header is None or body is None:
        raise InputError("TMX document without <header> and <body>", path, line_of(root))
    srclang = header.get("srclang")
    if srclang is None:
        raise InputError("<header> lacks the required attribute 'srclang'", path,
                         line_of(header))
    src = source_lang or (srclang if srclang != "*all*" else None)
    tus = list(body.iterchildren("tu"))
    for tu in tus:
        for tuv in tu.iterchildren("tuv"):
            if not _tuv_lang(tuv):
                raise InputError("<tuv> lacks the required attribute 'xml:lang'", path,
                                 line_of(tuv))
    if src is None:
        first = next((_tuv_lang(t) for tu in tus for t in tu.iterchildren("tuv")), "en")
        src = first
    trg = target_lang or _only_target(tus, src, path)
    units: list[Unit] = []
    for tu in tus:
        source_tuv = target_tuv = None
        for tuv in tu.iterchildren("tuv"):
            lang = _tuv_lang(tuv)
            if source_tuv is None and same_lang(lang, src):
                source_tuv = tuv
            elif target_tuv is None and trg is not None and same_lang(lang, trg):
                target_tuv = tuv
        if source_tuv is None or target_tuv is None:
            continue
        units.append(_unit(tu, source_tuv, target_tuv, path))
    return Catalog(units=tuple(units), header=_header(trg), source_lang=src, target_lang=trg,
                   path=path)


def _only_target(tus: list[etree._Element], src: str, path: str) -> str | None:
    others: dict[str, None] = {}
    for tu in tus:
        for tuv in tu.iterchildren("tuv"):
            lang = _tuv_lang(tuv)
            if not same_lang(lang, src) and not any(same_lang(lang, o) for o in others):
                others[lang] = None
    if len(others) > 1:
        raise UsageError(f"the memory holds several target languages ({', '.join(others)}): "
                         "choose one with --target-lang", path)
    return next(iter(others), None)


def _unit(tu: etree._Element, source_tuv: etree._Element, target_tuv: etree._Element,
          path: str) -> Unit:
    def seg(tuv: etree._Element) -> str:
        element = tuv.find("seg")
        if element is None:
            raise InputError("<tuv> without <seg>", path, line_of(tuv))
        return _seg_text(element)

    context = None
    for prop in tu.iterchildren("prop"):
        if prop.get("type") == CONTEXT_PROP:
            context = prop.text or ""
    plural = None
    for prop in source_tuv.iterchildren("prop"):
        if prop.get("type") == PLURAL_PROP:
            plural = prop.text or ""
    forms = {0: seg(target_tuv)}
    if plural is not None:
        for prop in target_tuv.iterchildren("prop"):
            match = _FORM_PROP.fullmatch(prop.get("type") or "")
            if match:
                forms[int(match.group(1))] = prop.text or ""
    target = tuple(forms.get(n, "") for n in range(max(forms) + 1))
    return Unit(source=seg(source_tuv), target=target, context=context, source_plural=plural,
                line=line_of(tu) or 0)


def _header(target: str | None) -> dict[str, str]:
    header = {"MIME-Version": "1.0", "Content-Type": "text/plain; charset=UTF-8",
              "Content-Transfer-Encoding": "8bit"}
    if target:
        header["Language"] = target.replace("-", "_")
        with contextlib.suppress(ValueError, LookupError):  # Babel lacks this locale
            header["Plural-Forms"] = get_language_or_generic(target).plural_forms
    return header
