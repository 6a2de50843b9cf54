"""The monitoring report: activity per province (as published, and rolled up to today's 34),
the health of each site in the last crawl run, and its field coverage against earlier runs.

Counts come from GROUP BY queries over the articles table; item JSON is never loaded. The
report is a plain JSON-serialisable dict: `lmhtx report` prints it (app.monitoring.text), the web
dashboard renders it, app.monitoring.monitors checks it and app.monitoring.alerts sends what the
checks found.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from app.config import load as load_settings
from crawler import provinces
from crawler.dates import TZ
from crawler.registry import RegistryError, load_sites
from crawler.runstatus import judge
from crawler.stats import per_site
from crawler.stats import total as sites_total

COVERAGE_FIELDS = ("published", "author", "text")
NEW_LIST_LIMIT = 100  # new articles listed per province; the counts stay exact
RUNS_LOOKBACK = 20  # earlier runs searched for a site's previous coverage
_NOT_PAGE_KINDS = {"responses", "errors", "article_links", "undated", "ignored", "theme_changed", "slug_alias",
                   "cut", "robots_unavailable", "failed_remembered", "page_errors", "listing_errors"}


def build(archive, *, now: datetime | None = None, sites=None, quiet_days: int | None = None,
          months: int = 12, weeks: int = 26, settings: dict | None = None) -> dict:
    """The report as of `now` (default: the current time in Vietnam).

    `sites`: the registry's sites (default: the registry file of the last run if it is still
    there, else the bundled one). `quiet_days` defaults to LMHTX_QUIET_DAYS (30). The
    monitors judge it afterwards (app.monitoring.build_report); `findings` is left empty here.
    """
    conf = load_settings(settings)
    quiet_days = int(quiet_days if quiet_days is not None else conf["LMHTX_QUIET_DAYS"])
    if quiet_days < 1 or months < 1 or weeks < 1:
        raise ValueError("quiet_days, months and weeks must be at least 1")
    now = _aware(now)
    today = now.date()
    runs = archive.runs(RUNS_LOOKBACK + 1)
    last = runs[0] if runs else None
    if sites is None:
        sites = _registry_sites(last)
    sites = [s for s in sites if s.enabled]
    new_rows = archive.new_in_run(last["id"]) if last else []

    month_keys = _months_back(today, months)
    week_mondays = _weeks_back(today, weeks)
    window_start = min(today - timedelta(days=29), date.fromisoformat(month_keys[0] + "-01"), week_mondays[0])
    aggs, today_of = _province_activity(archive, sites, new_rows, today, window_start)
    rolled = _rolled_up(aggs, today_of)

    def row(slug: str, a: dict, today_slug: str) -> dict[str, Any]:
        return _province_row(slug, a, today_slug, today=today, quiet_days=quiet_days, month_keys=month_keys)

    province_rows = [row(slug, a, today_of[slug]) for slug, a in sorted(aggs.items(), key=_order)]
    today_rows = [{**row(slug, a, slug), "formed_from": _formed_from(slug)} for slug, a in sorted(rolled.items(), key=_order)]
    new_lists, new_counts = _new_lists(new_rows, today_of)
    stats_run, site_rows = _site_rows(archive, runs, sites, new_rows, conf["LMHTX_MONITOR_MIN_ITEMS"])
    return {
        "generated_at": datetime.now(TZ).isoformat(timespec="seconds"),
        "now": now.isoformat(timespec="seconds"),
        "quiet_days": quiet_days,
        "last_run": _run_summary(last, now) if last else None,
        "previous_run": _run_summary(runs[1], now) if len(runs) > 1 else None,
        "sites_run": stats_run["id"] if stats_run else None,
        "totals": {"articles": sum(a["total"] for a in aggs.values()),
                   "undated": sum(a["undated"] for a in aggs.values()), "new_last_run": len(new_rows)},
        "provinces": province_rows,
        "provinces_today": today_rows,
        "weeks": [_week_label(m) for m in week_mondays],
        "months": month_keys,
        "heatmap": _heatmap(rolled, week_mondays, weeks),
        "new_since_last_run": new_lists,
        "new_since_last_run_counts": new_counts,
        "sites": site_rows,
        "quiet": [r["province"] for r in province_rows if r["quiet"]],
        "quiet_today": [r["province"] for r in today_rows if r["quiet"]],
        "findings": [],
    }


# -- provinces -------------------------------------------------------------------------------


def _activity() -> dict[str, Any]:
    return {"total": 0, "undated": 0, "new": 0, "latest": None, "days": Counter(), "sites": set()}


def _province_activity(archive, sites: list, new_rows: list[dict], today: date,
                       window_start: date) -> tuple[dict[str, dict], dict[str, str]]:
    """Per province as published: articles, undated ones, the newest day, articles per day
    since `window_start`, new in the last run and the registry's sites; and each province's
    province of today."""
    aggs: dict[str, dict] = {}
    today_of: dict[str, str] = {}

    def agg(slug: str, today_slug: str | None = None) -> dict:
        if slug not in aggs:
            aggs[slug] = _activity()
            today_of[slug] = _today_slug(slug, today_slug)
        return aggs[slug]

    for site in sites:
        agg(site.province)["sites"].add(site.id)
    for slug, today_slug, total, dated, latest in archive.province_counts(today.isoformat()):
        a = agg(slug, today_slug)
        a["total"] += total
        a["undated"] += total - dated
        a["latest"] = max(filter(None, (a["latest"], latest)), default=None)
    for slug, today_slug, day_text, n in archive.province_days(window_start.isoformat(), today.isoformat()):
        day = _day(day_text)
        if day:
            agg(slug, today_slug)["days"][day] += n
    for r in new_rows:
        agg(r["province"], r["province_today"])["new"] += 1
    return aggs, today_of


def _rolled_up(aggs: dict[str, dict], today_of: dict[str, str]) -> dict[str, dict]:
    """The same activity per province of today (the 2025 merger rolled up)."""
    rolled: dict[str, dict] = {}
    for slug, a in aggs.items():
        r = rolled.setdefault(today_of[slug], _activity())
        for key in ("total", "undated", "new"):
            r[key] += a[key]
        r["latest"] = max(filter(None, (r["latest"], a["latest"])), default=None)
        r["days"].update(a["days"])
        r["sites"] |= a["sites"]
    return rolled


def _province_row(slug: str, a: dict, today_slug: str, *, today: date, quiet_days: int,
                  month_keys: list[str]) -> dict[str, Any]:
    latest = a["latest"]
    since = (today - date.fromisoformat(latest)).days if latest else None
    per_month = dict.fromkeys(month_keys, 0)
    for day, n in a["days"].items():
        if day.isoformat()[:7] in per_month:
            per_month[day.isoformat()[:7]] += n
    return {"province": slug, "name": _name(slug), "province_today": today_slug, "sites": sorted(a["sites"]),
            "new_last_run": a["new"],
            "last_7_days": sum(n for d, n in a["days"].items() if (today - d).days < 7),
            "last_30_days": sum(n for d, n in a["days"].items() if (today - d).days < 30),
            "latest_published": latest, "days_since_latest": since, "total": a["total"],
            "undated": a["undated"], "quiet": since is None or since >= quiet_days, "per_month": per_month}


def _heatmap(rolled: dict[str, dict], week_mondays: list[date], weeks: int) -> dict[str, list[int]]:
    """Articles published per week (oldest first), per province of today."""
    heatmap = {}
    for slug, a in rolled.items():
        counts = [0] * weeks
        for day, n in a["days"].items():
            i = ((day - timedelta(days=day.weekday())) - week_mondays[0]).days // 7
            if 0 <= i < weeks:
                counts[i] += n
        heatmap[slug] = counts
    return heatmap


def _new_lists(new_rows: list[dict], today_of: dict[str, str]) -> tuple[dict[str, list], dict[str, int]]:
    """The last run's new articles per province of today (the first NEW_LIST_LIMIT), and their counts."""
    lists: dict[str, list] = {}
    counts: Counter = Counter()
    for r in new_rows:  # newest first
        slug = today_of[r["province"]]
        counts[slug] += 1
        if counts[slug] <= NEW_LIST_LIMIT:
            lists.setdefault(slug, []).append({k: r[k] for k in ("id", "title", "url", "site", "province", "published")})
    return lists, dict(counts)


