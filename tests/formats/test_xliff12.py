"""XLIFF 1.2: the gettext representation, schema validity, reading other tools' files, errors."""

from __future__ import annotations

import pytest
from lxml import etree

from tests.formats import schemas
from toolkit.errors import InputError, OutputError
from toolkit.formats import xliff12
from toolkit.formats._xml import parse_xml
from toolkit.model import Catalog, Previous, Unit

NS = {"x": xliff12.NS}

FUZZY = Unit("Open %s", ("Ашу %s",), context="menu", translator_comments=("t1", "t2"),
             extracted_comments=("dev",), locations=("a.py:12", "b.py"),
             flags=("fuzzy", "python-format"), previous=Previous("Old %s", None, "old"))
PLURAL = Unit("One file", ("Бір файл", "%d файл"), source_plural="%d files",
              flags=("python-format",))
CATALOG = Catalog(units=(FUZZY, PLURAL, Unit("Empty")),
                  header={"Language": "kk", "Plural-Forms": "nplurals=2; plural=(n != 1);"},
                  header_comments=("Kazakh translation",), path="locales/kk/article.po",
                  source_lang="en", target_lang="kk")


def _tree(catalog: Catalog = CATALOG) -> etree._Element:
    return parse_xml(xliff12.write(catalog), "t.xlf").getroot()


def test_document_is_valid_strict_xliff12() -> None:
    schemas.assert_valid(schemas.xliff12(), xliff12.write(CATALOG))


def test_file_attributes_and_header_unit() -> None:
    root = _tree()
    file_ = root.find("x:file", NS)
    assert file_ is not None
    assert (file_.get("original"), file_.get("source-language"), file_.get("target-language"),
            file_.get("datatype")) == ("article.po", "en", "kk", "po")
    header = root.find(".//x:trans-unit[@restype='x-gettext-domain-header']", NS)
    assert header is not None
    assert header.findtext("x:target", namespaces=NS) == (
        "Language: kk\nPlural-Forms: nplurals=2; plural=(n != 1);\n")
    assert header.findtext("x:note", namespaces=NS) == "Kazakh translation"


def test_fuzzy_unit_mapping() -> None:
    tu = _tree().findall(".//x:body/x:trans-unit", NS)[1]
    assert tu.get("approved") == "no"
    assert tu.find("x:target", NS).get("state") == "needs-review-translation"  # type: ignore[union-attr]
    notes = {n.get("from"): n.text for n in tu.findall("x:note", NS)}
    assert notes == {"po-translator": "t1\nt2", "developer": "dev"}
    info = {c.get("context-type"): c.text
            for c in tu.findall("x:context-group[@purpose='information']/x:context", NS)}
    assert info["x-po-msgctxt"] == "menu"
    assert info["x-po-previous-msgid"] == "Old %s"
    assert info["x-po-previous-msgctxt"] == "old"
    flags = [c.text for c in tu.findall(".//x:context[@context-type='x-po-flag']", NS)]
    assert flags == ["fuzzy", "python-format"]
    locations = [[(c.get("context-type"), c.text) for c in g]
                 for g in tu.findall("x:context-group[@purpose='location']", NS)]
    assert locations == [[("sourcefile", "a.py"), ("linenumber", "12")],
                         [("sourcefile", "b.py")]]


def test_plural_group_mapping() -> None:
    group = _tree().find(".//x:group[@restype='x-gettext-plurals']", NS)
    assert group is not None
    members = group.findall("x:trans-unit", NS)
    assert [m.findtext("x:source", namespaces=NS) for m in members] == ["One file", "%d files"]
    assert [m.findtext("x:target", namespaces=NS) for m in members] == ["Бір файл", "%d файл"]
    assert {m.get("approved") for m in members} == {"yes"}
    assert members[0].get("id") == group.get("id") + "[0]"


def test_untranslated_unit_has_no_target_and_is_not_approved() -> None:
    tu = _tree().findall(".//x:body/x:trans-unit", NS)[-1]
    assert tu.find("x:target", NS) is None and tu.get("approved") is None
    assert xliff12.read(xliff12.write(CATALOG), "t").units[2].target == ("",)


