"""Site `lmhtx-lamdong-moi` (registry family `generic`): the portal of the merged Lâm Đồng alliance (Đắk Nông and
Bình Thuận joined it on 1 July 2025) on a WordPress 6.7 **block theme** (full-site editing, a Twenty Twenty-Four
child), written as a held-out test: no family module, no selectors.

Why it is hard: no classic theme markup (no `article.post`, no `h1.entry-title`, no `.entry-meta`): every page is
`div.wp-site-blocks` > `header.wp-block-template-part` + `main.wp-block-group` + `footer.wp-block-template-part`.
A post is `h1.wp-block-post-title`, then a flex row with `div.wp-block-post-date > time[datetime]` (the visible
date in Vietnamese month names "14 Tháng Ba, 2026", the time only in the attribute), `div.wp-block-post-author-name`
(the WordPress account: a person on some posts, "Ban Biên tập" or the import account "admin" on others, where the
closing byline names the person) and `div.wp-block-post-terms`; the text is `div.entry-content.wp-block-post-content`
made of blocks (`wp-block-image` figures with `figcaption.wp-element-caption`, `wp-block-table`, `wp-block-quote`
with a `<cite>`, `wp-block-columns` of captioned photos, `wp-block-file` with a "Tải xuống" button: an attachment,
not text). After the text a "Cập nhật lần cuối:" modified-date block (a later day) and, in the SAME `main`, a
"Bài viết khác" query loop (`div.wp-block-query > ul.wp-block-post-template`, each with an `h3.wp-block-post-title`
and a `wp-block-post-date` in the same markup as the post's). Listings are query loops too, the home page's paged
by `?query-1-page=2`. Permalinks `/YYYY/MM/slug/`; every post's `<link rel="shortlink">` is `/?p=N`, which answers
301 to the permalink, and the home page's "Tiêu điểm" links use it. One post uses a custom template without date,
author and terms blocks: its day only in the text ("Ngày 12/3", no year) and in the listings; a migrated 2024 post
(from the former Bình Thuận portal) shows a modified date of 2025. Pages (introduction, contact, gallery) use the
same `h1.wp-block-post-title` + `wp-block-post-content` without a date: not articles; nor the category, tag,
author and search archives.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, parse_body, pdf, weekday

SITE = "lmhtx-lamdong-moi"
NAME = "Liên minh Hợp tác xã tỉnh Lâm Đồng"
HTML = "text/html; charset=UTF-8"
UP = "/wp-content/uploads"
CAT_NEWS = "/chuyen-muc/tin-tuc/"
CAT_DOCS = "/chuyen-muc/van-ban/"
CAT_OCOP = "/chuyen-muc/ocop/"
TAG = "/tag/hop-tac-xa/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
GALLERY = "/thu-vien-anh/"
SEARCH = "/?s=ocop"
PDF_PATH = f"{UP}/2026/02/KH-12-LMHTX-2026.pdf"
PER = 4

MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")
TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
TAGLINE = "Đoàn kết - Hợp tác - Phát triển bền vững"
HEADER = [TODAY, TAGLINE, "Cao nguyên - Biển xanh: chung sức phát triển kinh tế tập thể"]
FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH LÂM ĐỒNG",
          "Trụ sở: 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng",
          "Cơ sở 2: 04 Nguyễn Tất Thành, phường Phan Thiết, tỉnh Lâm Đồng",
          "Điện thoại: 0263.3822.140 - Email: lienminhhtx@lamdong.gov.vn",
          "Chịu trách nhiệm chính: Ông Phạm Văn Thắng - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 14/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Lâm Đồng cấp ngày 18/8/2025",
          "Lượt truy cập: 1.204.337", "Đang trực tuyến: 41",
          "Vận hành trên nền tảng WordPress"]
NEWSLETTER = ["Nhận bản tin hợp tác xã", "Để lại email để nhận tin mới mỗi tuần.", "Đăng ký"]
LABELS = ["Bài viết khác", "Cập nhật lần cuối:", "Tải xuống", "Chuyên mục:", "Thẻ:", "Tìm kiếm", "Chuyển đến nội dung"]
BOILERPLATE = [*HEADER, *FOOTER, *NEWSLETTER[:2], *LABELS]


@dataclass
class Post(Article):
    pid: int = 0
    account: str | None = None  # wp-block-post-author-name
    cats: tuple = ("Tin tức",)
    tags: tuple = ()
    modified: datetime | None = None
    no_meta: bool = False  # custom template without date/author/terms

    @property
    def blocks(self):
        return parse_body(strip_markers(self.body))


def strip_markers(body: str) -> str:
    out = []
    for line in body.strip().splitlines():
        s = line.strip()
        if s in ("[cols]", "[/cols]") or s.startswith("[file "):
            continue
        out.append(re.sub(r"^(>>|>) ", "", s))
    return "\n".join(out)


def slug_of(path: str) -> str:
    return path.rstrip("/").rsplit("/", 1)[-1]


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def vn_date(d: datetime) -> str:
    return f"{d.day} Tháng {MONTHS[d.month - 1]}, {d.year}"


def img(src: str, d: datetime) -> str:
    return f"{UP}/{d:%Y/%m}/{src}"


def articles() -> list[Post]:
    P = Post
    return [
        P(path="/2026/03/htx-ca-phe-dak-mil-xuat-khau-lo-ca-phe-dac-san-dau-tien/", pid=1482,
          title="HTX cà phê Đắk Mil xuất khẩu lô cà phê đặc sản đầu tiên",
          date=datetime(2026, 3, 14, 8, 32, 10), modified=datetime(2026, 3, 16, 10, 5, 0),
          account="Hoàng Yến", author="Hoàng Yến", cats=("Tin tức", "Hợp tác xã"), tags=("cà phê", "xuất khẩu"),
          body="""
