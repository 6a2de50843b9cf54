"""The embedded search index: one SQLite file, FTS5, no server (the default backend).

Design (measured on 100,000 synthetic articles, see bench/search_latency.py):

- `docs` holds the documents; `keys` (rowid, id) is the narrow table for counting,
  browsing and id lookups.
- `body` is a contentless FTS5 table (the text lives in `docs`), columns
  t (title), n (doc number), b (text), a (attachments), tags. Each text column holds
  tokens made by `search.analysis.index_tokens`: folded words ("hop"), folded pairs of
  adjacent words ("hop+tac"), and the exact spelling of words and pairs with diacritics
  ("hợp", "=nam"). A phrase is then a lookup of pair tokens instead of a merge of
  position lists (10x faster for common Vietnamese phrases like "hợp tác xã"), a
  query without accents matches by folded tokens, and exact tokens, rarer and so weighing
  more in bm25, make exact spellings rank first. Filters are tokens in `tags`
  ("$p3" province as published, "$t2" province today, "$s7" site).
- The rowid of a document encodes its publication month, minute in the month, its
  (province, province today) pair and a sequence number:
      month(12 bits) | minute(16) | pair(9) | seq(26)
  so newest-first is rowid order (FTS5 walks it backwards and stops after one page),
  since/until are a rowid range FTS5 seeks to, undated documents (month 0) sort last and
  drop out of date filters, and the facets of any result set are counted from the rowids
  alone, without a join: one `group_concat` over the matches, counted in Python.
- Relevance is bm25 (title and doc number weighted 5, text 1, attachments 0.5). Ranking
  every match of a very common query costs ~2 µs a row plus a scan per query term; so
  results are ranked in windows of RANK_WINDOW matches in date order: the newest window,
  ranked by bm25, then the next one. Up to RANK_WINDOW matches that is plain bm25 over
  all of them; beyond, "most relevant among the newest 5,000 matches, then the next
  5,000", a recency-weighted relevance that suits a news archive and keeps every query
  under ~100 ms at 100,000 articles.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections import Counter
from datetime import date, datetime
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from crawler import provinces

from . import analysis
from .base import MAX_PAGE_SIZE, MAX_QUERY_CHARS, Hit, Query, QueryError, Results

SCHEMA_VERSION = 1  # bump when index_tokens or the rowid layout changes: the index is rebuilt
MAX_RESULT_WINDOW = 10_000  # page * size
RANK_WINDOW = 5_000  # matches ranked together by bm25 (see module doc)
SNIPPET_CHARS = 240
FACET_CACHE_SIZE = 64  # totals and facets of recent searches (paging re-uses them)
WEIGHTS = (5.0, 5.0, 1.0, 0.5, 0.0)  # t n b a tags

MONTH_SHIFT, MINUTE_SHIFT, PAIR_SHIFT = 51, 35, 26
PAIR_BITS, SEQ_BITS = 9, 26
PAIR_MASK, SEQ_MASK = (1 << PAIR_BITS) - 1, (1 << SEQ_BITS) - 1
FIRST_YEAR, LAST_YEAR = 1900, 2240  # months outside are stored as undated (still shown)

_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2}))?")
_STORED = ("url", "canonical_url", "site", "province", "province_today", "title", "text",
           "published", "author", "doc_number", "attachments_text", "fingerprint", "language",
           "fetched_at")
_SORTS = ("relevance", "date")

_BODY = f"""CREATE VIRTUAL TABLE IF NOT EXISTS body USING fts5(
    t, n, b, a, tags, content='', columnsize=1, detail=full,
    tokenize="unicode61 remove_diacritics 0 tokenchars '{analysis.JOIN}{analysis.EXACT_MARK}$'")"""
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS labels(kind TEXT NOT NULL, value TEXT NOT NULL, code INTEGER NOT NULL, "
    "PRIMARY KEY (kind, value)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS keys(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL UNIQUE)",
    f"CREATE TABLE IF NOT EXISTS docs(rowid INTEGER PRIMARY KEY, {', '.join(_STORED)})",
    _BODY,
)


# --- rowids ----------------------------------------------------------------------------


def _month_minute(published: Any) -> tuple[int, int]:
    """(month index, minute in month) of an ISO date/time, (0, 0) when undated."""
    if not published or not isinstance(published, str):
        return 0, 0
    m = _DATE_RE.match(published)
    if not m:
        return 0, 0
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if not (FIRST_YEAR <= y < LAST_YEAR and 1 <= mo <= 12 and 1 <= d <= 31):
        return 0, 0
    h, mi = (int(m[4]), int(m[5])) if m[4] else (0, 0)
    return (y - FIRST_YEAR) * 12 + mo, ((d - 1) * 24 + min(h, 23)) * 60 + min(mi, 59)


def _month_label(month: int) -> str:
    y, m = divmod(month - 1, 12)
    return f"{y + FIRST_YEAR:04d}-{m + 1:02d}"


def _rowid(month: int, minute: int, pair: int, seq: int) -> int:
    return (month << MONTH_SHIFT) | (minute << MINUTE_SHIFT) | (pair << PAIR_SHIFT) | (seq & SEQ_MASK)


def _date_bounds(since: date | None, until: date | None) -> tuple[int | None, int | None]:
    """Rowid range of documents published on since..until (inclusive, local dates); any
    date filter excludes undated documents (month 0)."""
    if since is None and until is None:
        return None, None
    lo, hi = 1 << MONTH_SHIFT, None
    if since is not None:
        if since.year >= LAST_YEAR:
            lo = (1 << 63) - 1
        elif since.year >= FIRST_YEAR:
            lo = _rowid(*_month_minute(since.isoformat()), 0, 0)
    if until is not None:
        if until.year < FIRST_YEAR:
            hi = 0
        elif until.year < LAST_YEAR:
            hi = _rowid(*_month_minute(until.isoformat() + "T23:59"), PAIR_MASK, SEQ_MASK)
    return lo, hi


def _day(d: date | None) -> date | None:
    return d.date() if isinstance(d, datetime) else d


# --- query expressions ---------------------------------------------------------------


def _q(token: str) -> str:
    return '"' + token.replace('"', '""') + '"'


def _alt_expr(alt: tuple[str, ...]) -> str:
    """One spelling: a word, or a phrase as its pair tokens ("hop+tac" AND "tac+xa")."""
    if len(alt) == 1:
        return _q(alt[0])
    pairs = list(dict.fromkeys(analysis.pair_token(a, b) for a, b in zip(alt, alt[1:])))
    return _q(pairs[0]) if len(pairs) == 1 else "(" + " AND ".join(map(_q, pairs)) + ")"


def _or(branches: list[str]) -> str:
    branches = list(dict.fromkeys(branches))
    return branches[0] if len(branches) == 1 else "(" + " OR ".join(branches) + ")"


@lru_cache(maxsize=1024)
def _parse(text: str) -> analysis.ParsedQuery:
    return analysis.parse_query(text, analysis.load_abbreviations())


@lru_cache(maxsize=1024)
def _match_expr(parsed: analysis.ParsedQuery) -> str:
    """The FTS5 MATCH expression of a parsed query (terms only, no filters).

    Terms are ANDed; a term is the OR of its spellings. Ranking boosts ride along without
    changing which documents match: a one-word term is ("ha" OR "hà" OR "ha+nam"), each
    extra branch implying the word; a phrase is (P AND (exact words... OR p)) where the
    token p is implied by P. bm25 scores every branch a document has."""
    boosts: dict[int, list[str]] = {}
    for p in parsed.pairs:  # words typed next to each other rank higher when adjacent
        boosts.setdefault(p.term, []).append(_q(analysis.pair_token(*p.folded)))
    parts = []
    for i, term in enumerate(parsed.terms):
        first = _alt_expr(term.alternatives[0])
        exact = [_q(analysis.exact_token(w)) for w in dict.fromkeys(term.exact)] if parsed.accented else []
        if len(term.alternatives[0]) == 1:
            first = _or([first, *exact, *boosts.get(i, [])])
        elif exact:
            implied = _q(analysis.pair_token(*term.alternatives[0][:2]))
            first = f"({first} AND {_or([*exact, implied])})"
        parts.append(_or([first, *(_alt_expr(alt) for alt in term.alternatives[1:])]))
    return " AND ".join(parts)


# --- the index -------------------------------------------------------------------------


class EmbeddedIndex:
    """Search backend on one SQLite file (":memory:" for a throwaway index).

    Safe to share between threads (one lock); several processes may open the same file
    (WAL): one writes (the crawl), others search."""

    def __init__(self, path: str | Path, *, timeout: float = 30.0):
        self.path = str(path)
        if self.path != ":memory:":
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.RLock()
        self._db = sqlite3.connect(self.path, timeout=timeout, check_same_thread=False,
                                   isolation_level=None, cached_statements=256)
        self._labels: dict[tuple[str, str], int] = {}
        self._pairs: dict[int, tuple[str | None, str | None]] = {}
        self._data_version = None
        self._generation = 0  # bumped by every write of this connection
        self._cache: dict[tuple, tuple] = {}  # (version, filters, terms) -> (total, facets)
        db = self._db
        if self.path != ":memory:":
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA mmap_size=2000000000")
        db.execute("PRAGMA synchronous=NORMAL")
        db.execute("PRAGMA temp_store=MEMORY")
        db.execute("PRAGMA cache_size=-65536")
        db.execute(f"PRAGMA busy_timeout={int(timeout * 1000)}")
        with self._write():
            for statement in _SCHEMA:
                db.execute(statement)
            version = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if version is None:
                db.execute("INSERT INTO meta VALUES('schema', ?)", (SCHEMA_VERSION,))
            elif int(version[0]) != SCHEMA_VERSION:
                self._rebuild()
                db.execute("UPDATE meta SET value=? WHERE key='schema'", (SCHEMA_VERSION,))

    # -- plumbing --

    class _Tx:
        def __init__(self, index: "EmbeddedIndex"):
            self.index = index

        def __enter__(self):
            self.index._lock.acquire()
            try:
                self.index._db.execute("BEGIN IMMEDIATE")
            except BaseException:
                self.index._lock.release()
                raise
            return self.index._db

        def __exit__(self, exc_type, exc, tb):
            try:
                self.index._db.execute("ROLLBACK" if exc_type else "COMMIT")
            finally:
                if exc_type:
                    self.index._labels.clear()
                    self.index._pairs.clear()
                self.index._generation += 1
                self.index._cache.clear()
                self.index._lock.release()
            return False

    def _write(self) -> "EmbeddedIndex._Tx":
        return EmbeddedIndex._Tx(self)

    def __enter__(self) -> "EmbeddedIndex":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("the search index is closed")
        return self._db

    def _refresh(self) -> None:
        """Forget cached labels when another connection changed the file."""
        v = self._conn().execute("PRAGMA data_version").fetchone()[0]
        if v != self._data_version:
            self._labels.clear()
            self._pairs.clear()
            self._cache.clear()
            self._data_version = v

    def _label(self, kind: str, value: str, create: bool = False) -> int | None:
        key = (kind, value)
        code = self._labels.get(key)
        if code is not None:
            return code
        db = self._conn()
        row = db.execute("SELECT code FROM labels WHERE kind=? AND value=?", key).fetchone()
        if row is None:
            if not create:
                return None
            nxt = db.execute("SELECT coalesce(max(code), 0) + 1 FROM labels WHERE kind=?", (kind,)).fetchone()[0]
            db.execute("INSERT INTO labels VALUES(?, ?, ?)", (kind, value, nxt))
            code = nxt
        else:
            code = row[0]
        self._labels[key] = code
        return code

    def _pair_code(self, province: str | None, today: str | None) -> int:
        code = self._label("pair", f"{province or ''}\t{today or ''}", create=True)
        return code if code <= PAIR_MASK else 0  # 0: look the pair up in docs (never in practice)

    def _pair(self, code: int) -> tuple[str | None, str | None]:
        if code not in self._pairs:
            for value, c in self._conn().execute("SELECT value, code FROM labels WHERE kind='pair'"):
                p, t = value.split("\t")
                self._pairs[c] = (p or None, t or None)
        return self._pairs.get(code, (None, None))

    # -- writing --

    def _fts_values(self, row: dict) -> tuple:
        tags = []
        for kind, field in (("p", "province"), ("t", "province_today"), ("s", "site")):
            if row.get(field):
                tags.append(f"${kind}{self._label(kind, row[field], create=True)}")
        attach = row.get("attachments_text") or ""
        return (analysis.index_tokens(row.get("title")), analysis.index_tokens(row.get("doc_number")),
                analysis.index_tokens(row.get("text")), analysis.index_tokens(attach), " ".join(tags))

    def _remove(self, db: sqlite3.Connection, rowid: int) -> None:
        cur = db.execute(f"SELECT {', '.join(_STORED)} FROM docs WHERE rowid=?", (rowid,))
        row = cur.fetchone()
        if row is not None:
            values = self._fts_values(dict(zip(_STORED, row)))
            db.execute("INSERT INTO body(body, rowid, t, n, b, a, tags) VALUES('delete', ?, ?, ?, ?, ?, ?)",
                       (rowid, *values))
            db.execute("DELETE FROM docs WHERE rowid=?", (rowid,))
        db.execute("DELETE FROM keys WHERE rowid=?", (rowid,))

    @staticmethod
    def _clean(doc: dict[str, Any]) -> dict[str, Any]:
        row = {}
        for f in _STORED:
            v = doc.get(f)
            if isinstance(v, str):
                v = analysis.normalize(v)
            elif v is not None and not isinstance(v, (int, float)):
                v = str(v)
            row[f] = v
        row["title"] = row["title"] or ""
        row["text"] = row["text"] or ""
        return row

    def index(self, documents: Iterable[dict[str, Any]]) -> int:
        """Add or replace (by `id`) documents made by search.base.to_document; returns how
        many were indexed. One transaction: all or none."""
        n = 0
        with self._write() as db:
            seq = int((db.execute("SELECT value FROM meta WHERE key='seq'").fetchone() or (0,))[0])
            for doc in documents:
                doc_id = doc.get("id")
                if not doc_id or not isinstance(doc_id, str):
                    raise ValueError(f"document without an id: {str(doc)[:200]}")
                row = self._clean(doc)
                month, minute = _month_minute(row["published"])
                pair = self._pair_code(row["province"], row["province_today"])
                old = db.execute("SELECT rowid FROM keys WHERE id=?", (doc_id,)).fetchone()
                if old is not None:
                    stored = db.execute(f"SELECT {', '.join(_STORED)} FROM docs WHERE rowid=?", old).fetchone()
                    if (stored is not None and old[0] >> PAIR_SHIFT == _rowid(month, minute, pair, 0) >> PAIR_SHIFT
                            and tuple(row[f] for f in _STORED) == tuple(stored)):
                        n += 1  # unchanged: nothing to do
                        continue
                    self._remove(db, old[0])
                while True:
                    seq += 1
                    rowid = _rowid(month, minute, pair, seq)
                    try:
                        db.execute("INSERT INTO keys(rowid, id) VALUES(?, ?)", (rowid, doc_id))
                        break
                    except sqlite3.IntegrityError:
                        if db.execute("SELECT 1 FROM keys WHERE id=?", (doc_id,)).fetchone():
                            raise ValueError(f"document {doc_id} given twice") from None
                db.execute(f"INSERT INTO docs(rowid, {', '.join(_STORED)}) VALUES(?{', ?' * len(_STORED)})",
                           (rowid, *(row[f] for f in _STORED)))
                db.execute("INSERT INTO body(rowid, t, n, b, a, tags) VALUES(?, ?, ?, ?, ?, ?)",
                           (rowid, *self._fts_values(row)))
                n += 1
            db.execute("INSERT OR REPLACE INTO meta VALUES('seq', ?)", (seq,))
        return n

    def delete(self, ids: Iterable[str]) -> None:
        with self._write() as db:
            for doc_id in ids:
                row = db.execute("SELECT rowid FROM keys WHERE id=?", (doc_id,)).fetchone()
                if row is not None:
                    self._remove(db, row[0])

    def clear(self) -> None:
        with self._write() as db:
            db.execute("DELETE FROM keys")
            db.execute("DELETE FROM docs")
            db.execute("DELETE FROM labels")
            db.execute("INSERT INTO body(body) VALUES('delete-all')")

    def optimize(self) -> None:
        """Merge the FTS segments into one (after a bulk load; searches get faster)."""
        with self._write() as db:
            db.execute("INSERT INTO body(body) VALUES('optimize')")

    def _rebuild(self) -> None:
        """Re-tokenize every document (the analysis changed). Called inside a transaction."""
        db = self._conn()
        db.execute("DROP TABLE IF EXISTS body")
        db.execute(_BODY)
        for rowid, *values in db.execute(f"SELECT rowid, {', '.join(_STORED)} FROM docs").fetchall():
            db.execute("INSERT INTO body(rowid, t, n, b, a, tags) VALUES(?, ?, ?, ?, ?, ?)",
                       (rowid, *self._fts_values(dict(zip(_STORED, values)))))

    def drop_caches(self) -> None:
        """Forget cached totals, facets and parsed queries (benchmarks measure cold searches)."""
        with self._lock:
            self._cache.clear()
        _parse.cache_clear()
        _match_expr.cache_clear()

    def count(self) -> int:
        with self._lock:
            return self._conn().execute("SELECT count(*) FROM keys").fetchone()[0]

    def get(self, doc_id: str) -> dict[str, Any] | None:
        """The stored document with this id (as indexed), or None."""
        with self._lock:
            row = self._conn().execute(
                f"SELECT {', '.join(_STORED)} FROM keys JOIN docs USING (rowid) WHERE id=?", (doc_id,)).fetchone()
        return None if row is None else {"id": doc_id, **dict(zip(_STORED, row))}

    # -- searching --

    def _validate(self, query: Query) -> None:
        if not isinstance(query, Query):
            raise QueryError("expected a search.base.Query")
        if not isinstance(query.text, str):
            raise QueryError("the query text must be a string")
        if len(query.text) > MAX_QUERY_CHARS:
            raise QueryError(f"the query is too long ({len(query.text)} characters; at most {MAX_QUERY_CHARS})")
        if query.sort not in _SORTS:
            raise QueryError(f"unknown sort {query.sort!r}: use 'relevance' or 'date'")
        for name in ("page", "size"):
            v = getattr(query, name)
            if not isinstance(v, int) or isinstance(v, bool):
                raise QueryError(f"{name} must be a whole number, not {v!r}")
        if query.page < 1:
            raise QueryError(f"page must be 1 or more, not {query.page}")
        if not 1 <= query.size <= MAX_PAGE_SIZE:
            raise QueryError(f"size must be between 1 and {MAX_PAGE_SIZE}, not {query.size}")
        if query.page * query.size > MAX_RESULT_WINDOW:
            raise QueryError(f"page {query.page} of {query.size} goes past the first {MAX_RESULT_WINDOW:,} "
                             "results: narrow the search (filters, dates) instead")
        for name in ("province", "province_today"):
            slug = getattr(query, name)
            if slug is None:
                continue
            if not isinstance(slug, str) or not provinces.is_known(slug):
                try:
                    provinces.get(slug)
                    hint = ""
                except Exception as e:  # UnknownProvince carries a "did you mean"
                    hint = str(e).partition(slug if isinstance(slug, str) else "")[2]
                raise QueryError(f"unknown province {slug!r}{hint}")
            if name == "province_today" and provinces.get(slug).era == "pre2025":
                raise QueryError(f"{slug!r} is not a province today (it was merged into "
                                 f"{provinces.today(slug)!r}); use province={slug!r} for the old one")
        if query.site is not None and not isinstance(query.site, str):
            raise QueryError("site must be a site id")
        for name in ("since", "until"):
            v = getattr(query, name)
            if v is not None and not isinstance(v, date):
                raise QueryError(f"{name} must be a date, not {v!r}")
        if query.since and query.until and _day(query.since) > _day(query.until):
            raise QueryError(f"since ({query.since}) is after until ({query.until})")

    def search(self, query: Query) -> Results:
        t0 = time.perf_counter()
        self._validate(query)
        parsed = _parse(query.text)
        with self._lock:
            self._refresh()
            res = self._search(query, parsed)
        res.took_ms = round((time.perf_counter() - t0) * 1000, 2)
        return res

    def _search(self, query: Query, parsed: analysis.ParsedQuery) -> Results:
        db = self._conn()
        # filters -> tag tokens and a rowid range
        tags = []
        for kind, value in (("p", query.province), ("t", query.province_today), ("s", query.site)):
            if value is None:
                continue
            code = self._label(kind, value)
            if code is None:  # nothing indexed with it
                return Results(total=0, hits=[])
            tags.append(_q(f"${kind}{code}"))
        lo, hi = _date_bounds(_day(query.since), _day(query.until))
        terms = _match_expr(parsed) if parsed else ""
        match = " AND ".join(([f"({terms})"] if terms else []) + tags)
        where, args = [], []
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

        res = Results(total=0, hits=[])
        key = (source, cond, tuple(args), query.facets)
        cached = self._cache.get(key)
        if cached is not None:
            res.total, res.by_province, res.by_province_today, res.by_month = (
                cached[0], dict(cached[1]), dict(cached[2]), dict(cached[3]))
        else:
            if query.facets:
                self._facets(db, source, cond, args, res)
            else:
                res.total = db.execute(f"SELECT count(*) FROM {source}{cond}", args).fetchone()[0]
            if len(self._cache) >= FACET_CACHE_SIZE:
                self._cache.pop(next(iter(self._cache)))
            self._cache[key] = (res.total, dict(res.by_province), dict(res.by_province_today), dict(res.by_month))
        if not res.total:
            return res
        offset = (query.page - 1) * query.size
        if offset >= res.total:
            return res
        if terms and query.sort == "relevance":
            ranked = self._rank(db, cond, args, res.total, offset, query.size)
        else:
            rows = db.execute(f"SELECT rowid FROM {source}{cond} ORDER BY rowid DESC LIMIT ? OFFSET ?",
                              (*args, query.size, offset)).fetchall()
            ranked = [(r[0], None) for r in rows]
        res.hits = self._hits(db, ranked, parsed)
        return res

    def _facets(self, db, source: str, cond: str, args: list, res: Results) -> None:
        key = f"((rowid >> {MONTH_SHIFT}) << {PAIR_BITS}) | ((rowid >> {PAIR_SHIFT}) & {PAIR_MASK})"
        s = db.execute(f"SELECT group_concat({key}) FROM {source}{cond}", args).fetchone()[0]
        if not s:
            return
        counts = Counter(s.split(","))
        by_p: Counter = Counter()
        by_t: Counter = Counter()
        by_m: Counter = Counter()
        total = 0
        unknown_pairs = 0
        for k, c in counts.items():
            k = int(k)
            month, pair = k >> PAIR_BITS, k & PAIR_MASK
            total += c
            if month:
                by_m[_month_label(month)] += c
            if pair == 0:
                unknown_pairs += c
                continue
            p, t = self._pair(pair)
            if p:
                by_p[p] += c
            if t:
                by_t[t] += c
        if unknown_pairs:  # more than 511 (province, today) pairs: read them from docs
            sub = f"SELECT rowid FROM {source}{cond}{' AND' if cond else ' WHERE'} ((rowid >> {PAIR_SHIFT}) & {PAIR_MASK}) = 0"
            for p, t, c in db.execute(f"SELECT province, province_today, count(*) FROM docs WHERE rowid IN ({sub}) "
                                      "GROUP BY 1, 2", args):
                if p:
                    by_p[p] += c
                if t:
                    by_t[t] += c
        res.total = total
        res.by_province = dict(sorted(by_p.items(), key=lambda kv: (-kv[1], kv[0])))
        res.by_province_today = dict(sorted(by_t.items(), key=lambda kv: (-kv[1], kv[0])))
        res.by_month = dict(sorted(by_m.items(), reverse=True))

    def _rank(self, db, cond: str, args: list, total: int, offset: int, size: int) -> list[tuple[int, float]]:
        """(rowid, score) of results offset..offset+size by relevance, ranked by bm25 in
        windows of RANK_WINDOW matches, newest window first (see module doc)."""
        bm25 = f"bm25(body, {', '.join(map(str, WEIGHTS))})"
        if total <= RANK_WINDOW:
            rows = db.execute(f"SELECT rowid, {bm25} AS s FROM body{cond} ORDER BY s, rowid DESC LIMIT ? OFFSET ?",
                              (*args, size, offset)).fetchall()
            return [(r, -s) for r, s in rows]
        out: list[tuple[int, float]] = []
        first = offset // RANK_WINDOW
        # upper rowid bound of window `first`: the (first * W)-th match, newest first
        upper = None
        if first:
            upper = db.execute(f"SELECT rowid FROM body{cond} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                               (*args, first * RANK_WINDOW - 1)).fetchone()[0] - 1
        w = first
        pos = offset - first * RANK_WINDOW  # position inside the window
        while len(out) < size and w * RANK_WINDOW < total:
            c2, a2 = cond, list(args)
            if upper is not None:
                c2 += " AND rowid <= ?"
                a2.append(upper)
            lower = None
            if (w + 1) * RANK_WINDOW < total:
                lower = db.execute(f"SELECT rowid FROM body{c2} ORDER BY rowid DESC LIMIT 1 OFFSET ?",
                                   (*a2, RANK_WINDOW - 1)).fetchone()[0]
                c2 += " AND rowid >= ?"
                a2.append(lower)
            rows = db.execute(f"SELECT rowid, {bm25} AS s FROM body{c2} ORDER BY s, rowid DESC LIMIT ? OFFSET ?",
                              (*a2, size - len(out), pos)).fetchall()
            out += [(r, -s) for r, s in rows]
            pos = 0
            w += 1
            if lower is None:
                break
            upper = lower - 1
        return out

    def _hits(self, db, ranked: list[tuple[int, float | None]], parsed: analysis.ParsedQuery) -> list[Hit]:
        if not ranked:
            return []
        ids = [r for r, _ in ranked]
        cols = "keys.id, url, title, site, province, province_today, published, doc_number, text, attachments_text"
        rows = {r[0]: r[1:] for r in db.execute(
            f"SELECT docs.rowid, {cols} FROM docs JOIN keys ON keys.rowid = docs.rowid "
            f"WHERE docs.rowid IN ({','.join('?' * len(ids))})", ids)}
        hits = []
        for rowid, score in ranked:
            row = rows.get(rowid)
            if row is None:
                continue
            doc_id, url, title, site, province, today, published, doc_number, text, attach = row
            snippet = analysis.snippet(text or "", parsed, SNIPPET_CHARS)
            if parsed and attach and "<mark>" not in snippet:
                alt = analysis.snippet(attach, parsed, SNIPPET_CHARS)
                if "<mark>" in alt:
                    snippet = alt
            hits.append(Hit(id=doc_id, url=url, title=title, site=site, province=province,
                            province_today=today, published=published, snippet=snippet,
                            title_html=analysis.highlight(title or "", parsed), doc_number=doc_number,
                            score=None if score is None else round(score, 6)))
        return hits
