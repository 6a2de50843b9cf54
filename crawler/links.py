"""Links of a page worth following, with the date a listing shows beside an article link."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from datetime import date, datetime
from urllib.parse import urlencode, urljoin, urlsplit

from lxml import etree

from . import dates
from .families import Rules
from .parsing import doc_base, next_element, text_before
from .text import clean_line, names_alliance
from .urls import canonical_url, host_of, in_sections, on_site, path_and_query

OUTSIDE = "outside"  # a link's kind: a title on the site's host, out of its sections


@dataclass(frozen=True)
class Link:
    url: str
    kind: str  # article | listing | other (from the URL alone) | outside (OUTSIDE)
    listing_date: str | None = None
    pagination: bool = False  # the next/older pages of this listing
    frame: bool = False  # a frame or iframe of the page: a part of it, read whenever the page is


# Listing pages by number, as the portals write them: ?page=2, ?trang=2, /page/2/, page-2.htm.
# (a page's number has a few digits: "/w/page/158290364/<Title>" names a page by its id, PBworks')
PAGE_NUMBER = re.compile(r"[?&](?:page|trang|paged|pageindex|pg|start)=\d+|/(?:page|trang)[-/]?\d{1,4}(?:[./]|$)", re.I)


# A pager's links, whatever their URLs look like: "2", "»", "Trang sau", "Tiếp", "Next".
PAGER_TEXT = re.compile(r"(?i)^(\d{1,4}|[»›>]{1,2}|trang\s+(sau|tiếp|kế)|tiếp(\s+theo)?|sau|next|older)\s*[»›>]*$")
_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?(?:\.\d+)?(?:Z|[+-]\d{2}:?\d{2})?)?$")
TITLE_LINK_CHARS = 20  # anchor text this long: a title, worth looking for its listing date
_DATA_URL_ATTRS = ("data-url", "data-href", "data-link", "data-next", "data-ajax-url", "hx-get")
_X_DATA_URLS = etree.XPath("//*[" + " or ".join(f"@{a}" for a in _DATA_URL_ATTRS) + "][not(self::img)]")
# A client-side template's placeholder (AMP's amp-mustache "{{url}}", Vue's, Angular's): no address.
_PLACEHOLDER = re.compile(r"\{\{|%7[Bb]%7[Bb]")
_X_REL_NEXT = etree.XPath("//link[@rel='next']/@href")
_X_FRAMES = etree.XPath("//frame/@src | //iframe/@src")
_X_PAGE_FORMS = etree.XPath("//form[not(@method) or translate(@method, 'GET', 'get') = 'get'][.//select]")
_PAGE_OPTIONS = 200  # a pager's pages read at most


def _page_form_urls(form, base: str) -> list[str]:
    """The addresses a listing's paging form submits to (Snitz's "Page: <select name=whichpage>"
    of page numbers, sent by GET with its hidden fields): one per page it offers, when the form
    is nothing but that select and hidden fields (no text field: a search form is no pager), but
    the page it shows."""
    fields = [el for el in form.iter("input", "select", "textarea") if not (el.tag == "input" and (
        el.get("type") or "text").lower() in ("hidden", "submit", "button", "image"))]
    if len(fields) != 1 or fields[0].tag != "select" or not (name := fields[0].get("name")):
        return []
    options = [((o.get("value") if o.get("value") is not None else o.text_content()).strip(), o.get("selected") is not None)
               for o in fields[0].iter("option")]
    values = [v for v, _ in options]
    if len(values) < 2 or not all(v.isdigit() for v in values) \
            or [int(v) for v in values] != list(range(int(values[0]), int(values[0]) + len(values))):
        return []  # page numbers, in order
    hidden = [(el.get("name"), el.get("value") or "") for el in form.iter("input")
              if (el.get("type") or "").lower() == "hidden" and el.get("name")]
    action = urljoin(base, (form.get("action") or "").strip() or base).split("#")[0].split("?")[0]
    # (the page shown is the one selected: read already)
    return [f"{action}?{urlencode([*hidden, (name, v)])}" for v, shown in options[:_PAGE_OPTIONS] if not shown]
_MORE_TEXT = re.compile(r"(?i)^(xem|tải|hiển\s+thị)\s+thêm|^load\s+more|^more|^thêm\s+tin")
# A teaser's link by what it does, not what it leads to ("Xem tiếp…", "Đọc thêm »", "Read more"):
# its item's heading names the page (phpwcms' list: an unlinked <h1>, the date, the summary, the link)
# A link to a post's permanent address by what it is (DokuWiki's blog, Typepad's lists)
PERMALINK = r"(?:permalink|permanent\s+link|liên\s+kết\s+(?:cố\s+định|vĩnh\s+viễn))"
READ_MORE = re.compile(r"(?i)^[^\w\s]?\s*(?:(?:xem|đọc)\s+(?:tiếp|thêm|chi\s+tiết|toàn\s+bài|bài\s+viết)|chi\s+tiết"
                       r"|read\s+more|continue\s+reading|more"
                       rf"|{PERMALINK})\s*(?:\.{{3}}|…|[»›>→]+)?"
                       # (and what is left to read: PostNuke's "Đọc tiếp... (903 byte nữa)")
                       r"(?:\s*\(\s*[\d.,]+\s*(?:bytes?|byte|ký\s+tự|chữ|từ|words?)\b[^()]{0,20}\)?)?$")  # ("↪ Read more": WonderCMS')


# A date of three numbers ("03/09/2026"): which of the first two is the day, the page shows only
# where one of them passes 12. Slashes only: en-US services write them so.
_NUMERIC_DATE = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")
# The page's short texts holding a slash, found in C (a regex over all its text cost 3 ms a page).
_X_SLASHED = etree.XPath("//body//text()[contains(., '/')][not(parent::script or parent::style)]")
_SHOWN_CHARS = 400  # a date's text, or a list item's: not an article's paragraph


def _shown_order(doc) -> str | None:
    """"month-first" when the page's three-number dates show that order ("03/16/2026", an en-US
    service's list: Mailchimp's archive) and none shows day-first ("16/03/2026"); else None."""
    month_first = day_first = False
    for text in _X_SLASHED(doc):
        if len(text) <= _SHOWN_CHARS:
            for m in _NUMERIC_DATE.finditer(text):
                first, second = int(m[1]), int(m[2])
                month_first |= first <= 12 < second <= 31
                day_first |= second <= 12 < first <= 31
    return "month-first" if month_first and not day_first else None


def _titled(text: str) -> bool:
    """Whether a link's text names a page worth its listing date: a title, or a teaser's "read more"."""
    return len(text) >= TITLE_LINK_CHARS or bool(READ_MORE.match(clean_line(text)))


def _as_written(text: str) -> str:
    return text


def _day_first(text: str) -> str:
    """A month-first list's three-number dates written day-first, as every reader reads them."""
    return _NUMERIC_DATE.sub(r"\2/\1/\3", text)


