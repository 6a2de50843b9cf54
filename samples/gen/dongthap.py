"""Site `lmhtx-dongthap` (registry family `generic`): the news blog of the Đồng Tháp cooperative
alliance, hosted on Blogger (a blogspot blog on the "Simple" theme, as many small provincial bodies
ran before 2025), built blind as a held-out test: no family module, no selectors.

Why it is hard: every page is Blogger's markup. The only `<h1>` is the blog's name; a post's title is
an `<h3 class="post-title entry-title">`, and `<title>` is "blog name: post title". The date is an
`<h2 class="date-header"><span>Thứ Năm, 14 tháng 3, 2024</span></h2>` that on the home page heads a
GROUP of posts of the same day (the second post of a day has no date of its own there); the time is
only "lúc 08:30" in the post footer (`abbr.published title="2024-03-14T08:30:00+07:00"`), next to
"Đăng bởi Liên minh HTX Đồng Tháp" (the blog account, the site itself: never the author). Post
addresses are `/YYYY/MM/<slug>.html`, and the month in the address is the month the post was FIRST
published: a post re-dated to 1 March keeps /2024/02/. The text is `div.post-body`: older posts are
`<br />`-separated lines of the old composer, with captions in `table.tr-caption-container`; the home
page cuts long posts at the jump break ("Đọc thêm »"). Under posts: "N nhận xét:" and the comments,
each dated after the post; links `?showComment=<ms>#c<id>` to a comment are the same page.
Blogger's robots.txt disallows `/search`, i.e. the label pages `/search/label/<Label>` and the older
posts pager `/search?updated-max=…&max-results=7` ("Bài đăng cũ hơn"): the oldest posts are reached
through the archive widget (`/YYYY/MM/` month pages, which show whole posts: a month with one post
looks like that post), the item pages' "Bài đăng Cũ hơn" links, the sitemap or the Atom feed. Every
page has a mobile twin `?m=1` (rel=canonical to the desktop address) whose links all carry `?m=1`;
an editor pasted one such link into a post, and the mobile pages link back with `?m=0`.
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import quote

from .core import Article, SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, weekday

SITE = "lmhtx-dongthap"
NAME = "Liên minh Hợp tác xã tỉnh Đồng Tháp"
BLOG = "Liên minh HTX tỉnh Đồng Tháp"
ACCOUNT = "Liên minh HTX Đồng Tháp"
DESCRIPTION = "Trang tin hoạt động của Liên minh Hợp tác xã tỉnh Đồng Tháp"
HTML = "text/html; charset=UTF-8"
ATOM = "application/atom+xml; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"
PER = 7
BLOG_ID = "4812093316725840517"
PROFILE = "{{base:offsite}}/blogger/profile/06427719305512817734"
OFF = "{{base:offsite}}"
VN = timezone(timedelta(hours=7))
ABOUT = "/p/gioi-thieu.html"
CONTACT = "/p/lien-he.html"

SLOGANS = ["Nhiệt liệt chào mừng kỷ niệm 78 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2024)",
           "Hợp tác xã - Điểm tựa của kinh tế hộ nông dân"]
WEATHER = ["Thời tiết Cao Lãnh", "Nắng nóng, trời ít mây", "Độ ẩm: 62%"]
POLL_Q = "Bạn biết đến trang tin của Liên minh HTX tỉnh qua kênh nào?"
POLL_A = ("Qua Facebook, Zalo", "Qua cán bộ Liên minh HTX", "Tìm kiếm trên Google")
ABOUT_ME = "Trang thông tin chính thức của Liên minh Hợp tác xã tỉnh Đồng Tháp, cập nhật hoạt động của Liên minh và các hợp tác xã trong tỉnh."
FOOTER = ["Liên minh Hợp tác xã tỉnh Đồng Tháp - Số 12 Lý Thường Kiệt, Phường 1, TP. Cao Lãnh, tỉnh Đồng Tháp",
          "Điện thoại: 0277.3851.297 - Email: lmhtxdongthap@gmail.com",
          "Ghi rõ nguồn \"Liên minh HTX tỉnh Đồng Tháp\" khi phát hành lại thông tin từ trang này"]
LABELS_UI = ["Đăng bởi", "Nhãn:", "Gửi email bài đăng này", "BlogThis!", "Chia sẻ lên X", "Chia sẻ lên Facebook",
             "Chia sẻ lên Pinterest", "Bài đăng Mới hơn", "Bài đăng Cũ hơn", "Đăng Nhận xét (Atom)",
             "Giới thiệu về tôi", "Xem hồ sơ hoàn chỉnh của tôi", "Lưu trữ Blog", "Bài đăng phổ biến",
             "Tổng số lượt xem trang", "Tìm kiếm Blog này", "Liên kết website", "Thăm dò ý kiến",
             "Lượt bình chọn cho đến nay: 58", "Số ngày còn lại để bình chọn: 12", "Đăng nhận xét",
             "Chủ đề Đơn giản. Được tạo bởi", "Được tạo bởi Blogger", "Thêm nhận xét", "Trả lời"]
BOILERPLATE = [*SLOGANS, *WEATHER, POLL_Q, *POLL_A, ABOUT_ME, DESCRIPTION, *FOOTER, *LABELS_UI, "1.284.305"]


def shown(d: datetime) -> str:
    """Blogger's Vietnamese date header: 'Thứ Năm, 14 tháng 3, 2024'."""
    return f"{weekday(d)}, {d.day} tháng {d.month}, {d.year}"


