"""Raw responses of article pages in WARC files (one gzip member per record, so a file cut
short by a killed crawl stays readable up to its last whole record)."""

from __future__ import annotations

import io
import os
import secrets
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from warcio.archiveiterator import ArchiveIterator
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from .dates import TZ


@dataclass
class RawResponse:
    url: str
    status: int
    content_type: str | None
    body: bytes
    headers: dict[str, str]


class WarcFile:
    """Appends response records to data/warc/<name>.warc.gz; `write` returns the offset.

    The default name is the start time, the process id and a random part: two crawls started
    in the same second (parallel `lmhtx crawl`s) must never append to one file, or an
    article's recorded offset would point into another run's records."""

    def __init__(self, data_dir: Path, name: str | None = None):
        name = name or f"{datetime.now(TZ).strftime('%Y%m%dT%H%M%S')}-{os.getpid()}-{secrets.token_hex(3)}"
        self.relative = Path("warc") / f"{name}.warc.gz"
        self.path = Path(data_dir) / self.relative
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.fh = open(self.path, "ab")
        self.writer = WARCWriter(self.fh, gzip=True)

    def write(self, url: str, status: int, headers: list[tuple[str, str]], body: bytes) -> int:
        offset = self.fh.tell()
        http_headers = StatusAndHeaders(f"{status} OK", headers, protocol="HTTP/1.1")
        record = self.writer.create_warc_record(url, "response", payload=io.BytesIO(body),
                                                http_headers=http_headers)
        self.writer.write_record(record)
        record.raw_stream.close()  # warcio buffers the payload in a temporary file
        self.fh.flush()
        return offset

    def close(self) -> None:
        self.fh.close()


def _record(record) -> RawResponse:
    headers = dict(record.http_headers.headers) if record.http_headers else {}
    status = int(record.http_headers.get_statuscode() or 0) if record.http_headers else 0
    return RawResponse(record.rec_headers.get_header("WARC-Target-URI"), status,
                       headers.get("Content-Type"), record.content_stream().read(), headers)


def read_response(path: Path, offset: int) -> RawResponse | None:
    with open(path, "rb") as fh:
        fh.seek(offset)
        for record in ArchiveIterator(fh):
            if record.rec_type == "response":
                return _record(record)
            return None
    return None


def iter_responses(path: Path):
    with open(path, "rb") as fh:
        it = ArchiveIterator(fh)
        for record in it:
            if record.rec_type == "response":
                raw = _record(record)  # read the content before asking for the offset
                yield it.get_record_offset(), raw
