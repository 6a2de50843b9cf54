"""What a nightly (incremental) crawl need not fetch again.

The archive knows every article it holds and every page that turned out not to be an
article (or to be gone); the spider asks `skip(url)` before it requests a page and tells
`saw(url, site, kind)` what a page was. Listings, feeds and sitemaps are never skipped:
they are how new articles are found (and they are fetched with conditional requests, see
`crawler.httpcache`). A listing page whose articles are all known ends the walk of its
pagination, unless the site's last run left a gap (killed, out of budget, a listing
failed): then the listings are walked to the end, and that is how an interrupted run is
resumed: what it archived is not fetched again, what it missed is found. Two windows bring known pages back:

- LMHTX_RECHECK_DAYS: articles published in the last N days are fetched again, since
  portals correct fresh articles (titles, photos, a missing byline);
- LMHTX_REVISIT_DAYS: pages that were not articles (a caption-only stub, a page that
  answered 404) are tried again after N days, since a stub often gets its text later.

An article address whose fetch failed (5xx after retries, a timeout, a refused connection)
would be orphaned by the pagination stop when only an older listing page links it: it is
remembered (`FailedArticles`) and requested again on later nights, LMHTX_FAILED_RETRY_DAYS
after the failure and twice as long after each further one, until LMHTX_FAILED_RETRY_LIMIT
failures give it up.
"""

from __future__ import annotations

import logging
import sqlite3
from datetime import datetime, timedelta
from urllib.parse import urljoin

from scrapy.http import HtmlResponse
from scrapy.utils.response import get_meta_refresh

from .archive import Archive
from .dates import TZ
from .stats import site_key
from .urls import url_key

log = logging.getLogger(__name__)

MODES = ("incremental", "backfill")
# "undecided": prose with no sign of news, which a listing printing a date beside it makes an
# article (a sitemap led to it first); skipped only while no listing dates it.
REVISITED_KINDS = frozenset({"page", "stub", "gone", "undecided"})
RECORDED_KINDS = REVISITED_KINDS | {"alias"}
FLUSH_EVERY = 200


class KnownPages:
    def __init__(self, archive: Archive, *, recheck_days: float = 2, revisit_days: float = 30,
                 now: datetime | None = None):
        self.archive = archive
        now = now or datetime.now(TZ)
        recheck_since = (now - timedelta(days=recheck_days)).date().isoformat()
        revisit_since = (now - timedelta(days=revisit_days)).isoformat(timespec="seconds")
        self.known: set[str] = set()  # not to be fetched
        self.archived: set[str] = set()  # articles in the archive, re-checked or not
        self.tonight: set[str] = set()  # articles archived by this run
        self.undecided: set[str] = set()  # known pages with prose and no sign of news
        self.others: set[str] = set()  # pages found no article (or gone) on some night
        self.catch_up = archive.sites_to_catch_up()
        for key, site, kind, published, last_seen in archive.known_pages():
            if kind == "alias":  # another address of an archived article
                self.known.add(key)
                self.archived.add(key)
            elif kind == "article":
                self.archived.add(key)
                if not published or published[:10] < recheck_since:
                    self.known.add(key)
            elif kind in REVISITED_KINDS:
                self.others.add(key)
                # (a site whose last run left a gap reads its other pages again: a killed run's
                # verdict on a list page, a stub under a young profile, hid the links behind it)
                if last_seen >= revisit_since and site not in self.catch_up:
                    self.known.add(key)
                    if kind == "undecided":
                        self.undecided.add(key)
        self._pending: list[tuple[str, str, str]] = []
        # article key -> its other addresses met before the article reached the archive
        self._aliases: dict[str, list[tuple[str, str]]] = {}

    @classmethod
    def from_settings(cls, settings) -> KnownPages:
        return cls(Archive(settings.get("LMHTX_DATA")),
                   recheck_days=settings.getfloat("LMHTX_RECHECK_DAYS"),
                   revisit_days=settings.getfloat("LMHTX_REVISIT_DAYS"))

    def __len__(self) -> int:
        return len(self.known)

    def skip(self, url: str, *, dated: bool = False) -> bool:
        """Whether not to fetch `url`; `dated`: a listing printed a date beside its link."""
        key = url_key(url)
        return key in self.known and not (dated and key in self.undecided)

    def is_archived(self, url: str) -> bool:
        """Whether `url` is an article the archive holds (from any night)."""
        return url_key(url) in self.archived

    def is_other(self, url: str) -> bool:
        """Whether `url` is a page an earlier night found no article on (a stub, a contact
        page, gone), asked for again tonight or not."""
        key = url_key(url)
        return key in self.others and key not in self.archived

    def all_archived(self, site: str, urls) -> bool:
        """Whether a listing of `site` showing these article links ends the walk of its
        pagination: they are all archived (re-checked or not) or pages an earlier night found
        no article on (a link of an article's shape, as the site's URL shapes say), and the
        site's last run left no gap (see Archive.sites_to_catch_up)."""
        return site not in self.catch_up and all(
            (key := url_key(url)) in self.archived or key in self.others for url in urls)

    def archived_now(self, url: str) -> None:
        """An article archived by this run: an address redirecting to it is an alias, and the
        aliases met before are remembered now. (Kept apart from `archived`, which ends a
        listing's walk: tonight's articles must not.)"""
        key = url_key(url)
        self.tonight.add(key)
        for alias, site in self._aliases.pop(key, ()):
            self.saw(alias, site, "alias")

    def alias(self, url: str, site: str, article: str) -> None:
        """`url` is another address of `article`. Remembered once the article is in the
        archive: a run killed while the article waited in memory (for its site's profile, a
        listing's date, its next part) would otherwise leave later nights skipping the only
        address that leads to it."""
        key = url_key(article)
        if key in self.archived or key in self.tonight:
            self.saw(url, site, "alias")
        else:
            self._aliases.setdefault(key, []).append((url, site))

    def redirected(self, source: str, target: str, site: str) -> bool:
        """`source` answered a redirect to `target`. When the target is an archived article the
        source is another address of it (a short link, an old slug): remembered as an alias, so
        later nights do not ask for it. Scrapy's duplicate filter drops a redirect to a page
        already fetched, so the spider never sees that response: the only moment to learn it.
        A target fetched but not archived yet (waiting for its site's profile or a listing's
        date) gets the alias once it is (`archived_now`), as `alias` does."""
        key = url_key(source)
        if key == url_key(target) or key in self.known:
            return False
        if url_key(target) not in self.archived and url_key(target) not in self.tonight:
            self.alias(source, site, target)  # remembered once the article is archived
            return False
        self.known.add(key)
        self.saw(source, site, "alias")
        return True

    def saw(self, url: str, site: str, kind: str) -> None:
        """A page that is not an article (or answered 404/410): not worth fetching again
        until the revisit window brings it back; or another address of an article (an
        `alias`: index.php?… of a rewritten URL). Articles are recorded by the archive."""
        if kind in RECORDED_KINDS:
            self._pending.append((url, site, kind))
            if len(self._pending) >= FLUSH_EVERY:
                self.flush()

    def flush(self) -> None:
        if self._pending:
            self.archive.saw_pages(self._pending)
            self._pending = []

    def close(self) -> None:
        self.flush()
        self.archive.close()