HTX Nông nghiệp dịch vụ Thuận An (xã Đắk Mil, khu vực Đắk Nông cũ) vừa xuất 19 tấn cà phê nhân đặc sản sang Nhật Bản, lô hàng đầu tiên của HTX đi thẳng tới nhà rang xay nước ngoài.
HTX có 112 thành viên canh tác 260 ha cà phê, trong đó 85 ha đạt chứng nhận 4C và 40 ha được chọn làm vùng nguyên liệu cà phê đặc sản, thu hái quả chín trên 95%.
[img ca-phe-thuan-an.png] Thành viên HTX Thuận An phơi cà phê chín trên giàn nhà kính
Để đạt điểm thử nếm trên 80, HTX đầu tư nhà sơ chế ướt, hệ thống giàn phơi và kho bảo quản có kiểm soát độ ẩm với tổng vốn 4,2 tỷ đồng, trong đó vay Quỹ hỗ trợ phát triển HTX tỉnh 1,5 tỷ đồng.
> Giá bán cà phê đặc sản cao gấp đôi cà phê nhân thông thường, nhưng đòi hỏi mỗi thành viên phải thay đổi từ khâu hái đến khâu phơi.
>> Bà Nguyễn Thị Lan, Giám đốc HTX Nông nghiệp dịch vụ Thuận An
Năm 2026, HTX đặt mục tiêu xuất khẩu 80 tấn cà phê đặc sản và mở điểm trải nghiệm cà phê cho khách du lịch.
""",
          **dated(datetime(2026, 3, 14, 8, 32, 10)),
          notes=["block-theme post: h1.wp-block-post-title, date block '14 Tháng Ba, 2026' (Vietnamese month name, no "
                 "time; time[datetime] 2026-03-14T08:32:10+07:00), author block 'Hoàng Yến' (a person: the author, not "
                 "text); a wp-block-quote paragraph and its <cite> are two lines of the text; 'Cập nhật lần cuối: 16 "
                 "Tháng Ba, 2026' (modified date) after the text is not the publication date"]),
        P(path="/2026/03/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-hai/", pid=1475,
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ hai, nhiệm kỳ 2025 - 2030",
          date=datetime(2026, 3, 6, 15, 20, 0), modified=datetime(2026, 3, 9, 8, 0, 0),
          account="Ban Biên tập", byline="Bài, ảnh: Minh Tuấn", author="Minh Tuấn", cats=("Tin tức",),
          lead="Ngày 5/3, Liên minh HTX tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ hai, đánh giá kết quả sau 8 tháng hợp nhất ba Liên minh HTX tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.",
          body="""
Toàn tỉnh hiện có 1.486 HTX, 21 liên hiệp HTX và 2.310 tổ hợp tác; 78% số HTX hoạt động trong lĩnh vực nông nghiệp, tập trung ở các vùng cà phê, rau hoa, thanh long và thủy sản.
## Kết quả chủ yếu sau hợp nhất
| Chỉ tiêu | Kế hoạch năm 2025 | Thực hiện | Tỷ lệ |
| HTX thành lập mới | 90 | 104 | 115% |
| HTX được vay vốn Quỹ | 45 | 52 | 116% |
| Sản phẩm OCOP của HTX | 30 | 37 | 123% |
[img hoi-nghi-bch.png] Đại biểu biểu quyết thông qua chương trình công tác năm 2026
Hội nghị thống nhất duy trì ba điểm tiếp nhận hồ sơ tại phường Xuân Hương - Đà Lạt, phường Bắc Gia Nghĩa và phường Phan Thiết, đồng thời kiện toàn các ban chuyên môn.
""",
          **dated(datetime(2026, 3, 6, 15, 20, 0)),
          notes=["author block shows the account 'Ban Biên tập' (an office, not the author); closing byline 'Bài, ảnh: "
                 "Minh Tuấn': part of the text, author Minh Tuấn; a wp-block-table (one line per row, header row "
                 "included); the lead is the first paragraph of the post content (no sapo markup)"]),
        P(path="/2026/03/ra-mat-htx-thanh-long-ham-thuan-bac/", pid=1471, no_meta=True,
          title="Ra mắt HTX thanh long Hàm Thuận Bắc",
          date=datetime(2026, 3, 12, 16, 45, 0), byline="Nguồn: Báo Lâm Đồng", author=None,
          body="""
