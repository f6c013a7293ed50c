"""`glossary validate` findings: one kind per test, each with path:line."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.glossary.validate import describe_difference, known_language, validate_glossary

HEADER = "concept_id,lang,term,status,part_of_speech,note\n"
DATA = Path(__file__).parent / "data"


def _problems(tmp_path: Path, rows: str, langs: tuple[str, ...] = ("en",)) -> list[str]:
    path = tmp_path / "g.csv"
    path.write_text(HEADER + rows, encoding="utf-8")
    return [str(p) for p in validate_glossary(path, langs)]


def test_a_clean_glossary_has_no_problems(tmp_path: Path) -> None:
    assert _problems(tmp_path, "a,en,Senate,,,\na,kk,Сенат,,,\n", ("en", "kk")) == []


def test_valid_tbx_fixtures_have_no_problems() -> None:
    assert validate_glossary(DATA / "dca.tbx", ["en"]) == []
    assert validate_glossary(DATA / "dct.tbx", ["en"]) == []


def test_missing_preferred_term_in_a_configured_language(tmp_path: Path) -> None:
    found = _problems(tmp_path, "a,en,Senate,,,\na,kk,Сенат,admitted,,\n", ("en", "kk", "ru"))
    p = tmp_path / "g.csv"
    assert found == [f"{p}:2: concept 'a' has no preferred term in kk",
                     f"{p}:2: concept 'a' has no preferred term in ru"]


def test_term_both_preferred_and_deprecated(tmp_path: Path) -> None:
    found = _problems(tmp_path, "a,en,Head of State,,,\nb,en,head of state,deprecated,,\n"
                      "c,en,APK,,,\nd,en,apk,superseded,,\n", ())
    p = tmp_path / "g.csv"
    assert found == [
        f"{p}:3: 'head of state' is deprecated here (concept 'b') but preferred at {p}:2 "
        "(concept 'a') in en",
        f"{p}:5: 'apk' is superseded here (concept 'd') but preferred at {p}:4 (concept 'c') "
        "in en"]


def test_case_sensitive_terms_differ_by_case(tmp_path: Path) -> None:
    path = tmp_path / "g.csv"
    path.write_text("concept_id,lang,term,status,case_sensitive\n"
                    "a,en,Bill,,yes\nb,en,bill,deprecated,\n", encoding="utf-8")
    assert validate_glossary(path, []) == []


def test_duplicate_ids_in_one_tbx_file(tmp_path: Path) -> None:
    data = (DATA / "dca.tbx").read_text(encoding="utf-8").replace('id="anc"', 'id="senate"')
    path = tmp_path / "dup.tbx"
    path.write_text(data, encoding="utf-8")
    found = [str(p) for p in validate_glossary(path, ["en"])]
    assert f"{path}:49: duplicate concept id 'senate'; first defined at {path}:10" in found
    assert any("not valid TBX (core RNG)" in f for f in found)  # xsd:ID must be unique


def test_unknown_language_empty_terms_and_whitespace(tmp_path: Path) -> None:
    found = _problems(tmp_path, "a,en,Senate,,,\na,xx,Term,,,\na,en,   ,admitted,,\n"
                      "a,en, Senate House,admitted,,\na,en,Upper  House,admitted,,\n"
                      "a,en,Upper\u00a0chamber,admitted,,\n")
    p = tmp_path / "g.csv"
    assert found == [
        f"{p}:3: unknown language code 'xx' (concept 'a')",
        f"{p}:4: empty term in en (concept 'a')",
        f"{p}:5: leading or trailing whitespace in ' Senate House'",
        f"{p}:6: doubled space in 'Upper  House'",
        f"{p}:7: whitespace character U+00A0 instead of a space in 'Upper\\xa0chamber'",
    ]


def test_typographic_variants_of_accepted_terms(tmp_path: Path) -> None:
    found = _problems(tmp_path, "a,kk,Бір ел – бір мүдде,,,\nb,kk,Бір ел - бір мүдде,,,\n"
                      'c,ru,«Бір ел – бір мүдде»,,,\nd,ru,"""Бір ел – бір мүдде""",,,\n'
                      "e,kk,Бір ел — бір мүдде,deprecated,,\n", ())
    p = tmp_path / "g.csv"
    assert f"{p}:3: 'Бір ел - бір мүдде' differs from 'Бір ел – бір мүдде' ({p}:2) only in " \
           "typography: en dash vs hyphen" in found
    assert any(f.startswith(f"{p}:5: ") and "guillemet vs straight quote" in f for f in found)
    assert not any(f.startswith(f"{p}:6: ") for f in found)  # a deprecated variant is a rule


def test_values_tbx_basic_cannot_hold(tmp_path: Path) -> None:
    found = _problems(tmp_path, "2nd,en,Senate,,,\n")
    assert found == [f"{tmp_path / 'g.csv'}:2: cannot be written as TBX-Basic: concept id "
                     "'2nd' is not an XML ID (letters, digits, '-', '_', '.'; not starting "
                     "with a digit, '-' or '.')"]


def test_schema_problems_of_tbx_files_are_findings(tmp_path: Path) -> None:
    data = (DATA / "dca.tbx").read_text(encoding="utf-8").replace(">abbreviation<", ">abbr<")
    path = tmp_path / "bad.tbx"
    path.write_text(data, encoding="utf-8")
    (problem,) = validate_glossary(path, ["en"])
    assert (problem.line, problem.code) == (54, "schema")
    assert "termType 'abbr' is not a permitted value" in problem.message


@pytest.mark.parametrize(("tag", "known"), [
    ("en", True), ("kk", True), ("kk-Latn", True), ("ru", True), ("en-US", True),
    ("de", True), ("xx", False), ("kk-Xyzw", False), ("en us", False), ("", False)])
def test_known_language(tag: str, known: bool) -> None:
    assert known_language(tag) is known


def test_describe_difference() -> None:
    assert describe_difference("a-b", "a–b") == "hyphen vs en dash"
    assert describe_difference("Ёлка", "Елка") == "Ё vs Е"
