"""The live per-site view of a crawl run by a person at a terminal: one row per site (pages,
new articles, errors), redrawn in place on stderr while the crawl runs.

A Scrapy extension, enabled by LMHTX_LIVE_VIEW (the CLI sets it when stderr is a terminal,
and then sends Scrapy's log to a file): it reads the same per-site numbers as the line-based
SiteProgress (crawler.extensions.site_progress) from the crawler's stats, on a LoopingCall
in the crawl's reactor, so it needs no thread and no lock. Drawing is rich's Live + Table.
"""

from __future__ import annotations

import logging
import os
import sys
import time
from datetime import datetime
from pathlib import Path

from rich.console import Console
from rich.live import Live
from rich.table import Table
from scrapy import signals
from scrapy.exceptions import NotConfigured

from crawler.stats import site_progress


class LiveView:
    def __init__(self, stats, interval: float, console: Console | None = None):
        self.stats = stats
        self.interval = interval
        self.console = console or Console(stderr=True)
        self.sites: list[str] = []
        self.started = time.monotonic()
        self.live: Live | None = None
        self.task = None

    @classmethod
    def from_crawler(cls, crawler):
        if not crawler.settings.getbool("LMHTX_LIVE_VIEW"):
            raise NotConfigured
        ext = cls(crawler.stats, crawler.settings.getfloat("LMHTX_LIVE_INTERVAL"))
        crawler.signals.connect(ext.spider_opened, signal=signals.spider_opened)
        crawler.signals.connect(ext.spider_closed, signal=signals.spider_closed)
        return ext

    def table(self) -> Table:
        stats = self.stats.get_stats()
        rows = [(site, *site_progress(stats, site)) for site in self.sites]
        elapsed = int(time.monotonic() - self.started)
        table = Table(title=f"crawling {len(rows)} sites, {elapsed // 60}m{elapsed % 60:02d}s", title_justify="left",
                      show_footer=True)
        totals = [sum(int(r[i]) for r in rows) for i in (1, 2, 3)]
        table.add_column("site", footer="total")
        for i, name in enumerate(("pages", "new articles", "errors")):
            table.add_column(name, justify="right", footer=str(totals[i]))
        for site, pages, new, errors in rows:
            table.add_row(site, str(pages), str(new), f"[red]{errors}[/red]" if errors else "0")
        return table

    def refresh(self) -> None:
        if self.live is not None:
            self.live.update(self.table(), refresh=True)

    def spider_opened(self, spider):
        from twisted.internet import task

        self.sites = sorted(getattr(spider, "sites", ()))
        self.started = time.monotonic()
        self.live = Live(self.table(), console=self.console, auto_refresh=False)
        self.live.start(refresh=True)
        self.task = task.LoopingCall(self.refresh)
        self.task.start(self.interval, now=False)

    def spider_closed(self, spider, reason):
        if self.task and self.task.running:
            self.task.stop()
        if self.live is not None:  # the last numbers stay on the screen, above the summary
            self.refresh()
            self.live.stop()
            self.live = None


def terminal_settings(data: Path, command: str, *, verbose: bool, overrides: dict) -> dict:
    """The Scrapy settings of a run watched by a person (stderr a terminal): Scrapy's log goes
    to <data>/logs/<command>-<time>.log and this view shows the sites; with `verbose` the log
    is echoed on the terminal instead of the view. Under cron/systemd: none, the log stays on
    stderr, line-based. `overrides`: the run's `-s` settings (for the echo's level and format)."""
    if not sys.stderr.isatty():
        return {}
    path = data / "logs" / f"{command}-{datetime.now():%Y%m%d-%H%M%S}.log"
    path.parent.mkdir(parents=True, exist_ok=True)
    if verbose:
        from scrapy.utils.project import get_project_settings

        os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
        project = get_project_settings()
        project.setdict(overrides, priority="cmdline")
        echo = logging.StreamHandler(sys.stderr)
        echo.setFormatter(logging.Formatter(project.get("LOG_FORMAT"), project.get("LOG_DATEFORMAT")))
        echo.setLevel(project.get("LOG_LEVEL"))
        logging.getLogger().addHandler(echo)  # beside Scrapy's own handler, which writes the file
    return {"LOG_FILE": str(path), "LMHTX_LIVE_VIEW": not verbose}
