"""`toolkit build`: the main job on a project, as its users run it.

source articles -> units (``toolkit segment``, keeping translations) -> the catalogs checked
against the glossary (``toolkit check``) -> review PDFs (``toolkit export pdf``):
``<build-dir>/<domain>.<lang>.pdf`` for each target (source | target) and
``<build-dir>/<domain>.<src>-<t1>-<t2>....pdf`` with every language side by side.

Every step is a library call the other commands also make; this module only orders them
and reports progress through a callback, so the CLI can draw a progress bar.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from toolkit.config import Project
from toolkit.extract.pipeline import WrittenFile, segment_sources
from toolkit.extract.request import request_from_project
from toolkit.model import Catalog
from toolkit.qa.command import CheckOutcome, CheckRequest, check
from toolkit.stats import Progress, catalog_progress

#: Steps reported to the progress callback: (step number, total steps, description).
OnStep = Callable[[int, int, str], None]


@dataclass(frozen=True)
class BuildResult:
    written: tuple[WrittenFile, ...]
    check: CheckOutcome
    pdfs: tuple[tuple[Path, int], ...]  # (path, pages)
    progress: tuple[tuple[str, Progress], ...]  # per target language

    @property
    def exit_code(self) -> int:
        return self.check.exit_code


def _shown(path: Path) -> Path:
    """``path`` as the user would type it: relative to the current folder when inside it
    (reports and the PDFs name the catalogs this way)."""
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path


def build(project: Project, on_step: OnStep | None = None,
          fail_on: str | None = None) -> BuildResult:
    """Run segment, check and export for ``project``; see the module docstring."""
    from toolkit.export import export_pdf
    from toolkit.formats import read_catalog

    domain = project.domain_for()
    pdf_targets = [*project.targets, "all"] if len(project.targets) > 1 else [*project.targets]
    total = 2 + len(pdf_targets)
    step = (on_step or (lambda n, t, d: None))

    step(1, total, "segmenting sources")
    written = tuple(segment_sources(request_from_project(project)))

    step(2, total, "checking translations")
    catalogs: dict[str, Path] = {
        lang: _shown(project.locales_dir / lang / "LC_MESSAGES" / f"{domain}.po")
        for lang in project.targets
    }
    outcome = check(CheckRequest(paths=tuple(str(p) for p in catalogs.values()),
                                 fail_on=fail_on), project)
    read: dict[str, Catalog] = {lang: read_catalog(path) for lang, path in catalogs.items()}
    glossary = project.find_glossary()
    pdfs: list[tuple[Path, int]] = []
    for n, target in enumerate(pdf_targets, 3):
        langs = list(project.targets) if target == "all" else [target]
        name = "-".join([project.source_lang, *langs]) if target == "all" else target
        out = _shown(project.build_dir / f"{domain}.{name}.pdf")
        step(n, total, f"exporting {out.name}")
        paths = {str(catalogs[lang]) for lang in langs}
        findings = [f for f in outcome.result.findings if f.path in paths]
        result = export_pdf(
            [read[lang] for lang in langs], out, source_lang=project.source_lang,
            title=f"{domain}: translation review",
            columns=[project.source_lang, *langs], glossary=glossary, findings=findings,
        )
        pdfs.append((out, result.pages))
    return BuildResult(
        written=written, check=outcome, pdfs=tuple(pdfs),
        progress=tuple((lang, catalog_progress(cat)) for lang, cat in read.items()),
    )
