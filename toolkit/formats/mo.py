"""GNU MO (compiled catalog) writer, as ``msgfmt`` produces by default.

Layout (GNU gettext manual, "The Format of GNU MO Files"): a 28-byte little-endian header
(magic 0x950412de, revision 0, count, offset of the original-string table, offset of the
translation table, hash-table size 0, hash offset), the two tables of (length, offset)
pairs, then the NUL-terminated strings.  Originals are sorted by their bytes, as msgfmt
does, so lookups can binary-search.  The header entry (empty msgid) carries the PO header.

Like ``msgfmt`` without ``--use-fuzzy``, fuzzy, untranslated and obsolete units are left
out; a plural unit is ``msgid NUL msgid_plural`` -> ``msgstr[0] NUL msgstr[1] ...``, and a
context is ``msgctxt EOT msgid``.
"""

from __future__ import annotations

import struct

from toolkit.model import Catalog

MAGIC = 0x950412DE


def header_text(catalog: Catalog) -> str:
    return "".join(f"{key}: {value}\n" for key, value in catalog.header.items())


def write(catalog: Catalog) -> bytes:
    """The MO bytes for ``catalog`` (UTF-8 strings)."""
    entries: dict[bytes, bytes] = {}
    if catalog.header:
        entries[b""] = header_text(catalog).encode("utf-8")
    for unit in catalog.units:
        if unit.obsolete or not unit.translated:
            continue
        original = unit.source
        if unit.source_plural is not None:
            original += "\0" + unit.source_plural
        if unit.context is not None:
            original = unit.context + "\x04" + original
        entries[original.encode("utf-8")] = "\0".join(unit.target).encode("utf-8")
    keys = sorted(entries)
    count = len(keys)
    originals_at = 28
    translations_at = originals_at + 8 * count
    data_at = translations_at + 8 * count
    table_o: list[int] = []
    table_t: list[int] = []
    blob = bytearray()
    for key in keys:
        table_o += [len(key), data_at + len(blob)]
        blob += key + b"\0"
    for key in keys:
        value = entries[key]
        table_t += [len(value), data_at + len(blob)]
        blob += value + b"\0"
    head = struct.pack("<7I", MAGIC, 0, count, originals_at, translations_at, 0, data_at)
    return head + struct.pack(f"<{2 * count}I", *table_o) + \
        struct.pack(f"<{2 * count}I", *table_t) + bytes(blob)
