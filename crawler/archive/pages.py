"""What the crawl keeps between runs about pages that are not (yet) articles: every page it need
not fetch again (the incremental crawl), the article fetches that failed (retried on later nights
with backoff), each site's template learned from its pages (crawler/profile.py) and what its URL
shapes turned out to be (crawler/urlshapes.py)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import datetime, timedelta

from ..dates import TZ
from ..profile import SiteProfile
from ..urls import url_key
from ..urlshapes import UrlShapes
from .store import Store, _now


class Pages(Store):
    """The `pages`, `failed`, `profiles` and `url_shapes` tables (a part of `Archive`)."""

    # -- pages (the incremental crawl) -------------------------------------------------
    def known_pages(self) -> Iterator[tuple[str, str, str, str | None, str]]:
        """(key, site, kind, published, last_seen) of every page the crawl need not fetch again."""
        yield from self.db.execute("SELECT key, site, kind, published, last_seen FROM pages")

    def saw_pages(self, rows: list[tuple[str, str, str]]) -> None:
        """Record (url, site, kind) of pages that are not articles (or are gone)."""
        now = _now()
        with self.db:
            # An article stays an article: a later 404 or a stub view does not unlearn it.
            self.db.executemany(
                "INSERT INTO pages VALUES (?,?,?,NULL,?) ON CONFLICT(key) DO UPDATE SET"
                " kind=CASE WHEN pages.kind='article' THEN pages.kind ELSE excluded.kind END,"
                " last_seen=excluded.last_seen",
                [(url_key(url), site, kind, now) for url, site, kind in rows])

    # -- failed article fetches (retried on later nights) ----------------------------------
    def failed_due(self, day: str) -> list[tuple[str, str]]:
        """(url, site) of the failed article addresses due for another try on `day`."""
        return [(r[0], r[1]) for r in self.db.execute(
            "SELECT url, site FROM failed WHERE next_try IS NOT NULL AND next_try <= ? ORDER BY rowid", (day,))]

    def failed_keys(self) -> set[str]:
        """URL keys of the failed addresses not given up."""
        return {r[0] for r in self.db.execute("SELECT key FROM failed WHERE next_try IS NOT NULL")}

    def remember_failed(self, url: str, site: str, error: str, *, first_days: float, limit: int) -> bool:
        """One more failed fetch of an article address: due again after first_days, then
        twice as long after each further failure; returns True when this failure is the
        `limit`-th and the address is given up."""
        now = datetime.now(TZ)
        key = url_key(url)
        with self.db:
            row = self.db.execute("SELECT tries, next_try FROM failed WHERE key = ?", (key,)).fetchone()
            if row is not None and row["next_try"] is None:
                return False  # given up already: counted then
            tries = (row["tries"] if row else 0) + 1
            due = None if tries >= limit else (now + timedelta(days=first_days * 2 ** (tries - 1))).date().isoformat()
            self.db.execute("INSERT OR REPLACE INTO failed VALUES (?,?,?,?,?,?,?)",
                            (key, url, site, tries, now.isoformat(timespec="seconds"), due, error))
        return due is None

    def forget_failed(self, url: str) -> None:
        with self.db:
            self.db.execute("DELETE FROM failed WHERE key = ?", (url_key(url),))

    # -- site profiles (templates learned from the pages) --------------------------------
    def save_profile(self, profile: SiteProfile) -> None:
        data = json.dumps(profile.to_json(), ensure_ascii=False, separators=(",", ":"))
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO profiles VALUES (?,?,?,?)",
                            (profile.site, data, profile.pages, _now()))

    def load_profile(self, site: str) -> SiteProfile | None:
        row = self.db.execute("SELECT data FROM profiles WHERE site = ?", (site,)).fetchone()
        return SiteProfile.from_json(json.loads(row[0])) if row else None

    # -- site URL shapes (what each path template's pages were) ----------------------------
    def save_shapes(self, site: str, shapes: UrlShapes) -> None:
        data = json.dumps(shapes.to_json(), ensure_ascii=False, separators=(",", ":"))
        with self.db:
            self.db.execute("INSERT OR REPLACE INTO url_shapes VALUES (?,?,?)", (site, data, _now()))

    def load_shapes(self, site: str) -> UrlShapes:
        row = self.db.execute("SELECT data FROM url_shapes WHERE site = ?", (site,)).fetchone()
        return UrlShapes(json.loads(row[0]) if row else None)
