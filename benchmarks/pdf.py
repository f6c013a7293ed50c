"""Time `toolkit export pdf` on a 1,000-unit trilingual document (target: under 5 s).

Units are the repo's own article catalogs (locales/{kk,ru}/LC_MESSAGES/article.po) repeated
with a numbered context until there are 1,000, so the cells have real kk/ru news text; the
glossary highlighting runs against the repo's termbase when it exists.

    .venv/bin/python benchmarks/pdf.py
"""

from __future__ import annotations

import dataclasses
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from toolkit.export import export_pdf  # noqa: E402
from toolkit.formats import read_catalog  # noqa: E402
from toolkit.model import Catalog  # noqa: E402

UNITS = 1000


def scaled(catalog: Catalog, n: int) -> Catalog:
    base = [u for u in catalog.units if not u.obsolete]
    units = [dataclasses.replace(base[i % len(base)], context=f"copy {i // len(base)}")
             for i in range(n)]
    return dataclasses.replace(catalog, units=tuple(units))


def main() -> None:
    paths = [ROOT / "locales" / lang / "LC_MESSAGES" / "article.po" for lang in ("kk", "ru")]
    catalogs = [scaled(read_catalog(p), UNITS) for p in paths]
    glossary = ROOT / "glossary"
    has_glossary = any(glossary.glob("*.tbx")) or any(glossary.glob("*.csv"))
    with tempfile.TemporaryDirectory() as tmp:
        for label, terms in (("no glossary", None), ("with glossary", glossary)):
            if terms is not None and not has_glossary:
                continue
            out = Path(tmp) / "bench.pdf"
            start, cpu = time.perf_counter(), time.process_time()
            result = export_pdf(catalogs, out, source_lang="en", title="Benchmark",
                                glossary=terms)
            seconds = time.perf_counter() - start
            cpu = time.process_time() - cpu
            print(f"pdf export, {UNITS} units en|kk|ru, {label}: {seconds:.2f} s "
                  f"({cpu:.2f} s CPU), "
                  f"{result.pages} pages, {out.stat().st_size // 1024} KiB "
                  f"(target < 5 s; fpdf2 5.5 s and weasyprint 4.5 s for 300 rows per peers.md)")


if __name__ == "__main__":
    main()
