"""`lmhtx sites check`: probe registry entries so that the first networked run tells staff
which entries to fix. Plain urllib, one site at a time, short timeouts, our User-Agent."""

from __future__ import annotations

import time
import urllib.error
import urllib.request
import urllib.robotparser
from dataclasses import asdict, dataclass, field
from datetime import datetime
from urllib.parse import urljoin

from . import __version__
from .dates import TZ
from .extract import extract
from .families import rules_for_site
from .links import page_links
from .parsing import decode_html, parse_html
from .text import fold

USER_AGENT = f"lmhtx-archive/{__version__} (site check)"
ALLIANCE_WORDS = ("hop tac xa", "lien minh htx", "lien minh hop tac xa", "htx", "kinh te tap the")


@dataclass
class SiteCheck:
    site: str
    url: str
    ok: bool = False
    status: int | None = None
    seconds: float | None = None
    robots: str = "unknown"  # allowed | disallowed | missing | error
    alliance_portal: bool = False
    article_links: int = 0
    newest_url: str | None = None
    newest_title: str | None = None
    newest_published: str | None = None
    problems: list[str] = field(default_factory=list)

    def as_dict(self) -> dict:
        return asdict(self)


def fetch(url: str, timeout: float, *, user_agent: str = USER_AGENT) -> tuple[int, bytes, str | None, str]:
    """(status, body, Content-Type, final URL after redirects); an HTTP error status is an
    answer, not an exception. Network errors raise OSError (or ValueError for a bad URL)."""
    req = urllib.request.Request(url, headers={"User-Agent": user_agent})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            return resp.status, resp.read(4 * 1024 * 1024), resp.headers.get("Content-Type"), resp.geturl()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read(65536) if exc.fp else b"", exc.headers.get("Content-Type"), url


def check_site(site, *, timeout: float = 15.0) -> SiteCheck:
    url = site.start_urls[0]
    result = SiteCheck(site=site.id, url=url)
    robots = urllib.robotparser.RobotFileParser()
    try:
        status, body, _, _ = fetch(urljoin(url, "/robots.txt"), timeout)
        if status == 200:
            robots.parse(body.decode("utf-8", "replace").splitlines())
            result.robots = "allowed" if robots.can_fetch(USER_AGENT, url) else "disallowed"
        else:
            result.robots = "missing"
    except (OSError, ValueError) as exc:
        result.robots = "error"
        result.problems.append(f"robots.txt: {exc}")
    started = time.monotonic()
    try:
        status, body, ctype, final = fetch(url, timeout)
    except (OSError, ValueError) as exc:
        result.problems.append(f"unreachable: {getattr(exc, 'reason', exc)}")
        return result
    result.status, result.seconds = status, round(time.monotonic() - started, 2)
    if status != 200:
        result.problems.append(f"start URL answered {status}")
        return result
    if result.robots == "disallowed":
        result.problems.append("robots.txt disallows the start URL")
    doc = parse_html(decode_html(body, ctype, site.encoding))
    result.alliance_portal = any(w in fold(doc.text_content()) for w in ALLIANCE_WORDS)
    if not result.alliance_portal:
        result.problems.append("page does not look like a cooperative-alliance portal")
    rules = rules_for_site(site)
    articles = [link for link in page_links(doc, final, rules, site.allowed_domains, sections=site.sections) if link.kind == "article"]
    result.article_links = len(articles)
    if not articles:
        result.problems.append("no article link found on the start page: check article_patterns")
    for link in articles[:3]:
        try:
            status, body, ctype, final_article = fetch(link.url, timeout)
        except (OSError, ValueError) as exc:
            result.problems.append(f"article {link.url}: {exc}")
            continue
        if status != 200:
            continue
        found = extract(decode_html(body, ctype, site.encoding), final_article, rules=rules, site=site.id,
                        province=site.province, listing_date=link.listing_date, fetched_at=datetime.now(TZ))
        if found.is_article:
            item = found.item
            result.newest_url, result.newest_title, result.newest_published = item["url"], item["title"], item["published"]
            if not item["published"]:
                result.problems.append(f"newest article has no date ({item['published_missing']})")
            break
    else:
        if articles:
            result.problems.append("article links found, but none extracted as an article: check selectors")
    result.ok = not result.problems
    return result
