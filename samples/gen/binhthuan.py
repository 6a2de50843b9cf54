"""Site `lmhtx-binhthuan` (family `generic`: an ASP.NET WebForms provincial portal, never tuned on).

URL shapes (portals.md): articles `/1338/33450/<catId>/<articleId>/<cat-slug>/<title-slug>.aspx`,
category listings `/1338/33450/<catId>/<cat-slug>.aspx` (pagination `?Page=2`); every listing
declares `<link rel="canonical">` with an empty search parameter (`?Keyword=&Page=N`), which the
server answers like the plain URL. The whole `<body>` is one `<form id="aspnetForm" method="post">`
with `__VIEWSTATE` / `__EVENTVALIDATION` hidden inputs; the layout is a table
(`td.tdLeft`, `td.tdCenter`, `td.tdRight > div#ctl00_pnlRight`). Every page, the home page
included, declares `<meta property="og:type" content="article">` and
`<meta name="author" content="Liên minh Hợp tác xã tỉnh Bình Thuận">` (the site, not a person).

Article anatomy: the heading is a `<span class="TieuDe">` (an ASP.NET Label, no `<h1>` on any
page), then "14/03/2024 08:30 | Lượt xem: 2322", the sapo in bold, the body pasted from Word
(`p.MsoNormal` with spans) with, inside it, a floated "Xem thêm:" table of related links (not
text); the byline is the last right-aligned paragraph (part of the text, author = the person:
"Bài, ảnh: Nguyễn Hải" -> "Nguyễn Hải"); "Tập tin đính kèm:" after the body; no JSON-LD.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime

from .core import (
    POLL_OPTIONS,
    POLL_QUESTION,
    TODAY_2026,
    Article,
    Furniture,
    SiteBuild,
    attr,
    counter,
    dmy,
    esc,
    inline_html,
    iso,
    listing_pages,
    page_links,
    pdf,
)

SITE = "lmhtx-binhthuan"
NAME = "Liên minh Hợp tác xã tỉnh Bình Thuận"
SHORT = "Liên minh HTX tỉnh Bình Thuận"

F = Furniture(
    org=NAME,
    short=SHORT,
    today="Thứ Hai, ngày 23 tháng 11 năm 2026",
    slogans=["Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh Bình Thuận lần thứ XV, nhiệm kỳ 2025 - 2030!",
             "Bình Thuận - Đoàn kết, năng động, sáng tạo, phát triển bền vững"],
    responsible="Chịu trách nhiệm chính: Ông Nguyễn Văn Dũng - Chủ tịch Liên minh Hợp tác xã tỉnh Bình Thuận",
    licence="Giấy phép số 05/GP-STTTT ngày 21/02/2019 của Sở Thông tin và Truyền thông tỉnh Bình Thuận",
    source_note="Ghi rõ nguồn Liên minh HTX tỉnh Bình Thuận khi trích dẫn lại thông tin từ Trang này",
    copyright="Copyright © 2019 Liên minh Hợp tác xã tỉnh Bình Thuận. Phát triển bởi VNPT Bình Thuận",
    address="Địa chỉ: 04 Nguyễn Tất Thành, phường Phú Thủy, TP Phan Thiết, tỉnh Bình Thuận",
    phone="Điện thoại: 0252.3822.571",
    email="Email: lmhtx@binhthuan.gov.vn",
    counter=(57, 204, 876532),
)
OWNER = f"Cơ quan chủ quản: {NAME}"
HEADER = "TRANG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH BÌNH THUẬN"
WEATHER = ("Phan Thiết", "33°C", "Nắng, gió nhẹ", "Độ ẩm: 72%")
HOTLINE = "Đường dây nóng: 0252.3822.572"

PREFIX = "/1338/33450"
CATS = {66971: ("tin-hoat-dong", "Tin hoạt động"), 66973: ("kinh-te-tap-the", "Kinh tế tập thể")}
MAIN_CAT = 66971
CONTACT = f"{PREFIX}/66980/lien-he.aspx"
PDF_PATH = "/Portals/0/VanBan/2024/KH-35-LMHTX.pdf"
PER_PAGE = 5
CP = "ctl00_ContentPlaceHolder1_ctl00"


def listing(cat: int, n: int = 1, keyword: bool = False) -> str:
    path = f"{PREFIX}/{cat}/{CATS[cat][0]}.aspx"
    if keyword:
        return f"{path}?Keyword=&Page={n}"
    return path if n == 1 else f"{path}?Page={n}"


def art(cat: int, id_: int, slug: str) -> str:
    return f"{PREFIX}/{cat}/{id_}/{CATS[cat][0]}/{slug}.aspx"


def cat_of(path: str) -> int:
    return int(path.split("/")[3])


def views(path: str) -> int:
    return VIEWS.get(int(path.split("/")[4]), 100)


VIEWS = {605231: 412, 604950: 1587, 604887: 2322, 604702: 96, 604518: 905, 604120: 1130,
         603777: 688, 603410: 845, 602955: 1204}


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=art(66971, 605231, "lien-minh-htx-tinh-so-ket-hoat-dong-6-thang-dau-nam-2024"),
          title="Liên minh HTX tỉnh sơ kết hoạt động 6 tháng đầu năm 2024",
          date=datetime(2024, 7, 9, 14, 20),
          lead="Ngày 08/7/2024, Liên minh Hợp tác xã tỉnh Bình Thuận tổ chức hội nghị sơ kết hoạt động 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.",
          body="""
