"""Local sample portals, served over loopback, for developing and testing the crawler offline.

Every site lives in ``samples/<site_id>/``:

* ``www/`` holds the files; a request path maps to the file at the same relative path
  (``/`` -> ``index.html``, ``/foo/`` -> ``foo/index.html``, a query string is ignored).
  ``www/_routes/`` keeps the files that only special routes point at: it is never served by path,
  nor is anything whose name starts with a dot.
* ``<theme>/`` (optional, e.g. ``theme2/``) is another look of the site after a redesign, with
  its own ``www/`` and ``routes.yaml``: served only once ``SampleSites.set_theme`` switches to it.
* ``routes.yaml`` (optional) lists special routes, matched before the files: either a list of
  routes or a mapping ``{defaults: {...}, routes: [...]}``. A route has ``path`` (path and query;
  the query is matched without regard to parameter order; a route without a query also answers
  the same path with any query) and one of ``file`` (relative to ``www/``), ``redirect`` (path or
  URL, with ``status`` 301/302) or ``status`` (with an optional body ``file``), plus optional
  ``encoding`` (``utf-8`` | ``utf-8-nfd`` | ``windows-1258``) and ``content_type``.
  ``defaults`` may set ``encoding`` for every text file of the site. A route with ``post`` (a
  mapping of form fields) answers a POST to its path whose form has those values: an ASP.NET
  postback (``__EVENTTARGET``, ``__EVENTARGUMENT``); any other POST gets 405.

Text files (HTML, XML, plain text) are templates: ``{{base}}`` becomes this site's base URL and
``{{base:OTHER}}`` another site's (a site that is not running gets a dead loopback address).
``sites.yaml`` beside this file is the crawler's registry for these sites; ``write_registry``
writes it with live base URLs.

Run all sites in the foreground: ``python -m samples.server [--port N]``.
"""

from __future__ import annotations

import argparse
import email.utils
import hashlib
import re
import signal
import threading
import time
import unicodedata
from collections.abc import Collection
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qsl, unquote

import yaml

SAMPLES_DIR = Path(__file__).parent
REGISTRY_NAME = "sites.yaml"
ROUTES_DIR = "_routes"  # www/_routes/ holds files only routes point at; never served by path
DEAD_BASE = "http://127.0.0.1:9"  # loopback discard port: a link to a site that is not running
ENCODINGS = ("utf-8", "utf-8-nfd", "windows-1258")

_TEMPLATE = re.compile(r"\{\{base(?::([A-Za-z0-9_.-]+))?\}\}")
_CONTENT_TYPES = {
    ".html": "text/html",
    ".htm": "text/html",
    ".aspx": "text/html",
    ".php": "text/html",
    "": "text/html",
    ".xml": "application/xml",
    ".rss": "application/rss+xml",
    ".txt": "text/plain",
    ".css": "text/css",
    ".js": "application/javascript",
    ".pdf": "application/pdf",
    ".doc": "application/msword",
    ".png": "image/png",
    ".jpg": "image/jpeg",
    ".gif": "image/gif",
}
_TEXT_TYPES = ("text/", "application/xml", "application/rss+xml", "application/javascript")
_CHARSET_NAMES = {"utf-8": "utf-8", "utf-8-nfd": "utf-8", "windows-1258": "windows-1258"}

# Windows-1258 has precomposed letters for these modifiers (â ê ô ă ơ ư and capitals) and
# combining code points only for the five tone marks.
_CP1258_MODIFIERS = frozenset("\u0302\u0306\u031b")
_CP1258_TONES = frozenset("\u0300\u0301\u0303\u0309\u0323")


def encode_cp1258(text: str) -> bytes:
    """Vietnamese text as Windows-1258 bytes: base letters precomposed, tone marks combining."""
    out: list[str] = []
    cluster: list[str] = []

    def flush() -> None:
        if not cluster:
            return
        base, marks = cluster[0], cluster[1:]
        rest = []
        for mark in marks:
            composed = unicodedata.normalize("NFC", base + mark)
            if mark in _CP1258_MODIFIERS and len(composed) == 1:
                base = composed
            else:
                rest.append(mark)
        for mark in rest:
            if mark not in _CP1258_TONES:  # e.g. a diaeresis: cp1258 only has it precomposed
                composed = unicodedata.normalize("NFC", base + mark)
                if len(composed) == 1:
                    base = composed
                    continue
            out.append(base)
            base = mark
        out.append(base)
        cluster.clear()

    for ch in unicodedata.normalize("NFD", text):
        if unicodedata.combining(ch) and cluster:
            cluster.append(ch)
        else:
            flush()
            cluster.append(ch)
    flush()
    data = "".join(out).encode("cp1258")
    if unicodedata.normalize("NFC", data.decode("cp1258")) != unicodedata.normalize("NFC", text):
        raise ValueError("text does not survive a windows-1258 round trip")
    return data


