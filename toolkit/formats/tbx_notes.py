"""The toolkit's term options inside TBX-Basic: ``<note>`` elements with a ``toolkit:`` prefix.

TBX-Basic has no data category for "case-sensitive", "exact-only", "do-not-translate",
extra inflected forms or spreadsheet columns of our own, and its Schematron permits only a
fixed list of ``termNote``/``admin``/``descrip`` types, so ``<termNote type="x-...">`` would
fail TBX-Basic validation.  ``<note>`` is free text in the core structure and allowed at every
level, so a file using these notes still validates, and other tools show them as plain notes::

    <note>toolkit:case-sensitive</note>
    <note>toolkit:exact-only</note>
    <note>toolkit:do-not-translate</note>
    <note>toolkit:forms=Ассамблеясы|Ассамблеясын</note>
    <note>toolkit:partOfSpeech=properNoun</note>    (beside <termNote>noun</termNote>)
    <note>toolkit:termType=initialism</note>        (a value TBX-Basic has no room for)
    <note>toolkit:extra={"reviewer": "A. N."}</note>
    <note>toolkit:note=a human note that itself starts with "toolkit:"</note>
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from toolkit.errors import InputError
from toolkit.model import Term

PREFIX = "toolkit:"
FLAGS = ("case-sensitive", "exact-only", "do-not-translate")
#: Exact values of picklist categories when TBX-Basic's picklist lacks them.
EXACT = ("partOfSpeech", "termType")


@dataclass
class TermOptions:
    """Options collected from the notes of one term while reading."""

    case_sensitive: bool = False
    exact_only: bool = False
    do_not_translate: bool = False
    forms: list[str] = field(default_factory=list)
    exact: dict[str, str] = field(default_factory=dict)  # partOfSpeech/termType as written


@dataclass(frozen=True)
class ParsedNote:
    """What one ``<note>`` meant: a human note, extra fields, or only options (both empty)."""

    note: str | None = None
    extra: tuple[tuple[str, str], ...] = ()


def split_forms(text: str) -> list[str]:
    """``"a | b||c"`` -> ``["a", "b", "c"]`` (``|`` separates forms; blanks are dropped)."""
    return [part.strip() for part in text.split("|") if part.strip()]


def parse_note(text: str, options: TermOptions, path: str, line: int) -> ParsedNote:
    """Interpret one term-level note, updating ``options`` for option notes."""
    if not text.startswith(PREFIX):
        return ParsedNote(note=text or None)
    body = text[len(PREFIX):]
    key, sep, value = body.partition("=")
    key = key.strip()
    if not sep and key in FLAGS:
        setattr(options, key.replace("-", "_"), True)
        return ParsedNote()
    if sep and key == "forms":
        options.forms.extend(split_forms(value))
        return ParsedNote()
    if sep and key in EXACT:
        options.exact[key] = value
        return ParsedNote()
    if sep and key == "note":
        return ParsedNote(note=value or None)
    if sep and key == "extra":
        try:
            data = json.loads(value)
        except ValueError:
            data = None
        if not isinstance(data, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in data.items()):
            raise InputError('toolkit:extra must be a JSON object of strings, like '
                             'toolkit:extra={"column": "value"}', path, line)
        return ParsedNote(extra=tuple(data.items()))
    raise InputError(f"unknown toolkit note {text[:60]!r}; known: "
                     + ", ".join(PREFIX + f for f in (*FLAGS, "forms=", "extra=", "note=",
                                                     *(f"{e}=" for e in EXACT))),
                     path, line)


def note_texts(term: Term, extra: tuple[tuple[str, str], ...],
               exact: tuple[tuple[str, str], ...] = ()) -> list[str]:
    """The ``<note>`` texts that carry ``term``'s note, options, forms and ``extra``."""
    notes: list[str] = [f"{PREFIX}{key}={value}" for key, value in exact]
    if term.note:
        notes.append(PREFIX + "note=" + term.note if term.note.startswith(PREFIX)
                     else term.note)
    for flag in FLAGS:
        if getattr(term, flag.replace("-", "_")):
            notes.append(PREFIX + flag)
    if term.forms:
        notes.append(PREFIX + "forms=" + "|".join(term.forms))
    for key, value in extra:
        notes.append(PREFIX + "extra=" + json.dumps({key: value}, ensure_ascii=False))
    return notes
