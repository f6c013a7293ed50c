"""No check raises on odd input: random source/target pairs full of the characters the
checks look at (placeholders, tags, digits, quotes, brackets, mixed scripts)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from tests.checks.helpers import context
from toolkit.checks import ALL_CHECKS
from toolkit.model import Catalog, Unit

PIECES = ["%s", "%d", "%(name)s", "%1$s", "%", "{", "}", "{0}", "{name}", "{{ x }}", "<b>",
          "</b>", "<a href=\"http://x.kz/\">", "http://a.kz/b.", "x@y.kz", "15,000", "15 000",
          "1,5", "1.5", "25.04.2025", "VIII", "ХХІ", "«", "»", "„", "“", "”", "\"", "'", "’",
          "(", ")", "[", "]", " ", "  ", "\t", "\n", ".", "?", "!", "…", ",", "екі", "two",
          "Бiрлiк", "Əлем", "сәуір", "April", "30th", "5%", "мың", "Kaspi.kz", "ж.", "г."]
TEXT = st.lists(st.sampled_from(PIECES) | st.text(max_size=4), max_size=12).map("".join)
FLAGS = st.lists(st.sampled_from(["c-format", "python-format", "python-brace-format",
                                  "no-c-format", "fuzzy"]), max_size=2, unique=True)


@settings(max_examples=150, deadline=None)
@given(source=TEXT, plural=st.none() | TEXT, targets=st.lists(TEXT, min_size=1, max_size=3),
       flags=FLAGS, lang=st.sampled_from(["kk", "ru", "en"]))
def test_checks_never_raise(source: str, plural: str | None, targets: list[str],
                            flags: list[str], lang: str) -> None:
    unit = Unit(source=source, target=tuple(targets) if plural is not None else (targets[0],),
                source_plural=plural, flags=tuple(flags), line=3)
    catalog = Catalog(units=(unit,), header={"Language": lang})
    ctx = context(lang, catalog)
    for cls in ALL_CHECKS:
        check = cls()
        if check.scope == "catalogs":
            findings = list(check.run_catalogs([(catalog, ctx)]))
        else:
            findings = list(check.run(unit, ctx))
            fixed = check.fix(unit, ctx)
            assert isinstance(fixed, Unit) and len(fixed.target) == len(unit.target)
        for finding in findings:
            assert finding.check == check.name and finding.message


def test_units_without_any_target_form() -> None:
    """A reader may hand over a unit with no msgstr at all: no check may stumble on it."""
    for plural in (None, "%d files"):
        unit = Unit(source="%d file", target=(), source_plural=plural, line=1)
        catalog = Catalog(units=(unit,), header={"Language": "kk"})
        ctx = context("kk", catalog)
        found = {f.check for cls in ALL_CHECKS for f in (
            cls().run_catalogs([(catalog, ctx)]) if cls.scope == "catalogs"
            else cls().run(unit, ctx))}
        assert "untranslated" in found


@settings(max_examples=100, deadline=None)
@given(source=TEXT, target=TEXT, flags=FLAGS, lang=st.sampled_from(["kk", "ru"]))
def test_fixes_are_idempotent(source: str, target: str, flags: list[str], lang: str) -> None:
    unit = Unit(source=source, target=(target,), flags=tuple(flags), line=2)
    ctx = context(lang, Catalog(units=(unit,), header={"Language": lang}))
    for cls in ALL_CHECKS:
        if cls.fixable:
            once = cls().fix(unit, ctx)
            assert cls().fix(once, ctx) == once, cls.name
