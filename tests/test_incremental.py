"""crawler.incremental: which pages a nightly run skips, over a real archive."""

from datetime import datetime, timedelta

from crawler.archive import Archive
from crawler.dates import TZ
from crawler.incremental import KnownPages

NOW = datetime(2025, 9, 15, 9, 0, tzinfo=TZ)
BASE = "http://lmhtx.example.vn"


def item(path: str, published: str | None, url: str | None = None) -> dict:
    return {"url": url or BASE + path, "canonical_url": BASE + path, "site": "x", "province": "ninh-binh",
            "province_today": "ninh-binh", "published": published, "title": path, "text": "t",
            "content_hash": path}


def test_known_pages_and_windows(tmp_path):
    with Archive(tmp_path) as archive:
        archive.upsert("a", item("/old-1.html", "2025-01-02T08:00:00+07:00",
                                 url=BASE + "/index.php?op=old-1&utm_source=zalo"))
        archive.upsert("b", item("/fresh-2.html", "2025-09-14T08:00:00+07:00"))
        archive.upsert("c", item("/undated-3.html", None))
        archive.saw_pages([(BASE + "/lien-he.html", "x", "page"), (BASE + "/gone-4.html", "x", "gone"),
                           (BASE + "/index.php?op=fresh-2", "x", "alias"), (BASE + "/tin-tuc.htm", "x", "listing")])
        known = KnownPages(archive, recheck_days=2, revisit_days=30, now=NOW)
        # archived articles, under any address of theirs, are not fetched again...
        assert known.skip(BASE + "/old-1.html") and known.skip(BASE + "/old-1.html/?utm_medium=share")
        assert known.skip(BASE + "/index.php?utm_source=zalo&op=old-1")
        assert known.skip(BASE + "/undated-3.html")
        # ...except those published in the re-check window, which portals still correct
        assert not known.skip(BASE + "/fresh-2.html")
        assert known.skip(BASE + "/index.php?op=fresh-2")  # an alias is not re-checked twice
        # non-articles and dead links wait for the revisit window; listings are never skipped
        assert known.skip(BASE + "/lien-he.html") and known.skip(BASE + "/gone-4.html")
        assert not known.skip(BASE + "/tin-tuc.htm")
        assert not known.skip(BASE + "/new-5.html")
        # a listing of archived articles ends the pagination, fresh ones included
        assert known.all_archived("x", [BASE + "/old-1.html", BASE + "/fresh-2.html"])
        assert not known.all_archived("x", [BASE + "/old-1.html", BASE + "/new-5.html"])
        later = KnownPages(archive, recheck_days=2, revisit_days=30, now=datetime.now(TZ) + timedelta(days=31))
        assert not later.skip(BASE + "/lien-he.html") and not later.skip(BASE + "/gone-4.html")
        assert later.skip(BASE + "/fresh-2.html")


def test_an_article_is_not_unlearned(tmp_path):
    with Archive(tmp_path) as archive:
        archive.upsert("a", item("/old-1.html", "2025-01-02"))
        archive.saw_pages([(BASE + "/old-1.html", "x", "gone")])  # the portal deleted it: we keep our copy
        assert [kind for _, _, kind, _, _ in archive.known_pages()] == ["article"]


def test_sites_to_catch_up(tmp_path):
    with Archive(tmp_path) as archive:
        run = archive.start_run(["a", "b", "c", "d"])
        archive.finish_run(run, status="finished", reason="finished", new=0, changed=0,
                           stats={"portals/budget_exhausted/b": 3, "portals/site/c/listing_errors": 1})
        assert archive.sites_to_catch_up() == {"b", "c"}
        run = archive.start_run(["a", "b"])
        archive.finish_run(run, status="finished", reason="finished", new=0, changed=0, stats={})
        assert archive.sites_to_catch_up() == {"c"}
        archive.start_run(["a"])  # killed: still "running" when the next run starts
        archive.start_run(["d"])
        assert archive.sites_to_catch_up() == {"a", "c"}
        assert KnownPages(archive, now=NOW).catch_up == {"a", "c"}
        assert not KnownPages(archive, now=NOW).all_archived("a", [])  # a gap: walk to the end


