"""What the benchmarks need installed, installed by the benchmark command itself.

- the `bench` extra of pyproject.toml (osmem-server, for the indexing and Elasticsearch search
  figures) into the project venv, with constraints.txt;
- news-please into its own venv, bench/.venv-newsplease, from bench/requirements-newsplease.txt
  (pinned): it cannot share ours, because boto3/botocore (required by news-please) pin
  python-dateutil<3 while constraints.txt pins 4.0.0.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import venv
from pathlib import Path

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
NP_VENV = BENCH / ".venv-newsplease"
NP_REQUIREMENTS = BENCH / "requirements-newsplease.txt"


def _run(cmd: list[str]) -> None:
    print("bench: $", " ".join(cmd), file=sys.stderr, flush=True)
    subprocess.run(cmd, check=True)


def ensure_bench_extra() -> None:
    if importlib.util.find_spec("osmem_server") is not None or _has_osmem():
        return
    _run([sys.executable, "-m", "pip", "install", "-q", "-c", str(ROOT / "constraints.txt"), "-e", f"{ROOT}[bench]"])


def _has_osmem() -> bool:
    from shutil import which

    return which("osmem-server", path=os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])) is not None


def newsplease_python() -> Path:
    """The news-please venv's python, created on first use."""
    python = NP_VENV / "bin" / "python"
    marker = NP_VENV / ".installed"
    if python.exists() and marker.exists() and marker.read_text() == NP_REQUIREMENTS.read_text():
        return python
    if not python.exists():
        print(f"bench: creating {NP_VENV} for news-please", file=sys.stderr, flush=True)
        venv.EnvBuilder(with_pip=True, clear=True).create(NP_VENV)
    _run([str(python), "-m", "pip", "install", "-q", "-r", str(NP_REQUIREMENTS)])
    marker.write_text(NP_REQUIREMENTS.read_text())
    return python


def newsplease_version() -> str | None:
    python = NP_VENV / "bin" / "python"
    if not python.exists():
        return None
    out = subprocess.run([str(python), "-c", "import importlib.metadata as m; print(m.version('news-please'))"],
                         capture_output=True, text=True)
    return out.stdout.strip() or None
