"""Benchmark the sentence segmenter against pySBD and razdel (the `bench` extra).

For each language it builds at least ``--size`` characters of text (default 1,000,000) from
the gold cases in ``tests/segment`` (and, for English, the demo article and pySBD's Golden
Rules), paragraphs repeated and shuffled with a fixed seed, then times one call per
paragraph for every tool in the same run (the tools take turns on chunks of the corpus) and
prints chars/s and ratios.  Time is this process's CPU time (``time.process_time``), so other
jobs on a shared machine do not count against whichever tool happens to be running.  It also prints the
sentence-level F1 of each tool on the gold sets (multiset match of stripped sentences).

Run:  .venv/bin/python benchmarks/segment.py [--size N] [--chunk N]
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pysbd  # noqa: E402
import razdel  # noqa: E402

from tests.segment import gold_en, gold_kk, gold_ru  # noqa: E402
from tests.segment.golden_rules_en import GOLDEN_RULES  # noqa: E402
from toolkit.segment import split  # noqa: E402

Splitter = Callable[[str], list[str]]
GOLD = {"en": gold_en.GOLD, "ru": gold_ru.GOLD, "kk": gold_kk.GOLD}


def paragraphs(lang: str) -> list[str]:
    paras = [text for text, _ in GOLD[lang]]
    if lang == "en":
        article = (ROOT / "sources" / "article-en.txt").read_text(encoding="utf-8")
        paras += [p.strip() for p in re.split(r"\n\s*\n", article) if p.strip()]
        paras += [text for text, _ in GOLDEN_RULES]
    return paras


def corpus(lang: str, size: int) -> list[str]:
    """Paragraphs repeated and shuffled (seed 2025) until they hold ``size`` characters."""
    base = paragraphs(lang)
    rng = random.Random(2025)
    out: list[str] = []
    total = 0
    while total < size:
        batch = base[:]
        rng.shuffle(batch)
        out += batch
        total += sum(map(len, batch))
    return out


def splitters(lang: str) -> dict[str, Splitter]:
    seg = pysbd.Segmenter(language=lang, clean=False)
    return {
        "tilmash": lambda text: [s.text for s in split(text, lang)],
        "pysbd": lambda text: [s.strip() for s in seg.segment(text) if s.strip()],
        "razdel": lambda text: [s.text for s in razdel.sentenize(text)],
    }


def throughputs(tools: dict[str, Splitter], paras: list[str], chunk: int) -> dict[str, float]:
    """chars/s of each tool.  The corpus is cut into chunks of about ``chunk`` characters and
    the tools take turns on each chunk, so load changes on a shared machine hit all alike."""
    spent = dict.fromkeys(tools, 0.0)
    batch: list[str] = []
    size = 0
    for i, p in enumerate(paras):
        batch.append(p)
        size += len(p)
        if size < chunk and i < len(paras) - 1:
            continue
        for name, fn in tools.items():
            start = time.process_time()
            for text in batch:
                fn(text)
            spent[name] += time.process_time() - start
        batch, size = [], 0
    chars = sum(map(len, paras))
    return {name: chars / seconds for name, seconds in spent.items()}


def f1(fn: Splitter, cases: list[tuple[str, list[str]]]) -> tuple[float, int]:
    """Micro-averaged sentence F1 and the number of cases split exactly right."""
    tp = fp = fn_ = exact = 0
    for text, expected in cases:
        got = fn(text)
        exact += got == expected
        common = sum((Counter(got) & Counter(expected)).values())
        tp += common
        fp += len(got) - common
        fn_ += len(expected) - common
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn_) if tp + fn_ else 0.0
    return (2 * precision * recall / (precision + recall) if precision + recall else 0.0), exact


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000, help="characters per language")
    parser.add_argument("--chunk", type=int, default=50_000,
                        help="characters per turn when the tools take turns")
    args = parser.parse_args()
    print(f"Python {sys.version.split()[0]}, pysbd 0.3.4, razdel 0.5.0; one call per paragraph; "
          f"tools take turns on chunks of {args.chunk:,} characters\n")
    print(f"{'lang':4} {'chars':>9} {'tilmash c/s':>12} {'pysbd c/s':>11} {'razdel c/s':>11}"
          f" {'x pysbd':>8} {'x razdel':>9}")
    for lang in ("en", "ru", "kk"):
        paras = corpus(lang, args.size)
        tools = splitters(lang)
        # Same footing for every tool: warm caches, and the setup objects (corpus, modules)
        # moved out of the garbage collector's way before timing.
        for fn in tools.values():
            fn(paras[0])
        gc.collect()
        gc.freeze()
        speed = throughputs(tools, paras, args.chunk)
        gc.unfreeze()
        ours, theirs, raz = speed["tilmash"], speed["pysbd"], speed["razdel"]
        print(f"{lang:4} {sum(map(len, paras)):>9,} {ours:>12,.0f} {theirs:>11,.0f} {raz:>11,.0f}"
              f" {ours / theirs:>8.1f} {ours / raz:>9.2f}")
    print("\nSentence-level F1 on the gold sets (exact cases in brackets):")
    sets = [("en", "en gold", gold_en.GOLD), ("en", "en Golden Rules", GOLDEN_RULES),
            ("ru", "ru gold", gold_ru.GOLD), ("kk", "kk gold", gold_kk.GOLD)]
    for lang, name, cases in sets:
        tools = splitters(lang)
        row = []
        for tool in ("tilmash", "pysbd", "razdel"):
            score, exact = f1(tools[tool], cases)
            row.append(f"{tool} {score:.3f} ({exact}/{len(cases)})")
        print(f"  {name:16} " + "   ".join(row))


if __name__ == "__main__":
    main()
