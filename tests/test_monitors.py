"""Monitors firing on what breaks in real crawls: a site answering 500, a layout change that
leaves no article links or no articles, dates gone missing, a quiet province, a failed or
stuck run; quiet on a healthy archive; a crashing monitor is a finding, not an exception.
Each finding says it for staff: the portal by its registry name, dates as dd/mm/yyyy."""

import re
from datetime import datetime, timedelta

import pytest

from app.monitoring import build_report
from app.monitoring.monitors import (
    CHECK_BROKE,
    DEFAULTS,
    Finding,
    Monitor,
    RunMonitor,
    SiteMonitor,
    load_settings,
    run_monitors,
)
from crawler.archive import Archive
from tests.helpers import NOW, add, finish, run_stats, site, site_stats

SITES = [site("vca", "vn", "Liên minh Hợp tác xã Việt Nam"),
         site("lmhtx-thaibinh", "thai-binh", "Liên minh Hợp tác xã tỉnh Thái Bình"),
         site("lmhtx-nghean", "nghe-an", "Liên minh Hợp tác xã tỉnh Nghệ An")]
IDS = [s.id for s in SITES]


def healthy(site_id: str, **overrides) -> dict:
    """A nightly run on a site where one article was new, with a date, an author and text."""
    return site_stats(site_id, **{"listing": 6, "article": 1, "links": 30, "known": 29, "items": 1, "dated": 1,
                                  "authored": 1, "new": 1, **overrides})


@pytest.fixture
def archive(tmp_path):
    """A backfill a week ago: every province has articles up to yesterday."""
    with Archive(tmp_path) as a:
        run = a.start_run(IDS, mode="backfill")
        for s in SITES:
            for n, days in enumerate((1, 5, 20)):
                add(a, s.id, s.province, n, (NOW - timedelta(days=days)).isoformat(timespec="seconds"), run)
        finish(a, run, run_stats(*(healthy(s.id, article=10, links=10, known=0, items=10, dated=10, authored=9,
                                           new=3) for s in SITES)))
        started(a, run, NOW - timedelta(days=7))
        yield a


def started(archive, run: int, when: datetime) -> None:
    """The run's start as if it had begun `when` (start_run writes the real clock's)."""
    with archive.db:
        archive.db.execute("UPDATE runs SET started_at = ? WHERE id = ?", (when.isoformat(timespec="seconds"), run))


def nightly(archive, *per_site, status="finished", reason="finished", night=NOW - timedelta(hours=6)):
    """One more run with these per-site stats (healthy for the sites not given), begun `night`
    (02:00 on 10/06/2025 by default)."""
    given = {next(iter(s)).split("/")[2] for s in per_site}
    run = archive.start_run(IDS, mode="incremental")
    finish(archive, run, run_stats(*per_site, *(healthy(i) for i in IDS if i not in given)),
           status=status, reason=reason)
    started(archive, run, night)
    return build_report(archive, now=NOW, sites=SITES)


def found(report) -> dict[tuple[str, str], dict]:
    return {(f["subject"], f["monitor"].split(".")[-1]): f for f in report["findings"]}


def test_healthy_archive_has_no_findings(archive):
    report = nightly(archive)
    assert report["findings"] == []
    assert run_monitors(report) == [] and report["findings"] == []


def test_site_answering_500(archive):
    # every request of the site failed with 500 after its retries
    report = nightly(archive, site_stats("lmhtx-nghean", listing=0, http={"500": 4}, errors=4, responses=12))
    f = found(report)
    answered = f[("site:lmhtx-nghean", "test_site_answered")]
    assert answered == {"monitor": "SiteMonitor.test_site_answered", "level": "error", "subject": "site:lmhtx-nghean",
                        "message": "Cổng Liên minh HTX tỉnh Nghệ An trả về lỗi từ 10/06/2025 (HTTP 500 ×4), không tải được trang nào"}
    # one problem, one finding: the other site checks need pages
    assert [k for k in f if k[0] == "site:lmhtx-nghean"] == [("site:lmhtx-nghean", "test_site_answered")]
    assert by_site(report, "lmhtx-nghean")["status"] == "failed"


