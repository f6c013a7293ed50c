"""Nothing a translator typed is ever lost: random edit sequences of a source text, each
followed by `toolkit segment`, keep every earlier translation on a unit, fuzzy on a unit, or
in an obsolete entry."""

from __future__ import annotations

import dataclasses
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from toolkit.extract.pipeline import SegmentRequest, segment_sources
from toolkit.formats import po, read_catalog, write_catalog

WORDS = ("assembly", "senate", "deputies", "people", "state", "harmony", "unity", "council",
         "region", "project", "dialogue", "policy", "country", "session", "support")

sentence = st.lists(st.sampled_from(WORDS), min_size=3, max_size=8).map(
    lambda ws: " ".join(ws).capitalize() + ".")
edit = st.one_of(
    st.tuples(st.just("insert"), st.integers(0, 50), sentence),
    st.tuples(st.just("delete"), st.integers(0, 50), st.just("")),
    st.tuples(st.just("change"), st.integers(0, 50), st.sampled_from(WORDS)),
    st.tuples(st.just("move"), st.integers(0, 50), st.integers(0, 50).map(str)),
)


def apply(sentences: list[str], op: tuple[str, int, str]) -> list[str]:
    kind, index, value = op
    out = list(sentences)
    if kind == "insert":
        out.insert(index % (len(out) + 1), value)
    elif out and kind == "delete":
        del out[index % len(out)]
    elif out and kind == "change":
        i = index % len(out)
        words = out[i].rstrip(".").split()
        words[len(words) // 2] = value
        out[i] = " ".join(words).capitalize() + "."
    elif out and kind == "move":
        item = out.pop(index % len(out))
        out.insert(int(value) % (len(out) + 1), item)
    return out


def run_segment(folder: Path, sentences: list[str]) -> Path:
    source = folder / "doc.txt"
    # Two sentences per paragraph, so moves cross paragraph boundaries too.
    paragraphs = [" ".join(sentences[i:i + 2]) for i in range(0, len(sentences), 2)]
    source.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    segment_sources(SegmentRequest(sources=(source,), display_paths=("doc.txt",),
                                   source_lang="en", targets=("kk",), domain="doc",
                                   out_dir=folder / "locales", now=lambda: "2025-04-25 10:00+0000"))
    return folder / "locales" / "kk" / "LC_MESSAGES" / "doc.po"


def translate_new(path: Path, counter: list[int]) -> set[str]:
    """Fill every empty msgstr with a unique translation; return all translations."""
    catalog = read_catalog(path)
    units = []
    for unit in catalog.units:
        if not unit.obsolete and not any(unit.target):
            counter[0] += 1
            unit = dataclasses.replace(unit, target=(f"аударма {counter[0]}",))
        units.append(unit)
    write_catalog(dataclasses.replace(catalog, units=tuple(units)), path)
    return {u.target[0] for u in units if u.target and u.target[0]}


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(start=st.lists(sentence, min_size=1, max_size=8, unique=True),
       rounds=st.lists(st.lists(edit, min_size=1, max_size=4), min_size=1, max_size=4))
def test_repeated_segment_never_drops_a_translation(tmp_path_factory: object, start: list[str],
                                                     rounds: list[list[tuple[str, int, str]]]
                                                     ) -> None:
    folder: Path = tmp_path_factory.mktemp("lost")  # type: ignore[attr-defined]
    sentences = start
    counter = [0]
    path = run_segment(folder, sentences)
    typed = translate_new(path, counter)
    for edits in rounds:
        for op in edits:
            sentences = apply(sentences, op)
        if not sentences:
            sentences = ["Unity."]
        path = run_segment(folder, sentences)
        catalog = po.read(path.read_bytes(), str(path))
        kept = {u.target[0] for u in catalog.units if u.target and u.target[0]}
        assert typed <= kept, f"lost: {sorted(typed - kept)}"
        for unit in catalog.units:  # a translation on a changed sentence is marked fuzzy
            if unit.target[0] and not unit.obsolete and unit.previous is not None:
                assert unit.fuzzy
        typed |= translate_new(path, counter)
