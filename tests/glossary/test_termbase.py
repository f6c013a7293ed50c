"""Termbase lookups and loading files and folders."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.errors import InputError, UsageError
from toolkit.glossary.termbase import Termbase, load_termbase, lookup_key
from toolkit.model import Concept, Term, TermStatus

DATA = Path(__file__).parent / "data"
HEADER = "concept_id,lang,term,status,part_of_speech,note\n"

GROUP = Concept("bir-el", (
    Term("Bir el – bir mudde", "en"),
    Term("«Бір ел – бір мүдде»", "kk"),
    Term("Бір ел - бір мүдде", "kk", TermStatus.DEPRECATED),
    Term("Bır el – bır müdde", "kk-Latn"),
))
APK = Concept("apk-abbr", (
    Term("APK", "en", case_sensitive=True),
    Term("ANC", "en", TermStatus.DEPRECATED),
    Term("ҚХА", "kk"),
    Term("ҚХАА", "kk", TermStatus.SUPERSEDED),
    Term("АНК", "ru", TermStatus.ADMITTED),
))


@pytest.fixture
def termbase() -> Termbase:
    return Termbase([GROUP, APK], "mem")


def test_lookup_ignores_case_dashes_quotes_spaces_and_yo() -> None:
    assert lookup_key("«Бір ел — бір\u00a0мүдде»") == lookup_key("бір ел-бір мүдде")
    assert lookup_key("Ёлка") == lookup_key("елка")
    assert lookup_key("Sen\u00adate") == "senate"


def test_lookup_by_text_any_or_one_language(termbase: Termbase) -> None:
    hits = termbase.lookup("бір ел-бір мүдде")
    assert [(c.id, t.text) for c, t in hits] == [
        ("bir-el", "«Бір ел – бір мүдде»"), ("bir-el", "Бір ел - бір мүдде")]
    assert termbase.lookup("apk", lang="en")[0][1].text == "APK"
    assert termbase.lookup("apk", lang="kk") == ()
    assert termbase.lookup("nothing") == ()


def test_by_id_language_and_preferred(termbase: Termbase) -> None:
    assert termbase.get("apk-abbr") is APK and "apk-abbr" in termbase
    assert termbase.get("nope") is None
    assert len(termbase) == 2 and list(termbase) == [GROUP, APK]
    assert termbase.languages == ("en", "kk", "kk-Latn", "ru")
    assert termbase.in_language("kk-Latn") == (GROUP,)
    assert [t.text for _c, t in termbase.terms("kk_Latn")] == ["Bır el – bır müdde"]
    assert termbase.preferred("bir-el", "kk").text == "«Бір ел – бір мүдде»"  # type: ignore[union-attr]
    assert termbase.preferred(APK, "ru") is None  # only admitted
    assert termbase.preferred("nope", "en") is None


def test_forbidden_terms_come_with_their_suggestion(termbase: Termbase) -> None:
    forbidden = {(f.term.text, f.suggestion.text if f.suggestion else None)
                 for f in termbase.forbidden()}
    assert forbidden == {("Бір ел - бір мүдде", "«Бір ел – бір мүдде»"), ("ANC", "APK"),
                         ("ҚХАА", "ҚХА")}
    assert [f.term.text for f in termbase.forbidden("en")] == ["ANC"]
    lonely = Concept("x", (Term("old", "ru", TermStatus.DEPRECATED),
                           Term("ok", "ru", TermStatus.ADMITTED)))
    (item,) = Termbase([lonely]).forbidden("ru")
    assert item.suggestion is not None and item.suggestion.text == "ok"  # admitted fallback


def test_load_a_folder_merges_tbx_and_csv_in_name_order(tmp_path: Path) -> None:
    (tmp_path / "a.tbx").write_bytes((DATA / "dca.tbx").read_bytes())
    (tmp_path / "b.csv").write_text(HEADER + "astana,en,Astana,,,\n", encoding="utf-8")
    (tmp_path / "notes.txt").write_text("ignored", encoding="utf-8")
    termbase = load_termbase(tmp_path)
    assert [c.id for c in termbase] == ["senate", "anc", "astana"]
    assert termbase.origin("astana") == (str(tmp_path / "b.csv"), 2)
    assert termbase.files == (str(tmp_path / "a.tbx"), str(tmp_path / "b.csv"))


def test_duplicate_ids_across_files_name_both_places(tmp_path: Path) -> None:
    (tmp_path / "a.tbx").write_bytes((DATA / "dca.tbx").read_bytes())
    (tmp_path / "b.csv").write_text(HEADER + "x,en,X,,,\nsenate,en,Senate,,,\n",
                                    encoding="utf-8")
    with pytest.raises(InputError) as caught:
        load_termbase(tmp_path)
    assert str(caught.value) == (f"{tmp_path / 'b.csv'}:3: duplicate concept id 'senate'; it "
                                 f"is already defined at {tmp_path / 'a.tbx'}:10")
    lenient = load_termbase(tmp_path, strict=False)
    assert [d.concept.id for d in lenient.duplicates] == ["senate"]
    assert [c.id for c in lenient] == ["senate", "anc", "x"]


def test_missing_path_and_unknown_extension(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such glossary"):
        load_termbase(tmp_path / "missing.tbx")
    (tmp_path / "g.xlsx").write_bytes(b"PK")
    with pytest.raises(UsageError, match=r"use \.tbx or \.csv"):
        load_termbase(tmp_path / "g.xlsx")
    assert len(load_termbase(tmp_path)) == 0  # a folder with no glossary file is empty


def test_default_path_comes_from_the_project(tmp_path: Path,
                                             monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.toolkit]\nglossary = "terms/main.csv"\n',
                                             encoding="utf-8")
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "main.csv").write_text(HEADER + "a,en,A,,,\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    termbase = load_termbase()
    assert [c.id for c in termbase] == ["a"]
    assert termbase.path == tmp_path.resolve() / "terms" / "main.csv"
