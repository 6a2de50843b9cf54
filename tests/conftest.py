import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _sample_figures():
    import yaml

    from crawler import provinces
    from crawler.samples.score import SAMPLES_DIR, expected_sites

    expected = expected_sites()
    registry = yaml.safe_load((SAMPLES_DIR / "sites.yaml").read_text(encoding="utf-8"))["sites"]
    return (len(registry), sum(len(e["articles"]) for e in expected.values()),
            {e["province"]: provinces.today(e["province"]) for e in registry})


# What the sample portals hold (crawler/samples/), for tests that count a whole crawl.
SAMPLE_SITES, SAMPLE_ARTICLES, SAMPLE_PROVINCES = _sample_figures()


def sample_provinces_of_today(today: str) -> set[str]:
    """Provinces (as published) of the sample portals that roll up to today's `today`."""
    return {p for p, t in SAMPLE_PROVINCES.items() if t == today}


@pytest.fixture(scope="session")
def samples():
    from crawler.samples.server import SampleSites

    with SampleSites() as sites:
        sites.start()
        yield sites


def run_scrapy(registry: Path, out: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """A real `scrapy crawl portals` in a subprocess, as staff would run it. Its archive
    goes beside `out` unless `env` names LMHTX_DATA: never into the repository's ./data."""
    env = {"LMHTX_DATA": str(out.parent / "data"), **(env or {})}
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ELASTICSEARCH")}
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portals", "-a", f"sites={registry}", "-O", str(out),
           "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_BACKOFF_BASE=0.05",
           "-s", "LOG_LEVEL=INFO", *extra]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, env={**clean, **env})


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
