"""Fonts for the review PDF: Noto Sans from ``pymupdf-fonts`` (covers every Kazakh Cyrillic
letter and the 2021 Latin alphabet), or a TrueType file given with ``--font``.

reportlab embeds TrueType fonts as subsets.  Before rendering, :func:`check_coverage` makes
sure the font has a glyph for every character of the document: a missing glyph is an error
naming the character and where it occurs, never a silent box.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from toolkit.errors import InputError, UsageError
from toolkit.fsio import read_bytes


@dataclass(frozen=True)
class FontSet:
    regular: str
    bold: str
    italic: str
    covered: frozenset[int]  # code points the regular face has glyphs for


def _noto(style: str) -> bytes:
    # Imported lazily: each module holds one compressed font (about 0.5 MB).
    if style == "bold":
        from pymupdf_fonts import NotoSans_Bold as module
    elif style == "italic":
        from pymupdf_fonts import NotoSans_Italic as module
    else:
        from pymupdf_fonts import NotoSans_Regular as module
    data: bytes = module.fontbuffer
    return data


_REGISTERED: dict[str, FontSet] = {}


def load_fonts(font_path: str | Path | None = None) -> FontSet:
    """Register the fonts with reportlab once per process and return their names."""
    key = str(font_path or "")
    if key in _REGISTERED:
        return _REGISTERED[key]
    if font_path is None:
        faces = {style: _noto(style) for style in ("regular", "bold", "italic")}
        base = "TilmashNotoSans"
    else:
        data = read_bytes(font_path)
        faces = {"regular": data, "bold": data, "italic": data}
        base = f"TilmashUser{len(_REGISTERED)}"
    names = {}
    covered: frozenset[int] = frozenset()
    for style, data in faces.items():
        name = f"{base}-{style}"
        try:
            font = TTFont(name, io.BytesIO(data))
        except (TTFError, ValueError, OSError, AssertionError, KeyError, IndexError) as exc:
            raise InputError(f"not a usable TrueType font: {exc}", font_path or "Noto Sans") \
                from None
        pdfmetrics.registerFont(font)
        names[style] = name
        if style == "regular":
            covered = frozenset(font.face.charToGlyph)
    family = f"{base}-family"
    addMapping(family, 0, 0, names["regular"])
    addMapping(family, 1, 0, names["bold"])
    addMapping(family, 0, 1, names["italic"])
    addMapping(family, 1, 1, names["bold"])
    # reportlab looks up <b>/<i> by the regular face's name.
    addMapping(names["regular"], 0, 0, names["regular"])
    addMapping(names["regular"], 1, 0, names["bold"])
    addMapping(names["regular"], 0, 1, names["italic"])
    addMapping(names["regular"], 1, 1, names["bold"])
    fonts = FontSet(names["regular"], names["bold"], names["italic"], covered)
    _REGISTERED[key] = fonts
    return fonts


#: Characters that are layout, not glyphs (line breaks, joiners) and never need one.
_IGNORABLE = frozenset({0x0A, 0x0D, 0x09, 0x200B, 0x200C, 0x200D, 0x2060, 0xFEFF, 0x00AD})


def check_coverage(fonts: FontSet, texts: Iterable[tuple[str, str]], font_name: str) -> None:
    """Raise :class:`UsageError` for the first character ``fonts`` cannot draw.

    ``texts`` yields ``(text, location)`` pairs; the location names the unit in the error.
    """
    for text, where in texts:
        for ch in dict.fromkeys(text):  # first missing character in reading order
            cp = ord(ch)
            if cp in fonts.covered or cp in _IGNORABLE:
                continue
            name = unicodedata.name(ch, "unnamed character")
            raise UsageError(
                f"{where}: the font {font_name} has no glyph for {ch!r} (U+{cp:04X} {name}); "
                "use --font with a font that covers it"
            )
