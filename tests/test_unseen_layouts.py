"""Generic extraction, one page at a time, on layouts the held-out sets 50a-52 showed (XOOPS' and
ImpressCMS' topic-prefixed titles and related tables, Nuxeo's field box, uPortal's portlets,
Nextcloud Collectives, Dreamwidth's reply view, Plume's bare UTC clock; Foswiki's action bar, Jive's
short notice, Livedoor's hAtom entry, Hatena's owner login, Gitea's releases, Tiki's posted line,
Groups.io's and Google Groups' messages; Mahara's path heading, Velog's Seoul day): each page built
to show one rule, read as a portal never seen would be (no family, no selectors)."""

import json
from datetime import datetime

import lxml.html

from crawler.dates import TZ, Clock, find_published
from crawler.extract import extract
from crawler.families import rules_for
from crawler.pagekind import drop_link_bars

GENERIC = rules_for("generic")
SITE = "Liên minh HTX tỉnh Hà Tĩnh"
TITLE = "Kế hoạch tuyên truyền phát triển kinh tế tập thể năm 2024"
LONG = "".join(f"<p>Đoạn {i}: Liên minh HTX tỉnh phối hợp với các sở, ngành tổ chức tập huấn nâng cao năng lực quản trị "
               f"cho cán bộ quản lý hợp tác xã nông nghiệp trên địa bàn tỉnh trong năm 2024.</p>" for i in range(1, 5))
FETCHED = datetime(2026, 12, 7, 9, 0, tzinfo=TZ)


