"""Indexes every kept article into the embedded search index (the default backend, no
server). Off when Elasticsearch is configured: then pipelines.elasticsearch does it.

Articles are buffered (LMHTX_INDEX_BATCH) and written in one transaction per batch; at close
the index catches up with the archive (search.sync): what a killed crawl still held in memory,
or anything else the index lacks, is indexed then. Stats: search/indexed, index/caught_up,
index/behind (archive articles still not in the index: 0 when converged)."""

from __future__ import annotations

from pathlib import Path

from itemadapter import ItemAdapter
from scrapy.exceptions import NotConfigured

from search.base import to_document
from search.config import EMBEDDED_FILE, attachments_text


class EmbeddedIndexPipeline:
    def __init__(self, crawler, data_dir: str, batch_size: int):
        self.crawler = crawler
        self.path = Path(data_dir) / EMBEDDED_FILE
        self.batch_size = batch_size
        self.batch: list[dict] = []
        self.index = None

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        if s.get("ELASTICSEARCH_URL"):
            raise NotConfigured("Elasticsearch is configured")
        return cls(crawler, s.get("LMHTX_DATA"), s.getint("LMHTX_INDEX_BATCH"))

    def open_spider(self, spider=None):
        from search.embedded import EmbeddedIndex

        self.index = EmbeddedIndex(self.path)

    def process_item(self, item, spider=None):
        article = ItemAdapter(item).asdict()
        self.batch.append(to_document(article, attachments_text(article)))
        if len(self.batch) >= self.batch_size:
            self.flush()
        return item

    def flush(self):
        if self.batch:
            self.crawler.stats.inc_value("search/indexed", self.index.index(self.batch))
            self.batch = []

    def close_spider(self, spider=None):
        from search.sync import catch_up_stats

        try:
            self.flush()
        finally:  # a batch that failed to write is in the archive: the catch-up takes it
            catch_up_stats(self.path.parent, self.index, self.crawler.stats)
            self.index.close()
