"""`lmhtx reextract` only improves the archive: a windows-1258 site whose header lies (the
registry's `encoding:` says the truth) is crawled, then re-extracted twice; the text stays the
crawl's, correct NFC Vietnamese, author and date kept, run links kept; an extraction that
would be worse (wrong charset, text lost) keeps the old revision and says so."""

import json
import sqlite3
import subprocess
import sys
import threading
import unicodedata
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from samples.server import encode_cp1258

ROOT = Path(__file__).resolve().parent.parent

PRODUCTS = ["lúa gạo hữu cơ", "cà phê đặc sản", "hồ tiêu sạch", "thủy sản nước lợ", "chè xanh Tân Cương", "rau an toàn"]
PARAGRAPHS = [
    "Sáng ngày {n} tháng 3, về {product}, Liên minh Hợp tác xã tỉnh tổ chức hội nghị tổng kết công tác năm và triển khai "
    "nhiệm vụ trọng tâm của kinh tế tập thể ngành {product}, với sự tham dự của đại diện các hợp tác xã trên địa bàn.",
    "Theo báo cáo, trong năm toàn tỉnh đã thành lập mới nhiều hợp tác xã {product}, doanh thu bình quân "
    "tăng so với cùng kỳ; nhiều mô hình liên kết sản xuất gắn với tiêu thụ sản phẩm đạt hiệu quả rõ rệt.",
    "Phát biểu tại hội nghị, lãnh đạo Liên minh đề nghị các hợp tác xã {product} đẩy mạnh chuyển đổi số, nâng cao "
    "năng lực quản trị, chú trọng xây dựng thương hiệu và tham gia chương trình mỗi xã một sản phẩm.",
    "Dịp này, nhiều tập thể sản xuất {product} và cá nhân có thành tích xuất sắc được khen thưởng vì những đóng góp tích cực "
    "cho sự phát triển của khu vực kinh tế hợp tác trong bối cảnh còn nhiều khó khăn, thách thức.",
]
AUTHORS = ["Nguyễn Thị Hương", "Trần Văn Đức", "Lê Quang Vĩnh", "Phạm Thủy Tiên", "Đặng Hữu Lộc", "Võ Thị Ánh"]
N = len(AUTHORS)


def title(n: int) -> str:
    return f"Hội nghị tổng kết kinh tế tập thể: hợp tác xã {PRODUCTS[n - 1]} đổi mới"


def page(head: str, body: str) -> str:
    # No meta charset: only the (lying) header and the registry speak of the encoding.
    return (f"<html><head><title>{head} - Liên minh Hợp tác xã tỉnh Thử Nghiệm</title></head><body>"
            '<div class="menu"><a href="/">Trang chủ</a> | <a href="/tin-tuc.html">Tin tức</a></div>'
            f"{body}<div class=\"footer\">Bản quyền thuộc Liên minh Hợp tác xã tỉnh Thử Nghiệm</div></body></html>")


def article(n: int) -> str:
    text = "".join(f"<p>{p.format(n=n, product=PRODUCTS[n - 1])}</p>" for p in PARAGRAPHS)
    return page(title(n), f'<div class="news"><h1 class="title">{title(n)}</h1>'
                          f'<div class="date">Ngày đăng: 1{n}/03/2024 08:3{n}</div>'
                          f'<div class="content">{text}</div><div class="author">{AUTHORS[n - 1]}</div></div>')


def listing() -> str:
    links = "".join(f'<li><a href="/tin/{n}.html">{title(n)}</a> (1{n}/03/2024)</li>' for n in range(1, N + 1))
    return page("Tin tức", f"<ul>{links}</ul>")


class Site1258(BaseHTTPRequestHandler):
    """windows-1258 bytes, tone marks combining, announced as UTF-8."""

    def do_GET(self):
        pages = {"/": listing(), "/tin-tuc.html": listing(), **{f"/tin/{n}.html": article(n) for n in range(1, N + 1)}}
        if self.path not in pages:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = encode_cp1258(pages[self.path])
        self.send_response(200)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


def registry(path: Path, base: str, *, encoding: bool = True, body: str = "div.content") -> Path:
    selectors = f"{{title: h1.title, date: div.date, body: '{body}', author: div.author}}"
    path.write_text("sites:\n  - id: lmhtx-thunghiem\n    province: ha-noi\n"
                    "    name: Liên minh Hợp tác xã tỉnh Thử Nghiệm\n"
                    f"    start_urls: ['{base}/tin-tuc.html']\n    selectors: {selectors}\n"
                    + ("    encoding: windows-1258\n" if encoding else ""), encoding="utf-8")
    return path


def lmhtx(*args):
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120)


def archived(data: Path) -> dict[str, tuple[dict, int, int, int]]:
    """id -> (item, revisions, first_run, last_run)."""
    with sqlite3.connect(data / "archive.sqlite3") as db:
        return {row[0]: (json.loads(row[1]), *row[2:])
                for row in db.execute("SELECT id, item, revisions, first_run, last_run FROM articles")}


