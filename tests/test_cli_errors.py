"""Bad input and known runtime failures give one line on stderr, never a traceback: exit 2 for
bad usage (options, registry), 1 for a failure at run time (Elasticsearch down, read-only data
directory, a damaged database file); and what was already archived is left as it was."""

import hashlib
import os
import shutil
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def lmhtx(*args, env=None, timeout=60):
    clean = {k: v for k, v in os.environ.items() if not k.startswith("ELASTICSEARCH")}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout, env={**clean, **(env or {})})


def one_line(proc, prefix: str) -> str:
    lines = proc.stderr.strip().splitlines()
    assert "Traceback" not in proc.stderr and lines and lines[-1].startswith(prefix), proc.stderr[-3000:]
    return lines[-1]


def closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def small_archive(data: Path, n: int = 3) -> list[str]:
    from crawler.archive import Archive
    from search.base import doc_id

    ids = []
    with Archive(data) as archive:
        for i in range(n):
            url = f"http://127.0.0.1:9/tin/{i}.html"
            ids.append(doc_id(url))
            archive.upsert(ids[-1], {"url": url, "canonical_url": url, "site": "thu", "province": "ha-noi",
                                     "province_today": "ha-noi", "title": f"Hợp tác xã số {i}",
                                     "text": f"Bài số {i} về kinh tế tập thể.", "content_hash": f"h{i}"})
    return ids


def archived_ids(data: Path) -> list[str]:
    import sqlite3

    with sqlite3.connect(f"file:{data / 'archive.sqlite3'}?immutable=1", uri=True) as db:  # read-only places too
        return sorted(r[0] for r in db.execute("SELECT id FROM articles"))


def fingerprint(data: Path) -> dict[str, str]:
    return {str(p.relative_to(data)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(data.rglob("*")) if p.is_file()}


@pytest.fixture
def dead_registry(tmp_path):
    path = tmp_path / "sites.yaml"
    path.write_text("sites:\n  - id: thu\n    province: ha-noi\n    name: Thử\n"
                    "    start_urls: ['http://127.0.0.1:9/']\n", encoding="utf-8")
    return path


# -- Elasticsearch down ----------------------------------------------------------------------
@pytest.mark.parametrize("command", [["search", "hợp tác xã"], ["reindex"]])
def test_elasticsearch_down_is_one_line(tmp_path, command):
    data = tmp_path / "data"
    ids = small_archive(data)
    url = f"http://127.0.0.1:{closed_port()}"
    proc = lmhtx(*command, "--data-dir", str(data), env={"ELASTICSEARCH_URL": url})
    assert proc.returncode == 1
    line = one_line(proc, f"lmhtx {command[0]}: Elasticsearch at {url} failed")
    assert "refused" in line and "ELASTICSEARCH_URL" in line
    assert archived_ids(data) == sorted(ids)


# -- read-only data directory ----------------------------------------------------------------
@pytest.fixture
def readonly_data(tmp_path):
    """An archive on a read-only directory: chmod 0o555 for a normal user; as root (chmod does
    not stop root) a tmpfs remounted read-only, or a skip when mounting is not allowed."""
    data = tmp_path / "data"
    ids = small_archive(data)
    if os.geteuid() != 0:
        paths = [data, *data.rglob("*")]
        for p in paths:
            p.chmod(0o555 if p.is_dir() else 0o444)
        try:
            yield data, ids
        finally:
            for p in paths:
                p.chmod(0o755 if p.is_dir() else 0o644)
        return
    mount = tmp_path / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(mount)], capture_output=True).returncode:
        pytest.skip("root ignores chmod, and mounting a read-only tmpfs is not allowed here")
    try:
        shutil.copytree(data, mount / "data")
        subprocess.run(["mount", "-o", "remount,ro", str(mount)], check=True, capture_output=True)
        yield mount / "data", ids
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


@pytest.mark.parametrize("command", [["crawl"], ["nightly"], ["reindex"], ["reextract"], ["index"]])
def test_read_only_data_dir_is_one_line(readonly_data, dead_registry, command):
    data, ids = readonly_data
    before = fingerprint(data)
    extra = ["--sites", str(dead_registry)] if command[0] in ("crawl", "nightly") else []
    proc = lmhtx(*command, *extra, "--data-dir", str(data))
    assert proc.returncode == 1
    line = one_line(proc, f"lmhtx {command[0]}: cannot write to {data}")
    assert ("Read-only file system" in line or "Permission denied" in line) and "--data-dir" in line
    assert fingerprint(data) == before and archived_ids(data) == sorted(ids)


