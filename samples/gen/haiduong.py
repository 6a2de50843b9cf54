"""Site `lmhtx-haiduong` (registry family `generic`): a home-made ASP.NET CMS with an old table
layout (one `<table>` for the page grid; `td` cells for the left menu, the content and the right
column), the whole page inside the WebForms `<form id="aspnetForm">`.

URL shapes: articles `/Article/<opaque id ending in @>/<percent-encoded Vietnamese slug>.html`
(the id is base64 of "id=N" with the padding replaced by "@"; the CMS reads only the id, so any
slug answers), the category `/Category/<opaque@>/<slug>.html` whose page 2 has another opaque id.
The only h1 is the site's logo (the site's name, on every page); the article title is a
`<span class="tieu-de">`; `<title>` ends with " - Liên minh HTX tỉnh Hải Dương"; the date reads
"22/02/2024 08:05:12"; a "Tin cùng chuyên mục" box with a "Xem thêm" link follows the article.
Registry entry: no selectors, no patterns, no feeds, no sitemaps.
"""

from __future__ import annotations

import base64
import re
import unicodedata
from datetime import datetime
from urllib.parse import quote

from .core import (
    TODAY_2026,
    Article,
    Furniture,
    SiteBuild,
    access_bar,
    attr,
    counter,
    dmy,
    esc,
    inline_html,
    iso,
    links_box,
    listing_pages,
    nfc,
    poll,
    rating,
    share,
    weather,
    weekday,
)

SITE = "lmhtx-haiduong"
NAME = "Liên minh Hợp tác xã tỉnh Hải Dương"
SHORT = "Liên minh HTX tỉnh Hải Dương"
LOGO = "LIÊN MINH HỢP TÁC XÃ TỈNH HẢI DƯƠNG"

F = Furniture(
    org=NAME,
    short=SHORT,
    today=f"{weekday(TODAY_2026)}, ngày {dmy(TODAY_2026)}",
    slogans=["Nhiệt liệt chào mừng kỷ niệm 30 năm ngày thành lập Liên minh Hợp tác xã Việt Nam (1993 - 2023)!",
             "Liên minh Hợp tác xã tỉnh Hải Dương - Đồng hành cùng hợp tác xã phát triển bền vững"],
    responsible="Chịu trách nhiệm nội dung: Ông Nguyễn Văn Hùng - Chủ tịch Liên minh HTX tỉnh Hải Dương",
    licence="Giấy phép số 08/GP-STTTT ngày 25/4/2016 của Sở Thông tin và Truyền thông tỉnh Hải Dương",
    source_note="Ghi rõ nguồn “lmhtx.haiduong.gov.vn” khi trích dẫn lại thông tin từ website này",
    copyright="Copyright © 2016 Liên minh HTX tỉnh Hải Dương. Technology Supported by VNPT Hải Dương",
    address="Địa chỉ: Số 2 đường Thanh Niên, phường Quang Trung, TP Hải Dương",
    phone="Điện thoại: 0220.3852.416 - Fax: 0220.3852.417",
    email="Email: lmhtx@haiduong.gov.vn",
    counter=(57, 164, 385102),
    weather=("29°C", "Độ ẩm: 71%"),
)


def opaque(raw: str) -> str:
    return base64.b64encode(raw.encode()).decode().rstrip("=") + "@"


def slug(title: str) -> str:
    return "-".join(re.findall(r"\w+", nfc(title)))


