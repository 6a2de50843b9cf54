"""Run every benchmark and write bench/RESULTS.md (see bench/README.md).

    .venv/bin/python -m bench            # the full run (~2,000-article corpus, 100k search archive)
    .venv/bin/python -m bench --quick    # a smoke run with small sizes (a few minutes)
    .venv/bin/python -m bench --only quality,throughput --out /tmp/RESULTS.md
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from . import corpus as corpus_mod
from .common import serve

PARTS = ["quality", "throughput", "indexing", "search", "nightly"]
FULL = dict(per_site=280, half=140, repeats=3, n_bulk=2_000, n_single=2_000, search_n=100_000, search_runs=60,
            es_n=10_000, es_runs=20)
QUICK = dict(per_site=20, half=10, repeats=2, n_bulk=300, n_single=300, search_n=5_000, search_runs=10,
             es_n=1_000, es_runs=5)


def log(*a) -> None:
    print(time.strftime("%H:%M:%S"), *a, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    ap.add_argument("--quick", action="store_true", help="small sizes: a smoke run")
    ap.add_argument("--only", help=f"comma-separated parts (default all): {','.join(PARTS)}")
    ap.add_argument("--seed", type=int, default=2025, help="corpus seed")
    ap.add_argument("--per-site", type=int, help="synthetic articles per site (full: 280, ~2,000 in all)")
    ap.add_argument("--repeats", type=int)
    ap.add_argument("--cache", type=Path, default=Path(os.environ.get("LMHTX_BENCH_CACHE",
                                                                      Path(tempfile.gettempdir()) / "lmhtx-bench")),
                    help="where generated corpora are kept ($LMHTX_BENCH_CACHE, default /tmp/lmhtx-bench)")
    ap.add_argument("--out", type=Path, default=Path(__file__).with_name("RESULTS.md"))
    ap.add_argument("--json", type=Path, help="also write the raw results as JSON")
    ap.add_argument("--no-newsplease", action="store_true", help="skip news-please (no venv is created)")
    args = ap.parse_args(argv)
    size = dict(QUICK if args.quick else FULL)
    if args.per_site:
        size.update(per_site=args.per_site, half=max(1, args.per_site // 2))
    if args.repeats:
        size["repeats"] = args.repeats
    parts = args.only.split(",") if args.only else PARTS
    unknown = set(parts) - set(PARTS)
    if unknown:
        ap.error(f"unknown part(s): {', '.join(sorted(unknown))}")

    from .env import newsplease_python, newsplease_version

    np_python = None
    if not args.no_newsplease and ("quality" in parts or "throughput" in parts):
        np_python = newsplease_python()
    results: dict = {"started": datetime.now(UTC).isoformat(timespec="seconds"), "quick": args.quick,
                     "size": size, "seed": args.seed, "machine": machine(), "parts": parts,
                     "load_before": os.getloadavg()}
    t_all = time.perf_counter()
    log(f"corpus: {size['per_site']} synthetic articles per site (seed {args.seed}) in {args.cache}")
    full, summary = corpus_mod.cached_corpus(args.cache, per_site=size["per_site"], seed=args.seed)
    truth = corpus_mod.load_truth(full)
    results["corpus"] = summary

    if "quality" in parts:
        from . import quality

        with serve(full) as sites:
            registry = sites.write_registry(Path(tempfile.mkdtemp(prefix="lmhtx-bench-")) / "sites.yaml")
            q = quality.run(sites, truth, registry, full, repeats=size["repeats"], newsplease=np_python, log=log)
        results["quality"] = {k: {kk: vv for kk, vv in v.items() if kk != "_scores"}
                              for k, v in q.items() if not k.startswith("_")}
        results["quality_worst"] = {t: quality.worst(q, t, 6) for t in ("ours",)}
    if "throughput" in parts:
        from . import newsplease_crawl, throughput

        half, _ = corpus_mod.cached_corpus(args.cache, per_site=size["half"], seed=args.seed)
        np_run = None
        if np_python is not None:
            def np_run(corpus, truth):
                return newsplease_crawl.run(corpus, truth, np_python, log=log)
        t = throughput.run({"full": (full, truth), "half": (half, corpus_mod.load_truth(half))}, serve,
                           repeats=size["repeats"], log=log, newsplease=np_run)
        if "newsplease_crawl" in t:
            results["newsplease_crawl"] = t.pop("newsplease_crawl")
        results["throughput"] = t
    if "indexing" in parts:
        from . import indexing

        results["indexing"] = indexing.run(n_bulk=size["n_bulk"], n_single=size["n_single"],
                                           repeats=size["repeats"], log=log)
    if "search" in parts:
        from . import search

        log(f"search: embedded backend, {size['search_n']:,} articles")
        results["search_embedded"] = search.embedded(size["search_n"], size["search_runs"])
        log(f"search: osmem-server, {size['es_n']:,} articles")
        results["search_elastic"] = search.elastic(size["es_n"], size["es_runs"])
    if "nightly" in parts:
        from . import nightly

        after, _ = corpus_mod.cached_corpus(args.cache, per_site=size["per_site"], seed=args.seed, new=nightly.NEW)
        results["nightly"] = nightly.run(full, after, truth, corpus_mod.load_truth(after), log=log)
    results["load_after"] = os.getloadavg()
    results["total_s"] = time.perf_counter() - t_all
    results["versions"] = versions(newsplease_version())
    from .report import render

    args.out.write_text(render(results), encoding="utf-8")
    if args.json:
        args.json.write_text(json.dumps(results, ensure_ascii=False, indent=1, default=str), encoding="utf-8")
    log(f"wrote {args.out} in {results['total_s'] / 60:.1f} min")
    return 0


def machine() -> dict:
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        mem = f"{int(Path('/proc/meminfo').read_text().split()[1]) / 1024 / 1024:.1f} GB"
    except (OSError, ValueError, IndexError):
        pass
    return {"cpu": cpu, "cores": os.cpu_count(), "memory": mem, "os": platform.platform(),
            "python": platform.python_version()}


def versions(newsplease: str | None) -> dict:
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in ("lmhtx-archive", "scrapy", "trafilatura", "lxml", "elasticsearch", "osmem-server"):
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = None
    out["news-please"] = newsplease
    import subprocess

    try:
        out["commit"] = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True,
                                       cwd=Path(__file__).parent).stdout.strip()
    except OSError:
        out["commit"] = None
    return out


if __name__ == "__main__":
    sys.exit(main())