def encode_text(text: str, encoding: str) -> bytes:
    if encoding == "utf-8":
        return text.encode("utf-8")
    if encoding == "utf-8-nfd":
        return unicodedata.normalize("NFD", text).encode("utf-8")
    if encoding == "windows-1258":
        return encode_cp1258(text)
    raise ValueError(f"unknown encoding {encoding!r}; use one of {ENCODINGS}")


def _split_key(raw: str) -> tuple[str, tuple[tuple[str, str], ...] | None]:
    """(decoded path, sorted query pairs or None when there is no query)."""
    raw_path, _, query = raw.split("#", 1)[0].partition("?")  # not urlsplit: "//x" is a path here
    path = unquote(raw_path or "/")
    if not query:
        return path, None
    return path, tuple(sorted(parse_qsl(query, keep_blank_values=True)))


def _is_text(content_type: str) -> bool:
    media = content_type.split(";", 1)[0].strip()  # ("application/atom+xml; charset=UTF-8")
    return media.startswith(_TEXT_TYPES) or media.endswith("+xml")


def _http_date(ts: float) -> str:
    return email.utils.formatdate(ts, usegmt=True)


@dataclass
class RequestRecord:
    site_id: str
    method: str
    path: str  # as requested: path with query
    status: int
    user_agent: str | None
    headers: dict[str, str]
    time: float


@dataclass
class _Route:
    path: str
    file: str | None = None
    content: str | bytes | None = None
    redirect: str | None = None
    status: int = 200
    encoding: str | None = None
    content_type: str | None = None
    mtime: float | None = None
    post: dict | None = None  # the form fields a POST must carry to get this route


@dataclass
class _Response:
    status: int
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    last_modified: float | None = None


