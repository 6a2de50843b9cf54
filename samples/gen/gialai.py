"""Site `lmhtx-gialai` (registry family `generic`): the merged Gia Lai alliance (Bình Định joined it in
2025) on a modern server-rendered React (Next.js) portal, written blind as a held-out test: no
family module, no selectors.

Why it is hard: the category page `/chuyen-muc/tin-tuc` renders six cards and a "Xem thêm" button
whose script fetches `/api/news?cat=tin-tuc&page=2`, a JSON answer
`{"items": [{"title", "url", "date", ...}], "next": ...}`; the three oldest news items are linked
from no HTML page at all: besides that API only `/sitemap.xml` (announced in robots.txt) lists them.
Articles `/bai-viet/<slug>-<id>.html` carry JSON-LD NewsArticle with `datePublished` (one in UTC,
"Z", falling on the previous calendar day) and an `author` that is sometimes a Person (the byline)
and sometimes the Organization, the site itself, even where the text ends with a person's byline.
The page shows the date as "05/12/2025 | 06:45 GMT+7" beside "N phút đọc", under a text-to-speech
player; each page also carries `<script id="__NEXT_DATA__">` with the article's props and a cookie
banner. The introduction is a page in the article address shape and template (JSON-LD WebPage, no
date): not an article.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from .core import TODAY_2026, SiteBuild, attr, esc, image_for, inline_html, iso, pdf, weekday
from .richbody import RichArticle

SITE = "lmhtx-gialai"
NAME = "Liên minh Hợp tác xã tỉnh Gia Lai"
SHORT = "Liên minh HTX tỉnh Gia Lai"
HTML = "text/html; charset=utf-8"
JSON_TYPE = "application/json; charset=utf-8"
NEWS = "/chuyen-muc/tin-tuc"
DOCS = "/chuyen-muc/van-ban"
API = "/api/news"
ABOUT = "/bai-viet/gioi-thieu-lien-minh-hop-tac-xa-tinh-gia-lai-10001.html"
CONTACT = "/lien-he"
TAG = "/tag/ca-phe"
SEARCH = "/tim-kiem?q=ocop"
PER = 6
PDF_PATH = "/uploads/van-ban/2025/10/CV-215-LMHTX-VP.pdf"

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
TAGLINE = "Đồng hành cùng hợp tác xã phát triển bền vững"
SIDE = ["Đọc nhiều", "Đăng ký nhận bản tin", "Nhận tin mới về kinh tế tập thể qua email mỗi tuần",
        "Theo dõi chúng tôi", "Đường dây hỗ trợ HTX: 0256.3822.118"]
TTS = ["Nghe bài viết", "Giọng nữ miền Bắc", "Giọng nam miền Nam", "Tốc độ đọc"]
LABELS = ["Đọc thêm", "phút đọc", "Chia sẻ bài viết", "Sao chép liên kết", "Tin liên quan", "Từ khóa:", "Tài liệu đính kèm",
          "Tải xuống"]
COOKIE = "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web."
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Gia Lai",
          "Trụ sở: Số 125 Lê Lợi, phường Quy Nhơn, tỉnh Gia Lai",
          "Cơ sở 2: Số 02 Trần Hưng Đạo, phường Pleiku, tỉnh Gia Lai",
          "Điện thoại: 0256.3822.118 - Email: lienminhhtx@gialai.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Sơn - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 27/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Gia Lai cấp ngày 15/9/2025",
          "© 2025 Bản quyền thuộc Liên minh HTX tỉnh Gia Lai"]
BOILERPLATE = [TODAY, TAGLINE, *SIDE, *TTS, *LABELS, COOKIE, *FOOTER]

ORG = {"@type": "Organization", "name": NAME, "url": "{{base}}/"}


def art_path(slug: str, i: int) -> str:
    return f"/bai-viet/{slug}-{i}.html"


def meta(d: datetime, *, listed: bool = True) -> dict:
    return dict(published=iso(d), published_source="metadata",
                evidence=["metadata", "date-element"] + (["listing"] if listed else []))


def articles() -> list[RichArticle]:
    A = RichArticle
    return [
        A(path=art_path("lien-minh-htx-tinh-trien-khai-nhiem-vu-nam-2026", 10688),
          title="Liên minh HTX tỉnh triển khai nhiệm vụ năm 2026",
          date=datetime(2026, 1, 15, 8, 30),
          lead="Năm 2026, Liên minh HTX tỉnh Gia Lai đặt mục tiêu thành lập mới 120 HTX, đưa doanh thu bình quân của một HTX lên 3,5 tỷ đồng.",
          body="""
