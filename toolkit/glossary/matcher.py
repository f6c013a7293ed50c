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
from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import chain, compress
from pathlib import Path

from toolkit.glossary.morph import TOKEN_RE, Analyzer, Compiled, ExactCompiled, get_analyzer
from toolkit.glossary.normalize import (
    Folded,
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


#: Per distinct token: its one-word hits and its keys that start longer terms, or ``()``
#: when it can start no term.
_TokenInfo = tuple[()] | tuple[tuple["_Entry", ...], tuple[str, ...]]


def _is_acronym(token: str) -> bool:
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


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
        self.chunk_tokens: dict[str, tuple[str, ...]] = {}  # chunk seen -> its tokens
        self.chunk_active: dict[str, bool] = {}  # chunk seen -> can a token start a term
        self.key_memo: dict[str, tuple[str, ...]] = {}
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
                            quoted_any=any(entry.quoted))
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
        firsts = tuple(key for key in keys if key in self.pairs)
        info: _TokenInfo = (tuple(singles.values()), firsts) if singles or firsts else ()
        self.memo[token] = info
        return info

    def classify_chunk(self, chunk: str) -> bool:
        """Tokenise a new whitespace-separated chunk; true when a token of it can start a
        term (cached in :attr:`chunk_tokens` and :attr:`chunk_active`)."""
        tokens = tuple(TOKEN_RE.findall(chunk))
        memo = self.memo
        active = False
        for token in tokens:
            info = memo.get(token)
            if info is None:
                info = self.classify(token)
            active = active or bool(info)
        self.chunk_tokens[chunk] = tokens
        self.chunk_active[chunk] = active
        return active

    def find(self, text: str) -> list[TermHit]:
        """Hits in ``text``: sorted, non-overlapping, longest first."""
        if len(self.chunk_active) > self._MEMO_LIMIT:
            self.memo.clear()
            self.chunk_tokens.clear()
            self.chunk_active.clear()
        folded = fold(text)
        low = self.analyzer.casefold(folded.text)
        # Whitespace-separated chunks are tokenised once and cached, and every per-chunk
        # and per-token step below runs in C (split, map, dict lookups, chain, compress):
        # Python only visits the tokens that can start a term.  Tokens never contain
        # spaces, so the chunks' tokens are exactly TOKEN_RE.findall(low).
        chunks = low.split()
        flags = list(map(self.chunk_active.get, chunks))
        if None in flags:
            flags = [self.classify_chunk(chunks[i]) if flag is None else flag
                     for i, flag in enumerate(flags)]
        if not any(flags):
            return []
        tokens = list(chain.from_iterable(map(self.chunk_tokens.__getitem__, chunks)))
        infos = list(map(self.memo.__getitem__, tokens))
        count = len(tokens)
        pairs = self.pairs
        raw: list[tuple[int, int, _Entry]] = []
        for i in compress(range(count), infos):
            singles, firsts = infos[i]  # type: ignore[misc]
            for entry in singles:
                raw.append((i, 1, entry))
            if firsts and i + 1 < count:
                second_keys = self.keys(tokens[i + 1])
                for first in firsts:
                    by_second = pairs[first]
                    for second in second_keys:
                        entries = by_second.get(second)
                        if entries is None:
                            continue
                        for entry in entries:
                            if i + entry.size <= count and entry.compiled.match(tokens, i):
                                raw.append((i, entry.size, entry))
        if not raw:
            return []
        if len(raw) == 1:
            start, size, entry = raw[0]
            spans = _spans(low, tokens, start + size)
            if entry.case_checked and not self._case_ok(raw[0], folded.text, spans):
                return []
        else:
            spans = _spans(low, tokens, max(start + size for start, size, _ in raw))
            raw = [h for h in raw if not h[2].case_checked
                   or self._case_ok(h, folded.text, spans)]
        return self._hits(text, folded, low, spans, raw)

    def _case_ok(self, hit: tuple[int, int, _Entry], cased_text: str,
                 spans: list[tuple[int, int]]) -> bool:
        start, size, entry = hit
        casefold = self.analyzer.casefold
        for k in range(size):
            if not entry.check_case[k]:
                continue
            s, e = spans[start + k]
            token = cased_text[s:e]
            word = entry.cased[k]
            lower_token, lower_word = casefold(token), casefold(word)
            n = 0
            limit = min(len(token), len(word))
            while n < limit and lower_token[n] == lower_word[n]:
                n += 1
            if token[:n] != word[:n]:
                return False
        return True

    def _hits(self, text: str, folded: Folded, low: str, spans: list[tuple[int, int]],
              raw: list[tuple[int, int, _Entry]]) -> list[TermHit]:
        if len(raw) > 1 and _overlapping(raw):
            raw.sort(key=lambda h: (-h[1], -(spans[h[0] + h[1] - 1][1] - spans[h[0]][0]),
                                    h[0], h[2].rank))
            taken = bytearray(len(spans))
            chosen: list[tuple[int, int, _Entry]] = []
            for start, size, entry in raw:
                if any(taken[start:start + size]):
                    continue
                taken[start:start + size] = b"\x01" * size
                chosen.append((start, size, entry))
            chosen.sort(key=lambda h: h[0])
        else:
            chosen = raw
        # Unfolded text can still hold a plain hyphen or straight quote that a term lacks.
        typography = folded.changed or (("-" in text or '"' in text) and has_typography(text))
        suffixes = self.analyzer.attached_suffixes
        identity = folded.offsets is None
        hits: list[TermHit] = []
        for start, size, entry in chosen:
            fs, fe = spans[start][0], spans[start + size - 1][1]
            os_, oe = (fs, fe) if identity else folded.original_span(fs, fe)
            typographic = False
            if typography or entry.signature:
                typographic = signature(text[os_:oe]) != entry.signature
            if entry.quoted_any or (suffixes and low[fe:fe + 1] in ('"', "-")):
                fs, fe = self._extend(entry, low, fs, fe)
                os_, oe = folded.original_span(fs, fe)
            if typography and entry.quotes and not typographic:
                found_quotes = quotes(text[os_:oe])
                typographic = bool(found_quotes) and found_quotes != entry.quotes
            hits.append(TermHit(os_, oe, text[os_:oe], entry.concept_id, entry.term,
                                typographic))
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


def _overlapping(raw: list[tuple[int, int, _Entry]]) -> bool:
    """True unless the raw hits (in token order) are disjoint already."""
    end = -1
    for start, size, _ in raw:
        if start < end:
            return True
        end = start + size
    return False


def _spans(low: str, tokens: list[str], needed: int) -> list[tuple[int, int]]:
    """Offsets of the first ``needed`` tokens of ``low``.

    Tokens come from ``TOKEN_RE.findall``: only spaces, quotes, apostrophes and underscores
    lie between them and no token starts with one, so the next occurrence of each token
    (a fast ``str.find``) is the token itself.
    """
    spans: list[tuple[int, int]] = []
    position = 0
    find = low.find
    for token in tokens[:needed]:
        start = find(token, position)
        position = start + len(token)
        spans.append((start, position))
    return spans


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
        return self.index(lang).find(text)


__all__ = ["TermMatcher"]