class _Site:
    """One sample portal: its files, its routes and the changes made to it at runtime."""

    def __init__(self, site_id: str, directory: Path, owner: SampleSites):
        self.id = site_id
        self.home = directory
        self.owner = owner
        self.runtime: dict = {}
        self.status_overrides: dict[str, int] = {}
        self.lock = threading.Lock()
        self.theme: str | None = None
        self._load(directory)

    def _load(self, directory: Path) -> None:
        """Serve the files and routes of `directory` (the site's own, or one of its themes)."""
        self.dir = directory
        self.www = directory / "www"
        self.default_encoding = "utf-8"
        self.routes: dict = {}
        self.posts: dict[str, list[_Route]] = {}  # path -> routes answering a POST there
        self._load_routes()

    def use_theme(self, theme: str | None) -> None:
        directory = self.home if theme is None else self.home / theme
        if theme is not None and (not theme or "/" in theme or not (directory / "www").is_dir()):
            raise ValueError(f"site {self.id} has no theme {theme!r} (no {directory / 'www'})")
        with self.lock:
            self._load(directory)
            self.theme = theme

    def _load_routes(self) -> None:
        spec_path = self.dir / "routes.yaml"
        if not spec_path.exists():
            return
        spec = yaml.safe_load(spec_path.read_text(encoding="utf-8")) or []
        if isinstance(spec, dict):
            self.default_encoding = (spec.get("defaults") or {}).get("encoding", "utf-8")
            spec = spec.get("routes") or []
        for entry in spec:
            route = _Route(
                path=entry["path"],
                file=entry.get("file"),
                redirect=entry.get("redirect"),
                status=int(entry.get("status", 301 if entry.get("redirect") else 200)),
                encoding=entry.get("encoding"),
                content_type=entry.get("content_type"),
                post={str(k): str(v) for k, v in entry["post"].items()} if entry.get("post") else None,
            )
            if route.encoding and route.encoding not in ENCODINGS:
                raise ValueError(f"{spec_path}: unknown encoding {route.encoding!r}")
            if route.file and not (self.www / route.file).is_file():
                raise FileNotFoundError(f"{spec_path}: {route.path} -> missing {route.file}")
            if route.post is not None:
                self.posts.setdefault(_split_key(route.path)[0], []).append(route)
                continue
            self.routes[_split_key(route.path)] = route

    # -- lookup ---------------------------------------------------------------------------

    def respond(self, raw_path: str) -> _Response:
        with self.lock:
            for prefix, status in self.status_overrides.items():
                if raw_path.startswith(prefix):
                    return self._error(status)
            key = _split_key(raw_path)
            path_only = (key[0], None)
            for table, k in ((self.runtime, key), (self.routes, key),
                             (self.runtime, path_only), (self.routes, path_only)):
                route = table.get(k)
                if route is not None:
                    return self._from_route(route)
        return self._static(raw_path, key[0])

    def respond_post(self, raw_path: str, form: dict[str, str]) -> _Response:
        """A form posted back: the route whose fields the form carries, else 405."""
        with self.lock:
            for route in self.posts.get(_split_key(raw_path)[0], ()):
                if all(form.get(k) == v for k, v in (route.post or {}).items()):
                    return self._from_route(route)
        return self._error(405)

    def _from_route(self, route: _Route) -> _Response:
        if route.redirect is not None:
            target = self.owner.render(route.redirect, self.id)
            if target.startswith("/"):
                target = self.owner.base(self.id) + target
            return self._redirect(route.status, target)
        if route.content is not None:
            return self._content(route.content, route.status, route.content_type or "text/html",
                                 route.encoding, route.mtime)
        if route.file is None:
            return self._error(route.status)
        file = self.www / route.file
        return self._content(file.read_bytes(), route.status,
                             route.content_type or self._guess_type(file), route.encoding,
                             file.stat().st_mtime)

    def _static(self, raw_path: str, path: str) -> _Response:
        segments = [s for s in path.split("/") if s]
        if any(s.startswith(".") for s in segments) or segments[:1] == [ROUTES_DIR]:
            return self._error(404)
        target = self.www.joinpath(*segments) if segments else self.www
        if target.is_dir():
            if not path.endswith("/"):
                bare, sep, query = raw_path.partition("?")
                return self._redirect(301, f"{self.owner.base(self.id)}{bare}/{sep}{query}")
            target = target / "index.html"
        if not target.is_file():
            return self._error(404)
        return self._content(target.read_bytes(), 200, self._guess_type(target), None,
                             target.stat().st_mtime)

    @staticmethod
    def _guess_type(file: Path) -> str:
        return _CONTENT_TYPES.get(file.suffix.lower(), "application/octet-stream")

    # -- responses ------------------------------------------------------------------------

    def _content(self, data: str | bytes, status: int, content_type: str, encoding: str | None,
                 mtime: float | None) -> _Response:
        headers = {}
        if _is_text(content_type):
            text = data if isinstance(data, str) else data.decode("utf-8")
            encoding = encoding or self.default_encoding
            body = encode_text(self.owner.render(text, self.id), encoding)
            if "charset=" not in content_type:
                content_type = f"{content_type}; charset={_CHARSET_NAMES[encoding]}"
        else:
            body = data.encode("utf-8") if isinstance(data, str) else data
        headers["Content-Type"] = content_type
        headers["ETag"] = '"%s"' % hashlib.sha256(body).hexdigest()[:32]
        return _Response(status, body, headers, mtime if mtime is not None else time.time())

    def _redirect(self, status: int, location: str) -> _Response:
        body = (f'<html><head><title>Moved</title></head><body><p>Trang đã chuyển tới '
                f'<a href="{location}">{location}</a></p></body></html>')
        return _Response(status, encode_text(body, self.default_encoding),
                         {"Location": location,
                          "Content-Type": f"text/html; charset={_CHARSET_NAMES[self.default_encoding]}"})

    def _error(self, status: int) -> _Response:
        if status == 404:
            title, message = "Không tìm thấy trang", "Không tìm thấy trang bạn yêu cầu."
        else:
            title, message = f"Lỗi {status}", "Máy chủ gặp sự cố, xin vui lòng thử lại sau."
        charset = _CHARSET_NAMES[self.default_encoding]
        body = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="{charset}">'
                f"<title>{title}</title></head><body><h1>{title}</h1><p>{message}</p>"
                '<p><a href="/">Về trang chủ</a></p></body></html>')
        return _Response(status, encode_text(body, self.default_encoding),
                         {"Content-Type": f"text/html; charset={charset}"})


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "SampleSites/1.0"
    timeout = 15  # idle keep-alive connections close on their own

    def do_GET(self) -> None:
        self._serve(head=False)

    def do_HEAD(self) -> None:
        self._serve(head=True)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        site: _Site = self.server.site
        form = dict(parse_qsl(body.decode("latin-1"), keep_blank_values=True))
        self._send(site.respond_post(self.path, form), head=False)

    def _serve(self, head: bool) -> None:
        site: _Site = self.server.site
        response = site.respond(self.path)
        if response.status == 200 and self._not_modified(response):
            response = _Response(304, b"", {"ETag": response.headers["ETag"]},
                                 response.last_modified)
        self._send(response, head)

    def _not_modified(self, response: _Response) -> bool:
        inm = self.headers.get("If-None-Match")
        if inm is not None:
            tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
            return "*" in tags or response.headers.get("ETag") in tags
        ims = self.headers.get("If-Modified-Since")
        if ims and response.last_modified is not None:
            try:
                since = email.utils.parsedate_to_datetime(ims).timestamp()
            except (TypeError, ValueError):
                return False
            return int(response.last_modified) <= since
        return False

    def _send(self, response: _Response, head: bool) -> None:
        site: _Site = self.server.site
        site.owner._record(site.id, self.command, self.path, response.status, self.headers)
        self.send_response(response.status)
        for name, value in response.headers.items():
            self.send_header(name, value)
        if response.last_modified is not None:
            self.send_header("Last-Modified", _http_date(response.last_modified))
        if response.status != 304:
            self.send_header("Content-Length", str(len(response.body)))
        self.end_headers()
        if not head and response.status != 304:
            self.wfile.write(response.body)

    def log_message(self, format: str, *args) -> None:  # quiet: records are kept instead
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # a client hung up: not our problem
        pass


