"""A page the crawler failed to read is a counted, logged loss, not a silent one.

Scrapy logs an exception raised while a response is read (the spider's callback: extraction,
link finding) and moves on: the page's article is neither archived nor remembered, and the
run would still say "finished". This spider middleware counts the page per site
(`portals/site/<site>/page_errors`), so the run's verdict says degraded (crawler.runstatus),
the site monitor names the site, and the next night walks the site's listings to the end
(Archive.sites_to_catch_up) and reads the page again. Scrapy's own log line (with the
traceback a developer needs) is kept.
"""

from __future__ import annotations

import logging

from .stats import site_key

logger = logging.getLogger(__name__)


class PageErrorsMiddleware:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_spider_exception(self, response, exception, spider=None):
        site = response.meta.get("site")
        if site:
            self.stats.inc_value(site_key(site, "page_errors"))
        logger.error("%s: %s could not be read (%s: %s); the next run reads it again",
                     site or "?", response.url, type(exception).__name__, exception)
        return None  # Scrapy's handling goes on: its log line with the traceback, its counters
