"""Find glossary terms in a text through inflection and typography: :class:`TermMatcher`.

Build it once per termbase and reuse it::

    matcher = TermMatcher(termbase.concepts)
    for hit in matcher.find("Қазақстан халқы Ассамблеясының сессиясы", "kk"):
        print(hit.start, hit.end, hit.concept_id, hit.term.text)

How one call works (``docs/matcher.md`` has the details per language):

1. the text is folded (:mod:`toolkit.glossary.normalize`: dashes, quotes, spaces, ё, soft
   hyphens), lower-cased by the language's analyzer and split into tokens once;
2. each distinct token is mapped, once per matcher, to the terms whose first word it can be
   a form of (an index keyed by stems/forms, :mod:`toolkit.glossary.morph`), so a text costs
   O(tokens) whatever the size of the termbase;
3. each candidate checks the following tokens; case-sensitive terms and all-capital acronyms
   then compare letter case;
4. overlapping hits are resolved longest first, and spans are mapped back to the original
   text (``text[hit.start:hit.end] == hit.text``).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, fields, replace
from itertools import accumulate, chain, compress
from operator import attrgetter, itemgetter
from pathlib import Path
from typing import cast

from toolkit.glossary.morph import TOKEN_RE, Analyzer, Compiled, ExactCompiled, get_analyzer
from toolkit.glossary.normalize import (
    Folded,
    first_foldable,
    fold,
    fold_text,
    has_typography,
    quotes,
    signature,
)
from toolkit.langs import normalize_code
from toolkit.model import Concept, Term, TermHit

#: A Kazakh-style ending written after a hyphen or a closing quote: ҚХА-ның, «...»-нің.
_ATTACHED = re.compile(r"(\"?)-([^\W_]+)")


@dataclass(frozen=True)
class _Entry:
    concept_id: str
    term: Term
    compiled: Compiled
    size: int
    cased: tuple[str, ...]  # the term's folded tokens, case kept
    check_case: tuple[bool, ...]  # per token: compare letter case
    signature: tuple[str, ...]
    quotes: tuple[str, ...]
    quoted: tuple[bool, bool]  # the term starts / ends with a quote
    rank: int  # tie-break between equal spans: lower wins
    case_checked: bool = False  # any(check_case)
    quoted_any: bool = False  # any(quoted)
    marked: bool = False  # quoted_any or a signature: a hit needs the general path


#: Per distinct token, or ``()`` when it can start no term: its one-word hits that can win
#: (the best, by rank; when that one needs a case check, every next one up to the first
#: that does not), its keys that start longer terms, and whether a hit needs a case check.
_TokenInfo = tuple[()] | tuple[tuple["_Entry", ...], tuple[str, ...], bool]

#: A candidate: (token index, size in tokens, entry).
_Raw = tuple[int, int, "_Entry"]
_START = itemgetter(0)
_RANK = attrgetter("rank")


#: Per distinct whitespace-separated chunk: ``(token, info, width) * n`` flat (one C-level
#: chain over a text's chunks then gives all three lists by slicing).  A width is the
#: token's length, plus one for the space after the chunk's last token, or :data:`_GAP`
#: when a quote or underscore lies between the tokens.
_Chunk = tuple[str | _TokenInfo | int, ...]

#: The width of every token of a chunk with something between its tokens: so negative that
#: a text's widths can no longer add up to its length (see :func:`_starts`).
_GAP = -(1 << 62)


#: Per distinct pair of tokens whose first can start a longer term: the two-word terms the
#: pair matches, the longer terms it may start, and whether any of them checks case.
_PairInfo = tuple[tuple["_Entry", ...], tuple["_Entry", ...], bool]


def _is_acronym(token: str) -> bool:
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def _hit_maker() -> Callable[[int, int, str, str, Term, bool], TermHit]:
    """``TermHit``, or a cheaper function giving the same object while the frozen dataclass
    has slots: its ``__init__`` sets each field through ``object.__setattr__`` (around the
    frozen guard), the slot descriptors set them directly, in half the time.  A dense text
    has a hit every few words."""
    names = tuple(field.name for field in fields(TermHit))
    if tuple(vars(TermHit).get("__slots__") or ()) != names:
        return TermHit
    set_start, set_end, set_text, set_concept, set_term, set_typographic = (
        vars(TermHit)[name].__set__ for name in names)
    new = object.__new__

    def make(start: int, end: int, text: str, concept_id: str, term: Term,
             typographic: bool) -> TermHit:
        hit = new(TermHit)
        set_start(hit, start)
        set_end(hit, end)
        set_text(hit, text)
        set_concept(hit, concept_id)
        set_term(hit, term)
        set_typographic(hit, typographic)
        return hit

    return make


_make_hit = _hit_maker()


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
        self.singles: dict[str, list[_Entry]] = {}
        self.pairs: dict[str, dict[str, list[_Entry]]] = {}
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
        analyzer = self.analyzer
        foreign = normalize_code(term.lang) != analyzer.code
        folded = fold_text(term.text).strip()
        cased = tuple(TOKEN_RE.findall(folded))
        words = tuple(TOKEN_RE.findall(analyzer.casefold(folded)))
        if not words or len(words) != len(cased):
            return
        single: list[str] = []
        variants: list[tuple[tuple[str, ...], tuple[str, ...]]] = [(words, cased)]
        for form in term.forms:
            form_folded = fold_text(form).strip()
            form_words = tuple(TOKEN_RE.findall(analyzer.casefold(form_folded)))
            if len(form_words) == 1 and len(words) > 1:
                single.append(form_words[0])
            elif form_words:
                variants.append((form_words, tuple(TOKEN_RE.findall(form_folded))))
        exact = term.exact_only or foreign
        for number, (variant, variant_cased) in enumerate(variants):
            compiled: Compiled
            alts = tuple(single) if number == 0 else ()
            if foreign:
                compiled = ExactCompiled(variant, frozenset(alts))
            else:
                compiled = analyzer.compile(variant, exact=exact, forms=alts)
            entry = _Entry(
                concept_id=concept_id,
                term=term,
                compiled=compiled,
                size=compiled.size,
                cased=variant_cased,
                check_case=tuple(term.case_sensitive or _is_acronym(w) for w in variant_cased),
                signature=signature(term.text),
                quotes=quotes(term.text),
                quoted=(folded.startswith('"'), folded.endswith('"')),
                rank=rank * 2 + int(foreign),
            )
            entry = replace(entry, case_checked=any(entry.check_case),
                            quoted_any=any(entry.quoted),
                            marked=any(entry.quoted) or bool(entry.signature))
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
        singles: dict[int, _Entry] = {}
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
        widths = [_GAP] * len(tokens)
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
        # chain, slicing, compress): Python only visits the tokens that can start a term.
        # Tokens never contain spaces, so the chunks' tokens are TOKEN_RE.findall(low).
        chunks = low.split()
        if self.idle.issuperset(chunks):  # most texts hold no term: one set lookup per chunk
            return []
        try:
            flat = list(chain.from_iterable(
                cast("Iterator[_Chunk]", map(self.chunks.get, chunks))))
        except TypeError:  # a chunk seen for the first time: get() gave None
            flat = list(chain.from_iterable(map(self.classify_chunk, chunks)))
        infos = cast("list[_TokenInfo]", flat[1::3])
        if not any(infos):
            return []
        tokens = cast("list[str]", flat[0::3])
        singles, longer, checked = self._candidates(tokens, infos)
        if not singles and not longer:
            return []
        starts = _starts(low, tokens, cast("list[int]", flat[2::3]))
        if checked:
            singles = self._checked_singles(singles, cased, tokens, starts)
            longer = [hit for hit in longer if not hit[2].case_checked
                      or self._case_ok(hit, cased, tokens, starts)]
        chosen = _choose(singles, longer, tokens, starts) if longer else singles
        return self._hits(text, folded, low, tokens, starts, chosen)

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
        two_word: list[_Entry] = []
        longer: list[_Entry] = []
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

    def _checked_singles(self, singles: list[_Raw], cased_text: str, tokens: list[str],
                         starts: list[int]) -> list[_Raw]:
        """Per token, the first one-word candidate that passes its case check."""
        kept: list[_Raw] = []
        last = -1
        for hit in singles:
            if hit[0] != last and (not hit[2].case_checked
                                   or self._case_ok(hit, cased_text, tokens, starts)):
                kept.append(hit)
                last = hit[0]
        return kept

    def _case_ok(self, hit: tuple[int, int, _Entry], cased_text: str, tokens: list[str],
                 starts: list[int]) -> bool:
        start, size, entry = hit
        casefold = self.casefold
        for k in range(size):
            if not entry.check_case[k]:
                continue
            s = starts[start + k]
            token = cased_text[s:s + len(tokens[start + k])]
            word = entry.cased[k]
            lower_token, lower_word = casefold(token), casefold(word)
            n = 0
            limit = min(len(token), len(word))
            while n < limit and lower_token[n] == lower_word[n]:
                n += 1
            if token[:n] != word[:n]:
                return False
        return True

    def _hits(self, text: str, folded: Folded | None, low: str, tokens: list[str],
              starts: list[int], chosen: list[tuple[int, int, _Entry]]) -> list[TermHit]:
        # Unfolded text can still hold a plain hyphen or straight quote that a term lacks.
        typography = folded is not None or (("-" in text or '"' in text)
                                            and has_typography(text))
        suffixes = self.suffixes
        offsets = None if folded is None else folded.offsets
        make = _make_hit
        hits: list[TermHit] = []
        for start, size, entry in chosen:
            last = start + size - 1
            fs, fe = starts[start], starts[last] + len(tokens[last])
            if not (typography or entry.marked
                    or (suffixes and low[fe:fe + 1] in ('"', "-"))):
                # The usual hit: plain text, a term without typography, nothing attached.
                hits.append(make(fs, fe, text[fs:fe], entry.concept_id, entry.term, False))
                continue
            os_, oe = (fs, fe) if offsets is None else (offsets[fs], offsets[fe - 1] + 1)
            typographic = False
            if typography or entry.signature:
                typographic = signature(text[os_:oe]) != entry.signature
            if entry.quoted_any or (suffixes and low[fe:fe + 1] in ('"', "-")):
                fs, fe = self._extend(entry, low, fs, fe)
                os_, oe = (fs, fe) if offsets is None else (offsets[fs], offsets[fe - 1] + 1)
            if typography and entry.quotes and not typographic:
                found_quotes = quotes(text[os_:oe])
                typographic = bool(found_quotes) and found_quotes != entry.quotes
            hits.append(make(os_, oe, text[os_:oe], entry.concept_id, entry.term, typographic))
        return hits

    def _extend(self, entry: _Entry, low: str, fs: int, fe: int) -> tuple[int, int]:
        """Take in the term's own quotes and a Kazakh ending after a hyphen or quote."""
        if entry.quoted[0] and fs > 0 and low[fs - 1] == '"':
            fs -= 1
        if entry.quoted[1] and fe < len(low) and low[fe] == '"':
            fe += 1
        suffixes = self.analyzer.attached_suffixes
        if suffixes and low[fe:fe + 1] in ('"', "-"):
            attached = _ATTACHED.match(low, fe)
            if attached is not None and attached.group(2) in suffixes:
                fe = attached.end()
                if attached.group(1) and fs > 0 and low[fs - 1] == '"':
                    fs -= 1
        return fs, fe