def test_old_archives_learn_their_pages(tmp_path):
    """An archive from before the pages table: its articles are known on first open."""
    with Archive(tmp_path) as archive:
        archive.upsert("a", item("/old-1.html", "2025-01-02"))
        archive.db.execute("DELETE FROM pages")
        archive.db.execute("ALTER TABLE runs DROP COLUMN mode")
        archive.db.commit()
    with Archive(tmp_path) as archive:
        assert KnownPages(archive, now=NOW).skip(BASE + "/old-1.html")
        assert archive.start_run([], mode="incremental") and archive.runs(1)[0]["mode"] == "incremental"


def test_an_alias_is_remembered_once_its_article_is_archived(tmp_path):
    """A run killed while an article waits in memory (for its site's profile, a listing's date)
    must not leave later nights skipping the only address that leads to it."""
    with Archive(tmp_path) as archive:
        archive.upsert("a", item("/old-1.html", "2025-01-02T08:00:00+07:00"))
        known = KnownPages(archive, now=NOW)
        known.alias(BASE + "/index.php?id=1", "x", BASE + "/old-1.html")  # archived on an earlier night
        known.alias(BASE + "/index.php?id=2", "x", BASE + "/new-2.html")  # still waiting in memory
        known.flush()
        after_kill = KnownPages(archive, now=NOW)
        assert after_kill.skip(BASE + "/index.php?id=1")
        assert not after_kill.skip(BASE + "/index.php?id=2")
        known.archived_now(BASE + "/new-2.html")  # out to the pipelines
        known.flush()
        assert KnownPages(archive, now=NOW).skip(BASE + "/index.php?id=2")


def test_a_redirect_to_an_article_still_in_memory_is_its_alias_once_archived(tmp_path):
    """A link redirecting to an article fetched already (Scrapy drops the repeated target, so the
    spider never sees the redirect) while the article waits for a listing's date: the old address
    is remembered when the article is archived, not asked again every night (Mura's LinkServID
    links, a portal section's article under its old address)."""
    with Archive(tmp_path) as archive:
        known = KnownPages(archive, now=NOW)
        assert not known.redirected(BASE + "/index.cfm?LinkServID=43", BASE + "/thong-bao-43/", "x")
        known.flush()
        assert not KnownPages(archive, now=NOW).skip(BASE + "/index.cfm?LinkServID=43")  # not archived yet
        known.archived_now(BASE + "/thong-bao-43/")
        known.flush()
        assert KnownPages(archive, now=NOW).skip(BASE + "/index.cfm?LinkServID=43")
        # a redirect to what never becomes an article is not remembered
        known.redirected(BASE + "/cu/lien-he", BASE + "/lien-he", "x")
        known.flush()
        assert not KnownPages(archive, now=NOW).skip(BASE + "/cu/lien-he")


def test_a_page_without_news_signals_is_fetched_again_when_a_listing_dates_it(tmp_path):
    """Prose with no date met through a sitemap is no article yet; the night a listing prints a
    date beside its link, it is read again with that date (not skipped for the revisit window)."""
    with Archive(tmp_path) as archive:
        archive.saw_pages([(BASE + "/bai-viet-12.html", "x", "undecided"), (BASE + "/gioi-thieu.html", "x", "page")])
        known = KnownPages(archive, now=NOW)
        assert known.skip(BASE + "/bai-viet-12.html") and not known.skip(BASE + "/bai-viet-12.html", dated=True)
        assert known.skip(BASE + "/gioi-thieu.html", dated=True)


def test_pages_found_no_article_are_told_apart_from_articles_in_or_out_of_the_revisit_window(tmp_path):
    with Archive(tmp_path) as archive:
        archive.saw_pages([(f"{BASE}/lien-he.html", "x", "page"), (f"{BASE}/vanban?id=71", "x", "stub")])
    with Archive(tmp_path) as archive:
        fresh = KnownPages(archive, now=NOW - timedelta(days=1))
        later = KnownPages(archive, now=datetime.now(TZ) + timedelta(days=60))  # past the revisit window
    for known in (fresh, later):
        assert known.is_other(f"{BASE}/vanban?id=71") and known.is_other(f"{BASE}/lien-he.html/")
        assert not known.is_other(f"{BASE}/tin-tuc/bai-moi-123.html")
    assert later.skip(f"{BASE}/vanban?id=71") is False  # asked again, still known as no article


