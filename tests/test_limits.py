"""Bounded work, over real HTTP on loopback: a calendar trap is cut while the site's articles
are archived, page and time budgets per site, a wall-clock limit per run, Retry-After honoured
(or given up past its cap), and an unreadable robots.txt skipping its site for the night."""

import json
import random
import re
import time
import urllib.request
from urllib.parse import parse_qs, urlsplit

import pytest
import yaml

from crawler.archive import Archive
from samples.score import expected_sites
from samples.server import SampleSites, _Response
from tests.helpers import run_scrapy

SITES = ["lmhtx-ninhbinh", "lmhtx-nghean"]


@pytest.fixture(scope="module")
def sites():
    with SampleSites(sites=SITES, ip_base=70) as live:
        yield live


@pytest.fixture
def registry(sites, tmp_path):
    """The registry cut to the two sites served here."""
    path = sites.write_registry(tmp_path / "all.yaml")
    entries = [e for e in yaml.safe_load(path.read_text(encoding="utf-8"))["sites"] if e["id"] in SITES]
    path = tmp_path / "sites.yaml"
    path.write_text(yaml.safe_dump({"sites": entries}, allow_unicode=True), encoding="utf-8")
    sites.reset_log()
    return path


@pytest.fixture
def patch(sites):
    """patch(site, answer): answer(raw_path) -> _Response or None (the site's own page)."""
    undo = []

    def apply(site_id, answer):
        site = sites._sites[site_id]
        own = site.respond
        site.respond = lambda raw_path: answer(raw_path) or own(raw_path)
        undo.append((site, own))

    yield apply
    for site, own in reversed(undo):
        site.respond = own
    for site_id in SITES:
        for path in ("/", "/robots.txt"):
            sites.set_status(site_id, path, None)
        sites._sites[site_id].runtime.clear()


def page(body: str, title: str = "Lịch công tác") -> str:
    return f"<html><head><meta charset='utf-8'><title>{title}</title></head><body>{body}</body></html>"


def html(body: str) -> _Response:
    return _Response(200, page(body).encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})


def link_from_home(sites, site_id: str, href: str) -> None:
    home = urllib.request.urlopen(sites.base(site_id) + "/").read().decode("utf-8")
    sites.set_page(site_id, "/", home.replace("</body>", f'<a href="{href}">Lịch công tác</a></body>'))
    sites.reset_log()


def crawl(registry, tmp_path, *extra):
    out = tmp_path / "out.jsonl"
    proc = run_scrapy(registry, out, *extra)
    assert proc.returncode == 0, proc.stderr[-3000:]
    items = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]
    return proc, items


def stats_of(log: str) -> dict:
    """The stats Scrapy dumps at the end of the log."""
    block = log[log.rindex("Dumping Scrapy stats:"):]
    return {k: v for k, v in re.findall(r"'([^']+)': ('[^']*'|[\d.]+)", block)}


def missing_articles(site_id: str, items) -> list[str]:
    """Expected articles of the site that no item is."""
    got = set()
    for item in items:
        for url in (item["url"], item["canonical_url"]):
            parts = urlsplit(url)
            got.add(parts.path + (f"?{parts.query}" if parts.query else ""))
    return [a["path"] for a in expected_sites()[site_id]["articles"] if not ({a["path"], *a["aliases"]} & got)]


def pages(sites, site_id: str, prefix: str = "/"):
    return [h for h in sites.hits(site_id, prefix) if h.path != "/robots.txt"]


# -- calendar trap ------------------------------------------------------------------------------
def calendar_by_query(raw_path):
    if raw_path.startswith("/lich?"):
        day = int(parse_qs(urlsplit(raw_path).query)["ngay"][0])
        return html(f"<h1>Lịch công tác</h1><p>Ngày {day}: không có lịch.</p>"
                    f'<a href="/lich?ngay={day + 1}">Ngày sau</a>')
    return None


def calendar_by_path(raw_path):
    if m := re.fullmatch(r"/lich/(\d+)/(\d+)/(\d+)", raw_path):
        y, mo, d = (int(x) for x in m.groups())
        return html(f"<h1>Lịch công tác</h1><p>{d}/{mo}/{y}: không có lịch.</p>"
                    f'<a href="/lich/{y}/{mo}/{d + 1}">Ngày sau</a>')
    return None


