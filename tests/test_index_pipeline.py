"""The Elasticsearch item pipeline against a real server (osmem-server, tests/esserver.py): bulk
batches, a server that is down, hung, or stopped and restarted in the middle of the crawl. The
crawl must never wait or fail, and every article must end up indexed exactly once."""

from __future__ import annotations

import json
import os
import time

import pytest
from scrapy.exceptions import NotConfigured
from scrapy.utils.test import get_crawler

from crawler.items import ArticleItem
from pipelines.elasticsearch import ElasticsearchPipeline
from search.base import doc_id
from search.spool import _spool_lock, replay_spool, spool_batch, spool_files, spooled_count
from tests.helpers import NODE_CLASS, article, feed, make_pipeline


def make_index(url, alias):
    from tests.esserver import make_index

    return make_index(url, alias=alias)


def ids_of(numbers) -> set[str]:
    return {doc_id(f"https://lienminhhtx.example.vn/tin/{n}.html") for n in numbers}


def wait_for(predicate, timeout=15.0):
    deadline = time.monotonic() + timeout
    while not predicate():
        assert time.monotonic() < deadline, "timed out"
        time.sleep(0.02)


def indexed_ids(index) -> set[str]:
    index.refresh()
    resp = index.client.search(index=index.alias, size=1000, query={"match_all": {}}, source=False)
    return {h["_id"] for h in resp["hits"]["hits"]}


def assert_exactly_once(index, numbers):
    got = indexed_ids(index)
    assert got == ids_of(numbers)
    assert index.count() == len(set(numbers))


def test_not_configured_without_url(monkeypatch):
    monkeypatch.delenv("ELASTICSEARCH_URL", raising=False)
    with pytest.raises(NotConfigured):
        ElasticsearchPipeline.from_crawler(get_crawler(settings_dict={"ELASTICSEARCH_URL": ""}))


def test_settings_from_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("ELASTICSEARCH_URL", "http://127.0.0.1:9,http://127.0.0.1:10")
    monkeypatch.setenv("ELASTICSEARCH_BATCH_SIZE", "7")
    pipeline = ElasticsearchPipeline.from_crawler(get_crawler(settings_dict={"LMHTX_DATA": str(tmp_path)}))
    assert pipeline.batch_size == 7 and pipeline.retry_times == 3 and pipeline.backoff_base == 1.0
    assert pipeline.spool_dir == tmp_path / "es-spool"
    index = pipeline.index_factory()
    assert len(index.client.transport.node_pool.all()) == 2
    index.close()


def test_items_are_sent_in_bulk_batches(es_url, tmp_path, alias):
    pipeline, stats = make_pipeline(es_url, tmp_path, alias)
    pipeline.open_spider()
    feed(pipeline, range(12))
    pipeline.close()
    index = make_index(es_url, alias)
    assert_exactly_once(index, range(12))
    assert stats.get_value("elasticsearch/indexed") == 12
    assert stats.get_value("elasticsearch/batches") == 3  # 5 + 5 + the 2 flushed at close
    assert not stats.get_value("elasticsearch/spooled")
    assert spool_files(pipeline.spool_dir) == []
    hit = index.client.get(index=alias, id=doc_id("https://lienminhhtx.example.vn/tin/3.html"))["_source"]
    assert hit["title"] == "Tin hợp tác xã số 3" and hit["province_today"] == "lam-dong"
    index.drop()
    index.close()


def test_recrawl_updates_instead_of_duplicating(es_url, tmp_path, alias):
    for _ in range(2):
        pipeline, _stats = make_pipeline(es_url, tmp_path, alias)
        pipeline.open_spider()
        feed(pipeline, range(6))
        pipeline.close()
    index = make_index(es_url, alias)
    assert_exactly_once(index, range(6))
    index.drop()
    index.close()


def test_server_down_spools_without_blocking_then_replays(es_private_server, tmp_path, alias):
    url = es_private_server.url
    es_private_server.stop()
    pipeline, stats = make_pipeline(url, tmp_path, alias)
    pipeline.open_spider()
    longest = feed(pipeline, range(23))
    t = time.perf_counter()
    pipeline.close()
    assert longest < 0.5  # the crawl never waits for Elasticsearch
    assert time.perf_counter() - t < 10
    assert stats.get_value("elasticsearch/spooled") == 23
    assert not stats.get_value("elasticsearch/indexed")
    assert spooled_count(pipeline.spool_dir) == 23
    for path in spool_files(pipeline.spool_dir):  # whole JSON lines, no temporary files left
        assert all(json.loads(line)["id"] for line in path.read_text(encoding="utf-8").splitlines())
    assert not [p for p in pipeline.spool_dir.iterdir() if p.name.startswith(".tmp-")]

    es_private_server.start()
    index = make_index(url, alias)
    assert replay_spool(index, pipeline.spool_dir) == (23, 0)
    assert spool_files(pipeline.spool_dir) == []
    assert_exactly_once(index, range(23))
    assert replay_spool(index, pipeline.spool_dir) == (0, 0)  # nothing twice
    index.close()


