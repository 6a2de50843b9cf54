"""The crawling commands: `lmhtx crawl`, `nightly`, `schedule` and `demo`."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from app import config
from crawler.runstatus import FINISHED, judge
from crawler.stats import per_site
from crawler.stats import total as sites_total

from .common import data_dir, positive_int, scrapy_setting


def add_parser(sub) -> None:
    c = sub.add_parser("crawl", help="crawl the registry's sites (polite settings)")
    c.add_argument("--sites", help="registry file (default: the bundled crawler/sites.yaml)")
    c.add_argument("--site", help="only this site id")
    c.add_argument("--province", help="only sites of this province (as published or today's)")
    c.add_argument("--max-pages", type=positive_int, help="page budget per site")
    c.add_argument("-o", "--output", type=Path, help="write one JSON line per article here")
    c.add_argument("-s", "--set", action="append", type=scrapy_setting, metavar="NAME=VALUE", help="Scrapy setting")
    c.add_argument("--data-dir", help="archive and index directory (default: $LMHTX_DATA or ./data)")
    c.add_argument("--backfill", action="store_true",
                   help="walk every listing to its end and fetch known articles again (default: incremental)")
    c.add_argument("-v", "--verbose", action="store_true",
                   help="on a terminal: Scrapy's log there too (line-based, instead of the live view)")
    c.set_defaults(func=cmd_crawl, writes_data=True)

    n = sub.add_parser("nightly", help="the unattended run: incremental crawl, index, run record, report, alerts")
    n.add_argument("--sites", help="registry file (default: the bundled crawler/sites.yaml)")
    n.add_argument("--data-dir", help="archive and index directory (default: $LMHTX_DATA or ./data)")
    n.add_argument("--backfill", action="store_true", help="walk every site's full archive this time")
    n.add_argument("--quiet-days", type=positive_int, help="a province is quiet after N days without news (default 30)")
    n.add_argument("-s", "--set", action="append", type=scrapy_setting, metavar="NAME=VALUE", help="Scrapy setting")
    n.add_argument("-v", "--verbose", action="store_true",
                   help="on a terminal: Scrapy's log there too (line-based, instead of the live view)")
    n.set_defaults(func=cmd_nightly, writes_data=True)

    sc = sub.add_parser("schedule", help="run `lmhtx nightly` every day at a time (for hosts without cron)")
    sc.add_argument("--at", default=config.value("LMHTX_NIGHTLY_AT"), help="HH:MM (default LMHTX_NIGHTLY_AT or 02:30)")
    sc.add_argument("--tz", default=config.value("LMHTX_NIGHTLY_TZ"), help="time zone (default LMHTX_NIGHTLY_TZ or Asia/Ho_Chi_Minh)")
    sc.add_argument("--once", action="store_true", help="one run, then exit")
    sc.add_argument("nightly_args", nargs=argparse.REMAINDER, help="arguments for `lmhtx nightly`, after --")
    sc.set_defaults(func=cmd_schedule)

    d = sub.add_parser("demo", help="offline demo: crawl the bundled sample portals served on loopback")
    d.add_argument("--data-dir", default="data/demo")
    d.add_argument("-o", "--output", type=Path)
    d.add_argument("-v", "--verbose", action="store_true",
                   help="on a terminal: Scrapy's log there too (line-based, instead of the live view)")
    d.set_defaults(func=cmd_demo, writes_data=True)


def on_terminal(args, command: str) -> dict:
    from app.live import terminal_settings  # rich and Scrapy: loaded by the commands that crawl only

    return terminal_settings(data_dir(args), command, verbose=args.verbose, overrides=dict(getattr(args, "set", None) or []))


def told_log(settings: dict) -> None:
    if settings.get("LOG_FILE"):
        print(f"log: {settings['LOG_FILE']}", file=sys.stderr)


def summary(stats: dict, output: Path | None) -> None:
    kept = stats.get("articles/kept", 0)
    print(f"articles: {kept}  pages: {stats.get('response_received_count', 0)}  "
          f"failed requests: {sites_total(stats, 'errors')}  finish: {stats.get('finish_reason')}")
    for site, row in sorted(per_site(stats).items()):
        if "articles/kept" in row:
            print(f"  {site:<24} {row['articles/kept']:>4} articles, {row.get('undated', 0)} without a date")
    if output:
        print(f"items written to {output}")
    verdict = judge(stats, stats.get("finish_reason"))
    if verdict.status != FINISHED:
        print(f"run {verdict.status}: {verdict.reason}", file=sys.stderr)
    if not kept and stats.get("incremental/known_pages"):
        print("nothing new since the last run (incremental: known articles are not fetched again; "
              "--backfill fetches everything)", file=sys.stderr)
    elif not kept:
        print("no article collected: check `lmhtx sites check`; on a machine without internet, "
              "`lmhtx demo` crawls the bundled sample portals instead", file=sys.stderr)


def cmd_crawl(args) -> int:
    from app.runner import crawl

    settings = {**on_terminal(args, "crawl"), **dict(args.set or [])}
    settings["LMHTX_DATA"] = str(data_dir(args))
    stats = crawl(sites=args.sites, site=args.site, province=args.province, max_pages=args.max_pages,
                  output=args.output, settings=settings, mode="backfill" if args.backfill else None)
    summary(stats, args.output)
    told_log(settings)
    return judge(stats, stats.get("finish_reason")).exit_status


def cmd_nightly(args) -> int:
    from app.nightly import EXIT_LOCKED, AlreadyRunning, run_nightly

    # Scrapy's log set-up, now: the lines before and after the crawl go the same way.
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.utils.log import configure_logging
    from scrapy.utils.project import get_project_settings

    settings = {**on_terminal(args, "nightly"), **dict(args.set or [])}
    project = get_project_settings()
    project.setdict(settings, priority="cmdline")
    configure_logging(project)
    try:
        result = run_nightly(data_dir=data_dir(args), sites=args.sites,
                             mode="backfill" if args.backfill else "incremental",
                             settings=settings, quiet_days=args.quiet_days)
    except AlreadyRunning as exc:
        print(f"lmhtx nightly: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    if settings.get("LOG_FILE"):  # the log is in its file: the summary is shown here too
        print(result.summary)
    if result.report is not None:  # the summary itself is in the log
        findings = result.report.get("findings") or []
        print(f"report: {data_dir(args) / 'reports' / 'latest.txt'} ({len(findings)} findings)")
    told_log(settings)
    return result.exit_status


def cmd_schedule(args) -> int:
    import logging

    from app.nightly import schedule

    logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(name)s] %(levelname)s: %(message)s")
    extra = [a for a in args.nightly_args if a != "--"]
    return schedule(args.at, args.tz, extra, once=args.once)


def _sample_sites():
    """SampleSites from the source tree's samples/ (or LMHTX_SAMPLES): the test bed is data
    beside the code, not part of the installed packages."""
    import importlib.util

    root = Path(os.environ.get("LMHTX_SAMPLES") or Path(__file__).resolve().parents[2] / "samples")
    server = root / "server.py"
    if not server.is_file():
        raise ValueError(f"the sample portals are not in {root}: `lmhtx demo` runs from a source checkout "
                         "(or set LMHTX_SAMPLES to its samples/ folder)")
    spec = importlib.util.spec_from_file_location("lmhtx_samples_server", server)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module.SampleSites


def cmd_demo(args) -> int:
    from app.runner import crawl

    SampleSites = _sample_sites()

    data = Path(args.data_dir)
    data.mkdir(parents=True, exist_ok=True)
    # Elasticsearch, if configured, is for the real archive, not the demo.
    os.environ.pop("ELASTICSEARCH_URL", None)
    output = Path(args.output or data / "demo-items.jsonl")
    with SampleSites() as samples:
        bases = samples.start()
        registry = samples.write_registry(data / "samples-sites.yaml")
        print(f"serving {len(bases)} sample portals on loopback:")
        for site, base in sorted(bases.items()):
            print(f"  {site:<20} {base}")
        settings = {**on_terminal(args, "demo"), "LMHTX_DATA": str(data), "DOWNLOAD_DELAY": 0,
                    "AUTOTHROTTLE_ENABLED": False, "RETRY_BACKOFF_BASE": 0.2, "CONCURRENT_REQUESTS_PER_DOMAIN": 4}
        stats = crawl(sites=registry, output=output, mode="backfill", settings=settings)  # the whole demo every time
    summary(stats, output)
    told_log(settings)
    return judge(stats, stats.get("finish_reason")).exit_status

