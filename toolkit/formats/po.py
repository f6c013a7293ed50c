"""GNU gettext PO/POT files: strict reader, ``msgcat``-identical writer, header helpers.

* :func:`read` decodes by the header's declared charset (UTF-8 BOM and CRLF accepted; an
  undeclared cp1251 file is recognised and reported), parses with a strict line parser and
  raises :class:`~toolkit.errors.InputError` ``path:line: message`` for every defect
  (unterminated string, bad escape, msgstr without msgid, duplicate msgctxt+msgid, plural
  count disagreeing with ``Plural-Forms``, broken ``Plural-Forms``, NUL bytes ...).
  ``Unit.line`` is the first line of the entry (its first comment line, else its first
  keyword line).  An empty file reads as an empty catalog.
* :func:`write` produces the bytes GNU ``msgcat`` (gettext 0.22, width 79) would write for
  the same catalog, in the header's charset.

See ``docs/po.md``.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterable
from dataclasses import replace

from toolkit import __version__
from toolkit.errors import EncodingError, InputError
from toolkit.formats._plural import parse_plural_forms
from toolkit.formats._po_parse import RawEntry, parse
from toolkit.formats._po_write import PAGE_WIDTH, generate
from toolkit.fsio import decode_text
from toolkit.langs import get_language_or_generic
from toolkit.model import Catalog, Previous, Unit

_CHARSET = re.compile(rb"charset=([A-Za-z0-9_.:-]+)")
_UTF8_BOM = b"\xef\xbb\xbf"
_BOMS = {"utf-8": _UTF8_BOM, "utf_8": _UTF8_BOM, "utf-16-le": b"\xff\xfe",
         "utf-16-be": b"\xfe\xff"}

__all__ = ["PAGE_WIDTH", "charset_of", "make_header", "read", "write"]


def _declared_codec(data: bytes, path: str) -> str | None:
    """Python codec for the header's ``charset=`` (None: not declared or placeholder)."""
    match = _CHARSET.search(data, 0, 65536)
    if match is None:
        return None
    name = match.group(1).decode("ascii")
    if name.upper() in ("CHARSET", "UTF-8", "UTF8", "ASCII", "US-ASCII"):
        return None
    try:
        return codecs.lookup(name).name
    except LookupError:
        line = data.count(b"\n", 0, match.start()) + 1
        raise EncodingError(f"unknown charset {name!r} in the header", path, line) from None


def read(data: bytes, path: str) -> Catalog:
    """Parse PO/POT bytes into a :class:`Catalog` (strict: raises InputError with a line)."""
    utf8_bom = data.startswith(_UTF8_BOM)
    if utf8_bom:
        data = data[len(_UTF8_BOM):]
    codec = None if data[:2] in (b"\xff\xfe", b"\xfe\xff") else _declared_codec(data, path)
    decoded = decode_text(data, path, encoding=codec)
    catalog = _build(parse(decoded.text, path), path)
    utf16 = decoded.encoding if decoded.encoding.startswith("utf-16") else None
    return replace(catalog, newline=decoded.newline, bom=utf8_bom or decoded.bom,
                   encoding=utf16)


def _parse_header(value: str) -> dict[str, str]:
    header: dict[str, str] = {}
    for line in value.split("\n"):
        if not line.strip():
            continue
        key, sep, rest = line.partition(":")
        header[key.strip() if sep else line] = rest[1:] if rest.startswith(" ") else rest
    return header


