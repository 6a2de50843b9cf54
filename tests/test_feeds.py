"""Atom feeds (/feeds/all.atom, /feeds/<province>.atom) over a real archive: parsed back with
xml.etree, checked for the Atom 1.0 required elements, order, the 50-entry limit, the
province roll-up, 404s, escaping of crawled text, NFC, and conditional requests."""

from __future__ import annotations

import unicodedata
import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from datetime import datetime
from email.utils import parsedate_to_datetime

import pytest

from search.base import doc_id
from tests.helpers import serving
from tests.webdata import HOSTILE, JS_URL, NFD_TITLE, NOW, _item, build_monitored, fetch

A = "{http://www.w3.org/2005/Atom}"
EXTRA = 55  # Quảng Ninh's busy portal: more than one feed's worth


@pytest.fixture(scope="module")
def feeds(tmp_path_factory):

    tmp = tmp_path_factory.mktemp("feeds")
    backend, archive, sites, first, last = build_monitored(tmp)
    extra = [_item(200 + i, "lmhtx-quangninh", "quang-ninh", f"2024-{1 + i // 28:02d}-{1 + i % 28:02d}T08:00:00+07:00",
                   f"Quảng Ninh: tin số {i}") for i in range(EXTRA)]
    for item in extra:
        archive.upsert(doc_id(item["canonical_url"]), item)
    with serving(backend, archive, sites=sites, now=lambda: NOW) as base:
        yield {"base": base, "items": first + last + extra, "first": first, "last": last}


def get_feed(srv, slug: str) -> tuple[ET.Element, dict, bytes]:
    status, headers, body = fetch(srv["base"], f"/feeds/{slug}.atom")
    assert status == 200, body[:300]
    assert headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    assert body.startswith(b"<?xml version='1.0' encoding='utf-8'?>")
    return ET.fromstring(body), headers, body


def entries(feed: ET.Element) -> list[dict]:
    out = []
    for e in feed.findall(f"{A}entry"):
        links = {(link.get("rel"), link.get("href")) for link in e.findall(f"{A}link")}
        out.append({
            "id": e.findtext(f"{A}id"), "title": e.findtext(f"{A}title"), "updated": e.findtext(f"{A}updated"),
            "published": e.findtext(f"{A}published"), "summary": e.findtext(f"{A}summary"),
            "author": e.findtext(f"{A}author/{A}name"), "links": links,
            "categories": [c.get("term") for c in e.findall(f"{A}category")],
        })
    return out


def by_url(items, url_part):
    return next(i for i in items if url_part in i["canonical_url"])


def test_all_feed_is_valid_atom_newest_first(feeds):
    feed, headers, _ = get_feed(feeds, "all")
    assert feed.tag == f"{A}feed"
    assert feed.findtext(f"{A}id") == "tag:lmhtx-archive,2025:feed/all"
    assert feed.findtext(f"{A}title") == "Tin mới từ các cổng Liên minh Hợp tác xã"
    assert feed.findtext(f"{A}author/{A}name")
    self_link = [link.get("href") for link in feed.findall(f"{A}link") if link.get("rel") == "self"]
    assert self_link == [feeds["base"] + "/feeds/all.atom"]
    got = entries(feed)
    assert len(got) == 50  # 29 + 55 archived: the newest 50
    for e in got:  # what RFC 4287 requires of an entry
        assert e["id"] and e["title"] and e["updated"] and e["author"]
        datetime.fromisoformat(e["updated"])
        assert len({rel for rel, _ in e["links"] if rel == "alternate"}) == 1
    # the undated notice first (archived today, by the real clock), then by publication date
    assert got[0]["title"] == "Thông báo lịch tiếp công dân của Liên minh HTX Việt Nam" and got[0]["published"] is None
    dates = [e["published"] for e in got[1:]]
    assert all(dates) and dates == sorted(dates, reverse=True)
    assert dates[0] == "2025-09-14T08:00:00+07:00"
    assert feed.findtext(f"{A}updated") == max((e["updated"] for e in got), key=datetime.fromisoformat)
    # private (a feed may be behind the login), and its links depend on the Host it was asked for
    assert headers["Cache-Control"] == "private, max-age=300" and headers["Vary"] == "Host" and headers["ETag"]


