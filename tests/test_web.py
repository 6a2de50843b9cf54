"""The staff search site (app/web) over a real embedded index and a real archive:
the JSON API, the server-rendered page, the archived copies, the 400s, escaping and the
security headers. No browser here (tests/test_browser.py drives Chromium)."""

from __future__ import annotations

import json
import re
import urllib.error
import urllib.request
from datetime import date
from urllib.parse import quote

import pytest

from crawler import provinces
from search.base import doc_id
from tests.helpers import serving
from tests.webdata import XSS_ID, XSS_TITLE, build_site, fetch


def fold(text: str) -> str:
    return provinces.fold(text)


def expected_ids(items, predicate) -> set[str]:
    return {doc_id(i["canonical_url"]) for i in items if predicate(i)}


def mentions_htx(item) -> bool:
    return "hop tac xa" in fold(item["title"] + " " + item["text"])


def mentions_htx_or_abbr(item) -> bool:
    return mentions_htx(item) or bool(re.search(r"\bhtx\b", fold(item["title"] + " " + item["text"])))


@pytest.fixture(scope="module")
def site(tmp_path_factory):

    tmp = tmp_path_factory.mktemp("web")
    backend, archive, items = build_site(tmp)
    with serving(backend, archive) as base:
        yield {"base": base, "items": items, "backend": backend, "archive": archive}


# --- helpers ---------------------------------------------------------------------------------


def api(srv, **params):
    status, headers, body = fetch(srv["base"], "/api/search", **params)
    assert headers["Content-Type"].startswith("application/json")
    return status, json.loads(body)


def page(srv, path="/", **params) -> tuple[int, str]:
    status, headers, body = fetch(srv["base"], path, **params)
    return status, body.decode("utf-8")


def the_id(items, site_id):
    return doc_id(next(i for i in items if i["site"] == site_id)["canonical_url"])




# --- the JSON API --------------------------------------------------------------------------


def test_api_shape_and_folded_query(site):
    status, data = api(site, q="hop tac xa")
    assert status == 200
    assert set(data) >= {"total", "page", "size", "hits", "by_province", "by_province_today", "by_month", "took_ms"}
    low = expected_ids(site["items"], mentions_htx)
    high = expected_ids(site["items"], mentions_htx_or_abbr)
    assert len(low) <= data["total"] <= len(high)
    assert data["page"] == 1 and data["size"] == 20 and len(data["hits"]) == 20
    hit = data["hits"][0]
    assert set(hit) >= {"id", "url", "title", "title_html", "site", "province", "province_name", "province_today",
                        "published", "snippet", "doc_number", "archive_url"}
    for hit in data["hits"]:
        assert hit["id"] in high
        assert hit["archive_url"] == f"/archive/{hit['id']}"
        assert "<mark>" in hit["title_html"] + hit["snippet"]
        assert hit["province_name"] == provinces.get(hit["province"]).name
    # facets add up to the total
    assert sum(data["by_province_today"].values()) == data["total"]
    assert sum(data["by_month"].values()) == data["total"]
    assert all(re.fullmatch(r"\d{4}-\d{2}", m) for m in data["by_month"])
    # the same query with diacritics finds the same articles
    _, accented = api(site, q="hợp tác xã", size=100)
    _, folded = api(site, q="hop tac xa", size=100)
    assert {h["id"] for h in accented["hits"]} == {h["id"] for h in folded["hits"]}


def test_api_pages(site):
    _, p1 = api(site, q="hop tac xa", size=10)
    _, p2 = api(site, q="hop tac xa", size=10, page=2)
    assert p2["page"] == 2 and len(p1["hits"]) == 10 and p2["hits"]
    assert not {h["id"] for h in p1["hits"]} & {h["id"] for h in p2["hits"]}