Sáu tháng đầu năm, toàn tỉnh thành lập mới 9 HTX, nâng tổng số HTX đang hoạt động lên 186 HTX với hơn 21.000 thành viên. Các HTX nông nghiệp tiếp tục giữ vai trò chủ lực, tập trung vào cây thanh long, lúa, điều và nuôi trồng thủy sản.
[img so-ket-6-thang-2024-lmhtx-bt.png] Quang cảnh hội nghị sơ kết 6 tháng đầu năm 2024
Liên minh HTX tỉnh đã tổ chức 4 lớp bồi dưỡng cho 210 cán bộ quản lý HTX; tư vấn cho 23 HTX sửa đổi điều lệ theo Luật Hợp tác xã năm 2023; cho 6 HTX vay vốn từ Quỹ hỗ trợ phát triển HTX với tổng số tiền 3,5 tỷ đồng.
## Nhiệm vụ 6 tháng cuối năm
* Hướng dẫn HTX hoàn thành việc sửa đổi, bổ sung điều lệ theo Luật Hợp tác xã năm 2023;
* Hỗ trợ HTX thanh long xây dựng mã số vùng trồng phục vụ xuất khẩu;
* Tổ chức Hội nghị biểu dương HTX, tổ hợp tác tiêu biểu giai đoạn 2019 - 2024.
""",
          byline="Ngọc Lan", author="Ngọc Lan", **dated(datetime(2024, 7, 9, 14, 20)),
          opts={"see_also": 1},
          notes=["inline 'Xem thêm:' box of related links inside the body (a floated table between paragraphs): not text"]),
        A(path=art(66973, 604950, "htx-thanh-long-ham-minh-xuat-khau-chinh-ngach-sang-han-quoc"),
          title="HTX thanh long Hàm Minh xuất khẩu chính ngạch sang Hàn Quốc",
          date=datetime(2024, 5, 22, 16, 10),
          lead="HTX nông nghiệp Hàm Minh (huyện Hàm Thuận Nam) vừa xuất khẩu chính ngạch 20 tấn thanh long ruột đỏ sang Hàn Quốc, mở ra hướng tiêu thụ ổn định cho các thành viên.",
          body="""
HTX hiện có 68 thành viên với 95 ha thanh long, trong đó 40 ha được cấp mã số vùng trồng và 25 ha đạt chứng nhận GlobalGAP. Toàn bộ quy trình từ chăm sóc, thu hái đến sơ chế, đóng gói đều được ghi chép nhật ký, bảo đảm truy xuất nguồn gốc.
[img thanh-long-ham-minh-xuat-khau.png] Đóng gói thanh long xuất khẩu tại nhà sơ chế của HTX nông nghiệp Hàm Minh
Giá thanh long xuất khẩu cao hơn 25 - 30% so với bán cho thương lái. Ông Trần Văn Thành, Giám đốc HTX cho biết, năm 2024 HTX phấn đấu xuất khẩu 300 tấn, đồng thời liên kết với 2 doanh nghiệp chế biến rượu vang, sấy dẻo thanh long để tiêu thụ quả loại 2.
""",
          byline="Ngọc Lan", author="Ngọc Lan", **dated(datetime(2024, 5, 22, 16, 10)),
          opts={"see_also": 3}),
        A(path=art(66971, 604887, "ban-hanh-ke-hoach-huong-ung-thang-hanh-dong-vi-htx-nam-2024"),
          title="Liên minh HTX tỉnh ban hành Kế hoạch hưởng ứng Tháng hành động vì HTX năm 2024",
          date=datetime(2024, 5, 3, 8, 30),
          body="""
