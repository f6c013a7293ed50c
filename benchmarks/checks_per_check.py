"""Per-check cost over every Django locale (the PO files benchmarks/check.py unpacks).

Run:  .venv/bin/python benchmarks/checks_per_check.py [--glossary PATH]

Reads all catalogs once (timed apart), then runs each check of ``ALL_CHECKS`` over every
active unit in one process and prints CPU seconds (``time.process_time``: the machine is
shared, wall time is noise) and units/s per check, slowest first, and the total; then the
runner's order (every check on one unit, then the next unit) once more.  It prints
figures; it asserts nothing.  The end-to-end comparison with
pofilter (processes, --jobs) is benchmarks/check.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))

from toolkit.checks import ALL_CHECKS, CheckContext  # noqa: E402
from toolkit.checks.header import path_language  # noqa: E402
from toolkit.errors import ToolkitError  # noqa: E402
from toolkit.formats import read_catalog  # noqa: E402
from toolkit.langs import get_language, get_language_or_generic  # noqa: E402
from toolkit.model import Catalog  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--folder", type=Path, default=HERE / ".cache" / "django-5.2.19-po")
    parser.add_argument("--glossary", type=Path, default=None)
    args = parser.parse_args()
    paths = sorted(args.folder.rglob("*.po"))
    if not paths:
        raise SystemExit(f"no PO files under {args.folder}: run benchmarks/check.py once")
    start = time.process_time()
    pairs: list[tuple[Catalog, CheckContext]] = []
    skipped = 0
    matcher = None
    options: dict[str, object] = {}
    if args.glossary:
        from toolkit.glossary.matcher import TermMatcher
        from toolkit.glossary.termbase import load_termbase

        concepts = load_termbase(args.glossary).concepts
        matcher, options = TermMatcher(concepts), {"concepts": concepts}
    for path in paths:
        try:
            catalog = read_catalog(path)
        except ToolkitError:
            skipped += 1
            continue
        code = catalog.header.get("Language") or path_language(str(path)) or "und"
        ctx = CheckContext(get_language("en"), get_language_or_generic(code), catalog,
                           str(path), matcher, options)
        pairs.append((catalog, ctx))
    read_s = time.process_time() - start
    units = sum(len(c.active) for c, _ in pairs)
    print(f"{len(pairs)} catalogs ({skipped} refused by the reader), {units} units, "
          f"read in {read_s:.2f} s CPU")
    rows = []
    total_findings = 0
    for cls in ALL_CHECKS:
        check = cls()
        t0 = time.process_time()
        found = 0
        if check.scope == "catalogs":
            found = sum(1 for _ in check.run_catalogs(pairs))
        else:
            for catalog, ctx in pairs:
                for unit in catalog.active:
                    for _ in check.run(unit, ctx):
                        found += 1
        rows.append((time.process_time() - t0, cls.name, found))
        total_findings += found
    total = sum(r[0] for r in rows)
    for seconds, name, found in sorted(rows, reverse=True):
        print(f"{name:25s} {seconds:7.3f} s  {units / seconds if seconds else 0:12,.0f} units/s"
              f"  {found:7d} findings")
    print(f"{'all checks':25s} {total:7.3f} s  {units / total:12,.0f} units/s  "
          f"{total_findings:7d} findings")
    runs = [cls().run for cls in ALL_CHECKS if cls.scope == "unit"]
    t0 = time.process_time()
    for catalog, ctx in pairs:
        for unit in catalog.active:
            for run in runs:
                for _ in run(unit, ctx):
                    pass
    seconds = time.process_time() - t0
    print(f"{'unit checks, runner order':25s} {seconds:7.3f} s  {units / seconds:12,.0f} units/s"
          " (second pass: caches warm)")


if __name__ == "__main__":
    main()
