"""The staff web app as a WSGI application: routing, static files, headers (the strict
Content-Security-Policy), errors, and a threaded server. What each page shows is prepared by
its own module (search.py, dashboard.py, feeds.py) and written by app/web/templates.

    make_app(backend, archive=None)      -> a WSGI callable
    serve(backend, archive, host, port)  -> runs the server (waitress, serving.py) until Ctrl+C (`lmhtx serve`)
    start_in_thread(backend, archive)    -> (server, base_url), for tests

Routes
    GET /                        the search page (Vietnamese, server-rendered, works without JS)
    GET /api/search?q=&province=&province_today=&site=&since=&until=&sort=&page=&size=
    GET /api/articles/<id>       the archived article, JSON
    GET /archive/<id>            the archived copy (copies.py): facts, the stored page in a
                                 sandboxed frame, the text, the versions
    GET /archive/<id>/copy       the page as fetched, cleaned, under `sandbox` (the frame's source)
    GET /archive/<id>/diff?from=&to=
                                 what changed between two saved versions
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
    GET /export.csv, /export.xlsx?<search parameters>
                                 every result of a search as a file (export.py)
    GET /feeds/search.atom?<search parameters>, GET /saved, POST /saved, POST /saved/delete
                                 following a search: its feed, the saved searches (saved.py)

Cost. Requests run in a bounded pool of worker threads, each reading through its own
connections (readers.py; the embedded index does the same), so a slow search never holds
up another or /healthz. Every search has a time budget (LMHTX_SEARCH_BUDGET_MS: past it,
the results found so far and a notice) and is cancelled when its client hangs up or its
browser tab asks something newer (X-Search-Tab); long queries take turns server-wide, and
searches are rate-limited per client address (ratelimit.py: 429 with Retry-After).

Safety. Everything crawled is text, escaped by the templates' autoescape (render.py). Only
http(s) URLs become links. Every response carries a strict Content-Security-Policy (no
inline script or style), nosniff and no-referrer; the raw page is served as text/plain
under `Content-Security-Policy: sandbox`, so a crawled page can never run a script in this
origin.
"""

from __future__ import annotations

import logging
import math
import re
import threading
import time
import traceback
from collections.abc import Callable, Iterable, Mapping
from datetime import datetime
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

from app import config
from app.monitoring import build_report
from app.web import copies, dashboard, export, feeds, saved
from app.web.forms import FormError, read_form
from app.web.ratelimit import LongQueries, RateLimiter, Supersede
from app.web.readers import ThreadArchives
from app.web.render import json_bytes, marked, province_name, render
from app.web.search import (
    BadRequest,
    bad_params,
    first,
    page_context,
    parse_int,
    parse_params,
    province_options,
    site_names,
)
from app.web.serving import WebServer
from search.base import Budget, Query, QueryError, Results, is_long

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).with_name("static")
ID_RE = re.compile(r"^[0-9a-f]{40}$")

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none'; "
       "base-uri 'none'; form-action 'self'; frame-ancestors 'none'; frame-src 'none'")
# The archive page frames its own stored copy (served under `sandbox`, copies.COPY_HEADERS).
ARCHIVE_CSP = CSP.replace("frame-src 'none'", "frame-src 'self'")
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
TAB_RE = re.compile(r"^[0-9a-f]{16,64}$")  # X-Search-Tab: instant search's random id for its browser tab
SEARCH_PATHS = ("/", "/api/search")  # what the rate limit counts
HTML = ("Content-Type", "text/html; charset=utf-8")
NO_STORE = ("Cache-Control", "no-store")

Response = tuple[int, list[tuple[str, str]], bytes]


