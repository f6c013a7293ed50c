"""Line-break opportunities as GNU gettext computes them (libunistring, Unicode UAX #14).

GNU ``msgcat``/``msgmerge`` wrap PO strings with libunistring's ``ulc_width_linebreaks``: a
pair-table implementation of UAX #14 followed by a greedy fill.  To produce byte-identical
files we reimplement the same algorithm here (clean-room, from the UAX #14 pair table) for
the line-break classes that occur in real catalogs: Latin, Cyrillic (Kazakh and Russian),
Greek, Hebrew, Arabic, CJK, digits, ASCII and typographic punctuation, spaces, combining
marks and common emoji.  Characters of complex scripts (Thai, Brahmic scripts ...) are
treated as alphabetic, as libunistring does for Thai without a dictionary.

Public: :func:`width_breaks` returns, for every character, whether a line break is inserted
before it.
"""

from __future__ import annotations

import functools
import re
import unicodedata

# Line-break classes: indices into the pair table (libunistring 1.1, Unicode 15.0 order).
(WJ, GL, B2, BA, BB, HY, CL, CP1, CP2, EX, IN, NS, OP1, OP2, QU, IS, NU, PO, PR, SY, AL1, H2,
 H3, ID1, ID2, JL, JV, JT, HL, RI, ZWJ, EB, EM) = range(33)
# Classes resolved before the table lookup.
BK, CR, LF, CM, SP, ZW = 100, 101, 102, 103, 104, 105
HL_BA = 106  # pseudo class: Hebrew letter followed by a hyphen (LB21a)

# The UAX #14 pair table (before x after) as GNU gettext 0.22 applies it: D direct break,
# I indirect (only after spaces), P prohibited.  Rows and columns follow the class order.
TABLE_ROWS = (
    "PIIIIIPPPPIIIIIPIIIPIIIIIIIIIIIII",  # WJ
    "PIIIIIPPPPIIIIIPIIIPIIIIIIIIIIIII",  # GL
    "PIPIDIPPPPIIDDIPDDDPDDDDDDDDDDIDD",  # B2
    "PDDIDIPPPPIIDDIPDDDPDDDDDDDDDDIDD",  # BA
    "PIIIIIPPPPIIIIIPIIIPIIIIIIIIIIIII",  # BB
    "PDDIDIPPPPIIDDIPIDDPDDDDDDDDDDIDD",  # HY
    "PIDIDIPPPPIPDDIPDIIPDDDDDDDDDDIDD",  # CL
    "PIDIDIPPPPIIDDIPIIIPIDDDDDDDIDIDD",  # CP1
    "PIDIDIPPPPIPDDIPDIIPDDDDDDDDDDIDD",  # CP2
    "PIDIDIPPPPIIDDIPDDDPDDDDDDDDDDIDD",  # EX
    "PIDIDIPPPPIIDDIPDDDPDDDDDDDDDDIDD",  # IN
    "PIDIDIPPPPIIDDIPDDDPDDDDDDDDDDIDD",  # NS
    "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPIPP",  # OP1
    "PPPPPPPPPPPPPPPPPPPPPPPPPPPPPPIPP",  # OP2
    "PIIIIIPPPPIIPPIPIIIPIIIIIIIIIIIII",  # QU
    "PIDIDIPPPPIIDDIPIDDPDDDDDDDDDDIDD",  # IS
    "PIDIDIPPPPIIIDIPIIIPIDDDDDDDIDIDD",  # NU
    "PIDIDIPPPPIIIIIPIDDPIDDDDDDDIDIDD",  # PO
    "PIDIDIPPPPIIIIIPIDDPIIIIIIIIIDIII",  # PR
    "PIDIDIPPPPIIDDIPIDDPDDDDDDDDIDIDD",  # SY
    "PIDIDIPPPPIIIDIPIIIPIDDDDDDDIDIDD",  # AL
    "PIDIDIPPPPIIDDIPDIDPDDDDDDIIDDIDD",  # H2
    "PIDIDIPPPPIIDDIPDIDPDDDDDDDIDDIDD",  # H3
    "PIDIDIPPPPIIDDIPDIDPDDDDDDDDDDIDD",  # ID1
    "PIDIDIPPPPIIDDIPDIDPDDDDDDDDDDIDD",  # ID2
    "PIDIDIPPPPIIDDIPDIDPDIIDDIIDDDIDD",  # JL
    "PIDIDIPPPPIIDDIPDIDPDDDDDDIIDDIDD",  # JV
    "PIDIDIPPPPIIDDIPDIDPDDDDDDDIDDIDD",  # JT
    "PIDIDIPPPPIIIDIPIIIPIDDDDDDDIDIDD",  # HL
    "PIDIDIPPPPIIDDIPDDDPDDDDDDDDDIIDD",  # RI
    "PIIIIIPPPPIIIIIPIIIPIIIIIIIIIIIII",  # ZWJ
    "PIDIDIPPPPIIDDIPDIDPDDDDDDDDDDIDI",  # EB
    "PIDIDIPPPPIIDDIPDIDPDDDDDDDDDDIDD",  # EM
)
TABLE = tuple(tuple(row) for row in TABLE_ROWS)

