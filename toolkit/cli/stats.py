"""`toolkit stats`: units and words translated / fuzzy / untranslated, per file and language."""

from __future__ import annotations

import json
from pathlib import Path

import typer

from toolkit.cli.common import catalog_paths
from toolkit.config import load_project
from toolkit.errors import UsageError


def register(app: typer.Typer) -> None:
    app.command("stats")(stats)


def stats(
    paths: list[Path] = typer.Argument(None, help="PO/XLIFF files (default: the configured "
                                       "catalogs)."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
) -> None:
    """Show translation progress per file and per language.

    Examples:

      toolkit stats

      toolkit stats locales/kk/LC_MESSAGES/article.po --format json
    """
    from toolkit.formats import read_catalog
    from toolkit.langs import normalize_code
    from toolkit.stats import Progress, catalog_progress

    if fmt not in ("text", "json"):
        raise UsageError(f"unknown --format {fmt!r}; choose text or json")
    project = load_project()
    rows: list[tuple[str, str, Progress]] = []
    for path in catalog_paths(paths, project):
        catalog = read_catalog(path)
        rows.append((str(path), normalize_code(catalog.target_lang or "und"),
                     catalog_progress(catalog)))
    per_lang: dict[str, Progress] = {}
    for _, lang, prog in rows:
        per_lang[lang] = per_lang.get(lang, Progress()) + prog
    if fmt == "json":
        def record(p: Progress) -> dict[str, object]:
            return {"units": {"translated": p.translated, "fuzzy": p.fuzzy,
                              "untranslated": p.untranslated, "total": p.units},
                    "words": {"translated": p.translated_words, "fuzzy": p.fuzzy_words,
                              "untranslated": p.untranslated_words, "total": p.words},
                    "percent": round(p.percent, 1)}
        typer.echo(json.dumps({
            "files": [{"path": path, "language": lang, **record(p)} for path, lang, p in rows],
            "languages": {lang: record(p) for lang, p in per_lang.items()},
        }, ensure_ascii=False, indent=2))
        return
    head = f"{'':40} {'lang':>5} {'units':>6} {'transl':>7} {'fuzzy':>6} {'untr':>6} " \
           f"{'words':>7} {'done':>6}"
    typer.echo(head)
    for label, lang, p in [*rows, *(("total", lang, p) for lang, p in per_lang.items())]:
        name = label if len(label) <= 40 else "…" + label[-39:]
        typer.echo(f"{name:40} {lang:>5} {p.units:>6} {p.translated:>7} {p.fuzzy:>6} "
                   f"{p.untranslated:>6} {p.words:>7} {p.percent:>5.1f}%")
