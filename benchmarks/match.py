"""Benchmark: TermMatcher against a plain pyahocorasick exact-match baseline.

For each language (kk, ru) it builds, deterministically from a seed, a termbase of 5,000
terms of 1-4 words and 100,000 sentences (about 20 tokens each, 2 M tokens per language):
filler words drawn with a Zipf distribution (function words first, then the terms' own
words scattered among 30,000 generated word-like tokens: a long tail of distinct tokens, as
in real text, in which glossary words also occur on their own), and in half of the
sentences a term, inflected in 60 % of them (Kazakh suffix chains on the last word; Russian
case/number forms of the head and its adjectives from pymorphy3).

Both contenders see the same sentences in the same run:

* baseline: ``text.lower()`` + ``Automaton.iter`` over the terms' written forms (exact only);
* ours: ``TermMatcher.find(text, lang)`` (folding, tokenising, inflection, spans).

Timings are CPU seconds of this process (``time.process_time``), the best of ``--repeat``
interleaved runs (the machine is shared and noisy);
for ours the first run is reported apart, as it also analyses every distinct token once (a
matcher is built once per termbase and reused, so later runs are the steady state).

Run: ``.venv/bin/python benchmarks/match.py`` (options: --sentences, --terms, --seed,
--lang).  Needs the ``bench`` extra (pyahocorasick).
"""

from __future__ import annotations

import argparse
import functools
import random
import time
from collections.abc import Callable
from typing import Any

import ahocorasick

from toolkit.glossary.matcher import TermMatcher
from toolkit.glossary.morph.ru import morph
from toolkit.model import Concept, Term

KK_NOUNS = ["ассамблея", "халық", "мемлекет", "басшы", "сенат", "депутат", "парламент", "мәслихат", "әкім", "құрылтай", "кеңес", "заң", "кітап", "қоғам", "саясат", "келісім", "дипломатия", "өңір", "сессия", "этнос", "тіл", "мәдениет", "дәстүр", "бірлік", "татулық", "тұжырымдама", "жоба", "бағдарлама", "құжат", "шешім", "ұсыныс", "мәселе", "міндет", "жұмыс", "қызмет", "ұйым", "мекеме", "институт", "орталық", "комитет", "министрлік", "агенттік", "қор", "палата", "топ", "одақ", "қауымдастық", "жиналыс", "отырыс", "форум", "конгресс", "съезд", "кездесу", "баяндама", "есеп", "хабарлама", "мәлімдеме", "жарлық", "қаулы", "бұйрық", "ереже", "тәртіп", "құқық", "бостандық", "жауапкершілік", "қауіпсіздік", "экономика", "қаржы", "бюджет", "салық", "кеден", "сауда", "өнеркәсіп", "ауыл", "шаруашылық", "білім", "ғылым", "денсаулық", "спорт", "туризм", "көлік", "байланыс", "ақпарат", "баспасөз", "радио", "теледидар", "газет", "журнал", "сайт", "әлеумет", "отбасы", "әйел", "бала", "жастар", "ардагер", "зейнеткер", "мұғалім", "дәрігер", "инженер", "жұмысшы", "маман", "кәсіп", "еңбек", "жалақы", "зейнетақы", "тұрғын", "үй", "құрылыс", "жол", "көпір", "су", "жер", "орман", "мал", "егін", "астық", "нан", "сүт", "ет", "қала", "облыс", "аудан", "елді", "мекен", "шекара", "әскер", "полиция", "сот", "прокуратура", "адвокат", "нотариус", "азамат", "тұлға", "ұлт", "ел", "мемлекеттілік", "тәуелсіздік", "конституция", "рәміз", "ту", "елтаңба", "әнұран", "астана", "мерей", "тарих", "мұра", "музей", "кітапхана", "театр"]
KK_ADJECTIVES = ["ұлттық", "мемлекеттік", "қоғамдық", "халықтық", "рухани", "ұлтаралық", "әлеуметтік", "экономикалық", "саяси", "құқықтық", "мәдени", "тарихи", "жаңа", "ескі", "үлкен", "кіші", "жоғары", "төменгі", "негізгі", "басты", "жалпы", "ортақ", "жергілікті", "аймақтық", "халықаралық", "өңірлік", "тұрақты", "тиімді", "әділетті", "қауіпсіз", "тәуелсіз", "азаматтық", "кәсіби", "техникалық", "ғылыми", "білімді", "шетелдік", "отандық", "заманауи", "дәстүрлі"]
KK_FILLER = ["және", "мен", "бен", "пен", "үшін", "бойынша", "туралы", "арқылы", "кейін", "дейін", "бұл", "осы", "ол", "олар", "біз", "сіз", "бар", "жоқ", "болды", "болып", "отыр", "өтті", "етті", "берді", "алды", "келді", "айтты", "атап", "көрсетті", "қатысты", "жұмыс", "жыл", "күн", "ай", "уақыт", "бүгін", "ертең", "кеше", "жаңа", "үлкен", "көп", "аз", "барлық", "әр", "бір", "екі", "үш", "он", "жүз", "мың"]
KK_CHAINS = ("ның", "нің", "ға", "ге", "қа", "ке", "ды", "ді", "да", "де", "дан", "ден",
             "мен", "дағы", "лар", "лер", "ы", "і", "сы", "сі", "лары", "лері", "ларының",
             "лерінің", "ымыз", "іміз", "ымыздың", "на", "нда", "тар", "тың", "тің")
