from __future__ import annotations

import json
from pathlib import Path

import pytest

from toolkit.errors import InputError, UsageError
from toolkit.qa.baseline import load_baseline

from .fakes import po
from .helpers import make_project, run_check

BODY = 'msgid "Open 5"\nmsgstr "6"\n\nmsgctxt "menu"\nmsgid "Save"\nmsgstr "Сақтау "\n'


@pytest.fixture
def root(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    make_project(tmp_path, files={"locales/kk/LC_MESSAGES/a.po": po(BODY)})
    return tmp_path


def test_written_baseline_is_sorted_json_relative_to_its_folder(root: Path) -> None:
    (root / "ci").mkdir()
    outcome = run_check(make_project(root), write_baseline="ci/baseline.json")
    assert outcome.exit_code == 0 and outcome.baseline_written == 2
    data = json.loads((root / "ci" / "baseline.json").read_text(encoding="utf-8"))
    assert data == {"version": 1, "tool": "toolkit check", "findings": [
        {"path": "../locales/kk/LC_MESSAGES/a.po", "msgctxt": None, "msgid": "Open 5",
         "check": "digits", "count": 1},
        {"path": "../locales/kk/LC_MESSAGES/a.po", "msgctxt": "menu", "msgid": "Save",
         "check": "spaces", "count": 1},
    ]}


def test_baseline_hides_old_findings_even_after_lines_move(root: Path) -> None:
    run_check(make_project(root), write_baseline="baseline.json")
    path = root / "locales/kk/LC_MESSAGES/a.po"
    # New units above the old ones shift every line; one new finding appears.
    path.write_text(po('msgid "Intro"\nmsgstr "Кіріспе"\n\nmsgid "Take 3"\nmsgstr "4"\n\n'
                       + BODY), encoding="utf-8")
    outcome = run_check(make_project(root), baseline="baseline.json")
    assert [(f.msgid, f.line) for f in outcome.result.findings] == [("Take 3", 10)]
    assert outcome.result.baselined == 2
    assert outcome.exit_code == 1


def test_fixed_findings_are_counted_as_stale(root: Path) -> None:
    run_check(make_project(root), write_baseline="baseline.json")
    path = root / "locales/kk/LC_MESSAGES/a.po"
    path.write_text(po(BODY.replace('msgstr "6"', 'msgstr "5"')), encoding="utf-8")
    outcome = run_check(make_project(root), baseline="baseline.json")
    assert outcome.result.findings == ()
    assert (outcome.result.baselined, outcome.result.stale_baseline) == (1, 1)
    assert outcome.exit_code == 0


def test_baseline_from_another_folder_still_matches(root: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    run_check(make_project(root), write_baseline="baseline.json")
    monkeypatch.chdir(root / "locales")
    outcome = run_check(make_project(root), paths=("kk",), baseline="../baseline.json")
    assert outcome.result.findings == ()
    assert outcome.result.baselined == 2


def test_a_second_finding_of_the_same_key_is_new(root: Path) -> None:
    run_check(make_project(root), write_baseline="baseline.json")
    path = root / "locales/kk/LC_MESSAGES/a.po"
    path.write_text(po(BODY.replace('"Open 5"', '"Open 5 of 7"')), encoding="utf-8")
    # The msgid changed, so both of its findings are new (keyed by msgid).
    outcome = run_check(make_project(root), baseline="baseline.json")
    assert [f.msgid for f in outcome.result.findings] == ["Open 5 of 7", "Open 5 of 7"]


@pytest.mark.parametrize(("text", "message"), [
    ("{not json", "baseline.json:1: not a baseline file: invalid JSON"),
    ('{"version": 2, "findings": []}', "not a baseline file of version 1"),
    ('{"version": 1, "findings": [{"path": "a.po"}]}', "baseline entry 1 is malformed"),
    ('{"version": 1}', 'has no "findings" list'),
])
def test_malformed_baseline(root: Path, text: str, message: str) -> None:
    (root / "baseline.json").write_text(text, encoding="utf-8")
    with pytest.raises(InputError) as info:
        load_baseline("baseline.json")
    assert message in str(info.value)


def test_baseline_and_write_baseline_together_is_a_usage_error(root: Path) -> None:
    with pytest.raises(UsageError):
        run_check(make_project(root), baseline="a.json", write_baseline="b.json")
