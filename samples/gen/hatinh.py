"""Site `lmhtx-hatinh` (registry family `generic`): the Hà Tĩnh alliance as one section, `/lmhtx/`, of
the province's shared web portal, whose host also serves the sections of other departments
(`/sotc/` Sở Tài chính, `/sokhcn/` Sở Khoa học và Công nghệ, `/sonnptnt/` Sở Nông nghiệp và PTNT) in
the same template; written blind as a held-out test: no family module, no selectors. The registry
entry starts at the section's home `/lmhtx/`.

Why it is hard: the shared header, the "Sở, ban, ngành" menu, the left menu of departments, the
portal's home `/` and the portal-wide "Tin liên quan" box link the other departments' sections,
whose news pages `/sotc/tin-tuc/<id>/<slug>.html` look exactly like the alliance's
`/lmhtx/tin-tuc/<id>/<slug>.html` (same template, dates, bylines; some are even about cooperatives):
they are not the alliance's articles. The portal's `/sitemap.xml` (robots.txt) lists every section.
The date follows the title in parentheses INSIDE the heading: `<h1>Title <span>(14/03/2024 08:30)</span>`.
The "Văn bản chỉ đạo" category is a table (Số ký hiệu, Ngày ban hành, Trích yếu, Tệp) whose "Ngày
ban hành" is the document's date, not the posting date; the documents' pages carry PDFs. One news
item's page has no date (its text says "Ngày 12/3"; the listing gives 12/03/2024). The banner shows
the portal's name and today's date; a "Đường dây nóng" box sits beside every page. The
introduction and the organisation chart (the latter at an article address) use the article
template without a date: not articles.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday
from .richbody import RichArticle

SITE = "lmhtx-hatinh"
NAME = "Liên minh Hợp tác xã tỉnh Hà Tĩnh"
PORTAL = "Cổng thông tin điện tử tỉnh Hà Tĩnh"
HTML = "text/html; charset=utf-8"
SEC = "/lmhtx"
SECTIONS = {"lmhtx": "Liên minh Hợp tác xã tỉnh", "sotc": "Sở Tài chính", "sokhcn": "Sở Khoa học và Công nghệ",
            "sonnptnt": "Sở Nông nghiệp và Phát triển nông thôn"}
NEWS = "danh-muc/tin-hoat-dong.html"
DOCS = "danh-muc/van-ban-chi-dao.html"
PER = 5

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
HOTLINE = ["ĐƯỜNG DÂY NÓNG", "Đường dây nóng UBND tỉnh: 0239.3855.555",
           "Tiếp nhận phản ánh, kiến nghị về thủ tục hành chính: 0239.3698.999",
           "Tổng đài dịch vụ công: 1022"]
SIDE = ["CÁC SỞ, BAN, NGÀNH", "THỐNG KÊ TRUY CẬP", "Đang truy cập: 64", "Hôm nay: 2.418",
        "Tổng lượt truy cập: 15.726.903", "LIÊN KẾT WEBSITE"]
FOOTER = [f"{PORTAL.upper()}",
          "Cơ quan chủ quản: Ủy ban nhân dân tỉnh Hà Tĩnh",
          "Cơ quan thường trực: Văn phòng UBND tỉnh Hà Tĩnh - Số 01 Nguyễn Tất Thành, phường Thành Sen, tỉnh Hà Tĩnh",
          "Giấy phép số 07/GP-TTĐT do Cục Phát thanh, truyền hình và thông tin điện tử cấp ngày 15/01/2021",
          "Ghi rõ nguồn “Cổng thông tin điện tử tỉnh Hà Tĩnh” khi phát hành lại thông tin từ Cổng này",
          "Phát triển bởi VNPT Hà Tĩnh"]
LABELS = ["Lượt xem:", "In trang", "Gửi email", "Tin cùng chuyên mục", "Tin liên quan", "Tệp đính kèm:",
          "Dịch vụ công trực tuyến", "Văn bản chỉ đạo"]
BOILERPLATE = [TODAY, *HOTLINE, *SIDE, *FOOTER, *LABELS]


def art_path(section: str, i: int, slug: str) -> str:
    return f"/{section}/tin-tuc/{i}/{slug}.html"


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[RichArticle]:
    A = RichArticle
    return [
        A(path=art_path("lmhtx", 4521, "htx-nong-nghiep-tung-loc-dua-buoi-phuc-trach-len-san-thuong-mai-dien-tu"),
          title="HTX Nông nghiệp Tùng Lộc đưa bưởi Phúc Trạch lên sàn thương mại điện tử",
          date=datetime(2024, 3, 14, 8, 30),
          lead="Sau một năm mở gian hàng trực tuyến, HTX Nông nghiệp Tùng Lộc đã bán được hơn 40 tấn bưởi Phúc Trạch qua các sàn thương mại điện tử.",
          body="""
