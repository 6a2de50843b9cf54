"""Site `lmhtx-thanhhoa` (registry family `generic`): the Thanh Hóa alliance on a Viettel eGov
"Cổng thông tin điện tử" built on ASP.NET WebForms, written blind as a held-out test: no family
module, no selectors.

Why it is hard: every page is one `<form id="aspnetForm">` with view state. Articles live at
query-string addresses `/News/NewsDetail.aspx?ID=2931&CatID=12`; the same article is also linked as
`?CatID=12&ID=2931` (home page modules), with `&lang=vi` appended ("Các tin đã đưa" boxes), under a
second category `?ID=2931&CatID=15` (another breadcrumb and another "Các tin đã đưa" box, the same
article) and as its print page `/News/NewsPrint.aspx?ID=2931`; no page names a rel=canonical. The
publication date is written in words ABOVE the title ("Thứ năm, ngày 14 tháng 3 năm 2024 - 08:30")
and the top bar's today line has the same form ("Thứ hai, ngày 23 tháng 11 năm 2026"); an official
decision's place-date line ("Thanh Hóa, ngày 05 tháng 3 năm 2024") is in words too. The author is a
field after the text ("Tác giả: Minh Hằng", not text), sometimes a "Nguồn:" field instead (a source,
no author); "Lượt xem", "Gửi email | In bài | Phản hồi", a reader-feedback form and "Các tin đã đưa"
(older titles with dates in parentheses) follow. One article hides its date: the text says only
"Ngày 12/3" and the listing "(12/03/2024)". The introduction and the organisation chart are pages
of the news module in the article address shape (`?ID=5&CatID=2`), without a date: not articles.
Listings `/News/NewsList.aspx?CatID=12&Page=2` ("Trang đầu Trước 1 2 Sau Trang cuối").
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, SiteBuild, attr, esc, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "lmhtx-thanhhoa"
NAME = "Liên minh Hợp tác xã tỉnh Thanh Hóa"
HTML = "text/html; charset=utf-8"
DETAIL = "/News/NewsDetail.aspx"
LIST = "/News/NewsList.aspx"
PRINT = "/News/NewsPrint.aspx"
MAIL = "/News/SendEmail.aspx"
SEARCH = "/News/Search.aspx?keyword=OCOP"
CONTACT = "/Pages/LienHe.aspx"
GALLERY = "/Album/Default.aspx"
SITEMAP_PAGE = "/SiteMap.aspx"
LOGIN = "/Login.aspx"
PER = 5

CATS = {12: "Tin hoạt động", 15: "Gương điển hình", 18: "Văn bản - Chỉ đạo", 2: "Giới thiệu"}
VN_DAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")


def words(d: datetime, time: bool = True) -> str:
    s = f"{VN_DAYS[d.weekday()]}, ngày {d.day:02d} tháng {d.month} năm {d.year}"
    return s + (f" - {d:%H:%M}" if time else "")


TODAY = words(TODAY_2026, time=False)
SLOGANS = ["Nhiệt liệt chào mừng kỷ niệm 80 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2026)",
           "Phát triển kinh tế tập thể, hợp tác xã là nhiệm vụ của cả hệ thống chính trị"]
RIGHT = ["Thời tiết", "Nhiệt độ: 22°C - 27°C", "Trời nhiều mây, có mưa nhỏ vài nơi", "Thống kê truy cập",
         "Đang trực tuyến: 27", "Hôm nay: 1.032", "Tổng lượt truy cập: 3.215.406", "Liên kết website",
         "Văn bản mới", "Thăm dò ý kiến"]
POLL_Q = "Bạn quan tâm đến nội dung nào trên Cổng thông tin điện tử?"
POLL_A = ("Tin hoạt động của Liên minh", "Chính sách hỗ trợ HTX", "Sản phẩm OCOP của HTX")
FOOTER = ["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH THANH HÓA",
          "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Thanh Hóa",
          "Chịu trách nhiệm chính: Ông Trịnh Văn Hùng - Chủ tịch Liên minh HTX tỉnh",
          "Địa chỉ: Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
          "Điện thoại: 0237.3852.614 - Fax: 0237.3852.615 - Email: lienminhhtx@thanhhoa.gov.vn",
          "Giấy phép số 125/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Thanh Hóa cấp ngày 12/5/2017",
          "Ghi rõ nguồn “Cổng TTĐT Liên minh HTX tỉnh Thanh Hóa” khi phát hành lại thông tin từ Cổng này",
          "Thiết kế và phát triển bởi Viettel Thanh Hóa"]
LABELS = ["Lượt xem:", "Tác giả:", "Nguồn:", "Gửi email", "In bài", "Phản hồi", "Các tin đã đưa",
          "Ý kiến bạn đọc", "Gửi ý kiến", "Từ khóa:", "File đính kèm:", "Sơ đồ cổng", "Đăng nhập",
          "Biểu quyết", "Xem kết quả"]
BOILERPLATE = [TODAY, *SLOGANS, *RIGHT, POLL_Q, *POLL_A, *FOOTER, *LABELS]

QD_PDF = "/Uploads/files/2024/3/QD-25-LMHTX.pdf"
KH_PDF = "/Uploads/files/2024/2/KH-12-LMHTX.pdf"


def detail_url(i: int, cat: int, order: str = "id", lang: bool = False) -> str:
    q = f"ID={i}&CatID={cat}" if order == "id" else f"CatID={cat}&ID={i}"
    return f"{DETAIL}?{q}" + ("&lang=vi" if lang else "")


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


OCOP_TABLE = """
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Gạo hữu cơ Thiệu Nguyên | HTX Nông nghiệp Thiệu Nguyên | 4 sao |
| 2 | Mật ong rừng Xuân Cẩm | HTX Dịch vụ tổng hợp Xuân Cẩm | 4 sao |
| 3 | Chè lam Phủ Quảng | HTX Sản xuất chè lam Vĩnh Hòa | 3 sao |
| 4 | Nước mắm Ba Làng | HTX Chế biến thủy sản Hải Thanh | 4 sao |
| 5 | Bưởi Luận Văn | HTX Nông nghiệp Thọ Văn | 3 sao |
| 6 | Chiếu cói Nga Sơn | HTX Thủ công mỹ nghệ Nga Thái | 3 sao |
"""


def articles() -> list[RichArticle]:
    A = RichArticle
    return [
        A(path=detail_url(2931, 12),
          title="HTX Dịch vụ nông nghiệp Hoằng Quỳ liên kết sản xuất 120 ha lúa giống",
          date=datetime(2024, 3, 14, 8, 30),
          lead="Vụ Chiêm xuân năm 2024, HTX Dịch vụ nông nghiệp Hoằng Quỳ (huyện Hoằng Hóa) liên kết với doanh nghiệp sản xuất 120 ha lúa giống, bao tiêu toàn bộ sản phẩm cho thành viên.",
          body="""
