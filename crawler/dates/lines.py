"""The text lines of a page as the date finder reads them: furniture (banners, menus, widgets)
marked, the title located, the lines just after it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from lxml import etree

from ..parsing import is_hidden
from ..text import label_and_value

# Class/id words of banners, menus, widgets and lists of other articles. "top" only as a word
# start ("header-top", "topbar"), so "desktop" is not furniture.
_FURN_CLASS = re.compile(
    r"banner|header|(?:^|[\s_\-])top(?!ic)|menu|marquee|slogan|weather|thoitiet|counter|thongke|footer|"
    r"sidebar|related|lienquan|poll|khaosat|rating|comment|binhluan|tinkhac|tin-khac|other|widget|"
    r"copyright|quangcao|advert"
)
_HEADFOOT_CLASS = re.compile(r"header|footer")
# a day's heading over a blog's posts ("dateheader": Nucleus', "date-header": Blogger's): the date's
# header, no page's
_DATE_HEADER = re.compile(r"date[-_]?header")
# WordPress marks a never-updated post's date "published updated": updated only is an update
_UPDATED = re.compile(r"updated|modified")
_STAMP_CHARS = 80
_PUBLISHED = re.compile(r"publish|posted|created|pubdate")
_LAYOUT_CLASS = re.compile(r"header|(?:^|[\s_\-])top")  # layout words, not widget words
_FURN_TAGS = frozenset({"nav", "aside"})
_FURN_ROLES = frozenset({"banner", "navigation", "contentinfo", "complementary"})
_ARTICLE_TAGS = frozenset({"article", "main"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "select", "option", "button"})
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table tbody thead tfoot td th tr ul center".split()
)


# a post's own box by its microformat (h-entry, hAtom's hentry): its header and footer are the post's
_POST_CLASS = re.compile(r"(?:^|\s)h-?entry(?:\s|$)")


def _is_articleish(el: etree._Element) -> bool:
    return el.tag in _ARTICLE_TAGS or "Article" in (el.get("itemtype") or "") or bool(_POST_CLASS.search(el.get("class") or ""))


def _self_furniture(el: etree._Element, in_article: bool, lenient: bool = False,
                    shared: frozenset = frozenset()) -> bool:
    """Is this element itself furniture? Header/footer parts of an article are not.

    lenient: ignore the layout words header/top in class names (used for a site's date element
    sitting in the title's own container, e.g. "detail-header").
    shared: furniture words the title's own containers carry (a page builder calls every block
    a "widget", the title's too): they say nothing on this page.
    """
    tag = el.tag
    if tag in _FURN_TAGS or (el.get("role") or "").lower() in _FURN_ROLES:
        return True
    if is_hidden(el):
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if is_update_stamp(el):
        return True
    if "eader" in names:
        names = _DATE_HEADER.sub(" ", names)
    if tag in ("header", "footer"):
        return not in_article
    if not _FURN_CLASS.search(names):
        return False
    if lenient:
        names = _LAYOUT_CLASS.sub(" ", names)
    if in_article:
        names = _HEADFOOT_CLASS.sub(" ", names)
    return any(m.group(0).strip(" _-") not in shared for m in _FURN_CLASS.finditer(names))


def is_update_stamp(el: etree._Element) -> bool:
    """A last-update stamp ("entry-updated", itemprop=dateModified; a short line classed
    "info-update", SPIP's), not the publication's."""
    marks = f"{el.get('class') or ''} {el.get('id') or ''} {el.get('itemprop') or ''}".lower()
    if _PUBLISHED.search(marks):
        return False
    return bool(_UPDATED.search(marks)) or (
        "update" in marks and len(el.text_content()) <= _STAMP_CHARS)  # (not a block of "updates")


def furniture_words(title_chain) -> frozenset:
    """The furniture words in the class names of the title and its containers."""
    return frozenset(m.group(0).strip(" _-") for a in title_chain if isinstance(a.tag, str)
                     for m in _FURN_CLASS.finditer(f"{a.get('class') or ''} {a.get('id') or ''}".lower()))


POST_LEVELS = 3  # a post's blocks above its text: its body's wrappers, the post itself
POST_HEAD_PARTS = 4  # a post's head, and the elements in it holding its time
_HEADER_CLASS = re.compile(r"(?i)header")


def is_post_head(el, post_blocks) -> bool:
    """Whether `el` is the head of the post holding the text: a block named a header among the
    text's nearest containers (a forum's "Item-Header DiscussionHeader", JomSocial's "joms-comment__header")."""
    return el.tag == "div" and bool(_HEADER_CLASS.search(el.get("class") or "")) and el.getparent() in post_blocks


def _in_furniture(el: etree._Element, title_chain: frozenset, lenient: bool = False,
                  shared: frozenset = frozenset(), text_chain=None, post_blocks=None) -> bool:
    """Walk up from el; containers shared with the title are never furniture, nor those of the
    article's text (`text_chain()`: asked only when a container looks like furniture, the text's
    holder costing a search of the page), nor the header of the post holding the text
    (`post_blocks()`: the text's holder and its nearest containers; a forum's "Item-Header
    DiscussionHeader" beside its body holds the post's author and time)."""
    chain = [el, *el.iterancestors()]
    art_above = [False] * len(chain)  # art_above[i]: an article/main encloses chain[i]
    for i in range(len(chain) - 2, -1, -1):
        art_above[i] = art_above[i + 1] or _is_articleish(chain[i + 1])
    for i, a in enumerate(chain):
        if a in title_chain or not isinstance(a.tag, str) or a.tag in ("body", "html"):
            return False
        if _self_furniture(a, art_above[i], lenient, shared):
            if post_blocks is not None and is_post_head(a, post_blocks()):
                continue
            # (the text's containers and theirs, up to the page: nothing above is furniture either)
            return text_chain is None or a not in text_chain()
    return False


def precedes(a: etree._Element, b: etree._Element) -> bool:
    """True if a starts before b in document order (an ancestor of b does not count)."""
    ca = [a, *a.iterancestors()][::-1]
    cb = [b, *b.iterancestors()][::-1]
    i = 0
    while i < len(ca) and i < len(cb) and ca[i] is cb[i]:
        i += 1
    if i == len(ca) or i == len(cb) or i == 0:
        return False  # same element, ancestor/descendant, or different trees
    parent = ca[i - 1]
    return parent.index(ca[i]) < parent.index(cb[i])


class _Line(NamedTuple):
    text: str
    furniture: bool
    region: int  # 0 before the title, 1 title, 2 after it (2 everywhere when there is no title)
    in_body: bool
    # The label when the line is a table row's value cell ("Ngày ban hành" | "01/03/2024"): the
    # label says what the date is, so the line is no bare date line.
    label: str | None = None
    el: etree._Element | None = None  # the block the line's text begins in


_WS = re.compile(r"\s+")
HEAD_CHARS = 600  # text after the title read for its date line (the search stops at 300)


def _lines(root: etree._Element, title, body, max_chars: int = 30000, after_title: int | None = None) -> list[_Line]:
    """The page as text lines (block elements and <br> break lines), with where each lies.
    after_title: only the lines after the title, that many characters of them (the date line
    beside a title needs no walk of the menus above it or the page below)."""
    out: list[_Line] = []
    buf: list[str] = []
    flags: list = [None]
    region = [0 if title is not None else 2]
    size = [0]
    label: list[str | None] = [None]
    block_el: list = [None]
    title_chain = frozenset([title, *title.iterancestors()]) if title is not None else frozenset()
    shared = furniture_words(title_chain)

    def add(s: str, furn: bool, in_body: bool) -> None:
        if not buf:
            if s.isspace():
                return  # a line is where its first text is (not the indentation before it)
            flags[0] = (furn, region[0], in_body, label[0], block_el[0])
        buf.append(s)

    def flush() -> None:
        if buf:
            text = _WS.sub(" ", "".join(buf)).strip()
            buf.clear()
            if text:
                out.append(_Line(text, *flags[0]))
                size[0] += len(text)

    def visit(el, furn: bool, in_art: bool, in_body: bool) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS:
            if el.tail:
                add(el.tail, furn, in_body)
            return
        if size[0] > max_chars:
            return
        if after_title is not None and region[0] == 0 and el not in title_chain:
            if el.tail:  # wholly before the title: only its tail may follow it
                add(el.tail, furn, in_body)
            return
        own_art = in_art or _is_articleish(el)
        own_furn = furn or (el not in title_chain and _self_furniture(el, in_art, shared=shared))
        own_body = in_body or el is body
        is_title = el is title
        block = tag in _BLOCK_TAGS
        if block or is_title:
            flush()
        outer = block_el[0]
        if block:
            block_el[0] = el
        if is_title:
            region[0] = 1
        if tag in ("td", "th"):
            label[0] = _cell_label(el)
        if el.text:
            add(el.text, own_furn, own_body)
        for child in el:
            visit(child, own_furn, own_art, own_body)
        if block or is_title:
            flush()
        block_el[0] = outer
        if tag in ("td", "th"):
            label[0] = None
        if is_title:
            region[0] = 2
        if el.tail:
            add(el.tail, furn, in_body)

    if after_title is not None and title is not None:
        max_chars = after_title
    visit(root, False, False, False)
    flush()
    return out


def _cell_label(cell: etree._Element) -> str | None:
    """The label of the cell before `cell` in its row, when that one is a label cell."""
    prev = cell.getprevious()
    while prev is not None and not isinstance(prev.tag, str):
        prev = prev.getprevious()
    cells = label_and_value(prev) if prev is not None else None
    return cells[0] if cells is not None else None