def ascii_slug(title: str) -> str:
    folded = unicodedata.normalize("NFD", slug(title).replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def art(id_: int, title: str) -> str:
    return f"/Article/{opaque(f'id={id_}')}/{quote(slug(title), safe='-')}.html"


CAT_ID = 5
CAT_TITLE = "Tin hoạt động"


def cat(page: int = 1) -> str:
    raw = f"cat={CAT_ID}" if page == 1 else f"cat={CAT_ID}&page={page}"
    return f"/Category/{opaque(raw)}/{quote(slug(CAT_TITLE), safe='-')}.html"


INTRO_TITLE = "Chức năng, nhiệm vụ"
INTRO = art(2, INTRO_TITLE)
CONTACT = "/LienHe.html"
ADMIN = "/Admin/Login.aspx"
STUB_TITLE = "Infographic: Kết quả phát triển kinh tế tập thể tỉnh Hải Dương năm 2023"
STUB = art(2390, STUB_TITLE)
FEATURED_ID = 2436
DOC_ID = 2371


def when(d: datetime, *extra: str) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", *extra, "listing"])


DOC_BODY = """
Số: 12/KH-LMHTX
Hải Dương, ngày 20 tháng 02 năm 2024
## KẾ HOẠCH
## Tuyên truyền, phổ biến Luật Hợp tác xã năm 2023 trong khu vực kinh tế tập thể tỉnh Hải Dương
Thực hiện Quyết định số 1129/QĐ-TTg ngày 02/10/2023 của Thủ tướng Chính phủ ban hành Kế hoạch triển khai thi hành Luật Hợp tác xã năm 2023; Kế hoạch số 245/KH-LMHTXVN ngày 15/11/2023 của Liên minh Hợp tác xã Việt Nam, Ban Thường vụ Liên minh Hợp tác xã tỉnh Hải Dương ban hành Kế hoạch tuyên truyền, phổ biến Luật Hợp tác xã năm 2023 như sau:
## I. MỤC ĐÍCH, YÊU CẦU
1. Phổ biến kịp thời, đầy đủ nội dung cơ bản và những điểm mới của Luật Hợp tác xã năm 2023 đến cán bộ, thành viên, người lao động trong các tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
2. Việc tuyên truyền phải thiết thực, hiệu quả, phù hợp với từng đối tượng; gắn với hướng dẫn các hợp tác xã rà soát, sửa đổi, bổ sung điều lệ trước ngày Luật có hiệu lực thi hành (01/7/2024).
## II. NỘI DUNG, HÌNH THỨC TUYÊN TRUYỀN
1. Nội dung: quan điểm của Đảng về phát triển kinh tế tập thể tại Nghị quyết số 20-NQ/TW ngày 16/6/2022; những điểm mới của Luật Hợp tác xã năm 2023 về tổ hợp tác, thành viên liên kết góp vốn, tài sản chung không chia, phân phối thu nhập và chính sách hỗ trợ của Nhà nước.
2. Hình thức:
- Tổ chức 12 hội nghị tuyên truyền trực tiếp tại các huyện, thị xã, thành phố;
- Biên soạn, phát hành 5.000 tờ gấp hỏi - đáp về Luật Hợp tác xã năm 2023;
- Mở chuyên mục về Luật Hợp tác xã năm 2023 trên trang thông tin điện tử của Liên minh Hợp tác xã tỉnh.
## III. TỔ CHỨC THỰC HIỆN
1. Phòng Tuyên truyền - Tổ chức chủ trì xây dựng tài liệu, phối hợp với Hội đồng phổ biến, giáo dục pháp luật tỉnh mời báo cáo viên.
2. Văn phòng bố trí kinh phí từ nguồn ngân sách năm 2024 được giao, bảo đảm điều kiện tổ chức các hội nghị.
3. Đề nghị các hợp tác xã, liên hiệp hợp tác xã thành viên cử cán bộ tham dự đầy đủ và tuyên truyền lại cho thành viên của đơn vị.
Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các đơn vị phản ánh về Liên minh Hợp tác xã tỉnh (qua Phòng Tuyên truyền - Tổ chức) để được hướng dẫn./.
Nơi nhận:
* Liên minh HTX Việt Nam (báo cáo);
* Thường trực Tỉnh ủy, UBND tỉnh (báo cáo);
* Sở Kế hoạch và Đầu tư;
* UBND các huyện, thị xã, thành phố;
* Lưu: VT, TT-TC.
TM. BAN THƯỜNG VỤ
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
"""


def articles() -> list[Article]:
    def A(id_: int, title: str, **kw) -> Article:
        return Article(path=art(id_, title), title=title, **kw)

    return [
        A(1587, "Liên minh HTX tỉnh tổng kết công tác năm 2016, triển khai nhiệm vụ năm 2017",
          date=datetime(2017, 2, 16, 9, 41, 37),
          lead="Ngày 15/02/2017, Liên minh Hợp tác xã tỉnh Hải Dương tổ chức Hội nghị tổng kết công tác năm 2016, triển khai nhiệm vụ năm 2017.",
          body="""
Năm 2016, toàn tỉnh có 682 HTX đang hoạt động, trong đó có 512 HTX nông nghiệp, 96 HTX công nghiệp - tiểu thủ công nghiệp, 41 quỹ tín dụng nhân dân và 33 HTX thương mại, dịch vụ, vận tải. Tổng doanh thu của khu vực HTX ước đạt 1.150 tỷ đồng.
Liên minh HTX tỉnh đã tổ chức 26 lớp bồi dưỡng cho 1.850 lượt cán bộ HTX; tư vấn thành lập mới 18 HTX; phối hợp với các huyện hướng dẫn 120 HTX nông nghiệp tổ chức lại hoạt động theo Luật Hợp tác xã năm 2012.
[img tong-ket-2016-hai-duong.png] Đồng chí Phó Chủ tịch UBND tỉnh phát biểu chỉ đạo Hội nghị
Năm 2017, Liên minh HTX tỉnh phấn đấu thành lập mới ít nhất 20 HTX, hoàn thành việc tổ chức lại các HTX nông nghiệp còn lại và xây dựng 10 mô hình HTX điển hình tiên tiến.
""",
          byline="Văn Thắng", author="Văn Thắng", **when(datetime(2017, 2, 16, 9, 41, 37)),
          notes=["pagination: page 2 of the category is another opaque id (base64 of 'cat=5&page=2'); it holds the three oldest articles, reachable only through it"]),
        A(1842, "Vải thiều Thanh Hà của HTX xuất khẩu sang Nhật Bản",
          date=datetime(2019, 6, 3, 15, 12, 8),
          body="""
Vụ vải năm 2019, HTX Dịch vụ nông nghiệp Thanh Xá (huyện Thanh Hà) có 25 ha vải thiều được cấp mã số vùng trồng xuất khẩu sang Nhật Bản. Đây là năm thứ hai vải thiều của HTX đáp ứng các yêu cầu khắt khe của thị trường này.
Để bảo đảm chất lượng, các hộ thành viên tuân thủ quy trình sản xuất theo tiêu chuẩn GlobalGAP, ghi chép nhật ký đồng ruộng, chỉ sử dụng thuốc bảo vệ thực vật trong danh mục cho phép và dừng phun thuốc trước thu hoạch ít nhất 21 ngày.
[img vai-thieu-thanh-ha.png] Thành viên HTX thu hoạch vải thiều xuất khẩu
Vải xuất khẩu được doanh nghiệp thu mua với giá 35.000 - 40.000 đồng/kg, cao gấp đôi so với bán tại thị trường trong nước. Năm nay, HTX dự kiến cung ứng khoảng 60 tấn vải quả cho doanh nghiệp xuất khẩu.
""",
          byline="Minh Thu", author="Minh Thu", **when(datetime(2019, 6, 3, 15, 12, 8))),
        A(2015, "Bánh gai Ninh Giang của HTX đạt chuẩn OCOP 4 sao",
          date=datetime(2021, 10, 20, 10, 3, 55),
          body="""
HTX Sản xuất và tiêu thụ bánh gai Ninh Giang (huyện Ninh Giang) vừa được UBND tỉnh công nhận sản phẩm bánh gai đạt chuẩn OCOP 4 sao. Đây là kết quả của gần hai năm HTX đầu tư hoàn thiện sản phẩm.
HTX đã cải tiến bao bì, in thông tin dinh dưỡng, hạn sử dụng, mã QR truy xuất nguồn gốc; xây dựng xưởng sản xuất một chiều bảo đảm điều kiện an toàn thực phẩm.
[img banh-gai-ninh-giang.png] Công đoạn gói bánh gai tại xưởng của HTX
## Kết quả sau khi đạt chuẩn OCOP
* Sản lượng tăng từ 3.000 lên 5.500 chiếc bánh mỗi ngày;
* Sản phẩm có mặt tại 40 cửa hàng, siêu thị trong và ngoài tỉnh;
* Tạo việc làm thường xuyên cho 35 lao động với thu nhập 6 - 7 triệu đồng/người/tháng.
""",
          byline="Ngọc Lan", author="Ngọc Lan", **when(datetime(2021, 10, 20, 10, 3, 55))),
        A(2208, "HTX Dịch vụ nông nghiệp Hiệp Hòa liên kết sản xuất hành, tỏi an toàn",
          date=datetime(2023, 4, 12, 14, 30, 21),
          lead="Với 150 ha hành, tỏi sản xuất theo tiêu chuẩn VietGAP, HTX Dịch vụ nông nghiệp Hiệp Hòa (thị xã Kinh Môn) đã ký hợp đồng tiêu thụ ổn định với 3 doanh nghiệp chế biến, xuất khẩu.",
          body="""
Hành, tỏi Kinh Môn là sản phẩm đã được cấp chỉ dẫn địa lý. Tuy nhiên, trước đây người dân chủ yếu bán cho thương lái, giá cả bấp bênh, nhiều vụ được mùa mất giá.
Từ năm 2021, HTX đứng ra ký hợp đồng với doanh nghiệp, cung ứng giống, phân bón và hướng dẫn thành viên sản xuất theo quy trình thống nhất. Doanh nghiệp cam kết thu mua toàn bộ sản phẩm với giá sàn không thấp hơn giá thị trường tại thời điểm thu hoạch.
[img hanh-toi-kinh-mon.png] Thành viên HTX Hiệp Hòa phơi hành sau thu hoạch
Vụ đông xuân 2022 - 2023, HTX tiêu thụ hơn 2.100 tấn hành, tỏi; lợi nhuận của thành viên tăng bình quân 20% so với sản xuất riêng lẻ.
""",
          byline="Minh Thu", author="Minh Thu", **when(datetime(2023, 4, 12, 14, 30, 21))),
        A(2263, "Bồi dưỡng nâng cao năng lực quản trị cho cán bộ HTX năm 2023",
          date=datetime(2023, 8, 25, 8, 17, 44),
          body="""
Từ ngày 22 đến 24/8/2023, Liên minh HTX tỉnh Hải Dương tổ chức lớp bồi dưỡng nâng cao năng lực quản trị cho 90 học viên là chủ tịch hội đồng quản trị, giám đốc, kế toán các HTX trên địa bàn tỉnh.
Các học viên được trang bị những nội dung:
- Kỹ năng xây dựng phương án sản xuất, kinh doanh và quản lý tài chính HTX;
- Chế độ kế toán áp dụng cho HTX theo Thông tư số 71/2019/TT-BTC ngày 30/9/2019 của Bộ Tài chính;
- Kỹ năng liên kết với doanh nghiệp, tham gia chuỗi giá trị nông sản;
- Ứng dụng chuyển đổi số trong quản lý và tiêu thụ sản phẩm.
[img boi-duong-quan-tri-htx-2023.png] Học viên trao đổi kinh nghiệm tại lớp bồi dưỡng
Lớp học được tổ chức theo Kế hoạch hỗ trợ phát triển kinh tế tập thể, hợp tác xã năm 2023 của UBND tỉnh; học viên được miễn toàn bộ học phí và tài liệu.
""",
          byline="Văn Thắng", author="Văn Thắng", **when(datetime(2023, 8, 25, 8, 17, 44)),
          notes=["'- ' paragraphs (no <ul>) keep their dash; captions in <table class=tplCaption> under the photos"]),
        A(2318, "Hải Dương: 35 sản phẩm của HTX được công nhận OCOP năm 2023",
          date=datetime(2023, 12, 7, 16, 48, 9),
          lead="Năm 2023, tỉnh Hải Dương có thêm 74 sản phẩm đạt chuẩn OCOP, trong đó 35 sản phẩm của các HTX, chiếm gần một nửa tổng số sản phẩm được công nhận.",
          body="""
Các sản phẩm của HTX đạt chuẩn OCOP năm nay đa dạng, từ nông sản tươi như vải thiều, ổi, rau an toàn đến sản phẩm chế biến như bánh đa, rượu, mắm rươi, chè lam và đồ gốm mỹ nghệ.
[img ocop-htx-hai-duong-2023.png] Sản phẩm OCOP của các HTX trưng bày tại Hội chợ xúc tiến thương mại tỉnh
Theo Liên minh HTX tỉnh, tham gia Chương trình OCOP giúp các HTX chuẩn hóa quy trình sản xuất, cải tiến mẫu mã, mở rộng thị trường; nhiều sản phẩm đã vào được hệ thống siêu thị và sàn thương mại điện tử.
Năm 2024, Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX hoàn thiện hồ sơ, nâng hạng sản phẩm từ 3 sao lên 4 sao và kết nối tiêu thụ tại các tỉnh, thành phố lớn.
""",
          byline="Phòng Tư vấn - Hỗ trợ", author=None, **when(datetime(2023, 12, 7, 16, 48, 9))),
        A(DOC_ID, "Kế hoạch tuyên truyền, phổ biến Luật Hợp tác xã năm 2023",
          date=datetime(2024, 2, 22, 8, 5, 12),
          body=DOC_BODY, byline="Phạm Văn Khải", author=None, doc_number="12/KH-LMHTX",
          description="Kế hoạch số 12/KH-LMHTX ngày 20/02/2024 của Ban Thường vụ Liên minh HTX tỉnh Hải Dương về tuyên truyền, phổ biến Luật Hợp tác xã năm 2023.",
          **when(datetime(2024, 2, 22, 8, 5, 12)),
          notes=["official document: 'Số: 12/KH-LMHTX', place-date line 'Hải Dương, ngày 20 tháng 02 năm 2024' (two days BEFORE the posting time "
                 "22/02/2024 08:05:12, which is the publication date); the signer (last line) is not an author: author null"]),
        A(FEATURED_ID, "HTX ở Cẩm Giàng ứng dụng nhà màng công nghệ cao trồng rau, quả",
          date=datetime(2024, 5, 16, 9, 26, 50),
          lead="HTX Nông nghiệp công nghệ cao Cẩm Vũ (huyện Cẩm Giàng) vừa đưa vào sử dụng 2 ha nhà màng trồng dưa lưới, rau thủy canh, nâng giá trị sản xuất lên hơn 1 tỷ đồng/ha/năm.",
          body="""
Hệ thống nhà màng được trang bị tưới nhỏ giọt, cảm biến nhiệt độ, độ ẩm và điều khiển tự động qua điện thoại thông minh. Nhờ đó, cây trồng ít sâu bệnh, hạn chế tối đa việc sử dụng thuốc bảo vệ thực vật.
[img nha-mang-cam-giang.png] Thành viên HTX chăm sóc dưa lưới trong nhà màng
Dự án được hỗ trợ 40% kinh phí từ chính sách phát triển kinh tế tập thể của tỉnh; phần còn lại HTX vay từ Quỹ hỗ trợ phát triển HTX và huy động vốn góp của thành viên.
Ông Nguyễn Văn Tuấn, Giám đốc HTX cho biết, dưa lưới của HTX được các siêu thị tại Hà Nội, Hải Phòng đặt hàng thường xuyên với giá 45.000 - 55.000 đồng/kg.
""",
          byline="Ngọc Lan", author="Ngọc Lan", **when(datetime(2024, 5, 16, 9, 26, 50)),
          notes=["the home page links this article with an ASCII slug (the CMS reads only the opaque id): same page, no rel=canonical -> an alias"]),
    ]


STUB_ARTICLE = Article(path=STUB, title=STUB_TITLE, date=datetime(2024, 1, 15, 10, 12, 30),
                       body="[img infographic-kttt-hai-duong-2023.png] Kết quả phát triển kinh tế tập thể tỉnh Hải Dương năm 2023 (Đồ họa: Phòng Tuyên truyền - Tổ chức)")


# -- markup ------------------------------------------------------------------------------------

def stamp(d: datetime) -> str:
    return d.strftime("%d/%m/%Y %H:%M:%S")


def img(src: str) -> str:
    return f"/Uploads/Images/{src}"


def thumb(a: Article) -> str:
    pic = a.first_image() or "no-image.png"
    return f'<a href="{a.path}"><img src="{img(pic)}" width="130" align="left" border="0" class="ls-i" /></a>'


def render_body(a: Article) -> str:
    parts = [f'<p style="text-align: justify;"><strong>{inline_html(a.lead)}</strong></p>'] if a.lead else []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f'<p style="text-align: justify;"><strong>{inline_html(b.text)}</strong></p>')
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            caption = f'<tr><td><p class="Image">{inline_html(b.text)}</p></td></tr>' if b.text else ""
            parts.append(f'<table class="tplCaption" border="0" cellspacing="0" cellpadding="3" align="center" width="500">'
                         f'<tr><td><img src="{img(b.src)}" alt="" width="500" border="0" /></td></tr>{caption}</table>')
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def box(heading: str, inner: str) -> str:
    return (f'<table width="100%" border="0" cellspacing="0" cellpadding="0" class="tb-b">'
            f'<tr><td class="bx-h">{heading}</td></tr><tr><td class="bx-c">{inner}</td></tr></table>')


