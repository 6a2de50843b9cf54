"""What several test modules share that is not a fixture: paths, the figures of the sample
portals, a real `scrapy crawl` or `lmhtx nightly` in a subprocess, the archive/stats builders the report,
monitor and alert tests pin their numbers with, and the search-indexing helpers. Fixtures live
in conftest.py; a test module imports from here, never from another test module."""

import contextlib
import email
import email.policy
import json
import os
import re
import socket
import subprocess
import sys
import threading
import time
from datetime import datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from aiosmtpd.smtp import AuthResult, LoginPassword
from scrapy.utils.test import get_crawler

from crawler import provinces
from crawler.archive import Archive
from crawler.dates import TZ
from crawler.items import ArticleItem
from crawler.registry import Site
from pipelines.elasticsearch import ElasticsearchPipeline
from search.base import doc_id
from tests.esserver import make_index

ROOT = Path(__file__).resolve().parent.parent


def _sample_figures():
    import yaml

    from crawler import provinces
    from samples.score import SAMPLES_DIR, expected_sites

    expected = expected_sites()
    registry = yaml.safe_load((SAMPLES_DIR / "sites.yaml").read_text(encoding="utf-8"))["sites"]
    return (len(registry), sum(len(e["articles"]) for e in expected.values()),
            {e["province"]: provinces.today(e["province"]) for e in registry}, tuple(e["id"] for e in registry))