def _starts(low: str, tokens: list[str], widths: list[int]) -> list[int]:
    """Offsets of the tokens in ``low``."""
    # Fast path, all in C: the offsets are running sums of the widths when nothing but
    # the tokens lies inside each chunk (no _GAP) and the chunks are one space apart.
    # The widths then add up to len(low) + 1; leading, doubled or other spaces, a chunk
    # without tokens (a lone quote) or a _GAP would make the sum fall short.
    if sum(widths) == len(low) + 1:
        return list(accumulate(widths, initial=0))
    # Otherwise only spaces, quotes, apostrophes and underscores lie between tokens and
    # no token starts with one, so the next occurrence of each token is the token itself.
    starts: list[int] = []
    position = 0
    find = low.find
    for token in tokens:
        position = find(token, position)
        starts.append(position)
        position += len(token)
    return starts


def _choose(singles: list[_Raw], longer: list[_Raw], tokens: list[str],
            starts: list[int]) -> list[_Raw]:
    """The candidates that stay, in token order (see :func:`_resolve` for the rules).

    One-word candidates lose to any longer one they overlap (more tokens win) and never
    overlap each other (one per token is left): only the longer ones need resolving, and
    the one-word candidates between the longer ones that stay are kept.
    """
    if len(longer) > 1:
        longer = _resolve(longer, tokens, starts)
    chosen: list[_Raw] = []
    position = 0  # in singles
    for hit in longer:
        start = hit[0]
        inside = bisect_left(singles, start, position, key=_START)
        chosen += singles[position:inside]
        chosen.append(hit)
        position = bisect_left(singles, start + hit[1], inside, key=_START)
    chosen += singles[position:]
    return chosen


