"""Site `shop-ocopdaklak` (registry family `generic`): "OCOP Đắk Lắk", the online shop of the cooperatives' OCOP
products run by the Đắk Lắk cooperative alliance (the province includes the former Phú Yên since 1 July 2025) on
**OpenCart 4.0.2.3** (default theme, Bootstrap 5, Vietnamese language pack `vi-vn`, SEO URLs on) with a blog
extension for its news "Tin tức". Written as a held-out test: no family module, no selectors.

Why it is hard: a post is `/vi-vn/tin-tuc/<keyword>` (SEO URL; the same page at
`index.php?route=extension/blog/article&language=vi-vn&article_id=N`, without `language`, and with an affiliate
`&tracking=` code) inside the store's skeleton: the `nav#top` bar (currency form with ₫/$/€, account, wishlist, cart,
checkout), the header's search and cart button "0 sản phẩm - 0₫", the category menu, `aside#column-left` with the blog
categories and a "Bán chạy" product module (`div.product-thumb` with prices and "Thêm vào giỏ"), under the post the
"Sản phẩm liên quan" products, "Bài viết liên quan" and the comments ("Bình luận (2)") with the comment form. The post
is `div#content` `h1` + `ul.article-info` ("20/01/2026" d/m/Y without a time, "Tác giả: Admin": the OpenCart user,
never the author; "Lượt xem") + `div.article-description` (CKEditor 4: paragraphs, `figure.image > figcaption`, `h3`,
lists, tables, right-aligned byline). OpenCart emits no article metadata (only description/keywords). Listings:
`/vi-vn/tin-tuc` (`?page=2`) and the blog categories; products, categories, information pages, contact and sitemap
are no news; the account and checkout routes and product search are disallowed in robots.txt.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "shop-ocopdaklak"
SHOP = "OCOP Đắk Lắk"
L = "vi-vn"
BLOG = f"/{L}/tin-tuc"
HTML = "text/html; charset=utf-8"
CATS = {1: ("hoat-dong-lien-minh", "Hoạt động Liên minh"), 2: ("kien-thuc-ocop", "Kiến thức OCOP")}
PRODUCTS = [(50, "ca-phe", "Cà phê", "ca-phe-robusta-rang-moc-ea-tu", "Cà phê Robusta rang mộc Ea Tu", "145.000₫", "HTX Nông nghiệp Ea Tu",
             "Cà phê Robusta được HTX thu hái chín trên 95%, phơi trên giàn và rang mộc không tẩm ướp. Sản phẩm đạt OCOP 4 sao năm 2024, "
             "đóng gói 500 g có van một chiều giữ hương."),
            (51, "mat-ong", "Mật ong", "mat-ong-hoa-ca-phe-ea-kao", "Mật ong hoa cà phê Ea Kao", "210.000₫", "HTX Mật ong Ea Kao",
             "Mật ong được khai thác từ những đàn ong nuôi giữa vườn cà phê mùa hoa nở tháng Giêng, độ ẩm dưới 20%, không pha đường."),
            (52, "hat-dieu-macca", "Hạt điều - Macca", "hat-macca-nut-vo-krong-nang", "Hạt macca nứt vỏ Krông Năng", "260.000₫",
             "HTX Macca Krông Năng", "Hạt macca sấy nứt vỏ, hạt đều, béo bùi; mỗi hộp 500 g kèm dụng cụ tách vỏ.")]
FURNITURE = ["Hotline 0262.3852.119", "Tài khoản của tôi", "Danh sách yêu thích (0)", "Giỏ hàng", "Thanh toán",
             "0 sản phẩm - 0₫", "Đơn vị tiền tệ", "€ Euro", "£ Pound Sterling", "$ US Dollar", "₫ Việt Nam Đồng",
             "Danh mục tin tức", "Bán chạy", "Thêm vào giỏ",
             "Sản phẩm liên quan", "Bài viết liên quan", "Viết bình luận", "Tên của bạn", "Nội dung bình luận",
             "Gửi bình luận", "Thông tin", "Dịch vụ khách hàng", "Tính năng bổ sung", "Chính sách giao hàng",
             "Chính sách bảo mật", "Điều khoản sử dụng", "Đổi trả hàng", "Sơ đồ trang", "Thương hiệu",
             "Phiếu quà tặng", "Chương trình cộng tác viên", "Khuyến mãi", "Lịch sử đơn hàng", "Thư thông báo",
             "Được phát triển bởi OpenCart", "OCOP Đắk Lắk © 2026", "Tác giả: Admin", "Miễn phí giao hàng nội tỉnh cho đơn từ 400.000₫",
             "Số 28 Nguyễn Tất Thành, phường Buôn Ma Thuột, tỉnh Đắk Lắk", "Chia sẻ bài viết"]
COMMENTS = [("Nguyễn Thị Lan", "Cà phê của HTX rất thơm, mong shop có thêm gói nhỏ 250 g.", "14/03/2026"),
            ("Y Bhin Ayun", "HTX ở Krông Bông có sản phẩm mật ong muốn gửi bán thì liên hệ ai ạ?", "15/03/2026")]


def articles() -> list[RichArticle]:
    A = RichArticle

    def on(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Liên minh HTX tỉnh Đắk Lắk tổng kết hoạt động năm 2025",
          lead="**Ngày 19/1, Liên minh HTX tỉnh Đắk Lắk tổ chức hội nghị tổng kết năm 2025 - năm đầu tiên sau khi hợp nhất với Liên minh HTX tỉnh Phú Yên.**",
          body="""
