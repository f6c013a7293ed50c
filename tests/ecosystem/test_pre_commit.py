"""Our pre-commit hooks, run by the real `pre-commit` package on a temporary git repo.

The hooks of `.pre-commit-hooks.yaml` are copied into a local config with
`language: system` (the toolkit is already installed in this virtualenv): a `language:
python` hook would pip-install the toolkit and its dependencies into a fresh environment
first, which takes minutes.  What is tested is ours: the entry, the file patterns, serial
runs and how exit codes and messages reach the user.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT

GOOD = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: kk\\n"\n'
        '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        'msgid "Over 15,000 events were held."\nmsgstr "15 000-нан астам іс-шара өтті."\n')


def run(args: list[str], cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}"
           f"{os.environ.get('PATH', '')}", "PRE_COMMIT_HOME": str(cwd.parent / "pc-home"),
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org"}
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, check=False)


def make_repo(tmp_path: Path) -> Path:
    repo = tmp_path / "repo"
    (repo / "locales" / "kk" / "LC_MESSAGES").mkdir(parents=True)
    (repo / "glossary").mkdir()
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    for hook in hooks:
        hook["language"] = "system"
    config = {"repos": [{"repo": "local", "hooks": hooks}]}
    (repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    (repo / "pyproject.toml").write_text('[tool.toolkit]\ntargets = ["kk"]\n', encoding="utf-8")
    termbase = next(p for p in sorted((ROOT / "glossary").iterdir())
                    if p.suffix in (".tbx", ".csv"))
    shutil.copyfile(termbase, repo / "glossary" / termbase.name)
    (repo / "locales" / "kk" / "LC_MESSAGES" / "article.po").write_text(GOOD, encoding="utf-8")
    assert run(["git", "init", "-q"], repo).returncode == 0
    assert run(["git", "add", "-A"], repo).returncode == 0
    return repo


def test_hooks_pass_on_clean_files_and_fail_on_a_broken_number(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    clean = run(["pre-commit", "run", "--all-files"], repo)
    assert clean.returncode == 0, clean.stdout + clean.stderr
    assert "toolkit check (translation QA)" in clean.stdout and "Passed" in clean.stdout
    assert "toolkit glossary validate" in clean.stdout
    po = repo / "locales" / "kk" / "LC_MESSAGES" / "article.po"
    po.write_text(GOOD.replace("15 000", "16 000"), encoding="utf-8")
    run(["git", "add", "-A"], repo)
    broken = run(["pre-commit", "run", "--all-files"], repo)
    assert broken.returncode == 1
    assert "Failed" in broken.stdout
    assert "numbers" in broken.stdout and "article.po" in broken.stdout


def test_glossary_hook_reports_a_broken_termbase(tmp_path: Path) -> None:
    repo = make_repo(tmp_path)
    bad = repo / "glossary" / "extra.csv"
    bad.write_text("concept_id,lang,term,status,part_of_speech,note\n"
                   "x,kk,Сенат,preferred,noun,\nx,kk,Сенат,deprecated,noun,\n", encoding="utf-8")
    run(["git", "add", "-A"], repo)
    result = run(["pre-commit", "run", "toolkit-glossary-validate", "--all-files"], repo)
    assert result.returncode != 0
    assert "extra.csv" in result.stdout
