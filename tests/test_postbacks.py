"""An ASP.NET listing whose older pages are reached only by posting its form back
(`javascript:__doPostBack(..., 'Page$2')`): which links are its pager, and a real crawl that
posts them, over loopback, with the site's sitemap gone."""

import pytest

from crawler.parsing import parse_html
from crawler.postbacks import PostBack, pager_postbacks
from samples.score import expected_sites
from samples.server import SampleSites
from tests.helpers import crawl_generic

SITE = "lmhtx-soctrang"
CATEGORY = "/lmhtx/Pages/tin-hoat-dong.aspx"
FORM = ('<form method="post" action="./tin.aspx" id="aspnetForm"><input type="hidden" name="__VIEWSTATE" value="x">'
        '<input type="hidden" name="__EVENTTARGET" value=""><input type="hidden" name="__EVENTARGUMENT" value="">{}</form>')


def links(body: str, form: bool = True) -> list[PostBack]:
    return pager_postbacks(parse_html(f"<html><body>{FORM.format(body) if form else body}</body></html>"))


def test_a_grid_pager_is_posted_and_nothing_else():
    pager = ("<span>1</span> <a href=\"javascript:__doPostBack('ctl00$g_1$gvTinTuc','Page$2')\">2</a> "
             "<a href=\"javascript:__doPostBack('ctl00$g_1$gvTinTuc','Page$3')\">3</a> "
             "<a href=\"javascript:__doPostBack('ctl00$g_1$gvTinTuc','Page$Next')\">...</a>")
    others = ("<a href=\"javascript:__doPostBack('ctl00$g_poll$btnVote','')\">Bình chọn</a>"
              "<a href=\"javascript:__doPostBack('ctl00$btnGui','')\">Gửi</a>"
              "<a href=\"javascript:__doPostBack('ctl00$lbtSearch','')\">2</a>"  # a number, but not a pager control
              "<a href=\"javascript:void(0)\">3</a>")
    assert links(pager + others) == [PostBack("ctl00$g_1$gvTinTuc", "Page$2", "2"),
                                     PostBack("ctl00$g_1$gvTinTuc", "Page$3", "3"),
                                     PostBack("ctl00$g_1$gvTinTuc", "Page$Next", None)]
    assert links(pager, form=False) == []  # no form to post: nothing to follow


def test_a_link_button_pager_by_its_text():
    body = ("<a href=\"javascript:__doPostBack('ctl00$Main$rptPager$ctl01$lbtPage','')\">2</a>"
            "<a href=\"javascript:WebForm_DoPostBackWithOptions(new WebForm_PostBackOptions(&quot;ctl00$Main$lbtNext&quot;, "
            "&quot;&quot;, true, &quot;&quot;, &quot;&quot;, false, true))\">Trang sau »</a>")
    assert links(body) == [PostBack("ctl00$Main$rptPager$ctl01$lbtPage", "", "2"),
                           PostBack("ctl00$Main$lbtNext", "", None)]


@pytest.fixture(scope="module")
def site():
    with SampleSites(sites=[SITE], ip_base=180) as live:
        live.start()
        yield live


def test_older_articles_reached_by_posting_the_pager(site, tmp_path):
    site.set_status(SITE, "/sitemap.xml", 404)  # the other way to them
    proc, items = crawl_generic(site, tmp_path)
    got = {item["canonical_url"] for item in items}
    expected = expected_sites()[SITE]["articles"]
    postback_only = [a["path"] for a in expected if a.get("only_in") == "postback"]
    assert postback_only
    assert {a["path"] for a in expected} <= {u.removeprefix(site.base(SITE)) for u in got}
    posts = [h for h in site.hits(SITE) if h.method == "POST"]
    assert [(h.path, h.status) for h in posts] == [(CATEGORY, 200)]  # page 2, once; never the poll or a form
    assert "portals/site/lmhtx-soctrang/postback_pages': 1" in proc.stderr