Thực hiện Kế hoạch số 1185/KH-LMHTXVN ngày 16/4/2024 của Liên minh HTX Việt Nam, ngày 02/5/2024, Liên minh HTX tỉnh Bình Thuận ban hành Kế hoạch số 35/KH-LMHTX tổ chức các hoạt động hưởng ứng Tháng hành động vì HTX năm 2024.
Tháng hành động được tổ chức từ ngày 15/5 đến ngày 15/6/2024 với chủ đề “Hợp tác xã tiên phong trong chuyển đổi số, phát triển xanh”. Theo kế hoạch, Liên minh HTX tỉnh sẽ tổ chức:
- Hội nghị tuyên truyền Luật Hợp tác xã năm 2023 tại các huyện Hàm Thuận Bắc, Hàm Thuận Nam, Bắc Bình;
- Tọa đàm “HTX với chuyển đổi số” cho cán bộ quản lý HTX và tổ hợp tác;
- Chương trình kết nối, giới thiệu sản phẩm OCOP của HTX tại TP Phan Thiết.
Các HTX, tổ hợp tác trên địa bàn tỉnh chủ động đăng ký tham gia các hoạt động trước ngày 10/5/2024. Toàn văn Kế hoạch được đính kèm bên dưới.
""",
          byline="Minh Tâm", author="Minh Tâm", **dated(datetime(2024, 5, 3, 8, 30)),
          attachments=[{"path": PDF_PATH, "text": "KH-35-LMHTX.pdf"}],
          notes=["news about a plan, with the plan as a PDF under 'Tập tin đính kèm:' after the body (doc_number null: the page is not the document)",
                 "no photo; '- ' paragraphs"]),
        A(path=art(66973, 604120, "nuoc-mam-cua-htx-o-phan-thiet-dat-ocop-4-sao"),
          title="Nước mắm của HTX ở Phan Thiết đạt OCOP 4 sao",
          date=datetime(2024, 2, 26, 9, 40),
          body="""
Hội đồng đánh giá, phân hạng sản phẩm OCOP tỉnh Bình Thuận vừa công nhận sản phẩm nước mắm cá cơm 40 độ đạm của HTX chế biến hải sản Phú Hài (TP Phan Thiết) đạt chuẩn OCOP 4 sao.
HTX được thành lập năm 2019 trên cơ sở liên kết 12 cơ sở chế biến nước mắm truyền thống, sản lượng bình quân 300.000 lít mỗi năm. Sản phẩm được ủ chượp trong thùng gỗ từ 12 - 18 tháng, không sử dụng chất bảo quản.
[img nuoc-mam-phu-hai-ocop.png] Sản phẩm nước mắm đạt OCOP 4 sao của HTX chế biến hải sản Phú Hài
## Kế hoạch phát triển sản phẩm
* Đăng ký nhãn hiệu tập thể “Nước mắm Phan Thiết” cho các thành viên;
* Mở điểm giới thiệu sản phẩm tại các khu du lịch Mũi Né;
* Đưa sản phẩm lên sàn thương mại điện tử và hệ thống siêu thị.
""",
          byline="Minh Tâm", author="Minh Tâm", **dated(datetime(2024, 2, 26, 9, 40))),
        A(path=art(66971, 604518, "lien-minh-htx-tinh-binh-thuan-tong-ket-cong-tac-nam-2023"),
          title="Liên minh HTX tỉnh Bình Thuận tổng kết công tác năm 2023",
          date=datetime(2024, 1, 17, 15, 0),
          lead="Chiều 16/01/2024, Liên minh HTX tỉnh Bình Thuận tổ chức Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024. Dự hội nghị có đại diện lãnh đạo UBND tỉnh, các sở, ngành và hơn 100 đại biểu là cán bộ quản lý HTX.",
          body="""
Năm 2023, khu vực kinh tế tập thể của tỉnh duy trì mức tăng trưởng khá. Doanh thu bình quân của HTX đạt 3,4 tỷ đồng/năm; lãi bình quân 265 triệu đồng/HTX; thu nhập bình quân của lao động thường xuyên trong HTX đạt 5,8 triệu đồng/tháng.
[img tong-ket-2023-lmhtx-binh-thuan.png] Lãnh đạo UBND tỉnh tặng Bằng khen cho các HTX tiêu biểu
Kết quả nổi bật trong năm:
- Thành lập mới 17 HTX và 25 tổ hợp tác;
- 8 HTX được hỗ trợ ứng dụng công nghệ cao trong sản xuất nông nghiệp;
- 19 sản phẩm của HTX được công nhận đạt chuẩn OCOP.
Năm 2024, Liên minh HTX tỉnh đặt mục tiêu thành lập mới 20 HTX, đưa tỷ lệ HTX xếp loại tốt, khá lên 65%, tiếp tục thực hiện Chương trình hành động số 35-CTr/TU ngày 10/11/2022 của Tỉnh ủy về thực hiện Nghị quyết số 20-NQ/TW.
""",
          byline="Bài, ảnh: Nguyễn Hải", author="Nguyễn Hải", **dated(datetime(2024, 1, 17, 15, 0)),
          opts={"see_also": 1},
          notes=["byline 'Bài, ảnh: Nguyễn Hải' (part of the text; the author is Nguyễn Hải) while <meta name=author> names the site"]),
        A(path=art(66971, 603777, "tap-huan-nang-cao-nang-luc-quan-tri-cho-htx-nong-nghiep"),
          title="Tập huấn nâng cao năng lực quản trị cho HTX nông nghiệp",
          date=datetime(2023, 11, 21, 10, 45),
          body="""
