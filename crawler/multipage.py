"""An article split over pages (Joomla's pagebreak "Trang 1 / 2 · Tiếp >", a news CMS's
"Trang 2"): the address of its next part, and the article with that part's text joined.

The next part is the same address with a page parameter (`limitstart=1`, `page=2`), linked as
`rel=next` or by a pager's words. (Not a path segment: `/tin-tuc/124/` is as likely the next
article as the next part.) A listing's next page looks the same, so only an article page is
asked; parts are read until none is left (`MAX_PARTS`). A part met by itself is no article."""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

from lxml import etree

from .extract import content_hash, extract, fingerprint
from .links import PAGER_TEXT
from .pagekind import is_site_root
from .parsing import doc_base, text_of
from .urls import article_address, canonical_url, names_a_part, part_param, url_key

MAX_PARTS = 20
_NEXT_WORDS = re.compile(r"(?i)^(tiếp|trang\s+(sau|tiếp|kế)|next|sau|[»›>]{1,2})")
_X_NEXT = etree.XPath("//a[@href][contains(concat(' ', normalize-space(@rel), ' '), ' next ')]"
                      " | //link[@href][contains(concat(' ', normalize-space(@rel), ' '), ' next ')]")


# A later page by a path's last segment ("/threads/<slug>.125/page-2": XenForo's, vBulletin's
# "/page2"): an article page met there is a later page of the same thread or post.
_PAGE_SEGMENT = re.compile(r"(?i)/page[-/]?(?:[2-9]|\d{2,})/?$")


def is_part(url: str) -> bool:
    """A later part of an article ("limitstart=1", "page=2", ".../page-2"), read with its first page.
    A page parameter on the front page's address is no part of anything: the front page paged
    on, or a page of its own (TinyPortal's articles are "/index.php?page=14")."""
    parts = urlsplit(url)
    if _PAGE_SEGMENT.search(parts.path):
        return True
    pairs = parse_qsl(parts.query, keep_blank_values=True)
    for k, v in pairs:
        k = k.lower()
        # Joomla's limitstart counts from 0, a page number from 1
        if part_param(k, v) and k != "showall" and v not in ("", "0") and (k == "limitstart" or v != "1"):
            rest = urlencode([(k, v) for k, v in pairs if not part_param(k, v)])
            return not is_site_root(urlunsplit((parts.scheme, parts.netloc, parts.path, rest, "")))
    return False


def next_part(doc, url: str) -> str | None:
    """The next part of the article at `url`, or None: a link to the same article with another
    page, rel=next or worded as a pager's next step ("Tiếp >", "Trang sau")."""
    whole, here = article_address(url), url_key(url)
    candidates = list(_X_NEXT(doc)) + [a for a in doc.iter("a") if a.get("href") and names_a_part(a.get("href"))
                                       and _NEXT_WORDS.match(text := text_of(a)) and PAGER_TEXT.match(text)]
    base = doc_base(doc, url)
    for el in candidates:
        target = canonical_url(el.get("href").strip(), base=base)
        if target.startswith("http") and url_key(target) != here and article_address(target) == whole \
                and "showall" not in target.lower():
            return target
    return None


def extract_part(html, url: str, *, rules, site: str | None, site_name: str | None, fetched_at, profile):
    """The extraction of a later part, for its text, author and next part. Read as a page of the
    site but not of a province: whether it is news was decided on the first page (a part has no
    date of its own, and an undated English page would be taken for a static one)."""
    return extract(html, url, rules=rules, site=site, site_name=site_name, fetched_at=fetched_at, profile=profile)


def joined(item: dict, part: dict) -> dict:
    """`item` with the text of its next part after its own (lines it has already, a repeated
    lead or byline, once); the part's author when the first page named none."""
    lines = item["text"].split("\n")
    have = set(lines)
    more = [line for line in part["text"].split("\n") if line not in have]
    if not more:
        return item
    text = "\n".join(lines + more)
    item["text"] = text
    item["content_hash"] = content_hash(item["title"], text)
    item["fingerprint"] = fingerprint(text)
    if not item.get("author") and part.get("author"):
        item["author"] = part["author"]
    return item


def read_parts(item: dict, doc, url: str, read: Callable[[str], tuple[Any, str] | None]) -> dict:
    """`item` (the article at `url`, page `doc`) with its later parts joined, read one after the
    other by `read(address)` -> (its extraction, the address it came from), None when it cannot
    be read. For readers that have the parts at hand (the WARC, stored pages); the spider
    fetches them one request at a time instead."""
    part, number = next_part(doc, url), 1
    while part and number < MAX_PARTS:
        got = read(part)
        if got is None or got[0].item is None:
            break
        result, at = got
        item = joined(item, result.item)
        part, number = next_part(result.doc, at), number + 1
    return item