def test_site_with_some_server_errors(archive):
    report = nightly(archive, healthy("lmhtx-nghean", http={"500": 2, "503": 1, "404": 3}, errors=4))
    f = found(report)[("site:lmhtx-nghean", "test_no_server_errors")]
    assert f["level"] == "error" and f["message"] == \
        "Cổng Liên minh HTX tỉnh Nghệ An: 4 lần tải trang hỏng trong lần thu thập gần nhất (HTTP 500 ×2, 503 ×1; 1 lỗi mạng)"
    # dead links (404) alone are the site's business, not an error of the site
    assert nightly(archive, healthy("lmhtx-nghean", http={"404": 3}))["findings"] == []
    # a threshold tolerates a few
    report = nightly(archive, healthy("lmhtx-nghean", http={"500": 2}, errors=2))
    assert run_monitors(report, {"LMHTX_MONITOR_MAX_SITE_ERRORS": 2}) == []


def test_pages_the_crawler_failed_to_read_are_told_and_not_counted_as_pages(archive):
    # a page fetched whose reading raised (crawler.pageerrors): the run is degraded, the site named
    report = nightly(archive, {**healthy("lmhtx-nghean"), "portals/site/lmhtx-nghean/page_errors": 2,
                               "spider_exceptions/count": 2}, status="degraded")
    f = found(report)
    assert f[("site:lmhtx-nghean", "test_pages_read")] == {
        "monitor": "SiteMonitor.test_pages_read", "level": "error", "subject": "site:lmhtx-nghean",
        "message": "Cổng Liên minh HTX tỉnh Nghệ An: 2 trang tải được nhưng không đọc được do lỗi chương trình "
                   "(xem nhật ký); lần sau sẽ đọc lại"}
    assert "2 trang không đọc được do lỗi chương trình" in f[("run", "test_run_finished")]["message"]
    assert by_site(report, "lmhtx-nghean")["pages"] == by_site(nightly(archive), "lmhtx-nghean")["pages"]
    assert ("site:lmhtx-nghean", "test_pages_read") not in found(nightly(archive, healthy("lmhtx-nghean")))


def test_site_unreachable(archive):
    report = nightly(archive, site_stats("lmhtx-nghean", listing=0, errors=3, responses=0))
    assert found(report)[("site:lmhtx-nghean", "test_site_answered")]["message"] == \
        "Cổng Liên minh HTX tỉnh Nghệ An không trả lời từ 10/06/2025 (3 lỗi mạng), không tải được trang nào"


def test_cut_site_and_unreadable_robots_txt_are_told(archive):
    report = nightly(archive, {**healthy("lmhtx-nghean"), "portals/site/lmhtx-nghean/cut": "pages"},
                     {**site_stats("lmhtx-thaibinh", listing=0, http={"500": 1}, errors=1, responses=0),
                      "portals/site/lmhtx-thaibinh/robots_unavailable": 1})
    f = found(report)
    assert f[("site:lmhtx-nghean", "test_not_cut")] == {
        "monitor": "SiteMonitor.test_not_cut", "level": "warning", "subject": "site:lmhtx-nghean",
        "message": "Cổng Liên minh HTX tỉnh Nghệ An: dừng thu thập sớm (hết số trang cho phép); phần còn lại để lần sau"}
    assert by_site(report, "lmhtx-nghean")["pages"] == by_site(nightly(archive), "lmhtx-nghean")["pages"]
    assert f[("site:lmhtx-thaibinh", "test_site_answered")]["message"] == \
        "Cổng Liên minh HTX tỉnh Thái Bình: tệp robots.txt trả về lỗi (HTTP 500 ×1), nên cổng được bỏ qua đêm nay"


def test_layout_change_leaves_no_article_links(archive):
    report = nightly(archive, site_stats("lmhtx-thaibinh", listing=8, other={"page": 2}, links=0))
    f = found(report)
    assert f[("site:lmhtx-thaibinh", "test_listings_have_article_links")]["message"] == \
        "Cổng Liên minh HTX tỉnh Thái Bình: tải 10 trang nhưng không thấy liên kết bài nào (có thể cổng đã đổi bố cục trang)"
    assert by_site(report, "lmhtx-thaibinh")["status"] == "no_articles"


def test_layout_change_leaves_article_pages_without_articles(archive):
    # new links were followed, but every article page now extracts as a stub
    report = nightly(archive, site_stats("lmhtx-thaibinh", listing=6, other={"stub": 4}, links=30, known=26))
    f = found(report)
    assert f[("site:lmhtx-thaibinh", "test_article_pages_yield_articles")] == {
        "monitor": "SiteMonitor.test_article_pages_yield_articles", "level": "error", "subject": "site:lmhtx-thaibinh",
        "message": "Cổng Liên minh HTX tỉnh Thái Bình: tải 4 trang bài nhưng không lấy được bài nào (có thể cổng đã đổi bố cục trang bài)"}
    assert ("site:lmhtx-thaibinh", "test_listings_have_article_links") not in f


