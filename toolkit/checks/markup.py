"""Markup checks (MK): XML/HTML tags and URLs / e-mail addresses."""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterator
from typing import ClassVar

from toolkit.checks._text import (
    EMAIL,
    EMPTY,
    TAG,
    URL,
    URL_TRAILING,
    comparable,
    contains,
    form_label,
    form_sources,
)
from toolkit.checks.base import Check, CheckContext
from toolkit.model import Finding, Severity, Unit

#: Attributes whose value is data, not prose: it must survive translation unchanged.
DATA_ATTRS = re.compile(r"""\b(href|src|id|class|name|type|data-[\w-]+)\s*=\s*("[^"]*"|'[^']*')""")

#: A case ending hyphenated to a link ("akorda.kz-те", "site.kz-ке"): not part of the link.
CASE_SUFFIX = re.compile(r"-[^\W\d_a-zA-Z]{1,8}$")


def tags(text: str) -> list[tuple[str, str]]:
    """(kind, name) per tag: kind is "open", "close" or "empty"; names lower-cased."""
    out: list[tuple[str, str]] = []
    for m in TAG.finditer(text):
        name = m.group("name").lower()
        if m.group(0).startswith("</"):
            out.append(("close", name))
        elif m.group("self") or name in ("br", "hr", "img", "input", "wbr", "meta", "link"):
            out.append(("empty", name))
        else:
            out.append(("open", name))
    return out


def _nesting_ok(items: list[tuple[str, str]]) -> bool:
    stack: list[str] = []
    for kind, name in items:
        if kind == "open":
            stack.append(name)
        elif kind == "close":
            if not stack or stack[-1] != name:
                return False
            stack.pop()
    return not stack


def _data_attrs(text: str) -> Counter[str]:
    return Counter(f"{m.group(1)}={m.group(2)}" for t in TAG.finditer(text)
                   for m in DATA_ATTRS.finditer(t.group("attrs") or ""))


def _show(item: tuple[str, str]) -> str:
    kind, name = item
    return f"</{name}>" if kind == "close" else f"<{name}/>" if kind == "empty" else f"<{name}>"


class Tags(Check):
    """XML/HTML tags differ between source and target (missing, added, nested, attributes).

    A tag missing, added, renamed or badly nested in the target, or a data attribute (href,
    src, id, class ...) changed.  Tags may move (word order changes); prose attributes
    (title, alt) may be translated.
    Default severity: error (broken markup breaks the page).

    Bad:
        msgid "Read the <b>full text</b>."
        msgstr "<b>Толық мәтінді</i> оқыңыз."

    Good:
        msgstr "<b>Толық мәтінді</b> оқыңыз."
    """

    name: ClassVar[str] = "tags"
    code: ClassVar[str] = "MK001"
    severity: ClassVar[Severity] = Severity.ERROR

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not contains(unit, "<") or not comparable(unit):
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        for index, source, target in form_sources(unit):
            if "<" not in source and "<" not in target:
                continue
            src, tgt = tags(source), tags(target)
            if not src and not tgt:
                continue
            label = form_label(unit, index)
            missing = Counter(src) - Counter(tgt)
            extra = Counter(tgt) - Counter(src)
            if missing or extra:
                parts = []
                if missing:
                    parts.append("missing " + " ".join(_show(t) for t in missing.elements()))
                if extra:
                    parts.append(
                        "not in the source " + " ".join(_show(t) for t in extra.elements()))
                yield self.finding(ctx, unit, f"{label}tags differ: " + "; ".join(parts))
            elif _nesting_ok(src) and not _nesting_ok(tgt):
                yield self.finding(ctx, unit, f"{label}tags are wrongly nested or ordered")
            elif _data_attrs(source) != _data_attrs(target):
                changed = _data_attrs(source) - _data_attrs(target)
                yield self.finding(ctx, unit, f"{label}tag attribute changed: "
                                   + ", ".join(changed.elements()))


def links(text: str, source_code: str, target_code: str) -> Counter[str]:
    """URLs and e-mail addresses of ``text``, normalised for comparison.

    Trailing sentence punctuation is dropped and a path segment that is a language code of
    the pair (``/en/`` vs ``/kk/``) is neutralised: localised links are fine.
    """
    found: Counter[str] = Counter()
    if "/" in text or "www." in text.lower():
        for m in URL.finditer(text):
            url = CASE_SUFFIX.sub("", m.group(0).rstrip(URL_TRAILING)).rstrip(URL_TRAILING)
            url = _neutral_language(url, source_code, target_code)
            found[url.lower() if "://" not in url else _lower_host(url)] += 1
    if "@" in text:
        for m in EMAIL.finditer(text):
            found[m.group(0).lower()] += 1
    return found


@functools.lru_cache(maxsize=64)
def _language_rx(codes: tuple[str, ...]) -> re.Pattern[str]:
    alt = "|".join(re.escape(c) for c in codes)
    # a path segment (/kk/, /kk at the end), a query value (lang=kk) or a host label (kk.)
    return re.compile(rf"(?<=/)(?:{alt})(?=[/?#]|$)|(?<=[=])(?:{alt})(?=[&#]|$)"
                      rf"|(?<=://)(?:{alt})(?=\.)", re.IGNORECASE)


def _neutral_language(url: str, source_code: str, target_code: str) -> str:
    """``/en/`` -> ``/~/`` for the pair's language codes: a localised link is the same link."""
    codes = tuple(sorted({source_code.split("-")[0], target_code.split("-")[0]}))
    return _language_rx(codes).sub("~", url)


def _lower_host(url: str) -> str:
    scheme, _, rest = url.partition("://")
    host, slash, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}{slash}{path}"


class Urls(Check):
    """A URL or e-mail address of the source is missing or changed in the target.

    Trailing punctuation, host-name case and a language segment (``/en/`` -> ``/kk/``)
    may differ.  Default severity: error.

    Bad:
        msgid "Write to press@akorda.kz"
        msgstr "press@akorda.kz.kz мекенжайына жазыңыз"

    Good:
        msgstr "press@akorda.kz мекенжайына жазыңыз"
    """

    name: ClassVar[str] = "urls"
    code: ClassVar[str] = "MK002"
    severity: ClassVar[Severity] = Severity.ERROR

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if not contains(unit, "@", "://", "www.") or not comparable(unit):
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        codes = (ctx.source_lang.code, ctx.target_lang.code)
        for index, source, target in form_sources(unit):
            if not _maybe(source) and not _maybe(target):
                continue
            src, tgt = links(source, *codes), links(target, *codes)
            if src == tgt:
                continue
            parts = []
            if src - tgt:
                parts.append("missing " + ", ".join((src - tgt).elements()))
            if tgt - src:
                parts.append("not in the source " + ", ".join((tgt - src).elements()))
            yield self.finding(ctx, unit, f"{form_label(unit, index)}links differ: "
                               + "; ".join(parts))


def _maybe(text: str) -> bool:
    return "@" in text or "://" in text or "www." in text
