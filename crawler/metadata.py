"""What a page says about itself: <meta> tags, JSON-LD and its canonical URL.

Hand-written rather than through `extruct`: we need four fields (type, headline, author, site
name) from two formats, and a broken JSON-LD block must cost only itself.
"""

from __future__ import annotations

import itertools
import json
import re
from collections.abc import Iterator
from typing import Any, NamedTuple
from urllib.parse import urlsplit

from lxml import etree

from .parsing import doc_base
from .text import clean_line
from .urls import HOME_HREF, address_on_host, canonical_url
from .urlshapes import ids, slug

ARTICLE_TYPES = re.compile(r"(Article|BlogPosting|NewsArticle|Report|LiveBlogPosting)$")
# Where a page nests its own objects; not itemListElement: a list page's items are other articles.
_NESTED = ("@graph", "mainEntity", "mainEntityOfPage", "hasPart")


_METAS: list = [None, {}]  # the last page read and its metas' values by name: asked a few times a page


def metas(doc) -> dict[str, list[str]]:
    """The page's non-empty <meta> values by property, name and itemprop (lowercase), in page order."""
    if _METAS[0] is not doc:
        values: dict[str, list[str]] = {}
        for el in doc.iter("meta"):
            if value := clean_line(el.get("content") or ""):
                for key in dict.fromkeys(k.strip().lower() for k in (el.get("property"), el.get("name"), el.get("itemprop")) if k):
                    values.setdefault(key, []).append(value)
        _METAS[0], _METAS[1] = doc, values
    return _METAS[1]


def meta(doc, *names: str) -> str | None:
    """The first non-empty <meta property|name|itemprop=NAME content> (NAME lowercase), in the order of `names`."""
    metas_ = metas(doc)
    return next((metas_[name][0] for name in names if name in metas_), None)


def says_noindex(doc) -> bool:
    """Whether the page asks search engines not to index it (<meta name=robots content=noindex>):
    a wiki's old revision, a forum's print view, a search page. Of a text met elsewhere, the copy."""
    return "noindex" in (meta(doc, "robots", "googlebot") or "").lower()


def _types(node: dict) -> list[str]:
    t = node.get("@type")
    return [str(x) for x in t] if isinstance(t, list) else [str(t or "")]


def own_addresses(doc) -> frozenset[str]:
    """The addresses the page gives itself (its rel=canonical, og:url), without a closing slash."""
    hrefs = [el.get("href") for el in doc.iter("link") if "canonical" in (el.get("rel") or "").lower().split()]
    hrefs.append(meta(doc, "og:url"))
    return frozenset(h.strip().rstrip("/") for h in hrefs if h and h.strip())


def _names_page(node: dict, own: frozenset[str]) -> bool:
    entity = node.get("mainEntityOfPage")
    ids_ = (node.get("url"), node.get("@id"), entity.get("@id") if isinstance(entity, dict) else entity)
    return any(isinstance(v, str) and v.strip().rstrip("/") in own for v in ids_)


def flatten_jsonld(data, own: frozenset[str] = frozenset()) -> Iterator[dict]:
    """The objects of one parsed JSON-LD block, nested graphs and main entities included, in
    document order. A blog's `blogPost` that names the page itself (one of `own`, its addresses)
    is the page's own post (Hashnode describes a post's page as its Blog holding that post); a
    blog's other posts are other articles."""
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, list):
            stack.extend(reversed(node))
        elif isinstance(node, dict):
            yield node
            stack.extend(node[k] for k in _NESTED if isinstance(node.get(k), (list, dict)))
            if own and isinstance(posts := node.get("blogPost"), (list, dict)):
                stack.extend(p for p in (posts if isinstance(posts, list) else [posts])
                             if isinstance(p, dict) and _names_page(p, own))


MAX_OBJECTS = 200
_LAST: list = [None, None]  # the last page read and its JSON-LD: extraction asks several questions of one page


class JsonLd(NamedTuple):
    blocks: list[tuple[str, Any]]  # each block's text and its parsed value (None: broken JSON)
    own: frozenset[str]  # the page's own addresses (own_addresses), for flatten_jsonld
    objects: list[dict]  # every object of the parsed blocks (MAX_OBJECTS at most)