RU_NOUNS = ["ассамблея", "народ", "государство", "глава", "сенат", "депутат", "парламент", "маслихат", "аким", "курултай", "совет", "закон", "книга", "общество", "политика", "согласие", "дипломатия", "регион", "сессия", "этнос", "язык", "культура", "традиция", "единство", "концепция", "проект", "программа", "документ", "решение", "предложение", "вопрос", "задача", "работа", "служба", "организация", "учреждение", "институт", "центр", "комитет", "министерство", "агентство", "фонд", "палата", "группа", "союз", "собрание", "заседание", "форум", "конгресс", "съезд", "встреча", "доклад", "отчёт", "сообщение", "заявление", "указ", "постановление", "приказ", "правило", "порядок", "право", "свобода", "ответственность", "безопасность", "экономика", "финансы", "бюджет", "налог", "таможня", "торговля", "промышленность", "образование", "наука", "здоровье", "спорт", "туризм", "транспорт", "связь", "информация", "печать", "радио", "телевидение", "газета", "журнал", "сайт", "семья", "женщина", "ребёнок", "молодёжь", "ветеран", "пенсионер", "учитель", "врач", "инженер", "рабочий", "специалист", "профессия", "труд", "зарплата", "пенсия", "жильё", "строительство", "дорога", "мост", "вода", "земля", "лес", "город", "область", "район", "граница", "армия", "полиция", "суд", "прокуратура", "адвокат", "нотариус", "гражданин", "личность", "нация", "страна", "государственность", "независимость", "конституция", "символ", "флаг", "герб", "гимн", "столица", "история", "наследие", "музей", "библиотека", "театр"]
RU_ADJECTIVES = ["национальный", "государственный", "общественный", "народный", "духовный", "межнациональный", "социальный", "экономический", "политический", "правовой", "культурный", "исторический", "новый", "старый", "большой", "малый", "высший", "нижний", "основной", "главный", "общий", "местный", "региональный", "международный", "устойчивый", "эффективный", "справедливый", "безопасный", "независимый", "гражданский", "профессиональный", "технический", "научный", "иностранный", "отечественный", "современный", "традиционный"]
RU_FILLER = ["и", "в", "на", "с", "по", "для", "о", "при", "после", "до", "это", "этот", "он", "они", "мы", "вы", "был", "была", "было", "были", "прошёл", "провёл", "отметил", "подчеркнул", "сказал", "заявил", "принял", "год", "день", "месяц", "время", "сегодня", "завтра", "вчера", "много", "мало", "все", "каждый", "один", "два", "три", "десять", "сто", "тысяча", "также", "однако", "поэтому"]


