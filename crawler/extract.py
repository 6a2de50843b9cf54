"""One page in, one article (or the reason it is not one) out.

What the page contains decides; URL shapes, family selectors and the site's learned profile
are hints. The page is parsed once. Its title is the heading the page's <title>, og:title or
JSON-LD names (never the site's own name). Its text comes from the best candidate: the family's
or site's container when it holds prose, else the whole page without its furniture (common and
family rules, and the blocks the site's profile knows recur on every page, but never an element
holding most of the page's prose), read from the title on; trafilatura turns either into lines
and `cleanup` drops furniture lines. A page is an article when that text is prose rather than a
list of links and teasers and something besides says so (a date by the title, article metadata,
a URL shape, a listing date, a long text under its heading). Pages that are not articles
(listings, the front page, about and contact pages, caption-only stubs) say why.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from trafilatura.xml import xmltotxt
from w3lib.encoding import html_to_unicode

from . import dates
from .bylines import is_office, is_signer, signer_part
from .cleanup import clean_lines
from .families import Rules
from .families.base import ATTACHMENT, STATIC_TITLE
from .metadata import jsonld_article, jsonld_authors, meta, site_names
from .text import clean_line, fold, nfc
from .urls import canonical_url, host_of, path_and_query

MIN_TEXT_CHARS = 250  # below this a page is a stub (caption-only, "đang cập nhật")
MIN_PROSE_CHARS = 160  # characters in lines long enough to be prose, not captions
MAX_LINK_DENSITY = 0.5
ARTICLE_PROSE_CHARS = 500  # prose under its own heading: an article without other signals
LINK_LINE_SHARE = 0.7  # a line this much made of links to other pages of the site is a widget
ITEM_CHARS = 600  # a listing item (title, date, teaser) is short; an article's paragraph block is not
WRAPPER_SHARE = 0.4  # an element with more of the page's text than this is not furniture

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—]{3,80}$")
_DOC_NUMBER = re.compile(
    r"(?m)^\s*Số\s*(?:hiệu)?\s*:?\s*(\d{1,5}[A-Za-z]?(?:/\d{4})?[/-][A-ZĐ][A-ZĐa-z0-9]*(?:[/-][A-ZĐa-z0-9]+)*)\b"
)
_BYLINE_PREFIX = re.compile(r"(?i)^(tác\s+giả|theo|nguồn|bài\s*(và|,)?\s*ảnh|tin\s*(và|,)?\s*ảnh|người\s+viết)\s*:?\s*")
_LETTER = re.compile(r"[^\W\d_]")
_META_LINE = re.compile(r"^(Tác\s+giả|Người\s+viết|Nguồn\s+tin|Biên\s+tập)\s*:\s*\S")
_SOURCE_LINE = re.compile(r"^(?:Theo|Nguồn)\s*:?\s+(.+)$")
_MEDIA = re.compile(r"(?i)\b(báo|đài|tạp\s+chí|cổng|ttxvn|thông\s+tấn|truyền\s+hình|vtv|vov|sở|bộ|ubnd|website)\b"
                    r"|\.(vn|com|net|org)\b")
_WORD = re.compile(r"\w+")
FINGERPRINT_WORDS = 400
_VI_CHARS = re.compile(r"[ăâđêôơưàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ]", re.I)
_CAPTION_TAGS = ("figcaption",)
_CAPTION_CLASSES = etree.XPath(
    "//*[contains(@class,'caption') or contains(@class,'image_desc') or contains(@class,'chuthich')]"
)


@dataclass
class Extraction:
    kind: str  # article | listing | page | stub | denied | empty
    reason: str = ""
    item: dict[str, Any] | None = None
    doc: Any = field(default=None, repr=False)

    @property
    def is_article(self) -> bool:
        return self.kind == "article"


def _detect(body: bytes) -> str | None:
    # What Scrapy's TextResponse falls back to when nothing declares a charset.
    for encoding in ("ascii", "utf-8", "cp1252"):
        try:
            body.decode(encoding)
        except UnicodeError:
            continue
        return encoding
    return None


def decode_html(body: bytes, content_type: str | bytes | None = None, encoding: str | None = None) -> str:
    """Bytes to NFC text, the one decoding the crawl, `extract` and `reextract` share: the
    registry's `encoding:` when set (the site lies about its charset), else the declared
    charset (BOM, Content-Type header, meta), else Scrapy's own detection. windows-1258
    pages decode to combining tone marks, which NFC recomposes."""
    if encoding:
        text = body.decode(encoding, errors="replace")
    else:
        if isinstance(content_type, bytes):
            content_type = content_type.decode("latin-1")
        _, text = html_to_unicode(content_type, body, auto_detect_fun=_detect)
    return nfc(text)


_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]|&#0*(?:[0-8]|1[4-9]|2\d|3[01]|127);|&#[xX]0*(?:[0-8]|[eEfF]|1[0-9a-fA-F]|7[fF]);")


def parse_html(html: str) -> lxml.html.HtmlElement:
    # C0 controls, raw or as entities (text pasted from Word carries \x08), make lxml or
    # trafilatura drop the text around them.
    html = _CONTROL.sub("", _XML_DECL.sub("", nfc(html), count=1))
    doc = lxml.html.document_fromstring(html or "<html></html>")
    # Comments inside a sentence ("When <!-- -->President<!-- --> Trump") cut it for trafilatura.
    etree.strip_tags(doc, etree.Comment)
    return doc


def _text(el) -> str:
    return clean_line(el.text_content()) if el is not None else ""


def _first(xpath, doc):
    if xpath is None:
        return None
    for el in xpath(doc):
        if _text(el):
            return el
    return None


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
    el = _first(rules.title, doc)
    if el is not None and not is_site_name(_text(el), names):
        return _text(el), el
    ld = jsonld_article(doc) or {}
    headline = ld.get("headline") if isinstance(ld.get("headline"), str) else None
    refs = [r for r in (meta(doc, "og:title", "twitter:title"), headline, doc.findtext(".//title")) if r]
    furniture = furniture or set()
    headings = [h for h in _X_HEADINGS(doc) if not (furniture and (h in furniture or any(a in furniture for a in h.iterancestors())))]
    texts = [(h, _text(h)) for h in headings]
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
                return _text(node), node
    for ref in refs:
        stripped = _strip_site(ref, names, suffix)
        if len(stripped) >= 8 and not is_site_name(stripped, names):
            return stripped, None
    h1s = [(h, t) for h, t in texts if h.tag == "h1"]
    if len(h1s) == 1:
        return h1s[0][1], h1s[0][0]
    return None, None


def find_canonical(doc, url: str) -> str:
    """rel=canonical when it stays on the same host; the fetched URL cleaned otherwise."""
    for href in doc.xpath("//link[@rel='canonical']/@href"):
        href = href.strip()
        if href:
            candidate = canonical_url(href, base=url)
            if host_of(candidate) == host_of(url) and candidate.startswith("http"):
                return candidate
    return canonical_url(url)


_LAYOUT_CELL = etree.XPath("./tr/td | ./tr/th | ./*/tr/td | ./*/tr/th")
_BLOCKS = frozenset(("p", "div", "table", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "form", "br"))
LAYOUT_CELL_CHARS = 300  # a cell this long is page layout, not data


def _flatten_layout_tables(tree) -> None:
    """Tables that lay out a page (cells holding paragraphs, blocks or long text: old portals,
    ASP.NET) become plain blocks. Read as data tables, a whole article came out as one row."""
    for table in list(tree.iter("table")):
        cells = _LAYOUT_CELL(table)
        if not any(any(c.tag in _BLOCKS for c in cell.iterdescendants()) or len(cell.text_content()) > LAYOUT_CELL_CHARS
                   for cell in cells):
            continue
        for el in [table, *table.iter("tbody", "thead", "tfoot", "tr")]:
            el.tag = "div"
        for cell in cells:
            cell.tag = "div"


def _prepare(tree) -> lxml.html.HtmlElement:
    """Captions and list items become plain paragraphs, because trafilatura drops
    caption-classed elements and prefixes list items with "- "; layout tables become blocks
    (in place, on a copy)."""
    _flatten_layout_tables(tree)
    for el in tree.iter("figcaption", "li"):
        el.tag = "p"
        el.attrib.pop("class", None)
    for el in _CAPTION_CLASSES(tree):
        if el.tag in ("span", "em", "i", "div", "td", "p"):
            el.tag = "p"
        el.attrib.pop("class", None)
    for el in tree.iter("figure", "ul", "ol"):
        el.tag = "div"
        el.attrib.pop("class", None)
    return tree


def _contains(outer, inner) -> bool:
    return any(el is outer for el in inner.iterancestors()) or outer is inner


_FURNITURE_MARK = "data-lmhtx-furniture"
_NO_TEXT_TAGS = frozenset(("script", "style", "noscript", "iframe", "button", "select", "textarea", "input"))


def _paragraph_prose(tree) -> dict:
    """<p> → its length, for paragraphs long enough to be sentences (menus, footers and
    counters have none): how much of the page's prose an element holds."""
    return {p: n for p in tree.iter("p") if (n := len(p.text_content().strip())) >= 80}


