"""The staff web app as a WSGI application: routing, static files, headers (the strict
Content-Security-Policy), errors, and a threaded server. What each page shows is prepared by
its own module (search.py, dashboard.py, feeds.py) and written by app/web/templates.

    make_app(backend, archive=None)      -> a WSGI callable
    serve(backend, archive, host, port)  -> runs a threaded server until Ctrl+C (`lmhtx serve`)
    start_in_thread(backend, archive)    -> (server, base_url), for tests

Routes
    GET /                        the search page (Vietnamese, server-rendered, works without JS)
    GET /api/search?q=&province=&province_today=&site=&since=&until=&sort=&page=&size=
    GET /api/articles/<id>       the archived article, JSON
    GET /archive/<id>            the archived article as a readable page
    GET /archive/<id>/raw        the page as fetched, as inert text (?download=1: as a file)
    GET /healthz                 {"ok": true, "articles": N}
    GET /dashboard?view=today|published&quiet_days=N
                                 monitoring by province (dashboard.py): last run, charts,
                                 new articles, sites with problems; needs the archive
    GET /api/report?quiet_days=N the same report (app.monitoring.build_report), JSON
    GET /feeds/all.atom, /feeds/<province>.atom
                                 Atom 1.0, the latest 50 articles (feeds.py); a post-2025
                                 province includes the provinces merged into it
    GET /static/<file>           the CSS/JS/icon of the page (no CDN)

Safety. Everything crawled is text, escaped by the templates' autoescape (render.py). Only
http(s) URLs become links. Every response carries a strict Content-Security-Policy (no
inline script or style), nosniff and no-referrer; the raw page is served as text/plain
under `Content-Security-Policy: sandbox`, so a crawled page can never run a script in this
origin.
"""

from __future__ import annotations

import logging
import re
import socketserver
import threading
import time
import traceback
from datetime import datetime
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server

from search.base import Query, QueryError, Results

