"""Site `lmhtx-bacninh-moi` (registry family `generic`): the portal of the merged Bắc Ninh alliance (Bắc Giang joined
it on 1 July 2025) built with the Jimdo Creator site builder, written as a held-out test: no family module, no
selectors.

Why it is hard: there is no article element. A blog post is `div.j-blog` with `div.j-blog-meta` (the date as Jimdo
prints it in Vietnamese, "Thứ sáu, 14 tháng 3 năm 2025", no time, and the h1 `j-blog-headline`), then
`div.j-blog-content` holding a matrix of modules: `div.j-text` (several `<p>` or a `<ul>` in one module),
`div.j-header` (h2 sub-headings), `div.j-imageSubtitle` (photo + `figcaption`), `div.j-hgrid` columns (two photos side
by side), `div.j-hr`, `div.j-spacing`; after it Jimdo's share buttons and the comments module (a reader's name and
"Thứ bảy, 15 tháng 3 năm 2025 20:15"). The header shows today's date in the very same form ("Hôm nay: Thứ hai, 23
tháng 11 năm 2026"). The post URL `/tin-tuc/YYYY/MM/DD/slug/` is the day the post was CREATED: one post was
re-dated before publishing (URL 10 March, page 13 March). The official plan is not a blog post but an ordinary
Jimdo page (`/van-ban/…/`, a header module and text modules; its date only in the document). Ordinary pages of the
same make (introduction, contact form, gallery, the documents index, "Giới thiệu" site info, sitemap) are not
articles; the blog index `div.j-blogSelection` ("Đọc thêm") pages with `?page=2`; a cookie notice and a footer with
"Đăng nhập" (disallowed by robots.txt).
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-bacninh-moi"
NAME = "Liên minh Hợp tác xã tỉnh Bắc Ninh"
BLOG = "/tin-tuc/"
DOCS = "/van-ban/"
ABOUT = "/gioi-thieu/"
CONTACT = "/lien-he/"
GALLERY = "/thu-vien-anh/"
IMPRINT = "/about/"
SITEMAP = "/sitemap/"
LOGIN = "/app/auth/login/"
PDF_PATH = "/app/download/9812345601/KH-15-LMHTX.pdf"
PER = 5


def vn_long(d: datetime) -> str:
    return f"{weekday(d, lower=True)}, {d.day} tháng {d.month} năm {d.year}"


TODAY = f"Hôm nay: {vn_long(TODAY_2026)}"
SLOGANS = ["Kết nối - Hỗ trợ - Phát triển hợp tác xã Kinh Bắc", "Hotline hỗ trợ HTX: 0222.3822.155"]
COOKIE = ["Trang web này sử dụng cookie để bảo đảm bạn có trải nghiệm tốt nhất. Nếu tiếp tục duyệt trang, bạn đồng ý "
          "với việc sử dụng cookie.", "Tìm hiểu thêm", "Đồng ý"]
FOOTER = ["Liên minh Hợp tác xã tỉnh Bắc Ninh",
          "Trụ sở: Số 8 đường Lý Thái Tổ, phường Kinh Bắc, tỉnh Bắc Ninh",
          "Cơ sở 2: Số 1 đường Nguyễn Văn Cừ, phường Bắc Giang, tỉnh Bắc Ninh",
          "Điện thoại: 0222.3822.155 - Email: lmhtxbacninh@gmail.com",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Hữu Thành - Chủ tịch Liên minh HTX tỉnh"]
JIMDO = ["Bảo vệ dữ liệu", "Chính sách cookie", "Sơ đồ trang", "Đăng nhập", "Xóa | Sửa", "Viết bình luận",
         "Bình luận: 0", "Chia sẻ bài viết", "Tin mới nhất", "Thống kê truy cập: 318.227 lượt"]
BOILERPLATE = [TODAY, *SLOGANS, COOKIE[0], *FOOTER, *JIMDO]


@dataclass
class Post(Article):
    created: datetime | None = None  # the day in the URL
    kind: str = "post"  # post | page
    comments: list[tuple[str, datetime, str]] = field(default_factory=list)
    grid: bool = False  # photos two by two in j-hgrid columns


def slug_path(d: datetime, slug: str) -> str:
    return f"{BLOG}{d:%Y/%m/%d}/{slug}/"


def meta(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element",
                evidence=["date-element", "url", "listing"])


def articles() -> list[Post]:
    P = Post
    return [
        P(path=slug_path(datetime(2026, 3, 18), "htx-vai-thieu-luc-ngan-ky-hop-dong-xuat-khau-2026"),
          title="HTX vải thiều Lục Ngạn ký hợp đồng xuất khẩu vụ 2026",
          date=datetime(2026, 3, 18),
          body="""
