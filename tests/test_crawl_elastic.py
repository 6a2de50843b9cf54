"""A real crawl indexing into Elasticsearch (osmem-server), with the server stopped in the
middle of the crawl and restarted: every article ends up indexed exactly once, and the CLI
gives the same answers from Elasticsearch as from the embedded index."""

import json
import os
import subprocess
import sys
import time

from crawler.archive import Archive
from search.base import doc_id
from tests.helpers import FEW_ITEMS, FEW_SITES, ROOT


def cli(*args, env):
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=300, env=env)


def test_elasticsearch_down_mid_crawl_then_replayed(samples, es_private_server, tmp_path):
    data = tmp_path / "data"
    registry = samples.write_registry(tmp_path / "sites.yaml", only=FEW_SITES)
    es_env = {**os.environ, "LMHTX_DATA": str(data), "ELASTICSEARCH_URL": es_private_server.url,
              "ELASTICSEARCH_NODE_CLASS": "tests.esserver.CompatNode", "ELASTICSEARCH_BATCH_SIZE": "4",
              "ELASTICSEARCH_RETRY_TIMES": "1", "ELASTICSEARCH_BACKOFF_BASE": "0.05"}
    out = tmp_path / "out.jsonl"
    crawl = subprocess.Popen(
        [sys.executable, "-m", "scrapy", "crawl", "portals", "-a", f"sites={registry}", "-O", str(out),
         "-s", "DOWNLOAD_DELAY=0.05", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "CONCURRENT_REQUESTS=1",
         "-s", "RETRY_BACKOFF_BASE=0.05"],
        cwd=ROOT, env=es_env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    deadline = time.time() + 120
    while time.time() < deadline:
        time.sleep(0.2)
        if (data / "archive.sqlite3").exists():
            with Archive(data) as archive:
                if archive.count() >= 12:
                    break
    es_private_server.stop()  # Elasticsearch goes down in the middle of the crawl
    _, stderr = crawl.communicate(timeout=240)
    assert crawl.returncode == 0, stderr[-3000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    assert len(items) == FEW_ITEMS
    assert any((data / "es-spool").glob("*.jsonl")), "failed batches must wait on disk"

    es_private_server.start()
    replay = cli("index", "--replay", env=es_env)
    assert replay.returncode == 0, replay.stdout + replay.stderr
    client = es_private_server.client()
    client.indices.refresh(index="articles")
    ids = [hit["_id"] for hit in client.search(index="articles", size=FEW_ITEMS + 50, query={"match_all": {}})["hits"]["hits"]]
    assert sorted(ids) == sorted(doc_id(i["canonical_url"]) for i in items)  # all of them, each once
    assert not list((data / "es-spool").glob("*.jsonl"))

    # The same questions, asked of Elasticsearch and of the embedded index rebuilt from the archive.
    embedded_env = {k: v for k, v in es_env.items() if not k.startswith("ELASTICSEARCH")}
    assert cli("reindex", env=embedded_env).returncode == 0
    for args in (["dak nong"], ["hop tac xa", "--province", "ninh-binh"], ["OCOP", "--since", "2024-01-01"],
                 ['"kinh tế tập thể"', "--sort", "date"]):
        answers = []
        for env in (es_env, embedded_env):
            # every result, page by page: which of them make the first page follows each engine's
            # own scores (BM25 against FTS5's bm25)
            hits: list = []
            for page in range(1, 10):
                proc = cli("search", *args, "--json", "--size", "100", "--page", str(page), env=env)
                assert proc.returncode == 0, proc.stderr
                found = json.loads(proc.stdout)
                hits += found["hits"]
                if len(hits) >= found["total"] or not found["hits"]:
                    break
            # a syndicated article is one result; which copy stands for it follows the engine's
            # scores too, so a result is compared as its set of copies
            answers.append((found["total"], sorted(sorted([h["id"], *(c["id"] for c in h["copies"])])
                                                    for h in hits), found["by_province"]))
        assert answers[0] == answers[1], args
        assert answers[0][0] > 0, args
