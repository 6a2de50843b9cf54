"""Searches staff follow (a feed, and an alert on new matches): the saved searches, the new
articles each matched after a nightly run, and which alert channel was told of which."""

from __future__ import annotations

import json
from typing import Any

from .store import Store, _now


class SavedSearches(Store):
    """The `saved_searches`, `saved_matches` and `saved_sent` tables (a part of `Archive`)."""

    def save_search(self, name: str, query: dict[str, Any]) -> int:
        """Store a search to follow; the same search saved again keeps its row (renamed)."""
        data = json.dumps(query, ensure_ascii=False, sort_keys=True)
        with self.db:
            row = self.db.execute("SELECT id FROM saved_searches WHERE query = ?", (data,)).fetchone()
            if row:
                self.db.execute("UPDATE saved_searches SET name = ? WHERE id = ?", (name, row[0]))
                return row[0]
            return self.db.execute("INSERT INTO saved_searches (name, query, created) VALUES (?,?,?)",
                                   (name, data, _now())).lastrowid

    def saved_searches(self) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM saved_searches ORDER BY id").fetchall()
        return [{**dict(r), "query": json.loads(r["query"])} for r in rows]

    def delete_search(self, search_id: int) -> bool:
        with self.db:
            self.db.execute("DELETE FROM saved_sent WHERE search_id = ?", (search_id,))
            self.db.execute("DELETE FROM saved_matches WHERE search_id = ?", (search_id,))
            return self.db.execute("DELETE FROM saved_searches WHERE id = ?", (search_id,)).rowcount > 0

    def first_archived_in(self, run_id: int, limit: int = -1) -> list[dict[str, Any]]:
        """The articles the run archived for the first time (the first `limit`; -1: all)."""
        rows = self.db.execute("SELECT * FROM articles WHERE first_run = ? ORDER BY rowid LIMIT ?",
                               (run_id, limit)).fetchall()
        return [self._article(row) for row in rows]

    def record_matches(self, search_id: int, run_id: int | None, articles: list[dict[str, Any]]) -> int:
        """Remember the articles a saved search matched; an article already recorded, or a
        copy of one (its fingerprint), is skipped. Returns how many were new."""
        added = 0
        now = _now()
        with self.db:
            for a in articles:
                fp = a.get("fingerprint") or None
                if fp and self.db.execute("SELECT 1 FROM saved_matches WHERE search_id = ? AND fingerprint = ?",
                                          (search_id, fp)).fetchone():
                    continue
                added += self.db.execute("INSERT OR IGNORE INTO saved_matches VALUES (?,?,?,?,?)",
                                         (search_id, a["id"], fp, run_id, now)).rowcount
        return added

    def unsent_matches(self, search_id: int, channel: str, since: str) -> list[dict[str, Any]]:
        """The archived articles the search matched (found at or after `since`) that `channel`
        has not been told, oldest match first."""
        rows = self.db.execute(
            "SELECT a.* FROM saved_matches m JOIN articles a ON a.id = m.article_id"
            " WHERE m.search_id = ? AND m.found >= ? AND NOT EXISTS (SELECT 1 FROM saved_sent s"
            " WHERE s.search_id = m.search_id AND s.article_id = m.article_id AND s.channel = ?)"
            " ORDER BY m.found, a.published DESC, a.id", (search_id, since, channel)).fetchall()
        return [self._article(row) for row in rows]

    def mark_sent(self, search_id: int, channel: str, article_ids: list[str]) -> None:
        now = _now()
        with self.db:
            self.db.executemany("INSERT OR IGNORE INTO saved_sent VALUES (?,?,?,?)",
                                [(search_id, aid, channel, now) for aid in article_ids])
