"""`toolkit check` (being built: see the open issue)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("check")
    def _check() -> None:
        """Not built yet."""
        raise typer.Exit(2)
