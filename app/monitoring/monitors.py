"""Checks on a monitoring report, in the manner of spidermon's monitors.

A monitor class looks at one kind of subject (the run, a site, a province); each `test_*`
method checks one thing and fails with a short message that staff can act on. Failures
become Findings; a monitor that crashes becomes an error Finding too, so a bug in a check
never stops the nightly run from reporting the rest. Sending the findings anywhere is
app.monitoring.alerts' job.

Thresholds are settings (app/config.py). The monitors judge what
app.monitoring.report built and call nothing after them: app.monitoring.build_report puts the
two together, the nightly hands the findings to app.monitoring.alerts.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from typing import Any, Iterator, Mapping

from app.config import DEFAULTS, load as load_settings  # noqa: F401 - DEFAULTS: part of the API

logger = logging.getLogger(__name__)

FIELD_NAMES = {"published": "ngày đăng", "author": "tác giả", "text": "nội dung"}


@dataclass(frozen=True)
class Finding:
    monitor: str  # "SiteMonitor.test_no_server_errors"
    level: str  # "error" | "warning"
    subject: str  # "run" | "site:<id>" | "province:<slug>"
    message: str

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def warning(test):
    """Marks a test whose failure is a warning rather than an error."""
    test.level = "warning"
    return test


CUT_WORDS = {"pages": "hết số trang cho phép", "time": "hết thời gian cho phép",
             "trap": "gặp bẫy URL, các trang dạng đó bị bỏ qua"}


class Monitor:
    """One subject (`data`, a row of the report) checked by every `test_*` method."""

    def __init__(self, data: dict, report: dict, settings: dict):
        self.data, self.report, self.settings = data, report, settings

    @classmethod
    def subjects(cls, report: dict) -> Iterator[tuple[str, dict]]:
        raise NotImplementedError

    @classmethod
    def tests(cls) -> list[str]:
        names: list[str] = []
        for klass in reversed(cls.__mro__):  # in the order they are written
            names += [n for n in vars(klass) if n.startswith("test_") and n not in names]
        return names

    def fail(self, message: str) -> None:
        raise AssertionError(message)  # not `assert`: python -O would drop the checks


class RunMonitor(Monitor):
    @classmethod
    def subjects(cls, report):
        if report.get("last_run"):
            yield "run", report["last_run"]

    def test_run_finished(self):
        run, hours = self.data, self.settings["LMHTX_MONITOR_MAX_RUN_HOURS"]
        why = "; ".join(run.get("causes") or []) or run.get("reason") or "không rõ lý do"
        if run["status"] == "failed":
            self.fail(f"lần chạy #{run['id']} thất bại: {why}")
        if run["status"] == "degraded":
            self.fail(f"lần chạy #{run['id']} chưa trọn vẹn: {why}")
        if run["status"] == "running" and (run.get("running_seconds") or 0) > hours * 3600:
            self.fail(f"lần chạy #{run['id']} vẫn đang chạy sau {run['running_seconds'] // 3600} giờ (bị dừng đột ngột?)")
        if run["status"] == "finished" and run.get("reason") not in (None, "finished"):
            self.fail(f"lần chạy #{run['id']} kết thúc sớm: {run['reason']}")


class SiteMonitor(Monitor):
    """A site of the last run with stats: it answered, without server errors, and its pages
    still yield article links, articles and dates (if not, its layout changed)."""

    @classmethod
    def subjects(cls, report):
        for site in report.get("sites") or []:
            if site["status"] != "not_crawled":
                yield f"site:{site['site']}", site

    def _errors(self) -> str:
        """What went wrong, in words: "trả lỗi 500 ×3; 2 lỗi mạng"."""
        s = self.data
        codes = {c: n for c, n in s["http_errors"].items() if c not in ("404", "410")}  # dead links
        network = s["errors"] - sum(codes.values())
        if not codes:
            return f"không kết nối được ({network} lỗi mạng)" if network > 0 else "không trả lời"
        answered = "trả lỗi " + ", ".join(f"{c} ×{n}" for c, n in codes.items())
        return answered + (f"; {network} lỗi mạng" if network > 0 else "")

    def test_site_answered(self):
        s = self.data
        if s.get("robots_unavailable"):  # disallow all for the night (RFC 9309)
            self.fail(f"{s['site']}: robots.txt {self._errors()}, bỏ qua trang này đêm nay")
        elif not s["pages"]:
            self.fail(f"{s['site']} {self._errors()}, không tải được trang nào")

    def test_no_server_errors(self):
        s = self.data
        if s["pages"] and s["errors"] > self.settings["LMHTX_MONITOR_MAX_SITE_ERRORS"]:
            self.fail(f"{s['site']} {self._errors()} ({s['errors']} yêu cầu hỏng)")

    def test_listings_have_article_links(self):
        s = self.data
        if s["pages"] and not s["legacy_stats"] and not s["article_links"]:
            self.fail(f"{s['site']}: tải {s['pages']} trang nhưng không thấy liên kết bài nào (bố cục trang đổi?)")

    def test_article_pages_yield_articles(self):
        s = self.data
        if not s["pages"] or not (s["legacy_stats"] or s["article_links"]):  # no links: the test above
            return
        if s["no_articles"]:
            fetched = f"tải {s['pages']} trang" if s["legacy_stats"] else f"{s['other_pages']} trang bài tải về"
            self.fail(f"{s['site']}: {fetched} nhưng không trích được bài nào (bố cục trang bài đổi?)")

    def test_dates_found(self):
        s, least = self.data, self.settings["LMHTX_MONITOR_MIN_DATE_SHARE"]
        cov = s["coverage"]
        if cov["items"] >= self.settings["LMHTX_MONITOR_MIN_ITEMS"] and cov["published"] < least:
            self.fail(f"{s['site']}: chỉ {cov['published']:.0%} bài có ngày đăng (ngưỡng {least:.0%})")

    @warning
    def test_coverage_not_dropped(self):
        s, fewest = self.data, self.settings["LMHTX_MONITOR_MIN_ITEMS"]
        now, before = s["coverage"], s.get("coverage_previous")
        if not before or now["items"] < fewest or before["items"] < fewest:
            return
        dropped = [f"{FIELD_NAMES[f]} {before[f]:.0%} → {now[f]:.0%}" for f, change in s["coverage_change"].items()
                   if change is not None and -change > self.settings["LMHTX_MONITOR_MAX_COVERAGE_DROP"]]
        if dropped:
            self.fail(f"{s['site']}: độ phủ giảm so với lần chạy #{s['coverage_previous_run']}: {', '.join(dropped)}")

    @warning
    def test_theme_unchanged(self):
        s = self.data
        if s.get("theme_changed"):
            self.fail(f"{s['site']}: giao diện trang đã đổi; khuôn trang của cổng được học lại "
                      "(kiểm tra vài bài mới của cổng)")

    @warning
    def test_not_cut(self):
        s = self.data
        if s.get("cut"):  # crawler.budget: the rest of the site waits for the next run
            self.fail(f"{s['site']}: dừng sớm ({CUT_WORDS.get(s['cut'], s['cut'])})")


class ProvinceMonitor(Monitor):
    """A province with a registry site and no article published for LMHTX_QUIET_DAYS days."""

    @classmethod
    def subjects(cls, report):
        if not report.get("last_run"):
            return  # nothing crawled yet: every province would look quiet
        for row in report.get("provinces") or []:
            if row["sites"]:
                yield f"province:{row['province']}", row

    @warning
    def test_not_quiet(self):
        p, days = self.data, self.report.get("quiet_days") or self.settings["LMHTX_QUIET_DAYS"]
        since = p["days_since_latest"]
        if since is None:
            self.fail(f"{p['name']}: chưa có bài nào có ngày đăng")
        if since >= days:
            self.fail(f"{p['name']}: không có bài mới {since} ngày (bài gần nhất {p['latest_published']}, ngưỡng {days})")


MONITORS: tuple[type[Monitor], ...] = (RunMonitor, SiteMonitor, ProvinceMonitor)


def run_monitors(report: dict, settings: Mapping[str, Any] | None = None,
                 monitors: tuple[type[Monitor], ...] = MONITORS) -> list[Finding]:
    """Every monitor on the report; the findings (errors first) are also put in report["findings"]."""
    conf = load_settings(settings)
    findings: list[Finding] = []
    for cls in monitors:
        try:
            subjects = list(cls.subjects(report))
        except Exception as exc:
            logger.exception("monitor %s crashed", cls.__name__)
            findings.append(Finding(cls.__name__, "error", "run", f"kiểm tra {cls.__name__} lỗi: {exc!r}"))
            continue
        for subject, data in subjects:
            monitor = cls(data, report, conf)
            for name in cls.tests():
                test = getattr(monitor, name)
                try:
                    test()
                except AssertionError as exc:
                    level = getattr(test, "level", "error")
                    findings.append(Finding(f"{cls.__name__}.{name}", level, subject, str(exc) or name))
                except Exception as exc:
                    logger.exception("monitor %s.%s crashed on %s", cls.__name__, name, subject)
                    findings.append(Finding(f"{cls.__name__}.{name}", "error", subject,
                                            f"kiểm tra {name} lỗi: {exc!r}"))
    findings.sort(key=lambda f: f.level != "error")
    report["findings"] = [f.as_dict() for f in findings]
    return findings
