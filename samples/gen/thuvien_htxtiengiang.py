"""Site `thuvien-htxtiengiang` (registry family `generic`): "Thư viện số Liên minh HTX tỉnh Tiền Giang", the digital
collections site where the Tiền Giang cooperative alliance keeps its photo and document archive and posts its news as
records, on **Omeka Classic 2.8** with the default **Berlin** theme, the interface in Vietnamese, the Exhibit Builder
3, Simple Pages and Guest User plugins, 10 items a page, PHP in UTC; the copy is of 10 June 2025 (before the province
merged into Đồng Tháp). Written as a held-out test: no family module, no selectors.

URL shapes: an item `/items/show/<id>` (the same item inside an exhibit `/exhibits/show/<exhibit>/item/<id>`); its
output formats `?output=atom|dcmes-xml|json|omeka-xml|dc-rdf` (XML and JSON); the browse `/items/browse` (= `/items`,
newest added first) and `?page=2`, its sort links `?sort_field=Dublin+Core%2CTitle`, `…%2CCreator`,
`?sort_field=added&sort_dir=a` (each paged), `?tags=<tag>`, `?collection=<n>`; `/items/tags`, `/items/search`;
collections `/collections/browse`, `/collections/show/<n>`; exhibits `/exhibits`, `/exhibits/show/<slug>` (its summary)
and `/exhibits/show/<slug>/<page>`; the Simple Page `/gioi-thieu`; files `/files/original/<md5>.<ext>`, derivatives
`/files/fullsize|thumbnails|square_thumbnails/<md5>.jpg`; the feeds `/items/browse?output=rss2` and `?output=atom` (the
head's alternates: the browse's first page, pubDate the time the item was added, `+0000`); Guest User's `/users/login`
and `/guest-user/user/register` (robots.txt, added by the alliance, disallows `/users/`, `/guest-user/`, `/admin/`).
No site map, no canonical links.

What is an article here: an item whose Dublin Core "Mô tả" (Description, entered as HTML) carries a story, a notice
or a table; its title is the `<h1>` (the first "Nhan đề"; a second "Nhan đề" value, the English title, is only in the
element list), its text the "Mô tả" element's HTML. Everything else on the item page is metadata, not text: "Người
tạo", "Nguồn", "Nhà xuất bản", "Ngày", "Phạm vi", the item type's fields, the files (images whose `alt` is the file's
name), the collection, the tags, the citation block ("Liên minh HTX tỉnh Tiền Giang, “Title,” Thư viện số…, truy cập
10 tháng 6, 2025, http://…/items/show/19." — today's date), the output formats and the previous/next links. The
photo story is an exhibit page (`layout-file-text` blocks: a photo, its `div.exhibit-item-caption`, the text beside
it). Bare photos (a title, one sentence) are no articles, nor are the exhibit summary, the lists, tags, collections.
Dates: "Ngày" is free text: a full date when the staff post news ("2025-05-20", once typed "10/03/2025"), a year or a
range on archive photos ("1997", "2015 - 2019"); "Phạm vi" (Coverage) "2020 - 2024" is the period a table covers, not a
date of the page. A news item's "Ngày" is its publication day (midnight: no time on the page); the feed's pubDate is
when the record was added, in UTC ("Fri, 14 Mar 2025 17:10:00 +0000" for the item added at 00:10 on 15 March); the
exhibit page shows no date at all ("Sáng 18/4" without a year dates the event): published null. Author: "Người tạo"
when a person ("Liên minh HTX tỉnh Tiền Giang", an office, a newspaper are none); the exhibit's closing "Ảnh: …".
The oldest news item has no collection and no tag: in the default browse only on `?page=2` (the previous-item link
of the next record and the ascending "Ngày thêm" sort also reach it).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from urllib.parse import quote_plus

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, table_html

SITE = "thuvien-htxtiengiang"
NAME = "Thư viện số Liên minh HTX tỉnh Tiền Giang"
PER = 10
ACCESSED = "truy cập 10 tháng 6, 2025"
FOOT = "Liên minh Hợp tác xã tỉnh Tiền Giang - Số 25 Hùng Vương, phường 7, TP Mỹ Tho - ĐT: 0273.3872.419"
COPY = "Bản quyền © 2025 Liên minh Hợp tác xã tỉnh Tiền Giang"
POWERED = "Được hỗ trợ bởi Omeka."
FURN = [FOOT, COPY, POWERED, ACCESSED, "Bỏ qua để đến nội dung chính", "Tìm kiếm nâng cao (chỉ tài liệu)",
        "Duyệt tài liệu", "Duyệt bộ sưu tập", "Duyệt triển lãm", "Trích dẫn", "Định dạng đầu ra", "Tài liệu trước",
        "Tài liệu sau", "Dublin Core", "Nhan đề", "Người tạo", "Nhà xuất bản", "Đăng nhập", "Đăng ký"]
COLLECTIONS = {1: ("Tin hoạt động", "Tin về hoạt động của Liên minh HTX tỉnh và các hợp tác xã."),
               2: ("Văn bản - Tư liệu", "Thông báo, hướng dẫn, số liệu của Liên minh HTX tỉnh."),
               3: ("Ảnh sự kiện", "Ảnh tư liệu về các sự kiện của phong trào hợp tác xã Tiền Giang.")}
EXHIBIT = ("hoi-cho-ocop", "Hội chợ OCOP và sản phẩm HTX Tiền Giang")
EX_PAGE = ("khai-mac", "Khai mạc Hội chợ OCOP và sản phẩm hợp tác xã tỉnh Tiền Giang")
PUBLISHER = "Liên minh HTX tỉnh Tiền Giang"


def md5(text: str) -> str:
    return hashlib.md5(text.encode()).hexdigest()


def rfc(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} +0000"


class Item:
    def __init__(self, iid: int, title: str, added: datetime, dc: list[tuple[str, str]], *, itype: str,
                 coll: int | None, tags: list[str], files: list[tuple[str, str]], article: RichArticle | None = None,
                 type_meta: list[tuple[str, str]] = ()):
        self.id, self.title, self.added, self.dc = iid, title, added, dc
        self.itype, self.coll, self.tags, self.files, self.article = itype, coll, tags, files, article
        self.type_meta = list(type_meta)

    @property
    def path(self) -> str:
        return f"/items/show/{self.id}"

    def creator(self) -> str | None:
        return next((v for k, v in self.dc if k == "Người tạo"), None)

    def snippet(self) -> str:
        if self.article:
            return self.article.summary()
        return next(v for k, v in self.dc if k == "Mô tả")


def items() -> list[Item]:
    A = RichArticle

    def day(d: datetime, ev: list[str] | None = None) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=ev or ["date-element"])

    r = datetime
    out = [
        Item(12, "Ảnh tư liệu: Đại hội thành lập Liên minh HTX tỉnh Tiền Giang", r(2024, 12, 20, 10, 5),
             [("Nhan đề", "Ảnh tư liệu: Đại hội thành lập Liên minh HTX tỉnh Tiền Giang"),
              ("Mô tả", "Quang cảnh Đại hội đại biểu thành lập Liên minh HTX tỉnh Tiền Giang."),
              ("Người tạo", "Không rõ"), ("Nguồn", "Kho ảnh Văn phòng Liên minh HTX tỉnh"), ("Ngày", "1997"),
              ("Định dạng", "Ảnh đen trắng, scan"), ("Kiểu", "Hình ảnh tĩnh")],
             itype="Hình ảnh tĩnh", coll=3, tags=["tư liệu"], files=[("daihoi-1997.png", "daihoi-1997.png")]),
        Item(14, "Bộ ảnh sản phẩm HTX giai đoạn 2015 - 2019", r(2025, 1, 10, 14, 20),
             [("Nhan đề", "Bộ ảnh sản phẩm HTX giai đoạn 2015 - 2019"),
              ("Mô tả", "Ảnh các sản phẩm tiêu biểu của HTX trong tỉnh được chụp tại các kỳ hội chợ."),
              ("Người tạo", "Phòng Tuyên truyền"), ("Ngày", "2015 - 2019"), ("Kiểu", "Hình ảnh tĩnh")],
             itype="Hình ảnh tĩnh", coll=3, tags=["tư liệu", "OCOP"], files=[("sanpham-2015.png", "sanpham-2015.png")]),
    ]
    for iid, name, cap in [(20, "khai-mac-1.png", "Lãnh đạo tỉnh và đại biểu cắt băng khai mạc hội chợ"),
                           (21, "khai-mac-2.png", "Gian hàng xoài cát Hòa Lộc của HTX Nông nghiệp Hòa Lộc"),
                           (22, "khai-mac-3.png", "Khách tham quan chọn mua khóm Tân Phước tại gian hàng HTX")]:
        out.append(Item(iid, cap, r(2025, 4, 19, 10, 2 * (iid - 19)),
                        [("Nhan đề", cap), ("Mô tả", cap + "."), ("Người tạo", "Nguyễn Hoàng Phúc"),
                         ("Ngày", "2025-04-18"), ("Kiểu", "Hình ảnh tĩnh")],
                        itype="Hình ảnh tĩnh", coll=3, tags=["hội chợ", "OCOP"], files=[(name, name)]))
    out += [
        Item(23, "HTX Dịch vụ nông nghiệp Mỹ Thành Nam ký kết tiêu thụ 200 tấn sầu riêng", r(2025, 5, 20, 16, 30),
             [("Nhan đề", "HTX Dịch vụ nông nghiệp Mỹ Thành Nam ký kết tiêu thụ 200 tấn sầu riêng"),
              ("Nhan đề", "My Thanh Nam cooperative signs contract for 200 tonnes of durian"),
              ("Chủ đề", "Liên kết tiêu thụ nông sản"), ("Mô tả", ""), ("Người tạo", "Trần Thị Mỹ Linh"),
              ("Nguồn", "Phòng Tuyên truyền, Liên minh HTX tỉnh"), ("Nhà xuất bản", PUBLISHER), ("Ngày", "2025-05-20"),
              ("Ngôn ngữ", "vi"), ("Kiểu", "Tin bài")],
             itype="Tin bài", coll=1, tags=["sầu riêng", "liên kết"], files=[("my-thanh-nam.png", "my-thanh-nam.png")],
             article=A(path="", title="", body="""