@pytest.mark.parametrize("calendar,start", [(calendar_by_query, "/lich?ngay=1"),
                                            (calendar_by_path, "/lich/2024/1/1")])
def test_calendar_trap_is_cut_and_the_sites_articles_archived(sites, registry, patch, tmp_path, calendar, start):
    site = "lmhtx-ninhbinh"
    patch(site, calendar)
    link_from_home(sites, site, start)
    proc, items = crawl(registry, tmp_path, "-a", f"site={site}")
    trap = pages(sites, site, "/lich")
    assert 30 <= len(trap) <= 40  # LMHTX_TRAP_DEPTH pages in a chain, and what was in flight
    assert missing_articles(site, items) == []  # nothing lost: the real articles, the real pagination
    stats = stats_of(proc.stderr)
    assert stats[f"portals/site/{site}/cut"] == "'trap'" and stats["portals/cut"] == "1"
    assert len(re.findall(r"WARNING: .*looks like a trap", proc.stderr)) == 1


def test_long_pagination_leading_to_articles_is_not_cut(sites, registry, patch, tmp_path):
    """`page-N.htm` for 45 pages, each to the next and to one article: one template in a chain
    deeper than LMHTX_TRAP_DEPTH, but every page of it leads to an article."""
    site, last = "lmhtx-ninhbinh", 45
    read = lambda path: urllib.request.urlopen(sites.base(site) + path).read().decode("utf-8")  # noqa: E731
    listing = read("/tin-tuc-su-kien/page-2.htm")
    slug, title = "phat-dong-thang-hanh-dong-vi-hop-tac-xa-nam-2024-990", "Phát động Tháng hành động vì hợp tác xã năm 2024"
    article = read(f"/tin-tuc-su-kien/{slug}.html")
    words = re.sub(r"<[^>]+>", " ", article[article.index('<div class="news-content">'):]).split()

    def nth(n):
        return f"/tin-tuc-su-kien/hop-tac-xa-dot-{n}-thang-hanh-dong-{2000 + n}.html"

    def answer(raw_path):
        if m := re.fullmatch(r"/tin-tuc-su-kien/page-(\d+)\.htm", raw_path):
            n = int(m[1])
            more = f'<a href="/tin-tuc-su-kien/page-{n + 1}.htm">{n + 1}</a>' if n < last else ""
            page = re.sub(r'<div class="paging">.*?</div>', f'<div class="paging">{more}</div>', listing)
            if n > 2:
                item = (f'<div class="news-item"><a class="title" href="{nth(n)}">{title} ({n})</a>'
                        f'<span class="news-date">26/04/2024</span></div>')
                page = re.sub(r'<div class="news-item">.*?</div>\n?', "", page).replace('<div class="paging">',
                                                                                        item + '<div class="paging">')
            return _Response(200, page.replace("page-2.htm", f"page-{n}.htm").encode("utf-8"),
                             {"Content-Type": "text/html; charset=utf-8"})
        for n in range(3, last + 1):
            if raw_path == nth(n):  # an article of its own: a title and a text no other page has
                rnd = random.Random(n)
                text = "".join(f"<p>{' '.join(rnd.choices(words, k=45))}.</p>" for _ in range(4))
                page = re.sub(r'(<div class="news-content">).*?(</div>)', rf"\1{text}\2", article, flags=re.S)
                page = page.replace(slug, nth(n)[len("/tin-tuc-su-kien/"):-len(".html")])
                page = page.replace(title, f"{' '.join(rnd.choices(words, k=8))} ({n})")
                return _Response(200, page.encode("utf-8"), {"Content-Type": "text/html; charset=utf-8"})
        return None

    patch(site, answer)
    sites.reset_log()
    proc, items = crawl(registry, tmp_path, "-a", f"site={site}", "-a", "mode=backfill")
    assert len(sites.hits(site, "/tin-tuc-su-kien/page-")) == last - 1
    got = {urlsplit(i["url"]).path for i in items}
    assert {nth(n) for n in range(3, last + 1)} <= got and missing_articles(site, items) == []
    assert "/cut'" not in proc.stderr and "looks like a trap" not in proc.stderr


