"""The publication date of a page: the evidence (metadata, the date element, the date line by the
title, the URL, the listing, the text, an official document's place-and-date line) weighed, and
None with a reason when it is missing, year-less or contradictory.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time
from functools import lru_cache
from typing import NamedTuple

from lxml import etree
from lxml.cssselect import CSSSelector

from ..metadata import flatten_jsonld
from .base import FUTURE_SLACK, MIN_YEAR, TZ
from .lines import (
    _WS,
    HEAD_CHARS,
    _in_furniture,
    _is_articleish,
    _Line,
    _lines,
    precedes,
)
from .parse import _LETTER, _aware, _parse_short, parse_date
from .text import _WEEKDAY_TAIL, DateMatch, _scan, _valid, yearless_lead_date
from .urls import _url_year_month, url_date


@dataclass(frozen=True)
class DateResult:
    published: datetime | None
    source: str  # "metadata" | "date-element" | "url" | "listing" | "text" | "document" | ""
    missing_reason: str | None  # set iff published is None


class _Ev(NamedTuple):
    source: str  # DateResult.source value
    label: str  # for messages
    dt: datetime
    explicit: bool  # the page states the full date itself (not completed from other evidence)


_META_KEYS = (
    "article:published_time",
    "og:published_time",
    "og:article:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date.issued",
    "dcterms.created",
)
_META_RANK = {k: i for i, k in enumerate(_META_KEYS)}
_X_META = etree.XPath(".//meta[@content][@property or @name or @itemprop]")
_X_ITEMPROP = etree.XPath(".//*[@itemprop='datePublished'][not(self::meta)]")
_X_JSONLD = etree.XPath(".//script[@type='application/ld+json']")
_X_TIME = etree.XPath(".//time[@datetime]")
_X_TITLE_FALLBACK = etree.XPath(".//*[@itemprop='headline'] | .//h1")
_JSONLD_RX = re.compile(r'"datePublished"\s*:\s*"([^"]+)"')
_MODIFIED = re.compile(r"updated|modified", re.I)

# A short line that is just a date, optionally with these labels around it.
_LABELS = re.compile(
    r"(?<!\w)(?:"
    r"(?:tác\s+giả|người\s+đăng|đăng\s+bởi|nguồn|posted\s+by|by)\s*:?\s*[^|\-–()\d]{0,40}"
    r"|ngày\s+cập\s+nhật|cập\s+nhật(?:\s+lúc)?|ngày\s+đăng|đăng\s+ngày|đăng\s+lúc|ngày\s+ban\s+hành|"
    r"thời\s+gian(?:\s+đăng)?|ngày|đăng|lúc|lượt\s+(?:xem|đọc|truy\s+cập)|số\s+lần\s+xem|xem|views?|"
    r"posted(?:\s+on)?|published|updated|gmt\s*\+?\s*7|giờ|[ap]m)(?!\w)",
    re.I,
)
_PLACE_DATE = re.compile(
    r"(?P<place>[^\W\d_][\w.\s\-–]{1,40}?)\s*,\s*(?P<date>ngày\s+(?:\d{1,2}\s+tháng\s+\d{1,2}\s+năm\s+\d{4}"
    r"|\d{1,2}\s?/\s?\d{1,2}\s?/\s?\d{4}))\s*\.?",
    re.I,
)
_DOC_NUMBER = re.compile(r"số\s*:?\s*\d+[\w.\-]*/[\w/.\-]*[A-ZĐ]", re.I)  # "Số: 04/KH-LMHTX"
_DOC_WINDOW = 6  # lines between the number and the place-and-date line (table layouts vary)


@lru_cache(maxsize=256)
def _css(selector: str) -> CSSSelector:
    return CSSSelector(selector)


def _select_first(doc, selectors: Sequence[str]):
    for sel in selectors:
        found = _css(sel)(doc)
        if found:
            return found[0]
    return None


_X_PAGE_TITLE = etree.XPath(".//meta[@property='og:title']/@content | .//title/text()")


def _norm_title(s: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", s)).strip().casefold()


def _fallback_title(doc):
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


def _fmt(d: datetime | date) -> str:
    return d.strftime("%Y-%m-%d")


def _close(a: datetime, b: datetime) -> bool:
    return abs((a.date() - b.date()).days) <= 1


class _Page:
    """What find_published knows about one page, computed lazily."""

    def __init__(self, doc, title, body, now: datetime, today: date | None):
        self.doc, self.title, self.body, self.now, self.today = doc, title, body, now, today
        self.limit = now + FUTURE_SLACK
        self.title_chain = frozenset([title, *title.iterancestors()]) if title is not None else frozenset()
        self.notes: list[str] = []  # why candidates were dropped
        self.banner_seen = False
        self._lines: list[_Line] | None = None
        self._head: list[_Line] | None = None

    def furniture(self, el) -> bool:
        return _in_furniture(el, self.title_chain)

    def element_furniture(self, el) -> bool:
        """Furniture test for the site's own date element: lenient in the title's container."""
        if self.title is not None:
            box = [a for _, a in zip(range(2), self.title.iterancestors()) if a.tag not in ("body", "html")]
            if box and any(a in box for a in el.iterancestors()):
                return _in_furniture(el, self.title_chain, lenient=True)
        return _in_furniture(el, self.title_chain)

    def before_title(self, el) -> bool:
        return self.title is not None and precedes(el, self.title)

    def near_title(self, el) -> bool:
        """Inside the article, or in the title's parent/grandparent container."""
        if any(_is_articleish(a) for a in el.iterancestors()):
            return True
        if self.title is None:
            return False
        up = [a for _, a in zip(range(2), self.title.iterancestors())]
        anc = set(el.iterancestors())
        return any(a in anc for a in up)

    def acceptable(self, dt: datetime, what: str) -> bool:
        if dt.year < MIN_YEAR:
            self.notes.append(f"implausible {what} date {_fmt(dt)}")
            return False
        if dt > self.limit:
            self.notes.append(f"future {what} date {_fmt(dt)} rejected")
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