Ngày 19/5, HTX Dịch vụ nông nghiệp Mỹ Thành Nam (huyện Cai Lậy) ký hợp đồng tiêu thụ 200 tấn sầu riêng Ri6 với một doanh nghiệp xuất khẩu.
Theo hợp đồng, doanh nghiệp thu mua sầu riêng đạt chuẩn xuất khẩu với giá sàn 65.000 đồng/kg, HTX chịu trách nhiệm tổ chức thu hoạch và phân loại.
HTX hiện có 86 thành viên với 120 ha sầu riêng, trong đó 45 ha đã được cấp mã số vùng trồng.
""", author="Trần Thị Mỹ Linh",
                       notes=["an item whose 'Mô tả' (Description) is the story; two 'Nhan đề' values (the <h1> is the first, "
                              "the English one only in the element list); 'Ngày 2025-05-20' -> published that day, midnight "
                              "(the event 'Ngày 19/5' is not); 'Người tạo: Trần Thị Mỹ Linh' -> author; the citation block's "
                              "'truy cập 10 tháng 6, 2025' is today's date"],
                       **day(r(2025, 5, 20)))),
        Item(19, "Thông báo số 08/TB-LMHTX về việc tham gia Hội chợ OCOP và sản phẩm HTX tỉnh Tiền Giang",
             r(2025, 4, 5, 9, 20),
             [("Nhan đề", "Thông báo số 08/TB-LMHTX về việc tham gia Hội chợ OCOP và sản phẩm HTX tỉnh Tiền Giang"),
              ("Mô tả", ""), ("Người tạo", PUBLISHER), ("Nhà xuất bản", PUBLISHER), ("Ngày", "2025-04-02"),
              ("Định dạng", "application/pdf"), ("Ngôn ngữ", "vi"), ("Kiểu", "Văn bản"), ("Định danh", "08/TB-LMHTX")],
             itype="Văn bản", coll=2, tags=["OCOP", "hội chợ", "thông báo"], files=[("TB-08-LMHTX.pdf", "TB-08-LMHTX.pdf")],
             type_meta=[("Định dạng gốc", "Văn bản giấy, bản scan PDF")],
             article=A(path="", title="", body="""
**LIÊN MINH HTX TỈNH TIỀN GIANG**
Số: 08/TB-LMHTX
Tiền Giang, ngày 02 tháng 4 năm 2025
**THÔNG BÁO**
**Về việc tham gia Hội chợ OCOP và sản phẩm HTX tỉnh Tiền Giang**
Liên minh HTX tỉnh tổ chức Hội chợ OCOP và sản phẩm HTX tỉnh Tiền Giang từ ngày 18/4 đến ngày 22/4/2025 tại Quảng trường Trung tâm TP Mỹ Tho.
Các HTX có sản phẩm OCOP đăng ký tham gia gian hàng với Văn phòng Liên minh HTX tỉnh trước ngày 10/4/2025. Liên minh HTX tỉnh hỗ trợ toàn bộ chi phí thuê gian hàng.
Nơi nhận:
- Các HTX trong tỉnh;
- Lưu: VT.
CHỦ TỊCH
Nguyễn Văn Hiếu
""", author=None, doc_number="08/TB-LMHTX",
                       attachments=[{"path": f"/files/original/{md5('TB-08-LMHTX.pdf')}.pdf", "text": "TB-08-LMHTX.pdf"}],
                       notes=["notice 'Số: 08/TB-LMHTX' dated 'Tiền Giang, ngày 02 tháng 4 năm 2025' and 'Ngày 2025-04-02' "
                              "(added 5 April); 'Người tạo: Liên minh HTX tỉnh Tiền Giang' (the office): no author; the signer "
                              "is text; the PDF (a file of the item: /files/original/<md5>.pdf behind the fallback icon whose "
                              "alt is the file's name) is the attachment"],
                       **day(r(2025, 4, 2), ["date-element", "document"]))),
        Item(18, "Thành lập HTX Nông nghiệp Tân Phước Xanh với 52 thành viên", r(2025, 3, 15, 0, 10),
             [("Nhan đề", "Thành lập HTX Nông nghiệp Tân Phước Xanh với 52 thành viên"), ("Mô tả", ""),
              ("Người tạo", "Nguyễn Thị Bích Ngọc"), ("Nhà xuất bản", PUBLISHER), ("Ngày", "2025-03-15"),
              ("Ngôn ngữ", "vi"), ("Kiểu", "Tin bài")],
             itype="Tin bài", coll=1, tags=["thành lập HTX"], files=[],
             article=A(path="", title="", body="""
