"""Following a search: the Atom feed of any search, saved searches kept and removed through
same-origin posts, and their alert after a nightly run (app.monitoring.saved): the run's new
articles that match, once per search and channel, a syndicated copy not again, a failed
delivery tried again."""

from __future__ import annotations

import urllib.error
import urllib.request
import xml.etree.ElementTree as ET
from datetime import datetime, timedelta
from urllib.parse import urlencode

import pytest

from app.monitoring import saved
from crawler.archive import Archive
from crawler.dates import TZ
from search.base import Query, doc_id
from tests.helpers import serving
from tests.webdata import HOSTILE, LAST_RUN, XSS_ID, XSS_TITLE, _item, _record_run, build_monitored, build_site, fetch

A = "{http://www.w3.org/2005/Atom}"


@pytest.fixture(scope="module")
def site(tmp_path_factory):

    tmp = tmp_path_factory.mktemp("saved")
    backend, archive, items = build_site(tmp)
    with serving(backend, archive) as base:
        yield {"base": base, "backend": backend, "archive": archive, "items": items}


def post(base: str, path: str, data: dict, **headers: str):
    """(status, Location, body) of a form post; redirects are not followed."""
    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    request = urllib.request.Request(base + path, data=urlencode(data).encode(), method="POST", headers={
        "Content-Type": "application/x-www-form-urlencoded", **headers})
    try:
        with urllib.request.build_opener(NoRedirect).open(request, timeout=30) as r:
            return r.status, r.headers.get("Location"), r.read().decode()
    except urllib.error.HTTPError as e:
        with e:
            return e.code, e.headers.get("Location"), e.read().decode()


# --- the feed of a search ---------------------------------------------------------------------------


def test_feed_of_a_search_is_atom_with_its_filters(site):
    status, headers, body = fetch(site["base"], "/feeds/search.atom", q="hop tac xa", province_today="lam-dong")
    assert status == 200 and headers["Content-Type"] == "application/atom+xml; charset=utf-8"
    feed = ET.fromstring(body)
    assert feed.tag == A + "feed"
    assert feed.findtext(A + "title") == "Tìm kiếm: Từ khóa “hop tac xa” · Tỉnh/thành hiện nay: Lâm Đồng"
    links = {link.get("rel"): link.get("href") for link in feed.findall(A + "link")}
    assert links["self"] == site["base"] + "/feeds/search.atom?q=hop+tac+xa&province_today=lam-dong"
    assert links["alternate"] == site["base"] + "/?q=hop+tac+xa&province_today=lam-dong"
    entries = feed.findall(A + "entry")
    hits = site["backend"].search(Query(text="hop tac xa", province_today="lam-dong", sort="date", size=50)).hits
    assert [e.findtext(A + "title") for e in entries] == [h.title for h in hits] and len(hits) >= 4
    published = [e.findtext(A + "published") for e in entries]
    assert published == sorted(published, reverse=True)  # newest first, whatever the search's sort
    for e in entries:  # every entry: Lâm Đồng today, with its archived copy and its text
        assert "lam-dong" in [c.get("term") for c in e.findall(A + "category")]
        assert any(link.get("href", "").startswith(site["base"] + "/archive/") for link in e.findall(A + "link"))
        assert e.findtext(A + "summary")
    # conditional GET: the reader that has it gets 304
    request = urllib.request.Request(site["base"] + "/feeds/search.atom?q=hop+tac+xa&province_today=lam-dong",
                                     headers={"If-None-Match": headers["ETag"]})
    with pytest.raises(urllib.error.HTTPError) as not_modified:
        urllib.request.urlopen(request, timeout=30)
    assert not_modified.value.code == 304


def test_feed_takes_the_search_page_address_as_it_is(site):
    """The browser's address of a search (the form's p= and match=), with /feeds/search.atom
    as its path, is the same feed as the canonical one."""
    _, _, page_form = fetch(site["base"], "/feeds/search.atom", q="hop tac xa", p="lam-dong", match="today")
    _, _, canonical = fetch(site["base"], "/feeds/search.atom", q="hop tac xa", province_today="lam-dong")
    assert page_form == canonical


