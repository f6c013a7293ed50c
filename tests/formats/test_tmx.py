"""TMX 1.4b: DTD-valid header and units, what is left out, reading one language pair."""

from __future__ import annotations

import pytest

from tests.formats import schemas
from toolkit.errors import InputError, UsageError
from toolkit.formats import tmx
from toolkit.formats._xml import parse_xml
from toolkit.model import Catalog, Unit

CATALOG = Catalog(
    units=(
        Unit("Open", ("Ашу",), context="menu", translator_comments=("note",)),
        Unit("One file", ("Бір файл", "%d файл"), source_plural="%d files"),
        Unit("Draft", ("Жоба",), flags=("fuzzy",)),
        Unit("Todo"),
        Unit("Old", ("Ескі",), obsolete=True),
        Unit("Bell\x07", ("Қоңырау\x07",)),
    ),
    header={"Language": "kk"}, source_lang="en", path="kk.po")


def test_writes_dtd_valid_tmx_with_full_header() -> None:
    data = tmx.write(CATALOG)
    schemas.assert_valid(schemas.tmx14(), data)
    header = parse_xml(data, "t").getroot().find("header")
    assert header is not None
    assert {k: header.get(k) for k in ("creationtool", "segtype", "srclang", "adminlang",
                                       "o-tmf", "datatype")} == {
        "creationtool": "Tilmash", "segtype": "sentence", "srclang": "en", "adminlang": "en",
        "o-tmf": "PO", "datatype": "plaintext"}
    assert header.get("creationtoolversion")


def test_only_translated_non_fuzzy_units_are_written_and_the_rest_reported() -> None:
    back = tmx.read(tmx.write(CATALOG), "t.tmx")
    assert [u.source for u in back.units] == ["Open", "One file", "Bell\x07"]
    assert tmx.losses(CATALOG) == [
        "3 unit(s) not written to TMX (a memory keeps translated units only): "
        "1 untranslated, 1 fuzzy, 1 obsolete",
        "1 unit(s) have comments, references, flags or a previous msgid that TMX does not keep"]


def test_context_plural_forms_and_control_characters_come_back() -> None:
    back = tmx.read(tmx.write(CATALOG), "t.tmx")
    assert back.units[0].context == "menu"
    plural = back.units[1]
    assert (plural.source_plural, plural.target) == ("%d files", ("Бір файл", "%d файл"))
    assert back.units[2].target == ("Қоңырау\x07",)
    assert (back.source_lang, back.target_lang, back.header["Language"]) == ("en", "kk", "kk")
    assert back.header["Plural-Forms"].startswith("nplurals=")


def test_target_language_is_required() -> None:
    with pytest.raises(UsageError, match="TMX needs the target language"):
        tmx.write(Catalog(units=(Unit("a", ("b",)),)))


MULTI = """<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4">
 <header creationtool="X" creationtoolversion="1" segtype="sentence" o-tmf="x"
         adminlang="en-US" srclang="en-US" datatype="plaintext"/>
 <body>
  <tu><tuv xml:lang="en-US"><seg>Hello <bpt i="1">&lt;b&gt;</bpt>world<ept i="1">&lt;/b&gt;</ept></seg></tuv>
      <tuv xml:lang="kk-KZ"><seg>Сәлем <bpt i="1">&lt;b&gt;</bpt>әлем<ept i="1">&lt;/b&gt;</ept></seg></tuv>
      <tuv xml:lang="ru-RU"><seg>Привет <hi>мир</hi></seg></tuv></tu>
  <tu><tuv lang="EN-us"><seg>Bye</seg></tuv><tuv xml:lang="ru-RU"><seg>Пока</seg></tuv></tu>
 </body>
</tmx>""".encode()


def test_several_target_languages_need_a_choice() -> None:
    with pytest.raises(UsageError, match=r"several target languages \(kk-KZ, ru-RU\)"):
        tmx.read(MULTI, "m.tmx")


def test_reads_the_chosen_pair_with_inline_codes_and_region_fallback() -> None:
    ru = tmx.read(MULTI, "m.tmx", target_lang="ru")
    assert [(u.source, u.target) for u in ru.units] == [
        ("Hello <b>world</b>", ("Привет мир",)), ("Bye", ("Пока",))]
    kk = tmx.read(MULTI, "m.tmx", target_lang="kk-KZ")
    assert [u.target for u in kk.units] == [("Сәлем <b>әлем</b>",)]
    assert kk.units[0].line == 7


@pytest.mark.parametrize(("data", "message", "line"), [
    (b"<?xml version='1.0'?>\n<tmx xmlns='urn:x' version='1.4'/>", "not a TMX document", 2),
    (b"<tmx version='1.4'>\n<header creationtool='x'/><body/></tmx>",
     "<header> lacks the required attribute 'srclang'", 2),
    (b"<tmx version='1.4'><header srclang='en'/><body>\n<tu>\n<tuv><seg>a</seg></tuv></tu>"
     b"</body></tmx>", "<tuv> lacks the required attribute 'xml:lang'", 3),
])
def test_bad_memories_give_one_line(data: bytes, message: str, line: int) -> None:
    with pytest.raises(InputError) as caught:
        tmx.read(data, "bad.tmx")
    assert str(caught.value).startswith(f"bad.tmx:{line}: {message}")
