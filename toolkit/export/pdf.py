"""Review -> PDF with reportlab: one table row per unit, side by side, on every page a running
header and a "page X of Y" footer.  Text stays real text (selectable, searchable) in an
embedded subset of Noto Sans.

Why reportlab: it is the fastest of the peers measured here (300 wrapping rows in 0.6 s, see
``shared/notes/peers.md``) and, since 4.x, splits a table row that is taller than a page
(``splitInRow``), so no text is ever cut off.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    NextPageTemplate,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from toolkit import __version__
from toolkit.export.fonts import FontSet, check_coverage
from toolkit.export.markup import ConceptColors, highlight, plain
from toolkit.export.review import Cell, Review, Row
from toolkit.langs import get_language_or_generic
from toolkit.model import Severity, TermHit

#: Cell backgrounds by status (also shown in the legend).
STATUS_COLORS: dict[str, str] = {
    "source": "#f3f4f6",
    "translated": "#ffffff",
    "fuzzy": "#fff4c2",
    "untranslated": "#fde0e0",
    "missing": "#fde0e0",
}
STATUS_LABELS: dict[str, str] = {
    "translated": "translated",
    "fuzzy": "fuzzy: needs review",
    "untranslated": "untranslated",
    "missing": "missing from the catalog",
}
PAPERS = {"A4": A4, "letter": letter}

Finder = Callable[[str, str], Sequence[TermHit]]


@dataclass(frozen=True)
class PdfOptions:
    paper: str = "A4"
    landscape: bool = False
    date: str = ""
    font_name: str = "Noto Sans"
    show_findings: bool = False


class _NumberedCanvas(Canvas):  # type: ignore[misc]  # reportlab ships no type hints
    """Defers page output so the footer can say "page X of Y" (the total is known last)."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._header_text: str = kwargs.pop("header_text", "")
        self._font: str = kwargs.pop("font_name", "Helvetica")
        self._pages_out: list[int] = kwargs.pop("pages_out", [])
        super().__init__(*args, **kwargs)
        self._saved: list[dict[str, Any]] = []

    def showPage(self) -> None:  # reportlab's method name
        self._saved.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._saved)
        self._pages_out.append(total)
        for state in self._saved:
            self.__dict__.update(state)
            self._decorate(total)
            super().showPage()
        super().save()

    def _decorate(self, total: int) -> None:
        width, height = self._pagesize
        self.saveState()
        self.setFont(self._font, 8)
        self.setFillColor(colors.HexColor("#555555"))
        self.drawString(1.5 * cm, height - 1.0 * cm, self._header_text)
        self.drawRightString(width - 1.5 * cm, height - 1.0 * cm, f"Tilmash {__version__}")
        self.setStrokeColor(colors.HexColor("#bbbbbb"))
        self.line(1.5 * cm, height - 1.15 * cm, width - 1.5 * cm, height - 1.15 * cm)
        self.drawCentredString(width / 2, 0.8 * cm, f"page {self._pageNumber} of {total}")
        self.restoreState()


def _styles(fonts: FontSet) -> dict[str, ParagraphStyle]:
    body = ParagraphStyle("cell", fontName=fonts.regular, fontSize=8.5, leading=11)
    return {
        "cell": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7, leading=8.5,
                                textColor=colors.HexColor("#555555")),
        "head": ParagraphStyle("head", parent=body, fontName=fonts.bold, fontSize=8.5),
        "finding": ParagraphStyle("finding", parent=body, fontSize=7.5, leading=9.5,
                                  textColor=colors.HexColor("#8a1c00")),
        "title": ParagraphStyle("title", parent=body, fontName=fonts.bold, fontSize=17,
                                leading=22, spaceAfter=8),
        "h2": ParagraphStyle("h2", parent=body, fontName=fonts.bold, fontSize=11, leading=15,
                             spaceBefore=10, spaceAfter=4),
        "marker": ParagraphStyle("marker", parent=body, fontName=fonts.italic,
                                 textColor=colors.HexColor("#9b1c1c")),
    }


def _lang_label(code: str) -> str:
    return f"{get_language_or_generic(code).name} ({code})"


def _cell_markup(cell: Cell, find: Finder | None, concept_colors: ConceptColors) -> str:
    if cell.status in ("untranslated", "missing") and not any(cell.forms):
        return f"<i>— {STATUS_LABELS[cell.status]} —</i>"
    parts = []
    for n, form in enumerate(cell.forms):
        text = highlight(form, find(form, cell.lang), concept_colors) if find else plain(form)
        if len(cell.forms) > 1:
            label = "plural" if cell.status == "source" and n == 1 else f"[{n}]"
            text = f'<font size="7" color="#666666">{label}</font> {text}'
        parts.append(text)
    body = "<br/>".join(parts)
    if cell.status == "fuzzy":
        body = f'<font size="7" color="#8a6d00"><b>FUZZY</b></font> {body}'
    return body


