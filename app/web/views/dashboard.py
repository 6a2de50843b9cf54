"""Monitoring by province (the page's data and charts: app/web/dashboard.py; the report:
app.monitoring.build_report). Both need the archive.

    GET /dashboard?view=today|published&quiet_days=N   last run, charts, new articles, sites with problems
    GET /api/report?quiet_days=N                        the same report, JSON
"""

from __future__ import annotations

from typing import Any

from app.monitoring import build_report
from app.web.dashboard import VIEWS, context
from app.web.render import render
from app.web.responses import HTML, NO_ARCHIVE, NO_STORE, Response, error_response, json_response
from app.web.search import BadRequest, first, parse_int
from app.web.state import AppState
from app.web.views import Request

QUIET_DAYS = 30
MAX_QUIET_DAYS = 3650


def _report(app: AppState, request: Request) -> dict[str, Any]:
    quiet_days = parse_int("quiet_days", "Số ngày im ắng", first(request.qs, "quiet_days"), QUIET_DAYS, 1,
                           MAX_QUIET_DAYS)
    assert app.archive is not None
    return app.archive.apply(build_report, now=app.pinned_now(), sites=app.sites, quiet_days=quiet_days)


def page(app: AppState, request: Request) -> Response:
    if app.archive is None:
        return error_response("/dashboard", 503, NO_ARCHIVE)
    try:
        view = first(request.qs, "view") or "today"
        if view not in VIEWS:
            raise BadRequest(f"Cách gộp tỉnh/thành không hợp lệ: {view[:40]!r}. "
                             "(Invalid 'view': today | published.)")
        report = _report(app, request)
    except BadRequest as exc:
        body = render("error.html", title="Lỗi – Hoạt động theo tỉnh", page="dashboard", message=str(exc),
                      back="dashboard", alert_id="error", status=400)
        return 400, [HTML, NO_STORE], body
    return 200, [HTML, NO_STORE], render("dashboard.html", **context(report, view=view))


def api_report(app: AppState, request: Request) -> Response:
    if app.archive is None:
        return json_response(503, {"error": NO_ARCHIVE})
    try:
        return json_response(200, _report(app, request))
    except BadRequest as exc:
        return json_response(400, {"error": str(exc)})
