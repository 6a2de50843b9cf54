"""The archived copy of an article, as staff open it from a result (what each page shows:
app/web/copies.py).

    GET /api/articles/<id>          the archived article, JSON
    GET /archive/<id>               the archived copy: facts, the stored page in a sandboxed
                                    frame, the text, the versions
    GET /archive/<id>/copy          the page as fetched, cleaned, under `sandbox` (the frame's source)
    GET /archive/<id>/diff?from=&to=  what changed between two saved versions
    GET /archive/<id>/raw           the page as fetched, as inert text (?download=1: as a file)
"""

from __future__ import annotations

from typing import Any

from app.web.copies import COPY_HEADERS, article_context, decode, diff_context, stored_page
from app.web.render import render
from app.web.responses import ARCHIVE_CSP, HTML, RAW_HEADERS, SECURITY_HEADERS, Response, error_response, json_response
from app.web.search import BadRequest, first, parse_int
from app.web.state import AppState
from app.web.views import Request

NO_ARTICLE = "Không có bài viết này trong kho lưu. (No such archived article.)"


def api_article(app: AppState, request: Request, article_id: str) -> Response:
    article = app._article(article_id)
    if article is None:
        return json_response(404, {"error": NO_ARTICLE})
    return json_response(200, article)


def _with_versions(app: AppState, article_id: str) -> tuple[dict[str, Any], list[dict[str, Any]]] | None:
    """The archived article and its saved versions, or None when there is no such article."""
    article = app._article(article_id)
    if article is None:
        return None
    assert app.archive is not None
    return article, app.archive.call("versions", article_id)


def archive_page(app: AppState, request: Request, article_id: str) -> Response:
    found = _with_versions(app, article_id)
    if found is None:
        return error_response("/archive/", 404, NO_ARTICLE)
    article, versions = found
    return 200, [HTML, ("Content-Security-Policy", ARCHIVE_CSP), *SECURITY_HEADERS[1:]], render(
        "article.html", **article_context(article_id, article, versions))


def copy_page(app: AppState, request: Request, article_id: str) -> Response:
    raw = app._raw(article_id)
    article = app._article(article_id) if raw is not None else None
    if raw is None:  # said inside the frame: framed like the copy, under the same sandbox
        return 404, [HTML, *COPY_HEADERS], render(
            "stored_notice.html", message="Không có trang gốc đã lưu của bài viết này.")
    body = stored_page(raw[0], raw[1], (article or {}).get("url"))
    if body is None:
        return 200, [HTML, *COPY_HEADERS], render(
            "stored_notice.html", message=f"Trang gốc đã lưu là một tệp ({raw[0] or 'không rõ loại'}), không phải "
                                          "trang web: hãy dùng nút “Tải trang đã lưu” để mở tệp.")
    return 200, [HTML, *COPY_HEADERS], body


def diff_page(app: AppState, request: Request, article_id: str) -> Response:
    found = _with_versions(app, article_id)
    if found is None:
        return error_response("/archive/", 404, NO_ARTICLE)
    article, versions = found
    latest = max((v["revision"] for v in versions), default=1)
    try:
        new = parse_int("to", "Phiên bản", first(request.qs, "to"), latest, 1, 1_000_000)
        old = parse_int("from", "Phiên bản", first(request.qs, "from"), max(1, new - 1), 1, 1_000_000)
    except BadRequest as exc:
        return error_response("/archive/", 400, str(exc))
    context = diff_context(article_id, article, versions, old, new)
    if context is None:
        return error_response("/archive/", 404, f"Bài viết này không có phiên bản {old} hoặc {new}. "
                                                "(No such saved version.)")
    return 200, [HTML], render("diff.html", **context)


def raw_page(app: AppState, request: Request, article_id: str) -> Response:
    raw = app._raw(article_id)
    if raw is None:
        return error_response("/archive/", 404,
                              "Không có trang gốc đã lưu của bài viết này. (No raw page stored for this article.)")
    content_type, body = raw
    content_type = content_type or ""
    if first(request.qs, "download") == "1":
        ext = ".html" if "html" in content_type.lower() else ".bin"
        return 200, [("Content-Type", "application/octet-stream"),
                     ("Content-Disposition", f'attachment; filename="{article_id}{ext}"'), *RAW_HEADERS], body
    # As inert text, transcoded to UTF-8 (old portals serve windows-1258).
    text = decode(content_type, body)
    return 200, [("Content-Type", "text/plain; charset=utf-8"),
                 ("Content-Disposition", f'inline; filename="{article_id}.txt"'), *RAW_HEADERS], text.encode("utf-8")
