"""`lmhtx`: the project's command line."""

from __future__ import annotations

import argparse
import json
import sys
import urllib.request
from datetime import datetime
from pathlib import Path

from . import __version__


def _print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _fail(message: str, code: int = 2) -> int:
    print(f"lmhtx: error: {message}", file=sys.stderr)
    return code


def cmd_extract(args) -> int:
    from .dates import TZ
    from .extract import decode_html, extract, parse_html
    from .guess import rules_for_page, site_for_url
    from .registry import load_sites

    source = args.source
    url = args.url
    if source.startswith(("http://", "https://")):
        req = urllib.request.Request(source, headers={"User-Agent": f"lmhtx-archive/{__version__} (extract)"})
        try:
            with urllib.request.urlopen(req, timeout=30) as resp:
                body, ctype, url = resp.read(), resp.headers.get("Content-Type"), url or resp.geturl()
        except OSError as exc:
            return _fail(f"cannot fetch {source}: {getattr(exc, 'reason', exc)}")
    else:
        path = Path(source)
        if not path.is_file():
            return _fail(f"no such file: {source}")
        body, ctype = path.read_bytes(), None
        url = url or path.resolve().as_uri()
    sites = load_sites(args.sites)
    site = None
    if args.site:
        site = next((s for s in sites if s.id == args.site), None)
        if site is None:
            return _fail(f"unknown site {args.site!r} (see `lmhtx sites`)")
    else:
        site = site_for_url(url, sites)
    doc = parse_html(decode_html(body, ctype, getattr(site, "encoding", None)))
    rules = rules_for_page(doc, site)
    result = extract(doc, url, rules=rules, site=getattr(site, "id", None), province=getattr(site, "province", None),
                     province_today=getattr(site, "province_today", None), listing_date=args.listing_date,
                     fetched_at=datetime.now(TZ))
    if result.is_article:
        _print_json(result.item)
        return 0
    _print_json({"article": False, "kind": result.kind, "reason": result.reason, "url": url,
                 "family": rules.family})
    return 1


def cmd_sites(args) -> int:
    from .registry import load_sites, select

    sites = load_sites(args.sites)
    if args.action == "check":
        from .sitecheck import check_site

        chosen = select(sites, site=args.id) if args.id else [s for s in sites if s.enabled]
        results = []
        for site in chosen:
            r = check_site(site, timeout=args.timeout)
            results.append(r)
            if not args.json:
                mark = "OK " if r.ok else "FIX"
                newest = f"{r.newest_published or 'no date'}  {r.newest_title or ''}" if r.newest_url else "-"
                print(f"{mark} {r.site:<24} {str(r.status or '-'):>4}  robots:{r.robots:<10} "
                      f"articles:{r.article_links:<3} newest: {newest}")
                for problem in r.problems:
                    print(f"      - {problem}")
        if args.json:
            _print_json([r.as_dict() for r in results])
        return 0 if all(r.ok for r in results) else 1
    if args.json:
        _print_json([{"id": s.id, "province": s.province, "province_today": s.province_today, "name": s.name,
                      "family": s.family, "start_urls": list(s.start_urls), "verified": s.verified,
                      "enabled": s.enabled} for s in sites])
        return 0
    for s in sites:
        flag = "verified" if s.verified else "unverified"
        off = "" if s.enabled else " (disabled)"
        print(f"{s.id:<24} {s.province:<18} {s.family:<11} {flag:<10} {s.start_urls[0]}{off}")
    print(f"{len(sites)} sites", file=sys.stderr)
    return 0


