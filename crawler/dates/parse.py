"""One short date string (a meta tag, a `<time>`, a date line) to an aware datetime in Vietnam
time.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import UTC, datetime

from .base import FUTURE_SLACK, TZ, local, zoned
from .text import DateMatch, _scan

_ISO_FULL = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?", re.I
)
_ISO_OFFSET_GAP = re.compile(r"\s+(?=(?:Z|[+-]\d{2}:?\d{2})$)", re.I)
_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_LETTER = re.compile(r"[^\W\d_]")
_ZONE = re.compile(r"\b(?:GMT|UTC|[ECMP][SD]?T|BST|CES?T|IST|ICT|JST|AE[SD]T)\b"
                   r"|\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AaPp]\.?[Mm]\.?\s*)?(?:Z|[+-]\d{2}:?\d{2})(?!\d)")
# the month words dateparser's two languages spell ("tháng Ba", "November", "Nov."): a date in
# another language reads as nothing either way, and asking cost up to 0.3 s a string
_MONTH_WORD = re.compile(r"(?i)\b(?:tháng|jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)")
_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TIMEZONE": "Asia/Ho_Chi_Minh",
    "PREFER_DATES_FROM": "past",
}


def _aware(dt: datetime | None) -> datetime | None:
    """A date read from a page, in Vietnam (the site's clock: `base.Clock`)."""
    if dt is None:
        return None
    return local(dt) if dt.tzinfo is None else zoned(dt)


def _moment(dt: datetime | None) -> datetime | None:
    """The crawl's own time (a fetch's), in Vietnam: no site's clock."""
    if dt is None:
        return None
    return dt.replace(tzinfo=TZ) if dt.tzinfo is None else dt.astimezone(TZ)


def _parse_iso(s: str) -> datetime | None:
    if not _ISO_FULL.fullmatch(s):
        return None
    try:
        dt = datetime.fromisoformat(_ISO_OFFSET_GAP.sub("", s).replace("z", "Z"))
    except ValueError:
        return None
    return _aware(dt)  # naive ISO is Vietnam time


def _first_usable(ms: list[DateMatch]) -> DateMatch | None:
    for m in ms:
        if not m.cited and not m.event:
            return m
    return None


def _parse_short(s: str, year: int | None) -> tuple[datetime | None, DateMatch | None]:
    """(datetime, match) for a short string; match is returned even when year-less."""
    s = unicodedata.normalize("NFC", s).strip()
    if not s:
        return None, None
    dt = _parse_iso(s)
    if dt is not None:
        return dt, None
    ms = _scan(s, short_years=True, loose=True)
    m = (_first_usable(ms) or next((x for x in ms if not x.cited), None)) if ms else None
    if m is not None and m.year is not None and not _ZONE.search(s, m.end):
        if not _ZONE.search(s):
            return m.to_datetime(year), m
        # a zone after the clock, read with it ("… 07:10:00 UTC", "… 08:45 ICT"): an instant, whose
        # digits are no site's clock to read again (in Vietnam's time already)
        try:
            dt = datetime(m.year, m.month, m.day, m.hour or 0, m.minute or 0, m.second or 0, tzinfo=TZ)
        except ValueError:
            return None, None
        return zoned(dt.astimezone(UTC) if _UTC_LABEL.search(s) else dt), None
    if _ZONE.search(s) and _LETTER.search(s) and _YEAR4.search(s):
        # a stamp with its zone in a form the scan does not know; dateparser only then: it reads
        # Vietnamese weekdays and months wrongly ("Thứ Năm 12 Tháng Sáu, 2025 08:45 ICT" as 2 June)
        import dateparser  # lazy: heavy import, rarely needed

        if (dt := _aware(dateparser.parse(s, languages=["vi", "en"], settings=_DATEPARSER_SETTINGS))) is not None:
            return dt, None
    if ms:
        return (None, None) if m is None else (m.to_datetime(year), m)
    # Last resort for spelled-out months; only with a 4-digit year (dateparser is slow and
    # would otherwise turn "hôm qua" into a relative date).
    if len(s) <= 120 and _MONTH_WORD.search(s) and _YEAR4.search(s):
        import dateparser  # lazy: heavy import, rarely needed

        dt = dateparser.parse(s, languages=["vi", "en"], settings=_DATEPARSER_SETTINGS)
        return _aware(dt), None
    return None, None


_UTC_LABEL = re.compile(r"\b(?:UTC|GMT)\b(?!\s*[+-]\s*0?[1-9])|[+-]00:?00\b|\dZ\b")
_NAIVE_CLOCK = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?")
_ZONE_GAP = 14 * 3600  # seconds: the widest gap between two zones' clocks


def stamp_of(el) -> str:
    """The date a `<time datetime>` (or a `datetime`/`content` attribute) gives: its attribute,
    but its text when the attribute's clock has no zone and the text shows another clock of
    about the same moment (HubSpot's `datetime="2025-08-14 01:30:00"`, in UTC, beside
    "14 thg 8, 2025 8:30:00 SA"): the page shows its readers their time."""
    attr = (el.get("datetime") or el.get("content") or "").strip()
    if not _NAIVE_CLOCK.fullmatch(attr):
        return attr
    shown = " ".join(el.text_content().split())[:200]
    dt_shown, m = _parse_short(shown, None) if shown else (None, None)
    dt_attr = _parse_iso(attr)
    if dt_shown is None or dt_attr is None or m is None or m.hour is None:
        return attr
    if dt_shown != dt_attr and abs((dt_shown - dt_attr).total_seconds()) <= _ZONE_GAP:
        return shown
    return attr


def parse_date(text: str, *, year: int | None = None, now: datetime | None = None) -> datetime | None:
    """Parse one short date string (date element, listing cell, metadata value).

    Handles ISO (offsets converted to TZ, naive read as Vietnam time), the day-first forms of
    `find_dates` (also two-digit years and a bare "6/1", which needs `year`), and falls back to
    dateparser for spelled-out months. Dates more than 2 days after `now` are rejected.
    """
    if not text:
        return None
    dt, _ = _parse_short(text, year)
    if dt is None or dt.year < 1900:
        return None
    now = _moment(now) or datetime.now(TZ)
    if dt > now + FUTURE_SLACK:
        return None
    return dt
