"""`lmhtx sites`: list the registry, check its entries over HTTP, add a new portal."""

from __future__ import annotations

import sys

from .common import print_json, stored_profiles
from .errors import fail


def add_parser(sub) -> None:
    s = sub.add_parser("sites", help="list the registry, `sites check [ID]` to probe entries, "
                                     "`sites add URL` to try a new portal and propose its entry")
    s.add_argument("action", nargs="?", choices=["list", "check", "add"], default="list")
    s.add_argument("id", nargs="?", help="only this site (with check); the portal's URL (with add)")
    s.add_argument("--sites", help="registry file (default: the bundled crawler/sites.yaml)")
    s.add_argument("--json", action="store_true")
    s.add_argument("--timeout", type=float, default=15.0, help="seconds per request")
    s.add_argument("--data-dir", help="archive whose learned site profiles `check` shows (default: $LMHTX_DATA or ./data)")
    s.add_argument("--province", help="add: the portal's province slug (default: guessed from the page)")
    s.add_argument("--id", dest="new_id", metavar="ID", help="add: the new entry's id (default: from the host)")
    s.add_argument("--name", help="add: the portal's name (default: og:site_name or <title>)")
    s.add_argument("--pages", type=int, help="add: pages fetched after the URL (default: PAGES in crawler/trial.py)")
    s.add_argument("--delay", type=float, help="add: seconds between requests (default: DELAY in crawler/trial.py)")
    s.add_argument("--save", metavar="PATH", help="add: append the entry to this registry file once it validates")
    s.set_defaults(func=cmd_sites)


def cmd_sites(args) -> int:
    from crawler.registry import load_sites, select

    if args.action == "add":
        from crawler.siteadd import SiteAddError, add_site

        if not args.id:
            return fail("sites add: give the portal's URL (its home or a news listing)")
        options = {k: v for k, v in (("pages", args.pages), ("delay", args.delay)) if v is not None}
        try:
            return add_site(args.id, province=args.province, site_id=args.new_id, name=args.name,
                            timeout=args.timeout, registry=args.sites, save=args.save, **options)
        except SiteAddError as exc:
            return fail(str(exc), exc.code)
    sites = load_sites(args.sites)
    if args.action == "check":
        from crawler.sitecheck import check_site

        chosen = select(sites, site=args.id) if args.id else [s for s in sites if s.enabled]
        results = []
        profiles = stored_profiles(args, chosen)
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
                if (profile := profiles.get(site.id)) is not None:
                    print(f"      profile: template learned from {profile.pages} pages")
        if args.json:
            print_json([r.as_dict() for r in results])
        return 0 if all(r.ok for r in results) else 1
    if args.json:
        print_json([{"id": s.id, "province": s.province, "province_today": s.province_today, "name": s.name,
                      "family": s.family, "start_urls": list(s.start_urls), "verified": s.verified,
                      "enabled": s.enabled} for s in sites])
        return 0
    for s in sites:
        flag = "verified" if s.verified else "unverified"
        off = "" if s.enabled else " (disabled)"
        print(f"{s.id:<24} {s.province:<18} {s.family:<11} {flag:<10} {s.start_urls[0]}{off}")
    print(f"{len(sites)} sites", file=sys.stderr)
    return 0

