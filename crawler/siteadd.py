"""`lmhtx sites add URL`: try a portal the way the crawl will before it enters the registry.

Staff add portals one at a time and each must work the first night. A hand-written entry says
nothing about whether the crawl will find articles there, so the entry is proposed from what
the site shows: a dozen of its pages, chosen as the crawl would choose them, go through the
same generic extraction, site profile and URL-shape learning as a nightly run, and the
articles that would be archived are printed for a person to judge before anything is saved.
"""

from __future__ import annotations

import heapq
import http.client
import ipaddress
import re
import statistics
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import yaml
from protego import Protego

from . import __version__, provinces
from .dates import TZ
from .extract import decode_html, extract, parse_html
from .families import rules_for
from .families.base import ATTACHMENT
from .links import on_site, page_links
from .metadata import meta
from .profile import SiteProfile, waits_for_profile
from .registry import DEFAULT_REGISTRY, RegistryError, load_sites, parse_yaml
from .sitecheck import fetch
from .text import clean_line, fold
from .urls import canonical_url, host_of, url_key
from .urlshapes import UrlShapes

PAGES = 12  # further pages fetched after the start URL (--pages)
MAX_PAGES = 60  # --pages beyond this is refused: a trial, not a crawl
DELAY = 1.0  # seconds between requests (--delay)
TIME_LIMIT = 120.0  # seconds for the whole trial, whatever the site's speed
SAMPLES = 3  # articles shown in full
USER_AGENT = f"lmhtx-archive/{__version__} (sites add)"
NETWORK_ERRORS = (OSError, ValueError, http.client.HTTPException)

# Priorities of links, as the crawl orders them: articles first, then what looks like one
# (a title-length anchor, or a date beside it in a listing), then listings, then the rest.
_PRIORITY = {"article": 20, "dated": 15, "titled": 12, "listing": 10, "other": 0}
_TITLE_ANCHOR = 20  # characters of anchor text that make a link look like an article's title
_SEPARATORS = re.compile(r"\s+[-|–—:»]\s+|\s*[|»]\s*")
_PROVINCE_PREFIX = re.compile(r"\b(?:tinh|thanh pho|tp)\b\.?\s*")
_ALLIANCE = re.compile(r"lien minh|hop tac xa|\bhtx\b")
_GENERIC_LABELS = {"www", "vn", "gov", "com", "org", "net", "edu", "info", "biz", "int"}
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


# -- the trial crawl -------------------------------------------------------------------------

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
        for link in page_links(doc, url, self.rules, self.domains, learned=self.trial.shapes.kind):
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
    base = (doc.xpath("//base/@href") or [url])[0]
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


# -- what the start page says about the site -------------------------------------------------

def _heading(doc) -> str | None:
    for el in doc.xpath("//h1 | //h2 | //h3"):
        text = clean_line(el.text_content())
        if text:
            return text
    return None


def _site_texts(doc) -> list[str]:
    """<title>, og:site_name and the first heading: where a portal names itself."""
    return [t for t in (clean_line(doc.findtext(".//title") or ""), meta(doc, "og:site_name"), _heading(doc)) if t]


def guess_name(doc) -> str | None:
    """The site's name: og:site_name, else the part of <title> or the first heading that names
    an alliance ("Liên minh HTX tỉnh X"), else the longest part of <title>."""
    if site_name := meta(doc, "og:site_name"):
        return site_name
    title = clean_line(doc.findtext(".//title") or "")
    candidates = [p.strip() for t in (title, _heading(doc) or "") for p in _SEPARATORS.split(t) if p.strip()]
    for part in candidates:
        if _ALLIANCE.search(fold(part)):
            return part
    parts = [p for p in _SEPARATORS.split(title) if p.strip() and fold(p.strip()) != "trang chu"]
    return max(parts, key=len).strip() if parts else None


def guess_province(doc) -> str | None:
    """The province slug a portal names in its <title>, og:site_name or first heading:
    "tỉnh X", "thành phố X", "TP. X" matched against the provinces' names and aliases
    (no diacritics), else a part of those texts that is a name or alias itself
    ("Liên minh Hợp tác xã Việt Nam": national)."""
    texts = _site_texts(doc)
    for text in texts:
        folded = fold(text)
        for m in _PROVINCE_PREFIX.finditer(folded):
            words = re.findall(r"[a-z0-9]+", folded[m.end():])[:5]
            for n in range(len(words), 0, -1):
                if found := _province(" ".join(words[:n])):
                    return found
    for text in texts:
        for part in _SEPARATORS.split(text):
            if len(part.strip()) >= 3 and (found := _province(part.strip())):
                return found
    return None


def _province(text: str) -> str | None:
    try:
        return provinces.lookup(text).slug
    except KeyError:  # UnknownProvince
        return None


