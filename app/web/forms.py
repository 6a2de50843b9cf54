"""Form posts: the one way a request may change something (log in, save a search).

    same_origin(environ)  -> True when the browser says the post comes from this site
    read_form(environ)    -> the urlencoded body as {name: [values]}, or FormError

Cross-site request forgery is refused by the browser's own statement of where a post comes
from (`Sec-Fetch-Site`, else `Origin` against `Host`), which every browser staff use sends;
a post that carries neither is refused too. This needs no token in every form and no state.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs, urlsplit

MAX_FORM_BYTES = 16_384


class FormError(Exception):
    """A post we refuse; the message says why, in Vietnamese."""


def same_origin(environ: dict[str, Any]) -> bool:
    site = environ.get("HTTP_SEC_FETCH_SITE")
    if site:
        return site in ("same-origin", "none")  # "none": typed or bookmarked by the user
    origin = environ.get("HTTP_ORIGIN")
    host = environ.get("HTTP_HOST")
    if not origin or not host or origin == "null":
        return False
    return urlsplit(origin).netloc.lower() == host.lower()


def read_form(environ: dict[str, Any]) -> dict[str, list[str]]:
    if not same_origin(environ):
        raise FormError("Yêu cầu gửi từ trang khác bị từ chối. (Cross-site post refused.)")
    ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
    if ctype != "application/x-www-form-urlencoded":
        raise FormError("Dữ liệu gửi lên không đúng dạng biểu mẫu. (Expected a form post.)")
    try:
        length = int(environ.get("CONTENT_LENGTH") or 0)
    except ValueError:
        length = -1
    if not 0 <= length <= MAX_FORM_BYTES:
        raise FormError("Dữ liệu gửi lên quá lớn. (Form too large.)")
    body = environ["wsgi.input"].read(length) if length else b""
    try:
        return parse_qs(body.decode("utf-8"), keep_blank_values=True, max_num_fields=100)
    except (UnicodeDecodeError, ValueError):
        raise FormError("Dữ liệu gửi lên không đọc được. (Unreadable form.)") from None
