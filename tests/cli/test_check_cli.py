"""`toolkit check` through the real CLI (typer's CliRunner against toolkit.cli.app).

The fake checks of tests/qa stand in for the registry here, so these tests pin the command's
behaviour (options, exit codes, outputs) independently of the real checks;
test_check_cli_real.py runs the real ones end to end.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.qa.fakes import REGISTRY, po
from tests.qa.helpers import make_project
from toolkit.cli import app

KK = "locales/kk/LC_MESSAGES/a.po"
BODY = 'msgid "Open 5"\nmsgstr "6 ашу"\n\nmsgid "Save"\nmsgstr "Сақтау "\n'


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr("toolkit.qa.command.registry", lambda: REGISTRY)
    monkeypatch.setattr("toolkit.cli.check.registry", lambda: REGISTRY)
    monkeypatch.delenv("NO_COLOR", raising=False)
    make_project(tmp_path, files={KK: po(BODY)})
    return tmp_path


def invoke(*args: str) -> object:
    return CliRunner().invoke(app, ["check", *args])


def test_text_report_and_exit_1_on_an_error(project: Path) -> None:
    result = invoke()
    assert result.exit_code == 1, result.output
    assert result.stdout.startswith(f"{KK}:7: error digits: 5 is missing from the target\n")
    assert f"{KK}:10: warning spaces: trailing space in the target" in result.stdout
    assert "\x1b[" not in result.stdout  # not a TTY


@pytest.mark.parametrize(("args", "code"), [
    (("--fail-on", "never"), 0),
    (("--select", "spaces"), 0),
    (("--select", "spaces", "--fail-on", "warning"), 1),
    (("--ignore", "digits,spaces", "--fail-on", "info"), 0),
])
def test_fail_on_and_selection(project: Path, args: tuple[str, ...], code: int) -> None:
    result = invoke(*args)
    assert result.exit_code == code, result.output


def test_json_format_paths_as_given(project: Path) -> None:
    result = invoke("./locales/kk", "--format", "json")
    data = json.loads(result.stdout)
    assert data["summary"] == {"files": 1, "units": 2, "errors": 1, "warnings": 1}
    assert [f["path"] for f in data["findings"]] == ["./locales/kk/LC_MESSAGES/a.po"] * 2
    assert data["findings"][0]["msgid"] == "Open 5"


@pytest.mark.parametrize("fmt", ["text", "json", "junit", "sarif", "github"])
def test_every_format_can_go_to_a_file(project: Path, fmt: str) -> None:
    result = invoke("--format", fmt, "--output", f"report.{fmt}")
    assert result.exit_code == 1
    assert result.stdout == ""
    text = (project / f"report.{fmt}").read_text(encoding="utf-8")
    assert "digits" in text and "\x1b[" not in text


def test_format_from_config(project: Path) -> None:
    make_project(project, 'format = "github"\n')
    assert invoke().stdout.startswith(f"::error file={KK},line=7,title=digits (FK001)::")


def test_color_always_and_no_color(project: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "\x1b[1;31merror" in invoke("--color", "always").stdout
    monkeypatch.setenv("NO_COLOR", "1")
    assert "\x1b[" not in invoke().stdout


@pytest.mark.parametrize(("args", "message"), [
    (("--select", "digts"), "--select: unknown check 'digts'; did you mean 'digits'?"),
    (("--ignore", "spacse"), "--ignore: unknown check 'spacse'; did you mean 'spaces'?"),
    (("nope.po",), "nope.po: no such file or folder"),
    (("--fail-on", "fatal"), "--fail-on must be one of error, warning, info, never"),
    (("--jobs", "-1"), "--jobs must be 0"),
    (("--baseline", "missing.json"), "missing.json: no such file"),
])
def test_usage_and_input_errors_exit_2_with_one_line(project: Path, args: tuple[str, ...],
                                                      message: str) -> None:
    result = invoke(*args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.output


def test_bad_format_option_exits_2(project: Path) -> None:
    result = invoke("--format", "xml")
    assert result.exit_code == 2
    assert "choose one of text, json, junit, sarif, github" in result.output


def test_malformed_po_is_path_and_line(project: Path) -> None:
    (project / "broken.po").write_text('msgid "x"\nmsgstr "unterminated\n', encoding="utf-8")
    result = invoke("broken.po")
    assert result.exit_code == 2
    assert result.stderr.startswith("broken.po:2: ")


def test_config_error_exits_2(project: Path) -> None:
    make_project(project, 'fial-on = "warning"\n')
    result = invoke()
    assert result.exit_code == 2
    assert "unknown key 'fial-on' in [tool.toolkit.check]; did you mean 'fail-on'?" in result.stderr


def test_fix_and_diff(project: Path) -> None:
    before = (project / KK).read_text(encoding="utf-8")
    diff = invoke("--diff")
    assert diff.exit_code == 1
    assert '-msgstr "Сақтау "\n+msgstr "Сақтау"\n' in diff.stdout
    assert "1 units in 1 files would be fixed" in diff.stderr
    assert (project / KK).read_text(encoding="utf-8") == before
    fixed = invoke("--fix")
    assert "fixed 1 units in 1 files" in fixed.stderr
    assert (project / KK).read_text(encoding="utf-8") == before.replace("Сақтау ", "Сақтау")
    assert fixed.exit_code == 1  # the digits error cannot be fixed
    assert "spaces" not in fixed.stdout.split("\n\n")[0]


def test_baseline_round_trip(project: Path) -> None:
    written = invoke("--write-baseline", "baseline.json")
    assert written.exit_code == 0
    assert "wrote 2 findings to baseline.json" in written.stderr
    assert invoke("--baseline", "baseline.json").exit_code == 0
    (project / KK).write_text(po(BODY + '\nmsgid "Take 3"\nmsgstr "4"\n'), encoding="utf-8")
    result = invoke("--baseline", "baseline.json", "--format", "json")
    assert result.exit_code == 1
    assert [f["msgid"] for f in json.loads(result.stdout)["findings"]] == ["Take 3"]


def test_jobs_two_matches_jobs_one(project: Path) -> None:
    (project / "locales/ru/LC_MESSAGES").mkdir(parents=True)
    (project / "locales/ru/LC_MESSAGES/a.po").write_text(
        po('msgid "Open 9"\nmsgstr "8"\n', header='msgid ""\nmsgstr ""\n"Language: ru\\n"\n'),
        encoding="utf-8")
    one = invoke("--format", "json", "--jobs", "1")
    two = invoke("--format", "json", "--jobs", "2")
    assert one.stdout == two.stdout
    assert json.loads(two.stdout)["summary"]["files"] == 2


def test_list_checks(project: Path) -> None:
    result = invoke("--list-checks")
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["name", "code", "severity", "default", "fix", "summary"]
    assert any(line.split()[:5] == ["spaces", "FK002", "warning", "on", "yes"] for line in lines)
    assert any(line.startswith("rare ") and " off " in line for line in lines)


def test_help_has_examples() -> None:
    result = CliRunner().invoke(app, ["check", "--help"])
    assert result.exit_code == 0
    assert "--write-baseline" in result.stdout and "Examples:" in result.stdout
