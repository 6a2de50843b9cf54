"""Site `shop-ocopsonla` (registry family `generic`): "OCOP Sơn La", the online store of the OCOP products of the Sơn La
cooperatives run by the provincial alliance on **Shopify** (Online Store 2.0, **Dawn 15** theme, Vietnamese locale);
its blog "Tin tức" carries the alliance's news. Written as a held-out test: no family module, no selectors.

Why it is hard: posts are `/blogs/tin-tuc/<handle>` inside the store's skeleton (announcement bar, header with cart
and account icons, an empty cart drawer in every page, a "Sản phẩm OCOP nổi bật" product grid under the post, the
newsletter and the footer with policy links); the `<h1 class="article-template__title">` is the title (the logo is
an `<h1>` only on the home page). The date is a Liquid `time_tag`: `<time datetime="2026-02-05T23:30:00Z">6 tháng 2,
2026</time>`: the attribute is UTC (a post of 06:30 is the previous day there), the text has no time. The name under
it (`itemprop="author"`) is the staff account "Ban biên tập OCOP Sơn La", never the author: the byline closing the
text is. A photo story uses the alternate template `article.photo` with the date switched off: its day is only on
the listings' cards. Listings: `/blogs/tin-tuc` (`?page=2`), `/blogs/tin-tuc/tagged/<tag>`; product pages
`/products/<handle>` (also `/collections/<c>/products/<handle>`) carry long Vietnamese descriptions of the
cooperatives: no news. Aliases: `?utm_*` links of the home page, an old handle 301-redirected to the new one (Shopify
URL redirects). robots.txt is Shopify's default (`/search`, `/cart`, `/account`, `/policies/`, tag combinations
`/blogs/*+*`): never fetched.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "shop-ocopsonla"
SHOP = "OCOP Sơn La"
ACCOUNT = "Ban biên tập OCOP Sơn La"
BLOG = "/blogs/tin-tuc"
V = "1741748100"

ANNOUNCE = "Miễn phí vận chuyển cho đơn hàng từ 500.000₫ trong tỉnh Sơn La"
FURNITURE = [ANNOUNCE, "Bỏ qua để đến nội dung", "Giỏ hàng của bạn đang trống", "Tiếp tục mua sắm",
             "Bạn có tài khoản?", "Đăng nhập để thanh toán nhanh hơn.", "Sản phẩm OCOP nổi bật", "Xem tất cả",
             "Giá thông thường", "Hết hàng", "Quay lại Tin tức", "Sao chép liên kết", "Đăng ký nhận bản tin",
             "Nhận thông tin sản phẩm mới và chương trình khuyến mại của các HTX", "Đăng ký",
             "Quốc gia/khu vực", "Việt Nam (VND ₫)", "© 2026, OCOP Sơn La", "Được hỗ trợ bởi Shopify",
             "Chính sách hoàn tiền", "Chính sách quyền riêng tư", "Điều khoản dịch vụ",
             "Số 12 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La", "Hotline: 0212.3852.668",
             "Để lại bình luận", "Xin lưu ý, bình luận cần được phê duyệt trước khi được đăng.",
             ]

ACCOUNT_BP = [ACCOUNT]
COMMENTS = [("Lò Thị Thu", "Chè Tà Xùa của HTX rất ngon, mong shop có thêm loại túi nhỏ.", datetime(2026, 3, 13, 20, 4)),
            ("Hoàng Văn Dũng", "Cho hỏi HTX có nhận làm đại lý ở Hà Nội không ạ?", datetime(2026, 3, 14, 8, 41))]
PRODUCTS = [("che-shan-tuyet-ta-xua", "Chè Shan tuyết Tà Xùa", "185.000₫", "HTX Chè Tà Xùa",
             "Chè Shan tuyết Tà Xùa được hái từ những cây chè cổ thụ trên độ cao 1.500 m, chế biến thủ công theo cách "
             "của đồng bào Mông. Sản phẩm đạt chứng nhận OCOP 4 sao năm 2024."),
            ("mang-son-la-say-deo", "Xoài sấy dẻo Yên Châu", "95.000₫", "HTX Nông nghiệp Chiềng Khoi",
             "Xoài tròn Yên Châu được sấy dẻo không đường, giữ vị chua ngọt tự nhiên. HTX liên kết với 120 hộ trồng "
             "xoài theo tiêu chuẩn VietGAP."),
            ("ca-phe-arabica-son-la", "Cà phê Arabica Sơn La rang xay", "160.000₫", "HTX Cà phê Chiềng Ban",
             "Cà phê Arabica trồng dưới tán rừng, thu hái chín 100%, rang mộc. Sản phẩm đạt OCOP 4 sao và được "
             "xuất khẩu sang Hàn Quốc.")]


def utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")


def vdate(d: datetime) -> str:
    return f"{d.day} tháng {d.month}, {d.year}"


def time_tag(d: datetime) -> str:
    return f'<time datetime="{utc(d)}">{vdate(d)}</time>'


def att(name: str) -> str:
    return f"/cdn/shop/files/{name}?v={V}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def dated(d: datetime, listing_only: bool = False) -> dict:
        if listing_only:
            return dict(date=d, published=iso(d), published_source="listing", evidence=["listing"])
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path=f"{BLOG}/son-la-tong-ket-chuong-trinh-ocop-nam-2025", title="Sơn La tổng kết Chương trình OCOP năm 2025",
          lead="Sáng 11/3, Liên minh HTX tỉnh Sơn La phối hợp với Văn phòng Điều phối nông thôn mới tỉnh tổ chức hội nghị tổng kết Chương trình OCOP năm 2025.",
          body="""
