"""One article met under a second address on a later night (its slug renamed with its title, its
id at another of the CMS's addresses linked from a new listing) stays one article: the archive's articles are the first
addresses the crawl joins a page to, not only what the run itself met. A small portal served
over loopback, crawled by `lmhtx nightly` twice with a generic registry entry."""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from crawler.archive import Archive
from crawler.stats import site_key
from tests.helpers import nightly

SITE = "lmhtx-thunghiem"
TITLES = {4521: "Hợp tác xã rau an toàn mở rộng vùng trồng", 4522: "Liên minh HTX tỉnh tập huấn chuyển đổi số",
          4523: "Hội nghị tổng kết phong trào kinh tế tập thể năm 2024"}
PARAGRAPH = ("Ngày {day}/3/2024, tại hội trường, {subject} đã tổ chức buổi làm việc với các hợp tác xã "
             "thành viên về kế hoạch sản xuất, tiêu thụ sản phẩm và hỗ trợ vốn cho các tổ hợp tác trên "
             "địa bàn tỉnh trong thời gian tới, bài số {n}.")


def slug(n: int, suffix: str = "") -> str:
    return f"/tin/{n}/bai-viet-so-{n}{suffix}.html"


def article(n: int) -> str:
    paragraphs = "".join(f"<p>{PARAGRAPH.format(day=10 + n % 10, subject=s, n=n)}</p>"
                         for s in ("Liên minh HTX tỉnh", "Ban Thường trực", "các phòng chuyên môn", "đoàn công tác"))
    return (f"<!doctype html><html lang=vi><head><meta charset=utf-8><title>{TITLES[n]}</title></head><body>"
            '<nav><a href="/">Trang chủ</a> <a href="/tin-tuc.html">Tin tức</a></nav>'
            f"<main><h1>{TITLES[n]}</h1><div class=date>Ngày đăng: {10 + n % 10}/03/2024 08:30</div>"
            f"<div class=content>{paragraphs}</div></main>"
            "<footer>Liên minh Hợp tác xã tỉnh Thử Nghiệm · Đường Trần Hưng Đạo</footer></body></html>")


def listing(links: list[tuple[int, str]]) -> str:
    items = "".join(f'<li><a href="{path}">{TITLES[n]}</a> <span>{10 + n % 10}/03/2024</span></li>' for n, path in links)
    return (f"<!doctype html><html lang=vi><head><meta charset=utf-8><title>Tin tức</title></head><body>"
            f'<nav><a href="/">Trang chủ</a> <a href="/tin-tuc.html">Tin tức</a></nav><h1>Tin tức</h1><ul>{items}</ul>'
            "</body></html>")


class Portal(BaseHTTPRequestHandler):
    pages: dict[str, str] = {}

    def do_GET(self):
        page = self.pages.get(self.path)
        body = page.encode("utf-8") if page else b""
        self.send_response(200 if page else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def portal():
    server = ThreadingHTTPServer(("127.0.0.1", 0), Portal)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        server.server_close()


def test_an_article_met_at_another_address_on_a_later_night_stays_one(portal, tmp_path):
    Portal.pages = {slug(n): article(n) for n in TITLES}
    Portal.pages["/tin-tuc.html"] = Portal.pages["/"] = listing([(n, slug(n)) for n in TITLES])
    registry = tmp_path / "sites.yaml"
    registry.write_text(f"sites:\n  - id: {SITE}\n    province: ha-noi\n    name: Liên minh Hợp tác xã tỉnh Thử Nghiệm\n"
                        f"    start_urls: ['{portal}/tin-tuc.html']\n", encoding="utf-8")
    data = tmp_path / "data"
    first = nightly(registry, data, "-s", "ROBOTSTXT_OBEY=False")
    assert first.returncode == 0, first.stderr[-3000:]
    with Archive(data) as archive:
        assert {a["title"] for a in archive.articles()} == set(TITLES.values())

    # The next night the listing links 4521 under a renamed slug (the old one still answers) and
    # 4522 at the CMS's other address for it: the same texts, the same ids.
    Portal.pages[slug(4521, "-cap-nhat")] = article(4521)
    Portal.pages["/chi-tiet?id=4522"] = article(4522)
    Portal.pages["/tin-tuc.html"] = Portal.pages["/"] = listing(
        [(4521, slug(4521, "-cap-nhat")), (4522, "/chi-tiet?id=4522"), (4523, slug(4523))])
    second = nightly(registry, data, "-s", "ROBOTSTXT_OBEY=False")
    assert second.returncode == 0, second.stderr[-3000:]
    with Archive(data) as archive:
        kept = sorted((a["canonical_url"].removeprefix(portal), a["title"]) for a in archive.articles())
        run = archive.runs()[0]
    assert kept == sorted((slug(n), t) for n, t in TITLES.items())
    assert run["new_articles"] == 0
    joined = run["stats"].get(site_key(SITE, "slug_alias"), 0) + run["stats"].get(site_key(SITE, "content_alias"), 0)
    assert joined == 2, sorted((k, v) for k, v in run["stats"].items() if SITE in k)
