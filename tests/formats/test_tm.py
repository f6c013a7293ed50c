"""Translation memory: the documented similarity, exact/fuzzy lookup and pre-filling."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from toolkit.formats import tmx
from toolkit.model import Catalog, Unit
from toolkit.tm import TranslationMemory, levenshtein, prefill, similarity

MEMORY = TranslationMemory([
    Unit("The file was saved.", ("Файл сақталды.",)),
    Unit("Open", ("Ашу",), context="menu"),
    Unit("Open", ("Ашық",), context="state"),
    Unit("%d file", ("%d файл", "%d файл"), source_plural="%d files"),
    Unit("Untranslated"),
    Unit("Fuzzy one", ("Бұлыңғыр",), flags=("fuzzy",)),
])


def test_levenshtein_and_similarity_values() -> None:
    assert levenshtein("kitten", "sitting", 10) == 3
    assert levenshtein("kitten", "sitting", 2) == 3  # over the limit: limit + 1
    assert similarity("abcd", "abcd") == 100
    assert similarity("abcd", "abce") == 75
    assert similarity("a  b", "a b") == 99  # whitespace only: not exact
    assert similarity("The file was saved.", "The file was moved.") == 89  # 2 edits in 19 characters


@settings(max_examples=200, deadline=None)
@given(st.text("abcәқ ", max_size=12), st.text("abcәқ ", max_size=12))
def test_banded_levenshtein_equals_the_full_one(a: str, b: str) -> None:
    def full(x: str, y: str) -> int:
        row = list(range(len(y) + 1))
        for i, cx in enumerate(x, 1):
            prev, row[0] = row[0], i
            for j, cy in enumerate(y, 1):
                prev, row[j] = row[j], min(row[j] + 1, row[j - 1] + 1, prev + (cx != cy))
        return row[-1]

    expected = full(a, b)
    for limit in range(0, 14):
        got = levenshtein(a, b, limit)
        assert got == (expected if expected <= limit else limit + 1)


def test_untranslated_and_fuzzy_entries_are_not_in_the_memory() -> None:
    assert len(MEMORY) == 4
    assert MEMORY.lookup("Untranslated") is None
    assert MEMORY.lookup("Fuzzy one") is None


def test_exact_match_prefers_the_same_context() -> None:
    state = MEMORY.lookup("Open", context="state")
    assert state is not None and state.exact and state.target == ("Ашық",)
    menu = MEMORY.lookup("Open", context="other")
    assert menu is not None and menu.target == ("Ашу",)  # first entry when none agrees


def test_fuzzy_match_above_threshold_only() -> None:
    close = MEMORY.lookup("The file was moved.")
    assert close is not None and (close.score, close.target) == (89, ("Файл сақталды.",))
    assert MEMORY.lookup("The cat sat on the mat.") is None
    assert MEMORY.lookup("") is None


def test_plural_entries_match_plural_units_only() -> None:
    assert MEMORY.lookup("%d file") is None
    match = MEMORY.lookup("%d file", plural="%d files")
    assert match is not None and match.target == ("%d файл", "%d файл")


def test_prefill_exact_as_translated_and_close_as_fuzzy_with_score() -> None:
    catalog = Catalog(units=(
        Unit("Open", context="menu"),
        Unit("The file was moved."),
        Unit("Nothing like it at all"),
        Unit("Open", ("Бар аударма",), context="menu"),
    ))
    filled, stats = prefill(catalog, MEMORY, "memory.tmx")
    exact, close, none, kept = filled.units
    assert (exact.target, exact.fuzzy, exact.translator_comments) == (("Ашу",), False, ())
    assert close.target == ("Файл сақталды.",) and close.fuzzy
    assert close.translator_comments == ("tm: 89% match from memory.tmx: The file was saved.",)
    assert none == catalog.units[2]
    assert kept.target == ("Бар аударма",)  # existing translations are never overwritten
    assert (stats.exact, stats.fuzzy) == (1, 1)


def test_load_from_tmx_file(tmp_path: Path) -> None:
    path = tmp_path / "memory.tmx"
    path.write_bytes(tmx.write(Catalog(units=(Unit("Save", ("Сақтау",)),),
                                       source_lang="en", target_lang="kk")))
    memory = TranslationMemory.load(path)
    match = memory.lookup("Save")
    assert match is not None and match.target == ("Сақтау",)
