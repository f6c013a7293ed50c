"""Terminology checks (TM) against the glossary, through ``ctx.matcher``
(:class:`toolkit.glossary.matcher.TermMatcher`: inflection-aware, built once per run).

The checks need only ``matcher.find(text, lang) -> list[TermHit]``.  To name the preferred
term of a concept (and to skip concepts with no rendering in the target language) they also
read the concepts from ``ctx.options["concepts"]``, ``matcher.concepts`` (a sequence or
mapping of :class:`~toolkit.model.Concept`) or ``matcher.concept(id)``, whichever exists.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Mapping
from typing import Any, ClassVar

from toolkit.checks._text import EMPTY, any_target, comparable, form_label, form_sources
from toolkit.checks.base import Check, CheckContext
from toolkit.model import Concept, Finding, Severity, TermHit, Unit


@functools.lru_cache(maxsize=65536)
def _find(matcher: Any, text: str, lang: str) -> tuple[TermHit, ...]:
    # The three glossary checks look at the same texts: match each text once.
    return tuple(matcher.find(text, lang))


def hits(ctx: CheckContext, text: str, lang: str) -> tuple[TermHit, ...]:
    """Glossary hits in ``text`` (empty without a matcher)."""
    matcher = ctx.matcher
    if matcher is None or not text:
        return ()
    if type(matcher).__hash__ is None:  # an unhashable matcher: no memo
        return tuple(matcher.find(text, lang))
    return _find(matcher, text, lang)


class _Given:
    """Wraps ``ctx.options["concepts"]`` so it is indexed (and cached) like a matcher."""

    def __init__(self, concepts: object) -> None:
        self.concepts = concepts

    def __hash__(self) -> int:
        return id(self.concepts)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Given) and other.concepts is self.concepts


@functools.lru_cache(maxsize=64)
def _concept_index(matcher: Any) -> dict[str, Concept]:
    concepts = getattr(matcher, "concepts", None)
    if isinstance(concepts, Mapping):
        return {str(k): v for k, v in concepts.items() if isinstance(v, Concept)}
    if concepts is None:
        termbase = getattr(matcher, "termbase", None)
        concepts = getattr(termbase, "concepts", None) or ()
    return {c.id: c for c in concepts if isinstance(c, Concept)}


def concept(ctx: CheckContext, concept_id: str) -> Concept | None:
    """The concept ``concept_id`` from ``ctx.options["concepts"]``, else from the matcher
    (None when neither can tell)."""
    given = ctx.options.get("concepts")
    if given is not None:
        found = _concept_index(_Given(given)).get(concept_id)
        if found is not None:
            return found
    if ctx.matcher is None:
        return None
    getter = getattr(ctx.matcher, "concept", None)
    if callable(getter):
        found = getter(concept_id)
        if isinstance(found, Concept):
            return found
    return _concept_index(ctx.matcher).get(concept_id)


def preferred_text(ctx: CheckContext, concept_id: str, lang: str) -> str | None:
    """The preferred (else first accepted) term of a concept in ``lang``."""
    found = concept(ctx, concept_id)
    if found is None:
        return None
    best = found.preferred(lang)
    if best is None:
        best = next((t for t in found.terms_in(lang) if t.status.accepted), None)
    return best.text if best is not None else None


def _lang_tag(ctx: CheckContext, which: str) -> str:
    return ctx.source_lang.code if which == "source" else ctx.target_lang.code


TOKEN = re.compile(r"[^\W_]+(?:-[^\W_]+)*")
NUMBERISH = re.compile(r"^(?:\d[\w-]*|[IVXLCХІ]+)$")


def _stem(word: str) -> str:
    # Keep at least four letters: enough to tell words apart, short enough for endings.
    return word if len(word) <= 4 else word[:max(4, len(word) - 2)]


def loosely_present(target: str, found: Concept, lang: str) -> bool:
    """A safety net behind the matcher: an accepted term of ``found`` occurs in ``target``
    word by word with any endings, and ordinals or Roman numerals may sit between its words
    ("көшбасшыларының VIII съезі", "Касым-Жомарта Кемелевича Токаева")."""
    tokens = [t for t in TOKEN.findall(target.lower()) if not NUMBERISH.match(t.upper())]
    for term in found.terms_in(lang):
        if not term.status.accepted:
            continue
        stems = [_stem(w) for w in TOKEN.findall(term.text.lower())]
        if not stems:
            continue
        for i in range(len(tokens) - len(stems) + 1):
            if all(tokens[i + k].startswith(s) for k, s in enumerate(stems)):
                return True
    return False


def _rendered_in(ctx: CheckContext, hit: TermHit, lang: str) -> bool:
    """The hit's concept has a term in ``lang`` (True when the concepts are unknown)."""
    known = concept(ctx, hit.concept_id)
    return known is None or bool(known.terms_in(lang))