def meta_dates(d: datetime) -> dict:
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/2024/03/lien-minh-htx-tinh-lam-viec-voi-htx-sen-thap-muoi.html",
          title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Sen Tháp Mười",
          date=datetime(2024, 3, 14, 15, 10),
          lead="**Chiều 13/3, đoàn công tác Liên minh HTX tỉnh do đồng chí Phạm Văn Thắng, Phó Chủ tịch Liên minh HTX tỉnh làm trưởng đoàn đã đến làm việc với HTX Dịch vụ nông nghiệp Sen Tháp Mười (huyện Tháp Mười).**",
          body="""
HTX hiện có 36 thành viên, canh tác 85 ha sen lấy gương và ngó, đồng thời chế biến trà tim sen, hạt sen sấy và tinh dầu sen. Năm 2023, doanh thu của HTX đạt hơn 9,2 tỷ đồng, lợi nhuận chia cho thành viên bình quân 68 triệu đồng/người.
[img sen-thap-muoi.png] Đoàn công tác tham quan khu sơ chế hạt sen của HTX
Ông Nguyễn Văn Sáu, Giám đốc HTX cho biết, hai sản phẩm trà tim sen và hạt sen sấy giòn của HTX đã đạt OCOP 4 sao, đang được bày bán tại nhiều cửa hàng đặc sản ở Thành phố Hồ Chí Minh và Cần Thơ.
Tại buổi làm việc, HTX kiến nghị được hỗ trợ đầu tư kho lạnh bảo quản hạt sen và tham gia các hội chợ xúc tiến thương mại ngoài tỉnh.
Phó Chủ tịch Liên minh HTX tỉnh ghi nhận những kết quả HTX đạt được, đề nghị HTX chuẩn bị sản phẩm tham gia Tuần lễ giới thiệu sản phẩm OCOP và sản phẩm HTX năm 2024 theo [[Kế hoạch số 15/KH-LMHTX|{{base}}/2024/03/ke-hoach-to-chuc-tuan-le-san-pham-ocop-va-san-pham-htx-nam-2024.html?m=1]] của Liên minh HTX tỉnh.
""",
          byline="Hồng Nhung", author="Hồng Nhung", **meta_dates(datetime(2024, 3, 14, 15, 10)),
          opts={"style": "p", "labels": ["Hoạt động Liên minh", "OCOP"], "jump": 1},
          notes=["second post of 14 March: on the home page it sits under the SAME date header as the 08:30 post "
                 "(no date of its own there); its page shows 'Thứ Năm, 14 tháng 3, 2024' and 'lúc 15:10'; the "
                 "body links the plan with the mobile address …html?m=1 (pasted from a phone): the mobile twin, "
                 "an alias; byline 'Hồng Nhung' last, right-aligned"]),
        A(path="/2024/03/htx-xoai-my-xuong-xuat-khau-xoai-cat-chu-sang-han-quoc.html",
          title="HTX Xoài Mỹ Xương xuất khẩu 20 tấn xoài cát Chu sang Hàn Quốc",
          date=datetime(2024, 3, 14, 8, 30),
          lead="**Ngày 12/3, HTX Xoài Mỹ Xương (huyện Cao Lãnh) phối hợp với doanh nghiệp đóng gói, xuất khẩu lô xoài cát Chu đầu tiên của năm 2024 sang thị trường Hàn Quốc.**",
          body="""
Lô hàng gồm 20 tấn xoài cát Chu đạt tiêu chuẩn xuất khẩu, được thu mua từ vườn của 42 thành viên HTX với giá 32.000 đồng/kg, cao hơn giá bán cho thương lái khoảng 7.000 đồng/kg.
[img xoai-my-xuong-1.png] Thành viên HTX Xoài Mỹ Xương phân loại xoài trước khi đóng thùng
Để đáp ứng yêu cầu của thị trường Hàn Quốc, HTX duy trì 120 ha vùng trồng được cấp mã số, bao trái từ khi quả còn non và ghi chép nhật ký sản xuất đầy đủ.
Ông Lê Văn Tám, Giám đốc HTX cho biết, năm 2024 HTX đặt mục tiêu xuất khẩu khoảng 300 tấn xoài sang Hàn Quốc, Nhật Bản và Úc.
[img xoai-my-xuong-2.png] Xoài cát Chu được xử lý nước nóng tại cơ sở đóng gói
Xoài Cao Lãnh là sản phẩm chủ lực của tỉnh, đã được bảo hộ chỉ dẫn địa lý; nhiều HTX trồng xoài trong tỉnh có sản phẩm đạt chứng nhận OCOP.
""",
          byline="Bài, ảnh: Minh Trí", author="Minh Trí", **meta_dates(datetime(2024, 3, 14, 8, 30)),
          opts={"style": "br", "labels": ["Mô hình HTX", "OCOP"], "jump": 1,
                "comments": [("Nguyễn Văn Hải", datetime(2024, 3, 14, 20, 15),
                              "Mừng cho bà con Mỹ Xương, mong HTX giữ vững chất lượng để xuất khẩu được lâu dài."),
                             ("Ẩn danh", datetime(2024, 3, 15, 7, 2),
                              "Cho hỏi HTX có bán lẻ xoài cát Chu loại 1 không, liên hệ số điện thoại nào ạ?")]},
          notes=["old-composer post: lines separated by <br /><br /> inside <div dir=ltr trbidi=on>, bold first "
                 "line, captions in table.tr-caption-container; '2 nhận xét:' below, dated 14 and 15 March "
                 "('14 tháng 3, 2024 lúc 20:15'): not text; each comment's link ?showComment=<ms>#c<id> is the "
                 "same page (an alias); byline 'Bài, ảnh: Minh Trí' (author: Minh Trí)"]),
        A(path="/2024/03/htx-binh-thanh-lien-ket-san-xuat-lua-chat-luong-cao.html",
          title="HTX Nông nghiệp Bình Thành liên kết sản xuất 500 ha lúa chất lượng cao",
          date=datetime(2024, 3, 11, 9, 20),
          body="""
HTX Nông nghiệp Bình Thành (huyện Thanh Bình) vừa ký hợp đồng liên kết với một doanh nghiệp xuất khẩu gạo để sản xuất 500 ha lúa chất lượng cao trong vụ Hè Thu 2024.
Theo hợp đồng, doanh nghiệp cung ứng giống lúa thơm ĐS1 và phân bón trả chậm cho thành viên, thu mua lúa tươi tại ruộng với giá cao hơn thị trường 200 đồng/kg.
## Giảm chi phí nhờ cơ giới hóa
HTX đầu tư 2 máy cấy, 3 thiết bị bay phun thuốc và 1 lò sấy công suất 50 tấn/mẻ, giúp thành viên giảm khoảng 15% chi phí sản xuất so với canh tác riêng lẻ.
[img lua-binh-thanh.png] Máy cấy của HTX hoạt động trên cánh đồng liên kết
Ông Trần Văn Bé, Giám đốc HTX cho biết, mô hình đã giúp lợi nhuận của thành viên tăng thêm từ 3 đến 4 triệu đồng/ha mỗi vụ.
HTX đang vận động thêm 60 hộ tham gia, phấn đấu mở rộng diện tích liên kết lên 700 ha vào vụ Thu Đông.
""",
          byline="Kim Thoa", author="Kim Thoa", **meta_dates(datetime(2024, 3, 11, 9, 20)),
          opts={"style": "p", "labels": ["Mô hình HTX"], "jump": 1}),
        A(path="/2024/03/ke-hoach-to-chuc-tuan-le-san-pham-ocop-va-san-pham-htx-nam-2024.html",
          title="Kế hoạch tổ chức Tuần lễ giới thiệu sản phẩm OCOP và sản phẩm HTX năm 2024",
          date=datetime(2024, 3, 5, 10, 0),
          body="""
LIÊN MINH HTX TỈNH ĐỒNG THÁP
Số: 15/KH-LMHTX
Đồng Tháp, ngày 04 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức Tuần lễ giới thiệu sản phẩm OCOP và sản phẩm HTX năm 2024
Căn cứ Chương trình công tác năm 2024 của Liên minh Hợp tác xã tỉnh; nhằm hỗ trợ các hợp tác xã quảng bá, tiêu thụ sản phẩm, Liên minh HTX tỉnh xây dựng kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
- Giới thiệu, quảng bá sản phẩm OCOP và sản phẩm chủ lực của các HTX đến người tiêu dùng và doanh nghiệp phân phối.
- Tạo điều kiện để các HTX kết nối, ký kết hợp đồng tiêu thụ sản phẩm.
II. THỜI GIAN, ĐỊA ĐIỂM
- Thời gian: từ ngày 10/4/2024 đến hết ngày 14/4/2024, hưởng ứng Ngày Hợp tác xã Việt Nam 11/4.
- Địa điểm: khu vực Quảng trường Trung tâm thành phố Cao Lãnh.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp với các phòng chuyên môn bố trí 60 gian hàng miễn phí cho HTX; các HTX đăng ký tham gia trước ngày 25/3/2024.
Xem toàn văn Kế hoạch: [[KH 15-LMHTX.pdf|{{base:offsite}}/drive/file/d/1qKx7Lm2VnB0dT3wYh5/view]]
Nơi nhận: Thường trực Liên minh HTX tỉnh; các HTX trên địa bàn tỉnh; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Phạm Văn Thắng
""",
          author=None, doc_number="15/KH-LMHTX", **meta_dates(datetime(2024, 3, 5, 10, 0)),
          opts={"style": "doc", "labels": ["Văn bản"]},
          notes=["official plan posted as a blog post: 'Số: 15/KH-LMHTX', place-date line 'Đồng Tháp, ngày 04 "
                 "tháng 3 năm 2024' the day before the post (Thứ Ba, 5 tháng 3, 2024 lúc 10:00); signer last, "
                 "author null; the PDF is on Google Drive (an off-site link inside the text: never fetched, no "
                 "attachment); the only post labelled 'Văn bản'"]),
        A(path="/2024/02/ky-ket-phoi-hop-ho-tro-von-cho-thanh-vien-htx.html",
          title="Ký kết chương trình phối hợp hỗ trợ vốn cho thành viên HTX giai đoạn 2024 - 2026",
          date=datetime(2024, 3, 1, 7, 15),
          lead="**Sáng 29/2, Liên minh HTX tỉnh và Chi nhánh Ngân hàng Chính sách xã hội tỉnh Đồng Tháp ký kết chương trình phối hợp hỗ trợ vốn vay cho HTX, tổ hợp tác và thành viên giai đoạn 2024 - 2026.**",
          body="""
Theo chương trình, hai bên phối hợp tuyên truyền chính sách tín dụng ưu đãi, rà soát nhu cầu vay vốn của thành viên HTX thuộc hộ nghèo, hộ cận nghèo và hộ mới thoát nghèo để giới thiệu vay vốn.
Liên minh HTX tỉnh sẽ lồng ghép nguồn vốn Quỹ hỗ trợ phát triển HTX với nguồn vốn ủy thác qua Ngân hàng Chính sách xã hội, ưu tiên các HTX có phương án sản xuất gắn với chuỗi giá trị.
[img ky-ket-nhcsxh.png] Lãnh đạo hai đơn vị ký kết chương trình phối hợp
Đến cuối năm 2023, dư nợ cho vay từ Quỹ hỗ trợ phát triển HTX tỉnh đạt 38 tỷ đồng với 112 HTX và thành viên đang vay vốn.
""",
          byline="Thanh Phong", author="Thanh Phong", **meta_dates(datetime(2024, 3, 1, 7, 15)),
          opts={"style": "br", "labels": ["Hoạt động Liên minh"], "jump": 0},
          notes=["address in /2024/02/ (the month it was first published) while the page dates it 'Thứ Sáu, 1 "
                 "tháng 3, 2024' 'lúc 07:15' (abbr title 2024-03-01T07:15:00+07:00): the page's date is the "
                 "publication date; the lead says 'Sáng 29/2' (the event)"]),
        A(path="/2024/02/htx-tan-thuan-tay-dua-thiet-bi-bay-vao-phun-thuoc-cho-lua.html",
          title="HTX Tân Thuận Tây đưa thiết bị bay không người lái vào phun thuốc cho 700 ha lúa",
          date=datetime(2024, 2, 20, 14, 0),
          body="""
Từ đầu vụ Đông Xuân 2023 - 2024, HTX Nông nghiệp Tân Thuận Tây (thành phố Cao Lãnh) đưa 4 thiết bị bay không người lái vào phun thuốc bảo vệ thực vật cho 700 ha lúa của thành viên.
Mỗi thiết bị phun được khoảng 30 ha/ngày, nhanh gấp 15 lần phun thủ công, lượng nước và thuốc sử dụng giảm khoảng 30%.
[img drone-tan-thuan-tay.png] Thiết bị bay phun thuốc trên cánh đồng của HTX
Dịch vụ phun thuốc bằng thiết bị bay được HTX cung cấp cho thành viên với giá 150.000 đồng/ha, thấp hơn giá thuê bên ngoài.
HTX cũng cử 6 thành viên trẻ đi học lấy chứng chỉ điều khiển thiết bị bay để chủ động vận hành và bảo dưỡng.
Nguồn: Báo Đồng Tháp
""",
          author=None, **meta_dates(datetime(2024, 2, 20, 14, 0)),
          opts={"style": "br", "labels": ["Mô hình HTX"], "jump": 0},
          notes=["last line 'Nguồn: Báo Đồng Tháp' (italic, right-aligned): part of the text, a source, author null"]),
        A(path="/2024/02/tap-huan-luat-hop-tac-xa-nam-2023-cho-can-bo-quan-ly-htx.html",
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ quản lý HTX",
          date=datetime(2024, 2, 6, 8, 45),
          body="""
Ngày 5/2, Liên minh HTX tỉnh tổ chức lớp tập huấn những điểm mới của Luật Hợp tác xã năm 2023 cho hơn 120 cán bộ quản lý HTX, tổ hợp tác trên địa bàn tỉnh.
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024, với nhiều quy định mới về tổ chức và hoạt động của HTX. Tại lớp tập huấn, học viên được giới thiệu các nội dung chính:
* Quy định về thành viên chính thức và thành viên liên kết góp vốn;
* Phân phối thu nhập theo mức độ sử dụng sản phẩm, dịch vụ của thành viên;
* Chính sách hỗ trợ, ưu đãi của Nhà nước đối với HTX, liên hiệp HTX;
* Chế độ báo cáo và việc tổ chức lại HTX theo quy định mới.
[img tap-huan-luat-htx.png] Quang cảnh lớp tập huấn
Dịp này, Liên minh HTX tỉnh cũng giải đáp nhiều câu hỏi của học viên về thủ tục sửa đổi điều lệ và đăng ký lại HTX.
""",
          byline="Ngọc Hiếu", author="Ngọc Hiếu", **meta_dates(datetime(2024, 2, 6, 8, 45)),
          opts={"style": "p", "labels": ["Hoạt động Liên minh"], "jump": 1,
                "comments": [("Trần Thị Mai", datetime(2024, 2, 7, 10, 22),
                              "Liên minh có tài liệu tập huấn gửi cho các HTX không tham dự được không ạ? Xin cảm ơn.")]},
          notes=["the seventh post: the last one on the home page; the body names 01/7/2024 (the law's effective "
                 "date); '1 nhận xét:' below"]),
        A(path="/2024/01/phong-su-anh-quyt-hong-lai-vung-vao-vu-tet.html",
          title="Phóng sự ảnh: Quýt hồng Lai Vung vào vụ Tết",
          date=datetime(2024, 1, 22, 9, 0),
          lead="Những ngày cuối tháng Chạp, các nhà vườn thành viên HTX Quýt hồng Lai Vung tất bật thu hoạch, đóng thùng quýt phục vụ thị trường Tết Giáp Thìn 2024.",
          body="""
[img quyt-hong-1.png] Vườn quýt hồng của thành viên HTX tại xã Long Hậu trĩu quả trước Tết
[img quyt-hong-2.png] Quýt được cắt cả cành lá để bán chưng Tết, giá từ 35.000 đến 50.000 đồng/kg
[img quyt-hong-3.png] Thành viên HTX phân loại quýt theo kích cỡ trước khi giao cho thương lái
[img quyt-hong-4.png] Du khách tham quan, chụp ảnh tại vườn quýt của HTX
[img quyt-hong-5.png] Quýt hồng Lai Vung được đóng hộp quà tặng mang nhãn hiệu của HTX
[img quyt-hong-6.png] Năm nay HTX cung ứng ra thị trường khoảng 1.200 tấn quýt hồng
""",
          byline="Ảnh: Hữu Nghĩa", author="Hữu Nghĩa", **meta_dates(datetime(2024, 1, 22, 9, 0)),
          opts={"style": "photo", "labels": ["Phóng sự ảnh", "OCOP"], "jump": 0},
          notes=["photo story: one sentence of lead, then six photos each with its caption (table.tr-caption-"
                 "container), byline 'Ảnh: Hữu Nghĩa' (author: Hữu Nghĩa): an article, eight lines; the only "
                 "post of January 2024, past the home page (page 2 is under robots-disallowed /search)"]),
        A(path="/2023/11/htx-thuy-san-hong-ngu-cung-ung-ca-tra-giong.html",
          title="HTX Thủy sản Hồng Ngự cung ứng 30 triệu con cá tra giống chất lượng cao",
          date=datetime(2023, 11, 28, 16, 20),
          body="""
Năm 2023, HTX Thủy sản Hồng Ngự (thành phố Hồng Ngự) cung ứng cho các vùng nuôi trong và ngoài tỉnh khoảng 30 triệu con cá tra giống, tăng 20% so với năm trước.
HTX hiện có 28 thành viên với 46 ha ao ương, áp dụng quy trình ương cá tra giống 3 cấp và kiểm dịch trước khi xuất bán.
[img ca-tra-giong.png] Thành viên HTX thu hoạch cá tra giống
Nhờ chất lượng con giống ổn định, HTX đã ký hợp đồng cung ứng dài hạn với 3 doanh nghiệp nuôi cá tra xuất khẩu.
""",
          byline="Minh Trí", author="Minh Trí", **meta_dates(datetime(2023, 11, 28, 16, 20)),
          opts={"style": "br", "labels": ["Mô hình HTX"]},
          notes=["the only post of November 2023 and of 2023, with no jump break: the month archive /2023/11/ and "
                 "the year archive /2023/ show it whole (date header, title, text, footer), under the archive's "
                 "own address and canonical: not articles"]),
    ]


