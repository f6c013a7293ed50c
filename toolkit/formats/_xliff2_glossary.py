"""The XLIFF 2 Glossary module (``gls:``) for :mod:`toolkit.formats.xliff2`: what the writer
needs to mark terms in a source and list their translations."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from toolkit.formats._xmltext import text
from toolkit.model import Concept, TermHit


@dataclass(frozen=True)
class Glossary:
    """What the writer needs to annotate terms: a finder over source text and the concepts.

    ``find(text)`` returns the hits in a source string; ``concepts`` maps a concept id to its
    concept (translations and definition come from it); ``target_lang`` picks the translations.
    """

    find: Callable[[str], Sequence[TermHit]]
    concepts: Mapping[str, Concept]
    target_lang: str | None


def non_overlapping(hits: Sequence[TermHit]) -> list[TermHit]:
    """Longest-first, then leftmost: mrk spans may nest but never overlap partially."""
    chosen: list[TermHit] = []
    for hit in sorted(hits, key=lambda h: (-(h.end - h.start), h.start)):
        if hit.end > hit.start and all(hit.end <= c.start or hit.start >= c.end for c in chosen):
            chosen.append(hit)
    return sorted(chosen, key=lambda h: h.start)


def gloss_entry(mark: str, hit: TermHit, concept: Concept | None, lang: str | None) -> str:
    parts = [f'<gls:glossEntry ref="#{mark}"><gls:term source="tilmash">{text(hit.term.text)}'
             "</gls:term>"]
    if concept is not None and lang:
        terms = sorted((t for t in concept.terms_in(lang) if t.status.accepted),
                       key=lambda t: t.status.value != "preferred")
        parts.extend(f"<gls:translation>{text(t.text)}</gls:translation>" for t in terms)
    if concept is not None and concept.definition:
        parts.append(f"<gls:definition>{text(concept.definition)}</gls:definition>")
    parts.append("</gls:glossEntry>")
    return "".join(parts)
