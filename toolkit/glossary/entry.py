"""A glossary term compiled for matching, as the matcher's index keeps it: :class:`Entry`.

:func:`compile_term` gives one entry per variant of a term: its text, and each multiword
form (a one-word form of a multiword term is an extra form of its inflecting word instead).
A term of another language (a do-not-translate term) is compiled exact.  The entry also
carries what a hit needs later: the letter case of each word, the typography and quotes of
the term, and its rank (lower wins between equal spans).
"""

from __future__ import annotations

from dataclasses import dataclass

from toolkit.glossary.morph import TOKEN_RE, Analyzer, Compiled, ExactCompiled
from toolkit.glossary.normalize import fold_text, quotes, signature
from toolkit.langs import normalize_code
from toolkit.model import Term


@dataclass(frozen=True)
class Entry:
    """One compiled variant of a term."""

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
    case_checked: bool  # any(check_case)
    quoted_any: bool  # any(quoted)
    marked: bool  # quotes or a signature: a hit needs the general path


def _is_acronym(token: str) -> bool:
    letters = [ch for ch in token if ch.isalpha()]
    return len(letters) >= 2 and all(ch.isupper() for ch in letters)


def compile_term(analyzer: Analyzer, concept_id: str, term: Term, rank: int) -> list[Entry]:
    """The entries of ``term`` (the ``rank``-th term of the index), or none when its text
    has no tokens."""
    foreign = normalize_code(term.lang) != analyzer.code
    folded = fold_text(term.text).strip()
    cased = tuple(TOKEN_RE.findall(folded))
    words = tuple(TOKEN_RE.findall(analyzer.casefold(folded)))
    if not words or len(words) != len(cased):
        return []
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
    term_signature = signature(term.text)
    term_quotes = quotes(term.text)
    quoted = (folded.startswith('"'), folded.endswith('"'))
    entries: list[Entry] = []
    for number, (variant, variant_cased) in enumerate(variants):
        compiled: Compiled
        alts = tuple(single) if number == 0 else ()
        if foreign:
            compiled = ExactCompiled(variant, frozenset(alts))
        else:
            compiled = analyzer.compile(variant, exact=exact, forms=alts)
        check_case = tuple(term.case_sensitive or _is_acronym(w) for w in variant_cased)
        entries.append(Entry(
            concept_id=concept_id,
            term=term,
            compiled=compiled,
            size=compiled.size,
            cased=variant_cased,
            check_case=check_case,
            signature=term_signature,
            quotes=term_quotes,
            quoted=quoted,
            rank=rank * 2 + int(foreign),
            case_checked=any(check_case),
            quoted_any=any(quoted),
            marked=any(quoted) or bool(term_signature) or bool(term_quotes),
        ))
    return entries


__all__ = ["Entry", "compile_term"]
