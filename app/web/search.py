"""The search page: parameters in, template data out (the archived copies: copies.py).

    parse_params(qs)                 -> Params (a validated Query), or BadRequest with a clear message
    query_string(query, **changes)   -> the canonical query string of a search, for links
    site_names(sites)                -> site id -> portal name, from the registry
    page_context(...)                -> what templates/search.html needs

No HTML here: the templates write it, autoescaped.
"""

from __future__ import annotations

import re
import unicodedata
from calendar import monthrange
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache
from typing import Any
from urllib.parse import urlencode

from app.web.render import DATE_RE, h, marked, province_name, vn_number, vn_sort_key
from crawler import provinces
from crawler.registry import Site, load_sites
from search.base import MAX_PAGE_SIZE, MAX_QUERY_CHARS, Query, Results

PAGE_SIZE = 20
MAX_RESULTS = 10_000  # page * size: deeper than this, narrow the search (both backends stop there)
MAX_PAGE = MAX_RESULTS
MAX_PARAM_CHARS = 200  # for everything but q
SITE_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
VN_DATE_RE = re.compile(r"^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$")  # dd/mm/yyyy, as staff write dates
DATE_FORMAT_HINT = "dd/mm/yyyy"
SORT_LABELS = {"relevance": "phù hợp nhất", "date": "mới nhất"}
TITLE = "Tra cứu tin Liên minh Hợp tác xã"


class BadRequest(Exception):
    """A parameter staff (or a script) sent that we cannot use; the message says why."""


# --- parameters -------------------------------------------------------------------------


@dataclass
class Params:
    query: Query
    explicit_sort: bool = False
    raw: dict[str, str] = field(default_factory=dict)  # the values as typed, for the form


def first(qs: dict[str, list[str]], name: str) -> str:
    values = qs.get(name)
    return values[0].strip() if values else ""


def _parse_date(name: str, label: str, value: str) -> date | None:
    """dd/mm/yyyy (what staff type, whatever the browser's language) or yyyy-mm-dd (links)."""
    if not value:
        return None
    m = VN_DATE_RE.match(value) if len(value) <= MAX_PARAM_CHARS else None
    if m is None and not (len(value) <= MAX_PARAM_CHARS and DATE_RE.match(value)):
        raise BadRequest(f"{label} không hợp lệ: “{value[:40]}”. Hãy nhập ngày dạng {DATE_FORMAT_HINT}, "
                         f"ví dụ 15/03/2024. (Invalid '{name}': expected a date as dd/mm/yyyy or yyyy-mm-dd.)")
    try:
        return date(int(m[3]), int(m[2]), int(m[1])) if m else date.fromisoformat(value)
    except ValueError:
        raise BadRequest(f"{label} không có thật: “{value}” (kiểm tra ngày và tháng). "
                         f"(Invalid '{name}': no such date.)") from None


def parse_int(name: str, label: str, value: str, default: int, low: int, high: int) -> int:
    if not value:
        return default
    if not re.fullmatch(r"\d{1,6}", value):
        raise BadRequest(f"{label} không hợp lệ: {value[:40]!r}. Cần một số nguyên từ {low} đến {high}. "
                         f"(Invalid '{name}': expected a whole number from {low} to {high}.)")
    n = int(value)
    if not low <= n <= high:
        raise BadRequest(f"{label} phải từ {low} đến {high}, không phải {n}. "
                         f"(Invalid '{name}': must be between {low} and {high}.)")
    return n


def _check_province(name: str, value: str, *, today: bool) -> str | None:
    if not value:
        return None
    if len(value) > MAX_PARAM_CHARS:
        raise BadRequest(f"Tỉnh/thành không hợp lệ. (Invalid '{name}': too long.)")
    try:
        p = provinces.get(value)
    except KeyError as exc:
        raise BadRequest(f"Không có tỉnh/thành {value[:60]!r}. Hãy chọn trong danh sách. "
                         f"(Invalid '{name}': {exc})") from None
    if today and p.era == "pre2025":
        now = provinces.today(p.slug)
        raise BadRequest(f"{p.name} không còn là tỉnh/thành từ 1/7/2025; nay thuộc {province_name(now)} ({now}). "
                         f"(Invalid '{name}': {p.slug!r} is a pre-2025 province, today part of {now!r}; "
                         f"use province={p.slug} to match it as published.)")
    return p.slug


