"""Keeps a search index converged on the archive of record, and rebuilds it.

The archive numbers every article write (`seq`, crawler/archive/); an index records the
highest number it holds with nothing below it missing (`synced_seq`: the embedded index's
meta table, Elasticsearch's mapping `_meta`). `catch_up` indexes whatever the archive wrote
after that mark, oldest first, moving the mark after each batch the index took. So documents
a killed crawl still had in memory, batches Elasticsearch never got, or an index that lost
its data reach search on the next run (the pipelines call it when a crawl closes, `lmhtx
serve` when it starts). Sending a document twice is harmless: documents are upserted by id.

`rebuild` builds a new index from the whole archive and swaps it in when complete (the
caller keeps crawls out: `lmhtx reindex` holds the nightly lock), then catches up on what
was written meanwhile.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple, cast

from crawler.archive import Archive

from .base import to_document
from .config import EMBEDDED_FILE, attachments_text, elasticsearch_settings, open_backend
from .embedded import EmbeddedIndex

if TYPE_CHECKING:
    from .elastic import ElasticIndex

log = logging.getLogger(__name__)

BATCH = 500  # documents per write while catching up or rebuilding


class CatchUp(NamedTuple):
    indexed: int  # documents written by this catch-up
    behind: int  # archive articles still not confirmed in the index (0: converged)
    refused: int = 0  # documents the index refuses for good (logged; the mark moves past them)


def _documents(rows) -> list[dict[str, Any]]:
    return [to_document(article, attachments_text(article)) for _, article in rows]


def _write(backend, docs: list[dict[str, Any]]) -> tuple[int, int]:
    """(written, refused for good) of one batch. A passing failure (server down, 429) raises."""
    try:
        return backend.index(docs), 0
    except ValueError:  # the embedded index takes a batch whole or not at all: find the bad one(s)
        if len(docs) == 1:
            log.error("search index refuses article %s for good; it stays in the archive only", docs[0]["id"])
            return 0, 1
        written = refused = 0
        for doc in docs:
            w, r = _write(backend, [doc])
            written, refused = written + w, refused + r
        return written, refused
    except Exception as exc:
        failed, retryable = getattr(exc, "failed", None), getattr(exc, "retryable", None)
        if failed is None or retryable:  # not a refusal (IndexingError), or one worth retrying
            raise
        log.error("search index refuses %d article(s) for good (%s); they stay in the archive only",
                  len(failed), exc)
        return getattr(exc, "indexed", 0), len(failed)


def catch_up(archive, backend, *, batch: int = BATCH) -> CatchUp:
    """Index what `archive` wrote after the index's mark. Never raises for the index's sake:
    when it cannot reach or write the index it logs one line and says how far behind it is."""
    indexed = refused = 0
    try:
        mark = backend.synced_seq()
    except Exception as exc:
        behind = archive.count()
        log.warning("search index unreachable, not caught up (%s): %d archive articles unconfirmed", exc, behind)
        return CatchUp(0, behind)
    if mark > archive.max_seq():  # the index was made from another archive: start over
        log.warning("search index mark %d is past the archive's latest revision %d: indexing it all again",
                    mark, archive.max_seq())
        mark = 0
    try:
        while rows := archive.since(mark, batch):
            written, bad = _write(backend, _documents(rows))
            indexed, refused = indexed + written, refused + bad
            mark = rows[-1][0]
            backend.set_synced_seq(mark)
    except Exception as exc:
        behind = archive.count_since(mark)
        log.warning("search index catch-up stopped (%s): %d archive articles not in the index yet", exc, behind)
        return CatchUp(indexed, behind, refused)
    behind = archive.count_since(mark)  # written by a crawl while this ran: the next catch-up's
    if indexed or refused:
        log.info("search index caught up with the archive: %d documents indexed, %d behind", indexed, behind)
    return CatchUp(indexed, behind, refused)


def catch_up_stats(data_dir: str | Path, backend, stats) -> CatchUp | None:
    """catch_up at the end of a crawl, into the crawl's stats: index/caught_up, index/behind
    (and index/refused, or index/error when the archive itself could not be read)."""

    try:
        with Archive(data_dir) as archive:
            result = catch_up(archive, backend)
    except Exception as exc:
        log.error("search index catch-up failed: %s", exc)
        stats.set_value("index/error", f"{type(exc).__name__}: {exc}")
        return None
    stats.set_value("index/caught_up", result.indexed)
    stats.set_value("index/behind", result.behind)
    if result.refused:
        stats.set_value("index/refused", result.refused)
    return result


def behind_unreachable(data_dir: str | Path, known_mark: int | None, stats) -> None:
    """index/behind when the index cannot be asked: what the archive wrote after the last mark
    this process read from it (every article when it never could)."""

    try:
        with Archive(data_dir) as archive:
            behind = archive.count_since(known_mark or 0)
    except Exception as exc:
        log.error("search index catch-up failed: %s", exc)
        stats.set_value("index/error", f"{type(exc).__name__}: {exc}")
        return
    log.warning("search index unreachable at the end of the crawl: up to %d archive articles not confirmed in "
                "it; the next run catches up", behind)
    stats.set_value("index/caught_up", 0)
    stats.set_value("index/behind", behind)


def rebuild(data_dir: str | Path) -> int:
    """A new index from the whole archive, swapped in when complete, then caught up on what
    was written meanwhile. Returns the number of documents in the index."""
    data = Path(data_dir)
    with Archive(data) as archive:
        seq = archive.max_seq()  # read before the articles: anything later is caught up after
        documents = (to_document(a, attachments_text(a)) for a in archive.articles())
        if elasticsearch_settings():
            backend = cast("ElasticIndex", open_backend(data))
            try:
                backend.reindex(documents, seq=seq)
                catch_up(archive, backend)
                backend.refresh()
                return backend.count()
            finally:
                backend.close()
        fresh = data / (EMBEDDED_FILE + ".new")
        for leftover in (fresh, Path(f"{fresh}-wal"), Path(f"{fresh}-shm")):  # from a rebuild that died
            leftover.unlink(missing_ok=True)
        with EmbeddedIndex(fresh) as index:
            batch: list[dict[str, Any]] = []
            for doc in documents:
                batch.append(doc)
                if len(batch) >= BATCH:
                    index.index(batch)
                    batch = []
            index.index(batch)
            index.set_synced_seq(seq)
        try:
            with EmbeddedIndex(data / EMBEDDED_FILE) as live:
                live.replace_with(fresh)
                catch_up(archive, live)
                return live.count()
        finally:
            fresh.unlink(missing_ok=True)
