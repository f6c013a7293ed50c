"""What a hit carries: original offsets, the typographic flag, overlaps, per-term options,
do-not-translate terms, the generic fallback and building from a glossary file."""

from __future__ import annotations

import functools
import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.glossary.cases.termbase import CONCEPTS
from toolkit.glossary.matcher import TermMatcher
from toolkit.model import Concept, Term, TermStatus


@pytest.fixture(scope="module")
def matcher() -> TermMatcher:
    return TermMatcher(CONCEPTS)


def spans(matcher: TermMatcher, text: str, lang: str) -> list[tuple[str, str, bool]]:
    hits = matcher.find(text, lang)
    for hit in hits:
        assert text[hit.start:hit.end] == hit.text
    return [(h.text, h.concept_id, h.typographic) for h in hits]


# ---------------------------------------------------------------- offsets and typography


def test_offsets_refer_to_the_original_text_after_dropped_characters(
        matcher: TermMatcher) -> None:
    text = "Бұл\u200b жерде Сен\u00adатқа және Мемлекет\u00a0басшысына хат жолданды."
    hits = matcher.find(text, "kk")
    assert [(h.start, h.end) for h in hits] == [(text.index("Сен"), text.index("Сен") + 8),
                                               (text.index("Мем"), text.index(" хат"))]
    assert [h.text for h in hits] == ["Сен\u00adатқа", "Мемлекет\u00a0басшысына"]
    assert all(h.typographic for h in hits)


def test_plain_match_is_not_typographic(matcher: TermMatcher) -> None:
    hits = matcher.find("«Бір ел – бір мүдде» тобы", "kk")
    assert [(h.text, h.typographic) for h in hits] == [("«Бір ел – бір мүдде»", False)]


@pytest.mark.parametrize("text", [
    "«Бір ел - бір мүдде» тобы",  # hyphen for the en dash
    "«Бір ел — бір мүдде» тобы",  # em dash
    "“Бір ел – бір мүдде” тобы",  # other quotes
    "«Бір\u00a0ел – бір мүдде» тобы",  # no-break space
])
def test_typographic_variants_match_and_are_flagged(matcher: TermMatcher, text: str) -> None:
    hits = matcher.find(text, "kk")
    assert [(h.concept_id, h.typographic) for h in hits] == [("bir-el-group", True)]
    assert hits[0].text.startswith(text[0])


def test_yo_and_ye_are_the_same_letter_but_flagged(matcher: TermMatcher) -> None:
    assert spans(matcher, "Часы приёма.", "ru") == [("приёма", "reception", False)]
    assert spans(matcher, "Часы приема.", "ru") == [("приема", "reception", True)]


def test_kazakh_ending_after_hyphen_or_closing_quote_is_part_of_the_hit(
        matcher: TermMatcher) -> None:
    assert spans(matcher, "ҚХА-ның жұмысы", "kk") == [("ҚХА-ның", "apk-abbr", False)]
    assert spans(matcher, "«Бір ел – бір мүдде»-нің мүшесі", "kk") == [
        ("«Бір ел – бір мүдде»-нің", "bir-el-group", False)]
    # Not an ending: the next word of a hyphenated pair.
    assert spans(matcher, "ҚХА-Сенат", "kk") == [("ҚХА", "apk-abbr", False),
                                                 ("Сенат", "senate", False)]


def test_russian_quoted_name_after_an_inflected_noun(matcher: TermMatcher) -> None:
    assert spans(matcher, "группы «Бір ел – бір мүдде»", "ru") == [
        ("«Бір ел – бір мүдде»", "bir-el-group", False)]


# ---------------------------------------------------------------- overlaps and order


def test_longest_match_wins_and_hits_are_sorted(matcher: TermMatcher) -> None:
    text = "Қазақстан халқы Ассамблеясының Кеңесі мен Қазақстан"
    assert [h.concept_id for h in matcher.find(text, "kk")] == ["apk", "kazakhstan"]
    text = "Совет АНК и АНК"
    hits = matcher.find(text, "ru")
    assert [(h.start, h.concept_id) for h in hits] == [(0, "apk-council"), (12, "apk-abbr")]


