"""Export the segmentation rules as SRX 2.0 (for OmegaT, Okapi and other CAT tools).

Each language's rules come from the same :class:`~toolkit.segment.tables.Tables` the
scanner uses, in the scanner's order: the first rule whose ``beforebreak`` matches the text
before a position and whose ``afterbreak`` matches the text after it decides.  Regexes use
the subset shared by Java, ICU and Python ``re`` (classes, groups, ``^``, lookahead).

What SRX cannot express (see docs/segmenter.md): enumerations counted across the text
("1. a 2. b" without periods), the "even number of straight quotes" condition and nesting
of the same quote pair.  Everything else is exported exactly.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import NamedTuple
from xml.sax.saxutils import escape, quoteattr

from toolkit.fsio import atomic_write
from toolkit.segment.tables import (
    BULLETS,
    DASHES,
    FIRST_LETTERS,
    KIND_ORDER,
    STRONG,
    TERMINATORS,
    Kind,
    Tables,
    char_class,
)

SRX_NS = "http://www.lisa.org/srx20"
#: Languages exported by default: every data module plus the generic fallback ("und").
DEFAULT_LANGS: tuple[str, ...] = ("en", "ru", "kk", "kk-Latn", "und")


class Rule(NamedTuple):
    """One SRX rule: ``brk`` True for a break rule; empty regexes match anything."""

    brk: bool
    before: str
    after: str
    note: str


def _cls(chars: str, extra: str = "") -> str:
    """A class of ``chars`` plus raw regex items ``extra`` (e.g. ``\\s``)."""
    return "[" + extra + char_class(chars)[1:]


def _neg(chars: str, extra: str = "") -> str:
    return "[^" + extra + char_class(chars)[1:]


def _alternatives(entries: Iterable[str]) -> str:
    """Regex for abbreviation entries (each with its final period) and their spellings."""
    from toolkit.segment.tables import spellings

    parts: set[str] = set()
    for entry in entries:
        for spelling in spellings(entry):
            pieces = [re.escape(p) for p in spelling.split(".")]
            parts.add("\\.\\s?".join(pieces) + "\\.")
    return "(?:" + "|".join(sorted(parts, key=lambda s: (-len(s), s))) + ")"


def rules(t: Tables) -> list[Rule]:
    """The ordered SRX rules of one language's tables."""
    lo, up = _cls(t.lower_chars), _cls(t.upper_chars)
    le = _cls(t.lower_chars + t.upper_chars)
    cl = _cls(t.closers_chars)
    run = _cls(TERMINATORS + t.closers_chars)
    term = _cls(TERMINATORS)
    skip_chars = t.openers_chars + DASHES
    ws = "\\s"
    skip_ws = _cls(skip_chars, ws)
    nxt = ws + skip_ws + "*"  # whitespace, then opening quotes and dashes
    bound = "(?:^|" + _cls(t.openers_chars, "\\s") + ")"
    bul = _cls(BULLETS)
    value = f"(?:[0-9]{{1,3}}|{lo})"
    starters = "(?:" + "|".join(sorted((re.escape(s) for s in t.starters),
                                       key=lambda s: (-len(s), s))) + ")"
    not_word = _cls(t.lower_chars + t.upper_chars + ".")
    starter_after = f"{nxt}{starters}(?!{not_word})" if t.starters else "(?!)"
    head, date, agency = t.dateline_parts
    out: list[Rule] = [
        Rule(True, "\\S", "[^\\S\\n]*\\n[^\\S\\n]*\\n", "blank line"),
        Rule(False, "(?:https?://|ftp://|www\\.)\\S*", "\\S", "inside a URL"),
        Rule(False, "[A-Za-z0-9._%+-]*\\.", "[A-Za-z0-9._%+-]*@[A-Za-z0-9-]+\\.", "e-mail"),
        Rule(False, "@[A-Za-z0-9.-]*\\.", "[A-Za-z0-9]", "e-mail domain"),
        Rule(False, f"^\\s*{head}\\.", "", "dateline"),
        Rule(False, f"^\\s*{head}\\.\\s+{date}\\.", "", "dateline date"),
        Rule(False, f"^\\s*{head}\\.(?:\\s+{date}\\.)?\\s+{agency}\\.", "", "dateline agency"),
        Rule(False, f"(?:^|\\s)(?:{bul}\\s?)?{value}\\.\\)", "\\s", "list marker 1.)"),
        Rule(False, f"^\\s*(?:{bul}\\s?)?{value}\\.", "\\s", "list marker at start"),
        Rule(False, f"(?:^|\\s){bul}\\s?{value}\\.", "\\s", "bulleted list marker"),
    ]
    for o, c in t.quote_pairs:
        pair = o + c
        out.append(Rule(False, re.escape(o) + _neg(pair) + "*", _neg(pair) + "*" + re.escape(c),
                        f"inside {o}…{c}"))
    out += [
        Rule(False, '^[^"]*(?:"[^"]*"[^"]*)*"[^"]*', '[^"]*"', 'inside "…"'),
        Rule(False, f"[\\[(](?:\\.\\.\\.|…)[\\])]{cl}*", "\\s", "[...] omission"),
        Rule(True, "\\S", f"\\s+{bul}(?:\\s|\\s?{value}(?:\\.\\)|\\.|\\))\\s)", "before a bullet"),
        Rule(True, "\\S", f"\\s+(?!1\\.?\\)|{_cls(FIRST_LETTERS)}\\))"
                          f"(?:[0-9]{{1,3}}\\.?\\)|{lo}\\))\\s+{up}", "before a 2) marker"),
        Rule(False, f"{term}{run}*", f"{nxt}{lo}", "lower-case word follows"),
        Rule(True, f"{_cls(STRONG)}{run}*", "\\s", "! or ?"),
        Rule(True, f"\\s\\. \\. \\. \\.{cl}*", "\\s", "spaced ellipsis + period"),
        Rule(True, "[^\\s.]\\.",
             f" \\. \\. \\.{cl}*\\s{skip_ws}*{_neg(skip_chars + t.lower_chars, ws)}",
             "period, then a spaced ellipsis opening the next sentence"),
        Rule(False, "\\.", f" \\.(?!{_neg('.' + t.closers_chars, ws)})",
             "inside a spaced ellipsis"),
        Rule(False, f"\\s(?:\\.\\.\\.|…|\\. \\. \\.){cl}*", "", "omission ellipsis"),
        Rule(True, f"(?:\\.\\.|…){_cls('.…' + t.closers_chars)}*", "\\s", "ellipsis"),
        Rule(True, f"\\.{cl}+", "\\s", "period inside quotes or brackets"),
    ]
    for kind in KIND_ORDER:
        entries = t.abbr_entries.get(kind, ())
        if not entries:
            continue
        before = bound + _alternatives(entries)
        if kind is Kind.NUMERIC:
            out.append(Rule(False, before, "\\s+[0-9]", "abbreviation before a number"))
            continue
        if kind is Kind.CLOSING:
            out.append(Rule(True, before, f"{nxt}{up}", "closing abbreviation, capital"))
        elif kind is Kind.FINAL:
            out.append(Rule(True, before, starter_after, "final abbreviation, starter"))
        out.append(Rule(False, before, "", f"abbreviation ({kind.name.lower()})"))
    if t.single_letter_words:
        words = "|".join(sorted(re.escape(w) for w in t.single_letter_words))
        out.append(Rule(True, f"(?:^|\\s){lo}\\S*\\s+(?:{words})\\.", "\\s",
                        "one-letter word after a lower-case word"))
    out += [
        Rule(False, f"{bound}{up}\\.", "", "initial"),
        Rule(True, f"{bound}{up}(?:\\.-?{up})+\\.", starter_after, "dotted initials, starter"),
        Rule(False, f"{bound}{up}(?:\\.-?{up})+\\.", "", "dotted initials"),
        Rule(True, f"{term}{run}*", "\\s", "sentence end"),
        Rule(True, f"{lo}{lo}{term}", f"{up}{le}", "no space after the end"),
    ]
    return out


