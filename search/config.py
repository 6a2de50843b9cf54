"""Which search backend to use: the embedded index under the data directory by default,
Elasticsearch when ELASTICSEARCH_URL is set."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from .base import Backend

EMBEDDED_FILE = "search.sqlite3"

# Elasticsearch tuning, each default written once (read by open_backend and the crawl's pipeline):
ES_DEFAULTS: dict[str, int | float] = {
    "ELASTICSEARCH_TIMEOUT": 30.0,  # seconds per request
    "ELASTICSEARCH_SHARDS": 1,
    "ELASTICSEARCH_REPLICAS": 0,
    "ELASTICSEARCH_BATCH_SIZE": 500,  # documents per bulk request (about 2.5 MB)
    "ELASTICSEARCH_RETRY_TIMES": 3,  # tries of a failed batch before it is spooled
    "ELASTICSEARCH_BACKOFF_BASE": 1.0,  # seconds: waits 1, 2, 4 s between tries
    "ELASTICSEARCH_MAX_PENDING": 20,  # batches waiting for the sender; more are spooled at once
}


class Layered:
    """Several settings sources read as one: the first that has a non-empty value wins (the
    crawl: its Scrapy settings, then the environment)."""

    def __init__(self, *sources):
        self.sources = sources

    def get(self, name: str, default: Any = None) -> Any:
        for source in self.sources:
            value = source.get(name) if source is not None else None
            if value not in (None, ""):
                return value
        return default


def es_option(name: str, source=None) -> Any:
    """One of ES_DEFAULTS from `source` (default: the environment), typed like its default."""
    source = os.environ if source is None else source
    default = ES_DEFAULTS[name]
    value = source.get(name)
    return default if value in (None, "") else type(default)(value)


def attachments_text(article: dict[str, Any]) -> str:
    return "\n".join(a.get("content") or "" for a in article.get("attachments") or [])


def elasticsearch_settings(env=None) -> dict[str, Any] | None:
    """The connection (urls, credentials) when ELASTICSEARCH_URL is set in `env` (any mapping
    with .get; default: the environment), else None: the embedded index is used."""
    env = os.environ if env is None else env
    url = (env.get("ELASTICSEARCH_URL") or "").strip()
    if not url:
        return None
    kwargs: dict[str, Any] = {"urls": [u.strip() for u in url.split(",") if u.strip()]}
    if env.get("ELASTICSEARCH_API_KEY"):
        kwargs["api_key"] = env["ELASTICSEARCH_API_KEY"]
    if env.get("ELASTICSEARCH_USERNAME"):
        kwargs["basic_auth"] = (env["ELASTICSEARCH_USERNAME"], env.get("ELASTICSEARCH_PASSWORD", ""))
    if env.get("ELASTICSEARCH_CA_CERTS"):
        kwargs["ca_certs"] = env["ELASTICSEARCH_CA_CERTS"]
    return kwargs


def open_backend(data_dir: str | Path, *, env: dict[str, str] | None = None, **client_kwargs) -> Backend:
    settings = elasticsearch_settings(env)
    if settings:
        from .elastic import ElasticIndex

        source: Mapping[str, str] = os.environ if env is None else env
        urls = settings.pop("urls")
        if source.get("ELASTICSEARCH_NODE_CLASS"):  # test-only: a transport node for osmem-server
            from scrapy.utils.misc import load_object

            client_kwargs.setdefault("node_class", load_object(source["ELASTICSEARCH_NODE_CLASS"]))
        index = ElasticIndex.from_settings(
            urls, **settings, **client_kwargs,
        )
        index.shards = es_option("ELASTICSEARCH_SHARDS", source)
        index.replicas = es_option("ELASTICSEARCH_REPLICAS", source)
        return index
    from .embedded import EmbeddedIndex

    return EmbeddedIndex(Path(data_dir) / EMBEDDED_FILE)