def test_hits_never_overlap(matcher: TermMatcher) -> None:
    text = "Әділетті Қазақстан халқы Ассамблеясы"
    hits = matcher.find(text, "kk")
    for left, right in itertools.pairwise(hits):
        assert left.end <= right.start


def test_status_of_the_matched_term(matcher: TermMatcher) -> None:
    hits = matcher.find("Нұр-Сұлтанда және Астанада", "kk")
    assert [h.status for h in hits] == [TermStatus.SUPERSEDED, TermStatus.PREFERRED]
    assert [h.term.text for h in hits] == ["Нұр-Сұлтан", "Астана"]


def test_empty_and_termless_texts(matcher: TermMatcher) -> None:
    assert matcher.find("", "kk") == []
    assert matcher.find("   \n", "ru") == []
    assert matcher.find("!!! ---", "en") == []


# ---------------------------------------------------------------- per-term options


def one(text: str, lang: str, **options: object) -> TermMatcher:
    term = Term(text=text, lang=lang, **options)  # type: ignore[arg-type]
    return TermMatcher([Concept(id="x", terms=(term,))])


def found(matcher: TermMatcher, text: str, lang: str) -> list[str]:
    return [h.text for h in matcher.find(text, lang)]


def test_exact_only_does_not_inflect() -> None:
    m = one("Ата Заң", "kk", exact_only=True)
    assert found(m, "Ата Заң және Ата Заңы, Ата заңның", "kk") == ["Ата Заң"]
    m = one("Сенат", "ru", exact_only=True)
    assert found(m, "Сенат, Сената, сенат", "ru") == ["Сенат", "сенат"]


def test_case_sensitive_term() -> None:
    m = one("Bolashak", "en", case_sensitive=True)
    assert found(m, "Bolashak, bolashak, BOLASHAK, Bolashak's", "en") == [
        "Bolashak", "Bolashak's"]
    m = one("Нұр Отан", "kk", case_sensitive=True)
    assert found(m, "Нұр Отанның, нұр отанның", "kk") == ["Нұр Отанның"]


def test_all_capital_acronyms_keep_their_case_without_the_option() -> None:
    m = one("APK", "en")
    assert found(m, "APK, apk, Apk, APKs", "en") == ["APK", "APKs"]


def test_case_insensitive_by_default() -> None:
    m = one("Head of State", "en")
    assert found(m, "HEAD OF STATE, head of state", "en") == ["HEAD OF STATE", "head of state"]


def test_forms_extend_what_the_analyzer_derives() -> None:
    # A Kazakh form is an extra stem: it takes every suffix chain.
    m = one("Мәжіліс", "kk", forms=("Мажилис",))
    assert found(m, "Мәжіліске, Мажилиске, Мажилистің, Мажилисшы", "kk") == [
        "Мәжіліске", "Мажилиске", "Мажилистің"]
    assert found(one("Мәжіліс", "kk"), "Мажилиске", "kk") == []
    m = one("person", "en", forms=("people",))
    assert found(m, "persons and people", "en") == ["persons", "people"]
    m = one("Глава государства", "ru", forms=("Главы государств",))
    assert found(m, "Главы государств", "ru") == ["Главы государств"]


def test_do_not_translate_terms_are_found_unchanged_in_every_language() -> None:
    concept = Concept(id="kp", terms=(
        Term("Казахстанская правда", "ru", do_not_translate=True),
        Term("Kazakhstanskaya Pravda", "en")))
    m = TermMatcher([concept])
    assert found(m, "«Казахстанская правда» газетінде", "kk") == ["Казахстанская правда"]
    assert found(m, "«Казахстанской правды» газеті", "kk") == []  # changed: not found
    assert found(m, "in Kazakhstanskaya Pravda and «Казахстанская правда»", "en") == [
        "Kazakhstanskaya Pravda", "Казахстанская правда"]
    # In its own language it inflects as usual.
    assert found(m, "в «Казахстанской правде»", "ru") == ["Казахстанской правде"]