def test_feed_escapes_hostile_titles(site):
    status, _, body = fetch(site["base"], "/feeds/search.atom", q="rau an toàn")
    assert status == 200
    assert b"<script" not in body and b"<img" not in body
    entry = next(e for e in ET.fromstring(body).findall(A + "entry") if e.findtext(A + "title") == XSS_TITLE)
    assert entry.find(A + "title").get("type") == "text"
    assert f"/archive/{XSS_ID}" in b"".join(ET.tostring(link) for link in entry.findall(A + "link")).decode()
    assert "<script>window.__xss=3</script>" in entry.findtext(A + "summary")  # text, escaped in the XML
    # a javascript: address never becomes a link
    _, _, body = fetch(site["base"], "/feeds/search.atom", q="du lịch cộng đồng Hội An")
    assert b"javascript:" not in body


def test_feed_of_a_bad_search_is_refused(site):
    status, headers, body = fetch(site["base"], "/feeds/search.atom", province_today="dak-nong")
    assert status == 400 and headers["Content-Type"].startswith("text/html")
    assert "Đắk Nông không còn là tỉnh/thành từ 1/7/2025" in body.decode()


# --- saved searches through posts ---------------------------------------------------------------------


def test_save_list_and_delete_a_search(site):
    base = site["base"]
    same = {"Origin": base}
    _, _, page = fetch(base, "/", q="ocop", province_today="lam-dong")
    html = page.decode()
    assert 'name="query" value="q=ocop&amp;province_today=lam-dong"' in html
    assert "Theo dõi tìm kiếm này" in html
    hostile = '<script>alert("x")</script> Cà phê OCOP'
    status, location, _ = post(base, "/saved", {"query": "q=ocop&province_today=lam-dong", "name": hostile}, **same)
    assert status == 303 and location == "/saved?done=saved"
    status, _, body = fetch(base, "/saved", done="saved")
    text = body.decode()
    assert status == 200 and "Đã lưu." in text
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Cà phê OCOP" in text and "<script>alert" not in text
    assert 'href="/feeds/search.atom?q=ocop&amp;province_today=lam-dong"' in text
    assert "Từ khóa “ocop” · Tỉnh/thành hiện nay: Lâm Đồng" in text
    # the same search again keeps one row (renamed); another without a name gets its description
    post(base, "/saved", {"query": "?q=ocop&province_today=lam-dong", "name": "Cà phê OCOP"}, **same)
    post(base, "/saved", {"query": "q=&since=2024-01-01&sort=date"}, **same)
    rows = site["archive"].saved_searches()
    assert [(r["name"], r["query"]) for r in rows] == [
        ("Cà phê OCOP", {"q": "ocop", "province_today": "lam-dong"}),
        ("Thời gian: 01/01/2024 – …", {"since": "2024-01-01"})]
    # from another site: refused, nothing changes
    for headers in ({"Origin": "http://evil.example"}, {"Sec-Fetch-Site": "cross-site"}, {}):
        status, _, body = post(base, "/saved/delete", {"id": str(rows[0]["id"])}, **headers)
        assert status == 403 and "trang khác" in body
        status, _, _ = post(base, "/saved", {"query": "q=evil"}, **headers)
        assert status == 403
    assert len(site["archive"].saved_searches()) == 2
    # a search the search page would refuse is refused here too
    status, _, body = post(base, "/saved", {"query": "province_today=dak-nong"}, **same)
    assert status == 400 and "không còn là tỉnh/thành" in body
    status, _, body = post(base, "/saved/delete", {"id": "x1"}, **same)
    assert status == 400
    for row in rows:
        status, location, _ = post(base, "/saved/delete", {"id": str(row["id"])}, **same)
        assert status == 303 and location == "/saved?done=deleted"
    assert site["archive"].saved_searches() == []
    _, _, body = fetch(base, "/saved", done="deleted")
    assert "Đã bỏ theo dõi" in body.decode() and "Chưa có tìm kiếm nào được lưu" in body.decode()


def test_without_an_archive_there_is_nothing_to_save(tmp_path):
    from app.web.server import start_in_thread
    from search.embedded import EmbeddedIndex

    backend = EmbeddedIndex(tmp_path / "index.sqlite3")
    server, base = start_in_thread(backend)
    try:
        _, _, body = fetch(base, "/", q="ocop")
        assert "Theo dõi tìm kiếm này" not in body.decode() and "/export.csv?q=ocop" in body.decode()
        assert fetch(base, "/saved")[0] == 503
        assert post(base, "/saved", {"query": "q=ocop"}, Origin=base)[0] == 503
    finally:
        server.shutdown()
        server.server_close()
        backend.close()


