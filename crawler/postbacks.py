"""The pager of an ASP.NET WebForms page (DotNetNuke, SharePoint, the provincial portals): its
"2", "3", "Trang sau" links are `javascript:__doPostBack('ctl00$...$gvTinTuc','Page$2')`, which a
browser follows by posting the page's form back with `__EVENTTARGET` and `__EVENTARGUMENT` set.
Such a listing has no URL for its older pages, so a crawl that only follows hrefs stops at page
one, and the site's older articles are lost unless a sitemap or feed lists them.

Only pagers are posted: a postback also casts a poll's vote or sends a form, so a link is a page
of the list only when its argument is a GridView page command ("Page$2", "Page$Next") or its text
is a pager's ("2", "»", "Trang sau") and its control is named like one (pager, page, next).

Hand-written: Scrapy's `FormRequest.from_response` posts the form (the spider uses it); reading
which links are the pager is this module's concern, and no library does it.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from .links import PAGER_TEXT
from .text import clean_line

# javascript:__doPostBack('target','argument') and the WebForm_DoPostBackWithOptions form
_POSTBACK = re.compile(
    r"""^javascript:\s*(?:__doPostBack\(\s*['"](?P<t>[^'"]+)['"]\s*,\s*['"](?P<a>[^'"]*)['"]\s*\)"""
    r"""|WebForm_DoPostBackWithOptions\(\s*new\s+WebForm_PostBackOptions\(\s*['"](?P<t2>[^'"]+)['"]\s*,\s*['"](?P<a2>[^'"]*)['"])""",
    re.I,
)
_PAGE_COMMAND = re.compile(r"^Page\$(?:\d{1,4}|Next)$", re.I)  # GridView/DetailsView paging
_PAGER_CONTROL = re.compile(r"pag|trang|next|sau|tiep", re.I)  # a control named like a pager
_NUMBER = re.compile(r"^\d{1,4}$")
VIEWSTATE_FORM = "//form[.//input[@name='__VIEWSTATE']]"


class PostBack(NamedTuple):
    target: str  # __EVENTTARGET
    argument: str  # __EVENTARGUMENT
    page: str | None  # the page number it asks for; None for a relative one ("Trang sau", "Page$Next")


def pager_postbacks(doc) -> list[PostBack]:
    """The page's pager links that work by posting the form back, in page order, each once;
    none when the page has no WebForms form to post."""
    if not doc.xpath(VIEWSTATE_FORM):
        return []
    out: dict[tuple[str, str], PostBack] = {}
    for a in doc.xpath("//a[starts-with(normalize-space(@href), 'javascript:')]"):
        m = _POSTBACK.match((a.get("href") or "").strip())
        if m is None:
            continue
        target, argument = m.group("t") or m.group("t2"), m.group("a") or m.group("a2") or ""
        text = clean_line(a.text_content())
        if _PAGE_COMMAND.match(argument):
            number = argument.split("$", 1)[1]
        elif PAGER_TEXT.match(text) and _PAGER_CONTROL.search(target + " " + argument):
            number = text if _NUMBER.match(text) else None
        else:
            continue
        page = number if number and _NUMBER.match(number) else None
        out.setdefault((target, argument), PostBack(target, argument, page))
    return list(out.values())
