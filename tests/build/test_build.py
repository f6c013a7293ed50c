"""The main job end to end on a copy of this repo's own project: build, stats, compile,
export pdf."""

from __future__ import annotations

import gettext
import json
import shutil
from pathlib import Path

import pypdf
import pytest
from typer.testing import CliRunner

from tests.conftest import ROOT
from toolkit.cli import app


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    for name in ("pyproject.toml", "sources", "locales", "glossary"):
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, tmp_path / name)
        else:
            shutil.copyfile(src, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def po_files(root: Path) -> dict[str, bytes]:
    return {str(p.relative_to(root)): p.read_bytes()
            for p in sorted((root / "locales").rglob("*.po*"))}


def test_build_writes_three_pdfs_and_keeps_translations(project: Path) -> None:
    before = po_files(project)
    runner = CliRunner()
    result = runner.invoke(app, ["build"])
    check = runner.invoke(app, ["check"])
    assert result.exit_code == check.exit_code, result.output
    assert result.exit_code in (0, 1)
    for name in ("article.kk.pdf", "article.ru.pdf", "article.en-kk-ru.pdf"):
        assert (project / "build" / name).stat().st_size > 10_000
    # The sources did not change, so the catalogs are byte-identical (idempotent segment).
    assert po_files(project) == before
    assert "kk: 38/38 units translated" in result.stdout or "kk:" in result.stdout
    tri = pypdf.PdfReader(project / "build" / "article.en-kk-ru.pdf")
    text = " ".join(page.extract_text() for page in tri.pages)
    assert "Kazakh (kk)" in text and "Russian (ru)" in text and "English (en)" in text
    assert "Ассамблея" in text and "Ассамблеясы" in text


def test_build_keeps_translations_when_the_source_changes(project: Path) -> None:
    source = project / "sources" / "article-en.txt"
    source.write_text(source.read_text(encoding="utf-8").replace(
        "Last year alone, it organized over 15,000 events across the country",
        "Last year alone, it organized over 16,000 events across the whole country"),
        encoding="utf-8")
    result = CliRunner().invoke(app, ["build", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    kk = (project / "locales" / "kk" / "LC_MESSAGES" / "article.po").read_text(encoding="utf-8")
    assert "#, fuzzy" in kk and "#| msgid" in kk
    assert "16,000 events across the whole country" in kk


def test_stats_text_and_json(project: Path) -> None:
    result = CliRunner().invoke(app, ["stats", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data["languages"]) == {"kk", "ru"}
    kk = data["languages"]["kk"]
    assert kk["units"]["total"] == kk["units"]["translated"] + kk["units"]["fuzzy"] + \
        kk["units"]["untranslated"] > 30
    assert kk["words"]["total"] > 500
    text = CliRunner().invoke(app, ["stats"])
    assert text.exit_code == 0 and "total" in text.stdout and "kk" in text.stdout


def test_compile_writes_mo_that_gettext_reads(project: Path) -> None:
    result = CliRunner().invoke(app, ["compile"])
    assert result.exit_code == 0, result.output
    mo = project / "locales" / "kk" / "LC_MESSAGES" / "article.mo"
    kk = gettext.translation("article", localedir=str(project / "locales"), languages=["kk"])
    assert mo.exists()
    assert "Ассамблея" in kk.gettext("Assembly of the People of Kazakhstan: Three Decades of "
                                     "Unity and Harmony")
    ru = gettext.translation("article", localedir=str(project / "locales"), languages=["ru"])
    assert "Ассамблея народа Казахстана" in ru.gettext(
        "Assembly of the People of Kazakhstan: Three Decades of Unity and Harmony")


def test_export_pdf_with_findings_and_bad_options(project: Path) -> None:
    kk = "locales/kk/LC_MESSAGES/article.po"
    broken = project / "kk-broken.po"
    broken.write_text((project / kk).read_text(encoding="utf-8").replace(
        "бойынша 15", "бойынша 51"), encoding="utf-8")
    runner = CliRunner()
    ok = runner.invoke(app, ["export", "pdf", str(broken), "-o", "out/kk.pdf", "--findings",
                             "--columns", "en,kk"])
    assert ok.exit_code == 0, ok.output
    text = " ".join(p.extract_text() for p in pypdf.PdfReader("out/kk.pdf").pages)
    assert "numbers" in text and "Findings summary" in text
    bad = runner.invoke(app, ["export", "pdf", kk, "-o", "out/x.pdf", "--paper", "A3"])
    assert bad.exit_code == 2 and "A3" in bad.stderr and not Path("out/x.pdf").exists()
    missing = runner.invoke(app, ["export", "pdf", "nope.po", "-o", "out/y.pdf"])
    assert missing.exit_code == 2 and missing.stderr.startswith("nope.po: ")
