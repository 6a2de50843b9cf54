"""What both search backends (embedded SQLite FTS5, Elasticsearch) share: the query, the
results, the document built from an archived article, and its id."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from typing import Any, Protocol

from crawler.archive import doc_id  # the archive's identity of an article is the document id

from .analysis import WORD_RE

MAX_QUERY_CHARS = 500
MAX_QUERY_TERMS = 12  # words searched: each more merges one more word's postings (110 common words took 5 s)
LONG_QUERY_WORDS = 4  # a query of more words is long: backends keep it to one core, the web app makes them take turns
MAX_PAGE_SIZE = 100
MAX_RESULT_WINDOW = 10_000  # page * size; Elasticsearch's index.max_result_window too
_SORTS = ("relevance", "date")


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
    facets: bool = True  # counts per province (as published and today's), per site and per month
    group: bool = True  # syndicated copies (same fingerprint) are one result: `total` counts results
    highlight: bool = True  # snippets and marked titles; a walk over every result (an export) needs neither


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
    # the other syndicated copies of this article (same fingerprint), wherever they are in the
    # index: {"id", "url", "site", "published"}, first published first; empty without grouping
    copies: list[dict] = field(default_factory=list)


@dataclass
class Results:
    total: int  # results: with Query.group, a syndicated article and its copies count once
    hits: list[Hit]
    by_province: dict[str, int] = field(default_factory=dict)  # as published
    by_province_today: dict[str, int] = field(default_factory=dict)
    by_month: dict[str, int] = field(default_factory=dict)  # "2024-03" -> count, by `published`
    took_ms: float = 0.0
    partial: bool = False  # the time budget ran out: the hits are what was found in time
    notices: list[str] = field(default_factory=list)  # Vietnamese sentences for staff about this query
    # site id -> articles; like the other facets it counts articles, each copy on its own portal
    by_site: dict[str, int] = field(default_factory=dict)


class Budget:
    """How long one search may run, and whether whoever asked still wants the answer. A
    backend checks `stop()` while it works (SQLite's progress handler; Elasticsearch gets
    the seconds left as its search timeout) and answers with what it has when it is true."""

    def __init__(self, seconds: float | None = None, cancelled: Callable[[], bool] | None = None):
        self.seconds = seconds if seconds and seconds > 0 else None
        self.deadline = time.monotonic() + self.seconds if self.seconds else None
        self.cancelled = cancelled  # e.g. the client went away, or sent a newer query

    def remaining(self) -> float | None:
        """Seconds left (never below 0), or None without a time limit."""
        return None if self.deadline is None else max(0.0, self.deadline - time.monotonic())

    def expired(self) -> bool:
        return self.deadline is not None and time.monotonic() >= self.deadline

    def stop(self) -> bool:
        return self.expired() or (self.cancelled is not None and bool(self.cancelled()))

    def grace(self, seconds: float) -> Budget:
        """A short budget of its own for a cheaper fallback once this one ran out (still
        cancelled with this one)."""
        return Budget(seconds, self.cancelled)

    def notice(self) -> str:
        """What staff are told when the search stopped early."""
        if self.expired():
            shown = f"{self.seconds:.1f}".removesuffix(".0").replace(".", ",")  # Vietnamese: 1,5 giây
            return (f"Tìm kiếm dừng sau {shown} giây: kết quả dưới đây chỉ là những gì tìm được "
                    "trong thời gian đó. Hãy thu hẹp tìm kiếm (ít từ hơn, chọn tỉnh hoặc khoảng ngày).")
        return "Tìm kiếm đã dừng vì có yêu cầu mới hơn."


def word_count(text: str) -> int:
    """Words of a query's text, as the term limit counts them."""
    return sum(1 for _ in WORD_RE.finditer(text))


def is_long(query: Query) -> bool:
    return word_count(query.text) > LONG_QUERY_WORDS


def limit_terms(query: Query) -> tuple[Query, str | None]:
    """The query with at most MAX_QUERY_TERMS words (the rest dropped), and the notice for
    staff when some were dropped. Both backends apply it, so they search the same words."""
    words = list(WORD_RE.finditer(query.text))
    if len(words) <= MAX_QUERY_TERMS:
        return query, None
    kept = query.text[:words[MAX_QUERY_TERMS - 1].end()]
    dropped = " ".join(m.group() for m in words[MAX_QUERY_TERMS:])
    if len(dropped) > 80:
        dropped = dropped[:80].rsplit(" ", 1)[0] + " …"
    notice = (f"Câu tìm kiếm có {len(words)} từ; chỉ {MAX_QUERY_TERMS} từ đầu được dùng để tìm "
              f"(bỏ qua: {dropped}).")
    return replace(query, text=kept), notice


def as_day(d: date | None) -> date | None:
    """The calendar day of a date or datetime filter value."""
    return d.date() if isinstance(d, datetime) else d


def validate_query(query: Query) -> None:
    """QueryError for a query no backend can run, in words staff understand. Both backends
    call it first, so they refuse the same queries with the same messages."""
    from crawler import provinces

    if not isinstance(query, Query):
        raise QueryError("expected a search.base.Query")
    if not isinstance(query.text, str):
        raise QueryError("the query text must be a string")
    if len(query.text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is too long ({len(query.text)} characters; at most {MAX_QUERY_CHARS})")
    if query.sort not in _SORTS:
        raise QueryError(f"unknown sort {query.sort!r}: use 'relevance' or 'date'")
    if not isinstance(query.group, bool):
        raise QueryError(f"group must be true or false, not {query.group!r}")
    if not isinstance(query.highlight, bool):
        raise QueryError(f"highlight must be true or false, not {query.highlight!r}")
    for name in ("page", "size"):
        v = getattr(query, name)
        if not isinstance(v, int) or isinstance(v, bool):
            raise QueryError(f"{name} must be a whole number, not {v!r}")
    if query.page < 1:
        raise QueryError(f"page must be 1 or more, not {query.page}")
    if not 1 <= query.size <= MAX_PAGE_SIZE:
        raise QueryError(f"size must be between 1 and {MAX_PAGE_SIZE}, not {query.size}")
    if query.page * query.size > MAX_RESULT_WINDOW:
        raise QueryError(f"page {query.page} of {query.size} goes past the first {MAX_RESULT_WINDOW:,} "
                         "results: narrow the search (words, filters, dates) instead")
    for name in ("province", "province_today"):
        slug = getattr(query, name)
        if slug is None:
            continue
        if not isinstance(slug, str) or not provinces.is_known(slug):
            try:
                provinces.get(slug)
                message = f"unknown province {slug!r}"
            except Exception as e:  # UnknownProvince: "unknown province 'x' (did you mean ...)"
                message = str(e) or f"unknown province {slug!r}"
            raise QueryError(f"{name}: {message}")
        if name == "province_today" and provinces.get(slug).era == "pre2025":
            raise QueryError(f"province_today: {slug!r} is not a province today (it was merged into "
                             f"{provinces.today(slug)!r}); use province={slug!r} for the old one")
    if query.site is not None and (not isinstance(query.site, str) or not query.site):
        raise QueryError("site must be a site id")
    for name in ("since", "until"):
        v = getattr(query, name)
        if v is not None and not isinstance(v, date):
            raise QueryError(f"{name} must be a date, not {v!r}")
    if query.since and query.until and as_day(query.since) > as_day(query.until):
        raise QueryError(f"since ({as_day(query.since)}) is after until ({as_day(query.until)})")


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
    def search(self, query: Query, budget: Budget | None = None) -> Results: ...
    def count(self) -> int: ...
    def close(self) -> None: ...
