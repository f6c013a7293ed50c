"""Cell text -> reportlab paragraph markup, with glossary terms highlighted.

One colour per concept, the same in every column, assigned in order of first appearance so
the first dozen concepts of a document get distinct colours.  Forbidden (deprecated or
superseded) terms are struck through in red whatever their concept.
"""

from __future__ import annotations

from collections.abc import Sequence
from xml.sax.saxutils import escape

from toolkit.model import TermHit

#: Light background colours that keep black text readable in print and on screen.
PALETTE: tuple[str, ...] = (
    "#cfe8ff", "#d7f5d0", "#ffe3b8", "#ead7ff", "#c9f1ee", "#ffd6e7",
    "#fff2a8", "#dfe6c8", "#f7d9c4", "#d6dcff", "#c8ecd7", "#f0d0f5",
)
FORBIDDEN_COLOR = "#c0001a"


class ConceptColors:
    """Stable concept -> colour assignment for one document."""

    def __init__(self) -> None:
        self._colors: dict[str, str] = {}

    def __call__(self, concept_id: str) -> str:
        color = self._colors.get(concept_id)
        if color is None:
            color = PALETTE[len(self._colors) % len(PALETTE)]
            self._colors[concept_id] = color
        return color

    @property
    def assigned(self) -> dict[str, str]:
        return dict(self._colors)


def plain(text: str) -> str:
    """Escape ``text`` for a reportlab Paragraph; keep line breaks."""
    return escape(text).replace("\n", "<br/>")


def highlight(text: str, hits: Sequence[TermHit], colors: ConceptColors) -> str:
    """``text`` as paragraph markup with every hit marked (hits sorted, non-overlapping)."""
    out: list[str] = []
    pos = 0
    for hit in sorted(hits, key=lambda h: h.start):
        if hit.start < pos or hit.end > len(text):
            continue  # overlapping or stale hit: leave the text as it is
        out.append(plain(text[pos:hit.start]))
        term = plain(text[hit.start:hit.end])
        if hit.term.status.forbidden:
            out.append(f'<font color="{FORBIDDEN_COLOR}"><strike>{term}</strike></font>')
        else:
            out.append(f'<font backColor="{colors(hit.concept_id)}">{term}</font>')
        pos = hit.end
    out.append(plain(text[pos:]))
    return "".join(out)
