"""The archived copy (app/web/copies.py) over a real archive with raw pages in a WARC file:
the stored page cleaned and served under a sandbox, the frame on the archive page, the
version history and the diff between versions, escaped."""

from __future__ import annotations

import hashlib
import re

import lxml.html
import pytest

from app.web.copies import COPY_CSP, line_diff, stored_page, word_diff
from search.base import doc_id
from tests.helpers import serving
from tests.webdata import XSS_ID, XSS_URL, build_site, fetch

PORTAL = "https://lienminhhtx.portal.example.vn"
# A page that would fetch from the live portal in every way a page can, and run script in a few.
GREEDY_PAGE = f"""<!doctype html><html><head><meta charset="utf-8">
<base href="{PORTAL}/">
<meta http-equiv="refresh" content="0; url={PORTAL}/moved">
<link rel="stylesheet" href="{PORTAL}/style.css"><link rel="icon" href="{PORTAL}/favicon.ico">
<style>@import url({PORTAL}/more.css); body {{ background: url({PORTAL}/bg.png) }}</style>
<script src="{PORTAL}/app.js"></script><title>Trang cổng &lt;b&gt;</title></head>
<body background="{PORTAL}/body.png" onload="window.__xss='load'">
<h1 style="background-image:url({PORTAL}/h1.png)">Hợp tác xã chè Suối Giàng</h1>
<p>Đoạn đầu <a href="/tin/2.html">bài liên quan</a>, <a href="javascript:window.__xss=5">bấm</a>,
<a href="#muc-2">xuống mục 2</a>.</p>
<img src="{PORTAL}/a.jpg" srcset="{PORTAL}/a2.jpg 2x" alt="Ảnh"><picture><source srcset="{PORTAL}/p.webp"></picture>
<video poster="{PORTAL}/v.jpg" src="{PORTAL}/v.mp4"></video><audio src="{PORTAL}/a.mp3"></audio>
<iframe src="{PORTAL}/frame.html"></iframe><object data="{PORTAL}/x.swf"></object><embed src="{PORTAL}/e.swf">
<svg><image href="{PORTAL}/s.png"/><script>window.__xss='svg'</script></svg>
<form action="{PORTAL}/send"><input type="image" src="{PORTAL}/btn.png"><input name="q"></form>
<table background="{PORTAL}/t.png"><tr><td>Ô bảng</td></tr></table>
<h2 id="muc-2">Mục 2</h2><p>Đoạn cuối với &lt;script&gt; là chữ.</p>
<noscript><img src="{PORTAL}/pixel.gif"></noscript>
</body></html>"""

FETCHING_ATTRS = {"src", "srcset", "background", "poster", "data", "action", "formaction", "style", "ping",
                  "longdesc", "cite", "usemap", "xlink:href"}
FETCHING_TAGS = {"script", "style", "img", "picture", "source", "video", "audio", "iframe", "frame", "object",
                 "embed", "svg", "image", "form", "input", "base", "noscript"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):

    tmp = tmp_path_factory.mktemp("copies")
    backend, archive, items = build_site(tmp)
    # A second version of the hostile article: its new title and paragraph carry markup too.
    item = dict(next(i for i in items if i["canonical_url"] == XSS_URL))
    item["title"] = item["title"].replace("vượt khó", "<b>vượt</b> khó & mùa mưa")
    item["text"] = item["text"].replace("thời tiết.", "thời tiết <img src=x onerror=\"window.__xss=6\">.")
    item["content_hash"] = hashlib.sha256((item["title"] + item["text"]).encode()).hexdigest()
    assert archive.upsert(XSS_ID, item) == "changed"
    with serving(backend, archive) as base:
        yield {"base": base, "items": items, "archive": archive}


def the_id(items, site_id):
    return doc_id(next(i for i in items if i["site"] == site_id)["canonical_url"])


def text(body: bytes) -> str:
    return body.decode("utf-8")


# --- the stored page ---------------------------------------------------------------------------


def test_the_stored_page_fetches_nothing_and_runs_nothing():
    body = stored_page("text/html; charset=utf-8", GREEDY_PAGE.encode(), f"{PORTAL}/tin/1.html")
    assert body is not None
    doc = lxml.html.document_fromstring(body)
    tags = {el.tag for el in doc.iter() if isinstance(el.tag, str)}
    assert not tags & FETCHING_TAGS, tags & FETCHING_TAGS
    for el in doc.iter():
        if not isinstance(el.tag, str):
            continue
        assert not set(el.attrib) & FETCHING_ATTRS, (el.tag, dict(el.attrib))
        assert not any(name.startswith("on") for name in el.attrib), (el.tag, dict(el.attrib))
        if el.tag == "link":  # our own stylesheet, nothing else
            assert dict(el.attrib) == {"rel": "stylesheet", "href": "/static/copy.css"}
        elif el.tag == "a" and "href" in el.attrib:
            assert el.get("href") == "#muc-2"  # within the copy
        elif el.tag == "meta":
            assert dict(el.attrib) == {"charset": "utf-8"}
        else:
            assert "href" not in el.attrib
    assert PORTAL.encode() not in body.replace(f'title="{PORTAL}/tin/2.html"'.encode(), b"")
    # the text stays, as text; a link's address shows as its tooltip
    assert doc.findtext(".//h1") == "Hợp tác xã chè Suối Giàng"
    assert "Đoạn cuối với <script> là chữ." in doc.text_content()
    assert b"&lt;script&gt;" in body and doc.findtext(".//title") == "Trang cổng <b>"
    related = next(a for a in doc.iter("a") if a.text == "bài liên quan")
    assert related.get("title") == f"{PORTAL}/tin/2.html"
    assert "Ô bảng" in doc.text_content()


