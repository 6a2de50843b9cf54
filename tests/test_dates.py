"""Tests for crawler.dates, with lines copied from the seed pages in shared/seeds."""

import timeit
import unicodedata
from datetime import date, datetime

import lxml.html
import pytest

from crawler.dates import (
    TZ,
    DateMatch,
    DateResult,
    find_dates,
    find_published,
    is_date_line,
    is_field_line,
    is_stamp_line,
    parse_date,
    url_date,
    url_year,
    yearless_lead_date,
)
from crawler.dates.evidence import date_only
from crawler.dates.text import orders_shown
from crawler.text import label_and_value

FETCHED = datetime(2024, 5, 30, 10, 0, tzinfo=TZ)  # seed 001's banner says "Thứ Năm, 30/05/2024"


def one(text: str) -> DateMatch:
    found = find_dates(text)
    assert len(found) == 1, found
    return found[0]


def span(text: str, m: DateMatch) -> str:
    return text[m.start : m.end]


def page(html: str):
    return lxml.html.document_fromstring(html)


# ---------------------------------------------------------------------------------------------
# find_dates: forms
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, expected, matched",
    [
        ("06/01/2023", (6, 1, 2023), "06/01/2023"),  # day first
        ("12/05/2023", (12, 5, 2023), "12/05/2023"),
        ("6/1/2023", (6, 1, 2023), "6/1/2023"),
        ("24-02-2022", (24, 2, 2022), "24-02-2022"),
        ("24.02.2022", (24, 2, 2022), "24.02.2022"),
        ("2023-01-06", (6, 1, 2023), "2023-01-06"),
        ("2023/01/06", (6, 1, 2023), "2023/01/06"),
        ("Thái Bình, ngày 01 tháng 3 năm 2023", (1, 3, 2023), "ngày 01 tháng 3 năm 2023"),
        ("Ngày 11 tháng 01 năm 2023", (11, 1, 2023), "Ngày 11 tháng 01 năm 2023"),
        ("đợt cao điểm kết thúc 15/11/ 2023.", (15, 11, 2023), "15/11/ 2023"),
        ("Liên minh Hợp tác xã Việt Nam ngày (29/10/2023).", (29, 10, 2023), "29/10/2023"),
    ],
)
def test_find_dates_forms(text, expected, matched):
    m = one(text)
    assert (m.day, m.month, m.year) == expected
    assert span(text, m) == matched


@pytest.mark.parametrize(
    "text, dmy, hm",
    [
        ("30/05/2024 - 09:15", (30, 5, 2024), (9, 15)),
        ("14:05 ngày 02/02/2023", (2, 2, 2023), (14, 5)),
        ("(09:15 | 30/05/2024)", (30, 5, 2024), (9, 15)),
        ("15/02/2017 04:54:18", (15, 2, 2017), (4, 54)),
        ("Thứ Sáu, 06/01/2023 | 15:30", (6, 1, 2023), (15, 30)),
        ("2023-01-06T15:30:00", (6, 1, 2023), (15, 30)),
        ("8h30 ngày 6/1/2023", (6, 1, 2023), (8, 30)),
        ("06/01/2023 lúc 16 giờ 45", (6, 1, 2023), (16, 45)),
        ("Posted - 01/10/2024 : 00:21:47", (1, 10, 2024), (0, 21)),  # Snitz's, its clock after a spaced colon
    ],
)
def test_find_dates_with_time(text, dmy, hm):
    m = one(text)
    assert (m.day, m.month, m.year) == dmy
    assert (m.hour, m.minute) == hm
    assert m.to_datetime().replace(second=0) == datetime(dmy[2], dmy[1], dmy[0], hm[0], hm[1], tzinfo=TZ)


@pytest.mark.parametrize(
    "text, local",
    [
        # ctime(), as a mail list archive prints a message's date, in the zone its server wrote
        ("Wed May  8 07:05:33 UTC 2024", (2024, 5, 8, 14, 5, 33)),
        ("Fri May 31 17:20:05 UTC 2024", (2024, 6, 1, 0, 20, 5)),  # past midnight in Vietnam
        ("Wed Dec 27 15:20:11 ICT 2023", (2023, 12, 27, 15, 20, 11)),
        ("Tue Feb 20 09:00:41 +0700 2024", (2024, 2, 20, 9, 0, 41)),
        ("Tue Feb 20 09:00:41 2024", (2024, 2, 20, 9, 0, 41)),  # no zone: the server's, local
        # a zone after a date's clock: an instant, read in Vietnam's time
        ("Mon, 12 May 2024 14:05:33 +0000", (2024, 5, 12, 21, 5, 33)),
        ("Mon, 12 May 2024 20:05:33 GMT", (2024, 5, 13, 3, 5, 33)),
        ("12 May 2024 14:05 UTC", (2024, 5, 12, 21, 5, 0)),
        ("12/05/2024 14:05 GMT+7", (2024, 5, 12, 14, 5, 0)),
        ("12/05/2024 14:05 +07:00", (2024, 5, 12, 14, 5, 0)),
    ],
)
def test_a_stated_zone_is_read_in_vietnams_time(text, local):
    m = date_only(text)
    assert m is not None and m.to_datetime() == datetime(*local, tzinfo=TZ)


@pytest.mark.parametrize("text, found", [
    ("19/05/2025 (cách đây 9 ngày)", True),  # Dolphin's info box: the day and its age
    ("12 May 2024 (2 days ago)", True),
    ("19/05/2025 (hội nghị tổng kết)", False),  # words of their own: no date line
])
def test_a_date_with_its_age_in_brackets_is_a_date_line(text, found):
    assert (date_only(text) is not None) is found


@pytest.mark.parametrize("text, found", [
    ("03-06-2024 lúc 8:30 trong Tin hoạt động", True),  # Pluck's post line: the section it was filed in
    ("May 3, 2024 in News", True),
    ("12/5/2024 trong hội nghị, HTX đã ký kết", False),  # a sentence going on: no date line
    ("Trong ngày 12/5/2024, HTX đã tổ chức", False),
])
def test_a_date_line_closed_by_its_section_is_a_date_line(text, found):
    assert (date_only(text) is not None) is found


def test_a_zone_run_into_the_next_words_is_no_zone():
    # "GMT+7" then a reading time's "2 phút đọc" with no space between in the text: no zone "+72"
    m = one("20/11/2025 | 16:30 GMT+72 phút đọc")
    assert (m.day, m.month, m.hour, m.minute) == (20, 11, 16, 30)


def test_a_ctime_stamp_in_another_named_zone_is_no_date():
    # "EST" read as UTC or as local time would move the day: no date rather than a wrong one
    assert date_only("Tue Feb 20 23:00:41 EST 2024") is None


def test_time_span_covers_the_whole_expression():
    text = "(09:15 | 30/05/2024)"
    assert span(text, one(text)) == "09:15 | 30/05/2024"
    text = "Cập nhật: 15/02/2017 04:54:18"
    assert span(text, one(text)) == "15/02/2017 04:54:18"


def test_date_element_with_view_counter():
    text = "Ngày 24-02-2022 - Lượt xem: 37"
    m = one(text)
    assert (m.day, m.month, m.year, m.hour) == (24, 2, 2022, None)
    assert span(text, m) == "Ngày 24-02-2022"
    assert not m.event and not m.cited


@pytest.mark.parametrize(
    "text",
    [
        "Thứ Hai, 24/10/2022",
        "Thứ hai, 24/10/2022",
        "THỨ HAI, 24/10/2022",
        "Thứ 2, 24/10/2022",
        "Thứ 2 ngày 24/10/2022",
        "Thứ Hai, ngày 24/10/2022",
        "T2, 24/10/2022",
        "T2 - 24/10/2022",
    ],
)
def test_weekday_variants(text):
    m = one(text)
    assert m.weekday and (m.day, m.month, m.year) == (24, 10, 2022)
    assert (m.start, m.end) == (0, len(text))


@pytest.mark.parametrize("text", ["Chủ nhật, 12/05/2024", "Chủ Nhật 12/5/2024", "CN, 12/05/2024", "Thứ bảy, 13/07/2024", "Thứ Năm, 30/05/2024"])
def test_weekday_sunday_and_seed_banners(text):
    assert one(text).weekday


def test_lowercase_cn_or_t2_inside_words_are_not_weekdays():
    assert not one("ACN 12/05/2024").weekday
    assert not one("ST2 12/05/2024").weekday


@pytest.mark.parametrize("text", ["24/Oct/2022", "24-Oct-2022", "lúc 24/Oct/2022."])
def test_a_short_english_month_between_slashes(text):
    # PHP's "d/M/Y" (Winter Blog's post line: "Đã đăng trong Tin hoạt động lúc 03/Dec/2024.")
    assert [(m.day, m.month, m.year) for m in find_dates(text)] == [(24, 10, 2022)]


@pytest.mark.parametrize("text", ["Monday, October 24, 2022", "Mon, 24 Oct 2022", "Monday 24/10/2022"])
def test_an_english_weekday_is_part_of_the_date_line(text):
    # Typepad's date header over each day's posts; "Thu" alone is a Vietnamese name, no weekday
    m = one(text)
    assert m.weekday and (m.start, m.end, m.day, m.month, m.year) == (0, len(text), 24, 10, 2022)
    assert is_date_line(text)
    assert not one("Chị Thu 24/10/2022").weekday


def test_no_weekday_on_plain_date():
    assert not one("06/01/2023").weekday


@pytest.mark.parametrize(
    "text",
    [
        "31/02/2023",  # invalid
        "29/02/2023",  # not a leap year
        "32/01/2023",
        "12/13/2023",  # month 13: day first, never reread as month first
        "04/KH-LMHTX",  # document number
        "Số: 04/KH-LMHTX",
        "Ninh Bình 449 HTX hoạt động",
        "449/500 HTX",
        "1/2 số thành viên",
        "giai đoạn 2022-2025",
        "giai đoạn 2021 - 2025",
        "tháng 3/2023",
        "Tổ chức truyền truyền từ tháng 4 đến tháng 11 năm 2023",
        "đã cập nhật 3.362 tin, bài; 10.586 ảnh",
        "Nghị định 45/2021/NĐ-CP",
        "Ngày Hợp tác xã Việt Nam 11/4, Ngày Doanh nhân Việt Nam 13/10",
        "06/01/23",  # two-digit year outside a date element
        "tỷ lệ nộp báo cáo đạt xấp xỉ 93 %",
        "Điều lệ Liên minh HTX Việt Nam 1328",
        "Hotline: 0258.3822.123",
        "",
    ],
)
def test_not_dates(text):
    assert find_dates(text) == []


def test_year_less_dates_need_a_cue():
    assert find_dates("6/1") == []
    for text, dm in [("Ngày 6/1", (6, 1)), ("ngày 24/10", (24, 10)), ("Thứ Hai, 24/10", (24, 10)), ("09:15 24/10", (24, 10))]:
        m = one(text)
        assert (m.day, m.month, m.year) == (*dm, None)
        assert m.to_datetime() is None
        assert m.to_datetime(2022).date() == date(2022, dm[1], dm[0])


def test_year_less_feb_29_is_kept_but_needs_a_leap_year():
    m = one("ngày 29/2")
    assert m.to_datetime(2024) == datetime(2024, 2, 29, tzinfo=TZ)
    assert m.to_datetime(2023) is None


def test_nfd_input():
    nfc = "Chiều ngày 29/3/2024, tại Hội trường; Thứ Hai, 24/10/2022"
    nfd = unicodedata.normalize("NFD", nfc)
    assert nfd != nfc
    got = find_dates(nfd)
    assert [(m.day, m.month, m.year, m.event, m.weekday) for m in got] == [
        (29, 3, 2024, True, False),
        (24, 10, 2022, False, True),
    ]
    # spans index the string as given
    assert unicodedata.normalize("NFC", nfd[got[0].start : got[0].end]) == "ngày 29/3/2024"
    assert unicodedata.normalize("NFC", nfd[got[1].start : got[1].end]) == "Thứ Hai, 24/10/2022"
    long_nfd = unicodedata.normalize("NFD", "Thái Bình, ngày 01 tháng 3 năm 2023")
    assert one(long_nfd).long_form


def test_long_form_flag():
    assert one("ngày 01 tháng 3 năm 2023").long_form
    assert not one("01/3/2023").long_form
    m = one("từ ngày 15 tháng 10")
    assert m.long_form and m.year is None


# ---------------------------------------------------------------------------------------------
# find_dates: cited and event flags (sentences from the seeds)
# ---------------------------------------------------------------------------------------------

CITED = [
    # seed 000
    ("Kế hoạch số 127/KH-UBND ngày 07/3/2023 của UBND tỉnh Đắk Nông", (7, 3, 2023)),
    ("thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ", (2, 2, 2023)),
    ("Chương trình hành động số 54-CTr/TU ngày 29/12/2022 của Tỉnh ủy Đắk Nông", (29, 12, 2022)),
    ("thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm", (16, 6, 2022)),
    # seed 001
    ("tại chương trình phối hợp số 178/CTPH-BTGTW-LMHTXVN ngày 05/4/2022  về tuyên truyền", (5, 4, 2022)),
    # seed 002
    ("Quyết định số 1804/QĐ-TTg ngày 13/11/2020 của Thủ tưởng Chính phủ", (13, 11, 2020)),
    ("Quyết định 1804/QĐ-TTg ngày 13/11/2020", (13, 11, 2020)),
    ("Quyết định số 340/QĐ-TTg ngày 12/3/2021 của Thủ tưởng", (12, 3, 2021)),
    ("Thông báo số 158-TB/TW ngày 02/01/2020 của Ban Bí thư", (2, 1, 2020)),
    ("Giấy phép số: 239/GP-TTDT ngày 11 tháng 12 năm 2020 của Cục Phát thanh", (11, 12, 2020)),
    # seed 003
    ("Thực hiện Hướng dẫn số 84/HD-MTTW-BTT ngày 16/5/2022 của Ban Thường trực", (16, 5, 2022)),
    ("Văn bản số 396/LMHTXVN-TTTT ngày 16/6/2022 của Liên minh HTX Việt Nam", (16, 6, 2022)),
    # seed 004
    ("Thực hiện Kế hoạch số 778/KH-LMHTXVN ngày 24/10/2022 của Ban Chấp hành", (24, 10, 2022)),
    ("(Nghị quyết số 20 - NQ/TW ngày 16/6/2022, Hội nghị lần thứ 5", (16, 6, 2022)),
    ("Nghị quyết 09/NQ-CP ngày 02/2/2023 của Chính phủ", (2, 2, 2023)),
    ("Tuyên truyền Chương trình hành động số 17-CTr/TU, ngày 21/11/2022 của Ban Thường vụ", (21, 11, 2022)),
    ("Quyết định số 2312/QĐ-UBND, ngày 29/8/2017 về việc phê duyệt", (29, 8, 2017)),
    ("thực hiện Nghị quyết số 20-NQ/TW ngày 16 tháng 6 năm 2022 của Ban Chấp hành", (16, 6, 2022)),
    ("theo tinh thần Nghị quyết số 01-NQ/TU ngày 04/10/2021 của Ban Chấp hành", (4, 10, 2021)),
    # other shapes
    ("Nghị định 45/2021/NĐ-CP ngày 31/3/2021", (31, 3, 2021)),
    ("Luật Hợp tác xã ngày 20/11/2012", (20, 11, 2012)),
]


@pytest.mark.parametrize("text, dmy", CITED)
def test_cited_document_dates(text, dmy):
    m = one(text)
    assert (m.day, m.month, m.year) == dmy
    assert m.cited and not m.weekday


@pytest.mark.parametrize(
    "text, n",
    [
        ("Nhiệt liệt chào mừng 20 năm ngày tái lập tỉnh Đắk Nông (01/01/2004 – 01/01/2024)!", 2),
        ("Kỷ niệm 30 năm ngày Thành lập Liên minh Hợp tác xã Việt Nam (29/10/1993 - 29/10/2023)", 2),
    ],
)
def test_ranges_are_cited(text, n):
    found = find_dates(text)
    assert len(found) == n and all(m.cited for m in found)


@pytest.mark.parametrize(
    "text, dmy",
    [
        ("Chiều ngày 29/3/2024, tại Hội trường Liên minh Hợp tác xã tỉnh", (29, 3, 2024)),
        ("Chiều 24/10, Ban Tuyên giáo Tỉnh ủy và Liên minh HTX tỉnh tổ chức Hội nghị", (24, 10, None)),
        ("Sáng 5/4, đoàn công tác làm việc", (5, 4, None)),
        ("Sáng nay (6/1), tại Hà Nội", (6, 1, None)),
        ("Tối 12/5/2024, tại nhà văn hóa", (12, 5, 2024)),
        ("Hội nghị diễn ra vào ngày 6/1/2023 tại Hà Nội", (6, 1, 2023)),
        ("Trong ngày 6/1/2023, các đơn vị", (6, 1, 2023)),
        ("Từ ngày 6/1/2023, các đơn vị", (6, 1, 2023)),
        ("hạn chót đến ngày 31/12/2023", (31, 12, 2023)),
        # "Ngày X, <subject> ...": a dated sentence lead
        ("Ngày 6/1, Trung tâm Thông tin - Tuyên truyền tổ chức Hội nghị Tổng kết", (6, 1, None)),
        ("Ngày 11 tháng 01 năm 2023, Liên minh HTX tỉnh tổ chức", (11, 1, 2023)),
        ("đồng chí nhấn mạnh, ngày 5/4/2022, Ban Tuyên giáo Trung ương và Liên minh HTX Việt Nam đã ký kết", (5, 4, 2022)),
    ],
)
def test_event_dates(text, dmy):
    m = one(text)
    assert (m.day, m.month, m.year) == dmy
    assert m.event and not m.cited


def test_event_and_range_in_one_sentence():
    found = find_dates("đợt cao điểm từ ngày 15/10 đến 15/11/ 2023.")
    assert [(m.day, m.month, m.year) for m in found] == [(15, 10, None), (15, 11, 2023)]
    assert all(m.event for m in found)


@pytest.mark.parametrize(
    "text",
    [
        "Thứ Hai, 24/10/2022",
        "Thái Bình, ngày 01 tháng 3 năm 2023",
        "Ngày 24-02-2022 - Lượt xem: 37",
        "Cập nhật: 15/02/2017 04:54:18",
        "Ngày đăng: 06/01/2023",
    ],
)
def test_date_elements_are_neither_event_nor_cited(text):
    m = one(text)
    assert not m.event and not m.cited


def test_seed_001_body_dates():
    text = (
        "Thực hiện sự chỉ đạo của Ban Tuyên giáo Trung ương và Liên minh Hợp tác xã Việt Nam tại chương "
        "trình phối hợp số 178/CTPH-BTGTW-LMHTXVN ngày 05/4/2022  về tuyên truyền phát triển kinh tế tập "
        "thể, hợp tác xã giai đoạn 2021 – 2025. Chiều 24/10, Ban Tuyên giáo Tỉnh ủy và Liên minh HTX tỉnh "
        "tổ chức Hội nghị ký kết chương trình phối hợp về tuyên truyền phát triển kinh tế tập thể, hợp tác "
        "xã giai đoạn 2022-2025. Tính đến thời điểm hiện tại, Ninh Bình 449 HTX hoạt động"
    )
    found = find_dates(text)
    assert [(m.day, m.month, m.year, m.cited, m.event) for m in found] == [
        (5, 4, 2022, True, False),
        (24, 10, None, False, True),
    ]


# ---------------------------------------------------------------------------------------------
# yearless_lead_date
# ---------------------------------------------------------------------------------------------


def test_yearless_lead_date():
    assert yearless_lead_date("Ngày 6/1, Trung tâm Thông tin - Tuyên truyền tổ chức Hội nghị") == (6, 1)
    assert yearless_lead_date("  Chiều 24/10, Ban Tuyên giáo Tỉnh ủy") == (24, 10)
    assert yearless_lead_date("Chiều ngày 29/3/2024, tại Hội trường") is None  # has a year
    assert yearless_lead_date("Thực hiện ... nhiều nội dung quan trọng khác nhau trong năm. Chiều 24/10, ...") is None
    assert yearless_lead_date("") is None


# ---------------------------------------------------------------------------------------------
# parse_date
# ---------------------------------------------------------------------------------------------

NOW = datetime(2024, 5, 30, 10, 0, tzinfo=TZ)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2023-01-06T15:30:00+07:00", datetime(2023, 1, 6, 15, 30, tzinfo=TZ)),
        ("2023-01-06T08:30:00Z", datetime(2023, 1, 6, 15, 30, tzinfo=TZ)),  # converted to TZ
        ("2023-01-06T01:30:00+00:00", datetime(2023, 1, 6, 8, 30, tzinfo=TZ)),
        ("2023-01-06T15:30:00", datetime(2023, 1, 6, 15, 30, tzinfo=TZ)),  # naive: Vietnam time
        ("2023-01-06 15:30:00 +0700", datetime(2023, 1, 6, 15, 30, tzinfo=TZ)),
        ("2023-01-06", datetime(2023, 1, 6, tzinfo=TZ)),
        ("Thứ Sáu, 06/01/2023 | 15:30", datetime(2023, 1, 6, 15, 30, tzinfo=TZ)),
        ("06/01/2023", datetime(2023, 1, 6, tzinfo=TZ)),
        ("12/05/2023", datetime(2023, 5, 12, tzinfo=TZ)),
        ("06/01/23", datetime(2023, 1, 6, tzinfo=TZ)),  # a date element's two-digit year
        ("  (09:15 | 30/05/2024) ", datetime(2024, 5, 30, 9, 15, tzinfo=TZ)),
        ("Cập nhật: 15/02/2017 04:54:18", datetime(2017, 2, 15, 4, 54, 18, tzinfo=TZ)),
        ("Ngày 24-02-2022 - Lượt xem: 37", datetime(2022, 2, 24, tzinfo=TZ)),
        ("ngày 01 tháng 3 năm 2023", datetime(2023, 3, 1, tzinfo=TZ)),
        ("Jan 6, 2023", datetime(2023, 1, 6, tzinfo=TZ)),  # dateparser fallback
        ("06 Tháng Một 2023", datetime(2023, 1, 6, tzinfo=TZ)),
        ("Friday, January 6, 2023 3:30 PM", datetime(2023, 1, 6, 15, 30, tzinfo=TZ)),
    ],
)
def test_parse_date(text, expected):
    got = parse_date(text, now=NOW)
    assert got == expected
    assert got.isoformat().endswith("+07:00")


