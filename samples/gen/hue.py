"""Site `lmhtx-hue` (family `generic`: a home-made CMS of Thừa Thiên Huế, never tuned on).

URL shapes (portals.md): category listings `/<catId>/vn` (pagination `?p=2`), articles
`/<catId>/vn/<articleId>` with no slug, static pages in the same shapes (`/410/vn/36001` is the
introduction, `/412/vn` the contact page). Bootstrap-like grid whose class names say nothing:
`div.col-md-3` (left menu, right boxes) around `div.col-md-6`; every box is
`div.box-ct > div.box-t + div.box-c`. The site name sits in an `<h1>` in the header; the article
heading is an `<h2>` under a category caption; the date line "Cập nhật: 14:05 ngày 02/02/2023" is
under it, the sapo in bold before the body, the byline the last right-aligned paragraph of the
body (part of the text), "Lượt đọc" counter, share bar and rating after it, then "Các tin khác".
Articles carry JSON-LD `NewsArticle` with `datePublished` (the one migrated from the old
template does not, and shows a year-less date).

What a reader calls the article: title = the `<h2>`; text = sapo + body (captions, list items,
"- " paragraphs, byline); author = the byline person (null for a "Nguồn: …" line).
"""

from __future__ import annotations

import json
from datetime import datetime

from .core import (
    RATING,
    RATING_CLICK,
    TODAY_2026,
    Article,
    Furniture,
    SiteBuild,
    access_bar,
    attr,
    dmy,
    esc,
    inline_html,
    iso,
    listing_pages,
    page_links,
    rating,
    share,
    weekday,
)

SITE = "lmhtx-hue"
NAME = "Liên minh Hợp tác xã tỉnh Thừa Thiên Huế"
SHORT = "Liên minh HTX tỉnh Thừa Thiên Huế"
BANNER = "LIÊN MINH HỢP TÁC XÃ TỈNH THỪA THIÊN HUẾ"

F = Furniture(
    org=NAME,
    short=SHORT,
    today=f"{weekday(TODAY_2026)}, {dmy(TODAY_2026)}",
    slogans=["Chào mừng kỷ niệm 50 năm Ngày giải phóng Thừa Thiên Huế (26/3/1975 - 26/3/2025)!",
             "Huế - Kinh đô xưa, đô thị di sản, thành phố Festival"],
    responsible="Chịu trách nhiệm nội dung: Bà Nguyễn Thị Thanh Hương - Phó Chủ tịch Liên minh HTX tỉnh",
    licence="Giấy phép số 08/GP-TTĐT ngày 25/5/2018 của Sở Thông tin và Truyền thông tỉnh Thừa Thiên Huế",
    source_note="Ghi rõ nguồn “lienminhhtx.thuathienhue.gov.vn” khi phát hành lại thông tin từ website này",
    copyright="Copyright © 2023 Liên minh HTX tỉnh Thừa Thiên Huế. Thiết kế và phát triển: Trung tâm Công nghệ thông tin tỉnh",
    address="Địa chỉ: Số 12 Hà Nội, phường Phú Nhuận, TP Huế",
    phone="Điện thoại: 0234.3822.476 - Fax: 0234.3822.477",
    email="Email: lmhtx@thuathienhue.gov.vn",
)
OWNER = f"Cơ quan chủ quản: {NAME}"
POLL_Q = "Bạn đánh giá thế nào về nội dung Trang thông tin điện tử Liên minh HTX tỉnh?"
POLL_OPTS = ("Rất hữu ích", "Hữu ích", "Bình thường", "Chưa hữu ích")
WEATHER = ("31°C", "Trời nắng, có mây", "Độ ẩm: 70%")
COUNTER = ("Đang trực tuyến: 27", "Trong ngày: 315", "Tổng lượt truy cập: 2.541.806")

CATS = {431: "Tin hoạt động", 432: "Kinh tế tập thể"}
INTRO = "/410/vn/36001"
CONTACT = "/412/vn"
STUB = "/431/vn/38402"
PER_PAGE = 5


def listing(cat: int, n: int = 1) -> str:
    return f"/{cat}/vn" if n == 1 else f"/{cat}/vn?p={n}"


def art(cat: int, id_: int) -> str:
    return f"/{cat}/vn/{id_}"


def cat_of(path: str) -> int:
    return int(path.split("/")[1])