HTX có 58 thành viên với 36 ha bưởi Phúc Trạch, trong đó 20 ha được cấp chứng nhận VietGAP và mã số vùng trồng.
Được Liên minh HTX tỉnh hỗ trợ đào tạo kỹ năng bán hàng số, cán bộ HTX tự chụp ảnh, quay video và livestream giới thiệu sản phẩm ngay tại vườn.
[img buoi-tung-loc.png] Cán bộ HTX Nông nghiệp Tùng Lộc livestream bán bưởi tại vườn
Nhờ bán trực tuyến, giá bưởi loại một của HTX ổn định ở mức 45.000 - 50.000 đồng/quả, cao hơn bán cho thương lái khoảng 20%.
Năm 2024, HTX dự kiến đưa thêm sản phẩm bưởi sấy dẻo và tinh dầu bưởi lên sàn.
""",
          byline="Tin, ảnh: Minh Lý", author="Minh Lý", **dated(datetime(2024, 3, 14, 8, 30)),
          opts={"cross": True},
          notes=["date '(14/03/2024 08:30)' after the title in parentheses, inside the same heading element (title "
                 "without it); byline 'Tin, ảnh: Minh Lý' (author Minh Lý)",
                 "the portal-wide 'Tin liên quan' box under it links a news item of the agriculture department "
                 "(/sonnptnt/tin-tuc/9154/…, the same template and date form): not an alliance article"]),
        A(path=art_path("lmhtx", 4519, "trao-von-ho-tro-cho-15-htx-tu-quy-ho-tro-phat-trien-htx-tinh"),
          title="Trao vốn hỗ trợ cho 15 HTX từ Quỹ hỗ trợ phát triển HTX tỉnh",
          date=datetime(2024, 3, 12, 15, 0),
          lead="Ngày 12/3, Quỹ hỗ trợ phát triển HTX tỉnh tổ chức trao vốn vay ưu đãi với tổng số tiền 8,5 tỷ đồng cho 15 HTX trên địa bàn tỉnh.",
          body="""
Các HTX được vay vốn chủ yếu hoạt động trong lĩnh vực nông nghiệp, chăn nuôi và chế biến nông sản, với mức vay từ 300 triệu đồng đến 1 tỷ đồng, thời hạn tối đa 5 năm.
Nguồn vốn được sử dụng để đầu tư nhà màng, hệ thống tưới tiết kiệm, máy móc sơ chế và mở rộng quy mô chăn nuôi theo hướng an toàn sinh học.
[img trao-von-quy.png] Lãnh đạo Liên minh HTX tỉnh trao quyết định cho vay cho đại diện các HTX
Từ đầu năm 2024, Quỹ đã giải ngân 11,2 tỷ đồng cho 21 dự án của HTX, đạt 45% kế hoạch năm.
""",
          byline="Thu Hiền", author="Thu Hiền",
          published=iso(datetime(2024, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"nodate": True},
          notes=["no date after the title (the CMS's posting-date field left empty); the text says only 'Ngày 12/3' "
                 "(no year); the category listing and the 'Tin cùng chuyên mục' boxes give (12/03/2024): published "
                 "from the listing, midnight"]),
        A(path=art_path("lmhtx", 4517, "hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-5-khoa-vi"),
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 5, khóa VI",
          date=datetime(2024, 3, 11, 16, 15),
          lead="Chiều 11/3, Ban Chấp hành Liên minh HTX tỉnh khóa VI, nhiệm kỳ 2021 - 2026 tổ chức hội nghị lần thứ 5 đánh giá kết quả công tác năm 2023.",
          body="""
Năm 2023, toàn tỉnh thành lập mới 63 HTX, nâng tổng số HTX đang hoạt động lên 728 HTX; doanh thu bình quân của một HTX đạt 2,4 tỷ đồng.
Liên minh HTX tỉnh đã tư vấn thành lập mới 41 HTX, tổ chức 24 lớp đào tạo, tập huấn cho hơn 1.500 lượt cán bộ, thành viên HTX.
[img hoi-nghi-bch-lan-5.png] Quang cảnh hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 5
Hội nghị đã thảo luận, cho ý kiến vào chương trình công tác năm 2024, trong đó tập trung hướng dẫn các HTX tổ chức lại hoạt động theo Luật Hợp tác xã năm 2023.
""",
          byline="Đức Thành", author="Đức Thành", **dated(datetime(2024, 3, 11, 16, 15))),
        A(path=art_path("lmhtx", 4512, "ke-hoach-to-chuc-thang-hanh-dong-vi-hop-tac-xa-nam-2024"),
          title="Kế hoạch tổ chức Tháng hành động vì hợp tác xã năm 2024",
          date=datetime(2024, 3, 7, 8, 30),
          body="""
