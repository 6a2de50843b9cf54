"""Publication dates of portal articles.

Vietnamese portals show dates day-first ("06/01/2023" is 6 January), put today's date in a
banner above every page, and fill bodies with event dates ("Chiều 24/10") and dates of cited
documents ("Nghị quyết số 20-NQ/TW ngày 16/6/2022"). A wrong publication date is worse than
none, so `find_published` returns None with a human-readable reason whenever the evidence is
missing, year-less or contradictory. A few .NET servers print en-US times ("7/16/2024 3:20:45 PM"):
a date line is read month-first only when it cannot be day-first, or when other evidence (URL,
listing, metadata) agrees with that reading alone.

The package follows the evidence: `text` finds date expressions in running text, `parse` reads
one short date string, `urls` reads dates in addresses, `lines` reads a page's lines as the
finder sees them (furniture marked, the title located), `page` holds one page's tests for
any evidence (furniture, near the title, today's banner, plausible), `evidence` reads each
kind of evidence, and `published` weighs it all.
dateparser is the last resort for spelled-out months; the rest is hand-written because
no library knows a Vietnamese portal's banner of today's date, its event
dates in the body or its cited decrees from the date line under the title.
"""

from .base import MIN_YEAR, TZ, ZONED_INSTANT, Clock, foreign_day, site_clock
from .evidence import (
    POSTED_AT,
    field_parts,
    is_age_line,
    is_date_line,
    is_field_line,
    is_stamp_line,
    is_update_line,
    stamp_link,
    stamp_text,
    utc_stamp_kind,
)
from .lines import precedes
from .page import DateResult
from .parse import parse_date, stamp_of
from .published import find_published
from .text import DateMatch, find_dates, opens_with_dated_lead, yearless_lead_date
from .urls import url_date, url_year

__all__ = [
    "MIN_YEAR",
    "Clock",
    "site_clock",
    "POSTED_AT",
    "stamp_text",
    "TZ",
    "ZONED_INSTANT",
    "foreign_day",
    "DateMatch",
    "DateResult",
    "find_dates",
    "opens_with_dated_lead",
    "find_published",
    "is_date_line",
    "field_parts",
    "is_field_line",
    "is_stamp_line",
    "is_age_line",
    "stamp_link",
    "is_update_line",
    "parse_date",
    "precedes",
    "stamp_of",
    "url_date",
    "url_year",
    "utc_stamp_kind",
    "yearless_lead_date",
]
