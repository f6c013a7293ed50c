"""Kazakh nominal morphology for term matching (Cyrillic and the 2021 Latin alphabet).

A noun takes suffixes in the order STEM + PLURAL + POSSESSIVE + CASE
(``/work/shared/notes/kazakh-morphology.md``, checked against apertium-kaz's rules).  We do not
predict the allomorph: every allomorph of every slot is accepted, which covers loans whose
harmony is irregular.  :data:`CHAINS` is the precomputed set of all PL? + POSS? + CASE?
strings (about 2,500, at most 12 letters), with the case list narrowed after a possessive:

* after the 3rd-person possessive (-сы/-сі/-ы/-і) the case takes the pronominal н
  (Ассамблеясының, -сына, -сын, -сында, -сынан, -сымен, -сындағы);
* after the 1st/2nd-person singular possessive the dative is -а/-е (балама, балаңа).

A text token matches a term's last word when ``token[:i]`` is one of the word's *stem
variants* and ``token[i:]`` is in :data:`CHAINS`.  Stem variants (:func:`stem_variants`):

* the word itself;
* izafet citation forms: a trailing 3rd-person possessive removed (басшысы -> басшы,
  Ассамблеясы -> Ассамблея, халқы -> халқ/халық), so "Мемлекет басшылары" is found;
* п/к/қ voiced to б/г/ғ before a vowel (кітап -> кітабы); loans keeping the voiceless
  consonant (Парламенті, банкі) are the word itself;
* vowel elision before a vowel (халық -> халқы, орын -> орны): the listed words and the
  general pattern C + ы/і/ұ + C at the end of a word of two or more syllables;
* Russian-loan clean-ups: ст + т- drops a т, зд + д- drops a д, сс and ь before a vowel.

Derivational suffixes (-дық/-тық, -гер, -шы/-ші, -лық, -сыз, -ша ...) are not in the chain
set, so Қазақстандық, заңгер, Ассамблеяшы, кітапша and сенатор are not forms of a term.
Similative -дай and equative -ша are left out for the same reason (қазақша, ондай).
"""

from __future__ import annotations

from collections.abc import Sequence

# ------------------------------------------------------------------ suffix tables (Cyrillic)

PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
POSS_3 = ("сы", "сі", "ы", "і")
POSS_1_2_SG = ("м", "ым", "ім", "ң", "ың", "ің")
POSS_OTHER = ("ңыз", "ңіз", "ыңыз", "іңіз", "мыз", "міз", "ымыз", "іміз",
              "ңдар", "ңдер", "ыңдар", "іңдер")
CASES = (
    "",
    "ның", "нің", "дың", "дің", "тың", "тің",  # genitive
    "ға", "ге", "қа", "ке",  # dative
    "ны", "ні", "ды", "ді", "ты", "ті",  # accusative
    "да", "де", "та", "те",  # locative
    "дан", "ден", "нан", "нен", "тан", "тен",  # ablative
    "мен", "бен", "пен", "менен", "бенен", "пенен",  # instrumental
    "дағы", "дегі", "тағы", "тегі",  # locative-attributive
)
CASES_AFTER_POSS_3 = ("", "ның", "нің", "на", "не", "н", "нда", "нде", "нан", "нен",
                      "мен", "менен", "ндағы", "ндегі")
CASES_AFTER_POSS_1_2_SG = (*CASES, "а", "е")

#: Lexically listed vowel elisions (the general rule in :func:`stem_variants` covers more).
ELISIONS = {
    "халық": "халқ", "орын": "орн", "ауыз": "ауз", "мұрын": "мұрн", "ерін": "ерн",
    "қарын": "қарн", "ғұрып": "ғұрп", "мойын": "мойн", "нарық": "нарқ", "ырық": "ырқ",
    "қалып": "қалп", "ерік": "ерк", "көрік": "көрк", "әріп": "әрп", "кейіп": "кейп",
    "зауық": "зауқ", "парық": "парқ", "құлық": "құлқ",
}

#: Kazakh Cyrillic -> 2021 Latin (lower case), for the Latin suffix tables and elisions.
LATIN = {
    "а": "a", "ә": "ä", "б": "b", "в": "v", "г": "g", "ғ": "ğ", "д": "d", "е": "e", "ж": "j",
    "з": "z", "и": "i", "й": "i", "к": "k", "қ": "q", "л": "l", "м": "m", "н": "n", "ң": "ñ",
    "о": "o", "ө": "ö", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ұ": "ū", "ү": "ü",
    "ф": "f", "х": "h", "һ": "h", "ц": "ts", "ч": "ch", "ш": "ş", "щ": "şş", "ы": "y", "і": "i",
    "э": "e", "ю": "iu", "я": "ia",
}


