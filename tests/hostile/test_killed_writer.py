"""A writer killed mid-write leaves the old file intact (temporary file + rename)."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

# Runs the real CLI with fsync slowed down, so the test can kill it while the new catalog
# is still only a temporary file.
CHILD = """
import os, sys, time
os.fsync = lambda fd: time.sleep(60)
from toolkit.cli import main
sys.argv = ["toolkit", *sys.argv[1:]]
main()
"""


def test_sigkill_during_segment_keeps_the_old_catalog(tmp_path: Path) -> None:
    source = tmp_path / "doc.txt"
    source.write_text("The Senate met. The deputies spoke.\n", encoding="utf-8")
    out = tmp_path / "locales"
    first = subprocess.run([sys.executable, "-m", "toolkit", "segment", str(source),
                            "--target", "kk", "--out", str(out)],
                           capture_output=True, text=True, check=False)
    assert first.returncode == 0, first.stderr
    po = out / "kk" / "LC_MESSAGES" / "doc.po"
    po.write_text(po.read_text(encoding="utf-8").replace(
        'msgid "The Senate met."\nmsgstr ""', 'msgid "The Senate met."\nmsgstr "Сенат жиналды."'),
        encoding="utf-8")
    before = {p: p.read_bytes() for p in out.rglob("*") if p.is_file()}
    source.write_text("The Senate met. The deputies spoke. A new sentence.\n", encoding="utf-8")
    child = subprocess.Popen([sys.executable, "-c", CHILD, "segment", str(source),
                              "--target", "kk", "--out", str(out)],
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        while not list(out.rglob(".*.tmp")):
            assert child.poll() is None, child.communicate()
            assert time.monotonic() < deadline, "the writer never started writing"
            time.sleep(0.02)
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(10)
    assert child.returncode == -signal.SIGKILL
    # Every catalog is exactly as it was: the translation is there, nothing half-written.
    for path, data in before.items():
        assert path.read_bytes() == data
    assert "Сенат жиналды." in po.read_text(encoding="utf-8")
    # The next run finishes the job and keeps the translation.
    again = subprocess.run([sys.executable, "-m", "toolkit", "segment", str(source),
                            "--target", "kk", "--out", str(out)],
                           capture_output=True, text=True, check=False)
    assert again.returncode == 0, again.stderr
    text = po.read_text(encoding="utf-8")
    assert "Сенат жиналды." in text and 'msgid "A new sentence."' in text
