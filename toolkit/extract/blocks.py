"""Source documents -> blocks (paragraph-level pieces of text with their line numbers).

Plain text (``.txt`` and anything that is not Markdown):

* a blank line ends a paragraph;
* the first paragraph of the document is a ``title`` when it is a single line;
* a line that is only a date (``25.04.2025``, ``25.04.2025 ж.``, ``2025-04-25``) is a
  ``dateline`` block of its own, even inside a paragraph, so the dateline and the title never
  merge into one "sentence".

Markdown (``.md``, ``.markdown``): ATX and setext headings, list items, block quotes and
paragraphs are blocks; fenced and indented code blocks, thematic breaks, YAML front matter and
HTML comments are skipped; inline markup is kept as text.

Each block's ``text`` keeps one line per source line (markers such as ``#``, ``-``, ``>``
removed), so a sentence's line is ``block.line`` plus the newlines before it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit.model import Block

_DATELINE = re.compile(
    r"^\s*(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}-\d{2}-\d{2})"
    r"(?:\s*(?:ж|г|жыл|года?)\.?)?\s*$")
_SENTENCE_END = (".", "!", "?", "…", ":", ";")
_ATX = re.compile(r"^ {0,3}(#{1,6})(?:[ \t]+(.*?))?(?:[ \t]+#+)?[ \t]*$")
_SETEXT = re.compile(r"^ {0,3}(=+|-+)[ \t]*$")
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
_RULE = re.compile(r"^ {0,3}(?:(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})$")
_ITEM = re.compile(r"^( {0,3})(?:[-*+]|\d{1,9}[.)])([ \t]+|$)")
_QUOTE = re.compile(r"^ {0,3}> ?")


@dataclass(frozen=True)
class SourceBlock:
    """A block and its text (markup markers removed, one line per source line)."""

    block: Block
    text: str


class _Builder:
    def __init__(self, source: str) -> None:
        self.source = source
        self.offsets: list[int] = []
        pos = 0
        for line in source.split("\n"):
            self.offsets.append(pos)
            pos += len(line) + 1
        self.blocks: list[SourceBlock] = []

    def add(self, kind: str, first: int, last: int, lines: list[str]) -> None:
        """Lines ``first..last`` (0-based, inclusive) form a block whose text is ``lines``."""
        text = "\n".join(lines)
        if not text.strip():
            return
        start = self.offsets[first]
        end = self.offsets[last + 1] - 1 if last + 1 < len(self.offsets) else len(self.source)
        number = len(self.blocks) + 1
        self.blocks.append(SourceBlock(Block(kind, start, end, first + 1, number), text))


def text_blocks(source: str) -> list[SourceBlock]:
    """Blocks of a plain-text document."""
    b = _Builder(source)
    lines = source.split("\n")
    para: list[int] = []

    def flush() -> None:
        if para:
            kind = "title" if (not b.blocks and len(para) == 1 and _first_para(lines, para)
                               and not lines[para[0]].rstrip().endswith(_SENTENCE_END)) \
                else "paragraph"
            b.add(kind, para[0], para[-1], [lines[i] for i in para])
            para.clear()

    for i, line in enumerate(lines):
        if not line.strip():
            flush()
        elif _DATELINE.match(line):
            flush()
            b.add("dateline", i, i, [line])
        else:
            para.append(i)
    flush()
    return b.blocks


def _first_para(lines: list[str], para: list[int]) -> bool:
    """The paragraph is the document's first non-blank text and is followed by a break."""
    return all(not lines[i].strip() for i in range(para[0]))


def markdown_blocks(source: str) -> list[SourceBlock]:
    """Blocks of a Markdown document (CommonMark block structure, simplified)."""
    b = _Builder(source)
    lines = source.split("\n")
    i = 0
    n = len(lines)
    if lines and lines[0].strip() == "---":  # YAML front matter
        for j in range(1, n):
            if lines[j].strip() in ("---", "..."):
                i = j + 1
                break
    para: list[int] = []
    para_kind = "paragraph"
    para_text: list[str] = []

    def flush() -> None:
        nonlocal para_kind
        if para:
            b.add(para_kind, para[0], para[-1], para_text[:])
        para.clear()
        para_text.clear()
        para_kind = "paragraph"

    while i < n:
        line = lines[i]
        stripped = line.strip()
        fence = _FENCE.match(line)
        if fence:
            flush()
            marker = fence.group(1)
            i += 1
            while i < n and not lines[i].strip().startswith(marker[0] * len(marker)):
                i += 1
            i += 1
            continue
        if not stripped:
            flush()
            i += 1
            continue
        if stripped.startswith("<!--"):
            flush()
            while i < n and "-->" not in lines[i]:
                i += 1
            i += 1
            continue
        if line.startswith(("    ", "\t")) and not para:
            i += 1  # indented code block
            continue
        setext = _SETEXT.match(line)
        if setext and para and para_kind == "paragraph":
            para.append(i)
            para_text.append("")
            para_kind = "heading"
            flush()
            i += 1
            continue
        if _RULE.match(line):
            flush()
            i += 1
            continue
        atx = _ATX.match(line)
        if atx:
            flush()
            b.add("heading", i, i, [atx.group(2) or ""])
            i += 1
            continue
        item = _ITEM.match(line)
        if item:
            flush()
            para_kind = "item"
            para.append(i)
            para_text.append(line[item.end():])
            i += 1
            continue
        quote = _QUOTE.match(line)
        if quote:
            if not line[quote.end():].strip():
                flush()
                i += 1
                continue
            if para_kind != "quote":
                flush()
                para_kind = "quote"
            para.append(i)
            para_text.append(line[quote.end():])
            i += 1
            continue
        para.append(i)
        para_text.append(line)
        i += 1
    flush()
    return b.blocks


def is_markdown(path: str) -> bool:
    """Markdown is chosen by extension: ``.md``, ``.markdown``, ``.mdown``."""
    return path.lower().endswith((".md", ".markdown", ".mdown"))