def derive_id(url: str, province: str, taken: set[str]) -> str:
    """The host without www and generic labels (gov, vn, org, …), slugified; for an IP address
    `lmhtx-<province>`; made unique among `taken` with -2, -3, …"""
    host = host_of(url)
    try:
        ipaddress.ip_address(host)
        labels = []
    except ValueError:
        labels = [label for label in host.split(".") if label not in _GENERIC_LABELS]
    base = re.sub(r"[^a-z0-9]+", "-", fold("-".join(labels))).strip("-") or "lmhtx-" + province.replace("-", "")
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    return candidate


# -- the registry entry ----------------------------------------------------------------------

def entry_yaml(entry: dict, indent: str = "") -> str:
    text = yaml.safe_dump([entry], allow_unicode=True, sort_keys=False, default_flow_style=None, width=100)
    return "".join(indent + line if line.strip() else line for line in text.splitlines(keepends=True))


def _addition(text: str, entry: dict) -> str:
    """What appending the entry adds to a registry file's text: indented like its other entries."""
    m = re.search(r"(?m)^([ \t]*)-[ \t]+id:", text)
    head = "sites:\n" if not text.strip() else ("" if text.endswith("\n") else "\n")
    return head + "\n" + entry_yaml(entry, m.group(1) if m else "  ")


def check_entry(path: Path, entry: dict) -> str:
    """The text appending the entry adds to the registry file, once the registry's own loader
    accepts the result; SiteAddError (code 2) with the loader's message otherwise."""
    try:
        text = path.read_text(encoding="utf-8") if path.exists() else ""
    except OSError as exc:
        raise SiteAddError(f"cannot read {path}: {exc.strerror or exc}", 2) from None
    addition = _addition(text, entry)
    with tempfile.TemporaryDirectory(prefix="lmhtx-add-") as tmp:
        candidate = Path(tmp) / path.name
        candidate.write_text(text + addition, encoding="utf-8")
        try:
            load_sites(candidate)
        except RegistryError as exc:
            # The new entry's own problems when the loader names it; else whatever it said.
            try:
                index = len((parse_yaml(text, str(path)) or {}).get("sites") or [])
            except (RegistryError, AttributeError):
                index = -1
            mine = [e for e in exc.errors if f"sites[{index}]" in e] or exc.errors
            raise SiteAddError("; ".join(e.replace(str(candidate), str(path)) for e in mine), 2) from None
    return addition


def save_entry(path: Path, entry: dict) -> None:
    addition = check_entry(path, entry)
    try:
        with path.open("a", encoding="utf-8") as f:  # appended: the file's comments stay as written
            f.write(addition)
    except OSError as exc:
        raise SiteAddError(f"cannot write {path}: {exc.strerror or exc}", 2) from None


def _notes(trial: Trial) -> str:
    articles = trial.articles
    dated = sorted((a["published"] for a in articles if a.get("published")), reverse=True)
    templates = ", ".join(t for t, _ in trial.shapes.article_templates()[:3])
    seen = (f"{_n(len(articles), 'article')} in {_n(trial.fetched, 'page')}"
            + (f", newest {dated[0][:10]}" if dated else "")
            + (f"; article URLs {templates}" if templates else ""))
    return (f"Added {datetime.now(TZ):%Y-%m-%d} with `lmhtx sites add`: {seen} (generic extraction, "
            f"profile from {_n(trial.profile.pages, 'page')}). Not yet confirmed by a nightly run.")


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


# -- the command -----------------------------------------------------------------------------

