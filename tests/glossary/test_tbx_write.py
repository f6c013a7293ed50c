"""The TBX-Basic DCA writer: deterministic, valid (RNG + TBX-Basic rules), lossless."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from toolkit.errors import OutputError
from toolkit.formats import tbx
from toolkit.formats.tbx_schema import validate_tbx
from toolkit.model import Concept, Term, TermStatus

DATA = Path(__file__).parent / "data"

APK = Concept(
    id="apk",
    definition="Constitutional institution founded on 1 March 1995.",
    definition_source="Law on the APK",
    subject_field="government and politics",
    note="Concept-level note",
    source="assembly.kz",
    terms=(
        Term("Assembly of the People of Kazakhstan", "en", part_of_speech="properNoun",
             term_type="fullForm", note="Official English name", source="akorda.kz"),
        Term("ANC", "en", TermStatus.DEPRECATED, term_type="initialism", case_sensitive=True,
             exact_only=True, note="toolkit: looks like an option but is a note",
             extra=(("geographicalUsage", "KZ"), ("reviewer", "A. N."), ("context", "ctx"),
                    ("colour", "red"))),
        Term("Қазақстан халқы Ассамблеясы", "kk", do_not_translate=False,
             forms=("Ассамблеясы", "халқы")),
        Term("Qazaqstan halqy Assambleiasy", "kk-Latn", TermStatus.ADMITTED,
             do_not_translate=True, note="line one\nline two\r\nwith CR"),
    ),
)


def _strip_lines(concepts: tuple[Concept, ...]) -> list[Concept]:
    return [replace(c, line=0) for c in concepts]


def test_written_tbx_is_valid_tbx_basic_and_reads_back_equal() -> None:
    data = tbx.write([APK])
    assert validate_tbx(data, "out.tbx") == []
    assert _strip_lines(tbx.read(data, "out.tbx")) == [APK]


def test_output_is_deterministic_pretty_dca() -> None:
    first = tbx.write([APK], lang="en", title="tilmash")
    assert first == tbx.write([APK], lang="en", title="tilmash")
    text = first.decode("utf-8")
    assert text.startswith('<?xml version="1.0" encoding="UTF-8"?>\n<tbx xmlns="urn:iso:std:iso'
                           ':30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">\n')
    assert "\n        <langSec xml:lang=\"kk-Latn\">\n" in text
    assert "<title>tilmash</title>" in text


def test_options_travel_in_toolkit_notes_and_pos_outside_picklist() -> None:
    text = tbx.write([APK]).decode("utf-8")
    assert '<termNote type="partOfSpeech">noun</termNote>' in text  # TBX-Basic value
    assert "<note>toolkit:partOfSpeech=properNoun</note>" in text  # exact value kept
    assert "<note>toolkit:termType=initialism</note>" in text
    assert '<termNote type="termType">initialism' not in text
    assert "<note>toolkit:case-sensitive</note>" in text
    assert "<note>toolkit:exact-only</note>" in text
    assert "<note>toolkit:do-not-translate</note>" in text
    assert "<note>toolkit:forms=Ассамблеясы|халқы</note>" in text
    assert "<note>toolkit:note=toolkit: looks like" in text  # escaped human note
    assert '<termNote type="geographicalUsage">KZ</termNote>' in text
    assert '<descrip type="context">ctx</descrip>' in text
    assert '<note>toolkit:extra={"reviewer": "A. N."}</note>' in text


def test_empty_termbase_is_still_valid_tbx() -> None:
    data = tbx.write([])
    assert validate_tbx(data, "empty.tbx") == []
    assert tbx.read(data, "empty.tbx") == ()


@pytest.mark.parametrize(("concept", "message"), [
    (Concept("1st", (Term("x", "en"),)), "not an XML ID"),
    (Concept("has space", (Term("x", "en"),)), "not an XML ID"),
    (Concept("ok", (Term("x", "en us"),)), "not a language tag"),
    (Concept("ok", ()), "has no terms"),
    (Concept("ok", (Term("x", "en", extra=(("grammaticalGender", "male"),)),)),
     "grammaticalGender 'male'"),
    (Concept("ok", (Term("x", "en", forms=("a|b",)),)), "separates forms"),
    (Concept("ok", (Term("bell\x07", "en"),)), "control character"),
])
def test_values_tbx_basic_cannot_hold_are_refused(concept: Concept, message: str) -> None:
    with pytest.raises(OutputError, match=message):
        tbx.write([concept])


@pytest.mark.parametrize("name", ["dca.tbx", "dct.tbx", "martif2008.tbx"])
def test_fixtures_convert_to_valid_tbx_basic(name: str) -> None:
    path = DATA / name
    concepts = tbx.read(path.read_bytes(), str(path))
    data = tbx.write(concepts)
    assert validate_tbx(data, "converted.tbx") == []
    assert _strip_lines(tbx.read(data, "converted.tbx")) == _strip_lines(concepts)