def loopback_address(n: int) -> str:
    """The n-th sample address: 127.0.0.<n> up to .254, then on through 127.0.1.1, 127.0.2.1, …
    (all of 127.0.0.0/8 is the loopback; no host part 0 or 255, which some tools take for a
    network's or a broadcast address)."""
    if n < 255:
        return f"127.0.0.{n}"
    high, low = divmod(n - 255, 254)
    return f"127.0.{high + 1}.{low + 1}"


class SampleSites:
    """All sample sites, each on its own loopback address, served from threads."""

    def __init__(self, root: Path = SAMPLES_DIR, *, ip_base: int = 20, port: int = 0,
                 sites: list[str] | None = None):
        self.root = Path(root)
        self.ip_base = ip_base
        self.port = port
        available = sorted(p.name for p in self.root.iterdir() if (p / "www").is_dir())
        if sites is not None:
            missing = set(sites) - set(available)
            if missing:
                raise ValueError(f"no such sample site(s): {sorted(missing)}")
        self.site_ids = list(sites) if sites is not None else available
        if ip_base < 2 or ip_base + len(self.site_ids) > 255 + 254 * 254:
            raise ValueError("ip_base leaves no room for the sites in 127.0.0.0/16")
        self.requests: list[RequestRecord] = []
        self._log_lock = threading.Lock()
        self._sites: dict[str, _Site] = {}
        self._servers: dict[str, _Server] = {}
        self._threads: dict[str, threading.Thread] = {}
        self._bases: dict[str, str] = {}

    # -- lifecycle ------------------------------------------------------------------------

    def start(self) -> dict[str, str]:
        if self._servers:
            return dict(self._bases)
        try:
            for i, site_id in enumerate(self.site_ids):
                site = _Site(site_id, self.root / site_id, self)
                ip = loopback_address(self.ip_base + i)
                server = _Server((ip, self.port), _Handler)
                server.site = site
                self._sites[site_id] = site
                self._servers[site_id] = server
                self._bases[site_id] = f"http://{ip}:{server.server_address[1]}"
            for site_id, server in self._servers.items():
                thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                                          name=f"sample-{site_id}", daemon=True)
                thread.start()
                self._threads[site_id] = thread
        except BaseException:
            self.stop()
            raise
        return dict(self._bases)

    def stop(self) -> None:
        # shutdown() waits for a serve_forever() loop to notice (a poll interval): all at once, or
        # eighty sites take eight seconds to stop
        stoppers = [threading.Thread(target=server.shutdown, daemon=True)
                    for site_id, server in self._servers.items() if site_id in self._threads]
        for stopper in stoppers:
            stopper.start()
        for stopper in stoppers:
            stopper.join(timeout=5)
        for server in self._servers.values():
            server.server_close()
        for thread in self._threads.values():
            thread.join(timeout=5)
        self._servers.clear()
        self._threads.clear()
        self._sites.clear()
        self._bases.clear()

    def __enter__(self) -> SampleSites:
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    # -- addresses ------------------------------------------------------------------------

    def base(self, site_id: str) -> str:
        return self._bases[site_id]

    def render(self, text: str, site_id: str | None = None) -> str:
        """Replace ``{{base}}`` (this site) and ``{{base:ID}}`` (any site) with live URLs."""

        def sub(match: re.Match) -> str:
            target = match.group(1) or site_id
            if target is None:
                raise ValueError("{{base}} needs a site")
            return self._bases.get(target, f"{DEAD_BASE}/{target}")

        return _TEMPLATE.sub(sub, text)

    def write_registry(self, path: Path, *, generic: bool = False, only: Collection[str] | None = None) -> Path:
        """Write ``root/sites.yaml`` to ``path`` with live base URLs in place of placeholders.
        generic: each entry as a new portal's would be (id, province, name, start URLs, domains):
        no family, selectors, URL patterns, feeds or sitemaps. only: these sites' entries alone."""
        path = Path(path)
        text = (self.root / REGISTRY_NAME).read_text(encoding="utf-8")
        if generic or only is not None:
            entries = yaml.safe_load(text)["sites"]
            if only is not None:
                if missing := set(only) - {e["id"] for e in entries}:
                    raise ValueError(f"no such sample site(s) in the registry: {sorted(missing)}")
                entries = [e for e in entries if e["id"] in only]
            if generic:
                keep = ("id", "province", "name", "start_urls", "allowed_domains")
                entries = [{k: e[k] for k in keep if k in e} for e in entries]
            text = yaml.safe_dump({"sites": entries}, allow_unicode=True, sort_keys=False)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(self.render(text), encoding="utf-8")
        return path

    # -- request log ----------------------------------------------------------------------

    def _record(self, site_id: str, method: str, path: str, status: int, headers) -> None:
        record = RequestRecord(site_id, method, path, status, headers.get("User-Agent"),
                               dict(headers.items()), time.time())
        with self._log_lock:
            self.requests.append(record)

    def hits(self, site_id: str | None = None, path_prefix: str | None = None) -> list[RequestRecord]:
        with self._log_lock:
            records = list(self.requests)
        return [r for r in records
                if (site_id is None or r.site_id == site_id)
                and (path_prefix is None or r.path.startswith(path_prefix))]

    def reset_log(self) -> None:
        with self._log_lock:
            self.requests.clear()

    # -- runtime changes ------------------------------------------------------------------

    def set_page(self, site_id: str, path: str, content: str | bytes, *, status: int = 200,
                 content_type: str | None = None, encoding: str | None = None) -> None:
        """Add or replace a page (``path`` may carry a query) while the sites run."""
        if encoding and encoding not in ENCODINGS:
            raise ValueError(f"unknown encoding {encoding!r}")
        site = self._sites[site_id]
        route = _Route(path=path, content=content, status=status, encoding=encoding,
                       content_type=content_type, mtime=time.time())
        with site.lock:
            site.runtime[_split_key(path)] = route

    def set_theme(self, site_id: str, theme: str | None) -> None:
        """Serve the site's other look, ``<site>/<theme>/`` (its ``www/`` and ``routes.yaml``), in
        place of its own files, as a portal does after a redesign; ``None`` goes back. Pages and
        statuses set at runtime stay in front of either."""
        self._sites[site_id].use_theme(theme)

    def set_status(self, site_id: str, path_prefix: str, status: int | None) -> None:
        """Answer ``status`` for every path starting with ``path_prefix``; ``None`` clears it."""
        site = self._sites[site_id]
        with site.lock:
            if status is None:
                site.status_overrides.pop(path_prefix, None)
            else:
                site.status_overrides[path_prefix] = int(status)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Serve the sample portals over loopback.")
    parser.add_argument("--port", type=int, default=0, help="one port for all sites (0: any free port per site)")
    parser.add_argument("--ip-base", type=int, default=20, help="first loopback address: 127.0.0.<ip-base> (on into 127.0.1.x past .254)")
    parser.add_argument("--registry", type=Path, default=Path("data/samples-sites.yaml"),
                        help="where to write the registry with live addresses")
    parser.add_argument("--root", type=Path, default=SAMPLES_DIR)
    args = parser.parse_args(argv)
    # Ctrl-C stops it even when started by a process that ignores SIGINT (a child inherits that)
    signal.signal(signal.SIGINT, signal.default_int_handler)
    sites = SampleSites(args.root, ip_base=args.ip_base, port=args.port)
    bases = sites.start()
    try:
        for site_id, base in bases.items():
            print(f"{site_id:20} {base}/", flush=True)
        print(f"registry: {sites.write_registry(args.registry)}", flush=True)
        print("Ctrl-C to stop.", flush=True)
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        pass
    finally:
        sites.stop()


if __name__ == "__main__":
    main()
