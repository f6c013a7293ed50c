"""Typography checks (PU): quotation marks, punctuation, whitespace, brackets.

Every language fact (quotation marks, abbreviations, spacing before punctuation) is read
from the target's :class:`~toolkit.langs.Language` record.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import ClassVar

from toolkit.checks._quotes import QUOTE_CHARS, pair_quotes
from toolkit.checks._text import (
    EMPTY,
    any_target,
    comparable,
    described,
    final_abbreviation,
    form_label,
    form_sources,
    mask,
)
from toolkit.checks.base import Check, CheckContext
from toolkit.langs import Language
from toolkit.model import Finding, Severity, Unit

QUOTE_RX = re.compile("[" + re.escape("".join(sorted(QUOTE_CHARS))) + "]")


def quote_problems(text: str, unit: Unit, lang: Language) -> list[str]:
    """What is wrong with the quotation marks of ``text`` for ``lang``."""
    if QUOTE_RX.search(text) is None:
        return []
    pairs, stray = pair_quotes(mask(text, unit))
    problems: list[str] = []
    if stray:
        problems.append("unpaired quotation mark " + ", ".join(repr(text[i]) for i in stray[:3]))
    inner = set(lang.inner_quotes)
    for pair in pairs:
        marks = (pair.open, pair.close)
        if pair.depth == 0 and marks != lang.quotes:
            problems.append(f"use {lang.quotes[0]}…{lang.quotes[1]} instead of "
                            f"{pair.open}…{pair.close}")
        elif pair.depth > 0 and marks not in inner:
            want = lang.inner_quotes[0] if lang.inner_quotes else lang.quotes
            problems.append(f"nested quotes: use {want[0]}…{want[1]} instead of "
                            f"{pair.open}…{pair.close}")
    return problems


def _unpaired(text: str, unit: Unit) -> bool:
    if QUOTE_RX.search(text) is None:
        return False
    return bool(pair_quotes(mask(text, unit))[1])


class Quotes(Check):
    """Quotation marks are not the target language's (CLDR delimiters) or are unpaired.

    ru and kk: «…» with „…“ inside; en: “…” with ‘…’ inside (the ``quotes`` and
    ``inner_quotes`` of the Language record; languages without a data module in
    ``toolkit/langs`` are not checked).  Apostrophes (Kazakhstan’s) are not quotes.
    An unpaired mark is fine when the source has one too (a quotation split over units).
    ``--fix`` replaces well-paired marks with the right ones for their depth.
    Default severity: warning.

    Bad (ru):
        msgstr "Проект \\"Елдесу және татуласу\\" продолжится."
        msgstr "Он назвал «программу «Бірлік»» важной."

    Good (ru):
        msgstr "Проект «Елдесу және татуласу» продолжится."
        msgstr "Он назвал «программу „Бірлік“» важной."
    """

    name: ClassVar[str] = "quotes"
    code: ClassVar[str] = "PU001"
    severity: ClassVar[Severity] = Severity.WARNING
    fixable: ClassVar[bool] = True

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not any_target(unit, QUOTE_RX.search) or not comparable(unit) or (
                not described(ctx.target_lang)):
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        for index, source, target in form_sources(unit):
            problems = quote_problems(target, unit, ctx.target_lang)
            if problems and problems[0].startswith("unpaired") and _unpaired(source, unit):
                problems = problems[1:]  # the source's quotation spans units too
            if problems:
                yield self.finding(ctx, unit, form_label(unit, index) + "; ".join(problems[:3]))

    def fix(self, unit: Unit, ctx: CheckContext) -> Unit:
        lang = ctx.target_lang
        if not described(lang):
            return unit
        inner = lang.inner_quotes[0] if lang.inner_quotes else lang.quotes
        targets = list(unit.target)
        for index, target in enumerate(targets):
            if not quote_problems(target, unit, lang):
                continue
            pairs, stray = pair_quotes(mask(target, unit))
            if stray:
                continue  # unpaired marks: a person must decide
            chars = list(target)
            for pair in pairs:
                want = lang.quotes if pair.depth == 0 else inner
                chars[pair.start], chars[pair.end] = want
            targets[index] = "".join(chars)
        new = tuple(targets)
        return dataclasses.replace(unit, target=new) if new != unit.target else unit


CLOSERS = "»”“\"'’)]}›"
FINAL_MARKS = frozenset(".!?…:;")
SPACE_BEFORE = re.compile(r"(?<=\S)[ \t\u00a0]+([,.;:!?])(?=$|[\s»”\"')\]])")
MAYBE_SPACE_BEFORE = re.compile(r"[ \t\u00a0][,.;:!?]")
NO_SPACE_AFTER_COMMA = re.compile(r"[^\W\d_],[^\W\d_]")
#: ".." (not an ellipsis), ",,", ";;", "::" typed twice; "!!" and "??" may be meant.
DOUBLED_MARK = re.compile(r"(?<!\.)\.\.(?!\.)|,,|;;|::")


def final_mark(text: str, lang: Language) -> str | None:
    """The sentence-final mark ("" for none); None when it ends in an abbreviation."""
    key = (text, id(lang))
    found = _FINAL_CACHE.get(key, _MISSING)
    if found is _MISSING:
        if len(_FINAL_CACHE) > 20_000:
            _FINAL_CACHE.clear()
        _LANGS_SEEN[id(lang)] = lang  # keeps the id valid while it is a cache key
        found = _FINAL_CACHE[key] = _final_mark(text, lang)
    return found  # type: ignore[return-value]


def _plain_match(source: str, target: str) -> bool:
    """Nothing to report for sure: same last character, no space before punctuation and
    no comma between letters in the target (the cheap path for most units)."""
    src, tgt = source.rstrip(), target.rstrip()
    last = tgt[-1:]
    return (last == src[-1:] and last not in CLOSERS
            and ("," not in target or NO_SPACE_AFTER_COMMA.search(target) is None)
            and MAYBE_SPACE_BEFORE.search(target) is None
            and DOUBLED_MARK.search(target) is None)


def _for_final(text: str, unit: Unit) -> str:
    """``text`` ready for :func:`final_mark`: code masked only when it could end the text
    (a text ending in "." or "?" ends in punctuation whatever code it holds)."""
    core = text.rstrip()
    if core and core[-1] in FINAL_MARKS:
        return text
    return mask(text, unit, "x")


_MISSING = object()
_FINAL_CACHE: dict[tuple[str, int], str | None] = {}
_LANGS_SEEN: dict[int, Language] = {}


def _final_mark(text: str, lang: Language) -> str | None:
    core = text.rstrip().rstrip(CLOSERS).rstrip()
    if final_abbreviation(core, lang):
        return None
    if not core or core[-1] not in FINAL_MARKS:
        return ""
    if core.endswith(("?!", "!?")):
        return "?!"
    return "…" if core.endswith("...") else core[-1]


class Punctuation(Check):
    """Final punctuation differs from the source's, or the target's punctuation spacing is off.

    Reported: a different sentence-final mark, a space before punctuation, no space after
    a comma, a mark typed twice ("..", ",,").
    A final abbreviation ("2025 ж.", "г.", "etc.") counts as either a period or none;
    "?!" matches "?" and "!".
    Closing quotes and brackets are looked through: en `said.”` = ru `сказал».`
    Default severity: warning.

    Bad:
        msgid "The session was held."
        msgstr "Сессия өтті"
        msgstr "Сессия өтті , депутаттар қатысты."

    Good:
        msgstr "Сессия өтті."
        msgstr "Сессия 2025 ж."
    """

    name: ClassVar[str] = "punctuation"
    code: ClassVar[str] = "PU002"
    severity: ClassVar[Severity] = Severity.WARNING

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not comparable(unit):
            return EMPTY
        if unit.source_plural is None and _plain_match(unit.source, unit.target[0]):
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        for index, source, target in form_sources(unit):
            problems = self.problems(source, target, unit, ctx)
            if problems:
                yield self.finding(ctx, unit, form_label(unit, index) + "; ".join(problems))

    def problems(self, source: str, target: str, unit: Unit, ctx: CheckContext) -> list[str]:
        """Punctuation problems of one source/target pair."""
        out: list[str] = []
        src_mark = final_mark(_for_final(source, unit), ctx.source_lang)
        tgt_mark = final_mark(_for_final(target, unit), ctx.target_lang)
        if src_mark is not None and tgt_mark is not None and src_mark != tgt_mark and not (
                "?!" in (src_mark, tgt_mark) and {src_mark, tgt_mark} <= {"?!", "?", "!"}):
            if not tgt_mark:
                out.append(f"the source ends with {src_mark!r}, the target does not")
            elif not src_mark:
                out.append(f"the target ends with {tgt_mark!r}, the source does not")
            else:
                out.append(f"the source ends with {src_mark!r}, the target with {tgt_mark!r}")
        # Code becomes "x" (it is a word before a "?") or " " (it never joins words).
        if MAYBE_SPACE_BEFORE.search(target) and described(ctx.target_lang):
            masked = mask(target, unit, "x")
            allowed = ctx.target_lang.space_before_punctuation
            for m in SPACE_BEFORE.finditer(masked):
                if m.group(1) not in allowed and not SPACE_BEFORE.search(source):
                    out.append(f"space before {m.group(1)!r}")
                    break
        if "," in target and NO_SPACE_AFTER_COMMA.search(mask(target, unit)) and (
                not NO_SPACE_AFTER_COMMA.search(source)):
            out.append("no space after a comma")
        doubled = DOUBLED_MARK.search(mask(target, unit, "x"))
        if doubled and not DOUBLED_MARK.search(source):
            out.append(f"doubled {doubled.group(0)[0]!r}")
        return out


DOUBLE = re.compile(r"(?<=\S) {2,}(?=\S)")


class Whitespace(Check):
    """Whitespace differs from the source: edges, double spaces, tabs or inner line breaks.

    Leading or trailing whitespace (spaces, newlines) must equal the source's; double
    spaces and tabs are reported when the source has none, and so is a different number of
    line breaks inside the text.
    ``--fix`` copies the source's leading/trailing whitespace, collapses double spaces and
    turns stray tabs into spaces.  Default severity: warning.

    Bad:
        msgid "Save"
        msgstr "Сақтау "

    Good:
        msgstr "Сақтау"
    """

    name: ClassVar[str] = "whitespace"
    code: ClassVar[str] = "PU003"
    severity: ClassVar[Severity] = Severity.WARNING
    fixable: ClassVar[bool] = True

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not comparable(unit):
            return EMPTY
        if unit.source_plural is None:
            source, target = unit.source, unit.target[0]
            if (source == source.strip() and target == target.strip() and "  " not in target
                    and "\t" not in target and "\n" not in source):
                return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        for index, source, target in form_sources(unit):
            problems = []
            if _lead(source) != _lead(target):
                problems.append(f"leading whitespace {_lead(target)!r}, source has "
                                f"{_lead(source)!r}")
            if _trail(source) != _trail(target):
                problems.append(f"trailing whitespace {_trail(target)!r}, source has "
                                f"{_trail(source)!r}")
            if DOUBLE.search(target) and not DOUBLE.search(source):
                problems.append("double space")
            if "\t" in target.strip() and "\t" not in source:
                problems.append("tab character")
            inner = source.strip().count("\n")
            if inner and target.strip().count("\n") != inner:
                problems.append(f"{target.strip().count(chr(10))} line breaks inside, the source "
                                f"has {inner}")
            if problems:
                yield self.finding(ctx, unit, form_label(unit, index) + "; ".join(problems))

    def fix(self, unit: Unit, ctx: CheckContext) -> Unit:
        if not comparable(unit):
            return unit
        targets = list(unit.target)
        for index, source, target in form_sources(unit):
            core = target.strip()
            if "\t" not in source:
                core = core.replace("\t", " ")
            if not DOUBLE.search(source):
                core = DOUBLE.sub(" ", core)
            targets[index] = _lead(source) + core + _trail(source) if core else target
        new = tuple(targets)
        return dataclasses.replace(unit, target=new) if new != unit.target else unit


def _lead(text: str) -> str:
    return text[:len(text) - len(text.lstrip())]


def _trail(text: str) -> str:
    stripped = text.rstrip()
    return text[len(stripped):] if stripped else ""


PAIRS = {")": "(", "]": "[", "}": "{"}
BRACKET_RX = re.compile(r"[()\[\]{}]")


def bracket_signature(text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(unclosed openers, unopened closers) of ``text``."""
    stack: list[str] = []
    stray: list[str] = []
    for ch in text:
        if ch in "([{":
            stack.append(ch)
        elif ch in PAIRS:
            if stack and stack[-1] == PAIRS[ch]:
                stack.pop()
            else:
                stray.append(ch)
    return tuple(stack), tuple(stray)