def _prune(tree, rules: Rules) -> None:
    """Drop the furniture: elements the profile marked, then the family's and common rules.
    An element holding much of the page's prose is never furniture, whatever its tag or class:
    ASP.NET and SharePoint wrap the whole page in a <form>, and a class such as "print-area"
    or "share-content" can sit on the article's own container."""
    for el in tree.xpath(f"//*[@{_FURNITURE_MARK}]"):
        if el.getparent() is not None:
            el.drop_tree()
    matched = rules.remove(tree)
    for el in matched:
        if el.tag in _NO_TEXT_TAGS and el.getparent() is not None:
            el.drop_tree()
    wrapper = _wrapper_test(tree)
    for el in matched:
        if el.getparent() is None or el.tag in _NO_TEXT_TAGS or wrapper(el):
            continue
        el.drop_tree()


def _wrapper_test(tree):
    """el -> whether it holds much of the page's prose (as the page is now): never furniture."""
    prose = _paragraph_prose(tree)
    total = sum(prose.values())
    if not total:  # a page without <p> (table layouts with <br>): all its text counts
        prose, total = None, len(tree.text_content())

    def wrapper(el) -> bool:
        held = (sum(prose.get(p, 0) for p in el.iter("p")) if prose is not None else len(el.text_content()))
        return bool(total) and held > WRAPPER_SHARE * total

    return wrapper


