"""Site `bantin-thanhhoa` (registry family `generic`): the monthly e-mail bulletin "Bản tin Kinh tế tập thể Thanh Hóa"
of the Thanh Hóa cooperative alliance, published on the web only as its **Mailchimp campaign archive** (the
`usNN.campaign-archive.com` host); written as a held-out test: no family module, no selectors.

Why it is hard: there is no website around the issues. The archive list `/home/?u=<user>&id=<audience>` is a bare
`<ul>` of "03/16/2026 - <subject>" lines (Mailchimp's US month-first dates, no time), every issue is
`/?u=<user>&id=<campaign>` and also `/?e=[UNIQID]&u=…&id=…` (the "Xem email này trong trình duyệt" link of the archived
e-mail keeps the literal merge tag) or `&e=[UNIQID]` last on the older template, and Google Analytics tracking adds
`&utm_source=…&utm_campaign=…&utm_medium=email` to the links between issues. An issue page is a whole HTML e-mail:
nested layout tables with inline styles, a hidden preheader (`span.mcnPreviewText`), the awesomebar ("Past Issues",
"Subscribe", "Translate"), a masthead image and a dateline ("Số 03/2026 | Thanh Hóa, ngày 16 tháng 3 năm 2026", the only
date on the page), the title as the e-mail's `<h1>` (= `<title>`, the subject), several sections per issue
(`mcnTextBlock` headings and paragraphs, `mcnCaptionBlock` photos with captions, `mcnButtonBlock` "Đọc thêm trên website"
buttons, dividers), then the social follow bar and the footer ("Bạn nhận được email này vì…", the postal address vCard,
"Cập nhật tùy chọn", "Hủy đăng ký", the Mailchimp badge). One issue is one article, its sections all of the text. The
November issue prints only "Số 11 - Tháng 11/2025": the archive list dates it. No author except the interview issue's
"Lê Minh (thực hiện)". A greeting card (one image, one line) is a campaign too, and no article.
"""

from __future__ import annotations

from datetime import datetime

from .core import Article, SiteBuild, attr, esc, inline_html, iso

SITE = "bantin-thanhhoa"
NAME = "Bản tin Kinh tế tập thể Thanh Hóa"
HTML = "text/html; charset=utf-8"
U = "5e2b9c41d7a8f03e6c1b24d9a"
LIST = "a41c7e0b93"  # the bulletin's audience
LIST2 = "7d20f5c8e1"  # "Ban Giám đốc HTX": special issues for cooperative managers
LISTS = {LIST: "Bản tin Kinh tế tập thể Thanh Hóa", LIST2: "Bản tin chuyên đề dành cho Ban Giám đốc HTX"}
UTM = "utm_source=Ban+tin+KTTT+Thanh+Hoa&utm_medium=email"
DELETED = "4b6e0a9c21"  # an old issue the newsletter still links: deleted from the account

MASTHEAD = ["BẢN TIN KINH TẾ TẬP THỂ THANH HÓA", "Cơ quan của Liên minh Hợp tác xã tỉnh Thanh Hóa"]
CHROME = ["Past Issues", "Subscribe", "Translate", "Xem email này trong trình duyệt", "Chuyển tiếp cho bạn bè",
          "Đọc thêm trên website"]
FOLLOW = ["Facebook", "Zalo", "YouTube", "Website"]
FOOTER = ["Bản quyền © 2026 Liên minh Hợp tác xã tỉnh Thanh Hóa. Mọi quyền được bảo lưu.",
          "Bạn nhận được email này vì đã đăng ký nhận Bản tin trên website của Liên minh HTX tỉnh Thanh Hóa.",
          "Địa chỉ liên hệ:", "Liên minh Hợp tác xã tỉnh Thanh Hóa", "Số 35 Đại lộ Lê Lợi, phường Hạc Thành",
          "Điện thoại: 0237.3852.451", "Bạn muốn thay đổi cách nhận email?", "Cập nhật tùy chọn", "Hủy đăng ký",
          "Add us to your address book", "Bản tin chuyên đề dành cho Ban Giám đốc HTX:", "xem các số đã phát hành"]
BOILERPLATE = [*MASTHEAD, *CHROME, *FOLLOW, *FOOTER]


def camp(cid: str) -> str:
    return f"/?u={U}&id={cid}"


def view_in_browser(cid: str, old: bool) -> str:
    return f"/?u={U}&id={cid}&e=[UNIQID]" if old else f"/?e=[UNIQID]&u={U}&id={cid}"


def us(d: datetime) -> str:
    return d.strftime("%m/%d/%Y")


def vn_long(d: datetime) -> str:
    return f"ngày {d.day:02d} tháng {d.month} năm {d.year}"


