"""Runs every case file in ``cases/`` (one YAML file per check) through its check class.

A case gives a unit (``source``, ``target``, ``lang``, ``flags``, ``catalog_units`` for the
rest of its catalog ...) or, for catalog-scope checks, ``catalogs``; ``expect`` is the
number of findings, ``message`` a fragment every finding's message must contain, ``fixed``
the target after ``fix()``.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from tests.checks.helpers import catalogs_from, check_class, run_unit_case
from toolkit.checks import ALL_CHECKS, Check

CASES = Path(__file__).parent / "cases"


def _load() -> list[Any]:
    params = []
    for path in sorted(CASES.glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for i, case in enumerate(data["cases"]):
            params.append(pytest.param(data["check"], case, id=f"{path.stem}-{i}-{case['name']}"))
    return params


@pytest.mark.parametrize(("name", "case"), _load())
def test_case(name: str, case: dict[str, Any]) -> None:
    check: Check = check_class(name)()
    if "catalogs" in case:
        findings = list(check.run_catalogs(catalogs_from(case["catalogs"])))
        fixed = None
    else:
        findings, fixed_unit = run_unit_case(check, case)
        fixed = fixed_unit.target
    messages = [f.message for f in findings]
    assert len(findings) == case["expect"], messages
    for finding in findings:
        assert finding.check == name and finding.code == check.code
        assert finding.severity is check.severity
        if "message" in case:
            assert case["message"] in finding.message, finding.message
        if "line" in case:
            assert finding.line == case["line"]
    if "fixed" in case:
        want = case["fixed"] if isinstance(case["fixed"], list) else [case["fixed"]]
        assert fixed is not None and list(fixed) == want


def test_registry_is_complete_and_documented() -> None:
    names = [c.name for c in ALL_CHECKS]
    codes = [c.code for c in ALL_CHECKS]
    assert len(set(names)) == len(names) and len(set(codes)) == len(codes)
    files = {p.stem for p in CASES.glob("*.yml")}
    for cls in ALL_CHECKS:
        assert re.fullmatch(r"[a-z]+(-[a-z]+)*", cls.name), cls.name
        assert re.fullmatch(r"[A-Z]{2}\d{3}", cls.code), cls.code
        doc = cls.__doc__ or ""
        lines = doc.strip().splitlines()
        # The first line alone is the summary (lists and the docs reference show only it).
        assert lines[0].strip().endswith("."), cls
        assert len(lines) == 1 or not lines[1].strip(), cls
        assert "Bad" in doc and "Good" in doc, cls
        assert "severity" in doc.lower(), cls
        assert cls.name in files, f"no case file cases/{cls.name}.yml"
        if cls.fixable:
            assert cls.fix is not Check.fix, cls


def test_every_check_class_is_registered() -> None:
    import toolkit.checks as pkg

    seen = set()
    for module in Path(pkg.__file__).parent.glob("*.py"):
        mod = __import__(f"toolkit.checks.{module.stem}", fromlist=["x"])
        for value in vars(mod).values():
            if isinstance(value, type) and issubclass(value, Check) and value is not Check:
                seen.add(value)
    assert seen == set(ALL_CHECKS)
