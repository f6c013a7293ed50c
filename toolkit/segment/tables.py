"""Per-language segmentation tables, compiled once from a :class:`~toolkit.langs.Language`.

Everything language-specific the segmenter needs lives here as sets and compiled regexes:
letter classes (built from the Language records, never hard-coded), the abbreviation table
with each abbreviation's *kind*, sentence starters, month names for datelines.  The SRX
exporter renders the same tables as regular expressions, so both always agree.
"""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass

from toolkit.langs import LANGUAGES, Language

# Universal punctuation (not letters, so not language data).
STRONG = "!?‼⁇⁈⁉"
TERMINATORS = "." + "…" + STRONG
CLOSERS_BASE = "\"'’”»)]›“"
OPENERS_BASE = "\"'‘“„«([‹"
DASHES = "—–-‒―"
BULLETS = "•⁃▪◦‣●■"
DIGITS = "0123456789"
#: First letters of lettered lists ("a)", "а)"): a list starting there is not broken before.
FIRST_LETTERS = "aа"
#: Every character ``str.isspace`` accepts (all are below U+3001): set lookups are cheaper
#: than method calls in the scanner's hot loop.
WHITESPACE = frozenset(c for c in map(chr, range(0x3001)) if c.isspace())
#: Characters that may end a protected URL but are punctuation of the sentence around it.
URL_TRAILING = ".,;:!?»”\"')]…"


class Kind(enum.IntEnum):
    """How an abbreviation behaves before a capitalised word (see docs/segmenter.md)."""

    NUMERIC = 1  # an abbreviation only before a number ("No. 5"); else an ordinary word
    CLOSING = 2  # ends lists ("etc.", "т.д."): a capital after it starts a new sentence
    FINAL = 3  # may end a sentence ("U.S.", "2025 ж."): a new sentence only before a starter
    PLAIN = 4  # never ends a sentence by itself ("Mr.", "т.е.", "см.")


#: Order in which abbreviation kinds are tried (the SRX rules follow the same order).
KIND_ORDER = (Kind.NUMERIC, Kind.CLOSING, Kind.FINAL, Kind.PLAIN)


def bit(kind: Kind) -> int:
    """The bit of ``kind`` in the scanner's kind masks (ints: cheaper than enum sets)."""
    return 1 << kind


def spellings(entry: str) -> set[str]:
    """Spellings matched by an abbreviation entry (without its final period).

    An entry stored in lower case also matches its Capitalised and UPPER-CASE forms
    ("см." -> "См.", "СМ."); an entry stored with capitals matches only itself.
    """
    core = entry[:-1]
    if core != core.lower():
        return {core}
    return {core, core[:1].upper() + core[1:], core.upper()}


def _letters(lang: Language) -> str:
    """The language's letters plus every known record's letters (foreign names in text)."""
    seen: dict[str, None] = {}
    for source in (lang.letters, *(other.letters for other in LANGUAGES.values())):
        for ch in source:
            seen.setdefault(ch, None)
    return "".join(seen)


def char_class(chars: str) -> str:
    """A regex character class (Java and Python compatible) for ``chars``."""
    special = set("\\]^-[&")
    return "[" + "".join("\\" + c if c in special else c for c in chars) + "]"


def _months(lang: Language) -> list[str]:
    try:
        names = lang.month_names()
    except Exception:  # an unknown locale for Babel: no datelines with month names
        return []
    out: set[str] = set()
    for forms in names.values():
        for form in forms:
            if len(form) >= 3:
                out.update({form, form[:1].upper() + form[1:]})
    return sorted(out, key=lambda s: (-len(s), s))