def shown(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=camp("3f9a1c7e20"), title="Bản tin số 3/2026: HTX vào vụ xuân, thêm 12 sản phẩm OCOP",
          date=datetime(2026, 3, 16),
          body="""
Kính gửi quý thành viên, Ban Biên tập trân trọng gửi tới các HTX, tổ hợp tác số Bản tin tháng 3/2026 với những hoạt động nổi bật của khu vực kinh tế tập thể trong tỉnh.
## HTX nông nghiệp vào vụ xuân với 18.000 ha lúa liên kết
Vụ xuân năm nay, 126 HTX nông nghiệp trong tỉnh ký hợp đồng liên kết sản xuất lúa chất lượng cao với 9 doanh nghiệp, tổng diện tích hơn 18.000 ha, tăng 2.300 ha so với vụ xuân năm trước.
Các HTX ở Thiệu Hóa, Yên Định và Triệu Sơn đưa máy cấy, máy bay không người lái phun thuốc vào sản xuất, giúp giảm 15% chi phí cho thành viên.
[img vu-xuan-thieu-hoa.png] Thành viên HTX Thiệu Nguyên gieo mạ khay phục vụ cấy máy vụ xuân 2026
## Thêm 12 sản phẩm OCOP của HTX đạt 3 sao trở lên
Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh vừa công nhận 12 sản phẩm mới của HTX, trong đó có nem chua Hạc Thành, mắm tép Hòa Lộc và chè Bát Mọt.
Đến nay, HTX trong tỉnh có 214 sản phẩm OCOP, chiếm gần 40% tổng số sản phẩm OCOP toàn tỉnh.
## Tập huấn chuyển đổi số cho cán bộ quản lý HTX
Từ ngày 24 đến 26/3, Liên minh HTX tỉnh tổ chức lớp tập huấn sử dụng phần mềm kế toán, hóa đơn điện tử và bán hàng trên sàn thương mại điện tử cho 80 học viên.
HTX có nhu cầu cử cán bộ tham gia đăng ký với Ban Tuyên truyền và Kiểm tra trước ngày 20/3. Bản tin số trước: [[Bản tin số 2/2026|{{base}}/?u=@U&id=d81f6a2b03&@UTM&utm_campaign=3f9a1c7e20]].
""".replace("@UTM", UTM).replace("@U", U),
          author=None, **shown(datetime(2026, 3, 16)),
          opts={"cid": "3f9a1c7e20", "list": LIST, "dateline": "Số 03/2026 | Thanh Hóa, ngày 16 tháng 3 năm 2026",
                "pre": "Vụ xuân liên kết 18.000 ha, 12 sản phẩm OCOP mới và lớp tập huấn chuyển đổi số tháng 3"},
          notes=["an issue is a whole e-mail: dateline 'Số 03/2026 | Thanh Hóa, ngày 16 tháng 3 năm 2026' under the masthead "
                 "(the only date on the page; no metadata), the subject as <title> and as the e-mail's <h1>, three sections "
                 "(<h2> in mcnTextBlock tables) with a caption block and 'Đọc thêm trên website' buttons between them; the "
                 "hidden preheader span.mcnPreviewText is no text",
                 "the last paragraph links the previous issue with Google Analytics parameters "
                 "(&utm_source=…&utm_medium=email&utm_campaign=…): an alias of that issue"]),
        A(path=camp("b27e04d9c1"),
          title="Thông báo số 15/TB-LMHTX về việc tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2026",
          date=datetime(2026, 3, 9),
          body="""
LIÊN MINH HTX TỈNH THANH HÓA
Số: 15/TB-LMHTX
Thanh Hóa, ngày 09 tháng 3 năm 2026
THÔNG BÁO
Về việc tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2026
Căn cứ Điều lệ tổ chức và hoạt động của Quỹ hỗ trợ phát triển HTX tỉnh Thanh Hóa, Liên minh HTX tỉnh thông báo tiếp nhận hồ sơ vay vốn đợt 1 năm 2026 như sau:
* Đối tượng: HTX, liên hiệp HTX có phương án sản xuất, kinh doanh khả thi;
* Mức cho vay tối đa 2 tỷ đồng/dự án, lãi suất 5%/năm, thời hạn đến 60 tháng;
* Hồ sơ nộp tại Quỹ hỗ trợ phát triển HTX, số 35 Đại lộ Lê Lợi, từ ngày 10/3 đến hết ngày 30/4/2026.
Mọi thắc mắc xin liên hệ Quỹ hỗ trợ phát triển HTX tỉnh, điện thoại 0237.3856.218.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hùng
""",
          author=None, doc_number="15/TB-LMHTX",
          published=iso(datetime(2026, 3, 9), with_time=False), published_source="document",
          evidence=["document", "listing"],
          opts={"cid": "b27e04d9c1", "list": LIST, "doc": True,
                "pre": "Quỹ hỗ trợ phát triển HTX nhận hồ sơ vay vốn đợt 1 năm 2026 đến hết ngày 30/4",
                "button": ("Tải Thông báo số 15/TB-LMHTX (PDF)",
                           "{{base:offsite}}/mcusercontent/5e2b9c41d7a8f03e6c1b24d9a/files/tb-15-lmhtx.pdf")},
          notes=["an announcement sent as a campaign: 'Số: 15/TB-LMHTX', place-date line 'Thanh Hóa, ngày 09 tháng 3 năm 2026' "
                 "(the only date on the page; the archive list says 03/09/2026, month first), signer last, author null; the "
                 "PDF is a button to Mailchimp's file host mcusercontent.com (another host: no attachment of this site)"]),
        A(path=camp("d81f6a2b03"), title="Bản tin số 2/2026: Kinh tế tập thể Thanh Hóa năm 2025 qua những con số",
          date=datetime(2026, 2, 14),
          body="""
Năm 2025, khu vực kinh tế tập thể tỉnh Thanh Hóa tiếp tục phát triển cả về số lượng và chất lượng; nhiều HTX mở rộng liên kết chuỗi giá trị và ứng dụng công nghệ.
## Kết quả phát triển HTX năm 2025
| Chỉ tiêu | Đơn vị | Năm 2024 | Năm 2025 |
| Số HTX đang hoạt động | HTX | 1.086 | 1.142 |
| HTX thành lập mới | HTX | 71 | 84 |
| Thành viên HTX | người | 232.500 | 241.300 |
| Doanh thu bình quân một HTX | triệu đồng | 3.950 | 4.420 |
| HTX xếp loại tốt, khá | % | 61 | 66 |
Theo Liên minh HTX tỉnh, số HTX thành lập mới tăng chủ yếu ở lĩnh vực dịch vụ nông nghiệp, du lịch cộng đồng và thu gom, xử lý rác thải.
## Nhiệm vụ trọng tâm năm 2026
Liên minh HTX tỉnh đặt mục tiêu thành lập mới ít nhất 80 HTX, hỗ trợ 30 HTX chuyển đổi số và giải ngân 40 tỷ đồng vốn vay từ Quỹ hỗ trợ phát triển HTX.
""",
          author=None, **shown(datetime(2026, 2, 14)),
          opts={"cid": "d81f6a2b03", "list": LIST, "dateline": "Số 02/2026 | Thanh Hóa, ngày 14 tháng 2 năm 2026",
                "pre": "Số liệu phát triển HTX năm 2025 và nhiệm vụ trọng tâm năm 2026"},
          aliases=[f"/?u={U}&id=d81f6a2b03&{UTM}&utm_campaign=3f9a1c7e20"],
          notes=["a data table inside the e-mail's text block (inline-styled <table>, header row): one line per row, cells "
                 "between ' | '"]),
        A(path=camp("6a4d2e8b15"), title="Bản tin số 1/2026: Phóng sự ảnh - Mùa thu hoạch dưa lưới ở HTX Quảng Phú",
          date=datetime(2026, 1, 15),
          body="""
Số Bản tin đầu năm xin giới thiệu cùng bạn đọc những hình ảnh về mùa thu hoạch dưa lưới trong nhà màng của HTX Dịch vụ nông nghiệp Quảng Phú.
[img dua-luoi-1.png] Khu nhà màng rộng 2,5 ha của HTX, mỗi vụ cho khoảng 90 tấn quả
[img dua-luoi-2.png] Thành viên HTX thu hoạch dưa lưới vào buổi sáng sớm để giữ độ tươi
[img dua-luoi-3.png] Dưa được phân loại, dán tem truy xuất nguồn gốc trước khi giao cho siêu thị
[img dua-luoi-4.png] Dưa lưới Quảng Phú đã đạt chứng nhận OCOP 4 sao năm 2025
""",
          author=None, **shown(datetime(2026, 1, 15)),
          opts={"cid": "6a4d2e8b15", "list": LIST, "dateline": "Số 01/2026 | Thanh Hóa, ngày 15 tháng 01 năm 2026",
                "pre": "Hình ảnh mùa thu hoạch dưa lưới trong nhà màng của HTX Quảng Phú"},
          notes=["photo story issue: a short intro and four mcnCaptionBlock photos whose captions are the text"]),
        A(path=camp("e93b7c1d26"), title="Chuyên đề: Trò chuyện với Chủ tịch Liên minh HTX tỉnh về Luật Hợp tác xã năm 2023",
          date=datetime(2025, 12, 22),
          body="""
Luật Hợp tác xã năm 2023 đã có hiệu lực gần hai năm. Bản tin có cuộc trò chuyện với ông Nguyễn Văn Thành, Chủ tịch Liên minh HTX tỉnh Thanh Hóa.
**Hỏi: Thưa ông, sau gần hai năm thi hành, Luật đã tạo ra thay đổi gì cho HTX?**
Ông Nguyễn Văn Thành: Thay đổi rõ nhất là HTX được chủ động hơn trong tổ chức và phân phối thu nhập. Nhiều HTX đã sửa điều lệ, kết nạp thành viên liên kết góp vốn để mở rộng sản xuất.
**Hỏi: Những khó khăn lớn nhất hiện nay là gì?**
Ông Nguyễn Văn Thành: Phần lớn HTX còn nhỏ, thiếu cán bộ có trình độ và thiếu vốn. Liên minh sẽ tập trung đào tạo giám đốc, kế toán và kết nối HTX với các ngân hàng.
**Hỏi: Xin cảm ơn ông!**
Lê Minh (thực hiện)
""",
          author="Lê Minh", **shown(datetime(2025, 12, 22)),
          opts={"cid": "e93b7c1d26", "list": LIST2, "dateline": "Chuyên đề | Thanh Hóa, ngày 22 tháng 12 năm 2025",
                "pre": "Chủ tịch Liên minh HTX tỉnh nói về hai năm thi hành Luật Hợp tác xã năm 2023"},
          notes=["interview issue sent to the second audience (its own archive list /home/?u=…&id=7d20f5c8e1): bold "
                 "'Hỏi: …?' questions and 'Ông …:' answers; the closing 'Lê Minh (thực hiện)' is text, author Lê Minh"]),
        A(path=camp("5b08f1a3e7"), title="Bản tin số 12/2025: Tổng kết năm và lịch hoạt động tháng 1",
          date=datetime(2025, 12, 15),
          body="""
Năm 2025 khép lại với nhiều dấu ấn của khu vực kinh tế tập thể tỉnh nhà. Bản tin số cuối năm điểm lại các hoạt động chính và lịch công tác tháng tới.
## Hội nghị tổng kết công tác năm 2025
Ngày 12/12, Liên minh HTX tỉnh tổ chức hội nghị tổng kết, khen thưởng 25 HTX tiêu biểu và 12 cá nhân có thành tích xuất sắc trong phong trào kinh tế tập thể.
[img tong-ket-2025.png] Lãnh đạo Liên minh HTX tỉnh trao bằng khen cho các HTX tiêu biểu
## Lịch hoạt động tháng 1/2026
* Ngày 06/01: Hội nghị triển khai kế hoạch tư vấn thành lập HTX năm 2026;
* Ngày 13/01: Khai mạc Phiên chợ sản phẩm HTX đón Tết tại Quảng trường Lam Sơn;
* Ngày 20/01: Thăm, chúc Tết các HTX khó khăn ở huyện miền núi Mường Lát;
* Ngày 27/01: Giao ban Ban Chấp hành Liên minh HTX tỉnh.
Số Bản tin tháng 9/2025 về chuyên đề HTX du lịch cộng đồng xem lại [[tại đây|{{base}}/?u=@U&id=@DEL]].
""".replace("@U", U).replace("@DEL", DELETED),
          author=None, **shown(datetime(2025, 12, 15)),
          opts={"cid": "5b08f1a3e7", "list": LIST, "dateline": "Số 12/2025 | Thanh Hóa, ngày 15 tháng 12 năm 2025",
                "pre": "Tổng kết công tác năm 2025 và lịch hoạt động tháng 1/2026 của Liên minh HTX tỉnh"},
          notes=["a bullet list section ('Lịch hoạt động tháng 1/2026'); the last paragraph links an old issue deleted from "
                 "the account (/?u=…&id=4b6e0a9c21 answers 404)"]),
        A(path=camp("1e7d9c4b38"), title="Bản tin số 11/2025: HTX miền núi phát triển dược liệu dưới tán rừng",
          date=datetime(2025, 11, 28),
          body="""
Phát triển dược liệu dưới tán rừng đang mở ra hướng đi mới cho các HTX ở các huyện miền núi phía Tây của tỉnh.
## HTX Dược liệu Pù Luông liên kết với 140 hộ trồng sa nhân tím
Từ 2 ha trồng thử năm 2021, HTX Dược liệu Pù Luông nay có 65 ha sa nhân tím dưới tán rừng, liên kết với 140 hộ dân tộc Thái, thu nhập bình quân 45 triệu đồng/hộ/năm.
[img sa-nhan-pu-luong.png] Thành viên HTX Dược liệu Pù Luông chăm sóc sa nhân tím dưới tán rừng
## Hỗ trợ HTX xây dựng vùng nguyên liệu đạt chuẩn
Liên minh HTX tỉnh phối hợp với Sở Nông nghiệp và Môi trường hỗ trợ 6 HTX dược liệu xây dựng vùng trồng đạt tiêu chuẩn GACP, làm cơ sở ký hợp đồng với các doanh nghiệp dược.
""",
          author=None, published=iso(datetime(2025, 11, 28), with_time=False), published_source="listing",
          evidence=["listing"],
          opts={"cid": "1e7d9c4b38", "list": LIST, "dateline": "Số 11 - Tháng 11/2025", "old": True,
                "pre": "Mô hình trồng sa nhân tím dưới tán rừng của HTX Dược liệu Pù Luông"},
          notes=["older template: the dateline says only 'Số 11 - Tháng 11/2025' (no day); the archive list '11/28/2025 - …' "
                 "(month first) gives the day -> published 2025-11-28 from the listing; 'view in browser' is "
                 "/?u=…&id=…&e=[UNIQID]"]),
        A(path=camp("8f2a6b0d49"), title="Bản tin số 10/2025: Ngày hội HTX Thanh Hóa lần thứ nhất",
          date=datetime(2025, 10, 20),
          body="""
Ngày hội HTX Thanh Hóa lần thứ nhất diễn ra từ ngày 15 đến 17/10 tại Công viên Hội An, thu hút hơn 30.000 lượt khách tham quan, mua sắm.
## Hơn 200 gian hàng sản phẩm HTX
Ngày hội có 216 gian hàng của HTX trong tỉnh và 11 tỉnh bạn, giới thiệu nông sản, thủ công mỹ nghệ và sản phẩm OCOP. Doanh thu bán hàng đạt hơn 4,6 tỷ đồng.
[img ngay-hoi-htx-2025.png] Khách tham quan gian hàng nông sản của các HTX miền núi
## Ký kết 18 biên bản hợp tác tiêu thụ sản phẩm
Trong khuôn khổ Ngày hội, các HTX đã ký 18 biên bản ghi nhớ hợp tác với doanh nghiệp phân phối, chuỗi siêu thị và sàn thương mại điện tử.
""",
          author=None, **shown(datetime(2025, 10, 20)),
          opts={"cid": "8f2a6b0d49", "list": LIST, "dateline": "Số 10/2025 | Thanh Hóa, ngày 20 tháng 10 năm 2025",
                "old": True, "pre": "Ngày hội HTX Thanh Hóa lần thứ nhất: 216 gian hàng, 18 biên bản hợp tác"},
          notes=["older template issue: dateline with the day; 'view in browser' /?u=…&id=…&e=[UNIQID]"]),
        A(path=camp("a7c3e15f60"), title="Thư mời tham gia Hội chợ sản phẩm OCOP và HTX Thanh Hóa năm 2025",
          date=datetime(2025, 9, 5),
          body="""
Liên minh HTX tỉnh trân trọng kính mời các HTX, liên hiệp HTX đăng ký tham gia Hội chợ sản phẩm OCOP và HTX Thanh Hóa năm 2025.
* Thời gian: từ ngày 15 đến 17/10/2025;
* Địa điểm: Công viên Hội An, phường Hạc Thành;
* Gian hàng được hỗ trợ 100% chi phí thuê cho HTX có sản phẩm OCOP.
HTX đăng ký với Văn phòng Liên minh HTX tỉnh trước ngày 30/9/2025 để được bố trí gian hàng.
""",
          author=None, **shown(datetime(2025, 9, 5)),
          opts={"cid": "a7c3e15f60", "list": LIST2, "dateline": "Thanh Hóa, ngày 05 tháng 9 năm 2025", "old": True,
                "pre": "Mời HTX đăng ký gian hàng Hội chợ OCOP và HTX tháng 10/2025"},
          notes=["invitation sent to the second audience: a short text and a list"]),
    ]


