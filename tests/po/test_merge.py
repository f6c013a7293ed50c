"""The msgmerge-like update: translations kept, fuzzy matches, obsolete and revived units."""

from __future__ import annotations

from toolkit.merge import FUZZY_THRESHOLD, merge
from toolkit.model import Previous, Unit


def tpl(*sources: str) -> list[Unit]:
    return [Unit(source=s, locations=(f"a.txt:{i + 1}",), extracted_comments=(f"paragraph {i}",))
            for i, s in enumerate(sources)]


OLD = [
    Unit(source="The cat sat on the mat.", target=("Мысық кілемде отырды.",),
         translator_comments=("checked by Aigerim",), flags=("no-wrap",), line=12),
    Unit(source="Dogs bark at night.", target=("Иттер түнде үреді.",)),
    Unit(source="Untranslated sentence.", target=("",)),
    Unit(source="Returned sentence.", target=("Қайтқан сөйлем.",), obsolete=True),
]


def test_exact_match_keeps_everything_typed_and_refreshes_source_fields() -> None:
    units, stats = merge(OLD, tpl("The cat sat on the mat."))
    cat = units[0]
    assert cat.target == ("Мысық кілемде отырды.",)
    assert cat.translator_comments == ("checked by Aigerim",)
    assert cat.flags == ("no-wrap",)
    assert cat.locations == ("a.txt:1",) and cat.extracted_comments == ("paragraph 0",)
    assert cat.line == 0
    assert stats.kept == 1


def test_edited_sentence_gets_fuzzy_old_translation_with_previous() -> None:
    units, stats = merge(OLD, tpl("The cat sat on the red mat."))
    new = units[0]
    assert new.source == "The cat sat on the red mat."
    assert new.target == ("Мысық кілемде отырды.",)
    assert new.fuzzy and "no-wrap" in new.flags
    assert new.previous == Previous("The cat sat on the mat.")
    assert new.translator_comments == ("checked by Aigerim",)
    assert stats.fuzzy == 1
    # the translation lives on in the fuzzy unit, so the old unit is not also obsolete
    assert not any(u.obsolete and u.source == "The cat sat on the mat." for u in units)
    # the other translated sentence disappeared: obsolete; the untranslated one is dropped
    obsolete = [u for u in units if u.obsolete]
    assert [u.source for u in obsolete] == ["Dogs bark at night.", "Returned sentence."]
    assert obsolete[0].locations == () and obsolete[0].target == ("Иттер түнде үреді.",)


def test_unrelated_sentence_is_new_and_untranslated() -> None:
    units, stats = merge(OLD, tpl("Completely different words here."))
    assert units[0].target == ("",) and not units[0].fuzzy and units[0].previous is None
    assert stats.new == 1


def test_obsolete_sentence_coming_back_is_revived() -> None:
    units, stats = merge(OLD, tpl("Returned sentence."))
    assert units[0].target == ("Қайтқан сөйлем.",) and not units[0].obsolete
    assert stats.revived == 1
    assert sum(1 for u in units if u.source == "Returned sentence.") == 1


def test_merge_is_idempotent() -> None:
    template = tpl("The cat sat on the red mat.", "A brand new sentence.")
    once, _ = merge(OLD, template)
    twice, stats = merge(once, template)
    assert twice == once
    assert stats.kept == 2 and stats.fuzzy == 0


def test_nothing_translated_is_lost() -> None:
    template = tpl("Something else entirely.")
    units, _ = merge(OLD, template)
    typed = {u.target[0] for u in OLD if u.target[0]}
    assert typed <= {u.target[0] for u in units}


def test_threshold_is_respected() -> None:
    assert FUZZY_THRESHOLD == 0.6
    old = [Unit(source="abcdefghij", target=("x",))]
    close, _ = merge(old, tpl("abcdefgxyz"))  # ratio 0.7
    far, _ = merge(old, tpl("abcxyzuvwq"))  # ratio 0.3
    assert close[0].fuzzy and close[0].target == ("x",)
    assert not far[0].fuzzy and far[0].target == ("",)


def test_plural_units_get_the_catalogs_plural_count() -> None:
    old = [Unit(source="%d file", source_plural="%d files", target=("файл", "файла"))]
    template = [Unit(source="%d file", source_plural="%d files")]
    units, _ = merge(old, template, nplurals=3)
    assert units[0].target == ("файл", "файла", "")


def test_many_similar_candidates_each_edit_finds_its_own_translation() -> None:
    words = ["assembly", "people", "unity", "harmony", "president", "state", "council", "senate", "deputies"]
    old = [Unit(source=" ".join(words[(i + k) % len(words)] for k in range(8)) + f" case {i}.",
                target=(f"перевод {i}",)) for i in range(300)]
    edited = [Unit(source=u.source.replace("case", "item")) for u in old]
    units, stats = merge(old, edited)
    assert stats.fuzzy == 300
    assert [u.target for u in units[:300]] == [o.target for o in old]
