"""``toolkit check``: run the translation QA checks (thin: options -> toolkit.qa.command)."""

from __future__ import annotations

import os
import sys

import typer

from toolkit.cli.output import detail, info
from toolkit.fsio import atomic_write_text
from toolkit.qa.command import CheckRequest, check, registry
from toolkit.report import REPORTERS, get_reporter

EPILOG = """\b
Examples:
  toolkit check                                  # the configured locales folder
  toolkit check locales/kk --format github       # annotations in a GitHub workflow
  toolkit check --select numbers,placeholders --fail-on warning
  toolkit check --format sarif -o toolkit.sarif  # upload to code scanning
  toolkit check --fix                            # repair spaces, quotes, look-alike letters
  toolkit check --diff                           # show those repairs, write nothing
  toolkit check --write-baseline .toolkit-baseline.json   # adopt on an old project
  toolkit check --baseline .toolkit-baseline.json         # then report only new findings

\b
Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it (with --diff: a fix
is pending), 2 usage, config or input error.  Docs: docs/check.md."""


def _use_color(choice: str, fmt: str, output: str | None) -> bool:
    if choice != "auto":
        return choice == "always"
    if fmt != "text" or output is not None or os.environ.get("NO_COLOR"):
        return False
    return sys.stdout.isatty()


def _list_checks() -> str:
    from toolkit.qa.describe import check_summary

    rows = [("name", "code", "severity", "default", "fix", "summary")]
    for cls in registry():
        rows.append((cls.name, cls.code, cls.severity.value,
                     "on" if cls.default_enabled else "off", "yes" if cls.fixable else "",
                     check_summary(cls)))
    widths = [max(len(r[i]) for r in rows) for i in range(5)]
    lines = []
    for row in rows:
        cells = [c.ljust(w) for c, w in zip(row[:5], widths, strict=True)]
        lines.append("  ".join([*cells, row[5]]).rstrip() + "\n")
    return "".join(lines)


def register(app: typer.Typer) -> None:
    @app.command("check", epilog=EPILOG)
    def _check(
        paths: list[str] | None = typer.Argument(
            None, help="PO/XLIFF files or folders (searched recursively). "
            "Default: the configured locales-dir.", metavar="PATH"),
        glossary: str | None = typer.Option(
            None, "--glossary", metavar="PATH",
            help="Termbase (.tbx/.csv or a folder). Default: `glossary`."),
        fmt: str | None = typer.Option(
            None, "--format", metavar="FORMAT",
            help=f"Output format: {', '.join(REPORTERS)} (default text)."),
        select: list[str] | None = typer.Option(
            None, "--select", metavar="NAMES",
            help="Only these checks (names, codes, prefixes, `all`; comma-separated or "
            "repeated)."),
        ignore: list[str] | None = typer.Option(
            None, "--ignore", metavar="NAMES", help="Leave out these checks."),
        fail_on: str | None = typer.Option(
            None, "--fail-on", metavar="LEVEL", help="error (default), warning, info or never."),
        jobs: int | None = typer.Option(
            None, "--jobs", "-j", metavar="N", help="Worker processes (0 = one per core)."),
        fix: bool = typer.Option(False, "--fix", help="Repair what is safe, in place."),
        diff: bool = typer.Option(False, "--diff", help="Print the --fix changes as a "
                                  "unified diff; write nothing."),
        baseline: str | None = typer.Option(
            None, "--baseline", metavar="FILE",
            help="Report only findings not recorded in this file."),
        write_baseline: str | None = typer.Option(
            None, "--write-baseline", metavar="FILE", help="Record today's findings in this file."),
        output: str | None = typer.Option(
            None, "--output", "-o", metavar="FILE",
            help="Write the report to this file, not stdout."),
        color: str = typer.Option("auto", "--color", metavar="WHEN", help="auto, always or never."),
        list_checks: bool = typer.Option(False, "--list-checks",
                                         help="List every check and exit."),
    ) -> None:
        """Check translations: glossary, numbers, placeholders, quotes, scripts and more."""
        if list_checks:
            typer.echo(_list_checks(), nl=False)
            raise typer.Exit(0)
        if fmt is not None and fmt not in REPORTERS:
            raise typer.BadParameter(f"choose one of {', '.join(REPORTERS)}",
                                     param_hint="--format")
        if color not in ("auto", "always", "never"):
            raise typer.BadParameter("choose auto, always or never", param_hint="--color")
        request = CheckRequest(
            paths=tuple(paths or ()), glossary=glossary, format=fmt,
            select=tuple(select) if select is not None else None, ignore=tuple(ignore or ()),
            fail_on=fail_on, jobs=jobs, fix=fix, diff=diff, baseline=baseline,
            write_baseline=write_baseline)
        outcome = check(request)
        result = outcome.result
        detail(f"checked {len(result.files)} files, {result.units} units with "
               f"{len(result.checks)} checks in {result.seconds:.2f} s")
        for note in result.notes:
            info(f"toolkit: {note}")
        if outcome.baseline_written is not None:
            typer.echo(f"wrote {outcome.baseline_written} findings to {write_baseline}",
                       err=True)
            raise typer.Exit(outcome.exit_code)
        use_color = False
        if diff:
            text = "".join(result.diffs)
            typer.echo(f"{result.fixed} units in {len(result.diffs)} files would be fixed",
                       err=True)
        else:
            if fix:
                files = sum(1 for f in result.files if f.fixed)
                info(f"fixed {result.fixed} units in {files} files")
            use_color = _use_color(color, outcome.format, output)
            text = get_reporter(outcome.format)(result, color=use_color)
        if output is not None:
            atomic_write_text(output, text)
        else:
            # color=True keeps the ANSI codes that click would strip off a non-TTY.
            typer.echo(text, nl=False, color=use_color or None)
        raise typer.Exit(outcome.exit_code)