# -- e-mail markup ---------------------------------------------------------------------------------

TD_TEXT = ('style="padding-top:0; padding-right:18px; padding-bottom:9px; padding-left:18px; color:#202020; '
           'font-family:Helvetica; font-size:16px; line-height:150%; text-align:left;"')


def img_url(name: str) -> str:
    stem = name.rsplit(".", 1)[0]
    return f"{{{{base:offsite}}}}/mcusercontent/{U}/images/{stem}.png"


def text_block(inner: str) -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnTextBlock" style="min-width:100%;">'
            '<tbody class="mcnTextBlockOuter"><tr><td valign="top" class="mcnTextBlockInner" style="padding-top:9px;">'
            '<!--[if mso]><table align="left" border="0" cellspacing="0" cellpadding="0" width="100%" style="width:100%;">'
            '<tr><td valign="top" width="600" style="width:600px;"><![endif]-->'
            '<table align="left" border="0" cellpadding="0" cellspacing="0" style="max-width:100%; min-width:100%;" '
            'width="100%" class="mcnTextContentContainer"><tbody><tr>'
            f'<td valign="top" class="mcnTextContent" {TD_TEXT}>{inner}</td></tr></tbody></table>'
            '<!--[if mso]></td></tr></table><![endif]--></td></tr></tbody></table>')


