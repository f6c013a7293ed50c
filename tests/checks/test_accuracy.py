"""Accuracy of all checks together on the error-injected corpus in ``corpus/``.

The corpus is kk and ru PO files (news text from the article, UI strings with
placeholders and plurals); ``corpus/expected.yml`` lists every injected error as
(file, msgid, check).  Every unit not listed is a correct translation, many of them
precision traps: inflected glossary terms, localised numbers (15 000 with NBSP, 1,5),
Kazakh and Russian dates, Latin brand names, nested quotes «… „…“ …», plural forms
that leave out the count.  A finding counts once per (file, msgid, check).
"""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from tests.checks.harness import run_checks
from toolkit.checks import ALL_CHECKS

CORPUS = Path(__file__).parent / "corpus"

Key = tuple[str, str, str]


def _expected() -> set[Key]:
    data = yaml.safe_load((CORPUS / "expected.yml").read_text(encoding="utf-8"))
    return {(e["file"], e["msgid"], e["check"]) for e in data["expected"]}


def _predicted() -> set[Key]:
    paths = sorted(CORPUS.rglob("*.po"))
    findings = run_checks(paths, CORPUS, glossary=CORPUS / "glossary.csv")
    return {(f.path, f.msgid, f.check) for f in findings}


def test_corpus_is_big_and_covers_every_check() -> None:
    expected = _expected()
    assert {check for _f, _m, check in expected} == {cls.name for cls in ALL_CHECKS}
    units = sum(1 for path in CORPUS.rglob("*.po")
                for line in path.read_text(encoding="utf-8").splitlines()
                if line.startswith("msgid ") and line != 'msgid ""')
    assert units >= 150
    assert {key[0].split("/")[0] for key in expected} == {"kk", "ru"}


def test_recall_and_precision() -> None:
    expected, predicted = _expected(), _predicted()
    hits = expected & predicted
    recall = len(hits) / len(expected)
    precision = len(hits) / len(predicted) if predicted else 0.0
    missed = sorted(expected - predicted)
    false = sorted(predicted - expected)
    report = "\n".join([f"recall {recall:.3f} precision {precision:.3f}",
                        *(f"missed: {k}" for k in missed), *(f"false: {k}" for k in false)])
    assert recall >= 0.95, report
    assert precision >= 0.95, report
    # Each family on its own: no check may be blind on this corpus.
    per_check = Counter(check for _f, _m, check in hits)
    for cls in ALL_CHECKS:
        assert per_check[cls.name] >= 1, f"{cls.name} found none of its errors\n{report}"
