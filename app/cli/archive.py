"""The commands over the archive itself: `lmhtx reextract` (rebuild from the stored raw
pages) and `report` (monitoring)."""

from __future__ import annotations

import sys
from pathlib import Path

from .common import data_dir, print_json
from .errors import fail


def add_parser(sub) -> None:
    x = sub.add_parser("reextract", help="rebuild the archive from the stored raw pages (WARC), then reindex")
    x.add_argument("--site")
    x.add_argument("--sites", help="registry file for per-site rules (default: the bundled one)")
    x.add_argument("--no-reindex", action="store_true")
    x.add_argument("-v", "--verbose", action="store_true",
                   help="list the articles whose title, date or author changed, and those kept as they were")
    x.add_argument("--data-dir")
    x.set_defaults(func=cmd_reextract, writes_data=True)

    m = sub.add_parser("report", help="monitoring: new articles per province, quiet provinces, broken sites")
    m.add_argument("--data-dir", help="archive directory (default: $LMHTX_DATA or ./data)")
    m.add_argument("--json", action="store_true", help="the report as JSON data")
    m.add_argument("--quiet-days", help="a province is quiet after this many days without an article "
                                        "(default: $LMHTX_QUIET_DAYS or 30)")
    m.add_argument("--sites", help="registry file (default: the last run's, else the bundled one)")
    m.set_defaults(func=cmd_report)


def cmd_reextract(args) -> int:
    """Rebuild every archived article from its stored raw page with today's extractor."""
    from app.nightly import EXIT_LOCKED, AlreadyRunning, run_lock

    data = data_dir(args)
    try:  # a nightly run writes the same articles and index
        with run_lock(data):
            return _reextract(args, data)
    except AlreadyRunning as exc:
        print(f"lmhtx reextract: not now: {exc}", file=sys.stderr)
        return EXIT_LOCKED


def _reextract(args, data: Path) -> int:
    from crawler.reextract import OUTCOMES, reextract

    result = reextract(data, site=args.site, sites=args.sites)
    for warning in result.warnings:
        print(f"lmhtx reextract: warning: {warning}", file=sys.stderr)
    print("reextracted: " + ", ".join(f"{k} {result.counts[k]}" for k in OUTCOMES))
    for site, counts in sorted(result.per_site.items()):
        print(f"  {site:<24} " + ", ".join(f"{k} {counts[k]}" for k in OUTCOMES if counts[k]))
    if args.verbose:
        for article_id, fields in result.changes:
            print(f"  changed {article_id}: {', '.join(fields)}")
        for article_id, why in result.kept:
            print(f"  kept {article_id}: {why}")
    if not args.no_reindex:
        from search.sync import rebuild

        print(f"reindexed {rebuild(data)} articles")
    return 0


def cmd_report(args) -> int:
    """Activity per province, site health and coverage of the last run, and the monitors' findings."""
    from app.monitoring import build_report, format_report
    from crawler.archive import Archive
    from crawler.registry import load_sites

    data = data_dir(args)
    quiet_days = None
    if args.quiet_days is not None:
        if not args.quiet_days.isdigit() or int(args.quiet_days) < 1:
            return fail(f"--quiet-days: expected a whole number of days (1 or more), got {args.quiet_days!r}")
        quiet_days = int(args.quiet_days)
    if not (data / "archive.sqlite3").is_file():
        return fail(f"no archive in {data} (run `lmhtx nightly` or `lmhtx crawl` first, or give --data-dir)")
    sites = load_sites(args.sites) if args.sites else None
    with Archive(data) as archive:
        report = build_report(archive, sites=sites, quiet_days=quiet_days)
    if args.json:
        print_json(report)
    else:
        sys.stdout.write(format_report(report))
    return 0

