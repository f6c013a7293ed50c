"""The fast line cutter (``_wrap_fast``) against the general UAX #14 algorithm.

The general algorithm is itself checked against libunistring (``test_linebreak.py``) and the
writer against ``msgcat`` (``test_msgcat_identity.py``); here random strings from the fast
path's alphabet, with the punctuation that does or does not break (hyphens, slashes, quotes,
brackets, guillemets, dashes, NBSP, escapes), must be cut at exactly the same places.
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.formats import _wrap_fast
from toolkit.formats._linebreak import possible_breaks
from toolkit.formats._po_write import _ESCAPE_TABLE, _general_planner, wrap_string

WORDS = ["Қазақстан", "халқы", "бір", "ел", "Kassym", "Jomart", "the", "a", "2025", "30",
         "ассамблея", "ёлка", "Ғ", "x"]
MARKS = list(".,;:!?-–—…«»“”„‘’\"'()[]{}/\\%$#&*+=<>@_~^`|№₸€\u00a0\u2011\u2010\t´‼")
# Mostly words and single spaces (the pure "after spaces" case), sometimes any mark.
TOKENS = WORDS * 3 + [" "] * 20 + ["  "] + MARKS


def _escaped(chunk: str) -> str:
    return chunk.translate(_ESCAPE_TABLE)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), max_size=40).map("".join), st.booleans(),
       st.integers(4, 80), st.integers(0, 90))
def test_fast_cuts_equal_general_cuts(text: str, final_newline: bool, width: int,
                                      startcol: int) -> None:
    chunk = text + "\n" if final_newline else text
    escaped = _escaped(chunk)
    plan = _wrap_fast.planner(escaped, width, final_newline)
    assert plan is not None  # every character of the alphabet is simple
    assert plan(startcol) == _general_planner(chunk, escaped, width)(startcol)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(TOKENS), min_size=1, max_size=40).map("".join))
def test_opportunities_are_space_ends_plus_direct_breaks(raw: str) -> None:
    """The premise of the rfind cutter: unless a space sits where the table forbids a break
    after spaces, the opportunities are the ends of space runs plus the direct breaks."""
    text = _escaped(raw)
    if text.startswith(" ") or _wrap_fast._BLOCKED.search(text):
        return
    after_spaces = {i for i in range(1, len(text)) if text[i - 1] == " " and text[i] != " "}
    expected = sorted(after_spaces | set(_wrap_fast.direct_breaks(text)))
    assert [i for i, b in enumerate(possible_breaks(text)) if b] == expected


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from([*TOKENS, "\n", "中", "😀", "e\u0301"]), max_size=60)
       .map("".join), st.sampled_from(["", "#~ ", "#| "]),
       st.sampled_from(["msgid", "msgstr[1]", "msgid_plural"]), st.sampled_from([79, 30, 12]))
def test_wrap_string_same_without_fast_path(monkeypatch: pytest.MonkeyPatch, text: str,
                                             prefix: str, name: str, page_width: int) -> None:
    """Whole entries (``msgid ""`` first line, inner newlines, other scripts) come out the
    same when every portion goes through the general algorithm."""
    fast = wrap_string(prefix, name, text, page_width=page_width)
    with monkeypatch.context() as patch:
        patch.setattr(_wrap_fast, "planner", lambda *args: None)
        assert wrap_string(prefix, name, text, page_width=page_width) == fast


def test_direct_and_blocked_examples() -> None:
    direct = _wrap_fast.direct_breaks
    assert direct("Kassym-Jomart") == [7]  # after a hyphen
    assert direct("and/or") == [4]
    assert direct("word—word") == [4, 5]  # before and after an em dash
    assert direct("a-b-c") == [2, 4]
    assert direct("a-1") == []  # a hyphen before a digit is a minus sign
    assert direct("«quoted» text, more. 50% of 3,5 (a) b\\") == []
    assert direct("Бір ел – бір мүдде a\u00a0b") == []  # en dash between spaces, NBSP
    blocked = _wrap_fast._BLOCKED.search
    for text in ("x !", "a ,", "( a", "« („a", "1 )", "— —", "a /b"):
        assert blocked(text), text
    for text in ("Бір ел – бір мүдде", "«quoted» text, more.", "(a) b", 'say \\"x\\" now'):
        assert blocked(text) is None, text


def test_rfind_cutter_examples() -> None:
    fill = _wrap_fast.fill_after_spaces
    assert fill("aaaa bbbb cccc", 9, 0, -1) == [5]
    assert fill("aaaa bbbb cccc", 10, 0, -1) == [10]
    assert fill("aaaa   bbbb", 5, 0, -1) == [7]  # a break never splits a space run
    assert fill("aaaaaaaa bb cc", 3, 0, -1) == [9, 12]  # too long: the first opportunity
    assert fill("aaaa bbbb", 6, 0, 5) == []  # the only opportunity is forbidden
    assert fill("aa bb", 4, 9, -1) == [3]  # a first line already past the margin


def test_wrapped_long_sentence() -> None:
    text = ("As the Head of State emphasized, over the years the Assembly has become a true "
            "symbol of peace, harmony and unity, a solid foundation for the Kazakhstani model "
            "of interethnic harmony.")
    assert wrap_string("", "msgid", text) == (
        'msgid ""\n'
        '"As the Head of State emphasized, over the years the Assembly has become a "\n'
        '"true symbol of peace, harmony and unity, a solid foundation for the "\n'
        '"Kazakhstani model of interethnic harmony."\n')