Ngày 12/3, tại xã Hàm Thuận Bắc, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Thanh long sạch Hàm Thuận Bắc.
HTX có 36 thành viên với 58 ha thanh long ruột đỏ và ruột trắng canh tác theo quy trình VietGAP, được cấp mã số vùng trồng xuất khẩu sang Hàn Quốc.
[img htx-thanh-long.png] Lãnh đạo Liên minh HTX tỉnh trao quyết định thành lập cho HTX
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng kho lạnh và kết nối tiêu thụ với các doanh nghiệp xuất khẩu tại khu vực Phan Thiết.
""",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          notes=["custom template 'Bài viết không hiển thị ngày': no date, author or terms block on the page; the day "
                 "only in the text ('Ngày 12/3', no year) and in the listings' date blocks: published 2026-03-12 "
                 "midnight (the page shows no time); the URL /2026/03/ agrees; closing 'Nguồn: Báo Lâm Đồng': text, "
                 "author null"]),
        P(path="/2026/02/ke-hoach-to-chuc-hoi-cho-ocop-va-san-pham-htx-nam-2026/", pid=1448,
          title="Kế hoạch tổ chức Hội chợ OCOP và sản phẩm HTX tỉnh Lâm Đồng năm 2026",
          date=datetime(2026, 2, 24, 9, 0, 0), modified=datetime(2026, 2, 26, 14, 12, 0),
          account="Văn phòng Liên minh", author=None, cats=("Văn bản",), doc_number="12/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-12-LMHTX-2026"}],
          body="""
LIÊN MINH HTX TỈNH LÂM ĐỒNG
Số: 12/KH-LMHTX
Lâm Đồng, ngày 23 tháng 02 năm 2026
KẾ HOẠCH
Tổ chức Hội chợ OCOP và sản phẩm hợp tác xã tỉnh Lâm Đồng năm 2026
Thực hiện Chương trình công tác năm 2026, Liên minh HTX tỉnh xây dựng Kế hoạch tổ chức Hội chợ OCOP và sản phẩm hợp tác xã như sau:
## I. MỤC ĐÍCH, YÊU CẦU
Quảng bá, kết nối tiêu thụ sản phẩm OCOP, sản phẩm chủ lực của HTX ba khu vực Lâm Đồng, Đắk Nông và Bình Thuận cũ; tạo cơ hội cho HTX ký kết hợp đồng với doanh nghiệp.
## II. THỜI GIAN, ĐỊA ĐIỂM
* Thời gian: từ ngày 10 đến ngày 14 tháng 5 năm 2026;
* Địa điểm: Quảng trường Lâm Viên, phường Xuân Hương - Đà Lạt;
* Quy mô: 180 gian hàng, ưu tiên HTX có sản phẩm OCOP từ 3 sao trở lên.
## III. TỔ CHỨC THỰC HIỆN
Các HTX đăng ký tham gia gửi về Văn phòng Liên minh HTX tỉnh trước ngày 15/4/2026. Kinh phí thuê gian hàng được hỗ trợ 100% cho HTX thành lập dưới 3 năm.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Đình Khoa
""",
          published=iso(datetime(2026, 2, 24, 9, 0, 0)), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["official plan 'Số: 12/KH-LMHTX' dated 'ngày 23 tháng 02 năm 2026' in its text, posted 24 Tháng Hai, "
                 "2026 09:00 (time[datetime]); author block 'Văn phòng Liên minh' (an office) and the signer last: "
                 "author null; a wp-block-file 'KH-12-LMHTX-2026' + 'Tải xuống' button inside the post content: the "
                 "attachment, not text"]),
        P(path="/2026/01/anh-sac-mau-hoi-cho-hoa-va-nong-san-htx-da-lat/", pid=1402,
          title="Ảnh: Sắc màu hội chợ hoa và nông sản HTX Đà Lạt",
          date=datetime(2026, 1, 18, 17, 10, 0), modified=datetime(2026, 1, 19, 7, 40, 0),
          account="admin", byline="Ảnh: Đăng Khoa", author="Đăng Khoa", cats=("Tin tức", "Ảnh"),
          body="""
Hội chợ hoa và nông sản HTX Đà Lạt năm 2026 diễn ra từ ngày 15 đến 18/1 với 96 gian hàng của các HTX trong tỉnh.
[cols]
[img hoi-cho-hoa-1.png] Gian hàng hoa cắt cành của HTX Hoa Vạn Thành
[img hoi-cho-hoa-2.png] Du khách chọn mua dâu tây của HTX Nông nghiệp Xuân Thọ
[/cols]
[img hoi-cho-hoa-3.png] Rượu vang và mứt của các HTX Đà Lạt được trưng bày trong khu OCOP
[img hoi-cho-hoa-4.png] Hạt điều rang muối của HTX khu vực Bình Thuận cũ thu hút khách tham quan
""",
          **dated(datetime(2026, 1, 18, 17, 10, 0)),
          notes=["photo story: one sentence, a wp-block-columns of two captioned wp-block-image figures, two more "
                 "figures: one line per figcaption.wp-element-caption; author block 'admin' (an account): the author is "
                 "the closing 'Ảnh: Đăng Khoa'"]),
        P(path="/2025/12/lam-dong-co-them-16-san-pham-ocop-cua-hop-tac-xa/", pid=1360,
          title="Lâm Đồng có thêm 16 sản phẩm OCOP của hợp tác xã",
          date=datetime(2025, 12, 29, 10, 15, 30), modified=datetime(2026, 1, 5, 9, 0, 0),
          account="Hoàng Yến", author="Hoàng Yến", cats=("OCOP",), tags=("OCOP",),
          body="""