def _metadata(page: _Page) -> _Ev | None:
    """Structured metadata; modified dates are ignored."""
    ranked: list[tuple[int, str]] = []
    for el in _X_META(page.doc):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        rank = _META_RANK.get(key)
        if rank is not None:
            ranked.append((rank, el.get("content") or ""))
    values = [v for _, v in sorted(ranked, key=lambda rv: rv[0])]
    for el in _X_ITEMPROP(page.doc):
        if not page.furniture(el):
            values.append(el.get("datetime") or el.get("content") or el.text_content())
    for script in _X_JSONLD(page.doc):
        values.extend(_jsonld_dates(script.text or ""))
    for v in values:
        dt = _parse_short(v, None)[0] if v else None
        if dt is not None and page.acceptable(dt, "metadata"):
            return _Ev("metadata", "metadata", dt, True)
    for el in _X_TIME(page.doc):
        if _MODIFIED.search(f"{el.get('class') or ''} {el.get('itemprop') or ''}"):
            continue
        if page.furniture(el) or not page.near_title(el):
            continue
        dt = _parse_short(el.get("datetime") or "", None)[0]
        if dt is None or not page.acceptable(dt, "<time>"):
            continue
        if page.banner(el, dt):
            continue
        return _Ev("date-element", "date element", dt, True)
    return None


def _jsonld_dates(raw: str) -> list[str]:
    """datePublished values, Article-like types first; regex fallback for broken JSON."""
    try:
        data = json.loads(raw, strict=False)
    except ValueError:
        return _JSONLD_RX.findall(raw)
    articles: list[str] = []
    others: list[str] = []
    for node in flatten_jsonld(data):
        v = node.get("datePublished")
        if isinstance(v, str):
            types = node.get("@type")
            types = " ".join(types) if isinstance(types, list) else str(types or "")
            (articles if ("Article" in types or "Posting" in types) else others).append(v)
    return articles + others


class _Partial(NamedTuple):
    """A year-less date waiting for a year from other evidence."""

    day: int
    month: int
    hour: int | None
    minute: int | None
    raw: str


def _element_date(page: _Page, selectors: Sequence[str]) -> _Ev | _Partial | None:
    """The site's own date element: after-title matches first, then the nearest before it."""
    for sel in selectors:
        after: list = []
        before: list = []
        for el in _css(sel)(page.doc):
            (before if page.before_title(el) else after).append(el)
        for el in after + before[::-1]:
            if page.element_furniture(el):
                continue
            attr = el.get("datetime") or el.get("content")
            text = attr or el.text_content()[:200]
            dt, m = _parse_short(text, None)
            if m is not None and (m.cited or m.event):
                continue
            if dt is None and m is not None and m.year is None:
                return _Partial(m.day, m.month, m.hour, m.minute, _WS.sub(" ", text).strip()[:60])
            if dt is None or not page.acceptable(dt, "date element"):
                continue
            if page.banner(el, dt):
                continue
            return _Ev("date-element", "date element", dt, True)
    return None


