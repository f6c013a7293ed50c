"""`toolkit segment --format xliff|xliff2` and `--tm FILE.tmx`."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.formats import schemas
from toolkit.cli import app
from toolkit.formats import po, tmx, xliff2, xliff12
from toolkit.model import Catalog, Unit

TEXT = "The Senate met on Monday. The file was saved.\n\nThe file was moved.\n"


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text(TEXT, encoding="utf-8")
    memory = Catalog(units=(Unit("The Senate met on Monday.", ("Сенат дүйсенбіде жиналды.",)),
                            Unit("The file was saved.", ("Файл сақталды.",))),
                     source_lang="en", target_lang="kk")
    (tmp_path / "mem.tmx").write_bytes(tmx.write(memory))
    return tmp_path


def _segment(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["segment", "notes.txt", "--source-lang", "en",
                                      "--target", "kk", "--out", "out", *args])
    return result.exit_code, result.stdout, result.stderr


def test_format_writes_valid_xliff_beside_each_po(project: Path) -> None:
    code, _, stderr = _segment("--format", "xliff", "--format", "xliff2")
    assert (code, stderr) == (0, "")
    folder = project / "out" / "kk" / "LC_MESSAGES"
    catalog = po.read((folder / "notes.po").read_bytes(), "notes.po")
    one = folder / "notes.xliff"
    two = folder / "notes.xliff2"
    schemas.assert_valid(schemas.xliff12(), one.read_bytes())
    schemas.assert_valid(schemas.xliff21(), two.read_bytes())
    for back in (xliff12.read(one.read_bytes(), str(one)), xliff2.read(two.read_bytes(), str(two))):
        assert [u.source for u in back.units] == [u.source for u in catalog.units]
        assert (back.source_lang, back.target_lang) == ("en", "kk")


def test_bad_format_is_a_usage_error(project: Path) -> None:
    code, _, stderr = _segment("--format", "tmx")
    assert (code, stderr) == (2, "--format 'tmx': choose xliff or xliff2\n")
    assert not (project / "out").exists()


def test_tm_prefills_exact_as_translated_and_close_as_fuzzy(project: Path) -> None:
    code, stdout, _ = _segment("--tm", "mem.tmx")
    assert code == 0
    assert "kk: 2 exact and 1 fuzzy match(es) from mem.tmx" in stdout
    path = project / "out" / "kk" / "LC_MESSAGES" / "notes.po"
    units = po.read(path.read_bytes(), str(path)).units
    assert [(u.target, u.fuzzy) for u in units] == [
        (("Сенат дүйсенбіде жиналды.",), False), (("Файл сақталды.",), False),
        (("Файл сақталды.",), True)]
    assert units[2].translator_comments == (
        "tm: 89% match from mem.tmx: The file was saved.",)


def test_missing_memory_exits_2_and_writes_nothing(project: Path) -> None:
    code, _, stderr = _segment("--tm", "none.tmx")
    assert (code, stderr) == (2, "none.tmx: no such file\n")
    assert not (project / "out" / "kk").exists()
