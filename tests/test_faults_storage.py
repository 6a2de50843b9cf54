"""Storage faults of the nightly run, on loopback: an article that failed once and only an
older listing page links, a corrupt HTTP cache, a corrupt archive, a full disk. Each case
checks that nothing is lost (archived addresses compared) and that the run tells (stats in
the run record, exit status, one log line)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from urllib.parse import urlsplit

import pytest
import yaml

from crawler.archive import Archive
from crawler.dates import TZ
from samples.server import SampleSites
from tests.helpers import FAST, ROOT, nightly

SITE = "lmhtx-thaibinh"
# Linked only from the second page of the news listing: an incremental night stops paging
# at the first page (all its articles archived) and never meets this link again.
ORPHAN = "/tin-tuc-su-kien/so-ket-6-thang-dau-nam-2022-khu-vuc-kinh-te-tap-the-1034.html"


def expected() -> set[str]:
    data = json.loads((ROOT / "samples" / SITE / "expected.json").read_text(encoding="utf-8"))
    return {a["path"] for a in data["articles"]}


@pytest.fixture(scope="module")
def site():
    with SampleSites(ip_base=200, sites=[SITE]) as s:
        yield s


@pytest.fixture
def registry(site, tmp_path) -> Path:
    path = site.write_registry(tmp_path / "all.yaml")
    entries = [e for e in yaml.safe_load(path.read_text(encoding="utf-8"))["sites"] if e["id"] == SITE]
    one = tmp_path / "sites.yaml"
    one.write_text(yaml.safe_dump({"sites": entries}, allow_unicode=True), encoding="utf-8")
    return one


def archived(data: Path) -> tuple[set[str], dict]:
    """(paths of the archived articles, the latest run record)."""
    with Archive(data) as archive:
        return {urlsplit(a["canonical_url"]).path for a in archive.articles()}, archive.runs(1)[0]


# -- 2. a failed article is retried on later nights, whichever page linked it ---------------
def test_failed_page_two_article_is_retried_and_archived_next_night(site, registry, tmp_path):
    data = tmp_path / "data"
    site.set_status(SITE, ORPHAN, 500)
    try:
        first = nightly(registry, data, "-s", "LMHTX_FAILED_RETRY_DAYS=0")
    finally:
        site.set_status(SITE, ORPHAN, None)
    assert first.returncode == 0, first.stderr[-3000:]
    paths, run = archived(data)
    assert paths == expected() - {ORPHAN}
    assert run["stats"][f"portals/site/{SITE}/failed_remembered"] == 1

    site.reset_log()
    second = nightly(registry, data)
    assert second.returncode == 0, second.stderr[-3000:]
    paths, run = archived(data)
    assert paths == expected()  # nothing lost
    stats = run["stats"]
    assert stats[f"incremental/pagination_stopped/{SITE}"]  # page 2 was not read: the retry found it
    assert not site.hits(SITE, "/tin-tuc-su-kien/page-2.htm")
    assert [h.status for h in site.hits(SITE, ORPHAN)] == [200]
    assert stats["portals/retried_failed"] == 1 and stats["portals/failed_recovered"] == 1
    assert stats[f"archive/new/{SITE}"] == 1

    site.reset_log()  # resolved: not asked for again
    third = nightly(registry, data)
    assert third.returncode == 0 and not site.hits(SITE, ORPHAN)
    assert "portals/retried_failed" not in archived(data)[1]["stats"]


def test_failed_article_is_given_up_after_the_limit(site, registry, tmp_path):
    data = tmp_path / "data"
    limits = ["-s", "LMHTX_FAILED_RETRY_DAYS=0", "-s", "LMHTX_FAILED_RETRY_LIMIT=2"]
    site.set_status(SITE, ORPHAN, 500)
    try:
        assert nightly(registry, data, *limits).returncode == 0
        site.reset_log()
        second = nightly(registry, data, *limits)
        assert second.returncode == 3, second.stderr[-3000:]  # degraded: an article is lost for good
        assert "bỏ hẳn 1 bài lỗi nhiều đêm liền" in second.stderr
        assert site.hits(SITE, ORPHAN)  # tried again (with its retries) and failed again
        stats = archived(data)[1]["stats"]
        assert stats["portals/retried_failed"] == 1 and stats["portals/failed_given_up"] == 1
        assert "portals/failed_recovered" not in stats
        assert f"{ORPHAN} given up after 2 failed tries" in second.stderr
        site.reset_log()
        third = nightly(registry, data, *limits)
        assert third.returncode == 0 and not site.hits(SITE, ORPHAN)
        assert "portals/retried_failed" not in archived(data)[1]["stats"]
    finally:
        site.set_status(SITE, ORPHAN, None)
    assert archived(data)[0] == expected() - {ORPHAN}


def test_failed_addresses_back_off(tmp_path):
    """Due again 1, 2, 4 … days after each failure (LMHTX_FAILED_RETRY_DAYS=1), given up at the limit."""
    url = "http://127.0.0.1:9/tin/a-1.html"
    today = datetime.now(TZ).date()  # the archive's days are the portals' days
    with Archive(tmp_path) as archive:
        for tries, wait in enumerate((1, 2, 4), start=1):
            assert not archive.remember_failed(url, "x", "500", first_days=1, limit=4)
            assert archive.failed_due((today + timedelta(days=wait - 1)).isoformat()) == []
            assert archive.failed_due((today + timedelta(days=wait)).isoformat()) == [(url, "x")]
        assert archive.remember_failed(url, "x", "500", first_days=1, limit=4)  # the 4th: given up
        assert archive.failed_due("9999-12-31") == []
        assert not archive.remember_failed(url, "x", "500", first_days=1, limit=4)  # counted once


# -- 3. a corrupt HTTP cache is set aside, the crawl goes on ----------------------------------
@pytest.mark.parametrize("damage", ["garbage", "truncated"])
def test_corrupt_http_cache_is_set_aside_and_the_crawl_goes_on(site, registry, tmp_path, damage):
    data = tmp_path / "data"
    data.mkdir()
    cache = data / "httpcache.sqlite3"
    if damage == "garbage":
        cache.write_bytes(b"\x00not a database\xff" * 4096)
    else:  # a real cache of this site, cut in half
        assert nightly(registry, tmp_path / "before").returncode == 0
        whole = (tmp_path / "before" / "httpcache.sqlite3").read_bytes()
        assert len(whole) > 8192 and not (tmp_path / "before" / "httpcache.sqlite3-wal").exists()
        cache.write_bytes(whole[:len(whole) // 2])
    proc = nightly(registry, data)
    assert proc.returncode == 0, proc.stderr[-3000:]
    paths, run = archived(data)
    assert paths == expected()  # nothing lost
    assert run["status"] == "finished" and run["stats"]["httpcache/reset"] == 1
    assert proc.stderr.count("the HTTP cache") == 1 and "set aside as httpcache.sqlite3.corrupt-" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert len(list(data.glob("httpcache.sqlite3.corrupt-*"))) == 1
    with sqlite3.connect(cache) as db:  # the new cache keeps tonight's listings
        assert db.execute("SELECT COUNT(*) FROM responses").fetchone()[0] > 0



def test_cache_damaged_while_the_crawl_runs_is_reset(tmp_path):
    """A read that meets the damage mid-run sets the file aside too; a couple of bad files are kept."""
    from scrapy import Request, Spider
    from scrapy.http import HtmlResponse
    from scrapy.utils.test import get_crawler

    from crawler.httpcache import SqliteCacheStorage

    for old in ("20250101T000000", "20250102T000000", "20250103T000000"):
        (tmp_path / f"httpcache.sqlite3.corrupt-{old}").write_bytes(b"old")
    crawler = get_crawler(Spider, {"LMHTX_DATA": str(tmp_path)})
    crawler.spider = spider = Spider.from_crawler(crawler, name="t")
    storage = SqliteCacheStorage(crawler.settings)
    storage.open_spider(spider)
    requests = [Request(f"http://127.0.0.1:9/tin-{i}.html") for i in range(200)]
    for r in requests:
        storage.store_response(spider, r, HtmlResponse(r.url, body=b"<p>tin</p>" * 200, headers={"ETag": "1"}))
    storage.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    storage.db.execute("PRAGMA cache_size=1")  # the next read goes to the file
    cache = tmp_path / "httpcache.sqlite3"
    cache.write_bytes(b"\xff" * cache.stat().st_size)
    assert storage.retrieve_response(spider, requests[7]) is None  # a miss, not an error
    assert crawler.stats.get_value("httpcache/reset") == 1
    storage.store_response(spider, requests[7], HtmlResponse(requests[7].url, body=b"<p>tin</p>", headers={"ETag": "1"}))
    assert storage.retrieve_response(spider, requests[7]).body == b"<p>tin</p>"  # the fresh cache works
    storage.close_spider(spider)
    aside = sorted(p.name for p in tmp_path.glob("httpcache.sqlite3.corrupt-*"))
    assert len(aside) == 2 and aside[0].endswith("20250103T000000")


# -- 4. a full disk ------------------------------------------------------------------------
# The nightly in a process whose archive and WARC writes start failing as a full disk does
# (a small tmpfs needs root): the archive's write path, patched in that process only.
DISK_FULL = """
import errno, sqlite3, sys
from crawler import archive, warc
archive_ok, warc_ok = int(sys.argv[1]), int(sys.argv[2])
calls = {"upsert": 0, "warc": 0}
def failing(name, real, limit, exc):
    def write(self, *args, **kwargs):
        calls[name] += 1
        if calls[name] > limit:
            raise exc
        return real(self, *args, **kwargs)
    return write
