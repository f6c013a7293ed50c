"""`toolkit segment`: cut source articles into sentences and keep POT/PO catalogs up to date.

Thin layer: resolve options against ``[tool.toolkit]``, call
:func:`toolkit.extract.pipeline.segment_sources`, print a short summary.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import typer

from toolkit.cli import output
from toolkit.config import load_project
from toolkit.errors import UsageError
from toolkit.extract.pipeline import WrittenFile, segment_sources
from toolkit.extract.request import request_from_project
from toolkit.model import Catalog
from toolkit.tm import MemoryPrefill


def summary(files: list[WrittenFile]) -> list[str]:
    """One line per output file."""
    lines = []
    for f in files:
        verb = "wrote" if f.changed else "unchanged"
        if f.stats is None:
            lines.append(f"{verb} {f.path} ({f.units} units)")
        else:
            s = f.stats
            lines.append(f"{verb} {f.path} ({f.units} units: {s.kept} kept, {s.new} new, "
                         f"{s.fuzzy} fuzzy, {s.revived} revived, {s.obsolete} obsolete)")
    return lines


def register(app: typer.Typer) -> None:
    @app.command("segment")
    def segment(
        sources: list[Path] = typer.Argument(
            None, help="Source articles (.txt, .md). Default: [tool.toolkit] sources."),
        source_lang: str = typer.Option(
            None, "--source-lang", help="Language of the sources: en, ru or kk."),
        target: list[str] = typer.Option(
            None, "--target", help="Target language (repeat for several)."),
        domain: str = typer.Option(
            None, "--domain", help="Catalog name. Default: the first SOURCE's stem, or the "
            "configured domain when no SOURCE is given."),
        out: Path = typer.Option(
            None, "--out", help="Output folder. Default: the configured locales dir."),
        formats: list[str] = typer.Option(
            None, "--format", help="Also write each catalog as xliff (1.2) or xliff2 (2.1) "
            "beside its PO (repeat for both)."),
        tm: Path = typer.Option(
            None, "--tm", help="Translation memory (.tmx): pre-fill exact matches as "
            "translated, close ones (>= 75%) as fuzzy with the score in a comment."),
        export_srx: Path = typer.Option(
            None, "--export-srx", help="Write the segmentation rules as SRX 2.0 (for OmegaT, "
            "Okapi) to this file and exit without segmenting."),
    ) -> None:
        """Segment sources into sentences and write DIR/<domain>.pot and
        DIR/<lang>/LC_MESSAGES/<domain>.po, keeping existing translations.

        Examples:

          toolkit segment

          toolkit segment notes.txt --source-lang ru --target kk --out /tmp/x

          toolkit segment --export-srx tilmash.srx
        """
        if export_srx is not None:
            from toolkit.segment.srx import export_srx_file

            export_srx_file(export_srx)
            output.info(f"wrote {export_srx}")
            return
        project = load_project()
        request = request_from_project(project, list(sources or []), source_lang,
                                       list(target or []), domain, out)
        for fmt in formats or []:
            if fmt not in ("xliff", "xliff2"):
                raise UsageError(f"--format {fmt!r}: choose xliff or xliff2")
        prefill = (MemoryPrefill(tm, request.source_lang, request.targets) if tm is not None
                   else None)
        src_lang = request.source_lang  # XLIFF writes the source language

        def with_source_lang(catalog: Catalog) -> Catalog:
            return replace(catalog, source_lang=src_lang)

        request = replace(request, formats=tuple(dict.fromkeys(formats or [])),
                          transforms=(*request.transforms, with_source_lang,
                                      *([prefill] if prefill else [])))
        written = segment_sources(request)
        if output.level() >= output.NORMAL:
            for line in summary(written):
                typer.echo(line)
        for lang, stats in prefill.stats if prefill else []:
            typer.echo(f"{lang}: {stats.exact} exact and {stats.fuzzy} fuzzy match(es) "
                       f"from {tm}")
