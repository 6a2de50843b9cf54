"""The staff web app as a WSGI application: which path goes to which view (ROUTES, POSTS),
the dispatch around them (rate limit, form posts, errors, security headers), static files,
and the threaded server. Each page kind's views are in views/, what a page shows in the module
of its name (search.py, copies.py, dashboard.py, feeds.py, export.py, saved.py), the HTML in
templates/; the headers and error responses are responses.py's, what views read state.py's.

    make_app(backend, archive=None)      -> a WSGI callable
    serve(backend, archive, host, port)  -> runs the server (waitress, serving.py) until Ctrl+C (`lmhtx serve`)
    start_in_thread(backend, archive)    -> (server, base_url), for tests

Searches (/ and /api/search) are rate-limited per client address (ratelimit.py: 429 with
Retry-After); an unexpected error is logged and answered 500, never with a traceback.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from app.web.forms import FormError, read_form
from app.web.ratelimit import RateLimiter
from app.web.responses import SECURITY_HEADERS, STATUS, Response, error_response, json_response
from app.web.serving import WebServer
from app.web.state import AppState
from app.web.views import Request, copies, dashboard, export, feeds, saved, search

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).with_name("static")
SEARCH_PATHS = ("/", "/api/search")  # what the rate limit counts

View = Callable[..., Response]  # view(app, request, *the pattern's groups)


def healthz(app: App, request: Request) -> Response:
    return json_response(200, {"ok": True, "articles": app.backend.count()})


def static_file(app: App, request: Request, name: str) -> Response:
    """The CSS/JS/icon of the pages (no CDN), read once when the App starts."""
    item = app.static.get(name)
    if item is None:
        return 404, [("Content-Type", "text/plain; charset=utf-8")], b"not found"
    ctype, body = item
    return 200, [("Content-Type", ctype), ("Cache-Control", "public, max-age=300")], body


def favicon(app: App, request: Request) -> Response:
    return static_file(app, request, "favicon.svg")


# A GET (or HEAD) goes to the first view whose pattern matches the whole path.
ROUTES: list[tuple[str, View]] = [
    (r"/", search.page),
    (r"/api/search", search.api_search),
    (r"/healthz", healthz),
    (r"/static/(.*)", static_file),
    (r"/favicon\.ico", favicon),
    (r"/api/articles/([^/]+)", copies.api_article),
    (r"/archive/([^/]+)/?", copies.archive_page),
    (r"/archive/([^/]+)/copy/?", copies.copy_page),
    (r"/archive/([^/]+)/diff/?", copies.diff_page),
    (r"/archive/([^/]+)/raw/?", copies.raw_page),
    (r"/dashboard/?", dashboard.page),
    (r"/api/report", dashboard.api_report),
    (r"/export\.(csv|xlsx)", export.download),
    (r"/feeds/search\.atom", saved.search_feed),  # before the province feeds: "search" is no province
    (r"/saved", saved.page),
    (r"/feeds/([a-z0-9-]{1,60})\.atom", feeds.province_feed),
]
# A POST goes to the view of its exact path, once forms.py has checked its origin and size.
POSTS: list[tuple[str, Callable[..., Response]]] = [
    ("/saved", saved.save),
    ("/saved/delete", saved.delete),
]

_ROUTES = [(re.compile(pattern, re.DOTALL), view) for pattern, view in ROUTES]  # DOTALL: a path may hold "\n"


class App(AppState):
    def __init__(self, backend: Any, archive: Any = None, **options: Any):
        """`options`: AppState's (sites, now, settings)."""
        super().__init__(backend, archive, **options)
        self.rate_limit = RateLimiter(self.settings["LMHTX_SEARCH_RATE"], self.settings["LMHTX_SEARCH_BURST"])
        self.static = _load_static()
        # path -> view(form, environ) -> Response; the login (auth.py) adds its own
        self.posts: dict[str, Callable[[dict[str, list[str]], dict[str, Any]], Response]] = {
            path: partial(view, self) for path, view in POSTS}

    # WSGI entry point
    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        started = time.perf_counter()
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "") or "/"
        try:
            if method == "POST" and path in self.posts:
                status, headers, body = self.post(path, environ)
            elif method not in ("GET", "HEAD"):
                allowed = "GET, HEAD, POST" if path in self.posts else "GET, HEAD"
                status, headers, body = error_response(path, 405, "Phương thức không được hỗ trợ. (Method not allowed.)")
                headers.append(("Allow", allowed))
            elif path in SEARCH_PATHS and (wait := self.rate_limit.take(_client(environ))):
                status, headers, body = self.too_many(path, environ, math.ceil(wait))
            else:
                status, headers, body = self.route(path, environ)
        except Exception:  # never a traceback to the client
            log.error("error serving %s %s\n%s", method, path, traceback.format_exc())
            status, headers, body = error_response(
                path, 500, "Lỗi máy chủ, vui lòng thử lại sau. (Internal server error; the details are in the log.)")
        headers = list(headers)
        names = {k.lower() for k, _ in headers}
        if "content-security-policy" not in names:
            headers += SECURITY_HEADERS
        headers.append(("Content-Length", str(len(body))))
        headers.append(("Server-Timing", f"app;dur={(time.perf_counter() - started) * 1000:.1f}"))
        start_response(STATUS.get(status, f"{status} Status"), headers)
        return [b""] if method == "HEAD" else [body]

    def route(self, path: str, environ: dict[str, Any]) -> Response:
        request = _request(environ)
        for pattern, view in _ROUTES:
            m = pattern.fullmatch(path)
            if m:
                return view(self, request, *m.groups())
        return error_response(path, 404, "Không tìm thấy trang này. (Not found.)")

    def post(self, path: str, environ: dict[str, Any]) -> Response:
        try:
            form = read_form(environ)
        except FormError as exc:
            return error_response(path, 403, str(exc))
        return self.posts[path](form, environ)

    def too_many(self, path: str, environ: dict[str, Any], wait: int) -> Response:
        """429 for a client past its rate limit; the search page shows it where results go."""
        message = (f"Quá nhiều lượt tìm kiếm từ máy của bạn. Vui lòng thử lại sau {wait} giây. "
                   "(Too many searches from this address; try again shortly.)")
        if path == "/":
            status, headers, body = search.too_many(self, _request(environ), message)
        else:
            status, headers, body = error_response(path, 429, message)
        return status, [*headers, ("Retry-After", str(wait))], body


