"""The Elasticsearch spool: documents a crawl could not send, kept on disk until a later send.

A batch is written as JSON lines to a new file (temporary file, fsync, rename) under
`<LMHTX_DATA>/es-spool/`; `replay_spool` sends the files in order, one replay at a time per
directory (a file lock), moves documents Elasticsearch refuses for good to `rejected/` and
quarantines lines it cannot read there too, so one bad line never blocks the batches after it.
Used by the crawl's Elasticsearch pipeline and by `lmhtx index --replay`.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import time
import uuid
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from filelock import FileLock, Timeout

logger = logging.getLogger(__name__)

SPOOL_DIRNAME = "es-spool"
REJECTED_DIRNAME = "rejected"
_SPOOL_GLOB = "batch-*.jsonl"


def _write_jsonl(directory: Path, prefix: str, rows: Iterable[dict[str, Any]]) -> Path:
    """Write rows as JSON lines to a new file of `directory`, atomically."""
    directory.mkdir(parents=True, exist_ok=True)
    name = f"{prefix}-{time.strftime('%Y%m%dT%H%M%S')}-{time.time_ns() % 10**9:09d}-{uuid.uuid4().hex[:8]}.jsonl"
    final = directory / name
    _replace_jsonl(final, rows)
    return final


def _replace_jsonl(path: Path, rows: Iterable[dict[str, Any]]) -> None:
    """`path` holds exactly `rows` as JSON lines, or is as it was: a temporary file beside it,
    fsync, rename."""
    tmp = path.with_name(f".tmp-{path.name}")
    with open(tmp, "w", encoding="utf-8") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
        f.flush()
        os.fsync(f.fileno())
    os.replace(tmp, path)


def spool_batch(spool_dir: str | Path, documents: list[dict[str, Any]]) -> Path:
    """Keep documents that could not be sent, for a later replay."""
    return _write_jsonl(Path(spool_dir), "batch", documents)


def spool_files(spool_dir: str | Path) -> list[Path]:
    d = Path(spool_dir)
    return sorted(d.glob(_SPOOL_GLOB)) if d.is_dir() else []


def spooled_count(spool_dir: str | Path) -> int:
    """How many documents wait in the spool."""
    total = 0
    for path in spool_files(spool_dir):
        with open(path, encoding="utf-8") as f:
            total += sum(1 for line in f if line.strip())
    return total


def _read_batch(path: Path) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(documents, bad lines) of a spool file. A bad line (not UTF-8 JSON, not an object, no
    id: written by hand, or torn) is {"file", "line", "error", "text"}."""
    docs, bad = [], []
    with open(path, "rb") as f:
        for n, raw in enumerate(f, 1):
            if not raw.strip():
                continue
            try:
                doc = json.loads(raw.decode("utf-8"))
                if not isinstance(doc, dict):
                    raise ValueError("not a JSON object")
                if not doc.get("id") or not isinstance(doc["id"], str):
                    raise ValueError("no document id")
            except ValueError as exc:  # UnicodeDecodeError and JSONDecodeError too
                bad.append({"file": path.name, "line": n, "error": str(exc)[:200],
                            "text": raw.decode("utf-8", "replace").rstrip("\n")})
                continue
            docs.append(doc)
    return docs, bad


def _quarantine(spool_dir: Path, path: Path, docs: list[dict[str, Any]], bad: list[dict[str, Any]]) -> None:
    """Set a spool file's bad lines aside in rejected/ and rewrite the file with its good ones
    (in place: the replay order stays). The bad lines are kept before the file changes."""
    kept = _write_jsonl(spool_dir / REJECTED_DIRNAME, "quarantined", bad)
    _replace_jsonl(path, docs)
    logger.error("Elasticsearch spool file %s: %d unreadable line(s) quarantined to %s (line %d: %s)",
                 path.name, len(bad), kept, bad[0]["line"], bad[0]["error"])


@contextlib.contextmanager
def _spool_lock(spool_dir: Path):
    """Yields True if this process may replay the spool now: one replay at a time per spool
    directory (the crawl and `lmhtx index --replay`)."""
    spool_dir.mkdir(parents=True, exist_ok=True)
    lock = FileLock(spool_dir / ".replay.lock", timeout=0)
    try:
        lock.acquire()
    except Timeout:
        yield False
        return
    try:
        yield True
    finally:
        lock.release()


def reject(spool_dir: Path, documents: list[dict[str, Any]], reasons: dict[str, str]) -> Path:
    rows = [{"error": reasons.get(str(d.get("id")), ""), "document": d} for d in documents]
    path = _write_jsonl(spool_dir / REJECTED_DIRNAME, "rejected", rows)
    logger.error("Elasticsearch refused %d document(s), kept in %s: %s", len(documents), path,
                 "; ".join(f"{i}: {r}" for i, r in list(reasons.items())[:5]))
    return path


def replay_spool(index, spool_dir: str | Path, *, on_rejected: Callable[[int], None] | None = None,
                 on_quarantined: Callable[[int], None] | None = None) -> tuple[int, int]:
    """Send the spooled documents to `index` (an ElasticIndex), oldest file first; each file is
    deleted once all its documents are indexed. Returns (sent, left): documents indexed, and
    documents still waiting (Elasticsearch failed again, or another replay holds the spool).
    Documents refused for good move to es-spool/rejected/ (on_rejected(n)), and so do unreadable
    lines and files (on_quarantined(n)); they count in neither."""
    from search.elastic import IndexingError

    spool_dir = Path(spool_dir)
    sent = 0
    with _spool_lock(spool_dir) as mine:
        if not mine:
            return 0, spooled_count(spool_dir)
        files = spool_files(spool_dir)
        for i, path in enumerate(files):
            try:
                docs, bad = _read_batch(path)
            except OSError as exc:  # unreadable as a whole: set aside, never block the rest
                (spool_dir / REJECTED_DIRNAME).mkdir(parents=True, exist_ok=True)
                os.replace(path, spool_dir / REJECTED_DIRNAME / f"unreadable-{path.name}")
                logger.error("Elasticsearch spool file %s is unreadable (%s): moved to %s/", path.name, exc,
                             REJECTED_DIRNAME)
                if on_quarantined:
                    on_quarantined(1)
                continue
            if bad:
                _quarantine(spool_dir, path, docs, bad)
                if on_quarantined:
                    on_quarantined(len(bad))
            try:
                sent += index.index(docs)
            except IndexingError as exc:
                sent += exc.indexed
                retry = [d for d in docs if str(d.get("id")) in exc.retryable]
                refused = [d for d in docs if str(d.get("id")) in exc.failed and str(d.get("id")) not in exc.retryable]
                if refused:
                    reject(spool_dir, refused, exc.failed)
                    if on_rejected:
                        on_rejected(len(refused))
                if retry:
                    spool_batch(spool_dir, retry)
                path.unlink()
                if retry:  # Elasticsearch is struggling: stop here, keep the rest for later
                    return sent, spooled_count(spool_dir)
                continue
            except Exception as exc:  # down, timing out, refusing requests: keep everything left
                logger.warning("Replaying the Elasticsearch spool stopped at %s: %s", path.name, exc)
                return sent, spooled_count(spool_dir)
            path.unlink()
    return sent, spooled_count(spool_dir)


# --- the pipeline ------------------------------------------------------------------------