def _wrap(element) -> lxml.html.HtmlElement:
    doc = lxml.html.document_fromstring("<html><body><article></article></body></html>")
    doc.find(".//article").append(element)
    return doc


_TITLE_MARK = "data-lmhtx-title"
BEFORE_TITLE_SHARE = 0.3  # more prose than this above the title: the cut would lose the article


def _drop_before_title(tree) -> None:
    """Whole page: what comes before the article's title (banners, menus, breadcrumbs, the
    category kicker) is not the article, unless much of the page's prose is there."""
    marked = tree.xpath(f"//*[@{_TITLE_MARK}]")
    if not marked:
        return
    before = []
    node = marked[0]
    while node is not None and node.tag not in ("body", "html"):
        before.extend(node.itersiblings(preceding=True))
        node = node.getparent()
    prose = _paragraph_prose(tree)
    total = sum(prose.values())
    lost = sum(prose.get(p, 0) for el in before for p in el.iter("p"))
    if total and lost > BEFORE_TITLE_SHARE * total:
        return
    for el in before:
        el.drop_tree()
    # The title itself is not text: an inline title (span.TieuDe) would run into the date after it.
    if marked[0].getparent() is not None and len(marked[0].text_content()) < 400:
        marked[0].drop_tree()


def body_lines(doc, rules: Rules, container=None) -> list[str]:
    """Text lines of the article, before cleanup: of the container when given (a family or
    site selector), else of the whole page without its furniture.

    trafilatura runs in its fast mode, without its second opinions (readability, jusText):
    the candidates are compared here instead (container against whole page, pruned page
    against the untouched one). Measured on article-extraction-benchmark (181 sites) the
    second opinions changed one page, for the worse (F1 0.99 -> 0.33), and cost 5% of the
    CPU; on the sample portals they changed nothing."""
    if container is not None:
        tree = _wrap(copy.deepcopy(container))
        _prune(tree, rules)
        # Inside the article's own container a linked line ("Nguồn: vca.org.vn") is text;
        # trafilatura would drop it as a link-only paragraph.
        for a in list(tree.iter("a")):
            a.drop_tag()
    else:
        tree = copy.deepcopy(doc)
        _prune(tree, rules)
        _drop_before_title(tree)
        # Subheadings read as paragraphs: on a whole page trafilatura drops some (an <h3>
        # before a list) that belong to the article.
        for el in tree.iter("h2", "h3", "h4", "h5", "h6"):
            if el.get(_TITLE_MARK) is None:
                el.tag = "p"
    _prepare(tree)
    result = trafilatura.bare_extraction(
        tree,
        fast=True,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        with_metadata=False,
        deduplicate=False,
    )
    return extracted_text(result).split("\n")


