"""Site `shop-htxbinhphuoc` (registry family `generic`): "Chợ sản phẩm HTX Bình Phước", the online shop of the Bình
Phước cooperatives' products that the provincial cooperative alliance runs on **Smartstore 5.1** (ASP.NET Core, the
Flex theme with a child theme of the local web company, one language, vi-VN, the store's time zone SE Asia Standard
Time; the News and Blog modules carry the alliance's news; the copy is of 15 June 2025, before the province merged into
Đồng Nai). Written as a held-out test: no family module, no selectors.

URL shapes: a news item `/news/<slug>` and a blog post `/blog/<slug>` (the SEO URL patterns of Smartstore 5); an old
slug answers 301 to the current one (Smartstore keeps the inactive UrlRecord: a blog post links the old slug of a news
item renamed since); the home slider links the newest notice with `?utm_source=slider&utm_medium=banner` (an alias);
the news list `/news` and `/news?pagenumber=2` (4 a page; the `<pagination sm-query-param="pagenumber">` of the
module); the blog `/blog`, `/blog/tag/<tag>`, `/blog/month/<yyyy-m>`; the feeds `/news/rss` and `/blog/rss` (the head's
alternates); products and categories at the root `/<slug>` (the same slug space), topics `/gioi-thieu`,
`/chinh-sach-giao-hang`, `/chinh-sach-bao-mat`, `/contactus`; media `/media/<id>/<folder>/<file>`; `/sitemap.xml`
(categories, products, topics, blog posts: the news publisher is switched off); the menubar's `/login?returnUrl=…`,
`/register?returnUrl=…`, the shopbar's `/wishlist`, `/compare`, `/cart` (robots.txt, Smartstore's own, disallows them).

Why it is hard: a shop around the news. Every page carries the menubar, the shopbar (logo, search, "Yêu thích", "So
sánh", "Giỏ hàng"), the mega menu of product categories with its teaser products, the footer (topics, the newsletter
box, "Powered by Smartstore") and the cookie consent bar; the home has a slider and product carousels. A news item
(`article.news-item-page`): the picture, `div.news-date` in the .NET "D" pattern of vi-VN ("Thứ Bảy, 15 tháng 3,
2025"), `<meta itemprop="datePublished" content="2025-03-14 17:10:00Z">` (CreatedOnUtc, format "u": true UTC), the
`h1`, the editor's HTML in `div.news-content` (Summernote: `<p>`, `<h3>`, lists, `table.table`, a photo in a centred
`<p>` with its caption in the next centred `<p><i>`), the comment form and `#customer-comment-list` (readers' names,
relative ages "cách đây 3 tuần" with the full time as a tooltip: not text). The head's Open Graph tags give
`article:published_time` as the UTC value printed in the vi-VN culture without a zone ("14/03/2025 17:10:00"). A blog
post (`article.blogpost-page`) has the same date line and a datePublished whose template leaves a stray ")" ("2025-05-06
07:20:00Z)"), the body in `div.blogpost-content`, tag badges, comments; its list prints "06 tháng 5, 2025". The lists'
microdata format the LOCAL time with "u" ("2025-03-15 00:10:00Z": a false Z); the child theme's news list prints the
short date badge "15/03/2025". The news RSS gives `pubDate` in UTC ("Fri, 14 Mar 2025 17:10:00 Z") and only news of the
last 120 days (NewsSettings.MaxAgeInDays). No author field: a closing byline names the author ("Bài, ảnh: …"), the
office and a newspaper are none; `<meta itemprop="author">` is the store's name. The oldest news item is only on
`/news?pagenumber=2`.
"""

from __future__ import annotations

import hashlib
import re
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "shop-htxbinhphuoc"
NAME = "Chợ sản phẩm HTX Bình Phước"
NOW = datetime(2025, 6, 15, 10, 0)
PER = 4
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
ADDRESS = "Liên minh Hợp tác xã tỉnh Bình Phước - Số 769 Phú Riềng Đỏ, phường Tân Xuân, TP Đồng Xoài"
HOTLINE = "Hotline: 0271.3879.568 - Email: chosanpham@lienminhhtxbinhphuoc.vn"
COPY = "Bản quyền © 2025 Chợ sản phẩm HTX Bình Phước. Bảo lưu mọi quyền."
COOKIE = "Trang web này sử dụng cookie để mang lại cho bạn trải nghiệm mua sắm tốt nhất."
FURN = [ADDRESS, HOTLINE, COPY, COOKIE, "Chấp nhận tất cả", "Chỉ cookie cần thiết", "Tùy chỉnh", "Đăng nhập", "Đăng ký",
        "Yêu thích", "So sánh", "Giỏ hàng", "Nhận bản tin", "Đăng ký nhận bản tin khuyến mãi của chúng tôi",
        "Powered by", "Để lại bình luận", "Gửi bình luận", "Chính sách giao hàng", "Chính sách bảo mật",
        "Sản phẩm nổi bật", "Tất cả hạt điều"]
CATS = {"hat-dieu": "Hạt điều", "ho-tieu": "Hồ tiêu", "ca-phe": "Cà phê", "dac-san-khac": "Đặc sản khác"}
PRODUCTS = [("hat-dieu-rang-muoi-htx-tan-loi-500g", "Hạt điều rang muối HTX Tân Lợi 500g", "hat-dieu", "185.000 ₫"),
            ("hat-dieu-tuoi-loai-a-1kg", "Hạt điều tươi loại A 1kg", "hat-dieu", "320.000 ₫"),
            ("tieu-den-huu-co-hung-phuoc-200g", "Tiêu đen hữu cơ Hưng Phước 200g", "ho-tieu", "95.000 ₫"),
            ("ca-phe-robusta-bu-dang-500g", "Cà phê Robusta Bù Đăng 500g", "ca-phe", "140.000 ₫"),
            ("mat-ong-rung-bu-gia-map-500ml", "Mật ong rừng Bù Gia Mập 500ml", "dac-san-khac", "260.000 ₫")]


def long_date(d: datetime) -> str:
    """.NET 'D' under vi-VN (ICU): 'Thứ Bảy, 15 tháng 3, 2025'."""
    return f"{WEEKDAYS[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def ago(d: datetime) -> str:
    days = (NOW - d).days
    if days < 1:
        return "hôm nay"
    if days < 7:
        return f"cách đây {days} ngày"
    if days < 30:
        return f"cách đây {days // 7} tuần"
    return f"cách đây {days // 30} tháng"


