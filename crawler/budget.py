"""Bounded work: a page budget and a wall-clock limit per site, a wall-clock limit per run,
and URL templates that grow like a calendar trap cut.

The nightly run is unattended and holds its lock while it runs: a calendar linking each day
to the next (`?date=2024-01-02` → `?date=2024-01-03` …) or an endless site must not keep it
for hours. A site over its page budget (LMHTX_SITE_MAX_PAGES) or its time
(LMHTX_SITE_MAX_MINUTES) gets no more requests, and the rest of the run goes on; a run over
LMHTX_RUN_MAX_MINUTES is closed with the reason "run_time_limit". A registry `max_pages`
or `--max-pages` above the default budget raises it for that run (a backfill), and 0 turns a
limit off.

Two page limits, two concerns: the pages a run *asks* for (`--max-pages`, registry
`max_pages`) are the spider's (`page_budget`: links past it are not requested, told as
`portals/budget_exhausted/<site>`, what was asked, not a fault); this module's budget is the
safety net against a site that never ends, and reaching it is a cut (the run is degraded).

A trap is told from real pagination by what its pages lead to: pages of one URL template
(digits folded, crawler.urlshapes.template), each reached from the previous one, none of them
an article nor linking to one (LMHTX_TRAP_DEPTH of them in a chain), or very many variants of
one template of which hardly any led to an article (LMHTX_TRAP_VARIANTS). `?page=N` listings
and article URLs lead to articles, so their chains start again at every page. A trapped
template gets no more requests; the site's other pages do. The parent of a page is its
Referer (set by Scrapy's RefererMiddleware).

Told: stats `portals/site/<id>/cut` = "pages" | "time" | "trap" (the first reason), the
run's `portals/cut` (sites cut), one warning line per cut.
"""

from __future__ import annotations

import logging
import time
from collections import Counter

from scrapy import signals
from scrapy.exceptions import IgnoreRequest
from scrapy.utils.asyncio import call_later
from scrapy.utils.defer import _schedule_coro

from .stats import site_key
from .urlshapes import template

logger = logging.getLogger(__name__)

RUN_TIME_LIMIT = "run_time_limit"  # the close reason of a run over its wall-clock limit