def test_parse_date_nfd():
    nfd = unicodedata.normalize("NFD", "Thứ Sáu, 06/01/2023 | 15:30")
    assert parse_date(nfd, now=NOW) == datetime(2023, 1, 6, 15, 30, tzinfo=TZ)


def test_parse_date_year_less_needs_year():
    assert parse_date("6/1", now=NOW) is None
    assert parse_date("6/1", year=2023, now=NOW) == datetime(2023, 1, 6, tzinfo=TZ)
    assert parse_date("12/01", year=2023, now=NOW) == datetime(2023, 1, 12, tzinfo=TZ)


@pytest.mark.parametrize(
    "text",
    ["", "   ", "31/02/2023", "hôm qua", "2 ngày trước", "January 2023", "04/KH-LMHTX", "(29/10/1993 - 29/10/2023)", "không rõ"],
)
def test_parse_date_none(text):
    assert parse_date(text, now=NOW) is None


def test_parse_date_rejects_future():
    assert parse_date("01/06/2024", now=NOW) == datetime(2024, 6, 1, tzinfo=TZ)  # within 2 days
    assert parse_date("02/06/2024 11:00", now=NOW) is None
    assert parse_date("2030-01-01", now=NOW) is None
    assert parse_date("2030-01-01") is None  # default now


# ---------------------------------------------------------------------------------------------
# url_date / url_year
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://lmhtxdaknong.vn/2024/03/29/chi-bo-lien-minh-hop-tac-xa-to-chuc-sinh-hoat/", date(2024, 3, 29)),
        ("https://lienminhhtxtpct.vn/2023/01/06/slug/", date(2023, 1, 6)),
        ("https://x.vn/2023/1/6/slug", date(2023, 1, 6)),
        ("https://x.vn/tin-tuc/20230106153000.htm", date(2023, 1, 6)),
        ("https://x.vn/tin-tuc/20230106/slug", date(2023, 1, 6)),
        ("https://x.vn/tin-tuc/hoi-nghi-tong-ket-20230106.html", date(2023, 1, 6)),
        ("https://x.vn/2023-01-06/hoi-nghi", date(2023, 1, 6)),
        ("https://x.vn/news?date=2023-01-06&id=5", date(2023, 1, 6)),
        ("https://x.vn/news?id=5&ngay=06/01/2023", date(2023, 1, 6)),
        ("https://x.vn/2023/01/slug", None),  # no day
        ("https://vca.org.vn/cong-tac-tuyen-truyen-a25871.html", None),
        ("https://x.vn/ky-niem-30-nam-29-10-1993-29-10-2023.html", None),  # title dates in slugs
        ("https://x.vn/1990/01/02/old", None),  # implausible year
        ("https://x.vn/2999/01/02/future", None),
        ("https://x.vn/2023/02/31/slug", None),  # invalid
        ("https://x.vn/tin/123456789.html", None),
        ("https://x.vn/tin/20231345.html", None),
    ],
)
def test_url_date(url, expected):
    assert url_date(url) == expected


@pytest.mark.parametrize(
    "url, expected",
    [
        ("https://x.vn/2023/01/slug", 2023),
        ("https://x.vn/2024/03/29/slug/", 2024),
        ("https://x.vn/wp/2022/12/", 2022),
        ("https://x.vn/tin/2023/slug", None),  # a lone number could be an id
        ("https://x.vn/2023/13/slug", None),
        ("https://vca.org.vn/cong-tac-a25871.html", None),
    ],
)
def test_url_year(url, expected):
    assert url_year(url) == expected


# ---------------------------------------------------------------------------------------------
# find_published: pages in the style of the seeds
# ---------------------------------------------------------------------------------------------

HEADER_001 = """
<div id="header"><div class="header-top"><span class="date">Thứ Năm, 30/05/2024</span></div>
<div class="slogan">HƯỞNG ỨNG THÁNG HÀNH ĐỘNG VÌ HỢP TÁC XÃ NĂM 2024</div></div>
<ul class="nav"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li></ul>
"""
BODY_001 = """
<p>Thực hiện sự chỉ đạo của Ban Tuyên giáo Trung ương và Liên minh Hợp tác xã Việt Nam tại chương trình phối
hợp số 178/CTPH-BTGTW-LMHTXVN ngày 05/4/2022  về tuyên truyền phát triển kinh tế tập thể, hợp tác xã giai
đoạn 2021 – 2025. Chiều 24/10, Ban Tuyên giáo Tỉnh ủy và Liên minh HTX tỉnh tổ chức Hội nghị ký kết chương
trình phối hợp về tuyên truyền phát triển kinh tế tập thể, hợp tác xã giai đoạn 2022-2025.</p>
<p><img src="a.jpg"><br>Đồng chí Bùi Mai Hoa, TVTU, Trưởng Ban Tuyên giáo Tỉnh ủy tỉnh Ninh Bình phát biểu tại lễ Ký kết</p>
<p>Phát biểu tại lễ ký kết, đồng chí Trưởng Ban Tuyên giáo Tỉnh ủy Bùi Mai Hoa nhấn mạnh, ngày 5/4/2022, Ban
Tuyên giáo Trung ương và Liên minh HTX Việt Nam đã ký kết chương trình phối hợp.</p>
<p>Vũ Hùng, Phòng Tuyên truyền</p>
"""


def seed_001(date_line: str = '<div class="date">Thứ Hai, 24/10/2022</div>', head: str = "") -> str:
    return f"""<html><head><title>Ban Tuyên giáo Tỉnh ủy và Liên minh HTX ký kết</title>{head}</head><body>
{HEADER_001}
<div class="main"><div class="news-detail">
<h1 class="title">Ban Tuyên giáo Tỉnh ủy và Liên minh HTX ký kết chương trình phối hợp tuyên truyền phát triển kinh tế tập thể, hợp tác xã</h1>
{date_line}
<div class="content">{BODY_001}</div></div>
<div class="khaosat"><h3>Khảo sát</h3><p>Theo bạn thực hiện Chương trình OCOP nên phát triển theo hướng nào ?</p></div>
<div class="tinlienquan"><ul><li><a href="/a">Tin cũ</a> <span class="date">(12/10/2022)</span></li></ul></div>
</div>
<div class="footer">Liên minh Hợp tác xã tỉnh Ninh Bình. Cập nhật: 30/05/2024</div>
</body></html>"""


URL_001 = "https://lienminhhtx.ninhbinh.gov.vn/tin-tuc/ban-tuyen-giao-tinh-uy-va-lien-minh-htx-ky-ket-1234.html"
SEL_001 = dict(date_selectors=(".news-detail .date", ".date"), title_selectors=("h1.title",), body_selectors=(".content",))


def test_seed_001_date_element():
    r = find_published(page(seed_001()), URL_001, fetched_at=FETCHED, **SEL_001)
    assert r == DateResult(datetime(2022, 10, 24, tzinfo=TZ), "date-element", None)
    assert r.published.isoformat() == "2022-10-24T00:00:00+07:00"


def test_seed_001_banner_matching_the_selector_is_skipped():
    # ".date" also matches the banner's span and the related-news list: both are furniture
    r = find_published(page(seed_001()), URL_001, date_selectors=(".date",), title_selectors=("h1.title",), fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2022, 10, 24, tzinfo=TZ), "date-element")


def test_seed_001_without_selectors_uses_the_date_line_under_the_title():
    r = find_published(page(seed_001()), URL_001, fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2022, 10, 24, tzinfo=TZ), "date-element")


def test_seed_001_without_date_line():
    r = find_published(page(seed_001(date_line="")), URL_001, fetched_at=FETCHED, **SEL_001)
    assert r.published is None and r.source == ""
    assert "banner" in r.missing_reason
    # the year-less "Chiều 24/10" opens no paragraph, and cited/event dates are never used
    assert "'ngày 05/4/2022'" in r.missing_reason


def test_banner_without_furniture_class_equal_to_fetch_date():
    html = """<html><body><div class="bar"><span class="date">Thứ Năm, 30/05/2024</span></div>
    <h1 class="title">Tiêu đề bài viết</h1><div class="content"><p>Nội dung không có ngày.</p></div></body></html>"""
    r = find_published(page(html), URL_001, fetched_at=FETCHED, **SEL_001)
    assert r == DateResult(None, "", "only banner/today dates found")


def test_banner_only_page():
    html = """<html><body><div class="header"><div class="top-date">Thứ Năm, 30/05/2024</div></div>
    <h1>Tiêu đề bài viết về hợp tác xã</h1><div class="noidung"><p>Nội dung không có ngày tháng.</p></div></body></html>"""
    r = find_published(page(html), "https://x.vn/tin/abc.html", fetched_at=FETCHED)
    assert r == DateResult(None, "", "only banner/today dates found")


def test_date_line_equal_to_fetch_date_after_the_title_is_fine():
    html = """<html><body><div class="header"><div class="top-date">Thứ Năm, 30/05/2024</div></div>
    <h1>Tiêu đề bài viết về hợp tác xã</h1><div class="ngay">Thứ Năm, 30/05/2024 - 08:15</div>
    <div class="noidung"><p>Nội dung.</p></div></body></html>"""
    r = find_published(page(html), "https://x.vn/tin/abc.html", fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2024, 5, 30, 8, 15, tzinfo=TZ), "date-element")


BODY = "<div class='noidung'><p>" + "HTX Nông nghiệp Tịnh Khê liên kết sản xuất lúa giống với doanh nghiệp. " * 4 + "</p></div>"


def test_a_date_in_its_own_element_beside_views_and_an_author():
    """A meta row after the title: the date in its own element, the line holding more."""
    for row, want in (('<span class="date"><i class="fa"></i> 22-04-2024 10:00</span><span>208</span>'
                       '<a href="javascript:void(0)">Chia sẻ</a>', datetime(2024, 4, 22, 10, 0, tzinfo=TZ)),
                      ('<time>Thứ Sáu, 15/03/2024</time><span class="author">Ngọc Bích</span>',
                       datetime(2024, 3, 15, tzinfo=TZ))):
        html = f"<html><body><h1>Tiêu đề bài viết về hợp tác xã</h1><div class='meta'>{row}</div>{BODY}</body></html>"
        r = find_published(page(html), "https://x.vn/tin-tuc/chi-tiet/1165/abc", fetched_at=FETCHED)
        assert (r.published, r.source) == (want, "date-element")


def test_a_list_of_other_articles_after_the_title_dates_nothing():
    html = ("<html><body><h1>Kết quả tìm kiếm hợp tác xã</h1><table><tr><td><a href='/a'>HTX Nông nghiệp Tịnh Khê "
            "liên kết sản xuất lúa giống</a> <font>(05/03/2024)</font></td></tr></table></body></html>")
    r = find_published(page(html), "https://x.vn/tim-kiem", fetched_at=FETCHED)
    assert r.published is None


def test_the_last_update_is_no_publication_date():
    """Plone's line: the publication date in its own span, the last update's beside it."""
    html = ("<html><body><h1>Tiêu đề bài viết về hợp tác xã</h1><div class='documentByLine'><span>bởi "
            "<a href='/author/thuha'>Trần Thị Thu Hà</a></span> — <span><span>Ngày đăng:</span> 14/03/2024 08:30</span>"
            f" — <span><span>Cập nhật lần cuối</span> 18/03/2024 09:12</span></div>{BODY}</body></html>")
    r = find_published(page(html), "https://x.vn/tin-tuc/abc", fetched_at=FETCHED)
    assert r.published == datetime(2024, 3, 14, 8, 30, tzinfo=TZ)
    [m] = [m for m in find_dates("Cập nhật lần cuối 18/03/2024 09:12") if not m.cited] or [None]
    assert m is None
    assert not find_dates("Cập nhật: 18/03/2024")[0].cited  # how many portals print the posting date


def test_a_listing_breaks_a_tie_between_the_url_and_the_page():
    """Sitefinity's address holds the day the item was created; the page and its listing agree
    on the day it was published."""
    html = f"<html><body><h1>Tiêu đề bài viết về hợp tác xã</h1><div>Đăng bởi Admin | 01/03/2024</div>{BODY}</body></html>"
    url = "https://x.vn/tin-tuc/2024/02/28/quyet-dinh-kien-toan"
    assert find_published(page(html), url, fetched_at=FETCHED).published is None
    r = find_published(page(html), url, fetched_at=FETCHED, listing_date="01/03/2024")
    assert (r.published, r.source) == (datetime(2024, 3, 1, tzinfo=TZ), "date-element")
    r = find_published(page(html), url, fetched_at=FETCHED, listing_date="28/02/2024")
    assert (r.published, r.source) == (datetime(2024, 2, 28, tzinfo=TZ), "url")


def test_a_forums_first_post_dates_the_thread_and_its_own_stamps_tell_how_its_list_reads():
    """vBulletin writes m-d-Y ("03-09-2026, 10:20" is 9 March) beside a <time datetime>; its first
    post is its thread's "comment entry parent", and a post's header is no furniture for the
    text it heads. The list shows the same words: the page's stamp says what they mean."""
    def post(n: int, stamp: str, shown: str, text: str) -> str:
        return (f'<li class="b-post js-comment-entry__parent post{n}"><div class="b-post__header"><time '
                f'datetime="{stamp}">{shown}</time></div><div class="b-post__content">{text}</div></li>')
    html = ('<html><body><main><h1>Thông báo tiếp nhận hồ sơ vay vốn đợt 1 năm 2026</h1><ul class="conversation-list">'
            + post(1, "2026-03-09T10:20:00+07:00", "03-09-2026, 10:20", BODY)
            + post(2, "2026-03-10T08:00:00+07:00", "03-10-2026, 08:00", "<p>Cảm ơn Ban biên tập.</p>")
            + "</ul></main></body></html>")
    doc = page(html)
    LATER = datetime(2026, 3, 12, 9, 0, tzinfo=TZ)
    body = doc.xpath("//div[@class='b-post__content']")[0]
    r = find_published(doc, "https://x.vn/forum/4802-thong-bao", fetched_at=LATER, body_element=body,
                       title_element=doc.find(".//h1"))
    assert (r.published, r.source) == (datetime(2026, 3, 9, 10, 20, tzinfo=TZ), "date-element")
    # the list shows the post's words: read as the page's stamp reads them, not 3 September
    shown_only = html.replace("<time ", "<span ").replace("</time>", "</span>").replace(
        "</main>", '</main><aside>Bài mới: <time datetime="2026-03-09T10:20:00+07:00">03-09-2026, 10:20</time></aside>')
    r = find_published(page(shown_only),
                       "https://x.vn/forum/4802-thong-bao", fetched_at=LATER, listing_date="03-09-2026, 10:20")
    assert r.published == datetime(2026, 3, 9, 10, 20, tzinfo=TZ)
    # a list dating the thread by its last post (a reply's stamp shows its words): no reading of them
    r = find_published(page(html), "https://x.vn/forum/4802-thong-bao", fetched_at=LATER, listing_date="03-10-2026, 08:00")
    assert r.published in (None, datetime(2026, 3, 9, 10, 20, tzinfo=TZ))


def test_a_created_stamp_on_the_texts_component_dates_it():
    """Wiki.js renders the page inside `<page created-at="…Z" updated-at="…">`: the text's own
    container says when it was created (in UTC); an update's stamp is none."""
    html = ('<html><body><div id="root"><page title="Tổng kết công tác HTX năm 2024" created-at="2024-12-27T09:00:00.000Z" '
            f'updated-at="2025-01-05T02:00:00.000Z"><template slot="contents"><div class="text">{BODY}</div></template>'
            '</page></div></body></html>')
    doc = page(html)
    r = find_published(doc, "https://x.vn/vi/tin-tuc/tong-ket", fetched_at=datetime(2025, 6, 1, tzinfo=TZ),
                       body_element=doc.xpath("//div[@class='text']")[0])
    assert (r.published, r.source) == (datetime(2024, 12, 27, 16, 0, tzinfo=TZ), "metadata")
    doc = page(html.replace("created-at", "data-x"))
    assert find_published(doc, "https://x.vn/vi/tin-tuc/tong-ket", fetched_at=datetime(2025, 6, 1, tzinfo=TZ),
                          body_element=doc.xpath("//div[@class='text']")[0]).published is None


def test_a_relative_creation_time_is_read_from_its_tooltip():
    """BookStack shows "Tạo 8 tháng trước bởi …" with the moment in the span's title; the update's
    own ("Cập nhật …") is none."""
    details = ('<aside><div>Tạo <span title="30 tháng 6 2025 23:40:00">8 tháng trước</span> bởi Văn phòng</div>'
               '<div>Cập nhật <span title="2 tháng 7 2025 08:00:00">8 tháng trước</span> bởi Văn phòng</div></aside>')
    html = f"<html><body><main><h1>Tiêu đề bài viết về hợp tác xã</h1>{BODY}</main>{details}</body></html>"
    r = find_published(page(html), "https://x.vn/books/a/page/b", fetched_at=datetime(2026, 3, 1, tzinfo=TZ))
    assert (r.published, r.source) == (datetime(2025, 6, 30, 23, 40, tzinfo=TZ), "date-element")
    only_update = html.replace("Tạo <span", "Sửa <span")
    assert find_published(page(only_update), "https://x.vn/books/a/page/b",
                          fetched_at=datetime(2026, 3, 1, tzinfo=TZ)).published is None


def test_a_posters_line_under_the_title_dates_the_post_by_its_ages_tooltip():
    """Redmine's news: "Thêm bởi <user> cách đây <a title=…>14 ngày</a>" right under the title,
    the exact moment in the age's tooltip (the age also written "cách đây 14 ngày" inside the link);
    a comment's own line further down ("Thêm bởi …" heading a reply) dates nothing."""
    for author_line in ('<p class="author">Thêm bởi <a href="/users/5">Lê Thị Hoa</a> '
                        '<a title="06/01/2026 14:30" href="/activity?from=2026-01-06">cách đây 14 ngày</a></p>',
                        '<p><em>Tóm tắt bản tin.</em><br><span class="author">Thêm bởi <a href="/users/5">Lê Thị Hoa'
                        '</a> cách đây <a title="06/01/2026 14:30" href="/activity?from=2026-01-06">14 ngày</a></span></p>'):
        reply = ('<div id="comments"><h4>Thêm bởi <a href="/users/7">Trịnh Văn Nam</a> <a title="07/01/2026 09:12" '
                 'href="/activity?from=2026-01-07">cách đây 13 ngày</a></h4><p>Đã nhận được thông tin, cảm ơn.</p></div>')
        html = (f'<html><body><div id="content"><h2>Tiêu đề bản tin về hợp tác xã</h2>{author_line}'
                f'<div class="wiki">{BODY}</div>{reply}</div></body></html>')
        doc = page(html)
        r = find_published(doc, "https://x.vn/news/40", fetched_at=datetime(2026, 1, 20, tzinfo=TZ),
                           title_element=doc.xpath("//h2")[0])
        assert (r.published, r.source) == (datetime(2026, 1, 6, 14, 30, tzinfo=TZ), "date-element")
        # the same line not under the title (a reply's, alone) dates nothing
        doc = page(html.replace(author_line, ""))
        assert find_published(doc, "https://x.vn/news/40", fetched_at=datetime(2026, 1, 20, tzinfo=TZ),
                              title_element=doc.xpath("//h2")[0]).published is None


def test_a_time_elements_instant_is_read_for_the_day_it_shows():
    """Elgg prints its server's day in UTC and gives the instant in the same element: "<time
    datetime="2025-03-11T23:10:00+00:00">11 Mar 2025</time>" is 12 March, 06:10 in Vietnam. A
    stamp at UTC's midnight is a day without its time (front matter's): the day alone."""
    def read(stamp: str, shown: str):
        html = (f"<html><body><div class='layout-header'><h2>Tiêu đề bài viết về hợp tác xã</h2></div>"
                f"<div class='layout-body'><div class='listing-full'><div class='subtext'><span>bởi Quản trị</span>"
                f"<span><time title='x' datetime='{stamp}'>{shown}</time></span></div>"
                f"<div class='output'>{BODY}</div></div></div></body></html>")
        doc = page(html)
        return find_published(doc, "https://x.vn/blog/view/1521/tieu-de", fetched_at=datetime(2025, 4, 1, tzinfo=TZ),
                              title_element=doc.xpath("//h2")[0]).published
    assert read("2025-03-11T23:10:00+00:00", "11 Mar 2025") == datetime(2025, 3, 12, 6, 10, tzinfo=TZ)
    assert read("2025-03-11T00:00:00Z", "11 Mar 2025") == datetime(2025, 3, 11, tzinfo=TZ)


def test_a_shown_day_takes_its_instant_from_an_attribute_of_the_same_day():
    """Kooboo: "<span data-utc="2023-09-14T17:25:40.0000000Z">15/09/2023</span>", the day in Vietnam
    and the moment in UTC; an attribute's instant on another day, or at UTC's midnight, says nothing."""
    def read(stamp: str) -> datetime:
        html = (f"<html><body><h1>Tiêu đề bài viết về hợp tác xã</h1><div class='news-meta'><span class='post-date' "
                f"data-utc='{stamp}'>15/09/2023</span> | Đăng bởi: <span>admin</span></div>{BODY}</body></html>")
        doc = page(html)
        return find_published(doc, "https://x.vn/tin-tuc/detail/abc", fetched_at=datetime(2024, 1, 1, tzinfo=TZ),
                              title_element=doc.xpath("//h1")[0]).published
    assert read("2023-09-14T17:25:40.0000000Z") == datetime(2023, 9, 15, 0, 25, 40, tzinfo=TZ)
    assert read("2023-09-16T03:00:00Z") == datetime(2023, 9, 15, tzinfo=TZ)
    assert read("2023-09-15T00:00:00Z") == datetime(2023, 9, 15, tzinfo=TZ)


