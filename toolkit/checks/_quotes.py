"""Quotation-mark pairing for the quotes check: which marks open, which close, how deep."""

from __future__ import annotations

from dataclasses import dataclass

QUOTE_CHARS = frozenset("«»„“”\"‘’‚‹›")


@dataclass(frozen=True)
class QuotePair:
    """One pair of quotation marks: offsets of the two marks, the marks, the nesting depth."""

    start: int
    end: int
    open: str
    close: str
    depth: int


def _letter(text: str, i: int) -> bool:
    return 0 <= i < len(text) and text[i].isalpha()


def pair_quotes(text: str) -> tuple[list[QuotePair], list[int]]:
    """Pair the quotation marks of ``text``; return the pairs and offsets of stray marks.

    “ closes a „ (ru/kk nesting) or a “ (the wrong “…“) and opens otherwise; " toggles;
    ’ between letters is an apostrophe, as is ' (never treated as a quote).
    """
    pairs: list[QuotePair] = []
    stray: list[int] = []
    stack: list[tuple[int, str]] = []

    def close(i: int, ch: str, openers: str) -> bool:
        if stack and stack[-1][1] in openers:
            start, opener = stack.pop()
            pairs.append(QuotePair(start, i, opener, ch, len(stack)))
            return True
        return False

    for i, ch in enumerate(text):
        if ch not in QUOTE_CHARS:
            continue
        if ch in "«‹„‚":
            stack.append((i, ch))
        elif ch == "»":
            if not close(i, ch, "«"):
                stray.append(i)
        elif ch == "›":
            if not close(i, ch, "‹"):
                stray.append(i)
        elif ch == "“":
            if not close(i, ch, "„“"):  # „…“ (ru/kk nesting) or the stray “…“
                stack.append((i, ch))
        elif ch == "”":
            if not close(i, ch, "“„"):
                stray.append(i)
        elif ch == '"':
            if not close(i, ch, '"'):
                stack.append((i, ch))
        elif ch == "‘":
            if not close(i, ch, "‚"):
                stack.append((i, ch))
        elif ch == "’":
            if _letter(text, i - 1) and _letter(text, i + 1):
                continue  # apostrophe: Kazakhstan’s, Д’Артаньян
            if not close(i, ch, "‘‚"):
                continue  # a trailing apostrophe (students’)
    stray.extend(i for i, _ in stack)
    pairs.sort(key=lambda p: p.start)
    return pairs, sorted(stray)