# -- ids and addresses ---------------------------------------------------------------------------

def post_id(a: Article) -> str:
    return "7" + str(int(hashlib.sha1(a.path.encode()).hexdigest()[:16], 16))[:18].rjust(18, "0")


def comment_id(a: Article, i: int) -> str:
    return "5" + str(int(hashlib.sha1(f"{a.path}#{i}".encode()).hexdigest()[:16], 16))[:18].rjust(18, "0")


def with_param(url: str, param: str) -> str:
    base, _, frag = url.partition("#")
    return base + ("&" if "?" in base else "?") + param + (f"#{frag}" if frag else "")


def m1(url: str) -> str:
    return with_param(url, "m=1")


def label_path(label: str) -> str:
    return "/search/label/" + quote(label)


def ms(d: datetime) -> int:
    return int(d.replace(tzinfo=VN).timestamp() * 1000)


def img_path(name: str, size: str = "s640") -> str:
    h = hashlib.sha1(name.encode()).hexdigest()[:22]
    return f"/img/b/R29vZ2xl/AVvXsEh{h}/{size}/{name}"


def stamp_iso(d: datetime) -> str:
    return f"{d:%Y-%m-%dT%H:%M:%S}+07:00"


# -- post markup ---------------------------------------------------------------------------------

def caption_table(src: str, caption: str) -> str:
    big, small = img_path(src, "s1600"), img_path(src)
    return ('<table align="center" cellpadding="0" cellspacing="0" class="tr-caption-container" '
            'style="margin-left: auto; margin-right: auto;"><tbody><tr><td style="text-align: center;">'
            f'<a href="{{{{base}}}}{big}" style="margin-left: auto; margin-right: auto;"><img border="0" '
            f'data-original-height="960" data-original-width="1280" height="480" src="{{{{base}}}}{small}" '
            'width="640" /></a></td></tr><tr><td class="tr-caption" style="text-align: center;">'
            f'{inline_html(caption)}</td></tr></tbody></table>')


