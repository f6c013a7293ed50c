"""From a text's term candidates to :class:`~toolkit.model.TermHit`: letter case, spans in
the original text, the typographic flag.

* :func:`case_ok` compares the letter case of case-sensitive terms and acronyms with the
  text, on the written part of each word (the stem, not the ending);
* :func:`term_hits` maps each chosen candidate back to the original text, takes in the
  term's own quotes and a Kazakh ending after a hyphen or closing quote (ҚХА-ның), and
  flags hits whose typography differs from the term's.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import fields

from toolkit.glossary.entry import Entry
from toolkit.glossary.normalize import (
    Folded,
    first_typographic,
    has_typography,
    quotes,
    signature,
)
from toolkit.glossary.overlaps import Candidate
from toolkit.model import Term, TermHit

#: A Kazakh-style ending written after a hyphen or a closing quote: ҚХА-ның, «...»-нің.
_ATTACHED = re.compile(r"(\"?)-([^\W_]+)")


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


make_hit = _hit_maker()


def case_ok(hit: Candidate[Entry], casefold: Callable[[str], str], cased_text: str,
            tokens: list[str], starts: list[int]) -> bool:
    """The candidate's words that check letter case have the term's case in
    ``cased_text`` (the folded text before lower-casing), as far as they are written the
    same."""
    start, size, entry = hit
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


def checked_singles(singles: list[Candidate[Entry]], casefold: Callable[[str], str],
                    cased_text: str, tokens: list[str],
                    starts: list[int]) -> list[Candidate[Entry]]:
    """Per token, the first one-word candidate that passes its case check."""
    kept: list[Candidate[Entry]] = []
    last = -1
    for hit in singles:
        if hit[0] != last and (not hit[2].case_checked
                               or case_ok(hit, casefold, cased_text, tokens, starts)):
            kept.append(hit)
            last = hit[0]
    return kept


def term_hits(text: str, folded: Folded | None, low: str, tokens: list[str],
              starts: list[int], chosen: list[Candidate[Entry]],
              suffixes: frozenset[str]) -> list[TermHit]:
    """The hits of the chosen candidates in ``text``; ``folded`` is its folding (``None``
    when folding changed nothing), ``low`` the folded, lower-cased text the tokens start in,
    ``suffixes`` the endings that may be attached after a hyphen or quote."""
    # Unfolded text can still hold a plain hyphen or straight quote that a term lacks.
    typography = folded is not None or (("-" in text or '"' in text)
                                        and has_typography(text))
    offsets = None if folded is None else folded.offsets
    make = make_hit
    hits: list[TermHit] = []
    for start, size, entry in chosen:
        last = start + size - 1
        fs, fe = starts[start], starts[last] + len(tokens[last])
        if not (entry.marked or (suffixes and low[fe:fe + 1] in ('"', "-"))):
            # The usual hit: a term without typography or quotes, nothing attached.  In
            # plain text it is as written; otherwise it is typographic when its span holds
            # a typographic character (the term has none).
            if not typography:
                hits.append(make(fs, fe, text[fs:fe], entry.concept_id, entry.term, False))
            else:
                os_, oe = (fs, fe) if offsets is None else (offsets[fs], offsets[fe - 1] + 1)
                hits.append(make(os_, oe, text[os_:oe], entry.concept_id, entry.term,
                                 first_typographic(text, os_, oe) is not None))
            continue
        os_, oe = (fs, fe) if offsets is None else (offsets[fs], offsets[fe - 1] + 1)
        typographic = False
        if typography or entry.signature:
            typographic = signature(text[os_:oe]) != entry.signature
        if entry.quoted_any or (suffixes and low[fe:fe + 1] in ('"', "-")):
            fs, fe = extend(entry, low, fs, fe, suffixes)
            os_, oe = (fs, fe) if offsets is None else (offsets[fs], offsets[fe - 1] + 1)
        if typography and entry.quotes and not typographic:
            found_quotes = quotes(text[os_:oe])
            typographic = bool(found_quotes) and found_quotes != entry.quotes
        hits.append(make(os_, oe, text[os_:oe], entry.concept_id, entry.term, typographic))
    return hits


def extend(entry: Entry, low: str, fs: int, fe: int,
           suffixes: frozenset[str]) -> tuple[int, int]:
    """The span ``low[fs:fe]`` with the term's own quotes and an attached ending taken in."""
    if entry.quoted[0] and fs > 0 and low[fs - 1] == '"':
        fs -= 1
    if entry.quoted[1] and fe < len(low) and low[fe] == '"':
        fe += 1
    if suffixes and low[fe:fe + 1] in ('"', "-"):
        attached = _ATTACHED.match(low, fe)
        if attached is not None and attached.group(2) in suffixes:
            fe = attached.end()
            if attached.group(1) and fs > 0 and low[fs - 1] == '"':
                fs -= 1
    return fs, fe


__all__ = ["case_ok", "checked_singles", "extend", "make_hit", "term_hits"]
