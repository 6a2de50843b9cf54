"""A trial crawl of a portal not yet in the registry: the start page and a dozen more, chosen
as the crawl would choose them, through the same generic extraction, site profile and
URL-shape learning as a nightly run (`lmhtx sites add` shows what it found)."""

from __future__ import annotations

import heapq
import http.client
import re
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from protego import Protego

from . import __version__
from .dates import TZ
from .extract import extract
from .families import rules_for
from .families.base import ATTACHMENT
from .guess import guess_name
from .links import page_links
from .parsing import decode_html, doc_base, parse_html
from .profile import SiteProfile
from .registry import inferred_sections
from .sitecheck import fetch
from .text import clean_line
from .themes import waits_for_profile
from .urls import canonical_url, host_of, on_site, url_key
from .urlshapes import UrlShapes

PAGES = 12  # further pages fetched after the start URL (--pages)
MAX_PAGES = 60  # --pages beyond this is refused: a trial, not a crawl
DELAY = 1.0  # seconds between requests (--delay)
TIME_LIMIT = 120.0  # seconds for the whole trial, whatever the site's speed
USER_AGENT = f"lmhtx-archive/{__version__} (sites add)"
NETWORK_ERRORS = (OSError, ValueError, http.client.HTTPException)

# Priorities of links, as the crawl orders them: articles first, then what looks like one
# (a title-length anchor, or a date beside it in a listing), then listings, then the rest.
_PRIORITY = {"article": 20, "dated": 15, "titled": 12, "listing": 10, "other": 0}
_TITLE_ANCHOR = 20  # characters of anchor text that make a link look like an article's title
# Terminal control: C0/C1 controls (ESC sequences, carriage returns) and bidi overrides.
_BIDI = set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f")


class _OutOfTime(Exception):
    pass


class SiteAddError(Exception):
    """A one-line reason the portal cannot be added now; `code` is the exit status."""

    def __init__(self, message: str, code: int = 1):
        super().__init__(message)
        self.code = code


def plain(text, limit: int | None = None) -> str:
    """Crawled text made safe to print: no control characters, one line, at most `limit` chars."""
    text = "".join(" " if unicodedata.category(c) == "Cc" else c for c in str(text) if c not in _BIDI)
    text = " ".join(text.split())
    return text if limit is None or len(text) <= limit else text[: limit - 1] + "…"


@dataclass
class Page:
    seq: int
    url: str
    kind: str  # article | listing | page | stub | denied | http | error | skipped
    reason: str = ""
    item: dict | None = None


@dataclass
class Trial:
    url: str
    final_url: str = ""
    robots: str = "missing"  # allowed | missing (no robots.txt: everything allowed)
    pages: list[Page] = field(default_factory=list)
    profile: SiteProfile = field(default_factory=lambda: SiteProfile("new"))
    shapes: UrlShapes = field(default_factory=UrlShapes)
    furniture: list[int] = field(default_factory=list)  # furniture blocks on each profiled article
    skipped: Counter = field(default_factory=Counter)  # links not fetched, by reason
    stopped: str = ""  # why the trial ended before its page budget
    seconds: float = 0.0
    start_doc: object = None

    @property
    def articles(self) -> list[dict]:
        return [p.item for p in sorted(self.pages, key=lambda p: p.seq) if p.kind == "article"]

    @property
    def fetched(self) -> int:
        return sum(1 for p in self.pages if p.kind != "error")