def test_a_posts_head_named_for_comments_dates_it():
    """JomSocial names a discussion's head (its poster, its time) as a comment's, between the title
    and the text; the replies after the text are comments."""
    html = ("<html><body><div class='joms-page'><h3 class='joms-page__title'>Tiêu đề bài viết về hợp tác xã</h3>"
            "<div class='joms-comment__header'><div class='joms-comment__body'><a href='/profile/63'>Nguyễn Thị Mai</a>"
            "<br><span class='joms-comment__time'><small>Thứ Năm, 27 Tháng 2 2025 15:10</small></span></div></div>"
            f"<div class='joms-text'>{BODY}</div><div class='joms-comment__list'><div class='joms-comment__item'>"
            "<span>Chúc mừng HTX!</span><span class='joms-comment__time'><small>Thứ Sáu, 28 Tháng 2 2025 18:14</small>"
            "</span></div></div></div></body></html>")
    doc = page(html)
    r = find_published(doc, "https://x.vn/cong-dong/groups/2/discussions/22-abc", fetched_at=datetime(2025, 3, 12, tzinfo=TZ),
                       title_element=doc.xpath("//h3")[0], body_element=doc.xpath("//div[@class='joms-text']")[0])
    assert r.published == datetime(2025, 2, 27, 15, 10, tzinfo=TZ)


def test_an_accounts_name_beside_its_avatar_is_no_teasers_title():
    """Zalo's article viewer: the OA's avatar and name (a link to its page, five words), then the
    author field and the day: the row of the article's fields, not a teaser of another article."""
    html = ("<html><body><article><header><h1>Tiêu đề bài viết về hợp tác xã</h1><div class='article__info'>"
            "<a class='oa-info' href='/2957301846192735104'><img class='oa-info__avatar' src='/zadn/avatar/a.jpg'>"
            "<span>Liên minh HTX tỉnh Quảng Trị</span></a><div class='article__sub'><span>Văn phòng Liên minh HTX"
            "</span><span>·</span><span class='article__date'>15/05/2024</span></div><button>Quan tâm</button></div>"
            f"</header><div class='article__body'>{BODY}</div></article></body></html>")
    doc = page(html)
    assert find_published(doc, "https://oa.example.vn/article/199d1afd", fetched_at=datetime(2024, 6, 1, tzinfo=TZ),
                          title_element=doc.xpath("//h1")[0]).published == datetime(2024, 5, 15, tzinfo=TZ)


def test_dublin_core_effective_is_the_publication_date():
    html = ('<html><head><meta name="DC.date.modified" content="2024-03-18T09:12:00+07:00">'
            '<meta name="DC.date.created" content="2024-03-13T14:40:00+07:00">'
            '<meta name="DC.date.effective" content="2024-03-14T08:30:00+07:00"></head>'
            f"<body><h1>Tiêu đề bài viết về hợp tác xã</h1>{BODY}</body></html>")
    r = find_published(page(html), "https://x.vn/tin-tuc/abc", fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2024, 3, 14, 8, 30, tzinfo=TZ), "metadata")


@pytest.mark.parametrize("line, fields", [
    ("bởi admin — Ngày đăng: 20/02/2024 14:00 — Cập nhật lần cuối 21/02/2024 07:45", True),
    ("Đăng bởi Phương Thảo | 05/02/2024", True),
    ("Thứ Năm, 14/03/2024 | 08:30 | 4 phút đọc", True),
    ("Hà Nội - 12/3/2024", False),
    ("Ngày 12/3/2024, HTX tổ chức hội nghị - 300 người dự", False),
    # fields apart by spaces only, an icon before each (a Bootstrap theme's news-info)
    ("17/03/2026 09:45 Cập nhật: 18/03/2026 10:12 Lượt xem: 321", True),
    ("17/03/2026 09:45 bởi Phương Thảo", True),
    ("Ngày 17/03/2026 HTX cập nhật: giá lúa 7.000 đồng", False),
    # a stamp to the minute and its section, unlabelled (Pimcore's news bundle)
    ("16:45 24/03/2025 · Phóng sự ảnh", True),
    ("17/03/2026 09:45 | Tin hoạt động", True),
    ("17/03/2026 · Tin hoạt động", False),
    ("17/03/2026 09:45 | Hơn 300 thành viên HTX dự hội nghị.", False),
    # fields apart by bars without spaces, a comments counter among them (Discuz's portal article)
    ("Ngày đăng: 2025-9-16 08:15|Người đăng: bientap01|Lượt xem: 412|Bình luận: 2|Tác giả: Mai Lan|Nguồn: Văn phòng", True),
    # ... between bars, a labelled name keeps its dash ("Phòng Kế hoạch - Tổng hợp": an office's)
    ("Ngày đăng: 2025-5-14 10:05|Người đăng: bientap01|Lượt xem: 518|Bình luận: 0|Tác giả: Phòng Kế hoạch - Tổng hợp", True),
    ("17/03/2026 09:45 | Nguồn: Báo Hưng Yên - Hơn 300 thành viên HTX dự hội nghị.", False),
    ("Ngày đăng: 10/03/2026 14:00 | Chuyên mục: Văn bản - Thông báo", True),  # a category's name with its dash (LadiPage's)
])
def test_a_line_of_the_pages_fields(line, fields):
    assert is_field_line(line) is fields


@pytest.mark.parametrize("line, stamp", [
    ("Hôm qua, 03:40 PM", True),
    ("2 giờ trước", True),
    ("khoảng 3 tiếng trước", True),
    ("05-03-2026, 08:20 AM (Sửa lần cuối: 06-03-2026, 09:12 AM bởi BBT Liên minh.)", True),
    ("Thứ Năm, 05/03/2026 08:20", True),
    ("05/03/2026", False),  # a day alone: the date line's test, not a post's stamp
    ("Hà Nội, 08:30", False),
    ("Sáng 5/3, 08:20", False),
    ("2 giờ trước, HTX đã nhận hàng", False),
    ("1 tháng 1 tuần trước", True),  # two units (Kunena's)
    ("2 months, 1 week ago", True),
    ("Năm 2025 tháng trước", False),
])
def test_a_posts_stamp_alone(line, stamp):
    assert is_stamp_line(line) is stamp


def test_drupals_submitted_line_its_weekday_settling_day_and_month():
    # Backdrop's "Gửi bởi X vào T5, 06/05/2025 - 08:00": month first, as the Thursday says (5 June;
    # 6 May was a Tuesday); the notice's own date in its text ("ngày 04 tháng 6 năm 2025") is not the post's
    html = ("<html><body><h1 class='page-title'>Thông báo số 45/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP</h1>"
            "<article class='node'><footer><p class='submitted'>Gửi bởi <span class='username'>Ban biên tập</span> vào "
            "T5, 06/05/2025 - 08:00</p></footer><div class='content'><p>LIÊN MINH HTX TỈNH HẬU GIANG</p>"
            "<p>Hậu Giang, ngày 04 tháng 6 năm 2025</p>" + BODY + "</div></article></body></html>")
    r = find_published(page(html), "https://x.vn/tin-tuc/thong-bao-so-45", fetched_at=FETCHED_LATER)
    assert r.published == datetime(2025, 6, 5, 8, 0, tzinfo=TZ)


FETCHED_LATER = datetime(2026, 1, 10, 9, 0, tzinfo=TZ)


def test_a_day_written_as_utcs_midnight_is_that_day():
    # Eleventy's front matter "date: 2025-11-18" printed as "2025-11-18T00:00:00Z": the day, no time
    # (not 07:00 in Vietnam); a real instant in UTC keeps its time
    for stamp, expected in (("2025-11-18T00:00:00Z", datetime(2025, 11, 18, 0, 0, tzinfo=TZ)),
                            ("2025-11-18T00:00:00+00:00", datetime(2025, 11, 18, 0, 0, tzinfo=TZ)),
                            ("2025-11-17T23:45:00Z", datetime(2025, 11, 18, 6, 45, tzinfo=TZ)),
                            # an instant a program stored, to the millisecond (Wix's)
                            ("2024-08-08T00:00:00.000Z", datetime(2024, 8, 8, 7, 0, tzinfo=TZ))):
        html = (f'<html><head><meta property="article:published_time" content="{stamp}"></head><body>'
                f"<h1>Năm việc HTX cần làm khi chuyển đổi theo Luật HTX 2023</h1>{BODY}</body></html>")
        r = find_published(page(html), "https://x.vn/blog/5-viec/", fetched_at=FETCHED_LATER)
        assert r.published == expected, stamp


def test_utcs_midnight_to_the_millisecond_is_a_day_on_a_site_that_writes_days_so():
    # VuePress prints the front matter's "date: 2025-06-10" as "2025-06-10T00:00:00.000Z": on a site
    # whose pages showed that (`midnight_days`) it is the day; elsewhere an instant (Wix's 07:00)
    html = ('<html><head><meta property="article:published_time" content="2025-06-10T00:00:00.000Z"></head><body>'
            f"<h1>Kế hoạch tổ chức Tuần lễ giới thiệu sản phẩm HTX năm 2025</h1><p>10 tháng 6, 2025</p>{BODY}</body></html>")
    url = "https://x.vn/posts/ke-hoach-12.html"
    assert find_published(page(html), url, fetched_at=FETCHED_LATER, midnight_days=True).published \
        == datetime(2025, 6, 10, 0, 0, tzinfo=TZ)
    assert find_published(page(html), url, fetched_at=FETCHED_LATER).published == datetime(2025, 6, 10, 7, 0, tzinfo=TZ)
    # another time of day stays an instant on such a site
    other = html.replace("2025-06-10T00:00:00.000Z", "2025-06-09T23:15:00.000Z")
    assert find_published(page(other), url, fetched_at=FETCHED_LATER, midnight_days=True).published \
        == datetime(2025, 6, 10, 6, 15, tzinfo=TZ)


@pytest.mark.parametrize("published, modified, expected", [
    # VuePress: the front matter's "2025-03-14 21:30", typed in Vietnam, printed as UTC, after the
    # page's last change (its git commit, a true instant): the time as typed
    ("2025-03-14T21:30:00.000Z", "2025-03-14T14:52:10.000Z", datetime(2025, 3, 14, 21, 30, tzinfo=TZ)),
    # a true instant before its change (Hashnode's, Ghost's): the instant, in Vietnam
    ("2025-03-14T21:30:00.000Z", "2025-03-15T02:00:00.000Z", datetime(2025, 3, 15, 4, 30, tzinfo=TZ)),
    # a change before the typed time too: nothing says how to read the stamp but itself
    ("2025-03-14T21:30:00.000Z", "2025-03-14T09:00:00.000Z", datetime(2025, 3, 15, 4, 30, tzinfo=TZ)),
])
def test_a_utc_stamp_after_the_pages_last_change_is_the_time_as_typed(published, modified, expected):
    html = (f'<html><head><meta property="article:published_time" content="{published}">'
            f'<script type="application/ld+json">{{"@type":"Article","datePublished":"{published}",'
            f'"dateModified":"{modified}"}}</script></head><body>'
            f"<h1>HTX Chè Bằng Phúc ra mắt sản phẩm chè Shan tuyết</h1>{BODY}</body></html>")
    r = find_published(page(html), "https://x.vn/posts/htx-che-bang-phuc.html", fetched_at=FETCHED_LATER)
    assert r.published == expected


def test_another_threads_last_post_in_a_forums_index_dates_no_page():
    # Kunena's index: each category's last post under its link, "1 ngày 2 giờ trước" with its tooltip
    rows = "".join(f'<tr><td><h3><a href="/dien-dan/cat-{i}">Chuyên mục {i}</a></h3><div>Hoạt động của Liên minh HTX '
                   f'và các HTX trong tỉnh</div></td><td>7 Chủ đề</td><td><a href="/dien-dan/cat-{i}/12{i}-bai-viet-so-{i}">'
                   f'Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2025</a><br><span class="kdate" title="17 Thg 6 '
                   f'2025 08:15">1 ngày 2 giờ trước</span></td></tr>' for i in range(1, 4))
    html = f"<html><body><h1>Diễn đàn</h1><table>{rows}</table></body></html>"
    assert find_published(page(html), "https://x.vn/dien-dan", fetched_at=FETCHED_LATER).published is None


# Seed 000: Đắk Nông WordPress, date only in the URL.
SEED_000 = """<html><head><title>Chi bộ Liên minh Hợp tác xã tổ chức sinh hoạt Chuyên đề</title></head><body>
<header id="masthead"><div class="top-bar"><span>Thứ bảy, 13/07/2024</span></div>
<div class="marquee">- Cán bộ, công chức, viên chức, người lao động đẩy mạnh việc “Học tập và làm theo tư tưởng, đạo đức,
phong cách Hồ Chí Minh”! - Nhiệt liệt chào mừng 20 năm ngày tái lập tỉnh Đắk Nông (01/01/2004 – 01/01/2024)!</div>
</header>
<article class="post"><h1 class="entry-title">Chi bộ Liên minh Hợp tác xã tổ chức sinh hoạt Chuyên đề: “Nâng cao hiệu quả
công tác Tuyên truyền phát triển kinh tế tập thể”</h1>
<div class="entry-content">
<p>Chiều ngày 29/3/2024, tại Hội trường Liên minh Hợp tác xã tỉnh, Chi bộ Liên minh Hợp tác xã tỉnh tổ chức sinh
hoạt chuyên đề, với chủ đề “Nâng cao hiệu quả công tác tuyền truyền kinh tế tập thể”.</p>
<p>Mục đích sinh hoạt chuyên đề nhằm cụ thể hoá công tác tuyên truyền phát triển kinh tế tập thể theo Kế hoạch số
127/KH-UBND ngày 07/3/2023 của UBND tỉnh Đắk Nông về thực hiện Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính
phủ, Chương trình hành động số 54-CTr/TU ngày 29/12/2022 của Tỉnh ủy Đắk Nông về thực hiện Nghị quyết số
20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm.</p>
<p>Quang cảnh buổi sinh hoạt chuyên đề</p>
<p>Vũ Anh Liệu - Chi bộ Liên minh Hợp tác xã tỉnh</p>
</div></article>
<div id="comments" class="comments-area"><h3>BÌNH LUẬN</h3></div>
<footer><p>Copyright 2024</p></footer></body></html>"""
FETCHED_000 = datetime(2024, 7, 13, 9, 0, tzinfo=TZ)
SEL_WP = dict(title_selectors=("h1.entry-title",), body_selectors=(".entry-content",))


def test_seed_000_date_from_url():
    url = "https://lmhtxdaknong.vn/2024/03/29/chi-bo-lien-minh-hop-tac-xa-to-chuc-sinh-hoat-chuyen-de/"
    r = find_published(page(SEED_000), url, fetched_at=FETCHED_000, **SEL_WP)
    assert r == DateResult(datetime(2024, 3, 29, tzinfo=TZ), "url", None)


def test_seed_000_event_date_alone_is_not_used():
    url = "https://lmhtxdaknong.vn/chi-bo-lien-minh-hop-tac-xa-to-chuc-sinh-hoat-chuyen-de/"
    for kw in (SEL_WP, {}):
        r = find_published(page(SEED_000), url, fetched_at=FETCHED_000, **kw)
        assert r.published is None, kw
        assert "banner" in r.missing_reason
        assert "ngày 29/3/2024" in r.missing_reason


def test_seed_000_without_fetch_date_banner_still_recognised_by_its_container():
    url = "https://lmhtxdaknong.vn/chi-bo-lien-minh/"
    r = find_published(page(SEED_000), url, **SEL_WP)
    assert r.published is None and "banner" in r.missing_reason


# Seed 002: vca.org.vn, "Ngày 6/1," and no date element.
SEED_002 = """<html><head><title>Công tác tuyên truyền về kinh tế tập thể</title></head><body>
<div class="header"><a href="/"><img src="logo.png"></a></div>
<div class="container"><div class="detail">
<p class="sapo-top">Trung tâm Thông tin - Tuyên truyền tổng kết công tác năm 2022, phương hướng nhiệm vụ năm 2023:</p>
<h1 class="title-detail">Công tác tuyên truyền về kinh tế tập thể, hợp tác xã trở thành nhiệm vụ trọng tâm</h1>
<div class="content-items">
<p>Ngày 6/1, Trung tâm Thông tin - Tuyên truyền tổ chức Hội nghị Tổng kết công tác năm 2022, phương hướng nhiệm vụ
công tác năm 2023. Tham dự Hội nghị có toàn thể cán bộ, nhân viên Trung tâm Thông tin - Tuyên truyền.</p>
<p>Trong năm 2023, Liên minh Hợp tác xã Việt Nam tiếp tục tham mưu triển khai: Nghị quyết số 20-NQ/TW ngày
16/6/2022 Nghị quyết Hội nghị lần thứ năm; Quyết định số 1804/QĐ-TTg ngày 13/11/2020 của Thủ tưởng Chính phủ.</p>
<p>Lê Huy</p>
</div></div></div>
<div class="footer"><p>Chịu trách nhiệm nội dung: Ông Nguyễn Mạnh Cường</p>
<p>Giấy phép số: 239/GP-TTDT ngày 11 tháng 12 năm 2020 của Cục Phát thanh truyền hình và TTĐT.</p>
<p>Copyright 2013 vca.org.vn - Technology Supported by ECPVietnam</p></div>
</body></html>"""
URL_002 = "https://vca.org.vn/cong-tac-tuyen-truyen-ve-kinh-te-tap-the-hop-tac-xa-tro-thanh-nhiem-vu-trong-tam-a25871.html"
SEL_VCA = dict(date_selectors=(".date-detail",), title_selectors=(".title-detail",), body_selectors=(".content-items",))
FETCHED_002 = datetime(2024, 6, 1, 8, 0, tzinfo=TZ)


def test_seed_002_year_less_without_evidence():
    r = find_published(page(SEED_002), URL_002, fetched_at=FETCHED_002, **SEL_VCA)
    assert r == DateResult(None, "", "year-less date '6/1' and no year evidence (URL, metadata, listing)")
    r = find_published(page(SEED_002), URL_002, fetched_at=FETCHED_002)  # no selectors at all
    assert r.published is None and r.missing_reason.startswith("year-less date '6/1'")


def test_seed_002_listing_date():
    r = find_published(page(SEED_002), URL_002, listing_date="06/01/2023", fetched_at=FETCHED_002, **SEL_VCA)
    assert r == DateResult(datetime(2023, 1, 6, tzinfo=TZ), "listing", None)
    r = find_published(page(SEED_002), URL_002, listing_date="2023-01-06", fetched_at=FETCHED_002, **SEL_VCA)
    assert (r.published, r.source) == (datetime(2023, 1, 6, tzinfo=TZ), "listing")


def test_seed_002_year_less_listing_completed_from_url_year():
    url = "https://vca.org.vn/2023/01/cong-tac-tuyen-truyen-a25871.html"
    r = find_published(page(SEED_002), url, listing_date="06/01", fetched_at=FETCHED_002, **SEL_VCA)
    assert r == DateResult(datetime(2023, 1, 6, tzinfo=TZ), "listing", None)


def test_seed_002_year_less_listing_without_url_year():
    r = find_published(page(SEED_002), URL_002, listing_date="06/01", fetched_at=FETCHED_002, **SEL_VCA)
    assert r == DateResult(None, "", "year-less date '06/01' and no year evidence (URL, metadata, listing)")


def test_year_less_listing_in_another_month_than_the_url():
    url = "https://vca.org.vn/2023/01/cong-tac-tuyen-truyen-a25871.html"
    r = find_published(page(SEED_002), url, listing_date="28/12", fetched_at=FETCHED_002, **SEL_VCA)
    assert r.published is None and "does not match URL" in r.missing_reason


def test_seed_002_year_less_event_with_url_year_is_still_not_used():
    url = "https://vca.org.vn/2023/01/cong-tac-tuyen-truyen-a25871.html"
    r = find_published(page(SEED_002), url, fetched_at=FETCHED_002, **SEL_VCA)
    assert r.published is None and "'6/1'" in r.missing_reason


# Seed 004: an official document published as an article.
SEED_004 = """<html><body>
<div class="header"><div class="date-now">Thứ Năm, 30/05/2024</div></div>
<div class="detail"><h1 class="title">Kế hoạch Tuyên truyền Kỷ niệm 30 năm ngày Thành lập Liên minh Hợp tác xã Việt Nam</h1>
<div class="body">
<table><tr><td><p>LIÊN MINH HTX TỈNH THÁI BÌNH</p><p>Số: 04/KH-LMHTX</p></td>
<td><p>CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM</p><p>Độc lập - Tự do - Hạnh phúc</p>
<p><em>Thái Bình, ngày 01 tháng 3 năm 2023</em></p></td></tr></table>
<p><strong>KẾ HOẠCH</strong></p>
<p>Tuyên truyền Kỷ niệm 30 năm ngày Thành lập Liên minh Hợp tác xã Việt Nam (29/10/1993 - 29/10/2023)</p>
<p>Thực hiện Kế hoạch số 778/KH-LMHTXVN ngày 24/10/2022 của Ban Chấp hành Liên minh Hợp tác xã Việt Nam về tổ chức
các hoạt động Kỷ niệm 30 năm ngày Thành lập Liên minh Hợp tác xã Việt Nam.</p>
<p>Tổ chức truyền truyền từ tháng 4 đến tháng 11 năm 2023; đợt cao điểm từ ngày 15/10 đến 15/11/ 2023.</p>
<p>Nơi nhận:</p><p>TM. BAN THƯỜNG VỤ</p><p>Trần Văn Toán</p>
</div></div></body></html>"""
URL_004 = "https://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-tuyen-truyen-ky-niem-30-nam-5678.html"


def test_seed_004_document_date():
    r = find_published(page(SEED_004), URL_004, title_selectors=("h1.title",), body_selectors=(".body",), fetched_at=FETCHED)
    assert r == DateResult(datetime(2023, 3, 1, tzinfo=TZ), "document", None)
    r = find_published(page(SEED_004), URL_004, fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2023, 3, 1, tzinfo=TZ), "document")


def test_document_date_loses_to_page_evidence():
    url = "https://lienminhhtx.thaibinh.gov.vn/2023/03/03/ke-hoach/"
    r = find_published(page(SEED_004), url, fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2023, 3, 3, tzinfo=TZ), "url")


