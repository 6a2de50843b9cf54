"""Run the `portals` spider in-process (for the CLI and the demo), with the project settings."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any


def crawl(*, sites: str | Path | None = None, site: str | None = None, province: str | None = None,
          max_pages: int | None = None, output: str | Path | None = None,
          settings: dict[str, Any] | None = None, mode: str | None = None) -> dict[str, Any]:
    """Crawl and return the run's stats. `output` gets one JSON line per article."""
    from crawler.registry import load_sites, select

    if not select(load_sites(sites), site=site, province=province):  # errors here are clear, not tracebacks
        raise ValueError("no site to crawl: the selection is empty")
    os.environ.setdefault("SCRAPY_SETTINGS_MODULE", "crawler.settings")
    from scrapy.crawler import CrawlerProcess
    from scrapy.utils.project import get_project_settings

    project = get_project_settings()
    for key, value in (settings or {}).items():
        project.set(key, value, priority="cmdline")
    if output:
        Path(output).parent.mkdir(parents=True, exist_ok=True)
        project.set("FEEDS", {str(output): {"format": "jsonlines", "encoding": "utf-8", "overwrite": True}},
                    priority="cmdline")
    # the terminal view is a product-layer extension: wired here, switched on by its setting
    project.set_in_component_priority_dict("EXTENSIONS", "app.live.LiveView", 300)  # type: ignore[arg-type]  # a path works
    process = CrawlerProcess(project)
    crawler = process.create_crawler("portals")
    kwargs = {"sites": str(sites) if sites else None, "site": site, "province": province,
              "max_pages": max_pages, "mode": mode}
    process.crawl(crawler, **{k: v for k, v in kwargs.items() if v is not None})
    process.start()
    if crawler.spider is None:
        raise RuntimeError("the crawl did not start (see the log above)")
    return dict(crawler.stats.get_stats())
