"""Indexing into Elasticsearch (osmem-server on loopback, through tests/esserver.py's CompatNode:
osmem refuses the ES 9 client's compatible-with media type): the project's pipeline
(pipelines.elasticsearch.ElasticsearchPipeline: items in, bulk requests of its default size (500) out, from its
worker thread) against one index request per article, the way news-please's Elasticsearch
storage does it (`es.index(index=..., id=..., body=...)` per item), with the same documents
(search.base.to_document of the same synthetic articles as bench/search_latency.py).
Repeats alternate the two, each into a fresh index that is deleted afterwards (osmem keeps
everything in memory)."""

from __future__ import annotations

import tempfile
import time
import uuid

from search.base import to_document

from .common import spread


class _Stats:
    def __init__(self):
        self.values: dict[str, int] = {}

    def inc_value(self, key: str, n: int = 1) -> None:
        self.values[key] = self.values.get(key, 0) + n


def _articles(n: int) -> list[tuple[dict, str]]:
    from .search_latency import Generator

    gen = Generator(42)
    return [gen.article(i) for i in range(n)]


def bulk_pipeline(url: str, items: list[dict]) -> tuple[float, int]:
    from pipelines.elasticsearch import ElasticsearchPipeline
    from search.config import es_option
    from tests.esserver import make_index

    alias = f"bench-bulk-{uuid.uuid4().hex[:8]}"
    index = make_index(url, alias)
    index.ensure_index()
    with tempfile.TemporaryDirectory() as spool:
        stats = _Stats()
        options = {name: es_option(f"ELASTICSEARCH_{name.upper()}", {})
                   for name in ("batch_size", "retry_times", "backoff_base", "max_pending")}
        pipe = ElasticsearchPipeline(lambda: make_index(url, alias), stats=stats, spool_dir=spool, **options)
        t0, c0 = time.perf_counter(), time.process_time()
        pipe.start()
        for item in items:
            pipe.process_item(item)
        pipe.close()
        took, cpu = time.perf_counter() - t0, time.process_time() - c0
    index.refresh()
    count = index.count()
    _drop(index)
    if stats.values.get("elasticsearch/indexed") != len(items):
        raise RuntimeError(f"bulk pipeline indexed {stats.values} of {len(items)}")
    return took, cpu, count


def per_article(url: str, items: list[tuple[dict, str]]) -> tuple[float, int]:
    from tests.esserver import make_index

    alias = f"bench-one-{uuid.uuid4().hex[:8]}"
    index = make_index(url, alias)
    name = index.ensure_index()
    client = index.client
    t0, c0 = time.perf_counter(), time.process_time()
    for article, attachments in items:
        doc = to_document(article, attachments)
        client.index(index=name, id=doc.pop("id"), document=doc)
    took, cpu = time.perf_counter() - t0, time.process_time() - c0
    index.refresh()
    count = index.count()
    _drop(index)
    return took, cpu, count


def _drop(index) -> None:
    name = index.current_index()
    if name:
        index.client.indices.delete(index=name)
    index.close()


def run(*, n_bulk: int, n_single: int, repeats: int, log=print) -> dict:
    from tests.esserver import EsServer

    from .env import ensure_bench_extra

    ensure_bench_extra()
    articles = _articles(max(n_bulk, n_single))
    items = []
    for article, attachments in articles[:n_bulk]:
        item = dict(article)
        if attachments:  # the pipeline reads attachment text from the item's attachments
            item["attachments"] = [{"url": article["url"] + ".pdf", "type": "pdf", "content": attachments}]
        items.append(item)
    bulk, single, cpu_bulk, cpu_single = [], [], [], []
    with EsServer() as server:
        for r in range(repeats):
            took, cpu, count = bulk_pipeline(server.url, items)
            bulk.append(count / took)
            cpu_bulk.append(cpu / count * 1000)
            log(f"indexing: bulk pipeline {count} docs in {took:.1f} s ({count / took:.0f}/s)")
            took, cpu, count = per_article(server.url, articles[:n_single])
            single.append(count / took)
            cpu_single.append(cpu / count * 1000)
            log(f"indexing: one request per article {count} docs in {took:.1f} s ({count / took:.0f}/s)")
    ratios = [b / s for b, s in zip(bulk, single)]
    return {"n_bulk": n_bulk, "n_single": n_single, "bulk_per_s": spread(bulk), "single_per_s": spread(single),
            "ratio": spread(ratios), "client_cpu_ms_bulk": spread(cpu_bulk),
            "client_cpu_ms_single": spread(cpu_single)}
