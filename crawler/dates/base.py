"""What every part of crawler.dates shares: Vietnam's time zone and the plausible range."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Asia/Ho_Chi_Minh")

MIN_YEAR = 1995  # no alliance portal published before this; older "publication" dates are junk
FUTURE_SLACK = timedelta(days=2)
