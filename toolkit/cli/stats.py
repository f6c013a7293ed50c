"""`toolkit stats` (being built: see the open issue)."""

from __future__ import annotations

import typer


def register(app: typer.Typer) -> None:
    @app.command("stats")
    def _stats() -> None:
        """Not built yet."""
        raise typer.Exit(2)
