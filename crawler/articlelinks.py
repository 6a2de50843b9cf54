"""How many of a site's links lead to articles: what tells a night whose listings lost their
article links (a new layout) from a quiet night.

A link counts once, when its URL shape gives articles (learned or a family's rule), when a
feed or sitemap lists it, or when its page is an article: read as one tonight, or archived on
an earlier night. Shapes alone miss sites whose articles share their URL shape with other
pages (a wiki's `/wiki/<Title>`, a portal's one `?id=`), and an incremental night reads none
of the archived articles its listings show. Counted: `article_links` per site, and of them
`incremental/known`, those archived before tonight (a new article link is one of the others); a
link of an article's shape to a page an earlier night found no article on is none.
"""

from __future__ import annotations

from collections.abc import Iterable

from .incremental import KnownPages
from .stats import prefixed, site_key
from .urls import url_key


class ArticleLinks:
    def __init__(self, stats, read: set[str], known: KnownPages | None = None):
        self.stats = stats
        self.read = read  # keys of the pages read as articles tonight (the spider's, kept by `article`)
        self.known = known  # what earlier nights learned (incremental runs)
        self.counted: set[str] = set()
        self.waiting: dict[str, str] = {}  # key of a link not known to be an article -> its site

    def found(self, site: str, links: Iterable[tuple[str, bool]]) -> None:
        """Links of a page of `site`: (URL, whether its shape or a feed says article)."""
        for url, article in links:
            key = url_key(url)
            if key in self.counted:
                continue
            if key in self.read or (self.known is not None and self.known.is_archived(url)):
                self._count(site, key, url)
            elif self.known is not None and self.known.is_other(url):
                continue  # of an article's shape, but an earlier night found no article there
            elif article:
                self._count(site, key, url)
            else:
                self.waiting.setdefault(key, site)

    def article(self, urls: Iterable[str]) -> None:
        """A page read as an article under these addresses: a link to it met earlier counts."""
        for url in urls:
            key = url_key(url)
            self.read.add(key)
            if key not in self.counted and (site := self.waiting.pop(key, None)) is not None:
                self._count(site, key, url)

    def _count(self, site: str, key: str, url: str) -> None:
        self.counted.add(key)
        self.waiting.pop(key, None)
        self.stats.inc_value(site_key(site, "article_links"))
        if self.known is not None and self.known.is_archived(url):
            self.stats.inc_value(prefixed("incremental/known", site))
