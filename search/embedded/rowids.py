"""The rowid of a document says when and where it was published (see search/embedded/__init__.py):

    month (12 bits) | day (5) | n (13: the order it was indexed that day) | pair (9)

Here is everything that packs or unpacks that layout: a published date as (month, day), a day's
rowid range, the rowid range of a since..until filter, and the (month, pair) key facets count."""

from __future__ import annotations

import re
from datetime import date
from typing import Any

PAIR_BITS, N_BITS, DAY_BITS = 9, 13, 5
N_SHIFT, DAY_SHIFT = PAIR_BITS, PAIR_BITS + N_BITS
MONTH_SHIFT = DAY_SHIFT + DAY_BITS
PAIR_MASK, N_MASK = (1 << PAIR_BITS) - 1, (1 << N_BITS) - 1
UNDATED_MAX = 1 << (N_BITS + DAY_BITS)  # undated documents use day and n as one counter
FIRST_YEAR, LAST_YEAR = 1900, 2240  # other years are stored as undated (and still shown)

_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def month_day(published: Any) -> tuple[int, int]:
    """(month number since FIRST_YEAR, 1-based; day of month) of an ISO date, or (0, 0)."""
    if not published or not isinstance(published, str):
        return 0, 0
    m = _DATE_RE.match(published)
    if not m:
        return 0, 0
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if not (FIRST_YEAR <= y < LAST_YEAR and 1 <= mo <= 12 and 1 <= d <= 31):
        return 0, 0
    return (y - FIRST_YEAR) * 12 + mo, d


def month_label(month: int) -> str:
    y, m = divmod(month - 1, 12)
    return f"{y + FIRST_YEAR:04d}-{m + 1:02d}"


def day_start(month: int, day: int) -> int:
    return (month << MONTH_SHIFT) | ((day - 1) << DAY_SHIFT)


def day_end(month: int, day: int) -> int:
    return day_start(month, day) | ((1 << DAY_SHIFT) - 1)


def date_bounds(since: date | None, until: date | None) -> tuple[int | None, int | None]:
    """Rowid range of the documents published since..until (inclusive, the local date as
    published); any date filter leaves out undated documents (month 0)."""
    if since is None and until is None:
        return None, None
    lo, hi = 1 << MONTH_SHIFT, None
    if since is not None:
        if since.year >= LAST_YEAR:
            lo = (1 << 62)
        elif since.year >= FIRST_YEAR:
            lo = day_start(*month_day(since.isoformat()))
    if until is not None:
        if until.year < FIRST_YEAR:
            hi = 0
        elif until.year < LAST_YEAR:
            hi = day_end(*month_day(until.isoformat()))
    return lo, hi


def stats_key(rowid: int) -> int:
    """(month, pair) of a rowid as one number: what facets count."""
    return ((rowid >> MONTH_SHIFT) << PAIR_BITS) | (rowid & PAIR_MASK)
