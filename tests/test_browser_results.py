"""Working with results in a real browser (Debian's Chromium, headless, Playwright): syndicated
copies shown as one result with links to each portal's copy, portal names and the per-portal
filter, the query syntax (OR, exclusion) and its notices, the sort as applied, dd/mm/yyyy dates
whatever the browser's locale, the pager. axe-core finds nothing serious on any of these pages.
Screenshots go to /tmp/lmhtx-screens/results-*.png."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlsplit

import pytest

from crawler import provinces
from search.base import doc_id, to_document
from tests.helpers import CHROMIUM, SCREENS, axe_violations, loopback_tab, result_count, serving, submit_search
from tests.helpers import site as registry_site
from tests.webdata import build_site

pytestmark = pytest.mark.skipif(not CHROMIUM.exists(),
                                reason="no /usr/bin/chromium (apt-get install chromium): browser tests skipped")

COUNT_RE = re.compile(r"(?:Tìm thấy|Kho lưu có) (\d+) bài viết")
NATIONAL = "Liên minh Hợp tác xã Việt Nam"
ORIGINAL_TITLE = "Kiên Giang: hợp tác xã nuôi tôm kết hợp trồng lúa"


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """The shared web data, plus the national portal's copy of the Kiên Giang article (same
    fingerprint, published two days later), and a registry naming every portal."""

    tmp = tmp_path_factory.mktemp("browser-results")
    backend, archive, items = build_site(tmp)
    original = next(i for i in items if i["title"] == ORIGINAL_TITLE)
    copy = {**original, "site": "vca", "province": "vn", "province_today": "vn",
            "url": "https://vca.example.vn/tin-tuc/hop-tac-xa-nuoi-tom.html",
            "canonical_url": "https://vca.example.vn/tin-tuc/hop-tac-xa-nuoi-tom.html",
            "published": "2025-06-03T08:00:00+07:00"}
    backend.index([to_document(copy)])
    archive.upsert(doc_id(copy["canonical_url"]), copy)
    sites = [registry_site("vca", "vn", NATIONAL)]
    sites += [registry_site(i["site"], i["province"], f"Liên minh HTX {provinces.get(i['province']).name}")
              for i in items if i["site"] != "vca"]
    with serving(backend, archive, sites=sites) as base:
        yield {"base": base, "items": items, "original": original, "copy": copy}


@pytest.fixture
def page(browser, site):
    context, tab = loopback_tab(browser, site["base"])
    yield tab
    context.close()
    assert not tab.outside, f"requests outside loopback: {tab.outside}"


@pytest.fixture
def us_page(browser, site):
    """A browser set to American English: <input type=date> would show 06/30/2024 here."""
    context, tab = loopback_tab(browser, site["base"], locale="en-US")
    yield tab
    context.close()
    assert not tab.outside, f"requests outside loopback: {tab.outside}"


def count_of(tab) -> int:
    return result_count(tab, COUNT_RE)


def no_axe_problems(tab) -> None:
    found = axe_violations(tab)
    assert not found, found


def test_syndicated_copies_are_one_result_with_portal_names(page, site):
    base = site["base"]
    submit_search(page, base, "nuôi tôm trồng lúa")
    assert count_of(page) == 1 and page.locator(".hit").count() == 1
    hit = page.locator(".hit").first
    # the newest copy stands for the article (relevance ties, then newest); the original is linked
    assert hit.locator(".site").inner_text() == NATIONAL  # the portal's name, not "vca"
    assert "và 1 bản đăng lại" in hit.locator(".copies").inner_text()
    other = hit.locator(".copies a").first
    assert other.inner_text() == "Liên minh HTX Kiên Giang"
    assert other.get_attribute("href") == site["original"]["url"]
    assert re.search(r"\(\d{2}/\d{2}/\d{4}\)", hit.locator(".copies").inner_text())  # its date, dd/mm/yyyy
    archived = hit.locator(".copies a", has_text="Bản lưu")
    assert archived.get_attribute("href") == f"/archive/{doc_id(site['original']['canonical_url'])}"
    assert "đã gộp 1 bản đăng lại" in page.locator("#sort-applied").inner_text()
    # per-portal counts: each copy on its own portal
    portals = page.locator("#facet-site .bars li")
    assert portals.count() == 2
    assert sorted(portals.locator(".name").all_inner_texts()) == ["Liên minh HTX Kiên Giang", NATIONAL]
    page.screenshot(path=str(SCREENS / "results-01-grouped.png"), full_page=True)
    no_axe_problems(page)

    # filtering by the original's portal shows that copy, with the national one linked
    with page.expect_navigation():
        page.click("#facet-site a:has-text('Liên minh HTX Kiên Giang')")
    assert parse_qs(urlsplit(page.url).query)["site"] == ["lmhtx-kiengiang"]
    assert count_of(page) == 1
    assert "Cổng: Liên minh HTX Kiên Giang" in page.locator(".chips").inner_text()
    hit = page.locator(".hit").first
    assert hit.locator(".site").inner_text() == "Liên minh HTX Kiên Giang"
    assert hit.locator(".copies a").first.inner_text() == NATIONAL

    # every copy listed on its own when asked
    submit_search(page, base, "nuôi tôm trồng lúa")
    with page.expect_navigation():
        page.click("#sort-applied a:has-text('hiện từng bản')")
    assert count_of(page) == 2 and page.locator(".hit .copies").count() == 0
    assert "Hiện cả bản đăng lại" in page.locator(".chips").inner_text()
    assert not page.errors, page.errors


def test_or_exclusion_and_notices(page, site):
    base = site["base"]
    submit_search(page, base, "OCOP")
    ocop = count_of(page)
    submit_search(page, base, "tôm")
    tom = count_of(page)
    submit_search(page, base, "OCOP OR tôm")
    assert count_of(page) == ocop + tom and page.locator("#notices").count() == 0
    submit_search(page, base, "hợp tác xã")
    htx = count_of(page)
    submit_search(page, base, "hợp tác xã -tôm")
    assert count_of(page) == htx - 1
    assert all("tôm" not in t.lower() for t in page.locator(".hit-title").all_inner_texts())
    # what is not understood is said, in Vietnamese
    submit_search(page, base, "OCOP OR")
    notices = page.locator("#notices")
    assert notices.is_visible() and "Bỏ qua “OR”" in notices.inner_text()
    assert count_of(page) == ocop
    page.screenshot(path=str(SCREENS / "results-02-notice.png"), full_page=True)
    no_axe_problems(page)
    # instant search shows the notice too
    page.fill("#q", "(OCOP)")
    page.locator("#notices", has_text="( )").wait_for()  # (no wait_for_function: the CSP forbids eval)
    assert not page.errors, page.errors


def test_sort_shown_as_applied(page, site):
    base = site["base"]
    page.goto(base + "/")
    assert page.locator("#sort-applied").inner_text().startswith("Sắp xếp: mới nhất (tự động)")
    assert page.input_value("#sort") == ""
    submit_search(page, base, "hợp tác xã")
    assert page.locator("#sort-applied").inner_text().startswith("Sắp xếp: phù hợp nhất (tự động)")
    page.select_option("#sort", "date")  # instant: the results block is replaced
    page.locator("#sort-applied", has_text="mới nhất").wait_for()
    assert page.locator("#sort-applied").inner_text().startswith("Sắp xếp: mới nhất")
    assert "tự động" not in page.locator("#sort-applied").inner_text()
    dates = [d.split("/") for d in page.locator(".hit time.date").all_inner_texts()]
    iso = [f"{y}-{m}-{d}" for d, m, y in dates]
    assert iso == sorted(iso, reverse=True)
    assert not page.errors, page.errors


def test_dates_are_dd_mm_yyyy_whatever_the_locale(us_page, site):
    page = us_page
    base = site["base"]
    submit_search(page, base, "hợp tác xã")
    before = count_of(page)
    assert page.get_attribute("#since", "type") == "text"
    assert page.get_attribute("#since", "placeholder") == "dd/mm/yyyy"
    page.fill("#since", "01/01/2024")
    page.fill("#until", "30/06/2025")
    page.click("button:has-text('Lọc')")
    page.locator(".chips", has_text="Thời gian: 01/01/2024 – 30/06/2025").wait_for()
    page.wait_for_load_state()
    assert 0 < count_of(page) < before
    assert page.input_value("#since") == "01/01/2024" and page.input_value("#until") == "30/06/2025"
    assert "Thời gian: 01/01/2024 – 30/06/2025" in page.locator(".chips").inner_text()
    for d in page.locator(".hit time.date").all_inner_texts():
        day, month, year = d.split("/")
        assert "2024-01-01" <= f"{year}-{month}-{day}" <= "2025-06-30", d
    page.screenshot(path=str(SCREENS / "results-03-dates-en-US.png"), full_page=True)
    no_axe_problems(page)
    # an American date is not a date here: said clearly, and what was typed is kept
    page.fill("#until", "06/30/2025")
    page.click("button:has-text('Lọc')")  # leaving the field refreshes in place, then the form submits
    error = page.locator("#error", has_text="Đến ngày không có thật")
    error.wait_for()
    page.wait_for_load_state()
    assert page.input_value("#until") == "06/30/2025"
    page.screenshot(path=str(SCREENS / "results-04-bad-date.png"), full_page=True)
    no_axe_problems(page)
    unexpected = [e for e in page.errors if "status of 400" not in e]  # the bad date's answer is a 400
    assert not unexpected, unexpected


def test_pager_disabled_state_is_readable(page, site):
    base = site["base"]
    page.goto(base + "/?size=5")
    assert page.locator(".pager .prev.disabled").is_visible()
    color = page.eval_on_selector(".pager .prev.disabled", "e => getComputedStyle(e).color")
    assert color != "rgb(162, 172, 168)"  # #a2aca8: 2.33:1 on white
    page.screenshot(path=str(SCREENS / "results-05-pager.png"), full_page=True)
    no_axe_problems(page)  # color-contrast is one of axe's serious rules
    assert not page.errors, page.errors
