"""The monitoring dashboard ("Hoạt động theo tỉnh"): the report of app/monitoring/report.py as one
server-rendered page, charts included.

    render_dashboard(report, view="today") -> (page title, <main> content, extra <head> html)

Charts are inline SVG drawn here, styled only through presentation attributes and the
classes of static/style.css (the CSP allows no inline style and no inline script). Every
string of the report may come from a crawled page or a site registry: all of it goes
through `h()`, and only http(s) URLs and /archive/<40-hex id> become links.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Iterable

from crawler import provinces

from app.web.views import ID_RE, _vn_sort_key, h, http_url, link, province_name, vn_date, vn_datetime, vn_number

VIEWS = {"today": "34 tỉnh/thành hiện nay", "published": "Tỉnh/thành khi đăng"}
MONTH_RE = re.compile(r"^(\d{4})-(\d{2})$")
WEEK_RE = re.compile(r"^(\d{4})-W(\d{2})$")
TOP_SERIES = 5  # provinces drawn apart in the monthly chart; the rest is "Khác"
NEW_SHOWN = 10  # new articles listed per province; the rest through the search page
HEAT_CLASSES = ((0, "0"), (1, "1"), (3, "2–3"), (7, "4–7"), (None, "8+"))  # upper bounds of h0..h4

RUN_STATUS = {"finished": ("Hoàn tất", "ok"), "degraded": ("Chưa trọn vẹn", "warn"), "failed": ("Thất bại", "bad"),
              "running": ("Đang chạy", "warn")}
RUN_MODE = {"incremental": "tăng dần (chỉ bài mới)", "backfill": "toàn bộ (quét lại kho bài)"}
SITE_STATUS = {
    "ok": ("Bình thường", "ok"),
    "failed": ("Thu thập thất bại", "bad"),
    "errors": ("Có lỗi khi tải trang", "bad"),
    "no_articles": ("Tải được trang nhưng không ra bài nào", "bad"),
    "no_dates": ("Bài không có ngày đăng", "warn"),
    "not_crawled": ("Không được thu thập lần này", "warn"),
}
CURRENT = ' aria-current="page" class="current"'
LEVELS = {"error": ("Lỗi", "bad"), "warning": ("Cảnh báo", "warn")}


# --- small helpers ----------------------------------------------------------------------------


def _int(value: Any) -> int:
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def _n(value: Any) -> str:
    return vn_number(_int(value))


def _share(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return f"{round(100 * value)}%"
    return "–"


def _delta(value: Any) -> str:
    if isinstance(value, (int, float)) and not isinstance(value, bool) and round(100 * value):
        points = round(100 * value)
        return f'<span class="delta {"down" if points < 0 else "up"}">{points:+d} điểm</span>'
    return ""


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
        return f"đã chạy {h(_duration(run.get('running_seconds')))}"
    return f"thời gian chạy: {h(_duration(run.get('elapsed_seconds')))}"


def _month_label(key: str, *, short: bool = False) -> str:
    m = MONTH_RE.match(key)
    if not m:
        return key
    return f"{m.group(2)}/{m.group(1)[2:]}" if short else f"tháng {m.group(2)}/{m.group(1)}"


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
        return (0 if slug == provinces.NATIONAL else 1, _vn_sort_key(str(r.get("name") or province_name(slug))))

    return sorted((r for r in rows if isinstance(r, dict)), key=key)


def _name(row: dict[str, Any]) -> str:
    return str(row.get("name") or province_name(row.get("province")) or row.get("province") or "")


def _badge(text: str, kind: str, title: str = "") -> str:
    tip = f' title="{h(title)}"' if title else ""
    return f'<span class="badge {kind}"{tip}>{h(text)}</span>'


def _subject(subject: Any) -> str:
    s = str(subject or "")
    if s == "run":
        return "Lần chạy"
    if s.startswith("site:"):
        return f"Trang {s[5:]}"
    if s.startswith("province:"):
        return province_name(s[9:])
    return s


# --- the page ---------------------------------------------------------------------------------


def render_dashboard(report: dict[str, Any], *, view: str = "today") -> tuple[str, str, str]:
    """(title, content html, head html) of the dashboard for a report of build_report()."""
    quiet_days = _int(report.get("quiet_days")) or 30
    parts = [
        _render_intro(report, quiet_days, view),
        _render_run(report.get("last_run"), report.get("previous_run")),
        _render_findings(report.get("findings") or []),
        _render_monthly(report.get("provinces_today") or []),
        _render_heatmap(report.get("weeks") or [], report.get("heatmap") or {},
                        report.get("provinces_today") or []),
        _render_table(report, view, quiet_days),
        _render_new(report.get("new_since_last_run") or {}, report.get("new_since_last_run_counts") or {}),
        _render_sites(report.get("sites") or []),
    ]
    head = ('<link rel="alternate" type="application/atom+xml" href="/feeds/all.atom" '
            'title="Tin mới từ các cổng Liên minh HTX (Atom)">')
    return "Hoạt động theo tỉnh – Lưu trữ tin Liên minh HTX", "".join(parts), head


def _render_intro(report: dict[str, Any], quiet_days: int, view: str) -> str:
    now = vn_datetime(report.get("now")) or vn_datetime(report.get("generated_at"))
    return f"""