HTX hiện có 1.260 thành viên, cung ứng các dịch vụ làm đất, thủy lợi, bảo vệ thực vật và tiêu thụ nông sản trên diện tích gần 400 ha.
Theo hợp đồng liên kết, doanh nghiệp cung ứng giống siêu nguyên chủng, phân bón trả chậm và cử cán bộ kỹ thuật hướng dẫn thành viên từ khâu gieo mạ đến thu hoạch.
[img lua-giong-hoang-quy.png] Cán bộ kỹ thuật hướng dẫn thành viên HTX Hoằng Quỳ khử lẫn trên ruộng lúa giống
Giá thu mua lúa giống cao hơn lúa thương phẩm từ 1.500 đến 2.000 đồng/kg; sau khi trừ chi phí, mỗi sào lúa giống cho lãi cao hơn lúa thường khoảng 500.000 đồng.
Ông Lê Văn Thành, Giám đốc HTX cho biết, năm 2024 HTX phấn đấu mở rộng diện tích liên kết lên 150 ha và đầu tư thêm máy cấy, máy gặt đập liên hợp để chủ động thời vụ.
""",
          author="Minh Hằng", **dated(datetime(2024, 3, 14, 8, 30)),
          opts={"id": 2931, "cats": [12, 15], "author": "Minh Hằng"},
          notes=["date written in words ABOVE the title ('Thứ năm, ngày 14 tháng 3 năm 2024 - 08:30'), the top bar's "
                 "today line in the same form ('Thứ hai, ngày 23 tháng 11 năm 2026'); author the field 'Tác giả: Minh "
                 "Hằng' after the text (not text)",
                 "the same article at ?ID=2931&CatID=12, ?CatID=12&ID=2931 (home page), ...&lang=vi ('Các tin đã đưa' "
                 "boxes), ?ID=2931&CatID=15 (listed in a second category: another breadcrumb and other-news box) and "
                 "its print page /News/NewsPrint.aspx?ID=2931; no rel=canonical anywhere: one article"]),
        A(path=detail_url(2925, 12),
          title="Liên minh HTX tỉnh làm việc với huyện Thọ Xuân về phát triển kinh tế tập thể",
          date=datetime(2024, 3, 11, 17, 40),
          lead="Chiều 11/3, đoàn công tác của Liên minh HTX tỉnh đã làm việc với UBND huyện Thọ Xuân về tình hình phát triển kinh tế tập thể, hợp tác xã trên địa bàn.",
          body="""
Báo cáo của huyện cho biết, toàn huyện hiện có 94 HTX, trong đó 76 HTX nông nghiệp; năm 2023 thành lập mới 7 HTX, doanh thu bình quân đạt 2,6 tỷ đồng/HTX.
Một số HTX đã liên kết sản xuất theo chuỗi giá trị như HTX mía đường Xuân Phú, HTX rau an toàn Xuân Lập, HTX chăn nuôi bò sữa Xuân Sinh.
## Còn nhiều khó khăn, vướng mắc
Tuy nhiên, phần lớn HTX có quy mô nhỏ, thiếu vốn, cán bộ quản lý chưa qua đào tạo chuyên môn; nhiều HTX chưa sửa đổi điều lệ theo Luật Hợp tác xã năm 2023.
[img lam-viec-tho-xuan.png] Quang cảnh buổi làm việc tại UBND huyện Thọ Xuân
Phát biểu tại buổi làm việc, lãnh đạo Liên minh HTX tỉnh đề nghị huyện chỉ đạo các xã rà soát HTX ngừng hoạt động, đồng thời giới thiệu các HTX có phương án sản xuất khả thi tiếp cận nguồn vốn của Quỹ hỗ trợ phát triển HTX tỉnh.
""",
          author="Lê Hà", **dated(datetime(2024, 3, 11, 17, 40)),
          opts={"id": 2925, "cats": [12], "author": "Lê Hà"}),
        A(path=detail_url(2918, 18),
          title="Quyết định ban hành Quy chế hoạt động của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Thanh Hóa",
          date=datetime(2024, 3, 7, 16, 45),
          body="""
