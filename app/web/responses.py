"""What every response of the web app shares: the (status, headers, body) triple the views
return, the security headers, the status lines, and the JSON and error responses.

Safety. Everything crawled is text, escaped by the templates' autoescape (render.py). Only
http(s) URLs become links. Every response carries a strict Content-Security-Policy (no
inline script or style), nosniff and no-referrer; the raw page is served as text/plain
under `Content-Security-Policy: sandbox` (RAW_HEADERS), so a crawled page can never run a
script in this origin.
"""

from __future__ import annotations

from typing import Any

from app.web.render import json_bytes, render

Response = tuple[int, list[tuple[str, str]], bytes]

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
HTML = ("Content-Type", "text/html; charset=utf-8")
NO_STORE = ("Cache-Control", "no-store")

NO_ARCHIVE = ("Trang này cần kho lưu bài viết (archive), nhưng máy chủ tra cứu được mở mà không có kho lưu. "
              "(The monitoring pages need the archive; this server was started without one.)")


def json_response(status: int, data: Any) -> Response:
    return status, [("Content-Type", "application/json; charset=utf-8"), NO_STORE], json_bytes(data)


def error_response(path: str, status: int, message: str) -> Response:
    """The error as the page at `path` shows it: JSON for the APIs, else the error page
    with a link back to the search or the dashboard."""
    if path.startswith("/api/") or path == "/healthz":
        return json_response(status, {"error": message})
    back = "dashboard" if path.startswith(("/dashboard", "/feeds/")) else "search"
    return status, [HTML], render("error.html", title="Lỗi", page="", message=message, back=back, status=status)
