"""Coverage-guided fuzzing (atheris) of the readers of untrusted files.

    .venv/bin/python benchmarks/fuzz_readers.py po   -max_total_time=600
    .venv/bin/python benchmarks/fuzz_readers.py xliff -max_total_time=600
    (formats: po, xliff, xliff2, tmx, tbx, csv)

A reader may reject its input only with a ToolkitError (one line, exit 2 at the CLI); any
other exception is a crash: atheris stops, prints it and writes the input to
``benchmarks/.cache/fuzz/<format>/crash-*``.  Turn every crash into a regression test in
``tests/hostile/`` (see test_fuzz_regressions.py).  The seed corpus is the repo's own
catalogs, glossary and the hostile corpus.
"""

from __future__ import annotations

import contextlib
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import atheris  # noqa: E402

with atheris.instrument_imports():
    from toolkit.errors import ToolkitError

READERS: dict[str, tuple[str, tuple[str, ...]]] = {
    "po": ("toolkit.formats.po", (".po", ".pot")),
    "xliff": ("toolkit.formats.xliff12", (".xlf", ".xliff")),
    "xliff2": ("toolkit.formats.xliff2", (".xlf2",)),
    "tmx": ("toolkit.formats.tmx", (".tmx",)),
    "tbx": ("toolkit.formats.tbx", (".tbx",)),
    "csv": ("toolkit.formats.csv_terms", (".csv",)),
}


def seeds(suffixes: tuple[str, ...], folder: Path) -> None:
    """Copy every repo file with one of ``suffixes`` into the seed folder."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in ROOT.rglob("*"):
        if path.suffix in suffixes and ".venv" not in path.parts and ".cache" not in path.parts \
                and path.is_file() and path.stat().st_size < 200_000:
            (folder / f"seed-{abs(hash(str(path)))}{path.suffix}").write_bytes(path.read_bytes())


def main() -> None:
    if len(sys.argv) < 2 or sys.argv[1] not in READERS:
        sys.exit(f"usage: {sys.argv[0]} {{{','.join(READERS)}}} [libFuzzer options]")
    fmt = sys.argv.pop(1)
    module_name, suffixes = READERS[fmt]
    with atheris.instrument_imports():
        module = importlib.import_module(module_name)
    read: Callable[[bytes, str], object] = module.read
    work = ROOT / "benchmarks" / ".cache" / "fuzz" / fmt
    corpus = work / "corpus"
    seeds(suffixes, corpus)

    def one_input(data: bytes) -> None:
        with contextlib.suppress(ToolkitError):  # a clean, one-line rejection is fine
            read(data, f"fuzz{suffixes[0]}")

    sys.argv += [str(corpus), f"-artifact_prefix={work}/crash-", "-rss_limit_mb=4096",
                 "-max_len=65536"]
    atheris.Setup(sys.argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
