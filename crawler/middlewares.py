"""Downloader middlewares: one concern each."""

from __future__ import annotations

import asyncio

from scrapy.downloadermiddlewares.retry import RetryMiddleware, get_retry_request
from scrapy.settings import SETTINGS_PRIORITIES
from scrapy.utils.response import response_status_message


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


class BackoffRetryMiddleware(RetryMiddleware):
    """Scrapy's retry, with an exponentially growing pause before each new attempt, so a
    struggling portal is not hammered."""

    def __init__(self, settings):
        super().__init__(settings)
        self.base = settings.getfloat("RETRY_BACKOFF_BASE", 2.0)
        self.cap = settings.getfloat("RETRY_BACKOFF_MAX", 60.0)

    async def _pause(self, request):
        attempt = request.meta.get("retry_times", 1)
        delay = min(self.cap, self.base * 2 ** max(0, attempt - 1))
        if delay > 0:
            await asyncio.sleep(delay)

    async def process_response(self, request, response, spider=None):
        if request.meta.get("dont_retry", False) or response.status not in self.retry_http_codes:
            return response
        retry = get_retry_request(
            request, reason=response_status_message(response.status), spider=self.crawler.spider,
            max_retry_times=request.meta.get("max_retry_times", self.max_retry_times),
            priority_adjust=self.priority_adjust,
        )
        if retry is None:
            return response
        await self._pause(retry)
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
