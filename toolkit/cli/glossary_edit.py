"""``toolkit glossary add|import|export``: change or convert the termbase (atomic writes)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import typer

from toolkit.cli.glossary import GLOSSARY_HELP, glossary_path
from toolkit.config import load_project
from toolkit.errors import UsageError
from toolkit.formats.tbx_basic import parse_status, status_spellings
from toolkit.formats.tbx_notes import split_forms
from toolkit.formats.tbx_write import LANGUAGE_TAG
from toolkit.glossary import edit
from toolkit.glossary.termbase import glossary_format, load_termbase, read_concepts
from toolkit.langs import normalize_code
from toolkit.model import Concept, Term, TermStatus


def _parse_term(spec: str) -> tuple[str, str]:
    lang, sep, text = spec.partition("=")
    lang = lang.strip()
    if not sep or not LANGUAGE_TAG.match(lang) or not text.strip():
        raise UsageError(f"--term {spec!r}: expected LANG=TEXT, like --term kk=Сенат")
    return lang, text


def _status(value: str | None) -> TermStatus | None:
    if value is None:
        return None
    status = parse_status(value)
    if status is None:
        raise UsageError(f"--status {value!r}: use {status_spellings()}")
    return status


def _source_lang() -> str:
    return load_project().source_lang


def register(glossary_app: typer.Typer) -> None:
    """Add the editing commands to the ``glossary`` group."""

    @glossary_app.command("add", epilog=(
        "\b\n"
        "Examples:\n"
        "  toolkit glossary add senate --term en=Senate --term kk=Сенат --term ru=Сенат\n"
        "  toolkit glossary add senate --term ru=сенатор --status admitted"))
    def _add(
        concept_id: str = typer.Argument(..., help="Concept id (new or existing)."),
        term: list[str] = typer.Option(..., "--term", "-t", help="LANG=TEXT (repeatable)."),
        status: str | None = typer.Option(None, "--status", "-s",
                                          help="preferred, admitted, deprecated, superseded."),
        note: str | None = typer.Option(None, "--note", help="Note for these terms."),
        source: str | None = typer.Option(None, "--source", help="Where the terms come from."),
        pos: str | None = typer.Option(None, "--pos", help="Part of speech (noun, verb...)."),
        term_type: str | None = typer.Option(None, "--term-type",
                                             help="fullForm, abbreviation, acronym ..."),
        forms: str | None = typer.Option(None, "--forms", help="Extra forms, '|'-separated."),
        case_sensitive: bool = typer.Option(False, "--case-sensitive"),
        exact_only: bool = typer.Option(False, "--exact-only", help="Match without inflection."),
        do_not_translate: bool = typer.Option(False, "--do-not-translate",
                                              help="Must appear unchanged in a translation."),
        definition: str | None = typer.Option(None, "--definition"),
        subject_field: str | None = typer.Option(None, "--subject-field"),
        glossary: str | None = typer.Option(None, "--glossary", "-g", help=GLOSSARY_HELP),
    ) -> None:
        """Add terms to a concept (created when new); a term already there is updated."""
        path = glossary_path(glossary)
        given: dict[str, object] = {
            "status": _status(status), "note": note, "source": source, "part_of_speech": pos,
            "term_type": term_type,
            "forms": tuple(split_forms(forms)) if forms is not None else None}
        given = {k: v for k, v in given.items() if v is not None}
        for flag, value in (("case_sensitive", case_sensitive), ("exact_only", exact_only),
                            ("do_not_translate", do_not_translate)):
            if value:
                given[flag] = True
        existing = None
        if path.exists():
            existing = load_termbase(path).get(concept_id)
        terms = []
        for spec in term:
            lang, text = _parse_term(spec)
            old = next((t for t in (existing.terms if existing else ())
                        if t.text == text and normalize_code(t.lang) == normalize_code(lang)),
                       None)
            base = old or Term(text=text, lang=lang)
            terms.append(replace(base, **given))  # type: ignore[arg-type]
        concept = Concept(id=concept_id, terms=tuple(terms), definition=definition,
                          subject_field=subject_field)
        summary = edit.apply(path, [concept], lang=_source_lang())
        verb = "added" if summary.added else "updated"
        typer.echo(f"{verb} concept {concept_id!r} in {summary.files[0]}")

    @glossary_app.command("import", epilog=(
        "\b\n"
        "Examples:\n"
        "  toolkit glossary import terms.csv\n"
        "  toolkit glossary import weblate-export.tbx"))
    def _import(
        file: str = typer.Argument(..., help="A .tbx (2019 or 2008) or .csv glossary file."),
        glossary: str | None = typer.Option(None, "--glossary", "-g", help=GLOSSARY_HELP),
    ) -> None:
        """Merge a TBX or CSV file into the termbase by concept id.

        New concepts are added; existing ones get the file's terms (a term with the same
        language and text is replaced) and its non-empty concept fields.
        """
        concepts = read_concepts(file)
        summary = edit.apply(glossary_path(glossary), concepts, lang=_source_lang())
        written = ", ".join(str(f) for f in summary.files) or "nothing"
        typer.echo(f"imported {len(concepts)} concept(s) from {file}: "
                   f"{len(set(summary.added))} added, {len(set(summary.updated))} updated "
                   f"({written})")

    @glossary_app.command("export", epilog=(
        "\b\n"
        "Examples:\n"
        "  toolkit glossary export terms.csv      # for a spreadsheet\n"
        "  toolkit glossary export all.tbx"))
    def _export(
        file: str = typer.Argument(..., help="Output file: .tbx (TBX-Basic 2019) or .csv."),
        glossary: str | None = typer.Option(None, "--glossary", "-g", help=GLOSSARY_HELP),
    ) -> None:
        """Write the whole termbase to FILE, in the format its extension names."""
        glossary_format(file)
        termbase = load_termbase(glossary_path(glossary))
        edit.save(Path(file), termbase.concepts, lang=_source_lang())
        typer.echo(f"exported {len(termbase)} concept(s) to {file}")
