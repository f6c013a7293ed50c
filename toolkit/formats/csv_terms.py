"""Glossary CSV <-> :class:`~toolkit.model.Concept`: one row per term, for spreadsheets.

Columns are chosen by the header (any order); ``concept_id``, ``lang`` and ``term`` are
required.  Known optional columns fill the model; every other column is kept per term in
``Term.extra`` and written back.  Concept-level columns (``definition``, ``subject_field``,
``definition_source``, ``concept_note``, ``concept_source``) may be given on any row of the
concept; two different values are an error naming both lines.  Booleans are ``yes`` or empty
(``true``/``1``/``x`` and ``no``/``false``/``0`` are accepted too); ``forms`` are separated by
``|``.  UTF-8 with or without a BOM; a header without commas but with ``;`` or tabs selects
that delimiter (spreadsheets in Russian locales write ``;``).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from toolkit.errors import InputError
from toolkit.formats.tbx_basic import parse_status, status_spellings
from toolkit.formats.tbx_notes import split_forms
from toolkit.formats.tbx_write import canonical_extra
from toolkit.fsio import decode_text
from toolkit.model import Concept, Term, TermStatus

REQUIRED = ("concept_id", "lang", "term")
BASE = ("concept_id", "lang", "term", "status", "part_of_speech", "note")
OPTIONAL = ("source", "term_type", "case_sensitive", "exact_only", "do_not_translate", "forms",
            "definition", "subject_field")
#: Concept-level columns: model field name -> column name.
CONCEPT_COLUMNS = {
    "definition": "definition",
    "subject_field": "subject_field",
    "definition_source": "definition_source",
    "note": "concept_note",
    "source": "concept_source",
}
BOOLEANS = ("case_sensitive", "exact_only", "do_not_translate")
KNOWN = frozenset(BASE + OPTIONAL + tuple(CONCEPT_COLUMNS.values()))

_TRUE = frozenset({"yes", "y", "true", "1", "x"})
_FALSE = frozenset({"", "no", "n", "false", "0"})
#: Characters XML 1.0 cannot hold: a term with one could never be written as TBX.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass
class _Draft:
    line: int
    terms: list[Term] = field(default_factory=list)
    fields: dict[str, tuple[str, int]] = field(default_factory=dict)


def _delimiter(first_line: str) -> str:
    if "," in first_line:
        return ","
    if ";" in first_line:
        return ";"
    return "\t" if "\t" in first_line else ","


def read(data: bytes, path: str) -> tuple[Concept, ...]:
    """Concepts of a glossary CSV, in order of their first row."""
    text = decode_text(data, path).text
    if not text.strip():
        raise InputError("empty CSV file; expected a header like "
                         + ",".join(BASE), path, 1)
    bad = _NOT_XML.search(text)
    if bad:  # one search over the file instead of one per cell
        raise InputError(f"control character U+{ord(bad.group()):04X} (XML, and so TBX, "
                         "cannot hold it)", path, text.count("\n", 0, bad.start()) + 1)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=_delimiter(text.split("\n")[0]),
                        strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        start = 1
        for row in reader:
            rows.append((start, row))
            start = reader.line_num + 1
    except csv.Error as exc:
        raise InputError(f"malformed CSV: {exc}", path, start) from None
    header = _header(rows[0][1], path)
    drafts: dict[str, _Draft] = {}
    for line, row in rows[1:]:
        if not any(cell.strip() for cell in row):
            continue
        _row(drafts, header, row, path, line)
    return tuple(_concept(cid, d, path) for cid, d in drafts.items())


def _header(row: list[str], path: str) -> list[str]:
    names = [name.strip() for name in row]
    seen: set[str] = set()
    for name in names:
        if name and name in seen:
            raise InputError(f"column {name!r} appears twice in the header", path, 1)
        seen.add(name)
    missing = [name for name in REQUIRED if name not in seen]
    if missing:
        raise InputError(f"the header lacks the column(s) {', '.join(missing)}; a glossary "
                         f"CSV starts with {','.join(BASE)}", path, 1)
    return names


def _row(drafts: dict[str, _Draft], header: list[str], row: list[str], path: str, line: int
         ) -> None:
    if len(row) > len(header) and any(cell.strip() for cell in row[len(header):]):
        raise InputError(f"this row has {len(row)} fields but the header has {len(header)}",
                         path, line)
    values: dict[str, str] = {}
    for index, name in enumerate(header):
        cell = row[index] if index < len(row) else ""
        if not name:
            if cell.strip():
                raise InputError(f"column {index + 1} has a value but no name in the header",
                                 path, line)
            continue
        values[name] = cell
    cid = values["concept_id"].strip()
    lang = values["lang"].strip()
    if not cid:
        raise InputError("concept_id is empty", path, line)
    if not lang:
        raise InputError("lang is empty", path, line)
    draft = drafts.setdefault(cid, _Draft(line))
    for attr, column in CONCEPT_COLUMNS.items():
        value = values.get(column, "")
        if not value:
            continue
        if attr in draft.fields and draft.fields[attr][0] != value:
            first = draft.fields[attr][1]
            raise InputError(f"concept {cid!r}: {column} differs from the one on line {first}",
                             path, line)
        draft.fields.setdefault(attr, (value, line))
    draft.terms.append(_term(values, lang, path, line))


def _term(values: dict[str, str], lang: str, path: str, line: int) -> Term:
    raw_status = values.get("status", "").strip()
    status = parse_status(raw_status) if raw_status else TermStatus.PREFERRED
    if status is None:
        raise InputError(f"unknown status {raw_status!r}; use {status_spellings()}", path, line)
    flags = {}
    for name in BOOLEANS:
        raw = values.get(name, "").strip().lower()
        if raw not in _TRUE and raw not in _FALSE:
            raise InputError(f"{name} must be 'yes' or empty, not {raw!r}", path, line)
        flags[name] = raw in _TRUE
    extra = [(k, v) for k, v in values.items() if k not in KNOWN and v]
    return Term(
        text=values["term"],
        lang=lang,
        status=status,
        part_of_speech=values.get("part_of_speech", "").strip() or None,
        term_type=values.get("term_type", "").strip() or None,
        note=values.get("note") or None,
        source=values.get("source") or None,
        forms=tuple(split_forms(values.get("forms", ""))),
        extra=canonical_extra(extra),
        line=line,
        **flags,
    )


def _concept(cid: str, draft: _Draft, path: str) -> Concept:
    # Group the terms by language (first appearance), as TBX langSec elements do.
    langs: dict[str, list[Term]] = {}
    for term in draft.terms:
        langs.setdefault(term.lang, []).append(term)
    terms = tuple(t for group in langs.values() for t in group)
    fields = {attr: value for attr, (value, _line) in draft.fields.items()}
    if "definition_source" in fields and "definition" not in fields:
        raise InputError(f"concept {cid!r} has a definition_source but no definition", path,
                         draft.fields["definition_source"][1])
    return Concept(id=cid, terms=terms, line=draft.line, **fields)


def write(concepts: Iterable[Concept]) -> bytes:
    """Concepts as glossary CSV: UTF-8 with a BOM (spreadsheets need it), ``\\n`` endings."""
    concepts = tuple(concepts)
    header = list(BASE + OPTIONAL)
    for attr, column in CONCEPT_COLUMNS.items():
        if column not in header and any(getattr(c, attr) for c in concepts):
            header.append(column)
    for concept in concepts:
        for term in concept.terms:
            header.extend(k for k, _v in term.extra if k not in header)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(header)
    for concept in concepts:
        for index, term in enumerate(concept.terms):
            row = _term_row(concept, term)
            if index == 0:
                for attr, column in CONCEPT_COLUMNS.items():
                    row[column] = getattr(concept, attr) or ""
            writer.writerow([row.get(name, "") for name in header])
    return out.getvalue().encode("utf-8-sig")


def _term_row(concept: Concept, term: Term) -> dict[str, str]:
    row = {
        "concept_id": concept.id,
        "lang": term.lang,
        "term": term.text,
        "status": term.status.value,
        "part_of_speech": term.part_of_speech or "",
        "note": term.note or "",
        "source": term.source or "",
        "term_type": term.term_type or "",
        "forms": "|".join(term.forms),
    }
    for name in BOOLEANS:
        row[name] = "yes" if getattr(term, name) else ""
    row.update(term.extra)
    return row
