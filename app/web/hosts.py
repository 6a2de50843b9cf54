"""Which `Host` the web app answers to, and the base of its absolute links.

    HostPolicy.from_config(settings, bind_host=None)
    policy.allows(host_header)  -> True for a name the app may be reached by
    policy.base_url(environ)    -> 'https://name[:port]' for absolute links, or None (answer 400)

A browser sends whatever name its page was loaded from: a page on evil.example whose name
is re-pointed at 127.0.0.1 (DNS rebinding) reaches the app with `Host: evil.example`. So a
name is accepted only when it is a loopback name, the configured public URL's, the address
the server was told to listen on, or listed in LMHTX_ALLOWED_HOSTS ("*" turns the check
off, for a proxy that does it). Ports are not compared: a proxy may change them.
"""

from __future__ import annotations

import ipaddress
import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit

ENVIRON_KEY = "lmhtx.hosts"  # the HostPolicy the middleware applies, for the App's own links
LOOPBACK_NAMES = frozenset({"localhost", "127.0.0.1", "::1"})
_HOST_RE = re.compile(r"^(?P<name>[A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(?::(?P<port>\d{1,5}))?$")


def host_name(header: str | None) -> str | None:
    """The lower-case name (IPv6 without brackets) of a Host header; None when it is not a host."""
    m = _HOST_RE.match((header or "").strip())
    if not m:
        return None
    return m.group("name").strip("[]").lower().rstrip(".")


def is_loopback(name: str | None) -> bool:
    if not name:
        return False
    name = name.strip("[]").lower()
    if name in LOOPBACK_NAMES or name.endswith(".localhost"):
        return True
    try:
        return ipaddress.ip_address(name).is_loopback
    except ValueError:
        return False


@dataclass(frozen=True)
class HostPolicy:
    public_url: str  # '' or 'https://name[:port][/prefix]', no trailing slash
    names: frozenset[str]  # accepted besides the loopback names
    any_host: bool  # "*": no check

    @classmethod
    def from_config(cls, settings: Mapping[str, Any], bind_host: str | None = None) -> HostPolicy:
        public = str(settings["LMHTX_PUBLIC_URL"]).strip().rstrip("/")
        if public and (urlsplit(public).scheme not in ("http", "https") or not urlsplit(public).hostname):
            raise ValueError(f"LMHTX_PUBLIC_URL: expected http(s)://name[:port], got {public!r}")
        listed = [n.strip() for n in str(settings["LMHTX_ALLOWED_HOSTS"]).split(",") if n.strip()]
        names = {n.lower().strip("[]").rstrip(".") for n in listed if n != "*"}
        if public:
            names.add(urlsplit(public).hostname or "")
        if bind_host and bind_host not in ("0.0.0.0", "::") and not is_loopback(bind_host):
            names.add(bind_host.lower().strip("[]"))
        return cls(public, frozenset(names), "*" in listed)

    def only_loopback(self) -> bool:
        """True when nothing but loopback names is accepted (a server on 0.0.0.0 left so
        answers only to this machine's own requests)."""
        return not self.any_host and not self.names

    def allows(self, header: str | None) -> bool:
        name = host_name(header)
        if name is None:
            return False
        return self.any_host or is_loopback(name) or name in self.names

    def base_url(self, environ: Mapping[str, Any]) -> str | None:
        """The public URL when configured, else the request's own scheme and Host when that
        Host is accepted; None otherwise (a link to a name we do not own is never written)."""
        if self.public_url:
            return self.public_url
        host = environ.get("HTTP_HOST") or ""
        if not host or not self.allows(host):
            return None
        return f"{environ.get('wsgi.url_scheme') or 'http'}://{host.strip()}"
