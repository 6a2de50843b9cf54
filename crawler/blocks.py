"""A page as blocks of text: each block-level element's own lines, its linked share and the
signature of its place in the page (tag path with classes, digits folded), and the
normalised key of a text that makes a counter or today's date recur as one. Both the learned
site template (crawler.profile) and what it judges read pages this way.

Hand-written: the segmentation follows what the template learner needs (inline tags folded
into their block, signatures stable across pages of one site), which no library offers.
"""

from __future__ import annotations

import hashlib
import re

from lxml import etree

from .parsing import hidden_elements
from .text import clean_line

# Inline tags: their text belongs to the enclosing block.
INLINE = frozenset(
    "a abbr acronym b bdi bdo big br cite code data del dfn em font i img input ins kbd label mark nobr q s "
    "samp small span strike strong sub sup time tt u var wbr".split()
)
HEADINGS = frozenset("h1 h2 h3 h4 h5 h6".split())
SKIP = frozenset("script style noscript template head title textarea svg math".split())
_TEXT_NODES = etree.XPath(".//text() | .//br")  # a <br> breaks the line also when no text follows it directly

_ZERO_WIDTH = str.maketrans("\u200b\ufeff", "  ")
_ZERO = bytes.maketrans(b"123456789", b"000000000")
_WEEKDAY = re.compile(
    r"(?:thứ(?:hai|ba|tư|năm|sáu|bảy|bẩy|0)|chủnhật|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
    r"|(?:mon|tue|wed|thu|fri|sat|sun)(?=,?0))"  # "on Thu, 03/14/2024": Drupal's date line
)


def _fold_ws(text: str) -> str:
    if "\u200b" in text or "\ufeff" in text:
        text = text.translate(_ZERO_WIDTH)
    return " ".join(text.split())


def fold(text: str) -> str:
    """normalise() of a text already cleaned."""
    # No whitespace at all: "A- A A+" and "A-A A+" (inline spacing) are one key; bytes:
    # translating a str is slow, and digits are single bytes in UTF-8.
    raw = "".join(text.lower().split()).encode().translate(_ZERO)
    while b"00" in raw:
        raw = raw.replace(b"00", b"0")
    text = raw.decode()
    if len(text) <= 80 and ("thứ" in text or "chủ" in text or "day" in text or ",0" in text):
        text = _WEEKDAY.sub("~", text)
    return text


def normalise(text: str) -> str:
    """The key of a text: lower case without whitespace, every run of digits as one 0,
    weekday names as one token (counters and today's date change, the banner does not)."""
    return fold(clean_line(text))


def text_key(norm: str, link: bool) -> str:
    """The profile's key of a normalised text ("@" + it for a linked one)."""
    if len(norm) > 80:  # long texts: a prefix to read in the JSON, a hash to tell them apart
        norm = norm[:48] + "…" + hashlib.blake2b(norm.encode(), digest_size=6).hexdigest()
    return ("@" + norm) if link else norm


class Block:
    """A block-level element with text of its own (not counting nested blocks): its lines,
    how much of it is link text, its key (normalised text)."""

    __slots__ = ("el", "lines", "text", "chars", "link_chars", "key", "line_keys", "_sigs")

    def __init__(self, el, lines: list[str], link_chars: int, sigs: dict):
        self.el = el
        self.lines = lines
        self.text = lines[0] if len(lines) == 1 else " ".join(lines)
        self.chars = len(self.text)
        self.link_chars = min(link_chars, self.chars)
        link = self.is_link
        self.key = text_key(fold(self.text), link)
        self.line_keys = tuple(text_key(fold(x), link) for x in lines) if len(lines) > 1 else ()
        self._sigs = sigs

    @property
    def is_link(self) -> bool:
        return self.link_chars >= 0.8 * self.chars

    @property
    def prose_chars(self) -> int:
        return self.chars - self.link_chars

    @property
    def sig(self) -> str:
        return signature(self.el, self._sigs)

    def __repr__(self) -> str:
        return f"Block({self.el.tag}, {self.text[:40]!r})"


_HEXISH = re.compile(r"[0-9a-f]*\d[0-9a-f]*")


