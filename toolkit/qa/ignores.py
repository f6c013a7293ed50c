"""Inline suppression: ``# toolkit: ignore[numbers, quotes]`` in a translator comment.

* In a unit's translator comment it hides that unit's findings of the named checks.
* In the header comment (the ``#`` lines above the PO header entry) it hides them for the
  whole file.  XLIFF readers hand notes over as translator comments, so the same line in a
  note works too.
* Names, codes, code prefixes and ``all`` are accepted, as in ``--select``.

The syntax is one regex (:data:`IGNORE_RE`); a comment that starts with ``toolkit:`` but does
not match it, or names an unknown check, is reported as ``ignore-malformed``.  An ignore that
hid nothing is reported as ``ignore-unused`` (as flake8/sqlfluff do), so stale ignores do
not pile up.  Both are ordinary checks: select, ignore or re-level them like any other.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from toolkit.checks.base import Check, CheckContext
from toolkit.model import Catalog, Finding, Severity, Unit
from toolkit.qa.select import NameResolver

#: ``toolkit: ignore[name, CODE, ...]`` after the comment marker has been stripped.
IGNORE_RE = re.compile(r"toolkit:\s*ignore\[(?P<names>[^\[\]]*)\]\s*", re.IGNORECASE)
#: Any comment that is meant as a directive to us.
DIRECTIVE_RE = re.compile(r"toolkit\s*:", re.IGNORECASE)


class IgnoreMalformed(Check):
    """A ``toolkit: ignore[...]`` comment cannot be read or names an unknown check.

    Bad: ``# toolkit: ignore numbers`` or ``# toolkit: ignore[nubmers]``
    Good: ``# toolkit: ignore[numbers]``
    """

    name = "ignore-malformed"
    code = "IG001"
    severity = Severity.ERROR

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        return iter(())  # reported by the runner, which reads the comments


class IgnoreUnused(Check):
    """A ``toolkit: ignore[...]`` comment hides nothing: the check no longer fires there.

    Bad: ``# toolkit: ignore[numbers]`` above a unit whose numbers match
    Good: remove the comment
    """

    name = "ignore-unused"
    code = "IG002"
    severity = Severity.WARNING

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        return iter(())


META_CHECKS: tuple[type[Check], ...] = (IgnoreMalformed, IgnoreUnused)


@dataclass
class IgnoreEntry:
    """One name inside one ignore comment."""

    token: str
    names: frozenset[str]
    line: int
    key: tuple[str | None, str] | None  # the unit's (msgctxt, msgid); None for the file
    used: bool = False


@dataclass
class IgnoreMask:
    """Every ignore of one file, parsed once; :meth:`suppresses` marks entries used."""

    path: str
    locale: str | None
    file_entries: list[IgnoreEntry] = field(default_factory=list)
    unit_entries: dict[tuple[str | None, str], list[IgnoreEntry]] = field(default_factory=dict)
    malformed: list[Finding] = field(default_factory=list)

    def ignored_names(self, unit: Unit) -> frozenset[str]:
        """Names ignored for ``unit`` (file-level ones included), without marking use."""
        out: set[str] = set()
        for entry in (*self.file_entries, *self.unit_entries.get(unit.key, ())):
            out |= entry.names
        return frozenset(out)

    def suppresses(self, finding: Finding) -> bool:
        """Is ``finding`` hidden by an ignore?  Marks the matching entries as used."""
        hit = False
        for entry in (*self.unit_entries.get((finding.msgctxt, finding.msgid), ()),
                      *self.file_entries):
            if finding.check in entry.names:
                entry.used = True
                hit = True
        return hit

    def unused(self, selected: frozenset[str]) -> list[Finding]:
        """``ignore-unused`` findings for entries that hid nothing (of checks that ran)."""
        out: list[Finding] = []
        entries = [*self.file_entries]
        for group in self.unit_entries.values():
            entries.extend(group)
        for entry in entries:
            ran = entry.names & selected
            if entry.used or not ran:
                continue
            where = "this file" if entry.key is None else "this unit"
            msgctxt, msgid = entry.key if entry.key is not None else (None, "")
            out.append(_finding(IgnoreUnused, self.path, entry.line, self.locale, msgctxt,
                                msgid, f"unused ignore {entry.token!r}: no finding of "
                                f"{', '.join(sorted(ran))} in {where}"))
        return out


def _finding(check: type[Check], path: str, line: int, locale: str | None,
             msgctxt: str | None, msgid: str, message: str) -> Finding:
    return Finding(path=path, line=line, locale=locale, msgctxt=msgctxt, msgid=msgid,
                   check=check.name, code=check.code, severity=check.severity, message=message)


def _strip_comment(line: str) -> str:
    return line.lstrip("#").strip()


def _parse_lines(lines: Sequence[str], line: int, key: tuple[str | None, str] | None,
                 resolver: NameResolver, mask: IgnoreMask) -> list[IgnoreEntry]:
    entries: list[IgnoreEntry] = []
    msgctxt, msgid = key if key is not None else (None, "")
    for raw in lines:
        text = _strip_comment(raw)
        directive = DIRECTIVE_RE.match(text)
        if directive is None:
            continue
        match = IGNORE_RE.fullmatch(text)
        if match is None:
            mask.malformed.append(_finding(
                IgnoreMalformed, mask.path, line, mask.locale, msgctxt, msgid,
                f"cannot read {text!r}; write `toolkit: ignore[name, ...]` "
                "(check names or codes, or `all`)"))
            continue
        tokens = [t.strip() for t in match.group("names").split(",")]
        if not any(tokens):
            mask.malformed.append(_finding(
                IgnoreMalformed, mask.path, line, mask.locale, msgctxt, msgid,
                "empty ignore list; name the checks: `toolkit: ignore[name, ...]`"))
            continue
        for token in tokens:
            if not token:
                continue
            names = resolver.resolve(token)
            if names is None:
                mask.malformed.append(_finding(
                    IgnoreMalformed, mask.path, line, mask.locale, msgctxt, msgid,
                    f"unknown check {token!r} in ignore" + resolver.suggest(token)))
                continue
            entries.append(IgnoreEntry(token=token, names=frozenset(names), line=line,
                                       key=key))
    return entries


def build_mask(catalog: Catalog, path: str, locale: str | None,
               resolver: NameResolver) -> IgnoreMask:
    """Parse every ignore comment of ``catalog`` once."""
    mask = IgnoreMask(path=path, locale=locale)
    mask.file_entries = _parse_lines(catalog.header_comments, 1, None, resolver, mask)
    for unit in catalog.units:
        if unit.obsolete or not unit.translator_comments:
            continue
        entries = _parse_lines(unit.translator_comments, unit.line, unit.key, resolver, mask)
        if entries:
            mask.unit_entries.setdefault(unit.key, []).extend(entries)
    return mask
