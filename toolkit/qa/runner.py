"""Run the selected checks over files and collect a :class:`RunResult`.

Files are checked in groups, one group per locale (taken from the path): each group is read,
fixed (``--fix``), run through the unit checks file by file and then through the
catalog-scope checks together, so ``inconsistent`` sees every file of a locale.  Findings
then go through per-file-ignores, severity overrides and inline ignores.  With ``jobs > 1``
the groups are spread over a process pool; each worker builds its check objects and the
glossary matcher once.  The result does not depend on ``jobs``.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from babel.core import UnknownLocaleError

from toolkit.checks.base import Check, CheckContext
from toolkit.errors import ToolkitError
from toolkit.formats import read_catalog
from toolkit.fsio import locked
from toolkit.langs import Language, get_language_or_generic
from toolkit.model import Catalog, Concept, Finding, Severity, Unit
from toolkit.qa import fix as fixing
from toolkit.qa.files import group_key, target_language
from toolkit.qa.ignores import META_CHECKS, IgnoreMalformed, IgnoreMask, IgnoreUnused, build_mask
from toolkit.qa.select import NameResolver, Selection

Excerpt = tuple[str, str]  # (source, target) of the unit a finding is about
ExcerptKey = tuple[str, str | None, str]  # (path, msgctxt, msgid)


@dataclass(frozen=True)
class RunOptions:
    """Everything a worker needs (picklable)."""

    selection: Selection
    registry: tuple[type[Check], ...]
    source_lang: str = "en"
    glossary: Path | None = None
    fix: bool = False
    write: bool = True  # with fix: write files (False: --diff)


@dataclass(frozen=True)
class FileSummary:
    path: str
    locale: str | None
    units: int
    fixed: int = 0


@dataclass(frozen=True)
class RunResult:
    """What a run found; every reporter renders one of these."""

    findings: tuple[Finding, ...]
    files: tuple[FileSummary, ...] = ()
    checks: tuple[type[Check], ...] = ()
    excerpts: dict[ExcerptKey, Excerpt] = field(default_factory=dict)
    suppressed: int = 0  # hidden by inline ignores
    baselined: int = 0  # hidden by --baseline
    stale_baseline: int = 0  # baseline entries that no longer occur
    diffs: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # things the CLI tells the user on stderr
    seconds: float = 0.0

    @property
    def units(self) -> int:
        return sum(f.units for f in self.files)

    @property
    def fixed(self) -> int:
        return sum(f.fixed for f in self.files)

    def count(self, severity: Severity) -> int:
        return sum(1 for f in self.findings if f.severity is severity)

    @property
    def errors(self) -> int:
        return self.count(Severity.ERROR)

    @property
    def warnings(self) -> int:
        return self.count(Severity.WARNING)


def exit_code(result: RunResult, fail_on: str) -> int:
    """0 when no finding is at or above ``fail_on`` (error/warning/info/never), else 1."""
    if fail_on == "never":
        return 0
    threshold = Severity(fail_on).rank
    return 1 if any(f.severity.rank >= threshold for f in result.findings) else 0


def uses_glossary(check: type[Check]) -> bool:
    """Glossary checks need the matcher (``uses_glossary`` or a ``glossary-`` name)."""
    return bool(getattr(check, "uses_glossary", check.name.startswith("glossary-")))


# --------------------------------------------------------------------------- per process

_WORKER: dict[str, Any] = {}


def _instances(classes: Sequence[type[Check]]) -> list[Check]:
    cache: dict[type[Check], Check] = _WORKER.setdefault("checks", {})
    out = []
    for cls in classes:
        if cls not in cache:
            cache[cls] = cls()
        out.append(cache[cls])
    return out


def load_matcher(glossary: Path) -> tuple[Any, tuple[Concept, ...]]:
    """The glossary matcher and its concepts, built once per process (the costly part).

    The concepts go to the checks as ``ctx.options["concepts"]`` (to name preferred terms).
    """
    cache: dict[Path, tuple[Any, tuple[Concept, ...]]] = _WORKER.setdefault("matchers", {})
    if glossary not in cache:
        from toolkit.glossary.matcher import TermMatcher
        from toolkit.glossary.termbase import load_termbase

        concepts = tuple(load_termbase(glossary).concepts)
        cache[glossary] = (TermMatcher(concepts), concepts)
    return cache[glossary]


@dataclass
class _Group:
    """What one locale group produced (returned from a worker)."""

    files: list[FileSummary] = field(default_factory=list)
    findings: list[Finding] = field(default_factory=list)
    excerpts: dict[ExcerptKey, Excerpt] = field(default_factory=dict)
    suppressed: int = 0
    diffs: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    current: str | None = None  # the file being read, for error messages
    error: tuple[type[ToolkitError], str, str | None, int | None] | None = None


def _excerpt(unit: Unit) -> Excerpt:
    target = unit.target[0] if len(unit.target) == 1 else " | ".join(unit.target)
    return (unit.source, target)


def _check_file(path: str, options: RunOptions, group: _Group,
                resolver: NameResolver) -> tuple[Catalog, CheckContext, IgnoreMask]:
    selected = options.selection.for_path(path)
    fixed = 0
    if options.fix:
        with locked(Path(path).parent):
            catalog, ctx, mask = _read(path, options, selected, resolver)
            outcome = fixing.apply(catalog, path, _instances(selected), ctx, mask,
                                   write=options.write)
        if outcome.units_fixed:
            fixed = outcome.units_fixed
            catalog = outcome.catalog
            ctx = replace(ctx, catalog=catalog)
            if outcome.diff:
                group.diffs.append(outcome.diff)
        if outcome.skipped:
            group.notes.append(outcome.skipped)
    else:
        catalog, ctx, mask = _read(path, options, selected, resolver)
    units = [u for u in catalog.units if not u.obsolete]
    locale = target_language(catalog, path) or ctx.target_lang.code
    group.files.append(FileSummary(path, locale, len(units), fixed))
    checks = _instances([c for c in selected if c.scope == "unit" and c not in META_CHECKS])
    extend = group.findings.extend
    runs = [c.run for c in checks]  # bound once: this loop runs units x checks times
    for unit in units:
        try:
            for run in runs:
                extend(run(unit, ctx))
        except Exception as exc:  # a bug in a check: say which, where, and stop (exit 2)
            raise _crash(checks[runs.index(run)], exc, path, unit.line) from exc
    return catalog, ctx, mask


def _crash(check: Check, exc: Exception, path: str, line: int | None) -> ToolkitError:
    return ToolkitError(f"internal error: check {check.name!r} failed: "
                        f"{type(exc).__name__}: {exc} (please report this)", path, line)


def language_for(code: str | None) -> Language:
    """The language record for ``code``; generic rules (``und``) when CLDR does not know
    the locale (``udm``), so the CLDR-based checks have data to read."""
    lang = get_language_or_generic(code or "und")
    try:
        lang.locale  # noqa: B018 - parses the CLDR locale, or fails
    except (UnknownLocaleError, ValueError):
        return get_language_or_generic("und")
    return lang


def _read(path: str, options: RunOptions, selected: Sequence[type[Check]],
          resolver: NameResolver) -> tuple[Catalog, CheckContext, IgnoreMask]:
    catalog = read_catalog(path)
    target = target_language(catalog, path)
    source = catalog.source_lang or options.source_lang or "en"
    matcher = None
    extra: dict[str, object] = {}
    if options.glossary is not None and any(uses_glossary(c) for c in selected):
        matcher, extra["concepts"] = load_matcher(options.glossary)
    ctx = CheckContext(source_lang=language_for(source), target_lang=language_for(target),
                       catalog=catalog, path=path, matcher=matcher, options=extra)
    mask = build_mask(catalog, path, ctx.target_lang.code, resolver)
    return catalog, ctx, mask


def check_group(paths: Sequence[str], options: RunOptions) -> _Group:
    """Check the files of one locale group (runs in a worker with ``jobs > 1``)."""
    group = _Group()
    try:
        _check_group(paths, options, group)
    except ToolkitError as exc:  # exceptions with extra fields do not survive pickling
        group.error = (type(exc), exc.message, exc.path, exc.line)
    except (RecursionError, MemoryError):
        raise  # the CLI has its own one-line messages for these
    except Exception as exc:  # a bug (in a reader, say): one line naming the file, exit 2
        group.error = (ToolkitError, f"internal error: {type(exc).__name__}: {exc} "
                       "(please report this)", group.current, None)
    return group


def _check_group(paths: Sequence[str], options: RunOptions, group: _Group) -> None:
    resolver = NameResolver(options.registry)
    read: list[tuple[Catalog, CheckContext, IgnoreMask]] = []
    for path in paths:
        group.current = path
        read.append(_check_file(path, options, group, resolver))
    selection = options.selection
    removed = {ctx.path: selection.removed_for(ctx.path) for _, ctx, _ in read}
    for cls in selection.checks:
        if cls.scope != "catalogs":
            continue
        pairs = [(cat, ctx) for cat, ctx, _ in read if cls.name not in removed[ctx.path]]
        if pairs:
            check = _instances([cls])[0]
            try:
                group.findings.extend(check.run_catalogs(pairs))
            except Exception as exc:
                raise _crash(check, exc, pairs[0][1].path, None) from exc
    masks = {ctx.path: (mask, cat) for cat, ctx, mask in read}
    kept: list[Finding] = []
    for finding in group.findings:
        entry = masks.get(finding.path)
        if entry is not None and finding.check in removed[finding.path]:
            continue
        if entry is not None and entry[0].suppresses(finding):
            group.suppressed += 1
            continue
        kept.append(finding)
    for path, (mask, _) in masks.items():
        names = {c.name for c in selection.checks} - removed[path]
        if IgnoreMalformed.name in names:
            kept.extend(mask.malformed)
        if IgnoreUnused.name in names:
            kept.extend(mask.unused(frozenset(names)))
    locales = {f.path: f.locale for f in group.files}
    group.findings = [_relevel(_locale(f, locales), selection) for f in kept]
    wanted_by_path: dict[str, set[tuple[str | None, str]]] = {}
    for f in group.findings:
        wanted_by_path.setdefault(f.path, set()).add((f.msgctxt, f.msgid))
    for path, (_, catalog) in masks.items():
        wanted = wanted_by_path.get(path, set())
        for unit in catalog.units:
            if unit.key in wanted and not unit.obsolete:
                group.excerpts[(path, unit.context, unit.source)] = _excerpt(unit)


def _locale(finding: Finding, locales: dict[str, str | None]) -> Finding:
    """Findings name the file's own locale (``pt_BR``, ``udm``), not the record used."""
    real = locales.get(finding.path, finding.locale)
    return finding if real == finding.locale else replace(finding, locale=real)