archive.Archive.upsert = failing("upsert", archive.Archive.upsert, archive_ok,
                                 sqlite3.OperationalError("database or disk is full"))
warc.WarcFile.write = failing("warc", warc.WarcFile.write, warc_ok, OSError(errno.ENOSPC, "No space left on device"))
from app.cli import main
sys.exit(main(sys.argv[3:]))
"""


def test_full_disk_fails_the_run_loudly_and_the_next_night_archives_what_was_missed(site, registry, tmp_path):
    data = tmp_path / "data"
    cmd = [sys.executable, "-c", DISK_FULL, "3", "5", "nightly", "--sites", str(registry), "--data-dir", str(data),
           *FAST]
    full = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert full.returncode == 1, full.stderr[-3000:]
    with Archive(data) as archive:
        kept = {a["id"] for a in archive.articles()}
        (run,) = archive.runs()
    assert len(kept) == 3
    assert (run["status"], run["reason"]) == ("failed", "disk_full")  # not left "running"
    stats = run["stats"]
    assert stats["archive/write_errors"] >= 1 and stats[f"archive/write_errors/{SITE}"] == stats["archive/write_errors"]
    assert stats["archive/new"] == 3 and stats["warc/write_errors"] >= 1
    assert full.stderr.count(" not archived (database or disk is full)") == stats["archive/write_errors"]
    assert full.stderr.count("is full: the crawl stops here") == 1
    assert full.stderr.count("WARC writes failed in this run") == 1
    told = f"nightly run {run['id']} failed (ổ đĩa của thư mục dữ liệu đầy"
    assert told in full.stderr and f"{stats['archive/write_errors']} bài không ghi được" in full.stderr
    assert "Traceback" not in full.stderr

    again = nightly(registry, data)  # space freed
    assert again.returncode == 0, again.stderr[-3000:]
    paths, run = archived(data)
    assert paths == expected()  # nothing lost
    with Archive(data) as archive:
        ids = {a["id"] for a in archive.articles()}
    assert kept < ids and run["new_articles"] == len(ids) - 3
    assert run["status"] == "finished" and "archive/write_errors" not in run["stats"]


def test_low_free_space_refuses_to_start(site, registry, tmp_path):
    data = tmp_path / "data"
    site.reset_log()
    proc = nightly(registry, data, "-s", "LMHTX_MIN_FREE_MB=1000000000")
    assert proc.returncode == 1
    lines = [line for line in proc.stderr.splitlines() if "the crawl does not start" in line]
    assert len(lines) == 1 and "MB free, less than LMHTX_MIN_FREE_MB=1000000000" in lines[0]
    assert "Traceback" not in proc.stderr
    assert not site.hits(SITE)  # nothing fetched for nothing
    with Archive(data) as archive:
        (run,) = archive.runs()
        assert archive.count() == 0
    assert (run["status"], run["reason"]) == ("failed", "disk_full")


def test_corrupt_archive_is_one_line_and_left_as_it_is(site, registry, tmp_path):
    data = tmp_path / "data"
    data.mkdir()
    garbage = b"this is not an archive\n" * 512
    (data / "archive.sqlite3").write_bytes(garbage)
    proc = nightly(registry, data)
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    (line,) = [line for line in proc.stderr.splitlines() if "archive.sqlite3 is damaged" in line]
    assert line.startswith("lmhtx nightly: ") and ".recover" in line
    assert (data / "archive.sqlite3").read_bytes() == garbage  # the record is never set aside or rebuilt
    assert sorted(p.name for p in data.iterdir() if p.name.startswith("archive")) == ["archive.sqlite3"]


def test_two_processes_upgrading_one_archive_at_once(tmp_path):
    # The other process adds a column between this one's look and its change (a crawl opening
    # the archive while `lmhtx search` or a watcher opens it): the archive opens all the same.
    Archive(tmp_path).close()

    class Late(Archive):
        def _columns(self, table: str) -> set[str]:
            return set()  # as seen just before the other process's ALTER TABLE

    with Late(tmp_path) as archive:
        assert archive.count() == 0


# -- 5. a page the crawler itself fails to read ----------------------------------------------
# The crawler's own bug on one page (here: extraction raising on the article linked only from
# page 2), injected in the nightly's process only.
UNREADABLE = """
import sys
from spiders import portals
real, path = portals.extract, sys.argv[1]
def extract(doc, url, **kwargs):
    if url.endswith(path):
        raise ValueError("a page no rule foresaw")
    return real(doc, url, **kwargs)