UBND tỉnh vừa công nhận 16 sản phẩm OCOP đạt 3 sao và 4 sao của các HTX, nâng tổng số sản phẩm OCOP của khu vực kinh tế tập thể lên 214 sản phẩm.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Trà atiso túi lọc | HTX Atiso Lạc Dương | 4 sao |
| 2 | Hạt mắc ca sấy nứt vỏ | HTX Mắc ca Tuy Đức | 4 sao |
| 3 | Nước mắm nhỉ cá cơm | HTX Nước mắm Phan Thiết | 3 sao |
| 4 | Sầu riêng sấy lạnh | HTX Nông nghiệp Đạ Huoai | 3 sao |
Liên minh HTX tỉnh sẽ hỗ trợ các HTX có sản phẩm mới được công nhận tham gia Hội chợ OCOP năm 2026 và các kênh bán hàng trực tuyến.
""",
          **dated(datetime(2025, 12, 29, 10, 15, 30)),
          notes=["a wp-block-table of four products: one line per row; author block 'Hoàng Yến', no byline"]),
        P(path="/2025/10/tap-huan-chuyen-doi-so-cho-can-bo-quan-ly-htx/", pid=1288,
          title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX khu vực Đắk Nông",
          date=datetime(2025, 10, 22, 14, 5, 0), modified=datetime(2025, 10, 22, 16, 30, 0),
          account="Ban Biên tập", byline="Thu Hà", author="Thu Hà", cats=("Tin tức",),
          body="""
Trong hai ngày 20 và 21/10, tại phường Bắc Gia Nghĩa, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 85 cán bộ quản lý HTX khu vực Đắk Nông cũ.
## Nội dung tập huấn
* Sử dụng hóa đơn điện tử và phần mềm kế toán cho HTX;
* Mở gian hàng trên sàn thương mại điện tử và livestream bán hàng;
* Truy xuất nguồn gốc sản phẩm bằng mã QR.
Kết thúc lớp học, 27 HTX đăng ký tham gia chương trình hỗ trợ mở gian hàng trực tuyến miễn phí trong năm 2026.
""",
          **dated(datetime(2025, 10, 22, 14, 5, 0)),
          notes=["author block 'Ban Biên tập' (office); closing byline 'Thu Hà' (a name alone): text and author; an "
                 "h2.wp-block-heading and a list"]),
        P(path="/2024/11/htx-nuoc-mam-phan-thiet-giu-nghe-truyen-thong/", pid=318,
          title="HTX nước mắm Phan Thiết giữ nghề truyền thống",
          date=datetime(2024, 11, 20, 9, 40, 0), modified=datetime(2025, 7, 15, 11, 25, 0),
          account="admin", byline="Nguồn: Liên minh HTX tỉnh Bình Thuận", author=None, cats=("Tin tức",),
          body="""
Giữa lúc nhiều cơ sở nhỏ bỏ nghề, HTX Nước mắm Phan Thiết vẫn duy trì 120 thùng lều ủ chượp bằng gỗ theo cách làm truyền thống hơn trăm năm.
HTX có 28 thành viên, mỗi năm sản xuất khoảng 450.000 lít nước mắm, trong đó dòng nước mắm nhỉ 40 độ đạm đạt OCOP 4 sao.
[img nuoc-mam-phan-thiet.png] Thùng lều ủ chượp của HTX Nước mắm Phan Thiết
HTX đang hoàn thiện hồ sơ đăng ký chỉ dẫn địa lý “Phan Thiết” cho sản phẩm nước mắm của các thành viên.
""",
          **dated(datetime(2024, 11, 20, 9, 40, 0)),
          notes=["a post migrated from the former Bình Thuận alliance's portal: date block '20 Tháng Mười Một, 2024' "
                 "(URL /2024/11/), 'Cập nhật lần cuối: 15 Tháng Bảy, 2025' (the migration) is not its date; author "
                 "block 'admin', closing 'Nguồn: Liên minh HTX tỉnh Bình Thuận': text, author null"]),
        P(path="/2025/08/quy-ho-tro-phat-trien-htx-giai-ngan-cho-htx-rau-hoa/", pid=1195,
          title="Quỹ hỗ trợ phát triển HTX giải ngân 12 tỷ đồng cho các HTX rau, hoa",
          date=datetime(2025, 8, 27, 7, 55, 0), modified=datetime(2025, 8, 27, 7, 55, 0),
          account="Lê Thu Trang", author="Lê Thu Trang", cats=("Tin tức",),
          lead="Trong tháng 8, Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 12 tỷ đồng cho 14 HTX rau, hoa đầu tư nhà kính và hệ thống tưới tiết kiệm.",
          body="""
