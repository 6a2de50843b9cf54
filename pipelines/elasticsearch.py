"""Sends archived articles to Elasticsearch while the crawl runs, without ever slowing or failing it.

Enabled when ELASTICSEARCH_URL is set (Scrapy setting or environment variable); otherwise the
pipeline is left out (NotConfigured). Items become search documents (search.base.to_document),
are buffered and sent in bulk batches by a worker thread, never on the reactor thread.

When Elasticsearch is slow or down, a batch is retried with exponential backoff; if it still
fails it is written to the spool (search/spool.py: <LMHTX_DATA>/es-spool/, JSON lines, written to a
temporary file and renamed) and counted in `elasticsearch/spooled`. The spool is replayed when
the next crawl opens (and at the end of this one if Elasticsearch is back), or by
`lmhtx index --replay` (replay_spool). Documents carry their id, so sending one twice updates it:
every spooled document ends up indexed exactly once. Documents Elasticsearch refuses for good
(a mapping error) are logged, counted in `elasticsearch/rejected` and kept in
es-spool/rejected/ for a person to look at; a spool line that cannot be read (not JSON, no id)
is quarantined there too (`elasticsearch/quarantined`) and never blocks the lines after it;
nothing is dropped silently. At the end of the crawl the index catches up with the archive
(search.sync): whatever it lacks (a killed crawl's buffer, a batch that could not even be
spooled) is sent from the archive of record.

Stats: elasticsearch/indexed (documents written, replays included), elasticsearch/batches (bulk
requests that succeeded), elasticsearch/spooled (documents written to the spool),
elasticsearch/replayed (spooled documents sent later), elasticsearch/rejected (refused for good),
elasticsearch/errors (failed bulk requests, refused documents, items that are not articles),
elasticsearch/quarantined (unreadable spool lines, or whole unreadable spool files, set aside in
es-spool/rejected/), elasticsearch/unspooled (documents the spool could not take, e.g. a full
disk: the catch-up sends them from the archive), elasticsearch/spool_waiting (documents still in
the spool when the crawl closed), index/caught_up and index/behind (search.sync).

Settings (each also read from the environment when not set for Scrapy; the defaults are written
once, in search.config.ES_DEFAULTS):
ELASTICSEARCH_URL (several nodes separated by commas), ELASTICSEARCH_API_KEY,
ELASTICSEARCH_USERNAME / ELASTICSEARCH_PASSWORD, ELASTICSEARCH_CA_CERTS, ELASTICSEARCH_SHARDS,
ELASTICSEARCH_REPLICAS, ELASTICSEARCH_BATCH_SIZE (500 documents, about 2.5 MB: fewer, larger
bulk requests; measured 290 -> 430 documents/s on osmem against 200), ELASTICSEARCH_RETRY_TIMES (3),
ELASTICSEARCH_BACKOFF_BASE (1.0 s: waits 1, 2, 4 s), ELASTICSEARCH_TIMEOUT (30 s per request),
ELASTICSEARCH_MAX_PENDING (20 batches waiting for the worker; more are spooled at once),
LMHTX_DATA (./data). Test-only: ELASTICSEARCH_NODE_CLASS, the import path of a transport node
class (tests.esserver.CompatNode lets the tests use an OpenSearch-compatible server).
"""

from __future__ import annotations

import contextlib
import logging
import os
import queue
import threading
from collections.abc import Callable
from pathlib import Path
from typing import Any

from itemadapter import ItemAdapter
from scrapy.exceptions import NotConfigured

from search.base import to_document
from search.config import Layered, elasticsearch_settings, es_option
from search.spool import SPOOL_DIRNAME, reject, replay_spool, spool_batch, spool_files, spooled_count

logger = logging.getLogger(__name__)

_STOP = object()


