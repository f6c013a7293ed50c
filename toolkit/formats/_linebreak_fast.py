"""Fast break opportunities for ordinary text (see :mod:`toolkit.formats._linebreak`).

Texts made only of "simple" characters (Latin and Cyrillic letters, digits, spaces, common
punctuation) need nothing but the UAX #14 pair table.  Each character is mapped to a one-letter
code for its class and the break opportunities are found by a few regular expressions (direct
breaks between neighbours, indirect breaks after spaces), which is several times faster than
the general character loop.  :func:`break_opportunities` picks the fast or the general path.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit.formats._linebreak import (
    AL1,
    B2,
    BA,
    BB,
    CL,
    CP1,
    EX,
    GL,
    HY,
    IN,
    IS,
    MANDATORY,
    NARROW,
    NS,
    NU,
    OP1,
    PO,
    PR,
    QU,
    SY,
    TABLE,
    char_width,
    classify,
    possible_breaks,
)

_SIMPLE_CLASSES = (AL1, NU, IS, EX, QU, OP1, CP1, CL, HY, BA, B2, IN, SY, PO, PR, GL, BB, NS)


def _code(cls: int) -> str:
    """The one-letter code of a simple class (``A``, ``B`` ...)."""
    return chr(0x41 + _SIMPLE_CLASSES.index(cls))


@dataclass(frozen=True)
class _Fast:
    trans: dict[int, int]  # simple character -> its class code (an ASCII capital)
    simple: re.Pattern[str]  # the translated text holds only codes and spaces
    direct_after: re.Pattern[str]  # candidates for a direct break (checked against ...
    direct_before: re.Pattern[str]  # ... the table)
    spaces: re.Pattern[str]  # ends of space runs where a break is allowed ...
    unless: re.Pattern[str]  # ... except these (after OP, and three rare pairs)
    unless_codes: str  # classes that can start an exception


def _build_fast() -> _Fast:
    trans: dict[int, int] = {}
    for cp in (*range(0x21, 0x7F), *range(0xA0, 0x250), *range(0x400, 0x530),
               *range(0x2010, 0x2060), *range(0x20A0, 0x20C1), 0x2116):
        cls, ea = classify(chr(cp))
        if cls in _SIMPLE_CLASSES and not ea and char_width(chr(cp)) == 1:
            trans[cp] = ord(_code(cls))
    # Every ASCII letter is simple, so no untranslated character can pass for a code.
    assert all(ord(c) in trans for c in "ABCDEFGHIJKLMNOPQRSTUVWXYZ")

    def codes(*wanted: int) -> str:
        return "".join(_code(c) for c in wanted)

    common = (AL1, NU)
    lefts = [c for c in _SIMPLE_CLASSES if c not in common]
    rights = [r for r in _SIMPLE_CLASSES if any(TABLE[c][r] == "D" for c in common)]
    direct_after = f"[{codes(*lefts)}](?=[^ ])"
    direct_before = f"[{codes(*common)}](?=[{codes(*rights)}])"
    # After spaces a break is allowed except before IS EX CP CL SY and after OP (table
    # rows/columns of P), plus three rare pairs; ``unless`` finds those exceptions.
    spaces = f" +(?=[^ {codes(IS, EX, CP1, CL, SY)}])"
    unless = (f"{_code(OP1)} +|{_code(QU)} +(?={_code(OP1)})|{_code(CL)} +(?={_code(NS)})"
              f"|{_code(B2)} +(?={_code(B2)})")
    for left in _SIMPLE_CLASSES:  # the decomposition above must agree with the table
        for right in _SIMPLE_CLASSES:
            allowed = TABLE[left][right] != "P"
            expected = (left != OP1 and right not in (IS, EX, CP1, CL, SY)
                        and (left, right) not in ((QU, OP1), (CL, NS), (B2, B2)))
            assert allowed == expected, (left, right)
    last = _code(_SIMPLE_CLASSES[-1])
    return _Fast(trans, re.compile(f"[ A-{last}]*"), re.compile(direct_after),
                 re.compile(direct_before), re.compile(spaces), re.compile(unless),
                 codes(OP1, QU, CL, B2))


_FAST = _build_fast()
_DIRECT_PAIRS = frozenset(_code(left) + _code(right) for left in _SIMPLE_CLASSES
                          for right in _SIMPLE_CLASSES if TABLE[left][right] == "D")


def fast_breaks(text: str) -> list[int] | None:
    """Sorted break positions for a text of simple characters, or None (use the slow path)."""
    fast = _FAST
    codes = text.translate(fast.trans)
    if not fast.simple.fullmatch(codes):
        return None
    pairs = _DIRECT_PAIRS
    positions = [m.end() for m in fast.direct_after.finditer(codes)
                 if codes[m.start():m.end() + 1] in pairs]
    positions.extend(m.end() for m in fast.direct_before.finditer(codes)
                     if codes[m.start():m.end() + 1] in pairs)
    after_spaces = [m.end() for m in fast.spaces.finditer(codes)]
    if after_spaces:
        if codes[0] == " ":  # spaces at the very start: nothing before them to break after
            after_spaces = [p for p in after_spaces if codes[:p].strip()]
        if any(c in codes for c in fast.unless_codes):
            exceptions = {m.end() for m in fast.unless.finditer(codes)}
            after_spaces = [p for p in after_spaces if p not in exceptions]
        positions.extend(after_spaces)
    positions.sort()
    return positions


def break_opportunities(text: str, overrides: list[bool | None] | None = None,
                        ) -> tuple[list[int], list[int] | None] | None:
    """(sorted break positions, column prefix sums or None if all one column wide); None when
    the text has mandatory breaks (use :func:`width_breaks`)."""
    if not MANDATORY.isdisjoint(text):
        return None
    positions = fast_breaks(text)
    prefix: list[int] | None = None
    if positions is None:
        positions = [k for k, b in enumerate(possible_breaks(text)) if b]
        if not NARROW.fullmatch(text):
            prefix = [0]
            total = 0
            for ch in text:
                total += char_width(ch)
                prefix.append(total)
    if overrides is not None:
        positions = [i for i in positions if overrides[i] is not False]
    return positions, prefix