LIÊN MINH HTX TỈNH THANH HÓA
Số: 25/QĐ-LMHTX
Thanh Hóa, ngày 05 tháng 3 năm 2024
QUYẾT ĐỊNH
Về việc ban hành Quy chế hoạt động của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Thanh Hóa
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH THANH HÓA
Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;
Căn cứ Nghị định số 45/2021/NĐ-CP ngày 31/3/2021 của Chính phủ về việc thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã;
Theo đề nghị của Giám đốc Quỹ hỗ trợ phát triển hợp tác xã tỉnh,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Thanh Hóa.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký và thay thế Quyết định số 112/QĐ-LMHTX ngày 20/8/2021.
Điều 3. Chánh Văn phòng, Giám đốc Quỹ hỗ trợ phát triển hợp tác xã tỉnh và Trưởng các ban, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: Như Điều 3; Liên minh HTX Việt Nam; UBND tỉnh; Lưu VT.
CHỦ TỊCH Trịnh Văn Hùng
""",
          author=None, doc_number="25/QĐ-LMHTX",
          attachments=[{"path": QD_PDF, "text": "QD-25-LMHTX.pdf"}], **dated(datetime(2024, 3, 7, 16, 45)),
          opts={"id": 2918, "cats": [18], "source": "Văn phòng Liên minh HTX tỉnh"},
          notes=["official decision 'Số: 25/QĐ-LMHTX'; place-date line in words 'Thanh Hóa, ngày 05 tháng 3 năm 2024' "
                 "two days before the posting line 'Thứ năm, ngày 07 tháng 3 năm 2024 - 16:45' (the publication date); "
                 "signer last (text, not author); 'Nguồn: Văn phòng Liên minh HTX tỉnh' field: author null; the PDF "
                 "after the text ('File đính kèm:')"]),
        A(path=detail_url(2907, 12),
          title="Khai mạc Phiên chợ sản phẩm OCOP và hàng Việt tại thành phố Thanh Hóa",
          date=datetime(2024, 3, 12, 10, 0),
          lead="Ngày 12/3, Liên minh HTX tỉnh phối hợp với Sở Công Thương khai mạc Phiên chợ sản phẩm OCOP và hàng Việt năm 2024 tại Quảng trường Lam Sơn, thành phố Thanh Hóa.",
          body="""
Phiên chợ có 120 gian hàng của các HTX, doanh nghiệp và hộ sản xuất đến từ 27 huyện, thị xã, thành phố trong tỉnh, trưng bày hơn 500 sản phẩm, trong đó có 186 sản phẩm OCOP từ 3 sao trở lên.
[img phien-cho-ocop.png] Khách tham quan gian hàng nem chua, chè lam của các HTX tại phiên chợ
Các sản phẩm được nhiều khách hàng quan tâm là nem chua, bánh gai Tứ Trụ, mắm tép Hà Yên, nước mắm Ba Làng, chè lam Phủ Quảng và gạo Japonica Yên Định.
Phiên chợ mở cửa từ 8 giờ đến 22 giờ hằng ngày và kéo dài đến hết ngày 16/3.
""",
          author=None, published=iso(datetime(2024, 3, 12), with_time=False), published_source="listing",
          evidence=["listing"], opts={"id": 2907, "cats": [12], "nodate": True},
          notes=["no date line on the page (the CMS's 'show date' switched off): the text says only 'Ngày 12/3' (no "
                 "year; it also names 16/3); the listing and the 'Các tin đã đưa' boxes print (12/03/2024) -> "
                 "published from the listing, midnight; no author field: author null"]),
        A(path=detail_url(2899, 12),
          title="Tập huấn nâng cao năng lực quản trị cho cán bộ quản lý HTX khu vực miền núi",
          date=datetime(2024, 3, 6, 9, 15),
          lead="Trong hai ngày 5 và 6/3, tại huyện Ngọc Lặc, Liên minh HTX tỉnh tổ chức lớp tập huấn nâng cao năng lực quản trị cho 80 cán bộ quản lý HTX của 11 huyện miền núi.",
          body="""
Học viên được giới thiệu những điểm mới của Luật Hợp tác xã năm 2023, kỹ năng xây dựng phương án sản xuất kinh doanh, quản lý tài chính và phân phối thu nhập trong HTX.
Giảng viên là các chuyên gia của Trường Cán bộ quản lý nông nghiệp và phát triển nông thôn I và cán bộ Liên minh HTX tỉnh.
Các nội dung được học viên trao đổi nhiều nhất gồm:
* Thủ tục đăng ký thay đổi nội dung HTX theo quy định mới;
* Kinh nghiệm tiếp cận vốn vay của Quỹ hỗ trợ phát triển HTX;
* Liên kết tiêu thụ dược liệu, lâm sản ngoài gỗ trồng dưới tán rừng.
Kết thúc lớp học, 100% học viên được cấp giấy chứng nhận hoàn thành khóa học.
""",
          author=None, **dated(datetime(2024, 3, 6, 9, 15)),
          opts={"id": 2899, "cats": [12], "source": "Báo Thanh Hóa"},
          notes=["no 'Tác giả:' field; the field 'Nguồn: Báo Thanh Hóa' after the text: a source, author null"]),
        A(path=detail_url(2886, 12),
          title="Nem chua của HTX Thực phẩm sạch Đông Thọ đạt chuẩn OCOP 4 sao",
          date=datetime(2024, 2, 29, 14, 0),
          lead="Sản phẩm nem chua mang thương hiệu “Đông Thọ” của HTX Thực phẩm sạch Đông Thọ (thành phố Thanh Hóa) vừa được UBND tỉnh công nhận đạt chuẩn OCOP 4 sao.",
          body="""
