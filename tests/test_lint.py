"""ruff and mypy over the code, as part of the test suite so that `./lmhtx test` (what CI runs)
fails on a finding. Their rules live in pyproject.toml ([tool.ruff], [tool.mypy]); mypy keeps its
cache in .mypy_cache, so a second run takes seconds."""

import subprocess
import sys

from tests.helpers import ROOT


def _run(*cmd: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", *cmd], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing():
    proc = _run("ruff", "check", "--no-fix", "--output-format", "concise", ".")
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_mypy_finds_nothing():
    proc = _run("mypy")
    assert proc.returncode == 0, proc.stdout + proc.stderr
