from pathlib import Path

import pytest

from crawler.cleanup import FURNITURE_LINE, clean_lines

SEEDS = Path(__file__).parent / "data" / "seeds"


def seed_lines(name):
    return (SEEDS / name).read_text(encoding="utf-8").splitlines()


FURNITURE = [
    "A- A A+ | Tăng tương phản Giảm tương phản",
    "Tổng số điểm của bài viết là: 0 trong 0 đánh giá",
    "Click để đánh giá bài viết",
    "Thống kê truy cập",
    "Hôm nay : 43",
    "Hôm qua : 122",
    "Thời tiết Hà Nội",
    "Thời tiết",
    "Chia sẻ: Facebook Zalo",
    "In bài viết",
    "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh",
    "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông cấp ngày 05/01/2018",
    "Ghi rõ nguồn 'Liên minh HTX tỉnh' khi phát hành lại thông tin từ website này",
    "Copyright © 2024 Liên minh HTX tỉnh. Technology Supported by VNPT",
    "Thứ bảy, 13/07/2024",
    "Thứ Năm, 30/05/2024",
    "(09:15 | 30/05/2024)",
    "Ngày 24-02-2022 - Lượt xem: 37",
    "bởi admin — Ngày đăng: 20/02/2024 14:00 — Cập nhật lần cuối 21/02/2024 07:45",
    "Chuyên mục: Tin hoạt động Thẻ: dừa, xuất khẩu",
    "QĐ 25-LMHTX.pdf (214 KB)",
    "📌",
    "— —",  # a byline's separators, its name and dates gone (Volto's "bởi X — xuất bản … — sửa đổi …")
    # set 9: a Domino page's navigation, Squarespace's tags, a Webflow download link, a file list
    "Trở về | In tài liệu",
    "Gắn thẻ: Nông nghiệp",
    "Tải văn bản",
    "QD-15-LMHTX-quy-che-quy-ho-tro.pdf (PDF, 212 KB)",
    "212 KB",  # a files list's size field, its file's name a line of its own (Sitecore's)
    "1.733 lượt xem",
    "(1,2 MB)",
    "| Người viết: | |",
    "Lưu trữ blog",  # a blog's archive box's heading, its months gone as links (set 20's nopCommerce)
    "Lưu trữ",
    "htxphanrang đã reblog bài này từ htxninhthuan",  # a post's notes (set 21's Tumblr)
    "nongsanninhthuan đã thích bài này",
    "Nguyễn Lan đã thích bài viết này",
    "Sửa lần cuối bởi Nguyễn Văn Hùng vào lúc T.Năm 12 Th3, 2026 4:40 pm, đã sửa tổng cộng 1 lần.",  # phpBB's
    # who created a page and who or when last changed it (Confluence's page metadata, a forum's edit notice)
    "Được tạo bởi Quản trị LMHTX, lần sửa cuối vào 20 thg 11, 2025",
    "Created by Admin, last modified on Nov 20, 2025",
    "Sửa lần cuối bởi admin vào 20/11/2025 10:40",
    "Trang cuối sửa: 2026/03/12 14:30 bởi quantri",  # DokuWiki's
    "tin_tuc/hoat_dong/tong_ket_2025.txt · Trang cuối sửa: 2025/12/22 09:00 bởi quantri",  # ... after the page's file
    # a forum's clock and who-is-online box (phpBB's)
    "Bây giờ là T.Sáu 13 Th3, 2026 10:02 am",
    "Có tổng cộng 23 người dùng trực tuyến :: 2 đã đăng ký, 0 ẩn và 21 khách (dựa trên số người dùng trực tuyến trong 5 phút qua)",
    "Số người dùng trực tuyến nhiều nhất là 312 vào ngày T.Bảy 18 Th1, 2025 8:40 pm",
    "Thành viên đang trực tuyến: Nguyễn Văn Hùng, htx_tanyen",
    "Tổng số bài viết 245 • Tổng số chủ đề 38 • Tổng số thành viên 156 • Thành viên mới nhất htx_tanyen",
    "Chọn tất cả",  # a code box's button
    "Mã: Chọn tất cả",  # ... under its label (phpBB's)
    # a forum's attachments as a definition list (phpBB's): its heading and a file's size and downloads
    "- Tệp đính kèm",
    "- (215.4 KiB) Đã tải về 87 lần",
    "dua-luoi-1.png (118.5 KiB) Đã xem 64 lần",
    "KH-08.docx (32 KB) - Lượt tải: 12",
    "bao-cao.pdf (1.2 MB) Downloaded 40 times",
    "Đánh giá chủ đề: 230 lượt xem",  # a thread's rating, its stars images (MyBB's)
    "Thread Rating:",
    "KH-15-LMHTX-OCOP-2026.pdf (215,4 KB, 41 lượt tải)",  # an attachment's size and downloads (vBulletin's)
    "Được sửa bởi BBT Liên minh",  # a post's edit note (Invision's)
    "Được sửa bởi BBT Liên minh Thứ Ba lúc 14:02",
    "Trang chủ > Tin tức - Sự kiện > Sản phẩm OCOP của các HTX tỉnh Hòa Bình năm 2025",  # a breadcrumb (SPIP's)
    "Trang chủ » Văn bản",
    "Home / Tin tức",
    "<< Quay lại trang trước",
    "561 bytes",  # an article's size (Tiki's trailer)
    "Powered By Z-BlogPHP",  # the blog software's credit in the footer  # a back button's link (GetSimple News Manager's)
    "« Trở về danh sách",
    "Cảm ơn bạn đã đăng ký! Chúng tôi sẽ gửi bản tin mới nhất qua email.",  # a form's thanks (LadiPage's popup)
    "Thank you for subscribing!",
    "Mau-ho-so-vay-von-dot-2-2025.pdf 215.4 KB, Lượt tải xuống: 34 2025-9-17 15:37 Tải lên",  # an attachment (Discuz's)
    "TB-86-dang-ky-OCOP-2025.pdf (126.5 KB, Lượt tải xuống: 41)",
    "215.4 KB, Lượt tải xuống: 34 2025-9-17 15:37 Tải lên",  # ... the file's name on a line of its own
    "(125,3 kB, 37 lượt tải xuống)",  # ... its size in kB and its downloads under its link (WoltLab's)
    "TB-15-TB-LMHTX.pdf182,4 KB · Xem: 57",  # ... its size and views under its name, the two run together (XenForo's)
    "182,4 KB · Xem: 57",
    "2025-9-17 15:37 Tải lên",  # ... its card gone with its link
    "(Kích thước: 180 KB)",  # (Kunena's, after the file's link)
    "Kế hoạch số 15/KH-LMHTX (bản ký số) (PDF - 186.3 kio)",  # a document's link, its type and size (SPIP's)
    "Bài viết được lmhtx_thaibinh chỉnh sửa lần cuối vào 2025-9-17 16:02",  # an edit note (Discuz's)
    "[Bài viết được admin chỉnh sửa lúc 2024-05-14 08:02]",  # (PHPWind's, in brackets)
    "#1",  # a post's number (MyBB's permalink)
    "Bạn cảm thấy thế nào khi đọc bài viết này?",  # a reactions box's question (Discuz's)
    "GMT+7, 2025-9-18 10:30 , Processed in 0.052371 second(s), 24 queries .",  # a forum's footer (Discuz's)
    "pdf, 186.2 KB, 04/07/25, 41 downloads",  # a file list's fields (phpwcms')
    "DSC_0412.jpg",  # a photo's file name in its caption's place (phpwcms' images template)
    "20 November 2025 #taphuan #ketoan",  # a post's date and hashtags (WonderCMS' Simple Blog)
    "#ocop #htx",
    "...",  # where the teaser was cut (b2evolution's "more" anchor)
    "…",
    # a documentation site's feedback box and its last update's label, the moment gone (GitBook's)
    "Nội dung này có hữu ích không?",
    "Was this page helpful?",
    "Cập nhật lần cuối",
    "Last updated on",
]