# What the sample portals hold (samples/), for tests that count a whole crawl.
SAMPLE_SITES, SAMPLE_ARTICLES, SAMPLE_PROVINCES, SAMPLE_SITE_IDS = _sample_figures()
# Held-out pages archived as articles that are none, not fixed yet (each in the closing note and
# bench/RESULTS.md): (site, path). tests/test_generic.py holds the crawl to these.
OPEN_EXTRAS = {
    # Bluesky (set 55c, stop 55): the profile's feed and a thread's later posts (self-replies, each its own
    # address) read as articles
    ("bsky-htxbaclieu", "/profile/lmhtxbaclieu.bsky.social"),
    *(("bsky-htxbaclieu", f"/profile/lmhtxbaclieu.bsky.social/post/{rkey}")
      for rkey in ("3laqctiv6hqh4", "3laqcvbimrtxx", "3lb73jejoswbj")),
    # Hive (set 53c, stop 53): a community's "created" list, its newest post shown with its body, read as an
    # article; Phorum (set 45): a reply's own view, in some crawls
    ("hive-htxdongthap", "/created/hive-175290"),
    ("thaoluan-htxdienbien", "/read.php?7,128,128"),
    # Chamilo (set 52a, stop 52): the course's home page, its notices' teasers under its tool icons, read as an
    # article in the crawls that reach it before the site's profile is ready
    ("chamilo-htxcamau", "/courses/LMHTXCM/index.php?id_session=0"),
    # vBulletin (set 24): a member's question topic, read as an article in the crawls that reach it before the
    # site's profile is ready (one run in two here, stop 51), a stub to the ready profile
    ("diendan-htxquangngai", "/forum/hoi-dap-htx/4797-tim-doi-tac-bao-tieu-que-tra-bong"),
    # set 51a (stop 51): a Groups.io reply's own page whose words are long enough without the message it quotes
    ("groupsio-htxthainguyen", "/g/lmhtx-thainguyen/message/1204"),
    # sets 49a-49d (stop 49): GNU social's notices of other accounts the alliance repeated, and the
    # conversation pages showing them (dated since a post's h-entry footer dates it); Carrd's hand-made page 2
    # of news; Google Groups' members' question threads
    *(("gnusocial-htxyenbai", p) for p in json.loads((ROOT / "samples" / "gnusocial-htxyenbai" / "expected.json")
                                                     .read_text(encoding="utf-8"))["non_articles"]
      if p.startswith(("/notice/", "/conversation/"))),
    ("htx-dongnai", "/tin-tuc-2"),
    *(("nhom-htxvinhlong", f"/g/lmhtx-vinhlong/c/{c}") for c in ("0pKxcGyizPv", "KkSWJ4f-ssb", "gzSzIe_yBAV")),
    # stop 50: Carrd's "Thông báo" section page (every section on every address) read as an article in the
    # crawl's order; a Google Groups question thread under the group's linked header (a box holding the page's
    # own title is no other page's teaser since uPortal's portlets, set 50c); Dreamwidth's day page of one
    # entry shown whole (set 50b)
    ("htx-dongnai", "/thong-bao"),
    ("nhom-htxvinhlong", "/g/lmhtx-vinhlong/c/5gc0gXvMaF4"),
    ("nhatky-htxbinhdinh", "/2024/10/02/"),
    # a newspaper's column: the paper's other articles, linked from every page's "Tin nổi bật" and
    # "Đọc nhiều" boxes under the same URL shape, are archived (no section to keep to: the column
    # is no path prefix of its articles)
    *(("chuyenmuc-kthtx-baobacninh", f"/{slug}.bbn") for slug in (
        "khoi-cong-cau-vuot-nut-giao-quoc-lo-18-186490", "clb-bong-chuyen-bac-ninh-gianh-ve-du-giai-vo-dich-quoc-gia-186455",
        "gia-lua-xuan-tang-nhe-nong-dan-phan-khoi-186503", "bac-ninh-don-hon-2-trieu-luot-khach-dip-le-hoi-xuan-186410",
        "phat-hien-co-so-san-xuat-banh-keo-khong-ro-nguon-goc-186377")),
    ("diendan-htxbacgiang", "/viewtopic.php?t=12"),  # phpBB: the board's sticky rules topic
    # BookStack (set 24, stop 30): a chapter's export (its pages in one file) read as an article
    *(("kienthuc-htxbinhthuan", f"/books/{p}/export/html") for p in (
        "tin-tuc-hoat-dong/chapter/nam-2025", "van-ban-huong-dan/chapter/ke-hoach-thong-bao")),
    # Halo (set 29, stop 35): its "moments" timeline, short dated notes each headed by its permalink
    ("nhatky-htxlangson", "/moments"),
    # LiveJournal (set 38b, stop 42): a poll's entry and the journal's table of contents, entries that are no
    # articles
    ("nhatky-htxvinhphuc", "/969.html"), ("nhatky-htxvinhphuc", "/369.html"),
    # sets 44a-44d (stop 44): BuddyPress' group page (its activity stream of one post); FluxBB's member list
    # and its sticky rules topic; PostNuke's home paged on, read before its 'read more' lines are known
    ("congdong-htxlongan", "/groups/htx-thanh-long-chau-thanh/"),
    ("diendan-htxkiengiang", "/userlist.php"), ("diendan-htxkiengiang", "/viewtopic.php?id=11"),
    ("hoatdong-htxhaiduong", "/index.php?module=News&func=view&startnum=6"),
    # sets 45a-45d (stop 45): Joomla 1.5's blog page 2 holding one post whole; YAF's and Snitz's sticky rules
    # topics and a member's question (YAF's topic of a reprint read under its own thread address too);
    # MoinMoin's old revisions and diffs; Coppermine's meta albums and a category's page 2
    ("congtin-htxbacgiang", "/tin-hoat-dong.html?start=5"),
    ("diendan-htxhue", "/posts/t117-Noi-quy-chuyen-muc-Tin-tuc-Thong-bao"),
    ("diendan-htxhue", "/posts/t122-HTX-Phu-Vang-gioi-thieu-nuoc-mam-truyen-thong-dat-OCOP-4-sao"),
    ("diendan-htxsoctrang", "/topic.asp?TOPIC_ID=1301"), ("diendan-htxsoctrang", "/topic.asp?TOPIC_ID=1309"),
    *(("wiki-htxdaknong", f"/TinTuc/2024/{page}?action={view}") for page in ("ThongBao08TBLMHTX", "AnToanThucPhamHTX")
      for view in ("recall&rev=1", "diff&rev1=1&rev2=2")),
    *(("anh-htxhagiang", p) for p in ("/thumbnails.php?album=lastup", "/thumbnails.php?album=lastup&page=1",
                                      "/thumbnails.php?album=lastup&page=2", "/index.php?cat=2&page=2")),
    # sets 46a-46d (stop 46): PunBB's member pages, member list and sticky topics; Phorum's message by its
    # permalink and another forum's message; PeerTube's short clips (a line each); Foswiki's old revisions
    ('diendan-htxphuyen', '/profile.php?id=5'),
    ('diendan-htxphuyen', '/profile.php?id=6'),
    ('diendan-htxphuyen', '/profile.php?id=9'),
    ('diendan-htxphuyen', '/userlist.php'),
    ('diendan-htxphuyen', '/viewtopic.php?id=21'),
    ('diendan-htxphuyen', '/viewtopic.php?id=27'),
    ('thaoluan-htxdienbien', '/read.php?4,120,120'),
    ('thaoluan-htxdienbien', '/read.php?7,128'),
    ('video-htxtravinh', '/w/BY7AiwM3FJXmy562oyibMi'),
    ('video-htxtravinh', '/w/DucuWEoKN5DrsURCDywe63'),
    ('video-htxtravinh', '/w/H8xBs1BCFqYwdAGxnpAADW'),
    ('video-htxtravinh', '/w/J1VQ1EYvXaUmPUUGC1UtQX'),
    ('video-htxtravinh', '/w/V8TJB7JCEqD92rVN1se8qo'),
    ('wiki-htxyenbai', '/bin/view/TinTuc/HopMatHtx2024?rev=1'),
    ('wiki-htxyenbai', '/bin/view/TinTuc/HopMatHtx2024?rev=2'),
    ('wiki-htxyenbai', '/bin/view/TinTuc/KyThuatChamSocQueHuuCo?rev=1'),
    # sets 47b (stop 47): bbPress' members' question topics, WoltLab's permalink of a post by its id,
    # JForum's moderation log
    ('diendan-htxdanang', '/forums/topic/hoi-ve-dieu-kien-vay-von-quy-ho-tro-phat-trien-htx/'),
    ('diendan-htxdanang', '/forums/topic/huong-dan-dang-ky-gian-hang-tren-san-ocop-da-nang/'),
    ('diendan-htxdanang', '/forums/topic/tong-hop-cau-hoi-thuong-gap-ve-luat-hop-tac-xa-nam-2023/'),
    ('diendan-htxlamdong', '/forum/thread/141-htx-hoa-v%E1%BA%A1n-th%C3%A0nh-gi%E1%BB%9Bi-thi%E1%BB%87u-hoa-c%C3%BAc-hoa-h%E1%BB%93ng-c%E1%BA%AFt-c%C3%A0nh/'),
    ('hoidap-htxcantho', '/moderation/showActivityLog.page'),
    # sets 48a-48d (stop 48): diaspora*'s profile stream (its pinned post whole) and its reshare's page,
    # JomSocial's member profiles (their activity stream), Hubzilla's channel stream, Pluck's category page
    # showing its one post whole
    ('mangxh-htxcaobang', '/people/18c63e534aca0cea9029c70d6e629a8b'),
    ('mangxh-htxcaobang', '/people/18c63e534aca0cea9029c70d6e629a8b?max_time=1739503200'),
    ('mangxh-htxcaobang', '/posts/48301'),
    ('congdong-htxphuyen', '/cong-dong/profile/57-van-phong-lien-minh-htx'),
    ('congdong-htxphuyen', '/cong-dong/profile/63-nguyen-thi-mai-huong'),
    ('xahoi-htxdienbien', '/channel/htxdienbien'),
    ('site-htxbentre', '/?file=thong-bao'),
}
# Articles a whole crawl misses, not fixed yet, (site, path).
OPEN_MISSES: set[tuple[str, str]] = {
    # Zenphoto (set 38b, stop 42): a short post whose photo's caption is its image page's link title
    # reads as a list of links
    ("album-htxthaibinh", "/news/lien-minh-htx-tinh-thai-binh-tong-ket-cong-tac-nam-2024"),
    # PostNuke (set 44b, stop 44): a story of two short paragraphs is a stub
    ("hoatdong-htxhaiduong", "/modules.php?op=modload&name=News&file=article&sid=146&mode=thread&order=0&thold=0"),
    # Omeka Classic (set 46d, stop 46): an item dated only by its Dublin Core "Ngày" field (a heading and a
    # value, no known label) has no article signal
    *(("thuvien-htxtiengiang", f"/items/show/{n}") for n in (15, 16, 17, 18)),
    # Misskey (set 47d, stop 47): a notice behind its content warning ("Tải thêm"), its title the warning
    ("mangxa-htxvinhlong", "/notes/9tdmlxs0k3vl0001"),
}
MISSED_AT_MOST = 0.01
# A whole crawl of the sample portals by the CLI, one process: 160-200 s on CI's two cores with
# 226 portals (stop 40); the limit only catches a hang, with room for the suite to grow.
WHOLE_CRAWL_SECONDS = 600