def test_place_and_date_inside_a_sentence_is_not_a_document_date():
    html = """<html><body><h1>Tin</h1><div class="body"><p>Liên minh HTX tỉnh tổ chức hội nghị tổng kết, ngày 6/1/2023.</p>
    </div></body></html>"""
    r = find_published(page(html), "https://x.vn/a.html", body_selectors=(".body",), fetched_at=FETCHED)
    assert r.published is None


# ---------------------------------------------------------------------------------------------
# find_published: metadata
# ---------------------------------------------------------------------------------------------


def simple(head: str = "", article: str = "", extra: str = "") -> str:
    return f"""<html><head><title>Tin</title>{head}</head><body>
<div class="header"><span>Thứ Năm, 30/05/2024</span></div>
<div class="wrap"><div class="detail"><h1 class="title">Hội nghị tổng kết công tác năm 2022</h1>{article}
<div class="content"><p>Nội dung bài viết về hợp tác xã.</p></div></div>{extra}</div>
<footer><time datetime="2024-05-30">30/05/2024</time></footer></body></html>"""


SEL = dict(date_selectors=(".date",), title_selectors=("h1.title",), body_selectors=(".content",))
URL = "https://x.vn/tin-tuc/hoi-nghi-tong-ket-1234.html"


@pytest.mark.parametrize(
    "head",
    [
        '<meta property="article:published_time" content="2023-01-06T15:30:00+07:00">',
        '<meta property="og:published_time" content="2023-01-06T08:30:00Z">',
        '<meta itemprop="datePublished" content="2023-01-06T15:30:00">',
        '<meta name="pubdate" content="2023-01-06T15:30:00+07:00">',
        '<meta name="publishdate" content="2023-01-06 15:30:00">',
        '<meta name="DC.date.issued" content="2023-01-06T15:30:00+07:00">',
        '<meta name="dcterms.created" content="06/01/2023 15:30">',
        '<meta name="date" content="2023-01-06T15:30:00+07:00">',
    ],
)
def test_metadata_only_page(head):
    r = find_published(page(simple(head)), URL, fetched_at=FETCHED, **SEL)
    assert r == DateResult(datetime(2023, 1, 6, 15, 30, tzinfo=TZ), "metadata", None)
    assert r.published.isoformat() == "2023-01-06T15:30:00+07:00"


@pytest.mark.parametrize("date_meta", [
    '<meta name="date" content="2023-01-06">',
    # the key in any of its attributes, in any case
    '<meta property="article:published" itemprop="DatePublished" content="2023-01-06">',
])
def test_date_only_metadata_takes_its_time_from_a_stamp_of_the_same_day(date_meta):
    head = date_meta + """<script type="application/ld+json">{"@type": "NewsArticle",
    "datePublished": "2023-01-06T08:30:00+01:00"}</script>"""
    r = find_published(page(simple(head)), URL, fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2023, 1, 6, 14, 30, tzinfo=TZ), "metadata")


def test_date_only_metadata_is_not_replaced_by_another_days_stamp():
    head = """<meta name="date" content="2023-01-06"><script type="application/ld+json">
    {"@type": "NewsArticle", "datePublished": "2023-01-09T08:30:00+07:00"}</script>"""
    r = find_published(page(simple(head)), URL, fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2023, 1, 6, tzinfo=TZ), "metadata")


def test_modified_time_is_not_publication():
    head = '<meta property="article:modified_time" content="2023-01-06T15:30:00+07:00">'
    r = find_published(page(simple(head)), URL, fetched_at=FETCHED, **SEL)
    assert r.published is None


def test_published_beats_modified_in_jsonld():
    head = """<script type="application/ld+json">{"@type": "NewsArticle", "dateModified": "2023-02-01T10:00:00+07:00",
    "datePublished": "2023-01-06T15:30:00+07:00"}</script>"""
    r = find_published(page(simple(head)), URL, fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2023, 1, 6, 15, 30, tzinfo=TZ), "metadata")


def test_jsonld_graph():
    head = """<script type="application/ld+json">
    {"@context": "https://schema.org", "@graph": [
      {"@type": "WebSite", "@id": "https://x.vn/#website", "name": "Liên minh HTX"},
      {"@type": "WebPage", "@id": "https://x.vn/a#webpage", "datePublished": "2024-05-29T00:00:00+07:00"},
      {"@type": "NewsArticle", "headline": "Hội nghị", "datePublished": "2023-01-06T15:30:00+07:00",
       "dateModified": "2023-01-07T09:00:00+07:00"}]}
    </script>"""
    r = find_published(page(simple(head)), URL, fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2023, 1, 6, 15, 30, tzinfo=TZ), "metadata")


def test_broken_jsonld_falls_back_to_regex():
    head = """<script type="application/ld+json">{"@type": "Article", "datePublished": "2023-01-06T15:30:00+07:00",}</script>"""
    r = find_published(page(simple(head)), URL, fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2023, 1, 6, 15, 30, tzinfo=TZ), "metadata")


def test_itemprop_element():
    article = '<span itemprop="datePublished" content="2023-01-06T15:30:00+07:00">06/01/2023</span>'
    r = find_published(page(simple(article=article)), URL, fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2023, 1, 6, 15, 30, tzinfo=TZ), "metadata")


def test_time_element_in_article_area():
    article = '<div class="meta"><time class="entry-date published" datetime="2023-01-06T15:30:00+07:00">06/01/2023</time>' \
        '<time class="updated" datetime="2023-03-01T10:00:00+07:00">01/03/2023</time></div>'
    r = find_published(page(simple(article=article)), URL, fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2023, 1, 6, 15, 30, tzinfo=TZ), "date-element")  # a visible <time> is the site's date element


def test_time_in_footer_is_ignored():
    r = find_published(page(simple()), URL, fetched_at=FETCHED, **SEL)
    assert r.published is None
    assert "banner" in r.missing_reason


def test_time_in_sidebar_is_ignored():
    extra = '<div class="sidebar"><ul><li><a href="/b">Tin khác</a><time datetime="2023-01-06">06/01/2023</time></li></ul></div>'
    r = find_published(page(simple(extra=extra)), URL, fetched_at=FETCHED, **SEL)
    assert r.published is None


def test_wordpress_article_header_is_not_furniture():
    html = """<html><body><header class="site-header"><div class="date">Thứ Năm, 30/05/2024</div></header>
    <main><article><header class="entry-header"><h1 class="entry-title">Tiêu đề</h1>
    <div class="entry-meta"><time class="entry-date published" datetime="2023-01-06T15:30:00+07:00">06/01/2023</time></div>
    </header><div class="entry-content"><p>Nội dung.</p></div>
    <footer class="entry-footer"><span class="date">06/01/2023</span></footer></article></main></body></html>"""
    r = find_published(page(html), URL, fetched_at=FETCHED, date_selectors=(".date",), **SEL_WP)
    assert (r.published, r.source) == (datetime(2023, 1, 6, 15, 30, tzinfo=TZ), "date-element")


def test_metadata_equal_to_fetch_date_needs_corroboration():
    head = '<meta property="article:published_time" content="2024-05-30T10:00:00+07:00">'
    r = find_published(page(simple(head)), URL, fetched_at=FETCHED, **SEL)
    assert r.published is None and "equals the fetch date" in r.missing_reason
    r = find_published(page(simple(head)), "https://x.vn/2024/05/30/hoi-nghi/", fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2024, 5, 30, 10, 0, tzinfo=TZ), "metadata")


def test_metadata_and_element_agree():
    head = '<meta property="article:published_time" content="2023-01-06T15:30:00+07:00">'
    article = '<div class="date">Thứ Sáu, 06/01/2023</div>'
    r = find_published(page(simple(head, article)), URL, fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2023, 1, 6, 15, 30, tzinfo=TZ), "metadata")


def test_utc_metadata_one_day_off_still_agrees():
    head = '<meta property="article:published_time" content="2023-01-05T20:00:00Z">'  # 06/01 03:00 in Vietnam
    article = '<div class="date">05/01/2023</div>'
    r = find_published(page(simple(head, article)), URL, fetched_at=FETCHED, **SEL)
    assert r.source == "metadata"


# ---------------------------------------------------------------------------------------------
# find_published: conflicts, year-less elements, future dates
# ---------------------------------------------------------------------------------------------


def test_conflict_metadata_vs_explicit_element_prefers_element():
    head = '<meta property="article:published_time" content="2023-01-06T15:30:00+07:00">'
    article = '<div class="date">Thứ Hai, 24/10/2022</div>'
    r = find_published(page(simple(head, article)), URL, fetched_at=FETCHED, **SEL)
    assert r == DateResult(datetime(2022, 10, 24, tzinfo=TZ), "date-element", None)


def test_conflict_metadata_vs_year_less_element():
    head = '<meta property="article:published_time" content="2023-01-06T15:30:00+07:00">'
    article = '<div class="date">24/10</div>'
    r = find_published(page(simple(head, article)), URL, fetched_at=FETCHED, **SEL)
    assert r.published is None
    assert r.missing_reason.startswith("conflicting dates")
    assert "'24/10'" in r.missing_reason


def test_conflict_metadata_vs_url():
    head = '<meta property="article:published_time" content="2023-01-06T15:30:00+07:00">'
    r = find_published(page(simple(head)), "https://x.vn/2022/10/24/hoi-nghi/", fetched_at=FETCHED, **SEL)
    assert r == DateResult(None, "", "conflicting dates: metadata 2023-01-06, url 2022-10-24")


def test_conflict_majority_wins():
    head = '<meta property="article:published_time" content="2023-01-06T15:30:00+07:00">'
    article = '<div class="date">Thứ Hai, 24/10/2022</div>'
    r = find_published(page(simple(head, article)), "https://x.vn/2023/01/06/hoi-nghi/", fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2023, 1, 6, 15, 30, tzinfo=TZ), "metadata")


def test_conflict_element_vs_url():
    article = '<div class="date">Thứ Hai, 24/10/2022</div>'
    r = find_published(page(simple(article=article)), "https://x.vn/2023/01/06/hoi-nghi/", fetched_at=FETCHED, **SEL)
    assert r == DateResult(None, "", "conflicting dates: date element 2022-10-24, url 2023-01-06")


def test_listing_never_overrides_page_evidence():
    article = '<div class="date">Thứ Hai, 24/10/2022</div>'
    r = find_published(page(simple(article=article)), URL, listing_date="06/01/2023", fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2022, 10, 24, tzinfo=TZ), "date-element")


def test_year_less_element_with_url_year():
    article = '<div class="date">12/01</div>'
    r = find_published(page(simple(article=article)), "https://x.vn/2023/01/hoi-nghi/", fetched_at=FETCHED, **SEL)
    assert r == DateResult(datetime(2023, 1, 12, tzinfo=TZ), "date-element", None)


def test_year_less_element_with_listing_year():
    article = '<div class="date">Thứ Sáu, 06/01 - 15:30</div>'
    r = find_published(page(simple(article=article)), URL, listing_date="06/01/2023", fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2023, 1, 6, 15, 30, tzinfo=TZ), "date-element")


def test_year_less_element_without_evidence():
    article = '<div class="date">12/01</div>'
    r = find_published(page(simple(article=article)), URL, fetched_at=FETCHED, **SEL)
    assert r == DateResult(None, "", "year-less date '12/01' and no year evidence (URL, metadata, listing)")


def test_two_digit_year_in_date_element():
    article = '<div class="date">06/01/23</div>'
    r = find_published(page(simple(article=article)), URL, fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2023, 1, 6, tzinfo=TZ), "date-element")


def test_future_date_rejected():
    article = '<div class="date">Thứ Hai, 24/10/2030</div>'
    r = find_published(page(simple(article=article)), URL, fetched_at=FETCHED, **SEL)
    assert r.published is None and "future" in r.missing_reason
    head = '<meta property="article:published_time" content="2030-01-06T15:30:00+07:00">'
    r = find_published(page(simple(head)), URL, fetched_at=FETCHED, **SEL)
    assert r.published is None and "future" in r.missing_reason


def test_future_url_date_rejected():
    r = find_published(page(simple()), "https://x.vn/2024/06/15/hoi-nghi/", fetched_at=FETCHED, **SEL)
    assert r.published is None and "future" in r.missing_reason


def test_implausible_metadata_rejected():
    head = '<meta property="article:published_time" content="0001-01-01T00:00:00">'
    r = find_published(page(simple(head)), URL, fetched_at=FETCHED, **SEL)
    assert r.published is None
    head = '<meta property="article:published_time" content="1970-01-01T00:00:00">'
    r = find_published(page(simple(head)), URL, fetched_at=FETCHED, **SEL)
    assert r.published is None and "implausible" in r.missing_reason


@pytest.mark.parametrize(
    "line, expected",
    [
        ("Ngày 24-02-2022 - Lượt xem: 37", datetime(2022, 2, 24, tzinfo=TZ)),  # Hậu Giang
        ("(09:15 | 30/05/2024)", datetime(2024, 5, 30, 9, 15, tzinfo=TZ)),  # Kiên Giang
        ("Cập nhật: 15/02/2017 04:54:18", datetime(2017, 2, 15, 4, 54, 18, tzinfo=TZ)),  # Hải Dương
        ("Đăng ngày: 06/01/2023 | Tác giả: Lê Huy", datetime(2023, 1, 6, tzinfo=TZ)),
        ("14:05 ngày 02/02/2023", datetime(2023, 2, 2, 14, 5, tzinfo=TZ)),
    ],
)
def test_portal_date_lines(line, expected):
    html = simple(article=f'<div class="date">{line}</div>')
    r = find_published(page(html), URL, fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (expected, "date-element")
    r = find_published(page(html), URL, fetched_at=FETCHED)  # found by the text search too
    assert (r.published, r.source) == (expected, "date-element")


@pytest.mark.parametrize(
    "line",
    [
        "Ảnh chụp ngày 24/10/2022",  # a caption, not a date line
        "Ngày 6/1/2023, Trung tâm tổ chức Hội nghị",  # a sentence lead (event)
        "Kỷ niệm (29/10/1993 - 29/10/2023)",  # a range
        "Theo Quyết định số 1804/QĐ-TTg ngày 13/11/2020",  # cited
    ],
)
def test_text_search_rejects_non_date_lines(line):
    html = simple(article=f"<p>{line}</p>")
    r = find_published(page(html), URL, fetched_at=FETCHED, title_selectors=("h1.title",))
    assert r.published is None


def test_text_search_stays_near_the_title():
    filler = "".join(f"<p>Đoạn văn số {i} nói về phát triển kinh tế tập thể, hợp tác xã trong giai đoạn mới.</p>" for i in range(8))
    html = simple(article=filler + "<p>06/01/2023</p>")
    r = find_published(page(html), URL, fetched_at=FETCHED, title_selectors=("h1.title",))
    assert r.published is None


def test_no_date_at_all():
    html = "<html><body><h1>Tiêu đề</h1><div class='content'><p>Không có ngày.</p></div></body></html>"
    r = find_published(page(html), URL, fetched_at=FETCHED)
    assert r == DateResult(None, "", "no date found")


def test_result_invariant_and_nfd_page():
    html = unicodedata.normalize("NFD", seed_001())
    r = find_published(page(html), URL_001, fetched_at=FETCHED, **SEL_001)
    assert (r.published, r.source, r.missing_reason) == (datetime(2022, 10, 24, tzinfo=TZ), "date-element", None)


def test_timing_typical_page():
    """find_published must stay well under 5 ms when a date element or metadata exists."""
    menu = "".join(f'<li><a href="/c{i}">Chuyên mục {i}</a></li>' for i in range(150))
    related = "".join(f'<li><a href="/t{i}">Tin liên quan số {i}</a> <span class="date">({i % 28 + 1}/10/2022)</span></li>' for i in range(30))
    html = seed_001().replace('<ul class="nav">', f'<ul class="nav">{menu}').replace("<ul><li>", f"<ul>{related}<li>")
    html = html.replace(BODY_001, BODY_001 * 6)
    doc = page(html)
    n = 200
    t = timeit.timeit(lambda: find_published(doc, URL_001, fetched_at=FETCHED, **SEL_001), number=n) / n
    head = '<meta property="article:published_time" content="2022-10-24T08:00:00+07:00">'
    doc2 = page(html.replace("</head>", head + "</head>").replace('<div class="date">Thứ Hai, 24/10/2022</div>', ""))
    t2 = timeit.timeit(lambda: find_published(doc2, URL_001, fetched_at=FETCHED, **SEL_001), number=n) / n
    print(f"\nfind_published: date element {t * 1000:.3f} ms, metadata {t2 * 1000:.3f} ms")
    assert t < 0.005 and t2 < 0.005


def test_date_element_in_the_title_container_with_header_class():
    html = """<html><body><div class="header"><span class="date">Thứ Năm, 30/05/2024</span></div>
    <div class="news-detail"><h1 class="title">Tiêu đề bài viết về hợp tác xã</h1>
    <div class="detail-header-info"><span class="date">Thứ Hai, 24/10/2022</span></div>
    <div class="content"><p>Nội dung.</p></div>
    <div class="tin-lien-quan"><span class="date">12/10/2022</span></div></div></body></html>"""
    r = find_published(page(html), URL, fetched_at=FETCHED, **SEL)
    assert (r.published, r.source) == (datetime(2022, 10, 24, tzinfo=TZ), "date-element")


def test_related_list_dates_in_the_title_container_are_not_used():
    html = """<html><body><div class="news-detail"><h1 class="title">Tiêu đề bài viết về hợp tác xã</h1>
    <div class="content"><p>Nội dung.</p></div>
    <div class="tinlienquan"><ul><li><a href="/a">Tin cũ</a> <span class="date">12/10/2022</span></li></ul></div>
    <div class="other-news"><span class="date">11/10/2022</span></div></div></body></html>"""
    r = find_published(page(html), URL, fetched_at=FETCHED, **SEL)
    assert r.published is None


def test_fallback_title_prefers_the_one_matching_the_page_title():
    html = """<html><head><title>Hội nghị tổng kết công tác năm 2022 - Liên minh HTX</title></head><body>
    <div class="logo"><h1>Liên minh Hợp tác xã tỉnh</h1></div><div class="ngay-thang">Thứ Hai, 27/05/2024</div>
    <div class="detail"><h1>Hội nghị tổng kết công tác năm 2022</h1><div class="d">Thứ Sáu, 06/01/2023</div>
    <div class="content"><p>Nội dung.</p></div></div></body></html>"""
    r = find_published(page(html), URL, fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2023, 1, 6, tzinfo=TZ), "date-element")


def test_ambiguous_fallback_title_disables_the_text_search():
    # two <h1>, neither matching <title>: the logo could be taken for the title and the
    # stale banner below it for the date line, so no text date at all
    html = """<html><head><title>Liên minh HTX</title></head><body>
    <div class="logo"><h1>Liên minh Hợp tác xã tỉnh</h1></div><div class="ngay-thang">Thứ Hai, 27/05/2024</div>
    <div class="detail"><h1>Hội nghị tổng kết công tác năm 2022</h1>
    <div class="content"><p>Nội dung.</p></div></div></body></html>"""
    r = find_published(page(html), URL, fetched_at=FETCHED)
    assert r.published is None


def test_comments_and_entities_in_markup():
    html = """<html><body><h1 class="title">Tiêu đề bài viết về hợp tác xã</h1><!-- ngày đăng -->
    <div class="date">Thứ&nbsp;Hai,&nbsp;24/10/2022<!-- x --></div><div class="content"><p>Nội dung.</p></div></body></html>"""
    r = find_published(page(html), URL, fetched_at=FETCHED, title_selectors=("h1.title",))
    assert (r.published, r.source) == (datetime(2022, 10, 24, tzinfo=TZ), "date-element")


def test_timing_fallback_path():
    """No metadata/element/URL: the text search walks the page; report it, keep it modest."""
    menu = "".join(f'<li><a href="/c{i}">Chuyên mục {i}</a></li>' for i in range(150))
    html = SEED_000.replace('<div class="marquee">', f'<ul class="menu">{menu}</ul><div class="marquee">')
    doc = page(html)
    n = 100
    url = "https://lmhtxdaknong.vn/chi-bo-lien-minh/"
    t = timeit.timeit(lambda: find_published(doc, url, fetched_at=FETCHED_000, **SEL_WP), number=n) / n
    print(f"\nfind_published fallback (no date): {t * 1000:.3f} ms")
    assert t < 0.05


def test_document_date_needs_a_document_number_nearby():
    html = SEED_004.replace("<p>Số: 04/KH-LMHTX</p>", "")
    r = find_published(page(html), URL_004, title_selectors=("h1.title",), body_selectors=(".body",), fetched_at=FETCHED)
    assert r.published is None


def test_document_number_without_colon_and_numeric_date():
    html = """<html><body><h1>Thông báo kết luận</h1><div class="body"><p>Số 12/TB-LMHTX</p>
    <p>Hà Nội, ngày 06/01/2023</p><p>THÔNG BÁO</p></div></body></html>"""
    r = find_published(page(html), URL, body_selectors=(".body",), fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2023, 1, 6, tzinfo=TZ), "document")


def test_document_numbers_with_dates_inside_are_not_dates():
    assert find_dates("Quyết định số 12/01/2023/QĐ-UBND") == []
    assert find_dates("Thông tư 01.01.2023/TT-BTC") == []


# ---------------------------------------------------------------------------------------------
# Portals first seen in generic mode (issue 9): .NET times, the date above the title, the
# labelled date at the end, the posting date over a document's own date
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, hour, minute",
    [
        ("05/04/2024 2:30:00 CH", 14, 30),  # ASP.NET/DotNetNuke, vi-VN "dd/MM/yyyy h:mm:ss tt"
        ("05/04/2024 9:05:00 SA", 9, 5),
        ("05/04/2024 12:15:00 SA", 0, 15),
        ("05/04/2024 12:15:00 CH", 12, 15),
        ("2:30 CH, 05/04/2024", 14, 30),
        ("05/04/2024 3:40 PM", 15, 40),
        ("05/04/2024 8:40 sáng", 8, 40),
        ("05/04/2024 lúc 3 giờ chiều", 15, 0),
        ("05/04/2024 8h tối", 20, 0),
        ("05/04/2024 15:40 chiều", 15, 40),
    ],
)
def test_am_pm_times(text, hour, minute):
    m = one(text)
    assert (m.day, m.month, m.year, m.hour, m.minute) == (5, 4, 2024, hour, minute)
    assert parse_date(text, now=FETCHED) == datetime(2024, 4, 5, hour, minute, tzinfo=TZ)


