"""The archived copy of an article, the thing staff open from a result: its facts and text,
the page as it was fetched (rendered safely in a sandboxed frame), its version history and
what changed between two versions.

    article_context(id, article, versions) -> what templates/article.html needs
    diff_context(id, article, versions, old, new) -> what templates/diff.html needs
    stored_page(content_type, body, url)   -> the fetched page as inert HTML bytes, or None
    decode(content_type, body)             -> a raw stored page as text

The stored page is crawled, hostile HTML. It is served from its own route under
COPY_HEADERS (`sandbox`: no script, an opaque origin; nothing may be loaded but our own
stylesheet) and, before that, cleaned by lxml_html_clean: no script, handler, frame, form,
style or embedded object survives, and nothing that would fetch from the live portal (images,
stylesheets, <base>, meta refresh); links keep their text, their address becomes a tooltip.
No HTML is written here: lxml serialises the cleaned tree, the templates write the rest.
"""

from __future__ import annotations

import codecs
import difflib
import re
from typing import Any
from urllib.parse import urljoin

import lxml.html
from lxml import etree
from lxml.html import defs
from lxml_html_clean import Cleaner

from app.web.render import http_url, vn_datetime

# The stored page's own response: a sandbox (no script, opaque origin), nothing fetched but
# our stylesheet, framed only by our archive page.
COPY_CSP = ("sandbox; default-src 'none'; style-src 'self'; img-src 'none'; font-src 'none'; base-uri 'none'; "
            "form-action 'none'; frame-ancestors 'self'")
COPY_HEADERS = [
    ("Content-Security-Policy", COPY_CSP),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    ("X-Frame-Options", "SAMEORIGIN"),
    ("Cache-Control", "private, max-age=300"),
]
COPY_STYLESHEET = "/static/copy.css"

# Attributes that may fetch something are not kept (images, frames and forms are gone anyway).
_ATTRS = frozenset(defs.safe_attrs) - {"src", "longdesc", "cite", "action", "usemap", "background", "target",
                                        "accesskey", "tabindex"}
