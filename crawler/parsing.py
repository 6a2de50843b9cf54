"""A page's bytes to NFC text to an lxml tree, the one way the crawl, `extract`, `reextract`,
`sites add` and the benchmarks read a page; and the two element helpers every reader of the
tree uses (an element's clean text, the first element of a selector that has any)."""

from __future__ import annotations

import re
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from w3lib.encoding import html_to_unicode

from .markdownview import render_markdown_sources
from .text import clean_line, nfc

_XML_DECL = re.compile(r"^\s*<\?xml[^>]*\?>", re.I)


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


_CONTROL_CHARS = tuple(map(chr, (*range(0x00, 0x09), *range(0x0E, 0x20), 0x7F)))
_CONTROL_RAW = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]+")
_CONTROL_ENTITY = re.compile(r"&#(?:0*(?:[0-8]|1[4-9]|2\d|3[01]|127)|[xX]0*(?:[0-8]|[eEfF]|1[0-9a-fA-F]|7[fF]));")


def _drop_controls(html: str) -> str:
    """C0 controls, raw or as entities (text pasted from Word carries \x08), make lxml or
    trafilatura drop the text around them. Scanning a page with a character class cost 8 ms
    (a quarter of an extraction); the substring tests and the "&#"-prefixed pattern cost 0.5 ms."""
    if any(c in html for c in _CONTROL_CHARS):
        html = _CONTROL_RAW.sub("", html)
    return _CONTROL_ENTITY.sub("", html)


def _parser() -> lxml.html.HTMLParser:
    # lxml.html picks each element's class in Python (form and input elements get their own),
    # once for every element a reader touches: 7% of an extraction. No reader here uses the
    # form classes, so every element is an HtmlElement, picked in C.
    parser = lxml.html.HTMLParser()
    parser.set_element_class_lookup(etree.ElementDefaultClassLookup(
        element=lxml.html.HtmlElement, comment=lxml.html.HtmlComment,
        pi=lxml.html.HtmlProcessingInstruction, entity=lxml.html.HtmlEntity))
    return parser


_PARSER = _parser()


def parse_html(html: str) -> lxml.html.HtmlElement:
    html = _drop_controls(_XML_DECL.sub("", nfc(html), count=1))
    doc = lxml.html.document_fromstring(html or "<html></html>", parser=_PARSER)
    # Comments inside a sentence ("When <!-- -->President<!-- --> Trump") cut it for trafilatura.
    etree.strip_tags(doc, etree.Comment)
    _show_noscript_view(doc)
    _show_hidden_body(doc)
    if "markdown-body" in html:  # (a string's search, not the tree's, on every page)
        render_markdown_sources(doc)
    return doc


def _show_hidden_body(doc) -> None:
    """A page whose <body> is hidden until its script has rendered it (HedgeDoc's, CodiMD's
    `<body style="display:none;">`): every reader sees it, so it is no hidden element."""
    body = doc.find("body")
    if body is not None and "display:none" in (body.get("style") or "").replace(" ", "").lower():
        del body.attrib["style"]


NOSCRIPT_VIEW_CHARS = 200  # a few sentences: no "enable JavaScript" notice, no tracking pixel
_X_NOSCRIPT_HEADINGS = etree.XPath("//noscript//*[self::h1 or self::h2]")
_X_SHOWN_HEADINGS = etree.XPath("//body//*[self::h1 or self::h2][not(ancestor::noscript)]")


def _show_noscript_view(doc) -> None:
    """A JavaScript application's page (Flarum's, a single-page app's) sends an empty shell and
    its readable view inside <noscript>, which is what a reader without scripts sees: that view
    is the page when it holds the page's title as a heading that nothing outside it shows."""
    if doc.find(".//noscript") is None:
        return
    title = doc.findtext(".//title") or ""
    for heading in _X_NOSCRIPT_HEADINGS(doc):
        text = " ".join(heading.text_content().split())
        if len(text) < 10 or not " ".join(title.split()).startswith(text):
            continue
        if any(" ".join(h.text_content().split()) == text for h in _X_SHOWN_HEADINGS(doc)):
            return
        view = next(el for el in heading.iterancestors() if el.tag == "noscript")
        if len(" ".join(view.text_content().split())) >= NOSCRIPT_VIEW_CHARS:
            view.tag = "div"
        return