Từ ngày 20 - 21/11/2023, tại TP Phan Thiết, Liên minh HTX tỉnh phối hợp với Chi cục Phát triển nông thôn tổ chức lớp tập huấn nâng cao năng lực quản trị cho 60 cán bộ quản lý, kế toán của các HTX nông nghiệp.
[img tap-huan-quan-tri-htx-bt.png] Giảng viên hướng dẫn học viên lập phương án sản xuất kinh doanh
Học viên được trang bị kiến thức về xây dựng phương án sản xuất kinh doanh, quản lý tài chính, chế độ kế toán HTX theo Thông tư số 71/2019/TT-BTC ngày 30/9/2019 của Bộ Tài chính và kỹ năng đàm phán, ký kết hợp đồng liên kết tiêu thụ nông sản.
Theo đánh giá của Liên minh HTX tỉnh, năng lực quản trị còn hạn chế là nguyên nhân chính khiến nhiều HTX nông nghiệp hoạt động cầm chừng. Thời gian tới, Liên minh HTX tỉnh sẽ tiếp tục mở các lớp bồi dưỡng chuyên sâu, ưu tiên cán bộ trẻ có trình độ đại học về làm việc tại HTX.
""",
          byline="Ngọc Lan", author="Ngọc Lan", **dated(datetime(2023, 11, 21, 10, 45))),
        A(path=art(66971, 603410, "khao-sat-mo-hinh-htx-san-xuat-muoi-o-tuy-phong"),
          title="Khảo sát mô hình HTX sản xuất muối ở Tuy Phong",
          date=datetime(2023, 9, 21),
          body="""
Ngày 20/9, đoàn công tác Liên minh HTX tỉnh đã khảo sát hoạt động của HTX sản xuất muối Vĩnh Hảo và HTX diêm nghiệp Phước Thể ở huyện Tuy Phong.
Hai HTX có tổng diện tích sản xuất hơn 180 ha, sản lượng bình quân 25.000 tấn muối mỗi năm. Những năm gần đây, HTX đã đầu tư trải bạt nền ô kết tinh, giúp hạt muối sạch hơn, giá bán cao hơn 20 - 30% so với muối sản xuất theo cách truyền thống.
[img htx-muoi-tuy-phong.png] Diêm dân HTX diêm nghiệp Phước Thể thu hoạch muối trên ruộng trải bạt
Tuy nhiên, giá muối bấp bênh, thiếu kho chứa và chưa có doanh nghiệp bao tiêu ổn định đang là khó khăn lớn. Các HTX kiến nghị tỉnh hỗ trợ xây dựng kho muối tập trung và nhãn hiệu tập thể “Muối Tuy Phong”.
""",
          byline="Minh Tâm", author="Minh Tâm",
          published=iso(datetime(2023, 9, 21), False), published_source="listing", evidence=["listing"],
          opts={"date_text": "21/09"},
          notes=["year-less date '21/09 | Lượt xem: 845', body 'Ngày 20/9'; only listing page 2 shows (21/09/2023) -> published from the listing"]),
        A(path=art(66971, 602955, "tuyen-truyen-nghi-quyet-so-20-nq-tw-cho-can-bo-thanh-vien-htx"),
          title="Tuyên truyền Nghị quyết số 20-NQ/TW cho cán bộ, thành viên HTX",
          date=datetime(2023, 6, 14, 9, 15),
          lead="Ngày 13/6/2023, tại huyện Hàm Thuận Bắc, Liên minh HTX tỉnh phối hợp với Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị tuyên truyền Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương Đảng khóa XIII cho hơn 150 cán bộ, thành viên HTX.",
          body="""