def test_entry_links_summary_and_author(feeds):
    feed, _, _ = get_feed(feeds, "ha-noi")
    item = by_url(feeds["items"], "lmhtx-hanoi.example.vn/tin-tuc/bai-103")
    e = next(e for e in entries(feed) if e["id"] == item["canonical_url"])
    aid = doc_id(item["canonical_url"])
    assert e["links"] == {("alternate", item["url"]), ("related", f"{feeds['base']}/archive/{aid}")}
    assert e["published"] == e["updated"] == "2025-09-11T08:00:00+07:00"
    assert e["author"] == "Ban Tuyên truyền"
    assert e["categories"] == ["ha-noi"]
    text = " ".join(item["text"].split())
    assert e["summary"].endswith("…") and 250 <= len(e["summary"]) <= 301
    assert text.startswith(e["summary"][:-1])
    no_author = next(e for e in entries(feed) if e["author"] != "Ban Tuyên truyền")
    assert no_author["author"] == "lmhtx-hanoi"  # the site stands in for a missing byline


def test_province_feeds_roll_up(feeds):
    items = feeds["first"] + feeds["last"]
    feed, _, _ = get_feed(feeds, "lam-dong")  # today's Lâm Đồng: with Đắk Nông and Bình Thuận
    got = entries(feed)
    assert len(got) == 10 == sum(i["province_today"] == "lam-dong" for i in items)
    assert {tuple(e["categories"]) for e in got} == {("lam-dong",), ("dak-nong", "lam-dong"), ("binh-thuan", "lam-dong")}
    assert feed.findtext(f"{A}title") == "Tin mới – Lâm Đồng"
    assert "Đắk Nông" in feed.findtext(f"{A}subtitle") and "Bình Thuận" in feed.findtext(f"{A}subtitle")
    feed, _, _ = get_feed(feeds, "dak-nong")  # as published: Đắk Nông only
    got = entries(feed)
    assert len(got) == 4 and all(e["categories"] == ["dak-nong", "lam-dong"] for e in got)
    assert "nay thuộc Lâm Đồng" in feed.findtext(f"{A}subtitle")
    assert len(entries(get_feed(feeds, "vn")[0])) == 6
    assert len(entries(get_feed(feeds, "quang-ninh")[0])) == 50
    assert entries(get_feed(feeds, "ha-giang")[0]) == []  # a province with no article: an empty, valid feed


@pytest.mark.parametrize("path", ["/feeds/khong-co-tinh-nay.atom", "/feeds/Lam-Dong.atom", "/feeds/lam-dong.rss",
                                  "/feeds/.atom", "/feeds/lam-dong.atom/x", "/feeds/%3Cscript%3E.atom"])
def test_unknown_feed_is_404(feeds, path):
    status, headers, body = fetch(feeds["base"], path)
    assert status == 404 and headers["Content-Type"].startswith("text/html")
    assert b"<script>" not in body


def test_crawled_text_is_escaped_and_nfc(feeds):
    feed, _, body = get_feed(feeds, "gia-lai")
    assert b"<script>" not in body and b"<img" not in body and b"\x0b" not in body
    got = {e["title"]: e for e in entries(feed)}
    hostile = got[HOSTILE]  # parsed back: the very same text
    item = by_url(feeds["items"], "bai-104")
    aid = doc_id(item["canonical_url"])
    # its crawled URL is javascript:, never a link: the canonical http(s) URL stands in
    assert hostile["links"] == {("alternate", item["canonical_url"]), ("related", f"{feeds['base']}/archive/{aid}")}
    assert JS_URL not in body.decode() and "javascript:" not in body.decode()
    assert hostile["summary"].startswith(f"{HOSTILE}. Bài viết số 104 của lmhtx-gialai. <b>chữ đậm</b> & ký tự")
    nfc = unicodedata.normalize("NFC", NFD_TITLE)
    assert nfc != NFD_TITLE and nfc in got and NFD_TITLE not in got
    assert all(unicodedata.is_normalized("NFC", e["title"] + (e["summary"] or "")) for e in got.values())