_CLEANER = Cleaner(
    scripts=True, javascript=True, comments=True, style=True, inline_style=True, links=True, meta=True,
    page_structure=False, processing_instructions=True, embedded=True, frames=True, forms=True,
    annoying_tags=True, remove_unknown_tags=False, safe_attrs_only=True, safe_attrs=_ATTRS,
    kill_tags=["img", "picture", "source", "video", "audio", "track", "svg", "math", "canvas", "template",
               "noscript", "base", "map"],
)
_CHARSET_RE = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)""", re.I)
MAX_DIFF_CONTEXT = 2  # unchanged paragraphs shown around a change; longer runs fold


# --- the stored page ---------------------------------------------------------------------


def decode(content_type: str, body: bytes) -> str:
    """The raw page as text: the charset the server declared, else the page's <meta>,
    else UTF-8 (undecodable bytes replaced)."""
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


def is_html(content_type: str | None, body: bytes) -> bool:
    ctype = (content_type or "").split(";")[0].strip().lower()
    if ctype:
        return ctype in ("text/html", "application/xhtml+xml")
    return bool(re.search(rb"<(html|body|p|div)\b", body[:4096], re.I))


def stored_page(content_type: str | None, body: bytes, url: str | None) -> bytes | None:
    """The page as fetched, cleaned to inert HTML (UTF-8), for the sandboxed frame; None when
    it is not an HTML page (a PDF, an image)."""
    if not is_html(content_type, body):
        return None
    text = decode(content_type or "", body)
    parser = lxml.html.HTMLParser(encoding="utf-8")
    try:
        doc = lxml.html.document_fromstring(text.encode("utf-8"), parser=parser)
    except (etree.ParserError, ValueError):
        return None
    doc = _CLEANER.clean_html(doc)
    for a in doc.iter("a", "area"):
        href = (a.get("href") or "").strip()
        if href.startswith("#") and len(href) > 1:
            continue  # within the copy: nothing is fetched
        a.attrib.pop("href", None)
        target = http_url(urljoin(url or "", href)) if href else None
        if target:
            a.set("title", target)  # where the link went on the portal, shown, not followed
    for el in doc.iter():
        if isinstance(el.tag, str) and el.tag != "a":
            el.attrib.pop("href", None)
    head = doc.find("head")
    if head is None:
        head = etree.Element("head")
        doc.insert(0, head)
    head.insert(0, etree.Element("link", rel="stylesheet", href=COPY_STYLESHEET))
    head.insert(0, etree.Element("meta", charset="utf-8"))
    return lxml.html.tostring(doc, encoding="utf-8", method="html", doctype="<!DOCTYPE html>")


# --- the archive page --------------------------------------------------------------------


def _lines(version: dict[str, Any]) -> list[str]:
    return [p.strip() for p in str(version.get("text") or "").split("\n") if p.strip()]


def _change_summary(old: dict[str, Any], new: dict[str, Any]) -> str:
    """What changed from one version to the next, in a few Vietnamese words."""
    parts = []
    if (old.get("title") or "") != (new.get("title") or ""):
        parts.append("sửa tiêu đề")
    added = removed = edited = 0
    matcher = difflib.SequenceMatcher(None, _lines(old), _lines(new), autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "insert":
            added += j2 - j1
        elif tag == "delete":
            removed += i2 - i1
        elif tag == "replace":
            paired = min(i2 - i1, j2 - j1)
            edited += paired
            added += (j2 - j1) - paired
            removed += (i2 - i1) - paired
    for n, what in ((added, "thêm"), (removed, "bỏ"), (edited, "sửa")):
        if n:
            parts.append(f"{what} {n} đoạn")
    if (old.get("published") or "") != (new.get("published") or ""):
        parts.append("đổi ngày đăng")
    text = ", ".join(parts) or "chỉ đổi thông tin phụ"
    return text[0].upper() + text[1:]


def version_rows(article_id: str, versions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The versions newest first, each with when it was saved and what changed."""
    rows = []
    for i, v in enumerate(versions):
        prev = versions[i - 1] if i else None
        rows.append({
            "revision": v.get("revision"), "seen": vn_datetime(v.get("seen_at")) or "Không rõ",
            "seen_iso": str(v.get("seen_at") or "")[:10],
            "summary": _change_summary(prev, v) if prev is not None else "Bản lưu đầu tiên",
            "diff_href": (f"/archive/{article_id}/diff?from={prev.get('revision')}&to={v.get('revision')}"
                          if prev is not None else None),
        })
    return rows[::-1]