# The next or previous article's link under the text ("Bài tiếp: <a>…</a>", Discuz's): the date
# around it is the page's own
_NEIGHBOUR = re.compile(r"(?i)(?:bài|tin)\s+(?:viết\s+)?(?:tiếp(?:\s+theo)?|sau|trước|kế\s+tiếp)\s*:?\s*$|(?:next|previous)\s*:?\s*$")
# A post's number as its permalink ("#13"): the date beside it is that post's, a reply's on a
# thread's later page, not the date of the page it links (the thread's first)
_POST_NUMBER = re.compile(r"^\s*#\d{1,6}\s*$")


# A link showing its own address ("xem ở http://…/blogs.php?post_id=159", pasted in a comment):
# no listing's item, the date beside it the comment's
_ADDRESS_TEXT = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)


def _listing_date(a, href: str, read=_as_written) -> str | None:
    """The date printed next to a link in its listing item: the nearest ancestor (up to
    three levels) that holds no other link target and whose own text has one full date; first,
    a card link's own date element beside its title; last, in a list without an element per
    item (a builder's cards laid out flat: title, date, excerpt), the element right after the
    title's holding a date alone. None beside a post's number, for the next or previous article
    or for a link showing its address."""
    if _POST_NUMBER.match(a.text_content()) or _NEIGHBOUR.search(text_before(a)) or _ADDRESS_TEXT.match(a.text_content()) \
            or (a.get("rel") or "").strip() in ("next", "prev") or _COMMENT_LINK.search(href):
        return None
    if len(a) and (date := _card_date(a, read)):
        return date
    node = a
    for _ in range(3):
        held, node = node, node.getparent()
        if node is None or node.tag in ("body", "html", "ul", "table", "tbody"):
            return None
        # (a short link to the item's category, "Danh mục: <a>Tin hoạt động</a>", is no other item's)
        targets = {t for x in node.iter("a") if (t := x.get("href"))
                   and (t == href or len(x.text_content().strip()) >= TITLE_LINK_CHARS)}
        if len(targets) > 1:
            if clean_line(held.text_content()) != clean_line(a.text_content()):
                return _header_date(held, read)  # a whole item (its title, teaser, footer) without its date
            return _next_date(held, read)
        if date := _own_date(node, a, read):
            return date
        text = node.text_content().replace(a.text_content(), " ")
        for x in _last_replies(node):  # (a forum row's "Bài viết cuối: <a href=…#p303>15-01-2025 07:50:11</a>")
            text = text.replace(x.text_content(), " ")
        text = read(clean_line(text))
        # (an item's posted line says what its date is: "Đăng bởi quantri vào 12/03/2026" is no event)
        found = [m for m in dates.find_dates(text) if not m.cited and (not m.event or _POSTED_BEFORE.search(text[:m.start]))]
        # A full date beats year-less ones (the item's teaser may open with "Ngày 6/1, ...").
        full = [m for m in found if m.year is not None] or found
        # One date, or several naming the same day (the listing's date and a teaser that
        # opens "Chiều 8/10/2020, ...").
        if len({(m.year, m.month, m.day) for m in full}) == 1:
            m = full[0]
            return text[m.start:m.end]
        if found:
            return None
    return None


