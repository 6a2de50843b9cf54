"""crawler.links: which links of a page are followed, and the date a listing prints beside each."""

import lxml.html
import pytest
import yaml

from crawler.families import rules_for_site
from crawler.links import OUTSIDE, ListingDates, in_section_path, page_links, section_menu
from crawler.registry import Site, inferred_sections, load_sites

SITE = Site(id="x", province="ninh-binh", name="X", start_urls=("http://lmhtx.example.vn/",),
            allowed_domains=("lmhtx.example.vn",), family="portal")
RULES = rules_for_site(SITE)
BASE = "http://lmhtx.example.vn/tin-tuc-su-kien/page-3.htm"
ARTICLE = "/tin-tuc-su-kien/htx-nong-nghiep-krong-no-tap-huan-1183.html"


def links(html: str):
    doc = lxml.html.fromstring(f"<html><body>{html}</body></html>")
    return {link.url.removeprefix("http://lmhtx.example.vn"): link for link in page_links(doc, BASE, RULES, SITE.allowed_domains)}


def item(date_html: str, summary: str) -> str:
    return (f'<div class="news-item"><a class="title" href="{ARTICLE}">HTX tập huấn</a>{date_html}'
            f'<p class="summary">{summary}</p></div>')


@pytest.mark.parametrize("date_html, summary, expected", [
    ('<span class="news-date">08/10/2020</span>', "HTX đã sơ kết công tác.", "08/10/2020"),
    # the teaser names the same day: no conflict
    ('<span class="news-date">08/10/2020</span>', "Chiều 8/10/2020, HTX đã sơ kết.", "08/10/2020"),
    # the teaser names another day: the element holding only a date is the listing's date
    ('<span class="news-date">29/09/2021</span>', "Sáng 14/02/2017, tại xã Hỏa Tiến, HTX ra mắt.", "29/09/2021"),
    ('<span class="news-date">Ngày 29/09/2021</span>', "Sáng 14/02/2017, HTX ra mắt.", "Ngày 29/09/2021"),  # as printed
    # two dates in running text and no date element: nobody knows which, so none
    ("", "HTX thành lập 14/02/2017, đăng ký lại 29/09/2021.", None),
    # a date element and a cited decree date: the decree's date is never the listing's
    ('<span class="news-date">05/06/2024</span>', "Thực hiện Quyết định số 12/QĐ-UBND ngày 10/2/2024.", "05/06/2024"),
    # a machine-readable date, whatever its text reads and the teaser's dates
    ('<dd><time datetime="2023-09-05T14:20:00+07:00">Được đăng ngày Thứ ba, 05 Tháng 9 2023 14:20</time></dd>',
     "Từ ngày 30/8 đến 01/9, Liên minh HTX tổ chức 3 lớp tập huấn.", "2023-09-05T14:20:00+07:00"),
    ('<time datetime="tháng trước">1 tháng trước</time>', "HTX đã sơ kết công tác.", None),  # no date in it
    # a posted line: its "vào" says when it was posted, no event ("Đăng bởi quantri vào 12/03/2026")
    ('<p class="post-meta">Đăng bởi <a href="#!">quantri</a> vào 12/03/2026</p>', "HTX ra mắt.", "12/03/2026"),
    # a card's date, then its teaser opening a sentence: the year is the date's
    ('<p class="info">Đăng trong <a href="/c/">Gương điển hình</a> ngày 12 Thg 3, 2026</p>',
     "Liên minh HTX tỉnh tổ chức lễ ra mắt.", "ngày 12 Thg 3, 2026"),
])
def test_listing_date_beside_a_link(date_html, summary, expected):
    link = links(item(date_html, summary))[ARTICLE]
    assert link.kind == "article" and link.listing_date == expected


def test_a_posts_number_linking_the_threads_first_page_takes_no_date():
    """A thread's later page: each reply's "#13" links the first page, beside the reply's own stamp."""
    reply = (f'<div class="pi"><strong><a href="{ARTICLE}">#13</a></strong><div class="authi">'
             '<em>Đăng lúc 2025-6-27 03:17</em></div></div>')
    assert links(reply)[ARTICLE].listing_date is None
    assert links(item('<span class="news-date">08/10/2020</span>', "HTX ra mắt."))[ARTICLE].listing_date == "08/10/2020"