def _front_matter(review: Review, styles: dict[str, ParagraphStyle], options: PdfOptions,
                  fonts: FontSet) -> list[Flowable]:
    story: list[Flowable] = [Paragraph(plain(review.title), styles["title"])]
    meta = [
        ["Source", ", ".join(review.sources) or "—"],
        ["Catalogs", ", ".join(review.files)],
        ["Languages", ", ".join(_lang_label(c) for c in review.columns)],
        ["Date", options.date],
        ["Units", str(len(review.rows))],
    ]
    meta_table = Table([[Paragraph(f"<b>{plain(k)}</b>", styles["cell"]),
                         Paragraph(plain(v), styles["cell"])] for k, v in meta],
                       colWidths=[3 * cm, None], hAlign="LEFT")
    meta_table.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                                    ("BOTTOMPADDING", (0, 0), (-1, -1), 2)]))
    story += [meta_table, Paragraph("Translation progress", styles["h2"])]
    head = ["Language", "Translated", "Fuzzy", "Untranslated", "Words translated",
            "Words fuzzy", "Words untranslated", "Done"]
    data: list[list[Any]] = [[Paragraph(f"<b>{h}</b>", styles["small"]) for h in head]]
    for lang, prog in review.progress.items():
        data.append([_lang_label(lang), prog.translated, prog.fuzzy, prog.untranslated,
                     prog.translated_words, prog.fuzzy_words, prog.untranslated_words,
                     f"{prog.percent:.0f}%"])
    table = Table(data, hAlign="LEFT")
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.regular, 8),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("ALIGN", (1, 1), (-1, -1), "RIGHT"),
    ]))
    story += [table, Paragraph("Legend", styles["h2"])]
    legend: list[list[Any]] = []
    for status in ("translated", "fuzzy", "untranslated"):
        legend.append(["", Paragraph(STATUS_LABELS[status], styles["cell"])])
    legend.append(["", Paragraph('<font backColor="#cfe8ff">glossary term</font>: one colour per '
                                 "concept, the same in every language", styles["cell"])])
    legend.append(["", Paragraph('<font color="#c0001a"><strike>forbidden term</strike></font>: '
                                 "deprecated or superseded in the glossary", styles["cell"])])
    if options.show_findings:
        legend.append(["", Paragraph('<font color="#8a1c00">• check findings</font> under '
                                     "their unit; summary at the end", styles["cell"])])
    ltable = Table(legend, colWidths=[0.8 * cm, None], hAlign="LEFT")
    lstyle = [("GRID", (0, 0), (0, 2), 0.4, colors.HexColor("#999999")),
              ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]
    for i, status in enumerate(("translated", "fuzzy", "untranslated")):
        lstyle.append(("BACKGROUND", (0, i), (0, i), colors.HexColor(STATUS_COLORS[status])))
    ltable.setStyle(TableStyle(lstyle))
    story += [ltable, Spacer(1, 0.4 * cm)]
    return story


def _header_row(review: Review, styles: dict[str, ParagraphStyle]) -> list[Any]:
    return [Paragraph("<b>#</b>", styles["head"])] + [
        Paragraph(plain(_lang_label(c)), styles["head"]) for c in review.columns]


def _unit_rows(row: Row, styles: dict[str, ParagraphStyle], find: Finder | None,
               concept_colors: ConceptColors, show_findings: bool
               ) -> tuple[list[list[Any]], list[tuple[Any, ...]]]:
    """One unit: its row, and under it a row of findings when shown; with its styles."""
    # The file name and line: the folder is on the first page ("Source").
    ref = f"<br/>{plain(row.reference.rsplit('/', 1)[-1])}" if row.reference else ""
    ctx = f"<br/><i>{plain(row.context)}</i>" if row.context else ""
    data: list[list[Any]] = [
        [Paragraph(f"<b>{row.number}</b>{ref}{ctx}", styles["small"])]
        + [Paragraph(_cell_markup(cell, find, concept_colors),
                     styles["marker"] if cell.status in ("untranslated", "missing")
                     and not any(cell.forms) else styles["cell"])
           for cell in row.cells]]
    commands: list[tuple[Any, ...]] = []
    for c, cell in enumerate(row.cells, 1):
        color = STATUS_COLORS[cell.status]
        if color != "#ffffff":
            commands.append(("BACKGROUND", (c, 0), (c, 0), colors.HexColor(color)))
    if show_findings and row.findings:
        ncols = len(row.cells)
        lines = "<br/>".join(
            f"• [{plain(f.locale or '')}] <b>{plain(f.severity.value)} {plain(f.check)}</b>: "
            f"{plain(f.message)}" for f in row.findings)
        data.append([""] + [Paragraph(lines, styles["finding"])] + [""] * (ncols - 1))
        commands.append(("SPAN", (1, 1), (ncols, 1)))
        commands.append(("BACKGROUND", (1, 1), (ncols, 1), colors.HexColor("#fff0e8")))
    return data, commands


