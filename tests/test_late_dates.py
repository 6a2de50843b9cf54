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


def test_a_page_met_before_its_listing_is_read_again_with_its_date(sites, tmp_path):
    base = sites.base(SITE)
    # The page says nothing of news (no date, no metadata, an address of no article shape) and
    # links the listing that dates it, so the listing is read only after the page.
    sites.set_page(SITE, PAGE, f"<html><head><title>{TITLE}</title></head><body><h1>{TITLE}</h1>{PROSE}"
                               f'<p><a href="{LISTING}">Danh sách HTX tiêu biểu</a></p></body></html>')
    items = "".join(f'<li><a href="{href}">{text}</a> <span>({day}/03/2024)</span></li>' for href, text, day in (
        (PAGE, TITLE, "18"), ("/lmhtx/trang/htx-khac.html", "HTX Nông nghiệp Cẩm Xuyên được công nhận HTX tiêu biểu", "15")))
    sites.set_page(SITE, LISTING, f"<html><head><title>Danh sách HTX tiêu biểu</title></head><body>"
                                  f"<h1>Danh sách HTX tiêu biểu</h1><ul>{items}</ul></body></html>")
    home = urllib.request.urlopen(base + "/lmhtx/").read().decode("utf-8")
    sites.set_page(SITE, "/lmhtx/", home.replace("</body>", f'<a href="{PAGE}">Xem</a></body>'))
    registry = sites.write_registry(tmp_path / "all.yaml", generic=True)
    entries = [e for e in yaml.safe_load(registry.read_text(encoding="utf-8"))["sites"] if e["id"] == SITE]
    registry.write_text(yaml.safe_dump({"sites": entries}, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "items.jsonl"
    proc = run_scrapy(registry, out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    found = {json.loads(line)["url"]: json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()}
    item = found.get(base + PAGE)
    assert item is not None, "the page dated by a listing read after it was lost"
    assert (item["title"], item["published"]) == (TITLE, "2024-03-18T00:00:00+07:00")
    assert "undecided_dated_late" in proc.stderr
