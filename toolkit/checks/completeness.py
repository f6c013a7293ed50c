"""Completeness checks (CM): untranslated units, fuzzy units, plural form counts."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

from toolkit.checks._text import EMPTY, cldr_plural, parse_plural_forms
from toolkit.checks.base import Check, CheckContext
from toolkit.model import Finding, Severity, Unit


class Untranslated(Check):
    """A unit, or one of its plural forms, has no translation.

    Default severity: warning (a partly translated catalog is normal work in progress;
    use ``--fail-on warning`` or a severity override to make it block a release).
    Fuzzy units are reported by ``fuzzy`` instead.

    Bad:
        msgid "Save changes"
        msgstr ""

    Good:
        msgid "Save changes"
        msgstr "Өзгерістерді сақтау"
    """

    name: ClassVar[str] = "untranslated"
    code: ClassVar[str] = "CM001"
    severity: ClassVar[Severity] = Severity.WARNING

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        target = unit.target
        done = target[0] if len(target) == 1 else bool(target) and all(target)
        if done or unit.obsolete or unit.fuzzy:
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not any(unit.target):
            yield self.finding(ctx, unit, "not translated")
            return
        empty = [str(i) for i, text in enumerate(unit.target) if not text]
        yield self.finding(ctx, unit, f"plural form msgstr[{', '.join(empty)}] is empty")


class Fuzzy(Check):
    """A unit is marked fuzzy: its translation needs review and is not used by gettext.

    Default severity: warning.

    Bad:
        #, fuzzy
        msgid "Delete file"
        msgstr "Файлды жою"

    Good:
        msgid "Delete file"
        msgstr "Файлды жою"
    """

    name: ClassVar[str] = "fuzzy"
    code: ClassVar[str] = "CM002"
    severity: ClassVar[Severity] = Severity.WARNING

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if "fuzzy" not in unit.flags or unit.obsolete or not unit.source:
            return EMPTY
        return iter((self.finding(
            ctx, unit, "marked fuzzy: review the translation and remove the flag"),))


class PluralForms(Check):
    """A plural unit's number of forms differs from the Plural-Forms header (else CLDR).

    Without a ``Plural-Forms`` header the count is compared with CLDR's plural rules for
    the target language.

    Default severity: error (gettext picks a missing form at run time and shows nothing).

    Bad (ru, nplurals=3):
        msgid "%d file"
        msgid_plural "%d files"
        msgstr[0] "%d файл"
        msgstr[1] "%d файлов"

    Good (ru):
        msgstr[0] "%d файл"
        msgstr[1] "%d файла"
        msgstr[2] "%d файлов"
    """

    name: ClassVar[str] = "plural-forms"
    code: ClassVar[str] = "CM003"
    severity: ClassVar[Severity] = Severity.ERROR

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if unit.source_plural is None or unit.obsolete:
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        count = len(unit.target)
        parsed = parse_plural_forms(ctx.catalog.header.get("Plural-Forms", ""))
        cldr = cldr_plural(ctx.target_lang)
        if parsed is not None:
            expected, origin = parsed[0], "the Plural-Forms header"
        elif cldr is not None:
            expected, origin = cldr[0], f"CLDR for {ctx.target_lang.code}"
        else:
            return  # neither the file nor CLDR says how many forms there are
        if count != expected:
            yield self.finding(
                ctx, unit, f"{count} plural form(s), {origin} says nplurals={expected}")