def page(body: str, title: str, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def read(html: str, url: str = "http://htx.example.vn/modules/news/article.php?storyid=122", **kw):
    return extract(html, url, rules=GENERIC, fetched_at=FETCHED, **kw)


def _xoops(text: str) -> str:
    """An ImpressCMS story: the title only in a span after its topic's link, the post line, the text,
    the related posts' table of links, dates and read counts."""
    return (f'<div class="item"><div class="itemHead"><span class="itemTitle"><a href="/modules/news/index.php?storytopic=2">'
            f'Thông báo - Văn bản</a>: {TITLE}</span></div><div class="itemInfo"><span class="itemPoster">Đăng bởi '
            f'<a href="/userinfo.php?uid=3">vanphong</a></span> <span class="itemPostDate">vào ngày 2024/3/5 7:45:00</span>'
            f'</div><div class="itemBody"><div class="itemText">{text}</div></div>'
            '<table class="outer"><tr><th colspan="3">Các bài khác cùng chuyên mục</th></tr><tr><td class="head">Tiêu đề</td>'
            '<td class="head">Ngày</td><td class="head">Lượt đọc</td></tr>'
            '<tr><td><a href="/modules/news/article.php?storyid=143">HTX Bưởi Phúc Trạch ký hợp đồng tiêu thụ 300 tấn bưởi</a>'
            '</td><td>2024/6/11</td><td>530</td></tr><tr><td><a href="/modules/news/article.php?storyid=136">Mật ong rừng Vũ '
            'Quang đạt chứng nhận OCOP 4 sao</a></td><td>2024/5/6</td><td>611</td></tr></table></div>')


def test_a_title_after_its_topics_link_is_found_by_the_title_between_the_sites_name_and_the_topic():
    result = read(page(_xoops(LONG), f"{SITE} - {TITLE} - Thông báo - Văn bản - Tin tức"))
    assert result.is_article, result.reason
    assert result.item["title"] == TITLE
    assert result.item["published"] == "2024-03-05T07:45:00+07:00"


def test_a_related_posts_table_of_links_dates_and_counts_is_no_text():
    text = read(page(_xoops(LONG), f"{TITLE} - Tin tức")).item["text"]
    assert text.endswith("trong năm 2024.") and "Các bài khác" not in text and "Lượt đọc" not in text
    # (a table of data keeps its rows, a link in a cell now and then)
    data = ("<table><tr><td>Chỉ tiêu</td><td>2024</td></tr><tr><td><a href='/htx'>HTX thành lập mới</a></td><td>27</td></tr>"
            "<tr><td>Lớp tập huấn</td><td>9</td></tr></table>")
    assert "| Lớp tập huấn | 9 |" in read(page(_xoops(LONG + data), f"{TITLE} - Tin tức")).item["text"]


def test_a_short_text_the_page_reading_lost_is_read_after_the_title():
    # three sentences (under trafilatura's 250 characters: it falls back to the page's longest runs,
    # the related table)
    short = ("<p><strong>HTX Nông nghiệp Thạch Hạ (TP Hà Tĩnh) đưa vào sản xuất 2,5 ha rau an toàn trong nhà lưới.</strong></p>"
             "<p>Mỗi ngày HTX cung cấp cho các bếp ăn trường học và siêu thị trên địa bàn khoảng 1,2 tấn rau các loại.</p>"
             "<p>Thu nhập bình quân của lao động làm việc tại HTX đạt 6,5 triệu đồng/người/tháng.</p>")
    result = read(page(_xoops(short), f"{TITLE} - Tin tức"))
    assert result.is_article, result.reason
    assert result.item["text"].split("\n") == [
        "HTX Nông nghiệp Thạch Hạ (TP Hà Tĩnh) đưa vào sản xuất 2,5 ha rau an toàn trong nhà lưới.",
        "Mỗi ngày HTX cung cấp cho các bếp ăn trường học và siêu thị trên địa bàn khoảng 1,2 tấn rau các loại.",
        "Thu nhập bình quân của lao động làm việc tại HTX đạt 6,5 triệu đồng/người/tháng."]


def test_a_record_is_dated_by_its_creation_in_a_box_of_fields_beside_the_text():
    # Nuxeo: "Thông tin chung" in a widget panel beside the note, its creation and its last change
    fields = ('<div class="summary_panel_right"><div class="widgetPanel"><h3>Thông tin chung</h3><table class="dataInput">'
              '<tr><td>Người tạo</td><td>nv.tuyen</td></tr><tr><td>Ngày tạo</td><td>20/05/2024 10:05</td></tr>'
              '<tr><td>Sửa đổi lần cuối</td><td>27/05/2024 14:00</td></tr><tr><td>Xuất bản trong</td><td>tin-tuc</td></tr>'
              '</table></div></div>')
    html = page(f'<h1 class="documentTitle">{TITLE}</h1><div class="summary"><div class="summary_panel_left">'
                f'<div class="widgetPanel">{LONG}</div></div>{fields}</div>', f"{TITLE} - Nuxeo")
    result = read(html, url="http://htx.example.vn/nuxeo/nxpath/default/sections/tin-tuc/ke-hoach@view_documents")
    assert result.is_article, result.reason
    assert result.item["published"] == "2024-05-20T10:05:00+07:00"


def test_the_heading_a_title_names_word_for_word_wins_over_one_that_adds_to_it():
    # Dreamwidth's reply view: "<title> (Reply)" in the page's heading, the entry's own heading after it
    html = page(f'<h1><a href="/">Nhật ký Liên minh HTX</a></h1><h2 id="pagetitle">{TITLE} (Reply)</h2>'
                f'<h3 class="entry-title"><a href="/4097.html">{TITLE}</a></h3><p>Nov. 5th, 2024 12:40 am</p>{LONG}',
                f"lmhtx_binhdinh | {TITLE} (Reply)", head=f'<meta property="og:title" content="{TITLE}">')
    assert read(html, url="http://nhatky.example.vn/4097.html?mode=reply").item["title"] == TITLE


def test_a_title_the_address_spells_out_is_the_pages_title():
    # Nextcloud Collectives: the title only in an editor's disabled field and the page list; <title> the collective's
    url = ("http://cloud.example.vn/apps/collectives/p/pK8w/B%E1%BA%A3n%20tin/T%E1%BA%ADp%20hu%E1%BA%A5n%20chuy%E1%BB%83n"
           "%20%C4%91%E1%BB%95i%20s%E1%BB%91%20cho%20HTX%20n%C4%83m%202024")
    html = page('<h1 class="header-appname">Bản tin LMHTX Bắc Kạn</h1><ul><li class="active"><a href="?fileId=1">'
                'Tập huấn chuyển đổi số cho HTX năm 2024</a></li></ul><form><input class="title" type="text" '
                'value="Tập huấn chuyển đổi số cho HTX năm 2024" disabled></form>'
                '<span class="live-relative-timestamp" title="13 tháng 11 năm 2024 14:35">7 ngày trước</span>'
                f'<div class="ProseMirror">{LONG}</div>', "Bản tin LMHTX Bắc Kạn - Collectives")
    result = read(html, url=url)
    assert result.item["title"] == "Tập huấn chuyển đổi số cho HTX năm 2024"
    # (a slug spells no title: its words lost their marks)
    assert read(html.replace('value="Tập huấn', 'value="Tap huan'), url=url.rsplit("/", 1)[0] + "/tap-huan-chuyen-doi-so-cho-htx")\
        .item["title"] != "tap huan chuyen doi so cho htx"


def test_a_sentence_leading_into_a_list_opens_the_text_under_the_title_above_it():
    # uPortal's announcement (its <title> the portal's): the item's <h2>, its lines, then a list and a subheading
    html = page('<section><div><h2>Hướng dẫn HTX đăng ký sản phẩm tham gia Chương trình OCOP năm 2024</h2>'
                '<p>Published Ngày 20 tháng 5 năm 2024</p><p>Để tham gia Chương trình OCOP năm 2024, HTX chuẩn bị hồ sơ gồm:</p>'
                '<ul><li>Phiếu đăng ký sản phẩm theo mẫu;</li><li>Phương án sản xuất kinh doanh sản phẩm;</li>'
                '<li>Giấy chứng nhận đủ điều kiện an toàn thực phẩm;</li><li>Tiêu chuẩn công bố chất lượng sản phẩm.</li></ul>'
                '<h3>Thời gian, địa điểm nộp hồ sơ</h3><p>Hồ sơ nộp tại UBND cấp huyện trước ngày 30/6/2024; Liên minh HTX tỉnh '
                'hỗ trợ HTX hoàn thiện hồ sơ miễn phí.</p></div></section>', "Cổng thông tin tích hợp Liên minh HTX tỉnh Đắk Nông")
    result = read(html, url="http://portal.example.vn/uPortal/p/announcements.ctf3/max/render.uP?pP_announcementId=111",
                  site_name="Cổng thông tin tích hợp Liên minh HTX tỉnh Đắk Nông")
    assert result.is_article, result.reason
    assert result.item["title"] == "Hướng dẫn HTX đăng ký sản phẩm tham gia Chương trình OCOP năm 2024"
    assert result.item["text"].startswith("Để tham gia Chương trình OCOP năm 2024, HTX chuẩn bị hồ sơ gồm:")


def test_a_bare_clock_in_an_attribute_is_utcs_on_a_site_whose_attributes_clocks_are():
    # Plume: "March 11, 2025" shown, datetime="2025-03-11 17:35:00" (UTC, no zone): 00:35 on the 12th in Vietnam
    html = (f'<html><body><h1 class="article">{TITLE}</h1><span class="dt-published" datetime="2025-03-11 17:35:00">'
            f'March 11, 2025</span>{LONG}</body></html>')
    url = "http://blog.example.vn/~/tintuc/ke-hoach/"
    doc = lxml.html.fromstring(html)
    assert find_published(doc, url, fetched_at=FETCHED, clock=Clock(attribute_utc=True)).published \
        == datetime(2025, 3, 12, 0, 35, tzinfo=TZ)
    # (its clock unknown, the day shown: no time read from a stamp that may be either)
    assert find_published(lxml.html.fromstring(html), url, fetched_at=FETCHED).published == datetime(2025, 3, 11, tzinfo=TZ)


def test_a_cards_title_and_summary_in_one_link_are_no_text():
    # Blot's "Previously" / "Next": each card one <a> holding the other post's title and summary
    cards = "".join(f'<h5>{label}</h5><a class="rounded-link" href="/2025/0{n}/12/bai-{n}"><span class="title">HTX Nông '
                    f'nghiệp Thạnh Lộc {n} liên kết tiêu thụ lúa chất lượng cao</span><span class="summary">HTX Nông nghiệp '
                    f'Thạnh Lộc {n} ký hợp đồng liên kết tiêu thụ 350 ha lúa chất lượng cao vụ Đông Xuân.</span></a>'
                    for n, label in ((2, "Previously"), (4, "Next")))
    html = page(f'<div class="entry"><h1>{TITLE}</h1>{LONG}<hr></div><div style="display: flex">{cards}</div>', TITLE)
    text = read(html, url="http://sotay.example.vn/2025/03/07/ke-hoach").item["text"]
    assert text.endswith("trong năm 2024.") and "Thạnh Lộc" not in text


def test_a_pages_last_change_gives_way_to_the_day_its_text_says_it_was_posted():
    # Nextcloud Collectives: "Sửa lần cuối bởi X · <span title=…>6 ngày trước</span>" over a note typing its own day
    bar = ('<div class="page-info-bar"><span class="last-edited">Sửa lần cuối bởi <span class="user">Văn phòng LMHTX</span> '
           '<span class="live-relative-timestamp" title="12 tháng 11 năm 2024 09:40">6 ngày trước</span></span></div>')
    html = page(f'<h1>{TITLE}</h1>{bar}<div class="ProseMirror"><p>Ngày đăng: 05/11/2024</p>{LONG}</div>', TITLE)
    url = "http://cloud.example.vn/apps/collectives/p/pK8w/ban-tin/ke-hoach"
    assert read(html, url=url).item["published"] == "2024-11-05T00:00:00+07:00"
    # (nothing else to date it: the last change is the day it was put up)
    alone = page(f'<h1>{TITLE}</h1>{bar}<div class="ProseMirror">{LONG}</div>', TITLE)
    assert read(alone, url=url).item["published"] == "2024-11-12T09:40:00+07:00"


def test_a_bar_of_links_and_a_breadcrumb_under_the_text_are_no_text():
    # Foswiki: the topic's actions, each revision named ("Lịch sử: r1"), and "Chủ đề này: Web > Topic"
    tools = ('<div class="patternTopicActions"><a href="/bin/edit/TinTuc/KeHoach">Sửa</a> | <a href="/bin/attach/TinTuc/'
             'KeHoach">Đính kèm</a> | <a href="/TinTuc/KeHoach?cover=print">Bản in</a> | <a href="/bin/rdiff/TinTuc/KeHoach">'
             'Lịch sử:</a> <a href="/bin/view/TinTuc/KeHoach?rev=1">r1</a> | <a href="/TinTuc/KeHoach?raw=on">Xem mã nguồn'
             '</a></div><div class="patternInfo">Chủ đề này: <a href="/TinTuc/WebHome">TinTuc</a> &gt; <a href="/TinTuc/'
             'WebHome">WebHome</a> &gt; KeHoach</div>')
    text = read(page(f"<h1>{TITLE}</h1><div class='foswikiTopic'>{LONG}</div>{tools}", TITLE),
                url="http://wiki.example.vn/TinTuc/KeHoach").item["text"]
    assert text.endswith("trong năm 2024.") and "Xem mã nguồn" not in text and "Chủ đề này" not in text
    # (the article's files in a bar of their own are no tools: its attachments, read as such)
    files = lxml.html.fromstring('<p><a href="/files/ke-hoach.pdf">Kế hoạch</a> | <a href="/files/phu-luc-1.docx">Phụ lục 1'
                                 '</a> | <a href="/files/phu-luc-2.docx">Phụ lục 2</a></p>')
    assert drop_link_bars(["Kế hoạch | Phụ lục 1 | Phụ lục 2"], files) == ["Kế hoạch | Phụ lục 1 | Phụ lục 2"]
    # (nor words parted by bars that no link holds)
    assert drop_link_bars(["Sửa | Đính kèm | Bản in"], lxml.html.fromstring("<p>Sửa</p>")) == ["Sửa | Đính kèm | Bản in"]


def test_a_short_numbered_notice_dated_to_the_minute_is_an_article():
    # Jive: a document of two sentences between its number and its signer, "Được tạo bởi X vào <date>"
    title = "Thông báo số 44/TB-LMHTX về kế hoạch tổ chức Hội chợ OCOP năm 2024"
    html = page(f'<h2 class="j-doc-title">{title}</h2><p class="j-byline">Được tạo bởi <a href="/people/bantuyentruyen">'
                'Ban Tuyên truyền</a> vào <span class="j-created-date">2 thg 10, 2024 08:00</span>.</p><div class="jive-rendered-content"><p>Số: 44/TB-LMHTX</p>'
                '<p>Liên minh HTX tỉnh dự kiến tổ chức Hội chợ OCOP năm 2024 vào tháng 11/2024 tại TP Hạ Long.</p>'
                '<p>Thời gian cụ thể sẽ được thông báo sau.</p><p>CHỦ TỊCH</p><p>Vũ Văn Hưng</p></div>', title)
    result = read(html, url="http://congdong.example.vn/docs/DOC-1043")
    assert result.is_article, result.reason
    assert result.item["published"] == "2024-10-02T08:00:00+07:00"
    assert result.item["text"].startswith("Số: 44/TB-LMHTX") and result.item["text"].endswith("Vũ Văn Hưng")
    # (a stub of the same few words, no number and no signer: no article)
    stub = html.replace("<p>Số: 44/TB-LMHTX</p>", "").replace("<p>Thời gian cụ thể sẽ được thông báo sau.</p>", "")
    assert not read(stub, url="http://congdong.example.vn/docs/DOC-1043").is_article


def test_an_hatom_entry_marked_only_updated_is_dated_by_that_instant_in_its_zone():
    # Livedoor: the post of 23:30 in Vietnam shown in Japan time, the day only in the text
    html = page(f'<div class="article-outer hentry"><div class="article-header"><p class="article-date"><abbr class="updated" '
                f'title="2024-11-04T01:30:00+09:00">2024年11月04日</abbr></p><h2 class="article-title entry-title">{TITLE}</h2>'
                f'</div><div class="article-body entry-content">{LONG}</div></div>', f"{TITLE} : Nhật ký Liên minh HTX")
    assert read(html, url="http://htx.blog.jp/archives/52419906.html").item["published"] == "2024-11-03T23:30:00+07:00"
    # (a later change, labelled so, dates nothing)
    changed = html.replace('<abbr class="updated"', 'Sửa lần cuối: <abbr class="updated"')
    assert read(changed, url="http://htx.blog.jp/archives/52419906.html").item["published"] is None


def test_a_login_the_json_ld_names_is_no_author_and_the_texts_credit_is():
    # Hatena: the blog owner's login as the JSON-LD's Person, the writer's credit closing the text
    ld = ('<script type="application/ld+json">{"@context": "http://schema.org", "@type": "BlogPosting", "headline": '
          f'"{TITLE}", "datePublished": "2024-11-20T06:30:00+07:00", "author": {{"@type": "Person", "name": "htxhagiang"}}}}'
          '</script>')
    html = page(f"<article><h1>{TITLE}</h1>{LONG}<p>Bài, ảnh: Lò Thị Mai</p></article>", TITLE, head=ld)
    assert read(html, url="http://htxhagiang.example.vn/entry/2024/11/20/063000").item["author"] == "Lò Thị Mai"
    assert read(html.replace("<p>Bài, ảnh: Lò Thị Mai</p>", ""), url="http://htxhagiang.example.vn/entry/2024/11/20/063000"
                ).item["author"] is None


def _release(tag: str, age: str, tip: str, note: str) -> str:
    """A Gitea release: its title linking itself beside its badge, "X đã phát hành cái này <age>" (the moment
    in the tooltip, UTC), the note."""
    return (f'<li class="ui grid"><div class="detail"><h4 class="release-list-title"><a href="/lmhtx/thong-bao/releases/tag/'
            f'{tag}">{TITLE}</a> <span class="ui green label">Ổn định</span></h4><p class="text grey"><span class="author">'
            f'<a href="/vanphong">Văn phòng LMHTX</a></span> <span class="released">đã phát hành cái này</span> <span class='
            f'"time"><span class="time-since" data-tooltip-content="{tip}">{age}</span></span> | <span class="ahead"><a href='
            f'"/lmhtx/thong-bao/compare/{tag}...main">7 commit</a> đến main kể từ bản phát hành này</span></p><div class='
            f'"markup desc">{note}</div></div></li>')


def test_a_release_under_a_badged_title_is_dated_by_its_ages_tooltip_at_an_address_naming_a_tag():
    head = '<meta property="og:title" content="thong-bao">'
    html = page(f'<div class="repo-title"><a href="/lmhtx">lmhtx</a> / <a href="/lmhtx/thong-bao">thong-bao</a></div>'
                f'<ul id="release-list">{_release("tin-2024-04-29", "3 tuần trước", "Mon, 29 Apr 2024 02:00:00 UTC", LONG)}</ul>',
                f"{TITLE} - thong-bao - Kho văn bản LMHTX", head=head)
    result = read(html, url="http://git.example.vn/lmhtx/thong-bao/releases/tag/tin-2024-04-29")
    assert result.is_article, result.reason
    assert result.item["title"] == TITLE
    assert result.item["published"] == "2024-04-29T09:00:00+07:00"
    assert result.item["text"].startswith("Đoạn 1:") and "phát hành" not in result.item["text"]
    # (the list of releases, each note in full under its linked title: a listing)
    notes = "".join(_release(f"tin-{n}", f"{n} tuần trước", f"Mon, {n:02d} Apr 2024 02:00:00 UTC", LONG) for n in (1, 8, 15))
    listing = page(f'<ul id="release-list">{notes}</ul>', "Bản phát hành - thong-bao - Kho văn bản LMHTX", head=head)
    assert read(listing, url="http://git.example.vn/lmhtx/thong-bao/releases").kind == "listing"


def test_a_posted_line_opening_with_an_icon_dates_the_page():
    # Tiki: "<span class="icon fa fa-user"></span> Đăng bởi X vào Thứ Năm 12 Tháng Sáu, 2025 08:45 ICT"
    html = page(f'<article class="article"><header class="articletitle"><h2><a href="article58-Tieu-de">{TITLE}</a></h2>'
                '<span class="titleb"><span class="icon icon-user fa fa-user"></span> Đăng bởi Thân Thị Hoa vào Thứ Năm 12 '
                'Tháng Sáu, 2025 08:45 ICT <span class="reads">(1204 lượt đọc)</span></span></header>'
                f'<div class="articlebody">{LONG}</div></article>', f"Liên minh HTX Bắc Giang | {TITLE}")
    assert read(html, url="http://htx.example.vn/article58-Tieu-de").item["published"] == "2025-06-12T08:45:00+07:00"


def _message(n: int, who: str, tip: str, body: str) -> str:
    """A Groups.io message: its sender (no link), its day linking its own page, the moment in the tooltip."""
    return (f'<tr><td><div class="expanded-message" id="msg{n}"><div class="media-body"><span class="user-name"><b>{who}'
            f'</b></span><span class="pull-right"><a href="/g/lmhtx/message/{n}"><span title="{tip}">Tháng 11 18</span></a> '
            f'<span class="badge">#{n}</span></span></div><div class="user-content"><div dir="ltr">{body}</div></div></div>'
            '</td></tr>')


QUOTE = ('<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Vào Mon, 18 Nov 2024 lúc 08:30 Đặng Thu Hà '
         '&lt;lmhtx@groups.io&gt; đã viết:<br></div><blockquote class="gmail_quote">' + LONG + '</blockquote></div>')
THANKS = "<div>Cảm ơn Liên minh đã chia sẻ, HTX La Bằng mong được tham gia các lớp tập huấn sắp tới.</div>"


def test_a_mail_threads_first_message_is_the_article_and_a_reply_quoting_it_is_none():
    thread = page(f'<h3 class="subject"><span id="topic-subject">{TITLE}</span> <a class="label label-default hashtag" '
                  f'href="/g/lmhtx/topics?hashtag=%23tintuc">#tintuc</a></h3><table id="records"><tbody>'
                  f'{_message(1234, "Đặng Thu Hà", "Tháng 11 18, 2024 8:30am", LONG + "<div>Bài, ảnh: Đặng Thu Hà</div>")}'
                  f'{_message(1235, "HTX Chè La Bằng", "Tháng 11 18, 2024 2:42pm", THANKS + QUOTE)}</tbody></table>',
                  f"lmhtx@groups.io | {TITLE}")
    result = read(thread, url="http://groups.example.vn/g/lmhtx/topic/giao_ban/103929742")
    assert result.is_article, result.reason
    assert result.item["title"] == TITLE
    assert result.item["published"] == "2024-11-18T08:30:00+07:00"
    assert result.item["author"] == "Đặng Thu Hà"
    assert result.item["text"].startswith("Đoạn 1:") and "La Bằng" not in result.item["text"]
    # the reply's own page: its words and the message it quotes, another page's
    reply = page(f'<h3 class="subject"><span id="topic-subject">{TITLE}</span></h3><table id="records"><tbody>'
                 f'{_message(1235, "HTX Chè La Bằng", "Tháng 11 18, 2024 2:42pm", THANKS + QUOTE)}</tbody></table>',
                 f"lmhtx@groups.io | {TITLE}")
    assert not read(reply, url="http://groups.example.vn/g/lmhtx/message/1235").is_article


def test_a_thread_opened_by_a_short_question_is_no_article_though_its_replies_are_long():
    # Google Groups: each message a section headed by its sender (a heading, no link) and its stamp
    def message(who: str, when: str, text: str) -> str:
        return (f'<section role="listitem" aria-label="{who}"><div class="head"><h3>{who}</h3><div>{who} đã gửi tới Liên minh '
                f'HTX tỉnh Vĩnh Long</div><span>{when}</span></div><div class="body"><div dir="ltr">{text}</div></div></section>')
    title = "Kết nối tiêu thụ gạo ST25"
    html = page(f'<h1>{title}</h1><div role="list">'
                + message("HTX Cam sành Tam Bình", "5 thg 4, 2024, 05:42:00",
                          "<div>HTX còn 30 tấn gạo ST25 vụ đông xuân, cần tìm đối tác tiêu thụ.</div>")
                + message("Văn phòng LMHTX Vĩnh Long", "5 thg 4, 2024, 09:42:00", LONG) + "</div>", f"{title} - Google Groups")
    assert not read(html, url="http://groups.example.vn/g/lmhtx-vinhlong/c/5gc0gXvMaF4").is_article


def test_a_published_and_an_updated_stamp_side_by_side_are_no_thread():
    # (a news page's two <time>s, a blog's meta rows for two screens: no messages, each one's words under it)
    html = page(f'<h1>{TITLE}</h1><div class="dates"><time datetime="2019-11-19T00:01:00Z">PUBLISHED: <span>00:01, Tue, Nov 19,'
                ' 2019</span></time><time datetime="2019-11-19T08:00:00Z">UPDATED: <span>08:00, Tue, Nov 19, 2019</span></time>'
                f'</div><div class="text-description">{LONG}</div>', TITLE)
    result = read(html, url="http://news.example.com/news/science/1205992/plague")
    assert result.is_article and result.item["text"].startswith("Đoạn 1:") and result.item["text"].endswith("năm 2024.")


def test_a_path_heading_gives_its_last_step_when_the_title_opens_with_it():
    # Mahara: "<h1><span>Tin hoạt động</span>: <a>Bản tin</a>: <span>Title</span></h1>", <title> "Title trong Tin hoạt động"
    html = page('<h1 id="viewh1"><span class="section-heading">Tin hoạt động</span>: <a href="/view/view.php?id=12">Bản '
                f'tin Liên minh HTX</a>: <span class="subsection-heading">{TITLE}</span></h1><div class="postdetails">Đăng '
                f'bởi Liên minh HTX lúc Thứ ba, 06 Tháng năm 2025, 12:40SA</div><div class="postcontent">{LONG}</div>',
                f"{TITLE} trong Tin hoạt động | Hồ sơ năng lực HTX")
    result = read(html, url="http://htx.example.vn/artefact/artefact.php?artefact=509&view=12")
    assert result.item["title"] == TITLE
    # glibc's vi_VN month ("Tháng năm": May, its word small) and the clock's "SA" (12:40 in the morning)
    assert result.item["published"] == "2025-05-06T00:40:00+07:00"
    # (a heading whose last step the <title> does not open with keeps its whole text)
    other = html.replace(f"<title>{TITLE} trong", "<title>Bản tin khác trong")
    assert read(other, url="http://htx.example.vn/artefact/artefact.php?artefact=509&view=12").item["title"] != TITLE


def test_month_words_and_cjk_dates_read_as_hosts_print_them():
    def day(text: str):
        found = find_published(lxml.html.fromstring(page(f"<h1>{TITLE}</h1><div class='date'>{text}</div>{LONG}", TITLE)),
                               "http://htx.example.vn/p/1", fetched_at=FETCHED)
        return found.published.isoformat() if found.published else None
    assert day("2024년 11월 12일") == "2024-11-12T00:00:00+07:00"  # Velog's
    assert day("2024年11月03日 09:20") == "2024-11-03T09:20:00+07:00"  # Hatena's, Ameba's
    assert day("2024. 11. 3. 9:20") == "2024-11-03T09:20:00+07:00"  # Naver's, Tistory's
    assert day("06 Tháng năm 2025") == "2025-05-06T00:00:00+07:00"
    # ... and "tháng năm" after a count is no month: "9 tháng năm 2024" is nine months of 2024
    assert day("Kết quả 9 tháng năm 2024 của các HTX") is None


def _velog(shown: str, released: str) -> str:
    """A Velog post: the day its Seoul server prints, the instant only in its Apollo state."""
    state = json.dumps({"Post:1": {"id": "1", "title": TITLE, "released_at": released,
                                   "updated_at": "2024-11-30T01:00:00.000Z"}}, ensure_ascii=False)
    return page(f'<div class="head-wrapper"><h1>{TITLE}</h1><div class="information"><span class="username">htxhaiduong'
                f'</span><span class="separator">·</span><span>{shown}</span></div></div><div class="atom-one">{LONG}</div>'
                f"<script>window.__APOLLO_STATE__={state};</script>", TITLE)


def test_a_script_states_instant_tells_the_day_an_east_asian_server_prints_and_dates_a_page_showing_none():
    url = "http://velog.example.vn/@htxhaiduong/tieu-de"
    # 23:30 on 11/11 in Vietnam is the 12th in Seoul: the state's instant, not the day shown
    assert read(_velog("2024년 11월 12일", "2024-11-11T16:30:00.000Z"), url=url).item["published"] \
        == "2024-11-11T23:30:00+07:00"
    # the day shown being Vietnam's too, the state's instant gives its time, as JSON-LD's would (since stop 55)
    assert read(_velog("2024년 11월 4일", "2024-11-04T01:00:00.000Z"), url=url).item["published"] \
        == "2024-11-04T08:00:00+07:00"
    # a relative age in a language not read ("약 17시간 전"): the state's instant
    assert read(_velog("약 17시간 전", "2024-11-19T14:40:00.000Z"), url=url).item["published"] \
        == "2024-11-19T21:40:00+07:00"
    # a day 13 hours off the instant is no server's (a 12-hour clock without its AM/PM): the day shown
    assert read(_velog("2024년 11월 18일", "2024-11-17T11:15:00.000Z"), url=url).item["published"] \
        == "2024-11-18T00:00:00+07:00"


def _xanga(header: str, footer: str) -> str:
    """A classic blog's post page: the day's heading before the post's box, the post's title its
    permalink, an en-US footer with the clock."""
    url = "/738213910/ket-qua-hoat-dong/"
    return page(f'<div id="blogtitle"><h1><a href="/">{SITE}</a></h1></div><div class="blogbody"><h2 class="blogheader">'
                f'{header}</h2><div class="blogitem"><div class="itemTitle"><a href="{url}">{TITLE}</a></div>'
                f'<div class="itemBody">{LONG}</div><div class="itemFooter"><span class="posted">{footer}</span> | '
                '<a href="#">eProps (7)</a> | <a href="#comments">Comments (0)</a></div></div></div>', SITE)


def test_a_days_heading_dates_the_post_under_it_and_an_en_us_footer_gives_the_clock():
    url = "http://xanga.example.vn/738213910/ket-qua-hoat-dong/"
    result = read(_xanga("Thứ Bảy, 2 tháng 11, 2024", "posted 11/2/2024 at 6:40 AM"), url=url)
    assert result.item["title"] == TITLE
    assert result.item["published"] == "2024-11-02T06:40:00+07:00"
    # the footer alone reads both ways: no date from it, nor from a listing showing it
    alone = read(_xanga("Lưu trữ", "posted 11/2/2024 at 6:40 AM"), url=url, listing_date="posted 11/2/2024 at 6:40 AM")
    assert (alone.item or {}).get("published") is None
    # (a listing's padded or day-first stamp stays read as it was)
    assert read(_xanga("Lưu trữ", "posted at 6:40 AM"), url=url, listing_date="02/11/2024 6:40 AM").item["published"] \
        == "2024-11-02T06:40:00+07:00"


def test_a_permalink_title_the_template_repeats_is_still_the_posts_title():
    # (the front page shows the post whole and a "recent posts" box on every page names it: the
    # profile marks its block; its link to the page itself says it is this post's)
    from crawler.titles import find_title
    doc = lxml.html.fromstring(_xanga("Thứ Bảy, 2 tháng 11, 2024", "posted 11/2/2024 at 6:40 AM"))
    box = doc.xpath("//div[@class='itemTitle']")[0]
    title, el = find_title(doc, GENERIC, names={SITE}, furniture={box}, site_titles={SITE},
                           url="http://xanga.example.vn/738213910/ket-qua-hoat-dong/")
    assert title == TITLE and el.tag == "a"
    # ... but never a relative age linking the page (a microblog's "13 days ago")
    age = lxml.html.fromstring(page(f'<div class="status-title"><a href="/notice/Au9">13 days ago</a></div>{LONG}', SITE))
    assert find_title(age, GENERIC, names={SITE}, furniture={age.xpath("//div")[0]}, site_titles={SITE},
                      url="http://x.example.vn/notice/Au9")[0] != "13 days ago"


def test_a_title_every_page_shares_names_no_part_of_a_page():
    # Blackboard: <title> "Thông báo – <course>" on every page, "Thông báo" the tool's name in the crumbs
    from crawler.titles import find_title
    shared = "Thông báo – LMHTX-BRVT: Bảng tin Liên minh HTX tỉnh Bà Rịa - Vũng Tàu"
    doc = lxml.html.fromstring(page('<ol class="clearfix" id="breadcrumbs"><li class="root"><a href="/l">LMHTX-BRVT</a></li>'
                                    '<li class="placeholder">Thông báo</li></ol><div id="pageTitleDiv"><h1 id="pageTitleHeader">'
                                    '<span id="pageTitleText">Thông báo</span></h1></div><ul id="announcementList"><li>'
                                    f'<h3 class="item">{TITLE}</h3><div class="details"><p><span>Đăng vào:</span> Thứ Bảy, 2 '
                                    f'tháng 11, 2024 09:20:00 ICT</p><div class="vtbegenerated">{LONG}</div></div></li></ul>',
                                    shared))
    # (the names the profile learned from that <title>: its parts, the tool's among them)
    names = {shared, "Thông báo", "LMHTX-BRVT: Bảng tin Liên minh HTX tỉnh Bà Rịa - Vũng Tàu"}
    assert find_title(doc, GENERIC, names=names, site_titles={shared}, url="http://bb.example.vn/a?id=1")[0] == TITLE


def test_an_east_asian_hosts_bare_clock_is_its_zones():
    # Naver (lang=ko): "2024. 11. 29. 1:40" is Seoul's time, 23:40 on the 28th in Vietnam
    def naver(lang: str, stamp: str, extra: str = "") -> str:
        return (f'<html lang="{lang}"{extra}><head><title>{TITLE}</title></head><body><div class="se-title-text">'
                f'<h3>{TITLE}</h3></div><span class="se_publishDate">{stamp}</span><div class="se-main-container">{LONG}'
                '</div></body></html>')
    url = "http://naver.example.vn/PostView.naver?blogId=htx&logNo=223677104518"
    assert read(naver("ko", "2024. 11. 29. 1:40"), url=url).item["published"] == "2024-11-28T23:40:00+07:00"
    # a blog that names its zone (Hatena's data-tz) is read in it; a Vietnamese page's clock is Vietnam's
    assert read(naver("ja", "2024. 11. 29. 1:40", ' data-tz="Asia/Ho_Chi_Minh"'), url=url).item["published"] \
        == "2024-11-29T01:40:00+07:00"
    assert read(naver("vi", "2024. 11. 29. 1:40"), url=url).item["published"] == "2024-11-29T01:40:00+07:00"
    # an XHTML page naming its language only in xml:lang
    assert read(naver("vi", "2024. 11. 29. 1:40", ' xml:lang="ko"').replace(' lang="vi"', ''), url=url) \
        .item["published"] == "2024-11-28T23:40:00+07:00"
    # Seesaa (lang=ja): the day's heading and "posted by X at 01:15" read together, then moved
    seesaa = ('<html lang="ja"><head><title>Nhật ký LMHTX</title></head><body><h1><a href="/">Nhật ký LMHTX</a></h1>'
              '<div class="blog"><h2 class="date">ngày 01 tháng 12 năm 2024</h2><div class="blogbody"><h3 class="title">'
              f'{TITLE}</h3><div class="text">{LONG}</div><div class="posted">posted by Văn phòng LMHTX at 01:15'
              '</div></div></div></body></html>')
    assert read(seesaa, url="http://seesaa.example.vn/article/510374829.html").item["published"] \
        == "2024-11-30T23:15:00+07:00"


def test_a_note_sent_as_markdown_source_is_read_as_its_browser_renders_it():
    # HedgeDoc's published note: the text escaped in div#doc.markdown-body, its info bar's creation stamp
    # in JavaScript's Date form, a box's fences and the TOC placeholder its dialect's own
    source = (f"# {TITLE}\n\n[TOC]\n\nLIÊN MINH HTX TỈNH SƠN LA\n\n## Thời gian, địa điểm\n\n- Thời gian: 03 ngày, từ ngày "
              "27/5 đến ngày 29/5/2024;\n- Địa điểm: Hội trường Liên minh HTX tỉnh.\n\n:::info\nHạn đăng ký: trước ngày "
              "20/5/2024.\n:::\n\n" + "\n\n".join(f"Đoạn {i}: Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho "
                                                 "kế toán các HTX trên địa bàn tỉnh trong năm 2024." for i in range(1, 4))
              + "\n\n- [Bài khác của bảng tin](http://md.example.vn/s/0z93_7lGc)\n")
    html = page('<div class="ui-infobar"><span class="ui-lastchange" data-createtime="Thu May 09 2024 23:30:00 GMT+0000 '
                '(Coordinated Universal Time)" data-updatetime="Mon Jun 03 2024 03:00:00 GMT+0000 (Coordinated Universal '
                f'Time)"></span></div><div id="doc" class="container markdown-body">{source.replace("<", "&lt;")}</div>',
                f"{TITLE} - HedgeDoc")
    result = read(html, url="http://md.example.vn/s/38a22lEPli")
    assert result.is_article, result.reason
    assert result.item["title"] == TITLE
    assert result.item["published"] == "2024-05-10T06:30:00+07:00"  # (the creation, not the last change)
    text = result.item["text"]
    assert "Thời gian: 03 ngày, từ ngày 27/5 đến ngày 29/5/2024;" in text.splitlines()
    assert "Hạn đăng ký: trước ngày 20/5/2024." in text and ":::" not in text and "[TOC]" not in text and "](" not in text
    # its links are links: the next note is found
    from crawler.parsing import parse_html
    assert parse_html(html).xpath("//a/@href") == ["http://md.example.vn/s/0z93_7lGc"]
    # (a text that only names Markdown's marks, in a box so marked, stays as it is)
    plain = parse_html(page('<div class="markdown-body">Dùng dấu # ở đầu dòng để viết tiêu đề.</div>', "x"))
    assert plain.xpath("//div")[0].text == "Dùng dấu # ở đầu dòng để viết tiêu đề."


def _announcements(items: list[tuple[str, str]]) -> str:
    """Blackboard's list of announcements: each a box with its unlinked heading, its date line and its text."""
    return page('<ul id="announcementList">' + "".join(
        f'<li class="clearfix"><h3 class="item">{t}</h3><div class="details"><p><span>Đăng vào:</span> {d}</p>'
        f'<div class="vtbegenerated">{LONG}</div></div></li>' for t, d in items) + "</ul>", "Thông báo – LMHTX-BRVT")


def test_a_tools_list_of_dated_notices_shown_whole_is_a_listing_and_one_notices_view_an_article():
    two = [(TITLE, "Thứ Bảy, 2 tháng 11, 2024 09:20:00 ICT"),
           ("Thông báo nghỉ lễ Quốc khánh 2/9 năm 2024 của Liên minh", "Thứ Sáu, 30 tháng 8, 2024 15:00:00 ICT")]
    url = "http://bb.example.vn/webapps/blackboard/execute/announcement?method=search&course_id=_52_1"
    assert read(_announcements(two), url=url).kind == "listing"
    one = read(_announcements(two[:1]), url=url.replace("search", "view") + "&announcement_id=_1843_1")
    assert one.is_article and one.item["published"] == "2024-11-02T09:20:00+07:00"
    # (a thread's messages repeating its subject are no such list)
    replies = [(TITLE, two[0][1]), (f"Re: {TITLE}", two[1][1])]
    assert read(_announcements(replies), url=url).kind != "listing"


def test_a_tags_page_showing_its_one_post_whole_is_a_listing():
    # WriteFreely's /tag:<tag>, Ameba's theme page: the post under its heading linking to its own page
    post = (f'<article class="h-entry"><h2 class="post-title"><a href="/nam-viec-htx" class="u-url">{TITLE}</a></h2>'
            f'<time class="dt-published" datetime="2024-08-15T02:00:00Z">August 15, 2024</time><div class="e-content">{LONG}'
            '</div></article>')
    tag = "Luật Hợp tác xã 2023"
    html = page(f'<header><h1 id="blog-title"><a href="/">{SITE}</a></h1></header><section id="wrapper"><h1>{tag}</h1>'
                f'{post}</section>', f"{tag} — {SITE}", head=f'<meta property="og:title" content="{SITE}">')
    result = read(html, url="http://viet.example.vn/tag:luathtx")
    assert result.kind == "listing", (result.kind, result.reason)
    # the post's own page, its title linking to itself, is the article
    own = html.replace(f"<h1>{tag}</h1>", "").replace(f"<title>{tag} — {SITE}", f"<title>{TITLE} — {SITE}")
    assert read(own, url="http://viet.example.vn/nam-viec-htx").item["title"] == TITLE


def test_a_degree_before_the_writers_name_is_no_part_of_it_and_a_camel_case_comments_section_no_text():
    # Octopress' closing "ThS. Lê Văn Nam"; ILIAS' "ilCommentsSection" after the post, its note and "Bình luận (1)"
    html = page(f'<h1>{TITLE}</h1><div class="entry-content">{LONG}<p style="text-align:right"><strong>ThS. Lê Văn Nam'
                '</strong></p></div><div class="ilCommentsSection" id="notes_section"><h3 class="ilHeader">Bình luận (1)</h3>'
                '<div class="ilNotesItem"><div class="ilNoteHeader"><span>Nguyễn Văn Hưng</span> <span>20. Thg 11 2024, 08:15'
                '</span></div><div class="ilNoteText">Chúc mừng các thầy cô nhân ngày 20/11, chúc nhà trường ngày càng phát '
                'triển và đào tạo thêm nhiều cán bộ HTX giỏi!</div></div></div>', TITLE)
    result = read(html, url="http://octo.example.vn/blog/2024/04/12/sau-giai-phap/")
    assert result.item["author"] == "Lê Văn Nam"
    assert "Chúc mừng" not in result.item["text"] and result.item["text"].endswith("Lê Văn Nam")
