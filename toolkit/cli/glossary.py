"""`toolkit glossary ...` (being built: see the open issue)."""

from __future__ import annotations

import typer

glossary_app = typer.Typer(help="Look up, edit, import, export and validate the termbase.",
                           no_args_is_help=True)


def register(app: typer.Typer) -> None:
    # `glossary find` lives in its own module (the matcher's CLI).
    from toolkit.cli import glossary_find

    glossary_find.register(glossary_app)
    app.add_typer(glossary_app, name="glossary")


@glossary_app.command("list")
def _list() -> None:
    """Not built yet."""
    raise typer.Exit(2)