# Explicit classes (LineBreak.txt) for characters whose class does not follow from their
# general category.
_EXPLICIT: dict[str, int] = {
    "\t": BA, "\n": LF, "\x0b": BK, "\x0c": BK, "\r": CR, "\x85": BK,
    " ": SP, "!": EX, '"': QU, "#": AL1, "$": PR, "%": PO, "&": AL1, "'": QU, "(": OP1,
    ")": CP1, "*": AL1, "+": PR, ",": IS, "-": HY, ".": IS, "/": SY, ":": IS, ";": IS,
    "<": AL1, "=": AL1, ">": AL1, "?": EX, "@": AL1, "[": OP1, "\\": PR, "]": CP1, "^": AL1,
    "_": AL1, "`": AL1, "{": OP1, "|": BA, "}": CL, "~": AL1,
    "\u00a0": GL, "\u00a1": OP1, "\u00a2": PO, "\u00a3": PR, "\u00a4": PR, "\u00a5": PR,
    "\u00ab": QU, "\u00ad": BA, "\u00b0": PO, "\u00b1": PR, "\u00b4": BB, "\u00bb": QU,
    "\u00bf": OP1, "\u02c8": BB, "\u02cc": BB, "\u02df": BB,
    "\u0589": IS, "\u058a": BA, "\u05be": BA, "\u060c": IS, "\u061b": EX, "\u061f": EX,
    "\u066a": PO, "\u066b": NU, "\u066c": NU, "\u06d4": EX,
    "\u1680": BA, "\u2007": GL, "\u200b": ZW, "\u200d": ZWJ, "\u2010": BA, "\u2011": GL,
    "\u2012": BA, "\u2013": BA, "\u2014": B2, "\u2018": QU, "\u2019": QU, "\u201a": OP1,
    "\u201b": QU, "\u201c": QU, "\u201d": QU, "\u201e": OP1, "\u201f": QU,
    "\u2024": IN, "\u2025": IN, "\u2026": IN, "\u2027": BA, "\u2028": BK, "\u2029": BK,
    "\u202f": GL, "\u2030": PO, "\u2031": PO, "\u2032": PO, "\u2033": PO, "\u2034": PO,
    "\u2035": PO, "\u2036": PO, "\u2037": PO, "\u2039": QU, "\u203a": QU, "\u203c": NS,
    "\u203d": NS, "\u2044": IS, "\u2045": OP1, "\u2046": CL, "\u2047": NS, "\u2048": NS,
    "\u2049": NS, "\u2056": BA, "\u2058": BA, "\u2059": BA, "\u205a": BA, "\u205b": BA,
    "\u205d": BA, "\u205e": BA, "\u205f": BA, "\u2060": WJ, "\u2116": PR, "\u2103": PO,
    "\u2109": PO, "\u2212": PR, "\u2213": PR, "\u2216": PR, "\u2e3a": B2, "\u2e3b": B2,
    "\u3000": BA, "\u3001": CL, "\u3002": CL, "\ufeff": WJ, "\ufe50": CL, "\ufe52": CL,
    "\uff01": EX, "\uff08": OP2, "\uff09": CP2, "\uff0c": CL, "\uff0e": CL, "\uff1a": NS,
    "\uff1b": NS, "\uff1f": EX,
}
# Currency signs that are postfix in LineBreak.txt (the others are prefix).
_PO_CURRENCY = frozenset("\u20a7\u20b6\u20bb\u20be\u20c0")


