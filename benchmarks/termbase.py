"""Termbase load/write/validate speed, with Translate Toolkit's TBX reader as the peer.

Builds N concepts (default 5,000) with en/kk/ru terms, writes them as TBX-Basic and CSV,
then prints seconds for: our TBX write, TBX read, CSV read, RNG + TBX-Basic validation,
building the Termbase indexes, and translate-toolkit parsing the same TBX file (it reads
TBX 2008 only, so it is given the same content as a martif file).

    .venv/bin/python benchmarks/termbase.py [N]
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable

from toolkit.formats import csv_terms, tbx
from toolkit.formats.tbx_schema import validate_tbx
from toolkit.glossary.termbase import Termbase
from toolkit.model import Concept, Term, TermStatus


def build(n: int) -> list[Concept]:
    return [Concept(id=f"c{i}", subject_field="politics", definition=f"Definition {i}.",
                    terms=(Term(f"term number {i}", "en", part_of_speech="noun",
                                note="A note.", source="bench"),
                           Term(f"T{i}", "en", TermStatus.DEPRECATED, term_type="acronym"),
                           Term(f"термин нөмірі {i}", "kk", forms=(f"терминін {i}",)),
                           Term(f"термин номер {i}", "ru", exact_only=True)))
            for i in range(n)]


def martif(concepts: list[Concept]) -> bytes:
    entries = []
    for c in concepts:
        sets = "".join(f'<langSet xml:lang="{t.lang}"><tig><term>{t.text}</term></tig></langSet>'
                       for t in c.terms)
        entries.append(f'<termEntry id="{c.id}">{sets}</termEntry>')
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en">'
            "<martifHeader><fileDesc><sourceDesc><p>b</p></sourceDesc></fileDesc>"
            f"</martifHeader><text><body>{''.join(entries)}</body></text></martif>"
            ).encode()


def best(fn: Callable[[], object], repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 5000
    concepts = build(n)
    tbx_data = tbx.write(concepts)
    csv_data = csv_terms.write(concepts)
    old = martif(concepts)
    read = tbx.read(tbx_data, "b.tbx")
    print(f"{n} concepts, {sum(len(c.terms) for c in concepts)} terms; "
          f"TBX {len(tbx_data) / 1e6:.1f} MB, CSV {len(csv_data) / 1e6:.1f} MB")
    rows = [
        ("ours: write TBX-Basic", best(lambda: tbx.write(concepts))),
        ("ours: read TBX 2019", best(lambda: tbx.read(tbx_data, "b.tbx"))),
        ("ours: read TBX 2008 (same terms)", best(lambda: tbx.read(old, "b.tbx"))),
        ("ours: read CSV", best(lambda: csv_terms.read(csv_data, "b.csv"))),
        ("ours: validate (RNG + TBX-Basic)", best(lambda: validate_tbx(tbx_data, "b.tbx"), 1)),
        ("ours: build Termbase indexes", best(lambda: Termbase(read))),
    ]
    try:
        from translate.storage import tbx as tt_tbx

        rows.append(("translate-toolkit: parse TBX 2008",
                     best(lambda: tt_tbx.tbxfile.parsestring(old))))
    except ImportError:  # pragma: no cover - the test/bench extra is missing
        rows.append(("translate-toolkit: not installed", float("nan")))
    for label, seconds in rows:
        print(f"{label:<40} {seconds:8.3f} s")


if __name__ == "__main__":
    main()
