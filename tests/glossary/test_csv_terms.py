"""Glossary CSV: columns by header, BOM and delimiters, concept fields, one-line errors."""

from __future__ import annotations

import pytest

from toolkit.errors import EncodingError, InputError
from toolkit.formats import csv_terms
from toolkit.model import TermStatus

HEADER = "concept_id,lang,term,status,part_of_speech,note"


def _read(text: str, *, bom: bool = False) -> tuple:
    data = text.encode("utf-8")
    return csv_terms.read(b"\xef\xbb\xbf" + data if bom else data, "g.csv")


def test_minimal_header_and_optional_columns() -> None:
    (concept,) = _read(
        "concept_id,lang,term,status,part_of_speech,note,source,term_type,case_sensitive,"
        "exact_only,do_not_translate,forms,definition,subject_field\n"
        "apk,en,APK,preferred,noun,Abbreviation,assembly.kz,abbreviation,yes,yes,,,"
        "The Assembly,politics\n"
        "apk,kk,ҚХА,,noun,,,abbreviation,YES,,x,ҚХА-ның | ҚХА-ға,,\n",
        bom=True)
    apk, qha = concept.terms
    assert (concept.id, concept.definition, concept.subject_field) == (
        "apk", "The Assembly", "politics")
    assert (apk.source, apk.term_type, apk.case_sensitive, apk.exact_only) == (
        "assembly.kz", "abbreviation", True, True)
    assert qha.status is TermStatus.PREFERRED  # empty status
    assert qha.case_sensitive and qha.do_not_translate and not qha.exact_only
    assert qha.forms == ("ҚХА-ның", "ҚХА-ға")
    assert (apk.line, qha.line, concept.line) == (2, 3, 2)


def test_only_required_columns_in_any_order() -> None:
    (concept,) = _read("term,lang,concept_id\nSenate,en,senate\n")
    assert concept.terms[0].text == "Senate"
    assert concept.terms[0].status is TermStatus.PREFERRED


def test_unknown_columns_are_kept_per_term() -> None:
    (concept,) = _read(HEADER + ",reviewer,context\n"
                       "a,en,x,preferred,,,Ann,\n"
                       "a,ru,y,preferred,,,,в контексте\n")
    assert concept.terms[0].extra == (("reviewer", "Ann"),)
    assert concept.terms[1].extra == (("context", "в контексте"),)
    out = csv_terms.write((concept,)).decode("utf-8-sig")
    assert out.splitlines()[0].endswith(",reviewer,context")


def test_quoted_multiline_cells_and_line_numbers() -> None:
    first, second = _read(HEADER + '\na,en,x,preferred,,"two\nlines, and a comma"\n'
                          "b,en,y,admitted,,\n")
    assert first.terms[0].note == "two\nlines, and a comma"
    assert second.line == 4
    assert second.terms[0].status is TermStatus.ADMITTED


def test_semicolon_and_tab_delimiters_from_spreadsheets() -> None:
    (semi,) = _read("concept_id;lang;term\na;ru;Сенат, верхняя палата\n")
    assert semi.terms[0].text == "Сенат, верхняя палата"
    (tab,) = _read("concept_id\tlang\tterm\na\tkk\tСенат\n")
    assert tab.terms[0].text == "Сенат"


def test_rows_of_a_concept_are_merged_and_grouped_by_language() -> None:
    (a, b) = _read(HEADER + "\na,en,one,,,\nb,en,two,,,\na,kk,бір,,,\na,en,uno,admitted,,\n")
    assert [(t.lang, t.text) for t in a.terms] == [("en", "one"), ("en", "uno"), ("kk", "бір")]
    assert b.id == "b"


def test_crlf_and_blank_rows() -> None:
    (concept,) = _read(HEADER + "\r\n\r\na,en,x,,,\r\n,,,,,\r\n")
    assert concept.terms[0].text == "x"


def test_term_text_whitespace_is_kept_for_validate() -> None:
    (concept,) = _read(HEADER + "\n a , en ,  Senate ,,,\n")
    assert (concept.id, concept.terms[0].lang, concept.terms[0].text) == ("a", "en", "  Senate ")


@pytest.mark.parametrize(("text", "line", "message"), [
    ("", 1, "empty CSV file"),
    ("concept_id,term\n", 1, "lacks the column(s) lang"),
    ("concept_id,lang,term,lang\n", 1, "'lang' appears twice"),
    (HEADER + '\na,en,"unterminated,,,\n', 2, "malformed CSV"),
    (HEADER + '\na,en,x"y,,,\n', None, None),  # a stray quote inside a cell is just text
    (HEADER + "\na,en,x,,,\nb,en,y,maybe,,\n", 3, "unknown status 'maybe'"),
    (HEADER + ",exact_only\na,en,x,,,,sometimes\n", 2, "exact_only must be 'yes' or empty"),
    (HEADER + "\n,en,x,,,\n", 2, "concept_id is empty"),
    (HEADER + "\na,,x,,,\n", 2, "lang is empty"),
    (HEADER + "\na,en,x,,,,surplus\n", 2, "7 fields but the header has 6"),
    (HEADER + ",\na,en,x,,,,oops\n", 2, "column 7 has a value but no name"),
    (HEADER + ",definition\na,en,x,,,,one\na,kk,y,,,,two\n", 3,
     "definition differs from the one on line 2"),
    (HEADER + "\na,en,x\x01,,,\n", 2, "control character U+0001"),
])
def test_malformed_csv_is_one_line_with_path_and_line(text: str, line: int | None,
                                                      message: str | None) -> None:
    if message is None:
        assert _read(text)[0].terms[0].text == 'x"y'
        return
    with pytest.raises(InputError) as caught:
        _read(text)
    assert str(caught.value).startswith(f"g.csv:{line}: ")
    assert message in str(caught.value)


def test_the_same_definition_on_several_rows_is_fine() -> None:
    (concept,) = _read(HEADER + ",definition\na,en,x,,,,same\na,kk,y,,,,same\na,ru,z,,,,\n")
    assert concept.definition == "same"


def test_cp1251_file_gets_a_conversion_hint() -> None:
    data = (HEADER + "\nsenate,ru,Сенат Парламента,,,\n").encode("cp1251")
    with pytest.raises(EncodingError, match="cp1251"):
        csv_terms.read(data, "g.csv")


def test_writer_puts_concept_fields_on_the_first_row_and_a_bom() -> None:
    (concept,) = _read(HEADER + ",definition,concept_note\na,en,x,,,,def,cn\na,kk,y,,,,,\n")
    data = csv_terms.write((concept,))
    assert data.startswith(b"\xef\xbb\xbf")
    lines = data.decode("utf-8-sig").splitlines()
    assert lines[0] == (HEADER + ",source,term_type,case_sensitive,exact_only,"
                        "do_not_translate,forms,definition,subject_field,concept_note")
    assert lines[1] == "a,en,x,preferred,,,,,,,,,def,,cn"
    assert lines[2] == "a,kk,y,preferred,,,,,,,,,,,"
    assert csv_terms.read(data, "again.csv") == (concept,)
