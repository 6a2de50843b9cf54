"""Generic extraction on layouts the held-out sets 54a-d showed, and the open items of set 53 mended in
general form: each page built to show one rule, read as a portal never seen would be (no family, no
selectors)."""

from datetime import datetime

from crawler.cleanup import clean_lines
from crawler.dates import TZ
from crawler.extract import extract
from crawler.families import rules_for

GENERIC = rules_for("generic")
TITLE = "Thông báo về việc đăng ký tham gia Hội chợ sản phẩm HTX tỉnh năm 2024"
LONG = "".join(f"<p>Đoạn {i}: Liên minh HTX tỉnh phối hợp với các sở, ngành tổ chức tập huấn nâng cao năng lực quản trị "
               f"cho cán bộ quản lý hợp tác xã nông nghiệp trên địa bàn tỉnh trong năm 2024.</p>" for i in range(1, 5))
FETCHED = datetime(2026, 12, 7, 9, 0, tzinfo=TZ)


def page(body: str, title: str = TITLE, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def read(html: str, url: str = "http://htx.example.vn/posts/thong-bao-18-tb-lmhtx", **kw):
    return extract(html, url, rules=GENERIC, fetched_at=FETCHED, **kw)


def test_a_files_line_inside_the_text_is_the_texts_at_its_end_the_attachments():
    notice = ["Các HTX gửi hồ sơ đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/5/2024.",
              "Tải về: TB-18-LMHTX.pdf", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Hiếu"]
    assert clean_lines(notice) == notice  # the signer under it: the writer set it in the text
    assert clean_lines(notice[:2]) == notice[:1]  # last: the attachment's label
    assert clean_lines([notice[0], "Tệp đính kèm: KH-12-LMHTX.docx", "Tin liên quan", "Một bài khác"]) == notice[:1]
    # (a label over the files, the name on a line of its own, is no such line)
    assert clean_lines([notice[0], "Tệp đính kèm:", "TB-18-LMHTX.pdf", *notice[2:]]) == [notice[0], *notice[2:]]
    html = page(f'<div class="post"><h1>{TITLE}</h1>{LONG}<p>Tải về: <a href="/content/tb-18.pdf">TB-18-LMHTX.pdf</a></p>'
                '<p>KT. CHỦ TỊCH</p><p>PHÓ CHỦ TỊCH</p><p>Trần Văn Hiếu</p></div>')
    item = read(html).item
    assert "Tải về: TB-18-LMHTX.pdf\nKT. CHỦ TỊCH" in item["text"]
    assert [a["url"] for a in item["attachments"]] == ["http://htx.example.vn/content/tb-18.pdf"]
    last = html.replace("<p>KT. CHỦ TỊCH</p><p>PHÓ CHỦ TỊCH</p><p>Trần Văn Hiếu</p>", "")
    assert "Tải về" not in read(last).item["text"]


def test_a_pages_id_after_page_is_no_page_number():
    # PBworks: "/w/page/158290364/<Title>" names a page by its id; read as page 158290364 of a
    # thread, the page was "a thread's later page" and none of its eight news was read
    wiki = page(f'<div id="pageheader"><h1 id="pagetitle">{TITLE}</h1></div><div id="wikipage">{LONG}</div>'
                '<div id="comments"><h3>Comments (0)</h3></div>'
                '<div id="recent_activity"><ul>'
                + "".join(f'<li><a href="/w/page/1582{i}">Tin {i}</a> edited by <a href="/w/user/vp{i}" class="user">vp{i}</a> '
                          f'<span class="timestamp" title="Mon, 28 Oct 2024 00:10:00 -0700">{i} ngày trước</span></li>'
                          for i in range(1, 6)) + '</ul></div>')
    assert read(wiki, url="http://htx.example.vn/w/page/158290364/Thong%20bao").is_article
    # (a forum's later page is one: "/page/3/", "?page=3")
    from crawler.links import PAGE_NUMBER
    assert PAGE_NUMBER.search("http://htx.example.vn/forums/topic/abc/page/3/")
    assert not PAGE_NUMBER.search("http://htx.example.vn/w/page/158290364/Thong%20bao")


def test_a_date_line_under_a_sentence_of_the_text_is_the_texts():
    # an invitation's list: the meeting's time, under the text's first sentence, dates no page
    invitation = page(f'<h1>{TITLE}</h1><div class="wikipage"><p>Liên minh HTX tỉnh trân trọng kính mời đại diện lãnh đạo '
                      'các HTX trên địa bàn tỉnh dự Hội nghị tuyên truyền, phổ biến Luật Hợp tác xã năm 2023.</p>'
                      '<ul><li>Thời gian: 08 giờ 00, ngày 20/8/2024;</li><li>Địa điểm: Hội trường Liên minh HTX tỉnh.</li></ul>'
                      '<p>Đề nghị các đơn vị xác nhận danh sách đại biểu trước ngày 16/8/2024.</p></div>')
    assert read(invitation).item["published"] is None
    # (the page's date line heading the text stays its date)
    dated = invitation.replace('<div class="wikipage">', '<div class="wikipage"><p>Thứ Hai, 12/08/2024</p>')
    assert read(dated).item["published"] == "2024-08-12T00:00:00+07:00"


def test_a_years_two_digits_after_an_apostrophe_and_a_clock_after_an_at_sign():
    from crawler.dates.evidence import date_only
    # PHP's "M j 'y, H:i" in Vietnamese (Oxwall's "Tháng 12 30 '24, 15:40") and in English
    assert (m := date_only("Tháng 12 30 '24, 15:40")) and (m.year, m.month, m.day, m.hour, m.minute) == (2024, 12, 30, 15, 40)
    assert (m := date_only("Dec 30 ’24")) and (m.year, m.month, m.day) == (2024, 12, 30)
    assert date_only("Tháng 12 30 24") is None  # (two digits alone name no year here)
    # Xaraya's "%A, %d %B %Y @ %H:%M:%S" after its poster
    m = date_only("Đăng bởi bientap lúc Thứ Hai, 18 Tháng 11 2024 @ 15:30:00 ICT")
    assert m and (m.year, m.month, m.day, m.hour, m.minute) == (2024, 11, 18, 15, 30)


def test_a_posts_box_of_fields_dates_it_and_is_no_text():
    # Oxwall: "Thông tin bài viết" over a table of "Bởi:" and "Đã thêm:" (added) beside the post
    box = ('<span class="ow_ic_picture">Thông tin bài viết</span><table class="ow_table_3">'
           '<tr><td class="ow_label">Bởi:</td><td class="ow_value"><a href="/user/thuha">Nguyễn Thu Hà</a></td></tr>'
           "<tr><td class=\"ow_label\">Đã thêm:</td><td class=\"ow_value\">Tháng 12 30 '24, 15:40</td></tr></table>")
    html = page(f'<h1><a href="/blogs/user/thuha">Blog của Nguyễn Thu Hà</a>: {TITLE}</h1>'
                f'<div class="ow_blog_post">{LONG}<p>Nguyễn Thu Hà</p>{box}</div>')
    item = read(html, url="http://htx.example.vn/blogs/post/58").item
    assert item["published"] == "2024-12-30T15:40:00+07:00"
    assert item["text"].endswith("Nguyễn Thu Hà") and "Thông tin bài viết" not in item["text"] and "Bởi:" not in item["text"]
    # the heading's link to the writer's blog before a colon is no part of the title
    assert item["title"] == TITLE


def test_a_date_line_under_the_text_with_its_posters_account_dates_the_post():
    # Monstra: "02.12.2024 / vanphong" under the text, the notice inside signed three days before
    notice = page(f'<div class="post"><h2 class="monstra-blog-title">{TITLE}</h2><div class="monstra-blog-post"><p>LIÊN MINH HTX TỈNH HÀ GIANG</p>'
                  '<p>Số: 52/TB-LMHTX</p><p>Hà Giang, ngày 29 tháng 11 năm 2024</p>'
                  f'{LONG}<p>CHỦ TỊCH</p><p>Lù Văn Sử</p></div><small class="monstra-blog-date">02.12.2024 / vanphong</small></div>'
                  '<div class="sidebar"><h3>Liên kết</h3><ul><li><a href="/">Trang chủ</a></li></ul></div>',
                  title=f"{TITLE} - Trang tin Liên minh HTX tỉnh Hà Giang")
    assert read(notice, url="http://htx.example.vn/blog/thong-bao-52-tb-lmhtx").item["published"] == "2024-12-02T00:00:00+07:00"


def test_an_infoboxs_label_and_value_in_elements_of_their_own_date_the_page():
    # Fandom's portable infobox in the text: "<h3 class=pi-data-label>Ngày đăng</h3><div class=pi-data-value>…"
    box = ('<aside class="portable-infobox"><h2 class="pi-title">Bản tin</h2><div class="pi-item pi-data">'
           '<h3 class="pi-data-label">Ngày đăng</h3><div class="pi-data-value">24/09/2024</div></div></aside>')
    html = page(f'<h1 class="page-header__title">{TITLE}</h1><div class="mw-parser-output">{box}{LONG}</div>')
    assert read(html, url="http://htx.example.vn/vi/wiki/Ban_tin").item["published"] == "2024-09-24T00:00:00+07:00"


def test_a_short_news_item_closed_by_its_source_is_read_once():
    # N2 CMS: a bare date line and the text's <div> in one block: trafilatura gave the text twice (which
    # hid how short it is); two sentences and "Theo Báo Nghệ An", dated to the minute, are a post
    html = page(f'<div id="main"><div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="/tin-tuc">Tin tức</a></div>'
                f'\n\t\t<h1>{TITLE}</h1>\n\t\t<span class="date">04/11/2024 12:15:00 SA</span>\n\t\t<div class="text">'
                '<p>HTX Chè Thanh Chương có 120 thành viên, vùng nguyên liệu 150 ha chè trung du.</p>'
                '<p>Mỗi năm HTX chế biến khoảng 200 tấn chè búp tươi, doanh thu đạt 6 tỷ đồng.</p>'
                '<p style="text-align: right;"><strong>Theo Báo Nghệ An</strong></p>\n\t\t</div></div>')
    item = read(html, url="http://htx.example.vn/tin-tuc/htx-che-thanh-chuong-dat-ocop-4-sao").item
    assert item["text"].split("\n") == ["HTX Chè Thanh Chương có 120 thành viên, vùng nguyên liệu 150 ha chè trung du.",
                                        "Mỗi năm HTX chế biến khoảng 200 tấn chè búp tươi, doanh thu đạt 6 tỷ đồng.",
                                        "Theo Báo Nghệ An"]
    assert item["published"] == "2024-11-04T00:15:00+07:00"


def test_a_tooltips_clock_in_utcs_digits_gives_way_to_the_elements_zoned_instant():
    # Elgg: "<time title="22 May 2025 @ 2:15am" datetime="2025-05-22T02:15:00+00:00">5 ngày trước</time>"; the
    # tooltip's "@" clock (Xaraya's separator too) is UTC's digits, the attribute says so
    def byline(shown: str, tip: str, instant: str) -> str:
        return page(f'<div class="elgg-main"><h2 class="elgg-heading-main">{TITLE}</h2><div class="elgg-subtext">'
                    f'bởi <a href="/profile/ductv">Trần Văn Đức</a> <time title="{tip}" datetime="{instant}">{shown}</time>'
                    f'</div><div class="elgg-output">{LONG}</div></div>', title=f"{TITLE} : Mạng lưới HTX")
    url = "http://htx.example.vn/blog/view/1556/thong-bao"
    assert read(byline("5 ngày trước", "22 May 2025 @ 2:15am", "2025-05-22T02:15:00+00:00"), url).item["published"] \
        == "2025-05-22T09:15:00+07:00"
    assert read(byline("9 May 2025", "9 May 2025 @ 9:00am", "2025-05-09T09:00:00+00:00"), url).item["published"] \
        == "2025-05-09T16:00:00+07:00"
    # (the day shown is UTC's, the instant's local day the next: "11 Mar 2025" at 23:10Z is 12 March, 06:10)
    assert read(byline("11 Mar 2025", "11 March 2025 @ 11:10pm", "2025-03-11T23:10:00+00:00"), url).item["published"] \
        == "2025-03-12T06:10:00+07:00"


def test_a_blog_posts_posting_line_and_its_way_back_under_the_title():
    # Fandom's user blog: "Đăng bởi <a>X</a> vào 12 tháng 9, 2024" ("vào": the posting's "on", no event's) beside
    # "Quay lại blog của X" (a way back, no other article's title): the post's date, no line of its text
    head = ('<div class="page-header__bottom"><div class="page-header__blog-post-details"><a href="/vi/wiki/TV:X" '
            'class="wds-avatar"><img src="/a.png" alt="X"></a><div>Đăng bởi <a href="/vi/wiki/TV:BienTap">BienTapLMHTX</a> '
            'vào 12 tháng 9, 2024</div></div><a href="/vi/wiki/Blog:BienTap" class="page-header__blog-post-back">'
            'Quay lại blog của BienTapLMHTX</a></div>')
    html = page(f'<div class="page-header"><h1 class="page-header__title">{TITLE}</h1>{head}</div>'
                f'<div class="mw-parser-output">{LONG}</div>', title=f"{TITLE} | Wiki HTX | Fandom")
    item = read(html, url="http://htx.example.vn/vi/wiki/Blog:BienTap/Thong_bao").item
    assert item["published"] == "2024-09-12T00:00:00+07:00"
    assert "Đăng bởi" not in item["text"]


def test_a_line_of_tag_links_under_an_icon_is_no_text():
    # Batflat: "<p><i class="fas fa-tags"></i> <a href="/blog/tag/so-lieu">số liệu</a></p>" closing the post
    html = page(f'<h1>{TITLE}</h1><article><div class="post">{LONG}<p>Trần Minh Đức</p>'
                '<p><i class="fas fa-tags"></i> <a href="/blog/tag/so-lieu">số liệu</a>, <a href="/blog/tag/ocop">OCOP</a></p>'
                '</div></article>')
    text = read(html, url="http://htx.example.vn/blog/post/ket-qua").item["text"]
    assert text.endswith("Trần Minh Đức") and "OCOP" not in text
    # (a sentence holding a tag's link is the text's)
    linked = html.replace('<p><i class="fas fa-tags"></i> <a href="/blog/tag/so-lieu">số liệu</a>, <a href="/blog/tag/ocop">OCOP</a></p>',
                          '<p>Các HTX có sản phẩm <a href="/blog/tag/ocop">OCOP</a> được hỗ trợ gian hàng miễn phí tại hội chợ.</p>')
    assert "Các HTX có sản phẩm OCOP được hỗ trợ gian hàng miễn phí tại hội chợ." in read(linked, url="http://htx.example.vn/blog/post/ket-qua").item["text"]


def test_a_files_line_with_its_size_or_labelled_as_the_document():
    lead = "Văn phòng Liên minh HTX tỉnh đề nghị các HTX gửi hồ sơ trước ngày 31/5/2024 để tổng hợp."
    # Xaraya's upload: "Tải về: TB-37-LMHTX.pdf (118 KB)" closing the text is the attachment's label
    assert clean_lines([lead, "Tải về: TB-37-LMHTX.pdf (118 KB)"]) == [lead]
    # Oxwall's "Tải văn bản: TB-41-LMHTX-2024.pdf" over the signer is the text's
    assert clean_lines([lead, "Tải văn bản: TB-41-LMHTX-2024.pdf", "KT. CHỦ TỊCH"]) == \
        [lead, "Tải văn bản: TB-41-LMHTX-2024.pdf", "KT. CHỦ TỊCH"]