def test_a_stub_or_two_is_not_a_layout_change(archive):
    # links counted on the listing, the feed and the sitemap alike; the one new page a stub
    report = nightly(archive, site_stats("lmhtx-thaibinh", listing=1, other={"stub": 1}, links=33, known=30))
    assert report["findings"] == [] and by_site(report, "lmhtx-thaibinh")["status"] == "ok"


def test_nothing_new_is_not_a_broken_site(archive):
    # the incremental run: every article link already archived, so no article page fetched
    report = nightly(archive, site_stats("lmhtx-thaibinh", listing=3, links=30, known=30))
    assert report["findings"] == [] and by_site(report, "lmhtx-thaibinh")["status"] == "ok"


def test_dates_gone_missing(archive):
    report = nightly(archive, healthy("lmhtx-nghean", article=10, known=20, items=10, dated=4, authored=9))
    f = found(report)
    assert f[("site:lmhtx-nghean", "test_dates_found")]["message"] == \
        "Cổng Liên minh HTX tỉnh Nghệ An: chỉ 40% bài có ngày đăng (cần ít nhất 80%)"
    drop = f[("site:lmhtx-nghean", "test_coverage_not_dropped")]
    assert drop["level"] == "warning" and drop["message"] == \
        "Cổng Liên minh HTX tỉnh Nghệ An: ít bài có đủ thông tin hơn so với lần thu thập ngày 03/06/2025: ngày đăng 100% → 40%"
    # thresholds are settings
    assert run_monitors(report, {"LMHTX_MONITOR_MIN_DATE_SHARE": 0.3, "LMHTX_MONITOR_MAX_COVERAGE_DROP": 0.7}) == []


def test_no_date_at_all(archive):
    report = nightly(archive, healthy("lmhtx-nghean", article=5, items=5, dated=0, authored=5))
    assert by_site(report, "lmhtx-nghean")["status"] == "no_dates"
    assert ("site:lmhtx-nghean", "test_dates_found") in found(report)


def test_few_items_say_nothing_about_shares(archive):
    report = nightly(archive, healthy("lmhtx-nghean", article=2, items=2, dated=1, authored=0))
    assert report["findings"] == []


def test_author_coverage_dropped(archive):
    report = nightly(archive, healthy("lmhtx-thaibinh", article=10, items=10, dated=10, authored=3))
    (f,) = report["findings"]
    assert f["monitor"] == "SiteMonitor.test_coverage_not_dropped" and f["level"] == "warning"
    assert f["message"] == "Cổng Liên minh HTX tỉnh Thái Bình: ít bài có đủ thông tin hơn so với lần thu thập ngày 03/06/2025: tác giả 90% → 30%"


def test_quiet_province(archive):
    run = archive.start_run(IDS)
    finish(archive, run, run_stats(*(healthy(i) for i in IDS)))
    report = build_report(archive, now=NOW + timedelta(days=31), sites=SITES)
    assert [(f["subject"], f["level"]) for f in report["findings"]] == [
        ("province:vn", "warning"), ("province:nghe-an", "warning"), ("province:thai-binh", "warning")]
    assert found(report)[("province:nghe-an", "test_not_quiet")]["message"] == \
        "Tỉnh Nghệ An: không có bài mới đã 32 ngày (bài gần nhất ngày 09/06/2025, ngưỡng 30 ngày)"
    assert build_report(archive, now=NOW + timedelta(days=31), sites=SITES, quiet_days=40)["findings"] == []


def test_failed_run(archive):
    report = nightly(archive, status="failed", reason="error: TwistedError: reactor stopped")
    assert found(report)[("run", "test_run_finished")] == {
        "monitor": "RunMonitor.test_run_finished", "level": "error", "subject": "run",
        "message": "Lần thu thập ngày 10/06/2025 (#2) thất bại: error: TwistedError: reactor stopped"}


