"""`lmhtx users …` and `lmhtx serve`'s refusal to serve a login nobody can pass, run as staff
run them: the real command in a subprocess, the password on standard input (never in argv)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from app.web.accounts import USERS_FILE, Accounts
from tests.helpers import ROOT

PASSWORD = "Hợp-tác-xã-2025"


def lmhtx(*args: str, stdin: str = "", env: dict | None = None) -> subprocess.CompletedProcess:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LMHTX_", "ELASTICSEARCH"))}
    return subprocess.run([sys.executable, "-m", "app.cli", *args], cwd=ROOT, input=stdin, capture_output=True,
                          text=True, timeout=120, env={**clean, **(env or {})})


def test_users_add_list_passwd_remove(tmp_path):
    data = ["--data-dir", str(tmp_path)]
    done = lmhtx("users", "add", "lan", *data, stdin=PASSWORD + "\n")
    assert done.returncode == 0, done.stderr
    assert "account lan added (reader)" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr
    assert Accounts(tmp_path).verify("lan", PASSWORD) is not None
    assert PASSWORD not in (tmp_path / USERS_FILE).read_text(encoding="utf-8")

    again = lmhtx("users", "add", "lan", *data, stdin="khac-hoan-toan\n")
    assert again.returncode == 2 and "exists" in again.stderr and len(again.stderr.strip().splitlines()) == 1
    short = lmhtx("users", "add", "minh", *data, stdin="ngan\n")
    assert short.returncode == 2 and "10 to 1024 characters" in short.stderr
    bad = lmhtx("users", "add", "Nguyễn Văn A", *data, stdin=PASSWORD + "\n")
    assert bad.returncode == 2 and "account name" in bad.stderr

    listed = lmhtx("users", "list", "--json", *data)
    assert [u["name"] for u in json.loads(listed.stdout)] == ["lan"]
    assert "password" not in listed.stdout and "argon2" not in listed.stdout

    changed = lmhtx("users", "passwd", "lan", *data, stdin="mat-khau-moi-dai\n")
    assert changed.returncode == 0, changed.stderr
    accounts = Accounts(tmp_path)
    assert accounts.verify("lan", PASSWORD) is None and accounts.verify("lan", "mat-khau-moi-dai") is not None
    assert accounts.get("lan").epoch == 1  # the sessions of the old password end

    missing = lmhtx("users", "passwd", "khong-co", *data, stdin=PASSWORD + "\n")
    assert missing.returncode == 2 and "no account named 'khong-co'" in missing.stderr

    feed = lmhtx("users", "feed", "lan", "--base-url", "https://luutru.example.vn/", *data)
    assert feed.returncode == 0, feed.stderr
    token = feed.stdout.splitlines()[1]
    assert f"https://luutru.example.vn/feeds/all.atom?token={token}" in feed.stdout
    assert Accounts(tmp_path).by_feed_token(token).name == "lan"

    removed = lmhtx("users", "remove", "lan", *data)
    assert removed.returncode == 0 and Accounts(tmp_path).get("lan") is None
    assert "no accounts" in lmhtx("users", "list", *data).stdout


def test_a_password_is_never_an_argument(tmp_path):
    done = lmhtx("users", "add", "lan", "--password", PASSWORD, "--data-dir", str(tmp_path))
    assert done.returncode == 2 and "unrecognized arguments" in done.stderr
    assert not (tmp_path / USERS_FILE).exists()


@pytest.mark.parametrize("host, env", [
    ("0.0.0.0", {}),  # every interface: login on, and nobody could log in
    ("127.0.0.1", {"LMHTX_LOGIN": "on"}),  # forced on
])
def test_serve_refuses_a_login_without_accounts(tmp_path, host, env):
    done = lmhtx("serve", "--host", host, "--port", "8", "--data-dir", str(tmp_path), env=env)
    assert done.returncode == 2
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1 and "no staff account" in lines[0] and "`lmhtx users add NAME`" in lines[0]
    assert not (tmp_path / "archive.sqlite3").exists()  # refused before anything was opened


def test_serve_with_login_on(tmp_path):
    """`lmhtx serve` wires the login: pages redirect, the API answers 401, /healthz stays open."""
    import http.client
    import time

    from tests.helpers import free_port

    Accounts(tmp_path).add("lan", PASSWORD)
    port = free_port()
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("LMHTX_", "ELASTICSEARCH"))}
    proc = subprocess.Popen([sys.executable, "-m", "app.cli", "serve", "--port", str(port), "--data-dir", str(tmp_path)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**clean, "LMHTX_LOGIN": "on"})

    def get(path, host=f"127.0.0.1:{port}"):
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        try:
            conn.request("GET", path, headers={"Host": host})
            resp = conn.getresponse()
            return resp.status, resp.headers
        finally:
            conn.close()

    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, _ = get("/healthz")
                break
            except OSError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.poll() else "slow"
                time.sleep(0.2)
        assert status == 200
        status, headers = get("/dashboard")
        assert status == 303 and headers["Location"] == "/login?next=%2Fdashboard"
        assert get("/api/search?q=htx")[0] == 401
        assert get("/login")[0] == 200
        assert get("/healthz", host="rebind.example")[0] == 400
    finally:
        proc.terminate()
        _, err = proc.communicate(timeout=30)
    assert (tmp_path / "session.key").exists()
    assert "login on" in err and "set LMHTX_PUBLIC_URL or LMHTX_ALLOWED_HOSTS" not in err  # 127.0.0.1: as it should
