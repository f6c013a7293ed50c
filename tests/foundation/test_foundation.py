"""The foundation: config, errors, safe file IO, the CLI's error mapping."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit import __version__
from toolkit.cli import app
from toolkit.config import load_project
from toolkit.errors import ConfigError, EncodingError, InputError
from toolkit.fsio import atomic_write, read_text
from toolkit.langs import get_language


def test_repo_config_is_valid(root: Path) -> None:
    project = load_project(root)
    assert project.source_lang == "en"
    assert project.targets == ("kk", "ru")
    assert project.sources == (root / "sources" / "article-en.txt",)
    assert project.domain_for() == "article"


def test_unknown_config_key_suggests(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.toolkit]\ntarget = ["kk"]\n', encoding="utf-8")
    with pytest.raises(ConfigError) as err:
        load_project(tmp_path)
    assert "did you mean 'targets'" in str(err.value)
    assert str(err.value).startswith(f"{tmp_path / 'pyproject.toml'}:2: ")


def test_error_is_one_line() -> None:
    err = InputError("bad\nthing", "a.po", 3)
    assert str(err) == "a.po:3: bad thing"


def test_read_text_variants(tmp_path: Path) -> None:
    p = tmp_path / "x.txt"
    p.write_bytes("Қазақстан\r\nелі\r\n".encode("utf-8-sig"))
    f = read_text(p)
    assert f.text == "Қазақстан\nелі\n" and f.newline == "\r\n" and f.bom
    p.write_bytes("Привет, мир, как дела у вас\n".encode("cp1251"))
    with pytest.raises(EncodingError, match="cp1251"):
        read_text(p)
    p.write_bytes(b"abc\x00def")
    with pytest.raises(InputError, match="binary"):
        read_text(p)
    with pytest.raises(InputError, match="no such file"):
        read_text(tmp_path / "missing.txt")
    with pytest.raises(InputError, match="directory"):
        read_text(tmp_path)


def test_atomic_write_keeps_mode_and_leaves_no_temp(tmp_path: Path) -> None:
    p = tmp_path / "a.po"
    p.write_text("old", encoding="utf-8")
    os.chmod(p, 0o640)
    atomic_write(p, b"new")
    assert p.read_bytes() == b"new"
    assert p.stat().st_mode & 0o777 == 0o640
    assert [x.name for x in tmp_path.iterdir()] == ["a.po"]


def test_language_facts_from_cldr() -> None:
    assert get_language("kk").nplurals == 2
    assert get_language("ru").nplurals == 3
    assert get_language("ru_RU").decimal_symbol == ","
    assert get_language("en").group_symbol == ","
    assert "сәуір" in get_language("kk").month_names()[4]


def test_cli_version() -> None:
    result = CliRunner().invoke(app, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output
