"""news-please's own crawler (`news-please -c CONFIG_DIR -no-confirm`, its CLI, in the news-please
venv) over a copy of the corpus served on port 80, 127.0.0.140+, configured the way its
documentation says to configure a site, politeness off as ours (no delay, no AutoThrottle, 16
requests per domain; robots.txt obeyed), its default pipelines (its extractors, HTML and JSON file
storage), with its `newspaper_extractor_no_images` in place of `newspaper_extractor` (the default
one downloads each article's images to pick a top image; ours fetches no images, and the quality
benchmark calls news-please with fetch_images=False). Every socket of the run is limited to loopback by a sitecustomize on its PYTHONPATH.

Why port 80 and URLs without a port: news-please derives a site's `allowed_domains` from the
sitelist URL's netloc (`UrlExtractor.get_allowed_domain`), so `http://127.0.0.140:80/` gives
`127.0.0.140:80`, which Scrapy's OffsiteMiddleware never matches: every link was dropped as
off-site and only robots.txt and the start page were fetched. Its start URL is always
`http://<domain>/`, so the site has to be on port 80 and is listed as `http://127.0.0.140/`. The
copy is served with the same base, so its absolute links read `http://127.0.0.140/...` as a real
port-80 site's do.

Heuristics: news-please stores a page only if its `pass_heuristics_condition` holds; the default is
`og_type and (linked_headlines or self_linked_headlines)`. Three of the seven families (wordpress,
sharepoint, generic) emit no `<meta property="og:type" content="article">`, and no other heuristic
of news-please tells their articles from their listings (no meta carries "article"; the
linked-headline ratios pass on every page). For those sites the sitelist overrides, as its sample
sitelist.hjson does for such a site, `"overwrite_heuristics": {"og_type": false}` with
`"pass_heuristics_condition": "linked_headlines or self_linked_headlines"` (the default minus
og_type); the others keep the defaults. Which sites get it is decided by fetching one article of
each site and looking for og:type=article.

Figures: article pages stored (JSON files whose URL is an article of the ground truth, an alias
included) per second of wall time from the start of the command to the last stored article (its
file's mtime; the CLI only notices every 10 s that its crawlers are done, so the exit is later);
CPU (user+system) of the whole process tree (one process per site; the CLI waits for each, so
`os.wait4` counts them all); the largest RSS of any one of its processes, and the peak sum over
the tree sampled from /proc every 0.2 s."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlsplit

from .common import NEWSPLEASE_IP_BASE, fetch, serve, spread

GUARD = '''import socket
_connect = socket.socket.connect
def _loopback_only(self, address):
    if isinstance(address, tuple) and not str(address[0]).startswith("127."):
        raise OSError("benchmark: no network outside loopback (%s)" % (address[0],))
    return _connect(self, address)
socket.socket.connect = _loopback_only
'''

OG_ARTICLE = re.compile(rb"""(property=["']og:type["'][^>]*content=["']article["'])|"""
                        rb"""(content=["']article["'][^>]*property=["']og:type["'])""")
NO_OG_TYPE = {"overwrite_heuristics": {"og_type": False},
              "pass_heuristics_condition": "linked_headlines or self_linked_headlines"}


def _config(np_python: Path, work: Path, sitelist: list[dict], log_level: str = "INFO") -> Path:
    out = subprocess.run([str(np_python), "-c", "import newsplease, os; print(os.path.dirname(newsplease.__file__))"],
                         capture_output=True, text=True, check=True)
    cfg = (Path(out.stdout.strip()) / "config" / "config.cfg").read_text(encoding="utf-8")
    cfg = re.sub(r"(?m)^default = SitemapCrawler", "default = RecursiveCrawler", cfg)
    cfg = re.sub(r"(?m)^working_path = .*$", f"working_path = {work}/", cfg)
    cfg = re.sub(r"(?m)^CONCURRENT_REQUESTS=.*$", "CONCURRENT_REQUESTS=64\nDOWNLOAD_DELAY=0\nAUTOTHROTTLE_ENABLED=False",
                 cfg)
    cfg = re.sub(r"(?m)^CONCURRENT_REQUESTS_PER_DOMAIN=.*$", "CONCURRENT_REQUESTS_PER_DOMAIN=16", cfg)
    cfg = re.sub(r"(?m)^LOG_LEVEL = .*$", f"LOG_LEVEL = {log_level}", cfg)
    # its extractors as default, but newspaper without fetching each article's images (as the
    # quality benchmark calls it: fetch_images=False; our crawler fetches no images either)
    cfg = re.sub(r"(?m)^extractors = \['newspaper_extractor',", "extractors = ['newspaper_extractor_no_images',", cfg)
    cfg = re.sub(r"(?m)^number_of_parallel_crawlers = .*$", f"number_of_parallel_crawlers = {len(sitelist)}", cfg)
    cfg_dir = work / "config"
    cfg_dir.mkdir(parents=True, exist_ok=True)
    (cfg_dir / "config.cfg").write_text(cfg, encoding="utf-8")
    (cfg_dir / "sitelist.hjson").write_text(json.dumps({"base_urls": sitelist}, indent=1), encoding="utf-8")
    return cfg_dir / "config.cfg"


def _tree_rss_mb(root: int) -> float:
    """Sum of VmRSS over `root` and its descendants, from /proc."""
    parent: dict[int, int] = {}
    rss: dict[int, int] = {}
    for d in os.listdir("/proc"):
        if not d.isdigit():
            continue
        try:
            text = Path(f"/proc/{d}/status").read_text()
        except OSError:
            continue
        m_pp, m_rss = re.search(r"(?m)^PPid:\s+(\d+)", text), re.search(r"(?m)^VmRSS:\s+(\d+)", text)
        if m_pp:
            parent[int(d)] = int(m_pp.group(1))
            rss[int(d)] = int(m_rss.group(1)) if m_rss else 0
    total = 0
    for pid in parent:
        p = pid
        while p and p != root:
            p = parent.get(p, 0)
        if p == root:
            total += rss[pid]
    return total / 1024


def _sitelist(sites, ids: list[str], truth: list[dict]) -> tuple[list[dict], list[str]]:
    sitelist, no_og = [], []
    for s in ids:
        entry = {"url": sites.base(s) + "/", "crawler": "RecursiveCrawler"}
        sample = next((t for t in truth if t["site"] == s), None)
        if sample is not None and not OG_ARTICLE.search(fetch(sites.base(s) + sample["path"])[0]):
            entry.update(NO_OG_TYPE)
            no_og.append(s)
        sitelist.append(entry)
    return sitelist, no_og


def run(corpus: Path, truth: list[dict], np_python: Path, *, log=print, timeout: float = 1200,
        log_level: str = "INFO") -> dict:
    try:
        ctx = serve(corpus, ip_base=NEWSPLEASE_IP_BASE, port=80)
        sites = ctx.__enter__()
    except OSError as exc:
        return {"skipped": f"news-please's crawler not run: cannot bind port 80 here ({exc})"}
    try:
        work = Path(tempfile.mkdtemp(prefix="lmhtx-bench-np-"))
        ids = [s for s in sites.site_ids if s != "offsite"]
        for s in ids:  # the base a site on port 80 writes its links with: http://host/path
            sites._bases[s] = sites._bases[s].removesuffix(":80")
        bases = {s: sites.base(s) for s in ids}
        sitelist, no_og = _sitelist(sites, ids, truth)
        cfg = _config(np_python, work, sitelist, log_level)
        guard = work / "guard"
        guard.mkdir()
        (guard / "sitecustomize.py").write_text(GUARD)
        env = {**os.environ, "PYTHONPATH": str(guard)}
        cmd = [os.path.abspath(np_python.parent / "news-please"), "-c", str(cfg.parent), "-no-confirm"]
        sites.reset_log()
        log(f"news-please crawler: {len(ids)} sites on 127.0.0.{NEWSPLEASE_IP_BASE}+:80, og:type heuristic "
            f"off for {', '.join(no_og) or 'none'} (log {work / 'news-please.log'})")
        peak_tree = 0.0
        t0_epoch, t0 = time.time(), time.perf_counter()
        with (work / "news-please.log").open("w") as f:
            proc = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT, env=env, cwd=work,
                                    stdin=subprocess.DEVNULL)
            done = threading.Event()

            def sample() -> None:
                nonlocal peak_tree
                while not done.wait(0.2):
                    peak_tree = max(peak_tree, _tree_rss_mb(proc.pid))

            sampler = threading.Thread(target=sample, daemon=True)
            sampler.start()
            timer = threading.Timer(timeout, proc.kill)
            timer.start()
            try:
                _, status, usage = os.wait4(proc.pid, 0)
            finally:
                timer.cancel()
                done.set()
                sampler.join()
        exit_wall = time.perf_counter() - t0
        proc.returncode = os.waitstatus_to_exitcode(status)
        if exit_wall >= timeout:
            return {"skipped": f"news-please's crawler did not finish within {timeout:.0f} s (log {work})"}
        want: dict[str, tuple[str, str]] = {}
        for t in truth:
            for p in [t["path"], *t.get("aliases", [])]:
                want[bases[t["site"]] + p] = (t["site"], t["path"])
        stored, mtimes = [], []
        for p in (work / "data").rglob("*.json") if (work / "data").exists() else []:
            try:
                url = json.loads(p.read_text(encoding="utf-8")).get("url") or ""
            except (OSError, ValueError):
                continue
            u = urlsplit(url)
            stored.append(u._replace(netloc=u.hostname or "").geturl() if u.port == 80 else url)
            mtimes.append(p.stat().st_mtime)
        requests = len(sites.requests)
        by_site: dict[str, int] = {}
        for rec in sites.requests:
            by_site[rec.site_id] = by_site.get(rec.site_id, 0) + 1
        if not stored:
            return {"skipped": f"news-please's crawler (RecursiveCrawler, sites on 127.0.0.{NEWSPLEASE_IP_BASE}+:80) ran "
                               f"for {exit_wall:.0f} s and exited {proc.returncode} after {requests} requests "
                               f"({', '.join(f'{k} {v}' for k, v in sorted(by_site.items()))}) without storing "
                               f"an article (log {work})."}
        article_pages = [u for u in stored if u in want]
        distinct = {want[u] for u in article_pages}
        wall = max(mtimes) - t0_epoch
        cpu = usage.ru_utime + usage.ru_stime
        per_site = {s: {"stored": 0, "article_pages": 0, "articles": 0, "truth": 0, "requests": by_site.get(s, 0),
                        "og_type_off": s in no_og} for s in ids}
        host_site = {urlsplit(b).hostname: s for s, b in bases.items()}
        for u in stored:
            s = host_site.get(urlsplit(u).hostname)
            if s:
                per_site[s]["stored"] += 1
                per_site[s]["article_pages"] += u in want
        for site, _ in distinct:
            per_site[site]["articles"] += 1
        for t in truth:
            per_site[t["site"]]["truth"] += 1
        return {"ip_base": NEWSPLEASE_IP_BASE, "crawler": "RecursiveCrawler", "og_type_off": no_og,
                "heuristics_override": NO_OG_TYPE, "stored": len(stored), "article_pages": len(article_pages),
                "articles": len(distinct), "truth_articles": len(truth), "not_articles": len(stored) - len(article_pages),
                "requests": requests, "requests_by_site": by_site, "per_site": per_site,
                "wall_s": wall, "exit_wall_s": exit_wall, "exit": proc.returncode,
                "pages_per_s": spread([len(article_pages) / wall]),
                "articles_per_s": len(distinct) / wall,
                "cpu_s": cpu, "cpu_ms_per_article_page": cpu / len(article_pages) * 1000 if article_pages else None,
                "maxrss_mb": usage.ru_maxrss / 1024, "tree_rss_mb": peak_tree,
                "offsite_hosts": sorted({urlsplit(u).hostname for u in stored} - set(host_site)),
                "log": str(work / "news-please.log")}
    finally:
        ctx.__exit__(None, None, None)