def test_a_run_that_never_started_blames_no_site(archive):
    run = archive.start_run(IDS, mode="incremental")
    archive.finish_run(run, status="failed", reason="error: RegistryError: sites.yaml", stats={}, new=0, changed=0)
    started(archive, run, NOW - timedelta(hours=6))
    report = build_report(archive, now=NOW, sites=SITES)
    assert [(f["subject"], f["message"]) for f in report["findings"]] == [
        ("run", "Lần thu thập ngày 10/06/2025 (#2) thất bại: error: RegistryError: sites.yaml")]
    assert report["sites_run"] == 1 and report["last_run"]["id"] == 2


def test_run_ended_early(archive):
    report = nightly(archive, reason="shutdown")
    assert found(report)[("run", "test_run_finished")]["message"] == \
        "Lần thu thập ngày 10/06/2025 (#2) kết thúc sớm: shutdown"


def test_stuck_run(archive):
    run = archive.start_run(IDS, mode="incremental")  # killed hard: nothing finished it
    started(archive, run, NOW - timedelta(hours=13, minutes=5))
    report = build_report(archive, now=NOW, sites=SITES)
    assert found(report)[("run", "test_run_finished")]["message"] == \
        "Lần thu thập ngày 09/06/2025 (#2) vẫn đang chạy sau 13 giờ (có thể đã bị dừng đột ngột)"
    started(archive, run, NOW - timedelta(minutes=5))
    just_started = build_report(archive, now=NOW, sites=SITES)
    assert just_started["last_run"]["status"] == "running" and ("run", "test_run_finished") not in found(just_started)


def test_errors_come_first(archive):
    run = archive.start_run(IDS)
    finish(archive, run, run_stats(site_stats("vca", listing=0, errors=2, responses=0),
                                   *(healthy(i) for i in IDS[1:])), status="failed", reason="error: boom")
    report = build_report(archive, now=NOW + timedelta(days=40), sites=SITES)
    levels = [f["level"] for f in report["findings"]]
    assert levels == ["error", "error", "warning", "warning", "warning"]
    assert [f["subject"] for f in report["findings"][:2]] == ["run", "site:vca"]


class Crashing(Monitor):
    @classmethod
    def subjects(cls, report):
        yield "run", report["last_run"]

    def test_fine(self):
        pass

    def test_crashes(self):
        return self.data["no such key"]


class CrashingSubjects(Monitor):
    @classmethod
    def subjects(cls, report):
        raise RuntimeError("bad report")


def test_a_crashing_monitor_is_an_error_finding(archive, caplog):
    report = nightly(archive, site_stats("lmhtx-nghean", listing=0, errors=3, responses=0))
    findings = run_monitors(report, monitors=(Crashing, CrashingSubjects, SiteMonitor))
    assert findings[:2] == [
        Finding("Crashing.test_crashes", "error", "run", f"{CHECK_BROKE}: KeyError('no such key')"),
        Finding("CrashingSubjects", "error", "run", f"{CHECK_BROKE}: RuntimeError('bad report')")]
    assert [f.subject for f in findings[2:]] == ["site:lmhtx-nghean"]  # the others still ran
    assert report["findings"] == [f.as_dict() for f in findings]
    assert "monitor Crashing.test_crashes crashed on run" in caplog.text


def test_monitor_tests_run_in_written_order():
    assert SiteMonitor.tests() == ["test_site_answered", "test_no_server_errors", "test_pages_read",
                                   "test_listings_have_article_links",
                                   "test_article_pages_yield_articles", "test_dates_found",
                                   "test_coverage_not_dropped", "test_theme_unchanged", "test_not_cut"]
    assert RunMonitor.tests() == ["test_run_finished"]


def test_settings_from_defaults_environment_and_arguments():
    assert load_settings(env={}) == DEFAULTS
    conf = load_settings({"LMHTX_MONITOR_MIN_ITEMS": "5"},
                         env={"LMHTX_QUIET_DAYS": "45", "LMHTX_MONITOR_MIN_DATE_SHARE": "0.5", "PATH": "/bin"})
    assert conf["LMHTX_QUIET_DAYS"] == 45 and conf["LMHTX_MONITOR_MIN_DATE_SHARE"] == 0.5
    assert conf["LMHTX_MONITOR_MIN_ITEMS"] == 5 and "PATH" not in conf
    with pytest.raises(ValueError, match="LMHTX_QUIET_DAYS: expected an integer, got 'soon'"):
        load_settings(env={"LMHTX_QUIET_DAYS": "soon"})
    with pytest.raises(ValueError, match="must not be negative"):
        load_settings({"LMHTX_MONITOR_MAX_COVERAGE_DROP": -0.1}, env={})


