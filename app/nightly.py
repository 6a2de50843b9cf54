"""`lmhtx nightly`: the unattended run. One incremental crawl of every registry site, indexed
as it goes (the crawl's pipelines), recorded in the archive's runs, then the monitoring
report, its alerts and a summary people can read in the log.

- A lock file in the data directory stops two runs from overlapping: the second one exits
  at once with a message naming the first (the kernel drops the lock if a run dies).
- A run that was killed or crashed is recorded as `failed` with the reason, and the next
  run resumes it from the archive rather than from a Scrapy JOBDIR: what was archived is
  not fetched again, and the listings of the sites it left unfinished are walked to the
  end (crawler.incremental). A JOBDIR would lose the requests in flight at the moment of
  the crash (they are in its seen set, not in its queue), and with them their articles.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

from app.config import load as load_settings
from app.monitoring import saved as saved_searches
from app.monitoring.alerts import alert_config
from crawler.archive import Archive
from crawler.dates import TZ
from crawler.registry import DEFAULT_REGISTRY, load_sites
from crawler.runstatus import EXIT_STATUS, FAILED, FINISHED, judge
from crawler.stats import site_progress

log = logging.getLogger(__name__)

LOCK_NAME = "nightly.lock"
EXIT_LOCKED = 75  # EX_TEMPFAIL: try again later


class AlreadyRunning(RuntimeError):
    """Another nightly run holds the lock of this data directory."""


@contextmanager
def run_lock(data_dir: Path) -> Iterator[Path]:
    """The data directory's run lock (filelock: a kernel flock, dropped if the holder dies).
    The holder writes its pid and start time into the lock file, so the loser can name it."""
    path = Path(data_dir) / LOCK_NAME
    path.parent.mkdir(parents=True, exist_ok=True)

    def holder(fd: int) -> None:
        os.ftruncate(fd, 0)
        os.pwrite(fd, f"pid {os.getpid()}, started {datetime.now(TZ).isoformat(timespec='seconds')}".encode(), 0)

    # no soft fallback: a stale marker file would block every later night, which flock never does
    lock = FileLock(path, timeout=0, fallback_to_soft=False, preserve_lock_file=True, on_acquired=holder)
    try:
        lock.acquire()
    except Timeout:
        info = _holder(path)
        raise AlreadyRunning(f"another nightly run is in progress ({info or 'unknown'}); this one exits. "
                             f"Lock: {path}") from None
    try:
        yield path
    finally:
        lock.release()


HOLDER_WAIT = 1.0  # seconds a losing run waits for the holder's pid to appear in the lock file


def _holder(path: Path) -> str:
    """What the lock's holder wrote of itself. It writes just after it takes the lock, so a run
    racing it may find the file empty for a moment (CI saw "unknown" once): read again briefly."""
    deadline = time.monotonic() + HOLDER_WAIT
    while True:
        try:
            info = path.read_bytes()[:200].decode("utf-8", "replace").strip()
        except OSError:
            info = ""
        if info or time.monotonic() >= deadline:
            return info
        time.sleep(0.02)


@dataclass
class NightlyResult:
    run_id: int | None
    status: str  # finished | degraded | failed (crawler.runstatus)
    reason: str  # the verdict's causes, in words
    resumed: bool
    elapsed: float
    stats: dict[str, Any] = field(default_factory=dict)
    report: dict[str, Any] | None = None
    alerts: dict[str, Any] | None = None
    saved: dict[str, Any] | None = None  # the saved searches' alert (app.monitoring.saved.follow)
    summary: str = ""

    @property
    def ok(self) -> bool:
        return self.status == FINISHED

    @property
    def exit_status(self) -> int:
        return EXIT_STATUS[self.status]


def run_nightly(*, data_dir: str | Path, sites: str | Path | None = None, mode: str = "incremental",
                settings: dict[str, Any] | None = None, quiet_days: int | None = None,
                env: dict[str, str] | None = None) -> NightlyResult:
    from app.runner import crawl

    data = Path(data_dir).resolve()
    env = dict(os.environ if env is None else env)
    with run_lock(data):
        registry = load_sites(sites)  # a broken registry fails here, before anything starts
        with Archive(data) as archive:  # the run row opens now: a run killed before the spider opens is on record
            last = archive.runs(1)
            run_id = archive.start_run(sorted(s.id for s in registry), str(Path(sites or DEFAULT_REGISTRY).resolve()),
                                       mode)
        resumed = bool(last) and last[0]["status"] in (FAILED, "running")
        if resumed:
            log.info("resuming after run %s (%s: %s): archived articles are kept, unfinished listings are walked again",
                     last[0]["id"], "killed" if last[0]["status"] == "running" else last[0]["status"],
                     last[0]["reason"] or "interrupted")
        started = time.monotonic()
        stats: dict[str, Any] = {}
        try:
            stats = crawl(sites=sites, mode=mode,
                          settings={**(settings or {}), "LMHTX_DATA": str(data), "LMHTX_RUN_ID": run_id})
            reason = str(stats.get("finish_reason"))
        except Exception as exc:  # the crawl could not run at all: the run is recorded as failed
            log.exception("the nightly crawl failed")
            reason = f"error: {type(exc).__name__}: {exc}"
        elapsed = time.monotonic() - started
        with Archive(data) as archive:
            record = archive.run(run_id)
            if record is None or record["status"] == "running":  # the spider never closed the run
                verdict = judge(stats, reason)
                try:
                    archive.finish_run(run_id, status=verdict.status, reason=reason, stats=stats, new=0, changed=0)
                except (sqlite3.Error, OSError) as exc:  # a full disk: the log and the exit status still tell
                    log.error("the failed run could not be recorded in the archive: %s", exc)
            else:
                verdict = judge(record["stats"] or {}, record["reason"])
            result = NightlyResult(run_id, verdict.status, verdict.reason, resumed, elapsed, stats)
            result.summary = summary(result, registry)
            report_and_alert(result, archive, data, registry, quiet_days=quiet_days, env=env)
            alert_saved_searches(result, archive, registry, env=env)
    for line in result.summary.splitlines():
        log.info("%s", line)
    return result


def report_and_alert(result: NightlyResult, archive: Archive, data: Path, registry, *,
                     quiet_days: int | None, env: dict[str, str]) -> None:
    """Monitoring after the crawl. A failure here is logged and recorded in the result, and
    never loses the crawl's work."""
    from app.config import load as load_settings
    from app.monitoring import build_report, format_report
    from app.monitoring.alerts import alert_config, send_alerts

    try:
        settings = load_settings(env=env)
        report = build_report(archive, sites=registry, quiet_days=quiet_days, settings=settings)  # runs the monitors
        reports = data / "reports"
        reports.mkdir(exist_ok=True)
        text = json.dumps(report, ensure_ascii=False, indent=1)
        (reports / f"run-{result.run_id}.json").write_text(text, encoding="utf-8")
        (reports / "latest.json").write_text(text, encoding="utf-8")
        (reports / "latest.txt").write_text(format_report(report), encoding="utf-8")
        result.report = report
        result.alerts = send_alerts(report["findings"], report, alert_config(env=env), state=data)
    except Exception:
        log.exception("the monitoring report could not be written")


