"""The project's own termbase in glossary/: loads, validates, and has the issue's concepts."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import ROOT
from toolkit.config import load_project
from toolkit.formats.tbx_schema import validate_tbx
from toolkit.glossary.termbase import Termbase, glossary_files, load_termbase
from toolkit.glossary.validate import validate_glossary
from toolkit.model import TermStatus


@pytest.fixture(scope="module")
def glossary() -> Path:
    return load_project(ROOT).glossary


@pytest.fixture(scope="module")
def termbase(glossary: Path) -> Termbase:
    return load_termbase(glossary)


def test_it_validates_with_the_configured_languages(glossary: Path) -> None:
    project = load_project(ROOT)
    assert validate_glossary(glossary, [project.source_lang, *project.targets]) == []


def test_every_tbx_file_passes_the_rng_and_tbx_basic_rules(glossary: Path) -> None:
    for path in glossary_files(glossary):
        if path.suffix == ".tbx":
            assert validate_tbx(path.read_bytes(), str(path)) == []


def test_at_least_30_concepts_each_with_a_stated_source(termbase: Termbase) -> None:
    assert len(termbase) >= 30
    unsourced = [c.id for c in termbase if not any(t.source or t.note for t in c.terms)]
    assert unsourced == []


@pytest.mark.parametrize(("text", "lang", "status"), [
    ("Assembly of the People of Kazakhstan", "en", TermStatus.PREFERRED),
    ("Қазақстан халқы Ассамблеясы", "kk", TermStatus.PREFERRED),
    ("Ассамблея народа Казахстана", "ru", TermStatus.PREFERRED),
    ("APK", "en", TermStatus.PREFERRED),
    ("ҚХА", "kk", TermStatus.PREFERRED),
    ("АНК", "ru", TermStatus.PREFERRED),
    ("ANC", "en", TermStatus.DEPRECATED),
    ("Бір ел – бір мүдде", "kk", TermStatus.PREFERRED),
    ("Head of State", "en", TermStatus.PREFERRED),
    ("maslikhat", "en", TermStatus.PREFERRED),
    ("Astana", "en", TermStatus.PREFERRED),
])
def test_the_issue_terms_are_there(termbase: Termbase, text: str, lang: str,
                                   status: TermStatus) -> None:
    assert status in {t.status for _c, t in termbase.lookup(text, lang)}


def test_anc_suggests_apk(termbase: Termbase) -> None:
    (anc,) = [f for f in termbase.forbidden("en") if f.term.text == "ANC"]
    assert anc.suggestion is not None and anc.suggestion.text == "APK"


def test_kazakh_carries_both_scripts(termbase: Termbase) -> None:
    both = [c for c in termbase
            if termbase.preferred(c, "kk") and termbase.preferred(c, "kk-Latn")]
    assert len(both) >= 10
