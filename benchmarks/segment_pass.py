"""Run ``split`` over the benchmark corpus of one language, for instruction counts.

Wall and CPU time are noisy on a shared machine; the number of instructions is not.  The
difference between two passes and one pass (after a warm-up) is the cost of one pass:

    for n in 1 2; do PYTHONHASHSEED=0 valgrind --tool=callgrind \\
        --callgrind-out-file=/dev/null .venv/bin/python benchmarks/segment_pass.py kk $n \\
        2>&1 | grep Collected; done

(docs/segmenter.md quotes the figures.)  The corpus is the one of ``benchmarks/segment.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from segment import corpus

from toolkit.segment import split


def main() -> None:
    lang, passes = sys.argv[1], int(sys.argv[2])
    paras = corpus(lang, 1_000_000)
    for text in paras[:3000]:  # warm-up: tables built, the interpreter's quickening done
        split(text, lang)
    for _ in range(passes):
        for text in paras:
            split(text, lang)


if __name__ == "__main__":
    main()