@pytest.mark.parametrize(
    "text, hour",
    [
        ("Khai mạc 05/04/2024 2:30 CHÍNH THỨC", 2),  # "CH" starting a word is no marker
        ("05/04/2024 3:40 chiều dài sân", 3),  # "chiều dài" (length), not the afternoon
        ("05/04/2024 13:40:00 SA", None),  # a contradiction: no time at all
    ],
)
def test_am_pm_markers_that_are_not(text, hour):
    assert one(text).hour == hour


def test_period_words_before_a_date_stay_event_cues():
    m = one("3 giờ chiều ngày 5/4/2024, Liên minh tổ chức hội nghị")
    assert m.event and m.hour is None


def test_net_date_lines_are_date_lines():
    from crawler.dates import is_date_line

    assert is_date_line("Ngày đăng: 05/04/2024 3:40:00 CH")
    assert is_date_line("Ngày xuất bản: 05/04/2024 9:05:00 SA")
    assert not is_date_line("Ngày đăng: 05/04/2024 3:40:00 CHO")


DNN = """<html><head><title>Liên minh HTX tỉnh &gt; Tin tức</title></head><body><form id="Form"><table>
<tr><td class="topbar"><span class="DateToken">Thứ Năm, 30/05/2024</span></td></tr>
<tr><td class="contentpane"><div class="DNNModuleContent">
<div class="c_title">Hỗ trợ HTX tham gia Hội chợ nông sản Măng Đen</div>
<div class="c_date"><span>Ngày đăng: 14/06/2023 2:30:00 CH</span></div>
<div class="c_content"><p>Từ ngày 10 đến 13/6, Liên minh HTX tỉnh hỗ trợ 14 HTX tham gia Hội chợ.</p>{doc}</div>
</div></td></tr></table></form></body></html>"""
DNN_URL = "https://lienminhhtx.kontum.gov.vn/Tin-tuc/ItemID/1519/View/Details.aspx"


def test_net_date_line_after_the_title():
    r = find_published(page(DNN.format(doc="")), DNN_URL, fetched_at=FETCHED, title_selectors=(".c_title",))
    assert (r.published, r.source) == (datetime(2023, 6, 14, 14, 30, tzinfo=TZ), "date-element")


def test_labelled_date_line_without_a_title():
    r = find_published(page(DNN.format(doc="")), DNN_URL, fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2023, 6, 14, 14, 30, tzinfo=TZ), "date-element")


DOCUMENT = """<p><b>Số: 18/TB-LMHTX</b></p><p>Kon Tum, ngày 03 tháng 4 năm 2023</p><p>THÔNG BÁO</p>
<p>Ngày 29/3/2023, Thường trực Liên minh làm việc với 9 hợp tác xã.</p>"""


def test_posting_date_wins_over_the_documents_own_date():
    # Kon Tum 1502: the page was posted on 14/06 15:40, the notice inside it is dated 03/04
    r = find_published(page(DNN.format(doc=DOCUMENT)), DNN_URL, fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2023, 6, 14, 14, 30, tzinfo=TZ), "date-element")
    r = find_published(page(DNN.format(doc=DOCUMENT)), DNN_URL, fetched_at=FETCHED, title_selectors=(".c_title",))
    assert r.published == datetime(2023, 6, 14, 14, 30, tzinfo=TZ)
    # the body known but not the title: the labelled line above the body is still read
    r = find_published(page(DNN.format(doc=DOCUMENT)), DNN_URL, fetched_at=FETCHED, body_selectors=(".c_content",))
    assert (r.published, r.source) == (datetime(2023, 6, 14, 14, 30, tzinfo=TZ), "date-element")
    # an unlabelled posting line with its time, and no title: still the posting date
    html = DNN.format(doc=DOCUMENT).replace("Ngày đăng: ", "")
    r = find_published(page(html), DNN_URL, fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2023, 6, 14, 14, 30, tzinfo=TZ), "text")
    # without any posting line the document's own date stays the answer
    html = DNN.format(doc=DOCUMENT).replace('<div class="c_date"><span>Ngày đăng: 14/06/2023 2:30:00 CH</span></div>', "")
    r = find_published(page(html), DNN_URL, fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2023, 4, 3, tzinfo=TZ), "document")


LIFERAY = """<html><body><div class="topbar"><span class="today">{banner}</span></div>
<div id="content"><section class="portlet"><header class="portlet-topper"><h2>Tin hoạt động</h2></header>
<div class="portlet-body"><div class="news-detail">
<div class="news-date"><i class="icon-calendar"></i> {line}</div>
<h3 class="news-title">Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 8, khóa VI</h3>
<div class="journal-content-article"><p>Ngày 13/7, Ban Chấp hành Liên minh HTX tỉnh tổ chức Hội nghị lần thứ 8.</p></div>
</div></div></section></div></body></html>"""
LIFERAY_URL = "https://lienminhhtx.baria-vungtau.gov.vn/tin-hoat-dong/-/view_content/content/2531877/hoi-nghi"


def test_date_line_just_above_the_title():
    html = LIFERAY.format(banner="Thứ Năm, ngày 30/05/2024", line="Thứ Sáu, 14/07/2023 08:40")
    r = find_published(page(html), LIFERAY_URL, fetched_at=FETCHED, title_selectors=("h3.news-title",))
    assert (r.published, r.source) == (datetime(2023, 7, 14, 8, 40, tzinfo=TZ), "date-element")


def test_todays_banner_above_the_title_is_not_the_date():
    # today's date right above the title, even in the title's container, is the site's banner
    html = LIFERAY.format(banner="", line="Thứ Năm, 30/05/2024")
    r = find_published(page(html), LIFERAY_URL, fetched_at=FETCHED, title_selectors=("h3.news-title",))
    assert r.published is None
    # a banner outside the title's container is never read as its date line, whatever its date
    html = """<html><body><div class="ngay">Thứ Hai, 27/05/2024</div>
    <div class="wrap"><div class="box"><h1 class="t">Hội nghị Ban Chấp hành Liên minh HTX tỉnh</h1>
    <div class="c"><p>Ngày 13/7, Ban Chấp hành Liên minh HTX tỉnh tổ chức Hội nghị.</p></div></div></div></body></html>"""
    r = find_published(page(html), LIFERAY_URL, fetched_at=FETCHED, title_selectors=("h1.t",))
    assert r.published is None


def test_above_the_title_only_the_nearest_line():
    html = LIFERAY.format(banner="", line="Thứ Sáu, 14/07/2023 08:40").replace(
        '<h3 class="news-title">', '<div class="kicker">Tin hoạt động</div><h3 class="news-title">')
    r = find_published(page(html), LIFERAY_URL, fetched_at=FETCHED, title_selectors=("h3.news-title",))
    assert r.published is None


WORDPRESS = """<html><head><title>Đại hội đại biểu lần thứ VI - LMHTX</title></head><body>
<div class="top-header"><span class="today">Thứ Năm, ngày 30 tháng 5 năm 2024</span></div>
<main class="site-main"><div class="col-main"><article class="post-detail">
<h1 class="post-title">Liên minh HTX tỉnh tổ chức Đại hội đại biểu lần thứ VI</h1>
<div class="post-meta"><span>Đăng bởi: quantri</span> <span>Lượt xem: 502</span></div>
<div class="post-content"><p>Ngày 21/3, Liên minh HTX tỉnh tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2023 - 2028.</p>
<p>Nhiệm kỳ 2018 - 2023, số HTX trên địa bàn tỉnh tăng từ 312 lên 468 HTX; doanh thu bình quân đạt 2,2 tỷ
đồng/HTX/năm, gấp 1,6 lần đầu nhiệm kỳ.</p><p>Nhiều HTX đã hình thành chuỗi liên kết sản xuất - tiêu thụ các sản phẩm
chủ lực của tỉnh như quế, chè, măng tre Bát Độ, cá nước lạnh và du lịch cộng đồng.</p></div>
{after}
</article>{related}</div></div></main></body></html>"""
WORDPRESS_URL = "https://lienminhhtxyenbai.org.vn/lien-minh-htx-tinh-to-chuc-dai-hoi"
RELATED = """<div class="k1"><div class="k2">Bài viết cùng chuyên mục</div>
<div class="k3"><a href="/quy-ho-tro">Quỹ hỗ trợ phát triển HTX tỉnh giải ngân đợt 2</a><div class="k4">Ngày đăng: 02/07/2024 16:00</div></div>
<div class="k3"><a href="/mu-cang-chai">HTX du lịch cộng đồng Mù Cang Chải đón mùa nước đổ</a><div class="k4">Ngày đăng: 28/05/2024 07:45</div></div></div>"""


@pytest.mark.parametrize("label", ["Ngày đăng:", "Đăng ngày", "Ngày xuất bản:", "Posted on", "Published:"])
def test_labelled_publication_date_after_the_body(label):
    html = WORDPRESS.format(after=f'<div class="post-date">{label} 22/03/2023 08:30</div>', related=RELATED)
    r = find_published(page(html), WORDPRESS_URL, fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2023, 3, 22, 8, 30, tzinfo=TZ), "date-element")
    body = {"body_selectors": (".post-content",)}
    r = find_published(page(html), WORDPRESS_URL, fetched_at=FETCHED, **body)
    assert (r.published, r.source) == (datetime(2023, 3, 22, 8, 30, tzinfo=TZ), "date-element")


def test_unlabelled_or_update_lines_after_the_body_are_not_the_date():
    for line in ("22/03/2023 08:30", "Cập nhật: 22/03/2023 08:30"):
        html = WORDPRESS.format(after=f'<div class="post-date">{line}</div>', related="")
        assert find_published(page(html), WORDPRESS_URL, fetched_at=FETCHED).published is None


def test_related_box_dates_after_the_body_never_count():
    # the other articles' dates, labelled like a publication date, in boxes with meaningless classes
    one_item = RELATED.split('<div class="k3">')
    one_item = '<div class="k3">'.join(one_item[:2]) + "</div>"  # a box of one: no disagreement to see
    for box in (RELATED, one_item):
        html = WORDPRESS.format(after="", related=box)
        assert find_published(page(html), WORDPRESS_URL, fetched_at=FETCHED).published is None
        html = WORDPRESS.format(after=box, related="")  # even inside the article element
        assert find_published(page(html), WORDPRESS_URL, fetched_at=FETCHED).published is None
    html = WORDPRESS.format(after="<ul><li>Ngày đăng: 28/05/2024 07:45</li></ul>", related="")
    assert find_published(page(html), WORDPRESS_URL, fetched_at=FETCHED).published is None


def test_labelled_dates_that_disagree_give_none():
    after = '<div class="a">Ngày đăng: 22/03/2023 08:30</div><div class="b">Ngày đăng: 25/03/2023 10:00</div>'
    html = WORDPRESS.format(after=after, related="")
    assert find_published(page(html), WORDPRESS_URL, fetched_at=FETCHED).published is None


# ---------------------------------------------------------------------------------------------
# Third blind set (issue 9): the posting date in a table's label and value cells (SharePoint),
# month-first en-US .NET times, the date only in a WordPress URL
# ---------------------------------------------------------------------------------------------

SHAREPOINT = """<html><head><title>HTX lúa - tôm Mỹ Xuyên ký kết bao tiêu lúa hữu cơ</title></head><body>
<form id="aspnetForm"><div class="st-topbar"><span class="st-today">Thứ Năm, ngày 30/05/2024</span></div>
<div id="contentBox"><h1 id="pageTitle">Liên minh Hợp tác xã tỉnh Sóc Trăng</h1><div class="article-page">
<div class="ms-rtestate-field st-title">HTX lúa - tôm Mỹ Xuyên ký kết bao tiêu lúa hữu cơ</div>
<div class="ms-rtestate-field st-body"><p>HTX Hòa Tú ký hợp đồng bao tiêu 300 ha lúa hữu cơ trên đất nuôi tôm với một
doanh nghiệp xuất khẩu gạo, giá cao hơn thị trường 10%.</p><p>Thành viên được hỗ trợ giống, phân bón hữu cơ
và hướng dẫn kỹ thuật canh tác theo tiêu chuẩn.</p>{more}</div>
<table class="ms-formtable st-fields">{rows}</table>
</div></div></form></body></html>"""
SHAREPOINT_URL = "https://soctrang.gov.vn/lmhtx/Pages/htx-lua-tom-my-xuyen-ky-ket-bao-tieu.aspx"
SP_TITLE = {"title_selectors": (".st-title",)}


def _row(label: str, value: str) -> str:
    return f'<tr><td class="ms-formlabel">{label}</td><td class="ms-formbody">{value}</td></tr>'


def test_label_cell_and_value_cell_read_as_one_line():
    rows = _row("Ngày đăng", "22/08/2023 10:05") + _row("Tác giả", "Ngọc Hân") + _row("Lượt xem", "318")
    for kw in (SP_TITLE, {}):  # with the title known, and found by the fallback
        r = find_published(page(SHAREPOINT.format(rows=rows, more="")), SHAREPOINT_URL, fetched_at=FETCHED, **kw)
        assert (r.published, r.source) == (datetime(2023, 8, 22, 10, 5, tzinfo=TZ), "date-element")


def test_label_and_value_helper():
    doc = page(SHAREPOINT.format(rows=_row("Tác giả:", " Ngọc\n Hân ") + _row("Ngày 5", "x"), more=""))
    cells = doc.findall(".//td")
    assert label_and_value(cells[0]) == ("Tác giả", "Ngọc Hân")
    assert label_and_value(cells[1]) is None  # the value cell has no cell after it
    assert label_and_value(cells[2]) is None  # a digit: not a label
    assert label_and_value(doc.find(".//p")) is None


@pytest.mark.parametrize(
    "rows",
    [
        # a metadata table of a cited document: its own dates, not the page's
        _row("Số hiệu", "12/KH-LMHTX") + _row("Ngày ban hành", "01/03/2024") + _row("Ngày hiệu lực", "15/03/2024"),
        # a table of documents after the body: "Ngày đăng" heads a column, the dates below are
        # other posts' (a bare date line right under the title would be the page's date line)
        "<tr><th>Số hiệu</th><th>Ngày đăng</th><th>Trích yếu</th></tr>"
        "<tr><td>12/KH-LMHTX</td><td>01/03/2024</td><td>Kế hoạch tổ chức Hội chợ</td></tr>",
        _row("Ngày đăng", "Xem chi tiết") + _row("Tác giả", "22/08/2023 10:05"),  # value cell is no date
    ],
)
def test_label_cells_that_are_not_the_publication_date(rows):
    more = "" if "ban hành" in rows else "<p>" + "Các HTX khác trong tỉnh sẽ được nhân rộng mô hình. " * 6 + "</p>"
    r = find_published(page(SHAREPOINT.format(rows=rows, more=more)), SHAREPOINT_URL, fetched_at=FETCHED, **SP_TITLE)
    assert r.published is None


ASPNET_EN = """<html><head><title>Liên minh HTX tỉnh Lai Châu tổng kết công tác năm 2023</title></head><body>
<div class="duong-dan"><a href="/">Trang chủ</a> » <a href="/tin-tuc-su-kien.html">Tin tức - Sự kiện</a></div>
<div class="chi-tiet"><h1 class="tieu-de-chi-tiet">Liên minh HTX tỉnh Lai Châu tổng kết công tác năm 2023</h1>
<div class="thong-tin"><span class="ngay-dang">Ngày đăng: {when}</span> <span class="luot-xem">Lượt xem: 204</span></div>
<div class="noi-dung-chi-tiet"><p>Chiều 26/12, Liên minh HTX tỉnh Lai Châu tổ chức hội nghị tổng kết công tác năm
2023, triển khai nhiệm vụ năm 2024.</p><p>Năm 2023, toàn tỉnh thành lập mới 31 HTX, nâng tổng số lên 289 HTX.</p>
</div></div></body></html>"""
ASPNET_EN_URL = "https://lienminhhtxlaichau.vn/tin-tuc-su-kien/lien-minh-htx-tinh-tong-ket-nam-2023-1011.html"


def test_month_first_date_that_cannot_be_day_first():
    html = ASPNET_EN.format(when="12/27/2023 2:05:30 PM")
    r = find_published(page(html), ASPNET_EN_URL, fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2023, 12, 27, 14, 5, 30, tzinfo=TZ), "date-element")
    # the page wins over a listing that disagrees, as for any date line
    r = find_published(page(html), ASPNET_EN_URL, fetched_at=FETCHED, listing_date="26/12/2023")
    assert r.published == datetime(2023, 12, 27, 14, 5, 30, tzinfo=TZ)
    assert is_date_line("Ngày đăng: 7/16/2024 3:20:45 PM   Lượt xem: 204")
    assert parse_date("12/27/2023") is None  # a short string alone stays day-first only
    assert find_dates("Kế hoạch 12/27/2023 của Liên minh") == []  # running text too
    # with dashes too (vBulletin's "01-29-2026, 07:15")
    r = find_published(page(ASPNET_EN.format(when="12-27-2023, 14:05")), ASPNET_EN_URL, fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2023, 12, 27, 14, 5, tzinfo=TZ), "date-element")
    assert find_dates("Kế hoạch 12-27-2023 của Liên minh") == []


@pytest.mark.parametrize(
    "listing, expected",
    [
        ("06/07/2024", datetime(2024, 7, 6, 15, 20, 45, tzinfo=TZ)),  # the listing agrees month-first
        ("07/06/2024", datetime(2024, 6, 7, 15, 20, 45, tzinfo=TZ)),  # ... day-first
        (None, None),  # nothing decides: no date
        ("20/03/2024", None),  # the listing agrees with neither reading
    ],
)
def test_ambiguous_en_us_date_line_needs_other_evidence(listing, expected):
    html = ASPNET_EN.format(when="7/6/2024 3:20:45 PM")
    r = find_published(page(html), ASPNET_EN_URL, fetched_at=FETCHED + (datetime(2024, 8, 1) - datetime(2024, 5, 1)),
                       listing_date=listing)
    if expected is None:
        assert r.published is None or r.source == "listing"
    else:
        assert (r.published, r.source) == (expected, "date-element")


def test_ambiguous_en_us_date_line_alone_is_not_read():
    when = FETCHED + (datetime(2024, 8, 1) - datetime(2024, 5, 1))
    r = find_published(page(ASPNET_EN.format(when="7/6/2024 3:20:45 PM")), ASPNET_EN_URL, fetched_at=when)
    assert r.published is None and "reads both" in (r.missing_reason or "")


@pytest.mark.parametrize(
    "order, listing, expected",
    [
        ("month-first", None, datetime(2024, 7, 6, 15, 20, 45, tzinfo=TZ)),  # the site's other pages decide
        ("day-first", None, datetime(2024, 6, 7, 15, 20, 45, tzinfo=TZ)),
        ("month-first", "07/06/2024", datetime(2024, 6, 7, 15, 20, 45, tzinfo=TZ)),  # the page's own evidence first
        (None, None, None),
    ],
)
def test_ambiguous_en_us_date_line_read_in_the_sites_order(order, listing, expected):
    when = FETCHED + (datetime(2024, 8, 1) - datetime(2024, 5, 1))
    r = find_published(page(ASPNET_EN.format(when="7/6/2024 3:20:45 PM")), ASPNET_EN_URL, fetched_at=when,
                       listing_date=listing, date_order=order)
    assert r.published == expected


@pytest.mark.parametrize(
    "text, shown",
    [
        ("Ngày đăng: 12/27/2023 2:05:30 PM", {"month-first"}),
        ("Cập nhật: 27/12/2023 2:05 PM", {"day-first"}),
        ("Ngày đăng: 7/6/2024 3:20:45 PM", set()),  # reads both ways: shows nothing
        ("Ngày 27/12/2023, Liên minh HTX tổ chức hội nghị", set()),  # no 12-hour clock: a writer's date
        ("3/14/2024", {"plain:month-first"}),  # a blog's unpadded date line (Weebly's)
        ("Đăng ngày 25/3/2024", {"plain:day-first"}),
        ("2023-12-27 2:05 PM", set()),  # year first: no day/month order to learn
        # a two-digit year's stamp is a server's, either order (PHP's "%D %T" is month-first)
        ("03/16/26 09:10:00 · Ban biên tập", {"month-first"}),
        ("26/02/26 21:45", {"day-first"}),
        ("03/04/26 15:40:00", set()),
    ],
)
def test_orders_shown(text, shown):
    assert orders_shown(text) == shown


@pytest.mark.parametrize(
    "when, order, expected",
    [
        ("03/16/26 09:10:00", None, datetime(2026, 3, 16, 9, 10, tzinfo=TZ)),  # only month-first is a date
        ("03/04/26 15:40:00", "month-first", datetime(2026, 3, 4, 15, 40, tzinfo=TZ)),  # the site's pages decide
        ("03/04/26 15:40:00", "day-first", datetime(2026, 4, 3, 15, 40, tzinfo=TZ)),
        ("03/04/26 15:40:00", None, None),  # nothing decides: no date, a wrong one being worse
        ("26/02/26 21:45", None, datetime(2026, 2, 26, 21, 45, tzinfo=TZ)),
    ],
)
def test_a_two_digit_years_stamp_is_read_in_the_sites_order(when, order, expected):
    # Pico's default "%D %T" under a post's title: "03/04/26 15:40:00" is 4 March where the site's
    # other stamps ("03/16/26") show month-first; read day-first it was 3 April, a wrong date
    html = (f"<html><body><main><h2>{TITLE9}</h2><p class='meta'>{when} &middot; Ban biên tập</p>{TEXT9}</main>"
            "</body></html>")
    doc = page(html)
    r = find_published(doc, "https://x.vn/tin-tuc/bai", fetched_at=datetime(2026, 6, 1, tzinfo=TZ),
                       title_element=doc.find(".//h2"), date_order=order)
    assert r.published == expected


