"""`toolkit segment` end to end: outputs, idempotency, updates, bad input, atomic writes."""

from __future__ import annotations

import dataclasses
import os
from dataclasses import replace
from pathlib import Path

import pytest
from typer.testing import CliRunner

import toolkit.fsio
from tests.conftest import run_gettext
from toolkit.cli import app
from toolkit.formats import po

TEXT = ("Привет, мир. Как дела?\n\nЭто второй абзац. Он короткий!\n\n"
        "Привет, мир. Это повтор.\n")


@pytest.fixture
def work(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text(TEXT, encoding="utf-8")
    return tmp_path


def segment(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(app, ["segment", *args])
    return result.exit_code, result.stdout, result.stderr


def outputs(folder: Path) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".toolkit.lock"}


def test_example_command_writes_pot_and_po_files(work: Path) -> None:
    out = work / "x"
    code, stdout, stderr = segment("notes.txt", "--source-lang", "ru", "--out", str(out))
    assert (code, stderr) == (0, "")
    files = outputs(out)
    assert set(files) == {"notes.pot", "kk/LC_MESSAGES/notes.po", "ru/LC_MESSAGES/notes.po"}
    assert "wrote" in stdout and "notes.pot" in stdout
    pot = po.read(files["notes.pot"], "notes.pot")
    assert [u.source for u in pot.units] == [
        "Привет, мир.", "Как дела?", "Это второй абзац.", "Он короткий!", "Это повтор."]
    assert pot.units[0].locations == ("notes.txt:1", "notes.txt:5")
    assert pot.units[0].extracted_comments == ("paragraph 1", "paragraph 3")
    kk = po.read(files["kk/LC_MESSAGES/notes.po"], "kk.po")
    ru = po.read(files["ru/LC_MESSAGES/notes.po"], "ru.po")
    assert kk.header["Language"] == "kk" and "nplurals=2" in kk.header["Plural-Forms"]
    assert ru.header["Language"] == "ru" and "nplurals=3" in ru.header["Plural-Forms"]
    assert kk.header["X-Generator"].startswith("Tilmash ")
    assert kk.header["Content-Type"] == "text/plain; charset=UTF-8"
    for name in files:
        check = run_gettext("msgfmt", "--check", "-o", "/dev/null", str(out / name))
        assert check.returncode == 0, check.stderr
        cat = run_gettext("msgcat", str(out / name))
        assert cat.stdout.encode() == files[name]


def test_rerun_on_unchanged_source_is_byte_identical(work: Path) -> None:
    segment("notes.txt", "--source-lang", "ru", "--out", "x")
    before = outputs(work / "x")
    code, stdout, _ = segment("notes.txt", "--source-lang", "ru", "--out", "x")
    assert code == 0 and "unchanged" in stdout and "wrote" not in stdout
    assert outputs(work / "x") == before


def test_update_keeps_translations_fuzzy_and_obsolete(work: Path) -> None:
    segment("notes.txt", "--source-lang", "ru", "--target", "kk", "--out", "x")
    path = work / "x" / "kk" / "LC_MESSAGES" / "notes.po"
    cat = po.read(path.read_bytes(), str(path))
    translated = {"Привет, мир.": "Сәлем, әлем.", "Он короткий!": "Ол қысқа!",
                  "Как дела?": "Қалайсыз?"}
    units = tuple(dataclasses.replace(u, **{"target": (translated.get(u.source, ""),),
                                 "translator_comments": ("мой",) if u.source in translated
                                 else ()}) for u in cat.units)
    path.write_bytes(po.write(dataclasses.replace(cat, units=units)))
    pot_before = (work / "x" / "notes.pot").read_bytes()
    (work / "notes.txt").write_text(
        "Привет, мир. Как у вас дела?\n\nЭто второй абзац. Совсем новое.\n", encoding="utf-8")
    code, stdout, stderr = segment("notes.txt", "--source-lang", "ru", "--target", "kk",
                                   "--out", "x")
    assert (code, stderr) == (0, "")
    assert "1 fuzzy" in stdout and "1 obsolete" in stdout
    assert (work / "x" / "notes.pot").read_bytes() != pot_before  # the template changed
    new = {u.source: u for u in po.read(path.read_bytes(), str(path)).units}
    assert new["Привет, мир."].target == ("Сәлем, әлем.",)
    assert new["Привет, мир."].translator_comments == ("мой",)
    fuzzy = new["Как у вас дела?"]
    assert fuzzy.fuzzy and fuzzy.target == ("Қалайсыз?",)
    assert fuzzy.previous is not None and fuzzy.previous.source == "Как дела?"
    assert new["Он короткий!"].obsolete and new["Он короткий!"].target == ("Ол қысқа!",)
    assert new["Совсем новое."].target == ("",)
    check = run_gettext("msgfmt", "--check", "-o", "/dev/null", str(path))
    assert check.returncode == 0, check.stderr


def test_pot_date_only_changes_with_content(work: Path) -> None:
    segment("notes.txt", "--source-lang", "ru", "--out", "x")
    pot = work / "x" / "notes.pot"
    text = pot.read_text(encoding="utf-8").replace(
        po.read(pot.read_bytes(), "p").header["POT-Creation-Date"], "2000-01-01 00:00+0000")
    pot.write_text(text, encoding="utf-8")
    segment("notes.txt", "--source-lang", "ru", "--out", "x")
    assert "2000-01-01 00:00+0000" in pot.read_text(encoding="utf-8")  # unchanged content
    (work / "notes.txt").write_text(TEXT + "\nНовое предложение.\n", encoding="utf-8")
    segment("notes.txt", "--source-lang", "ru", "--out", "x")
    assert "2000-01-01 00:00+0000" not in pot.read_text(encoding="utf-8")


def test_bare_command_uses_project_config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[tool.toolkit]\nsources = ["src/story.md"]\nsource-lang = "en"\n'
        'targets = ["kk"]\nlocales-dir = "loc"\ndomain = "book"\n', encoding="utf-8")
    (tmp_path / "src").mkdir()
    (tmp_path / "src" / "story.md").write_text("# Title\n\nOne. Two.\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    code, _, stderr = segment()
    assert (code, stderr) == (0, "")
    assert set(outputs(tmp_path / "loc")) == {"book.pot", "kk/LC_MESSAGES/book.po"}
    pot = po.read((tmp_path / "loc" / "book.pot").read_bytes(), "b")
    assert [u.locations for u in pot.units] == [("src/story.md:1",), ("src/story.md:3",),
                                               ("src/story.md:3",)]
    # explicit sources use their own stem even though the project configures a domain
    (tmp_path / "other.txt").write_text("Hello there.\n", encoding="utf-8")
    assert segment("other.txt")[0] == 0
    assert (tmp_path / "loc" / "other.pot").exists()
    assert segment("other.txt", "--domain", "named")[0] == 0
    assert (tmp_path / "loc" / "named.pot").exists()


@pytest.mark.parametrize(("make", "words"), [
    (lambda d: d / "missing.txt", "no such file"),
    (lambda d: d, "is a directory"),
    (lambda d: _write(d / "empty.txt", b"  \n\n"), "empty file"),
    (lambda d: _write(d / "bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00"), "binary"),
    (lambda d: _write(d / "win.txt", "Привет, как дела у вас?".encode("cp1251")), "cp1251"),
])
def test_bad_sources_fail_with_one_line_and_write_nothing(work: Path, make: object,
                                                          words: str) -> None:
    bad = make(work)  # type: ignore[operator]
    code, _, stderr = segment("notes.txt", str(bad), "--source-lang", "ru", "--out", "x")
    assert code == 2
    assert words in stderr and stderr.count("\n") == 1 and "Traceback" not in stderr
    assert str(bad) in stderr
    assert not (work / "x").exists()  # not even the folder or its lock file


def _write(path: Path, data: bytes) -> Path:
    path.write_bytes(data)
    return path


def test_unwritable_out_fails_before_anything_is_written(
        work: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = work / "ro"
    target.mkdir()
    os.chmod(target, 0o500)
    real_access = os.access
    # Tests may run as root, for whom every folder is writable: answer as the OS would for
    # an ordinary user on this read-only folder.
    monkeypatch.setattr(toolkit.fsio.os, "access",
                        lambda p, mode: False if Path(p) == target else real_access(p, mode))
    try:
        code, _, stderr = segment("notes.txt", "--out", str(target / "x"))
        assert code == 2 and "not writable" in stderr and stderr.count("\n") == 1
        assert str(target) in stderr
        assert list(target.iterdir()) == []
    finally:
        os.chmod(target, 0o700)


def test_out_that_is_a_file_is_refused(work: Path) -> None:
    (work / "afile").write_text("x", encoding="utf-8")
    code, _, stderr = segment("notes.txt", "--out", str(work / "afile" / "deeper"))
    assert code == 2 and "is not a directory" in stderr


def test_unknown_language_is_a_usage_error(work: Path) -> None:
    code, _, stderr = segment("notes.txt", "--source-lang", "xx", "--out", "x")
    assert code == 2 and "unknown language" in stderr
    assert not (work / "x").exists()


def test_failure_mid_write_leaves_old_files_intact(work: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    segment("notes.txt", "--source-lang", "ru", "--out", "x")
    before = outputs(work / "x")
    (work / "notes.txt").write_text(TEXT + "\nНовое предложение.\n", encoding="utf-8")
    real_fsync = os.fsync
    calls = {"n": 0}

    def failing_fsync(fd: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:  # the second file: fail half-way through its write
            raise OSError(28, "No space left on device")
        real_fsync(fd)

    monkeypatch.setattr(toolkit.fsio.os, "fsync", failing_fsync)
    code, _, stderr = segment("notes.txt", "--source-lang", "ru", "--out", "x")
    assert code == 2 and "No space left on device" in stderr
    after = outputs(work / "x")
    assert set(after) == set(before)  # no temporary files left behind
    changed = [name for name in after if after[name] != before[name]]
    assert changed == ["notes.pot"]  # written before the failure, complete
    for name, data in after.items():  # every file is complete, old or new
        po.read(data, name)
        assert data == before[name] or name == "notes.pot"


@pytest.mark.parametrize("editor", ["msgcat --no-wrap", "msgcat -w 60", "polib",
                                    "translate-toolkit"])
def test_editor_saved_catalog_is_left_alone(work: Path, editor: str) -> None:
    """A catalog re-saved by another tool (other wrapping) is not rewritten when the source
    did not change, and only the changed sentence differs when it did."""
    import polib

    segment("notes.txt", "--source-lang", "ru", "--target", "kk", "--out", "x")
    path = work / "x" / "kk" / "LC_MESSAGES" / "notes.po"
    long = "Очень длинный перевод, " * 6
    cat = po.read(path.read_bytes(), str(path))
    units = tuple(dataclasses.replace(u, target=(long + u.source,)) for u in cat.units)
    path.write_bytes(po.write(dataclasses.replace(cat, units=units)))
    if editor == "polib":
        polib.pofile(str(path)).save(str(path))
    elif editor == "translate-toolkit":
        from translate.storage import po as ttk_po

        store = ttk_po.pofile.parsefile(str(path))
        path.write_bytes(bytes(store))
    else:
        tool, *args = editor.split()
        saved = run_gettext(tool, *args, "-o", str(path), str(path))
        assert saved.returncode == 0, saved.stderr
    edited = path.read_bytes()
    if editor not in ("polib", "translate-toolkit"):  # these wrap these lines as gettext does
        assert edited != po.write(po.read(edited, "p"))  # the editor's layout differs
    code, stdout, _ = segment("notes.txt", "--source-lang", "ru", "--target", "kk", "--out", "x")
    assert code == 0 and "unchanged x/kk" in stdout.replace(str(work) + "/", "")
    assert path.read_bytes() == edited
    (work / "notes.txt").write_text(TEXT.replace("Он короткий!", "Он длинный!"),
                                    encoding="utf-8")
    assert segment("notes.txt", "--source-lang", "ru", "--target", "kk", "--out", "x")[0] == 0
    before = {u.source: replace(u, line=0) for u in po.read(edited, "p").units}
    after = {u.source: replace(u, line=0) for u in po.read(path.read_bytes(), "p").units}
    changed = {s for s in set(before) | set(after) if before.get(s) != after.get(s)}
    assert changed == {"Он короткий!", "Он длинный!"}


def test_existing_catalog_with_broken_plural_forms_is_refused(work: Path) -> None:
    segment("notes.txt", "--source-lang", "ru", "--target", "kk", "--out", "x")
    path = work / "x" / "kk" / "LC_MESSAGES" / "notes.po"
    broken = path.read_text(encoding="utf-8").replace("plural=(n != 1);", "plural=(n !=;")
    path.write_text(broken, encoding="utf-8")
    (work / "notes.txt").write_text(TEXT + "\nНовое.\n", encoding="utf-8")
    code, _, stderr = segment("notes.txt", "--source-lang", "ru", "--target", "kk",
                              "--out", "x")
    assert code == 2 and "broken Plural-Forms" in stderr
    assert stderr.startswith("x/kk/LC_MESSAGES/notes.po:") and stderr.count("\n") == 1
    assert path.read_text(encoding="utf-8") == broken


def test_export_srx_writes_parsable_rules_and_nothing_else(tmp_path: Path,
                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from toolkit.formats._xml import parse_xml

    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["segment", "--export-srx", "rules.srx"])
    assert result.exit_code == 0, result.output
    root = parse_xml((tmp_path / "rules.srx").read_bytes(), "rules.srx").getroot()
    assert root.tag == "{http://www.lisa.org/srx20}srx" and root.get("version") == "2.0"
    names = {m.get("languagerulename") for m in root.iter("{http://www.lisa.org/srx20}languagemap")}
    assert {"kk", "ru", "en"} <= {n.split("-")[0] for n in names if n}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["rules.srx"]