Năm 2025, toàn tỉnh có thêm 46 sản phẩm được công nhận đạt chuẩn OCOP, nâng tổng số sản phẩm OCOP của tỉnh lên 312 sản phẩm, trong đó khu vực HTX chiếm gần 70%.
[img hoi-nghi-ocop-2025.png] Quang cảnh hội nghị tổng kết Chương trình OCOP năm 2025
## Nhiều sản phẩm vươn ra thị trường lớn
Các sản phẩm chè Shan tuyết, cà phê Arabica, xoài Yên Châu, mận hậu Mộc Châu đã có mặt tại hệ thống siêu thị và trên các sàn thương mại điện tử.
Tại hội nghị, các đại biểu đề xuất tăng cường hỗ trợ HTX đổi mới bao bì, truy xuất nguồn gốc và xây dựng câu chuyện sản phẩm.
""", byline="Bài, ảnh: Lò Văn Hậu", author="Lò Văn Hậu", opts={"tags": ["ocop", "hoi-nghi"], "comments": True,
                                                                  "utm": True},
          notes=["Dawn article: <time datetime='2026-03-12T02:15:00Z'>12 tháng 3, 2026</time> (UTC attribute -> 09:15 "
                 "Vietnam time); itemprop=author 'Ban biên tập OCOP Sơn La' is the staff account; 'Bài, ảnh: Lò Văn Hậu' "
                 "closes the text (author); two approved comments with names and dates below, a comment form and the "
                 "product grid: no text; the lead says 'Sáng 11/3' (the event)"],
          **dated(datetime(2026, 3, 12, 9, 15))),
        A(path=f"{BLOG}/ket-qua-danh-gia-phan-hang-san-pham-ocop-dot-2-nam-2025",
          title="Kết quả đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2025",
          body="""
Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh đã công nhận 21 sản phẩm đạt chuẩn OCOP đợt 2 năm 2025.
| STT | Chủ thể | Số sản phẩm | Hạng sao |
| 1 | HTX Chè Tà Xùa | 3 | 4 sao |
| 2 | HTX Nông nghiệp Chiềng Khoi | 2 | 4 sao |
| 3 | HTX Cà phê Chiềng Ban | 4 | 3 sao |
| 4 | HTX Dịch vụ nông nghiệp Mộc Châu | 5 | 3 sao |
| 5 | Các chủ thể khác | 7 | 3 sao |
Các chủ thể có sản phẩm được công nhận sẽ được hỗ trợ kinh phí in tem, nhãn và quảng bá sản phẩm.
""", byline="Nguồn: Văn phòng Điều phối nông thôn mới tỉnh Sơn La", author=None, opts={"tags": ["ocop"]},
          notes=["a data table in the rich text (one line per row, cells between ' | '); 'Nguồn: …' last is no author"],
          **dated(datetime(2026, 2, 27, 14, 40))),
        A(path=f"{BLOG}/ke-hoach-so-08-kh-lmhtx-ho-tro-htx-tham-gia-hoi-cho-ocop-tay-bac-2026",
          title="Kế hoạch số 08/KH-LMHTX hỗ trợ HTX tham gia Hội chợ OCOP vùng Tây Bắc năm 2026",
          body="""
