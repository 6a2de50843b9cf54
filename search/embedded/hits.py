"""The hits of a page of embedded-index results: each document's stored fields, its snippet and
highlighted title (search.snippets; the attachments' text when the match is there), and the
other copies of a syndicated article."""

from __future__ import annotations

from typing import Any

from .. import snippets, syntax
from ..base import Budget, Hit
from .matching import parse

SNIPPET_CHARS = 240
NULL_TEXT = "''"  # the text column's stand-in when no snippet is made


def hits_of(db, ranked: list[tuple[int, float | None]], parsed: syntax.ParsedQuery,
            budget: Budget | None = None, with_copies: bool = True, highlight: bool = True) -> list[Hit]:
    """The hits of `ranked`, with snippets and highlights; once the budget ran out the rest
    get the text's beginning, unmarked (matching long texts is Python work: it holds the GIL).
    Without `highlight`: no snippet and the title only escaped (most of an export's cost)."""
    if not ranked:
        return []
    ids = [r for r, _ in ranked]
    rows = {r[0]: r[1:] for r in db.execute(
        f"SELECT rowid, id, url, title, site, province, province_today, published, doc_number, "
        f"{'text' if highlight else NULL_TEXT}, "
        f"rowid IN (SELECT k FROM copies) FROM docs WHERE rowid IN ({','.join('?' * len(ids))})", ids)}
    hits = []
    for rowid, score in ranked:
        row = rows.get(rowid)
        if row is None:
            continue
        doc_id, url, title, site, province, today, published, doc_number, text, syndicated = row
        if not highlight:
            hits.append(Hit(id=doc_id, url=url, title=title, site=site, province=province, province_today=today,
                            published=published, snippet="", title_html=snippets.escape_html(title or ""),
                            doc_number=doc_number, score=score,
                            copies=copies_of(db, rowid) if syndicated and with_copies else []))
            continue
        if budget is not None and budget.stop():
            parsed = parse("")
        snippet = snippets.snippet(text or "", parsed, SNIPPET_CHARS)
        if parsed and "<mark>" not in snippet:  # matched elsewhere: the attachments?
            attach = db.execute("SELECT attachments_text FROM docs WHERE rowid=?", (rowid,)).fetchone()[0]
            if attach:
                alt = snippets.snippet(attach, parsed, SNIPPET_CHARS)
                if "<mark>" in alt:
                    snippet = alt
        hits.append(Hit(id=doc_id, url=url, title=title, site=site, province=province,
                        province_today=today, published=published, snippet=snippet,
                        title_html=snippets.highlight(title or "", parsed), doc_number=doc_number,
                        score=score, copies=copies_of(db, rowid) if syndicated and with_copies else []))
    return hits


def copies_of(db, rowid: int) -> list[dict[str, Any]]:
    """The other copies of a syndicated article, wherever they are (not only the matched
    ones): first published first."""
    rows = db.execute("SELECT d.id, d.url, d.site, d.published FROM copies c JOIN docs d ON d.rowid = c.k "
                      "WHERE c.fp = (SELECT fp FROM copies WHERE k=?) AND c.k != ?", (rowid, rowid)).fetchall()
    copies = [{"id": i, "url": u, "site": s, "published": p} for i, u, s, p in rows]
    return sorted(copies, key=lambda c: (c["published"] is None, c["published"] or "", c["id"]))