def left() -> str:
    menu = "".join(f'<tr><td class="lm-i"><a href="{href}">{esc(text)}</a></td></tr>'
                   for href, text in [("/", "Trang chủ"), (INTRO, "Giới thiệu"), (cat(), CAT_TITLE), (CONTACT, "Liên hệ")])
    return "\n".join([
        f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="lm-h">DANH MỤC</td></tr>{menu}</table>',
        weather(F, "b"),
        counter(F, "b"),
    ])


def right(items: list[Article]) -> str:
    hot = "".join(f'<tr><td class="hl"><img src="/Images/arrow.png" width="5" height="7" /> '
                  f'<a href="{a.path}">{esc(a.title)}</a></td></tr>' for a in items[1:4])
    return "\n".join([
        box("Tin tiêu điểm", f'<table width="100%" border="0" cellspacing="0" cellpadding="2">{hot}</table>'),
        poll("b"),
        links_box("b"),
    ])


def layout(title: str, main: str, items: list[Article], *, path: str, description: str,
           home: bool = False) -> str:
    page_title = SHORT if home else f"{title} - {SHORT}"
    menu = " | ".join(f'<a href="{href}" class="mn">{esc(text)}</a>'
                      for href, text in [("/", "TRANG CHỦ"), (INTRO, "GIỚI THIỆU"), (cat(), "TIN HOẠT ĐỘNG"),
                                         (CONTACT, "LIÊN HỆ")])
    slogans = "&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;".join(f"<span>{esc(s)}</span>" for s in F.slogans)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(page_title)}</title>
