"""Reading and writing files safely: the only place that opens user files for writing.

* :func:`read_text` decodes a text file or raises one clear :class:`InputError` (missing,
  a folder, binary, NUL bytes, not UTF-8 with a guess at cp1251/UTF-16, too large).
* :func:`atomic_write` writes through a temporary file in the same folder and renames it
  over the target, so an interrupted run leaves the old file or the new one, never half.
* :func:`locked` serialises writers of one folder with an advisory lock on the folder.
"""

from __future__ import annotations

import contextlib
import errno
import fcntl
import os
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from toolkit.errors import EncodingError, InputError, LockedError, OutputError

#: Largest input file we read into memory (documented in docs/limits.md).
MAX_INPUT_BYTES = 512 * 1024 * 1024

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)


@dataclass(frozen=True)
class TextFile:
    """A decoded text file and what is needed to write it back the same way."""

    text: str  # with "\n" line endings
    encoding: str  # codec name used to decode ("utf-8", "utf-8-sig", "cp1251", ...)
    newline: str  # "\n" or "\r\n", as found in the file
    bom: bool


def read_bytes(path: str | Path, *, limit: int = MAX_INPUT_BYTES) -> bytes:
    """Read a whole file, with one-line errors for the usual failures."""
    p = Path(path)
    try:
        if p.is_dir():
            raise InputError("is a directory, expected a file", p)
        size = p.stat().st_size
        if size > limit:
            raise InputError(f"file is too large ({size} bytes; the limit is {limit})", p)
        return p.read_bytes()
    except FileNotFoundError:
        raise InputError("no such file", p) from None
    except PermissionError:
        raise InputError("permission denied", p) from None
    except IsADirectoryError:
        raise InputError("is a directory, expected a file", p) from None
    except OSError as exc:
        raise InputError(exc.strerror or str(exc), p) from None


def _line_of(data: bytes, offset: int) -> int:
    return data.count(b"\n", 0, offset) + 1


def looks_like_cp1251(data: bytes) -> bool:
    """Many bytes in the cp1251 Cyrillic range (0xC0-0xFF) and they decode to letters."""
    high = sum(1 for b in data if b >= 0xC0)
    if high < 3:
        return False
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        return False
    letters = sum(1 for ch in text if "\u0400" <= ch <= "\u04ff")
    return letters >= high * 0.9


def decode_text(data: bytes, path: str | Path, *, encoding: str | None = None) -> TextFile:
    """Decode ``data``; UTF-8 unless a BOM or ``encoding`` says otherwise."""
    bom = False
    codec = encoding or "utf-8"
    if encoding is None:
        for marker, name in _BOMS:
            if data.startswith(marker):
                codec, bom = name, True
                break
    if not bom and b"\x00" in data:
        offset = data.index(b"\x00")
        raise InputError("binary file (NUL byte); expected text", path, _line_of(data, offset))
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        line = _line_of(data, exc.start)
        if codec.startswith("utf-8") and looks_like_cp1251(data):
            raise EncodingError(
                "not valid UTF-8; it looks like cp1251 (Windows Cyrillic): "
                "convert it with `iconv -f cp1251 -t utf-8`",
                path,
                line,
            ) from None
        bad = data[exc.start]
        raise EncodingError(f"not valid {codec}: byte 0x{bad:02x}", path, line) from None
    except LookupError:
        raise EncodingError(f"unknown encoding {codec!r}", path) from None
    if bom and text.startswith("\ufeff"):  # utf-16-le/-be keep the mark as a character
        text = text[1:]
    if bom and "\x00" in text:
        raise InputError("binary file (NUL character); expected text", path)
    if codec == "utf-8-sig":
        bom = True
    newline = "\r\n" if "\r\n" in text else "\n"
    if newline == "\r\n":
        text = text.replace("\r\n", "\n")
    return TextFile(text=text, encoding=codec, newline=newline, bom=bom)


def read_text(path: str | Path, *, encoding: str | None = None) -> TextFile:
    """Read and decode a text file (see :func:`decode_text`)."""
    return decode_text(read_bytes(path), path, encoding=encoding)


def encode_text(text: str, *, encoding: str = "utf-8", newline: str = "\n") -> bytes:
    """Inverse of :func:`decode_text`: restore line endings, encoding and BOM."""
    if newline != "\n":
        text = text.replace("\n", newline)
    return text.encode(encoding)


def atomic_write(path: str | Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (temporary file + fsync + rename).

    The file keeps its permission bits when it existed.  Raises :class:`OutputError`.
    """
    target = Path(path)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create folder: {exc.strerror}", folder) from None
    try:
        mode = target.stat().st_mode & 0o7777 if target.exists() else None
    except OSError:
        mode = None
    tmp_name = None
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        if mode is not None:
            os.chmod(tmp_name, mode)
        else:
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(tmp_name, 0o666 & ~umask)
        os.replace(tmp_name, target)
        tmp_name = None
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", target) from None
    finally:
        if tmp_name is not None:
            with contextlib.suppress(OSError):
                os.unlink(tmp_name)


def atomic_write_text(
    path: str | Path, text: str, *, encoding: str = "utf-8", newline: str = "\n"
) -> None:
    atomic_write(path, encode_text(text, encoding=encoding, newline=newline))


def check_writable_dir(path: str | Path) -> None:
    """Fail early (before any work) when ``path`` cannot hold our output."""
    p = Path(path)
    probe = p
    while not probe.exists():
        probe = probe.parent
    if not probe.is_dir():
        raise OutputError("is not a directory", probe)
    if not os.access(probe, os.W_OK | os.X_OK):
        raise OutputError("directory is not writable", probe)


@contextlib.contextmanager
def locked(folder: str | Path, *, timeout: float = 30.0) -> Iterator[None]:
    """Hold an exclusive advisory lock on ``folder`` while rewriting the files in it.

    The lock is ``flock`` on the folder itself (the nearest existing ancestor when the folder
    does not exist yet), so no lock file is ever created or left behind, even when the
    command then fails.  A second writer waits up to ``timeout`` seconds, then fails with
    :class:`LockedError` (``TOOLKIT_LOCK_TIMEOUT`` overrides the wait).  Advisory: it
    serialises toolkit processes, not other programs.
    """
    timeout = float(os.environ.get("TOOLKIT_LOCK_TIMEOUT", timeout))
    d = Path(folder)
    probe = d
    while not probe.exists() and probe != probe.parent:
        probe = probe.parent
    try:
        fd = os.open(probe, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError as exc:
        raise OutputError(f"cannot open folder to lock it: {exc.strerror}", probe) from None
    try:
        deadline = time.monotonic() + timeout
        while True:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError as exc:
                if exc.errno not in (errno.EAGAIN, errno.EACCES):
                    raise
                if time.monotonic() >= deadline:
                    raise LockedError(
                        f"another toolkit process is writing here (waited {timeout:.0f} s)",
                        probe,
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        with contextlib.suppress(OSError):
            fcntl.flock(fd, fcntl.LOCK_UN)
        os.close(fd)
