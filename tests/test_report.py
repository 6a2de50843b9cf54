"""The monitoring report on archives built the way the crawl builds them (Archive.upsert,
start_run/finish_run with the spider's stats), at a pinned `now`: exact counts per province,
rolled up to today's 34, per site, and `lmhtx report` as staff run it."""

import json
import subprocess
import sys
from datetime import datetime, timedelta

import pytest

from app.monitoring import build_report, format_report
from crawler.archive import Archive
from crawler.dates import TZ
from search.base import doc_id

# test_alerts.py imports these from here until it imports tests.helpers (kept as names of this module).
from tests.helpers import NOW, ROOT, add, finish, run_stats, site, site_stats

SITES = [site("vca", "vn", "Liên minh HTX Việt Nam"), site("lmhtx-thaibinh", "thai-binh"),
         site("lmhtx-hungyen", "hung-yen"), site("lmhtx-daknong", "dak-nong"), site("lmhtx-kiengiang", "kien-giang")]
CRAWLED = ["vca", "lmhtx-thaibinh", "lmhtx-hungyen", "lmhtx-daknong"]


@pytest.fixture
def archive(tmp_path):
    """Two runs: a backfill, then a nightly that found two new articles, where Hưng Yên's
    site answered 500 three times and Đắk Nông's listings held no article link."""
    with Archive(tmp_path / "data") as a:
        run1 = a.start_run(CRAWLED, mode="backfill")
        add(a, "lmhtx-thaibinh", "thai-binh", 1, "2025-06-09T09:30:00+07:00", run1)
        add(a, "lmhtx-thaibinh", "thai-binh", 2, "2025-06-01T10:00:00+07:00", run1)  # a Sunday
        add(a, "lmhtx-thaibinh", "thai-binh", 3, "2025-05-15", run1)
        add(a, "lmhtx-thaibinh", "thai-binh", 4, "2024-12-03T08:00:00+07:00", run1)
        add(a, "lmhtx-thaibinh", "thai-binh", 5, None, run1)
        add(a, "lmhtx-thaibinh", "thai-binh", 6, "2025-07-01T08:00:00+07:00", run1)  # a wrong, future date
        add(a, "lmhtx-hungyen", "hung-yen", 1, "2025-04-01T08:00:00+07:00", run1)
        add(a, "lmhtx-daknong", "dak-nong", 1, "2025-03-01T08:00:00+07:00", run1)
        add(a, "vca", "vn", 1, "2025-06-10T07:00:00+07:00", run1)
        add(a, "vca", "vn", 3, "2025-06-03T23:59:00+07:00", run1)  # 7 days ago: out of the 7-day window
        add(a, "vca", "vn", 4, "2025-05-11T08:00:00+07:00", run1)  # 30 days ago: out of the 30-day window
        finish(a, run1, run_stats(
            site_stats("lmhtx-thaibinh", listing=8, article=6, links=30, items=6, dated=5, authored=4, new=6),
            site_stats("lmhtx-hungyen", listing=4, article=1, links=12, items=1, dated=1, authored=1, new=1),
            site_stats("lmhtx-daknong", listing=4, article=1, links=9, items=1, dated=1, new=1),
            site_stats("vca", listing=3, article=3, links=20, items=3, dated=3, authored=3, new=3), requests=60))
        run2 = a.start_run(CRAWLED, mode="incremental")
        add(a, "lmhtx-thaibinh", "thai-binh", 7, "2025-06-10T06:00:00+07:00", run2)
        add(a, "vca", "vn", 2, "2025-06-04T15:00:00+07:00", run2)
        finish(a, run2, run_stats(
            site_stats("lmhtx-thaibinh", listing=10, article=1, other={"stub": 1}, links=40, known=39, items=1,
                       dated=1, authored=0, new=1),
            site_stats("lmhtx-hungyen", listing=5, links=20, known=20, http={"500": 3, "404": 1}, errors=3),
            site_stats("lmhtx-daknong", listing=6, links=0),
            site_stats("vca", listing=2, article=1, links=10, known=9, items=1, dated=1, authored=1, new=1),
            requests=35))
        yield a


def by(rows, key, value):
    (row,) = [r for r in rows if r[key] == value]
    return row


