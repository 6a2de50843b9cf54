"""The monitoring report as plain-text tables, in Vietnamese as the staff read it: what `lmhtx
report` prints and the nightly writes to reports/latest.txt. It reads only the report's dict
(app.monitoring.report builds it), so the wording can change without touching the figures."""

from __future__ import annotations


def _pct(share: float | None) -> str:
    return "-" if share is None else f"{share * 100:.0f}%"


def _delta(change: float | None) -> str:
    return "" if change is None or round(change * 100) == 0 else f" ({change * 100:+.0f})"


def _run_line(label: str, run: dict | None) -> str:
    if not run:
        return f"{label}: chưa có"
    mode = f" {run['mode']}" if run.get("mode") else ""
    why = "; ".join(run.get("causes") or [])
    reason = f" ({why})" if why else ""
    took = f", {run['elapsed_seconds'] / 60:.0f} phút" if run.get("elapsed_seconds") is not None else ""
    return (f"{label}: #{run['id']}{mode} {run['status']}{reason}, bắt đầu {run['started_at']}{took}; "
            f"{run['new_articles']} bài mới, {run['changed_articles']} thay đổi, {run['requests']} yêu cầu, "
            f"{run['errors']} lỗi")


def _province_table(rows: list[dict], heading: str, rolled: bool) -> list[str]:
    width = max([len(heading)] + [len(r["name"]) for r in rows]) + 2
    lines = [f"{heading:<{width}}{'mới':>5}{'7 ngày':>8}{'30 ngày':>9}  {'gần nhất':<11}{'tổng':>7}"]
    for r in rows:
        mark = ""
        if r["quiet"]:
            mark = f"  ! im lặng {r['days_since_latest']} ngày" if r["latest_published"] else "  ! chưa có bài"
        parts = f"  ({', '.join(r['formed_from'])})" if rolled and r["formed_from"] != [r["province"]] else ""
        lines.append(f"{r['name']:<{width}}{r['new_last_run']:>5}{r['last_7_days']:>8}{r['last_30_days']:>9}  "
                     f"{r['latest_published'] or '-':<11}{r['total']:>7}{mark}{parts}")
    if not rows:
        lines.append("(chưa có tỉnh nào)")
    return lines


def format_report(report: dict) -> str:
    """The report as plain-text tables for a terminal."""
    quiet_days = report["quiet_days"]
    out = [f"Báo cáo lmhtx lúc {report['now']} — {report['totals']['articles']} bài trong kho",
           _run_line("Lần chạy cuối", report["last_run"]), _run_line("Lần trước", report["previous_run"]), ""]
    out += _province_table(report["provinces"], "Tỉnh (khi đăng)", False)
    out += [""] + _province_table(report["provinces_today"], "Quy về 34 tỉnh nay", True)
    quiet = report["quiet"]
    out += ["", f"Tỉnh im lặng ≥ {quiet_days} ngày: {', '.join(quiet) if quiet else 'không có'}"]

    problems = [s for s in report["sites"] if s["status"] not in ("ok", "not_crawled")]
    run = f" (lần chạy #{report['sites_run']})" if report.get("sites_run") else ""
    out += ["", f"Trang có vấn đề{run}: {'không có' if not problems else len(problems)}"]
    for s in problems:
        http = " ".join(f"{code}×{n}" for code, n in s["http_errors"].items())
        out.append(f"  {s['site']:<24} {s['status']:<12} {s['responses']:>5} trang  {s['errors']} lỗi  "
                   f"{s['article_links']} liên kết bài  {s['articles']} bài  {http}".rstrip())

    crawled = [s for s in report["sites"] if s["status"] != "not_crawled"]
    out += ["", "Độ phủ (bài có ngày / tác giả / nội dung), thay đổi so với lần trước (điểm %)"]
    for s in crawled:
        cov, change = s["coverage"], s["coverage_change"]
        cells = "  ".join(f"{label} {_pct(cov[f])}{_delta(change[f])}"
                          for label, f in (("ngày", "published"), ("tác giả", "author"), ("nội dung", "text")))
        out.append(f"  {s['site']:<24} {cov['items']:>5} bài  {cells}")
    if not crawled:
        out.append("  (chưa có lần chạy nào)")

    findings = report.get("findings") or []
    out += ["", f"Cảnh báo: {len(findings) or 'không có'}"]
    for f in findings:
        out.append(f"  [{'lỗi' if f['level'] == 'error' else 'chú ý'}] {f['message']}  ({f['monitor']}, {f['subject']})")
    return "\n".join(out) + "\n"
