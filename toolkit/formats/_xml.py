"""The only XML parser in the toolkit: hardened lxml, used by every XML reader.

No entity expansion (XXE, billion laughs), no network, no DTD loading or validation, no
XInclude processing, a bounded tree depth, and huge text nodes refused.  A document that
*declares* entities is refused outright (a legitimate XLIFF/TBX/TMX never needs them);
a DOCTYPE that only names an external DTD (common in TMX files) is read without fetching it.
"""

from __future__ import annotations

import re
from pathlib import Path

from lxml import etree

from toolkit.errors import InputError

#: Deepest element nesting accepted: libxml2's own limit without XML_PARSE_HUGE (lxml's
#: ``huge_tree=False``), which refuses deeper documents before building them.  Real
#: XLIFF/TBX/TMX files stay under 20 levels.
MAX_DEPTH = 256

_XINCLUDE_NS = b"http://www.w3.org/2001/XInclude"


def _parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_blank_text=False,
        remove_comments=False,
        remove_pis=False,
        strip_cdata=False,
        # collect_ids=False would make libxml2 load an external DTD subset: keep the default.
    )


def parse_xml(data: bytes, path: str | Path) -> etree._ElementTree:
    """Parse ``data`` safely; raise :class:`InputError` with ``path:line`` on any problem."""
    # XML keywords are case-sensitive and entities can only be declared in a DOCTYPE, so
    # two byte searches (C speed) find every declaration without a regex over the file.
    start = data.find(b"<!ENTITY") if b"<!DOCTYPE" in data else -1
    if start >= 0:
        raise InputError("XML entity declarations are not allowed (possible XXE or "
                         "entity-expansion attack)", path, data.count(b"\n", 0, start) + 1)
    idx = data.find(_XINCLUDE_NS)
    if idx >= 0:
        raise InputError("XInclude is not allowed", path, data.count(b"\n", 0, idx) + 1)
    try:
        tree = etree.ElementTree(etree.fromstring(data, _parser()))
    except etree.XMLSyntaxError as exc:
        line: int | None = exc.lineno if exc.lineno else None
        message = str(exc.msg if hasattr(exc, "msg") and exc.msg else exc)
        message = re.sub(r",? line \d+, column \d+$", "", message)
        if "XML_PARSE_HUGE" in message:  # libxml2's limits: text node > 10 MB, depth > 256
            message = ("the document exceeds the safe parser's limits (a text node over "
                       f"10 MB or nesting over {MAX_DEPTH} levels)")
        raise InputError(f"malformed XML: {message}", path, line) from None
    except ValueError as exc:  # e.g. unicode strings with encoding declarations
        raise InputError(f"malformed XML: {exc}", path) from None
    # The byte searches above only see ASCII-compatible encodings; the parsed document
    # answers for every encoding (UTF-16 too).  Entities were not expanded while parsing.
    dtd = tree.docinfo.internalDTD
    if dtd is not None and next(iter(dtd.iterentities()), None) is not None:  # type: ignore[attr-defined]  # lxml-stubs lacks it
        raise InputError("XML entity declarations are not allowed (possible XXE or "
                         "entity-expansion attack)", path, 1)
    include = next(tree.getroot().iter(f"{{{_XINCLUDE_NS.decode()}}}*"), None)
    if include is not None:
        where: int | None = getattr(include, "sourceline", None)
        raise InputError("XInclude is not allowed", path, where)
    return tree


def local_name(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""
    return tag.rsplit("}", 1)[-1]


def namespace(element: etree._Element) -> str:
    tag = element.tag
    if isinstance(tag, str) and tag.startswith("{"):
        return tag[1:].split("}", 1)[0]
    return ""


def schema_path(*parts: str) -> Path:
    """Path of a bundled schema file under ``toolkit/data/schemas``."""
    return Path(__file__).resolve().parent.parent / "data" / "schemas" / Path(*parts)