LIÊN MINH HTX TỈNH HÀ TĨNH
Số: 12/KH-LMHTX
Hà Tĩnh, ngày 05 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức Tháng hành động vì hợp tác xã năm 2024
Thực hiện Kế hoạch của Liên minh HTX Việt Nam về tổ chức Tháng hành động vì hợp tác xã năm 2024, Liên minh HTX tỉnh Hà Tĩnh xây dựng kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng về Luật Hợp tác xã năm 2023 và vai trò của kinh tế tập thể trong phát triển kinh tế - xã hội của tỉnh.
II. NỘI DUNG HOẠT ĐỘNG
1. Tổ chức mít tinh kỷ niệm Ngày Hợp tác xã Việt Nam 11/4.
2. Tổ chức gian hàng giới thiệu sản phẩm OCOP của các HTX tại Quảng trường Thành Sen.
3. Biểu dương 30 HTX, tổ hợp tác tiêu biểu năm 2023.
Nơi nhận: Liên minh HTX Việt Nam; Thường trực Tỉnh ủy; UBND tỉnh; các HTX; Lưu VT.
CHỦ TỊCH Nguyễn Văn Hòa
""",
          author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": "/lmhtx/Uploads/VanBan/2024/KH-12-LMHTX.pdf", "text": "KH-12-LMHTX.pdf"}],
          published=iso(datetime(2024, 3, 7, 8, 30)), published_source="date-element", evidence=["date-element"],
          opts={"docs": "05/03/2024"},
          notes=["official plan 'Số: 12/KH-LMHTX' in 'Văn bản chỉ đạo': its page shows '(07/03/2024 08:30)' after the "
                 "title, the place-date line 'Hà Tĩnh, ngày 05 tháng 3 năm 2024' and the listing table's 'Ngày ban "
                 "hành' column 05/03/2024 (the document's day): published 07/03/2024 08:30; signer last, author null; "
                 "the PDF under 'Tệp đính kèm:' and in the table's 'Tệp' column"]),
        A(path=art_path("lmhtx", 4503, "htx-dich-vu-nong-nghiep-ky-thu-phat-trien-dua-luoi-nha-mang"),
          title="HTX Dịch vụ nông nghiệp Kỳ Thư phát triển mô hình dưa lưới nhà màng",
          date=datetime(2024, 2, 28, 14, 45),
          lead="Với 12 nhà màng trên diện tích 1,5 ha, HTX Dịch vụ nông nghiệp Kỳ Thư (thị xã Kỳ Anh) mỗi năm thu hoạch ba vụ dưa lưới, doanh thu hơn 2 tỷ đồng.",
          body="""
Dưa lưới được trồng trên giá thể xơ dừa, tưới nhỏ giọt theo chế độ dinh dưỡng tự động, mỗi vụ kéo dài khoảng 75 ngày.
Sản phẩm được cấp chứng nhận VietGAP, tiêu thụ chủ yếu tại các siêu thị, cửa hàng trái cây ở Hà Tĩnh và Nghệ An với giá bán từ 45.000 đến 60.000 đồng/kg.
[img dua-luoi-ky-thu.png] Thành viên HTX chăm sóc dưa lưới trong nhà màng
HTX đang phối hợp với địa phương xây dựng sản phẩm dưa lưới Kỳ Thư tham gia đánh giá, phân hạng OCOP năm 2024.
Nguồn: Báo Hà Tĩnh
""",
          author=None, **dated(datetime(2024, 2, 28, 14, 45)),
          notes=["the text ends with the right-aligned line 'Nguồn: Báo Hà Tĩnh': a source, author null"]),
        A(path=art_path("lmhtx", 4498, "tap-huan-luat-hop-tac-xa-nam-2023-cho-can-bo-quan-ly-htx"),
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ quản lý HTX",
          date=datetime(2024, 2, 22, 9, 0),
          lead="Trong hai ngày 21 và 22/2, Liên minh HTX tỉnh tổ chức lớp tập huấn Luật Hợp tác xã năm 2023 cho 120 cán bộ quản lý HTX, tổ hợp tác.",
          body="""
Học viên được phổ biến những điểm mới của Luật Hợp tác xã năm 2023, có hiệu lực từ ngày 01/7/2024, về thành viên liên kết, phân phối thu nhập, tài sản không chia và chế độ kế toán.
Các học viên cũng được hướng dẫn thủ tục đăng ký, sửa đổi điều lệ HTX và tổ chức đại hội thành viên theo quy định mới.
* Thành viên chính thức và thành viên liên kết góp vốn;
* Quản lý, sử dụng tài sản không chia;
* Chuyển đổi tổ hợp tác thành HTX.
""",
          author=None, **dated(datetime(2024, 2, 22, 9, 0)),
          notes=["no byline, no source: author null; the text ends with a bulleted list"]),
        A(path=art_path("lmhtx", 4490, "lanh-dao-lien-minh-htx-tinh-tham-tang-qua-tet-cac-htx"),
          title="Lãnh đạo Liên minh HTX tỉnh thăm, tặng quà Tết các HTX",
          date=datetime(2024, 2, 5, 15, 20),
          lead="Nhân dịp Tết Nguyên đán Giáp Thìn 2024, đoàn công tác Liên minh HTX tỉnh đã đến thăm, tặng quà các HTX tiêu biểu tại huyện Hương Sơn và Đức Thọ.",
          body="""
