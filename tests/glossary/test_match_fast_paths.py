"""The matcher's shortcuts give what the plain way gives.

:func:`reference_find` is the matcher without its caches and shortcuts: every token's keys
looked up in the index, every candidate checked where it stands, overlaps resolved by one
greedy pass over all candidates, every hit built the general way.  ``TermMatcher.find``
must give the same hits, cold and warm, on the case files and on texts made of their words.
"""

from __future__ import annotations

import dataclasses
import functools
import pickle
from collections.abc import Callable
from types import ModuleType

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.glossary.cases import en, kk, kk_latn, ru
from tests.glossary.cases.termbase import CONCEPTS
from toolkit.glossary.hits import case_ok, extend, make_hit
from toolkit.glossary.matcher import TermMatcher
from toolkit.glossary.morph import TOKEN_RE
from toolkit.glossary.morph.ru import RussianAnalyzer, paradigm
from toolkit.glossary.normalize import fold, has_typography, quotes, signature
from toolkit.glossary.overlaps import GAP, token_starts
from toolkit.model import Concept, Term, TermHit

SUITES: dict[str, ModuleType] = {"kk": kk, "ru": ru, "en": en, "kk-Latn": kk_latn}


def reference_find(matcher: TermMatcher, text: str, lang: str) -> list[TermHit]:
    """The hits of ``text`` the slow, plain way (same index, same rules)."""
    index = matcher.index(lang)
    analyzer = index.analyzer
    folded = fold(text)
    low = index.casefold(folded.text)
    found = list(TOKEN_RE.finditer(low))
    tokens = [m.group() for m in found]
    starts = [m.start() for m in found]
    raw = []
    for i, token in enumerate(tokens):
        for key in analyzer.keys(token):
            raw += [(i, 1, entry) for entry in index.singles.get(key, ())]
            if i + 1 < len(tokens):
                by_second = index.pairs.get(key, {})
                for second in analyzer.keys(tokens[i + 1]):
                    raw += [(i, entry.size, entry) for entry in by_second.get(second, ())]
    raw = [hit for hit in raw if hit[0] + hit[1] <= len(tokens)
           and hit[2].compiled.match(tokens, hit[0])
           and case_ok(hit, index.casefold, folded.text, tokens, starts)]

    def priority(hit: tuple[int, int, object]) -> tuple[int, int, int, int]:
        start, size, entry = hit
        last = start + size - 1
        return (-size, starts[start] - starts[last] - len(tokens[last]), start,
                entry.rank)  # type: ignore[attr-defined]

    taken: set[int] = set()
    chosen = []
    for hit in sorted(raw, key=priority):
        span = range(hit[0], hit[0] + hit[1])
        if taken.isdisjoint(span):
            taken.update(span)
            chosen.append(hit)
    chosen.sort(key=lambda hit: hit[0])
    typography = folded.changed or has_typography(text)
    suffixes = analyzer.attached_suffixes
    hits = []
    for start, size, entry in chosen:
        last = start + size - 1
        fs, fe = starts[start], starts[last] + len(tokens[last])
        os_, oe = folded.original_span(fs, fe)
        typographic = False
        if typography or entry.signature:
            typographic = signature(text[os_:oe]) != entry.signature
        if entry.quoted_any or (suffixes and low[fe:fe + 1] in ('"', "-")):
            fs, fe = extend(entry, low, fs, fe, suffixes)
            os_, oe = folded.original_span(fs, fe)
        if typography and entry.quotes and not typographic:
            found_quotes = quotes(text[os_:oe])
            typographic = bool(found_quotes) and found_quotes != entry.quotes
        hits.append(TermHit(os_, oe, text[os_:oe], entry.concept_id, entry.term, typographic))
    return hits


@pytest.mark.parametrize("lang", sorted(SUITES))
def test_the_case_files_give_the_reference_hits(lang: str) -> None:
    matcher = TermMatcher(CONCEPTS)
    sentences = [sentence for sentence, _ in SUITES[lang].CASES]
    for _ in ("cold", "warm"):
        for sentence in sentences:
            assert matcher.find(sentence, lang) == reference_find(matcher, sentence, lang)


def test_bounded_caches_clear_and_still_give_the_reference_hits() -> None:
    matcher = TermMatcher(CONCEPTS)
    index = matcher.index("ru")
    index._MEMO_LIMIT = 5  # cleared while a text is being looked up, too
    for sentence, _ in ru.CASES:
        assert matcher.find(sentence, "ru") == reference_find(matcher, sentence, "ru")
        assert len(index.chunks) <= 6 and len(index.bigrams) <= 6
        assert len(index.key_memo) <= 6 and index.idle <= index.chunks.keys()


@pytest.mark.parametrize(("text", "lang"), [
    ("совет анк, Совет анк, Совет АНК", "ru"),  # a case-checked two-word term
    ("АНК и анк, анк и АНК", "ru"),  # a case-checked one-word term and a plain one
    ("Совет народа Казахстана и совет народа, народ", "ru"),  # terms inside longer ones
    ("apk, APK; People's Assembly of Kazakhstan", "en"),
])
def test_case_checks_and_overlaps_give_the_reference_hits(text: str, lang: str) -> None:
    matcher = _shared_matcher()
    assert matcher.find(text, lang) == reference_find(matcher, text, lang)


