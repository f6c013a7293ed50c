"""Kazakh morphology: the suffix-chain set, stem variants, and generated forms checked
against qazaq-inflector (an independent implementation, used as a test oracle)."""

from __future__ import annotations

import pytest
from qazaq_inflector import QazaqNameInflector

from toolkit.glossary.matcher import TermMatcher
from toolkit.glossary.morph.kk import CHAINS, CHAINS_LATIN, MAX_CHAIN, stem_variants, to_latin
from toolkit.model import Concept, Term

NOUNS = ("кітап", "Парламент", "Сенат", "мәслихат", "Астана", "заң", "депутат", "құрылтай",
         "келісім", "дипломатия", "Ассамблея", "ел", "Қазақстан", "басшы", "мүдде", "топ",
         "тұжырымдама", "сектор", "база", "өңір", "сессия", "этнос", "қоғам", "саясат",
         "жүрек", "тарих", "мектеп", "бала", "ауыл", "тіл", "құқық", "мемлекет", "институт",
         "Кеңес", "жоба", "қала", "Мәжіліс", "президент", "әкім", "газет")
DERIVATIONS = ("лық", "лік", "дық", "дік", "тық", "тік", "шы", "ші", "гер", "сыз", "сіз",
               "шыл", "шіл", "ша", "ше", "дай", "дей", "паз", "қой", "хана", "ист", "ізм")


def oracle_forms(word: str) -> set[str]:
    """Case forms, plural and 3rd-person possessive forms from qazaq-inflector."""
    q = QazaqNameInflector()
    forms = {q.inflect(word, case) for case in q.CASES}
    forms |= {q.possessive(word, "3", case) for case in q.CASES}
    plural = q.pluralize(word)
    forms |= {q.inflect(plural, case) for case in q.CASES}
    return {f for f in forms if f}


def matcher_for(words: tuple[str, ...], lang: str = "kk") -> TermMatcher:
    return TermMatcher([Concept(id=w.lower(), terms=(Term(w, lang),)) for w in words])


def test_chain_set_holds_every_slot_and_nothing_derivational() -> None:
    for chain in ("", "лар", "ның", "ға", "сы", "сының", "сына", "сын", "сында", "сынан",
                  "сымен", "сындағы", "ларымыздың", "терімізді", "дағы", "пенен", "ма", "ңа",
                  "ларына", "лерінің", "ымызға"):
        assert chain in CHAINS, chain
    for suffix in (*DERIVATIONS, "на", "н", "ндағы", "лау", "ла"):
        assert suffix not in CHAINS, suffix
    assert 2_000 < len(CHAINS) < 10_000
    assert max(len(c) for c in CHAINS) == MAX_CHAIN
    assert {"nyñ", "ğa", "qa", "sy", "synyñ", "larymyzdyñ"} <= CHAINS_LATIN


def test_stem_variants() -> None:
    assert stem_variants("кітап") == {"кітап": frozenset({""}), "кітаб": frozenset({"V"})}
    assert "ассамблея" in stem_variants("ассамблеясы")
    assert "басшы" in stem_variants("басшысы")
    halqy = stem_variants("халқы")
    assert halqy["халқ"] == frozenset({"V"}) and halqy["халық"] == frozenset({""})
    assert stem_variants("халық")["халқ"] == frozenset({"V"})
    assert stem_variants("журналист")["журналис"] == frozenset({"т"})
    assert stem_variants("автомобиль")["автомобил"] == frozenset({"V"})
    assert set(stem_variants("парламент")) == {"парламент"}
    assert stem_variants("kitap", latin=True)["kitab"] == frozenset({"V"})
    assert to_latin("ассамблеясының") == "assambleiasynyñ"


@pytest.mark.parametrize("word", NOUNS)
def test_every_oracle_form_is_found(word: str) -> None:
    matcher = matcher_for((word,))
    for form in sorted(oracle_forms(word)):
        hits = matcher.find(f"Бұл {form} туралы.", "kk")
        assert [h.text for h in hits] == [form], form


@pytest.mark.parametrize("word", NOUNS)
def test_oracle_forms_in_latin_are_found(word: str) -> None:
    matcher = matcher_for((to_latin(word.lower()),), "kk-Latn")
    for form in sorted(oracle_forms(word)):
        latin = to_latin(form.lower())
        assert [h.text for h in matcher.find(f"Bul {latin} turaly.", "kk-Latn")] == [latin]


@pytest.mark.parametrize("word", NOUNS)
def test_derivations_are_other_words(word: str) -> None:
    matcher = matcher_for((word,))
    for suffix in DERIVATIONS:
        derived = word + suffix
        assert matcher.find(f"Бұл {derived} туралы.", "kk") == [], derived


@pytest.mark.parametrize(("term", "forms"), [
    ("Мемлекет басшысы", ("басшысының", "басшысына", "басшысын", "басшысында", "басшысынан",
                          "басшысымен", "басшылары", "басшыларының", "басшысындағы")),
    ("Қазақстан халқы Ассамблеясы", ("Ассамблеясының", "Ассамблеясына", "Ассамблеясын",
                                     "Ассамблеясында", "Ассамблеясынан", "Ассамблеясымен")),
    ("ел Президенті", ("Президентінің", "Президентіне", "Президентін", "Президентімен")),
    ("жұмысшы мамандықтары", ("мамандықтарын", "мамандықтарының", "мамандықтарына")),
    ("ҚХА Кеңесі", ("Кеңесінің", "Кеңесіне", "Кеңесінде", "Кеңесімен")),
])
def test_izafet_citation_forms_inflect_the_last_word(term: str, forms: tuple[str, ...]) -> None:
    matcher = matcher_for((term,))
    head = " ".join(term.split()[:-1])
    for form in forms:
        text = f"{head} {form} туралы"
        assert [h.text for h in matcher.find(text, "kk")] == [f"{head} {form}"], form
    # The leading words must not inflect.
    first, *rest = term.split()
    assert matcher.find(f"{first}тің {' '.join(rest)}", "kk") == []


@pytest.mark.parametrize(("word", "forms"), [
    ("халық", ("халқы", "халқының", "халқына", "халқын", "халқымыз", "халықтың", "халыққа")),
    ("орын", ("орны", "орнына", "орнында", "орындар")),
    ("ауыз", ("аузы", "аузына", "ауызға")),
    ("мұрын", ("мұрны", "мұрнының")),
    ("ерін", ("ерні", "ерніне")),
    ("қарын", ("қарны", "қарнын")),
    ("ғұрып", ("ғұрпы", "ғұрпын")),
    ("мойын", ("мойны", "мойнына")),
    ("кітап", ("кітабы", "кітабым", "кітабымыз", "кітапты")),
    ("жүрек", ("жүрегі", "жүрегінің", "жүректе")),
    ("құқық", ("құқығы", "құқықтары", "құқығын")),
    ("класс", ("класы", "класстың")),
    ("съезд", ("съездер", "съезде", "съезден")),
])
def test_elision_and_voicing(word: str, forms: tuple[str, ...]) -> None:
    matcher = matcher_for((word,))
    for form in forms:
        assert [h.text for h in matcher.find(form, "kk")] == [form], form


def test_voiced_or_elided_stem_needs_a_vowel_after_it() -> None:
    matcher = matcher_for(("кітап", "халық"))
    assert matcher.find("кітаб кітабта халқ халқта", "kk") == []
