"""English: plurals and possessives of every word of a term.

Each word of a term is expanded once into its forms: the word, its regular plurals
(-s, -es, consonant + y -> -ies, -f/-fe -> -ves, -man -> -men) and the possessives of both
(``Senate's``, ``maslikhats'``).  A text token is looked up by the words it may be a form
of (:func:`bases`) and then checked against the forms by one set lookup, so
``bill`` never matches ``billion`` and ``akim`` never matches ``akimat``.  Irregular plurals
the rules do not produce (people, criteria) go in the term's ``forms``.
"""

from __future__ import annotations

from collections.abc import Sequence

_VOWELS = frozenset("aeiou")
_SIBILANT_ENDINGS = ("s", "x", "z", "ch", "sh")


def plurals(word: str) -> set[str]:
    """Regular plural spellings of a lower-case word (over-generating is harmless)."""
    found = {word + "s"}
    if word.endswith(_SIBILANT_ENDINGS) or word.endswith("o"):
        found.add(word + "es")
    if len(word) > 1 and word.endswith("y") and word[-2] not in _VOWELS:
        found.add(word[:-1] + "ies")
    if word.endswith("fe"):
        found.add(word[:-2] + "ves")
    elif word.endswith("f"):
        found.add(word[:-1] + "ves")
    if word.endswith("man"):
        found.add(word[:-3] + "men")
    return found


def word_forms(word: str) -> frozenset[str]:
    """The word, its plurals and the possessives of both."""
    if not word[:1].isalpha():
        return frozenset({word})
    bases = {word} | plurals(word)
    forms = set(bases)
    for base in bases:
        forms.add(base + "'s")
        if base.endswith("s"):
            forms.add(base + "'")
    return frozenset(forms)


def bases(token: str) -> tuple[str, ...]:
    """The token and every word it may be a plural or possessive of (a superset)."""
    found = {token}
    stem = token
    if token.endswith("'s"):
        stem = token[:-2]
    elif token.endswith("'"):
        stem = token[:-1]
    found.add(stem)
    if stem.endswith("s"):
        found.add(stem[:-1])
        if stem.endswith("es"):
            found.add(stem[:-2])
        if stem.endswith("ies"):
            found.add(stem[:-3] + "y")
        if stem.endswith("ves"):
            found.update((stem[:-3] + "f", stem[:-3] + "fe"))
    if stem.endswith("men"):
        found.add(stem[:-3] + "man")
    return tuple(found)


class EnglishCompiled:
    """Every word of the term takes its plural or possessive forms."""

    __slots__ = ("first_keys", "second_keys", "size", "slots")

    def __init__(self, words: tuple[str, ...], slots: tuple[frozenset[str], ...],
                 alts: frozenset[str]) -> None:
        self.slots = slots
        self.size = len(slots)
        last = len(words) - 1
        self.first_keys = tuple(sorted({words[0]} | (alts if last == 0 else set())))
        self.second_keys: tuple[str, ...] = ()
        if last:
            self.second_keys = tuple(sorted({words[1]} | (alts if last == 1 else set())))

    def match(self, tokens: Sequence[str], start: int) -> bool:
        """Each token is one of its word's forms."""
        return all(tokens[start + k] in slot for k, slot in enumerate(self.slots))


class EnglishAnalyzer:
    """English: case-insensitive, plural and possessive forms of each word."""

    code = "en"
    attached_suffixes: frozenset[str] = frozenset()

    def casefold(self, text: str) -> str:
        """Lower case."""
        return text.lower()

    def keys(self, token: str) -> tuple[str, ...]:
        """The token and the words it may be a plural or possessive of."""
        return bases(token)

    def compile(self, words: tuple[str, ...], *, exact: bool,
                forms: tuple[str, ...] = ()) -> EnglishCompiled:
        """Compile a term; ``forms`` are extra forms of its last word."""
        slots = [frozenset({w}) if exact else word_forms(w) for w in words]
        if forms:
            slots[-1] = slots[-1] | frozenset(forms)
        return EnglishCompiled(words, tuple(slots), frozenset(forms))