LIÊN MINH HTX TỈNH SƠN LA
Số: 08/KH-LMHTX
Sơn La, ngày 16 tháng 02 năm 2026
KẾ HOẠCH
Hỗ trợ HTX tham gia Hội chợ OCOP vùng Tây Bắc năm 2026
## I. MỤC ĐÍCH, YÊU CẦU
Giới thiệu, quảng bá sản phẩm OCOP của các HTX tỉnh Sơn La; kết nối HTX với doanh nghiệp phân phối.
## II. NỘI DUNG
* Hỗ trợ 100% chi phí thuê gian hàng cho 20 HTX có sản phẩm OCOP;
* Hỗ trợ vận chuyển sản phẩm đến nơi tổ chức hội chợ;
* Tổ chức phiên kết nối giao thương giữa HTX và doanh nghiệp.
Thời gian đăng ký: trước ngày 15/3/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Cầm Văn Thắng
""", author=None, doc_number="08/KH-LMHTX",
          attachments=[{"path": att("KH-08-LMHTX.pdf"), "text": "KH-08-LMHTX.pdf"}], opts={"tags": ["van-ban", "hoi-cho"]},
          notes=["official plan 'Số: 08/KH-LMHTX', 'Sơn La, ngày 16 tháng 02 năm 2026' (posted the 17th), signer last "
                 "(author null); the PDF '/cdn/shop/files/KH-08-LMHTX.pdf?v=…' after 'Tải về:' (attachment, not text)"],
          **dated(datetime(2026, 2, 17, 10, 5))),
        A(path=f"{BLOG}/anh-mua-hai-che-shan-tuyet-o-ta-xua", title="Ảnh: Mùa hái chè Shan tuyết ở Tà Xùa",
          lead="Tháng Hai, các thành viên HTX Chè Tà Xùa bắt đầu thu hái lứa chè xuân đầu tiên.",
          body="""
[img ta-xua-1.png] Thành viên HTX Chè Tà Xùa hái chè trên những cây chè cổ thụ
[img ta-xua-2.png] Chè được sao thủ công trên chảo gang
[img ta-xua-3.png] Sản phẩm chè Shan tuyết được đóng gói, dán tem truy xuất nguồn gốc
""", byline="Ảnh: Quàng Thị Mai", author="Quàng Thị Mai", opts={"tags": ["ocop", "anh"], "photo": True},
          notes=["alternate template article.photo with the date and account switched off: no date on the page; the "
                 "day is on the blog's cards ('<time datetime=2026-02-10T01:00:00Z>10 tháng 2, 2026', 08:00 Vietnam "
                 "time); 'Ảnh: Quàng Thị Mai' -> author"],
          **dated(datetime(2026, 2, 10, 8, 0), listing_only=True)),
        A(path=f"{BLOG}/htx-che-ban-ang-xuat-lo-che-dau-tien-sang-dai-loan",
          title="HTX Chè Bản Áng xuất lô chè đầu tiên sang Đài Loan",
          body="""
Ngày 5/2, HTX Chè Bản Áng (xã Đông Sang) xuất khẩu lô hàng 12 tấn chè xanh đầu tiên sang thị trường Đài Loan.
HTX hiện có 36 thành viên, liên kết với 240 hộ trồng chè trên diện tích 180 ha, trong đó 60 ha được chứng nhận hữu cơ.
Năm 2026, HTX đặt mục tiêu xuất khẩu 100 tấn chè, doanh thu đạt 15 tỷ đồng.
""", author=None, opts={"tags": ["ocop", "xuat-khau"]},
          notes=["posted at 06:30 on 06/02/2026: <time datetime='2026-02-05T23:30:00Z'> is the day before in UTC, the "
                 "text '6 tháng 2, 2026'; the body says 'Ngày 5/2' (the event); no byline: author null (the account "
                 "'Ban biên tập OCOP Sơn La' is none)"],
          **dated(datetime(2026, 2, 6, 6, 30))),
        A(path=f"{BLOG}/tap-huan-ban-hang-tren-san-thuong-mai-dien-tu-cho-60-htx",
          title="Tập huấn bán hàng trên sàn thương mại điện tử cho 60 HTX",
          lead="Từ ngày 20 đến 22/1, Liên minh HTX tỉnh mở lớp tập huấn kỹ năng bán hàng trực tuyến cho cán bộ HTX.",
          body="""
Học viên được hướng dẫn các nội dung:
+ Mở gian hàng trên các sàn thương mại điện tử;
+ Chụp ảnh, viết mô tả sản phẩm OCOP;
+ Livestream bán hàng và chăm sóc khách hàng;
+ Quản lý đơn hàng, thanh toán và vận chuyển.
Sau lớp học, 42 HTX đã mở gian hàng trực tuyến và đưa sản phẩm lên cửa hàng OCOP Sơn La.
""", byline="Thu Hà", author="Thu Hà", opts={"tags": ["chuyen-doi-so"]},
          notes=["a numbered list (one line per item); 'Thu Hà' closes the text (author)"],
          **dated(datetime(2026, 1, 23, 16, 20))),
        A(path=f"{BLOG}/xoai-yen-chau-vao-chuoi-sieu-thi", title="Xoài Yên Châu của HTX vào chuỗi siêu thị",
          body="""