def jsonld_scripts(doc) -> list:
    """The page's JSON-LD <script> elements (a tag walk in C: cheaper than an XPath)."""
    return [s for s in doc.iter("script") if s.get("type") == "application/ld+json"]


def jsonld(doc) -> JsonLd:
    """The page's JSON-LD, each block parsed once per page; shared, not to be changed."""
    if _LAST[0] is doc:
        return _LAST[1]
    blocks: list[tuple[str, Any]] = []
    for script in jsonld_scripts(doc):
        raw = script.text or ""
        try:
            blocks.append((raw, json.loads(raw, strict=False)))
        except ValueError:
            blocks.append((raw, None))
    own = own_addresses(doc) if blocks else frozenset()  # (most pages have no JSON-LD: no walk of their links)
    objects: list[dict] = []
    for _, data in blocks:
        if data is not None:
            objects.extend(itertools.islice(flatten_jsonld(data, own), MAX_OBJECTS - len(objects)))
    _LAST[0], _LAST[1] = doc, JsonLd(blocks, own, objects)
    return _LAST[1]


def jsonld_objects(doc) -> list[dict]:
    """Every object of the page's JSON-LD blocks (MAX_OBJECTS at most); broken blocks skipped."""
    return jsonld(doc).objects


# A script framework's page state: the data a page was rendered from, as JSON in a script (Next.js'
# __NEXT_DATA__, GoDaddy's "renderBootstrap({…})", Nuxt's payload). Hand-read: no library finds JSON
# inside JavaScript; each object is decoded where a "{" opens a value (after "=", "(", or alone).
_X_STATE_SCRIPTS = etree.XPath("//script[not(@src)][not(contains(@type, 'ld+json'))]")
_STATE_OPENS = re.compile(r"(?:^|[=(,:]\s*)(\{)")
# (a headless CMS's own schema may name its fields in Vietnamese: "tieuDe", "ngayDang")
_TITLE_KEYS = ("title", "headline", "name", "tieuDe", "tieu_de")
_LOCALE_KEYS = ("iv", "vi", "vi-VN")
_STATE_CHARS = 2_000_000  # (a page's state past this is no article's)


def page_state_objects(doc, title: str) -> list[dict]:
    """The objects of the page's script state that describe the page itself: those whose title
    (`title`, `headline`, `name`) is the page's `title`, outermost first."""
    title = clean_line(title)
    if not title:
        return []
    forms = {title, json.dumps(title)[1:-1]}
    found: list[dict] = []
    for script in _X_STATE_SCRIPTS(doc):
        code = script.text or ""
        if len(code) > _STATE_CHARS or not any(f in code for f in forms):
            continue
        decoder = json.JSONDecoder()
        end = 0
        for m in _STATE_OPENS.finditer(code):
            if m.start(1) < end:
                continue  # (inside an object already decoded)
            try:
                data, end = decoder.raw_decode(code, m.start(1))
            except ValueError:
                continue
            found.extend(node for node in _dicts(data)
                         if any(isinstance(v := state_value(node, k), str) and clean_line(v) == title for k in _TITLE_KEYS))
    return found


def state_value(node: dict, key: str):
    """A field of a script state's object, out of its wrapper by language when the CMS keeps one
    (Squidex' "ngayDang": {"iv": "2024-11-02T19:30:00Z"}, "iv" its invariant value)."""
    value = node.get(key)
    if isinstance(value, dict) and len(value) == 1 and (inner := next(iter(value))) in _LOCALE_KEYS:
        return value[inner]
    return value


def _dicts(data) -> Iterator[dict]:
    stack = [data]
    while stack:
        node = stack.pop()
        if isinstance(node, dict):
            yield node
            stack.extend(reversed(list(node.values())))
        elif isinstance(node, list):
            stack.extend(reversed(node))


def jsonld_article(doc) -> dict | None:
    """The page's own Article-like JSON-LD object, if it declares one."""
    for node in jsonld_objects(doc):
        if any(ARTICLE_TYPES.search(t) for t in _types(node)):
            return node
    return None


# on the attributes' own axis, the types that may name an article only
_X_TYPED = etree.XPath("(//@itemtype | //@typeof)[contains(., 'Article') or contains(., 'Posting') "
                       "or contains(., 'Report')]/parent::*")
