"""Site `lmhtx-danang` (registry family `generic`): the portal of the Đà Nẵng city cooperative alliance
(Quảng Nam merged into the city in 2025), rebuilt in 2026 as a Next.js application rendered on the
server (pages router), built blind as a held-out test: no family module, no selectors.

Why it is hard: nothing in the markup is named by meaning except through CSS-module class names
with a build hash (`styles_title__x8Kq2`, `Header_top__…`), identical for the article and for the
CMS's static pages. The whole page's data is ALSO in `<script id="__NEXT_DATA__"
type="application/json">` (the article's content as escaped HTML, publishedAt in UTC, the related
articles, the menu): a script, not text. Images go through `/_next/image?url=…&w=828&q=75`.
Articles are `/tin-tuc/<slug>-<numeric id>`; the route reads only the id, so an old slug still
answers (the home page's "Tiêu điểm" box links one article by the slug it had before its title
was edited; rel=canonical names the current one). The article shows "14:05, 12/11/2026" (Vietnam
time) while `article:published_time` and the JSON say `2026-11-12T07:05:00.000Z` (UTC): an
article posted at 06:30 on 21 November is `2026-11-20T23:30:00.000Z`. Listings print relative
times for the last week ("3 giờ trước", "2 ngày trước", against the page's render time) and
dd/mm/yyyy for older items, and page with `?page=2`. The author is a name (a link to
`/tac-gia/<slug>`) in the meta line above the sapo, or a typed byline at the end of the content,
or nobody.
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import Article, SiteBuild, attr, esc, image_for, inline_html, inline_text, pdf, weekday

SITE = "lmhtx-danang"
NAME = "Liên minh Hợp tác xã thành phố Đà Nẵng"
SHORT = "Liên minh HTX thành phố Đà Nẵng"
HTML = "text/html; charset=utf-8"
NOW = datetime(2026, 11, 23, 10, 5)  # when the pages were rendered
NEWS = "/tin-tuc"
PER = 6
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
TAG = "/tag/ocop"
SEARCH = "/tim-kiem?q=ocop"
ADMIN = "/admin/dang-nhap"
BUILD_ID = "kq3B8xV2nPz_0aLmT7yWc"
PDF_PATH = "/uploads/van-ban/2026/11/85-QD-LMHTX.pdf"
CATS = {"hd": ("/chuyen-muc/hoat-dong-lien-minh", "Hoạt động Liên minh"),
        "mh": ("/chuyen-muc/mo-hinh-htx-ocop", "Mô hình HTX - OCOP"),
        "vb": ("/chuyen-muc/van-ban", "Văn bản")}

TODAY = f"{weekday(NOW)}, {NOW:%d/%m/%Y}"
SLOGANS = ["Chào mừng Đại hội đại biểu Liên minh Hợp tác xã thành phố Đà Nẵng lần thứ I, nhiệm kỳ 2026 - 2031",
           "Hợp tác - Sáng tạo - Phát triển bền vững"]
TOP = ["Đường dây nóng: 0236.3822.456", "Đà Nẵng 24°C", "Có mưa rào rải rác", "Đăng nhập"]
SIDE = ["Đọc nhiều", "Văn bản mới", "Thăm dò ý kiến", "Thống kê truy cập", "Đang trực tuyến: 35", "Hôm nay: 1.208",
        "Tổng lượt truy cập: 3.406.117", "Liên kết website"]
POLL_Q = "Theo bạn, HTX cần được hỗ trợ nhiều nhất ở lĩnh vực nào?"
POLL_A = ("Tiếp cận vốn vay ưu đãi", "Chuyển đổi số, thương mại điện tử", "Đào tạo cán bộ quản lý")
FOOTER = ["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ ĐÀ NẴNG",
          "Cơ quan chủ quản: Liên minh Hợp tác xã thành phố Đà Nẵng",
          "Địa chỉ: Tầng 5, Trung tâm Hành chính thành phố, số 24 Trần Phú, phường Hải Châu, thành phố Đà Nẵng",
          "Điện thoại: 0236.3822.456 - Email: lmhtx@danang.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Lê Văn Tấn - Chủ tịch Liên minh HTX thành phố",
          "Giấy phép số 28/GP-TTĐT do Sở Văn hóa và Thể thao thành phố Đà Nẵng cấp ngày 12/3/2026",
          "© 2026 Liên minh HTX thành phố Đà Nẵng. Ghi rõ nguồn khi phát hành lại thông tin từ website này."]
LABELS = ["Trang chủ", "lượt xem", "Chia sẻ:", "Sao chép liên kết", "Từ khóa:", "Tin liên quan", "Tệp đính kèm",
          "Tải về", "Bình chọn", "Xem kết quả"]
BOILERPLATE = [TODAY, *SLOGANS, *TOP, *SIDE, POLL_Q, *POLL_A, *FOOTER, *LABELS]


def utc(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}.000Z"


def shown(d: datetime) -> str:
    return f"{d:%H:%M}, {d:%d/%m/%Y}"


def ago(d: datetime) -> str:
    delta = NOW - d
    if delta < timedelta(hours=1):
        return f"{delta.seconds // 60} phút trước"
    if delta < timedelta(days=1):
        return f"{delta.seconds // 3600} giờ trước"
    if delta < timedelta(days=7):
        return f"{delta.days} ngày trước"
    return f"{d:%d/%m/%Y}"


def dated(d: datetime) -> dict:
    evidence = ["date-element", "metadata"] + (["listing"] if NOW - d >= timedelta(days=7) else [])
    return dict(published=f"{d:%Y-%m-%dT%H:%M:%S}+07:00", published_source="date-element", evidence=evidence)


def art(slug: str, aid: int) -> str:
    return f"{NEWS}/{slug}-{aid}"


def articles() -> list[Article]:
    A = Article
    return [
        A(path=art("htx-rau-an-toan-la-huong-tang-toc-san-xuat-vu-rau-tet", 108512),
          title="HTX rau an toàn La Hường tăng tốc sản xuất vụ rau Tết",
          date=datetime(2026, 11, 23, 7, 5),
          lead="Những ngày này, hơn 60 thành viên HTX Nông nghiệp rau an toàn La Hường (phường Hòa Xuân) đang xuống giống các loại rau ăn lá, rau gia vị để kịp cung ứng cho thị trường Tết Nguyên đán Đinh Mùi 2027.",
          body="""
