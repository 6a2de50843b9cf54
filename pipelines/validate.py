"""Drops (and counts) items that cannot be archived: no URL, no title, no text."""

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from crawler.text import nfc

REQUIRED = ("url", "canonical_url", "site", "title", "text")


class ValidateArticlePipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item, spider=None):
        adapter = ItemAdapter(item)
        missing = [f for f in REQUIRED if not adapter.get(f)]
        if missing:
            self.stats.inc_value("articles/dropped/invalid")
            raise DropItem(f"missing {', '.join(missing)}: {adapter.get('url')}")
        for key, value in adapter.items():
            if isinstance(value, str):
                adapter[key] = nfc(value)
        return item