HTX Nông nghiệp Tân Phước Xanh (huyện Tân Phước) vừa ra mắt với 52 thành viên, vốn điều lệ 1,5 tỷ đồng.
HTX tập trung sản xuất khóm theo tiêu chuẩn VietGAP trên diện tích 80 ha và cung ứng vật tư nông nghiệp cho thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng phương án sản xuất kinh doanh và kết nối tiêu thụ sản phẩm.
""", author="Nguyễn Thị Bích Ngọc",
                       notes=["added at 00:10 on 15 March: the feed's pubDate 'Fri, 14 Mar 2025 17:10:00 +0000' (UTC, the day "
                              "before); the page's 'Ngày 2025-03-15' -> published 15 March, midnight; no file: no image"],
                       **day(r(2025, 3, 15)))),
        Item(17, "Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2025", r(2025, 3, 10, 14, 0),
             [("Nhan đề", "Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2025"), ("Mô tả", ""),
              ("Người tạo", "Lê Văn Tâm"), ("Nhà xuất bản", PUBLISHER), ("Ngày", "10/03/2025"), ("Kiểu", "Văn bản")],
             itype="Văn bản", coll=2, tags=["OCOP"], files=[],
             article=A(path="", title="", body="""
Để chuẩn bị cho kỳ đánh giá, phân hạng sản phẩm OCOP năm 2025, các HTX cần lưu ý một số nội dung sau:
## Hồ sơ cần chuẩn bị
* Phiếu đăng ký sản phẩm OCOP theo mẫu;
* Phương án sản xuất kinh doanh của sản phẩm;
* Giấy chứng nhận an toàn thực phẩm hoặc cam kết sản xuất an toàn;
* Kết quả kiểm nghiệm chất lượng sản phẩm còn hiệu lực.
## Thời gian nộp hồ sơ
Các HTX nộp hồ sơ về Văn phòng Điều phối Chương trình OCOP cấp huyện trước ngày 30/4/2025.
""", author="Lê Văn Tâm",
                       notes=["<h3> headings and lists in the 'Mô tả' HTML (a line each); 'Ngày' typed '10/03/2025' "
                              "(day first, free text) -> 10 March; 'Người tạo: Lê Văn Tâm' -> author"],
                       **day(r(2025, 3, 10)))),
        Item(16, "Số liệu phát triển hợp tác xã tỉnh Tiền Giang giai đoạn 2020 - 2024", r(2025, 2, 21, 8, 45),
             [("Nhan đề", "Số liệu phát triển hợp tác xã tỉnh Tiền Giang giai đoạn 2020 - 2024"), ("Mô tả", ""),
              ("Người tạo", "Phòng Tổng hợp, Liên minh HTX tỉnh"), ("Nhà xuất bản", PUBLISHER), ("Ngày", "2025-02-20"),
              ("Kiểu", "Bộ dữ liệu"), ("Phạm vi", "2020 - 2024")],
             itype="Bộ dữ liệu", coll=2, tags=["số liệu"], files=[],
             article=A(path="", title="", body="""
Giai đoạn 2020 - 2024, số HTX và thành viên HTX trên địa bàn tỉnh tăng đều qua các năm.
| Năm | Số HTX | Số thành viên | Doanh thu bình quân (triệu đồng/HTX) |
| 2020 | 128 | 14.560 | 2.150 |
| 2022 | 151 | 16.230 | 2.680 |
| 2024 | 176 | 18.940 | 3.310 |
Số liệu do Liên minh HTX tỉnh tổng hợp từ báo cáo của các huyện, thành phố.
""", author=None,
                       notes=["a table in the 'Mô tả' HTML (one line per row); 'Phạm vi' (Coverage) '2020 - 2024' and the title's "
                              "'2020 - 2024' are the period covered, 'Ngày 2025-02-20' the page's day; 'Người tạo: Phòng Tổng "
                              "hợp, Liên minh HTX tỉnh' (an office): no author"],
                       **day(r(2025, 2, 20)))),
        Item(15, "Vú sữa Lò Rèn Vĩnh Kim vào mùa thu hoạch", r(2025, 1, 22, 16, 0),
             [("Nhan đề", "Vú sữa Lò Rèn Vĩnh Kim vào mùa thu hoạch"), ("Mô tả", ""), ("Người tạo", "Báo Ấp Bắc"),
              ("Nguồn", "Báo Ấp Bắc"), ("Ngày", "2025-01-22"), ("Kiểu", "Tin bài")],
             itype="Tin bài", coll=1, tags=["vú sữa", "OCOP"], files=[],
             article=A(path="", title="", body="""
Những ngày này, các thành viên HTX Vú sữa Lò Rèn Vĩnh Kim (huyện Châu Thành) đang vào vụ thu hoạch chính.
Năm nay, vú sữa được giá, dao động từ 35.000 đến 45.000 đồng/kg, nhiều lô hàng được xuất khẩu sang Mỹ.
HTX đang duy trì 60 ha vú sữa đạt chứng nhận GlobalGAP.
Theo Báo Ấp Bắc
""", author=None,
                       notes=["reprint: 'Nguồn: Báo Ấp Bắc', 'Người tạo: Báo Ấp Bắc' and 'Theo Báo Ấp Bắc' closing the text: "
                              "no author"],
                       **day(r(2025, 1, 22)))),
        Item(13, "Tổng kết hoạt động Liên minh HTX tỉnh Tiền Giang năm 2024", r(2024, 12, 28, 15, 30),
             [("Nhan đề", "Tổng kết hoạt động Liên minh HTX tỉnh Tiền Giang năm 2024"), ("Mô tả", ""),
              ("Người tạo", "Võ Thị Xuân"), ("Nhà xuất bản", PUBLISHER), ("Ngày", "2024-12-27"), ("Kiểu", "Tin bài")],
             itype="Tin bài", coll=None, tags=[], files=[],
             article=A(path="", title="", body="""
