from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.conftest import run_gettext

from .fakes import po
from .helpers import make_project, run_check

# A long msgstr that the PO writer wraps: it must come back wrapped the same way.
LONG = ("Бұл өте ұзын аударма жолы, ол PO файлында бірнеше жолға бөлінеді, себебі "
        "оның ұзындығы жетпіс тоғыз таңбадан асады және тағы басқа сөздер бар")
BODY = (
    '#: app.py:1\nmsgid "Save"\nmsgstr "Сақтау "\n\n'
    f'msgid "Long text here"\nmsgstr ""\n"{LONG[:70]}"\n"{LONG[70:]}"\n\n'
    '# toolkit: ignore[spaces]\nmsgid "Keep"\nmsgstr "Қалдыру "\n'
)


@pytest.fixture
def project_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, Path]:
    monkeypatch.chdir(tmp_path)
    project = make_project(tmp_path, files={"locales/kk/LC_MESSAGES/a.po": po(BODY)})
    path = project.locales_dir / "kk" / "LC_MESSAGES" / "a.po"
    # The file as a gettext tool saved it: msgcat's own wrapping.
    done = run_gettext("msgcat", "-o", str(path), str(path))
    assert done.returncode == 0, done.stderr
    return tmp_path, path


def test_fix_rewrites_only_the_repaired_line(project_file: tuple[Path, Path]) -> None:
    root, path = project_file
    before = path.read_text(encoding="utf-8")
    outcome = run_check(make_project(root), fix=True)
    after = path.read_text(encoding="utf-8")
    assert before.count("\n\"") >= 2  # the long msgstr is wrapped over several lines
    assert after == before.replace('msgstr "Сақтау "', 'msgstr "Сақтау"')
    assert outcome.result.fixed == 1
    # Findings are those left after fixing: the ignored unit is untouched and suppressed.
    assert [f.check for f in outcome.result.findings] == []
    assert outcome.result.suppressed == 1
    assert not list(path.parent.glob(".a.po.*.tmp"))
    assert not (path.parent / ".toolkit.lock").exists()  # the lock leaves no file behind


def test_nothing_to_fix_leaves_the_file_untouched(project_file: tuple[Path, Path]) -> None:
    root, path = project_file
    run_check(make_project(root), fix=True)
    stamp = path.stat().st_mtime_ns
    os.utime(path, ns=(stamp - 10_000_000_000, stamp - 10_000_000_000))
    outcome = run_check(make_project(root), fix=True)
    assert outcome.result.fixed == 0
    assert path.stat().st_mtime_ns == stamp - 10_000_000_000


def test_diff_shows_the_change_and_writes_nothing(project_file: tuple[Path, Path]) -> None:
    root, path = project_file
    before = path.read_bytes()
    outcome = run_check(make_project(root), diff=True)
    assert path.read_bytes() == before
    assert outcome.exit_code == 1
    (diff,) = outcome.result.diffs
    assert diff.startswith("--- a/locales/kk/LC_MESSAGES/a.po\n+++ b/locales/kk/LC_MESSAGES/a.po\n")
    assert '-msgstr "Сақтау "\n+msgstr "Сақтау"\n' in diff
    assert "Қалдыру" not in diff


def test_diff_with_nothing_to_fix_exits_0(project_file: tuple[Path, Path]) -> None:
    root, _ = project_file
    run_check(make_project(root), fix=True)
    outcome = run_check(make_project(root), diff=True)
    assert outcome.result.diffs == ()
    assert outcome.exit_code == 0


def test_fix_skips_checks_that_are_not_selected(project_file: tuple[Path, Path]) -> None:
    root, path = project_file
    before = path.read_bytes()
    run_check(make_project(root), fix=True, select=("digits",))
    assert path.read_bytes() == before


NO_WRAP = po(
    '#: app.py:1\nmsgid "Save"\nmsgstr "Сақтау "\n\n'
    f'msgid "Long text here"\nmsgstr "{LONG}"\n\n'
    f'msgid "Long text again"\nmsgstr "  {LONG}"\n'
)


def test_fix_keeps_an_unwrapped_file_unwrapped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Poedit-style file (no wrapping, CRLF): only the repaired entries change."""
    monkeypatch.chdir(tmp_path)
    project = make_project(tmp_path)
    path = project.locales_dir / "kk" / "LC_MESSAGES" / "a.po"
    path.parent.mkdir(parents=True)
    before = NO_WRAP.replace("\n", "\r\n").encode("utf-8")
    path.write_bytes(before)
    outcome = run_check(make_project(tmp_path), fix=True)
    assert outcome.result.fixed == 1
    assert path.read_bytes() == before.replace('"Сақтау "'.encode(), '"Сақтау"'.encode())


def test_po_splice_refuses_when_lines_are_unknown() -> None:
    from toolkit.model import Catalog, Unit
    from toolkit.qa.fix import splice_po

    old = Catalog(units=(Unit("A", ("Б ",)),))  # line 0: not read from this file
    new = Catalog(units=(Unit("A", ("Б",)),))
    assert splice_po("a.po", 'msgid "A"\nmsgstr "Б "\n'.encode(), old, new) is None


def test_xliff_from_another_tool_is_not_rewritten(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    project = make_project(tmp_path)
    xlf = tmp_path / "kk.xlf"
    text = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">'
            '<file original="a" source-language="en" target-language="kk" datatype="plaintext">'
            '<body><trans-unit id="1" x-other-tool="keep me"><source>Save</source>'
            '<target>Сақтау </target></trans-unit></body></file></xliff>\n')
    xlf.write_text(text, encoding="utf-8")
    outcome = run_check(project, paths=("kk.xlf",), fix=True)
    assert xlf.read_text(encoding="utf-8") == text
    assert outcome.result.fixed == 0
    assert any(n.startswith("kk.xlf: not fixed: this file was not written by toolkit")
               for n in outcome.result.notes)
    assert [f.check for f in outcome.result.findings] == ["spaces"]


def test_xliff_written_by_toolkit_is_fixed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from toolkit.formats import read_catalog, write_catalog

    monkeypatch.chdir(tmp_path)
    project = make_project(tmp_path, files={"kk.po": po(BODY)})
    write_catalog(read_catalog(tmp_path / "kk.po"), tmp_path / "kk.xlf")
    # XLIFF 1.2 `original` names the file the catalog was read from; once it is kk.xlf
    # itself, our writer reproduces the file and --fix may rewrite it.
    write_catalog(read_catalog(tmp_path / "kk.xlf"), tmp_path / "kk.xlf")
    outcome = run_check(project, paths=("kk.xlf",), fix=True)
    assert outcome.result.fixed == 1
    units = {u.source: u.target for u in read_catalog(tmp_path / "kk.xlf").units}
    assert units["Save"] == ("Сақтау",)
    assert units["Keep"] == ("Қалдыру ",)  # ignored there