def _chains() -> frozenset[str]:
    chains: set[str] = set()
    groups = ((("",), CASES), (POSS_3, CASES_AFTER_POSS_3),
              (POSS_1_2_SG, CASES_AFTER_POSS_1_2_SG), (POSS_OTHER, CASES))
    for plural in ("", *PLURAL):
        for possessives, cases in groups:
            for poss in possessives:
                for case in cases:
                    chains.add(plural + poss + case)
    return frozenset(chains)


def to_latin(text: str) -> str:
    """Transliterate lower-case Kazakh Cyrillic to 2021 Latin with ı folded to i."""
    return "".join(LATIN.get(ch, ch) for ch in text)


#: Every PL? + POSS? + CASE? chain (Cyrillic), and the same in Latin (ı folded to i).
CHAINS: frozenset[str] = _chains()
CHAINS_LATIN: frozenset[str] = frozenset(to_latin(c) for c in CHAINS)
#: The longest chain (-тар + -іңдер + -менен): how far back from a token's end to look.
MAX_CHAIN = max(len(c) for c in CHAINS | CHAINS_LATIN)


class _Script:
    """The letters the rules need, in one script."""

    def __init__(self, latin: bool) -> None:
        self.chains = CHAINS_LATIN if latin else CHAINS
        self.vowels = frozenset("aäeioöuūüyı" if latin else "аәеёиоөуұүыіэюя")
        self.voicing = {"p": "b", "k": "g", "q": "ğ"} if latin else {"п": "б", "к": "г", "қ": "ғ"}
        self.devoicing = {v: k for k, v in self.voicing.items()}
        self.poss3_vowel = ("sy", "si") if latin else ("сы", "сі")
        self.poss3_cons = ("y", "i") if latin else ("ы", "і")
        self.elision_vowels = frozenset("yiū" if latin else "ыіұ")
        self.elisions = ({to_latin(k): to_latin(v) for k, v in ELISIONS.items()} if latin
                         else dict(ELISIONS))
        self.undo_elision = {v: k for k, v in self.elisions.items()}
        # Russian-loan clean-ups: ending -> (stem cut, constraint on the suffix).
        self.loan_endings: tuple[tuple[str, str], ...] = (
            (("st", "t"), ("zd", "d"), ("ss", "V")) if latin
            else (("ст", "т"), ("зд", "д"), ("сс", "V"), ("ь", "V")))


_CYRILLIC = _Script(latin=False)
_LATIN_SCRIPT = _Script(latin=True)

#: Constraint codes on the suffix that may follow a stem variant.
ANY, VOWEL, NOTHING = "", "V", "="


def _is_consonant(script: _Script, ch: str) -> bool:
    return ch.isalpha() and ch not in script.vowels


def _has_vowel(script: _Script, text: str) -> bool:
    return any(ch in script.vowels for ch in text)


def stem_variants(word: str, *, latin: bool = False) -> dict[str, frozenset[str]]:
    """Stem variants of a (lower-case) last word -> constraints on the following suffix.

    Constraint ``""``: any chain; ``"V"``: a chain starting with a vowel; one letter: a
    chain starting with that letter.
    """
    script = _LATIN_SCRIPT if latin else _CYRILLIC
    found: dict[str, set[str]] = {}

    def add(stem: str, constraint: str) -> None:
        if len(stem) >= 2 or (stem and stem == word):
            found.setdefault(stem, set()).add(constraint)

    def stem_rules(stem: str) -> None:
        add(stem, ANY)
        last = stem[-1:]
        if last in script.voicing:
            add(stem[:-1] + script.voicing[last], VOWEL)
        if stem in script.elisions:
            add(script.elisions[stem], VOWEL)
        elif (len(stem) >= 4 and stem[-2] in script.elision_vowels
              and _is_consonant(script, stem[-1]) and _is_consonant(script, stem[-3])
              and _has_vowel(script, stem[:-3])):
            add(stem[:-2] + stem[-1], VOWEL)
        for ending, constraint in script.loan_endings:
            if stem.endswith(ending) and len(stem) > len(ending) + 1:
                add(stem[:-1], constraint)

    stem_rules(word)
    # Izafet citation forms: remove the 3rd-person possessive of the cited form.
    if word.endswith(script.poss3_vowel) and len(word) > 3 and word[-3] in script.vowels:
        stem_rules(word[:-2])
    elif (word.endswith(script.poss3_cons) and len(word) > 3
          and _is_consonant(script, word[-2])):
        bare = word[:-1]
        if bare[-1] in script.devoicing:  # кітабы -> кітаб (before a vowel) / кітап
            add(bare, VOWEL)
            stem_rules(bare[:-1] + script.devoicing[bare[-1]])
        elif bare in script.undo_elision:  # халқы -> халқ (before a vowel) / халық
            add(bare, VOWEL)
            stem_rules(script.undo_elision[bare])
        elif _has_vowel(script, bare):
            stem_rules(bare)
    return {stem: frozenset(constraints) for stem, constraints in found.items()}


