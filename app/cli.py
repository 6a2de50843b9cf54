"""`lmhtx`: the project's command line."""

from __future__ import annotations

import argparse
import functools
import json
import os
import sys
import urllib.request
from datetime import datetime
from pathlib import Path

from crawler import __version__
from crawler.runstatus import FINISHED, judge


def _print_json(obj) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def _fail(message: str, code: int = 2) -> int:
    print(f"lmhtx: error: {message}", file=sys.stderr)
    return code


def _positive_int(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        number = 0
    if number < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number, 1 or more, got {value!r}")
    return number


def _port(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 65535:
        raise argparse.ArgumentTypeError(f"expected a TCP port from 1 to 65535, got {value!r}")
    return int(value)


@functools.lru_cache(maxsize=1)
def _setting_defaults():
    from scrapy.settings import Settings

    defaults = Settings()
    defaults.setmodule("crawler.settings", priority="project")
    return defaults


def _setting(pair: str) -> tuple[str, str]:
    """One `-s NAME=VALUE`, its value checked against the type of the setting's default
    (Scrapy's, as crawler/settings.py sets it): a bad one is a usage error at once, not a
    traceback in the middle of a crawl. A setting with no default is taken as given."""
    from scrapy.settings import BaseSettings, Settings

    name, sep, value = pair.partition("=")
    name = name.strip()
    if not sep or not name:
        raise argparse.ArgumentTypeError(f"expected NAME=VALUE, got {pair!r}")
    default = _setting_defaults().get(name)
    # a number for a number (an int default may be read with getfloat: LMHTX_PROGRESS_INTERVAL=0.5)
    for kind, read, wanted in ((bool, "getbool", f"true or false (default {default!r})"),
                               ((int, float), "getfloat", f"a number (default {default!r})"),
                               ((dict, BaseSettings), "getdict", "a JSON object")):
        if isinstance(default, kind):
            try:
                getattr(Settings({name: value}), read)(name)
            except (ValueError, TypeError):
                raise argparse.ArgumentTypeError(f"{name}={value}: expected {wanted}") from None
            break
    return name, value


_WRITERS = ("crawl", "nightly", "reindex", "index", "reextract", "demo")  # commands that write the data dir


def _check_writable(data: Path) -> None:
    """Before any work: the data directory can be written and its archive opened (otherwise
    the crawl fails deep inside Scrapy, which logs the error as a traceback and goes on)."""
    import errno
    import tempfile

    probe = data
    while not probe.exists() and probe != probe.parent:  # nothing created before a usage error shows
        probe = probe.parent
    try:
        with tempfile.TemporaryFile(dir=probe):
            pass
    except OSError as exc:  # named after the directory, not the probe file
        raise OSError(exc.errno, exc.strerror, str(data)) from None
    for path in sorted(data.glob("*.sqlite3")):
        if not os.access(path, os.W_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    if (data / "archive.sqlite3").exists():  # a damaged archive: said here, not in Scrapy's log as a traceback
        from crawler.archive import Archive

        Archive(data).close()


def _not_sqlite(data: Path) -> list[Path]:
    """The database files of the data directory that are not SQLite databases at all."""
    bad = []
    for path in sorted(data.glob("*.sqlite3")):
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError:
            continue
        if head and head != b"SQLite format 3\x00":
            bad.append(path)
    return bad


def _runtime_error(args, exc: BaseException) -> str | None:
    """What went wrong and what to do, for the known runtime failures; None: not one of them."""
    import errno
    import sqlite3

    data = _data_dir(args)
    writable = "give a writable --data-dir (or LMHTX_DATA)"
    if isinstance(exc, sqlite3.DatabaseError):
        damaged = _not_sqlite(data) if data.is_dir() else []
        if damaged:
            rebuild = {"search.sqlite3": " (`lmhtx reindex` rebuilds it from the archive)",
                       "httpcache.sqlite3": " (only a cache: the next crawl starts a new one)"}
            return "; ".join(f"{path} is damaged ({exc}): move it aside{rebuild.get(path.name, ' and restore it from a backup')}"
                             for path in damaged)
        if "readonly" in str(exc) or "unable to open" in str(exc) or (data.is_dir() and not os.access(data, os.W_OK)):
            return f"cannot write to {data} ({exc}): {writable}"
        return f"database error in {data}: {exc}: check the files there (`sqlite3 FILE 'PRAGMA integrity_check'`)"
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        where = Path(exc.filename or data)
        inside = where == data or data in where.parents
        return f"cannot write to {where}: {exc.strerror}" + (f": {writable}" if inside else "")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return f"no space left for {exc.filename or data}: free some space (nothing archived so far is lost)"
    if isinstance(exc, OSError) and exc.errno in (errno.EADDRINUSE, errno.EADDRNOTAVAIL):
        return f"cannot listen there: {exc.strerror}: choose another --host/--port"
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError
    except ImportError:
        return None
    if isinstance(exc, (TransportError, ApiError)):
        import re

        cause = re.search(r"\[Errno -?\d+\] [^)'\"]*", str(exc))  # the socket's own words, not the chain
        return (f"Elasticsearch at {os.environ.get('ELASTICSEARCH_URL', '')} failed "
                f"({cause.group(0) if cause else str(exc)[:200]}): start it or fix ELASTICSEARCH_URL "
                "(unset, the embedded index is used)")
    return None


def cmd_extract(args) -> int:
    from crawler.dates import TZ
    from crawler.extract import decode_html, extract, parse_html
    from crawler.guess import rules_for_page, site_for_url
    from crawler.registry import load_sites

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
    profile = _stored_profiles(args, [site] if site else []).get(getattr(site, "id", None))
    result = extract(doc, url, rules=rules, site=getattr(site, "id", None), site_name=getattr(site, "name", None),
                     province=getattr(site, "province", None), province_today=getattr(site, "province_today", None),
                     listing_date=args.listing_date, fetched_at=datetime.now(TZ), profile=profile)
    if result.is_article:
        _print_json(result.item)
        return 0
    _print_json({"article": False, "kind": result.kind, "reason": result.reason, "url": url,
                 "family": rules.family})
    return 1


def _stored_profiles(args, sites) -> dict:
    """site id -> its learned template, for the sites the archive holds one of (a crawl has
    seen them); the archive is opened once, and never created by a command that only reads."""
    from crawler.archive import Archive

    path = _data_dir(args)
    if not sites or not (path / "archive.sqlite3").exists():
        return {}
    with Archive(path) as archive:
        return {s.id: p for s in sites if (p := archive.load_profile(s.id)) is not None}


def cmd_sites(args) -> int:
    from crawler.registry import load_sites, select

    if args.action == "add":
        from crawler.siteadd import SiteAddError, add_site

        if not args.id:
            return _fail("sites add: give the portal's URL (its home or a news listing)")
        options = {k: v for k, v in (("pages", args.pages), ("delay", args.delay)) if v is not None}
        try:
            return add_site(args.id, province=args.province, site_id=args.new_id, name=args.name,
                            timeout=args.timeout, registry=args.sites, save=args.save, **options)
        except SiteAddError as exc:
            return _fail(str(exc), exc.code)
    sites = load_sites(args.sites)
    if args.action == "check":
        from crawler.sitecheck import check_site

        chosen = select(sites, site=args.id) if args.id else [s for s in sites if s.enabled]
        results = []
        profiles = _stored_profiles(args, chosen)
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

    settings = dict(args.set or [])
    settings["LMHTX_DATA"] = str(_data_dir(args))
    stats = crawl(sites=args.sites, site=args.site, province=args.province, max_pages=args.max_pages,
                  output=args.output, settings=settings, mode="backfill" if args.backfill else None)
    _summary(stats, args.output)
    return judge(stats, stats.get("finish_reason")).exit_status


def cmd_nightly(args) -> int:
    from app.nightly import EXIT_LOCKED, AlreadyRunning, run_nightly

    # Scrapy's log set-up, now: the lines before and after the crawl go the same way.
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.utils.log import configure_logging
    from scrapy.utils.project import get_project_settings

    settings = dict(args.set or [])
    configure_logging(get_project_settings())
    try:
        result = run_nightly(data_dir=_data_dir(args), sites=args.sites,
                             mode="backfill" if args.backfill else "incremental",
                             settings=settings, quiet_days=args.quiet_days)
    except AlreadyRunning as exc:
        print(f"lmhtx nightly: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    if result.report is not None:  # the summary itself is in the log
        findings = result.report.get("findings") or []
        print(f"report: {_data_dir(args) / 'reports' / 'latest.txt'} ({len(findings)} findings)")
    return result.exit_status


def cmd_schedule(args) -> int:
    import logging

    from app.nightly import schedule

    logging.basicConfig(level=logging.INFO, format="%(asctime)s [%(name)s] %(levelname)s: %(message)s")
    extra = [a for a in args.nightly_args if a != "--"]
    return schedule(args.at, args.tz, extra, once=args.once)


def cmd_demo(args) -> int:
    from app.runner import crawl
    from crawler.samples.server import SampleSites

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
        stats = crawl(sites=registry, output=output, mode="backfill",  # the whole demo every time
                      settings={"LMHTX_DATA": str(data), "DOWNLOAD_DELAY": 0, "AUTOTHROTTLE_ENABLED": False, "RETRY_BACKOFF_BASE": 0.2,
                                "CONCURRENT_REQUESTS_PER_DOMAIN": 4})
    _summary(stats, output)
    return judge(stats, stats.get("finish_reason")).exit_status


def _data_dir(args) -> Path:
    from crawler.archive import default_data_dir

    return Path(args.data_dir) if getattr(args, "data_dir", None) else default_data_dir()


def _province_filters(slug: str | None, as_published: bool) -> dict:
    """`--province X`: a post-2025 province matches everything rolled up to it (so
    `ninh-binh` includes Nam Định and Hà Nam); an older one, or `--as-published`, matches
    the province the article was published under."""
    from crawler import provinces

    if not slug:
        return {}
    try:
        province = provinces.lookup(slug)
    except (KeyError, ValueError) as exc:
        raise ValueError(str(exc).strip("'\"")) from exc
    if not as_published and province.era in ("post2025", "both", "national"):
        return {"province_today": province.slug}
    return {"province": province.slug}


def _parse_day(value: str | None, name: str):
    from datetime import date

    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(f"{name}: expected a date as YYYY-MM-DD, got {value!r}") from None


def cmd_search(args) -> int:
    import html
    import re

    from search.base import Query, QueryError
    from search.config import open_backend

    try:
        query = Query(text=args.query or "", site=args.site, since=_parse_day(args.since, "--since"),
                      until=_parse_day(args.until, "--until"), sort=args.sort, page=args.page, size=args.size,
                      **_province_filters(args.province, args.as_published))
        backend = open_backend(_data_dir(args))
        try:
            results = backend.search(query)
        finally:
            backend.close()
    except (QueryError, ValueError) as exc:
        return _fail(str(exc))
    except ConnectionError as exc:
        return _fail(f"search backend unavailable: {exc}")
    if args.json:
        _print_json({"total": results.total,
                     "hits": [{"id": h.id, "url": h.url, "title": h.title, "site": h.site, "province": h.province,
                               "province_today": h.province_today, "published": h.published,
                               "doc_number": h.doc_number, "snippet": h.snippet} for h in results.hits],
                     "by_province": results.by_province, "by_province_today": results.by_province_today,
                     "by_month": results.by_month})
        return 0
    print(f"{results.total} bài viết ({results.took_ms:.0f} ms)")
    for i, h in enumerate(results.hits, start=(args.page - 1) * args.size + 1):
        snippet = html.unescape(re.sub(r"</?mark>", "*", h.snippet))
        print(f"\n{i}. {h.title}\n   {h.province or '-'} · {(h.published or 'không rõ ngày')[:10]} · {h.url}\n   {snippet}")
    return 0


def cmd_serve(args) -> int:
    from search.config import open_backend
    from search.sync import catch_up
    from app.web.server import serve

    from crawler.archive import Archive

    data = _data_dir(args)
    backend = open_backend(data)
    archive = Archive(data)
    done = catch_up(archive, backend)  # whatever the archive has that the index lacks
    print(f"search index: {done.indexed} documents caught up, {done.behind} archive articles not in it",
          file=sys.stderr)
    print(f"serving on http://{args.host}:{args.port}/ (data: {data})", file=sys.stderr)
    serve(backend, archive, host=args.host, port=args.port)
    return 0


def cmd_reindex(args) -> int:
    """A new search index from the archive, swapped in when complete; never while a nightly
    run writes (the index would lose what it wrote), so it takes the nightly run's lock."""
    from search.sync import rebuild

    from app.nightly import EXIT_LOCKED, AlreadyRunning, run_lock

    data = _data_dir(args)
    try:
        with run_lock(data):
            total = rebuild(data)
    except AlreadyRunning as exc:
        print(f"lmhtx reindex: not now: {exc}", file=sys.stderr)
        return EXIT_LOCKED
    print(f"reindexed {total} articles")
    return 0


def cmd_index(args) -> int:
    from search.config import elasticsearch_settings, open_backend

    data = _data_dir(args)
    if not args.replay:
        return cmd_reindex(args)
    if not elasticsearch_settings():
        print("nothing to replay: ELASTICSEARCH_URL is not set (the embedded index is written directly)")
        return 0
    from search.spool import REJECTED_DIRNAME, SPOOL_DIRNAME, replay_spool

    aside = {"refused": 0, "quarantined": 0}
    spool = data / SPOOL_DIRNAME
    backend = open_backend(data)
    try:
        sent, left = replay_spool(backend, spool, on_rejected=lambda n: aside.update(refused=aside["refused"] + n),
                                  on_quarantined=lambda n: aside.update(quarantined=aside["quarantined"] + n))
    except OSError as exc:  # the spool itself (a full disk): what was not replayed stays there
        return _fail(f"cannot replay {spool}: {exc}", 1)
    finally:
        backend.close()
    line = f"replayed {sent} documents, {left} still waiting"
    if any(aside.values()):
        line += (f", set aside in {spool / REJECTED_DIRNAME}: {aside['refused']} refused by Elasticsearch, "
                 f"{aside['quarantined']} unreadable spool lines or files")
    print(line)
    kept = sorted((spool / REJECTED_DIRNAME).glob("*")) if (spool / REJECTED_DIRNAME).is_dir() else []
    if kept:
        print(f"{len(kept)} file(s) in {spool / REJECTED_DIRNAME} need a person (documents Elasticsearch refused, "
              f"unreadable spool lines); the articles themselves are in the archive", file=sys.stderr)
    return 0 if not left and not any(aside.values()) else 1


def cmd_reextract(args) -> int:
    """Rebuild every archived article from its stored raw page with today's extractor."""
    from app.nightly import EXIT_LOCKED, AlreadyRunning, run_lock

    data = _data_dir(args)
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
    from crawler.archive import Archive
    from crawler.registry import load_sites
    from app.monitoring import build_report, format_report

    data = _data_dir(args)
    quiet_days = None
    if args.quiet_days is not None:
        if not args.quiet_days.isdigit() or int(args.quiet_days) < 1:
            return _fail(f"--quiet-days: expected a whole number of days (1 or more), got {args.quiet_days!r}")
        quiet_days = int(args.quiet_days)
    if not (data / "archive.sqlite3").is_file():
        return _fail(f"no archive in {data} (run `lmhtx nightly` or `lmhtx crawl` first, or give --data-dir)")
    sites = load_sites(args.sites) if args.sites else None
    with Archive(data) as archive:
        report = build_report(archive, sites=sites, quiet_days=quiet_days)
    if args.json:
        _print_json(report)
    else:
        sys.stdout.write(format_report(report))
    return 0


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
    e.add_argument("--data-dir", help="archive whose learned site profile to use (default: $LMHTX_DATA or ./data)")
    e.set_defaults(func=cmd_extract)

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
    s.add_argument("--pages", type=int, help="add: pages fetched after the URL (default: PAGES in crawler/siteadd.py)")
    s.add_argument("--delay", type=float, help="add: seconds between requests (default: DELAY in crawler/siteadd.py)")
    s.add_argument("--save", metavar="PATH", help="add: append the entry to this registry file once it validates")
    s.set_defaults(func=cmd_sites)

    c = sub.add_parser("crawl", help="crawl the registry's sites (polite settings)")
    c.add_argument("--sites", help="registry file (default: the bundled crawler/sites.yaml)")
    c.add_argument("--site", help="only this site id")
    c.add_argument("--province", help="only sites of this province (as published or today's)")
    c.add_argument("--max-pages", type=_positive_int, help="page budget per site")
    c.add_argument("-o", "--output", type=Path, help="write one JSON line per article here")
    c.add_argument("-s", "--set", action="append", type=_setting, metavar="NAME=VALUE", help="Scrapy setting")
    c.add_argument("--data-dir", help="archive and index directory (default: $LMHTX_DATA or ./data)")
    c.add_argument("--backfill", action="store_true",
                   help="walk every listing to its end and fetch known articles again (default: incremental)")
    c.set_defaults(func=cmd_crawl)

    n = sub.add_parser("nightly", help="the unattended run: incremental crawl, index, run record, report, alerts")
    n.add_argument("--sites", help="registry file (default: the bundled crawler/sites.yaml)")
    n.add_argument("--data-dir", help="archive and index directory (default: $LMHTX_DATA or ./data)")
    n.add_argument("--backfill", action="store_true", help="walk every site's full archive this time")
    n.add_argument("--quiet-days", type=_positive_int, help="a province is quiet after N days without news (default 30)")
    n.add_argument("-s", "--set", action="append", type=_setting, metavar="NAME=VALUE", help="Scrapy setting")
    n.set_defaults(func=cmd_nightly)

    sc = sub.add_parser("schedule", help="run `lmhtx nightly` every day at a time (for hosts without cron)")
    sc.add_argument("--at", default=os.environ.get("LMHTX_NIGHTLY_AT", "02:30"), help="HH:MM (default 02:30)")
    sc.add_argument("--tz", default=os.environ.get("LMHTX_NIGHTLY_TZ", "Asia/Ho_Chi_Minh"))
    sc.add_argument("--once", action="store_true", help="one run, then exit")
    sc.add_argument("nightly_args", nargs=argparse.REMAINDER, help="arguments for `lmhtx nightly`, after --")
    sc.set_defaults(func=cmd_schedule)

    q = sub.add_parser("search", help="search the archive")
    q.add_argument("query", nargs="?", default="", help='words and "quoted phrases", with or without diacritics')
    q.add_argument("--province", help="province slug; a current province includes those merged into it")
    q.add_argument("--as-published", action="store_true", help="match --province as published, not rolled up")
    q.add_argument("--site")
    q.add_argument("--since", help="YYYY-MM-DD (inclusive)")
    q.add_argument("--until", help="YYYY-MM-DD (inclusive)")
    q.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    q.add_argument("--page", type=_positive_int, default=1)
    q.add_argument("--size", type=_positive_int, default=10)
    q.add_argument("--json", action="store_true")
    q.add_argument("--data-dir")
    q.set_defaults(func=cmd_search)

    w = sub.add_parser("serve", help="the web app for staff (search page and JSON API)")
    w.add_argument("--host", default="127.0.0.1")
    w.add_argument("--port", type=_port, default=8000)
    w.add_argument("--data-dir")
    w.set_defaults(func=cmd_serve)

    i = sub.add_parser("index", help="(re)build the search index; --replay sends batches Elasticsearch missed")
    i.add_argument("--replay", action="store_true")
    i.add_argument("--data-dir")
    i.set_defaults(func=cmd_index)

    r = sub.add_parser("reindex", help="rebuild the search index from the archive, swapped in when complete")
    r.add_argument("--data-dir")
    r.set_defaults(func=cmd_reindex)

    x = sub.add_parser("reextract", help="rebuild the archive from the stored raw pages (WARC), then reindex")
    x.add_argument("--site")
    x.add_argument("--sites", help="registry file for per-site rules (default: the bundled one)")
    x.add_argument("--no-reindex", action="store_true")
    x.add_argument("-v", "--verbose", action="store_true",
                   help="list the articles whose title, date or author changed, and those kept as they were")
    x.add_argument("--data-dir")
    x.set_defaults(func=cmd_reextract)

    d = sub.add_parser("demo", help="offline demo: crawl the bundled sample portals served on loopback")
    d.add_argument("--data-dir", default="data/demo")
    d.add_argument("-o", "--output", type=Path)
    d.set_defaults(func=cmd_demo)

    m = sub.add_parser("report", help="monitoring: new articles per province, quiet provinces, broken sites")
    m.add_argument("--data-dir", help="archive directory (default: $LMHTX_DATA or ./data)")
    m.add_argument("--json", action="store_true", help="the report as JSON data")
    m.add_argument("--quiet-days", help="a province is quiet after this many days without an article "
                                        "(default: $LMHTX_QUIET_DAYS or 30)")
    m.add_argument("--sites", help="registry file (default: the last run's, else the bundled one)")
    m.set_defaults(func=cmd_report)
    return p


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    from crawler.archive import ArchiveError
    from crawler.registry import RegistryError

    try:
        if args.command in _WRITERS:
            _check_writable(_data_dir(args))
        return args.func(args)
    except (RegistryError, ValueError) as exc:  # bad usage: a registry, an option
        return _fail(str(exc))
    except ArchiveError as exc:  # a corrupt archive: one line saying what to do
        print(f"lmhtx {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `lmhtx report | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # known runtime failures in one line; anything else, a traceback
        message = _runtime_error(args, exc)
        if message is None:
            raise
        print(f"lmhtx {args.command}: {message}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