def _complete(p: _Partial, hint: date, month_only: bool) -> datetime | None:
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
                return datetime(y, p.month, p.day, p.hour or 0, p.minute or 0, tzinfo=TZ)
    return None


def is_date_line(text: str) -> bool:
    """A short line that is nothing but a date (with weekday, time, "Cập nhật:", "Lượt xem")."""
    return _date_only(text) is not None


def _date_only(text: str) -> DateMatch | None:
    """The date of a short line that is nothing but a date (plus weekday/time/labels)."""
    if len(text) > 80:
        return None
    ms = _scan(text, short_years=True, loose=True)
    if len(ms) != 1 or ms[0].cited or ms[0].event:
        return None
    m = ms[0]
    rest = _LABELS.sub(" ", text[: m.start] + " " + text[m.end :])
    return None if _LETTER.search(rest) else m


def _resolve(evs: list[_Ev]) -> tuple[_Ev | None, str | None]:
    """Pick one date from page evidence in order metadata, date element, URL, listing.

    Agreement means within one day (UTC metadata vs local dates). On disagreement:
    - a listing date never overrides the page's own evidence (listings get misaligned);
    - a date supported by more signals wins;
    - metadata vs date element alone: the element wins if it states the full date itself
      (portals' metadata is often a template default), otherwise no date;
    - any other tie (metadata vs URL, element vs URL): no date, both being structural.
    """
    if not evs:
        return None, None
    page_evs = [e for e in evs if e.source != "listing"] or evs
    groups: list[list[_Ev]] = []
    for e in page_evs:
        for g in groups:
            if _close(g[0].dt, e.dt):
                g.append(e)
                break
        else:
            groups.append([e])
    if len(groups) == 1:
        return groups[0][0], None
    groups.sort(key=len, reverse=True)
    if len(groups[0]) > len(groups[1]):
        return groups[0][0], None
    conflict = "conflicting dates: " + ", ".join(f"{e.label} {_fmt(e.dt)}" for e in page_evs)
    if len(groups) == 2 and len(groups[0]) == len(groups[1]) == 1:
        pair = {g[0].source: g[0] for g in groups}
        if set(pair) == {"metadata", "date-element"} and pair["date-element"].explicit:
            return pair["date-element"], None
    return None, conflict


def find_published(
    doc,
    url: str,
    *,
    date_selectors: Sequence[str] = (),
    title_selectors: Sequence[str] = (),
    body_selectors: Sequence[str] = (),
    listing_date: str | None = None,
    fetched_at: datetime | None = None,
    title_element=None,
    body_element=None,
) -> DateResult:
    """Publication date of an article page, or None with the reason.

    Evidence, strongest first: structured metadata, the site's date element, the URL, the
    listing date; all four are cross-checked (see `_resolve`). Only without any of them: a short
    date-only line just after the title ("text"), then an official document's place-and-date
    line ("document").

    Never used: banner/today dates (in header/menu/banner furniture, or equal to the fetch date
    and above the title), dates after `fetched_at` + 2 days, cited-document dates, event dates
    and ranges, year-less dates without a year from URL/metadata/listing. Metadata equal to the
    fetch date must be corroborated (templates stamp "now"). Without `fetched_at` the today rule
    is off (re-parsing an old copy must not treat the parse day as the banner date).
    """
    now = _aware(fetched_at) or datetime.now(TZ)
    today = now.date() if fetched_at is not None else None
    title = title_element if title_element is not None else (
        _select_first(doc, title_selectors) if title_selectors else None)
    if title is None:
        title = _fallback_title(doc)
    body = body_element if body_element is not None else (
        _select_first(doc, body_selectors) if body_selectors else None)
    page = _Page(doc, title, body, now, today)

    meta = _metadata(page)
    element = _element_date(page, date_selectors) if date_selectors else _line_date(page)
    ud = url_date(url)
    url_ev = _url_evidence(page, ud)
    uym = _url_year_month(url)
    listing_ev, listing_partial = _listing_evidence(page, listing_date, uym)

    element_partial: _Partial | None = None
    if isinstance(element, _Partial):
        element_partial = element
        element, conflict = _complete_element(page, element_partial, ud, uym, (meta, listing_ev))
        if conflict:
            return DateResult(None, "", conflict)

    if meta is not None and page.is_today(meta.dt) and not any(
            e is not None and _close(e.dt, meta.dt) for e in (element, url_ev, listing_ev)):
        page.notes.append(f"metadata date {_fmt(meta.dt)} equals the fetch date and nothing confirms it")
        page.banner_seen = True
        meta = None

    chosen, conflict = _resolve([e for e in (meta, element, url_ev, listing_ev) if e is not None])
    if chosen is not None:
        if chosen.source in ("url", "listing"):
            # An official document's own date line names the date better than its listing.
            document = _document_date(page)
            if document is not None and document.published.date() == chosen.dt.date():
                return document
        return DateResult(chosen.dt, chosen.source, None)
    if conflict:
        return DateResult(None, "", conflict)

    if element_partial is not None:
        return DateResult(
            None, "", f"year-less date '{element_partial.raw}' and no year evidence (URL, metadata, listing)"
        )
    if listing_partial is not None:
        reason = next((n for n in page.notes if n.startswith("year-less listing")), None)
        return DateResult(
            None, "", reason or f"year-less date '{listing_partial.raw}' and no year evidence (URL, metadata, listing)"
        )

    found = _text_date(page, uym)
    if found is not None:
        return found
    return DateResult(None, "", _why_missing(page, uym))


