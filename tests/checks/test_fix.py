"""``--fix`` support: what fixable checks repair, and that they leave correct units alone."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.checks.harness import target_code
from tests.checks.helpers import check_class, context, unit_from
from toolkit.checks import ALL_CHECKS
from toolkit.formats import read_catalog
from toolkit.langs import get_language
from toolkit.model import Catalog

HERE = Path(__file__).parent
FIXABLE = [cls for cls in ALL_CHECKS if cls.fixable]


def _fix_cases() -> list[Any]:
    params = []
    for path in sorted((HERE / "cases").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            if "fixed" in case:
                params.append(pytest.param(data["check"], case, id=f"{path.stem}-{case['name']}"))
    return params


def test_the_safe_repairs_are_fixable() -> None:
    assert {cls.name for cls in FIXABLE} == {"mixed-script", "quotes", "whitespace"}


@pytest.mark.parametrize(("name", "case"), _fix_cases())
def test_fix_repairs_and_is_idempotent(name: str, case: dict[str, Any]) -> None:
    check = check_class(name)()
    ctx = context(case.get("lang", "kk"), source_lang=case.get("source_lang", "en"))
    unit = unit_from(case)
    fixed = check.fix(unit, ctx)
    assert check.fix(fixed, ctx) == fixed
    if fixed.target != unit.target:  # repaired: nothing left to report
        assert list(check.run(fixed, ctx)) == []
    else:  # not safely repairable (ambiguous look-alike, unpaired quote): still reported
        assert list(check.run(fixed, ctx))


def test_fix_leaves_correct_units_alone() -> None:
    """No fixable check rewrites a unit it does not report, over the whole corpus."""
    corpus = HERE / "corpus"
    checked = 0
    for path in sorted(corpus.rglob("*.po")):
        catalog: Catalog = read_catalog(path)
        rel = path.relative_to(corpus).as_posix()
        lang = target_code(catalog, rel)
        ctx = context(lang, catalog, path=rel)
        assert ctx.target_lang is get_language(lang)
        for unit in catalog.active:
            for cls in FIXABLE:
                check = cls()
                if not list(check.run(unit, ctx)):
                    assert check.fix(unit, ctx) is unit, (cls.name, unit.source)
                    checked += 1
    assert checked > 400
