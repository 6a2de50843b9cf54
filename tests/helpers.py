"""What several test modules share that is not a fixture: paths, the figures of the sample
portals, a real `scrapy crawl` in a subprocess, and the archive/stats builders the report,
monitor and alert tests pin their numbers with. Fixtures live in conftest.py."""

import os
import subprocess
import sys
from pathlib import Path

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


def run_scrapy(registry: Path, out: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """A real `scrapy crawl portals` in a subprocess, as staff would run it. Its archive
    goes beside `out` unless `env` names LMHTX_DATA: never into the repository's ./data."""
    env = {"LMHTX_DATA": str(out.parent / "data"), **(env or {})}
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ELASTICSEARCH")}
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portals", "-a", f"sites={registry}", "-O", str(out),
           "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_BACKOFF_BASE=0.05",
           "-s", "LOG_LEVEL=INFO", *extra]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=300, env={**clean, **env})
