"""One page in, one article (or the reason it is not one) out.

The page is parsed once. The family's rules pick the title, the body container and the
date element; trafilatura extracts the body text from the container (or from the whole
pruned page when no container matches); `cleanup` removes furniture lines. Pages that are
not articles (listings, galleries, contact pages, caption-only stubs) say why.
"""

from __future__ import annotations

import copy
import hashlib
import itertools
import re
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

import lxml.html
import trafilatura
from lxml import etree
from w3lib.encoding import html_to_unicode

from . import dates
from .cleanup import clean_lines
from .families import Rules
from .families.base import ATTACHMENT
from .text import clean_line, fold, nfc
from .urls import canonical_url, host_of, path_and_query

MIN_TEXT_CHARS = 250  # below this a page is a stub (caption-only, "đang cập nhật")
MIN_PROSE_CHARS = 160  # characters in lines long enough to be prose, not captions
MAX_LINK_DENSITY = 0.5

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)
_TITLE_SUFFIX = re.compile(r"\s+[-|–—:]\s+[^-|–—]{3,80}$")
_DOC_NUMBER = re.compile(
    r"(?m)^\s*Số\s*(?:hiệu)?\s*:?\s*(\d{1,5}[A-Za-z]?(?:/\d{4})?[/-][A-ZĐ][A-ZĐa-z0-9]*(?:[/-][A-ZĐa-z0-9]+)*)\b"
)
_BYLINE_PREFIX = re.compile(r"(?i)^(tác\s+giả|theo|nguồn|bài\s*(và|,)?\s*ảnh|tin\s*(và|,)?\s*ảnh|người\s+viết)\s*:?\s*")
# Bylines signed by an office rather than a person: "Phòng Tư vấn hỗ trợ", "Văn phòng Liên minh HTX tỉnh".
_ORG_BYLINE = re.compile(r"^(Văn\s+phòng|Phòng|Ban|Trung\s+tâm|Liên\s+minh\s+(HTX|Hợp\s+tác\s+xã)|Bộ\s+phận)\s+[A-ZĐÀ-Ỹ]")
_LETTER = re.compile(r"[^\W\d_]")
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


def decode_html(body: bytes, content_type: str | None = None, encoding: str | None = None) -> str:
    """Bytes to NFC text: declared charset (header, BOM, meta), else detection.
    windows-1258 pages decode to combining tone marks, which NFC recomposes."""
    if encoding:
        text = body.decode(encoding, errors="replace")
    else:
        _, text = html_to_unicode(content_type, body)
    return nfc(text)


def parse_html(html: str) -> lxml.html.HtmlElement:
    html = _XML_DECL.sub("", nfc(html), count=1)
    return lxml.html.document_fromstring(html or "<html></html>")


def _text(el) -> str:
    return clean_line(el.text_content()) if el is not None else ""


def _first(xpath, doc):
    if xpath is None:
        return None
    for el in xpath(doc):
        if _text(el):
            return el
    return None


def _meta(doc, *names: str) -> str | None:
    for name in names:
        for el in doc.xpath(f"//meta[@property='{name}' or @name='{name}']"):
            value = clean_line(el.get("content") or "")
            if value:
                return value
    return None


def find_title(doc, rules: Rules) -> str | None:
    el = _first(rules.title, doc)
    if el is not None:
        return _text(el)
    og = _meta(doc, "og:title")
    if og:
        return _TITLE_SUFFIX.sub("", og)
    for h1 in doc.xpath("//h1"):
        if len(_text(h1)) > 15:
            return _text(h1)
    title = doc.findtext(".//title")
    return _TITLE_SUFFIX.sub("", clean_line(title)) if title else None


def find_canonical(doc, url: str) -> str:
    """rel=canonical when it stays on the same host; the fetched URL cleaned otherwise."""
    for href in doc.xpath("//link[@rel='canonical']/@href"):
        href = href.strip()
        if href:
            candidate = canonical_url(href, base=url)
            if host_of(candidate) == host_of(url) and candidate.startswith("http"):
                return candidate
    return canonical_url(url)


def _prepare(container) -> lxml.html.HtmlElement:
    """A copy of the body container (or page) ready for trafilatura: captions and list
    items become plain paragraphs, because trafilatura drops caption-classed elements and
    prefixes list items with "- "."""
    tree = copy.deepcopy(container)
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


def _prune(tree, rules: Rules) -> None:
    for el in rules.remove(tree):
        if el.getparent() is not None:
            el.drop_tree()


def _wrap(element) -> lxml.html.HtmlElement:
    doc = lxml.html.document_fromstring("<html><body><article></article></body></html>")
    doc.find(".//article").append(element)
    return doc