<div class="dash-head">
  <div>
    <h1 class="title">Hoạt động theo tỉnh</h1>
    <p class="lead">Bài mới trên các cổng thông tin Liên minh Hợp tác xã, theo tỉnh/thành và theo lần thu thập.
    Số liệu tính đến <strong>{h(now)}</strong>; ngày là ngày đăng bài.</p>
  </div>
  <div class="dash-tools">
    <form class="quiet-form" method="get" action="/dashboard">
      <input type="hidden" name="view" value="{h(view)}">
      <label for="quiet_days">Coi là im ắng sau</label>
      <input type="number" id="quiet_days" name="quiet_days" min="1" max="3650" value="{quiet_days}" inputmode="numeric">
      <span>ngày</span>
      <button type="submit" class="secondary small">Áp dụng</button>
    </form>
    <p class="dash-links"><a href="/feeds/all.atom" type="application/atom+xml" class="feed">Atom: tất cả tin mới</a>
    · <a href="/api/report?quiet_days={quiet_days}">Dữ liệu JSON</a> · <a href="/">Tra cứu</a></p>
  </div>
</div>"""


def _render_run(run: Any, previous: Any) -> str:
    if not isinstance(run, dict):
        return ('<section class="dash-section run" id="last-run"><h2>Lần thu thập gần nhất</h2>'
                '<p class="notice empty">Chưa có lần thu thập nào được ghi lại.</p></section>')
    label, kind = RUN_STATUS.get(str(run.get("status")), (str(run.get("status") or "?"), "warn"))
    causes = [str(c) for c in run.get("causes") or []] if isinstance(run.get("causes"), list) else []
    reason_html = ""
    if causes:
        reason_html = f'<p class="run-reason">Lý do: {h("; ".join(causes))}</p>'
    prev_new = ""
    if isinstance(previous, dict):
        prev_new = f'<span class="sub">lần trước: {_n(previous.get("new_articles"))}</span>'
    errors = _int(run.get("errors"))
    mode = RUN_MODE.get(str(run.get("mode")), "")
    cards = [
        ("Trạng thái", f'{_badge(label, kind)}<span class="sub">lần chạy #{h(run.get("id"))}'
                       f'{" · " + h(mode) if mode else ""}</span>', "status"),
        ("Bắt đầu", f'<span class="big">{h(vn_datetime(run.get("started_at")) or "–")}</span>'
                    f'<span class="sub">{_elapsed(run)}</span>', "time"),
        ("Bài mới", f'<span class="big" id="run-new">{_n(run.get("new_articles"))}</span>'
                    f'<span class="sub">{_n(run.get("changed_articles"))} bài thay đổi</span>{prev_new}', "new"),
        ("Lỗi", f'<span class="big{" bad" if errors else ""}" id="run-errors">{vn_number(errors)}</span>'
                f'<span class="sub">{_n(run.get("requests"))} yêu cầu · {len(run.get("sites") or [])} trang</span>',
         "errors"),
    ]
    items = "".join(f'<div class="card {cls}"><dt>{k}</dt><dd>{v}</dd></div>' for k, v, cls in cards)
    return (f'<section class="dash-section run" id="last-run"><h2>Lần thu thập gần nhất</h2>'
            f'<dl class="cards">{items}</dl>{reason_html}</section>')


def _render_findings(findings: list[Any]) -> str:
    rows = []
    order = {"error": 0, "warning": 1}
    for f in sorted((f for f in findings if isinstance(f, dict)), key=lambda f: order.get(f.get("level"), 2)):
        label, kind = LEVELS.get(str(f.get("level")), ("Ghi chú", "warn"))
        rows.append(f'<li class="finding {kind}">{_badge(label, kind)} <strong>{h(_subject(f.get("subject")))}</strong>'
                    f' <span class="msg">{h(f.get("message"))}</span>'
                    f' <span class="monitor">({h(f.get("monitor"))})</span></li>')
    body = (f'<ul class="findings">{"".join(rows)}</ul>' if rows
            else '<p class="notice empty">Không có cảnh báo nào: mọi trang và tỉnh/thành đều bình thường.</p>')
    return f'<section class="dash-section" id="findings"><h2>Cảnh báo ({len(rows)})</h2>{body}</section>'


# --- charts -----------------------------------------------------------------------------------


def _render_monthly(rows: list[dict[str, Any]]) -> str:
    """Chart (a): articles per month, all provinces stacked, the most active ones apart."""
    months = sorted({k for r in rows for k in (r.get("per_month") or {}) if MONTH_RE.match(str(k))})
    title = '<h2 id="chart-monthly-title">Số bài theo tháng</h2>'
    if not months:
        return (f'<section class="dash-section chart" id="chart-monthly">{title}'
                '<p class="notice empty">Chưa có bài nào có ngày đăng.</p></section>')
    totals = {id(r): sum(_int(v) for v in (r.get("per_month") or {}).values()) for r in rows}
    ranked = sorted((r for r in rows if totals[id(r)]), key=lambda r: (-totals[id(r)], _vn_sort_key(_name(r))))
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
    out = [f'<svg class="chart-svg" id="monthly-svg" viewBox="0 0 {width} {height}" width="{width}" height="{height}" '
           f'role="img" aria-labelledby="chart-monthly-title chart-monthly-desc">'
           f'<desc id="chart-monthly-desc">{h(_monthly_desc(months, stack))}</desc>']
    for v in range(0, ymax + 1, step):
        y = top_pad + plot_h - plot_h * v / ymax
        out.append(f'<line class="grid" x1="{left}" x2="{width - right}" y1="{y:.1f}" y2="{y:.1f}"></line>'
                   f'<text class="axis" x="{left - 6}" y="{y + 4:.1f}" text-anchor="end">{vn_number(v)}</text>')
    every = 1 if len(months) <= 12 else 2
    for i, m in enumerate(months):
        x = left + slot * i + (slot - bar_w) / 2
        y0 = top_pad + plot_h
        parts = []
        for k, (name, values) in enumerate(series):
            v = values[i]
            if not v:
                continue
            bh = plot_h * v / ymax
            y0 -= bh
            parts.append(f'<rect class="s{k}" x="{x:.1f}" y="{y0:.1f}" width="{bar_w:.1f}" height="{bh:.1f}">'
                         f'<title>{h(name)} · {h(_month_label(m))}: {vn_number(v)} bài</title></rect>')
        out.append(f'<g class="month">{"".join(parts)}</g>')
        if stack[i]:
            out.append(f'<text class="value" x="{x + bar_w / 2:.1f}" y="{y0 - 3:.1f}" text-anchor="middle">'
                       f'{vn_number(stack[i])}</text>')
        if i % every == 0 or i == len(months) - 1:
            out.append(f'<text class="axis" x="{x + bar_w / 2:.1f}" y="{height - bottom + 16}" text-anchor="middle">'
                       f'{h(_month_label(m, short=True))}</text>')
    out.append(f'<line class="baseline" x1="{left}" x2="{width - right}" y1="{top_pad + plot_h}" '
               f'y2="{top_pad + plot_h}"></line></svg>')
    legend = "".join(f'<li><svg class="swatch" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">'
                     f'<rect class="s{k}" width="10" height="10" rx="2"></rect></svg>{h(name)}'
                     f' <span class="n">{vn_number(sum(values))}</span></li>' for k, (name, values) in enumerate(series))
    return (f'<section class="dash-section chart" id="chart-monthly">{title}'
            f'<p class="hint">Theo ngày đăng, 34 tỉnh/thành hiện nay; {min(TOP_SERIES, len(top))} tỉnh/thành '
            f'nhiều bài nhất được tô riêng.</p>'
            f'<div class="chart-box">{"".join(out)}</div><ul class="legend">{legend}</ul></section>')


def _nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if peak / step <= 5:
            return step
    return 10 ** len(str(peak))


def _monthly_desc(months: list[str], stack: list[int]) -> str:
    return "Số bài theo tháng: " + "; ".join(f"{_month_label(m)}: {vn_number(n)}" for m, n in zip(months, stack))


def _render_heatmap(weeks: list[Any], heat: dict[str, Any], rows: list[dict[str, Any]]) -> str:
    """Chart (b): today's provinces × ISO weeks, a cell per week coloured by its count."""
    weeks = [str(w) for w in weeks]
    title = '<h2 id="chart-heat-title">Bài đăng theo tuần</h2>'
    if not weeks:
        return (f'<section class="dash-section chart" id="chart-heat">{title}'
                '<p class="notice empty">Chưa có số liệu theo tuần.</p></section>')
    names = {r.get("province"): _name(r) for r in rows}
    slugs = [r.get("province") for r in _ordered(rows)] + sorted(s for s in heat if s not in names)
    slugs = [s for s in slugs if isinstance(s, str)]
    cell, gap, label_w, head_h = 24, 4, 170, 40
    width = label_w + len(weeks) * (cell + gap) + 8
    height = head_h + len(slugs) * (cell + gap) + 4
    out = [f'<svg class="chart-svg heatmap" id="heatmap-svg" viewBox="0 0 {width} {height}" width="{width}" '
           f'height="{height}" role="group" aria-labelledby="chart-heat-title">']
    last_month, last_x = None, -100
    for j, w in enumerate(weeks):
        span = _week_span(w)
        x = label_w + j * (cell + gap)
        # the month a week ends in, written where it starts (unless too close to the last one)
        if span and (span[1].year, span[1].month) != last_month and x - last_x >= 2 * (cell + gap):
            last_month, last_x = (span[1].year, span[1].month), x
            out.append(f'<text class="axis" x="{x}" y="14">{span[1]:%m/%y}</text>'
                       f'<line class="tick" x1="{x - 1.5}" x2="{x - 1.5}" y1="20" y2="{head_h - 4}"></line>')
        if j % 4 == 0:
            out.append(f'<text class="axis faint" x="{x + cell / 2}" y="{head_h - 8}" text-anchor="middle">'
                       f'{h(w[-2:])}</text>')
    for i, slug in enumerate(slugs):
        y = head_h + i * (cell + gap)
        name = names.get(slug) or province_name(slug)
        counts = heat.get(slug) or []
        out.append(f'<g class="heat-row" data-province="{h(slug)}">'
                   f'<text class="row-label" x="{label_w - 8}" y="{y + cell - 4}" text-anchor="end">{h(name)}</text>')
        for j, w in enumerate(weeks):
            n = _int(counts[j]) if j < len(counts) else 0
            label = f"{name}, {_week_label(w)}: {vn_number(n)} bài"
            out.append(f'<rect class="cell h{_heat_class(n)}" x="{label_w + j * (cell + gap)}" y="{y}" '
                       f'width="{cell}" height="{cell}" rx="3" role="img" aria-label="{h(label)}" '
                       f'data-week="{h(w)}" data-count="{n}"><title>{h(label)}</title></rect>')
        out.append("</g>")
    out.append("</svg>")
    legend = "".join(f'<li><svg class="swatch" viewBox="0 0 10 10" width="10" height="10" aria-hidden="true">'
                     f'<rect class="cell h{i}" width="10" height="10" rx="2"></rect></svg>{h(text)} bài</li>'
                     for i, (_, text) in enumerate(HEAT_CLASSES))
    first, last = _week_span(weeks[0]), _week_span(weeks[-1])
    period = f" từ {first[0]:%d/%m/%Y} đến {last[1]:%d/%m/%Y}" if first and last else ""
    return (f'<section class="dash-section chart" id="chart-heat">{title}'
            f'<p class="hint">{len(weeks)} tuần gần nhất{h(period)}, theo ngày đăng; mỗi ô là một tuần '
            f'(di chuột để xem số bài).</p>'
            f'<div class="chart-box scroll">{"".join(out)}</div><ul class="legend">{legend}</ul></section>')


