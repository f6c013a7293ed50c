"""Validate a TBX document: the ISO 30042:2019 core RELAX NG plus the TBX-Basic rules.

lxml runs the core RNG (``TBXcoreStructV03.rng``).  The TBX-Basic Schematron files need XSLT 2,
which lxml lacks, so their rules are coded here from the table in
:mod:`toolkit.formats.tbx_basic`: the dialect name, permitted data categories, the element
each must use, the levels where each may appear, picklist values, no DCT elements in a DCA
file (and the reverse), and internal ``target`` references.  In DCT style each module element
(``min:*``, ``basic:*``) is also validated against ``Min.rng``/``Basic.rng``, which is what the
TBX-Basic NVDL script does with ``<attach/>``.
"""

from __future__ import annotations

import copy
import functools
import re

from lxml import etree

from toolkit.errors import InputError
from toolkit.formats._xml import local_name, namespace, parse_xml, schema_path
from toolkit.formats.tbx import detect_layout, element_line, element_text
from toolkit.formats.tbx_basic import BASIC_NS, CATEGORIES, MIN_NS, TBX_NS, TYPED_ELEMENTS
from toolkit.fsio import read_bytes

#: (line, message); line 0 when unknown.
Problem = tuple[int, str]

_LEVELS = ("conceptEntry", "langSec", "termSec")
_URL = re.compile(r"^https?://.+")


@functools.cache
def _relaxng(name: str) -> etree.RelaxNG:
    path = schema_path("tbx", name)
    return etree.RelaxNG(parse_xml(read_bytes(path), path))


def validate_tbx(data: bytes, path: str) -> list[Problem]:
    """Every schema problem of a TBX document (empty when it is valid TBX-Basic).

    Malformed or hostile XML raises :class:`InputError`; a TBX 2008 (martif) file gives one
    problem, since the 2019 schemas do not apply to it.
    """
    tree = parse_xml(data, path)
    root = tree.getroot()
    layout, _ns = detect_layout(root, path)
    if layout == "2008":
        return [(element_line(root), "TBX 2008 (martif) layout: the termbase must be TBX "
                 "2019; convert it with `toolkit glossary export FILE.tbx`")]
    found: list[Problem] = []
    schema = _relaxng("TBXcoreStructV03.rng")
    if not schema.validate(tree):
        for error in schema.error_log:
            found.append((error.line, f"not valid TBX (core RNG): {error.message}"))
    if root.get("type") != "TBX-Basic":
        found.append((element_line(root),
                      f"dialect is {root.get('type')!r}; expected type=\"TBX-Basic\""))
    found.extend(_basic_rules(root, layout))
    return sorted(set(found))


def _level(element: etree._Element) -> str:
    parent = element.getparent()
    if parent is None:
        return ""
    name = local_name(parent)
    if name.endswith("Grp"):
        grand = parent.getparent()
        return local_name(grand) if grand is not None else ""
    return name


def _in_entry(element: etree._Element) -> bool:
    return any(local_name(a) == "body" for a in element.iterancestors())


def _basic_rules(root: etree._Element, layout: str) -> list[Problem]:
    found: list[Problem] = []
    ids = {e.get("id") for e in root.iter() if e.get("id")}
    for element in root.iter():
        if not isinstance(element.tag, str):
            continue
        line = element_line(element)
        target = element.get("target")
        if target is not None and target not in ids and not _URL.match(target):
            found.append((line, f"target {target!r} is neither an id in this file nor an "
                          "http(s) URL"))
        if not _in_entry(element):
            continue
        name, ns = local_name(element), namespace(element)
        if ns != TBX_NS:
            if layout == "2019-dca":
                found.append((line, f"DCT-style element <{name}> is not permitted in a DCA "
                              "file (style=\"dca\")"))
            else:
                found.extend(_dct_element(element, name, ns, line))
            continue
        if name not in TYPED_ELEMENTS:
            continue
        kind = element.get("type")
        if layout == "2019-dct":
            found.append((line, f"DCA-style <{name} type={kind!r}> is not permitted in a DCT "
                          "file (style=\"dct\")"))
            continue
        if not kind:
            found.append((line, f"<{name}> needs a non-empty type (a data category)"))
            continue
        found.extend(_category_rules(element, name, kind, line))
    return found


def _category_rules(element: etree._Element, name: str, kind: str, line: int
                    ) -> list[Problem]:
    category = CATEGORIES.get(kind)
    if category is None or category.element != name:
        permitted = sorted(c.name for c in CATEGORIES.values() if c.element == name)
        return [(line, f"<{name} type={kind!r}>: not a TBX-Basic data category for <{name}> "
                 f"(permitted: {', '.join(permitted) or 'none'})")]
    found: list[Problem] = []
    level = _level(element)
    if level not in category.levels:
        where = ", ".join(lv for lv in _LEVELS if lv in category.levels)
        found.append((line, f"{kind} may only appear at level(s): {where}; found in <{level}>"))
    value = element_text(element)
    if not category.allows(value):
        found.append((line, f"{kind} {value!r} is not a permitted value (use one of: "
                      f"{', '.join(sorted(category.values))})"))
    return found


def _dct_element(element: etree._Element, name: str, ns: str, line: int) -> list[Problem]:
    category = CATEGORIES.get(name)
    if ns not in (MIN_NS, BASIC_NS) or category is None or category.namespace != ns:
        return [(line, f"<{{{ns}}}{name}> is not a TBX-Basic module element")]
    found: list[Problem] = []
    single = etree.ElementTree(copy.deepcopy(element))
    schema = _relaxng("Min.rng" if ns == MIN_NS else "Basic.rng")
    if not schema.validate(single):
        message = schema.error_log.last_error.message if schema.error_log else "invalid"
        found.append((line, f"<{name}>: not valid against its module schema: {message}"))
    level = _level(element)
    if level not in category.levels:
        where = ", ".join(lv for lv in _LEVELS if lv in category.levels)
        found.append((line, f"{name} may only appear at level(s): {where}; found in <{level}>"))
    return found


def check_valid(data: bytes, path: str) -> None:
    """Raise :class:`InputError` at the first schema problem (for tests and writers)."""
    problems = validate_tbx(data, path)
    if problems:
        line, message = problems[0]
        raise InputError(message, path, line or None)
