"""What every part of crawler.dates shares: Vietnam's time zone and the plausible range."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, timezone
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Ho_Chi_Minh")

MIN_YEAR = 1995  # no alliance portal published before this; older "publication" dates are junk
FUTURE_SLACK = timedelta(days=2)

# An instant with its zone, to the minute at least (a `<time datetime>`'s, a feed entry's)
ZONED_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$")


# The zones a server prints its day in when not Vietnam's: UTC's (a default), and East Asian hosts'
# (China's, Korea's, Japan's). Not every zone: a day 13 hours off is a broken stamp's (a 12-hour clock
# without its AM/PM), not a server's.
SERVER_ZONES = (timedelta(0), timedelta(hours=8), timedelta(hours=9))


def foreign_day(day: date, instant: datetime) -> bool:
    """Whether `day` is `instant`'s day in a server's zone and not its day in Vietnam: a server
    printing its own zone's day beside a zoned instant (Dolphin's UTC 14/03 for a post of 00:20 on
    15/03; Velog's Seoul 12/11 for one of 23:30 on 11/11)."""
    utc = instant.astimezone(UTC)
    return day != instant.astimezone(TZ).date() and any((utc + zone).date() == day for zone in SERVER_ZONES)


@dataclass(frozen=True)
class Clock:
    """How a site writes its clocks, as its pages showed (`profile.SiteProfile.clock`): by default
    a clock printed without a zone is Vietnam's and a stamp's zone is true. A server set to UTC
    prints UTC's digits bare (Pluck's PHP: "08-05-2024 lúc 23:20" for 06:20 on the 9th), a CMS
    with its zone left at 'UTC' labels the local clock typed as UTC (Perch's "…T23:40:00+00:00"); a
    template may keep UTC's digits, without a zone, in the attribute beside a day it shows (Plume's)."""

    bare_utc: bool = False  # a clock printed without a zone is UTC's
    utc_local: bool = False  # a stamp labelled UTC ("Z", "+00:00") holds the local clock
    attribute_utc: bool = False  # an attribute's stamp without a zone is UTC's (Plume's datetime="… 17:35:00")
    bare_zone: timedelta | None = None  # a clock printed without a zone is this zone's (a host's: `clocks.host_clock`)


# The clock of the site whose page is being read. A context, as decimal's, because every reading of
# a date (a line's match, an ISO stamp, a year completed) goes through `local` or `zoned` many calls
# below the page: `site_clock` sets it around one page's reading.
_CLOCK: ContextVar[Clock | None] = ContextVar("site_clock", default=None)
_PLAIN = Clock()


@contextmanager
def site_clock(clock: Clock | None) -> Iterator[None]:
    token = _CLOCK.set(clock)
    try:
        yield
    finally:
        _CLOCK.reset(token)


def current_clock() -> Clock:
    """The clock of the site whose page is being read (the plain one outside `site_clock`)."""
    return _CLOCK.get() or _PLAIN


def local(dt: datetime) -> datetime:
    """A datetime read without a zone, in Vietnam: its digits are Vietnam's clock unless the
    site prints UTC's (a day without its clock is the day either way)."""
    clock = _CLOCK.get() or _PLAIN
    if clock.bare_utc and dt.time() != time(0):
        return dt.replace(tzinfo=UTC).astimezone(TZ)
    if clock.bare_zone is not None and dt.time() != time(0):
        return dt.replace(tzinfo=timezone(clock.bare_zone)).astimezone(TZ)
    return dt.replace(tzinfo=TZ)


def zoned(dt: datetime) -> datetime:
    """A datetime read with its zone, in Vietnam: a UTC label on a site that labels its local
    clock so is dropped."""
    if (_CLOCK.get() or _PLAIN).utc_local and dt.utcoffset() == timedelta(0):
        return dt.replace(tzinfo=TZ)
    return dt.astimezone(TZ)
