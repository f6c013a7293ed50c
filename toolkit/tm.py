"""Translation-memory lookup: exact and fuzzy matches from a TMX file (or any catalog).

Similarity (documented in ``docs/formats.md``): both strings have their whitespace runs
collapsed to one space and are stripped, then

    score = 100 * (1 - levenshtein(a, b) / max(len(a), len(b)))      (characters, case kept)

rounded down to a whole percent.  100 means the sources are identical character for
character; a source that differs only in whitespace scores 99.  A fuzzy match needs
``score >= 75`` (:data:`FUZZY_THRESHOLD`).  Ties go to the entry with the same msgctxt,
then to the earlier entry in the memory.

Candidates are found through a word index and pruned with cheap lower bounds on the edit
distance (length difference, character-multiset difference) before the banded Levenshtein
runs, so a lookup stays fast on memories of tens of thousands of entries.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, replace
from pathlib import Path

from toolkit.formats import detect, read_catalog
from toolkit.formats import tmx as tmx_format
from toolkit.fsio import read_bytes
from toolkit.model import Catalog, Unit

FUZZY_THRESHOLD = 75
MAX_CANDIDATES = 64
_SPACE = re.compile(r"\s+")
_WORD = re.compile(r"\w+")


@dataclass(frozen=True)
class Match:
    """A memory entry that matches a source text with ``score`` percent."""

    source: str
    target: tuple[str, ...]
    context: str | None
    score: int

    @property
    def exact(self) -> bool:
        """The memory's source is identical to the looked-up text."""
        return self.score == 100


def normalize(text: str) -> str:
    """Whitespace runs collapsed to one space, ends stripped (before scoring)."""
    return _SPACE.sub(" ", text).strip()


def levenshtein(a: str, b: str, limit: int) -> int:
    """Edit distance of ``a`` and ``b``, or ``limit + 1`` when it exceeds ``limit``."""
    if len(a) < len(b):
        a, b = b, a
    if len(a) - len(b) > limit:
        return limit + 1
    if not b:
        return len(a)
    big = limit + 1
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, start=1):
        lo = max(1, i - limit)
        hi = min(len(b), i + limit)
        current = [big] * (len(b) + 1)
        current[0] = i if i <= limit else big
        best = current[0]
        for j in range(lo, hi + 1):
            cost = 0 if ca == b[j - 1] else 1
            value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            current[j] = value
            if value < best:
                best = value
        if best > limit:
            return big
        previous = current
    return min(previous[len(b)], big)


