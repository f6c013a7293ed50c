"""XLIFF 2: the gettext convention, states, Glossary module, reading 2.0/2.2, errors."""

from __future__ import annotations

import re

import pytest
from lxml import etree

from tests.formats import schemas
from toolkit.errors import InputError
from toolkit.formats import xliff2
from toolkit.formats._xml import parse_xml
from toolkit.model import Catalog, Concept, Previous, Term, TermHit, TermStatus, Unit

NS = {"x": xliff2.NS, "mda": xliff2.MDA, "gls": xliff2.GLS}

UNITS = (
    Unit("Open %s", ("Ашу %s",), context="menu", translator_comments=("t1", "t2"),
         extracted_comments=("dev",), locations=("a.py:12",), flags=("fuzzy", "python-format"),
         previous=Previous("Old %s", None, "old")),
    Unit("Save", ("Сақтау",), state="final"),
    Unit("One file", ("Бір файл", ""), source_plural="%d files"),
    Unit("Empty"),
)
CATALOG = Catalog(units=UNITS, header={"Language": "kk"}, header_comments=("hc",),
                  source_lang="en", target_lang="kk")


def _root(data: bytes) -> etree._Element:
    return parse_xml(data, "t.xlf2").getroot()


def test_valid_xliff21_with_metadata_module() -> None:
    data = xliff2.write(CATALOG)
    schemas.assert_valid(schemas.xliff21(), data)
    root = _root(data)
    assert (root.get("version"), root.get("srcLang"), root.get("trgLang")) == ("2.1", "en", "kk")


def test_states_map_to_xliff2_states() -> None:
    root = _root(xliff2.write(CATALOG))
    states = [s.get("state") for s in root.iter(f"{{{xliff2.NS}}}segment")]
    # fuzzy -> initial (with a target), final kept, plural: translated form + empty form,
    # untranslated -> initial without a target
    assert states == ["initial", "final", "translated", "initial", "initial"]
    first = root.find("x:file/x:unit", NS)
    assert first is not None and first.find("x:segment/x:target", NS) is not None
    metas = [(m.get("type"), m.text) for m in first.iterfind(".//mda:meta", NS)]
    assert metas == [("msgctxt", "menu"), ("flag", "fuzzy"), ("flag", "python-format"),
                     ("previous-msgctxt", "old"), ("previous-msgid", "Old %s")]
    notes = [(n.get("category"), n.text) for n in first.iterfind("x:notes/x:note", NS)]
    assert notes == [("translator", "t1\nt2"), ("developer", "dev"), ("location", "a.py:12")]


def test_plural_is_a_group_of_units_and_keeps_form_count() -> None:
    group = _root(xliff2.write(CATALOG)).find("x:file/x:group", NS)
    assert group is not None and group.get("type") == "po:plurals"
    assert [u.findtext("x:segment/x:source", namespaces=NS)
            for u in group.findall("x:unit", NS)] == ["One file", "%d files"]
    back = xliff2.read(xliff2.write(CATALOG), "t").units[2]
    assert (back.source_plural, back.target, back.fuzzy) == ("%d files", ("Бір файл", ""), False)


def test_reviewed_and_translated_states_read_back() -> None:
    back = xliff2.read(xliff2.write(CATALOG), "t").units
    assert [(u.fuzzy, u.state) for u in back] == [(True, None), (False, "final"),
                                                  (False, None), (False, None)]


def test_control_characters_use_cp() -> None:
    data = xliff2.write(Catalog(units=(Unit("a\x01b", ("\ufffe",)),)))
    assert b'a<cp hex="0001"/>b' in data and b'<cp hex="FFFE"/>' in data
    schemas.assert_valid(schemas.xliff21(), data)
    assert xliff2.read(data, "t").units[0].target == ("\ufffe",)


def test_empty_catalog_is_still_a_valid_document() -> None:
    data = xliff2.write(Catalog())
    schemas.assert_valid(schemas.xliff21(), data)
    assert xliff2.read(data, "t").units == ()


# --------------------------------------------------------------------------- glossary

CONCEPTS = [
    Concept("c1", (Term("file", "en"), Term("файл", "kk"),
                   Term("дерекқор", "kk", status=TermStatus.DEPRECATED)),
            definition="A named collection of data."),
    Concept("c2", (Term("open", "en"), Term("ашу", "kk"))),
]


class _Finder:
    """A tiny stand-in for the glossary matcher: whole words, case-insensitive."""

    def find(self, text: str, lang: str) -> list[TermHit]:
        hits = []
        for concept in CONCEPTS:
            for term in concept.terms_in(lang):
                for m in re.finditer(rf"\b{re.escape(term.text)}\w*", text, re.IGNORECASE):
                    hits.append(TermHit(m.start(), m.end(), m.group(), concept.id, term))
        return hits