def test_a_listing_whose_article_shaped_links_are_archived_or_known_pages_ends_the_walk(tmp_path):
    # the site's learned URL shapes call a document record's link an article's; an earlier night
    # found no article there: no news either
    with Archive(tmp_path) as archive:
        archive.saw_pages([(f"{BASE}/tin-tuc/van-ban-71.html", "x", "page")])
        known = KnownPages(archive, now=NOW)
    assert known.all_archived("x", [f"{BASE}/tin-tuc/van-ban-71.html"])
    assert not known.all_archived("x", [f"{BASE}/tin-tuc/van-ban-71.html", f"{BASE}/tin-tuc/bai-moi-72.html"])


def test_a_site_catching_up_reads_its_other_pages_again(tmp_path):
    # a run killed on a site: its verdicts on other pages (a list page read as a stub under a young
    # profile) hid what lies behind them; the next night reads them again, not its archived articles
    with Archive(tmp_path) as archive:
        archive.upsert("a", item("/old-1.html", "2025-01-02T08:00:00+07:00"))
        archive.saw_pages([(BASE + "/home/?id=2", "x", "stub"), (BASE + "/y/lien-he.html", "y", "page")])
        run = archive.start_run(["x", "y"])  # a gap on x only (a listing failed)
        archive.finish_run(run, status="finished", reason="finished", new=1, changed=0,
                           stats={"portals/site/x/listing_errors": 1})
        known = KnownPages(archive, recheck_days=2, revisit_days=30, now=NOW)
        assert known.catch_up == {"x"}
        assert not known.skip(BASE + "/home/?id=2")  # read again
        assert known.skip(BASE + "/y/lien-he.html")  # a site without a gap keeps its window
        assert known.skip(BASE + "/old-1.html")  # the archived article is not
        assert known.is_other(BASE + "/home/?id=2")  # still a page an earlier night found no article on


def test_a_meta_refresh_to_an_archived_article_is_its_alias(tmp_path):
    """A static site's renamed post leaves a page at its old address whose meta refresh leads to
    the new one (VuePress' redirect plugin, Jekyll's redirect_from). Met after the post was read,
    the refresh is dropped by Scrapy's duplicate filter as an HTTP redirect is: the middleware is
    the only one to see it, and later nights must not fetch the old address (and the post) again."""
    from scrapy.http import HtmlResponse, Request
    from scrapy.utils.test import get_crawler

    from crawler.incremental import RedirectAliasMiddleware

    def page(url: str, head: str, status: int = 200) -> tuple[Request, HtmlResponse]:
        body = f"<html><head>{head}</head><body><p>Redirecting...</p></body></html>".encode()
        return Request(url, meta={"site": "x"}), HtmlResponse(url, status=status, body=body, encoding="utf-8")

    with Archive(tmp_path) as archive:
        known = KnownPages(archive, now=NOW)
        crawler = get_crawler()
        crawler.spider = type("Spider", (), {"known": known, "moved_to": {}})()
        middleware = RedirectAliasMiddleware.from_crawler(crawler)
        known.archived_now(BASE + "/posts/tap-huan-luat-htx-nam-2023.html")
        refresh = '<meta http-equiv="refresh" content="0; url=/posts/tap-huan-luat-htx-nam-2023.html">'
        request, response = page(BASE + "/posts/tap-huan-luat-htx-2023.html", refresh)
        assert middleware.process_response(request, response) is response  # followed by Scrapy's own
        # a refresh long enough to be read (the home page reloading itself) is no redirect
        slow = '<meta http-equiv="refresh" content="600; url=/posts/tap-huan-luat-htx-nam-2023.html">'
        middleware.process_response(*page(BASE + "/trang-chu.html", slow))
        # nor is one inside <noscript> (Scrapy ignores it too)
        hidden = f"<noscript>{refresh}</noscript>"
        middleware.process_response(*page(BASE + "/tin-tuc.html", hidden))
        known.flush()
        later = KnownPages(archive, now=NOW)
        assert later.skip(BASE + "/posts/tap-huan-luat-htx-2023.html")
        assert not later.skip(BASE + "/trang-chu.html") and not later.skip(BASE + "/tin-tuc.html")
        assert crawler.stats.get_value("portals/site/x/redirect_alias") == 1
