"""What kind of page, by what it contains: the site's front page (whatever it declares about
itself), a list of articles (its lines are the titles and teasers of links to other pages of
the site), or a related-links widget inside an article."""

from __future__ import annotations

import itertools
import re
from collections import Counter
from typing import Any
from urllib.parse import unquote, urljoin, urlsplit

from lxml import etree

from . import dates
from .body import EXCERPT_END, MIN_PROSE_CHARS, prose_chars
from .cleanup import TAIL_MARKER
from .families.base import ATTACHMENT, REPLY_TITLE, common_furniture
from .links import PERMALINK, READ_MORE
from .parsing import doc_base, links_its_picture, next_element, text_of, without_badge
from .text import PROSE_PARAGRAPH_CHARS, clean_line
from .urls import (
    ACCOUNT_PAGE,
    HOME_HREF,
    MEDIA_FILE,
    address_on_host,
    article_address,
    behind_front_controller,
    canonical_url,
    host_of,
    names_a_part,
    path_and_query,
    url_key,
)

LINK_LINE_SHARE = 0.7  # a line this much made of links to other pages of the site is a widget
_LINKED_DATE = re.compile(r"\s*[(\[]?\d{1,2}[/.\-]\d{1,2}(?:[/.\-]\d{2,4})?(?:\s+\d{1,2}:\d{2})?[)\]]?")
TITLE_CHARS = 20  # a link titled like an article, not a category's name
TEASER_CHARS = 60  # a teaser is a sentence; shorter lines ("Xem thêm") are not matched to one
_NO_SPACE = re.compile(r"\s+")
ITEM_CHARS = 600  # a listing item (title, date, teaser) is short; an article's paragraph block is not
CLOSED_ITEM_CHARS = 1200  # ... an item closed by its "read more": its heading and first paragraph

_ROOT_PATH = re.compile(
    r"(?i)^/((vi|vn|en|vi-vn|en-us|web/[\w-]+)/?)?((index|default|home|trang-?chu)(\.(html?|php|aspx?|jsp))?)?"
    r"(\?(lang|language|l)=\w+)?$|^/Pages/default\.aspx$"
)
# The front page's list paged on: "/?page=2", a block theme's "/?query-1-page=3", Joomla's "?start=10",
# a blog's "/page/3/" (WordPress, Hexo, Hugo, Ghost).
_ROOT_PAGED = re.compile(r"(?i)^/((index|default|home|trang-?chu)(\.(html?|php|aspx?|jsp))?)?"
                         r"\?([\w-]*page[\w-]*|start|limitstart)=\d+$|^/((vi|vn|en)/)?(page|trang)/\d+/?$")


def is_site_root(url: str) -> bool:
    """The site's front page, whatever it declares about itself (some say og:type=article)."""
    return bool(_ROOT_PATH.match(path_and_query(url)))


def is_front_page_paged(url: str) -> bool:
    """A later page of the front page's list of news, by its address: a listing, unless the page
    titles itself as one of its headings (`titles.titled_as_heading`, asked by `extract`)."""
    return bool(_ROOT_PAGED.match(path_and_query(url)))


_PRINT_CALL = re.compile(r"^\s*(?:javascript:\s*)?(?:window\.|self\.)?print\(\)\s*;?\s*(?:return\s+\w+;?\s*)?$")
_X_PRINT_ON_LOAD = etree.XPath("//body/@onload | //script[not(@src)]/text()")


# A printer-friendly copy's own address: e107's "/print.php?news.214", Drupal's "/print/123",
# DNN's "/ctl/Print/...", a Vietnamese CMS's "/in-bai/..." (a print parameter is no address of its
# own: urls.canonical_url drops it)
_PRINT_ADDRESS = re.compile(r"(?i)/(?:print(?:er)?(?:[-_]?(?:view|friendly|version))?|in-?bai|ban-?in)(?:\.\w{2,5})?(?:[/?]|$)")


# ... or asked for by a parameter: phpBB's "&view=print", a CMS's "?layout=print", MediaWiki's "&printable=yes",
# SMF's "?action=printpage;topic=…" (its parameters set apart by ";")
# "?print=1", NetCat's bare copy "?isNaked=1" (the text without the site's frame)
_PRINT_QUERY = re.compile(r"(?i)[?&;](?:[a-z_]+=print(?:able|page)?|(?:printable|print|is_?naked)=(?:yes|1|true))(?:[&;]|$)")


def is_print_view(doc, url: str = "") -> bool:
    """A printer-friendly copy of an article, at a print address or printing itself as it loads
    (`<body onload="window.print()">`): the article is read at its own address. (A print
    button's onclick is the article's own page.)"""
    parts = urlsplit(url)
    return bool(_PRINT_ADDRESS.search(parts.path) or _PRINT_QUERY.search("?" + parts.query)) or any(_PRINT_CALL.match(code) for code in _X_PRINT_ON_LOAD(doc))


def site_links(doc, url: str, canonical: str | None = None) -> list[tuple[Any, str]]:
    """(<a>, its text) of links to another page (not a file, not this page) of the same site
    titled like an article (≥ 20 chars). `canonical`: the page's own address, when it is read at
    another (a blog's post at its id-only address, its title linking to the one with its slug)."""
    host = host_of(url)
    here, base = article_address(url), doc_base(doc, url)
    # the page's own address, as its menus and sidebars write it
    own = {url, path_and_query(url), *((canonical, path_and_query(canonical)) if canonical else ())}
    # ... in its letters too, as a page links its own Vietnamese slug ("/ảnh-mùa-sầu-riêng…", Habari's)
    # where the address asked for is percent-encoded
    own |= {unquote(u) for u in own if "%" in u}
    # (a page behind a PHP front controller may link itself without it: only there are keys compared)
    front = behind_front_controller(url)
    own_keys = {url_key(u) for u in (url, canonical) if u} if front else set()
    ids: set | None = None  # the page's element ids, read when a link names a fragment
    out: list[tuple[Any, str]] = []
    teasers: list[int] = []  # the "read more" links named by their item's heading
    for a in doc.iter("a"):
        href = a.get("href") or ""
        if not href or href.startswith(("#", "javascript:", "mailto:", "tel:")) or ATTACHMENT.search(href) \
                or MEDIA_FILE.search(href) or (len(a) and links_its_picture(a)):
            continue  # a linked file is the article's, not another page's (a gallery's photo in its lightbox)
        if href in own or (href[0] != "/" and not href.startswith(("http:", "https:")) and urljoin(base, href) in own):
            continue  # a "Tin mới" box listing this very page (its address relative to the page's base: Tiki's)
        if front and url_key(urljoin(base, href)) in own_keys:
            continue  # ... by its address before or behind the front controller ("/index.php/archives/98/")
        if "#" in href:
            if ids is None:
                ids = {el.get("id") for el in doc.iter() if el.get("id")}
            if href.rsplit("#", 1)[1] in ids:
                continue  # a post of this page by its own address (a forum's "viewtopic.php?p=1899#p1899")
        if href.startswith(("http:", "https:", "//")) and host_of(href if href[0] != "/" else "http:" + href) != host:
            continue
        if names_a_part(href) and article_address(urljoin(base, href)) == here:
            continue  # another part of this article (a split article's table of contents)
        # an empty link laid over a card ("post link to <title>") is named by its aria-label; a
        # link around a whole card (cover, <h3> title, teaser) by its heading
        heading = next(a.iter(*_HEADINGS), None) if len(a) else None
        # (a photo's link names the photo by its title, the caption under it: a gallery's, an attachment page's)
        # (a line break in the link's source is a space, as the page shows it: "the Bantin\nmailing list")
        text = clean_line(" ".join((heading if heading is not None else a).text_content().splitlines())) \
            or clean_line(a.get("aria-label") or (a.get("title") if a.find(".//img") is None else None) or "")
        if permalink := _PERMALINK_TO.match(text):
            text = permalink.group(1)  # Chyrp's "Permanent link to “<title>”" closing each item
        teaser = bool(READ_MORE.match(text) and (text := _item_heading(a) or text) and not READ_MORE.match(text))
        # (not the poster's archive: a short post would be its item, and read as a list's teaser)
        if len(text) >= TITLE_CHARS and a.get("rel") != "author" and not ACCOUNT_PAGE.search(href) \
                and not ATTACHMENT.named(text) and not dates.stamp_link(a, text):  # (a file's name: a download script's link)
            if teaser:
                teasers.append(len(out))
            out.append((a, text))
    if len(teasers) == 1:
        # one "read more" is a line's own link (a brief's "Xem thêm" under its heading), not a list's
        out = [link for i, link in enumerate(out) if i != teasers[0]]
    return out


