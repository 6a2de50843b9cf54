"""A real search server for the tests of the Elasticsearch backend: osmem-server (PyPI package
`osmem-server`), an in-memory OpenSearch-compatible server in one static binary (no JVM, no
Docker). Test-only: production code talks to Elasticsearch unchanged.

- `EsServer`: starts osmem-server on 127.0.0.1 (a free port, kept across restarts), stops it,
  restarts it; `stop()` keeps the data (dumped to a seed directory, as a real server keeps its
  data volume), `crash()` loses it; `pause()`/`resume()` freeze the process (a hung server).
- `CompatNode`: the Elasticsearch 9 client sends `application/vnd.elasticsearch+json;
  compatible-with=9`, which osmem answers with 406; this transport node sends plain JSON.
  Give it as `node_class=` (`ElasticIndex.from_settings(url, node_class=CompatNode)`), or to
  the pipeline as the test-only setting ELASTICSEARCH_NODE_CLASS="tests.esserver.CompatNode".
- pytest fixtures (load with `pytest_plugins = ["tests.esserver"]`): `es_server` (session),
  `es_url`, `es_index` (a fresh alias per test on the session server), `es_private_server` (a
  server of its own that the test may stop and restart).

LMHTX_TEST_ELASTICSEARCH_URL=http://host:9200 runs the same tests against a real Elasticsearch
instead (tests that stop the server are then skipped).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import tempfile
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from typing import Any

import pytest
from elastic_transport import Urllib3HttpNode

REAL_ES_ENV = "LMHTX_TEST_ELASTICSEARCH_URL"

_VENDOR_TYPE = re.compile(r"application/vnd\.elasticsearch\+([A-Za-z0-9.+-]+)(\s*;\s*compatible-with\s*=\s*\d+)?",
                          re.IGNORECASE)


def plain_media_type(value: str) -> str:
    """'application/vnd.elasticsearch+json; compatible-with=9' -> 'application/json' (also x-ndjson)."""
    return _VENDOR_TYPE.sub(lambda m: "application/" + m.group(1), value)


class CompatNode(Urllib3HttpNode):
    """An HTTP node that sends Accept/Content-Type as plain application/json (x-ndjson for bulk),
    without the compatible-with parameter that OpenSearch-compatible servers refuse."""

    def perform_request(self, method, target, body=None, headers=None, **kwargs):  # type: ignore[override]
        if headers:
            headers = headers.copy()
            for name in ("accept", "content-type"):
                if name in headers:
                    headers[name] = plain_media_type(headers[name])
        return super().perform_request(method, target, body=body, headers=headers, **kwargs)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _http(method: str, url: str, body: Any = None, timeout: float = 10.0) -> Any:
    data = None if body is None else json.dumps(body).encode()
    req = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        text = resp.read().decode()
    return json.loads(text) if text else {}


# Index settings osmem reports but a create request must not carry.
_READ_ONLY_SETTINGS = {"uuid", "creation_date", "provided_name", "version", "creation_date_string", "routing",
                       "replication", "resize"}


class EsServer:
    """One osmem-server process; stop()/start() keep the port (and, with stop(), the data)."""

    def __init__(self, workdir: str | Path | None = None, *, port: int | None = None):
        self.workdir = Path(workdir) if workdir else Path(tempfile.mkdtemp(prefix="osmem-"))
        self.port = port or _free_port()
        self.seed_dir = self.workdir / "seed"
        self._server = None  # osmem_server.OsmemServer

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    @property
    def running(self) -> bool:
        return self._server is not None and self._server.process.poll() is None

    def start(self, timeout: float = 30.0) -> EsServer:
        """Start on the same port, loading the data of the last stop() if there is any."""
        from osmem_server import OsmemServer

        if self.running:
            return self
        seed = [str(self.seed_dir)] if self.seed_dir.is_dir() and any(self.seed_dir.iterdir()) else None
        deadline = time.monotonic() + timeout
        while True:  # the port can stay busy for a moment after a stop
            try:
                self._server = OsmemServer.start(seed=seed, japanese=False, addr=f"127.0.0.1:{self.port}",
                                                 startup_timeout=timeout)
                break
            except Exception:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.2)
        self.wait_ready(deadline - time.monotonic())
        return self

    def wait_ready(self, timeout: float = 30.0) -> None:
        deadline = time.monotonic() + max(timeout, 1.0)
        while True:
            try:
                _http("GET", self.url + "/", timeout=2)
                return
            except (OSError, urllib.error.URLError):
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.05)

    def dump(self, target: Path) -> None:
        """Write every index (settings, mappings, aliases, documents) as an osmem seed directory."""
        target.mkdir(parents=True, exist_ok=True)
        indices = _http("GET", self.url + "/_all")
        for name, meta in indices.items():
            settings = dict(meta.get("settings", {}).get("index", {}))
            for key in _READ_ONLY_SETTINGS:
                settings.pop(key, None)
            spec = {"settings": {"index": settings}, "mappings": meta.get("mappings", {}),
                    "aliases": meta.get("aliases", {})}
            (target / f"{name}.index.json").write_text(json.dumps(spec, ensure_ascii=False), encoding="utf-8")
            lines, after = [], None
            while True:
                body: dict[str, Any] = {"size": 1000, "sort": [{"_id": "asc"}], "query": {"match_all": {}}}
                if after:
                    body["search_after"] = after
                page = _http("POST", f"{self.url}/{name}/_search", body)["hits"]["hits"]
                if not page:
                    break
                for hit in page:
                    lines.append(json.dumps({"index": {"_id": hit["_id"]}}))
                    lines.append(json.dumps(hit["_source"], ensure_ascii=False))
                after = page[-1]["sort"]
            if lines:
                (target / f"{name}.ndjson").write_text("\n".join(lines) + "\n", encoding="utf-8")

    def stop(self, *, keep_data: bool = True) -> None:
        """Stop the server. With keep_data (a server with a data volume), writes are refused
        first, the data is saved and the next start() loads it; without, it is lost (crash)."""
        if not self.running:
            return
        if keep_data:
            _http("POST", self.url + "/_osmem/base/freeze")  # later writes fail instead of being lost
            # what was written since the last refresh is not searchable yet, so the dump (a search)
            # would lose it, where Elasticsearch's translog keeps it
            _http("POST", self.url + "/_refresh")
            tmp = self.workdir / f"seed-{uuid.uuid4().hex[:8]}"
            self.dump(tmp)
            if self.seed_dir.exists():
                shutil.rmtree(self.seed_dir)
            tmp.rename(self.seed_dir)
        elif self.seed_dir.exists():
            shutil.rmtree(self.seed_dir)
        self._server.close()
        self._server = None

    def crash(self) -> None:
        """Kill the process at once; the data is gone."""
        if self.running:
            self._server.process.kill()
            self._server.process.wait()
        self._server = None
        if self.seed_dir.exists():
            shutil.rmtree(self.seed_dir)

    def restart(self) -> EsServer:
        self.stop()
        return self.start()

    def pause(self) -> None:
        """The process stops answering (SIGSTOP) but keeps its connections: a hung server."""
        os.kill(self._server.process.pid, signal.SIGSTOP)

    def resume(self) -> None:
        os.kill(self._server.process.pid, signal.SIGCONT)

    def close(self) -> None:
        if self._server is not None:
            try:
                self.resume()
            except (OSError, ProcessLookupError):
                pass
            self._server.close()
            self._server = None

    def client(self, **kwargs: Any):
        from elasticsearch import Elasticsearch

        return Elasticsearch(self.url, node_class=CompatNode, **kwargs)

    def __enter__(self) -> EsServer:
        return self.start()

    def __exit__(self, *exc: Any) -> None:
        self.close()


def make_index(url: str, alias: str | None = None, **kwargs: Any):
    """An ElasticIndex for tests: CompatNode, a fresh alias unless given."""
    from search.elastic import ElasticIndex

    alias = alias or f"t-{uuid.uuid4().hex[:12]}"
    return ElasticIndex.from_settings(url, node_class=CompatNode, alias=alias, **kwargs)


# --- pytest fixtures ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def es_server(tmp_path_factory):
    """The session's search server: osmem-server, or the real Elasticsearch named by
    LMHTX_TEST_ELASTICSEARCH_URL (then this yields None)."""
    if os.environ.get(REAL_ES_ENV):
        yield None
        return
    server = EsServer(tmp_path_factory.mktemp("osmem"))
    server.start()
    yield server
    server.close()


@pytest.fixture(scope="session")
def es_url(es_server) -> str:
    return os.environ[REAL_ES_ENV] if es_server is None else es_server.url


@pytest.fixture
def es_index(es_url):
    """An ElasticIndex with a fresh alias (its indices are deleted afterwards)."""
    index = make_index(es_url)
    index.ensure_index()
    yield index
    try:
        index.drop()
    finally:
        index.close()


@pytest.fixture
def es_private_server(tmp_path):
    """An osmem-server of the test's own, which the test may stop, crash and restart."""
    if os.environ.get(REAL_ES_ENV):
        pytest.skip("stops and restarts the server: only with osmem-server")
    server = EsServer(tmp_path / "osmem")
    server.start()
    yield server
    server.close()
