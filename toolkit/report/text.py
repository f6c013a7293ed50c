"""The default, human format: one ``path:line: severity name: message`` line per finding,
the unit's source and target under it, then a summary table.

Colour (ANSI) only when ``color`` is true; the CLI passes true on a TTY unless
``NO_COLOR`` is set or the report goes to a file.
"""

from __future__ import annotations

from collections import Counter

from toolkit.model import Finding, Severity
from toolkit.qa.runner import RunResult
from toolkit.report._common import one_line, rules

_RESET = "\x1b[0m"
_STYLES = {
    "path": "\x1b[1m",
    "error": "\x1b[1;31m",
    "warning": "\x1b[1;33m",
    "info": "\x1b[1;34m",
    "check": "\x1b[36m",
    "dim": "\x1b[2m",
}


def _paint(text: str, style: str, color: bool) -> str:
    return f"{_STYLES[style]}{text}{_RESET}" if color else text


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


def _finding(finding: Finding, result: RunResult, color: bool) -> list[str]:
    where = finding.path if finding.line <= 0 else f"{finding.path}:{finding.line}"
    level = finding.severity.value
    lines = [f"{_paint(where, 'path', color)}: {_paint(level, level, color)} "
             f"{_paint(finding.check, 'check', color)}: {one_line(finding.message, 10_000)}"]
    excerpt = result.excerpts.get((finding.path, finding.msgctxt, finding.msgid))
    if finding.msgctxt is not None:
        lines.append(_paint(f"    context: {one_line(finding.msgctxt)}", "dim", color))
    if excerpt is not None:
        source, target = excerpt
        lines.append(_paint(f"    source:  {one_line(source)}", "dim", color))
        lines.append(_paint(f"    target:  {one_line(target)}", "dim", color))
    elif finding.msgid:
        lines.append(_paint(f"    source:  {one_line(finding.msgid)}", "dim", color))
    if finding.suggestion:
        lines.append(f"    suggestion: {one_line(finding.suggestion)}")
    return lines


def _table(result: RunResult) -> list[str]:
    counts: Counter[tuple[str, Severity]] = Counter(
        (f.check, f.severity) for f in result.findings)
    codes = {c.name: c.code for c in rules(result)}
    names = sorted({f.check for f in result.findings})
    rows: list[list[str]] = [["check", "code", "errors", "warnings", "info"]]
    for name in names:
        rows.append([name, codes.get(name, ""),
                     *(str(counts[(name, s)]) for s in (Severity.ERROR, Severity.WARNING,
                                                        Severity.INFO))])
    rows.append(["total", "", str(result.errors), str(result.warnings),
                 str(result.count(Severity.INFO))])
    widths = [max(len(row[i]) for row in rows) for i in range(5)]
    out = []
    for number, row in enumerate(rows):
        cells = [row[0].ljust(widths[0]), row[1].ljust(widths[1]),
                 *(cell.rjust(widths[i]) for i, cell in enumerate(row[2:], 2))]
        out.append("  ".join(cells).rstrip())
        if number == 0 or number == len(rows) - 2:
            out.append("  ".join("-" * w for w in widths))
    return out


def _summary(result: RunResult) -> str:
    parts = [f"{_plural(len(result.files), 'file')}, {_plural(result.units, 'unit')} checked"]
    if result.findings:
        parts.append(f"{_plural(result.errors, 'error')}, "
                     f"{_plural(result.warnings, 'warning')}, "
                     f"{result.count(Severity.INFO)} info")
    else:
        parts.append("no findings")
    extra = []
    if result.suppressed:
        extra.append(f"{result.suppressed} suppressed inline")
    if result.baselined:
        extra.append(f"{result.baselined} in the baseline")
    if result.stale_baseline:
        extra.append(f"{result.stale_baseline} baseline entries no longer occur")
    if result.fixed:
        extra.append(f"{_plural(result.fixed, 'unit')} fixed")
    line = ": ".join(parts)
    return line + (f" ({'; '.join(extra)})" if extra else "")


def render(result: RunResult, *, color: bool = False) -> str:
    """Findings grouped in file order, then the per-check table and a summary line."""
    lines: list[str] = []
    for finding in result.findings:
        lines.extend(_finding(finding, result, color))
    if result.findings:
        lines.append("")
        lines.extend(_table(result))
        lines.append("")
    lines.append(_summary(result))
    return "\n".join(lines) + "\n"
