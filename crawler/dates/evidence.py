"""The pieces of evidence for a page's publication date, each read on its own: structured
metadata (meta tags, itemprop, JSON-LD, <time>), the site's date element or the date-only line
by the title, the URL, the listing's date, a date line in the text, an official document's
place-and-date line. `published` weighs them."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date, datetime, time

from lxml import etree

from ..metadata import flatten_jsonld
from .base import TZ
from .lines import _WS
from .page import DateResult, Evidence, Page, Partial, complete_year, css, ymd
from .parse import _LETTER, _parse_short, parse_date
from .text import _WEEKDAY_TAIL, DateMatch, _scan

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


def metadata_date(page: Page) -> Evidence | None:
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
            return Evidence("metadata", "metadata", dt, True)
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
        return Evidence("date-element", "date element", dt, True)
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


def element_date(page: Page, selectors: Sequence[str]) -> Evidence | Partial | None:
    """The site's own date element: after-title matches first, then the nearest before it."""
    for sel in selectors:
        after: list = []
        before: list = []
        for el in css(sel)(page.doc):
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
                return Partial(m.day, m.month, m.hour, m.minute, _WS.sub(" ", text).strip()[:60])
            if dt is None or not page.acceptable(dt, "date element"):
                continue
            if page.banner(el, dt):
                continue
            return Evidence("date-element", "date element", dt, True)
    return None


def is_date_line(text: str) -> bool:
    """A short line that is nothing but a date (with weekday, time, "Cập nhật:", "Lượt xem")."""
    return date_only(text) is not None


def date_only(text: str) -> DateMatch | None:
    """The date of a short line that is nothing but a date (plus weekday/time/labels)."""
    if len(text) > 80:
        return None
    ms = _scan(text, short_years=True, loose=True)
    if len(ms) != 1 or ms[0].cited or ms[0].event:
        return None
    m = ms[0]
    rest = _LABELS.sub(" ", text[: m.start] + " " + text[m.end :])
    return None if _LETTER.search(rest) else m


def url_evidence(page: Page, ud: date | None) -> Evidence | None:
    if ud is None:
        return None
    udt = datetime.combine(ud, time(), TZ)
    return Evidence("url", "url", udt, True) if page.acceptable(udt, "URL") else None


def listing_evidence(page: Page, listing_date: str | None, uym) -> tuple[Evidence | None, Partial | None]:
    """The date the listing showed beside the link; a year-less one takes its year from the
    URL only (else it stays partial, waiting for other evidence)."""
    if not listing_date or not listing_date.strip():
        return None, None
    ldt, lm = _parse_short(listing_date, None)
    if ldt is not None:
        return (Evidence("listing", "listing", ldt, True) if page.acceptable(ldt, "listing") else None), None
    if lm is None or lm.year is not None:
        return None, None
    partial = Partial(lm.day, lm.month, lm.hour, lm.minute, listing_date.strip()[:60])
    if uym is None:
        return None, partial
    ldt = complete_year(partial, date(uym[0], uym[1] or 1, 15), month_only=uym[1] is not None)
    if ldt is None:
        page.notes.append(f"year-less listing date '{partial.raw}' does not match URL month {uym[0]}-{uym[1]:02d}")
        return None, partial
    if page.acceptable(ldt, "listing"):
        return Evidence("listing", "listing", ldt, False), None
    return None, partial


def complete_element(page: Page, partial: Partial, ud: date | None, uym,
                      others: tuple[Evidence | None, ...]) -> tuple[Evidence | None, str | None]:
    """A year-less date element completed from the URL's date (or month), else metadata or the
    listing; (None, why) when there was evidence and none fits: conflicting dates."""
    hints: list[tuple[date, bool]] = []
    if ud is not None:
        hints.append((ud, False))
    elif uym is not None and uym[1] is not None:
        hints.append((date(uym[0], uym[1], 15), True))
    hints += [(e.dt.date(), False) for e in others if e is not None]
    for hint, month_only in hints:
        edt = complete_year(partial, hint, month_only)
        if edt is not None and page.acceptable(edt, "date element"):
            return Evidence("date-element", "date element", edt, False), None
    if hints:
        return None, (f"conflicting dates: year-less date element '{partial.raw}' matches no other evidence "
                      f"({', '.join(ymd(h) for h, _ in hints)})")
    return None, None


def line_date(page: Page) -> Evidence | Partial | None:
    """Without the site's date selector: the first date-only line after the title, within the
    article's first lines ("Cập nhật: 14:05 ngày 02/02/2023", "Thứ Ba, 14/3"). It is the
    page's date element found by what it says, and is weighed with the other evidence."""
    if page.title is None:
        return None
    budget = 300
    for ln in page.head_lines():
        if ln.region != 2 or ln.furniture:
            continue
        m = date_only(ln.text)
        if m is not None:
            dt = m.to_datetime()
            if dt is None and m.year is None:
                return Partial(m.day, m.month, m.hour, m.minute, ln.text[:60])
            if dt is not None and page.acceptable(dt, "date element"):
                return Evidence("date-element", "date element", dt, True)
        budget -= len(ln.text)
        if budget <= 0:
            break
    return None


def text_date(page: Page, uym) -> DateResult | None:
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
        m = date_only(ln.text)
        if m is not None:
            dt = m.to_datetime()
            if dt is None and m.year is None and uym is not None and uym[1] is not None:
                dt = complete_year(Partial(m.day, m.month, m.hour, m.minute, ln.text), date(uym[0], uym[1], 15), True)
            if dt is not None and page.acceptable(dt, "text"):
                if page.title is None and page.is_today(dt):
                    page.banner_seen = True  # cannot tell it from a banner without a title
                else:
                    return DateResult(dt, "text", None)
        budget -= len(ln.text)
        if budget <= 0:
            break

    return document_date(page)


def document_date(page: Page) -> DateResult | None:
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