HTX Nông nghiệp Chiềng Khoi ký hợp đồng cung ứng 300 tấn xoài tròn Yên Châu cho một chuỗi siêu thị lớn trong năm 2026.
Để đáp ứng yêu cầu, HTX áp dụng quy trình VietGAP trên 85 ha và sử dụng tem truy xuất nguồn gốc cho từng lô hàng.
Ông Lường Văn Chinh, Giám đốc HTX, cho biết giá bán cho siêu thị cao hơn bán cho thương lái 15-20%.
""", byline="Minh Tuấn", author="Minh Tuấn", opts={"tags": ["ocop"], "old": f"{BLOG}/xoai-yen-chau-len-ke-sieu-thi"},
          notes=["the handle was changed: the old /blogs/tin-tuc/xoai-yen-chau-len-ke-sieu-thi (linked from a tag page) "
                 "301-redirects here (an alias)"],
          **dated(datetime(2026, 1, 9, 11, 0))),
        A(path=f"{BLOG}/gap-mat-htx-tieu-bieu-tinh-son-la-nam-2025", title="Gặp mặt HTX tiêu biểu tỉnh Sơn La năm 2025",
          lead="Chiều 18/12, Liên minh HTX tỉnh tổ chức gặp mặt, biểu dương 30 HTX tiêu biểu năm 2025.",
          body="""
[img gap-mat-htx.png] Lãnh đạo tỉnh trao bằng khen cho các HTX tiêu biểu
Các HTX được biểu dương có doanh thu bình quân trên 5 tỷ đồng, tạo việc làm ổn định cho hơn 2.000 lao động.
""", byline="Lò Văn Hậu", author="Lò Văn Hậu", opts={"tags": ["hoi-nghi"]},
          notes=["on the blog's page 2 only (?page=2)"],
          **dated(datetime(2025, 12, 19, 8, 45))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    if a.lead:
        out.append(f"<p><strong>{inline_html(a.lead)}</strong></p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img src="/cdn/shop/files/{b.src}?v={V}" alt="" style="display: block; margin-left: auto; '
                       f'margin-right: auto;"></p>' + (f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>'
                                                       if b.text else ""))
        elif b.kind == "table":
            out.append(table_html(b, css=""))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def card(a: RichArticle) -> str:
    img = next((b.src for b in a.blocks if b.kind == "img"), None)
    media = (f'<div class="card__inner ratio"><div class="article-card__image-wrapper card__media"><div class="article-card__image media">'
             f'<img src="/cdn/shop/files/{img}?v={V}&amp;width=533" alt="{attr(a.title)}" loading="lazy"></div></div></div>'
             if img else "")
    return (f'<div class="blog-articles__article article"><div class="article-card-wrapper card-wrapper underline-links-hover">'
            f'<div class="card article-card card--card{" card--media" if img else " card--text"}">{media}'
            f'<div class="card__content"><div class="card__information"><h3 class="card__heading h2">'
            f'<a href="{a.path}" class="full-unstyled-link">{esc(a.title)}</a></h3>'
            f'<div class="article-card__info caption-with-letter-spacing h5"><span class="circle-divider">{time_tag(a.date)}'
            f'</span></div><p class="article-card__excerpt rte-width">{esc(a.summary())}</p>'
            f'<div class="article-card__footer"></div></div></div></div></div></div>')


def product_grid() -> str:
    lis = "".join(
        f'<li class="grid__item"><div class="card-wrapper product-card-wrapper underline-links-hover"><div class="card card--standard">'
        f'<div class="card__inner ratio"><div class="card__media"><img src="/cdn/shop/products/{h}.png?v={V}&amp;width=360" alt="{attr(t)}">'
        f'</div></div><div class="card__content"><div class="card__information"><h3 class="card__heading h5">'
        f'<a href="/collections/ocop-4-sao/products/{h}" class="full-unstyled-link">{esc(t)}</a></h3>'
        f'<div class="card-information"><div class="caption-with-letter-spacing light">{esc(v)}</div><div class="price">'
        f'<span class="visually-hidden">Giá thông thường</span><span class="price-item price-item--regular">{p}</span></div>'
        + ('<span class="badge price__badge-sold-out color-inverse">Hết hàng</span>' if i == 1 else "")
        + '</div></div></div></div></div></li>' for i, (h, t, p, v, _) in enumerate(PRODUCTS))
    return (f'<div class="featured-collection section"><div class="collection page-width"><div class="title-wrapper-with-link">'
            f'<h2 class="title inline-richtext h2">Sản phẩm OCOP nổi bật</h2><a href="/collections/all" class="link underlined-link">'
            f'Xem tất cả</a></div><ul class="grid product-grid grid--4-col-desktop" role="list">{lis}</ul></div></div>')


def layout(title: str, main: str, path: str, *, og_type: str = "website", home: bool = False, desc: str = "",
           feed: bool = False) -> str:
    logo = (f'<img src="/cdn/shop/files/logo-ocop-sonla.png?v={V}&amp;width=300" alt="{SHOP}" class="header__heading-logo">')
    heading = (f'<h1 class="header__heading"><a href="/" class="header__heading-link link link--text focus-inset">{logo}</a></h1>'
               if home else f'<a href="/" class="header__heading-link link link--text focus-inset">{logo}</a>')
    menu = [("Trang chủ", "/"), ("Sản phẩm OCOP", "/collections/all"), ("Tin tức", BLOG), ("Giới thiệu", "/pages/gioi-thieu"),
            ("Liên hệ", "/pages/lien-he")]
    nav = "".join(f'<li><a href="{h}" class="header__menu-item list-menu__item link link--text focus-inset"><span>{t}</span></a></li>'
                  for t, h in menu)
    atom = f'<link rel="alternate" type="application/atom+xml" title="Nguồn cấp dữ liệu" href="{BLOG}.atom">\n' if feed else ""
    return f"""<!doctype html>