<meta name="keywords" content="Liên minh HTX, Hải Dương, hợp tác xã, kinh tế tập thể" />
<meta name="description" content="{attr(description)}" />
<link href="/App_Themes/Default/style.css" rel="stylesheet" type="text/css" />
<script type="text/javascript" src="/Scripts/jquery-1.4.2.min.js"></script>
</head>
<body>
<form name="aspnetForm" method="post" action="{attr(path)}" id="aspnetForm">
<div><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkKz3R0hTn6fI3vJx9Q2m1Zg==" /></div>
<table width="1002" border="0" align="center" cellpadding="0" cellspacing="0" class="tb-m">
<tr><td colspan="3" class="r1"><table width="100%" border="0" cellspacing="0" cellpadding="0"><tr>
<td class="r1-l">{F.today}</td><td class="r1-r" align="right">{access_bar()}</td></tr></table></td></tr>
<tr><td colspan="3" class="r2"><h1 class="h-l"><a href="/"><img src="/Images/logo.png" width="90" height="90" alt="{SHORT}" border="0" /></a> {LOGO}</h1>
<div class="r2-s">Trang thông tin điện tử</div></td></tr>
<tr><td colspan="3" class="r3"><div id="divRun">{slogans}</div></td></tr>
<tr><td colspan="3" class="r4">{menu}</td></tr>
<tr>
<td width="200" valign="top" class="c1">
{left()}
</td>
<td width="582" valign="top" class="c2">
{main}
</td>
<td width="220" valign="top" class="c3">
{right(items)}
</td>
</tr>
<tr><td colspan="3" class="r5">
<p><b>{esc(NAME.upper())}</b></p>
<p>{F.responsible}</p><p>{F.licence}</p><p>{F.address}</p><p>{F.phone} - {F.email}</p>
<p>{esc(F.source_note)}</p><p>{F.copyright}</p><p><a href="{ADMIN}">Quản trị</a></p>
</td></tr>
</table>
</form>
</body>
</html>
"""


def article_main(a: Article, related: list[Article], *, show_date: bool = True, with_box: bool = True) -> str:
    rows = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="d-g">({dmy(o.date)})</span></li>'
                   for o in related)
    other = (f"""<tr><td class="b-h2">Tin cùng chuyên mục</td></tr>
