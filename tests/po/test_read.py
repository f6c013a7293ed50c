"""The strict PO reader: every field kept, every defect reported as path:line: message."""

from __future__ import annotations

import pytest

from toolkit.errors import EncodingError, InputError
from toolkit.formats import po
from toolkit.model import Previous

FULL = """\
# Translator's note on the header
#, fuzzy
msgid ""
msgstr ""
"Project-Id-Version: demo\\n"
"Language: ru\\n"
"Content-Type: text/plain; charset=UTF-8\\n"
"Plural-Forms: nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && "
"n%10<=4 && (n%100<10 || n%100>=20) ? 1 : 2);\\n"

# a translator comment
#. paragraph 3
#: sources/a.txt:4 sources/a.txt:9
#, fuzzy, python-format
#| msgctxt "old ctx"
#| msgid "Old text"
msgctxt "ctx"
msgid ""
"Two lines\\n"
"and a \\"quote\\"\\t!"
msgstr "Две строки"

msgid "file"
msgid_plural "files"
msgstr[0] "файл"
msgstr[1] "файла"
msgstr[2] "файлов"

# kept when obsolete
#~| msgid "older"
#~ msgid "gone"
#~ msgstr "ушло"
"""


def test_reads_every_field() -> None:
    cat = po.read(FULL.encode(), "ru.po")
    assert list(cat.header) == ["Project-Id-Version", "Language", "Content-Type", "Plural-Forms"]
    assert cat.header_comments == ("Translator's note on the header",)
    assert cat.header_flags == ("fuzzy",)
    assert cat.target_lang == "ru" and cat.path == "ru.po"
    first, plural, gone = cat.units
    assert first.source == 'Two lines\nand a "quote"\t!'
    assert first.context == "ctx" and first.target == ("Две строки",)
    assert first.translator_comments == ("a translator comment",)
    assert first.extracted_comments == ("paragraph 3",)
    assert first.locations == ("sources/a.txt:4", "sources/a.txt:9")
    assert first.flags == ("fuzzy", "python-format")
    assert first.previous == Previous("Old text", None, "old ctx")
    assert first.line == 11  # the entry's first line: its first comment
    assert plural.source_plural == "files" and plural.target == ("файл", "файла", "файлов")
    assert plural.line == 23
    assert gone.obsolete and gone.target == ("ушло",)
    assert gone.previous == Previous("older")
    assert gone.translator_comments == ("kept when obsolete",)


def test_round_trip_is_lossless() -> None:
    cat = po.read(FULL.encode(), "ru.po")
    again = po.read(po.write(cat), "ru.po")
    assert [(u.source, u.target, u.context, u.source_plural, u.translator_comments,
             u.extracted_comments, u.locations, u.flags, u.previous, u.obsolete)
            for u in again.units] == [
        (u.source, u.target, u.context, u.source_plural, u.translator_comments,
         u.extracted_comments, u.locations, u.flags, u.previous, u.obsolete)
        for u in cat.units]
    assert dict(again.header) == dict(cat.header)


HEADER = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
PLURAL2 = HEADER + '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n'


@pytest.mark.parametrize(("text", "line", "words"), [
    (HEADER + '\nmsgid "a\nmsgstr ""\n', 5, "unterminated string"),
    (HEADER + '\nmsgid "a\\q"\nmsgstr ""\n', 5, "bad escape"),
    (HEADER + '\nmsgstr "x"\n', 5, "msgstr without msgid"),
    (HEADER + '\nmsgid "a"\nmsgstr ""\n\nmsgid "a"\nmsgstr "b"\n', 8, "duplicate message"),
    (HEADER + '\nmsgid "truncated"\n', 5, "msgid without msgstr"),
    (HEADER + '\nmsgid "a"\nmsgstr "b" trailing\n', 6, "unexpected text"),
    (HEADER + '\nmsgid "a"\nmsgstr[0] "b"\n', 6, "without msgid_plural"),
    (HEADER + '\nmsgfoo "a"\n', 5, "unknown keyword"),
    (HEADER + '\n"orphan"\n', 5, "string without a keyword"),
])
def test_errors_name_file_and_line(text: str, line: int, words: str) -> None:
    with pytest.raises(InputError) as err:
        po.read(text.encode(), "bad.po")
    message = str(err.value)
    assert message.startswith(f"bad.po:{line}: "), message
    assert words in message
    assert "\n" not in message


def test_duplicate_names_first_definition() -> None:
    text = HEADER + '\nmsgctxt "c"\nmsgid "a"\nmsgstr ""\n\nmsgctxt "c"\nmsgid "a"\nmsgstr ""\n'
    with pytest.raises(InputError, match="as line 6"):
        po.read(text.encode(), "d.po")
    # the same msgid under another context is a different message
    ok = HEADER + '\nmsgctxt "c"\nmsgid "a"\nmsgstr ""\n\nmsgid "a"\nmsgstr ""\n'
    assert len(po.read(ok.encode(), "d.po").units) == 2