# The sample portals a test of the crawl's machinery (nightly runs, kills, locks, alerts, the live
# view, the search index) crawls: the six built with a family module and six generic ones. The
# checks that judge every portal (test_crawl, test_generic, test_pages, test_profile, test_nightly's
# incremental runs, the demo) crawl them all; the rest need not pay for 230 portals each time.
FEW_SITES = ("vca", "lmhtx-thaibinh", "lmhtx-ninhbinh", "lmhtx-daknong", "lmhtx-nghean", "lmhtx-haugiang",
             "lmhtx-kiengiang", "lmhtx-hue", "lmhtx-binhthuan", "lmhtx-camau", "lmhtx-haiduong", "lmhtx-bariavungtau")


# Articles a whole crawl archives twice, not fixed yet, at most so many by site (each in the closing
# note): Joomla 1.5's multipage article's parts (set 45a); Lemmy's post under its comments' addresses
# ("/comment/456") and Foswiki's current revision under "?rev=N" (sets 46c, 46d)
# (sets 48a, 48d, stop 48: a Jetspeed notice shown inside its category's window under the portlet's
# title, a JomSocial bulletin under its non-friendly address)
OPEN_DUPLICATES = {"congtin-htxbacgiang": 1, "congdong-htxkontum": 5, "wiki-htxyenbai": 2, "portal-htxlaocai": 1,
                   "congdong-htxphuyen": 1,
                   # Sakai (set 51c): an announcement in the portal's view and at its /access address, the
                   # portal's text with its "Từ" row
                   "sakai-htxhanam": 2}


