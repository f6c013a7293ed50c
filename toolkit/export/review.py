"""The review document: catalogs of one domain joined into rows, before any rendering.

Units are joined by (msgctxt, msgid).  Rows follow the document order of the first catalog
given; units that only other catalogs have are appended in their own order.  Obsolete
units are left out.  Nothing here knows about PDF.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from toolkit.errors import UsageError
from toolkit.langs import normalize_code
from toolkit.model import Catalog, Finding, Unit
from toolkit.qa.files import target_language
from toolkit.stats import Progress, progress, unit_status


@dataclass(frozen=True)
class Cell:
    """One language's text for one unit: several forms for a plural unit."""

    lang: str
    forms: tuple[str, ...]
    status: str  # "source", "translated", "fuzzy", "untranslated", "missing"
    location: str  # "path:line" of the unit in its file, for error messages


@dataclass(frozen=True)
class Row:
    number: int
    reference: str  # first source reference (#:), or "" when there is none
    context: str | None
    cells: tuple[Cell, ...]
    findings: tuple[Finding, ...] = ()


@dataclass(frozen=True)
class Review:
    title: str
    source_lang: str
    columns: tuple[str, ...]  # languages, the source first
    rows: tuple[Row, ...]
    progress: dict[str, Progress]  # per target language
    sources: tuple[str, ...]  # source files named in references
    files: tuple[str, ...]  # catalogs read
    findings: tuple[Finding, ...] = field(default=())


def _source_forms(unit: Unit) -> tuple[str, ...]:
    if unit.source_plural is not None:
        return (unit.source, unit.source_plural)
    return (unit.source,)


def choose_columns(catalogs: Sequence[Catalog], source_lang: str,
                   columns: Sequence[str] | None) -> tuple[str, ...]:
    """The column set: ``--columns`` when given (source first), else source + each target."""
    targets = [normalize_code(c.target_lang) for c in catalogs if c.target_lang]
    if columns:
        wanted = tuple(normalize_code(c) for c in columns)
        if wanted[0] != normalize_code(source_lang):
            raise UsageError(f"--columns must start with the source language {source_lang!r}")
        missing = [lang for lang in wanted[1:] if lang not in targets]
        if missing:
            raise UsageError(f"--columns names {', '.join(missing)} but no catalog given has "
                             f"that language (have: {', '.join(targets) or 'none'})")
        return wanted
    seen: dict[str, None] = {normalize_code(source_lang): None}
    for lang in targets:
        seen.setdefault(lang)
    return tuple(seen)


def build_review(catalogs: Sequence[Catalog], *, source_lang: str, title: str,
                 columns: Sequence[str] | None = None,
                 findings: Sequence[Finding] = ()) -> Review:
    """Join ``catalogs`` (same source, different targets) into review rows."""
    if not catalogs:
        raise UsageError("no catalogs to export")
    # A catalog without a Language header takes its language from its path, as `check` does
    # (locales/kk/LC_MESSAGES/x.po, kk.po); failing that it is shown as "und".
    catalogs = [c if c.target_lang else
                replace(c, target_lang=target_language(c, c.path or "") or "und")
                for c in catalogs]
    cols = choose_columns(catalogs, source_lang, columns)
    if len(cols) < 2:
        raise UsageError("no target language to show: give translated catalogs (PO/XLIFF)")
    by_lang: dict[str, Catalog] = {}
    for catalog in catalogs:
        lang = normalize_code(catalog.target_lang or "")
        if lang in cols[1:]:
            if lang in by_lang:
                raise UsageError(f"two catalogs for {lang}: {by_lang[lang].path} and "
                                 f"{catalog.path}; export one domain at a time")
            by_lang[lang] = catalog

    order: dict[tuple[str | None, str], Unit] = {}
    for lang in cols[1:]:
        for unit in by_lang[lang].units:
            if not unit.obsolete:
                order.setdefault(unit.key, unit)
    index = {lang: {u.key: u for u in by_lang[lang].units if not u.obsolete}
             for lang in cols[1:]}
    found: dict[tuple[str | None, str], list[Finding]] = {}
    for finding in findings:
        found.setdefault((finding.msgctxt, finding.msgid), []).append(finding)

    rows: list[Row] = []
    sources: dict[str, None] = {}
    for number, (key, first) in enumerate(order.items(), 1):
        reference = first.locations[0] if first.locations else ""
        if reference:
            sources.setdefault(reference.rsplit(":", 1)[0])
        cells = [Cell(cols[0], _source_forms(first), "source",
                      f"{first_path(by_lang, cols)}:{first.line}")]
        for lang in cols[1:]:
            target = index[lang].get(key)
            where = f"{by_lang[lang].path}:{target.line if target else 0}"
            if target is None:
                cells.append(Cell(lang, ("",), "missing", where))
            else:
                cells.append(Cell(lang, tuple(target.target), unit_status(target), where))
        rows.append(Row(number, reference, first.context, tuple(cells),
                        tuple(found.get(key, ()))))
    return Review(
        title=title,
        source_lang=cols[0],
        columns=cols,
        rows=tuple(rows),
        progress={lang: progress(by_lang[lang].units) for lang in cols[1:]},
        sources=tuple(sources),
        files=tuple(str(by_lang[lang].path) for lang in cols[1:]),
        findings=tuple(findings),
    )


def first_path(by_lang: dict[str, Catalog], cols: Sequence[str]) -> str:
    return str(by_lang[cols[1]].path) if len(cols) > 1 else ""
