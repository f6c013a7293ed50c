"""CSV -> TBX -> CSV is lossless (property test), and TBX -> CSV -> TBX keeps the model."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.formats import csv_terms, tbx
from toolkit.formats.tbx_schema import validate_tbx
from toolkit.formats.tbx_write import canonical_extra
from toolkit.model import Concept, Term, TermStatus

# Any character XML can hold, except CR (CSV readers normalise CRLF line ends, also inside
# quoted cells; documented) and surrogates.
_CHARS = st.characters(blacklist_categories=("Cs",),
                       blacklist_characters="\r\x0b\x0c\ufffe\uffff"
                       + "".join(chr(c) for c in range(0x20) if chr(c) not in "\t\n"))
TEXT = st.text(_CHARS, max_size=12)
SOME = st.text(_CHARS, min_size=1, max_size=12)
OPTIONAL = st.none() | SOME
WORD = st.from_regex(r"[A-Za-z][A-Za-z ]{0,8}[A-Za-z]|[A-Za-z]", fullmatch=True)
FORM = SOME.map(lambda s: s.replace("|", "/").strip()).filter(bool)
EXTRA_KEYS = st.sampled_from(["reviewer", "context", "geographicalUsage", "Usage note",
                              "a=b", "projectSubset"])


@st.composite
def terms(draw: st.DrawFn) -> Term:
    extra = draw(st.lists(st.tuples(EXTRA_KEYS, SOME), unique_by=lambda kv: kv[0], max_size=3))
    return Term(
        text=draw(TEXT),
        lang=draw(st.sampled_from(["en", "kk", "kk-Latn", "ru"])),
        status=draw(st.sampled_from(list(TermStatus))),
        part_of_speech=draw(st.none() | st.sampled_from(["noun", "properNoun", "verb"]) | WORD),
        term_type=draw(st.none() | st.sampled_from(["fullForm", "acronym"]) | WORD),
        note=draw(OPTIONAL),
        source=draw(OPTIONAL),
        case_sensitive=draw(st.booleans()),
        exact_only=draw(st.booleans()),
        do_not_translate=draw(st.booleans()),
        forms=tuple(draw(st.lists(FORM, max_size=3))),
        extra=canonical_extra(extra),
    )


@st.composite
def concepts(draw: st.DrawFn) -> Concept:
    drawn = draw(st.lists(terms(), min_size=1, max_size=4))
    definition = draw(OPTIONAL)
    langs: dict[str, list[Term]] = {}
    for term in drawn:
        langs.setdefault(term.lang, []).append(term)
    return Concept(
        id=draw(st.from_regex(r"[A-Za-z_][A-Za-z0-9_.\-]{0,10}", fullmatch=True)),
        terms=tuple(t for group in langs.values() for t in group),
        definition=definition,
        definition_source=draw(OPTIONAL) if definition else None,
        subject_field=draw(OPTIONAL),
        note=draw(OPTIONAL),
        source=draw(OPTIONAL),
    )


def _plain(items: tuple[Concept, ...] | list[Concept]) -> list[Concept]:
    return [replace(c, line=0) for c in items]


def _unordered_extra(items: tuple[Concept, ...] | list[Concept]) -> list[Concept]:
    # A CSV orders every term's extra columns by the header, so only the set survives
    # from an arbitrary model; from CSV bytes on, the order is exact.
    return [replace(c, line=0, terms=tuple(replace(t, extra=tuple(sorted(t.extra)))
                                           for t in c.terms)) for c in items]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(concepts(), max_size=4, unique_by=lambda c: c.id))
def test_csv_tbx_csv_is_lossless(items: list[Concept]) -> None:
    first_csv = csv_terms.write(items)
    model = csv_terms.read(first_csv, "in.csv")
    assert _unordered_extra(model) == _unordered_extra(items)
    data = tbx.write(model)
    assert validate_tbx(data, "mid.tbx") == []
    back = tbx.read(data, "mid.tbx")
    assert _plain(back) == _plain(model)
    assert csv_terms.write(back) == first_csv
