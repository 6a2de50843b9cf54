"""Export of a whole result set, for staff to work on in a spreadsheet.

    GET /export.csv?<the search page's parameters>    UTF-8 with BOM (Excel reads Vietnamese right)
    GET /export.xlsx?<the search page's parameters>   Excel, through XlsxWriter

Every result of the search is written, not the page shown: the backend is paged through
with its largest page size up to its result window (search.paging); when the search
matched more, the file's last line says so, as the search page does beside the links.

Crawled text is untrusted here too: a cell that begins like a formula (=, +, -, @, a tab or
a carriage return, and their full-width forms) is written as text: in the CSV behind a
leading apostrophe (what Excel and LibreOffice show as "text"), in the workbook as a string
cell with Excel's quote prefix, so it stays text even when edited. XlsxWriter writes in
constant-memory mode (rows go to a temporary file as they come) and the backend is read one
page at a time, so an export holds at most one page of hits and the finished file.

An export of a common word is up to 100 searches (measured on 30,000 articles, 2 busy cores:
6 s for everything by date, 35-90 s for 10,000 matches of "hợp tác xã", mostly the backend's
snippets): EXPORTS_AT_ONCE run together, a further one is told to try again shortly rather
than queue behind them.
"""

from __future__ import annotations

import csv
import io
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from functools import lru_cache
from typing import Any

import xlsxwriter

from app.monitoring.saved import describe, query_fields
from app.web.feeds import clean
from app.web.render import http_url, province_name, vn_date, vn_number
from crawler.dates import TZ
from crawler.registry import load_sites
from search.base import MAX_PAGE_SIZE, MAX_RESULT_WINDOW, Hit, Query, Results
from search.paging import Walk, walk

HEADER = ("Tiêu đề", "Cổng thông tin", "Tỉnh/thành khi đăng", "Tỉnh/thành hiện nay", "Ngày đăng",
          "Số hiệu văn bản", "Địa chỉ bài gốc", "Bản lưu")
WIDTHS = (60, 32, 20, 20, 12, 18, 50, 50)
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")
XLSX_MAX_URL = 2079  # Excel's longest hyperlink; longer addresses are written as text
EXPORTS_AT_ONCE = 1  # the machine has 2 cores; searches of other staff keep the other
_SLOTS = threading.BoundedSemaphore(EXPORTS_AT_ONCE)
BUSY = "Máy chủ đang xuất một tệp khác; vui lòng thử lại sau ít phút. (Another export is running; try again shortly.)"
CONTENT_TYPES = {"csv": "text/csv; charset=utf-8",
                 "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"}


@dataclass
class Row:
    title: str
    portal: str
    province: str
    province_today: str
    published: date | None
    doc_number: str
    url: str
    archived: str

    def texts(self) -> list[str]:
        day = f"{self.published:%d/%m/%Y}" if self.published else ""
        return [self.title, self.portal, self.province, self.province_today, day, self.doc_number, self.url,
                self.archived]


@lru_cache(maxsize=1)
def _registry_names() -> dict[str, str]:
    return {s.id: s.name for s in load_sites()}


def portal_names(sites: Iterable[Any] | None = None) -> dict[str, str]:
    """Site id -> the portal's name, from the registry (the bundled one by default)."""
    return _registry_names() if sites is None else {s.id: s.name for s in sites}


def _text(value: Any) -> str:
    """Crawled text for one cell: NFC, what XML can carry, on one line."""
    return " ".join(clean(value).split())


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published and vn_date(published) else None
    except ValueError:
        return None


def to_row(hit: Hit, *, names: dict[str, str], base_url: str, with_archive: bool) -> Row:
    return Row(title=_text(hit.title) or "(không có tiêu đề)", portal=_text(names.get(hit.site, hit.site)),
               province=province_name(hit.province), province_today=province_name(hit.province_today),
               published=_day(hit.published), doc_number=_text(hit.doc_number), url=_text(hit.url),
               archived=f"{base_url}/archive/{hit.id}" if with_archive else "")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_START)


def cut_notice(found: Walk) -> str:
    return (f"Chỉ xuất {vn_number(found.limit)} kết quả đầu tiên trong {vn_number(found.total)} kết quả tìm thấy; "
            "hãy thu hẹp tìm kiếm (từ khóa, tỉnh/thành, khoảng ngày) để xuất phần còn lại.")


