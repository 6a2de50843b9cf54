"""One item per article and site: URL variants (tracking parameters, print views, trailing
slashes, rel=canonical) collapse to one key."""

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from crawler.stats import prefixed
from crawler.urls import url_key


class DuplicateArticlePipeline:
    def __init__(self, stats):
        self.stats = stats
        self.seen: set[str] = set()

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item, spider=None):
        adapter = ItemAdapter(item)
        key = url_key(adapter["canonical_url"])
        if key in self.seen:
            self.stats.inc_value("articles/dropped/duplicate")
            raise DropItem(f"duplicate of {key}")
        self.seen.add(key)
        self.stats.inc_value("articles/kept")
        self.stats.inc_value(prefixed("articles/kept", adapter.get('site')))
        return item
