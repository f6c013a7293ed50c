"""Hostile XML through `toolkit convert`: refused with one line and exit code 2, nothing
leaked or written; an external DTD named in a DOCTYPE is never fetched."""

from __future__ import annotations

import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

from toolkit.cli import app

SECRET = "TOP-SECRET-4f9a"
XLIFF_HEAD = ('<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2">'
              '<file original="a" source-language="en" datatype="po"><body>'
              '<trans-unit id="1"><source>')
XLIFF_TAIL = "</source></trans-unit></body></file></xliff>\n"


def _convert(src: Path, out: Path) -> tuple[int, str]:
    result = CliRunner().invoke(app, ["convert", str(src), str(out)])
    return result.exit_code, result.stdout + result.stderr


def _hostile(tmp_path: Path, name: str, text: str) -> tuple[Path, Path]:
    secret = tmp_path / "secret.txt"
    secret.write_text(SECRET, encoding="utf-8")
    src = tmp_path / name
    src.write_text(text.replace("SECRET_PATH", secret.as_posix()), encoding="utf-8")
    return src, tmp_path / "out.xlf2"


CASES = {
    "xxe": ('<?xml version="1.0"?>\n<!DOCTYPE xliff [\n'
            '<!ENTITY leak SYSTEM "file://SECRET_PATH">]>\n' + XLIFF_HEAD + "&leak;" + XLIFF_TAIL,
            "XML entity declarations are not allowed", 3),
    "billion-laughs": ('<?xml version="1.0"?>\n<!DOCTYPE xliff [\n<!ENTITY a "ha">\n'
                       + "".join(f'<!ENTITY {chr(98 + i)} "{("&" + chr(97 + i) + ";") * 10}">\n'
                                 for i in range(9))
                       + "]>\n" + XLIFF_HEAD + "&j;" + XLIFF_TAIL,
                       "XML entity declarations are not allowed", 3),
    "xinclude": ('<?xml version="1.0"?>\n' + XLIFF_HEAD.replace(
        "<xliff ", '<xliff xmlns:xi="http://www.w3.org/2001/XInclude" ')
        + '\n<xi:include href="SECRET_PATH" parse="text"/>' + XLIFF_TAIL,
        "XInclude is not allowed", 2),
}


@pytest.mark.parametrize("case", sorted(CASES))
def test_entities_and_xinclude_are_refused_without_leaking(tmp_path: Path, case: str) -> None:
    text, message, line = CASES[case]
    src, out = _hostile(tmp_path, f"{case}.xlf", text)
    code, output = _convert(src, out)
    assert code == 2
    assert output.startswith(f"{src}:{line}: {message}") and output.count("\n") == 1
    assert SECRET not in output and not out.exists()


def test_deep_nesting_is_refused(tmp_path: Path) -> None:
    depth = 10_000
    text = XLIFF_HEAD + "<g>" * depth + "x" + "</g>" * depth + XLIFF_TAIL
    src, out = _hostile(tmp_path, "deep.xlf", text)
    code, output = _convert(src, out)
    assert code == 2 and output.count("\n") == 1 and not out.exists()
    assert output.startswith(f"{src}:1: ")


def test_huge_text_node_is_refused(tmp_path: Path) -> None:
    src, out = _hostile(tmp_path, "huge.xlf", XLIFF_HEAD + "a" * 11_000_000 + XLIFF_TAIL)
    code, output = _convert(src, out)
    assert code == 2 and output.count("\n") == 1 and not out.exists()
    assert output.startswith(f"{src}:1: malformed XML")


@pytest.fixture
def listener() -> Iterator[tuple[int, list[bytes]]]:
    """A local TCP server that records every connection made to it."""
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(5)
    server.settimeout(0.2)
    hits: list[bytes] = []
    stop = threading.Event()

    def serve() -> None:
        while not stop.is_set():
            try:
                conn, _ = server.accept()
            except OSError:
                continue
            with conn:
                hits.append(conn.recv(1024))
                conn.sendall(b"HTTP/1.0 200 OK\r\n\r\n<!ELEMENT tmx ANY>")

    thread = threading.Thread(target=serve, daemon=True)
    thread.start()
    yield server.getsockname()[1], hits
    stop.set()
    thread.join(2)
    server.close()


def test_external_dtd_on_the_network_is_never_fetched(tmp_path: Path,
                                                      listener: tuple[int, list[bytes]]) -> None:
    port, hits = listener
    src = tmp_path / "memory.tmx"
    src.write_text(
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE tmx SYSTEM "http://127.0.0.1:{port}/tmx14.dtd">\n'
        '<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence"'
        ' o-tmf="x" adminlang="en" srclang="en" datatype="plaintext"/><body>'
        '<tu><tuv xml:lang="en"><seg>Hello</seg></tuv><tuv xml:lang="kk"><seg>Сәлем</seg></tuv>'
        "</tu></body></tmx>\n", encoding="utf-8")
    out = tmp_path / "out.xlf"
    code, _ = _convert(src, out)
    assert code == 0
    assert "Сәлем" in out.read_text(encoding="utf-8")
    assert hits == []
