"""``[tool.toolkit.check]`` in pyproject.toml -> :class:`CheckConfig`.

Every key is declared once in :data:`KEYS` (name, type, default, help, example); the
validation and the config reference in ``docs/check.md`` (:func:`reference_markdown`) both
come from it, so they cannot drift.  Unknown keys are a :class:`ConfigError` with a
did-you-mean, as pip-tools does for its config.  Check names inside the values are checked
later, against the registry, by :mod:`toolkit.qa.select`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from toolkit.config import Project, _key_line, check_keys
from toolkit.errors import ConfigError
from toolkit.model import Severity

#: ``--fail-on`` / ``fail-on`` values, strictest first.
FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class CheckKey:
    """One key of ``[tool.toolkit.check]``."""

    name: str
    kind: str  # "list", "str", "int", "table-str" (name -> str), "table-list" (glob -> list)
    default: Any
    help: str
    example: str


KEYS: tuple[CheckKey, ...] = (
    CheckKey("select", "list", None,
             "Checks to run, replacing the default set. Names, codes, code prefixes or `all`.",
             'select = ["untranslated", "numbers", "PH"]'),
    CheckKey("extend-select", "list", [],
             "Checks to run in addition to the default set (e.g. ones that are off by default).",
             'extend-select = ["length"]'),
    CheckKey("ignore", "list", [], "Checks never to run.",
             'ignore = ["double-word"]'),
    CheckKey("severity", "table-str", {},
             "Severity overrides: check name or code -> `error`, `warning` or `info`.",
             'severity = { length = "info", numbers = "error" }'),
    CheckKey("per-file-ignores", "table-list", {},
             "Glob (matched against the path as given, `**` crosses folders) -> checks "
             "not to run on matching files.",
             'per-file-ignores = { "locales/ru/**" = ["quotes"] }'),
    CheckKey("fail-on", "str", "error",
             "Lowest severity that makes the run fail (exit 1): `error`, `warning`, "
             "`info` or `never`.",
             'fail-on = "warning"'),
    CheckKey("jobs", "int", 1,
             "Worker processes (0 = one per CPU core). `--jobs` overrides it.",
             "jobs = 2"),
    CheckKey("format", "str", "text",
             "Default output format: `text`, `json`, `junit`, `sarif` or `github`.",
             'format = "github"'),
)

FORMATS = ("text", "json", "junit", "sarif", "github")
SEVERITIES = tuple(s.value for s in Severity)


@dataclass(frozen=True)
class CheckConfig:
    """Validated ``[tool.toolkit.check]``; check names are still raw strings here."""

    select: tuple[str, ...] | None = None
    extend_select: tuple[str, ...] = ()
    ignore: tuple[str, ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    per_file_ignores: tuple[tuple[str, tuple[str, ...]], ...] = ()
    fail_on: str = "error"
    jobs: int = 1
    format: str = "text"
    path: Path | None = None  # the pyproject.toml it came from (for error messages)
    root: Path | None = None  # its folder


def _fail(message: str, path: Path | None, key: str) -> ConfigError:
    return ConfigError(f"[tool.toolkit.check] {message}", path, _key_line(path, key))


def _str_list(value: Any, key: str, path: Path | None) -> tuple[str, ...]:
    if isinstance(value, str):  # a single name is forgiven: select = "numbers"
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise _fail(f"{key} must be a list of strings", path, key)
    return tuple(value)


def parse_check_table(table: Mapping[str, Any], path: Path | None = None,
                      root: Path | None = None) -> CheckConfig:
    """Validate the raw ``[tool.toolkit.check]`` table (unknown keys, types, values)."""
    check_keys(table, [k.name for k in KEYS], "tool.toolkit.check", path)
    values: dict[str, Any] = {}
    for key in KEYS:
        if key.name not in table:
            continue
        value = table[key.name]
        if key.kind == "list":
            values[key.name] = _str_list(value, key.name, path)
        elif key.kind == "str":
            if not isinstance(value, str):
                raise _fail(f"{key.name} must be a string", path, key.name)
            values[key.name] = value
        elif key.kind == "int":
            if not isinstance(value, int) or isinstance(value, bool) or value < 0:
                raise _fail(f"{key.name} must be a whole number >= 0", path, key.name)
            values[key.name] = value
        elif key.kind == "table-str":
            if not isinstance(value, dict):
                raise _fail(f"{key.name} must be a table", path, key.name)
            values[key.name] = dict(value)
        else:  # table-list
            if not isinstance(value, dict):
                raise _fail(f"{key.name} must be a table", path, key.name)
            values[key.name] = {str(g): _str_list(v, f"{key.name}.{g}", path)
                                for g, v in value.items()}
    fail_on = values.get("fail-on", "error")
    if fail_on not in FAIL_ON:
        raise _fail(f"fail-on must be one of {', '.join(FAIL_ON)}, not {fail_on!r}",
                    path, "fail-on")
    fmt = values.get("format", "text")
    if fmt not in FORMATS:
        raise _fail(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}", path, "format")
    severity: dict[str, Severity] = {}
    for name, level in values.get("severity", {}).items():
        if level not in SEVERITIES:
            raise _fail(f"severity.{name} must be one of {', '.join(SEVERITIES)}, "
                        f"not {level!r}", path, "severity")
        severity[str(name)] = Severity(level)
    return CheckConfig(
        select=values.get("select"),
        extend_select=values.get("extend-select", ()),
        ignore=values.get("ignore", ()),
        severity=severity,
        per_file_ignores=tuple(values.get("per-file-ignores", {}).items()),
        fail_on=fail_on,
        jobs=values.get("jobs", 1),
        format=fmt,
        path=path,
        root=root,
    )


def load_check_config(project: Project) -> CheckConfig:
    """The check settings of a loaded project (defaults when the table is absent)."""
    return parse_check_table(project.tables.get("check", {}), project.pyproject, project.root)


def reference_markdown() -> str:
    """The config reference table for ``docs/check.md``, generated from :data:`KEYS`."""
    lines = [
        "| Key | Type | Default | Meaning | Example |",
        "| --- | --- | --- | --- | --- |",
    ]
    kinds = {"list": "list of strings", "str": "string", "int": "integer",
             "table-str": "table", "table-list": "table of lists"}
    for key in KEYS:
        default = "default set" if key.default is None else repr(key.default)
        default = default.replace("'", '"')
        lines.append(f"| `{key.name}` | {kinds[key.kind]} | `{default}` | {key.help} "
                     f"| `{key.example}` |")
    return "\n".join(lines) + "\n"