@pytest.mark.parametrize(
    "line, expected",
    [
        ("05/04/2024 3:40 PM", datetime(2024, 4, 5, 15, 40, tzinfo=TZ)),  # zero-padded: a day-first format
        ("7/6/2024 3:20 CH", datetime(2024, 6, 7, 15, 20, tzinfo=TZ)),  # vi-VN designator: day-first
        ("7/6/2024", datetime(2024, 6, 7, tzinfo=TZ)),  # no en-US mark: day-first, as every portal
        ("6/6/2024 3:20 PM", datetime(2024, 6, 6, 15, 20, tzinfo=TZ)),  # reads the same both ways
    ],
)
def test_day_first_lines_stay_day_first(line, expected):
    when = FETCHED + (datetime(2024, 8, 1) - datetime(2024, 5, 1))
    r = find_published(page(ASPNET_EN.format(when=line)), ASPNET_EN_URL, fetched_at=when)
    assert r.published == expected


def test_date_only_in_a_wordpress_url():
    url = "https://lienminhhtxcantho.vn/2024/03/05/ke-hoach-ho-tro-htx-chuyen-doi-so-nam-2024/"
    assert url_date(url) == date(2024, 3, 5)
    html = WORDPRESS.format(after="", related="").replace('<div class="post-meta"><span>Đăng bởi: quantri</span>',
                                                          '<div class="post-meta"><span>Thanh Tâm</span>')
    r = find_published(page(html), url, fetched_at=FETCHED)
    assert (r.published, r.source) == (datetime(2024, 3, 5, tzinfo=TZ), "url")


def test_ambiguous_en_us_date_line_settled_by_the_url():
    when = FETCHED + (datetime(2024, 8, 1) - datetime(2024, 5, 1))
    html = ASPNET_EN.format(when="7/6/2024 3:20:45 PM")
    r = find_published(page(html), "https://lienminhhtxlaichau.vn/2024/07/06/tong-ket", fetched_at=when)
    assert (r.published, r.source) == (datetime(2024, 7, 6, 15, 20, 45, tzinfo=TZ), "date-element")


def test_labelled_cells_found_when_the_title_is_a_sidebar_link():
    # the page's title also names a sidebar link to the page ("Tin tiêu điểm"): that link says
    # nothing of where the article is, so the labelled line is looked for on the whole page
    rows = _row("Ngày đăng", "22/08/2023 10:05")
    html = SHAREPOINT.format(rows=rows, more="").replace(
        '<div id="contentBox">', '<div class="sidenav"><ul><li><a href="/lmhtx/Pages/htx-lua-tom.aspx">'
        'HTX lúa - tôm Mỹ Xuyên ký kết bao tiêu lúa hữu cơ</a></li></ul></div><div id="contentBox">')
    doc = page(html)
    link = doc.find(".//li/a")
    r = find_published(doc, SHAREPOINT_URL, fetched_at=FETCHED, title_element=link)
    assert r.published == datetime(2023, 8, 22, 10, 5, tzinfo=TZ)


@pytest.mark.parametrize("text, day, month", [
    ("Submitted by quantri on Thu, 03/07/2024 - 08:12", 7, 3),  # Drupal's US format: Thursday 7 March
    ("Submitted by quantri on Thu, 03/14/2024 - 08:12", 14, 3),  # read, not skipped as 3 of month 14
    ("Thứ Năm, 07/03/2024", 7, 3),  # day-first, and the weekday agrees
    ("Chủ nhật, ngày 10/3/2024", 10, 3),
    ("Thu, 03/08/2024", 3, 8),  # a weekday neither reading fits decides nothing: day-first as always
])
def test_a_weekday_decides_which_reading_a_date_is(text, day, month):
    m = find_dates(text)[0]
    assert (m.day, m.month, m.year) == (day, month, 2024)


def test_a_weekday_teaches_the_sites_order():
    assert orders_shown("Submitted by quantri on Thu, 03/07/2024 - 08:12") == set()  # no 12-hour clock: no lesson
    assert find_dates("Thu, 03/07/2024")[0].order_shown == "month-first"
    assert find_dates("Thứ Năm, 07/03/2024")[0].order_shown == "day-first"


DRUPAL = """<html><head><title>HTX gà đồi Yên Thế mở rộng liên kết tiêu thụ | Liên minh HTX tỉnh Bắc Giang</title></head>
<body><div id="page"><h1 id="page-title">HTX gà đồi Yên Thế mở rộng liên kết tiêu thụ</h1>
<div class="submitted">Submitted by quantri on {when}</div><div class="field-name-body"><p>HTX Chăn nuôi gà đồi
Đồng Tâm vừa ký hợp đồng cung ứng gà thịt cho hai chuỗi cửa hàng thực phẩm tại Hà Nội, mỗi tháng khoảng 8 tấn.</p>
<p>HTX hiện có 47 thành viên với tổng đàn gần 120.000 con, chăn nuôi theo quy trình VietGAP.</p></div></div></body></html>"""


@pytest.mark.parametrize("when, expected", [("Thu, 03/07/2024 - 08:12", datetime(2024, 3, 7, 8, 12, tzinfo=TZ)),
                                            ("Thu, 03/14/2024 - 08:12", datetime(2024, 3, 14, 8, 12, tzinfo=TZ))])
def test_a_submitted_by_line_is_the_date_line(when, expected):
    r = find_published(page(DRUPAL.format(when=when)), "https://lmhtx.bacgiang.gov.vn/tin-tuc/htx-ga-doi", fetched_at=FETCHED)
    assert (r.published, r.source) == (expected, "date-element")


def test_the_date_at_the_end_of_the_breadcrumb_row_above_the_title():
    html = """<html><body><div class="col-content"><div class="row row-breadcrumb"><div class="col-md-8">
    <ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/chuyen-muc/tin">Tin tức</a></li></ol></div>
    <div class="col-md-4"><span class="time"><i class="fa fa-clock-o"></i> 04/11/2023 07:55:10</span></div></div>
    <div class="news-detail"><h2 class="news-title">HTX kẹo dừa Thành Thới tăng tốc sản xuất cuối năm</h2>
    <p>Ba tháng cuối năm, HTX Kẹo dừa Thành Thới tăng ca, nâng sản lượng lên 6 tấn kẹo mỗi ngày để kịp đơn hàng.</p>
    </div></div></body></html>"""
    doc = page(html)
    r = find_published(doc, "https://lmhtx.vinhlong.gov.vn/tin-tuc/htx-keo-dua", fetched_at=FETCHED,
                       title_element=doc.find(".//h2"))
    assert (r.published, r.source) == (datetime(2023, 11, 4, 7, 55, 10, tzinfo=TZ), "date-element")
    # a sidebar's list of news ending with a date is no such row: its date is another article's
    links = "".join(f'<li><a href="/tin/{i}">Tin {i}</a></li>' for i in range(5))
    doc = page(html.replace('<ol class="breadcrumb">', f'<ul>{links}</ul><ol class="breadcrumb">'))
    r = find_published(doc, "https://lmhtx.vinhlong.gov.vn/tin-tuc/htx-keo-dua", fetched_at=FETCHED,
                       title_element=doc.find(".//h2"))
    assert r.published is None


def test_a_page_builders_widget_classes_say_nothing_of_furniture():
    # Elementor wraps every block in "elementor-widget", the title's too: the post-info line is read
    html = """<html><body><div class="elementor-widget elementor-widget-heading"><h1>Tập huấn kỹ năng bán hàng
    trực tuyến cho cán bộ quản lý HTX</h1></div><div class="elementor-widget elementor-widget-post-info"><ul>
    <li itemprop="datePublished"><time class="entry-date published" datetime="2023-10-24T09:15:00+07:00">24/10/2023</time></li>
    <li>2 phút đọc</li></ul></div><div class="elementor-widget elementor-widget-text-editor"><p>Từ ngày 22 đến 23/10,
    Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 85 cán bộ quản lý HTX.</p></div></body></html>"""
    doc = page(html)
    r = find_published(doc, "https://lmhtx.dongnai.gov.vn/tin-hoat-dong/tap-huan/", fetched_at=FETCHED,
                       title_element=doc.find(".//h1"))
    assert r.published == datetime(2023, 10, 24, 9, 15, tzinfo=TZ)


def test_a_date_in_its_own_element_inside_the_title_heading():
    html = """<html><body><div class="detail"><h1 class="title-detail">HTX Nông nghiệp Tùng Lộc đưa bưởi Phúc Trạch
    lên sàn <span class="date-detail">(14/03/2024 08:30)</span></h1><div class="content-detail"><p>Sau một năm mở
    gian hàng trực tuyến, HTX đã bán được hơn 40 tấn bưởi Phúc Trạch qua các sàn thương mại điện tử.</p></div>
    </div></body></html>"""
    doc = page(html)
    r = find_published(doc, "https://hatinh.gov.vn/lmhtx/tin-tuc/4521/htx-tung-loc.html", fetched_at=FETCHED,
                       title_element=doc.find(".//h1"))
    assert (r.published, r.source) == (datetime(2024, 3, 14, 8, 30, tzinfo=TZ), "date-element")
    # a year-less date there may be the event's: no date from it
    doc = page(html.replace("(14/03/2024 08:30)", "(14/3)"))
    r = find_published(doc, "https://hatinh.gov.vn/lmhtx/tin-tuc/4521/htx-tung-loc.html", fetched_at=FETCHED,
                       title_element=doc.find(".//h1"))
    assert r.published is None


def test_a_posts_hatom_published_time_in_its_footer():
    html = """<html><body><div class="blog-posts"><h2 class="date-header"><span>Thứ Năm, 14 tháng 3, 2024</span></h2>
    <div class="post hentry" itemscope itemtype="http://schema.org/BlogPosting"><h3 class="post-title">HTX Xoài Mỹ Xương
    xuất khẩu 20 tấn xoài cát Chu sang Hàn Quốc</h3><div class="post-body"><p>Lô hàng gồm 20 tấn xoài cát Chu đạt tiêu chuẩn
    xuất khẩu, được thu mua từ vườn của 42 thành viên HTX.</p></div><div class="post-footer"><span class="post-author">Đăng
    bởi Liên minh HTX Đồng Tháp</span> <span class="post-timestamp">lúc <a href="/2024/03/x.html"><abbr class="published"
    title="2024-03-14T08:30:00+07:00">08:30</abbr></a></span></div></div></div></body></html>"""
    doc = page(html)
    r = find_published(doc, "https://lmhtx-dongthap.blogspot.com/2024/03/x.html", fetched_at=FETCHED,
                       title_element=doc.find(".//h3"))
    assert r.published == datetime(2024, 3, 14, 8, 30, tzinfo=TZ)


# ---------------------------------------------------------------------------------------------
# set 9's forms and stamps: CLDR's "thg", English month names, a time item, zones, updates
# ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text, dmy",
    [
        ("14 thg 3, 2024", (14, 3, 2024)),  # Odoo's and Google's vi locale
        ("March 14, 2024", (14, 3, 2024)),
        ("Mar. 5, 2024", (5, 3, 2024)),
        ("14 March 2024", (14, 3, 2024)),
        ("12. May 2025", (12, 5, 2025)),  # a German CMS's day and its full stop (phpwcms' lists)
        ("thg 6 04 2025", (4, 6, 2025)),  # ICU's "MMM dd yyyy" in vi (XWiki's blog date)
        ("Tháng 3 14, 2024", (14, 3, 2024)),  # an English template's order in Vietnamese words
        ("12 Tháng Ba 2026", (12, 3, 2026)),  # Django's vi locale: the month in words
        ("Thứ Năm, 12 Tháng ba 2026", (12, 3, 2026)),
        ("6 Tháng Mười Một, 2025", (6, 11, 2025)),  # Hugo's
        ("Tháng Mười Hai 5, 2025", (5, 12, 2025)),  # WordPress's "F j, Y" in vi
        ("12 tháng Năm 2024", (12, 5, 2024)),
        ("13. Tháng Năm 2024 08:30", (13, 5, 2024)),  # .NET's "d. MMMM yyyy" in vi-VN (BlogEngine.NET's)
        ("13. tháng 5, 2024", (13, 5, 2024)),
    ],
)
def test_spelled_month_forms(text, dmy):
    m = one(text)
    assert (m.day, m.month, m.year) == dmy


def test_a_count_of_months_is_no_month_name():
    # "six months of 2024": "năm" is the year here, not May
    assert find_dates("Kết quả 6 tháng năm 2024 của các HTX") == []


def test_a_date_line_with_its_clock_after_lúc():
    m = one("Thứ Năm, 14 thg 3, 2024 lúc 8:30")
    assert (m.day, m.month, m.year, m.hour, m.minute) == (14, 3, 2024, 8, 30)


@pytest.mark.parametrize("stamp, expected", [
    ("Wed Nov 20 2019 08:00:58 GMT+0000", datetime(2019, 11, 20, 15, 0, 58, tzinfo=TZ)),
    ("Nov 19, 2019 7:47 PM ET", datetime(2019, 11, 20, 7, 47, tzinfo=TZ)),
    ("November 20, 2019 13:42", datetime(2019, 11, 20, 13, 42, tzinfo=TZ)),  # no zone: Vietnam time
])
def test_a_stamp_with_its_zone_is_read_in_it(stamp, expected):
    assert parse_date(stamp, now=datetime(2025, 1, 1, tzinfo=TZ)) == expected


TITLE9 = "Liên minh HTX tỉnh triển khai nhiệm vụ năm 2024"
TEXT9 = "<p>" + "Liên minh HTX tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2024 với các hợp tác xã. " * 4 + "</p>"


@pytest.mark.parametrize("clock, hm", [("8:30 sáng", (8, 30)), ("2:15 chiều", (14, 15)), ("9:05 chiều", (21, 5))])
def test_a_themes_time_item_beside_its_date_item(clock, hm):
    # Elementor's post info: the date and the time in items of their own (WordPress's vi locale
    # marks every p.m. time "chiều")
    html = (f'<html><body><article><h1>{TITLE9}</h1><ul class="post-info"><li><span>14 Tháng 3, 2024</span></li>'
            f'<li><span>{clock}</span></li><li><a href="/author/x/">lienminhhtx</a></li>'
            f'<li><a href="/bai/#respond">Không có bình luận</a></li></ul>{TEXT9}</article></body></html>')
    r = find_published(page(html), "https://x.vn/bai/", fetched_at=FETCHED)
    assert r.published == datetime(2024, 3, 14, *hm, tzinfo=TZ)


def test_a_date_only_metadata_takes_the_pages_time_of_the_same_day():
    html = (f'<html><head><meta property="article:published_time" content="2024-03-14"></head><body><article>'
            f'<h1>{TITLE9}</h1><p class="date">14/03/2024 08:30</p>{TEXT9}</article></body></html>')
    r = find_published(page(html), "https://x.vn/bai/", fetched_at=FETCHED)
    assert r.published == datetime(2024, 3, 14, 8, 30, tzinfo=TZ)


def test_a_last_update_stamp_is_never_the_date():
    html = (f'<html><head><meta property="article:published_time" content="2018-01-29T13:12:59-08:00"></head><body>'
            f'<article><h1>{TITLE9}</h1><div class="entry-meta"><span class="posted-on"><time class="entry-updated '
            f'updated" itemprop="dateUpdated">February 1, 2019</time></span></div>{TEXT9}</article></body></html>')
    r = find_published(page(html), "https://x.vn/bai/", fetched_at=FETCHED)
    assert r.published == datetime(2018, 1, 30, 4, 12, 59, tzinfo=TZ)
    # WordPress marks a post never updated "published updated": that one is the date
    html = (f'<html><body><article><h1>{TITLE9}</h1><div class="entry-meta"><time class="entry-date published '
            f'updated">March 14, 2024</time></div>{TEXT9}</article></body></html>')
    assert find_published(page(html), "https://x.vn/bai/", fetched_at=FETCHED).published == datetime(2024, 3, 14, tzinfo=TZ)


def test_a_teasers_date_under_the_title_is_not_the_pages():
    related = ('<div class="row"><div class="row-desc"><label>AUTO NEWS</label> <a href="/other-older-story.html"><h5>'
               'LA 2016: Turbocharged Nissan Sentra Nismo unleashed</h5></a><p class="row-info">November 16, 2016</p>'
               '</div></div>')
    html = (f'<html><head><meta name="pubdate" content="November 20, 2019 13:42"></head><body><h1>{TITLE9}</h1>'
            f'{related}{TEXT9}</body></html>')
    r = find_published(page(html), "https://x.vn/bai.html", fetched_at=datetime(2019, 11, 21, tzinfo=TZ))
    assert r.published == datetime(2019, 11, 20, 13, 42, tzinfo=TZ)


def test_a_back_buttons_link_beside_a_short_posts_date_makes_no_teaser_of_it():
    # GetSimple's News Manager: a one-sentence post, its date line, its tags and "<< Quay lại trang
    # trước" (history.back()) in one short block: the date is the post's, not a teaser's
    short = "HTX Dược liệu Chiêm Hóa trồng mới 25 ha ba kích tím dưới tán rừng, nâng diện tích lên 80 ha."
    html = (f'<html><body><article><h1>Tin tức</h1><div class="nm_post"><h3 class="nm_post_title">{TITLE9}</h3>'
            f'<p class="nm_post_date">Ngày đăng: 12/12/2025 08:45</p><div class="nm_post_content"><p>{short}</p></div>'
            f'<p class="nm_post_back"><a href="javascript:history.back()">&lt;&lt; Quay lại trang trước</a></p>'
            f'</div></article></body></html>')
    doc = page(html)
    r = find_published(doc, "https://x.vn/tin-tuc/post/bai", fetched_at=FETCHED_LATER, title_element=doc.find(".//h3"))
    assert (r.published, r.source) == (datetime(2025, 12, 12, 8, 45, tzinfo=TZ), "date-element")
    # the same block linking another article's title is a teaser's, as before (only a date-only line by
    # the title, the last resort, reads it)
    teaser = html.replace('href="javascript:history.back()">&lt;&lt; Quay lại trang trước',
                          'href="/tin-tuc/post/khac">HTX Cam sành Hàm Yên liên kết tiêu thụ quả')
    doc = page(teaser)
    r = find_published(doc, "https://x.vn/tin-tuc/post/bai", fetched_at=FETCHED_LATER, title_element=doc.find(".//h3"))
    assert r.source != "date-element"


def test_the_row_of_fields_under_the_text_dates_the_page():
    # PHP-Fusion's news: under the text, each field an element beside its icon, none labelled
    row = ("<div class='well'><span><i class='fa fa-user'></i><a href='../../profile.php?lookup=4'>Trần Thu Trang</a>"
           "</span><span><i class='fa fa-calendar'></i>08/05/2025 14:30</span><span><i class='fa fa-eye'></i>"
           "<span>1,561</span></span><a title='In' href='../../print.php?type=N&amp;item_id=50'>In</a></div>")
    html = f"<html><body><article><h2>{TITLE9}</h2><div class='news'>{TEXT9}</div>{row}</article></body></html>"
    doc = page(html)
    r = find_published(doc, "https://x.vn/news.php?readmore=50", fetched_at=FETCHED_LATER,
                       title_element=doc.find(".//h2"), body_element=doc.find(".//div[@class='news']"))
    assert (r.published, r.source) == (datetime(2025, 5, 8, 14, 30, tzinfo=TZ), "date-element")
    # a box of other articles under the text: their titles' links, no row of fields
    other = row.replace(">In<", ">HTX Cam sành Hàm Yên liên kết tiêu thụ 2.000 tấn quả<")
    doc = page(html.replace(row, other))
    r = find_published(doc, "https://x.vn/news.php?readmore=50", fetched_at=FETCHED_LATER,
                       title_element=doc.find(".//h2"), body_element=doc.find(".//div[@class='news']"))
    assert r.published is None


def test_another_posts_card_below_the_text_does_not_date_the_page():
    # a block theme's "Bài viết khác" query loop under a post whose template shows no date: each
    # card's <time> is its own post's; a poster's link beside a post's own <time> is no card
    cards = "".join(f'<li class="wp-block-post"><div class="wp-block-group"><h3 class="wp-block-post-title">'
                    f'<a href="/2026/03/bai-{i}/">HTX cà phê Đắk Mil xuất khẩu lô hàng số {i}</a></h3>'
                    f'<div class="wp-block-post-date"><time datetime="2026-03-1{i}T08:32:10+07:00">1{i} Tháng Ba, '
                    f'2026</time></div></div></li>' for i in range(4, 7))
    html = (f'<html><body><main><h1 class="wp-block-post-title">{TITLE9}</h1><div class="entry-content">{TEXT9}</div>'
            f'<h2>Bài viết khác</h2><div class="wp-block-query"><ul class="wp-block-post-template">{cards}</ul></div>'
            f'</main></body></html>')
    doc = page(html)
    r = find_published(doc, "https://x.vn/2026/03/bai/", fetched_at=datetime(2026, 4, 1, tzinfo=TZ),
                       title_element=doc.find(".//h1"))
    assert r.published is None
    meta_row = ('<div class="blog-post__meta"><a href="/blog/author/lien-minh-htx-tinh" rel="author">Liên minh HTX '
                'tỉnh Hưng Yên</a><time datetime="2024-03-08T10:00:00+07:00">8 thg 3, 2024</time></div>')
    doc = page(f'<html><body><article><h1>{TITLE9}</h1>{meta_row}{TEXT9}</article></body></html>')
    r = find_published(doc, "https://x.vn/blog/bai", fetched_at=FETCHED, title_element=doc.find(".//h1"))
    assert r.published == datetime(2024, 3, 8, 10, tzinfo=TZ)


@pytest.mark.parametrize("meta_line, expected", [
    # ProcessWire's meta: the date, then who and where ("bởi", "trong" are no year's noun)
    ('Đăng ngày 18 tháng 3, 2026 bởi <a href="/tac-gia/a/">Nông Văn An</a> trong <a href="/c/">Tin tức</a>',
     datetime(2026, 3, 18, tzinfo=TZ)),
    # October CMS: where, then when, with Carbon's short month
    ('Đăng trong <a href="/tin-tuc/chuyen-muc/hoat-dong">Hoạt động</a> ngày 14 Thg 3, 2026',
     datetime(2026, 3, 14, tzinfo=TZ)),
])
def test_a_posts_meta_line_saying_more_than_its_date_dates_it(meta_line, expected):
    html = f'<html><body><div class="post"><h1>{TITLE9}</h1><p class="info">{meta_line}</p>{TEXT9}</div></body></html>'
    doc = page(html)
    r = find_published(doc, "https://x.vn/tin-tuc/bai-viet/bai", fetched_at=datetime(2026, 4, 1, tzinfo=TZ),
                       title_element=doc.find(".//h1"))
    assert r.published == expected