ITEM_HEADING_LEVELS = 3
# A link naming the page it leads to as its permanent address ("Permanent link to “<title>”", a
# theme's screen-reader text made visible): the title it quotes names it
_PERMALINK_TO = re.compile(rf"(?i)^{PERMALINK}\s+(?:to|tới|đến)\s*"
                           r"[“\"'‘«]\s*(.+?)\s*[”\"'’»]$")


def headed_links(links: list) -> int:
    """How many of `site_links` are posts' headings: a link in or around a heading, or a "read more"
    its item's heading names (a menu's links are neither)."""
    return sum(1 for a, _ in links if next(a.iterancestors(*_HEADINGS), None) is not None
               or next(a.iter(*_HEADINGS), None) is not None
               or _reads_more(a.text_content()))


def _item_heading(a) -> str:
    """The heading of the item a "read more" link closes: the first heading of its nearest
    ancestor (three levels at most) that holds one and links no other page."""
    href, node = a.get("href"), a
    for _ in range(ITEM_HEADING_LEVELS):
        node = node.getparent()
        if node is None or node.tag in ("body", "html") or any(
                (x.get("href") or "#")[:1] != "#" and x.get("href") != href for x in node.iter("a")):
            return ""
        if (heading := next(node.iter(*_HEADINGS), None)) is not None:
            return clean_line(heading.text_content())
    return ""


_POST_HEADINGS = ("h1", "h2", "h3", "h4", "h5")
_HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
_BOLD = ("strong", "b")  # a post's heading when it is its block's whole text (a portal's "td.thead > strong > a")
_NOT_TEXT = frozenset({"head", "script", "style", "noscript", "template", "a", "option", "select", "textarea", "button"})


DESCRIPTION_CHARS = 300  # a section's description above its posts: a sentence or two


def whole_posts(doc, links: list, title: str = "", title_el=None) -> int:
    """How many posts the page shows whole, one after another (a blog's front, archive or author
    page, "Tiếp tục đọc" at most): headings of one kind that are each one link to another page of
    the site (`links`: the page's `site_links`), two or more followed by a paragraph of prose,
    and no paragraph before the first; 0 when the page is no such list. An article's related
    posts come after its own prose. A page titled by a section's name (`title`, as short as
    one) may describe itself in one short paragraph above its posts (a category's or a blog's
    description: XWiki's Blog, WordPress' archive description), unless a box's heading ("Tin liên
    quan") comes between or the paragraph is dated: a brief's, its related posts after it. The
    page's own title (`title_el`) ends the post before it, unless that post holds it: what follows
    is the page's (a shop's sidebar of products, each under its linked name, left of an article)."""
    described, introduced = 0 < len(title) <= OWN_TITLE_CHARS, False
    linked = {a for a, _ in links}
    url_of: dict = {}  # heading -> its link's href
    groups: dict[tuple, list[Any]] = {}
    for h in doc.iter(*_POST_HEADINGS, *_BOLD):
        anchors = list(h.iter("a"))
        # (its badge after the link aside: Gitea's release list, "<h4><a>…</a><span class=label>Ổn định")
        if len(anchors) == 1 and anchors[0] in linked and (text := without_badge(h)) \
                and clean_line(anchors[0].text_content()) == text \
                and (h.tag not in _BOLD or ((up := h.getparent()) is not None and clean_line(up.text_content()) == text)):
            # (a bold heading by its block's kind too: a menu's "li > b > a" is no post's "td.thead > strong > a")
            key = (h.tag, h.get("class")) if h.tag not in _BOLD else (h.tag, up.tag, up.get("class"))
            groups.setdefault(key, []).append(h)
            url_of[h] = (anchors[0].get("href") or "").strip()
    heads: set = set()
    for group in groups.values():
        if len(group) > len(heads):
            heads = set(group)
    # ... or one post, the page's only linked heading (a tag's or a theme's page of one post: WriteFreely's,
    # Ameba's), its title not the page's (a subheading of the post's text, or the list's name below it)
    posts = [group for group in groups.values() if not any(urlsplit(url_of[h]).path in ("", "/") for h in group)]
    single = posts[0][0] if len(posts) == 1 and len(posts[0]) == 1 else None
    if single is not None and (clean_line(single.text_content()).casefold() == clean_line(title).casefold()
                               or (title_el is not None and not dates.precedes(single, title_el)
                                   and len(title) > OWN_TITLE_CHARS)):
        single = None  # (a headline of the page's own above it: an article, a featured post's box after it)
    if single is not None and len(heads) < 2:
        heads = {single}
    if len(heads) < 2 and single is None:
        heads = _closed_headings(doc, linked)
    if len(heads) < 2 and single is None:
        return 0
    # paragraphs (an element's own text, outside links: a lead in a <strong> too) before the first
    # heading and after each
    prose: dict = {}
    current = None
    skip: set = set()
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        if el in heads:
            current = el
            continue
        if el is title_el:
            # (unless the post before holds it: MoinMoin's included page under its linked heading)
            if current is not None and not any(title_el in sib.iterdescendants() for sib in current.itersiblings()):
                current = None
            continue
        if el.tag in _NOT_TEXT or el.tag in _POST_HEADINGS or el.getparent() in skip:
            if current is None and el.tag in _POST_HEADINGS and TAIL_MARKER.match(clean_line(el.text_content())):
                if introduced:
                    return 0  # "Tin liên quan" after the paragraph: a brief's, its related posts after it
                described = False
            skip.add(el)
            continue
        own = len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el)
        if own >= PROSE_PARAGRAPH_CHARS:
            if current is None:
                if any(map(common_furniture, itertools.chain((el,), el.iterancestors()))):
                    continue  # (a cookie bar's notice above the posts)
                if described and not introduced and own <= DESCRIPTION_CHARS and not dates.find_dates(el.text_content()):
                    introduced = True  # (one paragraph at most)
                    continue
                return 0  # prose of the page's own first: an article, its related posts after it
            prose[current] = prose.get(current, 0) + 1
    shown = sum(1 for h in heads if prose.get(h))
    return len(heads) if shown >= 2 or (single is not None and shown == 1) else 0


_ITEM_LEVELS = 3  # from an item's heading up to its box: the box, or the box's wrapper around the heading
_ITEM_DATE_CHARS = 120  # a date line of the item's, not a sentence of its text