Vụ rau Tết năm nay, HTX gieo trồng khoảng 12 ha, tăng 2 ha so với năm trước, chủ yếu là xà lách, cải ngọt, rau thơm và hành lá.
[img la-huong-1.jpg] Thành viên HTX chăm sóc rau tại cánh đồng La Hường
Theo ông Nguyễn Văn Lợi, Giám đốc HTX, toàn bộ diện tích được sản xuất theo quy trình VietGAP, sử dụng phân hữu cơ vi sinh và hệ thống tưới phun sương tự động.
Sản phẩm của HTX được cung ứng cho các bếp ăn tập thể, siêu thị và chợ đầu mối Hòa Cường với sản lượng bình quân 3 tấn rau mỗi ngày.
HTX cũng đang thí điểm bán rau qua ứng dụng đặt hàng trực tuyến, giao tận nhà trong ngày cho khách hàng nội thành.
""",
          author="Hoàng Vy", **dated(datetime(2026, 11, 23, 7, 5)),
          opts={"cat": "mh", "author_slug": "hoang-vy", "views": 312},
          notes=["the newest article: '3 giờ trước' on the listings (rendered 23/11/2026 10:05); its page shows "
                 "'07:05, 23/11/2026' under the title, meta article:published_time 2026-11-23T00:05:00.000Z; "
                 "author the name link 'Hoàng Vy' (/tac-gia/hoang-vy) in the meta line: author only, not text"]),
        A(path=art("ra-mat-htx-nong-nghiep-sam-ngoc-linh-tra-linh", 108497),
          title="Ra mắt HTX Nông nghiệp sâm Ngọc Linh Trà Linh",
          date=datetime(2026, 11, 21, 6, 30),
          lead="Chiều 20/11, tại xã Trà Linh, HTX Nông nghiệp sâm Ngọc Linh Trà Linh chính thức ra mắt với 45 thành viên là đồng bào Xơ Đăng.",
          body="""
HTX được thành lập trên cơ sở tổ hợp tác trồng sâm của thôn 1, với tổng diện tích trồng sâm Ngọc Linh dưới tán rừng hơn 30 ha ở độ cao trên 1.800 m.
[img sam-ngoc-linh.jpg] Lãnh đạo Liên minh HTX thành phố trao quyết định thành lập cho HTX
Phát biểu tại lễ ra mắt, đại diện Liên minh HTX thành phố đề nghị HTX xây dựng quy chế quản lý chặt chẽ nguồn giống, truy xuất nguồn gốc sản phẩm để bảo vệ thương hiệu sâm Ngọc Linh.
Liên minh HTX thành phố sẽ hỗ trợ HTX xây dựng phương án sản xuất kinh doanh, tập huấn kế toán và kết nối tiêu thụ sản phẩm.
""",
          author="Thanh Hải", **dated(datetime(2026, 11, 21, 6, 30)),
          opts={"cat": "hd", "author_slug": "thanh-hai", "views": 845},
          notes=["posted 06:30 on 21/11/2026 (page: '06:30, 21/11/2026'): article:published_time and the JSON's "
                 "publishedAt are 2026-11-20T23:30:00.000Z, the previous day in UTC; the lead says 'Chiều 20/11' "
                 "(the event); the listings say '2 ngày trước'"]),
        A(path=art("tap-huan-chuyen-doi-so-cho-htx-khu-vuc-phia-nam-thanh-pho", 108470),
          title="Tập huấn chuyển đổi số cho HTX khu vực phía Nam thành phố",
          date=datetime(2026, 11, 19, 16, 45),
          lead="Trong hai ngày 18 và 19/11, Liên minh HTX thành phố tổ chức lớp tập huấn ứng dụng chuyển đổi số cho hơn 80 cán bộ quản lý HTX khu vực phía Nam thành phố tại phường Tam Kỳ.",
          body="""
Học viên được hướng dẫn sử dụng phần mềm kế toán điện tử, hóa đơn điện tử và mở gian hàng trên các sàn thương mại điện tử.
[img chuyen-doi-so-tam-ky.jpg] Học viên thực hành mở gian hàng trực tuyến
Các HTX tham gia lớp học chủ yếu ở các xã, phường thuộc tỉnh Quảng Nam cũ; nhiều HTX lần đầu tiếp cận các nền tảng số.
Kết thúc lớp học, 27 HTX đã đăng ký tham gia chương trình hỗ trợ chuyển đổi số năm 2027 của Liên minh HTX thành phố.
Nguồn: Báo Đà Nẵng
""",
          author=None, **dated(datetime(2026, 11, 19, 16, 45)),
          opts={"cat": "hd", "views": 406},
          notes=["no author in the meta line (only the time); the content ends with 'Nguồn: Báo Đà Nẵng' "
                 "(right-aligned italic): part of the text, a source, author null"]),
        A(path=art("htx-rau-tra-que-don-khach-quoc-te-trai-nghiem-lam-nong", 108388),
          title="HTX rau Trà Quế đón khách quốc tế trải nghiệm làm nông",
          date=datetime(2026, 11, 12, 14, 5),
          lead="Mùa du lịch cuối năm, mỗi ngày HTX Nông nghiệp Trà Quế (phường Hội An Tây) đón từ 150 đến 200 lượt khách quốc tế đến trải nghiệm trồng rau cùng nông dân.",
          body="""
