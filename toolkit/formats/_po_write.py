"""The writing half of :mod:`toolkit.formats.po`: PO text laid out exactly as GNU ``msgcat``.

Follows gettext 0.22 ``write-po.c``: the same entry order (obsolete entries last, untranslated
obsolete entries dropped), comment order, flag order, reference wrapping and string wrapping
(page width 79, UAX #14 break opportunities, the ``msgid ""`` first line for strings that
wrap or contain an inner ``\\n``).  :func:`generate` yields text pieces (rule 1 of the style
guide: produce text apart from writing bytes).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping, Sequence

from toolkit.formats import _wrap_fast
from toolkit.formats._linebreak import NARROW, fill, width_breaks
from toolkit.formats._linebreak_fast import break_opportunities
from toolkit.model import Catalog, Unit

PAGE_WIDTH = 79
_NO_WRAP_WIDTH = 1 << 30

_NEEDS_ESCAPE = re.compile('[\a\b\f\n\r\t\v\\\\"]')
_ESCAPES = {"\a": "a", "\b": "b", "\f": "f", "\n": "n", "\r": "r", "\t": "t", "\v": "v",
            "\\": "\\", '"': '"'}
_ESCAPE_TABLE = str.maketrans({c: "\\" + e for c, e in _ESCAPES.items()})

#: Format-flag languages in GNU gettext 0.22's order (``format_language[]``).
FORMAT_LANGUAGES = (
    "c", "objc", "cplusplus-brace", "python", "python-brace", "java", "java-printf",
    "csharp", "javascript", "scheme", "lisp", "elisp", "librep", "ruby", "sh", "awk", "lua",
    "pascal", "smalltalk", "qt", "qt-plural", "kde", "kde-kuit", "boost", "tcl", "perl",
    "perl-brace", "php", "gcc-internal", "gfc-internal", "ycp",
)
_FORMAT_RANK = {lang: i for i, lang in enumerate(FORMAT_LANGUAGES)}


def _format_key(flag: str) -> tuple[int, str] | None:
    """(rank, written form) of a format flag such as ``no-c-format``; None if not one."""
    if not flag.endswith("-format"):
        return None
    body = flag[:-7]
    written = flag
    for prefix in ("possible-", "no-"):
        if body.startswith(prefix) and body[len(prefix):] in _FORMAT_RANK:
            if prefix == "possible-":
                written = body[len(prefix):] + "-format"
            return _FORMAT_RANK[body[len(prefix):]], written
    if body in _FORMAT_RANK:
        return _FORMAT_RANK[body], written
    return None


def order_flags(flags: Sequence[str], *, translated: bool) -> list[str]:
    """Flags in msgcat's order: fuzzy, format flags, range, no-wrap, then any others."""
    fuzzy = "fuzzy" in flags and translated
    formats: list[tuple[int, str]] = []
    ranges: list[str] = []
    others: list[str] = []
    no_wrap = False
    for flag in flags:
        if flag == "fuzzy":
            continue
        if flag == "no-wrap":
            no_wrap = True
            continue
        key = _format_key(flag)
        if key is not None:
            if key not in formats:
                formats.append(key)
        elif flag.startswith("range:"):
            ranges.append(flag)
        elif flag not in others:
            others.append(flag)
    out = ["fuzzy"] if fuzzy else []
    out.extend(written for _, written in sorted(formats, key=lambda k: k[0]))
    out.extend(ranges[:1])
    if no_wrap:
        out.append("no-wrap")
    out.extend(others)
    return out


def wrap_string(prefix: str, name: str, value: str, do_wrap: bool = True,
                page_width: int = PAGE_WIDTH) -> str:
    """``name "value"`` lines as GNU ``wrap()`` prints them (with ``prefix`` on each line)."""
    lines: list[str] = []
    first = True
    n = len(value)
    pos = 0
    after_break = len(prefix) + 1
    width = (page_width if do_wrap else _NO_WRAP_WIDTH) - 1 - after_break
    while True:
        nl = value.find("\n", pos)
        es = n if nl < 0 else nl + 1
        chunk = value[pos:es]
        escaped = chunk.translate(_ESCAPE_TABLE) if _NEEDS_ESCAPE.search(chunk) else chunk
        startcol = len(prefix) + (len(name) + 1 if first else 0) + 1 - after_break
        if es == n and startcol + len(escaped) <= width and NARROW.fullmatch(escaped):
            # The common short string: one line, no break analysis needed.
            lines.append(f'{prefix}{name} "{escaped}"' if first else f'{prefix}"{escaped}"')
            break
        plan = (_wrap_fast.planner(escaped, width, chunk.endswith("\n"))
                or _general_planner(chunk, escaped, width))
        if first and escaped:
            # Lines after ``msgid ""`` start at column 0.  Cuts there imply cuts after
            # ``msgid `` too (the first line only gets longer), so long strings are planned
            # once; ``plan(startcol)`` is only asked of strings that might fit on one line.
            cuts = plan(0)
            if es < n or startcol > width or cuts or plan(startcol):
                lines.append(f'{prefix}{name} ""')
                first = False
        else:
            cuts = plan(startcol)
        head = f"{prefix}{name} " if first else prefix
        first = False
        start = 0
        for cut in cuts:
            lines.append(f'{head}"{escaped[start:cut]}"')
            head = prefix
            start = cut
        lines.append(f'{head}"{escaped[start:]}"')
        pos = es
        if pos >= n:
            break
    return "\n".join(lines) + "\n"


