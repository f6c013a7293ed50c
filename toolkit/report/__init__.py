"""Report formats: each turns a :class:`~toolkit.qa.runner.RunResult` into text.

One module per format, each a pure function ``render(result, *, color=False) -> str``
that never prints (as Ruff's output writers and flake8's formatters).  ``REPORTERS`` is the
only registry; the CLI's ``--format`` choices come from it.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Protocol

from toolkit.errors import UsageError

if TYPE_CHECKING:
    from toolkit.qa.runner import RunResult


class Render(Protocol):
    def __call__(self, result: RunResult, *, color: bool = False) -> str: ...


#: format name -> module under toolkit.report.
REPORTERS: dict[str, str] = {
    "text": "toolkit.report.text",
    "json": "toolkit.report.json",
    "junit": "toolkit.report.junit",
    "sarif": "toolkit.report.sarif",
    "github": "toolkit.report.github",
}


def get_reporter(name: str) -> Render:
    """The ``render`` function of format ``name``."""
    try:
        module = importlib.import_module(REPORTERS[name])
    except KeyError:
        raise UsageError(f"unknown format {name!r}; choose one of: "
                         f"{', '.join(REPORTERS)}") from None
    render: Render = module.render
    return render