Sáng 14/1, Liên minh HTX tỉnh tổ chức hội nghị tổng kết công tác năm 2025, năm đầu tiên hoạt động sau khi hợp nhất Liên minh HTX hai tỉnh Gia Lai và Bình Định.
Toàn tỉnh hiện có 1.274 HTX, 26 liên hiệp HTX và hơn 3.100 tổ hợp tác; năm 2025 thành lập mới 138 HTX, vượt 15% kế hoạch.
[img hoi-nghi-tong-ket-2025.png] Quang cảnh hội nghị tổng kết công tác năm 2025 tại phường Quy Nhơn
## Ba nhóm nhiệm vụ trọng tâm
* Hỗ trợ HTX xây dựng vùng nguyên liệu cà phê, hồ tiêu, dừa đạt chuẩn xuất khẩu;
* Đẩy mạnh chuyển đổi số, phấn đấu 60% HTX sử dụng hóa đơn điện tử và phần mềm kế toán;
* Nâng cao hiệu quả cho vay của Quỹ hỗ trợ phát triển HTX tỉnh sau hợp nhất.
Dịp này, 24 HTX tiêu biểu được tặng Bằng khen của Chủ tịch UBND tỉnh.
""",
          byline="Thanh Nhàn", author="Thanh Nhàn", **meta(datetime(2026, 1, 15, 8, 30)),
          opts={"id": 10688, "ld_author": {"@type": "Person", "name": "Thanh Nhàn"},
                "modified": datetime(2026, 1, 16, 10, 5), "read": 4, "tags": ["ocop"], "inline": 10625},
          notes=["date shown '15/01/2026 | 08:30 GMT+7' beside 'N phút đọc' under a text-to-speech player; JSON-LD "
                 "NewsArticle datePublished and a Person author matching the closing byline 'Thanh Nhàn'"]),
        A(path=art_path("htx-ca-phe-ia-grai-xuat-khau-lo-ca-phe-dac-san-dau-tien", 10671),
          title="HTX cà phê Ia Grai xuất khẩu lô cà phê đặc sản đầu tiên",
          date=datetime(2026, 1, 9, 14, 20),
          lead="Lô 19,2 tấn cà phê nhân đặc sản của HTX Nông nghiệp - Dịch vụ Ia Grai vừa được xuất sang Nhật Bản với giá cao gấp đôi cà phê thông thường.",
          body="""
HTX có 62 thành viên canh tác 148 ha cà phê theo tiêu chuẩn 4C, trong đó 35 ha chỉ thu hái quả chín trên 95% để chế biến cà phê đặc sản.
Quả chín được sơ chế ướt, phơi trên giàn lưới trong nhà kính từ 18 đến 22 ngày; mỗi lô đều được chuyên gia nếm thử và chấm điểm chất lượng trước khi xuất.
[img ca-phe-ia-grai.png] Thành viên HTX phơi cà phê trên giàn lưới trong nhà kính
Theo Giám đốc HTX Rơ Châm Thuật, giá bán lô hàng đạt 210.000 đồng/kg, thu nhập của các hộ tham gia tăng khoảng 40% so với bán cà phê nhân xô.
Năm 2026, HTX dự kiến mở rộng vùng cà phê đặc sản lên 60 ha và xây dựng điểm trải nghiệm cà phê cho du khách.
""",
          byline="Hoàng Hoài", author="Hoàng Hoài", **meta(datetime(2026, 1, 9, 14, 20)),
          opts={"id": 10671, "ld_author": ORG, "modified": datetime(2026, 1, 9, 14, 20), "read": 3,
                "tags": ["ca-phe"], "inline": 10598},
          notes=["JSON-LD author is the Organization (the site) while the text closes with the byline 'Hoàng Hoài': "
                 "the author is the person",
                 "an inline 'Đọc thêm' card (thumbnail and another article's title) between the second and third "
                 "paragraphs: not text, the text goes on after it"]),
        A(path=art_path("htx-muoi-tan-an-dua-muoi-sach-vao-sieu-thi", 10642),
          title="HTX muối Tân An đưa muối sạch vào siêu thị",
          date=datetime(2025, 12, 5, 6, 45),
          lead="Sau hai năm chuyển sang sản xuất muối trên bạt, HTX Sản xuất muối Tân An (xã Đề Gi) đã có sản phẩm muối sạch bày bán tại các siêu thị ở Quy Nhơn và Pleiku.",
          body="""
