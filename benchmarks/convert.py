"""PO -> XLIFF 1.2 -> PO over every Django catalog: our converter vs translate-toolkit.

    .venv/bin/python benchmarks/convert.py [--repeat N] [--limit FILES]

Downloads django==5.2.19 once with ``pip download --no-deps`` into ``benchmarks/.cache/``
(gitignored), takes every ``django/**/locale/*/LC_MESSAGES/*.po`` from the wheel (1,226 files)
and, in the same run and on the same bytes:

* ours: ``po.read`` -> ``xliff12.write`` -> ``xliff12.read`` -> ``po.write``;
* translate-toolkit: ``pofile`` -> ``po2xliff.convertstore`` -> ``xliff2po.convertstore``
  -> ``bytes(store)`` (its Python API, no subprocess start-up counted).

It prints units per CPU-second for both (``time.process_time``: the machine is shared, and
wall time would measure the neighbours), the ratio (target: ours >= 3x), and the round-trip
losses:
for us, units whose msgid/msgid_plural/msgctxt/msgstr[n]/comments/references/flags/previous
msgid differ after the trip and PO files that are not byte-identical (obsolete ``#~``
entries are counted apart: XLIFF has no place for them); for translate-toolkit, units of
the original that cannot be found unchanged in its result.
"""

from __future__ import annotations

import argparse
import logging
import subprocess
import sys
import time
import zipfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.errors import ToolkitError  # noqa: E402
from toolkit.formats import po, xliff12  # noqa: E402
from toolkit.model import Catalog, Unit  # noqa: E402

CACHE = ROOT / "benchmarks" / ".cache"
VERSION = "5.2.19"


def corpus() -> list[Path]:
    """The Django PO files, downloaded and unpacked on first use."""
    folder = CACHE / f"django-{VERSION}"
    if not folder.exists():
        wheels = sorted(CACHE.glob(f"[Dd]jango-{VERSION}-*.whl"))
        if not wheels:
            CACHE.mkdir(parents=True, exist_ok=True)
            subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "--quiet",
                            f"django=={VERSION}", "-d", str(CACHE)], check=True)
            wheels = sorted(CACHE.glob(f"[Dd]jango-{VERSION}-*.whl"))
        with zipfile.ZipFile(wheels[0]) as wheel:
            members = [n for n in wheel.namelist()
                       if "/locale/" in n and n.endswith(".po") and "/LC_MESSAGES/" in n]
            wheel.extractall(folder, members)
    return sorted(folder.glob("django/**/locale/*/LC_MESSAGES/*.po"))


def comparable(unit: Unit) -> Unit:
    return replace(unit, line=0, state=None)


def ours(files: list[tuple[Path, bytes]]) -> tuple[float, int, int, int, int]:
    """(seconds, units, lost units, non-identical files, obsolete units not carried)."""
    units = lost = changed = obsolete = 0
    start = time.process_time()
    results: list[tuple[Catalog, Catalog, bytes]] = []
    for path, data in files:
        catalog = po.read(data, str(path))
        back = xliff12.read(xliff12.write(catalog), "x.xlf")
        results.append((catalog, back, po.write(back)))
    elapsed = time.process_time() - start
    for catalog, back, written in results:
        units += len(catalog.units)
        active = [comparable(u) for u in catalog.units if not u.obsolete]
        obsolete += len(catalog.units) - len(active)
        lost += sum(1 for a, b in zip(active, map(comparable, back.units), strict=False)
                    if a != b) + abs(len(active) - len(back.units))
        expected = po.write(replace(catalog, units=tuple(u for u in catalog.units
                                                         if not u.obsolete)))
        changed += written != expected
    return elapsed, units, lost, changed, obsolete


