"""The :class:`Language` record: every per-language fact the toolkit uses, in one place.

Data modules (``en.py``, ``ru.py``, ``kk.py``) hold only data.  Facts that CLDR has come from
Babel at run time (plural rules, number symbols, month names, date patterns); CLDR facts Babel
does not ship (quotation delimiters) are copied into the data modules with their source.
Checks and the segmenter read these records and never branch on a language code.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field

from babel import Locale, UnknownLocaleError
from babel.messages.plurals import get_plural

#: What GNU gettext assumes without a Plural-Forms header.
GETTEXT_DEFAULT_PLURAL_FORMS = "nplurals=2; plural=(n != 1);"


@dataclass(frozen=True)
class Language:
    """Per-language data.  ``letters`` lists the lower-case letters of the alphabet(s)."""

    code: str
    name: str
    letters: str
    # Script of the letters, for the mixed-script check ("Cyrl" / "Latn").
    script: str
    # Quotation marks (CLDR delimiters): primary pair and the pairs allowed nested inside it.
    quotes: tuple[str, str]
    inner_quotes: tuple[tuple[str, str], ...]
    # Abbreviations that end with a period and do not end a sentence by themselves
    # (stored with their final period, lower-case unless case matters).
    abbreviations: frozenset[str] = frozenset()
    # Abbreviations after which a capitalised word still continues the sentence
    # ("Mr. Smith", "проф. Иванов" ...).
    title_abbreviations: frozenset[str] = frozenset()
    # Abbreviations that commonly end a sentence too ("etc.", "т.б.", "ж.").
    final_abbreviations: frozenset[str] = frozenset()
    # Segmenter data (see docs/segmenter.md).  Final abbreviations that close a list
    # ("etc.", "т.д.", "т.б."): a capitalised word after them always starts a new sentence.
    closing_abbreviations: frozenset[str] = frozenset()
    # Abbreviations only when a number follows ("No. 5", "p. 55"); otherwise plain words.
    numeric_abbreviations: frozenset[str] = frozenset()
    # Words (lower-case) that typically open a sentence: after a final abbreviation or a
    # dotted acronym ("U.S.", "2025 ж.") a capitalised one of these starts a new sentence.
    sentence_starters: frozenset[str] = frozenset()
    # One-letter capitalised words that are not initials ("I" in English).
    single_letter_words: frozenset[str] = frozenset()
    # Number words 0..20 and tens (for the numbers check), value -> words.
    number_words: tuple[tuple[int, tuple[str, ...]], ...] = ()
    # Letters of this alphabet that have Latin or other look-alikes (letter -> look-alikes).
    confusables: tuple[tuple[str, str], ...] = ()
    # Words that multiply a preceding number ("15 мың" = 15 000, "three decades" = 30), matched
    # as word prefixes: (prefix, factor).  Read by the numbers check.
    number_multipliers: tuple[tuple[str, int], ...] = ()
    # Words meaning "percent" (matched as prefixes: процент-ов, пайыз-ы).
    percent_words: tuple[str, ...] = ()
    # Typical text length relative to English (the length check's expected ratio).
    length_ratio: float = 1.0
    # Punctuation that this language writes with a space before it (French ": ; ! ?").
    space_before_punctuation: str = ""
    extra: tuple[tuple[str, str], ...] = field(default=())

    # ---- facts from CLDR via Babel -------------------------------------------------

    @functools.cached_property
    def locale(self) -> Locale:
        return Locale.parse(self.code.replace("-", "_"))

    @property
    def upper(self) -> str:
        return self.letters.upper()

    @functools.cached_property
    def _plural(self) -> tuple[int, str]:
        """(nplurals, Plural-Forms) from CLDR via Babel; for a code CLDR does not know (a
        typo, a private tag), GNU gettext's own default: two forms, ``n != 1``."""
        try:
            rule = get_plural(self.code.replace("-", "_"))
        except (UnknownLocaleError, ValueError):
            return 2, GETTEXT_DEFAULT_PLURAL_FORMS
        return int(rule.num_plurals), str(rule.plural_forms)

    @property
    def plural_forms(self) -> str:
        """The gettext ``Plural-Forms`` header value (CLDR via Babel)."""
        return self._plural[1]

    @property
    def nplurals(self) -> int:
        return self._plural[0]

    @property
    def decimal_symbol(self) -> str:
        return str(self.locale.number_symbols["latn"]["decimal"])

    @property
    def group_symbol(self) -> str:
        return str(self.locale.number_symbols["latn"]["group"])

    @property
    def percent_sign(self) -> str:
        return str(self.locale.number_symbols["latn"]["percentSign"])

    def month_names(self) -> dict[int, tuple[str, ...]]:
        """Month number -> every CLDR name (format and stand-alone, wide and abbreviated)."""
        names: dict[int, set[str]] = {}
        for context in ("format", "stand-alone"):
            for width in ("wide", "abbreviated"):
                for number, name in self.locale.months[context][width].items():
                    names.setdefault(int(number), set()).add(str(name).lower().rstrip("."))
        return {k: tuple(sorted(v)) for k, v in names.items()}
