"""Searching the embedded index: a Query compiled into one FTS5 MATCH (terms, and filters as
tags) plus a rowid range (dates); its totals and facets counted on a second connection in a
worker thread (counting.py) while this one orders the page (ordering.py) and makes its hits
(hits.py); all of it within the search's time budget (budget.py), answering with what it has
when the budget runs out. Totals, facets and matched copies are cached for paging."""

from __future__ import annotations

import sqlite3
import time
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from .. import syntax
from ..base import Budget, Query, Results, as_day, is_long, limit_terms, validate_query
from .budget import bounded, interrupted
from .counting import count_matches, decode_counts
from .hits import hits_of
from .matching import match_expr, parse, quote
from .ordering import GRACE_SECONDS, NEWEST_NOTICE, first_of_each, matched_copies, newest, rank
from .rowids import date_bounds
from .schema import STORED
from .store import Store

FACET_CACHE_SIZE = 64  # totals and facets of recent searches (paging re-uses them)
COUNT_WORKERS = 8  # searches whose totals are counted at once (each worker has its own connection)


class Searching(Store):
    """The reads of EmbeddedIndex: search, count, get."""

    def drop_caches(self) -> None:
        """Forget cached totals, facets and parsed queries (benchmarks measure cold searches)."""
        with self._lock:
            self._cache.clear()
        parse.cache_clear()
        match_expr.cache_clear()

    def count(self) -> int:
        with self._reading() as db:
            return db.execute("SELECT count(*) FROM keys").fetchone()[0]

    def get(self, doc_id: str) -> dict[str, Any] | None:
        """The stored document with this id (as indexed), or None."""
        with self._reading() as db:
            row = db.execute(
                f"SELECT {', '.join(STORED)} FROM docs WHERE id=?", (doc_id,)).fetchone()
        return None if row is None else {"id": doc_id, **dict(zip(STORED, row))}

    def search(self, query: Query, budget: Budget | None = None) -> Results:
        """Results of `query`; with a `budget`, the search stops when it says so and answers
        with what it has (`partial`, and a notice why)."""
        t0 = time.perf_counter()
        validate_query(query)
        query, dropped = limit_terms(query)
        parsed = parse(query.text)
        with self._reading() as db:
            res = self._search(query, parsed, db, budget)
        # what the parser did not understand, the words dropped, then why the search stopped
        res.notices = [*parsed.notices, *([dropped] if dropped else []), *res.notices]
        res.took_ms = round((time.perf_counter() - t0) * 1000, 3)
        return res

    def _search(self, query: Query, parsed: syntax.ParsedQuery, db: sqlite3.Connection,
                budget: Budget | None = None) -> Results:
        tags = []
        for kind, value in (("p", query.province), ("t", query.province_today), ("s", query.site)):
            if value is not None:
                code = self._label(kind, value, db=db)
                if code is None:  # nothing indexed with it
                    return Results(total=0, hits=[])
                tags.append(quote(f"${kind}{code}"))
        lo, hi = date_bounds(as_day(query.since), as_day(query.until))
        terms = match_expr(parsed) if parsed.has_conditions else ""
        match = " AND ".join(([f"({terms})"] if terms else []) + tags)
        where: list[str] = []
        args: list[Any] = []
        if match:
            where.append("body MATCH ?")
            args.append(match)
        if lo is not None:
            where.append("rowid >= ?")
            args.append(lo)
        if hi is not None:
            where.append("rowid <= ?")
            args.append(hi)
        source = "body" if match else "keys"
        cond = (" WHERE " + " AND ".join(where)) if where else ""
        rank_args = list(args)
        if terms:  # same matches, plus the ranking boosts
            rank_args[0] = " AND ".join([f"({match_expr(parsed, boosts=True)})"] + tags)

        # a query over the whole archive may count what it does not match instead
        everything = terms if terms and not tags and lo is None and hi is None else None
        key = (source, cond, tuple(args), query.facets)
        counted = self._cache.get(key)
        fresh = counted is None
        future = None
        stopped = False  # the budget ran out: what is missing is said in a notice
        fallback = None  # the notice of the hits shown instead of the ranked ones
        if counted is None:
            if self._parallel and not is_long(query):  # a long query keeps to one core
                if self._pool is None:
                    self._pool = ThreadPoolExecutor(max_workers=COUNT_WORKERS, thread_name_prefix="search-count")
                future = self._pool.submit(self._count_bounded, budget, source, cond, args, query.facets, everything)
            else:
                try:
                    with bounded(db, budget):
                        counted = count_matches(db, source, cond, args, query.facets, everything)
                except sqlite3.OperationalError as exc:
                    stopped = interrupted(exc)
        offset = (query.page - 1) * query.size
        copies: dict[int, str] = {}  # matched copies of articles matched more than once: rowid -> fingerprint
        ranked: list[tuple[int, float | None]]
        by_score = bool(parsed) and query.sort == "relevance"

        def listed(start: int, n: int) -> list[tuple[int, float | None]]:
            if by_score:
                return rank(db, cond, args, rank_args, start, n)
            rows = db.execute(f"SELECT rowid FROM {source}{cond} ORDER BY rowid DESC LIMIT ? OFFSET ?",
                              (*args, n, start)).fetchall()
            return [(r[0], None) for r in rows]

        try:
            try:
                with bounded(db, budget):
                    if query.group:  # the other copies of a syndicated article are not results of their own
                        copies_key = ("copies", source, cond, tuple(args))
                        cached = self._cache.get(copies_key)  # paging and instant search ask again
                        if cached is None:
                            cached = (matched_copies(db, source, where, args),)
                            self._remember(copies_key, cached)
                        copies = cached[0]
                    ranked = listed(offset, query.size) if not copies else first_of_each(
                        listed, copies, offset, query.size)
            except sqlite3.OperationalError as exc:
                stopped = interrupted(exc)
                ranked = []
                if by_score and budget is not None and budget.expired():
                    ranked = newest(db, source, cond, args, offset, query.size, budget.grace(GRACE_SECONDS))
                    if ranked:
                        fallback = NEWEST_NOTICE
            hits = hits_of(db, ranked, parsed, budget, with_copies=query.group, highlight=query.highlight)
        finally:
            if future is not None:
                try:
                    counted = future.result()
                except sqlite3.OperationalError as exc:
                    stopped = interrupted(exc)
        if counted is None or stopped:  # never cached: the next search may have the time
            if counted is None:
                total, by_p, by_t, by_m, by_s = len(hits), {}, {}, {}, {}
            else:  # from the cache (decoded), or counted here in time
                total, by_p, by_t, by_m, by_s = (counted if not fresh else
                                                 decode_counts(db, source, cond, args, counted, self._pair))
            return Results(total=max(total, len(hits)), hits=hits, by_province=dict(by_p),
                           by_province_today=dict(by_t), by_month=dict(by_m), by_site=dict(by_s), partial=True,
                           notices=[n for n in (budget and budget.notice(), fallback) if n])
        if fresh:  # counted here (another thread may have cached the same meanwhile)
            counted = decode_counts(db, source, cond, args, counted, self._pair)
            self._remember(key, counted)
        total, by_p, by_t, by_m, by_s = counted
        hidden = len(copies) - len(set(copies.values()))
        return Results(total=total - hidden, hits=hits, by_province=dict(by_p), by_province_today=dict(by_t),
                       by_month=dict(by_m), by_site=dict(by_s))

    def _count_bounded(self, budget: Budget | None, *args: Any):
        """count_matches in a worker thread, on its own connection, within the search's budget."""
        db = self._read_conn()
        with bounded(db, budget):
            return count_matches(db, *args)

    def _remember(self, key: tuple, value: tuple) -> None:
        """Cache a search's counts or matched copies, the oldest entry making room."""
        with self._cache_lock:  # searches in several threads evict at once
            while len(self._cache) >= FACET_CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)), None)
            self._cache[key] = value