# -- runs and sites --------------------------------------------------------------------------


def _site_rows(archive, runs: list[dict], sites: list, new_rows: list[dict],
               min_items: int) -> tuple[dict | None, list[dict[str, Any]]]:
    """The run whose stats describe the sites (the newest that has stats: none yet while a run
    goes on, none if it never started), and a row per registry site (and per site it crawled
    that the registry no longer has)."""
    stats_runs = [r for r in runs if r["stats"]]
    stats_run = stats_runs[0] if stats_runs else None
    if stats_run is None or stats_run is (runs[0] if runs else None):
        new_by_site = Counter(r["site"] for r in new_rows)
    else:
        new_by_site = Counter(r["site"] for r in archive.new_in_run(stats_run["id"]))
    earlier = [per_site(r["stats"]) for r in stats_runs[1:]]
    current = per_site(stats_run["stats"]) if stats_run else {}
    crawled = set(stats_run["sites"]) | set(current) if stats_run else set()
    names = {s.id: (s.name, s.province) for s in sites}
    rows = []
    for site_id in [s.id for s in sites] + sorted(crawled - set(names)):
        name, province = names.get(site_id, (site_id, None))
        rows.append(_site_row(site_id, name, province, site_id in crawled, current.get(site_id, {}),
                              [(run, per.get(site_id, {})) for run, per in zip(stats_runs[1:], earlier)],
                              new_by_site[site_id], min_items))
        if rows[-1]["status"] == "failed":  # for "không trả lời từ 02/12/2025"
            rows[-1]["down_since"] = _down_since(site_id, list(zip(stats_runs, [current, *earlier])))
    return stats_run, rows


