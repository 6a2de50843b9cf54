"""`lmhtx sites add URL`: a portal tried over real HTTP (the sample portals on loopback), what
would be archived printed, the proposed entry validated by the registry's own loader."""

import json
import re
import shutil
import subprocess
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
import yaml

from crawler.registry import DEFAULT_REGISTRY, load_sites
from samples.server import SAMPLES_DIR

ROOT = Path(__file__).resolve().parent.parent


def lmhtx(*args, timeout=60):
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=timeout)


def add(url, *args):
    return lmhtx("sites", "add", url, "--delay", "0", "--timeout", "5", *args)


def expected_titles(site):
    return {a["title"] for a in json.loads((SAMPLES_DIR / site / "expected.json").read_text(encoding="utf-8"))["articles"]}


def sample_titles(stdout):
    return re.findall(r"(?m)^  [1-3]\. (.+)$", stdout)


def proposed_entry(stdout):
    block = stdout.split("Proposed registry entry", 1)[1].split("\n", 1)[1]
    (entry,) = yaml.safe_load(block.split("\n\n", 1)[0])
    return entry


def one_line_error(proc):
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("lmhtx: error: ") and "Traceback" not in proc.stderr, proc.stderr
    return lines[0]


@pytest.fixture
def registry_copy(tmp_path):
    path = tmp_path / "sites.yaml"
    shutil.copyfile(DEFAULT_REGISTRY, path)
    return path


@pytest.mark.parametrize("site, province", [("lmhtx-hue", "thua-thien-hue"), ("lmhtx-binhthuan", "binh-thuan"),
                                            ("vca", "vn")])
def test_add_shows_three_real_articles_and_the_entry(samples, site, province):
    base = samples.base(site)
    proc = add(base + "/", "--province", province)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    titles = sample_titles(proc.stdout)
    assert len(titles) == 3 and set(titles) <= expected_titles(site), titles
    assert re.search(r"(?m)^     date:   \d{4}-\d\d-\d\dT.* \(from [\w-]+\)$", proc.stdout)
    assert "Template: learned from 13 pages" in proc.stdout and "title suffix: '" in proc.stdout
    assert re.search(r"Article URL templates: /\S+ \(\d+ articles\)", proc.stdout)
    assert re.search(r"(?m)^Not articles: \d+\n +\d+ \w+: ", proc.stdout)  # counted, with their reason
    entry = proposed_entry(proc.stdout)
    host = base.split("//")[1].split(":")[0]
    assert entry["province"] == province and entry["start_urls"] == [base + "/"]
    assert entry["allowed_domains"] == [host] and entry["verified"] is False
    assert entry["name"].startswith("Liên minh") and "sites add" in entry["notes"]


def test_province_is_guessed_from_the_page(samples):
    proc = add(samples.base("lmhtx-hue") + "/", "--pages", "4")
    assert proc.returncode == 0, proc.stderr
    assert proposed_entry(proc.stdout)["province"] == "thua-thien-hue"
    assert "guessed" in proc.stdout


def test_save_appends_an_entry_the_loader_accepts(samples, registry_copy):
    before = registry_copy.read_text(encoding="utf-8")
    proc = add(samples.base("lmhtx-binhthuan") + "/", "--province", "binh-thuan", "--id", "lmhtx-binhthuan-test",
               "--save", str(registry_copy))
    assert proc.returncode == 0, proc.stderr
    assert registry_copy.read_text(encoding="utf-8").startswith(before)  # appended: comments kept
    site = next(s for s in load_sites(registry_copy) if s.id == "lmhtx-binhthuan-test")
    assert site.province == "binh-thuan" and site.start_urls == (samples.base("lmhtx-binhthuan") + "/",)
    assert not site.verified and site.family == "generic"
    # The same portal again is refused: it is in the registry already.
    again = add(samples.base("lmhtx-binhthuan") + "/", "--save", str(registry_copy))
    assert again.returncode == 2 and "already" in one_line_error(again)


def test_duplicate_id_is_refused(samples, registry_copy):
    before = registry_copy.read_text(encoding="utf-8")
    samples.reset_log()
    proc = add(samples.base("lmhtx-hue") + "/", "--province", "thua-thien-hue", "--id", "thua-thien-hue",
               "--save", str(registry_copy))
    assert proc.returncode == 2
    assert "duplicate id 'thua-thien-hue'" in one_line_error(proc)
    assert registry_copy.read_text(encoding="utf-8") == before
    assert samples.hits("lmhtx-hue") == []  # refused before any request


def test_invalid_province_is_refused_with_the_loaders_message(samples, registry_copy):
    proc = add(samples.base("lmhtx-hue") + "/", "--province", "hue-city", "--save", str(registry_copy))
    assert proc.returncode == 2
    assert "field 'province': unknown province 'hue-city'" in one_line_error(proc)


def test_no_province_on_the_page_asks_for_one(samples):
    proc = add(samples.base("offsite") + "/")
    assert proc.returncode == 2 and "--province" in one_line_error(proc)


