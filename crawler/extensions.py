"""Crawl extensions: one concern each."""

from __future__ import annotations

import logging
import sqlite3

from scrapy import signals
from scrapy.exceptions import NotConfigured
from scrapy.http import TextResponse

from .archive import Archive, ArchiveError, doc_id
from .stats import site_progress
from .warc import WarcFile

logger = logging.getLogger(__name__)


class WarcExtension:
    """Writes the raw HTML responses of the crawl to the run's WARC file and records where
    each kept article's page is, so that `lmhtx reextract` can rebuild the archive
    without fetching again. Pages are written as they arrive (an article may be kept
    later, e.g. once its listing date is known); listings are kept too, they are small.

    A write that fails (a full disk) never stops the crawl: it is counted in `warc/write_errors`,
    the first one logged and the total at the end (the article is archived without its raw page)."""

    def __init__(self, data_dir: str, stats=None):
        self.data_dir = data_dir
        self.stats = stats
        self.warc: WarcFile | None = None
        self.archive: Archive | None = None
        self.offsets: dict[str, int] = {}
        self.errors = 0

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("LMHTX_WARC_ENABLED", True):
            raise NotConfigured
        ext = cls(crawler.settings.get("LMHTX_DATA"), crawler.stats)
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.response_received, signal=signals.response_received)
        crawler.signals.connect(ext.item_scraped, signal=signals.item_scraped)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def spider_opened(self, spider):
        try:
            self.archive = Archive(self.data_dir)
        except ArchiveError:  # the archive pipeline says so and stops the crawl
            return
        try:
            self.warc = WarcFile(self.archive.data_dir)
        except OSError as exc:
            self._failed(exc)

    def _failed(self, exc: BaseException) -> None:
        self.errors += 1
        self.stats.inc_value("warc/write_errors")
        if self.errors == 1:
            logger.error("the WARC file could not be written (%s): raw pages are not kept while this lasts", exc)

    def response_received(self, response, request, spider):
        if self.warc is None:
            return
        if response.status != 200 or not isinstance(response, TextResponse) or not response.url.startswith("http"):
            return
        if "cached" in response.flags:  # a 304 answered from the HTTP cache: written when first fetched
            return
        headers = [(k.decode("latin-1"), b", ".join(v).decode("latin-1")) for k, v in response.headers.items()]
        try:
            self.offsets[response.url] = self.warc.write(response.url, response.status, headers, response.body)
        except OSError as exc:
            self._failed(exc)

    def item_scraped(self, item, response, spider):

        offset = self.offsets.get(item["url"])
        if offset is not None:
            try:
                self.archive.set_raw(doc_id(item["canonical_url"]), str(self.warc.relative), offset,
                                     item.get("listing_date"))
            except (sqlite3.Error, OSError) as exc:
                self._failed(exc)

    def spider_closed(self, spider):
        if self.warc:
            try:
                self.warc.close()
            except OSError as exc:
                self._failed(exc)
        if self.errors:
            logger.error("%d WARC writes failed in this run (warc/write_errors)", self.errors)
        if self.archive:
            self.archive.close()


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