def test_api_filters(site):
    items = site["items"]
    # today's province rolls up Đắk Nông and Bình Thuận into Lâm Đồng
    _, data = api(site, q="hop tac xa", province_today="lam-dong", size=100)
    want = expected_ids(items, lambda i: i["province_today"] == "lam-dong" and mentions_htx(i))
    assert want <= {h["id"] for h in data["hits"]}
    assert {h["province_today"] for h in data["hits"]} == {"lam-dong"}
    assert {h["province"] for h in data["hits"]} >= {"dak-nong", "lam-dong", "binh-thuan"}
    assert data["by_province_today"] == {"lam-dong": data["total"]}
    # as published: only Đắk Nông
    _, data = api(site, q="hop tac xa", province="dak-nong", size=100)
    assert data["hits"] and {h["province"] for h in data["hits"]} == {"dak-nong"}
    assert {h["province_name"] for h in data["hits"]} == {"Đắk Nông"}
    # dates, inclusive, and site
    _, data = api(site, since="2024-03-01", until="2024-03-31", size=100)
    want = expected_ids(items, lambda i: "2024-03-01" <= i["published"][:10] <= "2024-03-31")
    assert {h["id"] for h in data["hits"]} == want and len(want) == 2
    _, data = api(site, site="vca", sort="date", size=100)
    dates = [h["published"] for h in data["hits"]]
    assert len(dates) == 3 and dates == sorted(dates, reverse=True)
    # empty query = everything, newest first
    _, data = api(site, size=100)
    assert data["total"] == len(items)
    assert data["hits"][0]["published"].startswith("2025-08-25")


@pytest.mark.parametrize("params, words", [
    ({"since": "2024-13-01"}, ["Từ ngày", "since", "date"]),
    ({"until": "5 tháng 3 2024"}, ["Đến ngày", "dd/mm/yyyy"]),  # 05/03/2024 is a date staff write
    ({"until": "31/02/2024"}, ["Đến ngày", "no such date"]),
    ({"since": "2024-02-30"}, ["since", "no such date"]),
    ({"province": "atlantis"}, ["tỉnh/thành", "unknown province"]),
    ({"province_today": "dak-nong"}, ["Lâm Đồng", "pre-2025"]),
    ({"page": "abc"}, ["Số trang", "page"]),
    ({"page": "0"}, ["page", "between"]),
    ({"size": "1000"}, ["size", "between"]),
    ({"page": "501"}, ["10.000", "page × size"]),
    ({"sort": "random"}, ["sort", "relevance | date"]),
    ({"q": "hợp tác xã " * 60}, ["quá dài", "too long"]),
    ({"since": "2024-05-01", "until": "2024-04-01"}, ["Từ ngày", "Đến ngày", "since", "after"]),
])
def test_api_bad_parameters_are_400_with_a_clear_message(site, params, words):
    status, data = api(site, **params)
    assert status == 400
    assert set(data) == {"error"}
    for word in words:
        assert word in data["error"], (word, data["error"])
    assert "Traceback" not in data["error"]


def test_backend_query_error_is_400_and_other_errors_500(site, caplog):
    from app.web.server import start_in_thread
    from search.base import QueryError

    class Broken:
        def search(self, query, budget=None):
            if query.text == "bad":
                raise QueryError("cú pháp không hợp lệ (bad syntax)")
            raise RuntimeError("database is locked /secret/path")

        def count(self):
            return 0

    server, base = start_in_thread(Broken())
    try:
        status, _, body = fetch(base, "/api/search", q="bad")
        assert status == 400 and "bad syntax" in json.loads(body)["error"]
        status, _, body = fetch(base, "/api/search", q="x")
        assert status == 500
        error = json.loads(body)["error"]
        assert "secret" not in error and "Traceback" not in error and "Internal server error" in error
        status, headers, body = fetch(base, "/", q="x")
        assert status == 500 and "secret" not in body.decode() and headers["Content-Security-Policy"]
    finally:
        server.shutdown()
        server.server_close()
    assert any("database is locked" in r.getMessage() for r in caplog.records)


def test_healthz(site):
    status, headers, body = fetch(site["base"], "/healthz")
    assert status == 200 and json.loads(body) == {"ok": True, "articles": len(site["items"])}


# --- archived articles -----------------------------------------------------------------------


def test_api_article(site):
    aid = the_id(site["items"], "vca")
    status, _, body = fetch(site["base"], f"/api/articles/{aid}")
    article = json.loads(body)
    assert status == 200 and article["id"] == aid and article["revisions"] == 2
    assert article["title"].startswith("Liên minh Hợp tác xã Việt Nam tổng kết")
    assert "first_seen" in article and "last_seen" in article
    for bad in ("0" * 40, "nope", "../../etc/passwd"):
        status, headers, body = fetch(site["base"], f"/api/articles/{quote(bad)}")
        assert status == 404 and "error" in json.loads(body)