Báo cáo viên đã giới thiệu những quan điểm, mục tiêu và nhiệm vụ, giải pháp chủ yếu của Nghị quyết; Nghị quyết số 09/NQ-CP ngày 02/02/2023 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 20-NQ/TW và Chương trình hành động số 35-CTr/TU ngày 10/11/2022 của Tỉnh ủy Bình Thuận.
[img tuyen-truyen-nq20-ham-thuan-bac.png] Đại biểu dự hội nghị tuyên truyền tại huyện Hàm Thuận Bắc
Qua hội nghị, cán bộ, thành viên HTX hiểu rõ hơn bản chất, vai trò của kinh tế tập thể; những chính sách mới của Nhà nước về đất đai, tín dụng, đào tạo nguồn nhân lực và hỗ trợ HTX ứng dụng khoa học công nghệ.
""",
          byline="Minh Tâm", author="Minh Tâm", **dated(datetime(2023, 6, 14, 9, 15))),
    ]


def stubs() -> list[Article]:
    return [Article(path=art(66971, 604702, "hinh-anh-mua-thu-hoach-thanh-long-o-ham-thuan-nam"),
                    title="Hình ảnh: Mùa thu hoạch thanh long ở Hàm Thuận Nam",
                    date=datetime(2024, 3, 29, 7, 50),
                    body="[img thu-hoach-thanh-long-ham-thuan-nam.png] Thành viên HTX nông nghiệp Hàm Minh thu hoạch thanh long chong đèn")]


def boilerplate() -> list[str]:
    a, b, c = F.counter
    return [F.today, *F.slogans, "Cỡ chữ:", "TRANG CHỦ", "TIN HOẠT ĐỘNG", "KINH TẾ TẬP THỂ", "LIÊN HỆ",
            "Lượt xem:", "Xem thêm:", "Tập tin đính kèm:", "In bài", "Gửi email", "Quay lại",
            "Tin cùng chuyên mục", "CHUYÊN MỤC", "KHẢO SÁT", "Tin xem nhiều", "THỜI TIẾT", WEATHER[2], WEATHER[3],
            "LIÊN KẾT WEBSITE", HOTLINE,
            "Thống kê truy cập", "Đang truy cập : 12", f"Hôm nay : {a}", f"Hôm qua : {b}", f"Tổng số : {c}",
            POLL_QUESTION, *POLL_OPTIONS, "Biểu quyết", "Xem kết quả",
            HEADER, OWNER, F.responsible, F.licence, F.source_note, F.copyright, F.address, F.phone, F.email]


# -- page pieces -------------------------------------------------------------------------------

def viewstate(path: str, n: int = 96) -> str:
    seed = hashlib.sha256(path.encode()).digest()
    raw = b"".join(hashlib.sha256(seed + bytes([i])).digest() for i in range(n // 32 + 1))[:n]
    return "/wEPDwUKLTU4NzY5NjA2Mw9kFgJmD2QWAgID" + base64.b64encode(raw).decode()


def span(text: str, size: str = "13pt") -> str:
    return f"<span style=\"font-size:{size};line-height:115%;font-family:'Times New Roman',serif\">{text}</span>"


def see_also(related: list[Article]) -> str:
    lis = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in related)
    return ('<table align="right" width="38%" cellpadding="6" style="border:1px solid #c9c9c9;margin:4px 0 8px 12px;'
            f'background:#f3f7fb"><tbody><tr><td><b>Xem thêm:</b><ul>{lis}</ul></td></tr></tbody></table>')


def image_src(a: Article, src: str | None) -> str:
    return f"/Portals/0/Images/{a.date:%Y}/{src}" if src else "/Portals/0/Images/no-image.png"


def body_html(a: Article, related: list[Article]) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p class="MsoNormal" style="text-align:justify;text-indent:36pt">{span(inline_html(b.text))}</p>')
        elif b.kind == "h":
            parts.append(f'<p class="MsoNormal" style="text-align:justify"><b>{span(inline_html(b.text))}</b></p>')
        elif b.kind == "ul":
            parts.append('<ul style="margin-top:0cm">' + "".join(f"<li>{span(inline_html(i))}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p class="MsoNormal" align="center" style="text-align:center"><img src="{image_src(a, b.src)}" '
                         'width="550" border="0" alt="" /></p>')
            if b.text:
                parts.append(f'<p class="MsoNormal" align="center" style="text-align:center"><i>{span(inline_html(b.text), "12pt")}</i></p>')
    if "see_also" in a.opts and related:
        parts.insert(a.opts["see_also"], see_also(related))  # after that many blocks
    if a.byline:
        parts.append('<p class="MsoNormal">&nbsp;</p>')
        parts.append(f'<p class="MsoNormal" align="right" style="text-align:right"><b>{span(inline_html(a.byline))}</b></p>')
    return "\n".join(parts)


def items_ul(items: list[Article], dates: bool = True) -> str:
    return "<ul>" + "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a>' + (f' <span class="gray">({dmy(a.date)})</span>' if dates else "")
        + "</li>" for a in items) + "</ul>"


def block(title: str, inner: str) -> str:
    return f'<div class="bl"><div class="bl-t">{title}</div><div class="bl-c">{inner}</div></div>'


def left(popular: list[Article]) -> str:
    menu = ('<ul class="dm">'
            '<li><a href="/">Trang chủ</a></li>'
            f'<li><a href="{listing(66971)}">Tin hoạt động</a></li>'
            f'<li><a href="{listing(66973)}">Kinh tế tập thể</a></li>'
            f'<li><a href="{CONTACT}">Liên hệ</a></li></ul>')
    return "\n".join([block("CHUYÊN MỤC", menu), block("Tin xem nhiều", items_ul(popular, dates=False)),
                      counter(F, "b")])


def survey() -> str:
    """The poll as a WebForms control: no inner <form> (the page is one form), postback links."""
    opts = "".join(f'<tr><td><input id="ctl00_ucKhaoSat_rblDapAn_{i}" type="radio" name="ctl00$ucKhaoSat$rblDapAn" '
                   f'value="{i + 1}" /><label for="ctl00_ucKhaoSat_rblDapAn_{i}">{esc(o)}</label></td></tr>'
                   for i, o in enumerate(POLL_OPTIONS))
    return block("KHẢO SÁT", f'<p>{esc(POLL_QUESTION)}</p><table id="ctl00_ucKhaoSat_rblDapAn">{opts}</table>'
                 '<a id="ctl00_ucKhaoSat_lbtBieuQuyet" href="javascript:__doPostBack(\'ctl00$ucKhaoSat$lbtBieuQuyet\',\'\')">Biểu quyết</a> | '
                 '<a id="ctl00_ucKhaoSat_lbtKetQua" href="javascript:__doPostBack(\'ctl00$ucKhaoSat$lbtKetQua\',\'\')">Xem kết quả</a>')


def right() -> str:
    city, temp, sky, humidity = WEATHER
    weather = (f'<b>{city}</b> <img src="/images/weather/nang.png" alt="" /> <span>{temp}</span><br />\n'
               f"{sky}<br />\n{humidity}")
    links = ('<a href="{{base:offsite}}/chinh-phu/" target="_blank"><img src="/Portals/0/Banner/lk-chinhphu.png" alt="Cổng TTĐT Chính phủ" /></a><br />\n'
             '<a href="{{base:offsite}}/lmhtx-vn/" target="_blank"><img src="/Portals/0/Banner/lk-vca.png" alt="Liên minh HTX Việt Nam" /></a><br />\n'
             '<a href="{{base:offsite}}/bo-khdt/" target="_blank"><img src="/Portals/0/Banner/lk-bokhdt.png" alt="Bộ Kế hoạch và Đầu tư" /></a>')
    return "\n".join([survey(), block("THỜI TIẾT", weather), block("LIÊN KẾT WEBSITE", links),
                      f'<div class="hotline">{HOTLINE}</div>'])


def layout(title: str, main: str, popular: list[Article], *, path: str, description: str = "",
           canonical: str | None = None) -> str:
    full = f"{title} - {SHORT}" if title else f"{NAME} - Trang chủ"
    action = "." + path[path.rfind("/"):] if path != "/" else "./"
    canon = f'<link rel="canonical" href="{{{{base}}}}{attr(canonical)}" />\n' if canonical else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(full)}</title>
<meta name="author" content="{NAME}" />
<meta name="copyright" content="{NAME}" />
<meta name="keywords" content="Liên minh Hợp tác xã, HTX, kinh tế tập thể, Bình Thuận" />
<meta name="description" content="{attr(description or full)}" />
<meta property="og:type" content="article" />
<meta property="og:site_name" content="{NAME}" />
<meta property="og:title" content="{attr(title or NAME)}" />
<meta property="og:description" content="{attr(description or full)}" />
{canon}<link href="/Portals/_default/Skins/LMHTX/skin.css" rel="stylesheet" type="text/css" />
<script src="/js/jquery-1.7.2.min.js" type="text/javascript"></script>
</head>
<body>
<form method="post" action="{attr(action)}" id="aspnetForm">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(path)}" />
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['aspnetForm'];
if (!theForm) {{ theForm = document.aspnetForm; }}
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget;
        theForm.__EVENTARGUMENT.value = eventArgument;
        theForm.submit();
    }}
}}
//]]>
</script>
<table id="ctl00_tblMain" class="tblMain" cellpadding="0" cellspacing="0" align="center" width="1004">
<tr><td id="ctl00_tdTop" colspan="3">
<div class="topbar"><span id="ctl00_lblNgayThang">{F.today}</span>
<span class="fs">Cỡ chữ: <a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A</a> <a href="javascript:void(0)">A+</a></span>
<span class="sb"><input name="ctl00$txtSearch" type="text" id="ctl00_txtSearch" /> <input type="submit" name="ctl00$btnSearch" value="Tìm kiếm" id="ctl00_btnSearch" /></span></div>
<div class="banner"><a href="/"><img src="/Portals/0/Banner/banner-lmhtx-bt.png" alt="{NAME}" width="1004" height="160" /></a></div>
<div class="slogan"><marquee scrollamount="2" onmouseover="this.stop()" onmouseout="this.start()">{esc(F.slogans[0])} &nbsp;***&nbsp; {esc(F.slogans[1])}</marquee></div>
</td></tr>
<tr><td id="ctl00_tdMenu" colspan="3"><a href="/">TRANG CHỦ</a> | <a href="{listing(66971)}">TIN HOẠT ĐỘNG</a> | <a href="{listing(66973)}">KINH TẾ TẬP THỂ</a> | <a href="{CONTACT}">LIÊN HỆ</a></td></tr>
<tr>
<td class="tdLeft" valign="top" width="210">
{left(popular)}
</td>
<td class="tdCenter" valign="top">
{main}
</td>
<td class="tdRight" valign="top" width="230"><div id="ctl00_pnlRight">
{right()}
</div></td>
</tr>
<tr><td id="ctl00_tdFooter" colspan="3">
<p><b>{HEADER}</b></p>
<p>{OWNER}</p>
<p>{F.responsible}</p>
<p>{F.licence}</p>
<p>{F.address} - {F.phone} - {F.email}</p>
<p>{esc(F.source_note)}</p>
<p>{F.copyright}</p>
</td></tr>
</table>
<div class="aspNetHidden"><input type="hidden" name="__EVENTVALIDATION" id="__EVENTVALIDATION" value="{viewstate(path + '#ev', 40)}" /></div>
</form>
</body>
</html>
"""