def _run_summary(run: dict, now: datetime) -> dict[str, Any]:
    stats = run.get("stats") or {}
    elapsed = stats.get("elapsed_time_seconds")
    if elapsed is None and run.get("finished_at"):
        elapsed = (_parse_time(run["finished_at"]) - _parse_time(run["started_at"])).total_seconds()
    return {
        "id": run["id"], "started_at": run["started_at"], "finished_at": run.get("finished_at"),
        "status": run["status"], "reason": run.get("reason"), "mode": run.get("mode"),
        # what the run lost or skipped, in words (crawler.runstatus); none while it runs
        "causes": [] if run["status"] == "running" else list(judge(stats, run.get("reason")).causes),
        "sites": run.get("sites") or [], "new_articles": run.get("new_articles") or 0,
        "changed_articles": run.get("changed_articles") or 0,
        "requests": _int(stats.get("downloader/request_count")),
        "errors": sites_total(stats, "errors"),
        "elapsed_seconds": round(float(elapsed), 1) if elapsed is not None else None,
        # a run still going: for how long (a run killed hard stays "running" until the next one starts)
        "running_seconds": max(0, int((now - _parse_time(run["started_at"])).total_seconds()))
        if run["status"] == "running" else None,
    }


def _site_row(site_id: str, name: str, province: str | None, crawled: bool, s: dict, earlier: list,
              new: int, min_items: int) -> dict[str, Any]:
    http = {k[5:]: _int(v) for k, v in s.items() if k.startswith("http_")}
    pages = _pages(s)
    # Runs recorded before the spider counted responses and links have neither key.
    legacy = "responses" not in s
    responses = pages + sum(http.values()) if legacy else _int(s["responses"])
    links, known, articles = _int(s.get("article_links")), _int(s.get("incremental/known")), _int(s.get("article"))
    # fetched, but neither listing nor article: stubs, pages without article signals...
    other = pages - articles - _int(s.get("listing"))
    coverage = _coverage(s)
    previous, previous_run, previous_at = None, None, None
    for run, per in earlier:
        cov = _coverage(per)
        if cov["items"]:
            previous, previous_run, previous_at = cov, run["id"], run["started_at"]
            break
    change = {f: round(coverage[f] - previous[f], 4) if previous and coverage[f] is not None
              and previous[f] is not None else None for f in COVERAGE_FIELDS}
    yields_nothing = crawled and no_articles(legacy, links, known, articles, other, min_items)
    if not crawled:
        status = "not_crawled"
    elif pages == 0:  # nothing usable came back: unreachable, or every page an error
        status = "failed"
    elif _int(s.get("errors")):
        status = "errors"
    elif yields_nothing:
        status = "no_articles"
    elif coverage["items"] and coverage["published"] == 0:
        status = "no_dates"
    else:
        status = "ok"
    return {"site": site_id, "name": name, "province": province, "status": status, "responses": responses,
            "pages": pages, "errors": _int(s.get("errors")), "http_errors": dict(sorted(http.items())),
            "articles": articles, "other_pages": other, "article_links": links, "known_links": known,
            "pagination_stopped": _int(s.get("incremental/pagination_stopped")), "new": new,
            "kept": _int(s.get("articles/kept")), "legacy_stats": legacy and crawled,
            "theme_changed": _int(s.get("theme_changed")), "no_articles": yields_nothing,
            "robots_unavailable": _int(s.get("robots_unavailable")), "cut": s.get("cut"),
            "page_errors": _int(s.get("page_errors")),
            "coverage": coverage, "coverage_previous": previous, "coverage_previous_run": previous_run,
            "coverage_previous_at": previous_at,
            "coverage_change": change}


