"""Site `bantin-vinhlong` (registry family `generic`): the Bản tin Kinh tế hợp tác tỉnh Vĩnh Long, the news bulletin of
the cooperative alliance of the merged Vĩnh Long province (Bến Tre and Trà Vinh joined it on 1 July 2025), on
**Joomla 3 + K2** (the K2 content component, SEF URLs with `index.php`), written as a held-out test: no family
module, no selectors.

Why it is hard: items live at `/index.php/tin-tuc/item/<id>-<alias>`; `div.itemView` puts the date
`span.itemDateCreated` ("Thứ sáu, 13 Tháng 3 2026 08:30", K2's Vietnamese long date) ABOVE the title
`h2.itemTitle` (the page's only `<h1>` is the bulletin's name in the header), then `span.itemAuthor` "Viết bởi X"
(the Joomla user: a person, the editors' account "Ban Biên tập", an office, the admin account "Quản trị", or a
`created_by_alias`). The text is `div.itemIntroText` (the lead) + `div.itemFullText`; after it come
`div.itemExtraFields` ("Tác giả: Minh Trí" names the writer when the account is the admin's; "Nguồn: …" a
source), "Sửa lần cuối vào …" (last modified), the attachments block, tags, the author's latest items,
`div.itemRelated` and `div.itemNavigation` with other titles and dates, "Đọc 214 lần" hits, and K2 comments
with their own dates. One long item is split by the pagebreak plugin ("Trang 1 / 2", `?limitstart=1`,
`?showall=1`); the print icon gives `?tmpl=component&print=1`. Listings (`itemlist/category/…?start=5`,
`itemlist/tag/…`, `itemlist/user/…`, `itemlist/date/2026/3`) show intro texts — in full for items without a
full text — and the Joomla article `/index.php/gioi-thieu` (com_content) is a static page.
"""

from __future__ import annotations

import hashlib
from datetime import datetime
from urllib.parse import quote

from .core import (
    TODAY_2026,
    Article,
    SiteBuild,
    attr,
    esc,
    image_for,
    inline_html,
    iso,
    page_text,
    parse_body,
    pdf,
    weekday,
)

SITE = "bantin-vinhlong"
NAME = "Bản tin Kinh tế hợp tác tỉnh Vĩnh Long"
HTML = "text/html; charset=utf-8"
ITEM = "/index.php/tin-tuc/item/"
LIST = "/index.php/tin-tuc/itemlist"
PER = 5
PDF_PATH = "/media/k2/attachments/KH-12-LMHTX-2026.pdf"
CATS = {2: ("tin-tuc", "Tin tức"), 3: ("van-ban", "Văn bản"), 4: ("htx-dien-hinh", "HTX điển hình")}
USERS = {45: ("ngochan", "Ngọc Hân"), 46: ("bbt", "Ban Biên tập"), 47: ("vanphong", "Văn phòng Liên minh"),
         48: ("admin", "Quản trị"), 49: ("thanhtuyen", "Thanh Tuyền"), 50: ("kimngan", "Kim Ngân")}

BANNER = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh Vĩnh Long lần thứ I, nhiệm kỳ 2025 - 2030",
           "Hợp tác xã - Vì lợi ích thành viên và cộng đồng"]
FOOTER = ["BẢN TIN KINH TẾ HỢP TÁC TỈNH VĨNH LONG - Cơ quan của Liên minh Hợp tác xã tỉnh Vĩnh Long",
          "Giấy phép xuất bản số 08/GP-XBBT ngày 12/9/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Vĩnh Long",
          "Chịu trách nhiệm nội dung: Trưởng Ban Biên tập Huỳnh Văn Phúc",
          "Địa chỉ: Số 38 đường 2/9, phường Phước Hậu, tỉnh Vĩnh Long - Điện thoại: 0270.3822.456",
          "Ghi rõ nguồn \"Bản tin Kinh tế hợp tác tỉnh Vĩnh Long\" khi phát hành lại thông tin từ website này.",
          "Copyright © 2026 Bản tin KTHT Vĩnh Long. Powered by Joomla! & K2."]
WIDGETS = ["Lưu trữ", "Tin mới nhất", "Thống kê truy cập", "Hôm nay: 318", "Hôm qua: 402", "Tuần này: 1.936",
           "Tổng cộng: 568.214", "Thời tiết", "Vĩnh Long: 31°C, nắng nhẹ", "Bình chọn",
           "Bạn biết đến Bản tin Kinh tế hợp tác qua kênh nào?", "Bản in phát tại HTX", "Trang điện tử", "Mạng xã hội",
           "Gửi bình chọn"]
ITEM_LABELS = ["Cỡ chữ", "giảm cỡ chữ", "tăng cỡ chữ", "Đánh giá bài này", "(0 phiếu)",
               "Đăng trong", "Các bài khác trong chuyên mục này:", "Để lại bình luận",
               "Bình luận của bạn sẽ được kiểm duyệt trước khi đăng.", "Thông tin bổ sung", "Bài viết liên quan (theo tag)"]
BOILERPLATE = [BANNER, *SLOGANS, *FOOTER, *WIDGETS, *ITEM_LABELS]


def k2date(d: datetime) -> str:
    return f"{weekday(d, lower=True)}, {d.day:02d} Tháng {d.month} {d.year} {d:%H:%M}"


def dated(d: datetime) -> dict:
    # the page's date element (K2 shows no date metadata; the listings show the same date)
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


SPLIT = "[pagebreak]"


