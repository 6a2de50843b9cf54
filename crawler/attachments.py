"""Text of the documents an article links (PDF), so that a plan whose text is only in its
PDF can be found by searching for it."""

from __future__ import annotations

import io
import logging

from .text import clean_line

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