Tại HTX Nông nghiệp Sơn Kim 1 và HTX Chè Tây Sơn, đoàn đã nghe báo cáo tình hình sản xuất kinh doanh năm 2023 và kế hoạch năm 2024 của các HTX.
Lãnh đạo Liên minh HTX tỉnh biểu dương những nỗ lực của HTX trong liên kết tiêu thụ sản phẩm, chăm lo đời sống thành viên, đồng thời đề nghị HTX chuẩn bị tốt nguồn hàng phục vụ thị trường Tết.
[img tham-tang-qua-tet.png] Đoàn công tác thăm, tặng quà HTX Chè Tây Sơn
""",
          byline="Đức Thành", author="Đức Thành", **dated(datetime(2024, 2, 5, 15, 20)),
          notes=["on listing page 2 only (/lmhtx/danh-muc/tin-hoat-dong.html?page=2)"]),
        A(path=art_path("lmhtx", 4486, "cong-van-ve-viec-bao-cao-tinh-hinh-hoat-dong-cua-htx-nam-2023"),
          title="Công văn về việc báo cáo tình hình hoạt động của HTX năm 2023",
          date=datetime(2024, 1, 30, 8, 0),
          body="""
LIÊN MINH HTX TỈNH HÀ TĨNH
Số: 35/LMHTX-VP
Hà Tĩnh, ngày 29 tháng 01 năm 2024
V/v báo cáo tình hình hoạt động của HTX năm 2023
Kính gửi: Các HTX, liên hiệp HTX trên địa bàn tỉnh.
Để tổng hợp báo cáo Liên minh HTX Việt Nam và UBND tỉnh, Liên minh HTX tỉnh đề nghị các HTX, liên hiệp HTX báo cáo tình hình hoạt động năm 2023 theo mẫu kèm theo Công văn này, gửi về Văn phòng Liên minh HTX tỉnh trước ngày 29/02/2024.
Nơi nhận: Như trên; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Trần Thị Mai
""",
          author=None, doc_number="35/LMHTX-VP",
          attachments=[{"path": "/lmhtx/Uploads/VanBan/2024/CV-35-LMHTX-VP.pdf", "text": "CV-35-LMHTX-VP.pdf"}],
          published=iso(datetime(2024, 1, 30, 8, 0)), published_source="date-element", evidence=["date-element"],
          opts={"docs": "29/01/2024"},
          notes=["official letter 'Số: 35/LMHTX-VP' dated 'Hà Tĩnh, ngày 29 tháng 01 năm 2024', posted "
                 "(30/01/2024 08:00); signer last, author null"]),
        A(path=art_path("lmhtx", 4480, "htx-nong-nghiep-son-kim-1-mo-rong-vuon-cam-dat-chuan-vietgap"),
          title="HTX Nông nghiệp Sơn Kim 1 mở rộng vườn cam đạt chuẩn VietGAP",
          date=datetime(2024, 1, 24, 16, 0),
          lead="Năm 2023, HTX Nông nghiệp Sơn Kim 1 (huyện Hương Sơn) mở rộng thêm 8 ha cam đạt chuẩn VietGAP, nâng tổng diện tích lên 32 ha.",
          body="""
Các vườn cam của thành viên được chăm sóc theo quy trình thống nhất, sử dụng phân hữu cơ vi sinh và bẫy sinh học để phòng trừ sâu bệnh.
Vụ cam năm nay, HTX thu hoạch khoảng 400 tấn, giá bán bình quân 30.000 đồng/kg; sản phẩm cam Sơn Kim đã đạt chuẩn OCOP 3 sao.
[img cam-son-kim.png] Thành viên HTX Nông nghiệp Sơn Kim 1 thu hoạch cam
""",
          byline="Minh Lý", author="Minh Lý", **dated(datetime(2024, 1, 24, 16, 0)),
          notes=["the oldest news: on listing page 2 and in the portal's sitemap"]),
    ]


DEPT = [
    Article(path=art_path("sonnptnt", 9154, "ha-tinh-co-them-24-san-pham-dat-chuan-ocop"),
            title="Hà Tĩnh có thêm 24 sản phẩm đạt chuẩn OCOP", date=datetime(2024, 3, 13, 15, 30),
            lead="UBND tỉnh vừa ban hành quyết định công nhận 24 sản phẩm đạt chuẩn OCOP đợt 1 năm 2024, trong đó có 11 sản phẩm của các HTX.",
            body="""
Các sản phẩm được công nhận thuộc các nhóm thực phẩm, đồ uống và dược liệu, gồm cam, bưởi, mật ong, chè xanh và nước mắm.
Đến nay, toàn tỉnh có 392 sản phẩm OCOP còn hiệu lực, trong đó 2 sản phẩm 5 sao và 48 sản phẩm 4 sao.
""", byline="Hồng Nhung", opts={"sec": "sonnptnt"}),
    Article(path=art_path("sonnptnt", 9140, "trien-khai-san-xuat-vu-xuan-nam-2024"),
            title="Triển khai sản xuất vụ Xuân năm 2024", date=datetime(2024, 2, 20, 10, 0),
            lead="Vụ Xuân năm 2024, toàn tỉnh phấn đấu gieo cấy 57.500 ha lúa, năng suất bình quân 60 tạ/ha.",
            body="""
