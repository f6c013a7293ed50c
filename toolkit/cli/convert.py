"""`toolkit convert INPUT OUTPUT`: move units between PO, XLIFF 1.2, XLIFF 2.1 and TMX."""

from __future__ import annotations

from pathlib import Path

import typer

from toolkit.cli import output
from toolkit.convert import convert


def register(app: typer.Typer) -> None:
    @app.command("convert", epilog=(
        "\b\nExamples:\n"
        "  toolkit convert locales/kk/LC_MESSAGES/article.po article.kk.xlf\n"
        "  toolkit convert article.kk.xlf article.kk.xlf2 --glossary glossary\n"
        "  toolkit convert locales/ru/LC_MESSAGES/article.po memory.tmx\n"
        "  toolkit convert agency.tmx kk.po --target-lang kk"))
    def _convert(
        source: Path = typer.Argument(..., help="Input file (.po/.pot, .xlf/.xliff, .xlf2, .tmx)."),
        target: Path = typer.Argument(..., help="Output file; its extension picks the format."),
        to: str | None = typer.Option(
            None, "--to", help="Output format: po, xliff (1.2), xliff2 (2.1) or tmx."),
        source_lang: str | None = typer.Option(
            None, "--source-lang", help="Source language (default: from the input, else en)."),
        target_lang: str | None = typer.Option(
            None, "--target-lang",
            help="Target language (default: from the input; picks the pair in a TMX)."),
        glossary: Path | None = typer.Option(
            None, "--glossary",
            help="Termbase file or folder: annotate terms (XLIFF 2 Glossary module)."),
        quiet: bool = typer.Option(False, "--quiet", "-q", help="Do not print the summary."),
    ) -> None:
        """Convert a catalog; what the output format cannot hold is reported on stderr."""
        result = convert(source, target, to=to, source_lang=source_lang,
                         target_lang=target_lang, glossary=glossary)
        for warning in result.warnings:
            typer.echo(f"{source}: warning: {warning}", err=True)
        if not quiet and output.level() >= output.NORMAL:
            typer.echo(f"{target}: {result.units} unit(s) written as {result.output_format} "
                       f"(from {result.input_format})")
