"""Conditional requests for what every nightly run reads again: listings, feeds, sitemaps.

Scrapy's HttpCacheMiddleware does the work (store the response, send If-None-Match /
If-Modified-Since, turn a 304 into the stored response). The policy here differs from
RFC2616Policy in three ways that matter for a news crawl:

- only requests marked `meta["revalidate"]` are cached (article pages are archived in the
  WARC files already, and known ones are not fetched at all);
- a stored response is never fresh: the site is always asked, so news is never missed
  because a cache heuristic guessed the page could not have changed;
- a server error is a server error: RFC2616Policy would serve the stored page instead,
  which would hide a broken site from the monitors.
"""

from __future__ import annotations

import sqlite3
import time
import zlib
from pathlib import Path

from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from w3lib.http import headers_dict_to_raw, headers_raw_to_dict


class RevalidatePolicy(RFC2616Policy):
    def should_cache_request(self, request) -> bool:
        return bool(request.meta.get("revalidate")) and super().should_cache_request(request)

    def should_cache_response(self, response, request) -> bool:
        # Without a validator a stored copy could never be confirmed: do not keep it.
        return (response.status == 200 and (b"ETag" in response.headers or b"Last-Modified" in response.headers)
                and super().should_cache_response(response, request))

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        self._set_conditional_validators(request, cachedresponse)
        return False

    def is_cached_response_valid(self, cachedresponse, response, request) -> bool:
        return response.status == 304


class SqliteCacheStorage:
    """The stored copies in one SQLite file, `<LMHTX_DATA>/httpcache.sqlite3`, beside the
    archive whose articles it helps skip. Scrapy's filesystem storage writes five files and a
    directory per page, which cost more CPU than parsing the page; a lost write here only costs
    one full fetch next night, so commits are batched."""

    COMMIT_EVERY = 100

    def __init__(self, settings):
        self.path = Path(settings.get("LMHTX_DATA") or "data").resolve() / "httpcache.sqlite3"
        self.db: sqlite3.Connection | None = None
        self._pending = 0

    def open_spider(self, spider) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.path, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("CREATE TABLE IF NOT EXISTS responses (fingerprint BLOB PRIMARY KEY, url TEXT NOT NULL,"
                        " status INTEGER NOT NULL, headers BLOB NOT NULL, body BLOB NOT NULL, stored REAL NOT NULL)")
        self._fingerprinter = spider.crawler.request_fingerprinter

    def close_spider(self, spider) -> None:
        if self.db is not None:
            self.db.commit()
            self.db.close()
            self.db = None

    def retrieve_response(self, spider, request):
        row = self.db.execute("SELECT url, status, headers, body FROM responses WHERE fingerprint = ?",
                              (self._fingerprinter.fingerprint(request),)).fetchone()
        if row is None:
            return None
        url, status, raw_headers, body = row
        headers = Headers(headers_raw_to_dict(raw_headers))
        body = zlib.decompress(body)
        cls = responsetypes.from_args(headers=headers, url=url, body=body)
        return cls(url=url, headers=headers, status=status, body=body)

    def store_response(self, spider, request, response) -> None:
        self.db.execute("INSERT OR REPLACE INTO responses VALUES (?,?,?,?,?,?)",
                        (self._fingerprinter.fingerprint(request), response.url, response.status,
                         headers_dict_to_raw(response.headers), zlib.compress(response.body, 1), time.time()))
        self._pending += 1
        if self._pending >= self.COMMIT_EVERY:
            self.db.commit()
            self._pending = 0