HTX có 85 hộ thành viên với 32 ha đồng muối; thay vì kết tinh muối trên nền đất, các hộ trải bạt nhựa chuyên dụng nên hạt muối trắng, sạch và không lẫn tạp chất.
Năng suất muối trên bạt đạt khoảng 110 tấn/ha mỗi vụ, giá bán cao hơn muối thường từ 1.000 đến 1.500 đồng/kg.
[img muoi-tan-an.png] Diêm dân HTX Tân An thu hoạch muối trên ruộng trải bạt
HTX đã đầu tư máy sấy, máy đóng gói và đăng ký nhãn hiệu “Muối sạch Đề Gi”; sản phẩm muối ớt, muối tôm đang được hoàn thiện hồ sơ dự thi OCOP.
""",
          byline="Bài và ảnh: Ngọc Minh", author="Ngọc Minh", **meta(datetime(2025, 12, 5, 6, 45)),
          opts={"id": 10642, "ld_author": {"@type": "Person", "name": "Ngọc Minh"}, "utc": True,
                "modified": datetime(2025, 12, 5, 9, 0), "read": 3, "tags": ["ocop"]},
          notes=["JSON-LD datePublished in UTC '2025-12-04T23:45:00Z' (the previous calendar day); the page shows "
                 "'05/12/2025 | 06:45 GMT+7': published 2025-12-05T06:45:00+07:00; byline 'Bài và ảnh: Ngọc Minh'"]),
        A(path=art_path("hoi-cho-san-pham-ocop-va-htx-tinh-gia-lai-nam-2025", 10625),
          title="Hội chợ sản phẩm OCOP và HTX tỉnh Gia Lai năm 2025 thu hút hơn 40.000 lượt khách",
          date=datetime(2025, 11, 28, 10, 0),
          lead="Sau năm ngày tổ chức tại Quảng trường Nguyễn Tất Thành, Hội chợ sản phẩm OCOP và HTX tỉnh Gia Lai năm 2025 đạt doanh thu bán lẻ gần 6 tỷ đồng.",
          body="""
Hội chợ có 180 gian hàng của 142 HTX, doanh nghiệp và chủ thể OCOP trong tỉnh cùng 11 tỉnh, thành phố bạn, trưng bày hơn 900 sản phẩm.
Bên cạnh cà phê, hồ tiêu, mắc ca của vùng Tây Nguyên, khách tham quan đặc biệt quan tâm các sản phẩm vùng biển như nước mắm, muối sạch, yến sào và dừa Tam Quan.
[img hoi-cho-ocop-2025.png] Khách tham quan gian hàng sản phẩm OCOP của các HTX
Trong thời gian hội chợ, 27 hợp đồng và biên bản ghi nhớ tiêu thụ sản phẩm đã được ký kết giữa HTX với doanh nghiệp phân phối.
""",
          author=None, **meta(datetime(2025, 11, 28, 10, 0)),
          opts={"id": 10625, "ld_author": ORG, "modified": datetime(2025, 11, 28, 10, 0), "read": 2,
                "tags": ["ocop"]},
          notes=["no byline; JSON-LD author is the Organization (the site's name): author null"]),
        A(path=art_path("htx-dua-tam-quan-mo-rong-lien-ket-tieu-thu", 10611),
          title="HTX dừa Tam Quan mở rộng liên kết tiêu thụ",
          date=datetime(2025, 11, 20, 16, 30),
          lead="HTX Nông nghiệp Tam Quan Bắc ký hợp đồng cung ứng mỗi tháng 300.000 trái dừa cho một doanh nghiệp chế biến thạch dừa và nước dừa đóng lon.",
          body="""
Tam Quan có gần 4.000 ha dừa, phần lớn do các hộ nhỏ trồng xen trong vườn nhà; trước đây dừa chủ yếu bán cho thương lái với giá bấp bênh.
Theo hợp đồng, HTX thu gom dừa của thành viên và các hộ liên kết, phân loại theo kích cỡ; doanh nghiệp thu mua với giá sàn 5.000 đồng/trái, cao hơn giá thương lái khoảng 15%.
[img dua-tam-quan.png] Thành viên HTX phân loại dừa trước khi giao cho doanh nghiệp
Nguồn: Báo Gia Lai
""",
          author=None, **meta(datetime(2025, 11, 20, 16, 30)),
          opts={"id": 10611, "ld_author": ORG, "modified": datetime(2025, 11, 21, 8, 0), "read": 2, "tags": []},
          notes=["the text ends with 'Nguồn: Báo Gia Lai' (a source, part of the text); JSON-LD author the "
                 "Organization: author null"]),
        A(path=art_path("tap-huan-chuyen-doi-so-cho-htx-vung-dong-bao-dan-toc-thieu-so", 10598),
          title="Tập huấn chuyển đổi số cho HTX vùng đồng bào dân tộc thiểu số",
          date=datetime(2025, 11, 12, 9, 10),
          lead="Hơn 60 cán bộ quản lý HTX ở các xã vùng đồng bào dân tộc thiểu số phía tây tỉnh được hướng dẫn sử dụng phần mềm kế toán và bán hàng trực tuyến.",
          body="""
Lớp tập huấn do Liên minh HTX tỉnh phối hợp với Viễn thông Gia Lai tổ chức trong ba ngày tại phường Pleiku.
Học viên được thực hành lập hóa đơn điện tử, quản lý danh sách thành viên trên điện thoại, mở gian hàng và quay video giới thiệu sản phẩm.
[img tap-huan-chuyen-doi-so.png] Học viên thực hành mở gian hàng trên sàn thương mại điện tử
Liên minh HTX tỉnh sẽ hỗ trợ miễn phí phần mềm kế toán trong năm đầu cho 30 HTX có học viên tham gia lớp học.
""",
          byline="Vũ Thảo", author="Vũ Thảo", **meta(datetime(2025, 11, 12, 9, 10)),
          opts={"id": 10598, "ld_author": {"@type": "Person", "name": "Vũ Thảo"},
                "modified": datetime(2025, 11, 12, 9, 10), "read": 2, "tags": []}),
        A(path=art_path("htx-ho-tieu-chu-se-dat-chung-nhan-huu-co", 10574),
          title="HTX hồ tiêu Chư Sê đạt chứng nhận hữu cơ",
          date=datetime(2025, 10, 30, 15, 0),
          lead="HTX Hồ tiêu Chư Sê vừa được cấp chứng nhận sản xuất hữu cơ theo tiêu chuẩn quốc gia cho 45 ha hồ tiêu của 38 thành viên.",
          body="""