def article_context(article_id: str, a: dict[str, Any], versions: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    title = a.get("title") or "(không có tiêu đề)"
    revisions = a.get("revisions")
    if isinstance(revisions, list):
        revisions = len(revisions)
    attachments = [{"url": att.get("url"), "label": att.get("text") or att.get("url") or "tệp",
                    "type": str(att["type"]).upper() if att.get("type") else None}
                   for att in a.get("attachments") or [] if isinstance(att, dict)]
    view = {
        "id": article_id, "title": title, "province": a.get("province"), "province_today": a.get("province_today"),
        "published": a.get("published"), "published_missing": a.get("published_missing"),
        "doc_number": a.get("doc_number"), "author": a.get("author"), "site": a.get("site"),
        "source_url": a.get("url") or a.get("canonical_url"), "revisions": revisions,
        "first_seen": a.get("first_seen"), "last_seen": a.get("last_seen"),
        "paragraphs": _lines(a),
        "attachments": attachments, "has_raw": a.get("has_raw", True),
    }
    rows = version_rows(article_id, versions or [])
    return {"title": f"{title} – Bản lưu", "page": "", "a": view, "versions": rows,
            "choices": [r["revision"] for r in rows]}


# --- the difference between two versions ---------------------------------------------------------

# Words, with numbers, dates and document numbers whole ("2.000", "10/1", "125/HD-LMHTXVN").
_TOKEN_RE = re.compile(r"\s+|\w+(?:[.,:/-]\w+)*|[^\w\s]")


def word_diff(old: str, new: str) -> list[dict[str, str]]:
    """The words of `new` against `old`: parts {"op": "" | "ins" | "del", "text"}."""
    a, b = _TOKEN_RE.findall(old), _TOKEN_RE.findall(new)
    parts: list[dict[str, str]] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        if tag == "equal":
            parts.append({"op": "", "text": "".join(a[i1:i2])})
            continue
        if i2 > i1:
            parts.append({"op": "del", "text": "".join(a[i1:i2])})
        if j2 > j1:
            parts.append({"op": "ins", "text": "".join(b[j1:j2])})
    return parts


def line_diff(old: list[str], new: list[str]) -> list[dict[str, Any]]:
    """Paragraph blocks: {"kind": same | ins | del | changed | folded, "parts" | "count"}.
    Changed paragraphs are diffed word by word; long unchanged runs fold to a count."""
    blocks: list[dict[str, Any]] = []
    opcodes = difflib.SequenceMatcher(None, old, new, autojunk=False).get_opcodes()
    for n, (tag, i1, i2, j1, j2) in enumerate(opcodes):
        if tag == "equal":
            same = old[i1:i2]
            head = same[:MAX_DIFF_CONTEXT] if n else []
            tail = same[-MAX_DIFF_CONTEXT:] if n < len(opcodes) - 1 else []
            if len(same) - len(head) - len(tail) < 2:  # folding one paragraph saves nothing
                head, tail = same, []
            blocks += [{"kind": "same", "parts": [{"op": "", "text": line}]} for line in head]
            if len(same) > len(head) + len(tail):
                blocks.append({"kind": "folded", "count": len(same) - len(head) - len(tail)})
            blocks += [{"kind": "same", "parts": [{"op": "", "text": line}]} for line in tail]
            continue
        olds, news = old[i1:i2], new[j1:j2]
        paired = min(len(olds), len(news)) if tag == "replace" else 0
        for k in range(paired):
            blocks.append({"kind": "changed", "parts": word_diff(olds[k], news[k])})
        blocks += [{"kind": "del", "parts": [{"op": "del", "text": line}]} for line in olds[paired:]]
        blocks += [{"kind": "ins", "parts": [{"op": "ins", "text": line}]} for line in news[paired:]]
    return blocks


def diff_context(article_id: str, a: dict[str, Any], versions: list[dict[str, Any]], old_rev: int,
                 new_rev: int) -> dict[str, Any] | None:
    """The page comparing two saved versions; None when either is not one of them."""
    by_rev = {v.get("revision"): v for v in versions}
    old, new = by_rev.get(old_rev), by_rev.get(new_rev)
    if old is None or new is None:
        return None
    title = a.get("title") or "(không có tiêu đề)"
    old_title, new_title = old.get("title") or "", new.get("title") or ""
    blocks = line_diff(_lines(old), _lines(new))
    return {
        "title": f"Thay đổi giữa phiên bản {old_rev} và {new_rev} – {title}", "page": "",
        "a": {"id": article_id, "title": title},
        "old": {"revision": old_rev, "seen": vn_datetime(old.get("seen_at")) or "Không rõ"},
        "new": {"revision": new_rev, "seen": vn_datetime(new.get("seen_at")) or "Không rõ"},
        "title_diff": word_diff(old_title, new_title) if old_title != new_title else None,
        "blocks": blocks, "unchanged": all(b["kind"] in ("same", "folded") for b in blocks),
        "summary": _change_summary(old, new),
        "choices": sorted(by_rev, reverse=True),
    }