def body_parts(a: Article) -> list[str]:
    """The post body's blocks as Blogger writes them, one string per text block (lead first)."""
    style = a.opts.get("style", "p")
    out = []
    if a.lead:
        if style == "br":
            out.append(inline_html(a.lead).replace("<strong>", "<b>").replace("</strong>", "</b>") + "<br /><br />")
        elif style == "photo":
            out.append(f'<div style="text-align: justify;"><i>{inline_html(a.lead)}</i></div><br />')
        else:
            out.append(f'<p style="text-align: justify;">{inline_html(a.lead)}</p>')
    for b in a.blocks:
        if b.kind == "img":
            out.append(caption_table(b.src, b.text))
        elif b.kind == "h":
            out.append(f"<h3 style=\"text-align: left;\">{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append('<ul style="text-align: left;">' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items)
                       + "</ul>")
        elif b.text.startswith("Nguồn:"):
            out.append(f'<div style="text-align: right;"><i>{inline_html(b.text)}</i></div>')
        elif style == "doc":
            t = b.text
            if t.isupper() or t.startswith("Số:") or t.startswith(("I.", "II.", "III.")):
                align = "center" if not t.startswith(("I.", "II.", "III.")) else "left"
                out.append(f'<p style="text-align: {align};"><b>{inline_html(t)}</b></p>')
            elif t.startswith("Đồng Tháp, ngày"):
                out.append(f'<p style="text-align: right;"><i>{inline_html(t)}</i></p>')
            elif t.startswith("Tổ chức Tuần lễ"):
                out.append(f'<p style="text-align: center;"><b>{inline_html(t)}</b></p>')
            elif t.startswith("KT. CHỦ TỊCH"):
                out.append(f'<p style="text-align: right;"><b>{inline_html(t)}</b></p>')
            else:
                out.append(f'<p style="text-align: justify;">{inline_html(t)}</p>')
        elif style == "br":
            out.append(inline_html(b.text) + "<br /><br />")
        else:
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
    if a.byline:
        out.append(f'<div style="text-align: right;"><b>{esc(a.byline)}</b></div>')
    return out


def jump_index(a: Article) -> int | None:
    """How many leading parts the listings show before the jump break (lead counts as one)."""
    j = a.opts.get("jump")
    if j is None:
        return None
    return j + 1 + (1 if a.lead else 0)


def post_body(a: Article, cut: bool) -> str:
    parts = body_parts(a)
    k = jump_index(a)
    if k is not None:
        parts = parts[:k] if cut else parts[:k] + ["<a name='more'></a>"] + parts[k:]
    inner = "\n".join(parts)
    return (f"<div class='post-body entry-content' id='post-body-{post_id(a)}' itemprop='description articleBody'>\n"
            f'<div dir="ltr" style="text-align: left;" trbidi="on">\n{inner}\n</div>\n'
            "<div style='clear: both;'></div>\n</div>")


def n_comments(a: Article) -> str:
    n = len(a.opts.get("comments", []))
    return f"{n} nhận xét:" if n else "Không có nhận xét nào:"


def comment_time(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year} lúc {d:%H:%M}"


def comments_html(a: Article, mobile: bool) -> str:
    items = []
    for i, (who, when, text) in enumerate(a.opts.get("comments", [])):
        cid = comment_id(a, i)
        link = f"{{{{base}}}}{a.path}?showComment={ms(when)}#c{cid}"
        if mobile:
            link = f"{{{{base}}}}{a.path}?showComment={ms(when)}&m=1#c{cid}"
        user = (f'<a href="{PROFILE[:-4]}{cid[-6:]}" rel="nofollow">{esc(who)}</a>' if who != "Ẩn danh"
                else esc(who))
        items.append(
            f'<li class="comment" id="c{cid}"><div class="avatar-image-container"><img src="{{{{base}}}}/img/blank.png" '
            'width="35" height="35" /></div><div class="comment-block"><div class="comment-header">'
            f'<cite class="user">{user}</cite><span class="icon user "></span><span class="datetime secondary-text">'
            f'<a rel="nofollow" href="{link}">{comment_time(when)}</a></span></div>'
            f'<p class="comment-content">{esc(text)}</p><span class="comment-actions secondary-text">'
            f'<a class="comment-reply" target="_self" data-comment-id="{cid}">Trả lời</a></span></div>'
            f'<div class="comment-replies"></div><div class="comment-replybox-single" id="c{cid}-ce"></div></li>')
    thread = (f'<div class="comment-thread toplevel-thread"><ol id="top-ra">{"".join(items)}</ol>'
              '<div id="top-continue" class="continue"><a class="comment-reply" target="_self">Thêm nhận xét</a></div>'
              '</div>') if items else ""
    return (f"<div class='comments threaded' id='comments'>\n<a name='comments'></a>\n<h4>{n_comments(a)}</h4>\n"
            f"<div class='comments-content'>{thread}</div>\n"
            f"<p class='comment-footer'><a href='{OFF}/blogger/comment/fullpage/post/{BLOG_ID}/{post_id(a)}' "
            "onclick=''>Đăng nhận xét</a></p>\n</div>")


def share_buttons(a: Article) -> str:
    pid = post_id(a)
    out = []
    for cls, title in [("sb-email", "Gửi email bài đăng này"), ("sb-blog", "BlogThis!"), ("sb-twitter", "Chia sẻ lên X"),
                       ("sb-facebook", "Chia sẻ lên Facebook"), ("sb-pinterest", "Chia sẻ lên Pinterest")]:
        out.append(f"<a class='goog-inline-block share-button {cls}' href='{OFF}/blogger/share-post.g?blogID={BLOG_ID}"
                   f"&amp;postID={pid}&amp;target={cls[3:]}' target='_blank' title='{title}'>"
                   f"<span class='share-button-link-text'>{title}</span></a>")
    return "<div class='post-share-buttons goog-inline-block'>" + "".join(out) + "</div>"


def post_html(a: Article, *, item: bool, cut: bool = False, mobile: bool = False) -> str:
    url = f"{{{{base}}}}{a.path}"
    link = m1(url) if mobile else url
    title = esc(a.title) if item else f"<a href='{link}'>{esc(a.title)}</a>"
    first = a.first_image()
    labels = ", ".join(f"<a href='{{{{base}}}}{label_path(lab)}' rel='tag'>{esc(lab)}</a>" for lab in a.opts.get("labels", []))
    comment_link = (f"<a class='comment-link' href='{link}#comment-form' onclick=''>{n_comments(a)}</a>"
                    if not item else "")
    more = (f"<div class='jump-link'><a href='{link}#more' title='{attr(a.title)}'>Đọc thêm »</a></div>"
            if cut and jump_index(a) is not None else "")
    footer = (
        "<div class='post-footer'>\n<div class='post-footer-line post-footer-line-1'>"
        "<span class='post-author vcard'>Đăng bởi <span class='fn' itemprop='author' itemscope='itemscope' "
        f"itemtype='http://schema.org/Person'><meta content='{PROFILE}' itemprop='url'/><a class='g-profile' "
        f"href='{PROFILE}' rel='author' title='author profile'><span itemprop='name'>{ACCOUNT}</span></a></span></span> "
        f"<span class='post-timestamp'>lúc <meta content='{url}' itemprop='url'/><a class='timestamp-link' "
        f"href='{link}' rel='bookmark' title='permanent link'><abbr class='published' itemprop='datePublished' "
        f"title='{stamp_iso(a.date)}'>{a.date:%H:%M}</abbr></a></span> "
        f"<span class='post-comment-link'>{comment_link}</span> <span class='post-icons'></span>"
        + ("" if mobile else share_buttons(a)) + "</div>\n"
        + ("" if mobile else f"<div class='post-footer-line post-footer-line-2'><span class='post-labels'>Nhãn: {labels}"
                             "</span></div>\n")
        + "</div>")
    return (
        "<div class='post-outer'>\n<div class='post hentry uncustomized-post-template' itemprop='blogPost' "
        "itemscope='itemscope' itemtype='http://schema.org/BlogPosting'>\n"
        + (f"<meta content='{{{{base}}}}{img_path(first)}' itemprop='image_url'/>\n" if first else "")
        + f"<meta content='{BLOG_ID}' itemprop='blogId'/>\n<meta content='{post_id(a)}' itemprop='postId'/>\n"
        f"<a name='{post_id(a)}'></a>\n<h3 class='post-title entry-title' itemprop='name'>\n{title}\n</h3>\n"
        "<div class='post-header'>\n<div class='post-header-line-1'></div>\n</div>\n"
        + post_body(a, cut) + "\n" + more + "\n" + footer + "\n</div>\n"
        + (comments_html(a, mobile) if item else "") + "\n</div>")