Đây là đợt giải ngân đầu tiên kể từ khi hợp nhất Quỹ hỗ trợ phát triển HTX của ba tỉnh, với lãi suất cho vay 4,8%/năm, thời hạn tối đa 5 năm.
Các HTX được vay chủ yếu ở các phường, xã thuộc khu vực Đà Lạt, Đơn Dương và Đức Trọng cũ, nơi nhu cầu đổi mới nhà kính rất lớn.
[img quy-ho-tro-htx.png] Cán bộ Quỹ thẩm định nhà kính của HTX Rau an toàn Đơn Dương
Quỹ tiếp tục nhận hồ sơ vay vốn đến hết tháng 11/2025, ưu tiên các HTX có liên kết tiêu thụ với doanh nghiệp.
""",
          **dated(datetime(2025, 8, 27, 7, 55, 0)),
          notes=["modified date equal to the publication date; author block 'Lê Thu Trang' (a person), no byline"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def date_block(d: datetime, modified: bool = False) -> str:
    if modified:
        return (f'<div class="wp-block-post-date wp-block-post-date__modified-date has-small-font-size">'
                f'<span class="wp-block-post-date__prefix">Cập nhật lần cuối: </span>'
                f'<time datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00">{vn_date(d)}</time></div>')
    return (f'<div class="wp-block-post-date has-small-font-size"><time datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00">'
            f'{vn_date(d)}</time></div>')


def cat_href(name: str) -> str:
    return {"Tin tức": CAT_NEWS, "Văn bản": CAT_DOCS, "OCOP": CAT_OCOP}.get(name, CAT_NEWS)


def terms(p: Post) -> str:
    cats = ", ".join(f'<a href="{cat_href(c)}" rel="tag">{esc(c)}</a>' for c in p.cats)
    return (f'<div class="taxonomy-category wp-block-post-terms"><span class="wp-block-post-terms__prefix">'
            f'Chuyên mục: </span>{cats}</div>')


def figure(src: str, caption: str, d: datetime) -> str:
    cap = f'<figcaption class="wp-element-caption">{inline_html(caption)}</figcaption>' if caption else ""
    return (f'<figure class="wp-block-image size-large"><img decoding="async" width="1024" height="683" '
            f'src="{img(src, d)}" alt="" class="wp-image-{int(hashlib.md5(src.encode()).hexdigest()[:4], 16)}">'
            f'{cap}</figure>')


def render_body(p: Post) -> str:
    out = []
    lines = [s.strip() for s in p.body.strip().splitlines() if s.strip()]
    if p.lead:
        lines.insert(0, p.lead)
    i = 0
    while i < len(lines):
        s = lines[i]
        if s.startswith("| "):
            rows = []
            while i < len(lines) and lines[i].startswith("| "):
                rows.append([c.strip() for c in lines[i].strip("|").split("|")])
                i += 1
            head = " ".join(f"<th>{esc(c)}</th>" for c in rows[0])
            body = "\n".join("<tr>" + " ".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows[1:])
            out.append(f'<figure class="wp-block-table is-style-stripes"><table class="has-fixed-layout"><thead><tr>'
                       f'{head}</tr></thead><tbody>{body}</tbody></table></figure>')
            continue
        if s.startswith("> "):
            quote = f"<p>{inline_html(s[2:])}</p>"
            cite = ""
            if i + 1 < len(lines) and lines[i + 1].startswith(">> "):
                cite = f"<cite>{inline_html(lines[i + 1][3:])}</cite>"
                i += 1
            out.append(f'<blockquote class="wp-block-quote is-layout-flow wp-block-quote-is-layout-flow">{quote}{cite}'
                       '</blockquote>')
        elif s == "[cols]":
            cols = []
            i += 1
            while lines[i] != "[/cols]":
                b = parse_body(lines[i])[0]
                cols.append(f'<div class="wp-block-column is-layout-flow">{figure(b.src, b.text, p.date)}</div>')
                i += 1
            out.append('<div class="wp-block-columns is-layout-flex wp-container-core-columns-is-layout-1">'
                       + "".join(cols) + "</div>")
        elif s.startswith("## "):
            out.append(f'<h2 class="wp-block-heading">{inline_html(s[3:])}</h2>')
        elif s.startswith("* "):
            items = []
            while i < len(lines) and lines[i].startswith("* "):
                items.append(f"<li>{inline_html(lines[i][2:])}</li>")
                i += 1
            out.append('<ul class="wp-block-list">' + "".join(items) + "</ul>")
            continue
        elif s.startswith("[img "):
            b = parse_body(s)[0]
            out.append(figure(b.src, b.text, p.date))
        else:
            align = ' class="has-text-align-center"' if p.doc_number and (s.isupper() or s.startswith(("Số:", "Lâm Đồng, ngày"))) else ""
            if p.doc_number and i == len(lines) - 1:
                align = ' class="has-text-align-right"'
            out.append(f"<p{align}>{inline_html(s)}</p>")
        i += 1
    if p.byline:
        out.append(f'<p class="has-text-align-right"><strong><em>{esc(p.byline)}</em></strong></p>')
    if p.attachments:
        f = p.attachments[0]
        out.append(f'<div data-wp-interactive="core/file" class="wp-block-file"><object data="{f["path"]}" '
                   f'type="application/pdf" style="width:100%;height:600px" aria-label="Nhúng {attr(f["text"])}."></object>'
                   f'<a id="wp-block-file--media-5a1c" href="{f["path"]}">{esc(f["text"])}</a>'
                   f'<a href="{f["path"]}" class="wp-block-file__button wp-element-button" download '
                   'aria-describedby="wp-block-file--media-5a1c">Tải xuống</a></div>')
    return "\n".join(out)


def loop_item(p: Post, tag: str = "h2", excerpt: bool = True) -> str:
    pic = p.first_image()
    thumb = (f'<figure class="wp-block-post-featured-image"><a href="{p.path}" target="_self">'
             f'<img src="{img(pic, p.date)}" alt="{attr(p.title)}" class="wp-post-image"></a></figure>' if pic else "")
    ex = (f'<div class="wp-block-post-excerpt"><p class="wp-block-post-excerpt__excerpt">{esc(p.summary())}</p>'
          f'<p class="wp-block-post-excerpt__more-text"><a class="wp-block-post-excerpt__more-link" href="{p.path}">'
          'Đọc tiếp</a></p></div>' if excerpt else "")
    return (f'<li class="wp-block-post post-{p.pid} post type-post status-publish format-standard hentry">'
            f'<div class="wp-block-group is-layout-flow">{thumb}<{tag} class="wp-block-post-title has-medium-font-size">'
            f'<a href="{p.path}" target="_self">{esc(p.title)}</a></{tag}>{date_block(p.date)}{ex}</div></li>')


def query_loop(items: list[Post], qid: int, tag: str = "h2", excerpt: bool = True, pager: str = "") -> str:
    return (f'<div class="wp-block-query is-layout-flow wp-block-query-is-layout-flow" data-query-id="{qid}">'
            '<ul class="columns-1 wp-block-post-template is-layout-flow wp-block-post-template-is-layout-flow">'
            + "".join(loop_item(p, tag, excerpt) for p in items) + f"</ul>{pager}</div>")


def pagination(base: str, n: int, total: int) -> str:
    def href(k: int) -> str:
        return base if k == 1 else f"{base}?query-1-page={k}"
    prev = (f'<a href="{href(n - 1)}" class="wp-block-query-pagination-previous">Trang trước</a>' if n > 1 else "")
    nxt = (f'<a href="{href(n + 1)}" class="wp-block-query-pagination-next">Trang sau</a>' if n < total else "")
    nums = "".join(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n else
                   f'<a class="page-numbers" href="{href(k)}">{k}</a>' for k in range(1, total + 1))
    return (f'<nav class="wp-block-query-pagination is-layout-flex" aria-label="Phân trang">{prev}'
            f'<div class="wp-block-query-pagination-numbers">{nums}</div>{nxt}</nav>')


def layout(title: str, main: str, body_class: str, head: str = "") -> str:
    nav = "".join(f'<li class="wp-block-navigation-item wp-block-navigation-link"><a class="wp-block-navigation-item__content" '
                  f'href="{h}"><span class="wp-block-navigation-item__label">{t}</span></a></li>' for h, t in
                  [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (CAT_NEWS, "Tin tức"), (CAT_OCOP, "OCOP"),
                   (CAT_DOCS, "Văn bản"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    foot = "".join(f'<p class="has-small-font-size">{esc(x)}</p>' for x in FOOTER[1:6])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name='robots' content='max-image-preview:large'>
<title>{esc(title)} &#8211; {NAME}</title>
<link rel='stylesheet' id='wp-block-library-css' href='/wp-includes/css/dist/block-library/style.min.css?ver=6.7.2' media='all'>
<link rel='stylesheet' id='lmhtx-child-style-css' href='/wp-content/themes/lmhtx-tt4/style.css?ver=1.2' media='all'>
<script src="/wp-includes/js/dist/interactivity.min.js?ver=6.7.2" id="wp-interactivity-js"></script>
<meta name="generator" content="WordPress 6.7.2">
{head}</head>
<body class="{body_class} wp-embed-responsive">
<div class="wp-site-blocks">
<header class="wp-block-template-part">
<div class="wp-block-group has-small-font-size is-layout-flex"><p class="today-banner">{TODAY}</p><p class="has-text-align-right">{esc(HEADER[2])}</p></div>
<a class="skip-link screen-reader-text" href="#wp--skip-link--target">Chuyển đến nội dung</a>
<div class="wp-block-group alignwide is-layout-flex"><div class="wp-block-site-logo"><a href="/" class="custom-logo-link" rel="home"><img width="80" height="80" src="{UP}/2025/08/logo-lmhtx-lamdong.png" class="custom-logo" alt="{NAME}"></a></div>
<div class="wp-block-group is-layout-flow"><p class="wp-block-site-title"><a href="/" rel="home">{NAME}</a></p><p class="wp-block-site-tagline">{TAGLINE}</p></div>
<nav class="is-responsive items-justified-right wp-block-navigation is-layout-flex" aria-label="Menu chính"><ul class="wp-block-navigation__container is-responsive items-justified-right wp-block-navigation">{nav}</ul></nav>
<form role="search" method="get" action="/" class="wp-block-search__button-outside wp-block-search"><label class="wp-block-search__label screen-reader-text" for="wp-block-search__input-1">Tìm kiếm</label><div class="wp-block-search__inside-wrapper"><input class="wp-block-search__input" id="wp-block-search__input-1" placeholder="Nhập từ khóa..." value="" type="search" name="s" required=""><button aria-label="Tìm kiếm" class="wp-block-search__button wp-element-button" type="submit">Tìm kiếm</button></div></form></div>
</header>
<main class="wp-block-group is-layout-constrained wp-block-group-is-layout-constrained" id="wp--skip-link--target">
{main}
</main>
<footer class="wp-block-template-part">
<div class="wp-block-group has-base-2-background-color is-layout-constrained">
<div class="wp-block-columns is-layout-flex">
<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">{FOOTER[0]}</h2>{foot}</div>
<div class="wp-block-column is-layout-flow"><h2 class="wp-block-heading has-medium-font-size">{NEWSLETTER[0]}</h2><p class="has-small-font-size">{NEWSLETTER[1]}</p><form class="newsletter" action="javascript:void(0)"><input type="email" name="email" placeholder="Email của bạn"><button type="button" class="wp-element-button">{NEWSLETTER[2]}</button></form>
<p class="has-small-font-size visit-counter">{FOOTER[6]}</p><p class="has-small-font-size">{FOOTER[7]}</p></div>
</div>
<p class="has-text-align-center has-small-font-size">{FOOTER[8]}</p>
</div>
</footer>
</div>
<script src="/wp-includes/js/dist/block-library/navigation/view.min.js?ver=6.7.2" id="navigation-view-js"></script>
</body>
</html>
"""