def test_a_posts_edit_note_goes_with_its_reason():
    lines = ["Số liệu do Văn phòng tổng hợp từ báo cáo của các xã.", "Được sửa bởi BBT Liên minh",
             "Lý do: bổ sung số HTX có sản phẩm OCOP"]
    assert clean_lines(lines) == lines[:1]
    phpbb = ["Số liệu do Văn phòng tổng hợp.", "Sửa lần cuối bởi admin vào lúc 4:40 pm, đã sửa tổng cộng 1 lần.",
             "Lý do: sửa số liệu"]
    assert clean_lines(phpbb) == phpbb[:1]
    # a reason of the text's own (a document's) stays
    assert clean_lines(["Đề nghị hoãn cuộc họp.", "Lý do: trùng lịch tiếp khách."]) == [
        "Đề nghị hoãn cuộc họp.", "Lý do: trùng lịch tiếp khách."]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_line_is_dropped(line):
    assert clean_lines(["Đoạn mở đầu của bài viết.", line, "Kết thúc bài."]) == [
        "Đoạn mở đầu của bài viết.",
        "Kết thúc bài.",
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Quang cảnh buổi sinh hoạt chuyên đề",
        "Vũ Hùng, Phòng Tuyên truyền",
        "Đinh Thái PNV.",
        "Các thành viên chia sẻ kinh nghiệm sản xuất theo chuỗi giá trị.",
        "Thời tiết năm nay thuận lợi nên HTX được mùa lớn.",
        "I. MỤC ĐÍCH, YÊU CẦU",
        "- Xây dựng kế hoạch thực hiện tuyên truyền;",
        "Thái Bình, ngày 01 tháng 3 năm 2023",
        "Số: 04/KH-LMHTX",
        "___",
        "Giá bán | 45.000 đồng/kg",
        "- Xem thêm các mô hình HTX kiểu mới ở phần sau của bài.",
        "Bản kế hoạch (12 trang) đã tải về 87 lần trong tuần đầu.",
        "Bây giờ là năm 2026, các HTX cần chuyển đổi số mạnh mẽ hơn bao giờ hết.",
        "Đánh giá chủ đề này, các chuyên gia cho rằng HTX cần thêm vốn.",
        "Máy được sửa bởi thợ của HTX trong hai ngày.",
        "Quay lại trang trước, bạn đọc sẽ thấy bảng số liệu của năm 2024.",
        "Hiện có tổng cộng 1.200 người dùng trực tiếp sàn thương mại điện tử của tỉnh.",
        "Nội dung này có hữu ích không, các HTX sẽ trả lời trong phiếu khảo sát.",
        "Cập nhật lần cuối danh sách HTX được hỗ trợ vốn.",
    ],
)
def test_article_lines_stay(line):
    assert clean_lines(["Đoạn mở đầu.", line]) == ["Đoạn mở đầu.", line]


