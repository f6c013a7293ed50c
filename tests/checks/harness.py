"""A tiny harness that runs every check of ``ALL_CHECKS`` over PO files, as the QA runner
does: unit checks over the active units of each catalog, catalog checks over all of them."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from toolkit.checks import ALL_CHECKS, CheckContext
from toolkit.checks.header import path_language
from toolkit.formats import read_catalog
from toolkit.glossary.matcher import TermMatcher
from toolkit.glossary.termbase import load_termbase
from toolkit.langs import get_language, get_language_or_generic
from toolkit.model import Catalog, Finding


def target_code(catalog: Catalog, path: str) -> str:
    """The target language: the header's Language, else the locale folder of the path."""
    return (catalog.header.get("Language") or catalog.target_lang or path_language(path)
            or "und")


def run_checks(paths: Sequence[Path], root: Path, glossary: Path | None = None,
               source_lang: str = "en") -> list[Finding]:
    """All findings of all checks over ``paths`` (reported relative to ``root``)."""
    matcher = None
    options: dict[str, object] = {}
    if glossary is not None:
        concepts = load_termbase(glossary).concepts
        matcher = TermMatcher(concepts)
        options["concepts"] = concepts
    checks = [cls() for cls in ALL_CHECKS]
    pairs: list[tuple[Catalog, CheckContext]] = []
    findings: list[Finding] = []
    for path in paths:
        rel = path.relative_to(root).as_posix()
        catalog = read_catalog(path)
        lang = get_language_or_generic(target_code(catalog, rel))
        ctx = CheckContext(source_lang=get_language(source_lang), target_lang=lang,
                           catalog=catalog, path=rel, matcher=matcher, options=options)
        pairs.append((catalog, ctx))
        for unit in catalog.active:
            for check in checks:
                if check.scope == "unit":
                    findings.extend(check.run(unit, ctx))
    for check in checks:
        if check.scope == "catalogs":
            findings.extend(check.run_catalogs(pairs))
    return findings