def date_groups(posts: list[Article]) -> list[tuple[datetime, list[Article]]]:
    groups: list[tuple[datetime, list[Article]]] = []
    for a in posts:
        if groups and groups[-1][0].date() == a.date.date():
            groups[-1][1].append(a)
        else:
            groups.append((a.date, [a]))
    return groups


def blog_posts(posts: list[Article], *, item: bool, cut: bool, mobile: bool = False) -> str:
    out = []
    for d, group in date_groups(posts):
        out.append("<div class=\"date-outer\">\n<h2 class='date-header'><span>" + shown(d) + "</span></h2>\n"
                   "<div class=\"date-posts\">\n"
                   + "\n".join(post_html(a, item=item, cut=cut, mobile=mobile) for a in group)
                   + "\n</div></div>")
    return "<div class='blog-posts hfeed'>\n" + "\n".join(out) + "\n</div>"


# -- the page around the posts -------------------------------------------------------------------

class Blog:
    def __init__(self, posts: list[Article]):
        self.posts = posts  # newest first

    def archive_widget(self) -> str:
        years: dict[int, dict[int, list[Article]]] = {}
        for a in self.posts:
            years.setdefault(a.date.year, {}).setdefault(a.date.month, []).append(a)
        newest = self.posts[0].date
        out = []
        for y, months in years.items():
            open_y = y == newest.year
            inner = []
            for mth, items in months.items():
                open_m = open_y and mth == newest.month
                posts = ("<ul class='posts'>" + "".join(f"<li><a href='{{{{base}}}}{a.path}'>{esc(a.title)}</a></li>"
                                                        for a in items) + "</ul>") if open_m else ""
                inner.append(f"<li class='archivedate {'expanded' if open_m else 'collapsed'}'>"
                             "<a class='toggle' href='javascript:void(0)'><span class='zippy'>"
                             f"{'▼' if open_m else '►'}&nbsp;</span></a>"
                             f"<a class='post-count-link' href='{{{{base}}}}/{y}/{mth:02d}/'>tháng {mth}</a> "
                             f"<span class='post-count' dir='ltr'>({len(items)})</span>{posts}</li>")
            total = sum(len(v) for v in months.values())
            out.append(f"<li class='archivedate {'expanded' if open_y else 'collapsed'}'>"
                       "<a class='toggle' href='javascript:void(0)'><span class='zippy'>"
                       f"{'▼' if open_y else '►'}&nbsp;</span></a>"
                       f"<a class='post-count-link' href='{{{{base}}}}/{y}/'>{y}</a> "
                       f"<span class='post-count' dir='ltr'>({total})</span><ul class='hierarchy'>{''.join(inner)}</ul></li>")
        return ("<div class='widget BlogArchive' data-version='1' id='BlogArchive1'>\n<h2>Lưu trữ Blog</h2>\n"
                f"<div class='widget-content'><div id='ArchiveList'><div id='BlogArchive1_ArchiveList'>"
                f"<ul class='hierarchy'>{''.join(out)}</ul></div></div></div></div>")

    def labels_widget(self) -> str:
        counts: dict[str, int] = {}
        for a in self.posts:
            for lab in a.opts.get("labels", []):
                counts[lab] = counts.get(lab, 0) + 1
        lis = "".join(f"<li><a dir='ltr' href='{{{{base}}}}{label_path(lab)}'>{esc(lab)}</a>"
                      f"<span dir='ltr'>({n})</span></li>" for lab, n in sorted(counts.items()))
        return (f"<div class='widget Label' data-version='1' id='Label1'>\n<h2>Nhãn</h2>\n<div class='widget-content "
                f"list-label-widget-content'><ul>{lis}</ul></div></div>")

    def popular_widget(self) -> str:
        picks = [self.posts[1], self.posts[7], self.posts[0]]
        out = []
        for a in picks:
            text = " ".join(inline_text(x) for x in ([a.lead] if a.lead else []) + [b.text for b in a.blocks if b.kind == "p"])
            snippet = " ".join(text.split()[:24]) + "…"
            first = a.first_image()
            out.append("<li><div class='item-content'>"
                       + (f"<div class='item-thumbnail'><a href='{{{{base}}}}{a.path}' target='_blank'><img alt='' "
                          f"border='0' src='{{{{base}}}}{img_path(first, 'w72-h72-p-k-no-nu')}'/></a></div>" if first else "")
                       + f"<div class='item-title'><a href='{{{{base}}}}{a.path}'>{esc(a.title)}</a></div>"
                       f"<div class='item-snippet'>{esc(snippet)}</div></div><div style='clear: both;'></div></li>")
        return ("<div class='widget PopularPosts' data-version='1' id='PopularPosts1'>\n<h2>Bài đăng phổ biến</h2>\n"
                f"<div class='widget-content popular-posts'><ul>{''.join(out)}</ul></div></div>")

    def sidebar(self) -> str:
        poll = "".join(f"<li><input type='radio' name='poll' value='{i}'/> {esc(o)}</li>"
                       for i, o in enumerate(POLL_A, 1))
        return "\n".join([
            "<div class='widget Profile' data-version='1' id='Profile1'>\n<h2>Giới thiệu về tôi</h2>\n"
            f"<div class='widget-content'><a href='{PROFILE}'><img alt='Ảnh của tôi' class='profile-img' height='80' "
            "src='{{base}}/img/avatar-lmhtx.png' width='80'/></a><dl class='profile-datablock'><dt class='profile-data'>"
            f"<a class='profile-name-link g-profile' href='{PROFILE}' rel='author'>{ACCOUNT}</a></dt>"
            f"<dd class='profile-textblock'>{esc(ABOUT_ME)}</dd></dl><a class='profile-link' href='{PROFILE}' "
            "rel='author'>Xem hồ sơ hoàn chỉnh của tôi</a><div class='clear'></div></div></div>",
            "<div class='widget HTML' data-version='1' id='HTML1'>\n<h2>Thông báo</h2>\n<div class='widget-content'>"
            + "".join(f"<p style='color: #c00; font-weight: bold;'>{esc(s)}</p>" for s in SLOGANS) + "</div></div>",
            "<div class='widget BlogSearch' data-version='1' id='BlogSearch1'>\n<h2 class='title'>Tìm kiếm Blog này</h2>\n"
            "<div class='widget-content'><form action='{{base}}/search' name='searchForm'><input class='gsc-input' "
            "name='q' size='10' type='text'/><input class='gsc-search-button' type='submit' value='Tìm kiếm'/></form></div></div>",
            self.popular_widget(),
            "<div class='widget HTML' data-version='1' id='HTML2'>\n<h2>" + WEATHER[0] + "</h2>\n<div class='widget-content'>"
            f"<p>34°C</p><p>{WEATHER[1]}</p><p>{WEATHER[2]}</p></div></div>",
            "<div class='widget Poll' data-version='1' id='Poll1'>\n<h2 class='title'>Thăm dò ý kiến</h2>\n"
            f"<div class='widget-content'><p>{esc(POLL_Q)}</p><ul>{poll}</ul><button type='button'>Bình chọn</button>"
            "<p>Lượt bình chọn cho đến nay: 58</p><p>Số ngày còn lại để bình chọn: 12</p></div></div>",
            self.labels_widget(),
            self.archive_widget(),
            "<div class='widget Stats' data-version='1' id='Stats1'>\n<h2>Tổng số lượt xem trang</h2>\n"
            "<div class='widget-content'><div id='Stats1_content'><span class='counter-wrapper text-counter-wrapper' "
            "id='Stats1_totalCount'>1.284.305</span></div></div></div>",
            "<div class='widget LinkList' data-version='1' id='LinkList1'>\n<h2>Liên kết website</h2>\n<div class='widget-content'>"
            f"<ul><li><a href='{OFF}/lmhtx-vn/'>Liên minh HTX Việt Nam</a></li><li><a href='{OFF}/chinh-phu/'>Cổng TTĐT "
            "Chính phủ</a></li><li><a href='" + OFF + "/dongthap/'>Cổng TTĐT tỉnh Đồng Tháp</a></li></ul></div></div>",
        ])

    def page(self, title: str, canonical: str, main: str, *, head: str = "", body_class: str = "") -> str:
        tabs = "".join(f"<li><a href='{{{{base}}}}{h}'>{t}</a></li>" for h, t in
                       [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (label_path("Văn bản"), "Văn bản"),
                        (CONTACT, "Liên hệ")])
        footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
        return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='vi' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b' xmlns:data='http://www.google.com/2005/gml/data' xmlns:expr='http://www.google.com/2005/gml/expr'>
