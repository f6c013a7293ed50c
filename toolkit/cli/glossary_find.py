"""`toolkit glossary find` (being built: see the open issue)."""

from __future__ import annotations

import typer


def register(glossary_app: typer.Typer) -> None:
    @glossary_app.command("find")
    def _find() -> None:
        """Not built yet."""
        raise typer.Exit(2)
