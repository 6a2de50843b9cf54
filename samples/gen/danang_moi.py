"""Site `lmhtx-danang-moi` (registry family `generic`): the portal of the merged Đà Nẵng city alliance
(Quảng Nam joined it on 1 July 2025) on django CMS with the djangocms-blog app, written as a held-out test:
no family module, no selectors.

Why it is hard: posts live at djangocms-blog's full-date permalinks `/vi/tin-tuc/2025/03/14/<slug>/`, but the
blog's month archives `/vi/tin-tuc/2026/03/` share that prefix and are listings. The post is an
`article.post-item.post-detail` whose `header` holds a kicker `<h2>` (the post's subtitle field, shown ABOVE the
`<h1>`: not title, not text) and `ul.post-detail` (author link `/vi/tin-tuc/author/<user>/`, the date
"14 Tháng Ba 2026" with no time); the time is only in django-meta's `article:published_time`, printed in UTC
(`2026-03-14T01:30:00+00:00`; one post crosses midnight: 23:30 UTC is 06:30 the next day in Vietnam). The text is
`div.blog-lead` (the abstract, first line) then `div.blog-content`, a run of plugin divs (`div.cms-plugin` text
plugins, picture plugins with `figcaption`, a file plugin holding the PDF: an attachment, not text). The sidebar
"Tin mới nhất" plugin renders the latest posts with the SAME `article.post-item` / `div.blog-lead` markup (titles,
meta lines, abstracts) on every page. The author link is sometimes a full name (a person), sometimes the bare
username `bientap` (the account, not an author), sometimes absent; bylines end some texts. Events are a second
blog app config (`/vi/su-kien/<slug>/`, slug-only permalinks) whose template shows no date: the date is only in the
text ("Ngày 12/3", no year) and in the listing. A language chooser links the English site `/en/` (one page).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-danang-moi"
NAME = "Liên minh Hợp tác xã thành phố Đà Nẵng"
HTML = "text/html; charset=utf-8"
BLOG = "/vi/tin-tuc/"
EVENTS = "/vi/su-kien/"
ABOUT = "/vi/gioi-thieu/"
CONTACT = "/vi/lien-he/"
SEARCH = "/vi/tim-kiem/?q=ocop"
EN = "/en/"
PDF_PATH = "/media/filer_public/3c/7a/3c7a91e2-5b1d-4f0e-9a55-2d8e4c1b6f70/kh-15-lmhtx-ngay-htx-2026.pdf"
MONTHS = ("Một", "Hai", "Ba", "Tư", "Năm", "Sáu", "Bảy", "Tám", "Chín", "Mười", "Mười Một", "Mười Hai")
CATS = {"hoat-dong-lien-minh": "Hoạt động Liên minh", "htx-tieu-bieu": "HTX tiêu biểu",
        "van-ban": "Văn bản", "anh": "Ảnh"}
TAGS = {"ocop": "OCOP", "quang-nam": "Quảng Nam", "du-lich-cong-dong": "Du lịch cộng đồng"}
USERS = {"lethuha": "Lê Thu Hà", "phanquochuy": "Phan Quốc Huy", "tranquangvinh": "Trần Quang Vinh",
         "bientap": ""}

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Đà Nẵng - Quảng Nam: chung một mái nhà, cùng phát triển kinh tế tập thể",
           "Chào mừng kỷ niệm 80 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2026)"]
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã thành phố Đà Nẵng",
          "Trụ sở: Số 35 Trần Phú, phường Hải Châu, thành phố Đà Nẵng",
          "Cơ sở 2: Số 02 Trần Hưng Đạo, phường Tam Kỳ, thành phố Đà Nẵng",
          "Điện thoại: 0236.3822.190 - Email: lmhtx@danang.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Thành - Chủ tịch Liên minh HTX thành phố",
          "Giấy phép số 12/GP-STTTT do Sở Khoa học và Công nghệ thành phố Đà Nẵng cấp ngày 25/8/2025",
          "Phát triển trên nền tảng django CMS"]
SIDE = ["Tin mới nhất", "Thời tiết Đà Nẵng", "Có mây, chiều tối có mưa rào", "Độ ẩm: 78%",
        "Thống kê truy cập", "Đang online: 21", "Hôm nay: 612", "Tổng lượt truy cập: 1.587.204", "Liên kết website"]
POLL_Q = "Bạn đánh giá thế nào về giao diện mới của cổng thông tin?"
POLL_A = ("Dễ tìm thông tin", "Cần bổ sung chuyên mục", "Khó sử dụng")
LABELS = ["Chia sẻ bài viết", "Ngôn ngữ", "Bình chọn", "Xem kết quả",
          "Bỏ qua để đến nội dung chính"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, POLL_Q, *POLL_A, *LABELS]


def vdate(d: datetime) -> str:
    return f"{d.day} Tháng {MONTHS[d.month - 1]} {d.year}"


def meta_dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="metadata", evidence=["metadata", "url", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=BLOG + "2026/03/14/htx-rau-tra-que-mo-rong-vung-san-xuat-vietgap/",
          title="HTX rau Trà Quế mở rộng vùng sản xuất đạt chuẩn VietGAP",
          date=datetime(2026, 3, 14, 8, 30), kicker="Hướng tới kỷ niệm 80 năm Ngày Hợp tác xã Việt Nam",
          lead="HTX Nông nghiệp Trà Quế (phường Hội An Tây) vừa được cấp chứng nhận VietGAP cho thêm 8 ha rau gia vị, nâng tổng diện tích đạt chuẩn lên 22 ha.",
          body="""