def prep(a: Article) -> Article:
    """The pagebreak (an <hr class="system-pagebreak"> in the editor) is no line of the text."""
    if SPLIT in a.body:
        a.opts["cut"] = len(parse_body(a.body[:a.body.index(SPLIT)]))
        a.body = a.body.replace(SPLIT, "")
    return a


def articles() -> list[Article]:
    A = Article
    return [
        A(path=ITEM + "138-htx-dua-sap-cau-ke-dat-ocop-4-sao",
          title="HTX dừa sáp Cầu Kè có sản phẩm đạt OCOP 4 sao",
          date=datetime(2026, 3, 13, 8, 30),
          lead="Sản phẩm dừa sáp đóng hộp của HTX Nông nghiệp Dừa sáp Cầu Kè vừa được UBND tỉnh công nhận đạt chuẩn OCOP "
               "4 sao, là sản phẩm từ dừa sáp đầu tiên của tỉnh đạt hạng này.",
          body="""
HTX hiện có 56 thành viên với gần 80 ha dừa sáp ở xã Cầu Kè. Trước đây, dừa sáp chủ yếu bán trái tươi cho thương lái nên giá bấp bênh.
[img dua-sap-cau-ke.png] Sản phẩm dừa sáp đóng hộp của HTX tại gian hàng OCOP
## Đầu tư chế biến sâu
Với sự hỗ trợ của Liên minh HTX tỉnh, HTX đã vay 1,5 tỷ đồng từ Quỹ hỗ trợ phát triển HTX để đầu tư dây chuyền đóng hộp, kéo dài thời gian bảo quản lên 6 tháng.
Mỗi tháng HTX tiêu thụ khoảng 9.000 trái dừa sáp, doanh thu năm 2025 đạt 4,2 tỷ đồng, thu nhập của thành viên tăng khoảng 25%.
""",
          author="Ngọc Hân", **dated(datetime(2026, 3, 13, 8, 30)),
          opts={"id": 138, "cat": 2, "user": 45, "tags": ["OCOP", "Dừa"], "hits": 214,
                "modified": datetime(2026, 3, 17, 10, 12),
                "extra": [("Lĩnh vực", "Nông nghiệp"), ("Địa bàn", "xã Cầu Kè")],
                "comments": [("Trần Văn Lợi", datetime(2026, 3, 14, 9, 12), "Chúc mừng HTX, mong có thêm nhiều sản phẩm từ dừa sáp."),
                             ("Thu Trang", datetime(2026, 3, 15, 20, 5), "HTX có bán online không ạ?")]},
          notes=["span.itemDateCreated 'Thứ sáu, 13 Tháng 3 2026 08:30' above h2.itemTitle; author = span.itemAuthor "
                 "'Viết bởi Ngọc Hân' (not text); 'Sửa lần cuối vào Thứ ba, 17 Tháng 3 2026 10:12' and two K2 comments "
                 "of 14 and 15/3 below; extra fields (Lĩnh vực, Địa bàn) are not text"]),
        A(path=ITEM + "135-kinh-te-tap-the-tinh-vinh-long-sau-8-thang-hop-nhat",
          title="Kinh tế tập thể tỉnh Vĩnh Long sau 8 tháng hợp nhất",
          date=datetime(2026, 2, 26, 15, 40),
          lead="Sau 8 tháng hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh, khu vực kinh tế tập thể của tỉnh có quy mô lớn "
               "nhất vùng Đồng bằng sông Cửu Long với 1.047 HTX và hơn 120.000 thành viên.",
          body="""
Ngay sau khi hợp nhất, Liên minh HTX tỉnh đã rà soát, cập nhật dữ liệu của toàn bộ HTX trên địa bàn ba tỉnh cũ, phân loại theo ngành nghề và mức độ hoạt động.
## Thế mạnh của từng vùng
Vùng Bến Tre cũ mạnh về dừa, cây giống và thủy sản; vùng Trà Vinh cũ có lúa, dừa sáp và rau màu; vùng Vĩnh Long cũ có cây ăn trái, gạch gốm và dịch vụ.
[img ba-vung-kinh-te.png] Cánh đồng lúa liên kết của HTX tại xã Tiểu Cần
Sự khác biệt này mở ra cơ hội liên kết giữa các HTX trong tỉnh: HTX dừa cung cấp nguyên liệu cho HTX chế biến, HTX vận tải nhận vận chuyển hàng nông sản cho HTX nông nghiệp.
[pagebreak]
## Những khó khăn cần tháo gỡ
Tuy nhiên, vẫn còn 186 HTX hoạt động cầm chừng hoặc ngưng hoạt động, chưa giải thể theo quy định. Nhiều HTX thiếu cán bộ có trình độ, chưa đáp ứng yêu cầu chuyển đổi số.
Nguồn vốn của Quỹ hỗ trợ phát triển HTX tỉnh sau hợp nhất đạt 96 tỷ đồng nhưng nhu cầu vay của HTX gấp ba lần số vốn hiện có.
## Giải pháp trong năm 2026
* Hoàn thành tổ chức lại 100% HTX theo Luật Hợp tác xã năm 2023;
* Xây dựng 30 mô hình HTX liên kết chuỗi giữa các vùng;
* Đề nghị bổ sung vốn điều lệ cho Quỹ hỗ trợ phát triển HTX tỉnh.
""",
          byline="Phương Thảo", author="Phương Thảo", **dated(datetime(2026, 2, 26, 15, 40)),
          opts={"id": 135, "cat": 2, "user": 46, "tags": ["Kinh tế tập thể"], "hits": 506},
          notes=["split by the pagebreak plugin: page 1 at the item URL ('Trang 1 / 2', an index of both pages), page 2 "
                 "at ?limitstart=1, the whole item at ?showall=1: the text is the whole item; itemAuthor 'Viết bởi Ban "
                 "Biên tập' is the editors' account, the closing 'Phương Thảo' on page 2 is the author"]),
        A(path=ITEM + "131-ke-hoach-to-chuc-hoi-nghi-ket-noi-htx-voi-doanh-nghiep-nam-2026",
          title="Kế hoạch tổ chức hội nghị kết nối HTX với doanh nghiệp năm 2026",
          date=datetime(2026, 1, 12, 15, 0),
          body="""
LIÊN MINH HTX TỈNH VĨNH LONG
Số: 12/KH-LMHTX
Vĩnh Long, ngày 08 tháng 01 năm 2026
KẾ HOẠCH
Tổ chức hội nghị kết nối hợp tác xã với doanh nghiệp năm 2026
Căn cứ Chương trình công tác năm 2026 của Liên minh HTX tỉnh được thông qua ngày 25/12/2025, Liên minh HTX tỉnh xây dựng kế hoạch như sau:
## I. MỤC ĐÍCH
Tạo điều kiện để HTX giới thiệu sản phẩm, ký kết hợp đồng tiêu thụ với doanh nghiệp trong và ngoài tỉnh.
## II. THỜI GIAN, ĐỊA ĐIỂM
| Hội nghị | Thời gian | Địa điểm |
| Ngành hàng dừa | Tháng 3/2026 | Phường An Hội |
| Ngành hàng lúa gạo, rau màu | Tháng 6/2026 | Phường Trà Vinh |
| Ngành hàng trái cây | Tháng 9/2026 | Phường Long Châu |
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Mỹ Dung
""",
          author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-12-LMHTX-2026.pdf"}],
          **dated(datetime(2026, 1, 12, 15, 0)),
          opts={"id": 131, "cat": 3, "user": 47, "tags": ["Văn bản"], "hits": 167, "attach": True},
          notes=["official plan 'Số: 12/KH-LMHTX', place-date line 'Vĩnh Long, ngày 08 tháng 01 năm 2026', a cited "
                 "programme of 25/12/2025 and a timetable table (one line per row); itemDateCreated 'Thứ hai, 12 Tháng 1 "
                 "2026 15:00'; itemAuthor 'Văn phòng Liên minh' is an office and the signer no author: null; the PDF in "
                 "the K2 attachments block (an attachment, not text)"]),
        A(path=ITEM + "127-40-htx-tham-gia-hoi-cho-ocop-vung-dong-bang-song-cuu-long",
          title="40 HTX tham gia Hội chợ OCOP vùng Đồng bằng sông Cửu Long",
          date=datetime(2025, 12, 3, 9, 10),
          lead="Hội chợ OCOP vùng Đồng bằng sông Cửu Long năm 2025 diễn ra từ ngày 28/11 đến ngày 2/12/2025 tại phường "
               "Long Châu với hơn 300 gian hàng.",
          body="""
Liên minh HTX tỉnh hỗ trợ 40 HTX tham gia hội chợ, trưng bày hơn 150 sản phẩm OCOP như kẹo dừa, bưởi da xanh, dừa sáp, gạo thơm và gốm đỏ.
Sau 5 ngày, các HTX bán được hàng hóa trị giá hơn 2,3 tỷ đồng và ký 12 biên bản ghi nhớ hợp tác với doanh nghiệp phân phối.
[img hoi-cho-ocop-dbscl.png] Khách tham quan gian hàng kẹo dừa của HTX tại hội chợ
Theo Liên minh HTX tỉnh, năm 2026 sẽ tiếp tục hỗ trợ HTX tham gia ít nhất 5 hội chợ trong và ngoài tỉnh.
""",
          author="Minh Trí", **dated(datetime(2025, 12, 3, 9, 10)),
          opts={"id": 127, "cat": 2, "user": 48, "tags": ["OCOP", "Hội chợ"], "hits": 389,
                "extra": [("Tác giả", "Minh Trí"), ("Ảnh", "Minh Trí")]},
          notes=["the fair ran 28/11 - 2/12/2025; itemDateCreated 'Thứ tư, 03 Tháng 12 2025 09:10'; itemAuthor 'Viết bởi "
                 "Quản trị' is the admin account, the extra field 'Tác giả: Minh Trí' names the writer (not text); "
                 "itemRelated and itemNavigation list other items with their dates"]),
        A(path=ITEM + "124-ra-mat-htx-dich-vu-nong-nghiep-tan-hoa",
          title="Ra mắt HTX Dịch vụ nông nghiệp Tân Hòa",
          date=datetime(2025, 10, 20, 7, 45),
          lead="Ngày 18/10, HTX Dịch vụ nông nghiệp Tân Hòa (xã Tân Hòa) ra mắt với 27 thành viên, vốn điều lệ 540 triệu "
               "đồng, chuyên cung ứng vật tư và thu mua rau màu cho thành viên.",
          body="",
          author="Thanh Tuyền", **dated(datetime(2025, 10, 20, 7, 45)),
          opts={"id": 124, "cat": 2, "user": 49, "tags": ["HTX mới"], "hits": 98},
          notes=["short item with an intro text only (no full text): the listings print it whole with the same date "
                 "and author; 'Ngày 18/10' is the founding, the item is of 20/10/2025 07:45"]),
        A(path=ITEM + "119-htx-rau-an-toan-tieu-can-lien-ket-voi-sieu-thi",
          title="HTX rau an toàn Tiểu Cần liên kết với siêu thị",
          date=datetime(2025, 8, 27, 10, 0),
          lead="HTX Rau an toàn Tiểu Cần vừa ký hợp đồng cung ứng mỗi ngày 1,2 tấn rau ăn lá cho hệ thống siêu thị tại "
               "Thành phố Hồ Chí Minh.",
          body="""
Để đáp ứng yêu cầu của đối tác, HTX đã chuẩn hóa quy trình sản xuất theo VietGAP trên 18 ha và lắp đặt hệ thống nhà lưới cho 5 ha.
Giá thu mua theo hợp đồng cố định trong 6 tháng, giúp thành viên yên tâm sản xuất, không còn cảnh được mùa mất giá.
""",
          author=None, **dated(datetime(2025, 8, 27, 10, 0)),
          opts={"id": 119, "cat": 4, "user": 48, "tags": ["Rau an toàn"], "hits": 241,
                "extra": [("Nguồn", "Báo Vĩnh Long")]},
          notes=["itemAuthor 'Quản trị' (the admin account) and the extra field 'Nguồn: Báo Vĩnh Long' (a source): "
                 "author null"]),
        A(path=ITEM + "96-htx-dua-thanh-thoi-a-xuat-khau-dua-tuoi",
          title="HTX dừa Thành Thới A xuất khẩu dừa tươi sang châu Âu",
          date=datetime(2024, 11, 15, 14, 20),
          lead="HTX Dừa Thành Thới A (huyện Mỏ Cày Nam, tỉnh Bến Tre) vừa xuất khẩu lô dừa tươi hữu cơ thứ 10 sang thị "
               "trường Hà Lan.",
          body="""
HTX có 128 thành viên với 240 ha dừa được chứng nhận hữu cơ theo tiêu chuẩn châu Âu và Mỹ. Mỗi tháng HTX cung ứng khoảng 150.000 trái dừa cho doanh nghiệp xuất khẩu.
[img dua-thanh-thoi-a.png] Thành viên HTX thu hoạch dừa hữu cơ
Liên minh HTX tỉnh Bến Tre đánh giá đây là mô hình liên kết hiệu quả, cần nhân rộng cho các HTX dừa trong tỉnh.
""",
          author="Thanh Đồng", **dated(datetime(2024, 11, 15, 14, 20)),
          opts={"id": 96, "cat": 4, "user": 46, "alias": "Thanh Đồng", "tags": ["Dừa"], "hits": 1210},
          notes=["migrated 2024 item of the old Bến Tre bulletin ('huyện Mỏ Cày Nam, tỉnh Bến Tre'); itemAuthor 'Viết bởi "
                 "Thanh Đồng' is a created_by_alias (no user link): author Thanh Đồng"]),
        A(path=ITEM + "72-htx-gom-do-long-ho-mo-rong-thi-truong",
          title="HTX gốm đỏ Long Hồ mở rộng thị trường",
          date=datetime(2024, 5, 9, 14, 20),
          lead="HTX Gốm đỏ Long Hồ (huyện Long Hồ) đưa 35 mẫu sản phẩm gốm mỹ nghệ lên sàn thương mại điện tử, doanh thu "
               "trực tuyến chiếm gần 30% tổng doanh thu.",
          body="""
Ngoài bán hàng trực tuyến, HTX còn đón khách du lịch tham quan lò gốm, trải nghiệm làm gốm, góp phần quảng bá làng nghề.
[img gom-do-long-ho.png] Nghệ nhân HTX tạo hình sản phẩm gốm
""",
          byline="Bài, ảnh: Kim Ngân", author="Kim Ngân", **dated(datetime(2024, 5, 9, 14, 20)),
          opts={"id": 72, "cat": 4, "user": 50, "tags": ["Làng nghề"], "hits": 1544},
          notes=["2024 item of the old province ('huyện Long Hồ'); closing 'Bài, ảnh: Kim Ngân' (text) and itemAuthor "
                 "'Kim Ngân': author Kim Ngân"]),
        A(path=ITEM + "51-tra-vinh-tap-huan-luat-hop-tac-xa-nam-2023",
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ HTX",
          date=datetime(2023, 9, 21, 9, 0),
          lead="Liên minh HTX tỉnh Trà Vinh tổ chức tập huấn Luật Hợp tác xã năm 2023 cho 90 cán bộ quản lý HTX, tổ hợp tác.",
          body="""
Lớp tập huấn giới thiệu những điểm mới của Luật như thành viên liên kết góp vốn, quỹ chung không chia và cơ chế hỗ trợ của Nhà nước.
""",
          author=None, **dated(datetime(2023, 9, 21, 9, 0)),
          opts={"id": 51, "cat": 2, "user": None, "tags": ["Luật HTX"], "hits": 2011},
          notes=["2023 item of the old Trà Vinh alliance, migrated; the author is hidden (no span.itemAuthor) and there "
                 "is no byline: author null"]),
    ]


