"""Keeps every article in the archive of record (crawler.archive), and records the run."""

from __future__ import annotations

from pathlib import Path

from itemadapter import ItemAdapter
from scrapy import signals

from crawler.archive import Archive
from crawler.runstatus import judge
from search.base import doc_id


class ArchivePipeline:
    def __init__(self, crawler, data_dir: str):
        self.crawler = crawler
        self.data_dir = data_dir
        self.archive: Archive | None = None
        self.run_id: int | None = None
        self.counts = {"new": 0, "changed": 0, "same": 0}

    @classmethod
    def from_crawler(cls, crawler):
        pipeline = cls(crawler, crawler.settings.get("LMHTX_DATA"))
        # The run is recorded at spider_closed, when the finish reason is known.
        crawler.signals.connect(pipeline.spider_closed, signal=signals.spider_closed)
        return pipeline

    def open_spider(self, spider=None):
        self.archive = Archive(self.data_dir)
        spider = spider or self.crawler.spider
        registry = getattr(spider, "registry_path", None)
        # `lmhtx nightly` opens the run row before the crawl, so a run killed before the
        # spider opened is recorded too.
        self.run_id = self.crawler.settings.getint("LMHTX_RUN_ID") or self.archive.start_run(
            sorted(getattr(spider, "sites", {})), str(Path(registry).resolve()) if registry else None,
            getattr(spider, "mode", None))
        self.crawler.stats.set_value("archive/run_id", self.run_id)

    def process_item(self, item, spider=None):
        adapter = ItemAdapter(item)
        status = self.archive.upsert(doc_id(adapter["canonical_url"]), adapter.asdict(), run_id=self.run_id)
        self.counts[status] += 1
        stats, site = self.crawler.stats, adapter.get("site")
        stats.inc_value(f"archive/{status}")
        stats.inc_value(f"archive/{status}/{site}")
        # Field coverage per site and run: a layout change shows as a drop here.
        stats.inc_value(f"coverage/{site}/items")
        for field in ("published", "author", "text"):
            if adapter.get(field):
                stats.inc_value(f"coverage/{site}/{field}")
        return item

    def spider_closed(self, spider, reason):
        verdict = judge(self.crawler.stats.get_stats(), reason)
        self.crawler.stats.set_value("run/status", verdict.status)
        stats = self.crawler.stats.get_stats()
        self.archive.finish_run(self.run_id, status=verdict.status, reason=verdict.reason, stats=stats,
                                new=self.counts["new"], changed=self.counts["changed"])
        self.archive.close()
