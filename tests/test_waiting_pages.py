"""Pages read before their site's profile is ready wait for it: a short post read among the
first pages of a new portal looks like a stub (its day line in the very form of the top bar's
today banner, its few lines beside the sidebar's), and is judged again once the template is known."""

import json

import pytest
import yaml

from samples.server import SampleSites
from tests.helpers import run_scrapy

SITE = "lmhtx-angiang"  # a WordPress news theme: the home page links every post, the day beside a clock icon
SHORT_POST = "/htx-thuy-san-an-phu-nuoi-ca-ro-dong-theo-vietgap/"  # two sentences, a photo and its source


@pytest.fixture(scope="module")
def sites():
    with SampleSites(sites=[SITE], ip_base=120) as live:
        yield live


def test_a_short_post_read_before_the_profile_is_ready_is_kept(sites, tmp_path):
    registry = sites.write_registry(tmp_path / "all.yaml", generic=True)
    entries = [e for e in yaml.safe_load(registry.read_text(encoding="utf-8"))["sites"] if e["id"] == SITE]
    registry.write_text(yaml.safe_dump({"sites": entries}, allow_unicode=True), encoding="utf-8")
    out = tmp_path / "items.jsonl"
    # (the home page links it: it is read among the first pages, before the profile is ready;
    # the code before the fix lost it so)
    proc = run_scrapy(registry, out)
    assert proc.returncode == 0, proc.stderr[-3000:]
    base = sites.base(SITE)
    items = {json.loads(line)["url"]: json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()}
    item = items.get(base + SHORT_POST)
    assert item is not None, "the short post was taken for a stub"
    assert item["published"] == "2024-10-22T00:00:00+07:00"
    assert item["text"].startswith("HTX Thủy sản Phú Hữu (huyện An Phú) chuyển 18 ha ruộng")
