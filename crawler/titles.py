"""The article's title: the heading the page's <title>, og:title or JSON-LD headline names,
else those without the site's part; never the site's own name (a logo in an h1, the alliance's
name as meta author). `is_site_name` is also what keeps the site out of the author."""

from __future__ import annotations

import re
from collections.abc import Iterable

from lxml import etree

from .families import Rules
from .metadata import jsonld_article, meta
from .parsing import first_of, text_of
from .text import clean_line

_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—]{3,80}$")
_X_HEADINGS = etree.XPath("//h1 | //h2 | //h3 | //*[@itemprop='headline']")
_TITLE_SEPARATORS = re.compile(r"\s+[-|–—:»/]\s+|\s*[|»]\s*")
# The alliance's own name as a heading or meta author: the site, never a title or an author.
_ORG_NAME = re.compile(
    r"(?i)^(cổng\s+thông\s+tin\s+điện\s+tử\s+)?(liên\s+minh\s+(htx|hợp\s+tác\s+xã)|lmhtx)"
    r"(\s+(việt\s+nam|tỉnh|thành\s+phố|tp\.?)[\w\s.–-]{0,30})?$"
)


def _key(s: str) -> str:
    return clean_line(s).casefold()


def is_site_name(text: str, names: Iterable[str] = ()) -> bool:
    key = _key(text)
    return bool(key) and (bool(_ORG_NAME.match(key)) or any(key == _key(n) for n in names if n))


def _same_title(heading: str, ref: str) -> bool:
    """A heading and a <title>/og:title naming the same article (the ref may carry the site)."""
    h, r = _key(heading), _key(ref)
    if not h or not r:
        return False
    return h == r or (h in r and len(h) >= 0.4 * len(r)) or (r in h and len(r) >= 0.6 * len(h))


def _strip_site(title: str, names: Iterable[str], suffix: str | None) -> str:
    """<title> or og:title without the site's part: the learned suffix, a part naming the site,
    else (no evidence of the site's name) a short last part after a separator."""
    title = clean_line(title)
    if suffix and title.endswith(suffix) and len(title) > len(suffix) + 5:
        return title[: -len(suffix)].strip()
    parts = [p for p in _TITLE_SEPARATORS.split(title) if p.strip()]
    kept = [p for p in parts if not is_site_name(p, names)]
    if kept and len(kept) < len(parts):
        return max(kept, key=len) if len(kept) > 1 and len(max(kept, key=len)) > 30 else " - ".join(kept)
    return _TITLE_SUFFIX.sub("", title)


def find_title(doc, rules: Rules, *, names: Iterable[str] = (), suffix: str | None = None,
               furniture: set | None = None):
    """(title, element) of the article. The family's title element is a hint; else the heading
    (h1-h3, or any short element) that the page's <title>/og:title/JSON-LD headline names; else
    og:title or <title> without the site's part. Never the site's own name (a logo in an h1)."""
    names = set(names)
    el = first_of(rules.title, doc)
    if el is not None and not is_site_name(text_of(el), names):
        return text_of(el), el
    ld = jsonld_article(doc) or {}
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    refs = [r for r in (meta(doc, "og:title", "twitter:title"), headline, doc.findtext(".//title")) if r]
    furniture = furniture or set()
    headings = [h for h in _X_HEADINGS(doc) if not (furniture and (h in furniture or any(a in furniture for a in h.iterancestors())))]
    texts = [(h, text_of(h)) for h in headings]
    texts = [(h, t) for h, t in texts if 8 <= len(t) <= 400 and not is_site_name(t, names)]
    for ref in refs:
        for h, t in texts:
            if _same_title(t, ref):
                return t, h
    if refs:
        # A title-like element that is not a heading (span.title, td.tieude, div.tieu-de).
        wanted = {_key(_strip_site(r, names, suffix)) for r in refs}
        wanted.discard("")
        for node in doc.iter():
            own = node.text if isinstance(node.tag, str) and node.tag not in ("title", "meta", "script", "style") else None
            if own and len(own.strip()) >= 8 and _key(node.text_content()) in wanted:
                return text_of(node), node
    for ref in refs:
        stripped = _strip_site(ref, names, suffix)
        if len(stripped) >= 8 and not is_site_name(stripped, names):
            return stripped, None
    h1s = [(h, t) for h, t in texts if h.tag == "h1"]
    if len(h1s) == 1:
        return h1s[0][1], h1s[0][0]
    return None, None