def _build(entries: Iterable[RawEntry], path: str) -> Catalog:
    header: dict[str, str] = {}
    header_comments: tuple[str, ...] = ()
    header_flags: tuple[str, ...] = ()
    units: list[Unit] = []
    seen: dict[tuple[str | None, str], int] = {}
    header_line = 0
    for entry in entries:
        msgid = entry.value("msgid") or ""
        ctxt = entry.value("msgctxt")
        if msgid == "" and ctxt is None and not entry.obsolete and not header_line:
            header = _parse_header(entry.value("msgstr") or "")
            header_comments = tuple(entry.translator_comments)
            header_flags = tuple(entry.flags)
            header_line = entry.line
            continue
        key = (ctxt, msgid)  # GNU: an obsolete entry may not repeat an active one either
        if key in seen:
            raise InputError(f"duplicate message: the same msgctxt and msgid as line "
                             f"{seen[key]}", path, entry.msgid_line)
        seen[key] = entry.msgid_line
        plural = entry.value("msgid_plural")
        if plural is None:
            target: tuple[str, ...] = (entry.value("msgstr") or "",)
        else:
            target = tuple(entry.value(f"msgstr[{i}]") or "" for i in entry.msgstr_indices)
        previous = None
        if "msgid" in entry.prev:
            previous = Previous(entry.prev["msgid"], entry.prev.get("msgid_plural"),
                                entry.prev.get("msgctxt"))
        elif entry.prev:
            raise InputError("previous (#|) lines without '#| msgid'", path, entry.line)
        units.append(Unit(
            source=msgid, target=target, context=ctxt, source_plural=plural,
            translator_comments=tuple(entry.translator_comments),
            extracted_comments=tuple(entry.extracted_comments),
            locations=tuple(entry.locations), flags=tuple(entry.flags), previous=previous,
            obsolete=entry.obsolete, line=entry.line))
    # A plural count that disagrees with Plural-Forms, or a broken Plural-Forms, is a
    # translation problem in a readable file: `toolkit check` reports it (plural-forms,
    # header) instead of refusing the whole file; `toolkit compile` refuses it like msgfmt
    # through check_plurals().
    lang = header.get("Language", "").strip() or None
    return Catalog(units=tuple(units), header=header, header_comments=header_comments,
                   header_flags=header_flags, target_lang=lang, path=path)


def check_plurals(catalog: Catalog) -> None:
    """Raise :class:`InputError` when the header's Plural-Forms is broken or a plural unit
    has another number of forms (what ``msgfmt`` refuses).  :func:`read` does not call
    this, so that ``toolkit check`` can report these as findings."""
    path = catalog.path or "<catalog>"
    forms = catalog.header.get("Plural-Forms")
    if forms is None:
        return
    try:
        nplurals, _ = parse_plural_forms(forms)
    except ValueError as exc:
        raise InputError(f"broken Plural-Forms header: {exc}", path, 1) from None
    for unit in catalog.units:
        if unit.is_plural and not unit.obsolete and len(unit.target) != nplurals:
            raise InputError(
                f"{len(unit.target)} msgstr[n] forms, but the header's Plural-Forms says "
                f"nplurals={nplurals}", path, unit.line)


def charset_of(catalog: Catalog) -> str:
    """The Python codec to encode ``catalog`` with (its header's charset, default UTF-8)."""
    content_type = catalog.header.get("Content-Type", "")
    match = _CHARSET.search(content_type.encode("ascii", "replace"))
    if match is None:
        return "utf-8"
    name = match.group(1).decode("ascii")
    if name.upper() == "CHARSET":
        return "utf-8"
    try:
        return codecs.lookup(name).name
    except LookupError:
        return "utf-8"


def write(catalog: Catalog) -> bytes:
    """Serialise ``catalog`` exactly as GNU msgcat 0.22 would (width 79)."""
    text = "".join(generate(catalog))
    if catalog.newline != "\n":  # keep the file's CRLF (msgcat itself would write LF)
        text = text.replace("\n", catalog.newline)
    codec = catalog.encoding or charset_of(catalog)
    bom = _BOMS.get(codec.lower(), b"") if catalog.bom else b""
    try:
        return bom + text.encode(codec)
    except UnicodeEncodeError as exc:
        raise EncodingError(
            f"cannot encode {exc.object[exc.start:exc.end]!r} in the catalog's charset "
            f"{codec}; change the header to charset=UTF-8", catalog.path) from None


def make_header(target_lang: str | None, *, project: str, creation_date: str,
                revision_date: str | None = None, last_translator: str | None = None,
                language_team: str | None = None) -> dict[str, str]:
    """A fresh header: Language and Plural-Forms from the Language record (CLDR via Babel).

    ``target_lang`` None makes a template (POT) header with xgettext's placeholders.  A
    catalog header has no placeholder left, so ``msgfmt --check`` has nothing to warn about:
    the revision date starts as the creation date and the team is the language's name.
    """
    template = target_lang is None
    language = None if template else get_language_or_generic(target_lang or "")
    header = {
        "Project-Id-Version": project,
        "Report-Msgid-Bugs-To": "",
        "POT-Creation-Date": creation_date,
        "PO-Revision-Date": revision_date or (
            "YEAR-MO-DA HO:MI+ZONE" if template else creation_date),
        "Last-Translator": last_translator or ("FULL NAME <EMAIL@ADDRESS>" if template else ""),
        "Language-Team": language_team or (
            "LANGUAGE <LL@li.org>" if language is None else language.name),
        "Language": target_lang or "",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
    }
    if language is not None:
        header["Plural-Forms"] = language.plural_forms
    header["X-Generator"] = f"Tilmash {__version__}"
    return header
