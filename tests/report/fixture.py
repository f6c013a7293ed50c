"""The one shared fixture every report format renders (as Ruff's ``create_messages()``)."""

from __future__ import annotations

from tests.qa.fakes import Digits, Dupes, Spaces
from toolkit.model import Finding, Severity
from toolkit.qa.ignores import IgnoreUnused
from toolkit.qa.runner import FileSummary, RunResult

KK = "locales/kk/LC_MESSAGES/article.po"
RU = "locales/ru/LC_MESSAGES/dir, with: comma/a b.po"

FINDINGS = (
    Finding(KK, 12, "kk", None, "Open 5 files", "digits", "FK001", Severity.ERROR,
            "5 is missing from the target"),
    Finding(KK, 20, "kk", "menu", "Save", "spaces", "FK002", Severity.WARNING,
            "trailing space: 100% sure, see a:b\nsecond line", suggestion="Сақтау"),
    Finding(RU, 0, "ru", None, "", "dupes", "FK003", Severity.INFO,
            "header differs from the other files <&>"),
    Finding(RU, 7, "ru", None, "Line one\nline two", "ignore-unused", "IG002", Severity.WARNING,
            "unused ignore 'digits': no finding of digits in this unit"),
)


def result(findings: tuple[Finding, ...] = FINDINGS) -> RunResult:
    """A run over two files with the findings above."""
    return RunResult(
        findings=findings,
        files=(FileSummary(KK, "kk", 40), FileSummary(RU, "ru", 38)),
        checks=(Digits, Spaces, Dupes, IgnoreUnused),
        excerpts={
            (KK, None, "Open 5 files"): ("Open 5 files", "6 файлды ашу"),
            (KK, "menu", "Save"): ("Save", "Сақтау "),
            (RU, None, "Line one\nline two"): ("Line one\nline two", "Строка один\nстрока два"),
        },
        suppressed=1,
        baselined=2,
    )


def empty() -> RunResult:
    """The same run with nothing found."""
    return result(())
