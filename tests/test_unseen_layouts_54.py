"""Generic extraction on layouts the held-out sets 54a-d showed, and the open items of set 53 mended in
general form: each page built to show one rule, read as a portal never seen would be (no family, no
selectors)."""

from datetime import datetime

from crawler.cleanup import clean_lines
from crawler.dates import TZ
from crawler.extract import extract
from crawler.families import rules_for

GENERIC = rules_for("generic")
TITLE = "Thông báo về việc đăng ký tham gia Hội chợ sản phẩm HTX tỉnh năm 2024"
LONG = "".join(f"<p>Đoạn {i}: Liên minh HTX tỉnh phối hợp với các sở, ngành tổ chức tập huấn nâng cao năng lực quản trị "
               f"cho cán bộ quản lý hợp tác xã nông nghiệp trên địa bàn tỉnh trong năm 2024.</p>" for i in range(1, 5))
FETCHED = datetime(2026, 12, 7, 9, 0, tzinfo=TZ)


def page(body: str, title: str = TITLE, head: str = "") -> str:
    return f"<html><head><title>{title}</title>{head}</head><body>{body}</body></html>"


def read(html: str, url: str = "http://htx.example.vn/posts/thong-bao-18-tb-lmhtx", **kw):
    return extract(html, url, rules=GENERIC, fetched_at=FETCHED, **kw)


def test_a_files_line_inside_the_text_is_the_texts_at_its_end_the_attachments():
    notice = ["Các HTX gửi hồ sơ đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/5/2024.",
              "Tải về: TB-18-LMHTX.pdf", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Văn Hiếu"]
    assert clean_lines(notice) == notice  # the signer under it: the writer set it in the text
    assert clean_lines(notice[:2]) == notice[:1]  # last: the attachment's label
    assert clean_lines([notice[0], "Tệp đính kèm: KH-12-LMHTX.docx", "Tin liên quan", "Một bài khác"]) == notice[:1]
    # (a label over the files, the name on a line of its own, is no such line)
    assert clean_lines([notice[0], "Tệp đính kèm:", "TB-18-LMHTX.pdf", *notice[2:]]) == [notice[0], *notice[2:]]
    html = page(f'<div class="post"><h1>{TITLE}</h1>{LONG}<p>Tải về: <a href="/content/tb-18.pdf">TB-18-LMHTX.pdf</a></p>'
                '<p>KT. CHỦ TỊCH</p><p>PHÓ CHỦ TỊCH</p><p>Trần Văn Hiếu</p></div>')
    item = read(html).item
    assert "Tải về: TB-18-LMHTX.pdf\nKT. CHỦ TỊCH" in item["text"]
    assert [a["url"] for a in item["attachments"]] == ["http://htx.example.vn/content/tb-18.pdf"]
    last = html.replace("<p>KT. CHỦ TỊCH</p><p>PHÓ CHỦ TỊCH</p><p>Trần Văn Hiếu</p>", "")
    assert "Tải về" not in read(last).item["text"]