def views(path: str) -> str:
    n = int(path.rsplit("/", 1)[1])
    return f"{(n * 37) % 3000 + 150:,}".replace(",", ".")


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=art(431, 38596), title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 8, nhiệm kỳ 2020 - 2025",
          date=datetime(2024, 5, 28, 9, 10),
          lead="Sáng 27/5, Liên minh Hợp tác xã tỉnh Thừa Thiên Huế tổ chức Hội nghị Ban Chấp hành lần thứ 8, nhiệm kỳ 2020 - 2025, đánh giá kết quả hoạt động 5 tháng đầu năm và bàn nhiệm vụ trọng tâm những tháng còn lại của năm 2024.",
          body="""
Theo báo cáo, đến nay toàn tỉnh có 247 HTX đang hoạt động với hơn 86.000 thành viên, trong đó có 178 HTX nông nghiệp. Từ đầu năm đến nay, Liên minh HTX tỉnh đã tư vấn, hỗ trợ thành lập mới 11 HTX, chủ yếu trong lĩnh vực nông nghiệp, du lịch cộng đồng và tiểu thủ công nghiệp.
[img hoi-nghi-bch-lan-8.png] Chủ tịch Liên minh HTX tỉnh phát biểu kết luận Hội nghị
Liên minh HTX tỉnh đã phối hợp với Sở Nông nghiệp và Phát triển nông thôn, Sở Công Thương tổ chức 6 lớp tập huấn cho cán bộ quản lý HTX; giải ngân 4,2 tỷ đồng từ Quỹ hỗ trợ phát triển HTX cho 9 dự án; hỗ trợ 14 HTX tham gia Hội chợ nông sản, thủ công mỹ nghệ Huế.
## Nhiệm vụ những tháng cuối năm 2024
* Tiếp tục hướng dẫn HTX sửa đổi điều lệ theo Luật Hợp tác xã năm 2023, có hiệu lực từ ngày 01/7/2024;
* Phấn đấu thành lập mới thêm 15 HTX, nâng tổng số HTX thành lập mới trong năm lên 26 HTX;
* Tổ chức các hoạt động hưởng ứng Tháng hành động vì HTX và chuẩn bị Đại hội đại biểu Liên minh HTX tỉnh lần thứ VII.
Hội nghị cũng đã thông qua việc kiện toàn chức danh Ủy viên Ban Chấp hành và Ủy viên Ban Kiểm tra Liên minh HTX tỉnh nhiệm kỳ 2020 - 2025.
""",
          byline="Phan Thanh Hải", author="Phan Thanh Hải", **dated(datetime(2024, 5, 28, 9, 10)),
          notes=["site name in the page's only <h1> (header); the article heading is an <h2> under a category caption 'TIN HOẠT ĐỘNG'"]),
        A(path=art(432, 38560), title="Du lịch cộng đồng giúp HTX ở làng cổ Phước Tích nâng cao thu nhập",
          date=datetime(2024, 5, 6, 16, 20),
          lead="Sau hơn 2 năm thành lập, HTX du lịch cộng đồng Phước Tích (huyện Phong Điền) đã đón hơn 12.000 lượt khách, mang lại nguồn thu ổn định cho người dân làng cổ.",
          body="""
HTX có 32 thành viên là các hộ dân sở hữu nhà rường cổ, nghệ nhân làm gốm và hộ kinh doanh ẩm thực. HTX tổ chức các tour tham quan nhà rường, trải nghiệm làm gốm, thưởng thức ẩm thực làng quê bên sông Ô Lâu.
[img htx-du-lich-phuoc-tich.png] Du khách trải nghiệm làm gốm tại HTX du lịch cộng đồng Phước Tích
Doanh thu năm 2023 của HTX đạt hơn 1,6 tỷ đồng; mỗi thành viên có thêm thu nhập từ 3 - 5 triệu đồng/tháng. HTX đang phối hợp với các công ty lữ hành ở Huế và Đà Nẵng xây dựng tour kết nối với các điểm du lịch sinh thái ven phá.
Theo Liên minh HTX tỉnh, mô hình cho thấy hướng đi phù hợp của HTX kiểu mới trong lĩnh vực dịch vụ, góp phần bảo tồn giá trị di sản gắn với sinh kế người dân.
""",
          byline="Bảo Ngọc", author="Bảo Ngọc", **dated(datetime(2024, 5, 6, 16, 20))),
        A(path=art(431, 38540), title="Gặp mặt kỷ niệm Ngày Hợp tác xã Việt Nam 11/4",
          date=datetime(2024, 4, 11, 15, 30),
          body="""
Chiều 11/4/2024, Liên minh HTX tỉnh Thừa Thiên Huế tổ chức gặp mặt các HTX tiêu biểu nhân kỷ niệm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2024), ôn lại truyền thống 78 năm xây dựng và phát triển của phong trào hợp tác xã.
Tại buổi gặp mặt, lãnh đạo Liên minh HTX tỉnh nhắc lại ý nghĩa lời kêu gọi của Chủ tịch Hồ Chí Minh gửi Hội nghị Hợp tác xã ngày 11/4/1946; ghi nhận những đóng góp của khu vực kinh tế tập thể vào tăng trưởng kinh tế, giải quyết việc làm và xây dựng nông thôn mới trên địa bàn tỉnh.
[img gap-mat-ngay-htx-11-4-2024.png] Đại biểu dự buổi gặp mặt kỷ niệm Ngày Hợp tác xã Việt Nam
Đại diện các HTX đã chia sẻ kinh nghiệm chuyển đổi mô hình hoạt động, mở rộng dịch vụ cho thành viên, liên kết với doanh nghiệp tiêu thụ sản phẩm. HTX nông nghiệp Phú Lương (huyện Phú Vang), HTX mây tre đan Bao La (huyện Quảng Điền) được nêu là những điển hình trong phát triển sản phẩm gắn với du lịch.
Dịp này, Liên minh HTX tỉnh tặng Giấy khen cho 12 HTX có thành tích xuất sắc trong sản xuất, kinh doanh năm 2023.
""",
          byline="Lê Thị Thu Hà", author="Lê Thị Thu Hà", **dated(datetime(2024, 4, 11, 15, 30))),
        A(path=art(431, 38471), title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
          date=datetime(2024, 1, 10, 8, 0),
          lead="Ngày 09/01/2024, Liên minh HTX tỉnh Thừa Thiên Huế tổ chức Hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.",
          body="""
Năm 2023, khu vực kinh tế tập thể của tỉnh tiếp tục phục hồi sau ảnh hưởng của dịch bệnh. Doanh thu bình quân của HTX đạt 2,8 tỷ đồng/năm, tăng 9% so với năm 2022; thu nhập bình quân của người lao động thường xuyên trong HTX đạt 5,2 triệu đồng/tháng.
## Một số kết quả nổi bật
- Thành lập mới 21 HTX, vượt 5% kế hoạch năm;
- 62% HTX được đánh giá, xếp loại tốt và khá;
- 27 sản phẩm của HTX được công nhận đạt chuẩn OCOP từ 3 sao trở lên.
[img tong-ket-2023-lmhtx-hue.png] Quang cảnh Hội nghị tổng kết công tác năm 2023
Năm 2024, Liên minh HTX tỉnh tập trung tuyên truyền, phổ biến Luật Hợp tác xã năm 2023; thực hiện Kế hoạch số 215/KH-UBND ngày 12/5/2023 của UBND tỉnh về thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022; đẩy mạnh chuyển đổi số và xúc tiến thương mại cho sản phẩm của HTX.
""",
          byline="Phan Thanh Hải", author="Phan Thanh Hải", **dated(datetime(2024, 1, 10, 8, 0)),
          notes=["'- ' paragraphs under a bold heading (no <ul>)"]),
        A(path=art(432, 38418), title="Thừa Thiên Huế: Thêm 15 sản phẩm OCOP của HTX",
          date=datetime(2023, 11, 3, 9, 30),
          body="""
UBND tỉnh Thừa Thiên Huế vừa công nhận 15 sản phẩm của các HTX đạt chuẩn OCOP đợt 2 năm 2023, trong đó có 3 sản phẩm 4 sao và 12 sản phẩm 3 sao.
Các sản phẩm được công nhận gồm tinh dầu tràm, mè xửng, ruốc Huế, nước mắm Tam Giang, chè vằng, nón lá và các sản phẩm mây tre đan. Nhiều sản phẩm đã cải tiến bao bì, có tem truy xuất nguồn gốc, đáp ứng yêu cầu của hệ thống siêu thị.
[img ocop-htx-hue-2023.png] Sản phẩm tinh dầu tràm của HTX đạt OCOP 4 sao
Đến nay, toàn tỉnh có 196 sản phẩm OCOP, trong đó các HTX là chủ thể của 72 sản phẩm. Liên minh HTX tỉnh tiếp tục hỗ trợ HTX tham gia các chương trình xúc tiến thương mại, kết nối tiêu thụ theo Quyết định số 919/QĐ-TTg ngày 01/8/2022 của Thủ tướng Chính phủ.
""",
          byline="Nguồn: Báo Thừa Thiên Huế", author=None, **dated(datetime(2023, 11, 3, 9, 30)),
          notes=["last line 'Nguồn: Báo Thừa Thiên Huế' (a source, not a person): part of the text, author null; JSON-LD has no author"]),
        A(path=art(431, 38350), title="Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho HTX",
          date=datetime(2023, 9, 8, 10, 15),
          lead="Trong 2 ngày 07 - 08/9/2023, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức lớp tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho 50 học viên là cán bộ quản lý, thành viên các HTX.",
          body="""
Học viên được hướng dẫn cách mở gian hàng trên các sàn Postmart, Voso, Shopee; kỹ năng chụp ảnh sản phẩm, viết mô tả, livestream bán hàng và quản lý đơn hàng, vận chuyển, thanh toán trực tuyến.
[img tap-huan-tmdt-htx-hue.png] Học viên thực hành livestream giới thiệu sản phẩm của HTX
Nhiều HTX đã có sản phẩm đạt chuẩn OCOP nhưng chủ yếu vẫn bán tại chỗ, qua các đại lý và hội chợ. Thông qua lớp tập huấn, các HTX có thêm kênh tiếp cận khách hàng, giảm phụ thuộc vào thương lái.
Lớp tập huấn được tổ chức từ nguồn kinh phí Chương trình hỗ trợ phát triển KTTT, HTX giai đoạn 2021 - 2025 theo Quyết định số 1804/QĐ-TTg ngày 13/11/2020 của Thủ tướng Chính phủ.
""",
          byline="Bảo Ngọc", author="Bảo Ngọc", **dated(datetime(2023, 9, 8, 10, 15))),
        A(path=art(431, 38301), title="Khảo sát mô hình HTX nuôi trồng thủy sản ở đầm phá Tam Giang - Cầu Hai",
          date=datetime(2023, 3, 14),
          body="""
Ngày 13/3, đoàn công tác Liên minh HTX tỉnh do đồng chí Phó Chủ tịch Liên minh HTX tỉnh làm trưởng đoàn đã khảo sát tình hình hoạt động của các HTX nuôi trồng, khai thác thủy sản ven đầm phá Tam Giang - Cầu Hai.
Hiện vùng đầm phá có 14 HTX thủy sản với gần 2.000 thành viên. Nhiều HTX đã chuyển sang nuôi ghép cua, cá dìa, tôm theo hướng an toàn sinh học, kết hợp bảo vệ nguồn lợi thủy sản và phát triển du lịch sinh thái.
[img khao-sat-htx-dam-pha.png] Đoàn công tác thăm vùng nuôi của HTX thủy sản xã Quảng Công
Các HTX kiến nghị được hỗ trợ vốn vay để cải tạo ao nuôi, đầu tư kho lạnh bảo quản sản phẩm và xây dựng nhãn hiệu tập thể cho thủy sản đầm phá.
Lãnh đạo Liên minh HTX tỉnh ghi nhận các kiến nghị, đề nghị HTX xây dựng phương án vay vốn cụ thể để được xem xét hỗ trợ từ Quỹ hỗ trợ phát triển HTX tỉnh.
""",
          byline="Lê Thị Thu Hà", author="Lê Thị Thu Hà",
          published=iso(datetime(2023, 3, 14), False), published_source="listing", evidence=["listing"],
          opts={"date_text": "Thứ Ba, 14/3", "old_template": True},
          notes=["old template: no JSON-LD, date line 'Thứ Ba, 14/3' without a year, body 'Ngày 13/3'; only listing page 2 shows (14/03/2023) -> published from the listing"]),
        A(path=art(431, 38292), title="Triển khai Nghị quyết số 20-NQ/TW về kinh tế tập thể đến các HTX",
          date=datetime(2023, 2, 2, 14, 5),
          lead="Ngày 01/02/2023, Liên minh HTX tỉnh Thừa Thiên Huế tổ chức hội nghị quán triệt, triển khai Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII cho hơn 120 cán bộ quản lý HTX.",
          body="""
Tại hội nghị, báo cáo viên đã truyền đạt những nội dung cơ bản của Nghị quyết, trong đó nhấn mạnh quan điểm: kinh tế tập thể, HTX là thành phần kinh tế quan trọng, cùng với kinh tế nhà nước trở thành nền tảng vững chắc của nền kinh tế quốc dân.
[img trien-khai-nq20-hue.png] Báo cáo viên quán triệt Nghị quyết số 20-NQ/TW tại hội nghị
## Mục tiêu đến năm 2030
* Cả nước có khoảng 140.000 tổ hợp tác, 45.000 HTX với 8 triệu thành viên;
* Ít nhất 60% HTX nông nghiệp liên kết với doanh nghiệp theo chuỗi giá trị;
* Trên 30% HTX ứng dụng công nghệ cao, công nghệ số trong quản lý, sản xuất và kinh doanh.
Phát biểu tại hội nghị, lãnh đạo Liên minh HTX tỉnh đề nghị các HTX xây dựng kế hoạch cụ thể, đổi mới phương thức hoạt động, tăng cường liên kết để thực hiện thắng lợi các mục tiêu Nghị quyết đề ra.
""",
          byline="Phan Thanh Hải", author="Phan Thanh Hải", **dated(datetime(2023, 2, 2, 14, 5)),
          notes=["date line 'Cập nhật: 14:05 ngày 02/02/2023' (time before the date) and JSON-LD NewsArticle datePublished; the lead names 01/02/2023 and 16/6/2022"]),
    ]


