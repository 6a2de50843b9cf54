"""The monitoring dashboard (/dashboard) and its JSON (/api/report) over a real archive with
two recorded crawl runs, the report of app.monitoring.build_report and a pinned clock: the
numbers per province, the heat map cells, the quiet marker, escaping, the 400s and 503s.
The browser renders the same page in tests/test_browser.py."""

from __future__ import annotations

import json
import re

import pytest

from search.base import doc_id
from tests.helpers import serving
from tests.webdata import NOW, build_monitored, fetch


@pytest.fixture(scope="module")
def monitored(tmp_path_factory):

    tmp = tmp_path_factory.mktemp("dashboard")
    backend, archive, sites, first, last = build_monitored(tmp)
    with serving(backend, archive, sites=sites, now=lambda: NOW) as base:
        yield {"base": base, "archive": archive, "sites": sites, "first": first, "last": last}


def get(srv, path: str, **params) -> tuple[int, dict, str]:
    status, headers, body = fetch(srv["base"], path, **params)
    return status, headers, body.decode("utf-8")


def province_row(page: str, slug: str) -> str:
    m = re.search(rf'<tr[^>]*data-province="{re.escape(slug)}">(.*?)</tr>', page, re.S)
    assert m, f"no table row for {slug}"
    return m.group(0)


def cell(row: str, cls: str) -> int:
    m = re.search(rf'<td class="num {cls}"[^>]*>([\d.]+)', row)
    assert m, (cls, row)
    return int(m.group(1).replace(".", ""))


def heat_cells(page: str, slug: str) -> dict[str, tuple[int, str]]:
    m = re.search(rf'<g class="heat-row" data-province="{re.escape(slug)}">(.*?)</g>', page, re.S)
    assert m, f"no heat map row for {slug}"
    return {w: (int(n), c) for c, w, n in
            re.findall(r'<rect class="cell (h\d)"[^>]*data-week="([^"]+)" data-count="(\d+)"', m.group(1))}


# --- the page ---------------------------------------------------------------------------------


def test_dashboard_numbers_per_province_today(monitored):
    status, headers, page = get(monitored, "/dashboard")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert "<h1 class=\"title\">Hoạt động theo tỉnh</h1>" in page
    assert "15/09/2025 09:00" in page  # the pinned clock
    # Lâm Đồng today = Lâm Đồng + Đắk Nông + Bình Thuận as published
    row = province_row(page, "lam-dong")
    assert "gồm cả Đắk Nông, Bình Thuận" in row
    assert cell(row, "new") == 3  # two from Lâm Đồng, one from Đắk Nông in the last run
    assert cell(row, "d7") == 3  # 10, 12 and 14/09
    assert cell(row, "d30") == 4  # and 01/09 (12/08 is 34 days back)
    assert cell(row, "total") == 10
    assert "14/09/2025" in row and "1 ngày trước" in row and "Im ắng" not in row
    assert 'href="/feeds/lam-dong.atom"' in row
    row = province_row(page, "ha-noi")
    assert (cell(row, "new"), cell(row, "d7"), cell(row, "d30"), cell(row, "total")) == (1, 1, 3, 6)
    row = province_row(page, "vn")
    assert cell(row, "new") == 1 and "1 không rõ ngày" in row
    # the last run
    run = re.search(r'<section class="dash-section run" id="last-run">(.*?)</section>', page, re.S).group(1)
    assert "Hoàn tất" in run and 'id="run-new">6<' in run and 'id="run-errors">3<' in run
    assert "61 yêu cầu" in run and "3 phút 5 giây" in run and "lần trước: 23" in run


def test_quiet_marker_follows_quiet_days(monitored):
    _, _, page = get(monitored, "/dashboard")
    row = province_row(page, "ninh-binh")  # Ninh Bình + Nam Định: latest 20/05/2025, 118 days
    assert 'class="is-quiet"' in row and "Im ắng" in row and "118 ngày trước" in row
    assert 'class="is-quiet"' not in province_row(page, "ha-noi")
    assert "Không có bài mới trong 30 ngày" in row
    _, _, page = get(monitored, "/dashboard", quiet_days="120")
    assert "Im ắng" not in province_row(page, "ninh-binh")
    assert 'value="120"' in page  # the form keeps it
    _, _, page = get(monitored, "/dashboard", quiet_days="1")
    assert "Im ắng" in province_row(page, "lam-dong")  # latest 14/09 is a day old


