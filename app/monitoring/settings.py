"""Monitoring thresholds: the defaults below, overridden by environment variables of the same
name, overridden by a `settings` mapping. Read by the report (quiet days, the least items a
share says something about) and by the monitors."""

from __future__ import annotations

import os
from typing import Any, Mapping

DEFAULTS: dict[str, Any] = {
    "LMHTX_QUIET_DAYS": 30,  # a province with no article published for this many days is quiet
    "LMHTX_MONITOR_MIN_DATE_SHARE": 0.8,  # share of a site's items that must have a date
    "LMHTX_MONITOR_MAX_COVERAGE_DROP": 0.2,  # largest fall of a field's share from the previous run
    "LMHTX_MONITOR_MIN_ITEMS": 3,  # shares of fewer items say nothing
    "LMHTX_MONITOR_MAX_SITE_ERRORS": 0,  # failed requests a site may have before it is reported
    "LMHTX_MONITOR_MAX_RUN_HOURS": 12,  # a run "running" for longer was killed
}

def load_settings(overrides: Mapping[str, Any] | None = None, env: Mapping[str, str] | None = None) -> dict[str, Any]:
    """DEFAULTS, then LMHTX_* environment variables, then `overrides`; values typed like the defaults."""
    env = os.environ if env is None else env
    out = dict(DEFAULTS)
    for source in ({k: v for k, v in env.items() if k in DEFAULTS and v != ""}, overrides or {}):
        for name, value in source.items():
            out[name] = _typed(name, value) if name in DEFAULTS else value
    return out


def _typed(name: str, value: Any) -> Any:
    kind = type(DEFAULTS[name])
    try:
        typed = kind(value)
    except (TypeError, ValueError):
        raise ValueError(f"{name}: expected {'an integer' if kind is int else 'a number'}, got {value!r}") from None
    if typed < 0:
        raise ValueError(f"{name}: must not be negative, got {value!r}")
    return typed