def _path(el, cache: dict) -> tuple:
    """Tag, id and classes of the element and its three nearest ancestors, digits as 0."""
    path = cache.get(el)
    if path is None:
        tag = el.tag
        if tag in ("body", "html") or not isinstance(tag, str):
            path = ()
        else:
            ident = el.get("id")
            cls = el.get("class")
            tok = tag
            if ident and not cls:  # (a class names the slot; an id beside it may name the page's type: PunBB's "brd-viewtopic")
                tok += "#" + ident.strip()
            if cls:
                tok += "." + ".".join(sorted(cls.split()))
            if ident or cls:
                # "post-123" and "post-9", "elementor-element-f57b28b" and "-16f78de" (a page
                # builder's ids, new on every page): one slot
                tok = _HEXISH.sub("0", tok)
            parent = el.getparent()
            path = (tok,) + (_path(parent, cache)[:3] if parent is not None else ())
        cache[el] = path
    return path


def signature(el, cache: dict) -> str:
    """The slot an element fills: it and three ancestors, stable across page types whose
    outer wrappers differ."""
    path = _path(el, cache)
    sig = cache.get(path)
    if sig is None:
        sig = cache[path] = hashlib.blake2b(">".join(path).encode(), digest_size=6).hexdigest()
    return sig


_LAST: list = [None, None]  # the last page segmented and its blocks: add, fit and furniture_elements share it


def segment(doc) -> list[Block]:
    """The page's blocks, computed once per page (the crawl asks three questions of each)."""
    if _LAST[0] is not doc:
        _LAST[0], _LAST[1] = doc, _segment(doc)
    return _LAST[1]


def shown_lines(el) -> list[str]:
    """An element's text as a browser shows it: one line per block and per <br> (not cached)."""
    return [line for block in _segment(el) for line in block.lines]


def _segment(doc) -> list[Block]:
    """The page's blocks in document order. One pass over the text nodes; each belongs to
    the nearest block-level ancestor of its owner, and is link text if an <a> is on the
    way. Text after a <br>, or after a nested block's text, starts a new line."""
    body = doc.find("body") if doc.tag == "html" else None
    root = body if body is not None else doc
    # (what the page hides is no block: Carrd's other sections, a collapsed quote)
    unseen = {d for h in hidden_elements(root) for d in h.iter()}
    owners: dict = {}  # element -> (block element, in link), or None (script, style, hidden, ...)
    acc: dict = {}  # block element -> [lines, parts of the current line, link chars, last node index]
    order: list = []

    def resolve(el):
        hit = owners.get(el, False)
        if hit is not False:
            return hit
        tag = el.tag
        if tag in SKIP or not isinstance(tag, str) or el in unseen:
            hit = None
        elif tag in INLINE and el is not root:
            parent = el.getparent()
            up = resolve(parent) if parent is not None else (el, False)
            hit = None if up is None else (up[0], up[1] or tag == "a")
        else:
            hit = (el, False)
        owners[el] = hit
        return hit

    i = 0
    for t in _TEXT_NODES(root):
        i += 1
        if isinstance(t, etree._Element):  # a <br>: the text after it is not consecutive with the text before
            continue
        if t.is_tail:
            el = t.getparent()
            if el is root:
                continue
            owner = el.getparent()
            newline = el.tag == "br"
        else:
            owner = t.getparent()
            newline = False
        if owner is None:
            continue
        hit = owners.get(owner, False)
        if hit is False:
            hit = resolve(owner)
        if hit is None:
            continue
        a = acc.get(hit[0])
        if a is None:
            if t.isspace():
                continue
            a = acc[hit[0]] = [[], [t], 0, i]
            order.append(hit[0])
        else:
            if newline or a[3] != i - 1:
                a[0].append("".join(a[1]))
                a[1] = [t]
            else:
                a[1].append(t)
            a[3] = i
        if hit[1]:
            a[2] += len(t.strip())
    out = []
    sigs: dict = {}
    for block_el in order:
        a = acc[block_el]
        a[0].append("".join(a[1]))
        lines = [x for x in map(_fold_ws, a[0]) if x]
        if lines:
            out.append(Block(block_el, lines, a[2], sigs))
    return out
