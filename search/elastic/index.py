"""The Elasticsearch index behind an alias: the client, the versions (`articles-v1`, `-v2`, ...)
and the atomic swap of a reindex, bulk writes with the refused documents named, the sync
sequence in the mapping's _meta, and a search sent and answered (the request is built in
request.py, the response read in response.py)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

from elasticsearch import ApiError, BadRequestError, ConnectionTimeout, Elasticsearch, NotFoundError, helpers

from crawler.text import nfc

from ..analysis import ABBREVIATIONS_PATH, load_abbreviations
from ..base import Budget, Hit, Query, Results, limit_terms
from ..syntax import parse_query
from .mapping import MAPPING_PATH, index_body
from .request import check_query, query_dsl, request_body
from .response import facet, to_hit

MAX_FIELD_CHARS = 9_000_000  # below index.highlight.max_analyzed_offset in mapping.json
MAX_COPIES = 1_000  # copies fetched for one page of results
TIMEOUT_SLACK = 0.5  # seconds the client waits past a search's budget for the server's partial answer

SYNC_META = "archive_seq"  # mapping _meta: the archive revision the index holds everything up to
_VERSION = re.compile(r"-v(\d+)$")


class IndexingError(RuntimeError):
    """Some documents of a bulk request were refused. `failed` maps document id -> reason;
    `retryable` holds the ids refused for a passing reason (429, 5xx, missing index)."""

    def __init__(self, failed: dict[str, str], retryable: set[str], indexed: int):
        self.failed = failed
        self.retryable = retryable
        self.indexed = indexed
        shown = ", ".join(f"{i}: {r}" for i, r in itertools.islice(failed.items(), 10))
        more = f" (and {len(failed) - 10} more)" if len(failed) > 10 else ""
        super().__init__(f"Elasticsearch refused {len(failed)} document(s): {shown}{more}")


class ElasticIndex:
    """A search Backend on Elasticsearch. Writes and searches go through the alias."""

    def __init__(self, client: Elasticsearch, *, alias: str = "articles", shards: int = 1, replicas: int = 0,
                 abbreviations: str | Path = ABBREVIATIONS_PATH, mapping: str | Path = MAPPING_PATH):
        self.client = client
        self.alias = alias
        self.shards = shards
        self.replicas = replicas
        self.abbreviations_path = Path(abbreviations)
        self.mapping_path = Path(mapping)
        self._ensured = False

    @classmethod
    def from_settings(cls, urls: str | list[str], *, api_key: Any = None, basic_auth: Any = None,
                      ca_certs: str | None = None, verify_certs: bool = True, request_timeout: float = 30,
                      alias: str = "articles", shards: int = 1, replicas: int = 0,
                      **client_kwargs: Any) -> ElasticIndex:
        """Build the client: `urls` is one URL, several separated by commas (ELASTICSEARCH_URL),
        or a list. Other keyword arguments go to `elasticsearch.Elasticsearch`."""
        hosts = [u.strip() for u in (urls.split(",") if isinstance(urls, str) else urls) if u and u.strip()]
        if not hosts:
            raise ValueError("no Elasticsearch URL given")
        kwargs: dict[str, Any] = {"request_timeout": request_timeout, "verify_certs": verify_certs}
        if api_key:
            kwargs["api_key"] = api_key
        if basic_auth:
            kwargs["basic_auth"] = tuple(basic_auth) if not isinstance(basic_auth, str) else basic_auth
        if ca_certs:
            kwargs["ca_certs"] = ca_certs
        kwargs.update(client_kwargs)
        return cls(Elasticsearch(hosts, **kwargs), alias=alias, shards=shards, replicas=replicas)

    # --- index management ---

    @property
    def abbreviations(self):
        return load_abbreviations(str(self.abbreviations_path))

    def index_body(self) -> dict[str, Any]:
        """settings + mappings of a new index (search/elastic/mapping.py)."""
        return index_body(self.mapping_path, self.abbreviations_path, self.shards, self.replicas)

    def versions(self) -> dict[int, str]:
        """Existing indices of this alias, by version number."""
        found = self.client.indices.get(index=f"{self.alias}-v*", allow_no_indices=True, expand_wildcards="open")
        out = {}
        for name in found:
            m = _VERSION.search(name)
            if m and name == f"{self.alias}-v{m.group(1)}":
                out[int(m.group(1))] = name
        return out

    def current_index(self) -> str | None:
        """The index the alias points at, or None when there is no alias yet."""
        try:
            found = self.client.indices.get_alias(name=self.alias)
        except NotFoundError:
            return None
        names = sorted(found)
        return names[0] if names else None

    def _create(self, name: str, *, with_alias: bool) -> None:
        body = self.index_body()
        if with_alias:
            body["aliases"] = {self.alias: {}}
        self.client.indices.create(index=name, **body)

    def ensure_index(self) -> str:
        """Create `<alias>-v1` with its alias unless the alias exists; returns the index name."""
        current = self.current_index()
        if current:
            self._ensured = True
            return current
        existing = self.versions()
        try:
            if existing:  # an index without its alias (an interrupted setup): adopt the newest
                name = existing[max(existing)]
                self.client.indices.update_aliases(actions=[{"add": {"index": name, "alias": self.alias}}])
            else:
                name = f"{self.alias}-v1"
                self._create(name, with_alias=True)
        except BadRequestError as exc:  # another process created it first
            if _error_type(exc) != "resource_already_exists_exception":
                raise
        current = self.current_index()
        if not current:
            raise RuntimeError(f"could not create the alias {self.alias!r}")
        self._ensured = True
        return current

    def reindex(self, documents: Iterable[dict[str, Any]], *, seq: int | None = None) -> str:
        """Build the next version of the index from `documents`, then swap the alias to it in
        one atomic step and delete the old version. Searches keep answering from the old
        version until the swap. Documents written through the alias while this runs go to the
        old version and are lost with it: run it when no crawl is writing."""
        old = self.current_index()
        existing = self.versions()
        for leftover in existing.values():  # from a reindex that died half-way
            if leftover != old:
                self.client.options(ignore_status=404).indices.delete(index=leftover)
        version = max([0, *existing]) + 1
        name = f"{self.alias}-v{version}"
        self._create(name, with_alias=False)
        try:  # any refused document aborts: an incomplete index is never swapped in
            self._bulk(self._actions(documents, name))
            if seq is not None:
                self.client.indices.put_mapping(index=name, meta={SYNC_META: int(seq)})
            self.client.indices.refresh(index=name)
            actions: list[dict[str, Any]] = []
            if old:
                actions.append({"remove": {"index": old, "alias": self.alias}})
            actions.append({"add": {"index": name, "alias": self.alias}})
            self.client.indices.update_aliases(actions=actions)
        except BaseException:
            self.client.options(ignore_status=404).indices.delete(index=name)
            raise
        if old and old != name:
            self.client.options(ignore_status=404).indices.delete(index=old)
        self._ensured = True
        return name

    def drop(self) -> None:
        """Delete the alias and every version behind it (tests, `lmhtx index --rebuild`)."""
        names = list(self.versions().values())
        current = self.current_index()
        if current and current not in names:
            names.append(current)
        for name in names:
            self.client.options(ignore_status=404).indices.delete(index=name)
        self._ensured = False

    # --- writing ---

    @staticmethod
    def _clean(doc: Mapping[str, Any]) -> dict[str, Any]:
        out = dict(doc)
        if not out.get("id"):
            raise ValueError(f"document without an id: {out.get('url')!r}")
        for key, value in out.items():
            if isinstance(value, str):
                out[key] = nfc(value)[:MAX_FIELD_CHARS]  # highlighting fails past its limit
        if not out.get("fingerprint"):  # collapse puts every document without one in a single group
            out["fingerprint"] = "id:" + str(out["id"])
        return out

    def _actions(self, documents: Iterable[Mapping[str, Any]], target: str) -> Iterator[dict[str, Any]]:
        for doc in documents:
            doc = self._clean(doc)
            yield {"_op_type": "index", "_index": target, "_id": doc["id"], "_source": doc}

    def _bulk(self, actions: Iterable[dict[str, Any]], **kwargs: Any) -> int:
        ok_count, failed, retryable = 0, {}, set()
        for ok, item in helpers.streaming_bulk(self.client, actions, chunk_size=500, raise_on_error=False,
                                               raise_on_exception=True, **kwargs):
            if ok:
                ok_count += 1
                continue
            op, info = next(iter(item.items()))
            doc_id = str(info.get("_id"))
            status = int(info.get("status") or 0)
            if op == "delete" and status == 404:
                ok_count += 1
                continue
            err = info.get("error")
            reason = f"{err.get('type')}: {err.get('reason')}" if isinstance(err, dict) else str(err or status)
            failed[doc_id] = f"[{status}] {reason}"
            if status == 429 or status >= 500 or (isinstance(err, dict) and err.get("type") == "index_not_found_exception"):
                retryable.add(doc_id)
        if failed:
            raise IndexingError(failed, retryable, ok_count)
        return ok_count

    def index(self, documents: Iterable[dict[str, Any]]) -> int:
        """Upsert documents by id through the alias (created if missing). Returns how many were
        written; raises IndexingError naming the refused ids (the others are written)."""
        docs = list(documents)
        if not docs:
            return 0
        if not self._ensured:
            self.ensure_index()
        try:
            return self._bulk(self._actions(docs, self.alias), require_alias=True)
        except IndexingError as exc:
            missing = {i for i, r in exc.failed.items() if "index_not_found_exception" in r}
            if not missing:
                raise
            # The alias disappeared (index deleted, empty server): create it and send those again.
            self.ensure_index()
            again = [d for d in docs if str(d["id"]) in missing]
            written = exc.indexed + self._bulk(self._actions(again, self.alias), require_alias=True)
            rest = {i: r for i, r in exc.failed.items() if i not in missing}
            if rest:
                raise IndexingError(rest, exc.retryable - missing, written) from None
            return written

    def delete(self, ids: Iterable[str]) -> None:
        actions = [{"_op_type": "delete", "_index": self.alias, "_id": i} for i in ids]
        if actions and self.current_index():
            self._bulk(actions)

    def synced_seq(self) -> int:
        """The archive revision this index holds everything up to (0: none, or no index yet).
        Kept in the mapping's _meta of the version behind the alias: a new version starts at 0."""
        try:
            found = self.client.indices.get_mapping(index=self.alias)
        except NotFoundError:
            return 0
        metas = [(m.get("mappings") or {}).get("_meta") or {} for m in found.values()]
        return min((int(m.get(SYNC_META) or 0) for m in metas), default=0)

    def set_synced_seq(self, seq: int) -> None:
        self.client.indices.put_mapping(index=self.alias, meta={SYNC_META: int(seq)})

    def refresh(self) -> None:
        self.client.options(ignore_status=404).indices.refresh(index=self.alias)

    def count(self) -> int:
        try:
            return int(self.client.count(index=self.alias)["count"])
        except NotFoundError:
            return 0

    def close(self) -> None:
        self.client.close()

    # --- searching ---

    def build_query(self, query: Query) -> dict[str, Any]:
        """The `query` part of the search request (checked Query): request.query_dsl."""
        return query_dsl(query, self.abbreviations)

    def search_body(self, query: Query) -> dict[str, Any]:
        return request_body(query, self.abbreviations)

    def search(self, query: Query, budget: Budget | None = None) -> Results:
        """Results of `query`; with a `budget`, Elasticsearch stops searching when the time is
        up (the search `timeout`: each shard answers with what it found; `partial`) and the
        client gives up a little later (the request timeout: no hits, a notice)."""
        check_query(query)
        query, dropped = limit_terms(query)
        body = self.search_body(query)
        client = self.client
        left = budget.remaining() if budget is not None else None
        if left is not None:
            body["timeout"] = f"{max(1, int(left * 1000))}ms"
            client = self.client.options(request_timeout=left + TIMEOUT_SLACK)
        notices = [dropped] if dropped else []
        try:
            resp = client.search(index=self.alias, ignore_unavailable=True, **body)
        except ConnectionTimeout:
            if budget is None:  # the client's own timeout, not the search's budget
                raise
            return Results(total=0, hits=[], partial=True, notices=[*notices, budget.notice()])
        hits = [to_hit(h) for h in resp["hits"]["hits"]]
        total = resp["hits"]["total"]
        aggs = resp.get("aggregations") or {}
        total = int(total["value"] if isinstance(total, dict) else total)
        if query.group:
            total = min(total, int((aggs.get("groups") or {}).get("value", total)))
            self._add_copies(hits, [(h.get("_source") or {}).get("fingerprint") for h in resp["hits"]["hits"]])
        results = Results(total=total, hits=hits, took_ms=float(resp.get("took", 0)),
                          notices=[*parse_query(query.text, self.abbreviations).notices, *notices])
        if resp.get("timed_out") and budget is not None:
            results.partial = True
            results.notices.append(budget.notice())
        results.by_province = facet(aggs.get("by_province"))
        results.by_province_today = facet(aggs.get("by_province_today"))
        results.by_site = facet(aggs.get("by_site"))
        results.by_month = facet(aggs.get("by_month"), key="key_as_string")
        return results

    def _add_copies(self, hits: list[Hit], fingerprints: list[str | None]) -> None:
        """Fill Hit.copies: every other document with the hit's fingerprint, first published first."""
        wanted = sorted({fp for fp in fingerprints if fp and not fp.startswith("id:")})
        if not wanted:
            return
        resp = self.client.search(index=self.alias, ignore_unavailable=True, size=MAX_COPIES,
                                  query={"terms": {"fingerprint": wanted}},
                                  source={"includes": ["id", "url", "site", "published", "fingerprint"]})
        by_fp: dict[str, list[dict[str, Any]]] = {}
        for h in resp["hits"]["hits"]:
            src = h.get("_source") or {}
            by_fp.setdefault(src.get("fingerprint"), []).append(
                {"id": src.get("id") or h["_id"], "url": src.get("url") or "", "site": src.get("site") or "",
                 "published": src.get("published")})
        for hit, fp in zip(hits, fingerprints):
            others = [c for c in by_fp.get(fp or "", []) if c["id"] != hit.id]
            hit.copies = sorted(others, key=lambda c: (c["published"] is None, c["published"] or "", c["id"]))


def _error_type(exc: ApiError) -> str | None:
    body = exc.body if isinstance(exc.body, dict) else {}
    err = body.get("error")
    return err.get("type") if isinstance(err, dict) else None
