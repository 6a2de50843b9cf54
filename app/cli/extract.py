"""`lmhtx extract`: what the archive would keep from one page (a file or a URL)."""

from __future__ import annotations

import urllib.request
from datetime import datetime
from pathlib import Path
from typing import Any

from crawler import __version__

from .common import print_json, stored_profiles
from .errors import fail


def add_parser(sub) -> None:
    e = sub.add_parser("extract", help="show what the archive would keep from one page")
    e.add_argument("source", help="an HTML file or an http(s) URL")
    e.add_argument("--url", help="the page's address, when SOURCE is a file")
    e.add_argument("--site", help="registry site id whose rules to use (default: by URL, else guessed)")
    e.add_argument("--sites", help="registry file (default: the bundled crawler/sites.yaml)")
    e.add_argument("--listing-date", help="date a listing page showed beside the link")
    e.add_argument("--data-dir", help="archive whose learned site profile to use (default: $LMHTX_DATA or ./data)")
    e.set_defaults(func=cmd_extract)


def cmd_extract(args) -> int:
    from crawler.dates import TZ
    from crawler.extract import extract
    from crawler.guess import rules_for_page, site_for_url
    from crawler.parsing import decode_html, parse_html
    from crawler.registry import load_sites

    source = args.source
    url = args.url
    if source.startswith(("http://", "https://")):
        req = urllib.request.Request(source, headers={"User-Agent": f"lmhtx-archive/{__version__} (extract)"})
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                body, ctype, url = resp.read(), resp.headers.get("Content-Type"), url or resp.geturl()
        except OSError as exc:
            return fail(f"cannot fetch {source}: {getattr(exc, 'reason', exc)}")
    else:
        path = Path(source)
        if not path.is_file():
            return fail(f"no such file: {source}")
        body, ctype = path.read_bytes(), None
        url = url or path.resolve().as_uri()
    sites = load_sites(args.sites)
    site: Any = None
    if args.site:
        site = next((s for s in sites if s.id == args.site), None)
        if site is None:
            return fail(f"unknown site {args.site!r} (see `lmhtx sites`)")
    else:
        site = site_for_url(url, sites)
    doc = parse_html(decode_html(body, ctype, getattr(site, "encoding", None)))
    rules = rules_for_page(doc, site)
    profile = stored_profiles(args, [site] if site else []).get(getattr(site, "id", None))
    result = extract(doc, url, rules=rules, site=getattr(site, "id", None), site_name=getattr(site, "name", None),
                     province=getattr(site, "province", None), province_today=getattr(site, "province_today", None),
                     listing_date=args.listing_date, fetched_at=datetime.now(TZ), profile=profile)
    if result.is_article:
        print_json(result.item)
        return 0
    print_json({"article": False, "kind": result.kind, "reason": result.reason, "url": url,
                 "family": rules.family})
    return 1