def test_runs_summarised(archive):
    report = build_report(archive, now=NOW, sites=SITES)
    last, prev = report["last_run"], report["previous_run"]
    assert (last["id"], last["status"], last["mode"], last["new_articles"], last["requests"], last["errors"]) == \
        (2, "finished", "incremental", 2, 35, 3)
    assert last["elapsed_seconds"] == 312.5 and last["running_seconds"] is None and last["sites"] == CRAWLED
    assert (prev["id"], prev["mode"], prev["new_articles"], prev["requests"]) == (1, "backfill", 11, 60)
    assert report["sites_run"] == 2 and report["now"] == "2025-06-10T08:00:00+07:00" and report["quiet_days"] == 30
    assert report["totals"] == {"articles": 13, "undated": 1, "new_last_run": 2}
    json.dumps(report)  # serialisable as is


def test_provinces_as_published(archive):
    report = build_report(archive, now=NOW, sites=SITES)
    assert [r["province"] for r in report["provinces"]] == ["vn", "dak-nong", "hung-yen", "kien-giang", "thai-binh"]
    tb = by(report["provinces"], "province", "thai-binh")
    assert tb["name"] == "Thái Bình" and tb["province_today"] == "hung-yen" and tb["sites"] == ["lmhtx-thaibinh"]
    # 06-10 and 06-09 within 7 days; 06-01 and 05-15 too within 30; the future date in the total only
    assert (tb["new_last_run"], tb["last_7_days"], tb["last_30_days"], tb["total"], tb["undated"]) == (1, 2, 4, 7, 1)
    assert (tb["latest_published"], tb["days_since_latest"], tb["quiet"]) == ("2025-06-10", 0, False)
    assert list(tb["per_month"]) == [f"2024-{m:02d}" for m in range(7, 13)] + [f"2025-{m:02d}" for m in range(1, 7)]
    assert {m: n for m, n in tb["per_month"].items() if n} == {"2024-12": 1, "2025-05": 1, "2025-06": 3}
    hy = by(report["provinces"], "province", "hung-yen")
    assert (hy["total"], hy["last_30_days"], hy["latest_published"], hy["days_since_latest"], hy["quiet"]) == \
        (1, 0, "2025-04-01", 70, True)
    vn = by(report["provinces"], "province", "vn")
    assert (vn["name"], vn["new_last_run"], vn["last_7_days"], vn["last_30_days"], vn["total"]) == \
        ("Toàn quốc", 1, 2, 3, 4)
    assert vn["province_today"] == "vn" and vn["per_month"]["2025-05"] == 1
    kg = by(report["provinces"], "province", "kien-giang")  # a registry site, nothing archived yet
    assert (kg["total"], kg["latest_published"], kg["days_since_latest"], kg["quiet"]) == (0, None, None, True)
    assert report["quiet"] == ["dak-nong", "hung-yen", "kien-giang"]


def test_provinces_rolled_up_to_todays(archive):
    report = build_report(archive, now=NOW, sites=SITES)
    rows = report["provinces_today"]
    assert [r["province"] for r in rows] == ["vn", "an-giang", "hung-yen", "lam-dong"]
    hy = by(rows, "province", "hung-yen")  # Thái Bình and Hưng Yên together
    assert hy["formed_from"] == ["hung-yen", "thai-binh"] and hy["sites"] == ["lmhtx-hungyen", "lmhtx-thaibinh"]
    assert (hy["new_last_run"], hy["last_7_days"], hy["last_30_days"], hy["total"], hy["undated"]) == (1, 2, 4, 8, 1)
    assert (hy["latest_published"], hy["quiet"], hy["per_month"]["2025-04"]) == ("2025-06-10", False, 1)
    ld = by(rows, "province", "lam-dong")
    assert ld["name"] == "Lâm Đồng" and ld["formed_from"] == ["lam-dong", "dak-nong", "binh-thuan"]
    assert (ld["total"], ld["days_since_latest"], ld["quiet"]) == (1, 101, True)
    assert report["quiet_today"] == ["an-giang", "lam-dong"]


