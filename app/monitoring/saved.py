"""Saved searches staff follow: what is stored, and their alert after each nightly run, in
the monitoring's three steps that never call each other:

    find_matches(archive, run_id)            build: the run's new articles each saved search matches
    record(archive, run_id, matches)         judge: remembered once per search (a syndicated copy
                                             of an article already matched is not new)
    deliver_matches(archive, config, ...)    deliver: one alert per search and channel with what it
                                             has not been told, through app.monitoring.alerts

A saved search is stored as the search page's own parameters (q, province, province_today,
site, since, until, sort): `query_fields` and `to_query` go between them and a Query, and
they are the query string of the search's page and feed as they are.

Matching uses the search engine itself: the run's new articles are indexed into a throwaway
in-memory embedded index and each saved query runs on it, so a saved search matches what
the search page finds among them (accents optional, phrases, provinces rolled up, dates),
whichever backend serves the web app, and however large the archive is.
"""

from __future__ import annotations

import logging
import unicodedata
from collections.abc import Mapping
from dataclasses import replace
from datetime import date, datetime, timedelta
from typing import Any
from urllib.parse import urlencode

from app import config as app_config
from app.monitoring import alerts
from crawler import provinces
from crawler.dates import TZ
from search.base import Query, QueryError, to_document
from search.config import attachments_text
from search.embedded import EmbeddedIndex
from search.paging import walk

log = logging.getLogger(__name__)

FIELDS = ("q", "province", "province_today", "site", "since", "until", "sort")
NAME_CHARS = 120


# --- what is stored ---------------------------------------------------------------------------


def query_fields(query: Query) -> dict[str, str]:
    """The search page's parameters of a query (only those set), as stored and linked."""
    text = query.text.strip()
    values = {"q": text, "province": query.province, "province_today": query.province_today,
              "site": query.site, "since": query.since.isoformat() if query.since else None,
              "until": query.until.isoformat() if query.until else None,
              "sort": query.sort if text and query.sort != "relevance" else None}
    return {k: str(v) for k, v in values.items() if v}


def to_query(fields: Mapping[str, str], **changes: Any) -> Query:
    """The Query of stored fields (the backend validates it when it runs)."""
    def day(name: str) -> date | None:
        return date.fromisoformat(fields[name]) if fields.get(name) else None

    values: dict[str, Any] = dict(text=fields.get("q") or "", province=fields.get("province") or None,
                                  province_today=fields.get("province_today") or None, site=fields.get("site") or None,
                                  since=day("since"), until=day("until"),
                                  sort=fields.get("sort") or ("relevance" if fields.get("q") else "date"))
    values.update(changes)
    return Query(**values)


def query_string(fields: Mapping[str, str]) -> str:
    """The query string of the search's page (/?…) and feed (/feeds/search.atom?…)."""
    return urlencode([(k, fields[k]) for k in FIELDS if fields.get(k)])


def _province(slug: str) -> str:
    return provinces.get(slug).name if provinces.is_known(slug) else slug


def describe(fields: Mapping[str, str]) -> str:
    """The search in words staff read: 'Từ khóa “ocop” · Tỉnh/thành hiện nay: Lâm Đồng'."""
    parts = []
    if fields.get("q"):
        parts.append(f"Từ khóa “{fields['q']}”")
    if fields.get("province_today"):
        parts.append(f"Tỉnh/thành hiện nay: {_province(fields['province_today'])}")
    if fields.get("province"):
        parts.append(f"Tỉnh/thành khi đăng: {_province(fields['province'])}")
    if fields.get("site"):
        parts.append(f"Trang: {fields['site']}")
    since, until = fields.get("since"), fields.get("until")
    if since or until:
        parts.append("Thời gian: " + (_vn_day(since) or "…") + " – " + (_vn_day(until) or "…"))
    if fields.get("sort") == "date":
        parts.append("mới nhất trước")
    return " · ".join(parts) or "Mọi bài viết"


def default_name(fields: Mapping[str, str]) -> str:
    return clean_name(describe(fields))


def one_line(text: str | None) -> str:
    """Text (typed or crawled) for a name or a line of an alert: NFC, no control characters."""
    text = unicodedata.normalize("NFC", text or "")
    return " ".join("".join(c if unicodedata.category(c)[0] != "C" else " " for c in text).split())


def clean_name(name: str) -> str:
    """A name as staff typed it: one line, at most NAME_CHARS."""
    text = one_line(name)
    return text if len(text) <= NAME_CHARS else text[:NAME_CHARS - 1].rstrip() + "…"


def _vn_day(iso: str | None) -> str:
    return f"{iso[8:10]}/{iso[5:7]}/{iso[:4]}" if iso and len(iso) >= 10 else ""


# --- build: the run's new articles each saved search matches ------------------------------------


class BackfillRun(Exception):
    """The run archived more new articles than LMHTX_SAVED_ALERT_MAX_NEW: a first crawl or a
    backfill, whose "new" articles are the archive's past, not news to alert."""


