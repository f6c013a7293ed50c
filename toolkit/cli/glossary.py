"""``toolkit glossary list|show|validate`` (and the group; edits are in ``glossary_edit``).

Exit codes: 0 done; 1 ``validate`` found problems or ``show`` found no term; 2 usage,
config or input error (an unreadable or malformed glossary file).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import typer

from toolkit.cli import EXIT_FINDINGS
from toolkit.cli.output import info
from toolkit.config import load_project
from toolkit.glossary.termbase import Termbase, load_termbase
from toolkit.langs import normalize_code
from toolkit.model import Concept, Term

glossary_app = typer.Typer(
    rich_markup_mode=None,  # help texts say [tool.toolkit]: not markup
    help="Look up, edit, import, export and validate the termbase.",
                           no_args_is_help=True)

GLOSSARY_HELP = ("A .tbx/.csv file or a folder of them (default: [tool.toolkit] glossary).")
FORMATS = ("text", "json")


def register(app: typer.Typer) -> None:
    """Add ``toolkit glossary`` and its subcommands to the main app."""
    # `glossary find` lives in its own module (the matcher's CLI).
    from toolkit.cli import glossary_edit, glossary_find

    glossary_find.register(glossary_app)
    glossary_edit.register(glossary_app)
    app.add_typer(glossary_app, name="glossary")


def glossary_path(option: str | None) -> Path:
    """``--glossary`` or the configured default (relative to the current folder when
    inside it, so messages read ``glossary/tilmash.tbx:12: ...``)."""
    if option:
        return Path(option)
    path = load_project().glossary
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def check_format(fmt: str) -> None:
    """Refuse a ``--format`` other than text or json (exit 2)."""
    if fmt not in FORMATS:
        raise typer.BadParameter(f"{fmt!r}; choose text or json", param_hint="--format")


def term_dict(term: Term) -> dict[str, Any]:
    """A term as JSON-ready data (options and optional fields only when set)."""
    data: dict[str, Any] = {"lang": term.lang, "text": term.text, "status": term.status.value}
    for name in ("part_of_speech", "term_type", "note", "source"):
        if getattr(term, name):
            data[name] = getattr(term, name)
    for name in ("case_sensitive", "exact_only", "do_not_translate"):
        if getattr(term, name):
            data[name] = True
    if term.forms:
        data["forms"] = list(term.forms)
    if term.extra:
        data["extra"] = dict(term.extra)
    return data


def concept_dict(concept: Concept, termbase: Termbase) -> dict[str, Any]:
    """A concept as JSON-ready data, with the file and line it was read from."""
    data: dict[str, Any] = {"id": concept.id}
    for name in ("definition", "definition_source", "subject_field", "note", "source"):
        if getattr(concept, name):
            data[name] = getattr(concept, name)
    data["file"] = termbase.file_of(concept)
    data["line"] = concept.line
    data["terms"] = [term_dict(t) for t in concept.terms]
    return data


def _options(term: Term) -> str:
    bits = [term.status.value]
    bits += [b for b in (term.part_of_speech, term.term_type) if b]
    bits += [name.replace("_", "-") for name in ("case_sensitive", "exact_only",
                                                 "do_not_translate") if getattr(term, name)]
    return ", ".join(bits)


def render_concept(concept: Concept, termbase: Termbase) -> str:
    """A concept for people: every language, status, note and option."""
    path, line = termbase.origin(concept.id)
    lines = [f"{concept.id}" + (f"  ({path}:{line})" if path else "")]
    if concept.subject_field:
        lines.append(f"  subject field: {concept.subject_field}")
    if concept.definition:
        source = f" [{concept.definition_source}]" if concept.definition_source else ""
        lines.append(f"  definition: {concept.definition}{source}")
    if concept.note:
        lines.append(f"  note: {concept.note}")
    if concept.source:
        lines.append(f"  source: {concept.source}")
    for term in concept.terms:
        lines.append(f"  {term.lang:<8}{term.text}  ({_options(term)})")
        if term.status.forbidden:
            better = termbase.suggestion(concept, term.lang)
            lines.append(f"          use instead: {better.text if better else '(none given)'}")
        if term.forms:
            lines.append(f"          forms: {' | '.join(term.forms)}")
        for label, value in (("note", term.note), ("source", term.source), *term.extra):
            if value:
                lines.append(f"          {label}: {value}")
    return "\n".join(lines)


@glossary_app.command("list", epilog=(
    "\b\n"
    "Examples:\n"
    "  toolkit glossary list\n"
    "  toolkit glossary list --lang kk --format json"))
def _list(
    lang: str | None = typer.Option(None, "--lang", "-l", help="Only terms in this language."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
    glossary: str | None = typer.Option(None, "--glossary", "-g", help=GLOSSARY_HELP),
) -> None:
    """List the concepts (preferred terms per language), or every term in one language."""
    check_format(fmt)
    termbase = load_termbase(glossary_path(glossary))
    concepts = termbase.in_language(lang) if lang else termbase.concepts
    if fmt == "json":
        data = [concept_dict(c, termbase) for c in concepts]
        if lang:
            for item in data:
                item["terms"] = [t for t in item["terms"]
                                 if normalize_code(t["lang"]) == normalize_code(lang)]
        typer.echo(json.dumps(data, ensure_ascii=False, indent=2))
        return
    for concept in concepts:
        if lang:
            for c, term in termbase.terms(lang):
                if c is concept:
                    typer.echo(f"{concept.id}\t{term.text}\t{_options(term)}")
            continue
        shown = []
        for code in concept.languages:
            best = termbase.preferred(concept, code)
            shown.append(f"{code}: {best.text if best else '-'}")
        typer.echo(f"{concept.id}\t" + " | ".join(shown))


@glossary_app.command("show", epilog=(
    "\b\n"
    "Examples:\n"
    "  toolkit glossary show \"Head of State\"\n"
    "  toolkit glossary show АНК"))
def _show(
    term: str = typer.Argument(..., help="A term in any language (or a concept id)."),
    lang: str | None = typer.Option(None, "--lang", "-l", help="Match only this language."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
    glossary: str | None = typer.Option(None, "--glossary", "-g", help=GLOSSARY_HELP),
) -> None:
    """Show the concepts with a term like TERM, in all languages.

    Case, dashes, quotes, spaces and ё/е do not matter.  Exit 1 when nothing matches.
    """
    check_format(fmt)
    termbase = load_termbase(glossary_path(glossary))
    concepts = list(dict.fromkeys(c for c, _t in termbase.lookup(term, lang)))
    by_id = termbase.get(term)
    if by_id is not None and by_id not in concepts:
        concepts.insert(0, by_id)
    if fmt == "json":
        typer.echo(json.dumps([concept_dict(c, termbase) for c in concepts],
                              ensure_ascii=False, indent=2))
    elif concepts:
        typer.echo("\n\n".join(render_concept(c, termbase) for c in concepts))
    if not concepts:
        typer.echo(f"toolkit: no term like {term!r} in the glossary"
                   + _did_you_mean(term, termbase), err=True)
        raise typer.Exit(EXIT_FINDINGS)


def _did_you_mean(text: str, termbase: Termbase) -> str:
    import difflib

    terms = {t.text for c in termbase.concepts for t in c.terms}
    close = difflib.get_close_matches(text, sorted(terms), n=3, cutoff=0.7)
    return f"; did you mean: {', '.join(close)}?" if close else ""


@glossary_app.command("validate", epilog=(
    "\b\n"
    "Examples:\n"
    "  toolkit glossary validate\n"
    "  toolkit glossary validate glossary/tilmash.tbx --format json"))
def _validate(
    files: list[str] = typer.Argument(
        None, help="Glossary files to validate one by one (as pre-commit passes them); "
        "default: the --glossary file or folder."),
    lang: list[str] = typer.Option(
        [], "--lang", "-l", help="A language every concept needs a preferred term in "
        "(repeatable; default: source-lang and targets of [tool.toolkit])."),
    fmt: str = typer.Option("text", "--format", help="text or json."),
    glossary: str | None = typer.Option(None, "--glossary", "-g", help=GLOSSARY_HELP),
) -> None:
    """Check the termbase; exit 1 on problems, 2 when a file cannot be read.

    Checks the TBX schema and TBX-Basic rules, duplicate ids, conflicting statuses, missing
    preferred terms, unknown languages, empty terms, stray whitespace, typographic variants.
    """
    from toolkit.glossary.validate import validate_glossary

    check_format(fmt)
    if lang:
        languages = list(lang)
    else:
        project = load_project()
        languages = list(dict.fromkeys([project.source_lang, *project.targets]))
    paths = [Path(f) for f in files] if files else [glossary_path(glossary)]
    problems = [p for path in paths for p in validate_glossary(path, languages)]
    path = paths[0] if len(paths) == 1 else f"{len(paths)} files"
    if fmt == "json":
        typer.echo(json.dumps([{"path": p.path, "line": p.line, "code": p.code,
                                "message": p.message} for p in problems],
                              ensure_ascii=False, indent=2))
    else:
        for problem in problems:
            typer.echo(str(problem))
    if problems:
        typer.echo(f"{len(problems)} problem(s) in {path}", err=True)
        raise typer.Exit(EXIT_FINDINGS)
    info(f"{path}: valid ({', '.join(languages)} required)")
