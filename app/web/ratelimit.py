"""Limits on searching: a token bucket per client address (how often), a generation counter
per browser tab (a newer instant-search query stops the older one), and a gate that lets
only a few long queries run at once.

    RateLimiter(rate, burst).take(client) -> 0.0, or the seconds until the next search is allowed
    Supersede().begin(tab) -> cancelled(): true once the same tab asked something newer
    LongQueries(at_once, nice).run(long, search, expired) -> search() on the long queries' own pool

Both forget their least recently seen clients past MAX_CLIENTS, so neither grows without end.
"""

from __future__ import annotations

import os
import sys
import threading
import time
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

T = TypeVar("T")

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
    """A query of many words costs many times a short one; a few clients sending them in a
    loop would take every core. Long queries run on a small pool of their own (`at_once`
    threads, server-wide), at a lower CPU priority (`nice`, Linux: per thread), so what staff
    type gets the CPU first; the others wait their turn within their budget. at_once 0: long
    queries run like the others."""

    def __init__(self, at_once: int, nice: int = 0):
        self._pool = (ThreadPoolExecutor(max_workers=at_once, thread_name_prefix="long-query",
                                         initializer=_lower_priority, initargs=(nice,)) if at_once > 0 else None)

    def run(self, long: bool, search: Callable[[], T], expired: Callable[[], bool]) -> T | None:
        """search(), on the pool when `long`; None when `expired()` before its turn came."""
        if self._pool is None or not long:
            return search()
        return self._pool.submit(lambda: None if expired() else search()).result()

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)


def _lower_priority(nice: int) -> None:
    if nice > 0 and sys.platform == "linux":  # a thread id is a process id for setpriority
        os.setpriority(os.PRIO_PROCESS, threading.get_native_id(), os.getpriority(os.PRIO_PROCESS, 0) + nice)