def dated_posts(doc, title_el=None) -> int:
    """How many posts the page shows whole in boxes of one kind (same tag and class, siblings), each
    holding its own unlinked heading, a date line and prose (Blackboard's list of announcements,
    Open edX's course updates: a tool's notices, each one's page elsewhere or nowhere), when the page's
    title (`title_el`) is none or one of their headings; 0 when fewer than two (an article, its
    related posts under linked titles). A thread's messages repeat its subject ("Re: …"): no such list."""
    groups: dict = {}  # (parent, box tag, box class, heading tag) -> boxes
    kinds: dict = {}  # parent -> how many children of each (tag, class)
    for h in doc.iter("h2", "h3", "h4"):
        if h.find(".//a") is not None or next(h.iterancestors("a"), None) is not None:
            continue
        box = h
        for _ in range(_ITEM_LEVELS):
            box = box.getparent()
            if box is None or box.tag in ("body", "html") or (parent := box.getparent()) is None:
                break
            if (counted := kinds.get(parent)) is None:
                counted = kinds[parent] = Counter((sib.tag, sib.get("class")) for sib in parent)
            if counted[(box.tag, box.get("class"))] >= 2:
                groups.setdefault((parent, box.tag, box.get("class"), h.tag), {}).setdefault(box, h)
                break
    # (each box one post: a single heading of its kind; a page's columns hold many, a sidebar's boxes)
    whole = [g for (_, _, _, tag), g in groups.items() if all(sum(1 for _ in box.iter(tag)) == 1 for box in g)]
    best: dict = max(whole, key=len, default={})
    if len(best) < 2:
        return 0
    shown = []
    for box, heading in best.items():
        text = clean_line(heading.text_content())
        if not text or REPLY_TITLE.match(text):
            return 0
        if TAIL_MARKER.match(text):
            continue  # a box of the page's comments or related posts beside the post's (Cotonti's "Bình luận (1)")
        lines = [clean_line(el.text_content()) for el in _short_elements(box, _ITEM_DATE_CHARS) if el is not heading]
        said = [clean_line(p.text_content()) for p in box.iter("p", "li")] or [clean_line(box.text_content())]
        if any(m.year is not None and not (m.cited or m.event) for line in lines if line for m in dates.find_dates(line)) \
                and prose_chars(said) >= PROSE_PARAGRAPH_CHARS:
            shown.append(text)
    if len(shown) < 2 or len(set(shown)) < len(shown):
        return 0
    if title_el is not None and not any(box is title_el or box in title_el.iterancestors()
                                        or title_el in box.iterdescendants() for box in best):
        return 0
    return len(shown)


def _short_elements(box, chars: int) -> list:
    """The elements of `box` (itself included) whose text is at most `chars` long, in document order:
    lengths summed bottom-up once, not each element's text read again (quadratic on a deep box)."""
    size: dict = {}
    for el in reversed(list(box.iter())):
        n = len(el.text or "") if isinstance(el.tag, str) else 0
        for child in el:
            n += size.get(child, 0) + len(child.tail or "")
        size[el] = n
    return [el for el in box.iter() if isinstance(el.tag, str) and size[el] <= chars]


def teased_posts(doc, links: list, title_el=None) -> int:
    """How many posts the page shows as teasers, each under a title linking to its page and closed
    by a "read more" to the same page (Mambo's and Joomla 1.0's blog view: "td.contentheading > a",
    the intro, "Xem tiếp..."), with no paragraph of prose nor a headline of the page's own
    (`title_el`, unlinked: a photo story's, its captions short) before the first; 0 when fewer
    than two (a brief's "Xem thêm" under its heading). `links`: the page's `site_links`."""
    own = title_el if title_el is not None and len(text_of(title_el)) > OWN_TITLE_CHARS \
        and title_el.find(".//a") is None else None
    titles = {a for a, _ in links}
    last: dict = {}  # href -> the last title linking it met so far
    heads: dict = {}  # href -> the title its "read more" closes
    for a in doc.iter("a"):
        href = a.get("href")
        if _reads_more(a.text_content()):
            if href in last:
                heads.setdefault(href, last[href])
        elif a in titles:
            last[href] = a  # (the item's own title, not a sidebar's link to the same page before it)
    if len(heads) < 2:
        return 0
    first = set(heads.values())
    for el in (body if (body := doc.find("body")) is not None else doc).iter():
        if el in first:
            return len(heads)
        if el is own:
            return 0  # the page's own headline first: its related posts after it
        if isinstance(el.tag, str) and el.tag not in _NOT_TEXT and len((el.text or "").strip()) >= PROSE_PARAGRAPH_CHARS \
                and not any(a.tag == "a" for a in el.iterancestors()):
            return 0  # an article's own prose first: its related posts come after it
    return 0


def _closed_headings(doc, linked: set) -> set:
    """Headings of one kind, unlinked, each followed before the next heading by a "read more" or
    a permalink to another page of the site (`linked`): posts shown whole, each closed by its own
    page's link (DokuWiki's blog: "Đọc thêm…", "Liên kết cố định")."""
    last = None
    closed: dict[tuple, set] = {}
    for el in doc.iter(*_POST_HEADINGS, "a"):
        if el.tag != "a":
            if el.find(".//a") is None and clean_line(el.text_content()):
                last = el
        elif last is not None and el in linked and _reads_more(el.text_content()):
            closed.setdefault((last.tag, last.get("class")), set()).add(last)
    return max(closed.values(), key=len, default=set())


ITEM_LEVELS = 3  # a post's linked title and its first paragraph share a box this close
_PROBE_CHARS = 40
OWN_TITLE_CHARS = 40  # a headline, longer than a section's name ("Đối thoại", "Thông báo", "Văn bản")
_PAGE_FRAME = frozenset({"nav", "marquee"})  # no post's prose (a banner's slogans)


def _in_site_header(el) -> bool:
    """Whether `el` is in the page's <header> outside any <article> or <main> (the site's banner, not
    a post's header)."""
    tags = [x.tag for x in el.iterancestors()]
    return "header" in tags and "article" not in tags and "main" not in tags


def linked_post(doc, links: list, url: str, canonical: str, first_line: str, title_el=None) -> str | None:
    """The address of the page whose post this page shows whole under a linked title, if the
    nearest title before the page's first paragraph of prose is a link to another page of the
    site (not this one, nor its front page) set in one box with that paragraph, and the page's
    text (`first_line`, its first line) starts in that box: a section or a list's last page
    holding one post ("Đối thoại" over the interview, a category's featured post); not a photo
    story whose first paragraph is a related post's teaser. Only a doubt: an article's page may
    link its title to another of its addresses, so the crawl waits for the linked page before it
    keeps this one."""
    if title_el is not None and len(text_of(title_el)) > OWN_TITLE_CHARS and title_el.find(".//a") is None \
            and not any(a.tag == "a" for a in title_el.iterancestors()):
        return None  # a headline of its own, unlinked: the page's article (and no walk to pay)
    linked = {a for a, _ in links}
    base = doc_base(doc, url)
    last = None  # (the title's box, its link or None)
    skip: set = set()
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        if el.getparent() in skip:
            skip.add(el)
            continue
        if el.tag in _POST_HEADINGS:
            anchors = list(el.iter("a"))
            one = anchors[0] if len(anchors) == 1 and anchors[0] in linked and \
                clean_line(anchors[0].text_content()) == clean_line(el.text_content()) else None
            last = (el, one)
            skip.add(el)
            continue
        if el.tag == "a":
            if el in linked and next(el.iter(*_POST_HEADINGS), None) is not None:
                last = (el, el)  # a link around a heading: a card's title (Bludit's <a><h2>)
            elif el in linked and (parent := el.getparent()) is not None and \
                    clean_line(parent.text_content()) == clean_line(el.text_content()):
                last = (parent, el)  # a link alone in its block: a list item's title (div.NewsSummaryLink)
            skip.add(el)
            continue
        if el.tag in _NOT_TEXT or el.tag in _PAGE_FRAME:
            skip.add(el)
            continue
        if len((el.text or "").strip()) + sum(len((c.tail or "").strip()) for c in el) < PROSE_PARAGRAPH_CHARS:
            continue
        if _in_site_header(el):
            continue  # the site's description in its banner (Anchor's p.site-description): no post's
        if last is None or last[1] is None:
            return None
        box, a = last
        href = (a.get("href") or "").strip()
        target = urljoin(base, href)
        if HOME_HREF.match(href) or article_address(target) in {article_address(url), article_address(canonical)}:
            return None
        near = list(itertools.islice(box.iterancestors(), ITEM_LEVELS))
        shared = next((x for x in el.iterancestors() if x in near), None)
        probe = first_line[:_PROBE_CHARS]
        return target if shared is not None and probe and probe in clean_line(shared.text_content()) else None
    return None