def _general_planner(chunk: str, escaped: str, width: int) -> _wrap_fast.Planner:
    """Cuts by the general UAX #14 algorithm (any characters, mandatory breaks)."""
    overrides = _escape_overrides(chunk) if len(escaped) != len(chunk) else None
    found = break_opportunities(escaped, overrides)

    def plan(startcol: int) -> list[int]:
        breaks = _breaks(escaped, width, startcol, overrides, found)
        return [i for i, brk in enumerate(breaks) if brk]
    return plan


def _breaks(text: str, width: int, startcol: int, overrides: list[bool | None] | None,
            found: tuple[list[int], list[int] | None] | None) -> list[bool]:
    if found is None:  # mandatory breaks inside: the general algorithm
        return width_breaks(text, width, startcol, overrides)
    positions, prefix = found
    return fill(positions, len(text), width, startcol, [False] * len(text), prefix)


def _escape_overrides(chunk: str) -> list[bool | None]:
    """Per escaped character: False where GNU forbids a break (inside an escape sequence,
    before a final ``\\n``), None elsewhere."""
    overrides: list[bool | None] = []
    for c in chunk:
        overrides.append(None)
        if c in _ESCAPES:
            overrides.append(False)
    if chunk.endswith("\n"):
        overrides[-2] = False
    return overrides


def references(locations: Sequence[str], page_width: int = PAGE_WIDTH) -> str:
    """``#:`` lines, wrapped as GNU does (byte lengths, page width)."""
    out = ["#:"]
    column = 2
    seen: set[str] = set()
    for loc in locations:
        while loc.startswith("./"):
            loc = loc[2:]
        if loc in seen:
            continue
        seen.add(loc)
        size = len(loc.encode("utf-8")) + 1
        if column > 2 and column + size > page_width:
            out.append("\n#:")
            column = 2
        out.append(" " + loc)
        column += size
    return "".join(out) + "\n"


def _comment_lines(marker: str, comments: Sequence[str]) -> Iterator[str]:
    for comment in comments:
        for part in comment.split("\n") if marker == "#" else (comment,):
            yield f"{marker} {part}\n" if part else f"{marker}\n"


def header_text(header: Mapping[str, str]) -> str:
    """The header msgstr: one ``Key: value\\n`` line per field, in order."""
    return "".join(f"{key}: {value}\n" for key, value in header.items())


def entry_text(unit: Unit, page_width: int = PAGE_WIDTH) -> str:
    """One entry (without the blank separator line), or "" for an untranslated obsolete one."""
    first_target = unit.target[0] if unit.target else ""
    if unit.obsolete and not first_target:
        return ""
    parts: list[str] = []
    parts.extend(_comment_lines("#", unit.translator_comments))
    parts.extend(_comment_lines("#.", unit.extracted_comments))
    if unit.locations:
        parts.append(references(unit.locations, page_width))
    do_wrap = "no-wrap" not in unit.flags
    if unit.obsolete:
        if unit.fuzzy:
            parts.append("#, fuzzy\n")
    else:
        flags = order_flags(unit.flags, translated=bool(first_target))
        if flags:
            parts.append("#, " + ", ".join(flags) + "\n")
    prev = unit.previous
    prefix = "#~ " if unit.obsolete else ""
    if prev is not None:
        prev_prefix = "#~| " if unit.obsolete else "#| "
        if prev.context is not None:
            parts.append(wrap_string(prev_prefix, "msgctxt", prev.context, do_wrap, page_width))
        parts.append(wrap_string(prev_prefix, "msgid", prev.source, do_wrap, page_width))
        if prev.source_plural is not None:
            parts.append(wrap_string(prev_prefix, "msgid_plural", prev.source_plural, do_wrap,
                                     page_width))
    if unit.context is not None:
        parts.append(wrap_string(prefix, "msgctxt", unit.context, do_wrap, page_width))
    parts.append(wrap_string(prefix, "msgid", unit.source, do_wrap, page_width))
    if unit.source_plural is None:
        parts.append(wrap_string(prefix, "msgstr", first_target, do_wrap, page_width))
    else:
        parts.append(wrap_string(prefix, "msgid_plural", unit.source_plural, do_wrap,
                                 page_width))
        for i, form in enumerate(unit.target or ("",)):
            parts.append(wrap_string(prefix, f"msgstr[{i}]", form, do_wrap, page_width))
    return "".join(parts)


def generate(catalog: Catalog, page_width: int = PAGE_WIDTH) -> Iterator[str]:
    """Yield the PO text of ``catalog``: header entry, active entries, then obsolete ones."""
    blank = False
    if catalog.header or catalog.header_comments or catalog.header_flags:
        head = Unit(source="", target=(header_text(catalog.header),),
                    translator_comments=catalog.header_comments,
                    flags=catalog.header_flags)
        yield entry_text(head, page_width)
        blank = True
    for obsolete in (False, True):
        for unit in catalog.units:
            if unit.obsolete is not obsolete:
                continue
            text = entry_text(unit, page_width)
            if not text:
                continue
            if blank:
                yield "\n"
            yield text
            blank = True
