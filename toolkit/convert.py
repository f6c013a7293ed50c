"""Convert a catalog between PO, XLIFF 1.2, XLIFF 2.1 and TMX (``toolkit convert``).

The library never prints: :func:`convert` returns the warnings (what the output format
cannot hold, duplicates dropped) and the CLI prints them on stderr.
"""

from __future__ import annotations

import datetime as _dt
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Protocol

from toolkit.errors import UsageError
from toolkit.formats import detect, module_for, xliff2
from toolkit.formats import tmx as tmx_format
from toolkit.formats._xmltext import lang_tag
from toolkit.fsio import atomic_write, read_bytes
from toolkit.model import Catalog, Concept, TermHit, Unit


@dataclass(frozen=True)
class Result:
    """What a conversion did."""

    input_format: str
    output_format: str
    units: int
    warnings: tuple[str, ...]


def read_any(path: str | Path, *, source_lang: str | None = None,
             target_lang: str | None = None) -> Catalog:
    """Read a catalog in any format we know (format from the extension)."""
    fmt = detect(path)
    data = read_bytes(path)
    if fmt == "tmx":
        catalog = tmx_format.read(data, str(path), source_lang=source_lang,
                                  target_lang=target_lang)
    else:
        catalog = module_for(fmt).read(data, str(path))
    if source_lang:
        catalog = replace(catalog, source_lang=source_lang)
    if target_lang:
        catalog = replace(catalog, target_lang=target_lang)
    return catalog


def drop_duplicates(catalog: Catalog) -> tuple[Catalog, list[str]]:
    """Keep the first unit of each (msgctxt, msgid): a PO file cannot hold two."""
    seen: set[tuple[str | None, str]] = set()
    kept: list[Unit] = []
    dropped: list[Unit] = []
    for unit in catalog.units:
        key = (unit.context, unit.source)
        if key in seen and not unit.obsolete:
            dropped.append(unit)
            continue
        if not unit.obsolete:
            seen.add(key)
        kept.append(unit)
    if not dropped:
        return catalog, []
    first = dropped[0]
    where = f" (first at line {first.line})" if first.line else ""
    return replace(catalog, units=tuple(kept)), [
        f"{len(dropped)} duplicate unit(s) dropped: PO holds one translation per "
        f"msgctxt+msgid, the first one is kept{where}"]


def glossary_for(path: str | Path, catalog: Catalog) -> xliff2.Glossary:
    """Build the XLIFF 2 Glossary-module annotator from a termbase file or folder."""
    from toolkit.glossary.matcher import TermMatcher
    from toolkit.glossary.termbase import load_termbase

    termbase = load_termbase(path)
    return glossary_from_concepts(termbase.concepts, TermMatcher(termbase.concepts), catalog)


class TermFinder(Protocol):
    """What the glossary matcher offers (``toolkit.glossary.matcher.TermMatcher``)."""

    def find(self, text: str, lang: str) -> list[TermHit]: ...


def glossary_from_concepts(concepts: Sequence[Concept], matcher: TermFinder,
                           catalog: Catalog) -> xliff2.Glossary:
    """Wrap a matcher for the XLIFF 2 writer: terms found in the catalog's source language."""
    lang = catalog.source_lang or "en"

    def hits(text: str) -> Sequence[TermHit]:
        return matcher.find(text, lang)

    return xliff2.Glossary(find=hits, concepts={c.id: c for c in concepts},
                           target_lang=catalog.target_lang)


def fresh_header(catalog: Catalog, project: str) -> dict[str, str]:
    """A PO header (charset, Language, Plural-Forms) for a catalog that came without one."""
    from toolkit.formats.po import make_header

    now = _dt.datetime.now(_dt.timezone.utc).strftime("%Y-%m-%d %H:%M+0000")
    lang = catalog.target_lang.replace("-", "_") if catalog.target_lang else None
    return make_header(lang, project=project, creation_date=now)


def convert(source: str | Path, target: str | Path, *, to: str | None = None,
            source_lang: str | None = None, target_lang: str | None = None,
            glossary: str | Path | None = None) -> Result:
    """Read ``source``, write ``target`` in the format of ``to`` or its extension."""
    out_fmt = detect(target, to)
    in_fmt = detect(source)
    for option, value in (("--source-lang", source_lang), ("--target-lang", target_lang)):
        if value is not None and lang_tag(value) is None:
            raise UsageError(f"{option} {value!r} is not a language tag (e.g. en, kk, kk-Latn)")
    if glossary is not None and out_fmt != "xliff2":
        raise UsageError("--glossary only applies to XLIFF 2 output (--to xliff2 or .xlf2)")
    catalog = read_any(source, source_lang=source_lang, target_lang=target_lang)
    warnings: list[str] = []
    if out_fmt == "po":
        catalog, dropped = drop_duplicates(catalog)
        warnings.extend(dropped)
        reviewed = sum(1 for u in catalog.units if u.state in ("reviewed", "final"))
        if reviewed:
            warnings.append(f"{reviewed} unit(s) marked reviewed/final: PO has no place for "
                            "review states, they become plain translated entries")
        if not catalog.header:  # XLIFF from another tool: give the PO a usable header
            catalog = replace(catalog, header=fresh_header(catalog, Path(target).stem))
    module = module_for(out_fmt)
    losses = getattr(module, "losses", None)
    if losses is not None:
        warnings.extend(losses(catalog))
    if out_fmt == "xliff2" and glossary is not None:
        data = xliff2.write(catalog, glossary=glossary_for(glossary, catalog))
    else:
        data = module.write(catalog)
    atomic_write(target, data)
    if out_fmt == "tmx":
        written = sum(1 for u in catalog.units if tmx_format.exportable(u))
    elif out_fmt == "po":
        written = len(catalog.units)
    else:
        written = sum(1 for u in catalog.units if not u.obsolete)
    return Result(in_fmt, out_fmt, written, tuple(warnings))
