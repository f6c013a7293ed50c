"""Keep the generated parts of ``docs/check.md`` in step with the code.

The page has blocks between ``<!-- generated:NAME -->`` and ``<!-- end:NAME -->``; each is
rebuilt from the code that defines it (config keys, precedence table, check list).  A test
fails when the page is stale; refresh it with ``python -m toolkit.qa.docs``.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable
from pathlib import Path

from toolkit.qa.config import reference_markdown
from toolkit.qa.select import precedence_markdown


def checks_markdown() -> str:
    """Every check of the registry: name, code, severity, default, fixable, summary."""
    from toolkit.qa.command import registry
    from toolkit.qa.describe import check_summary

    rows = ["| Name | Code | Severity | On by default | `--fix` | What it finds |",
            "| --- | --- | --- | --- | --- | --- |"]
    for cls in registry():
        rows.append(f"| `{cls.name}` | {cls.code} | {cls.severity.value} | "
                    f"{'yes' if cls.default_enabled else 'no'} | "
                    f"{'yes' if cls.fixable else ''} | {check_summary(cls)} |")
    return "\n".join(rows) + "\n"


BLOCKS: dict[str, Callable[[], str]] = {
    "config": reference_markdown,
    "precedence": precedence_markdown,
    "checks": checks_markdown,
}


def _replacer(body: str) -> Callable[[re.Match[str]], str]:
    def replace(match: re.Match[str]) -> str:
        return match.group(1) + body + match.group(2)

    return replace


def update(text: str) -> str:
    """``text`` with every generated block rebuilt."""
    for name, build in BLOCKS.items():
        pattern = re.compile(rf"(<!-- generated:{name} -->\n).*?(<!-- end:{name} -->)", re.S)
        text = pattern.sub(_replacer(build()), text)
    return text


def main(path: str = "docs/check.md") -> int:
    """Rewrite the page in place; print whether it changed."""
    from toolkit.fsio import atomic_write_text, read_text

    old = read_text(path).text
    new = update(old)
    if new != old:
        atomic_write_text(Path(path), new)
        print(f"updated {path}")
    else:
        print(f"{path} is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:]))
