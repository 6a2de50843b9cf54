"""Atom 1.0 feeds of the archive: the latest articles of all portals, or of one province.

    feed_scope(slug)                     -> FeedScope, or None for an unknown province
    latest_articles(archive, scope, n)   -> the newest archived articles (dicts)
    atom_feed(scope, articles, ...)      -> the feed document, UTF-8 bytes
    conditional(body, articles, environ) -> the HTTP response, 304 when the reader has it

A province is taken as published (a pre-2025 slug such as "dak-nong") or as today's
province (a post-2025 slug such as "lam-dong", which then includes the provinces merged
into it). Articles are ordered by publication date, undated ones by when the archive first
saw them. The XML is built with xml.etree rather than a template: the Atom namespace,
attribute quoting and escaping are the library's by construction (no markup is written by
hand); characters XML 1.0 cannot carry are dropped and everything is NFC.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import UTC, datetime
from email.utils import format_datetime, parsedate_to_datetime
from typing import Any

from app import config
from app.web import hosts
from app.web.hosts import HostPolicy
from app.web.render import http_url
from crawler import provinces
from crawler.dates import TZ

ATOM_NS = "http://www.w3.org/2005/Atom"
FEED_SIZE = 50
SUMMARY_CHARS = 300
TAG_AUTHORITY = "lmhtx-archive,2025"  # tag: URIs (RFC 4151) for ids that are not URLs
_XML_BAD = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


@dataclass(frozen=True)
class FeedScope:
    slug: str | None  # None: every portal
    column: str | None  # "province" (as published) or "province_today"
    name: str

    @property
    def path(self) -> str:
        return f"/feeds/{self.slug or 'all'}.atom"


ALL = FeedScope(None, None, "Tất cả tỉnh/thành")


def feed_scope(slug: str) -> FeedScope | None:
    """The scope of /feeds/<slug>.atom: 'all', today's province (rolled up) or a province as
    published; None when there is no such province."""
    if slug == "all":
        return ALL
    if not provinces.is_known(slug):
        return None
    p = provinces.get(slug)
    column = "province" if p.era == "pre2025" else "province_today"
    return FeedScope(p.slug, column, p.name)


def latest_articles(archive: Any, scope: FeedScope, limit: int = FEED_SIZE) -> list[dict[str, Any]]:
    """The `limit` newest articles of the scope, newest first (by publication date, else by
    the time the archive first saw them), as archived items with id and first_seen."""
    return archive.latest(scope.column, scope.slug, limit)


# --- text ---------------------------------------------------------------------------------


def clean(value: Any) -> str:
    """NFC text that XML 1.0 can carry."""
    return _XML_BAD.sub("", unicodedata.normalize("NFC", "" if value is None else str(value)))


def summary(text: Any, limit: int = SUMMARY_CHARS) -> str:
    """The first ~limit characters of the text, on one line, cut at a word with '…'."""
    flat = " ".join(clean(text).split())
    if len(flat) <= limit:
        return flat
    cut = flat[:limit]
    space = cut.rfind(" ")
    if space > limit * 0.6:
        cut = cut[:space]
    return cut.rstrip(" ,;:.-–") + "…"


def rfc3339(value: Any) -> str | None:
    """'2024-06-05T10:00:00+07:00' or '2024-06-05' -> an Atom date (Vietnam time when no
    zone is given); None when not a date."""
    if not isinstance(value, str) or not re.match(r"^\d{4}-\d{2}-\d{2}", value):
        return None
    try:
        dt = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError:
        try:
            dt = datetime.fromisoformat(value[:10])
        except ValueError:
            return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=TZ)
    return dt.isoformat(timespec="seconds")


# --- the document ---------------------------------------------------------------------------


def _sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str) -> ET.Element:
    el = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", {k: clean(v) for k, v in attrs.items()})
    if text is not None:
        el.text = clean(text)
    return el


def entry_updated(article: dict[str, Any]) -> str:
    return rfc3339(article.get("published")) or rfc3339(article.get("first_seen")) or "1970-01-01T00:00:00+00:00"


def atom_feed(scope: FeedScope, articles: list[dict[str, Any]], *, base_url: str = "",
              now: datetime | None = None) -> bytes:
    """The Atom 1.0 document of a province (or all). `base_url` ('http://host:port', no
    trailing slash) makes the links absolute; without it they are relative to the feed."""
    title = "Tin mới từ các cổng Liên minh Hợp tác xã" if scope.slug is None else f"Tin mới – {scope.name}"
    subtitle = None
    if scope.column == "province_today" and scope.slug != provinces.NATIONAL:
        merged = [provinces.get(s).name for s in provinces.formed_from(scope.slug) if s != scope.slug]
        if merged:
            subtitle = f"{scope.name} hiện nay, gồm cả tin đăng khi còn là {', '.join(merged)}"
    elif scope.column == "province":
        subtitle = f"Tin đăng khi còn là {scope.name} (nay thuộc {provinces.get(provinces.today(scope.slug)).name})"
    return atom_document(f"feed/{scope.slug or 'all'}", title, articles, subtitle=subtitle, path=scope.path,
                         page="/dashboard", base_url=base_url, now=now)


def atom_document(feed_id: str, title: str, articles: list[dict[str, Any]], *, subtitle: str | None = None,
                  path: str, page: str, base_url: str = "", now: datetime | None = None) -> bytes:
    """An Atom 1.0 document of archived articles: `feed_id` (a tag: URI's specific part),
    `path` the feed's own address and `page` the web page it follows, both from '/'."""
    ET.register_namespace("", ATOM_NS)
    feed = ET.Element(f"{{{ATOM_NS}}}feed", {"{http://www.w3.org/XML/1998/namespace}lang": "vi"})
    _sub(feed, "id", f"tag:{TAG_AUTHORITY}:{feed_id}")
    _sub(feed, "title", title)
    if subtitle:
        _sub(feed, "subtitle", subtitle)
    stamps = [entry_updated(a) for a in articles]
    fallback = (now or datetime.now(TZ)).isoformat(timespec="seconds")
    _sub(feed, "updated", max(stamps, key=_instant) if stamps else fallback)
    _sub(feed, "link", rel="self", type="application/atom+xml", href=base_url + path)
    _sub(feed, "link", rel="alternate", type="text/html", href=base_url + page)
    author = _sub(feed, "author")
    _sub(author, "name", "Lưu trữ tin Liên minh HTX")
    _sub(feed, "generator", "lmhtx-archive")
    for article, updated in zip(articles, stamps):
        feed.append(_entry(article, updated, base_url))
    ET.indent(feed)
    return ET.tostring(feed, encoding="utf-8", xml_declaration=True)


def _entry(a: dict[str, Any], updated: str, base_url: str) -> ET.Element:
    entry = ET.Element(f"{{{ATOM_NS}}}entry")
    original = http_url(a.get("url")) or http_url(a.get("canonical_url"))
    canonical = http_url(a.get("canonical_url"))
    _sub(entry, "id", canonical or f"tag:{TAG_AUTHORITY}:article/{a['id']}")
    _sub(entry, "title", a.get("title") or "(không có tiêu đề)", type="text")
    _sub(entry, "updated", updated)
    published = rfc3339(a.get("published"))
    if published:
        _sub(entry, "published", published)
    archived = f"{base_url}/archive/{a['id']}"
    if original:
        _sub(entry, "link", rel="alternate", type="text/html", href=original)
        _sub(entry, "link", rel="related", type="text/html", href=archived, title="Bản lưu")
    else:  # no http(s) page to point at: the archived copy is the entry's page
        _sub(entry, "link", rel="alternate", type="text/html", href=archived, title="Bản lưu")
    author = _sub(entry, "author")
    _sub(author, "name", a.get("author") or a.get("site") or "Liên minh Hợp tác xã")
    for slug in dict.fromkeys(s for s in (a.get("province"), a.get("province_today")) if s):
        label = provinces.get(slug).name if provinces.is_known(slug) else slug
        _sub(entry, "category", term=slug, label=label)
    text = summary(a.get("text"))
    if text:
        _sub(entry, "summary", text, type="text")
    return entry


def last_modified(articles: list[dict[str, Any]]) -> datetime | None:
    """When the feed last changed: its newest entry date or archiving time."""
    stamps = [_instant(s) for a in articles
              for s in (entry_updated(a), rfc3339(a.get("first_seen"))) if s]
    return max(stamps, default=None)


def _instant(stamp: str) -> datetime:
    return datetime.fromisoformat(stamp)


# --- HTTP -------------------------------------------------------------------------------------


def base_url(environ: dict[str, Any], policy: HostPolicy | None = None) -> str | None:
    """'https://name[:port]' for absolute links in a feed: the configured public URL, else
    the request's Host when the allow-list accepts it (hosts.py); None: a Host we do not own
    (the caller answers 400 rather than write links to it)."""
    policy = policy or environ.get(hosts.ENVIRON_KEY) or HostPolicy.from_config(config.load())
    return policy.base_url(environ)


def conditional(body: bytes, articles: list[dict[str, Any]],
                environ: dict[str, Any]) -> tuple[int, list[tuple[str, str]], bytes]:
    """(status, headers, body) of a feed: ETag and Last-Modified, and 304 Not Modified when
    If-None-Match or If-Modified-Since says the reader already has this document."""
    etag = '"' + hashlib.sha1(body).hexdigest()[:24] + '"'
    modified = last_modified(articles)
    # private: a feed may be behind the login (shared caches must not keep it); Vary: its links
    # carry the Host it was asked for when no public URL is configured
    headers = [("ETag", etag), ("Cache-Control", "private, max-age=300"), ("Vary", "Host")]
    if modified is not None:
        headers.append(("Last-Modified", format_datetime(modified.astimezone(UTC), usegmt=True)))
    match = environ.get("HTTP_IF_NONE_MATCH")
    fresh = False
    if match:
        fresh = etag in [t.strip().removeprefix("W/") for t in match.split(",")] or match.strip() == "*"
    elif environ.get("HTTP_IF_MODIFIED_SINCE") and modified is not None:
        try:
            fresh = modified.replace(microsecond=0) <= parsedate_to_datetime(environ["HTTP_IF_MODIFIED_SINCE"])
        except (TypeError, ValueError):
            fresh = False
    if fresh:
        return 304, headers, b""
    return 200, [("Content-Type", "application/atom+xml; charset=utf-8"), *headers], body
