"""What a check says about itself: its docstring, read once for ``--list-checks``, the
SARIF rule help and the generated docs (so none of them can drift from the code)."""

from __future__ import annotations

import inspect

from toolkit.checks.base import Check


def check_doc(check: type[Check]) -> str:
    """The check's own docstring, dedented ("" when it has none)."""
    doc = check.__dict__.get("__doc__")
    return inspect.cleandoc(doc) if doc else ""


def check_summary(check: type[Check]) -> str:
    """The docstring's first paragraph (the summary), on one line."""
    doc = check_doc(check)
    if not doc:
        return check.name
    return " ".join(doc.split("\n\n", 1)[0].split())