class ElasticsearchPipeline:
    def __init__(self, index_factory: Callable[[], Any], *, stats, spool_dir: str | Path, batch_size: int,
                 retry_times: int, backoff_base: float, max_pending: int):
        self.index_factory = index_factory
        self.stats = stats
        self.spool_dir = Path(spool_dir)
        self.batch_size = max(1, int(batch_size))
        self.retry_times = max(0, int(retry_times))
        self.backoff_base = max(0.0, float(backoff_base))
        self.max_pending = max(1, int(max_pending))
        self._buffer: list[dict[str, Any]] = []
        self._queue: queue.Queue = queue.Queue()
        self._worker: threading.Thread | None = None
        self._index = None
        self._healthy = True  # last request succeeded; when not, batches get one attempt each
        self._closing = threading.Event()
        self._failed_while_closing = False  # once the crawl is over, one failure is enough
        self._lock = threading.Lock()  # stats are updated from both threads
        self._mark: int | None = None  # the index's archive revision when the crawl opened (search.sync)

    @classmethod
    def from_crawler(cls, crawler):
        s = Layered(crawler.settings, os.environ)  # a Scrapy setting, else the environment
        connection = elasticsearch_settings(s)
        if not connection:
            raise NotConfigured("ELASTICSEARCH_URL is not set")
        urls = connection.pop("urls")
        kwargs: dict[str, Any] = {**connection, "request_timeout": es_option("ELASTICSEARCH_TIMEOUT", s),
                                  "max_retries": 0,  # the pipeline retries with backoff itself
                                  "shards": es_option("ELASTICSEARCH_SHARDS", s),
                                  "replicas": es_option("ELASTICSEARCH_REPLICAS", s)}
        node_class = s.get("ELASTICSEARCH_NODE_CLASS")  # test-only
        if node_class:
            from scrapy.utils.misc import load_object

            kwargs["node_class"] = load_object(node_class) if isinstance(node_class, str) else node_class

        def factory():
            from search.elastic import ElasticIndex

            return ElasticIndex.from_settings(urls, **kwargs)

        return cls(factory, stats=crawler.stats, spool_dir=Path(crawler.settings.get("LMHTX_DATA")) / SPOOL_DIRNAME,
                   batch_size=es_option("ELASTICSEARCH_BATCH_SIZE", s),
                   retry_times=es_option("ELASTICSEARCH_RETRY_TIMES", s),
                   backoff_base=es_option("ELASTICSEARCH_BACKOFF_BASE", s),
                   max_pending=es_option("ELASTICSEARCH_MAX_PENDING", s))

    # --- Scrapy hooks (reactor thread) ---

    def open_spider(self, spider=None) -> None:
        self.start()

    def process_item(self, item, spider=None):
        try:
            article = ItemAdapter(item).asdict()
            from search.config import attachments_text

            doc = to_document(article, attachments_text(article))
        except Exception as exc:  # a malformed item must not stop the crawl; say so loudly
            self._inc("elasticsearch/errors")
            logger.error("Cannot index %r: %s", ItemAdapter(item).get("url"), exc)
            return item
        self._buffer.append(doc)
        if len(self._buffer) >= self.batch_size:
            self._submit()
        return item

    async def close_spider(self, spider=None) -> None:
        from scrapy.utils.defer import maybe_deferred_to_future
        from twisted.internet import threads

        await maybe_deferred_to_future(threads.deferToThread(self.close))

    # --- plain API (any thread; used by the hooks and the tests) ---

    def start(self) -> None:
        """Start the worker; its first job replays the spool left by earlier runs."""
        if self._worker is not None:
            return
        self._queue.put(("mark", None))
        self._queue.put(("replay", None))
        self._worker = threading.Thread(target=self._run, name="elasticsearch-pipeline", daemon=True)
        self._worker.start()

    def flush(self) -> None:
        if self._buffer:
            self._submit()

    def close(self, timeout: float | None = None) -> None:
        """Send what is buffered, replay the spool if Elasticsearch answers, stop the worker.
        Once closing, batches get one attempt, and none after a failure: a down or hung server
        delays the end of the crawl by one request timeout at most."""
        self.flush()
        self._closing.set()
        if self._worker is not None:
            self._queue.put(("final-replay", None))
            self._queue.put(_STOP)
            self._worker.join(timeout)
            self._worker = None
        self._catch_up()
        try:
            self.stats.set_value("elasticsearch/spool_waiting", spooled_count(self.spool_dir))
        except OSError as exc:
            logger.error("Cannot count the Elasticsearch spool: %s", exc)
        if self._index is not None:
            with contextlib.suppress(Exception):
                self._index.close()
            self._index = None

    def _catch_up(self) -> None:
        """Send what the archive has and the index lacks (search.sync). Not when Elasticsearch
        failed while closing: the crawl would wait one more timeout; the next run catches up."""
        from search.sync import behind_unreachable, catch_up_stats

        data = self.spool_dir.parent
        if self._failed_while_closing or not self._healthy:
            behind_unreachable(data, self._mark, self.stats)
            return
        try:
            index = self._get_index()
        except Exception as exc:
            logger.warning("Elasticsearch client unavailable: %s", exc)
            behind_unreachable(data, self._mark, self.stats)
            return
        catch_up_stats(data, index, self.stats)

    def _submit(self) -> None:
        batch, self._buffer = self._buffer, []
        if self._queue.qsize() >= self.max_pending:  # the worker is far behind: don't pile up in memory
            self._spool(batch, "Elasticsearch is too slow")
            return
        self._queue.put(("batch", batch))

    def _inc(self, key: str, n: int = 1) -> None:
        if n and self.stats is not None:
            with self._lock:
                self.stats.inc_value(key, n)

    def _spool(self, batch: list[dict[str, Any]], why: Any) -> None:
        try:
            path = spool_batch(self.spool_dir, batch)
        except OSError as exc:  # no disk: the only case where documents cannot be kept
            self._inc("elasticsearch/errors", len(batch))
            self._inc("elasticsearch/unspooled", len(batch))
            logger.critical("Cannot spool %d document(s) (%s), the catch-up from the archive will send them; ids: %s",
                            len(batch), exc, ", ".join(str(d.get("id")) for d in batch))
            return
        self._inc("elasticsearch/spooled", len(batch))
        logger.warning("Elasticsearch unavailable (%s): %d document(s) spooled to %s", why, len(batch), path)

    # --- the worker thread ---

    def _run(self) -> None:
        while True:
            job = self._queue.get()
            if job is _STOP:
                return
            kind, payload = job
            try:
                if kind == "batch":
                    self._send(payload)
                elif kind == "mark":
                    self._read_mark()
                elif kind == "replay" or (kind == "final-replay" and not self._failed_while_closing):
                    self._replay()
            except Exception:  # never let the worker die: it would silently stop indexing
                logger.exception("Elasticsearch pipeline: unexpected error in %s", kind)
                if kind == "batch":
                    self._spool(payload, "unexpected error")

    def _read_mark(self) -> None:
        try:
            self._mark = self._get_index().synced_seq()
        except Exception as exc:  # down: the batches will say so; the catch-up needs it only then
            logger.debug("Elasticsearch index mark not read: %s", exc)

    def _get_index(self):
        if self._index is None:
            self._index = self.index_factory()
        return self._index

    def _replay(self) -> None:
        if not spool_files(self.spool_dir):
            return
        try:
            index = self._get_index()
            sent, left = replay_spool(index, self.spool_dir,
                                      on_rejected=lambda n: self._inc("elasticsearch/rejected", n),
                                      on_quarantined=lambda n: self._inc("elasticsearch/quarantined", n))
        except Exception as exc:
            self._healthy = False
            self._failed_while_closing = self._closing.is_set()
            logger.warning("Elasticsearch spool not replayed: %s", exc)
            return
        self._inc("elasticsearch/replayed", sent)
        self._inc("elasticsearch/indexed", sent)
        if sent or left:
            logger.info("Elasticsearch spool replayed: %d sent, %d left", sent, left)
        if left:  # it failed again (or another replay holds the spool)
            self._healthy = False
            self._failed_while_closing = self._closing.is_set()
        else:
            self._healthy = True

    def _send(self, batch: list[dict[str, Any]]) -> None:
        from search.elastic import IndexingError

        if self._closing.is_set():  # the crawl is over: one try, none after a failure
            attempts = 0 if self._failed_while_closing else 1
        else:
            attempts = 1 if not self._healthy else self.retry_times + 1
        error: str | Exception = "it did not answer the last request"  # a reason, or the exception
        pending = batch
        for attempt in range(attempts):
            if attempt:
                self._closing.wait(self.backoff_base * 2 ** (attempt - 1))  # cut short when closing
                if self._closing.is_set() and not self._healthy:  # no more retries once the crawl is over
                    break
            try:
                written = self._get_index().index(pending)
            except IndexingError as exc:
                self._healthy = True  # it answered
                self._inc("elasticsearch/indexed", exc.indexed)
                refused = [d for d in pending if str(d["id"]) in exc.failed and str(d["id"]) not in exc.retryable]
                if refused:
                    self._inc("elasticsearch/rejected", len(refused))
                    self._inc("elasticsearch/errors", len(refused))
                    reject(self.spool_dir, refused, exc.failed)
                pending = [d for d in pending if str(d["id"]) in exc.retryable]
                error = exc
                if not pending:
                    return
            except Exception as exc:  # connection refused, timeout, 5xx, 403...
                self._healthy = False
                self._failed_while_closing = self._closing.is_set()
                error = exc
                self._inc("elasticsearch/errors")
                logger.debug("Elasticsearch batch attempt %d failed: %s", attempt + 1, exc)
            else:
                self._healthy = True
                self._inc("elasticsearch/indexed", written)
                self._inc("elasticsearch/batches")
                return
        self._spool(pending, error)