class SiteBudgetMiddleware:
    """Downloader middleware: counts each site's pages and time, follows URL templates' chains,
    and refuses the requests of a site (or a trapped template) that is over."""

    def __init__(self, crawler):
        s = crawler.settings
        self.crawler = crawler
        self.stats = crawler.stats
        self.max_pages = s.getint("LMHTX_SITE_MAX_PAGES")
        self.max_seconds = s.getfloat("LMHTX_SITE_MAX_MINUTES") * 60
        self.run_seconds = s.getfloat("LMHTX_RUN_MAX_MINUTES") * 60
        self.trap_depth = s.getint("LMHTX_TRAP_DEPTH")
        self.trap_variants = s.getint("LMHTX_TRAP_VARIANTS")
        self.limits: dict[str, int] = {}  # site -> page budget (0: none)
        self.pages: Counter[str] = Counter()
        self.started: dict[str, float] = {}
        self.cut: dict[str, str] = {}  # site -> reason
        self.traps: set[tuple[str, str]] = set()  # (site, template)
        self.depth: dict[str, int] = {}  # page URL -> length of the dry same-template chain ending there
        self.wet: set[str] = set()  # pages that are, or link to, an article
        self.variants: Counter[tuple[str, str]] = Counter()  # pages fetched, by (site, template)
        self.wet_variants: Counter[tuple[str, str]] = Counter()
        self.timer = None

    @classmethod
    def from_crawler(cls, crawler):
        mw = cls(crawler)
        crawler.signals.connect(mw.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(mw.spider_closed, signal=signals.spider_closed)
        crawler.signals.connect(mw.request_scheduled, signal=signals.request_scheduled)
        crawler.signals.connect(mw.item_scraped, signal=signals.item_scraped)
        return mw

    def spider_opened(self, spider):
        # The pages the run asked for (the spider's page_budget: --max-pages, registry
        # max_pages) bound the crawl where they are asked; the safety budget rises to them.
        asked = getattr(spider, "page_budget", lambda site: None)
        for site_id, site in getattr(spider, "sites", {}).items():
            wanted = asked(site) or 0
            self.limits[site_id] = max(self.max_pages, wanted) if self.max_pages > 0 else 0
        if self.run_seconds > 0:
            self.timer = call_later(self.run_seconds, self._run_over)

    def spider_closed(self, spider):
        if self.timer is not None:
            self.timer.cancel()
            self.timer = None

    def _run_over(self):
        self.timer = None
        logger.warning("run over its time limit (LMHTX_RUN_MAX_MINUTES=%g): closing; unfinished sites "
                       "are walked again on the next run", self.run_seconds / 60)
        _schedule_coro(self.crawler.engine.close_spider_async(reason=RUN_TIME_LIMIT))

    # -- requests ---------------------------------------------------------------------
    @staticmethod
    def _counted(request) -> str | None:
        """The site of a page request; None for what is not a page of the crawl: robots.txt of
        the robots middleware, data: URLs, and fetches of already-extracted articles (their PDF
        attachments, a held article fetched again with its listing date)."""
        meta = request.meta
        if not request.url.startswith("http") or "item" in meta or meta.get("last_try"):
            return None
        return meta.get("site")

    def _productive(self, site: str | None, url: str) -> None:
        if url not in self.wet:
            self.wet.add(url)
            if site is not None:
                self.wet_variants[(site, template(url))] += 1

    def request_scheduled(self, request, spider):
        # A link that looks like an article makes the page that gave it productive.
        if request.meta.get("kind") == "article" and (referer := request.headers.get(b"Referer")):
            self._productive(request.meta.get("site"), referer.decode("latin-1"))

    def item_scraped(self, item, response, spider):
        # an article whose link did not look like one (its template not learned yet)
        self._productive(item.get("site"), item.get("url") or "")

    def process_request(self, request, spider=None):
        site = self._counted(request)
        if site is None:
            return None
        if site in self.cut:
            raise IgnoreRequest(f"site {site} cut ({self.cut[site]})")
        if (site, template(request.url)) in self.traps:
            raise IgnoreRequest(f"URL template trapped: {template(request.url)}")
        if request.meta.get("retry_times"):  # a retry is the same page
            return None
        now = time.monotonic()
        started = self.started.setdefault(site, now)
        if self.max_seconds > 0 and now - started > self.max_seconds:
            self._cut(site, "time", f"over its time limit ({self.max_seconds / 60:g} min)")
            raise IgnoreRequest(f"site {site} cut (time)")
        limit = self.limits.get(site, self.max_pages)
        if limit > 0 and self.pages[site] >= limit:
            self._cut(site, "pages", f"over its page budget ({limit} pages)")
            raise IgnoreRequest(f"site {site} cut (pages)")
        self.pages[site] += 1
        return None

    def process_response(self, request, response, spider=None):
        site = self._counted(request)
        if site is None or self.trap_depth <= 0 and self.trap_variants <= 0:
            return response
        url, tmpl = response.url, template(response.url)
        key = (site, tmpl)
        if request.meta.get("kind") == "article":
            self._productive(site, url)
        referer = request.headers.get(b"Referer")
        parent = referer.decode("latin-1") if referer else None
        same = parent is not None and parent not in self.wet and template(parent) == tmpl
        depth = self.depth[url] = self.depth.get(parent, 0) + 1 if same else 0
        self.variants[key] += 1
        n, wet = self.variants[key], self.wet_variants[key]
        if key not in self.traps and url not in self.wet and (
                0 < self.trap_depth <= depth
                or 0 < self.trap_variants <= n - wet and wet * 100 < n):
            self.traps.add(key)
            how = f"{depth} pages in a chain" if depth >= self.trap_depth > 0 else f"{n} variants"
            self._cut(site, "trap", f"URL template {tmpl} looks like a trap ({how}, no article): its links "
                                    "are not followed")
        return response

    def _cut(self, site: str, reason: str, why: str) -> None:
        if site in self.cut:
            return
        if reason != "trap":  # a trap costs its template only; the site keeps going
            self.cut[site] = reason
        key = site_key(site, "cut")
        if self.stats.get_value(key) is None:
            self.stats.set_value(key, reason)
            self.stats.inc_value("portals/cut")
        logger.warning("%s: %s", site, why)