def test_view_as_published(monitored):
    status, _, page = get(monitored, "/dashboard", view="published")
    assert status == 200
    assert re.search(r'<a href="/dashboard\?view=published&amp;quiet_days=30#provinces" aria-current="page"', page)
    row = province_row(page, "dak-nong")
    assert "nay thuộc Lâm Đồng" in row
    assert (cell(row, "new"), cell(row, "d7"), cell(row, "total")) == (1, 1, 4)
    assert 'href="/feeds/dak-nong.atom"' in row and 'href="/?p=dak-nong&amp;match=published&amp;sort=date"' in row
    row = province_row(page, "lam-dong")
    assert (cell(row, "new"), cell(row, "total")) == (2, 5)
    assert 'data-province="nam-dinh"' in page
    # the default view rolls Nam Định into Ninh Bình
    _, _, today = get(monitored, "/dashboard")
    assert 'data-province="nam-dinh"' not in today.split('id="provinces"')[1].split("</table>")[0]


def test_heat_map_cells(monitored):
    _, _, page = get(monitored, "/dashboard")
    assert '<svg class="chart-svg heatmap" id="heatmap-svg"' in page
    lam = heat_cells(page, "lam-dong")
    assert len(lam) == 26 and list(lam)[-1] == "2025-W38" and list(lam)[0] == "2025-W13"
    assert lam["2025-W37"] == (3, "h2")  # 10, 12 and 14/09
    assert lam["2025-W38"] == (0, "h0")
    assert lam["2025-W36"] == (1, "h1")  # 01/09
    assert heat_cells(page, "ha-noi")["2025-W37"] == (2, "h2")  # 08 and 11/09
    assert sum(n for n, _ in heat_cells(page, "ninh-binh").values()) == 2  # 02/04 and 20/05
    # a row per province of today with a site or an article, in the table's order; each cell
    # has a tooltip and an accessible label
    rows = re.findall(r'<g class="heat-row" data-province="([^"]+)"', page)
    assert rows == ["vn", "can-tho", "gia-lai", "ha-noi", "hue", "lam-dong", "ninh-binh"]
    label = "Lâm Đồng, tuần 37 (08/09–14/09/2025): 3 bài"
    label = re.escape(label)
    assert re.search(rf'<rect class="cell h2" [^>]*role="img" aria-label="{label}"[^>]*><title>{label}</title>', page)


def test_monthly_chart_and_sparklines(monitored):
    _, _, page = get(monitored, "/dashboard")
    chart = re.search(r'<svg class="chart-svg" id="monthly-svg".*?</svg>', page, re.S).group(0)
    assert "<title>Lâm Đồng · tháng 09/2025: 4 bài</title>" in chart
    assert "tháng 08/2025: 4; tháng 09/2025: 7</desc>" in chart  # all provinces; the undated one not counted
    row = province_row(page, "lam-dong")
    assert '<svg class="spark"' in row and "<title>tháng 09/2025: 4 bài</title>" in row
    assert row.count("<rect ") == 12  # 12 months


def test_new_articles_listed_and_escaped(monitored):
    _, _, page = get(monitored, "/dashboard")
    new = re.search(r'<section class="dash-section" id="new-articles">(.*?)<section class="dash-section" id="sites"',
                    page, re.S).group(1)
    assert "Bài mới từ lần thu thập gần nhất (6)" in new
    groups = re.findall(r'<section class="new-group" data-province="([^"]+)"><h3>([^<]+) <span class="n">(\d+)<', new)
    assert [(slug, int(n)) for slug, _, n in groups] == [("vn", 1), ("gia-lai", 1), ("ha-noi", 1), ("lam-dong", 3)]
    for item in monitored["last"]:
        aid = doc_id(item["canonical_url"])
        assert f'href="/archive/{aid}"' in new
    # the hostile title is text; its javascript: URL is no link
    assert "<script>alert(1)" not in page and "<img src=x" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt; HTX rau sạch Ia Grai &lt;img src=x onerror=alert(2)&gt;" in new
    assert "javascript:" not in page
    hanoi = next(i for i in monitored["last"] if i["site"] == "lmhtx-hanoi")
    assert f'<a href="{hanoi["url"]}" class="orig" target="_blank" rel="noopener noreferrer">Trang gốc ↗</a>' in new
    assert "không rõ ngày" in new  # the undated national notice
    # nothing inline for the CSP to block
    assert " style=" not in page and "<style" not in page
    assert re.findall(r"<script[^>]*>", page) == ['<script src="/static/app.js" defer>']


