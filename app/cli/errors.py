"""One line for each error a person can act on: bad usage, a damaged archive, a data
directory that cannot be written (checked before any work by the commands that write it),
Elasticsearch down, a full disk. Anything unknown stays a traceback (a bug to report)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from .common import data_dir


def fail(message: str, code: int = 2) -> int:
    print(f"lmhtx: error: {message}", file=sys.stderr)
    return code



def check_writable(data: Path) -> None:
    """Before any work: the data directory can be written and its archive opened (otherwise
    the crawl fails deep inside Scrapy, which logs the error as a traceback and goes on)."""
    import errno
    import tempfile

    probe = data
    while not probe.exists() and probe != probe.parent:  # nothing created before a usage error shows
        probe = probe.parent
    try:
        with tempfile.TemporaryFile(dir=probe):
            pass
    except OSError as exc:  # named after the directory, not the probe file
        raise OSError(exc.errno, exc.strerror, str(data)) from None
    for path in sorted(data.glob("*.sqlite3")):
        if not os.access(path, os.W_OK):
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(path))
    if (data / "archive.sqlite3").exists():  # a damaged archive: said here, not in Scrapy's log as a traceback
        from crawler.archive import Archive

        Archive(data).close()


def _not_sqlite(data: Path) -> list[Path]:
    """The database files of the data directory that are not SQLite databases at all."""
    bad = []
    for path in sorted(data.glob("*.sqlite3")):
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError:
            continue
        if head and head != b"SQLite format 3\x00":
            bad.append(path)
    return bad


def runtime_error(args, exc: BaseException) -> str | None:
    """What went wrong and what to do, for the known runtime failures; None: not one of them."""
    import errno
    import sqlite3

    data = data_dir(args)
    writable = "give a writable --data-dir (or LMHTX_DATA)"
    if isinstance(exc, sqlite3.DatabaseError):
        damaged = _not_sqlite(data) if data.is_dir() else []
        if damaged:
            rebuild = {"search.sqlite3": " (`lmhtx reindex` rebuilds it from the archive)",
                       "httpcache.sqlite3": " (only a cache: the next crawl starts a new one)"}
            return "; ".join(f"{path} is damaged ({exc}): move it aside{rebuild.get(path.name, ' and restore it from a backup')}"
                             for path in damaged)
        if "readonly" in str(exc) or "unable to open" in str(exc) or (data.is_dir() and not os.access(data, os.W_OK)):
            return f"cannot write to {data} ({exc}): {writable}"
        return f"database error in {data}: {exc}: check the files there (`sqlite3 FILE 'PRAGMA integrity_check'`)"
    if isinstance(exc, OSError) and exc.errno in (errno.EROFS, errno.EACCES, errno.EPERM):
        where = Path(exc.filename or data)
        inside = where == data or data in where.parents
        return f"cannot write to {where}: {exc.strerror}" + (f": {writable}" if inside else "")
    if isinstance(exc, OSError) and exc.errno == errno.ENOSPC:
        return f"no space left for {exc.filename or data}: free some space (nothing archived so far is lost)"
    if isinstance(exc, OSError) and exc.errno in (errno.EADDRINUSE, errno.EADDRNOTAVAIL):
        return f"cannot listen there: {exc.strerror}: choose another --host/--port"
    try:
        from elastic_transport import TransportError
        from elasticsearch import ApiError
    except ImportError:
        return None
    if isinstance(exc, (TransportError, ApiError)):
        import re

        cause = re.search(r"\[Errno -?\d+\] [^)'\"]*", str(exc))  # the socket's own words, not the chain
        return (f"Elasticsearch at {os.environ.get('ELASTICSEARCH_URL', '')} failed "
                f"({cause.group(0) if cause else str(exc)[:200]}): start it or fix ELASTICSEARCH_URL "
                "(unset, the embedded index is used)")
    return None



def run(args) -> int:
    """Run the parsed command; the known failures become one line and an exit status."""
    from crawler.archive import ArchiveError
    from crawler.registry import RegistryError

    try:
        if getattr(args, "writes_data", False):
            check_writable(data_dir(args))
        return args.func(args)
    except (RegistryError, ValueError) as exc:  # bad usage: a registry, an option
        return fail(str(exc))
    except ArchiveError as exc:  # a corrupt archive: one line saying what to do
        print(f"lmhtx {args.command}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:  # `lmhtx report | head`: the reader has what it wanted
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 141
    except Exception as exc:  # known runtime failures in one line; anything else, a traceback
        message = runtime_error(args, exc)
        if message is None:
            raise
        print(f"lmhtx {args.command}: {message}", file=sys.stderr)
        return 1
