"""One hierarchy of errors; the CLI turns every :class:`ToolkitError` into exit code 2.

Library code raises these and never prints.  ``str(error)`` is the single line the user
sees: ``path:line: message`` (line omitted when unknown, path omitted when there is none).
"""

from __future__ import annotations

from pathlib import Path


class ToolkitError(Exception):
    """Base of every error the toolkit reports to a user (exit code 2)."""

    def __init__(
        self, message: str, path: str | Path | None = None, line: int | None = None
    ) -> None:
        super().__init__(message)
        self.message = message
        self.path = str(path) if path is not None else None
        self.line = line

    def __str__(self) -> str:
        where = ""
        if self.path is not None:
            where = self.path if self.line is None else f"{self.path}:{self.line}"
            where += ": "
        # One line, whatever the message carried.
        return where + " ".join(self.message.split())


class InputError(ToolkitError):
    """A file the user gave us is missing, unreadable, malformed, hostile or too large."""


class EncodingError(InputError):
    """A text file is not in the encoding it must be in (we say what it probably is)."""


class ConfigError(ToolkitError):
    """``[tool.toolkit]`` in pyproject.toml is wrong (unknown key, bad value)."""


class UsageError(ToolkitError):
    """Bad command-line options or arguments that the option parser could not catch."""


class UnknownFormatError(UsageError):
    """A file format could not be chosen from an extension or ``--to``."""


class OutputError(ToolkitError):
    """An output file or folder cannot be written."""


class LockedError(ToolkitError):
    """Another toolkit process holds the lock on a catalog we were about to rewrite."""
