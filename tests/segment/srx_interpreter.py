r"""A small SRX 2.0 interpreter for the tests (the Java-regex subset our exporter emits).

Reads the document with ``toolkit.formats._xml.parse_xml`` and applies a language's rules
the SRX way: at each position between two characters the first rule whose ``beforebreak``
matches the text ending there and whose ``afterbreak`` matches the text starting there
decides; no matching rule means no break.  The emitted subset (classes, groups, ``^``,
lookahead) means the same in Java, ICU and Python ``re``; a before-pattern is anchored at
the position with ``\Z`` and ``search(text, 0, pos)``.  Segments are stripped of surrounding whitespace.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from toolkit.formats._xml import parse_xml

NS = {"s": "http://www.lisa.org/srx20"}


@dataclass(frozen=True)
class SrxRule:
    brk: bool
    before: re.Pattern[str] | None
    after: re.Pattern[str] | None


def load(data: bytes) -> tuple[dict[str, list[SrxRule]], list[tuple[re.Pattern[str], str]]]:
    """Language rules by name, and the ordered language map."""
    root = parse_xml(data, "rules.srx").getroot()
    rules: dict[str, list[SrxRule]] = {}
    for lr in root.iterfind(".//s:languagerule", NS):
        out: list[SrxRule] = []
        for rule in lr.iterfind("s:rule", NS):
            before = rule.findtext("s:beforebreak", default="", namespaces=NS)
            after = rule.findtext("s:afterbreak", default="", namespaces=NS)
            out.append(SrxRule(
                rule.get("break", "yes") != "no",
                re.compile("(?:" + before + r")\Z") if before else None,
                re.compile(after) if after else None,
            ))
        rules[lr.get("languagerulename", "")] = out
    maps = [(re.compile(m.get("languagepattern", "")), m.get("languagerulename", ""))
            for m in root.iterfind(".//s:languagemap", NS)]
    return rules, maps


def rules_for(data: bytes, code: str) -> list[SrxRule]:
    """The rules the language map selects for ``code`` (first matching pattern)."""
    rules, maps = load(data)
    for pattern, name in maps:
        if pattern.fullmatch(code):
            return rules[name]
    raise KeyError(code)


def segment(text: str, rules: list[SrxRule]) -> list[str]:
    """Split ``text`` with SRX ``rules``."""
    breaks: list[int] = []
    for pos in range(1, len(text)):
        for rule in rules:
            if rule.after is not None and rule.after.match(text, pos) is None:
                continue
            if rule.before is not None and rule.before.search(text, 0, pos) is None:
                continue
            if rule.brk:
                breaks.append(pos)
            break
    out: list[str] = []
    start = 0
    for stop in (*breaks, len(text)):
        piece = text[start:stop].strip()
        if piece:
            out.append(piece)
        start = stop
    return out