def test_a_days_heading_dates_the_posts_under_it_not_the_post_before_it():
    """Typepad's and Blogger's lists: each day's date heads its posts, each post whole (title,
    text, footer); the date after a post heads the next day's."""
    def post(n: int) -> str:
        return (f'<div class="entry"><h3 class="entry-header"><a href="/2025/0{n}/bai-viet-so-{n}.html">Bài viết số {n} '
                f'về hoạt động của Liên minh HTX tỉnh</a></h3><div class="entry-body"><p>Nội dung bài {n}, HTX ra mắt.</p>'
                f'</div><p class="entry-footer">Posted by LMHTX at 09:30 | <a href="/2025/0{n}/bai-viet-so-{n}.html">'
                'Permalink</a></p></div>')
    page = (f'<div id="alpha"><h2 class="date-header">Tuesday, May 06, 2025</h2>{post(5)}'
            f'<h2 class="date-header">Tuesday, February 18, 2025</h2>{post(3)}{post(2)}'
            f'<h2 class="date-header">Friday, January 10, 2025</h2>{post(1)}</div>')
    found = links(page)
    assert [found[f"/2025/0{n}/bai-viet-so-{n}.html"].listing_date for n in (5, 3, 2, 1)] == [
        "Tuesday, May 06, 2025", "Tuesday, February 18, 2025", "Tuesday, February 18, 2025", "Friday, January 10, 2025"]


def test_a_forum_lists_latest_comment_time_is_not_the_discussions_date():
    """Vanilla's discussion list: "Bình luận mới nhất bởi X <time>" in its LastCommentDate item."""
    row = (f'<li class="ItemDiscussion"><div class="Title"><a href="{ARTICLE}">Thông báo số 07/TB-LMHTX về việc tổ chức '
           'Hội chợ</a></div><div class="Meta"><span class="MItem LastCommentDate"><time datetime="2025-03-20T01:40:00+00:00">'
           '8:40AM</time></span></div></li>')
    assert links(f"<ul>{row}</ul>")[ARTICLE].listing_date is None


def test_the_next_articles_link_under_the_text_takes_no_date():
    """Discuz's "Bài tiếp: <a>…</a>" in the article's box beside its own date line."""
    page = (f'<div class="h"><p class="xg1">Ngày đăng: 2025-4-3 08:00</p><div class="d"><p>Nội dung bài.</p></div>'
            f'<div class="pren"><em>Bài tiếp: <a href="{ARTICLE}">Quỹ hỗ trợ phát triển HTX giải ngân 9,6 tỷ đồng</a>'
            '</em></div></div>')
    assert links(page)[ARTICLE].listing_date is None


def test_a_forum_rows_last_reply_date_is_not_the_threads():
    """Discuz's list of threads: the thread's day under its starter, the last reply's stamp in a link."""
    row = (f'<table><tbody><tr><th><a href="{ARTICLE}">Liên minh HTX tỉnh tổng kết hoạt động năm 2025</a></th>'
           '<td class="by"><cite><a href="space-uid-2.html">lmhtx</a></cite><em><span>2025-6-26</span></em></td>'
           '<td class="by"><cite><a href="space-uid-140.html">dinhquang</a></cite><em><a href="forum.php?mod=redirect'
           '&amp;tid=1702&amp;goto=lastpost#lastpost">2025-6-27 03:17</a></em></td></tr></tbody></table>')
    assert links(row)[ARTICLE].listing_date == "2025-6-26"


@pytest.mark.parametrize("inner, expected", [
    # AEM's list: the whole item is one link, its title and its date in elements of their own
    ('<span class="cmp-list__item-title">HTX tập huấn</span><span class="cmp-list__item-date">05/02/2026</span>',
     "05/02/2026"),
    # Tilda's feed card: the date in dots, under the title
    ('<div class="t-feed__post-title">HTX tập huấn</div><span class="t-feed__post-parts-date">06.03.2026</span>',
     "06.03.2026"),
    ('<h3>HTX tập huấn</h3><time datetime="2026-03-06T08:00:00+07:00">6 Tháng Ba</time>', "2026-03-06T08:00:00+07:00"),
    # a title naming a day is no date of the item
    ("<span>Hội nghị ngày 05/02/2026 của HTX</span>", None),
])
def test_a_card_links_own_date_beside_its_title(inner, expected):
    link = links(f'<ul class="cmp-list"><li><a href="{ARTICLE}">{inner}</a></li></ul>')[ARTICLE]
    assert link.listing_date == expected


