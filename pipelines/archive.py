"""Keeps every article in the archive of record (crawler.archive), and records the run.

Writes fail loudly, never silently. A crawl does not start when the data directory has less
than LMHTX_MIN_FREE_MB free, nor when the archive is unreadable (one error line each, and the
spider closes as `disk_full` / `archive_unreadable`). An article whose write fails is counted
in `archive/write_errors` (and per site), logged in one line, remembered for a later night and
not passed on to the search indexes (they follow the archive); it is not recorded as a known
page either, so the next night fetches it again. A full disk closes the spider (`disk_full`):
every later write would fail too, and a run that did not finish is caught up the next night.
"""

from __future__ import annotations

import logging
import shutil
import sqlite3
from pathlib import Path

from itemadapter import ItemAdapter
from scrapy import signals
from scrapy.exceptions import CloseSpider, DropItem
from scrapy.utils.defer import deferred_from_coro

from crawler.archive import Archive, ArchiveError, disk_full, doc_id
from crawler.runstatus import judge
from crawler.stats import coverage_key, prefixed

logger = logging.getLogger(__name__)


class ArchivePipeline:
    def __init__(self, crawler, data_dir: str):
        self.crawler = crawler
        self.data_dir = data_dir
        settings = crawler.settings
        self.min_free_mb = settings.getint("LMHTX_MIN_FREE_MB")
        self.retry_days = settings.getfloat("LMHTX_FAILED_RETRY_DAYS")
        self.retry_limit = settings.getint("LMHTX_FAILED_RETRY_LIMIT")
        self.archive: Archive | None = None
        self.run_id: int | None = None
        self.counts = {"new": 0, "changed": 0, "same": 0}
        self.stopping = False
        self.refused: tuple[str, str] | None = None  # (close reason, message): the crawl does not start

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler, crawler.settings.get("LMHTX_DATA"))
        # The run is recorded at spider_closed, when the finish reason is known.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        # Checked once every component is open (a pipeline that stops the opening leaves
        # the others unopened), before the first request.
        crawler.signals.connect(pipeline.may_start, signal=signals.spider_opened)
        return pipeline

    def may_start(self, spider):
        if self.refused is not None:
            reason, message = self.refused
            logger.error("the crawl does not start: %s", message)
            raise CloseSpider(reason)

    def open_spider(self, spider=None):
        data = Path(self.data_dir)
        data.mkdir(parents=True, exist_ok=True)
        free_mb = shutil.disk_usage(data).free // 2**20
        if free_mb < self.min_free_mb:
            self.refused = ("disk_full", f"{data.resolve()} has {free_mb} MB free, less than "
                                         f"LMHTX_MIN_FREE_MB={self.min_free_mb}; free some space")
            return
        spider = spider or self.crawler.spider
        registry = getattr(spider, "registry_path", None)
        archive = None
        try:
            archive = Archive(self.data_dir)
            # `lmhtx nightly` opens the run row before the crawl, so a run killed before the
            # spider opened is recorded too.
            self.run_id = self.crawler.settings.getint("LMHTX_RUN_ID") or archive.start_run(
                sorted(getattr(spider, "sites", {})), str(Path(registry).resolve()) if registry else None,
                getattr(spider, "mode", None))
        except ArchiveError as exc:
            self.refused = ("archive_unreadable", str(exc))
            return
        except (sqlite3.Error, OSError) as exc:
            self.refused = ("disk_full" if disk_full(exc) else "archive_error", f"the archive cannot be written ({exc})")
            if archive is not None:
                archive.close()
            return
        self.archive = archive
        self.crawler.stats.set_value("archive/run_id", self.run_id)

    def process_item(self, item, spider=None):
        adapter = ItemAdapter(item)
        stats, site = self.crawler.stats, adapter.get("site")
        try:
            status = self.archive.upsert(doc_id(adapter["canonical_url"]), adapter.asdict(), run_id=self.run_id)
        except (sqlite3.Error, OSError) as exc:
            self._not_archived(adapter, exc)
            raise DropItem(f"not archived: {adapter.get('url')}", log_level="DEBUG") from None
        self.counts[status] += 1
        stats.inc_value(f"archive/{status}")
        stats.inc_value(f"archive/{status}/{site}")
        # Field coverage per site and run: a layout change shows as a drop here.
        stats.inc_value(coverage_key(site, "items"))
        for field in ("published", "author", "text"):
            if adapter.get(field):
                stats.inc_value(coverage_key(site, field))
        return item

    def _not_archived(self, adapter, exc: BaseException) -> None:
        stats, site, url = self.crawler.stats, adapter.get("site"), adapter.get("url")
        stats.inc_value("archive/write_errors")
        stats.inc_value(prefixed("archive/write_errors", site))
        logger.error("%s: %s not archived (%s): fetched again on a later night", site, url, exc)
        try:
            self.archive.remember_failed(url, site, f"not archived: {exc}", first_days=self.retry_days,
                                         limit=self.retry_limit)
        except (sqlite3.Error, OSError):
            pass  # the same disk: the next night's catch-up of this failed run finds it all the same
        if disk_full(exc) and not self.stopping:
            self.stopping = True
            logger.error("the disk of %s is full: the crawl stops here; free some space, the next run catches up",
                         self.archive.data_dir.resolve())
            deferred_from_coro(self.crawler.engine.close_spider_async(reason="disk_full"))

    def spider_closed(self, spider, reason):
        if self.archive is None:  # never opened: the reason says why
            return
        verdict = judge(self.crawler.stats.get_stats(), reason)
        self.crawler.stats.set_value("run/status", verdict.status)
        stats = self.crawler.stats.get_stats()
        try:
            self.archive.finish_run(self.run_id, status=verdict.status, reason=reason, stats=stats,
                                    new=self.counts["new"], changed=self.counts["changed"])
        except (sqlite3.Error, OSError) as exc:  # the next run records it as failed (interrupted)
            logger.error("run %s could not be recorded as %s (%s): the next run records it as failed",
                         self.run_id, verdict.status, exc)
        finally:
            self.archive.close()
