"""The staff search site: a small WSGI application (standard library only).

    make_app(backend, archive=None)      -> a WSGI callable
    serve(backend, archive, host, port)  -> runs a threaded server until Ctrl+C
    start_in_thread(backend, archive)    -> (server, base_url), for tests

Routes
    GET /                        the search page (Vietnamese, server-rendered, works without JS)
    GET /api/search?q=&province=&province_today=&site=&since=&until=&sort=&page=&size=
    GET /api/articles/<id>       the archived article, JSON
    GET /archive/<id>            the archived article as a readable page
    GET /archive/<id>/raw        the page as fetched, as inert text (?download=1: as a file)
    GET /healthz                 {"ok": true, "articles": N}
    GET /dashboard?view=today|published&quiet_days=N
                                 monitoring by province (app/web/dashboard.py): last run, charts,
                                 new articles, sites with problems; needs the archive
    GET /api/report?quiet_days=N the same report (app.monitoring.report.build_report), JSON
    GET /feeds/all.atom, /feeds/<province>.atom
                                 Atom 1.0, the latest 50 articles (app/web/feeds.py); a post-2025
                                 province includes the provinces merged into it
    GET /static/<file>           the CSS/JS/icon of the page (no CDN)

Safety. Everything crawled is text: it is HTML-escaped wherever it is written. The backend's
`title_html`/`snippet` are trusted for exactly `<mark>`/`</mark>` and nothing else (see
`marked`). Only http(s) URLs become links. Every response carries a strict
Content-Security-Policy (no inline script or style), nosniff and no-referrer; the raw page
is served as text/plain under `Content-Security-Policy: sandbox`, so a crawled page can never
run a script in this origin.
"""

from __future__ import annotations

import hashlib
import html
import json
import logging
import re
import socketserver
import threading
import time
import traceback
import unicodedata
from calendar import monthrange
from dataclasses import dataclass, field
from datetime import date, datetime, timezone
from pathlib import Path
from typing import Any, Callable, Iterable
from urllib.parse import parse_qs, urlencode, urlsplit
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server
from wsgiref.util import application_uri

from crawler import provinces

from search.base import MAX_PAGE_SIZE, MAX_QUERY_CHARS, Query, QueryError, Results

log = logging.getLogger(__name__)

STATIC_DIR = Path(__file__).with_name("static")
PAGE_SIZE = 20
MAX_RESULTS = 10_000  # page * size: deeper than this, narrow the search (both backends stop there)
MAX_PAGE = MAX_RESULTS
MAX_PARAM_CHARS = 200  # for everything but q
ID_RE = re.compile(r"^[0-9a-f]{40}$")
SITE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")

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
STATUS = {200: "200 OK", 204: "204 No Content", 304: "304 Not Modified", 400: "400 Bad Request",
          404: "404 Not Found", 405: "405 Method Not Allowed", 500: "500 Internal Server Error",
          503: "503 Service Unavailable"}
QUIET_DAYS = 30
MAX_QUIET_DAYS = 3650
FEED_RE = re.compile(r"/feeds/([a-z0-9-]{1,60})\.atom")
HOST_RE = re.compile(r"^[A-Za-z0-9.-]+(:\d{1,5})?$|^\[[0-9A-Fa-f:.]+\](:\d{1,5})?$")


class BadRequest(Exception):
    """A parameter staff (or a script) sent that we cannot use; the message says why."""


# --- escaping ---------------------------------------------------------------------------


def h(value: Any) -> str:
    """HTML-escape crawled text for element content and quoted attributes."""
    return html.escape("" if value is None else str(value), quote=True)


_MARK_RE = re.compile(r"(<mark>|</mark>)")


def marked(fragment: str | None) -> str:
    """Re-sanitize an HTML-safe fragment from a backend (`title_html`, `snippet`): exactly
    `<mark>` and `</mark>` are kept (balanced), everything else is text. Text between them is
    unescaped once and escaped again, so a stray `<` is neutralised and `&amp;` is not
    double-escaped; a crawled "<mark>" arrives as `&lt;mark&gt;` and stays text."""
    out: list[str] = []
    open_ = False
    for part in _MARK_RE.split(fragment or ""):
        if part == "<mark>":
            if not open_:
                out.append(part)
                open_ = True
        elif part == "</mark>":
            if open_:
                out.append(part)
                open_ = False
        elif part:
            out.append(html.escape(html.unescape(part), quote=True))
    if open_:
        out.append("</mark>")
    return "".join(out)