Để đạt chứng nhận, các hộ thành viên ngừng dùng phân bón hóa học và thuốc bảo vệ thực vật trong ba năm, chuyển sang dùng phân hữu cơ ủ từ vỏ cà phê và chế phẩm sinh học.
Năng suất hồ tiêu hữu cơ thấp hơn khoảng 15% nhưng giá bán cao hơn 30%, lại được doanh nghiệp bao tiêu theo hợp đồng dài hạn.
[img ho-tieu-chu-se.png] Thành viên HTX thu hoạch hồ tiêu hữu cơ
""",
          byline="Đức Thụy", author="Đức Thụy", **meta(datetime(2025, 10, 30, 15, 0), listed=False),
          opts={"id": 10574, "ld_author": {"@type": "Person", "name": "Đức Thụy"},
                "modified": datetime(2025, 11, 2, 7, 40), "read": 2, "tags": []},
          notes=["older than the six cards of /chuyen-muc/tin-tuc: linked from no HTML page; only the 'Xem thêm' "
                 "button's JSON API (/api/news?cat=tin-tuc&page=2) and /sitemap.xml (announced in robots.txt) list it"]),
        A(path=art_path("lien-minh-htx-tinh-so-ket-9-thang-nam-2025", 10559),
          title="Liên minh HTX tỉnh sơ kết 9 tháng năm 2025",
          date=datetime(2025, 10, 21, 8, 0),
          lead="Chín tháng năm 2025, khu vực kinh tế tập thể của tỉnh thành lập mới 97 HTX; doanh thu bình quân một HTX ước đạt 3,1 tỷ đồng.",
          body="""
Chiều 20/10, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác 9 tháng, đánh giá ba tháng hoạt động sau hợp nhất.
Bộ máy cơ quan đã ổn định tại hai cơ sở ở phường Quy Nhơn và phường Pleiku; Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 18,6 tỷ đồng cho 41 dự án.
[img so-ket-9-thang-gl.png] Quang cảnh hội nghị sơ kết 9 tháng
Hội nghị thống nhất tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh vào cuối tháng 11 để kết nối tiêu thụ cho HTX hai vùng.
""",
          author=None, **meta(datetime(2025, 10, 21, 8, 0), listed=False),
          opts={"id": 10559, "ld_author": ORG, "modified": datetime(2025, 10, 21, 8, 0), "read": 2, "tags": []},
          notes=["sitemap-only (API page 2) and no byline: author null (JSON-LD names the Organization)"]),
        A(path=art_path("htx-yen-sao-hoai-nhon-nang-tam-san-pham", 10537),
          title="HTX yến sào Hoài Nhơn nâng tầm sản phẩm",
          date=datetime(2025, 10, 8, 7, 30),
          lead="Từ những nhà nuôi yến nhỏ lẻ, 27 hộ ở phường Hoài Nhơn đã liên kết thành lập HTX để cùng sơ chế, đóng gói và bán yến sào mang một thương hiệu chung.",
          body="""
HTX xây dựng xưởng sơ chế đạt chuẩn an toàn thực phẩm, áp dụng quy trình làm sạch tổ yến bằng tay và kiểm nghiệm từng lô trước khi đóng hộp.
Hai sản phẩm yến tinh chế và yến chưng sẵn của HTX đã đạt OCOP 3 sao, được bán tại các cửa hàng đặc sản và trên sàn thương mại điện tử.
[img yen-sao-hoai-nhon.png] Thành viên HTX làm sạch tổ yến tại xưởng sơ chế
""",
          byline="Hoàng Hoài", author="Hoàng Hoài", **meta(datetime(2025, 10, 8, 7, 30), listed=False),
          opts={"id": 10537, "ld_author": {"@type": "Person", "name": "Hoàng Hoài"},
                "modified": datetime(2025, 10, 8, 7, 30), "read": 2, "tags": ["ocop"]}),
        A(path=art_path("cong-van-ve-viec-dang-ky-tham-gia-hoi-cho-san-pham-ocop-va-htx-nam-2025", 10563),
          title="Công văn về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX tỉnh Gia Lai năm 2025",
          date=datetime(2025, 10, 22, 9, 0),
          body="""