def stubs() -> list[Article]:
    return [Article(path=STUB, title="Ảnh: Gian hàng của các HTX tại Hội chợ Nông sản Huế 2023",
                    date=datetime(2023, 10, 20, 17, 0),
                    body="[img gian-hang-htx-hoi-cho-nong-san-hue-2023.png] Gian hàng nón lá, mè xửng, tinh dầu tràm của các HTX tại Hội chợ Nông sản Huế 2023")]


def boilerplate() -> list[str]:
    return [F.today, *F.slogans, BANNER, "Tăng tương phản", "Giảm tương phản",
            "TIN HOẠT ĐỘNG", "KINH TẾ TẬP THỂ", "Cập nhật:", "Lượt đọc:",
            "Chia sẻ", "Facebook", "Zalo", "In bài viết", "Gửi email", RATING, RATING_CLICK,
            "Các tin khác", "Tin đọc nhiều", "Khảo sát ý kiến", POLL_Q, "Rất hữu ích", "Chưa hữu ích",
            "Gửi ý kiến", "Xem kết quả", WEATHER[1], WEATHER[2], "Lượt truy cập", *COUNTER,
            "Liên kết website", "Danh mục", "Liên hệ - Góp ý",
            OWNER, F.responsible, F.licence, F.source_note, F.copyright, F.address, F.phone, F.email]