def test_seed_003_tail_is_cut_at_rating_and_related():
    lines = clean_lines(seed_lines("003_2795481cec5ab890.txt"))
    assert lines[0] == "Kinh tế tập thể gắn với tăng cường đoàn kết sáng tạo"
    assert lines[-1] == "Đinh Thái PNV."
    text = "\n".join(lines)
    for bad in ("Tăng tương phản", "Tổng số điểm", "Tin liên quan", "Thời tiết", "Hôm nay", "Thống kê"):
        assert bad not in text


def test_seed_001_banner_and_poll_dropped_byline_kept():
    lines = clean_lines(seed_lines("001_ccb9e0e639917e74.txt"), title="Ban Tuyên giáo Tỉnh ủy và Liên minh HTX ký kết chương trình phối hợp tuyên truyền phát triển kinh tế tập thể, hợp tác xã")
    text = "\n".join(lines)
    assert "Thứ Năm, 30/05/2024" not in text and "Thứ Hai, 24/10/2022" not in text
    assert lines[-1] == "Vũ Hùng, Phòng Tuyên truyền"
    assert "Khảo sát" not in text and "Theo bạn" not in text


def test_title_echo_removed_only_at_start():
    assert clean_lines(["Tiêu đề bài", "Nội dung.", "Tiêu đề bài"], title="Tiêu đề bài") == ["Nội dung.", "Tiêu đề bài"]


def test_a_kicker_above_the_titles_echo_is_no_text():
    """The page's heading read with the text: its kicker (SPIP's "surtitre"), the title, the text."""
    title = "Quỹ hỗ trợ phát triển HTX tỉnh cho vay 9,5 tỷ đồng trong 9 tháng"
    lead = "Chín tháng đầu năm 2025, Quỹ hỗ trợ phát triển HTX tỉnh đã giải ngân 9,5 tỷ đồng cho 16 HTX."
    assert clean_lines(["Kinh tế tập thể", title, lead], title=title) == [lead]
    # a line of the text's before a heading of its own words stays (a document's number above its title)
    assert clean_lines(["Số: 15/KH-LMHTX", title, lead], title=title)[0] == "Số: 15/KH-LMHTX"


