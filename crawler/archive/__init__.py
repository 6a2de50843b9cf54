"""The archive of record: every article the crawl kept, its earlier versions, one row per
crawl run, and where its raw response sits in the WARC files.

SQLite in WAL mode, one commit per article: a crawl killed mid-run keeps everything
already extracted. Search indexes are derived from this archive and can be rebuilt
from it (`lmhtx reindex`), and the archive itself from the WARC files (`lmhtx reextract`).

One `Archive` object over one file; its parts, one module each (all share the connection):
schema.py the tables, store.py opening the file and the articles, runs.py the crawl runs,
pages.py what the incremental crawl skips or retries and the sites' learned templates,
saved.py the saved searches, queries.py what the monitoring report and the feeds read.
"""

from __future__ import annotations

from .pages import Pages
from .queries import ReportQueries
from .runs import Runs
from .saved import SavedSearches
from .schema import MIGRATIONS, SCHEMA, SEQ_SCHEMA
from .store import ArchiveError, Store, damaged, default_data_dir, disk_full, doc_id

__all__ = ["Archive", "ArchiveError", "MIGRATIONS", "SCHEMA", "SEQ_SCHEMA", "damaged", "default_data_dir",
           "disk_full", "doc_id"]


class Archive(Runs, Pages, SavedSearches, ReportQueries, Store):
    """The archive file opened: `Archive(data_dir)` (default: the data directory), a context manager."""