def test_conditional_requests(feeds):
    _, headers, body = get_feed(feeds, "lam-dong")
    etag, modified = headers["ETag"], headers["Last-Modified"]
    assert parsedate_to_datetime(modified).tzinfo is not None
    url = feeds["base"] + "/feeds/lam-dong.atom"
    for header in ({"If-None-Match": etag}, {"If-None-Match": f'"x", {etag}'}, {"If-Modified-Since": modified}):
        request = urllib.request.Request(url, headers=header)
        try:
            urllib.request.urlopen(request, timeout=30)
            raise AssertionError(f"{header}: expected 304")
        except urllib.error.HTTPError as e:
            assert e.code == 304 and e.read() == b"" and e.headers["ETag"] == etag, header
    request = urllib.request.Request(url, headers={"If-None-Match": '"stale"'})
    with urllib.request.urlopen(request, timeout=30) as r:
        assert r.status == 200 and r.read() == body
    # the same feed twice is the same document (a stable ETag)
    assert get_feed(feeds, "lam-dong")[1]["ETag"] == etag


def test_dashboard_links_every_province_feed(feeds):
    status, _, body = fetch(feeds["base"], "/dashboard")
    page = body.decode()
    for slug in ("vn", "lam-dong", "ha-noi", "ninh-binh", "quang-ninh"):
        assert f'href="/feeds/{slug}.atom"' in page
        assert fetch(feeds["base"], f"/feeds/{slug}.atom")[0] == 200


def test_entry_without_any_http_url_points_at_the_archived_copy():
    from app.web.feeds import ALL, atom_feed

    article = {"id": "a" * 40, "title": "Tin <b>lạ</b>", "url": "javascript:alert(1)", "canonical_url": "data:,x",
               "site": "lmhtx-hanoi", "province": "ha-noi", "province_today": "ha-noi", "text": "Nội dung",
               "published": "2025-09-01", "first_seen": "2025-09-02T01:00:00+07:00"}
    feed = ET.fromstring(atom_feed(ALL, [article], base_url="http://archive.local", now=NOW))
    (e,) = entries(feed)
    assert e["id"] == f"tag:lmhtx-archive,2025:article/{'a' * 40}"
    assert e["links"] == {("alternate", f"http://archive.local/archive/{'a' * 40}")}
    assert e["title"] == "Tin <b>lạ</b>" and e["published"] == "2025-09-01T00:00:00+07:00"
    empty = ET.fromstring(atom_feed(ALL, [], now=NOW))
    assert empty.findtext(f"{A}updated") == "2025-09-15T09:00:00+07:00" and not empty.findall(f"{A}entry")


def test_a_feed_or_sitemap_is_known_by_its_type_and_root():
    from crawler.feeds import xml_kind
    rss = b'<?xml version="1.0"?><rss version="2.0"><channel><item><link>http://x.vn/a</link></item></channel></rss>'
    urlset = b'<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>http://x.vn/a</loc></url></urlset>'
    assert xml_kind(rss, b"application/rss+xml; charset=UTF-8") == "feed"
    assert xml_kind(urlset, "application/xml") == "sitemap"
    assert xml_kind(rss, b"text/html; charset=UTF-8") is None  # a page, whatever it holds
    assert xml_kind(b"<?xml version='1.0'?><html xmlns='http://www.w3.org/1999/xhtml'/>", b"application/xhtml+xml") is None
