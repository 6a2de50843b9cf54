"""Site `lmhtx-caobang` (registry family `generic`): the Cao Bằng cooperative alliance's portal, a classic
ASP site of about 2010 (a frameset at the root, table layouts, `<font face="Arial">`) still running in
2024, built blind as a held-out test: no family module, no selectors.

Why it is hard: the root `/` is a `<frameset>`: a banner frame `top.asp` and the main frame
`default.asp` (its `<noframes>` carries one link to default.asp). Every other page is
`/default.asp` with a query: `?module=news&cat=5` (listing, `&page=2`), `?module=news&act=detail&id=1234&cat=5`
(article), `?module=news&act=print&id=1234` (printer-friendly twin, no canonical), `?module=vanban…`
(document register). The same article is linked as `…&act=detail&id=1234&cat=5` from listings, as
`…&act=detail&id=1234` (no cat) from the home page and "Các tin khác", and with a cookieless session id
`&sid=…` from the marquee of headlines: all the same page, and no rel=canonical anywhere. The article
is a nest of layout tables: the title a `<font size="3"><b>`, "Cập nhật ngày: 05/03/2024" in a small
grey `<i>` (no time), the lead bold, the text in `<p align="justify">` inside `<font face="Arial">`,
captions in small tables under the photos, the byline a right-aligned bold `<p>`. The template (menus,
labels, footer) was saved by an old editor with every Vietnamese letter as a numeric character
reference (`C&#7853;p nh&#7853;t ng&#224;y:`), the database content in plain UTF-8, except one
migrated article whose text is all references too. One article has no "Cập nhật ngày" line at all: its
text says "Ngày 12/3" and only the listings give "(12/03/2024)". The "Văn bản mới" box links register
records (`module=vanban&act=detail`: a table of fields and a file): not articles.
"""

from __future__ import annotations

import re
from datetime import datetime

from .core import TODAY_2024, Article, SiteBuild, attr, esc, image_for, inline_html, iso, pdf, weekday

SITE = "lmhtx-caobang"
NAME = "Liên minh Hợp tác xã tỉnh Cao Bằng"
HTML = "text/html; charset=utf-8"
D = "/default.asp"
CATS = {5: "TIN HOẠT ĐỘNG", 7: "MÔ HÌNH HTX ĐIỂN HÌNH", 9: "VĂN BẢN - CHỈ ĐẠO"}
PER = 4
SIDS = {"home": "KQBHJNCDFOLPEGMA", "list": "PLCBHGKDMAEONJFQ", "detail": "HDNMGFLKCQPBEJAO",
        "other": "AJEGOFQBMKLHCNPD"}
ADMIN = "/admin/login.asp"
# A 1x1 GIF: every bullet, icon and logo of the template.
GIF = bytes.fromhex("47494638396101000100800000000000ffffff21f90401000000002c00000000010001000002024401003b")

TODAY = f"{weekday(TODAY_2024)}, ngày {TODAY_2024:%d/%m/%Y}"
MARQUEE = "Tin mới:"
SLOGANS = ["NHIỆT LIỆT CHÀO MỪNG KỶ NIỆM 78 NĂM NGÀY HỢP TÁC XÃ VIỆT NAM 11/4",
           "Hợp tác xã - Con đường thoát nghèo bền vững của đồng bào các dân tộc"]
LEFT = ["DANH MỤC", "LIÊN KẾT WEBSITE", "-- Chọn liên kết --", "THỐNG KÊ TRUY CẬP", "Đang online: 7",
        "Số lượt truy cập: 0874512"]
RIGHT = ["VĂN BẢN MỚI", "THĂM DÒ Ý KIẾN", "THỜI TIẾT CAO BẰNG", "Trời nhiều mây, sáng sớm có sương mù",
         "Độ ẩm: 84%", "HỖ TRỢ TRỰC TUYẾN", "Hỗ trợ kỹ thuật", "Tư vấn thành lập HTX", "TỪ KHÓA TÌM KIẾM"]
POLL_Q = "Bạn thấy thông tin trên website như thế nào?"
POLL_A = ("Đầy đủ, kịp thời", "Bình thường", "Cần cập nhật thường xuyên hơn")
FOOTER = ["Bản quyền © 2010 thuộc Liên minh Hợp tác xã tỉnh Cao Bằng",
          "Địa chỉ: Số 017 Hoàng Đình Giong, phường Hợp Giang, thành phố Cao Bằng, tỉnh Cao Bằng",
          "Điện thoại: 0206.3852.419 - Fax: 0206.3852.420 - Email: lmhtx@caobang.gov.vn",
          "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Cao Bằng cấp ngày 20/5/2010",
          "Ghi rõ nguồn \"Liên minh HTX tỉnh Cao Bằng\" khi phát hành lại thông tin từ Website này",
          "Website được xem tốt nhất ở độ phân giải 1024x768 với trình duyệt IE 6.0 trở lên"]
LABELS = ["Cập nhật ngày:", "In bài này", "Quay lại", "Lên đầu trang", "Các tin khác:", "File đính kèm:",
          "Trang chủ", "Quản trị"]
BOILERPLATE = [TODAY, MARQUEE, *SLOGANS, *LEFT, *RIGHT, POLL_Q, *POLL_A, *FOOTER, *LABELS]


def ncr(text: str) -> str:
    """What the site's old editor saved: every non-ASCII letter as a decimal character reference."""
    return "".join(c if ord(c) < 128 else f"&#{ord(c)};" for c in text)


def detail_path(aid: int, cat: int | None = None, sid: str | None = None) -> str:
    return (f"{D}?module=news&act=detail&id={aid}" + (f"&cat={cat}" if cat else "")
            + (f"&sid={sid}" if sid else ""))


def print_path(aid: int) -> str:
    return f"{D}?module=news&act=print&id={aid}"


def cat_path(cat: int, page: int = 1) -> str:
    return f"{D}?module=news&cat={cat}" + (f"&page={page}" if page > 1 else "")


def dated(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element",
                evidence=["date-element", "listing"])


