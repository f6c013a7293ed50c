"""Resolve what to segment: command-line values against ``[tool.toolkit]``.

Precedence (docs/segment.md): explicit SOURCE arguments name the domain after the first
file's stem unless ``--domain`` is given; with no SOURCE, the configured sources and domain
are used.  ``toolkit segment`` and ``toolkit build`` both start here.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from toolkit.config import Project
from toolkit.errors import UsageError
from toolkit.extract.pipeline import SegmentRequest
from toolkit.langs import get_language, normalize_code


def display_path(path: Path, root: Path) -> str:
    """How a reference names a source: relative to the project root when inside it."""
    absolute = path.resolve()
    try:
        return absolute.relative_to(root).as_posix()
    except ValueError:
        return Path(os.path.normpath(path)).as_posix()


def request_from_project(project: Project, sources: Sequence[Path] = (),
                         source_lang: str | None = None, targets: Sequence[str] = (),
                         domain: str | None = None, out: Path | None = None) -> SegmentRequest:
    """The :class:`SegmentRequest` for these values (None/empty: the project's settings)."""
    if sources:
        paths = tuple(sources)
        name = domain or paths[0].stem
    else:
        paths = project.sources
        name = domain or project.domain_for()
    if not paths:
        raise UsageError("no sources: name the files or set [tool.toolkit] sources")
    shown = tuple(display_path(p, project.root) for p in paths)
    lang = normalize_code(source_lang or project.source_lang)
    get_language(lang)
    langs = tuple(normalize_code(t) for t in (targets or project.targets))
    for code in langs:
        get_language(code)
    if not langs:
        raise UsageError("no target languages: give --target or set [tool.toolkit] targets")
    if not name or "/" in name or name.startswith("."):
        raise UsageError(f"bad domain name {name!r}")
    return SegmentRequest(sources=paths, display_paths=shown, source_lang=lang, targets=langs,
                          domain=name, out_dir=out or project.locales_dir)
