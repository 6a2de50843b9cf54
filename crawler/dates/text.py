"""Date expressions in running text ("Sáng 25/4", "ngày 06/01/2023", "16-6-2022 lúc 9h"): where
they are and what they say, without deciding which one is the publication date.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone

from .base import TZ, local


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
    cited: bool  # not the page's own date: a cited document's, a range's end, a last update's, a member's joining
    event: bool
    second: int | None = None  # kept when the page shows it ("15/02/2017 04:54:18")
    # Read month-first: an en-US server's "12/27/2023 2:05:30 PM", which cannot be day-first.
    month_first: bool = False
    # Reads both ways and bears the en-US mark ("7/6/2024 3:20:45 PM"): day and month are given
    # day-first, `swapped` is the other reading, and only other evidence may choose.
    ambiguous: bool = False
    # How a server's 12-hour-clock slash date shows its order, when it does: "month-first"
    # ("12/27/2023 2:05 PM"), "day-first" ("27/12/2023 2:05 PM"); None when it reads both ways.
    order_shown: str | None = None
    # Unpadded, reads both ways and has no clock ("3/5/2024"): day-first unless the site shows
    # month-first elsewhere ("3/14/2024": Weebly's blog dates).
    plain_ambiguous: bool = False
    # A slash date with a two-digit year ("03/04/26 15:40:00"): a server's stamp in either order
    # (PHP's "%D" is month-first), read as its 12-hour-clock stamps are (`ambiguous`, `order_shown`)
    short_year: bool = False

    def to_datetime(self, year: int | None = None) -> datetime | None:
        """Aware datetime in TZ; `year` fills in a year-less match. None if no year or invalid."""
        y = self.year if self.year is not None else year
        if y is None:
            return None
        try:
            return local(datetime(y, self.month, self.day, self.hour or 0, self.minute or 0, self.second or 0))
        except ValueError:
            return None

    def swapped(self) -> DateMatch:
        """The other reading of an ambiguous match (day and month exchanged)."""
        return _replace(self, day=self.month, month=self.day, ambiguous=False, plain_ambiguous=False,
                        month_first=not self.month_first)


# Month names in words, as Django's and WordPress's Vietnamese locales print them ("12 Tháng Ba
# 2026", "Tháng Mười Hai 5, 2025"; .NET's "13. Tháng Năm 2024", its day dotted; glibc's vi_VN "06 Tháng năm
# 2025"). "năm" (May) only capitalised or after a capital "Tháng": "6 tháng năm 2024" is "six months of 2024".
_VI_MONTH_WORDS = {"một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
                   "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12}
_VI_MONTH = r"(?:mười\s+một|mười\s+hai|mười|một|giêng|hai|ba|tư|bốn|(?-i:Năm|(?<=Tháng\s)năm)|sáu|bảy|tám|chín|chạp)(?!\w)"


def _vi_month(word: str) -> int:
    return _VI_MONTH_WORDS[" ".join(word.lower().split())]


# Capitals: a year followed by one ends its date ("… ngày 12 Thg 3, 2026 Liên minh HTX …", a
# listing card's date then its teaser); by a small letter it is a count ("ngày 12 tháng 3, 2000 hộ").
# The year may follow the month after a comma or a bare space (e107's vi locale: "20 Tháng 3 2026").
_UPPER = "A-ZÀÁẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬĐÈÉẺẼẸÊẾỀỂỄỆÌÍỈĨỊÒÓỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÙÚỦŨỤƯỨỪỬỮỰỲÝỶỸỴ"

# Core forms. Alternatives are tried left to right at each position, so full dates win over the
# year-less form and a 2-digit-year date is never re-read as a year-less one.
# (An English month after its day takes the day's full stop too: a German CMS's "12. May 2025"; or
# slashes around its short name: PHP's "03/Dec/2024".)
_CORE = re.compile(
    r"""
    (?<!\w)ngày\s+(?P<ld>\d{1,2})\s+(?:tháng|thg)\s+(?P<lm>\d{1,2})(?:\s*,?\s*năm\s+(?P<ly>\d{4})|(?:\s*,\s*|\s+)(?P<ly2>\d{4})(?!\d|\s*(?!(?:lúc|bởi|trong)\b)(?!(?-i:[UPPER]))[^\W\d_]))?(?!\d)
    |(?<![\w/.\-])(?P<wd>\d{1,2})\.?\s+(?:tháng|thg)\s+(?P<wm>\d{1,2})(?:\s*,?\s*năm\s+(?P<wy>\d{4})|(?:\s*,\s*|\s+)(?P<wy2>\d{4})(?!\s*(?!(?:lúc|bởi|trong)\b)(?!(?-i:[UPPER]))[^\W\d_]))(?!\d)
    |(?<![\w/.\-])(?:tháng\s+|thg\s+|th)(?P<fm>\d{1,2})\s+(?P<fd>\d{1,2})(?:\s*,\s*|\s+)(?P<fy>\d{4}|['’]\d{2})(?!\d)
    |(?<![\w/.\-])(?P<vd>\d{1,2})\.?\s+tháng\s+(?P<vm>VI_MONTH)\s*,?\s*(?:năm\s+)?(?P<vy>\d{4})(?!\d)
    |(?<!\w)tháng\s+(?P<vm2>VI_MONTH)\s+(?P<vd2>\d{1,2})\s*,\s*(?P<vy2>\d{4})(?!\d)
    |(?<!\w)(?P<cw>(?-i:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\s+)?(?P<cm>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\s+(?P<cd>\d{1,2})\s+(?P<ch>\d{2}):(?P<cmi>\d{2}):(?P<cs>\d{2})\s+(?:(?P<cz>UTC|GMT|ICT|[+-](?:0\d|1[0-4])(?::?[0-5]\d)?)\s+)?(?P<cy>\d{4})(?!\d)
    |(?<!\w)(?P<em>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+(?P<ed>\d{1,2})(?:st|nd|rd|th)?\s*,?\s+(?P<ey>\d{4}|['’]\d{2})(?!\d)
    |(?<![\w/.\-])(?P<ed2>\d{1,2})(?:st|nd|rd|th|\.)?\s+(?P<em2>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s*,?\s+(?P<ey2>\d{4})(?!\d)
    |(?<![\w/.\-])(?P<ed3>\d{1,2})(?P<esep>[/-])(?P<em3>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?P=esep)(?P<ey3>\d{4})(?!\d)
    |(?<!\d)(?P<jy>\d{4})\s*[年년]\s*(?P<jm>\d{1,2})\s*[月월]\s*(?P<jd>\d{1,2})\s*[日일]
    |(?<![\w.])(?P<ky>\d{4})\.\s+(?P<km>\d{1,2})\.\s+(?P<kd>\d{1,2})\.(?!\d)
    |(?<![\d/.\-])(?:
        (?P<iy>\d{4})(?P<isep>[-/.])(?P<im>\d{1,2})(?P=isep)(?P<id>\d{1,2})(?!\d)
       |(?P<sd>\d{1,2})\s?/\s?(?P<sm>\d{1,2})\s?/\s?(?P<sy>\d{4}|\d{2})(?!\d|\s?/\s?\w|-[A-ZĐ])
       |(?P<xd>\d{1,2})(?P<xsep>[.\-])(?P<xm>\d{1,2})(?P=xsep)(?P<xy>\d{4}|\d{2})(?!\d|[.\-]\d|/\w)
       |(?P<nd>\d{1,2})/(?P<nm>\d{1,2})(?![\d/]|-\w)
    )
    """.replace("VI_MONTH", _VI_MONTH).replace("UPPER", _UPPER),
    re.I | re.X,
)

_EN_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}

# Cues are matched against the text just before the expression (anchored at \Z).
_TIME_RX = r"(?P<h>\d{1,2})(?:\s*:\s*(?P<mi>\d{2})(?::(?P<sec>\d{2}))?|(?-i:h)(?P<mi2>\d{2})?(?![^\W\d_])|\s*giờ(?:\s*(?P<mi3>\d{2}))?)"
_NGAY_TAIL = re.compile(r"(?<!\w)ngày\s*:?\s*\Z", re.I)
_WEEKDAY_TAIL = re.compile(
    r"(?:(?<!\w)(?:thứ\s*(?:hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|chủ\s*nhật)|(?<!\w)(?-i:CN|T[2-7])"
    # an English one, named whole or cut short before its comma ("Tuesday, May 06, 2025": Typepad's
    # date header; "Tue, 06 May 2025"), capitalised: "Thu" alone is a Vietnamese name
    r"|(?<!\w)(?-i:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?=[.,])\.?))"
    r"\s*[,\-–|]?\s*\Z",
    re.I,
)
# The weekday just before a date, "ngày" between them or not: Vietnamese or English.
_WEEKDAY_BEFORE = re.compile(
    r"(?<!\w)(?:thứ\s*(?P<vi>hai|ba|tư|năm|sáu|bảy|bẩy|[2-7])|(?P<cn>chủ\s*nhật)|(?-i:(?P<cn2>CN)|T(?P<t>[2-7]))"
    r"|(?P<en>mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)\s*[,\-–|]?\s*(?:ngày\s*)?\Z",
    re.I,
)
_VI_WEEKDAYS = {"hai": 0, "ba": 1, "tư": 2, "năm": 3, "sáu": 4, "bảy": 5, "bẩy": 5}
_EN_WEEKDAYS = {"mon": 0, "tue": 1, "wed": 2, "thu": 3, "fri": 4, "sat": 5, "sun": 6}


def _weekday_before(text: str, pos: int) -> int | None:
    """Monday 0 … Sunday 6: the weekday written just before `pos`, else None."""
    m = _WEEKDAY_BEFORE.search(text, max(0, pos - 30), pos)
    if m is None:
        return None
    if m.group("vi"):
        v = m.group("vi").lower()
        return int(v) - 2 if v.isdigit() else _VI_WEEKDAYS[v]
    if m.group("cn") or m.group("cn2"):
        return 6
    if m.group("t"):
        return int(m.group("t")) - 2
    return _EN_WEEKDAYS[m.group("en").lower()]


# AM/PM after a time: .NET's vi-VN culture prints "dd/MM/yyyy h:mm:ss tt" with SA (sáng, morning)
# and CH (chiều, afternoon), always upper case. The words "sáng/chiều/tối" count only after a
# date ("05/04/2024 3:40 chiều"), never before it, where they are the event cues of a sentence
# ("3 giờ chiều ngày 5/4, ...") and never followed by a word ("tối đa", "chiều dài").
_DESIGNATOR = r"(?-i:SA|CH)(?!\w)|[ap]\.?m\.?(?!\w)"
_PERIOD_WORD = r"(?:sáng|chiều|tối)(?!\w)(?!\s*[^\W\d_])"
_TIME_TAIL = re.compile(
    r"(?<![\d:])" + _TIME_RX + rf"(?:\s*(?P<ampm>{_DESIGNATOR}))?" + r"\s*(?:[,|\-–]\s*)?\Z", re.I
)
_TIME_HEAD = re.compile(
    # (or an at sign: Xaraya's "%A, %d %B %Y @ %H:%M:%S")
    r"(?:\s*[,|\-–@]\s*|\s*lúc\s*|\s+at\s+|T|\s+:\s+|\s+)" + _TIME_RX + rf"(?:\s*(?P<ampm>{_DESIGNATOR}|{_PERIOD_WORD}))?(?!\d)",
    re.I,
)
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
# The words of a last change. UPDATE_WORD is any of them, the bare "Cập nhật" too, which many
# portals print before the posting date itself; LAST_UPDATE only those that say the date is the
# last change, not the publication: Plone's "Cập nhật lần cuối", Wix's "Đã cập nhật", "Last
# modified"; UPDATE_LABEL_END what may follow either before the date ("lúc", "on", a colon).
UPDATE_WORD = r"(?:cập\s+nhật|sửa\s+đổi|chỉnh\s+sửa|sửa)"
LAST_UPDATE = (r"(?:(?:cập\s+nhật|sửa\s+đổi|chỉnh\s+sửa|sửa)\s+lần\s+cuối|đã\s+(?:cập\s+nhật|chỉnh\s+sửa|sửa\s+đổi)"
               r"|lần\s+(?:cập\s+nhật|sửa\s+đổi|chỉnh\s+sửa|sửa)\s+cuối(?:\s+cùng)?"  # Confluence's "lần sửa cuối vào"
               r"|trang\s+cuối\s+sửa"
               r"|last\s+(?:updated|modified|changed)|modified|updated|edited)")
UPDATE_LABEL_END = r"(?:\s+(?:lúc|ngày|vào|on|at))?\s*:?\s*"
_UPDATE_TAIL = re.compile(rf"(?<!\w){LAST_UPDATE}{UPDATE_LABEL_END}\Z", re.I)
# a member's joining day in a poster's box ("Tham gia: Ngày 06-03-2018", FluxBB's; "Joined: Mar 2018"); no
# word boundary before it: a box's lines run together in its text ("Đến từ: Rạch GiáTham gia: …")
_MEMBER_TAIL = re.compile(r"(?:(?:(?:ngày\s+)?(?:tham\s+gia|gia\s+nhập)|thành\s+viên\s+từ|ngày\s+đăng\s+ký)\s*:"
                          r"|(?:joined|registered|member\s+since|join\s+date)\s*:?)\s*(?:ngày\s+)?\Z", re.I)


def ends_with_update_label(text: str) -> bool:
    """Whether `text` ends with a last update's label ("Cập nhật lần cuối", "Last updated on"):
    the date after it is the update's."""
    return bool(_UPDATE_TAIL.search(text.rstrip()))


# .NET's en-US culture prints "M/d/yyyy h:mm:ss tt": no zero padding and AM/PM in English.
_EN_DESIGNATOR = frozenset({"am", "pm"})
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
    marker = m.group("ampm")
    if marker:
        clock = _clock(h, marker.casefold().replace(".", ""))
        if clock is None:
            return None, None, None  # "13:40 SA": not a time this page means
        h = clock
    return h, minute, second


def _clock(h: int, marker: str) -> int | None:
    """The 24-hour hour of `h` read with an AM/PM marker; None when they contradict."""
    if marker in ("sa", "am"):
        return 0 if h == 12 else (h if h < 12 else None)
    if marker in ("ch", "pm"):
        return 12 if h == 12 else (h + 12 if 1 <= h < 12 else (h if h > 12 else None))
    if marker == "sáng":  # morning; "12 giờ sáng" is ambiguous
        return h if h < 12 else None
    if marker == "chiều":  # afternoon; WordPress's vi locale marks every p.m. time so ("9:05 chiều")
        return h + 12 if 1 <= h <= 11 else (h if 12 <= h <= 23 else None)
    if marker == "tối":  # evening
        return h + 12 if 6 <= h <= 11 else (h if 18 <= h <= 23 else None)
    return None


_LOCAL = timedelta(hours=7)
# A zone stated after a clock ("14:05:33 +0000", "07:05 UTC", "14:05 GMT+7"): a mail archive's
# or a server's stamp; its day and clock are read in Vietnam's time.
_ZONE_AFTER = re.compile(r"\s*(?:(?P<zn>UTC|GMT|ICT)(?:\s*(?P<zo>[+-]\s*(?:1[0-4]|0?\d)(?::?[0-5]\d)?))?"
                         r"|(?P<zo2>[+-](?:0\d|1[0-4]):?[0-5]\d))(?![\w+-])")


def _offset(name: str | None, offset: str | None) -> timedelta:
    """The UTC offset a zone's name and offset state (Vietnam's for ICT)."""
    if offset:
        sign, digits = (-1 if offset[0] == "-" else 1), offset[1:].replace(":", "").replace(" ", "")
        hours, minutes = (digits[:-2], digits[-2:]) if len(digits) > 2 else (digits, "0")
        return sign * timedelta(hours=int(hours), minutes=int(minutes))
    return _LOCAL if (name or "").upper() == "ICT" else timedelta(0)


def _in_local_time(year: int, mo: int, d: int, clock: tuple[int, int, int | None],
                   offset: timedelta) -> tuple[int, int, int, tuple[int, int, int | None]]:
    """Day and clock stated at `offset`, in Vietnam's time."""
    if offset == _LOCAL:
        return year, mo, d, clock
    t = datetime(year, mo, d, clock[0], clock[1], clock[2] or 0, tzinfo=timezone(offset)).astimezone(TZ)
    return t.year, t.month, t.day, (t.hour, t.minute, clock[2] if clock[2] is None else t.second)


def _ctime_local(year: int | None, mo: int, d: int, g) -> tuple[int, int, int, int, int, int] | None:
    """A ctime() stamp's day and clock in Vietnam's time: its zone stated (UTC, GMT, ICT or an
    offset) or none (the server's own, local). None for a zone named otherwise (EST, CET): read
    without its offset, the day itself may be wrong."""
    zone = g("cz")
    h, mi, sec = int(g("ch")), int(g("cmi")), int(g("cs"))
    if year is None or h > 23 or mi > 59 or sec > 59:
        return None
    if zone is None:
        return year, mo, d, h, mi, sec
    offset = _offset(zone, None) if zone.isalpha() else _offset(None, zone)
    year, mo, d, (h, mi, s) = _in_local_time(year, mo, d, (h, mi, sec), offset)
    return year, mo, d, h, mi, sec if s is None else s


def _scan(text: str, *, short_years: bool = False, loose: bool = False, month_first: bool = False) -> list[DateMatch]:
    """find_dates on NFC text. short_years: accept "06/01/23"; loose: accept bare "6/1";
    month_first: read "12/27/2023" month-first (it cannot be day-first), and mark "7/6/2024 3:20 PM"
    (the en-US mark on a date that reads both ways) ambiguous."""
    found: list[DateMatch] = []
    for m in _CORE.finditer(text):
        g = m.group
        swapped = en_us = us_shape = short_slash = False
        weekday_says: str | None = None
        long_form = g("ld") is not None
        if long_form:
            d, mo, y = int(g("ld")), int(g("lm")), g("ly") or g("ly2")
        elif g("wd") is not None:  # "14 tháng 3, 2024" (Django, WordPress), "14 thg 3, 2024" (CLDR): year required
            d, mo, y = int(g("wd")), int(g("wm")), g("wy") or g("wy2")
        elif g("fm") is not None:
            # "Tháng 3 14, 2024", Divi's "Th3 14, 2024": an English order in Vietnamese words; ICU's "MMM dd
            # yyyy" in vi, "thg 6 04 2025" (XWiki's blog date); the year's two digits after an apostrophe
            d, mo, y = int(g("fd")), int(g("fm")), g("fy")
        elif g("vd") is not None:  # "12 Tháng Ba 2026" (Django's vi locale)
            d, mo, y = int(g("vd")), _vi_month(g("vm")), g("vy")
        elif g("vm2") is not None:  # "Tháng Ba 12, 2026" (WordPress's vi locale)
            d, mo, y = int(g("vd2")), _vi_month(g("vm2")), g("vy2")
        elif g("cm") is not None:  # C's ctime(), as a mail archive prints a message's date: "Wed May  8 07:05:33 UTC 2024"
            d, mo, y = int(g("cd")), _EN_MONTHS[g("cm").lower()], g("cy")
        elif g("em") is not None:  # "March 14, 2024"
            d, mo, y = int(g("ed")), _EN_MONTHS[g("em")[:3].lower()], g("ey")
        elif g("em2") is not None:  # "14 March 2024"
            d, mo, y = int(g("ed2")), _EN_MONTHS[g("em2")[:3].lower()], g("ey2")
        elif g("em3") is not None:  # "03/Dec/2024" (PHP's "d/M/Y": Winter Blog's post line), "03-Dec-2024"
            d, mo, y = int(g("ed3")), _EN_MONTHS[g("em3").lower()], g("ey3")
        elif g("jy") is not None:  # "2024年11月3日", "2024년 11월 12일" (a Japanese or Korean host's)
            d, mo, y = int(g("jd")), int(g("jm")), g("jy")
        elif g("ky") is not None:  # "2024. 11. 3." (Korean hosts': Tistory's, Naver's)
            d, mo, y = int(g("kd")), int(g("km")), g("ky")
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
            if y[0] in "'’":  # a year's two digits after an apostrophe (PHP's "M j 'y": Oxwall's "Tháng 12 30 '24")
                y = f"{2000 + int(y[1:]) if int(y[1:]) < 70 else 1900 + int(y[1:])}"
            if len(y) == 2:
                if not short_years:
                    continue
                yy = int(y)
                year = 2000 + yy if yy < 70 else 1900 + yy
            else:
                year = int(y)
                if not 1900 <= year <= 2100:
                    continue
            # A weekday before the date says which reading it is: "Thu, 03/07/2024" (Drupal's US
            # format) is 7 March, a Thursday, not 3 July; "Thứ Năm, 07/03/2024" is day-first.
            wd = _weekday_before(text, m.start()) if (g("sd") or g("xd")) is not None else None
            if wd is not None and d != mo:
                day_first = _valid(year, mo, d) and date(year, mo, d).weekday() == wd
                if not day_first and _valid(year, d, mo) and date(year, d, mo).weekday() == wd:
                    d, mo, swapped, weekday_says = mo, d, True, "month-first"
                elif day_first:
                    weekday_says = "day-first"
            short_slash = g("sd") is not None and len(y) == 2
            if not _valid(year, mo, d):
                # (month-first with dashes too when it cannot be day-first: vBulletin's "01-29-2026, 07:15";
                # a two-digit year's slash date too: PHP's "%D", "03/16/26")
                if not (month_first and (g("sd") or g("xd")) is not None and (len(y) == 4 or short_slash)
                        and _valid(year, d, mo)):
                    continue
                d, mo, swapped = mo, d, True
            # (the en-US mark: an unpadded slash date; with an English 12-hour clock after it, it reads
            # both ways wherever it is read: Xanga's footer "posted 11/2/2024 at 6:40 AM" is 2 November)
            us_shape = g("sd") is not None and len(y) == 4 and not (g("sd").startswith("0") or g("sm").startswith("0"))
            en_us = month_first and us_shape
        elif not (1 <= mo <= 12 and 1 <= d <= 31 and _valid(2000, mo, d)):  # 2000: leap year
            continue

        start, end = m.start(), m.end()
        has_ngay = long_form
        if not long_form:
            t = _NGAY_TAIL.search(text, max(0, start - 12), start)
            if t:
                start, has_ngay = t.start(), True
        weekday = g("cw") is not None
        t = None if weekday else _WEEKDAY_TAIL.search(text, max(0, start - 20), start)
        if t:
            start, weekday = t.start(), True
            t = _NGAY_TAIL.search(text, max(0, start - 12), start)  # "ngày Thứ Hai 24/10"
            if t:
                start, has_ngay = t.start(), True
        hour = minute = second = None
        if g("cm") is not None:
            if (local := _ctime_local(year, mo, d, g)) is None:
                continue
            year, mo, d, hour, minute, second = local
        t = _TIME_TAIL.search(text, max(0, start - 20), start) if hour is None else None
        if t:
            hour, minute, second = _time_of(t)
            if hour is not None:
                start = t.start()
        english_time = False
        t = _TIME_HEAD.match(text, end)
        if t and hour is None:
            hour, minute, second = _time_of(t)
            if hour is not None:
                end = t.end()
                english_time = (t.group("ampm") or "").casefold().replace(".", "") in _EN_DESIGNATOR
                if year is not None and minute is not None and (z := _ZONE_AFTER.match(text, end)):
                    year, mo, d, (hour, minute, second) = _in_local_time(
                        year, mo, d, (hour, minute, second), _offset(z.group("zn"), z.group("zo") or z.group("zo2")))
                    end = z.end()

        tail_from = max(0, start - _TAIL_LEN)
        event = bool(_EVENT_TAIL.search(text, tail_from, start))
        if not event and has_ngay and _CLAUSE_START.search(text, tail_from, start):
            # "Ngày 6/1, Trung tâm ... tổ chức": a dated sentence lead, i.e. an event
            event = bool(_COMMA_NEXT.match(text, end))
        cited = bool(_CODE_TAIL.search(text, tail_from, start) or _DOCTYPE_TAIL.search(text, tail_from, start)
                     or _UPDATE_TAIL.search(text, tail_from, start) or _MEMBER_TAIL.search(text, tail_from, start))
        if year is None and not (loose or has_ngay or weekday or hour is not None or event):
            continue  # "1/2 số thành viên", "Ngày Hợp tác xã Việt Nam 11/4"
        short_stamp = month_first and short_slash  # (either order: only the site can say which)
        ambiguous = ((us_shape and english_time) or short_stamp) and not swapped and d != mo and d <= 12 \
            and weekday_says is None
        plain = en_us and hour is None and not swapped and d != mo and d <= 12 and weekday_says is None
        order_shown = None
        if (month_first and (english_time or (en_us and hour is None)) and g("sd") is not None
                and y is not None and len(y) == 4) or short_stamp:
            order_shown = "month-first" if swapped else ("day-first" if d > 12 else None)
        if weekday_says is not None and max(d, mo) <= 12:  # both readings were dates: the weekday chose
            order_shown = weekday_says
        found.append(DateMatch(start, end, d, mo, year, hour, minute, weekday, long_form, cited, event, second,
                               swapped, ambiguous, order_shown, plain, short_year=short_stamp))

    # Ranges "(29/10/1993 - 29/10/2023)" are anniversaries or periods, never a publication date.
    for i in range(len(found) - 1):
        a, b = found[i], found[i + 1]
        if _RANGE_GAP.fullmatch(text, a.end, b.start):
            found[i] = _replace(a, cited=True)
            found[i + 1] = _replace(b, cited=True)
    return found


_TIME_ONLY = re.compile(r"\s*(?:lúc\s*)?" + _TIME_RX + rf"(?:\s*(?P<ampm>{_DESIGNATOR}|{_PERIOD_WORD}))?\s*", re.I)


def with_time_of(m: DateMatch, text: str) -> DateMatch | None:
    """The date `m` at the time `text` states when it is nothing but a time ("8:30 sáng",
    "14:05"): a theme's time item beside its date item. None otherwise."""
    if m.hour is not None or not (t := _TIME_ONLY.fullmatch(unicodedata.normalize("NFC", text))):
        return None
    hour, minute, second = _time_of(t)
    return None if hour is None else _replace(m, hour=hour, minute=minute, second=second)


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


# A 12-hour clock after a digit: the cheap test before a page's blocks are scanned for
# the order their server writes dates in.
_CLOCK12 = re.compile(r"\d\s?[AaPp]\.?\s?[Mm]\b")


_DATE_LINE_EXTRA = 20  # characters beside the date on a date line ("Ngày đăng:", "Thứ Năm,")


def orders_shown(text: str) -> set[str]:
    """The day/month orders that the slash dates of `text` show: "month-first", "day-first" for
    12-hour-clock stamps and two-digit years' stamps, "plain:month-first", "plain:day-first" for a line that is little but an
    unpadded date; empty when none shows one. Read over a site's pages, they settle its
    ambiguous "7/6/2024 3:20 PM" and "3/5/2024" (see `profile.SiteProfile.date_order`)."""
    text = unicodedata.normalize("NFC", text)
    clock = bool(_CLOCK12.search(text))
    # without a 12-hour clock only a line that is little but an unpadded date teaches it (a
    # blog's "3/14/2024"); a writer's date in a sentence does not
    # (kept apart, "plain:…": a server's 12-hour-clock dates and a template's own date lines may
    # differ, as a .NET component's en-US stamp beside a Vietnamese banner)
    # (a two-digit year's stamp, "03/16/26 09:10:00", is a server's as a 12-hour clock's is)
    return {("" if clock or m.short_year else "plain:") + m.order_shown
            for m in _scan(text, short_years=True, month_first=True)
            if m.order_shown is not None and (clock or len(text) - (m.end - m.start) <= _DATE_LINE_EXTRA)}


def find_dates(text: str) -> list[DateMatch]:
    """All date expressions in `text` (NFC or NFD), in order; spans index `text` itself.

    Day-first always. Two-digit years are skipped (see `parse_date` for short date strings);
    a year-less "6/1" counts only after "ngày", a weekday, a time or an event cue.
    """
    return _find(text)


LEAD_DATE_START = 12  # "Rạng sáng ngày " at most before a lead's date


def opens_with_dated_lead(line: str) -> bool:
    """Whether a line opens as a news report's lead: its event's full date, then a comma ("Ngày
    28/5/2025, các thành viên HTX …", "Tối 14/4/2025, đoàn công tác …"). The event's day, never
    the publication's; yet only a report opens so (no guide, no list, no about page)."""
    found = _find(line[:60])
    m = found[0] if found else None
    return m is not None and m.start <= LEAD_DATE_START and m.year is not None and not m.cited \
        and bool(_COMMA_NEXT.match(line, m.end))


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
