"""news-please's own crawler over a copy of the corpus served on port 80 (its RecursiveCrawler
keeps links only when the site is on the default port), 127.0.0.140+, politeness off as ours
(no delay, no AutoThrottle, high concurrency; robots.txt obeyed), pipelines: its extractor and
JSON file storage. Run with the news-please venv's `news-please -c CONFIG_DIR -no-confirm`; its
articles are counted from the JSON files. Every socket of the run is limited to loopback by a
sitecustomize on its PYTHONPATH."""

from __future__ import annotations

import json
import os
import re
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

from .common import NEWSPLEASE_IP_BASE, serve, spread

GUARD = '''import socket
_connect = socket.socket.connect
def _loopback_only(self, address):
    if isinstance(address, tuple) and not str(address[0]).startswith("127."):
        raise OSError("benchmark: no network outside loopback (%s)" % (address[0],))
    return _connect(self, address)
socket.socket.connect = _loopback_only
'''


def _config(np_python: Path, work: Path, bases: list[str]) -> Path:
    out = subprocess.run([str(np_python), "-c", "import newsplease, os; print(os.path.dirname(newsplease.__file__))"],
                         capture_output=True, text=True, check=True)
    cfg = (Path(out.stdout.strip()) / "config" / "config.cfg").read_text(encoding="utf-8")
    cfg = re.sub(r"(?m)^default = SitemapCrawler", "default = RecursiveCrawler", cfg)
    cfg = re.sub(r"(?m)^working_path = .*$", f"working_path = {work}/", cfg)
    cfg = re.sub(r"(?m)^CONCURRENT_REQUESTS=.*$", "CONCURRENT_REQUESTS=64\nDOWNLOAD_DELAY=0\nAUTOTHROTTLE_ENABLED=False",
                 cfg)
    cfg = re.sub(r"(?m)^CONCURRENT_REQUESTS_PER_DOMAIN=.*$", "CONCURRENT_REQUESTS_PER_DOMAIN=16", cfg)
    cfg = re.sub(r"(?m)^number_of_parallel_crawlers = .*$", f"number_of_parallel_crawlers = {len(bases)}", cfg)
    cfg_dir = work / "config"
    cfg_dir.mkdir(parents=True, exist_ok=True)
    (cfg_dir / "config.cfg").write_text(cfg, encoding="utf-8")
    sitelist = {"base_urls": [{"url": b + "/", "crawler": "RecursiveCrawler"} for b in bases]}
    (cfg_dir / "sitelist.hjson").write_text(json.dumps(sitelist, indent=1), encoding="utf-8")
    return cfg_dir / "config.cfg"


def run(corpus: Path, truth: list[dict], np_python: Path, *, log=print, timeout: float = 1200) -> dict:
    try:
        ctx = serve(corpus, ip_base=NEWSPLEASE_IP_BASE, port=80)
        sites = ctx.__enter__()
    except OSError as exc:
        return {"skipped": f"news-please's crawler not run: cannot bind port 80 here ({exc})"}
    try:
        work = Path(tempfile.mkdtemp(prefix="lmhtx-bench-np-"))
        ids = [s for s in sites.site_ids if s != "offsite"]
        bases = [sites.base(s) for s in ids]
        cfg = _config(np_python, work, bases)
        guard = work / "guard"
        guard.mkdir()
        (guard / "sitecustomize.py").write_text(GUARD)
        env = {**os.environ, "PYTHONPATH": str(guard)}
        cmd = [os.path.abspath(np_python.parent / "news-please"), "-c", str(cfg.parent), "-no-confirm"]
        t0 = time.perf_counter()
        with (work / "news-please.log").open("w") as f:
            proc = subprocess.Popen(cmd, stdout=f, stderr=subprocess.STDOUT, env=env, cwd=work,
                                    stdin=subprocess.DEVNULL)
            try:
                proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait()
                return {"skipped": f"news-please's crawler did not finish within {timeout:.0f} s (log {work})"}
        wall = time.perf_counter() - t0
        files = list((work / "data").rglob("*.json")) if (work / "data").exists() else []
        want = {(sites.base(t["site"]) + t["path"]) for t in truth}
        urls = []
        for p in files:
            try:
                urls.append(json.loads(p.read_text(encoding="utf-8")).get("url"))
            except (OSError, ValueError):
                continue
        articles = len(urls)
        true_articles = sum(1 for u in set(urls) if u in want)
        requests = len(sites.requests)
        by_site = {}
        for rec in sites.requests:
            by_site[rec.site_id] = by_site.get(rec.site_id, 0) + 1
        if not articles:
            return {"skipped": f"news-please's crawler (RecursiveCrawler, sites on 127.0.0.{NEWSPLEASE_IP_BASE}+:80) ran "
                               f"for {wall:.0f} s and exited {proc.returncode} after {requests} requests "
                               f"({', '.join(f'{k} {v}' for k, v in sorted(by_site.items()))}: robots.txt and the "
                               "start pages) without following a link or storing an article, so it has no "
                               "throughput to compare; not investigated further in this run."}
        return {"ip_base": NEWSPLEASE_IP_BASE, "articles": articles, "true_articles": true_articles,
                "requests": requests, "requests_by_site": by_site, "wall_s": spread([wall]),
                "pages_per_s": spread([articles / wall]), "exit": proc.returncode,
                "offsite_hosts": sorted({urlsplit(u or '').hostname for u in urls} - {urlsplit(b).hostname for b in bases}),
                "note": f"{true_articles} of them articles of the ground truth, out of {len(truth)}."}
    finally:
        ctx.__exit__(None, None, None)
