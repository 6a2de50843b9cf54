"""How a crawl of the sample portals compares with their ground truth, in the figures issue
goals are written in: recall, non-article items, duplicates, body F1, leaked furniture,
dates right / wrong, titles, authors. Used by the generic-mode test (tests/test_generic.py)."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from crawler.urls import url_key

SAMPLES_DIR = Path(__file__).resolve().parent


def expected_sites(root: Path = SAMPLES_DIR) -> dict[str, dict]:
    return {p.parent.name: json.loads(p.read_text(encoding="utf-8")) for p in sorted(root.glob("*/expected.json"))}


def _words(text: str) -> Counter:
    return Counter(text.split())


def body_f1(truth: str, got: str) -> float:
    t, g = _words(truth), _words(got)
    common = sum((t & g).values())
    if not common:
        return 0.0
    p, r = common / sum(g.values()), common / sum(t.values())
    return 2 * p * r / (p + r)


@dataclass
class SiteScore:
    site: str
    articles: int = 0
    found: int = 0
    extra: list[str] = field(default_factory=list)  # items that are no expected article
    duplicates: int = 0
    f1_sum: float = 0.0
    leaks: list[str] = field(default_factory=list)
    dated: int = 0  # articles whose ground truth has a date
    date_right: int = 0
    date_wrong: list[str] = field(default_factory=list)
    title_right: int = 0
    authors: int = 0  # articles whose ground truth has an author
    author_right: int = 0
    author_wrong: list[str] = field(default_factory=list)  # an author where the page names none, or another

    @property
    def recall(self) -> float:
        return self.found / self.articles if self.articles else 1.0

    @property
    def f1(self) -> float:
        return self.f1_sum / self.articles if self.articles else 1.0


def score(items: list[dict], bases: dict[str, str], expected: dict[str, dict] | None = None) -> dict[str, SiteScore]:
    expected = expected or expected_sites()
    by_key: dict[str, dict] = {}
    counts = Counter(url_key(i["canonical_url"]) for i in items)
    for item in items:
        by_key.setdefault(url_key(item["canonical_url"]), item)
    out: dict[str, SiteScore] = {}
    for site, exp in expected.items():
        if site not in bases or not exp.get("articles"):
            continue
        s = out[site] = SiteScore(site)
        wanted = set()
        for art in exp["articles"]:
            s.articles += 1
            key = url_key(bases[site] + art["path"])
            wanted.add(key)
            aliases = sorted({url_key(bases[site] + a) for a in art.get("aliases", [])} - {key})
            wanted.update(aliases)
            s.dated += art["published"] is not None
            s.authors += art["author"] is not None
            # The article is found under its address or one of its aliases (which one a crawl
            # meets first can vary); every further item of it is a duplicate.
            held = [k for k in (key, *aliases) for _ in range(counts[k])]
            if not held:
                continue
            item = by_key[held[0]]
            s.found += 1
            s.duplicates += len(held) - 1
            s.f1_sum += body_f1(art["body"], item["text"])
            s.title_right += item["title"] == art["title"]
            if art["published"] is not None and item["published"] == art["published"]:
                s.date_right += 1
            elif item["published"] is not None and item["published"][:10] != (art["published"] or "")[:10]:
                s.date_wrong.append(f"{art['path']}: {item['published']} (truth {art['published']})")
            s.author_right += art["author"] is not None and item["author"] == art["author"]
            if item["author"] is not None and item["author"] != art["author"]:
                s.author_wrong.append(f"{art['path']}: {item['author']!r} (truth {art['author']!r})")
        for key, item in by_key.items():
            if item["site"] == site:
                if key not in wanted:
                    s.extra.append(item["canonical_url"])
                for text in exp.get("boilerplate", []):
                    if text in item["text"] or text in item["title"]:
                        s.leaks.append(f"{item['canonical_url']}: {text}")
    return out


def totals(scores: dict[str, SiteScore]) -> dict:
    s = list(scores.values())
    n = sum(x.articles for x in s) or 1
    found = sum(x.found for x in s)
    dated = sum(x.dated for x in s) or 1
    titled = found or 1
    return {
        "sites": len(s), "articles": sum(x.articles for x in s), "found": found, "recall": found / n,
        "extra": sum(len(x.extra) for x in s), "duplicates": sum(x.duplicates for x in s),
        "body_f1": sum(x.f1_sum for x in s) / n, "leaks": sum(len(x.leaks) for x in s),
        "dates_right": sum(x.date_right for x in s) / dated, "dates_wrong": sum(len(x.date_wrong) for x in s),
        "titles": sum(x.title_right for x in s) / titled,
        "authors": sum(x.author_right for x in s) / (sum(x.authors for x in s) or 1),
        "authors_wrong": sum(len(x.author_wrong) for x in s),
    }


def as_dict(scores: dict[str, SiteScore]) -> dict:
    return {k: {**asdict(v), "recall": v.recall, "f1": v.f1} for k, v in scores.items()}
