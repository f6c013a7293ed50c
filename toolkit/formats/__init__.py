"""The edges: bytes <-> :mod:`toolkit.model`, nothing else.

``FORMATS`` maps a format name to the module that reads and writes it.  Every format module
exposes::

    read(data: bytes, path: str) -> Catalog        # raises InputError(path, line, ...)
    write(catalog: Catalog) -> bytes               # pure: no file access

Callers go through :func:`read_catalog` / :func:`write_catalog`, which do the file IO
(atomically) and choose the format from ``--to`` or the extension.
"""

from __future__ import annotations

import importlib
from pathlib import Path
from types import ModuleType

from toolkit.errors import UnknownFormatError
from toolkit.fsio import atomic_write, read_bytes
from toolkit.model import Catalog

#: format name -> module under toolkit.formats (imported lazily).
FORMATS: dict[str, str] = {
    "po": "toolkit.formats.po",
    "xliff": "toolkit.formats.xliff12",
    "xliff2": "toolkit.formats.xliff2",
    "tmx": "toolkit.formats.tmx",
}

#: file extension -> format name.
EXTENSIONS: dict[str, str] = {
    ".po": "po",
    ".pot": "po",
    ".xlf": "xliff",
    ".xliff": "xliff",
    ".xlf2": "xliff2",
    ".xliff2": "xliff2",
    ".tmx": "tmx",
}


def module_for(fmt: str) -> ModuleType:
    try:
        return importlib.import_module(FORMATS[fmt])
    except KeyError:
        raise UnknownFormatError(
            f"unknown format {fmt!r}; choose one of: {', '.join(FORMATS)}") from None


def detect(path: str | Path, explicit: str | None = None) -> str:
    """Format name from ``explicit`` (``--to``) or the file extension."""
    if explicit:
        module_for(explicit)
        return explicit
    suffix = Path(path).suffix.lower()
    try:
        return EXTENSIONS[suffix]
    except KeyError:
        raise UnknownFormatError(
            f"cannot tell the format from the extension {suffix or '(none)'!r}; "
            f"use one of {', '.join(sorted(EXTENSIONS))} or --to", path) from None


def read_catalog(path: str | Path, fmt: str | None = None) -> Catalog:
    """Read a catalog file in any supported format."""
    name = detect(path, fmt)
    data = read_bytes(path)
    catalog: Catalog = module_for(name).read(data, str(path))
    return catalog


def write_catalog(catalog: Catalog, path: str | Path, fmt: str | None = None) -> None:
    """Write ``catalog`` atomically in the format chosen by ``fmt`` or the extension."""
    name = detect(path, fmt)
    data: bytes = module_for(name).write(catalog)
    atomic_write(path, data)