def caption_block(src: str, caption: str) -> str:
    cap = (f'</td></tr><tr><td class="mcnTextContent" valign="top" style="padding:0 9px 0 9px; color:#656565; '
           f'font-size:13px; text-align:center;" width="564"><em>{esc(caption)}</em>') if caption else ""
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnCaptionBlock"><tbody '
            'class="mcnCaptionBlockOuter"><tr><td class="mcnCaptionBlockInner" valign="top" style="padding:9px;">'
            '<table align="left" border="0" cellpadding="0" cellspacing="0" class="mcnCaptionBottomContent"><tbody><tr>'
            '<td class="mcnCaptionBottomImageContent" align="center" valign="top" style="padding:0 9px 9px 9px;">'
            f'<img alt="" src="{img_url(src)}" width="564" style="max-width:1200px;" class="mcnImage">'
            f'{cap}</td></tr></tbody></table></td></tr></tbody></table>')


def image_block(src: str, alt: str = "") -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnImageBlock" style="min-width:100%;">'
            '<tbody class="mcnImageBlockOuter"><tr><td valign="top" style="padding:0px" class="mcnImageBlockInner">'
            '<table align="left" width="100%" border="0" cellpadding="0" cellspacing="0" class="mcnImageContentContainer" '
            'style="min-width:100%;"><tbody><tr><td class="mcnImageContent" valign="top" style="padding:0; text-align:center;">'
            f'<img align="center" alt="{attr(alt)}" src="{img_url(src)}" width="600" style="max-width:1200px; '
            'padding-bottom:0; display:inline !important; vertical-align:bottom;" class="mcnImage">'
            '</td></tr></tbody></table></td></tr></tbody></table>')