# -- page pieces -------------------------------------------------------------------------------

def box(title: str, inner: str, extra_cls: str = "") -> str:
    return (f'<div class="box-ct{extra_cls}"><div class="box-t"><span>{title}</span></div>'
            f'<div class="box-c">{inner}</div></div>')


def items_ul(items: list[Article]) -> str:
    return '<ul class="l1">' + "".join(
        f'<li><a href="{a.path}">{esc(a.title)}</a> <i>({dmy(a.date)})</i></li>' for a in items) + "</ul>"


def left() -> str:
    menu = ('<ul class="l2">'
            f'<li><a href="{INTRO}">Giới thiệu chung</a></li>'
            f'<li><a href="{listing(431)}">Tin hoạt động</a></li>'
            f'<li><a href="{listing(432)}">Kinh tế tập thể - HTX</a></li>'
            f'<li><a href="{CONTACT}">Liên hệ - Góp ý</a></li></ul>')
    banners = ('<a href="{{base:offsite}}/lmhtx-vn/" target="_blank"><img src="/Images/lk/vca.png" alt="Liên minh HTX Việt Nam"></a>'
               '<a href="{{base:offsite}}/chinh-phu/" target="_blank"><img src="/Images/lk/chinhphu.png" alt="Cổng TTĐT Chính phủ"></a>'
               '<a href="{{base:offsite}}/" target="_blank"><img src="/Images/lk/dichvucong.png" alt="Dịch vụ công trực tuyến"></a>')
    return box("Danh mục", menu) + "\n" + f'<div class="box-ct"><div class="box-c bn">{banners}</div></div>'


