"""Machine-readable JSON; the shape is stable and documented in ``docs/check.md``::

    {"version": 1,
     "summary": {"files": N, "units": N, "errors": N, "warnings": N},
     "findings": [{"path": ..., "line": 12, "locale": "kk", "msgctxt": null,
                   "msgid": ..., "check": ..., "code": ..., "severity": "error",
                   "message": ...}]}

``msgid``/``msgctxt`` are exactly as in the file; ``path`` is as given on the command line.
"""

from __future__ import annotations

from typing import Any

from toolkit.qa.runner import RunResult
from toolkit.report._common import dump_json

VERSION = 1


def as_data(result: RunResult) -> dict[str, Any]:
    """The JSON document as Python data."""
    return {
        "version": VERSION,
        "summary": {"files": len(result.files), "units": result.units,
                    "errors": result.errors, "warnings": result.warnings},
        "findings": [
            {"path": f.path, "line": f.line, "locale": f.locale, "msgctxt": f.msgctxt,
             "msgid": f.msgid, "check": f.check, "code": f.code,
             "severity": f.severity.value, "message": f.message}
            for f in result.findings
        ],
    }


def render(result: RunResult, *, color: bool = False) -> str:
    """UTF-8 JSON (Cyrillic kept readable), one finding per line."""
    return dump_json(as_data(result), depth=2) + "\n"
