"""Text helpers shared by the checks: the spans every check must treat as code, plural-form
pairing, and script classification.  All regexes are compiled once, at import time.
"""

from __future__ import annotations

import functools
import gettext
import re
from collections.abc import Callable, Iterator
from typing import Any

from babel.core import UnknownLocaleError

from toolkit.langs import LANGUAGES, Language
from toolkit.model import Unit

# printf, full C syntax (used when the unit is flagged c-format / python-format).
PRINTF_FULL = re.compile(
    r"%(?:(?P<pos>\d+)\$|\((?P<name>[^)\s]+)\))?[-+ #0']*(?:\d+|\*)?(?:\.(?:\d+|\*))?"
    r"(?:hh|h|ll|l|L|q|j|z|t)?(?P<conv>[diouxXeEfFgGcrsaAp%])"
)
# printf, conservative (no flag on the unit): no space flag, so "50% of" is not "% o".
PRINTF_STRICT = re.compile(
    r"%(?:(?P<pos>\d+)\$|\((?P<name>[A-Za-z_]\w*)\))?[-+#0]?\d*(?:\.\d+)?"
    r"(?:l|ll|h|z)?(?P<conv>[sdifuxXeEgGcr%])(?![A-Za-zА-Яа-я])"
)
# str.format fields; {{ and }} are escapes.
BRACE = re.compile(
    r"\{\{|\}\}|\{(?P<field>[A-Za-z_]\w*(?:\.\w+|\[\w+\])*|\d+|)(?:![rsa])?(?::[^{}]*)?\}"
)
# Django / Jinja template variables and tags.
TEMPLATE = re.compile(r"\{\{\s*[^{}]+?\s*\}\}|\{%\s*[^{}]+?\s*%\}")
TAG = re.compile(r"</?(?P<name>[A-Za-z][\w:.-]*)(?P<attrs>(?:\s+[^<>]*?)?)\s*(?P<self>/?)>")
URL = re.compile(
    r"(?:\b(?:https?|ftp)://|\bwww\.)[^\s<>\"'«»“”„]+", re.IGNORECASE
)
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,}\b")
# Trailing characters that end a sentence rather than a URL.
URL_TRAILING = ".,;:!?)]}'\""

def printf_regex(unit: Unit) -> re.Pattern[str] | None:
    """The printf regex that applies to ``unit`` (None when its flags rule printf out)."""
    flags = unit.flags
    if "c-format" in flags or "python-format" in flags:
        return PRINTF_FULL
    if "no-c-format" in flags or "no-python-format" in flags or "python-brace-format" in flags:
        return None
    return PRINTF_STRICT


def brace_applies(unit: Unit) -> bool:
    """Brace fields count unless the unit says it is not brace-formatted."""
    return "no-python-brace-format" not in unit.flags


#: Characters that can start a code span; texts without any are returned as they are.
TRIGGER = re.compile(r"[%{<@/]")


def _triggered(text: str) -> bool:
    return TRIGGER.search(text) is not None or "www." in text or "WWW." in text


def _mode(unit: Unit) -> tuple[str, bool, bool]:
    """What counts as code for ``unit``: (printf mode, brace fields, template tags)."""
    rx = printf_regex(unit)
    printf = "" if rx is None else ("full" if rx is PRINTF_FULL else "strict")
    brace_fmt = "python-brace-format" in unit.flags
    return printf, brace_applies(unit), not brace_fmt  # with brace-format, {{ is an escape


def code_spans(text: str, unit: Unit) -> list[tuple[int, int]]:
    """Spans of placeholders, template tags, XML tags, URLs and e-mails in ``text``."""
    if not _triggered(text):
        return []
    return list(_spans(text, *_mode(unit)))


@functools.lru_cache(maxsize=8192)
def _spans(text: str, printf: str, brace: bool, template: bool) -> tuple[tuple[int, int], ...]:
    spans: list[tuple[int, int]] = []
    if "%" in text and printf:
        rx = PRINTF_FULL if printf == "full" else PRINTF_STRICT
        spans.extend(m.span() for m in rx.finditer(text))
    if "{" in text:
        if template:
            spans.extend(m.span() for m in TEMPLATE.finditer(text))
        if brace:
            spans.extend(m.span() for m in BRACE.finditer(text) if m.group(0) not in ("{{", "}}"))
    if "<" in text:
        spans.extend(m.span() for m in TAG.finditer(text))
    if "/" in text or "www." in text.lower():
        for m in URL.finditer(text):  # a final "." or ")" belongs to the sentence
            spans.append((m.start(), m.start() + len(m.group(0).rstrip(URL_TRAILING))))
    if "@" in text:
        spans.extend(m.span() for m in EMAIL.finditer(text))
    return tuple(spans)


def mask(text: str, unit: Unit, fill: str = " ") -> str:
    """``text`` with every code span replaced by ``fill`` characters (offsets kept)."""
    if not _triggered(text):
        return text
    return _mask(text, *_mode(unit), fill)


@functools.lru_cache(maxsize=8192)
def _mask(text: str, printf: str, brace: bool, template: bool, fill: str) -> str:
    spans = _spans(text, printf, brace, template)
    if not spans:
        return text
    chars = list(text)
    for start, end in spans:
        chars[start:end] = fill * (end - start)
    return "".join(chars)


# ------------------------------------------------------------------------- plural pairing


Forms = tuple[tuple[int, str, str], ...]

