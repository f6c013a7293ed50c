"""What users expect of any command line: --version, --help with examples, --quiet,
--verbose, NO_COLOR, shell completion."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit import __version__
from toolkit.cli import app
from toolkit.cli.check import _use_color

PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: kk\\n"\n'
      '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
      'msgid "Over 15,000 events."\nmsgstr "16 000-нан астам іс-шара."\n')


@pytest.fixture
def po(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    path = tmp_path / "kk.po"
    path.write_text(PO, encoding="utf-8")
    return path


def test_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0 and result.stdout.strip() == f"toolkit {__version__}"


def test_quiet_hides_summaries_but_not_results(po: Path) -> None:
    runner = CliRunner()
    normal = runner.invoke(app, ["check", str(po)])
    quiet = runner.invoke(app, ["--quiet", "check", str(po)])
    assert normal.exit_code == quiet.exit_code == 1
    assert "no glossary found" in normal.stderr and quiet.stderr == ""
    assert "numbers" in quiet.stdout  # the report itself is a result
    mo = runner.invoke(app, ["-q", "compile", str(po)])
    assert mo.exit_code == 0 and mo.stderr == "" and (po.parent / "kk.mo").exists()


def test_verbose_tells_what_was_done(po: Path) -> None:
    result = CliRunner().invoke(app, ["--verbose", "check", str(po)])
    assert "checked 1 files, 1 units with" in result.stderr


def test_no_color_wins_over_auto(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    monkeypatch.delenv("NO_COLOR", raising=False)
    assert _use_color("auto", "text", None) is True
    monkeypatch.setenv("NO_COLOR", "1")
    assert _use_color("auto", "text", None) is False
    assert _use_color("always", "text", None) is True  # an explicit request still wins


def test_shell_completion_offers_commands_and_subcommands() -> None:
    def complete(words: str, cword: int) -> str:
        env = {**os.environ, "_TOOLKIT_COMPLETE": "complete_bash", "COMP_WORDS": words,
               "COMP_CWORD": str(cword)}
        # The installed console script: completion is keyed to the program's name.
        script = str(Path(sys.executable).parent / "toolkit")
        return subprocess.run([script], env=env, capture_output=True, text=True,
                              check=False).stdout.split()
    assert complete("toolkit glo", 1) == ["glossary"]
    assert "validate" in complete("toolkit glossary v", 2)
    assert "pdf" in complete("toolkit export ", 2)


def test_every_command_has_help_with_examples() -> None:
    import typer.main

    group = typer.main.get_command(app)
    names = [[n] for n, c in group.commands.items() if not getattr(c, "hidden", False)]
    names = [n for n in names if not hasattr(group.commands[n[0]], "commands")] + [
        [g, s] for g, c in group.commands.items() if hasattr(c, "commands") for s in c.commands]
    for name in names:
        result = CliRunner().invoke(app, [*name, "--help"], env={"COLUMNS": "200"})
        assert result.exit_code == 0, name
        assert "Examples" in result.stdout and "toolkit " in result.stdout, name
