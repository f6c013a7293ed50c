"""Morphology for term matching: one :class:`Analyzer` per language.

An analyzer does three things for :class:`~toolkit.glossary.matcher.TermMatcher`:

* :meth:`Analyzer.casefold` lower-cases folded text without changing its length;
* :meth:`Analyzer.compile` turns a term's words (folded, lower-cased tokens) into a
  :class:`Compiled` pattern that knows the keys its first word can be looked up by and
  checks a run of text tokens;
* :meth:`Analyzer.keys` gives the lookup keys of one text token (the token itself plus its
  stems, paradigm ids or singular bases); the matcher caches them per token, so a text
  costs O(tokens).

:func:`get_analyzer` returns a fresh analyzer (its caches belong to one matcher); heavy
resources such as pymorphy3's dictionaries are lazy module-level singletons.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from toolkit.langs import normalize_code

#: Tokens: words (letters and digits, with inner apostrophes) and single punctuation marks.
#: Quotes are not tokens: a term matches with or without quotes around or inside it.
TOKEN_RE = re.compile(r"[^\W_]+(?:'[^\W_]+)*|[^\w\s\"']")


def tokenize(text: str) -> list[str]:
    """Tokens of an already folded and lower-cased text."""
    return TOKEN_RE.findall(text)


class Compiled(Protocol):
    """A compiled term in one language."""

    @property
    def size(self) -> int:
        """Number of tokens the term spans."""

    @property
    def first_keys(self) -> tuple[str, ...]:
        """Keys of the first word (matched against :meth:`Analyzer.keys` of a token)."""

    @property
    def second_keys(self) -> tuple[str, ...]:
        """Keys of the second word (empty for a one-word term); a multiword term is
        indexed by (first key, second key), so a common first word costs nothing."""

    def match(self, tokens: Sequence[str], start: int) -> bool:
        """True when ``tokens[start:start + size]`` is a form of the term."""


class Analyzer(Protocol):
    """Language-specific morphology used by the matcher."""

    code: str
    #: Endings that may follow a matched term after a hyphen or a closing quote
    #: (Kazakh ``ҚХА-ның``, ``«...»-нің``); empty for languages without them.
    attached_suffixes: frozenset[str]

    def casefold(self, text: str) -> str:
        """Lower-case ``text`` keeping its length."""

    def keys(self, token: str) -> tuple[str, ...]:
        """Lookup keys of a text token: the token and its possible stems or lemmas."""

    def compile(self, words: tuple[str, ...], *, exact: bool,
                forms: tuple[str, ...] = ()) -> Compiled:
        """Compile a term.  ``exact``: no inflection; ``forms``: extra one-word forms of
        the inflecting word (stems in Kazakh)."""


class ExactCompiled:
    """Every word must equal the text token; ``alts`` are extra forms of the last word."""

    __slots__ = ("alts", "first_keys", "second_keys", "size", "words")

    def __init__(self, words: tuple[str, ...], alts: frozenset[str] = frozenset()) -> None:
        self.words = words
        self.alts = alts
        self.size = len(words)
        self.first_keys = tuple(sorted({words[0]} | (alts if len(words) == 1 else set())))
        self.second_keys: tuple[str, ...] = ()
        if len(words) > 1:
            self.second_keys = tuple(sorted({words[1]} | (alts if len(words) == 2 else set())))

    def match(self, tokens: Sequence[str], start: int) -> bool:
        """All words equal; the last may also be one of ``alts``."""
        words = self.words
        last = len(words) - 1
        for k in range(last):
            if tokens[start + k] != words[k]:
                return False
        tok = tokens[start + last]
        return tok == words[last] or tok in self.alts


class ExactAnalyzer:
    """The generic fallback: exact, case-insensitive, whole tokens (word boundaries)."""

    attached_suffixes: frozenset[str] = frozenset()

    def __init__(self, code: str) -> None:
        self.code = code

    def casefold(self, text: str) -> str:
        """Python's lower-casing (length-preserving once İ is folded)."""
        return text.lower()

    def keys(self, token: str) -> tuple[str, ...]:
        """Only the token itself."""
        return (token,)

    def compile(self, words: tuple[str, ...], *, exact: bool,
                forms: tuple[str, ...] = ()) -> Compiled:
        """Exact tokens; ``forms`` are accepted for the last word."""
        return ExactCompiled(words, frozenset(forms))


def _kk() -> Analyzer:
    from toolkit.glossary.morph.kk import KazakhAnalyzer

    return KazakhAnalyzer(latin=False)


def _kk_latn() -> Analyzer:
    from toolkit.glossary.morph.kk import KazakhAnalyzer

    return KazakhAnalyzer(latin=True)


def _ru() -> Analyzer:
    from toolkit.glossary.morph.ru import RussianAnalyzer

    return RussianAnalyzer()


def _en() -> Analyzer:
    from toolkit.glossary.morph.en import EnglishAnalyzer

    return EnglishAnalyzer()


#: Languages with their own morphology; any other code gets :class:`ExactAnalyzer`.
ANALYZERS: dict[str, Callable[[], Analyzer]] = {
    "kk": _kk,
    "kk-Latn": _kk_latn,
    "ru": _ru,
    "en": _en,
}


def get_analyzer(lang: str) -> Analyzer:
    """A new analyzer for ``lang`` (BCP 47; ``kk_KZ`` -> kk, ``kk-latn`` -> kk-Latn)."""
    code = normalize_code(lang)
    factory = ANALYZERS.get(code)
    return factory() if factory is not None else ExactAnalyzer(code)


__all__ = ["ANALYZERS", "TOKEN_RE", "Analyzer", "Compiled", "ExactAnalyzer", "ExactCompiled",
           "get_analyzer", "tokenize"]
