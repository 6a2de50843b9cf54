"""Search latency: the two existing scripts, run as they are (each in its own process, so that
one's caches and memory do not colour the other's figures).

- bench/search_latency.py: the embedded backend on a synthetic archive (100,000 articles by
  default), p50/p95/max per query class, caches dropped before every search;
- bench/search_latency_elastic.py: osmem-server at the size it can hold in memory."""

from __future__ import annotations

import json
import re
import subprocess
import sys

from .common import ROOT

_LINE = re.compile(r"^(?P<name>.+?)\s+p50\s+(?P<p50>[\d.]+) ms\s+p95\s+(?P<p95>[\d.]+) ms")
_INDEXED = re.compile(r"indexed (\d+) articles in ([\d.]+) s \((\d+)/s\)")


def embedded(n: int, runs: int) -> dict:
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "search_latency.py"), "--n", str(n),
                          "--runs", str(runs), "--json"], cwd=ROOT, capture_output=True, text=True)
    if out.returncode not in (0, 1):  # 1: a class over budget, still a result
        raise RuntimeError(out.stderr[-2000:])
    report = json.loads(out.stdout)
    report.pop("db", None)
    return report


def elastic(n: int, runs: int) -> dict:
    from .env import ensure_bench_extra

    ensure_bench_extra()
    out = subprocess.run([sys.executable, str(ROOT / "bench" / "search_latency_elastic.py"), str(n), str(runs)],
                         cwd=ROOT, capture_output=True, text=True, check=True)
    classes = {}
    for line in out.stdout.splitlines():
        if m := _LINE.match(line):
            classes[m["name"].strip()] = {"p50": float(m["p50"]), "p95": float(m["p95"])}
    m = _INDEXED.search(out.stdout)
    return {"n": n, "runs": runs, "classes": classes, "docs_per_s": int(m.group(3)) if m else None}
