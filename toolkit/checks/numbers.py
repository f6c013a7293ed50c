"""The numbers check (NU): the target carries the same numeric values as the source."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from typing import ClassVar

from toolkit.checks._numparse import (
    Lexicon,
    Num,
    date_months,
    extract_hard,
    extract_soft,
    lexicon,
    strip_verbatim,
)
from toolkit.checks._text import EMPTY, comparable, form_label, form_sources, mask
from toolkit.checks.base import Check, CheckContext
from toolkit.model import Finding, Severity, Unit


def _fmt(value: float) -> str:
    return str(int(value)) if value == int(value) else f"{value:g}"


def _overlap(a: Num, b: Num) -> bool:
    if a.scaled is not None and b.scaled is not None:  # 78,5 млн is not 78.5 billion
        return round(a.scaled, 6) == round(b.scaled, 6)
    return any(round(x, 6) == round(y, 6) for x in a.values for y in b.values)


Soft = Callable[[], list[Num]]


def _none() -> list[Num]:
    return []


def compare(src: list[Num], tgt: list[Num], soft_src: Soft = _none,
            soft_tgt: Soft = _none) -> list[str]:
    """Problems between the numbers of a source and a target (empty when they agree).

    ``src``/``tgt`` may hold hard and soft numbers; ``soft_src``/``soft_tgt`` give more
    soft ones and are only called when a hard number found no hard partner.
    """
    src_hard = [n for n in src if n.hard]
    tgt_hard = [n for n in tgt if n.hard]
    if not src_hard and not tgt_hard:
        return []
    problems: list[str] = []
    unmatched_src: list[Num] = []
    free_tgt = list(tgt_hard)
    # 1. digits against digits, exact primary value first, then any reading.
    for want in src_hard:
        partner = next((t for t in free_tgt if t.values & want.values and _overlap(t, want)),
                       None)
        if partner is None:
            partner = next((t for t in free_tgt if _overlap(t, want)), None)
        if partner is None:
            unmatched_src.append(want)
            continue
        free_tgt.remove(partner)
    if not unmatched_src and not free_tgt:
        return problems
    # 2. what is left may be written as a word or a month name on the other side.
    pool_tgt = [n for n in tgt if not n.hard] + (soft_tgt() if unmatched_src else [])
    pool_src = [n for n in src if not n.hard] + (soft_src() if free_tgt else [])
    missing = [n for n in unmatched_src if not _take(n, pool_tgt)]
    extra = [n for n in free_tgt if not _take(n, pool_src)]
    if missing:
        problems.append("missing in the target: " + ", ".join(n.raw for n in missing))
    if extra:
        problems.append("not in the source: " + ", ".join(
            f"{n.raw} (= {_fmt(min(n.values))})" if n.raw.strip() != _fmt(min(n.values))
            else n.raw for n in extra))
    return problems


def percent_problems(src: list[Num], tgt: list[Num]) -> list[str]:
    """A value that is a percentage on one side only (5% against 5)."""
    src_pct = {round(v, 6) for n in src if n.percent for v in n.values}
    tgt_pct = {round(v, 6) for n in tgt if n.percent for v in n.values}
    problems = []
    for num in src:
        if num.percent and not any(round(v, 6) in tgt_pct for v in num.values):
            problems.append(f"{num.raw}%: the percent sign or word is missing in the target")
    for num in tgt:
        if num.percent and not any(round(v, 6) in src_pct for v in num.values) and any(
                _overlap(num, other) for other in src):
            problems.append(f"{num.raw}%: the source has no percent here")
    return problems


def month_problems(source: str, target: str, src_lex: Lexicon, tgt_lex: Lexicon) -> list[str]:
    """Dates with the month in words on both sides must name the same month."""
    src_months = date_months(source, src_lex)
    if not src_months:
        return []
    tgt_months = date_months(target, tgt_lex)
    if tgt_months and not src_months & tgt_months:
        return [f"month {sorted(src_months)} in the source, {sorted(tgt_months)} in the target"]
    return []


def word_problems(source: str, target: str, src_lex: Lexicon, tgt_lex: Lexicon) -> list[str]:
    """A cardinal number word of the source ("five") against a different number word of the
    target ("алты") when neither has a partner: a changed number written in words."""
    assert src_lex.cardinals is not None
    src = extract_soft(source, src_lex) + extract_hard(source, src_lex)
    tgt = extract_soft(target, tgt_lex) + extract_hard(target, tgt_lex)
    cardinals = {m.group(0).lower() for m in src_lex.cardinals.finditer(source)}
    lonely_src = [n for n in src if n.word and n.raw.lower() in cardinals
                  and not any(_overlap(n, t) for t in tgt)]
    lonely_tgt = [t for t in tgt if t.word and min(t.values) >= 2
                  and not any(_overlap(t, n) for n in src)]
    if lonely_src and lonely_tgt:
        return [f"number word {lonely_src[0].raw!r} is {lonely_tgt[0].raw!r} in the target"]
    return []


def _take(num: Num, pool: list[Num]) -> bool:
    for other in pool:
        if _overlap(num, other):
            pool.remove(other)
            return True
    return False


class Numbers(Check):
    """A number of the source is missing or different in the target (compares values).

    Reads each side with its own CLDR number symbols (en 15,000 and 1.5 = ru/kk 15 000 and
    1,5, with a space, NBSP or narrow NBSP), so a correctly localised number is never
    reported.  Also matches number words (two = екі = два), multiplier words (15 мың,
    15 тыс., three decades = 30), month names in dates (25.04.2025 = «25 сәуір 2025 ж.» =
    «2025 жылғы 25 сәуір» = «25 апреля 2025 года»), ordinals (30th = 30-й = 30-шы,
    thirtieth = 30 жылдығы), Roman numerals (VIII = 8) and percentages (5% = 5 % =
    5 пайыз).  Digits inside placeholders, URLs and tags are ignored; digit strings written
    identically on both sides (versions, times, phones) always agree.
    Default severity: error.

    Bad:
        msgid "Over 15,000 events were held."
        msgstr "1 500-ден астам іс-шара өтті."

    Good:
        msgid "Over 15,000 events were held."
        msgstr "15 мыңнан астам іс-шара өтті."
    """

    name: ClassVar[str] = "numbers"
    code: ClassVar[str] = "NU001"
    severity: ClassVar[Severity] = Severity.ERROR

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not comparable(unit):
            return EMPTY
        if unit.source_plural is None:
            digits, words = _source_info(unit.source, lexicon(ctx.source_lang))
            if not (digits or words or _has_digit_or_upper(unit.target[0])):
                return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        src_lex = lexicon(ctx.source_lang)
        for index, source, target in form_sources(unit):
            digits, words = _source_info(source, src_lex)
            if not (words or digits or _has_digit_or_upper(target)):
                continue
            tgt_lex = lexicon(ctx.target_lang)
            src_masked, tgt_masked = mask(source, unit), mask(target, unit)
            src_text, tgt_text = strip_verbatim(src_masked, tgt_masked, src_lex, tgt_lex)
            src = extract_hard(src_text, src_lex)
            tgt = extract_hard(tgt_text, tgt_lex)
            problems: list[str] = []
            if src or tgt:
                soft_src = functools.partial(extract_soft, src_text, src_lex)
                soft_tgt = functools.partial(extract_soft, tgt_text, tgt_lex)
                problems = compare(src, tgt, soft_src, soft_tgt)
                if problems and not compare(
                        src, extract_hard(tgt_text, tgt_lex, spaced=False), soft_src, soft_tgt):
                    problems = []  # a plain space separated two numbers, it did not group one
            if not problems and _DIGIT.search(src_masked):
                problems = month_problems(src_masked, tgt_masked, src_lex, tgt_lex)
            if not problems and words:
                problems = word_problems(src_text, tgt_text, src_lex, tgt_lex)
            if _has_percent(src_masked, src_lex) or _has_percent(tgt_masked, tgt_lex):
                problems += percent_problems(extract_hard(src_masked, src_lex),
                                             extract_hard(tgt_masked, tgt_lex))
            if problems:
                yield self.finding(ctx, unit, form_label(unit, index) + "numbers differ: "
                                   + "; ".join(problems))


_SOURCE_INFO: dict[tuple[str, int], tuple[bool, bool]] = {}


def _source_info(source: str, lex: Lexicon) -> tuple[bool, bool]:
    """(digits or Roman numerals, cardinal number words) of a source text; cached, as the
    same source is checked once per locale."""
    key = (source, id(lex))
    found = _SOURCE_INFO.get(key)
    if found is None:
        if len(_SOURCE_INFO) > 50_000:
            _SOURCE_INFO.clear()
        found = _SOURCE_INFO[key] = (
            _has_digit_or_upper(source),
            not lex.cardinal_tokens.isdisjoint(source.lower().split()))
    return found


def _has_percent(text: str, lex: Lexicon) -> bool:
    if "%" in text:
        return True
    low = text.lower()
    return any(word in low for word in lex.percent_words)


_DIGIT = re.compile(r"\d")
_ROMANISH = re.compile(r"[IVXLCХІ]{2}")


def _has_digit_or_upper(text: str) -> bool:
    """Cheap pre-test: digits or a Roman-numeral-like word present."""
    return _DIGIT.search(text) is not None or _ROMANISH.search(text) is not None