def test_a_count_after_a_date_is_no_year():
    assert [(m.day, m.month, m.year) for m in find_dates("ngày 12 tháng 3, 2000 hộ dân tham gia")] == [(12, 3, None)]


def test_a_category_link_beside_the_date_names_no_other_article():
    meta_row = ('<div class="footer"><p><span class="news-list-date">18.01.2024</span> <span>Danh mục: '
                '<a href="/index.php?id=44&amp;c=2">Gương HTX điển hình</a></span></p></div>')
    html = (f'<html><body><div class="article" itemscope itemtype="http://schema.org/Article"><h3>{TITLE9}</h3>'
            f'{meta_row}{TEXT9}</div></body></html>')
    doc = page(html)
    r = find_published(doc, "https://x.vn/index.php?id=45", fetched_at=FETCHED, title_element=doc.find(".//h3"))
    assert r.published == datetime(2024, 1, 18, tzinfo=TZ)


def test_divis_month_abbreviation_reads_month_first():
    m = one("bởi Admin | Th3 18, 2026 | Tin tức")
    assert (m.day, m.month, m.year) == (18, 3, 2026)


@pytest.mark.parametrize("attribute, shown, expected", [
    # HubSpot: the attribute in UTC without its zone, the text in the reader's time
    ("2024-03-14 01:30:00", "14 thg 3, 2024 8:30:00 SA", datetime(2024, 3, 14, 8, 30, tzinfo=TZ)),
    ("2024-03-14 07:15:00", "14 thg 3, 2024 2:15:00 CH", datetime(2024, 3, 14, 14, 15, tzinfo=TZ)),
    # with its zone the attribute is exact, whatever the text
    ("2024-03-14T01:30:00Z", "14 thg 3, 2024 8:30:00 SA", datetime(2024, 3, 14, 8, 30, tzinfo=TZ)),
    # a text without a clock says nothing against the attribute's
    ("2024-03-14 10:30:00", "14/03/2024", datetime(2024, 3, 14, 10, 30, tzinfo=TZ)),
])
def test_a_time_elements_clock_without_a_zone_gives_way_to_the_clock_it_shows(attribute, shown, expected):
    html = (f'<html><body><article><h1>{TITLE9}</h1><div class="blog-post__meta"><time datetime="{attribute}">'
            f'{shown}</time></div>{TEXT9}</article></body></html>')
    assert find_published(page(html), "https://x.vn/blog/bai", fetched_at=FETCHED).published == expected


@pytest.mark.parametrize("listing, expected", [
    # Duda's month-first "2/3/2024" beside its listing's "3 thg 2, 2024": the reading the listing agrees with
    ("3 thg 2, 2024", datetime(2024, 2, 3, tzinfo=TZ)),
    # the listing agrees with the day-first reading, or with neither: day-first, as written here
    ("02/03/2024", datetime(2024, 3, 2, tzinfo=TZ)),
    ("10/01/2024", datetime(2024, 3, 2, tzinfo=TZ)),
    (None, datetime(2024, 3, 2, tzinfo=TZ)),
])
def test_an_unpadded_date_that_reads_both_ways_takes_the_reading_its_listing_agrees_with(listing, expected):
    html = (f'<html><body><div class="blog-post-wrapper"><h1 class="blog-post-title">{TITLE9}</h1>'
            f'<span class="blog-post-date">2/3/2024</span>{TEXT9}</div></body></html>')
    r = find_published(page(html), "https://x.vn/tin-tuc/bai", fetched_at=FETCHED, listing_date=listing)
    assert r.published == expected, r


def test_the_sites_month_first_order_outranks_a_listing_date_that_reads_both_ways_too():
    # Weebly: the site's pages show "3/14/2024"; its listing's "12/6/2023" is as ambiguous as the page's
    html = (f'<html><body><div class="blog-post"><h1 class="blog-title">{TITLE9}</h1>'
            f'<span class="date-text">12/6/2023</span>{TEXT9}</div></body></html>')
    r = find_published(page(html), "https://x.vn/blog/bai", fetched_at=FETCHED, listing_date="12/6/2023",
                       plain_order="month-first")
    assert r.published == datetime(2023, 12, 6, tzinfo=TZ), r


# ---------------------------------------------------------------------------------------------
# set 17's forms: e107's vi locale, a digit month and its year after a bare space
# ---------------------------------------------------------------------------------------------


def test_a_digit_month_with_its_year_after_a_space_and_the_clock_after_a_dash():
    # e107's news-info line: "%A %d %B %Y - %H:%M:%S" with the month as "Tháng 3"
    m = one("Đăng bởi admin, Thứ Sáu 20 Tháng 3 2026 - 08:30:00 | Bình luận: 1")
    assert (m.day, m.month, m.year, m.hour, m.minute, m.second, m.weekday) == (20, 3, 2026, 8, 30, 0, True)


def test_a_count_after_a_digit_month_without_a_comma_is_no_year():
    assert [(m.day, m.month, m.year) for m in find_dates("ngày 12 tháng 3 2000 hộ dân tham gia")] == [(12, 3, None)]
    assert find_dates("ngày 12 tháng 32026") == []


def test_a_news_info_line_with_a_spelled_digit_month_dates_the_post_at_its_time():
    info = ('<div class="news-info">Đăng bởi <a href="/user.php?id.1">admin</a>, Thứ Sáu 20 Tháng 3 2026 - 08:30:00'
            ' | <a href="/news.php?item.214.2">Bình luận: 1</a> | Lượt xem: 312</div>')
    html = f'<html><body><div class="view-item"><h2 class="news-title">{TITLE9}</h2>{info}{TEXT9}</div></body></html>'
    doc = page(html)
    r = find_published(doc, "https://x.vn/news.php?extend.214", fetched_at=datetime(2026, 4, 1, tzinfo=TZ),
                       title_element=doc.find(".//h2"))
    assert r.published == datetime(2026, 3, 20, 8, 30, tzinfo=TZ), r


def test_drupals_clock_after_its_fields_separator_and_its_rdfa_stamp():
    """Drupal writes "Ngày đăng: Thứ Ba, 12/03/2024 - 08:30" beside the poster's account, and
    an RDFa stamp of the node's creation; each alone gives the time."""
    fields = ('<div class="node__meta"><span class="node__date">Ngày đăng: Thứ Ba, 12/03/2024 - 08:30</span> '
              '<span class="node__user">Người đăng: <span>bientap01</span></span></div>')
    html = f"<html><body><article><h1>Tiêu đề bài viết về hợp tác xã</h1>{fields}{BODY}</article></body></html>"
    assert find_published(page(html), "https://x.vn/tin-tuc/bai", fetched_at=FETCHED).published \
        == datetime(2024, 3, 12, 8, 30, tzinfo=TZ)
    rdfa = ('<span property="schema:dateCreated" content="2024-03-12T08:30:00+07:00" class="hidden"></span>'
            '<div class="node__meta">Ngày đăng: 12/03/2024</div>')
    html = f"<html><body><article typeof='schema:Article'>{rdfa}<h1>Tiêu đề bài viết về hợp tác xã</h1>{BODY}</article></body></html>"
    r = find_published(page(html), "https://x.vn/tin-tuc/bai", fetched_at=FETCHED)
    assert r.published == datetime(2024, 3, 12, 8, 30, tzinfo=TZ)


def test_a_forums_post_time_beats_the_date_of_the_document_it_posts():
    # SMF: the first post's "« vào lúc: 05 Tháng Ba 2026, 14:10:02 »" over a plan dated three days before
    doc = page('<html><body><h2 class="display_title">Kế hoạch số 12/KH-LMHTX tập huấn kế toán cho HTX năm 2026</h2>'
               '<div class="postinfo"><a href="#msg2859">« <strong>vào lúc:</strong> 05 Tháng Ba 2026, 14:10:02 »</a></div>'
               '<div class="inner">LIÊN MINH HTX TỈNH TRÀ VINH<br>Số: 12/KH-LMHTX<br>Trà Vinh, ngày 02 tháng 3 năm 2026<br>'
               'KẾ HOẠCH<br>Nâng cao năng lực cho đội ngũ kế toán HTX, thực hiện đúng chế độ kế toán theo quy định.</div>'
               '<div class="postinfo">« <strong>Trả lời #1 vào lúc:</strong> 06 Tháng Ba 2026, 15:17:02 »</div></body></html>')
    found = find_published(doc, "http://diendan.example.vn/index.php?topic=409.0", fetched_at=FETCHED.replace(year=2026))
    assert found.published == datetime(2026, 3, 5, 14, 10, 2, tzinfo=TZ)


def test_a_forum_posts_relative_day_takes_its_tooltips_date_and_the_clock_after_it():
    """MyBB's post head "<span title="13-03-2026">Hôm qua</span>, 03:40 PM" above the first post:
    not the notice's own signing date in its text (11/3), not a reply's head, not the related
    threads' "2 giờ trước"."""
    def post(n: int, day: str, clock: str, text: str) -> str:
        return (f'<div class="post" id="post_{n}"><div class="post_head"><span class="post_date">'
                f'<span title="{day}">Hôm qua</span>, {clock} </span></div><div class="post_body">{text}</div></div>')
    notice = ("<p>LIÊN MINH HTX TỈNH BÌNH DƯƠNG</p><p>Số: 09/TB-LMHTX</p><p>Bình Dương, ngày 11 tháng 3 năm 2026</p>"
              + BODY)
    html = (f"<html><body><table><tr><td class='thead'><strong>Thông báo số 09/TB-LMHTX về hồ sơ hỗ trợ</strong></td></tr>"
            f"<tr><td id='posts'>{post(1, '13-03-2026', '03:40 PM', notice)}"
            f"{post(2, '13-03-2026', '04:53 PM', '<p>Cho hỏi mẫu đơn lấy ở đâu ạ?</p>')}</td></tr></table>"
            "<table><tr><td><a href='/Thread-x'>Chủ đề khác</a> <span title='14-03-2026, 09:05 AM'>2 giờ trước</span>"
            "</td></tr></table></body></html>")
    doc = page(html)
    holder = doc.xpath("//div[@id='post_1']/div[@class='post_body']")[0]
    r = find_published(doc, "https://f.vn/Thread-Thong-bao-so-09", fetched_at=datetime(2026, 3, 14, 11, 0, tzinfo=TZ),
                       text_holder=lambda: holder)
    assert (r.published, r.source) == (datetime(2026, 3, 13, 15, 40, tzinfo=TZ), "date-element")


def test_a_relative_time_in_a_related_box_is_no_date_of_a_page_whose_column_holds_the_text():
    """MyBB's photo thread read with the page's whole column as the text's holder: the related
    threads' "2 giờ trước" under it dates another thread; the post's own absolute stamp stands."""
    html = ("<html><body><div class='wrapper'><strong class='subject'>Ảnh: Phiên chợ nông sản HTX cuối tuần</strong>"
            "<div class='post'><span class='post_date'>24-01-2026, 07:45 AM</span>"
            f"<div class='post_body'>{BODY}</div></div>"
            "<table><tr><td><a href='/Thread-x'>Chủ đề khác</a> <span title='14-03-2026, 09:05 AM'>2 giờ trước</span>"
            "</td></tr></table></div></body></html>")
    doc = page(html)
    wrapper = doc.xpath("//div[@class='wrapper']")[0]
    r = find_published(doc, "https://f.vn/Thread-Anh-Phien-cho", fetched_at=datetime(2026, 3, 14, 11, 0, tzinfo=TZ),
                       title_element=doc.xpath("//strong")[0], body_element=wrapper)
    assert r.published == datetime(2026, 1, 24, 7, 45, tzinfo=TZ), r


def _ablog(cards: str, main_links: str = "") -> str:
    return ('<html><body><div class="bd-sidebar-primary bd-sidebar">' + cards + '</div>'
            '<main><article class="bd-article"><section><h1>Thông báo số 05/TB-LMHTX về lớp tập huấn chuyển đổi số</h1>'
            '<p>LIÊN MINH HTX TỈNH ĐẮK LẮK</p><p>Số: 05/TB-LMHTX</p><p>Đắk Lắk, ngày 15 tháng 4 năm 2025</p>'
            + BODY + main_links + '</section></article></main></body></html>')


def _card(day: str, links: str) -> str:
    return (f'<div class="ablog-sidebar-item ablog__postcard"><h2><i class="fa fa-calendar"></i><span>{day}</span></h2>'
            f'<ul><li><span>Cập nhật:</span> <span>22/04/2025 08:30</span></li>{links}</ul></div>')


AUTHOR_AND_SECTION = ('<li><a href="../../blog/author/vanphong.html">Văn phòng</a></li>'
                      '<li><a href="../../blog/category/thong-bao.html">Thông báo</a></li>')


@pytest.mark.parametrize("cards, expected", [
    # ABlog's post card, in the sidebar before the title: the post's date and time, not its notice's own date
    (_card("18/04/2025 10:00", AUTHOR_AND_SECTION), (datetime(2025, 4, 18, 10, 0, tzinfo=TZ), "date-element")),
    (_card("18/04/2025 10:00", '<li><a href="../../blog/tag/ocop.html">ocop</a></li>'),
     (datetime(2025, 4, 18, 10, 0, tzinfo=TZ), "date-element")),
    # a card linking another post is a teaser; two cards are a list's; a card naming no section is no post's card
    (_card("18/04/2025 10:00", AUTHOR_AND_SECTION + '<li><a href="/tin-tuc/2025/htx-ea-kiet.html">HTX Ea Kiết '
                                                    'xuất khẩu lô cà phê đặc sản</a></li>'),
     (datetime(2025, 4, 15, tzinfo=TZ), "document")),
    (_card("18/04/2025 10:00", AUTHOR_AND_SECTION) + _card("02/04/2025 09:00", AUTHOR_AND_SECTION),
     (datetime(2025, 4, 15, tzinfo=TZ), "document")),
    (_card("18/04/2025 10:00", '<li><a href="../../blog/author/vanphong.html">Văn phòng</a></li>'),
     (datetime(2025, 4, 15, tzinfo=TZ), "document")),
])
def test_a_post_card_beside_the_text_dates_the_post(cards, expected):
    found = find_published(page(_ablog(cards)), "https://tailieu.example.vn/tin-tuc/2025/thong-bao-05.html",
                            fetched_at=FETCHED.replace(year=2025, month=5))
    assert (found.published, found.source) == expected


DOLPHIN_VIEW = (
    '<html><body><div class="sys_page"><div class="page_column page_column_first"><div class="disignBoxFirst">'
    '<div class="boxFirstHeader"><div class="dbTitle">Thông báo số 14/TB-LMHTX về việc tham gia Hội chợ OCOP</div></div>'
    '<div class="boxContent"><div class="bx-text-view"><p>LIÊN MINH HTX TỈNH BÌNH ĐỊNH</p><p>Số: 14/TB-LMHTX</p>'
    '<p>Bình Định, ngày 20 tháng 5 năm 2025</p><p>THÔNG BÁO</p>' + BODY + '<p>CHỦ TỊCH</p><p>Nguyễn Văn Tuấn</p>'
    '</div></div></div><div class="disignBoxFirst"><div class="dbTitle">Bình luận</div><div class="cmts">'
    '<a href="/member.php">Đăng nhập để bình luận</a></div></div></div>'
    '<div class="page_column page_column_last"><div class="disignBoxFirst"><div class="dbTitle">Thông tin</div>'
    '<div class="boxContent"><div class="bx-text-entry-info"><div class="thumbnail_block"><a href="/admin">'
    '<img src="/a.png" alt="admin"></a><div class="thumb_username"><a href="/admin">admin</a></div></div>'
    '<div class="bx-text-ei-text"><div class="bx-text-ei-unit"><i class="sys-icon clock-o"></i> {day}</div>'
    '<div class="bx-text-ei-unit"><i class="sys-icon folder"></i> <a href="/m/news/home/">Thông báo</a></div>'
    '<div class="bx-text-ei-unit"><i class="sys-icon tags"></i> <a href="/m/news/tag/OCOP">OCOP</a>{more}</div>'
    '</div></div></div></div></div></div></body></html>')


@pytest.mark.parametrize("more, expected", [
    # Dolphin's info box in the right column, after the comments: the date beside its clock icon,
    # the section's link by name, the tags; not the notice's signing line two days before
    ("", (datetime(2025, 5, 22, tzinfo=TZ), "date-element")),
    # a box that also links another article (a teaser) or a list of links is no post's card
    (', <a href="/m/news/view/HTX-Cat-Hiep">Liên minh HTX tỉnh làm việc với HTX Cát Hiệp</a>',
     (datetime(2025, 5, 20, tzinfo=TZ), "document")),
    ('<ul><li><a href="/m/news/view/a">Tin 1</a></li><li><a href="/m/news/view/b">Tin 2</a></li></ul>',
     (datetime(2025, 5, 20, tzinfo=TZ), "document")),
])
def test_a_date_beside_its_icon_in_a_box_of_fields_dates_the_post(more, expected):
    doc = page(DOLPHIN_VIEW.format(day="22/05/2025", more=more))
    found = find_published(doc, "https://mangxa.example.vn/m/news/view/Thong-bao-so-14", fetched_at=FETCHED.replace(year=2025, month=6),
                           title_element=doc.xpath("//div[@class='dbTitle']")[0])
    assert (found.published, found.source) == expected


def test_a_page_printing_the_utc_day_of_its_feed_instant_is_dated_by_the_instant():
    # the box shows 14/03, its server's day in UTC; the feed's entry 17:20 UTC, 00:20 on 15/03 here
    doc = page(DOLPHIN_VIEW.format(day="14/03/2025", more="").replace("ngày 20 tháng 5", "ngày 14 tháng 3"))
    args = dict(fetched_at=FETCHED.replace(year=2025, month=6), title_element=doc.xpath("//div[@class='dbTitle']")[0])
    url = "https://mangxa.example.vn/m/news/view/Thong-bao-so-14"
    found = find_published(doc, url, listing_date="2025-03-14T17:20:00+0000", **args)
    assert (found.published, found.source) == (datetime(2025, 3, 15, 0, 20, tzinfo=TZ), "listing")
    # an instant of the same day in Vietnam, or a list's day without its zone, leaves the page's day
    for listed in ("2025-03-14T03:20:00+0000", "15/03/2025 00:20"):
        found = find_published(doc, url, listing_date=listed, **args)
        assert (found.published, found.source) == (datetime(2025, 3, 14, tzinfo=TZ), "date-element"), listed


def _ucoz(details: str, url: str = "https://dt.example.vn/news/thong_bao_so_05/2025-03-11-40") -> DateResult:
    html = ('<html><body><table class="eBlock"><tr><td class="eTitle">Thông báo số 05/TB-LMHTX về lớp bồi dưỡng '
            'kiến thức quản lý HTX</td></tr><tr><td class="eMessage"><div align="justify">' + BODY + '</div>'
            '<div align="justify">Tải về: <a href="/van_ban/TB-05-LMHTX-2025.pdf">TB-05-LMHTX-2025.pdf</a></div>'
            f'</td></tr><tr><td class="eDetails">{details}</td></tr></table></body></html>')
    doc = page(html)
    holder = doc.xpath("//td[@class='eMessage']/div")[0]
    return find_published(doc, url, fetched_at=FETCHED.replace(year=2025, month=4), text_holder=lambda: holder,
                          title_element=doc.xpath("//td[@class='eTitle']")[0])


UCOZ_ROW = ('Chuyên mục: <a href="/news/kinh_te_tap_the/1-0-1">Kinh tế tập thể</a> | Lượt xem: 412 | '
            'Người đăng: <a href="javascript:;">admin</a> | Ngày: <span title="16:20">11.03.2025</span>')


def test_the_fields_row_under_the_text_gives_the_clock_of_the_day_in_the_address():
    # uCoz: the address names the day; the row of fields under the text (past the file's download
    # line) the day again, its clock in the tooltip
    found = _ucoz(UCOZ_ROW)
    assert (found.published, found.source) == (datetime(2025, 3, 11, 16, 20, tzinfo=TZ), "date-element")
    # without a clock the address's day stands; another day than the address's is not read
    assert _ucoz(UCOZ_ROW.replace(' title="16:20"', "")).published == datetime(2025, 3, 11, tzinfo=TZ)
    assert _ucoz(UCOZ_ROW.replace("11.03.2025", "12.03.2025")).published == datetime(2025, 3, 11, tzinfo=TZ)
    # no day in the address: the row dates the post
    assert _ucoz(UCOZ_ROW, "https://dt.example.vn/news/thong_bao_so_05/40").published == \
        datetime(2025, 3, 11, 16, 20, tzinfo=TZ)
    # a post filed under no section: two fields of the row are links, the rest its labels' text
    bare = UCOZ_ROW[UCOZ_ROW.index("Lượt xem"):]
    assert _ucoz(bare).published == datetime(2025, 3, 11, 16, 20, tzinfo=TZ)
    assert _ucoz(bare, "https://dt.example.vn/news/thong_bao_so_05/40").published == datetime(2025, 3, 11, 16, 20, tzinfo=TZ)
    # a last update's date in such a row is not the post's
    assert _ucoz(bare.replace("Ngày:", "Sửa lần cuối:"), "https://dt.example.vn/news/thong_bao_so_05/40").published is None


