"""Property: catalog -> XLIFF 1.2 / XLIFF 2.1 -> catalog gives every field back, and every
document we write validates against the official schema (model level; the PO round trip is
in test_po_roundtrip.py)."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

import pytest
from hypothesis import HealthCheck, given, settings

from tests.formats import schemas
from tests.formats.strategies import catalogs
from toolkit.formats import xliff2, xliff12
from toolkit.model import Catalog

FORMATS = [(xliff12, schemas.xliff12), (xliff2, schemas.xliff21)]


def _strip_lines(catalog: Catalog) -> tuple[object, ...]:
    return (
        tuple(replace(u, line=0) for u in catalog.units),
        dict(catalog.header),
        catalog.header_comments,
        catalog.header_flags,
        catalog.source_lang,
        catalog.target_lang,
    )


@pytest.mark.parametrize(("module", "schema"), FORMATS, ids=["xliff12", "xliff2"])
@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(catalog=catalogs())
def test_lossless_and_valid(module: ModuleType, schema: object, catalog: Catalog) -> None:
    data = module.write(catalog)
    schemas.assert_valid(schema(), data)  # type: ignore[operator]
    back = module.read(data, "x.xlf")
    assert _strip_lines(back) == _strip_lines(catalog)


@pytest.mark.parametrize("module", [xliff12, xliff2], ids=["xliff12", "xliff2"])
def test_obsolete_entries_are_reported_not_written(module: ModuleType) -> None:
    from toolkit.model import Unit

    catalog = Catalog(units=(Unit("kept", ("сақталды",)),
                             Unit("gone", ("кетті",), obsolete=True)), target_lang="kk")
    assert module.losses(catalog) == [
        f"1 obsolete (#~) entry not written: {'XLIFF 1.2' if module is xliff12 else 'XLIFF 2'}"
        " has no place for them"]
    back = module.read(module.write(catalog), "x.xlf")
    assert [u.source for u in back.units] == ["kept"]


@pytest.mark.parametrize("state", ["reviewed", "final"])
@pytest.mark.parametrize("module", [xliff12, xliff2], ids=["xliff12", "xliff2"])
def test_review_states_survive(module: ModuleType, state: str) -> None:
    from toolkit.model import Unit

    catalog = Catalog(units=(Unit("a", ("ә",), state=state),), target_lang="kk")
    assert module.read(module.write(catalog), "x").units[0].state == state