# --- the alert after a nightly run (a recorded run: tests/webdata.py build_monitored) ------------------


@pytest.fixture
def monitored(tmp_path):
    backend, archive, sites, first, last = build_monitored(tmp_path)
    yield {"archive": archive, "sites": sites, "first": first, "last": last, "tmp": tmp_path}
    backend.close()
    archive.close()


def save(archive: Archive, name: str, **fields: str) -> int:
    return archive.save_search(name, saved.query_fields(saved.to_query(fields)))


def test_new_matches_of_a_run_are_alerted_once(monitored, webhook):
    archive, sites = monitored["archive"], monitored["sites"]
    lam_dong = save(archive, "Lâm Đồng hiện nay", province_today="lam-dong")
    coffee = save(archive, "Cà phê", q="ca phe")  # without accents, as staff type
    nothing = save(archive, "Không có gì", q="tàu vũ trụ")
    run = archive.runs(1)[0]["id"]
    config = {"LMHTX_ALERT_WEBHOOK": webhook.url}
    settings = {"LMHTX_PUBLIC_URL": "https://lmhtx.example.vn/"}
    names = {s.id: s.name for s in sites}

    result = saved.follow(archive, run, config, settings=settings, site_names=names)
    # run 2 archived, in Lâm Đồng today: two Lâm Đồng articles and one of Đắk Nông (merged into it)
    assert result["matched"] == {lam_dong: 3, coffee: 1, nothing: 0}
    assert result["sent"] == {f"{lam_dong}|webhook": 3, f"{coffee}|webhook": 1} and result["errors"] == 0
    assert len(webhook.posts) == 2
    by_subject = {p["json"]["findings"][0]["subject"]: p["json"] for p in webhook.posts}
    alert = by_subject[f"saved:{lam_dong}"]
    titles = [f["message"] for f in alert["findings"]]
    assert sorted(titles) == sorted(t for s, p, _, t in LAST_RUN if p in ("lam-dong", "dak-nong"))
    text = alert["text"]
    assert text.startswith("[lmhtx] 3 bài mới: Lâm Đồng hiện nay\n")
    assert "Tìm kiếm đã lưu “Lâm Đồng hiện nay” (Tỉnh/thành hiện nay: Lâm Đồng) có 3 bài viết mới" in text
    assert "- 10/09/2025 · Liên minh HTX tỉnh Đắk Nông · Gia Nghĩa: HTX mắc ca ký hợp đồng bao tiêu" in text
    new_id = doc_id("https://lmhtx-daknong.example.vn/tin-tuc/bai-102.html")
    assert f"Bản lưu: https://lmhtx.example.vn/archive/{new_id}" in text
    assert "Xem tất cả kết quả: https://lmhtx.example.vn/?province_today=lam-dong" in text
    coffee_titles = [f["message"] for f in by_subject[f"saved:{coffee}"]["findings"]]
    assert coffee_titles == ["Lâm Đồng: HTX cà phê Cầu Đất liên kết xuất khẩu"]  # not the first run's "cà phê"

    # the same run judged again (a nightly retried): nothing new, nothing sent
    again = saved.follow(archive, run, config, settings=settings, site_names=names)
    assert again["matched"] == {lam_dong: 0, coffee: 0, nothing: 0} and again["sent"] == {}
    assert len(webhook.posts) == 2


