"""Spans of a text that change how boundaries inside them are treated.

* protected spans: URLs and e-mail addresses (no boundary inside them);
* quote spans: balanced «…», “…”, „…“, (…) and paired straight quotes (no boundary inside);
* list markers: "1.", "2.)", "a)", "• 3." (break before, never right after the marker).

Each function is a single linear pass; callers run them only when a cheap test says the
text can contain such a span.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from toolkit.segment.tables import BULLETS, DIGITS, FIRST_LETTERS, URL_TRAILING, Tables

_URL = re.compile(r"(?:https?://|ftp://|www\.)\S+")
_STRAIGHT = re.compile('"')
_EMAIL = re.compile(r"[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")


def protected_spans(text: str) -> list[tuple[int, int]]:
    """URL and e-mail spans ``(start, end)``; sentence punctuation after a URL is left out."""
    spans: list[tuple[int, int]] = []
    if "://" in text or "www." in text:
        for m in _URL.finditer(text):
            end = m.end()
            while end > m.start() and text[end - 1] in URL_TRAILING:
                end -= 1
            spans.append((m.start(), end))
    if "@" in text:
        spans.extend(m.span() for m in _EMAIL.finditer(text))
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:  # an e-mail inside a URL: keep one covering span
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def quote_spans(text: str, t: Tables) -> list[tuple[int, int]]:
    """Merged ``(open, close)`` index pairs of balanced quotes and brackets.

    A position ``p`` is inside when ``open < p <= close``.  Unbalanced marks are ignored,
    so a stray quote never suppresses a boundary.  Straight double quotes are paired in
    order only when their count is even.
    """
    closer_of, openers = t.quote_closer_of, t.quote_openers
    found: list[tuple[int, int]] = []
    stack: list[tuple[str, int]] = []
    for m in t.quote_marks.finditer(text):
        i, ch = m.start(), m.group()
        if stack and ch in closer_of and stack[-1][0] in closer_of[ch]:
            found.append((stack.pop()[1], i))
        elif ch in openers:
            stack.append((ch, i))
    if text.count('"') % 2 == 0:
        positions = [m.start() for m in _STRAIGHT.finditer(text)]
        found.extend(zip(positions[::2], positions[1::2], strict=False))
    if not found:
        return []
    found.sort()
    merged = [found[0]]
    for left, right in found[1:]:
        if left <= merged[-1][1]:
            if right > merged[-1][1]:
                merged[-1] = (merged[-1][0], right)
        else:
            merged.append((left, right))
    return merged


def inside(spans: list[tuple[int, int]], starts: list[int], pos: int) -> bool:
    """Whether ``pos`` lies strictly after an opener and at or before its closer."""
    k = bisect_right(starts, pos - 1) - 1
    return k >= 0 and spans[k][0] < pos <= spans[k][1]


def list_markers(text: str, t: Tables) -> tuple[set[int], list[int]]:
    """List markers: (periods that never end a sentence, positions to break before).

    A marker's period is protected when the marker is "1.)"-style, bulleted, at the start of
    the text, or part of an enumeration that counts up from 1 (or a/а).  A break goes before
    bullets, before "2)"-style markers (not "1)") followed by a capital, and before the
    second and later markers of a counted "N." enumeration.
    """
    keep: set[int] = set()
    before: list[int] = []
    found = _markers(text, t)
    if not found:
        return keep, before
    first = len(text) - len(text.lstrip())
    counted: list[tuple[int, str, int, int]] = []  # (start, kind, value, dot)
    for start, value, punct, dot, end in found:
        bulleted = text[start] in BULLETS
        at_start = start <= first
        nxt = _next_char(text, end)
        if not value or bulleted:
            if not at_start:
                before.append(start)
            if value and "." in punct:
                keep.add(dot)
            continue
        if punct == ".)":
            keep.add(dot)
        if ")" in punct:
            if not at_start and nxt in t.upper and value != "1" and value not in FIRST_LETTERS:
                before.append(start)
            continue
        if at_start:
            keep.add(dot)
        if nxt and nxt not in t.lower:
            kind = "d" if value.isdigit() else "l"
            number = int(value) if kind == "d" else ord(value)
            counted.append((start, kind, number, dot))
    for start, dot, number in (_enumerations(counted, t) if len(counted) > 1 else ()):
        keep.add(dot)
        if start > first and number > 0:
            before.append(start)
    return keep, before


def _punct_before_space(text: str) -> list[int]:
    """Positions of "." and ")" followed by whitespace (str.find is faster than a regex)."""
    out: list[int] = []
    n = len(text)
    for ch in ".)":
        i = text.find(ch)
        while i >= 0:
            if i + 1 < n and text[i + 1].isspace():
                out.append(i)
            i = text.find(ch, i + 1)
    out.sort()
    return out


def _markers(text: str, t: Tables) -> list[tuple[int, str, str, int, int]]:
    """Markers as (start, value, punct, punct start, end).

    Same matches as the regex ``(?<!\\S)(?:B\\s?)?(V)(\\.\\)|\\.|\\))(?=\\s)`` (B a bullet, V one
    to three digits or one lower-case letter) plus bare bullets (value ""), but found from
    the punctuation, which is much faster than trying the regex at every position.
    """
    out: list[tuple[int, str, str, int, int]] = []
    if any(b in text for b in BULLETS):
        out.extend((m.start(), "", "", -1, m.end()) for m in t.marker.finditer(text))
    for i in _punct_before_space(text):
        if text[i] == ")" and i > 0 and text[i - 1] == ".":
            ps, punct = i - 1, ".)"
        else:
            ps, punct = i, text[i]
        k = ps
        while k > 0 and k > ps - 3 and text[k - 1] in DIGITS:
            k -= 1
        if k == ps:
            if ps == 0 or text[ps - 1] not in t.lower:
                continue
            k = ps - 1
        if k == 0 or text[k - 1].isspace():
            start = k
            if k >= 2 and text[k - 2] in BULLETS and (k == 2 or text[k - 3].isspace()):
                start = k - 2
        elif text[k - 1] in BULLETS and (k == 1 or text[k - 2].isspace()):
            start = k - 1
        else:
            continue
        out.append((start, text[k:ps], punct, ps, i + 1))
    out.sort()
    return out


def _enumerations(counted: list[tuple[int, str, int, int]],
                  t: Tables) -> list[tuple[int, int, int]]:
    """Markers of runs counting up from 1 / a / а (two or more): (start, dot, index in run)."""
    firsts = t.first_letters
    chains: dict[tuple[str, int], list[tuple[int, int, int]]] = {}  # (kind, next value) -> run
    done: list[list[tuple[int, int, int]]] = []
    for start, kind, value, dot in counted:
        chain = chains.pop((kind, value), None)
        if chain is None:
            if not (value == 1 if kind == "d" else value in firsts):
                continue
            chain = []
            done.append(chain)
        chain.append((start, dot, len(chain)))
        chains[(kind, value + 1)] = chain
    return [item for chain in done if len(chain) >= 2 for item in chain]


def _next_char(text: str, pos: int) -> str:
    n = len(text)
    while pos < n and text[pos].isspace():
        pos += 1
    return text[pos] if pos < n else ""


__all__ = ["inside", "list_markers", "protected_spans", "quote_spans"]