def parse_params(qs: dict[str, list[str]], *, page_form: bool = False) -> Params:
    """Validate the query string into a Query; BadRequest with a clear message otherwise.

    The page's form also sends `p` (a province slug) and `match` (today | published), which
    become `province_today` or `province`; a pre-2025 province always matches as published."""
    raw = {k: first(qs, k) for k in ("q", "province", "province_today", "site", "since", "until", "sort",
                                     "page", "size", "p", "match", "group")}
    text = unicodedata.normalize("NFC", raw["q"])
    if len(text) > MAX_QUERY_CHARS:
        raise BadRequest(f"Từ khóa quá dài ({len(text)} ký tự, tối đa {MAX_QUERY_CHARS}). "
                         f"(Query too long: {len(text)} characters, at most {MAX_QUERY_CHARS}.)")
    if any(unicodedata.category(c) == "Cc" and c not in "\t\n\r" for c in text):
        raise BadRequest("Từ khóa chứa ký tự điều khiển. (Query contains control characters.)")
    province = raw["province"]
    province_today = raw["province_today"]
    if page_form and raw["p"] and not province and not province_today:
        match = raw["match"] or "today"
        if match not in ("today", "published"):
            raise BadRequest(f"Cách khớp tỉnh không hợp lệ: {match[:40]!r}. (Invalid 'match': today | published.)")
        slug = _check_province("p", raw["p"], today=False)
        assert slug is not None
        if match == "today" and provinces.get(slug).era != "pre2025":
            province_today = slug
        else:
            province = slug
    province = _check_province("province", province, today=False)
    province_today = _check_province("province_today", province_today, today=True)
    site = raw["site"] or None
    if site is not None and not SITE_RE.match(site):
        raise BadRequest(f"Mã trang không hợp lệ: {site[:40]!r}. (Invalid 'site': letters, digits, '.', '_', '-'.)")
    since = _parse_date("since", "Từ ngày", raw["since"])
    until = _parse_date("until", "Đến ngày", raw["until"])
    if since and until and since > until:
        raise BadRequest(f"“Từ ngày” ({since:%d/%m/%Y}) phải trước hoặc bằng “Đến ngày” ({until:%d/%m/%Y}). "
                         "(Invalid range: 'since' is after 'until'.)")
    sort = raw["sort"]
    if sort and sort not in ("relevance", "date"):
        raise BadRequest(f"Cách sắp xếp không hợp lệ: {sort[:40]!r}. (Invalid 'sort': relevance | date.)")
    explicit_sort = bool(sort)
    if not text.strip():
        sort = "date"  # nothing to be relevant to: newest first
    page = parse_int("page", "Số trang", raw["page"], 1, 1, MAX_PAGE)
    size = parse_int("size", "Số kết quả mỗi trang", raw["size"], PAGE_SIZE, 1, MAX_PAGE_SIZE)
    if page * size > MAX_RESULTS:
        raise BadRequest(f"Chỉ xem được {vn_number(MAX_RESULTS)} kết quả đầu tiên (trang {page} × {size} kết quả); "
                         "hãy thu hẹp tìm kiếm bằng bộ lọc hoặc khoảng ngày. "
                         f"(Invalid 'page': page × size must be at most {MAX_RESULTS}.)")
    if raw["group"] not in ("", "0", "1"):
        raise BadRequest(f"Tham số gộp bản đăng lại không hợp lệ: {raw['group'][:40]!r}. "
                         "(Invalid 'group': 1 groups syndicated copies (the default), 0 lists every copy.)")
    query = Query(text=text.strip(), province=province, province_today=province_today, site=site,
                  since=since, until=until, sort=sort or "relevance", page=page, size=size,
                  group=raw["group"] != "0")
    return Params(query, explicit_sort, raw)


def bad_params(qs: dict[str, list[str]]) -> Params:
    """An empty search that keeps what was typed, to show the form again under an error."""
    return Params(Query(), False, {k: first(qs, k) for k in ("q", "since", "until", "sort", "p", "match")})


def query_string(q: Query, *, explicit_sort: bool = True, **changes: Any) -> str:
    """The canonical query string of a search (for links), with some fields changed."""
    values = {"q": q.text, "province": q.province, "province_today": q.province_today, "site": q.site,
              "since": q.since.isoformat() if q.since else None, "until": q.until.isoformat() if q.until else None,
              "sort": q.sort if explicit_sort and q.text else None,
              "page": q.page if q.page != 1 else None, "size": q.size if q.size != PAGE_SIZE else None,
              "group": None if q.group else 0}
    values.update(changes)
    pairs = [(k, str(v)) for k, v in values.items() if v not in (None, "")]
    return urlencode(pairs)