def test_only_html_becomes_a_page():
    assert stored_page("application/pdf", b"%PDF-1.4 <html>", "https://x.example.vn/a.pdf") is None
    assert stored_page("image/png", b"\x89PNG", None) is None
    assert stored_page("", b"<html><body><p>Trang</p></body></html>", None) is not None


def test_copy_route_is_sandboxed(site):
    status, headers, body = fetch(site["base"], f"/archive/{XSS_ID}/copy")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    csp = [part.strip() for part in headers["Content-Security-Policy"].split(";")]
    assert csp[0] == "sandbox"  # no allow-scripts, no allow-same-origin: an opaque origin
    assert "default-src 'none'" in csp and "img-src 'none'" in csp and "frame-ancestors 'self'" in csp
    assert headers["X-Frame-Options"] == "SAMEORIGIN"
    assert headers["X-Content-Type-Options"] == "nosniff" and headers["Referrer-Policy"] == "no-referrer"
    html = text(body)
    assert "<script" not in html and "<img" not in html
    doc = lxml.html.document_fromstring(body)
    assert not any(name.startswith("on") for el in doc.iter() if isinstance(el.tag, str) for name in el.attrib)
    assert "Hợp tác xã rau an toàn Ia Grai vượt qua khó khăn do thời tiết." in html
    assert "&lt;script&gt;window.__xss=1" in html  # the crawled <title> text, escaped
    for bad in ("f" * 40, "nope"):  # said in the frame, under the same sandbox
        status, headers, body = fetch(site["base"], f"/archive/{bad}/copy")
        assert status == 404 and headers["Content-Security-Policy"] == COPY_CSP
        assert "Không có trang gốc đã lưu của bài viết này." in text(body)


def test_a_stored_file_that_is_not_a_page(site, tmp_path):
    from crawler.warc import WarcFile

    archive = site["archive"]
    aid = the_id(site["items"], "lmhtx-hanam")
    warc = WarcFile(archive.data_dir, "pdf")
    offset = warc.write("https://lmhtx-hanam.example.vn/van-ban.pdf", 200, [("Content-Type", "application/pdf")],
                        b"%PDF-1.4 <script>window.__xss=7</script>")
    warc.close()
    archive.set_raw(aid, str(warc.relative), offset)
    status, headers, body = fetch(site["base"], f"/archive/{aid}/copy")
    assert status == 200 and headers["Content-Security-Policy"] == COPY_CSP
    assert "Trang gốc đã lưu là một tệp (application/pdf), không phải trang web" in text(body)
    assert "<script" not in text(body)
    status, headers, body = fetch(site["base"], f"/archive/{aid}/raw", download="1")
    assert status == 200 and body.startswith(b"%PDF-1.4") and headers["Content-Disposition"].endswith('.bin"')


def test_an_old_portals_windows_1258_page_is_decoded(site):
    aid = the_id(site["items"], "lmhtx-phutho")
    status, headers, body = fetch(site["base"], f"/archive/{aid}/copy")
    assert status == 200 and headers["Content-Type"] == "text/html; charset=utf-8"
    assert "Hà N" in text(body) and '<meta charset="utf-8">' in text(body)
    status, _, body = fetch(site["base"], f"/archive/{aid}/raw")  # the source view too
    assert "Hà N" in text(body)


def test_the_archive_page_frames_the_copy(site):
    aid = the_id(site["items"], "lmhtx-daknong")
    status, headers, body = fetch(site["base"], f"/archive/{aid}")
    html = text(body)
    assert status == 200
    assert re.search(rf'<iframe class="stored-page" sandbox src="/archive/{aid}/copy" title="Trang gốc đã lưu: ', html)
    csp = headers["Content-Security-Policy"]
    assert "frame-src 'self'" in csp and "frame-ancestors 'none'" in csp and "script-src 'self'" in csp
    # every other page may frame nothing
    for path in ("/", "/?q=hop+tac+xa", f"/archive/{aid}/diff"):
        _, headers, _ = fetch(site["base"], path)
        assert "frame-src 'none'" in headers["Content-Security-Policy"], path
    # the source stays, to read and to download
    assert f'href="/archive/{aid}/raw"' in html and f'href="/archive/{aid}/raw?download=1"' in html
    assert 'href="https://lmhtx-daknong.example.vn/tin-tuc/bai-viet-03.html"' in html


# --- versions and their differences ---------------------------------------------------------------