Toàn tỉnh hiện có 1.126 HTX với hơn 62.000 thành viên; 214 sản phẩm của HTX đạt chứng nhận OCOP từ 3 sao trở lên.
[img tong-ket-2025-daklak.png] Quang cảnh hội nghị tổng kết tại Buôn Ma Thuột
## Mục tiêu năm 2026
Liên minh HTX tỉnh phấn đấu thành lập mới 80 HTX, đưa thêm 40 sản phẩm của HTX lên các sàn thương mại điện tử.
Dịp này, 20 HTX tiêu biểu của vùng Tây Nguyên và vùng biển Phú Yên cũ được khen thưởng.
""", byline="Bài, ảnh: H'Hồng Niê", author="H'Hồng Niê",
          opts={"id": 58, "kw": "lien-minh-htx-tinh-dak-lak-tong-ket-hoat-dong-nam-2025", "cat": 1, "views": 412,
                "products": [50, 51], "comments": [0, 1], "tracking": True},
          notes=["blog post in the store's skeleton (column-left product module, related products, comments): "
                 "ul.article-info '20/01/2026' (no time: midnight) and 'Tác giả: Admin' (the OpenCart user: never "
                 "the author); 'Bài, ảnh: H'Hồng Niê' -> author; the route URLs (with and without language=vi-vn) "
                 "and a &tracking= affiliate link are aliases"],
          **on(datetime(2026, 1, 20, 9, 0))),
        A(path="", title="Kế hoạch số 21/KH-LMHTX tổ chức Tuần lễ cà phê và sản phẩm OCOP của HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH ĐẮK LẮK
Số: 21/KH-LMHTX
Đắk Lắk, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức Tuần lễ cà phê và sản phẩm OCOP của HTX năm 2026
## 1. Thời gian, địa điểm
Từ ngày 09 đến 15/3/2026 tại Quảng trường 10/3, phường Buôn Ma Thuột.
## 2. Quy mô
- 120 gian hàng của HTX, tổ hợp tác trong tỉnh;
- 20 gian hàng của HTX các tỉnh Tây Nguyên và duyên hải miền Trung.
## 3. Tổ chức thực hiện
Văn phòng Liên minh HTX tỉnh là đầu mối tiếp nhận đăng ký gian hàng đến hết ngày 06/3/2026.
Tải về: KH-21-LMHTX.pdf
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Mai Hương
""", author=None, doc_number="21/KH-LMHTX",
          attachments=[{"path": "/image/catalog/tai-lieu/KH-21-LMHTX.pdf", "text": "KH-21-LMHTX.pdf"}],
          opts={"id": 61, "kw": "ke-hoach-21-kh-lmhtx-tuan-le-ca-phe-va-san-pham-ocop-2026", "cat": 1, "views": 230,
                "products": [50], "comments": [], "attach": True},
          notes=["plan 'Số: 21/KH-LMHTX' dated 02/3 in the text, posted '05/03/2026' (d/m/Y: 5 March); the link "
                 "'Tải về: KH-21-LMHTX.pdf' inside the text is its attachment (the line is text); the signer is "
                 "text, author null"],
          **on(datetime(2026, 3, 5, 14, 0))),
        A(path="", title="Sản lượng cà phê của các HTX niên vụ 2024 - 2025",
          body="""
Niên vụ 2024 - 2025, giá cà phê nhân tăng cao giúp các HTX cà phê có lãi lớn nhất trong nhiều năm.
| Địa bàn | Số HTX | Diện tích (ha) | Sản lượng (tấn) |
| Cư M'gar | 14 | 2.310 | 7.150 |
| Krông Pắc | 9 | 1.480 | 4.420 |
| Buôn Hồ | 6 | 920 | 2.760 |
Các HTX đều có hợp đồng bao tiêu với doanh nghiệp xuất khẩu cho ít nhất một nửa sản lượng.
""", byline="Theo Thu Hằng", author="Thu Hằng",
          opts={"id": 57, "kw": "san-luong-ca-phe-cua-cac-htx-nien-vu-2024-2025", "cat": 2, "views": 518,
                "products": [50], "comments": []},
          notes=["a CKEditor table (thead th): one line per row; 'Theo Thu Hằng' -> author 'Thu Hằng'"],
          **on(datetime(2026, 1, 13, 10, 0))),
        A(path="", title="Bảy bước đưa sản phẩm HTX lên gian hàng OCOP trực tuyến",
          body="""
Để mở gian hàng trên website OCOP Đắk Lắk, HTX thực hiện theo các bước sau:
+ Gửi giấy chứng nhận OCOP và giấy đăng ký HTX cho Ban quản trị;
+ Chụp ảnh sản phẩm trên nền trắng, tối thiểu 5 ảnh;
+ Viết mô tả sản phẩm, nguồn gốc và cách bảo quản;
+ Niêm yết giá bán lẻ và giá sỉ;
+ Chuẩn bị tồn kho tối thiểu cho 2 tuần bán hàng;
+ Ký hợp đồng ký gửi với Liên minh HTX tỉnh;
+ Cử người phụ trách trả lời khách hàng.
""", author=None,
          opts={"id": 55, "kw": "bay-buoc-dua-san-pham-htx-len-gian-hang-ocop-truc-tuyen", "cat": 2, "views": 874,
                "products": [51, 52], "comments": [1]},
          notes=["a seven-item numbered list (ol); no byline ('Tác giả: Admin' is the shop user) -> author null"],
          **on(datetime(2025, 12, 22, 8, 0))),
        A(path="", title="Ảnh: Mùa thu hoạch sầu riêng ở Krông Pắc",
          body="""
[img sau-rieng-1.png] Thành viên HTX Sầu riêng Tân Tiến thu hái những trái đầu vụ
[img sau-rieng-2.png] Sầu riêng được phân loại, dán tem truy xuất trước khi xuất bán
[img sau-rieng-3.png] Xe container của doanh nghiệp đến nhận hàng tại HTX
""", byline="Ảnh: Hoàng Tuấn", author="Hoàng Tuấn",
          opts={"id": 49, "kw": "anh-mua-thu-hoach-sau-rieng-o-krong-pac", "cat": 1, "views": 1033,
                "products": [52], "comments": []},
          notes=["photo story: three figure.image with figcaption (the lines); 'Ảnh: Hoàng Tuấn' -> author"],
          **on(datetime(2025, 9, 16, 7, 0))),
        A(path="", title="HTX Nông nghiệp Ea Tu liên kết trồng cà phê theo chuẩn 4C",
          body="""
HTX Nông nghiệp Ea Tu, thành phố Buôn Ma Thuột, tỉnh Đắk Lắk có 112 thành viên, liên kết với doanh nghiệp trồng 260 ha cà phê theo chuẩn 4C.
Cà phê đạt chuẩn được thu mua cao hơn giá thị trường 800 - 1.000 đồng mỗi kg.
HTX đang hoàn thiện hồ sơ để sản phẩm cà phê rang xay tham gia đánh giá OCOP.
""", byline="Minh Thuận - Hải Yến", author="Minh Thuận - Hải Yến",
          opts={"id": 41, "kw": "htx-nong-nghiep-ea-tu-lien-ket-trong-ca-phe-theo-chuan-4c", "cat": 1, "views": 640,
                "products": [50], "comments": []},
          notes=["2025 post of the old province ('thành phố Buôn Ma Thuột', before the merger), listed on the blog's "
                 "page 2 (/vi-vn/tin-tuc?page=2), its category and the sitemap page; 'Minh Thuận - Hải Yến' (two reporters) -> author"],
          **on(datetime(2025, 5, 14, 9, 0))),
        A(path="", title="Thông báo hỗ trợ phí vận chuyển cho HTX ký gửi hàng trên website",
          body="""
Nhằm giúp HTX giảm chi phí bán hàng trực tuyến, Liên minh HTX tỉnh hỗ trợ phí vận chuyển từ ngày 01/3 đến 30/6/2026.
**Mức hỗ trợ**
50% phí giao hàng cho đơn hàng trong tỉnh và 30% cho đơn hàng ngoài tỉnh.
**Điều kiện**
HTX có sản phẩm OCOP đang ký gửi trên website và cập nhật tồn kho hằng tuần.
Nguồn: Văn phòng Liên minh HTX tỉnh
""", author=None,
          opts={"id": 60, "kw": "thong-bao-ho-tro-phi-van-chuyen-cho-htx-ky-gui-hang", "cat": 1, "views": 301,
                "products": [51], "comments": []},
          notes=["notice with two bold paragraph headings; 'Nguồn: …' is no author -> null"],
          **on(datetime(2026, 2, 26, 15, 0))),
        A(path="", title="Mật ong hoa cà phê của HTX Ea Kao đạt OCOP 4 sao",
          lead="**Sau hai năm hoàn thiện quy trình, mật ong hoa cà phê của HTX Mật ong Ea Kao được công nhận sản phẩm OCOP 4 sao.**",
          body="""
HTX có 38 thành viên nuôi gần 2.000 đàn ong trong các vườn cà phê ở phường Ea Kao.
## Kiểm soát độ ẩm
HTX đầu tư máy hạ thủy phần để mật ong đạt độ ẩm dưới 20%, bảo quản được lâu mà không lên men.
Sản phẩm hiện có mặt tại 15 cửa hàng đặc sản và trên website OCOP Đắk Lắk.
""", byline="Hoàng Linh", author="Hoàng Linh",
          opts={"id": 59, "kw": "mat-ong-hoa-ca-phe-htx-ea-kao-dat-ocop-4-sao", "cat": 2, "views": 266,
                "products": [51], "comments": [0]},
          notes=["'Hoàng Linh' alone closes the text (a name: author); lead and an h3 heading"],
          **on(datetime(2026, 2, 10, 10, 0))),
    ]


