"""The mixed-script check (SC): look-alike letters of another script inside a word."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterator
from typing import ClassVar

from toolkit.checks._text import (
    EMPTY,
    any_target,
    char_script,
    comparable,
    form_label,
    mask,
    words,
)
from toolkit.checks.base import Check, CheckContext
from toolkit.langs import Language
from toolkit.model import Finding, Severity, Unit

SCRIPT_NAMES = {"Latn": "Latin", "Cyrl": "Cyrillic", "Grek": "Greek"}

_TABLES: dict[int, tuple[Language, dict[str, str], dict[str, str]]] = {}


def repair_tables(lang: Language) -> tuple[dict[str, str], dict[str, str]]:
    """(look-alike -> letter of the alphabet, letter -> look-alike), ambiguous ones dropped.

    Built from ``Language.confusables``: in Kazakh Latin "H" may stand for Һ or Н, so it
    is reported but never repaired.
    """
    found = _TABLES.get(id(lang))
    if found is None:
        to_native: dict[str, set[str]] = {}
        to_foreign: dict[str, set[str]] = {}
        for letter, looks in lang.confusables:
            for look in looks:
                to_native.setdefault(look, set()).add(letter)
                to_foreign.setdefault(letter, set()).add(look)
        found = (lang,
                 {k: next(iter(v)) for k, v in to_native.items() if len(v) == 1},
                 {k: next(iter(v)) for k, v in to_foreign.items() if len(v) == 1})
        _TABLES[id(lang)] = found
    return found[1], found[2]


def _scripts(word: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    for ch in word:
        script = char_script(ch)
        if script:
            counts[script] = counts.get(script, 0) + 1
    return counts


def _majority(counts: dict[str, int], lang: Language) -> str:
    best = max(counts.values())
    tied = [s for s, n in counts.items() if n == best]
    return lang.script if lang.script in tied else sorted(tied)[0]


_L = "A-Za-z\u00c0-\u00d6\u00d8-\u00f6\u00f8-\u024f\u0250-\u02af\u1e00-\u1eff"
_C = "\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff"
_G = "\u0370-\u03ff"
CYRILLIC = re.compile(f"[{_C}]")
#: Latin or Greek letters: a Cyrillic text without any cannot mix scripts.
OTHER_THAN_CYRILLIC = re.compile(f"[{_L}{_G}]")
#: A letter of one script followed, inside the same word, by a letter of another.
MIXED = re.compile(rf"[{_L}][^\W\d_]*?[{_C}{_G}]|[{_C}][^\W\d_]*?[{_L}{_G}]"
                   rf"|[{_G}][^\W\d_]*?[{_L}{_C}]")


def _runs(word: str) -> list[tuple[str, str]]:
    """The word cut into (script, letters) runs."""
    runs: list[tuple[str, str]] = []
    for ch in word:
        script = char_script(ch) or (runs[-1][0] if runs else "")
        if runs and runs[-1][0] == script:
            runs[-1] = (script, runs[-1][1] + ch)
        else:
            runs.append((script, ch))
    return runs


def acronym_with_ending(word: str, lang: Language) -> bool:
    """"URLдың", "SMSке": a foreign abbreviation with a native ending, not a look-alike typo.

    Two runs, the foreign one first, at least two letters long and with a letter that has no
    native look-alike (U, R, L, S ...): nobody types that by mistake for a native letter.
    """
    runs = _runs(word)
    if len(runs) != 2 or runs[1][0] != lang.script or runs[0][0] == lang.script:
        return False
    to_native, _ = repair_tables(lang)
    return len(runs[0][1]) >= 2 and any(ch not in to_native for ch in runs[0][1])


def mixed_words(text: str, unit: Unit, lang: Language) -> Iterator[tuple[int, str, dict[str, int]]]:
    """(offset, word, letters per script) for each word written in more than one script."""
    if text.isascii() or (OTHER_THAN_CYRILLIC.search(text) is None
                          and CYRILLIC.search(text) is not None) or MIXED.search(text) is None:
        return
    masked = mask(text, unit)
    for m in words(masked):
        word = m.group(0)
        if word.isascii():
            continue
        counts = _scripts(word)
        if len(counts) > 1 and not acronym_with_ending(word, lang):
            yield m.start(), word, counts


def repair_word(word: str, counts: dict[str, int], lang: Language) -> str | None:
    """``word`` rewritten in its majority script; None when a letter cannot be mapped."""
    majority = _majority(counts, lang)
    to_native, to_foreign = repair_tables(lang)
    table = to_native if majority == lang.script else to_foreign
    out = []
    for ch in word:
        script = char_script(ch)
        if script and script != majority:
            mapped = table.get(ch)
            if mapped is None or char_script(mapped) != majority:
                return None
            out.append(mapped)
        else:
            out.append(ch)
    return "".join(out)


def _not_ascii(text: str) -> bool:
    return not text.isascii()


class MixedScript(Check):
    """A word mixes scripts: Latin look-alikes inside a Cyrillic word, or the reverse.

    Catches the wrong-keyboard-layout typos of Kazakh: ə (U+0259) for ә, Latin i for і,
    h for һ, y for ү, and Latin a/e/o/p/c/x inside Cyrillic words (invisible on screen,
    but they break search, spell-checking and glossary matching).  Wholly Latin words
    (brand names such as "Kaspi.kz" or "Astana Hub") are fine, and so is a Latin
    abbreviation with a Cyrillic ending ("URLдың", "SMSке"); links, tags and placeholders
    are ignored.  ``--fix`` rewrites a word in its majority script using the
    language's ``confusables`` table when every foreign letter has exactly one native
    look-alike.  Default severity: error.

    Bad (kk, Latin "i" and "ə"):
        msgstr "Бiрлiк пен келiсiм – ортақ құндылық. Əлем"

    Good:
        msgstr "Бірлік пен келісім – ортақ құндылық. Әлем"
    """

    name: ClassVar[str] = "mixed-script"
    code: ClassVar[str] = "SC001"
    severity: ClassVar[Severity] = Severity.ERROR
    fixable: ClassVar[bool] = True

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not any_target(unit, _not_ascii) or not comparable(unit):
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        for index, target in enumerate(unit.target):
            bad = list(mixed_words(target, unit, ctx.target_lang))
            if not bad:
                continue
            shown = []
            for _offset, word, counts in bad[:3]:
                majority = _majority(counts, ctx.target_lang)
                foreign = sorted({ch for ch in word if char_script(ch) not in ("", majority)})
                names = ", ".join(f"{ch!r} U+{ord(ch):04X}" for ch in foreign)
                shown.append(f"{word!r} ({SCRIPT_NAMES.get(majority, majority)} word with "
                             f"{names})")
            more = f" and {len(bad) - 3} more" if len(bad) > 3 else ""
            yield self.finding(ctx, unit, f"{form_label(unit, index)}mixed scripts in "
                               + "; ".join(shown) + more)

    def fix(self, unit: Unit, ctx: CheckContext) -> Unit:
        changed = False
        targets = list(unit.target)
        for index, target in enumerate(targets):
            if not target or target.isascii():
                continue
            pieces = list(target)
            for offset, word, counts in mixed_words(target, unit, ctx.target_lang):
                repaired = repair_word(word, counts, ctx.target_lang)
                if repaired is not None and len(repaired) == len(word):
                    pieces[offset:offset + len(word)] = list(repaired)
                    changed = True
            targets[index] = "".join(pieces)
        return dataclasses.replace(unit, target=tuple(targets)) if changed else unit

