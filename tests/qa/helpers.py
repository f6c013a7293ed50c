"""Helpers: a throw-away project folder with PO files, run through the fake checks."""

from __future__ import annotations

from pathlib import Path

from toolkit.config import Project, load_project
from toolkit.qa.command import CheckOutcome, CheckRequest, check
from toolkit.qa.config import parse_check_table
from toolkit.qa.runner import RunOptions, RunResult, run
from toolkit.qa.select import resolve

from .fakes import REGISTRY


def make_project(root: Path, check_table: str = "", files: dict[str, str] | None = None
                 ) -> Project:
    """Write pyproject.toml (with ``[tool.toolkit.check]`` lines) and files under ``root``."""
    (root / "pyproject.toml").write_text(
        '[tool.toolkit]\nlocales-dir = "locales"\n\n[tool.toolkit.check]\n' + check_table,
        encoding="utf-8")
    for rel, text in (files or {}).items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return load_project(pyproject=root / "pyproject.toml")


def run_check(project: Project, **request: object) -> CheckOutcome:
    """``toolkit check`` through the library with the fake registry."""
    return check(CheckRequest(**request), project, checks=REGISTRY)  # type: ignore[arg-type]


def run_files(files: list[str], table: dict[str, object] | None = None, jobs: int = 1,
              **options: object) -> RunResult:
    """The runner alone, on files already on disk."""
    config = parse_check_table(table or {})
    selection = resolve(REGISTRY, config)
    return run(files, RunOptions(selection=selection, registry=REGISTRY, **options),  # type: ignore[arg-type]
               jobs)
