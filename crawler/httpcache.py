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

import logging
import sqlite3
import time
import zlib
from pathlib import Path

from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.http import Headers
from scrapy.responsetypes import responsetypes
from w3lib.http import headers_dict_to_raw, headers_raw_to_dict

from .archive import damaged

logger = logging.getLogger(__name__)


class CorruptCache(sqlite3.DatabaseError):
    sqlite_errorcode = sqlite3.SQLITE_CORRUPT


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
    one full fetch next night, so commits are batched.

    It is only a cache: a file that is not a database (overwritten, truncated) is set aside as
    `httpcache.sqlite3.corrupt-<time>` (the last KEEP_CORRUPT kept, to look at) and a fresh one
    started, with one warning and the stat `httpcache/reset`, and the crawl goes on."""

    COMMIT_EVERY = 100
    KEEP_CORRUPT = 2

    def __init__(self, settings):
        self.path = Path(settings.get("LMHTX_DATA")).resolve() / "httpcache.sqlite3"
        self.db: sqlite3.Connection | None = None
        self._pending = 0
        self._store_failed = False

    def open_spider(self, spider) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._stats = spider.crawler.stats
        self._fingerprinter = spider.crawler.request_fingerprinter
        try:
            self._connect()
        except sqlite3.DatabaseError as exc:
            if damaged(exc):
                self._reset(exc)
            else:
                self._without_cache(exc)
        except OSError as exc:
            self._without_cache(exc)

    def _without_cache(self, exc: Exception) -> None:
        # No cache tonight (a full disk, a permission): every listing is fetched in full.
        logger.warning("the HTTP cache %s cannot be used (%s): crawling without it", self.path, exc)
        self.db = None

    def _connect(self) -> None:
        self.db = sqlite3.connect(self.path, timeout=30)
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("CREATE TABLE IF NOT EXISTS responses (fingerprint BLOB PRIMARY KEY, url TEXT NOT NULL,"
                            " status INTEGER NOT NULL, headers BLOB NOT NULL, body BLOB NOT NULL, stored REAL NOT NULL)")
            # A truncated file opens and knows its schema: reading its pages finds the damage.
            if self.db.execute("PRAGMA quick_check").fetchone()[0] != "ok":
                raise CorruptCache("quick_check failed")
        except BaseException:
            self.db.close()
            self.db = None
            raise

    def _reset(self, exc: Exception) -> None:
        """Set the bad file aside and start an empty cache."""
        if self.db is not None:
            try:
                self.db.close()
            except sqlite3.Error:
                pass
            self.db = None
        self._stats.inc_value("httpcache/reset")
        self._pending = 0
        aside = self.path.with_name(f"{self.path.name}.corrupt-{time.strftime('%Y%m%dT%H%M%S')}")
        try:
            self.path.replace(aside)
            for suffix in ("-wal", "-shm"):  # they belong to the bad file: never replay them into the new one
                self.path.with_name(self.path.name + suffix).unlink(missing_ok=True)
            for old in sorted(self.path.parent.glob(self.path.name + ".corrupt-*"))[:-self.KEEP_CORRUPT]:
                old.unlink(missing_ok=True)
            logger.warning("the HTTP cache %s was unreadable (%s): set aside as %s, starting an empty one "
                           "(listings are fetched in full once)", self.path, exc, aside.name)
            self._connect()
        except (sqlite3.Error, OSError) as again:
            self._without_cache(again)

    def close_spider(self, spider) -> None:
        if self.db is not None:
            try:
                self.db.commit()
            except sqlite3.Error as exc:  # the night's copies are lost: one full fetch next night
                logger.warning("the HTTP cache %s could not be saved: %s", self.path, exc)
            self.db.close()
            self.db = None

    def retrieve_response(self, spider, request):
        if self.db is None:
            return None
        try:
            row = self.db.execute("SELECT url, status, headers, body FROM responses WHERE fingerprint = ?",
                                  (self._fingerprinter.fingerprint(request),)).fetchone()
        except sqlite3.DatabaseError as exc:
            if not damaged(exc):
                raise  # the middleware counts it (httpcache/retrieve_error) as a miss
            self._reset(exc)
            return None
        if row is None:
            return None
        url, status, raw_headers, body = row
        headers = Headers(headers_raw_to_dict(raw_headers))
        body = zlib.decompress(body)
        cls = responsetypes.from_args(headers=headers, url=url, body=body)
        return cls(url=url, headers=headers, status=status, body=body)

    def store_response(self, spider, request, response) -> None:
        if self.db is None:
            return
        try:
            self.db.execute("INSERT OR REPLACE INTO responses VALUES (?,?,?,?,?,?)",
                            (self._fingerprinter.fingerprint(request), response.url, response.status,
                             headers_dict_to_raw(response.headers), zlib.compress(response.body, 1), time.time()))
            self._pending += 1
            if self._pending >= self.COMMIT_EVERY:
                self.db.commit()
                self._pending = 0
        except sqlite3.DatabaseError as exc:
            if damaged(exc):
                self._reset(exc)
            elif not self._store_failed:  # a full disk or a lock: this copy is not kept, the file is sound
                self._store_failed = True
                logger.warning("the HTTP cache could not keep %s (%s); later failures are not logged",
                               response.url, exc)
