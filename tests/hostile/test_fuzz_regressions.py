"""Inputs found by benchmarks/fuzz_readers.py that once crashed a reader: each must now be
read, or rejected with a ToolkitError (never another exception)."""

from __future__ import annotations

import importlib
from pathlib import Path

import pytest

from toolkit.errors import ToolkitError

CORPUS = Path(__file__).parent / "corpus"

#: file -> reader module; found by the named fuzzer run.
CRASHES = {
    # tmx fuzzing, 2026-11-27: a <tuv xml:lang="kD"> that CLDR does not know made the
    # Plural-Forms lookup raise babel's UnknownLocaleError.
    "fuzz-tmx-unknown-locale.tmx": "toolkit.formats.tmx",
}


@pytest.mark.parametrize("name", sorted(CRASHES))
def test_former_crash_is_handled(name: str) -> None:
    reader = importlib.import_module(CRASHES[name])
    data = (CORPUS / name).read_bytes()
    try:
        reader.read(data, name)
    except ToolkitError as exc:
        assert str(exc).startswith(name)


def test_unknown_language_gets_gettexts_default_plural_rule() -> None:
    from toolkit.formats import tmx

    catalog = tmx.read((CORPUS / "fuzz-tmx-unknown-locale.tmx").read_bytes(), "x.tmx")
    assert catalog.header["Plural-Forms"] == "nplurals=2; plural=(n != 1);"


def test_utf16_documents_cannot_smuggle_entities_or_xinclude() -> None:
    """The byte-level pre-checks only see ASCII-compatible encodings; the parsed document
    is checked too, so UTF-16 XML with an XXE, entity expansion or XInclude is refused."""
    from toolkit.formats._xml import parse_xml

    head = '<?xml version="1.0" encoding="UTF-16"?>\n'
    attacks = [
        head + '<!DOCTYPE x [<!ENTITY s SYSTEM "file:///etc/passwd">]>\n<x>&s;</x>',
        head + '<!DOCTYPE x [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;&a;">]>\n<x>&b;</x>',
        head + '<x xmlns:xi="http://www.w3.org/2001/XInclude">'
        '<xi:include href="/etc/passwd" parse="text"/></x>',
    ]
    for text in attacks:
        with pytest.raises(ToolkitError, match="not allowed"):
            parse_xml(text.encode("utf-16"), "a.xlf")
    assert parse_xml((head + "<x>Қазақ</x>").encode("utf-16"), "ok.xlf").getroot().text == "Қазақ"