Chiều 26/12, Liên minh HTX tỉnh Tiền Giang tổ chức hội nghị tổng kết hoạt động năm 2024 và triển khai phương hướng năm 2025.
Năm 2024, toàn tỉnh thành lập mới 21 HTX; Liên minh HTX tỉnh tổ chức 12 lớp bồi dưỡng cho 640 lượt cán bộ quản lý HTX.
Năm 2025, Liên minh HTX tỉnh phấn đấu hỗ trợ thành lập mới 20 HTX, trong đó có 5 HTX ứng dụng công nghệ cao.
""", author="Võ Thị Xuân",
                       notes=["the oldest news item, no collection and no tag: in the default browse only on /items/browse?page=2 "
                              "(also the 'Tài liệu trước' link of item 14 and the ascending 'Ngày thêm' sort); 'Ngày "
                              "2024-12-27'; the event 'Chiều 26/12' is not"],
                       **day(r(2024, 12, 27)))),
    ]
    for it in out:
        if it.article:
            a = it.article
            a.path, a.title = it.path, it.title
    return out


def exhibit_article() -> RichArticle:
    return RichArticle(
        path=f"/exhibits/show/{EXHIBIT[0]}/{EX_PAGE[0]}", title=EX_PAGE[1], date=datetime(2025, 4, 18), body="""
Sáng 18/4, Hội chợ OCOP và sản phẩm hợp tác xã tỉnh Tiền Giang khai mạc tại Quảng trường Trung tâm TP Mỹ Tho với 120 gian hàng.
[img khai-mac-1.png] Lãnh đạo tỉnh và đại biểu cắt băng khai mạc hội chợ
Các HTX mang đến hội chợ nhiều sản phẩm đặc trưng như xoài cát Hòa Lộc, khóm Tân Phước, vú sữa Lò Rèn, sầu riêng Cai Lậy.
[img khai-mac-2.png] Gian hàng xoài cát Hòa Lộc của HTX Nông nghiệp Hòa Lộc
[img khai-mac-3.png] Khách tham quan chọn mua khóm Tân Phước tại gian hàng HTX
Hội chợ kéo dài 5 ngày, dự kiến đón khoảng 30.000 lượt khách tham quan, mua sắm.
""", byline="Ảnh: Nguyễn Hoàng Phúc", author="Nguyễn Hoàng Phúc", published=None, published_source=None, evidence=[],
        notes=["photo story as an Exhibit Builder page: 'layout-file-text' blocks (a photo linked to "
               "/exhibits/show/hoi-cho-ocop/item/N, its caption in div.exhibit-item-caption, the text beside it in "
               "div.exhibit-text): text and captions a line each; 'Ảnh: Nguyễn Hoàng Phúc' closes it (author); no date on "
               "the page ('Sáng 18/4' dates the event, the photos' 'Ngày' is on their item pages only): published null"])


# -- rendering ---------------------------------------------------------------------------------

def desc_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            if b.text.startswith("**") or b.text.startswith(("Số:", "Tiền Giang, ngày")):
                out.append(f'<p style="text-align: center;">{inline_html(b.text)}</p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, "table"))
    if a.byline:
        out.append(f"<p>{esc(a.byline)}</p>")
    return "\n".join(out)


def file_urls(name: str) -> dict:
    h = md5(name)
    ext = name.rsplit(".", 1)[1]
    return {"original": f"/files/original/{h}.{ext}", "fullsize": f"/files/fullsize/{h}.jpg",
            "thumb": f"/files/thumbnails/{h}.jpg", "square": f"/files/square_thumbnails/{h}.jpg"}


def layout(title: str, body_class: str, main: str, head: str = "") -> str:
    v = "?v=2.8.1"
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="description" content="Thư viện ảnh và tư liệu số của Liên minh Hợp tác xã tỉnh Tiền Giang">
    <title>{esc(title)} &middot; {esc(NAME)}</title>
    <link rel="alternate" type="application/rss+xml" title="Omeka RSS Feed" href="/items/browse?output=rss2" /><link rel="alternate" type="application/atom+xml" title="Omeka Atom Feed" href="/items/browse?output=atom" />
    {head}<!-- Plugin Stuff -->
    <!-- Stylesheets -->
    <link href="/application/views/scripts/css/iconfonts.css{v}" media="all" rel="stylesheet" type="text/css" >
<link href="/themes/berlin/css/skeleton.css{v}" media="all" rel="stylesheet" type="text/css" >
<link href="/themes/berlin/css/style.css{v}" media="all" rel="stylesheet" type="text/css" >
<link href="/plugins/ExhibitBuilder/views/public/css/exhibits.css{v}" media="all" rel="stylesheet" type="text/css" >
    <!-- JavaScripts -->
    <script type="text/javascript" src="/application/views/scripts/javascripts/vendor/jquery.js{v}"></script>
<script type="text/javascript" src="/themes/berlin/javascripts/berlin.js{v}"></script>
<script type="text/javascript" src="/application/views/scripts/javascripts/globals.js{v}"></script>
</head>
<body class="{body_class}">
    <a href="#content" id="skipnav">Bỏ qua để đến nội dung chính</a>
        <header role="banner">
            <div id="guest-user-bar"><ul class="navigation"><li><a href="/users/login">Đăng nhập</a></li><li><a href="/guest-user/user/register">Đăng ký</a></li></ul></div>
            <div id="site-title"><a href="/" ><img src="/files/theme_uploads/logo-lmhtx-tiengiang.png" alt="{attr(NAME)}" /></a></div>
            <div id="search-container" role="search">
                <form id="search-form" name="search-form" action="/search" method="get">    <input type="text" name="query" id="query" value="" title="Tìm kiếm">        <button name="submit_search" id="submit_search" type="submit" value="Tìm kiếm">Tìm kiếm</button></form>
                <a href="/items/search" class="advanced-search-link">Tìm kiếm nâng cao (chỉ tài liệu)</a>
            </div>
        </header>
        <nav id="top-nav" class="top" role="navigation">
            <ul class="navigation">
    <li>
        <a href="/items/browse">Duyệt tài liệu</a>
    </li>
    <li>
        <a href="/collections/browse">Duyệt bộ sưu tập</a>
    </li>
    <li>
        <a href="/exhibits">Duyệt triển lãm</a>
    </li>
    <li>
        <a href="/gioi-thieu">Giới thiệu</a>
    </li>
</ul>
        </nav>
        <div id="content" role="main" tabindex="-1">
{main}
</div><!-- end content -->
<footer role="contentinfo">
    <div id="footer-content" class="center-div">
        <div id="custom-footer-text"><p>{esc(FOOT)}</p></div>
        <p>{esc(COPY)}</p>
        <nav><ul class="navigation"><li><a href="/items/browse">Duyệt tài liệu</a></li><li><a href="/collections/browse">Duyệt bộ sưu tập</a></li></ul></nav>
        <p>Được hỗ trợ bởi <a href="{{{{base:offsite}}}}/omeka/">Omeka</a>.</p>
    </div><!-- end footer-content -->
</footer>
<script type="text/javascript">
jQuery(document).ready(function(){{ Omeka.showAdvancedForm(); Omeka.skipNav(); Berlin.dropDown(); }});
</script>
</body>
</html>
"""