HTX được thành lập năm 2019 với 12 thành viên là các hộ làm nem lâu năm, mỗi ngày sản xuất khoảng 15.000 chiếc nem, tiêu thụ tại các tỉnh phía Bắc và Thành phố Hồ Chí Minh.
Để đạt OCOP 4 sao, HTX đầu tư phòng sạch, kho lạnh bảo quản, dùng bao bì hút chân không có tem truy xuất nguồn gốc và công bố hạn sử dụng cho từng lô sản phẩm.
[img nem-chua-dong-tho.png] Thành viên HTX đóng gói nem chua trong xưởng sản xuất
Bà Nguyễn Thị Hoa, Giám đốc HTX cho biết, từ khi có sao OCOP, sản phẩm đã vào được hệ thống siêu thị và các sàn thương mại điện tử, doanh thu năm 2023 đạt 9,5 tỷ đồng.
""",
          author="Thu Trang", **dated(datetime(2024, 2, 29, 14, 0)),
          opts={"id": 2886, "cats": [12, 15], "author": "Thu Trang"}),
        A(path=detail_url(2874, 12),
          title="Kết quả đánh giá, phân hạng sản phẩm OCOP của các HTX năm 2023",
          date=datetime(2024, 2, 23, 10, 20),
          lead="Năm 2023, các HTX trên địa bàn tỉnh có 48 sản phẩm được công nhận đạt chuẩn OCOP, chiếm 32% tổng số sản phẩm OCOP được công nhận trong năm.",
          body="Một số sản phẩm tiêu biểu của các HTX được công nhận trong năm:\n" + OCOP_TABLE + """
Liên minh HTX tỉnh sẽ tiếp tục hỗ trợ các HTX hoàn thiện hồ sơ nâng hạng sản phẩm và tham gia các hội chợ, phiên chợ giới thiệu sản phẩm trong năm 2024.
""",
          author="Hà Linh", **dated(datetime(2024, 2, 23, 10, 20)),
          opts={"id": 2874, "cats": [12], "author": "Hà Linh"},
          notes=["a data table of 7 rows (header + 6 products) between two paragraphs: one line per row, cells "
                 "between ' | '"]),
        A(path=detail_url(2861, 12),
          title="Liên minh HTX tỉnh gặp mặt đầu xuân Giáp Thìn 2024",
          date=datetime(2024, 2, 16, 9, 30),
          lead="Sáng 15/2 (tức mùng 6 tháng Giêng), Liên minh HTX tỉnh tổ chức gặp mặt cán bộ, người lao động và đại diện các HTX tiêu biểu nhân dịp đầu xuân Giáp Thìn 2024.",
          body="""
Năm 2023, khu vực kinh tế tập thể của tỉnh tiếp tục phát triển; toàn tỉnh thành lập mới 112 HTX, nâng tổng số HTX lên 1.245 HTX với hơn 290.000 thành viên.
Phát biểu tại buổi gặp mặt, đồng chí Chủ tịch Liên minh HTX tỉnh đề nghị cán bộ cơ quan bắt tay ngay vào công việc, tập trung hướng dẫn các HTX tổ chức đại hội thành viên thường niên và chuyển đổi theo Luật Hợp tác xã năm 2023, có hiệu lực từ ngày 01/7/2024.
[img gap-mat-dau-xuan.png] Lãnh đạo Liên minh HTX tỉnh chúc Tết các HTX tiêu biểu
""",
          author="Minh Hằng", **dated(datetime(2024, 2, 16, 9, 30)),
          opts={"id": 2861, "cats": [12], "author": "Minh Hằng"},
          notes=["the oldest news: only on listing page 2 (/News/NewsList.aspx?CatID=12&Page=2); the lead names the "
                 "event day 'Sáng 15/2', the posting line the next day"]),
        A(path=detail_url(2853, 18),
          title="Kế hoạch tuyên truyền về kinh tế tập thể, hợp tác xã năm 2024",
          date=datetime(2024, 2, 1, 8, 45),
          body="""
