"""Extraction quality, the three tools on the same pages (fetched once over loopback, decoded
once with crawler.parsing.decode_html, so every tool gets the same NFC text):

- ours: crawler.extract.extract(html, url, rules=<the site's registry rules>), the page alone
  (the crawl adds the date shown beside the link on a listing; its end-to-end figures are in
  the throughput section);
- trafilatura: trafilatura.bare_extraction(html, url=url) with every default;
- news-please: NewsPlease.from_html(html, url=url, fetch_images=False), in its own venv.

CPU per page is measured in the same pass, ours and trafilatura interleaved page by page
(alternating which goes first), news-please in its own process right after.
"""

from __future__ import annotations

import json
import subprocess
import tempfile
import time
from pathlib import Path

import trafilatura

from crawler.extract import extract
from crawler.families import rules_for_site
from crawler.parsing import decode_html
from crawler.registry import load_sites

from .common import Page, fetch_articles, score_page, spread, summarise
from .corpus import boilerplate


def ours(page_html: str, page: Page, rules) -> dict:
    result = extract(page_html, page.url, rules=rules, site=page.site, province=page.truth["province"])
    if not result.is_article:
        return {"title": None, "text": None, "date": None, "kind": result.kind}
    item = result.item
    return {"title": item["title"], "text": item["text"], "date": item["published"], "kind": "article"}


def bare_trafilatura(page_html: str, page: Page) -> dict:
    doc = trafilatura.bare_extraction(page_html, url=page.url, with_metadata=True)
    if doc is None:
        return {"title": None, "text": None, "date": None}
    return {"title": doc.title, "text": doc.text, "date": doc.date}


def run_newsplease(python: Path, htmls: list[tuple[str, str]], repeats: int) -> dict:
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", encoding="utf-8", delete=False) as f:
        for url, html in htmls:
            f.write(json.dumps({"url": url, "html": html}, ensure_ascii=False) + "\n")
        name = f.name
    try:
        out = subprocess.run([str(python), str(Path(__file__).with_name("newsplease_worker.py")), name, str(repeats)],
                             capture_output=True, text=True, check=True)
    finally:
        Path(name).unlink()
    return json.loads(out.stdout)


def run(sites, truth: list[dict], registry: Path, corpus: Path, *, repeats: int = 3,
        newsplease: Path | None = None, log=print) -> dict:
    rules = {s.id: rules_for_site(s) for s in load_sites(registry)}
    bps = {site: boilerplate(corpus, site) for site in {t["site"] for t in truth}}
    pages = fetch_articles(sites, truth)
    htmls = [decode_html(p.body, p.content_type) for p in pages]
    log(f"quality: {len(pages)} article pages fetched")
    preds = {"ours": [None] * len(pages), "trafilatura": [None] * len(pages)}
    cpu = {"ours": [], "trafilatura": []}
    for r in range(repeats):
        spent = {"ours": 0.0, "trafilatura": 0.0}
        for i, (page, html) in enumerate(zip(pages, htmls)):
            order = ("ours", "trafilatura") if (i + r) % 2 == 0 else ("trafilatura", "ours")
            for tool in order:
                t0 = time.process_time()
                pred = ours(html, page, rules[page.site]) if tool == "ours" else bare_trafilatura(html, page)
                spent[tool] += time.process_time() - t0
                if r == 0:
                    preds[tool][i] = pred
        for tool in spent:
            cpu[tool].append(spent[tool] / len(pages))
    results = {}
    for tool in ("ours", "trafilatura"):
        scores = [score_page(pred, p.truth, bps[p.site]) for pred, p in zip(preds[tool], pages)]
        results[tool] = {**summarise(scores), "cpu_ms": spread([c * 1000 for c in cpu[tool]]),
                         "not_article": sum(1 for x in preds[tool] if x.get("kind", "article") != "article")}
        results[tool]["_scores"] = scores
    if newsplease is not None:
        t0 = time.perf_counter()
        np_out = run_newsplease(newsplease, [(p.url, h) for p, h in zip(pages, htmls)], repeats)
        log(f"quality: news-please done in {time.perf_counter() - t0:.0f} s")
        scores = [score_page(pred, p.truth, bps[p.site]) for pred, p in zip(np_out["results"], pages)]
        results["news-please"] = {**summarise(scores), "cpu_ms": spread([c * 1000 for c in np_out["cpu_per_page"]])}
        results["news-please"]["_scores"] = scores
    for tool, res in results.items():
        res["per_family"] = _per_family(res["_scores"], pages)
    results["_pages"] = [(p.site, p.path) for p in pages]
    return results


def _per_family(scores: list[dict], pages: list[Page]) -> dict:
    fams: dict[str, list[dict]] = {}
    for s, p in zip(scores, pages):
        fams.setdefault(p.truth["family"], []).append(s)
    return {f: summarise(v) for f, v in sorted(fams.items())}


def worst(results: dict, tool: str, n: int = 8) -> list[dict]:
    """The pages where `tool` did worst (for the report's diagnosis)."""
    rows = []
    for (site, path), s in zip(results["_pages"], results[tool]["_scores"]):
        if s["f1"] < 0.97 or s["leaks"] or s["date"] == "wrong" or not s["title_ok"]:
            rows.append({"site": site, "path": path, "f1": round(s["f1"], 3), "p": round(s["precision"], 3),
                         "r": round(s["recall"], 3), "leaks": s["leaks"], "date": s["date"],
                         "date_got": s["date_got"], "date_want": s["date_want"], "title_ok": s["title_ok"]})
    rows.sort(key=lambda x: x["f1"])
    return rows[:n] if n else rows
