"""A catalog rewritten by `toolkit segment` keeps its line endings, byte-order mark and
encoding (the translator's editor chose them)."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app


def segment(folder: Path) -> None:
    result = CliRunner().invoke(app, ["segment", str(folder / "doc.txt"), "--target", "ru",
                                      "--out", str(folder / "out")])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("style", ["crlf", "utf-8-bom", "cp1251", "utf-16-bom"])
def test_segment_keeps_the_files_encoding_and_line_endings(tmp_path: Path, style: str) -> None:
    source = tmp_path / "doc.txt"
    source.write_text("The Senate met. The deputies spoke.\n", encoding="utf-8")
    segment(tmp_path)
    po = tmp_path / "out" / "ru" / "LC_MESSAGES" / "doc.po"
    text = po.read_text(encoding="utf-8").replace(
        'msgid "The Senate met."\nmsgstr ""', 'msgid "The Senate met."\nmsgstr "Сенат собрался."')
    if style == "crlf":
        po.write_bytes(text.replace("\n", "\r\n").encode("utf-8"))
    elif style == "utf-8-bom":
        po.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    elif style == "cp1251":
        po.write_bytes(text.replace("charset=UTF-8", "charset=CP1251").encode("cp1251"))
    else:
        po.write_bytes(b"\xff\xfe" + text.encode("utf-16-le"))
    source.write_text("The Senate met. The deputies spoke. A new sentence came.\n",
                      encoding="utf-8")
    segment(tmp_path)
    data = po.read_bytes()
    if style == "crlf":
        decoded = data.decode("utf-8")
        assert decoded.count("\r\n") == decoded.count("\n") > 10
    elif style == "utf-8-bom":
        assert data.startswith(b"\xef\xbb\xbf") and b"\r\n" not in data
        decoded = data[3:].decode("utf-8")
    elif style == "cp1251":
        decoded = data.decode("cp1251")
        assert "charset=CP1251" in decoded
    else:
        assert data.startswith(b"\xff\xfe")
        decoded = data[2:].decode("utf-16-le")
    assert "Сенат собрался." in decoded
    assert "A new sentence came." in decoded