SHARED_LINK_ITEMS = 3  # items linking one page (an author's, a category's): it is no item's own


def _shared_hrefs(links: list) -> frozenset[str]:
    """Addresses the links of a list lead to from several items: the author's or the category's
    page every card links ("Liên minh HTX tỉnh Bắc Kạn" in each card's info row), not a post."""
    counts = Counter(a.get("href") for a, _ in links)
    return frozenset(href for href, n in counts.items() if href and n >= SHARED_LINK_ITEMS)


def _item_of(a, chars: int = ITEM_CHARS, shared: frozenset[str] = frozenset()):
    """The listing item around a link: its largest ancestor (three levels at most) that leads
    to no other page titled like one (a thumbnail and a title link to one page, a date, a
    teaser, and maybe a short link to its category: "Tin tức"; a link to a page that several
    items link, `shared`, is no title), of `chars` at most."""
    href, node = a.get("href"), a
    ignored = {None, href, *shared}
    # a link around a whole card (cover, heading, teaser) is its item at least
    item = a if len(a) and next(a.iter(*_POST_HEADINGS), None) is not None else None
    for _ in range(3):
        node = node.getparent()
        if node is None or node.tag in ("body", "html", "ul", "ol", "table", "tbody", "form"):
            break
        if len(node.text_content()) > chars or any(
                x.get("href") not in ignored and len(x.text_content().strip()) >= TITLE_CHARS for x in node.iter("a")) \
                or any(h.find(".//a") is None and len(text_of(h)) > OWN_TITLE_CHARS for h in node.iter("h1")):
            break  # (the box of the page's own headline, unlinked: a short article's, its section's link in it)
        item = node
    return item


def looks_like_listing(lines: list[str], links: list, *, article_url: bool = False, title_el=None) -> int:
    """How many lines belong to a list of articles, when the text is one: lines that begin with
    the title of a link to another page of the site, or that sit in such a link's item (a
    teaser). A list: at least two such lines, most of the text, and no prose before them.
    An article's related-news box comes at its end; its shop or source links lead off the site.
    0 when the text is not a list. `links`: the page's `site_links`; `article_url`: the URL
    has an article's shape, so prose before the links is the article, not a category's intro."""
    if not links or not lines:
        return 0
    anchors = {t for _, t in links}
    # the whole text inside links around cards (cover, title, date, excerpt) to other pages: their teasers
    cards = [_NO_SPACE.sub("", a.text_content()) for a, _ in links if len(a)]
    if cards and all(any(_NO_SPACE.sub("", line) in card for card in cards) for line in lines):
        return len(lines)
    lines = _split_at_anchors(lines, anchors)
    # Compared without spaces: an item's elements ("<span>15:45 | 08/10/2024</span><p>Chín
    # tháng…") run together in its text, and are one line with a space between them.
    pieces = _link_items(links)
    items = "".join(text for _, text in pieces)
    listed, chars, titled = [], 0, 0
    teased: set[int] = set()  # the items whose teasers alone the lines were found in
    for i, raw in enumerate(lines):
        line = raw.strip("|-•*+ ")
        probe = _NO_SPACE.sub("", line.rstrip(".…").strip()[:80])
        # a table's row naming a linked page in a cell: a document register's "| số | ngày | <a>trích yếu</a> |"
        opener = next((a for a in anchors if len(a) <= len(line) and line.startswith(a)), None)
        if opener is not None and _sentence_then_prose(opener, line):
            continue
        opens = line in anchors or opener is not None or (
            raw.startswith("| ") and any(cell.strip() in anchors for cell in line.split(" | ")))
        # ...or most of the line is one link's title: an activity stream's "<user> đã bắt đầu
        # thảo luận <title>." (a forum's, a wiki's recent changes)
        named = not opens and any(len(a) >= TITLE_CHARS and 2 * len(a) >= len(line) and a in line for a in anchors)
        if opens or named or (len(probe) >= 16 and probe in items):
            listed.append(i)
            chars += len(line)
            titled += opens
            # (-1: a line a link's title opens, or one that runs across two items)
            teased.add(-1 if opens or named else next((n for n, (_, piece) in enumerate(pieces) if probe in piece), -1))
    total = sum(len(line) for line in lines) or 1
    if len(listed) == 1 and titled and _NO_SPACE.sub("", lines[listed[0]]) in items and (
            chars >= 0.9 * total or all(_NO_SPACE.sub("", line) in items for line in lines)):
        # a category's last page, with one item left: title, date and teaser of another page (a
        # document's teaser its number alone: "Số: 96/TB-QHTX")
        return 1
    if len(teased) == 1 and -1 not in teased and len(listed) >= 2 and title_el is not None \
            and pieces[next(iter(teased))][0] in title_el.iterancestors():
        return 0  # one item's lines, holding the page's title, no title linking another page: the
        # page's own post (diaspora*'s, closed by its "Liên kết cố định" to its other address)
    # A list starts at once (after a heading at most): prose of its own before the first link
    # title makes the page an article, and the links a box after it.
    starts = bool(listed) and not any(len(line) >= 80 for line in lines[: listed[0]])
    if len(listed) >= 2 and (len(listed) >= 0.4 * len(lines) or chars >= 0.5 * total) and starts:
        return len(listed)
    intro = prose_chars(lines[: listed[0]]) if listed else 0
    if len(listed) >= 4 and chars >= 0.6 * total and not (article_url and intro >= MIN_PROSE_CHARS):
        return len(listed)  # a category's introduction, then its list
    return 0


def _sentence_then_prose(anchor: str, line: str) -> bool:
    """A line opened by (starting with) a linked sentence that it goes on from (a digest's item: "<a>X is
    stepping down in May</a>. X will hand over…"): prose, where a list's title never ends with
    a full stop."""
    rest = line[len(anchor):]
    stop = anchor.endswith(".") and not anchor.endswith("..") or rest.startswith(".") and not rest.startswith("..")
    return stop and len(rest.lstrip(".")) >= 40


_MORE_CHARS = 40  # a "read more" link's text: a few words


def _reads_more(text: str) -> bool:
    """Whether a link's raw text is a "read more" (tested on short texts only: it is asked of every link)."""
    return len(text) < _MORE_CHARS and bool(READ_MORE.match(clean_line(text)))


