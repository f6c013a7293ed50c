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
        (0, ("zero",)), (1, ("one",)), (2, ("two",)), (3, ("three",)), (4, ("four",)),
        (5, ("five",)), (6, ("six",)), (7, ("seven",)), (8, ("eight",)), (9, ("nine",)),
        (10, ("ten",)), (11, ("eleven",)), (12, ("twelve",)), (20, ("twenty",)),
        (30, ("thirty",)), (100, ("hundred",)), (1000, ("thousand",)),
        (1_000_000, ("million",)),
    ),
)