def _url_evidence(page: _Page, ud: date | None) -> _Ev | None:
    if ud is None:
        return None
    udt = datetime.combine(ud, time(), TZ)
    return _Ev("url", "url", udt, True) if page.acceptable(udt, "URL") else None


def _listing_evidence(page: _Page, listing_date: str | None, uym) -> tuple[_Ev | None, _Partial | None]:
    """The date the listing showed beside the link; a year-less one takes its year from the
    URL only (else it stays partial, waiting for other evidence)."""
    if not listing_date or not listing_date.strip():
        return None, None
    ldt, lm = _parse_short(listing_date, None)
    if ldt is not None:
        return (_Ev("listing", "listing", ldt, True) if page.acceptable(ldt, "listing") else None), None
    if lm is None or lm.year is not None:
        return None, None
    partial = _Partial(lm.day, lm.month, lm.hour, lm.minute, listing_date.strip()[:60])
    if uym is None:
        return None, partial
    ldt = _complete(partial, date(uym[0], uym[1] or 1, 15), month_only=uym[1] is not None)
    if ldt is None:
        page.notes.append(f"year-less listing date '{partial.raw}' does not match URL month {uym[0]}-{uym[1]:02d}")
        return None, partial
    if page.acceptable(ldt, "listing"):
        return _Ev("listing", "listing", ldt, False), None
    return None, partial


def _complete_element(page: _Page, partial: _Partial, ud: date | None, uym,
                      others: tuple[_Ev | None, ...]) -> tuple[_Ev | None, str | None]:
    """A year-less date element completed from the URL's date (or month), else metadata or the
    listing; (None, why) when there was evidence and none fits: conflicting dates."""
    hints: list[tuple[date, bool]] = []
    if ud is not None:
        hints.append((ud, False))
    elif uym is not None and uym[1] is not None:
        hints.append((date(uym[0], uym[1], 15), True))
    hints += [(e.dt.date(), False) for e in others if e is not None]
    for hint, month_only in hints:
        edt = _complete(partial, hint, month_only)
        if edt is not None and page.acceptable(edt, "date element"):
            return _Ev("date-element", "date element", edt, False), None
    if hints:
        return None, (f"conflicting dates: year-less date element '{partial.raw}' matches no other evidence "
                      f"({', '.join(_fmt(h) for h, _ in hints)})")
    return None, None