class Busy(Exception):
    """EXPORTS_AT_ONCE exports are running already."""


@contextmanager
def slot() -> Iterator[None]:
    """One of the EXPORTS_AT_ONCE places, or Busy at once (never a queue)."""
    if not _SLOTS.acquire(blocking=False):
        raise Busy(BUSY)
    try:
        yield
    finally:
        _SLOTS.release()


# --- the files -----------------------------------------------------------------------------------


def csv_bytes(rows: Iterator[Row], notice: Callable[[], str | None]) -> bytes:
    """The CSV: a header line, one line per row, and `notice()` (when it says something)."""
    out = io.StringIO()
    out.write("\ufeff")
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for row in rows:
        writer.writerow(["'" + t if looks_like_formula(t) else t for t in row.texts()])
    last = notice()
    if last:
        writer.writerow([])
        writer.writerow([last])
    return out.getvalue().encode("utf-8")


def xlsx_bytes(rows: Iterator[Row], notice: Callable[[], str | None], info: list[tuple[str, str]]) -> bytes:
    """The workbook: sheet "Kết quả" (a header, one line per row, the notice) and sheet
    "Thông tin" (what was searched, when, how many)."""
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"constant_memory": True, "strings_to_formulas": False,
                                     "strings_to_numbers": False, "strings_to_urls": False})
    bold = book.add_format({"bold": True})
    quoted = book.add_format({"quote_prefix": True})
    day = book.add_format({"num_format": "dd/mm/yyyy"})
    sheet = book.add_worksheet("Kết quả")
    for col, (title, width) in enumerate(zip(HEADER, WIDTHS)):
        sheet.set_column(col, col, width)
        sheet.write_string(0, col, title, bold)
    sheet.freeze_panes(1, 0)
    line = 0
    for line, row in enumerate(rows, start=1):
        for col, value in enumerate(row.texts()):
            if col == 4 and row.published:
                sheet.write_datetime(line, col, datetime(row.published.year, row.published.month, row.published.day),
                                     day)
            elif col in (6, 7) and http_url(value) and len(value) <= XLSX_MAX_URL:
                sheet.write_url(line, col, value, string=value)
            elif value:
                sheet.write_string(line, col, value, quoted if looks_like_formula(value) else None)
    last = notice()
    if last:
        sheet.write_string(line + 2, 0, last, bold)
    about = book.add_worksheet("Thông tin")
    about.set_column(0, 0, 22)
    about.set_column(1, 1, 90)
    for r, (label, value) in enumerate(info):
        about.write_string(r, 0, label, bold)
        about.write_string(r, 1, value, quoted if looks_like_formula(value) else None)
    book.close()
    return out.getvalue()


def filename(kind: str, now: datetime) -> str:
    return f"lmhtx-ket-qua-{now:%Y-%m-%d-%H%M}.{kind}"


def export(kind: str, search: Callable[[Query], Results], query: Query, *, base_url: str, with_archive: bool,
           names: dict[str, str], now: datetime | None = None, page_size: int = MAX_PAGE_SIZE,
           limit: int = MAX_RESULT_WINDOW) -> tuple[list[tuple[str, str]], bytes]:
    """(headers, body) of the export of `query`'s results as `kind` ("csv" or "xlsx"), at
    most `limit` rows. `search` raises what the search page shows for a query it cannot run."""
    now = now or datetime.now(TZ)
    found = walk(search, replace(query, highlight=False), page_size=page_size, limit=limit)
    rows = (to_row(hit, names=names, base_url=base_url, with_archive=with_archive) for hit in found.hits)

    def notice() -> str | None:
        return cut_notice(found) if found.cut else None

    if kind == "csv":
        body = csv_bytes(rows, notice)
    else:
        fields = query_fields(query)
        info = [("Tìm kiếm", describe(fields)), ("Xuất lúc", f"{now:%d/%m/%Y %H:%M}"),
                ("Số kết quả", vn_number(found.total)), ("Số dòng đã xuất", vn_number(min(found.total, found.limit)))]
        if found.cut:
            info.append(("Lưu ý", cut_notice(found)))
        body = xlsx_bytes(rows, notice, info)
    headers = [("Content-Type", CONTENT_TYPES[kind]),
               ("Content-Disposition", f'attachment; filename="{filename(kind, now)}"'),
               ("Cache-Control", "no-store")]
    return headers, body
