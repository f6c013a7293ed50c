"""Gettext facts shared by the XLIFF and TMX mappings: ids, header text, fuzzy, losses."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from pathlib import PurePath

from toolkit.model import Catalog, Unit

#: The gettext flag whose presence a review state decides.
FUZZY = "fuzzy"


def unit_ids(units: Iterable[Unit]) -> list[str]:
    """Stable ids (NMTOKEN-safe) from msgctxt + msgid: re-exports keep their ids."""
    seen: dict[str, int] = {}
    ids: list[str] = []
    for unit in units:
        key = f"{unit.context}\x04{unit.source}" if unit.context is not None else unit.source
        base = hashlib.blake2b(key.encode("utf-8", "surrogatepass"), digest_size=6).hexdigest()
        count = seen.get(base, 0) + 1
        seen[base] = count
        ids.append(base if count == 1 else f"{base}-{count}")
    return ids


def header_text(header: Mapping[str, str]) -> str:
    """The PO header entry's msgstr (``Key: value\\n`` lines)."""
    return "".join(f"{key}: {value}\n" for key, value in header.items())


def parse_header(text: str) -> dict[str, str]:
    """Inverse of :func:`header_text` (lines without a colon are skipped)."""
    fields: dict[str, str] = {}
    for line in text.split("\n"):
        key, colon, value = line.partition(":")
        if colon and key.strip():
            fields[key.strip()] = value[1:] if value.startswith(" ") else value
    return fields


def original_name(catalog: Catalog) -> str:
    """The ``original`` file name written into XLIFF/TMX."""
    return PurePath(catalog.path).name if catalog.path else "messages.po"


def with_fuzzy(flags: Iterable[str], fuzzy: bool | None) -> tuple[str, ...]:
    """Flags as stored, with ``fuzzy`` forced on/off by the unit's review state.

    ``fuzzy=None`` keeps the stored flags (state says nothing, e.g. an empty target).
    Stored order is kept; a ``fuzzy`` the state adds goes first, as gettext writes it.
    """
    kept = tuple(flags)
    if fuzzy is None:
        return kept
    if not fuzzy:
        return tuple(f for f in kept if f != FUZZY)
    return kept if FUZZY in kept else (FUZZY, *kept)


def split_location(location: str) -> tuple[str, str | None]:
    """``file.py:12`` -> (``file.py``, ``12``); anything else -> (location, None)."""
    head, colon, tail = location.rpartition(":")
    if colon and head and tail.isdigit():
        return head, tail
    return location, None


def join_lines(lines: tuple[str, ...]) -> str:
    """Comment lines as one note text (a note per kind; split on newlines when read)."""
    return "\n".join(lines)


def obsolete_loss(catalog: Catalog, fmt: str) -> list[str]:
    """The warning for obsolete (``#~``) entries a format has no place for."""
    count = sum(1 for unit in catalog.units if unit.obsolete)
    if not count:
        return []
    return [f"{count} obsolete (#~) entr{'y' if count == 1 else 'ies'} not written: "
            f"{fmt} has no place for them"]


def first(found: Mapping[str, list[str]], key: str) -> str | None:
    """The first value collected under ``key``, or None."""
    values = found.get(key)
    return values[0] if values else None