def export_srx(langs: Sequence[str] = DEFAULT_LANGS) -> bytes:
    """The SRX 2.0 document (UTF-8 bytes) with one ``languagerule`` per code in ``langs``."""
    from toolkit.segment import tables_for

    lines = ['<?xml version="1.0" encoding="UTF-8"?>',
             f'<srx xmlns="{SRX_NS}" version="2.0">',
             '  <header segmentsubflows="yes" cascade="no">',
             '    <formathandle type="start" include="no"/>',
             '    <formathandle type="end" include="yes"/>',
             '    <formathandle type="isolated" include="no"/>',
             "  </header>", "  <body>", "    <languagerules>"]
    for code in langs:
        lines.append(f"      <languagerule languagerulename={quoteattr(code)}>")
        for rule in rules(tables_for(code)):
            lines.append(f"        <!-- {escape(rule.note.replace('--', '-'))} -->")
            lines.append(f'        <rule break="{"yes" if rule.brk else "no"}">')
            if rule.before:
                lines.append(f"          <beforebreak>{escape(rule.before)}</beforebreak>")
            if rule.after:
                lines.append(f"          <afterbreak>{escape(rule.after)}</afterbreak>")
            lines.append("        </rule>")
        lines.append("      </languagerule>")
    lines += ["    </languagerules>", "    <maprules>"]
    # Longer codes first so that "kk-Latn" wins over "kk"; "und" catches everything else.
    for code in sorted((c for c in langs if c != "und"), key=lambda c: (-len(c), c)):
        pattern = re.escape(code).replace("\\-", "[-_]") + "([-_].*)?"
        lines.append(f"      <languagemap languagepattern={quoteattr('(?i)' + pattern)} "
                     f"languagerulename={quoteattr(code)}/>")
    if "und" in langs:
        lines.append('      <languagemap languagepattern=".*" languagerulename="und"/>')
    lines += ["    </maprules>", "  </body>", "</srx>", ""]
    return "\n".join(lines).encode("utf-8")


def export_srx_file(path: str | Path, langs: Sequence[str] = DEFAULT_LANGS) -> None:
    """Write :func:`export_srx` to ``path`` atomically (for ``toolkit segment --export-srx``)."""
    atomic_write(Path(path), export_srx(langs))


__all__ = ["DEFAULT_LANGS", "Rule", "export_srx", "export_srx_file", "rules"]
