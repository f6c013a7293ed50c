from __future__ import annotations

from pathlib import Path

from toolkit.model import Catalog, Unit
from toolkit.qa.ignores import IGNORE_RE, build_mask
from toolkit.qa.select import NameResolver

from .fakes import REGISTRY, po
from .helpers import run_files

RESOLVER = NameResolver(REGISTRY)


def write(tmp_path: Path, body: str, header_comment: str = "") -> str:
    path = tmp_path / "kk" / "LC_MESSAGES" / "a.po"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(po(body, header_comment=header_comment), encoding="utf-8")
    return str(path)


def checks_found(path: str) -> list[tuple[str, int]]:
    return [(f.check, f.line) for f in run_files([path]).findings]


def test_regex_reads_names_and_codes() -> None:
    match = IGNORE_RE.fullmatch("toolkit: ignore[digits, FK002]")
    assert match is not None and match.group("names") == "digits, FK002"


def test_unit_ignore_hides_only_named_checks(tmp_path: Path) -> None:
    path = write(tmp_path, '# toolkit: ignore[digits]\nmsgid "Open 5 files"\nmsgstr "6 файл "\n\n'
                 'msgid "Open 7"\nmsgstr "8 "\n')
    result = run_files([path])
    assert [(f.check, f.msgid) for f in result.findings] == [
        ("spaces", "Open 5 files"), ("digits", "Open 7"), ("spaces", "Open 7")]
    assert result.suppressed == 1


def test_codes_prefixes_and_all_work(tmp_path: Path) -> None:
    path = write(tmp_path, '# toolkit: ignore[FK001, spaces]\nmsgid "Open 5"\nmsgstr "6 "\n\n'
                 '# toolkit: ignore[all]\nmsgid "Open 7"\nmsgstr "8 "\n')
    assert checks_found(path) == []


def test_file_level_ignore_in_header_comment(tmp_path: Path) -> None:
    path = write(tmp_path, 'msgid "Open 5"\nmsgstr "6 "\n\nmsgid "Open 7"\nmsgstr "8"\n',
                 header_comment="# Kazakh translation.\n# toolkit: ignore[digits]\n")
    result = run_files([path])
    assert [f.check for f in result.findings] == ["spaces"]
    assert result.suppressed == 2


def test_malformed_ignores_are_reported_with_a_suggestion(tmp_path: Path) -> None:
    path = write(tmp_path, '# toolkit: ignore digits\nmsgid "A"\nmsgstr "Б"\n\n'
                 '# toolkit: ignore[digts]\nmsgid "B"\nmsgstr "В"\n\n'
                 '# toolkit: ignore[]\nmsgid "C"\nmsgstr "Г"\n')
    findings = run_files([path]).findings
    assert [f.check for f in findings] == ["ignore-malformed"] * 3
    assert "cannot read 'toolkit: ignore digits'" in findings[0].message
    assert "unknown check 'digts' in ignore; did you mean 'digits'?" in findings[1].message
    assert "empty ignore list" in findings[2].message
    assert [f.line for f in findings] == [7, 11, 15]


def test_unused_ignore_is_reported_per_name(tmp_path: Path) -> None:
    path = write(tmp_path, '# toolkit: ignore[digits, spaces]\nmsgid "Open 5"\nmsgstr "6"\n')
    findings = run_files([path]).findings
    assert [(f.check, f.line) for f in findings] == [("ignore-unused", 7)]
    assert "unused ignore 'spaces'" in findings[0].message


def test_ignore_of_a_check_that_did_not_run_is_not_unused(tmp_path: Path) -> None:
    path = write(tmp_path, '# toolkit: ignore[rare]\nmsgid "Open"\nmsgstr "Ашу"\n')
    assert checks_found(path) == []


def test_ordinary_comments_are_left_alone() -> None:
    unit = Unit("A", ("Б",), translator_comments=("Translators: toolkit: ignore[x] here",
                                                  "just a note"), line=3)
    mask = build_mask(Catalog(units=(unit,)), "a.po", "kk", RESOLVER)
    assert mask.malformed == [] and mask.unit_entries == {}