<tr><td class="pd5"><ul class="ul-l">{rows}</ul><div align="right"><a href="{cat()}">Xem thêm »</a></div></td></tr>"""
             if with_box else "")
    date = f'<tr><td class="pd5"><span class="txt-gray">{stamp(a.date)}</span></td></tr>' if show_date else ""
    tools = f'<tr><td class="pd5">{share(F)}{rating()}</td></tr>' if with_box else ""
    return f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="nv"><a href="/">Trang chủ</a> &gt; <a href="{cat()}">{CAT_TITLE}</a></td></tr>
<tr><td class="pd5"><span class="tieu-de">{esc(a.title)}</span></td></tr>
{date}
<tr><td class="pd5 nd">
{render_body(a)}
</td></tr>
{tools}
{other}
</table>"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hai-duong", NAME, "generic", F,
                     start_urls=["{{base:lmhtx-haiduong}}/", "{{base:lmhtx-haiduong}}" + cat()])
    site.extra_boilerplate += [LOGO, "Tin cùng chuyên mục", "Xem thêm", "DANH MỤC", F.weather[0]]
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    featured = next(a for a in items if f"/{opaque(f'id={FEATURED_ID}')}/" in a.path)
    featured_alias = f"/Article/{opaque(f'id={FEATURED_ID}')}/{ascii_slug(featured.title)}.html"
    featured.aliases.append(featured_alias)
    for a in items:
        site.add_article(a)

    for a in items + [STUB_ARTICLE]:
        related = [o for o in items if o is not a][:5]
        site.page(a.path, layout(a.title, article_main(a, related), items, path=a.path, description=a.summary()))
    site.same_page(featured_alias, featured.path)
    site.non_articles.append(STUB)
    site.trap("caption-only stub in the article URL shape (title span, date, one infographic + caption): not an article", STUB)

    # the category, page 2 under another opaque id
    pages = listing_pages(items, 5)
    for n, chunk in enumerate(pages, 1):
        rows = "\n".join(f"""<tr><td class="ls">{thumb(a)}
