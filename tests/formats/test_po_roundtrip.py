"""PO -> XLIFF 1.2 -> PO and PO -> XLIFF 2.1 -> PO give back the same PO file, byte for byte
(every msgid, msgid_plural, msgctxt, msgstr[n], comment, reference, flag and previous msgid)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import run_gettext
from tests.formats.strategies import po_line, units, with_controls
from toolkit.formats import po, xliff2, xliff12
from toolkit.model import Catalog, Unit

HEADER = {"Project-Id-Version": "article", "Language": "kk",
          "Content-Type": "text/plain; charset=UTF-8", "Content-Transfer-Encoding": "8bit",
          "Plural-Forms": "nplurals=2; plural=(n != 1);"}


def _po_shaped(unit: Unit) -> Unit:
    """What a PO file can hold: two plural forms (Plural-Forms says 2), no empty msgid."""
    from dataclasses import replace

    if unit.is_plural:
        unit = replace(unit, target=(*unit.target, "", "")[:2])
    return unit


@st.composite
def po_catalogs(draw: st.DrawFn) -> Catalog:
    drawn = draw(st.lists(units(with_controls, nonempty_source=True, comment=po_line).map(_po_shaped),
                          max_size=6, unique_by=lambda u: (u.context, u.source)))
    return Catalog(units=tuple(drawn), header=HEADER,
                   header_comments=tuple(draw(st.lists(po_line, max_size=2))),
                   header_flags=tuple(draw(st.lists(st.just("fuzzy"), max_size=1))))


@pytest.mark.parametrize("module", [xliff12, xliff2], ids=["xliff12", "xliff2"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalog=po_catalogs())
def test_po_xliff_po_is_byte_identical(module: ModuleType, catalog: Catalog) -> None:
    original = po.write(catalog)
    parsed = po.read(original, "kk.po")
    back = module.read(module.write(parsed), "kk.xlf")
    assert po.write(back) == original


SAMPLE = """# Kazakh translation of the article.
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: article\\n"
"Language: kk\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=2; plural=(n != 1);\\n"

# Translator: check the «quotes».
#. Paragraph 3, sentence 1
#: sources/article-en.txt:12 sources/article-en.txt:40
#, fuzzy, python-format
#| msgctxt "title"
#| msgid "The Senate met on %s."
msgctxt "heading"
msgid "The Senate meets on %s."
msgstr "Сенат %s күні жиналады."

#: sources/article-en.txt:50
#, python-format
msgid "%d deputy"
msgid_plural "%d deputies"
msgstr[0] "%d депутат"
msgstr[1] "%d депутат"

msgid "Tab\\tand \\"quote\\" and back\\\\slash"
msgstr ""

#~ msgid "Gone"
#~ msgstr "Кетті"
"""


@pytest.mark.parametrize("module", [xliff12, xliff2], ids=["xliff12", "xliff2"])
def test_sample_round_trip_and_msgfmt_accepts_the_result(module: ModuleType,
                                                         tmp_path: Path) -> None:
    catalog = po.read(SAMPLE.encode(), "kk.po")
    assert module.losses(catalog) == [
        f"1 obsolete (#~) entry not written: {'XLIFF 1.2' if module is xliff12 else 'XLIFF 2'}"
        " has no place for them"]
    back = po.write(module.read(module.write(catalog), "kk.xlf"))
    expected = SAMPLE.split("#~ msgid")[0].rstrip("\n") + "\n"
    assert back.decode() == expected
    path = tmp_path / "kk.po"
    path.write_bytes(back)
    result = run_gettext("msgfmt", "--check", "-o", "/dev/null", str(path))
    assert result.returncode == 0, result.stderr


def test_po_to_tmx_to_po_keeps_translated_units() -> None:
    from toolkit.formats import tmx

    catalog = po.read(SAMPLE.encode(), "kk.po")
    memory = tmx.read(tmx.write(catalog), "kk.tmx")
    assert [(u.source, u.target) for u in memory.units] == [
        ("%d deputy", ("%d депутат", "%d депутат"))]
    text = po.write(memory).decode()
    assert 'msgid_plural "%d deputies"' in text and '"Language: kk\\n"' in text

