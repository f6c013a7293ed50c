"""Translation progress: units and words translated / fuzzy / untranslated per catalog.

Words are counted in the *source* text (as translators and agencies bill them), with one
rule for every language: a word is a run of letters or digits (apostrophes and hyphens inside
a word do not split it).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from toolkit.model import Catalog, Unit

_WORD = re.compile(r"[^\W_]+(?:['’\-][^\W_]+)*")


def count_words(text: str) -> int:
    return sum(1 for _ in _WORD.finditer(text))


def unit_words(unit: Unit) -> int:
    words = count_words(unit.source)
    if unit.source_plural is not None:
        words += count_words(unit.source_plural)
    return words


@dataclass(frozen=True)
class Progress:
    """Counts for one catalog (or one language over several catalogs)."""

    translated: int = 0
    fuzzy: int = 0
    untranslated: int = 0
    translated_words: int = 0
    fuzzy_words: int = 0
    untranslated_words: int = 0

    @property
    def units(self) -> int:
        return self.translated + self.fuzzy + self.untranslated

    @property
    def words(self) -> int:
        return self.translated_words + self.fuzzy_words + self.untranslated_words

    @property
    def percent(self) -> float:
        """Share of source words translated (0-100); 100 for an empty catalog."""
        return 100.0 if self.words == 0 else 100.0 * self.translated_words / self.words

    def __add__(self, other: Progress) -> Progress:
        return Progress(
            self.translated + other.translated,
            self.fuzzy + other.fuzzy,
            self.untranslated + other.untranslated,
            self.translated_words + other.translated_words,
            self.fuzzy_words + other.fuzzy_words,
            self.untranslated_words + other.untranslated_words,
        )


def unit_status(unit: Unit) -> str:
    """``"translated"``, ``"fuzzy"`` or ``"untranslated"`` (a fuzzy empty unit is untranslated)."""
    if unit.untranslated or not all(unit.target):
        return "untranslated"
    if unit.fuzzy:
        return "fuzzy"
    return "translated"


def progress(units: Iterable[Unit]) -> Progress:
    """Progress over the active (non-obsolete) units."""
    counts = {"translated": [0, 0], "fuzzy": [0, 0], "untranslated": [0, 0]}
    for unit in units:
        if unit.obsolete:
            continue
        slot = counts[unit_status(unit)]
        slot[0] += 1
        slot[1] += unit_words(unit)
    return Progress(
        counts["translated"][0], counts["fuzzy"][0], counts["untranslated"][0],
        counts["translated"][1], counts["fuzzy"][1], counts["untranslated"][1],
    )


def catalog_progress(catalog: Catalog) -> Progress:
    return progress(catalog.units)
