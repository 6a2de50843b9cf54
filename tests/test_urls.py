import unicodedata
from urllib.parse import quote

import pytest

from crawler.urls import canonical_url, in_sections, url_key
from crawler.urlshapes import ids, same_article


@pytest.mark.parametrize(
    "variant",
    [
        "https://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html",
        "https://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html?print=1",
        "https://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html?utm_source=zalo&utm_medium=share",
        "https://LienMinhHTX.ThaiBinh.gov.vn:443/tin-tuc-su-kien/ke-hoach-12.html#binh-luan",
        "http://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html/",
        "https://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html?fbclid=IwAR0x",
        # a comment in focus: WordPress', Confluence's, Blogger's
        "https://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html?replytocom=412",
        "https://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html?focusedCommentId=65274229",
        "https://lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html?showComment=1773281700000",
    ],
)
def test_variants_share_one_key(variant):
    assert url_key(variant) == "lienminhhtx.thaibinh.gov.vn/tin-tuc-su-kien/ke-hoach-12.html"


def test_query_order_does_not_matter_but_content_params_do():
    a = url_key("http://x.vn/index.php?language=vi&nv=news&op=tin-tuc/a-1.html")
    b = url_key("http://x.vn/index.php?op=tin-tuc/a-1.html&nv=news&language=vi")
    c = url_key("http://x.vn/index.php?op=tin-tuc/a-2.html&nv=news&language=vi")
    assert a == b != c
    assert url_key("http://x.vn/Pages/chi-tiet.aspx?ItemID=5") != url_key("http://x.vn/Pages/chi-tiet.aspx?ItemID=6")


def test_a_path_behind_a_php_front_controller_is_the_same_page():
    # Typecho's "/index.php/archives/98/" and its rewritten "/archives/98/" (Joomla's, WordPress' too)
    assert url_key("http://x.vn/index.php/archives/98/") == url_key("http://x.vn/archives/98") == "x.vn/archives/98"
    # (a query to the controller, or a script deeper in the path, is no such page)
    assert url_key("http://x.vn/index.php?id=98") == "x.vn/?id=98"
    assert url_key("http://x.vn/forum/index.php/t-98") == "x.vn/forum/index.php/t-98"


def test_canonical_keeps_site_encoding_but_key_is_nfc():
    nfd = "https://x.vn/2024/03/29/" + quote(unicodedata.normalize("NFD", "hợp-tác-xã")) + "/"
    nfc = "https://x.vn/2024/03/29/" + quote("hợp-tác-xã") + "/"
    assert canonical_url(nfd) == nfd  # the address the server answers to
    assert url_key(nfd) == url_key(nfc)


def test_canonical_drops_tracking_and_fragment_keeps_slash():
    assert canonical_url("https://x.vn/a/b/?utm_campaign=x&id=3#top") == "https://x.vn/a/b/?id=3"
    assert canonical_url("/a.html?print=1", base="http://x.vn:8080/b/") == "http://x.vn:8080/a.html"


def test_oracle_adfs_window_and_session_state_is_dropped():
    page = "http://a.vn/webcenter/portal/camau/pages_r/l/chi-tiet-tin?dDocName=CMU0314511"
    assert canonical_url(page + "&_adf.ctrl-state=1bd9x0tq7l_6") == page
    assert canonical_url(page + "&_afrLoop=4170213697729865&_afrWindowMode=0&_afrWindowId=null") == page


def test_a_servlet_session_in_the_path_is_dropped():
    assert canonical_url("http://a.vn/vi/tin-tuc/a.html;jsessionid=9A8B7C6D?page=2") == "http://a.vn/vi/tin-tuc/a.html?page=2"
    assert url_key("http://a.vn/vi/tin-tuc/a.html;jsessionid=9A8B7C6D") == url_key("http://a.vn/vi/tin-tuc/a.html")


def test_a_session_named_sid_is_dropped_a_story_so_named_kept():
    # phpBB's session in every link; PHP-Nuke's story id
    topic = "http://a.vn/forum/viewtopic.php?t=421"
    assert canonical_url(topic + "&sid=3f2a9c0e5b7d4a1f8e6c2b9d0a7f5e31") == topic
    story = "http://a.vn/modules.php?name=News&file=article&sid=137"
    assert canonical_url(story) == story and url_key(story) != url_key("http://a.vn/modules.php?name=News&file=article")


def test_a_bare_query_word_stays_bare():
    # Domino answers "?OpenDocument", not "?OpenDocument="
    url = "http://a.vn/lmhtx/web.nsf/0/3A5F?OpenDocument&ExpandSection=1"
    assert canonical_url(url) == url
    assert canonical_url("http://a.vn/p?Keyword=&id=5&utm_source=x") == "http://a.vn/p?Keyword=&id=5"


