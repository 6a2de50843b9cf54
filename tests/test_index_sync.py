"""Search converges on the archive (search/sync.py): a crawl killed with documents still in
memory heals on the next crawl, with either backend; the catch-up is idempotent; `lmhtx serve`
catches up when it starts and follows a `reindex`; reindex and nightly exclude each other; a
bad Elasticsearch spool line is quarantined without blocking the batches after it."""

from __future__ import annotations

import json
import os
import signal
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from app.nightly import EXIT_LOCKED, run_lock
from crawler.archive import Archive
from search.base import doc_id
from search.embedded import EmbeddedIndex
from search.spool import spool_batch
from search.sync import catch_up
from tests.helpers import FEW_SITES, NODE_CLASS, ROOT, archive_ids, es_ids, feed, make_pipeline, run_scrapy


def item(n: int, title: str | None = None) -> dict:
    url = f"https://lienminhhtx.example.vn/tin/{n}.html"
    title = title or f"Hợp tác xã kiemtra{n} mở rộng sản xuất"
    return {"url": url, "canonical_url": url, "site": "lmhtx-daknong", "province": "dak-nong",
            "province_today": "lam-dong", "title": title, "text": f"Nội dung bài {n} về HTX.",
            "published": "2024-03-05T09:00:00+07:00", "author": None, "language": "vi", "doc_number": None,
            "attachments": [], "fetched_at": "2024-07-01T10:00:00+07:00", "content_hash": f"{n}:{title}",
            "fingerprint": f"fp{n}"}


def archive_with(data: Path, numbers) -> None:
    with Archive(data) as archive:
        for n in numbers:
            archive.upsert(doc_id(item(n)["canonical_url"]), item(n))


def embedded_ids(data: Path) -> set[str]:
    path = data / "search.sqlite3"
    if not path.exists():
        return set()
    db = sqlite3.connect(path)
    try:
        return {r[0] for r in db.execute("SELECT id FROM docs")}
    finally:
        db.close()


def cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ELASTICSEARCH")}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**clean, **(env or {})})


# --- a crawl killed with documents in memory heals on the next one ------------------------------


