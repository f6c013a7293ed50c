"""SARIF 2.1.0, for GitHub code scanning and other SARIF viewers.

``tool.driver.rules`` lists the checks of the run (id = code, name = kebab-case name, help
from the check's docstring); each result has ``ruleId``, ``ruleIndex``, ``level``,
``message`` and a physical location (``artifactLocation.uri`` relative as given, or a
``file://`` URI for an absolute path; ``region.startLine``, 1 for a whole-file finding).
``partialFingerprints`` are keyed like the baseline (file, msgctxt, msgid, check), so code
scanning keeps tracking an alert when units move.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path
from typing import Any
from urllib.parse import quote

from toolkit import __version__
from toolkit.model import Finding, Severity
from toolkit.qa.runner import RunResult
from toolkit.report._common import check_doc, check_summary, dump_json, rules

SCHEMA = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
          "sarif-schema-2.1.0.json")
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def artifact_uri(path: str) -> str:
    """A URI reference for ``path``: relative paths stay relative (posix, %-encoded)."""
    if os.path.isabs(path):
        return Path(path).as_uri()
    return quote(Path(os.path.normpath(path)).as_posix(), safe="/")


def fingerprint(finding: Finding) -> str:
    raw = "\x1f".join((Path(os.path.normpath(finding.path)).as_posix(),
                       finding.msgctxt or "\x00", finding.msgid, finding.check))
    return hashlib.sha256(raw.encode("utf-8")).hexdigest()[:32]


def _rule(check: Any) -> dict[str, Any]:
    doc = check_doc(check) or check.name
    return {
        "id": check.code,
        "name": check.name,
        "shortDescription": {"text": check_summary(check)},
        "fullDescription": {"text": doc},
        "help": {"text": doc, "markdown": doc},
        "defaultConfiguration": {"level": LEVELS[check.severity]},
        "properties": {"tags": ["translation"]},
    }


def _result(finding: Finding, index: int) -> dict[str, Any]:
    # A finding about the whole file (line 0) points at line 1, where the header starts:
    # code scanning places every alert on a line.
    physical: dict[str, Any] = {"artifactLocation": {"uri": artifact_uri(finding.path)},
                                "region": {"startLine": max(finding.line, 1)}}
    text = finding.message
    if finding.suggestion:
        text += f" Suggestion: {finding.suggestion}"
    return {
        "ruleId": finding.code,
        "ruleIndex": index,
        "level": LEVELS[finding.severity],
        "message": {"text": text},
        "locations": [{"physicalLocation": physical}],
        "partialFingerprints": {"toolkitFinding/v1": fingerprint(finding)},
        "properties": {"check": finding.check, "locale": finding.locale,
                       "msgctxt": finding.msgctxt, "msgid": finding.msgid},
    }


def as_data(result: RunResult) -> dict[str, Any]:
    """The SARIF log as Python data."""
    checks = rules(result)
    index = {c.name: i for i, c in enumerate(checks)}
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "toolkit",
                "fullName": "Tilmash toolkit check",
                "version": __version__,
                "rules": [_rule(c) for c in checks],
            }},
            "columnKind": "unicodeCodePoints",
            "results": [_result(f, index[f.check]) for f in result.findings],
        }],
    }


def render(result: RunResult, *, color: bool = False) -> str:
    """The SARIF log as JSON text: structure indented, one rule or result per line."""
    return dump_json(as_data(result), depth=6, rows=frozenset({"rules", "results"})) + "\n"
