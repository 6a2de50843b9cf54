"""crawler.articlelinks: which of a site's links lead to articles, the monitors' sign of a
layout that lost them, over a real archive of an earlier night."""

from scrapy.statscollectors import MemoryStatsCollector
from scrapy.utils.test import get_crawler

from crawler.archive import Archive
from crawler.articlelinks import ArticleLinks
from crawler.incremental import KnownPages
from crawler.stats import site_value
from crawler.urls import url_key

BASE = "http://wiki.example.vn"


def stats():
    return MemoryStatsCollector(get_crawler())


def test_a_link_counts_once_by_its_shape_or_once_its_page_is_read_as_an_article():
    s = stats()
    links = ArticleLinks(s, read=set())
    menu = [(f"{BASE}/wiki/Trang_Chính", False), (f"{BASE}/wiki/Liên_hệ", False)]
    news = [(f"{BASE}/wiki/Tin_tức:HTX_Hòa_Bình_mở_rộng_vùng_cam", False),
            (f"{BASE}/wiki/Tin_tức:Đại_hội_thành_viên_2026", False)]
    links.found("wiki", menu + news)
    links.found("wiki", menu + news)  # every page repeats the menu: counted once, if ever
    assert site_value(s.get_stats(), "wiki", "article_links") == 0  # a wiki's one shape says nothing
    links.article([news[0][0], f"{BASE}/index.php?title=Tin_tức:HTX_Hòa_Bình_mở_rộng_vùng_cam"])
    assert site_value(s.get_stats(), "wiki", "article_links") == 1
    links.found("wiki", [(f"{BASE}/tin-tuc/bai-moi-4521.html", True)])  # a feed's entry, or a learned shape
    links.article([news[0][0]])  # read again under another path: not counted twice
    assert site_value(s.get_stats(), "wiki", "article_links") == 2
    links.article([news[1][0]])
    assert site_value(s.get_stats(), "wiki", "article_links") == 3


def test_an_incremental_night_counts_the_archived_articles_its_listings_show(tmp_path):
    article = f"{BASE}/wiki/Tin_tức:HTX_Hòa_Bình_mở_rộng_vùng_cam"
    with Archive(tmp_path) as archive:
        archive.saw_pages([(f"{BASE}/vanban?module=vanban&act=detail&id=71", "wiki", "page")])
        archive.db.execute("INSERT INTO pages VALUES (?,?,?,?,?)",
                           (url_key(article), "wiki", "article", "2024-03-12", "2024-03-12T08:00:00"))
        archive.db.commit()
        known = KnownPages(archive)
    s = stats()
    links = ArticleLinks(s, read=set(), known=known)
    links.found("wiki", [(article, False), (f"{BASE}/wiki/Liên_hệ", False),
                         # of an article's shape, but an earlier night found a document record there
                         (f"{BASE}/vanban?module=vanban&act=detail&id=71", True),
                         (f"{BASE}/vanban?module=news&act=detail&id=1290", True)])
    got = s.get_stats()
    assert site_value(got, "wiki", "article_links") == 2
    assert got["incremental/known/wiki"] == 1  # the other one is new: its page should give an article
