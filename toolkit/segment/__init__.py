"""Sentence segmentation: ``split(text, lang) -> list[Segment]`` with offsets into ``text``.

A rule engine driven by the per-language data in :mod:`toolkit.langs` (abbreviations,
sentence starters, letters, quotes, month names).  ``text[s.start:s.end] == s.text`` for
every segment; segments never start or end with whitespace and come in document order.
The rules and how to add a language: docs/segmenter.md.  SRX export: :mod:`.srx`.
"""

from __future__ import annotations

import dataclasses
import functools
from collections.abc import Callable

from toolkit.langs import get_language_or_generic, normalize_code
from toolkit.model import Segment
from toolkit.segment.engine import Scanner
from toolkit.segment.tables import Tables, build


@functools.lru_cache(maxsize=64)
def tables_for(lang: str) -> Tables:
    """The compiled tables of ``lang`` (any code: unknown ones use the generic record)."""
    return build(get_language_or_generic(normalize_code(lang)))


@functools.lru_cache(maxsize=64)
def _scanner(lang: str) -> Scanner:
    return Scanner(tables_for(lang))


def boundaries(text: str, lang: str) -> list[int]:
    """Offsets in ``text`` where a new sentence may start (sorted, unique)."""
    return _scanner(lang).boundaries(text)


_SCANNERS: dict[str, Scanner] = {}


def _segment_maker() -> Callable[[int, int, str], Segment]:
    """``Segment``, or a cheaper function giving the same object when the frozen dataclass
    has slots: its ``__init__`` sets each field through ``object.__setattr__`` (around the
    frozen guard), the slot descriptors set them directly.  Building segments is a good
    part of ``split``'s time on short paragraphs."""
    slots = tuple(vars(Segment).get("__slots__") or ())
    if slots != tuple(f.name for f in dataclasses.fields(Segment)):
        return Segment
    set_start, set_end, set_text = (vars(Segment)[name].__set__ for name in slots)
    new = object.__new__

    def make(start: int, end: int, text: str) -> Segment:
        segment = new(Segment)
        set_start(segment, start)
        set_end(segment, end)
        set_text(segment, text)
        return segment

    return make


_make_segment = _segment_maker()


def split(text: str, lang: str) -> list[Segment]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text`` for each segment."""
    scanner = _SCANNERS.get(lang)
    if scanner is None:
        scanner = _SCANNERS.setdefault(lang, _scanner(lang))
    segments: list[Segment] = []
    start = 0
    stops = scanner.boundaries(text)
    stops.append(len(text))
    for stop in stops:
        piece = text[start:stop]
        body = piece.lstrip()  # str.strip removes exactly the characters of WHITESPACE
        if body:
            begin = stop - len(body)
            body = body.rstrip()
            segments.append(_make_segment(begin, begin + len(body), body))
        start = stop
    return segments


__all__ = ["Segment", "boundaries", "split", "tables_for"]