def _humhub(stream: str) -> DateResult:
    def entry(n: int, tip: str, text: str, comments: str = "") -> str:
        return (f'<div class="wall-entry"><div class="panel-body"><div class="media"><div class="media-heading">'
                f'<a href="/u/hanhdt/">Đinh Thị Hạnh</a></div><div class="media-subheading"><a href="/content/perma?id={n}">'
                f'<time class="tt time timeago" title="Created at: {tip}">13 ngày trước</time></a></div></div>'
                f'<div class="wall-entry-body"><div class="content"><div class="post-message"><div class="markdown-render">'
                f'{text}</div></div></div>{comments}</div></div></div>')
    comment = ('<div class="comment"><div class="media"><h4 class="media-heading"><a href="/u/quangbv/">Bùi Văn Quang</a> '
               '<small><a href="/content/perma?id=404&commentId=921"><time class="tt time timeago" '
               'title="Created at: 15 thg 5, 2025 - 13:10">12 ngày trước</time></a></small></h4><p>Cảm ơn.</p></div></div>')
    posts = {"one": entry(404, "14 thg 5, 2025 - 16:30", BODY, comment),
             "two": entry(404, "14 thg 5, 2025 - 16:30", BODY, comment) + entry(401, "5 thg 5, 2025 - 09:00", BODY)}
    html = f'<html><body><h1>Tin hoạt động</h1><div class="s2_streamContent">{posts[stream]}</div></body></html>'
    doc = page(html)
    holder = doc.xpath("//div[@class='markdown-render']")[0]
    return find_published(doc, "https://nb.example.vn/s/tin-hoat-dong/post/post/view?id=136",
                          fetched_at=datetime(2025, 5, 28, 9, 0, tzinfo=TZ), text_holder=lambda: holder)


def test_a_posts_age_whose_tooltip_says_its_creation_dates_it_over_its_comments():
    # HumHub: "<time title="Created at: 14 thg 5, 2025 - 16:30">13 ngày trước</time>" over the post,
    # each comment under its text with its own; another post's below it (a stream) leaves it unread
    assert _humhub("one").published == datetime(2025, 5, 14, 16, 30, tzinfo=TZ)
    assert _humhub("two").published is None


LATER = datetime(2025, 6, 20, 10, 0, tzinfo=TZ)  # (a fetch after the posts below)
GITBOOK = """<html><body><main><header><h1>Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Hoành Bồ</h1>
<p class="text-lg">Đoàn công tác làm việc đến tối cùng ngày để kịp tổng hợp kiến nghị của HTX.</p></header>
<div class="contents"><p>{lead} đoàn công tác Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Hoành Bồ.</p>
<p>HTX hiện cung ứng dịch vụ làm đất, vật tư và tiêu thụ nông sản cho 540 hộ thành viên.</p></div>
<div class="mt-6"><p class="text-sm">{label} <time dateTime="2025-04-15T17:15:00.117Z" title="4/15/2025, 5:15:00 PM">2 tháng
trước</time></p></div></main></body></html>"""
GITBOOK_URL = "https://sotay.example.vn/ban-tin/lam-viec-voi-htx-hoanh-bo"


def test_a_time_after_a_last_updates_label_is_no_publication_date():
    # GitBook: "Cập nhật lần cuối <time dateTime=…Z>2 tháng trước</time>" under every page: its last edit
    r = find_published(page(GITBOOK.format(lead="Tối 14/4/2025,", label="Cập nhật lần cuối")), GITBOOK_URL, fetched_at=LATER)
    assert r.published is None
    r = find_published(page(GITBOOK.format(lead="Tối 14/4/2025,", label="Last updated")), GITBOOK_URL, fetched_at=LATER)
    assert r.published is None
    # a moment labelled otherwise, or not at all, stays the page's date
    r = find_published(page(GITBOOK.format(lead="Tối 14/4/2025,", label="")), GITBOOK_URL, fetched_at=LATER)
    assert (r.published, r.source) == (datetime(2025, 4, 16, 0, 15, 0, 117000, tzinfo=TZ), "date-element")


def test_opens_with_dated_lead():
    from crawler.dates import opens_with_dated_lead

    for lead in ("Ngày 28/5/2025, các thành viên HTX thu hoạch hàu.", "Tối 14/4/2025, đoàn công tác làm việc với HTX.",
                 "Ngày 12 tháng 5 năm 2025, Liên minh HTX tỉnh tổng hợp các điểm mới."):
        assert opens_with_dated_lead(lead)
    for other in ("Ngày 6/1, Trung tâm tổ chức lớp tập huấn.",  # no year
                  "Luật có hiệu lực từ ngày 01/7/2024.", "Quảng Ninh, ngày 05 tháng 6 năm 2025",
                  "Năm 2024, các HTX đạt doanh thu 1.200 tỷ đồng."):
        assert not opens_with_dated_lead(other)


def test_a_posting_line_written_by_under_the_text():
    # PivotX: "Viết bởi <a>X</a> vào Thứ Sáu 31 tháng 5 2024 lúc 23:50 | ¶ | Tin hoạt động" under the entry
    html = ("<html><body><div class='entry'><h2>Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Tân Cương</h2>"
            "<p>Chiều 31/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Tân Cương.</p>"
            "<p>HTX hiện có 48 thành viên, sản xuất 35 ha chè đặc sản.</p><div class='meta'>Viết bởi <a href="
            "'mailto:webmaster@htx.vn'>admin</a> vào Thứ Sáu 31 tháng 5 2024 lúc 23:50 | <a href='/entry/192'>&para;</a> | "
            "<a href='/category/tin-hoat-dong'>Tin hoạt động</a></div></div></body></html>")
    r = find_published(page(html), "https://blog.example.vn/entry/192-lam-viec", fetched_at=LATER, title_selectors=("h2",))
    assert (r.published, r.source) == (datetime(2024, 5, 31, 23, 50, tzinfo=TZ), "date-element")


@pytest.mark.parametrize("heading", ['<h2 class="dateheader">', '<h2 class="date-header">'])
def test_a_days_heading_over_a_blogs_post_is_no_page_header(heading):
    # Nucleus' default skin: the day's heading over its items, the time in the item's info line under
    # the text; the notice's own date (the day before) is not the posting date
    html = (f'<html><body><div id="header"><h1>Sổ tay HTX Đồng Tháp</h1></div><div class="contents">{heading}'
            '<a href="/archive/1/2024-06-18">Thứ ba, 18/06/2024</a></h2><div class="item"><h3 class="item"><a '
            'href="/item/56">Thông báo số 21/TB-LMHTX về việc tổ chức Hội chợ nông sản HTX</a></h3><div class="itembody">'
            'Số: 21/TB-LMHTX<br /><br />Đồng Tháp, ngày 17 tháng 6 năm 2024<br /><br />Hội chợ diễn ra từ ngày 19/7 '
            'đến ngày 23/7/2024 tại TP Cao Lãnh.</div><div class="iteminfo">Đăng bởi <a href="/member/1">Ban quản trị'
            '</a> lúc 10:05 - Chuyên mục: <a href="/category/2">Thông báo</a></div></div></div></body></html>')
    r = find_published(page(html), "https://sotay.example.vn/item/56", fetched_at=LATER, title_selectors=("h3.item",))
    assert (r.published, r.source) == (datetime(2024, 6, 18, 10, 5, tzinfo=TZ), "date-element")


@pytest.mark.parametrize("effective, expected", [
    ("", datetime(2025, 4, 2, 0, 20, tzinfo=TZ)),  # Ametys: the creation's instant, on the day shown
    # Plone: its created date is when the draft was begun; its effective date is the publication's
    ('<meta name="DC.date.effective" content="2025-04-02">', datetime(2025, 4, 2, tzinfo=TZ)),
])
def test_a_shown_day_takes_its_clock_from_dublin_cores_creation_on_that_day(effective, expected):
    html = ('<html><head><meta name="DC.date.created" content="2025-04-01T17:20:00Z">' + effective + '</head><body>'
            '<div class="zone"><h1 class="title">Liên minh HTX tỉnh làm việc với các HTX trên địa bàn huyện Đakrông</h1>'
            '<p class="date">Đăng ngày 2 tháng 4, 2025</p><p>Đoàn công tác đã làm việc với 4 HTX nông nghiệp.</p>'
            '</div></body></html>')
    r = find_published(page(html), "https://ct.example.vn/vi/tin-tuc/hoat-dong/lam-viec.html", fetched_at=LATER)
    assert r.published == expected
    # a creation on another day than the one shown gives no clock
    r = find_published(page(html.replace("2025-04-01T17:20:00Z", "2025-03-28T09:00:00Z")),
                       "https://ct.example.vn/vi/tin-tuc/hoat-dong/lam-viec.html", fetched_at=LATER)
    assert r.published == datetime(2025, 4, 2, tzinfo=TZ)


def _fluxbb_html(first_poster: str) -> str:
    def post(n: int, stamp: str, poster: str, subject: str, text: str) -> str:
        return (f'<div id="p{n}" class="blockpost"><h2><span><span class="conr">#{n - 101}</span> '
                f'<a href="viewtopic.php?pid={n}#p{n}">{stamp}</a></span></h2><div class="box"><div class="inbox">'
                f'<div class="postbody"><div class="postleft"><dl><dt><strong>{poster}</strong></dt><dd><span>Tham gia: '
                f'Ngày 02-02-2021</span></dd></dl></div><div class="postright"><h3>{subject}</h3><div class="postmsg">'
                f'{text}</div></div></div></div></div></div>')
    title = "HTX Thủy sản Hòn Sơn phát triển nghề nuôi cá bớp lồng bè"
    text = ("<p>HTX Thủy sản Hòn Sơn (huyện Kiên Hải) hiện có 32 thành viên với 210 lồng nuôi cá bớp.</p>"
            "<p>Mỗi năm HTX xuất bán khoảng 120 tấn cá thương phẩm cho các nhà hàng ở Phú Quốc.</p>")
    replier = "<a href='profile.php?id=7'>htxtanhiep</a>"
    html = (f'<html><body><div id="brdmain">{post(102, "Ngày 12-03-2024 14:30", first_poster, title, text)}'
            f'{post(103, "Ngày 13-03-2024 07:50", replier, "Re: " + title, "<p>Mô hình hay!</p>")}'
            '</div></body></html>')
    return html


def _fluxbb(first_poster: str) -> DateResult:
    doc = page(_fluxbb_html(first_poster))
    holder = doc.xpath("//div[@id='p102']//div[@class='postmsg']")[0]
    return find_published(doc, "https://dd.example.vn/viewtopic.php?id=12", fetched_at=FETCHED,
                          title_element=doc.xpath("//div[@id='p102']//h3")[0], text_holder=lambda: holder)


@pytest.mark.parametrize("poster", ["Phạm Hồng Nhung", "<a href='profile.php?id=3'>vanphong.lmhtx</a>"])
def test_a_stamp_linking_to_the_anchor_of_the_post_holding_the_text_dates_it_not_a_replys(poster):
    # FluxBB: each post's time heads it as a link to its anchor ("#p102"), above the poster's box
    # and its subject; the reply's, past the short text, is the reply's; the box's joining day no one's
    found = _fluxbb(poster)
    assert (found.published, found.source) == (datetime(2024, 3, 12, 14, 30, tzinfo=TZ), "date-element")


def test_a_member_joining_day_is_no_date_of_the_page():
    for text in ("Tham gia: Ngày 06-03-2018", "Đến từ: Rạch GiáTham gia: 06-03-2018", "Joined: 06/03/2018",
                 "Ngày tham gia: 06/03/2018"):
        assert all(m.cited for m in find_dates(text)), text
    assert not find_dates("HTX tham gia hội chợ ngày 06/03/2018")[0].cited


def test_a_date_past_the_end_of_a_short_text_is_a_replys_not_the_pages():
    # the posts' stamps without links to their anchors: the first post's, above its poster's box, is
    # not read; the reply's under the short text is the reply's: no date rather than a wrong one
    html = _fluxbb_html("Phạm Hồng Nhung").replace('<a href="viewtopic.php?pid=102#p102">', "<a>").replace(
        '<a href="viewtopic.php?pid=103#p103">', "<a>")
    doc = page(html)
    holder = doc.xpath("//div[@id='p102']//div[@class='postmsg']")[0]
    found = find_published(doc, "https://dd.example.vn/viewtopic.php?id=12", fetched_at=FETCHED,
                           title_element=doc.xpath("//div[@id='p102']//h3")[0], text_holder=lambda: holder)
    assert found.published is None, found


def test_a_posts_published_time_in_its_footer_dates_a_notice_over_its_signing_day():
    # WordPress' Twenty Twenty-One: "Đã đăng <time class="entry-date published">" in the post's footer,
    # under a notice whose own line names the day it was signed (16 May); the post's is the page's
    notice = ("<p>LIÊN MINH HTX TỈNH LONG AN</p><p>Số: 12/TB-LMHTX</p><p>Long An, ngày 16 tháng 5 năm 2025</p>"
              "<p>THÔNG BÁO</p>" + "<p>Liên minh HTX tỉnh tổ chức Hội nghị kết nối tiêu thụ sản phẩm HTX năm 2025 tại TP Tân An.</p>" * 6
              + "<p>KT. CHỦ TỊCH</p><p>Trương Văn Lượm</p>")
    stamp = '<time class="entry-date published updated" datetime="2025-05-20T07:55:00+07:00">Tháng Năm 20, 2025</time>'
    html = (f'<html><body><article class="post hentry"><header><h1 class="entry-title">Thông báo số 12/TB-LMHTX</h1></header>'
            f'<div class="entry-content">{notice}</div><footer class="entry-footer"><span class="posted-on">Đã đăng {stamp}'
            '</span></footer></article><aside><ul><li class="hentry"><a href="/2025/04/khac/">Tin khác</a> <time class="published" '
            'datetime="2025-04-02T08:00:00+07:00">Tháng Tư 2, 2025</time></li></ul></aside></body></html>')
    found = find_published(page(html), "https://ca.example.vn/2025/05/thong-bao-so-12/", fetched_at=FETCHED.replace(year=2025, month=6))
    assert (found.published, found.source) == (datetime(2025, 5, 20, 7, 55, tzinfo=TZ), "date-element")


def test_a_definition_lists_posted_day_dates_the_page_not_its_creation_day():
    # Piwigo: the photo's information beside its story: "Ngày tạo" (when it was taken) and "Ngày đăng"
    # (when it was posted), each a term and its value
    info = ('<div id="imageInfos"><dl class="imageInfoTable"><div class="imageInfo"><dt>Tác giả</dt><dd>Kim Sơn Hải</dd></div>'
            '<div class="imageInfo"><dt>Ngày tạo</dt><dd><a href="index.php?/created-monthly-list-2025-05-22">Thứ Năm 22 '
            'Tháng Năm 2025</a></dd></div><div class="imageInfo"><dt>Ngày đăng</dt><dd><a href="index.php?/posted-monthly-'
            'list-2025-05-26">Thứ Hai 26 Tháng Năm 2025</a></dd></div><div class="imageInfo"><dt>Lượt xem</dt><dd>187</dd>'
            '</div></dl></div>')
    html = ('<html><body><div class="titrePage"><div class="browsePath"><a href="./">Trang chủ</a> / <h2>Thông báo số 08/TB-LMHTX'
            f'</h2></div></div><div id="theImageAndInfos"><div id="theImage"><img src="a.jpg"><p class="imageComment">{BODY}</p>'
            f'</div>{info}</div></body></html>')
    doc = page(html)
    holder = doc.xpath("//div[@id='theImage']")[0]
    found = find_published(doc, "https://tv.example.vn/picture.php?/122", fetched_at=FETCHED.replace(year=2025, month=7),
                           title_element=doc.find(".//h2"), text_holder=lambda: holder)
    assert found.published == datetime(2025, 5, 26, tzinfo=TZ), found


def test_a_date_lines_tooltip_gives_its_clock():
    # phpFox: "<span class="item-time" title="30 Tháng 5, 2025 10:20">30 Tháng 5, 2025</span>" under the title
    html = ('<html><body><h1>Kết quả hoạt động của HTX tỉnh Bình Phước 5 tháng đầu năm 2025</h1><div class="item_info">'
            '<div>bởi <a href="/thuylt/">Lê Thị Thủy</a></div><div><span class="item-time" title="30 Tháng 5, 2025 10:20">30 '
            f'Tháng 5, 2025</span></div></div>{BODY}</body></html>')
    found = find_published(page(html), "https://mx.example.vn/blog/161/ket-qua/", fetched_at=FETCHED.replace(year=2025, month=6))
    assert found.published == datetime(2025, 5, 30, 10, 20, tzinfo=TZ)
    # a tooltip naming another day says nothing of this one's clock
    other = html.replace('title="30 Tháng 5, 2025 10:20"', 'title="29 Tháng 5, 2025 10:20"')
    assert find_published(page(other), "https://mx.example.vn/blog/161/ket-qua/",
                          fetched_at=FETCHED.replace(year=2025, month=6)).published == datetime(2025, 5, 30, tzinfo=TZ)


def test_a_moment_shown_in_utc_beside_its_local_reading_in_a_tooltip_is_the_local_one():
    # HyperKitty prints a message's day and clock in the server's zone (UTC) and the sender's own in the
    # clock's tooltip: "Thứ hai, 31 tháng 3 2025" / "<span title="Giờ của người gửi: 1 tháng 4 2025 00:20">17:20"
    html = ('<html><body><div class="thread-header"><h3>Liên minh HTX tỉnh làm việc với các HTX huyện Thuận Nam</h3></div>'
            '<div class="email email-first"><div class="email-header"><div class="email-author"><a href="/u/1/">Nguyễn Văn '
            'Toàn</a></div><div class="email-date"><span class="date">Thứ hai, 31 tháng 3 2025</span> <div class="time">'
            '<span title="Giờ của người gửi: 1 tháng 4 2025 00:20">17:20</span></div></div></div>'
            f'<div class="email-body">{BODY}</div></div></body></html>')

    def published(html):
        doc = page(html)
        return find_published(doc, "https://lists.example.vn/hyperkitty/list/bantin@lists.example.vn/thread/JGQKOGY3/",
                              fetched_at=FETCHED.replace(year=2025, month=5), title_element=doc.find(".//h3")).published

    assert published(html) == datetime(2025, 4, 1, 0, 20, tzinfo=TZ)
    # a tooltip whose moment is not the shown one's local reading (a sender in another zone) is not taken
    assert published(html.replace("1 tháng 4 2025 00:20", "1 tháng 4 2025 01:20")) == datetime(2025, 3, 31, 17, 20, tzinfo=TZ)


def test_a_submitted_line_with_its_clock_set_off_and_the_posting_account_is_a_line_of_fields():
    # Drupal 6's Garland: "T3, 05/14/2013 - 08:30 — admin" under the title (the clock after the date's
    # separator, the posting account after the dash): its date to the minute
    from crawler.dates.evidence import _fields_date

    assert is_field_line("T3, 05/14/2013 - 08:30 — admin")
    m = _fields_date("T3, 05/14/2013 - 08:30 — admin")
    assert (m.year, m.month, m.day, m.hour, m.minute) == (2013, 5, 14, 8, 30)
    # a date and a clock beside a name that is no account is no such line (a list's item may read so)
    assert not is_field_line("12/03/2024 - 08:30 - Nguyễn Văn An - Tin hoạt động - Ảnh")


def test_an_english_date_with_its_ordinal_and_its_clock_after_at_beside_the_modifiers_name():
    # TiddlyWiki's subtitle under a tiddler's title: "<a>admin</a> 26th February 2025 at 3:05pm"
    html = ('<html><body><div class="tc-tiddler-frame"><h2 class="tc-title">HTX Rau an toàn Mỹ Thành mở rộng diện tích sản '
            'xuất</h2><div class="tc-subtitle"><a class="tc-tiddlylink" href="admin.html">admin</a> 26th February 2025 at '
            f'3:05pm</div><div class="tc-tiddler-body">{BODY}</div></div></body></html>')
    doc = page(html)
    found = find_published(doc, "https://sotay.example.vn/static/HTX.html", fetched_at=FETCHED.replace(year=2025, month=6),
                           title_element=doc.find(".//h2"))
    assert found.published == datetime(2025, 2, 26, 15, 5, tzinfo=TZ), found
    # a link by a title beside it (a list of another article's) is no name
    other = html.replace(">admin<", ">HTX Rau an toàn Mỹ Thành mở rộng diện tích<")
    doc = page(other)
    assert find_published(doc, "https://sotay.example.vn/static/HTX.html", fetched_at=FETCHED.replace(year=2025, month=6),
                          title_element=doc.find(".//h2")).published is None


def test_rdfas_created_stamp_with_its_colon_dates_the_page():
    # Percussion's <meta property="dcterms:created">, zone-less: Vietnam's clock; the page shows the day
    html = ('<html><head><meta property="dcterms:created" datatype="xsd:dateTime" content="2025-01-14T23:50:00">'
            '</head><body><h1>Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Hòa Thắng</h1>'
            f'<p class="perc-blog-post-date">14/01/2025</p>{BODY}</body></html>')
    found = find_published(page(html), "https://x.vn/tin-tuc/2025/01/hoa-thang.html", fetched_at=FETCHED_LATER)
    assert found.published == datetime(2025, 1, 14, 23, 50, tzinfo=TZ) and found.source == "metadata"


def test_a_notices_time_in_its_h_entry_footer_dates_it():
    # GNU social: one notice in a list of one, its time in the post's footer beside its permalink
    html = ('<html><body><h1>Trạng thái của Liên minh HTX tỉnh Yên Bái (htxyenbai) vào Wednesday, 08-Jan-2025 03:00:00 UTC</h1>'
            '<ol class="notices xoxo"><li class="h-entry notice post" id="notice-1312">'
            '<section class="notice-headers"><a href="/htxyenbai" class="h-card p-author">Liên minh HTX tỉnh Yên Bái</a></section>'
            f'<article class="e-content">Kết quả phát triển HTX tỉnh Yên Bái năm 2024<br />{BODY}</article>'
            '<footer><a rel="bookmark" class="timestamp" href="/conversation/516#notice-1312">'
            '<time class="dt-published" datetime="2025-01-08T03:00:00+00:00" title="Wednesday, 08-Jan-2025 03:00:00 UTC">'
            'khoảng một tháng trước</time></a> <a href="/notice/1312" class="permalink u-url">liên kết cố định</a>'
            '</footer></li></ol></body></html>')
    found = find_published(page(html), "https://x.vn/notice/1312", fetched_at=FETCHED_LATER)
    assert found.published == datetime(2025, 1, 8, 10, 0, tzinfo=TZ)
