"""What both search backends (embedded SQLite FTS5, Elasticsearch) share: the query, the
results, the document built from an archived article, and its id."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Iterable, Protocol

from crawler.urls import url_key

MAX_QUERY_CHARS = 500
MAX_PAGE_SIZE = 100


class QueryError(ValueError):
    """A query staff typed that cannot be run; the message says why, in plain words."""


@dataclass(frozen=True)
class Query:
    text: str = ""  # words and "quoted phrases", with or without diacritics; empty = everything
    province: str | None = None  # slug as published (pre- or post-2025)
    province_today: str | None = None  # slug of one of the 34 provinces, rolled up
    site: str | None = None
    since: date | None = None  # inclusive, on `published`
    until: date | None = None  # inclusive
    sort: str = "relevance"  # relevance | date (newest first)
    page: int = 1
    size: int = 20
    facets: bool = True  # counts per province (as published and today's) and per month


@dataclass
class Hit:
    id: str
    url: str
    title: str
    site: str
    province: str | None
    province_today: str | None
    published: str | None  # ISO 8601
    snippet: str  # HTML-safe: crawled text escaped, matches wrapped in <mark>…</mark>
    title_html: str  # the title, HTML-safe, matches in <mark>
    doc_number: str | None = None
    score: float | None = None


@dataclass
class Results:
    total: int
    hits: list[Hit]
    by_province: dict[str, int] = field(default_factory=dict)  # as published
    by_province_today: dict[str, int] = field(default_factory=dict)
    by_month: dict[str, int] = field(default_factory=dict)  # "2024-03" -> count, by `published`
    took_ms: float = 0.0


def doc_id(canonical_url: str) -> str:
    """Stable id of an article: a re-crawl of the same article (any URL variant) updates
    it instead of adding a duplicate."""
    return hashlib.sha1(url_key(canonical_url).encode("utf-8")).hexdigest()


def to_document(article: dict[str, Any], attachments_text: str = "") -> dict[str, Any]:
    """The searchable document of an archived article (an item of crawler.items)."""
    return {
        "id": doc_id(article["canonical_url"]),
        "url": article["url"],
        "canonical_url": article["canonical_url"],
        "site": article["site"],
        "province": article.get("province"),
        "province_today": article.get("province_today"),
        "title": article["title"],
        "text": article["text"],
        "published": article.get("published"),
        "author": article.get("author"),
        "doc_number": article.get("doc_number"),
        "attachments_text": attachments_text,
        "fingerprint": article.get("fingerprint"),
        "language": article.get("language"),
        "fetched_at": article.get("fetched_at"),
    }


class Backend(Protocol):
    """A search index. Both implementations give the same results for the same Query."""

    def index(self, documents: Iterable[dict[str, Any]]) -> int: ...  # upsert by id; returns count
    def delete(self, ids: Iterable[str]) -> None: ...
    def search(self, query: Query) -> Results: ...
    def count(self) -> int: ...
    def close(self) -> None: ...
