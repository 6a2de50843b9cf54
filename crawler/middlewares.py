"""Downloader middlewares: one concern each."""

from __future__ import annotations

import asyncio
import logging
from datetime import UTC, datetime
from email.utils import parsedate_to_datetime

from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.downloadermiddlewares.robotstxt import RobotsTxtMiddleware
from scrapy.exceptions import IgnoreRequest
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.utils.httpobj import urlparse_cached
from scrapy.utils.response import response_status_message

from .stats import site_key

logger = logging.getLogger(__name__)


class ContactUserAgentMiddleware:
    """Sends a descriptive User-Agent carrying a contact address (LMHTX_CONTACT), unless
    USER_AGENT was set explicitly."""

    def __init__(self, user_agent: str):
        self.user_agent = user_agent

    @classmethod
    def from_crawler(cls, crawler):
        s = crawler.settings
        if (s.getpriority("USER_AGENT") or 0) > SETTINGS_PRIORITIES["default"] and s.get("USER_AGENT"):
            return cls(s.get("USER_AGENT"))
        template = s.get("LMHTX_USER_AGENT")
        return cls(template.format(version=s.get("LMHTX_VERSION"), contact=s.get("LMHTX_CONTACT")))

    def process_request(self, request, spider=None):
        request.headers.setdefault(b"User-Agent", self.user_agent)


def retry_after(response) -> float | None:
    """Seconds a 429/503 answer asks us to wait (Retry-After: seconds or an HTTP-date), or None."""
    if response.status not in (429, 503):
        return None
    value = (response.headers.get(b"Retry-After") or b"").decode("latin-1").strip()
    if value.isdigit():
        return float(value)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return max(0.0, (when - datetime.now(UTC)).total_seconds())


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, with an exponentially growing pause before each new attempt, so a
    struggling portal is not hammered. A 429/503 with Retry-After waits at least that long;
    one asking for more than LMHTX_RETRY_AFTER_MAX is not retried tonight."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE")
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX")
        self.retry_after_max = settings.getfloat("LMHTX_RETRY_AFTER_MAX")

    async def _pause(self, request, at_least: float = 0.0):
        attempt = request.meta.get("retry_times", 1)
        delay = max(at_least, min(self.cap, self.base * 2 ** max(0, attempt - 1)))
        if delay > 0:
            await asyncio.sleep(delay)

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        wait = retry_after(response)
        if wait is not None and wait > self.retry_after_max:
            self.crawler.stats.inc_value("retry_after/gave_up")
            logger.warning("%s: %s asks to wait %d s (Retry-After), over LMHTX_RETRY_AFTER_MAX=%g s: "
                           "not asked again in this run", request.meta.get("site", "?"), request.url, wait,
                           self.retry_after_max)
            return response
        retry = get_retry_request(
            request, reason=response_status_message(response.status), spider=self.crawler.spider,
            max_retry_times=request.meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=self.priority_adjust,
        )
        if retry is None:
            return response
        await self._pause(retry, wait or 0.0)
        if wait is not None:
            self.crawler.stats.inc_value("retry_after/honoured")
        return retry

    async def process_exception(self, request, exception, spider=None):
        if not isinstance(exception, self.exceptions_to_retry) or request.meta.get("dont_retry", False):
            return None
        retry = get_retry_request(
            request, reason=exception, spider=self.crawler.spider,
            max_retry_times=request.meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=self.priority_adjust,
        )
        if retry is None:
            return None
        await self._pause(retry)
        return retry


class RobotsUnavailableMiddleware(RobotsTxtMiddleware):
    """Scrapy's robots.txt middleware, plus RFC 9309 §2.3.1.3-4: a robots.txt that cannot be
    read (5xx, or a network error once retries are spent) means "disallow all", so the site is
    skipped for this run rather than crawled whole; a 4xx still means "allow all". The
    spider's own request for robots.txt (read for its Sitemap lines) waits for this copy and
    is skipped with the site."""

    def __init__(self, crawler):
        super().__init__(crawler)
        self.site_of: dict[str, str] = {}  # host -> site id of the first request there
        self.unavailable: set[str] = set()  # hosts

    async def process_request(self, request, spider=None):
        if request.meta.get("dont_obey_robotstxt") or not request.url.startswith("http"):
            return
        url = urlparse_cached(request)
        if site := request.meta.get("site"):
            self.site_of.setdefault(url.netloc, site)
        parser = await self.robot_parser(request)
        if url.netloc in self.unavailable:
            raise IgnoreRequest("robots.txt unavailable: site skipped for this run")
        if url.path != "/robots.txt":  # robots.txt itself is always allowed
            self.process_request_2(parser, request)

    async def _parse_robots(self, response, netloc, request):
        if response.status >= 500:
            self._unavailable(netloc, f"robots.txt answered {response.status}", response.status)
            self._stats.inc_value(f"robotstxt/response_status_count/{response.status}")
            super()._robots_error(IgnoreRequest(), netloc)  # resolves the requests waiting for it
            return
        await super()._parse_robots(response, netloc, request)

    def _robots_error(self, exc, netloc):
        if not isinstance(exc, IgnoreRequest):
            self._unavailable(netloc, f"robots.txt unreachable ({type(exc).__name__}: {exc})")
        super()._robots_error(exc, netloc)

    def _unavailable(self, netloc: str, why: str, status: int | None = None) -> None:
        self.unavailable.add(netloc)
        site = self.site_of.get(netloc, netloc)
        key = site_key(site, "robots_unavailable")
        if not self._stats.get_value(key):
            self._stats.set_value(key, 1)
            # a request of the site that failed for good, as the report and monitors count them
            self._stats.inc_value(site_key(site, "errors"))
            if status is not None:
                self._stats.inc_value(site_key(site, f"http_{status}"))
            logger.warning("%s: %s: the site is skipped for this run (an unreadable robots.txt means "
                           "disallow all)", site, why)
