"""Two writers on the same catalogs: the second waits for the first, or fails clearly."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time
from pathlib import Path

from toolkit.fsio import locked

SOURCE = "The Senate met today. The deputies spoke.\n\nThe Head of State noted it.\n"


def segment(folder: Path, timeout: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "TOOLKIT_LOCK_TIMEOUT": timeout}
    return subprocess.run(
        [sys.executable, "-m", "toolkit", "segment", str(folder / "src.txt"), "--target", "kk",
         "--out", str(folder / "out")],
        capture_output=True, text=True, env=env, cwd=folder, check=False)


def test_second_writer_fails_clearly_while_the_lock_is_held(tmp_path: Path) -> None:
    (tmp_path / "src.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "out").mkdir()
    with locked(tmp_path / "out"):
        result = segment(tmp_path, "0.5")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "another toolkit process is writing here" in result.stderr
    assert "Traceback" not in result.stderr
    assert not (tmp_path / "out" / "src.pot").exists()


def test_second_writer_waits_then_keeps_the_first_writers_work(tmp_path: Path) -> None:
    source = tmp_path / "src.txt"
    source.write_text(SOURCE, encoding="utf-8")
    assert segment(tmp_path, "5").returncode == 0
    po = tmp_path / "out" / "kk" / "LC_MESSAGES" / "src.po"
    text = po.read_text(encoding="utf-8")
    translated = text.replace('msgid "The Senate met today."\nmsgstr ""',
                              'msgid "The Senate met today."\nmsgstr "Сенат бүгін жиналды."')
    assert translated != text
    holding = threading.Event()
    hold_seconds = 2.5

    def translator() -> None:
        # A translator's tool holds the lock, then saves its work just before releasing.
        with locked(tmp_path / "out"):
            holding.set()
            time.sleep(hold_seconds)
            po.write_text(translated, encoding="utf-8")

    thread = threading.Thread(target=translator)
    thread.start()
    holding.wait(5)
    # Meanwhile the source gains a sentence, so the segment run must rewrite the catalog.
    source.write_text(SOURCE + "\nA new sentence was added.\n", encoding="utf-8")
    started = time.monotonic()
    result = segment(tmp_path, "20")
    thread.join()
    assert result.returncode == 0, result.stderr
    assert time.monotonic() - started >= hold_seconds - 0.5  # it waited for the lock
    final = po.read_text(encoding="utf-8")
    # Without the lock one of the two would be lost: the translation (segment read the old
    # file) or the new sentence (the translator's save overwrote segment's output).
    assert "Сенат бүгін жиналды." in final
    assert 'msgid "A new sentence was added."' in final