class Brackets(Check):
    """Brackets ( ) [ ] { } are unbalanced in the target.

    Unless the source is unbalanced the same way: list markers like "1)" copied from the
    source are fine.
    Placeholders, tags and links are ignored.  Default severity: warning.

    Bad:
        msgstr "Қазақстан халқы Ассамблеясы (ҚХА құрылды."

    Good:
        msgstr "Қазақстан халқы Ассамблеясы (ҚХА) құрылды."
    """

    name: ClassVar[str] = "brackets"
    code: ClassVar[str] = "PU004"
    severity: ClassVar[Severity] = Severity.WARNING

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not any_target(unit, BRACKET_RX.search) or not comparable(unit):
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        for index, source, target in form_sources(unit):
            if BRACKET_RX.search(target) is None:
                continue
            if bracket_signature(target) == ((), ()):
                continue  # balanced as written: masking code cannot unbalance it
            tgt = bracket_signature(mask(target, unit))
            if tgt == ((), ()) or tgt == bracket_signature(mask(source, unit)):
                continue
            parts = []
            if tgt[0]:
                parts.append("unclosed " + " ".join(tgt[0]))
            if tgt[1]:
                parts.append("unopened " + " ".join(tgt[1]))
            yield self.finding(ctx, unit, form_label(unit, index) + "unbalanced brackets: "
                               + ", ".join(parts))