def test_unreachable_url_is_one_line(tmp_path):
    proc = add("http://127.0.0.1:9/", "--province", "ha-noi")
    assert proc.returncode != 0 and proc.stdout == ""
    assert "127.0.0.1:9" in one_line_error(proc)


def test_a_site_without_articles_needs_attention(samples, registry_copy):
    before = registry_copy.read_text(encoding="utf-8")
    proc = add(samples.base("offsite") + "/", "--province", "ha-noi", "--save", str(registry_copy))
    assert proc.returncode == 1
    assert "No article found" in proc.stdout and "staff attention" in proc.stdout
    assert registry_copy.read_text(encoding="utf-8") == before  # nothing saved


# -- a tiny site of our own: hostile text, robots.txt ---------------------------------------------

@pytest.fixture
def tiny():
    pages: dict[str, str] = {}

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self):
            body = pages.get(self.path)
            data = (body or "not found").encode("utf-8")
            self.send_response(200 if body is not None else 404)
            self.send_header("Content-Type", "text/plain" if self.path.endswith(".txt") else "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(data)))
            self.end_headers()
            self.wfile.write(data)

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}", pages
    server.shutdown()
    server.server_close()


PROSE = ("Liên minh Hợp tác xã thành phố tổ chức hội nghị tổng kết hoạt động năm 2023, đánh giá kết quả "
         "hỗ trợ các hợp tác xã phát triển sản xuất, kinh doanh và chuyển đổi số trong nông nghiệp. ")


def test_crawled_text_is_printed_without_terminal_escapes(tiny):
    base, pages = tiny
    title = "Hội nghị tổng kết \x1b[2J\x1b]0;pwned\x07 năm 2023 &#27;[31m"
    pages["/tin-tuc/hoi-nghi-tong-ket-2023.html"] = (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1><p>Ngày 12/01/2024</p>"
        + "".join(f"<p>{PROSE} Đoạn {i}.</p>" for i in range(4)) + "</body></html>")
    proc = add(base + "/tin-tuc/hoi-nghi-tong-ket-2023.html", "--province", "ha-noi")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "\x1b" not in proc.stdout and "\x07" not in proc.stdout
    assert "Hội nghị tổng kết" in sample_titles(proc.stdout)[0]


def test_robots_txt_is_obeyed(tiny):
    base, pages = tiny
    pages["/robots.txt"] = "User-agent: *\nDisallow: /private/\n"
    pages["/private/index.html"] = "<html><head><title>Liên minh HTX tỉnh Nam Định</title></head></html>"
    proc = add(base + "/private/index.html")
    assert proc.returncode == 1 and "disallows" in one_line_error(proc)


# -- sites check shows the stored profile ------------------------------------------------------------

def test_sites_check_shows_the_learned_profile(samples, tmp_path):
    from crawler.archive import Archive
    from crawler.parsing import parse_html
    from crawler.profile import SiteProfile

    registry = samples.write_registry(tmp_path / "sites.yaml")
    profile = SiteProfile("lmhtx-hue")
    for i in range(6):
        profile.add(parse_html(f"<html><body><p>menu</p><p>trang {'x' * i}</p></body></html>"))
    with Archive(tmp_path / "data") as archive:
        archive.save_profile(profile)
    proc = lmhtx("sites", "check", "lmhtx-hue", "--sites", str(registry), "--data-dir", str(tmp_path / "data"),
                 "--timeout", "5")
    assert f"profile: template learned from {profile.pages} pages" in proc.stdout, proc.stdout + proc.stderr


# -- the pieces --------------------------------------------------------------------------------------

def test_province_and_id_guesses():
    from crawler.guess import derive_id, guess_province
    from crawler.parsing import parse_html
    from crawler.trial import plain

    def province(title, extra=""):
        return guess_province(parse_html(f"<html><head><title>{title}</title>{extra}</head><body></body></html>"))

    assert province("Trang chủ | Liên minh HTX TP. Hồ Chí Minh") == "ho-chi-minh"
    assert province("Liên minh HTX TP.HCM") == "ho-chi-minh"
    assert province("Liên minh Hợp tác xã tỉnh Bà Rịa - Vũng Tàu") == "ba-ria-vung-tau"
    assert province("LIÊN MINH HTX TINH THUA THIEN HUE - Trang chu") == "thua-thien-hue"
    assert province("Trang chủ - Liên minh Hợp tác xã Việt Nam") == "vn"
    assert province("Trang chủ", '<meta property="og:site_name" content="Liên minh HTX tỉnh Đắk Lắk">') == "dak-lak"
    assert province("Tình hình kinh tế tập thể") is None
    assert derive_id("https://lienminhhtx.thuathienhue.gov.vn/", "thua-thien-hue", set()) == "lienminhhtx-thuathienhue"
    assert derive_id("http://www.lmhtxdaknong.vn/", "dak-nong", {"lmhtxdaknong"}) == "lmhtxdaknong-2"
    assert derive_id("http://127.0.0.25:8000/", "thua-thien-hue", set()) == "lmhtx-thuathienhue"
    assert plain("a\x1b[31mb\r\nc\u202ed\x9b") == "a [31mb cd"