def _down_since(site_id: str, runs: list[tuple[dict, dict]]) -> str | None:
    """When a site that gave no page in the newest run started to: the start of the first of
    the runs in a row (newest first in `runs`) that crawled it and got no page from it."""
    since = None
    for run, per in runs:
        s = per.get(site_id)
        if s is None and site_id not in (run.get("sites") or []):
            continue  # a run without this site says nothing either way
        if _pages(s or {}):
            break
        since = run["started_at"]
    return since


def _pages(s: dict) -> int:
    return sum(_int(v) for k, v in s.items() if "/" not in k and not k.startswith("http_") and k not in _NOT_PAGE_KINDS)


def no_articles(legacy: bool, links: int, known: int, articles: int, other: int, min_items: int) -> bool:
    """Pages fetched but no article from them, the sign of a changed layout: no article link on
    any listing, feed or sitemap, or new article links whose pages (at least `min_items` of them,
    fewer say little) gave no article. Runs recorded before links were counted: no article."""
    if legacy:
        return articles == 0
    return links == 0 or (articles == 0 and links > known and other >= min_items)


def _coverage(s: dict) -> dict[str, Any]:
    if "coverage/items" in s:
        items = _int(s["coverage/items"])
        shares = {f: round(_int(s.get(f"coverage/{f}")) / items, 4) if items else None for f in COVERAGE_FIELDS}
        return {"items": items, **shares}
    # older runs: the kept and undated counts give the date share, nothing else
    items = _int(s.get("articles/kept"))
    dated = round(1 - min(_int(s.get("undated")), items) / items, 4) if items else None
    return {"items": items, "published": dated, "author": None, "text": None}


def _registry_sites(last_run: dict | None) -> list:
    path = last_run.get("registry") if last_run else None
    if path and Path(path).is_file():
        try:
            return load_sites(path)
        except RegistryError:
            pass  # edited since: the bundled registry still names the sites
    return load_sites()


# -- provinces and calendar --------------------------------------------------------------


def _today_slug(slug: str, stored: str | None) -> str:
    if provinces.is_known(slug):
        return provinces.today(slug)
    return stored or slug  # a slug the provinces file no longer knows: trust what the crawl stored


def _name(slug: str) -> str:
    return provinces.get(slug).name if provinces.is_known(slug) else (slug or "(không rõ tỉnh)")


def _formed_from(slug: str) -> list[str]:
    try:
        return list(provinces.formed_from(slug))
    except (KeyError, ValueError):
        return [slug]


def _order(item) -> tuple:
    return (item[0] != provinces.NATIONAL, item[0])


def _months_back(today: date, months: int) -> list[str]:
    index = today.year * 12 + today.month - 1
    return [f"{i // 12:04d}-{i % 12 + 1:02d}" for i in range(index - months + 1, index + 1)]


def _weeks_back(today: date, weeks: int) -> list[date]:
    monday = today - timedelta(days=today.weekday())
    return [monday - timedelta(weeks=i) for i in range(weeks - 1, -1, -1)]


def _week_label(monday: date) -> str:
    year, week, _ = monday.isocalendar()
    return f"{year}-W{week:02d}"


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def _aware(now: datetime | None) -> datetime:
    if now is None:
        return datetime.now(TZ)
    return now.replace(tzinfo=TZ) if now.tzinfo is None else now.astimezone(TZ)


def _parse_time(text: str) -> datetime:
    return _aware(datetime.fromisoformat(text))


def _int(value: Any) -> int:
    try:
        return int(value or 0)
    except (TypeError, ValueError):
        return 0