def _sparkline(per_month: dict[str, Any], name: str) -> str:
    months = sorted(k for k in per_month if MONTH_RE.match(str(k)))
    if not months:
        return ""
    values = [_int(per_month[m]) for m in months]
    peak = max(values) or 1
    bw, gap, hgt = 7, 2, 24
    width = len(months) * (bw + gap)
    bars = []
    for i, (m, v) in enumerate(zip(months, values)):
        bh = max(1.0, (hgt - 2) * v / peak) if v else 1.0
        bars.append(f'<rect class="{"on" if v else "off"}" x="{i * (bw + gap)}" y="{hgt - bh:.1f}" width="{bw}" '
                    f'height="{bh:.1f}"><title>{h(_month_label(m))}: {vn_number(v)} bài</title></rect>')
    label = f"{name}: {sum(values)} bài trong {len(months)} tháng, nhiều nhất {peak} bài một tháng"
    return (f'<svg class="spark" viewBox="0 0 {width} {hgt}" width="{width}" height="{hgt}" role="img" '
            f'aria-label="{h(label)}">{"".join(bars)}</svg>')


# --- tables -----------------------------------------------------------------------------------


def _render_table(report: dict[str, Any], view: str, quiet_days: int) -> str:
    today = view == "today"
    rows = _ordered(report.get("provinces_today" if today else "provinces") or [])
    tabs = "".join(
        f'<a href="/dashboard?view={v}&amp;quiet_days={quiet_days}#provinces"'
        f'{CURRENT if v == view else ""}>{label}</a>'
        for v, label in VIEWS.items())
    match = "today" if today else "published"
    body = []
    for r in rows:
        slug = str(r.get("province") or "")
        name = _name(r)
        merged = ""
        if today:
            others = [province_name(s) for s in (r.get("formed_from") or []) if s != slug]
            if others:
                merged = f'<span class="merged">gồm cả {h(", ".join(others))}</span>'
        elif r.get("province_today") and r.get("province_today") != slug:
            merged = f'<span class="merged">nay thuộc {h(province_name(r.get("province_today")))}</span>'
        latest = vn_date(r.get("latest_published"))
        days = r.get("days_since_latest")
        ago = f'<span class="sub">{vn_number(days)} ngày trước</span>' if isinstance(days, int) and latest else ""
        quiet = _badge("Im ắng", "quiet", f"Không có bài mới trong {quiet_days} ngày") if r.get("quiet") else ""
        sites = r.get("sites") or []
        known = provinces.is_known(slug)  # a slug the provinces file no longer knows: no links
        search = f"/?p={h(slug)}&amp;match={match}&amp;sort=date"
        name_html = f'<a href="{search}">{h(name)}</a>' if known else h(name)
        feed = (f'<a class="feed" href="/feeds/{h(slug)}.atom" type="application/atom+xml" '
                f'title="Nguồn tin Atom: {h(name)}">Atom</a>' if known else "")
        cls = ' class="is-quiet"' if r.get("quiet") else ""
        body.append(
            f'<tr{cls} data-province="{h(slug)}">'
            f'<th scope="row">{name_html}{merged}</th>'
            f'<td class="num">{vn_number(len(sites))}</td>'
            f'<td class="num new">{_n(r.get("new_last_run"))}</td>'
            f'<td class="num d7">{_n(r.get("last_7_days"))}</td>'
            f'<td class="num d30">{_n(r.get("last_30_days"))}</td>'
            f'<td class="latest">{h(latest) if latest else "<span class=muted>chưa có</span>"}{ago} {quiet}</td>'
            f'<td class="sparkcell">{_sparkline(r.get("per_month") or {}, name)}</td>'
            f'<td class="num total">{_n(r.get("total"))}'
            + (f'<span class="sub">{_n(r.get("undated"))} không rõ ngày</span>' if _int(r.get("undated")) else "")
            + f'</td><td>{feed}</td></tr>')
    quiet_n = sum(1 for r in rows if r.get("quiet"))
    caption = (f"{len(rows)} tỉnh/thành · {quiet_n} im ắng (không có bài mới trong {quiet_days} ngày)")
    return f"""
<section class="dash-section" id="provinces">
  <div class="section-head"><h2>Theo tỉnh/thành</h2><nav class="tabs" aria-label="Cách gộp tỉnh/thành">{tabs}</nav></div>
  <div class="table-wrap"><table class="provinces-table">
    <caption>{h(caption)}</caption>
    <thead><tr><th scope="col">Tỉnh/thành</th><th scope="col" class="num">Số trang</th>
      <th scope="col" class="num">Mới (lần chạy cuối)</th><th scope="col" class="num">7 ngày</th>
      <th scope="col" class="num">30 ngày</th><th scope="col">Bài mới nhất</th><th scope="col">12 tháng</th>
      <th scope="col" class="num">Tổng</th><th scope="col"><span class="sr-only">Nguồn tin</span></th></tr></thead>
    <tbody>{"".join(body)}</tbody>
  </table></div>
</section>"""


