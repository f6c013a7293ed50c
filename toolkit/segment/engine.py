"""The boundary scanner: one left-to-right pass over candidate positions.

A candidate is a run of terminators (``. ! ? …``) with the closing quotes and brackets glued
to it.  Each candidate is decided by the ordered rules below; every rule has an SRX
counterpart in :mod:`toolkit.segment.srx` (same order, same data), see docs/segmenter.md.

Work per candidate is bounded (token scans stop after ``_LOOKBACK`` characters), the
regexes never backtrack over unbounded runs, so the scanner is linear in the text length.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from toolkit.segment import spans as sp
from toolkit.segment.tables import (
    BULLETS,
    DIGITS,
    STRONG,
    TERMINATORS,
    WHITESPACE,
    Kind,
    Tables,
    bit,
)

_LOOKBACK = 64
_HARD_BREAK = re.compile(r"\n[^\S\n]*\n")
_STRONG = frozenset(STRONG)
_NUMERIC, _CLOSING, _FINAL, _PLAIN = (bit(k) for k in
                                      (Kind.NUMERIC, Kind.CLOSING, Kind.FINAL, Kind.PLAIN))
_BULLETS = frozenset(BULLETS)
_NO_SPANS: list[tuple[int, int]] = []  # shared, never mutated
_NO_POSITIONS: frozenset[int] = frozenset()
_NO_RARE: set[str] = set()  # shared, never mutated
#: Rare characters of rules only the full scan knows: URLs, e-mails, hard breaks, bullets.
_FULL_SCAN = frozenset("@/\n" + BULLETS)
_WS = WHITESPACE
_OTHER_TERMINATORS = frozenset(TERMINATORS) - {"."}


class Scanner:
    """Finds sentence boundaries in one text with one language's tables."""

    __slots__ = ("_hot", "t")

    def __init__(self, tables: Tables) -> None:
        self.t = tables
        # What every text needs, unpacked in one step (cheaper than attribute look-ups).
        self._hot = (tables.rare_but_period.findall, tables.run_chars, tables.skip_ws,
                     tables.lower, tables.marker_ends, tables.cand.search,
                     tables.cand_useful.search, tables.trail_chars)

    # ------------------------------------------------------------------ entry point

    def boundaries(self, text: str) -> list[int]:
        """Sorted break positions: a sentence ends right before each of them."""
        # One C-level pass finds the rare characters other than "." (usually none).
        found = self._hot[0](text)
        if not found:  # the common case: periods only
            out = self._short(text, True) if "www." not in text else None
            return self._general(text, True, _NO_RARE) if out is None else out
        rare = set(found)
        if "www." not in text and rare.isdisjoint(_FULL_SCAN) and (
                ")" not in rare or not _paren_marker(text, self.t)):
            out = self._short(text, rare.isdisjoint(_OTHER_TERMINATORS))
            if out is not None:
                return self._outside_quotes(text, out, rare)
        return self._general(text, False, rare)

    def _short(self, text: str, plain: bool) -> list[int] | None:
        """Boundaries of a text without URLs, e-mails, bullets, newlines or "2)" markers
        (``plain``: "." is its only terminator), before the quote rule; None when a period
        may end a list marker: then :meth:`_general` decides.  Most paragraphs take this
        path, so it is kept short (the steps of :meth:`_general` these texts need)."""
        t = self.t
        _, runs, skip_ws, lower, marker_ends, any_end, _, trail = self._hot
        dl = t.dateline.match(text)
        dl_end = dl.end() if dl is not None else -1
        n = len(text)
        # Terminators in the trailing run of terminators, closers and spaces decide nothing.
        limit = len(text.rstrip(trail))
        out: list[int] = []
        cs = text.find(".", 0, limit) if plain else _start(any_end(text, 0, limit))
        while cs >= 0:
            if cs > 8:  # _may_be_marker, inlined for a period past the first 9 characters
                if text[cs - 1] in marker_ends and not text[cs - 2].isalnum():
                    return None
            elif cs > 0 and _may_be_marker(text, cs, t):
                return None
            ce = cs + 1  # < limit <= n
            c = text[ce]
            if (c == " " and text[ce + 1] != ".") or (c != " " and c in _WS):
                if text[cs] == ".":  # a lone period, then whitespace (the common case)
                    j = ce + 1
                    while j < n and text[j] in skip_ws:
                        j += 1
                    brk = None if j >= n or text[j] in lower or cs < dl_end \
                        else self._period(text, cs, ce, j)
                else:
                    brk = self._decide(text, cs, ce, cs < dl_end)
            elif c in runs or c == " ":
                ce = _run_end(text, ce, t)  # a longer run, or spaced dots ". . ."
                brk = None if ce >= n else self._decide(text, cs, ce, cs < dl_end) \
                    if text[ce] in _WS else self._no_space(text, cs, ce, _NO_SPANS)
            else:
                brk = self._no_space(text, cs, ce, _NO_SPANS)
            if brk is not None:
                out.append(brk)
            cs = text.find(".", ce, limit) if plain else _start(any_end(text, ce, limit))
        return out

    def _outside_quotes(self, text: str, out: list[int], rare: set[str]) -> list[int]:
        """The breaks of ``out`` that are not inside quotes or brackets (rule 5)."""
        t = self.t
        if out and not rare.isdisjoint(t.quote_mark_chars) and _may_be_inside(text, out, rare, t):
            quotes = sp.quote_spans(text, t)
            if quotes:
                starts = [q[0] for q in quotes]
                return [p for p in out if not sp.inside(quotes, starts, p)]
        return out

    def _general(self, text: str, plain: bool, rare: set[str]) -> list[int]:
        """Boundaries of any text (``rare``: the rare characters other than "." in it)."""
        t = self.t
        _, runs, skip_ws, lower, marker_ends, any_end, useful_end, trail = self._hot
        n = len(text)
        out: list[int] = []
        keep: set[int] | frozenset[int] = _NO_POSITIONS
        if plain:
            protected = sp.protected_spans(text) if "www." in text else _NO_SPANS
            markers_done = False
        else:
            protected = sp.protected_spans(text) if (
                "www." in text or "@" in rare or "/" in rare) else _NO_SPANS
            # List markers need ")" , a bullet, or a period right after a digit or a lone
            # lower-case letter: compute them only when the text can have one (see below).
            markers_done = not rare.isdisjoint(_BULLETS) or (
                ")" in rare and _paren_marker(text, t))
            if markers_done:
                keep, before = sp.list_markers(text, t)
                out.extend(before)
        dl = t.dateline.match(text)
        dl_end = dl.end() if dl is not None else -1
        pos = 0
        # Candidates in the trailing run of terminators, closers and spaces decide nothing.
        limit = len(text.rstrip(trail))
        while True:
            # Any terminator in the first 9 characters may end a list marker (see
            # _may_be_marker); after them, periods that are certainly no break are skipped
            # in C (see tables._useful).
            m = any_end(text, pos, min(limit, 9)) if pos < 9 else None
            if m is None:
                m = useful_end(text, pos, limit)
                if m is None:
                    break
            cs = m.start()
            ce = cs + 1  # < n: the trailing run is cut off by ``limit``
            c = text[ce]
            # (a space is never the last character before ``limit``, so ce + 1 < n)
            if c in runs or (c == " " and text[ce + 1] == "."):
                ce = _run_end(text, ce, t)  # a longer run, or spaced dots ". . ."
                c = text[ce] if ce < n else " "
            pos = ce
            if not markers_done and cs > 0 and (cs <= 8 or text[cs - 1] in marker_ends) \
                    and _may_be_marker(text, cs, t):
                markers_done = True
                keep, before = sp.list_markers(text, t)
                out.extend(before)
            if ce >= n or (markers_done and cs in keep):
                continue
            if c in _WS:
                if ce == cs + 1 and text[cs] == "." and cs >= dl_end:
                    # the common case, inlined: a lone period, then whitespace
                    j = ce + 1
                    while j < n and text[j] in skip_ws:
                        j += 1
                    if j >= n or text[j] in lower:
                        continue
                    brk = self._period(text, cs, ce, j)
                else:
                    brk = self._decide(text, cs, ce, cs < dl_end)
            else:
                brk = self._no_space(text, cs, ce, protected)
            if brk is not None:
                out.append(brk)
        if plain and not markers_done:  # no quotes, no newlines, nothing out of order
            return out
        out = self._outside_quotes(text, out, rare)
        if "\n" in rare:  # a blank line always ends a sentence, even inside quotes
            out.extend(m.start() for m in _HARD_BREAK.finditer(text))
        elif not markers_done:
            return out  # the scan appends in increasing order
        return sorted(set(out)) if len(out) > 1 else out

    # ------------------------------------------------------------------ decisions

    def _decide(self, text: str, cs: int, ce: int, in_dateline: bool) -> int | None:
        t = self.t
        n = len(text)
        j = ce + 1
        while j < n and text[j] in t.skip_ws:
            j += 1
        if j >= n:
            return None
        nch = text[j]
        if in_dateline:
            return None  # "АСТАНА. 25 сәуір. KAZINFORM – ..." belongs to the first sentence
        if ce == cs + 1 and text[cs] == ".":  # fast path: a lone period
            return None if nch in t.lower else self._period(text, cs, ce, j)
        cluster = text[cs:ce]
        core = cluster if ce == cs + 1 else cluster.translate(t.drop_closers)
        if core in ("...", "…") and cs > 0 and text[cs - 1] in "[(" and ce > cs + len(core) \
                and text[cs + len(core)] in "])":
            return None  # "[...]" marks an omission
        if nch in t.lower:
            return None
        if not _STRONG.isdisjoint(core):
            return ce
        attached = cs > 0 and not text[cs - 1].isspace()
        if " " in core:  # spaced dots ". . ."
            if attached:
                return cs + 1 if core == ". . . ." else ce
            return None if core == ". . ." else ce
        if "…" in core or len(core) >= 2:
            return ce if attached or core not in ("...", "…") else None
        if len(core) != len(cluster):
            return ce  # a period with a closing quote or bracket
        return self._period(text, cs, ce, j)

    def _period(self, text: str, cs: int, ce: int, j: int) -> int | None:
        """A single period followed by whitespace and a non-lower-case next token."""
        t = self.t
        stop = cs - _LOOKBACK if cs > _LOOKBACK else 0
        raw_start = text.rfind(" ", stop, cs) + 1 or stop
        raw = text[raw_start:cs]
        if not raw.isprintable():  # a newline, tab or NBSP inside: find the token exactly
            raw_start = _token_start(text, cs)
            raw = text[raw_start:cs]
        token = raw.lstrip(t.openers_chars)
        kinds = t.abbr.get(token, 0)
        if raw_start > 2 and text[raw_start - 2] == "." and token and "." not in token:
            kinds = self._kinds(text, raw_start, token)  # maybe spaced: "т. е."
        if kinds:
            if kinds & _NUMERIC:
                k = ce
                while text[k].isspace():
                    k += 1
                if text[k] in DIGITS:
                    return None
            if kinds & _CLOSING:
                return ce if text[j] in t.upper else None
            if kinds & _FINAL:
                return ce if self._starter(text, j) else None
            if kinds & _PLAIN:
                return None
        if raw in t.single_letter_words:
            prev_end = raw_start
            while prev_end > 0 and text[prev_end - 1].isspace():
                prev_end -= 1
            if prev_end < raw_start and prev_end > 0:
                prev = text[_token_start(text, prev_end):prev_end]
                if prev and prev[0] in t.lower:
                    return ce
        if token in t.upper:  # one character
            return None  # an initial: "Ә. Бөкейханов"
        if len(token) > 2 and token[1] == "." and t.initials.fullmatch(token):
            return ce if self._starter(text, j) else None  # "Қ.-Ж. Тоқаев", "E.U. How"
        return ce

    def _no_space(self, text: str, cs: int, ce: int,
                  protected: list[tuple[int, int]]) -> int | None:
        """"жағдайы.XVIII ғасыр": a boundary without a space after a lower-case word."""
        t = self.t
        n = len(text)
        if ce != cs + 1 or cs < 2 or ce + 1 >= n:
            return None
        if not (text[cs - 1] in t.lower and text[cs - 2] in t.lower
                and text[ce] in t.upper and text[ce + 1] in t.letters):
            return None
        k = bisect_right(protected, (cs, n)) - 1  # spans are sorted by start
        if k >= 0 and protected[k][0] <= cs < protected[k][1]:
            return None
        if text[cs] == ".":
            raw_start = _token_start(text, cs)
            token = text[raw_start:cs].lstrip(t.openers_chars)
            if self._kinds(text, raw_start, token) & ~_NUMERIC:
                return None
        return ce

    # ------------------------------------------------------------------ helpers

    def _kinds(self, text: str, raw_start: int, token: str) -> int:
        """Abbreviation kinds (mask) of the token before a period, also spaced ("т. е.")."""
        t = self.t
        kinds = t.abbr.get(token, 0)
        if token not in t.abbr_last_parts:  # also when "." is in it, or it is empty
            return kinds  # no spaced abbreviation ends with it
        key, start = token, raw_start
        for _ in range(t.max_abbr_parts - 1):
            if start < 3 or not text[start - 1].isspace() or text[start - 2] != ".":
                break
            prev_start = _token_start(text, start - 2)
            prev = text[prev_start:start - 1]
            if text[prev_start - 1:prev_start].isspace() is False and prev_start > 0:
                break
            stripped = prev.lstrip(t.openers_chars)
            if not stripped or len(stripped) > 4:
                break
            key = stripped + key
            kinds |= t.abbr.get(key, 0)
            if len(stripped) != len(prev):
                break
            start = prev_start
        return kinds

    def _starter(self, text: str, j: int) -> bool:
        """Whether a sentence starter word begins at ``j`` (not an initial like "В.")."""
        t = self.t
        m = t.word.match(text, j)
        if m is None:
            return False
        if m.group() in t.starters:
            return text[m.end():m.end() + 1] != "."
        if text[m.end():m.end() + 1] != "-":
            return False  # no hyphenated starter either
        h = t.hyphen_word.match(text, j)
        return h is not None and h.group() in t.starters and text[h.end():h.end() + 1] != "."