def _items_text(links: list) -> str:
    """`_link_items`' texts as one string."""
    return "".join(text for _, text in _link_items(links))


def _link_items(links: list) -> list[tuple]:
    """The text of every link's listing item from the link on (a teaser follows its title; what
    comes before a short link is rather the article its tags close, but for a "read more" or a
    permalink closing its item), without spaces: a line is
    matched to an item whatever spaces its elements had between them. (item, text) pairs."""
    out = []
    shared = _shared_hrefs(links)
    for a, _ in links:
        if HOME_HREF.match((a.get("href") or "").strip()):
            continue  # the logo: on a small page its "item" would hold the whole page
        own = a.text_content()
        # (a "read more" link closes its teaser: the item's whole text is the teaser's, a first
        # paragraph at most)
        closes = _reads_more(own) or bool(_PERMALINK_TO.match(clean_line(own)))
        if (item := _item_of(a, CLOSED_ITEM_CHARS if closes else ITEM_CHARS, shared)) is not None:
            text = item.text_content()
            out.append((item, _NO_SPACE.sub("", text[max(0, text.find(own)):] if own and not closes else text)))
    return out


def _split_at_anchors(lines: list[str], anchors: set[str]) -> list[str]:
    """Lines cut before each link title they hold when they hold two or more: the items of a
    list laid out in nested <div>s come out of trafilatura as one line ("Tin hoạt độngHTX
    bánh pía…OCOP.17/09/2024Kinh tế tập thể…")."""
    out = []
    for line in lines:
        starts = sorted({i for a in anchors if len(a) >= 20 and (i := line.find(a, 1)) > 0})
        if len(starts) < 2:
            out.append(line)
            continue
        cuts = [0, *starts, len(line)]
        out.extend(piece for a, b in itertools.pairwise(cuts) if (piece := line[a:b].strip()))
    return out


def drop_excerpts(lines: list[str], links: list) -> list[str]:
    """Without other pages' excerpts cut short ("Chiều 8/10, Liên minh HTX tỉnh tổ chức…"), the
    teasers of a related-posts widget set inside the text: an article's paragraph is never cut
    off, nor the text of a link's item on the page."""
    cut = [i for i, line in enumerate(lines) if line.endswith(EXCERPT_END)]
    if not cut or not links:
        return lines
    items = _items_text(links)
    drop = {i for i in cut if _NO_SPACE.sub("", lines[i]) in items}
    return [line for i, line in enumerate(lines) if i not in drop] if drop else lines


def drop_link_lines(lines: list[str], links: list, keep: frozenset[str] = frozenset()) -> list[str]:
    """Without lines made of other articles' titles ("Xem thêm: <a>…</a> <a>…</a>", a related
    box inside the article's container): a theme's related-links widget, not the article.
    Lines in `keep` stay (an official document's issuer, which the site's logo link repeats)."""
    anchors = sorted({t for _, t in links}, key=len, reverse=True)
    if not anchors:
        return lines
    lines = _without_link_tables(lines, frozenset(anchors))
    # the blocks inside one link, each a line of its own (a card's title and summary)
    parts = {text for a, t in links for el in a.iterdescendants()
             if isinstance(el.tag, str) and len(text := clean_line(el.text_content())) >= TITLE_CHARS and text != t}
    out = []
    for line in lines:
        covered, rest = 0, line
        for a in anchors:
            if a in rest:
                covered += len(a)
                rest = rest.replace(a, " ")
        # measured without the dates the links carry ("Tin cũ hơn <a>…</a> (27/02/2024)"): a pager's line;
        # a line that is a part of a link's text is another page's too (a card's title and summary in one
        # <a>, each a line: Blot's "Previously" / "Next")
        if (covered < LINK_LINE_SHARE * len(_LINKED_DATE.sub("", line).strip()) and line not in parts) or line in keep:
            out.append(line)
    return out


_BAR_SEPARATOR = re.compile(r"\s+([|·•>»›])\s+")
_BAR_REST = re.compile(r"[\s<>/]+")  # a revision's "r2 < r1"
_CRUMB = frozenset(">»›")
_BAR_LABEL = re.compile(r"^[^\W\d][\w\s]{0,30}:$")  # "Chủ đề này:", "Chia sẻ:"
LINK_BAR_ITEMS = 3
CRUMB_LAST_CHARS = 80


def drop_link_bars(lines: list[str], doc) -> list[str]:
    """Without the lines that are a bar of links and nothing else, three items or more parted by
    "|" or "·" (a wiki's "Sửa | Đính kèm | Bản in | Lịch sử: r1 | Xem mã nguồn", a share bar, a
    tags line), or by ">" (a breadcrumb, its last item the page's unlinked name), a label before
    them at most: the page's tools, whatever their words. The site's profile learns a bar only
    where it is the same on most pages; a wiki's names each page's revisions. Links to files are
    no tools (an article's attachments)."""
    bars = [(i, parts) for i, line in enumerate(lines)
            if not line.startswith("| ") and len(parts := _BAR_SEPARATOR.split(line)) >= 2 * LINK_BAR_ITEMS - 1]
    if not bars:
        return lines
    anchors = sorted({text for a in doc.iter("a") if not ATTACHMENT.search(href := a.get("href") or "")
                      and not MEDIA_FILE.search(href) and (text := clean_line(a.text_content()))}, key=len, reverse=True)

    def unlinked(item: str) -> str:
        for text in anchors:
            if text in item:
                item = item.replace(text, " ")
        return _BAR_REST.sub(" ", item).strip()

    drop = set()
    for i, parts in bars:
        items, seps = parts[::2], set(parts[1::2])
        rest = [unlinked(item) for item in items]
        if rest[0] and _BAR_LABEL.match(rest[0]) and rest[0] != items[0]:
            rest[0] = ""  # its label: "Chủ đề này: <a>TinTuc</a>"
        if rest[-1] and seps <= _CRUMB and rest[-1] == items[-1] and len(items[-1]) <= CRUMB_LAST_CHARS:
            rest[-1] = ""  # a breadcrumb's last item, the page itself
        if not any(rest):
            drop.add(i)
    return [line for i, line in enumerate(lines) if i not in drop]


_PLAIN_CELL = re.compile(r"^[\d\s/.:,()\-]*$")  # a date, a count, nothing
LINK_TABLE_ROWS = 2
HEADER_CELL_CHARS = 40


def _cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def _without_link_tables(lines: list[str], anchors: frozenset[str]) -> list[str]:
    """Without the tables whose rows are other pages' links beside their dates and counts, header
    rows and all (XOOPS' "Các bài khác cùng chuyên mục": Tiêu đề | Ngày | Lượt đọc): a related
    posts' table, two such rows or more and half its rows at least. An article's table of data
    links a cell now and then."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        if not lines[i].startswith("| "):
            out.append(lines[i])
            i += 1
            continue
        j = i
        while j < len(lines) and lines[j].startswith("| "):
            j += 1
        rows = lines[i:j]
        linked = [r for r in rows if (words := [c for c in _cells(r) if not _PLAIN_CELL.match(c)])
                  and all(c in anchors for c in words)]
        rest = [r for r in rows if r not in linked]
        if len(linked) >= LINK_TABLE_ROWS and len(linked) * 2 >= len(rows) \
                and all(len(c) <= HEADER_CELL_CHARS for r in rest for c in _cells(r)):
            rows = []
        out.extend(rows)
        i = j
    return out


EXCERPT_LINES = 3


def cut_excerpts(lines: list[str]) -> int:
    """How many lines are excerpts cut short ("… với bốn doanh..."), when they are most of the
    text: the teasers of a list whose titles are no links (a builder's cards: title, date,
    excerpt and a "Xem thêm" button); 0 otherwise. An article's sentence is never cut off."""
    cut = [line for line in lines if line.endswith(EXCERPT_END) and len(line) >= TEASER_CHARS]
    if len(cut) < EXCERPT_LINES or sum(map(len, cut)) < 0.5 * sum(map(len, lines)):
        return 0
    return len(cut)