@functools.lru_cache(maxsize=4096)
def classify(ch: str) -> tuple[int, bool]:
    """(line-break class, East Asian) of one character."""
    ea = unicodedata.east_asian_width(ch) in ("W", "F", "H")
    cls = _EXPLICIT.get(ch)
    if cls is not None:
        return cls, ea
    cp = ord(ch)
    cat = unicodedata.category(ch)
    if cat[0] == "L":
        if 0x0590 <= cp <= 0x05FF or 0xFB1D <= cp <= 0xFB4F:
            return HL, ea
        if 0xAC00 <= cp <= 0xD7A3:
            return (H2 if (cp - 0xAC00) % 28 == 0 else H3), ea
        if 0x1100 <= cp <= 0x115F:
            return JL, ea
        if 0x1160 <= cp <= 0x11A7:
            return JV, ea
        if 0x11A8 <= cp <= 0x11FF:
            return JT, ea
        if ea:
            return ID1, ea
        return AL1, ea
    if cat == "Nd":
        return (ID1 if ea else NU), ea
    if cat in ("Mn", "Me", "Mc"):
        return CM, ea
    if cat == "Cc":
        return CM, ea
    if cat == "Cf":
        return CM, ea
    if cat == "Zs":
        return BA, ea
    if cat in ("Zl", "Zp"):
        return BK, ea
    if cat == "Ps":
        return (OP2 if ea else OP1), ea
    if cat == "Pe":
        return (CP2 if ea else CL), ea
    if cat == "Pi":
        return QU, ea
    if cat == "Pf":
        return QU, ea
    if cat == "Pd":
        return BA, ea
    if cat == "Sc":
        return (PO if ch in _PO_CURRENCY else PR), ea
    if 0x1F3FB <= cp <= 0x1F3FF:
        return EM, ea
    if 0x1F000 <= cp <= 0x1F64F or 0x1F680 <= cp <= 0x1FAFF:
        return ID1, ea
    if ea:
        return ID1, ea
    return AL1, ea


@functools.lru_cache(maxsize=4096)
def char_width(ch: str) -> int:
    """Columns a character takes (libunistring ``uc_width``; control characters count 0)."""
    cp = ord(ch)
    if cp < 0x20 or 0x7F <= cp < 0xA0:
        return 0
    cat = unicodedata.category(ch)
    if cat in ("Mn", "Me", "Cf") or 0x1160 <= cp <= 0x11FF:
        return 0
    if cat == "Cn":
        return 1
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


# Runs of letters and digits never contain a break opportunity (AL/NU against AL/NU is an
# indirect break and needs a space), so the scanner jumps over them in one step.
_RUN = re.compile("[0-9A-Za-z\u00c0-\u024f\u0400-\u0482\u048a-\u052f]+")
# Characters one column wide whose classes are all resolved by the table (fast width path).
NARROW = re.compile("[\x20-\x7e\u00a0-\u00ac\u00ae-\u02ff\u0400-\u0482\u048a-\u052f"
                     "\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2116]*")
MANDATORY = frozenset("\n\r\x0b\x0c\x85\u2028\u2029")


def _class(ch: str) -> int:
    cls = _CLASS_CACHE.get(ch)
    if cls is None:
        cls = _CLASS_CACHE[ch] = classify(ch)[0]
    return cls


_CLASS_CACHE: dict[str, int] = {}