def articles() -> list[RichArticle]:
    A = RichArticle

    def meta(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"])

    r = datetime
    return [
        A(path="/news/thong-bao-so-15-tb-lmhtx-dang-ky-tham-gia-hoi-cho-nong-san-ocop-2025",
          title="Thông báo số 15/TB-LMHTX về việc đăng ký tham gia Hội chợ nông sản, sản phẩm OCOP năm 2025", body="""
**LIÊN MINH HTX TỈNH BÌNH PHƯỚC**
Số: 15/TB-LMHTX
Bình Phước, ngày 26 tháng 5 năm 2025
**THÔNG BÁO**
**Về việc đăng ký tham gia Hội chợ nông sản, sản phẩm OCOP năm 2025**
Liên minh HTX tỉnh tổ chức Hội chợ nông sản, sản phẩm OCOP năm 2025 từ ngày 20/6 đến ngày 24/6/2025 tại Quảng trường tỉnh, TP Đồng Xoài.
Các HTX có nhu cầu tham gia đăng ký với Văn phòng Liên minh HTX tỉnh trước ngày 10/6/2025; mỗi HTX được hỗ trợ một gian hàng tiêu chuẩn.
Các HTX đã có gian hàng trên Chợ sản phẩm HTX Bình Phước được ưu tiên bố trí vị trí trưng bày.
CHỦ TỊCH
Trần Văn Quang
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/media/2051/content/TB-15-LMHTX.pdf", "text": "TB-15-LMHTX.pdf"}],
          opts={"kind": "news", "short": "Liên minh HTX tỉnh thông báo các HTX đăng ký tham gia Hội chợ nông sản, sản "
                "phẩm OCOP năm 2025 trước ngày 10/6/2025.", "doc": True},
          notes=["notice 'Số: 15/TB-LMHTX' dated 'Bình Phước, ngày 26 tháng 5 năm 2025', posted 27/5 08:30 (datePublished "
                 "'2025-05-27 01:30:00Z'); the signer is text, no author; the PDF after 'Tải về:' (a Smartstore media "
                 "URL) is the attachment; the home slider links it with ?utm_source=slider&utm_medium=banner (an alias)"],
          **meta(r(2025, 5, 27, 8, 30))),
        A(path="/news/anh-htx-nong-nghiep-tan-loi-vao-mua-thu-hoach-dieu",
          title="Ảnh: HTX Nông nghiệp Tân Lợi vào mùa thu hoạch điều", body="""
Những ngày giữa tháng 4, các thành viên HTX Nông nghiệp Tân Lợi (huyện Đồng Phú) tất bật thu hoạch điều niên vụ 2024 - 2025.
[img tan-loi-1.png] Thành viên HTX nhặt hạt điều chín rụng dưới tán vườn
[img tan-loi-2.png] Hạt điều được phơi khô trên sân của HTX trước khi nhập kho
[img tan-loi-3.png] Cán bộ HTX kiểm tra độ ẩm hạt điều trước khi chế biến
Năm nay, năng suất điều của HTX ước đạt 1,4 tấn/ha, giá bán cao hơn vụ trước khoảng 8%.
""", byline="Ảnh: Hoàng Minh Quân", author="Hoàng Minh Quân",
          opts={"kind": "news", "short": "Ảnh các thành viên HTX Nông nghiệp Tân Lợi thu hoạch điều niên vụ 2024 - 2025.",
                "picture": "tan-loi-cover.png",
                "comments": [("Nguyễn Văn Bình", "Điều năm nay đẹp", "HTX có bán hạt điều tươi trên chợ không ạ?",
                              r(2025, 4, 15, 20, 12)),
                             ("Lê Thị Hồng", "Trả lời", "Sản phẩm hạt điều tươi loại A đã có trong mục Hạt điều.",
                              r(2025, 4, 16, 8, 3))]},
          notes=["photo story: the news picture (figure.single-media-item-image, no caption) then three photos in centred "
                 "<p>s, each caption the next centred <p><i> (a line each); 'Ảnh: Hoàng Minh Quân' closes it (author); two "
                 "readers' comments (names, titles, 'cách đây 2 tháng' with the time as a tooltip): not text"],
          **meta(r(2025, 4, 14, 10, 15))),
        A(path="/news/ket-qua-tieu-thu-san-pham-htx-qua-cho-san-pham-quy-i-2025",
          title="Kết quả tiêu thụ sản phẩm của các HTX qua Chợ sản phẩm HTX quý I/2025", body="""
Quý I/2025, Chợ sản phẩm HTX Bình Phước ghi nhận 1.264 đơn hàng của 23 HTX, tăng 35% so với quý IV/2024.
| Nhóm sản phẩm | Số HTX | Số đơn hàng | Doanh thu (triệu đồng) |
| Hạt điều | 9 | 612 | 418 |
| Hồ tiêu | 5 | 287 | 96 |
| Cà phê | 4 | 215 | 73 |
| Đặc sản khác | 5 | 150 | 112 |
Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX chụp ảnh, viết mô tả sản phẩm để nâng cao hiệu quả bán hàng trực tuyến.
""", author=None,
          opts={"kind": "news", "short": "Số đơn hàng qua Chợ sản phẩm HTX Bình Phước quý I/2025 tăng 35% so với quý trước."},
          notes=["a table.table (Bootstrap, <th> header) in the news content: one line per row; no byline, no author"],
          **meta(r(2025, 4, 8, 15, 40))),
        A(path="/news/htx-hung-phuoc-ra-mat-san-pham-tieu-den-huu-co", title="HTX Hưng Phước ra mắt sản phẩm tiêu đen hữu cơ",
          body="""
HTX Thương mại dịch vụ Hưng Phước (huyện Bù Đốp) vừa ra mắt sản phẩm tiêu đen hữu cơ đóng gói 200g, bán trên Chợ sản phẩm HTX Bình Phước.
Sản phẩm được sản xuất từ vùng nguyên liệu 35 ha đạt chứng nhận hữu cơ, được kiểm soát từ khâu chăm sóc đến thu hoạch, sơ chế.
HTX đặt mục tiêu tiêu thụ 5 tấn tiêu đen hữu cơ trong năm 2025, chủ yếu qua kênh thương mại điện tử.
Nguyễn Thị Kim Oanh
""", author="Nguyễn Thị Kim Oanh",
          opts={"kind": "news", "short": "Tiêu đen hữu cơ của HTX Hưng Phước đã có mặt trên Chợ sản phẩm HTX Bình Phước.",
                "old_slug": "/news/htx-hung-phuoc-ra-mat-tieu-huu-co"},
          notes=["posted at 00:10 on 15 March: 'Thứ Bảy, 15 tháng 3, 2025' on the page, datePublished '2025-03-14 "
                 "17:10:00Z' (UTC, the day before), og article:published_time '14/03/2025 17:10:00' (UTC, no zone), the "
                 "list's microdata '2025-03-15 00:10:00Z' (local time with a false Z), the RSS 'Fri, 14 Mar 2025 17:10:00 "
                 "Z' -> 2025-03-15 00:10 in Vietnam; renamed: its old slug /news/htx-hung-phuoc-ra-mat-tieu-huu-co "
                 "(linked from a blog post) answers 301 here (an alias); the bare name closing it is the author"],
          **meta(r(2025, 3, 15, 0, 10))),
        A(path="/news/lien-minh-htx-tinh-binh-phuoc-khai-truong-cho-san-pham-htx-truc-tuyen",
          title="Liên minh HTX tỉnh Bình Phước khai trương Chợ sản phẩm HTX trực tuyến", body="""
Sáng 7/1, Liên minh HTX tỉnh Bình Phước tổ chức lễ khai trương Chợ sản phẩm HTX Bình Phước, sàn bán hàng trực tuyến dành cho các HTX trong tỉnh.
Giai đoạn đầu, 18 HTX với 64 sản phẩm đã được đưa lên chợ, trong đó có 21 sản phẩm đạt chứng nhận OCOP.
Các HTX được hỗ trợ miễn phí đăng sản phẩm, hướng dẫn xử lý đơn hàng và thanh toán trực tuyến.
Văn phòng Liên minh HTX tỉnh
""", author=None,
          opts={"kind": "news", "short": "Chợ sản phẩm HTX Bình Phước chính thức đi vào hoạt động với 18 HTX tham gia."},
          notes=["the oldest news item: only on /news?pagenumber=2 (not on the home, not in the RSS: older than its 120 "
                 "days, not in the sitemap: the news publisher is off); 'Sáng 7/1' is the event; 'Văn phòng Liên minh HTX "
                 "tỉnh' closing it is an office: no author"],
          **meta(r(2025, 1, 8, 9, 0))),
        A(path="/blog/kinh-nghiem-bao-quan-hat-dieu-sau-thu-hoach", title="Kinh nghiệm bảo quản hạt điều sau thu hoạch cho HTX",
          body="""
Bảo quản đúng cách giúp hạt điều giữ được chất lượng và giá bán trong nhiều tháng sau thu hoạch.
## Trước khi nhập kho
* Phơi hạt điều đến khi độ ẩm còn dưới 10%;
* Loại bỏ hạt lép, hạt sâu, tạp chất;
* Đóng bao đay hoặc bao dứa sạch, không dùng bao đã chứa phân bón.
## Trong kho
* Kê bao trên pallet cách nền và tường ít nhất 20 cm;
* Kiểm tra độ ẩm, nhiệt độ kho hằng tuần.
Xem thêm: [[HTX Hưng Phước ra mắt tiêu đen hữu cơ|/news/htx-hung-phuoc-ra-mat-tieu-huu-co]]
Lê Văn Thành - Trung tâm Khuyến nông tỉnh
""", author="Lê Văn Thành",
          opts={"kind": "blog", "intro": "Một số lưu ý giúp các HTX bảo quản hạt điều thô đúng kỹ thuật.",
                "tags": ["hat-dieu", "bao-quan"],
                "comments": [("Phạm Văn Hải", None, "Bài viết rất hữu ích cho HTX chúng tôi.", r(2025, 5, 7, 21, 40))]},
          notes=["blog post: h1, 'Thứ Ba, 6 tháng 5, 2025', datePublished '2025-05-06 07:20:00Z)' (the template's stray "
                 "')'), <h3> headings and lists, a 'Xem thêm:' line linking a news item's old slug (301), tag badges; "
                 "'Lê Văn Thành - Trung tâm Khuyến nông tỉnh' closes it -> Lê Văn Thành; one comment (not text)"],
          **meta(r(2025, 5, 6, 14, 20))),
        A(path="/blog/ho-tieu-loc-ninh-vuon-ra-thi-truong-quoc-te", title="Hồ tiêu Lộc Ninh vươn ra thị trường quốc tế nhờ liên kết HTX",
          body="""
Nhờ liên kết sản xuất theo chuỗi, hồ tiêu của các HTX ở huyện Lộc Ninh đã được xuất khẩu sang châu Âu và Trung Đông.
Hiện 4 HTX hồ tiêu trên địa bàn huyện có 280 ha đạt tiêu chuẩn Rainforest Alliance, giá bán cao hơn tiêu thường từ 10 đến 15%.
Theo Báo Bình Phước
""", author=None,
          opts={"kind": "blog", "intro": "Hồ tiêu Lộc Ninh đã có mặt tại thị trường châu Âu và Trung Đông.",
                "tags": ["ho-tieu"]},
          notes=["reprint: 'Theo Báo Bình Phước' closes it: no author (the microdata's author is the store's name)"],
          **meta(r(2025, 4, 22, 16, 5))),
        A(path="/blog/gian-hang-htx-dieu-bu-gia-map-tren-cho-san-pham-htx",
          title="Gian hàng của HTX Điều Bù Gia Mập trên Chợ sản phẩm HTX", body="""
HTX Điều Bù Gia Mập là một trong những HTX có doanh số cao nhất trên Chợ sản phẩm HTX Bình Phước.
[img bu-gia-map.png] Giám đốc HTX Điều Bù Gia Mập đóng gói đơn hàng hạt điều rang muối
Mỗi tháng, HTX nhận trung bình 120 đơn hàng trực tuyến, chủ yếu từ TP Hồ Chí Minh và Hà Nội.
Bài, ảnh: Phạm Thanh Tùng
""", author="Phạm Thanh Tùng",
          opts={"kind": "blog", "intro": "HTX Điều Bù Gia Mập bán trung bình 120 đơn hàng mỗi tháng qua chợ trực tuyến.",
                "tags": ["hat-dieu"]},
          notes=["'Bài, ảnh: Phạm Thanh Tùng' closes it -> author; in the blog's month archive /blog/month/2025-2"],
          **meta(r(2025, 2, 19, 11, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            if a.opts.get("doc") and (b.text.startswith("**") or b.text.startswith(("Số:", "Bình Phước, ngày"))):
                out.append(f'<p style="text-align: center;">{inline_html(b.text)}</p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img style="width: 100%;" src="/media/{1060 + len(out)}/content/'
                       f'{b.src}" data-filename="{b.src}"></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><i>{esc(b.text)}</i></p>')
        elif b.kind == "table":
            out.append(table_html(b, "table table-bordered", border=False))
    if a.byline:
        out.append(f'<p style="text-align: right;"><b>{esc(a.byline)}</b></p>')
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def images_of(a: RichArticle) -> list[str]:
    return re.findall(r'src="(/media/[^"]+)"', body_html(a))


def media_id(slug: str) -> int:
    return int(hashlib.md5(slug.encode()).hexdigest()[:6], 16) % 900 + 100


class Shop:
    def __init__(self, site: SiteBuild):
        self.site = site
        self.blocked: set[str] = set()

    def layout(self, path: str, title: str, main: str, *, body_id: str = "", canonical: str | None = None,
               head: str = "", right: str = "", crumbs: list[tuple[str, str]] = ()) -> str:
        ret = quote(path, safe="")
        for p in (f"/login?returnUrl={ret}", f"/register?returnUrl={ret}"):
            self.blocked.add(p)
        canon = f'<link rel="canonical" href="{{{{base}}}}{canonical}" />\n' if canonical else ""
        crumb = ""
        if crumbs:
            crumb = ('<div class="breadcrumb-container d-none d-md-flex"><ol class="breadcrumb mb-0" itemscope '
                     'itemtype="http://schema.org/BreadcrumbList"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li>'
                     + "".join(f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' if h else
                               f'<li class="breadcrumb-item active"><span>{esc(t)}</span></li>' for t, h in crumbs)
                     + "</ol></div>")
        mega = "".join(
            f'<li id="main-nav-item-{1000 + i}" class="nav-item dropdown-submenu"><a href="/{slug}" class="nav-link menu-link '
            f'dropdown-toggle" data-target="#dropdown-menu-{1000 + i}"><span>{esc(cname)}</span></a></li>'
            for i, (slug, cname) in enumerate(CATS.items()))
        drops = "".join(
            f'<div id="dropdown-menu-{1000 + i}" class="dropdown-menu" data-id="{1000 + i}"><div class="dropdown-menu-inner '
            f'container"><div class="row"><div class="col-md-3 mega-menu-dropdown-col"><a class="dropdown-item '
            f'megamenu-dropdown-item" href="/{slug}"><span>Tất cả {esc(cname.lower())}</span></a></div><div '
            f'class="col-md-6 mega-menu-product-rotator"><h5 class="mega-menu-product-rotator-heading">Sản phẩm nổi bật</h5>'
            + "".join(f'<a class="d-block" href="/{ps}">{esc(pn)}</a>' for ps, pn, pc, _ in PRODUCTS if pc == slug)
            + "</div></div></div></div>" for i, (slug, cname) in enumerate(CATS.items()))
        rght = f'<div id="content-right" class="col-lg-3 order-lg-last">{right}</div>' if right else ""
        center_cls = "col-lg-9" if right else "col-lg-12"
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" class="">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0, shrink-to-fit=no" />
    <title>{esc(title)}. {esc(NAME)}</title>
    <meta name="description" content="Chợ sản phẩm của các hợp tác xã tỉnh Bình Phước: hạt điều, hồ tiêu, cà phê, đặc sản." />
    <meta name="keywords" content="hạt điều, hồ tiêu, HTX Bình Phước, OCOP" />
    <meta name="generator" content="Smartstore 5.1.0.0" />
    <meta property="sm:root" content="/" />
    <meta name="__rvt" content="CfDJ8Kd3pQ0x1rN9sZ" />
    <meta name="accept-language" content="vi-VN" />
    {canon}{head}<link rel="alternate" type="application/rss+xml" title="{attr(NAME)}: Tin tức" href="/news/rss" />
    <link rel="alternate" type="application/rss+xml" title="{attr(NAME)}: Blog" href="/blog/rss" />
    <link rel="shortcut icon" href="/media/3/favicon.png" />
    <link href="/themes/flexhtx/theme.css" rel="stylesheet" type="text/css" />
    <script src="/bundle/js/jquery.js"></script>
</head>
<body id="{body_id}" class="lyt-cols-{2 if right else 1}">
<div id="page">
<div class="canvas-blocker canvas-slidable"></div>
<div class="page-main canvas-slidable">
<header id="header">
<div class="menubar-section d-none d-lg-block menubar-light"><div class="container menubar-container"><nav class="menubar navbar navbar-slide">
<nav class="menubar-group ml-auto">
<a class="menubar-link" href="/contactus">Liên hệ</a>
<a class="menubar-link" href="/login?returnUrl={ret}" rel="nofollow"><i class="fal fa-user-circle menubar-icon"></i><span>Đăng nhập</span></a>
<a class="menubar-link" href="/register?returnUrl={ret}" rel="nofollow"><span>Đăng ký</span></a>
</nav></nav></div></div>
<div class="shopbar-section shopbar-light"><div class="container shopbar-container"><div class="shopbar">
<div class="shopbar-col-group shopbar-col-group-brand"><div class="shopbar-col shop-logo"><a href="/" class="brand"><img src="/media/2/logo-cho-san-pham-htx.png" alt="{attr(NAME)}" title="{attr(NAME)}" class="img-fluid" width="240" height="60" /></a></div>
<div class="shopbar-col shopbar-search"><form action="/search" class="instasearch-form" method="get" role="search"><input type="search" class="instasearch-term form-control text-truncate" name="q" placeholder="Bạn đang tìm sản phẩm gì?" aria-label="Tìm kiếm" data-instasearch="true" autocomplete="off" /><button type="submit" class="btn btn-primary btn-icon instasearch-button" title="Tìm kiếm"><i class="icm icm-magnifier instasearch-icon"></i></button></form></div></div>
<div class="shopbar-col-group shopbar-col-group-tools"><div class="shopbar-col shopbar-tools">
<div class="shopbar-tool" id="shopbar-compare"><a href="/compare" class="shopbar-button navbar-toggler" rel="nofollow"><span class="shopbar-button-icon"><i class="icm icm-repeat"></i></span><span class="shopbar-button-label"><span>So sánh</span></span></a></div>
<div class="shopbar-tool" id="shopbar-wishlist"><a href="/wishlist" class="shopbar-button navbar-toggler" rel="nofollow"><span class="shopbar-button-icon"><i class="icm icm-heart"></i></span><span class="shopbar-button-label"><span>Yêu thích</span></span></a></div>
<div class="shopbar-tool" id="shopbar-cart"><a href="/cart" class="shopbar-button navbar-toggler" rel="nofollow"><span class="shopbar-button-icon"><i class="icm icm-bag"></i><span class='badge badge-pill label-cart-amount badge-warning' style="display:none">0</span></span><span class="shopbar-button-label"><span>Giỏ hàng</span></span></a></div>
</div></div></div></div></div>
<div class="megamenu-section d-none d-lg-block"><nav class="navbar navbar-light"><div class="container megamenu-container">
<ul class="navbar-nav flex-row flex-nowrap megamenu-nav">{mega}<li class="nav-item"><a href="/news" class="nav-link menu-link"><span>Tin tức</span></a></li><li class="nav-item"><a href="/blog" class="nav-link menu-link"><span>Blog</span></a></li></ul>
</div></nav>
<div class="megamenu-dropdown-container container">{drops}</div></div>
</header>
<div id="content-wrapper">
<section id="content" class="container">
{crumb}
<div id="content-body" class="row">
{rght}
<div id="content-center" class="{center_cls}">
{main}
</div>
</div>
</section>
</div>
<footer id="footer" class="footer-light">
<div class="footer-main"><div class="container"><div class="row">
<div class="col-lg-4 footer-col"><h5>Liên hệ</h5><p>{esc(ADDRESS)}</p><p>{esc(HOTLINE)}</p></div>
<div class="col footer-col"><h5>Thông tin</h5><ul class="list-unstyled"><li><a href="/gioi-thieu">Giới thiệu</a></li><li><a href="/chinh-sach-giao-hang">Chính sách giao hàng</a></li><li><a href="/chinh-sach-bao-mat">Chính sách bảo mật</a></li><li><a href="/contactus">Liên hệ</a></li></ul></div>
<div class="col footer-col"><h5>Tin tức</h5><ul class="list-unstyled"><li><a href="/news">Tin tức</a></li><li><a href="/blog">Blog</a></li></ul></div>
<div class="col-lg-4 footer-col"><h5>Nhận bản tin</h5><p>Đăng ký nhận bản tin khuyến mãi của chúng tôi</p><form id="newsletter-subscribe-block" action="/newsletter/subscribe" method="post"><input type="email" class="form-control" name="NewsletterEmail" placeholder="Email của bạn" /><button type="submit" class="btn btn-primary">Đăng ký</button></form></div>
</div></div></div>
<div class="footer-bottom"><div class="container"><div class="footer-bottom-inner"><div class="footer-poweredby">Powered by <a href="{{{{base:offsite}}}}/smartstore/" target="_blank">Smartstore</a></div><div class="footer-copyright">{esc(COPY)}</div></div></div></div>
</footer>
</div>
</div>
<div id="cookie-consent-box" class="cookie-consent shadow-lg" role="dialog"><div class="cookie-consent-inner container"><p class="cookie-consent-text">{esc(COOKIE)} <a href="/chinh-sach-bao-mat">Chính sách bảo mật</a></p><div class="cookie-consent-buttons"><button type="button" class="btn btn-primary btn-accept-all">Chấp nhận tất cả</button> <button type="button" class="btn btn-secondary btn-accept-required">Chỉ cookie cần thiết</button> <a class="btn btn-link" href="javascript:void(0)" data-toggle="modal" data-target="#cookie-manager">Tùy chỉnh</a></div></div></div>
<a href="#" id="scroll-top" class="scrollto d-flex align-items-center justify-content-center shadow-sm"><i class="fa fa-2x fa-angle-up"></i></a>
<script src="/bundle/js/smartstore.globalization.adapter.js"></script>
</body>
</html>
"""


def comments_html(a: RichArticle, kind: str) -> str:
    comments = a.opts.get("comments", [])
    title_field = ('<div class="form-group"><input class="form-control-lg" id="AddNewComment_CommentTitle" '
                   'name="AddNewComment.CommentTitle" placeholder="Tiêu đề" type="text" /></div>' if kind == "news" else "")
    form = (f'<div class="row"><div class="col-12"><div class="block {kind}-comment-form mt-5"><form action="/{kind}/'
            f'{kind}commentadd" method="post"><fieldset class="{kind}-comment-form content-group mt-5"><legend><span>Để '
            f'lại bình luận</span></legend>{title_field}<div class="form-group"><textarea class="form-control-lg" '
            f'name="AddNewComment.CommentText" placeholder="Bình luận" rows="6"></textarea></div><div class="form-group">'
            f'<button type="submit" name="add-comment" value="add-comment" class="btn btn-primary btn-lg">Gửi bình luận'
            f'</button></div></fieldset></form></div>')
    if comments:
        items = "".join(
            f'<article class="comment d-flex mb-4"><div class="comment-avatar mr-3"><span class="avatar avatar-sm '
            f'avatar-letter">{esc(n[0])}</span></div><div class="comment-body"><div class="comment-info"><span '
            f'class="comment-author font-weight-medium">{esc(n)}</span> <span class="comment-date text-muted" '
            f'title="{long_date(d)} {d:%H:%M}">{ago(d)}</span></div>'
            + (f'<div class="comment-title font-weight-medium">{esc(t)}</div>' if t else "")
            + f'<p class="comment-text">{esc(x)}</p></div></article>' for n, t, x, d in comments)
        form += (f'<div id="customer-comment-list" class="block comment-list mt-5"><div class="heading"><h4 '
                 f'class="heading-title">Bình luận ({len(comments)})</h4></div><div class="block-body">{items}</div></div>')
    return form + "</div></div>"


class _Site(SiteBuild):
    """Every page through a route: the platform's paths nest under other pages' paths (`/news` and `/news/<slug>`),
    which plain files cannot do."""

    def page(self, path: str, content: str, *, encoding: str | None = None, content_type: str | None = None) -> None:
        super().page(path, content, encoding=encoding, content_type=content_type or "text/html; charset=utf-8")


def build() -> SiteBuild:
    site = _Site(SITE, "binh-phuoc", f"{NAME} (Smartstore 5)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE],
                     feeds=["{{base:%s}}/news/rss" % SITE, "{{base:%s}}/blog/rss" % SITE])
    site.extra_boilerplate += FURN
    site.binary("/media/3/favicon.png", image_for("favicon"))
    shop = Shop(site)
    arts = articles()
    news = sorted([a for a in arts if a.opts["kind"] == "news"], key=lambda a: a.date, reverse=True)
    blog = sorted([a for a in arts if a.opts["kind"] == "blog"], key=lambda a: a.date, reverse=True)
    oldest = news[-1]

    for a in arts:
        kind = a.opts["kind"]
        d = a.date
        og = (f"<meta property='og:site_name' content='{attr(NAME)}' />\n    <meta property='og:url' content='{{{{base}}}}"
              f"{a.path}' />\n    <meta property='og:type' content='article' />\n    <meta property='og:title' "
              f"content='{attr(a.title)}' />\n    <meta property='twitter:card' content='summary' />\n    <meta "
              f"property='twitter:title' content='{attr(a.title)}' />\n    <meta property='article:published_time' "
              f"content='{utc(d):%d/%m/%Y %H:%M:%S}' />\n    ")
        if kind == "news":
            pic = ""
            if a.opts.get("picture"):
                pic = (f'<meta itemprop="image" content="{{{{base}}}}/media/1052/news/{a.opts["picture"]}" />\n    <div '
                       f'class="shadow-sm shadow-primary mb-3"><figure class="single-media-item-image"><img '
                       f'src="/media/1052/news/{a.opts["picture"]}" alt="{attr(a.title)}" title="{attr(a.title)}" '
                       f'class="img-fluid" /></figure></div>')
                site.binary(f"/media/1052/news/{a.opts['picture']}", image_for(a.opts["picture"]))
            main = (f'<article class="page news-item-page" itemscope itemtype="http://schema.org/NewsArticle">\n    {pic}\n'
                    f'    <div class="news-date text-muted mb-2">\n        {long_date(d)}\n    </div>\n\n    <meta '
                    f'itemprop="datePublished" content="{utc(d):%Y-%m-%d %H:%M:%S}Z" />\n    <meta itemprop="author" '
                    f'content="{attr(NAME)}" />\n    <meta itemprop="publisher" content="{attr(NAME)}" />\n    <meta '
                    f'itemprop="url" content="{{{{base}}}}{a.path}" />\n\n    <div class="page-title mb-4">\n        <h1 '
                    f'class="fs-h2" itemprop="headline">{esc(a.title)}</h1>\n    </div>\n\n    <div class="news-body">\n'
                    f'        <div class="news-content long-text html-editor-content" itemprop="articleBody">\n'
                    f"{body_html(a)}\n        </div>\n{comments_html(a, 'news')}\n    </div>\n</article>")
            crumbs = [("Tin tức", "/news"), (a.title, None)]
            right = ""
        else:
            tags = "".join(f'<a class="blogpost-tag badge badge-pill badge-info py-2 px-3 mb-1" href="/blog/tag/{t}">'
                           f'{esc(t.replace("-", " "))}</a>' for t in a.opts["tags"])
            main = (f'<article class="page blogpost-page" itemprop="mainEntity" itemscope itemtype="http://schema.org/'
                    f'BlogPosting">\n    <div class="blogpost-date text-muted">\n        {long_date(d)}\n    </div>\n    '
                    f'<meta itemprop="datePublished" content="{utc(d):%Y-%m-%d %H:%M:%S}Z)" />\n    <meta itemprop="author" '
                    f'content="{attr(NAME)}" />\n    <meta itemprop="publisher" content="{attr(NAME)}" />\n    <meta '
                    f'itemprop="url" content="{{{{base}}}}{a.path}" />\n\n    <div class="page-title mb-4 mt-3">\n        '
                    f'<h1 class="fs-h2" itemprop="headline">{esc(a.title)}</h1>\n    </div>\n\n    <div '
                    f'class="blogpost-body">\n        <div class="blogpost-content long-text html-editor-content" '
                    f'itemprop="articleBody">\n{body_html(a)}\n        </div>\n        <div class="blogpost-tags mt-4">'
                    f'{tags}</div>\n        <meta itemprop="articleSection" content="{attr(", ".join(a.opts["tags"]))}" />\n'
                    f"{comments_html(a, 'blog')}\n    </div>\n</article>")
            crumbs = [("Blog", "/blog"), (a.title, None)]
            right = blog_right(blog)
        page = shop.layout(a.path, a.title, main, body_id=f"{kind}-item", canonical=a.path, head=og, right=right,
                           crumbs=crumbs)
        site.page(a.path, page)
        for src in images_of(a):
            site.binary(src, image_for(src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BINH PHUOC", "THONG BAO SO 15/TB-LMHTX"]))
        if a.opts.get("old_slug"):
            site.redirect(a.opts["old_slug"], a.path, 301)
            a.aliases.append(a.opts["old_slug"])
        site.add_article(a)
    first = news[0]
    utm = f"{first.path}?utm_source=slider&utm_medium=banner"
    site.same_page(utm, first.path)
    first.aliases.append(utm)

    # news list (child theme: date badges dd/MM/yyyy), 4 a page
    def news_card(a: RichArticle) -> str:
        pic = (f'<figure style="--img-aspect-ratio: 0.5;"><a href="{a.path}" class="newsitem-picture img-center-container '
               f'shadow-sm shadow-primary"><img src="/media/1052/news/{a.opts["picture"]}" alt="{attr(a.title)}" '
               f'itemprop="image" /></a></figure>' if a.opts.get("picture") else "")
        n = len(a.opts.get("comments", []))
        t = a.title if len(a.title) <= 60 else a.title[:57] + "..."
        return (f'<article class="newslist-item news-preview-lg mb-5 col-12 col-md-6 col-lg-4 d-flex flex-column" '
                f'itemscope itemtype="http://schema.org/NewsArticle">{pic}<h4 class="newsitem-title fs-h5"><a '
                f'class="newsitem-title-link" href="{a.path}">{esc(t)}</a><meta itemprop="headline" '
                f'content="{attr(a.title)}" /></h4><div class="newsitem-date rfs"><span class="badge badge-light">'
                f'{a.date:%d/%m/%Y}</span></div><meta itemprop="datePublished" content="{a.date:%Y-%m-%d %H:%M:%S}Z" />'
                f'<meta itemprop="author" content="{attr(NAME)}" /><p class="newsitem-description rfs my-3 flex-grow-1" '
                f'itemprop="description">{esc(a.opts["short"])}</p><div class="d-flex flex-row"><div class="flex-grow-1">'
                f'<a class="btn btn-outline-gray rfs" href="{a.path}">Xem thêm</a></div><a class="rfs align-self-end btn '
                f'btn-gray btn-flat" href="{a.path}" title="{n} bình luận"><i class="far fa-comment-alt"></i><span '
                f'class="newsitem-comments-count">{n}</span></a></div></article>')

    pages = [news[i:i + PER] for i in range(0, len(news), PER)]
    for n, chunk in enumerate(pages, 1):
        path = "/news" if n == 1 else f"/news?pagenumber={n}"
        lis = "".join(f'<li class="page-item{" active" if k == n else ""}">'
                      + (f'<span class="page-link">{k}</span>' if k == n else
                         f'<a class="page-link" href="{"/news" if k == 1 else f"/news?pagenumber={k}"}">{k}</a>') + "</li>"
                      for k in range(1, len(pages) + 1))
        prev = (f'<li class="page-item"><a class="page-link" href="{"/news" if n == 2 else f"/news?pagenumber={n - 1}"}" '
                f'aria-label="Trang trước">‹</a></li>' if n > 1 else "")
        nxt = (f'<li class="page-item"><a class="page-link" href="/news?pagenumber={n + 1}" aria-label="Trang sau">›</a>'
               f"</li>" if n < len(pages) else "")
        main = (f'<div class="page news-list-page"><div class="page-title"><h1 class="h3">Tin tức</h1><a '
                f'class="btn btn-warning btn-sm" href="/news/rss"><i class="fa fa-rss"></i> <span>RSS</span></a></div><div '
                f'class="page-body"><div class="news-items mb-5 row">{"".join(news_card(a) for a in chunk)}</div><nav '
                f'class="pagination-container" aria-label="Phân trang"><ul class="pagination pagination-md '
                f'justify-content-center">{prev}{lis}{nxt}</ul></nav></div></div>')
        site.page(path, shop.layout(path, "Tin tức", main, body_id="news-list", canonical="/news",
                                    crumbs=[("Tin tức", None)]))
        site.non_articles.append(path)
    assert oldest in pages[-1] and len(pages) == 2
    site.trap("news list /news (child theme: the date as a badge '15/03/2025', the Short text, 'Xem thêm', comment count; "
              "microdata datePublished from the LOCAL time with a false Z), 4 a page, ?pagenumber=2 holds the oldest",
              "/news?pagenumber=2")

    # blog list, tags, months
    def blog_card(a: RichArticle) -> str:
        tags = "".join(f'<a class="blogpost-tag badge p-1 badge-primary" href="/blog/tag/{t}">{esc(t.replace("-", " "))}</a>'
                       for t in a.opts["tags"])
        n = len(a.opts.get("comments", []))
        return (f'<article class="bloglist-item-root card rounded shadow-sm border-0 mb-3 mb-md-2 has-tags" itemscope '
                f'itemtype="http://schema.org/BlogPosting"><div class="bloglist-item d-flex flex-row flex-nowrap d-md-block">'
                f'<div class="blogpost-tags-overlay d-none d-md-block p-4">{tags}</div><div class="comments-overlay"><a '
                f'class="fs-xs m-2 btn btn-secondary btn-circle" href="{a.path}" title="{n} bình luận"><span '
                f'class="blogpost-comments-icon fa fa-comment-alt pr-1"></span><span class="blogpost-comments-count">{n}'
                f'</span></a></div><div class="bloglist-item-body"><div class="blogpost-text text-left w-100 p-4"><div '
                f'class="blogpost-date rfs mb-2 text-muted">{a.date:%d} tháng {a.date.month}, {a.date.year}</div><meta '
                f'itemprop="datePublished" content="{a.date:%Y-%m-%d %H:%M:%S}Z" /><meta itemprop="author" '
                f'content="{attr(NAME)}" /><h3 class="fs-h6 mb-3 mt-1 font-weight-medium"><a href="{a.path}" '
                f'class="blogpost-title">{esc(a.title)}</a></h3><div class="py-1 blogpost-intro rfs" '
                f'itemprop="description">{esc(a.opts["intro"])}</div></div></div></div></article>')

    def blog_page(path: str, heading: str, posts: list[RichArticle]) -> None:
        main = (f'<div class="page blog-page"><div class="page-title"><h1 class="h3">{esc(heading)}</h1><a class="btn '
                f'btn-warning btn-sm" href="/blog/rss"><i class="fa fa-rss"></i> <span>RSS</span></a></div><div '
                f'class="page-body"><div class="blog-posts">{"".join(blog_card(a) for a in posts)}</div></div></div>')
        site.page(path, shop.layout(path, heading, main, body_id="blog-list", canonical=path, right=blog_right(blog),
                                    crumbs=[("Blog", None)]))
        site.non_articles.append(path)

    blog_page("/blog", "Blog", blog)
    for t in sorted({t for a in blog for t in a.opts["tags"]}):
        blog_page(f"/blog/tag/{t}", f"Bài viết gắn thẻ '{t.replace('-', ' ')}'", [a for a in blog if t in a.opts["tags"]])
    for ym in sorted({(a.date.year, a.date.month) for a in blog}):
        blog_page(f"/blog/month/{ym[0]}-{ym[1]}", f"Bài viết tháng {ym[1]}/{ym[0]}",
                  [a for a in blog if (a.date.year, a.date.month) == ym])
    site.trap("blog /blog (dates 'dd MMMM, yyyy': '06 tháng 5, 2025'; intro; tags), tag pages /blog/tag/<tag>, month "
              "archives /blog/month/2025-5 (the right column's 'Lưu trữ' and 'Thẻ'): listings", "/blog/month/2025-5")

    # feeds
    max_age = NOW - timedelta(days=120)
    rss_news = [a for a in news if a.date >= max_age]
    assert oldest not in rss_news

    def rss(title: str, link: str, self_link: str, posts: list[RichArticle], short_key: str) -> str:
        items = "".join(
            f'<item><guid isPermaLink="false">urn:store:1:{a.path.rsplit("/", 1)[1]}</guid><link>{{{{base}}}}{a.path}'
            f"</link><title>{esc(a.title)}</title><description>{esc(a.opts[short_key])}</description><pubDate>"
            f"{utc(a.date):%a, %d %b %Y %H:%M:%S} Z</pubDate><content:encoded><![CDATA[{body_html(a)}]]>"
            f"</content:encoded></item>" for a in posts)
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:a10="http://www.w3.org/2005/Atom" '
                f'xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0"><channel><title>{esc(title)}'
                f'</title><link>{{{{base}}}}{link}</link><description>{esc(title)}</description><language>vi-vn</language>'
                f'<a10:link rel="self" type="application/rss+xml" href="{{{{base}}}}{self_link}" />{items}</channel></rss>\n')

    site.page("/news/rss", rss(f"{NAME} - News", "/news", "/news/rss", rss_news, "short"),
              content_type="application/rss+xml; charset=utf-8")
    site.page("/blog/rss", rss(f"{NAME} - Blog", "/blog", "/blog/rss", blog, "intro"),
              content_type="application/rss+xml; charset=utf-8")
    site.trap("feeds /news/rss (news of the last 120 days: NewsSettings.MaxAgeInDays) and /blog/rss: pubDate of "
              "CreatedOnUtc ('Fri, 14 Mar 2025 17:10:00 Z'), the full HTML in content:encoded", "/news/rss")

    # products, categories, topics, home
    for slug, pname, cat, price in PRODUCTS:
        main = (f'<div class="page product-details-page"><article class="pd page-body"><div class="row"><div '
                f'class="col-md-6 pd-gallery-col"><img src="/media/{media_id(slug)}/catalog/{slug}.png" '
                f'alt="{attr(pname)}" class="img-fluid" /></div><div class="col-md-6 pd-info-col"><div class="pd-info">'
                f'<div class="page-title"><h1 class="pd-name" itemprop="name">{esc(pname)}</h1></div><div '
                f'class="pd-price-block"><span class="pd-finalprice-amount">{price}</span></div><div class="pd-stock-info">'
                f'Còn hàng</div><button type="button" class="btn btn-primary btn-lg btn-add-to-cart">Thêm vào giỏ hàng'
                f'</button></div></div></div><div class="pd-tabs"><h3>Mô tả sản phẩm</h3><div class="long-text '
                f'html-editor-content"><p>{esc(pname)} do hợp tác xã sản xuất, đóng gói tại Bình Phước.</p><ul><li>Xuất '
                f'xứ: Bình Phước</li><li>Hạn sử dụng: 12 tháng</li></ul></div><h3>Thông số</h3><table class="table '
                f'pd-specs-table"><tr><td class="spec-name">Đơn vị sản xuất</td><td class="spec-value">Hợp tác xã</td></tr>'
                f'<tr><td class="spec-name">Chứng nhận</td><td class="spec-value">OCOP 3 sao</td></tr></table></div>'
                f"</article></div>")
        p = f"/{slug}"
        site.page(p, shop.layout(p, pname, main, body_id="product", canonical=p,
                                 crumbs=[(CATS[cat], f"/{cat}"), (pname, None)]))
        site.non_articles.append(p)

    def grid(prods: list[tuple]) -> str:
        return ('<div class="artlist artlist-grid artlist-4-cols">' + "".join(
            f'<article class="art"><div class="art-picture-block"><a class="art-picture img-center-container" href="/{s}">'
            f'<img src="/media/{media_id(s)}/catalog/{s}.png?size=256" alt="{attr(n)}" /></a></div><div '
            f'class="art-genericname"></div><h3 class="art-name"><a href="/{s}"><span>{esc(n)}</span></a></h3><div '
            f'class="art-price-block"><span class="art-price">{pr}</span></div><div class="art-drop"><a class="btn '
            f'btn-primary btn-sm art-btn" href="/{s}">Chi tiết</a></div></article>' for s, n, _, pr in prods) + "</div>")

    for cat, cname in CATS.items():
        prods = [p for p in PRODUCTS if p[2] == cat]
        main = (f'<div class="page category-page"><div class="page-title"><h1 class="h3">{esc(cname)}</h1></div><div '
                f'class="product-list-options"><select class="form-control" name="o"><option value="0">Vị trí</option>'
                f'<option value="5">Tên: A đến Z</option><option value="10">Giá: thấp đến cao</option></select></div>'
                f"{grid(prods)}</div>")
        site.page(f"/{cat}", shop.layout(f"/{cat}", cname, main, body_id="category", canonical=f"/{cat}",
                                         crumbs=[(cname, None)]))
        site.non_articles.append(f"/{cat}")
    site.trap("product pages /<slug> and category pages /<slug> at the root (the news' sibling slugs): h1, price, 'Thêm vào "
              "giỏ hàng', description, specification table: no articles", f"/{PRODUCTS[0][0]}")
    for slug, title, text in [
            ("gioi-thieu", "Giới thiệu", "Chợ sản phẩm HTX Bình Phước do Liên minh Hợp tác xã tỉnh xây dựng để giới thiệu và "
             "bán sản phẩm của các hợp tác xã trong tỉnh."),
            ("chinh-sach-giao-hang", "Chính sách giao hàng", "Đơn hàng được giao trong 3 đến 5 ngày làm việc."),
            ("chinh-sach-bao-mat", "Chính sách bảo mật", "Thông tin khách hàng chỉ được dùng để xử lý đơn hàng."),
            ("contactus", "Liên hệ", "Gửi câu hỏi cho chúng tôi qua biểu mẫu dưới đây.")]:
        main = (f'<div class="page topic-page" id="ph-topic"><div class="page-title"><h1>{esc(title)}</h1></div><div '
                f'class="page-body"><div class="html-editor-content"><p>{esc(text)}</p></div></div></div>')
        site.page(f"/{slug}", shop.layout(f"/{slug}", title, main, body_id="topic", canonical=f"/{slug}",
                                          crumbs=[(title, None)]))
        site.non_articles.append(f"/{slug}")
    slider = (f'<div class="home-slider"><div class="slide"><a href="{utm}"><img src="/media/9/slider/hoi-cho-2025.png" '
              f'alt="{attr(first.title)}" /></a></div></div>')
    home_news = ('<div class="block news-list-homepage my-5"><div class="row"><div class="col"><div class="heading"><h3 '
                 'class="heading-title fs-h1">Tin tức</h3></div></div><div class="col col-auto"><a class="btn btn-warning" '
                 'href="/news/rss"><i class="fa fa-rss"></i> <span>RSS</span></a> <a class="btn btn-outline-info btn-flat" '
                 'href="/news"><span>Xem tất cả</span></a></div></div><div class="block-body news-items"><div class="row">'
                 + "".join(f'<article class="col-12 col-md-4"><h4 class="newsitem-title mt-3 mb-2"><a '
                           f'class="newsitem-title-link" href="{a.path}">{esc(a.title)}</a></h4><div class="newsitem-date">'
                           f'{long_date(a.date)}</div><p class="newsitem-description my-3">{esc(a.opts["short"])}</p>'
                           f"</article>" for a in news[:3]) + "</div></div></div>")
    home = (f'{slider}<div class="block home-products"><div class="heading"><h3 class="heading-title">Sản phẩm nổi bật'
            f'</h3></div><div class="product-grid-carousel">{grid(PRODUCTS)}</div></div>{home_news}')
    site.page("/", shop.layout("/", "Trang chủ", home, body_id="home", canonical="/"))
    site.non_articles.append("/")
    site.trap("home: the slider (the notice with ?utm_source=slider&utm_medium=banner), the 'Sản phẩm nổi bật' carousel, "
              "the 3 newest news ('D' dates): a listing; topics /gioi-thieu, /chinh-sach-…, /contactus: no articles", "/")

    # sitemap (the news publisher is off), robots, blocked pages
    urls = (["/"] + [f"/{c}" for c in CATS] + [f"/{p[0]}" for p in PRODUCTS]
            + ["/gioi-thieu", "/chinh-sach-giao-hang", "/chinh-sach-bao-mat", "/blog"] + [a.path for a in blog])
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc><changefreq>weekly</changefreq></url>"
                                        for u in urls) + "</urlset>\n", content_type="application/xml; charset=utf-8")
    for p in ["/cart", "/wishlist", "/compare", *sorted(shop.blocked)]:
        if not site._exists(p):
            site.page(p, shop.layout("/", "Đăng nhập", '<div class="page login-page"><h1>Đăng nhập</h1><form '
                                     'method="post"><input name="Email" /><input type="password" name="Password" /></form>'
                                     "</div>"))
        site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nSitemap: {{base}}/sitemap.xml\nDisallow: /admin\nDisallow: /bin/\n"
                "Disallow: /cart\nDisallow: /checkout\nDisallow: /compare\nDisallow: /customer\nDisallow: /login\n"
                "Disallow: /logout\nDisallow: /register\nDisallow: /newsletter\nDisallow: /order\nDisallow: /search\n"
                "Disallow: /wishlist\nDisallow: /*?*returnUrl=\n")
    site.trap("robots.txt (Smartstore's) disallows /cart, /wishlist, /compare, /login, /register and /*?*returnUrl=: the "
              "menubar's and shopbar's links on every page are never fetched", "/cart")
    for a in arts:
        for src in images_of(a):
            site.binary(src, image_for(src))
    return site


def blog_right(blog: list[RichArticle]) -> str:
    months = sorted({(a.date.year, a.date.month) for a in blog}, reverse=True)
    tags = sorted({t for a in blog for t in a.opts["tags"]})
    return ('<div class="block block-blog-archive"><div class="block-title"><h4>Lưu trữ</h4></div><div class="block-body">'
            '<ul class="list-unstyled">' + "".join(
                f'<li><a href="/blog/month/{y}-{m}">tháng {m} {y} ({sum((a.date.year, a.date.month) == (y, m) for a in blog)})'
                f"</a></li>" for y, m in months) + '</ul></div></div><div class="block block-blog-tags"><div '
            'class="block-title"><h4>Thẻ phổ biến</h4></div><div class="block-body">' + " ".join(
                f'<a class="badge badge-light" href="/blog/tag/{t}">{esc(t.replace("-", " "))}</a>' for t in tags)
            + "</div></div>")

