"""The check framework: each check is a small class with declared metadata and a pure
``run()`` that yields :class:`~toolkit.model.Finding` objects (never raises for a failure).

Unit checks see one unit at a time; catalog checks (``scope = "catalogs"``) see every
catalog of the run at once (``inconsistent`` across files, ``header``).
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, ClassVar

from toolkit.langs import Language
from toolkit.model import Catalog, Finding, Severity, Unit

if TYPE_CHECKING:
    from toolkit.glossary.matcher import TermMatcher


@dataclass(frozen=True)
class CheckContext:
    """What a check may read besides the unit: languages, the glossary matcher, the file."""

    source_lang: Language
    target_lang: Language
    catalog: Catalog
    path: str
    matcher: TermMatcher | None = None
    options: dict[str, object] = field(default_factory=dict)


class Check(ABC):
    """Base class.  Subclasses declare ``name`` (kebab-case), ``code``, ``severity`` and a
    docstring whose first line is the summary, with ``Bad:`` and ``Good:`` examples."""

    name: ClassVar[str]
    code: ClassVar[str]
    severity: ClassVar[Severity] = Severity.WARNING
    default_enabled: ClassVar[bool] = True
    scope: ClassVar[str] = "unit"  # "unit" or "catalogs"
    fixable: ClassVar[bool] = False

    def finding(self, ctx: CheckContext, unit: Unit, message: str,
                suggestion: str | None = None) -> Finding:
        return Finding(
            path=ctx.path, line=unit.line, locale=ctx.target_lang.code, msgctxt=unit.context,
            msgid=unit.source, check=self.name, code=self.code, severity=self.severity,
            message=message, suggestion=suggestion,
        )

    @abstractmethod
    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        """Yield findings for ``unit``."""

    def fix(self, unit: Unit, ctx: CheckContext) -> Unit:
        """Return ``unit`` with what this check can safely repair repaired."""
        return unit

    def run_catalogs(self, catalogs: Sequence[tuple[Catalog, CheckContext]]) -> Iterator[Finding]:
        """Catalog-scope checks override this; unit checks never get called here."""
        return iter(())