class GlossaryMissing(Check):
    """A source glossary term has none of its concept's renderings in the target.

    Any inflected form of an accepted term counts.  Concepts without a term in the target
    language, and do-not-translate terms (see ``glossary-untranslatable``), are skipped; a
    target that uses a deprecated term of the concept is reported by
    ``glossary-forbidden`` only.  Default severity: error.

    Bad (glossary: Head of State = Мемлекет басшысы):
        msgid "As the Head of State noted, ..."
        msgstr "Президент атап өткендей, ..."

    Good (inflected forms match):
        msgstr "Мемлекет басшысының атап өткеніндей, ..."
    """

    name: ClassVar[str] = "glossary-missing"
    code: ClassVar[str] = "TM001"
    severity: ClassVar[Severity] = Severity.ERROR

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.matcher is None or not comparable(unit):
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        src_lang, tgt_lang = _lang_tag(ctx, "source"), _lang_tag(ctx, "target")
        for index, source, target in form_sources(unit):
            source_hits = [h for h in hits(ctx, source, src_lang)
                           if not h.term.do_not_translate and _rendered_in(ctx, h, tgt_lang)]
            if not source_hits:
                continue  # nothing the glossary renders in this language: no target lookup
            found = {h.concept_id for h in hits(ctx, target, tgt_lang)}
            reported: set[str] = set()
            for hit in source_hits:
                cid = hit.concept_id
                if cid in found or cid in reported or hit.term.do_not_translate:
                    continue
                wanted = preferred_text(ctx, cid, tgt_lang)
                known = concept(ctx, cid)
                if known is not None and not known.terms_in(tgt_lang):
                    continue  # the glossary has no rendering in this language
                if known is not None and loosely_present(target, known, tgt_lang):
                    continue
                reported.add(cid)
                hint = f"; expected {wanted!r}" if wanted else ""
                yield self.finding(
                    ctx, unit, f"{form_label(unit, index)}glossary term {hit.text!r} is not "
                    f"translated with the glossary rendering{hint}", suggestion=wanted)


_PREFIXES: dict[tuple[int, str], tuple[object, tuple[str, ...]]] = {}


LETTERS_RUN = re.compile(r"[^\W\d_]+")


def _fold(text: str) -> str:
    return text.lower().replace("ё", "е")


def forbidden_prefixes(ctx: CheckContext) -> tuple[str, ...] | None:
    """The first letters of every forbidden term of the target language, or None when the
    concepts are not known.  A target containing none of them cannot hold a forbidden
    term in any inflected form (endings only change the end of a word), so the matcher
    is not asked."""
    given = ctx.options.get("concepts")
    source: object = given if given is not None else getattr(ctx.matcher, "concepts", None)
    if source is None:
        return None
    key = (id(source), ctx.target_lang.code)
    found = _PREFIXES.get(key)
    if found is None:
        index = _concept_index(_Given(source)) if given is not None else _concept_index(
            ctx.matcher)
        prefixes = {m.group(0)[:4] for concept in index.values()
                    for term in concept.terms_in(ctx.target_lang.code)
                    if term.status.forbidden
                    for m in [LETTERS_RUN.search(_fold(term.text))] if m is not None}
        found = _PREFIXES[key] = (source, tuple(sorted(prefixes)))
    return found[1]


