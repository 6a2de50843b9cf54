"""Generic extraction on layouts the held-out sets 55a-d showed, and the review notes of set 54 mended:
each page or line list built to show one rule, read as a portal never seen would be (no family, no
selectors)."""

import json
from datetime import datetime

from lxml import etree

from crawler.body import _drop_nested_copies
from crawler.cleanup import clean_lines
from crawler.dates import TZ
from crawler.extract import extract
from crawler.families import rules_for

GENERIC = rules_for("generic")
TITLE = "Giấy mời dự Hội nghị tuyên truyền Luật Hợp tác xã năm 2023"
FETCHED = datetime(2026, 12, 8, 9, 0, tzinfo=TZ)



def page(body: str, title: str = TITLE, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def read(html: str, url: str = "http://htx.example.vn/tin-tuc/giay-moi-hoi-nghi-tuyen-truyen", **kw):
    return extract(html, url, rules=GENERIC, fetched_at=FETCHED, **kw)


TEXT = "Các HTX gửi hồ sơ đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/5/2024."


def test_two_files_lines_inside_the_text_are_both_kept():
    lines = [TEXT, "Tải về: TB-18-LMHTX.pdf", "Tải về: Mau-dang-ky.docx", "KT. CHỦ TỊCH", "Trần Văn Hiếu"]
    assert clean_lines(lines) == lines
    assert clean_lines(lines[:3]) == [TEXT]  # closing the text: the attachments' labels


def test_a_nested_copy_goes_its_tail_stays():
    body = etree.fromstring(f"<body><p>{TEXT}</p><p>Ngày 3/11 <p>{TEXT}</p> lời kết của đoạn</p></body>")
    _drop_nested_copies(body)
    assert etree.tostring(body, encoding="unicode") == \
        f"<body><p>{TEXT}</p><p>Ngày 3/11  lời kết của đoạn</p></body>"


def test_an_events_time_in_a_notice_is_its_text_a_stamp_is_not():
    notice = ["Liên minh HTX tỉnh trân trọng kính mời đại diện các HTX dự Hội nghị tuyên truyền Luật Hợp tác xã.",
              "Thời gian: 08 giờ 00, ngày 20/8/2024;", "Địa điểm: Hội trường Liên minh HTX tỉnh Kon Tum.",
              "Đề nghị các đơn vị xác nhận danh sách đại biểu trước ngày 16/8/2024."]
    assert clean_lines(notice) == notice
    # the page's stamp over the text, and a date line with no field of an event after it
    assert clean_lines(["Thứ Hai, 12/8/2024 15:30", *notice[:1], *notice[3:]]) == [notice[0], notice[3]]
    assert clean_lines([notice[0], "Thời gian: 08 giờ 00, ngày 20/8/2024;", notice[3]]) == [notice[0], notice[3]]
    html = page(f'<div class="post"><h1>{TITLE}</h1><p class="date">12/08/2024 15:30</p><div class="text">'
                f'<p>{notice[0]}</p><ul><li>{notice[1]}</li><li>{notice[2]}</li></ul><p>{notice[3]}</p></div></div>')
    item = read(html).item
    assert item["text"] == "\n".join(notice)
    assert item["published"] == "2024-08-12T15:30:00+07:00"


def test_a_short_wiki_page_keeps_its_lines_and_drops_its_categories():
    # (a text under 250 characters is trafilatura's baseline rescue, which reads a paragraph's <br>
    # lines run together; WikkaWiki's page: loose lines in its div, the category links after an <hr>)
    lines = ["HTX Nông nghiệp Kim Chính (huyện Kim Sơn) đang liên kết với doanh nghiệp sản xuất 150 ha lúa theo hướng "
             "hữu cơ.", "Sản phẩm gạo của HTX đã đạt chứng nhận OCOP 3 sao và được bán tại nhiều siêu thị trong tỉnh.",
             "Theo Báo Ninh Bình"]
    html = page(f'<div class="page"><h1>{TITLE}</h1>{"<br />".join(lines)}<br /><hr />'
                '<a href="/CategoryTinTuc">CategoryTinTuc</a> <a href="/CategoryNongNghiep">CategoryNongNghiep</a><br /></div>')
    item = read(html, listing_date="2024-09-05").item
    assert item["text"] == "\n".join(lines)
    assert clean_lines([lines[0], "Categorytintuc"]) == [lines[0], "Categorytintuc"]  # no wiki page name


def test_a_files_tables_header_goes_with_its_rows_a_data_tables_stays():
    files = [TEXT, "| Tệp đính kèm | Kích thước | Ngày tải lên |", "| TB-31-LMHTX.pdf | 92 KB | 2024-10-25 16:03:40 |"]
    assert clean_lines(files) == [TEXT]
    data = [TEXT, "| Tỉnh | Số HTX |", "| Kon Tum | 120 |"]
    assert clean_lines(data) == data


LONG = "".join(f"<p>Đoạn {i}: Liên minh HTX tỉnh phối hợp với các sở, ngành tổ chức tập huấn nâng cao năng lực quản trị "
               f"cho cán bộ quản lý hợp tác xã nông nghiệp trên địa bàn tỉnh trong năm 2024.</p>" for i in range(1, 5))


def test_an_office_signing_the_text_is_no_author_a_person_or_a_reporters_team_is():
    for byline, author in (("Phòng Tuyên truyền", None), ("Văn phòng Liên minh HTX tỉnh", None),
                           ("Ngọc Mến", "Ngọc Mến"), ("Nhóm phóng viên", "Nhóm phóng viên")):
        html = page(f'<div class="post"><h1>{TITLE}</h1><p class="date">12/08/2024 15:30</p>{LONG}'
                    f'<p style="text-align: right;"><strong>{byline}</strong></p></div>')
        assert read(html).item["author"] == author, byline


def test_a_headless_cms_state_gives_the_time_of_the_day_shown():
    # Squidex' fields wrapped by language ("iv"), named in the site's own schema ("ngayDang", "tieuDe"):
    # 19:30 UTC on 2/11 is 02:30 on 3/11 in Vietnam, the day the page prints
    state = json.dumps({"props": {"pageProps": {"item": {"created": "2024-11-01T03:00:00Z", "data": {
        "tieuDe": {"iv": TITLE}, "ngayDang": {"iv": "2024-11-02T19:30:00Z"}}}}}}, ensure_ascii=False)
    html = page(f'<div class="post"><h1>{TITLE}</h1><p class="date">03/11/2024</p>{LONG}</div>'
                f'<script id="__NEXT_DATA__" type="application/json">{state}</script>')
    item = read(html).item
    assert (item["published"], item["published_source"]) == ("2024-11-03T02:30:00+07:00", "metadata")
    # a state's instant on another day than the one printed is no time of this page
    other = html.replace("03/11/2024", "05/11/2024")
    assert read(other).item["published"] == "2024-11-05T00:00:00+07:00"


def test_a_collapsed_texts_rest_behind_its_toggle_is_text():
    shown = "Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản trị HTX cho 50 cán bộ quản lý HTX năm 2024."
    rest = ["Học viên được miễn học phí, hỗ trợ tài liệu và tiền ăn trong thời gian học.",
            "Các HTX đăng ký danh sách học viên trước ngày 28/10/2024."]
    html = page(f'<div class="doc"><h1>{TITLE}</h1><p class="date">15/10/2024</p><div class="description">'
                f'<div class="visible">{shown}<br />{shown}</div><div class="more" style="display:none">'
                f'{"<br />".join(rest)}</div><a href="javascript:void(0)" class="toggle">Xem thêm</a></div></div>'
                '<div class="menu" style="display:none"><a href="/a">Trang chủ</a> <a href="/b">Liên hệ</a></div>')
    text = read(html).item["text"]
    assert text.endswith("\n".join(rest)) and "Xem thêm" not in text and "Liên hệ" not in text


def test_a_pre_wrap_blocks_newlines_are_its_lines():
    lines = ["Sơ kết mô hình HTX nuôi tôm siêu thâm canh ứng dụng công nghệ cao tại huyện Hòa Bình năm 2024",
             "Ngày 16/11, Liên minh HTX tỉnh phối hợp Sở Nông nghiệp tổ chức hội nghị sơ kết mô hình nuôi tôm.",
             "Mô hình có 12 ao nuôi với diện tích 2,4 ha, năng suất bình quân 45 tấn/ha/vụ, lợi nhuận cao."]
    html = page(f'<div class="post"><h1>{TITLE}</h1><p class="date">12/08/2024 15:30</p>'
                f'<div style="white-space: pre-wrap;">{chr(10).join(lines)}</div></div>')
    assert read(html).item["text"] == "\n".join(lines)


def test_a_lists_link_a_property_tables_caption_and_a_bare_label_are_no_text():
    closing = [TEXT, "Theo Báo Hậu Giang"]
    assert clean_lines([*closing, "Tất cả tin tức"]) == closing
    assert clean_lines([*closing, "Thuộc tính"]) == closing
    assert clean_lines(["Tác giả:", "Số: 28/KH-LMHTX", *closing]) == ["Số: 28/KH-LMHTX", *closing]
    assert clean_lines(["Tác giả:", "Trần Văn An", *closing]) == ["Tác giả: Trần Văn An", *closing]