def test_a_listing_items_link_to_its_category_leaves_it_its_date():
    # Joomla 4's blog item: the title link, "Danh mục: <a>Tin hoạt động</a>", the date, a teaser
    html = (f'<div class="blog-item"><div class="item-content"><div class="page-header"><h2><a href="{ARTICLE}">'
            f'Ra mắt HTX Nông nghiệp công nghệ cao Vĩnh Tường</a></h2></div><dl class="article-info"><dd>Danh mục: '
            f'<a href="/tin-tuc">Tin hoạt động</a></dd><dd class="published"><time datetime="2026-03-12T00:00:00+07:00">'
            f'Đăng: 12/03/2026</time></dd></dl><p>Ngày 12/3, HTX ra mắt.</p></div></div>')
    assert links(html)[ARTICLE].listing_date == "2026-03-12T00:00:00+07:00"


def test_two_date_elements_that_disagree_give_none():
    html = item('<span class="news-date">08/10/2020</span><span class="updated">09/11/2021</span>', "Tin.")
    assert links(html)[ARTICLE].listing_date is None


def test_pagination_links_are_marked():
    found = links('<div class="pagination"><a href="/tin-tuc-su-kien/page-4.htm">4</a></div>'
                  '<a href="/tin-tuc-su-kien.htm?page=5">5</a><a href="/lien-he.html">Liên hệ</a>'
                  '<a href="http://other.example.vn/tin-tuc-su-kien/page-2.htm">elsewhere</a>')
    assert found["/tin-tuc-su-kien/page-4.htm"].pagination and found["/tin-tuc-su-kien.htm?page=5"].pagination
    assert not found["/lien-he.html"].pagination
    assert all("other.example.vn" not in url for url in found)  # off-site links are not followed


def test_a_title_linking_a_page_number_address_keeps_its_listing_date():
    # TinyPortal's articles are "/index.php?page=14": the number is the article's id; its list
    # dates it (a page number in a pager's link, "5", has no title to date)
    found = links('<div class="windowbg"><h3><a href="/index.php?page=14">Thông báo nghỉ Tết Nguyên đán Bính Ngọ 2026 '
                  'của Văn phòng Liên minh</a></h3><p class="tp_date">09 Tháng Hai 2026</p><p>Văn phòng thông báo lịch '
                  'nghỉ Tết.</p></div>')
    assert found["/index.php?page=14"].listing_date == "09 Tháng Hai 2026"


def test_relative_and_root_relative_links_resolve_alike():
    found = links(f'<a href="{ARTICLE}">a</a><a href="htx-khac-1184.html">b</a><a href="/a/../tin-tuc-su-kien/x-1185.html">c</a>')
    assert set(found) == {ARTICLE, "/tin-tuc-su-kien/htx-khac-1184.html", "/tin-tuc-su-kien/x-1185.html"}


def test_a_listings_next_page_announced_only_in_its_head_is_followed():
    """An infinite scroll with no pager (Nuxt, WordPress themes): <link rel="next">."""
    doc = lxml.html.fromstring('<html><head><link rel="next" href="/tin-tuc?page=2"></head><body><p>x</p></body></html>')
    [link] = page_links(doc, BASE, RULES, SITE.allowed_domains)
    assert (link.url, link.kind, link.pagination) == ("http://lmhtx.example.vn/tin-tuc?page=2", "listing", True)


@pytest.mark.parametrize("base", ['<base href="/">', '<base href="http://lmhtx.example.vn/">', '<base href="../">'])
def test_a_relative_base_resolves_against_the_page(base):
    """Every Angular app has <base href="/">: its links resolve against the site's root."""
    doc = lxml.html.fromstring(f'<html><head>{base}</head><body><a href="tin-tuc/chi-tiet/1187/htx-a">a</a>'
                               f'<a href="/tin-tuc/danh-muc/1">b</a></body></html>')
    found = {link.url.removeprefix("http://lmhtx.example.vn") for link in page_links(doc, BASE, RULES, SITE.allowed_domains)}
    assert found == {"/tin-tuc/chi-tiet/1187/htx-a", "/tin-tuc/danh-muc/1"}


