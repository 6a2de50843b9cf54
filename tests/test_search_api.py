"""What the search page and /api/search add to a backend's results: syndicated copies grouped
(and `group=0`), portal names, per-portal counts, the query notices, the sort as applied and the
dates staff type (dd/mm/yyyy). A real embedded index and archive, over HTTP on loopback; the
browser side is tests/test_browser_results.py."""

from __future__ import annotations

import json
from datetime import date

import pytest

from app.web.search import BadRequest, parse_params, sort_label
from search.base import doc_id, to_document
from tests.helpers import serving
from tests.helpers import site as registry_site
from tests.webdata import build_site, fetch

NATIONAL = "Liên minh Hợp tác xã Việt Nam"
TITLE = "Kiên Giang: hợp tác xã nuôi tôm kết hợp trồng lúa"


@pytest.fixture(scope="module")
def srv(tmp_path_factory):

    tmp = tmp_path_factory.mktemp("search-api")
    backend, archive, items = build_site(tmp)
    original = next(i for i in items if i["title"] == TITLE)
    url = "https://vca.example.vn/tin-tuc/nuoi-tom.html"
    copy = {**original, "site": "vca", "province": "vn", "province_today": "vn", "url": url, "canonical_url": url,
            "published": "2025-06-03T08:00:00+07:00"}
    backend.index([to_document(copy)])
    sites = [registry_site("vca", "vn", NATIONAL), registry_site("lmhtx-kiengiang", "kien-giang", "LMHTX Kiên Giang")]
    with serving(backend, archive, sites=sites) as base:
        yield {"base": base, "items": items, "original": original, "copy": copy}


def api(srv, **params):
    status, headers, body = fetch(srv["base"], "/api/search", **params)
    assert headers["Content-Type"].startswith("application/json")
    return status, json.loads(body)


def page(srv, **params) -> tuple[int, str]:
    status, _, body = fetch(srv["base"], "/", **params)
    return status, body.decode("utf-8")


def test_api_groups_copies_and_names_portals(srv):
    status, data = api(srv, q="nuôi tôm")
    assert status == 200 and data["grouped"] is True and data["total_counts"] == "results"
    assert data["total"] == 1 and len(data["hits"]) == 1
    hit = data["hits"][0]
    assert hit["id"] == doc_id(srv["copy"]["canonical_url"])  # the newest copy stands for the article
    assert hit["site_name"] == NATIONAL
    [other] = hit["copies"]
    assert other["id"] == doc_id(srv["original"]["canonical_url"]) and other["site_name"] == "LMHTX Kiên Giang"
    assert other["url"] == srv["original"]["url"] and other["published"] == srv["original"]["published"]
    assert other["archive_url"] == f"/archive/{other['id']}"
    assert data["by_site"] == {"vca": 1, "lmhtx-kiengiang": 1}  # articles, each copy on its portal
    # every copy on its own
    _, flat = api(srv, q="nuôi tôm", group="0")
    assert flat["grouped"] is False and flat["total_counts"] == "articles" and flat["total"] == 2 and all(h["copies"] == [] for h in flat["hits"])
    status, bad = api(srv, q="nuôi tôm", group="yes")
    assert status == 400 and "group" in bad["error"]


def test_api_site_filter_and_counts(srv):
    _, everything = api(srv, size=100)
    assert sum(everything["by_site"].values()) == len(srv["items"]) + 1
    assert everything["total"] == len(srv["items"])  # the copy folded into its article
    _, one = api(srv, site="lmhtx-kiengiang")
    assert one["total"] == 1 and one["hits"][0]["id"] == doc_id(srv["original"]["canonical_url"])
    assert [c["site"] for c in one["hits"][0]["copies"]] == ["vca"]


def test_api_says_what_it_did_not_understand(srv):
    _, ocop = api(srv, q="OCOP")
    _, data = api(srv, q="OCOP OR")
    assert data["total"] == ocop["total"] > 0 and any("Bỏ qua “OR”" in n for n in data["notices"])
    assert ocop["notices"] == []
    _, either = api(srv, q="OCOP hoặc tôm")
    _, tom = api(srv, q="tôm")
    assert either["total"] == ocop["total"] + tom["total"]
    _, minus = api(srv, q="hợp tác xã -tôm")
    _, htx = api(srv, q="hợp tác xã")
    assert minus["total"] == htx["total"] - 1
    assert data["sort"] == "relevance" and api(srv)[1]["sort"] == "date"


def test_page_shows_notices_portals_copies_and_sort(srv):
    status, html = page(srv, q="nuôi tôm")
    assert status == 200
    assert f'<span class="site">{NATIONAL}</span>' in html
    assert "và 1 bản đăng lại" in html and f'href="{srv["original"]["url"]}"' in html
    assert 'id="facet-site"' in html and "LMHTX Kiên Giang" in html
    assert "Sắp xếp: phù hợp nhất (tự động)" in html and "đã gộp 1 bản đăng lại" in html
    _, html = page(srv, q="nuôi tôm", sort="date")
    assert "Sắp xếp: mới nhất</p>" in html or "Sắp xếp: mới nhất ·" in html
    _, html = page(srv, q="(OCOP) *")
    assert 'id="notices"' in html and "( ) *" in html
    _, html = page(srv, q="nuôi tôm", group="0")  # kept by the form: the next search lists copies too
    assert '<input type="hidden" name="group" value="0">' in html and "Hiện cả bản đăng lại" in html
    _, html = page(srv, q="nuôi tôm")
    assert 'name="group"' not in html
    _, html = page(srv, site="vca")
    assert f"Cổng: {NATIONAL}" in html
    _, html = page(srv, q='-"<b>tôm</b>"')  # only an exclusion: said, and what was typed stays text
    assert "Chỉ có từ cần loại trừ" in html and "<b>" not in html


@pytest.mark.parametrize("typed, want", [
    ("30/06/2024", date(2024, 6, 30)), ("3/7/2024", date(2024, 7, 3)), ("2024-06-30", date(2024, 6, 30)),
    ("30.06.2024", date(2024, 6, 30)),
])
def test_dates_as_staff_type_them(typed, want):
    assert parse_params({"since": [typed]}).query.since == want


@pytest.mark.parametrize("typed, words", [
    ("06/30/2024", ["Từ ngày không có thật", "06/30/2024"]),  # an American date
    ("30-06-24", ["dd/mm/yyyy", "15/03/2024"]),
    ("hôm qua", ["dd/mm/yyyy"]),
])
def test_bad_dates_are_explained(typed, words):
    with pytest.raises(BadRequest) as exc:
        parse_params({"since": [typed]})
    assert all(w in str(exc.value) for w in words), str(exc.value)


def test_form_shows_dates_dd_mm_yyyy(srv):
    _, html = page(srv, q="hợp tác xã", since="2024-01-01", until="30/06/2025")
    assert 'value="01/01/2024"' in html and 'value="30/06/2025"' in html
    assert "Thời gian: 01/01/2024 – 30/06/2025" in html


def test_sort_label():
    assert sort_label(parse_params({})) == "Sắp xếp: mới nhất (tự động)"
    assert sort_label(parse_params({"q": ["htx"]})) == "Sắp xếp: phù hợp nhất (tự động)"
    assert sort_label(parse_params({"q": ["htx"], "sort": ["date"]})) == "Sắp xếp: mới nhất"
    assert sort_label(parse_params({"q": ["htx"], "sort": ["relevance"]})) == "Sắp xếp: phù hợp nhất"
    assert sort_label(parse_params({"sort": ["relevance"]})) == "Sắp xếp: mới nhất (tự động)"  # no words