def test_versions_are_listed_with_what_changed(site):
    aid = the_id(site["items"], "vca")
    _, _, body = fetch(site["base"], f"/archive/{aid}")
    html = text(body)
    table = html[html.index('<table class="version-table">'):html.index("</table>")]
    rows = re.findall(r"<tr><td>(\d+)</td><td><time datetime=\"(\d{4}-\d{2}-\d{2})\">(\d{2}/\d{2}/\d{4}) \d{2}:\d{2}"
                      r"</time></td>\s*<td>([^<·]+)", table)
    assert [(r[0], r[3].strip()) for r in rows] == [("2", "Thêm 1 đoạn"), ("1", "Bản lưu đầu tiên")]
    for _, iso, shown, _ in rows:
        y, m, d = iso.split("-")
        assert shown == f"{d}/{m}/{y}"
    assert f'href="/archive/{aid}/diff?from=1&amp;to=2">Xem thay đổi so với phiên bản 1</a>' in table
    assert '<form class="compare" method="get" action="/archive/' in html
    # one version: the list, no form
    _, _, body = fetch(site["base"], f"/archive/{the_id(site['items'], 'lmhtx-daknong')}")
    assert "Bản lưu đầu tiên" in text(body) and '<form class="compare"' not in text(body)


def test_the_diff_between_two_versions(site):
    aid = the_id(site["items"], "vca")
    status, _, body = fetch(site["base"], f"/archive/{aid}/diff", **{"from": "1", "to": "2"})
    html = text(body)
    assert status == 200
    assert '<p class="ins"><ins>Cập nhật: bổ sung số liệu.</ins></p>' in html
    assert "Thêm 1 đoạn" in html and "<del>" not in html.split('class="diff-blocks"')[1]
    # the same two versions by default (the latest against the one before)
    _, _, default = fetch(site["base"], f"/archive/{aid}/diff")
    assert text(default).count("<ins>Cập nhật: bổ sung số liệu.</ins>") == 1
    # backwards: what version 1 lacks is shown as removed
    _, _, back = fetch(site["base"], f"/archive/{aid}/diff", **{"from": "2", "to": "1"})
    assert '<p class="del"><del>Cập nhật: bổ sung số liệu.</del></p>' in text(back)
    # the same version twice: nothing changed
    _, _, same = fetch(site["base"], f"/archive/{aid}/diff", **{"from": "2", "to": "2"})
    assert "Nội dung văn bản không thay đổi." in text(same)


def test_the_diff_is_escaped(site):
    status, _, body = fetch(site["base"], f"/archive/{XSS_ID}/diff")
    html = text(body)
    assert status == 200
    # the new title's markup and "&", word by word, as text
    assert "<ins>&lt;b&gt;</ins>vượt<ins>&lt;/b&gt;</ins> khó<ins> &amp; mùa mưa</ins>" in html
    assert "thời tiết<ins> &lt;img src=x onerror=&quot;window.__xss=6&quot;&gt;</ins>.</p>" in html
    assert "&lt;script&gt;window.__xss=3&lt;/script&gt; Đoạn này" in html  # unchanged, still text
    assert re.findall(r"<script\b[^>]*>", html) == ['<script src="/static/app.js" defer>']
    assert "<img src=x" not in html and "<b>" not in html


def test_bad_diff_requests(site):
    aid = the_id(site["items"], "vca")
    status, _, body = fetch(site["base"], f"/archive/{aid}/diff", **{"from": "abc"})
    assert status == 400 and "Phiên bản không hợp lệ" in text(body)
    status, _, body = fetch(site["base"], f"/archive/{aid}/diff", **{"from": "1", "to": "9"})
    assert status == 404 and "không có phiên bản" in text(body)
    status, _, _ = fetch(site["base"], "/archive/" + "0" * 40 + "/diff")
    assert status == 404


def test_word_and_paragraph_diff():
    parts = word_diff("Hợp tác xã có 2.000 thành viên.", "Hợp tác xã có 2.500 thành viên mới.")
    assert parts == [{"op": "", "text": "Hợp tác xã có "}, {"op": "del", "text": "2.000"},
                     {"op": "ins", "text": "2.500"}, {"op": "", "text": " thành viên"}, {"op": "ins", "text": " mới"},
                     {"op": "", "text": "."}]
    old = [f"Đoạn {i}." for i in range(1, 11)]
    new = old[:5] + ["Đoạn 6 đã sửa."] + old[6:] + ["Đoạn mới."]
    blocks = line_diff(old, new)
    kinds = [b["kind"] for b in blocks]
    # long unchanged runs fold to a count, two paragraphs of context around each change
    assert kinds == ["folded", "same", "same", "changed", "same", "same", "same", "same", "ins"]
    assert blocks[0]["count"] == 3
    assert blocks[3]["parts"] == [{"op": "", "text": "Đoạn 6"}, {"op": "ins", "text": " đã sửa"},
                                  {"op": "", "text": "."}]
    assert line_diff(["Một.", "Hai."], []) == [{"kind": "del", "parts": [{"op": "del", "text": "Một."}]},
                                                {"kind": "del", "parts": [{"op": "del", "text": "Hai."}]}]