def test_read_only_place_for_a_new_data_dir(readonly_data, dead_registry):
    data, _ = readonly_data
    proc = lmhtx("crawl", "--sites", str(dead_registry), "--data-dir", str(data / "new"))
    assert proc.returncode == 1
    one_line(proc, f"lmhtx crawl: cannot write to {data / 'new'}")


# -- damaged database files ------------------------------------------------------------------
GARBAGE = b"this is not a database\n" * 200


@pytest.mark.parametrize("command", [["report"], ["reextract"], ["serve", "--port", str(closed_port())], ["crawl"],
                                     ["nightly"]])
def test_damaged_archive_is_one_line(tmp_path, dead_registry, command):
    data = tmp_path / "data"
    data.mkdir()
    (data / "archive.sqlite3").write_bytes(GARBAGE)
    extra = ["--sites", str(dead_registry)] if command[0] in ("crawl", "nightly") else []
    proc = lmhtx(*command, *extra, "--data-dir", str(data), timeout=30)
    assert proc.returncode == 1
    line = one_line(proc, f"lmhtx {command[0]}: {data / 'archive.sqlite3'} is damaged")
    assert "backup" in line
    assert (data / "archive.sqlite3").read_bytes() == GARBAGE  # set aside by people, never overwritten


def test_damaged_search_index_is_one_line_and_says_how_to_rebuild(tmp_path):
    data = tmp_path / "data"
    ids = small_archive(data)
    (data / "search.sqlite3").write_bytes(GARBAGE)
    proc = lmhtx("search", "hợp tác xã", "--data-dir", str(data))
    assert proc.returncode == 1
    assert "lmhtx reindex" in one_line(proc, f"lmhtx search: {data / 'search.sqlite3'} is damaged")
    assert archived_ids(data) == sorted(ids)


# -- bad options -----------------------------------------------------------------------------
@pytest.mark.parametrize("args, needle", [
    (["crawl", "-s", "DOWNLOAD_DELAY=abc"], "DOWNLOAD_DELAY=abc"),
    (["crawl", "-s", "ROBOTSTXT_OBEY=maybe"], "ROBOTSTXT_OBEY=maybe"),
    (["nightly", "-s", "CONCURRENT_REQUESTS=many"], "CONCURRENT_REQUESTS=many"),
    (["crawl", "-s", "DEFAULT_REQUEST_HEADERS=notjson"], "DEFAULT_REQUEST_HEADERS=notjson"),
    (["crawl", "-s", "DOWNLOAD_DELAY"], "NAME=VALUE"),
    (["serve", "--port", "99999"], "--port"),
    (["crawl", "--max-pages", "-5"], "--max-pages"),
    (["crawl", "--max-pages", "0"], "--max-pages"),
])
def test_bad_option_is_a_usage_error(tmp_path, dead_registry, args, needle):
    data = tmp_path / "data"
    extra = ["--sites", str(dead_registry)] if args[0] in ("crawl", "nightly") else []
    proc = lmhtx(*args, *extra, "--data-dir", str(data))
    assert proc.returncode == 2
    assert needle in one_line(proc, f"lmhtx {args[0]}: error: ")
    assert not data.exists()  # nothing started


# -- hostile registries ----------------------------------------------------------------------
def billion_laughs() -> str:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]")
    return "\n".join(lines) + "\nsites: *a8\n"


@pytest.mark.parametrize("content, needle, line", [
    (billion_laughs(), "expands to more than", True),
    ("sites:\n  - " + "[" * 20000 + "]" * 20000 + "\n", "nested deeper", True),
    ("sites: []\n" + "# padding\n" * 200_000, "larger than", False),
])
def test_hostile_registry_is_one_line(tmp_path, content, needle, line):
    path = tmp_path / "sites.yaml"
    path.write_text(content, encoding="utf-8")
    for command in (["sites"], ["crawl", "--data-dir", str(tmp_path / "data")]):
        started = time.monotonic()
        proc = lmhtx(*command, "--sites", str(path), timeout=30)
        assert proc.returncode == 2 and time.monotonic() - started < 20
        message = one_line(proc, f"lmhtx: error: {path}:")
        assert needle in message and len(proc.stderr.strip().splitlines()) == 1
        assert (f"{path}: line " in message) == line  # where in the file, when there is a where