<a href="{a.path}" class="ls-t">{esc(a.title)}</a> <span class="d-g">({dmy(a.date)})</span><br />{esc(a.summary())}</td></tr>""" for a in chunk)
        nav = " ".join(f"<b>{k}</b>" if k == n else f'<a href="{cat(k)}">{k}</a>' for k in range(1, len(pages) + 1))
        if n < len(pages):
            nav += f' <a href="{cat(n + 1)}">Sau »</a>'
        main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="nv"><a href="/">Trang chủ</a> &gt; {CAT_TITLE}</td></tr>
<tr><td class="b-h1">TIN HOẠT ĐỘNG</td></tr>
{rows}
<tr><td class="pg" align="center">Trang: {nav}</td></tr>
</table>"""
        site.page(cat(n), layout(CAT_TITLE, main, items, path=cat(n), description="Tin hoạt động của Liên minh HTX tỉnh Hải Dương"))
    site.trap("category /Category/<opaque@>/<slug>.html; its page 2 is a different opaque id (base64 'cat=5&page=2')", cat(2))

    # home page: the featured article is linked with an ASCII slug
    rows = "".join(f'<tr><td class="hl"><a href="{a.path}">{esc(a.title)}</a> <span class="d-g">({dmy(a.date)})</span></td></tr>'
                   for a in items[1:5])
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0">
<tr><td class="b-h1">TIN NỔI BẬT</td></tr>
<tr><td class="hot"><a href="{featured_alias}"><img src="{img(featured.first_image())}" width="280" align="left" border="0" /></a>
<a href="{featured_alias}" class="hot-t">{esc(featured.title)}</a> <span class="d-g">({dmy(featured.date)})</span><br />{esc(featured.summary())}</td></tr>
<tr><td class="b-h1"><a href="{cat()}">TIN HOẠT ĐỘNG</a></td></tr>
{rows}
<tr><td class="b-h1">INFOGRAPHIC</td></tr>
<tr><td align="center"><a href="{STUB}"><img src="{img(STUB_ARTICLE.first_image())}" width="400" border="0" /></a><br /><a href="{STUB}">{esc(STUB_TITLE)}</a></td></tr>
</table>"""
    site.page("/", layout("Trang chủ", main, items, path="/", home=True,
                          description="Trang thông tin điện tử Liên minh Hợp tác xã tỉnh Hải Dương"))
    site.non_articles.append("/")
    site.trap("the only h1 on every page is the logo (the site's name); the article title is a <span class=tieu-de>; "
              "<title> ends with ' - Liên minh HTX tỉnh Hải Dương'", items[0].path)
    site.trap("the whole page sits inside the ASP.NET <form id=aspnetForm> (WebForms): the article is inside a form", items[0].path)
    site.trap("date with seconds '16/05/2024 09:26:50', no label; listings show (dd/mm/yyyy)", items[0].path)
    site.trap("article URL /Article/<base64 id>@/<percent-encoded Vietnamese slug>.html", items[1].path)

    # an introduction page in the article shape (no date, no box), contact, the admin login
    paras = [
        "Liên minh Hợp tác xã tỉnh Hải Dương là tổ chức kinh tế - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác và các doanh nghiệp thành viên trên địa bàn tỉnh.",
        "Liên minh có nhiệm vụ tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập mới hợp tác xã; tổ chức đào tạo, bồi dưỡng cán bộ; xúc tiến thương mại, mở rộng thị trường và tham gia xây dựng chính sách phát triển hợp tác xã.",
        "Liên minh Hợp tác xã tỉnh chịu sự lãnh đạo của Tỉnh ủy, sự quản lý nhà nước của UBND tỉnh và sự chỉ đạo, hướng dẫn của Liên minh Hợp tác xã Việt Nam.",
    ]
    intro = Article(path=INTRO, title=INTRO_TITLE, date=datetime(2016, 5, 1), body="\n".join(paras))
    site.page(INTRO, layout(INTRO_TITLE, article_main(intro, [], show_date=False, with_box=False), items,
                            path=INTRO, description=paras[0]))
    main = f"""<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td class="b-h1">LIÊN HỆ</td></tr>
