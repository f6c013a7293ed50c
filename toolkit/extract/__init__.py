"""Source articles -> translation units (one per sentence, in document order).

:func:`extract_units` cuts each document into blocks (:mod:`toolkit.extract.blocks`), each
block into sentences with :func:`toolkit.segment.split`, folds the whitespace inside each
sentence to single spaces and makes one :class:`~toolkit.model.Unit` per distinct sentence:

* ``#:`` reference ``<path>:<line>`` (the path as the caller displays it);
* ``#.`` extracted comment ``paragraph N`` (plus the block kind when it is not a plain
  paragraph: ``paragraph 1 (title)``).

A sentence that occurs more than once keeps every place: one unit with all references and
all paragraph comments, in order (see ``docs/segment.md``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from toolkit.extract.blocks import SourceBlock, is_markdown, markdown_blocks, text_blocks
from toolkit.model import Unit
from toolkit.segment import split


@dataclass(frozen=True)
class Document:
    """A decoded source document and the path its references show."""

    display_path: str
    text: str
    markdown: bool = False

    @classmethod
    def of(cls, display_path: str, text: str) -> Document:
        return cls(display_path, text, is_markdown(display_path))


def document_blocks(doc: Document) -> list[SourceBlock]:
    """The blocks of one document (Markdown or plain text)."""
    return markdown_blocks(doc.text) if doc.markdown else text_blocks(doc.text)


#: Breaking whitespace; no-break spaces (U+00A0, U+2007, U+202F) carry meaning ("10 000",
#: "25 ж.") and are kept as they are.
_BREAKING_SPACE = re.compile("[^\\S\u00a0\u2007\u202f]+")


def fold(text: str) -> str:
    """Collapse every run of breaking whitespace to one space and strip the ends."""
    return _BREAKING_SPACE.sub(" ", text).strip(" ")


def _comment(block: SourceBlock) -> str:
    kind = block.block.kind
    suffix = "" if kind == "paragraph" else f" ({kind})"
    return f"paragraph {block.block.number}{suffix}"


def extract_units(documents: Iterable[Document], lang: str) -> list[Unit]:
    """One unit per distinct sentence of ``documents``, in order of first occurrence."""
    units: dict[str, Unit] = {}
    for doc in documents:
        for block in document_blocks(doc):
            comment = _comment(block)
            for segment in split(block.text, lang):
                sentence = fold(segment.text)
                if not sentence:
                    continue
                line = block.block.line + block.text.count("\n", 0, segment.start)
                location = f"{doc.display_path}:{line}"
                old = units.get(sentence)
                if old is None:
                    units[sentence] = Unit(source=sentence, locations=(location,),
                                           extracted_comments=(comment,))
                    continue
                locations = old.locations if location in old.locations else (
                    *old.locations, location)
                comments = old.extracted_comments if comment in old.extracted_comments else (
                    *old.extracted_comments, comment)
                units[sentence] = replace(old, locations=locations, extracted_comments=comments)
    return list(units.values())


__all__ = ["Document", "document_blocks", "extract_units", "fold"]
