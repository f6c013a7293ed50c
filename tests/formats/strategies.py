"""Hypothesis strategies: random catalogs with hard Unicode (tests only)."""

from __future__ import annotations

from hypothesis import strategies as st

from toolkit.model import Catalog, Previous, Unit

#: Kazakh and Russian letters, combining marks, NBSP and narrow NBSP, RTL text and marks,
#: emoji (with skin tone and a flag), PO escapes, XML specials, CR/LF/TAB.
HARD = ("әғқңөұүһіӘҒҚҢӨҰҮҺІ" "жёЖЁщЩъ" "e\u0301a\u0308\u0306" "\u00a0\u202f\u2009"
        "שלום مرحبا\u200f\u200e\u202b\u202c" "😀👍🏽🇰🇿" '\\"\t\n\r' "&<>]]>'%s{0}" "ab ")
#: C0 controls that XML 1.0 cannot hold, and the two non-characters.
CONTROLS = "\x01\x07\x08\x0b\x0c\x1b\x1f\ufffe\uffff"

plain = st.text(alphabet=st.sampled_from(HARD), max_size=12)
with_controls = st.text(alphabet=st.sampled_from(HARD + CONTROLS), max_size=12)
line = st.text(alphabet=st.sampled_from(HARD.replace("\n", "")), max_size=10)
#: A comment line a PO file can hold (a raw CR would end the line).
po_line = st.text(alphabet=st.sampled_from(HARD.replace("\n", "").replace("\r", "")),
                  max_size=10)
token = st.text(alphabet=st.sampled_from("abc-xyzәқ"), min_size=1, max_size=8)


@st.composite
def units(draw: st.DrawFn, text: st.SearchStrategy[str] = with_controls,
          nonempty_source: bool = False, comment: st.SearchStrategy[str] = line) -> Unit:
    source = draw(text.filter(bool) if nonempty_source else text)
    plural = draw(st.none() | text)
    count = 1 if plural is None else draw(st.integers(1, 4))
    target = tuple(draw(st.lists(text, min_size=count, max_size=count)))
    flags = draw(st.lists(st.sampled_from(["fuzzy", "python-format", "no-c-format",
                                           "python-brace-format", "range: 1..9"]),
                          unique=True, max_size=3))
    previous = draw(st.none() | st.builds(Previous, comment, st.none() | comment,
                                          st.none() | comment))
    return Unit(
        source=source,
        target=target,
        context=draw(st.none() | comment),
        source_plural=plural,
        translator_comments=tuple(draw(st.lists(comment, max_size=3))),
        extracted_comments=tuple(draw(st.lists(comment, max_size=2))),
        locations=tuple(draw(st.lists(
            st.builds(lambda f, n: f"{f}:{n}" if n is not None else f,
                      token, st.none() | st.integers(0, 9999).map(str)), max_size=3))),
        flags=tuple(flags),
        previous=previous,
    )


@st.composite
def catalogs(draw: st.DrawFn, text: st.SearchStrategy[str] = with_controls,
             nonempty_source: bool = False) -> Catalog:
    header = draw(st.dictionaries(st.sampled_from(["Project-Id-Version", "Language",
                                                   "X-Note", "Plural-Forms"]),
                                  line, max_size=3))
    return Catalog(
        units=tuple(draw(st.lists(units(text, nonempty_source), max_size=6))),
        header=header,
        header_comments=tuple(draw(st.lists(line, max_size=2))),
        header_flags=tuple(draw(st.lists(st.just("fuzzy"), max_size=1))),
        source_lang="en",
        target_lang="kk",
    )