def button_block(label: str, href: str) -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnButtonBlock" style="min-width:100%;">'
            '<tbody class="mcnButtonBlockOuter"><tr><td style="padding-top:0; padding-right:18px; padding-bottom:18px; '
            'padding-left:18px;" valign="top" align="center" class="mcnButtonBlockInner">'
            '<table border="0" cellpadding="0" cellspacing="0" class="mcnButtonContentContainer" style="border-collapse:'
            'separate !important; border-radius:4px; background-color:#1E7B34;"><tbody><tr><td align="center" '
            'valign="middle" class="mcnButtonContent" style="font-family:Arial; font-size:16px; padding:16px;">'
            f'<a class="mcnButton " title="{attr(label)}" href="{href}" target="_blank" style="font-weight:bold; '
            f'letter-spacing:normal; line-height:100%; text-align:center; text-decoration:none; color:#FFFFFF;">{esc(label)}</a>'
            '</td></tr></tbody></table></td></tr></tbody></table>')


def divider_block() -> str:
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnDividerBlock" style="min-width:100%;">'
            '<tbody class="mcnDividerBlockOuter"><tr><td class="mcnDividerBlockInner" style="min-width:100%; padding:18px;">'
            '<table class="mcnDividerContent" border="0" cellpadding="0" cellspacing="0" width="100%" style="min-width:100%; '
            'border-top:2px solid #EAEAEA;"><tbody><tr><td><span></span></td></tr></tbody></table></td></tr></tbody></table>')