Khách được mặc áo bà ba, đội nón lá, cùng thành viên HTX xới đất, rải rong biển ủ làm phân, gieo hạt và tưới rau bằng đôi thùng gánh truyền thống.
[img tra-que-1.jpg] Du khách quốc tế trải nghiệm tưới rau tại làng rau Trà Quế
## Du lịch nâng giá trị cho rau
Giá vé trải nghiệm từ 250.000 đến 400.000 đồng/người, bao gồm bữa trưa với các món ăn chế biến từ rau Trà Quế. Doanh thu từ dịch vụ du lịch năm 2026 của HTX ước đạt 6 tỷ đồng.
Ông Trần Văn Hòa, Giám đốc HTX cho biết, hơn 40 hộ thành viên đang tham gia đón khách, thu nhập bình quân tăng gấp đôi so với chỉ trồng rau.
[img tra-que-2.jpg] Rau Trà Quế được đóng gói bán cho du khách làm quà
""",
          author="Bảo Khánh", **dated(datetime(2026, 11, 12, 14, 5)),
          opts={"cat": "mh", "author_slug": "bao-khanh", "views": 1024, "tags": True},
          notes=["page time '14:05, 12/11/2026', meta article:published_time '2026-11-12T07:05:00.000Z' (UTC), the "
                 "listing '12/11/2026'; an <h2> heading and two <figure> captions in the content"]),
        A(path=art("quyet-dinh-ban-hanh-quy-che-hoat-dong-cua-quy-ho-tro-phat-trien-htx", 108301),
          title="Quyết định ban hành Quy chế hoạt động của Quỹ hỗ trợ phát triển HTX thành phố",
          date=datetime(2026, 11, 6, 9, 0),
          lead="Liên minh HTX thành phố ban hành Quyết định số 85/QĐ-LMHTX về Quy chế hoạt động của Quỹ hỗ trợ phát triển hợp tác xã thành phố sau hợp nhất.",
          body="""
LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ ĐÀ NẴNG
Số: 85/QĐ-LMHTX
Đà Nẵng, ngày 05 tháng 11 năm 2026
QUYẾT ĐỊNH
Ban hành Quy chế hoạt động của Quỹ hỗ trợ phát triển hợp tác xã thành phố Đà Nẵng
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ THÀNH PHỐ ĐÀ NẴNG
Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2023;
Căn cứ Nghị định số 45/2021/NĐ-CP ngày 31/3/2021 của Chính phủ về việc thành lập, tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã;
Căn cứ Quyết định số 1520/QĐ-UBND ngày 15/8/2025 của Ủy ban nhân dân thành phố về việc hợp nhất Quỹ hỗ trợ phát triển hợp tác xã thành phố Đà Nẵng và tỉnh Quảng Nam;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động của Quỹ hỗ trợ phát triển hợp tác xã thành phố Đà Nẵng.
Điều 2. Quyết định có hiệu lực kể từ ngày 01/12/2026.
Điều 3. Chánh Văn phòng, Giám đốc Quỹ hỗ trợ phát triển hợp tác xã và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: Như Điều 3; Thường trực Thành ủy; UBND thành phố; Lưu VT.
CHỦ TỊCH Lê Văn Tấn
""",
          author=None, doc_number="85/QĐ-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "85-QD-LMHTX.pdf"}], **dated(datetime(2026, 11, 6, 9, 0)),
          opts={"cat": "vb", "views": 233, "doc": True},
          notes=["official decision: 'Số: 85/QĐ-LMHTX', place-date line 'Đà Nẵng, ngày 05 tháng 11 năm 2026' the day "
                 "before the posting time '09:00, 06/11/2026'; effective date 01/12/2026 in Điều 2; signer last, "
                 "author null; the PDF under 'Tệp đính kèm' after the content"]),
        A(path=art("da-nang-co-them-6-san-pham-ocop-cua-htx-dat-4-sao", 108215),
          title="Đà Nẵng có thêm 6 sản phẩm OCOP của HTX đạt 4 sao",
          date=datetime(2026, 10, 28, 15, 30),
          lead="UBND thành phố vừa công nhận kết quả đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2026, trong đó có 6 sản phẩm của HTX đạt hạng 4 sao.",
          body="""
Các sản phẩm được công nhận lần này chủ yếu là đặc sản của vùng núi và ven biển, đã có thị trường tiêu thụ ổn định:
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Trà sâm dây Ngọc Linh | HTX Nông nghiệp Trà Cang | 4 sao |
| 2 | Nước mắm Cửa Khe | HTX Dịch vụ thủy sản Bình Dương | 4 sao |
| 3 | Lụa tơ tằm Mã Châu | HTX Dệt lụa Mã Châu | 4 sao |
| 4 | Mật ong rừng Tây Giang | HTX Nông lâm nghiệp Tây Giang | 4 sao |
| 5 | Rau Trà Quế sấy khô | HTX Nông nghiệp Trà Quế | 4 sao |
| 6 | Bánh tráng Đại Lộc | HTX Dịch vụ nông nghiệp Đại Hiệp | 4 sao |
Đến nay, thành phố có 412 sản phẩm OCOP, trong đó các HTX là chủ thể của 138 sản phẩm.
Liên minh HTX thành phố tiếp tục hỗ trợ các HTX hoàn thiện hồ sơ, nâng hạng sản phẩm và tham gia các hội chợ xúc tiến thương mại.
""",
          byline="Lê Nguyên", author="Lê Nguyên", **dated(datetime(2026, 10, 28, 15, 30)),
          opts={"cat": "mh", "views": 1577, "tags": True},
          notes=["a data table of the six products (one line per row, header row first) inside <figure "
                 "class=table>; no author in the meta line, the byline 'Lê Nguyên' typed as the last paragraph of "
                 "the content (bold, right-aligned): part of the text, and the author"]),
        A(path=art("htx-det-lua-ma-chau-giu-nghe-truyen-thong", 108154),
          title="HTX Dệt lụa Mã Châu giữ nghề truyền thống",
          date=datetime(2026, 10, 20, 8, 0),
          lead="Giữa lúc nhiều làng nghề dệt mai một, HTX Dệt lụa Mã Châu (xã Duy Xuyên) vẫn duy trì 20 khung dệt và đưa sản phẩm lụa tơ tằm vào các điểm du lịch.",
          body="""