def possible_breaks(text: str) -> list[bool]:
    """For each character, whether a line may break before it (UAX #14, as libunistring)."""
    n = len(text)
    result = [False] * n
    prev_prop = BK  # class of the previous character (CM folded into its base)
    preceding_prop = BK  # class of the character just before, CM included
    last_prop = BK  # class of the last non-space character
    seen_space = False
    ri_count = 0
    table = TABLE
    run = _RUN.match
    i = 0
    while i < n:
        ch = text[i]
        prop = _CLASS_CACHE.get(ch)
        if prop is None:
            prop = _class(ch)
        if prop in (BK, LF, CR):
            prev_prop = prop
            last_prop = BK
            seen_space = False
        elif prop == SP:
            seen_space = True
            prev_prop = prop
        elif prop == ZW:
            last_prop = ZW
            seen_space = False
            prev_prop = prop
        elif prop in (CM, ZWJ):
            if last_prop == BK:
                last_prop = AL1
                seen_space = False
            elif last_prop == ZW or seen_space:
                result[i] = True
                last_prop = AL1
                seen_space = False
            if prev_prop in (BK, LF, CR, SP, ZW):
                prev_prop = AL1
        else:
            if last_prop == BK:
                brk = False
            elif last_prop == ZW:
                brk = True
            elif preceding_prop == ZWJ or (prev_prop == HL_BA and prop != HL):
                brk = False
            elif last_prop == RI and prop == RI:
                brk = seen_space or ri_count % 2 == 0
            else:
                kind = table[last_prop][prop]
                brk = kind == "D" or (kind == "I" and seen_space)
            result[i] = brk
            seen_space = False
            if prop in (AL1, NU):
                m = run(text, i)
                if m is not None and m.end() > i + 1:
                    i = m.end() - 1
                    prop = _class(text[i])
            last_prop = prop
            prev_prop = HL_BA if prev_prop == HL and prop in (HY, BA) else prop
        preceding_prop = prop
        ri_count = ri_count + 1 if prop == RI else 0
        i += 1
    return result


def width_breaks(text: str, width: int, start_column: int,
                 overrides: list[bool | None] | None = None) -> list[bool]:
    """Greedy fill (libunistring ``u8_width_linebreaks``): where to insert line breaks.

    ``overrides[i]`` False forbids a break opportunity before character ``i`` (inside an
    escape sequence); ``None`` keeps the computed one.  Returns one flag per character: a
    line break is inserted before it.
    """
    n = len(text)
    out = [False] * n
    possible = possible_breaks(text)
    if overrides is not None:
        for i, value in enumerate(overrides):
            if value is not None:
                possible[i] = value
    if not MANDATORY.isdisjoint(text):
        return _width_breaks_slow(text, width, start_column, possible, overrides, out)
    if NARROW.fullmatch(text):
        prefix = None
    else:
        prefix = [0]
        total = 0
        for ch in text:
            total += char_width(ch)
            prefix.append(total)
    return fill([k for k in range(n) if possible[k]], n, width, start_column, out, prefix)


def fill(positions: list[int], n: int, width: int, start_column: int, out: list[bool],
          prefix: list[int] | None = None) -> list[bool]:
    """Greedy fill over the break opportunities (``prefix``: column prefix sums, or None
    when every character is one column wide)."""
    last_p = -1
    last_column = start_column
    piece_start = 0
    for i in positions:
        piece = i - piece_start if prefix is None else prefix[i] - prefix[piece_start]
        if last_p >= 0 and last_column + piece > width:
            out[last_p] = True
            last_column = 0
        last_p = i
        last_column += piece
        piece_start = i
    piece = n - piece_start if prefix is None else prefix[n] - prefix[piece_start]
    if last_p >= 0 and last_column + piece > width:
        out[last_p] = True
    return out


def _width_breaks_slow(text: str, width: int, start_column: int, possible: list[bool],
                       overrides: list[bool | None] | None, out: list[bool]) -> list[bool]:
    """The general fill loop, for text with mandatory breaks (rare in PO strings)."""
    last_p = -1
    last_column = start_column
    piece_width = 0
    for i, ch in enumerate(text):
        brk = possible[i]
        is_mandatory = ch in MANDATORY and (overrides is None or overrides[i] is None)
        if (brk or is_mandatory) and last_p >= 0 and last_column + piece_width > width:
            out[last_p] = True
            last_column = 0
        if is_mandatory:
            last_p = -1
            last_column = 0
            piece_width = 0
            continue
        if brk:
            last_p = i
            last_column += piece_width
            piece_width = 0
        piece_width += char_width(ch)
    if last_p >= 0 and last_column + piece_width > width:
        out[last_p] = True
    return out