def crawl(tmp: Path, *, encoding: bool = True) -> dict:
    """A crawl of the windows-1258 site into tmp/data, the registry telling its encoding or not."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), Site1258)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_port}"
    try:
        reg = registry(tmp / "sites.yaml", base, encoding=encoding)
        proc = lmhtx("crawl", "--sites", str(reg), "--data-dir", str(tmp / "data"), "-o", str(tmp / "items.jsonl"),
                     "-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "ROBOTSTXT_OBEY=False")
        assert proc.returncode == 0, proc.stderr[-3000:]
    finally:
        server.shutdown()
        server.server_close()
    items = [json.loads(line) for line in (tmp / "items.jsonl").read_text(encoding="utf-8").splitlines()]
    return {"tmp": tmp, "base": base, "data": tmp / "data", "items": items, "archive": archived(tmp / "data")}


@pytest.fixture(scope="module")
def crawled(tmp_path_factory):
    return crawl(tmp_path_factory.mktemp("reextract"))


def test_crawl_honours_the_registry_encoding(crawled):
    by_title = {i["title"]: i for i in crawled["items"]}
    assert set(by_title) == {title(n) for n in range(1, N + 1)}
    for n in range(1, N + 1):
        item = by_title[title(n)]
        assert item["author"] == AUTHORS[n - 1]
        assert item["published"] and item["published"].startswith(f"2024-03-1{n}")
        assert PARAGRAPHS[1].format(n=n, product=PRODUCTS[n - 1]) in item["text"] and "\ufffd" not in item["text"]
        assert unicodedata.is_normalized("NFC", item["text"] + item["title"])


def test_reextract_twice_keeps_the_crawl_text_author_date_and_run_links(crawled):
    before = crawled["archive"]
    assert len(before) == N
    for _ in range(2):
        proc = lmhtx("reextract", "--data-dir", str(crawled["data"]), "--no-reindex", "--verbose")
        assert proc.returncode == 0, proc.stderr[-3000:]
        assert f"same {N}" in proc.stdout and "kept 0" in proc.stdout, proc.stdout
        after = archived(crawled["data"])
        assert set(after) == set(before)  # nothing lost, nothing added
        for article_id, (item, revisions, first_run, last_run) in after.items():
            old, old_revisions, old_first, old_last = before[article_id]
            for name in ("title", "text", "author", "published", "canonical_url"):
                assert item[name] == old[name], (name, item[name], old[name])
            assert unicodedata.is_normalized("NFC", item["text"]) and "\ufffd" not in item["text"]
            assert (revisions, first_run, last_run) == (old_revisions, old_first, old_last)


def test_worse_reextraction_keeps_the_old_revision(crawled):
    """Rules that would garble the text (no registry encoding: the header's UTF-8 is believed):
    each article keeps its revision, and the run says so."""
    why = "undecodable"
    worse = registry(crawled["tmp"] / "no-encoding.yaml", crawled["base"], encoding=False)
    before = archived(crawled["data"])
    proc = lmhtx("reextract", "--data-dir", str(crawled["data"]), "--sites", str(worse), "--no-reindex", "-v")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"kept {N}" in proc.stdout and "changed 0" in proc.stdout, proc.stdout
    assert sum(why in line for line in proc.stdout.splitlines() if line.lstrip().startswith("kept ")) == N, proc.stdout
    assert archived(crawled["data"]) == before


def test_what_counts_as_worse(crawled):
    from crawler.reextract import worse

    for old in crawled["items"]:
        assert worse(old, dict(old)) is None
        assert worse(old, {**old, "text": old["text"] + "\nMột đoạn mới."}) is None  # more text: as good
        assert worse(old, {**old, "author": None}) == "author lost"
        assert worse(old, {**old, "published": None}) == "date lost"
        assert worse(old, {**old, "text": old["text"].split("\n")[0]}).startswith("text shorter")
        assert worse({**old, "author": None}, old) is None  # an author found: better


def test_reextract_repairs_a_charset_fixed_in_the_registry(tmp_path):
    """Crawled while the registry did not know the encoding (garbled), re-extracted once it
    does: every article gets a new, correct revision, the old one kept, the changes listed."""
    first = crawl(tmp_path, encoding=False)
    assert all("\ufffd" in item["title"] for item, *_ in first["archive"].values())
    fixed = registry(tmp_path / "fixed.yaml", first["base"])
    proc = lmhtx("reextract", "--data-dir", str(first["data"]), "--sites", str(fixed), "--no-reindex", "--verbose")
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert f"changed {N}" in proc.stdout, proc.stdout
    after = archived(first["data"])
    assert set(after) == set(first["archive"])
    assert {item["title"] for item, *_ in after.values()} == {title(n) for n in range(1, N + 1)}
    for article_id, (item, revisions, first_run, last_run) in after.items():
        old, _, old_first, old_last = first["archive"][article_id]
        assert item["author"] in AUTHORS and item["published"] == old["published"] and "\ufffd" not in item["text"]
        assert (revisions, first_run, last_run) == (2, old_first, old_last)
        assert f"changed {article_id}: title, author" in proc.stdout
    with sqlite3.connect(first["data"] / "archive.sqlite3") as db:  # the garbled revisions are kept
        assert db.execute("SELECT COUNT(*) FROM versions WHERE revision = 1").fetchone()[0] == N
