"""One page as the date finder sees it: its title and body located, its lines read lazily,
and the tests every piece of evidence goes through (furniture, near the title, the banner of
today's date above it, plausible and not in the future). Evidence is an `Evidence` (a full date) or
a `Partial` (a year-less one waiting for a year)."""

from __future__ import annotations

import itertools
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from functools import cached_property, lru_cache
from typing import NamedTuple

from lxml import etree
from lxml.cssselect import CSSSelector

from ..fields import field_tables
from .base import FUTURE_SLACK, MIN_YEAR, local
from .lines import (
    _WS,
    HEAD_CHARS,
    POST_HEAD_PARTS,
    POST_LEVELS,
    _in_furniture,
    _is_articleish,
    _Line,
    _lines,
    furniture_words,
    is_post_head,
    precedes,
)
from .text import _valid

_LIST_ITEM_TAGS = frozenset({"li", "dt", "dd"})
POST_HEAD_LEVELS = 3  # a post's head above its text's own container
POST_HEAD_CHARS = 40  # characters between a post's head stamp and its title ("- Công khai")
_X_TITLE_FALLBACK = etree.XPath(".//*[@itemprop='headline'] | .//h1")
_X_PAGE_TITLE = etree.XPath(".//meta[@property='og:title']/@content | .//title/text()")
# Text that may hold a posting label, in NFC or NFD, whatever its case (đăng, xuất bản, thêm, posted,
# published, added, tạo, created): the readers' patterns then run on these few, not on every text of the page.
_X_LABEL_TEXT = etree.XPath(".//text()[" + " or ".join(
    f"contains(., '{s}')" for s in ("đ", "Đ", "xu", "Xu", "XU", "osted", "OSTED", "ublished", "UBLISHED", "hêm", "HÊM",
                                    "dded", "DDED", "tạo", "TẠO", "reated", "REATED")) + "]")


@dataclass(frozen=True)
class DateResult:
    published: datetime | None
    source: str  # "metadata" | "date-element" | "url" | "listing" | "text" | "document" | ""
    missing_reason: str | None  # set iff published is None


class Evidence(NamedTuple):
    source: str  # DateResult.source value
    label: str  # for messages
    dt: datetime
    explicit: bool  # the page states the full date itself (not completed from other evidence)
    alt: datetime | None = None  # the month-first reading of an ambiguous en-US date line
    # only the site's order shown elsewhere may read it month-first: an unpadded date without
    # a clock ("3/5/2024", Weebly's), day-first otherwise, as this country writes it
    plain: bool = False
    instant: bool = False  # a feed entry's instant with its zone, not a day a page or list printed


class Partial(NamedTuple):
    """A year-less date waiting for a year from other evidence."""

    day: int
    month: int
    hour: int | None
    minute: int | None
    raw: str


@lru_cache(maxsize=256)
def css(selector: str) -> CSSSelector:
    return CSSSelector(selector)


def select_first(doc, selectors: Sequence[str]):
    for sel in selectors:
        found = css(sel)(doc)
        if found:
            return found[0]
    return None


