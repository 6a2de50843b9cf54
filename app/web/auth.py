"""The login of the deployed web app: a WSGI middleware around app/web/server.py's App.

    login_enabled(settings, bind_host)  -> bool (LMHTX_LOGIN: auto | on | off)
    Access.for_serving(data_dir, bind_host, settings=None) -> Access, or NoAccount
    access.wrap(app) -> the WSGI app behind the login (give it to make_app as `middleware`)

Every request first has its `Host` checked (hosts.py: DNS rebinding), login on or off. With
login on, every page, API, feed and static route needs a session except `/login`,
`/static/*`, `/favicon.ico` and `/healthz`: an API call or a feed without one gets 401 JSON,
a page a redirect to `/login?next=<that page>` (`next` is only ever a path of this site).
A feed reader cannot log in, so a feed also opens with `?token=` (a per-account token from
`lmhtx users feed NAME`).

Sessions are a cookie signed with itsdangerous (HMAC-SHA1 over the payload and the time it
was issued) with the data directory's secret: `HttpOnly`, `SameSite=Lax`, `Secure` when the
public URL is https (or LMHTX_SECURE_COOKIES), refused after LMHTX_SESSION_HOURS. Logging in
and out are form posts through App.posts, so forms.py's same-origin check covers them.
Failed logins are counted per account and per client address over a sliding window; past
the limit the login waits (429) without the password being checked at all. The counts live
in the process's memory: a restart forgets them, and several worker processes count apart.
"""

from __future__ import annotations

import logging
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, quote, urlencode

from itsdangerous import BadSignature, URLSafeTimedSerializer

from app import config
from app.web.accounts import Accounts, session_secret
from app.web.hosts import ENVIRON_KEY, HostPolicy, is_loopback
from app.web.render import ACCOUNT, json_bytes, render
from app.web.server import SECURITY_HEADERS, STATUS, App, Response

log = logging.getLogger(__name__)

COOKIE = "lmhtx_session"
OPEN_PATHS = ("/login", "/healthz", "/favicon.ico")
OPEN_PREFIXES = ("/static/",)
MAX_NEXT = 2000
MAX_TRACKED = 10_000  # keys the throttle remembers at most (oldest dropped)


class NoAccount(RuntimeError):
    """Login is on but nobody could log in."""


def login_enabled(settings: Mapping[str, Any], bind_host: str) -> bool:
    mode = str(settings["LMHTX_LOGIN"]).strip().lower()
    if mode in ("on", "1", "true", "yes"):
        return True
    if mode in ("off", "0", "false", "no"):
        return False
    if mode != "auto":
        raise ValueError(f"LMHTX_LOGIN: expected auto, on or off, got {settings['LMHTX_LOGIN']!r}")
    return not is_loopback(bind_host)


def safe_next(value: str | None) -> str:
    """A path of this site to go to after logging in; '/' for anything else (another site,
    `//host`, a scheme, backslashes that browsers read as slashes, control characters)."""
    if (not value or len(value) > MAX_NEXT or not value.startswith("/") or value.startswith("//")
            or "\\" in value or any(ord(c) < 32 or ord(c) == 127 for c in value)):
        return "/"
    if value.split("?")[0] in ("/login", "/logout"):
        return "/"
    # as ASCII: a Location header is latin-1, and quotes or brackets have no business in it
    return quote(value, safe="!#$%&'()*+,-./:;=?@_~")


class Throttle:
    """Failures per key in a sliding window; `wait(key)` is how many seconds are left before
    the key may try again (0: it may)."""

    def __init__(self, limit: int, window: float, clock: Callable[[], float] = time.monotonic):
        self.limit, self.window, self.clock = limit, window, clock
        self._failures: dict[str, deque[float]] = {}
        self._lock = threading.Lock()

    def _recent(self, key: str, now: float) -> deque[float]:
        times = self._failures.get(key, deque())
        while times and times[0] <= now - self.window:
            times.popleft()
        return times

    def wait(self, key: str) -> float:
        with self._lock:
            now = self.clock()
            times = self._recent(key, now)
            if not times:
                self._failures.pop(key, None)
            if self.limit and len(times) >= self.limit:
                return times[-self.limit] + self.window - now
            return 0.0

    def fail(self, key: str) -> None:
        with self._lock:
            now = self.clock()
            times = self._recent(key, now)
            times.append(now)
            self._failures[key] = times
            if len(self._failures) > MAX_TRACKED:
                self._failures.pop(next(iter(self._failures)))

    def clear(self, key: str) -> None:
        with self._lock:
            self._failures.pop(key, None)


