"""Text <-> XML helpers shared by the XLIFF and TMX writers and readers.

The writers build XML as text (faster than building an lxml tree and serialising it, and
the layout stays under our control); every value goes through :func:`text` or :func:`attr`.
XML 1.0 cannot hold most C0 control characters (U+0001-U+0008, U+000B, U+000C,
U+000E-U+001F), U+FFFE/U+FFFF or lone surrogates, not even as character references.  Inside
translatable text each format has an inline element for them (XLIFF 2 ``<cp hex>``; XLIFF 1.2
and TMX ``<ph>`` with an ``x-cp`` type, our documented convention), built by
:func:`inline`.  Anywhere else (notes, contexts, attributes) :func:`check` refuses them with one
clear :class:`~toolkit.errors.OutputError` instead of writing a file that no parser accepts.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from lxml import etree

from toolkit.errors import InputError, OutputError
from toolkit.formats._xml import local_name

#: Characters that XML 1.0 cannot carry at all.
INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def text(value: str) -> str:
    """Escape character data (``\\r`` too: a parser would turn a raw CR into LF)."""
    if "&" in value:
        value = value.replace("&", "&amp;")
    if "<" in value:
        value = value.replace("<", "&lt;")
    if ">" in value:
        value = value.replace(">", "&gt;")
    if "\r" in value:
        value = value.replace("\r", "&#13;")
    return value


def attr(value: str) -> str:
    """Escape an attribute value for use inside double quotes."""
    value = text(value)
    if '"' in value:
        value = value.replace('"', "&quot;")
    if "\n" in value:
        value = value.replace("\n", "&#10;")
    if "\t" in value:
        value = value.replace("\t", "&#9;")
    return value


def check(value: str, what: str, where: str) -> str:
    """Return ``value`` escaped as text; refuse characters that XML cannot hold."""
    bad = INVALID.search(value)
    if bad is not None:
        raise OutputError(
            f"{what} contains U+{ord(bad.group()):04X}, a control character that XML 1.0 "
            f"cannot hold (only source and target text can carry it, as an inline code)",
            where,
        )
    return text(value)


def check_attr(value: str, what: str, where: str) -> str:
    """Like :func:`check`, escaped for an attribute."""
    check(value, what, where)
    return attr(value)


def inline(value: str, code: Callable[[int, int], str]) -> str:
    """Escape translatable text; each invalid character becomes ``code(n, codepoint)``."""
    if INVALID.search(value) is None:
        return text(value)
    parts: list[str] = []
    last = 0
    for n, match in enumerate(INVALID.finditer(value), start=1):
        parts.append(text(value[last:match.start()]))
        parts.append(code(n, ord(match.group())))
        last = match.end()
    parts.append(text(value[last:]))
    return "".join(parts)


def gather(element: etree._Element, visit: Callable[[etree._Element], str | None]) -> str:
    """Text of ``element`` with its inline children; ``visit(child)`` may replace a child.

    When ``visit`` returns ``None`` the child's own text and children are gathered
    recursively (transparent markup such as ``<mrk>``, ``<g>``, ``<hi>``).
    """
    parts: list[str] = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str):
            replaced = visit(child)
            parts.append(gather(child, visit) if replaced is None else replaced)
        parts.append(child.tail or "")
    return "".join(parts)


def line_of(element: etree._Element) -> int | None:
    """1-based source line of ``element`` (lxml-stubs mistype ``sourceline``)."""
    value = getattr(element, "sourceline", None)
    return value if isinstance(value, int) else None


def lang_tag(code: str | None) -> str | None:
    """A BCP 47 tag from a gettext locale name (``kk_KZ`` -> ``kk-KZ``, ``sr@latin`` -> ``sr``)."""
    if not code:
        return None
    tag = code.split("@", 1)[0].split(".", 1)[0].replace("_", "-")
    return tag if re.fullmatch(r"[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*", tag) else None


class ElementReader:
    """What every XML format reader needs: its file, its namespace, and errors that name
    the file and the element's line."""

    def __init__(self, path: str, ns: str) -> None:
        self.path = path
        self.q = "{" + ns + "}"

    def fail(self, message: str, element: etree._Element) -> InputError:
        return InputError(message, self.path, line_of(element))

    def require(self, element: etree._Element, name: str) -> str:
        value = element.get(name)
        if value is None:
            raise self.fail(f"<{local_name(element)}> lacks the required attribute {name!r}",
                            element)
        return value
