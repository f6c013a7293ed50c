"""Helpers for the check tests: build units, catalogs and contexts from plain data, and a
tiny glossary matcher (prefix matching stands in for inflection) for the case files."""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from toolkit.checks import ALL_CHECKS, Check, CheckContext
from toolkit.langs import get_language, get_language_or_generic
from toolkit.model import Catalog, Concept, Finding, Term, TermHit, TermStatus, Unit

HEADERS: dict[str, dict[str, str]] = {
    "kk": {"Language": "kk", "Content-Type": "text/plain; charset=UTF-8",
           "Plural-Forms": "nplurals=2; plural=(n != 1);"},
    "ru": {"Language": "ru", "Content-Type": "text/plain; charset=UTF-8",
           "Plural-Forms": "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
                           "n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);"},
    "en": {"Language": "en", "Content-Type": "text/plain; charset=UTF-8",
           "Plural-Forms": "nplurals=2; plural=(n != 1);"},
}


def _term(cid: str, lang: str, text: str, status: str = "preferred", dnt: bool = False) -> Term:
    return Term(text=text, lang=lang, status=TermStatus(status), do_not_translate=dnt)


#: The glossary of the case files (a few concepts of the article's termbase).
CONCEPTS: tuple[Concept, ...] = (
    Concept("head-of-state", (
        _term("head-of-state", "en", "Head of State"),
        _term("head-of-state", "kk", "Мемлекет басшысы"),
        _term("head-of-state", "ru", "Глава государства"),
    )),
    Concept("apk-abbr", (
        _term("apk-abbr", "en", "APK"),
        _term("apk-abbr", "en", "ANC", "deprecated"),
        _term("apk-abbr", "kk", "ҚХА"),
        _term("apk-abbr", "kk", "ҚХАА", "superseded"),
        _term("apk-abbr", "ru", "АНК"),
    )),
    Concept("senate", (
        _term("senate", "en", "Senate"),
        _term("senate", "kk", "Сенат"),
        _term("senate", "ru", "Сенат"),
    )),
    Concept("maslikhat", (
        _term("maslikhat", "en", "maslikhat"),
        _term("maslikhat", "kk", "мәслихат"),
        _term("maslikhat", "ru", "маслихат"),
        _term("maslikhat", "ru", "местное собрание", "deprecated"),
    )),
    Concept("astana-hub", (_term("astana-hub", "en", "Astana Hub", dnt=True),)),
    Concept("astana", (
        _term("astana", "en", "Astana"),
        _term("astana", "kk", "Астана"),
        _term("astana", "kk", "Нұр-Сұлтан", "superseded"),
    )),
    Concept("kaspi", (_term("kaspi", "en", "Kaspi.kz", dnt=True),)),
    Concept("kurultai", (_term("kurultai", "en", "National Kurultai"),)),
    Concept("congress", (
        _term("congress", "en", "Congress of Religious Leaders"),
        _term("congress", "kk", "Діни көшбасшылар съезі"),
    )),
)


class FakeMatcher:
    """Finds a term when each of its words starts a word of the text (ending allowed)."""

    def __init__(self, concepts: Iterable[Concept]) -> None:
        self.concepts = tuple(concepts)
        self._rx: list[tuple[re.Pattern[str], str, Term]] = []
        for concept in self.concepts:
            for term in concept.terms:
                words = [re.escape(w) for w in term.text.split()]
                pattern = r"(?<!\w)" + r"[\w-]*\s+".join(words) + r"[\w-]*"
                self._rx.append((re.compile(pattern, re.IGNORECASE), concept.id, term))

    def find(self, text: str, lang: str) -> list[TermHit]:
        hits = []
        for rx, cid, term in self._rx:
            if term.lang != lang and not term.do_not_translate:
                continue
            for m in rx.finditer(text):
                hits.append(TermHit(m.start(), m.end(), m.group(0), cid, term))
        return sorted(hits, key=lambda h: h.start)


MATCHER = FakeMatcher(CONCEPTS)


def unit_from(data: Mapping[str, Any], line: int = 1) -> Unit:
    """A Unit from a case mapping: source, source_plural, target (str or list), flags ..."""
    target = data.get("target", "")
    targets = tuple(target) if isinstance(target, list) else (target,)
    flags = tuple(data.get("flags", ()))
    if data.get("fuzzy"):
        flags = ("fuzzy", *flags)
    return Unit(source=data.get("source", ""), target=targets, context=data.get("context"),
                source_plural=data.get("source_plural"), flags=flags,
                obsolete=bool(data.get("obsolete", False)), line=int(data.get("line", line)))


def context(lang: str, catalog: Catalog | None = None, path: str = "case.po",
            source_lang: str = "en", glossary: bool = True) -> CheckContext:
    cat = catalog if catalog is not None else Catalog(header=dict(HEADERS.get(lang, {})))
    return CheckContext(source_lang=get_language(source_lang),
                        target_lang=get_language_or_generic(lang), catalog=cat, path=path,
                        matcher=MATCHER if glossary else None)


def check_class(name: str) -> type[Check]:
    for cls in ALL_CHECKS:
        if cls.name == name:
            return cls
    raise KeyError(name)


def run_unit_case(check: Check, case: Mapping[str, Any]) -> tuple[list[Finding], Unit]:
    lang = case.get("lang", "kk")
    header = dict(HEADERS.get(lang, {}))
    header.update(case.get("header", {}))
    unit = unit_from(case)
    others = tuple(unit_from(u) for u in case.get("catalog_units", ()))
    ctx = context(lang, Catalog(units=(unit, *others), header=header),
                  source_lang=case.get("source_lang", "en"), glossary=case.get("glossary", True))
    return list(check.run(unit, ctx)), check.fix(unit, ctx)


def catalogs_from(specs: Sequence[Mapping[str, Any]]) -> list[tuple[Catalog, CheckContext]]:
    out = []
    for spec in specs:
        lang = spec.get("lang", "kk")
        header = spec.get("header", HEADERS.get(lang, {}))
        units = tuple(unit_from(u, line=10 + 5 * i) for i, u in enumerate(spec.get("units", ())))
        catalog = Catalog(units=units, header=dict(header), target_lang=lang,
                          path=spec.get("path", "case.po"))
        out.append((catalog, context(lang, catalog, path=spec.get("path", "case.po"))))
    return out