LIÊN MINH HTX TỈNH THANH HÓA
Số: 12/KH-LMHTX
Thanh Hóa, ngày 30 tháng 01 năm 2024
KẾ HOẠCH
Tuyên truyền về kinh tế tập thể, hợp tác xã năm 2024
Thực hiện Chương trình công tác năm 2024, Liên minh HTX tỉnh Thanh Hóa ban hành Kế hoạch tuyên truyền về kinh tế tập thể, hợp tác xã năm 2024 như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn thi hành đến cán bộ, thành viên HTX và Nhân dân.
II. NỘI DUNG, HÌNH THỨC
1. Đăng tải tin, bài trên Cổng thông tin điện tử Liên minh HTX tỉnh, Báo Thanh Hóa, Đài Phát thanh và Truyền hình tỉnh.
2. Tổ chức Tháng hành động vì hợp tác xã từ ngày 01/4 đến ngày 30/4/2024.
3. Biểu dương các HTX, tổ hợp tác tiêu biểu nhân kỷ niệm Ngày Hợp tác xã Việt Nam 11/4.
Nơi nhận: Liên minh HTX Việt Nam; Ban Tuyên giáo Tỉnh ủy; các HTX; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Lê Thị Hương
""",
          author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": KH_PDF, "text": "KH-12-LMHTX.pdf"}], **dated(datetime(2024, 2, 1, 8, 45)),
          opts={"id": 2853, "cats": [18]},
          notes=["official plan 'Số: 12/KH-LMHTX', place-date line 'Thanh Hóa, ngày 30 tháng 01 năm 2024' two days "
                 "before the posting line (01/02/2024 08:45); signer last; no author or source field: author null"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/Uploads/images/2024/{src}"


def views(i: int) -> str:
    n = (i * 7919) % 2300 + 140
    return f"{n:,}".replace(",", ".")


def render_body(a: RichArticle) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f'<p style="text-align: justify;"><strong>{inline_html(b.text)}</strong></p>')
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "table":
            parts.append(table_html(b, "table-ocop"))
        elif b.kind == "img":
            cap = f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else ""
            parts.append(f'<figure class="image" style="text-align: center;"><img alt="" src="{img(b.src)}" '
                         f'width="600" height="400" />{cap}</figure>')
    return "\n".join(parts)


def date_line(a: RichArticle) -> str:
    if a.opts.get("nodate"):
        return ""
    return (f'<div class="NewsDate"><span id="ctl00_ContentPlaceHolder1_ctl00_lblDate">{words(a.date)}</span>'
            "</div>")


def article_main(a: RichArticle, cat: int, others: list[RichArticle]) -> str:
    i = a.opts["id"]
    sapo = f'<div class="NewsSapo"><strong>{inline_html(a.lead)}</strong></div>' if a.lead else ""
    att = ""
    if a.attachments:
        f = a.attachments[0]
        att = (f'<div class="NewsAttach"><b>File đính kèm:</b> <a href="{f["path"]}" target="_blank">'
               f'<img src="/App_Themes/Default/images/icon-pdf.png" alt="" /> {esc(f["text"])}</a></div>')
    fields = []
    if a.opts.get("author"):
        fields.append(f'<span class="NewsAuthor">Tác giả: <b>{esc(a.opts["author"])}</b></span>')
    if a.opts.get("source"):
        fields.append(f'<span class="NewsSource">Nguồn: {esc(a.opts["source"])}</span>')
    fields.append(f'<span class="NewsView">Lượt xem: {views(i)}</span>')
    other = "".join(f'<li><a href="{detail_url(o.opts["id"], cat, lang=True).replace("&", "&amp;")}">{esc(o.title)}</a> '
                    f'<span class="date">({o.date:%d/%m/%Y})</span></li>' for o in others)
    other_box = (f'<div class="OtherNews"><h3 class="title-other">Các tin đã đưa</h3><ul>{other}</ul></div>'
                 if others else "")
    return (crumb(cat) + '<div class="news-detail">' + date_line(a)
            + f'<h1 class="NewsTitle"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle">{esc(a.title)}</span></h1>'
            + sapo + f'<div class="NewsContent" id="ctl00_ContentPlaceHolder1_ctl00_divContent">\n{render_body(a)}\n</div>'
            + att + '<div class="NewsFooter">' + " ".join(fields) + "</div>" + tools(i)
            + f'<div class="NewsTags">Từ khóa: <a href="{SEARCH}">OCOP</a>, <a href="{SEARCH}">hợp tác xã</a></div>'
            + feedback() + "</div>" + other_box)


def tools(i: int) -> str:
    return (f'<div class="NewsTools"><a href="{MAIL}?ID={i}"><img src="/App_Themes/Default/images/icon-mail.png" alt="" /> '
            f'Gửi email</a> | <a href="{PRINT}?ID={i}" target="_blank"><img src="/App_Themes/Default/images/icon-print.png" '
            'alt="" /> In bài</a> | <a href="#phanhoi">Phản hồi</a></div>')


def feedback() -> str:
    return ('<div id="phanhoi" class="feedback"><h3>Ý kiến bạn đọc</h3><table>'
            '<tr><td>Họ và tên:</td><td><input name="ctl00$ContentPlaceHolder1$ctl00$txtName" type="text" /></td></tr>'
            '<tr><td>Email:</td><td><input name="ctl00$ContentPlaceHolder1$ctl00$txtEmail" type="text" /></td></tr>'
            '<tr><td>Nội dung:</td><td><textarea name="ctl00$ContentPlaceHolder1$ctl00$txtContent" rows="4"></textarea></td></tr>'
            '</table><a class="btn" href="javascript:__doPostBack(\'ctl00$ContentPlaceHolder1$ctl00$btnSend\',\'\')">'
            "Gửi ý kiến</a></div>")


def crumb(cat: int) -> str:
    href = detail_url(5, 2).replace("&", "&amp;") if cat == 2 else f"{LIST}?CatID={cat}"
    return f'<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; <a href="{href}">{CATS[cat]}</a></div>'


def print_page(a: RichArticle, cat: int) -> str:
    fields = []
    if a.opts.get("author"):
        fields.append(f'Tác giả: <b>{esc(a.opts["author"])}</b>')
    if a.opts.get("source"):
        fields.append(f'Nguồn: {esc(a.opts["source"])}')
    sapo = f'<div class="NewsSapo"><strong>{inline_html(a.lead)}</strong></div>' if a.lead else ""
    body = render_body(a) if a.body else ""
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>In bài viết</title>
<meta name="robots" content="noindex, nofollow" />
<link href="/App_Themes/Default/css/print.css" rel="stylesheet" type="text/css" />
</head>
<body onload="window.print();">
<div class="print-head">{FOOTER[0]}</div>
{date_line(a)}
<h1 class="NewsTitle">{esc(a.title)}</h1>
{sapo}
<div class="NewsContent">
{body}
</div>
<div class="NewsFooter">{" ".join(fields)}</div>
<p class="print-url">Địa chỉ bài viết: {{{{base}}}}{detail_url(a.opts["id"], cat).replace("&", "&amp;")}</p>
<p class="print-tools"><a href="javascript:window.print();">In trang</a> | <a href="javascript:window.close();">Đóng cửa sổ</a></p>
</body>
</html>
"""


