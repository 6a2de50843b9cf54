"""What every view of the web app reads (app/web/views/): the search backend, the archive,
the settings, the portal registry and the clock, and the one way a view runs a search.
server.py's App is this plus the request dispatch.

Cost. Requests run in a bounded pool of worker threads, each reading through its own
connections (readers.py; the embedded index does the same), so a slow search never holds
up another or /healthz. Every search has a time budget (LMHTX_SEARCH_BUDGET_MS: past it,
the results found so far and a notice) and is cancelled when its client hangs up or its
browser tab asks something newer (X-Search-Tab); long queries take turns server-wide
(ratelimit.py).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from datetime import datetime
from typing import Any

from app import config
from app.web.ratelimit import LongQueries, Supersede
from app.web.readers import ThreadArchives
from app.web.search import BadRequest, province_options
from search.base import Budget, Query, QueryError, Results, is_long

ID_RE = re.compile(r"^[0-9a-f]{40}$")
TAB_RE = re.compile(r"^[0-9a-f]{16,64}$")  # X-Search-Tab: instant search's random id for its browser tab


class AppState:
    def __init__(self, backend: Any, archive: Any = None, *, sites: list[Any] | None = None,
                 now: Callable[[], datetime] | None = None, settings: Mapping[str, Any] | None = None):
        self.settings = config.load(settings)  # app/config.py's, `settings` overriding (tests)
        self.backend = backend  # both backends are safe to share between threads
        # a connection per worker thread: requests never queue behind one another's reads
        self.archive = ThreadArchives(archive) if archive is not None else None
        self.supersede = Supersede()
        self.long_queries = LongQueries(self.settings["LMHTX_SEARCH_LONG_AT_ONCE"],
                                        self.settings["LMHTX_SEARCH_LONG_NICE"])
        self.sites = sites  # the registry the report checks (None: crawler/sites.yaml)
        self.now = now  # the clock of the report and feeds (tests pin it); None: the real time
        self.province_options = province_options()

    def close(self) -> None:
        """Close the worker threads' archive connections (the server is closing)."""
        self.long_queries.close()
        if self.archive is not None:
            self.archive.close()

    def pinned_now(self) -> datetime | None:
        """The pinned clock's time (tests), or None: the builders then take the real time."""
        return self.now() if self.now else None

    # -- searching ------------------------------------------------------------------------
    def _budget(self, environ: Mapping[str, Any]) -> Budget:
        """The time a search may take, and when to give it up earlier: its client hung up
        (waitress looks), or the same browser tab sent a newer query (instant search)."""
        gone = environ.get("waitress.client_disconnected")
        tab = environ.get("HTTP_X_SEARCH_TAB", "")
        newer = self.supersede.begin(tab) if TAB_RE.match(tab) else None

        def cancelled() -> bool:
            return bool((gone is not None and gone()) or (newer is not None and newer()))

        return Budget(self.settings["LMHTX_SEARCH_BUDGET_MS"] / 1000, cancelled)

    BUSY = ("Máy chủ đang bận với các tìm kiếm dài khác, nên tìm kiếm này chưa chạy. Hãy thử lại sau ít giây, "
            "hoặc tìm bằng ít từ hơn.")

    def _search(self, query: Query, environ: Mapping[str, Any] | None = None) -> Results:
        """A staff search (`environ`: the request's; a time budget, cancelled with it), or,
        without `environ`, one of the app's own that must run whole (a page of an export)."""
        budget = self._budget(environ) if environ is not None else None
        try:
            results = self.long_queries.run(is_long(query), lambda: self.backend.search(query, budget=budget),
                                            budget.stop if budget is not None else _never)
        except QueryError as exc:
            raise BadRequest(f"Không thực hiện được tìm kiếm: {exc}") from None
        if results is None:  # other long queries had the turn for the whole budget
            return Results(total=0, hits=[], partial=True, notices=[self.BUSY])
        return results

    # -- the archive ----------------------------------------------------------------------
    def _article(self, article_id: str) -> dict[str, Any] | None:
        """The archived article, or None (no archive, a malformed id, an unknown one)."""
        if self.archive is None or not ID_RE.match(article_id):
            return None
        return self.archive.call("get", article_id)

    def _raw(self, article_id: str) -> tuple[str, bytes] | None:
        """(content type, body) of the page as fetched, or None as for _article."""
        if self.archive is None or not ID_RE.match(article_id):
            return None
        return self.archive.call("raw", article_id)


def _never() -> bool:
    return False