def zipf_vocabulary(function_words: list[str], content: list[str], generated: int,
                    rng: random.Random, letters: str) -> tuple[list[str], list[float]]:
    """Function words first (most frequent), then the real content words (which are also
    the terms' words) shuffled among generated word-like tokens (the long tail)."""
    vowels = [ch for ch in letters if ch in "аәеиоөұүыіэюя"]
    consonants = [ch for ch in letters if ch not in vowels]
    seen = set(function_words) | set(content)
    tail: list[str] = []
    while len(tail) < generated:
        syllables = rng.randint(2, 4)
        word = "".join(rng.choice(consonants) + rng.choice(vowels) for _ in range(syllables))
        if word not in seen:
            seen.add(word)
            tail.append(word)
    for word in content:  # content words land anywhere in the first few thousand ranks
        tail.insert(rng.randrange(min(len(tail), 3_000)), word)
    words = list(function_words) + tail
    weights = [1.0 / (rank + 1) for rank in range(len(words))]
    return words, weights


def unique_terms(make: Callable[[], str], count: int) -> list[str]:
    terms: dict[str, None] = {}
    while len(terms) < count:
        terms.setdefault(make())
    return list(terms)


def kk_terms(rng: random.Random, count: int) -> list[str]:
    def make() -> str:
        size = rng.choice((1, 2, 2, 2, 3, 3, 4))
        if size == 1:
            return rng.choice(KK_NOUNS)
        words = [rng.choice(KK_ADJECTIVES)] + [rng.choice(KK_NOUNS) for _ in range(size - 1)]
        return " ".join(words)
    return unique_terms(make, count)


def kk_inflect(term: str, rng: random.Random) -> str:
    return term + rng.choice(KK_CHAINS)


def ru_terms(rng: random.Random, count: int) -> list[str]:
    def genitive(word: str) -> str:
        form = morph().parse(word)[0].inflect({"gent"})
        return str(form.word) if form else word

    def make() -> str:
        size = rng.choice((1, 2, 2, 2, 3, 3, 4))
        noun = rng.choice(RU_NOUNS)
        if size == 1:
            return noun
        adjective = rng.choice(RU_ADJECTIVES)
        gender = morph().parse(noun)[0].tag.gender or "masc"
        form = morph().parse(adjective)[0].inflect({gender, "sing", "nomn"})
        words = [str(form.word) if form else adjective, noun]
        words += [genitive(rng.choice(RU_NOUNS)) for _ in range(size - 2)]
        return " ".join(words)
    return unique_terms(make, count)


@functools.cache
def _parse(word: str) -> Any:
    return morph().parse(word)[0]


def ru_inflect(term: str, rng: random.Random) -> str:
    case = rng.choice(("gent", "datv", "accs", "ablt", "loct"))
    number = rng.choice(("sing", "plur"))
    words = term.split()
    head = 1 if len(words) > 1 else 0
    noun = _parse(words[head]).inflect({case, number})
    if noun is None:
        return term
    gender = _parse(words[head]).tag.gender
    out = list(words)
    out[head] = str(noun.word)
    if head:
        grammemes = {case, number} | ({gender} if gender and number == "sing" else set())
        adjective = _parse(words[0]).inflect(grammemes)
        out[0] = str(adjective.word) if adjective else words[0]
    return " ".join(out)


def sentences(terms: list[str], filler: list[str], weights: list[float],
              inflect: Callable[[str, random.Random], str], count: int,
              rng: random.Random) -> list[str]:
    out = []
    for _ in range(count):
        words = rng.choices(filler, weights, k=rng.randint(14, 22))
        if rng.random() < 0.5:
            term = rng.choice(terms)
            if rng.random() < 0.6:
                term = inflect(term, rng)
            if rng.random() < 0.3:
                term = term[0].upper() + term[1:]
            words.insert(rng.randrange(len(words) + 1), term)
        out.append(" ".join(words).capitalize() + ".")
    return out


