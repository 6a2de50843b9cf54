"""Following a search: its Atom feed, and saved searches staff keep (and are alerted of).

    GET  /feeds/search.atom?<the search page's parameters>   the newest 50 matches, Atom 1.0
    GET  /saved                                              the saved searches, each with its
                                                             page, feed, exports and a delete button
    POST /saved          name=&query=<query string>          save (follow) a search -> 303 /saved
    POST /saved/delete   id=                                 stop following it -> 303 /saved

The posts go through app/web/forms.py (same origin, bounded body). The searches live in the
archive's `saved_searches` table as the search page's parameters (app.monitoring.saved), and
the nightly alerts each one of the new articles that match it (app.monitoring.saved.follow).
The feed is written by feeds.py's Atom writer with its conditional GET.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import datetime
from typing import Any
from urllib.parse import parse_qs

from app.monitoring.saved import clean_name, default_name, describe, query_fields, query_string
from app.web import feeds
from app.web.render import vn_number
from app.web.responses import Response
from app.web.search import BadRequest, parse_params
from search.base import MAX_RESULT_WINDOW, Hit, Query, Results

FEED_PATH = "/feeds/search.atom"
PAGE_PATH = "/saved"
MAX_SAVED = 500  # saved searches in one archive; the alert of each runs every night
_MARK = re.compile(r"</?mark>")


# --- the feed of a search -------------------------------------------------------------------------


def hit_article(hit: Hit) -> dict[str, Any]:
    """What the feed needs of a hit whose archived copy is not at hand."""
    return {"id": hit.id, "url": hit.url, "title": hit.title, "published": hit.published, "site": hit.site,
            "province": hit.province, "province_today": hit.province_today,
            "text": html.unescape(_MARK.sub("", hit.snippet or ""))}


def search_feed(search: Callable[[Query], Results], article: Callable[[str], dict[str, Any] | None], query: Query,
                environ: dict[str, Any], *, base_url: str, now: datetime | None = None) -> Response:
    """The Atom feed of a search: its newest matches first, each from the archive when it
    has the article (`article(id)`), from the hit otherwise; `base_url` makes links absolute."""
    results = search(replace(query, sort="date", page=1, size=feeds.FEED_SIZE, facets=False))
    articles = [article(hit.id) or hit_article(hit) for hit in results.hits]
    fields = query_fields(query)
    qs = query_string(fields)
    suffix = f"?{qs}" if qs else ""
    body = feeds.atom_document(f"feed/search{suffix}", f"Tìm kiếm: {describe(fields)}", articles,
                               subtitle="Bài viết mới nhất khớp với tìm kiếm này, từ kho lưu tin Liên minh HTX",
                               path=FEED_PATH + suffix, page="/" + suffix, base_url=base_url, now=now)
    return feeds.conditional(body, articles, environ)


# --- the search page's block --------------------------------------------------------------------


def follow_context(query: Query, results: Results | None, *, with_archive: bool) -> dict[str, Any] | None:
    """What templates/_follow.html needs under a search's results: the export and feed links
    and the form that saves the search (when there is an archive to keep it in)."""
    if results is None:
        return None
    fields = query_fields(query)
    qs = query_string(fields)
    suffix = f"?{qs}" if qs else ""
    cut = results.total > MAX_RESULT_WINDOW
    return {"csv": "/export.csv" + suffix, "xlsx": "/export.xlsx" + suffix, "feed": FEED_PATH + suffix,
            "total": results.total, "cut": cut, "limit": vn_number(MAX_RESULT_WINDOW),
            "can_save": with_archive, "query": qs, "name": default_name(fields)}


# --- saved searches -----------------------------------------------------------------------------


def page_context(searches: list[dict[str, Any]], *, notice: str | None = None) -> dict[str, Any]:
    rows = []
    for s in searches:
        qs = query_string(s["query"])
        suffix = f"?{qs}" if qs else ""
        rows.append({"id": s["id"], "name": s["name"], "description": describe(s["query"]),
                     "created": s["created"], "href": "/" + suffix, "feed": FEED_PATH + suffix,
                     "csv": "/export.csv" + suffix, "xlsx": "/export.xlsx" + suffix})
    return {"title": "Tìm kiếm đã lưu – Lưu trữ tin Liên minh HTX", "page": "saved", "searches": rows,
            "notice": notice}


NOTICES = {"saved": "Đã lưu. Tìm kiếm này sẽ được báo khi có bài viết mới khớp (sau mỗi lần thu thập hằng đêm).",
           "deleted": "Đã bỏ theo dõi tìm kiếm."}


def read_search(form: dict[str, list[str]]) -> tuple[str, dict[str, str]]:
    """(name, fields) of a posted search, validated as the search page validates it."""
    raw = (form.get("query") or [""])[0]
    if len(raw) > 4000:
        raise BadRequest("Tìm kiếm quá dài để lưu. (Query too long.)")
    params = parse_params(parse_qs(raw.lstrip("?"), keep_blank_values=True))
    fields = query_fields(params.query)
    name = clean_name((form.get("name") or [""])[0]) or default_name(fields)
    return name, fields


def read_id(form: dict[str, list[str]]) -> int:
    value = (form.get("id") or [""])[0].strip()
    if not re.fullmatch(r"\d{1,12}", value):
        raise BadRequest("Không rõ tìm kiếm nào cần bỏ. (Invalid 'id'.)")
    return int(value)
