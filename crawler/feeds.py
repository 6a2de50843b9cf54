"""RSS/Atom feeds and XML sitemaps: article URLs with the date the feed gives, if any."""

from __future__ import annotations

from email.utils import parsedate_to_datetime

from lxml import etree

from .dates import TZ
from .text import clean_line

_PARSER = etree.XMLParser(recover=True, resolve_entities=False, no_network=True, huge_tree=False)


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _iso(value: str | None) -> str | None:
    """RSS pubDate (RFC 822) to ISO; ISO dates pass through."""
    if not value:
        return None
    value = clean_line(value)
    try:
        dt = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return value
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=TZ)
    return dt.astimezone(TZ).isoformat()


def parse_xml(body: bytes):
    try:
        return etree.fromstring(body, _PARSER)
    except (etree.XMLSyntaxError, ValueError):
        return None


_FEED_ROOTS = frozenset({"rss", "feed", "rdf"})
_SITEMAP_ROOTS = frozenset({"urlset", "sitemapindex"})


def xml_kind(body: bytes, content_type: bytes | str | None) -> str | None:
    """"feed" or "sitemap" for a response served as XML (not XHTML) whose root is one, else None:
    a page's link to its feed ("RSS" in a forum's footer, "/forum/2-tin-tuc.xml/") reaches it as a page."""
    ctype = (content_type.decode("latin-1") if isinstance(content_type, bytes) else content_type or "").lower()
    if "xml" not in ctype or "html" in ctype:
        return None
    root = parse_xml(body)
    name = _local(root.tag) if root is not None else ""
    return "feed" if name in _FEED_ROOTS else "sitemap" if name in _SITEMAP_ROOTS else None


def feed_entries(body: bytes) -> list[tuple[str, str | None]]:
    """(link, published) of each RSS item or Atom entry."""
    root = parse_xml(body)
    if root is None:
        return []
    out = []
    for node in root.iter():
        name = _local(node.tag)
        if name not in ("item", "entry"):
            continue
        link, published = None, None
        for child in node:
            cname = _local(child.tag)
            if cname == "link":
                link = link or (child.get("href") or child.text or "").strip() or None
            elif cname in ("pubdate", "published", "date", "issued"):
                published = published or _iso(child.text)
        if link:
            out.append((link, published))
    return out


def sitemap_entries(body: bytes) -> tuple[list[str], list[tuple[str, str | None]]]:
    """(child sitemaps, [(url, news publication date)]). `lastmod` is a modification
    date, not a publication date, so it is not passed on as one."""
    root = parse_xml(body)
    if root is None:
        return [], []
    children, urls = [], []
    is_index = _local(root.tag) == "sitemapindex"
    for node in root:
        if _local(node.tag) not in ("sitemap", "url"):
            continue
        loc, published = None, None
        for el in node.iter():
            name = _local(el.tag)
            if name == "loc" and el.text:
                loc = el.text.strip()
            elif name == "publication_date" and el.text:
                published = _iso(el.text)
        if loc:
            (children.append(loc) if is_index else urls.append((loc, published)))
    return children, urls
