"""Which checks run on which file: select / ignore precedence as one explicit table.

:data:`STEPS` is the whole rule set, applied top to bottom (as flake8's ``DecisionEngine``
but written down as data).  Each step names where its check list comes from and whether it
replaces, adds to or removes from the set so far; a step whose source is not given is skipped.
``docs/check.md`` prints this table (:func:`precedence_markdown`).

A check is named by its kebab-case name (``numbers``), its code (``NU001``), a code prefix
(``NU``: every check whose code starts with it) or ``all``.  Unknown names are an error with
a did-you-mean: a :class:`ConfigError` pointing at pyproject.toml for config values, a
:class:`UsageError` for command-line values.
"""

from __future__ import annotations

import contextlib
import difflib
import enum
import functools
import os
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from toolkit.checks.base import Check
from toolkit.config import _key_line
from toolkit.errors import ConfigError, UsageError
from toolkit.model import Severity
from toolkit.qa.config import CheckConfig


class Op(enum.Enum):
    REPLACE = "replaces the set"
    ADD = "adds to the set"
    REMOVE = "removes from the set"


@dataclass(frozen=True)
class Step:
    source: str  # where the names come from
    op: Op
    note: str


#: The precedence table: later rows win over earlier ones.
STEPS: tuple[Step, ...] = (
    Step("defaults", Op.REPLACE, "every check whose default is on"),
    Step("config select", Op.REPLACE, "`select` in [tool.toolkit.check]"),
    Step("config extend-select", Op.ADD, "`extend-select` in [tool.toolkit.check]"),
    Step("config ignore", Op.REMOVE, "`ignore` in [tool.toolkit.check]"),
    Step("--select", Op.REPLACE, "command line; config select/extend-select/ignore no "
         "longer apply"),
    Step("--ignore", Op.REMOVE, "command line"),
    Step("per-file-ignores", Op.REMOVE, "only for files matching the glob"),
)


def precedence_markdown() -> str:
    """The precedence table as Markdown, for the docs."""
    rows = ["| Step | Source | Effect | Note |", "| --- | --- | --- | --- |"]
    for number, step in enumerate(STEPS, 1):
        rows.append(f"| {number} | {step.source} | {step.op.value} | {step.note} |")
    rows.append(f"| {len(STEPS) + 1} | inline `toolkit: ignore[...]` | hides findings | "
                "of one unit, or of the file when in the header comment |")
    return "\n".join(rows) + "\n"


# --------------------------------------------------------------------------- names


class NameResolver:
    """Turns names, codes, code prefixes and ``all`` into check names."""

    def __init__(self, registry: Sequence[type[Check]]) -> None:
        self.registry = tuple(registry)
        self.by_name = {c.name.lower(): c.name for c in registry}
        self.by_code = {c.code.lower(): c.name for c in registry}

    def known(self) -> list[str]:
        return [c.name for c in self.registry] + [c.code for c in self.registry]

    def suggest(self, token: str) -> str:
        close = difflib.get_close_matches(token.lower(), [k.lower() for k in self.known()],
                                          n=1, cutoff=0.6)
        if close:
            original = next(k for k in self.known() if k.lower() == close[0])
            return f"; did you mean {original!r}?"
        return "; run `toolkit check --list-checks` for the names"

    def resolve(self, token: str) -> list[str] | None:
        """Check names for ``token``, or None when it names nothing."""
        key = token.strip().lower()
        if key == "all":
            return [c.name for c in self.registry]
        if key in self.by_name:
            return [self.by_name[key]]
        if key in self.by_code:
            return [self.by_code[key]]
        if len(key) >= 2 and key.isalnum():
            hits = [c.name for c in self.registry if c.code.lower().startswith(key)]
            if hits:
                return hits
        return None


def split_names(values: Iterable[str]) -> list[str]:
    """``["a,b", " c "]`` -> ``["a", "b", "c"]`` (the CLI accepts both spellings)."""
    return [part.strip() for value in values for part in value.split(",") if part.strip()]


# --------------------------------------------------------------------------- globs


@functools.lru_cache(maxsize=256)
def _glob_regex(pattern: str) -> re.Pattern[str]:
    out = []
    i = 0
    while i < len(pattern):
        if pattern.startswith("**/", i):
            out.append("(?:.*/)?")
            i += 3
        elif pattern.startswith("**", i):
            out.append(".*")
            i += 2
        elif pattern[i] == "*":
            out.append("[^/]*")
            i += 1
        elif pattern[i] == "?":
            out.append("[^/]")
            i += 1
        else:
            out.append(re.escape(pattern[i]))
            i += 1
    return re.compile("".join(out) + r"\Z")