def mail_page(i: int) -> str:
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8" /><title>Gửi bài viết qua email</title>
<meta name="robots" content="noindex" /></head>
<body><form name="aspnetForm" method="post" action="./SendEmail.aspx?ID={i}" id="aspnetForm">
<h3>Gửi bài viết qua email</h3>
<p>Email người nhận: <input name="ctl00$txtTo" type="text" /></p>
<p>Email người gửi: <input name="ctl00$txtFrom" type="text" /></p>
<p>Lời nhắn: <textarea name="ctl00$txtMessage"></textarea></p>
<input type="submit" name="ctl00$btnSend" value="Gửi" /></form></body></html>
"""


def layout(title: str, main: str, action: str, arts: list[RichArticle], *, head: str = "") -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (detail_url(5, 2), "Giới thiệu"), (f"{LIST}?CatID=12", "Tin hoạt động"),
                    (f"{LIST}?CatID=15", "Gương điển hình"), (f"{LIST}?CatID=18", "Văn bản - Chỉ đạo"),
                    (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    left = "".join(f'<li><a href="{LIST}?CatID={c}">{n}</a></li>' for c, n in CATS.items() if c != 2)
    docs = [a for a in arts if 18 in a.opts["cats"]]
    new_docs = "".join(f'<li><a href="{detail_url(a.opts["id"], 18, order="cat")}">{esc(a.title)}</a>'
                       f'<span class="date">Ngày đăng: {a.date:%d/%m/%Y}</span></li>' for a in docs)
    poll = "".join(f'<li><input type="radio" name="ctl00$ucPoll$rdoPoll" value="{i}" /> {esc(o)}</li>'
                   for i, o in enumerate(POLL_A, 1))
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:7])
    action = action.replace("&", "&amp;")
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
<head id="ctl00_Head1"><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - Cổng TTĐT Liên minh HTX tỉnh Thanh Hóa</title>
<meta name="keywords" content="Liên minh hợp tác xã, HTX, Thanh Hóa, kinh tế tập thể" />{head}
<link href="/App_Themes/Default/css/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Scripts/jquery-1.8.3.min.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{action}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkq3Zr0m1xTh4vJ8Xo" />
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" /><input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="" /></div>
<div id="wrapper">
<div id="top-bar"><span class="date-today">{TODAY}</span>
<div class="top-links"><a href="/">Trang chủ</a> | <a href="{SITEMAP_PAGE}">Sơ đồ cổng</a> | <a href="{CONTACT}">Liên hệ</a> | <a href="{LOGIN}">Đăng nhập</a></div></div>
<div id="banner"><a href="/"><img src="/App_Themes/Default/images/banner-lmhtx.png" alt="Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Thanh Hóa" /></a>
<div class="marquee"><marquee scrollamount="3">{" &nbsp;&nbsp;&nbsp; ".join(esc(s) for s in SLOGANS)}</marquee></div></div>
<div id="menu"><ul class="menu-top">{menu}</ul>
<div class="search-box"><input name="ctl00$ucSearch$txtKeyword" type="text" value="Nhập từ khóa..." /><a href="javascript:__doPostBack('ctl00$ucSearch$btnSearch','')">Tìm kiếm</a></div></div>
<div id="content">
<div id="left-col">
<div class="box"><div class="box-title">DANH MỤC</div><ul class="menu-left">{left}</ul></div>
<div class="box"><div class="box-title">{RIGHT[8]}</div><ul class="new-docs">{new_docs}</ul></div>
</div>
<div id="main-col">
{main}
</div>
<div id="right-col">
<div class="box weather"><div class="box-title">{RIGHT[0]}</div><select name="ctl00$ucWeather$ddlCity"><option selected="selected">Thanh Hóa</option><option>Sầm Sơn</option><option>Bá Thước</option></select>
<p>{RIGHT[1]}</p><p>{RIGHT[2]}</p></div>
<div class="box poll"><div class="box-title">{RIGHT[9]}</div><p>{esc(POLL_Q)}</p><ul>{poll}</ul>
<a href="javascript:__doPostBack('ctl00$ucPoll$btnVote','')">Biểu quyết</a> <a href="javascript:__doPostBack('ctl00$ucPoll$btnResult','')">Xem kết quả</a></div>
<div class="box counter"><div class="box-title">{RIGHT[3]}</div><p>{RIGHT[4]}</p><p>{RIGHT[5]}</p><p>{RIGHT[6]}</p></div>
<div class="box links"><div class="box-title">{RIGHT[7]}</div><ul>
<li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
</div>
</div>
<div id="footer"><div class="footer-title">{FOOTER[0]}</div>{footer}<p class="dev">{FOOTER[7]}</p></div>
</div>
</form>
</body>
</html>
"""


STATIC_PAGES = {
    5: ("Giới thiệu chung về Liên minh Hợp tác xã tỉnh Thanh Hóa", [
        "Liên minh Hợp tác xã tỉnh Thanh Hóa là tổ chức chính trị - xã hội và kinh tế, được thành lập trên cơ sở tự "
        "nguyện của các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác và các tổ chức kinh tế, đơn vị sự nghiệp có liên "
        "quan đến kinh tế tập thể trên địa bàn tỉnh.",
        "Liên minh có chức năng đại diện và bảo vệ quyền, lợi ích hợp pháp của thành viên; tuyên truyền, vận động phát "
        "triển kinh tế tập thể; tư vấn, hỗ trợ thành lập mới, đào tạo, bồi dưỡng nguồn nhân lực, xúc tiến thương mại, "
        "tiếp cận vốn và chuyển giao khoa học công nghệ cho các hợp tác xã.",
        "Qua các kỳ đại hội, Liên minh Hợp tác xã tỉnh đã từng bước khẳng định vai trò là cầu nối giữa Đảng, Nhà nước "
        "với khu vực kinh tế tập thể; tham mưu cho Tỉnh ủy, Ủy ban nhân dân tỉnh ban hành nhiều cơ chế, chính sách hỗ "
        "trợ hợp tác xã phát triển.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Thi đua, Ban Chính sách - Hỗ trợ phát triển, "
        "Quỹ hỗ trợ phát triển hợp tác xã tỉnh và Trung tâm Tư vấn, hỗ trợ hợp tác xã."]),
    6: ("Cơ cấu tổ chức", None),
}