def test_archive_page(site):
    aid = the_id(site["items"], "lmhtx-daknong")
    status, html = page(site, f"/archive/{aid}")
    assert status == 200
    assert "Đắk Nông: Hợp tác xã cà phê Thuận An đạt chứng nhận OCOP 4 sao" in html
    assert "<p>Hợp tác xã cà phê Thuận An, huyện Đắk Mil vừa được công nhận sản phẩm OCOP 4 sao.</p>" in html
    assert "05/03/2024" in html and "Lâm Đồng" in html and "Đắk Nông" in html
    assert 'href="https://lmhtx-daknong.example.vn/tin-tuc/bai-viet-03.html"' in html
    assert f'href="/archive/{aid}/raw"' in html
    status, html = page(site, f"/archive/{the_id(site['items'], 'vca')}")
    assert re.search(r"Số phiên bản đã lưu</dt><dd>2<", html)
    status, html = page(site, "/archive/" + "f" * 40)
    assert status == 404 and "Không có bài viết" in html
    status, html = page(site, "/archive/" + "f" * 40 + "/raw")
    assert status == 404


def test_raw_page_is_inert_text(site):
    status, headers, body = fetch(site["base"], f"/archive/{XSS_ID}/raw")
    assert status == 200
    assert headers["Content-Type"] == "text/plain; charset=utf-8"
    assert headers["Content-Security-Policy"] == "sandbox"
    assert headers["X-Content-Type-Options"] == "nosniff"
    text = body.decode("utf-8")
    assert "<script>window.__xss" in text  # shown as the text it is, not run
    status, headers, body = fetch(site["base"], f"/archive/{XSS_ID}/raw", download="1")
    assert status == 200 and headers["Content-Type"] == "application/octet-stream"
    assert headers["Content-Disposition"].startswith("attachment;")
    assert headers["Content-Security-Policy"] == "sandbox"
    # a windows-1258 page is transcoded to UTF-8
    status, headers, body = fetch(site["base"], f"/archive/{the_id(site['items'], 'lmhtx-phutho')}/raw")
    assert "Hà N" in body.decode("utf-8")


# --- the page ----------------------------------------------------------------------------------


def test_page_renders_search_results(site):
    status, html = page(site, q="hop tac xa")
    assert status == 200
    assert '<html lang="vi">' in html and "Tra cứu tin Liên minh Hợp tác xã" in html
    assert 'placeholder="Nhập từ khóa, ví dụ: hợp tác xã OCOP"' in html
    assert 'value="hop tac xa"' in html
    total = api(site, q="hop tac xa")[1]["total"]
    assert f"Tìm thấy {total} bài viết" in html
    assert html.count('<li class="hit">') == 20
    assert "<mark>" in html
    assert 'target="_blank" rel="noopener noreferrer"' in html
    # the title opens the archived copy; the live portal is the one secondary link
    titles = re.findall(r'<h2 class="hit-title"><a href="([^"]+)">', html)
    assert len(titles) == 20 and all(re.fullmatch(r"/archive/[0-9a-f]{40}", href) for href in titles)
    live = [h["url"] for h in api(site, q="hop tac xa")[1]["hits"] if h["url"].startswith("https://")]
    assert re.findall(r'<a href="([^"]+)" class="orig" target="_blank" rel="noopener noreferrer">Trang gốc ↗</a>',
                      html) == live  # not the crawled javascript: URL
    assert re.search(r'<time class="date" datetime="\d{4}-\d{2}-\d{2}">\d{2}/\d{2}/\d{4}</time>', html)
    assert "Trang sau" in html and "Trang trước" in html and "Trang 1 / 2" in html
    # labels for every control, the 34 provinces, the match selector, dates and sort
    for control in ("q", "p", "match", "since", "until", "sort"):
        assert f'<label for="{control}"' in html
    assert "Tất cả tỉnh/thành" in html and "Theo tỉnh hiện nay" in html and "Theo tỉnh khi đăng" in html
    assert all(f'<option value="{p.slug}"' in html for p in provinces.post2025())
    assert "Phù hợp nhất" in html and "Mới nhất" in html
    # dates are typed and shown dd/mm/yyyy, not in <input type=date> (whose display follows the browser's locale)
    assert 'type="text" id="since"' in html and 'type="text" id="until"' in html and 'type="date"' not in html
    assert 'placeholder="dd/mm/yyyy"' in html
    # facets link to filtered searches
    assert 'href="/?q=hop+tac+xa&amp;province_today=lam-dong"' in html
    assert re.search(r'href="/\?q=hop\+tac\+xa&amp;since=2024-03-01&amp;until=2024-03-31"', html)
    # only the local stylesheet and script
    assert re.findall(r'<(?:script|link)[^>]+(?:src|href)="([^"]+)"', html) == [
        "/static/favicon.svg", "/static/style.css", "/static/app.js"]