def glob_match(pattern: str, path: str, root: Path | None = None) -> bool:
    """Does ``path`` match ``pattern``?  Tried on the path as given, on the path relative
    to ``root`` (the folder of pyproject.toml) and, for a pattern without ``/``, on the
    file name alone (as in .gitignore)."""
    candidates = {Path(os.path.normpath(path)).as_posix()}
    if root is not None:
        with contextlib.suppress(ValueError):  # not under the project root
            candidates.add(Path(os.path.abspath(path)).relative_to(root).as_posix())
    if "/" not in pattern:
        candidates.add(Path(path).name)
    regex = _glob_regex(pattern.rstrip("/"))
    return any(regex.match(c) for c in candidates)


# --------------------------------------------------------------------------- selection


@dataclass(frozen=True)
class Selection:
    """The checks of a run, the per-file removals and the severity overrides."""

    checks: tuple[type[Check], ...]
    per_file: tuple[tuple[str, frozenset[str]], ...] = ()
    severity: Mapping[str, Severity] = field(default_factory=dict)
    root: Path | None = None

    @property
    def names(self) -> frozenset[str]:
        return frozenset(c.name for c in self.checks)

    def removed_for(self, path: str) -> frozenset[str]:
        out: set[str] = set()
        for pattern, names in self.per_file:
            if glob_match(pattern, path, self.root):
                out |= names
        return frozenset(out)

    def for_path(self, path: str) -> tuple[type[Check], ...]:
        """The checks that run on ``path`` (per-file-ignores applied)."""
        removed = self.removed_for(path)
        return tuple(c for c in self.checks if c.name not in removed)


def _config_names(resolver: NameResolver, tokens: Iterable[str], key: str,
                  config: CheckConfig) -> list[str]:
    out: list[str] = []
    for token in tokens:
        names = resolver.resolve(token)
        if names is None:
            raise ConfigError(
                f"[tool.toolkit.check] {key}: unknown check {token!r}" + resolver.suggest(token),
                config.path, _key_line(config.path, key.split(".")[0]))
        out.extend(names)
    return out


def _cli_names(resolver: NameResolver, tokens: Iterable[str], option: str) -> list[str]:
    out: list[str] = []
    for token in tokens:
        names = resolver.resolve(token)
        if names is None:
            raise UsageError(f"{option}: unknown check {token!r}" + resolver.suggest(token))
        out.extend(names)
    return out


def resolve(registry: Sequence[type[Check]], config: CheckConfig,
            cli_select: Sequence[str] | None = None,
            cli_ignore: Sequence[str] = ()) -> Selection:
    """Apply :data:`STEPS` to ``registry`` and return the :class:`Selection`."""
    resolver = NameResolver(registry)
    sources: dict[str, list[str] | None] = {
        "defaults": [c.name for c in registry if c.default_enabled],
        "config select": (None if config.select is None
                          else _config_names(resolver, config.select, "select", config)),
        "config extend-select": _config_names(resolver, config.extend_select,
                                              "extend-select", config),
        "config ignore": _config_names(resolver, config.ignore, "ignore", config),
        "--select": (None if cli_select is None
                     else _cli_names(resolver, split_names(cli_select), "--select")),
        "--ignore": _cli_names(resolver, split_names(cli_ignore), "--ignore"),
    }
    chosen: set[str] = set()
    for step in STEPS:
        names = sources.get(step.source)
        if names is None:
            continue
        if step.op is Op.REPLACE:
            chosen = set(names)
        elif step.op is Op.ADD:
            chosen |= set(names)
        else:
            chosen -= set(names)
    per_file = tuple(
        (pattern, frozenset(_config_names(resolver, names, f"per-file-ignores.{pattern}",
                                          config)))
        for pattern, names in config.per_file_ignores)
    severity: dict[str, Severity] = {}
    for token, level in config.severity.items():
        for name in _config_names(resolver, [token], "severity", config):
            severity[name] = level
    return Selection(
        checks=tuple(c for c in registry if c.name in chosen),
        per_file=per_file,
        severity=severity,
        root=config.root,
    )
