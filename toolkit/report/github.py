"""GitHub Actions workflow commands: one annotation per finding on the PR diff.

``::error file={path},line={line},title={title}::{message}`` (``warning`` and ``notice``
for the other severities).  Escaping follows GitHub's toolkit (``@actions/core``
``escapeData``/``escapeProperty``): in the message ``%``, CR and LF become ``%25``, ``%0D``,
``%0A``; in property values ``:`` and ``,`` also become ``%3A`` and ``%2C``.
"""

from __future__ import annotations

from toolkit.model import Finding, Severity
from toolkit.qa.runner import RunResult

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """Escape a command's message."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a command's property value."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(finding: Finding, source: str | None = None, target: str | None = None) -> str:
    """One workflow command line for ``finding``."""
    props = [f"file={escape_property(finding.path)}"]
    if finding.line >= 1:
        props.append(f"line={finding.line}")
    props.append(f"title={escape_property(f'{finding.check} ({finding.code})')}")
    message = finding.message
    if finding.suggestion:
        message += f"\nsuggestion: {finding.suggestion}"
    if source is not None:
        message += f"\nsource: {source}\ntarget: {target or ''}"
    return f"::{COMMANDS[finding.severity]} {','.join(props)}::{escape_data(message)}"


def render(result: RunResult, *, color: bool = False) -> str:
    """One annotation line per finding (nothing when there are none)."""
    lines = []
    for f in result.findings:
        excerpt = result.excerpts.get((f.path, f.msgctxt, f.msgid))
        lines.append(annotation(f, *(excerpt or (None, None))))
    return "".join(line + "\n" for line in lines)
