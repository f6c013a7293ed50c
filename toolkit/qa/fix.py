"""``--fix`` and ``--diff``: apply the safe repairs of the selected fixable checks.

Each fixable check's :meth:`~toolkit.checks.base.Check.fix` runs on every active unit, in
registry order, except where an inline ``toolkit: ignore[...]`` names that check.

Only the repaired entries change in the file:

* PO: each repaired entry's lines are replaced by the PO writer's text for it (msgcat's
  layout; without wrapping when the entry was not wrapped at 79 columns), everything else
  is kept byte for byte (line endings, encoding, BOM, the other entries' wrapping).  The
  result is read back and must give exactly the repaired units, or nothing is written.
* Other formats (XLIFF): the file is rewritten by its writer only when that writer
  reproduces the untouched file byte for byte (a file we wrote); otherwise it is left alone
  and the run says so, since rewriting another tool's XLIFF could drop what we do not model.

Writes are atomic and happen while the caller holds the folder lock; a file whose bytes
would not change is not touched.  ``--diff`` renders a unified diff instead of writing.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from toolkit.checks.base import Check, CheckContext
from toolkit.errors import ToolkitError
from toolkit.formats import detect, module_for
from toolkit.formats._po_write import PAGE_WIDTH, entry_text
from toolkit.fsio import atomic_write, decode_text, encode_text, read_bytes
from toolkit.model import Catalog, Unit
from toolkit.qa.ignores import IgnoreMask

_NO_WRAP = 1 << 30


@dataclass(frozen=True)
class FixOutcome:
    """What fixing one file did."""

    catalog: Catalog  # the repaired catalog (the original when nothing changed)
    units_fixed: int
    diff: str = ""  # unified diff (only with --diff)
    written: bool = False
    skipped: str | None = None  # why a file with repairs was left alone


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


def unified_diff(path: str, before: bytes, after: bytes, encoding: str | None = None) -> str:
    """A ``git diff``-style unified diff of one file (decoded as the file is)."""
    old = decode_text(before, path, encoding=encoding)
    new = decode_text(after, path, encoding=old.encoding)
    lines = difflib.unified_diff(old.text.splitlines(keepends=True),
                                 new.text.splitlines(keepends=True),
                                 fromfile=f"a/{Path(path).as_posix()}",
                                 tofile=f"b/{Path(path).as_posix()}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n"
                   for line in lines)


def _comparable(catalog: Catalog) -> tuple[object, ...]:
    return (dict(catalog.header), catalog.header_comments, catalog.header_flags,
            tuple(replace(u, line=0) for u in catalog.units))


def _po_codec(before: bytes, catalog: Catalog) -> str | None:
    from toolkit.formats.po import charset_of

    return None if before[:3] == b"\xef\xbb\xbf" or before[:2] in (b"\xff\xfe", b"\xfe\xff") \
        else charset_of(catalog)


def splice_po(path: str, before: bytes, old: Catalog, new: Catalog) -> bytes | None:
    """``before`` with only the changed entries re-rendered; None when that cannot be done
    safely (unknown entry lines, or the result does not read back as ``new``)."""
    units: Sequence[Unit] = old.units
    if len(units) != len(new.units) or any(u.line <= 0 for u in units) or any(
            a.line >= b.line for a, b in itertools.pairwise(units)):
        return None
    source = decode_text(before, path, encoding=_po_codec(before, old))
    lines = source.text.splitlines(keepends=True)
    for i in reversed(range(len(units))):
        if units[i] == new.units[i]:
            continue
        start = units[i].line - 1
        end = units[i + 1].line - 1 if i + 1 < len(units) else len(lines)
        while end > start and not lines[end - 1].strip():
            end -= 1
        wide = any(len(line.rstrip("\n")) > PAGE_WIDTH for line in lines[start:end])
        text = entry_text(new.units[i], _NO_WRAP if wide else PAGE_WIDTH)
        lines[start:end] = text.splitlines(keepends=True)
    after = encode_text("".join(lines), encoding=source.encoding, newline=source.newline)
    try:
        check = module_for("po").read(after, path)
    except ToolkitError:
        return None
    return after if _comparable(check) == _comparable(new) else None


def _rewrite(path: str, before: bytes, old: Catalog, new: Catalog) -> tuple[bytes | None, str]:
    """The new bytes of the file, or None and the reason it cannot be rewritten safely."""
    fmt = detect(path)
    if fmt == "po":
        after = splice_po(path, before, old, new)
        if after is not None:
            return after, ""
        return None, "not fixed: the repaired entries could not be rewritten safely"
    module = module_for(fmt)
    if module.write(old) != before:
        return None, ("not fixed: this file was not written by toolkit, and rewriting it "
                      "could lose what we do not read; convert it or fix it in your editor")
    return module.write(new), ""


def apply(catalog: Catalog, path: str, checks: Sequence[Check], ctx: CheckContext,
          mask: IgnoreMask, *, write: bool) -> FixOutcome:
    """Fix ``catalog`` (read from ``path``); write it back when ``write`` else diff it.

    The caller holds :func:`toolkit.fsio.locked` on the file's folder.
    """
    fixed, count = fix_units(catalog, checks, ctx, mask)
    if not count:
        return FixOutcome(catalog, 0)
    before = read_bytes(path)
    after, why = _rewrite(path, before, catalog, fixed)
    if after is None:
        return FixOutcome(catalog, 0, skipped=f"{path}: {why}")
    if after == before:
        return FixOutcome(catalog, 0)
    if write:
        atomic_write(path, after)
        return FixOutcome(fixed, count, written=True)
    encoding = _po_codec(before, catalog) if detect(path) == "po" else None
    return FixOutcome(fixed, count, diff=unified_diff(path, before, after, encoding))