class FailedArticles:
    """The article addresses that failed on earlier nights (the archive's `failed` table):
    which are due tonight, and what became of them."""

    def __init__(self, archive: Archive, *, first_days: float, limit: int, now: datetime | None = None):
        self.archive = archive
        self.first_days = first_days
        self.limit = limit
        self.today = (now or datetime.now(TZ)).date().isoformat()
        self.keys = archive.failed_keys()  # remembered, not given up: a fetch that works resolves them

    @classmethod
    def from_settings(cls, archive: Archive, settings) -> FailedArticles:
        return cls(archive, first_days=settings.getfloat("LMHTX_FAILED_RETRY_DAYS"),
                   limit=settings.getint("LMHTX_FAILED_RETRY_LIMIT"))

    def due(self) -> list[tuple[str, str]]:
        """(url, site) to request again tonight."""
        return self.archive.failed_due(self.today)

    def failed(self, url: str, site: str, error: str) -> bool:
        """Remember a failed fetch; True when the address is given up now."""
        self.keys.add(url_key(url))
        try:
            return self.archive.remember_failed(url, site, error, first_days=self.first_days, limit=self.limit)
        except (sqlite3.Error, OSError) as exc:  # a full disk: the catch-up of a failed run still finds it
            log.error("could not remember the failed fetch of %s for later nights: %s", url, exc)
            return False

    def resolved(self, url: str) -> bool:
        """The address answered (or is gone for good): forget it. True if it was remembered."""
        key = url_key(url)
        if key not in self.keys:
            return False
        self.keys.discard(key)
        try:
            self.archive.forget_failed(url)
        except (sqlite3.Error, OSError) as exc:  # only costs one more request on a later night
            log.error("could not forget the failed fetch of %s: %s", url, exc)
        return True


class RedirectAliasMiddleware:
    """Downloader middleware, before the redirect middlewares: tells the incremental crawl's
    `KnownPages` (the spider's `known`) about every redirect, an HTTP one or a page's meta
    refresh (a static site's renamed post), so that an address redirecting to an archived
    article is not requested again on later nights; and the spider's `moved_to` (URL key ->
    target), in every mode. A meta refresh counts when Scrapy's MetaRefreshMiddleware follows
    it (its settings, its parser)."""

    def __init__(self, crawler):
        self.crawler = crawler
        settings = crawler.settings
        self.refresh = settings.getbool("METAREFRESH_ENABLED")
        self.refresh_ignore_tags = settings.getlist("METAREFRESH_IGNORE_TAGS")
        self.refresh_max_delay = settings.getint("METAREFRESH_MAXDELAY")

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def _target(self, request, response) -> str | None:
        if 300 <= response.status < 400 and (location := response.headers.get(b"Location")):
            return urljoin(request.url, location.decode("latin-1"))
        if self.refresh and response.status == 200 and isinstance(response, HtmlResponse) \
                and not request.meta.get("dont_redirect") and request.method != "HEAD":
            delay, url = get_meta_refresh(response, ignore_tags=self.refresh_ignore_tags)
            if url and url.startswith(("http:", "https:")) and float(delay or 0) < self.refresh_max_delay:
                return url
        return None

    def process_response(self, request, response, spider=None):
        target = self._target(request, response)
        if target is None:
            return response
        if (moved_to := getattr(self.crawler.spider, "moved_to", None)) is not None:
            # (every mode: a page waiting for the one it links may be told it through a redirect)
            moved_to[url_key(request.url)] = target
        if (known := getattr(self.crawler.spider, "known", None)) is not None:
            site = request.meta.get("site", "?")
            if known.redirected(request.url, target, site):
                self.crawler.stats.inc_value(site_key(site, "redirect_alias"))
        return response