def description(a: RichArticle) -> str:
    out = []
    if a.lead:
        out.append(f"<p>{inline_html(a.lead)}</p>")
    for b in a.blocks:
        if b.kind == "p":
            if b.text.startswith("Tải về: ") and a.attachments:
                x = a.attachments[0]
                out.append(f'<p>Tải về: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure class="image"><img alt="{attr(b.text)}" height="533" src="/image/catalog/tin-tuc/{b.src}" width="800">'
                       f"<figcaption>{esc(b.text)}</figcaption></figure>")
        elif b.kind == "table":
            out.append(table_html(b, css="table table-bordered"))
    if a.byline:
        out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dak-lak", SHOP + " – cửa hàng sản phẩm OCOP của HTX (Liên minh HTX tỉnh Đắk Lắk)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    site.extra_boilerplate += FURNITURE + [COMMENTS[0][1], COMMENTS[1][1]]
    for a in posts:
        a.path = f"{BLOG}/{a.opts['kw']}"
    prod = {p[0]: p for p in PRODUCTS}

    def ppath(p: tuple) -> str:
        return f"/{L}/{p[1]}/{p[3]}"

    def route(r: str, **q) -> str:
        return "/index.php?route=" + r + f"&language={L}" + "".join(f"&{k}={v}" for k, v in q.items())

    def thumb(p: tuple) -> str:
        pid, _, _, kw, name, price, coop, _ = p
        return (f'<div class="col"><div class="product-thumb"><div class="image"><a href="{ppath(p)}"><img src="/image/cache/catalog/san-pham/{kw}-200x200.png" '
                f'alt="{attr(name)}" title="{attr(name)}" class="img-fluid"></a></div><div class="content"><div class="description">'
                f'<h4><a href="{ppath(p)}">{esc(name)}</a></h4><p>{esc(coop)}</p><div class="price"><span class="price-new">{price}</span></div></div>'
                f'<form method="post" data-oc-toggle="ajax" data-oc-load="{route("common/cart.info")}" data-oc-target="#header-cart">'
                f'<div class="button-group"><button type="submit" formaction="{route("checkout/cart.add")}" data-bs-toggle="tooltip" title="Thêm vào giỏ">'
                f'<i class="fa-solid fa-shopping-cart"></i> <span class="d-none d-md-inline">Thêm vào giỏ</span></button>'
                f'<button type="submit" formaction="{route("account/wishlist.add")}" data-bs-toggle="tooltip" title="Thêm vào yêu thích"><i class="fa-solid fa-heart"></i></button>'
                f'<button type="submit" formaction="{route("product/compare.add")}" data-bs-toggle="tooltip" title="So sánh sản phẩm này"><i class="fa-solid fa-arrow-right-arrow-left"></i></button></div>'
                f'<input type="hidden" name="product_id" value="{pid}"><input type="hidden" name="quantity" value="1"></form></div></div></div>')

    def column_left() -> str:
        cats = "".join(f'<a href="/{L}/{kw}" class="list-group-item">{esc(n)}</a>' for kw, n in CATS.values())
        best = "".join(thumb(p) for p in PRODUCTS[:2])
        return (f'<aside id="column-left" class="col-lg-3 d-none d-lg-block"><div class="list-group mb-3"><h5>Danh mục tin tức</h5>'
                f'<a href="{BLOG}" class="list-group-item">Tất cả tin tức</a>{cats}</div>'
                f'<h3>Bán chạy</h3><div class="row row-cols-1">{best}</div></aside>')

    def layout(title: str, content: str, crumbs: list[tuple[str, str]], canonical: str = "", desc: str = "",
               keywords: str = "", left: bool = True) -> str:
        bc = '<li class="breadcrumb-item"><a href="/"><i class="fa-solid fa-house"></i></a></li>' + "".join(
            f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs)
        menu = "".join(f'<li class="nav-item"><a href="/{L}/{p[1]}" class="nav-link">{esc(p[2])}</a></li>' for p in PRODUCTS)
        col = column_left() if left else ""
        width = "col-lg-9" if left else "col"
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head>
<meta charset="UTF-8"/><meta name="viewport" content="width=device-width, initial-scale=1"/><meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
<base href="{{{{base}}}}/"/>
<meta name="description" content="{attr(desc or title)}"/>{f'<meta name="keywords" content="{attr(keywords)}"/>' if keywords else ""}
<script src="/catalog/view/javascript/jquery/jquery-3.7.1.min.js" type="text/javascript"></script>
<link href="/catalog/view/stylesheet/bootstrap.css" type="text/css" rel="stylesheet"/>
<link href="/catalog/view/stylesheet/fonts/fontawesome/css/all.min.css" type="text/css" rel="stylesheet"/>
<link href="/catalog/view/stylesheet/stylesheet.css" type="text/css" rel="stylesheet"/>
<script src="/catalog/view/javascript/common.js" type="text/javascript"></script>
{f'<link href="{{{{base}}}}{attr(canonical)}" rel="canonical"/>' if canonical else ""}
<link href="/image/catalog/logo/favicon.png" rel="icon"/>
</head>
<body>
<div id="alert" class="toast-container position-fixed top-0 end-0 p-3"></div>
<nav id="top"><div class="container"><div class="row"><div class="col">
<form action="{route("common/currency.save")}" method="post" enctype="multipart/form-data" id="form-currency"><div class="dropdown">
<a href="#" data-bs-toggle="dropdown" class="dropdown-toggle"><strong>₫</strong> <span class="d-none d-md-inline">Đơn vị tiền tệ</span> <i class="fa-solid fa-caret-down"></i></a>
<ul class="dropdown-menu"><li><a href="/EUR" class="dropdown-item">€ Euro</a></li><li><a href="/GBP" class="dropdown-item">£ Pound Sterling</a></li>
<li><a href="/USD" class="dropdown-item">$ US Dollar</a></li><li><a href="/VND" class="dropdown-item">₫ Việt Nam Đồng</a></li></ul></div>
<input type="hidden" name="code" value=""/><input type="hidden" name="redirect" value="{attr(canonical or '/')}"/></form></div>
<div class="col text-end"><ul class="list-inline">
<li class="list-inline-item"><a href="{route("information/contact")}"><i class="fa-solid fa-phone"></i></a> <span class="d-none d-md-inline">Hotline 0262.3852.119</span></li>
<li class="list-inline-item"><div class="dropdown"><a href="{route("account/account")}" class="dropdown-toggle" data-bs-toggle="dropdown"><i class="fa-solid fa-user"></i> <span class="d-none d-md-inline">Tài khoản của tôi</span></a>
<ul class="dropdown-menu dropdown-menu-right"><li><a href="{route("account/register")}" class="dropdown-item">Đăng ký</a></li><li><a href="{route("account/login")}" class="dropdown-item">Đăng nhập</a></li></ul></div></li>
<li class="list-inline-item"><a href="{route("account/wishlist")}" id="wishlist-total" title="Danh sách yêu thích (0)"><i class="fa-solid fa-heart"></i> <span class="d-none d-md-inline">Danh sách yêu thích (0)</span></a></li>
<li class="list-inline-item"><a href="{route("checkout/cart")}" title="Giỏ hàng"><i class="fa-solid fa-cart-shopping"></i> <span class="d-none d-md-inline">Giỏ hàng</span></a></li>
<li class="list-inline-item"><a href="{route("checkout/checkout")}" title="Thanh toán"><i class="fa-solid fa-share"></i> <span class="d-none d-md-inline">Thanh toán</span></a></li>
</ul></div></div></div></nav>
<div class="bg-success text-white text-center small py-1">Miễn phí giao hàng nội tỉnh cho đơn từ 400.000₫</div>
<header><div class="container"><div class="row"><div class="col-md-3 col-lg-4"><div id="logo"><a href="/"><img src="/image/catalog/logo/logo-ocop-daklak.png" title="{SHOP}" alt="{SHOP}" class="img-fluid"/></a></div></div>
<div class="col-md-5"><div id="search" class="input-group mb-3"><input type="text" name="search" value="" placeholder="Tìm kiếm" class="form-control form-control-lg"/>
<button type="button" data-lang="{L}" class="btn btn-light btn-lg"><i class="fa-solid fa-magnifying-glass"></i></button></div></div>
<div id="header-cart" class="col-md-4 col-lg-3 mb-2"><div class="dropdown d-grid"><button type="button" data-bs-toggle="dropdown" class="btn btn-inverse btn-block btn-lg dropdown-toggle">
<i class="fa-solid fa-cart-shopping"></i> 0 sản phẩm - 0₫</button><ul class="dropdown-menu dropdown-menu-end p-2"><li><p class="text-center">Giỏ hàng của bạn đang trống!</p></li></ul></div></div>
</div></div></header>
<main><div class="container"><nav id="menu" class="navbar navbar-expand-lg navbar-light bg-primary"><div id="category" class="d-block d-sm-block d-lg-none">Danh mục</div>
<div class="collapse navbar-collapse" id="navbar-menu"><ul class="nav navbar-nav">{menu}<li class="nav-item"><a href="{BLOG}" class="nav-link">Tin tức</a></li></ul></div></nav></div>
<div class="container"><ul class="breadcrumb">{bc}</ul>
<div class="row">{col}<div id="content" class="{width}">{content}</div></div></div></main>
<footer><div class="container"><div class="row">
<div class="col-sm-3"><h5>Thông tin</h5><ul class="list-unstyled"><li><a href="/{L}/gioi-thieu">Giới thiệu</a></li><li><a href="/{L}/chinh-sach-giao-hang">Chính sách giao hàng</a></li>
<li><a href="/{L}/chinh-sach-bao-mat">Chính sách bảo mật</a></li><li><a href="/{L}/dieu-khoan-su-dung">Điều khoản sử dụng</a></li></ul></div>
<div class="col-sm-3"><h5>Dịch vụ khách hàng</h5><ul class="list-unstyled"><li><a href="/{L}/lien-he">Liên hệ</a></li><li><a href="{route("account/returns.add")}">Đổi trả hàng</a></li>
<li><a href="{route("information/sitemap")}">Sơ đồ trang</a></li></ul></div>
<div class="col-sm-3"><h5>Tính năng bổ sung</h5><ul class="list-unstyled"><li><a href="{route("product/manufacturer")}">Thương hiệu</a></li><li><a href="{route("checkout/voucher")}">Phiếu quà tặng</a></li>
<li><a href="{route("account/affiliate")}">Chương trình cộng tác viên</a></li><li><a href="{route("product/special")}">Khuyến mãi</a></li></ul></div>
<div class="col-sm-3"><h5>Tài khoản của tôi</h5><ul class="list-unstyled"><li><a href="{route("account/account")}">Tài khoản của tôi</a></li><li><a href="{route("account/order")}">Lịch sử đơn hàng</a></li>
<li><a href="{route("account/wishlist")}">Danh sách yêu thích</a></li><li><a href="{route("account/newsletter")}">Thư thông báo</a></li></ul></div></div>
<hr/><p>Số 28 Nguyễn Tất Thành, phường Buôn Ma Thuột, tỉnh Đắk Lắk</p>
<p>Được phát triển bởi <a href="{{{{base:offsite}}}}/opencart/">OpenCart</a><br/> OCOP Đắk Lắk © 2026</p></div></footer>
<script src="/catalog/view/javascript/bootstrap/js/bootstrap.bundle.min.js" type="text/javascript"></script>
</body></html>"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for i, a in enumerate(posts):
        o = a.opts
        cat_kw, cat_name = CATS[o["cat"]]
        related = [p for p in posts if p is not a and p.opts["cat"] == o["cat"]][:3]
        rel = "".join(f'<li><a href="{p.path}">{esc(p.title)}</a> <span class="text-muted">({p.date:%d/%m/%Y})</span></li>' for p in related)
        cs = "".join(f'<div class="comment border-bottom py-2"><p><strong>{esc(COMMENTS[c][0])}</strong> <span class="text-muted">{COMMENTS[c][2]}</span></p>'
                     f'<p>{esc(COMMENTS[c][1])}</p></div>' for c in o["comments"])
        share = (f'<div class="article-share"><span>Chia sẻ bài viết</span> <a href="{{{{base:offsite}}}}/facebook/sharer.php" target="_blank"><i class="fa-brands fa-facebook"></i></a> '
                 f'<a href="{{{{base:offsite}}}}/zalo/share" target="_blank"><i class="fa-solid fa-comment"></i></a></div>')
        content = (f'<div class="blog-article"><h1>{esc(a.title)}</h1><ul class="list-inline article-info">'
                   f'<li class="list-inline-item"><i class="fa-regular fa-calendar"></i> {a.date:%d/%m/%Y}</li>'
                   f'<li class="list-inline-item"><i class="fa-regular fa-user"></i> Tác giả: Admin</li>'
                   f'<li class="list-inline-item"><i class="fa-regular fa-eye"></i> Lượt xem: {o["views"]}</li>'
                   f'<li class="list-inline-item"><a href="/{L}/{cat_kw}">{esc(cat_name)}</a></li></ul>'
                   f'<div class="article-description">{description(a)}</div>{share}</div>'
                   f'<h3>Sản phẩm liên quan</h3><div class="row row-cols-1 row-cols-sm-2 row-cols-md-3">'
                   + "".join(thumb(prod[pid]) for pid in o["products"]) + "</div>"
                   f'<div class="related-articles"><h3>Bài viết liên quan</h3><ul>{rel}</ul></div>'
                   f'<div id="comments"><h3>Bình luận ({len(o["comments"])})</h3>{cs}'
                   f'<form id="form-comment" action="{route("extension/blog/article.comment", article_id=o["id"])}" method="post"><h4>Viết bình luận</h4>'
                   f'<label for="input-name" class="form-label">Tên của bạn</label><input type="text" name="name" id="input-name" class="form-control"/>'
                   f'<label for="input-text" class="form-label">Nội dung bình luận</label><textarea name="text" id="input-text" class="form-control"></textarea>'
                   f'<button type="submit" class="btn btn-primary">Gửi bình luận</button></form></div>')
        html = layout(a.title, content, [("Tin tức", BLOG), (cat_name, f"/{L}/{cat_kw}"), (a.title, a.path)], a.path, a.summary(),
                      "htx, ocop, đắk lắk")
        page(a.path, html)
        r1 = f"/index.php?route=extension/blog/article&language={L}&article_id={o['id']}"
        r2 = f"/index.php?route=extension/blog/article&article_id={o['id']}"
        site.same_page(r1, a.path)
        site.same_page(r2, a.path)
        a.aliases += [r1, r2]
        if o.get("tracking"):
            r3 = f"/{L}/tin-tuc/{o['kw']}?tracking=ctv-buonmathuot"
            site.same_page(r3, a.path)
            a.aliases.append(r3)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/image/catalog/tin-tuc/{b.src}", image_for(b.src))
        if o.get("attach"):
            site.binary(a.attachments[0]["path"], pdf(a.title, ["KE HOACH SO 21/KH-LMHTX", "Tuan le ca phe va OCOP 2026"]))
        site.add_article(a)

    # blog listing: 6 a page; categories
    def card(a: RichArticle, link: str | None = None) -> str:
        return (f'<div class="col mb-3"><div class="blog-thumb card"><div class="card-body"><h4><a href="{link or a.path}">{esc(a.title)}</a></h4>'
                f'<p class="blog-date"><i class="fa-regular fa-calendar"></i> {a.date:%d/%m/%Y}</p><p>{esc(a.summary()[:160])}</p>'
                f'<a href="{link or a.path}" class="btn btn-primary btn-sm">Xem thêm</a></div></div></div>')

    per = 6
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    for n, chunk in enumerate(chunks, 1):
        path = BLOG if n == 1 else f"{BLOG}?page={n}"
        pager = "".join(f'<li class="page-item{" active" if k == n else ""}"><a href="{BLOG if k == 1 else f"{BLOG}?page={k}"}" class="page-link">{k}</a></li>'
                        for k in range(1, len(chunks) + 1))
        content = (f'<h1>Tin tức</h1><div class="row row-cols-1 row-cols-md-2">' + "".join(card(a) for a in chunk)
                   + f'</div><div class="row"><div class="col-sm-6 text-start"><ul class="pagination">{pager}</ul></div>'
                   f'<div class="col-sm-6 text-end">Hiển thị {(n - 1) * per + 1} đến {(n - 1) * per + len(chunk)} của {len(posts)} ({len(chunks)} Trang)</div></div>')
        page(path, layout("Tin tức" + ("" if n == 1 else f" - Trang {n}"), content, [("Tin tức", BLOG)], path))
        site.non_articles.append(path)
    for cid, (kw, name) in CATS.items():
        ps = [a for a in posts if a.opts["cat"] == cid]
        path = f"/{L}/{kw}"
        content = f'<h1>{esc(name)}</h1><div class="row row-cols-1 row-cols-md-2">' + "".join(
            card(a, f"/index.php?route=extension/blog/article&language={L}&article_id={a.opts['id']}") for a in ps) + "</div>"
        page(path, layout(name, content, [("Tin tức", BLOG), (name, path)], path))
        site.same_page(f"/index.php?route=extension/blog/category&language={L}&blog_category_id={cid}", path)
        site.non_articles.append(path)

    # products and categories
    for p in PRODUCTS:
        pid, ckw, cname, kw, name, price, coop, desc = p
        content = (f'<div class="row"><div class="col-sm"><ul class="list-unstyled"><li><a href="/image/catalog/san-pham/{kw}.png" title="{attr(name)}">'
                   f'<img src="/image/cache/catalog/san-pham/{kw}-500x500.png" title="{attr(name)}" alt="{attr(name)}" class="img-thumbnail mb-3"></a></li></ul></div>'
                   f'<div class="col-sm"><h1>{esc(name)}</h1><ul class="list-unstyled"><li>Thương hiệu: <a href="{route("product/manufacturer")}">{esc(coop)}</a></li>'
                   f'<li>Mã sản phẩm: OCOP-DL-{pid}</li><li>Tình trạng: Còn hàng</li></ul><ul class="list-unstyled"><li><h2><span class="price-new">{price}</span></h2></li></ul>'
                   f'<div id="product"><button type="submit" id="button-cart" class="btn btn-primary btn-lg btn-block">Thêm vào giỏ</button></div></div></div>'
                   f'<ul class="nav nav-tabs"><li class="nav-item"><a href="#tab-description" class="nav-link active">Mô tả</a></li>'
                   f'<li class="nav-item"><a href="#tab-review" class="nav-link">Đánh giá (0)</a></li></ul>'
                   f'<div class="tab-content"><div id="tab-description" class="tab-pane fade show active"><p>{esc(desc)}</p></div></div>')
        path = ppath(p)
        page(path, layout(name, content, [(cname, f"/{L}/{ckw}"), (name, path)], path, desc, left=False))
        site.same_page(route("product/product", product_id=pid), path)
        page(f"/{L}/{ckw}", layout(cname, f'<h1>{esc(cname)}</h1><div class="row">{thumb(p)}</div>', [(cname, f"/{L}/{ckw}")], f"/{L}/{ckw}"))
        site.non_articles += [path, f"/{L}/{ckw}"]
        for size in ("200x200", "500x500"):
            site.binary(f"/image/cache/catalog/san-pham/{kw}-{size}.png", image_for(kw + size))
        site.binary(f"/image/catalog/san-pham/{kw}.png", image_for(kw))

    # home
    slides = "".join(f'<div class="carousel-item{" active" if k == 0 else ""}"><a href="{ppath(p)}"><img src="/image/cache/catalog/san-pham/{p[3]}-500x500.png" alt="{attr(p[4])}" class="d-block w-100"></a></div>'
                     for k, p in enumerate(PRODUCTS))
    latest = "".join(card(a, f"/index.php?route=extension/blog/article&article_id={a.opts['id']}" if k == 1 else
                          (f"{a.path}?tracking=ctv-buonmathuot" if a.opts.get("tracking") else None)) for k, a in enumerate(posts[:3]))
    home = (f'<div id="carousel-banner-0" class="carousel slide"><div class="carousel-inner">{slides}</div></div>'
            f'<h3>Sản phẩm nổi bật</h3><div class="row row-cols-1 row-cols-sm-2 row-cols-md-3">' + "".join(thumb(p) for p in PRODUCTS) + "</div>"
            f'<h3>Tin tức mới</h3><div class="row row-cols-1 row-cols-md-3">{latest}</div><a href="{BLOG}">Xem tất cả tin tức</a>')
    page("/", layout(SHOP, home, [], "/", "Sản phẩm OCOP của các HTX tỉnh Đắk Lắk", left=False))
    site.same_page(route("common/home"), "/")
    site.non_articles += ["/", route("common/home")]

    # information pages, contact, sitemap, manufacturer, specials, search
    infos = {"gioi-thieu": ("Giới thiệu", "OCOP Đắk Lắk là kênh bán hàng trực tuyến của Liên minh HTX tỉnh, giới thiệu sản phẩm OCOP của các HTX thành viên."),
             "chinh-sach-giao-hang": ("Chính sách giao hàng", "Đơn hàng được giao trong 2 - 5 ngày làm việc qua đơn vị vận chuyển."),
             "chinh-sach-bao-mat": ("Chính sách bảo mật", "Thông tin khách hàng chỉ dùng để xử lý đơn hàng."),
             "dieu-khoan-su-dung": ("Điều khoản sử dụng", "Khách hàng đồng ý với các điều khoản khi đặt hàng trên website.")}
    for kw, (t, text) in infos.items():
        page(f"/{L}/{kw}", layout(t, f"<h1>{esc(t)}</h1><p>{esc(text)}</p>", [(t, f"/{L}/{kw}")], f"/{L}/{kw}"))
        site.non_articles.append(f"/{L}/{kw}")
    page(f"/{L}/lien-he", layout("Liên hệ", '<h1>Liên hệ</h1><div class="card"><div class="card-body"><strong>Văn phòng Liên minh HTX tỉnh Đắk Lắk</strong>'
                                            '<address>Số 28 Nguyễn Tất Thành, phường Buôn Ma Thuột</address></div></div>'
                                            f'<form action="{route("information/contact.send")}" method="post"><input name="name"><input name="email"><textarea name="enquiry"></textarea>'
                                            '<button class="btn btn-primary">Gửi</button></form>', [("Liên hệ", f"/{L}/lien-he")], f"/{L}/lien-he"))
    site.same_page(route("information/contact"), f"/{L}/lien-he")
    site.non_articles += [f"/{L}/lien-he", route("information/contact")]
    smap = "".join(f"<li><a href=\"{a.path}\">{esc(a.title)}</a></li>" for a in posts)
    page(route("information/sitemap"), layout("Sơ đồ trang", f'<h1>Sơ đồ trang</h1><ul><li><a href="{BLOG}">Tin tức</a><ul>{smap}</ul></li></ul>', [("Sơ đồ trang", route("information/sitemap"))]))
    page(route("product/manufacturer"), layout("Thương hiệu", "<h1>Tìm theo thương hiệu</h1><p>" + ", ".join(esc(p[6]) for p in PRODUCTS) + "</p>", []))
    page(route("product/special"), layout("Khuyến mãi", "<h1>Sản phẩm khuyến mãi</h1><p>Không có sản phẩm khuyến mãi.</p>", []))
    page(route("checkout/voucher"), layout("Phiếu quà tặng", "<h1>Mua phiếu quà tặng</h1><form><input name='to_name'></form>", []))
    site.non_articles += [route("information/sitemap"), route("product/manufacturer"), route("product/special"), route("checkout/voucher")]
    for r in ["account/account", "account/register", "account/login", "account/wishlist", "checkout/cart", "checkout/checkout",
              "account/returns.add", "account/affiliate", "account/order", "account/newsletter"]:
        page(route(r), layout("Tài khoản", "<h1>Đăng nhập tài khoản</h1><form><input name='email'></form>", [], left=False))
        site.never_fetched.append(route(r))
    for code in ("EUR", "GBP", "USD", "VND"):  # OpenCart 4's currency links are href="EUR" (its script posts the form)
        site.broken(f"/{code}")
    site.binary("/image/catalog/logo/logo-ocop-daklak.png", image_for("logo"))
    site.binary("/image/catalog/logo/favicon.png", image_for("favicon"))
    for f in ["catalog/view/stylesheet/bootstrap.css", "catalog/view/stylesheet/fonts/fontawesome/css/all.min.css",
              "catalog/view/stylesheet/stylesheet.css"]:
        site.static("/" + f, "body{font-family:Arial,sans-serif}\n")
    for f in ["catalog/view/javascript/jquery/jquery-3.7.1.min.js", "catalog/view/javascript/common.js",
              "catalog/view/javascript/bootstrap/js/bootstrap.bundle.min.js"]:
        site.static("/" + f, "/* store scripts */\n")
    site.static("/robots.txt", "User-agent: *\nDisallow: /index.php?route=account/\nDisallow: /index.php?route=checkout/\n"
                "Disallow: /index.php?route=product/search\nDisallow: /admin/\n")
    site.trap("blog listing /vi-vn/tin-tuc (?page=2, 6 a page) and the categories (their cards link the route URL "
              "index.php?route=extension/blog/article&language=vi-vn&article_id=N); home (products, latest news with a "
              "route link and a &tracking= link), product and category pages with long descriptions, information pages, "
              "contact, sitemap, manufacturers, specials, voucher: no articles; account and checkout routes disallowed",
              f"{BLOG}?page=2")
    return site