def test_week_heatmap_and_new_articles(archive):
    report = build_report(archive, now=NOW, sites=SITES)
    weeks = report["weeks"]
    assert len(weeks) == 26 and weeks[-1] == "2025-W24" and weeks[0] == "2024-W51"
    hy = report["heatmap"]["hung-yen"]
    assert len(hy) == 26 and sum(hy) == 5  # 2024-12-03 is before the window, 2025-07-01 after
    assert (hy[-1], hy[-2], hy[-3], hy[weeks.index("2025-W20")], hy[weeks.index("2025-W14")]) == (2, 0, 1, 1, 1)
    assert report["heatmap"]["vn"][-6:] == [1, 0, 0, 0, 2, 1]  # W19 (Sunday 05-11) … W23 (06-03, 06-04), W24
    new = report["new_since_last_run"]
    assert set(new) == {"hung-yen", "vn"} and report["new_since_last_run_counts"] == {"hung-yen": 1, "vn": 1}
    (tb,) = new["hung-yen"]
    assert tb == {"id": doc_id("https://lmhtx-thaibinh.example.vn/tin-tuc/bai-7.html"),
                  "title": "Hợp tác xã lmhtx-thaibinh bài 7", "url": "https://lmhtx-thaibinh.example.vn/tin-tuc/bai-7.html",
                  "site": "lmhtx-thaibinh", "province": "thai-binh", "published": "2025-06-10T06:00:00+07:00"}


def test_sites_health_and_coverage(archive):
    report = build_report(archive, now=NOW, sites=SITES)
    assert [s["site"] for s in report["sites"]] == [s.id for s in SITES]
    tb = by(report["sites"], "site", "lmhtx-thaibinh")
    assert (tb["status"], tb["responses"], tb["pages"], tb["articles"], tb["article_links"], tb["known_links"],
            tb["new"]) == ("ok", 12, 12, 1, 40, 39, 1)
    assert tb["coverage"] == {"items": 1, "published": 1.0, "author": 0.0, "text": 1.0}
    assert tb["coverage_previous"] == {"items": 6, "published": 0.8333, "author": 0.6667, "text": 1.0}
    assert tb["coverage_previous_run"] == 1
    assert tb["coverage_change"] == {"published": 0.1667, "author": -0.6667, "text": 0.0}
    hy = by(report["sites"], "site", "lmhtx-hungyen")
    assert (hy["status"], hy["errors"], hy["http_errors"], hy["responses"]) == ("errors", 3, {"404": 1, "500": 3}, 9)
    assert hy["coverage"] == {"items": 0, "published": None, "author": None, "text": None}
    assert hy["coverage_change"] == {"published": None, "author": None, "text": None}
    assert by(report["sites"], "site", "lmhtx-daknong")["status"] == "no_articles"
    kg = by(report["sites"], "site", "lmhtx-kiengiang")
    assert (kg["status"], kg["responses"], kg["coverage_previous"]) == ("not_crawled", 0, None)


def test_findings_are_in_the_report(archive):
    report = build_report(archive, now=NOW, sites=SITES)
    found = {(f["subject"], f["monitor"]) for f in report["findings"]}
    assert ("site:lmhtx-hungyen", "SiteMonitor.test_no_server_errors") in found
    assert ("site:lmhtx-daknong", "SiteMonitor.test_listings_have_article_links") in found
    assert ("province:hung-yen", "ProvinceMonitor.test_not_quiet") in found
    assert ("site:lmhtx-thaibinh", "SiteMonitor.test_no_server_errors") not in found


def test_quiet_days_and_windows_are_parameters(archive):
    report = build_report(archive, now=NOW, sites=SITES, quiet_days=120, months=3, weeks=4)
    assert report["quiet"] == ["kien-giang"] and report["quiet_days"] == 120
    assert report["months"] == ["2025-04", "2025-05", "2025-06"]
    assert report["weeks"] == ["2025-W21", "2025-W22", "2025-W23", "2025-W24"]
    assert report["heatmap"]["hung-yen"] == [0, 1, 0, 2]
    with pytest.raises(ValueError):
        build_report(archive, now=NOW, sites=SITES, quiet_days=0)


def test_a_run_still_going(archive):
    run3 = archive.start_run(CRAWLED, mode="incremental")
    add(archive, "lmhtx-hungyen", "hung-yen", 2, "2025-06-10T07:30:00+07:00", run3)
    report = build_report(archive, now=datetime.now(TZ) + timedelta(minutes=5), sites=SITES)
    last = report["last_run"]
    assert (last["id"], last["status"], last["finished_at"], last["requests"]) == (3, "running", None, 0)
    assert 240 <= last["running_seconds"] <= 400
    assert report["sites_run"] == 2 and by(report["sites"], "site", "lmhtx-hungyen")["new"] == 0
    assert by(report["provinces"], "province", "hung-yen")["new_last_run"] == 1
    assert report["new_since_last_run_counts"] == {"hung-yen": 1}
    assert "RunMonitor.test_run_finished" not in {f["monitor"] for f in report["findings"]}


