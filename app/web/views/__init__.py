"""The web app's views: one module per page kind, each turning a request into a response
(server.py's ROUTES says which path goes to which view). What a page shows is prepared by the
module of the same name one level up (app/web/search.py, copies.py, dashboard.py, feeds.py,
export.py, saved.py) and written by app/web/templates.

    search.py     GET /, /api/search
    copies.py     GET /api/articles/<id>, /archive/<id>[/copy|/raw|/diff]
    dashboard.py  GET /dashboard, /api/report
    feeds.py      GET /feeds/<province>.atom
    export.py     GET /export.csv, /export.xlsx
    saved.py      GET /feeds/search.atom, /saved; POST /saved, /saved/delete

A GET view is called as view(app, request, *the path pattern's groups), a POST view as
view(app, form, environ); `app` is the App (state.py's AppState: backend, archive, settings).
"""

from __future__ import annotations

from typing import Any, NamedTuple


class Request(NamedTuple):
    environ: dict[str, Any]
    qs: dict[str, list[str]]  # the query string, parsed (blank values kept)