LIÊN MINH HTX TỈNH GIA LAI
Số: 215/LMHTX-VP
Gia Lai, ngày 21 tháng 10 năm 2025
V/v đăng ký tham gia Hội chợ sản phẩm OCOP và HTX tỉnh Gia Lai năm 2025
Kính gửi: Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
Thực hiện Kế hoạch số 86/KH-LMHTX ngày 10/10/2025 của Liên minh HTX tỉnh về tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Gia Lai năm 2025, Liên minh HTX tỉnh đề nghị các đơn vị đăng ký tham gia như sau:
1. Thời gian: từ ngày 24 đến ngày 28/11/2025.
2. Địa điểm: Quảng trường Nguyễn Tất Thành, phường Quy Nhơn.
3. Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 10/11/2025.
Nơi nhận: Như trên; Lưu VT, VP.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Trần Thị Thu Hà
""",
          author=None, doc_number="215/LMHTX-VP",
          attachments=[{"path": PDF_PATH, "text": "CV-215-LMHTX-VP.pdf"}], **meta(datetime(2025, 10, 22, 9, 0)),
          opts={"id": 10563, "ld_author": ORG, "modified": datetime(2025, 10, 22, 9, 0), "read": 1, "tags": [],
                "docs": True},
          notes=["official letter 'Số: 215/LMHTX-VP', place-date line 'Gia Lai, ngày 21 tháng 10 năm 2025' the day "
                 "before the posting (22/10/2025 | 09:00 GMT+7); signer last; JSON-LD author the Organization: author "
                 "null; the PDF in a 'Tài liệu đính kèm' box after the text"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/uploads/2025/{src}"


def shown(d: datetime) -> str:
    return f"{d:%d/%m/%Y | %H:%M} GMT+7"


def ld_date(d: datetime, utc: bool = False) -> str:
    if utc:
        return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")
    return iso(d)


def render_body(a: RichArticle, inline: RichArticle | None = None) -> str:
    parts = []
    paras = 0
    for b in a.blocks:
        if inline is not None and paras == 2:
            parts.append(f'<div class="inline-related"><span class="inline-related__label">Đọc thêm</span>'
                         f'<a href="{inline.path}"><img src="{img(inline.first_image() or "no-image.png")}" alt="" '
                         f'loading="lazy"><span class="inline-related__title">{esc(inline.title)}</span></a></div>')
            paras += 1
        if b.kind == "p":
            if b.text.startswith("Nguồn:"):
                parts.append(f'<p class="source" style="text-align: right;"><em>{inline_html(b.text)}</em></p>')
            else:
                parts.append(f"<p>{inline_html(b.text)}</p>")
            paras += 1
        elif b.kind == "h":
            parts.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<figure class="article-image"><img src="{img(b.src)}" alt="{attr(b.text)}" loading="lazy" '
                         f'width="800" height="533">'
                         + (f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else "") + "</figure>")
    if a.byline:
        parts.append(f'<p class="article-author" style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def card(a: RichArticle, *, summary: bool = True) -> str:
    pic = a.first_image() or "no-image.png"
    return (f'<article class="card-news"><a class="card-thumb" href="{a.path}"><img src="{img(pic)}" alt="" loading="lazy"></a>'
            f'<div class="card-body"><h3 class="card-title"><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<div class="card-date">{a.date:%d/%m/%Y}</div>'
            + (f'<p class="card-sapo">{esc(a.summary())}</p>' if summary else "") + "</div></article>")


def next_data(page: str, props: dict) -> str:
    data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": {}, "buildId": "kH3x9QpL2mVw",
            "isFallback": False, "gssp": True, "locale": "vi", "scriptLoader": []}
    text = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    return f'<script id="__NEXT_DATA__" type="application/json">{text}</script>'


def json_ld(obj: dict) -> str:
    return ('<script type="application/ld+json">' + json.dumps(obj, ensure_ascii=False).replace("</", "<\\/")
            + "</script>")


def article_ld(a: RichArticle) -> dict:
    return {"@context": "https://schema.org", "@type": "NewsArticle", "mainEntityOfPage": "{{base}}" + a.path,
            "headline": a.title, "description": a.summary(),
            "image": ["{{base}}" + img(a.first_image() or "no-image.png")],
            "datePublished": ld_date(a.date, a.opts.get("utc", False)),
            "dateModified": ld_date(a.opts["modified"], a.opts.get("utc", False)),
            "author": a.opts["ld_author"],
            "publisher": {"@type": "Organization", "name": NAME,
                          "logo": {"@type": "ImageObject", "url": "{{base}}/images/logo-lmhtx-gialai.png"}}}


def article_main(a: RichArticle, related: list[RichArticle], inline: RichArticle | None = None) -> str:
    cat = (DOCS, "Văn bản") if a.opts.get("docs") else (NEWS, "Tin tức")
    sapo = f'<div class="article-sapo">{inline_html(a.lead)}</div>' if a.lead else ""
    att = ""
    if a.attachments:
        f = a.attachments[0]
        att = (f'<div class="article-files"><h4>Tài liệu đính kèm</h4><ul><li><a href="{f["path"]}">{esc(f["text"])}</a> '
               f'<a class="btn-download" href="{f["path"]}" download>Tải xuống</a></li></ul></div>')
    tags = {"ocop": ("OCOP", "/tag/ocop"), "ca-phe": ("cà phê", TAG)}
    tag_links = ", ".join(f'<a href="{tags[t][1]}">{tags[t][0]}</a>' for t in a.opts["tags"]) or \
        f'<a href="{NEWS}">hợp tác xã</a>'
    rel = "".join(card(o, summary=False) for o in related)
    return (f'<nav class="breadcrumb" aria-label="breadcrumb"><a href="/">Trang chủ</a><span>/</span>'
            f'<a href="{cat[0]}">{cat[1]}</a></nav>'
            f'<h1 class="article-title">{esc(a.title)}</h1>'
            f'<div class="article-meta"><a class="article-cat" href="{cat[0]}">{cat[1]}</a>'
            f'<span class="article-date">{shown(a.date)}</span><span class="reading-time">{a.opts["read"]} phút đọc</span></div>'
            f'<div class="tts-player"><button type="button" class="btn-tts">{TTS[0]}</button>'
            f'<select aria-label="Giọng đọc"><option>{TTS[1]}</option><option>{TTS[2]}</option></select>'
            f'<label>{TTS[3]} <select><option>1x</option><option>1.25x</option></select></label></div>'
            f'{sapo}<div class="article-content">\n{render_body(a, inline)}\n</div>{att}'
            f'<div class="article-tags"><span>Từ khóa:</span> {tag_links}</div>'
            '<div class="article-share"><span>Chia sẻ bài viết</span> <button type="button">Facebook</button> '
            '<button type="button">Zalo</button> <button type="button" class="copy-link">Sao chép liên kết</button></div>'
            f'<section class="related-news"><h2 class="section-title">Tin liên quan</h2><div class="grid">{rel}</div></section>')


def layout(title: str, main: str, popular: list[RichArticle], *, head: str = "", data: str = "") -> str:
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                    (CONTACT, "Liên hệ")])
    pop = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in popular)
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[:6])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | {SHORT}</title>{head}
<link rel="icon" href="/favicon.png">
<link rel="stylesheet" href="/_next/static/css/9f1c2a7e4b.css">
</head>
<body>
<div id="__next">
<header class="site-header">
<div class="topbar"><div class="container"><span class="today">{TODAY}</span>
<div class="topbar-right"><a href="{CONTACT}">Liên hệ</a> <a href="/rss">RSS</a></div></div></div>
<div class="brand"><div class="container"><a href="/" class="logo"><img src="/images/logo-lmhtx-gialai.png" alt="{SHORT}"></a>
<div class="brand-text"><div class="brand-name">LIÊN MINH HỢP TÁC XÃ TỈNH GIA LAI</div><div class="brand-tagline">{TAGLINE}</div></div></div></div>
<nav class="navbar"><div class="container"><ul class="navbar-nav">{menu}</ul>
<form class="search-form" action="/tim-kiem" method="get"><input type="search" name="q" placeholder="Tìm kiếm..."><button type="submit" aria-label="Tìm kiếm"></button></form>
<div class="trending">Xu hướng: <a href="{SEARCH}">#ocop</a> <a href="{TAG}">#cà phê</a></div></div></nav>
</header>
<main class="container main-content"><div class="row">
<div class="col-lg-8">
{main}
</div>
<aside class="col-lg-4 sidebar">
<section class="widget"><h2 class="widget-title">{SIDE[0]}</h2><ol class="popular">{pop}</ol></section>
<section class="widget newsletter"><h2 class="widget-title">{SIDE[1]}</h2><p>{SIDE[2]}</p>
<form action="javascript:void(0)"><input type="email" placeholder="Email của bạn"><button type="button">Đăng ký</button></form></section>
<section class="widget social"><h2 class="widget-title">{SIDE[3]}</h2><a href="{{{{base:offsite}}}}/facebook/lmhtxgialai" target="_blank" rel="noopener">Facebook</a> <a href="{{{{base:offsite}}}}/youtube/lmhtxgialai" target="_blank" rel="noopener">YouTube</a> <a href="{{{{base:offsite}}}}/zalo/lmhtxgialai" target="_blank" rel="noopener">Zalo OA</a></section>
<section class="widget hotline"><p>{SIDE[4]}</p></section>
</aside>
</div></main>
<footer class="site-footer"><div class="container"><div class="footer-brand">LIÊN MINH HỢP TÁC XÃ TỈNH GIA LAI</div>{footer}
<div class="copyright">{esc(FOOTER[6])}</div></div></footer>
<div class="cookie-consent" role="dialog"><p>{COOKIE}</p><button type="button">Đồng ý</button></div>
</div>
{data}
<script src="/_next/static/chunks/framework-3b5a4c.js" defer></script>
<script src="/_next/static/chunks/pages/_app-8d1e0f.js" defer></script>
</body>
</html>
"""