<head>
<meta content='width=1100' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{{{{base}}}}/favicon.ico' rel='icon' type='image/x-icon'/>
<link href='{canonical}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{BLOG} - Atom" href="{{{{base}}}}/feeds/posts/default" />
<link rel="alternate" type="application/rss+xml" title="{BLOG} - RSS" href="{{{{base}}}}/feeds/posts/default?alt=rss" />
<link rel="service.post" type="application/atom+xml" title="{BLOG} - Atom" href="{OFF}/blogger/feeds/{BLOG_ID}/posts/default" />
{head}<title>{esc(title)}</title>
<link type='text/css' rel='stylesheet' href='{{{{base}}}}/static/v1/widgets/css_bundle_v2.css' />
</head>
<body class='loading variant-simplysimple{body_class}'>
<div class='navbar no-items section' id='navbar' name='Thanh điều hướng'></div>
<div class='body-fauxcolumns'><div class='fauxcolumn-outer body-fauxcolumn-outer'></div></div>
<div class='content'><div class='content-outer'><div class='content-inner'>
<header><div class='header-outer'><div class='header section' id='header' name='Tiêu đề'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{{{{base}}}}/'>{BLOG}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>{DESCRIPTION}</span></p></div></div></div></div></div></header>
<div class='tabs-outer'><div class='tabs section' id='crosscol' name='Trên tất cả các cột'><div class='widget PageList' data-version='1' id='PageList1'>
<h2>Trang</h2><div class='widget-content'><ul>{tabs}</ul></div></div></div></div>
<div class='main-outer'><div class='main-cap-top cap-top'></div><div class='fauxcolumn-outer'></div>
<div class='columns fauxcolumns'><div class='columns-inner'>
<div class='column-center-outer'><div class='column-center-inner'><div class='main section' id='main' name='Chính'>
<div class='widget Blog' data-version='1' id='Blog1'>
{main}
</div></div></div></div>
<div class='column-right-outer'><div class='column-right-inner'><aside><div class='sidebar section' id='sidebar-right-1'>
{self.sidebar()}
</div></aside></div></div>
</div></div></div>
<footer><div class='footer-outer'><div class='foot section' id='footer-1'><div class='widget HTML' data-version='1' id='HTML3'>
<div class='widget-content'>{footer}</div></div></div>
<div class='foot section' id='footer-3'><div class='widget Attribution' data-version='1' id='Attribution1'>
<div class='widget-content' style='text-align: center;'>Chủ đề Đơn giản. Được tạo bởi <a href='{OFF}/blogger/' target='_blank'>Blogger</a>.</div></div></div></div></footer>
</div></div></div>
<script type="text/javascript" src="{{{{base}}}}/static/v1/widgets/widgets.js"></script>
</body>
</html>
"""

    def mobile_page(self, title: str, canonical: str, main: str, desktop: str) -> str:
        return f"""<!DOCTYPE html>