Ba HTX vải thiều khu vực Lục Ngạn (Bắc Giang cũ) vừa ký hợp đồng cung ứng 1.500 tấn vải tươi cho các doanh nghiệp xuất khẩu sang Nhật Bản, Hàn Quốc và Australia.
Đây là năm đầu tiên các HTX ký hợp đồng từ trước khi vải ra hoa, giúp thành viên chủ động đầu tư chăm sóc theo đúng tiêu chuẩn của nhà nhập khẩu.
[img vai-thieu-luc-ngan.png] Đại diện các HTX và doanh nghiệp ký kết hợp đồng tiêu thụ vải thiều
## Vùng trồng được cấp mã số
Liên minh HTX tỉnh đã phối hợp với ngành nông nghiệp hướng dẫn các HTX hoàn thiện hồ sơ cấp mã số vùng trồng cho 420 ha vải.
* HTX Vải thiều Nam Dương: 180 ha, 95 thành viên;
* HTX Nông sản an toàn Phượng Sơn: 140 ha, 72 thành viên;
* HTX Vải thiều Hồng Giang: 100 ha, 58 thành viên.
Giá thu mua trong hợp đồng không thấp hơn giá thị trường tại thời điểm thu hoạch và được điều chỉnh theo từng tuần.
Bài, ảnh: Ngọc Anh
""",
          byline=None, author="Ngọc Anh", **meta(datetime(2026, 3, 18)),
          notes=["blog post: j-blog-meta 'Thứ tư, 18 tháng 3 năm 2026' (no time: midnight) and the h1; a j-header "
                 "h2 and a list inside a j-text module; byline 'Bài, ảnh: Ngọc Anh' a right-aligned j-text last: the "
                 "author"]),
        P(path=slug_path(datetime(2026, 3, 10), "ra-mat-htx-gom-phu-lang-kieu-moi"),
          created=datetime(2026, 3, 10),
          title="Ra mắt HTX gốm Phù Lãng kiểu mới",
          date=datetime(2026, 3, 13),
          body="""
HTX Gốm Phù Lãng (xã Phù Lãng) vừa tổ chức đại hội thành lập với 21 thành viên là các nghệ nhân và hộ làm gốm lâu năm trong làng.
HTX sẽ xây dựng lò nung chung bằng khí hóa lỏng thay cho lò củi, vừa giảm ô nhiễm vừa ổn định chất lượng men da lươn đặc trưng của gốm Phù Lãng.
[img gom-phu-lang.png] Nghệ nhân HTX Gốm Phù Lãng tạo hình sản phẩm
Liên minh HTX tỉnh hỗ trợ HTX xây dựng nhãn hiệu tập thể và đăng ký sản phẩm tham gia Chương trình OCOP năm 2026.
Thanh Hương
""",
          byline=None, author="Thanh Hương",
          published=iso(datetime(2026, 3, 13), with_time=False), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["the URL says 2026/03/10 (the day the post was created) while the post's date is 'Thứ sáu, 13 "
                 "tháng 3 năm 2026' in j-blog-meta and in the blog index: published 13 March; last j-text 'Thanh "
                 "Hương': part of the text, the author"]),
        P(path="/van-ban/ke-hoach-so-15-kh-lmhtx/", kind="page",
          title="Kế hoạch tổ chức Tuần hàng sản phẩm OCOP và HTX tỉnh Bắc Ninh năm 2026",
          date=datetime(2026, 3, 6),
          body="""
LIÊN MINH HTX TỈNH BẮC NINH
Số: 15/KH-LMHTX
Bắc Ninh, ngày 06 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức Tuần hàng sản phẩm OCOP và hợp tác xã tỉnh Bắc Ninh năm 2026
I. MỤC ĐÍCH
Giới thiệu, quảng bá sản phẩm OCOP và sản phẩm chủ lực của HTX hai khu vực Bắc Ninh và Bắc Giang cũ; kết nối HTX với hệ thống phân phối, doanh nghiệp xuất khẩu.
II. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 15 đến ngày 19 tháng 4 năm 2026 tại Nhà văn hóa Kinh Bắc, phường Kinh Bắc.
III. TỔ CHỨC THỰC HIỆN
Các HTX đăng ký gian hàng với Văn phòng Liên minh HTX tỉnh trước ngày 31 tháng 3 năm 2026.
Nơi nhận: UBND tỉnh; Sở Công Thương; các HTX; Lưu VT.
CHỦ TỊCH Nguyễn Hữu Thành
""",
          author=None, doc_number="15/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-15-LMHTX.pdf"}],
          published=iso(datetime(2026, 3, 6), with_time=False), published_source="document", evidence=["document"],
          notes=["official plan 'Số: 15/KH-LMHTX' posted as an ordinary Jimdo page /van-ban/<slug>/ (no blog meta, no "
                 "date element): the date is only the place-date line 'Bắc Ninh, ngày 06 tháng 3 năm 2026': "
                 "midnight; signer last, author null; the PDF in a j-downloadDocument module after the text"]),
        P(path=slug_path(datetime(2026, 2, 24), "anh-hoi-xuan-san-pham-htx-kinh-bac"), grid=True,
          title="Ảnh: Phiên chợ xuân sản phẩm HTX vùng Kinh Bắc",
          date=datetime(2026, 2, 24),
          body="""
