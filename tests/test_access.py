"""The login of the deployed web app (app/web/auth.py) and the Host allow-list (hosts.py),
over real HTTP on loopback: the threaded server from app/web/server.py around a real archive
and index (tests/webdata.build_monitored), with the login middleware as `lmhtx serve` wires it."""

from __future__ import annotations

import http.client
import json
import stat
import time
import xml.etree.ElementTree as ET
from pathlib import Path
from urllib.parse import parse_qs, urlencode, urlsplit

import pytest
from itsdangerous import TimestampSigner, URLSafeTimedSerializer

from app import config
from app.web.accounts import SECRET_FILE, USERS_FILE, AccountError, Accounts, session_secret
from app.web.auth import COOKIE, Access, NoAccount, login_enabled, safe_next
from app.web.hosts import HostPolicy
from app.web.server import make_app, start_in_thread
from tests.webdata import NOW, build_monitored

PASSWORD = "lúa-vàng-2025!"  # non-ASCII on purpose: a form post in UTF-8
A = "{http://www.w3.org/2005/Atom}"


class Clock:
    def __init__(self):
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def settings(**overrides) -> dict:
    return config.load({"LMHTX_LOGIN": "on", "LMHTX_ALLOWED_HOSTS": "staff.example", **overrides}, env={})


