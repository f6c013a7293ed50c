"""`toolkit build`: segment, check and export the project's review PDFs (the main job)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager

import typer

from toolkit.build import BuildResult, OnStep, build
from toolkit.cli import output
from toolkit.config import load_project

EPILOG = """\b
Examples:
  toolkit build                      # in a project with [tool.toolkit] in pyproject.toml
  toolkit build --fail-on warning    # as CI runs it

\b
Exit codes as `toolkit check`: 0 clean, 1 findings at or above --fail-on, 2 usage or
input error."""


@contextmanager
def _progress(enabled: bool) -> Iterator[OnStep]:
    """A rich progress bar on a terminal; nothing when output is piped or in CI logs."""
    if not enabled:
        yield lambda n, total, what: None
        return
    from rich.progress import BarColumn, Progress, TextColumn

    with Progress(TextColumn("{task.description:<32}"), BarColumn(),
                  TextColumn("{task.completed}/{task.total}"), transient=True) as bar:
        task = bar.add_task("starting", total=1)

        def on_step(n: int, total: int, what: str) -> None:
            bar.update(task, description=what, completed=n - 1, total=total)

        yield on_step


def _summary(result: BuildResult) -> list[str]:
    lines = []
    changed = [f for f in result.written if f.changed]
    lines.append(f"segment: {len(result.written)} catalogs, {len(changed)} changed")
    for lang, p in result.progress:
        lines.append(f"  {lang}: {p.translated}/{p.units} units translated, {p.fuzzy} fuzzy, "
                     f"{p.untranslated} untranslated ({p.percent:.0f}% of words)")
    r = result.check.result
    lines.append(f"check: {r.errors} errors, {r.warnings} warnings in {r.units} units")
    for finding in r.findings:
        lines.append(f"  {finding.path}:{finding.line}: {finding.severity.value} "
                     f"{finding.check}: {finding.message}")
    for path, pages in result.pdfs:
        lines.append(f"pdf: {path} ({pages} pages)")
    return lines


def register(app: typer.Typer) -> None:
    @app.command("build", epilog=EPILOG)
    def _build(
        fail_on: str = typer.Option(None, "--fail-on",
                                    help="error (default), warning, info or never."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="Print nothing but errors."),
    ) -> None:
        """Segment the sources, check the translations against the glossary and export
        the review PDFs, as configured in [tool.toolkit]."""
        project = load_project()
        with _progress(sys.stderr.isatty() and not quiet
                       and output.level() >= output.NORMAL) as on_step:
            result = build(project, on_step, fail_on)
        if not quiet and output.level() >= output.NORMAL:
            for line in _summary(result):
                typer.echo(line)
        raise typer.Exit(result.exit_code)