@pytest.mark.parametrize("text", ["2", "»", "Trang sau", "Tiếp »", "Next"])
def test_a_pager_is_known_by_its_words_whatever_its_urls(text):
    found = links(f'<a href="/431/vn?p=2">{text}</a><a href="/431/vn/38292">Hội nghị tổng kết công tác năm 2023</a>')
    assert found["/431/vn?p=2"].pagination
    assert not found["/431/vn/38292"].pagination


def test_a_load_more_buttons_address_is_a_listing_page():
    html = ('<ul id="list"><li><a href="/tin-tuc/htx-a-1.html">HTX A tập huấn chuyển đổi số</a></li></ul>'
            '<button class="more" data-url="/ajax/tin-tuc?page=2">Xem thêm</button>'
            '<div class="fb-like" data-href="https://www.facebook.com/lmhtx"></div>'
            '<span data-url="javascript:void(0)">x</span>')
    found = links(html)
    assert found["/ajax/tin-tuc?page=2"].kind == "listing" and found["/ajax/tin-tuc?page=2"].pagination
    assert set(found) == {"/tin-tuc/htx-a-1.html", "/ajax/tin-tuc?page=2"}  # nothing off-site or scripted


@pytest.mark.parametrize("start_urls, sections", [
    (["https://hatinh.gov.vn/lmhtx/"], ("/lmhtx",)),  # the alliance's section of the province's portal
    (["https://haugiang.gov.vn/web/lien-minh-hop-tac-xa"], ("/web/lien-minh-hop-tac-xa",)),
    (["https://soctrang.gov.vn/LMHTX/Pages/default.aspx"], ("/lmhtx",)),
    (["https://lmhtx.example.vn/tin-tuc/"], ()),  # the alliance's own host: a category confines nothing
    (["https://example.vn/tin-htx/"], ()),  # a category named after cooperatives is no section
    (["https://example.vn/", "https://example.vn/lmhtx/"], ()),  # the whole host is asked for
])
def test_a_section_of_a_shared_portal_is_inferred_from_the_start_urls(start_urls, sections):
    assert inferred_sections(start_urls) == sections


def load_one(tmp_path, entry: dict) -> Site:
    path = tmp_path / "sites.yaml"
    path.write_text(yaml.safe_dump({"sites": [entry]}, allow_unicode=True), encoding="utf-8")
    return load_sites(path)[0]


def test_a_section_keeps_the_crawl_on_its_own_pages(tmp_path):
    site = load_one(tmp_path, {"id": "lmhtx-hatinh", "province": "ha-tinh", "name": "Liên minh HTX tỉnh Hà Tĩnh",
                     "start_urls": ["http://hatinh.example.vn/lmhtx/"]})
    assert site.sections == ("/lmhtx",)
    assert site.covers("http://hatinh.example.vn/lmhtx/tin-tuc/4521/a.html")
    assert not site.covers("http://hatinh.example.vn/sotc/tin-tuc/8812/b.html")
    assert not site.covers("http://hatinh.example.vn/lmhtxx/c.html")  # whole segments only
    doc = lxml.html.fromstring('<html><body><a href="/lmhtx/tin-tuc/4521/htx-tung-loc.html">HTX Tùng Lộc lên sàn</a>'
                               '<a href="/sotc/tin-tuc/8812/quyet-toan.html">Hướng dẫn quyết toán kinh phí</a></body></html>')
    found = page_links(doc, "http://hatinh.example.vn/lmhtx/", rules_for_site(site), site.allowed_domains,
                       sections=site.sections)
    assert [link.url for link in found if link.kind != OUTSIDE] == ["http://hatinh.example.vn/lmhtx/tin-tuc/4521/htx-tung-loc.html"]
    # another body's title is only asked for with its breadcrumb to judge (test_an_address_out_of_the_section...)
    assert [link.url for link in found if link.kind == OUTSIDE] == ["http://hatinh.example.vn/sotc/tin-tuc/8812/quyet-toan.html"]
    # written in the registry, a section is the staff's word
    assert load_one(tmp_path, {"id": "x", "province": "ha-tinh", "name": "X", "start_urls": ["http://hatinh.example.vn/"],
                     "sections": ["/LMHTX/"]}).sections == ("/lmhtx",)


def test_a_framesets_frames_are_the_sites_pages():
    doc = lxml.html.fromstring('<html><frameset rows="120,*"><frame src="top.asp"><frame src="default.asp">'
                               '</frameset><noframes><body></body></noframes></html>')
    found = page_links(doc, "http://lmhtx.example.vn/", RULES, SITE.allowed_domains)
    assert {link.url for link in found} == {"http://lmhtx.example.vn/top.asp", "http://lmhtx.example.vn/default.asp"}