def detail(a: Article, related: list[Article], others: list[Article]) -> str:
    cat = cat_of(a.path)
    date_text = a.opts.get("date_text") or f"{dmy(a.date)} {a.date:%H:%M}"
    lead = f'<div id="{CP}_divTomTat" class="tt"><b>{inline_html(a.lead)}</b></div>\n' if a.lead else ""
    files = ""
    if a.attachments:
        files = (f'<div id="{CP}_pnlFile" class="fdk"><b>Tập tin đính kèm:</b> ' + " ".join(
            f'<a href="{x["path"]}" target="_blank"><img src="/images/icon-pdf.png" alt="" border="0" /> {esc(x["text"])}</a>'
            for x in a.attachments) + "</div>\n")
    return f"""<div class="bc"><a href="/">Trang chủ</a> &gt; <a href="{listing(cat)}">{CATS[cat][1]}</a></div>
<div id="{CP}_pnlChiTiet" class="pnl-ct">
<span id="{CP}_lblTieuDe" class="TieuDe">{esc(a.title)}</span>
<div class="ng"><span id="{CP}_lblNgayDang">{date_text}</span>&nbsp;|&nbsp;Lượt xem: <span id="{CP}_lblLuotXem">{views(a.path)}</span></div>
{lead}<div id="{CP}_divNoiDung" class="nd">
{body_html(a, related)}
</div>
{files}<div class="tool"><a href="javascript:window.print()"><img src="/images/print.png" alt="" border="0" /> In bài</a> | <a href="javascript:void(0)">Gửi email</a> | <a href="javascript:history.back()">Quay lại</a></div>
</div>
<div id="{CP}_pnlTinKhac" class="tk"><div class="tk-t">Tin cùng chuyên mục</div>{items_ul(others)}</div>"""


