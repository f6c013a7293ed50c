"""The project's settings: ``[tool.toolkit]`` in ``pyproject.toml``.

Every key is declared once in :data:`KEYS` (name, type, default, help); the docs page
``docs/config.md`` is generated from it.  Unknown keys are an error with a did-you-mean,
as pip-tools does for its config (``_validate_config``).  Sub-tables (``[tool.toolkit.check]``)
are validated by their owners (``toolkit.qa.config``); this module only hands them over.
"""

from __future__ import annotations

import difflib
import sys
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover - exercised on Python 3.10 only
    import tomli as tomllib

from toolkit.errors import ConfigError, InputError
from toolkit.fsio import read_text


@dataclass(frozen=True)
class Key:
    name: str
    kind: type
    default: Any
    help: str


#: Every top-level key of ``[tool.toolkit]``.
KEYS: tuple[Key, ...] = (
    Key("sources", list, [], "Source articles to segment (paths relative to pyproject.toml)."),
    Key("source-lang", str, "en", "Language of the sources: en, ru or kk."),
    Key("targets", list, ["kk", "ru"], "Target languages; one PO file each."),
    Key("locales-dir", str, "locales",
        "Where catalogs live: <dir>/<lang>/LC_MESSAGES/<domain>.po."),
    Key("domain", str, "", "Catalog name; empty means the first source file's stem."),
    Key("glossary", str, "glossary", "Termbase: a .tbx/.csv file or a folder of them."),
    Key("build-dir", str, "build", "Where `toolkit build` writes PDFs."),
    Key("formats", list, [], "Extra formats `toolkit segment` writes beside PO: xliff, xliff2."),
)

#: Sub-tables and the module that validates each.
SUBTABLES: tuple[str, ...] = ("check",)


@dataclass(frozen=True)
class Project:
    """Resolved settings; paths are absolute."""

    root: Path
    sources: tuple[Path, ...] = ()
    source_lang: str = "en"
    targets: tuple[str, ...] = ("kk", "ru")
    locales_dir: Path = Path("locales")
    domain: str = ""
    glossary: Path = Path("glossary")
    build_dir: Path = Path("build")
    formats: tuple[str, ...] = ()
    tables: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    pyproject: Path | None = None

    def find_glossary(self, explicit: str | Path | None = None) -> Path | None:
        """``--glossary`` when given (it must exist), else the configured termbase when it
        exists (an empty folder is an empty termbase), else None."""
        if explicit is not None:
            path = Path(explicit)
            if not path.exists():
                raise InputError("no such glossary file or folder", explicit)
            return path
        return self.glossary if self.glossary.exists() else None

    def domain_for(self, source: Path | None = None) -> str:
        if self.domain:
            return self.domain
        if source is not None:
            return source.stem
        if self.sources:
            return self.sources[0].stem
        return "messages"


def did_you_mean(name: str, choices: list[str] | tuple[str, ...]) -> str:
    close = difflib.get_close_matches(name, list(choices), n=1)
    return f"; did you mean {close[0]!r}?" if close else f"; known keys: {', '.join(choices)}"


def check_keys(table: Mapping[str, Any], known: list[str] | tuple[str, ...], where: str,
               path: Path | None) -> None:
    """Raise :class:`ConfigError` for the first key of ``table`` that is not in ``known``."""
    for key in table:
        if key not in known:
            raise ConfigError(f"unknown key {key!r} in [{where}]" + did_you_mean(key, known),
                              path, _key_line(path, key))


def _key_line(path: Path | None, key: str) -> int | None:
    if path is None:
        return None
    try:
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip().startswith((f"{key} ", f"{key}=", f'"{key}"')):
                return number
    except OSError:
        return None
    return None


def find_pyproject(start: Path | None = None) -> Path | None:
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        candidate = folder / "pyproject.toml"
        if candidate.is_file():
            return candidate
    return None


def load_project(start: Path | None = None, pyproject: Path | None = None) -> Project:
    """Read ``[tool.toolkit]`` from the nearest pyproject.toml (defaults when there is none)."""
    path = pyproject or find_pyproject(start)
    if path is None:
        root = (start or Path.cwd()).resolve()
        return _resolve(root, {}, None)
    text = read_text(path).text
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"invalid TOML: {exc}", path) from None
    table = data.get("tool", {}).get("toolkit", {})
    if not isinstance(table, dict):
        raise ConfigError("[tool.toolkit] must be a table", path)
    return _resolve(path.parent.resolve(), table, path)


def _resolve(root: Path, table: Mapping[str, Any], path: Path | None) -> Project:
    names = [k.name for k in KEYS] + list(SUBTABLES)
    check_keys(table, names, "tool.toolkit", path)
    values: dict[str, Any] = {}
    for key in KEYS:
        value = table.get(key.name, key.default)
        if not isinstance(value, key.kind):
            raise ConfigError(
                f"[tool.toolkit] {key.name} must be a {key.kind.__name__}, "
                f"not {type(value).__name__}", path, _key_line(path, key.name))
        if isinstance(value, list) and not all(isinstance(v, str) for v in value):
            raise ConfigError(f"[tool.toolkit] {key.name} must be a list of strings",
                              path, _key_line(path, key.name))
        values[key.name] = value
    tables = {name: table.get(name, {}) for name in SUBTABLES}
    for name, sub in tables.items():
        if not isinstance(sub, dict):
            raise ConfigError(f"[tool.toolkit.{name}] must be a table", path)
    return Project(
        root=root,
        sources=tuple(root / s for s in values["sources"]),
        source_lang=values["source-lang"],
        targets=tuple(values["targets"]),
        locales_dir=root / values["locales-dir"],
        domain=values["domain"],
        glossary=root / values["glossary"],
        build_dir=root / values["build-dir"],
        formats=tuple(values["formats"]),
        tables=tables,
        pyproject=path,
    )
