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