def test_a_flat_list_of_cards_dates_each_title_by_the_element_after_it():
    # LadiPage: every card's parts are siblings in one section, no element per item
    cards = "".join(f'<div id="HEADLINE{i}"><h3><a href="/blog/bai-{i}">Tin hoạt động số {i} của Liên minh HTX tỉnh</a></h3>'
                    f'</div><div id="PARAGRAPH{i}"><div class="ladi-paragraph">1{i}/03/2026</div></div>'
                    f'<div><div class="ladi-paragraph">Sáng 1{i}/3, HTX tổ chức hội nghị...</div></div>'
                    for i in range(1, 4))
    found = links(f'<div class="ladi-section"><div class="ladi-container">{cards}</div></div>')
    assert [found[f"/blog/bai-{i}"].listing_date for i in range(1, 4)] == ["11/03/2026", "12/03/2026", "13/03/2026"]


def test_a_list_showing_month_first_dates_is_read_month_first():
    """An en-US service's list (a mailing's archive: "MM/DD/YYYY - subject"): one date that
    can only be month-first shows how all its dates are written, so "03/09/2026" is 9 March."""
    rows = "".join(f'<li>{d} - <a href="/?u=1&amp;id={i}">Bản tin Kinh tế tập thể số {i} của Liên minh</a></li>'
                   for i, d in enumerate(["03/16/2026", "03/09/2026", "02/14/2026"]))
    found = links(f"<html><body><ul>{rows}</ul></body></html>")
    assert [found[f"/?u=1&id={i}"].listing_date for i in range(3)] == ["16/03/2026", "09/03/2026", "14/02/2026"]


def test_a_list_showing_day_first_dates_stays_day_first():
    rows = "".join(f'<li>{d} - <a href="/?u=1&amp;id={i}">Bản tin Kinh tế tập thể số {i} của Liên minh</a></li>'
                   for i, d in enumerate(["16/03/2026", "03/09/2026", "12/28/2026"]))
    found = links(f"<html><body><ul>{rows}</ul></body></html>")
    # one date shows day-first: the others are read as written (the impossible one gives none)
    assert [found[f"/?u=1&id={i}"].listing_date for i in range(3)] == ["16/03/2026", "03/09/2026", None]


def test_an_address_out_of_the_section_is_the_sites_when_its_breadcrumb_leads_into_it():
    """Confluence gives a post whose title holds ':' or '?' no address in its space
    ("/display/LMHTX/…"), only "/pages/viewpage.action?pageId=…": its breadcrumb says whose it
    is. A shared portal's other body's page leads elsewhere."""
    sections = ("/display/lmhtx",)
    own = lxml.html.fromstring('<html><body><nav aria-label="Đường dẫn"><ol id="breadcrumbs"><li><a href="/display/LMHTX/'
                               'Trang+ch%E1%BB%A7">Liên minh HTX tỉnh Hưng Yên</a></li><li><a href="/pages/viewrecentblogposts'
                               '.action?key=LMHTX">Blog</a></li></ol></nav><h1>Chủ tịch Liên minh HTX tỉnh: HTX phải làm gì?</h1>'
                               '</body></html>')
    assert in_section_path(own, "http://wiki.example.vn/pages/viewpage.action?pageId=65274150", sections)
    other = lxml.html.fromstring('<html><body><div class="breadcrumb"><a href="/">Trang chủ</a> › <a href="/display/SOTC">'
                                 'Sở Tài chính</a></div><a href="/display/LMHTX/Trang+ch%E1%BB%A7">Liên minh HTX</a></body></html>')
    assert not in_section_path(other, "http://wiki.example.vn/pages/viewpage.action?pageId=70000001", sections)