Làng rau Trà Quế có lịch sử hơn 300 năm, nổi tiếng với rau húng, tía tô, kinh giới được bón bằng rong rêu vớt từ sông Đế Võng. HTX hiện có 186 thành viên, mỗi ngày cung ứng khoảng 4 tấn rau cho các nhà hàng, khách sạn ở Hội An và Đà Nẵng.
[img rau-tra-que.png] Thành viên HTX Nông nghiệp Trà Quế thu hoạch rau húng trên ruộng đạt chuẩn VietGAP
## Giữ nghề truyền thống, làm theo quy trình mới
Để đạt chuẩn, HTX lập tổ giám sát nội bộ, hướng dẫn thành viên ghi nhật ký sản xuất và chỉ dùng phân hữu cơ ủ tại chỗ. Sản phẩm được dán tem truy xuất nguồn gốc bằng mã QR.
* Giá bán rau đạt chuẩn cao hơn rau thường từ 15 đến 20%;
* Hơn 30 nhà hàng ký hợp đồng tiêu thụ dài hạn;
* Khách du lịch trải nghiệm trồng rau mang lại thêm nguồn thu cho 40 hộ.
Năm 2026, HTX đặt mục tiêu đưa sản phẩm rau gia vị Trà Quế đạt OCOP 4 sao.
""",
          author="Lê Thu Hà", **meta_dated(datetime(2026, 3, 14, 8, 30)),
          opts={"user": "lethuha", "cat": "htx-tieu-bieu", "tags": ["ocop", "quang-nam"]},
          notes=["the header's <h2> above the <h1> is the post's subtitle field, a kicker ('Hướng tới kỷ niệm 80 năm "
                 "…'): neither title nor text; ul.post-detail shows '14 Tháng Ba 2026' (no time) and the author link "
                 "'Lê Thu Hà' (/vi/tin-tuc/author/lethuha/): the author; the time only in django-meta's "
                 "article:published_time '2026-03-14T01:30:00+00:00' (UTC): 08:30"]),
        A(path=BLOG + "2026/02/06/anh-phien-cho-san-pham-ocop-da-nang-quang-nam/",
          title="Ảnh: Phiên chợ sản phẩm OCOP Đà Nẵng - Quảng Nam đón Tết",
          date=datetime(2026, 2, 6, 16, 0),
          lead="Phiên chợ sản phẩm OCOP và HTX đón Tết Bính Ngọ tại công viên Biển Đông quy tụ 120 gian hàng của các HTX vùng đồng bằng và miền núi.",
          body="""
[img cho-ocop-1.png] Gian hàng sâm Ngọc Linh của HTX Dược liệu Trà Linh thu hút đông khách
[img cho-ocop-2.png] Mì Quảng khô, bánh tráng Đại Lộc và nước mắm Cửa Khe bày bán tại phiên chợ
[img cho-ocop-3.png] Người dân chọn mua rượu Bàu Đá, đặc sản của HTX An Nhơn
[img cho-ocop-4.png] Lãnh đạo Liên minh HTX thành phố thăm gian hàng của HTX Nông nghiệp Điện Phương
""",
          author="Phan Quốc Huy", **meta_dated(datetime(2026, 2, 6, 16, 0)),
          opts={"user": "phanquochuy", "cat": "anh", "tags": ["ocop"]},
          notes=["photo story: the blog-lead then four picture plugins (figure, figcaption: one line each) and no text "
                 "plugin; author link 'Phan Quốc Huy': the author"]),
        A(path=BLOG + "2026/03/23/ke-hoach-to-chuc-ky-niem-80-nam-ngay-hop-tac-xa-viet-nam/",
          title="Kế hoạch tổ chức các hoạt động kỷ niệm 80 năm Ngày Hợp tác xã Việt Nam",
          date=datetime(2026, 3, 23, 10, 15),
          body="""
