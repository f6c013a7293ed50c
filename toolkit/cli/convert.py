"""`toolkit convert` (being built: see the open issue)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("convert")
    def _convert() -> None:
        """Not built yet."""
        raise typer.Exit(2)