def test_a_syndicated_copy_is_not_new_and_a_failed_delivery_is_retried(monitored, webhook):
    archive, sites = monitored["archive"], monitored["sites"]
    search = save(archive, "Hà Nội", province_today="ha-noi")
    config = {"LMHTX_ALERT_WEBHOOK": webhook.url}
    run2 = archive.runs(1)[0]["id"]
    webhook.status = 500  # the receiver is down tonight
    result = saved.follow(archive, run2, config)
    assert result["matched"] == {search: 1} and result["sent"] == {}
    assert result["failed"][f"{search}|webhook"].startswith("HTTPError") and result["errors"] == 1
    # next night: the copy of the Hà Nội article on another portal (same fingerprint) and one new article
    webhook.status = 200
    original = next(i for i in monitored["last"] if i["site"] == "lmhtx-hanoi")
    copy = dict(original, site="vca", canonical_url="https://vca.example.vn/tin/ban-sao.html",
                url="https://vca.example.vn/tin/ban-sao.html", province="ha-noi")
    fresh = _item(300, "lmhtx-hanoi", "ha-noi", "2025-09-16T08:00:00+07:00", "Hà Nội: HTX hoa đào Nhật Tân")
    _record_run(archive, sites, monitored["tmp"] / "sites.yaml", [copy, fresh], {"finish_reason": "finished"})
    run3 = archive.runs(1)[0]["id"]
    result = saved.follow(archive, run3, config)
    assert result["matched"] == {search: 1}  # the copy is not a new match
    assert result["sent"] == {f"{search}|webhook": 2}  # last night's match, retried, and the new one
    assert sorted(f["message"] for f in webhook.posts[-1]["json"]["findings"]) == sorted(
        [original["title"], fresh["title"]])
    assert saved.follow(archive, run3, config)["sent"] == {}
    # a match no channel could take for longer than LMHTX_SAVED_ALERT_DAYS is let go
    other = save(archive, "Gia Lai", province_today="gia-lai")
    saved.record(archive, run3, {other: [a for a in archive.first_archived_in(run2) if a["site"] == "lmhtx-gialai"]})
    later = datetime.now(TZ) + timedelta(days=8)
    assert saved.deliver_matches(archive, config, now=later)["sent"] == {}
    sent = saved.deliver_matches(archive, config)["sent"]
    assert sent == {f"{other}|webhook": 1}
    assert webhook.posts[-1]["json"]["findings"][0]["message"] == HOSTILE


def test_the_alert_by_email(monitored, smtp):
    archive = monitored["archive"]
    search = save(archive, "Hà Nội", province_today="ha-noi")
    config = {"LMHTX_ALERT_SMTP": smtp.address, "LMHTX_ALERT_EMAIL_TO": "lan@lmhtx.example.vn"}
    result = saved.follow(archive, archive.runs(1)[0]["id"], config)
    assert result["sent"] == {f"{search}|email": 1}
    [mail] = smtp.messages
    assert mail["to"] == ["lan@lmhtx.example.vn"]
    assert mail["message"]["Subject"] == "[lmhtx] 1 bài mới: Hà Nội"
    body = mail["message"].get_content()
    assert "- 11/09/2025 · lmhtx-hanoi · Hà Nội: HTX vận tải chuyển sang xe buýt điện" in body


def test_no_channel_no_alert_and_matches_wait(monitored):
    archive = monitored["archive"]
    search = save(archive, "HTX", q="htx")
    run = archive.runs(1)[0]["id"]
    result = saved.follow(archive, run, {})
    assert result["channels"] == [] and result["sent"] == {} and result["matched"][search] >= 4


def test_a_backfill_run_is_not_news(monitored, webhook):
    """A run that archived more new articles than LMHTX_SAVED_ALERT_MAX_NEW (a first crawl, a
    backfill) alerts nothing, and says why; the runs after it are alerted as usual."""
    archive = monitored["archive"]
    search = save(archive, "HTX", q="htx")
    config = {"LMHTX_ALERT_WEBHOOK": webhook.url}
    run = archive.runs(1)[0]["id"]
    result = saved.follow(archive, run, config, settings={"LMHTX_SAVED_ALERT_MAX_NEW": 5})  # run 2 archived 6
    assert result["matched"] == {} and "more than 5 new articles" in result["backfill"] and webhook.posts == []
    result = saved.follow(archive, run, config, settings={"LMHTX_SAVED_ALERT_MAX_NEW": 6})
    assert result["backfill"] is None and result["matched"][search] >= 4 and len(webhook.posts) == 1


def test_a_saved_search_that_cannot_run_is_skipped(monitored, webhook):
    archive = monitored["archive"]
    broken = archive.save_search("Cũ", {"province_today": "dak-nong"})  # not a province today
    fine = save(archive, "Lâm Đồng", province_today="lam-dong")
    result = saved.follow(archive, archive.runs(1)[0]["id"], {"LMHTX_ALERT_WEBHOOK": webhook.url})
    assert result["matched"] == {broken: 0, fine: 3} and len(webhook.posts) == 1


