"""What every command must do with each file of the hostile corpus (see README.md)."""

from __future__ import annotations

ERROR = "error"
OK = "ok"

#: Commands run per file kind; each name maps to an argv template in test_hostile.py.
COMMANDS: dict[str, tuple[str, ...]] = {
    ".po": ("check", "convert", "export", "stats"),
    ".xlf": ("check", "convert", "export"),
    ".tmx": ("convert", "segment-tm"),
    ".tbx": ("glossary-validate", "glossary-import", "check-glossary"),
    ".csv": ("glossary-validate", "glossary-import", "check-glossary"),
    ".txt": ("segment",),
}

#: file -> expected outcome for every command of its kind.
EXPECTED: dict[str, str] = {
    # XML attacks: refused before anything is expanded or fetched.
    "xxe.xlf": ERROR,
    "xxe.tbx": ERROR,
    "xxe.tmx": ERROR,
    "billion-laughs.xlf": ERROR,
    "billion-laughs.tbx": ERROR,
    "quadratic-blowup.xlf": ERROR,
    "xinclude.xlf": ERROR,
    # A DOCTYPE that only names an external DTD is read without fetching it.
    "external-dtd.tmx": OK,
    # Structurally wrong XML.
    "wrong-namespace.xlf": ERROR,
    "missing-attributes.xlf": ERROR,
    "wrong-namespace.tbx": ERROR,
    "missing-attributes.tbx": ERROR,
    "wrong-namespace.tmx": ERROR,
    "missing-attributes.tmx": ERROR,
    "truncated.xlf": ERROR,
    "empty.tbx": ERROR,
    # PO syntax and header problems.
    "unterminated-string.po": ERROR,
    "bad-escape.po": ERROR,
    "duplicate-msgid.po": ERROR,
    "truncated.po": ERROR,
    "nul-bytes.po": ERROR,
    "random-binary.po": ERROR,
    "undeclared-cp1251.po": ERROR,
    # Readable, with translation problems that `check` reports as findings (plural-forms,
    # header); `compile` refuses them like msgfmt (tests/compile).
    "plural-count-mismatch.po": OK,
    "broken-plural-forms.po": OK,
    # Valid but unusual: processed, encoding and line endings kept on rewrite.
    "missing-header.po": OK,
    "charset-cp1251.po": OK,
    "utf8-bom.po": OK,
    "utf16-bom.po": OK,
    "crlf.po": OK,
    "empty.po": OK,
    # Glossary CSV.
    "unbalanced-quote.csv": ERROR,
    "missing-columns.csv": ERROR,
    "cp1251.csv": ERROR,
    "random-binary.csv": ERROR,
    "empty.csv": ERROR,
    # Source texts.
    "cp1251.txt": ERROR,
    "random-binary.txt": ERROR,
    "empty.txt": ERROR,
    "utf16-bom.txt": OK,
    "crlf.txt": OK,
}

#: Generated at test time (too large to commit): name -> outcome.
GENERATED: dict[str, str] = {
    "deep-nesting.xlf": ERROR,
    "deep-nesting.tbx": ERROR,
    "deep-nesting.tmx": ERROR,
    "huge-text-node.xlf": ERROR,
    "huge-text-node.tmx": ERROR,
}
