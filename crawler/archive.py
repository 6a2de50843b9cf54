"""The archive of record: every article the crawl kept, its earlier versions, one row per
crawl run, and where its raw response sits in the WARC files.

SQLite in WAL mode, one commit per article: a crawl killed mid-run keeps everything
already extracted. Search indexes are derived from this archive and can be rebuilt
from it (`lmhtx reindex`), and the archive itself from the WARC files (`lmhtx reextract`).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import sqlite3
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

from . import settings as defaults
from .dates import TZ
from .profile import SiteProfile
from .stats import prefixed, site_key
from .urls import url_key

SCHEMA = """
CREATE TABLE IF NOT EXISTS articles (
    id TEXT PRIMARY KEY,
    canonical_url TEXT NOT NULL,
    site TEXT NOT NULL,
    province TEXT,
    province_today TEXT,
    published TEXT,
    title TEXT NOT NULL,
    content_hash TEXT NOT NULL,
    fingerprint TEXT,
    item TEXT NOT NULL,              -- the latest item, JSON
    revisions INTEGER NOT NULL DEFAULT 1,
    first_seen TEXT NOT NULL,
    last_seen TEXT NOT NULL,
    first_run INTEGER,
    last_run INTEGER,
    listing_date TEXT,               -- what the listing showed beside the link, for re-extraction
    warc_file TEXT,
    warc_offset INTEGER
);
CREATE INDEX IF NOT EXISTS articles_site ON articles(site);
CREATE INDEX IF NOT EXISTS articles_province ON articles(province);
CREATE INDEX IF NOT EXISTS articles_province_today ON articles(province_today);
CREATE INDEX IF NOT EXISTS articles_published ON articles(published);
CREATE INDEX IF NOT EXISTS articles_fingerprint ON articles(fingerprint);
CREATE INDEX IF NOT EXISTS articles_first_run ON articles(first_run);
CREATE INDEX IF NOT EXISTS articles_province_published ON articles(province, province_today, published);
CREATE TABLE IF NOT EXISTS versions (
    article_id TEXT NOT NULL,
    revision INTEGER NOT NULL,
    content_hash TEXT NOT NULL,
    seen_at TEXT NOT NULL,
    item TEXT NOT NULL,
    PRIMARY KEY (article_id, revision)
);
CREATE TABLE IF NOT EXISTS runs (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    started_at TEXT NOT NULL,
    finished_at TEXT,
    status TEXT NOT NULL,            -- running | finished | failed
    reason TEXT,
    sites TEXT,
    registry TEXT,                   -- the registry file the run used (its rules re-extract the pages)
    new_articles INTEGER DEFAULT 0,
    changed_articles INTEGER DEFAULT 0,
    stats TEXT
);
-- Every page the crawl has seen that it need not fetch again (articles, and pages that are
-- not articles or are gone), by URL key: what the incremental crawl skips. Listings are not
-- kept here: they are read on every run.
CREATE TABLE IF NOT EXISTS pages (
    key TEXT PRIMARY KEY,
    site TEXT NOT NULL,
    kind TEXT NOT NULL,              -- article | page | stub | gallery | gone | ...
    published TEXT,                  -- articles: the publication date (the re-check window)
    last_seen TEXT NOT NULL
);
-- Article addresses whose fetch failed (5xx after retries, timeout, connection error):
-- tried again on later nights with backoff, whichever page links them, until given up.
CREATE TABLE IF NOT EXISTS failed (
    key TEXT PRIMARY KEY,
    url TEXT NOT NULL,
    site TEXT NOT NULL,
    tries INTEGER NOT NULL,          -- failed fetches so far, one per night at most
    last_failed TEXT NOT NULL,
    next_try TEXT,                   -- the day (YYYY-MM-DD) it is due again; NULL: given up
    error TEXT
);
-- Searches staff follow (app/web/saved.py): a name and the search's filters as JSON
-- (app.monitoring.saved.query_fields). No owner yet: when staff log in, a nullable `user`
-- column is added through MIGRATIONS and the queries below take it as a filter.
CREATE TABLE IF NOT EXISTS saved_searches (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    query TEXT NOT NULL,
    created TEXT NOT NULL
);
-- The new articles each saved search matched after a nightly run (found), and each alert
-- channel that was told (saved_sent): an article reaches a channel once per search, and a
-- syndicated copy of it (the same fingerprint) is not recorded again.
CREATE TABLE IF NOT EXISTS saved_matches (
    search_id INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    fingerprint TEXT,
    run_id INTEGER,
    found TEXT NOT NULL,
    PRIMARY KEY (search_id, article_id)
);
CREATE INDEX IF NOT EXISTS saved_matches_fingerprint ON saved_matches(search_id, fingerprint);
CREATE TABLE IF NOT EXISTS saved_sent (
    search_id INTEGER NOT NULL,
    article_id TEXT NOT NULL,
    channel TEXT NOT NULL,
    sent TEXT NOT NULL,
    PRIMARY KEY (search_id, article_id, channel)
);
-- Each site's template learned from its pages (crawler/profile.py), JSON.
CREATE TABLE IF NOT EXISTS profiles (
    site TEXT PRIMARY KEY,
    data TEXT NOT NULL,
    pages INTEGER NOT NULL,
    updated TEXT NOT NULL
);
"""
# Columns added after the first release: (table, column, declaration).
MIGRATIONS = [("runs", "mode", "TEXT")]
# `seq`: the archive's revision counter. Every write of an article's item gives it the next
# number (triggers, so no writer can forget), in commit order: a search index that holds
# everything up to N only needs what is above N (search/sync.py).
MIGRATIONS.append(("articles", "seq", "INTEGER"))
SEQ_SCHEMA = """
CREATE INDEX IF NOT EXISTS articles_seq ON articles(seq);
CREATE TRIGGER IF NOT EXISTS articles_seq_new AFTER INSERT ON articles BEGIN
    UPDATE articles SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM articles) WHERE rowid = NEW.rowid; END;
