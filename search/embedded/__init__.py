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

Where each part lives:
    schema.py     the tables, the stored fields, the tags
    rowids.py     the rowid layout: dates and (province, today, site) pairs in a number
    store.py      the file (SCHEMA_VERSION, rebuild) and its connections, transactions,
                  caches and labels
    writing.py    documents in, replaced and out; syndicated copies tagged
    matching.py   a query's text as an FTS5 MATCH expression
    searching.py  a Query answered: filters, then counting.py (totals, facets),
                  ordering.py (rank windows, newest, copies grouped), hits.py (snippets),
                  all within budget.py (the time budget as SQLite's progress handler)
"""

from __future__ import annotations

from .matching import quote as _q  # the name tests use for an FTS5 string
from .schema import ALL_TAG, COPY_TAG, SYNC_KEY
from .searching import Searching
from .writing import Writing

__all__ = ["ALL_TAG", "COPY_TAG", "SYNC_KEY", "EmbeddedIndex", "_q"]


class EmbeddedIndex(Writing, Searching):
    """Search backend on one SQLite file (":memory:" for a throwaway index).

    Safe to share between threads; several processes may open the same file (WAL): the
    crawl writes while others search. On a file, every thread that searches reads through
    its own connection, so one slow search never holds up another (":memory:" has only one
    connection: its searches take turns)."""
