from __future__ import annotations

from pathlib import Path

import pytest

from toolkit.errors import ConfigError
from toolkit.model import Severity
from toolkit.qa.config import KEYS, load_check_config, parse_check_table, reference_markdown

from .helpers import make_project


def test_defaults_when_table_is_absent(tmp_path: Path) -> None:
    config = load_check_config(make_project(tmp_path))
    assert config.select is None
    assert config.fail_on == "error"
    assert config.jobs == 1
    assert config.format == "text"


def test_values_are_read(tmp_path: Path) -> None:
    project = make_project(tmp_path, 'select = ["digits"]\nignore = ["spaces"]\n'
                           'severity = { digits = "warning" }\nfail-on = "warning"\njobs = 2\n'
                           'per-file-ignores = { "locales/ru/**" = ["digits"] }\n')
    config = load_check_config(project)
    assert config.select == ("digits",)
    assert config.ignore == ("spaces",)
    assert config.severity == {"digits": Severity.WARNING}
    assert config.per_file_ignores == (("locales/ru/**", ("digits",)),)
    assert (config.fail_on, config.jobs) == ("warning", 2)
    assert config.root == tmp_path.resolve()


def test_unknown_key_names_the_line_and_suggests(tmp_path: Path) -> None:
    project = make_project(tmp_path, 'select = ["digits"]\nfail_on = "warning"\n')
    with pytest.raises(ConfigError) as info:
        load_check_config(project)
    text = str(info.value)
    assert text.startswith(f"{tmp_path.resolve() / 'pyproject.toml'}:6: ")
    assert "unknown key 'fail_on'" in text
    assert "did you mean 'fail-on'?" in text


@pytest.mark.parametrize(("table", "message"), [
    ({"select": 3}, "select must be a list of strings"),
    ({"select": ["a", 1]}, "select must be a list of strings"),
    ({"fail-on": "critical"}, "fail-on must be one of error, warning, info, never"),
    ({"jobs": -1}, "jobs must be a whole number"),
    ({"jobs": True}, "jobs must be a whole number"),
    ({"severity": {"digits": "fatal"}}, "severity.digits must be one of error, warning, info"),
    ({"severity": ["x"]}, "severity must be a table"),
    ({"per-file-ignores": {"*.po": 5}}, "per-file-ignores.*.po must be a list of strings"),
    ({"format": "xml"}, "format must be one of text, json"),
])
def test_bad_values(table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError) as info:
        parse_check_table(table)
    assert message in str(info.value)


def test_a_single_string_is_taken_as_a_list() -> None:
    assert parse_check_table({"ignore": "digits"}).ignore == ("digits",)


def test_reference_lists_every_key_once() -> None:
    text = reference_markdown()
    for key in KEYS:
        assert text.count(f"| `{key.name}` |") == 1


def test_docs_reference_is_up_to_date(root: Path) -> None:
    """docs/check.md carries the generated reference verbatim (regenerate it if this fails:
    python -m toolkit.qa.docs)."""
    docs = (root / "docs" / "check.md").read_text(encoding="utf-8")
    assert reference_markdown() in docs


def test_all_generated_docs_blocks_are_up_to_date(root: Path) -> None:
    from toolkit.qa.docs import BLOCKS, update

    text = (root / "docs" / "check.md").read_text(encoding="utf-8")
    for name in BLOCKS:
        assert f"<!-- generated:{name} -->" in text
    assert update(text) == text, "docs/check.md is stale: run python -m toolkit.qa.docs"
