"""The README's examples run as written."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

from click.testing import CliRunner

from recruitscan.cli import main

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")


def _blocks(lang: str) -> list[str]:
    return re.findall(rf"```{lang}\n(.*?)```", README, flags=re.S)


def test_readme_python_examples_run(capsys):
    blocks = _blocks("python")
    assert blocks
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})  # noqa: S102 - our own documentation
    out = capsys.readouterr().out
    assert "True" in out  # the flagged example prints its verdict


def test_readme_quick_start_screen_command_runs(monkeypatch):
    monkeypatch.chdir(Path(__file__).resolve().parents[1])
    line = next(ln for ln in _blocks("bash")[0].splitlines() if "recruitscan screen" in ln)
    args = shlex.split(line.split("&&", 1)[1].strip())[1:]
    result = CliRunner().invoke(main, [*args, "--jobs", "1"])
    assert result.exit_code == 0, result.output
    assert '"risk":"high"' in result.output