Phiên chợ xuân sản phẩm HTX tại phường Kinh Bắc quy tụ 70 gian hàng của HTX từ cả hai khu vực Bắc Ninh và Bắc Giang cũ.
[img cho-xuan-1.png] Gian hàng mì Chũ và gạo nếp cái hoa vàng của HTX khu vực Bắc Giang cũ
[img cho-xuan-2.png] Bánh phu thê Đình Bảng thu hút đông khách mua về làm quà
[img cho-xuan-3.png] Nghệ nhân HTX tranh Đông Hồ in tranh tết tại chỗ
[img cho-xuan-4.png] Liền anh, liền chị hát quan họ chào mừng phiên chợ
Ảnh: Thế Anh
""",
          byline=None, author="Thế Anh", **meta(datetime(2026, 2, 24)),
          notes=["photo story: one j-text paragraph, then two j-hgrid rows of two columns, each column a "
                 "j-imageSubtitle (photo + figcaption; left column first); 'Ảnh: Thế Anh' last: the author"]),
        P(path=slug_path(datetime(2026, 1, 15), "lien-minh-htx-tinh-tong-ket-nam-2025"),
          title="Liên minh HTX tỉnh Bắc Ninh tổng kết năm 2025",
          date=datetime(2026, 1, 15),
          lead="Năm 2025, toàn tỉnh Bắc Ninh có 1.734 HTX đang hoạt động, tăng 96 HTX so với năm trước; doanh thu bình quân đạt 4,6 tỷ đồng/HTX.",
          body="""
Hội nghị tổng kết được tổ chức tại trụ sở Liên minh HTX tỉnh, phường Kinh Bắc, với sự tham dự của hơn 200 đại biểu đại diện các HTX.
Ngay sau khi hợp nhất, Liên minh đã duy trì hai điểm tiếp nhận hồ sơ tại phường Kinh Bắc và phường Bắc Giang, bảo đảm hoạt động hỗ trợ HTX không bị gián đoạn.
[img tong-ket-2025.png] Lãnh đạo tỉnh trao Bằng khen cho các HTX tiêu biểu
Năm 2026, Liên minh đặt mục tiêu thành lập mới 120 HTX và hỗ trợ 50 HTX ứng dụng chuyển đổi số trong quản lý, bán hàng.
Nguồn: Báo Bắc Ninh
""",
          byline=None, author=None, **meta(datetime(2026, 1, 15)),
          comments=[("Nguyễn Văn Hùng", datetime(2026, 1, 16, 20, 15),
                     "HTX chúng tôi ở xã Tân Yên muốn đăng ký tham gia chương trình chuyển đổi số thì liên hệ ở đâu ạ?"),
                    ("Liên minh HTX tỉnh Bắc Ninh", datetime(2026, 1, 17, 8, 40),
                     "Mời anh liên hệ Ban Chính sách - Hỗ trợ phát triển, số điện thoại 0222.3822.155.")],
          notes=["lead in bold in the first j-text; last line 'Nguồn: Báo Bắc Ninh' is a source (author null); the "
                 "comments module after the post (two comments, names and 'Thứ sáu, 16 tháng 1 năm 2026 20:15'): "
                 "neither text, author nor date"]),
        P(path=slug_path(datetime(2025, 11, 6), "htx-mi-chu-nang-cong-suat-xuong-che-bien"),
          title="HTX mì Chũ nâng công suất xưởng chế biến",
          date=datetime(2025, 11, 6),
          body="""
