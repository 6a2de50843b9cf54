"""Every result of a query, not one page: for exports and saved-search alerts.

    walk(search, query, page_size=MAX_PAGE_SIZE, limit=MAX_RESULT_WINDOW) -> Walk

The backend is asked page after page with its largest page size, up to its result window
(both backends stop at page * size = MAX_RESULT_WINDOW); `Walk.cut` says when the query
matched more than that. Pages are fetched as the hits are read, so a caller that writes
rows as it goes holds one page in memory.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace

from .base import MAX_PAGE_SIZE, MAX_RESULT_WINDOW, Hit, Query, Results


@dataclass
class Walk:
    total: int  # what the query matched
    limit: int  # the most hits it will yield
    hits: Iterator[Hit]

    @property
    def cut(self) -> bool:
        return self.total > self.limit


def walk(search: Callable[[Query], Results], query: Query, *, page_size: int = MAX_PAGE_SIZE,
         limit: int = MAX_RESULT_WINDOW) -> Walk:
    """The query's hits in its own order; the first page is fetched now (its total is
    known, a QueryError raised here), the others as the iterator reaches them."""
    page_size = max(1, min(page_size, MAX_PAGE_SIZE, limit))
    limit = min(limit, MAX_RESULT_WINDOW)
    first = search(replace(query, page=1, size=page_size, facets=False))

    def hits() -> Iterator[Hit]:
        results, page, given = first, 1, 0
        while True:
            for hit in results.hits:
                if given >= limit:
                    return
                given += 1
                yield hit
            if len(results.hits) < page_size or page * page_size >= min(limit, first.total):
                return
            page += 1
            if page * page_size > MAX_RESULT_WINDOW:
                return
            results = search(replace(query, page=page, size=page_size, facets=False))

    return Walk(first.total, limit, hits())