def element(set_id: str, label: str, values: list[str], raw: bool = False) -> str:
    texts = "".join(f'<div class="element-text">{v if raw else esc(v)}</div>' for v in values)
    return f'<div id="{set_id}" class="element">\n        <h3>{label}</h3>\n        {texts}\n    </div><!-- end element -->'


DC_IDS = {"Nhan đề": "title", "Chủ đề": "subject", "Mô tả": "description", "Người tạo": "creator", "Nguồn": "source",
          "Nhà xuất bản": "publisher", "Ngày": "date", "Định dạng": "format", "Ngôn ngữ": "language", "Kiểu": "type",
          "Định danh": "identifier", "Phạm vi": "coverage"}


def item_main(it: Item, prev_id: int | None, next_id: int | None, exhibit_ctx: bool = False) -> str:
    els = []
    for label in DC_IDS:
        vals = [v for k, v in it.dc if k == label]
        if not vals:
            continue
        if label == "Mô tả" and it.article:
            els.append(element("dublin-core-description", label, [desc_html(it.article)], raw=True))
        else:
            els.append(element(f"dublin-core-{DC_IDS[label]}", label, vals))
    type_set = ""
    if it.type_meta:
        type_set = (f'<div class="element-set">\n    <h2>Siêu dữ liệu kiểu tài liệu {esc(it.itype)}</h2>\n'
                    + "\n".join(element("item-type-metadata-" + md5(k)[:6], k, [v]) for k, v in it.type_meta) + "\n</div>")
    files = ""
    if it.files:
        parts = []
        for name, alt in it.files:
            u = file_urls(name)
            if name.endswith(".pdf"):
                parts.append(f'<div class="item-file application-pdf"><a class="download-file" href="{u["original"]}"><img '
                             f'class="full" src="/application/views/scripts/images/fallback-file.png" alt="{attr(alt)}" '
                             f'title="{attr(alt)}"></a></div>')
            else:
                parts.append(f'<div class="item-file image-png"><a class="download-file" href="{u["original"]}"><img '
                             f'class="full" src="{u["fullsize"]}" alt="{attr(alt)}" title="{attr(alt)}"></a></div>')
        files = f'<div id="itemfiles">{"".join(parts)}</div>'
    coll = ""
    if it.coll:
        coll = (f'<div id="collection" class="element">\n        <h2>Bộ sưu tập</h2>\n        <div class="element-text">'
                f'<p><a href="/collections/show/{it.coll}">{esc(COLLECTIONS[it.coll][0])}</a></p></div>\n    </div>')
    tags = ""
    if it.tags:
        tags = ('<div id="item-tags" class="element">\n        <h2>Thẻ</h2>\n        <div class="element-text">'
                + ", ".join(f'<a href="/items/browse?tags={quote_plus(t)}" rel="tag">{esc(t)}</a>' for t in it.tags)
                + "</div>\n    </div>")
    creators = [v for k, v in it.dc if k == "Người tạo"]
    cite = (f"{esc(creators[0])}, " if creators else "") + f"&#8220;{esc(it.title)},&#8221; <em>{esc(NAME)}</em>, " \
        f'{ACCESSED}, <span class="citation-url">{{{{base}}}}{it.path}</span>.'
    outputs = ", ".join(f'<a href="{it.path}?output={o}">{o}</a>' for o in ("atom", "dc-rdf", "dcmes-xml", "json",
                                                                           "omeka-xml"))
    nav = ""
    if not exhibit_ctx:
        nav = ('<ul class="item-pagination navigation">\n    <li id="previous-item" class="previous">'
               + (f'<a href="/items/show/{prev_id}">&larr; Tài liệu trước</a>' if prev_id else "")
               + '</li>\n    <li id="next-item" class="next">'
               + (f'<a href="/items/show/{next_id}">Tài liệu sau &rarr;</a>' if next_id else "") + "</li>\n</ul>")
    coins = (f'<span class="Z3988" title="ctx_ver=Z39.88-2004&amp;rft_val_fmt=info%3Aofi%2Ffmt%3Akev%3Amtx%3Adc&amp;'
             f'rfr_id=info%3Asid%2Fomeka.org%3Agenerator&amp;rft.title={quote_plus(it.title)}&amp;rft.type=&amp;'
             f'rft.identifier={{{{base}}}}{it.path}"></span>')
    return f"""<h1>{esc(it.title)}</h1>

<div id="primary">
    {files}
    <div class="element-set">
    <h2>Dublin Core</h2>
    {chr(10).join(els)}
</div><!-- end element-set -->
{type_set}
    {coins}
</div><!-- end primary -->

<aside id="sidebar">
    {coll}
    {tags}
    <div id="item-citation" class="element">
        <h2>Trích dẫn</h2>
        <div class="element-text">{cite}</div>
    </div>
    <div id="item-output-formats" class="element">
        <h2>Định dạng đầu ra</h2>
        <div class="element-text"><ul id="output-format-list"><li>{outputs}</li></ul></div>
    </div>
</aside>
{nav}"""


class _Site(SiteBuild):
    """Every page through a route: the platform's paths nest under other pages' paths (`/news` and `/news/<slug>`),
    which plain files cannot do."""

    def page(self, path: str, content: str, *, encoding: str | None = None, content_type: str | None = None) -> None:
        super().page(path, content, encoding=encoding, content_type=content_type or "text/html; charset=utf-8")


