"""`toolkit segment` as a library call: sources -> POT + one merged PO per target language.

:func:`segment_sources` reads and validates every input first, builds the template and each
catalog in memory, and only then writes, under ``fsio.locked(out_dir)`` and with atomic
writes, the files whose content changed.  It returns what it wrote.

Extension points (kept small on purpose): ``SegmentRequest.formats`` names extra catalog
formats written beside each PO (``toolkit.formats`` registry, e.g. ``xliff``), and
``SegmentRequest.transforms`` are functions applied to each target catalog after the merge
(e.g. pre-filling from a translation memory).
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from toolkit.errors import InputError, UsageError
from toolkit.extract import Document, extract_units
from toolkit.formats import module_for, po
from toolkit.formats._plural import parse_plural_forms
from toolkit.fsio import atomic_write, check_writable_dir, locked, read_bytes, read_text
from toolkit.langs import get_language_or_generic, normalize_code
from toolkit.merge import MergeStats, merge
from toolkit.model import Catalog, Unit

CatalogTransform = Callable[[Catalog], Catalog]


@dataclass(frozen=True)
class SegmentRequest:
    """Everything `toolkit segment` needs; paths are absolute or relative to the cwd."""

    sources: tuple[Path, ...]
    display_paths: tuple[str, ...]  # how references name each source
    source_lang: str
    targets: tuple[str, ...]
    domain: str
    out_dir: Path
    formats: tuple[str, ...] = ()
    transforms: tuple[CatalogTransform, ...] = ()
    now: Callable[[], str] = field(default=lambda: now_stamp())


@dataclass(frozen=True)
class WrittenFile:
    """One output file and what happened to it."""

    path: Path
    changed: bool
    units: int
    stats: MergeStats | None = None  # None for the template


def now_stamp() -> str:
    """The current time in gettext's header format (``2025-04-25 14:03+0000``)."""
    return _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M+0000")


def read_documents(sources: Sequence[Path], display_paths: Sequence[str]) -> list[Document]:
    """Read and validate every source (missing, folder, binary, non-UTF-8, empty)."""
    docs: list[Document] = []
    for path, shown in zip(sources, display_paths, strict=True):
        text = read_text(path).text
        if not text.strip():
            raise InputError("empty file: there is no text to segment", path)
        docs.append(Document.of(shown, text))
    return docs


def _read_existing(path: Path) -> Catalog | None:
    """An existing catalog we are about to rewrite; its plural forms must be sound (as
    msgfmt requires), or merging could not give each unit the right number of forms."""
    if not path.exists():
        return None
    catalog = po.read(read_bytes(path), str(path))
    po.check_plurals(catalog)
    return catalog


def _strip_lines(units: Sequence[Unit]) -> tuple[Unit, ...]:
    return tuple(replace(u, line=0) for u in units)


def _template(units: list[Unit], old: Catalog | None, domain: str, now: str) -> Catalog:
    """The POT catalog; an unchanged template keeps its old header (and so its date)."""
    if old is not None and _strip_lines(old.units) == tuple(units):
        return replace(old, units=tuple(units), path=None)
    header = po.make_header(None, project=domain, creation_date=now)
    return Catalog(units=tuple(units), header=header, header_comments=_POT_COMMENTS)


_POT_COMMENTS = ("Translation template made by Tilmash `toolkit segment`.",
                 "Do not translate this file: translate the PO files of each language.")


def _target_catalog(old: Catalog | None, template: Catalog, lang: str, pot_date: str,
                    domain: str) -> tuple[Catalog, MergeStats]:
    language = get_language_or_generic(lang)
    old_units = old.units if old is not None else ()
    nplurals = language.nplurals
    if old is not None and "Plural-Forms" in old.header:  # the translator's header wins
        nplurals = parse_plural_forms(old.header["Plural-Forms"])[0]
    units, stats = merge(old_units, template.units, nplurals)
    if old is None:
        header = po.make_header(lang, project=domain, creation_date=pot_date)
        return Catalog(units=tuple(units), header=header, target_lang=lang), stats
    header = dict(old.header)
    header.setdefault("Language", lang)
    header.setdefault("Plural-Forms", language.plural_forms)
    if _strip_lines(old.units) != tuple(units):
        header["POT-Creation-Date"] = pot_date
        header["X-Generator"] = po.make_header(lang, project=domain,
                                               creation_date=pot_date)["X-Generator"]
    return replace(old, units=tuple(units), header=header, target_lang=lang,
                   path=None), stats


def plan(request: SegmentRequest, docs: Sequence[Document] | None = None,
         ) -> list[tuple[Path, Catalog, MergeStats | None, bool]]:
    """Build every output catalog in memory: (path, catalog, stats, changed)."""
    if docs is None:
        docs = read_documents(request.sources, request.display_paths)
    units = extract_units(docs, normalize_code(request.source_lang))
    if not units:
        raise InputError("no sentences found in the sources", request.sources[0])
    out = request.out_dir
    pot_path = out / f"{request.domain}.pot"
    old_pot = _read_existing(pot_path)
    template = _template(units, old_pot, request.domain, request.now())
    pot_date = template.header.get("POT-Creation-Date", "")
    result: list[tuple[Path, Catalog, MergeStats | None, bool]] = [
        (pot_path, template, None,
         old_pot is None or _strip_lines(old_pot.units) != template.units)]
    for lang in request.targets:
        path = out / lang / "LC_MESSAGES" / f"{request.domain}.po"
        old = _read_existing(path)
        catalog, stats = _target_catalog(old, template, lang, pot_date, request.domain)
        for transform in request.transforms:
            catalog = transform(catalog)
        changed = old is None or _strip_lines(old.units) != catalog.units or \
            dict(old.header) != dict(catalog.header)
        result.append((path, catalog, stats, changed))
    return result


def segment_sources(request: SegmentRequest) -> list[WrittenFile]:
    """Run the whole command; returns one :class:`WrittenFile` per output file."""
    if not request.sources:
        raise UsageError("no source files: give SOURCE arguments or set "
                         "[tool.toolkit] sources")
    check_writable_dir(request.out_dir)
    for fmt in request.formats:
        module_for(fmt)
    # Sources are read and checked before the output folder or its lock file is created.
    docs = read_documents(request.sources, request.display_paths)
    with locked(request.out_dir):
        planned = plan(request, docs)
        # Render everything before the first write, so a failure writes nothing.
        rendered = [(path, po.write(cat) if changed else b"", cat, stats, changed)
                    for path, cat, stats, changed in planned]
        extra: list[tuple[Path, bytes]] = []
        for path, _data, cat, stats, _changed in rendered:
            if stats is None:
                continue
            for fmt in request.formats:
                module = module_for(fmt)
                extra.append((path.with_suffix(f".{fmt}"), module.write(cat)))
        written: list[WrittenFile] = []
        for path, data, cat, stats, changed in rendered:
            if changed:
                atomic_write(path, data)
            written.append(WrittenFile(path, changed, len(cat.active), stats))
        for path, data in extra:
            atomic_write(path, data)
    return written


__all__ = ["SegmentRequest", "WrittenFile", "now_stamp", "plan", "segment_sources"]
