"""axe-core on every kind of page the staff web app has, in Chromium, on a desktop (1280×900)
and on a phone (390×844): no serious or critical violation (tests.helpers.axe_violations),
no sideways scrolling of the page, and a screenshot of each in /tmp/lmhtx-screens/a11y-*.png
for a human to look at. A new kind of page is one line in PAGES."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest

from search.base import doc_id
from tests.helpers import CHROMIUM, SCREENS, axe_violations
from tests.webdata import NOW, build_monitored, build_site

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="no /usr/bin/chromium (apt-get install chromium): browser tests skipped")

VIEWPORTS = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 390, "height": 844}}


# (name, which server, path, HTTP status) — `{article}` is an archived article's id
PAGES = [
    ("search-home", "site", "/", 200),  # the whole archive, paged
    ("search-results", "site", "/?q=hop+tac+xa", 200),
    ("search-no-results", "site", "/?q=xyzzy+khongcotu", 200),
    ("search-bad-input", "site", "/?q=hop+tac+xa&since=2024-06-01&until=2024-01-01", 400),
    ("not-found", "site", "/khong-co-trang-nay", 404),
    ("archived-copy", "site", "/archive/{article}", 200),
    ("archived-copy-diff", "site", "/archive/{article}/diff?from=1&to=2", 200),
    ("saved-searches", "site", "/saved", 200),
    ("dashboard", "monitored", "/dashboard", 200),
    ("dashboard-published", "monitored", "/dashboard?view=published", 200),
    ("dashboard-bad-input", "monitored", "/dashboard?quiet_days=abc", 400),
]


@pytest.fixture(scope="module")
def servers(tmp_path_factory):
    """The search site (articles, raw pages) and the monitored archive (two crawl runs)."""
    from app.web.server import start_in_thread

    backend, archive, items = build_site(tmp_path_factory.mktemp("a11y-site"))
    site, site_base = start_in_thread(backend, archive)
    mbackend, marchive, sites, _, _ = build_monitored(tmp_path_factory.mktemp("a11y-monitored"))
    monitored, monitored_base = start_in_thread(mbackend, marchive, sites=sites, now=lambda: NOW)
    yield {"site": site_base, "monitored": monitored_base, "article": doc_id(items[0]["canonical_url"])}
    for server, closing in ((site, (backend, archive)), (monitored, (mbackend, marchive))):
        server.shutdown()
        server.server_close()
        for thing in closing:
            thing.close()


@pytest.fixture(params=list(VIEWPORTS))
def tab(request, browser):
    """A tab of the given viewport that may talk to loopback only; console errors recorded."""
    viewport = request.param
    context = browser.new_context(viewport=VIEWPORTS[viewport], locale="vi-VN", is_mobile=viewport == "phone",
                                  has_touch=viewport == "phone")
    outside: list[str] = []
    context.route("**/*", lambda route: route.continue_() if urlsplit(route.request.url).hostname == "127.0.0.1"
                  else (outside.append(route.request.url), route.abort()))
    page = context.new_page()
    page.viewport_name = viewport  # type: ignore[attr-defined]
    page.errors = []  # type: ignore[attr-defined]
    page.on("console", lambda m: page.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: page.errors.append(str(e)))
    yield page
    context.close()
    assert not outside, f"requests outside loopback: {outside}"


@pytest.mark.parametrize("name, server, path, status", PAGES)
def test_no_serious_axe_violation(tab, servers, name, server, path, status):
    response = tab.goto(servers[server] + path.format(article=servers["article"]))
    assert response is not None and response.status == status
    tab.wait_for_load_state("load")
    shot = SCREENS / f"a11y-{name}-{tab.viewport_name}.png"
    tab.screenshot(path=str(shot), full_page=True)
    assert tab.locator("h1").count() == 1, "every page has one heading naming it"
    assert tab.evaluate("document.documentElement.scrollWidth") <= tab.viewport_size["width"], \
        "the page scrolls sideways"
    own_status = f"the server responded with a status of {status}"  # the page's own 400/404, said by Chromium
    assert [e for e in tab.errors if own_status not in e] == []  # a CSP violation is a console error
    assert axe_violations(tab) == []
