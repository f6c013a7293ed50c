"""Every command meets every bad input with one clear line and exit code 2, or processes a
valid-but-unusual input correctly; nothing is created, changed or leaked on failure."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from tests.hostile.expectations import COMMANDS, ERROR, EXPECTED, GENERATED, OK
from toolkit.cli import app

CORPUS = Path(__file__).parent / "corpus"

GOOD_PO = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n'
           '"Language: kk\\n"\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
           '#: sources/a.txt:1\nmsgid "The Senate met."\nmsgstr "Сенат жиналды."\n')
GOOD_TBX = ('<?xml version="1.0" encoding="UTF-8"?>\n'
            '<tbx type="TBX-Basic" style="dca" xml:lang="en" '
            'xmlns="urn:iso:std:iso:30042:ed-2">\n'
            '<tbxHeader><fileDesc><sourceDesc><p>test</p></sourceDesc></fileDesc></tbxHeader>\n'
            '<text><body><conceptEntry id="senate"><langSec xml:lang="en"><termSec>'
            '<term>Senate</term></termSec></langSec><langSec xml:lang="kk"><termSec>'
            '<term>Сенат</term></termSec></langSec></conceptEntry></body></text></tbx>\n')

XLIFF_OPEN = ('<?xml version="1.0"?>\n<xliff version="1.2" '
              'xmlns="urn:oasis:names:tc:xliff:document:1.2"><file source-language="en" '
              'target-language="kk" datatype="plaintext" original="a"><body>')
TMX_OPEN = ('<?xml version="1.0"?>\n<tmx version="1.4"><header creationtool="x" '
            'creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="en" '
            'datatype="plaintext"/><body>')
TBX_OPEN = ('<?xml version="1.0"?>\n<tbx type="TBX-Basic" style="dca" xml:lang="en" '
            'xmlns="urn:iso:std:iso:30042:ed-2"><text><body>')


def generate(name: str, folder: Path) -> Path:
    """The large hostile files, made on demand."""
    path = folder / name
    depth = 10_000
    if name == "deep-nesting.xlf":
        body = "<g>" * depth + "x" + "</g>" * depth
        path.write_text(XLIFF_OPEN + f'<trans-unit id="1"><source>{body}</source></trans-unit>'
                        "</body></file></xliff>\n", encoding="utf-8")
    elif name == "deep-nesting.tmx":
        body = "<hi>" * depth + "x" + "</hi>" * depth
        path.write_text(TMX_OPEN + f'<tu><tuv xml:lang="en"><seg>{body}</seg></tuv></tu>'
                        "</body></tmx>\n", encoding="utf-8")
    elif name == "deep-nesting.tbx":
        body = "<hi>" * depth + "x" + "</hi>" * depth
        path.write_text(TBX_OPEN + f'<conceptEntry id="c"><langSec xml:lang="en"><termSec>'
                        f"<term>{body}</term></termSec></langSec></conceptEntry>"
                        "</body></text></tbx>\n", encoding="utf-8")
    elif name == "huge-text-node.xlf":
        path.write_text(XLIFF_OPEN + '<trans-unit id="1"><source>' + "x" * 10_500_000
                        + "</source></trans-unit></body></file></xliff>\n", encoding="utf-8")
    elif name == "huge-text-node.tmx":
        path.write_text(TMX_OPEN + '<tu><tuv xml:lang="en"><seg>' + "x" * 10_500_000
                        + "</seg></tuv></tu></body></tmx>\n", encoding="utf-8")
    else:  # pragma: no cover - a typo in GENERATED
        raise AssertionError(name)
    return path


def cases() -> list[tuple[str, str, str]]:
    out = []
    for name, outcome in {**EXPECTED, **GENERATED}.items():
        for command in COMMANDS[Path(name).suffix]:
            out.append((name, command, outcome))
    return out


def digest(folder: Path) -> dict[str, str]:
    return {str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(folder.rglob("*")) if p.is_file()}


def argv(command: str, target: Path, work: Path) -> tuple[list[str], Path | None]:
    """The command line for one case, and the output it may create."""
    out = work / "out"
    if command == "check":
        return ["check", str(target), "--format", "json"], None
    if command == "convert":
        dest = out / ("converted.xlf" if target.suffix == ".po" else "converted.po")
        return ["convert", str(target), str(dest)], dest
    if command == "export":
        dest = out / "review.pdf"
        return ["export", "pdf", str(target), "-o", str(dest)], dest
    if command == "stats":
        return ["stats", str(target)], None
    if command == "segment":
        return ["segment", str(target), "--source-lang", "en", "--target", "kk",
                "--out", str(out)], out / f"{target.stem}.pot"
    if command == "segment-tm":
        source = work / "source.txt"
        source.write_text("Head of State.\n", encoding="utf-8")
        return ["segment", str(source), "--target", "kk", "--tm", str(target),
                "--out", str(out)], out / "source.pot"
    if command == "glossary-validate":
        return ["glossary", "validate", "--glossary", str(target)], None
    if command == "glossary-import":
        base = work / "termbase.tbx"
        base.write_text(GOOD_TBX, encoding="utf-8")
        return ["glossary", "import", str(target), "--glossary", str(base)], None
    if command == "check-glossary":
        po = work / "kk.po"
        po.write_text(GOOD_PO, encoding="utf-8")
        return ["check", str(po), "--glossary", str(target), "--format", "json"], None
    raise AssertionError(command)


@pytest.mark.parametrize(("name", "command", "outcome"), cases(),
                         ids=[f"{n}-{c}" for n, c, _ in cases()])
def test_hostile_input(name: str, command: str, outcome: str, tmp_path: Path,
                       monkeypatch: pytest.MonkeyPatch) -> None:
    work = tmp_path / "work"
    work.mkdir()
    monkeypatch.chdir(work)  # no pyproject.toml here: defaults, not the repo's settings
    if name in GENERATED:
        target = generate(name, tmp_path)
    else:
        target = tmp_path / name
        shutil.copyfile(CORPUS / name, target)
    args, created = argv(command, target, work)
    before_input = target.read_bytes()
    before_work = digest(work)
    result = CliRunner().invoke(app, args)
    assert result.exception is None or isinstance(result.exception, SystemExit), (
        f"crashed: {result.exception!r}")
    everything = result.stdout + result.stderr
    assert "Traceback" not in everything
    assert "root:" not in everything  # no /etc/passwd content leaked
    if outcome == ERROR:
        lines = result.stderr.strip().splitlines()
        assert result.exit_code == 2, (result.exit_code, everything)
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith(str(target)), lines[0]
        assert target.read_bytes() == before_input
        assert digest(work) == before_work, "a failed command changed files"
        if created is not None:
            assert not created.exists()
    else:
        assert outcome == OK
        assert result.exit_code in (0, 1), (result.exit_code, everything)
        if created is not None and command != "segment-tm":
            assert created.exists()