def _resolve(raw: list[tuple[int, int, _Entry]], tokens: list[str],
             starts: list[int]) -> list[tuple[int, int, _Entry]]:
    """Drop overlapped candidates (``raw`` is in token order): more tokens win, then more
    characters, then the earlier start, then the termbase rank.

    Candidates are cut into clusters that overlap each other; a choice inside one cluster
    cannot change another, so a lone candidate costs nothing.
    """
    chosen: list[tuple[int, int, _Entry]] = []
    cluster: list[tuple[int, int, _Entry]] = []
    end = -1
    for hit in raw:
        start, size = hit[0], hit[1]
        if start >= end:
            if len(cluster) == 1:
                chosen.append(cluster[0])
            elif cluster:
                _settle(cluster, end, tokens, starts, chosen)
            cluster = [hit]
            end = start + size
        else:
            cluster.append(hit)
            if start + size > end:
                end = start + size
    _settle(cluster, end, tokens, starts, chosen)
    return chosen


def _settle(cluster: list[tuple[int, int, _Entry]], end: int, tokens: list[str],
            starts: list[int], chosen: list[tuple[int, int, _Entry]]) -> None:
    """Append the winners of one cluster of overlapping candidates (ending at token
    ``end``) to ``chosen``: the best candidate first, then any it does not overlap."""
    if len(cluster) == 1:
        chosen.append(cluster[0])
        return
    # Usual case: one longest term covers the whole cluster (a term and the shorter
    # terms inside it): it goes first and overlaps every other candidate.
    sizes = [size for _, size, _ in cluster]
    top = max(sizes)
    if sizes.count(top) == 1:
        best = cluster[sizes.index(top)]
        if best[0] == cluster[0][0] and best[0] + top == end:
            chosen.append(best)
            return

    def priority(hit: tuple[int, int, _Entry]) -> tuple[int, int, int, int]:
        start, size, entry = hit
        last = start + size - 1
        return (-size, starts[start] - starts[last] - len(tokens[last]), start, entry.rank)

    cluster.sort(key=priority)
    taken = bytearray(end)
    kept: list[tuple[int, int, _Entry]] = []
    for start, size, entry in cluster:
        if not any(taken[start:start + size]):
            taken[start:start + size] = b"\x01" * size
            kept.append((start, size, entry))
    kept.sort(key=lambda hit: hit[0])
    chosen.extend(kept)


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
