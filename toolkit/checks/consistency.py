"""The consistency check (CS): one source, several translations, across all files."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator, Sequence
from typing import ClassVar

from toolkit.checks._text import comparable
from toolkit.checks.base import Check, CheckContext
from toolkit.model import Catalog, Finding, Severity, Unit

Key = tuple[str, str | None, str, str | None]


def _normal(target: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(" ".join(t.split()) for t in target)


class Inconsistent(Check):
    """The same source text (and context) is translated differently within one locale.

    In one file or across the files of the run.

    Units whose translation differs from the most common one are reported, with the
    other translation and where it is; when no translation is in the majority, every
    variant is reported.  Whitespace differences are ignored (see ``whitespace``);
    fuzzy and untranslated units are skipped.  Default severity: warning.

    Bad (kk, two files):
        a.po: msgid "Head of State"  msgstr "Мемлекет басшысы"
        b.po: msgid "Head of State"  msgstr "Президент"

    Good:
        a.po and b.po: msgstr "Мемлекет басшысы"
    """

    name: ClassVar[str] = "inconsistent"
    code: ClassVar[str] = "CS001"
    severity: ClassVar[Severity] = Severity.WARNING
    scope: ClassVar[str] = "catalogs"

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        return iter(())

    def run_catalogs(self, catalogs: Sequence[tuple[Catalog, CheckContext]]) -> Iterator[Finding]:
        groups: dict[Key, list[tuple[Unit, CheckContext, tuple[str, ...]]]] = {}
        for catalog, ctx in catalogs:
            locale = ctx.target_lang.code
            for unit in catalog.units:
                if not unit.source or not comparable(unit) or not all(unit.target):
                    continue
                key = (locale, unit.context, unit.source, unit.source_plural)
                groups.setdefault(key, []).append((unit, ctx, _normal(unit.target)))
        for members in groups.values():
            if len(members) < 2:
                continue
            counts = Counter(target for _u, _c, target in members)
            if len(counts) < 2:
                continue
            ranked = counts.most_common()
            top, top_n = ranked[0]
            majority = top if top_n > ranked[1][1] else None
            for unit, ctx, target in members:
                if target == majority:
                    continue
                other_unit, other_ctx, other = next(
                    m for m in members if m[2] != target and (majority is None or
                                                               m[2] == majority))
                where = f"{other_ctx.path}:{other_unit.line}"
                yield Finding(
                    path=ctx.path, line=unit.line, locale=ctx.target_lang.code,
                    msgctxt=unit.context, msgid=unit.source, check=self.name, code=self.code,
                    severity=self.severity,
                    message=f"translated differently elsewhere: {' | '.join(other)!r} at {where}"
                    f" ({len(counts)} variants)",
                    suggestion=other[0] if majority is not None else None)
