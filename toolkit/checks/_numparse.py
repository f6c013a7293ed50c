"""Number extraction for the numbers check: values, not digit strings.

A text becomes a list of :class:`Num`.  Digits and Roman numerals are *hard* (they must
find a partner on the other side); number words ("екі", "two", "thirtieth") and month
names ("сәуір", "апреля") are *soft*: they may stand in for a hard number but are never
reported missing.  Number symbols come from CLDR through the :class:`Language` record.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from babel.core import UnknownLocaleError

from toolkit.langs import Language

#: Spaces a group separator may be written with in a space-grouping language.
SPACES = " \u00a0\u202f\u2009"
#: Runs of digits with inner separators, compared verbatim before parsing values.
VERBATIM = re.compile(r"\d+(?:[.,:/-]\d+)*")
ROMAN = re.compile(r"^M{0,3}(CM|CD|D?C{0,3})(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})$")
ROMAN_LETTERS = re.compile(r"^[IVXLCХІ]{2,}$")
#: All-caps words that are valid Roman numerals but are nearly always something else.
ROMAN_STOP = frozenset({"CV", "CC", "CI", "CL", "LC", "LI", "XL", "IC", "VC", "LV", "CXL"})
ROMAN_VALUES = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
CYR_ROMAN = str.maketrans({"Х": "X", "І": "I"})
#: One-letter Roman numerals: too ambiguous to be hard ("I", "X axis"), soft only.
SINGLE_ROMAN = {"V": 5, "X": 10, "Х": 10, "L": 50, "C": 100}


@dataclass
class Num:
    """One number found in a text."""

    raw: str
    values: set[float]
    hard: bool
    percent: bool = False
    word: bool = False  # a number word (not a digit, Roman numeral or month name)
    scaled: float | None = None  # the value times a multiplier word ("78,5 млрд")


def roman_value(word: str) -> int | None:
    """``VIII`` -> 8 (Cyrillic Х and І accepted); None when not a Roman numeral."""
    if not ROMAN_LETTERS.match(word) or word in ROMAN_STOP:
        return None
    latin = word.translate(CYR_ROMAN)
    if not ROMAN.match(latin):
        return None
    total = 0
    for i, ch in enumerate(latin):
        value = ROMAN_VALUES[ch]
        nxt = ROMAN_VALUES[latin[i + 1]] if i + 1 < len(latin) else 0
        total += -value if value < nxt else value
    return total


@dataclass(frozen=True)
class Lexicon:
    """A language's number facts, compiled: token regexes, word stems, multipliers.

    The CLDR number symbols (and the regexes built on them) are loaded on first use: a
    text without a separator between digits reads the same in every language, so most
    catalogs never need them (loading a CLDR locale costs milliseconds).
    """

    language: Language
    words: dict[str, frozenset[int]]
    cardinals: re.Pattern[str] | None  # cardinal number words 2+ ("two", "екі"), whole words
    cardinal_tokens: frozenset[str]  # the same as whitespace tokens: a cheap pre-test
    multipliers: dict[str, int]
    percent_words: tuple[str, ...]

    @functools.cached_property
    def months(self) -> dict[str, int]:
        """Month names (CLDR), loaded on first use: only the slow path needs them."""
        return _months(self.language)

    @functools.cached_property
    def symbols(self) -> tuple[str, str]:
        """(decimal, group) from CLDR; "." and "," when CLDR does not know the locale."""
        try:
            return self.language.decimal_symbol, self.language.group_symbol
        except (UnknownLocaleError, ValueError, KeyError, AttributeError):
            return ".", ","

    @property
    def decimal(self) -> str:
        return self.symbols[0]

    def token_rx(self, text: str, spaced: bool = True) -> re.Pattern[str]:
        """The full token regex for ``text`` (``spaced=False``: no plain-space grouping)."""
        if SEPARATED.search(text) is None:
            return NEUTRAL_TOKEN
        decimal, group = self.symbols
        return _token_regex(decimal, group, spaced and group.strip() == "")

    def hard_rx(self, text: str, spaced: bool = True) -> re.Pattern[str]:
        """The digits-only regex for ``text``."""
        if SEPARATED.search(text) is None:
            return NEUTRAL_HARD
        decimal, group = self.symbols
        return _hard_regex(decimal, group, spaced and group.strip() == "")


@functools.lru_cache(maxsize=32)
def _token_regex(decimal: str, group: str, spaces: bool) -> re.Pattern[str]:
    dec = re.escape(decimal)
    groups = "".join(sorted(set(group + (SPACES if spaces else group.strip() or SPACES[1:]))))
    grp = "[" + re.escape(groups) + "]"
    number = rf"(?<![\d{dec}])\d{{1,3}}(?:{grp}\d{{3}})+(?:{dec}\d+)?(?!\d)|\d+(?:{dec}\d+)?"
    date = r"\d{1,2}(?P<dsep>[./])\d{1,2}(?P=dsep)\d{2,4}(?!\d)|\d{4}-\d{1,2}-\d{1,2}(?!\d)"
    return re.compile(rf"(?P<date>{date})|(?P<num>{number})|(?P<word>[^\W\d_]+)|(?P<pct>%)")


@functools.lru_cache(maxsize=32)
def _hard_regex(decimal: str, group: str, spaces: bool) -> re.Pattern[str]:
    words = _token_regex(decimal, group, spaces).pattern.split("|(?P<word>")[0]
    return re.compile(words + r"(?:[ \u00a0\u202f]*(?P<tail>%|[^\W\d_]+))?"
                      r"|(?<![^\W\d_])(?P<roman>[IVXLCХІ]{2,})(?![^\W\d_])")


#: A separator between digits: only then do the language's number symbols matter.
SEPARATED = re.compile(r"\d[.,\u00a0\u202f\u2009 ]\d")
NEUTRAL_TOKEN = _token_regex(".", ",", False)
NEUTRAL_HARD = _hard_regex(".", ",", False)


def _stems(lang: Language) -> dict[str, frozenset[int]]:
    stems: dict[str, set[int]] = {}
    for value, spellings in lang.number_words:
        for word in spellings:
            w = word.lower()
            stems.setdefault(w, set()).add(value)
            if len(w) >= 5:
                stems.setdefault(w[:-1], set()).add(value)
    return {k: frozenset(v) for k, v in stems.items()}


def _months(lang: Language) -> dict[str, int]:
    try:
        names = lang.month_names()
    except (UnknownLocaleError, ValueError, KeyError, AttributeError):  # no CLDR data
        return {}
    out: dict[str, int] = {}
    for number, spellings in names.items():
        for name in spellings:
            out[name] = number
            if len(name) >= 5:
                out[name[:-1]] = number  # ru "апрел-я", kk "сәуір-де" stays as is
    return out


#: id of a Language record -> (the record, kept alive so the id stays unique; its lexicon).
_LEXICONS: dict[int, tuple[Language, Lexicon]] = {}


def lexicon(lang: Language) -> Lexicon:
    """The compiled number facts of ``lang`` (built once per language record)."""
    found = _LEXICONS.get(id(lang))
    if found is None:
        found = _LEXICONS[id(lang)] = (lang, _build(lang))
    return found[1]


def _build(lang: Language) -> Lexicon:
    return Lexicon(
        language=lang,
        words=_stems(lang),
        cardinals=_cardinals(lang),
        cardinal_tokens=_cardinal_tokens(lang),
        multipliers={w.lower(): f for w, f in lang.number_multipliers},
        percent_words=tuple(w.lower() for w in lang.percent_words),
    )


def _cardinals(lang: Language) -> re.Pattern[str] | None:
    # By convention the first spelling of each value is its cardinal ("two", not "second").
    words = sorted({spellings[0].lower() for value, spellings in lang.number_words
                    if value >= 2 and spellings}, key=len, reverse=True)
    if not words:
        return None
    alternatives = "|".join(re.escape(w) for w in words)
    return re.compile(rf"\b(?:{alternatives})\b", re.IGNORECASE)


def _cardinal_tokens(lang: Language) -> frozenset[str]:
    words = {spellings[0].lower() for value, spellings in lang.number_words
             if value >= 2 and spellings}
    return frozenset({w for w in words} | {w + p for w in words for p in ",.;:!?)»”\""}
                     | {p + w for w in words for p in "(«“\"„"})


def _prefix_lookup(token: str, table: dict[str, int] | dict[str, frozenset[int]],
                   min_stem: int = 3) -> list[object]:
    found: list[object] = []
    if token in table:
        found.append(table[token])
    for n in range(min(len(token) - 1, 12), min_stem - 1, -1):
        hit = table.get(token[:n])
        if hit is not None:
            found.append(hit)
            break
    return found


def _number_value(raw: str, lex: Lexicon) -> float:
    if raw.isdigit():
        return float(raw)
    digits = "".join(ch for ch in raw if ch.isdigit() or ch == lex.decimal)
    return float(digits.replace(lex.decimal, ".")) if lex.decimal in digits else float(digits)


def extract(text: str, lex: Lexicon, spaced: bool = True) -> list[Num]:
    """Every number of ``text`` in order (``spaced=False``: plain spaces never group)."""
    out: list[Num] = []
    last: Num | None = None  # the number right before the current word, for multipliers
    for m in lex.token_rx(text, spaced).finditer(text):
        kind = m.lastgroup
        raw = m.group(0)
        if kind == "date":
            for part in re.findall(r"\d+", raw):
                out.append(Num(part, {float(int(part))}, True))
            last = None
        elif kind == "num":
            try:
                value = _number_value(raw, lex)
            except ValueError:
                continue
            last = Num(raw, {value}, True)
            out.append(last)
        elif kind == "pct":
            if last is not None:
                last.percent = True
        else:
            last = _word(raw, lex, last, out)
    return out


def extract_hard(text: str, lex: Lexicon, spaced: bool = True) -> list[Num]:
    """Only the hard numbers of ``text`` (digits, dates, Roman numerals): the fast path."""
    out: list[Num] = []
    for m in lex.hard_rx(text, spaced).finditer(text):
        kind = m.lastgroup
        if kind == "date" or m.group("date"):
            out.extend(Num(p, {float(int(p))}, True) for p in re.findall(r"\d+", m.group(0)))
        elif m.group("roman"):
            roman = roman_value(m.group("roman"))
            if roman is not None:
                out.append(Num(m.group("roman"), {float(roman)}, True))
        else:
            raw = m.group("num")
            if raw == "00":  # minutes or cents of "10:00", "5.00": not a quantity
                continue
            try:
                num = Num(raw, {_number_value(raw, lex)}, True)
            except ValueError:
                continue
            tail = m.group("tail")
            if tail:
                _apply_tail(num, tail.lower(), lex)
            out.append(num)
    return out


def _apply_tail(num: Num, word: str, lex: Lexicon) -> bool:
    """A multiplier ("мың") or percent ("%", "процентов") right after a number."""
    if word == "%":
        num.percent = True
        return True
    for stem, factor in lex.multipliers.items():
        if word.startswith(stem):
            num.scaled = min(num.values) * factor
            num.values |= {v * factor for v in num.values}
            return True
    if any(word.startswith(p) for p in lex.percent_words):
        num.percent = True
        return True
    return False


def extract_soft(text: str, lex: Lexicon) -> list[Num]:
    """Only the soft numbers of ``text`` (number words, month names)."""
    return [n for n in extract(text, lex) if not n.hard]


def _word(raw: str, lex: Lexicon, last: Num | None, out: list[Num]) -> Num | None:
    """Handle one word: multiplier or percent of ``last``, number word, month, Roman."""
    word = raw.lower()
    if last is not None and _apply_tail(last, word, lex):
        return last if not last.percent else None
    roman = roman_value(raw)
    if roman is not None:
        num = Num(raw, {float(roman)}, True)
        out.append(num)
        return num
    if len(raw) == 1 and raw in SINGLE_ROMAN:  # "X форум", "V съезд": may be a numeral
        num = Num(raw, {float(SINGLE_ROMAN[raw])}, False)
        out.append(num)
        return num
    values: set[float] = set()
    for hit in _prefix_lookup(word, lex.words):
        values |= {float(v) for v in hit}  # type: ignore[attr-defined]
    is_word = bool(values)
    for hit in _prefix_lookup(word, lex.months):
        values.add(float(hit))  # type: ignore[arg-type]
    if not values:
        return None
    num = Num(raw, values, False, word=is_word)
    out.append(num)
    return num


#: A word right after or right before a number: where a month name of a date stands.
NEXT_TO_DIGIT = re.compile(
    r"(?<=\d)[ \u00a0,.-]{0,2}([^\W\d_]{3,})|([^\W\d_]{3,})[ \u00a0,.]{1,2}(?=\d)")


def date_months(text: str, lex: Lexicon) -> set[int]:
    """Months named next to a number ("1 May", "апреля 2025", "25 сәуірде")."""
    found: set[int] = set()
    for m in NEXT_TO_DIGIT.finditer(text):
        word = (m.group(1) or m.group(2)).lower()
        for hit in _prefix_lookup(word, lex.months):
            found.add(int(hit))  # type: ignore[call-overload]
    return found


def _reads_differently(run: str, src: Lexicon, tgt: Lexicon) -> bool:
    """``15,000`` is one number in en (15000) and another in ru (15,0): not verbatim-safe."""
    if "." not in run and "," not in run:
        return False
    a, b = src.token_rx(run).fullmatch(run), tgt.token_rx(run).fullmatch(run)
    if a is None or b is None or a.lastgroup != "num" or b.lastgroup != "num":
        return False
    return _number_value(run, src) != _number_value(run, tgt)


def strip_verbatim(source: str, target: str, src: Lexicon | None = None,
                   tgt: Lexicon | None = None) -> tuple[str, str]:
    """Blank out digit runs written identically on both sides (versions, times, phones),
    unless the two languages read the run as different values (``15,000`` in en and ru)."""
    src_runs = VERBATIM.findall(source)
    if not src_runs:
        return source, target
    pool: dict[str, int] = {}
    for run in src_runs:
        pool[run] = pool.get(run, 0) + 1
    shared: dict[str, int] = {}
    for run in VERBATIM.findall(target):
        if src is not None and tgt is not None and _reads_differently(run, src, tgt):
            continue
        if pool.get(run, 0) > shared.get(run, 0):
            shared[run] = shared.get(run, 0) + 1
    if not shared:
        return source, target

    def blank(text: str) -> str:
        budget = dict(shared)

        def repl(m: re.Match[str]) -> str:
            if budget.get(m.group(0), 0) > 0:
                budget[m.group(0)] -= 1
                return " " * len(m.group(0))
            return m.group(0)

        return VERBATIM.sub(repl, text)

    return blank(source), blank(target)
