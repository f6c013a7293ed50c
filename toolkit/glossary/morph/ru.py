"""Russian morphology for term matching, with pymorphy3 (OpenCorpora dictionaries).

A term is planned once (:meth:`RussianAnalyzer.plan`):

* the **head** is the first word whose best nominative reading is a noun
  (Ассамблея народа Казахстана -> Ассамблея; Национальный курултай -> курултай);
* adjectives and participles in front of the head **agree** with it
  (Справедливого Казахстана, Национальным курултаем, межнационального согласия);
* words after the head are dependents and stay as written (народа Казахстана, государства);
* in a hyphenated compound head only the last part inflects (Нур-Султан -> Нур-Султана);
* words that are not Russian (Latin letters, digits, Kazakh letters) stay as written;
* a one-word term with no noun reading (a verb, an adverb) inflects freely.

Instead of lemmatizing every text token at match time, each inflecting word is expanded
once into its paradigm (pymorphy3 ``lexeme``) and every form is indexed with its
(case, number, gender) readings and the paradigm's id.  A text token then costs one dict
lookup (its key is the paradigm id, as a lemma would be), and agreement is a bitwise AND
of the forms' readings (one bit per reading).  Superlatives and comparatives are not forms
of a term.  Analyses and paradigms are cached per word; the MorphAnalyzer is a lazy
singleton (it takes a moment to load).
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Sequence
from typing import Any

from toolkit.glossary.morph import Compiled, ExactCompiled

_LOCK = threading.Lock()
_MORPH: Any = None

#: A word pymorphy3 can analyse: Russian letters only.
_RUSSIAN_WORD = re.compile(r"[а-яё]+")
_CASES = {"nomn": "nomn", "voct": "nomn", "gent": "gent", "gen2": "gent", "datv": "datv",
          "accs": "accs", "acc2": "accs", "ablt": "ablt", "loct": "loct", "loc2": "loct"}
_NOMINAL = frozenset({"NOUN"})
_ATTRIBUTES = frozenset({"ADJF", "PRTF"})
_NOT_FORMS = frozenset({"Supr", "COMP", "Cmp2"})

Reading = tuple[str, str, str]  # (case, number, gender); gender "" in the plural


def morph() -> Any:
    """The shared ``pymorphy3.MorphAnalyzer`` (loaded on first use)."""
    global _MORPH
    if _MORPH is None:
        with _LOCK:
            if _MORPH is None:
                import pymorphy3

                _MORPH = pymorphy3.MorphAnalyzer()
    return _MORPH


def _fold(word: str) -> str:
    return word.replace("ё", "е")


@functools.lru_cache(maxsize=65536)
def parses(word: str) -> tuple[Any, ...]:
    """pymorphy3 parses of a lower-case word (cached)."""
    return tuple(morph().parse(word))


def _genders(tag: Any) -> tuple[str, ...]:
    if "ms-f" in tag.grammemes:
        return ("masc", "femn")
    gender = tag.gender
    return (str(gender),) if gender else ("",)


@functools.lru_cache(maxsize=65536)
def paradigm(word: str, nominal: bool) -> dict[str, frozenset[Reading]]:
    """Every form of ``word`` read as a nominative noun (``nominal``) or attribute, with
    its readings; falls back to all readings when there is no nominative one."""
    wanted = _NOMINAL if nominal else _ATTRIBUTES
    chosen = [p for p in parses(word) if p.tag.POS in wanted and p.tag.case == "nomn"]
    if not chosen:
        chosen = list(parses(word))
    forms: dict[str, set[Reading]] = {}
    for parse in chosen:
        lexical_genders = _genders(parse.tag) if nominal else None
        for form in parse.lexeme:
            tag = form.tag
            if _NOT_FORMS & tag.grammemes:
                continue
            case = _CASES.get(tag.case or "", "")
            number = str(tag.number or "")
            if number == "plur":
                genders: tuple[str, ...] = ("",)
            elif lexical_genders is not None:
                genders = lexical_genders
            else:
                genders = _genders(tag)
            readings = forms.setdefault(_fold(form.word), set())
            readings.update((case, number, gender) for gender in genders)
    forms.setdefault(word, set())
    return {form: frozenset(r) for form, r in forms.items()}


def _is_noun(word: str) -> bool:
    for parse in parses(word):
        if parse.tag.case == "nomn":
            return bool(parse.tag.POS in _NOMINAL)
    return False


def _is_attribute(word: str) -> bool:
    return any(p.tag.POS in _ATTRIBUTES and p.tag.case == "nomn" for p in parses(word))


#: Each reading seen so far -> its bit: a word's readings become one int, and agreement is
#: a bitwise AND (cheaper than intersecting sets of tuples).
_READING_BITS: dict[Reading, int] = {}
_BITS_LOCK = threading.Lock()


def reading_mask(readings: frozenset[Reading]) -> int:
    """The readings as a bitmask (``0`` for none)."""
    mask = 0
    for reading in readings:
        bit = _READING_BITS.get(reading)
        if bit is None:
            with _BITS_LOCK:
                bit = _READING_BITS.setdefault(reading, 1 << len(_READING_BITS))
        mask |= bit
    return mask


class RussianCompiled:
    """Per word either a set of exact tokens or a paradigm (form -> readings)."""

    __slots__ = ("exact", "first_keys", "inflecting", "second_keys", "size")

    def __init__(self, slots: tuple[dict[str, frozenset[Reading]] | frozenset[str], ...],
                 keys: tuple[tuple[str, ...], ...], agree: bool) -> None:
        # Exact words are checked first: a dependent that differs (the usual miss after a
        # term's first two words) ends the check at once.  A paradigm maps each form to
        # its readings as a bitmask; without agreement the masks are dropped (0: no
        # constraint).
        self.exact = tuple((k, slot) for k, slot in enumerate(slots)
                           if isinstance(slot, frozenset))
        self.inflecting = tuple(
            (k, {form: reading_mask(readings) if agree else 0
                 for form, readings in slot.items()})
            for k, slot in enumerate(slots) if not isinstance(slot, frozenset))
        self.size = len(slots)
        self.first_keys = keys[0]
        self.second_keys = keys[1] if len(keys) > 1 else ()

    def match(self, tokens: Sequence[str], start: int) -> bool:
        """Each token is a form of its word; inflecting words share a reading."""
        for k, words in self.exact:
            if tokens[start + k] not in words:
                return False
        common = -1  # every reading
        for k, table in self.inflecting:
            readings = table.get(tokens[start + k])
            if readings is None:
                return False
            if readings:
                common &= readings
                if not common:
                    return False
        return True


class RussianAnalyzer:
    """Russian: head noun and agreeing attributes inflect; dependents stay."""

    code = "ru"
    attached_suffixes: frozenset[str] = frozenset()

    def __init__(self) -> None:
        # Every form of every compiled paradigm -> the ids of the paradigms it belongs to.
        self._paradigms: dict[str, tuple[str, ...]] = {}

    def casefold(self, text: str) -> str:
        """Lower case (ё is already folded to е)."""
        return text.lower()

    def keys(self, token: str) -> tuple[str, ...]:
        """The token and the ids of the compiled paradigms it is a form of."""
        return (token, *self._paradigms.get(token, ()))

    def _register(self, paradigm_id: str, forms: dict[str, frozenset[Reading]]) -> None:
        for form in forms:
            ids = self._paradigms.get(form, ())
            if paradigm_id not in ids:
                self._paradigms[form] = (*ids, paradigm_id)

    def plan(self, words: tuple[str, ...]) -> tuple[int | None, tuple[int, ...]]:
        """(head index or None, indexes of the agreeing attributes before it)."""
        russian = [bool(_RUSSIAN_WORD.fullmatch(w)) for w in words]
        head: int | None = None
        for i, word in enumerate(words):
            if not russian[i] or not _is_noun(word):
                continue
            # An adjective that can also be a noun (рабочий, военный) before a noun is
            # an attribute.
            if (i + 1 < len(words) and russian[i + 1] and _is_attribute(word)
                    and _is_noun(words[i + 1])):
                continue
            head = i
            break
        if head is None:
            if len(words) == 1 and russian[0]:
                return 0, ()
            return None, ()
        # In a hyphenated compound only the last part inflects (Нур-Султана).
        while head + 2 < len(words) and words[head + 1] == "-" and russian[head + 2]:
            head += 2
        attributes = tuple(i for i in range(head) if russian[i] and _is_attribute(words[i]))
        return head, attributes

    def compile(self, words: tuple[str, ...], *, exact: bool,
                forms: tuple[str, ...] = ()) -> Compiled:
        """Compile a term; ``forms`` are extra accepted forms of the head word."""
        head, attributes = (None, ()) if exact else self.plan(words)
        if head is None:
            return ExactCompiled(words, frozenset(forms))
        slots: list[dict[str, frozenset[Reading]] | frozenset[str]] = []
        keys: list[tuple[str, ...]] = []
        for i, word in enumerate(words):
            if i == head or i in attributes:
                table = dict(paradigm(word, i == head))
                if i == head:
                    for form in forms:
                        table.setdefault(form, frozenset())
                paradigm_id = f"{word}\x00{'N' if i == head else 'A'}"
                self._register(paradigm_id, table)
                slots.append(table)
                keys.append((paradigm_id,))
            else:
                slots.append(frozenset({word}))
                keys.append((word,))
        return RussianCompiled(tuple(slots), tuple(keys), agree=bool(attributes))
