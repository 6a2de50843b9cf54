"""A mail message's plain text in <pre>: its paragraphs as written, without signature or scrubbed parts."""

import lxml.html
import pytest

from crawler.extract import extract
from crawler.families import rules_for
from crawler.mailtext import unwrap_mail_text
from crawler.titles import without_list_tag

MESSAGE = """Kính gửi các HTX thành viên,

Đầu tháng 5, HTX Nghêu Giao Xuân (huyện Giao Thủy) bước vào vụ thu hoạch
nghêu thương phẩm năm 2024, sản lượng ước đạt khoảng 2.000 tấn nghêu.

Ảnh 1: Thành viên HTX thu hoạch nghêu trên bãi triều xã Giao Xuân

Các việc cần làm trong tuần:
- Đăng ký danh sách học viên với Văn phòng Liên minh HTX tỉnh
- Gửi báo cáo quý II trước ngày 15/6

Bài và ảnh: Đoàn Văn Hưng

--\x20
Trần Thị Hoa
Văn phòng Liên minh HTX tỉnh Nam Định
-------------- next part --------------
A non-text attachment was scrubbed...
Name: IMG_0812.jpg
"""


def paragraphs(html: str) -> list[str]:
    tree = lxml.html.fromstring(html)
    unwrap_mail_text(tree)
    return [p.text_content() for p in tree.iter("p", "pre")]


def test_wrapped_paragraphs_are_joined_and_the_signature_dropped():
    assert paragraphs(f"<div><pre>{MESSAGE}</pre></div>") == [
        "Kính gửi các HTX thành viên,",
        "Đầu tháng 5, HTX Nghêu Giao Xuân (huyện Giao Thủy) bước vào vụ thu hoạch nghêu thương phẩm năm 2024,"
        " sản lượng ước đạt khoảng 2.000 tấn nghêu.",
        "Ảnh 1: Thành viên HTX thu hoạch nghêu trên bãi triều xã Giao Xuân",
        "Các việc cần làm trong tuần:",
        "- Đăng ký danh sách học viên với Văn phòng Liên minh HTX tỉnh",
        "- Gửi báo cáo quý II trước ngày 15/6",
        "Bài và ảnh: Đoàn Văn Hưng",
    ]


def test_code_and_short_lines_stay_preformatted():
    code = "def f(x):\n    return {'a': [1, 2, 3], 'b': (x + 1) * 2}  # a long line of code, not prose at all\n"
    assert paragraphs(f"<div><pre>{code}</pre></div>") == [code]
    poem = "Quê hương là chùm khế ngọt\nCho con trèo hái mỗi ngày\n"
    assert paragraphs(f"<div><pre>{poem}</pre></div>") == [poem]


PAGE = """<html><head><title>[Bantin] HTX Hải Minh liên kết sản xuất lúa chất lượng cao</title></head><body>
<h1>{title}</h1><b>Trần Thị Hoa</b> <a href="mailto:x">hoatt tại lienminhhtx.namdinh.gov.vn</a><br>
<i>Tue Feb 20 02:00:41 UTC 2024</i>
<p><ul><li>Next message: <a href="000002.html">[Bantin] Thông báo lớp bồi dưỡng</a></li></ul><hr>
<!--beginarticle-->
<pre>HTX Nông nghiệp Hải Minh (huyện Hải Hậu) vừa ký hợp đồng liên kết với
doanh nghiệp sản xuất 120 ha lúa chất lượng cao trong vụ xuân năm 2024.

Theo hợp đồng, doanh nghiệp cung ứng giống, vật tư đầu vào và bao tiêu
sản phẩm với giá cao hơn thị trường 5 - 7%. HTX tổ chức cho thành viên sản
xuất theo quy trình VietGAP, ghi chép nhật ký đồng ruộng đầy đủ.

--\x20
Trần Thị Hoa
</pre>
<!--endarticle--><hr></body></html>"""


