"""The reference pages in docs/ are generated from the code and must not drift from it."""

from __future__ import annotations

import re

from typer.testing import CliRunner

from tests.conftest import ROOT
from toolkit.cli import app
from toolkit.cli.docs import render_all, stale


def test_generated_pages_are_up_to_date() -> None:
    assert stale(ROOT) == [], "run `toolkit docs` from the repository root"


def test_every_command_page_has_examples_and_every_check_its_examples() -> None:
    pages = render_all()
    commands = {p: t for p, t in pages.items() if p.parts[1] == "commands"}
    checks = {p: t for p, t in pages.items() if p.parts[1] == "checks"}
    assert len(commands) >= 13 and len(checks) >= 20
    for path, text in commands.items():
        assert "## Examples" in text and "toolkit " in text.split("## Examples")[1], path
    for path, text in checks.items():
        if path.stem.startswith("ignore-"):
            continue
        assert re.search(r"^Bad\b[^\n]*:$", text, re.M), path
        assert re.search(r"^Good\b[^\n]*:$", text, re.M), path


def test_docs_check_command_reports_staleness(tmp_path: object, monkeypatch: object) -> None:
    runner = CliRunner()
    monkeypatch.chdir(tmp_path)  # type: ignore[attr-defined]
    result = runner.invoke(app, ["docs", "--check"])
    assert result.exit_code == 1
    assert "docs/config.md: stale" in result.stderr