#: What a check's ``run`` returns when it has nothing to say: checks reject most units
#: before creating a generator (the runner calls every check on every unit).
EMPTY: Iterator[Any] = iter(())


def contains(unit: Unit, *needles: str) -> bool:
    """One of ``needles`` occurs in the source, the plural source or a target of ``unit``."""
    texts = (unit.source, *unit.target) if unit.source_plural is None else (
        unit.source, unit.source_plural, *unit.target)
    for text in texts:
        for needle in needles:
            if needle in text:
                return True
    return False


def any_target(unit: Unit, test: Callable[[str], object]) -> bool:
    """``test`` is true for some target form (one call for a singular unit)."""
    target = unit.target
    if len(target) == 1:
        return bool(test(target[0]))
    return any(test(text) for text in target)


def form_sources(unit: Unit) -> Forms:
    """(form index, source text to compare with, target text) for each translated form.

    Form 0 is compared with ``msgid`` and the others with ``msgid_plural``; a language with
    one plural form compares its only form with ``msgid_plural``.
    """
    target = unit.target
    if unit.source_plural is None:
        return ((0, unit.source, target[0]),) if target and target[0] else ()
    single = len(target) == 1
    return tuple((i, unit.source if i == 0 and not single else unit.source_plural, text)
                 for i, text in enumerate(target) if text)


def comparable(unit: Unit) -> bool:
    """Source/target comparison checks run on translated, non-fuzzy, non-obsolete units."""
    target = unit.target
    return not unit.obsolete and "fuzzy" not in unit.flags and (
        bool(target[0]) if len(target) == 1 else any(target))


def form_label(unit: Unit, index: int) -> str:
    """``"msgstr[1]: "`` for plural units, ``""`` otherwise (a message prefix)."""
    return f"msgstr[{index}]: " if unit.is_plural else ""


@functools.lru_cache(maxsize=256)
def plural_function(expression: str) -> Callable[[int], int] | None:
    """Compile a gettext plural expression safely (None when it is malformed)."""
    try:
        return gettext.c2py(expression)
    except (ValueError, SyntaxError, RecursionError):
        return None


_CLDR_PLURALS: dict[int, tuple[Language, tuple[int, str] | None]] = {}


def cldr_plural(lang: Language) -> tuple[int, str] | None:
    """CLDR's (nplurals, expression) for ``lang``; None when CLDR does not know it."""
    found = _CLDR_PLURALS.get(id(lang))
    if found is None:
        try:
            value = parse_plural_forms(lang.plural_forms)
        except (UnknownLocaleError, ValueError, KeyError, AttributeError):
            value = None
        found = _CLDR_PLURALS[id(lang)] = (lang, value)
    return found[1]


PLURAL_RX = re.compile(r"nplurals\s*=\s*(\d+)\s*;\s*plural\s*=\s*([^;]+);?")


def parse_plural_forms(value: str) -> tuple[int, str] | None:
    """``"nplurals=2; plural=(n != 1);"`` -> ``(2, "(n != 1)")``; None when malformed."""
    m = PLURAL_RX.search(value)
    if m is None:
        return None
    return int(m.group(1)), m.group(2).strip()


@functools.lru_cache(maxsize=256)
def single_number_forms(expression: str, nplurals: int) -> frozenset[int]:
    """Plural form indexes that only ever serve one number n (e.g. n == 1 in kk/en).

    Such a form may leave out the count placeholder ("One file"); GNU msgfmt has the same rule.
    """
    func = plural_function(expression)
    if func is None:
        return frozenset()
    seen: dict[int, set[int]] = {}
    for n in range(0, 1001):
        try:
            seen.setdefault(int(func(n)), set()).add(n)
        except (ValueError, ZeroDivisionError):
            return frozenset()
    return frozenset(i for i in range(nplurals) if len(seen.get(i, ())) == 1)


# ------------------------------------------------------------------------- scripts


def char_script(ch: str) -> str:
    """A coarse script of a letter: "Latn", "Cyrl", "Grek" or "" (other / not a letter)."""
    o = ord(ch)
    if o < 0x80:
        return "Latn" if ch.isalpha() else ""
    if 0x400 <= o <= 0x52F or 0x1C80 <= o <= 0x1C8F or 0x2DE0 <= o <= 0x2DFF:
        return "Cyrl"
    if (0xC0 <= o <= 0x24F and o not in (0xD7, 0xF7)) or 0x250 <= o <= 0x2AF:
        return "Latn"
    if 0x1E00 <= o <= 0x1EFF:
        return "Latn"
    if 0x370 <= o <= 0x3FF:
        return "Grek"
    return ""


WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")


def words(text: str) -> Iterator[re.Match[str]]:
    """Letter-only words (digits, hyphens and punctuation split words)."""
    return WORD.finditer(text)


def described(lang: Language) -> bool:
    """True for a language with its own data module; typography rules (quotes, spacing)
    are only enforced for those, not for the generic fallback record."""
    return LANGUAGES.get(lang.code) is lang


def final_abbreviation(text: str, lang: Language) -> bool:
    """True when ``text`` ends with an abbreviation whose period is not a sentence end."""
    stripped = text.rstrip()
    if not stripped.endswith("."):
        return False
    last = stripped.rsplit(None, 1)[-1].lower().lstrip("(«\"“„")
    return last in lang.abbreviations or last in lang.final_abbreviations