def A(aid: int, cat: int, **kw) -> Article:
    a = Article(path=detail_path(aid, cat), **kw)
    a.opts.update({"id": aid, "cat": cat})
    return a


def articles() -> list[Article]:
    return [
        A(1287, 5, title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2024",
          date=datetime(2024, 7, 5),
          lead="Ngày 04/7, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.",
          body="""
Trong 6 tháng đầu năm, toàn tỉnh thành lập mới 21 HTX, nâng tổng số HTX lên 412 HTX với hơn 6.800 thành viên; có 9 sản phẩm của HTX được công nhận đạt chuẩn OCOP.
Liên minh HTX tỉnh đã tổ chức 6 lớp tập huấn cho 320 lượt cán bộ quản lý HTX, tư vấn thành lập mới 14 HTX và giải ngân 3,2 tỷ đồng từ Quỹ hỗ trợ phát triển HTX.
[img so-ket-6-thang.jpg] Quang cảnh hội nghị sơ kết
Hội nghị thống nhất các nhiệm vụ trọng tâm 6 tháng cuối năm:
- Tuyên truyền, hướng dẫn các HTX thực hiện Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024;
- Hỗ trợ các HTX tham gia Hội chợ sản phẩm OCOP tỉnh Cao Bằng năm 2024;
- Rà soát, đề xuất giải thể các HTX ngừng hoạt động nhiều năm.
""",
          byline="Nông Thị Hà", author="Nông Thị Hà", **dated(datetime(2024, 7, 5)),
          notes=["'Cập nhật ngày: 05/07/2024' (no time: midnight) in a small grey <i> under the <font size=3><b> "
                 "title, the label written as character references (C&#7853;p nh&#7853;t ng&#224;y:); '- ' "
                 "paragraphs keep their dash; the body names 01/7/2024 (the law's effective date)"]),
        A(1281, 7, title="HTX miến dong Phja Đén nâng cao chất lượng sản phẩm",
          date=datetime(2024, 6, 20),
          lead="HTX Nông nghiệp Phja Đén (huyện Nguyên Bình) đầu tư dây chuyền sản xuất miến dong khép kín, nâng công suất lên 150 tấn miến mỗi năm.",
          body="""
HTX có 18 thành viên, liên kết với hơn 200 hộ đồng bào Dao, Tày trồng khoảng 60 ha dong riềng làm nguyên liệu.
[img mien-dong-1.jpg] Phơi miến dong tại cơ sở sản xuất của HTX
Nhờ đầu tư hệ thống lọc tinh bột và sấy bằng nhiệt, miến của HTX dai, không dùng chất tẩy trắng; sản phẩm đã đạt chứng nhận OCOP 3 sao.
Ông Triệu Văn Phin, Giám đốc HTX cho biết, giá miến dong bán tại cơ sở từ 80.000 đến 90.000 đồng/kg, mỗi năm HTX tạo việc làm thường xuyên cho 25 lao động địa phương.
[img mien-dong-2.jpg] Sản phẩm miến dong Phja Đén được đóng gói, dán tem truy xuất nguồn gốc
""",
          byline="Bài, ảnh: Hoàng Văn Thái", author="Hoàng Văn Thái", **dated(datetime(2024, 6, 20)),
          notes=["byline 'Bài, ảnh: Hoàng Văn Thái' (right-aligned bold, last): part of the text, author "
                 "Hoàng Văn Thái; two photos with captions in small centred tables"]),
        A(1276, 7, title="HTX Nông nghiệp Cốc Pàng nuôi lợn đen theo hướng hữu cơ",
          date=datetime(2024, 6, 5),
          lead="Từ giống lợn đen bản địa, HTX Nông nghiệp Cốc Pàng (huyện Bảo Lạc) đã xây dựng chuỗi chăn nuôi, chế biến thịt lợn theo hướng hữu cơ, mang lại thu nhập ổn định cho thành viên.",
          body="""
HTX có 12 thành viên, nuôi thường xuyên khoảng 400 con lợn đen bằng thức ăn từ ngô, cám gạo và rau rừng, không sử dụng thức ăn công nghiệp.
Ngoài bán lợn hơi, HTX chế biến lạp sườn, thịt lợn hun khói, tiêu thụ tại thành phố Cao Bằng và qua các trang bán hàng trực tuyến.
[img lon-den.jpg] Đàn lợn đen của HTX Nông nghiệp Cốc Pàng
Năm 2023, doanh thu của HTX đạt 2,6 tỷ đồng; HTX dự kiến mở rộng liên kết với 30 hộ chăn nuôi trong xã.
Nguồn: Báo Cao Bằng
""",
          author=None, **dated(datetime(2024, 6, 5)),
          notes=["last line 'Nguồn: Báo Cao Bằng' right-aligned bold like a byline: part of the text, a source, "
                 "author null"]),
        A(1269, 5, title="HTX Du lịch cộng đồng Khuổi Ky đón khách dịp nghỉ lễ 30/4 - 1/5",
          date=datetime(2024, 5, 15),
          lead="Trong 5 ngày nghỉ lễ 30/4 - 1/5, HTX Du lịch cộng đồng Khuổi Ky (huyện Trùng Khánh) đón hơn 3.500 lượt khách tham quan, lưu trú tại làng đá cổ.",
          body="""
HTX có 20 hộ thành viên là đồng bào Tày, mỗi hộ cải tạo ngôi nhà sàn đá truyền thống thành điểm lưu trú homestay, phục vụ khách ăn nghỉ và trải nghiệm văn hóa.
[img khuoi-ky.jpg] Du khách tham quan nhà sàn đá tại làng Khuổi Ky
Ngoài dịch vụ lưu trú, HTX còn bán các sản phẩm địa phương như hạt dẻ, bánh khảo, miến dong, giúp thành viên có thêm thu nhập.
Doanh thu của HTX trong dịp nghỉ lễ đạt khoảng 600 triệu đồng, tăng 30% so với cùng kỳ năm trước.
""",
          byline="Đàm Thu", author="Đàm Thu", **dated(datetime(2024, 5, 15))),
        A(1258, 9, title="Kế hoạch tuyên truyền, phổ biến Luật Hợp tác xã năm 2023",
          date=datetime(2024, 4, 10),
          body="""
LIÊN MINH HTX TỈNH CAO BẰNG
Số: 21/KH-LMHTX
Cao Bằng, ngày 08 tháng 4 năm 2024
KẾ HOẠCH
Tuyên truyền, phổ biến Luật Hợp tác xã năm 2023
Thực hiện Kế hoạch số 1023/KH-UBND ngày 28/3/2024 của Ủy ban nhân dân tỉnh về triển khai thi hành Luật Hợp tác xã năm 2023, Liên minh HTX tỉnh xây dựng kế hoạch tuyên truyền như sau:
I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, thành viên HTX và người dân về những nội dung mới của Luật Hợp tác xã năm 2023, có hiệu lực thi hành từ ngày 01/7/2024.
II. NỘI DUNG VÀ HÌNH THỨC
- Tổ chức 10 hội nghị phổ biến Luật tại các huyện, thành phố;
- Biên soạn, phát hành 2.000 tờ gấp tuyên truyền bằng tiếng Việt, tiếng Tày và tiếng Nùng;
- Đăng tải tin, bài trên Trang thông tin điện tử của Liên minh HTX tỉnh.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp với các phòng chuyên môn triển khai thực hiện; báo cáo kết quả trước ngày 15/12/2024.
Nơi nhận: UBND tỉnh; Liên minh HTX Việt Nam; các HTX; Lưu VT.
CHỦ TỊCH Lục Văn Quân
""",
          author=None, doc_number="21/KH-LMHTX",
          attachments=[{"path": "/upload/vanban/2024/21-KH-LMHTX.pdf", "text": "21-KH-LMHTX.pdf"}],
          **dated(datetime(2024, 4, 10)), opts={"doc": True, "vanban": 77},
          notes=["official plan in the news module: 'Số: 21/KH-LMHTX', place-date line 'Cao Bằng, ngày 08 tháng 4 "
                 "năm 2024', posted 'Cập nhật ngày: 10/04/2024'; signer last, author null; the PDF under 'File "
                 "đính kèm:'; the same plan is record 77 of the document register (not an article)"]),
        A(1246, 5, title="Tập huấn nghiệp vụ cho cán bộ quản lý HTX huyện Hà Quảng",
          date=datetime(2024, 3, 12),
          lead="Ngày 12/3, Liên minh HTX tỉnh phối hợp với UBND huyện Hà Quảng tổ chức lớp tập huấn nghiệp vụ quản lý, kế toán cho 65 cán bộ quản lý, kế toán các HTX trên địa bàn huyện.",
          body="""
Tại lớp tập huấn, học viên được trang bị kiến thức về xây dựng phương án sản xuất kinh doanh, chế độ kế toán áp dụng cho HTX và các chính sách hỗ trợ của Nhà nước đối với khu vực kinh tế tập thể.
[img tap-huan-ha-quang.jpg] Quang cảnh lớp tập huấn
Đây là lớp thứ hai trong tổng số 6 lớp tập huấn Liên minh HTX tỉnh tổ chức trong năm 2024 bằng nguồn kinh phí hỗ trợ của Trung ương.
""",
          byline="Bế Thị Lan", author="Bế Thị Lan",
          published=iso(datetime(2024, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"no_date": True},
          notes=["no 'Cập nhật ngày' line on the page (the record predates the field): the lead says 'Ngày 12/3' "
                 "(no year); the category listing and the 'Các tin khác:' boxes print '(12/03/2024)' -> published "
                 "from the listing, midnight"]),
        A(1241, 5, title="Hạt dẻ Trùng Khánh của HTX Đình Phong đạt OCOP 4 sao",
          date=datetime(2024, 3, 5),
          lead="Sản phẩm hạt dẻ Trùng Khánh của HTX Nông nghiệp Đình Phong (huyện Trùng Khánh) vừa được UBND tỉnh công nhận đạt chuẩn OCOP 4 sao.",
          body="""
HTX có 46 thành viên, quản lý vùng trồng dẻ hơn 120 ha, trong đó 35 ha được chứng nhận VietGAP. Hạt dẻ được thu hoạch từ tháng 8 đến tháng 10, phân loại, sấy và đóng gói tại cơ sở của HTX.
[img hat-de.jpg] Hạt dẻ Trùng Khánh được HTX phân loại trước khi đóng gói
Để đạt chuẩn 4 sao, HTX đã hoàn thiện hồ sơ truy xuất nguồn gốc, thiết kế lại bao bì và đăng ký nhãn hiệu cho sản phẩm.
Năm 2023, HTX tiêu thụ hơn 80 tấn hạt dẻ, doanh thu đạt trên 5 tỷ đồng.
""",
          byline="Hoàng Thúy", author="Hoàng Thúy", **dated(datetime(2024, 3, 5))),
        A(1230, 5, title="Liên minh HTX tỉnh hỗ trợ các HTX bị thiệt hại do rét đậm, rét hại",
          date=datetime(2024, 2, 2),
          lead="Ngày 01/02, Liên minh HTX tỉnh trao hỗ trợ 120 triệu đồng cho 8 HTX chăn nuôi, trồng trọt bị thiệt hại do đợt rét đậm, rét hại cuối tháng 1.",
          body="""
Đợt rét kéo dài hơn 10 ngày với nhiệt độ có nơi xuống dưới 0 độ C, băng giá xuất hiện ở các huyện Bảo Lạc, Nguyên Bình, Hà Quảng làm chết hơn 60 con trâu, bò và gây hư hại nhiều diện tích rau màu của các HTX.
Cùng với tiền mặt, Liên minh HTX tỉnh hỗ trợ 5 tấn thức ăn chăn nuôi và hướng dẫn các HTX biện pháp che chắn chuồng trại, phòng chống rét cho vật nuôi.
[img ho-tro-ret.jpg] Lãnh đạo Liên minh HTX tỉnh trao hỗ trợ cho các HTX
""",
          byline="Nông Thị Hà", author="Nông Thị Hà", **dated(datetime(2024, 2, 2))),
        A(1224, 5, title="Liên minh HTX tỉnh tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024",
          date=datetime(2024, 1, 18),
          lead="Ngày 17/01, Liên minh HTX tỉnh tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.",
          body="""
Năm 2023, Liên minh HTX tỉnh đã tuyên truyền Luật Hợp tác xã năm 2023 cho hơn 1.500 lượt cán bộ, thành viên HTX; tư vấn thành lập mới 32 HTX; tổ chức 8 lớp tập huấn cho 450 học viên.
Quỹ hỗ trợ phát triển HTX tỉnh cho 18 dự án vay với tổng số tiền 6,5 tỷ đồng, không có nợ quá hạn.
## Nhiệm vụ trọng tâm năm 2024
- Phấn đấu thành lập mới 35 HTX, có thêm 10 sản phẩm OCOP của HTX;
- Triển khai thi hành Luật Hợp tác xã năm 2023;
- Nâng cao hiệu quả hoạt động của Quỹ hỗ trợ phát triển HTX.
[img tong-ket-2023.jpg] Lãnh đạo UBND tỉnh trao Bằng khen cho các tập thể có thành tích xuất sắc
""",
          byline="Nông Thị Hà", author="Nông Thị Hà", **dated(datetime(2024, 1, 18)), opts={"ncr": True},
          notes=["migrated record: its whole text (lead, paragraphs, bold heading, caption, byline) is written in "
                 "numeric character references (&#7845;…), like the template; page 2 of the category"]),
    ]


VANBAN = [
    (77, "21/KH-LMHTX", datetime(2024, 4, 8), "Kế hoạch", "Kế hoạch tuyên truyền, phổ biến Luật Hợp tác xã năm 2023",
     "Lục Văn Quân", "/upload/vanban/2024/21-KH-LMHTX.pdf"),
    (74, "09/BC-LMHTX", datetime(2024, 3, 28), "Báo cáo", "Báo cáo kết quả hoạt động quý I năm 2024",
     "Hoàng Thị Mai", "/upload/vanban/2024/09-BC-LMHTX.pdf"),
    (71, "02/QĐ-LMHTX", datetime(2024, 1, 10), "Quyết định", "Quyết định ban hành Chương trình công tác năm 2024",
     "Lục Văn Quân", "/upload/vanban/2024/02-QD-LMHTX.pdf"),
]


def img(name: str) -> str:
    return f"/upload/news/2024/{name}"


def font(text: str, size: int = 2, extra: str = "") -> str:
    return f'<font face="Arial" size="{size}"{extra}>{text}</font>'


def body_html(a: Article) -> str:
    enc = ncr if a.opts.get("ncr") else (lambda s: s)
    out = []
    for b in a.blocks:
        if b.kind == "img":
            out.append('<table align="center" width="450" border="0" cellpadding="2" cellspacing="0"><tr><td>'
                       f'<img src="{img(b.src)}" width="450" border="0"></td></tr><tr><td align="center">'
                       f'{font(f"<i>{enc(inline_html(b.text))}</i>", 1)}</td></tr></table>')
        elif b.kind == "h":
            out.append(f'<p align="justify"><b>{enc(inline_html(b.text))}</b></p>')
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{enc(inline_html(i))}</li>" for i in b.items) + "</ul>")
        elif b.text.startswith("Nguồn:"):
            out.append(f'<p align="right"><b>{enc(inline_html(b.text))}</b></p>')
        elif a.opts.get("doc"):
            t = b.text
            if t.isupper() or t.startswith("Số:") or t.startswith("Tuyên truyền, phổ biến"):
                out.append(f'<p align="center"><b>{inline_html(t)}</b></p>')
            elif t.startswith("Cao Bằng, ngày"):
                out.append(f'<p align="right"><i>{inline_html(t)}</i></p>')
            elif t.startswith("CHỦ TỊCH"):
                out.append(f'<p align="right"><b>{inline_html(t)}</b></p>')
            elif t.startswith(("I.", "II.", "III.")):
                out.append(f"<p><b>{inline_html(t)}</b></p>")
            else:
                out.append(f'<p align="justify">{inline_html(t)}</p>')
        else:
            out.append(f'<p align="justify">{enc(inline_html(b.text))}</p>')
    if a.byline:
        out.append(f'<p align="right"><b>{enc(esc(a.byline))}</b></p>')
    return "\n".join(out)


class Portal:
    def __init__(self, arts: list[Article]):
        self.arts = arts  # newest first

    def marquee(self, kind: str) -> str:
        sid = SIDS[kind]
        items = " &nbsp;&nbsp;&nbsp; ".join(
            f'<img src="/images/new.gif" border="0"> <a href="{detail_path(a.opts["id"], sid=sid)}" class="marquee">'
            f'{esc(a.title)}</a> <font color="#999999">({a.date:%d/%m/%Y})</font>' for a in self.arts[:5])
        return (f'<table width="100%" border="0" cellpadding="0" cellspacing="0" bgcolor="#FFF8DC"><tr>'
                f'<td width="70" class="tinmoi"><b><font color="#CC0000">{ncr(MARQUEE)}</font></b></td><td>'
                f'<marquee onmouseover="this.stop()" onmouseout="this.start()" scrollamount="2" scrolldelay="60">'
                f"{items}</marquee></td></tr></table>")

    def left(self) -> str:
        menu = [(D, "Trang chủ"), (f"{D}?module=gioithieu", "Giới thiệu"), (cat_path(5), "Tin hoạt động"),
                (cat_path(7), "Mô hình HTX điển hình"), (cat_path(9), "Văn bản - Chỉ đạo"),
                (f"{D}?module=vanban", "Văn bản pháp quy"), (f"{D}?module=album", "Thư viện ảnh"),
                (f"{D}?module=lienhe", "Liên hệ")]
        rows = "".join(f'<tr><td class="menu_left" height="24">&nbsp;<img src="/images/arrow.gif" border="0"> '
                       f'<a href="{h}" class="menu">{ncr(t)}</a></td></tr>' for h, t in menu)
        return (f'<table width="180" border="0" cellpadding="0" cellspacing="0"><tr><td class="title_box" '
                f'background="/images/bg_box.gif" height="26" align="center"><b>{ncr(LEFT[0])}</b></td></tr>{rows}</table>'
                f'<br><table width="180" border="0" cellpadding="0" cellspacing="0"><tr><td class="title_box" '
                f'background="/images/bg_box.gif" height="26" align="center"><b>{ncr(LEFT[1])}</b></td></tr><tr><td '
                f'align="center"><select name="lienket" onchange="window.open(this.value)" style="width:170px">'
                f'<option value="">{ncr(LEFT[2])}</option><option value="{{{{base:offsite}}}}/chinh-phu/">'
                f'{ncr("Cổng TTĐT Chính phủ")}</option><option value="{{{{base:offsite}}}}/lmhtx-vn/">'
                f'{ncr("Liên minh HTX Việt Nam")}</option><option value="{{{{base:offsite}}}}/caobang/">'
                f'{ncr("Cổng TTĐT tỉnh Cao Bằng")}</option></select></td></tr></table>'
                f'<br><table width="180" border="0" cellpadding="0" cellspacing="0"><tr><td class="title_box" '
                f'background="/images/bg_box.gif" height="26" align="center"><b>{ncr(LEFT[3])}</b></td></tr><tr><td '
                f'align="center">{font(ncr(LEFT[4]), 1)}<br>{font(ncr(LEFT[5]), 1)}</td></tr></table>')

    def right(self) -> str:
        vb = "".join(f'<tr><td class="vanban"><img src="/images/dot.gif" border="0"> <a href="{D}?module=vanban&amp;act=detail&amp;id={i}">'
                     f'{esc(num)}</a> - {esc(title)}<br><font size="1" color="#999999">({d:%d/%m/%Y})</font></td></tr>'
                     for i, num, d, _, title, _, _ in VANBAN)
        poll = "".join(f'<input type="radio" name="poll" value="{i}"> {ncr(o)}<br>' for i, o in enumerate(POLL_A, 1))
        box = ('<table width="200" border="0" cellpadding="2" cellspacing="0"><tr><td class="title_box" '
               'background="/images/bg_box.gif" height="26" align="center"><b>{}</b></td></tr>{}</table><br>')
        return (box.format(ncr(RIGHT[0]), vb)
                + box.format(ncr(RIGHT[1]), f'<tr><td><form action="{D}" method="post">{font(ncr(POLL_Q), 1)}<br>{poll}'
                             f'<input type="button" value="{ncr("Biểu quyết")}"> <input type="button" '
                             f'value="{ncr("Xem kết quả")}"></form></td></tr>')
                + box.format(ncr(RIGHT[2]), f'<tr><td align="center"><img src="/images/weather/may.gif"><br><b>22°C</b>'
                             f'<br>{font(ncr(RIGHT[3]), 1)}<br>{font(ncr(RIGHT[4]), 1)}</td></tr>')
                + box.format(ncr(RIGHT[5]), f'<tr><td><img src="/images/yahoo.gif"> {ncr(RIGHT[6])}<br>'
                             f'<img src="/images/yahoo.gif"> {ncr(RIGHT[7])}</td></tr>')
                + box.format(ncr(RIGHT[8]), f'<tr><td><a href="{D}?module=search&amp;keyword=OCOP">OCOP</a>, '
                             f'<a href="{D}?module=search&amp;keyword=HTX">HTX</a></td></tr>'))

    def page(self, title: str, main: str, kind: str) -> str:
        footer = "<br>".join(ncr(esc(x)) for x in FOOTER)
        return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="GENERATOR" content="Microsoft FrontPage 6.0">
<title>{ncr("LIÊN MINH HTX TỈNH CAO BẰNG")} - {ncr(title)}</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
<script language="javascript" src="/js/common.js"></script>
</head>
<body topmargin="0" leftmargin="0" bgcolor="#E8EEF7">
<a name="top"></a>
<table width="980" border="0" cellpadding="0" cellspacing="0" align="center" bgcolor="#FFFFFF">
<tr><td colspan="3" height="24" bgcolor="#0B3E8A">{font(f'<font color="#FFFFFF">&nbsp;{ncr(TODAY)}</font>', 1)}</td></tr>
<tr><td colspan="3" align="center" bgcolor="#DDE7F5">{font(f'<b><font color="#CC0000">{ncr(SLOGANS[0])}</font></b>', 2)}<br>{font(f'<i>{ncr(SLOGANS[1])}</i>', 1)}</td></tr>
<tr><td colspan="3">{self.marquee(kind)}</td></tr>
<tr>
<td width="180" valign="top" bgcolor="#F2F6FC">{self.left()}</td>
<td width="590" valign="top" style="padding:5px">
{main}
</td>
<td width="210" valign="top" bgcolor="#F2F6FC">{self.right()}</td>
</tr>
<tr><td colspan="3" height="2" bgcolor="#0B3E8A"></td></tr>
<tr><td colspan="3" align="center" bgcolor="#DDE7F5" style="padding:6px">{font(footer, 1)}<br><a href="{ADMIN}">{ncr("Quản trị")}</a></td></tr>
</table>
</body>
</html>
"""


def module_box(title: str, link: str | None, inner: str) -> str:
    head = f'<a href="{link}" class="link_module">{ncr(title)}</a>' if link else ncr(title)
    return ('<table width="100%" border="0" cellpadding="0" cellspacing="0"><tr><td height="28" '
            f'background="/images/bg_title.gif" class="title_module">&nbsp;<img src="/images/arrow.gif" border="0"> '
            f'<b>{head}</b></td></tr><tr><td valign="top" style="padding:8px">{inner}</td></tr></table>')


def others_box(items: list[Article]) -> str:
    lis = "".join(f'<img src="/images/dot.gif" border="0"> <a href="{detail_path(o.opts["id"])}">{esc(o.title)}</a> '
                  f'<font size="1" color="#999999">({o.date:%d/%m/%Y})</font><br>' for o in items)
    return (f'<br><table width="100%" border="0" cellpadding="3" cellspacing="0"><tr><td class="title_other">'
            f'<b>{ncr("Các tin khác:")}</b></td></tr><tr><td>{font(lis)}</td></tr></table>')


def detail_html(a: Article, others: list[Article]) -> str:
    enc = ncr if a.opts.get("ncr") else (lambda s: s)
    title = font(f"<b>{esc(a.title)}</b>", 3, extra=' color="#0B3E8A"')
    rows = [f"<tr><td>{title}</td></tr>"]
    if not a.opts.get("no_date"):
        date = font(f"<i>{ncr(LABELS[0])} {a.date:%d/%m/%Y}</i>", 1, extra=' color="#808080"')
        rows.append(f"<tr><td>{date}</td></tr>")
    rows.append('<tr><td height="1" bgcolor="#CCCCCC"></td></tr>')
    if a.lead:
        lead = font(f"<b>{enc(esc(a.lead))}</b>")
        rows.append(f'<tr><td align="justify">{lead}</td></tr>')
    text = font("\n" + body_html(a) + "\n")
    rows.append(f'<tr><td align="justify">{text}</td></tr>')
    if a.attachments:
        f = a.attachments[0]
        files = font(f'<b>{ncr(LABELS[5])}</b> <a href="{f["path"]}">{esc(f["text"])}</a>')
        rows.append(f"<tr><td>{files}</td></tr>")
    tools = font(f'<a href="{print_path(a.opts["id"])}" target="_blank"><img src="/images/print.gif" border="0"> '
                 f'{ncr(LABELS[1])}</a> | <a href="javascript:history.back()">{ncr(LABELS[2])}</a> | '
                 f'<a href="#top">{ncr(LABELS[3])}</a>', 1)
    rows.append(f'<tr><td align="right">{tools}</td></tr>')
    table = '<table width="100%" border="0" cellpadding="3" cellspacing="0">' + "\n".join(rows) + "</table>"
    return module_box(CATS[a.opts["cat"]], cat_path(a.opts["cat"]), table + others_box(others))


def print_html(a: Article) -> str:
    enc = ncr if a.opts.get("ncr") else (lambda s: s)
    date = "" if a.opts.get("no_date") else f"<p><i>{ncr(LABELS[0])} {a.date:%d/%m/%Y}</i></p>"
    lead = f"<p><b>{enc(esc(a.lead))}</b></p>" if a.lead else ""
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{ncr("In bài viết")}</title>
<link rel="stylesheet" type="text/css" href="/css/print.css">
</head>
<body onload="window.print()">
<table width="640" border="0" cellpadding="5" cellspacing="0" align="center"><tr><td>
<p>{font(f"<b>{ncr('LIÊN MINH HỢP TÁC XÃ TỈNH CAO BẰNG')}</b>", 2)}</p><hr>
<p>{font(f"<b>{esc(a.title)}</b>", 3)}</p>
{date}
{font(lead + chr(10) + body_html(a))}
<hr><p align="center">{font(f'<a href="javascript:window.print()">{ncr("In trang này")}</a> | <a href="javascript:window.close()">{ncr("Đóng cửa sổ")}</a>', 1)}</p>
</td></tr></table>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "cao-bang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    portal = Portal(arts)

    for a in arts:
        same = [o for o in arts if o is not a and o.opts["cat"] == a.opts["cat"]]
        others = (same or [o for o in arts if o is not a])[:5]
        page = portal.page(CATS[a.opts["cat"]].capitalize(), detail_html(a, others), "detail")
        site.page(a.path, page, content_type=HTML)
        aid = a.opts["id"]
        site.same_page(detail_path(aid), a.path)
        site.page(print_path(aid), print_html(a), content_type=HTML)
        a.aliases = [detail_path(aid), print_path(aid)]
        site.add_article(a)
    # the marquee's links carry the session id of the page they are on
    for sid in SIDS.values():
        for a in arts[:5]:
            site.same_page(detail_path(a.opts["id"], sid=sid), a.path)
            a.aliases.append(detail_path(a.opts["id"], sid=sid))
    site.trap("the same article at …&act=detail&id=N&cat=C (listings), …&act=detail&id=N (home page, 'Các tin "
              "khác:') and …&act=detail&id=N&sid=<session> (the marquee 'Tin mới:' of every page); the printer "
              "page …&act=print&id=N ('In bài này', target=_blank): all the same article, no rel=canonical",
              detail_path(arts[0].opts["id"], sid=SIDS["home"]))
    for i, num, d, kind, title, signer, path in VANBAN:
        ascii_kind = {"Kế hoạch": "KE HOACH", "Báo cáo": "BAO CAO", "Quyết định": "QUYET DINH"}[kind]
        site.binary(path, pdf(f"{kind} số {num}", [f"{ascii_kind} SO {num.replace('Đ', 'D')}",
                                                   "Lien minh HTX tinh Cao Bang"]))
    for a in arts:
        for b in a.blocks:
            if b.kind == "img":
                site.binary(img(b.src), image_for(b.src))
    site.trap("article in nested layout tables: title <font face=Arial size=3><b>, 'Cập nhật ngày: 05/03/2024' in "
              "<font size=1><i> (no time), lead bold, text <p align=justify> inside <font face=Arial size=2>, "
              "captions in 450px tables under the photos, byline a right-aligned bold <p>; the category caption "
              "'TIN HOẠT ĐỘNG' in the module's title bar", next(a.path for a in arts if a.opts["id"] == 1241))

    # listings ?module=news&cat=C(&page=N)
    for cat, name in CATS.items():
        items = [a for a in arts if a.opts["cat"] == cat]
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(chunks, 1):
            rows = "".join(
                '<table width="100%" border="0" cellpadding="3" cellspacing="0"><tr>'
                + (f'<td width="110" valign="top"><a href="{a.path}"><img src="{img(a.first_image())}" width="100" '
                   'height="75" border="0"></a></td>' if a.first_image() else "")
                + f'<td valign="top"><a href="{a.path}" class="title_news"><b>{esc(a.title)}</b></a> '
                f'<font size="1" color="#999999">({a.date:%d/%m/%Y})</font><br>'
                f'{font(esc(a.summary()))}</td></tr></table><hr size="1" color="#E0E0E0">' for a in chunk)
            pager = ""
            if len(chunks) > 1:
                pager = font(ncr("Trang: ") + " ".join(f"<b>[{k}]</b>" if k == n else f'<a href="{cat_path(cat, k)}">{k}</a>'
                                                       for k in range(1, len(chunks) + 1)))
            site.page(cat_path(cat, n), portal.page(name.capitalize(), module_box(name, None, rows + pager), "list"),
                      content_type=HTML)
            site.non_articles.append(cat_path(cat, n))
    site.trap("listing ?module=news&cat=5 pages with &page=2 ('Trang: [1] 2'); four items a page, each title bold "
              "with '(dd/mm/yyyy)' after it; page 2 holds the two oldest articles", cat_path(5, 2))

    # home: the main frame
    top, *latest = arts[:5]
    boxes = ""
    for cat, name in CATS.items():
        items = [a for a in arts if a.opts["cat"] == cat][:3]
        boxes += "<br>" + module_box(name, cat_path(cat), font("".join(
            f'<img src="/images/dot.gif" border="0"> <a href="{a.path}">{esc(a.title)}</a> <font size="1" '
            f'color="#999999">({a.date:%d/%m/%Y})</font><br>' for a in items)
            + f'<div align="right"><a href="{cat_path(cat)}">{ncr("Xem tiếp")} &gt;&gt;</a></div>'))
    home = module_box("TIN MỚI NHẤT", None,
                      f'<table width="100%"><tr><td width="210" valign="top"><a href="{detail_path(top.opts["id"])}">'
                      f'<img src="{img(top.first_image())}" width="200" border="0"></a></td><td valign="top">'
                      f'<a href="{detail_path(top.opts["id"])}" class="title_news"><b>{esc(top.title)}</b></a><br>'
                      f'{font(esc(top.summary()))} <a href="{detail_path(top.opts["id"])}">{ncr("Chi tiết")} &gt;&gt;</a>'
                      "</td></tr></table>" + font("".join(
                          f'<img src="/images/dot.gif" border="0"> <a href="{detail_path(a.opts["id"])}">{esc(a.title)}</a>'
                          f' <font size="1" color="#999999">({a.date:%d/%m/%Y})</font><br>' for a in latest))) + boxes
    site.page(D, portal.page("Trang chủ", home, "home"), content_type=HTML)
    top_frame = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{ncr("LIÊN MINH HTX TỈNH CAO BẰNG")}</title>
<link rel="stylesheet" type="text/css" href="/css/style.css">
</head>
<body topmargin="0" leftmargin="0" bgcolor="#0B3E8A">
<table width="980" height="135" border="0" cellpadding="0" cellspacing="0" align="center" background="/images/banner.jpg">
<tr><td valign="top"><img src="/images/logo.gif" border="0" align="left">
<font face="Arial" size="5" color="#FFFFFF"><b>{ncr("LIÊN MINH HỢP TÁC XÃ TỈNH CAO BẰNG")}</b></font><br>
<font face="Arial" size="2" color="#FFFF99"><i>Cao Bang Cooperative Alliance</i></font></td></tr>
<tr><td valign="bottom" align="right"><a href="{D}" target="main"><font color="#FFFFFF">{ncr("Trang chủ")}</font></a> |
<a href="{D}?module=gioithieu" target="main"><font color="#FFFFFF">{ncr("Giới thiệu")}</font></a> |
<a href="{D}?module=lienhe" target="main"><font color="#FFFFFF">{ncr("Liên hệ")}</font></a>&nbsp;</td></tr>
</table>
</body>
</html>
"""
    site.page("/top.asp", top_frame, content_type=HTML)
    frameset = f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{ncr("LIÊN MINH HỢP TÁC XÃ TỈNH CAO BẰNG")}</title>
<meta name="keywords" content="lien minh hop tac xa, cao bang, htx">
</head>
<frameset rows="135,*" frameborder="0" border="0" framespacing="0">
<frame name="banner" src="top.asp" scrolling="no" noresize>
<frame name="main" src="default.asp">
<noframes>
<body>
<p>{ncr("Trình duyệt của bạn không hỗ trợ khung (frame).")} <a href="default.asp">{ncr("Bấm vào đây để vào trang chủ")}</a></p>
</body>
</noframes>
</frameset>
</html>
"""
    site.page("/", frameset, content_type=HTML)
    site.trap("the root is a <frameset rows='135,*'>: frames top.asp (logo, banner, three links target=main) and "
              "default.asp (the real home page); <noframes> has one link to default.asp", "/")

    # the document register: records are tables of fields and a file, not articles
    reg_rows = "".join(f'<tr><td>{esc(num)}</td><td>{d:%d/%m/%Y}</td><td><a href="{D}?module=vanban&amp;act=detail&amp;'
                       f'id={i}">{esc(title)}</a></td></tr>' for i, num, d, _, title, _, _ in VANBAN)
    site.page(f"{D}?module=vanban", portal.page("Văn bản", module_box(
        "VĂN BẢN PHÁP QUY", None, '<table width="100%" border="1" cellpadding="3" cellspacing="0" bordercolor="#CCCCCC">'
        f'<tr bgcolor="#DDE7F5"><th>{ncr("Số ký hiệu")}</th><th>{ncr("Ngày ban hành")}</th><th>{ncr("Trích yếu")}</th></tr>'
        f"{reg_rows}</table>"), "other"), content_type=HTML)
    for i, num, d, kind, title, signer, path in VANBAN:
        fields = [("Số ký hiệu", esc(num)), ("Ngày ban hành", f"{d:%d/%m/%Y}"), ("Loại văn bản", esc(kind)),
                  ("Cơ quan ban hành", esc(NAME)), ("Người ký", esc(signer)), ("Trích yếu", esc(title)),
                  ("File đính kèm", f'<a href="{path}">{esc(path.rsplit("/", 1)[1])}</a>')]
        rows = "".join(f'<tr><td width="130" bgcolor="#F2F6FC"><b>{ncr(k)}</b></td><td>{v}</td></tr>' for k, v in fields)
        url = f"{D}?module=vanban&act=detail&id={i}"
        site.page(url, portal.page("Văn bản", module_box("VĂN BẢN PHÁP QUY", f"{D}?module=vanban",
                                                         '<table width="100%" border="1" cellpadding="4" cellspacing="0" '
                                                         f'bordercolor="#CCCCCC">{rows}</table>'), "other"), content_type=HTML)
        site.non_articles.append(url)
    site.non_articles.append(f"{D}?module=vanban")
    site.trap("'VĂN BẢN MỚI' box on every page: register records ?module=vanban&act=detail&id=N (a table: Số ký "
              "hiệu, Ngày ban hành, Loại văn bản, Cơ quan ban hành, Người ký, Trích yếu, File đính kèm): not "
              "articles, though record 77 is the plan published as article 1258",
              f"{D}?module=vanban&act=detail&id=77")

    about = [
        "Liên minh Hợp tác xã tỉnh Cao Bằng là tổ chức kinh tế - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp "
        "của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, được thành lập theo Quyết định "
        "của Ủy ban nhân dân tỉnh năm 1996.",
        "Liên minh có nhiệm vụ tuyên truyền chủ trương, chính sách của Đảng và Nhà nước về kinh tế tập thể; tư vấn, "
        "hỗ trợ thành lập hợp tác xã; đào tạo, bồi dưỡng cán bộ quản lý; hỗ trợ hợp tác xã tiếp cận vốn, xúc tiến "
        "thương mại và ứng dụng khoa học kỹ thuật.",
        "Bộ máy cơ quan gồm Thường trực Liên minh, Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Tổ chức, Ban Chính sách "
        "- Hỗ trợ phát triển và Quỹ hỗ trợ phát triển hợp tác xã tỉnh.",
        "Hợp tác xã của tỉnh chủ yếu hoạt động trong lĩnh vực nông, lâm nghiệp, gắn với các sản phẩm đặc trưng của "
        "vùng núi biên giới như hạt dẻ Trùng Khánh, miến dong Nguyên Bình, lạp sườn, thịt lợn đen và du lịch cộng đồng."]
    intro = module_box("GIỚI THIỆU CHUNG", None, '<table width="100%" border="0" cellpadding="3" cellspacing="0">'
                       f'<tr><td>{font("<b>" + ncr("GIỚI THIỆU LIÊN MINH HỢP TÁC XÃ TỈNH CAO BẰNG") + "</b>", 3)}</td></tr>'
                       f'<tr><td>{font("".join(f"<p align=justify>{ncr(esc(p))}</p>" for p in about))}</td></tr></table>')
    site.page(f"{D}?module=gioithieu", portal.page("Giới thiệu", intro, "other"), content_type=HTML)
    contact = module_box("LIÊN HỆ", None, font(
        f"<b>{ncr(NAME)}</b><br>" + ncr("Mọi ý kiến đóng góp xin gửi về theo mẫu dưới đây:")
        + f'<form action="{D}?module=lienhe" method="post">{ncr("Họ tên")}: <input name="hoten"><br>Email: <input name="email">'
        f'<br>{ncr("Nội dung")}: <textarea name="noidung" rows="5" cols="40"></textarea><br>{ncr("Mã xác nhận")}: '
        f'<input name="captcha" size="6"> <img src="/images/captcha.gif"><br><input type="submit" value="{ncr("Gửi")}"></form>'))
    site.page(f"{D}?module=lienhe", portal.page("Liên hệ", contact, "other"), content_type=HTML)
    album = module_box("THƯ VIỆN ẢNH", None, "".join(
        f'<table align="left" width="140"><tr><td align="center"><img src="{img(a.first_image())}" width="130" '
        f'border="0"><br>{font(esc(a.title), 1)}</td></tr></table>' for a in arts if a.first_image()))
    site.page(f"{D}?module=album", portal.page("Thư viện ảnh", album, "other"), content_type=HTML)
    for kw in ("OCOP", "HTX"):
        found = [a for a in arts if kw in a.title or kw in (a.lead or "") or kw in a.body]
        res = module_box("KẾT QUẢ TÌM KIẾM", None, font(ncr(f"Tìm thấy {len(found)} kết quả với từ khóa: ")
                                                       + f"<b>{kw}</b><br><br>" + "".join(
            f'<a href="{a.path}"><b>{esc(a.title)}</b></a> <font size="1" color="#999999">({a.date:%d/%m/%Y})</font>'
            f"<br>{esc(a.summary())}<br><br>" for a in found)))
        site.page(f"{D}?module=search&keyword={kw}", portal.page("Tìm kiếm", res, "other"), content_type=HTML)
        site.non_articles.append(f"{D}?module=search&keyword={kw}")
    site.non_articles += ["/", "/top.asp", D, f"{D}?module=gioithieu", f"{D}?module=lienhe", f"{D}?module=album"]
    site.trap("introduction ?module=gioithieu (a bold font title and four long paragraphs in the module box, no "
              "date), contact form, photo album and search results ?module=search&keyword=OCOP (the 'TỪ KHÓA TÌM "
              "KIẾM' box): not articles", f"{D}?module=gioithieu")
    site.page(ADMIN, '<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>Admin</title>'
                     '</head><body><form method="post" action="/admin/login.asp">User: <input name="u"> Pass: '
                     '<input type="password" name="p"> <input type="submit" value="Login"></form></body></html>',
              content_type=HTML)
    site.never_fetched.append(ADMIN)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    for page in list(site.html_pages.values()):  # the template's little GIFs (bullets, icons, logo)
        for name in re.findall(r'src="(/images/[^"]+\.gif)"', page):
            site.binary(name, GIF)
    return site