def test_runs_recorded_before_the_new_stats_keys(tmp_path):
    """Old run rows: no responses, article_links, coverage or per-site archive keys."""
    with Archive(tmp_path) as a:
        run = a.start_run(["lmhtx-thaibinh", "lmhtx-daknong"])
        for n in range(4):
            add(a, "lmhtx-thaibinh", "thai-binh", n, None if n == 3 else f"2025-06-0{n + 1}T08:00:00+07:00", run)
        a.finish_run(run, status="finished", reason="finished", new=4, changed=0, stats={
            "finish_reason": "finished", "articles/kept": 4, "articles/kept/lmhtx-thaibinh": 4,
            "portals/site/lmhtx-thaibinh/listing": 3, "portals/site/lmhtx-thaibinh/article": 4,
            "portals/site/lmhtx-thaibinh/undated": 1, "portals/site/lmhtx-daknong/listing": 2,
            "portals/site/lmhtx-daknong/page": 1})
        report = build_report(a, now=NOW, sites=SITES[1:4])
    tb = by(report["sites"], "site", "lmhtx-thaibinh")
    assert (tb["status"], tb["responses"], tb["legacy_stats"], tb["article_links"], tb["new"]) == ("ok", 7, True, 0, 4)
    assert tb["coverage"] == {"items": 4, "published": 0.75, "author": None, "text": None}
    dn = by(report["sites"], "site", "lmhtx-daknong")
    assert (dn["status"], dn["responses"]) == ("no_articles", 3)
    assert report["last_run"]["mode"] is None and report["last_run"]["requests"] == 0
    assert report["last_run"]["elapsed_seconds"] is not None  # from the run's times


def test_empty_archive_without_runs(tmp_path):
    with Archive(tmp_path) as a:
        report = build_report(a, now=NOW, sites=[])
        assert report["last_run"] is None and report["previous_run"] is None and report["sites_run"] is None
        assert report["provinces"] == report["provinces_today"] == report["sites"] == []
        assert report["findings"] == [] and report["heatmap"] == {} and report["totals"]["articles"] == 0
        text = format_report(report)
        assert "chưa có" in text and "Cảnh báo: không có" in text
        # registry sites but nothing crawled: provinces listed, every site not crawled, no alarm
        report = build_report(a, now=NOW, sites=SITES)
    assert {s["status"] for s in report["sites"]} == {"not_crawled"} and report["findings"] == []
    assert len(report["provinces"]) == 5 and all(r["quiet"] for r in report["provinces"])


def test_disabled_sites_are_left_out(archive):
    from dataclasses import replace

    sites = [replace(s, enabled=False) if s.id == "lmhtx-kiengiang" else s for s in SITES]
    report = build_report(archive, now=NOW, sites=sites)
    assert "lmhtx-kiengiang" not in [s["site"] for s in report["sites"]]
    assert "kien-giang" not in [r["province"] for r in report["provinces"]]


def test_plain_text_report(archive):
    text = format_report(build_report(archive, now=NOW, sites=SITES))
    lines = text.splitlines()
    assert lines[0] == "Báo cáo lmhtx lúc 2025-06-10T08:00:00+07:00 — 13 bài trong kho"
    assert lines[1].startswith("Lần chạy cuối: #2 incremental finished") and "2 bài mới" in lines[1]
    row = next(line for line in lines if line.startswith("Thái Bình"))
    assert row.split() == ["Thái", "Bình", "1", "2", "4", "2025-06-10", "7"]
    assert next(line for line in lines if line.startswith("Đắk Nông")).endswith("! im lặng 101 ngày")
    rolled = next(line for line in lines if line.startswith("Hưng Yên") and "thai-binh" in line)
    assert rolled.split()[2:7] == ["1", "2", "4", "2025-06-10", "8"]
    assert "Quy về 34 tỉnh nay" in text and "Tỉnh im lặng ≥ 30 ngày: dak-nong, hung-yen, kien-giang" in text
    assert any(line.split()[:2] == ["lmhtx-hungyen", "errors"] and "500×3" in line for line in lines)
    assert any(line.split()[:2] == ["lmhtx-daknong", "no_articles"] for line in lines)
    assert "ngày 100% (+17)  tác giả 0% (-67)  nội dung 100%" in text
    assert ("[lỗi] Cổng Liên minh HTX lmhtx-hungyen: 3 lần tải trang hỏng trong lần thu thập gần nhất (HTTP 500 ×3)"
            "  (SiteMonitor.test_no_server_errors, site:lmhtx-hungyen)") in text


