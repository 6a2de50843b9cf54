"""`lmhtx reextract`: every archived article extracted again from its stored raw page (WARC)
with today's extractor, written as a new revision only when the result is at least as good.

The page is decoded as the crawl decoded it (`crawler.parsing.decode_html`: the registry's
`encoding:`, else the headers recorded in the WARC record, else the page's meta charset), with
the rules of the registry the crawl used (the run the article was last seen in, kept as it was:
re-extraction does not change an article's run links, so a second pass finds the same rules).

"As good" is a simple, one-way test against the stored item; the old revision is kept
("kept") when the new extraction
- is no article any more ("not-article"),
- lost its title, date (`published`) or author,
- has more undecodable characters (U+FFFD) than the old text (a wrong charset),
- has much less text (under MIN_TEXT_SHARE of the old readable characters), or
- names another canonical URL (another article id: the old one would stay beside it).
Otherwise the new extraction is written: "changed" (a new revision, the old text kept in the
archive's `versions`) or "same" (same title and text; other fields refreshed).
"""

from __future__ import annotations

import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from .archive import Archive, doc_id
from .dates import TZ
from .extract import extract
from .families import rules_for, rules_for_site
from .multipage import extract_part, read_parts
from .parsing import decode_html
from .registry import RegistryError, load_sites
from .urls import url_key
from .warc import iter_responses, read_response

logger = logging.getLogger(__name__)

MIN_TEXT_SHARE = 0.8  # new text under 80% of the old characters: paragraphs lost, keep the old
WATCHED = ("title", "published", "author")  # fields whose changes are listed (--verbose)
OUTCOMES = ("changed", "same", "kept", "not-article", "no-raw")


@dataclass
class Reextracted:
    counts: Counter = field(default_factory=Counter)  # outcome -> articles
    per_site: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    changes: list[tuple[str, list[str]]] = field(default_factory=list)  # (id, watched fields changed)
    kept: list[tuple[str, str]] = field(default_factory=list)  # (id, why the old revision stays)
    warnings: list[str] = field(default_factory=list)

    def count(self, site: str, outcome: str) -> None:
        self.counts[outcome] += 1
        self.per_site[site][outcome] += 1


def worse(old: dict[str, Any], new: dict[str, Any]) -> str | None:
    """Why the new extraction is worse than the stored one, or None when it is as good."""
    for name, label in (("title", "title"), ("published", "date"), ("author", "author")):
        if old.get(name) and not new.get(name):
            return f"{label} lost"

    def undecodable(item):
        return ((item.get("title") or "") + (item.get("text") or "")).count("\ufffd")

    if undecodable(new) > undecodable(old):
        return "undecodable characters (wrong charset?)"
    # readable characters: a charset repaired turns runs of U+FFFD into fewer letters
    old_text, new_text = (old.get("text") or "").replace("\ufffd", ""), new.get("text") or ""
    if len(new_text) < MIN_TEXT_SHARE * len(old_text):
        return f"text shorter ({len(new_text)} characters, was {len(old_text)})"
    return None


def _keep_contents(new: list[dict], old: list[dict]) -> list[dict]:
    """Attachment text fetched at crawl time survives a re-extraction of the page."""
    contents = {a["url"]: a.get("content") for a in old if a.get("content")}
    return [{**a, "content": contents[a["url"]]} if a["url"] in contents else a for a in new]


def reextract(data_dir: str | Path, *, site: str | None = None, sites: str | Path | None = None) -> Reextracted:
    """Re-extract the archive's articles (of one site, if given) in place; `sites` overrides
    the registry file each article's run used."""

    out = Reextracted()
    registries: dict[str | None, dict] = {}
    profiles: dict[str, Any] = {}
    warcs: dict[Path, dict[str, int]] = {}

    def parts_in(path: Path) -> dict[str, int]:
        """Offsets of a WARC file's responses by URL key, read once and only for split articles."""
        if path not in warcs:
            warcs[path] = {url_key(raw.url): offset for offset, raw in iter_responses(path)}
        return warcs[path]

    def read_part(warc: Path, entry, rules, fetched: datetime, name: str, address: str):
        """(extraction, address) of a split article's later part from the run's WARC file."""
        offset = parts_in(warc).get(url_key(address))
        raw = read_response(warc, offset) if offset is not None else None
        if raw is None:
            return None
        text = decode_html(raw.body, raw.content_type, getattr(entry, "encoding", None))
        return extract_part(text, raw.url, rules=rules, site=name, site_name=getattr(entry, "name", None),
                            fetched_at=fetched, profile=profiles[name]), raw.url

    with Archive(data_dir) as archive:

        def site_of(article):
            path = str(sites) if sites else archive.registry_of(article["id"])
            if path not in registries:
                try:
                    registries[path] = {s.id: s for s in load_sites(path)}
                except RegistryError as exc:  # a run's registry file may be gone
                    out.warnings.append(f"{exc}; using family rules")
                    registries[path] = {}
            return registries[path].get(article["site"])

        for article in list(archive.articles(site=site)):
            name = article["site"]
            location = archive.raw_location(article["id"])
            raw = read_response(location[0], location[1]) if location and location[0].exists() else None
            if raw is None:
                out.count(name, "no-raw")
                continue
            entry = site_of(article)
            rules = rules_for_site(entry) if entry else rules_for(article.get("family") or "generic")
            fetched = datetime.fromisoformat(article["fetched_at"]) if article.get("fetched_at") else datetime.now(TZ)
            if name not in profiles:  # the site's template, as the crawl learned it
                profiles[name] = archive.load_profile(name)
            text = decode_html(raw.body, raw.content_type, getattr(entry, "encoding", None))
            result = extract(text, raw.url, rules=rules, site=name, site_name=getattr(entry, "name", None),
                             province=article.get("province"), province_today=article.get("province_today"),
                             listing_date=location[2], fetched_at=fetched, profile=profiles[name])
            if not result.is_article:
                out.count(name, "not-article")
                out.kept.append((article["id"], f"not an article now ({result.kind}: {result.reason})"))
                continue
            # An article split over pages: its later parts, fetched in the same run, are in the
            # same WARC file.
            item = read_parts(result.item, result.doc, raw.url,
                              partial(read_part, location[0], entry, rules, fetched, name))
            why = worse(article, item)
            if why is None and doc_id(item["canonical_url"]) != article["id"]:
                why = f"canonical URL changed to {item['canonical_url']}"
            if why:
                out.count(name, "kept")
                out.kept.append((article["id"], why))
                continue
            item["attachments"] = _keep_contents(item["attachments"], article.get("attachments") or [])
            # the run links stay: they say which registry's rules extracted the article
            outcome = archive.upsert(article["id"], item, run_id=archive.last_run_of(article["id"]))
            out.count(name, outcome)
            if changed := [f for f in WATCHED if article.get(f) != item.get(f)]:
                out.changes.append((article["id"], changed))
    for warning in out.warnings:
        logger.warning(warning)
    return out
