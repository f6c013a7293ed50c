"""Scale: `toolkit check` on a 200 MB PO file; prints time and peak memory (target < 2 GB).

    .venv/bin/python benchmarks/large.py            # 200 MB
    .venv/bin/python benchmarks/large.py --mb 50    # smaller run

The file is built from the repo's Kazakh catalog (real kk news text, entries renamed with a
numbered msgctxt so every unit is distinct), written to benchmarks/.cache/.  The check runs
in a child process (`--jobs 1`, every check, the repo's glossary) so its peak RSS can be read
with getrusage.  The limits are documented in docs/limits.md.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CACHE = ROOT / "benchmarks" / ".cache"


def build(path: Path, megabytes: int) -> int:
    """Write a PO file of about ``megabytes`` MB; return its unit count."""
    source = (ROOT / "locales" / "kk" / "LC_MESSAGES" / "article.po").read_text(encoding="utf-8")
    header, _, body = source.partition("\n\n")
    # Each entry keeps its comments (#: #. ...) and gets a numbered msgctxt before msgid.
    entries = [e.split("\nmsgid ", 1) for e in body.split("\n\n")
               if "\nmsgid " in e and "#~" not in e]
    target = megabytes * 1024 * 1024
    units = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(header + "\n")
        size = len(header.encode())
        while size < target:
            for comments, rest in entries:
                text = f'\n{comments}\nmsgctxt "copy {units}"\nmsgid {rest}\n'
                out.write(text)
                size += len(text.encode())
                units += 1
    return units


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--mb", type=int, default=200)
    args = parser.parse_args()
    CACHE.mkdir(parents=True, exist_ok=True)
    path = CACHE / f"large-{args.mb}mb.po"
    if not path.exists():
        started = time.perf_counter()
        units = build(path, args.mb)
        print(f"built {path.name}: {path.stat().st_size / 2**20:.0f} MB, {units} units "
              f"in {time.perf_counter() - started:.1f} s")
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "toolkit", "check", str(path), "--jobs", "1", "--format", "json",
         "--output", str(CACHE / "large-report.json"), "--fail-on", "never"],
        cwd=ROOT, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024  # KiB -> MiB
    print(f"toolkit check on {path.stat().st_size / 2**20:.0f} MB: exit {result.returncode}, "
          f"{seconds:.1f} s, peak memory {peak:.0f} MiB (target < 2048 MiB)")
    if result.returncode not in (0, 1):
        print(result.stderr.strip())


if __name__ == "__main__":
    main()
