"""Writing the embedded index: a document in (its rowid, its stored row, its FTS5 tokens and tags,
the per-(month, pair) counts), replaced or removed, syndicated copies tagged as copies while there
is more than one; and the whole-index writes (the sync sequence, clear, optimize, replace)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from .. import analysis
from .rowids import (
    DAY_SHIFT,
    MONTH_SHIFT,
    N_MASK,
    N_SHIFT,
    PAIR_MASK,
    UNDATED_MAX,
    day_end,
    day_start,
    month_day,
    stats_key,
)
from .schema import ALL_TAG, COPY_TAG, STORED, SYNC_KEY
from .store import Store


class Writing(Store):
    """The writes of EmbeddedIndex; each public one is one transaction."""

    def _fts_values(self, row: dict, copy: bool = False) -> tuple:
        tags = [ALL_TAG, COPY_TAG] if copy else [ALL_TAG]
        for kind, field in (("p", "province"), ("t", "province_today"), ("s", "site")):
            if row.get(field):
                tags.append(f"${kind}{self._label(kind, row[field], create=True)}")
        return (analysis.index_tokens(row.get("title")), analysis.index_tokens(row.get("doc_number")),
                analysis.index_tokens(row.get("text")), analysis.index_tokens(row.get("attachments_text")),
                " ".join(tags))

    def _remove(self, db: sqlite3.Connection, rowid: int) -> None:
        row = db.execute(f"SELECT {', '.join(STORED)} FROM docs WHERE rowid=?", (rowid,)).fetchone()
        if row is not None:
            copy = db.execute("SELECT 1 FROM copies WHERE k=?", (rowid,)).fetchone() is not None
            values = self._fts_values(dict(zip(STORED, row)), copy)
            db.execute("INSERT INTO body(body, rowid, t, n, b, a, tags) VALUES('delete', ?, ?, ?, ?, ?, ?)",
                       (rowid, *values))
            db.execute("DELETE FROM docs WHERE rowid=?", (rowid,))
            db.execute("DELETE FROM keys WHERE k=?", (rowid,))
            fp = row[STORED.index("fingerprint")]
            if db.execute("DELETE FROM copies WHERE k=?", (rowid,)).rowcount:
                rest = db.execute("SELECT k FROM copies WHERE fp=?", (fp,)).fetchall()
                if len(rest) == 1:  # the last one left is no longer a copy of anything
                    self._retag(db, rest[0][0], copy=False)
                    db.execute("DELETE FROM copies WHERE k=?", rest[0])
            key = stats_key(rowid)
            db.execute("UPDATE stats SET n = n - 1 WHERE k=?", (key,))
            db.execute("DELETE FROM stats WHERE k=? AND n <= 0", (key,))

    def _retag(self, db: sqlite3.Connection, rowid: int, copy: bool) -> None:
        """Add or drop COPY_TAG of an indexed document (contentless FTS5: delete what was
        inserted, insert again)."""
        row = dict(zip(STORED, db.execute(f"SELECT {', '.join(STORED)} FROM docs WHERE rowid=?", (rowid,)).fetchone()))
        db.execute("INSERT INTO body(body, rowid, t, n, b, a, tags) VALUES('delete', ?, ?, ?, ?, ?, ?)",
                   (rowid, *self._fts_values(row, not copy)))
        db.execute("INSERT INTO body(rowid, t, n, b, a, tags) VALUES(?, ?, ?, ?, ?, ?)",
                   (rowid, *self._fts_values(row, copy)))

    @staticmethod
    def _clean(doc: dict[str, Any]) -> dict[str, Any]:
        row = {}
        for f in STORED:
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
            lo, hi = day_start(month, day), day_end(month, day)
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
            month, day = month_day(row["published"])
            pair = self._pair_code(row["province"], row["province_today"], row["site"])
            old = db.execute("SELECT rowid FROM docs WHERE id=?", (doc_id,)).fetchone()
            if old is not None:
                old = old[0]
                same_slot = (old & PAIR_MASK) == pair and (
                    old >> DAY_SHIFT == day_start(month, day) >> DAY_SHIFT if month else old >> MONTH_SHIFT == 0)
                if same_slot:
                    stored = db.execute(f"SELECT {', '.join(STORED)} FROM docs WHERE rowid=?", (old,)).fetchone()
                    if stored is not None and tuple(row[f] for f in STORED) == tuple(stored):
                        n += 1  # unchanged
                        continue
                self._remove(db, old)
            rowid = self._new_rowid(db, month, day, pair, row["published"])
            db.execute("INSERT INTO keys(k) VALUES(?)", (rowid,))
            db.execute(f"INSERT INTO docs(rowid, id, {', '.join(STORED)}) VALUES(?, ?{', ?' * len(STORED)})",
                       (rowid, doc_id, *(row[f] for f in STORED)))
            db.execute("INSERT INTO stats VALUES(?, 1) ON CONFLICT(k) DO UPDATE SET n = n + 1", (stats_key(rowid),))
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