LIÊN MINH HTX THÀNH PHỐ ĐÀ NẴNG
Số: 15/KH-LMHTX
Đà Nẵng, ngày 20 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm 80 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2026)
Thực hiện Kế hoạch số 38/KH-LMHTXVN ngày 02/3/2026 của Liên minh Hợp tác xã Việt Nam, Liên minh HTX thành phố xây dựng kế hoạch như sau:
I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng truyền thống 80 năm của phong trào hợp tác xã; tôn vinh các HTX, cán bộ quản lý tiêu biểu của thành phố sau hợp nhất.
II. NỘI DUNG HOẠT ĐỘNG
1. Tổ chức Lễ kỷ niệm vào ngày 10/4/2026 tại Trung tâm Hội nghị thành phố, quy mô 400 đại biểu.
2. Trưng bày sản phẩm OCOP và sản phẩm tiêu biểu của HTX từ ngày 08 đến 12/4/2026.
3. Biểu dương 80 HTX, liên hiệp HTX tiêu biểu giai đoạn 2021 - 2025.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh chủ trì, phối hợp các ban chuyên môn triển khai; các HTX đăng ký gian hàng trước ngày 31/3/2026.
Nơi nhận: Thường trực Thành ủy; UBND thành phố; Liên minh HTX Việt Nam; Các HTX; Lưu VT.
CHỦ TỊCH Nguyễn Văn Thành
""",
          author=None, doc_number="15/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "kh-15-lmhtx-ngay-htx-2026.pdf"}],
          **meta_dated(datetime(2026, 3, 23, 10, 15)),
          opts={"user": "bientap", "cat": "van-ban", "tags": []},
          notes=["official plan 'Số: 15/KH-LMHTX', place-date line 'Đà Nẵng, ngày 20 tháng 3 năm 2026' three days "
                 "before the post's date (23 Tháng Ba 2026, meta 03:15 UTC = 10:15); signer last; the author link is "
                 "the bare username 'bientap' (no full name: the account): author null; the PDF in a file plugin "
                 "after the text: an attachment, not text"]),
        A(path=EVENTS + "ra-mat-htx-du-lich-cong-dong-co-tu-tay-giang/",
          title="Ra mắt HTX du lịch cộng đồng Cơ Tu ở Tây Giang",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại thôn Atu, xã Tây Giang, Liên minh HTX thành phố phối hợp với UBND xã tổ chức lễ ra mắt HTX Du lịch cộng đồng Cơ Tu Tây Giang.
HTX có 31 thành viên là đồng bào Cơ Tu, khai thác các dịch vụ lưu trú tại nhà sàn, ẩm thực truyền thống, dệt thổ cẩm và tham quan rừng pơ mu.
[img htx-co-tu.png] Các thành viên HTX múa tân tân trong lễ ra mắt
Liên minh HTX thành phố hỗ trợ HTX xây dựng phương án kinh doanh, tập huấn kỹ năng đón khách và kết nối với các doanh nghiệp lữ hành ở Đà Nẵng.
""",
          byline="Bài, ảnh: Minh Tâm", author="Minh Tâm", published=iso(datetime(2026, 3, 12), with_time=False),
          published_source="listing", evidence=["listing"],
          opts={"event": True, "cat": "hoat-dong-lien-minh", "tags": ["du-lich-cong-dong", "quang-nam"]},
          notes=["'Sự kiện' blog app config: slug-only permalink, no ul.post-detail, no article:published_time: the "
                 "date is only in the text ('Ngày 12/3', no year) and in the listing /vi/su-kien/ '12 Tháng Ba 2026': "
                 "midnight; byline 'Bài, ảnh: Minh Tâm' last: part of the text, the author"]),
        A(path=BLOG + "2025/12/08/tam-ky-co-them-10-san-pham-ocop-cua-htx/",
          title="Khu vực Tam Kỳ có thêm 10 sản phẩm OCOP của HTX",
          date=datetime(2025, 12, 8, 14, 0),
          lead="Hội đồng đánh giá, phân hạng sản phẩm OCOP thành phố công nhận 10 sản phẩm của các HTX khu vực Tam Kỳ, Núi Thành (Quảng Nam cũ) đạt 3 sao và 4 sao.",
          body="""
Đây là đợt công nhận đầu tiên sau khi hợp nhất, nâng tổng số sản phẩm OCOP của HTX toàn thành phố lên 214 sản phẩm.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Nước mắm Tam Thanh | HTX Thủy sản Tam Thanh | 4 sao |
| 2 | Cá bống kho tộ | HTX Dịch vụ Tam Phú | 3 sao |
| 3 | Trà sâm dây | HTX Nông nghiệp Tam Anh | 3 sao |
| 4 | Mực một nắng | HTX Hải sản Tam Hải | 4 sao |
Các chủ thể có sản phẩm được công nhận sẽ được hỗ trợ tham gia các hội chợ xúc tiến thương mại trong năm 2026.
""",
          byline="Hoàng Vy", author="Hoàng Vy", **meta_dated(datetime(2025, 12, 8, 14, 0)),
          opts={"user": "bientap", "cat": "htx-tieu-bieu", "tags": ["ocop", "quang-nam"]},
          notes=["a data table in the text plugin (one line per row, cells between ' | '); byline 'Hoàng Vy' last "
                 "(right-aligned bold): part of the text, the author; the author link is the account 'bientap'"]),
        A(path=BLOG + "2025/10/15/hoi-nghi-ban-chap-hanh-lien-minh-htx-thanh-pho-lan-thu-hai/",
          title="Hội nghị Ban Chấp hành Liên minh HTX thành phố lần thứ hai",
          date=datetime(2025, 10, 15, 6, 30),
          lead="Sáng 14/10, Ban Chấp hành Liên minh HTX thành phố Đà Nẵng khóa mới tổ chức hội nghị lần thứ hai, đánh giá kết quả 9 tháng năm 2025.",
          body="""
Sau hợp nhất, thành phố có 1.065 HTX, 12 liên hiệp HTX và hơn 2.900 tổ hợp tác; 72% HTX hoạt động trong lĩnh vực nông nghiệp, chủ yếu ở khu vực Quảng Nam cũ.
## Nhiệm vụ trọng tâm quý IV
* Hoàn thành sắp xếp bộ máy tại hai cơ sở Hải Châu và Tam Kỳ;
* Tổ chức lớp bồi dưỡng cán bộ quản lý HTX cho 26 xã miền núi;
* Chuẩn bị các hoạt động kỷ niệm 80 năm Ngày Hợp tác xã Việt Nam.
Hội nghị đã kiện toàn chức danh Phó Chủ tịch Liên minh HTX thành phố và thông qua quy chế làm việc của Ban Chấp hành.
""",
          author="Trần Quang Vinh", **meta_dated(datetime(2025, 10, 15, 6, 30)),
          opts={"user": "tranquangvinh", "cat": "hoat-dong-lien-minh", "tags": []},
          notes=["published at 06:30 in Vietnam: article:published_time is '2025-10-14T23:30:00+00:00' (UTC, the day "
                 "before) while the URL and the meta line say 15 Tháng Mười 2025; the lead's 'Sáng 14/10' is the "
                 "event; author link 'Trần Quang Vinh'"]),
        A(path=BLOG + "2025/08/20/lien-minh-htx-thanh-pho-da-nang-moi-chinh-thuc-hoat-dong/",
          title="Liên minh HTX thành phố Đà Nẵng (mới) chính thức hoạt động",
          date=datetime(2025, 8, 20, 9, 0),
          lead="Liên minh HTX thành phố Đà Nẵng được hợp nhất từ Liên minh HTX thành phố Đà Nẵng và Liên minh HTX tỉnh Quảng Nam đã chính thức đi vào hoạt động.",
          body="""
Cơ quan Liên minh làm việc tại trụ sở số 35 Trần Phú và cơ sở 2 tại phường Tam Kỳ; các HTX khu vực Quảng Nam cũ tiếp tục nộp hồ sơ vay vốn tại cơ sở 2.
[img ra-mat-lien-minh.png] Lãnh đạo thành phố trao quyết định cho Ban Thường vụ Liên minh HTX thành phố
Trong giai đoạn đầu, Liên minh ưu tiên thống nhất dữ liệu HTX, quy trình hỗ trợ và giữ ổn định các chương trình đang triển khai.
""",
          author=None, **meta_dated(datetime(2025, 8, 20, 9, 0)),
          opts={"user": None, "cat": "hoat-dong-lien-minh", "tags": []},
          notes=["oldest post: only on /vi/tin-tuc/?page=2 (and its category and month archive); no author link and no "
                 "byline: author null"]),
        A(path=BLOG + "2024/09/18/htx-que-tra-my-lien-ket-xuat-khau/",
          title="HTX quế Trà My liên kết xuất khẩu sang châu Âu",
          date=datetime(2024, 9, 18, 15, 45),
          lead="HTX Nông lâm nghiệp Trà My ký hợp đồng cung ứng 300 tấn quế vỏ khô cho doanh nghiệp xuất khẩu sang thị trường châu Âu.",
          body="""
HTX có 142 thành viên trồng quế trên diện tích 520 ha, trong đó 180 ha được cấp chứng nhận hữu cơ.
[img que-tra-my.png] Thành viên HTX phơi quế vỏ tại xã Trà Mai
Giá thu mua theo hợp đồng cao hơn thương lái khoảng 10%, doanh nghiệp hỗ trợ thành viên kỹ thuật bóc vỏ và sơ chế đạt chuẩn xuất khẩu.
""",
          byline="Nguồn: Báo Quảng Nam", author=None, **meta_dated(datetime(2024, 9, 18, 15, 45)),
          opts={"user": None, "cat": "htx-tieu-bieu", "tags": ["quang-nam"]},
          notes=["a 2024 post migrated from the former Quảng Nam portal (date kept); the text ends with 'Nguồn: Báo "
                 "Quảng Nam': part of the text, a source; no author link: author null"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str, size: str = "") -> str:
    h = hashlib.md5(src.encode()).hexdigest()
    return f"/media/filer_public_thumbnails/filer_public/{h[:2]}/{h[2:4]}/{src}{size}"


def plugin_id(a: Article, i: int) -> int:
    return 1200 + int(hashlib.md5(a.path.encode()).hexdigest()[:3], 16) % 700 + i


def content_plugins(a: Article) -> str:
    out: list[str] = []
    run: list[str] = []
    rows: list[list[str]] = []
    n = [0]

    def flush() -> None:
        nonlocal rows
        if rows:
            head, *body = rows
            run.append('<table class="table table-bordered"><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "</tr></thead><tbody>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                                                         for r in body) + "</tbody></table>")
            rows = []
        if run:
            n[0] += 1
            out.append(f'<div class="cms-plugin cms-plugin-{plugin_id(a, n[0])} djangocms-text">{"".join(run)}</div>')
            run.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        if rows:
            head, *body = rows
            run.append('<table class="table table-bordered"><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "</tr></thead><tbody>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                                                         for r in body) + "</tbody></table>")
            rows = []
        if b.kind == "p":
            run.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            run.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            run.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            flush()
            n[0] += 1
            out.append(f'<div class="cms-plugin cms-plugin-{plugin_id(a, n[0])} djangocms-picture">'
                       f'<figure class="picture align-center"><img class="img-fluid" src="{img(b.src, "__800x533_q85_subsampling-2.png")}" '
                       f'alt="{attr(b.text)}" width="800" height="533">'
                       + (f"<figcaption>{esc(b.text)}</figcaption>" if b.text else "") + "</figure></div>")
    if a.byline:
        run.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    if a.attachments:
        n[0] += 1
        x = a.attachments[0]
        out.append(f'<div class="cms-plugin cms-plugin-{plugin_id(a, n[0])} djangocms-file"><span class="file">'
                   f'<a href="{x["path"]}" target="_blank"><span class="icon icon-pdf"></span> {esc(x["text"])}</a> '
                   f'<small>(184,2 KB)</small></span></div>')
    return "".join(out)


def meta_line(a: Article) -> str:
    o = a.opts
    lis = []
    if o.get("user"):
        full = USERS[o["user"]] or o["user"]
        lis.append(f'<li>bởi <a href="{BLOG}author/{o["user"]}/">{esc(full)}</a></li>')
    lis.append(f"<li>{vdate(a.date)}</li>")
    tags = [f'<li class="category_1"><a href="{BLOG}category/{o["cat"]}/" class="blog-categories-3">{CATS[o["cat"]]}</a></li>']
    tags += [f'<li class="tag_{i}"><a href="{BLOG}tag/{t}/" class="blog-tag blog-tag-2">{TAGS[t]}</a></li>'
             for i, t in enumerate(o.get("tags", []), 1)]
    return f'<ul class="post-detail">{"".join(lis)}</ul><ul class="post-detail tags">{"".join(tags)}</ul>'


def post_item(a: Article, heading: str = "h3") -> str:
    """djangocms-blog's list item (listings and the 'Tin mới nhất' plugin)."""
    pic = a.first_image()
    meta = "" if a.opts.get("event") else meta_line(a)
    lead = a.lead or a.summary()
    return (f'<article id="post-{a.path.rstrip("/").rsplit("/", 1)[1]}" class="post-item">'
            f'<header><{heading}><a href="{a.path}">{esc(a.title)}</a></{heading}>{meta}</header>'
            + (f'<div class="blog-visual"><img src="{img(pic, "__300x200_q85_crop.png")}" alt="" width="300" height="200"></div>'
               if pic else "")
            + f'<div class="blog-lead"><p>{esc(" ".join(lead.split()[:30]))}</p></div>'
            f'<footer class="read-more"><a href="{a.path}">Đọc tiếp »</a></footer></article>')


def detail(a: Article) -> str:
    o = a.opts
    kicker = f"<h2>{esc(a.kicker)}</h2>" if a.kicker else ""
    meta = "" if o.get("event") else meta_line(a)
    pic = a.first_image()
    visual = (f'<div class="blog-visual"><img src="{img(pic, "__1140x640_q85_crop.png")}" alt="" width="1140" height="640"></div>'
              if pic and o.get("cat") != "anh" else "")
    lead = f'<div class="blog-lead"><p>{esc(a.lead)}</p></div>' if a.lead else ""
    return (f'<article id="post-{a.path.rstrip("/").rsplit("/", 1)[1]}" class="post-item post-detail">'
            f'<header>{kicker}<h1>{esc(a.title)}</h1>{meta}</header>{visual}{lead}'
            f'<div class="blog-content">{content_plugins(a)}</div>'
            f'<div class="share-post"><span>Chia sẻ bài viết</span> <a href="javascript:void(0)" class="fb">Facebook</a> '
            f'<a href="javascript:void(0)" class="zalo">Zalo</a></div></article>')


def layout(title: str, main: str, latest: list[Article], *, head: str = "", lang_path: str = EN) -> str:
    nav = "".join(f'<li class="child"><a href="{h}">{t}</a></li>' for h, t in
                  [("/vi/", "Trang chủ"), (ABOUT, "Giới thiệu"), (BLOG, "Tin tức"), (EVENTS, "Sự kiện"),
                   (BLOG + "category/van-ban/", "Văn bản"), (BLOG + "category/anh/", "Ảnh"), (CONTACT, "Liên hệ")])
    latest_html = "".join(post_item(a, "h4") for a in latest)
    poll = "".join(f'<li><label><input type="radio" name="choice" value="{i}"> {esc(x)}</label></li>'
                   for i, x in enumerate(POLL_A, 1))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} | Liên minh HTX thành phố Đà Nẵng</title>
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/djangocms_blog/css/djangocms_blog.css">{head}
</head>
<body class="cms-ready">
<a class="skip-link" href="#content">Bỏ qua để đến nội dung chính</a>
<div class="topbar"><div class="container"><span class="today">{TODAY}</span>
<div class="language-chooser"><span>Ngôn ngữ</span> <ul class="nav"><li class="lang active"><a href="/vi/" class="active">vi</a></li><li class="lang"><a href="{lang_path}">en</a></li></ul></div></div></div>
<header class="site-header"><div class="container">
<a class="navbar-brand" href="/vi/"><img src="/static/img/logo-lmhtx-danang.png" alt="{NAME}"></a>
<div class="slogan"><p>{esc(SLOGANS[0])}</p><p>{esc(SLOGANS[1])}</p></div>
<form class="search" action="/vi/tim-kiem/" method="get"><input type="text" name="q" placeholder="Tìm kiếm..."><button type="submit">Tìm</button></form>
</div><nav class="navbar navbar-expand-lg"><div class="container"><ul class="navbar-nav">{nav}</ul></div></nav></header>
<div class="container" id="content"><div class="row">
<main class="col-md-8">
{main}
</main>
<aside class="col-md-4 sidebar">
<div class="plugin plugin-blog"><h3 class="plugin-title">{SIDE[0]}</h3><div class="blog-latest-entries">{latest_html}</div></div>
<div class="plugin weather"><h3>{SIDE[1]}</h3><p class="temp">27°C</p><p>{SIDE[2]}</p><p>{SIDE[3]}</p></div>
<div class="plugin poll"><h3>Thăm dò ý kiến</h3><form method="post" action="/vi/"><input type="hidden" name="csrfmiddlewaretoken" value="pX4k2LqT9vYb8nE1cW7sZr3mHj6dGf0a"><p>{esc(POLL_Q)}</p><ul>{poll}</ul><button type="submit">Bình chọn</button> <button type="button">Xem kết quả</button></form></div>
<div class="plugin counter"><h3>{SIDE[4]}</h3><p>{SIDE[5]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div>
<div class="plugin links"><h3>{SIDE[8]}</h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
</aside>
</div></div>
<footer class="site-footer"><div class="container">{"".join(f"<p>{esc(x)}</p>" for x in FOOTER)}</div></footer>
<script src="/static/js/bundle.min.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "da-nang", NAME, "generic", None, start_urls=["{{base:%s}}/vi/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    posts = [a for a in arts if not a.opts.get("event")]
    events = [a for a in arts if a.opts.get("event")]
    latest = posts[:3]

    for a in arts:
        head = ""
        if not a.opts.get("event"):
            utc = a.date - timedelta(hours=7)
            head = (f'\n<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a.title)}">'
                    f'\n<meta property="article:published_time" content="{utc:%Y-%m-%dT%H:%M:%S}+00:00">'
                    f'\n<meta property="article:section" content="{CATS[a.opts["cat"]]}">')
        head += f'\n<link rel="canonical" href="{a.path}">'
        site.page(a.path, layout(a.title, detail(a), latest, head=head), content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 15/KH-LMHTX", ["KE HOACH KY NIEM 80 NAM NGAY HTX VIET NAM",
                                                         "Lien minh HTX thanh pho Da Nang"]))

    def listing(path: str, title: str, items: list[Article], per: int = 5) -> None:
        pages = [items[i:i + per] for i in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(pages, 1):
            url = path if n == 1 else f"{path}?page={n}"
            pager = ""
            if len(pages) > 1:
                pager = ('<nav class="pagination"><ul>'
                         + (f'<li><a href="?page={n - 1}">« trước</a></li>' if n > 1 else "")
                         + f'<li class="current">Trang {n} / {len(pages)}</li>'
                         + (f'<li><a href="?page={n + 1}">sau »</a></li>' if n < len(pages) else "") + "</ul></nav>")
            rows = []
            for a in chunk:
                item = post_item(a, "h3")
                if a.opts.get("event"):
                    item = item.replace("</h3>", f'</h3><ul class="post-detail"><li>{vdate(a.date)}</li></ul>', 1)
                rows.append(item)
            main = f'<section class="blog-list"><h2>{esc(title)}</h2>{"".join(rows) or "<p>Chưa có bài viết.</p>"}{pager}</section>'
            site.page(url, layout(title if n == 1 else f"{title} - Trang {n}", main, latest), content_type=HTML)
            site.non_articles.append(url)

    listing(BLOG, "Tin tức", posts)
    listing(EVENTS, "Sự kiện", events)
    for slug, name in CATS.items():
        listing(f"{BLOG}category/{slug}/", name, [a for a in posts if a.opts["cat"] == slug], 10)
    for slug, name in TAGS.items():
        listing(f"{BLOG}tag/{slug}/", f"Từ khóa: {name}", [a for a in posts if slug in a.opts.get("tags", [])], 10)
    for user, full in USERS.items():
        listing(f"{BLOG}author/{user}/", f"Bài viết của {full or user}", [a for a in posts if a.opts.get("user") == user], 10)
    months = sorted({(a.date.year, a.date.month) for a in posts}, reverse=True)
    for y, m in months:
        listing(f"{BLOG}{y}/{m:02d}/", f"Lưu trữ: Tháng {MONTHS[m - 1]} {y}",
                [a for a in posts if (a.date.year, a.date.month) == (y, m)], 10)
    archive = "".join(f'<li><a href="{BLOG}{y}/{m:02d}/">Tháng {MONTHS[m - 1]} {y}</a></li>' for y, m in months)
    site.trap("djangocms-blog month archives /vi/tin-tuc/2026/03/ share the posts' full-date permalink prefix: "
              "listings (post items with meta lines and abstracts), not articles", f"{BLOG}2026/03/")
    site.trap("listing /vi/tin-tuc/ (article.post-item: h3 link, meta line, image, blog-lead abstract, 'Đọc tiếp »') "
              "paged by ?page=2 (relative '?page=2' links), which holds the two oldest posts", f"{BLOG}?page=2")
    site.trap("author pages /vi/tin-tuc/author/<user>/ and tag pages /vi/tin-tuc/tag/<t>/: listings, not articles",
              f"{BLOG}author/lethuha/")
    site.trap("the sidebar 'Tin mới nhất' plugin renders the three latest posts with the same article.post-item / "
              "ul.post-detail / div.blog-lead markup as the post itself (titles, dates, abstracts) on every page",
              arts[0].path)

    home = (f'<section class="featured">{post_item(posts[0], "h2")}</section>'
            f'<section class="home-latest"><h2>Tin hoạt động</h2>{"".join(post_item(a) for a in posts[1:6])}'
            f'<a class="more" href="{BLOG}">Xem tất cả</a></section>'
            f'<section class="home-events"><h2>Sự kiện</h2>{"".join(post_item(a) for a in events)}</section>'
            f'<section class="archive"><h2>Lưu trữ</h2><ul>{archive}</ul></section>')
    site.page("/vi/", layout("Trang chủ", home, latest), content_type=HTML)
    site.redirect("/", "/vi/", 302)

    about = ["Liên minh Hợp tác xã thành phố Đà Nẵng được hợp nhất từ Liên minh Hợp tác xã thành phố Đà Nẵng và "
             "Liên minh Hợp tác xã tỉnh Quảng Nam theo Nghị quyết của Hội đồng nhân dân thành phố, hoạt động từ ngày "
             "01 tháng 7 năm 2025.",
             "Liên minh là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp của các hợp tác xã, "
             "liên hiệp hợp tác xã, tổ hợp tác; tuyên truyền, tư vấn, đào tạo, hỗ trợ tiếp cận vốn và xúc tiến thương "
             "mại cho khu vực kinh tế tập thể trên địa bàn thành phố.",
             "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Thi đua, Ban Hỗ trợ phát triển hợp tác "
             "xã và Quỹ hỗ trợ phát triển hợp tác xã, làm việc tại trụ sở chính ở phường Hải Châu và cơ sở 2 ở phường "
             "Tam Kỳ."]
    site.page(ABOUT, layout("Giới thiệu", '<div class="page-content"><h1>Giới thiệu</h1>'
                            + "".join(f'<div class="cms-plugin djangocms-text"><p>{esc(p)}</p></div>' for p in about)
                            + '</div>', latest, head=f'\n<link rel="canonical" href="{ABOUT}">'), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", f'<div class="page-content"><h1>Liên hệ</h1><p>{NAME}</p>'
                              '<form method="post" action="/vi/lien-he/"><input type="hidden" name="csrfmiddlewaretoken" '
                              'value="pX4k2LqT9vYb8nE1cW7sZr3mHj6dGf0a"><input name="name"><input name="email">'
                              '<textarea name="message"></textarea><button type="submit">Gửi</button></form></div>',
                              latest), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(SEARCH, layout("Tìm kiếm", '<div class="search-results"><h1>Kết quả tìm kiếm: ocop</h1><ul>'
                             + "".join(f'<li><h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(a.summary())}</p></li>'
                                       for a in found) + "</ul></div>", latest), content_type=HTML)
    en = ('<div class="page-content"><h1>Da Nang City Cooperative Alliance</h1>'
          "<p>The Da Nang City Cooperative Alliance was formed on 1 July 2025 by merging the cooperative alliances of "
          "Da Nang City and Quang Nam Province. It represents and supports more than one thousand cooperatives, "
          "cooperative unions and cooperative groups.</p><p>News on this portal is published in Vietnamese. "
          f'Please visit the <a href="/vi/">Vietnamese version</a>.</p></div>')
    site.page(EN, layout("Home", en, latest, lang_path=EN).replace('lang="vi"', 'lang="en"', 1), content_type=HTML)
    site.trap("language chooser 'vi | en' on every page: /en/ is the English home (an h1 and two paragraphs, no date); "
              "introduction /vi/gioi-thieu/ (text plugins, no date), /vi/lien-he/ (a form) and search "
              "/vi/tim-kiem/?q=ocop: not articles", EN)
    site.non_articles += ["/vi/", ABOUT, CONTACT, SEARCH, EN]
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /vi/admin/\n")
    return site