HTX có 32 thành viên, phần lớn là những thợ dệt lớn tuổi gắn bó với nghề nhiều năm. Mỗi tháng, HTX dệt khoảng 1.500 m lụa, chủ yếu là lụa trơn và lụa vân.
[img lua-ma-chau.jpg] Thợ dệt của HTX làm việc bên khung dệt
Để có thêm đầu ra, HTX liên kết với các công ty lữ hành đưa khách tham quan quy trình ươm tơ, dệt lụa và mở cửa hàng giới thiệu sản phẩm tại phố cổ Hội An.
HTX đang phối hợp với Liên minh HTX thành phố mở lớp truyền nghề cho 15 lao động trẻ, với mong muốn giữ được nghề dệt lụa hơn 400 năm của vùng đất Duy Xuyên.
""",
          author="Thu Sương", **dated(datetime(2026, 10, 20, 8, 0)),
          opts={"cat": "mh", "author_slug": "thu-suong", "views": 964, "tags": True,
                "old_slug": "htx-det-lua-ma-chau-hoi-sinh-nghe-det"},
          notes=["the home page's 'Tiêu điểm' box links it by the slug it had before its title was edited "
                 "(/tin-tuc/htx-det-lua-ma-chau-hoi-sinh-nghe-det-108154): the route reads only the id and "
                 "serves the same page, rel=canonical to the current slug: an alias"]),
        A(path=art("lien-minh-htx-thanh-pho-so-ket-9-thang-nam-2026", 108020),
          title="Liên minh HTX thành phố sơ kết 9 tháng năm 2026",
          date=datetime(2026, 10, 9, 10, 20),
          lead="Ngày 8/10, Liên minh HTX thành phố tổ chức hội nghị sơ kết công tác 9 tháng, triển khai nhiệm vụ 3 tháng cuối năm 2026.",
          body="""
## Kết quả nổi bật
Trong 9 tháng, toàn thành phố thành lập mới 48 HTX, nâng tổng số lên 1.026 HTX với hơn 73.000 thành viên; doanh thu bình quân của một HTX ước đạt 3,8 tỷ đồng.
Quỹ hỗ trợ phát triển HTX thành phố giải ngân 26 tỷ đồng cho 41 dự án, tập trung vào lĩnh vực nông nghiệp công nghệ cao và du lịch cộng đồng.
## Nhiệm vụ những tháng cuối năm
* Hoàn thành việc rà soát, hướng dẫn các HTX ngừng hoạt động giải thể theo quy định;
* Tổ chức Hội chợ sản phẩm HTX và OCOP thành phố Đà Nẵng năm 2026;
* Xây dựng Quy chế hoạt động mới của Quỹ hỗ trợ phát triển HTX sau hợp nhất.
[img so-ket-9-thang.jpg] Quang cảnh hội nghị sơ kết
""",
          author=None, **dated(datetime(2026, 10, 9, 10, 20)),
          opts={"cat": "hd", "views": 518},
          notes=["no author anywhere (meta line with the time only, no byline): author null; page 2 of /tin-tuc"]),
        A(path=art("htx-dich-vu-nghe-ca-tho-quang-cung-ung-da-lanh-nhien-lieu-cho-ngu-dan", 107912),
          title="HTX Dịch vụ nghề cá Thọ Quang cung ứng đá lạnh, nhiên liệu cho ngư dân",
          date=datetime(2026, 9, 30, 14, 0),
          lead="HTX Dịch vụ nghề cá Thọ Quang (phường Sơn Trà) mỗi tháng cung ứng hơn 2.000 tấn đá lạnh và 800.000 lít dầu cho tàu cá của thành viên với giá ưu đãi.",
          body="""
