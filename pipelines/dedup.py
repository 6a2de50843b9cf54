"""One item per article and site: URL variants (tracking parameters, print views, trailing
slashes, rel=canonical) collapse to one key, and so do two addresses that differ only in the
title slug beside the article's id when their texts are the same (a CMS that links an article
under an old or ASCII slug without a rel=canonical)."""

from itemadapter import ItemAdapter
from scrapy.exceptions import DropItem

from crawler.urls import url_key
from crawler.urlshapes import identity


class DuplicateArticlePipeline:
    def __init__(self, stats):
        self.stats = stats
        self.seen: set[str] = set()
        self.identities: set[tuple[str, str]] = set()  # (URL without its slug, fingerprint)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item, spider=None):
        adapter = ItemAdapter(item)
        key = url_key(adapter["canonical_url"])
        if key in self.seen:
            self.stats.inc_value("articles/dropped/duplicate")
            raise DropItem(f"duplicate of {key}")
        same = identity(adapter["canonical_url"])
        if same is not None:
            if (same, adapter.get("fingerprint")) in self.identities:
                self.stats.inc_value("articles/dropped/alias")
                raise DropItem(f"same article as {same} under another slug")
            self.identities.add((same, adapter.get("fingerprint")))
        self.seen.add(key)
        self.stats.inc_value("articles/kept")
        self.stats.inc_value(f"articles/kept/{adapter.get('site')}")
        return item