def extracted_text(result) -> str:
    """The text of a trafilatura result, its entities decoded once. The parser has decoded
    them already; trafilatura's `xmltotxt` unescapes the text a second time (a page showing
    "&lt;b&gt;" would be archived as "<b>", "AT&amp;amp;T" as "AT&amp;T"), so every "&" of a
    copy of the extracted tree is escaped first and that second pass gives the text back."""
    if result is None or result.body is None:
        return ""
    body = copy.deepcopy(result.body)
    for el in body.iter():
        if el.text:
            el.text = el.text.replace("&", "&amp;")
        if el.tail:
            el.tail = el.tail.replace("&", "&amp;")
    return xmltotxt(body, False)


_X_AUTHOR_HINT = etree.XPath(
    "//*[@itemprop='author' or @rel='author' or contains(@class,'author') or contains(@class,'byline')"
    " or contains(@class,'tac-gia') or contains(@class,'tacgia')][not(self::meta) and not(self::link)]"
)


def _hinted_author(doc, title_el, names) -> str | None:
    """A byline element named so by its markup (class "author", "byline", "tac-gia"), after the
    title and outside comments and sidebars; the first one only (later ones are other posts')."""
    above = set(title_el.iterancestors()) if title_el is not None else set()
    for el in _X_AUTHOR_HINT(doc):
        if any("comment" in (a.get("class") or "") or a.tag in ("aside", "nav") for a in el.iterancestors()):
            continue
        if title_el is not None and (el in above or dates.precedes(el, title_el)):
            continue
        name = _BYLINE_PREFIX.sub("", _text(el)).strip(" .:-")
        if name and _looks_like_byline(name) and not is_site_name(name, names) and not _MEDIA.search(name):
            return name
        return None
    return None


def find_author(doc, rules: Rules, lines: list[str], *, official: bool = False,
                names: Iterable[str] = (), title_el=None) -> str | None:
    """The author element, else JSON-LD's person author, else a byline closing the text, else
    <meta name=author>. An official document closes with its signer, who is not an author; the
    site's own name in a meta tag is not an author either."""
    el = _first(rules.author, doc)
    if el is not None:
        name = _BYLINE_PREFIX.sub("", _text(el)).strip(" .:-")
        if name:
            return name
    if official:
        return None
    for name in jsonld_authors(jsonld_article(doc)):
        if 2 < len(name) < 80 and not is_site_name(name, names):
            return name
    hinted = _hinted_author(doc, title_el, names)
    if hinted:
        return hinted
    for line in reversed(lines[-3:]):
        if source := _SOURCE_LINE.match(line):
            # "Theo: Hoàng Vũ" names a person; "Theo Báo Cà Mau", "Nguồn: vca.org.vn" a source.
            name = source.group(1).strip(" .")
            if _looks_like_byline(name) and not _MEDIA.search(name):
                return name
            continue
        if _looks_like_byline(line):
            return _BYLINE_PREFIX.sub("", line).strip()
        break
    value = meta(doc, "author", "article:author", "dc.creator")
    if value and not value.startswith("http") and len(value) < 80 and not is_site_name(value, names):
        return value
    return None


def _looks_like_byline(line: str) -> bool:
    """"Vũ Hùng, Phòng Tuyên truyền", "Lê Huy", "Đinh Thái PNV.", "Vũ Anh Liệu - Chi bộ …":
    a short line whose first part is a capitalised name of two to five words."""
    if len(line) > 80 or re.search(r"\d", line) or line.endswith((":", "?", "!", ";", "./.")):
        return False
    name = signer_part(_BYLINE_PREFIX.sub("", line))
    return is_office(name) or (name.count(".") <= 2 and is_signer(name))


def find_doc_number(lines: list[str]) -> str | None:
    head = "\n".join(lines[:6])
    m = _DOC_NUMBER.search(head)
    return m.group(1).rstrip(".") if m else None


