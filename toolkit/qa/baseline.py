"""Baselines: adopt the checker on an existing project without fixing everything first.

``--write-baseline FILE`` records today's findings; ``--baseline FILE`` then hides those and
reports only new ones.  A finding is keyed by file, msgctxt, msgid and check name (not by
line or message), so moving units around, re-wrapping the file or rewording a message does
not make old findings new.  The file is JSON, sorted, one entry per key with a count::

    {
      "version": 1,
      "tool": "toolkit check",
      "findings": [
        {"path": "locales/kk/LC_MESSAGES/article.po", "msgctxt": null,
         "msgid": "Open file", "check": "glossary-missing", "count": 1}
      ]
    }

Paths are stored relative to the baseline file's folder, so the baseline works whatever
folder ``toolkit check`` is run from.  When a unit has more findings of one check than the
count, the extra ones (the last in file order) are new.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import replace
from pathlib import Path

from toolkit.errors import InputError
from toolkit.fsio import atomic_write_text, read_text
from toolkit.model import Finding
from toolkit.qa.runner import RunResult

VERSION = 1
Key = tuple[str, str | None, str, str]  # (path, msgctxt, msgid, check)


def _rel(path: str, base: Path) -> str:
    return Path(os.path.relpath(os.path.abspath(path), base)).as_posix()


def key_of(finding: Finding, base: Path) -> Key:
    """The baseline key of ``finding``, its path made relative to ``base``."""
    return (_rel(finding.path, base), finding.msgctxt, finding.msgid, finding.check)


def render_baseline(findings: Iterable[Finding], baseline_path: str | Path) -> str:
    """The baseline file's text for ``findings``."""
    base = Path(os.path.abspath(baseline_path)).parent
    counts = Counter(key_of(f, base) for f in findings)
    entries = [
        {"path": p, "msgctxt": ctx, "msgid": msgid, "check": check, "count": n}
        for (p, ctx, msgid, check), n in sorted(
            counts.items(), key=lambda kv: (kv[0][0], kv[0][1] or "", kv[0][2], kv[0][3]))
    ]
    data = {"version": VERSION, "tool": "toolkit check", "findings": entries}
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def write_baseline(result: RunResult, path: str | Path) -> int:
    """Write every finding of ``result`` to ``path`` (atomically); return how many."""
    atomic_write_text(path, render_baseline(result.findings, path))
    return len(result.findings)


def load_baseline(path: str | Path) -> Counter[Key]:
    """Read a baseline file; raises :class:`InputError` naming the file and line."""
    text = read_text(path).text
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise InputError(f"not a baseline file: invalid JSON ({exc.msg})", path,
                         exc.lineno) from None
    if not isinstance(data, dict) or data.get("version") != VERSION:
        raise InputError(f"not a baseline file of version {VERSION} "
                         "(write one with --write-baseline)", path)
    entries = data.get("findings")
    if not isinstance(entries, list):
        raise InputError("baseline file has no \"findings\" list", path)
    base = Path(os.path.abspath(path)).parent
    counts: Counter[Key] = Counter()
    for number, entry in enumerate(entries, 1):
        try:
            rel, ctx, msgid, check = (entry["path"], entry["msgctxt"], entry["msgid"],
                                      entry["check"])
            count = int(entry.get("count", 1))
            if not (isinstance(rel, str) and isinstance(msgid, str) and isinstance(check, str)
                    and (ctx is None or isinstance(ctx, str))):
                raise TypeError
        except (KeyError, TypeError, ValueError, AttributeError):
            raise InputError(f"baseline entry {number} is malformed: it needs path, msgctxt, "
                             "msgid, check and count", path) from None
        # Normalise through the file system so "./a/../x.po" and "x.po" are one key.
        counts[(_rel(str(base / rel), base), ctx, msgid, check)] += count
    return counts


def apply_baseline(result: RunResult, path: str | Path) -> RunResult:
    """``result`` without the findings recorded in the baseline at ``path``."""
    remaining = load_baseline(path)
    base = Path(os.path.abspath(path)).parent
    kept: list[Finding] = []
    hidden = 0
    for finding in result.findings:
        key = key_of(finding, base)
        if remaining[key] > 0:
            remaining[key] -= 1
            hidden += 1
        else:
            kept.append(finding)
    checked = {_rel(f.path, base) for f in result.files}
    # Only entries of files checked in this run can be stale (a run may check a subset).
    stale = sum(n for k, n in remaining.items() if n > 0 and k[0] in checked)
    return replace(result, findings=tuple(kept), baselined=hidden, stale_baseline=stale)