def similarity(a: str, b: str) -> int:
    """The documented score (0..100) of two source strings."""
    if a == b:
        return 100
    na, nb = normalize(a), normalize(b)
    longest = max(len(na), len(nb))
    if longest == 0:
        return 99
    distance = levenshtein(na, nb, longest)
    return min(99, (100 * (longest - distance)) // longest)


@dataclass(frozen=True)
class _Entry:
    source: str
    norm: str
    chars: Counter[str]
    target: tuple[str, ...]
    context: str | None
    plural: str | None


class TranslationMemory:
    """Source -> translation entries with exact and fuzzy lookup."""

    def __init__(self, units: Iterable[Unit]) -> None:
        self._entries: list[_Entry] = []
        self._exact: dict[str, list[int]] = {}
        self._words: dict[str, list[int]] = {}
        for unit in units:
            if not unit.translated or unit.obsolete or not unit.source:
                continue
            norm = normalize(unit.source)
            index = len(self._entries)
            self._entries.append(_Entry(unit.source, norm, Counter(norm), unit.target,
                                        unit.context, unit.source_plural))
            self._exact.setdefault(unit.source, []).append(index)
            for word in set(_WORD.findall(norm.lower())):
                self._words.setdefault(word, []).append(index)

    def __len__(self) -> int:
        return len(self._entries)

    @classmethod
    def load(cls, path: str | Path, *, source_lang: str | None = None,
             target_lang: str | None = None) -> TranslationMemory:
        """Read a memory from TMX (one language pair) or any catalog format we read."""
        if detect(path) == "tmx":
            catalog = tmx_format.read(read_bytes(path), str(path), source_lang=source_lang,
                                      target_lang=target_lang)
        else:
            catalog = read_catalog(path)
        return cls(catalog.units)

    def lookup(self, text: str, context: str | None = None,
               plural: str | None = None) -> Match | None:
        """The best match for ``text`` scoring at least :data:`FUZZY_THRESHOLD`, or None.

        ``plural`` (msgid_plural) must agree: singular entries only match singular units.
        """
        if not text:
            return None
        exact = [self._entries[i] for i in self._exact.get(text, ())
                 if self._entries[i].plural == plural]
        if exact:
            best = next((e for e in exact if e.context == context), exact[0])
            return Match(best.source, best.target, best.context, 100)
        return self._fuzzy(text, context, plural)

    def _fuzzy(self, text: str, context: str | None, plural: str | None) -> Match | None:
        norm = normalize(text)
        shared: Counter[int] = Counter()
        for word in set(_WORD.findall(norm.lower())):
            shared.update(self._words.get(word, ()))
        chars = Counter(norm)
        best: tuple[int, int, int] | None = None  # (score, same context, -index)
        for index, _count in shared.most_common(MAX_CANDIDATES):
            entry = self._entries[index]
            if entry.plural != plural:
                continue
            longest = max(len(norm), len(entry.norm))
            limit = (longest * (100 - FUZZY_THRESHOLD)) // 100
            bag = max(sum((chars - entry.chars).values()), sum((entry.chars - chars).values()))
            if abs(len(norm) - len(entry.norm)) > limit or bag > limit:
                continue
            distance = levenshtein(norm, entry.norm, limit)
            if distance > limit:
                continue
            score = min(99, (100 * (longest - distance)) // longest)
            if score < FUZZY_THRESHOLD:
                continue
            key = (score, int(entry.context == context), -index)
            if best is None or key > best:
                best = key
        if best is None:
            return None
        entry = self._entries[-best[2]]
        return Match(entry.source, entry.target, entry.context, best[0])


@dataclass(frozen=True)
class PrefillStats:
    exact: int = 0
    fuzzy: int = 0


def prefill(catalog: Catalog, memory: TranslationMemory,
            origin: str = "memory") -> tuple[Catalog, PrefillStats]:
    """Fill untranslated units from ``memory``.

    Exact matches become translated units; close matches (>= 75 %) become fuzzy units with
    a translator comment ``tm: NN% match from ORIGIN: SOURCE``.  Units that already have a
    translation, and obsolete units, are left alone.
    """
    units: list[Unit] = []
    exact = fuzzy = 0
    for unit in catalog.units:
        match = None
        if unit.untranslated and not unit.obsolete:
            match = memory.lookup(unit.source, unit.context, unit.source_plural)
        if match is None or len(match.target) != len(unit.target):
            units.append(unit)
            continue
        if match.exact:
            exact += 1
            flags = tuple(f for f in unit.flags if f != "fuzzy")
            units.append(replace(unit, target=match.target, flags=flags))
        else:
            fuzzy += 1
            flags = unit.flags if unit.fuzzy else ("fuzzy", *unit.flags)
            comment = f"tm: {match.score}% match from {origin}: {normalize(match.source)}"
            units.append(replace(unit, target=match.target, flags=flags,
                                 translator_comments=(*unit.translator_comments, comment)))
    return replace(catalog, units=tuple(units)), PrefillStats(exact, fuzzy)




class MemoryPrefill:
    """A catalog transform for ``toolkit segment --tm``: pre-fill each target catalog from a
    memory file; ``stats`` records the counts per language.

    The memory is read and checked here, once per target language, before any output is
    touched: a bad or hostile memory file fails the command with nothing written.
    """

    def __init__(self, path: str | Path, source_lang: str | None,
                 targets: Iterable[str]) -> None:
        self.path = Path(path)
        self.stats: list[tuple[str, PrefillStats]] = []
        self._memories: dict[str, TranslationMemory] = {}
        if detect(self.path) == "tmx":
            data = read_bytes(self.path)
            for lang in targets:
                catalog = tmx_format.read(data, str(self.path), source_lang=source_lang,
                                          target_lang=lang)
                self._memories[lang] = TranslationMemory(catalog.units)
        else:
            memory = TranslationMemory(read_catalog(self.path).units)
            self._memories = dict.fromkeys(targets, memory)

    def __call__(self, catalog: Catalog) -> Catalog:
        lang = catalog.target_lang or catalog.header.get("Language") or ""
        memory = self._memories.get(lang)
        if memory is None:
            return catalog
        filled, stats = prefill(catalog, memory, self.path.name)
        self.stats.append((lang, stats))
        return filled


__all__ = ["FUZZY_THRESHOLD", "Match", "MemoryPrefill", "PrefillStats", "TranslationMemory",
           "levenshtein", "prefill", "similarity"]
