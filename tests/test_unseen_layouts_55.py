"""Generic extraction on layouts the held-out sets 55a-d showed, and the review notes of set 54 mended:
each page or line list built to show one rule, read as a portal never seen would be (no family, no
selectors)."""

from lxml import etree

from crawler.body import _drop_nested_copies
from crawler.cleanup import clean_lines

TEXT = "Các HTX gửi hồ sơ đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/5/2024."


def test_two_files_lines_inside_the_text_are_both_kept():
    lines = [TEXT, "Tải về: TB-18-LMHTX.pdf", "Tải về: Mau-dang-ky.docx", "KT. CHỦ TỊCH", "Trần Văn Hiếu"]
    assert clean_lines(lines) == lines
    assert clean_lines(lines[:3]) == [TEXT]  # closing the text: the attachments' labels


def test_a_nested_copy_goes_its_tail_stays():
    body = etree.fromstring(f"<body><p>{TEXT}</p><p>Ngày 3/11 <p>{TEXT}</p> lời kết của đoạn</p></body>")
    _drop_nested_copies(body)
    assert etree.tostring(body, encoding="unicode") == \
        f"<body><p>{TEXT}</p><p>Ngày 3/11  lời kết của đoạn</p></body>"