# ---------------------------------------------------------------- languages


def test_generic_fallback_is_exact_case_insensitive_and_word_bounded() -> None:
    m = TermMatcher([Concept(id="bt", terms=(Term("Bundestag", "de"),))])
    assert found(m, "Der Bundestag, der BUNDESTAG, des Bundestages, Bundestagswahl", "de") == [
        "Bundestag", "BUNDESTAG"]
    assert found(m, "Bundestag", "fr") == []  # only terms of the language asked for


def test_language_codes_are_normalised() -> None:
    m = TermMatcher(CONCEPTS)
    assert [h.concept_id for h in m.find("Сенатқа", "kk_KZ")] == ["senate"]
    assert [h.concept_id for h in m.find("Senatqa", "kk-latn")] == ["senate"]


def test_terms_of_other_languages_are_not_found(matcher: TermMatcher) -> None:
    assert matcher.find("Сенат", "en") == []
    assert matcher.find("Senate", "ru") == []


def test_matcher_is_reusable_and_deterministic(matcher: TermMatcher) -> None:
    text = "Мемлекет басшысы Сенатқа хат жолдады."
    first = matcher.find(text, "kk")
    assert matcher.find(text, "kk") == first
    assert [h.concept_id for h in first] == ["head-of-state", "senate"]


# ---------------------------------------------------------------- from a glossary file


def test_from_path_reads_a_csv_glossary(tmp_path: Path) -> None:
    path = tmp_path / "terms.csv"
    path.write_text(
        "concept_id,lang,term,status,exact_only\n"
        "senate,kk,Сенат,preferred,\n"
        "senate,ru,Сенат,preferred,\n"
        "old,ru,Ассамблея народов Казахстана,superseded,yes\n",
        encoding="utf-8")
    m = TermMatcher.from_path(path)
    assert [(h.text, h.concept_id) for h in m.find("Сенатқа", "kk")] == [("Сенатқа", "senate")]
    hits = m.find("Ассамблея народов Казахстана и Сената", "ru")
    assert [(h.concept_id, h.status) for h in hits] == [
        ("old", TermStatus.SUPERSEDED), ("senate", TermStatus.PREFERRED)]


def test_project_glossary_finds_the_article_terms(root: Path) -> None:
    # The project's own termbase (glossary/): a smoke test over the real data.
    m = TermMatcher.from_path(root / "glossary")
    kk = m.find("Қазақстан халқы Ассамблеясының сессиясы Мемлекет басшысының "
                "төрағалығымен өтті.", "kk")
    assert {"apk", "head-of-state"} <= {h.concept_id for h in kk}
    assert "Қазақстан халқы Ассамблеясының" in [h.text for h in kk]
    ru = m.find("Сессия Ассамблеи народа Казахстана прошла под председательством "
                "Главы государства.", "ru")
    assert {"apk", "head-of-state"} <= {h.concept_id for h in ru}
    assert "Главы государства" in [h.text for h in ru]


# ---------------------------------------------------------------- invariants on any text

_PIECES = ("Сенатқа", "ҚХА", "-ның", "Мемлекет", "басшысының", "«", "»", "–", "—", "-", ",",
           " ", "  ", "\u00a0", "\u00ad", "\u200b", "\n", "Ассамблеи", "народа", "Казахстана",
           "ё", "the", "Senate's", "’s", "x", "_", "'", '"', "İ", "ı")


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=25), st.sampled_from(["kk", "ru", "en"]))
def test_hits_are_sorted_disjoint_and_point_into_the_original_text(
        pieces: list[str], lang: str) -> None:
    matcher = _shared_matcher()
    text = "".join(pieces)
    hits = matcher.find(text, lang)
    for hit in hits:
        assert 0 <= hit.start < hit.end <= len(text)
        assert text[hit.start:hit.end] == hit.text
    for left, right in itertools.pairwise(hits):
        assert left.end <= right.start
    assert matcher.find(text, lang) == hits


@functools.cache
def _shared_matcher() -> TermMatcher:
    return TermMatcher(CONCEPTS)
