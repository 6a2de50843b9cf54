"""Crawl extensions: one concern each."""

from __future__ import annotations

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import TextResponse

from .archive import Archive
from .warc import WarcFile


class WarcExtension:
    """Writes the raw HTML responses of the crawl to the run's WARC file and records where
    each kept article's page is, so that `lmhtx reextract` can rebuild the archive
    without fetching again. Pages are written as they arrive (an article may be kept
    later, e.g. once its listing date is known); listings are kept too, they are small."""

    def __init__(self, data_dir: str):
        self.data_dir = data_dir
        self.warc: WarcFile | None = None
        self.archive: Archive | None = None
        self.offsets: dict[str, int] = {}

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("LMHTX_WARC_ENABLED", True):
            raise NotConfigured
        ext = cls(crawler.settings.get("LMHTX_DATA"))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        self.archive = Archive(self.data_dir)
        self.warc = WarcFile(self.archive.data_dir)

    def response_received(self, response, request, spider):
        if response.status != 200 or not isinstance(response, TextResponse) or not response.url.startswith("http"):
            return
        if "cached" in response.flags:  # a 304 answered from the HTTP cache: written when first fetched
            return
        headers = [(k.decode("latin-1"), b", ".join(v).decode("latin-1")) for k, v in response.headers.items()]
        self.offsets[response.url] = self.warc.write(response.url, response.status, headers, response.body)

    def item_scraped(self, item, response, spider):
        from search.base import doc_id

        offset = self.offsets.get(item["url"])
        if offset is not None:
            self.archive.set_raw(doc_id(item["canonical_url"]), str(self.warc.relative), offset,
                                 item.get("listing_date"))

    def spider_closed(self, spider):
        if self.warc:
            self.warc.close()
        if self.archive:
            self.archive.close()


def site_progress(stats: dict, site: str) -> tuple[int, int, int]:
    """(pages, new articles, errors) of one site in a crawl's stats; errors are requests that
    failed for good, 5xx after retries included."""
    return (stats.get(f"portals/site/{site}/responses", 0), stats.get(f"archive/new/{site}", 0),
            stats.get(f"portals/site/{site}/errors", 0))


class SiteProgress:
    """Every LMHTX_PROGRESS_INTERVAL seconds, one log line per site that moved: pages,
    new articles, errors. Scrapy's LogStats gives the totals; staff follow sites."""

    def __init__(self, stats, interval: float):
        self.stats = stats
        self.interval = interval
        self.task = None
        self.last: dict[str, tuple[int, int, int]] = {}

    @classmethod
    def from_crawler(cls, crawler):
        interval = crawler.settings.getfloat("LMHTX_PROGRESS_INTERVAL", 60)
        if interval <= 0:
            raise NotConfigured
        ext = cls(crawler.stats, interval)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        from twisted.internet import task

        self.spider = spider
        self.task = task.LoopingCall(self.log)
        self.task.start(self.interval, now=False)

    def log(self) -> None:
        stats = self.stats.get_stats()
        for site in sorted(getattr(self.spider, "sites", ())):
            row = site_progress(stats, site)
            if row != self.last.get(site, (0, 0, 0)):  # a site not started yet stays quiet
                self.spider.logger.info("progress %s: %d pages, %d new articles, %d errors", site, *row)
                self.last[site] = row

    def spider_closed(self, spider, reason):
        if self.task and self.task.running:
            self.task.stop()