def follow_block() -> str:
    links = [("Facebook", "/facebook/lmhtxthanhhoa"), ("Zalo", "/zalo/lmhtxthanhhoa"),
             ("YouTube", "/youtube/lmhtxthanhhoa"), ("Website", "/lmhtx-vn/")]
    items = "".join(
        '<!--[if mso]><td align="center" valign="top"><![endif]--><table align="left" border="0" cellpadding="0" '
        'cellspacing="0" style="display:inline;"><tbody><tr><td valign="top" style="padding-right:10px; padding-bottom:9px;" '
        'class="mcnFollowContentItemContainer"><table border="0" cellpadding="0" cellspacing="0" width="100%" '
        'class="mcnFollowContentItem"><tbody><tr><td align="left" valign="middle" style="padding:5px 10px 5px 9px;">'
        f'<a href="{{{{base:offsite}}}}{href}" target="_blank"><img src="{{{{base:offsite}}}}/cdn-images/icons/social-block-v2/'
        f'color-{name.lower()}-48.png" alt="{name}" style="display:block;" height="24" width="24" class=""></a> '
        f'<a href="{{{{base:offsite}}}}{href}" target="_blank" style="font-family:Arial; font-size:11px; color:#505050;">'
        f'{name}</a></td></tr></tbody></table></td></tr></tbody></table><!--[if mso]></td><![endif]-->'
        for name, href in links)
    return ('<table border="0" cellpadding="0" cellspacing="0" width="100%" class="mcnFollowBlock" style="min-width:100%;">'
            '<tbody class="mcnFollowBlockOuter"><tr><td align="center" valign="top" style="padding:9px" '
            'class="mcnFollowBlockInner"><table border="0" cellpadding="0" cellspacing="0" width="100%" '
            'class="mcnFollowContentContainer" style="min-width:100%;"><tbody><tr><td align="center" '
            'style="padding-left:9px; padding-right:9px;"><table border="0" cellpadding="0" cellspacing="0" width="100%" '
            f'style="min-width:100%;" class="mcnFollowContent"><tbody><tr><td align="center" valign="top">{items}'
            '</td></tr></tbody></table></td></tr></tbody></table></td></tr></tbody></table>')


def footer_block(cid: str, list_id: str) -> str:
    lm = "{{base:offsite}}/list-manage"
    return text_block(
        f'<em>{esc(FOOTER[0])}</em><br><br>{esc(FOOTER[1])}<br><br><strong>{FOOTER[2]}</strong><br>'
        f'<div class="vcard"><span class="org fn">{FOOTER[3]}</span><div class="adr"><div class="street-address">'
        f'{FOOTER[4]}</div><span class="locality">Thanh Hóa</span>, <span class="region">Thanh Hóa</span> '
        f'<span class="postal-code">40000</span><div class="country-name">Vietnam</div></div><br>'
        f'<span class="tel">{FOOTER[5]}</span><br><a href="{lm}/vcard?u={U}&amp;id={list_id}" class="hcard-download">'
        f'{FOOTER[9]}</a></div><br><br>{FOOTER[10]} <a href="{{{{base}}}}/home/?u={U}&amp;id={LIST2}">{FOOTER[11]}</a>'
        f'<br><br>{esc(FOOTER[6])}<br>Bạn có thể '
        f'<a href="{lm}/profile?u={U}&amp;id={list_id}&amp;e=[UNIQID]&amp;c={cid}">{FOOTER[7]}</a> hoặc '
        f'<a href="{lm}/unsubscribe?u={U}&amp;id={list_id}&amp;e=[UNIQID]&amp;c={cid}">{FOOTER[8]}</a>.<br><br>'
        f'<a href="{{{{base:offsite}}}}/eepurl/thanhhoa" title="Mailchimp - email marketing made easy and fun">'
        f'<img src="{{{{base:offsite}}}}/cdn-images/monkey_rewards/intuit-mc-rewards-text-dark.png" alt="Intuit Mailchimp"></a>')