Sở Nông nghiệp và Phát triển nông thôn đề nghị các địa phương đẩy nhanh tiến độ gieo cấy, hoàn thành trước ngày 25/2.
Các HTX dịch vụ nông nghiệp được giao cung ứng giống, vật tư và làm dịch vụ bảo vệ thực vật cho các hộ thành viên.
""", byline="Ngọc Tú", opts={"sec": "sonnptnt"}),
    Article(path=art_path("sotc", 8812, "huong-dan-quyet-toan-kinh-phi-ho-tro-htx-nam-2023"),
            title="Hướng dẫn quyết toán kinh phí hỗ trợ phát triển HTX năm 2023", date=datetime(2024, 3, 13, 10, 0),
            lead="Sở Tài chính vừa có văn bản hướng dẫn các địa phương, đơn vị quyết toán kinh phí hỗ trợ phát triển kinh tế tập thể, HTX năm 2023.",
            body="""
Kinh phí hỗ trợ HTX năm 2023 từ ngân sách tỉnh là 18 tỷ đồng, dành cho đào tạo, xúc tiến thương mại, ứng dụng khoa học công nghệ và đầu tư kết cấu hạ tầng.
Các đơn vị hoàn thành hồ sơ quyết toán, gửi về Sở Tài chính trước ngày 31/3/2024.
""", byline="Phòng Tài chính doanh nghiệp", opts={"sec": "sotc"}),
    Article(path=art_path("sotc", 8790, "cong-khai-du-toan-ngan-sach-tinh-nam-2024"),
            title="Công khai dự toán ngân sách tỉnh năm 2024", date=datetime(2024, 3, 5, 9, 0),
            lead="Sở Tài chính công khai số liệu dự toán ngân sách địa phương và phân bổ ngân sách cấp tỉnh năm 2024.",
            body="""
Tổng thu ngân sách nhà nước trên địa bàn năm 2024 dự toán 18.500 tỷ đồng; tổng chi ngân sách địa phương 24.300 tỷ đồng.
Chi tiết số liệu được đăng tải tại mục Công khai ngân sách trên Cổng thông tin điện tử tỉnh.
""", byline="Văn phòng Sở", opts={"sec": "sotc"}),
    Article(path=art_path("sokhcn", 6631, "ho-tro-htx-xay-dung-nhan-hieu-tap-the-cho-san-pham-chu-luc"),
            title="Hỗ trợ HTX xây dựng nhãn hiệu tập thể cho sản phẩm chủ lực", date=datetime(2024, 3, 8, 14, 0),
            lead="Năm 2024, Sở Khoa học và Công nghệ hỗ trợ 8 HTX xây dựng, quản lý và phát triển nhãn hiệu tập thể cho các sản phẩm chủ lực của địa phương.",
            body="""
Các sản phẩm được hỗ trợ gồm cam Hương Sơn, chè Tây Sơn, mật ong Vũ Quang, bưởi Phúc Trạch và nước mắm Cửa Sót.
Mỗi HTX được hỗ trợ tối đa 150 triệu đồng cho việc đăng ký nhãn hiệu, thiết kế bao bì và xây dựng hệ thống truy xuất nguồn gốc.
""", byline="Thanh Hương", opts={"sec": "sokhcn"}),
    Article(path=art_path("sokhcn", 6620, "nghiem-thu-de-tai-ung-dung-cong-nghe-sinh-hoc-trong-san-xuat-giong"),
            title="Nghiệm thu đề tài ứng dụng công nghệ sinh học trong sản xuất giống cây trồng",
            date=datetime(2024, 3, 1, 8, 30),
            lead="Hội đồng khoa học cấp tỉnh vừa nghiệm thu đề tài ứng dụng công nghệ nuôi cấy mô trong sản xuất giống chuối và giống hoa lan.",
            body="""