# a link to a comment under a post (HumHub's "/content/perma?id=404&commentId=921", LiveJournal's
# "?thread=", WordPress' "?replytocom="): the time beside it is the comment's, not the post's
_COMMENT_LINK = re.compile(r"(?i)[?&;](?:comment_?id|replytocom|replyto|thread)=|#comments?[-_]?\d")
_POSTED_BEFORE = re.compile(r"(?i)(?<!\w)(?:đăng|posted)(?!\w)[^.!?]{0,60}$")


def _next_date(el, read=_as_written) -> str | None:
    """The date the element right after `el` holds alone ("20/03/2026")."""
    nxt = next_element(el)
    if nxt is None or nxt.find(".//a") is not None or (m := _date_alone(text := read(clean_line(nxt.text_content())))) is None:
        return None
    return text[m.start:m.end]


HEADER_REACH = 12  # items under one date's heading, read back to it


def _header_date(item, read=_as_written) -> str | None:
    """The date heading the items of its day above `item` (Typepad's and Blogger's "date-header"
    over each day's posts): the nearest element before it holding a date alone, past the items
    of the same day (of `item`'s tag). The date after a whole item heads the next day's: none."""
    for el in itertools.islice(item.itersiblings(preceding=True), HEADER_REACH):
        if not isinstance(el.tag, str):
            continue
        if el.tag == item.tag and el.find(".//a") is not None:
            continue  # an earlier post of the same day
        if el.find(".//a") is None and (m := _date_alone(text := read(clean_line(el.text_content())))) is not None:
            return text[m.start:m.end]
        return None
    return None


def _card_date(a, read=_as_written) -> str | None:
    """The date a link around a whole listing item holds beside its title (AEM's and Tilda's
    lists: `<a><span class=title>…</span><span class=date>05/02/2026</span></a>`). Not the
    link's own text: a title may name a day."""
    return _own_date(a, None, read)