def body_blocks(a: Article) -> str:
    out: list[str] = []
    run: list[str] = []
    table: list[str] = []
    sections = 0

    def flush_table() -> None:
        if table:
            rows = []
            for k, line in enumerate(table):
                cells = [c.strip() for c in line.strip("|").split("|")]
                tag = "th" if k == 0 else "td"
                style = ('style="border:1px solid #cccccc; padding:4px 6px; background:#eef5ee;"' if k == 0
                         else 'style="border:1px solid #cccccc; padding:4px 6px;"')
                rows.append("<tr>\n" + "\n".join(f"<{tag} {style}>{esc(c)}</{tag}>" for c in cells) + "\n</tr>")
            run.append('<table border="0" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse; '
                       f'font-size:14px;">{"".join(rows)}</table>')
            table.clear()

    def flush() -> None:
        flush_table()
        if run:
            out.append(text_block("".join(run)))
            run.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            table.append(b.text)
            continue
        flush_table()
        if b.kind == "h":
            if sections:
                flush()
                out.append(button_block(CHROME[5], "{{base:offsite}}/lmhtx-vn/"))
                out.append(divider_block())
            sections += 1
            run.append(f'<h2 style="color:#1E7B34; font-size:20px;">{inline_html(b.text)}</h2>')
        elif b.kind == "p":
            if b.text.startswith("**"):
                run.append(f"<p>{inline_html(b.text)}</p>")
            elif a.opts.get("doc") and b.text.isupper():
                run.append(f'<p style="text-align:center;"><strong>{esc(b.text)}</strong></p>')
            else:
                run.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "ul":
            run.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            flush()
            out.append(caption_block(b.src, b.text))
    flush()
    if sections:
        out.append(button_block(CHROME[5], "{{base:offsite}}/lmhtx-vn/"))
    if a.opts.get("button"):
        label, href = a.opts["button"]
        out.append(button_block(label, href))
    return "".join(out)


def email(title: str, cid: str, list_id: str, pre: str, dateline: str | None, content: str, old: bool,
          description: str) -> str:
    vib = view_in_browser(cid, old)
    header = image_block("masthead-bantin-kttt.png", MASTHEAD[0])
    header += text_block(f'<div style="text-align:center;"><span style="font-size:22px; color:#1E7B34;"><strong>'
                         f'{MASTHEAD[0]}</strong></span><br><span style="font-size:12px;">{MASTHEAD[1]}</span>'
                         + (f'<br><span style="font-size:13px; color:#656565;">{esc(dateline)}</span>' if dateline else "")
                         + "</div>")
    return f"""<!doctype html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office">
<head>
<!-- NAME: 1 COLUMN -->
<!--[if gte mso 15]><xml><o:OfficeDocumentSettings><o:AllowPNG/><o:PixelsPerInch>96</o:PixelsPerInch></o:OfficeDocumentSettings></xml><![endif]-->
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<style type="text/css">
p{{margin:10px 0;padding:0;}} table{{border-collapse:collapse;}} h1,h2,h3,h4,h5,h6{{display:block;margin:0;padding:0;}}
img,a img{{border:0;height:auto;outline:none;text-decoration:none;}} body,#bodyTable,#bodyCell{{height:100%;margin:0;padding:0;width:100%;}}
.mcnPreviewText{{display:none !important;}} #awesomewrap{{background:#f2f2f2;font-family:Helvetica;font-size:12px;}}
</style>
<script>var w=window;if(w.performance||w.mozPerformance||w.msPerformance||w.webkitPerformance){{var d=document;AKSB=w.AKSB||{{}},AKSB.q=AKSB.q||[],AKSB.mark=AKSB.mark||function(e,_){{AKSB.q.push(["mark",e,_||(new Date).getTime()])}};}}</script>
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(description)}">
<meta property="og:url" content="{{{{base}}}}{camp(cid).replace('&', '&amp;')}">
<meta property="og:image" content="{img_url('masthead-bantin-kttt.png')}">
<meta property="twitter:card" content="summary_large_image">
</head>
<body>
<div id="awesomewrap"><div id="awesomebar"><div id="awesomebar-inner" class="clearfix">
<a href="{{{{base}}}}/home/?u={U}&amp;id={list_id}" class="past-issues" title="View past issues">{CHROME[0]}</a>
<a href="{{{{base:offsite}}}}/list-manage/subscribe?u={U}&amp;id={list_id}" class="subscribe" title="Subscribe to this list">{CHROME[1]}</a>
<div id="translate" class="dropdown"><a href="javascript:;" class="translate-trigger">{CHROME[2]}</a><ul class="dropdown-menu"><li><a href="javascript:;" data-lang="en">English</a></li><li><a href="javascript:;" data-lang="fr">Français</a></li></ul></div>
</div></div></div>
<!--*|IF:MC_PREVIEW_TEXT|*-->
<!--[if !gte mso 9]><!----><span class="mcnPreviewText" style="display:none; font-size:0px; line-height:0px; max-height:0px; max-width:0px; opacity:0; overflow:hidden; visibility:hidden; mso-hide:all;">{esc(pre)}</span><!--<![endif]-->
<!--*|END:IF|*-->
<center>
<table align="center" border="0" cellpadding="0" cellspacing="0" height="100%" width="100%" id="bodyTable">
<tr>
<td align="center" valign="top" id="bodyCell">
<!-- BEGIN TEMPLATE // -->
<!--[if (gte mso 9)|(IE)]><table align="center" border="0" cellspacing="0" cellpadding="0" width="600" style="width:600px;"><tr><td align="center" valign="top" width="600" style="width:600px;"><![endif]-->
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="templateContainer">
<tr>
<td valign="top" id="templatePreheader">{text_block(f'<div style="text-align:right;"><a href="{{{{base}}}}{vib}" target="_blank">{CHROME[3]}</a> | <a href="{{{{base:offsite}}}}/forward-to-friend/forward?u={U}&amp;id={cid}&amp;e=[UNIQID]" target="_blank">{CHROME[4]}</a></div>')}</td>
</tr>
<tr>
<td valign="top" id="templateHeader">{header}</td>
</tr>
<tr>
<td valign="top" id="templateBody">{content}</td>
</tr>
<tr>
<td valign="top" id="templateFooter">{follow_block()}{divider_block()}{footer_block(cid, list_id)}</td>
</tr>
</table>
<!--[if (gte mso 9)|(IE)]></td></tr></table><![endif]-->
<!-- // END TEMPLATE -->
</td>
</tr>
</table>
</center>
</body>
</html>
"""


