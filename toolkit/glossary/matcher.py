"""Find glossary terms in a text through inflection and typography: :class:`TermMatcher`.

Build it once per termbase and reuse it::

    matcher = TermMatcher(termbase.concepts)
    for hit in matcher.find("Қазақстан халқы Ассамблеясының сессиясы", "kk"):
        print(hit.start, hit.end, hit.concept_id, hit.term.text)

How one call works (``docs/matcher.md`` has the details per language):

1. the text is folded (:mod:`toolkit.glossary.normalize`: dashes, quotes, spaces, ё, soft
   hyphens), lower-cased by the language's analyzer and split into tokens once;
2. each distinct token is mapped, once per matcher, to the terms whose first word it can be
   a form of (an index of :mod:`~toolkit.glossary.entry` entries keyed by stems/forms,
   :mod:`toolkit.glossary.morph`), so a text costs O(tokens) whatever the size of the
   termbase;
3. each candidate checks the following tokens; case-sensitive terms and all-capital acronyms
   then compare letter case (:mod:`toolkit.glossary.hits`);
4. overlapping hits are resolved longest first (:mod:`toolkit.glossary.overlaps`), and spans
   are mapped back to the original text (``text[hit.start:hit.end] == hit.text``).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import reduce
from itertools import chain, compress
from operator import attrgetter, iconcat
from pathlib import Path
from typing import cast

from toolkit.glossary.entry import Entry, compile_term
from toolkit.glossary.hits import case_ok, checked_singles, term_hits
from toolkit.glossary.morph import TOKEN_RE, Analyzer, get_analyzer
from toolkit.glossary.normalize import first_foldable, fold
from toolkit.glossary.overlaps import GAP, Candidate, choose, token_starts
from toolkit.langs import normalize_code
from toolkit.model import Concept, Term, TermHit

#: Per distinct token, or ``()`` when it can start no term: its one-word hits that can win
#: (the best, by rank; when that one needs a case check, every next one up to the first
#: that does not), its keys that start longer terms, and whether a hit needs a case check.
_TokenInfo = tuple[()] | tuple[tuple[Entry, ...], tuple[str, ...], bool]

#: Per distinct whitespace-separated chunk: ``(token, info, width) * n`` flat (one C-level
#: chain over a text's chunks then gives all three lists by slicing).  A width is the
#: token's length, plus one for the space after the chunk's last token, or
#: :data:`~toolkit.glossary.overlaps.GAP` when a quote or underscore lies between the tokens.
_Chunk = tuple[str | _TokenInfo | int, ...]

#: Per distinct pair of tokens whose first can start a longer term: the two-word terms the
#: pair matches, the longer terms it may start, and whether any of them checks case.
_PairInfo = tuple[tuple[Entry, ...], tuple[Entry, ...], bool]

#: A candidate: (token index, size in tokens, entry).
_Raw = Candidate[Entry]
_RANK = attrgetter("rank")


class _LanguageIndex:
    """The terms of one language (plus do-not-translate terms of the others).

    One-word terms are indexed by their first key; longer terms by (first key, second key)
    in a nested dict, so a frequent first word (an adjective that starts a hundred terms)
    costs one more lookup, not a hundred checks.  Each distinct token's keys and candidate
    lists are computed once and cached.
    """

    _MEMO_LIMIT = 500_000

    def __init__(self, analyzer: Analyzer, terms: list[tuple[str, Term]]) -> None:
        self.analyzer = analyzer
        self.singles: dict[str, list[Entry]] = {}
        self.pairs: dict[str, dict[str, list[Entry]]] = {}
        self.memo: dict[str, _TokenInfo] = {}  # every token seen -> its candidates or ()
        self.chunks: dict[str, _Chunk] = {}  # every whitespace-separated chunk seen
        self.idle: set[str] = set()  # the chunks seen whose tokens can start no term
        self.casefold = analyzer.casefold
        self.suffixes = analyzer.attached_suffixes
        self.key_memo: dict[str, tuple[str, ...]] = {}
        self.bigrams: dict[tuple[str, str], _PairInfo] = {}  # token pairs seen
        for rank, (concept_id, term) in enumerate(terms):
            self._add(concept_id, term, rank)

    def _add(self, concept_id: str, term: Term, rank: int) -> None:
        for entry in compile_term(self.analyzer, concept_id, term, rank):
            compiled = entry.compiled
            for first in compiled.first_keys:
                if compiled.size == 1:
                    self.singles.setdefault(first, []).append(entry)
                    continue
                by_second = self.pairs.setdefault(first, {})
                for second in compiled.second_keys:
                    by_second.setdefault(second, []).append(entry)

    def keys(self, token: str) -> tuple[str, ...]:
        """The analyzer's keys of a token, cached."""
        found = self.key_memo.get(token)
        if found is None:
            if len(self.key_memo) > self._MEMO_LIMIT:
                self.key_memo.clear()
            found = self.key_memo[token] = self.analyzer.keys(token)
        return found

    def classify(self, token: str) -> _TokenInfo:
        """A new token's candidates: its one-word hits and its keys that start longer
        terms, or ``()`` when it can start no term (cached in :attr:`memo`)."""
        keys = self.keys(token)
        singles: dict[int, Entry] = {}
        alone = [token]
        for key in keys:
            for entry in self.singles.get(key, ()):
                # A one-word term's match depends on this token only: check it once here.
                if entry.compiled.match(alone, 0):
                    singles.setdefault(id(entry), entry)
        # One-word hits on one token have the same span: the lowest rank wins (the first
        # found among equal ranks), so later ones only count when a case check fails.
        ranked = sorted(singles.values(), key=_RANK)
        for n, entry in enumerate(ranked):
            if not entry.case_checked:
                del ranked[n + 1:]
                break
        firsts = tuple(key for key in keys if key in self.pairs)
        info: _TokenInfo = ((tuple(ranked), firsts, any(e.case_checked for e in ranked))
                            if ranked or firsts else ())
        self.memo[token] = info
        return info

    def classify_chunk(self, chunk: str) -> _Chunk:
        """Tokenise and classify a whitespace-separated chunk (cached in :attr:`chunks`)."""
        record = self.chunks.get(chunk)
        if record is not None:
            return record
        if len(self.chunks) > self._MEMO_LIMIT:
            self.memo.clear()
            self.chunks.clear()
            self.idle.clear()
        tokens = tuple(TOKEN_RE.findall(chunk))
        memo = self.memo
        infos = [info if (info := memo.get(token)) is not None else self.classify(token)
                 for token in tokens]
        widths = [GAP] * len(tokens)
        if tokens and "".join(tokens) == chunk:  # nothing lies between the tokens
            widths = [len(token) for token in tokens]
            widths[-1] = len(tokens[-1]) + 1
        record = tuple(chain.from_iterable(zip(tokens, infos, widths, strict=True)))
        self.chunks[chunk] = record
        if not any(infos):
            self.idle.add(chunk)
        return record

    def find(self, text: str) -> list[TermHit]:
        """Hits in ``text``: sorted, non-overlapping, longest first."""
        # Most texts need no folding: then folded offsets are the original ones.
        folded = fold(text) if first_foldable(text) else None
        cased = text if folded is None else folded.text
        low = self.casefold(cased)
        # Whitespace-separated chunks are analysed once and cached (one dict lookup per
        # chunk), and every per-chunk and per-token step below runs in C (split, map,
        # list += tuple, slicing, compress): Python only visits the tokens that can start
        # a term.  Tokens never contain spaces, so the chunks' tokens are
        # TOKEN_RE.findall(low).
        chunks = low.split()
        if self.idle.issuperset(chunks):  # most texts hold no term: one set lookup per chunk
            return []
        flat: list[str | _TokenInfo | int] = []
        try:  # the records joined (list += tuple is the cheapest join of many tuples)
            flat = reduce(iconcat, cast("Iterator[_Chunk]", map(self.chunks.get, chunks)), flat)
        except TypeError:  # a chunk seen for the first time: get() gave None
            flat = reduce(iconcat, map(self.classify_chunk, chunks), [])
        infos = cast("list[_TokenInfo]", flat[1::3])
        if not any(infos):
            return []
        tokens = cast("list[str]", flat[0::3])
        singles, longer, checked = self._candidates(tokens, infos)
        if not singles and not longer:
            return []
        starts = token_starts(low, tokens, cast("list[int]", flat[2::3]))
        if checked:
            casefold = self.casefold
            singles = checked_singles(singles, casefold, cased, tokens, starts)
            longer = [hit for hit in longer if not hit[2].case_checked
                      or case_ok(hit, casefold, cased, tokens, starts)]
        chosen = choose(singles, longer, tokens, starts) if longer else singles
        return term_hits(text, folded, low, tokens, starts, chosen, self.suffixes)

    def _candidates(self, tokens: list[str],
                    infos: list[_TokenInfo]) -> tuple[list[_Raw], list[_Raw], bool]:
        """The one-word candidates (per token the best one, or those that can win after
        case checks) and the longer ones, each in token order, and whether a candidate
        may need a case check."""
        count = len(tokens)
        bigrams = self.bigrams
        singles: list[_Raw] = []
        longer: list[_Raw] = []
        checked = False
        for i in compress(range(count), infos):
            ones, firsts, check = infos[i]  # type: ignore[misc]
            if check:
                checked = True
                singles += [(i, 1, entry) for entry in ones]
            elif ones:
                singles.append((i, 1, ones[0]))
            if firsts and i + 1 < count:
                pair = (tokens[i], tokens[i + 1])
                found = bigrams.get(pair)
                if found is None:
                    found = self._pair(pair, firsts)
                two_word, more, pair_checked = found
                if pair_checked:
                    checked = True
                for entry in two_word:
                    longer.append((i, 2, entry))
                for entry in more:
                    if i + entry.size <= count and entry.compiled.match(tokens, i):
                        longer.append((i, entry.size, entry))
        return singles, longer, checked

    def _pair(self, pair: tuple[str, str], firsts: tuple[str, ...]) -> _PairInfo:
        """A new token pair's candidates (cached in :attr:`bigrams`): the two-word terms
        it is a form of (they depend on the pair alone), and the longer terms it may
        start (checked at each occurrence)."""
        if len(self.bigrams) > self._MEMO_LIMIT:
            self.bigrams.clear()
        two_word: list[Entry] = []
        longer: list[Entry] = []
        for first in firsts:
            by_second = self.pairs[first]
            for key in self.keys(pair[1]):
                for entry in by_second.get(key, ()):
                    if entry.size > 2:
                        longer.append(entry)
                    elif entry.compiled.match(pair, 0):
                        two_word.append(entry)
        found = self.bigrams[pair] = (tuple(two_word), tuple(longer), any(
            entry.case_checked for entry in chain(two_word, longer)))
        return found


