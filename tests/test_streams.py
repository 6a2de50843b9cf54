"""A social stream shows its posts whole (HumHub's dashboard, a space's or a topic's stream), each
with its permalink in its menu's data and its time link; the permalink redirects to the post's own
page. A crawl of a new portal keeps each post once, at its own page, and no stream."""

import json

import pytest

from samples.score import SAMPLES_DIR, expected_sites
from samples.server import SampleSites
from tests.helpers import run_scrapy

SITE = "noibo-htxhoabinh"  # HumHub 1.15 (set 38b, built blind)
POST = "/s/tin-hoat-dong/post/post/view?id=130"  # its permalink /content/perma?id=395 redirects here
STREAMS = ("/dashboard", "/s/van-ban/", "/s/van-ban/?topicId=11", "/s/tin-hoat-dong/?topicId=14")


@pytest.fixture(scope="module")
def sites():
    with SampleSites(sites=[SITE], ip_base=210) as live:
        yield live


def _crawl(sites, tmp_path) -> dict[str, dict]:
    out = tmp_path / "items.jsonl"
    proc = run_scrapy(sites.write_registry(tmp_path / "sites.yaml", generic=True, only=[SITE]), out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    base = sites.base(SITE)
    return {json.loads(line)["url"].removeprefix(base): json.loads(line)
            for line in out.read_text(encoding="utf-8").splitlines()}


def test_each_post_is_kept_at_its_own_page_and_no_stream_is_an_article(sites, tmp_path):
    items = _crawl(sites, tmp_path)
    assert not set(STREAMS) & set(items), "a stream was taken for its first post"
    assert {a["path"] for a in expected_sites()[SITE]["articles"]} <= set(items)


def test_a_post_page_naming_no_canonical_is_kept_though_its_permalink_leads_back_to_it(sites, tmp_path):
    # the post's page without its rel=canonical: it names its permalink as the streams do, and waits
    # for it; the permalink redirects to the page itself, which is no other post's
    route = next(p for p in (SAMPLES_DIR / SITE / "www" / "_routes").iterdir() if p.name.startswith("s-tin-hoat-dong-post-post-view-id-130-"))
    html = route.read_text(encoding="utf-8").replace(
        f'<link href="{{{{base}}}}{POST}" rel="canonical">', "").replace("{{base}}", sites.base(SITE))
    assert 'rel="canonical"' not in html
    sites.set_page(SITE, POST, html)
    items = _crawl(sites, tmp_path)
    assert items.get(POST, {}).get("title") == "Những lưu ý khi HTX chăm sóc lúa mùa giai đoạn mạ"
    assert "/s/tin-hoat-dong/?topicId=14" not in items  # (its topic's stream shows it whole)