def issue_page(a: Article) -> str:
    content = text_block(f'<h1 style="text-align:center; color:#202020; font-size:26px;">{esc(a.title)}</h1>') + body_blocks(a)
    return email(a.title, a.opts["cid"], a.opts["list"], a.opts["pre"], a.opts.get("dateline"), content,
                 a.opts.get("old", False), a.opts["pre"])


def archive_page(list_id: str, entries: list[tuple[datetime, str, str]]) -> str:
    lis = "\n".join(f'<li class="campaign">{us(d)} - <a href="{{{{base}}}}{camp(cid).replace("&", "&amp;")}" '
                    f'title="{attr(subject)}" target="_blank">{esc(subject)}</a></li>'
                    for d, cid, subject in entries)
    return f"""<!DOCTYPE html>
<html>
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(LISTS[list_id])} Archive</title>
<link rel="stylesheet" href="/css/archive.css">
</head>
<body id="archive">
<div id="wrapper">
<div id="archive-header" class="clearfix">
<h1 class="archive-title">{esc(LISTS[list_id])}</h1>
<a href="{{{{base:offsite}}}}/list-manage/subscribe?u={U}&amp;id={list_id}" class="subscribe-btn">{CHROME[1]}</a>
</div>
<div id="archive-list">
<h2>{CHROME[0]}</h2>
<ul class="display_archive">
{lis}
</ul>
</div>
<div id="archive-footer"><a href="{{{{base:offsite}}}}/eepurl/thanhhoa" title="Mailchimp - email marketing made easy and fun"><img src="{{{{base:offsite}}}}/cdn-images/monkey_rewards/intuit-mc-rewards-text-dark.png" alt="Intuit Mailchimp"></a></div>
</div>
</body>
</html>
"""


def build() -> SiteBuild:
    home = f"/home/?u={U}&id={LIST}"
    site = SiteBuild(SITE, "thanh-hoa", NAME, "generic", None, start_urls=["{{base:%s}}%s" % (SITE, home)])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for a in arts:
        cid = a.opts["cid"]
        page(a.path, issue_page(a))
        vib = view_in_browser(cid, a.opts.get("old", False))
        site.same_page(vib, a.path)
        for alias in a.aliases:
            site.same_page(alias, a.path)
        a.aliases = [vib, *a.aliases]
        site.extra_boilerplate.append(a.opts["pre"])
        site.add_article(a)
    site.trap("every issue is also /?e=[UNIQID]&u=…&id=… (the archived 'Xem email này trong trình duyệt' link keeps the "
              "literal merge tag), and older issues /?u=…&id=…&e=[UNIQID]: aliases", view_in_browser("3f9a1c7e20", False))

    greeting = Article(path=camp("0c5e93a7f4"), title="Chúc mừng năm mới Xuân Bính Ngọ 2026", date=datetime(2026, 2, 16),
                       body="[img thiep-xuan-binh-ngo-2026.png] Liên minh HTX tỉnh Thanh Hóa kính chúc quý thành viên "
                            "năm mới an khang, thịnh vượng",
                       opts={"cid": "0c5e93a7f4", "list": LIST, "pre": "Thiệp chúc mừng năm mới Xuân Bính Ngọ 2026"})
    content = (text_block(f'<h1 style="text-align:center;">{esc(greeting.title)}</h1>')
               + caption_block("thiep-xuan-binh-ngo-2026.png", greeting.blocks[0].text))
    page(greeting.path, email(greeting.title, "0c5e93a7f4", LIST, greeting.opts["pre"], None, content, False,
                              greeting.opts["pre"]))
    site.same_page(view_in_browser("0c5e93a7f4", False), greeting.path)
    site.non_articles.append(greeting.path)
    site.trap("greeting-card campaign (an <h1>, one image and a one-line caption): in the archive list like an issue, "
              "not an article", greeting.path)

    for list_id in (LIST, LIST2):
        entries = [(a.date, a.opts["cid"], a.title) for a in arts if a.opts["list"] == list_id]
        if list_id == LIST:
            entries.append((greeting.date, "0c5e93a7f4", greeting.title))
        entries.sort(reverse=True)
        path = f"/home/?u={U}&id={list_id}"
        page(path, archive_page(list_id, entries))
        site.non_articles.append(path)
    site.trap("campaign archive lists /home/?u=…&id=<audience> (one per audience): '<mm/dd/yyyy> - <subject>' lines, "
              "month first (03/09/2026 is 9 March); the second audience's list is linked from every issue's footer "
              "('Bản tin chuyên đề dành cho Ban Giám đốc HTX: xem các số đã phát hành') and from its issues' 'Past Issues'", f"/home/?u={U}&id={LIST2}")
    site.error(camp(DELETED), 404)
    site.static("/robots.txt", "User-agent: *\nDisallow: /account/\n")
    return site
