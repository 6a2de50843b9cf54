"""The archive as the web app reads it: one SQLite connection per worker thread, so that a
slow page (a dashboard over the whole archive) never makes another request wait, where one
shared connection behind a lock made every request take turns.

    ThreadArchives(archive).call("get", id) / .apply(fn, *args) / .close()

Each thread gets a shallow copy of the crawl's Archive with its own connection to the same
file (WAL: readers do not block each other, nor the crawl writing).
"""

from __future__ import annotations

import copy
import sqlite3
import threading
from collections.abc import Callable
from typing import Any


class ThreadArchives:
    def __init__(self, archive: Any):
        self._archive = archive
        self._local = threading.local()
        self._opened: dict[threading.Thread, sqlite3.Connection] = {}
        self._lock = threading.Lock()

    def current(self) -> Any:
        """This thread's Archive (opened on its first use)."""
        reader = getattr(self._local, "archive", None)
        if reader is None:
            reader = copy.copy(self._archive)
            reader.db = sqlite3.connect(self._archive.path, timeout=30, check_same_thread=False)
            reader.db.row_factory = self._archive.db.row_factory
            with self._lock:
                for gone in [t for t in self._opened if not t.is_alive()]:  # threads that ended
                    self._opened.pop(gone).close()
                self._opened[threading.current_thread()] = reader.db
            self._local.archive = reader
        return reader

    def call(self, name: str, *args: Any) -> Any:
        return getattr(self.current(), name)(*args)

    def apply(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """fn(archive, ...): for module functions that read the archive."""
        return fn(self.current(), *args, **kwargs)

    def close(self) -> None:
        """Close the threads' connections (the Archive itself is its owner's to close)."""
        with self._lock:
            for db in self._opened.values():
                db.close()
            self._opened.clear()