def test_a_sections_own_menu_lists_its_pages_beside_its_home():
    # WebCenter: every page at /pages_r/l/<page>; the alliance's home, its list and its models' page side by side
    html = ('<html><body><ul class="topmenu"><li><a href="/webcenter/portal/camau/pages_r/l/tin-tuc-su-kien">Tin tức - Sự kiện</a>'
            '</li><li><a href="/webcenter/portal/camau/pages_r/l/lien-minh-htx">Liên minh HTX</a></li></ul>'
            '<div class="section-nav"><div class="section-nav-title">Liên minh Hợp tác xã tỉnh</div><ul>'
            '<li><a href="/webcenter/portal/camau/pages_r/l/tin-hoat-dong-lmhtx">Tin hoạt động</a></li>'
            '<li><a href="guong-htx-dien-hinh">Gương HTX điển hình</a></li>'
            '<li><a href="https://other.example.org/x">Liên kết</a></li></ul></div>'
            '<div class="links"><h3>Sở, ngành</h3><ul><li><a href="/webcenter/portal/camau/pages_r/l/so-nn">Sở Nông nghiệp</a></li></ul></div>'
            '</body></html>')
    doc = lxml.html.fromstring(html)
    assert section_menu(doc, "http://camau.example.vn/webcenter/portal/camau/pages_r/l/lien-minh-htx", ("camau.example.vn",)) == {
        "/webcenter/portal/camau/pages_r/l/tin-hoat-dong-lmhtx", "/webcenter/portal/camau/pages_r/l/guong-htx-dien-hinh"}


def test_a_link_two_lists_date_with_two_days_has_no_listing_date():
    dated = ListingDates()
    dated.add("a", "10:30 14/03/2025")
    dated.add("a", "14/03/2025")  # the same day, written with and without its time
    dated.add("a", "14 tháng 3, 2025")
    dated.add("a", "3/14/2025")  # a month-first list's
    dated.add("a", "ngày 20/3")  # a teaser's event: no year, no dispute
    assert dated.get("a") == "10:30 14/03/2025" and dated.get("a", "14/03/2025") == "14/03/2025"
    # an author's page, linked in each post's info row beside that post's own date
    dated.add("about", "20 tháng 5, 2025")
    assert dated.get("about") == "20 tháng 5, 2025"
    dated.add("about", "10 tháng 6, 2025")
    assert dated.get("about") is None and dated.get("about", "20 tháng 5, 2025") is None
    assert dated.get("never") is None and dated.get("never", "01/02/2025") == "01/02/2025"


def test_a_feed_instant_stands_for_the_utc_day_a_list_prints():
    # Dolphin's lists print the server's day in UTC (14/03) of a post its feed stamps 17:20 UTC
    # (00:20 on 15/03 in Vietnam): the feed's instant dates it
    dated = ListingDates()
    dated.add("a", "14/03/2025")
    dated.add_instant("a", "2025-03-14T17:20:00+0000")
    assert dated.get("a") == dated.get("a", "14/03/2025") == "2025-03-14T17:20:00+0000"
    # a list printing Vietnam's day keeps it (a day shown alone stays that day); a feed's bare
    # day or a stamp without its zone is no instant
    dated.add("b", "15/03/2025")
    dated.add_instant("b", "2025-03-14T17:20:00Z")
    dated.add("c", "14/03/2025")
    dated.add_instant("c", "2025-03-14")
    dated.add_instant("c", "2025-03-14T17:20:00")
    assert (dated.get("b"), dated.get("c")) == ("15/03/2025", "14/03/2025")
    # lists that disagree still date it with neither
    dated.add("a", "20/03/2025")
    assert dated.get("a") is None


def test_a_link_to_a_comment_dates_no_post():
    # HumHub's stream: each comment's permalink, "/content/perma?id=404&commentId=921", redirects to
    # the post; the time it wraps is the comment's
    from crawler.families import rules_for

    doc = lxml.html.fromstring(
        '<html><body><div class="media" id="comment_921"><a href="/u/quangbv/" class="pull-left"><img src="/a.jpg" '
        'alt="Bùi Văn Quang"></a><div class="media-body"><h4 class="media-heading"><a href="/u/quangbv/">Bùi Văn Quang'
        '</a> <small>&middot; <a href="/content/perma?id=404&amp;commentId=921"><time class="tt time timeago" '
        'datetime="2025-05-15T06:10:00+00:00" title="Created at: 15 thg 5, 2025 - 13:10">12 ngày trước</time></a>'
        '</small></h4><div class="markdown-render"><p>Ảnh đẹp, cảm ơn chị Hạnh.</p></div></div></div></body></html>')
    found = {link.url: link for link in page_links(doc, BASE, rules_for("generic"), SITE.allowed_domains)}
    assert found["http://lmhtx.example.vn/content/perma?id=404&commentId=921"].listing_date is None