_ROW_MARKS = " |()[]"


def closed_teasers(lines: list[str]) -> int:
    """How many of the text's lines close a teaser with a "read more" (PHP-Nuke's "(Đọc tiếp... |
    1036 bytes còn lại | Bình luận?)" under each story's intro, a list whose titles are no links),
    each after a line of prose; 0 when fewer than two. An article's text holds no such line: its
    related posts' links, when read, come after it as titles."""
    ends = [i for i, line in enumerate(lines) if i and reads_more_line(line)
            and any(len(before) >= TEASER_CHARS for before in lines[max(0, i - 2):i])]
    # (a list opens with its first teaser; an article's related teasers come after its own text)
    return len(ends) if len(ends) >= 2 and ends[0] <= FIRST_TEASER_LINES else 0


FIRST_TEASER_LINES = 4  # a list's first teaser: its poster's line, its intro, its topic's line


def reads_more_line(line: str) -> bool:
    """Whether a line of the text is a "read more" with its counters ("(Đọc tiếp... | 1036 bytes
    còn lại | Bình luận?)", a table row's cells too)."""
    first = line.strip(_ROW_MARKS).replace("\\|", "|").split("|")[0].strip(_ROW_MARKS)
    return len(line) < _MORE_LINE_CHARS and bool(READ_MORE.match(first))


def teaser_of(doc, container, lines: list[str], url: str) -> str | None:
    """The page whose teaser the text is, when a "read more" line closes it (PHP-Nuke's topic
    page holding one story's intro): that link's address in the text's container, or the page's
    one "read more" target when no container is known; another page of the site. Only a doubt, as
    `linked_post`'s: the crawl waits for that page."""
    if not any(reads_more_line(line) for line in lines):
        return None
    base, own = doc_base(doc, url), canonical_url(url)
    targets = []
    for a in (container if container is not None else doc).iter("a"):
        if (href := (a.get("href") or "").strip()) and not href.startswith(("#", "javascript:")) \
                and _reads_more(a.text_content()):
            if (target := address_on_host(href, url, base)) is not None and target != own and target not in targets:
                targets.append(target)
    return targets[0] if targets and (container is not None or len(targets) == 1) else None


_MORE_LINE_CHARS = 120  # a "read more" with its counters and links


OWN_TITLE_WORDS = 4  # a title this long is an article's, no name a teaser's card shows (its author's)


def teaser_chars(lines: list[str], links: list, *, title: str = "") -> int:
    """Characters in lines that are the teaser of another article's link item (an item opens
    with its title, then the teaser: a "Tin mới" sidebar the site's profile has not learned
    yet). Only for telling a stub: taken out of the text, they cost real articles their lead
    when a sidebar lists the page itself under a shortened title."""
    own = clean_line(title).casefold()
    # (an item holding the page's own title, an article's, is the page's box, no other article's: a
    # portlet's linked header over the item it shows, uPortal's; a writer's page is named as its cards' bylines)
    teasers = "\n".join(text for a, t in links if t.casefold() != own and not ACCOUNT_PAGE.search(a.get("href") or "")
                        and (item := _item_of(a)) is not None and (text := clean_line(item.text_content())).startswith(t)
                        and not (len(own.split()) > OWN_TITLE_WORDS and own in text.casefold()))
    return sum(len(line) for line in lines if len(line) >= TEASER_CHARS and line in teasers)


_POST_SUBJECTS = ("h1", "h2", "h3", "h4", "h5")


def thread_posts(doc, title: str, title_el=None, *, later: bool = False):
    """A forum thread's first post, when the page shows the thread's posts one after another,
    each under its subject, the replies' "Re: <title>" (phpBB's, vBulletin's, SMF's): the block of
    the last heading naming the title before the first reply, as far up as it is a sibling of
    that reply's block of its kind. The article is that post; the replies are comments. Else
    REPLIES_ONLY for a thread's later page (two replies or more and no first post before them:
    phpBB's "&start=10"). Else, posts without subjects (`_posts_by_poster`, after `title_el`;
    REPLIES_ONLY on a page whose address is a `later` one), else None. One walk of the page's
    headings for the first two."""
    found = _thread_posts(doc, title)
    if isinstance(found, int) and found != REPLIES_ONLY:
        if title_el is None:
            return None
        found = _posts_by_poster(doc, title_el, later)
        # (a list's messages whose senders link nowhere, each headed by its stamp: Groups.io's, Google Groups')
        return found if found is not None else _posts_by_poster(doc, title_el, later, by_stamp=True)
    return found


# A block named a post by its id: "post_9612" (Discuz's, vBulletin's), "js-post-12" (XenForo's), "p1899"
# (phpBB's), "pid_12" (MyBB's), "msg123" (SMF's), "kmessage-5401" (Kunena's); not an <article>'s (a
# blog's "post-123" is its whole entry)
_POST_ID = re.compile(r"^(?:js-)?(?:post|pid|p|msg|k?message)[_-]?[0-9]+$")
POSTER_LEVELS = 8  # a post's block is this close above its poster's link
_DIGITS = re.compile(r"\d+")
PHOTO_POST = 3  # photos in a post of photos beside its poster's own picture


