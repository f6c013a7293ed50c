"""TBX readers: 2019 DCA and DCT, the 2008 martif layout, and their errors."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from toolkit.errors import InputError
from toolkit.formats import tbx
from toolkit.model import TermStatus

DATA = Path(__file__).parent / "data"


def _read(name: str) -> tuple:
    path = DATA / name
    return tbx.read(path.read_bytes(), str(path))


@pytest.mark.parametrize("name", ["dca.tbx", "dct.tbx"])
def test_2019_dca_and_dct_give_the_same_concepts(name: str) -> None:
    senate, anc = _read(name)
    assert senate.id == "senate"
    assert senate.subject_field == "government and politics"
    assert senate.definition == "The upper chamber of the Parliament of Kazakhstan."
    assert senate.definition_source == "Constitution of the RK, art. 50"
    assert senate.note == "Capitalised when it names the chamber."
    assert [(t.lang, t.text, t.status) for t in senate.terms] == [
        ("en", "Senate", TermStatus.PREFERRED),
        ("kk", "Сенат", TermStatus.PREFERRED),
        ("ru", "Сенат", TermStatus.PREFERRED),
        ("ru", "верхняя палата", TermStatus.ADMITTED),  # <hi> markup flattened
    ]
    en, kk, ru, _ = senate.terms
    assert (en.part_of_speech, en.term_type, en.source) == ("noun", "fullForm", "parlam.kz")
    assert en.case_sensitive and not en.exact_only
    assert kk.note == "Parliament's upper chamber."
    assert kk.forms == ("Сенаты", "Сенатқа")
    assert ru.extra == (("context", "Сенат Парламента Республики Казахстан"),)
    apk, ancterm = anc.terms
    assert apk.exact_only and apk.do_not_translate and apk.term_type == "abbreviation"
    assert ancterm.status is TermStatus.DEPRECATED and ancterm.term_type == "acronym"


def test_dca_and_dct_read_identically() -> None:
    def strip(concepts: tuple) -> list:
        return [replace(c, line=0) for c in concepts]

    assert strip(_read("dca.tbx")) == strip(_read("dct.tbx"))


def test_lines_point_at_entries_and_terms() -> None:
    senate, _ = _read("dca.tbx")
    assert senate.line == 10
    assert senate.terms[0].line == 19  # <term>Senate</term>


def test_2008_martif_tig_ntig_and_weblate_fields() -> None:
    head, astana = _read("martif2008.tbx")
    assert head.id == "head-of-state"
    assert head.subject_field == "government and politics"
    assert head.definition == "The President of the Republic of Kazakhstan."  # from langSet
    en, kk, ru, forbidden = head.terms
    assert (en.text, en.part_of_speech, en.note) == ("Head of State", "noun", "Capital H and S.")
    assert kk.text == "Мемлекет басшысы" and kk.lang == "kk"
    assert kk.extra == (("Usage note", "izafet: Мемлекет басшысының"),)
    assert ru.lang == "ru" and ru.status is TermStatus.PREFERRED  # no status: preferred
    assert forbidden.status is TermStatus.DEPRECATED  # Weblate's "forbidden"
    assert astana.id == "entry-2"  # anonymous TBX 2008 entry gets a stable id
    assert astana.terms[0].do_not_translate  # "Translation needed: No"


def test_reads_what_translate_toolkit_writes() -> None:
    from translate.storage import tbx as tt_tbx

    store = tt_tbx.tbxfile()
    unit = store.addsourceunit("Head of State")
    unit.target = "Мемлекет басшысы"
    concepts = tbx.read(bytes(store), "tt.tbx")
    assert [(t.lang, t.text) for t in concepts[0].terms] == [
        ("en", "Head of State"), ("xx", "Мемлекет басшысы")]


@pytest.mark.parametrize(("data", "line", "message"), [
    (b"<html><body/></html>", 1, "not a TBX file"),
    (b'<tbx xmlns="urn:wrong" type="TBX-Basic" style="dca"/>', 1, "namespace"),
    (b'<tbx xmlns="urn:iso:std:iso:30042:ed-2" style="odd"/>', 1, "unknown TBX style"),
    (b'<tbx xmlns="urn:iso:std:iso:30042:ed-2" style="dca">\n<text><body>\n'
     b"<conceptEntry><langSec xml:lang='en'><termSec><term>x</term></termSec></langSec>"
     b"</conceptEntry></body></text></tbx>", 3, "without an id"),
    (b'<martif><text><body><termEntry id="a">\n<langSet><tig><term>x</term></tig></langSet>'
     b"</termEntry></body></text></martif>", 2, "without xml:lang"),
    (b'<martif><text><body><termEntry id="a"><langSet xml:lang="en">\n<tig>'
     b'<termNote type="administrativeStatus">maybe</termNote></tig></langSet></termEntry>'
     b"</body></text></martif>", 2, "without a <term>"),
    (b'<martif><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term>x</term>\n'
     b'<termNote type="administrativeStatus">maybe</termNote></tig></langSet></termEntry>'
     b"</body></text></martif>", 2, "unknown administrative status 'maybe'"),
    (b'<martif><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term>x</term>\n'
     b"<note>toolkit:colour=red</note></tig></langSet></termEntry></body></text></martif>",
     2, "unknown toolkit note"),
    (b'<martif><text><body><termEntry id="a"><langSet xml:lang="en"><tig><term>x</term>\n'
     b"<note>toolkit:extra=[1]</note></tig></langSet></termEntry></body></text></martif>",
     2, "JSON object"),
    (b"<tbx>\n<text>\n<body></text></tbx>", 3, "malformed XML"),
])
def test_bad_tbx_is_one_line_with_path_and_line(data: bytes, line: int, message: str) -> None:
    with pytest.raises(InputError) as caught:
        tbx.read(data, "bad.tbx")
    assert caught.value.path == "bad.tbx"
    assert caught.value.line == line
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_hostile_xml_is_refused() -> None:
    xxe = (b'<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n'
           b"<tbx>&x;</tbx>")
    with pytest.raises(InputError, match="entity"):
        tbx.read(xxe, "xxe.tbx")