<tr><td class="pd5"><p>{esc(NAME)}</p><p>Số 2 đường Thanh Niên, phường Quang Trung, TP Hải Dương</p>
<p>Họ tên: <input type="text" name="txtHoTen" /></p><p>Nội dung: <textarea name="txtNoiDung" rows="5" cols="50"></textarea></p>
<p><input type="submit" name="btnGui" value="Gửi" /></p></td></tr></table>"""
    site.page(CONTACT, layout("Liên hệ", main, items, path=CONTACT, description="Liên hệ Liên minh HTX tỉnh Hải Dương"))
    site.non_articles += [INTRO, CONTACT]
    site.trap("introduction page in the article URL shape (title span and paragraphs, no date, no box) and a contact page: not articles", INTRO)
    site.page(ADMIN, """<!DOCTYPE html><html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>Đăng nhập hệ thống</title></head><body><form method="post" action="/Admin/Login.aspx">
<p>Tên đăng nhập: <input type="text" name="txtUser" /></p><p>Mật khẩu: <input type="password" name="txtPass" /></p>
<p><input type="submit" value="Đăng nhập" /></p></form></body></html>
""")
    site.never_fetched.append(ADMIN)
    site.trap("robots.txt disallows /Admin/; every footer links /Admin/Login.aspx: never fetch", ADMIN)
    site.static("/robots.txt", "User-agent: *\nDisallow: /Admin/\nDisallow: /Search/\n")
    return site