def test_a_forums_topic_header_echoes_the_title():
    # SMF: "Chủ đề: <title> (Đã xem 305 lần)" above the first post
    title = "HTX Nông nghiệp Long Hiệp đưa lúa hữu cơ vào siêu thị"
    assert clean_lines([f"Chủ đề: {title} (Đã xem 305 lần)", "Nội dung."], title=title) == ["Nội dung."]
    assert clean_lines([f"Chủ đề: {title} khác", "Nội dung."], title=title) == [f"Chủ đề: {title} khác", "Nội dung."]


def test_nfc_and_spaces():
    import unicodedata

    nfd = unicodedata.normalize("NFD", "Hợp   tác\u00a0xã")
    assert clean_lines([nfd]) == ["Hợp tác xã"]


def test_a_field_table_after_the_text_is_not_text():
    # SharePoint/DotNetNuke print the page's fields as a label | value table after the body: a
    # row that is furniture read as "label: value" makes its neighbouring rows fields too
    body = ["HTX Hòa Tú ký hợp đồng bao tiêu 600 ha lúa hữu cơ.", "Thành viên HTX thăm ruộng lúa"]
    fields = ["| Tác giả | Ngọc Hân |", "| Ngày đăng | 22/08/2023 10:05 |", "| Nguồn | Liên minh HTX tỉnh |",
              "| Lượt xem | 318 |", "| Tập tin đính kèm | KH-12-LMHTX.pdf |"]
    assert clean_lines(body + fields) == body
    assert clean_lines(body + ["| Tác giả | |", "| Lượt xem | |"]) == body  # empty fields: dangling labels


def test_a_data_table_in_the_text_stays():
    table = ["| Sản phẩm | Sản lượng |", "| Lúa hữu cơ | 600 tấn |", "| Tôm sú | 85 tấn |"]
    lines = ["Kết quả sản xuất năm 2023 của HTX:", *table, "HTX đặt mục tiêu tăng 10% trong năm 2024."]
    assert clean_lines(lines) == lines


def test_a_fields_label_and_value_in_two_blocks_are_one_line():
    assert clean_lines(["HTX có 47 thành viên.", "Tác giả:", "Trần Minh Đức"]) == ["HTX có 47 thành viên.",
                                                                                "Tác giả: Trần Minh Đức"]
    assert clean_lines(["Nguồn:", "Báo Bắc Giang"]) == ["Nguồn: Báo Bắc Giang"]


@pytest.mark.parametrize("marker", ["Bài viết tiếp theo", "Tin tiếp theo", "Next post",
                                    "Bài viết trước: Tập huấn kế toán cho HTX ở Ba Tri", "Bài viết sau: Không có"])
def test_the_next_post_loaded_below_is_not_the_text(marker):
    lines = ["Kết thúc lớp học, 23 HTX đã mở gian hàng.", "Thanh Tâm", marker, "HTX sầu riêng Bù Đăng xuất khẩu", "Trần Hòa"]
    assert clean_lines(lines) == lines[:2]


def test_dates_reading_times_and_file_rows_are_not_text():
    lines = ["Học viên được hướng dẫn mở gian hàng.", "09/10/2025", "2 phút đọc", "245 lượt chia sẻ", "·", "5 min read",
             "| 1 | KH-112-LMHTX.pdf | Tải về |", "12-KH-LMHTX.pdf (85.3 KB)", "HTX đã mở 23 gian hàng."]
    assert clean_lines(lines) == ["Học viên được hướng dẫn mở gian hàng.", "HTX đã mở 23 gian hàng."]


def test_what_follows_other_documents_heading_is_not_the_text():
    lines = ["Đoạn mở đầu của bài viết.", "Kết thúc bài.", "Tài liệu khác", "Công văn về việc đăng ký hội chợ"]
    assert clean_lines(lines) == ["Đoạn mở đầu của bài viết.", "Kết thúc bài."]


