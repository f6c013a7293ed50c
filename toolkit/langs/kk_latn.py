"""Kazakh in the 2021 Latin alphabet (Presidential decree of 2021, 31 letters)."""

from toolkit.langs.base import Language

LANGUAGE = Language(
    code="kk-Latn",
    name="Kazakh (Latin)",
    letters="aäbdefgğhiıjklmnñoöpqrsştuūüvyz",
    script="Latn",
    quotes=("«", "»"),
    inner_quotes=(("„", "“"), ("“", "”")),
    abbreviations=frozenset({"j.", "jj.", "t.b.", "t.s.s.", "ğ.", "b.z.d."}),
    final_abbreviations=frozenset({"j.", "jj.", "t.b.", "t.s.s.", "ğ."}),
)