@dataclass(frozen=True)
class Tables:
    """Compiled segmentation data for one language."""

    code: str
    lower: frozenset[str]
    upper: frozenset[str]
    letters: frozenset[str]
    lower_chars: str
    upper_chars: str
    closers: frozenset[str]
    openers: frozenset[str]
    closers_chars: str
    drop_closers: dict[int, None]  # str.translate table deleting the closers
    openers_chars: str
    skip: frozenset[str]  # opening punctuation and dashes skipped before the next word
    abbr: dict[str, int]  # spelling without final period -> mask of its kinds' bits
    abbr_entries: dict[Kind, tuple[str, ...]]  # for SRX: entries by kind
    max_abbr_parts: int
    abbr_last_parts: frozenset[str]  # what follows the last "." of a multi-part abbreviation
    starters: frozenset[str]  # Capitalised sentence starters
    single_letter_words: frozenset[str]
    months: tuple[str, ...]
    quote_pairs: tuple[tuple[str, str], ...]
    quote_marks: re.Pattern[str]
    quote_mark_chars: str  # every quote mark and bracket of quote_pairs, plus '"'
    # characters other than "." whose presence switches rules on (see Scanner): without
    # them a text takes the short path
    rare_but_period: re.Pattern[str]
    quote_closer_of: dict[str, frozenset[str]]  # closing mark -> opening marks it closes
    quote_openers: frozenset[str]
    quote_open_marks: frozenset[str]  # quote_openers and '"'
    quote_close_marks: frozenset[str]  # the closing marks of quote_pairs and '"'
    first_letters: frozenset[int]  # code points that start a lettered list ("a", "а")
    marker_ends: frozenset[str]  # "1" and the first letters: a counted list starts there
    cand: re.Pattern[str]  # any terminator
    cand_useful: re.Pattern[str]  # a terminator whose decision may matter (see _useful)
    run: re.Pattern[str]
    run_chars: frozenset[str]  # terminators and closers: one candidate run
    trail_chars: str  # run characters and whitespace: what may trail the last sentence
    skip_ws: frozenset[str]  # skip characters and whitespace
    word: re.Pattern[str]
    hyphen_word: re.Pattern[str]
    initials: re.Pattern[str]
    marker: re.Pattern[str]  # a bare bullet
    dateline: re.Pattern[str]
    dateline_parts: tuple[str, str, str]  # (city, date, agency) regex sources for SRX


def _abbreviations(lang: Language) -> tuple[dict[str, int], dict[Kind, tuple[str, ...]]]:
    by_kind: dict[Kind, set[str]] = {k: set() for k in Kind}
    everything = (lang.abbreviations | lang.title_abbreviations | lang.final_abbreviations
                  | lang.closing_abbreviations | lang.numeric_abbreviations)
    for entry in everything:
        if not entry.endswith(".") or any(c.isspace() for c in entry) or len(entry) < 2:
            continue  # multi-word entries ("до н.э.") are covered by their last word
        if entry in lang.numeric_abbreviations:
            kind = Kind.NUMERIC
        elif entry in lang.closing_abbreviations:
            kind = Kind.CLOSING
        elif entry in lang.final_abbreviations:
            kind = Kind.FINAL
        else:
            kind = Kind.PLAIN
        by_kind[kind].add(entry)
    table: dict[str, int] = {}
    for kind, entries in by_kind.items():
        for entry in entries:
            for spelling in spellings(entry):
                table[spelling] = table.get(spelling, 0) | bit(kind)
    ordered = {k: tuple(sorted(v, key=lambda s: (-len(s), s))) for k, v in by_kind.items()}
    return table, ordered


def _useful(lower: str, upper: str, skip_ws: str, runs: str, marker_ends: str) -> str:
    """Regex of the terminators whose decision may matter: all but the periods that are
    certainly no break, which the scanner would otherwise visit one by one in Python.

    A period is skipped when it does not follow a character that may end a list marker
    ("1.", "a.") and either whitespace, opening punctuation and a lower-case letter follow
    it (rule 8), or neither whitespace nor a run character follows and it is not
    "lower lower . Upper letter" (rule 17).  Both hold in every scanner state (inside a
    dateline, after list markers), so skipping them changes no result.
    """
    lo, up = char_class(lower), char_class(upper)
    ws = "".join(sorted(WHITESPACE))
    lower_next = f"{char_class(ws)}{char_class(skip_ws)}*{lo}"
    no_rule_17 = (f"(?!{char_class(ws + runs)})"
                  f"(?:(?<!{lo}{lo}\\.)|(?!{up}{char_class(lower + upper)}))")
    # One leading class, so that re scans for it in C; the conditions follow the match.
    return (f"{char_class(TERMINATORS)}(?:(?<!\\.)|(?<={char_class(marker_ends)}\\.)"
            f"|(?!{lower_next}|{no_rule_17}))")


def _quote_pairs(lang: Language) -> tuple[tuple[str, str], ...]:
    pairs: list[tuple[str, str]] = []
    candidates = [lang.quotes, *lang.inner_quotes, ("«", "»"), ("“", "”"), ("„", "“"),
                  ("„", "”"), ("(", ")")]
    for pair in candidates:
        if pair[1] in "'’" or pair[0] == pair[1] or pair in pairs:
            continue  # apostrophes are not reliable closers; '"' is paired by parity
        pairs.append(pair)
    return tuple(pairs)