def _posts_by_poster(doc, title_el, later: bool = False, *, by_stamp: bool = False):
    """The first post's block when the posts follow the title one after another without a
    subject of their own (Invision's "article.cPost"): two blocks of one kind or more, siblings
    (or the one <article> after the title: a thread of one post), each with its poster's link to
    an account page heading it and its time, none linking to another page by a title (a list's
    teasers do), the first holding prose or photos, and no prose between the title and it (an
    article's comments follow its own text). `by_stamp`: the blocks found by the stamps heading
    them, where the senders' names link nowhere (a mailing list's archive), the first one's
    stamp before its prose. REPLIES_ONLY when the address is a `later` page's. None else."""
    groups: dict[tuple, list] = {}
    if title_el.getparent() is None:
        return None
    body = doc.find("body") if doc.tag == "html" else doc
    if body is None:
        return None
    heads = [el for el in _stamps(body) if el.tag != "meta" and dates.precedes(title_el, el)] if by_stamp \
        else [a for a in doc.iter("a") if _poster_link(a)]
    for a in heads:
        for block in itertools.islice(a.iterancestors(), POSTER_LEVELS):
            parent = block.getparent()
            if parent is None or block.tag in ("body", "html"):
                break
            # (its first class with digits folded: bbPress' "loop-item-0", "loop-item-1" name one kind)
            kind = _DIGITS.sub("0", next(iter((block.get("class") or "").split()), ""))
            members = groups.setdefault((parent, block.tag, kind), [])
            if block not in members:
                members.append(block)
    def with_first(posts: list) -> list:
        if (prev := posts[0].getprevious()) is not None and prev.tag == posts[0].tag \
                and any(prev in m for m in groups.values()):
            return [prev, *posts]  # the first post marked apart by its class (NodeBB's "topic-owner-post")
        return posts

    # the most posts of one kind, the first holding text (a sidebar's latest topics, each with
    # its poster and age, hold none: they may outnumber a thread's posts); on a later page
    # the most, its replies short as they may be
    if by_stamp:
        # (each a block with words of its own after its stamp: no meta row, nor a "Published" / "Updated" pair)
        groups = {k: m for k, m in groups.items() if k[1] not in _INLINE_TAGS and all(map(_says_after_stamp, m))}
    least = STAMPED_POSTS if by_stamp else 2
    kinds = [with_first(m) for m in sorted((m for m in groups.values() if len(m) >= least), key=len, reverse=True)]
    # (found by their stamps, the first may be a line: a member's short question, a reply under it;
    # not a table's row nor a list's item, a schedule's dated rows)
    best = next((m for m in kinds if _has_text(m[0]) or (by_stamp and m[0].tag not in _ROW_TAGS)),
                kinds[0] if later and kinds else None)
    if best is None:
        # a thread of one post: the one <article>, or block named a post by its id, after the
        # title with its poster's link (a thread's view of its starter's posts alone)
        # (the blocks above a poster's link, not the page's every element: an XPath over the
        # page's ids cost 1 ms a page)
        members = list(dict.fromkeys(el for m in groups.values() for el in m))
        # (or whose header before it is: bbPress names a post's header "post-1217", its poster
        # and text in the block after it)
        named = {el for el in members if el.tag != "article" and (
            _POST_ID.match(el.get("id") or "")
            or ((head := el.getprevious()) is not None and _POST_ID.match(head.get("id") or "") and _stamped(head)))}
        # (found by its stamp, only a block the page names a post: an <article> with its time is a page's article)
        posts = [art for art in members if ((art.tag == "article" and not by_stamp) or art in named)
                 and not any(a in named for a in art.iterancestors())
                 and dates.precedes(title_el, art) and title_el not in art.iterdescendants()]
        best = posts if len(posts) == 1 else None
    # (the first post may hold the title as its subject: PHPWind's "<h1 id=subject_tpc>" in its floor)
    # (found by stamps, the posts follow the thread's title: a one-page site's sections, each an
    # article under its own title and date, are no thread)
    if best is None or not (dates.precedes(title_el, best[0]) or (best[0] in title_el.iterancestors() and not by_stamp)):
        return None
    chosen = set(best)
    # (a post's time may head it from the block before it, its header: bbPress' "bbp-reply-header")
    if not all(_stamped(b) or ((head := b.getprevious()) is not None and head not in chosen and _stamped(head))
               for b in best) or any(_links_a_title(b) for b in best):
        return None
    if later and len(best) >= 2:
        return REPLIES_ONLY  # a thread's later page (its address says so): replies, no first post
    first = best[0]
    if not _has_text(first) and not (by_stamp and first.tag not in _ROW_TAGS):
        return None
    stamps = set(_stamps(first)) if by_stamp else set()
    for el in first.iter():
        if (el.tag == "a" and _poster_link(el)) or el in stamps:
            break  # the poster heads the post, or its stamp
        if el.tag == "p" and len(el.text_content().strip()) >= PROSE_PARAGRAPH_CHARS:
            return None  # a text signed below by an account's link (a comment box's "Đăng nhập" too)
    if _prose_between(title_el, first) or (by_stamp and _chars_between(title_el, first) > HEAD_CHARS_BETWEEN):
        return None  # (found by stamps: right under the title, as a thread's are, no box of messages aside)
    return first


_INLINE_TAGS = frozenset(("time", "span", "a", "abbr", "em", "b", "strong", "small", "i", "font", "label"))
POST_LINE_CHARS = 40


def _says_after_stamp(post) -> bool:
    """Whether a post holds a line of its own words (outside links) after its first stamp: a
    message, not a row of fields."""
    stamp = next(_stamps(post), None)
    if stamp is None:
        return False
    after = False
    for el in post.iter():
        if el is stamp:
            after = True
        elif after and isinstance(el.tag, str) and stamp not in el.iterancestors() \
                and el.tag not in ("a", "script", "style") and len((el.text or "").strip()) >= POST_LINE_CHARS:
            return True
    return False


def _has_text(post) -> bool:
    """Whether a post holds prose outside links (a widget's latest topics are long links), or
    photos (a post of photos holds their captions), not its posters' pictures."""
    return any(el.tag != "a" and _own_chars(el) >= PROSE_PARAGRAPH_CHARS for el in _prose_blocks(post)) \
        or sum(not any(a.tag == "a" and _poster_link(a) for a in img.iterancestors())
               for img in post.iter("img")) >= PHOTO_POST


def _own_chars(el) -> int:
    """The characters of an element's text outside its links."""
    return len(el.text_content().strip()) - sum(len(a.text_content().strip()) for a in el.iter("a") if a is not el)


def post_body(post):
    """The block of a post that holds its prose and none of its poster's links: its text without
    the head naming the poster (NodeBB's name, group badge and "#1" above the content) or showing
    its time (Discuz's "Đăng lúc …" in the text's own cell), and without a block of prose that
    only the head joins to the text (a signature in the post's next row)."""
    prose = _prose_blocks(post)
    if not prose:
        return post
    body = max(prose, key=lambda el: len(el.text_content()))
    for block in prose:
        above = {block, *block.iterancestors()}
        joined = body
        while joined is not post and joined not in above:
            joined = joined.getparent()
        if joined is post or _adds_head(joined, body, block):
            continue  # (only the post holds both: the block is no part of the text)
        body = joined
    while body is not post and (parent := body.getparent()) is not post and not _adds_head(parent, body):
        body = parent
    if body is post or any(_poster_link(a) for a in body.iter("a")):
        return post
    head = {_below(post, a) for a in post.iter("a") if _poster_link(a)} - {None}
    words = len(post.text_content().split()) - sum(len(el.text_content().split()) for el in head)
    if len(body.text_content().split()) < POST_BODY_SHARE * words:
        return post  # (a body without much of the post's words: not the post's text alone)
    return body


def _adds_head(el, *parts) -> bool:
    """Whether `el` holds a poster's link or a time stamp that none of `parts` holds: the
    post's head, no part of its text."""
    if any(_poster_link(a) for a in el.iter("a")):
        return not any(_poster_link(a) for part in parts for a in part.iter("a"))
    inner = {s for part in parts for s in _stamps(part)}
    return any(s not in inner for s in _stamps(el))


def _below(post, el):
    """The child of `post` holding `el` (None: `el` is the post)."""
    for anc in el.iterancestors():
        if anc is post:
            return el
        el = anc
    return None


POST_BODY_SHARE = 0.7  # of a post's words in its body: the rest its head (poster, badge, number) and buttons
STAMP_CHARS = 60  # a post's stamp with its label: "Đăng lúc 2025-8-5 08:49" (Discuz's, no <time>)


_ISO_STAMP = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")


def _stamped(post) -> bool:
    """Whether a post shows its time: a <time>, else an element of its own saying a stamp alone,
    or its moment in a tooltip or microdata (NodeBB's empty "timeago" link titled with it)."""
    return next(_stamps(post), None) is not None


_MAYBE_STAMP = re.compile(r"(?i)\d|hôm\s|yesterday|today|trước|ago|cách\s+đây")