DISPLAY_NONE = re.compile(r"(?i)display\s*:\s*none")
_X_HIDDEN = etree.XPath("descendant-or-self::*[@hidden or contains(translate(@style, 'DISPLAYNOE ', 'displaynoe'), 'display:none')]")


def is_hidden(el) -> bool:
    """Whether `el` is hidden by the page itself (its `hidden` attribute or an inline
    "display: none": a one-page site's other sections, Carrd's; a collapsed quote): no reader
    sees it, so it names no title or date of the page."""
    return el.get("hidden") is not None or bool(DISPLAY_NONE.search(el.get("style") or ""))


def hidden_elements(el) -> set:
    """The elements `is_hidden` in `el` and under it (one XPath)."""
    return set(_X_HIDDEN(el))


def text_of(el) -> str:
    return clean_line(el.text_content()) if el is not None else ""


# A UI kit's badge after a heading's words ("<span class="ui green label">Ổn định</span>": Gitea's release,
# Bootstrap's "badge" "Mới")
_BADGE = re.compile(r"(?<![\w-])(?:label|badge|tag|chip|pill)(?![\w-])")
BADGE_WORDS = 3


def without_badge(h) -> str:
    """A heading's words without the badge its last element sets after them, else its text."""
    words = text_of(h)
    last = h[-1] if len(h) else None
    if last is not None and isinstance(last.tag, str) and _BADGE.search(last.get("class") or "") \
            and not (last.tail or "").strip() and 0 < len((badge := text_of(last)).split()) <= BADGE_WORDS \
            and words.endswith(badge) and len(words) > len(badge):
        return words[: -len(badge)].strip()
    return words


def text_before(el) -> str:
    """The text just before `el` in its parent: the previous sibling's tail, else the parent's
    own text ("Danh mục: " before a category's link, "bởi " before a writer's). A link first in an
    emphasis with no text of its own is read from the emphasis ("bởi <strong><a>…</a></strong>": phpBB)."""
    while True:
        prev = el.getprevious()
        if prev is not None:
            return prev.tail or ""
        parent = el.getparent()
        if parent is None:
            return ""
        if parent.text or parent.tag not in _EMPHASIS:
            return parent.text or ""
        el = parent


_EMPHASIS = frozenset("b strong em i u span font".split())


def links_its_picture(a) -> bool:
    """Whether a link holds the very picture it leads to (a lightbox's, whatever script serves the
    picture: Tiki's "tiki-download_file.php?fileId=31&display" for both): the photo, no other page."""
    href = (a.get("href") or "").strip()
    return bool(href) and any(href in (img.get("src"), img.get("data-src"), img.get("data-original"))
                              for img in a.iter("img"))


def next_element(el):
    """The element after `el` among its siblings (comments and processing instructions passed), or None."""
    nxt = el.getnext()
    while nxt is not None and not isinstance(nxt.tag, str):
        nxt = nxt.getnext()
    return nxt


def following(el, limit: int):
    """The first `limit` elements after `el` in document order, its descendants excluded: XPath's
    following::*[position() <= limit] without its walk of the whole rest of the page (lxml
    builds the whole axis before it counts; 0.1 ms a call on a long page)."""
    count = 0
    node = el
    while node is not None and count < limit:
        sib = node.getnext()
        while sib is not None:
            for d in sib.iter():
                if isinstance(d.tag, str):
                    yield d
                    count += 1
                    if count >= limit:
                        return
            sib = sib.getnext()
        node = node.getparent()


def first_of(xpath, doc):
    """The first element the (compiled) selector finds that holds text; None without a selector."""
    if xpath is None:
        return None
    for el in xpath(doc):
        if text_of(el):
            return el
    return None


def doc_base(doc, url: str) -> str:
    """The address a page's relative links resolve against: its <base href>, which may itself
    be relative (every Angular app has <base href="/">), else the page's own."""
    # (lxml's tag walk runs in C: cheaper than an XPath over the whole page)
    first = next((href for b in doc.iter("base") if (href := b.get("href")) is not None), None)
    href = first.strip() if first else None
    return urljoin(url, href) if href else url