@pytest.mark.parametrize("label", ["Từ khóa", "Thẻ:", "Tags"])
def test_a_taxonomy_label_alone_ends_the_text(label):
    # the label on its own line, its terms on the next, then the comments' rules
    lines = ["Hội nghị diễn ra trong một ngày với sự tham dự của 200 đại biểu.", label, "OCOP, hợp tác xã, Nghệ An",
             "Lưu ý: bình luận không phù hợp sẽ không được duyệt."]
    assert clean_lines(lines) == lines[:1]


def test_a_line_of_fields_left_without_its_values_is_no_text():
    # the site profile took the date and the name out (met again on the listings): the labels stay
    prose = "Tháng Ba, hoa ban nở trắng trên những đồi chè Shan tuyết cổ thụ của HTX Chè Tủa Chùa."
    assert clean_lines([prose, "Đăng · Tác giả · Chuyên mục Phóng sự ảnh"]) == [prose]
    # a line that only begins like a field stays
    assert clean_lines([prose, "Đăng · ký thành lập HTX"]) == [prose, "Đăng · ký thành lập HTX"]


@pytest.mark.parametrize("tail", [
    ["Đã gắn thẻ: OCOP, HTX"],
    ["Đăng bởi Quản trị trong Tin tức lúc 09:45 | Bình luận (1) | Trackbacks (0) | Sửa đổi lần cuối: 20/11/2025 16:10"],
    ["Đăng bởi Quản trị trong Tin tức lúc 10:30 | Bình luận (0) | Trackbacks (0)"],  # no date: its counters say
    ["TrackBack", "TrackBack URL: http://quy.example.vn/mt/mt-tb.cgi/102"],
    ["Các bình luận thuộc về người gửi. Chúng tôi không chịu trách nhiệm về nội dung của họ.", "Người gửi", "Khách"],
    # the comments' table, its disclaimer taken by the site profile
    ["Người gửi", "Chủ đề", "Khách", "Gửi lúc: 15/03/2026 09:12", "HTX chúng tôi muốn vay đợt 2 thì nộp hồ sơ ở đâu?"],
])
def test_a_blogs_tags_footer_trackbacks_and_comments_are_no_text(tail):
    prose = "Kho lạnh giúp HTX chủ động thu mua hải sản của ngư dân vào mùa cao điểm, giữ giá ổn định."
    assert clean_lines([prose, "Ngọc Huấn", *tail]) == [prose, "Ngọc Huấn"]


@pytest.mark.parametrize("currents", [
    ["| Current mood: | happy |", "| Current music: | Thanh Hoa - Hát về cây lúa hôm nay |"],  # LiveJournal's table
    ["Current location: Vĩnh Yên"],
    ["Tâm trạng: vui", "Đang nghe: Khúc hát người Hà Nội"],  # a journal in Vietnamese
])
def test_a_journal_posts_currents_closing_it_are_no_text(currents):
    # the poster's mood and music under the post's text: its closing byline is the text's last line
    prose = "Vụ này HTX thu hoạch khoảng 120 tấn bí, giá bán bình quân 9.000 đồng/kg."
    assert clean_lines([prose, "Bài và ảnh: Kim Văn Dũng", *currents]) == [prose, "Bài và ảnh: Kim Văn Dũng"]
    # a sentence about a mood stays
    assert clean_lines([prose, "Tâm trạng: ai cũng phấn khởi vì được mùa."])[-1] != prose


def test_a_caption_shown_again_cut_short_is_said_once():
    caption = "Chủ tịch Liên minh HTX tỉnh trao giấy chứng nhận OCOP cho các hợp tác xã tại hội nghị tổng kết năm 2025"
    cut = caption[:70].rsplit(" ", 1)[0]
    lines = [caption, f"{cut} ... Xem thêm", "Ảnh: Minh Hoàng", "Hội nghị diễn ra sáng 12/3 tại trụ sở Liên minh HTX tỉnh."]
    assert clean_lines(lines) == [caption, "Ảnh: Minh Hoàng", lines[3]]
    # A line repeated whole stays (an interview asks its question of each guest), and a line
    # ending in an ellipsis that cuts nothing shown before it is the text's own.
    question = "Điều gì đã thôi thúc anh chị thành lập hợp tác xã ở địa phương?"
    own = "Ông Lâm nói về những dự định sắp tới của hợp tác xã trong năm mới…"
    lines = [question, "Chị Hoa: Vì người dân cần đầu ra ổn định.", question, "Anh Tùng: Vì vùng nguyên liệu.", own]
    assert clean_lines(lines) == lines


