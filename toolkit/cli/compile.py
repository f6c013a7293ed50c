"""`toolkit compile`: GNU MO files next to the PO files."""

from __future__ import annotations

from pathlib import Path

import typer

from toolkit.cli.common import catalog_paths
from toolkit.cli.output import info
from toolkit.config import load_project
from toolkit.errors import UsageError


def register(app: typer.Typer) -> None:
    app.command("compile")(compile_catalogs)


def compile_catalogs(
    paths: list[Path] = typer.Argument(None, help="PO files (default: the configured "
                                       "catalogs)."),
) -> None:
    """Compile PO files to .mo files beside them (fuzzy and untranslated units left out,
    as msgfmt does).

    Examples:

      toolkit compile     # writes locales/kk/LC_MESSAGES/article.mo, ...
    """
    from toolkit.formats import mo, po, read_catalog
    from toolkit.fsio import atomic_write

    project = load_project()
    files = catalog_paths(paths, project)
    for path in files:
        if path.suffix.lower() != ".po":
            raise UsageError(f"{path}: only .po files compile to .mo")
    catalogs = [(path, read_catalog(path)) for path in files]
    for _, catalog in catalogs:  # what msgfmt refuses: a broken or disagreeing Plural-Forms
        po.check_plurals(catalog)
    compiled = [(path.with_suffix(".mo"), mo.write(catalog)) for path, catalog in catalogs]
    for target, data in compiled:  # every input read before the first write
        atomic_write(target, data)
        info(f"wrote {target}")
