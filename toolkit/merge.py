"""Update an existing catalog from freshly extracted units, like ``msgmerge`` (and safer).

:func:`merge` never drops anything a translator typed:

* a unit whose (msgctxt, msgid) still exists keeps its translation, translator comments and
  flags; only the source-side fields (references, extracted comments) are refreshed;
* an obsolete ``#~`` entry whose sentence comes back is revived with its translation;
* a new sentence gets the translation of the most similar old, no longer used unit as
  ``#, fuzzy`` with the old msgid as ``#| msgid`` (similarity >= :data:`FUZZY_THRESHOLD`,
  difflib ratio, the same 0.6 cut-off msgmerge uses; candidates are shortlisted by shared
  words and a length bound, so large edits stay fast);
* an old unit whose sentence disappeared becomes obsolete (``#~``) unless its translation was
  carried over to a new unit as a fuzzy match; untranslated ones are dropped (nothing typed).

Merging is deterministic, so merging the same units twice gives the same catalog.
"""

from __future__ import annotations

import difflib
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from toolkit.model import Previous, Unit

#: Minimum difflib similarity for an old translation to be offered as a fuzzy match.
FUZZY_THRESHOLD = 0.6


@dataclass(frozen=True)
class MergeStats:
    """What a merge did, for the command's summary."""

    total: int = 0
    kept: int = 0
    new: int = 0
    fuzzy: int = 0
    revived: int = 0
    obsolete: int = 0


def _has_work(unit: Unit) -> bool:
    return any(unit.target) or bool(unit.translator_comments)


def _resize(target: tuple[str, ...], nplurals: int) -> tuple[str, ...]:
    if len(target) == nplurals:
        return target
    if len(target) > nplurals:
        return target[:nplurals]
    return target + ("",) * (nplurals - len(target))


_WORD = re.compile(r"\w+")
#: Old units compared in full per new sentence (the ones sharing the most rare words).
_SHORTLIST = 6
#: How many of a sentence's rarest words are looked up in the index.
_RARE_WORDS = 8


class _Matcher:
    """Finds the most similar old source among candidates.

    A word index shortlists the candidates sharing the most (not too common) words; only those
    are compared with difflib, after a length bound.  Sentences with no shared word (very
    short ones, typo fixes inside a single word) fall back to a bounded scan.
    """

    def __init__(self, candidates: Sequence[Unit]) -> None:
        self.candidates = [c for c in candidates if any(c.target)]
        self.index: dict[str, list[int]] = {}
        for number, cand in enumerate(self.candidates):
            for word in set(_WORD.findall(cand.source.lower())):
                self.index.setdefault(word, []).append(number)

    def _shortlist(self, source: str) -> list[int]:
        shared: Counter[int] = Counter()
        postings = sorted((self.index.get(word, []) for word in
                           set(_WORD.findall(source.lower()))), key=len)
        for hits in postings[:_RARE_WORDS]:
            shared.update(hits)
        if shared:
            return sorted(n for n, _ in shared.most_common(_SHORTLIST))
        # No word in common (a one-word string, a typo fix): look at a bounded number.
        return list(range(min(len(self.candidates), 200)))

    def best(self, source: str) -> Unit | None:
        best: Unit | None = None
        best_score = FUZZY_THRESHOLD
        size = len(source)
        matcher = difflib.SequenceMatcher(autojunk=False)
        matcher.set_seq2(source)
        for number in self._shortlist(source):
            cand = self.candidates[number]
            other = len(cand.source)
            if not size or not other:
                continue
            # ratio <= 2*min/(a+b): skip candidates whose length alone rules them out.
            if 2 * min(size, other) / (size + other) < best_score:
                continue
            matcher.set_seq1(cand.source)
            if matcher.real_quick_ratio() < best_score or matcher.quick_ratio() < best_score:
                continue
            score = matcher.ratio()
            if score > best_score or (score == best_score and best is None):
                best, best_score = cand, score
        return best


def _refresh(old: Unit, new: Unit, nplurals: int) -> Unit:
    """The old unit with the template's source-side fields."""
    previous = old.previous if old.fuzzy else None
    target = _resize(old.target, nplurals) if new.is_plural else old.target[:1] or ("",)
    return replace(old, locations=new.locations, extracted_comments=new.extracted_comments,
                   source_plural=new.source_plural, obsolete=False, previous=previous,
                   target=target, line=0)


def merge(old_units: Sequence[Unit], template: Sequence[Unit],
          nplurals: int = 2) -> tuple[list[Unit], MergeStats]:
    """Units of the updated catalog (active in template order, then obsolete) and stats."""
    active = {u.key: u for u in old_units if not u.obsolete}
    obsolete = {u.key: u for u in old_units if u.obsolete}
    template_keys = {u.key for u in template}
    unmatched = [u for u in old_units if u.key not in template_keys]
    matcher = _Matcher([u for u in unmatched if not u.obsolete] +
                       [u for u in unmatched if u.obsolete])
    used: set[tuple[str | None, str]] = set()
    out: list[Unit] = []
    kept = new = fuzzy = revived = 0
    for unit in template:
        empty = ("",) * nplurals if unit.is_plural else ("",)
        if unit.key in active:
            out.append(_refresh(active[unit.key], unit, nplurals))
            kept += 1
        elif unit.key in obsolete:
            out.append(_refresh(obsolete[unit.key], unit, nplurals))
            revived += 1
        else:
            match = matcher.best(unit.source)
            if match is None:
                out.append(replace(unit, target=empty, line=0))
                new += 1
                continue
            used.add(match.key)
            flags = (*(f for f in match.flags if f != "fuzzy"), "fuzzy")
            target = _resize(match.target, nplurals) if unit.is_plural else match.target[:1]
            out.append(replace(
                unit, target=target, flags=flags, line=0,
                translator_comments=match.translator_comments,
                previous=Previous(match.source, match.source_plural, match.context)))
            fuzzy += 1
    now_obsolete: list[Unit] = []
    for old in old_units:
        if old.key in template_keys or not _has_work(old):
            continue
        if not old.obsolete and old.key in used:
            continue  # its translation lives on as a fuzzy match
        now_obsolete.append(replace(old, obsolete=True, locations=(), extracted_comments=(),
                                    line=0))
    stats = MergeStats(total=len(out), kept=kept, new=new, fuzzy=fuzzy, revived=revived,
                       obsolete=sum(1 for u in now_obsolete if any(u.target)))
    return out + now_obsolete, stats
