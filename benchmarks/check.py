"""Benchmark `toolkit check` against pofilter (translate-toolkit) on every Django locale.

Run:  .venv/bin/python benchmarks/check.py [--repeat N] [--skip-pofilter]

* Fetches the django==5.2.19 wheel with `pip download --no-deps` into benchmarks/.cache/
  (gitignored, shared with the other benchmarks; reused when present) and unpacks its
  locale PO files (about 85k units).
* Times, in the same run and as separate processes (start-up included):
  - `toolkit check` with every check (`--select all`) and `--jobs 2`, no glossary;
  - the same with a generated 5,000-concept glossary (en/ru/kk terms taken from the Django
    catalogs themselves, so terms really occur);
  - `pofilter` with its default checks over the same folder.
* Prints the times, units/s, the ratio pofilter / toolkit (target >= 5x) and the glossary
  cost with / without (target <= 2x).  It prints figures; it asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import zipfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
CACHE = HERE / ".cache"
VERSION = "5.2.19"
WHEEL = f"Django-{VERSION}-py3-none-any.whl"
BIN = Path(sys.executable).parent


def fetch_wheel() -> Path:
    """The Django wheel in the cache, downloaded once."""
    CACHE.mkdir(exist_ok=True)
    found = [p for p in CACHE.glob("*.whl") if p.name.lower() == WHEEL.lower()]
    if found:
        return found[0]
    subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q",
                    f"django=={VERSION}", "-d", str(CACHE)], check=True)
    found = [p for p in CACHE.glob("*.whl") if p.name.lower() == WHEEL.lower()]
    if not found:
        raise SystemExit(f"pip did not leave {WHEEL} in {CACHE}")
    return found[0]


def unpack(wheel: Path) -> Path:
    """Extract only the locale PO files; returns the folder."""
    target = CACHE / f"django-{VERSION}-po"
    if target.is_dir() and any(target.rglob("*.po")):
        return target
    with zipfile.ZipFile(wheel) as archive:
        for name in archive.namelist():
            if name.endswith(".po") and "/locale/" in name:
                archive.extract(name, target)
    return target


def readable_copy(folder: Path, target: Path) -> tuple[Path, list[str]]:
    """A copy of ``folder`` without the files our PO reader refuses (both tools then run on
    the same files); returns it and the refusals (one line each)."""
    sys.path.insert(0, str(HERE.parent))
    from toolkit.errors import ToolkitError
    from toolkit.formats import read_catalog

    refused = []
    for path in sorted(folder.rglob("*.po")):
        try:
            read_catalog(path)
        except ToolkitError as exc:
            refused.append(str(exc).replace(str(folder) + "/", ""))
            continue
        dest = target / path.relative_to(folder)
        dest.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, dest)
    return target, refused


def glossary(folder: Path, out: Path, size: int = 5000) -> int:
    """A CSV termbase of ``size`` concepts: frequent English 1-3-word phrases of the Django
    msgids (of the units translated into
    ru), each with a ru and a kk term taken from those catalogs' translations."""
    sys.path.insert(0, str(HERE.parent))
    from toolkit.formats import read_catalog

    def units(lang: str) -> list[tuple[str, str]]:
        out: list[tuple[str, str]] = []
        for path in sorted(folder.rglob(f"locale/{lang}/LC_MESSAGES/*.po")):
            out += [(u.source, u.target[0]) for u in read_catalog(path).units
                    if u.target and u.target[0]]
        return out

    ru, kk = units("ru"), units("kk")
    phrases: Counter[str] = Counter()
    for source, _ in ru:
        words = re.findall(r"[A-Za-z]{3,}", source)
        for n in (1, 2, 3, 4):
            for i in range(len(words) - n + 1):
                phrases[" ".join(words[i:i + n]).lower()] += 1
    ru_words = sorted({w for _, t in ru for w in re.findall(r"[а-яё]{5,}", t.lower())})
    kk_words = sorted({w for _, t in kk for w in re.findall(r"[а-яәғқңөұүһі]{5,}", t.lower())})
    chosen = [p for p, _ in phrases.most_common(size)]
    with out.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["concept_id", "lang", "term", "status"])
        for i, phrase in enumerate(chosen):
            writer.writerow([f"c{i}", "en", phrase, "preferred"])
            writer.writerow([f"c{i}", "ru", ru_words[i % len(ru_words)], "preferred"])
            writer.writerow([f"c{i}", "kk", kk_words[i % len(kk_words)], "preferred"])
            if i % 10 == 0:
                writer.writerow([f"c{i}", "ru", ru_words[(i * 7 + 3) % len(ru_words)],
                                 "deprecated"])
    return len(chosen)