def test_page_form_province_and_dates(site):
    _, html = page(site, q="hop tac xa", p="lam-dong", match="today")
    want = api(site, q="hop tac xa", province_today="lam-dong")[1]["total"]
    assert f"Tìm thấy {want} bài viết" in html and 'value="lam-dong" selected' in html
    _, html = page(site, q="hop tac xa", p="lam-dong", match="published")
    want2 = api(site, q="hop tac xa", province="lam-dong")[1]["total"]
    assert want2 < want and f"Tìm thấy {want2} bài viết" in html
    assert '<option value="published" selected>' in html
    # a pre-2025 province matches as published even with "today"
    _, html = page(site, q="hop tac xa", p="dak-nong", match="today")
    assert "Tìm thấy 3 bài viết" in html and "Tỉnh/thành khi đăng: Đắk Nông" in html
    _, html = page(site, q="hop tac xa", since="2024-01-01", until="2024-06-30")
    want3 = api(site, q="hop tac xa", since="2024-01-01", until="2024-06-30")[1]["total"]
    assert f"Tìm thấy {want3} bài viết" in html and "Thời gian: 01/01/2024 – 30/06/2024" in html


def test_page_bad_input_and_empty_state(site):
    status, html = page(site, q="hop tac xa", since="2024-06-01", until="2024-01-01", p="ha-noi", match="published")
    assert status == 400 and 'role="alert"' in html and "phải trước hoặc bằng" in html
    assert 'value="hop tac xa"' in html  # the form keeps what was typed
    assert 'value="ha-noi" selected' in html and '<option value="published" selected>' in html
    status, html = page(site, page="abc")
    assert status == 400 and "Số trang không hợp lệ" in html
    status, html = page(site, q="xyzzy khongcotu")
    assert status == 200 and "Không tìm thấy bài viết nào phù hợp" in html and "Tìm thấy 0 bài viết" in html
    status, html = page(site, q="hop tac xa", page="9")
    assert status == 200 and "Không còn kết quả ở trang 9" in html


def test_crawled_script_is_escaped_everywhere(site):
    # HTML: the title shows as text; no tag from the crawl survives
    _, html = page(site, q="rau an toan")
    assert "&lt;script&gt;window.__xss=1;document.title=&quot;pwned&quot;&lt;/script&gt;" in html
    assert "&lt;img src=x onerror=&quot;window.__xss=2&quot;&gt;" in html
    assert "<script>window" not in html and "<img src=x" not in html and "__xss=3</script>" not in html
    scripts = re.findall(r"<script\b[^>]*>", html)
    assert scripts == ['<script src="/static/app.js" defer>']
    # a javascript: URL from the crawl is not a link
    _, html = page(site, q="du lich cong dong Cam Thanh")
    assert "Hội An" in html and "javascript:" not in html
    # the archived page too
    _, html = page(site, f"/archive/{XSS_ID}")
    assert "&lt;script&gt;window.__xss=1" in html and "&lt;script&gt;window.__xss=3&lt;/script&gt;" in html
    assert "<script>window" not in html
    # JSON: the raw title is data; no "<" at all in the bytes; title_html escaped + <mark> only
    status, headers, body = fetch(site["base"], "/api/search", q="rau an toan")
    assert b"<" not in body and b"<script" not in body
    hit = next(h for h in json.loads(body)["hits"] if h["id"] == XSS_ID)
    assert hit["title"] == XSS_TITLE
    assert "<script" not in hit["title_html"] and "&lt;script&gt;" in hit["title_html"]
    assert re.sub(r"</?mark>", "", hit["title_html"]).count("<") == 0
    assert "<mark>" in hit["title_html"]


