"""A nightly that left work behind says so everywhere staff look (crawler.runstatus), and the
next nightly heals it: Elasticsearch down for a whole night, then back."""

from __future__ import annotations

import json

import pytest

from crawler.archive import Archive
from samples.server import SampleSites
from tests.helpers import NODE_CLASS, archive_ids, es_ids, nightly

SITES = ["vca", "lmhtx-ninhbinh"]


@pytest.fixture(scope="module")
def sites():
    with SampleSites(sites=SITES, ip_base=130) as s:
        s.start()
        yield s


def test_elasticsearch_down_all_night_is_told_then_healed(sites, es_private_server, tmp_path, webhook):
    registry = sites.write_registry(tmp_path / "sites.yaml")
    data = tmp_path / "data"
    env = {"ELASTICSEARCH_URL": es_private_server.url, "ELASTICSEARCH_NODE_CLASS": NODE_CLASS,
           "ELASTICSEARCH_RETRY_TIMES": "0", "LMHTX_ALERT_WEBHOOK": webhook.url}
    es_private_server.stop()

    down = nightly(registry, data, env=env)
    assert down.returncode == 3, down.stderr[-3000:]  # degraded: archived, not searchable
    with Archive(data) as archive:
        (run,) = archive.runs()
        archived = {a["id"] for a in archive.articles()}
    assert archived and run["status"] == "degraded"
    waiting = run["stats"]["elasticsearch/spool_waiting"]
    assert waiting == len(archived)
    cause = f"{waiting} bài chờ gửi tới Elasticsearch"
    assert f"nightly run {run['id']} degraded (" in down.stderr and cause in down.stderr  # the log
    report = json.loads((data / "reports" / "latest.json").read_text(encoding="utf-8"))
    assert report["last_run"]["status"] == "degraded" and cause in report["last_run"]["causes"][0]
    (finding,) = [f for f in report["findings"] if f["subject"] == "run"]
    assert finding["level"] == "error" and cause in finding["message"]
    assert any(cause in p["json"]["text"] for p in webhook.posts)  # the alert names the real cause

    es_private_server.start()
    back = nightly(registry, data, env=env)
    assert back.returncode == 0, back.stderr[-3000:]
    with Archive(data) as archive:
        assert archive.runs()[0]["status"] == "finished"
    assert es_ids(es_private_server.url) == archive_ids(data) == archived  # nothing lost
