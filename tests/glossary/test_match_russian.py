"""Russian: which words of a term inflect, agreement, and every case and number of the
article's multiword terms (generated with pymorphy3's own inflection)."""

from __future__ import annotations

import pytest

from toolkit.glossary.matcher import TermMatcher
from toolkit.glossary.morph.ru import RussianAnalyzer, morph
from toolkit.model import Concept, Term

CASES = ("nomn", "gent", "datv", "accs", "ablt", "loct")


def inflect(word: str, case: str, number: str, gender: str | None = None) -> str:
    parse = morph().parse(word)[0]
    grammemes = {case, number} | ({gender} if gender and number == "sing" else set())
    form = parse.inflect(grammemes)
    assert form is not None, (word, grammemes)
    return str(form.word)


@pytest.mark.parametrize(("term", "plan"), [
    ("ассамблея народа казахстана", (0, ())),
    ("глава государства", (0, ())),
    ("национальный курултай", (1, (0,))),
    ("справедливый казахстан", (1, (0,))),
    ("межпалатная депутатская группа", (2, (0, 1))),
    ("рабочие профессии", (1, (0,))),
    ("нур - султан", (2, ())),
    ("съезд лидеров мировых и традиционных религий", (0, ())),
    ("бір ел - бір мүдде", (None, ())),
    ("закон", (0, ())),
])
def test_plan_finds_the_head_and_its_attributes(term: str,
                                                plan: tuple[int | None, tuple[int, ...]]) -> None:
    assert RussianAnalyzer().plan(tuple(term.split())) == plan


@pytest.mark.parametrize(("adjective", "noun", "gender"), [
    ("Национальный", "курултай", "masc"),
    ("Справедливый", "Казахстан", "masc"),
    ("межнациональное", "согласие", "neut"),
    ("народная", "дипломатия", "femn"),
    ("государственная", "политика", "femn"),
])
@pytest.mark.parametrize("number", ["sing", "plur"])
def test_adjective_and_noun_in_every_case(adjective: str, noun: str, gender: str,
                                          number: str) -> None:
    term = f"{adjective} {noun}"
    matcher = TermMatcher([Concept(id="t", terms=(Term(term, "ru"),))])
    for case in CASES:
        if number == "plur" and noun == "Казахстан":
            continue
        phrase = (f"{inflect(adjective.lower(), case, number, gender)} "
                  f"{inflect(noun.lower(), case, number)}")
        hits = matcher.find(f"Речь о том, что {phrase} важно.", "ru")
        assert [h.text for h in hits] == [phrase], (case, number)


@pytest.mark.parametrize(("head", "rest"), [
    ("Ассамблея", "народа Казахстана"),
    ("Глава", "государства"),
    ("депутат", "Сената"),
    ("Президент", "страны"),
    ("Концепция", "развития Ассамблеи народа Казахстана до 2030 года"),
])
@pytest.mark.parametrize("number", ["sing", "plur"])
def test_head_inflects_and_dependents_stay(head: str, rest: str, number: str) -> None:
    matcher = TermMatcher([Concept(id="t", terms=(Term(f"{head} {rest}", "ru"),))])
    for case in CASES:
        phrase = f"{inflect(head.lower(), case, number)} {rest}"
        assert [h.text for h in matcher.find(f"Это {phrase}.", "ru")] == [phrase], case
    # A dependent in another case is another phrase.
    changed = f"{head} {inflect(rest.split()[0].lower(), 'datv', 'sing')}"
    assert matcher.find(changed, "ru") == []


def test_attributes_must_agree_with_the_head() -> None:
    matcher = TermMatcher([Concept(id="t", terms=(Term("Национальный курултай", "ru"),))])
    for text in ("Национальная курултая", "национальным курултая", "национальных курултаю",
                 "Национальной курултаем"):
        assert matcher.find(text, "ru") == [], text
    assert len(matcher.find("национальных курултаев", "ru")) == 1


def test_superlatives_are_not_forms_of_a_term() -> None:
    matcher = TermMatcher([Concept(id="t", terms=(Term("Справедливый Казахстан", "ru"),))])
    assert matcher.find("справедливейший Казахстан", "ru") == []


def test_analyses_are_cached() -> None:
    from toolkit.glossary.morph import ru

    ru.paradigm.cache_clear()
    RussianAnalyzer().compile(("маслихат",), exact=False)
    RussianAnalyzer().compile(("маслихат",), exact=False)
    info = ru.paradigm.cache_info()
    assert info.misses == 1 and info.hits == 1
    assert morph() is morph()
