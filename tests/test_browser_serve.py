"""Instant search in Chromium cancels on the server: typing a new query while a costly one
runs stops the costly search there (the page names its tab in X-Search-Tab), and the page
shows the newer results. Screenshot in /tmp/lmhtx-screens/."""

from __future__ import annotations

import re
import time

import pytest

from tests.helpers import CHROMIUM, SCREENS, axe_violations
from tests.slowindex import COSTLY, NORMAL, SlowIndex, documents

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="no /usr/bin/chromium (apt-get install chromium): browser tests skipped")


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from app.web.server import start_in_thread

    index = SlowIndex(tmp_path_factory.mktemp("browser-serve") / "search.sqlite3")
    index.index(documents(2000))
    server, base = start_in_thread(index, None, settings={"LMHTX_SEARCH_BUDGET_MS": 8000})
    yield {"base": base, "index": index}
    server.shutdown()
    server.server_close()
    index.close()


def test_typing_a_new_query_stops_the_costly_one_on_the_server(browser, site):
    index = site["index"]
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda e: errors.append(str(e)))
    tabs: list[tuple[str, str | None]] = []  # (q, X-Search-Tab) of every search the page sent
    page.on("request", lambda r: tabs.append((r.url, r.headers.get("x-search-tab"))) if "?q=" in r.url else None)
    try:
        page.goto(site["base"] + "/")
        index.drop_caches()
        page.fill("#q", COSTLY)
        page.wait_for_timeout(700)  # past the debounce: the costly search runs on the server
        assert len(tabs) == 1
        costly_started = len(index.finished)
        typed = time.monotonic()
        page.fill("#q", NORMAL)
        page.wait_for_timeout(400)  # the debounce
        page.wait_for_selector("#results:not([aria-busy]) #count", timeout=10_000)
        # the costly search ended early on the server (its natural length: several seconds)
        deadline = time.monotonic() + 5
        while not any(t == COSTLY for t, _, _ in index.finished[costly_started - 1:]) and time.monotonic() < deadline:
            time.sleep(0.05)
        text, when, results = next(f for f in index.finished if f[0] == COSTLY)
        assert results.partial and when - typed < 3.0, when - typed
        assert "yêu cầu mới hơn" in results.notices[-1] or "dừng" in results.notices[-1]
        # both came from one tab, named the same way
        assert len(tabs) == 2 and tabs[0][1] == tabs[1][1] and re.fullmatch(r"[0-9a-f]{24}", tabs[0][1] or "")
        assert "hi%E1%BB%87u" in tabs[1][0] or "hiệu" in tabs[1][0]
        count = page.inner_text("#count")
        assert "Tìm thấy" in count
        page.screenshot(path=str(SCREENS / "serve-instant-cancel.png"), full_page=False)
        assert not errors, errors
    finally:
        context.close()


def test_too_many_searches_are_said_where_the_results_go(browser, tmp_path):
    from app.web.server import start_in_thread

    index = SlowIndex(tmp_path / "search.sqlite3")
    index.index(documents(50))
    server, base = start_in_thread(index, None, settings={"LMHTX_SEARCH_RATE": 0.05, "LMHTX_SEARCH_BURST": 2})
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale="vi-VN")
    page = context.new_page()
    statuses: list[int] = []
    page.on("response", lambda r: statuses.append(r.status) if "?q=" in r.url else None)
    try:
        page.goto(base + "/")  # the first search of this client (the page lists the newest)
        page.fill("#q", "hiệu quả")
        page.wait_for_timeout(700)
        page.wait_for_selector("#results:not([aria-busy]) #count", timeout=10_000)
        page.fill("#q", "kinh tế")  # the third search in a few seconds: refused
        page.wait_for_timeout(700)
        page.wait_for_selector("#results:not([aria-busy])", timeout=10_000)
        assert statuses == [200, 429]
        # said where the results go, and to screen readers
        assert "Quá nhiều lượt tìm kiếm" in page.inner_text("#results")
        assert "Quá nhiều lượt tìm kiếm" in page.inner_text("#live")
        assert page.input_value("#q") == "kinh tế"
        page.screenshot(path=str(SCREENS / "serve-rate-limited.png"), full_page=False)
        assert axe_violations(page) == []
    finally:
        context.close()
        server.shutdown()
        server.server_close()
        index.close()