def build() -> SiteBuild:
    site = _Site(SITE, "tien-giang", f"{NAME} (Omeka Classic 2.8)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/items/browse?output=rss2" % SITE])
    site.extra_boilerplate += FURN
    its = items()
    by_id = {it.id: it for it in its}
    ids = sorted(by_id)
    newest = sorted(its, key=lambda x: x.added, reverse=True)

    for it in its:
        k = ids.index(it.id)
        prev_id = ids[k - 1] if k > 0 else None
        next_id = ids[k + 1] if k + 1 < len(ids) else None
        site.page(it.path, layout(it.title, "items show", item_main(it, prev_id, next_id)))
        for o, ctype in (("atom", "application/atom+xml"), ("dc-rdf", "application/xml"), ("dcmes-xml", "application/xml"),
                         ("json", "application/json"), ("omeka-xml", "application/xml")):
            if o == "json":
                body = ('{"id":%d,"url":"{{base}}/api/items/%d","public":true,"added":"%s+00:00"}'
                        % (it.id, it.id, (it.added - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S")))
            else:
                body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-'
                        f'syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/"><rdf:Description rdf:about="{{{{base}}}}'
                        f'{it.path}"><dc:title>{esc(it.title)}</dc:title>'
                        + "".join(f"<dc:{DC_IDS[k2]}>{esc(v)}</dc:{DC_IDS[k2]}>" for k2, v in it.dc
                                  if k2 in DC_IDS and k2 not in ("Nhan đề", "Mô tả"))
                        + "</rdf:Description></rdf:RDF>\n")
            site.page(f"{it.path}?output={o}", body, content_type=f"{ctype}; charset=utf-8")
        for name, _alt in it.files:
            u = file_urls(name)
            if name.endswith(".pdf"):
                site.binary(u["original"], pdf(it.title, ["LIEN MINH HTX TINH TIEN GIANG", "THONG BAO SO 08/TB-LMHTX"]))
            else:
                for kind in ("original", "fullsize", "thumb", "square"):
                    site.binary(u[kind], image_for(name + kind))
        if it.article:
            site.add_article(it.article)
        else:
            site.non_articles.append(it.path)
    site.binary("/application/views/scripts/images/fallback-file.png", image_for("fallback"))
    site.trap("bare photo items (a title, a one-sentence 'Mô tả', 'Ngày' '1997', '2015 - 2019' or the shooting day, the "
              "photographer as 'Người tạo'): no articles", "/items/show/12")
    site.trap("every item's output formats ?output=atom|dc-rdf|dcmes-xml|json|omeka-xml (XML, JSON) and its COinS span; "
              "the previous/next links walk the ids", "/items/show/23?output=omeka-xml")

    # the exhibit
    ex = exhibit_article()
    slug, ex_title = EXHIBIT
    photo_items = {f[0][0]: i for i in (20, 21, 22) for f in [by_id[i].files]}
    blocks = []
    pending_text: list[str] = []
    for b in ex.blocks:
        if b.kind == "p":
            pending_text.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "img":
            iid = photo_items[b.src]
            u = file_urls(b.src)
            blocks.append((f'<div class="exhibit-items left fullsize"><div class="exhibit-item exhibit-file"><a '
                           f'class="exhibit-item-link" href="/exhibits/show/{slug}/item/{iid}"><img class="full" '
                           f'src="{u["fullsize"]}" alt="{attr(b.src)}" title="{attr(b.src)}"></a><div '
                           f'class="exhibit-item-caption"><p>{esc(b.text)}</p></div></div></div>', pending_text))
            pending_text = []
    html_blocks = []
    first_text = blocks[0][1]
    html_blocks.append(f'<div class="exhibit-block layout-text">{"".join(first_text)}</div>')
    for k, (item_html, _) in enumerate(blocks):
        after = blocks[k + 1][1] if k + 1 < len(blocks) else pending_text
        if k + 1 == len(blocks):
            after = after + [f"<p>{esc(ex.byline)}</p>"]
        html_blocks.append(f'<div class="exhibit-block layout-file-text">{item_html}<div class="exhibit-text">'
                           f'{"".join(after)}</div></div>')
    page2 = (f"/exhibits/show/{slug}/van-ban", "Văn bản về hội chợ")

    def tree(cur: str | None) -> str:
        current = ' class="current"'
        return ("<ul>" + "".join(f'<li{current if p == cur else ""}><a class="exhibit-page-title" '
                                 f'href="{p}">{esc(t)}</a></li>' for p, t in ((ex.path, EX_PAGE[1]), page2)) + "</ul>")
    main = (f'<h1><span class="exhibit-page">{esc(EX_PAGE[1])}</span></h1>\n<div id="exhibit-blocks">\n'
            + "\n".join(html_blocks) + '\n</div>\n<div id="exhibit-page-navigation">\n    <div id="exhibit-nav-prev">'
            f'<a class="previous-page" href="/exhibits/show/{slug}">&larr; {esc(ex_title)}</a></div>\n    <div '
            f'id="exhibit-nav-up"><a href="/exhibits/show/{slug}">{esc(ex_title)}</a></div>\n    <div id="exhibit-nav-next">'
            f'<a class="next-page" href="{page2[0]}">{esc(page2[1])} &rarr;</a></div>\n</div>\n<nav '
            f'id="exhibit-pages">\n    <h4><a href="/exhibits/show/{slug}">{esc(ex_title)}</a></h4>\n    {tree(ex.path)}\n</nav>')
    site.page(ex.path, layout(f"{EX_PAGE[1]} · {ex_title}", f"exhibits show exhibit-{slug}", main))
    site.add_article(ex)
    summary = (f'<h1>{esc(ex_title)}</h1>\n<div id="exhibit-description"><p>Những hình ảnh về Hội chợ OCOP và sản phẩm '
               f'hợp tác xã do Liên minh HTX tỉnh tổ chức.</p></div>\n<div id="exhibit-credits"><h3>Tác giả</h3><p>Văn phòng '
               f'Liên minh HTX tỉnh Tiền Giang</p></div>\n<nav id="exhibit-pages"><h4>Mục lục</h4>{tree(None)}</nav>')
    site.page(f"/exhibits/show/{slug}", layout(ex_title, f"exhibits summary exhibit-{slug}", summary))
    site.non_articles.append(f"/exhibits/show/{slug}")
    notice = by_id[19]
    doc_block = (f'<div class="exhibit-block layout-file"><div class="exhibit-items left thumbnail"><div class="exhibit-item '
                 f'exhibit-file"><a class="exhibit-item-link" href="/exhibits/show/{slug}/item/19"><img class="thumb" '
                 f'src="/application/views/scripts/images/fallback-file.png" alt="TB-08-LMHTX.pdf" title="TB-08-LMHTX.pdf">'
                 f'</a><div class="exhibit-item-caption"><p>Thông báo số 08/TB-LMHTX của Liên minh HTX tỉnh</p></div></div>'
                 f"</div></div>")
    main2 = (f'<h1><span class="exhibit-page">{esc(page2[1])}</span></h1>\n<div id="exhibit-blocks">\n{doc_block}\n</div>\n'
             f'<div id="exhibit-page-navigation">\n    <div id="exhibit-nav-prev"><a class="previous-page" href="{ex.path}">'
             f'&larr; {esc(EX_PAGE[1])}</a></div>\n    <div id="exhibit-nav-up"><a href="/exhibits/show/{slug}">'
             f'{esc(ex_title)}</a></div>\n</div>\n<nav id="exhibit-pages">\n    <h4><a href="/exhibits/show/{slug}">'
             f"{esc(ex_title)}</a></h4>\n    {tree(page2[0])}\n</nav>")
    site.page(page2[0], layout(f"{page2[1]} · {ex_title}", f"exhibits show exhibit-{slug}", main2))
    site.non_articles.append(page2[0])
    site.page(f"/exhibits/show/{slug}/item/19", layout(notice.title, "exhibits show item", item_main(notice, None, None, True)
                                                       + f'<p><a href="/exhibits/show/{slug}">Quay lại triển lãm</a></p>'))
    notice.article.aliases.append(f"/exhibits/show/{slug}/item/19")
    site.trap("the exhibit's second page /exhibits/show/hoi-cho-ocop/van-ban holds only the notice's file and a caption (no "
              "article); through it the notice is shown in the exhibit's item template /exhibits/show/hoi-cho-ocop/item/19: "
              "the same record, an alias", f"/exhibits/show/{slug}/item/19")
    for iid in (20, 21, 22):
        p = f"/exhibits/show/{slug}/item/{iid}"
        site.page(p, layout(by_id[iid].title, "exhibits show item", item_main(by_id[iid], None, None, True)
                            + f'<p><a href="/exhibits/show/{slug}">Quay lại triển lãm</a></p>'))
        site.non_articles.append(p)
    site.page("/exhibits", layout("Duyệt triển lãm", "exhibits browse", f'<h1>Duyệt triển lãm (1 tổng cộng)</h1>\n'
                                  f'<div class="exhibit"><h2><a href="/exhibits/show/{slug}">{esc(ex_title)}</a></h2><div '
                                  f'class="description"><p>Những hình ảnh về Hội chợ OCOP và sản phẩm hợp tác xã.</p></div>'
                                  '</div>'))
    site.non_articles.append("/exhibits")
    site.trap("the exhibit's summary /exhibits/show/hoi-cho-ocop ('Mục lục'), /exhibits, and the photos shown inside the "
              "exhibit /exhibits/show/hoi-cho-ocop/item/N (the item template without prev/next): no articles",
              "/exhibits/show/hoi-cho-ocop")

    # browse listings
    def item_card(it: Item) -> str:
        img = ""
        if it.files and not it.files[0][0].endswith(".pdf"):
            img = (f'<div class="item-img"><a href="{it.path}"><img src="{file_urls(it.files[0][0])["square"]}" '
                   f'alt="{attr(it.files[0][1])}" title="{attr(it.files[0][1])}"></a></div>')
        desc = esc(it.snippet()[:250])
        tags = ("" if not it.tags else '<div class="tags"><p><strong>Thẻ:</strong> '
                + ", ".join(f'<a href="/items/browse?tags={quote_plus(t)}" rel="tag">{esc(t)}</a>' for t in it.tags)
                + "</p></div>")
        return (f'<div class="item hentry">\n    <h2><a href="{it.path}" class="permalink">{esc(it.title)}</a></h2>\n    '
                f'<div class="item-meta">\n    {img}\n    <div class="item-description">\n        {desc}    </div>\n    '
                f"{tags}\n    </div><!-- end class=\"item-meta\" -->\n</div><!-- end class=\"item hentry\" -->")

    def pager(base_q: str, n: int, total: int) -> str:
        if total < 2:
            return ""
        sep = "&amp;" if base_q else ""
        pre = f"/items/browse?{base_q}{sep}"
        prev = (f'<li class="pagination_previous"><a rel="prev" href="{pre}page={n - 1}">&lt;</a></li>' if n > 1 else "")
        nxt = (f'<li class="pagination_next"><a rel="next" href="{pre}page={n + 1}">&gt;</a></li>' if n < total else "")
        return (f'<nav class="pagination-nav" aria-label="Phân trang"><ul class="pagination">{prev}<li '
                f'class="page-input"><form action="/items/browse" method="get" accept-charset="utf-8"><label>Trang '
                f'<input type="text" name="page" title="Trang hiện tại" value="{n}"> / {total}</label></form></li>{nxt}'
                f"</ul></nav>")

    sort_links = ('<div id="sort-links"><span class="sort-label">Sắp xếp theo: </span><ul id="sort-links-list"><li><a '
                  'href="/items/browse?sort_field=Dublin+Core%2CTitle">Nhan đề</a></li><li><a '
                  'href="/items/browse?sort_field=Dublin+Core%2CCreator">Người tạo</a></li><li class="sorting desc"><a '
                  'href="/items/browse?sort_field=added&amp;sort_dir=a">Ngày thêm</a></li></ul></div>')

    def listing(base_q: str, seq: list[Item], heading: str) -> None:
        pages = [seq[i:i + PER] for i in range(0, len(seq), PER)] or [[]]
        for n, chunk in enumerate(pages, 1):
            q = base_q + ("&" if base_q and n > 1 else "") + (f"page={n}" if n > 1 else "")
            path = "/items/browse" + (f"?{q}" if q else "")
            outputs = ""
            if not base_q:
                outputs = ('<div id="outputs"><span class="outputs-label">Định dạng đầu ra</span><ul '
                           'id="output-format-list"><li>'
                           + ", ".join(f'<a href="{path}{"&amp;" if "?" in path else "?"}output={o}">{o}</a>'
                                       for o in ("atom", "rss2")) + "</li></ul></div>")
            main = (f'<h1>{esc(heading)} ({len(seq)} tổng cộng)</h1>\n<nav class="items-nav navigation secondary-nav">'
                    '<ul class="navigation"><li class="active"><a href="/items/browse">Duyệt tất cả</a></li><li><a '
                    'href="/items/tags">Duyệt theo thẻ</a></li><li><a href="/items/search">Tìm kiếm tài liệu</a></li></ul>'
                    f'</nav>\n{pager(base_q.replace("&", "&amp;"), n, len(pages))}\n{sort_links}\n'
                    + "\n".join(item_card(x) for x in chunk) + f"\n{pager(base_q.replace('&', '&amp;'), n, len(pages))}\n"
                    + outputs)
            site.page(path, layout(heading, "items browse", main))
            site.non_articles.append(path)
            if n == 1 and len(pages) > 1:
                site.same_page("/items/browse?" + base_q + ("&" if base_q else "") + "page=1", path)
            if not base_q:
                for o in ("atom", "rss2"):
                    feed_items = "".join(
                        f"<item><title>{esc(x.title)}</title><link>{{{{base}}}}{x.path}</link><description><![CDATA["
                        f"{x.snippet()}]]></description><pubDate>{rfc(x.added)}</pubDate><guid isPermaLink=\"true\">"
                        f"{{{{base}}}}{x.path}</guid></item>" for x in chunk)
                    body = (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{esc(NAME)}'
                            f'</title><link>{{{{base}}}}/</link><description>Tài liệu mới</description><pubDate>'
                            f'{rfc(chunk[0].added)}</pubDate><generator>Zend_Feed_Writer</generator>{feed_items}</channel>'
                            "</rss>\n") if o == "rss2" else (
                        f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title>'
                        f'{esc(NAME)}</title><id>{{{{base}}}}/items/browse</id><updated>'
                        f'{chunk[0].added - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}+00:00</updated>'
                        + "".join(f'<entry><title>{esc(x.title)}</title><link rel="alternate" href="{{{{base}}}}{x.path}"/>'
                                  f'<id>{{{{base}}}}{x.path}</id><updated>{x.added - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}'
                                  f'+00:00</updated></entry>' for x in chunk) + "</feed>\n")
                    site.page(f"{path}{'&' if '?' in path else '?'}output={o}", body,
                              content_type=("application/rss+xml" if o == "rss2" else "application/atom+xml")
                              + "; charset=utf-8")

    listing("", newest, "Duyệt tài liệu")
    site.same_page("/items", "/items/browse")
    site.trap("/items/browse (= /items; newest added first, 10 a page): title, a 250-character snippet of 'Mô tả', tags; "
              "the oldest news item only on ?page=2; the feeds ?output=rss2 / ?output=atom (the first page; pubDate the "
              "time added, in UTC)", "/items/browse?page=2")

    def title_key(x: Item) -> str:
        return x.title

    listing("sort_field=Dublin+Core%2CTitle", sorted(its, key=title_key), "Duyệt tài liệu")
    listing("sort_field=Dublin+Core%2CCreator", sorted(its, key=lambda x: x.creator() or ""), "Duyệt tài liệu")
    listing("sort_field=added&sort_dir=a", sorted(its, key=lambda x: x.added), "Duyệt tài liệu")
    tags = sorted({t for it in its for t in it.tags})
    for t in tags:
        listing(f"tags={quote_plus(t)}", [x for x in newest if t in x.tags], f"Duyệt tài liệu (Thẻ: {t})")
    for c in COLLECTIONS:
        listing(f"collection={c}", [x for x in newest if x.coll == c], "Duyệt tài liệu")
    site.trap("the browse's sort links (?sort_field=Dublin+Core%2CTitle, …%2CCreator, ?sort_field=added&sort_dir=a), "
              "tag lists ?tags=<tag> and collection lists ?collection=<n>: listings", "/items/browse?tags=OCOP")
    cloud = "".join(f'<li class="{"popular" if sum(t in x.tags for x in its) > 2 else "v-popular"}"><a '
                    f'href="/items/browse?tags={quote_plus(t)}">{esc(t)}</a></li>' for t in tags)
    site.page("/items/tags", layout("Duyệt tài liệu theo thẻ", "items tags", f'<h1>Duyệt tài liệu theo thẻ ({len(tags)} '
                                    f'tổng cộng)</h1><div class="hTagcloud"><ul class="popularity">{cloud}</ul></div>'))
    site.page("/items/search", layout("Tìm kiếm tài liệu", "items advanced-search", '<h1>Tìm kiếm tài liệu</h1><form '
                                      'id="advanced-search-form" action="/items/browse" method="GET"><input type="text" '
                                      'name="search" /><select name="collection"><option value="">Chọn bộ sưu tập</option>'
                                      '</select><input type="submit" value="Tìm kiếm" /></form>'))
    site.non_articles += ["/items/tags", "/items/search"]

    # collections
    cards = []
    for c, (ctitle, cdesc) in COLLECTIONS.items():
        members = [x for x in newest if x.coll == c]
        cards.append(f'<div class="collection"><h2><a href="/collections/show/{c}">{esc(ctitle)}</a></h2><div '
                     f'class="collection-description">{esc(cdesc)}</div><p class="view-items-link"><a '
                     f'href="/items/browse?collection={c}">Xem các tài liệu trong {esc(ctitle)}</a></p></div>')
        main = (f'<h1>{esc(ctitle)}</h1>\n<div id="collection-items"><h2>Tài liệu trong bộ sưu tập {esc(ctitle)}</h2>'
                + "".join(item_card(x) for x in members[:10])
                + f'</div><p class="view-items-link"><a href="/items/browse?collection={c}">Xem các tài liệu trong '
                  f'{esc(ctitle)}</a></p><div id="collection-description" class="element"><h2>Mô tả</h2><div '
                  f'class="element-text">{esc(cdesc)}</div></div>')
        site.page(f"/collections/show/{c}", layout(ctitle, "collections show", main))
        site.non_articles.append(f"/collections/show/{c}")
    site.page("/collections/browse", layout("Duyệt bộ sưu tập", "collections browse",
                                            f'<h1>Duyệt bộ sưu tập ({len(COLLECTIONS)} tổng cộng)</h1>' + "".join(cards)))
    site.non_articles.append("/collections/browse")
    site.trap("collections /collections/show/<n> (their items, 'Xem các tài liệu trong …') and /collections/browse: "
              "listings; the oldest news item is in none", "/collections/show/3")

    # home, simple page
    recent = newest[:3]
    home = ('<div id="primary">\n<div id="featured-item"><h2>Tài liệu nổi bật</h2>' + item_card(by_id[19])
            + '</div>\n<div id="recent-items"><h2>Tài liệu mới thêm</h2>' + "".join(item_card(x) for x in recent)
            + '<p class="view-items-link"><a href="/items">Xem tất cả tài liệu</a></p></div>\n<div id="featured-exhibit">'
            f'<h2>Triển lãm nổi bật</h2><h3><a href="/exhibits/show/{slug}">{esc(ex_title)}</a></h3></div>\n</div>')
    site.page("/", layout("Trang chủ", "home", home))
    site.non_articles.append("/")
    site.page("/gioi-thieu", layout("Giới thiệu", "simple-pages page", '<h1>Giới thiệu</h1><p>Thư viện số lưu giữ ảnh, '
                                    'văn bản và tin bài của Liên minh Hợp tác xã tỉnh Tiền Giang.</p><p>Tin mới: <a '
                                    f'href="/items/show/23/">{esc(by_id[23].title)}</a></p>'))
    site.same_page("/items/show/23/", "/items/show/23")
    by_id[23].article.aliases.append("/items/show/23/")
    site.trap("the Simple Page /gioi-thieu links the newest news by a hand-typed /items/show/23/ (Zend's router takes the "
              "trailing slash: the same page, an alias)", "/items/show/23/")
    site.non_articles.append("/gioi-thieu")
    site.trap("home (Berlin: 'Tài liệu nổi bật' = the notice, 'Tài liệu mới thêm' = the 3 newest, the featured exhibit) "
              "and the Simple Page /gioi-thieu: no articles", "/")

    for p, title in (("/users/login", "Đăng nhập"), ("/guest-user/user/register", "Đăng ký")):
        site.page(p, layout(title, "users login", f'<h1>{title}</h1><form method="post" action="{p}"><input '
                                                  'name="username" /><input type="password" name="password" /></form>'))
        site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /users/\nDisallow: /guest-user/\n")
    site.trap("Guest User's 'Đăng nhập' /users/login and 'Đăng ký' /guest-user/user/register on every page: robots.txt "
              "disallows them", "/users/login")
    return site