def test_security_headers(site):
    for path in ("/", "/?q=hop+tac+xa", "/api/search?q=x", f"/archive/{XSS_ID}", "/healthz", "/nope"):
        status, headers, _ = fetch(site["base"], path)
        csp = headers["Content-Security-Policy"]
        assert "default-src 'self'" in csp and "script-src 'self'" in csp and "style-src 'self'" in csp
        assert "unsafe-inline" not in csp
        assert headers["X-Content-Type-Options"] == "nosniff"
        assert headers["Referrer-Policy"] == "no-referrer"


def test_static_and_404s(site):
    status, headers, body = fetch(site["base"], "/static/style.css")
    assert status == 200 and headers["Content-Type"].startswith("text/css") and b"mark" in body
    status, headers, body = fetch(site["base"], "/static/app.js")
    assert status == 200 and headers["Content-Type"].startswith("text/javascript")
    for path in ("/static/../web.py", "/static/nope.css", "/nothing", "/api/nothing"):
        status, headers, body = fetch(site["base"], path)
        assert status == 404, path
    status, headers, body = fetch(site["base"], "/api/nothing")
    assert json.loads(body)["error"]
    req = urllib.request.Request(site["base"] + "/api/search", data=b"x", method="POST")
    with pytest.raises(urllib.error.HTTPError) as exc:
        urllib.request.urlopen(req, timeout=10)
    exc.value.close()
    assert exc.value.code == 405


def test_page_is_fast(site):
    import time

    page(site, q="hop tac xa")  # warm
    for params in ({"q": "hop tac xa"}, {}, {"q": "hợp tác xã", "p": "lam-dong"}):
        started = time.perf_counter()
        status, headers, body = fetch(site["base"], "/", **params)
        elapsed = (time.perf_counter() - started) * 1000
        app_ms = float(re.search(r"dur=([\d.]+)", headers["Server-Timing"]).group(1))
        assert status == 200 and app_ms < 100 and elapsed < 500, (params, app_ms, elapsed)


# --- escaping helpers, directly --------------------------------------------------------------


def test_marked_keeps_only_mark():
    from app.web.render import marked

    assert marked("a <mark>b</mark> &amp; c") == "a <mark>b</mark> &amp; c"
    assert marked("<script>x</script><mark>y</mark>") == "&lt;script&gt;x&lt;/script&gt;<mark>y</mark>"
    assert marked("&lt;mark&gt;x") == "&lt;mark&gt;x"  # a crawled "<mark>" stays text
    assert marked("<mark>open") == "<mark>open</mark>"
    assert marked("</mark>x<mark onclick=1>y") == "x&lt;mark onclick=1&gt;y"
    assert marked("<img src=x onerror=alert(1)>") == "&lt;img src=x onerror=alert(1)&gt;"
    assert marked(None) == ""


def test_only_http_urls_are_links():
    from app.web.render import http_url, link

    assert http_url("https://vca.org.vn/a?b=1") == "https://vca.org.vn/a?b=1"
    for bad in ("javascript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:x", "data:text/html,x", "//evil.example/",
                "https://x.vn/\"onmouseover=alert(1)", "ftp://x.vn/", "", None):
        assert http_url(bad) is None, bad
    assert link("javascript:alert(1)", "t") == "t"
    assert link("https://x.vn/?a=1&b=<2>", "t") == "t"  # "<" in a URL: not a link either
    assert link("https://x.vn/?a=1&b=2", "t") == '<a href="https://x.vn/?a=1&amp;b=2" target="_blank" rel="noopener noreferrer">t</a>'


def test_formatting():
    from app.web.render import vn_date, vn_number

    assert vn_date("2024-03-05T09:15:00+07:00") == "05/03/2024"
    assert vn_date("2024-03-05") == "05/03/2024"
    assert vn_date(None) == "" and vn_date("hôm qua") == ""
    assert vn_number(1234567) == "1.234.567"
    assert date(2024, 3, 5).strftime("%d/%m/%Y") == "05/03/2024"
