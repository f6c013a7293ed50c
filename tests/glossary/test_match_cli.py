"""`toolkit glossary find`: text and JSON output, --file and stdin (JSON Lines), errors."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app

GLOSSARY = (
    "concept_id,lang,term,status\n"
    "apk,kk,Қазақстан халқы Ассамблеясы,preferred\n"
    "apk,ru,Ассамблея народа Казахстана,preferred\n"
    "senate,kk,Сенат,preferred\n"
    "senate,ru,Сенат,preferred\n"
    "senate,en,Senate,preferred\n"
    "astana,ru,Нур-Султан,superseded\n"
)


@pytest.fixture
def glossary(tmp_path: Path) -> Path:
    path = tmp_path / "terms.csv"
    path.write_text(GLOSSARY, encoding="utf-8")
    return path


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["glossary", "find", *args], input=stdin)
    return result.exit_code, result.stdout, result.stderr


def test_json_output(glossary: Path) -> None:
    code, out, _ = run("Қазақстан халқы Ассамблеясының Сенатқа хаты", "--lang", "kk",
                       "--glossary", str(glossary), "--format", "json")
    assert code == 0
    assert json.loads(out) == [
        {"start": 0, "end": 30, "text": "Қазақстан халқы Ассамблеясының", "concept": "apk",
         "term": "Қазақстан халқы Ассамблеясы", "status": "preferred", "typographic": False},
        {"start": 31, "end": 38, "text": "Сенатқа", "concept": "senate", "term": "Сенат",
         "status": "preferred", "typographic": False},
    ]


def test_text_output(glossary: Path) -> None:
    code, out, _ = run("Из Нур-Султана в Сенат", "--lang", "ru", "-g", str(glossary))
    assert code == 0
    assert out.splitlines() == ["3-14\tНур-Султана\tastana\tНур-Султан\tsuperseded",
                                "17-22\tСенат\tsenate\tСенат\tpreferred"]


def test_no_hits_is_not_an_error(glossary: Path) -> None:
    assert run("nothing here", "--lang", "en", "-g", str(glossary)) == (0, "", "")
    code, out, _ = run("nothing", "--lang", "en", "-g", str(glossary), "--format", "json")
    assert (code, json.loads(out)) == (0, [])


def test_file_gives_json_lines_in_order(glossary: Path, tmp_path: Path) -> None:
    text = tmp_path / "in.txt"
    text.write_text("Сенатқа хат\n\nЕшнәрсе жоқ\nҚазақстан халқы Ассамблеясына\n",
                    encoding="utf-8")
    code, out, _ = run("--file", str(text), "--lang", "kk", "-g", str(glossary),
                       "--format", "json")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [[h["concept"] for h in line] for line in lines] == [["senate"], [], [], ["apk"]]
    assert lines[0][0]["start"] == 0 and lines[3][0]["text"] == "Қазақстан халқы Ассамблеясына"


def test_stdin_with_text_output(glossary: Path) -> None:
    code, out, _ = run("--file", "-", "--lang", "en", "-g", str(glossary),
                       stdin="no\nthe Senate's vote\r\n")
    assert code == 0
    assert out.splitlines() == ["2:4-12\tSenate's\tsenate\tSenate\tpreferred"]


def test_default_glossary_comes_from_the_project(tmp_path: Path, glossary: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.toolkit]\nglossary = "terms.csv"\n', encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("Сенатта", "--lang", "kk")
    assert code == 0 and out.startswith("0-7\tСенатта\tsenate")


@pytest.mark.parametrize(("args", "message"), [
    (["--lang", "kk"], "either TEXT or --file"),
    (["x", "--file", "y", "--lang", "kk"], "either TEXT or --file"),
    (["x", "--lang", "kk", "--format", "xml"], "--format"),
    (["x", "--lang", "k!"], "not a language code"),
])
def test_usage_errors(glossary: Path, args: list[str], message: str) -> None:
    code, out, err = run(*args, "-g", str(glossary))
    assert code == 2 and out == ""
    assert message in err and "Traceback" not in err
    assert len(err.strip().splitlines()) == 1


def test_missing_glossary_and_bad_file(tmp_path: Path, glossary: Path) -> None:
    code, _, err = run("x", "--lang", "kk", "-g", str(tmp_path / "none.csv"))
    assert code == 2 and "none.csv" in err and "Traceback" not in err
    code, _, err = run("--file", str(tmp_path / "missing.txt"), "--lang", "kk",
                       "-g", str(glossary))
    assert code == 2 and "missing.txt" in err
    binary = tmp_path / "bin.txt"
    binary.write_bytes(b"ok\n\x00\x01")
    code, _, err = run("--file", str(binary), "--lang", "kk", "-g", str(glossary))
    assert code == 2 and "bin.txt:2" in err


def test_malformed_glossary_is_one_line(tmp_path: Path) -> None:
    broken = tmp_path / "broken.csv"
    broken.write_text("concept_id,lang\nx,kk\n", encoding="utf-8")
    code, _, err = run("x", "--lang", "kk", "-g", str(broken))
    assert code == 2 and "broken.csv" in err and len(err.strip().splitlines()) == 1