def _relevel(finding: Finding, selection: Selection) -> Finding:
    level = selection.severity.get(finding.check)
    return finding if level is None or level is finding.severity else replace(
        finding, severity=level)


# --------------------------------------------------------------------------- the run


def _groups(files: Sequence[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = {}
    for path in files:
        groups.setdefault(group_key(path), []).append(path)
    # Largest first, so the pool does not wait on one big locale at the end.
    return sorted(groups.values(), key=len, reverse=True)


def _results(groups: list[list[str]], options: RunOptions, jobs: int) -> Iterator[_Group]:
    if jobs <= 1 or len(groups) <= 1:
        for paths in groups:
            yield check_group(paths, options)
        return
    with ProcessPoolExecutor(max_workers=min(jobs, len(groups))) as pool:
        yield from pool.map(check_group, groups, [options] * len(groups))


def run(files: Sequence[str], options: RunOptions, jobs: int = 1) -> RunResult:
    """Check ``files`` (already collected) and return the sorted result.

    Raises the first :class:`ToolkitError` a file produced (in file order).
    """
    started = time.perf_counter()
    jobs = jobs or (os.cpu_count() or 1)
    order = {path: i for i, path in enumerate(files)}
    summaries: list[FileSummary] = []
    findings: list[Finding] = []
    excerpts: dict[ExcerptKey, Excerpt] = {}
    diffs: list[str] = []
    suppressed = 0
    notes: list[str] = []
    errors: list[tuple[int, tuple[type[ToolkitError], str, str | None, int | None]]] = []
    for group in _results(_groups(files), options, jobs):
        if group.error is not None:
            errors.append((order.get(group.error[2] or "", len(order)), group.error))
            continue
        summaries.extend(group.files)
        findings.extend(group.findings)
        excerpts.update(group.excerpts)
        diffs.extend(group.diffs)
        notes.extend(group.notes)
        suppressed += group.suppressed
    if errors:
        cls, message, path, line = min(errors, key=lambda e: e[0])[1]
        raise cls(message, path, line)
    summaries.sort(key=lambda s: order.get(s.path, len(order)))
    findings.sort(key=lambda f: (order.get(f.path, len(order)), f.path, f.line, f.check,
                                 f.message))
    diffs.sort()
    selected = options.selection.checks
    if options.glossary is None and any(uses_glossary(c) for c in selected):
        notes.append("no glossary found: the glossary checks had nothing to check "
                     "(give one with --glossary or `glossary` in [tool.toolkit])")
    return RunResult(findings=tuple(findings), files=tuple(summaries), checks=selected,
                     excerpts=excerpts, suppressed=suppressed, diffs=tuple(diffs),
                     notes=tuple(notes), seconds=time.perf_counter() - started)

