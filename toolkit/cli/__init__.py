"""The command line: thin wrappers that parse options, call one library function, and map
:class:`~toolkit.errors.ToolkitError` to exit code 2 with a single ``path:line: message`` line.

One module per command (``segment.py``, ``check.py`` ...); each exposes ``register(app)``.
"""

from __future__ import annotations

import contextlib
import os
import sys
from typing import Any

import typer
from typer.core import TyperGroup

from toolkit import __version__
from toolkit.errors import ToolkitError

#: Exit codes (as sqlfluff): 0 clean, 1 findings at or above --fail-on, 2 usage/input error.
EXIT_OK = 0
EXIT_FINDINGS = 1
EXIT_ERROR = 2


def fail(message: str) -> typer.Exit:
    """Print one error line to stderr and return the Exit to raise."""
    typer.echo(f"toolkit: error: {message}" if ": " not in message else message, err=True)
    return typer.Exit(EXIT_ERROR)


class ToolkitGroup(TyperGroup):
    """Turns our errors into one line on stderr and exit code 2, never a traceback."""

    def invoke(self, ctx: Any) -> Any:
        try:
            return super().invoke(ctx)
        except ToolkitError as exc:
            typer.echo(str(exc), err=True)
            raise typer.Exit(EXIT_ERROR) from None
        except BrokenPipeError:  # `toolkit ... | head`: the reader left; not an error
            with contextlib.suppress(OSError):
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            raise typer.Exit(EXIT_OK) from None
        except UnicodeEncodeError as exc:  # e.g. printing Kazakh to an ASCII-only terminal
            typer.echo(f"toolkit: cannot print to this terminal: {exc.reason}", err=True)
            raise typer.Exit(EXIT_ERROR) from None
        except OSError as exc:
            where = f"{exc.filename}: " if exc.filename else ""
            typer.echo(f"{where}{exc.strerror or exc}", err=True)
            raise typer.Exit(EXIT_ERROR) from None
        except RecursionError:
            typer.echo("toolkit: input is nested too deeply", err=True)
            raise typer.Exit(EXIT_ERROR) from None
        except MemoryError:
            typer.echo("toolkit: input is too large for memory", err=True)
            raise typer.Exit(EXIT_ERROR) from None


app = typer.Typer(
    rich_markup_mode=None,  # help texts say [tool.toolkit]: not markup

    cls=ToolkitGroup,
    name="toolkit",
    help="Tilmash: keep kk/ru/en translations correct and consistent.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"toolkit {__version__}")
        raise typer.Exit(EXIT_OK)


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q",
                               help="Print only results and errors, no summaries."),
    verbose: bool = typer.Option(False, "--verbose", "-v",
                                 help="Also print what was read and how long it took."),
) -> None:
    """Tilmash: segment, convert, check and export kk/ru/en translations."""
    from toolkit.cli import output

    output.set_level(quiet, verbose)


def _register_all() -> None:
    # Imported here so that `import toolkit.cli` stays cheap and each command's heavy
    # dependencies (reportlab, pymorphy3) load only when that command runs.
    from toolkit.cli import (
        build,
        check,
        compile,
        convert,
        docs,
        export,
        glossary,
        segment,
        stats,
    )

    for module in (segment, convert, glossary, check, export, build, stats, compile, docs):
        module.register(app)


_register_all()


def main() -> None:
    """Console-script entry point."""
    if os.environ.get("NO_COLOR"):
        os.environ.setdefault("TERM", "dumb")
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("toolkit: interrupted\n")
        sys.exit(130)