_X_LINKED_HEADING = etree.XPath(".//*[self::h1 or self::h2 or self::h3 or self::h4]//a[@href][not(starts-with(@href, '#'))]")


def markup_article(doc) -> bool:
    """Whether the page's markup types one item as its article: microdata's itemtype or RDFa's
    typeof ("schema:Article", Drupal's node) on one element, which is no other item's part (a
    blog's `itemprop=blogPost`) and whose heading links nowhere (a list's post links its own
    page). A list types each of its teasers so: several say nothing."""
    typed = [el for el in _X_TYPED(doc)
             if any(ARTICLE_TYPES.search(t) for t in (el.get("itemtype") or el.get("typeof") or "").split())]
    return len(typed) == 1 and typed[0].get("itemprop") is None and not _X_LINKED_HEADING(typed[0])


# on the attributes' own axis: a predicate on every element cost more than the rest of the test
_X_CARTS = etree.XPath(".//*/@class[contains(., 'add_to_cart') or contains(., 'add-to-cart')]/.. | .//*/@name[contains(., 'add-to-cart')]/..")
_PRICE = re.compile(r"\d[\d.,]*\s*(?:₫|VNĐ|VND|đồng|đ(?![^\W\d_]))")
_X_PRODUCT_ITEM = etree.XPath("boolean(//@itemtype[contains(., 'Product')])")


def _product_hint(doc) -> bool:
    """A word "product" in a meta, JSON-LD or microdata type (tag walks in C, then one XPath on
    the attributes' axis: a third of one XPath union's cost)."""
    return any("roduct" in v for values in metas(doc).values() for v in values) \
        or any("Product" in raw for raw, _ in jsonld(doc).blocks) or _X_PRODUCT_ITEM(doc)


def _in_card(el, box) -> bool:
    """Whether `el` sits in a card of its own inside `box`: an element under it holding a heading."""
    for parent in el.iterancestors():
        if parent is box:
            return False
        if next(parent.iter("h2", "h3", "h4", "h5", "h6"), None) is not None:
            return True
    return False


def is_product_page(doc, title_el) -> bool:
    """Whether the page says it sells what its title names: og:type product, a JSON-LD Product
    and no article, or the title inside a schema.org Product item (a shop theme's product page,
    whose description is prose about a cooperative: no news)."""
    boxes = list(itertools.islice(title_el.iterancestors(), 3)) if title_el is not None else []
    if boxes and _X_CARTS(boxes[-1]):
        # a shop theme without markup (WooCommerce in Flatsome): a price and an add-to-cart
        # button beside the title (the largest box holds every smaller one's)
        for box in boxes:
            # (not the button of another product's card, under its own title: a shop's blog post
            # showing the products it tells of)
            carts = [c for c in _X_CARTS(box) if not _in_card(c, box)]
            if carts and _PRICE.search(box.text_content()):
                return True
    if not _product_hint(doc):
        return False
    if (meta(doc, "og:type") or "").lower().startswith("product"):
        return True
    if jsonld_article(doc) is None and any("Product" in _types(node) for node in jsonld_objects(doc)):
        return True
    return title_el is not None and any(
        (a.get("itemtype") or "").rstrip("/").endswith("schema.org/Product") for a in title_el.iterancestors())


def _names(value) -> list[str]:
    if isinstance(value, str):
        return [clean_line(value)]
    if isinstance(value, dict):
        if any(t in ("Organization", "NewsMediaOrganization", "WebSite", "GovernmentOrganization")
               for t in _types(value)):
            return []
        return _names(value.get("name"))
    if isinstance(value, list):
        return [n for v in value for n in _names(v)]
    return []


def jsonld_authors(article: dict | None) -> list[str]:
    """Person authors of a JSON-LD article (organisations are publishers, not authors)."""
    if not article:
        return []
    return [n for n in _names(article.get("author")) if n]


# The links the page names its front page with ("Trang chủ", "Home"): their address is the site's
# home, whatever it looks like (a portal's "/cs/Satellite?…&pagename=…/Home").
_X_HOME_LINKS = etree.XPath("//a[normalize-space()='Trang chủ' or normalize-space()='Trang Chủ' or normalize-space()="
                            "'TRANG CHỦ' or normalize-space()='Home' or normalize-space()='HOME']/@href")
