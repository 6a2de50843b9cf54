"""The embedded index's file and connections: opening it (creating the tables, rebuilding a file
another SCHEMA_VERSION built: the version of schema.py's tables, rowids.py's layout and
search.analysis.index_tokens), the one write connection and its transactions, every searching
thread's own read connection, the caches a write by any process makes stale, and the labels
table that numbers provinces, sites and (province, province today, site) triples.

Writing (writing.py) and searching (searching.py) build on this; EmbeddedIndex is both."""

from __future__ import annotations

import sqlite3
import threading
from collections.abc import Iterable, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import Any, Self

from .rowids import PAIR_MASK
from .schema import PRAGMAS, STORED, TABLES

SCHEMA_VERSION = 2  # bump when index_tokens, the rowid layout or the tables change: the index is rebuilt


class Store:
    """One SQLite file (":memory:" for a throwaway index), safe to share between threads;
    several processes may open the same file (WAL)."""

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
            for statement in TABLES:
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
            for statement in TABLES:
                db.execute(statement)
            db.execute("UPDATE meta SET value=? WHERE key='schema'", (SCHEMA_VERSION,))
            cur = db.execute(f"SELECT id, {', '.join(STORED)} FROM old_docs")
            while batch := cur.fetchmany(500):
                self._index(db, ({"id": r[0], **dict(zip(STORED, r[1:]))} for r in batch))
            db.execute("DROP TABLE old_docs")

    def _index(self, db: sqlite3.Connection, documents: Iterable[dict[str, Any]]) -> int:
        """Index `documents` inside the transaction on `db`: the writer's (writing.py), which a
        rebuild needs."""
        raise NotImplementedError

    def _connect(self, main: bool) -> sqlite3.Connection:
        db = sqlite3.connect(self.path, timeout=self._timeout, check_same_thread=False,
                             isolation_level=None, cached_statements=256)
        if not self._memory:
            if main:
                db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA mmap_size=2000000000")
        for pragma in PRAGMAS:
            db.execute(pragma)
        db.execute(f"PRAGMA busy_timeout={int(self._timeout * 1000)}")
        return db

    # -- plumbing --

    class _Tx:
        def __init__(self, index: Store):
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

    def _write(self) -> Store._Tx:
        return Store._Tx(self)

    def __enter__(self) -> Self:
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