def kill_crawl_after(registry: Path, data: Path, archived: int, env: dict) -> int:
    """A real `scrapy crawl`, killed with SIGKILL once `archived` articles are in the archive."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ELASTICSEARCH")}
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portals", "-a", f"sites={registry}", "-O",
           str(data.parent / "killed.jsonl"), "-s", "DOWNLOAD_DELAY=0.05", "-s", "AUTOTHROTTLE_ENABLED=False",
           "-s", "CONCURRENT_REQUESTS=1", "-s", "RETRY_BACKOFF_BASE=0.05"]
    proc = subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                            env={**clean, "LMHTX_DATA": str(data), **env})
    deadline = time.time() + 120
    try:
        while time.time() < deadline and proc.poll() is None:
            if (data / "archive.sqlite3").exists():
                with Archive(data) as archive:
                    if archive.count() >= archived:
                        break
            time.sleep(0.1)
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with Archive(data) as archive:
        return archive.count()


@pytest.mark.parametrize("backend", ["embedded", "elasticsearch"])
def test_killed_crawl_reaches_search_on_the_next_crawl(backend, samples, tmp_path, request):
    registry = samples.write_registry(tmp_path / "sites.yaml", only=FEW_SITES)
    data = tmp_path / "data"
    env: dict[str, str] = {}
    if backend == "elasticsearch":
        server = request.getfixturevalue("es_private_server")
        env = {"ELASTICSEARCH_URL": server.url, "ELASTICSEARCH_NODE_CLASS": NODE_CLASS}
        indexed = lambda: es_ids(server.url)  # noqa: E731
    else:
        indexed = lambda: embedded_ids(data)  # noqa: E731

    kept = kill_crawl_after(registry, data, 10, env)
    assert kept >= 10
    missing = archive_ids(data) - indexed()
    assert missing, "the killed crawl's buffered documents should be missing from search"

    proc = run_scrapy(registry, tmp_path / "items.jsonl", env={"LMHTX_DATA": str(data), **env})
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert indexed() == archive_ids(data)  # nothing lost: every archived article is searchable
    with Archive(data) as archive:
        stats = archive.runs(1)[0]["stats"]
    assert stats["index/behind"] == 0 and stats["index/caught_up"] >= len(missing)  # told
    assert "search index caught up with the archive" in proc.stderr


# --- the catch-up itself -------------------------------------------------------------------------


def test_catch_up_is_idempotent_and_follows_changes(tmp_path):
    data = tmp_path / "data"
    archive_with(data, range(5))
    with Archive(data) as archive, EmbeddedIndex(data / "search.sqlite3") as index:
        assert catch_up(archive, index) == (5, 0, 0)
        assert index.synced_seq() == archive.max_seq()
        assert catch_up(archive, index) == (0, 0, 0)  # nothing new: nothing sent
        changed = item(2, title="Hợp tác xã doimoi2 đổi tên")
        archive.upsert(doc_id(changed["canonical_url"]), changed)
        assert catch_up(archive, index) == (1, 0, 0)
        assert index.get(doc_id(changed["canonical_url"]))["title"] == changed["title"]
    assert embedded_ids(data) == archive_ids(data)

    # An index made from another archive (its mark is past this one's): indexed again.
    other = tmp_path / "other"
    archive_with(other, range(2))
    with Archive(other) as archive, EmbeddedIndex(data / "search.sqlite3") as index:
        assert catch_up(archive, index).indexed == 2


def test_catch_up_elasticsearch_and_an_index_that_lost_its_data(es_url, es_index, tmp_path):
    data = tmp_path / "data"
    archive_with(data, range(6))
    with Archive(data) as archive:
        assert catch_up(archive, es_index, batch=4) == (6, 0, 0)
        assert es_index.synced_seq() == archive.max_seq()
        assert catch_up(archive, es_index) == (0, 0, 0)
        es_index.drop()  # the server lost its data: the new index starts at mark 0
        assert catch_up(archive, es_index) == (6, 0, 0)
    assert es_ids(es_url, es_index.alias) == archive_ids(data)


def test_catch_up_with_the_index_down_says_how_far_behind(tmp_path):
    from tests.esserver import EsServer, make_index

    data = tmp_path / "data"
    archive_with(data, range(3))
    index = make_index(EsServer(tmp_path / "osmem").url)  # never started: connection refused
    with Archive(data) as archive:
        assert catch_up(archive, index) == (0, 3, 0)
    index.close()


# --- serve and reindex ---------------------------------------------------------------------------


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _search(base: str, words: str) -> set[str]:
    with urllib.request.urlopen(f"{base}/api/search?q={urllib.parse.quote(words)}", timeout=10) as resp:
        return {h["id"] for h in json.load(resp)["hits"]}


def test_serve_catches_up_at_start_and_follows_a_reindex(tmp_path):
    data = tmp_path / "data"
    archive_with(data, range(3))  # archived, never indexed
    port = _free_port()
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ELASTICSEARCH")}
    serve = subprocess.Popen([sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--data-dir",
                              str(data)], cwd=ROOT, env=clean, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.time() + 60
        while True:
            try:
                urllib.request.urlopen(base + "/healthz", timeout=2).close()
                break
            except OSError:
                assert serve.poll() is None and time.time() < deadline, "serve did not start"
                time.sleep(0.1)
        assert _search(base, "kiemtra1") == {doc_id(item(1)["canonical_url"])}

        archive_with(data, [3])  # a new article, then a reindex while serve runs
        proc = cli("reindex", "--data-dir", str(data))
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == "reindexed 4 articles"
        assert _search(base, "kiemtra3") == {doc_id(item(3)["canonical_url"])}  # no restart needed
        assert _search(base, "kiemtra1") == {doc_id(item(1)["canonical_url"])}
        archive_with(data, [4])  # and what the next crawl indexes after the reindex is seen too
        with Archive(data) as archive, EmbeddedIndex(data / "search.sqlite3") as index:
            assert catch_up(archive, index).indexed == 1
        assert _search(base, "kiemtra4") == {doc_id(item(4)["canonical_url"])}
    finally:
        serve.terminate()
        _, err = serve.communicate(timeout=30)
    assert "search index: 3 documents caught up, 0 archive articles not in it" in err


def test_reindex_waits_for_no_nightly_run(tmp_path):
    data = tmp_path / "data"
    archive_with(data, range(2))
    with run_lock(data):  # a nightly run in progress
        proc = cli("reindex", "--data-dir", str(data))
    assert proc.returncode == EXIT_LOCKED
    assert "nightly run is in progress" in proc.stderr and len(proc.stderr.strip().splitlines()) == 1
    assert "Traceback" not in proc.stderr
    assert embedded_ids(data) == set()  # untouched
    proc = cli("reindex", "--data-dir", str(data))
    assert proc.returncode == 0, proc.stderr
    assert embedded_ids(data) == archive_ids(data)
    with EmbeddedIndex(data / "search.sqlite3") as index, Archive(data) as archive:
        assert index.synced_seq() == archive.max_seq()


# --- the Elasticsearch spool -----------------------------------------------------------------------


def _doc(n: int) -> dict:
    return {"id": f"d{n}", "url": "u", "canonical_url": "u", "site": "s", "title": f"t{n}", "text": "x"}


def _spool_with_a_bad_line(spool: Path) -> None:
    spool_batch(spool, [_doc(1)])
    first = spool_batch(spool, [_doc(2), _doc(3)])
    lines = first.read_text(encoding="utf-8").splitlines()
    first.write_text("\n".join([lines[0], '{"url": "no id", "title": "x"}', lines[1]]) + "\n", encoding="utf-8")
    spool_batch(spool, [_doc(4)])


def test_bad_spool_line_is_quarantined_and_later_batches_replayed(es_url, tmp_path, alias):
    pipeline, stats = make_pipeline(es_url, tmp_path, alias)
    spool = tmp_path / "data" / "es-spool"
    _spool_with_a_bad_line(spool)
    pipeline.start()  # replays the spool left by an earlier run
    pipeline.close()
    assert es_ids(es_url, alias) == {"d1", "d2", "d3", "d4"}
    assert stats.get_value("elasticsearch/quarantined") == 1
    assert stats.get_value("elasticsearch/spool_waiting") == 0
    (kept,) = (spool / "rejected").glob("quarantined-*.jsonl")
    assert json.loads(kept.read_text(encoding="utf-8"))["error"] == "no document id"


def test_spool_waiting_is_counted_when_the_server_is_down(tmp_path, alias):
    from tests.esserver import EsServer

    pipeline, stats = make_pipeline(EsServer(tmp_path / "osmem").url, tmp_path, alias, ELASTICSEARCH_RETRY_TIMES=0)
    pipeline.start()
    feed(pipeline, range(7))
    pipeline.close()
    assert stats.get_value("elasticsearch/spool_waiting") == 7 == stats.get_value("elasticsearch/spooled")


def test_index_replay_reports_what_it_set_aside(es_private_server, tmp_path):
    data = tmp_path / "data"
    _spool_with_a_bad_line(data / "es-spool")
    env = {"ELASTICSEARCH_URL": es_private_server.url, "ELASTICSEARCH_NODE_CLASS": NODE_CLASS}
    proc = cli("index", "--replay", "--data-dir", str(data), env=env)
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "replayed 4 documents, 0 still waiting, set aside in" in proc.stdout
    assert "1 unreadable spool lines" in proc.stdout and "Traceback" not in proc.stderr
    assert es_ids(es_private_server.url) == {"d1", "d2", "d3", "d4"}
    again = cli("index", "--replay", "--data-dir", str(data), env=env)  # nothing new set aside
    assert again.returncode == 0 and "replayed 0 documents, 0 still waiting" in again.stdout
    assert "1 file(s) in" in again.stderr  # what waits for a person is still named


def test_reindex_elasticsearch_records_the_archive_revision(es_private_server, tmp_path):
    from tests.esserver import make_index

    data = tmp_path / "data"
    archive_with(data, range(4))
    env = {"ELASTICSEARCH_URL": es_private_server.url, "ELASTICSEARCH_NODE_CLASS": NODE_CLASS}
    proc = cli("reindex", "--data-dir", str(data), env=env)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "reindexed 4 articles"
    assert es_ids(es_private_server.url) == archive_ids(data)
    index = make_index(es_private_server.url, alias="articles")
    with Archive(data) as archive:
        assert index.synced_seq() == archive.max_seq()  # a crawl's catch-up starts from there
    index.close()
    es_private_server.stop()
    down = cli("reindex", "--data-dir", str(data), env=env)
    assert down.returncode == 1 and down.stderr.startswith("lmhtx reindex: Elasticsearch at ")
    assert "Traceback" not in down.stderr and len(down.stderr.strip().splitlines()) == 1