def test_environment_reaches_the_report(archive, monkeypatch):
    monkeypatch.setenv("LMHTX_QUIET_DAYS", "3")
    monkeypatch.setenv("LMHTX_MONITOR_MIN_DATE_SHARE", "1")
    report = nightly(archive, healthy("lmhtx-nghean", article=10, items=10, dated=9, authored=9))
    assert report["quiet_days"] == 3 and report["quiet"] == []
    assert [k for k in found(report)] == [("site:lmhtx-nghean", "test_dates_found")]


def by_site(report, site_id):
    return next(s for s in report["sites"] if s["site"] == site_id)


def test_a_theme_change_is_a_warning(archive):
    stats = site_stats("lmhtx-nghean", listing=2, article=3, links=3)
    report = nightly(archive, {**stats, "portals/site/lmhtx-nghean/theme_changed": 1})
    findings = [f for f in run_monitors(report) if f.monitor == "SiteMonitor.test_theme_unchanged"]
    assert [(f.level, f.subject) for f in findings] == [("warning", "site:lmhtx-nghean")]
    assert "giao diện trang đã đổi" in findings[0].message
    quiet = nightly(archive, stats)
    assert not [f for f in run_monitors(quiet) if f.monitor == "SiteMonitor.test_theme_unchanged"]


def test_a_portal_down_several_nights_is_told_since_the_first(archive):
    down = site_stats("lmhtx-nghean", listing=0, errors=3, responses=0)
    nightly(archive, night=NOW - timedelta(days=2, hours=6))  # 08/06: it answered
    nightly(archive, down, night=NOW - timedelta(days=1, hours=6))  # 09/06: it stopped
    report = nightly(archive, down)  # 10/06: still nothing
    message = found(report)[("site:lmhtx-nghean", "test_site_answered")]["message"]
    assert message == "Cổng Liên minh HTX tỉnh Nghệ An không trả lời từ 09/06/2025 (3 lỗi mạng), không tải được trang nào"
    assert by_site(report, "lmhtx-nghean")["down_since"] == "2025-06-09T02:00:00+07:00"
    # a run that left the site out says nothing either way
    run = archive.start_run(["vca"], mode="incremental")
    finish(archive, run, run_stats(healthy("vca")))
    started(archive, run, NOW - timedelta(hours=4))
    later = nightly(archive, down, night=NOW - timedelta(hours=2))
    assert "từ 09/06/2025" in found(later)[("site:lmhtx-nghean", "test_site_answered")]["message"]
    # it answers again, then fails: the date starts over
    nightly(archive, night=NOW - timedelta(hours=1))
    again = nightly(archive, down, night=NOW)
    assert "không trả lời từ 10/06/2025 (3 lỗi mạng)" in found(again)[("site:lmhtx-nghean", "test_site_answered")]["message"]
    # staff read no monitor name and no ISO date; developers still find the monitor in the finding
    for f in report["findings"]:
        assert "Monitor" not in f["message"] and not re.search(r"\d{4}-\d{2}-\d{2}", f["message"])
        assert f["monitor"].startswith(("SiteMonitor.", "RunMonitor.", "ProvinceMonitor."))


def test_names_and_dates_as_staff_say_them():
    from app.wording import day, day_time, place, portal

    assert portal("Liên minh Hợp tác xã tỉnh Kiên Giang", "lmhtx-kiengiang") == "Cổng Liên minh HTX tỉnh Kiên Giang"
    assert portal("  Cổng thông tin  HTX Huế ", "x") == "Cổng thông tin HTX Huế"  # not "Cổng Cổng"
    assert portal(None, "lmhtx-moi") == "Cổng lmhtx-moi"  # a site the registry no longer names
    assert (place("ha-noi"), place("kien-giang"), place("vn")) == ("Thành phố Hà Nội", "Tỉnh Kiên Giang", "Tin toàn quốc")
    assert place("khong-ro", "Tỉnh cũ") == "Tỉnh cũ"
    assert (day("2025-12-02T02:00:00+07:00"), day("2025-12-02"), day(None), day("hôm qua")) == \
        ("02/12/2025", "02/12/2025", "", "")
    assert day_time("2025-06-10T02:00:00+07:00") == "10/06/2025 02:00"
