"""Dates in article URLs (/2024/05/30/, -20240530-, ?ngay=30/05/2024)."""

from __future__ import annotations

import re
from datetime import date, datetime
from urllib.parse import parse_qsl, unquote, urlsplit

from .base import MIN_YEAR, TZ

_URL_YMD = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})/(\d{1,2})(?=$|[/\-_.])")
_URL_YM = re.compile(r"/((?:19|20)\d{2})/(\d{1,2})(?=/)")
_URL_ISO = re.compile(r"(?:^|[/\-_=])((?:19|20)\d{2})-(\d{1,2})-(\d{1,2})(?=$|[/\-_.?&#])")
# 20230106, optionally followed by a time stamp (hhmm[ss][ms]) as in "/20230106153000.htm"
_URL_COMPACT = re.compile(r"(?:^|[/\-_=])((?:19|20)\d{2})(\d{2})(\d{2})(?:\d{4,9})?(?=$|[/\-_.?&#])")
_URL_DATE_KEYS = frozenset({"date", "ngay", "day", "pubdate", "publishdate", "published", "ngaydang"})
_URL_DMY = re.compile(r"(\d{1,2})[/\-.](\d{1,2})[/\-.]((?:19|20)\d{2})")


def _plausible_year(y: int) -> bool:
    return MIN_YEAR <= y <= datetime.now(TZ).year + 1


def _mk_date(y: str, m: str, d: str) -> date | None:
    yi, mi, di = int(y), int(m), int(d)
    if not _plausible_year(yi):
        return None
    try:
        return date(yi, mi, di)
    except ValueError:
        return None


def url_date(url: str) -> date | None:
    """Publication date encoded in a URL: /2023/01/06/, /2023-01-06/, -20230106, ?date=...

    Day-first dates inside slugs ("ky-niem-29-10-2023") are ignored: they come from titles.
    """
    parts = urlsplit(url)
    path = unquote(parts.path)
    for rx in (_URL_YMD, _URL_ISO, _URL_COMPACT):
        for m in rx.finditer(path):
            d = _mk_date(*m.groups())
            if d:
                return d
    for key, value in parse_qsl(parts.query):
        if key.lower() in _URL_DATE_KEYS:
            m = _URL_ISO.search("=" + value) or _URL_COMPACT.search("=" + value)
            if m:
                d = _mk_date(*m.groups())
            else:
                m = _URL_DMY.search(value)
                d = _mk_date(m.group(3), m.group(2), m.group(1)) if m else None
            if d:
                return d
    return None


def _url_year_month(url: str) -> tuple[int, int | None] | None:
    d = url_date(url)
    if d:
        return d.year, d.month
    m = _URL_YM.search(unquote(urlsplit(url).path))
    if m and _plausible_year(int(m.group(1))) and 1 <= int(m.group(2)) <= 12:
        return int(m.group(1)), int(m.group(2))
    return None


def url_year(url: str) -> int | None:
    """Year from a URL that has at least /YYYY/MM/ (a lone /2023/ may be an id, so not used)."""
    ym = _url_year_month(url)
    return ym[0] if ym else None
