"""`toolkit convert`: format choice, warnings on stderr, one-line errors with exit code 2."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app
from toolkit.formats import tmx, xliff2, xliff12
from toolkit.model import Catalog, Unit

CATALOG = Catalog(units=(Unit("Open", ("Ашу",), context="menu"),
                         Unit("Draft", ("Жоба",), flags=("fuzzy",)),
                         Unit("Todo")),
                  header={"Language": "kk"}, source_lang="en", target_lang="kk")


@pytest.fixture
def xlf(tmp_path: Path) -> Path:
    path = tmp_path / "in.xlf"
    path.write_bytes(xliff12.write(CATALOG))
    return path


def _run(*args: str | Path) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["convert", *map(str, args)])
    return result.exit_code, result.stdout, result.stderr


def test_format_from_extension_xliff12_to_xliff2(xlf: Path) -> None:
    out = xlf.with_suffix(".xlf2")
    code, stdout, stderr = _run(xlf, out)
    assert (code, stderr) == (0, "")
    assert stdout == f"{out}: 3 unit(s) written as xliff2 (from xliff)\n"
    assert xliff2.read(out.read_bytes(), str(out)).units[0].context == "menu"


def test_to_option_overrides_the_extension(xlf: Path, tmp_path: Path) -> None:
    out = tmp_path / "out.xml"
    assert _run(xlf, out, "--to", "xliff2")[0] == 0
    assert b'version="2.1"' in out.read_bytes()


def test_tmx_output_warns_on_stderr_about_what_it_leaves_out(xlf: Path) -> None:
    out = xlf.with_suffix(".tmx")
    code, stdout, stderr = _run(xlf, out)
    assert code == 0
    assert stdout == f"{out}: 1 unit(s) written as tmx (from xliff)\n"
    assert stderr == (f"{xlf}: warning: 2 unit(s) not written to TMX (a memory keeps "
                      "translated units only): 1 untranslated, 1 fuzzy, 0 obsolete\n")
    assert [u.source for u in tmx.read(out.read_bytes(), "t").units] == ["Open"]


def test_tmx_input_with_language_options(xlf: Path, tmp_path: Path) -> None:
    memory = xlf.with_suffix(".tmx")
    _run(xlf, memory)
    out = tmp_path / "back.xlf"
    code, _, stderr = _run(memory, out, "--target-lang", "kk", "--source-lang", "en", "-q")
    assert (code, stderr) == (0, "")
    back = xliff12.read(out.read_bytes(), str(out))
    assert (back.units[0].target, back.target_lang) == (("Ашу",), "kk")


@pytest.mark.parametrize(("args", "message"), [
    (["out.docx"], "cannot tell the format from the extension '.docx'"),
    (["out.xlf", "--to", "csv"], "unknown format 'csv'"),
    (["out.xlf", "--glossary", "g.csv"], "--glossary only applies to XLIFF 2 output"),
    (["out.xlf", "--target-lang", "k k"], "--target-lang 'k k' is not a language tag"),
])
def test_bad_options_exit_2_with_one_line(xlf: Path, tmp_path: Path, args: list[str],
                                          message: str) -> None:
    args = [str(tmp_path / args[0]), *args[1:]]
    code, stdout, stderr = _run(xlf, *args)
    assert code == 2 and stdout == ""
    assert message in stderr and stderr.count("\n") == 1
    assert not (tmp_path / "out.xlf").exists()


def test_missing_and_malformed_input(tmp_path: Path) -> None:
    code, _, stderr = _run(tmp_path / "none.xlf", tmp_path / "o.xlf2")
    assert (code, stderr) == (2, f"{tmp_path / 'none.xlf'}: no such file\n")
    bad = tmp_path / "bad.xlf"
    bad.write_text('<?xml version="1.0"?>\n<xliff version="1.2"\n', encoding="utf-8")
    code, _, stderr = _run(bad, tmp_path / "o.xlf2")
    assert code == 2 and stderr.startswith(f"{bad}:3: malformed XML")
    assert stderr.count("\n") == 1 and not (tmp_path / "o.xlf2").exists()


def test_existing_output_is_untouched_when_the_conversion_fails(tmp_path: Path) -> None:
    out = tmp_path / "kept.tmx"
    out.write_bytes(b"old content")
    src = tmp_path / "nolang.xlf"
    src.write_bytes(xliff12.write(Catalog(units=(Unit("a", ("b",)),))))
    code, _, stderr = _run(src, out)
    assert code == 2 and "TMX needs the target language" in stderr
    assert out.read_bytes() == b"old content"


GLOSSARY_CSV = """concept_id,lang,term,status,definition
senate,en,Senate,preferred,Upper chamber of Parliament.
senate,kk,Сенат,preferred,
senate,kk,Жоғарғы палата,deprecated,
deputy,en,deputy,preferred,
deputy,kk,депутат,preferred,
"""


def test_glossary_annotates_xliff2_with_the_real_matcher(tmp_path: Path) -> None:
    from tests.formats import schemas

    csv = tmp_path / "terms.csv"
    csv.write_text(GLOSSARY_CSV, encoding="utf-8")
    src = tmp_path / "in.xlf"
    src.write_bytes(xliff12.write(Catalog(
        units=(Unit("The Senate heard two deputies.", ("",)),),
        source_lang="en", target_lang="kk")))
    out = tmp_path / "out.xlf2"
    code, _, stderr = _run(src, out, "--glossary", csv)
    assert (code, stderr) == (0, "")
    data = out.read_bytes()
    schemas.assert_valid(schemas.xliff21(), data)
    text = data.decode()
    assert '<mrk id="t1" type="term">Senate</mrk>' in text
    assert '<mrk id="t2" type="term">deputies</mrk>' in text  # inflected form, found by lemma
    assert ('<gls:glossEntry ref="#t1"><gls:term source="tilmash">Senate</gls:term>'
            "<gls:translation>Сенат</gls:translation>"
            "<gls:definition>Upper chamber of Parliament.</gls:definition>") in text
    assert "Жоғарғы палата" not in text  # a deprecated term is never offered


def test_foreign_xliff2_without_header_becomes_a_msgfmt_clean_po(tmp_path: Path) -> None:
    from tests.conftest import run_gettext
    from tests.formats.test_xliff2 import XLIFF20

    src = tmp_path / "agency.xlf"  # XLIFF 2.0 under .xlf: recognised by its namespace
    src.write_bytes(XLIFF20)
    out = tmp_path / "ru.po"
    code, _, stderr = _run(src, out)
    assert (code, stderr) == (0, f"{src}: warning: 1 unit(s) marked reviewed/final: PO has no "
                                 "place for review states, they become plain translated "
                                 "entries\n")
    text = out.read_text(encoding="utf-8")
    assert '"Language: ru\\n"' in text and '"Plural-Forms: nplurals=3;' in text
    assert 'msgstr "Привет <b>жирный</b> Имя: %s"' in text
    result = run_gettext("msgfmt", "--check", "-o", "/dev/null", str(out))
    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(("suffix", "name"), [(".xlf", "XLIFF 1.2"), (".xlf2", "XLIFF 2")])
def test_po_with_obsolete_entries_warns_and_round_trips_the_rest(tmp_path: Path, suffix: str,
                                                                  name: str) -> None:
    from tests.formats.test_po_roundtrip import SAMPLE

    src = tmp_path / "kk.po"
    src.write_text(SAMPLE, encoding="utf-8")
    mid = tmp_path / f"kk{suffix}"
    code, stdout, stderr = _run(src, mid)
    assert code == 0 and stdout == f"{mid}: 3 unit(s) written as " \
        f"{'xliff' if suffix == '.xlf' else 'xliff2'} (from po)\n"
    assert stderr == (f"{src}: warning: 1 obsolete (#~) entry not written: {name} has no "
                      "place for them\n")
    back = tmp_path / "back.po"
    assert _run(mid, back)[0] == 0
    assert back.read_text(encoding="utf-8") == SAMPLE.split("#~ msgid")[0].rstrip("\n") + "\n"
