"""The Atom feeds of the archive by province (the feed itself: app/web/feeds.py).

    GET /feeds/all.atom, /feeds/<province>.atom   the latest 50 articles; a post-2025 province
                                                  includes the provinces merged into it
"""

from __future__ import annotations

from app.web.feeds import atom_feed, base_url, conditional, feed_scope, latest_articles
from app.web.responses import NO_ARCHIVE, Response, error_response
from app.web.state import AppState
from app.web.views import Request


def province_feed(app: AppState, request: Request, slug: str) -> Response:
    scope = feed_scope(slug)
    if scope is None:
        return error_response("/feeds/", 404, f"Không có tỉnh/thành {slug!r}. (No such province: no feed.)")
    if app.archive is None:
        return error_response("/feeds/", 503, NO_ARCHIVE)
    base = base_url(request.environ)
    if base is None:  # links to a name we do not own are never written (DNS rebinding, cache poisoning)
        return error_response("/feeds/", 400, "Tên máy chủ không được phép (LMHTX_ALLOWED_HOSTS). (Host not allowed.)")
    articles = app.archive.apply(latest_articles, scope)
    body = atom_feed(scope, articles, base_url=base, now=app.pinned_now())
    return conditional(body, articles, request.environ)
