"""The dashboard as staff use it on a phone (390×844) and on a narrow desktop, in Chromium: the
page never scrolls sideways, the charts are drawn at the phone's size (text a phone can read),
the province table becomes one card per province, the options fold into a <details>, and a
chart that must scroll is reached and scrolled with the keyboard. Screenshots:
/tmp/lmhtx-screens/dashboard-*.png. (axe-core on these pages: tests/test_browser_a11y.py.)"""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from tests.helpers import CHROMIUM, SCREENS, loopback_tab
from tests.webdata import NOW, build_monitored

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="no /usr/bin/chromium (apt-get install chromium): browser tests skipped")

PHONE = {"width": 390, "height": 844}


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    from app.web.server import start_in_thread

    backend, archive, sites, _, _ = build_monitored(tmp_path_factory.mktemp("dashboard-phone"))
    server, url = start_in_thread(backend, archive, sites=sites, now=lambda: NOW)
    yield url
    server.shutdown()
    server.server_close()
    backend.close()
    archive.close()


def open_tab(browser, base, viewport, **options):
    context, tab = loopback_tab(browser, base, viewport=viewport, **options)
    tab.goto(base + "/dashboard")
    return context, tab

def test_dashboard_on_a_phone(browser, base):
    context, tab = open_tab(browser, base, PHONE, is_mobile=True, has_touch=True)
    try:
        assert tab.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
        # the options are folded away until asked for
        quiet = tab.locator("#quiet_days")
        assert not quiet.is_visible()
        tab.locator("details.dash-tools > summary").click()
        assert quiet.is_visible()
        quiet.fill("120")
        with tab.expect_navigation():
            tab.locator(".quiet-form button").click()
        assert parse_qs(urlsplit(tab.url).query)["quiet_days"] == ["120"]
        assert tab.locator("details.dash-tools > summary").inner_text() == "Tùy chọn: im ắng sau 120 ngày"
        tab.goto(base + "/dashboard")

        # the phone's charts are shown (the wide ones are not), at their own size: readable text
        for wide, phone in (("#monthly-svg", "#monthly-svg-phone"), ("#heatmap-svg", "#heatmap-svg-phone")):
            assert not tab.locator(wide).is_visible() and tab.locator(phone).is_visible()
            box = tab.locator(phone).bounding_box()
            assert box and 300 <= box["width"] <= PHONE["width"], (phone, box)
            label = tab.locator(f"{phone} text").first.bounding_box()
            assert label and label["height"] >= 10, (phone, label)  # 1100 px shrunk to 350 gave 3.5 px text
        assert tab.locator("#heatmap-svg-phone rect.cell").count() == 7 * 10

        # one card per province: the numbers under their names, within the screen
        row = tab.locator('tr[data-province="lam-dong"]')
        box = row.bounding_box()
        assert box and box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
        new = row.locator("td.new")
        assert new.inner_text() == "3"
        assert new.evaluate("el => getComputedStyle(el, '::before').content") == '"Mới "'
        assert tab.locator('#problem-sites tr[data-site="lmhtx-cantho"] th').inner_text() == "Cổng Liên minh HTX thành phố Cần Thơ"
        tab.screenshot(path=str(SCREENS / "dashboard-phone.png"), full_page=True)
        tab.locator("#findings").screenshot(path=str(SCREENS / "dashboard-phone-findings.png"))
        tab.locator("#provinces").screenshot(path=str(SCREENS / "dashboard-phone-provinces.png"))
        assert not tab.errors, tab.errors
    finally:
        context.close()


def test_options_shown_on_a_desktop(browser, base):
    context, tab = open_tab(browser, base, {"width": 1280, "height": 900})
    try:
        assert tab.locator("#quiet_days").is_visible() and not tab.locator("details.dash-tools > summary").is_visible()
        assert tab.locator("#monthly-svg").is_visible() and not tab.locator("#monthly-svg-phone").is_visible()
        # shown by style.css inside a <details> that is closed: still in the accessibility tree, and usable
        field = tab.get_by_role("spinbutton", name="Coi là im ắng sau")
        field.fill("45")
        with tab.expect_navigation():
            field.press("Enter")
        assert parse_qs(urlsplit(tab.url).query)["quiet_days"] == ["45"]
        # the finding is the sentence; its monitor is a tooltip for developers
        finding = tab.locator('li.finding[data-subject="site:lmhtx-cantho"]')
        assert finding.locator(".msg").inner_text().startswith("Cổng Liên minh HTX thành phố Cần Thơ trả về lỗi từ ")
        assert finding.get_attribute("title") == "Chi tiết kỹ thuật: SiteMonitor.test_site_answered · site:lmhtx-cantho"
        assert "SiteMonitor" not in finding.inner_text()
        tab.screenshot(path=str(SCREENS / "dashboard-desktop.png"), full_page=True)
        assert not tab.errors, tab.errors
    finally:
        context.close()


def test_a_chart_that_scrolls_is_reached_by_keyboard(browser, base):
    """Between a phone and a desktop (800 px) the 26-week heat map is wider than its box."""
    context, tab = open_tab(browser, base, {"width": 800, "height": 900})
    try:
        box = tab.locator("#chart-heat .chart-box.scroll")
        assert box.evaluate("el => el.scrollWidth > el.clientWidth")
        assert tab.evaluate("document.documentElement.scrollWidth") <= 800  # the box scrolls, not the page
        tab.locator("#chart-monthly h2").click()  # start from just before it
        for _ in range(20):
            tab.keyboard.press("Tab")
            if box.evaluate("el => el === document.activeElement"):
                break
        assert box.evaluate("el => el === document.activeElement"), "the heat map is not reachable with Tab"
        assert box.get_attribute("aria-label") == "Biểu đồ bài đăng theo tuần (cuộn ngang được)"
        tab.keyboard.press("ArrowRight")
        tab.keyboard.press("End")
        tab.wait_for_timeout(300)
        assert box.evaluate("el => el.scrollLeft") > 0
        tab.screenshot(path=str(SCREENS / "dashboard-800.png"), full_page=True)
    finally:
        context.close()
