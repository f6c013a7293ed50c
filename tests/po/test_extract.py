"""Sources -> blocks -> units: titles, datelines, Markdown blocks, duplicates, line numbers."""

from __future__ import annotations

from toolkit.extract import Document, extract_units, fold
from toolkit.extract.blocks import markdown_blocks, text_blocks

ARTICLE = """\
Assembly of the People: Three Decades

25.04.2025
Assembly of the People: Three Decades

The session was held in Astana.  It was
the thirtieth one.

Second paragraph here.
"""


def test_plain_text_title_dateline_and_paragraphs() -> None:
    blocks = text_blocks(ARTICLE)
    assert [(b.block.kind, b.block.line, b.block.number) for b in blocks] == [
        ("title", 1, 1), ("dateline", 3, 2), ("paragraph", 4, 3), ("paragraph", 6, 4),
        ("paragraph", 9, 5)]
    assert blocks[3].text == "The session was held in Astana.  It was\nthe thirtieth one."
    for b in blocks:  # offsets point into the source
        assert ARTICLE[b.block.start:b.block.end].strip().startswith(b.text.split()[0])


def test_title_needs_no_final_period() -> None:
    kinds = [b.block.kind for b in text_blocks("One sentence. Two sentences.\n\nMore.\n")]
    assert kinds == ["paragraph", "paragraph"]


def test_units_fold_whitespace_and_merge_duplicates() -> None:
    units = extract_units([Document.of("sources/a.txt", ARTICLE)], "en")
    sources = [u.source for u in units]
    assert sources[0] == "Assembly of the People: Three Decades"
    assert sources.count("Assembly of the People: Three Decades") == 1
    title = units[0]
    assert title.locations == ("sources/a.txt:1", "sources/a.txt:4")
    assert title.extracted_comments == ("paragraph 1 (title)", "paragraph 3")
    assert "It was the thirtieth one." in sources  # folded across the line break
    second = units[sources.index("It was the thirtieth one.")]
    assert second.locations == ("sources/a.txt:6",)  # the line where the sentence starts
    assert units[1].source == "25.04.2025"
    assert units[1].extracted_comments == ("paragraph 2 (dateline)",)


MARKDOWN = """\
---
title: front matter is skipped
---
# Heading one

A paragraph with *emphasis* and `code`.
Second line of it.

- First item.
- Second item
  continues here.

> A quoted sentence.

```python
print("code is skipped")
```

Setext heading
==============
"""


def test_markdown_blocks() -> None:
    blocks = markdown_blocks(MARKDOWN)
    assert [(b.block.kind, b.text, b.block.line) for b in blocks] == [
        ("heading", "Heading one", 4),
        ("paragraph", "A paragraph with *emphasis* and `code`.\nSecond line of it.", 6),
        ("item", "First item.", 9),
        ("item", "Second item\n  continues here.", 10),
        ("quote", "A quoted sentence.", 13),
        ("heading", "Setext heading\n", 19),
    ]


def test_markdown_units_keep_inline_markup() -> None:
    units = extract_units([Document.of("doc.md", MARKDOWN)], "en")
    sources = [u.source for u in units]
    assert "A paragraph with *emphasis* and `code`." in sources
    assert "Second item continues here." in sources
    assert not any("print" in s for s in sources)
    assert not any("front matter" in s for s in sources)


def test_fold() -> None:
    assert fold("  a\n\tb  c  ") == "a b c"
    assert fold("10\u00a0000 and 25\u202fж.") == "10\u00a0000 and 25\u202fж."
