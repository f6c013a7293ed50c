"""``toolkit check`` as one library call: settings in, result and exit code out.

:func:`check` merges pyproject.toml with the command-line values, selects the checks,
collects the files, runs them, applies a baseline and picks the exit code.  It never
prints; :mod:`toolkit.cli.check` renders and prints what it returns.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from toolkit.checks import ALL_CHECKS
from toolkit.checks.base import Check
from toolkit.config import Project, load_project
from toolkit.errors import InputError, UsageError
from toolkit.qa.baseline import apply_baseline, write_baseline
from toolkit.qa.config import FAIL_ON, load_check_config
from toolkit.qa.files import collect_files
from toolkit.qa.ignores import META_CHECKS
from toolkit.qa.runner import RunOptions, RunResult, exit_code, run, uses_glossary
from toolkit.qa.select import resolve

EXIT_OK, EXIT_FINDINGS = 0, 1


def registry() -> tuple[type[Check], ...]:
    """Every check: the registry of :mod:`toolkit.checks` plus the ignore meta-checks."""
    return (*ALL_CHECKS, *META_CHECKS)


@dataclass(frozen=True)
class CheckRequest:
    """The command-line values; None means "use the config / the default"."""

    paths: tuple[str, ...] = ()
    glossary: str | None = None
    format: str | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    fail_on: str | None = None
    jobs: int | None = None
    fix: bool = False
    diff: bool = False
    baseline: str | None = None
    write_baseline: str | None = None


@dataclass(frozen=True)
class CheckOutcome:
    result: RunResult
    exit_code: int
    format: str
    baseline_written: int | None = None  # findings recorded with --write-baseline


def _display(path: Path) -> str:
    """A project path as the user would type it (relative to the current folder)."""
    try:
        return os.path.relpath(path)
    except ValueError:  # another drive (Windows)
        return str(path)


def check(request: CheckRequest, project: Project | None = None,
          checks: Sequence[type[Check]] | None = None) -> CheckOutcome:
    """Run ``toolkit check`` for ``request``; raises ToolkitError for usage/input errors."""
    project = project or load_project()
    config = load_check_config(project)
    all_checks = tuple(checks) if checks is not None else registry()
    selection = resolve(all_checks, config, request.select, request.ignore)
    fail_on = request.fail_on or config.fail_on
    if fail_on not in FAIL_ON:
        raise UsageError(f"--fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}")
    jobs = config.jobs if request.jobs is None else request.jobs
    if jobs < 0:
        raise UsageError("--jobs must be 0 (one per core) or more")
    if request.baseline and request.write_baseline:
        raise UsageError("--baseline and --write-baseline cannot be used together")
    paths = request.paths
    if not paths:
        if not project.locales_dir.is_dir():
            raise InputError("no such folder (locales-dir in [tool.toolkit]); give the "
                             "files or folders to check", _display(project.locales_dir))
        paths = (_display(project.locales_dir),)
    files = collect_files(paths)
    glossary = None
    if any(uses_glossary(c) for c in selection.checks):
        glossary = project.find_glossary(request.glossary)
    options = RunOptions(selection=selection, registry=all_checks,
                         source_lang=project.source_lang, glossary=glossary,
                         fix=request.fix or request.diff, write=not request.diff)
    result = run(files, options, jobs)
    if not files:
        result = replace(result, notes=(*result.notes, f"no PO or XLIFF files found in "
                                        f"{', '.join(paths)}"))
    fmt = request.format or config.format
    if request.write_baseline:
        written = write_baseline(result, request.write_baseline)
        return CheckOutcome(result, EXIT_OK, fmt, baseline_written=written)
    if request.baseline:
        result = apply_baseline(result, request.baseline)
    if request.diff:
        return CheckOutcome(result, EXIT_FINDINGS if result.diffs else EXIT_OK, fmt)
    return CheckOutcome(result, exit_code(result, fail_on), fmt)
