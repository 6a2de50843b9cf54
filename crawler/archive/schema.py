"""The archive's tables: one SQLite schema for the store and every part of `Archive` that
reads or writes it (runs, pages, saved searches, profiles), in one place so the database's shape is
read at a glance; columns added since the first release are MIGRATIONS, applied on open."""

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
-- (what a crawl asks to join another address of an article it met on an earlier night: Store.like)
CREATE INDEX IF NOT EXISTS articles_site_content ON articles(site, content_hash);
CREATE INDEX IF NOT EXISTS articles_site_title ON articles(site, title);
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
-- column is added through MIGRATIONS and the queries of saved.py take it as a filter.
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
-- Each site's URL templates and what their pages turned out to be (crawler/urlshapes.py), JSON.
CREATE TABLE IF NOT EXISTS url_shapes (
    site TEXT PRIMARY KEY,
    data TEXT NOT NULL,
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