def _render_new(new: dict[str, Any], counts: dict[str, Any]) -> str:
    groups = []
    total = 0
    for slug in sorted((s for s in new if new.get(s)), key=lambda s: (s != provinces.NATIONAL,
                                                                       _vn_sort_key(province_name(s)))):
        articles = [a for a in new[slug] if isinstance(a, dict)]
        count = max(_int(counts.get(slug)), len(articles))  # the report lists at most 100 per province
        total += count
        items = []
        for a in articles[:NEW_SHOWN]:
            title = h(a.get("title") or "(không có tiêu đề)")
            aid = str(a.get("id") or "")
            title_html = f'<a href="/archive/{aid}">{title}</a>' if ID_RE.match(aid) else title
            meta = []
            day = vn_date(a.get("published"))
            meta.append(f'<time datetime="{h(str(a.get("published"))[:10])}">{day}</time>' if day
                        else '<span class="unknown">không rõ ngày</span>')
            if a.get("province") and a.get("province") != slug:
                meta.append(h(province_name(a.get("province"))))
            if a.get("site"):
                meta.append(f'<span class="site">{h(a.get("site"))}</span>')
            if http_url(a.get("url")):
                meta.append(link(a.get("url"), "Trang gốc ↗", cls="orig"))
            items.append(f'<li><span class="t">{title_html}</span><span class="meta">{" · ".join(meta)}</span></li>')
        more = ""
        shown = min(len(articles), NEW_SHOWN)
        if count > shown:
            more = (f'<p class="more"><a href="/?p={h(slug)}&amp;match=today&amp;sort=date">'
                    f'và {vn_number(count - shown)} bài khác…</a></p>')
        groups.append(f'<section class="new-group" data-province="{h(slug)}"><h3>{h(province_name(slug))} '
                      f'<span class="n">{vn_number(count)}</span></h3><ul>{"".join(items)}</ul>{more}</section>')
    body = (f'<div class="new-groups">{"".join(groups)}</div>' if groups
            else '<p class="notice empty">Lần thu thập gần nhất không có bài mới.</p>')
    return (f'<section class="dash-section" id="new-articles"><h2>Bài mới từ lần thu thập gần nhất '
            f'({vn_number(total)})</h2>{body}</section>')