HTX hiện có 96 thành viên là chủ tàu đánh bắt xa bờ, hoạt động chủ yếu ở ngư trường Hoàng Sa và Trường Sa.
Ngoài cung ứng vật tư, HTX còn tổ chức thu mua hải sản tại cảng cá Thọ Quang, giúp ngư dân giảm thời gian chờ bán và hạn chế bị ép giá.
[img tho-quang.jpg] Tàu cá của thành viên HTX neo đậu tại âu thuyền Thọ Quang
Năm 2026, HTX được hỗ trợ 2 tỷ đồng từ Quỹ hỗ trợ phát triển HTX để đầu tư thêm một máy sản xuất đá vảy phục vụ bảo quản hải sản.
""",
          author="Hà Minh", **dated(datetime(2026, 9, 30, 14, 0)),
          opts={"cat": "mh", "author_slug": "ha-minh", "views": 702}),
    ]


STUB = Article(path=art("infographic-kinh-te-tap-the-thanh-pho-10-thang-nam-2026", 108420),
               title="Infographic: Kinh tế tập thể thành phố 10 tháng năm 2026", date=datetime(2026, 11, 16, 9, 30),
               body="[img infographic-10-thang.jpg] Kết quả phát triển kinh tế tập thể thành phố Đà Nẵng 10 tháng năm 2026",
               opts={"cat": "hd", "views": 190})


# -- CSS modules and Next.js pieces --------------------------------------------------------------

def cls(module: str, name: str) -> str:
    h = hashlib.sha1(f"{module}.{name}".encode()).digest()
    alphabet = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ0123456789"
    return f"{module}_{name}__" + "".join(alphabet[b % len(alphabet)] for b in h[:5])


def S(name: str) -> str:
    return cls("styles", name)


def upload(name: str) -> str:
    return f"/uploads/2026/11/{name}"


def next_img(name: str, alt: str = "", w: int = 828) -> str:
    src = quote(upload(name), safe="")
    return (f'<img alt="{attr(alt)}" loading="lazy" width="{w}" height="{w * 2 // 3}" decoding="async" data-nimg="1" '
            f'style="color:transparent" srcset="/_next/image?url={src}&amp;w={w}&amp;q=75 1x, '
            f'/_next/image?url={src}&amp;w=1920&amp;q=75 2x" src="/_next/image?url={src}&amp;w={w}&amp;q=75">')


def content_html(a: Article, stored: bool = False) -> str:
    """The CMS's rich text (CKEditor 5): as rendered (pictures through next/image), or as stored."""
    out: list[str] = []
    rows: list[list[str]] = []

    def flush_table() -> None:
        if rows:
            head, *body = rows
            out.append('<figure class="table"><table><thead><tr>' + " ".join(f"<th>{esc(c)}</th>" for c in head)
                       + "</tr></thead><tbody>" + "".join("<tr>" + " ".join(f"<td>{esc(c)}</td>" for c in r) + "</tr> "
                                                           for r in body) + "</tbody></table></figure>")
            rows.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split(" | ")])
            continue
        flush_table()
        if b.kind == "img":
            pic = f'<img src="{upload(b.src)}">' if stored else next_img(b.src, b.text)
            out.append(f'<figure class="image">{pic}<figcaption>{inline_html(b.text)}</figcaption></figure>')
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.text.startswith("Nguồn:"):
            out.append(f'<p style="text-align:right;"><i>{inline_html(b.text)}</i></p>')
        elif a.opts.get("doc"):
            t = b.text
            if t.isupper() or t.startswith("Số:") or t.startswith("Ban hành Quy chế"):
                out.append(f'<p style="text-align:center;"><strong>{inline_html(t)}</strong></p>')
            elif t.startswith("Đà Nẵng, ngày"):
                out.append(f'<p style="text-align:right;"><i>{inline_html(t)}</i></p>')
            elif t.startswith("CHỦ TỊCH "):
                out.append(f'<p style="text-align:right;"><strong>{inline_html(t)}</strong></p>')
            else:
                out.append(f'<p style="text-align:justify;">{inline_html(t)}</p>')
        else:
            out.append(f'<p style="text-align:justify;">{inline_html(b.text)}</p>')
    flush_table()
    if a.byline:
        out.append(f'<p style="text-align:right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def card_json(a: Article) -> dict:
    slug = a.path.rsplit("/", 1)[1]
    return {"id": int(slug.rsplit("-", 1)[1]), "slug": slug, "title": a.title, "sapo": a.lead or "",
            "thumbnail": upload(a.first_image()) if a.first_image() else None, "publishedAt": utc(a.date),
            "category": {"slug": CATS[a.opts["cat"]][0].rsplit("/", 1)[1], "name": CATS[a.opts["cat"]][1]}}


def next_data(page: str, query: dict, props: dict) -> str:
    data = {"props": {"pageProps": props, "__N_SSP": True}, "page": page, "query": query, "buildId": BUILD_ID,
            "isFallback": False, "isExperimentalCompile": False, "gssp": True, "scriptLoader": []}
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


MENU = [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (CATS["hd"][0], CATS["hd"][1]), (CATS["mh"][0], CATS["mh"][1]),
        (CATS["vb"][0], CATS["vb"][1]), (NEWS, "Tin tức"), (CONTACT, "Liên hệ")]


def card(a: Article, big: bool = False) -> str:
    pic = a.first_image()
    return (f'<article class="{S("card")}{" " + S("cardBig") if big else ""}">'
            + (f'<a class="{S("thumb")}" href="{a.path}">{next_img(pic, a.title, 640 if big else 384)}</a>' if pic else "")
            + f'<div class="{S("cardBody")}"><h3 class="{S("cardTitle")}"><a href="{a.path}">{esc(a.title)}</a></h3>'
            + (f'<p class="{S("cardSapo")}">{esc(a.lead)}</p>' if a.lead and big else "")
            + f'<span class="{S("cardTime")}">{ago(a.date)}</span></div></article>')


class Site:
    def __init__(self, arts: list[Article], news: list[Article]):
        self.arts = arts
        self.news = news

    def sidebar(self) -> str:
        most = sorted(self.arts, key=lambda a: -a.opts.get("views", 0))[:5]
        docs = [a for a in self.arts if a.opts["cat"] == "vb"]
        poll = "".join(f'<label class="{cls("Poll", "option")}"><input type="radio" name="poll" value="{i}"> '
                       f'{esc(o)}</label>' for i, o in enumerate(POLL_A, 1))
        return (f'<aside class="{S("sidebar")}">'
                f'<section class="{cls("Widget", "box")}"><h2 class="{cls("Widget", "heading")}">{SIDE[0]}</h2><ol>'
                + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="{cls("Widget", "time")}">{ago(a.date)}'
                          "</span></li>" for a in most) + "</ol></section>"
                f'<section class="{cls("Widget", "box")}"><h2 class="{cls("Widget", "heading")}">{SIDE[1]}</h2><ul>'
                + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in docs) + "</ul></section>"
                f'<section class="{cls("Widget", "box")}"><h2 class="{cls("Widget", "heading")}">{SIDE[2]}</h2>'
                f'<p>{esc(POLL_Q)}</p><form>{poll}<button type="button">Bình chọn</button> <button type="button">'
                "Xem kết quả</button></form></section>"
                f'<section class="{cls("Widget", "box")}"><h2 class="{cls("Widget", "heading")}">{SIDE[3]}</h2>'
                f"<p>{SIDE[4]}</p><p>{SIDE[5]}</p><p>{SIDE[6]}</p></section>"
                f'<section class="{cls("Widget", "box")}"><h2 class="{cls("Widget", "heading")}">{SIDE[7]}</h2><ul>'
                '<li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank" rel="noopener noreferrer">Liên minh HTX Việt Nam</a></li>'
                '<li><a href="{{base:offsite}}/danang/" target="_blank" rel="noopener noreferrer">Cổng thông tin điện tử '
                "thành phố Đà Nẵng</a></li></ul></section></aside>")

    def layout(self, title: str, main: str, data: str, *, head: str = "", sidebar: bool = True) -> str:
        menu = "".join(f'<li><a class="{cls("Header", "link")}" href="{h}">{t}</a></li>' for h, t in MENU)
        footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:6])
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(title)}</title>{head}<meta name="next-head-count" content="{12 + head.count("<")}"/><link rel="preload" href="/_next/static/css/5b2e9c1d0a7f4e38.css" as="style"/><link rel="stylesheet" href="/_next/static/css/5b2e9c1d0a7f4e38.css" data-n-g=""/><noscript data-n-css=""></noscript><script defer="" nomodule="" src="/_next/static/chunks/polyfills-42372ed130431b0a.js"></script><script src="/_next/static/chunks/webpack-8fa1640cc84ba8fe.js" defer=""></script><script src="/_next/static/chunks/framework-64ad27b21261a9ce.js" defer=""></script><script src="/_next/static/chunks/main-a5c2f1e39c0d4b8e.js" defer=""></script><script src="/_next/static/chunks/pages/_app-9c1f7e2a4b6d8e03.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_buildManifest.js" defer=""></script><script src="/_next/static/{BUILD_ID}/_ssgManifest.js" defer=""></script></head><body><div id="__next"><div class="{cls("Layout", "root")}"><header class="{cls("Header", "header")}"><div class="{cls("Header", "top")}"><div class="{cls("Layout", "container")}"><span class="{cls("Header", "date")}">{TODAY}</span><span class="{cls("Header", "hotline")}">{TOP[0]}</span><span class="{cls("Header", "weather")}"><b>{TOP[1]}</b> {TOP[2]}</span><a class="{cls("Header", "login")}" href="{ADMIN}">{TOP[3]}</a></div></div><div class="{cls("Header", "brand")}"><div class="{cls("Layout", "container")}"><a href="/" class="{cls("Header", "logo")}">{next_img("logo-lmhtx-danang.png", SHORT, 96)}<span class="{cls("Header", "siteName")}">LIÊN MINH HỢP TÁC XÃ<br/>THÀNH PHỐ ĐÀ NẴNG</span></a><div class="{cls("Header", "slogan")}">{"".join(f"<p>{esc(s)}</p>" for s in SLOGANS)}</div></div></div><nav class="{cls("Header", "nav")}"><div class="{cls("Layout", "container")}"><ul class="{cls("Header", "menu")}">{menu}</ul><form class="{cls("Header", "search")}" action="/tim-kiem"><input name="q" placeholder="Tìm kiếm..." aria-label="Tìm kiếm"/></form></div></nav></header><main class="{cls("Layout", "main")}"><div class="{cls("Layout", "container")}"><div class="{S("grid")}"><div class="{S("col")}">{main}</div>{self.sidebar() if sidebar else ""}</div></div></main><footer class="{cls("Footer", "footer")}"><div class="{cls("Layout", "container")}"><div class="{cls("Footer", "name")}">{FOOTER[0]}</div>{footer}<p class="{cls("Footer", "copy")}">{esc(FOOTER[6])}</p></div></footer></div></div><script id="__NEXT_DATA__" type="application/json">{data}</script></body></html>
"""

    def detail(self, a: Article, related: list[Article], canonical: str, *, static: bool = False) -> tuple[str, str]:
        cat_path, cat_name = CATS[a.opts["cat"]] if not static else (a.path, a.title)
        author = ""
        if a.author and not a.byline:
            author = (f'<a class="{S("author")}" href="/tac-gia/{a.opts["author_slug"]}">{esc(a.author)}</a>'
                      f'<span class="{S("dot")}">•</span>')
        meta = ("" if static else
                f'<div class="{S("meta")}">{author}<span class="{S("time")}">{shown(a.date)}</span>'
                f'<span class="{S("dot")}">•</span><span class="{S("views")}">'
                + f'{a.opts["views"]:,}'.replace(",", ".") + ' lượt xem</span></div>')
        att = ""
        if a.attachments:
            f = a.attachments[0]
            att = (f'<div class="{S("files")}"><h3 class="{S("filesTitle")}">Tệp đính kèm</h3><ul><li>'
                   f'<a href="{f["path"]}" target="_blank">{esc(f["text"])}</a> <a class="{S("download")}" '
                   f'href="{f["path"]}" download="">Tải về</a></li></ul></div>')
        tags = (f'<div class="{S("tags")}"><span>Từ khóa:</span><a href="{TAG}">#OCOP</a><a href="{TAG}">#HTX</a></div>'
                if a.opts.get("tags") else "")
        share = ("" if static else
                 f'<div class="{S("share")}"><span>Chia sẻ:</span><button type="button" class="{S("fb")}">Facebook'
                 f'</button><button type="button" class="{S("zalo")}">Zalo</button><button type="button" '
                 f'class="{S("copy")}">Sao chép liên kết</button></div>')
        rel = ""
        if related:
            rel = (f'<section class="{S("related")}"><h2 class="{S("relatedHeading")}">Tin liên quan</h2>'
                   f'<div class="{S("relatedGrid")}">' + "".join(card(o, big=True) for o in related) + "</div></section>")
        crumb = (f'<nav class="{cls("Breadcrumb", "breadcrumb")}"><a href="/">Trang chủ</a><span>/</span>'
                 f'<a href="{cat_path}">{esc(cat_name)}</a></nav>')
        sapo = f'<div class="{S("sapo")}">{esc(a.lead)}</div>' if a.lead else ""
        main = (crumb + f'<article class="{S("article")}"><h1 class="{S("title")}">{esc(a.title)}</h1>{meta}{sapo}'
                f'<div class="{S("content")}">{content_html(a)}</div>{att}{tags}{share}</article>{rel}')
        slug = a.path.rsplit("/", 1)[1]
        if static:
            props = {"page": {"slug": slug, "title": a.title, "content": content_html(a, stored=True)}}
            return main, next_data("/[page]", {"page": slug}, props)
        props = {"article": {**card_json(a), "content": content_html(a, stored=True), "updatedAt": utc(a.date + timedelta(hours=5)),
                             "author": ({"name": a.author, "slug": a.opts["author_slug"]} if a.author and not a.byline
                                        else None),
                             "views": a.opts["views"], "attachments": a.attachments,
                             "tags": [{"name": "OCOP", "slug": "ocop"}] if a.opts.get("tags") else []},
                 "related": [card_json(o) for o in related], "canonical": canonical}
        return main, next_data("/tin-tuc/[slug]", {"slug": slug}, props)


def head_for(a: Article, canonical: str) -> str:
    pic = a.first_image()
    out = (f'<meta name="description" content="{attr(a.lead or a.title)}"/>'
           f'<link rel="canonical" href="{{{{base}}}}{canonical}"/>'
           f'<meta property="og:type" content="article"/><meta property="og:title" content="{attr(a.title)}"/>'
           f'<meta property="og:url" content="{{{{base}}}}{canonical}"/>'
           + (f'<meta property="og:image" content="{{{{base}}}}{upload(pic)}"/>' if pic else "")
           + f'<meta property="article:published_time" content="{utc(a.date)}"/>'
           f'<meta property="article:modified_time" content="{utc(a.date + timedelta(hours=5))}"/>'
           f'<meta property="article:section" content="{attr(CATS[a.opts["cat"]][1])}"/>')
    if a.author and not a.byline:
        out += f'<meta name="author" content="{attr(a.author)}"/>'
    return out


def build() -> SiteBuild:
    site = SiteBuild(SITE, "da-nang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = sorted([*arts, STUB], key=lambda a: a.date, reverse=True)
    s = Site(arts, news)
    suffix = f" | {SHORT}"

    for a in news:
        same_cat = [o for o in arts if o is not a and o.opts["cat"] == a.opts["cat"]][:3]
        related = same_cat or [o for o in arts if o is not a][:3]
        main, data = s.detail(a, related, a.path)
        site.page(a.path, s.layout(a.title + suffix, main, data, head=head_for(a, a.path)), content_type=HTML)
        if a is STUB:
            continue
        if old := a.opts.get("old_slug"):
            old_path = f"{NEWS}/{old}-{a.path.rsplit('-', 1)[1]}"
            site.page(old_path, s.layout(a.title + suffix, main, data, head=head_for(a, a.path)), content_type=HTML)
            a.aliases = [old_path]
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 85/QĐ-LMHTX", ["QUYET DINH BAN HANH QUY CHE HOAT DONG",
                                                           "QUY HO TRO PHAT TRIEN HTX THANH PHO DA NANG"]))
    # every picture goes through the image optimizer: one route answers every ?url=&w=&q=
    site.files["_next/image"] = image_for("next-image")
    site.routes.append({"path": "/_next/image", "file": "_next/image", "content_type": "image/png"})
    site.trap("CSS-module class names with a build hash everywhere (styles_title__…, styles_content__…, "
              "Header_top__…); the article's data again in <script id=__NEXT_DATA__ type=application/json> "
              "(content as \\u003c-escaped HTML, publishedAt in UTC): a script, not text; every image is "
              "/_next/image?url=%2Fuploads%2F…&w=828&q=75", arts[3].path)

    # listings: /tin-tuc?page=N (page 1 also at ?page=1), categories, tag, authors, search
    def listing(url: str, heading: str, items: list[Article], props_page: str, query: dict,
                pager: str = "") -> None:
        main = (f'<nav class="{cls("Breadcrumb", "breadcrumb")}"><a href="/">Trang chủ</a><span>/</span>'
                f'<span>{esc(heading)}</span></nav><h1 class="{S("listTitle")}">{esc(heading)}</h1>'
                f'<div class="{S("list")}">' + "".join(card(a, big=True) for a in items) + f"</div>{pager}")
        data = next_data(props_page, query, {"articles": [card_json(a) for a in items], "title": heading})
        site.page(url, s.layout(f"{heading}{suffix}", main, data,
                                head=f'<link rel="canonical" href="{{{{base}}}}{url}"/>'), content_type=HTML)
        site.non_articles.append(url)

    pages = [news[i:i + PER] for i in range(0, len(news), PER)]
    for n, chunk in enumerate(pages, 1):
        links = "".join(f'<span class="{cls("Pagination", "current")}">{k}</span>' if k == n else
                        f'<a class="{cls("Pagination", "page")}" href="{NEWS}?page={k}">{k}</a>'
                        for k in range(1, len(pages) + 1))
        if n > 1:
            links = f'<a class="{cls("Pagination", "prev")}" href="{NEWS}?page={n - 1}">‹ Trang trước</a>' + links
        if n < len(pages):
            links += f'<a class="{cls("Pagination", "next")}" href="{NEWS}?page={n + 1}">Trang sau ›</a>'
        listing(NEWS if n == 1 else f"{NEWS}?page={n}", "Tin tức", chunk, "/tin-tuc", {"page": str(n)} if n > 1 else {},
                f'<nav class="{cls("Pagination", "pagination")}">{links}</nav>')
    site.same_page(f"{NEWS}?page=1", NEWS)
    site.trap("listing /tin-tuc pages with ?page=2 ('‹ Trang trước 1 2 Trang sau ›'; page 1 also at ?page=1); "
              "cards print relative times for the last week ('3 giờ trước', '2 ngày trước', '3 ngày trước', "
              "against the render time 23/11/2026 10:05) and dd/mm/yyyy for older ones; page 2 holds the oldest "
              "four articles", f"{NEWS}?page=2")
    for key, (path, name) in CATS.items():
        listing(path, name, [a for a in news if a.opts["cat"] == key], "/chuyen-muc/[slug]", {"slug": path.rsplit("/", 1)[1]})
    listing(TAG, "Từ khóa: OCOP", [a for a in arts if a.opts.get("tags")], "/tag/[slug]", {"slug": "ocop"})
    authors: dict[str, list[Article]] = {}
    for a in arts:
        if a.author and not a.byline:
            authors.setdefault(a.opts["author_slug"], []).append(a)
    for slug, items in authors.items():
        listing(f"/tac-gia/{slug}", f"Tác giả: {items[0].author}", items, "/tac-gia/[slug]", {"slug": slug})
    listing(SEARCH, "Kết quả tìm kiếm: ocop", [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")],
            "/tim-kiem", {"q": "ocop"})
    site.trap("category, tag /tag/ocop, author pages /tac-gia/<slug> (the meta line's name links) and search "
              "/tim-kiem?q=ocop: card lists with h1 headings: not articles", "/tac-gia/hoang-vy")

    # home: hero, latest grid, "Tiêu điểm" (one link by an old slug), documents
    hero, *latest = news[:7]
    old = next(a for a in arts if a.opts.get("old_slug"))
    focus = [old, *[a for a in arts if a.opts.get("views", 0) > 800 and a is not old]][:4]
    focus_links = "".join(
        f'<li><a href="{a.aliases[0] if a.aliases else a.path}">{esc(a.title)}</a></li>' for a in focus)
    home = (f'<section class="{cls("Home", "hero")}">{card(hero, big=True)}</section>'
            f'<section class="{cls("Home", "latest")}"><h2 class="{cls("Home", "heading")}">Tin mới</h2>'
            f'<div class="{cls("Home", "grid")}">' + "".join(card(a) for a in latest) + "</div>"
            f'<a class="{cls("Home", "more")}" href="{NEWS}">Xem thêm</a></section>'
            f'<section class="{cls("Home", "focus")}"><h2 class="{cls("Home", "heading")}">Tiêu điểm</h2><ul>{focus_links}'
            "</ul></section>")
    site.page("/", s.layout(f"Trang chủ{suffix}", home,
                            next_data("/", {}, {"hero": card_json(hero), "latest": [card_json(a) for a in latest]}),
                            head='<link rel="canonical" href="{{base}}/"/><meta property="og:type" content="website"/>'),
              content_type=HTML)

    site.trap("infographic post in the article template (h1, '09:30, 16/11/2026', one <figure> with its caption, "
              "no sapo): not an article", STUB.path)

    # static CMS pages in the same article component (no meta line)
    about = Article(path=ABOUT, title="Giới thiệu Liên minh Hợp tác xã thành phố Đà Nẵng", date=NOW, opts={"cat": "hd"},
                    body="""