class _Crawler:
    """The start page, then the best links of every page read, as a crawl would order them."""

    def __init__(self, url: str, *, pages: int, delay: float, timeout: float, time_limit: float):
        self.trial = Trial(url)
        self.budget, self.delay, self.timeout, self.time_limit = pages, delay, timeout, time_limit
        self.rules = rules_for("generic")
        self.started = time.monotonic()
        self.last_request: float | None = None
        self.domains: tuple[str, ...] = ()
        self.sections = inferred_sections([url])  # as the registry will read the entry
        self.robots: Protego | None = None
        self.frontier: list[tuple[int, int, str]] = []  # (-priority, order, url)
        self.queued: dict[str, int] = {}  # url key -> best priority queued
        self.done: set[str] = set()
        self.listing_dates: dict[str, str] = {}
        self.held: list[tuple[int, str, str, str | None]] = []  # (seq, url, html, listing date)
        self.site_name: str | None = None
        self.order = 0

    # -- requests ------------------------------------------------------------------------
    def _get(self, url: str):
        """fetch() after the polite pause, within the time limit (_OutOfTime past it)."""
        if self.last_request is not None and self.delay:
            time.sleep(self.delay)
        left = self.time_limit - (time.monotonic() - self.started)
        if left <= 1:
            self.trial.stopped = f"time limit ({self.time_limit:g} s) reached"
            raise _OutOfTime
        self.last_request = time.monotonic()
        return fetch(url, min(self.timeout, left), user_agent=USER_AGENT)

    def open(self, name: str | None) -> object:
        """robots.txt and the start page; its parsed document. SiteAddError when unreachable."""
        url = self.trial.url
        origin = "{0.scheme}://{0.netloc}".format(urlsplit(url))
        try:
            status, body, _, _ = self._get(origin + "/robots.txt")
        except NETWORK_ERRORS as exc:
            raise SiteAddError(f"cannot reach {plain(url)}: {plain(getattr(exc, 'reason', exc))}") from None
        except _OutOfTime:
            raise SiteAddError(f"{plain(url)}: {self.trial.stopped}") from None
        if status == 200:
            self.robots = Protego.parse(body.decode("utf-8", "replace"))
            self.trial.robots = "allowed"
            crawl_delay = self.robots.crawl_delay(USER_AGENT)
            if self.delay and crawl_delay:
                self.delay = max(self.delay, float(crawl_delay))
        if not self._allowed(url):
            raise SiteAddError(f"robots.txt of {plain(host_of(url))} disallows {plain(url)}: "
                               "the crawl would not fetch it")
        try:
            status, body, ctype, final = self._get(url)
        except NETWORK_ERRORS as exc:
            raise SiteAddError(f"cannot fetch {plain(url)}: {plain(getattr(exc, 'reason', exc))}") from None
        except _OutOfTime:
            raise SiteAddError(f"{plain(url)}: {self.trial.stopped}") from None
        if status != 200:
            raise SiteAddError(f"{plain(url)} answered HTTP {status}")
        self.trial.final_url = final = canonical_url(final)
        hosts = {host_of(url), host_of(final)}
        self.domains = tuple(sorted(hosts | {h[4:] if h.startswith("www.") else "www." + h for h in hosts}))
        html = decode_html(body, ctype)
        doc = parse_html(html)
        self.site_name = name or guess_name(doc) or host_of(final)
        self.trial.start_doc = doc
        self.done.update((url_key(url), url_key(final)))
        self._read(final, html, doc, None)
        return doc

    def _allowed(self, url: str) -> bool:
        return self.robots is None or self.robots.can_fetch(url, USER_AGENT)

    def run(self) -> Trial:
        fetched = 0
        while self.frontier and fetched < self.budget:
            _, _, url = heapq.heappop(self.frontier)
            key = url_key(url)
            if key in self.done:
                continue
            self.done.add(key)
            try:
                status, body, ctype, final = self._get(url)
            except NETWORK_ERRORS as exc:
                self._page(url, "error", f"fetch failed: {plain(getattr(exc, 'reason', exc), 80)}")
                fetched += 1
                continue
            except _OutOfTime:
                break
            fetched += 1
            final = canonical_url(final)
            if not on_site(host_of(final), self.domains):
                self._page(url, "skipped", "redirected off the site")
            elif status != 200:
                self._page(url, "http", f"HTTP {status}")
            elif ctype and not re.search(r"html|xml", ctype, re.I):
                self._page(url, "skipped", f"not a web page ({plain(ctype.split(';')[0], 40)})")
            else:
                self.done.add(url_key(final))
                html = decode_html(body, ctype)
                self._read(final, html, parse_html(html), self.listing_dates.get(url_key(url)))
        if self.frontier and fetched >= self.budget and not self.trial.stopped:
            self.trial.stopped = f"page budget ({self.budget} after the start page) used"
        self._release()  # articles still waiting for a ready profile: extracted with what it has
        self.trial.seconds = round(time.monotonic() - self.started, 1)
        return self.trial

    # -- reading a page, as the spider does ---------------------------------------------
    def _page(self, url: str, kind: str, reason: str = "", item: dict | None = None) -> None:
        self.trial.pages.append(Page(len(self.trial.pages), url, kind, reason, item))

    def _extract(self, doc, url: str, listing_date: str | None):
        profile = self.trial.profile
        result = extract(doc, url, rules=self.rules, site=None, site_name=self.site_name,
                         listing_date=listing_date, fetched_at=datetime.now(TZ), profile=profile)
        if result.is_article and profile.ready:
            self.trial.furniture.append(len(profile.furniture_elements(doc)))
        return result

    def _read(self, url: str, html: str, doc, listing_date: str | None) -> None:
        profile = self.trial.profile
        profile.add(doc)
        result = self._extract(doc, url, listing_date)
        if waits_for_profile(result.kind, profile):
            # Too few pages yet to tell the site's furniture from its articles: the page
            # waits and is extracted again once the profile is ready (as in the crawl).
            self.held.append((len(self.trial.pages), url, html, listing_date))
            self._page(url, "held")
        else:
            self._page(url, result.kind, result.reason, result.item)
        if profile.ready and self.held:
            self._release()
        if result.doc is None:
            return
        shapes = self.trial.shapes
        shapes.saw(url, result.kind)
        if result.is_article and result.item["canonical_url"] != url:
            shapes.saw(result.item["canonical_url"], result.kind)
        self._queue_links(result.doc, url)

    def _release(self) -> None:
        held, self.held = self.held, []
        for seq, url, html, listing_date in held:
            result = self._extract(parse_html(html), url, listing_date)
            page = self.trial.pages[seq]
            page.kind, page.reason, page.item = result.kind, result.reason, result.item

    def _queue_links(self, doc, url: str) -> None:
        anchors = _anchor_lengths(doc, url)
        for link in page_links(doc, url, self.rules, self.domains, learned=self.trial.shapes.kind,
                               sections=self.sections):
            key = url_key(link.url)
            if key in self.done:
                continue
            if link.listing_date:
                self.listing_dates.setdefault(key, link.listing_date)
            if ATTACHMENT.search(link.url):
                continue  # a document, not a page: the crawl reads it with its article
            if not self._allowed(link.url):
                self.trial.skipped["disallowed by robots.txt"] += 1
                self.done.add(key)
                continue
            if link.kind in ("article", "listing"):
                level = link.kind
            elif link.listing_date:
                level = "dated"
            elif not link.pagination and anchors.get(link.url, 0) >= _TITLE_ANCHOR:
                level = "titled"
            else:
                level = "listing" if link.pagination else "other"
            priority = _PRIORITY[level]
            if self.queued.get(key, -1) >= priority:
                continue
            self.queued[key] = priority
            self.order += 1
            heapq.heappush(self.frontier, (-priority, self.order, link.url))


def _anchor_lengths(doc, url: str) -> dict[str, int]:
    """Longest anchor text of each link target on the page (a title, or a menu word)."""
    base = doc_base(doc, url)
    out: dict[str, int] = {}
    for a in doc.iter("a"):
        href = (a.get("href") or "").strip()
        if not href or href.startswith(("#", "mailto:", "tel:", "javascript:")):
            continue
        target = canonical_url(urljoin(base, href))
        out[target] = max(out.get(target, 0), len(clean_line(a.text_content())))
    return out


def try_site(url: str, *, name: str | None = None, pages: int = PAGES, delay: float = DELAY,
             timeout: float = 15.0, time_limit: float = TIME_LIMIT, on_start=None) -> Trial:
    """Fetch `url` and up to `pages` more pages of its site; `on_start(doc)` runs on the start
    page before the rest is fetched (it may raise to stop early)."""
    crawler = _Crawler(url, pages=pages, delay=delay, timeout=timeout, time_limit=time_limit)
    doc = crawler.open(name)
    if on_start is not None:
        on_start(doc)
    return crawler.run()