def build(lang: Language) -> Tables:
    """Compile the segmentation tables of ``lang``."""
    letters = _letters(lang)
    lower_chars = "".join(c for c in letters if c.islower())
    upper_chars = "".join(dict.fromkeys(
        u for c in letters if len(u := c.upper()) == 1 and u.isupper()))
    pairs = _quote_pairs(lang)
    closers_chars = "".join(dict.fromkeys(CLOSERS_BASE + "".join(p[1] for p in pairs)))
    openers_chars = "".join(dict.fromkeys(OPENERS_BASE + "".join(p[0] for p in pairs)))
    abbr, entries = _abbreviations(lang)
    parts = max((s.count(".") + 1 for s in abbr), default=1)
    lo, up = char_class(lower_chars), char_class(upper_chars)
    le = char_class(lower_chars + upper_chars)
    months = _months(lang)
    month_re = "|".join(re.escape(m) for m in months) or "(?!)"
    caps = char_class(upper_chars + "-")
    city = f"{up}{caps}{{2,}}(?: {up}{caps}+){{0,2}}"
    tcity = f"{up}{lo}+(?:-{up}{lo}+)?"
    date = (f"(?:[0-9]{{1,2}} (?:{month_re})|(?:{month_re}) [0-9]{{1,2}}"
            f"|[0-9]{{1,2}}\\.[0-9]{{1,2}}\\.[0-9]{{2,4}})")
    head = f"(?:{city}(?:, ?{date})?|{tcity}, ?{date})"
    agency = f"/{up}{caps}*/"
    # A dateline starts with two capitals ("АСТАНА"), or a space, or has a comma early
    # ("Астана, 25 …"): the lookahead rejects most paragraphs at once.
    hint = f"(?=[\\s\\S]{up}|\\s|[^,]{{0,39}},)"
    dateline = re.compile(f"{hint}\\s*{head}\\.(?:\\s+{date}\\.)?(?:\\s+{agency}\\.)?")
    term = char_class(TERMINATORS)
    rare_chars = "".join(dict.fromkeys(
        TERMINATORS.replace(".", "") + BULLETS + '"@/\n)' + "".join(map("".join, pairs))))
    skip_ws = frozenset(openers_chars + DASHES) | WHITESPACE
    marker_ends = "1" + "".join(c for c in FIRST_LETTERS if c in lower_chars)
    return Tables(
        code=lang.code,
        lower=frozenset(lower_chars),
        upper=frozenset(upper_chars),
        letters=frozenset(lower_chars + upper_chars),
        lower_chars=lower_chars,
        upper_chars=upper_chars,
        closers=frozenset(closers_chars),
        openers=frozenset(openers_chars),
        closers_chars=closers_chars,
        drop_closers=dict.fromkeys(map(ord, closers_chars)),
        openers_chars=openers_chars,
        skip=frozenset(openers_chars + DASHES),
        abbr=abbr,
        abbr_entries=entries,
        max_abbr_parts=parts,
        abbr_last_parts=frozenset(a.rsplit(".", 1)[1] for a in abbr if "." in a) - {""},
        starters=frozenset(s[:1].upper() + s[1:] for s in lang.sentence_starters),
        single_letter_words=lang.single_letter_words,
        months=tuple(months),
        quote_pairs=pairs,
        quote_marks=re.compile(char_class("".join(dict.fromkeys("".join(map("".join, pairs)))))),
        quote_mark_chars="".join(dict.fromkeys('"' + "".join(map("".join, pairs)))),
        rare_but_period=re.compile(char_class(rare_chars)),
        quote_closer_of={c: frozenset(o for o, c2 in pairs if c2 == c) for _, c in pairs},
        quote_openers=frozenset(o for o, _ in pairs),
        quote_open_marks=frozenset('"' + "".join(o for o, _ in pairs)),
        quote_close_marks=frozenset('"' + "".join(c for _, c in pairs)),
        first_letters=frozenset(ord(c) for c in FIRST_LETTERS if c in lower_chars),
        marker_ends=frozenset(marker_ends),
        cand=re.compile(term),
        cand_useful=re.compile(_useful(lower_chars, upper_chars, "".join(sorted(skip_ws)),
                                       TERMINATORS + closers_chars, marker_ends)),
        run=re.compile(char_class(TERMINATORS + closers_chars) + "*"),
        run_chars=frozenset(TERMINATORS + closers_chars),
        trail_chars="".join(sorted(set(TERMINATORS + closers_chars) | WHITESPACE)),
        skip_ws=skip_ws,
        word=re.compile(f"{le}+"),
        hyphen_word=re.compile(f"{le}+(?:-{le}+)+"),
        initials=re.compile(f"{up}(?:\\.-?{up})+"),
        marker=re.compile(f"(?<!\\S){char_class(BULLETS)}(?=\\s)"),
        dateline=dateline,
        dateline_parts=(head, date, agency),
    )
