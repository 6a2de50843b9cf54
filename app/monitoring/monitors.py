"""Checks on a monitoring report, in the manner of spidermon's monitors.

A monitor class looks at one kind of subject (the run, a site, a province); each `test_*`
method checks one thing and fails with one sentence in plain Vietnamese that staff can act
on, built from the report's data: the portal by its registry name, dates as dd/mm/yyyy
(app.monitoring.wording), never a monitor name or an ISO date. The monitor's name and the
subject stay in the Finding for developers (the JSON, the dashboard's details). Failures
become Findings; a monitor that crashes becomes an error Finding too, so a bug in a check
never stops the nightly run from reporting the rest. Sending the findings anywhere is
app.monitoring.alerts' job.

Thresholds are settings (app/config.py). The monitors judge what
app.monitoring.report built and call nothing after them: app.monitoring.build_report puts the
two together, the nightly hands the findings to app.monitoring.alerts.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator, Mapping
from dataclasses import asdict, dataclass
from typing import Any

from app.config import DEFAULTS  # noqa: F401 - DEFAULTS: part of the API
from app.config import load as load_settings
from app.wording import day, place, portal

logger = logging.getLogger(__name__)

FIELD_NAMES = {"published": "ngày đăng", "author": "tác giả", "text": "nội dung"}


@dataclass(frozen=True)
class Finding:
    monitor: str  # "SiteMonitor.test_no_server_errors": for developers
    level: str  # "error" | "warning"
    subject: str  # "run" | "site:<id>" | "province:<slug>"
    message: str  # the sentence for staff: "Cổng Liên minh HTX tỉnh Kiên Giang không trả lời từ 02/12/2025"

    def as_dict(self) -> dict[str, str]:
        return asdict(self)


def warning(test):
    """Marks a test whose failure is a warning rather than an error."""
    test.level = "warning"
    return test


CUT_WORDS = {"pages": "hết số trang cho phép", "time": "hết thời gian cho phép",
             "trap": "gặp bẫy đường dẫn, các trang dạng đó bị bỏ qua"}
LAYOUT_CHANGED = "có thể cổng đã đổi bố cục trang"


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
        which = f"Lần thu thập ngày {day(run['started_at'])} (#{run['id']})"
        if run["status"] == "failed":
            self.fail(f"{which} thất bại: {why}")
        if run["status"] == "degraded":
            self.fail(f"{which} chưa trọn vẹn: {why}")
        if run["status"] == "running" and (run.get("running_seconds") or 0) > hours * 3600:
            self.fail(f"{which} vẫn đang chạy sau {run['running_seconds'] // 3600} giờ (có thể đã bị dừng đột ngột)")
        if run["status"] == "finished" and run.get("reason") not in (None, "finished"):
            self.fail(f"{which} kết thúc sớm: {run['reason']}")


class SiteMonitor(Monitor):
    """A site of the last run with stats: it answered, without server errors, and its pages
    still yield article links, articles and dates (if not, its layout changed)."""

    @classmethod
    def subjects(cls, report):
        for site in report.get("sites") or []:
            if site["status"] != "not_crawled":
                yield f"site:{site['site']}", site

    @property
    def portal(self) -> str:
        return portal(self.data.get("name"), self.data["site"])

    def _errors(self) -> tuple[str, str]:
        """What went wrong, in words, and its detail: ("trả về lỗi", "HTTP 500 ×3; 2 lỗi mạng")."""
        s = self.data
        codes = {c: n for c, n in s["http_errors"].items() if c not in ("404", "410")}  # dead links
        network = f"{s['errors'] - sum(codes.values())} lỗi mạng" if s["errors"] > sum(codes.values()) else ""
        if not codes:
            return "không trả lời", network
        answered = "HTTP " + ", ".join(f"{c} ×{n}" for c, n in codes.items())
        return "trả về lỗi", answered + (f"; {network}" if network else "")

    def test_site_answered(self):
        s = self.data
        what, detail = self._errors()
        detail = f" ({detail})" if detail else ""
        if s.get("robots_unavailable"):  # disallow all for the night (RFC 9309)
            self.fail(f"{self.portal}: tệp robots.txt {what}{detail}, nên cổng được bỏ qua đêm nay")
        elif not s["pages"]:
            since = day(s.get("down_since"))
            self.fail(f"{self.portal} {what}" + (f" từ {since}" if since else "") + f"{detail}, không tải được trang nào")

    def test_no_server_errors(self):
        s = self.data
        if s["pages"] and s["errors"] > self.settings["LMHTX_MONITOR_MAX_SITE_ERRORS"]:
            self.fail(f"{self.portal}: {s['errors']} lần tải trang hỏng trong lần thu thập gần nhất ({self._errors()[1]})")

    def test_pages_read(self):
        s = self.data
        if s.get("page_errors"):  # crawler.pageerrors: the next run reads them again
            self.fail(f"{self.portal}: {s['page_errors']} trang tải được nhưng không đọc được do lỗi chương trình "
                      "(xem nhật ký); lần sau sẽ đọc lại")

    def test_listings_have_article_links(self):
        s = self.data
        if s["pages"] and not s["legacy_stats"] and not s["article_links"]:
            self.fail(f"{self.portal}: tải {s['pages']} trang nhưng không thấy liên kết bài nào ({LAYOUT_CHANGED})")

    def test_article_pages_yield_articles(self):
        s = self.data
        if not s["pages"] or not (s["legacy_stats"] or s["article_links"]):  # no links: the test above
            return
        if s["no_articles"]:
            fetched = f"tải {s['pages']} trang" if s["legacy_stats"] else f"tải {s['other_pages']} trang bài"
            self.fail(f"{self.portal}: {fetched} nhưng không lấy được bài nào ({LAYOUT_CHANGED} bài)")

    def test_dates_found(self):
        s, least = self.data, self.settings["LMHTX_MONITOR_MIN_DATE_SHARE"]
        cov = s["coverage"]
        if cov["items"] >= self.settings["LMHTX_MONITOR_MIN_ITEMS"] and cov["published"] < least:
            self.fail(f"{self.portal}: chỉ {cov['published']:.0%} bài có ngày đăng (cần ít nhất {least:.0%})")

    @warning
    def test_coverage_not_dropped(self):
        s, fewest = self.data, self.settings["LMHTX_MONITOR_MIN_ITEMS"]
        now, before = s["coverage"], s.get("coverage_previous")
        if not before or now["items"] < fewest or before["items"] < fewest:
            return
        dropped = [f"{FIELD_NAMES[f]} {before[f]:.0%} → {now[f]:.0%}" for f, change in s["coverage_change"].items()
                   if change is not None and -change > self.settings["LMHTX_MONITOR_MAX_COVERAGE_DROP"]]
        if dropped:
            when = day(s.get("coverage_previous_at"))
            earlier = f"lần thu thập ngày {when}" if when else f"lần thu thập #{s['coverage_previous_run']}"
            self.fail(f"{self.portal}: ít bài có đủ thông tin hơn so với {earlier}: {', '.join(dropped)}")

    @warning
    def test_theme_unchanged(self):
        s = self.data
        if s.get("theme_changed"):
            self.fail(f"{self.portal}: giao diện trang đã đổi; cách đọc trang của cổng được học lại "
                      "(nên xem lại vài bài mới của cổng)")

    @warning
    def test_not_cut(self):
        s = self.data
        if s.get("cut"):  # crawler.budget: the rest of the site waits for the next run
            self.fail(f"{self.portal}: dừng thu thập sớm ({CUT_WORDS.get(s['cut'], s['cut'])}); "
                      "phần còn lại để lần sau")


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
        since, where = p["days_since_latest"], place(p["province"], p.get("name"))
        if since is None:
            self.fail(f"{where}: chưa có bài nào có ngày đăng")
        if since >= days:
            self.fail(f"{where}: không có bài mới đã {since} ngày (bài gần nhất ngày {day(p['latest_published'])}, "
                      f"ngưỡng {days} ngày)")


CHECK_BROKE = "Một bước kiểm tra tự động bị lỗi, cần kỹ thuật viên xem nhật ký"
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
            findings.append(Finding(cls.__name__, "error", "run", f"{CHECK_BROKE}: {exc!r}"))
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
                    findings.append(Finding(f"{cls.__name__}.{name}", "error", subject, f"{CHECK_BROKE}: {exc!r}"))
    findings.sort(key=lambda f: f.level != "error")
    report["findings"] = [f.as_dict() for f in findings]
    return findings