def _line_date(page: _Page) -> _Ev | _Partial | None:
    """Without the site's date selector: the first date-only line after the title, within the
    article's first lines ("Cập nhật: 14:05 ngày 02/02/2023", "Thứ Ba, 14/3"). It is the
    page's date element found by what it says, and is weighed with the other evidence."""
    if page.title is None:
        return None
    budget = 300
    for ln in page.head_lines():
        if ln.region != 2 or ln.furniture:
            continue
        m = _date_only(ln.text)
        if m is not None:
            dt = m.to_datetime()
            if dt is None and m.year is None:
                return _Partial(m.day, m.month, m.hour, m.minute, ln.text[:60])
            if dt is not None and page.acceptable(dt, "date element"):
                return _Ev("date-element", "date element", dt, True)
        budget -= len(ln.text)
        if budget <= 0:
            break
    return None


def _text_date(page: _Page, uym) -> DateResult | None:
    """Step 5 (date-only line after the title) and step 6 (document place-and-date line)."""
    lines = page.lines()
    budget = 300
    entered_body = False
    for ln in lines:
        if ln.region != 2 or ln.furniture or (page.title is None and not ln.in_body):
            continue
        if page.body is not None:
            if ln.in_body:
                entered_body = True
            elif entered_body:
                break  # past the body: lists of other articles follow
        m = _date_only(ln.text)
        if m is not None:
            dt = m.to_datetime()
            if dt is None and m.year is None and uym is not None and uym[1] is not None:
                dt = _complete(_Partial(m.day, m.month, m.hour, m.minute, ln.text), date(uym[0], uym[1], 15), True)
            if dt is not None and page.acceptable(dt, "text"):
                if page.title is None and page.is_today(dt):
                    page.banner_seen = True  # cannot tell it from a banner without a title
                else:
                    return DateResult(dt, "text", None)
        budget -= len(ln.text)
        if budget <= 0:
            break

    return _document_date(page)


def _document_date(page: _Page) -> DateResult | None:
    """An official document: "<Place>, ngày 01 tháng 3 năm 2023" on its own line, next to its
    number "Số: 04/KH-LMHTX", near the top of the body."""
    lines = page.lines()
    top: list[str] = []
    budget = 2000
    for ln in lines:
        if ln.region != 2 or ln.furniture or (page.body is not None and not ln.in_body):
            continue
        top.append(ln.text)
        budget -= len(ln.text)
        if budget <= 0:
            break
    for i, text in enumerate(top):
        pm = _PLACE_DATE.fullmatch(text) if len(text) <= 120 else None
        if not pm or not all(w[0].isupper() for w in pm.group("place").split() if w not in "-–"):
            continue
        if _WEEKDAY_TAIL.search(pm.group("place") + " "):
            continue  # "Hà Nội, Thứ Năm ..." banners
        near = top[max(0, i - _DOC_WINDOW) : i + _DOC_WINDOW + 1]
        if not any(_DOC_NUMBER.match(t) for t in near):
            continue
        dt = parse_date(pm.group("date"), now=page.now)
        if dt is None or not page.acceptable(dt, "document"):
            continue
        if page.title is None and page.is_today(dt):
            page.banner_seen = True
            continue
        return DateResult(dt, "document", None)
    return None


def _why_missing(page: _Page, uym) -> str:
    """A reason naming what the page did show, most useful first."""
    notes = [n for n in page.notes if n.startswith(("future", "implausible", "year-less", "metadata date"))]
    banner = page.banner_seen
    body_dates: list[str] = []
    lead: str | None = None
    seen_text = 0
    for ln in page.lines():
        if ln.furniture or ln.region == 0:
            for m in _scan(ln.text):
                if not m.cited:
                    banner = True
            continue
        if ln.region != 2:
            continue
        if lead is None and seen_text < 400:
            ld = yearless_lead_date(ln.text)
            if ld is not None:
                lead = f"{ld[0]}/{ld[1]}"
        seen_text += len(ln.text)
        for m in _scan(ln.text):
            if len(body_dates) < 3:
                body_dates.append(ln.text[m.start : m.end])
    reasons = notes
    if lead is not None:
        if uym is None:
            reasons.append(f"year-less date '{lead}' and no year evidence (URL, metadata, listing)")
        else:
            reasons.append(f"year-less event date '{lead}' in the text is not a publication date")
    elif body_dates:
        shown = ", ".join(repr(d) for d in body_dates)
        if banner:
            reasons.append(f"only banner/today dates found; dates in the text are not publication dates ({shown})")
        else:
            reasons.append(f"only dates inside the text, not publication dates ({shown})")
    elif banner and not notes:
        reasons.append("only banner/today dates found")
    if reasons:
        return "; ".join(reasons)
    return "no date found"