def test_sites_and_findings(monitored):
    _, _, page = get(monitored, "/dashboard")
    problems = re.search(r'<table class="sites-table stack-table" id="problem-sites">(.*?)</table>', page, re.S).group(1)
    bad = re.findall(r'<tr data-site="([^"]+)"', problems)
    assert sorted(bad) == ["lmhtx-cantho", "lmhtx-hue"]
    assert "Thu thập thất bại" in problems and "HTTP 500: 3" in problems
    assert "Tải được trang nhưng không ra bài nào" in problems
    everything = re.search(r'<table class="sites-table stack-table" id="all-sites">(.*?)</table>', page, re.S).group(1)
    hanoi = re.search(r'<tr data-site="lmhtx-hanoi".*?</tr>', everything, re.S).group(0)
    assert "50%" in hanoi and "-50 điểm" in hanoi  # authors: 1 of 2 now, 6 of 6 before
    report = json.loads(get(monitored, "/api/report")[2])
    assert report["findings"], "the monitors found nothing to say about a failed site"
    findings = re.search(r'<section class="dash-section" id="findings">(.*?)</section>', page, re.S).group(1)
    assert f"Cảnh báo ({len(report['findings'])})" in findings
    from app.web.render import h

    for f in report["findings"]:
        assert h(f["message"]) in findings


def test_head_feed_link_and_navigation(monitored):
    _, _, page = get(monitored, "/dashboard")
    assert '<link rel="alternate" type="application/atom+xml" href="/feeds/all.atom"' in page
    assert '<a href="/dashboard" aria-current="page">Hoạt động theo tỉnh</a>' in page
    _, _, search = get(monitored, "/")
    assert '<a href="/dashboard">Hoạt động theo tỉnh</a>' in search
    assert '<a href="/" aria-current="page">Tra cứu</a>' in search


def test_api_report_is_the_report(monitored):
    from app.monitoring import build_report

    status, headers, body = get(monitored, "/api/report", quiet_days="45")
    assert status == 200 and headers["Content-Type"] == "application/json; charset=utf-8"
    data = json.loads(body)
    expected = json.loads(json.dumps(build_report(monitored["archive"], now=NOW, sites=monitored["sites"],
                                                  quiet_days=45), default=str))
    data.pop("generated_at"), expected.pop("generated_at")
    assert data == expected
    assert data["quiet_days"] == 45 and data["now"] == "2025-09-15T09:00:00+07:00"
    assert "<script>" not in body  # JSON stays inert: < and > are \\u escapes


@pytest.mark.parametrize("params, needle", [
    ({"quiet_days": "abc"}, "Số ngày im ắng không hợp lệ"),
    ({"quiet_days": "0"}, "Số ngày im ắng phải từ 1 đến 3650"),
    ({"quiet_days": "99999"}, "phải từ 1 đến 3650"),
    ({"quiet_days": "-3"}, "không hợp lệ"),
    ({"view": "<b>x</b>"}, "Cách gộp tỉnh/thành không hợp lệ: &#x27;&lt;b&gt;x&lt;/b&gt;&#x27;"),
])
def test_bad_parameters_are_400(monitored, params, needle):
    status, _, page = get(monitored, "/dashboard", **params)
    assert status == 400 and needle in page and 'role="alert"' in page
    assert "<b>x</b>" not in page
    if "quiet_days" in params:
        status, headers, body = get(monitored, "/api/report", **params)
        assert status == 400 and headers["Content-Type"].startswith("application/json")
        assert needle in json.loads(body)["error"]


def test_without_archive_the_pages_say_so(tmp_path):
    from app.web.server import start_in_thread
    from search.embedded import EmbeddedIndex

    backend = EmbeddedIndex(tmp_path / "search.sqlite3")
    server, base = start_in_thread(backend, None)
    try:
        srv = {"base": base}
        status, _, page = get(srv, "/dashboard")
        assert status == 503 and "cần kho lưu bài viết" in page and 'href="/dashboard"' in page
        status, _, body = get(srv, "/api/report")
        assert status == 503 and "archive" in json.loads(body)["error"]
        assert get(srv, "/feeds/all.atom")[0] == 503
        assert get(srv, "/feeds/khong-co-tinh-nay.atom")[0] == 404
        assert get(srv, "/")[0] == 200  # the search page is as before
    finally:
        server.shutdown()
        server.server_close()
        backend.close()


# --- for staff: sentences, portal names, dd/mm/yyyy; the same charts drawn for a phone -------------


