"""Which files a check run reads, and which languages they are in.

Folders are searched recursively for catalogs (``.po`` and XLIFF); hidden folders
(``.git``, ``.venv``) are skipped, and so are templates (``.pot``: they have no
translations).  Paths keep the spelling the user gave, so reports say
``locales/kk/LC_MESSAGES/article.po`` when the user typed ``locales``.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

from toolkit.errors import InputError, UsageError
from toolkit.formats import detect
from toolkit.model import Catalog

#: Extensions picked up when searching a folder.
CATALOG_EXTENSIONS = (".po", ".xlf", ".xliff", ".xlf2", ".xliff2")

_LC_MESSAGES = re.compile(r"(?:^|/)(?P<lang>[A-Za-z]{2,3}(?:[_@-][A-Za-z0-9]+)*)/LC_MESSAGES/")
_STEM = re.compile(r"^[a-z]{2,3}(?:[_-][A-Za-z]{2,4})?(?:[_-][A-Z]{2})?$")


def collect_files(paths: Sequence[str]) -> list[str]:
    """Expand folders into the catalogs inside them, keeping the order given.

    Raises :class:`InputError` for a path that does not exist and :class:`UsageError` for a
    file we cannot check (a template, an unknown extension).
    """
    out: list[str] = []
    seen: set[str] = set()

    def add(path: str) -> None:
        key = os.path.normpath(os.path.abspath(path))
        if key not in seen:
            seen.add(key)
            out.append(path)

    for given in paths:
        p = Path(given)
        if p.is_dir():
            for folder, dirs, names in os.walk(given):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(names):
                    if name.lower().endswith(CATALOG_EXTENSIONS):
                        add(os.path.join(folder, name))
        elif p.is_file():
            if p.suffix.lower() == ".pot":
                raise UsageError("is a template (.pot) with no translations; check the .po "
                                 "files made from it", given)
            detect(given)  # UnknownFormatError (exit 2) for an extension we cannot read
            add(given)
        elif p.exists():
            raise InputError("is neither a file nor a folder", given)
        else:
            raise InputError("no such file or folder", given)
    return out


def locale_from_path(path: str) -> str | None:
    """``locales/kk/LC_MESSAGES/x.po`` -> ``kk``; ``po/ru.po`` -> ``ru``; else None."""
    posix = Path(path).as_posix()
    match = _LC_MESSAGES.search(posix)
    if match:
        return match.group("lang")
    stem = Path(path).stem
    if _STEM.match(stem):
        return stem
    return None


def target_language(catalog: Catalog, path: str) -> str | None:
    """The catalog's target language: reader (PO ``Language`` / XLIFF ``trgLang``), the
    header field, then the path."""
    if catalog.target_lang:
        return catalog.target_lang
    header = catalog.header.get("Language", "").strip()
    if header:
        return header
    return locale_from_path(path)


def group_key(path: str) -> str:
    """Files of one locale are checked together (catalog-scope checks compare them)."""
    lang = locale_from_path(path)
    return lang.replace("-", "_").lower() if lang else "?"