portals.extract = extract
from app.cli import main
sys.exit(main(sys.argv[2:]))
"""


def test_a_page_the_crawler_fails_to_read_degrades_the_run_and_is_read_next_night(site, registry, tmp_path):
    data = tmp_path / "data"
    cmd = [sys.executable, "-c", UNREADABLE, ORPHAN, "nightly", "--sites", str(registry), "--data-dir", str(data),
           *FAST]
    first = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert first.returncode == 3, first.stderr[-3000:]  # degraded, not "finished"
    paths, run = archived(data)
    assert paths == expected() - {ORPHAN}
    assert run["status"] == "degraded"
    assert f"nightly run {run['id']} degraded (1 trang không đọc được do lỗi chương trình" in first.stderr
    assert run["stats"][f"portals/site/{SITE}/page_errors"] == run["stats"]["spider_exceptions/count"] == 1
    assert first.stderr.count(f"{ORPHAN} could not be read (ValueError: a page no rule foresaw)") == 1

    site.reset_log()
    second = nightly(registry, data)  # the bug fixed
    assert second.returncode == 0, second.stderr[-3000:]
    paths, run = archived(data)
    assert paths == expected()  # nothing lost: the site's listings were walked to the end again
    assert run["stats"]["incremental/catch_up"] == [SITE]
    assert [h.status for h in site.hits(SITE, ORPHAN)] == [200]