Liên minh Hợp tác xã thành phố Đà Nẵng được tổ chức lại trên cơ sở hợp nhất Liên minh Hợp tác xã thành phố Đà Nẵng và Liên minh Hợp tác xã tỉnh Quảng Nam từ ngày 01 tháng 7 năm 2025, là tổ chức chính trị - xã hội đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn thành phố.
Liên minh có chức năng tuyên truyền, vận động phát triển kinh tế tập thể; đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên; tư vấn, hỗ trợ thành lập, đào tạo, xúc tiến thương mại và tiếp cận vốn cho hợp tác xã thông qua Quỹ hỗ trợ phát triển hợp tác xã thành phố.
Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Thi đua, Ban Chính sách - Hỗ trợ phát triển hợp tác xã, Quỹ hỗ trợ phát triển hợp tác xã và Trung tâm Tư vấn, hỗ trợ hợp tác xã, làm việc tại Trung tâm Hành chính thành phố và cơ sở 2 tại phường Tam Kỳ.
Khu vực kinh tế tập thể của thành phố hiện có hơn một nghìn hợp tác xã, hoạt động trong các lĩnh vực nông nghiệp, thủy sản, du lịch cộng đồng, làng nghề, vận tải và tín dụng, gắn với các sản phẩm đặc trưng như sâm Ngọc Linh, rau Trà Quế, lụa Mã Châu và nước mắm Cửa Khe.
""")
    main, data = s.detail(about, [], ABOUT, static=True)
    site.page(ABOUT, s.layout(about.title + suffix, main, data, head=f'<link rel="canonical" href="{{{{base}}}}{ABOUT}"/>'),
              content_type=HTML)
    contact = (f'<nav class="{cls("Breadcrumb", "breadcrumb")}"><a href="/">Trang chủ</a><span>/</span><span>Liên hệ</span>'
               f'</nav><article class="{S("article")}"><h1 class="{S("title")}">Liên hệ</h1><div class="{S("content")}">'
               f"<p>{NAME}</p><p>Giờ làm việc: sáng 7 giờ 30 - 11 giờ 30, chiều 13 giờ 30 - 17 giờ, từ thứ Hai đến thứ Sáu</p>"
               f'<form class="{cls("Contact", "form")}"><input name="name" placeholder="Họ và tên"/><input name="email" '
               'placeholder="Email"/><textarea name="message" placeholder="Nội dung"></textarea><button type="button">'
               "Gửi liên hệ</button></form></div></article>")
    site.page(CONTACT, s.layout("Liên hệ" + suffix, contact, next_data("/lien-he", {}, {})), content_type=HTML)
    site.page(ADMIN, '<!DOCTYPE html><html lang="vi"><head><meta charSet="utf-8"/><title>Đăng nhập quản trị</title>'
                     '</head><body><div id="__next"><form><input name="username"/><input name="password" type="password"/>'
                     '<button type="submit">Đăng nhập</button></form></div></body></html>', content_type=HTML)
    site.never_fetched.append(ADMIN)
    site.trap("introduction /gioi-thieu in the article component (h1.styles_title, div.styles_content with four "
              "long paragraphs, breadcrumb) without the meta line (no time, no author): not an article; contact "
              "page likewise", ABOUT)
    site.non_articles += ["/", STUB.path, ABOUT, CONTACT]

    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{utc(a.date + timedelta(hours=5))}</lastmod>"
                   "<changefreq>daily</changefreq><priority>0.7</priority></url>" for a in news)
    urls += "".join(f"<url><loc>{{{{base}}}}{p}</loc><changefreq>daily</changefreq></url>"
                    for p in ["/", NEWS, *(c[0] for c in CATS.values()), ABOUT, CONTACT])
    site.page("/sitemap-0.xml", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/'
                                f'sitemap/0.9">{urls}</urlset>\n', content_type="application/xml")
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
                              'schemas/sitemap/0.9"><sitemap><loc>{{base}}/sitemap-0.xml</loc></sitemap></sitemapindex>\n',
              content_type="application/xml")
    site.static("/robots.txt", "# *\nUser-agent: *\nDisallow: /admin/\nDisallow: /api/\nAllow: /\n\n# Host\n"
                               "Host: {{base}}\n\n# Sitemaps\nSitemap: {{base}}/sitemap.xml\n")
    return site