CREATE TRIGGER IF NOT EXISTS articles_seq_changed AFTER UPDATE OF item ON articles BEGIN
    UPDATE articles SET seq = (SELECT coalesce(max(seq), 0) + 1 FROM articles) WHERE rowid = NEW.rowid; END;
"""


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


class Archive:
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

    def _migrate(self) -> None:
        for table, column, decl in MIGRATIONS:
            columns = {r[1] for r in self.db.execute(f"PRAGMA table_info({table})")}
            if column not in columns:
                self.db.execute(f"ALTER TABLE {table} ADD COLUMN {column} {decl}")
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

    def __enter__(self) -> Archive:
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
        from .warc import read_response

        location = self.raw_location(article_id)
        if location is None or not location[0].exists():
            return None
        record = read_response(location[0], location[1])
        return (record.content_type, record.body) if record else None

    def count(self) -> int:
        return self.db.execute("SELECT COUNT(*) FROM articles").fetchone()[0]

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

    # -- pages (the incremental crawl) -------------------------------------------------
    def known_pages(self) -> Iterator[tuple[str, str, str | None, str]]:
        """(key, kind, published, last_seen) of every page the crawl need not fetch again."""
        yield from self.db.execute("SELECT key, kind, published, last_seen FROM pages")

    def saw_pages(self, rows: list[tuple[str, str, str]]) -> None:
        """Record (url, site, kind) of pages that are not articles (or are gone)."""
        now = _now()
        with self.db:
            # An article stays an article: a later 404 or a stub view does not unlearn it.
            self.db.executemany(
                "INSERT INTO pages VALUES (?,?,?,NULL,?) ON CONFLICT(key) DO UPDATE SET"
                " kind=CASE WHEN pages.kind='article' THEN pages.kind ELSE excluded.kind END,"
                " last_seen=excluded.last_seen",
                [(url_key(url), site, kind, now) for url, site, kind in rows])

    # -- failed article fetches (retried on later nights) ----------------------------------
    def failed_due(self, day: str) -> list[tuple[str, str]]:
        """(url, site) of the failed article addresses due for another try on `day`."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT url, site FROM failed WHERE next_try IS NOT NULL AND next_try <= ? ORDER BY rowid", (day,))]

    def failed_keys(self) -> set[str]:
        """URL keys of the failed addresses not given up."""
        return {r[0] for r in self.db.execute("SELECT key FROM failed WHERE next_try IS NOT NULL")}

    def remember_failed(self, url: str, site: str, error: str, *, first_days: float, limit: int) -> bool:
        """One more failed fetch of an article address: due again after first_days, then
        twice as long after each further failure; returns True when this failure is the
        `limit`-th and the address is given up."""
        now = datetime.now(TZ)
        key = url_key(url)
        with self.db:
            row = self.db.execute("SELECT tries, next_try FROM failed WHERE key = ?", (key,)).fetchone()
            if row is not None and row["next_try"] is None:
                return False  # given up already: counted then
            tries = (row["tries"] if row else 0) + 1
            due = None if tries >= limit else (now + timedelta(days=first_days * 2 ** (tries - 1))).date().isoformat()
            self.db.execute("INSERT OR REPLACE INTO failed VALUES (?,?,?,?,?,?,?)",
                            (key, url, site, tries, now.isoformat(timespec="seconds"), due, error))
        return due is None

    def forget_failed(self, url: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM failed WHERE key = ?", (url_key(url),))

    # -- saved searches (followed by staff: a feed, and an alert on new matches) ----------
    def save_search(self, name: str, query: dict[str, Any]) -> int:
        """Store a search to follow; the same search saved again keeps its row (renamed)."""
        data = json.dumps(query, ensure_ascii=False, sort_keys=True)
        with self.db:
            row = self.db.execute("SELECT id FROM saved_searches WHERE query = ?", (data,)).fetchone()
            if row:
                self.db.execute("UPDATE saved_searches SET name = ? WHERE id = ?", (name, row[0]))
                return row[0]
            return self.db.execute("INSERT INTO saved_searches (name, query, created) VALUES (?,?,?)",
                                   (name, data, _now())).lastrowid

    def saved_searches(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM saved_searches ORDER BY id").fetchall()
        return [{**dict(r), "query": json.loads(r["query"])} for r in rows]

    def delete_search(self, search_id: int) -> bool:
        with self.db:
            self.db.execute("DELETE FROM saved_sent WHERE search_id = ?", (search_id,))
            self.db.execute("DELETE FROM saved_matches WHERE search_id = ?", (search_id,))
            return self.db.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,)).rowcount > 0

    def first_archived_in(self, run_id: int, limit: int = -1) -> list[dict[str, Any]]:
        """The articles the run archived for the first time (the first `limit`; -1: all)."""
        rows = self.db.execute("SELECT * FROM articles WHERE first_run = ? ORDER BY rowid LIMIT ?",
                               (run_id, limit)).fetchall()
        return [self._article(row) for row in rows]

    def record_matches(self, search_id: int, run_id: int | None, articles: list[dict[str, Any]]) -> int:
        """Remember the articles a saved search matched; an article already recorded, or a
        copy of one (its fingerprint), is skipped. Returns how many were new."""
        added = 0
        now = _now()
        with self.db:
            for a in articles:
                fp = a.get("fingerprint") or None
                if fp and self.db.execute("SELECT 1 FROM saved_matches WHERE search_id = ? AND fingerprint = ?",
                                          (search_id, fp)).fetchone():
                    continue
                added += self.db.execute("INSERT OR IGNORE INTO saved_matches VALUES (?,?,?,?,?)",
                                         (search_id, a["id"], fp, run_id, now)).rowcount
        return added

    def unsent_matches(self, search_id: int, channel: str, since: str) -> list[dict[str, Any]]:
        """The archived articles the search matched (found at or after `since`) that `channel`
        has not been told, oldest match first."""
        rows = self.db.execute(
            "SELECT a.* FROM saved_matches m JOIN articles a ON a.id = m.article_id"
            " WHERE m.search_id = ? AND m.found >= ? AND NOT EXISTS (SELECT 1 FROM saved_sent s"
            " WHERE s.search_id = m.search_id AND s.article_id = m.article_id AND s.channel = ?)"
            " ORDER BY m.found, a.published DESC, a.id", (search_id, since, channel)).fetchall()
        return [self._article(row) for row in rows]

    def mark_sent(self, search_id: int, channel: str, article_ids: list[str]) -> None:
        now = _now()
        with self.db:
            self.db.executemany("INSERT OR IGNORE INTO saved_sent VALUES (?,?,?,?)",
                                [(search_id, aid, channel, now) for aid in article_ids])

    # -- site profiles (templates learned from the pages) --------------------------------
    def save_profile(self, profile: SiteProfile) -> None:
        data = json.dumps(profile.to_json(), ensure_ascii=False, separators=(",", ":"))
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO profiles VALUES (?,?,?,?)",
                            (profile.site, data, profile.pages, _now()))

    def load_profile(self, site: str) -> SiteProfile | None:
        row = self.db.execute("SELECT data FROM profiles WHERE site = ?", (site,)).fetchone()
        return SiteProfile.from_json(json.loads(row[0])) if row else None

    # -- runs -------------------------------------------------------------------------
    def start_run(self, sites: list[str], registry: str | None = None, mode: str | None = None) -> int:
        with self.db:
            # A run still "running" here was killed: nothing will finish it.
            self.db.execute("UPDATE runs SET status='failed', reason=COALESCE(reason, 'interrupted'),"
                            " finished_at=COALESCE(finished_at, ?) WHERE status='running'", (_now(),))
            cur = self.db.execute("INSERT INTO runs (started_at, status, sites, registry, mode)"
                                  " VALUES (?, 'running', ?, ?, ?)", (_now(), json.dumps(sites), registry, mode))
            return cur.lastrowid

    def finish_run(self, run_id: int, *, status: str, reason: str | None, stats: dict[str, Any],
                   new: int, changed: int) -> None:
        with self.db:
            self.db.execute(
                "UPDATE runs SET finished_at=?, status=?, reason=?, stats=?, new_articles=?, changed_articles=?"
                " WHERE id=?",
                (_now(), status, reason, json.dumps(stats, ensure_ascii=False, default=str), new, changed, run_id),
            )

    def sites_to_catch_up(self) -> set[str]:
        """Sites whose latest run may have left a gap: it failed (killed, crashed), ran out
        of page budget or was cut for pages or time (crawler.budget), its robots.txt could not
        be read, a listing page failed, or an article could not be archived (a `degraded` run
        otherwise crawled fully). Their next incremental run walks the listings to the end (known
        articles are still not fetched)."""
        latest: dict[str, bool] = {}
        for row in self.db.execute("SELECT sites, status, stats FROM runs WHERE status != 'running' ORDER BY id"):
            stats = json.loads(row["stats"]) if row["stats"] else {}
            for site in json.loads(row["sites"]) if row["sites"] else []:
                latest[site] = (row["status"] == "failed" or bool(stats.get(prefixed("portals/budget_exhausted", site)))
                                or stats.get(site_key(site, "cut")) in ("pages", "time")
                                or bool(stats.get(site_key(site, "robots_unavailable")))
                                or bool(stats.get(site_key(site, "listing_errors")))
                                or bool(stats.get(prefixed("archive/write_errors", site))))
        return {site for site, gap in latest.items() if gap}

    def registry_of(self, article_id: str) -> str | None:
        """The registry file of the last run that saw the article."""
        # first_run: archives whose last_run an older `reextract` blanked
        row = self.db.execute("SELECT r.registry FROM articles a JOIN runs r ON r.id = COALESCE(a.last_run, a.first_run)"
                              " WHERE a.id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def last_run_of(self, article_id: str) -> int | None:
        """The run that last saw the article (or, failing that, first archived it)."""
        row = self.db.execute("SELECT COALESCE(last_run, first_run) FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    # -- what the monitoring report and the feeds read ----------------------------------
    def latest(self, column: str | None, value: str | None, limit: int) -> list[dict[str, Any]]:
        """The `limit` newest articles (by publication date, else first seen), newest first, as
        items with id, revisions, first_seen and last_seen; of one province when `column`
        ("province" or "province_today") is given."""
        if column not in (None, "province", "province_today"):
            raise ValueError(f"not a province column: {column!r}")
        where, args = (f"WHERE {column} = ?", [value]) if column else ("", [])
        rows = self.db.execute(
            "SELECT id, item, revisions, first_seen, last_seen FROM articles " + where +
            " ORDER BY COALESCE(published, first_seen) DESC, first_seen DESC, id LIMIT ?", (*args, limit)).fetchall()
        out = []
        for row in rows:
            item = json.loads(row["item"])
            item.update(id=row["id"], revisions=row["revisions"], first_seen=row["first_seen"],
                        last_seen=row["last_seen"])
            out.append(item)
        return out

    def new_in_run(self, run_id: int) -> list[dict[str, Any]]:
        """What a run archived for the first time, briefly (id, title, url, site, province,
        province_today, published), newest published first."""
        rows = self.db.execute(
            "SELECT id, title, canonical_url AS url, site, COALESCE(province, '') AS province, province_today,"
            " published FROM articles WHERE first_run = ? ORDER BY published IS NULL, published DESC, id", (run_id,))
        return [dict(r) for r in rows]

    def province_counts(self, today: str) -> list[tuple[str, str | None, int, int, str | None]]:
        """(province, province_today, articles, dated articles, latest day published up to `today`)."""
        return [tuple(r) for r in self.db.execute(
            "SELECT COALESCE(province, ''), province_today, COUNT(*), COUNT(published),"
            " MAX(CASE WHEN substr(published, 1, 10) <= :today THEN substr(published, 1, 10) END)"
            " FROM articles GROUP BY province, province_today", {"today": today})]

    def province_days(self, since: str, today: str) -> list[tuple[str, str | None, str, int]]:
        """(province, province_today, day, articles published that day) from `since` to `today`."""
        return [tuple(r) for r in self.db.execute(
            "SELECT COALESCE(province, ''), province_today, substr(published, 1, 10), COUNT(*) FROM articles"
            " WHERE published >= :lo AND substr(published, 1, 10) <= :today GROUP BY 1, 2, 3",
            {"lo": since, "today": today})]

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [self._run(r) for r in rows]

    def run(self, run_id: int) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        return self._run(row) if row else None

    @staticmethod
    def _run(row) -> dict[str, Any]:
        return {**dict(row), "stats": json.loads(row["stats"]) if row["stats"] else None,
                "sites": json.loads(row["sites"]) if row["sites"] else []}
