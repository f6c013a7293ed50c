"""English data.  Quotes: CLDR ``en`` delimiters (“ ” primary, ‘ ’ alternate)."""

from toolkit.langs.base import Language

LANGUAGE = Language(
    code="en",
    name="English",
    letters="abcdefghijklmnopqrstuvwxyz",
    script="Latn",
    quotes=("“", "”"),
    inner_quotes=(("‘", "’"),),
    abbreviations=frozenset(
        {"mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "jr.", "sr.", "no.", "nos.", "vs.",
         "e.g.", "i.e.", "etc.", "u.s.", "u.k.", "approx.", "dept.", "est.", "fig.", "inc.",
         "ltd.", "co.", "corp.", "gen.", "gov.", "sen.", "rep.", "jan.", "feb.", "mar.",
         "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "p.", "pp.",
         "vol.", "cf.", "al.", "a.m.", "p.m."}
    ),
    title_abbreviations=frozenset(
        {"mr.", "mrs.", "ms.", "dr.", "prof.", "st.", "gen.", "gov.", "sen.", "rep.", "no.",
         "nos.", "fig.", "vol.", "p.", "pp.", "cf.", "vs."}
    ),
    final_abbreviations=frozenset({"etc.", "inc.", "ltd.", "co.", "corp.", "u.s.", "u.k.",
                                   "a.m.", "p.m.", "jr.", "sr."}),
    number_words=(
        (0, ("zero",)), (1, ("one", "first", "once")), (2, ("two", "second", "twice")),
        (3, ("three", "third")), (4, ("four", "fourth")), (5, ("five", "fifth")),
        (6, ("six", "sixth")), (7, ("seven", "seventh")), (8, ("eight", "eighth")),
        (9, ("nine", "ninth")), (10, ("ten", "tenth")), (11, ("eleven", "eleventh")),
        (12, ("twelve", "twelfth")), (20, ("twenty", "twentieth")),
        (30, ("thirty", "thirtieth")), (40, ("forty", "fortieth")), (50, ("fifty", "fiftieth")),
        (100, ("hundred", "hundredth")), (1000, ("thousand",)), (1_000_000, ("million",)),
    ),
    number_multipliers=(("thousand", 1000), ("million", 10**6), ("billion", 10**9),
                        ("decade", 10), ("dozen", 12)),
    percent_words=("percent", "per cent"),
)
