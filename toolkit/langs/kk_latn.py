"""Kazakh in the 2021 Latin alphabet (Presidential decree of 2021, 31 letters)."""

from toolkit.langs.base import Language

LANGUAGE = Language(
    code="kk-Latn",
    name="Kazakh (Latin)",
    letters="aäbdefgğhiıjklmnñoöpqrsştuūüvyz",
    script="Latn",
    quotes=("«", "»"),
    inner_quotes=(("„", "“"), ("“", "”")),
    # Segmentation data (docs/segmenter.md), the Latin spellings of kk.py's entries.
    abbreviations=frozenset({"j.", "jj.", "t.b.", "t.s.s.", "ğ.", "ğğ.", "b.z.d.", "b.z.b.",
                             "obl.", "köş.", "q.", "mys.", "prof.", "akad.", "sağ."}),
    title_abbreviations=frozenset({"obl.", "köş.", "q.", "mys.", "prof.", "akad."}),
    final_abbreviations=frozenset({"j.", "jj.", "t.b.", "t.s.s.", "ğ.", "ğğ.", "b.z.d.",
                                   "b.z.b."}),
    closing_abbreviations=frozenset({"t.b.", "t.s.s."}),
    numeric_abbreviations=frozenset({"sağ."}),
    sentence_starters=frozenset(
        {"bul", "osy", "sol", "ol", "olar", "biz", "men", "sen", "siz", "al", "biraq", "alaida",
         "degenmen", "sondai-aq", "sonymen", "jäne", "endi", "qazir", "bügin", "keşe", "erteñ",
         "byiyl", "onda", "sondyqtan", "sebebi", "öitkeni", "eger", "demek", "iağni", "onyñ",
         "olardyñ", "bizdiñ", "barlyq", "är", "ärbir", "köptegen", "keibir", "bir", "eñ",
         "tağy", "sodan", "jalpy", "mysaly", "qalai", "nege", "qaşan", "qaida", "kim", "ne",
         "qandai", "qanşa", "ötken", "aldağy", "kelesi", "soñğy", "keiin", "oğan", "tipti"}
    ),
)
