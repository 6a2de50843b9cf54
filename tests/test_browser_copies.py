"""The archived copy in a real browser (Debian's Chromium, Playwright): from a result to the
copy, the stored page in its sandboxed frame (no crawled script runs, nothing is fetched from
the portal), the versions and the diff; axe-core clean. Screenshots: /tmp/lmhtx-screens/."""

from __future__ import annotations

import hashlib
import re
from urllib.parse import urlsplit

import pytest

from search.base import doc_id
from tests.helpers import CHROMIUM, SCREENS, axe_violations, loopback_tab, serving
from tests.webdata import XSS_ID, build_site

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="no /usr/bin/chromium (apt-get install chromium): browser tests skipped")

PORTAL = "https://lienminhhtx.portal.example.vn"
# A stored page that would fetch from the portal and run script in every way it can.
GREEDY_PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><base href="{PORTAL}/">
<meta http-equiv="refresh" content="1; url={PORTAL}/moved"><link rel="stylesheet" href="{PORTAL}/style.css">
<style>@import url({PORTAL}/more.css); body {{ background: url({PORTAL}/bg.png) }}</style>
<script>window.__xss = "inline"; parent.document.title = "pwned";</script><script src="{PORTAL}/app.js"></script>
<title>Trang cổng</title></head><body onload="window.__xss='load'">
<h1>Hợp tác xã chè Suối Giàng phát triển du lịch</h1>
<p>Hợp tác xã chè Suối Giàng kết hợp sản xuất chè Shan tuyết với du lịch <a href="/tin/2.html">(bài liên quan)</a>.</p>
<img src="{PORTAL}/a.jpg" onerror="window.__xss='img'"><iframe src="{PORTAL}/frame.html"></iframe>
<video poster="{PORTAL}/v.jpg"></video><object data="{PORTAL}/x.swf"></object>
<form action="{PORTAL}/send"><input type="image" src="{PORTAL}/btn.png"></form>
<p>Sản phẩm chè của hợp tác xã đạt OCOP 4 sao.</p></body></html>"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    from crawler.warc import WarcFile

    tmp = tmp_path_factory.mktemp("browser-copies")
    backend, archive, items = build_site(tmp)
    yenbai = next(i for i in items if i["site"] == "lmhtx-yenbai")
    warc = WarcFile(tmp, "greedy")
    offset = warc.write(yenbai["url"], 200, [("Content-Type", "text/html; charset=utf-8")], GREEDY_PAGE.encode())
    archive.set_raw(doc_id(yenbai["canonical_url"]), str(warc.relative), offset)
    warc.close()
    # a third version of the national article: a paragraph edited
    vca = dict(items[0])
    vca["text"] = vca["text"].replace("hơn 2.000 hợp tác xã", "hơn 2.500 hợp tác xã") + "\nCập nhật: bổ sung số liệu."
    vca["content_hash"] = hashlib.sha256((vca["title"] + vca["text"]).encode()).hexdigest()
    vca_id = doc_id(vca["canonical_url"])
    assert archive.upsert(vca_id, vca) == "changed"
    with serving(backend, archive) as base:
        yield {"base": base, "items": items, "yenbai": doc_id(yenbai["canonical_url"]), "vca": vca_id}


@pytest.fixture
def tab(browser, site):
    context, tab = loopback_tab(browser, site["base"])
    yield tab
    context.close()
    assert not tab.outside, f"requests outside loopback: {tab.outside}"


def stored_frame(tab, article_id):
    tab.locator("iframe.stored-page").scroll_into_view_if_needed()
    frame = tab.frame_locator("iframe.stored-page")
    frame.locator("body").wait_for()
    return next(f for f in tab.frames if f.url.endswith(f"/archive/{article_id}/copy"))


def test_from_a_result_to_the_archived_copy(tab, site):
    base = site["base"]
    tab.goto(base + "/")
    tab.fill("#q", "che Suoi Giang")
    with tab.expect_navigation():
        tab.press("#q", "Enter")
    hit = tab.locator(".hit").first
    assert hit.locator(".hit-title").inner_text() == "Yên Bái: hợp tác xã chè Suối Giàng phát triển du lịch"
    assert hit.locator("a.orig").get_attribute("href").startswith("https://lmhtx-yenbai.example.vn/")
    with tab.expect_navigation():
        hit.locator(".hit-title a").click()
    assert tab.url == f"{base}/archive/{site['yenbai']}"
    assert tab.locator("h1").inner_text() == "Yên Bái: hợp tác xã chè Suối Giàng phát triển du lịch"
    frame = stored_frame(tab, site["yenbai"])
    box = tab.locator("iframe.stored-page").bounding_box()  # the page's width, tall enough to read
    assert box is not None and box["width"] >= 600 and box["height"] >= 380, box
    assert frame.locator("h1").inner_text() == "Hợp tác xã chè Suối Giàng phát triển du lịch"
    assert "đạt OCOP 4 sao" in frame.locator("body").inner_text()
    tab.wait_for_timeout(1500)  # the page's meta refresh (1 s) and onload/onerror, were any left
    assert frame.url.endswith("/copy")  # not refreshed away to the portal
    # nothing ran, in the frame or here; the frame is an opaque origin: no reach into the app
    assert tab.evaluate("typeof window.__xss") == "undefined" and tab.title() != "pwned"
    assert frame.evaluate("typeof window.__xss") == "undefined"
    assert frame.evaluate("window.origin") == "null"
    assert frame.locator("img, iframe, object, video, form, script").count() == 0
    # the link keeps its text and shows its address, but leads nowhere
    related = frame.locator("a", has_text="(bài liên quan)")
    assert related.get_attribute("href") is None
    assert related.get_attribute("title") == "https://lmhtx-yenbai.example.vn/tin/2.html"
    # only our page, its static files and the copy were requested
    paths = {urlsplit(u).path for u in tab.requests if u.startswith(base)}
    assert paths >= {f"/archive/{site['yenbai']}", f"/archive/{site['yenbai']}/copy", "/static/copy.css"}
    assert all(p.startswith(("/archive/", "/static/", "/favicon")) or p == "/" for p in paths), paths
    assert not tab.outside
    tab.screenshot(path=str(SCREENS / "copies-01-archived-copy.png"), full_page=True)
    assert axe_violations(tab) == []
    assert not [e for e in tab.errors if "Content Security Policy" not in e and "Blocked script" not in e], tab.errors