# -- `lmhtx report` -----------------------------------------------------------------------


def lmhtx(*args, env=None):
    import os

    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LMHTX_", "ELASTICSEARCH"))}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=120, env={**clean, **(env or {})})


@pytest.fixture
def cli_data(tmp_path):
    """An archive as of today (the CLI reports at the current time) and its registry file."""
    registry = tmp_path / "sites.yaml"
    registry.write_text("sites:\n" + "".join(
        f"  - id: {s.id}\n    province: {s.province}\n    name: {s.name}\n    start_urls: ['{s.start_urls[0]}']\n"
        for s in SITES[:4]), encoding="utf-8")
    today = datetime.now(TZ)
    with Archive(tmp_path / "data") as a:
        run = a.start_run(CRAWLED, registry=str(registry), mode="incremental")
        add(a, "lmhtx-thaibinh", "thai-binh", 1, (today - timedelta(days=2)).isoformat(timespec="seconds"), run)
        add(a, "lmhtx-hungyen", "hung-yen", 1, (today - timedelta(days=40)).isoformat(timespec="seconds"), run)
        add(a, "lmhtx-daknong", "dak-nong", 1, (today - timedelta(days=10)).isoformat(timespec="seconds"), run)
        add(a, "vca", "vn", 1, (today - timedelta(days=1)).isoformat(timespec="seconds"), run)
        finish(a, run, run_stats(
            site_stats("lmhtx-thaibinh", listing=3, article=1, links=8, items=1, dated=1, new=1),
            site_stats("lmhtx-hungyen", listing=0, http={"500": 4}, errors=4, items=1, dated=1),
            site_stats("lmhtx-daknong", listing=3, article=1, links=5, items=1, dated=1, new=1),
            site_stats("vca", listing=3, article=1, links=5, items=1, dated=1, new=1)))
    return tmp_path / "data", registry


def test_cli_report_table(cli_data):
    data, _ = cli_data
    proc = lmhtx("report", "--data-dir", str(data))  # the registry: the one the last run used
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    assert "— 4 bài trong kho" in out and "Lần chạy cuối: #1 incremental finished" in out
    assert next(line for line in out.splitlines() if line.startswith("Hưng Yên")).endswith("! im lặng 40 ngày")
    assert "Tỉnh im lặng ≥ 30 ngày: hung-yen" in out and "Kiên Giang" not in out
    assert "Cổng Liên minh HTX lmhtx-hungyen trả về lỗi từ " in out and "(HTTP 500 ×4), không tải được trang nào" in out


def test_cli_report_json_and_quiet_days(cli_data):
    data, registry = cli_data
    proc = lmhtx("report", "--data-dir", str(data), "--json", "--quiet-days", "60", "--sites", str(registry))
    assert proc.returncode == 0, proc.stderr
    report = json.loads(proc.stdout)
    assert report["quiet_days"] == 60 and report["quiet"] == []
    assert by(report["provinces"], "province", "thai-binh")["last_7_days"] == 1
    assert by(report["sites"], "site", "lmhtx-hungyen")["status"] == "failed"
    assert [f["monitor"] for f in report["findings"]] == ["SiteMonitor.test_site_answered"]
    # the environment sets the default
    env = lmhtx("report", "--data-dir", str(data), "--json", env={"LMHTX_QUIET_DAYS": "5"})
    assert json.loads(env.stdout)["quiet"] == ["dak-nong", "hung-yen"]


@pytest.mark.parametrize("args,needle", [
    (["--quiet-days", "0"], "--quiet-days"),
    (["--quiet-days", "abc"], "--quiet-days"),
    (["--sites", "/nonexistent/sites.yaml"], "cannot read"),
])
def test_cli_report_bad_arguments(cli_data, args, needle):
    data, _ = cli_data
    proc = lmhtx("report", "--data-dir", str(data), *args)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("lmhtx: error:") and needle in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr


def test_cli_report_without_archive(tmp_path):
    proc = lmhtx("report", "--data-dir", str(tmp_path / "none"))
    assert proc.returncode == 2 and proc.stderr.strip() == (
        f"lmhtx: error: no archive in {tmp_path / 'none'} (run `lmhtx nightly` or `lmhtx crawl` first, "
        "or give --data-dir)")
    assert not (tmp_path / "none").exists()  # nothing created
