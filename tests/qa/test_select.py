from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.errors import ConfigError, UsageError
from toolkit.model import Severity
from toolkit.qa.config import parse_check_table
from toolkit.qa.select import STEPS, glob_match, precedence_markdown, resolve

from .fakes import REGISTRY


def names(table: dict[str, object] | None = None, select: list[str] | None = None,
          ignore: tuple[str, ...] = ()) -> set[str]:
    return {c.name for c in resolve(REGISTRY, parse_check_table(table or {}), select,
                                    ignore).checks}


DEFAULTS = {"digits", "spaces", "dupes", "ignore-malformed", "ignore-unused"}


def test_defaults_are_the_default_enabled_checks() -> None:
    assert names() == DEFAULTS


def test_config_select_replaces_and_extend_select_adds() -> None:
    assert names({"select": ["digits"]}) == {"digits"}
    assert names({"extend-select": ["rare"]}) == DEFAULTS | {"rare"}
    assert names({"select": ["digits"], "extend-select": ["rare"]}) == {"digits", "rare"}


def test_ignore_removes_after_select() -> None:
    assert names({"select": ["digits", "spaces"], "ignore": ["spaces"]}) == {"digits"}


def test_cli_select_replaces_all_config_steps() -> None:
    table = {"select": ["digits"], "ignore": ["rare"], "extend-select": ["spaces"]}
    assert names(table, select=["rare"]) == {"rare"}


def test_cli_ignore_applies_last() -> None:
    assert names({"select": ["digits", "rare"]}, select=["digits,rare"],
                 ignore=("rare",)) == {"digits"}


def test_codes_prefixes_all_and_case() -> None:
    assert names(select=["FK001"]) == {"digits"}
    assert names(select=["fk002"]) == {"spaces"}
    assert names(select=["FK"]) == {"digits", "spaces", "dupes", "rare", "glossary-fake"}
    assert names(select=["all"]) == {c.name for c in REGISTRY}
    assert names(select=["Digits"]) == {"digits"}


def test_unknown_cli_name_suggests() -> None:
    with pytest.raises(UsageError, match=r"--select: unknown check 'digts'; did you mean 'digits'\?"):
        names(select=["digts"])
    with pytest.raises(UsageError, match="--ignore: unknown check 'zzzz'"):
        names(ignore=("zzzz",))


def test_unknown_config_name_is_a_config_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="ignore: unknown check 'spaec'; did you mean 'spaces'"):
        names({"ignore": ["spaec"]})
    with pytest.raises(ConfigError, match="severity: unknown check"):
        names({"severity": {"nope": "info"}})


def test_per_file_ignores_and_severity() -> None:
    config = parse_check_table({"per-file-ignores": {"locales/ru/**": ["digits"],
                                                     "djangojs.po": ["FK002"]},
                                "severity": {"FK001": "warning"}})
    selection = resolve(REGISTRY, config)
    assert "digits" not in {c.name for c in selection.for_path("locales/ru/LC_MESSAGES/a.po")}
    assert "digits" in {c.name for c in selection.for_path("locales/kk/LC_MESSAGES/a.po")}
    assert "spaces" not in {c.name for c in selection.for_path("x/y/djangojs.po")}
    assert selection.severity == {"digits": Severity.WARNING}


@pytest.mark.parametrize(("pattern", "path", "expected"), [
    ("locales/**/*.po", "locales/kk/LC_MESSAGES/a.po", True),
    ("locales/**/*.po", "./locales/a.po", True),
    ("locales/*.po", "locales/kk/a.po", False),
    ("**/kk/**", "a/kk/LC_MESSAGES/x.po", True),
    ("*.po", "deep/folder/x.po", True),
    ("x.po", "deep/x.pot", False),
])
def test_glob_match(pattern: str, path: str, expected: bool) -> None:
    assert glob_match(pattern, path) is expected


def test_glob_match_relative_to_project_root(tmp_path: Path) -> None:
    path = str(tmp_path / "locales" / "kk" / "a.po")
    assert glob_match("locales/kk/*.po", path, tmp_path)
    assert not glob_match("locales/kk/*.po", path, None)


def test_precedence_table_documents_every_step() -> None:
    table = precedence_markdown()
    for step in STEPS:
        assert step.source in table