class Access:
    def __init__(self, accounts: Accounts, secret: bytes, *, enabled: bool, policy: HostPolicy,
                 settings: Mapping[str, Any], clock: Callable[[], float] = time.monotonic):
        self.accounts = accounts
        self.enabled = enabled
        self.policy = policy
        self.max_age = int(settings["LMHTX_SESSION_HOURS"] * 3600)
        self.secure = policy.public_url.startswith("https://") or bool(settings["LMHTX_SECURE_COOKIES"])
        self.signer = URLSafeTimedSerializer(secret, salt="lmhtx-session")
        window = float(settings["LMHTX_LOGIN_WINDOW_MINUTES"]) * 60
        self.per_account = Throttle(int(settings["LMHTX_LOGIN_MAX_FAILURES"]), window, clock)
        self.per_address = Throttle(int(settings["LMHTX_LOGIN_MAX_FAILURES_PER_ADDRESS"]), window, clock)

    @classmethod
    def for_serving(cls, data_dir: Path | str, bind_host: str,
                    settings: Mapping[str, Any] | None = None) -> Access:
        """The access rules of `lmhtx serve --host bind_host`; NoAccount when login is on and
        there is no account (nobody could use the app)."""
        settings = config.load() if settings is None else settings
        enabled = login_enabled(settings, bind_host)
        accounts = Accounts(data_dir)
        if enabled and not len(accounts):
            raise NoAccount(f"login is on (serving on {bind_host}) but there is no staff account: "
                            f"add one with `lmhtx users add NAME`, or set LMHTX_LOGIN=off to serve without login")
        secret = session_secret(data_dir) if enabled else b""
        return cls(accounts, secret, enabled=enabled, policy=HostPolicy.from_config(settings, bind_host),
                   settings=settings)

    # -- sessions ---------------------------------------------------------------------------
    def session_cookie(self, name: str, epoch: int) -> str:
        return self._cookie(self.signer.dumps({"u": name, "e": epoch}), self.max_age)

    def _cookie(self, value: str, max_age: int) -> str:
        parts = [f"{COOKIE}={value}", "Path=/", f"Max-Age={max_age}", "HttpOnly", "SameSite=Lax"]
        if self.secure:
            parts.append("Secure")
        return "; ".join(parts)

    def account_of(self, environ: Mapping[str, Any]) -> str | None:
        """The account a request's session cookie names, if the cookie is ours, unexpired,
        and issued since the account's sessions last ended."""
        # by hand: SimpleCookie gives up on the whole header at one odd cookie of another app
        for part in (environ.get("HTTP_COOKIE") or "").split(";"):
            key, sep, value = part.strip().partition("=")
            if sep and key == COOKIE and value:
                name = self._session_account(value.strip().strip('"'))
                if name is not None:
                    return name
        return None

    def _session_account(self, value: str) -> str | None:
        try:
            data = self.signer.loads(value, max_age=self.max_age)
        except BadSignature:  # also SignatureExpired
            return None
        if not isinstance(data, dict):
            return None
        account = self.accounts.get(str(data.get("u")))
        if account is None or account.epoch != data.get("e"):
            return None
        return account.name

    @staticmethod
    def _address(environ: Mapping[str, Any]) -> str:
        # Behind the proxy named by LMHTX_WEB_TRUSTED_PROXY, waitress has already put the client
        # of its X-Forwarded-For here (app/web/serving.py): the rate limit counts the same address.
        return str(environ.get("REMOTE_ADDR") or "?")

    # -- the middleware ---------------------------------------------------------------------
    def wrap(self, app: App) -> Callable:
        if self.enabled:
            app.posts["/login"] = self.login_post
            app.posts["/logout"] = self.logout_post

        def guarded(environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
            return self(app, environ, start_response)

        return guarded

    def __call__(self, app: App, environ: dict[str, Any], start_response: Callable) -> Iterable[bytes]:
        path = environ.get("PATH_INFO") or "/"
        if not self.policy.allows(environ.get("HTTP_HOST")):
            return _respond(start_response, environ, 400, [("Content-Type", "text/plain; charset=utf-8"),
                                                           ("Vary", "Host"), ("Cache-Control", "no-store")],
                            "Tên máy chủ không được phép (LMHTX_ALLOWED_HOSTS). (Host not allowed.)\n".encode())
        environ[ENVIRON_KEY] = self.policy  # the feeds' absolute links follow the same rule
        if not self.enabled:
            return app(environ, start_response)
        name = self.account_of(environ)
        if path in OPEN_PATHS or path.startswith(OPEN_PREFIXES):
            if path == "/login" and environ.get("REQUEST_METHOD", "GET") in ("GET", "HEAD"):
                return self.login_page(environ, start_response, name)
            return app(environ, start_response)
        if name is None and path == "/logout":
            return app(environ, start_response)  # nothing to end; the handler says so
        if name is None and path.startswith("/feeds/"):
            token = (parse_qs(environ.get("QUERY_STRING") or "").get("token") or [""])[0]
            account = self.accounts.by_feed_token(token)
            name = account.name if account else None
        if name is None:
            return self.refuse(environ, start_response, path)
        reset = ACCOUNT.set(name)
        try:
            return app(environ, _private(start_response))
        finally:
            ACCOUNT.reset(reset)

    def refuse(self, environ: dict[str, Any], start_response: Callable, path: str) -> Iterable[bytes]:
        if path.startswith(("/api/", "/feeds/")) or environ.get("REQUEST_METHOD") not in ("GET", "HEAD"):
            body = json_bytes({"error": "Cần đăng nhập. (Login required.)", "login": "/login"})
            return _respond(start_response, environ, 401, [("Content-Type", "application/json; charset=utf-8"),
                                                           ("Cache-Control", "no-store")], body)
        query = environ.get("QUERY_STRING") or ""
        target = safe_next(quote(path, safe="/%:@!$&'()*+,;=-._~") + (f"?{query}" if query else ""))
        location = "/login" + (f"?{urlencode({'next': target})}" if target != "/" else "")
        return _respond(start_response, environ, 303, [("Location", location), ("Cache-Control", "no-store")], b"")

    # -- the login page and its posts ---------------------------------------------------------
    def login_page(self, environ: dict[str, Any], start_response: Callable, name: str | None) -> Iterable[bytes]:
        qs = parse_qs(environ.get("QUERY_STRING") or "")
        target = safe_next((qs.get("next") or [""])[0])
        if name is not None:  # already in: straight on
            return _respond(start_response, environ, 303, [("Location", target), ("Cache-Control", "no-store")], b"")
        notice = "Bạn đã đăng xuất." if qs.get("bye") else None
        status, headers, body = self._login_form(200, target, notice=notice)
        return _respond(start_response, environ, status, headers, body)

    def _login_form(self, status: int, target: str, *, error: str | None = None, notice: str | None = None,
                    username: str = "") -> Response:
        body = render("login.html", title="Đăng nhập – Lưu trữ tin Liên minh HTX", page="login", next=target,
                      error=error, notice=notice, username=username)
        return status, [("Content-Type", "text/html; charset=utf-8"), ("Cache-Control", "no-store")], body

    def login_post(self, form: dict[str, list[str]], environ: dict[str, Any]) -> Response:
        name = (form.get("username") or [""])[0].strip().lower()[:100]
        password = (form.get("password") or [""])[0]
        target = safe_next((form.get("next") or [""])[0])
        address = self._address(environ)
        wait = max(self.per_account.wait(f"account:{name}"), self.per_address.wait(f"address:{address}"))
        if wait > 0:
            minutes = max(1, round(wait / 60))
            log.warning("login throttled: account %r from %s", name, address)
            status, headers, body = self._login_form(
                429, target, username=name,
                error=f"Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau khoảng {minutes} phút.")
            return status, [*headers, ("Retry-After", str(int(wait) + 1))], body
        account = self.accounts.verify(name, password) if password else None
        if account is None:
            self.per_account.fail(f"account:{name}")
            self.per_address.fail(f"address:{address}")
            log.info("failed login: account %r from %s", name, address)
            return self._login_form(401, target, username=name, error="Tên đăng nhập hoặc mật khẩu không đúng.")
        self.per_account.clear(f"account:{name}")
        log.info("login: %s from %s", account.name, address)
        return 303, [("Location", target), ("Set-Cookie", self.session_cookie(account.name, account.epoch)),
                     ("Cache-Control", "no-store")], b""

    def logout_post(self, form: dict[str, list[str]], environ: dict[str, Any]) -> Response:
        name = self.account_of(environ)
        if name is not None:
            self.accounts.end_sessions(name)  # every cookie of the account stops working, here and elsewhere
            log.info("logout: %s", name)
        return 303, [("Location", "/login?bye=1"), ("Set-Cookie", self._cookie("", 0)),
                     ("Cache-Control", "no-store")], b""


def _private(start_response: Callable) -> Callable:
    """start_response that keeps shared caches from storing what is behind the login."""

    def start(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
        headers = [(k, v.replace("public", "private")) if k.lower() == "cache-control" else (k, v)
                   for k, v in headers]
        return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

    return start


def _respond(start_response: Callable, environ: Mapping[str, Any], status: int,
             headers: list[tuple[str, str]], body: bytes) -> Iterable[bytes]:
    """A response the middleware writes itself, with the App's security headers."""
    headers = [*headers, *SECURITY_HEADERS, ("Content-Length", str(len(body)))]
    start_response(STATUS.get(status, f"{status} Status"), headers)
    return [b""] if environ.get("REQUEST_METHOD") == "HEAD" else [body]