_ANCHORS = etree.XPath("//a[@href]")


def find_attachments(doc, url: str, rules: Rules) -> list[dict[str, str]]:
    """Files the article links (PDF, DOC, ...), wherever the CMS puts them, but not those
    in the page's furniture (sidebars of documents, footers)."""
    candidates = [a for a in _ANCHORS(doc) if ATTACHMENT.search(a.get("href", ""))]
    if not candidates:
        return []
    wrapper = _wrapper_test(doc)  # ASP.NET's whole-page <form> holds the article's files too
    furniture = {el for el in rules.remove(doc) if not wrapper(el)}
    seen, out = set(), []
    for a in candidates:
        if any(el in furniture for el in a.iterancestors()) or a in furniture:
            continue
        href = a.get("href").strip()
        absolute = canonical_url(href, base=url)
        if absolute in seen:
            continue
        seen.add(absolute)
        out.append({"url": absolute, "text": _text(a) or None, "type": ATTACHMENT.search(href).group(1).lower()})
    return out


def detect_language(text: str) -> str | None:
    letters = len(_LETTER.findall(text[:3000]))
    if not letters:
        return None
    return "vi" if len(_VI_CHARS.findall(text[:3000])) / letters > 0.03 else "en"


def _link_density(container) -> float:
    total = len(_text(container))
    if not total:
        return 1.0
    linked = sum(len(_text(a)) for a in container.iter("a"))
    return linked / total


def fingerprint(text: str) -> str:
    """Shared by syndicated copies: folded words of the body without its last short lines
    (bylines and "Nguồn:" lines differ between portals)."""
    lines = text.split("\n")
    while len(lines) > 1 and len(lines[-1]) < 80:
        lines.pop()
    body = " ".join(lines)
    # Fold only what the first 400 words need: folding the whole text cost more than the rest.
    # Folding never joins across whitespace, so the cut after a space changes nothing.
    raw = list(itertools.islice(_WORD.finditer(body), FINGERPRINT_WORDS + 20))
    if len(raw) > FINGERPRINT_WORDS:
        cut = body.find(" ", raw[-1].end())
        body = body if cut < 0 else body[:cut]
    words = _WORD.findall(fold(body))
    return hashlib.sha1(" ".join(words[:FINGERPRINT_WORDS]).encode()).hexdigest()


_ROOT_PATH = re.compile(
    r"(?i)^/((vi|vn|en|vi-vn|en-us|web/[\w-]+)/?)?((index|default|home|trang-?chu)(\.(html?|php|aspx?|jsp))?)?"
    r"(\?(lang|language|l)=\w+)?$|^/Pages/default\.aspx$"
)


def is_site_root(url: str) -> bool:
    """The site's front page, whatever it declares about itself (some say og:type=article)."""
    return bool(_ROOT_PATH.match(path_and_query(url)))


def _site_links(doc, url: str) -> list[tuple[Any, str]]:
    """(<a>, its text) of links to another page of the same site titled like an article (≥ 20 chars)."""
    host = host_of(url)
    out = []
    for a in doc.iter("a"):
        href = a.get("href") or ""
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")):
            continue
        if href.startswith(("http:", "https:", "//")) and host_of(href if href[0] != "/" else "http:" + href) != host:
            continue
        if len(text := clean_line(a.text_content())) >= 20:
            out.append((a, text))
    return out


def _item_of(a):
    """The listing item around a link: its largest ancestor (three levels at most) that leads
    nowhere else (a thumbnail and a title link to one page, a date, a teaser)."""
    href, item, node = a.get("href"), None, a
    for _ in range(3):
        node = node.getparent()
        if node is None or node.tag in ("body", "html", "ul", "ol", "table", "tbody", "form"):
            break
        if any(x.get("href") not in (None, href) for x in node.iter("a")) or len(node.text_content()) > ITEM_CHARS:
            break
        item = node
    return item


