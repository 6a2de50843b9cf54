"""The archive's record of crawl runs: one row per run (started, finished or failed, its stats
and the registry it used), what a run left to catch up, and which run saw an article."""

from __future__ import annotations

import json
from typing import Any

from ..stats import prefixed, site_key
from .store import Store, _now


class Runs(Store):
    """The `runs` table (a part of `Archive`)."""

    def start_run(self, sites: list[str], registry: str | None = None, mode: str | None = None) -> int:
        with self.db:
            # A run still "running" here was killed: nothing will finish it.
            self.db.execute("UPDATE runs SET status='failed', reason=COALESCE(reason, 'interrupted'),"
                            " finished_at=COALESCE(finished_at, ?) WHERE status='running'", (_now(),))
            cur = self.db.execute("INSERT INTO runs (started_at, status, sites, registry, mode)"
                                  " VALUES (?, 'running', ?, ?, ?)", (_now(), json.dumps(sites), registry, mode))
            return cur.lastrowid

    def finish_run(self, run_id: int, *, status: str, reason: str | None, stats: dict[str, Any],
                   new: int, changed: int) -> None:
        with self.db:
            self.db.execute(
                "UPDATE runs SET finished_at=?, status=?, reason=?, stats=?, new_articles=?, changed_articles=?"
                " WHERE id=?",
                (_now(), status, reason, json.dumps(stats, ensure_ascii=False, default=str), new, changed, run_id),
            )

    def sites_to_catch_up(self) -> set[str]:
        """Sites whose latest run may have left a gap: it failed (killed, crashed), ran out
        of page budget or was cut for pages or time (crawler.budget), its robots.txt could not
        be read, a listing page failed, a page fetched could not be read (crawler.pageerrors), or
        an article could not be archived (a `degraded` run otherwise crawled fully). Their next
        incremental run walks the listings to the end (known articles are still not fetched)."""
        latest: dict[str, bool] = {}
        for row in self.db.execute("SELECT sites, status, stats FROM runs WHERE status != 'running' ORDER BY id"):
            stats = json.loads(row["stats"]) if row["stats"] else {}
            for site in json.loads(row["sites"]) if row["sites"] else []:
                latest[site] = (row["status"] == "failed" or bool(stats.get(prefixed("portals/budget_exhausted", site)))
                                or stats.get(site_key(site, "cut")) in ("pages", "time")
                                or bool(stats.get(site_key(site, "robots_unavailable")))
                                or bool(stats.get(site_key(site, "listing_errors")))
                                or bool(stats.get(site_key(site, "page_errors")))
                                or bool(stats.get(prefixed("archive/write_errors", site))))
        return {site for site, gap in latest.items() if gap}

    def registry_of(self, article_id: str) -> str | None:
        """The registry file of the last run that saw the article."""
        # first_run: archives whose last_run an older `reextract` blanked
        row = self.db.execute("SELECT r.registry FROM articles a JOIN runs r ON r.id = COALESCE(a.last_run, a.first_run)"
                              " WHERE a.id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def last_run_of(self, article_id: str) -> int | None:
        """The run that last saw the article (or, failing that, first archived it)."""
        row = self.db.execute("SELECT COALESCE(last_run, first_run) FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row[0] if row else None

    def runs(self, limit: int = 20) -> list[dict[str, Any]]:
        rows = self.db.execute("SELECT * FROM runs ORDER BY id DESC LIMIT ?", (limit,)).fetchall()
        return [self._run(r) for r in rows]

    def run(self, run_id: int) -> dict[str, Any] | None:
        row = self.db.execute("SELECT * FROM runs WHERE id = ?", (run_id,)).fetchone()
        return self._run(row) if row else None

    @staticmethod
    def _run(row) -> dict[str, Any]:
        return {**dict(row), "stats": json.loads(row["stats"]) if row["stats"] else None,
                "sites": json.loads(row["sites"]) if row["sites"] else []}