# -- markup ----------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/images/bantin/{src}"


def item_image(a: Article) -> str:
    md5 = hashlib.md5(f"Image{a.opts['id']}".encode()).hexdigest()
    return f"/media/k2/items/cache/{md5}_L.png"


def render_blocks(blocks) -> str:
    out, table = [], []

    def flush() -> None:
        if table:
            head, *rows = table
            out.append('<table class="table table-bordered" style="width: 100%;"><tbody><tr>'
                       + "".join(f"\n<td><strong>{esc(c)}</strong></td>" for c in head) + "</tr>"
                       + "".join("<tr>" + "".join(f"\n<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
            table.clear()

    for b in blocks:
        if b.kind == "p" and b.text.startswith("| "):
            table.append([c.strip() for c in b.text.strip("| ").split(" | ")])
            continue
        flush()
        if b.kind == "p":
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="{img(b.src)}" alt="{attr(b.text)}" width="700"></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    flush()
    return "\n".join(out)


def parts_of(a: Article) -> list[str]:
    """The full text's HTML per page (one page unless the item has a pagebreak)."""
    blocks = a.blocks
    cut = a.opts.get("cut")
    html = [render_blocks(blocks)] if cut is None else [render_blocks(blocks[:cut]), render_blocks(blocks[cut:])]
    if a.byline:
        html[-1] += f'\n<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>'
    return html


def cat_url(cid: int, start: int = 0) -> str:
    slug = CATS[cid][0]
    return f"{LIST}/category/{cid}-{slug}" + (f"?start={start}" if start else "")


def user_url(uid: int) -> str:
    return f"{LIST}/user/{uid}-{USERS[uid][0]}"


def tag_url(tag: str) -> str:
    return f"{LIST}/tag/{quote(tag)}"


def author_html(a: Article, link: bool = True) -> str:
    uid = a.opts.get("user")
    if uid is None:
        return ""
    if a.opts.get("alias"):
        return f'<span class="itemAuthor">Viết bởi {esc(a.opts["alias"])}</span>'
    name = USERS[uid][1]
    inner = f'<a rel="author" href="{user_url(uid)}">{esc(name)}</a>' if link else esc(name)
    return f'<span class="itemAuthor">Viết bởi {inner}</span>'


def item_view(a: Article, arts: list[Article], page: int | None = None, printing: bool = False) -> str:
    """page: None = the whole item (one-page items, ?showall=1), else the page number of a split item."""
    parts = parts_of(a)
    split = len(parts) > 1
    full = "\n".join(parts) if page is None else parts[page - 1]
    intro = (f'<div class="itemIntroText"><p>{inline_html(a.lead)}</p></div>'
             if a.lead and (page in (None, 1)) else "")
    index = ""
    if split and not printing:
        lis = "".join(f'<li><a class="toclink{" active" if n == page else ""}" href="{a.path if n == 1 else a.path + "?limitstart=" + str(n - 1)}">'
                      f'{esc(a.title)} - Trang {n}</a></li>' for n in range(1, len(parts) + 1))
        lis += f'<li><a class="toclink{" active" if page is None else ""}" href="{a.path}?showall=1">Tất cả các trang</a></li>'
        index = (f'<div class="pull-right article-index"><h3>Mục lục bài viết</h3><ul class="nav nav-tabs nav-stacked">'
                 f'{lis}</ul></div>')
        if page is not None:
            index += f'<div class="pagenavcounter">Trang {page} / {len(parts)}</div>'
    nav = ""
    if split and page is not None and not printing:
        prev = (f'<li class="previous"><a href="{a.path if page == 2 else a.path + "?limitstart=" + str(page - 2)}">« Trước</a></li>'
                if page > 1 else "")
        nxt = (f'<li class="next"><a href="{a.path}?limitstart={page}">Tiếp theo »</a></li>' if page < len(parts) else "")
        nav = f'<ul class="pager pagenav">{prev}{nxt}</ul>'
    extra = ""
    if a.opts.get("extra"):
        lis = "".join(f'<li class="{"odd" if i % 2 else "even"} typeTextfield group1"><span class="itemExtraFieldsLabel">'
                      f'{esc(k)}:</span> <span class="itemExtraFieldsValue">{esc(v)}</span></li>'
                      for i, (k, v) in enumerate(a.opts["extra"]))
        extra = f'<div class="itemExtraFields"><h3>Thông tin bổ sung</h3><ul>{lis}</ul><div class="clr"></div></div>'
    modified = (f'<div class="itemDateModified">Sửa lần cuối vào {k2date(a.opts["modified"])}</div>'
                if a.opts.get("modified") else "")
    attach = ""
    if a.opts.get("attach"):
        attach = ('<div class="itemAttachmentsBlock"><span>Tải về tập tin đính kèm</span><ul class="itemAttachments">'
                  f'<li><a title="KH-12-LMHTX-2026.pdf" href="{PDF_PATH}">KH-12-LMHTX-2026.pdf</a> '
                  '<span>(Tải về 35 lần)</span></li></ul></div>')
    if printing:
        return (f'<div id="k2Container" class="itemView"><div class="itemHeader"><span class="itemDateCreated">{k2date(a.date)}</span>'
                f'<h2 class="itemTitle">{esc(a.title)}</h2>{author_html(a, link=False)}</div>'
                f'<div class="itemBody">{intro}<div class="itemFullText">{full}</div>{extra}</div></div>')
    cid = a.opts["cat"]
    tags = "".join(f'<li><a href="{tag_url(t)}">{esc(t)}</a></li>' for t in a.opts["tags"])
    same = [x for x in arts if x is not a and x.opts["cat"] == cid]
    related = [x for x in arts if x is not a and set(x.opts["tags"]) & set(a.opts["tags"])][:3] or same[:3]
    rel = ""
    if related:
        rel = ('<div class="itemRelated"><h3>Bài viết liên quan (theo tag)</h3><ul>'
               + "".join(f'<li class="{"odd" if i % 2 else "even"}"><a class="itemRelTitle" href="{x.path}">{esc(x.title)}</a> '
                         f'<span class="itemRelDate">{k2date(x.date)}</span></li>' for i, x in enumerate(related))
               + "</ul></div>")
    i = arts.index(a)
    navi = '<div class="itemNavigation"><span class="itemNavigationTitle">Các bài khác trong chuyên mục này:</span> '
    if i + 1 < len(arts):
        navi += f'<a class="itemPrevious" href="{arts[i + 1].path}">« {esc(arts[i + 1].title)}</a> '
    if i > 0:
        navi += f'<a class="itemNext" href="{arts[i - 1].path}">{esc(arts[i - 1].title)} »</a>'
    navi += "</div>"
    latest = ""
    uid = a.opts.get("user")
    if uid in (45, 49, 50) and not a.opts.get("alias"):
        mine = [x for x in arts if x is not a and x.opts.get("user") == uid][:3]
        if mine:
            latest = (f'<div class="itemAuthorLatest"><h3>Bài mới nhất từ {esc(USERS[uid][1])}</h3><ul>'
                      + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in mine) + "</ul></div>")
    comments = a.opts.get("comments", [])
    com = ""
    if comments:
        lis = "".join(f'<li class="{"odd" if i % 2 else "even"}"><span class="commentDate">{k2date(d)}</span> '
                      f'<span class="commentAuthorName">viết bởi {esc(who)}</span><p>{esc(text)}</p></li>'
                      for i, (who, d, text) in enumerate(comments))
        com = (f'<h3 class="itemCommentsCounter"><span>{len(comments)}</span> bình luận</h3>'
               f'<ul class="itemCommentsList">{lis}</ul>')
    com_form = ('<div class="itemCommentsForm"><h3>Để lại bình luận</h3><p class="itemCommentsFormNotes">'
                'Bình luận của bạn sẽ được kiểm duyệt trước khi đăng.</p><form action="javascript:void(0)" method="post" '
                'id="comment-form" class="form-validate"><label for="commentText">Nội dung (bắt buộc)</label>'
                '<textarea rows="20" cols="10" class="inputbox" name="commentText" id="commentText"></textarea>'
                '<input type="submit" class="button" id="submitCommentButton" value="Gửi bình luận"></form></div>')
    stars = "".join(f'<li><a href="javascript:void(0)" title="{n} sao trên 5" class="{w}-star">{n}</a></li>'
                    for n, w in [(1, "one"), (2, "two"), (3, "three"), (4, "four"), (5, "five")])
    return f"""<div id="k2Container" class="itemView">
<div class="itemHeader">
<span class="itemDateCreated">{k2date(a.date)}</span>
<h2 class="itemTitle">{esc(a.title)}</h2>
{author_html(a)}
</div>
<div class="itemToolbar"><ul>
<li><span class="itemTextResizerTitle">Cỡ chữ</span> <a href="javascript:void(0)" id="fontDecrease"><span>giảm cỡ chữ</span></a> <a href="javascript:void(0)" id="fontIncrease"><span>tăng cỡ chữ</span></a></li>
<li><a class="itemPrintLink" rel="nofollow" href="{a.path}?tmpl=component&amp;print=1" onclick="window.open(this.href,'printWindow','width=900,height=600');return false;"><span>In</span></a></li>
<li><a class="itemEmailLink" rel="nofollow" href="javascript:void(0)"><span>Email</span></a></li>
</ul><div class="clr"></div></div>
<div class="itemRatingBlock"><span>Đánh giá bài này</span><div class="itemRatingForm"><ul class="itemRatingList">{stars}</ul><div class="itemRatingLog">(0 phiếu)</div></div></div>
<div class="itemBody">
<div class="itemImageBlock"><span class="itemImage"><img src="{item_image(a)}" alt="{attr(a.title)}" style="width:600px; height:auto;"></span><div class="clr"></div></div>
{index}
{intro}
<div class="itemFullText">
{full}
</div>
{nav}
{extra}
{modified}
</div>
{attach}
<div class="itemLinks"><div class="itemCategory"><span>Đăng trong</span> <a href="{cat_url(cid)}">{CATS[cid][1]}</a></div>
<div class="itemTagsBlock"><span>Tag:</span><ul class="itemTags">{tags}</ul><div class="clr"></div></div></div>
{latest}
{rel}
<div class="itemHitsTwitter"><span class="itemHits">Đọc <b>{a.opts["hits"]}</b> lần</span></div>
{navi}
<a name="itemCommentsAnchor" id="itemCommentsAnchor"></a>
<div class="itemComments">{com}{com_form}</div>
<div class="itemBackToTop"><a class="k2Anchor" href="#startOfPageId{a.opts['id']}">về đầu trang</a></div>
</div>"""


def cat_item(a: Article) -> str:
    more = (f'<div class="catItemReadMore"><a class="k2ReadMore" href="{a.path}">Đọc thêm...</a></div>'
            if a.body.strip() else "")
    return (f'<div class="itemContainer"><div class="catItemView groupLeading"><div class="catItemHeader">'
            f'<span class="catItemDateCreated">{k2date(a.date)}</span>'
            f'<h3 class="catItemTitle"><a href="{a.path}">{esc(a.title)}</a></h3>'
            + author_html(a).replace('class="itemAuthor"', 'class="catItemAuthor"')
            + f'</div><div class="catItemBody"><div class="catItemImageBlock"><span class="catItemImage"><a href="{a.path}">'
            f'<img src="{item_image(a)}" alt="{attr(a.title)}" style="width:240px; height:auto;"></a></span></div>'
            f'<div class="catItemIntroText"><p>{inline_html(a.lead or a.summary())}</p></div></div>{more}</div></div>')


def layout(title: str, main: str, arts: list[Article]) -> str:
    menu = "".join(f'<li class="item-{n}"><a href="{h}">{t}</a></li>' for n, (h, t) in enumerate(
        [("/", "Trang chủ"), ("/index.php/gioi-thieu", "Giới thiệu"), (cat_url(2), "Tin tức"), (cat_url(4), "HTX điển hình"),
         (cat_url(3), "Văn bản"), ("/index.php/lien-he", "Liên hệ")], 101))
    months: dict[tuple[int, int], int] = {}
    for a in arts:
        months[(a.date.year, a.date.month)] = months.get((a.date.year, a.date.month), 0) + 1
    archive = "".join(f'<li><a href="{LIST}/date/{y}/{m}">Tháng {m} {y} ({n})</a></li>' for (y, m), n in list(months.items())[:4])
    tags = sorted({t for a in arts for t in a.opts["tags"]})
    cloud = " ".join(f'<a href="{tag_url(t)}" style="font-size:{110 + (len(t) % 3) * 20}%">{esc(t)}</a>' for t in tags)
    latest = "".join(f'<li><a class="moduleItemTitle" href="{a.path}">{esc(a.title)}</a></li>' for a in arts[:5])
    opts = "".join(f'<li><label><input type="radio" name="voteid" value="{i}"> {o}</label></li>'
                   for i, o in enumerate(WIDGETS[11:14], 1))
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    return f"""<!DOCTYPE html>
<html prefix="og: http://ogp.me/ns#" xml:lang="vi-vn" lang="vi-vn" dir="ltr">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="generator" content="Joomla! - Open Source Content Management">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/components/com_k2/css/k2.css?v=2.11.20240609">
<link rel="stylesheet" href="/templates/bantin/css/template.css">
<script src="/media/jui/js/jquery.min.js?4a1c2f"></script>
<script src="/media/k2/assets/js/k2.frontend.js?v=2.11.20240609&amp;sitepath=/"></script>
</head>
<body class="site com_k2">
<div class="topbar"><span class="today">{BANNER}</span><marquee class="slogan">{esc(SLOGANS[0])}</marquee></div>
<header class="header"><h1 class="site-title"><a href="/"><img src="/images/logo-bantin-vinhlong.png" alt="">{esc(NAME)}</a></h1>
<p class="site-slogan">{esc(SLOGANS[1])}</p>
<form action="{LIST}/search" class="k2SearchBlock" method="get"><input type="text" name="searchword" placeholder="Tìm kiếm..."></form></header>
<nav class="navigation"><ul class="nav menu">{menu}</ul></nav>
<div class="container"><div class="row">
<main id="content" class="span9">
{main}
</main>
<aside class="span3">
<div class="moduletable"><h3>Tin mới nhất</h3><div class="k2ItemsBlock"><ul>{latest}</ul></div></div>
<div class="moduletable"><h3>Lưu trữ</h3><div class="k2ArchivesBlock"><ul>{archive}</ul></div></div>
<div class="moduletable"><h3>Thẻ</h3><div class="k2TagCloudBlock">{cloud}</div></div>
<div class="moduletable"><h3>Bình chọn</h3><p>{WIDGETS[10]}</p><form action="javascript:void(0)"><ul>{opts}</ul><button type="button">{WIDGETS[14]}</button></form></div>
<div class="moduletable"><h3>Thời tiết</h3><p>{WIDGETS[8]}</p></div>
<div class="moduletable"><h3>Thống kê truy cập</h3><ul class="vinaora_counter"><li>{WIDGETS[3]}</li><li>{WIDGETS[4]}</li><li>{WIDGETS[5]}</li><li>{WIDGETS[6]}</li></ul></div>
<div class="moduletable"><h3>Liên kết</h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li></ul></div>
</aside>
</div></div>
<footer class="footer">{foot}</footer>
</body>
</html>
"""


class K2Build(SiteBuild):
    """Checks a split item's lines against all its pages together (the text is the whole item)."""

    def __init__(self, *args, **kw):
        super().__init__(*args, **kw)
        self.split: dict[str, list[str]] = {}

    def check(self) -> None:
        saved = dict(self.html_pages)
        try:
            for path, parts in self.split.items():
                joined = " ".join(page_text(saved[p]) for p in parts)
                self.html_pages[path] = f"<html><body><p>{esc(joined)}</p></body></html>"
            super().check()
        finally:
            self.html_pages = saved


def build() -> SiteBuild:
    site = K2Build(SITE, "vinh-long", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted((prep(a) for a in articles()), key=lambda a: a.date, reverse=True)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for a in arts:
        n_parts = len(parts_of(a))
        title = a.title
        if n_parts == 1:
            page(a.path, layout(title, item_view(a, arts), arts))
        else:
            page(a.path, layout(title, item_view(a, arts, page=1), arts))
            for n in range(2, n_parts + 1):
                path = f"{a.path}?limitstart={n - 1}"
                page(path, layout(f"{title} - Trang {n}", item_view(a, arts, page=n), arts))
                a.aliases.append(path)
            page(a.path + "?showall=1", layout(title, item_view(a, arts), arts))
            a.aliases.append(a.path + "?showall=1")
            site.split[a.path] = [a.path] + [f"{a.path}?limitstart={n - 1}" for n in range(2, n_parts + 1)]
        printed = f"{a.path}?tmpl=component&print=1"
        page(printed, '<!DOCTYPE html><html lang="vi-vn"><head><meta charset="utf-8"><meta name="robots" content="noindex, nofollow">'
                      f'<title>{esc(title)}</title></head><body class="contentpane"><div id="k2Container" class="itemView">'
                      f'<a class="itemPrintThisPage" rel="nofollow" href="javascript:window.print()">In trang này</a></div>'
                      f'{item_view(a, arts, printing=True)}</body></html>')
        a.aliases.append(printed)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH HOI NGHI KET NOI HTX VOI DOANH NGHIEP 2026",
                                                          "Lien minh Hop tac xa tinh Vinh Long"]))
    site.trap("K2 item: span.itemDateCreated above h2.itemTitle (the page's h1 is the bulletin's name), span.itemAuthor "
              "'Viết bởi X' (a K2 user, an alias, an office or the admin), div.itemIntroText (lead) + div.itemFullText; "
              "extra fields, attachments, tags, the author's latest items, itemRelated with dates, itemNavigation, hits, "
              "comments with dates after it; the print icon's ?tmpl=component&print=1 view is an alias", arts[0].path)

    def listing(base: str, heading: str, items: list[Article], extra_head: str = "") -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(chunks):
            url = base if n == 0 else f"{base}?start={n * PER}"
            pager = ""
            if len(chunks) > 1:
                lis = "".join(f'<li><a href="{base if k == 0 else f"{base}?start={k * PER}"}">{k + 1}</a></li>' if k != n
                              else f'<li class="active"><span>{k + 1}</span></li>' for k in range(len(chunks)))
                pager = (f'<div class="k2Pagination"><ul class="pagination-list">{lis}</ul>'
                         f'<p class="counter">Trang {n + 1} của {len(chunks)}</p></div>')
            main = (f'<div id="k2Container" class="itemListView"><div class="itemListCategory"><h2>{esc(heading)}</h2>'
                    f'{extra_head}</div><div class="itemList"><div id="itemListLeading">{"".join(cat_item(a) for a in chunk)}'
                    f'</div></div>{pager}</div>')
            page(url, layout(heading, main, arts))
            site.non_articles.append(url)

    for cid, (slug, name) in CATS.items():
        listing(cat_url(cid), name, [a for a in arts if a.opts["cat"] == cid])
    site.trap("category listings itemlist/category/2-tin-tuc (paged ?start=5) and the others print each item's date, "
              "title, author and intro text; an item without a full text (no 'Đọc thêm...') appears there whole: "
              "listings, not articles", cat_url(2, PER))
    for t in sorted({t for a in arts for t in a.opts["tags"]}):
        listing(tag_url(t), f"Hiển thị các bài viết theo tag: {t}", [a for a in arts if t in a.opts["tags"]])
    for uid in (45, 46, 47, 48, 49, 50):
        mine = [a for a in arts if a.opts.get("user") == uid and not a.opts.get("alias")]
        if uid in (45, 49, 50) or mine:
            listing(user_url(uid), USERS[uid][1], mine,
                    '<div class="userBlock"><p>Thành viên Ban Biên tập Bản tin Kinh tế hợp tác.</p></div>')
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)
    for y, m in months[:4]:
        listing(f"{LIST}/date/{y}/{m}", f"Các bài viết của Tháng {m} {y}",
                [a for a in arts if (a.date.year, a.date.month) == (y, m)])
    site.trap("date archive itemlist/date/2025/10 holds one short item (intro text only) in full under its date: a "
              "listing, not an article", f"{LIST}/date/2025/10")
    page(f"{LIST}/search", layout("Tìm kiếm", '<div id="k2Container" class="genericView"><h2>Tìm kiếm</h2>'
                                  '<p>Nhập từ khóa để tìm bài viết.</p></div>', arts))
    site.non_articles.append(f"{LIST}/search")

    intro = ('<div class="item-page" itemscope itemtype="https://schema.org/Article"><div class="page-header">'
             '<h2 itemprop="headline">Giới thiệu Bản tin Kinh tế hợp tác</h2></div><div itemprop="articleBody">'
             '<p>Bản tin Kinh tế hợp tác tỉnh Vĩnh Long là ấn phẩm thông tin của Liên minh Hợp tác xã tỉnh Vĩnh Long, '
             'được hợp nhất từ các bản tin của Liên minh HTX ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh từ tháng 7 năm 2025.</p>'
             '<p>Bản tin phản ánh hoạt động của hợp tác xã, tổ hợp tác, công tác của Liên minh HTX tỉnh, giới thiệu sản '
             'phẩm OCOP và các văn bản, chính sách về kinh tế tập thể.</p><h3>Các chuyên mục chính</h3><ul>'
             '<li>Tin tức - sự kiện</li><li>HTX điển hình</li><li>Văn bản - chính sách</li><li>Sản phẩm OCOP</li></ul></div></div>')
    page("/index.php/gioi-thieu", layout("Giới thiệu", intro, arts))
    page("/index.php/lien-he", layout("Liên hệ", '<div class="contact"><h2>Liên hệ Ban Biên tập</h2><p>Email: bantinktht@vinhlong.gov.vn</p>'
                                      '<form action="javascript:void(0)"><input name="jform[contact_name]">'
                                      '<textarea name="jform[contact_message]"></textarea><button type="button">Gửi</button></form></div>', arts))
    feat = "".join(cat_item(a) for a in arts[:4])
    page("/", layout(NAME, f'<div class="k2ItemsBlock home-featured"><h2 class="module-title">Tin nổi bật</h2>{feat}</div>', arts))
    site.non_articles += ["/", "/index.php/gioi-thieu", "/index.php/lien-he"]
    site.trap("Joomla article /index.php/gioi-thieu (com_content item-page: h2 headline, paragraphs, a heading and a "
              "list, no date): not an article", "/index.php/gioi-thieu")
    for a in arts:
        site.binary(item_image(a), image_for(item_image(a)))
    site.binary("/images/logo-bantin-vinhlong.png", image_for("logo-vl"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /administrator/\nDisallow: /cache/\nDisallow: /tmp/\n")
    return site
