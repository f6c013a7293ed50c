"""Validation: the core RNG plus the TBX-Basic rules we code (lxml has no XSLT 2)."""

from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.errors import InputError
from toolkit.formats.tbx_schema import check_valid, validate_tbx

DATA = Path(__file__).parent / "data"
DCA = (DATA / "dca.tbx").read_bytes()
DCT = (DATA / "dct.tbx").read_bytes()


@pytest.mark.parametrize("data", [DCA, DCT], ids=["dca", "dct"])
def test_hand_written_fixtures_are_valid(data: bytes) -> None:
    assert validate_tbx(data, "fixture.tbx") == []


def test_2008_layout_is_reported_not_validated() -> None:
    problems = validate_tbx((DATA / "martif2008.tbx").read_bytes(), "old.tbx")
    assert len(problems) == 1
    assert "TBX 2008" in problems[0][1]


def _messages(data: bytes) -> list[str]:
    return [f"{line}: {message}" for line, message in validate_tbx(data, "x.tbx")]


@pytest.mark.parametrize(("old", "new", "expected"), [
    # a data category TBX-Basic does not have (core RNG allows any type string)
    (b'<termNote type="termType">fullForm', b'<termNote type="x-flag">fullForm',
     "22: <termNote type='x-flag'>: not a TBX-Basic data category"),
    # a value outside the picklist
    (b">abbreviation<", b">initialism<", "termType 'initialism' is not a permitted value"),
    (b"preferredTerm-admn-sts</termNote>\n            <termNote type=\"partOfSpeech\">",
     b"preferred</termNote>\n            <termNote type=\"partOfSpeech\">",
     "administrativeStatus 'preferred' is not a permitted value"),
    # the right category on the wrong element
    (b'<descrip type="subjectField">government and politics</descrip>',
     b'<admin type="subjectField">government and politics</admin>',
     "<admin type='subjectField'>: not a TBX-Basic data category"),
    # the wrong level: context belongs to termSec
    (b'<note>Capitalised when it names the chamber.</note>',
     b'<descrip type="context">Capitalised</descrip>',
     "context may only appear at level(s): termSec; found in <conceptEntry>"),
    # wrong dialect name
    (b'type="TBX-Basic"', b'type="TBX-Min"', "dialect is 'TBX-Min'"),
    # a DCT element in a DCA file
    (b"<note>toolkit:exact-only</note>",
     b'<min:customerSubset xmlns:min="http://www.tbxinfo.net/ns/min">x</min:customerSubset>',
     "DCT-style element <customerSubset> is not permitted in a DCA file"),
    # an internal reference to nothing
    (b'<admin type="source">parlam.kz</admin>',
     b'<ref type="crossReference" target="nowhere">see</ref>',
     "target 'nowhere' is neither an id"),
    # the core structure: termSec without term
    (b"<term>ANC</term>", b"", "not valid TBX (core RNG)"),
])
def test_dca_rule_violations(old: bytes, new: bytes, expected: str) -> None:
    assert old in DCA
    messages = _messages(DCA.replace(old, new, 1))
    assert any(expected in m for m in messages), messages


@pytest.mark.parametrize(("old", "new", "expected"), [
    (b"<min:partOfSpeech>noun</min:partOfSpeech>",
     b"<min:partOfSpeech>properNoun</min:partOfSpeech>",
     "<partOfSpeech>: not valid against its module schema"),
    (b"<basic:termType>fullForm</basic:termType>",
     b'<termNote type="termType">fullForm</termNote>',
     "DCA-style <termNote type='termType'> is not permitted in a DCT file"),
    (b"<basic:source>parlam.kz</basic:source>",
     b'<x:flag xmlns:x="urn:example">1</x:flag>', "is not a TBX-Basic module element"),
    (b"<min:subjectField>government and politics</min:subjectField>",
     b"<basic:context>government and politics</basic:context>",
     "context may only appear at level(s): termSec"),
])
def test_dct_rule_violations(old: bytes, new: bytes, expected: str) -> None:
    assert old in DCT
    messages = _messages(DCT.replace(old, new, 1))
    assert any(expected in m for m in messages), messages


def test_check_valid_raises_with_the_line() -> None:
    with pytest.raises(InputError) as caught:
        check_valid(DCA.replace(b">abbreviation<", b">initialism<"), "x.tbx")
    assert caught.value.line == 54