def _summary(review: Review, styles: dict[str, ParagraphStyle], fonts: FontSet) -> list[Flowable]:
    langs = list(review.columns[1:])
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for f in review.findings:
        per = counts.setdefault((f.check, f.severity.value), {})
        per[f.locale or ""] = per.get(f.locale or "", 0) + 1
    story: list[Flowable] = [Paragraph("Findings summary", styles["h2"])]
    if not counts:
        return [*story, Paragraph("No findings.", styles["cell"])]
    data: list[list[Any]] = [["Check", "Severity", *langs, "Total"]]
    order = sorted(counts, key=lambda k: (-Severity(k[1]).rank, k[0]))
    for check, severity in order:
        per = counts[(check, severity)]
        data.append([check, severity, *[per.get(lang, 0) for lang in langs], sum(per.values())])
    table = Table(data, hAlign="LEFT", repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), fonts.regular, 8),
        ("FONT", (0, 0), (-1, 0), fonts.bold, 8),
        ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#bbbbbb")),
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
        ("ALIGN", (2, 1), (-1, -1), "RIGHT"),
    ]))
    return [*story, table]


def _texts(review: Review) -> Iterator[tuple[str, str]]:
    yield review.title, "--title"
    for path in (*review.sources, *review.files):
        yield path, "file name"
    for row in review.rows:
        yield row.reference, row.cells[0].location
        for cell in row.cells:
            for form in cell.forms:
                yield form, cell.location
        for finding in row.findings:
            yield finding.message, f"{finding.path}:{finding.line}"


@dataclass(frozen=True)
class RenderedPdf:
    data: bytes
    pages: int


def render_pdf(review: Review, fonts: FontSet, options: PdfOptions,
               find: Finder | None = None) -> RenderedPdf:
    """Render ``review``; ``find(text, lang)`` returns the glossary hits to highlight."""
    check_coverage(fonts, _texts(review), options.font_name)
    pagesize = PAPERS[options.paper]
    if options.landscape:
        pagesize = landscape(pagesize)
    styles = _styles(fonts)
    concept_colors = ConceptColors()
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer, pagesize=pagesize, leftMargin=1.5 * cm, rightMargin=1.5 * cm,
        topMargin=1.6 * cm, bottomMargin=1.4 * cm, title=review.title,
        author="Tilmash", subject="Translation review: " + ", ".join(review.columns),
        creator=f"Tilmash {__version__}", lang=review.columns[1] if len(review.columns) > 1
        else review.source_lang,
    )
    number_width = 2.3 * cm
    widths = [number_width] + [(doc.width - number_width) / len(review.columns)] * len(
        review.columns)
    grid = [("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("GRID", (0, 0), (-1, -1), 0.4, colors.HexColor("#c4c7cc")),
            ("TOPPADDING", (0, 0), (-1, -1), 3),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]

    def header_table() -> Table:
        table = Table([_header_row(review, styles)], colWidths=widths)
        table.setStyle(TableStyle([*grid, ("BACKGROUND", (0, 0), (-1, 0),
                                           colors.HexColor("#e5e7eb"))]))
        return table

    # One small table per unit, not one table of every unit: reportlab re-wraps all the
    # remaining rows of a table each time it splits it at a page break (quadratic in the
    # number of units).  The column header is drawn by the page template on every page
    # after the first, in a band above the frame.
    running_header = header_table()
    band = running_header.wrap(doc.width, doc.height)[1]

    def draw_header(canvas: Canvas, _doc: Any) -> None:
        running_header.drawOn(canvas, doc.leftMargin, doc.bottomMargin + doc.height - band)

    def frame(height: float) -> Frame:
        return Frame(doc.leftMargin, doc.bottomMargin, doc.width, height, leftPadding=0,
                     rightPadding=0, topPadding=0, bottomPadding=0)

    doc.addPageTemplates([
        PageTemplate(id="first", frames=[frame(doc.height)]),
        PageTemplate(id="rows", frames=[frame(doc.height - band)], onPage=draw_header),
    ])
    story = _front_matter(review, styles, options, fonts)
    story += [header_table(), NextPageTemplate("rows")]
    for row in review.rows:
        data, commands = _unit_rows(row, styles, find, concept_colors, options.show_findings)
        table = Table(data, colWidths=widths, splitInRow=1)
        table.setStyle(TableStyle([*grid, *commands]))
        story.append(table)
    if options.show_findings:
        story += [NextPageTemplate("first"), *_summary(review, styles, fonts)]
    header = f"{review.title}: {' | '.join(review.columns)}"

    pages: list[int] = []

    def canvasmaker(*args: Any, **kwargs: Any) -> _NumberedCanvas:
        return _NumberedCanvas(*args, header_text=header, font_name=fonts.regular,
                               pages_out=pages, **kwargs)

    doc.build(story, canvasmaker=canvasmaker)
    return RenderedPdf(buffer.getvalue(), pages[-1] if pages else 0)


def used_concepts(review: Review, find: Finder) -> set[str]:
    """Concept ids found in any cell (for tests and the term index)."""
    found: set[str] = set()
    for row in review.rows:
        for cell in row.cells:
            for form in cell.forms:
                found.update(hit.concept_id for hit in find(form, cell.lang))
    return found


__all__ = ["Finder", "PdfOptions", "RenderedPdf", "Row", "render_pdf", "used_concepts"]