def _start(m: re.Match[str] | None) -> int:
    return -1 if m is None else m.start()


def _run_end(text: str, ce: int, t: Tables) -> int:
    """End of the candidate run continuing at ``ce``: terminators, closers, spaced dots."""
    n = len(text)
    runs = t.run_chars
    while ce < n and text[ce] in runs:
        ce += 1
    while ce + 1 < n and text[ce] == " " and text[ce + 1] == "." and (
            ce + 2 == n or text[ce + 2].isspace() or text[ce + 2] == "."
            or text[ce + 2] in t.closers):
        ce += 2
        while ce < n and text[ce] in runs:
            ce += 1
    return ce


def _may_be_inside(text: str, out: list[int], rare: set[str], t: Tables) -> bool:
    """Whether some break lies after an opening mark and at or before a closing mark (a
    necessary condition for being inside quotes; most texts fail it cheaply)."""
    opens = rare & t.quote_open_marks  # each of them occurs in text
    closes = rare & t.quote_close_marks
    if not opens or not closes:
        return False
    first, last = min(map(text.find, opens)), max(map(text.rfind, closes))
    for p in out:  # noqa: SIM110 (a plain loop: cheaper than any() over a generator)
        if first < p <= last:
            return True
    return False


def _paren_marker(text: str, t: Tables) -> bool:
    """Whether some ")" follows a digit or a lower-case letter ("2)", "б)", "1.)")."""
    i = text.find(")")
    while i > 0:
        c = text[i - 1]
        if c in DIGITS or c in t.lower or (c == "." and i > 1 and text[i - 2] in DIGITS):
            return True
        i = text.find(")", i + 1)
    return False


def _may_be_marker(text: str, cs: int, t: Tables) -> bool:
    """Whether the period at ``cs`` may end a list marker that matters: one at the start of
    the text, or the first of an enumeration ("1.", "a.", "а.")."""
    if cs > 1 and text[cs - 2].isalpha() and not text[cs - 1].isspace():
        return False  # the end of a word of two letters or more (the common case)
    c = text[cs - 1]
    if (c == "1" or ord(c) in t.first_letters) and (cs == 1 or not text[cs - 2].isalnum()):
        return True
    if cs > 8:
        return False
    head = text[:cs].strip()  # one number or one lower-case letter (a single token)
    return head.isdigit() or head in t.lower


def _token_start(text: str, end: int) -> int:
    """Start of the whitespace-free token that ends at ``end`` (bounded look-back)."""
    stop = end - _LOOKBACK if end > _LOOKBACK else 0
    i = text.rfind(" ", stop, end) + 1
    if i == 0:
        i = stop
    part = text[i:end]
    if part.isprintable():
        return i  # no other whitespace (newline, tab, NBSP ...) inside the token
    while end > i and not text[end - 1].isspace():
        end -= 1
    return end
