"""The archive of record's core: opening the SQLite file (WAL, one commit per article, a damaged
file said in one line and never set aside) and its articles with their earlier versions, raw pages
and revision counter. Also the archive's identity of an article (`doc_id`) and the write errors
every writer tells apart (`damaged`, `disk_full`).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path
from typing import Any, Self

from .. import settings as defaults
from ..dates import TZ
from ..urls import url_key
from ..warc import read_response
from .schema import MIGRATIONS, SCHEMA, SEQ_SCHEMA


def default_data_dir() -> Path:
    """The data directory outside a crawl (CLI, web): $LMHTX_DATA, else the default written once
    in the Scrapy settings module."""
    return Path(os.environ.get("LMHTX_DATA") or defaults.LMHTX_DATA)


def _now() -> str:
    return datetime.now(TZ).isoformat(timespec="seconds")


def damaged(exc: sqlite3.Error) -> bool:
    """The database file is damaged (corrupt, not a database), not merely locked or full."""
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


def disk_full(exc: BaseException) -> bool:
    """A write failed for want of space (SQLite's SQLITE_FULL, or ENOSPC)."""
    if isinstance(exc, OSError):
        return exc.errno == errno.ENOSPC
    return (getattr(exc, "sqlite_errorcode", None) or 0) & 0xFF == sqlite3.SQLITE_FULL or "disk is full" in str(exc)


def doc_id(canonical_url: str) -> str:
    """The archive's id of an article, and its search document's: a re-crawl of the same
    article (any URL variant) updates it instead of adding a duplicate."""
    return hashlib.sha1(url_key(canonical_url).encode("utf-8")).hexdigest()


class ArchiveError(RuntimeError):
    """The archive file cannot be read (corrupt, not a database): one line saying what to do."""


class Store:
    """The archive file opened (schema made, migrations applied) and its articles: write, read,
    their raw pages, and the revision counter a search index catches up with. The other parts of
    `Archive` build on it."""

    def __init__(self, data_dir: str | Path | None = None):
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.path = self.data_dir / "archive.sqlite3"
        self.db = sqlite3.connect(self.path, timeout=30, check_same_thread=False)
        self.db.row_factory = sqlite3.Row
        try:
            self.db.execute("PRAGMA journal_mode=WAL")
            self.db.execute("PRAGMA synchronous=NORMAL")
            self.db.executescript(SCHEMA)
            self._migrate()
            self.db.commit()
        except sqlite3.DatabaseError as exc:
            self.db.close()
            if not damaged(exc):  # locked, a full disk: said as it is
                raise
            # The archive is the record: never set aside or rebuilt behind anyone's back.
            raise ArchiveError(f"{self.path} is damaged ({exc}); the archive was left as it is: restore it "
                               f"from a backup or recover it (`sqlite3 {self.path} .recover`); moved aside, the "
                               f"next run starts an empty archive and fetches every article again") from None

    def _columns(self, table: str) -> set[str]:
        return {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}

    def _migrate(self) -> None:
        for table, column, decl in MIGRATIONS:
            if column not in self._columns(table):
                try:
                    self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
                except sqlite3.OperationalError as exc:
                    # Another process opening the same archive (a crawl and `lmhtx search`, a
                    # test watching a crawl) added it between the look and the change.
                    if "duplicate column name" not in str(exc):
                        raise
        if self.db.execute("SELECT 1 FROM articles WHERE seq IS NULL LIMIT 1").fetchone():  # archives from before seq
            self.db.execute("UPDATE articles SET seq = rowid WHERE seq IS NULL")
        self.db.executescript(SEQ_SCHEMA)
        # Archives from before the pages table: their articles are known pages too.
        if not self.db.execute("SELECT 1 FROM pages LIMIT 1").fetchone():
            rows = self.db.execute("SELECT canonical_url, json_extract(item, '$.url'), site, published, last_seen"
                                   " FROM articles").fetchall()
            self.db.executemany("INSERT OR REPLACE INTO pages VALUES (?,?,?,?,?)",
                                [(url_key(u), site, "article", published, seen)
                                 for canonical, fetched, site, published, seen in rows
                                 for u in {canonical, fetched or canonical}])

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    # -- articles ---------------------------------------------------------------------
    def upsert(self, article_id: str, item: dict[str, Any], *, run_id: int | None = None) -> str:
        """Store an article; returns "new", "changed" (a new revision, the old text kept in
        `versions`) or "same"."""
        now = _now()
        data = json.dumps(item, ensure_ascii=False, sort_keys=True)
        row = self.db.execute("SELECT content_hash, revisions, item FROM articles WHERE id = ?", (article_id,)).fetchone()
        with self.db:
            self.db.executemany("INSERT OR REPLACE INTO pages VALUES (?,?,'article',?,?)",
                                [(url_key(u), item["site"], item.get("published"), now)
                                 for u in {item["canonical_url"], item.get("url") or item["canonical_url"]}])
            if row is None:
                self.db.execute(
                    "INSERT INTO articles (id, canonical_url, site, province, province_today, published, title,"
                    " content_hash, fingerprint, item, revisions, first_seen, last_seen, first_run, last_run)"
                    " VALUES (?,?,?,?,?,?,?,?,?,?,1,?,?,?,?)",
                    (article_id, item["canonical_url"], item["site"], item.get("province"), item.get("province_today"),
                     item.get("published"), item["title"], item["content_hash"], item.get("fingerprint"), data,
                     now, now, run_id, run_id),
                )
                self.db.execute("INSERT INTO versions VALUES (?,?,?,?,?)", (article_id, 1, item["content_hash"], now, data))
                return "new"
            if row["content_hash"] == item["content_hash"]:
                self.db.execute("UPDATE articles SET last_seen = ?, last_run = ?, item = ? WHERE id = ?",
                                (now, run_id, data, article_id))
                return "same"
            revision = row["revisions"] + 1
            self.db.execute(
                "UPDATE articles SET canonical_url=?, site=?, province=?, province_today=?, published=?, title=?,"
                " content_hash=?, fingerprint=?, item=?, revisions=?, last_seen=?, last_run=? WHERE id=?",
                (item["canonical_url"], item["site"], item.get("province"), item.get("province_today"),
                 item.get("published"), item["title"], item["content_hash"], item.get("fingerprint"), data,
                 revision, now, run_id, article_id),
            )
            self.db.execute("INSERT INTO versions VALUES (?,?,?,?,?)",
                            (article_id, revision, item["content_hash"], now, data))
            return "changed"

    def set_raw(self, article_id: str, warc_file: str, offset: int, listing_date: str | None = None) -> None:
        with self.db:
            self.db.execute("UPDATE articles SET warc_file = ?, warc_offset = ?, listing_date = ? WHERE id = ?",
                            (warc_file, offset, listing_date, article_id))

    def _article(self, row) -> dict[str, Any]:
        item = json.loads(row["item"])
        item.update(id=row["id"], revisions=row["revisions"], first_seen=row["first_seen"],
                    last_seen=row["last_seen"], has_raw=row["warc_file"] is not None)
        return item

    def get(self, article_id: str) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        return self._article(row) if row else None

    def versions(self, article_id: str) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT revision, seen_at, item FROM versions WHERE article_id = ? ORDER BY revision",
                               (article_id,)).fetchall()
        return [{"revision": r["revision"], "seen_at": r["seen_at"], **json.loads(r["item"])} for r in rows]

    def articles(self, *, site: str | None = None) -> Iterator[dict[str, Any]]:
        sql, args = "SELECT * FROM articles", tuple[str, ...]()
        if site:
            sql, args = sql + " WHERE site = ?", (site,)
        for row in self.db.execute(sql + " ORDER BY rowid", args):
            yield self._article(row)

    def raw_location(self, article_id: str) -> tuple[Path, int, str | None] | None:
        row = self.db.execute("SELECT warc_file, warc_offset, listing_date FROM articles WHERE id = ?",
                              (article_id,)).fetchone()
        if not row or row["warc_file"] is None:
            return None
        return self.data_dir / row["warc_file"], row["warc_offset"], row["listing_date"]

    def raw(self, article_id: str) -> tuple[str, bytes] | None:
        """(content type, body) of the page as it was fetched."""
        location = self.raw_location(article_id)
        if location is None or not location[0].exists():
            return None
        record = read_response(location[0], location[1])
        return (record.content_type, record.body) if record else None

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

    def like(self, site: str, *, content_hash: str, fingerprint: str | None, title: str) -> list[dict[str, Any]]:
        """The identities (canonical_url, site, content_hash, fingerprint, title, published) of
        `site`'s articles kept that may be the same article under another address: the same
        text, fingerprint or title. Whether they are is the crawl's to judge (spiders.portals)."""
        columns = "SELECT canonical_url, site, content_hash, fingerprint, title, published FROM articles"
        rows = self.db.execute(
            f"{columns} WHERE site = ? AND content_hash = ? UNION {columns} WHERE site = ? AND title = ?"
            f" UNION {columns} WHERE fingerprint = ? AND site = ?",
            (site, content_hash, site, title, fingerprint, site)).fetchall()
        return [dict(row) for row in rows]

    # -- revisions (what a search index has to catch up on) ------------------------------
    def max_seq(self) -> int:
        """The archive's latest revision number (0 when empty)."""
        return self.db.execute("SELECT coalesce(max(seq), 0) FROM articles").fetchone()[0]

    def count_since(self, seq: int) -> int:
        """Articles written after revision `seq`."""
        return self.db.execute("SELECT COUNT(*) FROM articles WHERE seq > ?", (seq,)).fetchone()[0]

    def since(self, seq: int, limit: int) -> list[tuple[int, dict[str, Any]]]:
        """(revision, article) of the first `limit` articles written after revision `seq`,
        oldest first."""
        rows = self.db.execute("SELECT * FROM articles WHERE seq > ? ORDER BY seq LIMIT ?", (seq, limit)).fetchall()
        return [(row["seq"], self._article(row)) for row in rows]