def province_options() -> list[tuple[str, list[tuple[str, str]]]]:
    """The form's province list: the national alliance, today's 34, the pre-2025 ones."""
    today = sorted(((p.slug, p.name) for p in provinces.post2025()), key=lambda sn: vn_sort_key(sn[1]))
    old = sorted(((p.slug, p.name) for p in provinces.pre2025() if p.era == "pre2025"),
                 key=lambda sn: vn_sort_key(sn[1]))
    national = provinces.get(provinces.NATIONAL)
    return [
        ("Toàn quốc", [(national.slug, "Liên minh HTX Việt Nam (toàn quốc)")]),
        ("34 tỉnh/thành hiện nay", today),
        ("Tỉnh/thành trước 1/7/2025 (khớp theo khi đăng)", old),
    ]


@lru_cache(maxsize=1)
def _default_site_names() -> dict[str, str]:
    return {s.id: s.name for s in load_sites()}


def site_names(sites: list[Site] | None = None) -> dict[str, str]:
    """Site id -> the portal's name, from the registry (crawler/sites.yaml unless given)."""
    return {s.id: s.name for s in sites} if sites is not None else _default_site_names()


def sort_label(params: Params) -> str:
    """The order results are in, as applied, for staff: "Sắp xếp: mới nhất (tự động)"."""
    q = params.query
    auto = not params.explicit_sort or params.raw.get("sort") != q.sort  # no words: newest first
    return f"Sắp xếp: {SORT_LABELS[q.sort]}" + (" (tự động)" if auto else "")


# --- the search page -----------------------------------------------------------------------


def page_context(params: Params, results: Results | None, error: str | None, *,
                 options: list[tuple[str, list[tuple[str, str]]]], with_archive: bool,
                 sites: list[Site] | None = None) -> dict[str, Any]:
    q = params.query
    title = f"{q.text} – {TITLE}" if q.text else TITLE
    names = site_names(sites)
    return {"title": title, "page": "search", "form": _form(params, options), "error": error,
            "results": _results(params, results, names) if error is None and results is not None else None,
            "with_archive": with_archive, "date_hint": DATE_FORMAT_HINT}


def _form(params: Params, options: list[Any]) -> dict[str, Any]:
    q, raw = params.query, params.raw
    since = f"{q.since:%d/%m/%Y}" if q.since else raw.get("since", "")  # as typed after a bad input
    until = f"{q.until:%d/%m/%Y}" if q.until else raw.get("until", "")
    return {
        "text": q.text or raw.get("q", ""),
        "maxlength": MAX_QUERY_CHARS,
        "province_options": options,
        "selected": q.province_today or q.province or raw.get("p", ""),  # raw: kept after a bad input
        "match": "published" if (q.province and not q.province_today) or raw.get("match") == "published" else "today",
        "sort": raw.get("sort") if params.explicit_sort else "",  # "": automatic, said beside the results
        "since": since, "until": until, "site": q.site, "group": q.group,
    }