def _looks_like_listing(lines: list[str], links: list) -> int:
    """How many lines belong to a list of articles, when the text is one: lines that begin with
    the title of a link to another page of the site, or that sit in such a link's item (a
    teaser). A list: at least two such lines, most of the text, and no prose before them.
    An article's related-news box comes at its end; its shop or source links lead off the site.
    0 when the text is not a list. `links`: the page's `_site_links`."""
    if not links or not lines:
        return 0
    anchors = {t for _, t in links}
    items = "\n".join(clean_line(item.text_content()) for a, _ in links if (item := _item_of(a)) is not None)
    listed, chars = [], 0
    for i, raw in enumerate(lines):
        line = raw.strip("|-•*+ ")
        probe = line.rstrip(".…").strip()[:80]
        if line in anchors or any(line.startswith(a) for a in anchors if len(a) <= len(line)) \
                or (len(probe) >= 20 and probe in items):
            listed.append(i)
            chars += len(line)
    total = sum(len(line) for line in lines) or 1
    # A list starts at once (after a heading at most): prose of its own before the first link
    # title makes the page an article, and the links a box after it.
    starts = bool(listed) and not any(len(line) >= 80 for line in lines[: listed[0]])
    if len(listed) >= 2 and (len(listed) >= 0.4 * len(lines) or chars >= 0.5 * total) and starts:
        return len(listed)
    if len(listed) >= 4 and chars >= 0.6 * total:  # a category's introduction, then its list
        return len(listed)
    return 0


def _drop_link_lines(lines: list[str], links: list) -> list[str]:
    """Without lines made of other articles' titles ("Xem thêm: <a>…</a> <a>…</a>", a related
    box inside the article's container): a theme's related-links widget, not the article."""
    anchors = sorted({t for _, t in links}, key=len, reverse=True)
    if not anchors:
        return lines
    out = []
    for line in lines:
        covered, rest = 0, line
        for a in anchors:
            if a in rest:
                covered += len(a)
                rest = rest.replace(a, " ")
        if covered < LINK_LINE_SHARE * len(line):
            out.append(line)
    return out


def _prose(lines: list[str]) -> int:
    """Characters in lines that read as sentences (long, or of eight words or more), not captions."""
    return sum(len(line) for line in lines if len(line) >= 80 or line.count(" ") >= 7)


def _body(doc, rules: Rules, title: str, hint, cleaned: bool = False) -> tuple[list[str], Any]:
    """The article's lines, and the container they came from (None: the whole page). The
    family's or site's container is a hint: when it yields little text or mostly links, the
    whole page without its furniture is read too, and the richer text wins."""
    lead = _first(rules.lead, doc)
    if hint is not None:
        lines = body_lines(doc, rules, hint)
        if lead is not None and not _contains(hint, lead):
            lines.insert(0, _text(lead))
        lines = clean_lines(lines, title=title)
        if (_prose(lines) >= MIN_PROSE_CHARS and len("\n".join(lines)) >= MIN_TEXT_CHARS
                and _link_density(hint) <= MAX_LINK_DENSITY):
            return lines, hint
        page_lines = clean_lines(body_lines(doc, rules), title=title)
        if _prose(page_lines) > _prose(lines):
            return page_lines, None
        return lines, hint
    lines = clean_lines(body_lines(doc, rules), title=title)
    if _prose(lines) < MIN_PROSE_CHARS and not cleaned and (jsonld_article(doc) is not None
                                                            or (meta(doc, "og:type") or "").lower() == "article"):
        # A page that declares itself an article but whose text our pruning emptied: the
        # last candidate is trafilatura's own reading of the untouched page.
        raw = trafilatura.bare_extraction(copy.deepcopy(doc), with_metadata=False, include_tables=True)
        raw_lines = clean_lines(extracted_text(raw).split("\n"), title=title)
        if _prose(raw_lines) >= ARTICLE_PROSE_CHARS:
            return raw_lines, None
    return lines, None