def body_lines(doc, rules: Rules, container) -> list[str]:
    """Text lines of the article, before cleanup."""
    if container is not None:
        tree = _wrap(_prepare(container))
        # Inside the article's own container a linked line ("Nguồn: vca.org.vn") is text;
        # trafilatura would drop it as a link-only paragraph.
        for a in list(tree.iter("a")):
            a.drop_tag()
    else:
        tree = _prepare(doc)
    _prune(tree, rules)
    result = trafilatura.bare_extraction(
        tree,
        favor_recall=True,
        include_comments=False,
        include_tables=True,
        include_images=False,
        with_metadata=False,
        deduplicate=False,
    )
    text = (result.text if result is not None else "") or ""
    return text.split("\n")


def find_author(doc, rules: Rules, lines: list[str], *, official: bool = False) -> str | None:
    """The author element, else a byline closing the text, else <meta name=author>. An
    official document closes with its signer, who is not an author."""
    el = _first(rules.author, doc)
    if el is not None:
        name = _BYLINE_PREFIX.sub("", _text(el)).strip(" .:-")
        if name:
            return name
    if official:
        return None
    for line in reversed(lines[-3:]):
        if line.startswith(("Theo ", "Theo:", "Nguồn:", "Nguồn ")):
            continue
        if _looks_like_byline(line):
            return _BYLINE_PREFIX.sub("", line).strip()
        break
    meta = _meta(doc, "author", "article:author", "dc.creator")
    if meta and not meta.startswith("http") and len(meta) < 80:
        return meta
    return None


def _looks_like_byline(line: str) -> bool:
    """"Vũ Hùng, Phòng Tuyên truyền", "Lê Huy", "Đinh Thái PNV.", "Vũ Anh Liệu - Chi bộ …":
    a short line whose first part is a capitalised name of two to five words."""
    if len(line) > 80 or re.search(r"\d", line) or line.endswith((":", "?", "!", ";", "./.")):
        return False
    name = re.split(r",\s+|\s+[-–]\s+|\s*\(", _BYLINE_PREFIX.sub("", line), maxsplit=1)[0].strip()
    words = name.split()
    if _ORG_BYLINE.match(name) and len(words) <= 8:
        return True
    if not 2 <= len(words) <= 5 or name.count(".") > 2:
        return False
    return all(w[:1].isupper() for w in words)


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
    furniture = set(rules.remove(doc))
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


def extract(
    html: str | lxml.html.HtmlElement,
    url: str,
    *,
    rules: Rules,
    site: str | None = None,
    province: str | None = None,
    province_today: str | None = None,
    listing_date: str | None = None,
    fetched_at: datetime | None = None,
) -> Extraction:
    doc = parse_html(html) if isinstance(html, str) else html
    canonical = find_canonical(doc, url)
    kind = rules.url_kind(path_and_query(canonical))
    if kind == "denied":
        return Extraction("denied", "URL matches a deny pattern", doc=doc)
    title = find_title(doc, rules)
    if not title:
        return Extraction("page", "no title", doc=doc)
    container = _first(rules.body, doc)
    lines = body_lines(doc, rules, container)
    lead = _first(rules.lead, doc)
    if lead is not None and container is not None and not _contains(container, lead):
        lines.insert(0, _text(lead))
    lines = clean_lines(lines, title=title)
    text = "\n".join(lines)
    og_article = (_meta(doc, "og:type") or "").lower() == "article"
    if kind == "listing" and not og_article:
        return Extraction("listing", "listing URL", doc=doc)
    if container is not None and _link_density(container) > MAX_LINK_DENSITY:
        return Extraction("listing", "body is mostly links", doc=doc)
    prose = sum(len(line) for line in lines if len(line) >= 80)
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
    )
    if kind == "other" and not (og_article or (container is not None and found.published)):
        return Extraction("page", "not an article URL and no article signals", doc=doc)
    fetched_at = fetched_at or datetime.now(dates.TZ)
    doc_number = find_doc_number(lines)
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
        "author": find_author(doc, rules, lines, official=doc_number is not None),
        "language": detect_language(text),
        "doc_number": doc_number,
        "attachments": find_attachments(doc, url, rules),
        "fetched_at": fetched_at.astimezone(dates.TZ).isoformat(timespec="seconds"),
        "content_hash": hashlib.sha256(f"{title}\n{text}".encode()).hexdigest(),
        "fingerprint": fingerprint(text),
        "family": rules.family,
    }
    return Extraction("article", "", item=item, doc=doc)
