"""What the Elasticsearch backend makes of a search response: a Hit from each hit (its snippet
from the highlights: a marked text fragment, else the attachments', else the text's beginning)
and a facet from each terms or date_histogram aggregation."""

from __future__ import annotations

import html
import re
from collections.abc import Mapping
from typing import Any

from ..base import Hit

_ADJACENT_MARKS = re.compile(r"</mark>(\s?)<mark>")


def to_hit(h: Mapping[str, Any]) -> Hit:
    src = h.get("_source") or {}
    # Consecutive marked words (a phrase) share one mark, as in the embedded backend; "/"
    # needs no escaping in HTML text (the html encoder writes &#x2F;; "<" stays &lt;).
    hl = {k: [_ADJACENT_MARKS.sub(r"\1", f).replace("&#x2F;", "/") for f in v]
          for k, v in (h.get("highlight") or {}).items()}
    title = src.get("title") or ""
    text_frags = hl.get("text") or []
    marked = [f for f in text_frags if "<mark>" in f]
    if marked:
        snippet = " … ".join(marked)
    elif hl.get("attachments_text"):
        snippet = " … ".join(hl["attachments_text"])
    else:
        snippet = text_frags[0] if text_frags else ""
    return Hit(
        id=src.get("id") or h["_id"],
        url=src.get("url") or "",
        title=title,
        site=src.get("site") or "",
        province=src.get("province"),
        province_today=src.get("province_today"),
        published=src.get("published"),
        snippet=snippet,
        title_html=(hl.get("title") or [html.escape(title)])[0],
        doc_number=src.get("doc_number"),
        score=h.get("_score"),
    )


def facet(agg: Mapping[str, Any] | None, key: str = "key") -> dict[str, int]:
    if not agg:
        return {}
    return {str(b[key]): int(b["doc_count"]) for b in agg.get("buckets", []) if b.get("doc_count")}