def make_baseline(terms: list[str]) -> Callable[[list[str]], int]:
    """lower() + Automaton.iter over every text: the exact-match baseline."""
    automaton = ahocorasick.Automaton()
    for number, term in enumerate(terms):
        automaton.add_word(term.lower(), number)
    automaton.make_automaton()

    def match_all(texts: list[str]) -> int:
        hits = 0
        for text in texts:
            for _ in automaton.iter(text.lower()):
                hits += 1
        return hits
    return match_all


def make_ours(lang: str, terms: list[str]) -> tuple[float, Callable[[list[str]], int]]:
    """(build seconds, TermMatcher.find over every text)."""
    start = time.process_time()
    concepts = [Concept(id=f"c{n}", terms=(Term(t, lang),)) for n, t in enumerate(terms)]
    matcher = TermMatcher(concepts)
    matcher.index(lang)
    built = time.process_time() - start
    find = matcher.find

    def match_all(texts: list[str]) -> int:
        hits = 0
        for text in texts:
            hits += len(find(text, lang))
        return hits
    return built, match_all


def timed(function: Callable[[list[str]], int], texts: list[str]) -> tuple[float, int]:
    """CPU seconds of this process (time.process_time: waiting for a shared core while
    other processes run is not counted, so the ratio is stable under load) and hits."""
    start = time.process_time()
    hits = function(texts)
    return time.process_time() - start, hits


def run(lang: str, n_terms: int, n_sentences: int, seed: int, repeat: int) -> None:
    rng = random.Random(seed)
    if lang == "kk":
        terms = kk_terms(rng, n_terms)
        letters = "аәбвгғдежзийкқлмнңоөпрстуұүфхһцчшыіэюя"
        filler, weights = zipf_vocabulary(KK_FILLER, KK_NOUNS + KK_ADJECTIVES, 30_000, rng,
                                          letters)
        inflect = kk_inflect
    else:
        terms = ru_terms(rng, n_terms)
        letters = "абвгдежзийклмнопрстуфхцчшщыэюя"
        filler, weights = zipf_vocabulary(RU_FILLER, RU_NOUNS + RU_ADJECTIVES, 30_000, rng,
                                          letters)
        inflect = ru_inflect
    texts = sentences(terms, filler, weights, inflect, n_sentences, rng)
    tokens = sum(len(t.split()) for t in texts)
    distinct = len({w for t in texts for w in t.lower().split()})
    base = make_baseline(terms)
    built, mine = make_ours(lang, terms)
    first, our_hits = timed(mine, texts)  # also analyses every distinct token once
    base_times, our_times = [], []
    for _ in range(repeat):  # interleaved, so both see the same machine load
        seconds, base_hits = timed(base, texts)
        base_times.append(seconds)
        seconds, our_hits = timed(mine, texts)
        our_times.append(seconds)
    base_time, warm = min(base_times), min(our_times)
    sizes = [len(t.split()) for t in terms]
    print(f"[{lang}] {len(terms)} terms ({min(sizes)}-{max(sizes)} words), "
          f"{len(texts):,} sentences, {tokens:,} tokens, {distinct:,} distinct")
    print(f"  pyahocorasick exact, best of {repeat} : {base_time:6.2f} s CPU  "
          f"({base_hits:,} raw substring hits)")
    print(f"  TermMatcher, first run           : {first:6.2f} s  ({our_hits:,} hits; "
          f"build {built:.2f} s)  ratio {first / base_time:5.2f}x")
    print(f"  TermMatcher, best of {repeat}          : {warm:6.2f} s  "
          f"ratio {warm / base_time:5.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--terms", type=int, default=5_000)
    parser.add_argument("--sentences", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=20251127)
    parser.add_argument("--lang", default="kk,ru")
    parser.add_argument("--repeat", type=int, default=3,
                        help="runs per contender; the best counts (the machine is shared)")
    args = parser.parse_args()
    for lang in args.lang.split(","):
        run(lang, args.terms, args.sentences, args.seed, args.repeat)


if __name__ == "__main__":
    main()