@pytest.fixture(scope="module")
def data(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("access")
    backend, archive, sites, first, last = build_monitored(tmp)
    accounts = Accounts(tmp)
    accounts.add("lan", PASSWORD)
    accounts.add("minh", PASSWORD + "-2")
    yield {"dir": tmp, "backend": backend, "archive": archive, "sites": sites}
    backend.close()
    archive.close()


class Server:
    """One server with its own Access (limits, clock) over the module's archive."""

    def __init__(self, data, **overrides):
        self.clock = Clock()
        self.settings = settings(**overrides)
        self.access = Access(Accounts(data["dir"]), session_secret(data["dir"]), enabled=True,
                             policy=HostPolicy.from_config(self.settings, "0.0.0.0"), settings=self.settings,
                             clock=self.clock)
        self.server, base = start_in_thread(data["backend"], data["archive"], sites=data["sites"], now=lambda: NOW,
                                            middleware=self.access.wrap,
                                            settings={k: v for k, v in overrides.items() if k.startswith("LMHTX_WEB_")})
        self.port = urlsplit(base).port

    def request(self, method: str, path: str, body: dict | None = None, *, cookie: str | None = None,
                host: str | None = None, **headers: str):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        hdrs = {"Host": f"staff.example:{self.port}" if host is None else host, **{k.replace("_", "-"): v for k, v in headers.items()}}
        data = None
        if body is not None:
            data = urlencode(body).encode("utf-8")
            hdrs.setdefault("Content-Type", "application/x-www-form-urlencoded")
            hdrs.setdefault("Sec-Fetch-Site", "same-origin")
        if cookie:
            hdrs["Cookie"] = cookie
        try:
            conn.request(method, path, body=data, headers=hdrs)
            resp = conn.getresponse()
            return resp.status, resp.headers, resp.read()
        finally:
            conn.close()

    def login(self, name="lan", password=PASSWORD, next_="/", **headers):
        return self.request("POST", "/login", {"username": name, "password": password, "next": next_}, **headers)

    def session(self, name="lan", password=PASSWORD) -> str:
        status, headers, _ = self.login(name, password)
        assert status == 303, status
        return headers["Set-Cookie"].split(";")[0]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def srv(data):
    s = Server(data)
    yield s
    s.close()


# --- when the login is on ---------------------------------------------------------------------


@pytest.mark.parametrize("mode, host, on", [
    ("auto", "127.0.0.1", False), ("auto", "::1", False), ("auto", "localhost", False), ("auto", "127.0.0.2", False),
    ("auto", "0.0.0.0", True), ("auto", "10.0.0.5", True), ("auto", "::", True),
    ("on", "127.0.0.1", True), ("off", "0.0.0.0", False),
])
def test_login_is_off_on_loopback_and_on_elsewhere(mode, host, on):
    assert login_enabled(config.load({"LMHTX_LOGIN": mode}, env={}), host) is on


def test_login_setting_is_read_from_the_environment_and_checked():
    assert login_enabled(config.load(env={"LMHTX_LOGIN": "off"}), "0.0.0.0") is False
    with pytest.raises(ValueError, match="LMHTX_LOGIN"):
        login_enabled(config.load({"LMHTX_LOGIN": "sometimes"}, env={}), "0.0.0.0")


def test_serving_with_login_and_no_account_is_refused(tmp_path):
    with pytest.raises(NoAccount, match="lmhtx users add NAME"):
        Access.for_serving(tmp_path, "0.0.0.0", config.load(env={}))
    assert not (tmp_path / SECRET_FILE).exists()
    assert Access.for_serving(tmp_path, "127.0.0.1", config.load(env={})).enabled is False  # loopback: no login


# --- what needs a session ------------------------------------------------------------------------


def test_without_a_session_pages_redirect_and_apis_answer_401(srv, data):
    aid = data["archive"].db.execute("SELECT id FROM articles LIMIT 1").fetchone()[0]
    assert srv.request("GET", "/")[0:2][1]["Location"] == "/login"  # the home page: no need to say so
    for path in ("/dashboard", f"/archive/{aid}", f"/archive/{aid}/raw"):
        status, headers, _ = srv.request("GET", path)
        assert status == 303 and headers["Location"] == "/login?" + urlencode({"next": path}), path
    status, headers, _ = srv.request("GET", "/?q=h%E1%BB%A3p+t%C3%A1c&p=lam-dong")
    assert status == 303
    assert parse_qs(urlsplit(headers["Location"]).query)["next"] == ["/?q=h%E1%BB%A3p+t%C3%A1c&p=lam-dong"]
    for path in ("/api/search?q=htx", f"/api/articles/{aid}", "/api/report", "/feeds/all.atom", "/feeds/ha-noi.atom"):
        status, headers, body = srv.request("GET", path)
        assert status == 401 and headers["Content-Type"].startswith("application/json"), path
        assert json.loads(body)["error"].startswith("Cần đăng nhập")
        assert b"<entry" not in body and b"hits" not in body
    assert srv.request("HEAD", "/")[0] == 303
    # open without a session: the login page, the page's files, the health check
    status, headers, body = srv.request("GET", "/login")
    assert status == 200 and 'name="password"' in body.decode() and "no-store" in headers["Cache-Control"]
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert srv.request("GET", "/static/style.css")[0] == 200
    assert srv.request("GET", "/favicon.ico")[0] == 200
    status, _, body = srv.request("GET", "/healthz")
    assert status == 200 and json.loads(body)["ok"] is True


def test_login_then_the_app_then_logout(srv):
    status, headers, body = srv.login(next_="/?q=htx")
    assert status == 303 and headers["Location"] == "/?q=htx"
    cookie_header = headers["Set-Cookie"]
    flags = [f.strip() for f in cookie_header.split(";")]
    assert flags[0].startswith(f"{COOKIE}=") and len(flags[0]) > 40
    assert {"HttpOnly", "SameSite=Lax", "Path=/", "Max-Age=43200"} <= set(flags)
    assert "Secure" not in flags  # plain http on loopback; see the https test
    assert PASSWORD.encode() not in cookie_header.encode()
    cookie = flags[0]
    status, headers, body = srv.request("GET", "/?q=htx", cookie=cookie)
    page = body.decode()
    assert status == 200 and "Đăng xuất" in page and '<span class="who">lan</span>' in page
    status, headers, body = srv.request("GET", "/api/search?q=htx", cookie=cookie)
    assert status == 200 and "hits" in json.loads(body)
    assert "public" not in headers.get("Cache-Control", "")
    status, headers, body = srv.request("GET", "/feeds/all.atom", cookie=cookie)
    assert status == 200 and headers["Cache-Control"] == "private, max-age=300" and headers["Vary"] == "Host"
    # already logged in: the login page sends you on
    status, headers, _ = srv.request("GET", "/login?next=/dashboard", cookie=cookie)
    assert status == 303 and headers["Location"] == "/dashboard"

    status, headers, _ = srv.request("POST", "/logout", {}, cookie=cookie)
    assert status == 303 and headers["Location"] == "/login?bye=1"
    assert "Max-Age=0" in headers["Set-Cookie"] and headers["Set-Cookie"].startswith(f"{COOKIE}=;")
    # the old cookie no longer opens anything, even if the browser kept it
    assert srv.request("GET", "/", cookie=cookie)[0] == 303
    assert srv.request("GET", "/api/search?q=htx", cookie=cookie)[0] == 401
    status, _, body = srv.request("GET", "/login?bye=1")
    assert "Bạn đã đăng xuất." in body.decode()
    srv.session()  # logging in again works


def test_wrong_password_and_unknown_account_get_the_same_answer(srv):
    answers = []
    for name, password in (("lan", "sai-mat-khau-roi"), ("khong-co-ai", PASSWORD), ("lan", "")):
        status, headers, body = srv.login(name, password)
        assert status == 401 and "Set-Cookie" not in headers
        page = body.decode()
        start = page.index('<div class="notice error"')
        answers.append(page[start:page.index("</div>", start)])
        assert "Tên đăng nhập hoặc mật khẩu không đúng." in answers[-1]
        assert f'value="{name}"' in page  # the name is kept in the form
    assert answers[0] == answers[1]  # nothing says whether the account exists
    assert srv.login("LAN ", PASSWORD)[0] == 303  # names are compared trimmed and lower-case


def test_login_form_from_another_site_is_refused(srv):
    for headers in ({"Sec_Fetch_Site": "cross-site"}, {"Sec_Fetch_Site": "", "Origin": "http://evil.example"}):
        status, got, _ = srv.login(**headers)
        assert status == 403 and "Set-Cookie" not in got


@pytest.mark.parametrize("target", [
    "https://evil.example/", "//evil.example/x", "/\\evil.example", "\\\\evil.example", "javascript:alert(1)",
    "/%0d%0aSet-Cookie:x=1", "/login", "/logout", "", "evil.example",
])
def test_next_never_leaves_the_site(srv, target):
    status, headers, _ = srv.login(next_=target)
    assert status == 303
    location = headers["Location"]
    assert location == "/" or (location.startswith("/") and not location.startswith(("//", "/\\"))), location
    assert "evil" not in location or location.startswith("/%") or location == "/"


def test_hostile_next_is_inert(srv):
    hostile = '/"><script>alert(1)</script>?q=tìm kiếm'
    status, _, body = srv.request("GET", "/login?" + urlencode({"next": hostile}))
    page = body.decode()
    assert status == 200 and "<script>alert" not in page
    status, headers, _ = srv.login(next_=hostile)
    assert status == 303
    assert headers["Location"] == "/%22%3E%3Cscript%3Ealert(1)%3C/script%3E?q=t%C3%ACm%20ki%E1%BA%BFm"


def test_other_cookies_beside_ours(srv):
    cookie = srv.session()
    assert srv.request("GET", "/", cookie=f'theme="dark mode"; x=1,2; {cookie}; lang=vi')[0] == 200
    assert srv.request("GET", "/", cookie=f"{COOKIE}=forged; {cookie}")[0] == 200  # a tossed cookie hides nothing


def test_next_keeps_a_path_of_this_site():
    assert safe_next("/dashboard?view=published") == "/dashboard?view=published"
    assert safe_next("/?q=h%E1%BB%A3p") == "/?q=h%E1%BB%A3p"
    for bad in ("//evil.example", "/\\evil.example", "https://evil.example", "/\x00x", "/" + "a" * 3000):
        assert safe_next(bad) == "/"


def test_throttle_per_account(data):
    srv = Server(data, LMHTX_LOGIN_MAX_FAILURES=3, LMHTX_LOGIN_WINDOW_MINUTES=15)
    try:
        for _ in range(3):
            assert srv.login(password="doan-sai-123")[0] == 401
        # the right password now waits too: a guesser learns nothing during the wait
        status, headers, body = srv.login()
        assert status == 429 and "Set-Cookie" not in headers
        assert 0 < int(headers["Retry-After"]) <= 15 * 60 + 1
        assert "Đăng nhập sai quá nhiều lần" in body.decode()
        assert srv.login("minh", PASSWORD + "-2")[0] == 303  # another account is not held back
        srv.clock.now += 15 * 60 + 1  # the window has passed
        assert srv.login()[0] == 303
    finally:
        srv.close()


def test_throttle_per_address(data):
    srv = Server(data, LMHTX_LOGIN_MAX_FAILURES=100, LMHTX_LOGIN_MAX_FAILURES_PER_ADDRESS=4,
                 LMHTX_WEB_TRUSTED_PROXY="127.0.0.1")
    try:
        for n in range(4):  # one guess each at many accounts, from one address
            assert srv.login(f"nguoi-{n}", "doan-sai-123", X_Forwarded_For="203.0.113.7")[0] == 401
        assert srv.login(X_Forwarded_For="203.0.113.7")[0] == 429
        assert srv.login(X_Forwarded_For="198.51.100.2")[0] == 303  # the proxy's other clients are not
    finally:
        srv.close()


def test_session_expires(srv, data):
    epoch = Accounts(data["dir"]).get("lan").epoch
    cookies = {}
    for hours in (11, 13):  # cookies signed with our key, issued that many hours ago

        class Issued(TimestampSigner):
            def get_timestamp(self, h=hours):
                return int(time.time() - h * 3600)

        value = URLSafeTimedSerializer(session_secret(data["dir"]), salt="lmhtx-session", signer=Issued).dumps(
            {"u": "lan", "e": epoch})
        cookies[hours] = f"{COOKIE}={value}"
    assert srv.request("GET", "/", cookie=cookies[11])[0] == 200
    assert srv.request("GET", "/", cookie=cookies[13])[0] == 303  # past LMHTX_SESSION_HOURS=12
    assert srv.request("GET", "/api/search", cookie=cookies[13])[0] == 401


def test_forged_cookies_are_refused(srv, data):
    cookie = srv.session()
    name, value = cookie.split("=", 1)
    payload, stamp, sig = value.rsplit(".", 2)
    tampered = f"{name}={payload}.{stamp}.{sig[:-2]}{'AA' if not sig.endswith('AA') else 'BB'}"
    other_key = URLSafeTimedSerializer(b"k" * 32, salt="lmhtx-session").dumps({"u": "lan", "e": 0})
    for bad in (tampered, f"{COOKIE}={other_key}", f"{COOKIE}=", f'{COOKIE}="x;y"', "garbage"):
        assert srv.request("GET", "/", cookie=bad)[0] == 303, bad
    assert srv.request("GET", "/", cookie=cookie)[0] == 200


def test_new_password_and_removal_end_sessions(data, srv):
    accounts = Accounts(data["dir"])
    accounts.add("tam", PASSWORD)
    cookie = srv.session("tam")
    assert srv.request("GET", "/", cookie=cookie)[0] == 200
    accounts.set_password("tam", "mat-khau-moi-2025")
    assert srv.request("GET", "/", cookie=cookie)[0] == 303
    assert srv.login("tam", PASSWORD)[0] == 401
    cookie = srv.session("tam", "mat-khau-moi-2025")
    accounts.remove("tam")
    assert srv.request("GET", "/", cookie=cookie)[0] == 303


def test_cookie_is_secure_behind_https(data):
    srv = Server(data, LMHTX_PUBLIC_URL="https://luutru.example.vn")
    try:
        status, headers, _ = srv.login(host="luutru.example.vn")
        assert status == 303 and "Secure" in [f.strip() for f in headers["Set-Cookie"].split(";")]
    finally:
        srv.close()


# --- feeds: a token for readers that cannot log in ----------------------------------------------


def test_feed_token(srv, data):
    accounts = Accounts(data["dir"])
    token = accounts.new_feed_token("minh")
    status, headers, body = srv.request("GET", f"/feeds/ha-noi.atom?token={token}")
    assert status == 200 and ET.fromstring(body).findall(f"{A}entry")
    assert headers["Cache-Control"] == "private, max-age=300"
    assert srv.request("GET", "/feeds/ha-noi.atom?token=" + token[:-1] + "x")[0] == 401
    # the token opens feeds only
    assert srv.request("GET", f"/api/search?q=htx&token={token}")[0] == 401
    assert srv.request("GET", f"/?token={token}")[0] == 303
    newer = accounts.new_feed_token("minh")  # a new one replaces it
    assert srv.request("GET", f"/feeds/all.atom?token={token}")[0] == 401
    assert srv.request("GET", f"/feeds/all.atom?token={newer}")[0] == 200
    assert token not in (data["dir"] / USERS_FILE).read_text()  # kept as a digest only


# --- Host --------------------------------------------------------------------------------------


def test_unknown_host_is_refused_with_login_on_or_off(data):
    srv = Server(data)
    try:
        for host in ("evil.example", "evil.example:80", "staff.example.evil.example", "a b", ""):
            status, headers, _ = srv.request("GET", "/healthz", host=host)
            assert status == 400 and headers["Vary"] == "Host", host
            assert srv.request("GET", "/login", host=host)[0] == 400, host
        for host in (f"staff.example:{srv.port}", "STAFF.example", f"127.0.0.1:{srv.port}", "localhost", "[::1]:8000"):
            assert srv.request("GET", "/healthz", host=host)[0] == 200, host
    finally:
        srv.close()
    # `lmhtx serve` on 127.0.0.1: no login, but a rebinding name still gets nothing
    off = Access.for_serving(data["dir"], "127.0.0.1", config.load(env={}))
    server, base = start_in_thread(data["backend"], data["archive"], middleware=off.wrap)
    try:
        port = urlsplit(base).port
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/api/search?q=htx", headers={"Host": f"attacker.example:{port}"})
        assert conn.getresponse().status == 400
        conn.close()
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
        conn.request("GET", "/api/search?q=htx")
        assert conn.getresponse().status == 200
        conn.close()
    finally:
        server.shutdown()
        server.server_close()


def test_host_policy():
    policy = HostPolicy.from_config(settings(LMHTX_ALLOWED_HOSTS="luutru.example.vn, Tra-Cuu.example.vn."), "10.1.2.3")
    for ok in ("luutru.example.vn", "luutru.example.vn:8443", "tra-cuu.example.vn", "10.1.2.3:8000", "localhost:8000",
               "127.0.0.1", "[::1]:8000"):
        assert policy.allows(ok), ok
    for bad in ("evil.example", "luutru.example.vn.evil.example", "luutru.example.vn@evil", "x y", "", None,
                "luutru.example.vn:99999999"):
        assert not policy.allows(bad), bad
    assert HostPolicy.from_config(settings(LMHTX_ALLOWED_HOSTS="*")).allows("anything.example")
    assert HostPolicy.from_config(settings(LMHTX_ALLOWED_HOSTS=""), "0.0.0.0").only_loopback()
    assert not HostPolicy.from_config(settings(LMHTX_ALLOWED_HOSTS=""), "192.168.1.20").only_loopback()
    assert not policy.only_loopback()
    with pytest.raises(ValueError, match="LMHTX_PUBLIC_URL"):
        HostPolicy.from_config(settings(LMHTX_PUBLIC_URL="luutru.example.vn"))


def test_feed_links_use_the_public_url_or_an_allowed_host(data, monkeypatch):
    # the App on its own (no middleware): the feed itself refuses to write links to a foreign Host
    app = make_app(data["backend"], data["archive"], now=lambda: NOW)

    def feed(host):
        seen = {}
        environ = {"REQUEST_METHOD": "GET", "PATH_INFO": "/feeds/all.atom", "QUERY_STRING": "", "HTTP_HOST": host,
                   "wsgi.url_scheme": "http", "SERVER_NAME": "x", "SERVER_PORT": "80"}
        body = b"".join(app(environ, lambda s, h: seen.update(status=int(s[:3]), headers=dict(h))))
        return seen["status"], seen["headers"], body

    monkeypatch.setenv("LMHTX_ALLOWED_HOSTS", "")
    monkeypatch.setenv("LMHTX_PUBLIC_URL", "")
    status, _, body = feed("evil.example")
    assert status == 400 and b"evil.example" not in body
    status, headers, body = feed("localhost:8000")
    assert status == 200 and headers["Vary"] == "Host"
    assert ET.fromstring(body).find(f"{A}link[@rel='self']").get("href") == "http://localhost:8000/feeds/all.atom"
    monkeypatch.setenv("LMHTX_PUBLIC_URL", "https://luutru.example.vn")
    status, _, body = feed("evil.example")  # a public URL: the Host plays no part in the links
    assert status == 200
    hrefs = [link.get("href") for link in ET.fromstring(body).iter(f"{A}link")]
    assert hrefs[0] == "https://luutru.example.vn/feeds/all.atom"
    assert any(h.startswith("https://luutru.example.vn/archive/") for h in hrefs)
    assert not any("evil" in h for h in hrefs)


# --- the files in the data directory ---------------------------------------------------------


def test_accounts_and_secret_files(tmp_path):
    accounts = Accounts(tmp_path)
    account = accounts.add("hoa", PASSWORD)
    raw = (tmp_path / USERS_FILE).read_text(encoding="utf-8")
    assert PASSWORD not in raw and account.password_hash.startswith("$argon2id$")
    assert stat.S_IMODE((tmp_path / USERS_FILE).stat().st_mode) == 0o600
    assert accounts.verify("hoa", PASSWORD).name == "hoa"
    assert accounts.verify("hoa", PASSWORD + "x") is None
    key = session_secret(tmp_path)
    assert len(key) == 32 and stat.S_IMODE((tmp_path / SECRET_FILE).stat().st_mode) == 0o600
    assert session_secret(tmp_path) == key  # made once, then read
    (tmp_path / SECRET_FILE).chmod(0o644)
    assert session_secret(tmp_path) == key and stat.S_IMODE((tmp_path / SECRET_FILE).stat().st_mode) == 0o600
    for bad in (("Hoa Nguyen", PASSWORD), ("x", PASSWORD), ("hoa2", "ngan")):
        with pytest.raises(AccountError):
            accounts.add(*bad)
    with pytest.raises(AccountError, match="exists"):
        accounts.add("hoa", PASSWORD)
    # another process (the CLI) changes the file: the app sees it
    Accounts(tmp_path).remove("hoa")
    assert accounts.get("hoa") is None and Path(tmp_path / USERS_FILE).exists()