def right(popular: list[Article]) -> str:
    temp, sky, humidity = WEATHER
    weather = ('<select name="tp"><option selected>Huế</option><option>Đà Nẵng</option><option>Quảng Trị</option></select>'
               f'<div class="w1"><img src="/Images/w/nang-may.png" alt=""> <b>{temp}</b></div><p>{sky}</p><p>{humidity}</p>')
    opts = "".join(f'<div><input type="radio" name="ks" id="ks{i}" value="{i}"> <label for="ks{i}">{o}</label></div>'
                   for i, o in enumerate(POLL_OPTS, 1))
    survey = (f"<p>{esc(POLL_Q)}</p>{opts}"
              '<p><button type="button">Gửi ý kiến</button> <a href="javascript:void(0)">Xem kết quả</a></p>')
    count = "".join(f"<p>{c}</p>" for c in COUNTER)
    links = ('<select onchange="if(this.value) window.open(this.value)"><option value="">-- Liên kết website --</option>'
             '<option value="{{base:offsite}}/chinh-phu/">Cổng TTĐT Chính phủ</option>'
             '<option value="{{base:offsite}}/lmhtx-vn/">Liên minh HTX Việt Nam</option>'
             '<option value="{{base:offsite}}/bo-khdt/">Bộ Kế hoạch và Đầu tư</option></select>')
    return "\n".join([box("Thời tiết", weather), box("Tin đọc nhiều", items_ul(popular)),
                      box("Khảo sát ý kiến", survey), box("Lượt truy cập", count),
                      f'<div class="box-ct"><div class="box-c">{links}</div></div>'])