def _own_date(node, a, read=_as_written) -> str | None:
    """The date elements under `node` (outside the link `a`, when given) give: its one
    machine-readable <time datetime>, however its text reads it (Joomla's "Được đăng ngày Thứ
    ba, 05 Tháng 9 2023 14:20"), else its elements holding a date and nothing else (`<span
    class="news-date">`) when they name one day, whatever dates a teaser beside them mentions."""
    stamps = {dates.stamp_of(t) for t in node.iter("time") if (t.get("datetime") or "").strip()
              and (a is None or not any(x is a for x in t.iterancestors())) and not _last_reply(t, node)}
    if len(stamps) == 1 and _ISO_DAY.match(stamp := stamps.pop()):
        return stamp
    own = _date_elements(node, a, read)
    if len({(m.year, m.month, m.day) for _, m in own}) == 1:
        text, m = own[0]
        return text[m.start:m.end]
    return None


def _date_elements(node, a, read=_as_written) -> list[tuple[str, dates.DateMatch]]:
    """(text, date) of the elements under `node`, outside the link `a` (None: but `node`'s
    own text), whose own text is one full date with at most a short label around it
    ("08/10/2020", "Ngày 08/10/2020")."""
    inside = set(a.iter()) if a is not None else {node}
    out = []
    for el in node.iter():
        if el in inside or not isinstance(el.tag, str):
            continue
        text = read(clean_line(el.text or ""))
        if text and (m := _date_alone(text)) is not None and not _last_reply(el, node):
            out.append((text, m))
    return out


# A forum list's column of the last reply (Discuz's "goto=lastpost" link, phpBB's and MyBB's
# "lastpost" cells, Vanilla's "LastCommentDate"): its date is the thread's last reply's, not the
# thread's own
_LAST_REPLY = re.compile(r"(?i)(?:last|latest)[-_]?(?:post|reply|comment|activity)")


def _marks_last_reply(x) -> bool:
    """Whether the element itself is named a last reply's column or link."""
    return bool(_LAST_REPLY.search(" ".join(filter(None, (x.get("class"), x.get("href"), x.get("id"))))))


def _last_reply(el, node) -> bool:
    """Whether `el` (under `node`) is in a last reply's column or link."""
    for x in itertools.chain([el], el.iterancestors()):
        if x is node:
            return False
        if _marks_last_reply(x):
            return True
    return False


def _last_replies(node) -> list:
    """The outermost elements under `node` that are a last reply's column or link."""
    return [x for x in node.iter(etree.Element)
            if x is not node and _marks_last_reply(x) and not _last_reply(x.getparent(), node)]


def _date_alone(text: str) -> dates.DateMatch | None:
    """The one full date of a short text that holds it with at most a short label ("Ngày 08/10/2020")."""
    if len(text) > 40:
        return None
    found = [m for m in dates.find_dates(text) if not m.cited and not m.event]
    if len(found) == 1 and found[0].year is not None and len(text) - (found[0].end - found[0].start) <= 12:
        return found[0]
    return None


