"""Shared pieces of the benchmarks: serving the corpus, fetching its pages, scoring an extraction
against the ground truth, summarising repeats."""

from __future__ import annotations

import re
import statistics
import urllib.request
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from crawler.text import clean_line, nfc
from samples.server import SampleSites

ROOT = Path(__file__).resolve().parent.parent
IP_BASE = 120  # 127.0.0.120+: away from the tests' sample sites (127.0.0.20+)
NEWSPLEASE_IP_BASE = 140  # the copy served on port 80 for news-please's crawler
_TOKEN = re.compile(r"\w+")


@contextmanager
def serve(corpus: Path, *, ip_base: int = IP_BASE, port: int = 0):
    with SampleSites(corpus, ip_base=ip_base, port=port) as sites:
        yield sites


@dataclass
class Page:
    site: str
    path: str
    url: str
    body: bytes
    content_type: str
    truth: dict


def fetch(url: str) -> tuple[bytes, str]:
    host = urlsplit(url).hostname or ""
    if not host.startswith("127."):
        raise ValueError(f"refusing a non-loopback URL: {url}")
    with urllib.request.urlopen(url, timeout=30) as resp:
        return resp.read(), resp.headers.get("Content-Type", "")


def fetch_articles(sites: SampleSites, truth: list[dict]) -> list[Page]:
    pages = []
    for t in truth:
        url = sites.base(t["site"]) + t["path"]
        body, ctype = fetch(url)
        pages.append(Page(t["site"], t["path"], url, body, ctype, t))
    return pages


def tokens(text: str | None) -> Counter:
    return Counter(_TOKEN.findall(nfc(text or "").lower()))


def day(value) -> str | None:
    """'2024-03-29T16:20:00+07:00', '2024-03-29', datetime -> '2024-03-29'; None stays None."""
    if value is None or value == "":
        return None
    return str(value)[:10]


def score_page(pred: dict, truth: dict, boilerplate: list[str]) -> dict:
    """pred: {title, text, date}. Token precision/recall/F1 of the body, leaked furniture strings,
    date outcome (correct | unknown | wrong | none-ok), title match."""
    p, t = tokens(pred.get("text")), tokens(truth["body"])
    common = sum((p & t).values())
    precision = common / sum(p.values()) if p else 0.0
    recall = common / sum(t.values()) if t else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    text = nfc(pred.get("text") or "")
    leaks = [s for s in boilerplate if s in text]
    got, want = day(pred.get("date")), day(truth.get("published"))
    if got is None:
        date = "unknown" if want else "none-ok"
    elif got == want:
        date = "correct"
    else:
        date = "wrong"
    title_ok = clean_line(pred.get("title") or "") == clean_line(truth["title"])
    return {"precision": precision, "recall": recall, "f1": f1, "leaks": leaks, "date": date,
            "date_got": got, "date_want": want, "title_ok": title_ok}


def summarise(scores: list[dict]) -> dict:
    n = len(scores)
    dated = [s for s in scores if s["date_want"]]
    outcome = Counter(s["date"] for s in scores)
    leaks = Counter(x for s in scores for x in s["leaks"])
    return {
        "pages": n,
        "precision": statistics.fmean(s["precision"] for s in scores) if n else 0.0,
        "recall": statistics.fmean(s["recall"] for s in scores) if n else 0.0,
        "f1": statistics.fmean(s["f1"] for s in scores) if n else 0.0,
        "leaked_per_page": sum(len(s["leaks"]) for s in scores) / n if n else 0.0,
        "pages_with_leaks": sum(1 for s in scores if s["leaks"]),
        "top_leaks": leaks.most_common(5),
        "date_accuracy": outcome["correct"] / len(dated) if dated else 0.0,
        "date_correct": outcome["correct"], "date_unknown": outcome["unknown"], "date_wrong": outcome["wrong"],
        "date_truth_undated": n - len(dated), "date_none_ok": outcome["none-ok"],
        "title_accuracy": sum(1 for s in scores if s["title_ok"]) / n if n else 0.0,
    }


def spread(values: list[float]) -> dict:
    values = [v for v in values if v is not None]
    if not values:
        return {"min": None, "median": None, "max": None, "n": 0}
    return {"min": min(values), "median": statistics.median(values), "max": max(values), "n": len(values)}


def fmt_spread(s: dict, digits: int = 2, unit: str = "") -> str:
    if not s or s.get("median") is None:
        return "n/a"
    f = f"{{:.{digits}f}}"
    if s["n"] == 1:
        return f.format(s["median"]) + unit
    return f"{f.format(s['median'])}{unit} ({f.format(s['min'])}–{f.format(s['max'])})"