def test_a_posters_box_beside_a_posts_stamp_dates_nothing():
    # a forum's post head, the time its permalink's text; the poster's box under it says when the
    # member joined ("Tham gia: Ngày 06-03-2018"): no date of the post it links
    found = links('<div class="blockpost"><h2><span>#1 <a href="/viewtopic.php?pid=104#p104">Ngày 10-04-2024 10:15</a>'
                  '</span></h2><div class="box"><dl><dt><strong><a href="/profile.php?id=3">vanphong.lmhtx</a></strong></dt>'
                  '<dd>Đến từ: Rạch Giá</dd><dd><span>Tham gia: Ngày 06-03-2018</span></dd></dl></div></div>')
    assert found["/viewtopic.php?pid=104"].listing_date is None


def test_an_address_pasted_in_a_comment_takes_no_date():
    """Dolphin's comment linking another post by its address: the date beside it is the comment's."""
    comment = ('<div class="cmt"><div class="cmt-head"><a href="/vanloi">Đặng Văn Lợi</a> '
               '<span class="cmt-time">27/03/2025</span></div><div class="cmt-body">Số liệu xem thêm ở '
               f'<a href="{ARTICLE}">http://lmhtx.example.vn{ARTICLE}</a> nhé.</div></div>')
    assert links(comment)[ARTICLE].listing_date is None
    titled = comment.replace(f">http://lmhtx.example.vn{ARTICLE}<", ">HTX Nhơn Hậu đưa máy cấy vào sản xuất<")
    assert links(titled)[ARTICLE].listing_date == "27/03/2025"


def test_a_paging_forms_pages_are_listing_pages():
    """Snitz's "Page: <select name=whichpage>" submitted by a script on change, with its hidden fields."""
    form = ('<form name="PageNum1" action="forum.asp"><input name="FORUM_ID" type="hidden" value="4">'
            '<b>Page: </b><select name="whichpage" onchange="ChangePage(1);"><option selected value="1">1</option>'
            '<option value="2">2</option><option value="3">3</option></select></form>')
    found = {url: link for url, link in links(form).items() if link.kind == "listing"}
    assert set(found) == {"/tin-tuc-su-kien/forum.asp?FORUM_ID=4&whichpage=2", "/tin-tuc-su-kien/forum.asp?FORUM_ID=4&whichpage=3"}
    assert all(link.pagination for link in found.values())
    # a search form with a select of sections is no pager
    search = ('<form action="search.asp"><input name="q" type="text"><select name="FORUM_ID">'
              '<option value="1">1</option><option value="2">2</option></select></form>')
    assert not [link for link in links(search).values() if link.kind == "listing"]


def test_a_forum_rows_last_post_column_dates_no_topic():
    # PunBB's forum list: "Bài viết cuối <a href=…?pid=303#p303>15-01-2025 07:50:11</a>" is the last
    # reply's, not the topic's
    from crawler.families import rules_for
    html = ('<html><body><div class="main-item"><div class="item-subject"><h3><a href="http://f.vn/viewtopic.php?id=22">'
            'HTX Thủy sản Xuân Thịnh phát triển nghề nuôi tôm hùm lồng</a></h3><p>bởi <cite>Đặng Quốc Bảo</cite></p></div>'
            '<ul class="item-info"><li class="info-replies"><strong>1</strong> trả lời</li><li class="info-lastpost">'
            'Bài viết cuối <strong><a href="http://f.vn/viewtopic.php?pid=303#p303">15-01-2025 07:50:11</a></strong> '
            '<cite>bởi trandinhphuc</cite></li></ul></div></body></html>')
    links = {link.url: link for link in page_links(lxml.html.fromstring(html), "http://f.vn/viewforum.php?id=2",
                                                   rules_for("generic"), ("f.vn",))}
    assert links["http://f.vn/viewtopic.php?id=22"].listing_date is None
    dated = html.replace('<li class="info-replies">', '<li class="info-start">14-01-2025 09:05:47</li><li class="info-replies">')
    links = {link.url: link for link in page_links(lxml.html.fromstring(dated), "http://f.vn/viewforum.php?id=2",
                                                   rules_for("generic"), ("f.vn",))}
    assert links["http://f.vn/viewtopic.php?id=22"].listing_date == "14-01-2025 09:05:47"
