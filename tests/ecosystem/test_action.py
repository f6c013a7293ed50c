"""The composite GitHub Action: its shell steps run as a runner would run them and give
SARIF 2.1.0 and workflow-command annotations; its exit code follows fail-on."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from tests.conftest import ROOT

BROKEN = ('msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: kk\\n"\n'
          '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
          'msgid "Over 15,000 events were held."\nmsgstr "16 000-нан астам іс-шара өтті."\n')


def steps() -> list[dict[str, object]]:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    return list(action["runs"]["steps"])


def run_step(step: dict[str, object], inputs: dict[str, str], workspace: Path,
             output: Path) -> subprocess.CompletedProcess[str]:
    """Run a `run:` step like the runner: ${{ inputs.* }} only ever reach it through env."""
    env = dict(os.environ)
    env["PATH"] = f"{Path(sys.executable).parent}{os.pathsep}{env.get('PATH', '')}"
    env["GITHUB_OUTPUT"] = str(output)
    for key, value in dict(step.get("env", {})).items():  # type: ignore[arg-type]
        match = re.fullmatch(r"\$\{\{ inputs\.([\w-]+) \}\}", str(value))
        env[key] = inputs[match.group(1)] if match else ""
    script = str(step["run"])
    assert "${{" not in script, "inputs must not be spliced into shell code"
    return subprocess.run(["bash", "-e", "-c", script], cwd=workspace, env=env,
                          capture_output=True, text=True, check=False)


def test_action_steps_write_sarif_and_annotations(tmp_path: Path) -> None:
    workspace = tmp_path / "ws"
    (workspace / "locales" / "kk" / "LC_MESSAGES").mkdir(parents=True)
    (workspace / "pyproject.toml").write_text('[tool.toolkit]\ntargets = ["kk"]\n',
                                              encoding="utf-8")
    (workspace / "locales" / "kk" / "LC_MESSAGES" / "a.po").write_text(BROKEN, encoding="utf-8")
    shutil.copytree(ROOT / "glossary", workspace / "glossary")
    output = tmp_path / "github_output"
    output.touch()
    inputs = {"paths": "locales", "glossary": "", "fail-on": "error",
              "sarif-file": "out.sarif", "version": "", "python-version": "3.11"}
    by_name = {str(s.get("name", "")): s for s in steps()}
    sarif_step = run_step(by_name["SARIF report"], inputs, workspace, output)
    assert sarif_step.returncode == 0, sarif_step.stderr
    sarif = json.loads((workspace / "out.sarif").read_text(encoding="utf-8"))
    assert sarif["version"] == "2.1.0"
    run = sarif["runs"][0]
    rule_ids = {rule["name"]: rule["id"] for rule in run["tool"]["driver"]["rules"]}
    assert any(r["ruleId"] == rule_ids["numbers"] for r in run["results"])
    assert "file=out.sarif" in output.read_text(encoding="utf-8")
    annotate = run_step(by_name["Annotations"], inputs, workspace, output)
    assert annotate.returncode == 1  # fail-on error: the job fails
    line = next(ln for ln in annotate.stdout.splitlines() if "numbers" in ln)
    assert re.match(r"^::error file=locales/kk/LC_MESSAGES/a\.po,line=\d+(,[a-z]+=[^,:]+)*::",
                    line), line
    relaxed = run_step(by_name["Annotations"], {**inputs, "fail-on": "never"}, workspace, output)
    assert relaxed.returncode == 0