<html class="no-js" lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width,initial-scale=1">
<link rel="canonical" href="{{{{base}}}}{attr(path)}">
<title>{esc(title)} &ndash; {SHOP}</title>
<meta name="description" content="{attr(desc or title)}">
<meta property="og:site_name" content="{SHOP}">
<meta property="og:url" content="{{{{base}}}}{attr(path)}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="{og_type}">
<meta property="og:description" content="{attr(desc or title)}">
<meta name="twitter:card" content="summary_large_image">
{atom}<script>var Shopify = Shopify || {{}};Shopify.shop = "ocop-sonla.myshopify.com";Shopify.locale = "vi";Shopify.currency = {{"active":"VND","rate":"1.0"}};Shopify.theme = {{"name":"Dawn","id":151202005183,"schema_name":"Dawn","schema_version":"15.0.0"}};</script>
<link href="/cdn/shop/t/3/assets/base.css?v={V}" rel="stylesheet" type="text/css" media="all">
<script src="/cdn/shop/t/3/assets/global.js?v={V}" defer="defer"></script>
</head>
<body class="gradient">
<a class="skip-to-content-link button visually-hidden" href="#MainContent">Bỏ qua để đến nội dung</a>
<cart-drawer class="drawer is-empty"><div id="CartDrawer" class="cart-drawer"><div class="drawer__inner"><div class="drawer__inner-empty">
<div class="cart-drawer__warnings center"><div class="cart-drawer__empty-content"><h2 class="cart__empty-text">Giỏ hàng của bạn đang trống</h2>
<a href="/collections/all" class="button">Tiếp tục mua sắm</a><p class="cart__login-title h3">Bạn có tài khoản?</p>
<p class="cart__login-paragraph"><a href="/account/login" class="link underlined-link">Đăng nhập</a> để thanh toán nhanh hơn.</p>
</div></div></div></div></div></cart-drawer>
<div class="section-header"><div class="utility-bar"><div class="announcement-bar" role="region" aria-label="Thông báo">
<p class="announcement-bar__message h5"><span>{ANNOUNCE}</span></p></div></div>
<header class="header header--middle-left header--mobile-center page-width header--has-menu">
{heading}
<nav class="header__inline-menu"><ul class="list-menu list-menu--inline" role="list">{nav}</ul></nav>
<div class="header__icons"><a href="/search" class="link focus-inset header__icon header__icon--search"><span class="visually-hidden">Tìm kiếm</span></a>
<a href="/account/login" class="header__icon header__icon--account link focus-inset"><span class="visually-hidden">Đăng nhập</span></a>
<a href="/cart" class="header__icon header__icon--cart header__icon--summary link focus-inset" id="cart-icon-bubble"><span class="visually-hidden">Giỏ hàng</span></a></div>
</header></div>
<main id="MainContent" class="content-for-layout focus-none" role="main" tabindex="-1">
{main}
</main>
<footer class="footer color-scheme-1 gradient section-sections--footer-padding">
<div class="footer__content-top page-width"><div class="footer-block grid__item"><h2 class="footer-block__heading inline-richtext">{SHOP}</h2>
<div class="footer-block__details-content rte"><p>Số 12 đường Tô Hiệu, phường Tô Hiệu, tỉnh Sơn La</p><p>Hotline: 0212.3852.668</p></div></div>
<div class="footer-block--newsletter"><div class="footer-block__newsletter"><h2 class="footer-block__heading inline-richtext">Đăng ký nhận bản tin</h2>
<p>Nhận thông tin sản phẩm mới và chương trình khuyến mại của các HTX</p>
<form method="post" action="/contact#ContactFooter" id="ContactFooter" class="footer__newsletter newsletter-form"><input type="email" name="contact[email]" placeholder="Email">
<button type="submit" class="newsletter-form__button field__button">Đăng ký</button></form></div></div></div>
<div class="footer__content-bottom"><div class="footer__localization"><h2 class="caption-large text-body">Quốc gia/khu vực</h2><span>Việt Nam (VND ₫)</span></div>
<div class="footer__copyright caption"><small class="copyright__content">© 2026, <a href="/" title="">{SHOP}</a></small>
<small class="copyright__content"><a href="{{{{base:offsite}}}}/shopify" rel="nofollow" target="_blank">Được hỗ trợ bởi Shopify</a></small>
<ul class="policies list-unstyled"><li><small class="copyright__content"><a href="/policies/refund-policy">Chính sách hoàn tiền</a></small></li>
<li><small class="copyright__content"><a href="/policies/privacy-policy">Chính sách quyền riêng tư</a></small></li>
<li><small class="copyright__content"><a href="/policies/terms-of-service">Điều khoản dịch vụ</a></small></li></ul></div></div>
</footer>
</body>
</html>
"""


def article_page(a: RichArticle) -> str:
    photo = a.opts.get("photo")
    img = next((b.src for b in a.blocks if b.kind == "img"), None)
    hero = (f'<div class="article-template__hero-container"><div class="article-template__hero-adapt media" itemprop="image">'
            f'<img src="/cdn/shop/articles/{img}?v={V}&amp;width=1100" alt="{attr(a.title)}"></div></div>' if img and not photo else "")
    meta = ("" if photo else
            f'<span class="circle-divider caption-with-letter-spacing" itemprop="dateCreated pubdate datePublished">{time_tag(a.date)}'
            f'</span><span class="caption-with-letter-spacing" itemprop="author">{ACCOUNT}</span>')
    comments = ""
    if a.opts.get("comments"):
        lis = "".join(f'<li class="article-template__comments-comment"><div class="rte"><p>{esc(t)}</p></div>'
                      f'<p class="circle-divider caption"><span>{esc(n)}</span><span>{time_tag(d)}</span></p></li>'
                      for n, t, d in COMMENTS)
        comments = (f'<div class="article-template__comment-wrapper background-secondary"><div id="comments" class="page-width page-width--narrow">'
                    f'<h2 id="Comments-template--18230145302719__main">{len(COMMENTS)} bình luận</h2><ul class="article-template__comments">{lis}</ul>'
                    f'<form method="post" action="{a.path}/comments" id="comment_form" class="comment-form">'
                    f'<h2>Để lại bình luận</h2><input type="text" name="comment[author]" placeholder="Tên"><textarea name="comment[body]"></textarea>'
                    f'<p class="article-template__comment-warning caption">Xin lưu ý, bình luận cần được phê duyệt trước khi được đăng.</p>'
                    f'<input type="submit" class="button" value="Gửi bình luận"></form></div></div>')
    main = (f'<section class="shopify-section section"><article class="article-template" itemscope itemtype="http://schema.org/BlogPosting">'
            f'{hero}<header class="page-width page-width--narrow"><h1 class="article-template__title" itemprop="headline">{esc(a.title)}</h1>'
            f'{meta}</header><div class="article-template__social-sharing page-width page-width--narrow"><share-button class="share-button">'
            f'<details><summary class="share-button__button"><span>Chia sẻ</span></summary><div class="share-button__fallback">'
            f'<button class="share-button__copy"><span class="visually-hidden">Sao chép liên kết</span></button></div></details></share-button></div>'
            f'<div class="article-template__content page-width page-width--narrow rte" itemprop="articleBody">\n{body_html(a)}\n</div>'
            f'<div class="article-template__back element-margin-top center"><a href="{BLOG}" class="article-template__link link animate-arrow">'
            f'Quay lại Tin tức</a></div>{comments}</article></section><section class="shopify-section">{product_grid()}</section>')
    return layout(a.title, main, a.path, og_type="article", desc=a.summary())


def build() -> SiteBuild:
    site = SiteBuild(SITE, "son-la", "OCOP Sơn La – cửa hàng sản phẩm HTX (Liên minh HTX tỉnh Sơn La)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    site.extra_boilerplate += FURNITURE + ACCOUNT_BP + ["Chia sẻ", "2 bình luận", COMMENTS[0][1], COMMENTS[1][1]]

    def page(path: str, html: str) -> None:
        # a path that is also a folder of other pages is served by a route
        site.page(path, html, content_type="text/html; charset=utf-8" if path in {BLOG} else None)

    for a in posts:
        page(a.path, article_page(a))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/cdn/shop/files/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH 08/KH-LMHTX", "Lien minh HTX tinh Son La"]))
        if a.opts.get("utm"):
            alias = f"{a.path}?utm_source=zalo&utm_medium=social&utm_campaign=tin-tuc"
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        if a.opts.get("old"):
            site.redirect(a.opts["old"], a.path, 301)
            a.aliases.append(a.opts["old"])
        site.add_article(a)

    # blog listing, 6 cards a page
    per = 6
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    urls = [BLOG] + [f"{BLOG}?page={n}" for n in range(2, len(chunks) + 1)]
    tags = sorted({t for p in posts for t in p.opts["tags"]})
    tag_names = {"ocop": "OCOP", "hoi-nghi": "Hội nghị", "van-ban": "Văn bản", "hoi-cho": "Hội chợ", "anh": "Ảnh",
                 "xuat-khau": "Xuất khẩu", "chuyen-doi-so": "Chuyển đổi số"}
    tag_filter = ('<div class="blog-tags"><ul class="list-unstyled">' + "".join(
        f'<li><a href="{BLOG}/tagged/{t}" class="link">{tag_names[t]}</a></li>' for t in tags) + "</ul></div>")

    def pager(n: int) -> str:
        lis = "".join((f'<li><a role="link" aria-disabled="true" class="pagination__item pagination__item--current light" '
                       f'aria-current="page">{k + 1}</a></li>') if k == n else
                      f'<li><a href="{u}" class="pagination__item link" aria-label="Trang {k + 1}">{k + 1}</a></li>'
                      for k, u in enumerate(urls))
        if n + 1 < len(urls):
            lis += (f'<li><a href="{urls[n + 1]}" class="pagination__item pagination__item--prev pagination__item-arrow link" '
                    f'aria-label="Trang sau">›</a></li>')
        return f'<div class="pagination-wrapper"><nav class="pagination" role="navigation" aria-label="Phân trang"><ul class="pagination__list list-unstyled" role="list">{lis}</ul></nav></div>'

    for n, chunk in enumerate(chunks):
        main = (f'<div class="main-blog page-width"><h1 class="title--primary inline-richtext">Tin tức</h1>{tag_filter}'
                f'<div class="blog-articles blog-articles--collage">{"".join(card(a) for a in chunk)}</div>{pager(n)}</div>')
        page(urls[n], layout("Tin tức", main, urls[n], feed=True))
        site.non_articles.append(urls[n])
    site.trap("the blog /blogs/tin-tuc and ?page=2: Dawn cards with <time datetime=…Z> (UTC) and excerpts: listings", urls[1])
    for t in tags:
        tagged = [p for p in posts if t in p.opts["tags"]]
        extra = ""
        if t == "ocop":
            old = next(p for p in posts if p.opts.get("old"))
            extra = (f'<p class="blog-note"><a href="{old.opts["old"]}">{esc(old.title)}</a></p>'
                     f'<p><a href="{BLOG}/tagged/ocop+xuat-khau">OCOP + Xuất khẩu</a></p>')
        main = (f'<div class="main-blog page-width"><h1 class="title--primary inline-richtext">Tin tức</h1>'
                f'<p class="blog-tag-current">Thẻ: {tag_names[t]}</p>{tag_filter}'
                f'<div class="blog-articles">{"".join(card(a) for a in tagged)}</div>{extra}</div>')
        page(f"{BLOG}/tagged/{t}", layout(f"Tin tức – Được gắn thẻ &quot;{tag_names[t]}&quot;", main, f"{BLOG}/tagged/{t}"))
        site.non_articles.append(f"{BLOG}/tagged/{t}")
    feed = "".join(f"<entry><id>{{{{base}}}}{p.path}</id><published>{utc(p.date)}</published><updated>{utc(p.date)}</updated>"
                   f'<link rel="alternate" type="text/html" href="{{{{base}}}}{p.path}"/><title>{esc(p.title)}</title>'
                   f"<author><name>{ACCOUNT}</name></author><summary type=\"html\">{esc(esc(p.summary()))}</summary></entry>"
                   for p in posts)
    site.page(f"{BLOG}.atom", f'<?xml version="1.0" encoding="UTF-8"?><feed xml:lang="vi" xmlns="http://www.w3.org/2005/Atom">'
              f"<id>{{{{base}}}}{BLOG}</id><title>{SHOP} - Tin tức</title>{feed}</feed>",
              content_type="application/atom+xml; charset=utf-8")

    # home
    top = posts[0]
    home_blog = "".join(card(a) for a in posts[:3]).replace(f'href="{top.path}"', f'href="{top.aliases[0]}"')
    main = (f'<div class="banner"><div class="banner__content"><h2 class="banner__heading inline-richtext h1">Đặc sản OCOP từ các HTX Sơn La</h2>'
            f'<a href="/collections/all" class="button">Mua ngay</a></div></div>{product_grid()}'
            f'<div class="blog page-width"><h2 class="blog__title inline-richtext h2">Tin tức</h2><div class="blog__posts articles-wrapper">'
            f'{home_blog}</div><a href="{BLOG}" class="button">Xem tất cả</a></div>')
    page("/", layout(SHOP, main, "/", home=True).replace("</head>", '<script type="application/ld+json">{"@context":"http://schema.org",'
                                                         f'"@type":"Organization","name":"{SHOP}","url":"{{{{base}}}}/"}}</script>\n</head>'))
    site.non_articles.append("/")

    # products and collections
    for h, t, p, v, desc in PRODUCTS:
        main = (f'<section class="product page-width"><div class="product__info-container"><p class="product__text caption-with-letter-spacing">{esc(v)}</p>'
                f'<div class="product__title"><h1>{esc(t)}</h1></div><div class="price"><span class="price-item price-item--regular">{p}</span></div>'
                f'<button type="submit" name="add" class="product-form__submit button">Thêm vào giỏ hàng</button>'
                f'<div class="product__description rte"><p>{esc(desc)}</p><p>Liên hệ đặt hàng số lượng lớn: Hotline của cửa hàng.</p></div>'
                f'</div></section>{product_grid()}')
        page(f"/products/{h}", layout(t, main, f"/products/{h}", og_type="product", desc=desc))
        site.binary(f"/cdn/shop/products/{h}.png", image_for(h))
        site.same_page(f"/collections/ocop-4-sao/products/{h}", f"/products/{h}")
        site.non_articles += [f"/products/{h}", f"/collections/ocop-4-sao/products/{h}"]
    grid = product_grid()
    page("/collections/all", layout("Sản phẩm", f'<div class="collection-hero"><h1 class="collection-hero__title">Sản phẩm</h1></div>{grid}',
                                    "/collections/all"))
    site.non_articles.append("/collections/all")
    site.trap("product pages /products/<handle> (also /collections/ocop-4-sao/products/<handle>, the cards' links) with "
              "Vietnamese descriptions of the cooperatives, h1 and price: no news", f"/products/{PRODUCTS[0][0]}")
    page("/pages/gioi-thieu", layout("Giới thiệu", '<div class="page-width page-width--narrow"><h1 class="main-page-title page-title h0">'
                                     'Giới thiệu</h1><div class="rte"><p>Cửa hàng OCOP Sơn La do Liên minh HTX tỉnh Sơn La xây dựng, '
                                     'giới thiệu và bán các sản phẩm OCOP của hơn 80 HTX trong tỉnh.</p><p>Mọi sản phẩm đều có tem '
                                     'truy xuất nguồn gốc và được kiểm soát chất lượng.</p></div></div>', "/pages/gioi-thieu"))
    page("/pages/lien-he", layout("Liên hệ", '<div class="page-width page-width--narrow"><h1 class="main-page-title page-title h0">'
                                  'Liên hệ</h1><div class="rte"><p>Liên minh HTX tỉnh Sơn La – Phòng Tư vấn, hỗ trợ</p><p>Email: '
                                  'ocop@lmhtxsonla.vn</p></div><form method="post" action="/contact#ContactForm" class="contact">'
                                  '<input type="text" name="contact[name]"><button type="submit" class="button">Gửi</button></form>'
                                  '</div>', "/pages/lien-he"))
    site.non_articles += ["/pages/gioi-thieu", "/pages/lien-he"]

    never = ["/search", "/cart", "/account/login", "/policies/refund-policy", "/policies/privacy-policy",
             "/policies/terms-of-service"]
    for p in never:
        page(p, layout("Cửa hàng", '<div class="page-width"><p>Trang của cửa hàng.</p></div>', p))
    site.never_fetched += never
    combo = f"{BLOG}/tagged/ocop+xuat-khau"
    page(combo, layout("Tin tức", '<div class="main-blog page-width"><h1 class="title--primary">Tin tức</h1><p>Không có bài viết.</p></div>', combo))
    site.non_articles.append(combo)
    site.static("/robots.txt", "# we use Shopify as our ecommerce platform\n\nUser-agent: *\nDisallow: /a/downloads/-/*\n"
                "Disallow: /admin\nDisallow: /cart\nDisallow: /orders\nDisallow: /checkouts/\nDisallow: /checkout\n"
                "Disallow: /carts\nDisallow: /account\nDisallow: /collections/*sort_by*\nDisallow: /*/collections/*sort_by*\n"
                "Disallow: /collections/*+*\nDisallow: /collections/*%2B*\nDisallow: /collections/*%2b*\nDisallow: /blogs/*+*\n"
                "Disallow: /blogs/*%2B*\nDisallow: /blogs/*%2b*\nDisallow: /*?*oseid=*\nDisallow: /*preview_theme_id*\n"
                "Disallow: /policies/\nDisallow: /search\nDisallow: /apple-app-site-association\n")
    site.trap("Shopify's default robots.txt: /search, /cart, /account/login, /policies/* (footer) and the tag combination "
              "/blogs/*+*' (the tag combination /blogs/tin-tuc/tagged/ocop+xuat-khau, a wildcard rule: listed as a non-article, a "
              "prefix-only robots parser cannot read it) are disallowed: never fetched", "/search")
    return site
