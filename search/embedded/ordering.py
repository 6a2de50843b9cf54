"""Which matches a page of embedded-index results shows, in which order: by relevance (bm25 in
windows of RANK_WINDOW matches, newest window first), newest first when ranking ran out of time,
and with syndicated copies grouped (only the first copy of an article listed).

Ranking all matches of a very common query costs ~1.5 µs a match plus a scan of each query token,
hence the windows: up to RANK_WINDOW matches that is plain bm25; beyond, the most relevant of the
recent articles come first, which suits a news archive."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

from ..base import Budget
from .budget import bounded, interrupted
from .matching import quote
from .schema import COPY_TAG

RANK_WINDOW = 5_000  # matches ranked together by bm25 (see module doc)
WEIGHTS = (5.0, 5.0, 1.0, 0.5, 0.0)  # t n b a tags
GRACE_SECONDS = 0.15  # past the budget: time to list the newest matches instead of the ranked ones
NEWEST_NOTICE = "Các bài dưới đây là những bài mới nhất khớp với tìm kiếm, chưa được xếp theo mức độ liên quan."


def rank(db, cond: str, args: list, rank_args: list, offset: int, size: int) -> list[tuple[int, float]]:
    """(rowid, score) of the matches offset..offset+size by relevance: bm25 within
    windows of RANK_WINDOW matches, newest window first (see the module doc)."""
    bm25 = f"bm25(body, {', '.join(map(str, WEIGHTS))})"

    def nth(c: str, a: list, k: int) -> int | None:  # rowid of match k (0-based), newest first
        row = db.execute(f"SELECT rowid FROM body{c} ORDER BY rowid DESC LIMIT 1 OFFSET ?", (*a, k)).fetchone()
        return None if row is None else row[0]

    window = offset // RANK_WINDOW
    upper = None
    if window:
        last = nth(cond, args, window * RANK_WINDOW - 1)
        if last is None:
            return []
        upper = last - 1
    pos = offset - window * RANK_WINDOW
    out: list[tuple[int, float]] = []
    while len(out) < size:
        c, a, ra = cond, list(args), list(rank_args)
        if upper is not None:
            c, a, ra = c + " AND rowid <= ?", a + [upper], ra + [upper]
        lower = nth(c, a, RANK_WINDOW - 1)
        if lower is not None:
            c, ra = c + " AND rowid >= ?", ra + [lower]
        rows = db.execute(f"SELECT rowid, {bm25} AS s FROM body{c} ORDER BY s, rowid DESC LIMIT ? OFFSET ?",
                          (*ra, size - len(out), pos)).fetchall()
        out += [(r, -s) for r, s in rows]
        if lower is None:
            break
        pos, upper = 0, lower - 1
    return out


def newest(db, source: str, cond: str, args: list, offset: int, size: int,
           budget: Budget) -> list[tuple[int, float | None]]:
    """The newest matches (rowid order: no ranking to compute), when ranking ran out of
    time; [] when even that does not fit in `budget`."""
    try:
        with bounded(db, budget):
            rows = db.execute(f"SELECT rowid FROM {source}{cond} ORDER BY rowid DESC LIMIT ? OFFSET ?",
                              (*args, size, offset)).fetchall()
    except sqlite3.OperationalError as exc:
        interrupted(exc)
        return []
    return [(r[0], None) for r in rows]


def matched_copies(db, source: str, where: list[str], args: list) -> dict[int, str]:
    """rowid -> fingerprint of the matched documents whose article is matched more than
    once (syndicated copies). One scan of "(query) AND $d", never a join or a MATCH with
    `rowid IN (...)` (FTS5 runs the whole query again for each rowid: 25 s at 100,000)."""
    if source == "body":
        match_args = list(args)
        match_args[0] = f"({args[0]}) AND {quote(COPY_TAG)}"
        matched = [r[0] for r in db.execute(f"SELECT rowid FROM body WHERE {' AND '.join(where)}", match_args)]
    else:
        matched = [r[0] for r in db.execute(
            "SELECT k FROM copies" + (" WHERE " + " AND ".join(w.replace("rowid", "k") for w in where)
                                      if where else ""), args)]
    if len(matched) < 2:
        return {}
    groups: dict[str, list[int]] = {}
    for i in range(0, len(matched), 500):
        chunk = matched[i:i + 500]
        for rowid, fp in db.execute(f"SELECT k, fp FROM copies WHERE k IN ({','.join('?' * len(chunk))})", chunk):
            groups.setdefault(fp, []).append(rowid)
    return {r: fp for fp, rs in groups.items() if len(rs) > 1 for r in rs}


def first_of_each(listed: Callable[[int, int], list[tuple[int, float | None]]], copies: dict[int, str],
                  offset: int, size: int) -> list[tuple[int, float | None]]:
    """Results offset..offset+size of the listing with only the first copy of each article
    (the one that comes first in the order asked for: best score, then newest; as
    Elasticsearch's collapse picks it). Reads the listing from the start, a few more rows
    than needed, more if copies took their place."""
    hidden = len(copies) - len(set(copies.values()))
    want = offset + size
    n = want + min(hidden, max(size, 20))
    while True:
        rows = listed(0, n)
        out: list[tuple[int, float | None]] = []
        seen: set[str] = set()
        for row in rows:
            fp = copies.get(row[0])
            if fp is not None:
                if fp in seen:
                    continue
                seen.add(fp)
            out.append(row)
            if len(out) == want:
                return out[offset:]
        if len(rows) < n or n >= want + hidden:  # the end of the matches
            return out[offset:]
        n = min(want + hidden, n * 2)
