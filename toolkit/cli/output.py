"""How chatty the command line is: ``toolkit --quiet ...`` and ``toolkit --verbose ...``.

Three kinds of output, so that ``--quiet`` never hides what a script needs:

* results (reports, JSON, lists) go to stdout with ``typer.echo`` and are never silenced;
* errors are one line on stderr (``ToolkitError`` in ``toolkit.cli``), never silenced;
* :func:`info` (summaries like "wrote …") goes to stderr unless ``--quiet``;
  :func:`detail` (timings, what was read) only with ``--verbose``.
"""

from __future__ import annotations

import typer

QUIET, NORMAL, VERBOSE = 0, 1, 2
_level = NORMAL


def set_level(quiet: bool, verbose: bool) -> None:
    global _level
    _level = QUIET if quiet else VERBOSE if verbose else NORMAL


def level() -> int:
    return _level


def info(message: str) -> None:
    """A summary line on stderr (hidden by --quiet)."""
    if _level >= NORMAL:
        typer.echo(message, err=True)


def detail(message: str) -> None:
    """A diagnostic line on stderr (shown by --verbose only)."""
    if _level >= VERBOSE:
        typer.echo(message, err=True)