def sample_items_range(sites) -> tuple[int, int]:
    """The fewest and most items a whole crawl of these portals archives: the open extras and
    duplicates of the blind sets vary from crawl to crawl with the order their pages meet a young
    profile; without them, each (`sample_items`)."""
    from samples.score import expected_sites

    expected = expected_sites()
    articles = sum(len(expected[s]["articles"]) for s in sites)
    return (articles - sum(1 for s, _ in OPEN_MISSES if s in sites),
            articles + sum(1 for s, _ in OPEN_EXTRAS if s in sites) + sum(n for s, n in OPEN_DUPLICATES.items() if s in sites))


def sample_items(sites) -> int:
    """The items a whole crawl of these sample portals archives, open misses and extras counted."""
    from samples.score import expected_sites

    expected = expected_sites()
    return (sum(len(expected[s]["articles"]) for s in sites) - sum(1 for s, _ in OPEN_MISSES if s in sites)
            + sum(1 for s, _ in OPEN_EXTRAS if s in sites))


FEW_ITEMS = sample_items(FEW_SITES)
# The fewest and most items a whole crawl of the samples archives.
SAMPLE_ITEMS_RANGE = sample_items_range(SAMPLE_SITE_IDS)


def a_whole_crawl(count: int) -> bool:
    """Whether a crawl of all the sample portals gave about every article: none short of the
    recall the samples are measured at, and no more items than their articles, open extras and
    open duplicates."""
    return (1 - MISSED_AT_MOST) * SAMPLE_ARTICLES <= count <= SAMPLE_ARTICLES + len(OPEN_EXTRAS) + sum(OPEN_DUPLICATES.values())


def sample_provinces_of_today(today: str) -> set[str]:
    """Provinces (as published) of the sample portals that roll up to today's `today`."""
    return {p for p, t in SAMPLE_PROVINCES.items() if t == today}


# A crawl of every sample portal (346) takes about 4 minutes on two cores with nothing else running;
# twice that before a test calls it hung
CRAWL_TIMEOUT = 600