def test_next_crawl_replays_the_spool_when_it_opens(es_private_server, tmp_path, alias):
    url = es_private_server.url
    es_private_server.stop()
    first, _ = make_pipeline(url, tmp_path, alias)
    first.open_spider()
    feed(first, range(8))
    first.close()
    assert spooled_count(first.spool_dir) == 8

    es_private_server.start()
    second, stats = make_pipeline(url, tmp_path, alias)
    second.open_spider()
    wait_for(lambda: not spool_files(second.spool_dir))  # replayed by the worker, before new items
    feed(second, range(8, 11))
    second.close()
    assert stats.get_value("elasticsearch/replayed") == 8
    assert_exactly_once(make_index(url, alias), range(11))


def test_server_stopped_and_restarted_mid_crawl(es_private_server, tmp_path, alias):
    """The fault test: the server goes away in the middle of a stream of items and comes back."""
    url = es_private_server.url
    pipeline, stats = make_pipeline(url, tmp_path, alias)
    pipeline.open_spider()
    longest = feed(pipeline, range(0, 15))
    wait_for(lambda: (stats.get_value("elasticsearch/indexed") or 0) == 15)

    es_private_server.stop()  # keeps its data, like a server with a data volume
    longest = max(longest, feed(pipeline, range(15, 40)))
    wait_for(lambda: spooled_count(pipeline.spool_dir) == 25)  # 5 batches failed and were spooled

    es_private_server.start()
    longest = max(longest, feed(pipeline, range(40, 52)))  # the last 2 wait in the buffer for close
    pipeline.close()  # sends the buffer, then replays the spool: the server answers again
    assert longest < 0.5
    assert spool_files(pipeline.spool_dir) == []
    index = make_index(url, alias)
    assert_exactly_once(index, range(52))
    assert stats.get_value("elasticsearch/spooled") == 25
    assert stats.get_value("elasticsearch/replayed") == 25
    assert stats.get_value("elasticsearch/indexed") == 52
    assert stats.get_value("elasticsearch/errors") >= 1
    index.close()


def test_server_lost_its_data_index_is_recreated(es_private_server, tmp_path, alias):
    url = es_private_server.url
    pipeline, stats = make_pipeline(url, tmp_path, alias)
    pipeline.open_spider()
    feed(pipeline, range(5))
    wait_for(lambda: (stats.get_value("elasticsearch/indexed") or 0) == 5)
    es_private_server.crash()  # data gone: the alias too
    es_private_server.start()
    feed(pipeline, range(5, 10))
    pipeline.close()
    index = make_index(url, alias)
    assert index.current_index() == f"{alias}-v1"
    assert_exactly_once(index, range(5, 10))  # the ones sent after the crash are there; no stray index
    index.close()


def test_hung_server_does_not_block_the_crawl(es_private_server, tmp_path, alias):
    url = es_private_server.url
    pipeline, stats = make_pipeline(url, tmp_path, alias, ELASTICSEARCH_TIMEOUT=0.5, ELASTICSEARCH_RETRY_TIMES=1,
                                    ELASTICSEARCH_MAX_PENDING=2)
    pipeline.open_spider()
    feed(pipeline, range(3))
    wait_for(lambda: spool_files(pipeline.spool_dir) == [] and pipeline._queue.empty())
    es_private_server.pause()
    try:
        longest = feed(pipeline, range(3, 40))
        t = time.perf_counter()
        pipeline.close()
        closing = time.perf_counter() - t
    finally:
        es_private_server.resume()
    assert longest < 0.5
    assert closing < 10
    spooled = stats.get_value("elasticsearch/spooled")
    assert spooled == spooled_count(pipeline.spool_dir) >= 35
    index = make_index(url, alias)
    sent, left = replay_spool(index, pipeline.spool_dir)
    assert left == 0
    assert_exactly_once(index, range(40))
    index.close()


def test_refused_documents_are_kept_not_dropped(es_url, tmp_path, alias):
    pipeline, stats = make_pipeline(es_url, tmp_path, alias)
    pipeline.open_spider()
    feed(pipeline, range(4))
    bad = article(99, published="hôm qua")  # not a date: Elasticsearch refuses it for good
    pipeline.process_item(bad)
    pipeline.close()
    index = make_index(es_url, alias)
    assert_exactly_once(index, range(4))
    assert stats.get_value("elasticsearch/rejected") == 1
    rejected = list((pipeline.spool_dir / "rejected").glob("rejected-*.jsonl"))
    assert len(rejected) == 1
    row = json.loads(rejected[0].read_text(encoding="utf-8"))
    assert row["document"]["id"] == doc_id(bad["canonical_url"]) and row["error"]
    assert spool_files(pipeline.spool_dir) == []  # not replayed again and again
    index.drop()
    index.close()


