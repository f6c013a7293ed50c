"""The accuracy suite: every case file under ``cases/`` run through one matcher.

Each case is (sentence, concept ids expected).  On failure the test prints precision and
recall over all cases of the language and every case that went wrong.
"""

from __future__ import annotations

from collections import Counter
from types import ModuleType

import pytest

from tests.glossary.cases import en, kk, kk_latn, ru
from tests.glossary.cases.termbase import CONCEPTS
from toolkit.glossary.matcher import TermMatcher

SUITES: dict[str, ModuleType] = {"kk": kk, "ru": ru, "en": en, "kk-Latn": kk_latn}
MINIMUM = {"kk": 150, "ru": 150, "en": 100, "kk-Latn": 50}


@pytest.fixture(scope="module")
def matcher() -> TermMatcher:
    return TermMatcher(CONCEPTS)


def score(matcher: TermMatcher, lang: str,
          cases: list[tuple[str, list[str]]]) -> tuple[float, float, list[str]]:
    """Precision, recall and a description of every case that went wrong."""
    true_pos = false_pos = false_neg = 0
    failures: list[str] = []
    for sentence, expected in cases:
        hits = matcher.find(sentence, lang)
        for hit in hits:
            assert sentence[hit.start:hit.end] == hit.text
        got = Counter(hit.concept_id for hit in hits)
        want = Counter(expected)
        true_pos += sum((got & want).values())
        false_pos += sum((got - want).values())
        false_neg += sum((want - got).values())
        if got != want:
            found = [(h.text, h.concept_id) for h in hits]
            failures.append(f"{sentence!r}: expected {sorted(want.elements())}, got {found}")
    precision = true_pos / (true_pos + false_pos) if true_pos + false_pos else 1.0
    recall = true_pos / (true_pos + false_neg) if true_pos + false_neg else 1.0
    return precision, recall, failures


@pytest.mark.parametrize("lang", sorted(SUITES))
def test_cases(matcher: TermMatcher, lang: str) -> None:
    cases = SUITES[lang].CASES
    precision, recall, failures = score(matcher, lang, cases)
    report = "\n".join(failures)
    assert not failures, (f"{lang}: precision {precision:.3f}, recall {recall:.3f}, "
                          f"{len(failures)} of {len(cases)} cases wrong:\n{report}")


@pytest.mark.parametrize("lang", sorted(SUITES))
def test_case_files_are_big_enough_and_a_third_negative(lang: str) -> None:
    cases = SUITES[lang].CASES
    negatives = [s for s, expected in cases if not expected]
    assert len(cases) >= MINIMUM[lang]
    assert len(negatives) * 3 >= len(cases)
    sentences = [s for s, _ in cases]
    assert len(set(sentences)) == len(sentences), "duplicate sentences"
    known = {concept.id for concept in CONCEPTS}
    assert {cid for _, expected in cases for cid in expected} <= known


def test_score_reports_misses_and_false_hits(matcher: TermMatcher) -> None:
    # The scorer itself: a wrong expectation is seen both ways.
    precision, recall, failures = score(
        matcher, "en", [("The Senate met.", ["law"]), ("A billion.", [])])
    assert precision == 0.0 and recall == 0.0
    assert len(failures) == 1 and "Senate" in failures[0]