def _norm_title(s: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", s)).strip().casefold()


def fallback_title(doc):
    """Without title selectors: the h1/headline matching og:title or <title>, else a lone h1.

    A wrong title (a logo in an <h1>) would put the banner "after the title", so when in doubt
    there is no title and the text search is skipped.
    """
    cands = []
    for el in _X_TITLE_FALLBACK(doc):
        text = _norm_title(el.text_content())
        if 10 <= len(text) <= 400 and not _in_furniture(el, frozenset()):
            cands.append((el, text))
    refs = [r for r in (_norm_title(v) for v in _X_PAGE_TITLE(doc)) if len(r) >= 10]
    for el, text in cands:
        if any(text in r or r in text for r in refs):
            return el
    h1s = [el for el, _ in cands if el.tag == "h1"]
    return h1s[0] if len(h1s) == 1 else None


def ymd(d: datetime | date) -> str:
    return d.strftime("%Y-%m-%d")


def within_a_day(a: datetime, b: datetime) -> bool:
    return abs((a.date() - b.date()).days) <= 1


def complete_year(p: Partial, hint: date, month_only: bool) -> datetime | None:
    """Give a year-less date the year that puts it next to the hint (same month, or ±1 day)."""
    if month_only:
        if p.month != hint.month:
            return None
        years: tuple[int, ...] = (hint.year,)
    else:
        years = (hint.year - 1, hint.year, hint.year + 1)
    for y in years:
        if _valid(y, p.month, p.day):
            d = date(y, p.month, p.day)
            if month_only or abs((d - hint).days) <= 1:
                return local(datetime(y, p.month, p.day, p.hour or 0, p.minute or 0))
    return None


class Page:
    """What find_published knows about one page, computed lazily."""

    def __init__(self, doc, title, body, now: datetime, today: date | None, holder=None, midnight_days: bool = False):
        self.doc, self.title, self.body, self.now, self.today = doc, title, body, now, today
        self.midnight_days = midnight_days  # the site writes a day as UTC's midnight to the millisecond
        self.limit = now + FUTURE_SLACK
        self.title_chain = frozenset([title, *title.iterancestors()]) if title is not None else frozenset()
        self._holder = holder
        self.shared = furniture_words(self.title_chain)
        self.notes: list[str] = []  # why candidates were dropped
        self.banner_seen = False
        self._lines: list[_Line] | None = None
        self._head: list[_Line] | None = None

    @cached_property
    def text_holder(self):
        """The element holding the article's text: the body element, else the one the caller's
        `holder()` finds (where the text's lines are), asked once."""
        if self.body is not None or self._holder is None:
            return self.body
        return self._holder()

    @cached_property
    def _text_chain(self) -> frozenset:
        holder = self.text_holder
        return frozenset([holder, *holder.iterancestors()]) if holder is not None else frozenset()

    @cached_property
    def _post_blocks(self) -> frozenset:
        holder = self.text_holder
        return frozenset([holder, *itertools.islice(holder.iterancestors(), POST_LEVELS)]) if holder is not None else frozenset()

    @cached_property
    def article_roots(self) -> tuple:
        """Where the article is: its body (else its text's element) and the two blocks after it, the
        title's container (an article element, else its grandparent) and the page's tables of fields;
        without a title, the whole page, also when the "title" is a list item's link (a sidebar's
        link to this very page names it as well). Two date readers walk it: found once."""
        roots = []
        if (body := self.body if self.body is not None else self.text_holder) is not None:
            roots += [body, *[sib for sib in body.itersiblings() if isinstance(sib.tag, str)][:2]]
        if self.title is None or any(a.tag in _LIST_ITEM_TAGS for a in self.title.iterancestors()):
            return (*roots, self.doc)
        box = next((a for a in self.title.iterancestors() if _is_articleish(a)), None)
        if box is None:
            up = [a for _, a in zip(range(2), self.title.iterancestors()) if a.tag not in ("body", "html")]
            box = up[-1] if up else None
        # ... and the page's tables of fields wherever they stand (a gallery's photo information: Coppermine's
        # "Tác giả", "Ngày thêm", "Lượt xem" rows after the photo's description)
        return (*roots, *([box] if box is not None else []), *self.field_tables)

    @cached_property
    def label_texts(self) -> tuple:
        """(root, text) for each text of `article_roots` that may hold a posting label: three
        readers (the posted and the created label, the posting line's clock) walk them, found once."""
        return tuple((root, node) for root in self.article_roots for node in _X_LABEL_TEXT(root))

    @cached_property
    def field_tables(self) -> tuple:
        """The page's tables of fields (label | value rows: "Ngày tạo" | "20/05/2024 10:05")."""
        return tuple(field_tables(self.doc))

    def in_fields(self, el) -> bool:
        """Whether `el` is in one of the page's tables of fields: its own metadata, wherever the
        template sets it (Nuxeo's "Thông tin chung" box, a widget beside the text)."""
        return any(t is el or t in el.iterancestors() for t in self.field_tables)

    def post_blocks(self) -> frozenset:
        """The nearest containers of the article's text: the post holding it."""
        return self._post_blocks

    def text_chain(self) -> frozenset:
        """The containers of the article's text: no box of comments or widgets holds it (a
        forum's first post is its thread's "comment entry parent", vBulletin's)."""
        return self._text_chain

    def in_post_head(self, el) -> bool:
        """Whether `el` is in the head of the post holding the text (a block named a header, in
        the text's nearest containers: JomSocial's "joms-comment__header" over a discussion's text,
        its time named for comments)."""
        blocks = self.post_blocks()
        return any(is_post_head(a, blocks) for a in itertools.islice(el.iterancestors(), POST_HEAD_PARTS))

    def furniture(self, el) -> bool:
        return _in_furniture(el, self.title_chain, shared=self.shared, text_chain=self.text_chain,
                             post_blocks=self.post_blocks)

    def element_furniture(self, el) -> bool:
        """Furniture test for the site's own date element: lenient in the title's container."""
        if self.title is not None:
            box = [a for _, a in zip(range(2), self.title.iterancestors()) if a.tag not in ("body", "html")]
            if box and any(a in box for a in el.iterancestors()):
                return _in_furniture(el, self.title_chain, lenient=True, shared=self.shared)
        return _in_furniture(el, self.title_chain, shared=self.shared)

    def before_title(self, el) -> bool:
        return self.title is not None and precedes(el, self.title)

    def near_title(self, el) -> bool:
        """Inside the article, or in the title's parent/grandparent container."""
        if any(_is_articleish(a) for a in el.iterancestors()):
            return True
        if self.title is None:
            return False
        up = [a for _, a in zip(range(POST_HEAD_LEVELS), self.title.iterancestors())]
        anc = set(el.iterancestors())
        if any(a in anc for a in up[:2]):
            return True
        # ...or in the post's head right above the text the title opens (a microblog's "Name - <time>"
        # over a post whose first line is its heading: diaspora*'s post-info over its markdown)
        return bool(up) and up[-1] in anc and precedes(el, self.title) \
            and len(_text_between(up[-1], el, self.title)) <= POST_HEAD_CHARS

    def acceptable(self, dt: datetime, what: str) -> bool:
        if dt.year < MIN_YEAR:
            self.notes.append(f"implausible {what} date {ymd(dt)}")
            return False
        if dt > self.limit:
            self.notes.append(f"future {what} date {ymd(dt)} rejected")
            return False
        return True

    def is_today(self, dt: datetime) -> bool:
        return self.today is not None and dt.date() == self.today

    def banner(self, el, dt: datetime) -> bool:
        """Today's date above the title: the site's date banner, not the article's (noted)."""
        if self.is_today(dt) and self.before_title(el):
            self.banner_seen = True
            return True
        return False

    def lines(self) -> list[_Line]:
        if self._lines is None:
            self._lines = _lines(self.doc, self.title, self.body)
        return self._lines

    def head_lines(self) -> list[_Line]:
        """The first lines after the title (all of the page's lines once they are known)."""
        if self._lines is not None or self.title is None:
            return self.lines()
        if self._head is None:
            self._head = _lines(self.doc, self.title, self.body, after_title=HEAD_CHARS)
        return self._head




def _text_between(root, first, last) -> str:
    """The text inside `root` after `first` (outside it) and before `last`."""
    out, on = [], False
    for el in root.iter():
        if el is last:
            break
        if on and first not in el.iterancestors() and isinstance(el.tag, str):
            out.append(el.text or "")
        if on and el.tail and first not in el.iterancestors():
            out.append(el.tail)
        if el is first:
            on = True
            out.append(el.tail or "")
    return " ".join("".join(out).split())