def run_scrapy(registry: Path, out: Path, *extra: str, env: dict | None = None) -> subprocess.CompletedProcess:
    """A real `scrapy crawl portals` in a subprocess, as staff would run it. Its archive
    goes beside `out` unless `env` names LMHTX_DATA: never into the repository's ./data."""
    env = {"LMHTX_DATA": str(out.parent / "data"), **(env or {})}
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ELASTICSEARCH")}
    cmd = [sys.executable, "-m", "scrapy", "crawl", "portals", "-a", f"sites={registry}", "-O", str(out),
           "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_BACKOFF_BASE=0.05",
           "-s", "LOG_LEVEL=INFO", *extra]
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=CRAWL_TIMEOUT, env={**clean, **env})


def crawl_generic(sites, tmp_path: Path) -> tuple[subprocess.CompletedProcess, list[dict]]:
    """A crawl of running sample portals with their registry entries cut to a new portal's
    (generic: no family, selectors or URL patterns): the finished process and its items."""
    out = tmp_path / "items.jsonl"
    proc = run_scrapy(sites.write_registry(tmp_path / "sites.yaml", generic=True), out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    return proc, [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines() if line.strip()]


FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_BACKOFF_BASE=0.05"]


def nightly(registry: Path, data: Path, *extra: str, env: dict | None = None, wait: bool = True):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("ELASTICSEARCH", "LMHTX_ALERT"))}
    cmd = [sys.executable, "-m", "app.cli", "nightly", "--sites", str(registry), "--data-dir", str(data),
           *FAST, *extra]
    if not wait:
        return subprocess.Popen(cmd, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                                env={**clean, **(env or {})})
    return subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True, timeout=CRAWL_TIMEOUT, env={**clean, **(env or {})})


# -- the monitoring report, monitors and alerts: archives and run stats built by hand

NOW = datetime(2025, 6, 10, 8, 0, tzinfo=TZ)  # a Tuesday, ISO week 2025-W24


def site(site_id: str, province: str, name: str | None = None) -> Site:
    return Site(id=site_id, province=province, name=name or f"Liên minh HTX {site_id}",
                start_urls=(f"https://{site_id}.example.vn/",), allowed_domains=(f"{site_id}.example.vn",))


def add(archive: Archive, site_id: str, province: str, n: int, published: str | None, run: int | None) -> str:
    """Archive article n of a site; returns its id."""
    url = f"https://{site_id}.example.vn/tin-tuc/bai-{n}.html"
    item = {"url": url, "canonical_url": url, "site": site_id, "province": province,
            "province_today": provinces.today(province), "title": f"Hợp tác xã {site_id} bài {n}",
            "text": "Liên minh Hợp tác xã tỉnh tổ chức hội nghị tổng kết.", "published": published,
            "published_missing": published is None, "author": "Minh Anh", "content_hash": f"{site_id}-{n}",
            "fingerprint": f"fp-{site_id}-{n}", "attachments": [], "family": "generic"}
    assert archive.upsert(doc_id(url), item, run_id=run) == "new"
    return doc_id(url)


def site_stats(site_id: str, *, listing: int = 5, article: int = 0, other: dict | None = None, links: int = 0,
               known: int = 0, http: dict | None = None, errors: int = 0, items: int | None = None,
               dated: int = 0, authored: int = 0, texts: int | None = None, new: int = 0,
               responses: int | None = None) -> dict:
    """The stats keys the portals spider writes for one site in a run."""
    p = f"portals/site/{site_id}/"
    items = article if items is None else items
    stats = {p + "listing": listing, p + "article_links": links, f"incremental/known/{site_id}": known,
             f"articles/kept/{site_id}": items, f"archive/new/{site_id}": new, f"archive/changed/{site_id}": 0,
             f"coverage/{site_id}/items": items, f"coverage/{site_id}/published": dated,
             f"coverage/{site_id}/author": authored, f"coverage/{site_id}/text": items if texts is None else texts}
    if article:
        stats[p + "article"] = article
    if items - dated:
        stats[p + "undated"] = items - dated
    for kind, n in (other or {}).items():
        stats[p + kind] = n
    for code, n in (http or {}).items():
        stats[f"{p}http_{code}"] = n
    if errors:
        stats[p + "errors"] = errors
    pages = listing + article + sum((other or {}).values())
    stats[p + "responses"] = pages + sum((http or {}).values()) if responses is None else responses
    return stats


