"""Publication dates of portal articles.

Vietnamese portals show dates day-first ("06/01/2023" is 6 January), put today's date in a
banner above every page, and fill bodies with event dates ("Chiều 24/10") and dates of cited
documents ("Nghị quyết số 20-NQ/TW ngày 16/6/2022"). A wrong publication date is worse than
none, so `find_published` returns None with a human-readable reason whenever the evidence is
missing, year-less or contradictory.

Public API: `TZ`, `DateMatch`, `find_dates`, `parse_date`, `url_date`, `url_year`,
`yearless_lead_date`, `DateResult`, `find_published`.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import lru_cache
from typing import NamedTuple, Sequence
from urllib.parse import parse_qsl, unquote, urlsplit
from zoneinfo import ZoneInfo

from lxml import etree
from lxml.cssselect import CSSSelector

from .metadata import flatten_jsonld

TZ = ZoneInfo("Asia/Ho_Chi_Minh")

MIN_YEAR = 1995  # no alliance portal published before this; older "publication" dates are junk
_FUTURE_SLACK = timedelta(days=2)

__all__ = [
    "TZ",
    "DateMatch",
    "DateResult",
    "find_dates",
    "find_published",
    "parse_date",
    "url_date",
    "url_year",
    "yearless_lead_date",
]


# --------------------------------------------------------------------------------------------
# Date expressions in text
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateMatch:
    """One date expression found in a string (span includes weekday, "ngày" and time)."""

    start: int
    end: int
    day: int
    month: int
    year: int | None
    hour: int | None
    minute: int | None
    weekday: bool
    long_form: bool
    cited: bool
    event: bool
    second: int | None = None  # kept when the page shows it ("15/02/2017 04:54:18")

    def to_datetime(self, year: int | None = None) -> datetime | None:
        """Aware datetime in TZ; `year` fills in a year-less match. None if no year or invalid."""
        y = self.year if self.year is not None else year
        if y is None:
            return None
        try:
            return datetime(y, self.month, self.day, self.hour or 0, self.minute or 0, self.second or 0, tzinfo=TZ)
        except ValueError:
            return None


# Core forms. Alternatives are tried left to right at each position, so full dates win over the
# year-less form and a 2-digit-year date is never re-read as a year-less one.
_CORE = re.compile(
    r"""
    (?<!\w)ngày\s+(?P<ld>\d{1,2})\s+tháng\s+(?P<lm>\d{1,2})(?:\s*,?\s*năm\s+(?P<ly>\d{4}))?(?!\d)
    |(?<![\d/.\-])(?:
        (?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?!\d)
       |(?P<sd>\d{1,2})\s?/\s?(?P<sm>\d{1,2})\s?/\s?(?P<sy>\d{4}|\d{2})(?!\d|\s?/\s?\w|-[A-ZĐ])
       |(?P<xd>\d{1,2})(?P<xsep>[.\-])(?P<xm>\d{1,2})(?P=xsep)(?P<xy>\d{4}|\d{2})(?!\d|[.\-]\d|/\w)
       |(?P<nd>\d{1,2})/(?P<nm>\d{1,2})(?![\d/]|-\w)
    )
    """,
    re.I | re.X,
)

# Cues are matched against the text just before the expression (anchored at \Z).
_TIME_RX = r"(?P<h>\d{1,2})(?:\s*:\s*(?P<mi>\d{2})(?::(?P<sec>\d{2}))?|(?-i:h)(?P<mi2>\d{2})?(?![^\W\d_])|\s*giờ(?:\s*(?P<mi3>\d{2}))?)"
_NGAY_TAIL = re.compile(r"(?<!\w)ngày\s*:?\s*\Z", re.I)
_WEEKDAY_TAIL = re.compile(
    r"(?:(?<!\w)(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật)|(?<!\w)(?-i:CN|T[2-7]))"
    r"\s*[,\-–|]?\s*\Z",
    re.I,
)
_TIME_TAIL = re.compile(r"(?<![\d:])" + _TIME_RX + r"\s*(?:[,|\-–]\s*)?\Z", re.I)
_TIME_HEAD = re.compile(r"(?:\s*[,|\-–]\s*|\s*lúc\s*|T|\s+)" + _TIME_RX + r"(?!\d)", re.I)
_EVENT_TAIL = re.compile(
    r"(?<!\w)(?:sáng|chiều|tối|trưa|đêm|rạng\s+sáng|vào|trong|từ|đến|tới|hôm|diễn\s+ra|"
    r"tổ\s+chức|khai\s+mạc|bế\s+mạc|kể\s+từ|tính\s+đến|trước|sau)"
    r"(?:\s+(?:nay|qua|mai|sớm|muộn))?(?:\s+vào)?\s*\(?\s*\Z",
    re.I,
)
# "... số 20-NQ/TW ngày", "1804/QĐ-TTg, ngày", "45/2021/NĐ-CP ngày": a document code (digits,
# separators, at least one capitalised part) directly before the date.
_CODE_TAIL = re.compile(
    r"(?<!\w)\d\w*+(?:\s?[-/]\s?\w++)*?\s?[-/]\s?[A-ZĐ]\w*+(?:\s?[-/.]\s?\w++)*\s*,?\s*(?:ban\s+hành\s+)?\Z"
)
_DOCTYPE_TAIL = re.compile(
    r"(?<!\w)(?:nghị\s+quyết|nghị\s+định|quyết\s+định|thông\s+tư|chỉ\s+thị|kế\s+hoạch|công\s+văn|"
    r"văn\s+bản|hướng\s+dẫn|thông\s+báo|kết\s+luận|luật|pháp\s+lệnh|quy\s+định|tờ\s+trình|đề\s+án|"
    r"giấy\s+phép|công\s+điện|thông\s+tri|chương\s+trình\s+hành\s+động)"
    r"(?:\s+số)?(?:\s*:)?(?:\s+[^\s,;.:!?()]+){0,6}\s*,?\s*\Z",
    re.I,
)
_CLAUSE_START = re.compile(r"(?:\A|[.!?;:,\n…(])\s*\Z")
_COMMA_NEXT = re.compile(r"\s*,")
_RANGE_GAP = re.compile(r"\s*[-–—]\s*")
_TAIL_LEN = 80


def _nfc_map(text: str) -> tuple[str, list[int] | None]:
    """NFC text plus, for non-NFC input, a map from NFC offsets back to input offsets."""
    if unicodedata.is_normalized("NFC", text):
        return text, None
    out: list[str] = []
    offsets: list[int] = []
    i, n = 0, len(text)
    while i < n:
        j = i + 1
        while j < n and unicodedata.combining(text[j]):
            j += 1
        piece = unicodedata.normalize("NFC", text[i:j])
        out.append(piece)
        offsets.extend([i] * len(piece))
        i = j
    offsets.append(n)
    return "".join(out), offsets


def _valid(y: int, m: int, d: int) -> bool:
    try:
        date(y, m, d)
    except ValueError:
        return False
    return True


def _time_of(m: re.Match) -> tuple[int | None, int | None, int | None]:
    h = int(m.group("h"))
    mi = m.group("mi") or m.group("mi2") or m.group("mi3")
    minute = int(mi) if mi else 0
    second = int(m.group("sec")) if m.group("sec") else None
    if h > 23 or minute > 59 or (second or 0) > 59:
        return None, None, None
    return h, minute, second


def _scan(text: str, *, short_years: bool = False, loose: bool = False) -> list[DateMatch]:
    """find_dates on NFC text. short_years: accept "06/01/23"; loose: accept bare "6/1"."""
    found: list[DateMatch] = []
    for m in _CORE.finditer(text):
        g = m.group
        long_form = g("ld") is not None
        if long_form:
            d, mo, y = int(g("ld")), int(g("lm")), g("ly")
        elif g("iy") is not None:
            d, mo, y = int(g("id")), int(g("im")), g("iy")
        elif g("sd") is not None:
            d, mo, y = int(g("sd")), int(g("sm")), g("sy")
        elif g("xd") is not None:
            d, mo, y = int(g("xd")), int(g("xm")), g("xy")
        else:
            d, mo, y = int(g("nd")), int(g("nm")), None
        year: int | None = None
        if y is not None:
            if len(y) == 2:
                if not short_years:
                    continue
                yy = int(y)
                year = 2000 + yy if yy < 70 else 1900 + yy
            else:
                year = int(y)
                if not 1900 <= year <= 2100:
                    continue
            if not _valid(year, mo, d):
                continue
        elif not (1 <= mo <= 12 and 1 <= d <= 31 and _valid(2000, mo, d)):  # 2000: leap year
            continue

        start, end = m.start(), m.end()
        has_ngay = long_form
        if not long_form:
            t = _NGAY_TAIL.search(text, max(0, start - 12), start)
            if t:
                start, has_ngay = t.start(), True
        weekday = False
        t = _WEEKDAY_TAIL.search(text, max(0, start - 20), start)
        if t:
            start, weekday = t.start(), True
            t = _NGAY_TAIL.search(text, max(0, start - 12), start)  # "ngày Thứ Hai 24/10"
            if t:
                start, has_ngay = t.start(), True
        hour = minute = second = None
        t = _TIME_TAIL.search(text, max(0, start - 20), start)
        if t:
            hour, minute, second = _time_of(t)
            if hour is not None:
                start = t.start()
        t = _TIME_HEAD.match(text, end)
        if t and hour is None:
            hour, minute, second = _time_of(t)
            if hour is not None:
                end = t.end()

        tail_from = max(0, start - _TAIL_LEN)
        event = bool(_EVENT_TAIL.search(text, tail_from, start))
        if not event and has_ngay and _CLAUSE_START.search(text, tail_from, start):
            # "Ngày 6/1, Trung tâm ... tổ chức": a dated sentence lead, i.e. an event
            event = bool(_COMMA_NEXT.match(text, end))
        cited = bool(_CODE_TAIL.search(text, tail_from, start) or _DOCTYPE_TAIL.search(text, tail_from, start))
        if year is None and not (loose or has_ngay or weekday or hour is not None or event):
            continue  # "1/2 số thành viên", "Ngày Hợp tác xã Việt Nam 11/4"
        found.append(DateMatch(start, end, d, mo, year, hour, minute, weekday, long_form, cited, event, second))

    # Ranges "(29/10/1993 - 29/10/2023)" are anniversaries or periods, never a publication date.
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if _RANGE_GAP.fullmatch(text, a.end, b.start):
            found[i] = _replace(a, cited=True)
            found[i + 1] = _replace(b, cited=True)
    return found


def _replace(m: DateMatch, **kw) -> DateMatch:
    fields = {k: getattr(m, k) for k in DateMatch.__dataclass_fields__}
    fields.update(kw)
    return DateMatch(**fields)


def _find(text: str, *, short_years: bool = False, loose: bool = False) -> list[DateMatch]:
    norm, offsets = _nfc_map(text)
    found = _scan(norm, short_years=short_years, loose=loose)
    if offsets is not None:
        found = [_replace(m, start=offsets[m.start], end=offsets[m.end]) for m in found]
    return found


def find_dates(text: str) -> list[DateMatch]:
    """All date expressions in `text` (NFC or NFD), in order; spans index `text` itself.

    Day-first always. Two-digit years are skipped (see `parse_date` for short date strings);
    a year-less "6/1" counts only after "ngày", a weekday, a time or an event cue.
    """
    return _find(text)


def yearless_lead_date(text: str) -> tuple[int, int] | None:
    """(day, month) of a year-less date opening the text ("Ngày 6/1, Trung tâm ..."), else None.

    Such a date is the event's date; the caller may combine it with other evidence, but it is
    never a publication date on its own.
    """
    lead = text.lstrip()[:120]
    for m in _find(lead):
        if m.start > 40:
            break
        if m.year is None and not m.cited:
            return m.day, m.month
    return None


# --------------------------------------------------------------------------------------------
# One short date string
# --------------------------------------------------------------------------------------------

_ISO_FULL = re.compile(
    r"\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)?\s*(?:Z|[+-]\d{2}(?::?\d{2})?)?", re.I
)
_ISO_OFFSET_GAP = re.compile(r"\s+(?=(?:Z|[+-]\d{2}:?\d{2})$)", re.I)
_YEAR4 = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_LETTER = re.compile(r"[^\W\d_]")
_DATEPARSER_SETTINGS = {
    "DATE_ORDER": "DMY",
    "PREFER_DAY_OF_MONTH": "first",
    "REQUIRE_PARTS": ["day", "month", "year"],
    "RETURN_AS_TIMEZONE_AWARE": True,
    "TIMEZONE": "Asia/Ho_Chi_Minh",
    "PREFER_DATES_FROM": "past",
}


def _aware(dt: datetime | None) -> datetime | None:
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
    if ms:
        m = _first_usable(ms) or next((x for x in ms if not x.cited), None)
        if m is None:
            return None, None
        return m.to_datetime(year), m
    # Last resort for spelled-out months; only with a 4-digit year (dateparser is slow and
    # would otherwise turn "hôm qua" into a relative date).
    if len(s) <= 120 and _LETTER.search(s) and _YEAR4.search(s):
        import dateparser  # lazy: heavy import, rarely needed

        dt = dateparser.parse(s, languages=["vi", "en"], settings=_DATEPARSER_SETTINGS)
        return _aware(dt), None
    return None, None


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
    now = _aware(now) or datetime.now(TZ)
    if dt > now + _FUTURE_SLACK:
        return None
    return dt


# --------------------------------------------------------------------------------------------
# Dates in URLs
# --------------------------------------------------------------------------------------------

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


# --------------------------------------------------------------------------------------------
# Page furniture and text lines
# --------------------------------------------------------------------------------------------

# Class/id words of banners, menus, widgets and lists of other articles. "top" only as a word
# start ("header-top", "topbar"), so "desktop" is not furniture.
_FURN_CLASS = re.compile(
    r"banner|header|(?:^|[\s_\-])top|menu|marquee|slogan|weather|thoitiet|counter|thongke|footer|"
    r"sidebar|related|lienquan|poll|khaosat|rating|comment|binhluan|tinkhac|tin-khac|other|widget|"
    r"copyright|quangcao|advert"
)
_HEADFOOT_CLASS = re.compile(r"header|footer")
_LAYOUT_CLASS = re.compile(r"header|(?:^|[\s_\-])top")  # layout words, not widget words
_FURN_TAGS = frozenset({"nav", "aside"})
_FURN_ROLES = frozenset({"banner", "navigation", "contentinfo", "complementary"})
_ARTICLE_TAGS = frozenset({"article", "main"})
_SKIP_TAGS = frozenset({"script", "style", "noscript", "template", "svg", "head", "iframe", "select", "option", "button"})
_BLOCK_TAGS = frozenset(
    "address article aside blockquote br dd div dl dt figcaption figure footer form h1 h2 h3 h4 h5 "
    "h6 header hr li main nav ol p pre section table tbody thead tfoot td th tr ul center".split()
)


def _is_articleish(el: etree._Element) -> bool:
    return el.tag in _ARTICLE_TAGS or "Article" in (el.get("itemtype") or "")


def _self_furniture(el: etree._Element, in_article: bool, lenient: bool = False) -> bool:
    """Is this element itself furniture? Header/footer parts of an article are not.

    lenient: ignore the layout words header/top in class names (used for a site's date element
    sitting in the title's own container, e.g. "detail-header").
    """
    tag = el.tag
    if tag in _FURN_TAGS or (el.get("role") or "").lower() in _FURN_ROLES:
        return True
    names = f"{el.get('class') or ''} {el.get('id') or ''}".lower()
    if tag in ("header", "footer"):
        return not in_article
    if not _FURN_CLASS.search(names):
        return False
    if lenient:
        names = _LAYOUT_CLASS.sub(" ", names)
    if in_article:
        names = _HEADFOOT_CLASS.sub(" ", names)
    return bool(_FURN_CLASS.search(names))


def _in_furniture(el: etree._Element, title_chain: frozenset, lenient: bool = False) -> bool:
    """Walk up from el; containers shared with the title are never furniture."""
    chain = [el, *el.iterancestors()]
    art_above = [False] * len(chain)  # art_above[i]: an article/main encloses chain[i]
    for i in range(len(chain) - 2, -1, -1):
        art_above[i] = art_above[i + 1] or _is_articleish(chain[i + 1])
    for i, a in enumerate(chain):
        if a in title_chain or not isinstance(a.tag, str) or a.tag in ("body", "html"):
            return False
        if _self_furniture(a, art_above[i], lenient):
            return True
    return False


def precedes(a: etree._Element, b: etree._Element) -> bool:
    """True if a starts before b in document order (an ancestor of b does not count)."""
    ca = [a, *a.iterancestors()][::-1]
    cb = [b, *b.iterancestors()][::-1]
    i = 0
    while i < len(ca) and i < len(cb) and ca[i] is cb[i]:
        i += 1
    if i == len(ca) or i == len(cb) or i == 0:
        return False  # same element, ancestor/descendant, or different trees
    parent = ca[i - 1]
    return parent.index(ca[i]) < parent.index(cb[i])


class _Line(NamedTuple):
    text: str
    furniture: bool
    region: int  # 0 before the title, 1 title, 2 after it (2 everywhere when there is no title)
    in_body: bool


_WS = re.compile(r"\s+")
HEAD_CHARS = 600  # text after the title read for its date line (the search stops at 300)


def _lines(root: etree._Element, title, body, max_chars: int = 30000, after_title: int | None = None) -> list[_Line]:
    """The page as text lines (block elements and <br> break lines), with where each lies.
    after_title: only the lines after the title, that many characters of them (the date line
    beside a title needs no walk of the menus above it or the page below)."""
    out: list[_Line] = []
    buf: list[str] = []
    flags: list = [None]
    region = [0 if title is not None else 2]
    size = [0]
    title_chain = frozenset([title, *title.iterancestors()]) if title is not None else frozenset()

    def add(s: str, furn: bool, in_body: bool) -> None:
        if not buf:
            flags[0] = (furn, region[0], in_body)
        buf.append(s)

    def flush() -> None:
        if buf:
            text = _WS.sub(" ", "".join(buf)).strip()
            buf.clear()
            if text:
                out.append(_Line(text, *flags[0]))
                size[0] += len(text)

    def visit(el, furn: bool, in_art: bool, in_body: bool) -> None:
        tag = el.tag
        if not isinstance(tag, str) or tag in _SKIP_TAGS:
            if el.tail:
                add(el.tail, furn, in_body)
            return
        if size[0] > max_chars:
            return
        if after_title is not None and region[0] == 0 and el not in title_chain:
            if el.tail:  # wholly before the title: only its tail may follow it
                add(el.tail, furn, in_body)
            return
        own_art = in_art or _is_articleish(el)
        own_furn = furn or (el not in title_chain and _self_furniture(el, in_art))
        own_body = in_body or el is body
        is_title = el is title
        block = tag in _BLOCK_TAGS
        if block or is_title:
            flush()
        if is_title:
            region[0] = 1
        if el.text:
            add(el.text, own_furn, own_body)
        for child in el:
            visit(child, own_furn, own_art, own_body)
        if block or is_title:
            flush()
        if is_title:
            region[0] = 2
        if el.tail:
            add(el.tail, furn, in_body)

    if after_title is not None and title is not None:
        max_chars = after_title
    visit(root, False, False, False)
    flush()
    return out


# --------------------------------------------------------------------------------------------
# Publication date of a page
# --------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class DateResult:
    published: datetime | None
    source: str  # "metadata" | "date-element" | "url" | "listing" | "text" | "document" | ""
    missing_reason: str | None  # set iff published is None


class _Ev(NamedTuple):
    source: str  # DateResult.source value
    label: str  # for messages
    dt: datetime
    explicit: bool  # the page states the full date itself (not completed from other evidence)


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
_X_TITLE_FALLBACK = etree.XPath(".//*[@itemprop='headline'] | .//h1")
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


@lru_cache(maxsize=256)
def _css(selector: str) -> CSSSelector:
    return CSSSelector(selector)


def _select_first(doc, selectors: Sequence[str]):
    for sel in selectors:
        found = _css(sel)(doc)
        if found:
            return found[0]
    return None


_X_PAGE_TITLE = etree.XPath(".//meta[@property='og:title']/@content | .//title/text()")


def _norm_title(s: str) -> str:
    return _WS.sub(" ", unicodedata.normalize("NFC", s)).strip().casefold()


def _fallback_title(doc):
    """Without title selectors: the h1/headline matching og:title or <title>, else a lone h1.

    A wrong title (a logo in an <h1>) would put the banner "after the title", so when in doubt
    there is no title and the text search is skipped.
    """
    cands = []
    for el in _X_TITLE_FALLBACK(doc):
        text = _norm_title(el.text_content())
        if 10 <= len(text) <= 400 and not _in_furniture(el, frozenset()):
            cands.append((el, text))
    refs = [r for r in (_norm_title(v) for v in _X_PAGE_TITLE(doc)) if len(r) >= 10]
    for el, text in cands:
        if any(text in r or r in text for r in refs):
            return el
    h1s = [el for el, _ in cands if el.tag == "h1"]
    return h1s[0] if len(h1s) == 1 else None


def _fmt(d: datetime | date) -> str:
    return d.strftime("%Y-%m-%d")


def _close(a: datetime, b: datetime) -> bool:
    return abs((a.date() - b.date()).days) <= 1


class _Page:
    """What find_published knows about one page, computed lazily."""

    def __init__(self, doc, title, body, now: datetime, today: date | None):
        self.doc, self.title, self.body, self.now, self.today = doc, title, body, now, today
        self.limit = now + _FUTURE_SLACK
        self.title_chain = frozenset([title, *title.iterancestors()]) if title is not None else frozenset()
        self.notes: list[str] = []  # why candidates were dropped
        self.banner_seen = False
        self._lines: list[_Line] | None = None
        self._head: list[_Line] | None = None

    def furniture(self, el) -> bool:
        return _in_furniture(el, self.title_chain)

    def element_furniture(self, el) -> bool:
        """Furniture test for the site's own date element: lenient in the title's container."""
        if self.title is not None:
            box = [a for _, a in zip(range(2), self.title.iterancestors()) if a.tag not in ("body", "html")]
            if box and any(a in box for a in el.iterancestors()):
                return _in_furniture(el, self.title_chain, lenient=True)
        return _in_furniture(el, self.title_chain)

    def before_title(self, el) -> bool:
        return self.title is not None and precedes(el, self.title)

    def near_title(self, el) -> bool:
        """Inside the article, or in the title's parent/grandparent container."""
        if any(_is_articleish(a) for a in el.iterancestors()):
            return True
        if self.title is None:
            return False
        up = [a for _, a in zip(range(2), self.title.iterancestors())]
        anc = set(el.iterancestors())
        return any(a in anc for a in up)

    def acceptable(self, dt: datetime, what: str) -> bool:
        if dt.year < MIN_YEAR:
            self.notes.append(f"implausible {what} date {_fmt(dt)}")
            return False
        if dt > self.limit:
            self.notes.append(f"future {what} date {_fmt(dt)} rejected")
            return False
        return True

    def is_today(self, dt: datetime) -> bool:
        return self.today is not None and dt.date() == self.today

    def lines(self) -> list[_Line]:
        if self._lines is None:
            self._lines = _lines(self.doc, self.title, self.body)
        return self._lines

    def head_lines(self) -> list[_Line]:
        """The first lines after the title (all of the page's lines once they are known)."""
        if self._lines is not None or self.title is None:
            return self.lines()
        if self._head is None:
            self._head = _lines(self.doc, self.title, self.body, after_title=HEAD_CHARS)
        return self._head


def _metadata(page: _Page) -> _Ev | None:
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
            return _Ev("metadata", "metadata", dt, True)
    for el in _X_TIME(page.doc):
        if _MODIFIED.search(f"{el.get('class') or ''} {el.get('itemprop') or ''}"):
            continue
        if page.furniture(el) or not page.near_title(el):
            continue
        dt = _parse_short(el.get("datetime") or "", None)[0]
        if dt is None or not page.acceptable(dt, "<time>"):
            continue
        if page.is_today(dt) and page.before_title(el):
            page.banner_seen = True
            continue
        return _Ev("date-element", "date element", dt, True)
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


class _Partial(NamedTuple):
    """A year-less date waiting for a year from other evidence."""

    day: int
    month: int
    hour: int | None
    minute: int | None
    raw: str


def _element_date(page: _Page, selectors: Sequence[str]) -> _Ev | _Partial | None:
    """The site's own date element: after-title matches first, then the nearest before it."""
    for sel in selectors:
        after, before = [], []
        for el in _css(sel)(page.doc):
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
                return _Partial(m.day, m.month, m.hour, m.minute, _WS.sub(" ", text).strip()[:60])
            if dt is None or not page.acceptable(dt, "date element"):
                continue
            if page.is_today(dt) and page.before_title(el):
                page.banner_seen = True
                continue
            return _Ev("date-element", "date element", dt, True)
    return None


def _complete(p: _Partial, hint: date, month_only: bool) -> datetime | None:
    """Give a year-less date the year that puts it next to the hint (same month, or ±1 day)."""
    if month_only:
        if p.month != hint.month:
            return None
        years = (hint.year,)
    else:
        years = (hint.year - 1, hint.year, hint.year + 1)
    for y in years:
        if _valid(y, p.month, p.day):
            d = date(y, p.month, p.day)
            if month_only or abs((d - hint).days) <= 1:
                return datetime(y, p.month, p.day, p.hour or 0, p.minute or 0, tzinfo=TZ)
    return None


def is_date_line(text: str) -> bool:
    """A short line that is nothing but a date (with weekday, time, "Cập nhật:", "Lượt xem")."""
    return _date_only(text) is not None


def _date_only(text: str) -> DateMatch | None:
    """The date of a short line that is nothing but a date (plus weekday/time/labels)."""
    if len(text) > 80:
        return None
    ms = _scan(text, short_years=True, loose=True)
    if len(ms) != 1 or ms[0].cited or ms[0].event:
        return None
    m = ms[0]
    rest = _LABELS.sub(" ", text[: m.start] + " " + text[m.end :])
    return None if _LETTER.search(rest) else m


def _resolve(evs: list[_Ev]) -> tuple[_Ev | None, str | None]:
    """Pick one date from page evidence in order metadata, date element, URL, listing.

    Agreement means within one day (UTC metadata vs local dates). On disagreement:
    - a listing date never overrides the page's own evidence (listings get misaligned);
    - a date supported by more signals wins;
    - metadata vs date element alone: the element wins if it states the full date itself
      (portals' metadata is often a template default), otherwise no date;
    - any other tie (metadata vs URL, element vs URL): no date, both being structural.
    """
    if not evs:
        return None, None
    page_evs = [e for e in evs if e.source != "listing"] or evs
    groups: list[list[_Ev]] = []
    for e in page_evs:
        for g in groups:
            if _close(g[0].dt, e.dt):
                g.append(e)
                break
        else:
            groups.append([e])
    if len(groups) == 1:
        return groups[0][0], None
    groups.sort(key=len, reverse=True)
    if len(groups[0]) > len(groups[1]):
        return groups[0][0], None
    conflict = "conflicting dates: " + ", ".join(f"{e.label} {_fmt(e.dt)}" for e in page_evs)
    if len(groups) == 2 and len(groups[0]) == len(groups[1]) == 1:
        pair = {g[0].source: g[0] for g in groups}
        if set(pair) == {"metadata", "date-element"} and pair["date-element"].explicit:
            return pair["date-element"], None
    return None, conflict


def find_published(
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
    """
    now = _aware(fetched_at) or datetime.now(TZ)
    today = now.date() if fetched_at is not None else None
    title = title_element if title_element is not None else (
        _select_first(doc, title_selectors) if title_selectors else None)
    if title is None:
        title = _fallback_title(doc)
    body = body_element if body_element is not None else (
        _select_first(doc, body_selectors) if body_selectors else None)
    page = _Page(doc, title, body, now, today)

    meta = _metadata(page)
    element = _element_date(page, date_selectors) if date_selectors else _line_date(page)
    ud = url_date(url)
    url_ev = None
    if ud is not None:
        udt = datetime.combine(ud, time(), TZ)
        if page.acceptable(udt, "URL"):
            url_ev = _Ev("url", "url", udt, True)
    uym = _url_year_month(url)

    listing_ev: _Ev | None = None
    listing_partial: _Partial | None = None
    if listing_date and listing_date.strip():
        ldt, lm = _parse_short(listing_date, None)
        if ldt is not None:
            if page.acceptable(ldt, "listing"):
                listing_ev = _Ev("listing", "listing", ldt, True)
        elif lm is not None and lm.year is None:
            listing_partial = _Partial(lm.day, lm.month, lm.hour, lm.minute, listing_date.strip()[:60])
            if uym is not None:  # a listing's year-less date takes its year from the URL only
                ldt = _complete(listing_partial, date(uym[0], uym[1] or 1, 15), month_only=uym[1] is not None)
                if ldt is not None and page.acceptable(ldt, "listing"):
                    listing_ev = _Ev("listing", "listing", ldt, False)
                    listing_partial = None
                elif ldt is None:
                    page.notes.append(
                        f"year-less listing date '{listing_partial.raw}' does not match URL month {uym[0]}-{uym[1]:02d}"
                    )

    element_partial: _Partial | None = None
    if isinstance(element, _Partial):
        element_partial, element = element, None
        hints: list[tuple[date, bool]] = []
        if ud is not None:
            hints.append((ud, False))
        elif uym is not None and uym[1] is not None:
            hints.append((date(uym[0], uym[1], 15), True))
        hints += [(e.dt.date(), False) for e in (meta, listing_ev) if e is not None]
        for hint, month_only in hints:
            edt = _complete(element_partial, hint, month_only)
            if edt is not None and page.acceptable(edt, "date element"):
                element = _Ev("date-element", "date element", edt, False)
                break
        if element is None and hints:
            return DateResult(
                None,
                "",
                f"conflicting dates: year-less date element '{element_partial.raw}' matches no "
                f"other evidence ({', '.join(_fmt(h) for h, _ in hints)})",
            )

    if meta is not None and page.is_today(meta.dt):
        corroborated = any(e is not None and _close(e.dt, meta.dt) for e in (element, url_ev, listing_ev))
        if not corroborated:
            page.notes.append(f"metadata date {_fmt(meta.dt)} equals the fetch date and nothing confirms it")
            page.banner_seen = True
            meta = None

    evs = [e for e in (meta, element, url_ev, listing_ev) if e is not None]
    chosen, conflict = _resolve(evs)
    if chosen is not None:
        if chosen.source in ("url", "listing"):
            # An official document's own date line names the date better than its listing.
            doc = _document_date(page)
            if doc is not None and doc.published.date() == chosen.dt.date():
                return doc
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

    found = _text_date(page, uym)
    if found is not None:
        return found
    return DateResult(None, "", _why_missing(page, uym))


def _line_date(page: _Page) -> _Ev | _Partial | None:
    """Without the site's date selector: the first date-only line after the title, within the
    article's first lines ("Cập nhật: 14:05 ngày 02/02/2023", "Thứ Ba, 14/3"). It is the
    page's date element found by what it says, and is weighed with the other evidence."""
    if page.title is None:
        return None
    budget = 300
    for ln in page.head_lines():
        if ln.region != 2 or ln.furniture:
            continue
        m = _date_only(ln.text)
        if m is not None:
            dt = m.to_datetime()
            if dt is None and m.year is None:
                return _Partial(m.day, m.month, m.hour, m.minute, ln.text[:60])
            if dt is not None and page.acceptable(dt, "date element"):
                return _Ev("date-element", "date element", dt, True)
        budget -= len(ln.text)
        if budget <= 0:
            break
    return None


def _text_date(page: _Page, uym) -> DateResult | None:
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
        m = _date_only(ln.text)
        if m is not None:
            dt = m.to_datetime()
            if dt is None and m.year is None and uym is not None and uym[1] is not None:
                dt = _complete(_Partial(m.day, m.month, m.hour, m.minute, ln.text), date(uym[0], uym[1], 15), True)
            if dt is not None and page.acceptable(dt, "text"):
                if page.title is None and page.is_today(dt):
                    page.banner_seen = True  # cannot tell it from a banner without a title
                else:
                    return DateResult(dt, "text", None)
        budget -= len(ln.text)
        if budget <= 0:
            break

    return _document_date(page)


def _document_date(page: _Page) -> DateResult | None:
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


def _why_missing(page: _Page, uym) -> str:
    """A reason naming what the page did show, most useful first."""
    notes = [n for n in page.notes if n.startswith(("future", "implausible", "year-less", "metadata date"))]
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