<html class='v2' dir='ltr' lang='vi' xmlns='http://www.w3.org/1999/xhtml' xmlns:b='http://www.google.com/2005/gml/b'>
<head>
<meta content='width=device-width,initial-scale=1.0,minimum-scale=1.0,maximum-scale=1.0' name='viewport'/>
<meta content='text/html; charset=UTF-8' http-equiv='Content-Type'/>
<meta content='blogger' name='generator'/>
<link href='{canonical}' rel='canonical'/>
<link rel="alternate" type="application/atom+xml" title="{BLOG} - Atom" href="{{{{base}}}}/feeds/posts/default" />
<title>{esc(title)}</title>
<link type='text/css' rel='stylesheet' href='{{{{base}}}}/static/v1/widgets/css_bundle_v2_mobile.css' />
</head>
<body class='mobile variant-simplysimple'>
<div class='content'><div class='content-outer'>
<header><div class='header-outer'><div class='widget Header' data-version='1' id='Header1'>
<div id='header-inner'><div class='titlewrapper'><h1 class='title'><a href='{{{{base}}}}/?m=1'>{BLOG}</a></h1></div>
<div class='descriptionwrapper'><p class='description'><span>{DESCRIPTION}</span></p></div></div></div></div></header>
<div class='main-outer'><div class='main section' id='main'><div class='widget Blog' data-version='1' id='Blog1'>
{main}
<div class='mobile-desktop-link'><a class='home-link' href='{desktop}'>Xem phiên bản web</a></div>
</div></div></div>
<footer><div class='mobile-footer'><div class='widget Profile' data-version='1' id='Profile1'><h2>Giới thiệu về tôi</h2>
<div class='widget-content'><a class='profile-name-link g-profile' href='{PROFILE}'>{ACCOUNT}</a>
<a class='profile-link' href='{PROFILE}'>Xem hồ sơ hoàn chỉnh của tôi</a></div></div>
<div class='widget Attribution' data-version='1' id='Attribution1'><div class='widget-content' style='text-align: center;'>Được tạo bởi <a href='{OFF}/blogger/' target='_blank'>Blogger</a>.</div></div>
</div></footer>
</div></div>
</body>
</html>
"""


def mobile_index(posts: list[Article]) -> str:
    out = []
    for d, group in date_groups(posts):
        items = []
        for a in group:
            link = m1(f"{{{{base}}}}{a.path}")
            text = " ".join(inline_text(x) for x in ([a.lead] if a.lead else []) + [b.text for b in a.blocks if b.kind == "p"])
            first = a.first_image()
            items.append(
                "<div class='mobile-post-outer'>"
                f"<a href='{link}'><h3 class='mobile-index-title entry-title' itemprop='name'>{esc(a.title)}</h3>"
                "<div class='mobile-index-arrow'>&rsaquo;</div><div class='mobile-index-contents'>"
                + (f"<div class='mobile-index-thumbnail'><div class='Image'><img src='{{{{base}}}}"
                   f"{img_path(first, 's72-c')}'/></div></div>" if first else "")
                + f"<div class='post-body'>{esc(' '.join(text.split()[:30]))}</div><div style='clear: both;'></div>"
                f"</div><div class='mobile-index-comment'>{n_comments(a)}</div></a></div>")
        out.append("<div class='mobile-date-outer date-outer'><div class='date-header'><span>" + shown(d)
                   + "</span></div>" + "".join(items) + "</div>")
    return "<div class='blog-posts hfeed'>" + "".join(out) + "</div>"


def atom_feed(posts: list[Article]) -> str:
    entries = []
    for a in posts:
        content = esc("\n".join(body_parts(a)))
        cats = "".join(f"<category scheme='http://www.blogger.com/atom/ns#' term='{attr(lab)}'/>"
                       for lab in a.opts.get("labels", []))
        entries.append(
            f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{post_id(a)}</id>"
            f"<published>{a.date:%Y-%m-%dT%H:%M:%S}.000+07:00</published>"
            f"<updated>{a.date + timedelta(hours=2):%Y-%m-%dT%H:%M:%S}.000+07:00</updated>{cats}"
            f"<title type='text'>{esc(a.title)}</title><content type='html'>{content}</content>"
            f"<link rel='alternate' type='text/html' href='{{{{base}}}}{a.path}' title='{attr(a.title)}'/>"
            f"<author><name>{ACCOUNT}</name><uri>{PROFILE}</uri></author>"
            f"<thr:total>{len(a.opts.get('comments', []))}</thr:total></entry>")
    return ("<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom' "
            "xmlns:openSearch='http://a9.com/-/spec/opensearchrss/1.0/' xmlns:thr='http://purl.org/syndication/thread/1.0'>"
            f"<id>tag:blogger.com,1999:blog-{BLOG_ID}</id><updated>{posts[0].date:%Y-%m-%dT%H:%M:%S}.000+07:00</updated>"
            f"<title type='text'>{BLOG}</title><subtitle type='html'>{DESCRIPTION}</subtitle>"
            "<link rel='alternate' type='text/html' href='{{base}}/'/>"
            "<link rel='self' type='application/atom+xml' href='{{base}}/feeds/posts/default'/>"
            f"<author><name>{ACCOUNT}</name></author><generator version='7.00' uri='http://www.blogger.com'>Blogger</generator>"
            f"<openSearch:totalResults>{len(posts)}</openSearch:totalResults>" + "".join(entries) + "</feed>\n")


def rss_feed(posts: list[Article]) -> str:
    items = "".join(
        f"<item><guid isPermaLink='false'>tag:blogger.com,1999:blog-{BLOG_ID}.post-{post_id(a)}</guid>"
        f"<pubDate>{a.date.replace(tzinfo=VN).astimezone(UTC):%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
        f"<title>{esc(a.title)}</title><description>{esc(chr(10).join(body_parts(a)))}</description>"
        f"<link>{{{{base}}}}{a.path}</link><author>noreply@blogger.com ({ACCOUNT})</author></item>" for a in posts)
    return ("<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel>"
            f"<title>{BLOG}</title><link>{{{{base}}}}/</link><description>{DESCRIPTION}</description>"
            f"{items}</channel></rss>\n")


def comment_feed(a: Article) -> str:
    entries = "".join(
        f"<entry><id>tag:blogger.com,1999:blog-{BLOG_ID}.post-{comment_id(a, i)}</id>"
        f"<published>{when:%Y-%m-%dT%H:%M:%S}.000+07:00</published><title type='text'>{esc(text[:40])}</title>"
        f"<content type='html'>{esc(text)}</content><author><name>{esc(who)}</name></author></entry>"
        for i, (who, when, text) in enumerate(a.opts.get("comments", [])))
    return ("<?xml version='1.0' encoding='UTF-8'?><feed xmlns='http://www.w3.org/2005/Atom'>"
            f"<id>tag:blogger.com,1999:blog-{BLOG_ID}.post{post_id(a)}..comments</id>"
            f"<title type='text'>Nhận xét về bài đăng {esc(a.title)}</title>{entries}</feed>\n")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dong-thap", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    for a in articles():
        for i, (_, _, text) in enumerate(a.opts.get("comments", [])):
            site.extra_boilerplate.append(text)
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    blog = Blog(posts)

    def pager(newer: str | None, older: str | None, mobile: bool = False) -> str:
        def fix(u: str) -> str:
            return m1(u) if mobile else u
        n = (f"<span id='blog-pager-newer-link'><a class='blog-pager-newer-link' href='{fix(newer)}' "
             f"id='Blog1_blog-pager-newer-link' title='Bài đăng Mới hơn'>{'‹' if mobile else 'Bài đăng Mới hơn'}</a></span>"
             if newer else "")
        o = (f"<span id='blog-pager-older-link'><a class='blog-pager-older-link' href='{fix(older)}' "
             f"id='Blog1_blog-pager-older-link' title='Bài đăng Cũ hơn'>{'›' if mobile else 'Bài đăng Cũ hơn'}</a></span>"
             if older else "")
        return (f"<div class='blog-pager' id='blog-pager'>{n}{o}<a class='home-link' href='{fix('{{base}}/')}'>"
                "Trang chủ</a></div><div class='clear'></div>")

    def feed_links(item: Article | None) -> str:
        if item:
            return (f"<div class='post-feeds'><div class='feed-links'>Đăng ký: <a class='feed-link' "
                    f"href='{{{{base}}}}/feeds/{post_id(item)}/comments/default' target='_blank' "
                    "type='application/atom+xml'>Đăng Nhận xét (Atom)</a></div></div>")
        return ("<div class='blog-feeds'><div class='feed-links'>Đăng ký: <a class='feed-link' "
                "href='{{base}}/feeds/posts/default' target='_blank' type='application/atom+xml'>Bài đăng (Atom)</a>"
                "</div></div>")

    def add(path: str, title: str, desktop_main: str, mobile_main: str, *, head: str = "",
            canonical: str | None = None, body_class: str = "") -> None:
        canon = canonical or f"{{{{base}}}}{path}"
        site.page(path, blog.page(title, canon, desktop_main, head=head, body_class=body_class), content_type=HTML)
        site.page(m1(path), blog.mobile_page(title, canon, mobile_main, with_param(f"{{{{base}}}}{path}", "m=0")),
                  content_type=HTML)
        if "?" in path:
            site.same_page(with_param(path, "m=0"), path)

    # item pages
    for i, a in enumerate(posts):
        newer = f"{{{{base}}}}{posts[i - 1].path}" if i > 0 else None
        older = f"{{{{base}}}}{posts[i + 1].path}" if i + 1 < len(posts) else None
        head = (f"<link rel=\"alternate\" type=\"application/atom+xml\" title=\"{BLOG} - Atom\" "
                f"href=\"{{{{base}}}}/feeds/{post_id(a)}/comments/default\" />\n"
                f"<meta content='{{{{base}}}}{a.path}' property='og:url'/>\n"
                f"<meta content='{attr(a.title)}' property='og:title'/>\n"
                f"<meta content='{attr(a.summary())}' property='og:description'/>\n")
        main = (blog_posts([a], item=True, cut=False) + pager(newer, older) + feed_links(a))
        mobile_main = (blog_posts([a], item=True, cut=False, mobile=True) + pager(newer, older, mobile=True))
        add(a.path, f"{BLOG}: {a.title}", main, mobile_main, head=head, body_class=" item-view")
        site.page(f"/feeds/{post_id(a)}/comments/default", comment_feed(a), content_type=ATOM)
        a.aliases = [m1(a.path), with_param(a.path, "m=0")]
        for j, (_, when, _) in enumerate(a.opts.get("comments", [])):
            a.aliases += [f"{a.path}?showComment={ms(when)}", f"{a.path}?showComment={ms(when)}&m=1"]
        site.add_article(a)

    # home and the older-posts pager (both under /search for the pager: robots-disallowed)
    first, rest = posts[:PER], posts[PER:]
    cut_at = first[-1].date
    older = f"/search?updated-max={cut_at:%Y-%m-%dT%H:%M:%S}%2B07:00&max-results={PER}"
    newer = f"/search?updated-min={cut_at:%Y-%m-%dT%H:%M:%S}%2B07:00&max-results={PER}&reverse-paginate=true"
    add("/", BLOG, blog_posts(first, item=False, cut=True) + pager(None, f"{{{{base}}}}{older}") + feed_links(None),
        mobile_index(first) + pager(None, f"{{{{base}}}}{older}", mobile=True), canonical="{{base}}/",
        body_class=" index")
    site.same_page(newer, "/")
    site.same_page(m1(newer), m1("/"))
    add(older, BLOG, blog_posts(rest, item=False, cut=True) + pager(f"{{{{base}}}}{newer}", None) + feed_links(None),
        mobile_index(rest) + pager(f"{{{{base}}}}{newer}", None, mobile=True), body_class=" index")
    site.never_fetched += [older, m1(older), newer]
    site.trap("home page: seven posts grouped under date headers (the two posts of 14 March under ONE 'Thứ Năm, 14 "
              "tháng 3, 2024'), long posts cut at the jump break 'Đọc thêm »'; 'Bài đăng Cũ hơn' leads to "
              "/search?updated-max=2024-02-06T08:45:00%2B07:00&max-results=7, which Blogger's robots.txt "
              "disallows (Disallow: /search): never fetch", older)

    # label pages /search/label/<Label> (robots-disallowed)
    labels: dict[str, list[Article]] = {}
    for a in posts:
        for lab in a.opts.get("labels", []):
            labels.setdefault(lab, []).append(a)
    for lab, items in labels.items():
        status = (f"<div class='status-msg-wrap'><div class='status-msg-body'>Hiển thị các bài đăng có nhãn <b>{esc(lab)}</b>. "
                  "<a href='{{base}}/'>Hiển thị tất cả bài đăng</a></div><div class='status-msg-border'></div></div>")
        add(label_path(lab), f"{BLOG}: {lab}", status + blog_posts(items, item=False, cut=True) + pager(None, None)
            + feed_links(None), mobile_index(items) + pager(None, None, mobile=True), body_class=" label-view")
        site.never_fetched += [label_path(lab)]
    site.trap("label pages /search/label/<Label> (every post's 'Nhãn:' line, the 'Nhãn' widget, the 'Văn bản' tab; "
              "percent-encoded Vietnamese labels): robots-disallowed, never fetch; 'Văn bản' holds one whole post",
              label_path("Văn bản"))

    # archives /YYYY/ and /YYYY/MM/ (whole posts, or cut at the jump break)
    months: dict[tuple[int, int], list[Article]] = {}
    years: dict[int, list[Article]] = {}
    for a in posts:
        months.setdefault((a.date.year, a.date.month), []).append(a)
        years.setdefault(a.date.year, []).append(a)
    for (y, mth), items in months.items():
        path = f"/{y}/{mth:02d}/"
        add(path, f"{BLOG}: tháng {mth} {y}", blog_posts(items, item=False, cut=True) + pager(None, None)
            + feed_links(None), mobile_index(items) + pager(None, None, mobile=True), body_class=" archive-view")
        site.non_articles += [path]
    for y, items in years.items():
        path = f"/{y}/"
        add(path, f"{BLOG}: {y}", blog_posts(items, item=False, cut=True) + pager(None, None) + feed_links(None),
            mobile_index(items) + pager(None, None, mobile=True), body_class=" archive-view")
        site.non_articles += [path]
    site.trap("archive widget 'Lưu trữ Blog' (▼ 2024 (8) / ▼ tháng 3 (5) / ► tháng 2 (2) …) links /YYYY/ and "
              "/YYYY/MM/ pages holding the posts of that period under their date headers; the month pages are the "
              "only robots-allowed way from the home page to the January and November posts besides the item "
              "pages' 'Bài đăng Cũ hơn'", "/2024/01/")
    site.trap("month archive with a single short post (no jump break): the whole post with its date header, h3 "
              "title (a link to the post), body, 'Đăng bởi … lúc 16:20' footer and labels, under rel=canonical "
              "/2023/11/: not an article (the post is at /2023/11/htx-thuy-san-hong-ngu-cung-ung-ca-tra-giong.html)",
              "/2023/11/")

    # static pages /p/…
    about = [
        "Liên minh Hợp tác xã tỉnh Đồng Tháp là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp "
        "của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, được thành lập từ năm 1996.",
        "Liên minh có nhiệm vụ tuyên truyền chủ trương, chính sách về kinh tế tập thể; tư vấn thành lập và hỗ trợ hợp "
        "tác xã về đào tạo, xúc tiến thương mại, tiếp cận vốn qua Quỹ hỗ trợ phát triển hợp tác xã và ứng dụng khoa "
        "học công nghệ trong sản xuất.",
        "Toàn tỉnh hiện có hơn 300 hợp tác xã, chủ yếu hoạt động trong lĩnh vực nông nghiệp gắn với các sản phẩm chủ "
        "lực như lúa gạo, xoài, sen, quýt hồng và cá tra; nhiều hợp tác xã đã có sản phẩm đạt chứng nhận OCOP.",
        "Trang tin này được Văn phòng Liên minh Hợp tác xã tỉnh cập nhật thường xuyên, đăng tải tin hoạt động, văn bản "
        "chỉ đạo và gương hợp tác xã điển hình để thành viên và bạn đọc tham khảo."]
    contact = [f"<b>{NAME}</b>", "Địa chỉ: Số 12 Lý Thường Kiệt, Phường 1, TP. Cao Lãnh, tỉnh Đồng Tháp",
               "Điện thoại: 0277.3851.297", "Email: lmhtxdongthap@gmail.com",
               "Giờ làm việc: sáng 7 giờ - 11 giờ, chiều 13 giờ 30 - 17 giờ, từ thứ Hai đến thứ Sáu"]
    form = ("<div class='widget ContactForm' id='ContactForm1'><h2 class='title'>Biểu mẫu liên hệ</h2><div class='contact-form-widget'>"
            "<form name='contact-form'>Tên<br /><input class='contact-form-name' name='name' size='30' type='text'/><br />"
            "Email <span style='font-weight: bolder;'>*</span><br /><input class='contact-form-email' name='email' "
            "size='30' type='text'/><br />Thông báo <span style='font-weight: bolder;'>*</span><br /><textarea "
            "class='contact-form-email-message' cols='25' name='email-message' rows='5'></textarea><br />"
            "<input class='contact-form-button contact-form-button-submit' type='button' value='Gửi'/></form></div></div>")
    for path, title, inner in [(ABOUT, "Giới thiệu", "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in about)),
                               (CONTACT, "Liên hệ", "<br />".join(contact) + form)]:
        post = ("<div class='blog-posts hfeed'><div class='post-outer'><div class='post hentry'>"
                f"<h3 class='post-title entry-title'>{title}</h3><div class='post-header'></div>"
                f"<div class='post-body entry-content'><div dir='ltr' style='text-align: left;' trbidi='on'>{inner}"
                "</div><div style='clear: both;'></div></div><div class='post-footer'></div></div></div></div>")
        add(path, f"{BLOG}: {title}", post + "<div class='blog-pager' id='blog-pager'><a class='home-link' "
            "href='{{base}}/'>Trang chủ</a></div>", post)
        site.non_articles += [path, m1(path)]
    site.trap("static pages /p/gioi-thieu.html (h3.post-title, four long paragraphs in div.post-body, no date "
              "header, no timestamp) and /p/lien-he.html (address and a contact form): not articles", ABOUT)

    # feeds, sitemap, robots, images
    site.page("/feeds/posts/default", atom_feed(posts), content_type=ATOM)
    site.page("/feeds/posts/default?alt=rss", rss_feed(posts), content_type=RSS)
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>"
                   f"{(a.date + timedelta(days=1, hours=3)).replace(tzinfo=VN).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}"
                   "</lastmod></url>" for a in posts)
    site.page("/sitemap.xml", "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/schemas/"
                              f"sitemap/0.9'>{urls}</urlset>\n", content_type="application/xml; charset=UTF-8")
    site.page("/sitemap-pages.xml", "<?xml version='1.0' encoding='UTF-8'?><urlset xmlns='http://www.sitemaps.org/"
                                    "schemas/sitemap/0.9'>" + "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>"
                                                                      for p in (ABOUT, CONTACT)) + "</urlset>\n",
              content_type="application/xml; charset=UTF-8")
    site.static("/robots.txt", "User-agent: Mediapartners-Google\nDisallow: \n\nUser-agent: *\nDisallow: /search\n"
                               "Allow: /\n\nSitemap: {{base}}/sitemap.xml\nSitemap: {{base}}/sitemap-pages.xml\n")
    for a in posts:
        for b in a.blocks:
            if b.kind == "img":
                site.binary(img_path(b.src, "s1600"), image_for(b.src))
    site.binary("/favicon.ico", image_for("favicon"))
    site.trap("every page has a mobile twin ?m=1 (Blogger's mobile template: rel=canonical to the desktop address, "
              "every link with ?m=1, 'Xem phiên bản web' to ?m=0, index pages list snippets in div.post-body): "
              "aliases of the posts, not new pages", m1(posts[0].path))
    site.trap("'Đăng bởi Liên minh HTX Đồng Tháp' (schema.org author microdata, the Atom <author>) is the blog "
              "account, the site itself: never the author; the title is the h3.post-title (the only h1 is the blog "
              "name; <title> is 'Liên minh HTX tỉnh Đồng Tháp: <title>')", posts[2].path)
    return site
