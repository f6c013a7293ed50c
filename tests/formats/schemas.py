"""Validators for the official schemas bundled in toolkit/data/schemas (tests only).

Schemas are loaded from disk with lxml (offline: a resolver maps the W3C xml.xsd location to
the bundled copy).  The documents under test are still parsed through ``parse_xml``.
"""

from __future__ import annotations

import functools
from typing import Any

from lxml import etree

from toolkit.formats._xml import parse_xml, schema_path

XML_XSD = "http://www.w3.org/2001/xml.xsd"


class _Offline(etree.Resolver):
    def resolve(self, system_url: str, public_id: str, context: Any) -> Any:
        if system_url == XML_XSD or system_url.endswith("/xml.xsd"):
            return self.resolve_filename(str(schema_path("w3c", "xml.xsd")), context)
        return None


def _load(path: str) -> etree._ElementTree:
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_Offline())
    return etree.parse(path, parser)


@functools.cache
def xliff12() -> etree.XMLSchema:
    return etree.XMLSchema(_load(str(schema_path("xliff-1.2", "xliff-core-1.2-strict.xsd"))))


@functools.cache
def xliff21() -> etree.XMLSchema:
    """XLIFF 2.1 = the 2.0 core schema (the 2.1 catalog maps the namespace to it) + modules."""
    folder = schema_path("xliff-2.1")
    wrapper = f"""<xs:schema xmlns:xs="http://www.w3.org/2001/XMLSchema">
      <xs:import namespace="urn:oasis:names:tc:xliff:document:2.0"
                 schemaLocation="{(folder / 'xliff_core_2.0.xsd').as_uri()}"/>
      <xs:import namespace="urn:oasis:names:tc:xliff:metadata:2.0"
                 schemaLocation="{(folder / 'metadata.xsd').as_uri()}"/>
      <xs:import namespace="urn:oasis:names:tc:xliff:glossary:2.0"
                 schemaLocation="{(folder / 'glossary.xsd').as_uri()}"/>
    </xs:schema>"""
    parser = etree.XMLParser(no_network=True, resolve_entities=False)
    parser.resolvers.add(_Offline())
    return etree.XMLSchema(etree.fromstring(wrapper.encode(), parser, base_url=folder.as_uri() + "/"))


@functools.cache
def tmx14() -> etree.DTD:
    return etree.DTD(str(schema_path("tmx-1.4b", "tmx14.dtd")))


def assert_valid(validator: etree.XMLSchema | etree.DTD, data: bytes) -> None:
    """Parse OUR document with the hardened parser and validate it; fail with the log."""
    tree = parse_xml(data, "<test>")
    ok = validator.validate(tree)
    assert ok, "\n".join(str(e) for e in validator.error_log) + "\n" + data.decode()[:3000]
