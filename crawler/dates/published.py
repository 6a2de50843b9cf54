"""The publication date of a page: the evidence (metadata, the date element, the date line by the
title, the URL, the listing, the text, an official document's place-and-date line) weighed, and
None with a reason when it is missing, year-less or contradictory.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, time
from typing import Any

from .base import TZ, Clock, foreign_day, site_clock
from .clocks import host_clock
from .evidence import (
    complete_element,
    document_date,
    element_date,
    footer_row_date,
    line_date,
    listing_evidence,
    metadata_date,
    modified_days,
    own_day,
    state_stamp,
    text_date,
    url_evidence,
)
from .page import DateResult, Evidence, Page, Partial, fallback_title, select_first, within_a_day, ymd
from .parse import _moment
from .text import _scan, yearless_lead_date
from .urls import _url_year_month, url_date


def _resolve(evs: list[Evidence]) -> tuple[Evidence | None, str | None]:
    """Pick one date from page evidence in order metadata, date element, URL, listing.

    Agreement means within one day (UTC metadata vs local dates). On disagreement:
    - a listing date never overrides the page's own evidence (listings get misaligned), but
      it breaks a tie between the page's own: a URL holding the day the item was created in
      the CMS (Sitefinity's /2024/02/28/<slug>) beside the page's and the listing's 01/03;
    - a date supported by more signals wins;
    - metadata vs date element alone: the element wins if it states the full date itself
      (portals' metadata is often a template default), otherwise no date;
    - any other tie (metadata vs URL, element vs URL): no date, both being structural.
    """
    if not evs:
        return None, None
    page_evs = [e for e in evs if e.source != "listing"] or evs
    groups: list[list[Evidence]] = []
    for e in page_evs:
        for g in groups:
            if within_a_day(g[0].dt, e.dt):
                g.append(e)
                break
        else:
            groups.append([e])
    if len(groups) == 1:
        return _timed(groups[0]), None
    groups.sort(key=len, reverse=True)
    if len(groups[0]) > len(groups[1]):
        return _timed(groups[0]), None
    tied = [g for g in groups if len(g) == len(groups[0])]
    listed = [g for g in tied if any(e.source == "listing" and within_a_day(g[0].dt, e.dt) for e in evs)]
    if len(listed) == 1 and page_evs is not evs:
        return listed[0][0], None
    conflict = "conflicting dates: " + ", ".join(f"{e.label} {ymd(e.dt)}" for e in page_evs)
    if len(groups) == 2 and len(groups[0]) == len(groups[1]) == 1:
        pair = {g[0].source: g[0] for g in groups}
        if set(pair) == {"metadata", "date-element"} and pair["date-element"].explicit:
            return pair["date-element"], None
    return None, conflict


def _timed(group: list[Evidence]) -> Evidence:
    """The first of agreeing evidence, or the first to give the time of the same day when the
    first gives only the day (microdata's "14 Tháng 3, 2024" beside the theme's "8:30 sáng")."""
    first = group[0]
    if first.dt.time() == time(0):
        return next((e for e in group[1:] if e.dt.date() == first.dt.date() and e.dt.time() != time(0)), first)
    return first


def _settle_order(page: Page, line: Evidence | None, others: tuple[Evidence | None, ...],
                  date_order: str | None, plain_order: str | None = None) -> Evidence | None:
    """A date line that reads both ways ("7/6/2024 3:20:45 PM" from an en-US server, where the
    listing says "06/07/2024"): the reading other evidence agrees with and the other does not;
    without such evidence, the order the site's other pages showed (`date_order`); none when
    nothing decides, a wrong date being worse than none. An unpadded date without a clock
    ("3/5/2024") is day-first unless evidence or the site's pages show month-first."""
    if line is None or line.alt is None:
        return line
    alt = line.alt
    day_first = any(o is not None and within_a_day(o.dt, line.dt) for o in others)
    month_first = any(o is not None and within_a_day(o.dt, alt) for o in others)
    if line.plain:
        # day-first as written here, unless the site's own pages show month-first (a listing's date
        # reads both ways as this one does, and agrees with either reading), or, when they show
        # nothing, other evidence agrees with month-first only (Duda's "2/6/2026" beside its
        # listing's "6 thg 2, 2026")
        swap = plain_order == "month-first" or (plain_order is None and month_first and not day_first)
        return line._replace(dt=alt if swap else line.dt, alt=None)
    if not day_first and not month_first and date_order is not None:
        day_first, month_first = date_order == "day-first", date_order == "month-first"
    if day_first != month_first:
        return line._replace(dt=alt if month_first else line.dt, alt=None)
    page.notes.append(f"date line reads both {ymd(line.dt)} and {ymd(alt)} and nothing decides")
    return None


def find_published(doc, url: str, *, clock: Clock | None = None, **options: Any) -> DateResult:
    """Publication date of an article page, or None with the reason (`_find_published`), its
    dates read with the site's `clock` (`base.Clock`: how the site writes its clocks)."""
    with site_clock(host_clock(doc, clock)):
        return _find_published(doc, url, **options)


def _find_published(
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
    text_holder=None,
    date_order: str | None = None,
    plain_order: str | None = None,
    midnight_days: bool = False,
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
    `date_order` ("month-first", "day-first") is how the site's pages showed they order day and
    month: it reads a date line that reads both ways when no other evidence does; `plain_order`,
    the order its unpadded date lines without a clock showed, reads such a line month-first.
    `midnight_days`: the site's pages showed it writes a day without its time as UTC's midnight to
    the millisecond ("2025-06-10T00:00:00.000Z"), which is otherwise an instant (07:00 in Vietnam).
    """
    now = _moment(fetched_at) or datetime.now(TZ)
    today = now.date() if fetched_at is not None else None
    title = title_element if title_element is not None else (
        select_first(doc, title_selectors) if title_selectors else None)
    if title is None:
        title = fallback_title(doc)
    body = body_element if body_element is not None else (
        select_first(doc, body_selectors) if body_selectors else None)
    page = Page(doc, title, body, now, today, holder=text_holder, midnight_days=midnight_days)

    meta = metadata_date(page)
    element = element_date(page, date_selectors) if date_selectors else line_date(page)
    ud = url_date(url)
    url_ev = url_evidence(page, ud)
    if element is None and meta is None and not date_selectors and (url_ev is None or url_ev.dt.time() == time()):
        element = footer_row_date(page)
        if url_ev is not None and (element is None or element.dt.date() != url_ev.dt.date() or element.dt.time() == time()):
            element = None  # (the row under the text read only for the clock of the address's day)
    if meta is not None and isinstance(element, Evidence) and element.dt.date() != meta.dt.date() \
            and element.dt.date() in modified_days(page):
        # the day shown is the change's its own metadata names ("Cập nhật ngày 3 tháng 11, 2024", which
        # Vietnamese portals also write for the posting, beside HubPages' JSON-LD dateModified)
        page.notes.append(f"date element {ymd(element.dt)} is the page's last change (its metadata's)")
        element = None
    uym = _url_year_month(url)
    listing_ev, listing_partial = listing_evidence(page, listing_date, uym)

    element_partial: Partial | None = None
    if isinstance(element, Partial):
        element_partial = element
        element, conflict = complete_element(page, element_partial, ud, uym, (meta, listing_ev))
        if conflict:
            return DateResult(None, "", conflict)

    if meta is not None and page.is_today(meta.dt) and not any(
            e is not None and within_a_day(e.dt, meta.dt) for e in (element, url_ev, listing_ev)):
        page.notes.append(f"metadata date {ymd(meta.dt)} equals the fetch date and nothing confirms it")
        page.banner_seen = True
        meta = None

    element = _settle_order(page, element, (meta, url_ev, listing_ev), date_order, plain_order)
    chosen, conflict = _resolve([e for e in (meta, element, url_ev, listing_ev) if e is not None])
    if chosen is not None and listing_ev is not None and listing_ev.instant and chosen.dt.time() == time(0) \
            and foreign_day(chosen.dt.date(), listing_ev.dt):
        chosen = listing_ev  # the page prints its server's day in UTC of the instant its feed entry gives
    if chosen is not None and chosen.dt.time() == time(0) and (state := state_stamp(page)) is not None \
            and (state.date() == chosen.dt.date() or foreign_day(chosen.dt.date(), state)):
        # ... or of the instant its script state gives (GoDaddy's props; Velog's Apollo state beside
        # Seoul's day); on the day shown, the state's instant gives its time, as JSON-LD's would
        # (Squidex' "ngayDang" beside a printed "03/11/2024")
        chosen = Evidence("metadata", "metadata", state, True)
    if chosen is listing_ev and chosen is not None and chosen.instant and (found := own_day(page, uym)) is not None \
            and found.published is not None and not foreign_day(found.published.date(), chosen.dt):
        # a feed's instant is its entry's (an item added to a catalogue, a topic's last reply): the day
        # the page's own line or field gives wins, as it does over a list's, unless it is that instant's
        # day in its server's zone (Dolphin's UTC 14/03 for 00:20 on 15/03)
        return found
    if chosen is not None:
        if chosen.source in ("url", "listing"):
            # An official document's own date line names the date better than its listing.
            document = document_date(page)
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

    found = text_date(page, uym)
    if found is not None:
        return found
    if (state := state_stamp(page, named=True)) is not None:
        # a page that shows no day (a relative age in a language we do not read: Velog's "2일 전"),
        # its script state naming the instant it was published, as JSON-LD would
        return DateResult(state, "metadata", None)
    return DateResult(None, "", _why_missing(page, uym))


def _why_missing(page: Page, uym) -> str:
    """A reason naming what the page did show, most useful first."""
    notes = [n for n in page.notes if n.startswith(("future", "implausible", "year-less", "metadata date", "date line reads both"))]
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
