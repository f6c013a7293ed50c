"""A strict, fast line parser for PO files (the reading half of :mod:`toolkit.formats.po`).

Input is already-decoded text with ``\\n`` line endings.  Every syntax problem raises
:class:`~toolkit.errors.InputError` with the path and 1-based line.  The parser returns raw
entries; :mod:`toolkit.formats.po` turns them into :class:`~toolkit.model.Unit` objects and
checks the header (charset, Plural-Forms) and duplicates.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from toolkit.errors import InputError

_SIMPLE_ESCAPES = {"n": "\n", "t": "\t", "r": "\r", "a": "\a", "b": "\b", "f": "\f",
                   "v": "\v", "\\": "\\", '"': '"', "'": "'", "?": "?"}


@dataclass
class RawEntry:
    """One entry as written in the file (strings unescaped)."""

    line: int  # first line of the entry (its first comment, or its first keyword)
    obsolete: bool = False
    translator_comments: list[str] = field(default_factory=list)
    extracted_comments: list[str] = field(default_factory=list)
    locations: list[str] = field(default_factory=list)
    flags: list[str] = field(default_factory=list)
    prev: dict[str, str] = field(default_factory=dict)  # msgctxt/msgid/msgid_plural
    fields: dict[str, list[str]] = field(default_factory=dict)  # keyword -> string pieces
    msgid_line: int = 0
    msgstr_indices: list[int] = field(default_factory=list)
    keyword_seen: bool = False

    def value(self, key: str) -> str | None:
        pieces = self.fields.get(key)
        return None if pieces is None else "".join(pieces)


_STRING = re.compile(r'"([^"\\]*(?:\\.[^"\\]*)*)"', re.S)
_ESCAPE = re.compile(r"\\(?:([ntrabfv\\\"'?])|([0-7]{1,3})|x([0-9A-Fa-f]*)|(.))", re.S)


def unquote(text: str, path: str, line: int) -> tuple[str, int]:
    """Parse one C string starting at ``text[0] == '"'``; return (value, index after it)."""
    m = _STRING.match(text)
    if m is None:
        if text.endswith("\\") and not text.endswith("\\\\"):
            raise InputError("unterminated string (backslash at end of line)", path, line)
        raise InputError("unterminated string (missing closing \")", path, line)
    body = m.group(1)
    if "\\" in body:
        body = _ESCAPE.sub(lambda e: _unescape(e, path, line), body)
    return body, m.end()


def _unescape(m: re.Match[str], path: str, line: int) -> str:
    simple, octal, hexa, bad = m.groups()
    if simple is not None:
        return _SIMPLE_ESCAPES[simple]
    if octal is not None:
        return chr(int(octal, 8))
    if hexa is not None:
        if not hexa:
            raise InputError("bad escape \\x without hex digits", path, line)
        return chr(int(hexa, 16) & 0xFF)
    raise InputError(f"bad escape sequence \\{bad}", path, line)


def _string_line(text: str, path: str, line: int) -> str:
    """A line that must be exactly one quoted string (optionally followed by blanks)."""
    if not text.startswith('"'):
        raise InputError(f"expected a quoted string, found {text[:20]!r}", path, line)
    value, end = unquote(text, path, line)
    if text[end:].strip():
        raise InputError(f"unexpected text after the string: {text[end:].strip()[:20]!r}",
                         path, line)
    return value


def _split_flags(text: str) -> list[str]:
    flags: list[str] = []
    for part in text.split(","):
        part = part.strip()
        if not part:
            continue
        if part.startswith("range:"):
            flags.append("range: " + part[6:].strip())
        else:
            flags.extend(part.split())
    return flags


class _State:
    def __init__(self, path: str) -> None:
        self.path = path
        self.entries: list[RawEntry] = []
        self.cur: RawEntry | None = None
        self.last_key: str | None = None  # field that a continuation string extends
        self.prev_key: str | None = None  # previous (#|) field being continued

    def entry(self, lineno: int) -> RawEntry:
        if self.cur is None:
            self.cur = RawEntry(line=lineno)
        return self.cur

    def finish(self) -> None:
        cur = self.cur
        if cur is None:
            return
        if "msgid" not in cur.fields:
            if cur.keyword_seen or cur.prev:
                raise InputError("entry has no msgid", self.path, cur.line)
            # Comments after the last entry belong to no message: GNU gettext ignores them.
            self.cur = None
            return
        if "msgstr" not in cur.fields and not cur.msgstr_indices:
            raise InputError("msgid without msgstr", self.path, cur.msgid_line)
        self.entries.append(cur)
        self.cur = None
        self.last_key = None
        self.prev_key = None


def _lines(text: str) -> Iterator[str]:
    """The lines of ``text`` one at a time: ``text.split("\\n")`` without the list, which
    for a 200 MB catalog held millions of strings at once."""
    start = 0
    find = text.find
    while True:
        end = find("\n", start)
        if end < 0:
            yield text[start:]
            return
        yield text[start:end]
        start = end + 1


def parse(text: str, path: str) -> Iterator[RawEntry]:
    """Split PO text into raw entries, yielded as each one ends (so a caller that builds
    units as it goes never holds them all), or raise InputError(path, line)."""
    st = _State(path)
    entries = st.entries
    for lineno, raw in enumerate(_lines(text), 1):
        if entries:
            yield from entries
            entries.clear()
        line = raw.strip()
        if not line:
            # A blank line ends an entry; comments before it stay with the next entry (GNU).
            if st.cur is not None and st.cur.keyword_seen:
                st.finish()
            continue
        obsolete = False
        if line.startswith("#~"):
            obsolete = True
            line = line[2:].lstrip()
            if not line:
                continue
            if line.startswith("|"):
                _previous(st, line[1:].lstrip(), lineno, obsolete=True)
                continue
            if line.startswith("#"):
                raise InputError("a comment inside an obsolete (#~) line", path, lineno)
        elif line[0] == "#":
            _comment(st, raw, line, lineno)
            continue
        _keyword_or_string(st, line, lineno, obsolete)
    st.finish()
    yield from entries


def _comment(st: _State, raw: str, line: str, lineno: int) -> None:
    # A comment after the strings of an entry starts the next entry.
    if st.cur is not None and st.cur.keyword_seen:
        st.finish()
    entry = st.entry(lineno)
    st.last_key = None
    text = raw.lstrip()
    kind = text[1:2]
    body = text[2:]
    if kind == ".":
        entry.extracted_comments.append(body[1:] if body.startswith(" ") else body)
    elif kind == ":":
        entry.locations.extend(body.split())
    elif kind in (",", "!"):
        entry.flags.extend(_split_flags(body))
    elif kind == "|":
        _previous(st, line[2:].lstrip(), lineno, obsolete=False)
    else:
        text = text[1:]
        entry.translator_comments.append(text[1:] if text.startswith(" ") else text)


def _previous(st: _State, rest: str, lineno: int, *, obsolete: bool) -> None:
    if st.cur is not None and st.cur.keyword_seen:
        st.finish()
    entry = st.entry(lineno)
    if obsolete:
        entry.obsolete = True
    if rest.startswith('"'):
        if st.prev_key is None:
            raise InputError("continuation string without a #| keyword", st.path, lineno)
        entry.prev[st.prev_key] += _string_line(rest, st.path, lineno)
        return
    key, _, value = rest.partition(" ")
    if key not in ("msgctxt", "msgid", "msgid_plural"):
        raise InputError(f"unknown keyword in a previous (#|) line: {key[:20]!r}",
                         st.path, lineno)
    if key in entry.prev:
        raise InputError(f"duplicate #| {key}", st.path, lineno)
    entry.prev[key] = _string_line(value.lstrip(), st.path, lineno)
    st.prev_key = key


def _keyword_or_string(st: _State, line: str, lineno: int, obsolete: bool) -> None:
    path = st.path
    if line[0] == '"':
        if st.cur is None or st.last_key is None:
            raise InputError("string without a keyword before it", path, lineno)
        if st.cur.obsolete != obsolete:
            raise InputError("obsolete and active lines mixed in one entry", path, lineno)
        st.cur.fields[st.last_key].append(_string_line(line, path, lineno))
        return
    key, _, rest = line.partition(" ")
    if not rest and "\t" in key:
        key, _, rest = line.partition("\t")
    rest = rest.strip()
    cur = st.cur
    if key == "msgctxt":
        if cur is not None and cur.keyword_seen:
            st.finish()
            cur = None
    elif key == "msgid":
        if cur is not None and cur.keyword_seen and set(cur.fields) != {"msgctxt"}:
            st.finish()
            cur = None
    elif key == "msgid_plural":
        if cur is None or set(cur.fields) not in ({"msgid"}, {"msgctxt", "msgid"}):
            raise InputError("msgid_plural without msgid", path, lineno)
    elif key == "msgstr" or key.startswith("msgstr["):
        if cur is None or "msgid" not in cur.fields:
            raise InputError("msgstr without msgid", path, lineno)
    elif key == "domain":
        raise InputError("'domain' directives are not supported; split the file per domain",
                         path, lineno)
    else:
        raise InputError(f"unknown keyword {key[:20]!r}", path, lineno)
    entry = st.entry(lineno)
    if entry.keyword_seen and entry.obsolete != obsolete:
        raise InputError("obsolete and active lines mixed in one entry", path, lineno)
    if obsolete:
        entry.obsolete = True
    elif entry.obsolete and not entry.keyword_seen and entry.prev:
        raise InputError("obsolete (#~|) previous lines before an active entry", path, lineno)
    entry.keyword_seen = True
    value = _string_line(rest, path, lineno)
    if key.startswith("msgstr["):
        if not key.endswith("]") or not key[7:-1].isdigit():
            raise InputError(f"bad plural index in {key[:20]!r}", path, lineno)
        index = int(key[7:-1])
        if "msgid_plural" not in entry.fields:
            raise InputError(f"{key} in an entry without msgid_plural", path, lineno)
        if index != len(entry.msgstr_indices):
            raise InputError(f"expected msgstr[{len(entry.msgstr_indices)}], found {key}",
                             path, lineno)
        entry.msgstr_indices.append(index)
    elif key == "msgstr" and "msgid_plural" in entry.fields:
        raise InputError("plural entry needs msgstr[0], msgstr[1] ... not msgstr", path, lineno)
    if key in entry.fields:
        raise InputError(f"duplicate {key} in one entry", path, lineno)
    if key == "msgid":
        entry.msgid_line = lineno
    entry.fields[key] = [value]
    st.last_key = key
