"""Which search backend to use: the embedded index under the data directory by default,
Elasticsearch when ELASTICSEARCH_URL is set."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from .base import Backend

EMBEDDED_FILE = "search.sqlite3"


def attachments_text(article: dict[str, Any]) -> str:
    return "\n".join(a.get("content") or "" for a in article.get("attachments") or [])


def elasticsearch_settings(env: dict[str, str] | None = None) -> dict[str, Any] | None:
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

        env = os.environ if env is None else env
        urls = settings.pop("urls")
        if env.get("ELASTICSEARCH_NODE_CLASS"):  # test-only: a transport node for osmem-server
            from scrapy.utils.misc import load_object

            client_kwargs.setdefault("node_class", load_object(env["ELASTICSEARCH_NODE_CLASS"]))
        index = ElasticIndex.from_settings(
            urls, **settings, **client_kwargs,
        )
        index.shards = int(env.get("ELASTICSEARCH_SHARDS", index.shards))
        index.replicas = int(env.get("ELASTICSEARCH_REPLICAS", index.replicas))
        return index
    from .embedded import EmbeddedIndex

    return EmbeddedIndex(Path(data_dir) / EMBEDDED_FILE)