def test_nul_bytes_and_binary_are_refused() -> None:
    with pytest.raises(InputError, match=r"^x\.po:5: binary"):
        po.read((HEADER + '\nmsgid "a\x00"\nmsgstr ""\n').encode(), "x.po")
    with pytest.raises(InputError):
        po.read(bytes(range(256)) * 4, "x.po")


def test_declared_cp1251_is_decoded_and_written_back_in_cp1251() -> None:
    text = ('msgid ""\nmsgstr ""\n"Language: ru\\n"\n'
            '"Content-Type: text/plain; charset=CP1251\\n"\n\nmsgid "Hello"\nmsgstr "Привет"\n')
    data = text.encode("cp1251")
    cat = po.read(data, "cp.po")
    assert cat.units[0].target == ("Привет",)
    assert po.write(cat) == data


def test_undeclared_cp1251_is_recognised() -> None:
    text = HEADER + '\nmsgid "Hello"\nmsgstr "Привет, как дела у вас сегодня"\n'
    with pytest.raises(EncodingError, match="cp1251"):
        po.read(text.encode("cp1251"), "w.po")


def test_unknown_charset_is_an_error_with_line() -> None:
    text = 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=KLINGON-8\\n"\n'
    with pytest.raises(EncodingError, match=r"^k\.po:3: unknown charset"):
        po.read(text.encode(), "k.po")


def test_bom_and_crlf_are_accepted() -> None:
    text = HEADER + '\nmsgid "a"\nmsgstr "б"\n'
    data = b"\xef\xbb\xbf" + text.replace("\n", "\r\n").encode()
    cat = po.read(data, "w.po")
    assert cat.units[0].target == ("б",)


def test_empty_file_is_an_empty_catalog() -> None:
    cat = po.read(b"", "empty.po")
    assert cat.units == () and dict(cat.header) == {}
    assert po.write(cat) == b""


def test_lenient_plural_forms_like_gnu() -> None:
    # Real files repeat the field name or leave a stray "\n"; msgfmt accepts both.
    for forms in ("Plural-Forms: nplurals=2; plural=n != 1;\\\\n",
                  "Plural-Forms: Plural-Forms: nplurals=2; plural=(n != 1);"):
        text = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                f'"{forms}\\n"\n\nmsgid "a"\nmsgid_plural "b"\nmsgstr[0] "x"\nmsgstr[1] "y"\n')
        assert po.read(text.encode(), "p.po").units[0].target == ("x", "y")


def test_escapes_octal_and_hex() -> None:
    text = HEADER + '\nmsgid "\\101\\x42\\\\\\"\\a"\nmsgstr ""\n'
    assert po.read(text.encode(), "e.po").units[0].source == 'AB\\"\a'


def test_obsolete_entry_repeating_an_active_one_is_a_duplicate() -> None:
    # GNU msgfmt/msgcat refuse this too ("duplicate message definition").
    text = HEADER + '\nmsgid "a"\nmsgstr "x"\n\n#~ msgid "a"\n#~ msgstr "y"\n'
    with pytest.raises(InputError, match=r"^o\.po:8: duplicate message"):
        po.read(text.encode(), "o.po")


def test_trailing_comments_are_ignored_like_gnu() -> None:
    text = HEADER + '\nmsgid "a"\nmsgstr "b"\n\n# dangling comment\n#. and another\n'
    cat = po.read(text.encode(), "t.po")
    assert [u.source for u in cat.units] == ["a"]
    # ... but a previous (#|) line without its entry is a truncated entry
    with pytest.raises(InputError, match=r"^t\.po:8: entry has no msgid"):
        po.read((HEADER + '\nmsgid "a"\nmsgstr "b"\n\n#| msgid "x"\n').encode(), "t.po")


def test_comment_separated_by_a_blank_line_belongs_to_the_next_entry() -> None:
    text = HEADER + '\n# lonely comment\n\nmsgid "a"\nmsgstr "b"\n'
    unit = po.read(text.encode(), "b.po").units[0]
    assert unit.translator_comments == ("lonely comment",)
    assert unit.line == 5


@pytest.mark.parametrize(("text", "words"), [
    (PLURAL2 + '\nmsgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[1] "y"\nmsgstr[2] "z"\n',
     "nplurals=2"),
    (HEADER + '"Plural-Forms: nplurals=2; plural=n !=;\\n"\n', "Plural-Forms"),
])
def test_plural_problems_are_read_and_left_to_the_checks(text: str, words: str) -> None:
    """A readable file with a wrong plural count or a broken Plural-Forms is read (so
    `toolkit check` can report it); check_plurals() refuses it as msgfmt does."""
    catalog = po.read(text.encode(), "bad.po")
    with pytest.raises(InputError) as err:
        po.check_plurals(catalog)
    assert str(err.value).startswith("bad.po:") and words in str(err.value)
