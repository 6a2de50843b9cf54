"""Fixtures every test module can ask for: the running sample portals and one full crawl of them."""

import json

import pytest

# test_cli.py still imports these from here; new tests import tests.helpers.
from tests.helpers import ROOT, SAMPLE_ARTICLES, SAMPLE_SITES, run_scrapy, sample_provinces_of_today  # noqa: F401


@pytest.fixture(scope="session")
def samples():
    from crawler.samples.server import SampleSites

    with SampleSites() as sites:
        sites.start()
        yield sites


@pytest.fixture(scope="session")
def crawl(samples, tmp_path_factory):
    """One full crawl of every sample portal; tests read its items, log and server hits."""
    tmp = tmp_path_factory.mktemp("crawl")
    registry = samples.write_registry(tmp / "sites.yaml")
    out = tmp / "items.jsonl"
    samples.reset_log()
    proc = run_scrapy(registry, out, env={"LMHTX_CONTACT": "archive-team@example.org"})
    assert proc.returncode == 0, proc.stderr[-4000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    bases = {sid: samples.base(sid) for sid in samples.site_ids}
    return {"items": items, "log": proc.stderr, "hits": list(samples.requests), "bases": bases}