@pytest.mark.parametrize("a, b, same", [
    # a Domino document under its UNID, from a view and expanded
    ("http://a.vn/lmhtx/web.nsf/0/A17BE51C86BFD7B13E7F5A07FB4D9A7C?OpenDocument",
     "http://a.vn/lmhtx/web.nsf/TinTuc/A17BE51C86BFD7B13E7F5A07FB4D9A7C?OpenDocument&ExpandSection=1", True),
    ("http://a.vn/lmhtx/web.nsf/0/A17BE51C86BFD7B13E7F5A07FB4D9A7C?OpenDocument",
     "http://a.vn/lmhtx/web.nsf/0/2A1BD6961FFDF6A05778E66C36167154?OpenDocument", False),
    ("http://a.vn/tin-tuc/123456/htx-a", "http://a.vn/tin/123456", True),
    # e107's dotted queries: the post, its comments' view, its address with a slug
    ("http://a.vn/news.php?extend.96", "http://a.vn/news.php?item.96.2", True),
    ("http://a.vn/news.php?extend.96", "http://a.vn/news/96/tap-huan-chuyen-doi-so", True),
    ("http://a.vn/news.php?extend.96", "http://a.vn/news.php?extend.97", False),
    # a post's GUID route beside its slug (Piranha's "/post?id="): its groups are neither a slug nor a number
    ("http://a.vn/post?id=79dd722e-39bf-3837-6b7c-53bae1290521", "http://a.vn/tin-tuc/htx-thanh-xuong-lam-giau-tu-gao", True),
    ("http://a.vn/post?id=79dd722e-39bf-3837-6b7c-53bae1290521", "http://a.vn/post?id=0b1c2d3e-4f5a-6b7c-8d9e-0f1a2b3c4d5e", False),
    # an id before the file's extension (SPIP's "/article142.html" and its "?lang=vi" variant)
    ("http://a.vn/article142.html", "http://a.vn/article142.html?lang=vi", True),
    ("http://a.vn/tin-tuc/ho-tro-htx-1250.html", "http://a.vn/tin-tuc/ho-tro-htx-1251.html", False),
    # a young site's short ids: Z-BlogPHP's post by its dynamic address, Subrion's (Joomla's) id before any alias
    ("http://a.vn/post/41.html", "http://a.vn/?id=41", True),
    ("http://a.vn/post/41.html", "http://a.vn/?id=44", False),
    ("http://a.vn/blog/43-tap-huan-nghiep-vu-ke-toan-cho-htx.html", "http://a.vn/blog/43-tap-huan-ke-toan.html", True),
    ("http://a.vn/blog/43-tap-huan-nghiep-vu-ke-toan-cho-htx.html", "http://a.vn/blog/46-tap-huan-nghiep-vu-ke-toan-cho-htx.html", False),
    # a slug in Vietnamese letters (Mezzanine's, Django's allow_unicode): the dated post and its undated address
    ("http://a.vn/blog/2025/03/20/" + quote("ra-mắt-htx-nông-nghiệp-sạch-phước-dinh") + "/",
     "http://a.vn/blog/" + quote("ra-mắt-htx-nông-nghiệp-sạch-phước-dinh") + "/", True),
    ("http://a.vn/blog/" + quote("ra-mắt-htx-nông-nghiệp-sạch-phước-dinh") + "/",
     "http://a.vn/blog/" + quote("ra-mắt-htx-nông-nghiệp-sạch-phước-hậu") + "/", False),
    # the listing's page carried into the post's link (CMSimple_XH's Realblog)
    ("http://a.vn/?Tin-tuc&realblog_id=2", "http://a.vn/?Tin-tuc&realblog_id=2&realblog_page=2", True),
    ("http://a.vn/?Tin-tuc&realblog_id=2", "http://a.vn/?Tin-tuc&realblog_id=3&realblog_page=2", False),
    ("http://a.vn/?Tin-tuc&realblog_id=2", "http://a.vn/?Luu-tru&realblog_id=2&realblog_page=2", False),
    # a title joined by underscores (Ektron's alias) and the raw id's address; two such titles differ
    ("http://a.vn/Tin-tuc/HTX_Nong_nghiep_Hoa_Tien_phat_trien_vung_trong_nem.aspx", "http://a.vn/ContentDetail.aspx?id=1241", True),
    ("http://a.vn/Tin-tuc/HTX_Nong_nghiep_Hoa_Tien_phat_trien_vung_trong_nem.aspx",
     "http://a.vn/Tin-tuc/HTX_Dich_vu_thuy_san_Tho_Quang_nang_cao_hieu_qua.aspx", False),
    # uCoz's entry by its title, day and id, and by the day and id alone (numbers are no slug)
    ("http://a.vn/news/anh_htx_che_vinh_quang_vao_vu_che_xuan/2025-03-04-39", "http://a.vn/news/2025-03-04-39", True),
])
def test_one_article_by_its_document_id(a, b, same):
    assert same_article(a, b) is same


