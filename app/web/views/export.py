"""Every result of a search as a file (the files: app/web/export.py).

    GET /export.csv, /export.xlsx?<the search page's parameters>
"""

from __future__ import annotations

from app.web import export
from app.web.feeds import base_url
from app.web.responses import Response, error_response
from app.web.search import BadRequest, parse_params
from app.web.state import AppState
from app.web.views import Request


def download(app: AppState, request: Request, kind: str) -> Response:
    base = base_url(request.environ)
    if base is None:  # as the feeds: no link to a host we do not own
        return error_response("/export", 400, "Tên máy chủ không được phép. (Host not allowed.)")
    try:
        query = parse_params(request.qs, page_form=True).query  # the page's own address works too (p=, match=)
        with export.slot():
            headers, body = export.export(kind, app._search, query, base_url=base,
                                          with_archive=app.archive is not None,
                                          names=export.portal_names(app.sites), now=app.pinned_now())
    except BadRequest as exc:
        return error_response("/export", 400, str(exc))
    except export.Busy as exc:
        status, headers, body = error_response("/export", 503, str(exc))
        return status, [*headers, ("Retry-After", "30")], body
    return 200, headers, body
