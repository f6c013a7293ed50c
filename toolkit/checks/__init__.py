"""The QA checks.  ``ALL_CHECKS`` is the only registry: a check that is not listed here
does not exist for the runner, the CLI or the docs.

One small class per check, grouped by family in small modules: completeness (CM),
header (HD), terminology (TM), numbers (NU), placeholders (PH), markup (MK), script (SC),
punctuation (PU: quotes, punctuation, whitespace, brackets), words (WD) and
consistency (CS).
"""

from __future__ import annotations

from toolkit.checks.base import Check, CheckContext
from toolkit.checks.completeness import Fuzzy, PluralForms, Untranslated
from toolkit.checks.consistency import Inconsistent
from toolkit.checks.header import Header
from toolkit.checks.markup import Tags, Urls
from toolkit.checks.numbers import Numbers
from toolkit.checks.placeholders import Placeholders
from toolkit.checks.punctuation import Brackets, Punctuation, Quotes, Whitespace
from toolkit.checks.script import MixedScript
from toolkit.checks.terminology import GlossaryForbidden, GlossaryMissing, GlossaryUntranslatable
from toolkit.checks.words import DoubleWord, Length, Unchanged

ALL_CHECKS: tuple[type[Check], ...] = (
    Untranslated,
    Fuzzy,
    PluralForms,
    Header,
    GlossaryMissing,
    GlossaryForbidden,
    GlossaryUntranslatable,
    Numbers,
    Placeholders,
    Tags,
    Urls,
    MixedScript,
    Quotes,
    Punctuation,
    Whitespace,
    Brackets,
    DoubleWord,
    Unchanged,
    Length,
    Inconsistent,
)

#: name -> class, for ``--select`` / ``--ignore`` and config validation.
CHECKS_BY_NAME: dict[str, type[Check]] = {c.name: c for c in ALL_CHECKS}
#: code -> class (codes are accepted wherever names are).
CHECKS_BY_CODE: dict[str, type[Check]] = {c.code: c for c in ALL_CHECKS}

__all__ = ["ALL_CHECKS", "CHECKS_BY_CODE", "CHECKS_BY_NAME", "Check", "CheckContext"]
