"""Spider arguments, politeness and faults, with real crawls of the sample portals."""

import json

from tests.helpers import FEW_SITES, run_scrapy, sample_provinces_of_today


def _items(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_site_argument_limits_the_crawl(samples, tmp_path):
    registry = samples.write_registry(tmp_path / "sites.yaml")
    samples.reset_log()
    proc = run_scrapy(registry, tmp_path / "out.jsonl", "-a", "site=lmhtx-nghean")
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = _items(tmp_path / "out.jsonl")
    assert items and {i["site"] for i in items} == {"lmhtx-nghean"}
    assert {h.site_id for h in samples.requests} == {"lmhtx-nghean"}


def test_province_argument_matches_todays_province(samples, tmp_path):
    registry = samples.write_registry(tmp_path / "sites.yaml")
    # Đắk Nông merged into Lâm Đồng in 2025: asking for today's province finds its portal.
    proc = run_scrapy(registry, tmp_path / "out.jsonl", "-a", "province=lam-dong")
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = _items(tmp_path / "out.jsonl")
    assert items and {i["province"] for i in items} == sample_provinces_of_today("lam-dong")
    assert {i["province_today"] for i in items} == {"lam-dong"}


def test_max_pages_bounds_requests_per_site(samples, tmp_path):
    registry = samples.write_registry(tmp_path / "sites.yaml")
    samples.reset_log()
    proc = run_scrapy(registry, tmp_path / "out.jsonl", "-a", "site=lmhtx-thaibinh", "-a", "max_pages=4")
    assert proc.returncode == 0, proc.stderr[-3000:]
    pages = [h for h in samples.requests if h.site_id == "lmhtx-thaibinh" and h.path != "/robots.txt"]
    assert 1 <= len(pages) <= 4
    assert "portals/budget_exhausted/lmhtx-thaibinh" in proc.stderr


def test_failing_site_is_retried_with_backoff_and_others_go_on(samples, tmp_path):
    registry = samples.write_registry(tmp_path / "sites.yaml", only=FEW_SITES)
    samples.reset_log()
    samples.set_status("vca", "/", 500)
    try:
        proc = run_scrapy(registry, tmp_path / "out.jsonl", "-s", "RETRY_TIMES=2", "-s", "RETRY_BACKOFF_BASE=0.3")
    finally:
        samples.set_status("vca", "/", None)
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = _items(tmp_path / "out.jsonl")
    assert items and "vca" not in {i["site"] for i in items}
    # Its robots.txt answers 500 too: retried with backoff, then the site is skipped for the
    # night (an unreadable robots.txt means disallow all), no page of it asked.
    assert [h.path for h in samples.requests if h.site_id == "vca"] == ["/robots.txt"] * 3
    attempts = sorted(h.time for h in samples.requests if h.site_id == "vca")
    assert attempts[1] - attempts[0] >= 0.25 and attempts[2] - attempts[1] >= 0.5  # 0.3 s, then 0.6 s
    assert "portals/site/vca/errors" in proc.stderr and "portals/site/vca/robots_unavailable" in proc.stderr


def test_user_agent_setting_overrides(samples, tmp_path):
    registry = samples.write_registry(tmp_path / "sites.yaml")
    samples.reset_log()
    proc = run_scrapy(registry, tmp_path / "out.jsonl", "-a", "site=lmhtx-nghean", "-a", "max_pages=2",
                      "-s", "USER_AGENT=custom-agent/1.0")
    assert proc.returncode == 0
    assert {h.user_agent for h in samples.requests} == {"custom-agent/1.0"}


def test_a_bad_setting_or_argument_is_one_clear_line(samples, tmp_path):
    registry = samples.write_registry(tmp_path / "sites.yaml")
    for extra, said in ((("-s", "LMHTX_CHECKPOINT_PAGES=0"), "LMHTX_CHECKPOINT_PAGES must be a number of pages, 1 or more, not '0'"),
                        (("-a", "max_pages=many"), "max_pages must be a number, not 'many'"),
                        (("-a", "mode=full"), "mode must be one of")):
        samples.reset_log()
        proc = run_scrapy(registry, tmp_path / "out.jsonl", "-a", "site=lmhtx-nghean", *extra)
        assert proc.returncode != 0
        assert said in proc.stderr.strip().splitlines()[-1], proc.stderr[-2000:]  # (Scrapy prints its traceback above)
        assert not samples.requests  # refused before any page is asked