class App:
    def __init__(self, backend: Any, archive: Any = None, *, sites: list[Any] | None = None,
                 now: Callable[[], datetime] | None = None, settings: Mapping[str, Any] | None = None):
        self.settings = config.load(settings)  # app/config.py's, `settings` overriding (tests)
        self.backend = backend  # both backends are safe to share between threads
        # a connection per worker thread: requests never queue behind one another's reads
        self.archive = ThreadArchives(archive) if archive is not None else None
        self.rate_limit = RateLimiter(self.settings["LMHTX_SEARCH_RATE"], self.settings["LMHTX_SEARCH_BURST"])
        self.supersede = Supersede()
        self.long_queries = LongQueries(self.settings["LMHTX_SEARCH_LONG_AT_ONCE"],
                                        self.settings["LMHTX_SEARCH_LONG_NICE"])
        self.sites = sites  # the registry the report checks (None: crawler/sites.yaml)
        self.now = now  # the clock of the report and feeds (tests pin it); None: the real time
        self.static = _load_static()
        self.province_options = province_options()
        # path -> handler(form, environ) -> Response, for the form posts (forms.py checks origin and size)
        self.posts: dict[str, Callable[[dict[str, list[str]], dict[str, Any]], Response]] = {}
        self.posts.update({saved.SAVE_PATH: self.save_search, saved.DELETE_PATH: self.delete_search})

    def close(self) -> None:
        """Close the worker threads' archive connections (the server is closing)."""
        self.long_queries.close()
        if self.archive is not None:
            self.archive.close()

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
            elif path in SEARCH_PATHS and (wait := self.rate_limit.take(_client(environ))):
                status, headers, body = self.too_many(path, environ, math.ceil(wait))
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
            return self.page(qs, environ)
        if path == "/api/search":
            return self.api_search(qs, environ)
        if path == "/healthz":
            return _json(200, {"ok": True, "articles": self.backend.count()})
        if path.startswith("/static/"):
            return self.static_file(path[len("/static/"):])
        if path == "/favicon.ico":
            return self.static_file("favicon.svg")
        m = re.fullmatch(r"/api/articles/([^/]+)", path)
        if m:
            return self.api_article(m.group(1))
        m = re.fullmatch(r"/archive/([^/]+)(?:/(raw|copy|diff))?/?", path)
        if m:
            view = {"raw": self.raw_page, "copy": self.copy_page, "diff": self.diff_page}.get(m.group(2) or "")
            return view(m.group(1), qs) if view else self.archive_page(m.group(1))
        if path in ("/dashboard", "/dashboard/"):
            return self.dashboard(qs)
        if path == "/api/report":
            return self.api_report(qs)
        if path in export.ROUTES:
            return self.export(export.ROUTES[path], qs, environ)
        if path == saved.FEED_PATH:
            return self.search_feed(qs, environ)
        if path == saved.PAGE_PATH:
            return self.saved_page(qs)
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
        return status, [HTML], render("error.html", title="Lỗi", page="", message=message, back=back, status=status)

    def too_many(self, path: str, environ: dict[str, Any], wait: int) -> Response:
        """429 for a client past its rate limit; the search page shows it where results go
        (instant search swaps it in like any answer)."""
        message = (f"Quá nhiều lượt tìm kiếm từ máy của bạn. Vui lòng thử lại sau {wait} giây. "
                   "(Too many searches from this address; try again shortly.)")
        if path == "/":
            qs = parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
            body = render("search.html", **page_context(bad_params(qs), None, message, options=self.province_options,
                                                         with_archive=self.archive is not None))
            status, headers = 429, [HTML, NO_STORE]
        else:
            status, headers, body = self._error(path, 429, message)
        return status, [*headers, ("Retry-After", str(wait))], body

    # -- search -------------------------------------------------------------------------
    def _budget(self, environ: Mapping[str, Any]) -> Budget:
        """The time a search may take, and when to give it up earlier: its client hung up
        (waitress looks), or the same browser tab sent a newer query (instant search)."""
        gone = environ.get("waitress.client_disconnected")
        tab = environ.get("HTTP_X_SEARCH_TAB", "")
        newer = self.supersede.begin(tab) if TAB_RE.match(tab) else None

        def cancelled() -> bool:
            return bool((gone is not None and gone()) or (newer is not None and newer()))

        return Budget(self.settings["LMHTX_SEARCH_BUDGET_MS"] / 1000, cancelled)

    BUSY = ("Máy chủ đang bận với các tìm kiếm dài khác, nên tìm kiếm này chưa chạy. Hãy thử lại sau ít giây, "
            "hoặc tìm bằng ít từ hơn.")

    def _search(self, query: Query, environ: Mapping[str, Any] | None = None) -> Results:
        """A staff search (`environ`: the request's; a time budget, cancelled with it), or,
        without `environ`, one of the app's own that must run whole (a page of an export)."""
        budget = self._budget(environ) if environ is not None else None
        try:
            results = self.long_queries.run(is_long(query), lambda: self.backend.search(query, budget=budget),
                                            budget.stop if budget is not None else _never)
        except QueryError as exc:
            raise BadRequest(f"Không thực hiện được tìm kiếm: {exc}") from None
        if results is None:  # other long queries had the turn for the whole budget
            return Results(total=0, hits=[], partial=True, notices=[self.BUSY])
        return results


    def api_search(self, qs: dict[str, list[str]], environ: Mapping[str, Any] | None = None) -> Response:
        try:
            params = parse_params(qs)
            results = self._search(params.query, environ)
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
            "partial": results.partial,  # the time budget ran out: the hits are what was found in time
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

    def page(self, qs: dict[str, list[str]], environ: Mapping[str, Any] | None = None) -> Response:
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
                results = self._search(params.query, environ)
            except BadRequest as exc:
                error = str(exc)
        if error is not None:
            status = 400
        body = render("search.html", **page_context(params, results, error, options=self.province_options,
                                                     with_archive=self.archive is not None, sites=self.sites),
                      follow=saved.follow_context(params.query, results, with_archive=self.archive is not None))
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
        assert self.archive is not None
        versions = self.archive.call("versions", article_id)
        return 200, [HTML, ("Content-Security-Policy", ARCHIVE_CSP), *SECURITY_HEADERS[1:]], render(
            "article.html", **copies.article_context(article_id, article, versions))

    def _raw(self, article_id: str) -> tuple[str, bytes] | None:
        if self.archive is None or not ID_RE.match(article_id):
            return None
        return self.archive.call("raw", article_id)

    def copy_page(self, article_id: str, qs: dict[str, list[str]]) -> Response:
        raw = self._raw(article_id)
        article = self._article(article_id) if raw is not None else None
        if raw is None:  # said inside the frame: framed like the copy, under the same sandbox
            return 404, [HTML, *copies.COPY_HEADERS], render(
                "stored_notice.html", message="Không có trang gốc đã lưu của bài viết này.")
        body = copies.stored_page(raw[0], raw[1], (article or {}).get("url"))
        if body is None:
            return 200, [HTML, *copies.COPY_HEADERS], render(
                "stored_notice.html", message=f"Trang gốc đã lưu là một tệp ({raw[0] or 'không rõ loại'}), không phải "
                                              "trang web: hãy dùng nút “Tải trang đã lưu” để mở tệp.")
        return 200, [HTML, *copies.COPY_HEADERS], body

    def diff_page(self, article_id: str, qs: dict[str, list[str]]) -> Response:
        article = self._article(article_id)
        if article is None:
            return self._error("/archive/", 404, "Không có bài viết này trong kho lưu. (No such archived article.)")
        assert self.archive is not None
        versions = self.archive.call("versions", article_id)
        latest = max((v["revision"] for v in versions), default=1)
        try:
            new = parse_int("to", "Phiên bản", first(qs, "to"), latest, 1, 1_000_000)
            old = parse_int("from", "Phiên bản", first(qs, "from"), max(1, new - 1), 1, 1_000_000)
        except BadRequest as exc:
            return self._error("/archive/", 400, str(exc))
        context = copies.diff_context(article_id, article, versions, old, new)
        if context is None:
            return self._error("/archive/", 404, f"Bài viết này không có phiên bản {old} hoặc {new}. "
                                                 "(No such saved version.)")
        return 200, [HTML], render("diff.html", **context)

    def raw_page(self, article_id: str, qs: dict[str, list[str]]) -> Response:
        raw = self._raw(article_id)
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
        text = copies.decode(content_type, body)
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
                          back="dashboard", alert_id="error", status=400)
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
        base = feeds.base_url(environ)
        if base is None:  # links to a name we do not own are never written (DNS rebinding, cache poisoning)
            return self._error("/feeds/", 400, "Tên máy chủ không được phép (LMHTX_ALLOWED_HOSTS). (Host not allowed.)")
        articles = self.archive.apply(feeds.latest_articles, scope)
        body = feeds.atom_feed(scope, articles, base_url=base, now=self.now() if self.now else None)
        return feeds.conditional(body, articles, environ)

    # -- export and saved searches (export.py, saved.py) ----------------------------------
    def export(self, kind: str, qs: dict[str, list[str]], environ: dict[str, Any]) -> Response:
        base = feeds.base_url(environ)
        if base is None:  # as the feeds: no link to a host we do not own
            return self._error("/export", 400, "Tên máy chủ không được phép. (Host not allowed.)")
        try:
            query = parse_params(qs, page_form=True).query  # the page's own address works too (p=, match=)
            with export.slot():
                headers, body = export.export(kind, self._search, query, base_url=base,
                                              with_archive=self.archive is not None,
                                              names=export.portal_names(self.sites),
                                              now=self.now() if self.now else None)
        except BadRequest as exc:
            return self._error("/export", 400, str(exc))
        except export.Busy as exc:
            status, headers, body = self._error("/export", 503, str(exc))
            return status, [*headers, ("Retry-After", "30")], body
        return 200, headers, body

    def search_feed(self, qs: dict[str, list[str]], environ: dict[str, Any]) -> Response:
        base = feeds.base_url(environ)
        if base is None:  # as the province feeds: no link to a host we do not own
            return self._error("/", 400, "Tên máy chủ không được phép. (Host not allowed.)")
        try:
            query = parse_params(qs, page_form=True).query
            return saved.search_feed(self._search, self._article, query, environ, base_url=base,
                                     now=self.now() if self.now else None)
        except BadRequest as exc:
            return self._error("/", 400, str(exc))

    def saved_page(self, qs: dict[str, list[str]]) -> Response:
        if self.archive is None:
            return self._error(saved.PAGE_PATH, 503, self.NO_ARCHIVE)
        notice = saved.NOTICES.get(first(qs, "done"))
        searches = self.archive.call("saved_searches")
        return 200, [HTML, NO_STORE], render("saved.html", **saved.page_context(searches, notice=notice))

    def save_search(self, form: dict[str, list[str]], environ: dict[str, Any]) -> Response:
        if self.archive is None:
            return self._error(saved.PAGE_PATH, 503, self.NO_ARCHIVE)
        try:
            name, fields = saved.read_search(form)
            if len(self.archive.call("saved_searches")) >= saved.MAX_SAVED:
                raise BadRequest(f"Đã có {saved.MAX_SAVED} tìm kiếm được lưu; hãy bỏ bớt trước khi lưu thêm.")
        except BadRequest as exc:
            return self._error(saved.PAGE_PATH, 400, str(exc))
        self.archive.call("save_search", name, fields)
        return 303, [("Location", saved.PAGE_PATH + "?done=saved"), NO_STORE], b""

    def delete_search(self, form: dict[str, list[str]], environ: dict[str, Any]) -> Response:
        if self.archive is None:
            return self._error(saved.PAGE_PATH, 503, self.NO_ARCHIVE)
        try:
            search_id = saved.read_id(form)
        except BadRequest as exc:
            return self._error(saved.PAGE_PATH, 400, str(exc))
        self.archive.call("delete_search", search_id)
        return 303, [("Location", saved.PAGE_PATH + "?done=deleted"), NO_STORE], b""

    # -- static -------------------------------------------------------------------------
    def static_file(self, name: str) -> Response:
        item = self.static.get(name)
        if item is None:
            return 404, [("Content-Type", "text/plain; charset=utf-8")], b"not found"
        ctype, body = item
        return 200, [("Content-Type", ctype), ("Cache-Control", "public, max-age=300")], body


def make_app(backend: Any, archive: Any = None, *, middleware: Callable[[App], Callable] | None = None,
             **options: Any) -> Callable:
    """The WSGI application over a search Backend and (optionally) the crawl's Archive.
    Options: `sites` (the registry the monitoring report checks), `now` (its clock),
    `settings` (app/config.py settings overriding the environment's); `middleware(app)` wraps
    it (the login, app/web/auth.py)."""
    app = App(backend, archive, **options)
    return middleware(app) if middleware is not None else app


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


def _never() -> bool:
    return False


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
