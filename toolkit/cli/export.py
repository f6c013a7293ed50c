"""`toolkit export pdf`: bilingual and trilingual review PDFs."""

from __future__ import annotations

from pathlib import Path

import typer

from toolkit.cli.common import catalog_paths
from toolkit.cli.output import info
from toolkit.config import load_project
from toolkit.errors import UsageError

export_app = typer.Typer(
    rich_markup_mode=None,  # help texts say [tool.toolkit]: not markup
    help="Export review documents.", no_args_is_help=True)


def register(app: typer.Typer) -> None:
    app.add_typer(export_app, name="export")


@export_app.command("pdf")
def pdf(
    paths: list[Path] = typer.Argument(None, help="PO or XLIFF files of one domain "
                                       "(default: the configured catalogs)."),
    output: Path = typer.Option(..., "-o", "--output", help="The PDF to write."),
    columns: str = typer.Option(None, "--columns",
                                help="Languages, source first, e.g. en,kk,ru or en,kk."),
    glossary: Path = typer.Option(None, "--glossary",
                                  help="Termbase to highlight (default: the configured one)."),
    findings: bool = typer.Option(False, "--findings",
                                  help="Show `toolkit check` findings beside their units."),
    title: str = typer.Option(None, "--title", help="Document title."),
    paper: str = typer.Option("A4", "--paper", help="A4 or letter."),
    landscape: bool = typer.Option(False, "--landscape", help="Landscape pages."),
    font: Path = typer.Option(None, "--font", help="A TrueType font to use instead of Noto Sans."),
) -> None:
    """Export PO/XLIFF catalogs side by side as a review PDF.

    Examples:

      toolkit export pdf -o build/article.en-kk-ru.pdf --findings

      toolkit export pdf locales/kk/LC_MESSAGES/article.po -o kk.pdf --columns en,kk
    """
    from toolkit.export import export_pdf
    from toolkit.formats import read_catalog

    project = load_project()
    files = catalog_paths(paths, project)
    if not output.suffix.lower() == ".pdf":
        raise UsageError(f"{output}: the output must be a .pdf file")
    catalogs = [read_catalog(p) for p in files]
    source_lang = next((c.source_lang for c in catalogs if c.source_lang), project.source_lang)
    terms = project.find_glossary(glossary)
    found = None
    if findings:
        from toolkit.qa.command import CheckRequest, check

        request = CheckRequest(paths=tuple(str(p) for p in files),
                               glossary=str(terms) if terms else None, fail_on="never")
        found = check(request, project).result.findings
    result = export_pdf(
        catalogs, output, source_lang=source_lang,
        title=title or f"{project.domain_for()}: translation review",
        columns=[c.strip() for c in columns.split(",")] if columns else None,
        glossary=terms, findings=found, paper=paper, landscape=landscape, font=font,
    )
    info(f"wrote {result.path} ({result.pages} pages, {result.rows} units, "
               f"{' | '.join(result.columns)})")
