"""The search commands: `lmhtx search`, `serve` (the web app), `index` and `reindex`."""

from __future__ import annotations

import sys

from .common import data_dir, port, positive_int, print_json
from .errors import fail


def add_parser(sub) -> None:
    q = sub.add_parser("search", help="search the archive")
    q.add_argument("query", nargs="?", default="", help='words and "quoted phrases", with or without diacritics')
    q.add_argument("--province", help="province slug; a current province includes those merged into it")
    q.add_argument("--as-published", action="store_true", help="match --province as published, not rolled up")
    q.add_argument("--site")
    q.add_argument("--since", help="YYYY-MM-DD (inclusive)")
    q.add_argument("--until", help="YYYY-MM-DD (inclusive)")
    q.add_argument("--sort", choices=["relevance", "date"], default="relevance")
    q.add_argument("--page", type=positive_int, default=1)
    q.add_argument("--size", type=positive_int, default=10)
    q.add_argument("--json", action="store_true")
    q.add_argument("--data-dir")
    q.set_defaults(func=cmd_search)

    w = sub.add_parser("serve", help="the web app for staff (search page and JSON API)")
    w.add_argument("--host", default="127.0.0.1")
    w.add_argument("--port", type=port, default=8000)
    w.add_argument("--data-dir")
    w.set_defaults(func=cmd_serve)

    i = sub.add_parser("index", help="(re)build the search index; --replay sends batches Elasticsearch missed")
    i.add_argument("--replay", action="store_true")
    i.add_argument("--data-dir")
    i.set_defaults(func=cmd_index, writes_data=True)

    r = sub.add_parser("reindex", help="rebuild the search index from the archive, swapped in when complete")
    r.add_argument("--data-dir")
    r.set_defaults(func=cmd_reindex, writes_data=True)


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
        backend = open_backend(data_dir(args))
        try:
            results = backend.search(query)
        finally:
            backend.close()
    except (QueryError, ValueError) as exc:
        return fail(str(exc))
    except ConnectionError as exc:
        return fail(f"search backend unavailable: {exc}")
    if args.json:
        print_json({"total": results.total,
                     "hits": [{"id": h.id, "url": h.url, "title": h.title, "site": h.site, "province": h.province,
                               "province_today": h.province_today, "published": h.published,
                               "doc_number": h.doc_number, "snippet": h.snippet, "copies": h.copies}
                              for h in results.hits],
                     "by_province": results.by_province, "by_province_today": results.by_province_today,
                     "by_site": results.by_site, "by_month": results.by_month, "notices": results.notices})
        return 0
    print(f"{results.total} bài viết ({results.took_ms:.0f} ms)")
    for notice in results.notices:  # what the query syntax did not understand
        print(f"! {notice}")
    for i, h in enumerate(results.hits, start=(args.page - 1) * args.size + 1):
        snippet = html.unescape(re.sub(r"</?mark>", "*", h.snippet))
        print(f"\n{i}. {h.title}\n   {h.province or '-'} · {(h.published or 'không rõ ngày')[:10]} · {h.url}\n   {snippet}")
        if h.copies:
            print(f"   và {len(h.copies)} bản đăng lại: " + " · ".join(c["url"] for c in h.copies))
    return 0


def cmd_serve(args) -> int:
    from app.web.auth import Access, NoAccount
    from app.web.hosts import is_loopback
    from app.web.server import serve
    from crawler.archive import Archive
    from search.config import open_backend
    from search.sync import catch_up

    data = data_dir(args)
    try:  # login on a non-loopback address, and which Host names are answered (app/web/auth.py)
        access = Access.for_serving(data, args.host)
    except NoAccount as exc:
        return fail(str(exc))
    backend = open_backend(data)
    archive = Archive(data)
    done = catch_up(archive, backend)  # whatever the archive has that the index lacks
    print(f"search index: {done.indexed} documents caught up, {done.behind} archive articles not in it",
          file=sys.stderr)
    print(f"serving on http://{args.host}:{args.port}/ (data: {data}; login {'on' if access.enabled else 'off'})",
          file=sys.stderr)
    if access.policy.only_loopback() and not is_loopback(args.host):
        print("answering only to localhost/127.0.0.1: set LMHTX_PUBLIC_URL or LMHTX_ALLOWED_HOSTS to the name "
              "staff use", file=sys.stderr)
    serve(backend, archive, host=args.host, port=args.port, middleware=access.wrap)
    return 0


def cmd_reindex(args) -> int:
    """A new search index from the archive, swapped in when complete; never while a nightly
    run writes (the index would lose what it wrote), so it takes the nightly run's lock."""
    from app.nightly import EXIT_LOCKED, AlreadyRunning, run_lock
    from search.sync import rebuild

    data = data_dir(args)
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

    data = data_dir(args)
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
        return fail(f"cannot replay {spool}: {exc}", 1)
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