def layout(title: str, main: str, side_left: str, side_right: str, *, head: str = "",
           description: str = "") -> str:
    full = f"{title} - {SHORT}" if title else NAME
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(full)}</title>
<meta name="description" content="{attr(description or full)}">
<meta name="keywords" content="Liên minh HTX, hợp tác xã, kinh tế tập thể, Thừa Thiên Huế">
<link rel="stylesheet" href="/Content/bootstrap.min.css">
<link rel="stylesheet" href="/Content/site.css">
<script src="/Scripts/jquery-1.12.4.min.js"></script>
{head}</head>
<body>
<div id="wrapper" class="container">
<div class="row tb"><div class="col-md-6 d1">{F.today}</div><div class="col-md-6 text-right">{access_bar()}</div></div>
<div class="row hd"><h1 class="lg"><a href="/"><img src="/Images/logo-lmhtx.png" alt="Logo"> <span>{BANNER}</span></a></h1>
<div class="sl"><marquee scrollamount="3">{esc(F.slogans[0])} &nbsp;&nbsp;&nbsp; {esc(F.slogans[1])}</marquee></div></div>
<div class="row nv"><ul class="mn"><li><a href="/">Trang chủ</a></li><li><a href="{INTRO}">Giới thiệu</a></li>
<li><a href="{listing(431)}">Tin hoạt động</a></li><li><a href="{listing(432)}">Kinh tế tập thể</a></li><li><a href="{CONTACT}">Liên hệ</a></li></ul></div>
<div class="row">
<div class="col-md-3">
{side_left}
</div>
<div class="col-md-6">
{main}
</div>
<div class="col-md-3">
{side_right}
</div>
</div>
<div class="row ft"><div class="col-md-12">
<p><b>TRANG THÔNG TIN ĐIỆN TỬ {BANNER}</b></p>
<p>{OWNER}</p>
<p>{F.responsible}</p>
<p>{F.licence}</p>
<p>{F.address} - {F.phone} - {F.email}</p>
<p>{esc(F.source_note)}</p>
<p>{F.copyright}</p>
</div></div>
</div>
</body>
</html>
"""


def image_src(a: Article, src: str) -> str:
    return f"/Uploads/Images/{a.date:%Y/%m}/{src}"


def body_html(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            caption = (f'<tr><td style="text-align: center;"><em>{inline_html(b.text)}</em></td></tr>'
                       if b.text else "")
            parts.append(f'<table class="image" align="center" border="0"><tbody><tr><td>'
                         f'<img src="{image_src(a, b.src)}" width="500" alt=""></td></tr>{caption}</tbody></table>')
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{inline_html(a.byline)}</strong></p>')
    return "\n".join(parts)


def json_ld(a: Article) -> str:
    data = {"@context": "https://schema.org", "@type": "NewsArticle",
            "mainEntityOfPage": "{{base}}" + a.path, "headline": a.title,
            "datePublished": iso(a.date), "dateModified": iso(a.date)}
    if a.first_image():
        data["image"] = ["{{base}}" + image_src(a, a.first_image())]
    if a.author:
        data["author"] = {"@type": "Person", "name": a.author}
    data["publisher"] = {"@type": "Organization", "name": SHORT,
                         "logo": {"@type": "ImageObject", "url": "{{base}}/Images/logo-lmhtx.png"}}
    return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>\n'


def detail(a: Article, caption: str, crumb: str, others: list[Article], *, show_date: bool = True) -> str:
    date_text = a.opts.get("date_text") or f"Cập nhật: {a.date:%H:%M} ngày {dmy(a.date)}"
    date_html = f'<div class="h-d">{date_text}</div>\n' if show_date else ""
    lead = f'<div class="h-s"><strong>{inline_html(a.lead)}</strong></div>\n' if a.lead else ""
    more = box("Các tin khác", items_ul(others)) if others else ""
    return f"""<div class="path"><a href="/">Trang chủ</a> » {crumb}</div>