from app.monitoring import build_report
from app.web import dashboard, feeds
from app.web.forms import FormError, read_form
from app.web.render import json_bytes, marked, province_name, render
from app.web.search import (BadRequest, article_context, bad_params, decode, first, page_context,
                            parse_int, parse_params, province_options, site_names)

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).with_name("static")
ID_RE = re.compile(r"^[0-9a-f]{40}$")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = [
    ("Content-Security-Policy", CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
]
RAW_HEADERS = [
    ("Content-Security-Policy", "sandbox"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "DENY"),
    ("Cache-Control", "private, max-age=300"),
]
STATUS = {200: "200 OK", 204: "204 No Content", 303: "303 See Other", 304: "304 Not Modified",
          400: "400 Bad Request", 401: "401 Unauthorized", 403: "403 Forbidden", 404: "404 Not Found",
          405: "405 Method Not Allowed", 413: "413 Content Too Large", 429: "429 Too Many Requests",
          500: "500 Internal Server Error", 503: "503 Service Unavailable"}
QUIET_DAYS = 30
MAX_QUIET_DAYS = 3650
FEED_RE = re.compile(r"/feeds/([a-z0-9-]{1,60})\.atom")
HTML = ("Content-Type", "text/html; charset=utf-8")
NO_STORE = ("Cache-Control", "no-store")

Response = tuple[int, list[tuple[str, str]], bytes]


class _Locked:
    """Calls into an object one thread at a time (SQLite connections are not meant to be
    shared by concurrent threads)."""

    def __init__(self, target: Any):
        self._target = target
        self._lock = threading.Lock()

    def call(self, name: str, *args: Any) -> Any:
        with self._lock:
            return getattr(self._target, name)(*args)

    def apply(self, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """fn(target, ...) under the lock: for module functions that read the archive."""
        with self._lock:
            return fn(self._target, *args, **kwargs)


class _Direct:
    def __init__(self, target: Any):
        self._target = target

    def call(self, name: str, *args: Any) -> Any:
        return getattr(self._target, name)(*args)


class App:
    def __init__(self, backend: Any, archive: Any = None, *, sites: list[Any] | None = None,
                 now: Callable[[], datetime] | None = None):
        self.backend = _Direct(backend)  # both backends are safe to share between threads
        self.archive = _Locked(archive) if archive is not None else None  # one shared SQLite connection
        self.sites = sites  # the registry the report checks (None: crawler/sites.yaml)
        self.now = now  # the clock of the report and feeds (tests pin it); None: the real time
        self.static = _load_static()
        self.province_options = province_options()
        # path -> handler(form, environ) -> Response, for the form posts (forms.py checks origin and size)
        self.posts: dict[str, Callable[[dict[str, list[str]], dict[str, Any]], Response]] = {}

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
                status, headers, body = self._error(path, 405, "Phương thức không được hỗ trợ. (Method not allowed.)")
                headers.append(("Allow", allowed))
            else:
                status, headers, body = self.route(path, environ)
        except Exception:  # never a traceback to the client
            log.error("error serving %s %s\n%s", method, path, traceback.format_exc())
            status, headers, body = self._error(
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
        qs = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        if path == "/":
            return self.page(qs)
        if path == "/api/search":
            return self.api_search(qs)
        if path == "/healthz":
            return _json(200, {"ok": True, "articles": self.backend.call("count")})
        if path.startswith("/static/"):
            return self.static_file(path[len("/static/"):])
        if path == "/favicon.ico":
            return self.static_file("favicon.svg")
        m = re.fullmatch(r"/api/articles/([^/]+)", path)
        if m:
            return self.api_article(m.group(1))
        m = re.fullmatch(r"/archive/([^/]+)(/raw)?/?", path)
        if m:
            return self.raw_page(m.group(1), qs) if m.group(2) else self.archive_page(m.group(1))
        if path in ("/dashboard", "/dashboard/"):
            return self.dashboard(qs)
        if path == "/api/report":
            return self.api_report(qs)
        m = FEED_RE.fullmatch(path)
        if m:
            return self.feed(m.group(1), environ)
        return self._error(path, 404, "Không tìm thấy trang này. (Not found.)")

    def post(self, path: str, environ: dict[str, Any]) -> Response:
        try:
            form = read_form(environ)
        except FormError as exc:
            return self._error(path, 403, str(exc))
        return self.posts[path](form, environ)

    # -- errors -------------------------------------------------------------------------
    def _error(self, path: str, status: int, message: str) -> Response:
        if path.startswith("/api/") or path == "/healthz":
            return _json(status, {"error": message})
        back = "dashboard" if path.startswith(("/dashboard", "/feeds/")) else "search"
        return status, [HTML], render("error.html", title="Lỗi", page="", message=message, back=back)

    # -- search -------------------------------------------------------------------------
    def _search(self, query: Query) -> Results:
        try:
            return self.backend.call("search", query)
        except QueryError as exc:
            raise BadRequest(f"Không thực hiện được tìm kiếm: {exc}") from None

    def api_search(self, qs: dict[str, list[str]]) -> Response:
        try:
            params = parse_params(qs)
            results = self._search(params.query)
        except BadRequest as exc:
            return _json(400, {"error": str(exc)})
        q = params.query
        names = site_names(self.sites)
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
            "hits": [self._hit_json(hit, names) for hit in results.hits],
            "by_province": dict(results.by_province),
            "by_province_today": dict(results.by_province_today),
            "by_site": dict(results.by_site),
            "by_month": dict(results.by_month),
            "took_ms": round(results.took_ms, 2),
        }
        return _json(200, data)

    def _hit_json(self, hit: Any, names: dict[str, str]) -> dict[str, Any]:
        archive_url = f"/archive/{hit.id}" if self.archive is not None else None
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

    def page(self, qs: dict[str, list[str]]) -> Response:
        error = None
        results = None
        try:
            params = parse_params(qs, page_form=True)
        except BadRequest as exc:
            error = str(exc)
            params = bad_params(qs)
        status = 200
        if error is None:
            try:
                results = self._search(params.query)
            except BadRequest as exc:
                error = str(exc)
        if error is not None:
            status = 400
        body = render("search.html", **page_context(params, results, error, options=self.province_options,
                                                     with_archive=self.archive is not None, sites=self.sites))
        return status, [HTML, NO_STORE], body

    # -- archive ------------------------------------------------------------------------
    def _article(self, article_id: str) -> dict[str, Any] | None:
        if self.archive is None or not ID_RE.match(article_id):
            return None
        return self.archive.call("get", article_id)

    def api_article(self, article_id: str) -> Response:
        article = self._article(article_id)
        if article is None:
            return _json(404, {"error": "Không có bài viết này trong kho lưu. (No such archived article.)"})
        return _json(200, article)

    def archive_page(self, article_id: str) -> Response:
        article = self._article(article_id)
        if article is None:
            return self._error("/archive/", 404, "Không có bài viết này trong kho lưu. (No such archived article.)")
        return 200, [HTML], render("article.html", **article_context(article_id, article))

    def raw_page(self, article_id: str, qs: dict[str, list[str]]) -> Response:
        raw = None
        if self.archive is not None and ID_RE.match(article_id):
            raw = self.archive.call("raw", article_id)
        if raw is None:
            return self._error("/archive/", 404,
                               "Không có trang gốc đã lưu của bài viết này. (No raw page stored for this article.)")
        content_type, body = raw
        content_type = content_type or ""
        if first(qs, "download") == "1":
            ext = ".html" if "html" in content_type.lower() else ".bin"
            return 200, [("Content-Type", "application/octet-stream"),
                         ("Content-Disposition", f'attachment; filename="{article_id}{ext}"'), *RAW_HEADERS], body
        # As inert text, transcoded to UTF-8 (old portals serve windows-1258).
        text = decode(content_type, body)
        return 200, [("Content-Type", "text/plain; charset=utf-8"),
                     ("Content-Disposition", f'inline; filename="{article_id}.txt"'), *RAW_HEADERS], text.encode("utf-8")

    # -- monitoring: dashboard, report, feeds ---------------------------------------------
    NO_ARCHIVE = ("Trang này cần kho lưu bài viết (archive), nhưng máy chủ tra cứu được mở mà không có kho lưu. "
                  "(The monitoring pages need the archive; this server was started without one.)")

    def _report(self, qs: dict[str, list[str]]) -> dict[str, Any]:
        quiet_days = parse_int("quiet_days", "Số ngày im ắng", first(qs, "quiet_days"), QUIET_DAYS, 1, MAX_QUIET_DAYS)
        assert self.archive is not None
        return self.archive.apply(build_report, now=self.now() if self.now else None, sites=self.sites,
                                  quiet_days=quiet_days)

    def dashboard(self, qs: dict[str, list[str]]) -> Response:
        if self.archive is None:
            return self._error("/dashboard", 503, self.NO_ARCHIVE)
        try:
            view = first(qs, "view") or "today"
            if view not in dashboard.VIEWS:
                raise BadRequest(f"Cách gộp tỉnh/thành không hợp lệ: {view[:40]!r}. "
                                 "(Invalid 'view': today | published.)")
            report = self._report(qs)
        except BadRequest as exc:
            body = render("error.html", title="Lỗi – Hoạt động theo tỉnh", page="dashboard", message=str(exc),
                          back="dashboard", alert_id="error")
            return 400, [HTML, NO_STORE], body
        return 200, [HTML, NO_STORE], render("dashboard.html", **dashboard.context(report, view=view))

    def api_report(self, qs: dict[str, list[str]]) -> Response:
        if self.archive is None:
            return _json(503, {"error": self.NO_ARCHIVE})
        try:
            return _json(200, self._report(qs))
        except BadRequest as exc:
            return _json(400, {"error": str(exc)})

    def feed(self, slug: str, environ: dict[str, Any]) -> Response:
        scope = feeds.feed_scope(slug)
        if scope is None:
            return self._error("/feeds/", 404, f"Không có tỉnh/thành {slug!r}. (No such province: no feed.)")
        if self.archive is None:
            return self._error("/feeds/", 503, self.NO_ARCHIVE)
        articles = self.archive.apply(feeds.latest_articles, scope)
        body = feeds.atom_feed(scope, articles, base_url=feeds.base_url(environ), now=self.now() if self.now else None)
        return feeds.conditional(body, articles, environ)

    # -- static -------------------------------------------------------------------------
    def static_file(self, name: str) -> Response:
        item = self.static.get(name)
        if item is None:
            return 404, [("Content-Type", "text/plain; charset=utf-8")], b"not found"
        ctype, body = item
        return 200, [("Content-Type", ctype), ("Cache-Control", "public, max-age=300")], body


def make_app(backend: Any, archive: Any = None, **options: Any) -> Callable:
    """The WSGI application over a search Backend and (optionally) the crawl's Archive.
    Options: `sites` (the registry the monitoring report checks), `now` (its clock)."""
    return App(backend, archive, **options)


def _json(status: int, data: Any) -> Response:
    return status, [("Content-Type", "application/json; charset=utf-8"), NO_STORE], json_bytes(data)


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


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002 - wsgiref's name
        log.debug("%s %s", self.address_string(), format % args)

    def get_stderr(self):
        return _LogWriter()


class _LogWriter:
    def write(self, text: str) -> None:
        if text.strip():
            log.warning("%s", text.rstrip())

    def flush(self) -> None:
        pass


class ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True

    def handle_error(self, request, client_address) -> None:  # a client that went away, etc.
        log.debug("connection error from %s\n%s", client_address, traceback.format_exc())


def _make_server(backend: Any, archive: Any, host: str, port: int, **options: Any) -> WSGIServer:
    return make_server(host, port, make_app(backend, archive, **options), server_class=ThreadingWSGIServer,
                       handler_class=_QuietHandler)


def start_in_thread(backend: Any, archive: Any = None, host: str = "127.0.0.1", port: int = 0,
                    **options: Any) -> tuple[WSGIServer, str]:
    """Serve in a daemon thread; returns (server, base_url). Stop with server.shutdown().
    `options` go to make_app."""
    server = _make_server(backend, archive, host, port, **options)
    thread = threading.Thread(target=server.serve_forever, name="lmhtx-web", daemon=True)
    thread.start()
    host_, port_ = server.server_address[:2]
    return server, f"http://{host_}:{port_}"


def serve(backend: Any, archive: Any = None, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve the search site until Ctrl+C (the caller closes backend and archive)."""
    server = _make_server(backend, archive, host, port)
    log.info("search site on http://%s:%s/ (Ctrl+C to stop)", *server.server_address[:2])
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        log.info("stopping the search site")
    finally:
        server.server_close()
