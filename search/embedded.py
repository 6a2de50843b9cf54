"""The embedded search index: one SQLite file, FTS5, no server (the default backend).

Design, measured with bench/search_latency.py on 100,000 synthetic articles (2 cores):
every query class, common two-word queries included, has p95 under ~65 ms.

- `docs` holds the documents as indexed (by rowid, and by id); `keys` holds just their
  rowids, for counting and browsing; `stats` counts documents per (month, pair), which
  are the facets of the whole archive.
- `body` is a contentless FTS5 table (the text lives in `docs`) with the columns
  t (title), n (doc number), b (text), a (attachments) and tags. A text column holds the
  tokens of `search.analysis.index_tokens`: folded words ("hop"), folded pairs of adjacent
  words ("hop+tac") and exact spellings ("hợp", "=nam"). A phrase is looked up as its pair
  tokens instead of merging position lists (10x faster for common Vietnamese phrases such
  as "hợp tác xã"; a phrase of 3+ words is then "all its pairs", which in practice is the
  phrase). A query matches by folded tokens, so accents are optional; ranking adds its
  exact tokens, so exact spellings rank first. Filters are tokens in `tags` ("$p3":
  province as published, "$t2": province today, "$s7": site, "$a": every document).
- A rowid says when and where a document was published:
      month (12 bits) | day (5) | n (13: the order it was indexed that day) | pair (9)
  where `pair` numbers (province, province today). Newest first is rowid order (FTS5
  walks it backwards and stops after a page); since/until is a rowid range FTS5 seeks to;
  undated documents (month 0) sort last and drop out of any date filter; the facets of a
  result are counted from its rowids alone (no join). Rowids of one day are close
  together, which keeps the doclists (rowid deltas) small.
- Relevance is bm25 (title and doc number weigh 5, text 1, attachments 0.5). Ranking all
  matches of a very common query costs ~1.5 µs a match plus a scan of each query token,
  so matches are ranked in windows of RANK_WINDOW in date order: the newest 5,000 matches
  by bm25, then the next 5,000, and so on. Up to 5,000 matches that is plain bm25;
  beyond, the most relevant of the recent articles come first, which suits a news archive.
- Totals and facets are counted on a second connection in a worker thread while the main
  one ranks (SQLite releases the GIL): one group_concat of (month, pair) keys over the
  matches, counted in Python; a query matching most of the archive counts what it does
  not match ("$a" NOT query) and subtracts from `stats`. They are cached for paging.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from datetime import date
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import analysis, snippets, syntax
from .base import Budget, Hit, Query, Results, as_day, is_long, limit_terms, validate_query

SCHEMA_VERSION = 2  # bump when index_tokens, the rowid layout or the tables change: the index is rebuilt
RANK_WINDOW = 5_000  # matches ranked together by bm25 (see module doc)
SNIPPET_CHARS = 240
FACET_CACHE_SIZE = 64  # totals and facets of recent searches (paging re-uses them)
WEIGHTS = (5.0, 5.0, 1.0, 0.5, 0.0)  # t n b a tags
COUNT_WORKERS = 8  # searches whose totals are counted at once (each worker has its own connection)
PROGRESS_STEPS = 2_000  # SQLite VM steps between two looks at a search's time budget (~0.1 ms)
NULL_TEXT = "''"  # the text column's stand-in when no snippet is made
GRACE_SECONDS = 0.15  # past the budget: time to list the newest matches instead of the ranked ones
NEWEST_NOTICE = "Các bài dưới đây là những bài mới nhất khớp với tìm kiếm, chưa được xếp theo mức độ liên quan."
SYNC_KEY = "archive_seq"  # meta: the archive revision the index holds everything up to (search/sync.py)

PAIR_BITS, N_BITS, DAY_BITS = 9, 13, 5
N_SHIFT, DAY_SHIFT = PAIR_BITS, PAIR_BITS + N_BITS
MONTH_SHIFT = DAY_SHIFT + DAY_BITS
PAIR_MASK, N_MASK = (1 << PAIR_BITS) - 1, (1 << N_BITS) - 1
UNDATED_MAX = 1 << (N_BITS + DAY_BITS)  # undated documents use day and n as one counter
FIRST_YEAR, LAST_YEAR = 1900, 2240  # other years are stored as undated (and still shown)
ALL_TAG = "$a"  # every document has it: "$a" NOT (query) is what a query does not match
COPY_TAG = "$d"  # a syndicated copy (in `copies`): "(query) AND $d" finds the matched copies, fast

_DATE_RE = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_STORED = ("url", "canonical_url", "site", "province", "province_today", "title", "text",
           "published", "author", "doc_number", "attachments_text", "fingerprint", "language",
           "fetched_at")
_SORTS = ("relevance", "date")

_BODY = f"""CREATE VIRTUAL TABLE IF NOT EXISTS body USING fts5(
    t, n, b, a, tags, content='', columnsize=1, detail=full,
    tokenize="unicode61 remove_diacritics 0 tokenchars '_{analysis.JOIN}{analysis.EXACT_MARK}$'")"""
_SCHEMA = (
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS labels(kind TEXT NOT NULL, value TEXT NOT NULL, code INTEGER NOT NULL, "
    "PRIMARY KEY (kind, value)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS keys(k INTEGER PRIMARY KEY)",
    f"CREATE TABLE IF NOT EXISTS docs(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, {', '.join(_STORED)})",
    "CREATE UNIQUE INDEX IF NOT EXISTS docs_id ON docs(id)",
    "CREATE TABLE IF NOT EXISTS stats(k INTEGER PRIMARY KEY, n INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS docs_fp ON docs(fingerprint) WHERE fingerprint IS NOT NULL",
    # the rowids of syndicated copies (a fingerprint more than one document has): few, so a
    # search groups them by looking at the ones it matched, not at every match
    "CREATE TABLE IF NOT EXISTS copies(k INTEGER PRIMARY KEY, fp TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS copies_fp ON copies(fp)",
    _BODY,
)
_PRAGMAS = ("PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536")


# --- rowids ----------------------------------------------------------------------------


def _month_day(published: Any) -> tuple[int, int]:
    """(month number since FIRST_YEAR, 1-based; day of month) of an ISO date, or (0, 0)."""
    if not published or not isinstance(published, str):
        return 0, 0
    m = _DATE_RE.match(published)
    if not m:
        return 0, 0
    y, mo, d = int(m[1]), int(m[2]), int(m[3])
    if not (FIRST_YEAR <= y < LAST_YEAR and 1 <= mo <= 12 and 1 <= d <= 31):
        return 0, 0
    return (y - FIRST_YEAR) * 12 + mo, d


def _month_label(month: int) -> str:
    y, m = divmod(month - 1, 12)
    return f"{y + FIRST_YEAR:04d}-{m + 1:02d}"


def _day_start(month: int, day: int) -> int:
    return (month << MONTH_SHIFT) | ((day - 1) << DAY_SHIFT)


def _day_end(month: int, day: int) -> int:
    return _day_start(month, day) | ((1 << DAY_SHIFT) - 1)


def _date_bounds(since: date | None, until: date | None) -> tuple[int | None, int | None]:
    """Rowid range of the documents published since..until (inclusive, the local date as
    published); any date filter leaves out undated documents (month 0)."""
    if since is None and until is None:
        return None, None
    lo, hi = 1 << MONTH_SHIFT, None
    if since is not None:
        if since.year >= LAST_YEAR:
            lo = (1 << 62)
        elif since.year >= FIRST_YEAR:
            lo = _day_start(*_month_day(since.isoformat()))
    if until is not None:
        if until.year < FIRST_YEAR:
            hi = 0
        elif until.year < LAST_YEAR:
            hi = _day_end(*_month_day(until.isoformat()))
    return lo, hi


def _stats_key(rowid: int) -> int:
    """(month, pair) of a rowid as one number: what facets count."""
    return ((rowid >> MONTH_SHIFT) << PAIR_BITS) | (rowid & PAIR_MASK)



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
def _parse(text: str) -> syntax.ParsedQuery:
    return syntax.parse_query(text, analysis.load_abbreviations())


@lru_cache(maxsize=1024)
def _match_expr(parsed: syntax.ParsedQuery, boosts: bool = False) -> str:
    """The FTS5 MATCH expression of a parsed query (terms only, no filters).

    Terms are ANDed; a term is the OR of its spellings. With `boosts`, for ranking, extra
    branches ride along without changing which documents match: a one-word term becomes
    ("ha" OR "hà" OR "ha+nam"), each extra branch implying the word; a phrase P becomes
    (P AND (its exact words... OR p)) where the token p is implied by P. bm25 scores every
    branch a document has, so exact spellings and adjacent words rank higher. Counting
    uses the plain expression: fewer doclists to merge."""
    extra: dict[int, list[str]] = {}
    if boosts:
        for p in parsed.pairs:  # words typed next to each other rank higher when adjacent
            extra.setdefault(p.term, []).append(_q(analysis.pair_token(*p.folded)))
    parts = []
    for i, term in enumerate(parsed.terms):
        first = _alt_expr(term.alternatives[0])
        exact = ([_q(analysis.exact_token(w)) for w in dict.fromkeys(term.exact)]
                 if boosts and parsed.accented else [])
        if len(term.alternatives[0]) == 1:
            first = _or([first, *exact, *extra.get(i, [])])
        elif exact:
            implied = _q(analysis.pair_token(*term.alternatives[0][:2]))
            first = f"({first} AND {_or([*exact, implied])})"
        parts.append(_or([first, *(_alt_expr(alt) for alt in term.alternatives[1:])]))
    if not parsed.excluded:
        return " AND ".join(parts)
    # FTS5's NOT is binary: (what to find, or every document) NOT (any excluded spelling)
    left_out = _or([_alt_expr(alt) for t in parsed.excluded for alt in t.alternatives])
    return f"({' AND '.join(parts) if parts else _q(ALL_TAG)}) NOT {left_out}"


# --- the index -------------------------------------------------------------------------


class EmbeddedIndex:
    """Search backend on one SQLite file (":memory:" for a throwaway index).

    Safe to share between threads; several processes may open the same file (WAL): the
    crawl writes while others search. On a file, every thread that searches reads through
    its own connection, so one slow search never holds up another (":memory:" has only one
    connection: its searches take turns)."""

    def __init__(self, path: str | Path, *, timeout: float = 30.0, parallel: bool | None = None):
        self.path = str(path)
        self._memory = self.path == ":memory:" or self.path.startswith("file::memory:")
        if not self._memory:
            Path(self.path).parent.mkdir(parents=True, exist_ok=True)
        self._timeout = timeout
        self._lock = threading.RLock()
        self._labels: dict[tuple[str, str], int] = {}
        self._pairs: dict[int, tuple[str | None, str | None, str | None]] = {}
        self._data_version = None
        self._cache: dict[tuple, tuple] = {}
        self._cache_lock = threading.Lock()
        # counting on a second connection needs a file both connections see
        self._parallel = (not self._memory) if parallel is None else (parallel and not self._memory)
        self._pool: ThreadPoolExecutor | None = None
        self._local = threading.local()  # .db: this thread's read connection; .version: its data_version
        self._readers: dict[threading.Thread, sqlite3.Connection] = {}  # every thread's, to close
        self._db: sqlite3.Connection | None = self._connect(main=True)
        with self._write() as db:
            for statement in _SCHEMA:
                db.execute(statement)
            version = db.execute("SELECT value FROM meta WHERE key='schema'").fetchone()
            if version is None:
                db.execute("INSERT INTO meta VALUES('schema', ?)", (SCHEMA_VERSION,))
        if version is not None and str(version[0]) != str(SCHEMA_VERSION):
            self._rebuild()

    def _rebuild(self) -> None:
        """Re-index every stored document (the file was built by another SCHEMA_VERSION)."""
        with self._write() as db:
            db.execute("DROP TABLE IF EXISTS old_docs")
            db.execute("DROP INDEX IF EXISTS docs_id")
            db.execute("DROP INDEX IF EXISTS docs_fp")
            db.execute("ALTER TABLE docs RENAME TO old_docs")
            for table in ("body", "keys", "stats", "copies"):
                db.execute(f"DROP TABLE IF EXISTS {table}")
            db.execute("DELETE FROM labels")
            self._labels.clear()
            self._pairs.clear()
            for statement in _SCHEMA:
                db.execute(statement)
            db.execute("UPDATE meta SET value=? WHERE key='schema'", (SCHEMA_VERSION,))
            cur = db.execute(f"SELECT id, {', '.join(_STORED)} FROM old_docs")
            while batch := cur.fetchmany(500):
                self._index(db, ({"id": r[0], **dict(zip(_STORED, r[1:]))} for r in batch))
            db.execute("DROP TABLE old_docs")

    def _connect(self, main: bool) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=self._timeout, check_same_thread=False,
                             isolation_level=None, cached_statements=256)
        if not self._memory:
            if main:
                db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA mmap_size=2000000000")
        for pragma in _PRAGMAS:
            db.execute(pragma)
        db.execute(f"PRAGMA busy_timeout={int(self._timeout * 1000)}")
        return db

    # -- plumbing --

    class _Tx:
        def __init__(self, index: EmbeddedIndex):
            self.index = index

        def __enter__(self) -> sqlite3.Connection:
            self.index._lock.acquire()
            try:
                db = self.index._conn()
                db.execute("BEGIN IMMEDIATE")
                self.index._refresh()  # another process may have renumbered labels (clear)
            except BaseException:
                self.index._lock.release()
                raise
            return db

        def __exit__(self, exc_type, exc, tb):
            ix = self.index
            try:
                ix._db.execute("ROLLBACK" if exc_type else "COMMIT")
            finally:
                if exc_type:  # labels made in the transaction are gone
                    ix._labels.clear()
                    ix._pairs.clear()
                ix._cache.clear()
                ix._lock.release()
            return False

    def _write(self) -> EmbeddedIndex._Tx:
        return EmbeddedIndex._Tx(self)

    def __enter__(self) -> EmbeddedIndex:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        with self._lock:
            if self._pool is not None:
                self._pool.shutdown(wait=True)
                self._pool = None
            for conn in (*self._readers.values(), self._db):
                if conn is not None:
                    conn.close()
            self._readers.clear()
            self._db = None

    def _conn(self) -> sqlite3.Connection:
        if self._db is None:
            raise RuntimeError("the search index is closed")
        return self._db

    @contextmanager
    def _reading(self) -> Iterator[sqlite3.Connection]:
        """The connection a search reads from: this thread's own on a file; on ":memory:"
        the one connection, under the lock. Caches are dropped when the file changed."""
        if self._memory:
            with self._lock:
                self._refresh()
                yield self._conn()
            return
        db = self._read_conn()
        v = db.execute("PRAGMA data_version").fetchone()[0]
        if v != getattr(self._local, "version", None):  # written by another connection since
            self._labels.clear()
            self._pairs.clear()
            self._cache.clear()
            self._local.version = v
        yield db

    def _read_conn(self) -> sqlite3.Connection:
        self._conn()  # not closed
        db = getattr(self._local, "db", None)
        if db is None:
            db = self._local.db = self._connect(main=False)
            with self._lock:
                for gone in [t for t in self._readers if not t.is_alive()]:  # threads that ended
                    self._readers.pop(gone).close()
                self._readers[threading.current_thread()] = db
        return db

    def _refresh(self) -> None:
        """Forget cached labels and counts when another connection changed the file."""
        if self._memory:
            return
        v = self._conn().execute("PRAGMA data_version").fetchone()[0]
        if v != self._data_version:
            self._labels.clear()
            self._pairs.clear()
            self._cache.clear()
            self._data_version = v

    def _label(self, kind: str, value: str, create: bool = False,
               db: sqlite3.Connection | None = None) -> int | None:
        key = (kind, value)
        code = self._labels.get(key)
        if code is not None:
            return code
        db = db or self._conn()
        row = db.execute("SELECT code FROM labels WHERE kind=? AND value=?", key).fetchone()
        if row is None:
            if not create:
                return None
            code = db.execute("SELECT coalesce(max(code), 0) + 1 FROM labels WHERE kind=?", (kind,)).fetchone()[0]
            db.execute("INSERT INTO labels VALUES(?, ?, ?)", (kind, value, code))
        else:
            code = row[0]
        self._labels[key] = code
        return code

    def _pair_code(self, province: str | None, today: str | None, site: str | None) -> int:
        """The number of a (province, province today, site) triple: a portal publishes under
        its province, so there are about as many as portals."""
        code = self._label("pair", f"{province or ''}\t{today or ''}\t{site or ''}", create=True)
        return code if code <= PAIR_MASK else 0  # 0: read the triple from docs (never in practice)

    def _pair(self, code: int, db: sqlite3.Connection | None = None) -> tuple[str | None, str | None, str | None]:
        if code not in self._pairs:
            for value, c in (db or self._conn()).execute("SELECT value, code FROM labels WHERE kind='pair'"):
                p, t, site = value.split("\t")
                self._pairs[c] = (p or None, t or None, site or None)
        return self._pairs.get(code, (None, None, None))

    # -- writing --

    def _fts_values(self, row: dict, copy: bool = False) -> tuple:
        tags = [ALL_TAG, COPY_TAG] if copy else [ALL_TAG]
        for kind, field in (("p", "province"), ("t", "province_today"), ("s", "site")):
            if row.get(field):
                tags.append(f"${kind}{self._label(kind, row[field], create=True)}")
        return (analysis.index_tokens(row.get("title")), analysis.index_tokens(row.get("doc_number")),
                analysis.index_tokens(row.get("text")), analysis.index_tokens(row.get("attachments_text")),
                " ".join(tags))

    def _remove(self, db: sqlite3.Connection, rowid: int) -> None:
        row = db.execute(f"SELECT {', '.join(_STORED)} FROM docs WHERE rowid=?", (rowid,)).fetchone()
        if row is not None:
            copy = db.execute("SELECT 1 FROM copies WHERE k=?", (rowid,)).fetchone() is not None
            values = self._fts_values(dict(zip(_STORED, row)), copy)
            db.execute("INSERT INTO body(body, rowid, t, n, b, a, tags) VALUES('delete', ?, ?, ?, ?, ?, ?)",
                       (rowid, *values))
            db.execute("DELETE FROM docs WHERE rowid=?", (rowid,))
            db.execute("DELETE FROM keys WHERE k=?", (rowid,))
            fp = row[_STORED.index("fingerprint")]
            if db.execute("DELETE FROM copies WHERE k=?", (rowid,)).rowcount:
                rest = db.execute("SELECT k FROM copies WHERE fp=?", (fp,)).fetchall()
                if len(rest) == 1:  # the last one left is no longer a copy of anything
                    self._retag(db, rest[0][0], copy=False)
                    db.execute("DELETE FROM copies WHERE k=?", rest[0])
            key = _stats_key(rowid)
            db.execute("UPDATE stats SET n = n - 1 WHERE k=?", (key,))
            db.execute("DELETE FROM stats WHERE k=? AND n <= 0", (key,))

    def _retag(self, db: sqlite3.Connection, rowid: int, copy: bool) -> None:
        """Add or drop COPY_TAG of an indexed document (contentless FTS5: delete what was
        inserted, insert again)."""
        row = dict(zip(_STORED, db.execute(f"SELECT {', '.join(_STORED)} FROM docs WHERE rowid=?", (rowid,)).fetchone()))
        db.execute("INSERT INTO body(body, rowid, t, n, b, a, tags) VALUES('delete', ?, ?, ?, ?, ?, ?)",
                   (rowid, *self._fts_values(row, not copy)))
        db.execute("INSERT INTO body(rowid, t, n, b, a, tags) VALUES(?, ?, ?, ?, ?, ?)",
                   (rowid, *self._fts_values(row, copy)))

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

    @staticmethod
    def _new_rowid(db: sqlite3.Connection, month: int, day: int, pair: int, published: Any) -> int:
        if month:
            lo, hi = _day_start(month, day), _day_end(month, day)
        else:
            lo, hi = 0, (1 << MONTH_SHIFT) - 1
        top = db.execute("SELECT max(k) FROM keys WHERE k BETWEEN ? AND ?", (lo, hi)).fetchone()[0]
        n = 0 if top is None else ((top - lo) >> N_SHIFT) + 1
        if n >= (N_MASK + 1 if month else UNDATED_MAX):
            what = f"published on {str(published)[:10]}" if month else "without a date"
            raise ValueError(f"too many articles {what} for the search index; are their dates right?")
        return lo | (n << N_SHIFT) | pair

    def index(self, documents: Iterable[dict[str, Any]]) -> int:
        """Add or replace (by `id`) documents made by search.base.to_document; returns how
        many were indexed. One transaction: all or none."""
        with self._write() as db:
            return self._index(db, documents)

    def _index(self, db: sqlite3.Connection, documents: Iterable[dict[str, Any]]) -> int:
        n = 0
        for doc in documents:
            doc_id = doc.get("id")
            if not doc_id or not isinstance(doc_id, str):
                raise ValueError(f"document without an id: {str(doc)[:200]}")
            row = self._clean(doc)
            month, day = _month_day(row["published"])
            pair = self._pair_code(row["province"], row["province_today"], row["site"])
            old = db.execute("SELECT rowid FROM docs WHERE id=?", (doc_id,)).fetchone()
            if old is not None:
                old = old[0]
                same_slot = (old & PAIR_MASK) == pair and (
                    old >> DAY_SHIFT == _day_start(month, day) >> DAY_SHIFT if month else old >> MONTH_SHIFT == 0)
                if same_slot:
                    stored = db.execute(f"SELECT {', '.join(_STORED)} FROM docs WHERE rowid=?", (old,)).fetchone()
                    if stored is not None and tuple(row[f] for f in _STORED) == tuple(stored):
                        n += 1  # unchanged
                        continue
                self._remove(db, old)
            rowid = self._new_rowid(db, month, day, pair, row["published"])
            db.execute("INSERT INTO keys(k) VALUES(?)", (rowid,))
            db.execute(f"INSERT INTO docs(rowid, id, {', '.join(_STORED)}) VALUES(?, ?{', ?' * len(_STORED)})",
                       (rowid, doc_id, *(row[f] for f in _STORED)))
            db.execute("INSERT INTO stats VALUES(?, 1) ON CONFLICT(k) DO UPDATE SET n = n + 1", (_stats_key(rowid),))
            fp = row["fingerprint"]
            others = [r[0] for r in db.execute("SELECT rowid FROM docs WHERE fingerprint=? AND rowid != ?",
                                               (fp, rowid))] if fp else []
            db.execute("INSERT INTO body(rowid, t, n, b, a, tags) VALUES(?, ?, ?, ?, ?, ?)",
                       (rowid, *self._fts_values(row, copy=bool(others))))
            if others:  # a syndicated copy: it, and the first copy if it was alone so far
                for other in others:
                    if db.execute("INSERT OR IGNORE INTO copies VALUES(?, ?)", (other, fp)).rowcount:
                        self._retag(db, other, copy=True)
                db.execute("INSERT INTO copies VALUES(?, ?)", (rowid, fp))
            n += 1
        return n

    def delete(self, ids: Iterable[str]) -> None:
        if isinstance(ids, str):
            ids = [ids]
        with self._write() as db:
            for doc_id in ids:
                row = db.execute("SELECT rowid FROM docs WHERE id=?", (doc_id,)).fetchone()
                if row is not None:
                    self._remove(db, row[0])

    def synced_seq(self) -> int:
        """The archive revision this index holds everything up to (0: none)."""
        with self._lock:
            row = self._conn().execute("SELECT value FROM meta WHERE key=?", (SYNC_KEY,)).fetchone()
        return int(row[0]) if row else 0

    def set_synced_seq(self, seq: int) -> None:
        with self._write() as db:
            db.execute("INSERT OR REPLACE INTO meta VALUES(?, ?)", (SYNC_KEY, int(seq)))

    def replace_with(self, path: str | Path) -> None:
        """Replace this whole index by the one in the file `path`, in one transaction (SQLite's
        backup): every connection, in any process, answers from the old index until it commits
        and from the new one after. The file is not swapped, so no reader is left on a
        deleted one (`lmhtx serve` follows `lmhtx reindex`)."""
        source = sqlite3.connect(str(path))
        try:
            with self._lock:
                source.backup(self._conn())
                self._labels.clear()
                self._pairs.clear()
                self._cache.clear()
                if not self._memory:  # the copy went through the WAL: move it into the file
                    self._conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            source.close()

    def clear(self) -> None:
        """Remove every document."""
        with self._write() as db:
            db.execute("DELETE FROM meta WHERE key=?", (SYNC_KEY,))
            db.execute("DELETE FROM keys")
            db.execute("DELETE FROM docs")
            db.execute("DELETE FROM stats")
            db.execute("DELETE FROM copies")
            db.execute("DELETE FROM labels")
            self._labels.clear()
            self._pairs.clear()
            db.execute("INSERT INTO body(body) VALUES('delete-all')")

    def optimize(self) -> None:
        """Merge the FTS segments into one (after a bulk load: searches get faster)."""
        with self._write() as db:
            db.execute("INSERT INTO body(body) VALUES('optimize')")
        if not self._memory:
            with self._lock:  # the merge rewrote the index into the WAL: move it into the file
                self._conn().execute("PRAGMA wal_checkpoint(TRUNCATE)")

    def drop_caches(self) -> None:
        """Forget cached totals, facets and parsed queries (benchmarks measure cold searches)."""
        with self._lock:
            self._cache.clear()
        _parse.cache_clear()
        _match_expr.cache_clear()

    def count(self) -> int:
        with self._reading() as db:
            return db.execute("SELECT count(*) FROM keys").fetchone()[0]

    def get(self, doc_id: str) -> dict[str, Any] | None:
        """The stored document with this id (as indexed), or None."""
        with self._reading() as db:
            row = db.execute(
                f"SELECT {', '.join(_STORED)} FROM docs WHERE id=?", (doc_id,)).fetchone()
        return None if row is None else {"id": doc_id, **dict(zip(_STORED, row))}

    # -- searching --

    def search(self, query: Query, budget: Budget | None = None) -> Results:
        """Results of `query`; with a `budget`, the search stops when it says so and answers
        with what it has (`partial`, and a notice why)."""
        t0 = time.perf_counter()
        validate_query(query)
        query, dropped = limit_terms(query)
        parsed = _parse(query.text)
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
                tags.append(_q(f"${kind}{code}"))
        lo, hi = _date_bounds(as_day(query.since), as_day(query.until))
        terms = _match_expr(parsed) if parsed.has_conditions else ""
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
            rank_args[0] = " AND ".join([f"({_match_expr(parsed, boosts=True)})"] + tags)

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
                    with _bounded(db, budget):
                        counted = self._count(db, source, cond, args, query.facets, everything)
                except sqlite3.OperationalError as exc:
                    stopped = _interrupted(exc)
        offset = (query.page - 1) * query.size
        copies: dict[int, str] = {}  # matched copies of articles matched more than once: rowid -> fingerprint
        ranked: list[tuple[int, float | None]]
        by_score = bool(parsed) and query.sort == "relevance"

        def listed(start: int, n: int) -> list[tuple[int, float | None]]:
            if by_score:
                return self._rank(db, cond, args, rank_args, start, n)
            rows = db.execute(f"SELECT rowid FROM {source}{cond} ORDER BY rowid DESC LIMIT ? OFFSET ?",
                              (*args, n, start)).fetchall()
            return [(r[0], None) for r in rows]

        try:
            try:
                with _bounded(db, budget):
                    if query.group:  # the other copies of a syndicated article are not results of their own
                        copies_key = ("copies", source, cond, tuple(args))
                        cached = self._cache.get(copies_key)  # paging and instant search ask again
                        if cached is None:
                            cached = (self._matched_copies(db, source, where, args),)
                            with self._cache_lock:
                                while len(self._cache) >= FACET_CACHE_SIZE:
                                    self._cache.pop(next(iter(self._cache)), None)
                                self._cache[copies_key] = cached
                        copies = cached[0]
                    ranked = listed(offset, query.size) if not copies else self._first_of_each(
                        listed, copies, offset, query.size)
            except sqlite3.OperationalError as exc:
                stopped = _interrupted(exc)
                ranked = []
                if by_score and budget is not None and budget.expired():
                    ranked = self._newest(db, source, cond, args, offset, query.size, budget.grace(GRACE_SECONDS))
                    if ranked:
                        fallback = NEWEST_NOTICE
            hits = self._hits(db, ranked, parsed, budget, with_copies=query.group, highlight=query.highlight)
        finally:
            if future is not None:
                try:
                    counted = future.result()
                except sqlite3.OperationalError as exc:
                    stopped = _interrupted(exc)
        if counted is None or stopped:  # never cached: the next search may have the time
            if counted is None:
                total, by_p, by_t, by_m, by_s = len(hits), {}, {}, {}, {}
            else:  # from the cache (decoded), or counted here in time
                total, by_p, by_t, by_m, by_s = counted if not fresh else self._decode(db, source, cond, args, counted)
            return Results(total=max(total, len(hits)), hits=hits, by_province=dict(by_p),
                           by_province_today=dict(by_t), by_month=dict(by_m), by_site=dict(by_s), partial=True,
                           notices=[n for n in (budget and budget.notice(), fallback) if n])
        if fresh:  # counted here (another thread may have cached the same meanwhile)
            counted = self._decode(db, source, cond, args, counted)
            with self._cache_lock:  # searches in several threads evict at once
                while len(self._cache) >= FACET_CACHE_SIZE:
                    self._cache.pop(next(iter(self._cache)), None)
                self._cache[key] = counted
        total, by_p, by_t, by_m, by_s = counted
        hidden = len(copies) - len(set(copies.values()))
        return Results(total=total - hidden, hits=hits, by_province=dict(by_p), by_province_today=dict(by_t),
                       by_month=dict(by_m), by_site=dict(by_s))

    @staticmethod
    def _first_of_each(listed: Callable[[int, int], list[tuple[int, float | None]]], copies: dict[int, str],
                       offset: int, size: int) -> list[tuple[int, float | None]]:
        """Results offset..offset+size of the listing with only the first copy of each article
        (the one that comes first in the order asked for: best score, then newest; as
        Elasticsearch's collapse picks it). Reads the listing from the start, a few more rows
        than needed, more if copies took their place."""
        hidden = len(copies) - len(set(copies.values()))
        want = offset + size
        n = want + min(hidden, max(size, 20))
        while True:
            rows = listed(0, n)
            out: list[tuple[int, float | None]] = []
            seen: set[str] = set()
            for row in rows:
                fp = copies.get(row[0])
                if fp is not None:
                    if fp in seen:
                        continue
                    seen.add(fp)
                out.append(row)
                if len(out) == want:
                    return out[offset:]
            if len(rows) < n or n >= want + hidden:  # the end of the matches
                return out[offset:]
            n = min(want + hidden, n * 2)

    def _matched_copies(self, db, source: str, where: list[str], args: list) -> dict[int, str]:
        """rowid -> fingerprint of the matched documents whose article is matched more than
        once (syndicated copies). One scan of "(query) AND $d", never a join or a MATCH with
        `rowid IN (...)` (FTS5 runs the whole query again for each rowid: 25 s at 100,000)."""
        if source == "body":
            match_args = list(args)
            match_args[0] = f"({args[0]}) AND {_q(COPY_TAG)}"
            matched = [r[0] for r in db.execute(f"SELECT rowid FROM body WHERE {' AND '.join(where)}", match_args)]
        else:
            matched = [r[0] for r in db.execute(
                "SELECT k FROM copies" + (" WHERE " + " AND ".join(w.replace("rowid", "k") for w in where)
                                          if where else ""), args)]
        if len(matched) < 2:
            return {}
        groups: dict[str, list[int]] = {}
        for i in range(0, len(matched), 500):
            chunk = matched[i:i + 500]
            for rowid, fp in db.execute(f"SELECT k, fp FROM copies WHERE k IN ({','.join('?' * len(chunk))})", chunk):
                groups.setdefault(fp, []).append(rowid)
        return {r: fp for fp, rs in groups.items() if len(rs) > 1 for r in rs}

    def _count(self, db: sqlite3.Connection | None, source: str, cond: str, args: list, facets: bool,
               everything: str | None = None):
        """What _decode turns into the total and facets of the matches: the total; or one
        (month, pair) key per match, as "k,k,..." (counting them in Python is twice as fast
        as a GROUP BY, and is left to the main thread: C calls hold the GIL); or, when a
        query over the whole archive (`everything`: its terms) matches most of it,
        ("minus", {key: count} of the archive, keys of what it does not match)."""
        if not facets:
            return db.execute(f"SELECT count(*) FROM {source}{cond}", args).fetchone()[0]
        if not cond:  # everything: kept up to date by index() and delete()
            return dict(db.execute("SELECT k, n FROM stats").fetchall())
        key = f"((rowid >> {MONTH_SHIFT}) << {PAIR_BITS}) | (rowid & {PAIR_MASK})"
        db.execute("BEGIN")  # one snapshot for the statements below
        try:
            if everything is not None:
                matched = db.execute(f"SELECT count(*) FROM {source}{cond}", args).fetchone()[0]
                archive = dict(db.execute("SELECT k, n FROM stats").fetchall())
                if matched * 2 > sum(archive.values()):
                    rest = db.execute(f"SELECT group_concat({key}) FROM body WHERE body MATCH ?",
                                      (f'{_q(ALL_TAG)} NOT ({everything})',)).fetchone()[0]
                    return ("minus", archive, rest or "")
            return db.execute(f"SELECT group_concat({key}) FROM {source}{cond}", args).fetchone()[0] or ""
        finally:
            db.execute("COMMIT")

    def _newest(self, db, source: str, cond: str, args: list, offset: int, size: int,
                budget: Budget) -> list[tuple[int, float | None]]:
        """The newest matches (rowid order: no ranking to compute), when ranking ran out of
        time; [] when even that does not fit in `budget`."""
        try:
            with _bounded(db, budget):
                rows = db.execute(f"SELECT rowid FROM {source}{cond} ORDER BY rowid DESC LIMIT ? OFFSET ?",
                                  (*args, size, offset)).fetchall()
        except sqlite3.OperationalError as exc:
            _interrupted(exc)
            return []
        return [(r[0], None) for r in rows]

    def _count_bounded(self, budget: Budget | None, *args: Any):
        """_count in a worker thread, on its own connection, within the search's budget."""
        db = self._read_conn()
        with _bounded(db, budget):
            return self._count(db, *args)

    def _decode(self, db, source: str, cond: str, args: list, counted) -> tuple:
        """(total, by_province, by_province_today, by_month) of what _count returned."""
        if isinstance(counted, int):
            return counted, {}, {}, {}, {}
        if isinstance(counted, str):  # "k,k,k,...": one key per match
            counted = {int(k): c for k, c in Counter(counted.split(",")).items()} if counted else {}
        elif isinstance(counted, tuple):  # the archive minus what the query does not match
            _, counted, rest = counted
            for k, c in (Counter(rest.split(",")) if rest else {}).items():
                counted[int(k)] -= c
        months: dict[int, int] = {}
        pairs: dict[int, int] = {}
        for k, c in counted.items():
            if c <= 0:
                continue
            m, p = k >> PAIR_BITS, k & PAIR_MASK
            months[m] = months.get(m, 0) + c
            pairs[p] = pairs.get(p, 0) + c
        total = sum(pairs.values())
        by_p: dict[str, int] = {}
        by_t: dict[str, int] = {}
        by_s: dict[str, int] = {}

        def add(p: str | None, t: str | None, s: str | None, c: int) -> None:
            for counts, key in ((by_p, p), (by_t, t), (by_s, s)):
                if key:
                    counts[key] = counts.get(key, 0) + c

        for code, c in pairs.items():
            if code:
                add(*self._pair(code, db), c)
        if pairs.get(0):  # more than PAIR_MASK (province, today, site) triples: read those from docs
            sub = f"SELECT rowid FROM {source}{cond}{' AND' if cond else ' WHERE'} (rowid & {PAIR_MASK}) = 0"
            for p, t, s, c in db.execute(f"SELECT province, province_today, site, count(*) FROM docs "
                                         f"WHERE rowid IN ({sub}) GROUP BY 1, 2, 3", args):
                add(p, t, s, c)
        order = lambda d: dict(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))  # noqa: E731
        by_m = {_month_label(m): c for m, c in sorted(months.items(), reverse=True) if m}
        return total, order(by_p), order(by_t), by_m, order(by_s)

    def _rank(self, db, cond: str, args: list, rank_args: list, offset: int, size: int) -> list[tuple[int, float]]:
        """(rowid, score) of the matches offset..offset+size by relevance: bm25 within
        windows of RANK_WINDOW matches, newest window first (see the module doc)."""
        bm25 = f"bm25(body, {', '.join(map(str, WEIGHTS))})"

        def nth(c: str, a: list, k: int) -> int | None:  # rowid of match k (0-based), newest first
            row = db.execute(f"SELECT rowid FROM body{c} ORDER BY rowid DESC LIMIT 1 OFFSET ?", (*a, k)).fetchone()
            return None if row is None else row[0]

        window = offset // RANK_WINDOW
        upper = None
        if window:
            last = nth(cond, args, window * RANK_WINDOW - 1)
            if last is None:
                return []
            upper = last - 1
        pos = offset - window * RANK_WINDOW
        out: list[tuple[int, float]] = []
        while len(out) < size:
            c, a, ra = cond, list(args), list(rank_args)
            if upper is not None:
                c, a, ra = c + " AND rowid <= ?", a + [upper], ra + [upper]
            lower = nth(c, a, RANK_WINDOW - 1)
            if lower is not None:
                c, ra = c + " AND rowid >= ?", ra + [lower]
            rows = db.execute(f"SELECT rowid, {bm25} AS s FROM body{c} ORDER BY s, rowid DESC LIMIT ? OFFSET ?",
                              (*ra, size - len(out), pos)).fetchall()
            out += [(r, -s) for r, s in rows]
            if lower is None:
                break
            pos, upper = 0, lower - 1
        return out

    def _hits(self, db, ranked: list[tuple[int, float | None]], parsed: syntax.ParsedQuery,
              budget: Budget | None = None, with_copies: bool = True, highlight: bool = True) -> list[Hit]:
        """The hits of `ranked`, with snippets and highlights; once the budget ran out the rest
        get the text's beginning, unmarked (matching long texts is Python work: it holds the GIL).
        Without `highlight`: no snippet and the title only escaped (most of an export's cost)."""
        if not ranked:
            return []
        ids = [r for r, _ in ranked]
        rows = {r[0]: r[1:] for r in db.execute(
            f"SELECT rowid, id, url, title, site, province, province_today, published, doc_number, "
            f"{'text' if highlight else NULL_TEXT}, "
            f"rowid IN (SELECT k FROM copies) FROM docs WHERE rowid IN ({','.join('?' * len(ids))})", ids)}
        hits = []
        for rowid, score in ranked:
            row = rows.get(rowid)
            if row is None:
                continue
            doc_id, url, title, site, province, today, published, doc_number, text, syndicated = row
            if not highlight:
                hits.append(Hit(id=doc_id, url=url, title=title, site=site, province=province, province_today=today,
                                published=published, snippet="", title_html=snippets.escape_html(title or ""),
                                doc_number=doc_number, score=score,
                                copies=self._copies(db, rowid) if syndicated and with_copies else []))
                continue
            if budget is not None and budget.stop():
                parsed = _parse("")
            snippet = snippets.snippet(text or "", parsed, SNIPPET_CHARS)
            if parsed and "<mark>" not in snippet:  # matched elsewhere: the attachments?
                attach = db.execute("SELECT attachments_text FROM docs WHERE rowid=?", (rowid,)).fetchone()[0]
                if attach:
                    alt = snippets.snippet(attach, parsed, SNIPPET_CHARS)
                    if "<mark>" in alt:
                        snippet = alt
            hits.append(Hit(id=doc_id, url=url, title=title, site=site, province=province,
                            province_today=today, published=published, snippet=snippet,
                            title_html=snippets.highlight(title or "", parsed), doc_number=doc_number,
                            score=score, copies=self._copies(db, rowid) if syndicated and with_copies else []))
        return hits

    @staticmethod
    def _copies(db, rowid: int) -> list[dict[str, Any]]:
        """The other copies of a syndicated article, wherever they are (not only the matched
        ones): first published first."""
        rows = db.execute("SELECT d.id, d.url, d.site, d.published FROM copies c JOIN docs d ON d.rowid = c.k "
                          "WHERE c.fp = (SELECT fp FROM copies WHERE k=?) AND c.k != ?", (rowid, rowid)).fetchall()
        copies = [{"id": i, "url": u, "site": s, "published": p} for i, u, s, p in rows]
        return sorted(copies, key=lambda c: (c["published"] is None, c["published"] or "", c["id"]))

# --- the time budget -------------------------------------------------------------------


@contextmanager
def _bounded(db: sqlite3.Connection, budget: Budget | None) -> Iterator[None]:
    """Statements on `db` in this block are interrupted (OperationalError "interrupted")
    once `budget.stop()` says so: SQLite asks every PROGRESS_STEPS steps."""
    if budget is None:
        yield
        return
    db.set_progress_handler(budget.stop, PROGRESS_STEPS)
    try:
        yield
    finally:
        db.set_progress_handler(None, 0)
        if db.in_transaction:  # an interrupted read (counting opens one): end it
            db.execute("ROLLBACK")


def _interrupted(exc: sqlite3.OperationalError) -> bool:
    """True for the budget's interruption; anything else is raised again."""
    if "interrupt" not in str(exc):
        raise exc
    return True
