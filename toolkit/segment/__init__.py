"""Sentence segmentation: ``split(text, lang) -> list[Segment]`` with offsets into ``text``.

PLACEHOLDER: a naive splitter until the rule engine lands (issue #2, section 3).
"""

from __future__ import annotations

import re

from toolkit.model import Segment

_END = re.compile(r"[.!?]+[\"»”)]*\s+")


def split(text: str, lang: str) -> list[Segment]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text`` for each segment."""
    segments: list[Segment] = []
    pos = 0
    for match in _END.finditer(text):
        end = match.end()
        chunk = text[pos:end].rstrip()
        if chunk.strip():
            start = pos + (len(text[pos:end]) - len(text[pos:end].lstrip()))
            segments.append(Segment(start, pos + len(chunk), text[start:pos + len(chunk)]))
        pos = end
    tail = text[pos:]
    if tail.strip():
        start = pos + (len(tail) - len(tail.lstrip()))
        stop = pos + len(tail.rstrip())
        segments.append(Segment(start, stop, text[start:stop]))
    return segments