def _results(params: Params, results: Results, names: dict[str, str]) -> dict[str, Any]:
    q = params.query
    sort = params.explicit_sort
    filtered = bool(q.text or q.province or q.province_today or q.site or q.since or q.until)
    pages = max(1, -(-results.total // q.size))
    summary = (f"Tìm thấy {vn_number(results.total)} bài viết" if filtered
               else f"Kho lưu có {vn_number(results.total)} bài viết")
    # facets count every copy on its own portal: the difference is what grouping folded in
    folded = sum((results.by_site or {}).values()) - results.total if q.group and results.by_site else 0
    pager = None
    if pages > 1:
        pager = {"page": q.page, "pages": pages,
                 "prev_href": "/?" + query_string(q, explicit_sort=sort, page=q.page - 1) if q.page > 1 else None,
                 "next_href": ("/?" + query_string(q, explicit_sort=sort, page=q.page + 1)
                               if q.page < min(pages, MAX_RESULTS // q.size) else None)}
    hits = [{"id": hit.id, "url": hit.url, "province": hit.province, "province_today": hit.province_today,
             "published": hit.published, "site": hit.site, "site_name": names.get(hit.site, hit.site),
             "doc_number": hit.doc_number, "snippet": hit.snippet,
             "title_html": marked(hit.title_html) or h(hit.title) or "(không có tiêu đề)",
             "copies": [{"id": c.get("id"), "url": c.get("url"), "published": c.get("published"),
                         "site_name": names.get(c.get("site") or "", c.get("site") or "")} for c in hit.copies]}
            for hit in results.hits]
    past_end = not results.hits and results.total and q.page > 1
    return {
        "summary": summary, "took_ms": results.took_ms, "chips": _chips(params, names), "hits": hits,
        "sort_label": sort_label(params), "notices": list(results.notices),
        "folded": f"đã gộp {vn_number(folded)} bản đăng lại trên cổng khác" if folded > 0 else None,
        "ungroup_href": "/?" + query_string(q, explicit_sort=sort, group=0, page=None) if folded > 0 else None,
        "start": (q.page - 1) * q.size + 1, "page": q.page, "pager": pager,
        "first_page_href": "/?" + query_string(q, explicit_sort=sort, page=None) if past_end else None,
        "facets": _facets(params, results, names),
    }


def _chips(params: Params, names: dict[str, str]) -> list[tuple[str, str]]:
    """The active filters, each with the link that drops it."""
    q = params.query
    sort = params.explicit_sort
    chips = []
    if q.province_today:
        chips.append((f"Tỉnh/thành hiện nay: {province_name(q.province_today)}",
                      query_string(q, explicit_sort=sort, province_today=None, page=None)))
    if q.province:
        chips.append((f"Tỉnh/thành khi đăng: {province_name(q.province)}",
                      query_string(q, explicit_sort=sort, province=None, page=None)))
    if q.site:
        chips.append((f"Cổng: {names.get(q.site, q.site)}", query_string(q, explicit_sort=sort, site=None, page=None)))
    if q.since or q.until:
        span = f"{q.since:%d/%m/%Y}" if q.since else "…"
        span += " – " + (f"{q.until:%d/%m/%Y}" if q.until else "…")
        chips.append((f"Thời gian: {span}", query_string(q, explicit_sort=sort, since=None, until=None, page=None)))
    if not q.group:
        chips.append(("Hiện cả bản đăng lại", query_string(q, explicit_sort=sort, group=None, page=None)))
    return [(label, "/?" + qs) for label, qs in chips]


def _bars(counts: dict[str, int], label: Callable[[str], str], href: Callable[[str], str],
          current: str | None, *, order: str = "count") -> list[dict[str, Any]]:
    items = [(k, v) for k, v in counts.items() if v]
    if order == "count":
        items.sort(key=lambda kv: (-kv[1], vn_sort_key(label(kv[0]))))
    else:
        items.sort(key=lambda kv: kv[0], reverse=True)
    top = max((v for _, v in items), default=1)
    return [{"label": label(k), "n": n, "href": href(k), "current": k == current, "width": max(2.0, 100.0 * n / top)}
            for k, n in items]


def _facets(params: Params, results: Results, names: dict[str, str]) -> dict[str, list[dict[str, Any]]]:
    q = params.query
    sort = params.explicit_sort
    out: dict[str, list[dict[str, Any]]] = {}
    today = {k: v for k, v in (results.by_province_today or {}).items() if k}
    if today:
        out["today"] = _bars(today, province_name, lambda k: "/?" + query_string(
            q, explicit_sort=sort, province_today=k, province=None, page=None), q.province_today)
    published = {k: v for k, v in (results.by_province or {}).items() if k}
    if published and set(published) != set(today):
        out["published"] = _bars(published, province_name, lambda k: "/?" + query_string(
            q, explicit_sort=sort, province=k, province_today=None, page=None), q.province)
    sites = {k: v for k, v in (results.by_site or {}).items() if k}
    if sites:
        out["sites"] = _bars(sites, lambda k: names.get(k, k), lambda k: "/?" + query_string(
            q, explicit_sort=sort, site=k, page=None), q.site)
    months = {k: v for k, v in (results.by_month or {}).items() if k and re.fullmatch(r"\d{4}-\d{2}", k)}
    if months:
        def month_href(key: str) -> str:
            y, m = int(key[:4]), int(key[5:7])
            if not 1 <= m <= 12:
                return "/?" + query_string(q, explicit_sort=sort, page=None)
            first_, last = date(y, m, 1), date(y, m, monthrange(y, m)[1])
            return "/?" + query_string(q, explicit_sort=sort, since=first_.isoformat(), until=last.isoformat(),
                                       page=None)

        current = None
        if q.since and q.until and q.since.day == 1 and (q.since.year, q.since.month) == (q.until.year, q.until.month):
            current = f"{q.since:%Y-%m}"
        out["months"] = _bars(months, lambda k: f"Tháng {k[5:7]}/{k[:4]}", month_href, current, order="key")
    return out
