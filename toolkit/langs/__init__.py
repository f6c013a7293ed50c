"""Per-language data: ``get_language(code)`` returns the :class:`Language` record.

An unknown code falls back to a generic record (Latin letters, CLDR facts when Babel knows
the locale) only through :func:`get_language_or_generic`; :func:`get_language` raises and
lists the known codes.
"""

from __future__ import annotations

import functools

from toolkit.errors import UsageError
from toolkit.langs import en, kk, kk_latn, ru
from toolkit.langs.base import Language

LANGUAGES: dict[str, Language] = {
    lang.LANGUAGE.code: lang.LANGUAGE for lang in (en, ru, kk, kk_latn)
}

GENERIC = Language(
    code="und",
    name="generic",
    letters="abcdefghijklmnopqrstuvwxyz",
    script="Latn",
    quotes=("“", "”"),
    inner_quotes=(("‘", "’"),),
)


def normalize_code(code: str) -> str:
    """``kk_KZ`` / ``kk-kz`` -> ``kk``; ``kk-Latn`` and ``kk_Latn`` -> ``kk-Latn``."""
    parts = code.replace("_", "-").split("-")
    base = parts[0].lower()
    for part in parts[1:]:
        if len(part) == 4 and part.isalpha():
            return f"{base}-{part.title()}"
    return base


def get_language(code: str) -> Language:
    norm = normalize_code(code)
    try:
        return LANGUAGES[norm]
    except KeyError:
        known = ", ".join(sorted(LANGUAGES))
        raise UsageError(f"unknown language {code!r}; known: {known}") from None


@functools.cache
def get_language_or_generic(code: str) -> Language:
    norm = normalize_code(code)
    if norm in LANGUAGES:
        return LANGUAGES[norm]
    return Language(
        code=norm,
        name=norm,
        letters=GENERIC.letters,
        script=GENERIC.script,
        quotes=GENERIC.quotes,
        inner_quotes=GENERIC.inner_quotes,
    )


__all__ = ["LANGUAGES", "Language", "get_language", "get_language_or_generic", "normalize_code"]
