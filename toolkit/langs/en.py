"""English data.  Quotes: CLDR ``en`` delimiters (“ ” primary, ‘ ’ alternate)."""

from toolkit.langs.base import Language

LANGUAGE = Language(
    code="en",
    name="English",
    letters="abcdefghijklmnopqrstuvwxyz",
    script="Latn",
    quotes=("“", "”"),
    inner_quotes=(("‘", "’"),),
    # Segmentation data (docs/segmenter.md).  Entries in lower case also match their
    # Capitalised and UPPER-CASE spellings.  Sources: pySBD's English list (MIT) and
    # the Chicago Manual of Style, 17th ed., ch. 10 (abbreviations).
    abbreviations=frozenset(
        {"mr.", "mrs.", "ms.", "messrs.", "dr.", "prof.", "st.", "mt.", "ft.", "jr.", "sr.",
         "vs.", "v.", "e.g.", "i.e.", "etc.", "viz.", "cf.", "ca.", "approx.", "u.s.",
         "u.k.", "u.n.", "u.s.a.", "e.u.", "dept.", "est.", "inc.", "ltd.", "co.", "corp.",
         "bros.", "gen.", "col.", "lt.", "capt.", "sgt.", "cmdr.", "adm.", "gov.", "sen.",
         "rep.", "pres.", "rev.", "hon.", "ave.", "blvd.", "rd.", "jan.", "feb.", "mar.",
         "apr.", "jun.", "jul.", "aug.", "sep.", "sept.", "oct.", "nov.", "dec.", "al.",
         "a.m.", "p.m.", "ph.d.", "m.d.", "b.a.", "m.a.", "a.d.", "b.c.", "ibid.", "misc.",
         "univ.", "assn.", "intl.", "govt.", "min.", "max.", "maj.", "inst.", "assoc.",
         "mx.", "no.", "nos.", "p.", "pp.", "fig.", "vol."}
    ),
    title_abbreviations=frozenset(
        {"mr.", "mrs.", "ms.", "messrs.", "dr.", "prof.", "st.", "mt.", "gen.", "col.",
         "lt.", "capt.", "sgt.", "cmdr.", "adm.", "gov.", "sen.", "rep.", "pres.", "rev.",
         "hon.", "no.", "nos.", "fig.", "vol.", "p.", "pp.", "cf.", "vs."}
    ),
    final_abbreviations=frozenset({"etc.", "inc.", "ltd.", "co.", "corp.", "bros.", "u.s.",
                                   "u.k.", "u.n.", "u.s.a.", "e.u.", "a.m.", "p.m.", "jr.",
                                   "sr.", "al.", "ph.d.", "m.d.", "b.a.", "m.a.", "a.d.",
                                   "b.c.", "ibid.", "misc.", "min.", "max.", "ft.", "st.",
                                   "ave.", "rd.", "blvd."}),
    closing_abbreviations=frozenset({"etc."}),
    # Real words too ("no", "fig", "art"): abbreviations only before a number.
    numeric_abbreviations=frozenset({"c.", "no.", "nos.", "n°.", "nº.", "p.", "pp.", "fig.",
                                     "figs.", "vol.", "vols.", "art.", "ch.", "sec.",
                                     "para.", "eq."}),
    sentence_starters=frozenset(
        {"the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they",
         "we", "i", "you", "his", "her", "their", "our", "my", "your", "there", "here",
         "what", "when", "where", "why", "how", "who", "which", "whose", "but", "and", "or",
         "so", "yet", "however", "then", "thus", "therefore", "also", "in", "on", "at",
         "for", "from", "after", "before", "as", "if", "while", "although", "though",
         "since", "because", "today", "yesterday", "tomorrow", "last", "next", "one",
         "some", "many", "most", "all", "each", "every", "no", "not", "both", "meanwhile",
         "finally", "first", "second", "moreover", "furthermore", "still", "now", "later",
         "is", "are", "was", "were", "do", "does", "did", "can", "will", "would", "should",
         "could", "may", "might", "must", "let", "please", "such", "other", "another",
         "only", "even", "instead", "despite", "during", "with", "without", "by", "to",
         "of", "about", "over", "under", "according", "earlier", "nevertheless",
         "otherwise", "indeed", "besides", "once", "several", "none", "nothing", "everyone",
         "nobody", "until", "unless", "whether", "yes", "similarly", "overall", "again"}
    ),
    single_letter_words=frozenset({"I"}),
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