def find_matches(archive: Any, run_id: int, *, most: int = 2000) -> dict[int, list[dict[str, Any]]]:
    """{saved search id: the articles first archived in run `run_id` that it matches};
    BackfillRun when the run archived more than `most` (none of them are read)."""
    searches = archive.saved_searches()
    if not searches:
        return {}
    new = archive.first_archived_in(run_id, limit=most + 1)
    if len(new) > most:
        raise BackfillRun(f"run {run_id} archived more than {most} new articles (a first crawl or a backfill): "
                          "saved searches are not alerted of them")
    if not new:
        return {s["id"]: [] for s in searches}
    by_id = {a["id"]: a for a in new}
    index = EmbeddedIndex(":memory:")
    try:
        index.index([to_document(a, attachments_text(a)) for a in new])
        out: dict[int, list[dict[str, Any]]] = {}
        for s in searches:
            try:
                found = walk(index.search, replace(to_query(s["query"]), highlight=False), limit=len(new))
            except (QueryError, ValueError) as exc:  # e.g. a province renamed since it was saved
                log.warning("saved search %s (%s) cannot run: %s", s["id"], s["name"], exc)
                out[s["id"]] = []
                continue
            out[s["id"]] = [by_id[hit.id] for hit in found.hits if hit.id in by_id]
        return out
    finally:
        index.close()


# --- judge: remembered once per search ------------------------------------------------------------


def record(archive: Any, run_id: int, matches: Mapping[int, list[dict[str, Any]]]) -> dict[int, int]:
    """Remember the matches; {search id: how many were new to it}."""
    return {sid: archive.record_matches(sid, run_id, articles) for sid, articles in matches.items()}


# --- deliver: one alert per search and channel ------------------------------------------------------


def compose(search: Mapping[str, Any], articles: list[dict[str, Any]], *, web_url: str = "",
            site_names: Mapping[str, str] | None = None, listed: int = 30) -> tuple[str, str, list[dict]]:
    """(subject, plain-text body, items for the webhook's `findings`) of one saved search's alert."""
    names = site_names or {}
    name = clean_name(search["name"])
    n = len(articles)
    subject = clean_name(f"[lmhtx] {n} bài mới: {name}")
    web = web_url.rstrip("/")
    qs = query_string(search["query"])
    lines = [f"Tìm kiếm đã lưu “{name}” ({describe(search['query'])}) có {n} bài viết mới:", ""]
    items: list[dict[str, Any]] = []
    for a in articles:
        title = one_line(a.get("title")) or "(không có tiêu đề)"
        where = names.get(a.get("site") or "", a.get("site") or "")
        day = _vn_day(a.get("published")) or "không rõ ngày"
        archived = f"{web}/archive/{a['id']}" if web else None
        if len(items) < listed:
            lines.append(f"- {day} · {one_line(where)} · {title}")
            lines.append(f"  {a.get('url') or a.get('canonical_url')}")
            if archived:
                lines.append(f"  Bản lưu: {archived}")
        items.append({"monitor": "saved_search", "level": "info", "subject": f"saved:{search['id']}",
                      "message": title, "article_id": a["id"], "url": a.get("url"), "site": a.get("site"),
                      "published": a.get("published"), "archive_url": archived})
    if n > listed:
        lines.append(f"… và {n - listed} bài khác.")
    if web:
        lines += ["", f"Xem tất cả kết quả: {web}/?{qs}", f"Nguồn tin Atom: {web}/feeds/search.atom?{qs}",
                  f"Bỏ theo dõi: {web}/saved"]
    return subject, "\n".join(lines) + "\n", items


def deliver_matches(archive: Any, config: Mapping[str, Any], *, settings: Mapping[str, Any] | None = None,
                    site_names: Mapping[str, str] | None = None, now: datetime | None = None) -> dict[str, Any]:
    """Tell each configured alert channel the matches of each saved search it has not been
    told (found in the last LMHTX_SAVED_ALERT_DAYS days), one message per search; what a
    channel took is remembered, what failed is tried again on the next run."""
    conf = app_config.load(settings)
    channels = alerts.channels(config)
    result: dict[str, Any] = {"channels": channels, "sent": {}, "failed": {}, "errors": 0}
    if not channels:
        return result
    now = now or datetime.now(TZ)
    since = (now - timedelta(days=conf["LMHTX_SAVED_ALERT_DAYS"])).isoformat(timespec="seconds")
    for search in archive.saved_searches():
        for channel in channels:
            articles = archive.unsent_matches(search["id"], channel, since)
            if not articles:
                continue
            subject, body, items = compose(search, articles, web_url=conf["LMHTX_PUBLIC_URL"], site_names=site_names,
                                           listed=conf["LMHTX_SAVED_ALERT_LISTED"])
            error = alerts.deliver(channel, config, subject, body, items)
            key = f"{search['id']}|{channel}"
            if error:
                result["failed"][key] = error
                result["errors"] += 1
                continue
            archive.mark_sent(search["id"], channel, [a["id"] for a in articles])
            result["sent"][key] = len(articles)
    return result


def follow(archive: Any, run_id: int, config: Mapping[str, Any], *, settings: Mapping[str, Any] | None = None,
           site_names: Mapping[str, str] | None = None) -> dict[str, Any]:
    """The three steps for the nightly: {"matched": {search id: new matches}, "backfill": the
    reason nothing was matched, or None, "sent", "failed", …}."""
    most = app_config.load(settings)["LMHTX_SAVED_ALERT_MAX_NEW"]
    backfill = None
    try:
        matched = record(archive, run_id, find_matches(archive, run_id, most=most))
    except BackfillRun as exc:
        log.info("%s", exc)
        matched, backfill = {}, str(exc)
    return {"matched": matched, "backfill": backfill,
            **deliver_matches(archive, config, settings=settings, site_names=site_names)}
