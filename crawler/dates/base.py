"""What every part of crawler.dates shares: Vietnam's time zone and the plausible range."""

from __future__ import annotations

import re
from datetime import timedelta
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Ho_Chi_Minh")

MIN_YEAR = 1995  # no alliance portal published before this; older "publication" dates are junk
FUTURE_SLACK = timedelta(days=2)

# An instant with its zone, to the minute at least (a `<time datetime>`'s, a feed entry's)
ZONED_INSTANT = re.compile(r"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$")