def test_case_checked_longer_terms_alone_give_the_reference_hits() -> None:
    # No one-word term here: only the token pairs tell that a case check is due.
    matcher = TermMatcher([Concept(id="no", terms=(
        Term("Нур Отан", "ru", case_sensitive=True),
        Term("партия Нур Отан", "ru", case_sensitive=True)))])
    text = "нур отан, Нур Отан, партия нур отан, партия Нур Отан"
    assert [hit.text for hit in matcher.find(text, "ru")] == ["Нур Отан", "партия Нур Отан"]
    assert matcher.find(text, "ru") == reference_find(matcher, text, "ru")


def test_quotes_inside_a_term_give_the_reference_hits() -> None:
    # Quotes inside the term, not around it: other quotes make the hit typographic.
    matcher = TermMatcher([Concept(id="q", terms=(Term("партия «Нур Отан» Казахстана", "ru"),))])
    for text in ('партия "Нур Отан" Казахстана — всё', "партия «Нур Отан» Казахстана — всё",
                 'партия "Нур Отан" Казахстана'):
        hits = matcher.find(text, "ru")
        assert [hit.typographic for hit in hits] == [not text.startswith("партия «")]
        assert hits == reference_find(matcher, text, "ru")


@functools.cache
def _shared_matcher() -> TermMatcher:
    # The case termbase plus overlapping terms: a two-word term inside a three-word one,
    # and two one-word terms on the same word (the lower rank wins).
    extra = (Concept(id="x-council", terms=(Term("Совет народа", "ru"),)),
             Concept(id="x-council-kz", terms=(Term("Совет народа Казахстана", "ru"),)),
             Concept(id="x-people", terms=(Term("Народ", "ru"),)),
             Concept(id="x-ANK", terms=(Term("анк", "ru"),)))
    return TermMatcher((*CONCEPTS, *extra))


@functools.cache
def _words(lang: str) -> tuple[str, ...]:
    return tuple(sorted({word for sentence, _ in SUITES[lang].CASES
                         for word in sentence.split()}))


_GLUE = (" ", " ", " ", "  ", ", ", " «", "» ", '"', "-", " – ", "\u00a0", "\u00ad", "_", "'")


@st.composite
def _texts(draw: st.DrawFn) -> tuple[str, str]:
    lang = draw(st.sampled_from(sorted(SUITES)))
    words = draw(st.lists(st.sampled_from(_words(lang)), max_size=12))
    text = ""
    for word in words:
        shapes: tuple[Callable[[str], str], ...] = (str, str, str, str.lower, str.upper,
                                                    str.capitalize)
        shape = draw(st.sampled_from(shapes))
        text += shape(word) + draw(st.sampled_from(_GLUE))
    return text, lang


@settings(max_examples=300, deadline=None)
@given(_texts())
def test_texts_of_case_words_give_the_reference_hits(text_lang: tuple[str, str]) -> None:
    text, lang = text_lang
    matcher = _shared_matcher()
    assert matcher.find(text, lang) == reference_find(matcher, text, lang)
    assert matcher.find(text, lang) == reference_find(matcher, text, lang)


def test_a_hit_made_through_the_slots_is_a_termhit() -> None:
    term = Term("Сенат", "kk")
    made = make_hit(3, 8, "Сенат", "senate", term, True)
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
    # its tokens alone and the chunks are one space apart; otherwise a gap (GAP) or the
    # wider spacing makes the sum fall short and str.find goes from token to token.
    low = space.join(inside.join(chunk) for chunk in chunks)
    tokens = [token for chunk in chunks for token in chunk]
    widths: list[int] = []
    for chunk in chunks:
        if inside and len(chunk) > 1:
            widths += [GAP] * len(chunk)
        else:
            widths += [len(token) for token in chunk[:-1]] + [len(chunk[-1]) + 1]
    expected: list[int] = []
    position = 0
    for token in tokens:
        position = low.find(token, position)
        expected.append(position)
        position += len(token)
    assert token_starts(low, tokens, widths)[:len(tokens)] == expected


_RU_TERMS = ("национальный курултай", "межпалатная депутатская группа",
             "ассамблея народа казахстана", "государственная политика", "рабочие профессии",
             "справедливый казахстан", "народная дипломатия")


def _ru_reference_match(words: tuple[str, ...], tokens: list[str]) -> bool:
    """Russian agreement with sets of (case, number, gender) readings."""
    head, attributes = RussianAnalyzer().plan(words)
    common: frozenset[tuple[str, str, str]] | None = None
    for k, (word, token) in enumerate(zip(words, tokens, strict=True)):
        if k != head and k not in attributes:
            if token != word:
                return False
            continue
        readings = paradigm(word, k == head).get(token)
        if readings is None:
            return False
        if attributes and readings:
            common = readings if common is None else common & readings
            if not common:
                return False
    return True


@functools.cache
def _ru_forms(word: str) -> tuple[str, ...]:
    return tuple(sorted({word, *paradigm(word, True), *paradigm(word, False)}))


@settings(max_examples=300, deadline=None)
@given(st.data())
def test_russian_agreement_by_bitmasks_equals_set_intersection(data: st.DataObject) -> None:
    words = tuple(data.draw(st.sampled_from(_RU_TERMS)).split())
    tokens = [data.draw(st.sampled_from(_ru_forms(word))) for word in words]
    compiled = RussianAnalyzer().compile(words, exact=False)
    assert compiled.match(tokens, 0) == _ru_reference_match(words, tokens)


def test_russian_agreement_by_bitmasks_accepts_and_rejects() -> None:
    compiled = RussianAnalyzer().compile(("национальный", "курултай"), exact=False)
    assert compiled.match(["национальным", "курултаем"], 0)
    assert compiled.match(["национальных", "курултаев"], 0)
    assert not compiled.match(["национальная", "курултая"], 0)
    assert not compiled.match(["национальным", "курултая"], 0)
