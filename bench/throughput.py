"""Crawl throughput, end to end: a real `scrapy crawl portals` subprocess over the loopback
corpus into a fresh archive (SQLite + WARC + embedded search index: every pipeline on), with
politeness off (BENCH_PROFILE; robots.txt still obeyed). The child's CPU and peak RSS come from
os.wait4's rusage (the child alone: the sample server runs in this process). Beside each crawl,
in the same repeat, bare trafilatura (every default) extracts the same article pages in this
process: the ratio of the two CPU figures is taken per repeat, so that a busy machine slows
both alike.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import trafilatura

from crawler.archive import Archive
from crawler.parsing import decode_html

from .common import ROOT, fetch_articles, score_page, spread, summarise
from .corpus import boilerplate

# The benchmark settings profile: no delays, no AutoThrottle, high concurrency; robots.txt
# is still obeyed and every pipeline (archive, WARC, embedded index) still runs.
BENCH_PROFILE = {
    "DOWNLOAD_DELAY": "0",
    "DOWNLOAD_DELAY_JITTER": "0",
    "AUTOTHROTTLE_ENABLED": "False",
    "CONCURRENT_REQUESTS": "64",
    "CONCURRENT_REQUESTS_PER_DOMAIN": "16",
    "ROBOTSTXT_OBEY": "True",
    "RETRY_BACKOFF_BASE": "0.05",
    "LOG_LEVEL": "INFO",
    "LMHTX_PROGRESS_INTERVAL": "0",
}


def profile_args(profile: dict[str, str] = BENCH_PROFILE) -> list[str]:
    return [x for k, v in profile.items() for x in ("-s", f"{k}={v}")]


def _clean_env(data: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("ELASTICSEARCH")}
    env.update(LMHTX_DATA=str(data), LMHTX_CONTACT="bench@localhost")
    return env


def crawl_once(registry: Path, data: Path, log_path: Path) -> dict:
    """One crawl into `data` (must not hold an archive yet). Returns its figures."""
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portals", "-a", f"sites={registry}", *profile_args()]
    with log_path.open("w") as log:
        t0 = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, env=_clean_env(data))
        _, status, usage = os.wait4(proc.pid, 0)
        wall = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise RuntimeError(f"crawl failed ({proc.returncode}); see {log_path}")
    with Archive(data) as archive:
        run = archive.runs(1)[0]
        items = list(archive.articles())
    stats = run["stats"] or {}
    article_pages = sum(v for k, v in stats.items() if k.startswith("portals/site/") and k.endswith("/article"))
    cpu = usage.ru_utime + usage.ru_stime
    return {"wall_s": wall, "cpu_s": cpu, "maxrss_mb": usage.ru_maxrss / 1024, "article_pages": article_pages,
            "archived": len(items), "requests": stats.get("downloader/request_count"),
            "elapsed_s": stats.get("elapsed_time_seconds"), "items": items,
            "pages_per_s": article_pages / wall if wall else None,
            "cpu_ms_per_article_page": cpu / article_pages * 1000 if article_pages else None}


def trafilatura_cpu(htmls: list[str], urls: list[str]) -> float:
    """CPU seconds per page of bare trafilatura (defaults) over the pages."""
    t0 = time.process_time()
    for html, url in zip(htmls, urls):
        trafilatura.bare_extraction(html, url=url)
    return (time.process_time() - t0) / len(htmls)


def score_crawl(items: list[dict], truth: list[dict], bases: dict[str, str], corpus: Path) -> dict:
    """The archive of a crawl against the ground truth: each true article found once?"""
    by_path: dict[tuple[str, str], dict] = {}
    for t in truth:
        for p in [t["path"], *t.get("aliases", [])]:
            by_path[(t["site"], p)] = t
    bps = {site: boilerplate(corpus, site) for site in {t["site"] for t in truth}}
    scores, extra, seen = [], [], set()
    for item in items:
        base = bases.get(item["site"], "")
        url = item["canonical_url"]
        path = url[len(base):] if url.startswith(base) else urlsplit(url).path
        t = by_path.get((item["site"], path))
        if t is None:
            extra.append(url)
            continue
        seen.add((t["site"], t["path"]))
        scores.append(score_page({"title": item["title"], "text": item["text"], "date": item.get("published")},
                                 t, bps[t["site"]]))
    missed = [(t["site"], t["path"]) for t in truth if (t["site"], t["path"]) not in seen]
    return {**summarise(scores), "extra_items": extra[:20], "extra_count": len(extra),
            "missed": missed[:20], "missed_count": len(missed)}


def run(corpora: dict[str, tuple[Path, list[dict]]], serve, *, repeats: int = 3, log=print,
        keep: Path | None = None, newsplease=None) -> dict:
    """corpora: {"full": (corpus dir, truth), "half": (...)}. Interleaved: each repeat crawls
    every size, then times trafilatura on the full corpus's article pages. `newsplease(corpus,
    truth)`, if given, runs news-please's crawler once on the full corpus right after the first
    full crawl (out["newsplease_crawl"], with our pages/s of that same repeat beside it)."""
    out: dict = {"profile": BENCH_PROFILE, "sizes": {}, "trafilatura_cpu_ms": [], "ratio": []}
    tmp = Path(tempfile.mkdtemp(prefix="lmhtx-bench-crawl-", dir=keep))
    runs: dict[str, list[dict]] = {name: [] for name in corpora}
    end_to_end = None
    for r in range(repeats):
        for name, (corpus, truth) in corpora.items():
            with serve(corpus) as sites:
                registry = sites.write_registry(tmp / f"{name}-sites.yaml")
                if name == "full" and r == 0:
                    pages = fetch_articles(sites, truth)
                    htmls = [decode_html(p.body, p.content_type) for p in pages]
                    urls = [p.url for p in pages]
                    bases = {s: sites.base(s) for s in sites.site_ids}
                data = tmp / f"{name}-{r}"
                sites.reset_log()
                res = crawl_once(registry, data, tmp / f"{name}-{r}.log")
                if name == "full" and r == 0:
                    end_to_end = score_crawl(res["items"], truth, bases, corpus)
                    end_to_end["requests"] = len(sites.requests)
                    end_to_end["offsite_requests"] = len(sites.hits("offsite"))
                res.pop("items")
                runs[name].append(res)
                log(f"throughput: {name} repeat {r + 1}: {res['article_pages']} article pages in {res['wall_s']:.1f} s, "
                    f"{res['cpu_ms_per_article_page']:.1f} ms CPU/page, peak RSS {res['maxrss_mb']:.0f} MB")
                if not keep:
                    import shutil

                    shutil.rmtree(data, ignore_errors=True)
            if name == "full" and r == 0 and newsplease is not None:
                npc = newsplease(corpus, truth)
                npc["ours_same_repeat_pages_per_s"] = res["pages_per_s"]
                out["newsplease_crawl"] = npc
            if name == "full":
                traf = trafilatura_cpu(htmls, urls) * 1000
                out["trafilatura_cpu_ms"].append(traf)
                out["ratio"].append(res["cpu_ms_per_article_page"] / traf)
    for name, rs in runs.items():
        out["sizes"][name] = {
            "article_pages": rs[0]["article_pages"], "archived": rs[0]["archived"], "requests": rs[0]["requests"],
            **{k: spread([x[k] for x in rs]) for k in ("pages_per_s", "cpu_ms_per_article_page", "maxrss_mb", "wall_s")},
        }
    out["trafilatura_cpu_ms"] = spread(out["trafilatura_cpu_ms"])
    out["ratio"] = spread(out["ratio"])
    out["end_to_end"] = end_to_end
    out["runs"] = runs
    return out


if __name__ == "__main__":  # debugging aid: python -m bench.throughput CORPUS
    from .common import serve as _serve
    from .corpus import load_truth

    c = Path(sys.argv[1])
    print(json.dumps(run({"full": (c, load_truth(c))}, _serve, repeats=1), default=str, indent=1)[:3000])