def static_main(i: int) -> str:
    title, paras = STATIC_PAGES[i]
    if paras:
        body = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in paras)
    else:
        body = (f'<p style="text-align: center;"><img alt="" src="{img("so-do-to-chuc.png")}" width="700" height="480" /></p>'
                "<p><strong>Thường trực Liên minh HTX tỉnh</strong></p><ul>"
                "<li>Ông Trịnh Văn Hùng - Chủ tịch</li><li>Bà Lê Thị Hương - Phó Chủ tịch</li>"
                "<li>Ông Phạm Văn Cường - Phó Chủ tịch</li></ul>"
                "<p><strong>Các ban, đơn vị trực thuộc</strong></p><ul><li>Văn phòng</li><li>Ban Kiểm tra</li>"
                "<li>Ban Tuyên truyền - Thi đua</li><li>Ban Chính sách - Hỗ trợ phát triển</li>"
                "<li>Quỹ hỗ trợ phát triển hợp tác xã tỉnh</li><li>Trung tâm Tư vấn, hỗ trợ hợp tác xã</li></ul>")
    return (crumb(2) + '<div class="news-detail">'
            f'<h1 class="NewsTitle"><span id="ctl00_ContentPlaceHolder1_ctl00_lblTitle">{esc(title)}</span></h1>'
            f'<div class="NewsContent" id="ctl00_ContentPlaceHolder1_ctl00_divContent">\n{body}\n</div>'
            f'<div class="NewsFooter"><span class="NewsView">Lượt xem: {views(i * 131)}</span></div>{tools(i)}</div>')


def static_print(i: int) -> str:
    title, paras = STATIC_PAGES[i]
    body = "".join(f"<p>{esc(p)}</p>" for p in paras or ["Sơ đồ tổ chức Liên minh Hợp tác xã tỉnh Thanh Hóa"])
    return (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>In bài viết</title>'
            f'<meta name="robots" content="noindex, nofollow" /></head><body onload="window.print();">'
            f'<div class="print-head">{FOOTER[0]}</div><h1 class="NewsTitle">{esc(title)}</h1>'
            f'<div class="NewsContent">{body}</div></body></html>')


