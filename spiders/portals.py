"""`scrapy crawl portals`: one spider for every registry site, driven by the registry and the
CMS family rules. It stays thin: classification and extraction live in `crawler.extract`."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from urllib.parse import urlsplit, urlunsplit

import scrapy
from scrapy import signals
from scrapy.exceptions import CloseSpider, DontCloseSpider, IgnoreRequest, UsageError
from scrapy.http import TextResponse
from scrapy.spidermiddlewares.httperror import HttpError

from crawler.archive import Archive, ArchiveError
from crawler.articlelinks import ArticleLinks
from crawler.attachments import pdf_text
from crawler.dates import TZ
from crawler.extract import NO_SIGNALS, extract
from crawler.families import rules_for_site
from crawler.feeds import feed_entries, sitemap_entries, xml_kind
from crawler.incremental import MODES, FailedArticles, KnownPages
from crawler.items import ArticleItem
from crawler.links import OUTSIDE, PAGE_NUMBER, ListingDates, in_section_path, page_links, section_menu
from crawler.metadata import find_canonical, says_noindex
from crawler.multipage import MAX_PARTS, extract_part, is_part, joined, next_part
from crawler.parsing import decode_html, doc_base, parse_html
from crawler.postbacks import VIEWSTATE_FORM, pager_postbacks
from crawler.registry import DEFAULT_REGISTRY, RegistryError, load_sites, select
from crawler.stats import prefixed, site_key
from crawler.themes import SiteProfiles, waits_for_clock, waits_for_profile
from crawler.urls import canonical_url, host_of, in_sections, on_site, path_and_query, url_key
from crawler.urlshapes import UrlShapes, identity, ids, same_article, slug, template

# Scheduling priorities: articles before the next listing page, so a budget-limited
# crawl keeps articles rather than spending its pages on pagination.
PRIORITY = {"article": 20, "listing": 10, "other": 0}
MAX_PDF_PER_ARTICLE = 3
TWIN_SLUG_WORDS = 5  # an article's slug (a category's name is shorter), as the profile's twin test reads it


def _known_kind(result) -> str:
    """What a page that is no article is remembered as for later nights (crawler.incremental)."""
    return "undecided" if result.reason == NO_SIGNALS else result.kind


_TITLE_KEY = "title "  # an identity by title and date alone: texts alike, not the very text


def _identities(fields: dict) -> list[tuple[tuple[str, str], str]]:
    """The keys naming an article, each with the stat counting an address joined by it: its
    address without the slug beside an id and its text's fingerprint; its text; its title and
    date, within its site; its text and the minute it was posted."""
    same, text = identity(fields["canonical_url"]), fields["fingerprint"]
    keys = [((same, text), "slug_alias")] if same is not None and text else []
    keys.append(((fields["site"], fields["content_hash"]), "content_alias"))
    if text:
        keys.append(((fields["site"], "text " + text), "content_alias"))
    keys.append(((fields["site"], f"{_TITLE_KEY}{fields['title']} {fields['published']}"), "content_alias"))
    if (published := fields.get("published")) and published[11:19] != "00:00:00":
        # the very text posted at the very minute, at addresses of two shapes: one post in two views
        # (a list archive's topic and its first message's own page); at two of one shape, the article
        # posted twice (a portal's second category)
        keys.append(((fields["site"], f"posted {fields['content_hash']} {published}"), "posted_alias"))
    return keys


class PortalsSpider(scrapy.Spider):
    name = "portals"

    def __init__(self, sites: str | None = None, site: str | None = None, province: str | None = None,
                 max_pages: str | int | None = None, mode: str = "incremental", *args, **kwargs):
        super().__init__(*args, **kwargs)
        if mode not in MODES:
            raise UsageError(f"mode must be one of {', '.join(MODES)}, not {mode!r}")
        # incremental: skip pages the archive knows, stop paging where a listing holds only
        # known articles; backfill: walk every listing to its end.
        self.mode = mode
        self.known: KnownPages | None = None
        self.failed: FailedArticles | None = None  # article addresses that failed on earlier nights
        self.registry_path = str(sites) if sites else str(DEFAULT_REGISTRY)
        try:
            registry = load_sites(sites)
            self.sites = {s.id: s for s in select(registry, site=site, province=province)}
        except (RegistryError, ValueError, OSError) as exc:
            raise UsageError(str(exc)) from exc
        if not self.sites:
            raise UsageError("no site to crawl: the selection is empty")
        try:
            self.max_pages = int(max_pages) if max_pages not in (None, "") else None
        except ValueError as exc:
            raise UsageError(f"max_pages must be a number, not {max_pages!r}") from exc
        self.rules = {s.id: rules_for_site(s) for s in self.sites.values()}
        self.allowed_domains = sorted({d for s in self.sites.values() for d in s.allowed_domains})
        self.scheduled: Counter[str] = Counter()
        self.requested: set[str] = set()  # URL keys of the requests made
        # The date a listing printed beside an article link, by article: the article may be
        # reached first through a link without one (a sidebar), so dates are kept apart from
        # requests, and undated articles wait until the listings are all read.
        self.listing_dates = ListingDates()
        self.held: dict[str, tuple[str, ArticleItem]] = {}
        self.profiled: set[str] = set()  # canonical addresses of the pages the site profiles have read
        self.undecided: dict[str, tuple[str, str]] = {}  # url key -> (URL, site) of prose with no article signal
        # What each site's pages turned out to be, by URL template: link kinds learned per site (and
        # kept in the archive over the nights: open_known loads them).
        self.shapes = {s: UrlShapes() for s in self.sites}
        self.profiles: SiteProfiles | None = None  # each site's template, opened with the archive
        self.pages_read = 0  # (checkpoints of what was learned: _checkpoint)
        self.checkpoint_pages: int  # a checkpoint every so many pages (from the settings, in from_crawler)
        self.unprofiled: dict[str, list[tuple[str, str, str | None, bool, str]]] = {}
        self.unclocked: dict[str, list[tuple[str, str, str | None, bool, str]]] = {}  # (the same: `waits_for_clock`)
        # an article's identity (_identities) -> its first URL (this run's or the archive's)
        self.identities: dict[tuple[str, str], str] = {}
        self.copies: set[str] = set()  # keys of the pages that asked not to be indexed (metadata.says_noindex)
        self.next_parts: dict[str, str] = {}  # article key -> its next part's address (crawler.multipage)
        # (item, URL, listing date, last try, linked page) of articles waiting for the page their title links to
        self.linked_waiting: list[tuple[dict, str, str | None, bool, str, bool]] = []
        self.article_keys: set[str] = set()  # URL keys of the pages read as articles (their aliases too)
        self.aliased: dict[str, str] = {}  # URL key of an article's other address -> its first address's
        # URL key -> where it moved: its redirect (crawler.incremental's middleware) or the canonical it names
        self.moved_to: dict[str, str] = {}
        self.article_links: ArticleLinks  # which links lead to articles (made in open_known: it counts in the stats)
        # each shared-host site's sections: the registry's, and the pages its own menu lists (links.section_menu)
        self.sections = {s.id: s.sections for s in self.sites.values()}

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        spider.checkpoint_pages = crawler.settings.getint("LMHTX_CHECKPOINT_PAGES")
        if spider.checkpoint_pages < 1:
            raise UsageError(f"LMHTX_CHECKPOINT_PAGES must be a number of pages, 1 or more, "
                             f"not {crawler.settings.get('LMHTX_CHECKPOINT_PAGES')!r}")
        crawler.signals.connect(spider.release_held, signal=signals.spider_idle)
        crawler.signals.connect(spider.open_known, signal=signals.spider_opened)
        crawler.signals.connect(spider.close_known, signal=signals.spider_closed)
        return spider

    def open_known(self, spider):
        self.crawler.stats.set_value("portals/mode", self.mode)
        self.article_links = ArticleLinks(self.crawler.stats, read=self.article_keys)
        try:
            self.archive = Archive(self.crawler.settings.get("LMHTX_DATA"))
        except ArchiveError:  # said in one line by the archive pipeline
            raise CloseSpider("archive_unreadable") from None
        self.profiles = SiteProfiles(self.archive, min_fit=self.crawler.settings.getfloat("LMHTX_PROFILE_MIN_FIT"))
        self.profiles.load(self.sites)
        self.shapes = {s: self.archive.load_shapes(s) for s in self.sites}
        self.failed = FailedArticles.from_settings(self.archive, self.crawler.settings)
        if self.mode == "incremental":
            self.known = KnownPages.from_settings(self.crawler.settings)
            self.article_links.known = self.known
            self.crawler.stats.set_value("incremental/known_pages", len(self.known))
            if catch_up := sorted(self.known.catch_up & set(self.sites)):
                self.crawler.stats.set_value("incremental/catch_up", catch_up)
                self.logger.info("catching up (the last run left a gap): %s", ", ".join(catch_up))

    def close_known(self, spider):
        if self.profiles is None:  # the archive could not be opened
            return
        self._checkpoint()
        self.archive.close()
        if self.known is not None:
            self.known.close()

    # -- requests -------------------------------------------------------------------
    def page_budget(self, site) -> int | None:
        """The pages asked for this site in this run (--max-pages, else the registry's
        max_pages; None: no request). Reaching it is what was asked, told as
        portals/budget_exhausted, not a fault; crawler.budget's safety budget rises to it."""
        return self.max_pages or site.max_pages

    def request(self, site, url: str, callback, *, kind: str = "other", listing_date: str | None = None,
                force: bool = False, revalidate: bool = False, frame: bool = False):
        key = url_key(url)
        # A frame is a part of its page, asked for whenever the page is (not a known page), by its
        # own address: a frameset "/" whose main frame is "default.asp" shares its URL key.
        asked = f"frame {url}" if frame else key
        if not force:
            # Most links of a page are its menus and sidebars, met on every page: drop them
            # here, before a Request and the middlewares' and dupefilter's work.
            if asked in self.requested:
                return None
            if (self.known is not None and self.known.skip(url, dated=bool(self.listing_dates.get(key, listing_date)))
                    and (not frame or self.known.is_archived(url))):
                if kind != "article":  # known articles are counted by ArticleLinks, once each
                    self.crawler.stats.inc_value(f"incremental/known_other/{site.id}")
                return None
        if not self._admit(site, asked, force):
            return None
        # kind: what the link looked like; revalidate: not an article (a listing, feed or
        # sitemap), fetched with a conditional request (crawler.httpcache).
        meta = {"site": site.id, "kind": kind, "revalidate": revalidate or kind != "article"}
        if frame:  # a part of the page that links it (a frameset's menu): never a known page
            meta["frame"] = True
        if listing_date := self.listing_dates.get(key, listing_date):
            meta["listing_date"] = listing_date
        return scrapy.Request(url, callback=callback, meta=meta, priority=PRIORITY.get(kind, 0),
                              errback=self.on_error)

    def _admit(self, site, key: str, force: bool = False) -> bool:
        """Whether a request within the site's page budget may go, counted as made."""
        budget = self.page_budget(site)
        if budget is not None and self.scheduled[site.id] >= budget and not force:
            self.crawler.stats.inc_value(prefixed("portals/budget_exhausted", site.id))
            return False
        self.requested.add(key)
        self.scheduled[site.id] += 1
        return True

    def postback_requests(self, site, response, doc):
        """The older pages of a WebForms listing, whose pager posts the form back
        (`crawler.postbacks`): one POST per page, each page once. Page 1 is the page as served;
        a relative "Trang sau" counts as the page after this one."""
        depth = response.meta.get("postback_page", 1)
        for pb in pager_postbacks(doc):
            if pb.page == "1":
                continue
            page = int(pb.page) if pb.page else depth + 1
            key = f"{url_key(response.url)} postback {pb.target} {pb.page or f'{pb.argument}@{page}'}"
            if key in self.requested or not self._admit(site, key):
                continue
            try:
                req = scrapy.FormRequest.from_response(
                    response, formxpath=VIEWSTATE_FORM, dont_click=True,
                    formdata={"__EVENTTARGET": pb.target, "__EVENTARGUMENT": pb.argument},
                    callback=self.parse_page, errback=self.on_error, priority=PRIORITY["listing"],
                    meta={"site": site.id, "kind": "listing", "postback_page": page})
            except ValueError as exc:  # no form to post after all
                self.logger.warning("%s: cannot post the pager of %s back (%s)", site.id, response.url, exc)
                self.crawler.stats.inc_value(site_key(site.id, "postback_failed"))
                continue
            self.crawler.stats.inc_value(site_key(site.id, "postback_pages"))
            yield req

    async def start(self):
        due: dict[str, list[str]] = {}
        for url, site_id in self.failed.due() if self.failed is not None else ():
            due.setdefault(site_id, []).append(url)
        for site in self.sites.values():
            for url in due.get(site.id, ()):  # failed on an earlier night: whichever page linked it
                if self.known is not None and self.known.skip(url):
                    self.failed.resolved(url)  # archived since
                elif req := self.request(site, url, self.parse_page, kind="article", force=True):
                    req.meta["failed_before"] = True
                    self.crawler.stats.inc_value("portals/retried_failed")
                    yield req
            for url in site.start_urls:
                if req := self.request(site, url, self.parse_page, kind="listing", force=True):
                    yield req
            for url in site.sitemaps:
                if req := self.request(site, url, self.parse_sitemap, force=True, revalidate=True):
                    yield req
            for url in site.feeds:
                if req := self.request(site, url, self.parse_feed, force=True, revalidate=True):
                    yield req
            if not site.sitemaps:
                # Sitemaps the site announces in robots.txt (the robots middleware keeps its own copy,
                # and lets this one through once it could read it: crawler.middlewares).
                for origin in sorted({"{0.scheme}://{0.netloc}".format(urlsplit(u)) for u in site.start_urls}):
                    if req := self.request(site, origin + "/robots.txt", self.parse_robots, kind="robots",
                                           force=True, revalidate=True):
                        yield req

    def _site(self, response):
        site = self.sites[response.meta["site"]]
        self.crawler.stats.inc_value(site_key(site.id, "responses"))
        return site

    # -- callbacks ------------------------------------------------------------------
    def _checkpoint(self) -> None:
        """What the run has learned of its sites, into the archive."""
        assert self.profiles is not None
        self.profiles.save()
        for site, shapes in self.shapes.items():
            if shapes.seen:
                self.archive.save_shapes(site, shapes)

    def parse_page(self, response):
        site = self._site(response)
        stats = self.crawler.stats
        self.pages_read += 1
        if self.pages_read % self.checkpoint_pages == 0:
            self._checkpoint()
        if self.failed is not None and any([self.failed.resolved(u) for u in
                                            (response.url, *response.meta.get("redirect_urls", ()))]):
            stats.inc_value("portals/failed_recovered")
        if not isinstance(response, TextResponse):
            stats.inc_value(f"portals/skipped_binary/{site.id}")
            return
        if xml := xml_kind(response.body, response.headers.get("Content-Type")):
            # a feed or sitemap a page links as a page (a forum footer's "RSS"): its entries, no text
            yield from (self.parse_feed if xml == "feed" else self.parse_sitemap)(response)
            return
        rules = self.rules[site.id]
        listing_date = self.listing_dates.get(url_key(response.url), response.meta.get("listing_date"))
        # decoded as `reextract` will decode the page from the WARC: registry encoding first
        text = decode_html(response.body, response.headers.get("Content-Type"), site.encoding)
        doc = parse_html(text)
        if says_noindex(doc):
            self.copies.add(url_key(response.url))
        outside = response.meta.get("kind") == OUTSIDE
        sections = self.sections[site.id]
        if sections and not outside and in_sections(urlsplit(response.url).path, site.sections):
            # a page of the section itself: the pages its own menu lists are the section's
            sections = self.sections[site.id] = tuple(dict.fromkeys(
                (*sections, *sorted(section_menu(doc, response.url, site.allowed_domains)))))
        if outside and not in_section_path(doc, response.url, sections):
            stats.inc_value(site_key(site.id, "outside_section"))  # another body's page of the shared host
            self.logger.debug("not the site's (out of its sections, no breadcrumb into them): %s", response.url)
            return
        shapes = self.shapes[site.id]
        # A ready profile learns from article pages only (listings are re-read every night).
        listing = "listing" in (response.meta.get("kind"), shapes.kind(response.url))
        # One page under many addresses (a twin, a portal's page state in every link) teaches
        # the profile once: known by its canonical address, or by the article's slug it names
        # (not a listing's: its pages share their category's slug, and each teaches a young profile).
        canonical = find_canonical(doc, response.url)
        if url_key(canonical) != url_key(response.url):
            self.moved_to.setdefault(url_key(response.url), canonical)  # (as good as a redirect to it)
        named = None if listing or PAGE_NUMBER.search(canonical) else slug(canonical, TWIN_SLUG_WORDS)
        page_keys = {url_key(canonical)} | ({f"{site.id} slug {named}"} if named else set())
        seen = not page_keys.isdisjoint(self.profiled)
        self.profiled |= page_keys
        profile, theme_changed = self.profiles.page(site.id, doc, learn=not listing, seen=seen)
        if theme_changed:
            self.logger.warning("%s: pages no longer fit the learned template: a new theme, learning it again", site.id)
            stats.inc_value(site_key(site.id, "theme_changed"))
        result = self._extract(site, doc, response.url, listing_date, profile)
        stats.inc_value(f"portals/pages/{result.kind}")
        stats.inc_value(site_key(site.id, result.kind))
        if profile.clock_settled and self.unclocked.get(site.id):
            # (before this page: an article's earlier address first, as if it had not waited)
            yield from self._release_unprofiled(site, self.unclocked)
        waiting = waits_for_profile(result.kind, profile)
        if waiting:
            # Too few pages of the site yet to tell its furniture from its articles (a sidebar
            # of links can make an article look like a list): the page waits (as text) and is
            # extracted again once the profile is ready, or at idle. Its links are followed now.
            self.unprofiled.setdefault(site.id, []).append(
                (response.url, text, listing_date, bool(response.meta.get("last_try")), result.kind))
        elif result.is_article and not is_part(response.url) and waits_for_clock(profile):
            # (so does an article with its time of day, until the site's clocks are known)
            stats.inc_value(site_key(site.id, "waited_for_clock"))
            self.unclocked.setdefault(site.id, []).append(
                (response.url, text, listing_date, bool(response.meta.get("last_try")), result.kind))
        elif result.is_article and is_part(response.url):
            stats.inc_value(site_key(site.id, "article_part_pages"))  # read with its first page
            if self.known is not None:
                self.known.saw(response.url, site.id, "alias")  # not fetched again by itself
        elif result.is_article:
            yield from self._article_of(site, result, response.url, listing_date, response.meta.get("last_try"))
        elif result.kind != "listing":
            self.logger.debug("not an article (%s: %s): %s", result.kind, result.reason, response.url)
            if result.reason == NO_SIGNALS and not listing_date and not response.meta.get("last_try"):
                # met before the listing that dates it (a sitemap's entry): read again at idle if one does
                self.undecided[url_key(response.url)] = (response.url, site.id)
        if profile.ready and self.unprofiled.get(site.id):
            yield from self._release_unprofiled(site)
        if result.doc is None:
            return
        shapes.saw(response.url, result.kind)
        if result.is_article and result.item["canonical_url"] != response.url:
            shapes.saw(result.item["canonical_url"], result.kind)
        yield from self._discovered_feeds(site, result.doc, response.url)
        links = page_links(result.doc, response.url, rules, site.allowed_domains, learned=shapes.kind,
                           sections=sections)
        articles = [link for link in links if link.kind == "article"]
        self.article_links.found(site.id, ((link.url, link.kind == "article") for link in links))
        if self.known is not None:
            if result.is_article:  # the other addresses of the article: redirected from, or a variant
                canonical = result.item["canonical_url"]
                for url in {response.url, *response.meta.get("redirect_urls", ())}:
                    if url_key(url) != url_key(canonical):
                        self.known.alias(url, site.id, canonical)
            elif not result.is_article and result.kind != "listing" and not response.meta.get("frame") and not waiting:
                # (a page waiting for its site's profile is recorded once read again: a run killed
                # before that must not leave later nights skipping it)
                self.known.saw(response.url, site.id, _known_kind(result))  # not worth a nightly visit
        # Incremental: a listing whose articles are all known is where the news we have
        # begins; the older pages behind it hold nothing new.
        stop_paging = (self.known is not None and result.kind == "listing" and articles
                       and self.known.all_archived(site.id, (link.url for link in articles)))
        if stop_paging:
            stats.inc_value(prefixed("incremental/pagination_stopped", site.id))
        for link in links:
            if outside and link.kind == OUTSIDE:
                continue  # from a page out of the sections, only their own links: no walk of the host
            if link.listing_date:
                self.listing_dates.add(url_key(link.url), link.listing_date)
            # From every page, everything on the site: what a link leads to is known only once
            # its page is read (menus repeat on every page and are dropped before a Request).
            if stop_paging and link.pagination:
                continue
            if req := self.request(site, link.url, self.parse_page, kind=link.kind, listing_date=link.listing_date,
                                   frame=link.frame):
                yield req
        if result.kind == "listing" and not stop_paging:
            yield from self.postback_requests(site, response, result.doc)

    def _follow_entries(self, site, entries):
        for url, published in entries:
            url = canonical_url(url)
            if site.covers(url):  # a shared portal's sitemap lists every body's pages
                if published:
                    self.listing_dates.add_instant(url_key(url), published)
                # Feeds and sitemaps list articles, whatever their URLs look like, and listings.
                kind = self.rules[site.id].url_kind(path_and_query(url))
                kind = kind if kind in ("denied", "listing") else "article"
                if kind == "denied" or (self.known is not None and kind != "article" and PAGE_NUMBER.search(url)):
                    continue  # incremental: the sitemap's older listing pages hold nothing new
                if req := self.request(site, url, self.parse_page, kind=kind, listing_date=published):
                    yield req

    # -- site profiles ------------------------------------------------------------------
    def _extract(self, site, doc, url: str, listing_date: str | None, profile):
        result = extract(doc, url, rules=self.rules[site.id], site=site.id, site_name=site.name,
                         province=site.province, province_today=site.province_today,
                         listing_date=listing_date, fetched_at=datetime.now(TZ), profile=profile)
        if result.is_article and not is_part(url) and (part := next_part(result.doc, url)):
            # read before it goes out (a later part met first must not set where the reading starts)
            self.next_parts.setdefault(url_key(result.item["canonical_url"]), part)
        return result

    def _release_unprofiled(self, site, waiting=None, *, idle: bool = False):
        """The pages of `waiting` (those waiting for the site's profile, or for its clocks) read
        again; an article that still waits for the clocks waits on, but at idle."""
        profile = self.profiles.get(site.id)
        for url, text, listing_date, last_try, first in (self.unprofiled if waiting is None else waiting).pop(site.id, []):
            listing_date = listing_date or self.listing_dates.get(url_key(url))  # a feed read while it waited
            result = self._extract(site, parse_html(text), url, listing_date, profile)
            if result.is_article and not is_part(url) and not idle and profile is not None \
                    and waits_for_clock(profile):
                self.unclocked.setdefault(site.id, []).append((url, text, listing_date, last_try, first))
                continue
            if result.is_article and not is_part(url):
                yield from self._article_of(site, result, url, listing_date, last_try)
            elif result.kind != "listing" and self.known is not None:
                self.known.saw(url, site.id, _known_kind(result))  # not worth a nightly visit
            if result.reason == NO_SIGNALS and not listing_date and not last_try:
                self.undecided[url_key(url)] = (url, site.id)
            if result.kind != first:  # the site's template changed the verdict on the page
                self.crawler.stats.inc_value(site_key(site.id, result.kind))
                self.crawler.stats.inc_value(site_key(site.id, first), -1)
                self.crawler.stats.inc_value(f"portals/pages/{result.kind}")
                self.crawler.stats.inc_value(f"portals/pages/{first}", -1)

    def _plain_address(self, item, url: str) -> str | None:
        """The article's address without its query, when the page names no other canonical
        address, that path alone names an article (an id or a slug in it) and the crawl asked
        for it: the same article, whichever of the two is read first (SPIP's "article142.html"
        and its "?lang=vi", "?var_mode=calcul"), so this one waits for it. None otherwise."""
        parts = urlsplit(url)
        if not parts.query or url_key(item["canonical_url"]) != url_key(url):
            return None
        plain = urlunsplit(parts._replace(query="", fragment=""))
        return plain if url_key(plain) in self.requested and (ids(plain) or slug(plain)) else None

    def _article_of(self, site, result, url: str, listing_date: str | None, last_try):
        """An article page's item; one showing its post under a title that links to another
        page waits for that page: a section holding one post shows it whole, and whichever of
        the two came first would keep the text (the other its alias). At idle it goes on."""
        plain = None if result.linked_post else self._plain_address(result.item, url)
        target = result.linked_post or plain
        if target and not last_try and target.startswith(("http:", "https:")) and on_site(host_of(target), site.allowed_domains):
            self.crawler.stats.inc_value(site_key(site.id, "waited_for_linked_post"))
            self.linked_waiting.append((result.item, url, listing_date, last_try, target, plain is not None))
            if req := self.request(site, target, self.parse_page):
                yield req
            return
        yield from self._article(result.item, url, listing_date, last_try)

    def _article(self, fields: dict, url: str, listing_date: str | None, last_try):
        # One article under two slugs beside its id, with no rel=canonical to say so (a CMS
        # linking it by an old or ASCII title): the second address is an alias of the first.
        # So is the same title and text at another address of the site naming the same id (a
        # portal's "/Default.aspx?tabid=120&ItemID=4521" beside its "/tin-tuc/chi-tiet?id=4521");
        # So is it under an address naming the same slug (a portal's state-laden address and its
        # clean one); under another id it is the article posted twice, and both are kept.
        self.article_links.article((url, fields["canonical_url"]))  # (into article_keys)
        # The articles kept on earlier nights come first: a run killed between the two addresses
        # of one article (or a later night meeting its other address) joins them all the same.
        for kept in self.archive.like(fields["site"], content_hash=fields["content_hash"],
                                      fingerprint=fields["fingerprint"], title=fields["title"]):
            for key, _ in _identities(kept):
                self.identities.setdefault(key, kept["canonical_url"])
        for key, stat in _identities(fields):
            first = self.identities.setdefault(key, fields["canonical_url"])
            if self.aliased.get(url_key(first)) == url_key(fields["canonical_url"]):
                continue  # (the first address met is this article's own alias: an undated article read again)
            # (the same text at an address that asks not to be indexed, or after one: a wiki's old
            # revision, a forum's print view, whatever ids their addresses name)
            if url_key(first) != url_key(fields["canonical_url"]) and (
                    stat == "slug_alias" or (stat == "posted_alias" and template(first) != template(fields["canonical_url"]))
                    or same_article(first, fields["canonical_url"], same_text=not key[1].startswith(_TITLE_KEY))
                    or (stat == "content_alias" and not self.copies.isdisjoint((url_key(first), url_key(url))))):
                self.aliased[url_key(fields["canonical_url"])] = url_key(first)
                self.crawler.stats.inc_value(site_key(fields['site'], stat))
                if self.known is not None:
                    self.known.alias(fields["canonical_url"], fields["site"], first)
                if listing_date and url_key(first) in self.held:
                    # the first address went undated; the listing dates it under this one
                    self.listing_dates.add(url_key(first), listing_date)
                return
        item = ArticleItem(**fields)
        if item["published"] or listing_date or last_try:
            yield from self._emit(item)
        else:
            self.held[url_key(item["canonical_url"])] = (url, item)

    def _discovered_feeds(self, site, doc, url: str):
        """Feeds a page announces (<link rel=alternate type=rss/atom>): read like the registry's."""
        for href in doc.xpath("//link[contains(@rel,'alternate')][contains(@type,'rss') or contains(@type,'atom')]/@href"):
            feed = canonical_url(href.strip(), base=doc_base(doc, url))
            if feed.startswith("http") and on_site(host_of(feed), site.allowed_domains):
                if req := self.request(site, feed, self.parse_feed, revalidate=True):
                    yield req

    def parse_robots(self, response):
        site = self._site(response)
        for line in response.text.splitlines() if isinstance(response, TextResponse) else ():
            name, _, value = line.partition(":")
            if name.strip().lower() == "sitemap" and value.strip():
                url = canonical_url(value.strip(), base=response.url)
                if on_site(host_of(url), site.allowed_domains):
                    if req := self.request(site, url, self.parse_sitemap, force=True, revalidate=True):
                        yield req

    def parse_feed(self, response):
        site = self._site(response)
        entries = feed_entries(response.body)
        self.crawler.stats.inc_value(f"portals/feed_entries/{site.id}", len(entries))
        self.article_links.found(site.id, ((url, True) for url, _ in entries))
        yield from self._follow_entries(site, entries)

    def parse_sitemap(self, response):
        site = self._site(response)
        children, entries = sitemap_entries(response.body)
        for child in children:
            if req := self.request(site, child, self.parse_sitemap, force=True, revalidate=True):
                yield req
        self.crawler.stats.inc_value(f"portals/sitemap_entries/{site.id}", len(entries))
        self.article_links.found(site.id, ((url, True) for url, _ in entries))
        yield from self._follow_entries(site, entries)

    def release_held(self):
        """At idle: articles waiting for their site's profile are extracted with what it has
        learned; undated articles, and pages with prose but no sign of news (met through a
        sitemap before their listing), whose listing date showed up late are fetched again with
        it; the other undated articles go out undated."""
        if self.unprofiled or self.unclocked:
            self._released_unprofiled = [item for waiting in (self.unprofiled, self.unclocked) for site_id in list(waiting)
                                         for item in self._release_unprofiled(self.sites[site_id], waiting, idle=True)]
            self.crawler.engine.crawl(scrapy.Request("data:,", callback=self._emit_unprofiled, dont_filter=True,
                                                     meta={"dont_obey_robotstxt": True}))
            raise DontCloseSpider
        if self.linked_waiting:
            self._released_linked, self.linked_waiting = self.linked_waiting, []
            self.crawler.engine.crawl(scrapy.Request("data:,", callback=self._emit_linked_waiting, dont_filter=True,
                                                     meta={"dont_obey_robotstxt": True}))
            raise DontCloseSpider
        undecided, self.undecided = self.undecided, {}
        dated = [(url, site_id, late) for key, (url, site_id) in undecided.items()
                 if (late := self.listing_dates.get(key, feed=False))]  # (a feed's alone makes no article of it)
        for url, site_id, late in dated:
            self.crawler.stats.inc_value(site_key(site_id, "undecided_dated_late"))
            self.crawler.engine.crawl(scrapy.Request(
                url, callback=self.parse_page, dont_filter=True, errback=self.on_error,
                meta={"site": site_id, "listing_date": late, "last_try": True}))
        if not self.held:
            if dated:
                raise DontCloseSpider
            return
        held, self.held = self.held, {}
        release = []
        for key, (url, item) in held.items():
            late = self.listing_dates.get(key) or self.listing_dates.get(url_key(url))
            if late:
                site = self.sites[item["site"]]
                req = scrapy.Request(url, callback=self.parse_page, dont_filter=True, errback=self.on_error,
                                     meta={"site": site.id, "listing_date": late, "last_try": True})
                self.crawler.engine.crawl(req)
            else:
                release.append(item)
        if release:
            self._released = release
            self.crawler.engine.crawl(scrapy.Request("data:,", callback=self._emit_released, dont_filter=True,
                                                     meta={"dont_obey_robotstxt": True}))
        raise DontCloseSpider

    def _emit_linked_waiting(self, response):
        """The articles that waited for the page their title links to: no article if that page
        is one (this page showed its post, whole or cut: a section's, an archive's), else kept.
        A page whose link leads to another waiting page is judged after it (a stream showing a
        post whole waits for the post's page, which may wait for a page of its own)."""
        waiting = []
        for fields, url, listing_date, last_try, target, variant in self.__dict__.pop("_released_linked", []):
            # (Scrapy drops a redirect to a page it fetched; a page naming the article canonical may
            # read as none, alone; a permalink leading back to this page names no other post)
            moved = self.moved_to.get(url_key(target))
            others = [t for t in (target, moved) if t and url_key(t) != url_key(url)]
            waiting.append((others, moved, fields, url, listing_date, last_try, target, variant))
        held = {url_key(w[3]) for w in waiting}
        for others, moved, fields, url, listing_date, last_try, target, variant in sorted(
                waiting, key=lambda w: any(url_key(t) in held for t in w[0])):
            # (an incremental night does not read again an article of an earlier night)
            if any(url_key(t) in self.article_keys or (self.known is not None and self.known.is_archived(t)) for t in others):
                self.crawler.stats.inc_value(site_key(fields["site"], "listing_of_linked_post"))
                self.logger.debug("not an article (a listing showing the post of %s): %s", target, url)
                if variant and self.known is not None:  # (a variant of the address: not asked again)
                    self.known.alias(url, fields["site"], moved or target)
                continue
            yield from self._article(fields, url, listing_date, last_try)

    def _emit_unprofiled(self, response):
        yield from self.__dict__.pop("_released_unprofiled", [])

    def _emit_released(self, response):
        for item in self.__dict__.pop("_released", []):
            yield from self._emit(item)

    # -- output -----------------------------------------------------------------------
    def _emit(self, item):
        """The item, once the rest of its text (an article split over pages) and the text of
        its PDF attachments are fetched."""
        if part := self.next_parts.pop(url_key(item["canonical_url"]), None):
            yield self._part_request(item, part, 2)
            return
        # (a file on another host, a mailing service's, is listed but not fetched: the crawl asks
        # nothing of hosts outside the site's)
        domains = self.sites[item["site"]].allowed_domains
        pdfs = [i for i, a in enumerate(item["attachments"])
                if a.get("type") == "pdf" and on_site(host_of(a["url"]), domains)][:MAX_PDF_PER_ARTICLE]
        if pdfs:
            yield self._attachment_request(item, pdfs)
        else:
            yield self._out(item)

    def _out(self, item):
        if self.known is not None:
            self.known.archived_now(item["canonical_url"])
        if not item["published"]:
            self.crawler.stats.inc_value(site_key(item['site'], "undated"))
        return item

    def _part_request(self, item, url: str, number: int):
        return scrapy.Request(url, callback=self.parse_part, errback=self.part_failed,
                              priority=PRIORITY["article"] + 1, dont_filter=True,
                              meta={"site": item["site"], "item": item, "part": number})

    def parse_part(self, response):
        """The next part of a split article: its text joined, then the part after it."""
        item, number = response.meta["item"], response.meta["part"]
        site = self._site(response)
        stats = self.crawler.stats
        if isinstance(response, TextResponse):
            doc = parse_html(decode_html(response.body, response.headers.get("Content-Type"), site.encoding))
            result = extract_part(doc, response.url, rules=self.rules[site.id], site=site.id, site_name=site.name,
                                  fetched_at=datetime.now(TZ), profile=self.profiles.get(site.id))
            if result.item is not None:
                item = joined(item, result.item)
                stats.inc_value(site_key(site.id, "article_parts"))
                part = next_part(result.doc, response.url)
                if part and number < MAX_PARTS:
                    yield self._part_request(item, part, number + 1)
                    return
        yield from self._emit(item)

    def part_failed(self, failure):
        """A part that could not be read: the article goes out with the text it has, counted."""
        item = failure.request.meta["item"]
        self.crawler.stats.inc_value(site_key(item["site"], "article_parts_failed"))
        return list(self._emit(item))

    def _attachment_request(self, item, pending: list[int]):
        url = item["attachments"][pending[0]]["url"]
        return scrapy.Request(url, callback=self.parse_attachment, errback=self.attachment_failed,
                              priority=PRIORITY["article"] + 1, dont_filter=True,
                              meta={"site": item["site"], "item": item, "pending": pending})

    def _next_attachment(self, meta):
        item, pending = meta["item"], meta["pending"][1:]
        if pending:
            yield self._attachment_request(item, pending)
        else:
            yield self._out(item)

    def parse_attachment(self, response):
        item = response.meta["item"]
        text = pdf_text(response.body)
        self.crawler.stats.inc_value("portals/attachments/read" if text is not None else "portals/attachments/unreadable")
        if text:
            item["attachments"][response.meta["pending"][0]]["content"] = text
        yield from self._next_attachment(response.meta)

    def attachment_failed(self, failure):
        self.crawler.stats.inc_value("portals/attachments/failed")
        return list(self._next_attachment(failure.request.meta))

    def on_error(self, failure):
        request = failure.request
        site = request.meta.get("site", "?")
        if failure.check(IgnoreRequest) and not failure.check(HttpError):
            self.crawler.stats.inc_value(site_key(site, "ignored"))  # robots.txt, offsite
            return
        if failure.check(HttpError):
            status = failure.value.response.status
            self.crawler.stats.inc_value(site_key(site, "responses"))
            self.crawler.stats.inc_value(site_key(site, f"http_{status}"))
            if status in (404, 410):  # a dead link on the site, not a failure of the site
                self.logger.info("%s: %s answered %s", site, request.url, status)
                if self.known is not None:
                    self.known.saw(request.url, site, "gone")
                if self.failed is not None:
                    self.failed.resolved(request.url)
                return
        self.crawler.stats.inc_value(site_key(site, "errors"))
        if request.meta.get("kind") not in ("article", "robots"):  # a listing lost: its articles may be missed
            self.crawler.stats.inc_value(site_key(site, "listing_errors"))
        self.logger.warning("%s: %s (%s)", site, request.url, failure.getErrorMessage())
        if request.meta.get("kind") == "article" and self.failed is not None:  # tried again on later nights
            url = (request.meta.get("redirect_urls") or [request.url])[0]
            self.crawler.stats.inc_value(site_key(site, "failed_remembered"))
            if self.failed.failed(url, site, failure.getErrorMessage()):
                self.crawler.stats.inc_value("portals/failed_given_up")
                self.logger.warning("%s: %s given up after %d failed tries", site, url, self.failed.limit)