def single(p: Post, others: list[Post]) -> str:
    meta = ""
    if not p.no_meta:
        author = (f'<div class="wp-block-post-author-name has-small-font-size"><a href="/author/{author_slug(p.account)}/" '
                  f'target="_self" class="wp-block-post-author-name__link">{esc(p.account)}</a></div>')
        meta = (f'<div class="wp-block-group has-small-font-size is-content-justification-left is-layout-flex">'
                f'{date_block(p.date)}<p>—</p>{author}{terms(p)}</div>')
    tags = ""
    if p.tags:
        tags = ('<div class="taxonomy-post_tag wp-block-post-terms has-small-font-size"><span class="wp-block-post-terms__prefix">'
                'Thẻ: </span>' + ", ".join(f'<a href="{TAG}" rel="tag">{esc(t)}</a>' for t in p.tags) + "</div>")
    modified = date_block(p.modified, modified=True) if p.modified and not p.no_meta else ""
    return (f'<div class="wp-block-group alignfull is-layout-constrained" style="padding-top:var(--wp--preset--spacing--50)">'
            f'<h1 style="margin-bottom:var(--wp--preset--spacing--40);" class="wp-block-post-title">{esc(p.title)}</h1>'
            f'{meta}</div>'
            f'<div class="entry-content alignfull wp-block-post-content has-global-padding is-layout-constrained '
            f'wp-block-post-content-is-layout-constrained">\n{render_body(p)}\n</div>'
            f'<div class="wp-block-group is-layout-constrained">{tags}{modified}</div>'
            f'<div class="wp-block-group alignwide is-layout-flow"><h2 class="wp-block-heading has-large-font-size">'
            f'Bài viết khác</h2>{query_loop(others, 3, "h3", excerpt=False)}</div>')