def make_app(backend: Any, archive: Any = None, *, middleware: Callable[[App], Callable] | None = None,
             **options: Any) -> Callable:
    """The WSGI application over a search Backend and (optionally) the crawl's Archive.
    Options: `sites` (the registry the monitoring report checks), `now` (its clock),
    `settings` (app/config.py settings overriding the environment's); `middleware(app)` wraps
    it (the login, app/web/auth.py)."""
    app = App(backend, archive, **options)
    return middleware(app) if middleware is not None else app


def _request(environ: dict[str, Any]) -> Request:
    return Request(environ, parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True))


_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2"}


def _load_static() -> dict[str, tuple[str, bytes]]:
    files = {}
    if STATIC_DIR.is_dir():
        for path in STATIC_DIR.iterdir():
            if path.is_file() and path.suffix in _STATIC_TYPES:
                files[path.name] = (_STATIC_TYPES[path.suffix], path.read_bytes())
    return files


# --- serving --------------------------------------------------------------------------------


def _client(environ: Mapping[str, Any]) -> str:
    """The client's address (behind a trusted proxy waitress has put X-Forwarded-For's here)."""
    return str(environ.get("REMOTE_ADDR") or "?")


def _make_server(backend: Any, archive: Any, host: str, port: int, *,
                 middleware: Callable[[App], Callable] | None = None, **options: Any) -> WebServer:
    app = App(backend, archive, **options)
    wsgi = middleware(app) if middleware is not None else app
    return WebServer(wsgi, host, port, app.settings, on_close=app.close)


def start_in_thread(backend: Any, archive: Any = None, host: str = "127.0.0.1", port: int = 0,
                    **options: Any) -> tuple[WebServer, str]:
    """Serve in a daemon thread; returns (server, base_url). Stop with server.shutdown(),
    then server.server_close(). `options` go to make_app."""
    server = _make_server(backend, archive, host, port, **options)
    thread = threading.Thread(target=server.serve_forever, name="lmhtx-web", daemon=True)
    thread.start()
    host_, port_ = server.server_address[:2]
    return server, f"http://{host_}:{port_}"


def serve(backend: Any, archive: Any = None, host: str = "127.0.0.1", port: int = 8000, **options: Any) -> None:
    """Serve the search site until Ctrl+C (the caller closes backend and archive); `options`
    go to make_app."""
    server = _make_server(backend, archive, host, port, **options)
    log.info("search site on http://%s:%s/ (Ctrl+C to stop)", *server.server_address[:2])
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("stopping the search site")
    finally:
        server.server_close()
