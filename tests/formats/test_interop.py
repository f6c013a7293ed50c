"""Interoperability with a real peer: translate-toolkit reads what we write, we read what it
writes.  Two documented differences come from translate-toolkit expecting markup that the
strict XLIFF 1.2 schema forbids (references in repeated ``name="po-reference"`` groups, and
``approved`` on plural ``<group>``): see docs/formats.md."""

from __future__ import annotations

from translate.convert.po2xliff import po2xliff
from translate.convert.xliff2po import xliff2po
from translate.misc.multistring import multistring
from translate.storage import po as tt_po
from translate.storage import tmx as tt_tmx
from translate.storage import xliff2 as tt_xliff2

from toolkit.formats import tmx, xliff2, xliff12
from toolkit.model import Catalog, Previous, Unit

CATALOG = Catalog(
    units=(
        Unit("Open %s", ("Ашу %s",), translator_comments=("t1", "t2"),
             extracted_comments=("dev",), locations=("a.py:12",),
             flags=("fuzzy", "python-format")),
        Unit("Save «all»", ("Барлығын сақтау",), context="menu"),
        Unit("One file", ("Бір файл", "%d файл"), source_plural="%d files"),
        Unit("Empty"),
    ),
    header={"Language": "kk", "Plural-Forms": "nplurals=2; plural=(n != 1);"},
    source_lang="en", target_lang="kk")


def test_translate_toolkit_reads_our_xliff12() -> None:
    store = xliff2po().convertstore(xliff12.write(CATALOG))
    units = [u for u in store.units if not u.isheader()]
    assert [u.source for u in units] == [
        "Open %s", "Save «all»", multistring(["One file", "%d files"]), "Empty"]
    assert [u.target for u in units] == [
        "Ашу %s", "Барлығын сақтау", multistring(["Бір файл", "%d файл"]), ""]
    assert units[0].getnotes("translator") == "t1\nt2"
    assert units[0].getnotes("developer") == "dev"
    # fuzzy is seen on singular units (plural groups cannot carry approved= in strict 1.2)
    assert [units[0].isfuzzy(), units[1].isfuzzy(), units[3].isfuzzy()] == [True, False, False]
    assert store.parseheader()["Language"] == "kk"


def test_translate_toolkit_reads_our_tmx() -> None:
    store = tt_tmx.tmxfile.parsestring(tmx.write(CATALOG))
    assert [(u.source, u.target, u.getcontext()) for u in store.units] == [
        ("Save «all»", "Барлығын сақтау", "menu"), ("One file", "Бір файл", "")]


def test_translate_toolkit_reads_our_xliff2_units() -> None:
    store = tt_xliff2.Xliff2File.parsestring(xliff2.write(CATALOG))
    pairs = [(u.source, u.target or "", u.isfuzzy()) for u in store.units]
    assert ("Open %s", "Ашу %s", True) in pairs
    assert ("Save «all»", "Барлығын сақтау", False) in pairs
    assert ("Empty", "", False) in pairs


PO = """# Kazakh
msgid ""
msgstr ""
"Language: kk\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

# tc
#. dev
#: a.py:12 b.py
#, fuzzy
#| msgid "Old %s"
msgid "Open %s"
msgstr "Ашу %s"

#: c.py:3
msgid "One file"
msgid_plural "%d files"
msgstr[0] "Бір файл"
msgstr[1] "%d файл"

msgid "Todo"
msgstr ""
"""


def test_we_read_what_po2xliff_writes() -> None:
    store = po2xliff().convertstore(tt_po.pofile(PO.encode()))
    catalog = xliff12.read(bytes(store), "tt.xlf")
    assert catalog.header["Language"] == "kk"
    assert catalog.header_comments == ("Kazakh",)
    first, plural, todo = catalog.units
    assert (first.source, first.target, first.fuzzy) == ("Open %s", ("Ашу %s",), True)
    assert (first.translator_comments, first.extracted_comments) == (("tc",), ("dev",))
    assert first.locations == ("a.py:12", "b.py")
    assert first.previous == Previous("Old %s")
    assert (plural.source, plural.source_plural, plural.target) == (
        "One file", "%d files", ("Бір файл", "%d файл"))
    assert (plural.locations, plural.fuzzy) == (("c.py:3",), False)
    assert (todo.source, todo.target, todo.fuzzy) == ("Todo", ("",), False)