def api_item(a: RichArticle) -> dict:
    return {"id": a.opts["id"], "title": a.title, "url": a.path, "date": f"{a.date:%d/%m/%Y}",
            "sapo": a.summary(), "thumb": img(a.first_image() or "no-image.png")}


def build() -> SiteBuild:
    site = SiteBuild(SITE, "gia-lai", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if not a.opts.get("docs")]
    docs = [a for a in arts if a.opts.get("docs")]
    first, older = news[:PER], news[PER:]
    popular = [first[1], first[3], first[0], first[5], first[2]]
    visible = first + docs  # what HTML pages may link
    by_id = {a.opts["id"]: a for a in arts}

    for a in arts:
        related = [o for o in first if o is not a][:3]
        head = (f'\n<meta name="description" content="{attr(a.summary())}">\n<link rel="canonical" href="{{{{base}}}}{a.path}">'
                f'\n<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a.title)}">'
                f'\n<meta property="og:url" content="{{{{base}}}}{a.path}">\n{json_ld(article_ld(a))}')
        props = {"article": {"id": a.opts["id"], "title": a.title, "sapo": a.lead or "",
                             "publishedAt": ld_date(a.date, True), "category": "van-ban" if a.opts.get("docs") else "tin-tuc"},
                 "related": [api_item(o) for o in related]}
        inline = by_id.get(a.opts.get("inline"))
        site.page(a.path, layout(a.title, article_main(a, related, inline), popular, head=head,
                                 data=next_data("/bai-viet/[slug]", props)), content_type=HTML)
        site.add_article(a)
        if a in older:
            site.only_in[a.path] = "sitemap"
    site.binary("/favicon.png", image_for("/favicon.png"))
    site.binary(PDF_PATH, pdf("Công văn số 215/LMHTX-VP", ["V/v dang ky tham gia Hoi cho san pham OCOP va HTX 2025",
                                                           "Lien minh HTX tinh Gia Lai"]))

    # the category: six cards and a "Xem thêm" button that fetches the JSON API
    def category(path: str, name: str, slug: str, items: list[RichArticle]) -> None:
        shown_items, rest = items[:PER], items[PER:]
        more = ""
        if rest:
            more = (f'<div class="load-more"><button type="button" class="btn btn-outline-primary btn-loadmore" '
                    f'data-api="{API}?cat={slug}&amp;page=2">Xem thêm</button></div>'
                    "<script>document.querySelector('.btn-loadmore').addEventListener('click',function(e){"
                    "fetch(e.target.dataset.api).then(function(r){return r.json()}).then(function(d){/* append cards */})})"
                    "</script>")
        main = (f'<h1 class="category-title">{name}</h1><div class="list-news">'
                + "".join(card(a) for a in shown_items) + f"</div>{more}")
        data = next_data("/chuyen-muc/[slug]", {"category": {"slug": slug, "name": name},
                                                "items": [api_item(a) for a in shown_items],
                                                "nextPage": f"{API}?cat={slug}&page=2" if rest else None})
        site.page(path, layout(name, main, popular, data=data), content_type=HTML)
        site.non_articles.append(path)
        pages = [items[k:k + PER] for k in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            nxt = f"{API}?cat={slug}&page={n + 1}" if n < len(pages) else None
            body = json.dumps({"items": [api_item(a) for a in chunk], "page": n, "next": nxt}, ensure_ascii=False)
            site.page(f"{API}?cat={slug}&page={n}", body, content_type=JSON_TYPE)

    category(NEWS, "Tin tức", "tin-tuc", news)
    category(DOCS, "Văn bản", "van-ban", docs)
    site.trap("/chuyen-muc/tin-tuc renders six cards and a 'Xem thêm' button (data-api) whose script fetches "
              "/api/news?cat=tin-tuc&page=2: JSON {items: [{title, url, date, ...}], next}; the three oldest news "
              "items are in no HTML page, only in that JSON and in /sitemap.xml (robots.txt announces it)",
              f"{API}?cat=tin-tuc&page=2")

    # home: a hero, four cards and the document box
    hero, *rest = first[:5]
    home = (f'<section class="hero"><a href="{hero.path}"><img src="{img(hero.first_image())}" alt=""></a>'
            f'<h2 class="hero-title"><a href="{hero.path}">{esc(hero.title)}</a></h2><p>{esc(hero.summary())}</p></section>'
            '<section class="home-news"><h2 class="section-title">Tin mới</h2><div class="grid">'
            + "".join(card(a) for a in rest) + f'</div><a class="more" href="{NEWS}">Xem tất cả</a></section>'
            f'<section class="home-docs"><h2 class="section-title"><a href="{DOCS}">Văn bản mới</a></h2><ul>'
            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span>{a.date:%d/%m/%Y}</span></li>' for a in docs)
            + "</ul></section>")
    site.page("/", layout("Trang chủ", home, popular, data=next_data("/", {"hero": api_item(hero)})), content_type=HTML)

    # the introduction: the article address shape and template, JSON-LD WebPage, no date
    about = [
        "Liên minh Hợp tác xã tỉnh Gia Lai được hợp nhất từ Liên minh Hợp tác xã tỉnh Gia Lai và Liên minh Hợp tác xã "
        "tỉnh Bình Định theo Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh, hoạt động từ ngày 01 tháng "
        "7 năm 2025.",
        "Liên minh là tổ chức chính trị - xã hội, có chức năng đại diện, bảo vệ quyền và lợi ích hợp pháp của thành "
        "viên; tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ hợp tác xã về đào tạo, tiếp cận vốn, "
        "xúc tiến thương mại và ứng dụng khoa học công nghệ.",
        "Cơ quan Liên minh làm việc tại trụ sở phường Quy Nhơn và cơ sở 2 ở phường Pleiku, gồm Văn phòng, Ban Kiểm tra, "
        "Ban Tuyên truyền - Thi đua, Ban Hỗ trợ phát triển hợp tác xã, Quỹ hỗ trợ phát triển hợp tác xã tỉnh và Trung "
        "tâm Tư vấn, hỗ trợ hợp tác xã.",
        "Vùng cao nguyên phía tây có thế mạnh về cà phê, hồ tiêu, mắc ca và cây ăn quả; vùng đồng bằng ven biển phía "
        "đông có thế mạnh về dừa, muối, thủy sản và du lịch biển: đó là nền tảng để hợp tác xã hai vùng liên kết cùng "
        "phát triển."]
    about_main = (f'<nav class="breadcrumb" aria-label="breadcrumb"><a href="/">Trang chủ</a><span>/</span>'
                  f'<a href="{ABOUT}">Giới thiệu</a></nav><h1 class="article-title">Giới thiệu Liên minh Hợp tác xã tỉnh Gia Lai</h1>'
                  '<div class="article-content">' + "".join(f"<p>{esc(p)}</p>" for p in about)
                  + f'<figure class="article-image"><img src="{img("tru-so-lien-minh.png")}" alt="" width="800" height="533">'
                  "</figure></div>")
    ld = {"@context": "https://schema.org", "@type": "WebPage", "name": "Giới thiệu", "url": "{{base}}" + ABOUT}
    site.page(ABOUT, layout("Giới thiệu", about_main, popular,
                            head=f'\n<link rel="canonical" href="{{{{base}}}}{ABOUT}">\n{json_ld(ld)}',
                            data=next_data("/bai-viet/[slug]", {"page": {"slug": "gioi-thieu", "type": "page"}})),
              content_type=HTML)
    site.trap("the introduction /bai-viet/gioi-thieu-lien-minh-hop-tac-xa-tinh-gia-lai-10001.html is in the article "
              "address shape and template (h1, four long paragraphs, a photo; JSON-LD WebPage, no date): not an "
              "article", ABOUT)

    site.page(CONTACT, layout("Liên hệ", f'<h1 class="category-title">Liên hệ</h1><p>{NAME}</p><p>{esc(FOOTER[1])}</p>'
                              f'<p>{esc(FOOTER[3])}</p><form action="javascript:void(0)"><input name="name" placeholder="Họ và tên">'
                              '<textarea name="message" placeholder="Nội dung"></textarea><button type="button">Gửi</button></form>',
                              popular), content_type=HTML)
    for path, label, items in [(TAG, "cà phê", [a for a in visible if "ca-phe" in a.opts["tags"]]),
                               ("/tag/ocop", "OCOP", [a for a in visible if "ocop" in a.opts["tags"]])]:
        site.page(path, layout(f"Từ khóa: {label}", f'<h1 class="category-title">Từ khóa: {label}</h1><div class="list-news">'
                               + "".join(card(a) for a in items) + "</div>", popular), content_type=HTML)
        site.non_articles.append(path)
    found = [a for a in visible if "OCOP" in a.title + (a.lead or "") + a.body]
    site.page(SEARCH, layout("Tìm kiếm", '<h1 class="category-title">Kết quả tìm kiếm: ocop</h1><div class="list-news">'
                             + "".join(card(a) for a in found) + "</div>", popular), content_type=HTML)
    rss = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link>"
                  f"<pubDate>{a.date:%d/%m/%Y %H:%M}</pubDate></item>" for a in first[:4])
    site.page("/rss", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                      f"<title>{SHORT}</title><link>{{{{base}}}}/</link>{rss}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.non_articles += ["/", ABOUT, CONTACT, SEARCH]
    site.trap("tag pages /tag/ca-phe, /tag/ocop and search /tim-kiem?q=ocop (cards with dates): not articles", TAG)

    urls = [("/", None), (NEWS, None), (DOCS, None), (ABOUT, None)] + [(a.path, a.opts["modified"]) for a in arts]
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "".join(f"<url><loc>{{{{base}}}}{p}</loc>" + (f"<lastmod>{iso(m)}</lastmod>" if m else "")
                          + "</url>\n" for p, m in urls) + "</urlset>\n")
    site.static("/robots.txt", "User-agent: *\nAllow: /\nDisallow: /_next/data/\n\nSitemap: {{base}}/sitemap.xml\n")
    return site