def test_a_list_archives_message_is_read_with_its_date_in_vietnams_time():
    title = "[Bantin] HTX Hải Minh liên kết sản xuất lúa chất lượng cao"
    r = extract(PAGE.format(title=title), "http://127.0.0.1/pipermail/bantin/2024-February/000001.html", rules=rules_for("generic"))
    assert r.is_article, r.reason
    assert r.item["published"] == "2024-02-20T09:00:41+07:00"
    lines = r.item["text"].split("\n")
    # (the archive's "Next message: …" link row still leaks without a profile: open)
    assert lines[lines.index(next(x for x in lines if x.startswith("HTX"))):][:2] == [
        "HTX Nông nghiệp Hải Minh (huyện Hải Hậu) vừa ký hợp đồng liên kết với doanh nghiệp sản xuất"
        " 120 ha lúa chất lượng cao trong vụ xuân năm 2024.",
        "Theo hợp đồng, doanh nghiệp cung ứng giống, vật tư đầu vào và bao tiêu sản phẩm với giá cao hơn"
        " thị trường 5 - 7%. HTX tổ chức cho thành viên sản xuất theo quy trình VietGAP, ghi chép nhật ký"
        " đồng ruộng đầy đủ.",
    ]
    assert "Trần Thị Hoa" not in r.item["text"]


def test_a_reply_is_no_news():
    title = "Re: [Bantin] HTX Hải Minh liên kết sản xuất lúa chất lượng cao"
    r = extract(PAGE.format(title=title).replace("<title>[", "<title>Re: ["),
                "http://127.0.0.1/pipermail/bantin/2024-February/000003.html", rules=rules_for("generic"))
    assert not r.is_article and "reply" in r.reason


def test_tab_separated_rows_are_a_table():
    text = ("Năm 2023, kinh tế tập thể tỉnh tiếp tục phát triển, số HTX hoạt động hiệu quả\n"
            "tăng so với năm trước. Một số chỉ tiêu chính như sau:\n\n"
            "Chỉ tiêu\tĐơn vị\tNăm 2023\nHTX đang hoạt động\tHTX\t412\n\nHết.\n")
    tree = lxml.html.fromstring(f"<div><pre>{text}</pre></div>")
    unwrap_mail_text(tree)
    assert [[td.text for td in tr] for tr in tree.iter("tr")] == [["Chỉ tiêu", "Đơn vị", "Năm 2023"],
                                                                ["HTX đang hoạt động", "HTX", "412"]]
    assert [p.text for p in tree.iter("p")][-1] == "Hết."


@pytest.mark.parametrize("title, url, recurs, expected", [
    # the tag names the list, whose folder the address shows (Pipermail's, Hyperkitty's)
    ("[Bantin] HTX Hải Minh liên kết sản xuất lúa", "http://h/pipermail/bantin/2024-February/000001.html", None,
     "HTX Hải Minh liên kết sản xuất lúa"),
    ("[Bantin] HTX Hải Minh liên kết sản xuất lúa", "http://h/archives/list/bantin@h/message/X/", None,
     "HTX Hải Minh liên kết sản xuất lúa"),
    # ... or opens the titles of several of the site's pages
    ("[Bantin] HTX Hải Minh liên kết sản xuất lúa", "http://h/msg/1.html", lambda tag: tag == "[Bantin]",
     "HTX Hải Minh liên kết sản xuất lúa"),
    # a label of one title's own stays; so does a reply's subject
    ("[Video] HTX Hải Minh liên kết sản xuất lúa", "http://h/tin-tuc/hai-minh.html", lambda tag: False,
     "[Video] HTX Hải Minh liên kết sản xuất lúa"),
    ("Re: [Bantin] HTX Hải Minh liên kết sản xuất lúa", "http://h/pipermail/bantin/2024-May/000006.html", None,
     "Re: [Bantin] HTX Hải Minh liên kết sản xuất lúa"),
])
def test_a_lists_tag_is_no_part_of_the_title(title, url, recurs, expected):
    assert without_list_tag(title, url, recurs) == expected