def visible_text(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def test_findings_speak_to_staff(monitored):
    from app.web.render import vn_date

    _, _, page = get(monitored, "/dashboard")
    report = json.loads(get(monitored, "/api/report")[2])
    cantho = next(s for s in report["sites"] if s["site"] == "lmhtx-cantho")
    told = {f["subject"]: f for f in report["findings"]}
    assert told["site:lmhtx-cantho"]["message"] == (
        f"Cổng Liên minh HTX thành phố Cần Thơ trả về lỗi từ {vn_date(cantho['down_since'])} (HTTP 500 ×3), "
        "không tải được trang nào")
    assert told["province:binh-thuan"]["message"] == \
        "Tỉnh Bình Thuận: không có bài mới đã 150 ngày (bài gần nhất ngày 18/04/2025, ngưỡng 30 ngày)"
    findings = re.search(r'<section class="dash-section" id="findings">(.*?)</section>', page, re.S).group(1)
    items = re.findall(r'<li class="finding (\w+)" data-monitor="([^"]+)" data-subject="([^"]+)" title="([^"]+)">(.*?)</li>',
                       findings, re.S)
    assert [(monitor, subject) for _, monitor, subject, _, _ in items] == \
        [(f["monitor"], f["subject"]) for f in report["findings"]]
    for kind, monitor, subject, title, inner in items:
        text = visible_text(inner)
        # the sentence, once; the monitor only for developers (title, data-monitor), never as the text
        assert "Monitor" not in text and subject not in text and not re.search(r"\d{4}-\d{2}-\d{2}", text)
        assert title == f"Chi tiết kỹ thuật: {monitor} · {subject}"
        assert text.count("Cần Thơ") <= 1
    assert sum(kind == "bad" for kind, *_ in items) == 2


def test_portal_names_and_dates_for_staff(monitored):
    _, _, page = get(monitored, "/dashboard")
    main = page.split('<main id="main"')[1]
    # no ISO date anywhere staff read (attributes such as <time datetime> are for machines)
    assert not re.search(r"\d{4}-\d{2}-\d{2}", visible_text(main))
    problems = re.search(r'id="problem-sites">(.*?)</table>', page, re.S).group(1)
    assert '<th scope="row" title="lmhtx-cantho">Cổng Liên minh HTX thành phố Cần Thơ</th>' in problems
    assert "lmhtx-" not in visible_text(problems)
    new = re.search(r'id="new-articles">(.*?)</section>\s*<section class="dash-section" id="sites"', page, re.S).group(1)
    assert "Cổng Liên minh HTX thành phố Hà Nội" in new and "lmhtx-" not in visible_text(new)
    # month labels say the year in full: "09/25" would read as a day
    chart = re.search(r'<svg class="chart-svg" id="monthly-svg".*?</svg>', page, re.S).group(0)
    assert ">09/2025</text>" in chart and ">09/25<" not in page
    assert re.search(r'<text class="axis" x="[\d.]+" y="14">09/2025</text>', page)  # the heat map's months


def test_phone_charts_show_the_same_numbers(monitored):
    _, _, page = get(monitored, "/dashboard")
    wide = re.search(r'<svg class="chart-svg" id="monthly-svg".*?</svg>', page, re.S).group(0)
    phone = re.search(r'<svg class="chart-svg" id="monthly-svg-phone".*?</svg>', page, re.S).group(0)
    totals = re.findall(r'<text class="value"[^>]*>(\d+)</text>', wide)
    assert re.findall(r'<text class="value"[^>]*>(\d+)</text>', phone) == totals and totals[-1] == "7"
    assert re.findall(r"<title>([^<]+)</title>", phone) == re.findall(r"<title>([^<]+)</title>", wide)
    assert 'viewBox="0 0 340 ' in phone  # drawn at a phone's width, not shrunk from 1100 px
    # the heat map on a phone: the last 10 weeks, the same counts as the wide one's
    heat_phone = re.search(r'<svg class="chart-svg heatmap" id="heatmap-svg-phone".*?</svg>', page, re.S).group(0)
    m = re.search(r'<g class="heat-row-phone" data-province="lam-dong">(.*?)</g>', heat_phone, re.S)
    cells = dict(re.findall(r'data-week="([^"]+)" data-count="(\d+)"', m.group(1)))
    wide_cells = heat_cells(page, "lam-dong")
    assert list(cells) == list(wide_cells)[-10:] and all(int(n) == wide_cells[w][0] for w, n in cells.items())
    assert 'viewBox="0 0 342 ' in heat_phone


def test_scroll_areas_are_reachable_by_keyboard(monitored):
    _, _, page = get(monitored, "/dashboard")
    scrollers = re.findall(r'<div class="(chart-box scroll[^"]*|table-wrap)"([^>]*)>', page)
    assert len(scrollers) == 4  # the wide heat map, the provinces, the problem sites, all sites
    for cls, attrs in scrollers:
        assert 'tabindex="0"' in attrs and 'role="region"' in attrs and re.search(r"aria-label(ledby)?=\"\w", attrs)
    # the options are a <details> (closed on a phone; style.css shows them on a wider screen)
    assert re.search(r'<details class="dash-tools"><summary>Tùy chọn: im ắng sau 30 ngày</summary>', page)