def page_links(doc, base_url: str, rules: Rules, domains: tuple[str, ...], learned=None,
               sections: tuple[str, ...] = ()) -> list[Link]:
    """The page's links in page order, each with its kind: the rules' verdict from the URL,
    unless `learned(url)` (the site's URL shapes, `crawler.urlshapes`) knows better. Links off
    the site's hosts, or out of its sections of a shared host, are none of its pages."""
    base = doc_base(doc, base_url)
    origin = "{0.scheme}://{0.netloc}".format(urlsplit(base))
    links: dict[str, Link | None] = {}  # in page order; None: off-site or denied
    paging = set(rules.pagination(doc)) if rules.pagination is not None else set()
    read = _day_first if _shown_order(doc) == "month-first" else _as_written
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")) or _PLACEHOLDER.search(href):
            continue
        # Root-relative links (most of them) need no urljoin: the memoised canonical_url
        # then serves the menus and sidebars that every page repeats.
        if href.startswith("/") and not href.startswith("//") and "/." not in href:
            url = canonical_url(origin + href)
        else:
            url = canonical_url(urljoin(base, href))
        if not url.startswith(("http://", "https://")):
            continue
        if url in links:
            # Seen already (a thumbnail, a sidebar): this occurrence may carry the date.
            link = links[url]
            if link is not None and link.kind in ("article", "other", OUTSIDE) and link.listing_date is None \
                    and (link.kind == "article" or _titled(a.text_content())):
                if listing_date := _listing_date(a, href, read):
                    links[url] = Link(url, link.kind, listing_date, pagination=link.pagination)
            continue
        on_host = on_site(host_of(url), domains)
        kind = rules.url_kind(path_and_query(url)) if on_host and in_sections(urlsplit(url).path, sections) else "denied"
        if kind == "other" and learned is not None:
            kind = learned(url) or kind
        if kind == "denied":
            if on_host and sections and len(a.text_content()) >= TITLE_LINK_CHARS \
                    and rules.url_kind(path_and_query(url)) != "denied":
                # a title linked out of the site's section of a shared host: another address of
                # one of its articles (Confluence's "?pageId=", a portal's id-only link) or
                # another body's page; its breadcrumb tells (`in_section_path`)
                links[url] = Link(url, OUTSIDE, _listing_date(a, href, read))
                continue
            links[url] = None
            continue
        text = a.text_content()
        pager = a in paging or bool(PAGER_TEXT.match(text.strip()))
        pagination = pager or bool(PAGE_NUMBER.search(url))
        if kind == "article" or (kind == "other" and not pager and _titled(text)):
            # A link titled like an article may lead to one whose URL shape is not known yet
            # (its page number may be its id: TinyPortal's "?page=14").
            links[url] = Link(url, kind, _listing_date(a, href, read), pagination=pagination)
        else:
            links[url] = Link(url, kind, pagination=pagination)
    def new_address(href: str) -> str | None:
        """The site's address (its hosts and sections) that `href` names, unless the page's
        links have it already."""
        url = canonical_url(urljoin(base, href))
        if url in links or not url.startswith(("http://", "https://")) or not on_site(host_of(url), domains) \
                or not in_sections(urlsplit(url).path, sections):
            return None
        return url

    # A "Xem thêm" button loads the older items from its data-url (an HTML fragment); a
    # crawl reads that address as a listing page.
    for el in _X_DATA_URLS(doc):
        text = clean_line(el.text_content())
        for attr in _DATA_URL_ATTRS:
            href = (el.get(attr) or "").strip()
            if not href or href.startswith(("#", "javascript:", "{")) or " " in href:
                continue
            if (url := new_address(href)) is None:
                continue
            kind = rules.url_kind(path_and_query(url))
            links[url] = None if kind == "denied" else Link(
                url, "listing" if kind == "other" else kind,
                pagination=bool(PAGE_NUMBER.search(url) or _MORE_TEXT.match(text)))
    # The next page of a listing announced only in <head> (<link rel="next">: an infinite scroll
    # with no pager, Nuxt's and WordPress's): a listing page.
    for href in _X_REL_NEXT(doc):
        if (url := new_address(href.strip())) is not None and rules.url_kind(path_and_query(url)) != "denied":
            links[url] = Link(url, "listing", pagination=True)
    # A listing's pages offered in a paging form's select, which a script submits on change
    for form in _X_PAGE_FORMS(doc):
        for href in _page_form_urls(form, base):
            if (url := new_address(href)) is not None and rules.url_kind(path_and_query(url)) != "denied":
                links[url] = Link(url, "listing", pagination=True)
    # A frameset's frames (an old portal's "/" is <frameset> of top.asp and default.asp) and the
    # site's own iframes are its pages too.
    for src in _X_FRAMES(doc):
        src = src.strip()
        if not src or src.startswith(("#", "javascript:", "about:", "data:")):
            continue
        if (url := new_address(src)) is None:
            continue
        kind = rules.url_kind(path_and_query(url))
        links[url] = None if kind == "denied" else Link(url, kind, frame=True)
    return [link for link in links.values() if link is not None]


_X_BREADCRUMB_LINKS = etree.XPath(
    "//*[contains(translate(@class, 'BREADCRUMB', 'breadcrumb'), 'breadcrumb') or contains(translate(@id, 'BREADCRUMB',"
    " 'breadcrumb'), 'breadcrumb') or contains(translate(@aria-label, 'BREADCRUMB', 'breadcrumb'), 'breadcrumb')"
    " or @aria-label='Đường dẫn']//a/@href")


