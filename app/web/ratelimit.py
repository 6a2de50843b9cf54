"""Limits on searching: a token bucket per client address (how often), a generation counter
per browser tab (a newer instant-search query stops the older one), and a gate that lets
only a few long queries run at once.

    RateLimiter(rate, burst).take(client) -> 0.0, or the seconds until the next search is allowed
    Supersede().begin(tab) -> cancelled(): true once the same tab asked something newer
    LongQueries(words, at_once).slot(n_words, wait) -> context manager: True when it may run

Both forget their least recently seen clients past MAX_CLIENTS, so neither grows without end.
"""

from __future__ import annotations

import threading
import time
from collections import OrderedDict
from contextlib import contextmanager
from typing import Callable, Iterator

MAX_CLIENTS = 10_000


class RateLimiter:
    """`burst` searches at once, then `rate` a second. rate <= 0: no limit."""

    def __init__(self, rate: float, burst: int, clock: Callable[[], float] = time.monotonic):
        self.rate = float(rate)
        self.burst = max(1, int(burst))
        self.clock = clock
        self._buckets: OrderedDict[str, tuple[float, float]] = OrderedDict()  # client -> (tokens, when)
        self._lock = threading.Lock()

    def take(self, client: str) -> float:
        """Spend one token of `client`'s bucket: 0.0 when it had one, else the seconds to wait."""
        if self.rate <= 0:
            return 0.0
        now = self.clock()
        with self._lock:
            tokens, when = self._buckets.pop(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - when) * self.rate)
            wait = 0.0
            if tokens >= 1.0:
                tokens -= 1.0
            else:
                wait = (1.0 - tokens) / self.rate
            self._buckets[client] = (tokens, now)
            while len(self._buckets) > MAX_CLIENTS:
                self._buckets.popitem(last=False)
        return wait


class Supersede:
    """Instant search sends a query at each pause in typing and aborts the previous one; the
    browser's abort does not reach a search already running on the server. Each tab names
    itself (a random id in a request header), and a search started for a tab is cancelled
    as soon as the same tab starts another one. Keyed by tab, not by address: colleagues
    behind one office address never cancel each other."""

    def __init__(self) -> None:
        self._latest: OrderedDict[str, int] = OrderedDict()
        self._lock = threading.Lock()

    def begin(self, tab: str) -> Callable[[], bool]:
        with self._lock:
            generation = self._latest.pop(tab, 0) + 1
            self._latest[tab] = generation
            while len(self._latest) > MAX_CLIENTS:
                self._latest.popitem(last=False)
        return lambda: self._latest.get(tab, generation) != generation


class LongQueries:
    """A query of many words costs many times a short one (a postings merge and a highlight
    pass per word, Python work that holds the GIL); a few clients sending them in a loop
    would take every core. Long queries take turns: at most `at_once` run at a time, the
    others wait up to their budget; short ones (what staff type) never wait here."""

    def __init__(self, words: int, at_once: int):
        self.words = words
        self._slots = threading.BoundedSemaphore(at_once) if at_once > 0 else None

    @contextmanager
    def slot(self, n_words: int, wait: float | None) -> Iterator[bool]:
        if self._slots is None or n_words <= self.words:
            yield True
            return
        if not self._slots.acquire(timeout=wait):
            yield False
            return
        try:
            yield True
        finally:
            self._slots.release()
