"""`toolkit glossary list|show|add|import|export|validate` through CliRunner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.formats.tbx_schema import validate_tbx
from toolkit.glossary.termbase import load_termbase
from toolkit.model import TermStatus

DATA = Path(__file__).parent / "data"
HEADER = "concept_id,lang,term,status,part_of_speech,note\n"
runner = CliRunner()


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["glossary", *args])
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture
def tbx_file(tmp_path: Path) -> Path:
    path = tmp_path / "g.tbx"
    path.write_bytes((DATA / "dca.tbx").read_bytes())
    return path


def test_list_text_json_and_one_language(tbx_file: Path) -> None:
    code, out, _ = run("list", "--glossary", str(tbx_file))
    assert code == 0
    assert out.splitlines() == ["senate\ten: Senate | kk: Сенат | ru: Сенат", "anc\ten: APK"]
    code, out, _ = run("list", "--lang", "ru", "--glossary", str(tbx_file))
    assert out.splitlines() == ["senate\tСенат\tpreferred", "senate\tверхняя палата\tadmitted"]
    code, out, _ = run("list", "--format", "json", "--lang", "en", "--glossary", str(tbx_file))
    data = json.loads(out)
    assert [c["id"] for c in data] == ["senate", "anc"]
    assert data[1]["terms"][0] == {"lang": "en", "text": "APK", "status": "preferred",
                                   "term_type": "abbreviation", "exact_only": True,
                                   "do_not_translate": True}
    assert all(t["lang"] == "en" for c in data for t in c["terms"])


def test_show_matches_any_language_and_typography(tbx_file: Path) -> None:
    code, out, _ = run("show", "ВЕРХНЯЯ  палата", "--glossary", str(tbx_file))
    assert code == 0
    assert out.startswith(f"senate  ({tbx_file}:10)\n")
    assert "  en      Senate  (preferred, noun, fullForm, case-sensitive)" in out
    assert "          note: Parliament's upper chamber." in out
    assert "  definition: The upper chamber of the Parliament of Kazakhstan. " \
           "[Constitution of the RK, art. 50]" in out
    code, out, _ = run("show", "anc", "--glossary", str(tbx_file))
    assert "  en      ANC  (deprecated, acronym)\n          use instead: APK" in out


def test_show_unknown_term_exits_1_with_a_hint(tbx_file: Path) -> None:
    code, out, err = run("show", "Senat", "--glossary", str(tbx_file))
    assert (code, out) == (1, "")
    assert "no term like 'Senat'" in err and "did you mean: Senate" in err


def test_add_creates_and_updates_atomically(tbx_file: Path) -> None:
    code, out, _ = run("add", "maslikhat", "--term", "en=maslikhat", "--term",
                       "kk=мәслихат", "--pos", "noun", "--note", "local representative body",
                       "--glossary", str(tbx_file))
    assert (code, out) == (0, f"added concept 'maslikhat' in {tbx_file}\n")
    code, out, _ = run("add", "maslikhat", "--term", "ru=маслихат", "--term", "en=maslikhat",
                       "--exact-only", "--glossary", str(tbx_file))
    assert code == 0 and out.startswith("updated")
    concept = load_termbase(tbx_file).get("maslikhat")
    assert concept is not None
    assert [(t.lang, t.text) for t in concept.terms] == [
        ("en", "maslikhat"), ("kk", "мәслихат"), ("ru", "маслихат")]
    assert concept.terms[0].exact_only and concept.terms[0].note == "local representative body"
    assert validate_tbx(tbx_file.read_bytes(), str(tbx_file)) == []
    assert not list(tbx_file.parent.glob(".g.tbx.*"))  # no temporary file left


def test_add_to_a_folder_needs_one_tbx(tmp_path: Path) -> None:
    code, _, _ = run("add", "a", "--term", "en=A", "--glossary", str(tmp_path))
    assert code == 0 and (tmp_path / "glossary.tbx").exists()
    (tmp_path / "second.tbx").write_bytes((tmp_path / "glossary.tbx").read_bytes()
                                          .replace(b'id="a"', b'id="b"'))
    code, _, err = run("add", "c", "--term", "en=C", "--glossary", str(tmp_path))
    assert code == 2 and "cannot tell which file" in err
    code, _, _ = run("add", "b", "--term", "kk=Б", "--glossary", str(tmp_path))
    assert code == 0  # an existing concept is changed where it lives
    assert b"\xd0\x91" in (tmp_path / "second.tbx").read_bytes()


@pytest.mark.parametrize(("args", "message"), [
    (["--term", "en=x", "--concept-id-is-positional"], "No such option"),
    (["--term", "english"], "expected LANG=TEXT"),
    (["--term", "en="], "expected LANG=TEXT"),
    (["--term", "en=x", "--status", "forbidden-ish"], "--status 'forbidden-ish'"),
])
def test_add_refuses_bad_options(tbx_file: Path, args: list[str], message: str) -> None:
    before = tbx_file.read_bytes()
    code, _, err = run("add", "x", *args, "--glossary", str(tbx_file))
    assert code == 2 and message in err
    assert tbx_file.read_bytes() == before


def test_add_refuses_an_id_tbx_cannot_hold(tbx_file: Path) -> None:
    before = tbx_file.read_bytes()
    code, _, err = run("add", "2nd", "--term", "en=x", "--glossary", str(tbx_file))
    assert code == 2
    assert err == (f"{tbx_file}: cannot write TBX-Basic: concept id '2nd' is not an XML ID "
                   "(letters, digits, '-', '_', '.'; not starting with a digit, '-' or '.')\n")
    assert tbx_file.read_bytes() == before


def test_import_csv_merges_by_concept_id(tbx_file: Path, tmp_path: Path) -> None:
    incoming = tmp_path / "in.csv"
    incoming.write_text(HEADER.strip() + ",definition\nsenate,en,Senate,admitted,noun,,New def\n"
                        "astana,en,Astana,,,capital,\n", encoding="utf-8")
    code, out, _ = run("import", str(incoming), "--glossary", str(tbx_file))
    assert code == 0
    assert "imported 2 concept(s) from" in out and "1 added, 1 updated" in out
    termbase = load_termbase(tbx_file)
    senate = termbase.get("senate")
    assert senate is not None and senate.definition == "New def"
    assert senate.terms[0].status is TermStatus.ADMITTED  # same lang + text: replaced
    assert len(senate.terms) == 4
    assert [c.id for c in termbase] == ["senate", "anc", "astana"]


def test_import_into_a_new_tbx_then_export_csv_round_trip(tmp_path: Path) -> None:
    source = tmp_path / "src.csv"
    source.write_text(HEADER + "a,en,Senate,,noun,note one\na,kk,Сенат,,,\n",
                      encoding="utf-8-sig")
    target = tmp_path / "g.tbx"
    assert run("import", str(source), "--glossary", str(target))[0] == 0
    assert validate_tbx(target.read_bytes(), str(target)) == []
    out = tmp_path / "out.csv"
    code, stdout, _ = run("export", str(out), "--glossary", str(target))
    assert (code, stdout) == (0, f"exported 1 concept(s) to {out}\n")
    assert load_termbase(out).concepts[0].terms == load_termbase(source).concepts[0].terms


def test_export_refuses_unknown_extension(tbx_file: Path, tmp_path: Path) -> None:
    code, _, err = run("export", str(tmp_path / "g.xlsx"), "--glossary", str(tbx_file))
    assert code == 2 and "use .tbx or .csv" in err
    assert not (tmp_path / "g.xlsx").exists()


def test_validate_exit_codes(tbx_file: Path, tmp_path: Path) -> None:
    code, _, err = run("validate", "--lang", "en", "--glossary", str(tbx_file))
    assert code == 0 and "valid" in err
    code, out, err = run("validate", "--lang", "en", "--lang", "kk", "--glossary", str(tbx_file))
    assert code == 1
    assert out == f"{tbx_file}:49: concept 'anc' has no preferred term in kk\n"
    assert "1 problem(s)" in err
    code, out, _ = run("validate", "--lang", "kk", "--format", "json", "--glossary",
                       str(tbx_file))
    assert json.loads(out)[0]["code"] == "missing-preferred"


HOSTILE = {
    "xxe.tbx": b'<?xml version="1.0"?>\n<!DOCTYPE tbx [\n<!ENTITY x SYSTEM "file:///etc/passwd">'
               b"]>\n<tbx>&x;</tbx>\n",
    "laughs.tbx": b'<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n'
                  b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>\n'
                  b"<lolz>&lol2;</lolz>\n",
    "broken.tbx": b"<tbx>\n<text>\n</tbx>\n",
    "binary.csv": b"\x00\x01\x02PK\x03\x04",
}


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("command", ["import", "validate", "list", "show"])
def test_hostile_and_broken_input_is_exit_2_one_line(tmp_path: Path, tbx_file: Path,
                                                     name: str, command: str) -> None:
    bad = tmp_path / name
    bad.write_bytes(HOSTILE[name])
    before = tbx_file.read_bytes()
    if command == "import":
        args = ["import", str(bad), "--glossary", str(tbx_file)]
    elif command == "show":
        args = ["show", "x", "--glossary", str(bad)]
    else:
        args = [command, "--glossary", str(bad)]
    code, out, err = run(*args)
    assert code == 2
    assert out == ""
    assert err.count("\n") == 1 and err.startswith(f"{bad}:")
    assert "Traceback" not in err
    assert tbx_file.read_bytes() == before


def test_no_glossary_is_exit_2(tmp_path: Path) -> None:
    code, _, err = run("list", "--glossary", str(tmp_path / "none.tbx"))
    assert code == 2 and err == f"{tmp_path / 'none.tbx'}: no such glossary file or folder\n"


def test_default_glossary_comes_from_pyproject(tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.toolkit]\nglossary = "terms"\nsource-lang = "en"\ntargets = ["kk"]\n',
        encoding="utf-8")
    (tmp_path / "terms").mkdir()
    (tmp_path / "terms" / "t.csv").write_text(HEADER + "a,en,Senate,,,\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, out, _ = run("list")
    assert (code, out) == (0, "a\ten: Senate\n")
    code, out, _ = run("validate")  # en and kk required by the project
    assert (code, out) == (1, "terms/t.csv:2: concept 'a' has no preferred term in kk\n")