def in_section_path(doc, base_url: str, sections: tuple[str, ...]) -> bool:
    """Whether a page's breadcrumb leads into one of the site's sections: a page of the section
    at an address outside it (Confluence's "/pages/viewpage.action?pageId=…" under
    "Liên minh HTX tỉnh › Blog", its space's "/display/LMHTX/…")."""
    base = doc_base(doc, base_url)
    for href in _X_BREADCRUMB_LINKS(doc):
        path = urlsplit(urljoin(base, href.strip())).path
        if path.strip("/") and in_sections(path, sections):
            return True
    return False


MENU_HEADING_CHARS = 80


def section_menu(doc, base_url: str, domains: tuple[str, ...]) -> set[str]:
    """The paths of the pages a section's own menu lists: a list of links on the site's hosts
    under a heading naming the alliance ("Liên minh Hợp tác xã tỉnh" over "Tin hoạt động",
    "Gương HTX điển hình", …). A portal that gives every page one flat address (WebCenter's
    "/pages_r/l/<page>", SharePoint's "/Pages/<page>.aspx") puts the section's pages beside its
    home, not under it: they are the section's too."""
    base = doc_base(doc, base_url)
    out: set[str] = set()
    for menu in doc.iter("ul", "ol"):
        heading = menu.getprevious()
        while heading is not None and not isinstance(heading.tag, str):
            heading = heading.getprevious()
        if heading is None or heading.tag in ("ul", "ol", "a"):
            continue
        text = clean_line(heading.text_content())
        if not text or len(text) > MENU_HEADING_CHARS or not names_alliance(text):
            continue
        for href in menu.xpath(".//a/@href"):
            url = canonical_url(urljoin(base, href.strip()))
            path = urlsplit(url).path
            if url.startswith(("http://", "https://")) and on_site(host_of(url), domains) and path.strip("/"):
                out.add(path.lower().rstrip("/"))
    return out


def _listed_day(text: str) -> tuple | None:
    m = next(iter(dates.find_dates(text)), None)
    return None if m is None else (m.year, m.month, m.day)


def _other_days(a: str, b: str) -> bool:
    """Whether two listing dates name two days: both full (a year-less one may be a teaser's
    event, "ngày 20/3"), and not one day read in both orders ("2/6/2026" of an en-US list
    beside "6 thg 2, 2026": the list's own order is known only when its page is read)."""
    x, y = _listed_day(a), _listed_day(b)
    if x is None or y is None or x[0] is None or y[0] is None:
        return False
    return x != y and x != (y[0], y[2], y[1])


class ListingDates:
    """The date lists print beside each page's link, by URL key: the first one met. Two days
    printed beside one link date it with neither: the link sat in other pages' rows (a post's
    author chip beside each post's own date, a "related" box dated by the post showing it).
    A feed's entry gives the instant with its zone: it stands for a list's day that is that
    instant's day in UTC and not in Vietnam (a server printing its UTC day: Dolphin's 14/03 for
    a post of 00:20 on 15/03), and for the day no list printed (lists showing only ages)."""

    def __init__(self) -> None:
        self.first: dict[str, str] = {}
        self.disputed: set[str] = set()
        self.instants: dict[str, str] = {}

    def add(self, key: str, text: str) -> None:
        first = self.first.setdefault(key, text)
        if first != text and key not in self.disputed and _other_days(first, text):
            self.disputed.add(key)

    def add_instant(self, key: str, text: str) -> None:
        """A feed entry's date: kept when it is an instant with its zone."""
        if dates.ZONED_INSTANT.match(text.strip()):
            self.instants.setdefault(key, text.strip())

    def get(self, key: str, given: str | None = None, *, feed: bool = True) -> str | None:
        """The page's listing date: `given` (its request's) or the first met, unless lists disagree;
        else its feed entry's instant (not with `feed` false)."""
        if key in self.disputed:
            return None
        day = given or self.first.get(key)
        instant = self.instants.get(key)
        if day and instant and (listed := _listed_day(day)) and None not in listed \
                and dates.foreign_day(date(*listed), datetime.fromisoformat(instant)):
            return instant
        return day or (instant if feed else None)
