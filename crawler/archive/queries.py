"""What the monitoring report and the feeds read from the archive: the newest articles (of a
province), what a run archived for the first time, and articles per province and per day. Aggregates run in
SQL."""

from __future__ import annotations

import json
from typing import Any

from .store import Store


class ReportQueries(Store):
    """Read-only queries over `articles` for the product layer (a part of `Archive`)."""

    def latest(self, column: str | None, value: str | None, limit: int) -> list[dict[str, Any]]:
        """The `limit` newest articles (by publication date, else first seen), newest first, as
        items with id, revisions, first_seen and last_seen; of one province when `column`
        ("province" or "province_today") is given."""
        if column not in (None, "province", "province_today"):
            raise ValueError(f"not a province column: {column!r}")
        where, args = (f"WHERE {column} = ?", [value]) if column else ("", [])
        rows = self.db.execute(
            "SELECT id, item, revisions, first_seen, last_seen FROM articles " + where +
            " ORDER BY COALESCE(published, first_seen) DESC, first_seen DESC, id LIMIT ?", (*args, limit)).fetchall()
        out = []
        for row in rows:
            item = json.loads(row["item"])
            item.update(id=row["id"], revisions=row["revisions"], first_seen=row["first_seen"],
                        last_seen=row["last_seen"])
            out.append(item)
        return out

    def new_in_run(self, run_id: int) -> list[dict[str, Any]]:
        """What a run archived for the first time, briefly (id, title, url, site, province,
        province_today, published), newest published first."""
        rows = self.db.execute(
            "SELECT id, title, canonical_url AS url, site, COALESCE(province, '') AS province, province_today,"
            " published FROM articles WHERE first_run = ? ORDER BY published IS NULL, published DESC, id", (run_id,))
        return [dict(r) for r in rows]

    def province_counts(self, today: str) -> list[tuple[str, str | None, int, int, str | None]]:
        """(province, province_today, articles, dated articles, latest day published up to `today`)."""
        return [tuple(r) for r in self.db.execute(
            "SELECT COALESCE(province, ''), province_today, COUNT(*), COUNT(published),"
            " MAX(CASE WHEN substr(published, 1, 10) <= :today THEN substr(published, 1, 10) END)"
            " FROM articles GROUP BY province, province_today", {"today": today})]

    def province_days(self, since: str, today: str) -> list[tuple[str, str | None, str, int]]:
        """(province, province_today, day, articles published that day) from `since` to `today`."""
        return [tuple(r) for r in self.db.execute(
            "SELECT COALESCE(province, ''), province_today, substr(published, 1, 10), COUNT(*) FROM articles"
            " WHERE published >= :lo AND substr(published, 1, 10) <= :today GROUP BY 1, 2, 3",
            {"lo": since, "today": today})]
