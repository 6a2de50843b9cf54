"""What an embedded index file holds: its tables, the fields stored per document, and the FTS5
tags filters match. A change here needs store.SCHEMA_VERSION bumped: files on disk are rebuilt."""

from __future__ import annotations

from .. import analysis

SYNC_KEY = "archive_seq"  # meta: the archive revision the index holds everything up to (search/sync.py)
ALL_TAG = "$a"  # every document has it: "$a" NOT (query) is what a query does not match
COPY_TAG = "$d"  # a syndicated copy (in `copies`): "(query) AND $d" finds the matched copies, fast

STORED = ("url", "canonical_url", "site", "province", "province_today", "title", "text",
          "published", "author", "doc_number", "attachments_text", "fingerprint", "language",
          "fetched_at")

_BODY = f"""CREATE VIRTUAL TABLE IF NOT EXISTS body USING fts5(
    t, n, b, a, tags, content='', columnsize=1, detail=full,
    tokenize="unicode61 remove_diacritics 0 tokenchars '_{analysis.JOIN}{analysis.EXACT_MARK}$'")"""
TABLES = (
    "CREATE TABLE IF NOT EXISTS meta(key TEXT PRIMARY KEY, value) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS labels(kind TEXT NOT NULL, value TEXT NOT NULL, code INTEGER NOT NULL, "
    "PRIMARY KEY (kind, value)) WITHOUT ROWID",
    "CREATE TABLE IF NOT EXISTS keys(k INTEGER PRIMARY KEY)",
    f"CREATE TABLE IF NOT EXISTS docs(rowid INTEGER PRIMARY KEY, id TEXT NOT NULL, {', '.join(STORED)})",
    "CREATE UNIQUE INDEX IF NOT EXISTS docs_id ON docs(id)",
    "CREATE TABLE IF NOT EXISTS stats(k INTEGER PRIMARY KEY, n INTEGER NOT NULL)",
    "CREATE INDEX IF NOT EXISTS docs_fp ON docs(fingerprint) WHERE fingerprint IS NOT NULL",
    # the rowids of syndicated copies (a fingerprint more than one document has): few, so a
    # search groups them by looking at the ones it matched, not at every match
    "CREATE TABLE IF NOT EXISTS copies(k INTEGER PRIMARY KEY, fp TEXT NOT NULL)",
    "CREATE INDEX IF NOT EXISTS copies_fp ON copies(fp)",
    _BODY,
)
PRAGMAS = ("PRAGMA synchronous=NORMAL", "PRAGMA temp_store=MEMORY", "PRAGMA cache_size=-65536")