def _glossary(catalog: Catalog) -> xliff2.Glossary:
    from toolkit.convert import glossary_from_concepts

    return glossary_from_concepts(CONCEPTS, _Finder(), catalog)


def test_glossary_module_marks_terms_and_lists_translations() -> None:
    catalog = Catalog(units=(Unit("Open the files & folders", ("",)),
                             Unit("One file", ("", ""), source_plural="%d files")),
                      source_lang="en", target_lang="kk")
    data = xliff2.write(catalog, glossary=_glossary(catalog))
    schemas.assert_valid(schemas.xliff21(), data)
    unit = _root(data).find("x:file/x:unit", NS)
    assert unit is not None
    marks = {m.get("id"): m.text for m in unit.iterfind(".//x:source/x:mrk", NS)}
    assert marks == {"t1": "Open", "t2": "files"}
    entries = unit.findall("gls:glossary/gls:glossEntry", NS)
    assert [e.get("ref") for e in entries] == ["#t1", "#t2"]
    files = entries[1]
    assert files.findtext("gls:term", namespaces=NS) == "file"
    # only accepted target terms are offered; the deprecated one is not
    assert [t.text for t in files.findall("gls:translation", NS)] == ["файл"]
    assert files.findtext("gls:definition", namespaces=NS) == "A named collection of data."
    # the marks are transparent on reading: the source text is unchanged
    assert xliff2.read(data, "t").units[0].source == "Open the files & folders"
    plural_units = _root(data).findall("x:file/x:group/x:unit", NS)
    assert [len(u.findall("gls:glossary/gls:glossEntry", NS)) for u in plural_units] == [1, 1]


# --------------------------------------------------------------------------- other writers

XLIFF20 = """<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="ru">
 <file id="f1">
  <group id="g1">
   <unit id="u1">
    <originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data>
     <data id="d3">%s</data></originalData>
    <segment state="reviewed"><source>Hello <pc id="1" dataRefStart="d1" dataRefEnd="d2">bold</pc></source>
     <target>Привет <pc id="1" dataRefStart="d1" dataRefEnd="d2">жирный</pc></target></segment>
    <ignorable><source> </source></ignorable>
    <segment state="reviewed"><source>Name: <ph id="2" dataRef="d3"/></source>
     <target>Имя: <ph id="2" dataRef="d3"/></target></segment>
   </unit>
  </group>
  <unit id="u2"><segment><source>Draft</source><target>Черновик</target></segment></unit>
 </file>
</xliff>""".encode()


def test_reads_xliff20_with_inline_codes_and_several_segments() -> None:
    catalog = xliff2.read(XLIFF20, "in.xlf")
    first, second = catalog.units
    assert first.source == "Hello <b>bold</b> Name: %s"
    assert first.target == ("Привет <b>жирный</b> Имя: %s",)
    assert (first.state, first.fuzzy) == ("reviewed", False)
    assert (second.fuzzy, second.line) == (True, 15)  # initial with a target = fuzzy
    assert (catalog.source_lang, catalog.target_lang) == ("en", "ru")


def test_reads_xliff22_namespace() -> None:
    data = XLIFF20.replace(b"document:2.0", b"document:2.2").replace(b'"2.0"', b'"2.2"')
    assert len(xliff2.read(data, "in.xlf").units) == 2


@pytest.mark.parametrize(("data", "message", "line"), [
    (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.9" version="2.1" srcLang="en"/>',
     "not an XLIFF 2 document", 1),
    (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1">\n<file id="f"/>'
     b'</xliff>', "<xliff> lacks the required attribute 'srcLang'", 1),
    (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">\n'
     b'<file id="f">\n<unit><segment><source/></segment></unit></file></xliff>',
     "<unit> lacks the required attribute 'id'", 3),
    (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">\n'
     b'<file id="f">\n<unit id="u">\n<segment><target/></segment></unit></file></xliff>',
     "<segment> without <source>", 4),
    (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.1" srcLang="en">\n'
     b'<file id="f">\n<unit id="u"><segment><source><cp hex="zz"/></source></segment></unit>'
     b'</file></xliff>', "<cp> with a bad hex attribute", 3),
])
def test_bad_documents_give_one_line(data: bytes, message: str, line: int) -> None:
    with pytest.raises(InputError) as caught:
        xliff2.read(data, "bad.xlf2")
    assert str(caught.value).startswith(f"bad.xlf2:{line}: {message}")