def run_stats(*per_site: dict, requests: int = 100) -> dict:
    stats = {"downloader/request_count": requests, "response_received_count": requests,
             "finish_reason": "finished", "elapsed_time_seconds": 312.5, "start_time": "2025-06-10 02:00:00",
             "log_count/ERROR": 0}
    for s in per_site:
        stats.update(s)
    stats["archive/new"] = sum(v for k, v in stats.items() if k.startswith("archive/new/"))
    stats["archive/changed"] = 0
    stats["articles/kept"] = sum(v for k, v in stats.items() if k.startswith("articles/kept/"))
    return stats


def finish(archive: Archive, run: int, stats: dict, *, status: str = "finished", reason: str = "finished") -> None:
    new = archive.db.execute("SELECT COUNT(*) FROM articles WHERE first_run = ?", (run,)).fetchone()[0]
    archive.finish_run(run, status=status, reason=reason, stats=stats, new=new, changed=0)


# -- search indexing: items, the Elasticsearch pipeline, what an index and an archive hold

NODE_CLASS = "tests.esserver.CompatNode"  # test-only: lets the Elasticsearch 9 client talk to osmem


def article(n: int, *, published: str | None = "2024-03-05T09:00:00+07:00") -> ArticleItem:
    url = f"https://lienminhhtx.example.vn/tin/{n}.html"
    return ArticleItem(url=url, canonical_url=url, site="daknong", province="dak-nong", province_today="lam-dong",
                       title=f"Tin hợp tác xã số {n}", text=f"Nội dung bài {n} về HTX.", published=published,
                       author=None, language="vi", doc_number=None, attachments=[],
                       fetched_at="2024-07-01T10:00:00+07:00", fingerprint=f"fp{n}")


def make_pipeline(url, tmp_path, alias, **settings):
    crawler = get_crawler(settings_dict={
        "ELASTICSEARCH_URL": url, "ELASTICSEARCH_NODE_CLASS": NODE_CLASS, "LMHTX_DATA": str(tmp_path / "data"),
        "ELASTICSEARCH_BATCH_SIZE": 5, "ELASTICSEARCH_BACKOFF_BASE": 0.05, "ELASTICSEARCH_RETRY_TIMES": 2,
        "ELASTICSEARCH_TIMEOUT": 2, **settings,
    })
    pipeline = ElasticsearchPipeline.from_crawler(crawler)
    inner = pipeline.index_factory
    pipeline.index_factory = lambda: _with_alias(inner(), alias)
    return pipeline, crawler.stats


def _with_alias(index, alias):
    index.alias = alias  # one alias per test on the shared server
    return index


def feed(pipeline, numbers) -> float:
    """Items through process_item as the crawl would; returns the longest call, in seconds."""
    longest = 0.0
    for n in numbers:
        item = article(n)
        t = time.perf_counter()
        assert pipeline.process_item(item) is item
        longest = max(longest, time.perf_counter() - t)
    return longest


def archive_ids(data: Path) -> set[str]:
    with Archive(data) as archive:
        return {a["id"] for a in archive.articles()}


def es_ids(url: str, alias: str = "articles") -> set[str]:
    index = make_index(url, alias=alias)
    try:
        index.refresh()
        client = index.client.options(ignore_status=404)
        # All of them in one page: a fixed page size lost ids once the samples passed it (1,045
        # articles against size=1000 read as articles missing from the index).
        total = client.count(index=alias).get("count", 0)
        assert total <= 10_000, "more documents than one search returns (index.max_result_window)"
        resp = client.search(index=alias, size=max(total, 1), query={"match_all": {}}, source=False)
        return {h["_id"] for h in resp.get("hits", {}).get("hits", [])}
    finally:
        index.close()


