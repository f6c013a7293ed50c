"""Small stand-in checks with known behaviour, so the runner, selection, ignores, fixes and
reports are tested independently of the real checks."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import replace
from typing import ClassVar

from toolkit.checks.base import Check, CheckContext
from toolkit.model import Catalog, Finding, Severity, Unit
from toolkit.qa.ignores import META_CHECKS

_DIGITS = re.compile(r"\d+")


class Digits(Check):
    """Digits of the source are missing from the target.

    Bad: ``Open 5 files`` -> ``6 файлды ашу``
    Good: ``Open 5 files`` -> ``5 файлды ашу``
    """

    name: ClassVar[str] = "digits"
    code: ClassVar[str] = "FK001"
    severity: ClassVar[Severity] = Severity.ERROR

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not unit.translated:
            return
        for number in _DIGITS.findall(unit.source):
            if number not in unit.target[0]:
                yield self.finding(ctx, unit, f"{number} is missing from the target")


class Spaces(Check):
    """The target ends with a space.

    Bad: ``"Сақтау "``
    Good: ``"Сақтау"``
    """

    name: ClassVar[str] = "spaces"
    code: ClassVar[str] = "FK002"
    severity: ClassVar[Severity] = Severity.WARNING
    fixable: ClassVar[bool] = True

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if any(t.endswith(" ") for t in unit.target):
            yield self.finding(ctx, unit, "trailing space in the target")

    def fix(self, unit: Unit, ctx: CheckContext) -> Unit:
        return replace(unit, target=tuple(t.rstrip(" ") for t in unit.target))


class Dupes(Check):
    """One source has different targets in one locale (across files too)."""

    name: ClassVar[str] = "dupes"
    code: ClassVar[str] = "FK003"
    severity: ClassVar[Severity] = Severity.WARNING
    scope: ClassVar[str] = "catalogs"

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        return iter(())

    def run_catalogs(self, catalogs: Sequence[tuple[Catalog, CheckContext]]
                     ) -> Iterator[Finding]:
        seen: dict[tuple[str, str], str] = {}
        for catalog, ctx in catalogs:
            for unit in catalog.active:
                if not unit.translated:
                    continue
                key = (ctx.target_lang.code, unit.source)
                first = seen.setdefault(key, unit.target[0])
                if first != unit.target[0]:
                    yield self.finding(ctx, unit, f"translated differently elsewhere: {first!r}")


class Rare(Check):
    """Off by default: flags every translated unit."""

    name: ClassVar[str] = "rare"
    code: ClassVar[str] = "FK004"
    severity: ClassVar[Severity] = Severity.INFO
    default_enabled: ClassVar[bool] = False

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if unit.translated:
            yield self.finding(ctx, unit, "rare check fired")


class GlossaryFake(Check):
    """Reports whether a matcher was handed over (name starts with glossary-)."""

    name: ClassVar[str] = "glossary-fake"
    code: ClassVar[str] = "FK005"
    severity: ClassVar[Severity] = Severity.WARNING
    default_enabled: ClassVar[bool] = False

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.matcher is not None:
            yield self.finding(ctx, unit, f"matcher {ctx.matcher!r}")


class Crash(Check):
    """A check with a bug: raises on a unit whose source is "boom"."""

    name: ClassVar[str] = "crash"
    code: ClassVar[str] = "FK009"

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if unit.source == "boom":
            raise KeyError("oops")
        return iter(())


FAKE_CHECKS: tuple[type[Check], ...] = (Digits, Spaces, Dupes, Rare, GlossaryFake)
REGISTRY: tuple[type[Check], ...] = (*FAKE_CHECKS, *META_CHECKS)

KK_HEADER = '''msgid ""
msgstr ""
"Language: kk\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"
'''


def po(body: str, header: str = KK_HEADER, header_comment: str = "") -> str:
    """A PO file: optional header comment lines, the header, then ``body``."""
    return header_comment + header + "\n" + body