def test_the_very_text_at_two_addresses_naming_no_slug_is_one_article():
    # Coppermine's photo by its position and by its album and id; the same title and date alone
    # (texts alike, not the same text) do not join them, nor do two ids
    a, b = "http://a.vn/displayimage.php?pos=-36", "http://a.vn/displayimage.php?album=5&pid=36"
    assert same_article(a, b, same_text=True) and not same_article(a, b)
    assert not same_article("http://a.vn/?id=41", "http://a.vn/?id=44", same_text=True)


def test_a_guids_digits_are_no_numbers_of_their_own():
    assert ids("http://a.vn/dam/jcr:3f2a1b4c-5d6e-4f70-8a9b-0c1d2e3f4a5b/qd-15.pdf") == {"3f2a1b4c5d6e4f708a9b0c1d2e3f4a5b"}


@pytest.mark.parametrize("tag", ["[UNIQID]", "%5BUNIQID%5D", "*|UNIQID|*", "{{subscriber_id}}", "%%email%%"])
def test_a_mailings_unfilled_merge_tag_is_no_part_of_the_address(tag):
    """A campaign's web copy linked with the subscriber's slot left empty ("?e=[UNIQID]&u=…&id=…")."""
    assert url_key(f"https://bantin.vn/?e={tag}&u=5e2b&id=b27e") == url_key("https://bantin.vn/?u=5e2b&id=b27e")
    assert url_key("https://bantin.vn/?e=8f3a21&u=5e2b&id=b27e") != url_key("https://bantin.vn/?u=5e2b&id=b27e")


def test_url_shapes_learned_one_night_are_known_the_next(tmp_path):
    from crawler.archive import Archive
    from crawler.urlshapes import UrlShapes

    threads = [f"http://f.vn/forum/tin-tuc-lien-minh/{n}-hop-tac-xa-so-{n}-mo-rong-san-xuat" for n in (4738, 4812, 4901)]
    first = UrlShapes()
    assert first.kind(threads[0]) is None  # nothing learned yet: no opinion
    for url in threads:
        first.saw(url, "article")
    first.saw("http://f.vn/forum/tin-tuc-lien-minh/page2", "listing")
    with Archive(tmp_path) as archive:
        archive.save_shapes("diendan", first)
    with Archive(tmp_path) as archive:
        night = archive.load_shapes("diendan")
        assert archive.load_shapes("other").kind(threads[0]) is None
    # a night that fetches no thread (all archived) still knows a new thread's link for an article
    assert night.kind("http://f.vn/forum/tin-tuc-lien-minh/5002-dai-hoi-thanh-vien-htx-nam-nay") == "article"


def test_url_shapes_keep_each_kinds_most_in_one_night_not_the_sum():
    from crawler.urlshapes import UrlShapes

    url = "http://x.vn/tin/{}-chuyen-muc-hoac-bai-viet"
    first = UrlShapes()
    for n in range(4):
        first.saw(url.format(n), "article")
    first.saw(url.format(9), "listing")
    assert first.kind(url.format(1)) == "article"  # 4 of 5
    stored = first.to_json()
    # a listing of that shape read again on each of ten nights outweighs nothing: one a night
    night = UrlShapes(stored)
    for _ in range(10):
        later = UrlShapes(night.to_json())
        later.saw(url.format(9), "listing")
        night = later
    assert night.to_json() == stored and night.kind(url.format(1)) == "article"
    # a night with more of a kind than ever before raises that kind's count
    busy = UrlShapes(stored)
    for n in range(20, 26):
        busy.saw(url.format(n), "listing")
    assert busy.to_json()[next(iter(stored))] == {"article": 4, "listing": 6} and busy.kind(url.format(1)) is None


def test_a_page_holding_the_alliances_own_segment_elsewhere_is_in_its_section():
    # Sakai: the site "/portal/site/lmhtx-hanam", its announcements' own view under "/access/…/lmhtx-hanam/…"
    sections = ("/portal/site/lmhtx-hanam",)
    assert in_sections("/access/announcement/msg/lmhtx-hanam/main/e685ddd6", sections)
    assert not in_sections("/portal/site/so-nong-nghiep/tool/1", sections)
    # (a section not named for the alliance confines to its prefix only: another body's "/tin-tuc")
    assert not in_sections("/so-nong-nghiep/tin-tuc/bai-1", ("/tin-tuc",))
