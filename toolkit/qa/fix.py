"""``--fix`` and ``--diff``: apply the safe repairs of the selected fixable checks.

Each fixable check's :meth:`~toolkit.checks.base.Check.fix` runs on every active unit, in
registry order, except where an inline ``toolkit: ignore[...]`` names that check.  The file
is rewritten through the format's own writer (the PO writer wraps as msgcat does, so only
the repaired lines change), atomically, while holding the folder lock; a file whose bytes
would not change is not touched.  ``--diff`` renders a unified diff instead of writing.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from toolkit.checks.base import Check, CheckContext
from toolkit.errors import ToolkitError
from toolkit.formats import detect, module_for
from toolkit.fsio import atomic_write, decode_text, read_bytes
from toolkit.model import Catalog
from toolkit.qa.ignores import IgnoreMask


@dataclass(frozen=True)
class FixOutcome:
    """What fixing one file did."""

    catalog: Catalog  # the repaired catalog (the original when nothing changed)
    units_fixed: int
    diff: str = ""  # unified diff (only with --diff)
    written: bool = False


def fix_units(catalog: Catalog, checks: Sequence[Check], ctx: CheckContext,
              mask: IgnoreMask) -> tuple[Catalog, int]:
    """Return the catalog with every fix applied and the number of units changed."""
    fixers = [c for c in checks if c.fixable]
    if not fixers:
        return catalog, 0
    units = []
    changed = 0
    for unit in catalog.units:
        new = unit
        if not unit.obsolete:
            ignored = mask.ignored_names(unit)
            for check in fixers:
                if check.name not in ignored:
                    try:
                        new = check.fix(new, ctx)
                    except Exception as exc:  # a bug in a fixer: name it, stop (exit 2)
                        raise ToolkitError(
                            f"internal error: fixing {check.name!r} failed: "
                            f"{type(exc).__name__}: {exc} (please report this)",
                            ctx.path, unit.line) from exc
        if new != unit:
            changed += 1
        units.append(new)
    if not changed:
        return catalog, 0
    return replace(catalog, units=tuple(units)), changed


def unified_diff(path: str, before: bytes, after: bytes) -> str:
    """A ``git diff``-style unified diff of one file (decoded as the file is)."""
    old = decode_text(before, path)
    new = decode_text(after, path, encoding=old.encoding)
    lines = difflib.unified_diff(old.text.splitlines(keepends=True),
                                 new.text.splitlines(keepends=True),
                                 fromfile=f"a/{Path(path).as_posix()}",
                                 tofile=f"b/{Path(path).as_posix()}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)


def apply(catalog: Catalog, path: str, checks: Sequence[Check], ctx: CheckContext,
          mask: IgnoreMask, *, write: bool) -> FixOutcome:
    """Fix ``catalog`` (read from ``path``); write it back when ``write`` else diff it.

    The caller holds :func:`toolkit.fsio.locked` on the file's folder.
    """
    fixed, count = fix_units(catalog, checks, ctx, mask)
    if not count:
        return FixOutcome(catalog, 0)
    before = read_bytes(path)
    after: bytes = module_for(detect(path)).write(fixed)
    if after == before:
        return FixOutcome(catalog, 0)
    if write:
        atomic_write(path, after)
        return FixOutcome(fixed, count, written=True)
    return FixOutcome(fixed, count, diff=unified_diff(path, before, after))