# -- budgets --------------------------------------------------------------------------------------
def test_page_budget_cuts_each_site_and_the_next_run_catches_up(sites, registry, tmp_path):
    proc, items = crawl(registry, tmp_path, "-s", "LMHTX_SITE_MAX_PAGES=8")
    stats = stats_of(proc.stderr)
    for site in SITES:
        assert 1 <= len(pages(sites, site)) <= 8
        assert stats[f"portals/site/{site}/cut"] == "'pages'"
    assert stats["portals/cut"] == "2"
    assert len(re.findall(r"WARNING: .*over its page budget \(8 pages\)", proc.stderr)) == 2
    # what was collected is archived, and both sites are walked to the end next time
    with Archive(tmp_path / "data") as archive:
        assert {i["canonical_url"] for i in items} <= {a["canonical_url"] for a in archive.articles()}
        assert archive.sites_to_catch_up() == set(SITES)


def test_site_time_limit_cuts_a_slow_site(sites, registry, patch, tmp_path):
    slow = "lmhtx-nghean"

    def slowly(raw_path):
        time.sleep(1.0)

    patch(slow, slowly)
    proc, items = crawl(registry, tmp_path, "-s", "LMHTX_SITE_MAX_MINUTES=0.03")  # 1.8 s
    hits = sorted(h.time for h in pages(sites, slow))
    assert 1 <= len(hits) <= 6  # 2 at a time, 1 s each: no request started after 1.8 s
    assert hits[-1] - hits[0] < 1.8 + 1.0
    stats = stats_of(proc.stderr)
    assert stats[f"portals/site/{slow}/cut"] == "'time'"
    assert len(re.findall(rf"WARNING: {slow}: over its time limit", proc.stderr)) == 1
    assert "finish_reason': 'finished'" in proc.stderr  # the rest of the run went on
    assert {i["site"] for i in items} >= {"lmhtx-ninhbinh"}


def test_run_time_limit_closes_the_run(sites, registry, patch, tmp_path):
    site = "lmhtx-ninhbinh"
    patch(site, calendar_by_query)
    link_from_home(sites, site, "/lich?ngay=1")
    started = time.monotonic()
    proc, items = crawl(registry, tmp_path, "-a", f"site={site}", "-s", "LMHTX_RUN_MAX_MINUTES=0.05",
                        "-s", "LMHTX_TRAP_DEPTH=0", "-s", "LMHTX_TRAP_VARIANTS=0")  # 3 s, the trap left open
    assert time.monotonic() - started < 30
    assert "finish_reason': 'run_time_limit'" in proc.stderr
    assert len(re.findall(r"WARNING: run over its time limit", proc.stderr)) == 1
    # the trap ran until the run was stopped (more pages than a trap cut would allow; few
    # enough that a loaded machine fetches them in the 3 s)
    assert len(pages(sites, site, "/lich")) > 10
    with Archive(tmp_path / "data") as archive:  # what it collected is kept
        assert {i["canonical_url"] for i in items} <= {a["canonical_url"] for a in archive.articles()}


# -- Retry-After ----------------------------------------------------------------------------------
def rate_limited(path: str, waits: list):
    """`path` answers 429 with each of `waits` in turn (a Retry-After value, or a function
    giving it when asked), then the site's own page."""
    waits = list(waits)

    def answer(raw_path):
        if raw_path == path and waits:
            wait = waits.pop(0)
            return _Response(429, b"slow down", {"Retry-After": wait() if callable(wait) else wait})
        return None

    return answer


def test_retry_after_is_honoured(sites, registry, patch, tmp_path):
    site = "lmhtx-ninhbinh"
    listing = "/tin-tuc-su-kien.htm"

    def in_three_seconds():  # an HTTP-date: whole seconds, so between 2 and 3 s from now
        return time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 3))

    patch(site, rate_limited(listing, ["1", in_three_seconds]))
    proc, items = crawl(registry, tmp_path, "-a", f"site={site}")
    asked = sorted(h.time for h in sites.hits(site, listing))
    assert len(asked) == 3
    assert asked[1] - asked[0] >= 1.0 and asked[2] - asked[1] >= 1.9  # not the 0.05 s backoff
    assert stats_of(proc.stderr)["retry_after/honoured"] == "2"
    assert missing_articles(site, items) == []