<div class="box-ct">
<div class="box-t"><span>{caption}</span></div>
<div class="box-c">
<h2 class="h-t">{esc(a.title)}</h2>
{date_html}{lead}<div class="h-c">
{body_html(a)}
</div>
<div class="h-v">Lượt đọc: {views(a.path)}</div>
{share(F)}
{rating()}
</div>
</div>
{more}"""


# -- the site ----------------------------------------------------------------------------------

def build() -> SiteBuild:
    site = SiteBuild(SITE, "thua-thien-hue", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}%s" % (SITE, listing(431))],
                     per_page=PER_PAGE)
    site.extra_boilerplate += boilerplate()
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)
    listed = {cat: sorted([a for a in items + stubs() if cat_of(a.path) == cat], key=lambda a: a.date, reverse=True)
              for cat in CATS}
    pages = {cat: listing_pages(listed[cat], PER_PAGE) for cat in CATS}
    first_page = {a.path for cat in CATS for a in pages[cat][0]}
    popular = [a for a in items if a.path in first_page][1:5]

    def crumb(cat: int) -> str:
        return f'<a href="{listing(cat)}">{CATS[cat]}</a>'

    for a in items + stubs():
        cat = cat_of(a.path)
        others = [o for o in listed[cat] if o.path != a.path and o.path in first_page][:4]
        main = detail(a, CATS[cat].upper(), crumb(cat), others)
        head = "" if a.opts.get("old_template") else json_ld(a)
        site.page(a.path, layout(a.title, main, left(), right(popular), head=head, description=a.summary()))

    for cat in CATS:
        n_pages = len(pages[cat])
        for n, chunk in enumerate(pages[cat], 1):
            rows = "\n".join(
                f'<div class="n-i"><a href="{a.path}"><img src="{image_src(a, a.first_image())}" width="140" alt=""></a>'
                f'<a class="n-a" href="{a.path}">{esc(a.title)}</a> <span class="n-d">({dmy(a.date)})</span>'
                f"<p>{esc(a.summary())}</p></div>" for a in chunk)
            nav = " ".join(f"<b>{k}</b>" if k == n else f'<a href="{listing(cat, k)}">{k}</a>'
                           for k in range(1, n_pages + 1))
            if n < n_pages:
                nav += f' <a href="{listing(cat, n + 1)}">Sau »</a>'
            main = (f'<div class="path"><a href="/">Trang chủ</a> » {CATS[cat]}</div>\n'
                    + box(CATS[cat].upper(), f'{rows}\n<div class="pg">Trang: {nav}</div>'))
            site.page(listing(cat, n), layout(CATS[cat], main, left(), right(popular)),
                      content_type="text/html")
    site.trap("listing /431/vn has no extension and shares its prefix with the articles (/431/vn/<id>); "
              "pagination ?p=2 holds the older articles, reachable only through it", listing(431, 2))

    # home page
    top = items[0]
    home_431 = [a for a in pages[431][0] if a is not top][:4]
    main = "\n".join([
        box("TIN NỔI BẬT", f'<div class="hl"><a href="{top.path}"><img src="{image_src(top, top.first_image())}" alt=""></a>'
                           f'<h3><a href="{top.path}">{esc(top.title)}</a></h3><p>{esc(top.summary())}</p></div>'),
        f'<div class="box-ct"><div class="box-t"><a href="{listing(431)}">TIN HOẠT ĐỘNG</a></div>'
        f'<div class="box-c">{items_ul(home_431)}<a class="more" href="{listing(431)}">Xem tiếp »</a></div></div>',
        f'<div class="box-ct"><div class="box-t"><a href="{listing(432)}">KINH TẾ TẬP THỂ</a></div>'
        f'<div class="box-c">{items_ul(pages[432][0][:4])}</div></div>',
    ])
    org = json.dumps({"@context": "https://schema.org", "@type": "Organization", "name": NAME,
                      "url": "{{base}}/", "logo": "{{base}}/Images/logo-lmhtx.png"}, ensure_ascii=False)
    site.page("/", layout("", main, left(), right(popular),
                          head=f'<script type="application/ld+json">{org}</script>\n'))

    # introduction: the article template (same URL shape), no date, no JSON-LD
    intro = Article(path=INTRO, title="Giới thiệu Liên minh Hợp tác xã tỉnh Thừa Thiên Huế", date=datetime(2018, 3, 15),
                    body="""