def test_ids_are_stable_across_exports() -> None:
    first = [tu.get("id") for tu in _tree().iter(f"{{{xliff12.NS}}}trans-unit")]
    again = Catalog(units=(Unit("New"), *CATALOG.units), header=CATALOG.header)
    second = [tu.get("id") for tu in _tree(again).iter(f"{{{xliff12.NS}}}trans-unit")]
    assert set(first) < set(second)


def test_control_characters_become_inline_codes() -> None:
    catalog = Catalog(units=(Unit("bell\x07", ("қоңырау\x07\x1b",)),))
    data = xliff12.write(catalog)
    assert b'<ph id="cp1" ctype="x-cp">0007</ph>' in data
    assert xliff12.read(data, "t").units[0].target == ("қоңырау\x07\x1b",)


def test_control_character_in_a_comment_is_refused_clearly() -> None:
    catalog = Catalog(units=(Unit("a", translator_comments=("bad\x01",), line=7),),
                      path="kk.po")
    with pytest.raises(OutputError) as caught:
        xliff12.write(catalog)
    assert str(caught.value).startswith("kk.po:7: a translator comment contains U+0001")


TT_XLIFF = """<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
  <file original="a.po" source-language="en-US" datatype="po" target-language="kk">
    <body>
      <trans-unit xml:space="preserve" id="1" approved="no">
        <source>Open %s</source>
        <target state="needs-translation">Ашу %s</target>
        <alt-trans xml:space="preserve" origin="previous"><source>Old %s</source>
          <target>Ашу %s</target></alt-trans>
        <context-group name="po-reference" purpose="location">
          <context context-type="sourcefile">a.py</context>
          <context context-type="linenumber">12</context>
        </context-group>
        <context-group name="po-entry" purpose="information">
          <context context-type="x-po-trancomment">tc</context>
        </context-group>
        <note from="po-translator">tc</note>
      </trans-unit>
      <group restype="x-gettext-plurals" id="2" approved="yes">
        <note from="developer">dev</note>
        <trans-unit xml:space="preserve" id="2[0]" approved="yes">
          <source>One</source><target state="translated">Бір</target></trans-unit>
        <trans-unit xml:space="preserve" id="2[1]" approved="yes">
          <source>Many</source><target state="translated">Көп</target>
          <note from="developer">dev</note></trans-unit>
      </group>
    </body>
  </file>
</xliff>""".encode()


def test_reads_xliff11_as_written_by_translate_toolkit() -> None:
    catalog = xliff12.read(TT_XLIFF, "tt.xlf")
    first, plural = catalog.units
    assert (first.source, first.target, first.fuzzy) == ("Open %s", ("Ашу %s",), True)
    assert first.translator_comments == ("tc",)
    assert first.locations == ("a.py:12",)
    assert first.previous == Previous("Old %s")
    assert (plural.source, plural.source_plural, plural.target) == ("One", "Many", ("Бір", "Көп"))
    assert plural.extracted_comments == ("dev",)  # not doubled by the member's copy
    assert plural.line == 19


def test_reading_an_xliff2_document_through_the_12_reader_delegates() -> None:
    from toolkit.formats import xliff2

    data = xliff2.write(Catalog(units=(Unit("a", ("ә",)),)))
    assert xliff12.read(data, "x.xlf").units[0].target == ("ә",)


@pytest.mark.parametrize(("data", "message", "line"), [
    (b'<?xml version="1.0"?>\n<xliff xmlns="urn:example" version="1.2"/>',
     "not an XLIFF 1.2 document", 2),
    (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n'
     b'<file original="a" datatype="po"><body/></file></xliff>',
     "<file> lacks the required attribute 'source-language'", 2),
    (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n'
     b'<file original="a" datatype="po" source-language="en"><body>\n\n'
     b'<trans-unit><source>x</source></trans-unit></body></file></xliff>',
     "<trans-unit> lacks the required attribute 'id'", 4),
    (b'<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">\n'
     b'<file original="a" datatype="po" source-language="en"><body>\n'
     b'<trans-unit id="1"><target>x</target></trans-unit></body></file></xliff>',
     "<trans-unit> without <source>", 3),
])
def test_bad_documents_give_one_line_with_the_line_number(data: bytes, message: str,
                                                          line: int) -> None:
    with pytest.raises(InputError) as caught:
        xliff12.read(data, "bad.xlf")
    assert caught.value.line == line
    assert str(caught.value).startswith(f"bad.xlf:{line}: {message}")
    assert "\n" not in str(caught.value)
