"""Text of the documents an article links (PDF), so that a plan whose text is only in its
PDF can be found by searching for it."""

from __future__ import annotations

import io
import logging

from lxml import etree

from .body import wrapper_test
from .families import Rules
from .families.base import ATTACHMENT
from .parsing import text_of
from .text import clean_line
from .urls import canonical_url

logger = logging.getLogger(__name__)
MAX_CHARS = 200_000
MAX_PAGES = 60


def pdf_text(body: bytes, *, max_chars: int = MAX_CHARS) -> str | None:
    """Plain NFC text of a PDF, or None if it cannot be read (logged, never raised)."""
    from pypdf import PdfReader
    from pypdf.errors import PyPdfError

    try:
        reader = PdfReader(io.BytesIO(body))
        parts, size = [], 0
        for page in reader.pages[:MAX_PAGES]:
            text = page.extract_text() or ""
            lines = [clean_line(line) for line in text.splitlines()]
            chunk = "\n".join(line for line in lines if line)
            parts.append(chunk)
            size += len(chunk)
            if size >= max_chars:
                break
        return "\n".join(p for p in parts if p)[:max_chars]
    except (PyPdfError, ValueError, KeyError, TypeError, OSError, RecursionError) as exc:
        logger.warning("unreadable PDF (%s)", exc)
        return None


_ANCHORS = etree.XPath("//a[@href]")


def find_attachments(doc, url: str, rules: Rules) -> list[dict[str, str]]:
    """Files the article links (PDF, DOC, ...), wherever the CMS puts them, but not those
    in the page's furniture (sidebars of documents, footers)."""
    candidates = [a for a in _ANCHORS(doc) if ATTACHMENT.search(a.get("href", ""))]
    if not candidates:
        return []
    wrapper = wrapper_test(doc)  # ASP.NET's whole-page <form> holds the article's files too
    furniture = {el for el in rules.remove(doc) if not wrapper(el)}
    seen, out = set(), []
    for a in candidates:
        if any(el in furniture for el in a.iterancestors()) or a in furniture:
            continue
        href = a.get("href").strip()
        absolute = canonical_url(href, base=url)
        if absolute in seen:
            continue
        seen.add(absolute)
        out.append({"url": absolute, "text": text_of(a) or None, "type": ATTACHMENT.search(href).group(1).lower()})
    return out