def test_retry_after_past_the_cap_is_given_up_for_the_night(sites, registry, patch, tmp_path):
    site = "lmhtx-ninhbinh"
    listing = "/tin-tuc-su-kien.htm"
    patch(site, rate_limited(listing, ["120"] * 5))
    proc, items = crawl(registry, tmp_path, "-a", f"site={site}", "-s", "LMHTX_RETRY_AFTER_MAX=10")
    assert len(sites.hits(site, listing)) == 1  # asked once, not hammered
    stats = stats_of(proc.stderr)
    assert stats["retry_after/gave_up"] == "1" and "retry_after/honoured" not in stats
    assert stats[f"portals/site/{site}/http_429"] == "1" and stats[f"portals/site/{site}/listing_errors"] == "1"
    assert len(re.findall(r"WARNING: .*asks to wait 120 s \(Retry-After\)", proc.stderr)) == 1
    assert items  # the rest of the site was crawled
    with Archive(tmp_path / "data") as archive:  # a listing lost: walked to the end next time
        assert site in archive.sites_to_catch_up()


# -- robots.txt -----------------------------------------------------------------------------------
def test_robots_txt_5xx_skips_the_site_for_the_night(sites, registry, tmp_path):
    down, other = "lmhtx-nghean", "lmhtx-ninhbinh"
    sites.set_status(down, "/robots.txt", 500)
    try:
        proc, items = crawl(registry, tmp_path)
    finally:
        sites.set_status(down, "/robots.txt", None)
    assert pages(sites, down) == []  # only robots.txt was asked (and retried)
    assert len(sites.hits(down, "/robots.txt")) == 4  # RETRY_TIMES=3: one copy, not the spider's too
    assert {i["site"] for i in items} == {other}
    assert missing_articles(other, items) == []
    stats = stats_of(proc.stderr)
    assert stats[f"portals/site/{down}/robots_unavailable"] == "1" and f"portals/site/{other}/robots_unavailable" not in stats
    assert len(re.findall(rf"WARNING: {down}: robots.txt answered 500: the site is skipped", proc.stderr)) == 1
    with Archive(tmp_path / "data") as archive:
        assert down in archive.sites_to_catch_up()


def test_unreachable_robots_txt_skips_the_site(sites, registry, tmp_path):
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        dead = f"http://127.0.0.1:{s.getsockname()[1]}"
    entries = yaml.safe_load(registry.read_text(encoding="utf-8"))["sites"]
    entries.append({"id": "lmhtx-chet", "province": "ha-noi", "name": "Liên minh HTX (máy chủ tắt)",
                    "start_urls": [dead + "/"]})
    registry.write_text(yaml.safe_dump({"sites": entries}, allow_unicode=True), encoding="utf-8")
    proc, items = crawl(registry, tmp_path)
    assert {i["site"] for i in items} == set(SITES)
    assert all(missing_articles(site, items) == [] for site in SITES)
    stats = stats_of(proc.stderr)
    assert stats["portals/site/lmhtx-chet/robots_unavailable"] == "1" and stats["portals/site/lmhtx-chet/errors"] == "1"
    assert len(re.findall(r"WARNING: lmhtx-chet: robots.txt unreachable \(.*\): the site is skipped", proc.stderr)) == 1


def test_robots_txt_404_allows_all(sites, registry, patch, tmp_path):
    site = "lmhtx-nghean"
    sites.set_page(site, "/data/lich-cong-tac.html", page("<h1>Lịch công tác</h1><p>Tuần này: họp giao ban.</p>"))
    link_from_home(sites, site, "/data/lich-cong-tac.html")  # /data/ is disallowed by its robots.txt
    sites.set_status(site, "/robots.txt", 404)
    try:
        proc, items = crawl(registry, tmp_path, "-a", f"site={site}")
    finally:
        sites.set_status(site, "/robots.txt", None)
    assert missing_articles(site, items) == []
    assert sites.hits(site, "/data/lich-cong-tac.html")  # robots.txt is missing tonight: all allowed
    assert len(pages(sites, site)) > 10
    assert "robots_unavailable" not in proc.stderr
