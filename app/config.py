"""The product layer's configuration (everything outside Scrapy's settings): each default
written once here, overridden by an environment variable of the same name, overridden by a
mapping the caller passes. Scrapy components read crawler/settings.py instead; Elasticsearch's
connection settings are search/config.py's.

    load(overrides=None, env=None)  -> every setting, typed like its default
    value(name, overrides=None, env=None) -> one of them

A value that does not fit its default's type is a clear ValueError naming the variable.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

DEFAULTS: dict[str, Any] = {
    # monitoring (app/monitoring): what the monitors judge
    "LMHTX_QUIET_DAYS": 30,  # a province with no article published for this many days is quiet
    "LMHTX_MONITOR_MIN_DATE_SHARE": 0.8,  # share of a site's items that must have a date
    "LMHTX_MONITOR_MAX_COVERAGE_DROP": 0.2,  # largest fall of a field's share from the previous run
    "LMHTX_MONITOR_MIN_ITEMS": 3,  # shares of fewer items say nothing
    "LMHTX_MONITOR_MAX_SITE_ERRORS": 0,  # failed requests a site may have before it is reported
    "LMHTX_MONITOR_MAX_RUN_HOURS": 12,  # a run "running" for longer was killed
    # alert delivery (app/monitoring/alerts.py); the channels themselves are LMHTX_ALERT_* strings
    "LMHTX_ALERT_TIMEOUT": 20.0,  # seconds per network operation (connect, each read)
    "LMHTX_ALERT_DEADLINE": 30.0,  # seconds a whole delivery may take
    # saved searches (app/monitoring/saved.py): their alert after each nightly run
    "LMHTX_SAVED_ALERT_DAYS": 7,  # a match no channel could be told of is retried this many days
    "LMHTX_SAVED_ALERT_LISTED": 30,  # articles listed in one alert; the rest are counted
    "LMHTX_SAVED_ALERT_MAX_NEW": 2000,  # a run that archived more (a first crawl, a backfill) alerts none
    # the nightly scheduler (`lmhtx schedule`)
    "LMHTX_NIGHTLY_AT": "02:30",
    "LMHTX_NIGHTLY_TZ": "Asia/Ho_Chi_Minh",
    # access to the web app (app/web/auth.py, app/web/hosts.py)
    "LMHTX_LOGIN": "auto",  # auto: login on unless `lmhtx serve` listens on a loopback address; on; off
    "LMHTX_SESSION_HOURS": 12,  # a session cookie's lifetime (signed; the expiry is checked on every request)
    "LMHTX_LOGIN_MAX_FAILURES": 5,  # failed logins per account within the window before it is held back
    "LMHTX_LOGIN_MAX_FAILURES_PER_ADDRESS": 20,  # the same, per client address (guessing many accounts)
    "LMHTX_LOGIN_WINDOW_MINUTES": 15,  # the window of those counts, and how long a throttled login waits
    # the web app as staff open it, e.g. https://luutru.example.vn: absolute links (feeds, exports,
    # saved-search alerts) use it, and cookies are Secure when it is https; "": none
    "LMHTX_PUBLIC_URL": "",
    "LMHTX_ALLOWED_HOSTS": "",  # comma-separated names the app answers to besides loopback ones ("*": any)
    "LMHTX_SECURE_COOKIES": False,  # force the Secure flag (a TLS proxy in front without LMHTX_PUBLIC_URL)
    # the web server (waitress, app/web/serving.py)
    "LMHTX_WEB_THREADS": 8,  # worker threads: requests served at once (each with its own read connections)
    "LMHTX_WEB_BACKLOG": 512,  # connections the kernel queues before accept (wsgiref's 5 dropped SYNs)
    "LMHTX_WEB_CONNECTION_LIMIT": 200,  # open connections; past it waitress stops accepting for a while
    "LMHTX_WEB_CHANNEL_TIMEOUT": 30,  # seconds an idle (keep-alive or stalled) connection is kept
    "LMHTX_WEB_MAX_BODY": 1_048_576,  # bytes of a request body waitress reads at most
    "LMHTX_WEB_TRUSTED_PROXY": "",  # address of the reverse proxy whose X-Forwarded-For names the client
    # the cost of one search (app/web/state.py passes these to the backend)
    "LMHTX_SEARCH_BUDGET_MS": 1500,  # a search stops after this long and shows what it found (0: no limit)
    "LMHTX_SEARCH_LONG_AT_ONCE": 1,  # long queries (search.base.LONG_QUERY_WORDS) run at once, server-wide
    "LMHTX_SEARCH_LONG_NICE": 10,  # and at this lower CPU priority (nice, Linux), behind what staff type
    # per-client rate limit of searches (`/`, `/api/search`): a token bucket per client address
    "LMHTX_SEARCH_RATE": 5.0,  # searches a second, sustained (0: no limit)
    "LMHTX_SEARCH_BURST": 20,  # searches at once after a pause (instant search sends one per pause in typing)
}


def load(overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """DEFAULTS, then the environment's variables of the same names, then `overrides`."""
    env = os.environ if env is None else env
    out = dict(DEFAULTS)
    for source in ({k: v for k, v in env.items() if k in DEFAULTS and v != ""}, overrides or {}):
        for name, raw in source.items():
            out[name] = _typed(name, raw) if name in DEFAULTS else raw
    return out


def value(name: str, overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None) -> Any:
    """One setting (KeyError for a name that has no default here)."""
    if name not in DEFAULTS:
        raise KeyError(f"{name} is not a setting of app/config.py")
    return load(overrides, env)[name]


def _typed(name: str, raw: Any) -> Any:
    kind = type(DEFAULTS[name])
    if kind is str:
        return str(raw)
    if kind is bool:
        if isinstance(raw, bool):
            return raw
        text = str(raw).strip().lower()
        if text in ("1", "true", "yes", "on"):
            return True
        if text in ("0", "false", "no", "off"):
            return False
        raise ValueError(f"{name}: expected yes or no (1/0, true/false), got {raw!r}")
    try:
        typed = kind(raw)
    except (TypeError, ValueError):
        raise ValueError(f"{name}: expected {'an integer' if kind is int else 'a number'}, got {raw!r}") from None
    if typed < 0:
        raise ValueError(f"{name}: must not be negative, got {raw!r}")
    return typed
