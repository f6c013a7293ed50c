"""MO files: Python's gettext and GNU msgunfmt read back what we compile."""

from __future__ import annotations

import gettext
import io
from pathlib import Path

from tests.conftest import run_gettext
from toolkit.formats import mo
from toolkit.model import Catalog, Unit

HEADER = {
    "Content-Type": "text/plain; charset=UTF-8",
    "Language": "kk",
    "Plural-Forms": "nplurals=2; plural=(n != 1);",
}


def catalog() -> Catalog:
    return Catalog(
        units=(
            Unit("Head of State", ("Мемлекет басшысы",)),
            Unit("May", ("Мамыр",), context="month"),
            Unit("May", ("рұқсат",), context="verb"),
            Unit("{n} deputy", ("{n} депутат", "{n} депутаттар"), source_plural="{n} deputies"),
            Unit("Fuzzy one", ("Күмәнді",), flags=("fuzzy",)),
            Unit("Not yet", ("",)),
            Unit("Gone", ("Кетті",), obsolete=True),
        ),
        header=HEADER,
        target_lang="kk",
    )


def test_python_gettext_reads_our_mo() -> None:
    translations = gettext.GNUTranslations(io.BytesIO(mo.write(catalog())))
    assert translations.gettext("Head of State") == "Мемлекет басшысы"
    assert translations.pgettext("month", "May") == "Мамыр"
    assert translations.pgettext("verb", "May") == "рұқсат"
    assert translations.ngettext("{n} deputy", "{n} deputies", 1) == "{n} депутат"
    assert translations.ngettext("{n} deputy", "{n} deputies", 5) == "{n} депутаттар"
    # Left out like msgfmt does: fuzzy, untranslated, obsolete.
    assert translations.gettext("Fuzzy one") == "Fuzzy one"
    assert translations.gettext("Not yet") == "Not yet"
    assert translations.gettext("Gone") == "Gone"
    assert translations.info()["language"] == "kk"


def test_gnu_msgunfmt_reads_our_mo(tmp_path: Path) -> None:
    path = tmp_path / "kk.mo"
    path.write_bytes(mo.write(catalog()))
    result = run_gettext("msgunfmt", str(path))
    assert result.returncode == 0, result.stderr
    out = result.stdout
    assert 'msgid "Head of State"\nmsgstr "Мемлекет басшысы"' in out
    assert 'msgctxt "month"\nmsgid "May"\nmsgstr "Мамыр"' in out
    assert 'msgstr[1] "{n} депутаттар"' in out
    assert "Fuzzy one" not in out and "Gone" not in out


def test_compile_refuses_what_msgfmt_refuses(tmp_path: Path, monkeypatch: object) -> None:
    from typer.testing import CliRunner

    from toolkit.cli import app

    bad = tmp_path / "kk.po"
    bad.write_text('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
                   '"Language: kk\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
                   'msgid "a"\nmsgid_plural "as"\nmsgstr[0] "x"\nmsgstr[1] "y"\nmsgstr[2] "z"\n',
                   encoding="utf-8")
    result = CliRunner().invoke(app, ["compile", str(bad)])
    assert result.exit_code == 2
    assert result.stderr.startswith(f"{bad}:7: ") and "nplurals=2" in result.stderr
    assert not (tmp_path / "kk.mo").exists()
