"""Typography folding for term matching, with a map back to the original offsets.

Translators type the same term with different dashes, quotes and spaces, and Russian writes
ё or е at will.  Before matching, a text is *folded*:

* dashes ‐ ‑ ‒ – — ― − and the full-width/small forms become ``-``;
* double quotes « » “ ” „ ‟ ‹ › ″ ＂ become ``"``; single quotes and apostrophes ‘ ’ ‚ ‛ ʼ `
  become ``'``;
* no-break and other typographic spaces (U+00A0, U+2000..U+200A, U+202F, U+205F, U+3000)
  become a plain space;
* ё/Ё become е/Е;
* soft hyphens and zero-width characters (U+00AD, U+200B..U+200D, U+2060, U+FEFF, U+180E)
  are dropped.

Every other character is kept, one for one, so a folded offset maps straight back to the
original text; only dropped characters need the offset table.  Lower-casing is done later
by the language analyzer (it keeps the length: İ is folded to I first).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe58\ufe63\uff0d"
DOUBLE_QUOTES = "«»“”„‟‹›″〝〞＂"
SINGLE_QUOTES = "‘’‚‛ʼ`′"
SPACES = "\u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a" \
    "\u202f\u205f\u3000"
DROPPED = "\u00ad\u200b\u200c\u200d\u2060\ufeff\u180e"

_TABLE: dict[int, str | None] = {}
_TABLE.update({ord(c): "-" for c in DASHES})
_TABLE.update({ord(c): '"' for c in DOUBLE_QUOTES})
_TABLE.update({ord(c): "'" for c in SINGLE_QUOTES})
_TABLE.update({ord(c): " " for c in SPACES})
_TABLE.update({ord(c): None for c in DROPPED})
_TABLE.update({ord("ё"): "е", ord("Ё"): "Е", ord("\u0130"): "I"})

_DROPPED_SET = frozenset(DROPPED)

#: Characters whose difference between a term and a text makes a match "typographic".
#: Apostrophes are left out (``Senate’s`` and ``Senate's`` are the same possessive), and
#: quotes are compared apart (:func:`quotes`), as a hit does not always include them.
_SIGNATURE_RE = re.compile("[" + re.escape(DASHES + "-" + SPACES + DROPPED) + "ёЁ]")
_QUOTES_RE = re.compile("[" + re.escape(DOUBLE_QUOTES + '"') + "]")
_ANY_RE = re.compile("[" + re.escape(DASHES + "-" + SPACES + DROPPED + DOUBLE_QUOTES + '"')
                     + "ёЁ]")


@dataclass(frozen=True)
class Folded:
    """A folded text and the original offset of each of its characters.

    ``offsets`` is ``None`` when nothing was dropped (folded offset == original offset);
    ``changed`` is false when folding changed nothing at all.
    """

    text: str
    offsets: tuple[int, ...] | None = None
    changed: bool = True

    def original_span(self, start: int, end: int) -> tuple[int, int]:
        """Original ``(start, end)`` of the folded slice ``[start:end]`` (``end > start``)."""
        if self.offsets is None:
            return start, end
        return self.offsets[start], self.offsets[end - 1] + 1


#: Any character :func:`fold` changes (a regex scan is much cheaper than ``translate``).
_FOLDABLE_RE = re.compile("[" + re.escape("".join(chr(c) for c in _TABLE)) + "]")


#: Each foldable character's replacement (``""`` for a dropped one).
_REPLACEMENTS = {chr(code): to or "" for code, to in _TABLE.items()}


def fold(text: str) -> Folded:
    """Fold typography (see the module docstring); lengths change only for dropped chars."""
    found = _FOLDABLE_RE.findall(text)
    if not found:
        return Folded(text, None, False)
    # One str.replace per distinct character (usually one or two, ё or a no-break
    # space): str.translate with a dict costs ~100x more on non-ASCII text.  No
    # replacement is itself foldable, so the order does not matter.
    folded = text
    for ch in set(found):
        folded = folded.replace(ch, _REPLACEMENTS[ch])
    if len(folded) == len(text):
        return Folded(folded)
    offsets = tuple(i for i, ch in enumerate(text) if ch not in _DROPPED_SET)
    return Folded(folded, offsets)


def fold_text(text: str) -> str:
    """The folded string only (for terms)."""
    return text.translate(_TABLE)


def signature(text: str) -> tuple[str, ...]:
    """The typographic characters of ``text`` in order (ё lower-cased), quotes aside."""
    return tuple(ch.lower() for ch in _SIGNATURE_RE.findall(text))


def quotes(text: str) -> tuple[str, ...]:
    """The double quotes of ``text`` in order."""
    return tuple(_QUOTES_RE.findall(text))


def has_typography(text: str) -> bool:
    """True when ``text`` holds a character :func:`signature` or :func:`quotes` would see."""
    return _ANY_RE.search(text) is not None


#: The first character :func:`fold` would change (a truthy match), or ``None``: one regex
#: scan, no copy.  A bound method rather than a wrapper function, for the matcher's hot loop.
first_foldable = _FOLDABLE_RE.search

#: ``(text, pos, endpos)``: the first character of ``text[pos:endpos]`` that
#: :func:`signature` would see (a truthy match), or ``None``, without slicing.
first_typographic = _SIGNATURE_RE.search