def _summary(stats: dict, output: Path | None) -> None:
    kept = stats.get("articles/kept", 0)
    site_errors = sum(v for k, v in stats.items() if k.startswith("portals/site/") and k.endswith("/errors"))
    print(f"articles: {kept}  pages: {stats.get('response_received_count', 0)}  "
          f"failed requests: {site_errors}  finish: {stats.get('finish_reason')}")
    per_site = {k.split("/", 2)[2]: v for k, v in stats.items() if k.startswith("articles/kept/")}
    for site, count in sorted(per_site.items()):
        undated = stats.get(f"portals/site/{site}/undated", 0)
        print(f"  {site:<24} {count:>4} articles, {undated} without a date")
    if output:
        print(f"items written to {output}")
    if not kept:
        print("no article collected: check `lmhtx sites check`; on a machine without internet, "
              "`lmhtx demo` crawls the bundled sample portals instead", file=sys.stderr)


def cmd_crawl(args) -> int:
    from .runner import crawl

    settings = dict(s.split("=", 1) for s in args.set or [])
    stats = crawl(sites=args.sites, site=args.site, province=args.province, max_pages=args.max_pages,
                  output=args.output, settings=settings)
    _summary(stats, args.output)
    return 0 if stats.get("finish_reason") == "finished" else 1


def cmd_demo(args) -> int:
    from .runner import crawl
    from .samples.server import SampleSites

    data = Path(args.data_dir)
    data.mkdir(parents=True, exist_ok=True)
    output = Path(args.output or data / "demo-items.jsonl")
    with SampleSites() as samples:
        bases = samples.start()
        registry = samples.write_registry(data / "samples-sites.yaml")
        print(f"serving {len(bases)} sample portals on loopback:")
        for site, base in sorted(bases.items()):
            print(f"  {site:<20} {base}")
        stats = crawl(sites=registry, output=output,
                      settings={"DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RETRY_BACKOFF_BASE": 0.2,
                                "CONCURRENT_REQUESTS_PER_DOMAIN": 4})
    _summary(stats, output)
    return 0 if stats.get("finish_reason") == "finished" else 1


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog="lmhtx", description="Archive of Vietnam's cooperative-alliance news.")
    p.add_argument("--version", action="version", version=f"lmhtx-archive {__version__}")
    sub = p.add_subparsers(dest="command", required=True)

    e = sub.add_parser("extract", help="show what the archive would keep from one page")
    e.add_argument("source", help="an HTML file or an http(s) URL")
    e.add_argument("--url", help="the page's address, when SOURCE is a file")
    e.add_argument("--site", help="registry site id whose rules to use (default: by URL, else guessed)")
    e.add_argument("--sites", help="registry file (default: the bundled crawler/sites.yaml)")
    e.add_argument("--listing-date", help="date a listing page showed beside the link")
    e.set_defaults(func=cmd_extract)

    s = sub.add_parser("sites", help="list the registry, or `sites check [ID]` to probe entries")
    s.add_argument("action", nargs="?", choices=["list", "check"], default="list")
    s.add_argument("id", nargs="?", help="only this site (with check)")
    s.add_argument("--sites", help="registry file (default: the bundled crawler/sites.yaml)")
    s.add_argument("--json", action="store_true")
    s.add_argument("--timeout", type=float, default=15.0)
    s.set_defaults(func=cmd_sites)

    c = sub.add_parser("crawl", help="crawl the registry's sites (polite settings)")
    c.add_argument("--sites", help="registry file (default: the bundled crawler/sites.yaml)")
    c.add_argument("--site", help="only this site id")
    c.add_argument("--province", help="only sites of this province (as published or today's)")
    c.add_argument("--max-pages", type=int, help="page budget per site")
    c.add_argument("-o", "--output", type=Path, help="write one JSON line per article here")
    c.add_argument("-s", "--set", action="append", metavar="NAME=VALUE", help="Scrapy setting")
    c.set_defaults(func=cmd_crawl)

    d = sub.add_parser("demo", help="offline demo: crawl the bundled sample portals served on loopback")
    d.add_argument("--data-dir", default="data")
    d.add_argument("-o", "--output", type=Path)
    d.set_defaults(func=cmd_demo)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from .registry import RegistryError

    try:
        return args.func(args)
    except (RegistryError, ValueError) as exc:
        return _fail(str(exc))
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