def test_a_journal_articles_fields_and_bibliography_are_not_its_text():
    abstract = "Bài viết đánh giá mức độ ứng dụng công nghệ số của hợp tác xã trên cơ sở khảo sát 350 hợp tác xã."
    lines = ["DOI:", "https://doi.org/10.59841/kthtx.2026.148", "Tóm tắt", abstract, "Tài liệu tham khảo",
             "Quốc hội (2023), Luật Hợp tác xã số 17/2023/QH15.", "Đã xuất bản", "Cách trích dẫn"]
    assert clean_lines(lines) == [abstract]
    assert clean_lines(["DOI: 10.59841/kthtx.2026.148", abstract]) == [abstract]


def test_a_wikis_edit_links_and_notes_are_not_its_text():
    """MediaWiki: each heading ends with its section's edit links; the notes close the page."""
    said = "Năm 2025, cả nước có thêm 2.100 hợp tác xã thành lập mới, nâng tổng số lên hơn 34.000 hợp tác xã."
    lines = ["Kết quả năm 2025[sửa | sửa mã nguồn]", said, "Nhiệm vụ năm 2026[sửa]", said,
             "Chú thích[sửa | sửa mã nguồn]", "Báo cáo của Ban Chấp hành Liên minh HTX Việt Nam, tháng 3/2026."]
    assert clean_lines(lines) == ["Kết quả năm 2025", said, "Nhiệm vụ năm 2026", said]
    assert clean_lines(["Đường [sửa] ống", said]) == ["Đường [sửa] ống", said]  # (in a line: the line's own)


def test_a_forums_who_is_online_box_ends_the_text():
    said = "Năm 2025, khu vực Bắc Giang thành lập mới 41 HTX, nâng tổng số HTX đang hoạt động lên 786 HTX."
    lines = [said, "Ai đang trực tuyến", "Những người dùng đang duyệt chuyên mục này: Không có thành viên nào trực tuyến và 2 khách"]
    assert clean_lines(lines) == [said]


@pytest.mark.parametrize("box", [["Các chủ đề có thể liên quan…", "Liên minh HTX tỉnh triển khai nhiệm vụ quý II", "BBT Liên minh"],
                                 ["Người dùng đang xem chủ đề này: 1 Khách"],
                                 ["Bài liên quan", "Kế hoạch 03/KH-LMHTX Hội thi sản phẩm HTX tiêu biểu 2026"],
                                 # SPIP's "Trong cùng chuyên mục" under the text
                                 ["Trong cùng chuyên mục", "HTX Cam Cao Phong chuẩn hóa vùng trồng theo VietGAP 10 tháng 2 năm 2026"]])
def test_a_forums_related_threads_and_viewers_and_a_blogs_related_posts_end_the_text(box):
    # MyBB's boxes under the posts; Hexo NexT's "Bài liên quan" inside the <article>
    said = "Năm 2025, khu vực Bắc Giang thành lập mới 41 HTX, nâng tổng số HTX đang hoạt động lên 786 HTX."
    assert clean_lines([said, *box]) == [said]


def test_the_posts_section_left_under_its_heading_is_not_text():
    # Vanilla's "<time>…</time> trong <a>Thông báo</a>", its date gone; the poster's line above it
    body = "Chiều 26/12, Liên minh HTX tỉnh tổ chức hội nghị tổng kết công tác năm 2024."
    assert clean_lines(["Đỗ Quang Huy", "trong Thông báo", body]) == ["Đỗ Quang Huy", body]
    assert clean_lines(["in Tin hoạt động", body]) == [body]
    # a sentence opening so stays, as does such a line further down
    kept = ["trong năm 2024, Liên minh HTX tỉnh đã tư vấn thành lập 29 HTX.", body, "trong Thông báo"]
    assert clean_lines(kept) == kept


@pytest.mark.parametrize("line", ["Ngoại tuyến", "Trực tuyến", "Đang trực tuyến", "Offline",
                                  "Khách chưa được phép gửi lời bình, xin hãy đăng ký", "Only registered users can add comments."])
def test_a_posters_status_and_who_may_comment_are_furniture(line):
    assert FURNITURE_LINE.match(line)
    assert not FURNITURE_LINE.match("Hội chợ trực tuyến sản phẩm OCOP")
