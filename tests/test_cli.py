"""The `lmhtx` command as staff use it: extract, sites, sites check, crawl."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import SAMPLE_ARTICLES, WHOLE_CRAWL_SECONDS, a_whole_crawl

ROOT = Path(__file__).resolve().parent.parent


def lmhtx(*args, timeout=120):
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture(scope="module")
def registry(samples, tmp_path_factory):
    return samples.write_registry(tmp_path_factory.mktemp("cli") / "sites.yaml")


def _first_article(site):
    from samples.server import SAMPLES_DIR

    exp = json.loads((SAMPLES_DIR / site / "expected.json").read_text(encoding="utf-8"))
    return next(a for a in exp["articles"] if a["published"])


@pytest.mark.parametrize("site", ["vca", "lmhtx-thaibinh", "lmhtx-daknong", "lmhtx-nghean"])
def test_extract_url_over_loopback(samples, registry, site):
    article = _first_article(site)
    proc = lmhtx("extract", samples.base(site) + article["path"], "--sites", str(registry))
    assert proc.returncode == 0, proc.stderr
    item = json.loads(proc.stdout)
    assert item["site"] == site
    assert item["title"] == article["title"]
    assert item["published"] == article["published"]


def test_extract_saved_file_with_url_and_site(samples, registry, tmp_path):
    import urllib.request

    article = _first_article("lmhtx-thaibinh")
    url = samples.base("lmhtx-thaibinh") + article["path"]
    page = tmp_path / "saved.html"
    page.write_bytes(urllib.request.urlopen(url).read())
    proc = lmhtx("extract", str(page), "--url", url, "--site", "lmhtx-thaibinh", "--sites", str(registry))
    assert proc.returncode == 0, proc.stderr
    item = json.loads(proc.stdout)
    assert item["title"] == article["title"] and item["canonical_url"] == url
    assert "Tăng tương phản" not in item["text"]


def test_extract_guesses_family_without_registry_match(samples, tmp_path):
    import urllib.request

    article = _first_article("lmhtx-daknong")
    page = tmp_path / "wp.html"
    page.write_bytes(urllib.request.urlopen(samples.base("lmhtx-daknong") + article["path"]).read())
    proc = lmhtx("extract", str(page), "--url", "https://example.invalid" + article["path"])
    assert proc.returncode == 0, proc.stderr
    item = json.loads(proc.stdout)
    assert item["family"] == "wordpress" and item["site"] is None
    assert item["title"] == article["title"]


def test_extract_non_article_says_why(samples, registry):
    from samples.server import SAMPLES_DIR

    exp = json.loads((SAMPLES_DIR / "lmhtx-thaibinh" / "expected.json").read_text(encoding="utf-8"))
    path = exp["non_articles"][0]
    proc = lmhtx("extract", samples.base("lmhtx-thaibinh") + path, "--sites", str(registry))
    assert proc.returncode == 1
    out = json.loads(proc.stdout)
    assert out["article"] is False and out["reason"]


def test_extract_missing_file_is_a_clear_error():
    proc = lmhtx("extract", "/nonexistent/page.html")
    assert proc.returncode == 2
    assert "no such file" in proc.stderr and "Traceback" not in proc.stderr


def test_sites_lists_registry():
    proc = lmhtx("sites")
    assert proc.returncode == 0
    assert "vca.org.vn" in proc.stdout
    assert len(proc.stdout.strip().splitlines()) >= 25


def test_bad_registry_is_a_clear_error(tmp_path):
    bad = tmp_path / "bad.yaml"
    bad.write_text("sites:\n  - id: x\n    province: dak-nog\n    name: X\n    start_urls: [http://127.0.0.1/]\n")
    proc = lmhtx("crawl", "--sites", str(bad))
    assert proc.returncode == 2
    assert "bad.yaml" in proc.stderr and "province" in proc.stderr and "dak-nong" in proc.stderr
    assert "Traceback" not in proc.stderr


def test_sites_check_over_loopback(samples, registry):
    proc = lmhtx("sites", "check", "--sites", str(registry), "--json", "--timeout", "5")
    results = {r["site"]: r for r in json.loads(proc.stdout)}
    assert set(results) >= {"vca", "lmhtx-thaibinh", "lmhtx-daknong"}
    for site in ("vca", "lmhtx-thaibinh", "lmhtx-daknong", "lmhtx-nghean"):
        r = results[site]
        assert r["status"] == 200 and r["alliance_portal"] and r["article_links"] > 0, r
        assert r["robots"] in ("allowed", "missing")
        assert r["newest_title"], r


def test_sites_check_reports_a_broken_site(samples, registry):
    samples.set_status("vca", "/", 500)
    try:
        proc = lmhtx("sites", "check", "vca", "--sites", str(registry), "--json", "--timeout", "5")
    finally:
        samples.set_status("vca", "/", None)
    assert proc.returncode == 1
    (r,) = json.loads(proc.stdout)
    assert not r["ok"] and r["status"] == 500 and any("500" in p for p in r["problems"])


def test_sites_check_reports_unreachable(tmp_path):
    reg = tmp_path / "down.yaml"
    reg.write_text("sites:\n  - id: down\n    province: ha-noi\n    name: Down\n    start_urls: ['http://127.0.0.250:9/']\n")
    proc = lmhtx("sites", "check", "--sites", str(reg), "--json", "--timeout", "3")
    assert proc.returncode == 1
    (r,) = json.loads(proc.stdout)
    assert not r["ok"] and any("unreachable" in p for p in r["problems"])


def test_offline_demo_crawls_the_samples_into_a_searchable_archive(tmp_path):
    data = tmp_path / "demo"
    proc = lmhtx("demo", "--data-dir", str(data), timeout=WHOLE_CRAWL_SECONDS)
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = sum(1 for _ in (data / "demo-items.jsonl").open(encoding="utf-8"))
    assert f"articles: {items}" in proc.stdout and a_whole_crawl(items), (items, SAMPLE_ARTICLES)
    found = lmhtx("search", "hop tac xa", "--json", "--data-dir", str(data))
    assert found.returncode == 0 and json.loads(found.stdout)["total"] > 10
