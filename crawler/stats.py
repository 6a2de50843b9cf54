"""The crawl's stats vocabulary: the keys a crawl writes and the run record, the verdict, the
report and the CLI read back. Built and parsed here only, so a writer and its readers cannot
drift apart.

Per site, a key reads `portals/site/<site>/<name>`: `responses`, `errors`, `http_<status>`, the
page kinds (`article`, `listing`, `stub`, ...), `article_links`, `undated`, `ignored`,
`listing_errors`, `page_errors`, `theme_changed`, `slug_alias`, `redirect_alias`, `cut` ("pages" | "time" | "trap"),
`robots_unavailable`, `failed_remembered`. A few per-site counters are older than that layout
and keep their own prefix (stored runs carry them): `articles/kept/<site>`, `archive/new/<site>`,
`archive/changed/<site>`, `incremental/known/<site>`, `incremental/pagination_stopped/<site>`,
`portals/budget_exhausted/<site>`, `archive/write_errors/<site>`, and field coverage
`coverage/<site>/<field>`.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

SITE_PREFIX = "portals/site/"
# Per-site counters outside portals/site/<id>/<name>, read back under "<prefix>" in a site's row.
OWN_PREFIXES = ("articles/kept", "incremental/known", "incremental/pagination_stopped", "archive/new",
                "archive/changed")

# Run-level keys the run record and its readers share.
RUN_ID = "archive/run_id"
RUN_STATUS = "run/status"


def count(stats: Mapping[str, Any], key: str) -> int:
    """A counter's value, 0 when absent (or not a number: a hand-edited run record)."""
    try:
        return int(stats.get(key) or 0)
    except (TypeError, ValueError):
        return 0


def site_key(site: str, name: str) -> str:
    """`portals/site/<site>/<name>`."""
    return f"{SITE_PREFIX}{site}/{name}"


def prefixed(prefix: str, site: str) -> str:
    """A per-site counter with its own prefix: `archive/new/<site>`."""
    return f"{prefix}/{site}"


def coverage_key(site: str, field: str) -> str:
    return f"coverage/{site}/{field}"


def site_value(stats: Mapping[str, Any], site: str, name: str, default: Any = 0) -> Any:
    return stats.get(site_key(site, name), default)


def site_values(stats: Mapping[str, Any], name: str) -> dict[str, Any]:
    """{site: value} of `portals/site/<site>/<name>`, for the sites where it is set and true."""
    out = {}
    for key, value in stats.items():
        parts = key.split("/")
        if len(parts) == 4 and key.startswith(SITE_PREFIX) and parts[3] == name and value:
            out[parts[2]] = value
    return out


def total(stats: Mapping[str, Any], name: str) -> int:
    """The sum over sites of `portals/site/<site>/<name>`."""
    return sum(count(stats, site_key(site, name)) for site in site_values(stats, name))


def per_site(stats: Mapping[str, Any] | None) -> dict[str, dict[str, Any]]:
    """{site: {name: value}}: `portals/site/<id>/<name>` as <name>, `coverage/<id>/<field>` as
    `coverage/<field>`, the counters of OWN_PREFIXES as their prefix."""
    out: dict[str, dict[str, Any]] = {}
    for key, value in (stats or {}).items():
        parts = key.split("/")
        if len(parts) == 4 and key.startswith(SITE_PREFIX):
            out.setdefault(parts[2], {})[parts[3]] = value
        elif len(parts) == 3 and parts[0] == "coverage":
            out.setdefault(parts[1], {})["coverage/" + parts[2]] = value
        elif len(parts) == 3 and f"{parts[0]}/{parts[1]}" in OWN_PREFIXES:
            out.setdefault(parts[2], {})[f"{parts[0]}/{parts[1]}"] = value
    return out


def site_progress(stats: Mapping[str, Any], site: str) -> tuple[int, int, int]:
    """(pages, new articles, errors) of one site; errors are requests that failed for good,
    5xx after retries included."""
    return (site_value(stats, site, "responses"), stats.get(prefixed("archive/new", site), 0),
            site_value(stats, site, "errors"))
