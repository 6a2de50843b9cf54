"""Generic extraction on layouts the held-out sets 53a-d showed (listmonk's e-mail archive, Zendesk's and
Freshdesk's help centres, Cotonti's page, HubPages' article, Telligent's and Omeka's feeds): each page built
to show one rule, read as a portal never seen would be (no family, no selectors)."""

from datetime import datetime

import lxml.html

from crawler.bylines import without_office
from crawler.dates import TZ
from crawler.extract import extract
from crawler.families import rules_for
from crawler.links import ListingDates
from crawler.titles import _heading_text

GENERIC = rules_for("generic")
TITLE = "Tổng kết 5 năm thực hiện Nghị quyết 20 về kinh tế tập thể tỉnh Thái Bình"
LONG = "".join(f"<p>Đoạn {i}: Liên minh HTX tỉnh phối hợp với các sở, ngành tổ chức tập huấn nâng cao năng lực quản trị "
               f"cho cán bộ quản lý hợp tác xã nông nghiệp trên địa bàn tỉnh trong năm 2024.</p>" for i in range(1, 5))
FETCHED = datetime(2026, 12, 7, 9, 0, tzinfo=TZ)


def page(body: str, title: str = TITLE, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def read(html: str, url: str = "http://htx.example.vn/archive/ban-tin-so-12-2023", **kw):
    return extract(html, url, rules=GENERIC, fetched_at=FETCHED, **kw)


def test_an_emails_issue_line_in_the_row_above_the_titles_dates_it():
    # listmonk's archived campaign: the e-mail's table layout, the issue line a row above the title's
    mail = page('<table class="wrap"><tr><td>Không xem được thư này? <a href="/campaign/1">Xem trong trình duyệt</a></td></tr>'
                '<tr><td>Bản tin điện tử Liên minh HTX tỉnh Thái Bình</td></tr>'
                '<tr><td style="font-size:13px">Số 12/2023 · Thứ Tư, 20/12/2023</td></tr>'
                f'<tr><td class="content"><h1>{TITLE}</h1>{LONG}</td></tr></table>')
    assert read(mail).item["published"] == "2023-12-20T00:00:00+07:00"
    # (a document's number before a date is no issue line: "Số 15/TB-LMHTX · 20/12/2023" names no day of the page)
    numbered = mail.replace("Số 12/2023 · Thứ Tư, 20/12/2023", "Số 15/TB-LMHTX · 20/12/2023")
    assert read(numbered).item["published"] is None


def test_a_print_button_in_the_heading_is_no_part_of_the_title():
    # Freshdesk's article: the print link after the heading's words (the sample portal's crawl chose this
    # heading; its words are the title, the button's "In" no part of it)
    heading = lxml.html.fragment_fromstring(
        '<h2 class="heading">HTX Hoa kiểng Cái Mơn chuẩn bị nguồn hàng phục vụ Tết <a href="javascript:print();" '
        'class="solution-print--icon"><span class="icon-print"></span><span class="text-print">In</span></a></h2>')
    assert _heading_text(heading) == "HTX Hoa kiểng Cái Mơn chuẩn bị nguồn hàng phục vụ Tết"
    # (a link to a page is words of the title: "… của <a href=/htx/12>HTX Tân Long</a>")
    linked = lxml.html.fragment_fromstring('<h2>Ra mắt sản phẩm mới của <a href="/htx/12">HTX Tân Long</a></h2>')
    assert _heading_text(linked) == "Ra mắt sản phẩm mới của HTX Tân Long"


def test_a_day_shown_that_the_metadata_names_the_last_change_gives_way_to_the_publication():
    # HubPages: "Cập nhật ngày …" (which Vietnamese portals also write for the posting) is the JSON-LD's dateModified
    ld = ('<script type="application/ld+json">{"@context": "https://schema.org", "@type": "Article", "headline": "%s", '
          '"datePublished": "2024-10-21T01:30:00Z", "dateModified": "%s"}</script>')
    body = f'<article><h1>{TITLE}</h1><div class="date"><span>Cập nhật ngày 3 tháng 11, 2024</span></div>{LONG}</article>'
    url = "http://htx.example.vn/nong-nghiep/Tong-Ket-5-Nam"
    assert read(page(body, head=ld % (TITLE, "2024-11-03T02:05:00Z")), url=url).item["published"] \
        == "2024-10-21T08:30:00+07:00"
    # (no such change: the day the page shows wins, as a portal's "Cập nhật" is its posting)
    assert read(page(body, head=ld % (TITLE, "2024-10-21T01:30:00Z")), url=url).item["published"] \
        == "2024-11-03T00:00:00+07:00"


def test_a_stamp_labelled_updated_after_it_is_a_changes():
    # Zendesk's edited article: "<time …>1 tháng trước</time> · Đã cập nhật" instead of its creation
    def zendesk(label: str) -> str:
        return page(f'<article><h1>{TITLE}</h1><ul class="meta-group"><li class="meta-data">Văn phòng LMHTX</li>'
                    '<li class="meta-data"><time datetime="2025-02-03T09:20:00Z" title="2025-02-03 16:20">1 tháng trước'
                    f'</time></li><li class="meta-data">{label}</li></ul><div class="article-body"><p>Số: 02/TB-LMHTX</p>'
                    f'<p>Lào Cai, ngày 13 tháng 01 năm 2025</p>{LONG}</div></article>')
    url = "http://htx.example.vn/hc/vi/articles/360041161705-Thong-bao"
    assert read(zendesk("Đã cập nhật"), url=url).item["published"] == "2025-01-13T00:00:00+07:00"
    assert read(zendesk("Theo dõi"), url=url).item["published"] == "2025-02-03T16:20:00+07:00"


def test_a_comments_box_beside_the_posts_is_no_second_post_and_its_fields_line_no_text():
    # Cotonti: the post and its comments in boxes of one kind, each under its heading; the fields line with the hits
    html = page('<div class="col"><div class="block"><h2 class="page">HTX Khóm Hỏa Tiến mở rộng vùng nguyên liệu</h2>'
                '<p class="small">Ngày đăng: 05.11.2024 00:35 | Người đăng: <a href="users/quantri">quantri</a> | '
                'Tác giả: <strong>Trần Thị Bích Ngọc</strong> | Xem: 389</p><p class="column"><strong>Xếp vào:</strong> '
                f'<a href="/">Trang chủ</a> &gt; <a href="tin-tuc">Tin tức - Sự kiện</a></p><div class="textbox">{LONG}</div>'
                '</div><div class="block"><h2 class="comments">Bình luận (1)</h2><div class="comments1"><p>'
                '<a href="users/htx_tanlong">htx_tanlong</a></p><p>05.11.2024 19:40</p></div><div class="comments2"><p>'
                'HTX Tân Long xin cảm ơn Liên minh đã hỗ trợ các hợp tác xã trong tỉnh thực hiện chuyển đổi số, tham gia '
                'sàn thương mại điện tử và kết nối tiêu thụ sản phẩm.</p></div><div class="error">Bạn cần đăng nhập để gửi '
                'bình luận.</div></div></div>', title="HTX Khóm Hỏa Tiến - Liên minh HTX Hậu Giang")
    result = read(html, url="http://htx.example.vn/tin-tuc/htx-khom-hoa-tien")
    assert result.is_article
    assert result.item["published"] == "2024-11-05T00:35:00+07:00"
    assert result.item["author"] == "Trần Thị Bích Ngọc"
    text = result.item["text"]
    assert text.startswith("Đoạn 1:") and "Xem: 389" not in text and "Xếp vào" not in text
    assert "đăng nhập" not in text


def test_a_feeds_instant_dates_what_no_list_dated_and_never_a_lists_day():
    dates = ListingDates()
    dates.add_instant("a", "2024-11-06T06:10:00+07:00")  # Telligent's post shown as "3 giờ trước" everywhere
    assert dates.get("a") == "2024-11-06T06:10:00+07:00"
    assert dates.get("a", feed=False) is None  # (a feed alone makes no undecided page an article)
    # a list's day stands beside its feed's instant, that day or another (phpwcms' feed labels its local
    # clock "+0100": "Thu, 20 Mar 2025 16:20:06 +0100" for a post of 16:20 listed on 20/03)
    dates.add("b", "20/03/2025")
    dates.add_instant("b", "2025-03-20T22:20:06+07:00")
    assert dates.get("b") == "20/03/2025"
    dates.add("c", "10/12/2024")
    dates.add_instant("c", "2024-12-12T15:30:00+07:00")
    assert dates.get("c") == "10/12/2024"


def test_the_pages_own_day_wins_over_a_feeds_instant():
    # Omeka's item: the feed's pubDate is the day the item was added to the catalogue; the record's
    # Dublin Core "Ngày" field under the text is the page's own day
    html = page(f'<div id="primary"><h1>{TITLE}</h1><div class="element-set"><div class="element"><h3>Mô tả</h3>'
                f'<div class="element-text">{LONG}</div></div><div class="element"><h3>Ngày</h3><div class="element-text">'
                '2024-12-27</div></div></div></div>')
    item = read(html, url="http://htx.example.vn/items/show/13", listing_date="2024-12-28T15:30:00+07:00").item
    assert item["published"] == "2024-12-27T00:00:00+07:00"


def test_a_list_showing_its_newest_post_whole_under_a_linked_title_waits_for_that_posts_page():
    # Anchor's default theme: the site's description in the banner, the newest post whole under its
    # linked <h1>, the older ones as linked titles; the post's own page holds the article
    html = page('<header id="top"><a id="logo" href="/">Bản tin Liên minh HTX Bến Tre</a><p class="site-description">Trang '
                'tin hoạt động của Liên minh Hợp tác xã tỉnh Bến Tre - Đồng hành cùng kinh tế tập thể xứ Dừa</p><nav>'
                '<a href="/posts">Tin tức</a></nav></header><section class="content"><ul class="items"><li><article>'
                f'<h1><a href="/posts/tong-ket-nghi-quyet-20">{TITLE}</a></h1><div class="content">{LONG}</div><footer>Đăng '
                '<time datetime="2024-03-19T00:05:00+00:00">khoảng 2 tháng trước</time></footer></article></li>'
                '<li><article><h2><a href="/posts/htx-phu-hung-trong-ca-cao">HTX Nông nghiệp Phú Hưng nhân rộng mô hình trồng '
                'ca cao xen dừa</a></h2></article></li></ul></section>', title="Tin tức - Bản tin Liên minh HTX Bến Tre")
    result = read(html, url="http://htx.example.vn/posts/2")
    assert result.linked_post == "http://htx.example.vn/posts/tong-ket-nghi-quyet-20"


def test_a_bylines_post_after_the_name_is_no_part_of_it():
    # Exponent's closing byline: the writer and their post in the alliance
    assert without_office("Nguyễn Thanh Bình - Phó Chủ tịch Liên minh HTX thành phố") == "Nguyễn Thanh Bình"
    assert without_office("Lê Văn An, Giám đốc HTX Tân Long") == "Lê Văn An"
    assert without_office("Ngọc Hân - Quốc Việt") == "Ngọc Hân - Quốc Việt"  # (two writers)


def test_a_comments_heading_with_its_count_ends_the_text_and_a_wikis_page_info_is_no_text():
    # Wikidot: the page's revision and last change under the text, then "Bình luận (1)" over the comments
    html = page(f'<div id="main-content"><div id="page-title">{TITLE}</div><div id="page-content">'
                f'<p>Ngày đăng: 15/10/2024</p>{LONG}</div><div id="page-info">phiên bản trang: 5, cập nhật lần cuối: '
                '30 Oct 2024 08:00</div><div id="thread-container"><h2><span>Bình luận (1)</span></h2><div class="post">'
                '<div class="content"><p>Bài viết dễ hiểu, cảm ơn Liên minh.</p></div></div></div></div>')
    text = read(html, url="http://htx.example.vn/news:tong-ket-nghi-quyet-20").item["text"]
    assert text.endswith("trong năm 2024.") and "phiên bản" not in text and "cảm ơn" not in text
    # (a post without comments says so: no text either)
    empty = html.replace("<h2><span>Bình luận (1)</span></h2>", "").replace("Bài viết dễ hiểu, cảm ơn Liên minh.",
                                                                             "Chưa có bình luận nào")
    assert "bình luận" not in read(empty, url="http://htx.example.vn/news:tong-ket-nghi-quyet-20").item["text"]