_LOGO_NAME_CHARS = 120
_LOGO_IMAGES = 12  # the logo is among the page's first pictures (its header's)


def _logo_names(doc) -> set[str]:
    """The alt text of the logo: a picture in the first link to the site's front page (a relative
    root address, or the one its "Trang chủ" link names). A root address of another host is
    another site's logo (a partner's, a share button's)."""
    homes = None
    for img in itertools.islice(doc.iter("img"), _LOGO_IMAGES):
        a = next((x for x in itertools.islice(img.iterancestors(), 3) if x.tag == "a"), None)
        if a is None or not (alt := clean_line(img.get("alt") or "")):
            continue
        href = (a.get("href") or "").strip()
        if not (href and HOME_HREF.match(href) and not href.startswith(("http:", "https:", "//"))):
            if homes is None:
                homes = {h.strip() for h in _X_HOME_LINKS(doc)}
            if href not in homes:
                continue
        return {alt} if 3 <= len(alt) <= _LOGO_NAME_CHARS else set()
    return set()


_X_FEED_TITLES = etree.XPath("//head/link[@rel='alternate'][contains(@type, 'rss') or contains(@type, 'atom')]/@title")
# the feed's kind after the site's name ("Sổ tay Liên minh HTX Phú Yên (Atom)", "Site » Feed", "Site RSS")
_FEED_KIND = re.compile(r"(?i)\s*(?:[»|:\-–]\s*)?\(?(?:rss(?:\s*2\.0)?|atom|feed|dòng\s+thông\s+tin|nguồn\s+cấp(?:\s+dữ\s+liệu)?)\)?\s*$")
_FEED_COMMENTS = re.compile(r"(?i)comment|bình\s+luận|phản\s+hồi")


def feed_names(doc) -> list[str]:
    """The site's (or blog's) name its feeds' titles give: the part before a "»" (WordPress' "Site »
    Feed"), without the feed's kind; not a comments feed's, which may name the post."""
    out = []
    for title in _X_FEED_TITLES(doc):
        if _FEED_COMMENTS.search(title):
            continue
        name = _FEED_KIND.sub("", clean_line(title.split("»")[0]))
        if len(name) >= 8:
            out.append(name)
    return out


def site_names(doc) -> set[str]:
    """Names the page gives its site: og:site_name, application-name, JSON-LD publisher/WebSite,
    its logo's alt text, its feeds' titles."""
    names = {meta(doc, "og:site_name"), meta(doc, "application-name"), *_logo_names(doc), *feed_names(doc)}
    for node in jsonld_objects(doc):
        types = _types(node)
        if "WebSite" in types or "Organization" in types:
            names.update(_names(node.get("name")) if isinstance(node.get("name"), str) else [])
        pub = node.get("publisher")
        if isinstance(pub, dict) and isinstance(pub.get("name"), str):
            names.add(clean_line(pub["name"]))
    return {n for n in names if n}


# A forum's lite archive or a mobile copy labels the link to the page it copies:
# "Phiên bản đầy đủ: <a>", "View Full Version : <a>" (MyBB's and vBulletin's archives).
_X_FULL_VERSION = etree.XPath("//text()[contains(., 'đầy đủ') or contains(., 'Full Version') or contains(., 'full version')]")
_FULL_VERSION = re.compile(r"(?i)(?:full\s+version|(?:phiên\s+)?bản\s+đầy\s+đủ)\s*:\s*$")




def full_version(doc, url: str) -> str | None:
    """The address of the page this one copies in short, as its label says (a forum's lite
    archive: "Phiên bản đầy đủ: <a>"), on the same host; None on any other page. A page naming
    its canonical address is not asked (lite archives name none; the search costs ~0.9 ms)."""
    if _names_canonical(doc) or (href := _full_version(doc)) is None:
        return None
    return address_on_host(href, url, doc_base(doc, url))


def _names_canonical(doc) -> bool:
    """Whether the page's head names its canonical address (a copy's or a list's page would not)."""
    head = doc.find("head")
    return head is not None and head.find("link[@rel='canonical']") is not None