Đề tài đã sản xuất thành công 120.000 cây giống chuối tiêu hồng và 15.000 cây giống lan hồ điệp sạch bệnh.
Kết quả đề tài được chuyển giao cho một số HTX và trang trại trên địa bàn tỉnh.
""", byline="Thanh Hương", opts={"sec": "sokhcn"}),
]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/lmhtx/Uploads/Images/2024/{src}"


def views(a: Article) -> int:
    return sum(map(ord, a.path)) % 900 + 110


def render_body(a: Article) -> str:
    parts = []
    if a.lead:
        parts.append(f'<p style="text-align: justify;"><strong>{inline_html(a.lead)}</strong></p>')
    for b in a.blocks:
        if b.kind == "p":
            if b.text.startswith("Nguồn:"):
                parts.append(f'<p style="text-align: right;"><em>{inline_html(b.text)}</em></p>')
            else:
                parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p style="text-align: center;"><img src="{img(b.src)}" alt="" width="600" height="400" /></p>')
            if b.text:
                parts.append(f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def sec_of(a: Article) -> str:
    return a.opts.get("sec", "lmhtx")


def detail(a: Article, same: list[Article], cross: list[Article], cat: tuple[str, str]) -> str:
    sec = sec_of(a)
    when = "" if a.opts.get("nodate") else f' <span class="date-detail">({a.date:%d/%m/%Y %H:%M})</span>'
    att = ""
    if a.attachments:
        lis = "".join(f'<li><a href="{f["path"]}">{esc(f["text"])}</a></li>' for f in a.attachments)
        att = f'<div class="file-detail"><b>Tệp đính kèm:</b><ul>{lis}</ul></div>'
    same_lis = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="date">({o.date:%d/%m/%Y})</span></li>'
                       for o in same)
    cross_box = ""
    if cross:
        cross_box = ('<div class="other-news"><h3 class="title-other">Tin liên quan</h3><ul>'
                     + "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="date">({o.date:%d/%m/%Y})</span></li>'
                               for o in cross) + "</ul></div>")
    return (f'<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/{sec}/">{SECTIONS[sec]}</a> &gt; '
            f'<a href="/{sec}/{cat[0]}">{cat[1]}</a></div>'
            f'<div class="news-detail"><h1 class="title-detail">{esc(a.title)}{when}</h1>'
            f'<div class="content-detail">\n{render_body(a)}\n</div>{att}'
            f'<div class="tools-detail"><span>Lượt xem: {views(a)}</span> | <a href="javascript:window.print()">In trang</a>'
            ' | <a href="javascript:void(0)" onclick="sendMail()">Gửi email</a></div></div>'
            + cross_box
            + f'<div class="other-news"><h3 class="title-other">Tin cùng chuyên mục</h3><ul>{same_lis}</ul></div>')


def layout(title: str, sec: str | None, main: str) -> str:
    top_menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                       [("/", "Trang chủ"), ("/sotc/", "Sở Tài chính"), ("/sokhcn/", "Sở KH&amp;CN"),
                        ("/sonnptnt/", "Sở NN&amp;PTNT"), ("/lmhtx/", "Liên minh HTX"),
                        ("{{base:offsite}}/dichvucong/", "Dịch vụ công trực tuyến")])
    left = "".join(f'<li><a href="/{k}/">{v}</a></li>' for k, v in SECTIONS.items())
    if sec:
        sec_menu = "".join(f'<li><a href="/{sec}/{h}">{t}</a></li>' for h, t in
                           [("", "Trang chủ"), ("gioi-thieu.html", "Giới thiệu"), (NEWS, "Tin hoạt động"),
                            (DOCS, "Văn bản chỉ đạo"), ("lien-he.html", "Liên hệ")])
        sec_bar = (f'<div class="section-bar"><div class="section-name">{SECTIONS[sec].upper()} TỈNH HÀ TĨNH</div>'
                   f'<ul class="section-menu">{sec_menu}</ul></div>')
    else:
        sec_bar = ""
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<title>{esc(title)}</title>
<link rel="stylesheet" href="/Portal/Themes/HaTinh/css/portal.css" />
<script src="/Portal/Scripts/jquery.min.js"></script>
</head>
<body>
<div class="portal-top"><span class="today">{TODAY}</span> <a href="{{{{base:offsite}}}}/english/">English</a></div>
<div class="portal-banner"><a href="/"><img src="/Portal/Themes/HaTinh/images/quoc-huy.png" alt="" /></a>
<h1 class="portal-name">{PORTAL.upper()}</h1><div class="portal-sub">Hà Tĩnh Provincial Web Portal</div></div>
<div class="portal-menu"><ul>{top_menu}</ul>
<form action="/tim-kiem.html" method="get"><input name="tu-khoa" placeholder="Tìm kiếm..." /></form> <a href="/tim-kiem.html">Tìm kiếm nâng cao</a></div>
{sec_bar}
<div class="portal-body">
<div class="col-left"><div class="box"><div class="box-title">{SIDE[0]}</div><ul class="dept-menu">{left}</ul></div></div>
<div class="col-main">
{main}
</div>
<div class="col-right">
<div class="box hotline"><div class="box-title">{HOTLINE[0]}</div><p>{HOTLINE[1]}</p><p>{HOTLINE[2]}</p><p>{HOTLINE[3]}</p></div>
<div class="box"><div class="box-title">{SIDE[1]}</div><p>{SIDE[2]}</p><p>{SIDE[3]}</p><p>{SIDE[4]}</p></div>
<div class="box"><div class="box-title">{SIDE[5]}</div><ul><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li>
<li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li></ul></div>
</div>
</div>
<div class="portal-footer"><div class="footer-title">{FOOTER[0]}</div>{footer}<p class="dev">{FOOTER[5]}</p></div>
</body>
</html>
"""