def _stamps(post):
    """The elements of `post` showing its time (see `_stamped`)."""
    yield from post.iter("time")
    for el in post.iter("em", "span", "div", "p", "a", "td", "meta", "b", "strong"):
        if _ISO_STAMP.match(el.get("title") or el.get("content") or ""):
            yield el
            continue
        # (or a short day in the text, its full moment in the tooltip: Groups.io's "<span title="Tháng 11 18,
        # 2024 8:30am">Tháng 11 18</span>")
        if (tip := el.get("title")) and len(tip) <= STAMP_CHARS and len(el.text_content()) <= STAMP_CHARS \
                and dates.is_stamp_line(tip):
            yield el
            continue
        if len(el):
            continue
        text = dates.stamp_text(el)
        # (a digit or an age's word first: the date reading is the dear part, asked of every short text)
        if text and len(text) <= STAMP_CHARS and _MAYBE_STAMP.search(text) \
                and dates.is_stamp_line(dates.POSTED_AT.sub("", text)):
            yield el


def _prose_blocks(post) -> list:
    """The elements of a post holding a paragraph of prose: a <p>, or the holder of a run of text
    between its line breaks (a forum's BB code: "text<br />text")."""
    prose = [el for el in post.iter("p") if len(el.text_content().strip()) >= PROSE_PARAGRAPH_CHARS]
    prose += [el.getparent() for el in post.iterdescendants() if len((el.tail or "").strip()) >= PROSE_PARAGRAPH_CHARS]
    prose += [el for el in post.iter() if el.tag != "p" and len((el.text or "").strip()) >= PROSE_PARAGRAPH_CHARS]
    return prose


_SIGN_IN = re.compile(r"(?i)log-?in|sign-?in|sign-?up|register|dang-?nhap|dang-?ky")
POSTER_WORDS = 6


def _poster_link(a) -> bool:
    """A link to a poster's page by their name (a few words), not to the sign-in page nor by
    a count of their posts (Discuz's "187 Chủ đề" under the name)."""
    href = a.get("href") or ""
    if not ACCOUNT_PAGE.search(href) or _SIGN_IN.search(href):
        return False
    text = a.text_content()
    return 0 < len(text.split()) <= POSTER_WORDS and not _COUNT.fullmatch(text.strip())


_COUNT = re.compile(r"[\d.,\s]+")


def _links_a_title(block) -> bool:
    """Whether a block links to another page by a heading's title (a teaser's)."""
    return any(a.get("href") and not ACCOUNT_PAGE.search(a.get("href") or "")
               for h in block.iter(*_POST_HEADINGS) for a in h.iter("a"))


HEAD_CHARS_BETWEEN = 200  # a thread's head between its title and its first post: "91 lượt xem", "2 tin nhắn"


def _chars_between(first, last) -> int:
    """The characters of text after `first` (outside it) and before `last`."""
    total, inside = 0, False
    for el in first.getroottree().getroot().iter():
        if el is last:
            break
        if el is first:
            inside = True
            total += len((el.tail or "").strip())
            continue
        if inside and isinstance(el.tag, str) and first not in el.iterancestors() and el.tag not in ("script", "style"):
            total += len((el.text or "").strip()) + len((el.tail or "").strip())
    return total


def _prose_between(first, last) -> bool:
    """Whether a paragraph of prose (its words outside links) stands after `first` (outside it) and
    before `last`."""
    inside = False
    for el in first.getroottree().getroot().iter():
        if el is first:
            inside = True
        elif el is last:
            return False
        elif inside and first not in el.iterancestors() and el.tag == "p" and _own_chars(el) >= PROSE_PARAGRAPH_CHARS:
            return True  # (its own words, not its links': a trail of links in a <p> is no prose)
    return False


REPLIES_ONLY = 2  # (thread_posts: replies, no first post)
STAMPED_POSTS = 2  # posts found by their stamps alone
_ROW_TAGS = frozenset(("tr", "td", "li"))


def _thread_posts(doc, title: str):
    """The first post's block, else REPLIES_ONLY, else 0."""
    want = title.casefold()
    own = reply = None
    replies = 0
    bodies: list = []  # (poster's heading, post body) pairs
    for h in doc.iter(*_POST_SUBJECTS, "div", "span", "strong"):
        if h.tag in ("div", "span") and "subject" not in (h.get("class") or "").casefold():
            continue  # (a post's subject in a block of its own: SMF's "subject_title", Phorum's "PhorumReadBodySubject")
        text = clean_line(h.text_content())
        replying = bool(REPLY_TITLE.match(text)) and REPLY_TITLE.sub("", text).casefold() == want
        if h.tag == "strong":
            # (a reply's subject in bold in its head: Phorum's "<div class=PhorumReadBodyHead><strong>Re: …")
            if replying:
                reply = reply if reply is not None else h
                replies += 1
            continue
        if text.casefold() == want:
            own = own if reply is not None else h
        elif replying:
            reply = reply if reply is not None else h
            replies += 1
        elif own is not None and len(text) <= POSTER_CHARS and (body := next_element(h)) is not None \
                and _POST_BODY.search(body.get("class") or ""):
            bodies.append((h, body))
    if reply is None:
        return _first_of_posts(bodies)
    if own is None:
        return 0
    above = set(reply.iterancestors())
    for block in itertools.chain([own], own.iterancestors()):
        parent = block.getparent()
        if parent is None or block.tag in ("body", "html"):
            return 0
        if parent in above:
            theirs = next(a for a in itertools.chain([reply], reply.iterancestors()) if a.getparent() is parent)
            same_kind = theirs.tag == block.tag and (block.get("class") or "").split()[:1] == (theirs.get("class") or "").split()[:1]
            if same_kind and theirs is not block:
                return block
            # no post of the title's before the replies, and no text between: a later page
            return REPLIES_ONLY if replies >= 2 and _text_between(own, reply) < OWN_TEXT_CHARS else 0
    return 0


OWN_TEXT_CHARS = 200  # text between a thread's title and its first reply: a first post's

# A post's body as forums class it ("Post-body": Flarum's; "postbody", "post_body", "message-body",
# "post-content"), under a heading naming its poster
_POST_BODY = re.compile(r"(?i)(?:^|\s)(?:post|message)[_-]?(?:body|content|text)(?:\s|$)")
POSTER_CHARS = 60


def _first_of_posts(bodies: list[tuple]):
    """The first post's body, when two posts or more follow the title one after another, each
    under its poster's name, their bodies of one class (Flarum's view without scripts: no subject
    tells the replies): the article is the first; 0 else. One post alone under a person's name
    (two to five words, each capitalised: "Hoàng Thị Lan") is a thread of one post."""
    if not bodies:
        return 0
    if len(bodies) == 1:
        (heading, body), = bodies
        name = clean_line(heading.text_content()).split()
        return body if 2 <= len(name) <= 5 and all(w[0].isupper() for w in name) else 0
    if len({b.get("class") for _, b in bodies}) > 1:
        return 0
    blocks = [b.getparent() for _, b in bodies]
    if any(block is None or block.getparent() is not blocks[0].getparent() for block in blocks):
        return 0  # (the posts are siblings: sections of one text are not a thread's posts)
    return bodies[0][1]


def _text_between(first, last) -> int:
    """Characters of text after `first` (its own excluded) and before `last`, in page order."""
    chars, inside = 0, False
    for el in first.getroottree().getroot().iter():
        if el is first:
            inside = True
            chars -= len(el.text_content())
        elif el is last:
            break
        if inside and isinstance(el.tag, str) and el.tag not in ("script", "style"):
            chars += len((el.text or "").strip()) + len((el.tail or "").strip())
    return chars
