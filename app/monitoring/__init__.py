"""Monitoring in three steps that never call each other: `report` builds the data of the
archive and its last runs, `monitors` judge it, `alerts` deliver the findings. `build_report`
is the first two together, for the nightly, `lmhtx report` and the dashboard."""

from __future__ import annotations

from typing import Any

from app.config import load as load_settings

from .monitors import run_monitors
from .report import build
from .text import format_report

__all__ = ["build_report", "format_report"]


def build_report(archive, *, settings: dict[str, Any] | None = None, **kwargs: Any) -> dict:
    """The report (app.monitoring.report.build) with the monitors' findings in `findings`."""
    conf = load_settings(settings)
    report = build(archive, settings=conf, **kwargs)
    run_monitors(report, conf)
    return report
