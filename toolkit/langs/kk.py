"""Kazakh data (Cyrillic script).

Alphabet: the 42-letter Kazakh Cyrillic alphabet (Ә Ғ Қ Ң Ө Ұ Ү Һ І on top of Russian's).
Quotes: « » primary as in CLDR ``kk``; „ “ nested, as Kazakh press style follows the
Russian typographic norm (CLDR lists “ ” as the alternate pair, which we also accept).
Abbreviations: Қазақ тілінің орфографиялық сөздігі (2013), list of accepted abbreviations.
"""

from toolkit.langs.base import Language

LANGUAGE = Language(
    code="kk",
    name="Kazakh",
    letters="аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя",
    script="Cyrl",
    quotes=("«", "»"),
    inner_quotes=(("„", "“"), ("„", "”"), ("“", "”")),
    abbreviations=frozenset(
        {"ж.", "жж.", "т.б.", "т.с.с.", "ғ.", "ғғ.", "б.з.д.", "б.з.б.", "обл.", "көш.",
         "млн.", "млрд.", "мыс.", "қ.", "ауд.", "ш.", "бет.", "т.", "пр.", "с.", "проф.",
         "акад.", "ст.", "тел."}
    ),
    title_abbreviations=frozenset({"көш.", "обл.", "қ.", "ауд.", "ш.", "бет.", "мыс.",
                                   "проф.", "акад.", "тел.", "ст."}),
    final_abbreviations=frozenset({"ж.", "жж.", "т.б.", "т.с.с.", "ғ.", "ғғ.", "б.з.д.",
                                   "б.з.б.", "млн.", "млрд."}),
    number_words=(
        (0, ("нөл",)), (1, ("бір",)), (2, ("екі",)), (3, ("үш",)), (4, ("төрт",)),
        (5, ("бес",)), (6, ("алты",)), (7, ("жеті",)), (8, ("сегіз",)), (9, ("тоғыз",)),
        (10, ("он",)), (20, ("жиырма",)), (30, ("отыз",)), (100, ("жүз",)),
        (40, ("қырық",)), (50, ("елу",)), (60, ("алпыс",)), (70, ("жетпіс",)),
        (80, ("сексен",)), (90, ("тоқсан",)),
        (1000, ("мың",)), (1_000_000, ("миллион",)),
    ),
    number_multipliers=(("мың", 1000), ("млн", 10**6), ("миллион", 10**6), ("млрд", 10**9),
                        ("миллиард", 10**9), ("онжылдық", 10)),
    percent_words=("пайыз",),
    length_ratio=1.1,
    # Kazakh letters and the look-alikes that replace them when typed on the wrong layout.
    confusables=(("ә", "ə"), ("Ә", "Ə"), ("і", "i"), ("І", "I"), ("һ", "h"), ("Һ", "H"),
                 ("ү", "y"), ("Ү", "Y"), ("а", "a"), ("е", "e"), ("о", "o"), ("р", "p"),
                 ("с", "c"), ("х", "x"), ("к", "k"), ("А", "A"), ("В", "B"), ("Е", "E"),
                 ("К", "K"), ("М", "M"), ("Н", "H"), ("О", "O"), ("Р", "P"), ("С", "C"),
                 ("Т", "T"), ("Х", "X")),
)