def listing_rows(items: list[Article]) -> str:
    return "".join(f'<div class="news-item"><a href="{a.path}"><img src="{img(a.first_image() or "no-image.png")}" alt="" /></a>'
                   f'<a class="title" href="{a.path}">{esc(a.title)}</a> <span class="date">({a.date:%d/%m/%Y})</span>'
                   f'<p>{esc(a.summary())}</p></div>' for a in items)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-tinh", NAME, "generic", None, start_urls=["{{base:%s}}/lmhtx/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if not a.opts.get("docs")]
    docs = [a for a in arts if a.opts.get("docs")]
    dept = sorted(DEPT, key=lambda a: a.date, reverse=True)
    ocop_news = next(d for d in dept if "ocop" in d.path)

    for a in arts:
        pool = docs if a in docs else news
        same = [o for o in pool if o.date < a.date][:5] or [o for o in pool if o is not a][:5]
        cross = [ocop_news, next(d for d in dept if "nhan-hieu" in d.path)] if a.opts.get("cross") else []
        cat = (DOCS, "Văn bản chỉ đạo") if a in docs else (NEWS, "Tin hoạt động")
        site.page(a.path, layout(f"{a.title} - {NAME}", "lmhtx", detail(a, same, cross, cat)), content_type=HTML)
        site.add_article(a)
    for a in docs:
        f = a.attachments[0]
        site.binary(f["path"], pdf(a.title, [a.doc_number.encode("ascii", "ignore").decode(), "Lien minh HTX tinh Ha Tinh"]))

    # the alliance's listings: news (?page=2) and the document table
    pages = [news[k:k + PER] for k in range(0, len(news), PER)]
    for n, chunk in enumerate(pages, 1):
        url = f"{SEC}/{NEWS}" + (f"?page={n}" if n > 1 else "")
        pager = '<div class="pager">' + " ".join(
            f"<span>{k}</span>" if k == n else f'<a href="{SEC}/{NEWS}?page={k}">{k}</a>' for k in range(1, len(pages) + 1)) + "</div>"
        site.page(url, layout(f"Tin hoạt động - {NAME}", "lmhtx", '<h2 class="cat-title">Tin hoạt động</h2>'
                              + listing_rows(chunk) + pager), content_type=HTML)
        site.non_articles.append(url)
    site.same_page(f"{SEC}/{NEWS}?page=1", f"{SEC}/{NEWS}")
    site.trap("listing /lmhtx/danh-muc/tin-hoat-dong.html?page=2; dates '(14/03/2024)' after the titles; page 2 holds "
              "the oldest news", f"{SEC}/{NEWS}?page=2")
    rows = "".join(f'<tr><td>{esc(a.doc_number)}</td><td>{a.opts["docs"]}</td><td><a href="{a.path}">{esc(a.title)}</a></td>'
                   f'<td><a href="{a.attachments[0]["path"]}">Tải về</a></td></tr>' for a in docs)
    site.page(f"{SEC}/{DOCS}", layout(f"Văn bản chỉ đạo - {NAME}", "lmhtx",
                                      '<h2 class="cat-title">Văn bản chỉ đạo</h2><table class="table-vanban" border="1">'
                                      "<tr><th>Số ký hiệu</th><th>Ngày ban hành</th><th>Trích yếu</th><th>Tệp</th></tr>"
                                      f"{rows}</table>"), content_type=HTML)
    site.non_articles.append(f"{SEC}/{DOCS}")
    site.trap("'Văn bản chỉ đạo' is a table (Số ký hiệu | Ngày ban hành | Trích yếu | Tệp): 'Ngày ban hành' is the "
              "document's day, not its posting day; the 'Tệp' column links the PDFs directly", f"{SEC}/{DOCS}")

    # the alliance section's home (the registry's start URL)
    home = ('<div class="hot-news">' + listing_rows(news[:1]) + "</div>"
            '<div class="box-news"><div class="box-title">Tin hoạt động</div><ul>'
            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({a.date:%d/%m/%Y})</span></li>'
                      for a in news[1:5])
            + f'</ul><a href="{SEC}/{NEWS}">Xem tiếp</a></div><div class="box-news"><div class="box-title">Văn bản chỉ đạo</div><ul>'
            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in docs) + "</ul></div>")
    site.page(f"{SEC}/", layout(NAME, "lmhtx", home), content_type=HTML)

    # introduction and organisation chart: the article template without a date
    intro = [
        "Liên minh Hợp tác xã tỉnh Hà Tĩnh được thành lập năm 1994, là tổ chức chính trị - xã hội, đại diện cho các "
        "hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác trên địa bàn tỉnh, hoạt động theo Điều lệ Liên minh Hợp tác xã "
        "Việt Nam.",
        "Liên minh có nhiệm vụ tuyên truyền, vận động phát triển kinh tế tập thể; đại diện, bảo vệ quyền và lợi ích hợp "
        "pháp của thành viên; tư vấn thành lập, đào tạo nguồn nhân lực, xúc tiến thương mại và hỗ trợ tiếp cận vốn cho "
        "hợp tác xã.",
        "Qua ba mươi năm xây dựng và phát triển, Liên minh đã trở thành chỗ dựa tin cậy của các hợp tác xã, tham mưu cho "
        "Tỉnh ủy, Ủy ban nhân dân tỉnh nhiều chủ trương, chính sách hỗ trợ kinh tế tập thể phát triển.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Thi đua, Ban Hỗ trợ phát triển hợp tác xã và "
        "Quỹ hỗ trợ phát triển hợp tác xã tỉnh."]
    static = {
        f"{SEC}/gioi-thieu.html": ("Giới thiệu chung", "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in intro)),
        art_path("lmhtx", 102, "co-cau-to-chuc"): (
            "Cơ cấu tổ chức",
            f'<p style="text-align: center;"><img src="{img("so-do-to-chuc.png")}" alt="" width="700" height="460" /></p>'
            "<p><strong>Thường trực Liên minh HTX tỉnh:</strong></p><ul><li>Ông Nguyễn Văn Hòa - Chủ tịch</li>"
            "<li>Bà Trần Thị Mai - Phó Chủ tịch</li><li>Ông Lê Văn Thắng - Phó Chủ tịch</li></ul>"
            "<p><strong>Các ban, đơn vị:</strong> Văn phòng; Ban Kiểm tra; Ban Tuyên truyền - Thi đua; Ban Hỗ trợ phát "
            "triển hợp tác xã; Quỹ hỗ trợ phát triển hợp tác xã tỉnh.</p>"),
    }
    for path, (title, body) in static.items():
        main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="/lmhtx/">{SECTIONS["lmhtx"]}</a> &gt; '
                f'<a href="{SEC}/gioi-thieu.html">Giới thiệu</a></div><div class="news-detail"><h1 class="title-detail">'
                f'{esc(title)}</h1><div class="content-detail">{body}</div><div class="tools-detail"><span>Lượt xem: 2.140'
                '</span> | <a href="javascript:window.print()">In trang</a></div></div>'
                f'<div class="other-news"><h3 class="title-other">Giới thiệu</h3><ul><li><a href="{SEC}/gioi-thieu.html">'
                f'Giới thiệu chung</a></li><li><a href="{art_path("lmhtx", 102, "co-cau-to-chuc")}">Cơ cấu tổ chức</a></li>'
                "</ul></div>")
        site.page(path, layout(f"{title} - {NAME}", "lmhtx", main), content_type=HTML)
        site.non_articles.append(path)
    site.trap("the introduction /lmhtx/gioi-thieu.html and the organisation chart at an article address "
              "/lmhtx/tin-tuc/102/co-cau-to-chuc.html use the article template (h1, view count, 'In trang') without a "
              "date: not articles", art_path("lmhtx", 102, "co-cau-to-chuc"))
    site.page(f"{SEC}/lien-he.html", layout(f"Liên hệ - {NAME}", "lmhtx",
                                            f'<h2 class="cat-title">Liên hệ</h2><p>{NAME}</p><p>Địa chỉ: Số 65 Phan Đình '
                                            'Phùng, phường Thành Sen, tỉnh Hà Tĩnh</p><p>Điện thoại: 0239.3855.618</p>'),
              content_type=HTML)
    site.non_articles += [f"{SEC}/", f"{SEC}/lien-he.html"]

    # the other departments' sections: the same template, their own news (not the alliance's)
    for sec in ("sotc", "sokhcn", "sonnptnt"):
        items = [d for d in dept if sec_of(d) == sec]
        for d in items:
            same = [o for o in items if o is not d]
            site.page(d.path, layout(f"{d.title} - {SECTIONS[sec]}", sec,
                                     detail(d, same, [], (NEWS, "Tin hoạt động"))), content_type=HTML)
        site.page(f"/{sec}/", layout(SECTIONS[sec], sec, '<div class="box-news"><div class="box-title">Tin hoạt động</div>'
                                     + listing_rows(items) + "</div>"), content_type=HTML)
        site.page(f"/{sec}/{NEWS}", layout(f"Tin hoạt động - {SECTIONS[sec]}", sec,
                                           '<h2 class="cat-title">Tin hoạt động</h2>' + listing_rows(items)), content_type=HTML)
        for page in ("gioi-thieu.html", DOCS, "lien-he.html"):
            site.page(f"/{sec}/{page}", layout(f"{SECTIONS[sec]}", sec, f'<h2 class="cat-title">{SECTIONS[sec]}</h2>'
                                               f'<p>Trang đang được cập nhật.</p>'), content_type=HTML)
        site.non_articles += [d.path for d in items] + [f"/{sec}/", f"/{sec}/{NEWS}"]
    site.trap("the other departments' sections /sotc/, /sokhcn/, /sonnptnt/ on the same host, linked from the shared "
              "menu, the left 'CÁC SỞ, BAN, NGÀNH' menu and the portal's home: their news pages (same template, "
              "'(13/03/2024 15:30)' dates, bylines, some about HTX) are not alliance articles", dept[0].path)

    # the portal's own home
    mixed = sorted(news[:4] + dept, key=lambda a: a.date, reverse=True)
    portal_home = ('<div class="box-news"><div class="box-title">Tin từ các sở, ban, ngành</div>' + listing_rows(mixed)
                   + "</div>")
    site.page("/", layout(PORTAL, None, portal_home), content_type=HTML)
    site.page("/tim-kiem.html", layout(f"Tìm kiếm - {PORTAL}", None, '<h2 class="cat-title">Tìm kiếm</h2>'
                                       '<p>Nhập từ khóa để tìm kiếm.</p>'), content_type=HTML)
    site.non_articles += ["/", "/tim-kiem.html"]

    every = (["/", f"{SEC}/", f"{SEC}/{NEWS}", f"{SEC}/{DOCS}"] + [a.path for a in arts]
             + [f"/{s}/" for s in ("sotc", "sokhcn", "sonnptnt")] + [d.path for d in dept])
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>\n" for p in every) + "</urlset>\n")
    site.static("/robots.txt", "User-agent: *\nDisallow: /Portal/Admin/\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("the portal's /sitemap.xml (announced in robots.txt) lists the pages of every section", "/sitemap.xml")
    return site