def _cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)  # workers included once reaped
    return usage.ru_utime + usage.ru_stime


def timed(cmd: list[str], cwd: Path) -> tuple[float, float, subprocess.CompletedProcess[str]]:
    """Wall seconds, CPU seconds (the process and its workers) and the result."""
    cpu, started = _cpu(), time.perf_counter()
    done = subprocess.run(cmd, cwd=cwd, capture_output=True, text=True, check=False)
    return time.perf_counter() - started, _cpu() - cpu, done


def run_toolkit(folder: Path, work: Path, extra: list[str], repeat: int
                ) -> tuple[float, float, dict]:
    best, best_cpu = float("inf"), float("inf")
    summary: dict = {}
    for _ in range(repeat):
        report = work / "report.json"
        seconds, cpu, done = timed([str(BIN / "toolkit"), "check", str(folder), "--select",
                                    "all", "--jobs", "2", "--format", "json", "--fail-on",
                                    "never", "--output", str(report), *extra], work)
        if done.returncode != 0:
            raise SystemExit(f"toolkit check failed ({done.returncode}): {done.stderr[-2000:]}")
        best, best_cpu = min(best, seconds), min(best_cpu, cpu)
        summary = json.loads(report.read_text(encoding="utf-8"))["summary"]
        summary["findings"] = summary["errors"] + summary["warnings"]
    return best, best_cpu, summary


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=2, help="toolkit runs; the best counts")
    parser.add_argument("--skip-pofilter", action="store_true")
    args = parser.parse_args()

    every = unpack(fetch_wheel())
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # A private copy: concurrent runs of this script must not see each other's files.
        folder, refused = readable_copy(every, work / "django")
        files = sorted(folder.rglob("*.po"))
        if refused:
            print(f"{len(refused)} of {len(refused) + len(files)} PO files are refused by our "
                  "PO reader and left out of both runs, e.g.:")
            for line in refused[:3]:
                print(f"  {line}")
        # An empty project, so no pyproject.toml settings leak into the run.
        (work / "pyproject.toml").write_text("[tool.toolkit]\n", encoding="utf-8")
        terms = glossary(folder, work / "glossary.csv")

        plain, plain_cpu, summary = run_toolkit(folder, work, [], args.repeat)
        units = summary["units"]
        print(f"Django {VERSION}: {len(files)} PO files, {units:,} units; load average "
              f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")
        print(f"toolkit check --select all --jobs 2:  wall {plain:6.2f} s  cpu {plain_cpu:6.2f} s"
              f"  ({units / plain:,.0f} units/s, {summary['findings']:,} findings)")
        with_terms, terms_cpu, gsummary = run_toolkit(
            folder, work, ["--glossary", "glossary.csv"], args.repeat)
        print(f"  with a {terms:,}-concept glossary:    wall {with_terms:6.2f} s  "
              f"cpu {terms_cpu:6.2f} s  ({gsummary['findings']:,} findings)")
        print(f"  glossary cost: {with_terms / plain:.2f}x wall, {terms_cpu / plain_cpu:.2f}x cpu"
              "   (target <= 2x)")

        if not args.skip_pofilter:
            pofilter = BIN / "pofilter"
            if not pofilter.exists():
                print("pofilter not installed (pip install -e '.[bench]')")
                return 1
            out = work / "pofilter-out"
            seconds, cpu, done = timed([str(pofilter), "--progress=none", "-i", str(folder),
                                        "-o", str(out)], work)
            if done.returncode != 0:
                print(f"pofilter failed ({done.returncode}): {done.stderr[-2000:]}")
                return 1
            print(f"pofilter (default checks):           wall {seconds:6.2f} s  "
                  f"cpu {cpu:6.2f} s  ({units / seconds:,.0f} units/s)")
            print(f"  toolkit is {seconds / plain:.1f}x faster (wall)   (target >= 5x); "
                  f"{cpu / plain_cpu:.1f}x less CPU")
            shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