def _full_version(doc) -> str | None:
    for text in _X_FULL_VERSION(doc):
        if not _FULL_VERSION.search(text) or (parent := text.getparent()) is None:
            continue
        link = (parent[0] if len(parent) else None) if text.is_text else parent.getnext()
        if link is None and text.is_text and not (parent.tail or "").strip():
            link = parent.getnext()  # "<strong>Phiên bản đầy đủ: </strong><a …>"
        if link is not None and link.tag == "a" and (href := (link.get("href") or "").strip()):
            return href
    return None


# A post's own address named by a link of its tools: "Permalink", "Liên kết cố định"; LiveJournal's
# "Link" beside its comments' links ("<a>Link</a>|<a>1 comment</a>|<a>Leave a comment</a>")
_PERMALINK = re.compile(r"(?i)^(?:permalink|permanent\s+link|liên\s+kết\s+cố\s+định|đường\s+dẫn\s+cố\s+định)$")
_COMMENTS_LINK = re.compile(r"(?i)\b(?:comments?|bình\s+luận|phản\s+hồi)\b")
_X_LINK_WORDS = etree.XPath("//body//a[string-length(normalize-space(.)) < 26]")
# a post's time as its permalink's text ("Posted at <a>10:30SA thg 4 15, 2024</a>", Roller's): a year or a
# clock, few letters (matched here, not by the date parser, which reads this module)
_STAMP_TEXT = re.compile(r"\d{1,2}[:h]\d{2}|(?<!\d)(?:19|20)\d{2}(?!\d)")
_STAMP_LETTERS = 8
# a post's permalink named in its tools' data (HumHub's menu item "<a href='#' data-content-permalink='…'>")
_X_PERMALINK_DATA = etree.XPath("//body//@data-content-permalink | //body//@data-permalink")


def _stamp_text(text: str) -> bool:
    return bool(_STAMP_TEXT.search(text)) and sum(c.isalpha() for c in text) <= _STAMP_LETTERS


def permalink_of(doc, url: str) -> str | None:
    """The address of the post a page shows first, as its permalink names it (a journal's day
    archive holding one entry: its "Link", or its time beside the comments' link, leads to the entry's page; a social stream's posts,
    each with its menu's permalink), on the same host and not this page; None when the page
    names its canonical address."""
    if _names_canonical(doc):
        return None
    base, own = doc_base(doc, url), canonical_url(url)
    named = []
    for a in _X_LINK_WORDS(doc):
        text = clean_line(a.text_content())
        if (href := (a.get("href") or "").strip()) and (_PERMALINK.match(text) or (
                (text.lower() == "link" or _stamp_text(text)) and (box := a.getparent()) is not None
                and any(x is not a and _COMMENTS_LINK.search(x.text_content()) for x in box.iter("a")))):
            named.append((a, href))
    named += [(value.getparent(), value.strip()) for value in _X_PERMALINK_DATA(doc)]
    order = {el: i for i, el in enumerate(doc.iter())} if len(named) > 1 else {}
    for _, href in sorted(named, key=lambda pair: order.get(pair[0], 0)):
        if (target := address_on_host(href, url, base)) is not None and target != own:
            return target
    return None


def find_canonical(doc, url: str) -> str:
    """rel=canonical when it stays on the same host and names this page, not its section; the
    fetched URL cleaned otherwise."""
    for href in doc.xpath("//link[@rel='canonical']/@href"):
        href = href.strip()
        if href:
            candidate = address_on_host(href, url, doc_base(doc, url))
            if candidate is not None and not _names_a_section(candidate, url):
                return candidate
    return canonical_url(url)


def _names_a_section(canonical: str, url: str) -> bool:
    """Whether a canonical address names a section (or the site's root) where the page's own
    address names a page by an id or a slug: GetSimple's News Manager gives every post its news
    page's address ("/tin-tuc/" for "/tin-tuc/post/<slug>"), a misconfigured theme the front page's.
    Read as the page's identity, it would make every post one article. (One that names a page, by
    its query, id or slug, is another address of this one, or a renamed slug's.)"""
    if urlsplit(canonical).query or ids(canonical) or slug(canonical, _SLUG_WORDS):
        return False
    return bool(ids(url) or slug(url, _SLUG_WORDS))


_SLUG_WORDS = 3  # (a section's name is shorter: "tin-tuc", "van-ban")
