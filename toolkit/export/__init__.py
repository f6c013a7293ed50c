"""Review documents: ``export_pdf`` joins catalogs of one domain into a bilingual or
trilingual PDF (``review`` builds the rows, ``pdf`` renders them, ``fonts`` and ``markup``
help).  The command line is ``toolkit export pdf``.
"""

from __future__ import annotations

import datetime
import os
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from toolkit.errors import UsageError
from toolkit.fsio import atomic_write, check_writable_dir
from toolkit.model import Catalog, Finding, TermHit


@dataclass(frozen=True)
class ExportResult:
    path: Path
    pages: int
    rows: int
    columns: tuple[str, ...]
    highlighted_concepts: int


def document_date() -> str:
    """Today, or ``SOURCE_DATE_EPOCH`` when set (reproducible builds)."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch and epoch.isdigit():
        day = datetime.datetime.fromtimestamp(int(epoch), tz=datetime.timezone.utc).date()
    else:
        day = datetime.date.today()
    return day.isoformat()


def export_pdf(
    catalogs: Sequence[Catalog],
    out: Path,
    *,
    source_lang: str,
    title: str,
    columns: Sequence[str] | None = None,
    glossary: Path | None = None,
    findings: Sequence[Finding] | None = None,
    paper: str = "A4",
    landscape: bool = False,
    font: Path | None = None,
) -> ExportResult:
    """Write the review PDF for ``catalogs`` to ``out`` (atomically) and describe it."""
    # Heavy imports (reportlab, the fonts, the matcher) only when exporting.
    from toolkit.export.fonts import load_fonts
    from toolkit.export.pdf import PAPERS, Finder, PdfOptions, render_pdf
    from toolkit.export.review import build_review

    if paper not in PAPERS:
        raise UsageError(f"unknown paper size {paper!r}; choose {' or '.join(PAPERS)}")
    check_writable_dir(out.parent)
    review = build_review(catalogs, source_lang=source_lang, title=title, columns=columns,
                          findings=findings or ())
    fonts = load_fonts(font)
    find: Finder | None = None
    used: set[str] = set()
    if glossary is not None:
        from toolkit.glossary.matcher import TermMatcher

        matcher = TermMatcher.from_path(glossary)

        def find_terms(text: str, lang: str) -> list[TermHit]:
            hits: list[TermHit] = matcher.find(text, lang)
            used.update(h.concept_id for h in hits)
            return hits

        find = find_terms

    options = PdfOptions(paper=paper, landscape=landscape, date=document_date(),
                         font_name=font.name if font else "Noto Sans",
                         show_findings=findings is not None)
    rendered = render_pdf(review, fonts, options, find)
    atomic_write(out, rendered.data)
    return ExportResult(out, rendered.pages, len(review.rows), review.columns, len(used))
