"""The matcher's shortcuts give what the plain way gives: hits built through the slot
descriptors, offsets by running sums."""

from __future__ import annotations

import dataclasses
import pickle

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.glossary.matcher import _GAP, _make_hit, _starts
from toolkit.model import Term, TermHit


def test_a_hit_made_through_the_slots_is_a_termhit() -> None:
    term = Term("Сенат", "kk")
    made = _make_hit(3, 8, "Сенат", "senate", term, True)
    plain = TermHit(3, 8, "Сенат", "senate", term, True)
    assert type(made) is TermHit
    assert made == plain and hash(made) == hash(plain) and repr(made) == repr(plain)
    assert pickle.loads(pickle.dumps(made)) == plain
    assert dataclasses.replace(made, typographic=False) == dataclasses.replace(
        plain, typographic=False)


_WORDS = st.text(alphabet="аб1", min_size=1, max_size=4)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.lists(_WORDS, min_size=1, max_size=3), max_size=6),
       st.sampled_from(["", '"', "_"]), st.sampled_from([" ", "  "]))
def test_offsets_by_running_sums_equal_the_searched_ones(
        chunks: list[list[str]], inside: str, space: str) -> None:
    # Chunks of tokens, ``space`` apart: running sums of the widths when every chunk is
    # its tokens alone and the chunks are one space apart; otherwise a gap (_GAP) or the
    # wider spacing makes the sum fall short and str.find goes from token to token.
    low = space.join(inside.join(chunk) for chunk in chunks)
    tokens = [token for chunk in chunks for token in chunk]
    widths: list[int] = []
    for chunk in chunks:
        if inside and len(chunk) > 1:
            widths += [_GAP] * len(chunk)
        else:
            widths += [len(token) for token in chunk[:-1]] + [len(chunk[-1]) + 1]
    expected: list[int] = []
    position = 0
    for token in tokens:
        position = low.find(token, position)
        expected.append(position)
        position += len(token)
    assert _starts(low, tokens, widths)[:len(tokens)] == expected
