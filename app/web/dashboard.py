"""The monitoring dashboard ("Hoạt động theo tỉnh"): the report of app/monitoring/report.py as
the data of one server-rendered page, templates/dashboard.html, charts included.

    context(report, view="today") -> what the template needs

Charts are inline SVG: the geometry (positions, sizes, classes) is computed here, the markup
is the template's, styled only through presentation attributes and the classes of
static/style.css (the CSP allows no inline style and no inline script). Every string of the
report may come from a crawled page or a site registry: the template escapes all of it, and
only http(s) URLs and /archive/<40-hex id> become links.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date
from typing import Any

from app import wording
from app.web.render import http_url, province_name, vn_date, vn_datetime, vn_number, vn_sort_key
from crawler import provinces

VIEWS = {"today": "34 tỉnh/thành hiện nay", "published": "Tỉnh/thành khi đăng"}
ID_RE = re.compile(r"^[0-9a-f]{40}$")
MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
TOP_SERIES = 5  # provinces drawn apart in the monthly chart; the rest is "Khác"
MONTH_LABEL_W = 60  # px a heat map's "09/2025" needs beside the next one
PHONE_WEEKS = 10  # weeks of the heat map drawn for a phone: what fits 390 px without scrolling
NEW_SHOWN = 10  # new articles listed per province; the rest through the search page
HEAT_CLASSES = ((0, "0"), (1, "1"), (3, "2–3"), (7, "4–7"), (None, "8+"))  # upper bounds of h0..h4

RUN_KIND = {"finished": "ok", "degraded": "warn", "failed": "bad", "running": "warn"}
SITE_STATUS = {
    "ok": ("Bình thường", "ok"),
    "failed": ("Thu thập thất bại", "bad"),
    "errors": ("Có lỗi khi tải trang", "bad"),
    "no_articles": ("Tải được trang nhưng không ra bài nào", "bad"),
    "no_dates": ("Bài không có ngày đăng", "warn"),
    "not_crawled": ("Không được thu thập lần này", "warn"),
}
LEVELS = {"error": ("Lỗi", "bad"), "warning": ("Cảnh báo", "warn")}


# --- small helpers ----------------------------------------------------------------------------


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _share(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{round(100 * value)}%"
    return "–"


def _delta(value: Any) -> int | None:
    """A coverage change in percentage points, None when there is none to show."""
    if isinstance(value, (int, float)) and not isinstance(value, bool) and round(100 * value):
        return round(100 * value)
    return None


def _duration(seconds: Any) -> str:
    if not isinstance(seconds, (int, float)) or isinstance(seconds, bool) or seconds < 0:
        return "–"
    s = int(round(seconds))
    if s < 60:
        return f"{s} giây"
    m, s = divmod(s, 60)
    if m < 60:
        return f"{m} phút {s} giây" if s else f"{m} phút"
    hr, m = divmod(m, 60)
    return f"{hr} giờ {m} phút"


def _elapsed(run: dict[str, Any]) -> str:
    if run.get("status") == "running" and run.get("running_seconds") is not None:
        return f"đã chạy {_duration(run.get('running_seconds'))}"
    return f"thời gian chạy: {_duration(run.get('elapsed_seconds'))}"


def _month_label(key: str, *, short: bool = False) -> str:
    """'2025-09' -> 'tháng 09/2025', short '09/2025' (never '09/25', which reads as a day)."""
    m = MONTH_RE.match(key)
    if not m:
        return key
    return f"{m.group(2)}/{m.group(1)}" if short else f"tháng {m.group(2)}/{m.group(1)}"


def _week_span(key: str) -> tuple[date, date] | None:
    m = WEEK_RE.match(key)
    if not m:
        return None
    try:
        start = date.fromisocalendar(int(m.group(1)), int(m.group(2)), 1)
        return start, date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7)
    except ValueError:
        return None


def _week_label(key: str) -> str:
    span = _week_span(key)
    if span is None:
        return key
    return f"tuần {int(key[-2:])} ({span[0]:%d/%m}–{span[1]:%d/%m/%Y})"


def _heat_class(n: int) -> int:
    for i, (top, _) in enumerate(HEAT_CLASSES):
        if top is None or n <= top:
            return i
    return len(HEAT_CLASSES) - 1


def _ordered(rows: Iterable[dict[str, Any]]) -> list[dict[str, Any]]:
    """Province rows: the national alliance first, then by Vietnamese name."""
    def key(r: dict[str, Any]) -> tuple[int, str]:
        slug = r.get("province")
        return (0 if slug == provinces.NATIONAL else 1, vn_sort_key(str(r.get("name") or province_name(slug))))

    return sorted((r for r in rows if isinstance(r, dict)), key=key)


def _name(row: dict[str, Any]) -> str:
    return str(row.get("name") or province_name(row.get("province")) or row.get("province") or "")


def _nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if peak / step <= 5:
            return step
    return 10 ** len(str(peak))


# --- the page ---------------------------------------------------------------------------------


def context(report: dict[str, Any], *, view: str = "today") -> dict[str, Any]:
    """The data of templates/dashboard.html for a report of build_report()."""
    quiet_days = _int(report.get("quiet_days")) or 30
    rows_today = report.get("provinces_today") or []
    return {
        "title": "Hoạt động theo tỉnh – Lưu trữ tin Liên minh HTX",
        "page": "dashboard",
        "view": view,
        "views": VIEWS,
        "quiet_days": quiet_days,
        "now": vn_datetime(report.get("now")) or vn_datetime(report.get("generated_at")),
        "run": _run(report.get("last_run"), report.get("previous_run")),
        "findings": _findings(report.get("findings") or []),
        "monthly": _monthly(rows_today),
        "heat": _heatmap(report.get("weeks") or [], report.get("heatmap") or {}, rows_today),
        "heat_phone": _heatmap(report.get("weeks") or [], report.get("heatmap") or {}, rows_today,
                               shown=PHONE_WEEKS, cell=20, gap=3, label_w=104, head_h=34),
        "table": _table(report, view, quiet_days),
        "new": _new(report.get("new_since_last_run") or {}, report.get("new_since_last_run_counts") or {},
                    _portals(report.get("sites") or [])),
        "sites": _sites(report.get("sites") or []),
    }


def _run(run: Any, previous: Any) -> dict[str, Any] | None:
    if not isinstance(run, dict):
        return None
    status = str(run.get("status") or "?")
    label, kind = wording.RUN_STATUS.get(status, status), RUN_KIND.get(status, "warn")
    causes = [str(c) for c in run.get("causes") or []] if isinstance(run.get("causes"), list) else []
    return {
        "label": label, "kind": kind, "id": run.get("id"), "mode": wording.RUN_MODE.get(str(run.get("mode")), ""),
        "started": vn_datetime(run.get("started_at")) or "–", "elapsed": _elapsed(run),
        "new": _int(run.get("new_articles")), "changed": _int(run.get("changed_articles")),
        "previous_new": _int(previous.get("new_articles")) if isinstance(previous, dict) else None,
        "errors": _int(run.get("errors")), "requests": _int(run.get("requests")), "sites": len(run.get("sites") or []),
        "causes": "; ".join(causes),
    }


def _findings(findings: list[Any]) -> list[dict[str, Any]]:
    order = {"error": 0, "warning": 1}
    out = []
    for f in sorted((f for f in findings if isinstance(f, dict)), key=lambda f: order.get(f.get("level"), 2)):
        label, kind = LEVELS.get(str(f.get("level")), ("Ghi chú", "warn"))
        # the sentence is for staff; the monitor and subject stay for developers (title, data-*)
        out.append({"label": label, "kind": kind, "message": f.get("message"), "monitor": f.get("monitor"),
                    "subject": f.get("subject")})
    return out


# --- charts -----------------------------------------------------------------------------------


def _monthly(rows: list[dict[str, Any]]) -> dict[str, Any] | None:
    """Chart (a): articles per month, all provinces stacked, the most active ones apart."""
    months = sorted({k for r in rows for k in (r.get("per_month") or {}) if MONTH_RE.match(str(k))})
    if not months:
        return None
    totals = {id(r): sum(_int(v) for v in (r.get("per_month") or {}).values()) for r in rows}
    ranked = sorted((r for r in rows if totals[id(r)]), key=lambda r: (-totals[id(r)], vn_sort_key(_name(r))))
    top = ranked[:TOP_SERIES]
    series = [(_name(r), [_int((r.get("per_month") or {}).get(m)) for m in months]) for r in top]
    rest = [sum(_int((r.get("per_month") or {}).get(m)) for r in ranked[TOP_SERIES:]) for m in months]
    if any(rest):
        series.append(("Tỉnh/thành khác", rest))
    stack = [sum(s[1][i] for s in series) for i in range(len(months))]
    peak = max(stack) or 1
    step = _nice_step(peak)
    ymax = step * -(-peak // step)

    width, height, left, right, top_pad, bottom = 1100, 250, 44, 10, 14, 30
    plot_w, plot_h = width - left - right, height - top_pad - bottom
    slot = plot_w / len(months)
    bar_w = max(4.0, slot * 0.68)
    grid = [(top_pad + plot_h - plot_h * v / ymax, v) for v in range(0, ymax + 1, step)]
    every = 1 if len(months) <= 12 else 2
    bars = []
    for i, m in enumerate(months):
        x = left + slot * i + (slot - bar_w) / 2
        y0: float = top_pad + plot_h
        rects = []
        for k, (name, values) in enumerate(series):
            v = values[i]
            if not v:
                continue
            bh = plot_h * v / ymax
            y0 -= bh
            rects.append({"series": k, "y": y0, "height": bh, "title": f"{name} · {_month_label(m)}: {vn_number(v)} bài"})
        bars.append({"x": x, "rects": rects, "total": stack[i], "top": y0,
                     "label": _month_label(m, short=True) if i % every == 0 or i == len(months) - 1 else None})
    return {
        "width": width, "height": height, "left": left, "right_x": width - right, "base_y": top_pad + plot_h,
        "axis_y": height - bottom + 16, "bar_w": bar_w, "grid": grid, "bars": bars,
        "desc": "Số bài theo tháng: " + "; ".join(f"{_month_label(m)}: {vn_number(n)}" for m, n in zip(months, stack)),
        "legend": [(name, sum(values)) for name, values in series], "top_n": min(TOP_SERIES, len(top)),
        "phone": _monthly_rows(months, series, stack),
    }


def _monthly_rows(months: list[str], series: list[tuple[str, list[int]]], stack: list[int]) -> dict[str, Any]:
    """The same chart for a phone: a row per month, bars across, drawn at the size it is shown
    (a 1100-wide chart shrunk to a phone's 350 px has 3 px text)."""
    width, label_w, value_w, row_h, gap = 340, 58, 34, 16, 6
    plot_w = width - label_w - value_w
    peak = max(stack) or 1
    rows = []
    for i, m in enumerate(months):
        x, rects = float(label_w), []
        for k, (name, values) in enumerate(series):
            if values[i]:
                w = plot_w * values[i] / peak
                rects.append({"series": k, "x": x, "width": w,
                              "title": f"{name} · {_month_label(m)}: {vn_number(values[i])} bài"})
                x += w
        rows.append({"y": i * (row_h + gap), "label": _month_label(m, short=True), "rects": rects,
                     "total": stack[i], "end": x})
    return {"width": width, "height": len(months) * (row_h + gap), "row_h": row_h, "label_w": label_w, "rows": rows}


def _heatmap(weeks: list[Any], heat: dict[str, Any], rows: list[dict[str, Any]], *, shown: int | None = None,
             cell: int = 24, gap: int = 4, label_w: int = 170, head_h: int = 40) -> dict[str, Any] | None:
    """Chart (b): today's provinces × ISO weeks, a cell per week coloured by its count; `shown`:
    only the last so many weeks (a phone's)."""
    weeks = [str(w) for w in weeks]
    if not weeks:
        return None
    skip = max(0, len(weeks) - shown) if shown else 0
    names = {r.get("province"): _name(r) for r in rows}
    slugs = [r.get("province") for r in _ordered(rows)] + sorted(s for s in heat if s not in names)
    slugs = [s for s in slugs if isinstance(s, str)]
    weeks = weeks[skip:]
    width = label_w + len(weeks) * (cell + gap) + 8
    height = head_h + len(slugs) * (cell + gap) + 4
    columns = []
    last_month, last_x = None, -100
    for j, w in enumerate(weeks):
        span = _week_span(w)
        x = label_w + j * (cell + gap)
        month = None
        # the month a week ends in, written where it starts (unless too close to the last one)
        if span and (span[1].year, span[1].month) != last_month and x - last_x >= max(2 * (cell + gap), MONTH_LABEL_W):
            last_month, last_x = (span[1].year, span[1].month), x
            month = f"{span[1]:%m/%Y}"
        columns.append({"x": x, "month": month, "week": w[-2:] if j % 4 == 0 else None})
    heat_rows = []
    for i, slug in enumerate(slugs):
        name = names.get(slug) or province_name(slug)
        counts = (heat.get(slug) or [])[skip:]
        cells = []
        for j, w in enumerate(weeks):
            n = _int(counts[j]) if j < len(counts) else 0
            cells.append({"x": label_w + j * (cell + gap), "cls": _heat_class(n), "week": w, "n": n,
                          "label": f"{name}, {_week_label(w)}: {vn_number(n)} bài"})
        heat_rows.append({"slug": slug, "name": name, "y": head_h + i * (cell + gap), "cells": cells})
    first, last = _week_span(weeks[0]), _week_span(weeks[-1])
    return {
        "width": width, "height": height, "cell": cell, "label_w": label_w, "head_h": head_h,
        "columns": columns, "rows": heat_rows, "weeks": len(weeks),
        "period": f" từ {first[0]:%d/%m/%Y} đến {last[1]:%d/%m/%Y}" if first and last else "",
        "legend": [text for _, text in HEAT_CLASSES],
    }


def _sparkline(per_month: dict[str, Any], name: str) -> dict[str, Any] | None:
    months = sorted(k for k in per_month if MONTH_RE.match(str(k)))
    if not months:
        return None
    values = [_int(per_month[m]) for m in months]
    peak = max(values) or 1
    bw, gap, hgt = 7, 2, 24
    bars = []
    for i, (m, v) in enumerate(zip(months, values)):
        bh = max(1.0, (hgt - 2) * v / peak) if v else 1.0
        bars.append({"on": bool(v), "x": i * (bw + gap), "y": hgt - bh, "height": bh,
                     "title": f"{_month_label(m)}: {vn_number(v)} bài"})
    return {"width": len(months) * (bw + gap), "height": hgt, "bar_w": bw, "bars": bars,
            "label": f"{name}: {sum(values)} bài trong {len(months)} tháng, nhiều nhất {peak} bài một tháng"}


# --- tables -----------------------------------------------------------------------------------


def _table(report: dict[str, Any], view: str, quiet_days: int) -> dict[str, Any]:
    today = view == "today"
    rows = _ordered(report.get("provinces_today" if today else "provinces") or [])
    out = []
    for r in rows:
        slug = str(r.get("province") or "")
        name = _name(r)
        merged = None
        if today:
            others = [province_name(s) for s in (r.get("formed_from") or []) if s != slug]
            if others:
                merged = f"gồm cả {', '.join(others)}"
        elif r.get("province_today") and r.get("province_today") != slug:
            merged = f"nay thuộc {province_name(r.get('province_today'))}"
        latest = vn_date(r.get("latest_published"))
        days = r.get("days_since_latest")
        out.append({
            "slug": slug, "name": name, "merged": merged, "quiet": bool(r.get("quiet")),
            "known": provinces.is_known(slug),  # a slug the provinces file no longer knows: no links
            "sites": len(r.get("sites") or []), "new": _int(r.get("new_last_run")),
            "d7": _int(r.get("last_7_days")), "d30": _int(r.get("last_30_days")), "latest": latest,
            "days_ago": days if isinstance(days, int) and latest else None,
            "spark": _sparkline(r.get("per_month") or {}, name),
            "total": _int(r.get("total")), "undated": _int(r.get("undated")),
        })
    quiet_n = sum(1 for r in rows if r.get("quiet"))
    return {"rows": out, "match": "today" if today else "published",
            "caption": f"{len(rows)} tỉnh/thành · {quiet_n} im ắng (không có bài mới trong {quiet_days} ngày)"}


def _portals(sites: list[Any]) -> dict[str, str]:
    """Site id -> the portal's name for staff, from the registry's names in the report."""
    return {str(s.get("site")): wording.portal(s.get("name"), s.get("site")) for s in sites if isinstance(s, dict)}


def _new(new: dict[str, Any], counts: dict[str, Any], portals: dict[str, str]) -> dict[str, Any]:
    groups = []
    total = 0
    for slug in sorted((s for s in new if new.get(s)), key=lambda s: (s != provinces.NATIONAL,
                                                                       vn_sort_key(province_name(s)))):
        articles = [a for a in new[slug] if isinstance(a, dict)]
        count = max(_int(counts.get(slug)), len(articles))  # the report lists at most 100 per province
        total += count
        items = []
        for a in articles[:NEW_SHOWN]:
            aid = str(a.get("id") or "")
            items.append({
                "title": a.get("title") or "(không có tiêu đề)", "id": aid if ID_RE.match(aid) else None,
                "published": str(a.get("published"))[:10], "day": vn_date(a.get("published")),
                "province": province_name(a.get("province")) if a.get("province") and a.get("province") != slug else None,
                "site": portals.get(str(a.get("site"))) or (wording.portal("", a["site"]) if a.get("site") else None),
                "url": a.get("url") if http_url(a.get("url")) else None,
            })
        shown = min(len(articles), NEW_SHOWN)
        groups.append({"slug": slug, "name": province_name(slug), "count": count, "articles": items,
                       "more": count - shown if count > shown else 0})
    return {"groups": groups, "total": total}


def _sites(sites: list[Any]) -> dict[str, Any]:
    sites = [s for s in sites if isinstance(s, dict)]

    def row(s: dict[str, Any]) -> dict[str, Any]:
        label, kind = SITE_STATUS.get(str(s.get("status")), (str(s.get("status") or "?"), "warn"))
        http = s.get("http_errors") or {}
        http_txt = ", ".join(f"{code}: {vn_number(_int(n))}" for code, n in sorted(http.items(), key=lambda kv: str(kv[0]))) \
            if isinstance(http, dict) else ""
        cov = s.get("coverage") if isinstance(s.get("coverage"), dict) else {}
        change = s.get("coverage_change") if isinstance(s.get("coverage_change"), dict) else {}
        return {"site": s.get("site"), "portal": wording.portal(s.get("name"), s.get("site")),
                "province": province_name(s.get("province")),
                "label": label, "kind": kind, "responses": _int(s.get("responses")), "errors": _int(s.get("errors")),
                "http": http_txt, "articles": _int(s.get("articles")), "new": _int(s.get("new")),
                "coverage": [(_share(cov.get(k)), _delta(change.get(k))) for k in ("published", "author", "text")]}

    return {"problems": [row(s) for s in sites if s.get("status") not in ("ok", "not_crawled")],
            "all": [row(s) for s in sites]}
