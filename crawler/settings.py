"""Scrapy settings: polite by default. Override any of them with `-s NAME=VALUE`."""

import os

from crawler import __version__

BOT_NAME = "lmhtx"
SPIDER_MODULES = ["spiders"]
NEWSPIDER_MODULE = "spiders"

# Who we are: a descriptive User-Agent with a contact, built by ContactUserAgentMiddleware
# from these two settings (or USER_AGENT, if set explicitly).
LMHTX_CONTACT = os.environ.get("LMHTX_CONTACT", "lmhtx-archive@localhost (set LMHTX_CONTACT)")
LMHTX_USER_AGENT = "lmhtx-archive/{version} (+news archive of Vietnam's cooperative alliances; contact: {contact})"
LMHTX_VERSION = __version__

# Politeness.
ROBOTSTXT_OBEY = True
CONCURRENT_REQUESTS = 16
CONCURRENT_REQUESTS_PER_DOMAIN = 2
DOWNLOAD_DELAY = 1.0
DOWNLOAD_DELAY_JITTER = 0.5  # ±50%
AUTOTHROTTLE_ENABLED = True
AUTOTHROTTLE_START_DELAY = 2.0
AUTOTHROTTLE_MAX_DELAY = 30.0
AUTOTHROTTLE_TARGET_CONCURRENCY = 1.0
DOWNLOAD_TIMEOUT = 30
DOWNLOAD_MAXSIZE = 8 * 1024 * 1024
DOWNLOAD_WARNSIZE = 2 * 1024 * 1024
RETRY_ENABLED = True
RETRY_TIMES = 3
RETRY_HTTP_CODES = [500, 502, 503, 504, 522, 524, 408, 429]
# Exponential backoff between retries: base * 2**(attempt-1), capped (seconds).
RETRY_BACKOFF_BASE = 2.0
RETRY_BACKOFF_MAX = 60.0
# A 429/503 with Retry-After waits that long before its retry, up to this (seconds); a longer
# wait is not retried in this run (stats retry_after/honoured, retry_after/gave_up).
LMHTX_RETRY_AFTER_MAX = 120.0
REDIRECT_MAX_TIMES = 5
COOKIES_ENABLED = True
DNS_TIMEOUT = 20

DOWNLOADER_MIDDLEWARES = {
    "scrapy.downloadermiddlewares.useragent.UserAgentMiddleware": None,
    "crawler.middlewares.ContactUserAgentMiddleware": 500,
    "scrapy.downloadermiddlewares.retry.RetryMiddleware": None,
    "crawler.middlewares.BackoffRetryMiddleware": 550,
    "scrapy.downloadermiddlewares.robotstxt.RobotsTxtMiddleware": None,
    "crawler.middlewares.RobotsUnavailableMiddleware": 100,
    "crawler.budget.SiteBudgetMiddleware": 80,
    "crawler.incremental.RedirectAliasMiddleware": 650,  # sees a 3xx before RedirectMiddleware (600)
}

# Bounded work (crawler.budget), sized for ~60 portals of a few thousand pages at ~1 request/s
# each: a site gets this many pages and minutes, the run this many minutes; 0 turns a limit
# off. A backfill raises them: -s LMHTX_SITE_MAX_PAGES=0 -s LMHTX_SITE_MAX_MINUTES=0
# -s LMHTX_RUN_MAX_MINUTES=0, or a registry max_pages / --max-pages above the budget.
LMHTX_SITE_MAX_PAGES = 5000
LMHTX_SITE_MAX_MINUTES = 120
LMHTX_RUN_MAX_MINUTES = 360
# A URL template is a trap when this many of its pages in a row, each linked from the one
# before, are no article and link to none (a calendar's next day); or when this many of its
# pages were fetched and under 1% of them led to an article.
LMHTX_TRAP_DEPTH = 30
LMHTX_TRAP_VARIANTS = 500

# Where the archive of record, WARC files and the embedded search index live.
LMHTX_DATA = os.environ.get("LMHTX_DATA") or "data"  # the one default (crawler.archive.default_data_dir)
LMHTX_WARC_ENABLED = True
# The run row `lmhtx nightly` opened before the crawl (0: the crawl opens its own).
LMHTX_RUN_ID = 0
# A crawl does not start when the data directory has less free space than this (MB):
# every archive write would fail.
LMHTX_MIN_FREE_MB = 200
# Set to use Elasticsearch for search instead of the embedded index (comma-separated nodes).
ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
LMHTX_INDEX_BATCH = 50  # articles per write to the embedded index (the rest is caught up at close)

ITEM_PIPELINES = {
    "pipelines.validate.ValidateArticlePipeline": 100,
    "pipelines.dedup.DuplicateArticlePipeline": 200,
    "pipelines.archive.ArchivePipeline": 300,
    "pipelines.search_index.EmbeddedIndexPipeline": 400,
    "pipelines.elasticsearch.ElasticsearchPipeline": 500,
}

# Incremental crawl (crawler.incremental): articles published in the last N days are fetched
# again for corrections; pages that were not articles (stubs, 404s) are retried after N days.
LMHTX_RECHECK_DAYS = 2
LMHTX_REVISIT_DAYS = 30
# Article addresses whose fetch failed (5xx after retries, timeout, connection error) are
# requested again on later nights, whichever page links them: first after N days, then twice
# as long after each further failure, given up after LIMIT failures.
LMHTX_FAILED_RETRY_DAYS = 1.0
LMHTX_FAILED_RETRY_LIMIT = 6

# Site profiles (crawler.profile): a page whose fit to its site's learned template falls below
# this is a new theme; the profile is learned again (and the monitors hear of it).
LMHTX_PROFILE_MIN_FIT = 0.35
# What the crawl learns of each site (its profile, its URL shapes) is written to the archive every
# N pages read as well as at the end: a killed run leaves the next one what it had learned.
LMHTX_CHECKPOINT_PAGES = 200

# Conditional requests (ETag / Last-Modified) for listings, feeds and sitemaps.
HTTPCACHE_ENABLED = True
HTTPCACHE_POLICY = "crawler.httpcache.RevalidatePolicy"
HTTPCACHE_STORAGE = "crawler.httpcache.SqliteCacheStorage"

# Outermost (lowest number, nearest the engine): sees an exception from the spider's callbacks
# after no other middleware turned it into output.
SPIDER_MIDDLEWARES = {
    "crawler.pageerrors.PageErrorsMiddleware": 10,
}

EXTENSIONS = {
    "crawler.extensions.WarcExtension": 100,
    "crawler.extensions.SiteProgress": 200,
}
LMHTX_PROGRESS_INTERVAL = 60  # seconds between per-site progress lines; 0: off
LMHTX_LIVE_VIEW = False  # the live per-site table (app.live): set by `lmhtx` when stderr is a terminal
LMHTX_LIVE_INTERVAL = 0.5  # seconds between its redraws

FEED_EXPORT_ENCODING = "utf-8"
# Scrapy reads each callback's source anew (inspect, ast) to warn of a generator returning a value: a
# spider's file changed under a running crawl (an upgrade during the night) made that a SyntaxError
# that dropped the pages a site held back for its profile. Our callbacks return nothing.
WARN_ON_GENERATOR_RETURN_VALUE = False
LOG_LEVEL = os.environ.get("LMHTX_LOG_LEVEL", "INFO")
TWISTED_REACTOR = "twisted.internet.asyncioreactor.AsyncioSelectorReactor"
