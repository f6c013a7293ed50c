"""The catalog header check (HD): Language, Plural-Forms and charset."""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from pathlib import PurePath
from typing import ClassVar

from toolkit.checks._text import cldr_plural, parse_plural_forms, plural_function
from toolkit.checks.base import Check, CheckContext
from toolkit.langs import Language, normalize_code
from toolkit.model import Catalog, Finding, Severity, Unit

CHARSET_RX = re.compile(r"charset\s*=\s*([\w.:-]+)", re.IGNORECASE)
#: Numbers on which a Plural-Forms expression is compared with CLDR's.
SAMPLE = range(0, 1001)


def path_language(path: str) -> str | None:
    """``locales/kk/LC_MESSAGES/x.po`` -> ``kk`` (None when the path has no such part)."""
    parts = PurePath(path).parts
    for i, part in enumerate(parts):
        if part == "LC_MESSAGES" and i > 0:
            return normalize_code(parts[i - 1])
    return None


class Header(Check):
    """The PO header lacks or misstates Language, Plural-Forms or the charset.

    Reported on line 1 of the file.  Checks: ``Language`` present and matching the folder
    (``locales/kk/LC_MESSAGES``); ``Plural-Forms`` present, parseable, with CLDR's number
    of forms and choosing the same form as CLDR for every n in 0..1000; ``Content-Type``
    declaring UTF-8.  Default severity: error (msgfmt and every gettext runtime read these).

    Bad:
        "Language: ru\\n"                     (in locales/kk/LC_MESSAGES/article.po)
        "Plural-Forms: nplurals=1; plural=0;\\n"
        "Content-Type: text/plain; charset=CHARSET\\n"

    Good:
        "Language: kk\\n"
        "Plural-Forms: nplurals=2; plural=(n != 1);\\n"
        "Content-Type: text/plain; charset=UTF-8\\n"
    """

    name: ClassVar[str] = "header"
    code: ClassVar[str] = "HD001"
    severity: ClassVar[Severity] = Severity.ERROR
    scope: ClassVar[str] = "catalogs"

    def run(self, unit: Unit, ctx: CheckContext) -> Iterator[Finding]:
        return iter(())

    def run_catalogs(self, catalogs: Sequence[tuple[Catalog, CheckContext]]) -> Iterator[Finding]:
        for catalog, ctx in catalogs:
            if not catalog.header and not catalog.units:
                continue
            for message in self.problems(catalog, ctx):
                yield Finding(
                    path=ctx.path, line=1, locale=ctx.target_lang.code, msgctxt=None, msgid="",
                    check=self.name, code=self.code, severity=self.severity, message=message)

    def problems(self, catalog: Catalog, ctx: CheckContext) -> Iterator[str]:
        """Every header problem of ``catalog`` as a message."""
        header = catalog.header
        language = header.get("Language", "").strip()
        from_path = path_language(ctx.path)
        if not language:
            yield "header has no Language field" + (f" (expected {from_path})" if from_path else "")
        elif from_path is not None and normalize_code(language) != from_path:
            yield f"header Language is {language!r} but the file is in the {from_path!r} folder"
        content_type = header.get("Content-Type", "")
        m = CHARSET_RX.search(content_type)
        if m is None:
            yield "header has no charset in Content-Type (use charset=UTF-8)"
        elif m.group(1).upper().replace("_", "-") not in ("UTF-8", "UTF8"):
            yield f"header charset is {m.group(1)}; use UTF-8"
        has_plurals = any(u.is_plural for u in catalog.units)
        raw = header.get("Plural-Forms")
        if raw is None:
            if has_plurals:
                yield "header has no Plural-Forms" + _cldr_hint(ctx.target_lang)
            return
        yield from self.plural_problems(raw, ctx)

    def plural_problems(self, raw: str, ctx: CheckContext) -> Iterator[str]:
        """Compare a Plural-Forms value with CLDR's rule for the target language."""
        return iter(_plural_problems(raw, ctx.target_lang))


def _plural_problems(raw: str, lang: Language) -> tuple[str, ...]:
    # Catalogs of one language nearly always share one header value: compare it once.
    key = (raw, id(lang))
    found = _PLURAL_CACHE.get(key)
    if found is None:
        found = _PLURAL_CACHE[key] = (lang, tuple(_compare_plurals(raw, lang)))
    return found[1]


_PLURAL_CACHE: dict[tuple[str, int], tuple[Language, tuple[str, ...]]] = {}


def _compare_plurals(raw: str, lang: Language) -> Iterator[str]:
    """Problems of a Plural-Forms value against CLDR's rule for ``lang``."""
    parsed = parse_plural_forms(raw)
    func = plural_function(parsed[1]) if parsed else None
    if parsed is None or func is None:
        yield f"malformed Plural-Forms {raw!r}" + _cldr_hint(lang)
        return
    cldr = cldr_plural(lang)
    if cldr is None:
        return  # CLDR does not know the language: nothing to compare with
    nplurals, _expr = parsed
    if nplurals != cldr[0]:
        yield (f"Plural-Forms has nplurals={nplurals}; CLDR for {lang.code} has "
               f"{cldr[0]}: nplurals={cldr[0]}; plural={cldr[1]};")
        return
    reference = plural_function(cldr[1])
    if reference is None:
        return
    for n in SAMPLE:
        try:
            mine, theirs = func(n), reference(n)
        except (ValueError, ZeroDivisionError, OverflowError):
            yield f"Plural-Forms {raw!r} fails for n={n}"
            return
        if mine != theirs:
            yield (f"Plural-Forms chooses form {mine} for n={n}, CLDR chooses "
                   f"{theirs} (plural={cldr[1]})")
            return


def _cldr_hint(lang: Language) -> str:
    cldr = cldr_plural(lang)
    if cldr is None:
        return ""
    return f" (CLDR for {lang.code}: nplurals={cldr[0]}; plural={cldr[1]};)"
