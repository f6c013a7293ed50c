"""The placeholder check (PH): printf, python-format, python-brace and template variables."""

from __future__ import annotations

import functools
from collections import Counter
from collections.abc import Iterator, Mapping
from types import MappingProxyType
from typing import ClassVar

from toolkit.checks._text import (
    BRACE,
    EMPTY,
    PRINTF_FULL,
    PRINTF_STRICT,
    TEMPLATE,
    brace_applies,
    cldr_plural,
    comparable,
    contains,
    form_label,
    form_sources,
    parse_plural_forms,
    printf_regex,
    single_number_forms,
)
from toolkit.checks.base import Check, CheckContext
from toolkit.model import Finding, Severity, Unit

#: A placeholder identity: (kind, key, flags + width + conversion); plus the raw text.
Item = tuple[str, str, str]


Items = frozenset[Item]
Raw = Mapping[Item, str]
_NONE: tuple[Items, Raw] = (frozenset(), {})


def counted(text: str, unit: Unit) -> tuple[Items, Raw]:
    """The placeholders of ``text`` as a set, and their raw texts.

    A named or numbered placeholder may be used twice (``%(name)s … %(name)s``); unnumbered
    ones get their position as key, so each of them still counts.
    """
    if "%" not in text and "{" not in text:
        return _NONE
    rx = printf_regex(unit)
    printf = "" if rx is None else ("full" if rx is PRINTF_FULL else "strict")
    return _counted(text, printf, "python-brace-format" in unit.flags, brace_applies(unit))


@functools.lru_cache(maxsize=16384)
def _counted(text: str, printf: str, brace_format: bool, brace: bool) -> tuple[Items, Raw]:
    items = _parse(text, printf, brace_format, brace)
    return frozenset(i for i, _ in items), MappingProxyType({i: raw for i, raw in items})


def _parse(text: str, printf: str, brace_format: bool, brace: bool,
           ) -> tuple[tuple[Item, str], ...]:
    out: list[tuple[Item, str]] = []
    if "%" in text:
        rx = PRINTF_FULL if printf == "full" else PRINTF_STRICT if printf else None
        if rx is not None:
            seq = 0
            for m in rx.finditer(text):
                conv = m.group("conv")
                if conv == "%":
                    continue
                # Flags and width count too ("% s" is not "%s"); %i and %d are the same.
                head = m.end("name") + 1 if m.group("name") else m.end("pos") + 1 if m.group(
                    "pos") else m.start() + 1
                spec = m.group(0)[head - m.start():]
                conv = spec[:-1] + ("d" if conv == "i" else conv)
                if m.group("name"):
                    out.append((("name", m.group("name"), conv), m.group(0)))
                elif m.group("pos"):
                    out.append((("pos", m.group("pos"), conv), m.group(0)))
                else:
                    seq += 1
                    out.append((("pos", str(seq), conv), m.group(0)))
    if "{" in text:
        clean = text
        if not brace_format:  # with python-brace-format, {{ is an escape
            for m in TEMPLATE.finditer(text):
                out.append((("tpl", " ".join(m.group(0)[2:-2].split()), ""), m.group(0)))
            clean = TEMPLATE.sub(lambda m: " " * len(m.group(0)), text)
        if brace:
            seq = 0
            for m in BRACE.finditer(clean):
                field = m.group("field")
                if field is None:  # {{ or }}
                    continue
                if field == "":
                    out.append((("brace", str(seq), ""), m.group(0)))
                    seq += 1
                else:
                    out.append((("brace", field, ""), m.group(0)))
    return tuple(out)


