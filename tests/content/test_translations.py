"""The repo's own translations of sources/article-en.txt: complete, well-formed, typographically
correct Kazakh and Russian.

These tests read the real files in ``locales/`` (not fixtures): they fail when a segmenter run
leaves new or changed units untranslated or fuzzy, or when a translation breaks the kk/ru
conventions the glossary and the checks rely on.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import polib
import pytest

from tests.conftest import ROOT, run_gettext
from toolkit.langs import get_language

POT = ROOT / "locales" / "article.pot"
TARGETS = ("kk", "ru")

CYRILLIC = re.compile(r"[\u0400-\u04FF]")
LATIN = re.compile(r"[A-Za-z]")
WORD = re.compile(r"[^\W\d_]+(?:[-'’][^\W\d_]+)*")
#: Letters of the Kazakh alphabet that Russian does not have.
KAZAKH_ONLY = "әғқңөұүһі"
#: A number grouped in thousands, English style (15,000 / 1,000,000).
EN_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{3})+(?![\d,]*\d)")


def po_path(lang: str) -> Path:
    return ROOT / "locales" / lang / "LC_MESSAGES" / "article.po"


def pot_units() -> list[polib.POEntry]:
    return [e for e in polib.pofile(str(POT)) if not e.obsolete and e.msgid]


def translations(lang: str) -> dict[tuple[str | None, str], polib.POEntry]:
    catalog = polib.pofile(str(po_path(lang)))
    return {(e.msgctxt, e.msgid): e for e in catalog if not e.obsolete and e.msgid}


def targets(lang: str) -> list[tuple[str, str]]:
    """(msgid, msgstr) of every unit of the catalog."""
    return [(key[1], entry.msgstr) for key, entry in translations(lang).items()]


def test_catalogs_exist() -> None:
    assert POT.is_file(), f"{POT} is missing: run `toolkit segment`"
    for lang in TARGETS:
        assert po_path(lang).is_file(), f"{po_path(lang)} is missing"


@pytest.mark.parametrize("lang", TARGETS)
def test_every_unit_is_translated_and_not_fuzzy(lang: str) -> None:
    units = pot_units()
    assert len(units) >= 30, "the article has more than 30 sentences; is the POT complete?"
    done = translations(lang)
    missing = [u.msgid[:60] for u in units if (u.msgctxt, u.msgid) not in done]
    assert not missing, f"{lang}: units of the POT not in the PO file: {missing}"
    empty = [u.msgid[:60] for u in units if not done[(u.msgctxt, u.msgid)].msgstr.strip()]
    assert not empty, f"{lang}: untranslated: {empty}"
    fuzzy = [u.msgid[:60] for u in units if "fuzzy" in done[(u.msgctxt, u.msgid)].flags]
    assert not fuzzy, f"{lang}: fuzzy: {fuzzy}"


@pytest.mark.parametrize("lang", TARGETS)
def test_header_says_how_it_was_translated(lang: str) -> None:
    catalog = polib.pofile(str(po_path(lang)))
    assert catalog.metadata.get("Language") == lang
    assert "FULL NAME" not in catalog.metadata.get("Last-Translator", "FULL NAME")
    assert "LANGUAGE" not in catalog.metadata.get("Language-Team", "LANGUAGE")
    assert "translat" in catalog.header.lower() and "glossary" in catalog.header.lower()


@pytest.mark.parametrize("lang", TARGETS)
def test_msgfmt_check_passes(lang: str) -> None:
    result = run_gettext("msgfmt", "--check", "-o", os.devnull, str(po_path(lang)))
    assert result.returncode == 0, result.stderr


def test_kazakh_uses_kazakh_letters() -> None:
    pairs = targets("kk")
    used = {ch for _, text in pairs for ch in text.lower() if ch in KAZAKH_ONLY}
    # һ is rare in native words; all the others must occur in a text of this length.
    assert set(KAZAKH_ONLY) - {"һ"} <= used, f"Kazakh letters never used: {set(KAZAKH_ONLY) - used}"
    for _msgid, text in pairs:
        words = [w for w in WORD.findall(text) if CYRILLIC.search(w)]
        if len(words) >= 4:  # a sentence, not a title or a name
            assert any(ch in KAZAKH_ONLY for ch in text.lower()), (
                f"no Kazakh letter: Russian text in the kk catalog? {text!r}")


def test_russian_has_kazakh_letters_only_in_quoted_names() -> None:
    for _, text in targets("ru"):
        outside = re.sub(r"«[^«»]*»", "", text)
        stray = [ch for ch in outside.lower() if ch in KAZAKH_ONLY]
        assert not stray, f"Kazakh letters outside «names» in ru: {text!r}"


@pytest.mark.parametrize("lang", TARGETS)
def test_no_latin_look_alikes_inside_cyrillic_words(lang: str) -> None:
    for _, text in targets(lang):
        for word in WORD.findall(text):
            assert not (CYRILLIC.search(word) and LATIN.search(word)), (
                f"{lang}: mixed Latin/Cyrillic letters in {word!r} of {text!r}")


@pytest.mark.parametrize("lang", TARGETS)
def test_quotes_are_guillemets(lang: str) -> None:
    language = get_language(lang)
    opening, closing = language.quotes
    inner = {o for o, _ in language.inner_quotes} | {c for _, c in language.inner_quotes}
    for msgid, text in targets(lang):
        assert '"' not in text, f"{lang}: straight quotes in {text!r}"
        assert text.count(opening) == text.count(closing), f"{lang}: unbalanced «» in {text!r}"
        if any(q in msgid for q in '"“”'):
            assert opening in text, f"{lang}: the source quotes a name, the target does not"
        if "„" not in text:  # “ ” only as the closing half of a nested „…“ pair
            assert not (inner - {"„"}) & set(text), f"{lang}: English quotes in {text!r}"


@pytest.mark.parametrize("lang", TARGETS)
def test_grouped_numbers_use_the_cldr_group_symbol(lang: str) -> None:
    group = get_language(lang).group_symbol
    seen = 0
    for msgid, text in targets(lang):
        for number in EN_GROUPED.findall(msgid):
            localised = number.replace(",", group)
            assert localised in text, f"{lang}: {number} should be written {localised!r}: {text!r}"
            seen += 1
        assert not re.search(r"\d,\d{3}(?!\d)", text), f"{lang}: English grouping in {text!r}"
        assert not re.search(r"\d \d{3}(?!\d)", text), (
            f"{lang}: a plain space groups digits in {text!r}; CLDR uses {group!r}")
    assert seen, "the article has 15,000: the test must have checked it"


@pytest.mark.parametrize("lang", TARGETS)
def test_dateline_is_a_local_date(lang: str) -> None:
    april = get_language(lang).month_names()[4]
    texts = [text for msgid, text in targets(lang) if msgid.strip() == "25.04.2025"]
    assert len(texts) == 1, "the dateline is its own unit"
    words = texts[0].lower().split()
    assert "2025" in words and "25" in words
    assert any(word in april for word in words), f"{lang}: no month name in {texts[0]!r}"


def test_wrong_abbreviation_anc_is_rendered_officially() -> None:
    official = {"kk": "ҚХА", "ru": "АНК"}
    for lang, abbr in official.items():
        checked = 0
        for msgid, text in targets(lang):
            assert "ANC" not in text
            if re.search(r"\bANC\b", msgid):
                assert abbr in text, f"{lang}: ANC should become {abbr}: {text!r}"
                checked += 1
        assert checked >= 4
