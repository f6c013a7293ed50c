"""Where to cut a PO string into lines, fast, for strings of "simple" characters.

:mod:`toolkit.formats._linebreak` reproduces libunistring's UAX #14 analysis character by
character, which costs tens of microseconds per sentence.  For text made only of the simple
characters of :mod:`toolkit.formats._linebreak_fast` (Latin and Cyrillic letters, digits,
spaces, common punctuation, all one column wide) the analysis collapses:

* unless a space run sits in one of the few places where the table forbids a break after
  spaces (or at the very start), the break opportunities are the ends of space runs plus
  the rare *direct* breaks between neighbours (after a hyphen or slash, around an em dash
  ...).  Lines are then cut with ``str.rfind`` on the escaped string, a few C calls per
  line (:func:`fill_after_spaces`); in the usual string a single regex scan shows that
  there is no direct break at all;
* otherwise the opportunities come from the regex-based :func:`fast_breaks` and lines are
  cut by bisecting that list (:func:`fill_positions`).

Both reproduce the greedy fill of libunistring's ``u8_width_linebreaks`` for one-column
text: a line ends at the last opportunity that still fits, or at the first one if none fits.
``tests/po/test_wrap_fast.py`` checks them against the general algorithm.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from toolkit.formats._linebreak import AL1, B2, CL, CP1, EX, IS, NS, NU, OP1, QU, SY, TABLE
from toolkit.formats._linebreak_fast import _DIRECT_PAIRS, _FAST, _SIMPLE_CLASSES, fast_breaks

#: A planner: start column of the first line -> cut positions (a new line starts there).
Planner = Callable[[int], list[int]]


def _chars_of(*classes: int) -> str:
    """Regex character-class body of the simple characters in ``classes``."""
    codes = {ord(chr(0x41 + _SIMPLE_CLASSES.index(c))) for c in classes}
    return "".join(re.escape(chr(cp)) for cp, code in _FAST.trans.items() if code in codes)


def _build_patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """(candidates for direct breaks, places where the table forbids a break after spaces,
    either of them).

    Every alternative is anchored on a punctuation character (neighbours are checked by
    look-around), so each pattern starts with one character set and the regex engine scans
    the letters, digits and spaces that make up most of the text in its fast C loop.
    Alternatives are grouped by what follows the mark, so the usual ``, `` or ``. `` fails
    after a few checks.
    """
    words = _chars_of(AL1, NU)
    marks = _chars_of(*[c for c in _SIMPLE_CLASSES if c not in (AL1, NU)])
    glued: list[str] = []  # a direct break between the mark and the next character
    behind: list[str] = []  # a direct break between a letter or digit and the mark
    for left in _SIMPLE_CLASSES:
        rights = _chars_of(*[r for r in _SIMPLE_CLASSES if TABLE[left][r] == "D"])
        if rights and left in (AL1, NU):
            behind.append(f"(?<=[{words}][{rights}])")
        elif rights:
            glued.append(f"(?<=[{_chars_of(left)}])(?=[{rights}])")
    direct = f"(?=[^ ])(?:{'|'.join(glued)})|{'|'.join(behind)}"
    # The table forbids a break after spaces before IS EX CP CL SY, after OP, and in three
    # rare pairs (asserted against the table in _linebreak_fast._build_fast).
    spaced = [f"(?<=[{_chars_of(OP1)}])", f"(?<=[{_chars_of(QU)}]) +[{_chars_of(OP1)}]",
              f"(?<=[{_chars_of(CL)}]) +[{_chars_of(NS)}]",
              f"(?<=[{_chars_of(B2)}]) +[{_chars_of(B2)}]"]
    blocked = f"(?= )(?:{'|'.join(spaced)})|(?<= [{_chars_of(IS, EX, CP1, CL, SY)}])"
    return (re.compile(f"[{marks}](?:{direct})"), re.compile(f"[{marks}](?:{blocked})"),
            re.compile(f"[{marks}](?:{direct}|{blocked})"))


_SIMPLE_TEXT = re.compile(f"[ {_chars_of(*_SIMPLE_CLASSES)}]*")
_DIRECT, _BLOCKED, _SPECIAL = _build_patterns()
_CODE = {chr(cp): chr(code) for cp, code in _FAST.trans.items()}  # class code of a character
_ESCAPE_PAIR = re.compile(r"\\.")
_SPACE_RUN_END = re.compile(" +(?=[^ ])")


def direct_breaks(text: str) -> list[int]:
    """Sorted positions of direct breaks (no space needed) in a simple text.

    :data:`_DIRECT` finds every mark that may take part in one; the pair table decides.
    """
    found: set[int] = set()
    n = len(text)
    for m in _DIRECT.finditer(text):
        i = m.start()
        mark = _CODE[text[i]]
        if i and _CODE.get(text[i - 1], " ") + mark in _DIRECT_PAIRS:
            found.add(i)
        if i + 1 < n and mark + _CODE.get(text[i + 1], " ") in _DIRECT_PAIRS:
            found.add(i + 1)
    return sorted(found)


def fill_after_spaces(text: str, width: int, start_column: int, forbidden: int,
                      direct: Sequence[int] = ()) -> list[int]:
    """Greedy cuts when the opportunities are the ends of space runs plus the sorted
    ``direct`` positions (``forbidden``: one space-run end that is no opportunity, e.g.
    before a final ``\\n`` escape, or -1)."""
    n = len(text)
    cuts: list[int] = []
    start, column = 0, start_column
    while column + n - start > width:
        limit = start + width - column  # (rfind would read a negative limit from the end)
        cut = _last_space_end(text, start, limit, forbidden) if limit > start else -1
        if direct:
            k = bisect_right(direct, limit) - 1
            if k >= 0 and direct[k] > start:
                cut = max(cut, direct[k])
        if cut < 0:  # nothing fits: the line runs to the first opportunity
            cut = _first_space_end(text, start, forbidden)
            k = bisect_right(direct, start)
            if k < len(direct) and (cut < 0 or direct[k] < cut):
                cut = direct[k]
            if cut < 0:
                break
        cuts.append(cut)
        start, column = cut, 0
    return cuts


def _last_space_end(text: str, start: int, limit: int, forbidden: int) -> int:
    """The last end of a space run in (start, limit], or -1."""
    q = text.rfind(" ", start, limit)
    while q >= 0:
        if q + 1 != forbidden and text[q + 1] != " ":
            return q + 1
        # q + 1 is inside the run (it reaches the limit) or forbidden: go before the run.
        q = text.rfind(" ", start, start + len(text[start:q].rstrip(" ")))
    return -1


def _first_space_end(text: str, start: int, forbidden: int) -> int:
    """The first end of a space run after ``start``, or -1."""
    m = _SPACE_RUN_END.search(text, start)
    while m is not None and m.end() == forbidden:
        m = _SPACE_RUN_END.search(text, m.end())
    return -1 if m is None else m.end()


def fill_positions(positions: list[int], n: int, width: int, start_column: int) -> list[int]:
    """Greedy cuts over sorted break ``positions`` in a one-column text of length ``n``."""
    cuts: list[int] = []
    start, column = 0, start_column
    while column + n - start > width:
        k = bisect_right(positions, start + width - column) - 1
        if k < 0 or positions[k] <= start:  # nothing fits: take the first opportunity
            k = bisect_right(positions, start)
            if k == len(positions):
                break
        cuts.append(positions[k])
        start, column = positions[k], 0
    return cuts


def planner(escaped: str, width: int, final_newline: bool) -> Planner | None:
    """A cut planner for an escaped PO string portion, or None if it is not simple text.

    ``final_newline``: the portion ends with the ``\\n`` escape, before which GNU never
    breaks.
    """
    if not _SIMPLE_TEXT.fullmatch(escaped):
        return None
    forbidden = len(escaped) - 2 if final_newline else -1
    spaces_only = escaped[:1] != " "  # (spaces at the very start are no opportunity)
    if spaces_only and _SPECIAL.search(escaped) is None:  # the usual case: a single scan
        return lambda column: fill_after_spaces(escaped, width, column, forbidden)
    banned = _banned(escaped, forbidden)
    if spaces_only and _BLOCKED.search(escaped) is None:
        # Space-run ends are never inside an escape sequence (its second character follows
        # a backslash), so only direct breaks need filtering.
        direct = [p for p in direct_breaks(escaped) if p not in banned]
        return lambda column: fill_after_spaces(escaped, width, column, forbidden, direct)
    positions = fast_breaks(escaped)  # rare: spaces where the table forbids a break
    if positions is None:  # cannot happen for simple text; keep the general path honest
        return None
    positions = [p for p in positions if p not in banned]
    n = len(escaped)
    return lambda column: fill_positions(positions, n, width, column)


def _banned(escaped: str, forbidden: int) -> set[int]:
    """Positions GNU never breaks at: inside an escape sequence, before a final ``\\n``."""
    if "\\" not in escaped:
        return {forbidden}
    banned = {m.start() + 1 for m in _ESCAPE_PAIR.finditer(escaped)}
    banned.add(forbidden)
    return banned