def _allowed(constraints: frozenset[str], suffix: str, vowels: frozenset[str]) -> bool:
    for constraint in constraints:
        if constraint == ANY:
            return True
        if constraint == NOTHING:
            if not suffix:
                return True
        elif constraint == VOWEL:
            if suffix and suffix[0] in vowels:
                return True
        elif suffix.startswith(constraint):
            return True
    return False


class KazakhCompiled:
    """A Kazakh term: all words but the last must be equal; the last inflects."""

    __slots__ = ("analyzer", "first_keys", "last", "second_keys", "size", "variants", "words")

    def __init__(self, analyzer: KazakhAnalyzer, words: tuple[str, ...],
                 variants: dict[str, frozenset[str]]) -> None:
        self.analyzer = analyzer
        self.words = words
        self.variants = variants
        self.size = len(words)
        self.last = len(words) - 1
        stems = tuple(sorted(variants))
        self.first_keys = (words[0],) if self.last else stems
        self.second_keys: tuple[str, ...] = ()
        if self.last:
            self.second_keys = stems if self.last == 1 else (words[1],)

    def match(self, tokens: Sequence[str], start: int) -> bool:
        """Equal leading words and a last token = stem variant + suffix chain."""
        words = self.words
        for k in range(self.last):
            if tokens[start + k] != words[k]:
                return False
        variants = self.variants
        vowels = self.analyzer.vowels
        for stem, suffix in self.analyzer.splits(tokens[start + self.last]):
            constraints = variants.get(stem)
            if constraints is not None and _allowed(constraints, suffix, vowels):
                return True
        return False


class KazakhAnalyzer:
    """Kazakh (``latin=False``: Cyrillic ``kk``; ``latin=True``: 2021 Latin ``kk-Latn``)."""

    _MEMO_LIMIT = 500_000

    def __init__(self, *, latin: bool = False) -> None:
        self.latin = latin
        self.code = "kk-Latn" if latin else "kk"
        script = _LATIN_SCRIPT if latin else _CYRILLIC
        self.chains = script.chains
        self.vowels = script.vowels
        self.attached_suffixes = script.chains - {""}
        self._splits: dict[str, tuple[tuple[str, str], ...]] = {}

    def casefold(self, text: str) -> str:
        """Lower case; in Latin, dotless ı is folded to i (the two are often confused)."""
        low = text.lower()
        return low.replace("ı", "i") if self.latin else low

    def splits(self, token: str) -> tuple[tuple[str, str], ...]:
        """Every (stem, suffix) split of ``token`` whose suffix is a chain (cached)."""
        found = self._splits.get(token)
        if found is None:
            if len(self._splits) > self._MEMO_LIMIT:
                self._splits.clear()
            chains = self.chains
            n = len(token)
            found = tuple((token[:i], token[i:]) for i in range(max(1, n - MAX_CHAIN), n + 1)
                          if token[i:] in chains)
            self._splits[token] = found
        return found

    def keys(self, token: str) -> tuple[str, ...]:
        """The token and every stem left by removing a suffix chain."""
        return tuple(stem for stem, _ in self.splits(token))

    def compile(self, words: tuple[str, ...], *, exact: bool,
                forms: tuple[str, ...] = ()) -> KazakhCompiled:
        """Compile a term; ``forms`` are extra stems of the last word (any chain)."""
        if exact:
            variants = {words[-1]: frozenset({NOTHING})}
        else:
            variants = stem_variants(words[-1], latin=self.latin)
        for form in forms:
            variants[form] = variants.get(form, frozenset()) | {ANY}
        return KazakhCompiled(self, words, variants)