def test_hostile_title_and_page_stay_inert(tab, site):
    tab.goto(site["base"] + f"/archive/{XSS_ID}")
    frame = stored_frame(tab, XSS_ID)
    tab.wait_for_timeout(300)  # let any injected handler fire, if one existed
    assert tab.evaluate("typeof window.__xss") == "undefined" and frame.evaluate("typeof window.__xss") == "undefined"
    assert tab.title() != "pwned" and frame.title() != "pwned"
    assert "Đoạn này chứa mã lạ nhưng chỉ là chữ." in frame.locator("body").inner_text()
    assert tab.locator("h1").inner_text().startswith("<script>window.__xss=1")  # text, as crawled
    assert not any(urlsplit(u).path.endswith("/x") for u in tab.requests)  # the <img src="x"> is gone
    tab.screenshot(path=str(SCREENS / "copies-02-hostile.png"), full_page=True)
    # the copy opened on its own, as a tab: the same sandbox
    tab.goto(site["base"] + f"/archive/{XSS_ID}/copy")
    tab.wait_for_timeout(300)
    assert tab.evaluate("typeof window.__xss") == "undefined" and tab.title() != "pwned"
    assert tab.evaluate("window.origin") == "null"
    assert tab.title().startswith("<script>window.__xss=1")  # the crawled <title>, as text


def test_versions_and_the_diff(tab, site):
    base = site["base"]
    tab.goto(base + f"/archive/{site['vca']}")
    rows = tab.locator(".version-table tbody tr")
    assert rows.count() == 3
    first = rows.nth(0).locator("td")
    assert first.nth(0).inner_text() == "3"
    assert re.fullmatch(r"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", first.nth(1).inner_text())
    assert first.nth(2).inner_text().startswith("Sửa 1 đoạn")
    assert rows.nth(1).locator("td").nth(2).inner_text().startswith("Thêm 1 đoạn")
    assert rows.nth(2).locator("td").nth(2).inner_text() == "Bản lưu đầu tiên"
    tab.locator(".versions").screenshot(path=str(SCREENS / "copies-03-versions.png"))
    assert axe_violations(tab) == []
    with tab.expect_navigation():
        rows.nth(0).locator("a").click()
    assert tab.url.endswith(f"/archive/{site['vca']}/diff?from=2&to=3")
    changed = tab.locator(".diff-blocks p.changed")
    assert changed.count() == 1
    assert changed.locator("del").all_inner_texts() == ["2.000"]
    assert changed.locator("ins").all_inner_texts() == ["2.500"]
    tab.screenshot(path=str(SCREENS / "copies-04-diff.png"), full_page=True)
    assert axe_violations(tab) == []
    # compare the first and the last with the form
    tab.select_option("#cmp-from", "1")
    tab.select_option("#cmp-to", "3")
    with tab.expect_navigation():
        tab.click(".compare button")
    assert tab.url.endswith("/diff?from=1&to=3")
    assert tab.locator(".diff-blocks p.ins").all_inner_texts() == ["Cập nhật: bổ sung số liệu."]
    assert tab.locator(".diff-blocks p.changed ins").all_inner_texts() == ["2.500"]
    assert "Thêm 1 đoạn, sửa 1 đoạn" in tab.locator(".diff-versions").inner_text()
    assert not tab.errors, tab.errors


def test_the_archived_copy_on_a_phone(browser, site):
    context, tab = loopback_tab(browser, site["base"], viewport={"width": 390, "height": 844}, is_mobile=True)
    try:
        tab.goto(site["base"] + f"/archive/{site['vca']}")
        stored_frame(tab, site["vca"])
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"sideways scrolling: {width}px"
        box = tab.locator("iframe.stored-page").bounding_box()
        assert box is not None and box["width"] <= 390 and box["height"] >= 280
        tab.screenshot(path=str(SCREENS / "copies-05-phone.png"), full_page=True)
        assert axe_violations(tab) == []
        tab.goto(site["base"] + f"/archive/{site['vca']}/diff?from=1&to=3")
        width = tab.evaluate("document.documentElement.scrollWidth")
        assert width <= 390, f"sideways scrolling on the diff: {width}px"
        assert tab.locator(".diff-blocks ins").count() == 2
        tab.screenshot(path=str(SCREENS / "copies-06-phone-diff.png"), full_page=True)
        assert axe_violations(tab) == []
        assert not tab.outside, tab.outside
    finally:
        context.close()
