"""The search page and its JSON twin (the page's data: app/web/search.py).

    GET /             the search page (Vietnamese, server-rendered, works without JS)
    GET /api/search?q=&province=&province_today=&site=&since=&until=&sort=&page=&size=

Searches are rate-limited per client address before they reach these views (server.py);
too_many() is the search page's answer past the limit.
"""

from __future__ import annotations

from typing import Any

from app.web.render import marked, province_name, render
from app.web.responses import HTML, NO_STORE, Response, json_response
from app.web.saved import follow_context
from app.web.search import BadRequest, bad_params, page_context, parse_params, site_names
from app.web.state import AppState
from app.web.views import Request


def page(app: AppState, request: Request) -> Response:
    error = None
    results = None
    try:
        params = parse_params(request.qs, page_form=True)
    except BadRequest as exc:
        error = str(exc)
        params = bad_params(request.qs)
    status = 200
    if error is None:
        try:
            results = app._search(params.query, request.environ)
        except BadRequest as exc:
            error = str(exc)
    if error is not None:
        status = 400
    body = render("search.html", **page_context(params, results, error, options=app.province_options,
                                                 with_archive=app.archive is not None, sites=app.sites),
                  follow=follow_context(params.query, results, with_archive=app.archive is not None))
    return status, [HTML, NO_STORE], body


def too_many(app: AppState, request: Request, message: str) -> Response:
    """429 for a client past its rate limit, shown where results go (instant search swaps it
    in like any answer)."""
    body = render("search.html", **page_context(bad_params(request.qs), None, message, options=app.province_options,
                                                 with_archive=app.archive is not None))
    return 429, [HTML, NO_STORE], body


def api_search(app: AppState, request: Request) -> Response:
    try:
        params = parse_params(request.qs)
        results = app._search(params.query, request.environ)
    except BadRequest as exc:
        return json_response(400, {"error": str(exc)})
    q = params.query
    names = site_names(app.sites)
    with_archive = app.archive is not None
    data = {
        # results: with group=1 (the default) a syndicated article and its copies on other
        # portals are one result, counted once; the facets count articles (each copy on its portal)
        "total": results.total,
        "total_counts": "results" if q.group else "articles",  # results: copies of one article count once
        "grouped": q.group,
        "sort": q.sort,  # as applied: without words, newest first whatever was asked
        "page": q.page,
        "size": q.size,
        "notices": list(results.notices),
        "hits": [_hit_json(hit, names, with_archive=with_archive) for hit in results.hits],
        "by_province": dict(results.by_province),
        "by_province_today": dict(results.by_province_today),
        "by_site": dict(results.by_site),
        "by_month": dict(results.by_month),
        "took_ms": round(results.took_ms, 2),
        "partial": results.partial,  # the time budget ran out: the hits are what was found in time
    }
    return json_response(200, data)


def _hit_json(hit: Any, names: dict[str, str], *, with_archive: bool) -> dict[str, Any]:
    archive_url = f"/archive/{hit.id}" if with_archive else None
    return {
        "id": hit.id,
        "url": hit.url,
        "title": hit.title,
        "title_html": marked(hit.title_html),
        "site": hit.site,
        "site_name": names.get(hit.site, hit.site),
        "copies": [{**c, "site_name": names.get(c.get("site") or "", c.get("site")),
                    "archive_url": f"/archive/{c['id']}" if archive_url else None} for c in hit.copies],
        "province": hit.province,
        "province_name": province_name(hit.province) or None,
        "province_today": hit.province_today,
        "province_today_name": province_name(hit.province_today) or None,
        "published": hit.published,
        "snippet": marked(hit.snippet),
        "doc_number": hit.doc_number,
        "score": hit.score,
        "archive_url": archive_url,
        "raw_url": f"{archive_url}/raw" if archive_url else None,
    }