def test_names_and_descriptions():
    fields = saved.query_fields(Query(text="  ", province="dak-nong", sort="date"))
    assert fields == {"province": "dak-nong"}
    assert saved.describe(fields) == "Tỉnh/thành khi đăng: Đắk Nông"
    assert saved.clean_name("a\x00b\n\tc " + "x" * 200).startswith("a b c x") and len(saved.clean_name("x" * 200)) == 120
    assert saved.to_query({"q": "ocop", "since": "2024-01-01"}) == Query(
        text="ocop", since=datetime(2024, 1, 1).date(), sort="relevance")


# --- a real nightly over the sample portals ---------------------------------------------------------------

NEW_PATH = "/tin-tuc-su-kien/hop-tac-xa-chuyen-doi-so-trong-tieu-thu-nong-san-1001.html"
NEW_TITLE = "Hợp tác xã chuyển đổi số trong tiêu thụ nông sản"
TEMPLATE_PATH = "/tin-tuc-su-kien/phat-dong-thang-hanh-dong-vi-hop-tac-xa-nam-2024-990.html"
TEMPLATE_TITLE = "Phát động Tháng hành động vì hợp tác xã năm 2024"


@pytest.fixture(scope="module")
def portals():
    from samples.server import SampleSites

    with SampleSites(sites=["lmhtx-ninhbinh", "lmhtx-camau", "lmhtx-daknong"], ip_base=140) as s:
        s.start()
        yield s


def publish(portals, when: datetime) -> None:
    """A new article at the top of the Ninh Bình portal's listing, dated `when`."""
    base = portals.base("lmhtx-ninhbinh")
    page = urllib.request.urlopen(base + TEMPLATE_PATH, timeout=30).read().decode("utf-8")
    listing = urllib.request.urlopen(base + "/tin-tuc-su-kien.htm", timeout=30).read().decode("utf-8")
    day = when.strftime("%d/%m/%Y")
    page = (page.replace(TEMPLATE_PATH, NEW_PATH).replace(TEMPLATE_TITLE, NEW_TITLE).replace("26/04/2024", day)
            .replace("2024-04-26", when.date().isoformat())
            .replace("Sáng 25/4", "Sáng " + when.strftime("%-d/%-m")))  # its own text: not a copy of the template
    portals.set_page("lmhtx-ninhbinh", NEW_PATH, page)
    item = (f'<div class="news-item"><a class="title" href="{NEW_PATH}">{NEW_TITLE}</a>'
            f'<span class="news-date">{day}</span><p class="summary">Tin mới.</p></div>')
    portals.set_page("lmhtx-ninhbinh", "/tin-tuc-su-kien.htm",
                     listing.replace('<div class="news-item">', item + '<div class="news-item">', 1))


def test_nightly_alerts_the_new_articles_of_a_saved_search(portals, tmp_path, webhook):
    from tests.helpers import nightly

    registry = portals.write_registry(tmp_path / "sites.yaml")
    data = tmp_path / "data"
    with Archive(data) as archive:
        search = save(archive, "Chuyển đổi số", q='"chuyen doi so"')  # the phrase, without accents
    env = {"LMHTX_ALERT_WEBHOOK": webhook.url, "LMHTX_PUBLIC_URL": "https://lmhtx.example.vn"}

    def alerts() -> list[dict]:
        return [p["json"] for p in webhook.posts if p["json"]["findings"][0]["monitor"] == "saved_search"]

    first = nightly(registry, data, env=env)
    assert first.returncode == 0, first.stderr[-3000:]
    assert "saved searches:" in first.stderr
    [alert] = alerts()
    titles = {f["message"] for f in alert["findings"]}
    assert "HTX lúa - tôm Thới Bình chuyển đổi số trong sản xuất" in titles
    assert "Bồi dưỡng kiến thức chuyển đổi số cho hợp tác xã" in titles
    with Archive(data) as archive:
        matching = {a["title"] for a in archive.articles() if "chuyển đổi số" in (a["title"] + a["text"]).lower()}
        assert titles == matching and all(f["subject"] == f"saved:{search}" for f in alert["findings"])

    publish(portals, datetime.now(TZ))
    second = nightly(registry, data, env=env)
    assert second.returncode == 0, second.stderr[-3000:]
    assert len(alerts()) == 2, second.stderr[-3000:]
    latest = alerts()[-1]
    assert [f["message"] for f in latest["findings"]] == [NEW_TITLE]  # only what this run archived
    assert latest["text"].startswith("[lmhtx] 1 bài mới: Chuyển đổi số")
    assert "https://lmhtx.example.vn/archive/" in latest["text"]
