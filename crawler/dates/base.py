"""What every part of crawler.dates shares: Vietnam's time zone and the plausible range."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Ho_Chi_Minh")

MIN_YEAR = 1995  # no alliance portal published before this; older "publication" dates are junk
FUTURE_SLACK = timedelta(days=2)

# An instant with its zone, to the minute at least (a `<time datetime>`'s, a feed entry's)
ZONED_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$")


def utc_day(day: date, instant: datetime) -> bool:
    """Whether `day` is `instant`'s day in UTC and not its day in Vietnam (a server printing its
    UTC day beside a zoned instant: Dolphin's 14/03 for a post of 00:20 on 15/03)."""
    return day == instant.astimezone(UTC).date() != instant.astimezone(TZ).date()