# -- the site ----------------------------------------------------------------------------------

def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-thuan", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}%s" % (SITE, listing(MAIN_CAT))],
                     per_page=PER_PAGE)
    site.extra_boilerplate += boilerplate()
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)
    listed = {cat: sorted([a for a in items + stubs() if cat_of(a.path) == cat], key=lambda a: a.date, reverse=True)
              for cat in CATS}
    pages = {cat: listing_pages(listed[cat], PER_PAGE) for cat in CATS}
    first_page = {a.path for cat in CATS for a in pages[cat][0]}
    recent = [a for a in items if a.path in first_page]
    popular = [a for a in recent if a is not items[0]][:4]

    for a in items + stubs():
        cat = cat_of(a.path)
        others = [o for o in listed[cat] if o.path != a.path and o.path in first_page][:4]
        related = [o for o in recent if o.path != a.path and cat_of(o.path) != cat][:2] or \
                  [o for o in recent if o.path != a.path][:2]
        site.page(a.path, layout(a.title, detail(a, related, others), popular, path=a.path, description=a.summary()))
    site.binary(PDF_PATH, pdf("Kế hoạch 35/KH-LMHTX hưởng ứng Tháng hành động vì HTX năm 2024",
                              ["LIEN MINH HTX TINH BINH THUAN", "So: 35/KH-LMHTX",
                               "Binh Thuan, ngay 02 thang 5 nam 2024", "", "KE HOACH",
                               "To chuc cac hoat dong huong ung",
                               "Thang hanh dong vi hop tac xa nam 2024"]))

    for cat, (slug, label) in CATS.items():
        n_pages = len(pages[cat])
        for n, chunk in enumerate(pages[cat], 1):
            rows = "\n".join(
                f'<tr><td><div class="it"><a id="{CP}_dlTin_ctl{i:02d}_hlAnh" href="{a.path}"><img src="{image_src(a, a.first_image())}" width="130" border="0" alt="" /></a>'
                f'<a id="{CP}_dlTin_ctl{i:02d}_hlTieuDe" class="tde" href="{a.path}">{esc(a.title)}</a> '
                f'<span class="gray">({dmy(a.date)})</span><div class="tomtat">{esc(a.summary())}</div></div></td></tr>'
                for i, a in enumerate(chunk))
            nav = " ".join(f'<span class="cur">{k}</span>' if k == n else f'<a href="{listing(cat, k)}">{k}</a>'
                           for k in range(1, n_pages + 1))
            if n < n_pages:
                nav += f' <a href="{listing(cat, n + 1)}">Trang sau »</a>'
            main = (f'<div class="bc"><a href="/">Trang chủ</a> &gt; {label}</div>\n<div class="cm-t">{label.upper()}</div>\n'
                    f'<table id="{CP}_dlTin" cellspacing="0" border="0" style="width:100%;border-collapse:collapse;">\n{rows}\n</table>\n'
                    f'<div class="pager">Trang: {nav}</div>')
            site.page(listing(cat, n), layout(label, main, popular, path=listing(cat, n),
                                              canonical=listing(cat, n, keyword=True)))
            site.same_page(listing(cat, n, keyword=True), listing(cat, n))
    site.trap("listings declare rel=canonical with an empty search parameter (?Keyword=&Page=N); pagination ?Page=2 "
              "holds the older articles, reachable only through it", listing(MAIN_CAT, 2))

    top = items[0]
    main = f"""<div class="hot"><a href="{top.path}"><img src="{image_src(top, top.first_image())}" width="300" border="0" alt="" /></a>
<a class="hot-t" href="{top.path}">{esc(top.title)}</a><p>{esc(top.summary())}</p></div>
<div class="cm-t"><a href="{listing(66971)}">TIN HOẠT ĐỘNG</a></div>{items_ul([a for a in pages[66971][0] if a is not top][:4])}
<div class="cm-t"><a href="{listing(66973)}">KINH TẾ TẬP THỂ</a></div>{items_ul(pages[66973][0][:4])}"""
    site.page("/", layout("", main, popular, path="/",
                          description="Trang thông tin điện tử Liên minh Hợp tác xã tỉnh Bình Thuận"))
    site.trap("the whole body is one <form id=aspnetForm method=post> with __VIEWSTATE; the heading is a <span class=TieuDe> "
              "(no <h1> on any page); Word-pasted body (p.MsoNormal > span)", items[0].path)
    site.trap("the home page declares og:type=article and meta author (like every page): not an article", "/")

    contact = f"""<div class="bc"><a href="/">Trang chủ</a> &gt; Liên hệ</div>
<div id="{CP}_pnlChiTiet" class="pnl-ct"><span id="{CP}_lblTieuDe" class="TieuDe">Liên hệ</span>
<p><b>{NAME.upper()}</b></p><p>Trụ sở: 04 Nguyễn Tất Thành, phường Phú Thủy, TP Phan Thiết</p><p>Điện thoại: 0252.3822.571 - Fax: 0252.3822.573</p>
<table class="frm"><tr><td>Họ và tên (*)</td><td><input name="ctl00$ContentPlaceHolder1$ctl00$txtHoTen" type="text" /></td></tr>
<tr><td>Email (*)</td><td><input name="ctl00$ContentPlaceHolder1$ctl00$txtEmail" type="text" /></td></tr>
<tr><td>Nội dung</td><td><textarea name="ctl00$ContentPlaceHolder1$ctl00$txtNoiDung" rows="6" cols="40"></textarea></td></tr>
<tr><td></td><td><input type="submit" name="ctl00$ContentPlaceHolder1$ctl00$btnGui" value="Gửi liên hệ" /></td></tr></table></div>"""
    site.page(CONTACT, layout("Liên hệ", contact, popular, path=CONTACT))
    stub = stubs()[0]
    site.non_articles += [stub.path, CONTACT]
    site.trap("caption-only stub in the article URL shape (one photo + caption, date and view counter): not an article", stub.path)
    site.trap("contact page (same Label heading as articles, an ASP.NET form): not an article", CONTACT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /Admin/\nDisallow: /DesktopModules/\n")

    only_via(site, [a.path for cat in CATS for chunk in pages[cat][1:] for a in chunk],
             {listing(cat, n, kw) for cat in CATS for n in range(2, len(pages[cat]) + 1) for kw in (False, True)})
    return site


def only_via(site: SiteBuild, paths: list[str], allowed: set[str]) -> None:
    """The older articles are linked from their listing page only (the trap must be real)."""
    for page_path, page in site.html_pages.items():
        if page_path in allowed or page_path in paths:
            continue
        leaked = set(page_links(page, page_path)) & set(paths)
        if leaked:
            raise AssertionError(f"{site.id}: {page_path} links the page-2 article(s) {sorted(leaked)}")