def corpus_checks(files: list[tuple[Path, bytes]]) -> tuple[int, int, int, int]:
    """Untimed: (XLIFF 2.1 round-trip units changed, XLIFF 2.1 PO files not byte-identical,
    XLIFF 1.2 documents invalid against the strict XSD, XLIFF 2.1 documents invalid)."""
    from tests.formats import schemas
    from toolkit.formats import xliff2
    from toolkit.formats._xml import parse_xml

    lost = changed = invalid12 = invalid2 = 0
    for path, data in files:
        catalog = po.read(data, str(path))
        active = tuple(u for u in catalog.units if not u.obsolete)
        doc2 = xliff2.write(catalog)
        back = xliff2.read(doc2, "x.xlf2")
        lost += sum(1 for a, b in zip(map(comparable, active), map(comparable, back.units),
                                      strict=False) if a != b) + abs(len(active) - len(back.units))
        changed += po.write(back) != po.write(replace(catalog, units=active))
        invalid12 += not schemas.xliff12().validate(parse_xml(xliff12.write(catalog), "x"))
        invalid2 += not schemas.xliff21().validate(parse_xml(doc2, "x"))
    return lost, changed, invalid12, invalid2


def translate_toolkit(files: list[tuple[Path, bytes]]) -> tuple[float, int]:
    """(seconds, units of the originals not found unchanged after the trip)."""
    from translate.convert.po2xliff import po2xliff
    from translate.convert.xliff2po import xliff2po
    from translate.storage.po import pofile

    # its duplicate-merging (it drops msgctxt, so Django's "May"/"May" collide) logs a line
    # per unit; keep the figures readable
    logging.getLogger("translate").setLevel(logging.ERROR)
    outputs: list[bytes] = []
    start = time.process_time()
    for _path, data in files:
        xliff = po2xliff().convertstore(pofile(data))
        outputs.append(bytes(xliff2po().convertstore(bytes(xliff))))
    elapsed = time.process_time() - start
    lost = 0
    for (path, data), out in zip(files, outputs, strict=True):
        original = [comparable(u) for u in po.read(data, str(path)).units if not u.obsolete]
        try:
            result = {comparable(u) for u in po.read(out, str(path)).units}
        except ToolkitError:  # a result our strict reader refuses counts as lost
            lost += len(original)
            continue
        lost += sum(1 for u in original if u not in result)
    return elapsed, lost


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--repeat", type=int, default=1, help="runs; the best time counts")
    parser.add_argument("--limit", type=int, default=0, help="only the first N files")
    args = parser.parse_args()
    paths = corpus()
    if args.limit:
        paths = paths[: args.limit]
    files: list[tuple[Path, bytes]] = []
    refused: list[str] = []
    for path in paths:
        data = path.read_bytes()
        try:
            po.read(data, str(path))
        except ToolkitError as exc:  # e.g. msgstr[n] count vs Plural-Forms
            refused.append(str(exc).replace(str(CACHE) + "/", ""))
            continue
        files.append((path, data))
    locales = {p.parent.parent.name for p in paths}
    print(f"corpus: {len(paths)} PO files, {len(locales)} locales (django {VERSION})")
    if refused:
        print(f"{len(refused)} file(s) refused by our strict PO reader (msgstr[n] count vs "
              f"Plural-Forms; GNU msgfmt -c refuses most of them too) and left out for both "
              f"tools, e.g.\n  {refused[0]}")
    best_ours = best_tt = float("inf")
    for _ in range(args.repeat):
        seconds, units, lost, changed, obsolete = ours(files)
        best_ours = min(best_ours, seconds)
        tt_seconds, tt_lost = translate_toolkit(files)
        best_tt = min(best_tt, tt_seconds)
    print(f"units: {units} ({obsolete} obsolete #~ entries: XLIFF has no place for them)")
    print(f"ours              {best_ours:7.2f} CPU s  {units / best_ours:10,.0f} units/s")
    print(f"translate-toolkit {best_tt:7.2f} CPU s  {units / best_tt:10,.0f} units/s")
    print(f"ratio: ours is {best_tt / best_ours:.1f}x translate-toolkit (target >= 3x)")
    print(f"round-trip loss, ours: {lost} unit(s) changed, {changed} PO file(s) not "
          "byte-identical (obsolete entries excluded)")
    print(f"round-trip loss, translate-toolkit: {tt_lost} unit(s) not found unchanged")
    lost2, changed2, invalid12, invalid2 = corpus_checks(files)
    print(f"PO -> XLIFF 2.1 -> PO (untimed): {lost2} unit(s) changed, {changed2} PO file(s) not "
          "byte-identical")
    print(f"schema validation: {invalid12} of {len(files)} XLIFF 1.2 documents invalid (strict "
          f"XSD), {invalid2} of {len(files)} XLIFF 2.1 documents invalid (core + modules)")


if __name__ == "__main__":
    main()
