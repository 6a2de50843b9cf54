"""The login in a real browser (Debian's Chromium, headless, Playwright): a page asked for
without a session leads to the login form, a wrong password is said so, the right one leads
back to the page first asked for, search works, and logging out ends the session. axe-core
finds no serious or critical violation on the login page, logged in or out. Screenshots in
/tmp/lmhtx-screens/access-*.png."""

from __future__ import annotations

from urllib.parse import parse_qs, urlsplit

import pytest

from app import config
from app.web.accounts import Accounts, session_secret
from app.web.auth import COOKIE, Access
from app.web.hosts import HostPolicy
from tests.helpers import CHROMIUM, SCREENS, axe_violations, loopback_tab, serving
from tests.webdata import build_site

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="no /usr/bin/chromium (apt-get install chromium): browser tests skipped")

PASSWORD = "cà-phê-Thuận-An"


@pytest.fixture(scope="module")
def site(tmp_path_factory):

    tmp = tmp_path_factory.mktemp("browser-access")
    backend, archive, items = build_site(tmp)
    Accounts(tmp).add("lan", PASSWORD)
    settings = config.load({"LMHTX_LOGIN": "on"}, env={})
    access = Access(Accounts(tmp), session_secret(tmp), enabled=True, policy=HostPolicy.from_config(settings),
                    settings=settings)
    with serving(backend, archive, middleware=access.wrap) as base:
        yield {"base": base}


@pytest.fixture
def page(browser, site):
    # the 401 of an API call made before logging in is expected, not an error of the page
    context, tab = loopback_tab(browser, site["base"], ignore_console=lambda text: "401" in text)
    yield tab
    context.close()
    assert not tab.outside, f"requests outside loopback: {tab.outside}"


def test_log_in_search_log_out(page, site):
    base = site["base"]
    # a search asked for without a session: the login form, which remembers it
    page.goto(base + "/?q=ca+phe+Thuan+An")
    assert urlsplit(page.url).path == "/login"
    assert parse_qs(urlsplit(page.url).query)["next"] == ["/?q=ca+phe+Thuan+An"]
    assert page.locator("h1").inner_text() == "Đăng nhập"
    assert page.evaluate("document.activeElement.id") == "username"
    assert page.get_attribute("#password", "type") == "password"
    assert page.get_attribute("#password", "autocomplete") == "current-password"
    page.screenshot(path=str(SCREENS / "access-01-login.png"), full_page=True)
    assert axe_violations(page) == []

    page.fill("#username", "lan")
    page.fill("#password", "sai-mat-khau-roi")
    with page.expect_navigation():
        page.click("button:has-text('Đăng nhập')")
    assert page.locator("#login-error").inner_text() == "Tên đăng nhập hoặc mật khẩu không đúng."
    assert page.input_value("#username") == "lan" and page.input_value("#password") == ""
    assert page.evaluate("document.activeElement.id") == "password"
    page.screenshot(path=str(SCREENS / "access-02-wrong-password.png"), full_page=True)
    assert axe_violations(page) == []

    page.fill("#password", PASSWORD)
    with page.expect_navigation():
        page.click("button:has-text('Đăng nhập')")
    assert urlsplit(page.url).path == "/" and parse_qs(urlsplit(page.url).query)["q"] == ["ca phe Thuan An"]
    page.wait_for_selector(".hit")
    assert page.locator(".hit-title").first.inner_text() == "Đắk Nông: Hợp tác xã cà phê Thuận An đạt chứng nhận OCOP 4 sao"
    cookie = next(c for c in page.context.cookies() if c["name"] == COOKIE)
    assert cookie["httpOnly"] and cookie["sameSite"] == "Lax" and cookie["expires"] > 0
    assert page.evaluate("document.cookie") == ""  # out of reach of scripts
    assert page.locator(".signout .who").inner_text() == "lan"
    page.screenshot(path=str(SCREENS / "access-03-logged-in.png"), full_page=True)
    assert axe_violations(page) == []

    # another search in the same session
    page.fill("#q", "hop tac xa")
    with page.expect_navigation():
        page.press("#q", "Enter")
    page.wait_for_selector(".hit")
    assert page.locator(".hit").count() > 1

    with page.expect_navigation():
        page.click(".signout button")
    assert urlsplit(page.url).path == "/login"
    assert page.locator("#login-notice").inner_text() == "Bạn đã đăng xuất."
    assert not [c for c in page.context.cookies() if c["name"] == COOKIE]
    page.screenshot(path=str(SCREENS / "access-04-logged-out.png"), full_page=True)
    assert axe_violations(page) == []
    # the pages are closed again
    page.goto(base + "/dashboard")
    assert urlsplit(page.url).path == "/login"
    assert not page.errors, page.errors


def test_login_page_on_a_phone(browser, site):
    context = browser.new_context(viewport={"width": 375, "height": 740}, locale="vi-VN", is_mobile=True)
    tab = context.new_page()
    try:
        tab.goto(site["base"] + "/login")
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scrolling
        box = tab.locator(".login-form button").bounding_box()
        assert box and box["height"] >= 40 and box["width"] <= 375
        tab.screenshot(path=str(SCREENS / "access-05-login-phone.png"), full_page=True)
        assert axe_violations(tab) == []
    finally:
        context.close()