HTX Sản xuất và kinh doanh mì Chũ (phường Chũ) vừa đưa vào sử dụng dây chuyền sấy mì bằng nhiệt kết hợp năng lượng mặt trời, nâng công suất lên 3 tấn mì/ngày.
Trước đây mì được phơi ngoài trời nên phụ thuộc thời tiết; nay HTX chủ động được sản lượng để giao hàng cho các siêu thị và sàn thương mại điện tử quanh năm.
Dự án có tổng vốn 2,8 tỷ đồng, trong đó 1 tỷ đồng vay từ Quỹ hỗ trợ phát triển HTX tỉnh.
Bài, ảnh: Hoàng Hà
""",
          byline=None, author="Hoàng Hà", **meta(datetime(2025, 11, 6)),
          notes=["no photo; three j-text modules and the byline 'Bài, ảnh: Hoàng Hà' last: the author"]),
        P(path=slug_path(datetime(2025, 9, 9), "tap-huan-ban-hang-truc-tuyen-cho-htx-bac-giang"),
          title="Tập huấn bán hàng trực tuyến cho HTX khu vực Bắc Giang cũ",
          date=datetime(2025, 9, 9),
          body="""
Trong hai ngày 8 và 9/9, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức lớp tập huấn bán hàng trực tuyến cho 80 cán bộ quản lý HTX tại phường Bắc Giang.
## Nội dung tập huấn
Học viên được hướng dẫn mở gian hàng trên sàn thương mại điện tử, chụp ảnh sản phẩm bằng điện thoại và livestream giới thiệu sản phẩm.
[img tap-huan-bac-giang.png] Học viên thực hành livestream bán hàng
Sau lớp học, 35 HTX đã mở gian hàng và có đơn hàng đầu tiên.
Minh Tuấn
""",
          byline=None, author="Minh Tuấn", **meta(datetime(2025, 9, 9)),
          notes=["the text says 'Trong hai ngày 8 và 9/9' (no year); the post date 'Thứ ba, 9 tháng 9 năm 2025'; "
                 "last j-text 'Minh Tuấn': the author; on the blog index's second page"]),
        P(path=slug_path(datetime(2024, 11, 20), "htx-gao-nep-cai-hoa-vang-yen-the-dat-ocop-4-sao"),
          title="Gạo nếp cái hoa vàng của HTX Yên Thế đạt OCOP 4 sao",
          date=datetime(2024, 11, 20),
          body="""
