"""Nightly cost: `lmhtx nightly --sites REGISTRY --data-dir D` (app/nightly.py) three times on
one archive: a first run over the corpus, a second with nothing changed, a third after 20 new
articles appeared on 3 sites (the same corpus rebuilt with them: their listings, feeds,
sitemaps and sidebars change as a portal's would). The sites are served on fixed ports, so
one registry holds for both versions. Requests are counted by the sample server (every
request, robots.txt and 304s included); wall time around the subprocess. Politeness is off
(the benchmark profile): the request counts do not depend on it, the wall times do."""

from __future__ import annotations

import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from crawler.archive import Archive

from .common import ROOT, serve
from .throughput import BENCH_PROFILE, _clean_env

NEW = {"lmhtx-thaibinh": 7, "lmhtx-daknong": 7, "lmhtx-nghean": 6}


def _free_port(ips: list[str]) -> int:
    for port in range(18080, 18200):
        try:
            for ip in ips:
                with socket.socket() as s:
                    s.bind((ip, port))
            return port
        except OSError:
            continue
    raise RuntimeError("no free port on the benchmark loopback addresses")


def _nightly(registry: Path, data: Path, log: Path) -> float:
    cmd = [sys.executable, "-m", "app.cli", "nightly", "--sites", str(registry), "--data-dir", str(data)]
    cmd += [x for k, v in BENCH_PROFILE.items() for x in ("-s", f"{k}={v}")]
    t0 = time.perf_counter()
    with log.open("w") as f:
        proc = subprocess.run(cmd, cwd=ROOT, stdout=f, stderr=subprocess.STDOUT, env=_clean_env(data))
    took = time.perf_counter() - t0
    if proc.returncode != 0:
        raise RuntimeError(f"lmhtx nightly failed ({proc.returncode}); see {log}")
    return took


def run(corpus_before: Path, corpus_after: Path, truth_before: list[dict], truth_after: list[dict], *,
        log=print) -> dict:
    if not (ROOT / "crawler" / "nightly.py").exists():
        return {"skipped": "app/nightly.py does not exist yet"}
    tmp = Path(tempfile.mkdtemp(prefix="lmhtx-bench-nightly-"))
    data = tmp / "data"
    from .common import IP_BASE

    n_sites = sum(1 for p in corpus_before.iterdir() if (p / "www").is_dir())
    port = _free_port([f"127.0.0.{IP_BASE + i}" for i in range(n_sites)])
    rows = []
    new_paths = {(t["site"], t["path"]) for t in truth_after} - {(t["site"], t["path"]) for t in truth_before}
    for label, corpus in (("first run", corpus_before), ("second run, nothing changed", corpus_before),
                          ("third run, 20 new articles on 3 sites", corpus_after)):
        with serve(corpus, port=port) as sites:
            registry = sites.write_registry(tmp / "sites.yaml")
            with Archive(data) as archive:
                before = {a["canonical_url"] for a in archive.articles()}
            took = _nightly(registry, data, tmp / f"run{len(rows) + 1}.log")
            requests = len(sites.requests)
            bases = {s: sites.base(s) for s in sites.site_ids}
        with Archive(data) as archive:
            run_row = archive.runs(1)[0]
            after = list(archive.articles())
        added = [a for a in after if a["canonical_url"] not in before]
        row = {"run": label, "requests": requests, "wall_s": took, "new_articles": len(added),
               "mode": run_row.get("mode"), "status": run_row.get("status")}
        if len(rows) == 2:
            found = {(a["site"], a["canonical_url"][len(bases[a["site"]]):]) for a in added}
            row["new_expected"] = len(new_paths)
            row["new_found_exactly"] = found == new_paths
            row["new_missed"] = sorted(new_paths - found)[:5]
            row["new_unexpected"] = sorted(found - new_paths)[:5]
        rows.append(row)
        log(f"nightly: {label}: {requests} requests, {took:.1f} s, {len(added)} new articles ({row['mode']})")
    first = rows[0]["requests"]
    return {"runs": rows, "second_share": rows[1]["requests"] / first if first else None,
            "third_found_exactly": rows[2].get("new_found_exactly"), "data": str(tmp)}
