"""Following a search: its feed and the saved searches (their data: app/web/saved.py; the
nightly alert of each: app.monitoring.saved). The saved searches live in the archive.

    GET  /feeds/search.atom?<the search page's parameters>   the newest 50 matches, Atom 1.0
    GET  /saved                                              the saved searches
    POST /saved          name=&query=<query string>          save a search -> 303 /saved
    POST /saved/delete   id=                                 stop following it -> 303 /saved
"""

from __future__ import annotations

from typing import Any

from app.web import saved
from app.web.feeds import base_url
from app.web.render import render
from app.web.responses import HTML, NO_ARCHIVE, NO_STORE, Response, error_response
from app.web.search import BadRequest, first, parse_params
from app.web.state import AppState
from app.web.views import Request


def search_feed(app: AppState, request: Request) -> Response:
    base = base_url(request.environ)
    if base is None:  # as the province feeds: no link to a host we do not own
        return error_response("/", 400, "Tên máy chủ không được phép. (Host not allowed.)")
    try:
        query = parse_params(request.qs, page_form=True).query
        return saved.search_feed(app._search, app._article, query, request.environ, base_url=base,
                                 now=app.pinned_now())
    except BadRequest as exc:
        return error_response("/", 400, str(exc))


def page(app: AppState, request: Request) -> Response:
    if app.archive is None:
        return error_response(saved.PAGE_PATH, 503, NO_ARCHIVE)
    notice = saved.NOTICES.get(first(request.qs, "done"))
    searches = app.archive.call("saved_searches")
    return 200, [HTML, NO_STORE], render("saved.html", **saved.page_context(searches, notice=notice))


def save(app: AppState, form: dict[str, list[str]], environ: dict[str, Any]) -> Response:
    if app.archive is None:
        return error_response(saved.PAGE_PATH, 503, NO_ARCHIVE)
    try:
        name, fields = saved.read_search(form)
        if len(app.archive.call("saved_searches")) >= saved.MAX_SAVED:
            raise BadRequest(f"Đã có {saved.MAX_SAVED} tìm kiếm được lưu; hãy bỏ bớt trước khi lưu thêm.")
    except BadRequest as exc:
        return error_response(saved.PAGE_PATH, 400, str(exc))
    app.archive.call("save_search", name, fields)
    return 303, [("Location", saved.PAGE_PATH + "?done=saved"), NO_STORE], b""


def delete(app: AppState, form: dict[str, list[str]], environ: dict[str, Any]) -> Response:
    if app.archive is None:
        return error_response(saved.PAGE_PATH, 503, NO_ARCHIVE)
    try:
        search_id = saved.read_id(form)
    except BadRequest as exc:
        return error_response(saved.PAGE_PATH, 400, str(exc))
    app.archive.call("delete_search", search_id)
    return 303, [("Location", saved.PAGE_PATH + "?done=deleted"), NO_STORE], b""
