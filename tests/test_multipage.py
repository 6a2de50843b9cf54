"""An article split over pages (Joomla's pagebreak): its next part found, a part met alone not
taken for an article, and a real crawl over loopback that archives the whole text once."""

import re

import pytest

from crawler.multipage import is_part, joined, next_part
from crawler.parsing import parse_html
from crawler.urls import article_address
from samples.score import expected_sites
from samples.server import SampleSites
from tests.helpers import crawl_generic

URL = "http://lmhtx.example.vn/index.php?option=com_content&view=article&id=455:kinh-te&catid=9&Itemid=101"


def doc(body: str):
    return parse_html(f"<html><body>{body}</body></html>")


def test_the_next_part_is_the_same_article_with_a_page_parameter():
    pager = f'<ul class="pagenav"><li><a href="{URL.replace("&", "&amp;")}&amp;limitstart=1" rel="next">Tiếp &gt;</a></li></ul>'
    assert next_part(doc(pager), URL) == URL + "&limitstart=1"
    worded = f'<a href="{URL.replace("&", "&amp;")}&amp;limitstart=1">Trang sau</a>'
    assert next_part(doc(worded), URL) == URL + "&limitstart=1"
    # the next article, a listing's next page, the "all pages" view: no part of this article
    other = URL.replace("id=455:kinh-te", "id=456:hoi-nghi").replace("&", "&amp;")
    assert next_part(doc(f'<a href="{other}" rel="next">Tiếp &gt;</a>'), URL) is None
    assert next_part(doc('<a href="/tin-tuc?page=2" rel="next">Trang sau</a>'), URL) is None
    assert next_part(doc(f'<a href="{URL.replace("&", "&amp;")}&amp;showall=1">Tiếp</a>'), URL) is None


def test_every_view_of_an_article_has_its_address():
    # Joomla links its first part "showall=&limitstart=" (empty values): read from there, the
    # next part is still this article's (else that view goes out first with half the text)
    views = [URL + "&showall=&limitstart=", URL + "&limitstart=1", URL + "&showall=1", URL + "&limitstart=0"]
    assert {article_address(v) for v in views} == {article_address(URL)}
    first = URL + "&showall=&limitstart="
    pager = f'<a href="{URL.replace("&", "&amp;")}&amp;limitstart=1" rel="next">Tiếp &gt;</a>'
    assert next_part(doc(pager), first) == URL + "&limitstart=1"
    # a page parameter naming a view is part of the address (Pluck's posts)
    pluck = "http://x.vn/?file=tin-tuc&module=blog&page=viewpost&post=hoi-nghi"
    assert article_address(pluck) != article_address(pluck.replace("hoi-nghi", "dai-hoi"))


@pytest.mark.parametrize("url, part", [(URL + "&limitstart=1", True), (URL + "&limitstart=0", False),
                                       (URL + "&showall=1", False), ("http://x.vn/?p=123", False),
                                       ("http://x.vn/tin-tuc/bai-viet?page=2", True), (URL, False),
                                       # a forum thread's later page (XenForo's), and a page-word in a slug
                                       ("http://x.vn/threads/hoi-nghi-so-ket.125/page-2", True),
                                       ("http://x.vn/threads/hoi-nghi-so-ket.125/", False),
                                       ("http://x.vn/tin-tuc/page-1-cua-htx", False),
                                       # a page parameter on the front page's address: part of nothing
                                       # (TinyPortal's article "?page=14"; the front page paged on)
                                       ("http://x.vn/index.php?page=14", False), ("http://x.vn/?page=2", False),
                                       # a page parameter naming a view, no number (Pluck's blog post)
                                       ("http://x.vn/?file=tin-tuc&module=blog&page=viewpost&post=hoi-nghi", False)])
def test_is_part(url, part):
    assert is_part(url) is part


def test_joined_adds_the_parts_new_lines_and_its_byline():
    item = {"title": "T", "text": "Mở đầu.\nĐoạn một.", "author": None, "content_hash": "", "fingerprint": ""}
    out = joined(dict(item), {"text": "Mở đầu.\nĐoạn hai.\nNhóm phóng viên", "author": "Nhóm phóng viên"})
    assert out["text"] == "Mở đầu.\nĐoạn một.\nĐoạn hai.\nNhóm phóng viên" and out["author"] == "Nhóm phóng viên"
    assert out["content_hash"] and out["fingerprint"]


SITE = "lmhtx-longan"


@pytest.fixture(scope="module")
def site():
    with SampleSites(sites=[SITE], ip_base=190) as live:
        live.start()
        yield live


def test_a_split_article_is_archived_whole_and_once(site, tmp_path):
    proc, items = crawl_generic(site, tmp_path)
    split = next(a for a in expected_sites()[SITE]["articles"] if "id=455" in a["path"])
    found = [i for i in items if "id=455" in i["canonical_url"]]
    assert len(found) == 1 and not is_part(found[0]["canonical_url"])
    assert found[0]["text"].split("\n") == split["body"].split("\n")
    assert found[0]["author"] == split["author"]
    assert re.search(r"portals/site/lmhtx-longan/article_parts': [1-9]", proc.stderr)  # the article and its aliases
