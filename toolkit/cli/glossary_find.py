"""``toolkit glossary find``: show the glossary terms found in a text, through inflection.

Exit codes: 0 done (whether or not terms were found); 2 usage, config or input error.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import typer

from toolkit.config import load_project
from toolkit.errors import UsageError
from toolkit.fsio import decode_text, read_text
from toolkit.model import TermHit

FORMATS = ("text", "json")
_LANG_TAG = re.compile(r"[A-Za-z]{2,8}([-_][A-Za-z0-9]{1,8})*")


def hit_dict(hit: TermHit) -> dict[str, Any]:
    """A hit as JSON-ready data."""
    return {
        "start": hit.start,
        "end": hit.end,
        "text": hit.text,
        "concept": hit.concept_id,
        "term": hit.term.text,
        "status": hit.status.value,
        "typographic": hit.typographic,
    }


def hit_line(hit: TermHit) -> str:
    """A hit as one tab-separated line: span, text, concept, term, status [typographic]."""
    line = (f"{hit.start}-{hit.end}\t{hit.text}\t{hit.concept_id}\t{hit.term.text}\t"
            f"{hit.status.value}")
    return line + "\ttypographic" if hit.typographic else line


def _lines(file: str) -> list[str]:
    if file == "-":
        text = decode_text(sys.stdin.buffer.read(), "<stdin>").text
    else:
        text = read_text(file).text
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return lines


def register(glossary_app: typer.Typer) -> None:
    """Add ``find`` to the ``glossary`` command group."""

    @glossary_app.command("find", epilog=(
        "\b\n"
        "Examples:\n"
        "  toolkit glossary find \"Қазақстан халқы Ассамблеясының отырысы\" --lang kk\n"
        "  toolkit glossary find --file locales/ru/LC_MESSAGES/article.po --lang ru --format json"))
    def _find(
        text: str | None = typer.Argument(None, help="The text to search (or use --file)."),
        lang: str = typer.Option(..., "--lang", "-l",
                                 help="Language of the text: kk, kk-Latn, ru, en, or any "
                                      "other code (exact matching)."),
        glossary: str | None = typer.Option(
            None, "--glossary", "-g",
            help="A .tbx/.csv file or a folder of them (default: the project's glossary "
                 "setting in pyproject.toml)."),
        fmt: str = typer.Option("text", "--format", help="text or json."),
        file: str | None = typer.Option(
            None, "--file", "-f",
            help="Match each line of FILE ('-' for stdin); json prints one list per line."),
    ) -> None:
        """Find glossary terms in TEXT (inflected forms included) and print the hits.

        Text output: one line per hit, `start-end  text  concept  term  status`
        (offsets in characters; with --file prefixed by `line:`).
        """
        if fmt not in FORMATS:
            raise UsageError(f"--format {fmt!r}: choose text or json")
        if (text is None) == (file is None):
            raise UsageError("give either TEXT or --file FILE (not both)")
        if not _LANG_TAG.fullmatch(lang):
            raise UsageError(f"--lang {lang!r} is not a language code (kk, kk-Latn, ru, en...)")
        from toolkit.glossary.matcher import TermMatcher

        path = Path(glossary) if glossary else load_project().glossary
        matcher = TermMatcher.from_path(path)
        if text is not None:
            hits = matcher.find(text, lang)
            if fmt == "json":
                typer.echo(json.dumps([hit_dict(h) for h in hits], ensure_ascii=False,
                                      indent=2))
            else:
                for hit in hits:
                    typer.echo(hit_line(hit))
            return
        assert file is not None
        for number, line in enumerate(_lines(file), 1):
            hits = matcher.find(line, lang)
            if fmt == "json":
                typer.echo(json.dumps([hit_dict(h) for h in hits], ensure_ascii=False))
            else:
                for hit in hits:
                    typer.echo(f"{number}:{hit_line(hit)}")