def teaser(a: RichArticle, cat: int) -> str:
    pic = a.first_image() or "no-image.png"
    href = detail_url(a.opts["id"], cat).replace("&", "&amp;")
    return (f'<div class="news-item"><a href="{href}"><img src="{img(pic)}" alt="" class="thumb" /></a>'
            f'<a class="title" href="{href}">{esc(a.title)}</a> <span class="date">({a.date:%d/%m/%Y})</span>'
            f'<p class="sapo">{esc(a.summary())}</p><div class="clear"></div></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thanh-hoa", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    by_cat = {c: [a for a in arts if c in a.opts["cats"]] for c in (12, 15, 18)}

    for a in arts:
        i = a.opts["id"]
        home_cat = a.opts["cats"][0]
        aliases = []
        for cat in a.opts["cats"]:
            url = detail_url(i, cat)
            others = [o for o in by_cat[cat] if o.date < a.date][:5]
            og = f'\n<meta property="og:title" content="{attr(a.title)}" />\n<meta property="og:type" content="article" />'
            site.page(url, layout(a.title, article_main(a, cat, others), f"./NewsDetail.aspx?ID={i}&CatID={cat}", arts,
                                  head=og), content_type=HTML)
            site.same_page(detail_url(i, cat, lang=True), url)
            aliases += [detail_url(i, cat, order="cat"), detail_url(i, cat, lang=True)]
            if cat != home_cat:
                aliases.append(url)
        site.page(f"{PRINT}?ID={i}", print_page(a, home_cat), content_type=HTML)
        site.page(f"{MAIL}?ID={i}", mail_page(i), content_type=HTML)
        site.never_fetched.append(f"{MAIL}?ID={i}")
        aliases.append(f"{PRINT}?ID={i}")
        a.aliases = aliases
        site.add_article(a)
    site.binary(QD_PDF, pdf("Quyết định số 25/QĐ-LMHTX", ["QUYET DINH BAN HANH QUY CHE HOAT DONG",
                                                          "QUY HO TRO PHAT TRIEN HTX TINH THANH HOA"]))
    site.binary(KH_PDF, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH TUYEN TRUYEN VE KINH TE TAP THE NAM 2024",
                                                         "Lien minh HTX tinh Thanh Hoa"]))
    site.trap("print page /News/NewsPrint.aspx?ID=<n> ('In bài', robots noindex, title, date line, the whole text, "
              "'Địa chỉ bài viết:' with the address): an alias; 'Gửi email' /News/SendEmail.aspx?ID=<n> is a form "
              "page that robots.txt disallows", f"{PRINT}?ID=2931")

    # listings: ?CatID=N (page 1) and &Page=N
    for cat, items in by_cat.items():
        pages = [items[k:k + PER] for k in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            def link(k: int, cat=cat) -> str:
                return f"{LIST}?CatID={cat}&amp;Page={k}"
            pager = ""
            if len(pages) > 1:
                nums = " ".join(f'<span class="current">{k}</span>' if k == n else f'<a href="{link(k)}">{k}</a>'
                                for k in range(1, len(pages) + 1))
                first = f'<a href="{link(1)}">Trang đầu</a> <a href="{link(n - 1)}">Trước</a> ' if n > 1 else ""
                last = (f' <a href="{link(n + 1)}">Sau</a> <a href="{link(len(pages))}">Trang cuối</a>'
                        if n < len(pages) else "")
                pager = f'<div class="pager">{first}{nums}{last}</div>'
            main = (crumb(cat) + f'<h2 class="cat-title">{CATS[cat]}</h2><div class="news-list">'
                    + "".join(teaser(a, cat) for a in chunk) + f"</div>{pager}")
            url = f"{LIST}?CatID={cat}" if n == 1 else f"{LIST}?CatID={cat}&Page={n}"
            site.page(url, layout(CATS[cat], main, f"./NewsList.aspx?CatID={cat}" + (f"&Page={n}" if n > 1 else ""),
                                  arts), content_type=HTML)
            site.non_articles.append(url)
            if n == 1 and len(pages) > 1:
                site.same_page(f"{LIST}?CatID={cat}&Page=1", url)
    site.trap("listing /News/NewsList.aspx?CatID=12&Page=2 ('Trang đầu Trước 1 2'); dates '(14/03/2024)' after "
              "each title; page 2 holds the oldest news", f"{LIST}?CatID=12&Page=2")

    # home: the featured article and the "Tin mới" module link ?CatID=..&ID=.. (parameters the other way round)
    top, *rest = [a for a in arts if 18 not in a.opts["cats"]]
    def home_link(a: RichArticle) -> str:
        return detail_url(a.opts["id"], a.opts["cats"][0], order="cat").replace("&", "&amp;")
    home = (f'<div class="hot-news"><a href="{home_link(top)}"><img src="{img(top.first_image())}" alt="" /></a>'
            f'<h2><a href="{home_link(top)}">{esc(top.title)}</a></h2><p>{esc(top.summary())}</p></div>'
            '<div class="box-news"><div class="box-title">Tin mới</div><ul>'
            + "".join(f'<li><a href="{home_link(a)}">{esc(a.title)}</a></li>' for a in rest[:5])
            + f'</ul><a class="more" href="{LIST}?CatID=12">Xem tiếp</a></div>'
            '<div class="box-news"><div class="box-title">Gương điển hình</div><ul>'
            + "".join(f'<li><a href="{detail_url(a.opts["id"], 15, order="cat").replace("&", "&amp;")}">{esc(a.title)}</a></li>'
                      for a in by_cat[15]) + "</ul></div>")
    site.page("/", layout("Trang chủ", home, "./Default.aspx", arts), content_type=HTML)

    # the news module's static pages: introduction and organisation chart (article address shape, no date)
    for i in STATIC_PAGES:
        url = detail_url(i, 2)
        site.page(url, layout(STATIC_PAGES[i][0], static_main(i), f"./NewsDetail.aspx?ID={i}&CatID=2", arts),
                  content_type=HTML)
        site.page(f"{PRINT}?ID={i}", static_print(i), content_type=HTML)
        site.page(f"{MAIL}?ID={i}", mail_page(i), content_type=HTML)
        site.never_fetched.append(f"{MAIL}?ID={i}")
        site.non_articles += [url, f"{PRINT}?ID={i}"]
    site.trap("the introduction and the organisation chart are pages of the news module at "
              "/News/NewsDetail.aspx?ID=5&CatID=2 and ?ID=6&CatID=2 (article template: title, 'Lượt xem', "
              "'Gửi email | In bài', a print page; no date): not articles", detail_url(5, 2))

    site.page(CONTACT, layout("Liên hệ", f'<div class="breadcrumb"><a href="/">Trang chủ</a> &raquo; Liên hệ</div>'
                              + f'<h2 class="cat-title">Liên hệ</h2><p>{NAME}</p><p>{esc(FOOTER[3])}</p>'
                              '<table><tr><td>Họ và tên:</td><td><input name="ctl00$txtHoTen" type="text" /></td></tr>'
                              '<tr><td>Nội dung:</td><td><textarea name="ctl00$txtNoiDung"></textarea></td></tr></table>'
                              "<a href=\"javascript:__doPostBack('ctl00$btnGui','')\">Gửi liên hệ</a>",
                              "./LienHe.aspx", arts), content_type=HTML)
    album = "".join(f'<div class="album"><img src="{img(a.first_image())}" alt="" /><p>{esc(a.title)}</p></div>'
                    for a in arts if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", f'<h2 class="cat-title">Thư viện ảnh</h2>{album}', "./Default.aspx", arts),
              content_type=HTML)
    found = [a for a in arts if "OCOP" in a.title + (a.lead or "") + a.body]
    site.page(SEARCH, layout("Tìm kiếm", '<h2 class="cat-title">Kết quả tìm kiếm: OCOP</h2><div class="news-list">'
                             + "".join(teaser(a, a.opts["cats"][0]) for a in found) + "</div>",
                             "./Search.aspx?keyword=OCOP", arts), content_type=HTML)
    site.page(SITEMAP_PAGE, layout("Sơ đồ cổng", '<h2 class="cat-title">Sơ đồ cổng</h2><ul>'
                                   + "".join(f'<li><a href="{LIST}?CatID={c}">{n}</a></li>' for c, n in CATS.items()
                                             if c != 2)
                                   + f'<li><a href="{detail_url(5, 2).replace("&", "&amp;")}">Giới thiệu chung</a></li>'
                                   f'<li><a href="{detail_url(6, 2).replace("&", "&amp;")}">Cơ cấu tổ chức</a></li></ul>',
                                   "./SiteMap.aspx", arts), content_type=HTML)
    site.page(LOGIN, '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8" /><title>Đăng nhập hệ thống</title></head>'
                     '<body><form method="post" action="./Login.aspx"><input name="txtUser" /><input name="txtPass" '
                     'type="password" /><input type="submit" value="Đăng nhập" /></form></body></html>', content_type=HTML)
    site.non_articles += ["/", CONTACT, GALLERY, SEARCH, SITEMAP_PAGE]
    site.never_fetched.append(LOGIN)
    site.trap("contact, gallery, the portal map /SiteMap.aspx and the keyword search /News/Search.aspx?keyword=OCOP "
              "(every article's 'Từ khóa:'): not articles; /Login.aspx is disallowed", SEARCH)
    site.static("/robots.txt", "User-agent: *\nDisallow: /News/SendEmail.aspx\nDisallow: /Login.aspx\n"
                               "Disallow: /Admin/\n")
    return site
