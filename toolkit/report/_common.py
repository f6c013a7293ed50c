"""Small helpers shared by the report formats (no IO)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from toolkit.checks.base import Check
from toolkit.model import Finding
from toolkit.qa.describe import check_doc, check_summary
from toolkit.qa.runner import RunResult

__all__ = ["by_path", "check_doc", "check_summary", "dump_json", "one_line", "rules"]


def rules(result: RunResult) -> list[type[Check]]:
    """The checks of the run, plus any check that produced a finding but was not listed."""
    out = list(result.checks)
    names = {c.name for c in out}
    for finding in result.findings:
        if finding.check not in names:
            names.add(finding.check)
            out.append(_stand_in(finding))
    return out


def _stand_in(finding: Finding) -> type[Check]:
    """A rule entry for a finding whose check class we do not have (never in practice)."""
    return type("Unknown", (Check,), {
        "name": finding.check, "code": finding.code, "severity": finding.severity,
        "__doc__": finding.check, "run": lambda self, unit, ctx: iter(()),
    })


def one_line(text: str, limit: int = 120) -> str:
    """Escape newlines and tabs and cut to ``limit`` characters, for excerpts."""
    flat = text.replace("\\", "\\\\").replace("\n", "\\n").replace("\t", "\\t")
    return flat if len(flat) <= limit else flat[: limit - 1] + "…"


def by_path(findings: Sequence[Finding]) -> dict[str, list[Finding]]:
    out: dict[str, list[Finding]] = {}
    for finding in findings:
        out.setdefault(finding.path, []).append(finding)
    return out


def dump_json(value: Any, depth: int, level: int = 0,
              rows: frozenset[str] = frozenset()) -> str:
    """JSON with the outer ``depth`` levels indented (two spaces) and everything deeper on
    one line; a list under a key in ``rows`` gets one item per line whatever its depth.
    Fast, because only an unindented ``json.dumps`` runs in C (an indented one is ~5x
    slower on tens of thousands of findings); one finding per line also diffs well."""
    if depth <= 0 or not isinstance(value, (dict, list)) or not value:
        return json.dumps(value, ensure_ascii=False)
    pad, end = "  " * (level + 1), "  " * level
    if isinstance(value, dict):
        items = []
        for key, item in value.items():
            inner = 1 if key in rows and isinstance(item, list) else depth - 1
            items.append(f"{pad}{json.dumps(key, ensure_ascii=False)}: "
                         f"{dump_json(item, inner, level + 1, rows)}")
        return "{\n" + ",\n".join(items) + f"\n{end}}}"
    items = [pad + dump_json(v, depth - 1, level + 1, rows) for v in value]
    return "[\n" + ",\n".join(items) + f"\n{end}]"
