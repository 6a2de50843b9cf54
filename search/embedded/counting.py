"""Totals and facets of a search on the embedded index, from rowids alone: every match's rowid
holds its (month, pair) key (search/embedded/rowids.py), so counting is one group_concat of keys
over the matches, tallied in Python, with no join; a query matching most of the archive counts
what it does not match and subtracts it from the `stats` table. Searching runs count_matches on a
second connection in a worker thread while the main one ranks, then decode_counts on the main one."""

from __future__ import annotations

import sqlite3
from collections import Counter
from collections.abc import Callable

from .matching import quote
from .rowids import MONTH_SHIFT, PAIR_BITS, PAIR_MASK, month_label
from .schema import ALL_TAG

Pair = Callable[[int, sqlite3.Connection], tuple[str | None, str | None, str | None]]  # (province, today, site)


def count_matches(db: sqlite3.Connection | None, source: str, cond: str, args: list, facets: bool,
          everything: str | None = None):
    """What decode_counts turns into the total and facets of the matches: the total; or one
    (month, pair) key per match, as "k,k,..." (counting them in Python is twice as fast
    as a GROUP BY, and is left to the main thread: C calls hold the GIL); or, when a
    query over the whole archive (`everything`: its terms) matches most of it,
    ("minus", {key: count} of the archive, keys of what it does not match)."""
    if not facets:
        return db.execute(f"SELECT count(*) FROM {source}{cond}", args).fetchone()[0]
    if not cond:  # everything: kept up to date by index() and delete()
        return dict(db.execute("SELECT k, n FROM stats").fetchall())
    key = f"((rowid >> {MONTH_SHIFT}) << {PAIR_BITS}) | (rowid & {PAIR_MASK})"
    db.execute("BEGIN")  # one snapshot for the statements below
    try:
        if everything is not None:
            matched = db.execute(f"SELECT count(*) FROM {source}{cond}", args).fetchone()[0]
            archive = dict(db.execute("SELECT k, n FROM stats").fetchall())
            if matched * 2 > sum(archive.values()):
                rest = db.execute(f"SELECT group_concat({key}) FROM body WHERE body MATCH ?",
                                  (f'{quote(ALL_TAG)} NOT ({everything})',)).fetchone()[0]
                return ("minus", archive, rest or "")
        return db.execute(f"SELECT group_concat({key}) FROM {source}{cond}", args).fetchone()[0] or ""
    finally:
        db.execute("COMMIT")


def decode_counts(db, source: str, cond: str, args: list, counted, pair: Pair) -> tuple:
    """(total, by_province, by_province_today, by_month) of what count_matches returned; `pair` names
    a pair's number (the store's labels)."""
    if isinstance(counted, int):
        return counted, {}, {}, {}, {}
    if isinstance(counted, str):  # "k,k,k,...": one key per match
        counted = {int(k): c for k, c in Counter(counted.split(",")).items()} if counted else {}
    elif isinstance(counted, tuple):  # the archive minus what the query does not match
        _, counted, rest = counted
        for k, c in (Counter(rest.split(",")) if rest else {}).items():
            counted[int(k)] -= c
    months: dict[int, int] = {}
    pairs: dict[int, int] = {}
    for k, c in counted.items():
        if c <= 0:
            continue
        m, p = k >> PAIR_BITS, k & PAIR_MASK
        months[m] = months.get(m, 0) + c
        pairs[p] = pairs.get(p, 0) + c
    total = sum(pairs.values())
    by_p: dict[str, int] = {}
    by_t: dict[str, int] = {}
    by_s: dict[str, int] = {}

    def add(p: str | None, t: str | None, s: str | None, c: int) -> None:
        for counts, key in ((by_p, p), (by_t, t), (by_s, s)):
            if key:
                counts[key] = counts.get(key, 0) + c

    for code, c in pairs.items():
        if code:
            add(*pair(code, db), c)
    if pairs.get(0):  # more than PAIR_MASK (province, today, site) triples: read those from docs
        sub = f"SELECT rowid FROM {source}{cond}{' AND' if cond else ' WHERE'} (rowid & {PAIR_MASK}) = 0"
        for p, t, s, c in db.execute(f"SELECT province, province_today, site, count(*) FROM docs "
                                     f"WHERE rowid IN ({sub}) GROUP BY 1, 2, 3", args):
            add(p, t, s, c)
    order = lambda d: dict(sorted(d.items(), key=lambda kv: (-kv[1], kv[0])))  # noqa: E731
    by_m = {month_label(m): c for m, c in sorted(months.items(), reverse=True) if m}
    return total, order(by_p), order(by_t), by_m, order(by_s)