# -- alert receivers on loopback: a Slack-like webhook and an SMTP sink -----------------------
class Webhook:
    """A Slack-like receiver: records every POST; answers `status`; with `drip` (seconds), it
    trickles its answer one byte at a time, for a minute."""

    def __init__(self):
        self.posts: list[dict] = []
        self.status = 200
        self.drip = 0.0
        owner = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers["Content-Length"]))
                owner.posts.append({"path": self.path, "type": self.headers["Content-Type"],
                                    "json": json.loads(body.decode("utf-8"))})
                self.send_response(owner.status)
                if not owner.drip:
                    self.end_headers()
                    self.wfile.write(b"ok")
                    return
                self.send_header("Content-Length", "1000")
                self.end_headers()
                for _ in range(int(60 / owner.drip)):
                    try:
                        self.wfile.write(b".")
                        self.wfile.flush()
                    except OSError:  # the client gave up
                        return
                    time.sleep(owner.drip)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/hooks/lmhtx"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self):
        self.server.shutdown()
        self.server.server_close()


class Mailbox:
    """aiosmtpd handler keeping every message it is given."""

    def __init__(self):
        self.messages: list = []

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=email.policy.default)
        self.messages.append({"from": envelope.mail_from, "to": envelope.rcpt_tos, "message": message,
                              "login": session.auth_data.login if session.auth_data else None})
        return "250 OK"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and (auth_data.login, auth_data.password) == (b"canh-bao", b"bi-mat")
    return AuthResult(success=ok, handled=False, auth_data=auth_data)


AXE_BLOCKING = ("serious", "critical")


def axe_violations(page, impacts: tuple[str, ...] = AXE_BLOCKING) -> list[str]:
    """axe-core's violations of the page now shown in a Playwright page, those of the given
    impacts, as "rule (impact): target, …" lines (empty: none). axe-core comes bundled with
    axe-playwright-python, so nothing is fetched."""
    from axe_playwright_python.sync_playwright import Axe

    found = Axe().run(page).response["violations"]
    return [f"{v['id']} ({v['impact']}): " + ", ".join(str(n["target"]) for n in v["nodes"][:5])
            for v in found if v.get("impact") in impacts]


# --- the browser tests: Debian's Chromium, headless, driven by Playwright -----------------------

CHROMIUM = Path("/usr/bin/chromium")
SCREENS = Path("/tmp/lmhtx-screens")  # screenshots, for a human to look at
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def result_count(tab, pattern: re.Pattern) -> int:
    """The number of results the search page announces in #count, read with `pattern`."""
    text = tab.locator("#count").inner_text()
    m = pattern.search(text)
    assert m, text
    return int(m.group(1))


def submit_search(tab, base: str, text: str) -> None:
    """Types `text` into the search page's box and presses Enter, as staff do."""
    tab.goto(base + "/")
    tab.fill("#q", text)
    with tab.expect_navigation():
        tab.press("#q", "Enter")
    tab.wait_for_selector(".hit, #empty")


def loopback_tab(browser, base: str, *, ignore_console=None, **context_options):
    """(context, tab): a Chromium tab that may talk to the server at `base` only. It records
    every request (`tab.requests`), what tried to leave (`tab.outside`, aborted) and console
    errors and uncaught exceptions (`tab.errors`; `ignore_console(text)` drops expected ones).
    Options go to browser.new_context (default: 1280×900, vi-VN)."""
    from urllib.parse import urlsplit

    options = {"viewport": {"width": 1280, "height": 900}, "locale": "vi-VN", **context_options}
    context = browser.new_context(**options)
    host = urlsplit(base).netloc
    tab = context.new_page()
    tab.requests, tab.outside, tab.errors = [], [], []

    def only_loopback(route):
        tab.requests.append(route.request.url)
        if urlsplit(route.request.url).netloc == host:
            route.continue_()
        else:
            tab.outside.append(route.request.url)
            route.abort()

    def console(message):
        if message.type == "error" and not (ignore_console and ignore_console(message.text)):
            tab.errors.append(message.text)

    context.route("**/*", only_loopback)
    tab.on("console", console)
    tab.on("pageerror", lambda e: tab.errors.append(str(e)))
    return context, tab


@contextlib.contextmanager
def serving(backend, archive=None, **options):
    """The web app over `backend` (and `archive`) on a free loopback port, for the block; yields
    its base URL, then stops the server and closes the backend and the archive."""
    from app.web.server import start_in_thread

    server, base = start_in_thread(backend, archive, **options)
    try:
        yield base
    finally:
        server.shutdown()
        server.server_close()
        backend.close()
        if archive is not None:
            archive.close()
