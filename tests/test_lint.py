"""ruff and mypy over the code, as part of the test suite so that `./lmhtx test` (what CI runs)
fails on a finding. Their rules live in pyproject.toml ([tool.ruff], [tool.mypy]); mypy keeps its
cache in .mypy_cache, so after the first run (~25 s) it takes about a second."""

import subprocess
import sys

import pytest

from tests.helpers import ROOT


def check(*cmd: str) -> None:
    proc = subprocess.run([sys.executable, "-m", *cmd], cwd=ROOT, capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        pytest.fail(f"`{' '.join(cmd)}` found:\n{proc.stdout}{proc.stderr}", pytrace=False)


def test_ruff_finds_nothing():
    check("ruff", "check", "--no-fix", "--output-format", "concise", ".")


def test_mypy_finds_nothing():
    check("mypy")
