"""The scanner's helper shortcuts against the rules written out plainly.

``test_split.py`` compares whole scans with the full scan, but both call the same helpers;
these tests pin each helper's early exits (list markers, spaced abbreviations, sentence
starters) to a straightforward version of its rule, position by position.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.segment import gold_en, gold_kk, gold_ru
from toolkit.segment import tables_for
from toolkit.segment.engine import Scanner, _may_be_marker, _token_start
from toolkit.segment.tables import Tables

LANGS = ["en", "ru", "kk", "und"]
ALPHABET = "aAбБәӘқҚтТеЕжЖ1 2.-«\n\u00a0"


def plain_may_be_marker(text: str, cs: int, t: Tables) -> bool:
    c = text[cs - 1]
    if (c == "1" or ord(c) in t.first_letters) and (cs == 1 or not text[cs - 2].isalnum()):
        return True
    if cs > 8:
        return False
    head = text[:cs].strip()
    return head.isdigit() or head in t.lower


def plain_kinds(t: Tables, text: str, raw_start: int, token: str) -> int:
    kinds = t.abbr.get(token, 0)
    if t.max_abbr_parts < 2 or not token or "." in token:
        return kinds
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


def plain_starter(t: Tables, text: str, j: int) -> bool:
    m = t.word.match(text, j)
    if m is None:
        return False
    if m.group() in t.starters:
        return text[m.end():m.end() + 1] != "."
    h = t.hyphen_word.match(text, j)
    return h is not None and h.group() in t.starters and text[h.end():h.end() + 1] != "."


def assert_helpers_agree(text: str, lang: str) -> None:
    t = tables_for(lang)
    scanner = Scanner(t)
    for cs, ch in enumerate(text):
        if ch == "." and cs > 0:
            assert _may_be_marker(text, cs, t) == plain_may_be_marker(text, cs, t), (text, cs)
            raw_start = _token_start(text, cs)
            token = text[raw_start:cs].lstrip(t.openers_chars)
            assert scanner._kinds(text, raw_start, token) == plain_kinds(
                t, text, raw_start, token), (text, cs)
        assert scanner._starter(text, cs) == plain_starter(t, text, cs), (text, cs)


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_helpers_agree_on_gold(lang: str) -> None:
    gold = {"en": gold_en.GOLD, "ru": gold_ru.GOLD, "kk": gold_kk.GOLD}[lang]
    for text, _ in gold:
        assert_helpers_agree(text, lang)


@pytest.mark.parametrize(("text", "cs", "expected"), [
    ("а . Бір", 2, True),  # a lone letter, a space, then the period: still a marker
    ("1. Бір", 1, True),
    ("12. Бір", 2, True),
    ("Ол келді. Бүгін", 8, False),
    ("ab1. x", 3, False),
])
def test_list_marker_cases(text: str, cs: int, expected: bool) -> None:
    assert _may_be_marker(text, cs, tables_for("kk")) is expected


def test_spaced_abbreviation_is_still_found() -> None:
    t = tables_for("kk")
    text = "Мысалы: медпункт т. б. Бұлар"
    cs = text.index("б.") + 1
    raw_start = _token_start(text, cs)
    assert Scanner(t)._kinds(text, raw_start, "б") != 0


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=ALPHABET, max_size=40), st.sampled_from(LANGS))
def test_helpers_agree(text: str, lang: str) -> None:
    assert_helpers_agree(text, lang)