def _render_sites(sites: list[Any]) -> str:
    sites = [s for s in sites if isinstance(s, dict)]
    bad = [s for s in sites if s.get("status") not in ("ok", "not_crawled")]

    def row(s: dict[str, Any]) -> str:
        label, kind = SITE_STATUS.get(str(s.get("status")), (str(s.get("status") or "?"), "warn"))
        http = s.get("http_errors") or {}
        http_txt = ", ".join(f"{h(code)}: {_n(n)}" for code, n in sorted(http.items(), key=lambda kv: str(kv[0]))) \
            if isinstance(http, dict) else ""
        cov = s.get("coverage") if isinstance(s.get("coverage"), dict) else {}
        change = s.get("coverage_change") if isinstance(s.get("coverage_change"), dict) else {}
        cells = "".join(f'<td class="num">{_share(cov.get(k))}{_delta(change.get(k))}</td>'
                        for k in ("published", "author", "text"))
        return (f'<tr data-site="{h(s.get("site"))}" class="st-{kind}"><th scope="row">{h(s.get("site"))}'
                f'<span class="sub">{h(s.get("name"))}</span></th>'
                f'<td>{h(province_name(s.get("province")))}</td><td>{_badge(label, kind)}</td>'
                f'<td class="num">{_n(s.get("responses"))}</td><td class="num">{_n(s.get("errors"))}'
                + (f'<span class="sub">HTTP {http_txt}</span>' if http_txt else "")
                + f'</td><td class="num">{_n(s.get("articles"))}</td><td class="num">{_n(s.get("new"))}</td>'
                  f'{cells}</tr>')

    head = ('<thead><tr><th scope="col">Trang</th><th scope="col">Tỉnh/thành</th><th scope="col">Tình trạng</th>'
            '<th scope="col" class="num">Phản hồi</th><th scope="col" class="num">Lỗi</th>'
            '<th scope="col" class="num">Trang bài</th><th scope="col" class="num">Bài mới</th>'
            '<th scope="col" class="num">Có ngày</th><th scope="col" class="num">Có tác giả</th>'
            '<th scope="col" class="num">Có nội dung</th></tr></thead>')
    problems = (f'<div class="table-wrap"><table class="sites-table" id="problem-sites">{head}'
                f'<tbody>{"".join(row(s) for s in bad)}</tbody></table></div>' if bad
                else '<p class="notice empty">Mọi trang đều thu thập bình thường.</p>')
    everything = (f'<details class="all-sites"><summary>Tất cả {vn_number(len(sites))} trang: độ phủ trường dữ liệu '
                  f'(tỉ lệ bài có ngày, tác giả, nội dung; thay đổi so với lần trước)</summary>'
                  f'<div class="table-wrap"><table class="sites-table" id="all-sites">{head}'
                  f'<tbody>{"".join(row(s) for s in sites)}</tbody></table></div></details>' if sites else "")
    return (f'<section class="dash-section" id="sites"><h2>Trang có vấn đề ({vn_number(len(bad))})</h2>'
            f'{problems}{everything}</section>')

