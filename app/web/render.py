"""Rendering: the Jinja2 environment over app/web/templates, and the escaping and formatting
helpers that are its filters.

Everything crawled is text: templates are autoescaped (HTML and XML), and nothing crawled is
ever marked `|safe`. The one exception is `marked`, which re-sanitizes a backend's
`title_html`/`snippet` down to exactly `<mark>`/`</mark>`. Only http(s) URLs become links
(`http_url`, `link`). Escaping uses html.escape's entities (&quot;, &#x27;), as the pages
always have, through the environment's `finalize`; autoescape stays on as the safety net.
"""

from __future__ import annotations

import html
import json
import re
from contextvars import ContextVar
from typing import Any
from urllib.parse import urlsplit

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from app import wording
from crawler import provinces

DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_MARK_RE = re.compile(r"(<mark>|</mark>)")


# --- escaping ---------------------------------------------------------------------------


def h(value: Any) -> Markup:
    """HTML-escape crawled text for element content and quoted attributes (markup stays)."""
    if hasattr(value, "__html__"):
        return Markup(value.__html__())
    return Markup(html.escape("" if value is None else str(value), quote=True))


def marked(fragment: str | None) -> Markup:
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
    return Markup("".join(out))


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


def url_host(url: Any) -> str:
    """The host of an http(s) URL, '' for anything else."""
    return urlsplit(http_url(url) or "").hostname or ""


def link(url: Any, text: Any, *, external: bool = True, cls: str = "") -> Markup:
    """An <a> to an http(s) URL around `text` (escaped unless already markup); the text alone
    for anything else."""
    safe = http_url(url)
    if safe is None:
        return h(text)
    attrs = f' class="{h(cls)}"' if cls else ""
    if external:
        attrs += ' target="_blank" rel="noopener noreferrer"'
    return Markup(f'<a href="{h(safe)}"{attrs}>{h(text)}</a>')


def json_bytes(data: Any) -> bytes:
    """JSON that stays inert even if some day pasted into HTML: <, >, & as \\u escapes."""
    text = json.dumps(data, ensure_ascii=False, default=str)
    text = text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    return text.encode("utf-8")


# --- formatting -------------------------------------------------------------------------


def vn_number(n: Any) -> str:
    return f"{n:,}".replace(",", ".")


vn_date = wording.day  # dd/mm/yyyy: one way of writing a day for staff (app/wording.py)
vn_datetime = wording.day_time


def province_name(slug: str | None) -> str:
    if not slug:
        return ""
    try:
        return provinces.get(slug).name
    except KeyError:
        return slug


def vn_sort_key(name: str) -> str:
    return provinces.fold(name)


# --- the environment ----------------------------------------------------------------------


def _finalize(value: Any) -> Any:
    # None prints as nothing; plain values get html.escape's entities (autoescape then keeps them)
    if value is None:
        return ""
    return value if hasattr(value, "__html__") else h(value)


ENV = Environment(loader=PackageLoader("app.web", "templates"), autoescape=select_autoescape(["html", "xml"]),
                  finalize=_finalize, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=True)
ENV.filters.update(vn_number=vn_number, vn_date=vn_date, vn_datetime=vn_datetime, province_name=province_name,
                   marked=marked, http_url=http_url, host=url_host)
# The account signed in for the request being rendered (set by app/web/auth.py; None: no login)
ACCOUNT: ContextVar[str | None] = ContextVar("lmhtx_account", default=None)
ENV.globals.update(link=link, signed_in=ACCOUNT.get)


def render(template: str, **context: Any) -> bytes:
    """The named template rendered with `context`, UTF-8 bytes."""
    return ENV.get_template(template).render(**context).encode("utf-8")