class TermMatcher:
    """Finds a termbase's terms in texts, through inflection and typography.

    Build once (``TermMatcher(concepts)`` or :meth:`from_path`) and call :meth:`find` for
    every text; each language's index is built on first use and kept.
    """

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self._terms: list[tuple[str, Term]] = [
            (concept.id, term) for concept in concepts for term in concept.terms
            if term.text.strip()
        ]
        self._indexes: dict[str, _LanguageIndex] = {}

    @classmethod
    def from_path(cls, path: str | Path) -> TermMatcher:
        """A matcher over the termbase at ``path`` (a .tbx/.csv file or a folder)."""
        from toolkit.glossary.termbase import load_termbase

        return cls(load_termbase(path).concepts)

    def index(self, lang: str) -> _LanguageIndex:
        """The (cached) index of one language: its terms and do-not-translate terms."""
        found = self._indexes.get(lang)
        if found is None:
            code = normalize_code(lang)
            found = self._indexes.get(code)
            if found is None:
                terms = [(cid, term) for cid, term in self._terms
                         if normalize_code(term.lang) == code or term.do_not_translate]
                found = _LanguageIndex(get_analyzer(code), terms)
                self._indexes[code] = found
            self._indexes[lang] = found
        return found

    def find(self, text: str, lang: str) -> list[TermHit]:
        """Terms of ``lang`` found in ``text``: sorted by start, non-overlapping (the
        longest match wins), spans in the original text."""
        index = self._indexes.get(lang)
        if index is None:
            index = self.index(lang)
        return index.find(text)


__all__ = ["TermMatcher"]