def add_site(url: str, *, province: str | None = None, site_id: str | None = None, name: str | None = None,
             pages: int = PAGES, delay: float = DELAY, timeout: float = 15.0, registry: str | None = None,
             save: str | None = None, time_limit: float = TIME_LIMIT, out=None) -> int:
    """`lmhtx sites add`: try the portal, print what would be archived and the proposed entry,
    append it to `save` when asked. The exit status; SiteAddError for a one-line refusal."""
    out = out or sys.stdout
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise SiteAddError(f"{plain(url)!r} is not an absolute http(s) URL", 2)
    if not 0 <= pages <= MAX_PAGES or delay < 0:
        raise SiteAddError(f"--pages must be 0 to {MAX_PAGES} and --delay not negative", 2)
    target = Path(save) if save else (Path(registry) if registry else DEFAULT_REGISTRY)
    try:
        known = load_sites(target) if target.exists() else []
    except RegistryError as exc:
        raise SiteAddError(f"{exc.errors[0]}", 2) from None
    taken = {s.id for s in known}
    if (there := next((s for s in known if on_site(host_of(url), s.allowed_domains)), None)) is not None:
        message = (f"{host_of(url)} is in {target} already, as {there.id!r} "
                   f"(`lmhtx sites check {there.id}` probes it)")
        if save:
            raise SiteAddError(message, 2)
        print(f"lmhtx: note: {message}", file=sys.stderr)
    if site_id or province:  # a wrong --id or --province is refused before any request
        check_entry(target, {"id": site_id or derive_id(url, province or "", taken), "province": province or "vn",
                             "name": name or host_of(url), "start_urls": [url]})

    guessed = province is None

    def on_start(doc) -> None:
        nonlocal province
        if province is None:
            province = guess_province(doc)
            if province is None:
                raise SiteAddError(f"cannot tell the province from {plain(url)} (its <title>, og:site_name and "
                                   "first heading name none): give --province SLUG", 2)

    trial = try_site(url, name=name, pages=pages, delay=delay, timeout=timeout, time_limit=time_limit,
                     on_start=on_start)
    assert province is not None
    site_name = plain(name or guess_name(trial.start_doc) or host_of(trial.final_url), 200)
    entry = {
        "id": site_id or derive_id(trial.final_url, province, taken),
        "province": province,
        "name": site_name,
        "start_urls": [trial.final_url if url_key(trial.final_url) != url_key(url) else url],
        "allowed_domains": [host_of(trial.final_url)],
        "verified": False,
        "notes": _notes(trial),
    }
    _report(trial, entry, guessed=guessed, out=out)
    articles = trial.articles
    if not articles:
        print(f"\nNo article found in {_n(trial.fetched, 'page')} of {plain(url)}: this portal needs staff attention "
              "(try `lmhtx extract URL` on one of its articles; add selectors or article_patterns).", file=out)
        if save:
            print(f"Not saved to {save}.", file=out)
        return 1
    if save:
        save_entry(Path(save), entry)
        print(f"\nSaved to {save} as {entry['id']!r} (verified: false).", file=out)
    return 0


def _report(trial: Trial, entry: dict, *, guessed: bool, out) -> None:
    w = lambda line="": print(line, file=out)  # noqa: E731
    profile = trial.profile
    robots = "allowed" if trial.robots == "allowed" else "none (everything allowed)"
    w(f"Tried {plain(trial.url)}: {_n(trial.fetched, 'page')} in {trial.seconds} s; robots.txt: {robots}"
      + (f"; stopped: {trial.stopped}" if trial.stopped else ""))
    for reason, n in trial.skipped.items():
        w(f"  {_n(n, 'link')} not followed: {reason}")
    suffix = profile.title_suffix()
    furniture = f"{statistics.median(trial.furniture):g}" if trial.furniture else "-"
    w(f"\nTemplate: learned from {_n(profile.pages, 'page')}{'' if profile.ready else ' (not enough to be trusted)'}; "
      f"title suffix: {plain(repr(suffix)) if suffix else 'none'}; furniture blocks per article page: {furniture}")
    templates = trial.shapes.article_templates()
    w("Article URL templates: " + (", ".join(f"{plain(t)} ({_n(n, 'article')})" for t, n in templates) if templates
                                   else "none learned (fewer than two articles of one shape)"))
    articles = trial.articles
    w(f"\nArticles: {len(articles)}" + (f"; {min(SAMPLES, len(articles))} of them:" if articles else ""))
    for i, item in enumerate(articles[:SAMPLES], 1):
        lines = [line for line in item["text"].split("\n") if line.strip()]
        date = (f"{item['published']} (from {plain(item['published_source'] or '?')})" if item["published"]
                else f"none ({plain(item.get('published_missing') or 'not found')})")
        w(f"  {i}. {plain(item['title'], 200)}")
        w(f"     url:    {plain(item['url'])}")
        w(f"     date:   {date}")
        w(f"     author: {plain(item['author']) if item.get('author') else '-'}")
        w(f"     first:  {plain(lines[0], 160) if lines else ''}")
        w(f"     last:   {plain(lines[-1], 160) if lines else ''}")
    others = [p for p in trial.pages if p.kind != "article"]
    w(f"\nNot articles: {len(others)}")
    groups: dict[tuple[str, str], list[Page]] = {}  # reasons alike but for their figures
    for p in others:
        groups.setdefault((p.kind, re.sub(r"\d+", "N", p.reason) if p.kind != "http" else p.reason), []).append(p)
    for (kind, reason), members in sorted(groups.items(), key=lambda g: -len(g[1])):
        reason = members[0].reason if len(members) == 1 else reason
        example = ("e.g. " if len(members) > 1 else "") + plain(members[0].url, 120)
        w(f"  {len(members):>3} {kind}: {plain(reason, 120)}  ({example})")
    w("\nProposed registry entry" + (f" (province {entry['province']!r} guessed from the start page; "
                                       "--province to change):" if guessed else ":"))
    w(entry_yaml(entry).rstrip("\n"))
