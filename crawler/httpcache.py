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

from pathlib import Path

from scrapy.extensions.httpcache import FilesystemCacheStorage, RFC2616Policy


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


class DataDirCacheStorage(FilesystemCacheStorage):
    """The cache lives in the data directory (`<LMHTX_DATA>/httpcache`), beside the archive
    whose articles it helps skip, whatever directory the crawl is started from."""

    def __init__(self, settings):
        super().__init__(settings)
        self.cachedir = str(Path(settings.get("LMHTX_DATA") or "data").resolve() / "httpcache")