class Placeholders(Check):
    """Placeholders of the source are missing, added or changed in the target.

    Understands printf (``%s``, ``%d``, positional ``%1$s``), python-format
    (``%(name)s``), python-brace (``{name}``, ``{0}``, ``{}``) and Django/Jinja template
    variables (``{{ name }}``).  Reordering is allowed for named and positional
    placeholders; unnumbered printf placeholders must keep their order of types.
    The PO flags decide what counts: ``c-format``/``python-format`` switch on the full printf
    syntax, ``no-c-format`` / ``no-python-format`` switch printf off; without a flag only
    unambiguous printf forms count (so "50% off" is plain text).

    Plural units: every form may use any placeholder of ``msgid`` or ``msgid_plural``; a form
    that serves one number only (kk/en form 0, n = 1) may leave out one placeholder
    (the count: "Бір файл"), as GNU msgfmt allows.  Default severity: error (a missing or
    foreign placeholder crashes or garbles the program's output).

    Bad:
        msgid "%(count)s files in %(folder)s"
        msgstr "%(count)s файл %(папка)s ішінде"

    Good (reordered):
        msgid "%(count)s files in %(folder)s"
        msgstr "%(folder)s ішінде %(count)s файл"
    """

    name: ClassVar[str] = "placeholders"
    code: ClassVar[str] = "PH001"
    severity: ClassVar[Severity] = Severity.ERROR

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not contains(unit, "%", "{") or not comparable(unit):
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if unit.source_plural is None:
            target = unit.target[0]
            if not _maybe(unit.source) and not _maybe(target):
                return
            src, raw_src = counted(unit.source, unit)
            tgt, raw_tgt = counted(target, unit)
            if src != tgt:
                yield self.finding(ctx, unit, _describe(src, tgt, raw_src, raw_tgt, src))
            return
        yield from self._plural(unit, ctx)

    def _plural(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        assert unit.source_plural is not None
        texts = (unit.source, unit.source_plural, *unit.target)
        if not any(_maybe(t) for t in texts):
            return
        singular, raw_a = counted(unit.source, unit)
        plural, raw_b = counted(unit.source_plural, unit)
        allowed = singular | plural
        raw_src = {**raw_a, **raw_b}
        parsed = parse_plural_forms(ctx.catalog.header.get("Plural-Forms", ""))
        rule = parsed or cldr_plural(ctx.target_lang)
        single = single_number_forms(rule[1], rule[0]) if rule else frozenset()
        for index, _source, target in form_sources(unit):
            tgt, raw_tgt = counted(target, unit)
            if index in single and _single_form_ok(plural, tgt, allowed):
                continue
            if (tgt - allowed) or (plural - tgt):
                yield self.finding(ctx, unit, form_label(unit, index) + _describe(
                    plural, tgt, raw_src, raw_tgt, allowed))


def _split(items: Items) -> tuple[Counter[str], Counter[Item]]:
    """Positional printf items by conversion only (numbering shifts), and the others."""
    pos: Counter[str] = Counter()
    other: Counter[Item] = Counter()
    for item in items:
        if item[0] == "pos":
            pos[item[2]] += 1
        else:
            other[item] += 1
    return pos, other


def _single_form_ok(required: Items, tgt: Items, allowed: Items) -> bool:
    """A form serving one number may drop one placeholder (the count) and nothing else."""
    req_pos, req_other = _split(required)
    tgt_pos, tgt_other = _split(tgt)
    ok_pos, ok_other = _split(allowed)
    if (tgt_pos - ok_pos) or (tgt_other - ok_other):
        return False
    dropped = sum((req_pos - tgt_pos).values()) + sum((req_other - tgt_other).values())
    return dropped <= 1


def _maybe(text: str) -> bool:
    return "%" in text or "{" in text


def _describe(src: Items, tgt: Items, raw_src: Raw, raw_tgt: Raw, allowed: Items) -> str:
    missing = sorted(raw_src.get(i, i[1]) for i in src - tgt)
    extra = sorted(raw_tgt.get(i, i[1]) for i in tgt - allowed)
    parts = []
    if missing:
        parts.append("missing " + ", ".join(missing))
    if extra:
        parts.append("not in the source " + ", ".join(extra))
    return "placeholders differ: " + "; ".join(parts) if parts else "placeholders differ"
