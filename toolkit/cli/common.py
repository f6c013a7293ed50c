"""Option handling shared by several commands (default paths from ``[tool.toolkit]``)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from toolkit.config import Project
from toolkit.errors import InputError, UsageError

CATALOG_SUFFIXES = (".po", ".xlf", ".xliff", ".xlf2", ".xliff2")


def catalog_paths(paths: Sequence[Path] | None, project: Project) -> list[Path]:
    """The catalogs named on the command line, or the project's PO files for its targets."""
    if paths:
        for p in paths:
            if not p.exists():
                raise InputError("no such file", p)
        return list(paths)
    domain = project.domain_for()
    found = [project.locales_dir / lang / "LC_MESSAGES" / f"{domain}.po"
             for lang in project.targets]
    existing = [p for p in found if p.is_file()]
    if not existing:
        raise UsageError(f"no catalogs given and none found under {project.locales_dir}; "
                         "run `toolkit segment` first or name PO/XLIFF files")
    return existing
