"""The staff search page in a real browser: Debian's Chromium, headless, driven by
Playwright (sync API). Playwright never downloads a browser here: it launches
/usr/bin/chromium. Screenshots go to /tmp/lmhtx-screens/ for a human to look at."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.helpers import CHROMIUM, SCREENS, loopback_tab, result_count, serving, submit_search
from tests.webdata import NOW, XSS_ID, XSS_TITLE, build_monitored, build_site

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="no /usr/bin/chromium (apt-get install chromium): browser tests skipped")

COUNT_RE = re.compile(r"Tìm thấy (\d+) bài viết")
DATE_RE = re.compile(r"^\d{2}/\d{2}/\d{4}$")


@pytest.fixture(scope="module")
def site(tmp_path_factory):

    tmp = tmp_path_factory.mktemp("browser")
    backend, archive, items = build_site(tmp)
    with serving(backend, archive) as base:
        yield {"base": base, "items": items}


@pytest.fixture
def page(browser, site):
    """A fresh tab that may talk to our loopback server only, and records console errors
    (a CSP violation, an uncaught exception) and any request leaving loopback."""
    context, tab = loopback_tab(browser, site["base"])
    yield tab
    context.close()
    assert not tab.outside, f"requests outside loopback: {tab.outside}"


def count_of(tab) -> int:
    return result_count(tab, COUNT_RE)


def test_search_without_diacritics(page, site):
    base = site["base"]
    page.goto(base + "/")
    assert page.locator("h1").inner_text() == "Tra cứu tin Liên minh Hợp tác xã"
    assert page.get_attribute("#q", "placeholder") == "Nhập từ khóa, ví dụ: hợp tác xã OCOP"
    assert page.evaluate("document.documentElement.lang") == "vi"
    page.screenshot(path=str(SCREENS / "01-home.png"), full_page=True)

    submit_search(page, base, "hop tac xa")
    assert parse_qs(urlsplit(page.url).query)["q"] == ["hop tac xa"]
    hits = page.locator(".hit")
    assert hits.count() == 20
    titles = hits.locator(".hit-title").all_inner_texts()
    assert sum("hợp tác xã" in t.lower() for t in titles) >= 15
    assert page.locator(".hit-title mark").count() >= 10
    assert page.locator(".snippet mark").count() >= 10
    marked = page.locator(".hit-title mark").first.inner_text().lower()
    assert marked in ("hợp tác xã", "hợp", "tác", "xã", "htx"), marked
    provinces_shown = page.locator(".hit .province").all_inner_texts()
    assert len(provinces_shown) == 20 and all(provinces_shown)
    dates = page.locator(".hit time.date").all_inner_texts()
    assert dates and all(DATE_RE.match(d) for d in dates)
    # titles open the archived copy; the live portal opens in a new tab, without leaking the
    # referrer or the opener
    assert re.fullmatch(r"/archive/[0-9a-f]{40}", hits.first.locator(".hit-title a").get_attribute("href"))
    live = hits.first.locator("a.orig")
    assert live.get_attribute("target") == "_blank"
    assert live.get_attribute("rel") == "noopener noreferrer"
    assert live.get_attribute("href").startswith("https://")
    assert count_of(page) > 20
    assert page.locator("#facet-province .bars li").count() >= 5
    assert page.locator("#facet-month .bars li").count() >= 5
    page.screenshot(path=str(SCREENS / "02-results.png"), full_page=True)
    assert not page.errors, page.errors


def test_filters_narrow_the_list(page, site):
    base = site["base"]
    submit_search(page, base, "hop tac xa")
    before = count_of(page)
    page.select_option("#p", "lam-dong")
    page.select_option("#match", "today")
    page.fill("#since", "01/01/2023")  # dd/mm/yyyy, whatever the browser's locale
    page.fill("#until", "2024-12-31")  # ISO is understood too
    with page.expect_navigation():
        page.click("button:has-text('Lọc')")
    page.wait_for_selector(".hit")
    query = parse_qs(urlsplit(page.url).query)
    assert query["p"] == ["lam-dong"] and query["since"] == ["01/01/2023"] and query["until"] == ["2024-12-31"]
    after = count_of(page)
    assert 0 < after < before
    assert page.locator(".hit").count() == after
    for meta in page.locator(".hit .province").all_inner_texts():
        assert "Lâm Đồng" in meta, meta  # published in Đắk Nông/Bình Thuận: "(nay thuộc Lâm Đồng)"
    for d in page.locator(".hit time.date").all_inner_texts():
        day, month, year = d.split("/")
        assert "2023-01-01" <= f"{year}-{month}-{day}" <= "2024-12-31"
    # the form keeps the choices
    assert page.input_value("#p") == "lam-dong" and page.input_value("#since") == "01/01/2023"
    assert page.input_value("#until") == "31/12/2024"
    assert page.locator(".chips").inner_text().count("×") == 2
    page.screenshot(path=str(SCREENS / "03-filtered.png"), full_page=True)

    # as published instead of today's province: fewer (only articles published under Lâm Đồng)
    page.select_option("#match", "published")
    with page.expect_navigation():
        page.click("button:has-text('Lọc')")
    page.wait_for_selector(".hit, #empty")
    assert count_of(page) < after
    # clicking a month in the per-month counts filters on that month
    page.goto(base + "/?q=hop+tac+xa")
    month = page.locator("#facet-month .bars li a").filter(has_text="03/2024")
    n = int(month.locator(".n").inner_text())
    with page.expect_navigation():
        month.click()
    assert count_of(page) == n
    assert parse_qs(urlsplit(page.url).query)["since"] == ["2024-03-01"]
    # clicking a province in the per-province counts
    page.goto(base + "/?q=hop+tac+xa")
    prov = page.locator("#facet-province .bars li a").filter(has_text="Lâm Đồng")
    n = int(prov.locator(".n").inner_text())
    with page.expect_navigation():
        prov.click()
    assert count_of(page) == n and page.input_value("#p") == "lam-dong"
    assert not page.errors, page.errors


def test_pagination(page, site):
    base = site["base"]
    submit_search(page, base, "hop tac xa")
    first_page = page.locator(".hit-title").all_inner_texts()
    assert page.locator(".pager .where").inner_text() == "Trang 1 / 2"
    with page.expect_navigation():
        page.click("text=Trang sau")
    page.wait_for_selector(".hit")
    assert parse_qs(urlsplit(page.url).query)["page"] == ["2"]
    assert page.locator(".pager .where").inner_text() == "Trang 2 / 2"
    second_page = page.locator(".hit-title").all_inner_texts()
    assert second_page and not set(second_page) & set(first_page)
    assert page.locator(".hit-list").get_attribute("start") == "21"
    page.screenshot(path=str(SCREENS / "04-page-2.png"), full_page=True)
    with page.expect_navigation():
        page.click("text=Trang trước")
    assert page.locator(".hit-title").all_inner_texts() == first_page


def test_archived_copy(page, site):
    base = site["base"]
    submit_search(page, base, "ca phe Thuan An")
    hit = page.locator(".hit").first
    title = hit.locator(".hit-title").inner_text()
    assert title == "Đắk Nông: Hợp tác xã cà phê Thuận An đạt chứng nhận OCOP 4 sao"
    with page.expect_navigation():
        hit.locator(".hit-title a").click()
    assert re.search(r"/archive/[0-9a-f]{40}$", page.url)
    assert page.locator("h1").inner_text() == title
    text = page.locator(".article-text").inner_text()
    assert "Hợp tác xã cà phê Thuận An, huyện Đắk Mil vừa được công nhận sản phẩm OCOP 4 sao." in text
    facts = page.locator(".facts").inner_text()
    assert "05/03/2024" in facts and "Đắk Nông" in facts and "Lâm Đồng" in facts
    assert "Số phiên bản đã lưu" in facts
    page.screenshot(path=str(SCREENS / "05-archived.png"), full_page=True)
    # the page's source: shown as text, nothing runs. Opened by its address: after a click from
    # a page with a sandboxed frame, Chromium (IsolateSandboxedIframes) moves the tab into the
    # frame's process and Playwright never sees the new page's script context (it renders).
    page.goto(base + page.locator("text=Xem mã nguồn").get_attribute("href"))
    assert page.url.endswith("/raw")
    assert "<script>" in page.locator("body").inner_text()
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert page.title() != "pwned"
    assert not page.errors, page.errors


def test_crawled_script_does_not_run(page, site):
    base = site["base"]
    submit_search(page, base, "rau an toan")
    hit = page.locator(".hit").filter(has_text="Ia Grai").first
    shown = hit.locator(".hit-title").inner_text()
    assert shown == XSS_TITLE  # the tags show literally, as text
    assert page.evaluate("typeof window.__xss") == "undefined"
    assert "pwned" not in page.title()
    assert page.locator(".hit-title img, .snippet img, .hit script").count() == 0
    page.screenshot(path=str(SCREENS / "06-xss-as-text.png"), full_page=True)
    for path in (f"/archive/{XSS_ID}", f"/archive/{XSS_ID}/raw"):
        page.goto(base + path)
        page.wait_for_timeout(200)  # let any injected onerror handler fire, if one existed
        assert page.evaluate("typeof window.__xss") == "undefined", path
        assert page.title() != "pwned", path  # the crawled title is shown as text, "pwned" and all
    assert "<script>window.__xss=1" in page.locator("body").inner_text()
    assert not page.errors, page.errors


def test_instant_search_and_mobile(browser, site):
    from playwright.sync_api import expect

    base = site["base"]
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN", is_mobile=True)
    try:
        tab = context.new_page()
        errors: list[str] = []
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        tab.goto(base + "/")
        assert f"Kho lưu có {len(site['items'])} bài viết" in tab.locator("#count").inner_text()
        tab.locator("#q").press_sequentially("thanh long", delay=20)
        # (no wait_for_function: our CSP forbids the eval it uses, as it should)
        expect(tab.locator("#count")).to_have_text(COUNT_RE)
        tab.wait_for_url(lambda url: parse_qs(urlsplit(url).query).get("q") == ["thanh long"])
        expect(tab.locator("#live")).to_contain_text("Tìm thấy")  # announced to screen readers
        assert tab.locator(".hit").count() >= 1
        assert "thanh long" in tab.locator(".hit-title").first.inner_text().lower()
        # changing a filter refreshes too, without a submit
        tab.select_option("#sort", "date")
        tab.wait_for_url(lambda url: parse_qs(urlsplit(url).query).get("sort") == ["date"])
        # nothing is wider than the screen
        assert tab.evaluate("document.documentElement.scrollWidth") <= 390
        tab.screenshot(path=str(SCREENS / "07-mobile.png"), full_page=True)
        assert not errors, errors
    finally:
        context.close()


def test_bad_input_shows_the_error_area(page, site):
    page.goto(site["base"] + "/?q=hop+tac+xa&since=2024-06-01&until=2024-01-01")
    alert = page.locator("[role=alert]")
    assert "phải trước hoặc bằng" in alert.inner_text()
    assert page.input_value("#q") == "hop tac xa"
    page.screenshot(path=str(SCREENS / "08-error.png"), full_page=True)
    page.goto(site["base"] + "/?q=xyzzy+khongcotu")
    assert "Không tìm thấy bài viết nào phù hợp" in page.locator("#empty").inner_text()


# --- the monitoring dashboard (issue 4) --------------------------------------------------------

DASHBOARD_SHOT = Path("/tmp/notes/dashboard.png")


@pytest.fixture(scope="module")
def monitored_site(tmp_path_factory):
    backend, archive, sites, _, _ = build_monitored(tmp_path_factory.mktemp("dashboard-browser"))
    with serving(backend, archive, sites=sites, now=lambda: NOW) as base:
        yield base


def test_dashboard_charts_render(browser, monitored_site):
    base = monitored_site
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    host = urlsplit(base).netloc
    outside: list[str] = []
    errors: list[str] = []
    dialogs: list[str] = []
    context.route("**/*", lambda route: route.continue_() if urlsplit(route.request.url).netloc == host
                  else (outside.append(route.request.url), route.abort()))
    try:
        tab = context.new_page()
        tab.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
        tab.on("pageerror", lambda e: errors.append(str(e)))
        tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
        tab.goto(base + "/")
        with tab.expect_navigation():
            tab.click("header >> text=Hoạt động theo tỉnh")
        assert tab.url == base + "/dashboard"
        assert tab.locator("h1").inner_text() == "Hoạt động theo tỉnh"
        for chart in ("#monthly-svg", "#heatmap-svg"):
            box = tab.locator(chart).bounding_box()
            assert box and box["width"] > 300 and box["height"] > 150, (chart, box)
        assert tab.locator("#monthly-svg rect").count() >= 12
        assert tab.locator("#heatmap-svg rect.cell").count() == 7 * 26
        cell = tab.locator('#heatmap-svg g[data-province="lam-dong"] rect[data-week="2025-W37"]')
        assert cell.get_attribute("aria-label") == "Lâm Đồng, tuần 37 (08/09–14/09/2025): 3 bài"
        # the stylesheet colours the cells: an empty week and a busy one differ
        empty = tab.locator('#heatmap-svg g[data-province="lam-dong"] rect[data-week="2025-W38"]')
        fill = "el => getComputedStyle(el).fill"
        assert cell.evaluate(fill) != empty.evaluate(fill)
        spark = tab.locator('tr[data-province="lam-dong"] svg.spark').bounding_box()
        assert spark and spark["width"] > 50 and spark["height"] > 10
        # the hostile title is text, nothing ran
        hostile = tab.locator('#new-articles .new-group[data-province="gia-lai"] .t').inner_text()
        assert hostile.startswith("<script>alert(1)</script>")
        tab.wait_for_timeout(200)
        assert not dialogs, dialogs
        DASHBOARD_SHOT.parent.mkdir(parents=True, exist_ok=True)
        tab.screenshot(path=str(DASHBOARD_SHOT), full_page=True)
        tab.screenshot(path=str(SCREENS / "09-dashboard.png"), full_page=True)
        # the table's roll-up toggle works without script
        with tab.expect_navigation():
            tab.click("nav.tabs >> text=Tỉnh/thành khi đăng")
        assert "view=published" in tab.url
        assert "nay thuộc Lâm Đồng" in tab.locator('tr[data-province="dak-nong"]').inner_text()
        assert not errors, errors  # a CSP violation (inline style or script) is a console error
        assert not outside, outside
    finally:
        context.close()
