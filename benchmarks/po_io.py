"""Time our PO reader and writer against polib and Babel on the same catalogs, in one run.

    .venv/bin/python benchmarks/po_io.py [UNITS]

Catalogs: (1) a synthetic Kazakh/English catalog of UNITS article-length sentences (two
wrapped strings per unit, the hard case for msgcat-exact wrapping), (2) short UI-like strings.
Prints units per second for each tool (median of 3 runs) and checks that our output is still
byte-identical to ``msgcat``.
"""

from __future__ import annotations

import io
import random
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import polib
from babel.messages.pofile import read_po, write_po

from toolkit.formats import po
from toolkit.model import Catalog, Unit

ROOT = Path(__file__).resolve().parent.parent


def catalog(n: int, long: bool) -> Catalog:
    words = (ROOT / "sources" / "article-en.txt").read_text(encoding="utf-8").split()
    kk_text = ("Қазақстан халқы Ассамблеясы бірлік пен келісімнің отыз жылы мемлекет басшысы "
               "атап өтті «Бір ел – бір мүдде» тобы")
    kk = kk_text.split()
    r = random.Random(7)
    units = []
    for i in range(n):
        size = r.choice([8, 15, 25, 40]) if long else r.choice([1, 2, 3, 5])
        source = " ".join(r.choice(words) for _ in range(size)) + f" {i}."
        target = " ".join(r.choice(kk) for _ in range(size)) + "."
        units.append(Unit(source=source, target=(target,), locations=(f"sources/a.txt:{i}",),
                          extracted_comments=(f"paragraph {i}",)))
    return Catalog(units=tuple(units),
                   header=po.make_header("kk", project="bench", creation_date="2025-01-01 00:00+0000"))


def median_rate(n: int, func: Callable[[], object]) -> float:
    times = []
    for _ in range(3):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return n / statistics.median(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    msgcat = Path(sys.executable).parent / "msgcat"
    for label, cat in (("article sentences", catalog(n, True)), ("short strings",
                                                                  catalog(n, False))):
        data = po.write(cat)
        text = data.decode("utf-8")
        pofile = polib.pofile(text)
        babel_cat = read_po(io.BytesIO(data))
        print(f"{label}: {n} units, {len(data) / 1e6:.1f} MB")
        rows = [
            ("read  ours", median_rate(n, lambda d=data: po.read(d, "b.po"))),
            ("read  polib", median_rate(n, lambda t=text: polib.pofile(t))),
            ("read  babel", median_rate(n, lambda d=data: read_po(io.BytesIO(d)))),
            ("write ours (msgcat layout)", median_rate(n, lambda c=cat: po.write(c))),
            ("write polib", median_rate(n, lambda p=pofile: str(p))),
            ("write babel", median_rate(n, lambda b=babel_cat: write_po(io.BytesIO(), b))),
        ]
        for name, rate in rows:
            print(f"  {name:28s} {rate:10,.0f} units/s")
        if msgcat.exists():
            with tempfile.NamedTemporaryFile(suffix=".po") as handle:
                handle.write(data)
                handle.flush()
                gnu = subprocess.run([str(msgcat), handle.name], capture_output=True,
                                     check=True).stdout
            print(f"  msgcat-identical: {gnu == data}")


if __name__ == "__main__":
    main()