def author_slug(name: str) -> str:
    return {"Hoàng Yến": "hoangyen", "Ban Biên tập": "bbt", "Văn phòng Liên minh": "vanphong", "admin": "admin",
            "Lê Thu Trang": "thutrang"}[name]


def static_page(title: str, content: str) -> str:
    return (f'<div class="wp-block-group alignfull is-layout-constrained"><h1 class="wp-block-post-title">{esc(title)}</h1></div>'
            f'<div class="entry-content wp-block-post-content is-layout-constrained">{content}</div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lam-dong", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for p in posts:
        others = [o for o in posts if o is not p][:3]
        head = (f'<link rel="canonical" href="{p.path}">\n<link rel="shortlink" href="/?p={p.pid}">\n')
        site.page(p.path, layout(p.title, single(p, others), f"post-template-default single single-post postid-{p.pid}",
                                 head), content_type=HTML)
        site.redirect(f"/?p={p.pid}", p.path)
        p.aliases = [f"/?p={p.pid}"]
        site.add_article(p)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO OCOP VA SAN PHAM HTX 2026",
                                                         "Lien minh HTX tinh Lam Dong"]))
    site.trap("every post's <link rel=shortlink> /?p=N answers 301 to the permalink /YYYY/MM/slug/; the home page's "
              "'Tiêu điểm' links use the shortlinks (aliases of the posts)", "/?p=1482")

    # home: a "Tiêu điểm" cover, a query loop paged by ?query-1-page=N
    pages = [posts[i:i + PER] for i in range(0, len(posts), PER)]
    top = posts[:2]
    cover = ('<div class="wp-block-group alignwide is-layout-flow"><h2 class="wp-block-heading">Tiêu điểm</h2>'
             + "".join(f'<div class="wp-block-cover"><img class="wp-block-cover__image-background" src="{img(t.first_image(), t.date)}" alt="">'
                       f'<div class="wp-block-cover__inner-container"><p class="has-large-font-size"><a href="/?p={t.pid}">'
                       f'{esc(t.title)}</a></p></div></div>' for t in top) + "</div>")
    for n, chunk in enumerate(pages, 1):
        main = ((cover if n == 1 else "") + '<div class="wp-block-group alignwide is-layout-flow"><h2 class="wp-block-heading">'
                'Tin mới</h2>' + query_loop(chunk, 1, pager=pagination("/", n, len(pages))) + "</div>")
        url = "/" if n == 1 else f"/?query-1-page={n}"
        site.page(url, layout("Trang chủ", main, "home blog"), content_type=HTML if n > 1 else None)
        site.non_articles.append(url)
    site.trap("home query loop paged by ?query-1-page=2 / =3 (wp-block-query-pagination); the oldest posts only there",
              "/?query-1-page=3")

    def archive(path: str, title: str, items: list[Post], body_class: str) -> None:
        main = (f'<div class="wp-block-group alignwide is-layout-flow"><h1 class="wp-block-query-title">{esc(title)}</h1>'
                + query_loop(items, 0) + "</div>")
        site.page(path, layout(title, main, body_class), content_type=HTML if "?" in path else None)
        site.non_articles.append(path)

    archive(CAT_NEWS, "Chuyên mục: Tin tức", [p for p in posts if "Tin tức" in p.cats], "archive category")
    archive(CAT_DOCS, "Chuyên mục: Văn bản", [p for p in posts if "Văn bản" in p.cats], "archive category")
    archive(CAT_OCOP, "Chuyên mục: OCOP", [p for p in posts if "OCOP" in p.cats], "archive category")
    archive(TAG, "Thẻ: hợp tác xã", [p for p in posts if p.tags], "archive tag")
    for acc in dict.fromkeys(p.account for p in posts if p.account):
        archive(f"/author/{author_slug(acc)}/", f"Tác giả: {acc}", [p for p in posts if p.account == acc], "archive author")
    archive(SEARCH, "Kết quả tìm kiếm: “ocop”", [p for p in posts if "OCOP" in p.body or "OCOP" in p.title], "search")

    about = ("<p>Liên minh Hợp tác xã tỉnh Lâm Đồng được hợp nhất từ Liên minh HTX các tỉnh Lâm Đồng, Đắk Nông và Bình "
             "Thuận, chính thức hoạt động từ ngày 01/7/2025.</p><p>Liên minh có chức năng đại diện, bảo vệ quyền và lợi ích "
             "hợp pháp của thành viên; tư vấn, hỗ trợ thành lập, đào tạo, xúc tiến thương mại và tiếp cận vốn cho hợp tác "
             "xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.</p><h2 class=\"wp-block-heading\">Cơ cấu tổ chức</h2>"
             "<ul class=\"wp-block-list\"><li>Văn phòng</li><li>Ban Kiểm tra</li><li>Ban Tuyên truyền và Phát triển thành "
             "viên</li><li>Quỹ hỗ trợ phát triển hợp tác xã</li></ul>")
    site.page(ABOUT, layout("Giới thiệu", static_page("Giới thiệu", about), "page-template-default page"))
    site.page(CONTACT, layout("Liên hệ", static_page("Liên hệ", '<p>Mọi ý kiến xin gửi về Văn phòng Liên minh HTX tỉnh.</p>'
                                                     '<div class="wpcf7"><form action="/lien-he/#wpcf7-f52-o1" method="post" class="wpcf7-form">'
                                                     '<p><label>Họ tên<input type="text" name="your-name"></label></p>'
                                                     '<p><label>Nội dung<textarea name="your-message"></textarea></label></p>'
                                                     '<p><input type="submit" value="Gửi đi" class="wpcf7-submit"></p></form></div>'),
                              "page-template-default page"))
    gallery = ('<figure class="wp-block-gallery has-nested-images columns-3 is-cropped is-layout-flex">'
               + "".join(f'<figure class="wp-block-image size-large"><img src="{img(p.first_image(), p.date)}" alt="">'
                         f'<figcaption class="wp-element-caption">{esc(p.title)}</figcaption></figure>'
                         for p in posts if p.first_image()) + "</figure>")
    site.page(GALLERY, layout("Thư viện ảnh", static_page("Thư viện ảnh", gallery), "page-template-default page"))
    site.non_articles += [ABOUT, CONTACT, GALLERY]
    site.trap("WordPress pages (introduction with a list, contact form, a wp-block-gallery of captioned photos) in the "
              "same h1.wp-block-post-title + wp-block-post-content markup, no date: not articles", GALLERY)
    site.trap("category/tag/author archives and search ?s=ocop: query loops of the post markup (h2.wp-block-post-title, "
              "date blocks, excerpts): not articles", SEARCH)
    site.static("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
    return site
