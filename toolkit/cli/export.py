"""`toolkit export pdf` (being built: see the open issue)."""

from __future__ import annotations

import typer

export_app = typer.Typer(help="Export review documents.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")


@export_app.command("pdf")
def _pdf() -> None:
    """Not built yet."""
    raise typer.Exit(2)
