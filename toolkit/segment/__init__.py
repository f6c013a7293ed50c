"""Sentence segmentation: ``split(text, lang) -> list[Segment]`` with offsets into ``text``.

A rule engine driven by the per-language data in :mod:`toolkit.langs` (abbreviations,
sentence starters, letters, quotes, month names).  ``text[s.start:s.end] == s.text`` for
every segment; segments never start or end with whitespace and come in document order.
The rules and how to add a language: docs/segmenter.md.  SRX export: :mod:`.srx`.
"""

from __future__ import annotations

import functools

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
_new = tuple.__new__  # Segment(a, b, c) without the NamedTuple's Python-level __new__


def split(text: str, lang: str) -> list[Segment]:
    """Split ``text`` into sentences; ``text[s.start:s.end] == s.text`` for each segment."""
    scanner = _SCANNERS.get(lang)
    if scanner is None:
        scanner = _SCANNERS.setdefault(lang, _scanner(lang))
    stops = scanner.boundaries(text)
    if not stops:  # one sentence (or none): no slicing needed when nothing surrounds it
        body = text.strip()
        if len(body) == len(text):
            return [_new(Segment, (0, len(text), text))] if text else []
        begin = len(text) - len(text.lstrip())
        return [_new(Segment, (begin, begin + len(body), body))] if body else []
    segments: list[Segment] = []
    start = 0
    stops.append(len(text))
    for stop in stops:
        piece = text[start:stop]
        body = piece.lstrip()  # str.strip removes exactly the characters of WHITESPACE
        if body:
            begin = stop - len(body)
            body = body.rstrip()
            segments.append(_new(Segment, (begin, begin + len(body), body)))
        start = stop
    return segments


__all__ = ["Segment", "boundaries", "split", "tables_for"]