Sản phẩm gạo nếp cái hoa vàng của HTX Nông nghiệp Đồng Tâm (huyện Yên Thế, tỉnh Bắc Giang) được UBND tỉnh công nhận đạt chuẩn OCOP 4 sao.
HTX có 45 thành viên với 60 ha lúa nếp, liên kết tiêu thụ với hai doanh nghiệp chế biến bánh và rượu.
[img nep-yen-the.png] Thành viên HTX thu hoạch lúa nếp cái hoa vàng
(Bài viết chuyển từ trang thông tin Liên minh HTX tỉnh Bắc Giang cũ)
""",
          byline=None, author=None, **meta(datetime(2024, 11, 20)),
          notes=["migrated from the former Bắc Giang portal ('Thứ tư, 20 tháng 11 năm 2024'); last line a migration "
                 "note in parentheses: part of the text, author null; the oldest post, on the index's second page"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def mid(*parts) -> int:
    return int(hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:8], 16) % 9000000 + 1000000


def img(src: str) -> str:
    return f"/s/cc_images/cache_{mid(src)}.png"


def image_module(src: str, caption: str) -> str:
    return (f'<div id="cc-m-{mid(src)}" class="j-module n j-imageSubtitle "><figure class="cc-imagewrapper '
            f'cc-m-image-align-1 cc-m-width-maxed"><img srcset="{img(src)} 800w" sizes="(min-width: 800px) 800px, '
            f'100vw" id="cc-m-imagesubtitle-image-{mid(src)}" src="{img(src)}" alt="" class="" data-src-width="1200" '
            f'data-src-height="800"><figcaption style="width: 800px" class="">{esc(caption)}</figcaption></figure>'
            f'</div>')


def text_module(inner: str, key) -> str:
    return f'<div id="cc-m-{mid("t", key)}" class="j-module n j-text ">{inner}</div>'


def modules(a: Post) -> str:
    out = []
    blocks = a.blocks
    pending: list[str] = []
    if a.lead:
        pending.append(f"<p><strong>{esc(a.lead)}</strong></p>")
    imgs_row: list = []
    for i, b in enumerate(blocks):
        if b.kind == "p":
            last = i == len(blocks) - 1 and len(b.text) < 60
            p = (f'<p style="text-align: right;"><em>{inline_html(b.text)}</em></p>' if last else
                 f"<p>{inline_html(b.text)}</p>")
            if last and pending:
                out.append(text_module("".join(pending), (a.path, i, "x")))
                pending = []
            pending.append(p)
            # Jimdo editors start a new text module every two paragraphs or so
            if len(pending) >= 2 and not last:
                out.append(text_module("".join(pending), (a.path, i)))
                pending = []
            continue
        if pending:
            out.append(text_module("".join(pending), (a.path, i)))
            pending = []
        if b.kind == "h":
            out.append(f'<div id="cc-m-{mid("h", a.path, i)}" class="j-module n j-header "><h2 class="" '
                       f'id="cc-m-header-{mid("h", a.path, i)}">{esc(b.text)}</h2></div>')
        elif b.kind == "ul":
            out.append(text_module("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>",
                                   (a.path, i)))
        elif b.kind == "img":
            if a.grid:
                imgs_row.append(b)
                if len(imgs_row) == 2:
                    cols = "".join(
                        f'<div class="cc-m-hgrid-column{" last" if k else ""}" style="width: 49%;"><div '
                        f'id="cc-matrix-{mid("c", x.src)}" class="j-matrix">{image_module(x.src, x.text)}</div></div>'
                        + ('<div class="cc-m-hgrid-separator" data-display="cms-only"><div></div></div>' if not k else "")
                        for k, x in enumerate(imgs_row))
                    out.append(f'<div id="cc-m-{mid("g", a.path, i)}" class="j-module n j-hgrid ">{cols}</div>')
                    imgs_row = []
            else:
                out.append(image_module(b.src, b.text))
    if pending:
        out.append(text_module("".join(pending), (a.path, "end")))
    if a.attachments:
        x = a.attachments[0]
        out.append(f'<div id="cc-m-{mid("d", a.path)}" class="j-module n j-downloadDocument "><div class="cc-m-download-'
                   f'wrapper"><div class="cc-m-download-title">{esc(x["text"])}</div><div class="cc-m-download-'
                   f'description">Tài liệu Adobe Acrobat 198.4 KB</div><a href="{x["path"]}" class="cc-m-download-link">'
                   f'<span class="cc-m-download-link-label">Tải xuống</span></a></div></div>')
    return f'<div id="cc-matrix-{mid("m", a.path)}" class="j-matrix">' + "".join(out) + "</div>"


def comments_html(a: Post) -> str:
    lis = "".join(f'<li class="commentstd clearover cc-m-comment-loop-item"><div class="com-meta"><strong>{esc(who)}'
                  f'</strong> <span class="com-date">({vn_long(when)} {when:%H:%M})</span></div><p class="com-text">'
                  f'{esc(text)}</p></li>' for who, when, text in a.comments)
    return (f'<div id="commentsModule{mid("c", a.path)}" class="j-module n j-comment"><div class="list-container">'
            f'<ul class="com-list">{lis}</ul></div><p class="com-count">Bình luận: {len(a.comments)}</p>'
            f'<div class="commententry"><h3>Viết bình luận</h3><form class="cc-m-comment-form" action="" '
            f'method="post"><input type="text" name="name" placeholder="Tên"><textarea name="text"></textarea>'
            f'<input type="submit" value="Gửi"></form></div></div>')


def post_html(a: Post) -> str:
    if a.kind == "page":
        return (f'<div id="cc-matrix-{mid("p", a.path)}" class="j-matrix"><div id="cc-m-{mid("ph", a.path)}" '
                f'class="j-module n j-header "><h1 class="" id="cc-m-header-{mid("ph", a.path)}">{esc(a.title)}</h1>'
                f'</div><div class="j-module n j-hr "><hr></div>{modules(a)}</div>')
    return (f'<div class="j-blog"><div class="n j-blog-meta j-blog-post--header"><div class="j-text j-module n"><span '
            f'class="j-text j-blog-post--date">{vn_long(a.date)}</span></div><h1 class="j-blog-header j-blog-headline '
            f'j-blog-post--headline">{esc(a.title)}</h1></div><div class="post j-blog-content">{modules(a)}</div>'
            f'<div class="j-module n j-sharebuttons "><div class="cc-sharebuttons-element"><span>Chia sẻ bài viết'
            f'</span> <a href="javascript:void(0)" class="cc-sharebuttons-facebook" title="Facebook"></a> <a '
            f'href="javascript:void(0)" class="cc-sharebuttons-zalo" title="Zalo"></a></div></div>'
            f'{comments_html(a)}</div>')


def selection(posts: list[Post]) -> str:
    return ('<div class="j-module n j-blogSelection"><div class="blogselection">' + "".join(
        f'<div class="j-blogarticle"><div class="n j-blog-meta j-blog-post--header"><a href="{a.path}" '
        f'class="j-blog-headline-link"><h2 class="j-blog-headline j-blog-post--headline">{esc(a.title)}</h2></a>'
        f'<div class="j-text j-module n"><span class="j-text j-blog-post--date">{vn_long(a.date)}</span></div></div>'
        f'<div class="j-blog-content"><p>{esc(" ".join(a.summary().split()[:28]))} ...</p></div><a href="{a.path}" '
        f'class="blogreadmore">Đọc thêm</a></div>' for a in posts) + "</div></div>")


def layout(title: str, main: str, recent: list[Post], *, head: str = "", page_class: str = "cc-page") -> str:
    nav = "".join(f'<li class="jmd-nav__list-item-0"><a href="{h}" data-link-title="{t}">{t}</a></li>'
                  for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (BLOG, "Tin tức"), (DOCS, "Văn bản"),
                               (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    side = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in recent)
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER)
    return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">{head}
<title>{esc(title)} - Liên minh HTX tỉnh Bắc Ninh</title>
<meta name="robots" content="index, follow, archive">
<link rel="stylesheet" type="text/css" href="/s/style/layout.css?1742900121" id="jimdo_layout_css">
<link rel="stylesheet" type="text/css" href="/s/style/font.css?1742900121" id="jimdo_font_css">
<script src="/s/js/jimdo-web.min.js"></script>
</head>
<body class="body {page_class} j-m-gallery-styles j-m-video-styles j-m-hr-styles j-m-header-styles j-m-text-styles j-m-emotionheader-styles j-m-htmlCode-styles j-m-rss-styles j-m-form-styles-disabled j-m-table-styles j-m-textWithImage-styles j-m-downloadDocument-styles j-m-imageSubtitle-styles j-m-flickr-styles j-m-googlemaps-styles j-m-blogSelection-styles-disabled j-m-comment-styles j-m-jimdo-styles j-m-profile-styles j-m-guestbook-styles j-m-promotion-styles j-m-twitter-styles j-m-hgrid-styles j-m-shoppingcart-styles j-m-catalog-styles j-m-product-styles-disabled j-m-facebook-styles j-m-sharebuttons-styles j-m-formnew-styles-disabled j-m-callToAction-styles j-m-turbo-styles j-m-spacing-styles j-m-googleplus-styles j-m-dummy-styles j-m-search-styles j-m-booking-styles j-footer-styles cc-pagemode-default cc-content-parent" id="page-2145530987">
<div id="cc-inner" class="cc-content-parent">
<div class="jtpl-topbar"><div class="j-text j-module n"><p>{esc(TODAY)}</p></div></div>
<header class="jtpl-header"><div class="jtpl-logo"><a href="/"><img src="/s/cc_images/logo_lmhtx_bacninh.png" alt="Liên minh HTX tỉnh Bắc Ninh"></a></div><div class="jtpl-title"><p>{esc(SLOGANS[0])}</p><p>{esc(SLOGANS[1])}</p></div>
<nav class="jtpl-navigation"><div data-container="navigation"><div class="j-nav-variant-nested"><ul class="cc-nav-level-0 j-nav-level-0">{nav}</ul></div></div></nav></header>
<div class="jtpl-main"><div id="content_area" data-container="content" class="jtpl-content content-options">
<div id="content_start"></div>
{main}
</div>
<aside class="jtpl-sidebar"><div data-container="sidebar"><div id="cc-matrix-2984112" class="j-matrix"><div class="j-module n j-header "><h2 class="">Tin mới nhất</h2></div><div class="j-module n j-text "><ul>{side}</ul></div><div class="j-module n j-text "><p>Thống kê truy cập: 318.227 lượt</p></div></div></div></aside></div>
<footer class="jtpl-footer"><div class="j-module n j-text ">{foot}</div>
<div id="contentfooter" data-container="footer"><div class="leftrow"><a href="{IMPRINT}">Giới thiệu</a> | <a href="/j/privacy">Bảo vệ dữ liệu</a> | <a href="/j/cookies/policy">Chính sách cookie</a> | <a href="{SITEMAP}">Sơ đồ trang</a></div><div class="rightrow"><span class="loggedout"><a rel="nofollow" id="login" href="{LOGIN}">Đăng nhập</a></span> | <span class="loggedin"><a rel="nofollow" id="logout" target="_top" href="javascript:void(0)">Xóa | Sửa</a></span></div></div></footer>
</div>
<div class="cc-cookie-law" id="cc-cookie-law"><p>{esc(COOKIE[0])} <a href="/j/cookies/policy">{COOKIE[1]}</a></p><button type="button" class="cc-cookie-law-accept">{COOKIE[2]}</button></div>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-ninh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    posts = [a for a in items if a.kind == "post"]
    recent = posts[:5]
    for a in items:
        head = (f'\n<meta name="description" content="{attr(a.summary())}">\n<meta property="og:title" '
                f'content="{attr(a.title)}">\n<meta property="og:type" content="{"article" if a.kind == "post" else "website"}">')
        site.page(a.path, layout(a.title, post_html(a), recent, head=head,
                                 page_class="cc-page cc-page-blog" if a.kind == "post" else "cc-page"))
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 15/KH-LMHTX", ["KE HOACH TUAN HANG OCOP VA HTX 2026",
                                                         "Lien minh HTX tinh Bac Ninh"]))
    site.trap("Jimdo page chrome: top bar 'Hôm nay: Thứ hai, 23 tháng 11 năm 2026' (the post date's very form), "
              "sidebar 'Tin mới nhất' and a visit counter in j-text modules, footer 'Bảo vệ dữ liệu | Chính sách "
              "cookie | Sơ đồ trang' and 'Đăng nhập', a cookie notice at the end of the body", posts[0].path)

    # blog index: j-blogSelection, five a page, ?page=2
    pages = [posts[i:i + PER] for i in range(0, len(posts), PER)]
    for k, chunk in enumerate(pages):
        pager = '<div class="j-blogSelection-pager">' + "".join(
            f'<span class="active">{j + 1}</span> ' if j == k else
            f'<a href="{BLOG}{"?page=" + str(j + 1) if j else ""}">{j + 1}</a> ' for j in range(len(pages)))
        if k + 1 < len(pages):
            pager += f'<a href="{BLOG}?page={k + 2}" class="next">Trang sau »</a>'
        pager += "</div>"
        main = (f'<div id="cc-matrix-{mid("blog", k)}" class="j-matrix"><div class="j-module n j-header "><h1 class="">'
                f'Tin tức - Sự kiện</h1></div>{selection(chunk)}{pager}</div>')
        url = BLOG if k == 0 else f"{BLOG}?page={k + 1}"
        site.page(url, layout("Tin tức", main, recent))
        site.non_articles.append(url)
    site.trap("blog index /tin-tuc/ (div.j-blogSelection: h2 link, the long Vietnamese date, teaser, 'Đọc thêm'), "
              "five a page, '?page=2' holding the oldest posts", f"{BLOG}?page=2")

    # home: a two-column hgrid (welcome text | latest posts)
    home = (f'<div id="cc-matrix-1000001" class="j-matrix"><div class="j-module n j-header "><h1 class="">Liên minh '
            f'Hợp tác xã tỉnh Bắc Ninh</h1></div><div class="j-module n j-hgrid "><div class="cc-m-hgrid-column" '
            f'style="width: 38%;"><div class="j-matrix"><div class="j-module n j-text "><p>Liên minh Hợp tác xã tỉnh '
            f'Bắc Ninh được hợp nhất từ Liên minh HTX hai tỉnh Bắc Ninh và Bắc Giang từ ngày 01/7/2025.</p><p><a '
            f'href="{ABOUT}">Tìm hiểu thêm</a></p></div></div></div><div class="cc-m-hgrid-column last" style="width: '
            f'59%;"><div class="j-matrix">{selection(posts[:4])}</div></div></div></div>')
    site.page("/", layout("Trang chủ", home, recent))
    docs = items[0:0] + [a for a in items if a.kind == "page"]
    site.page(DOCS, layout("Văn bản", '<div class="j-matrix"><div class="j-module n j-header "><h1 class="">Văn bản'
                                      '</h1></div><div class="j-module n j-text "><ul>' + "".join(
                                          f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in docs)
                           + "</ul></div></div>", recent))
    about = ("Liên minh Hợp tác xã tỉnh Bắc Ninh là tổ chức chính trị - xã hội, được hợp nhất từ Liên minh Hợp tác xã "
             "tỉnh Bắc Ninh và Liên minh Hợp tác xã tỉnh Bắc Giang theo Nghị quyết số 202/2025/QH15 của Quốc hội, hoạt "
             "động từ ngày 01 tháng 7 năm 2025.",
             "Liên minh có nhiệm vụ tuyên truyền, vận động phát triển kinh tế tập thể; đại diện, bảo vệ quyền và lợi "
             "ích hợp pháp của các hợp tác xã thành viên; tư vấn, đào tạo, xúc tiến thương mại và hỗ trợ hợp tác xã "
             "tiếp cận các nguồn vốn.",
             "Cơ quan Liên minh làm việc tại trụ sở phường Kinh Bắc và cơ sở 2 tại phường Bắc Giang, gồm Văn phòng, "
             "các ban chuyên môn và Quỹ hỗ trợ phát triển hợp tác xã tỉnh.")
    site.page(ABOUT, layout("Giới thiệu", '<div class="j-matrix"><div class="j-module n j-header "><h1 class="">Giới '
                                          'thiệu chung</h1></div>' + "".join(
                                              f'<div class="j-module n j-text "><p>{esc(p)}</p></div>' for p in about)
                            + "</div>", recent))
    site.page(CONTACT, layout("Liên hệ", '<div class="j-matrix"><div class="j-module n j-header "><h1 class="">Liên '
                                         'hệ</h1></div><div class="j-module n j-formnew "><form class="cc-m-form" '
                                         'action="" method="post"><label>Tên *</label><input type="text" name="name">'
                                         '<label>Email *</label><input type="email" name="email"><label>Nội dung *'
                                         '</label><textarea name="message"></textarea><input type="submit" value="Gửi">'
                                         '</form><p class="cc-m-form-note">Lưu ý: Các trường đánh dấu * là bắt buộc.'
                                         '</p></div></div>', recent))
    gal = "".join(f'<li class="cc-m-gallery-stack-item"><a href="{img(f"gal-{i}.png")}" rel="lightbox"><img '
                  f'src="{img(f"gal-{i}.png")}" alt="" data-orig-width="1200" data-orig-height="800"></a></li>'
                  for i in range(1, 7))
    site.page(GALLERY, layout("Thư viện ảnh", '<div class="j-matrix"><div class="j-module n j-header "><h1 class="">'
                                             'Thư viện ảnh</h1></div><div class="j-module n j-gallery "><ul class="cc-m-'
                                             f'gallery-container cc-m-gallery-stack">{gal}</ul></div></div>', recent))
    site.page(IMPRINT, layout("Giới thiệu", '<div class="j-matrix"><div class="j-module n j-header "><h1 class="">'
                                            'Thông tin về trang</h1></div><div class="j-module n j-text "><p>Đơn vị '
                                            'quản lý: Liên minh Hợp tác xã tỉnh Bắc Ninh</p><p>Người đại diện: Nguyễn '
                                            'Hữu Thành</p></div></div>', recent))
    site.page("/j/privacy", layout("Bảo vệ dữ liệu", '<div class="j-matrix"><div class="j-module n j-text "><h1>Bảo vệ '
                                                     'dữ liệu</h1><p>Chúng tôi chỉ thu thập dữ liệu cần thiết để vận '
                                                     'hành trang web.</p></div></div>', recent))
    site.page("/j/cookies/policy", layout("Chính sách cookie", '<div class="j-matrix"><div class="j-module n j-text ">'
                                                               '<h1>Chính sách cookie</h1><p>Trang web dùng cookie kỹ '
                                                               'thuật và cookie thống kê.</p></div></div>', recent))
    sm = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"),
                                                                 (BLOG, "Tin tức"), (DOCS, "Văn bản"),
                                                                 (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    site.page(SITEMAP, layout("Sơ đồ trang", f'<div class="j-matrix"><div class="j-module n j-text "><h1>Sơ đồ trang'
                                             f'</h1><ul class="sitemap">{sm}</ul></div></div>', recent))
    site.page(LOGIN, "<!DOCTYPE html><html><head><title>Đăng nhập</title></head><body><form method=\"post\"><input "
                     "name=\"email\"><input name=\"password\" type=\"password\"></form></body></html>")
    site.non_articles += ["/", DOCS, ABOUT, CONTACT, GALLERY, IMPRINT, "/j/privacy", "/j/cookies/policy", SITEMAP]
    site.never_fetched.append(LOGIN)
    site.trap("ordinary Jimdo pages in the same modules (a j-header h1 then j-text): the introduction /gioi-thieu/ "
              "(three long paragraphs, no date), the site info /about/, privacy and cookie pages, contact (j-formnew), "
              "gallery, the documents index /van-ban/, the sitemap and the home (a j-hgrid with a j-blogSelection): "
              "not articles; 'Đăng nhập' /app/auth/login/ is disallowed by robots.txt: never fetch", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /app/\n\nSitemap: {{base}}/sitemap.xml\n")
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>" for p in ["/", BLOG, ABOUT, DOCS, GALLERY, CONTACT]
                   + [a.path for a in items])
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
                              f'sitemap/0.9">{urls}</urlset>', content_type="application/xml; charset=utf-8")
    return site