def alert_saved_searches(result: NightlyResult, archive: Archive, registry, *, env: dict[str, str]) -> None:
    """The run's new articles that match a saved search, one alert per search through the
    alert channels. Like the report, a failure is logged and never loses the crawl's work."""
    if result.run_id is None:
        return
    try:
        result.saved = saved_searches.follow(archive, result.run_id, alert_config(env=env), settings=load_settings(env=env),
                                             site_names={s.id: s.name for s in registry})
        matched = sum(result.saved["matched"].values())
        if matched or result.saved["errors"]:
            log.info("saved searches: %d new match(es), %d alert(s) sent, %d failed", matched,
                     len(result.saved["sent"]), result.saved["errors"])
    except Exception:
        log.exception("the saved searches' alerts could not be made")


def summary(result: NightlyResult, registry) -> str:
    stats = result.stats
    rows = [(s.id, *site_progress(stats, s.id)) for s in registry if s.enabled]
    pages, new, errors = (sum(r[i] for r in rows) for i in (1, 2, 3))
    minutes, seconds = divmod(int(result.elapsed), 60)
    reason = "" if result.reason == result.status else f" ({result.reason})"
    head = (f"nightly run {result.run_id} {result.status}{reason} in {minutes}m{seconds:02d}s"
            f"{', resumed' if result.resumed else ''}: {len(rows)} sites, {pages} pages, {new} new articles, "
            f"{errors} errors, {stats.get('downloader/request_count', 0)} requests")
    lines = [head, f"  {'site':<28} {'pages':>6} {'new':>5} {'errors':>6}"]
    lines += [f"  {site:<28} {p:>6} {n:>5} {e:>6}" for site, p, n, e in rows]
    return "\n".join(lines)


# -- scheduling (hosts without cron: the compose `scheduler` service) -----------------------
def next_run(now: datetime, at: str) -> datetime:
    """The next `at` ("HH:MM", in now's time zone) strictly after `now`."""
    from datetime import timedelta

    try:
        hour, minute = (int(x) for x in at.split(":"))
        candidate = now.replace(hour=hour, minute=minute, second=0, microsecond=0)
    except ValueError:
        raise ValueError(f"the nightly time must be HH:MM (24 h), not {at!r}") from None
    return candidate if candidate > now else candidate + timedelta(days=1)


def schedule(at: str, tz: str, argv: list[str], *, once: bool = False) -> int:
    """Sleep until `at` in `tz`, run `lmhtx nightly ARGV` in a fresh process, and again
    every day. A failed run is logged; the schedule goes on."""
    import subprocess
    import sys
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    try:
        zone = ZoneInfo(tz)
    except (ZoneInfoNotFoundError, ValueError):
        raise ValueError(f"unknown time zone {tz!r} (e.g. Asia/Ho_Chi_Minh)") from None
    next_run(datetime.now(zone), at)  # a bad time fails now, not at midnight
    while True:
        when = next_run(datetime.now(zone), at)
        log.info("next nightly run at %s", when.isoformat(timespec="minutes"))
        time.sleep(max(0.0, (when - datetime.now(zone)).total_seconds()))
        code = subprocess.call([sys.executable, "-m", "app.cli", "nightly", *argv])
        log.info("nightly run exited with code %s", code)
        if once:
            return code
