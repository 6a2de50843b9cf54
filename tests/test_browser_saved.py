"""Export and following a search in a real browser (Debian's Chromium through Playwright):
the export links download files that open with every result, a search is followed from the
search page and removed from the saved searches page; axe-core finds nothing serious.
Screenshots go to /tmp/lmhtx-screens/."""

from __future__ import annotations

import csv
import io
import re
from urllib.parse import urlsplit

import openpyxl
import pytest

from search.base import Query
from tests.helpers import CHROMIUM, SCREENS, axe_violations, loopback_tab, serving
from tests.webdata import build_site

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="no /usr/bin/chromium (apt-get install chromium): browser tests skipped")

COUNT_RE = re.compile(r"Tìm thấy (\d+) bài viết")


@pytest.fixture(scope="module")
def site(tmp_path_factory):

    tmp = tmp_path_factory.mktemp("browser-saved")
    backend, archive, items = build_site(tmp)
    with serving(backend, archive) as base:
        yield {"base": base, "backend": backend, "archive": archive}


@pytest.fixture
def page(browser, site):
    """A tab that may talk to our loopback server only and records console errors."""
    context, tab = loopback_tab(browser, site["base"], accept_downloads=True)
    yield tab
    context.close()
    assert not tab.outside, f"requests outside loopback: {tab.outside}"


def search(tab, base: str, text: str) -> int:
    tab.goto(base + "/")
    tab.fill("#q", text)
    with tab.expect_navigation():
        tab.press("#q", "Enter")
    tab.wait_for_selector("#follow")
    m = COUNT_RE.search(tab.locator("#count").inner_text())
    assert m
    return int(m.group(1))


def test_export_links_download_every_result(page, site):
    base = site["base"]
    count = search(page, base, "hop tac xa")
    assert count > 20  # more than the page shows
    assert page.locator(".hit").count() == 20
    assert page.locator("#follow .exports").inner_text().startswith(f"Tải về toàn bộ {count} kết quả")
    page.screenshot(path=str(SCREENS / "saved-search-page-export.png"), full_page=False)
    assert axe_violations(page) == []

    with page.expect_download() as info:
        page.click("#export-csv")
    download = info.value
    assert re.fullmatch(r"lmhtx-ket-qua-\d{4}-\d{2}-\d{2}-\d{4}\.csv", download.suggested_filename)
    data = open(download.path(), "rb").read()
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data[3:].decode("utf-8"), newline="")))
    expected = site["backend"].search(Query(text="hop tac xa", size=100)).hits
    assert len(rows) == 1 + count and [r[0] for r in rows[1:]] == [h.title for h in expected]

    with page.expect_download() as info:
        page.click("#export-xlsx")
    assert info.value.suggested_filename.endswith(".xlsx")
    book = openpyxl.load_workbook(io.BytesIO(open(info.value.path(), "rb").read()))  # the download has no suffix
    sheet = book["Kết quả"]
    assert sheet.max_row == 1 + count
    assert [c.value for c in sheet[2]][0] == expected[0].title
    dates = [row[4].value for row in sheet.iter_rows(min_row=2) if row[4].value]
    assert dates and all(row[4].number_format == "dd/mm/yyyy" for row in sheet.iter_rows(min_row=2) if row[4].value)
    assert page.errors == []


def test_follow_a_search_and_stop(page, site):
    base = site["base"]
    page.goto(base + "/?q=c%C3%A0+ph%C3%AA&p=lam-dong&match=today")
    page.wait_for_selector("#follow")
    assert page.input_value("#follow-name") == "Từ khóa “cà phê” · Tỉnh/thành hiện nay: Lâm Đồng"
    page.fill("#follow-name", "Cà phê Lâm Đồng")
    page.screenshot(path=str(SCREENS / "saved-follow-form.png"), full_page=False)
    with page.expect_navigation():
        page.click("text=Theo dõi tìm kiếm này")
    assert urlsplit(page.url).path == "/saved"
    assert "Đã lưu." in page.locator("#saved-notice").inner_text()
    item = page.locator(".saved-item")
    assert item.count() == 1
    assert item.locator(".saved-name").inner_text() == "Cà phê Lâm Đồng"
    assert "Tỉnh/thành hiện nay: Lâm Đồng" in item.locator(".meta").inner_text()
    feed = item.locator("a", has_text="Nguồn tin Atom").get_attribute("href")
    assert feed == "/feeds/search.atom?q=c%C3%A0+ph%C3%AA&province_today=lam-dong"
    page.screenshot(path=str(SCREENS / "saved-list.png"), full_page=True)
    assert axe_violations(page) == []
    assert [s["name"] for s in site["archive"].saved_searches()] == ["Cà phê Lâm Đồng"]

    with page.expect_navigation():  # its link opens the search again
        item.locator(".saved-name a").click()
    assert page.input_value("#q") == "cà phê" and COUNT_RE.search(page.locator("#count").inner_text())

    page.goto(base + "/saved")
    with page.expect_navigation():
        page.click("text=Bỏ theo dõi")
    assert "Đã bỏ theo dõi" in page.locator("#saved-notice").inner_text()
    assert page.locator("#saved-empty").is_visible() and site["archive"].saved_searches() == []
    page.screenshot(path=str(SCREENS / "saved-empty.png"), full_page=False)
    assert axe_violations(page) == []
    assert page.errors == []


def test_saved_searches_on_a_phone(browser, site):
    site["archive"].save_search("Hợp tác xã OCOP ở các tỉnh miền núi phía Bắc và Tây Nguyên", {"q": "ocop"})
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="vi-VN", is_mobile=True)
    tab = context.new_page()
    try:
        tab.goto(site["base"] + "/saved")
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")  # no sideways scrolling
        tab.screenshot(path=str(SCREENS / "saved-list-phone.png"), full_page=True)
        assert axe_violations(tab) == []
        tab.goto(site["base"] + "/?q=ocop")
        assert tab.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
        tab.locator("#follow").screenshot(path=str(SCREENS / "saved-follow-phone.png"))
    finally:
        context.close()
        for s in site["archive"].saved_searches():
            site["archive"].delete_search(s["id"])