def extract(
    html: str | lxml.html.HtmlElement,
    url: str,
    *,
    rules: Rules,
    site: str | None = None,
    site_name: str | None = None,
    province: str | None = None,
    province_today: str | None = None,
    listing_date: str | None = None,
    fetched_at: datetime | None = None,
    profile=None,
) -> Extraction:
    """The article of a page, or why it is not one. What the page contains decides: URL shapes,
    family selectors and the site's learned profile are hints (see the module docstring)."""
    doc = parse_html(html) if isinstance(html, str) else html
    canonical = find_canonical(doc, url)
    kind = rules.url_kind(path_and_query(canonical))
    if kind == "denied":
        return Extraction("denied", "URL matches a deny pattern", doc=doc)
    if is_site_root(canonical) or is_site_root(url):
        return Extraction("page", "the site's front page", doc=doc)
    names = site_names(doc) | ({site_name} if site_name else set())
    furniture: set = set()
    if profile is not None and profile.ready:
        furniture = set(profile.furniture_elements(doc))
        for el in furniture:
            el.set(_FURNITURE_MARK, "1")
    title, title_el = find_title(doc, rules, names=names, furniture=furniture,
                                 suffix=profile.title_suffix() if profile is not None and profile.ready else None)
    if not title:
        return Extraction("page", "no title", doc=doc)
    hint = _first(rules.body, doc)
    if title_el is not None:
        title_el.set(_TITLE_MARK, "1")
    lines, container = _body(doc, rules, title, hint, cleaned=bool(furniture))
    for el in itertools.chain(doc.xpath(f"//*[@{_TITLE_MARK}]"), furniture):
        el.attrib.pop(_TITLE_MARK, None)
        el.attrib.pop(_FURNITURE_MARK, None)
    if profile is not None and profile.ready:
        lines = [line for line in lines if not profile.is_furniture_line(line)]
    if container is not None and _link_density(container) > MAX_LINK_DENSITY:
        return Extraction("listing", "body is mostly links", doc=doc)
    links = _site_links(doc, url)
    if led := _looks_like_listing(lines, links):
        return Extraction("listing", f"{led} lines are titles or teasers of links: a list of articles", doc=doc)
    lines = _drop_link_lines(lines, links)
    text = "\n".join(lines)
    prose = _prose(lines)
    if len(text) < MIN_TEXT_CHARS or prose < MIN_PROSE_CHARS:
        return Extraction("stub", f"too little text ({len(text)} chars, {prose} in prose lines)", doc=doc)
    found = dates.find_published(
        doc,
        url,
        date_selectors=rules.date_css,
        title_selectors=rules.title_css,
        body_selectors=rules.body_css,
        listing_date=listing_date,
        fetched_at=fetched_at,
        title_element=title_el,
        body_element=container,
    )
    # What says "an article" besides its prose: a date, the page's own metadata, the URL shape.
    signals = [name for name, on in (
        ("date", found.published is not None or "year-less" in (found.missing_reason or "")),
        ("og:type", (meta(doc, "og:type") or "").lower() == "article"),
        ("json-ld", jsonld_article(doc) is not None),
        ("url", kind == "article"),
        ("listing", listing_date is not None),
        # a long text under a heading that the page's <title> names
        ("prose", prose >= ARTICLE_PROSE_CHARS and (title_el is not None or prose >= 2 * ARTICLE_PROSE_CHARS)),
    ) if on]
    static = kind == "listing" or any(p.search(path_and_query(canonical)) for p in rules.static_urls) \
        or bool(STATIC_TITLE.match(title))
    # A static page (about, contact) is news only with a date by its title: CMSes stamp
    # og:type=article on every page, and an about page is long prose.
    if not signals or (static and ("date" not in signals or len(signals) < 2)):
        why = "a static page (URL or title) without" if static else "no"
        return Extraction("page", f"{why} article signals (date, metadata, URL shape)", doc=doc)
    fetched_at = fetched_at or datetime.now(dates.TZ)
    doc_number = find_doc_number(lines)
    author = find_author(doc, rules, lines, official=doc_number is not None, names=names, title_el=title_el)
    # "Tác giả: X" / "Nguồn tin: Y" closing the page are its metadata (the author is kept as such).
    while len(lines) > 1 and _META_LINE.match(lines[-1]):
        lines.pop()
    text = "\n".join(lines)
    item = {
        "url": url,
        "canonical_url": canonical,
        "site": site,
        "province": province,
        "province_today": province_today,
        "title": title,
        "text": text,
        "published": found.published.isoformat() if found.published else None,
        "published_source": found.source or None,
        "published_missing": found.missing_reason,
        "listing_date": listing_date,
        "author": author,
        "language": detect_language(text),
        "doc_number": doc_number,
        "attachments": find_attachments(doc, url, rules),
        "fetched_at": fetched_at.astimezone(dates.TZ).isoformat(timespec="seconds"),
        "content_hash": hashlib.sha256(f"{title}\n{text}".encode()).hexdigest(),
        "fingerprint": fingerprint(text),
        "family": rules.family,
    }
    return Extraction("article", "", item=item, doc=doc)
