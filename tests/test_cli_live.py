"""`lmhtx crawl`/`nightly` run by a person: on a terminal (a pseudo-terminal here) a live
per-site view and the summary, Scrapy's log in a file of the data directory; without a
terminal (cron, systemd, these other tests) the log on stderr, line-based, as before."""

import fcntl
import os
import pty
import re
import select
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from tests.helpers import FEW_SITES, WHOLE_CRAWL_SECONDS

ROOT = Path(__file__).resolve().parent.parent
FAST = ["-s", "DOWNLOAD_DELAY=0", "-s", "AUTOTHROTTLE_ENABLED=False", "-s", "RETRY_BACKOFF_BASE=0.05",
        "-s", "LMHTX_LIVE_INTERVAL=0.1"]
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\r")


def env():
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ELASTICSEARCH")}
    return {**clean, "TERM": "xterm-256color"}


def on_pty(*args, timeout=WHOLE_CRAWL_SECONDS) -> tuple[int, str]:
    """Run `lmhtx ARGS` with stdin, stdout and stderr on a 120x40 pseudo-terminal; its exit
    status and all it wrote there, escape sequences removed."""
    master, slave = pty.openpty()
    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", *args], cwd=ROOT, env=env(),
                            stdin=slave, stdout=slave, stderr=slave, close_fds=True)
    os.close(slave)
    chunks, deadline = [], time.monotonic() + timeout
    try:
        while time.monotonic() < deadline:
            if select.select([master], [], [], 0.5)[0]:
                try:
                    data = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    break
                if not data:
                    break
                chunks.append(data)
        else:
            proc.kill()
            pytest.fail(f"lmhtx {' '.join(args)} still running after {timeout}s")
    finally:
        os.close(master)
    code = proc.wait(timeout=30)
    return code, ANSI.sub("", b"".join(chunks).decode("utf-8", "replace"))


@pytest.fixture(scope="module")
def registry(samples, tmp_path_factory):
    return samples.write_registry(tmp_path_factory.mktemp("live") / "sites.yaml", only=FEW_SITES)


def sites_of(registry: Path) -> list[str]:
    from crawler.registry import load_sites

    return sorted(s.id for s in load_sites(registry) if s.enabled)


def last_rows(screen: str, sites: list[str]) -> dict[str, tuple[int, int, int]]:
    """The last row the live view drew for each site: (pages, new articles, errors)."""
    rows = {}
    for site, *numbers in re.findall(r"[│|] (\S+)\s+[│|]\s+(\d+) [│|]\s+(\d+) [│|]\s+(\d+) [│|]", screen):
        if site in sites:
            rows[site] = tuple(int(n) for n in numbers)
    return rows


def test_crawl_on_a_terminal_shows_the_sites_live_and_logs_to_a_file(registry, tmp_path):
    data = tmp_path / "data"
    code, screen = on_pty("crawl", "--sites", str(registry), "--data-dir", str(data), *FAST)
    assert code == 0, screen[-3000:]
    sites = sites_of(registry)
    rows = last_rows(screen, sites)
    assert sorted(rows) == sites, screen[-3000:]  # one row per site
    assert screen.count(f"crawling {len(sites)} sites, ") > 1  # redrawn while the crawl runs
    summary = dict(re.findall(r"^  (\S+)\s+(\d+) articles, \d+ without a date", screen, re.M))
    assert summary and all(rows[site][1] == int(n) for site, n in summary.items())  # the view ends on the real numbers
    assert re.search(r"^articles: \d+  pages: \d+", screen, re.M)
    (log,) = (data / "logs").glob("crawl-*.log")
    assert f"log: {log}" in screen
    text = log.read_text(encoding="utf-8")
    assert "Spider opened" in text and "Dumping Scrapy stats" in text and "Overridden settings" in text
    # Scrapy's dumps are in the file, not on the terminal
    assert "Dumping Scrapy stats" not in screen and "Overridden settings" not in screen


def test_verbose_on_a_terminal_shows_the_log_lines(registry, tmp_path):
    data = tmp_path / "data"
    code, screen = on_pty("crawl", "--sites", str(registry), "--data-dir", str(data), "--site", sites_of(registry)[0],
                          "-v", *FAST)
    assert code == 0, screen[-3000:]
    assert "Spider opened" in screen and "Dumping Scrapy stats" in screen
    assert not last_rows(screen, sites_of(registry))  # lines, not the view
    (log,) = (data / "logs").glob("crawl-*.log")
    assert "Dumping Scrapy stats" in log.read_text(encoding="utf-8")


def test_nightly_on_a_terminal_ends_with_its_summary(registry, tmp_path):
    data = tmp_path / "data"
    code, screen = on_pty("nightly", "--sites", str(registry), "--data-dir", str(data), *FAST)
    assert code == 0, screen[-3000:]
    rows = last_rows(screen, sites_of(registry))
    assert sorted(rows) == sites_of(registry)
    assert re.search(r"^nightly run 1 finished in \d+m\d\ds: ", screen, re.M), screen[-3000:]
    (log,) = (data / "logs").glob("nightly-*.log")
    text = log.read_text(encoding="utf-8")
    assert "Dumping Scrapy stats" in text and "nightly run 1 finished" in text  # the lines before/after the crawl too
    assert "Dumping Scrapy stats" not in screen


def test_without_a_terminal_the_log_stays_line_based(registry, tmp_path):
    data = tmp_path / "data"
    proc = subprocess.run([sys.executable, "-m", "app.cli", "crawl", "--sites", str(registry), "--data-dir", str(data),
                           "--site", sites_of(registry)[0], *FAST], cwd=ROOT, env=env(), capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "Spider opened" in proc.stderr and "Dumping Scrapy stats" in proc.stderr
    assert not (data / "logs").exists() and "│" not in proc.stderr and "log: " not in proc.stderr
    assert re.search(r"^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \[scrapy\.core\.engine\] INFO: Spider opened", proc.stderr, re.M)