def _mentions(text: str, prefixes: tuple[str, ...]) -> bool:
    if not prefixes:
        return False
    folded = _fold(text)
    return any(p in folded for p in prefixes)


class GlossaryForbidden(Check):
    """The target uses a deprecated or superseded glossary term.

    The message names the preferred term of that concept.  Default severity: error.

    Bad (glossary: ҚХА preferred, ҚХАА superseded):
        msgstr "ҚХАА сессиясы өтті."

    Good:
        msgstr "ҚХА сессиясы өтті."
    """

    name: ClassVar[str] = "glossary-forbidden"
    code: ClassVar[str] = "TM002"
    severity: ClassVar[Severity] = Severity.ERROR

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.matcher is None or not comparable(unit):
            return EMPTY
        prefixes = forbidden_prefixes(ctx)
        if prefixes is not None and not any_target(unit, lambda t: _mentions(t, prefixes)):
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        tgt_lang = _lang_tag(ctx, "target")
        for index, _source, target in form_sources(unit):
            target_hits = hits(ctx, target, tgt_lang)
            accepted = {h.concept_id for h in target_hits if h.term.status.accepted}
            for hit in target_hits:
                if not hit.term.status.forbidden:
                    continue
                # A forbidden term inside a longer accepted one ("X" inside "X Y") is fine.
                if any(h.term.status.accepted and h.start <= hit.start and hit.end <= h.end
                       and (h.end - h.start) > (hit.end - hit.start) for h in target_hits):
                    continue
                wanted = preferred_text(ctx, hit.concept_id, tgt_lang)
                also = " (the preferred term is also present)" if hit.concept_id in accepted else ""
                use = f"; use {wanted!r}" if wanted else ""
                yield self.finding(
                    ctx, unit, f"{form_label(unit, index)}{hit.term.status.value} term "
                    f"{hit.text!r}{use}{also}", suggestion=wanted)


class GlossaryUntranslatable(Check):
    """A do-not-translate glossary term of the source is changed or missing in the target.

    Brand, product and programme names marked do-not-translate in the glossary.  The target
    must contain the term as written (a Kazakh case ending may follow it:
    "Kaspi.kz-те").  Default severity: error.

    Bad (glossary: "Astana Hub", do not translate):
        msgid "Astana Hub hosts the forum."
        msgstr "Форумды Астана Хаб өткізеді."

    Good:
        msgstr "Форумды Astana Hub өткізеді."
    """

    name: ClassVar[str] = "glossary-untranslatable"
    code: ClassVar[str] = "TM003"
    severity: ClassVar[Severity] = Severity.ERROR

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        if ctx.matcher is None or not comparable(unit):
            return EMPTY
        return self._run(unit, ctx)

    def _run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        src_lang, tgt_lang = _lang_tag(ctx, "source"), _lang_tag(ctx, "target")
        for index, source, target in form_sources(unit):
            for hit in hits(ctx, source, src_lang):
                if not hit.term.do_not_translate:
                    continue
                allowed = {hit.text, hit.term.text}
                known = concept(ctx, hit.concept_id)
                if known is not None:
                    allowed.update(t.text for t in known.terms_in(tgt_lang) if t.status.accepted)
                if hit.term.case_sensitive:
                    if any(a in target for a in allowed if a):
                        continue
                elif any(a.casefold() in target.casefold() for a in allowed if a):
                    continue
                yield self.finding(
                    ctx, unit, f"{form_label(unit, index)}do-not-translate term "
                    f"{hit.text!r} is missing or changed in the target", suggestion=hit.term.text)
