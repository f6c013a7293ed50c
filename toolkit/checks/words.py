"""Word-level checks (WD): doubled words, untranslated copies of the source, length."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import ClassVar

from toolkit.checks._text import (
    EMPTY,
    any_target,
    char_script,
    comparable,
    form_label,
    form_sources,
    mask,
    words,
)
from toolkit.checks.base import Check, CheckContext
from toolkit.checks.terminology import hits
from toolkit.model import Catalog, Finding, Severity, Unit

_PUNCT = ".,;:!?…«»„“”\"'()[]"


def _repeats(text: str) -> bool:
    """Some word occurs twice (a cheap pre-test for a doubled word)."""
    tokens = text.lower().split()
    return len({t.strip(_PUNCT) for t in tokens}) != len(tokens)
DOUBLED = re.compile(r"(?<![\w-])([^\W\d_]+)\s+\1(?![\w-])", re.IGNORECASE)


class DoubleWord(Check):
    """The same word twice in a row in the target ("the the", "және және").

    Hyphenated reduplication (бірте-бірте, давным-давно) is not affected, nor is a target
    whose source doubles a word too (names like "Bora Bora").  Default severity: warning.

    Bad:
        msgstr "Ассамблея ел ел бірлігінің символына айналды."

    Good:
        msgstr "Ассамблея ел бірлігінің символына айналды."
    """

    name: ClassVar[str] = "double-word"
    code: ClassVar[str] = "WD001"
    severity: ClassVar[Severity] = Severity.WARNING

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not comparable(unit) or not any_target(unit, _repeats):
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        for index, source, target in form_sources(unit):
            if not _repeats(target):
                continue
            m = DOUBLED.search(mask(target, unit))
            if m is None:
                continue
            word = m.group(1).lower()
            if DOUBLED.search(source):  # "Bora Bora" -> "Бора Бора": the source doubles too
                continue
            yield self.finding(ctx, unit, f"{form_label(unit, index)}doubled word {word!r}")


#: Texts that need no translation: no letters left once code, numbers and links go.
LETTERS = re.compile(r"[^\W\d_]{2,}")
IDENTIFIER = re.compile(
    r"^(?:[A-Z0-9]{2,6}|[A-Za-z]+[A-Z][A-Za-z]*|[\w-]*\d[\w-]*|\w+(?:[.@/_]\w+)+|[A-Z][a-z]+"
    r"|[A-Z]\w*(?:-[A-Z]\w*)+)$"
)


def looks_untranslatable(text: str, unit: Unit) -> bool:
    """Nothing to translate: only code/numbers/links, or names, acronyms and identifiers."""
    masked = mask(text, unit)
    if not LETTERS.search(masked):
        return True
    tokens = [t.strip(".,:;!?()«»\"'“”") for t in masked.split()]
    tokens = [t for t in tokens if t]
    # "Kaspi.kz", "JavaScript", "PostgreSQL", "API", "Astana Hub": names stay as they are.
    if len(tokens) > 1 and all(IDENTIFIER.match(t) for t in tokens):
        return True
    word = tokens[0] if len(tokens) == 1 else ""
    return bool(IDENTIFIER.match(word)) and (not word.istitle() or "-" in word)


class Unchanged(Check):
    """The target is a copy of the source where a translation is expected.

    Not reported for texts with nothing to translate (numbers, links, placeholders),
    identifiers and names ("Kaspi.kz", "Astana Hub", "API", "JavaScript"), do-not-translate
    glossary terms, a one-word name the same catalog keeps untranslated inside other
    translations ("Telegram" when another unit reads "Telegram арқылы жіберу"), or when
    source and target languages share a code.
    Default severity: warning.

    Bad (kk):
        msgid "Save changes"
        msgstr "Save changes"

    Good:
        msgid "Astana Hub"
        msgstr "Astana Hub"
    """

    name: ClassVar[str] = "unchanged"
    code: ClassVar[str] = "WD002"
    severity: ClassVar[Severity] = Severity.WARNING

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not unit.target:
            return EMPTY
        if unit.source_plural is None:
            if unit.target[0].strip() != unit.source.strip():
                return EMPTY
        elif not any(t.strip() in (unit.source.strip(), unit.source_plural.strip())
                     for t in unit.target):
            return EMPTY
        if not comparable(unit):
            return EMPTY
        if ctx.source_lang.code == ctx.target_lang.code:
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        for index, source, target in form_sources(unit):
            if source.strip() != target.strip() or looks_untranslatable(source, unit):
                continue
            if self._protected(source, ctx) or _kept_name(source, ctx):
                continue
            yield self.finding(ctx, unit, f"{form_label(unit, index)}the target is the same as "
                               "the source")

    @staticmethod
    def _protected(source: str, ctx: CheckContext) -> bool:
        """The whole source is do-not-translate glossary terms."""
        found = [h for h in hits(ctx, source, ctx.source_lang.code) if h.term.do_not_translate]
        if not found:
            return False
        rest = source
        for hit in sorted(found, key=lambda h: h.start, reverse=True):
            rest = rest[:hit.start] + rest[hit.end:]
        return not LETTERS.search(rest)


_NAMES: dict[int, tuple[Catalog, frozenset[str]]] = {}


def kept_names(catalog: Catalog, script: str) -> frozenset[str]:
    """Words in another script than ``script`` that translators kept inside translated
    targets of ``catalog`` ("Telegram" in "Telegram арқылы жіберу"): names, not English."""
    found = _NAMES.get(id(catalog))
    if found is None:
        names: set[str] = set()
        for unit in catalog.units:
            for target in unit.target:
                if not target or target == unit.source or target.isascii():
                    continue
                for m in words(target):
                    word = m.group(0)
                    if word[0].isupper() and char_script(word[0]) not in ("", script):
                        names.add(word)
        if len(_NAMES) > 64:  # keep only recent catalogs alive
            _NAMES.clear()
        found = _NAMES[id(catalog)] = (catalog, frozenset(names))
    return found[1]


def _kept_name(source: str, ctx: CheckContext) -> bool:
    """A one-word source that the same catalog keeps as a name inside other translations."""
    word = source.strip()
    if " " in word or not word[:1].isupper():
        return False
    return word in kept_names(ctx.catalog, ctx.target_lang.script)


class Length(Check):
    """The target is unusually long or short for its source.

    A sign of a missing or duplicated sentence, or of a translation pasted into the wrong
    unit.

    The expected ratio comes from the languages' ``length_ratio`` (ru 1.15, kk 1.1 times
    English); a target more than 2.2 times longer or 2.5 times shorter than expected is
    reported.  Pairs under 30 characters or sources under 25 are skipped (UI labels vary
    too much).
    Default severity: warning.

    Bad:
        msgid "The annual session of the Assembly was held in Astana on Friday."
        msgstr "Сессия."

    Good:
        msgstr "Ассамблеяның жыл сайынғы сессиясы жұма күні Астанада өтті."
    """

    name: ClassVar[str] = "length"
    code: ClassVar[str] = "WD003"
    severity: ClassVar[Severity] = Severity.WARNING
    min_chars: ClassVar[int] = 30
    min_source: ClassVar[int] = 25
    too_long: ClassVar[float] = 2.2
    too_short: ClassVar[float] = 2.5

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if len(unit.source) < self.min_source and unit.source_plural is None:
            return EMPTY
        if not comparable(unit):
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        expected = ctx.target_lang.length_ratio / (ctx.source_lang.length_ratio or 1.0)
        for index, source, target in form_sources(unit):
            src_len, tgt_len = len(source.strip()), len(target.strip())
            if max(src_len, tgt_len) < self.min_chars or src_len < self.min_source:
                continue
            ratio = tgt_len / src_len
            if ratio > expected * self.too_long:
                what = "long"
            elif ratio < expected / self.too_short:
                what = "short"
            else:
                continue
            yield self.finding(ctx, unit, f"{form_label(unit, index)}the target is {ratio:.1f} "
                               f"times the source's length (expected about {expected:.2f}): "
                               f"too {what}")
