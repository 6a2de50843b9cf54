"""The verdict on a run (crawler.runstatus): what a run lost or skipped decides its status."""

import pytest

from crawler.runstatus import DEGRADED, FAILED, FINISHED, judge

CLEAN = {"downloader/request_count": 40, "response_received_count": 40, "archive/new": 12}


def test_a_clean_run_finished():
    verdict = judge(CLEAN, "finished")
    assert (verdict.status, verdict.causes, verdict.exit_status) == (FINISHED, (), 0)


@pytest.mark.parametrize("stats, reason, words", [
    ({}, "shutdown", "dừng giữa chừng"),
    ({}, "error: DatabaseError: file is not a database", "file is not a database"),
    ({"downloader/request_count": 17, "response_received_count": 0}, "finished", "cả 17 yêu cầu đều lỗi"),
    ({**CLEAN, "archive/write_errors": 46}, "finished", "46 bài không ghi được"),
])
def test_lost_work_fails_the_run(stats, reason, words):
    verdict = judge(stats, reason)
    assert verdict.status == FAILED and verdict.exit_status == 1
    assert words in verdict.reason


@pytest.mark.parametrize("extra, words", [
    ({"index/behind": 29}, "thiếu 29 bài"),
    ({"index/behind": 58, "elasticsearch/spool_waiting": 58}, "thiếu 58 bài so với kho lưu trữ (58 bài chờ gửi"),
    ({"elasticsearch/quarantined": 1}, "1 bài bị Elasticsearch từ chối hoặc để riêng"),
    ({"warc/write_errors": 3}, "3 trang gốc"),
    ({"portals/site/lmhtx-hue/cut": "pages"}, "lmhtx-hue (hết hạn mức trang)"),
    ({"portals/failed_given_up": 2}, "bỏ hẳn 2 bài"),
    ({"spider_exceptions/count": 1, "spider_exceptions/ValueError": 1}, "1 trang không đọc được do lỗi chương trình"),
])
def test_work_left_behind_degrades_the_run(extra, words):
    verdict = judge({**CLEAN, **extra}, "finished")
    assert verdict.status == DEGRADED and verdict.exit_status == 3
    assert words in verdict.reason


def test_a_spool_holding_copies_of_what_the_catch_up_sent_is_no_loss():
    assert judge({**CLEAN, "elasticsearch/spool_waiting": 7, "index/behind": 0}, "finished").status == FINISHED


@pytest.mark.parametrize("site_fault", [{"portals/site/lmhtx-hue/cut": "trap"},  # the crawl protecting itself
                                        {"portals/site/lmhtx-hue/robots_unavailable": 1,  # a site down
                                         "portals/site/lmhtx-hue/errors": 4}])
def test_site_level_faults_are_for_the_site_monitors(site_fault):
    assert judge({**CLEAN, **site_fault}, "finished").status == FINISHED


def test_failed_keeps_the_degraded_causes_too():
    verdict = judge({**CLEAN, "index/behind": 5}, "shutdown")
    assert verdict.status == FAILED and "thiếu 5 bài" in verdict.reason
