"""A page met before the listing that dates it (a sitemap's entry, a bare link): prose under a
title and nothing that says "news" is read again, at idle, once a listing printed its date."""

import json
import urllib.request

import pytest
import yaml

from samples.server import SampleSites
from tests.helpers import run_scrapy

SITE = "lmhtx-hatinh"
PAGE = "/lmhtx/trang/htx-tieu-bieu-ky-anh.html"
LISTING = "/lmhtx/trang/danh-sach-htx-tieu-bieu.html"
TITLE = "HTX Dịch vụ nông nghiệp Kỳ Anh được công nhận HTX tiêu biểu năm 2024"
PROSE = "".join(
    f"<p>Đoạn {i}: HTX Dịch vụ nông nghiệp Kỳ Anh có 320 thành viên, cung ứng dịch vụ làm đất, giống, vật tư và "
    f"tiêu thụ lúa cho thành viên trên diện tích hơn 250 ha, doanh thu năm qua đạt 6,8 tỷ đồng.</p>" for i in range(1, 3))  # short of the prose that alone makes news


@pytest.fixture(scope="module")
def sites():
    with SampleSites(sites=[SITE], ip_base=95) as live:
        yield live


def _page(sites, *, link_listing: bool) -> None:
    """The page says nothing of news (no date, no metadata, an address of no article shape)."""
    link = f'<p><a href="{LISTING}">Danh sách HTX tiêu biểu</a></p>' if link_listing else ""
    sites.set_page(SITE, PAGE, f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{PROSE}"
                               f"{link}</body></html>")


def _listing(sites) -> None:
    items = "".join(f'<li><a href="{href}">{text}</a> <span>({day}/03/2024)</span></li>' for href, text, day in (
        (PAGE, TITLE, "18"), ("/lmhtx/trang/htx-khac.html", "HTX Nông nghiệp Cẩm Xuyên được công nhận HTX tiêu biểu", "15")))
    sites.set_page(SITE, LISTING, f"<html><head><title>Danh sách HTX tiêu biểu</title></head><body>"
                                  f"<h1>Danh sách HTX tiêu biểu</h1><ul>{items}</ul></body></html>")


def _home_links(sites, *paths: str) -> None:
    home = urllib.request.urlopen(sites.base(SITE) + "/lmhtx/").read().decode("utf-8")
    sites.set_page(SITE, "/lmhtx/", home.replace("</body>", "".join(f'<a href="{p}">Xem</a>' for p in paths) + "</body>"))


def _registry(sites, tmp_path):
    registry = sites.write_registry(tmp_path / "all.yaml", generic=True)
    entries = [e for e in yaml.safe_load(registry.read_text(encoding="utf-8"))["sites"] if e["id"] == SITE]
    registry.write_text(yaml.safe_dump({"sites": entries}, allow_unicode=True), encoding="utf-8")
    return registry


def _found(out) -> dict:
    return {json.loads(line)["url"]: json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()}


def test_a_page_met_before_its_listing_is_read_again_with_its_date(sites, tmp_path):
    base = sites.base(SITE)
    _page(sites, link_listing=True)  # the listing is read only after the page
    _listing(sites)
    _home_links(sites, PAGE)
    out = tmp_path / "items.jsonl"
    proc = run_scrapy(_registry(sites, tmp_path), out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    item = _found(out).get(base + PAGE)
    assert item is not None, "the page dated by a listing read after it was lost"
    assert (item["title"], item["published"]) == (TITLE, "2024-03-18T00:00:00+07:00")
    assert "undecided_dated_late" in proc.stderr


def test_a_page_dated_by_a_listing_on_a_later_night_is_read_again(sites, tmp_path):
    """Night 1 meets the page with no listing dating it: no article, remembered as undecided.
    Night 2 a listing prints its date: the page is fetched again rather than skipped as known."""
    base = sites.base(SITE)
    _page(sites, link_listing=False)
    sites.set_page(SITE, LISTING, "<html><body><p>Chưa có</p></body></html>")
    _home_links(sites, PAGE)
    registry = _registry(sites, tmp_path)
    first = run_scrapy(registry, tmp_path / "night1.jsonl")
    assert first.returncode == 0, first.stderr[-3000:]
    assert base + PAGE not in _found(tmp_path / "night1.jsonl")
    _listing(sites)
    _home_links(sites, LISTING)
    second = run_scrapy(registry, tmp_path / "night2.jsonl")
    assert second.returncode == 0, second.stderr[-3000:]
    item = _found(tmp_path / "night2.jsonl").get(base + PAGE)
    assert item is not None, "the page a later listing dates stayed skipped as a known non-article"
    assert item["published"] == "2024-03-18T00:00:00+07:00"