Liên minh Hợp tác xã tỉnh Thừa Thiên Huế là tổ chức kinh tế - xã hội, đại diện và hỗ trợ các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác trên địa bàn tỉnh; là thành viên của Liên minh Hợp tác xã Việt Nam.
## Chức năng, nhiệm vụ
* Đại diện, bảo vệ quyền và lợi ích hợp pháp của các thành viên;
* Tuyên truyền, tư vấn, hỗ trợ thành lập, đào tạo, bồi dưỡng cán bộ hợp tác xã;
* Tham mưu cho Tỉnh ủy, UBND tỉnh về chủ trương, chính sách phát triển kinh tế tập thể.
Cơ cấu tổ chức gồm Ban Thường vụ, Văn phòng, Ban Chính sách - Phong trào, Ban Tư vấn - Hỗ trợ và Quỹ hỗ trợ phát triển hợp tác xã tỉnh.
""")
    site.page(INTRO, layout("Giới thiệu", detail(intro, "GIỚI THIỆU", "Giới thiệu", [], show_date=False),
                            left(), right(popular)))
    contact = box("LIÊN HỆ - GÓP Ý", f"""<p><b>{NAME.upper()}</b></p>
<p>Trụ sở: Số 12 Hà Nội, phường Phú Nhuận, TP Huế</p><p>Điện thoại: 0234.3822.476</p>
<form action="javascript:void(0)"><p><input name="hoten" placeholder="Họ và tên"></p>
<p><input name="email" placeholder="Thư điện tử"></p><p><textarea name="noidung" placeholder="Nội dung góp ý"></textarea></p>
<p><input type="button" value="Gửi"></p></form>""")
    site.page(CONTACT, layout("Liên hệ", f'<div class="path"><a href="/">Trang chủ</a> » Liên hệ</div>\n{contact}',
                              left(), right(popular)), content_type="text/html")
    site.non_articles += [STUB, INTRO, CONTACT]
    site.trap("caption-only stub in the article URL shape (one photo + caption, with JSON-LD NewsArticle): not an article", STUB)
    site.trap("introduction page in the article URL shape and template (heading, list, no date): not an article", INTRO)
    site.trap("contact page at a category URL (/412/vn, a form): not an article", CONTACT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /Admin/\n")

    only_via(site, [a.path for cat in CATS for chunk in pages[cat][1:] for a in chunk],
             {listing(cat, n) for cat in CATS for n in range(2, len(pages[cat]) + 1)})
    return site


def only_via(site: SiteBuild, paths: list[str], allowed: set[str]) -> None:
    """The older articles are linked from their listing page only (the trap must be real)."""
    for page_path, page in site.html_pages.items():
        if page_path in allowed or page_path in paths:
            continue
        leaked = set(page_links(page, page_path)) & set(paths)
        if leaked:
            raise AssertionError(f"{site.id}: {page_path} links the page-2 article(s) {sorted(leaked)}")