def test_malformed_item_counts_as_error_and_crawl_goes_on(es_url, tmp_path, alias):
    pipeline, stats = make_pipeline(es_url, tmp_path, alias)
    pipeline.open_spider()
    broken = ArticleItem(url="https://x.example/1")  # no canonical_url: validate would drop it first
    assert pipeline.process_item(broken) is broken
    feed(pipeline, range(2))
    pipeline.close()
    assert stats.get_value("elasticsearch/errors") == 1
    assert_exactly_once(make_index(es_url, alias), range(2))


def test_replay_waits_for_another_replay(es_url, tmp_path, alias):
    spool = tmp_path / "es-spool"
    spool_batch(spool, [{"id": "x1", "url": "u", "canonical_url": "u", "site": "s", "title": "t", "text": "x"}])
    index = make_index(es_url, alias)
    with _spool_lock(spool) as mine:
        assert mine
        assert replay_spool(index, spool) == (0, 1)  # another replay holds the spool
    assert replay_spool(index, spool) == (1, 0)
    index.drop()
    index.close()


def test_replay_with_server_down_keeps_everything(tmp_path, alias):
    from tests.esserver import EsServer

    spool = tmp_path / "es-spool"
    for b in range(3):
        spool_batch(spool, [{"id": f"b{b}-{i}", "url": "u", "canonical_url": "u", "site": "s", "title": "t",
                             "text": "x"} for i in range(4)])
    server = EsServer(tmp_path / "osmem")  # never started: connection refused
    index = make_index(server.url, alias)
    assert replay_spool(index, spool) == (0, 12)
    assert spooled_count(spool) == 12
    index.close()


@pytest.mark.skipif(os.environ.get("LMHTX_TEST_ELASTICSEARCH_URL") is not None, reason="needs osmem")
def test_crawl_with_elasticsearch_down_finishes_and_replays(samples, es_private_server, tmp_path):
    """A real `scrapy crawl` of the sample portals while the search server is down: the crawl
    finishes normally, the articles wait in the spool, `replay_spool` sends them all."""
    from tests.helpers import FEW_SITES, run_scrapy

    url = es_private_server.url
    registry = samples.write_registry(tmp_path / "sites.yaml", only=FEW_SITES)
    data = tmp_path / "data"
    es_private_server.stop()
    common = ["-s", f"ELASTICSEARCH_URL={url}", "-s", f"ELASTICSEARCH_NODE_CLASS={NODE_CLASS}",
              "-s", f"LMHTX_DATA={data}", "-s", "ELASTICSEARCH_BACKOFF_BASE=0.05", "-s", "ELASTICSEARCH_BATCH_SIZE=10"]
    proc = run_scrapy(registry, tmp_path / "items.jsonl", *common)
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = [json.loads(line) for line in (tmp_path / "items.jsonl").read_text(encoding="utf-8").splitlines() if line]
    assert items
    assert f"'elasticsearch/spooled': {len(items)}" in proc.stderr
    assert spooled_count(data / "es-spool") == len(items)

    es_private_server.start()
    index = make_index(url, "articles")
    assert replay_spool(index, data / "es-spool") == (len(items), 0)
    index.refresh()
    assert index.count() == len({doc_id(i["canonical_url"]) for i in items})
    # A crawl with the server up indexes directly (and re-crawled articles update, not duplicate).
    proc = run_scrapy(registry, tmp_path / "items2.jsonl", *common)
    assert proc.returncode == 0, proc.stderr[-3000:]
    index.refresh()
    assert index.count() == len({doc_id(i["canonical_url"]) for i in items})
    index.close()


def test_unreadable_spool_file_is_set_aside(es_url, tmp_path, alias):
    spool = tmp_path / "es-spool"
    spool_batch(spool, [{"id": "ok1", "url": "u", "canonical_url": "u", "site": "s", "title": "t", "text": "x"}])
    (spool / "batch-00000000T000000-000000000-broken.jsonl").write_text('{"id": "half', encoding="utf-8")
    index = make_index(es_url, alias)
    quarantined = []
    assert replay_spool(index, spool, on_quarantined=quarantined.append) == (1, 0)
    (kept,) = (spool / "rejected").iterdir()  # the torn line, set aside with why
    assert kept.name.startswith("quarantined-") and quarantined == [1]
    assert json.loads(kept.read_text(encoding="utf-8"))["text"] == '{"id": "half'
    index.drop()
    index.close()