def http_url(url: Any) -> str | None:
    """The URL if it is an absolute http(s) URL that may become a link, else None."""
    if not isinstance(url, str):
        return None
    url = url.strip()
    if not url or any(ord(c) < 32 or c in "\x7f<>\"'` " for c in url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return url


def link(url: Any, text_html: str, *, external: bool = True, cls: str = "") -> str:
    """An <a> to an http(s) URL (text_html already safe); plain text for anything else."""
    safe = http_url(url)
    if safe is None:
        return text_html
    attrs = f' class="{cls}"' if cls else ""
    if external:
        attrs += ' target="_blank" rel="noopener noreferrer"'
    return f'<a href="{h(safe)}"{attrs}>{text_html}</a>'


def json_bytes(data: Any) -> bytes:
    """JSON that stays inert even if some day pasted into HTML: <, >, & as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text.encode("utf-8")


# --- formatting -------------------------------------------------------------------------


def vn_number(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def vn_date(iso: str | None) -> str:
    """'2024-03-05T09:15:00+07:00' -> '05/03/2024'; '' when unknown."""
    if not iso or not isinstance(iso, str) or not DATE_RE.match(iso[:10]):
        return ""
    y, m, d = iso[:10].split("-")
    return f"{d}/{m}/{y}"


def vn_datetime(iso: str | None) -> str:
    day = vn_date(iso)
    if day and isinstance(iso, str) and re.match(r"^.{10}[T ]\d{2}:\d{2}", iso):
        return f"{day} {iso[11:16]}"
    return day


def province_name(slug: str | None) -> str:
    if not slug:
        return ""
    try:
        return provinces.get(slug).name
    except KeyError:
        return slug


def _vn_sort_key(name: str) -> str:
    return provinces.fold(name)


# --- parameters -------------------------------------------------------------------------


@dataclass
class Params:
    query: Query
    explicit_sort: bool = False
    raw: dict[str, str] = field(default_factory=dict)  # the values as typed, for the form


def _first(qs: dict[str, list[str]], name: str) -> str:
    values = qs.get(name)
    return values[0].strip() if values else ""


def _parse_date(name: str, label: str, value: str) -> date | None:
    if not value:
        return None
    if len(value) > MAX_PARAM_CHARS or not DATE_RE.match(value):
        raise BadRequest(f"{label} không hợp lệ: {value[:40]!r}. Hãy nhập ngày dạng YYYY-MM-DD, ví dụ 2024-03-15. "
                         f"(Invalid '{name}': expected a date as YYYY-MM-DD.)")
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{label} không tồn tại: {value!r}. (Invalid '{name}': no such date.)") from None


def _parse_int(name: str, label: str, value: str, default: int, low: int, high: int) -> int:
    if not value:
        return default
    if not re.fullmatch(r"\d{1,6}", value):
        raise BadRequest(f"{label} không hợp lệ: {value[:40]!r}. Cần một số nguyên từ {low} đến {high}. "
                         f"(Invalid '{name}': expected a whole number from {low} to {high}.)")
    n = int(value)
    if not low <= n <= high:
        raise BadRequest(f"{label} phải từ {low} đến {high}, không phải {n}. "
                         f"(Invalid '{name}': must be between {low} and {high}.)")
    return n


def _check_province(name: str, value: str, *, today: bool) -> str | None:
    if not value:
        return None
    if len(value) > MAX_PARAM_CHARS:
        raise BadRequest(f"Tỉnh/thành không hợp lệ. (Invalid '{name}': too long.)")
    try:
        p = provinces.get(value)
    except KeyError as exc:
        raise BadRequest(f"Không có tỉnh/thành {value[:60]!r}. Hãy chọn trong danh sách. "
                         f"(Invalid '{name}': {exc})") from None
    if today and p.era == "pre2025":
        now = provinces.today(p.slug)
        raise BadRequest(f"{p.name} không còn là tỉnh/thành từ 1/7/2025; nay thuộc {province_name(now)} ({now}). "
                         f"(Invalid '{name}': {p.slug!r} is a pre-2025 province, today part of {now!r}; "
                         f"use province={p.slug} to match it as published.)")
    return p.slug


def parse_params(qs: dict[str, list[str]], *, page_form: bool = False) -> Params:
    """Validate the query string into a Query; BadRequest with a clear message otherwise.

    The page's form also sends `p` (a province slug) and `match` (today | published), which
    become `province_today` or `province`; a pre-2025 province always matches as published."""
    raw = {k: _first(qs, k) for k in ("q", "province", "province_today", "site", "since", "until", "sort",
                                      "page", "size", "p", "match")}
    text = unicodedata.normalize("NFC", raw["q"])
    if len(text) > MAX_QUERY_CHARS:
        raise BadRequest(f"Từ khóa quá dài ({len(text)} ký tự, tối đa {MAX_QUERY_CHARS}). "
                         f"(Query too long: {len(text)} characters, at most {MAX_QUERY_CHARS}.)")
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text):
        raise BadRequest("Từ khóa chứa ký tự điều khiển. (Query contains control characters.)")
    province = raw["province"]
    province_today = raw["province_today"]
    if page_form and raw["p"] and not province and not province_today:
        match = raw["match"] or "today"
        if match not in ("today", "published"):
            raise BadRequest(f"Cách khớp tỉnh không hợp lệ: {match[:40]!r}. (Invalid 'match': today | published.)")
        slug = _check_province("p", raw["p"], today=False)
        assert slug is not None
        if match == "today" and provinces.get(slug).era != "pre2025":
            province_today = slug
        else:
            province = slug
    province = _check_province("province", province, today=False)
    province_today = _check_province("province_today", province_today, today=True)
    site = raw["site"] or None
    if site is not None and not SITE_RE.match(site):
        raise BadRequest(f"Mã trang không hợp lệ: {site[:40]!r}. (Invalid 'site': letters, digits, '.', '_', '-'.)")
    since = _parse_date("since", "Từ ngày", raw["since"])
    until = _parse_date("until", "Đến ngày", raw["until"])
    if since and until and since > until:
        raise BadRequest(f"“Từ ngày” ({since:%d/%m/%Y}) phải trước hoặc bằng “Đến ngày” ({until:%d/%m/%Y}). "
                         "(Invalid range: 'since' is after 'until'.)")
    sort = raw["sort"]
    if sort and sort not in ("relevance", "date"):
        raise BadRequest(f"Cách sắp xếp không hợp lệ: {sort[:40]!r}. (Invalid 'sort': relevance | date.)")
    explicit_sort = bool(sort)
    if not text.strip():
        sort = "date"  # nothing to be relevant to: newest first
    page = _parse_int("page", "Số trang", raw["page"], 1, 1, MAX_PAGE)
    size = _parse_int("size", "Số kết quả mỗi trang", raw["size"], PAGE_SIZE, 1, MAX_PAGE_SIZE)
    if page * size > MAX_RESULTS:
        raise BadRequest(f"Chỉ xem được {vn_number(MAX_RESULTS)} kết quả đầu tiên (trang {page} × {size} kết quả); "
                         "hãy thu hẹp tìm kiếm bằng bộ lọc hoặc khoảng ngày. "
                         f"(Invalid 'page': page × size must be at most {MAX_RESULTS}.)")
    query = Query(text=text.strip(), province=province, province_today=province_today, site=site,
                  since=since, until=until, sort=sort or "relevance", page=page, size=size)
    return Params(query, explicit_sort, raw)


def query_string(q: Query, *, explicit_sort: bool = True, **changes: Any) -> str:
    """The canonical query string of a search (for links), with some fields changed."""
    values = {"q": q.text, "province": q.province, "province_today": q.province_today, "site": q.site,
              "since": q.since.isoformat() if q.since else None, "until": q.until.isoformat() if q.until else None,
              "sort": q.sort if explicit_sort and q.text else None,
              "page": q.page if q.page != 1 else None, "size": q.size if q.size != PAGE_SIZE else None}
    values.update(changes)
    pairs = [(k, str(v)) for k, v in values.items() if v not in (None, "")]
    return urlencode(pairs)


# --- the application ----------------------------------------------------------------------


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


Response = tuple[int, list[tuple[str, str]], bytes]


class App:
    def __init__(self, backend: Any, archive: Any = None, *, sites: list[Any] | None = None,
                 now: Callable[[], datetime] | None = None):
        self.backend = _Direct(backend)  # both backends are safe to share between threads
        self.archive = _Locked(archive) if archive is not None else None  # one shared SQLite connection
        self.sites = sites  # the registry the report checks (None: crawler/sites.yaml)
        self.now = now  # the clock of the report and feeds (tests pin it); None: the real time
        self.static = _load_static()
        self.province_options = _province_options()

    # WSGI entry point
    def __call__(self, environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        started = time.perf_counter()
        method = environ.get("REQUEST_METHOD", "GET")
        path = environ.get("PATH_INFO", "") or "/"
        try:
            if method not in ("GET", "HEAD"):
                status, headers, body = self._error(path, 405, "Chỉ hỗ trợ GET. (Method not allowed.)")
                headers.append(("Allow", "GET, HEAD"))
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

    # -- errors -------------------------------------------------------------------------
    def _error(self, path: str, status: int, message: str) -> Response:
        if path.startswith("/api/") or path == "/healthz":
            return _json(status, {"error": message})
        back = ('<a href="/dashboard">Về trang hoạt động theo tỉnh</a>' if path.startswith(("/dashboard", "/feeds/"))
                else '<a href="/">Về trang tra cứu</a>')
        body = _layout("Lỗi", f'<div class="notice error" role="alert"><p>{h(message)}</p><p>{back}</p></div>')
        return status, [("Content-Type", "text/html; charset=utf-8")], body

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
        data = {
            "total": results.total,
            "page": q.page,
            "size": q.size,
            "hits": [self._hit_json(hit) for hit in results.hits],
            "by_province": dict(results.by_province),
            "by_province_today": dict(results.by_province_today),
            "by_month": dict(results.by_month),
            "took_ms": round(results.took_ms, 2),
        }
        return _json(200, data)

    def _hit_json(self, hit: Any) -> dict[str, Any]:
        archive_url = f"/archive/{hit.id}" if self.archive is not None else None
        return {
            "id": hit.id,
            "url": hit.url,
            "title": hit.title,
            "title_html": marked(hit.title_html),
            "site": hit.site,
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
            params = Params(Query(), False, {k: _first(qs, k) for k in ("q", "since", "until", "sort", "p", "match")})
        status = 200
        if error is None:
            try:
                results = self._search(params.query)
            except BadRequest as exc:
                error = str(exc)
        if error is not None:
            status = 400
        body = self._render_page(params, results, error)
        return status, [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")], body

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
        return 200, [("Content-Type", "text/html; charset=utf-8")], _render_article(article_id, article)

    def raw_page(self, article_id: str, qs: dict[str, list[str]]) -> Response:
        raw = None
        if self.archive is not None and ID_RE.match(article_id):
            raw = self.archive.call("raw", article_id)
        if raw is None:
            return self._error("/archive/", 404,
                               "Không có trang gốc đã lưu của bài viết này. (No raw page stored for this article.)")
        content_type, body = raw
        content_type = content_type or ""
        if _first(qs, "download") == "1":
            ext = ".html" if "html" in content_type.lower() else ".bin"
            return 200, [("Content-Type", "application/octet-stream"),
                         ("Content-Disposition", f'attachment; filename="{article_id}{ext}"'), *RAW_HEADERS], body
        # As inert text, transcoded to UTF-8 (old portals serve windows-1258).
        text = _decode(content_type, body)
        return 200, [("Content-Type", "text/plain; charset=utf-8"),
                     ("Content-Disposition", f'inline; filename="{article_id}.txt"'), *RAW_HEADERS], text.encode("utf-8")

    # -- monitoring: dashboard, report, feeds ---------------------------------------------
    NO_ARCHIVE = ("Trang này cần kho lưu bài viết (archive), nhưng máy chủ tra cứu được mở mà không có kho lưu. "
                  "(The monitoring pages need the archive; this server was started without one.)")

    def _report(self, qs: dict[str, list[str]]) -> dict[str, Any]:
        from app.monitoring.report import build_report

        quiet_days = _parse_int("quiet_days", "Số ngày im ắng", _first(qs, "quiet_days"), QUIET_DAYS, 1, MAX_QUIET_DAYS)
        assert self.archive is not None
        return self.archive.apply(build_report, now=self.now() if self.now else None, sites=self.sites,
                                  quiet_days=quiet_days)

    def dashboard(self, qs: dict[str, list[str]]) -> Response:
        from app.web.dashboard import VIEWS, render_dashboard

        if self.archive is None:
            return self._error("/dashboard", 503, self.NO_ARCHIVE)
        try:
            view = _first(qs, "view") or "today"
            if view not in VIEWS:
                raise BadRequest(f"Cách gộp tỉnh/thành không hợp lệ: {view[:40]!r}. "
                                 "(Invalid 'view': today | published.)")
            report = self._report(qs)
        except BadRequest as exc:
            body = _layout("Lỗi – Hoạt động theo tỉnh",
                           f'<div class="notice error" role="alert" id="error"><p>{h(exc)}</p>'
                           '<p><a href="/dashboard">Về trang hoạt động theo tỉnh</a></p></div>', page="dashboard")
            return 400, [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")], body
        title, content, head = render_dashboard(report, view=view)
        body = _layout(title, content, head=head, page="dashboard")
        return 200, [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")], body

    def api_report(self, qs: dict[str, list[str]]) -> Response:
        if self.archive is None:
            return _json(503, {"error": self.NO_ARCHIVE})
        try:
            return _json(200, self._report(qs))
        except BadRequest as exc:
            return _json(400, {"error": str(exc)})

    def feed(self, slug: str, environ: dict[str, Any]) -> Response:
        from email.utils import format_datetime, parsedate_to_datetime

        from app.web.feeds import atom_feed, feed_scope, last_modified, latest_articles

        scope = feed_scope(slug)
        if scope is None:
            return self._error("/feeds/", 404, f"Không có tỉnh/thành {slug!r}. (No such province: no feed.)")
        if self.archive is None:
            return self._error("/feeds/", 503, self.NO_ARCHIVE)
        articles = self.archive.apply(latest_articles, scope)
        body = atom_feed(scope, articles, base_url=_base_url(environ), now=self.now() if self.now else None)
        etag = '"' + hashlib.sha1(body).hexdigest()[:24] + '"'
        modified = last_modified(articles)
        headers = [("ETag", etag), ("Cache-Control", "public, max-age=300")]
        if modified is not None:
            headers.append(("Last-Modified", format_datetime(modified.astimezone(timezone.utc), usegmt=True)))
        match = environ.get("HTTP_IF_NONE_MATCH")
        fresh = False
        if match:
            fresh = etag in [t.strip().removeprefix("W/") for t in match.split(",")] or match.strip() == "*"
        elif environ.get("HTTP_IF_MODIFIED_SINCE") and modified is not None:
            try:
                fresh = modified.replace(microsecond=0) <= parsedate_to_datetime(environ["HTTP_IF_MODIFIED_SINCE"])
            except (TypeError, ValueError):
                fresh = False
        if fresh:
            return 304, headers, b""
        return 200, [("Content-Type", "application/atom+xml; charset=utf-8"), *headers], body

    # -- static -------------------------------------------------------------------------
    def static_file(self, name: str) -> Response:
        item = self.static.get(name)
        if item is None:
            return 404, [("Content-Type", "text/plain; charset=utf-8")], b"not found"
        ctype, body = item
        return 200, [("Content-Type", ctype), ("Cache-Control", "public, max-age=300")], body

    # -- rendering ----------------------------------------------------------------------
    def _render_page(self, params: Params, results: Results | None, error: str | None) -> bytes:
        q = params.query
        form = self._render_form(params)
        parts = [form, '<p id="live" class="sr-only" role="status" aria-live="polite"></p>',
                 '<div id="results" class="results">']
        if error is not None:
            parts.append(f'<div class="notice error" role="alert" id="error"><p>{h(error)}</p></div>')
        elif results is not None:
            parts.append(self._render_results(params, results))
        parts.append("</div>")
        title = "Tra cứu tin Liên minh Hợp tác xã"
        if q.text:
            title = f"{q.text} – {title}"
        return _layout(title, "".join(parts), heading=True, page="search")

    def _render_form(self, params: Params) -> str:
        q = params.query
        raw = params.raw
        selected = q.province_today or q.province or raw.get("p", "")  # raw: kept after a bad input
        match = "published" if (q.province and not q.province_today) or raw.get("match") == "published" else "today"
        opts = ['<option value="">Tất cả tỉnh/thành</option>']
        for group, items in self.province_options:
            opts.append(f'<optgroup label="{h(group)}">')
            for slug, name in items:
                sel = " selected" if slug == selected else ""
                opts.append(f'<option value="{h(slug)}"{sel}>{h(name)}</option>')
            opts.append("</optgroup>")
        sort_opts = "".join(
            f'<option value="{v}"{" selected" if (q.sort == v and (params.explicit_sort or v == "relevance")) else ""}>'
            f"{label}</option>" for v, label in (("relevance", "Liên quan nhất"), ("date", "Mới nhất")))
        match_opts = "".join(
            f'<option value="{v}"{" selected" if match == v else ""}>{label}</option>'
            for v, label in (("today", "Theo tỉnh hiện nay"), ("published", "Theo tỉnh khi đăng")))
        since = q.since.isoformat() if q.since else raw.get("since", "")
        until = q.until.isoformat() if q.until else raw.get("until", "")
        site = f'<input type="hidden" name="site" value="{h(q.site)}">' if q.site else ""
        text = q.text or raw.get("q", "")
        return f"""
<form id="search-form" class="search" role="search" method="get" action="/">
  <div class="searchbar">
    <label for="q" class="sr-only">Từ khóa</label>
    <input type="search" id="q" name="q" value="{h(text)}" maxlength="{MAX_QUERY_CHARS}"
      placeholder="Nhập từ khóa, ví dụ: hợp tác xã OCOP" autocomplete="off" aria-describedby="q-hint">
    <button type="submit">Tìm kiếm</button>
  </div>
  <p id="q-hint" class="hint">Gõ có dấu hoặc không dấu (hop tac xa); đặt cụm từ trong ngoặc kép để tìm đúng cụm, ví dụ: "kinh tế tập thể".</p>
  <fieldset class="filters">
    <legend class="sr-only">Bộ lọc</legend>
    <div class="field field-wide">
      <label for="p">Tỉnh/thành</label>
      <select id="p" name="p">{"".join(opts)}</select>
    </div>
    <div class="field">
      <label for="match">Khớp tỉnh/thành</label>
      <select id="match" name="match">{match_opts}</select>
    </div>
    <div class="field">
      <label for="since">Từ ngày</label>
      <input type="date" id="since" name="since" value="{h(since)}">
    </div>
    <div class="field">
      <label for="until">Đến ngày</label>
      <input type="date" id="until" name="until" value="{h(until)}">
    </div>
    <div class="field">
      <label for="sort">Sắp xếp</label>
      <select id="sort" name="sort">{sort_opts}</select>
    </div>
    {site}
    <div class="field field-actions">
      <button type="submit" class="secondary">Lọc</button>
      <a class="reset" href="/">Xóa bộ lọc</a>
    </div>
  </fieldset>
</form>"""

    def _render_results(self, params: Params, results: Results) -> str:
        q = params.query
        parts: list[str] = []
        filtered = bool(q.text or q.province or q.province_today or q.site or q.since or q.until)
        pages = max(1, -(-results.total // q.size))
        if filtered:
            summary = f"Tìm thấy {vn_number(results.total)} bài viết"
        else:
            summary = f"Kho lưu có {vn_number(results.total)} bài viết · mới nhất trước"
        active = self._render_active_filters(params)
        parts.append(f'<div class="summary"><p id="count" class="count">{summary}'
                     f'<span class="took"> ({results.took_ms:.0f} ms)</span></p>{active}</div>')
        parts.append('<div class="layout"><section class="hits" aria-label="Kết quả">')
        if not results.hits:
            if results.total and q.page > 1:
                msg = (f'Không còn kết quả ở trang {q.page}. '
                       f'<a href="/?{h(query_string(q, explicit_sort=params.explicit_sort, page=None))}">Về trang đầu</a>')
            else:
                msg = ("Không tìm thấy bài viết nào phù hợp. Hãy thử bỏ bớt bộ lọc, mở rộng khoảng ngày, "
                       "kiểm tra chính tả hoặc gõ từ khóa khác.")
            parts.append(f'<div class="notice empty" id="empty"><p>{msg}</p></div>')
        else:
            parts.append('<ol class="hit-list" start="{}">'.format((q.page - 1) * q.size + 1))
            for hit in results.hits:
                parts.append(self._render_hit(hit))
            parts.append("</ol>")
            parts.append(self._render_pager(params, results.total, pages))
        parts.append("</section>")
        parts.append(self._render_facets(params, results))
        parts.append("</div>")
        return "".join(parts)

    def _render_active_filters(self, params: Params) -> str:
        q = params.query
        chips = []
        sort = params.explicit_sort
        if q.province_today:
            chips.append((f"Tỉnh/thành hiện nay: {province_name(q.province_today)}",
                          query_string(q, explicit_sort=sort, province_today=None, page=None)))
        if q.province:
            chips.append((f"Tỉnh/thành khi đăng: {province_name(q.province)}",
                          query_string(q, explicit_sort=sort, province=None, page=None)))
        if q.site:
            chips.append((f"Trang: {q.site}", query_string(q, explicit_sort=sort, site=None, page=None)))
        if q.since or q.until:
            span = f"{q.since:%d/%m/%Y}" if q.since else "…"
            span += " – " + (f"{q.until:%d/%m/%Y}" if q.until else "…")
            chips.append((f"Thời gian: {span}", query_string(q, explicit_sort=sort, since=None, until=None, page=None)))
        if not chips:
            return ""
        items = "".join(f'<li><a href="/?{h(qs)}" title="Bỏ bộ lọc này">{h(label)} <span aria-hidden="true">×</span>'
                        f'<span class="sr-only"> (bỏ lọc)</span></a></li>' for label, qs in chips)
        return f'<ul class="chips" aria-label="Bộ lọc đang dùng">{items}</ul>'

    def _render_hit(self, hit: Any) -> str:
        title_html = marked(hit.title_html) or h(hit.title) or "(không có tiêu đề)"
        title = link(hit.url, title_html)
        meta = []
        if hit.province:
            name = h(province_name(hit.province))
            if hit.province_today and hit.province_today != hit.province:
                name += f' <span class="today">(nay thuộc {h(province_name(hit.province_today))})</span>'
            meta.append(f'<span class="province">{name}</span>')
        elif hit.province_today:
            meta.append(f'<span class="province">{h(province_name(hit.province_today))}</span>')
        day = vn_date(hit.published)
        if day:
            meta.append(f'<time class="date" datetime="{h(hit.published[:10])}">{day}</time>')
        else:
            meta.append('<span class="date unknown">Không rõ ngày đăng</span>')
        if hit.site:
            meta.append(f'<span class="site">{h(hit.site)}</span>')
        if hit.doc_number:
            meta.append(f'<span class="docnum">Số: {h(hit.doc_number)}</span>')
        links = []
        if self.archive is not None:
            links.append(f'<a href="/archive/{h(hit.id)}">Bản lưu</a>')
            links.append(f'<a href="/archive/{h(hit.id)}/raw" rel="nofollow">Trang gốc đã lưu</a>')
        host = urlsplit(http_url(hit.url) or "").hostname or ""
        if host:
            links.append(f'<span class="host">{h(host)}</span>')
        snippet = marked(hit.snippet)
        return (f'<li class="hit"><h2 class="hit-title">{title}</h2>'
                f'<p class="meta">{" · ".join(meta)}</p>'
                + (f'<p class="snippet">{snippet}</p>' if snippet else "")
                + f'<p class="links">{" · ".join(links)}</p></li>')

    def _render_pager(self, params: Params, total: int, pages: int) -> str:
        q = params.query
        if pages <= 1:
            return ""
        sort = params.explicit_sort
        prev = (f'<a class="prev" rel="prev" href="/?{h(query_string(q, explicit_sort=sort, page=q.page - 1))}">'
                "← Trang trước</a>") if q.page > 1 else '<span class="prev disabled">← Trang trước</span>'
        nxt = (f'<a class="next" rel="next" href="/?{h(query_string(q, explicit_sort=sort, page=q.page + 1))}">'
               "Trang sau →</a>") if q.page < min(pages, MAX_RESULTS // q.size) else '<span class="next disabled">Trang sau →</span>'
        return (f'<nav class="pager" aria-label="Phân trang">{prev}'
                f'<span class="where">Trang {q.page} / {vn_number(pages)}</span>{nxt}</nav>')

    def _render_facets(self, params: Params, results: Results) -> str:
        q = params.query
        sort = params.explicit_sort
        out = ['<aside class="facets" aria-label="Thống kê">']

        def bars(counts: dict[str, int], label: Callable[[str], str], href: Callable[[str], str],
                 current: str | None, *, order: str = "count") -> str:
            items = [(k, v) for k, v in counts.items() if v]
            if order == "count":
                items.sort(key=lambda kv: (-kv[1], _vn_sort_key(label(kv[0]))))
            else:
                items.sort(key=lambda kv: kv[0], reverse=True)
            top = max((v for _, v in items), default=1)
            rows = []
            for key, n in items:
                width = max(2.0, 100.0 * n / top)
                cur = ' aria-current="true" class="current"' if key == current else ""
                rows.append(
                    f'<li><a href="{h(href(key))}"{cur}><span class="name">{h(label(key))}</span>'
                    f'<span class="n">{vn_number(n)}</span>'
                    f'<svg class="bar" viewBox="0 0 100 6" preserveAspectRatio="none" aria-hidden="true" focusable="false">'
                    f'<rect width="{width:.1f}" height="6" rx="1"></rect></svg></a></li>')
            return f'<ul class="bars">{"".join(rows)}</ul>'

        today = {k: v for k, v in (results.by_province_today or {}).items() if k}
        if today:
            out.append('<section class="facet" id="facet-province"><h2>Theo tỉnh/thành hiện nay</h2>')
            out.append(bars(today, province_name,
                            lambda k: "/?" + query_string(q, explicit_sort=sort, province_today=k, province=None, page=None),
                            q.province_today))
            out.append("</section>")
        published = {k: v for k, v in (results.by_province or {}).items() if k}
        if published and set(published) != set(today):
            out.append('<details class="facet" id="facet-province-published"><summary>Theo tỉnh/thành khi đăng</summary>')
            out.append(bars(published, province_name,
                            lambda k: "/?" + query_string(q, explicit_sort=sort, province=k, province_today=None, page=None),
                            q.province))
            out.append("</details>")
        months = {k: v for k, v in (results.by_month or {}).items() if k and re.fullmatch(r"\d{4}-\d{2}", k)}
        if months:
            def month_href(key: str) -> str:
                y, m = int(key[:4]), int(key[5:7])
                if not 1 <= m <= 12:
                    return "/?" + query_string(q, explicit_sort=sort, page=None)
                first, last = date(y, m, 1), date(y, m, monthrange(y, m)[1])
                return "/?" + query_string(q, explicit_sort=sort, since=first.isoformat(), until=last.isoformat(),
                                           page=None)

            out.append('<section class="facet" id="facet-month"><h2>Theo tháng</h2>')
            current = None
            if q.since and q.until and q.since.day == 1 and (q.since.year, q.since.month) == (q.until.year, q.until.month):
                current = f"{q.since:%Y-%m}"
            out.append(bars(months, lambda k: f"Tháng {k[5:7]}/{k[:4]}", month_href, current, order="key"))
            out.append("</section>")
        out.append("</aside>")
        return "".join(out)


def make_app(backend: Any, archive: Any = None, **options: Any) -> Callable:
    """The WSGI application over a search Backend and (optionally) the crawl's Archive.
    Options: `sites` (the registry the monitoring report checks), `now` (its clock)."""
    return App(backend, archive, **options)


# --- helpers --------------------------------------------------------------------------------


def _json(status: int, data: Any) -> Response:
    return status, [("Content-Type", "application/json; charset=utf-8"), ("Cache-Control", "no-store")], json_bytes(data)


_STATIC_TYPES = {".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
                 ".svg": "image/svg+xml", ".png": "image/png", ".woff2": "font/woff2"}


def _load_static() -> dict[str, tuple[str, bytes]]:
    files = {}
    if STATIC_DIR.is_dir():
        for path in STATIC_DIR.iterdir():
            if path.is_file() and path.suffix in _STATIC_TYPES:
                files[path.name] = (_STATIC_TYPES[path.suffix], path.read_bytes())
    return files


def _province_options() -> list[tuple[str, list[tuple[str, str]]]]:
    today = sorted(((p.slug, p.name) for p in provinces.post2025()), key=lambda sn: _vn_sort_key(sn[1]))
    old = sorted(((p.slug, p.name) for p in provinces.pre2025() if p.era == "pre2025"),
                 key=lambda sn: _vn_sort_key(sn[1]))
    national = provinces.get(provinces.NATIONAL)
    return [
        ("Toàn quốc", [(national.slug, "Liên minh HTX Việt Nam (toàn quốc)")]),
        ("34 tỉnh/thành hiện nay", today),
        ("Tỉnh/thành trước 1/7/2025 (khớp theo khi đăng)", old),
    ]


_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)


def _decode(content_type: str, body: bytes) -> str:
    """The raw page as text: the charset the server declared, else the page's <meta>,
    else UTF-8 (undecodable bytes replaced)."""
    import codecs

    candidates = []
    m = re.search(r"charset\s*=\s*[\"']?([A-Za-z0-9._:-]+)", content_type or "", re.I)
    if m:
        candidates.append(m.group(1))
    m2 = _CHARSET_RE.search(body[:4096])
    if m2:
        candidates.append(m2.group(1).decode("ascii", "replace"))
    for name in candidates:
        try:
            codecs.lookup(name)
            return body.decode(name, errors="replace")
        except LookupError:
            continue
    return body.decode("utf-8", errors="replace")


def _base_url(environ: dict[str, Any]) -> str:
    """'http://host:port' of the request, for absolute links in a feed; '' (relative links)
    when the Host header does not look like a host."""
    host = environ.get("HTTP_HOST") or ""
    if host and not HOST_RE.match(host):
        return ""
    return application_uri(environ).rstrip("/")


def _layout(title: str, content: str, *, heading: bool = False, head: str = "", page: str = "") -> bytes:
    """The page around `content`; `head` is trusted markup for <head>, `page` marks the
    current entry of the top navigation ("search" or "dashboard")."""
    h1 = '<h1 class="title">Tra cứu tin Liên minh Hợp tác xã</h1>' if heading else ""
    current = ' aria-current="page"'
    nav = "".join(f'<a href="{href}"{current if key == page else ""}>{label}</a>'
                  for key, href, label in (("search", "/", "Tra cứu"), ("dashboard", "/dashboard", "Hoạt động theo tỉnh")))
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>{h(title)}</title>
<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/static/style.css">
<script src="/static/app.js" defer></script>
{head}
</head>
<body>
<a class="skip" href="#main">Bỏ qua, đến nội dung chính</a>
<header class="top"><div class="wrap">
  <a class="brand" href="/"><img src="/static/favicon.svg" alt="" width="28" height="28"> Lưu trữ tin Liên minh HTX</a>
  <span class="tagline">Tin bài của Liên minh Hợp tác xã Việt Nam và các tỉnh, thành phố</span>
  <nav class="topnav" aria-label="Trang chính">{nav}</nav>
</div></header>
<main id="main" class="wrap">
{h1}
{content}
</main>
<footer class="foot"><div class="wrap">Dành cho cán bộ Liên minh Hợp tác xã · Nội dung được lưu từ các cổng thông tin; bản quyền thuộc đơn vị đăng tin.</div></footer>
</body>
</html>
""".encode("utf-8")


def _render_article(article_id: str, a: dict[str, Any]) -> bytes:
    title = a.get("title") or "(không có tiêu đề)"
    facts: list[tuple[str, str]] = []
    prov, prov_today = a.get("province"), a.get("province_today")
    if prov:
        facts.append(("Tỉnh/thành khi đăng", h(province_name(prov))))
    if prov_today and prov_today != prov:
        facts.append(("Tỉnh/thành hiện nay", h(province_name(prov_today))))
    published = a.get("published")
    day = vn_datetime(published)
    facts.append(("Ngày đăng", f'<time datetime="{h(str(published)[:10])}">{h(day)}</time>' if day
                  else "Không rõ" + (f" ({h(a.get('published_missing'))})" if a.get("published_missing") else "")))
    if a.get("doc_number"):
        facts.append(("Số văn bản", h(a["doc_number"])))
    if a.get("author"):
        facts.append(("Tác giả", h(a["author"])))
    source_url = a.get("url") or a.get("canonical_url")
    facts.append(("Nguồn", f'{h(a.get("site") or "")} · ' + link(source_url, h(source_url or ""), cls="source")))
    source_row = len(facts) - 1
    revisions = a.get("revisions")
    if isinstance(revisions, list):
        revisions = len(revisions)
    if revisions is not None:
        facts.append(("Số phiên bản đã lưu", h(revisions)))
    if a.get("first_seen"):
        facts.append(("Lưu lần đầu", h(vn_datetime(a["first_seen"]) or a["first_seen"])))
    if a.get("last_seen"):
        facts.append(("Kiểm tra lần cuối", h(vn_datetime(a["last_seen"]) or a["last_seen"])))
    wide = ' class="wide"'
    dl = "".join(f"<div{wide if i == source_row else ''}><dt>{k}</dt><dd>{v}</dd></div>"
                 for i, (k, v) in enumerate(facts))
    paragraphs = [p.strip() for p in str(a.get("text") or "").split("\n") if p.strip()]
    body = "".join(f"<p>{h(p)}</p>" for p in paragraphs) or '<p class="muted">(Không có nội dung văn bản.)</p>'
    attachments = []
    for att in a.get("attachments") or []:
        if isinstance(att, dict):
            label = att.get("text") or att.get("url") or "tệp"
            kind = f" ({h(str(att['type']).upper())})" if att.get("type") else ""
            attachments.append(f"<li>{link(att.get('url'), h(label))}{kind}</li>")
    att_html = (f'<section class="attachments"><h2>Tệp đính kèm</h2><ul>{"".join(attachments)}</ul></section>'
                if attachments else "")
    raw_link = (f'<a class="button" href="/archive/{h(article_id)}/raw" rel="nofollow">Trang gốc đã lưu</a>'
                if a.get("has_raw", True) else "")
    orig = link(source_url, "Mở trang gốc ↗", cls="button secondary")
    content = f"""
<p class="crumbs"><a href="/">← Quay lại tra cứu</a></p>
<article class="archived">
  <p class="kicker">Bản lưu</p>
  <h1 id="article-title">{h(title)}</h1>
  <dl class="facts">{dl}</dl>
  <p class="actions">{raw_link} {orig if http_url(source_url) else ""}</p>
  <div class="article-text">{body}</div>
  {att_html}
</article>"""
    return _layout(f"{title} – Bản lưu", content)


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


def main(argv: list[str] | None = None) -> int:
    """`python -m app.web.views [--data DIR] [--host H] [--port P]` (the CLI may wrap this)."""
    import argparse

    parser = argparse.ArgumentParser(prog="python -m app.web.views", description="Serve the staff search site.")
    parser.add_argument("--data", help="data directory (default: $LMHTX_DATA or ./data)")
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=8000)
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(levelname)s %(name)s: %(message)s")
    from crawler.archive import Archive, default_data_dir

    from search.config import open_backend

    data = Path(args.data) if args.data else default_data_dir()
    archive = Archive(data)
    backend = open_backend(data)
    try:
        serve(backend, archive, args.host, args.port)
    finally:
        backend.close()
        archive.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
