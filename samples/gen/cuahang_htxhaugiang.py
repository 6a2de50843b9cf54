"""Site `cuahang-htxhaugiang` (registry family `generic`): "Cửa hàng HTX Hậu Giang", the web shop of the Hậu Giang
cooperatives' products that the provincial cooperative alliance (its Trung tâm Tư vấn và Hỗ trợ HTX) runs on the
**Nhanh.vn website** service (the Vietnamese sales platform's hosted shop: a stock Nhanh theme, the "Tin tức" module
carrying the alliance's news; the copy is of 20 May 2024, before the province joined Cần Thơ). Written as a held-out
test: no family module, no selectors.

URL shapes (Nhanh's router: a suffix letter and the record id): a news item `/tin-tuc/<slug>-n<id>.html` (the
canonical link and the news lists); the short route `/<slug>-n<id>.html` answers the same page (the home page's
news block and the site map use it: an alias); the router reads only the id, so an old slug answers too (a product
description links one: an alias); the Zalo banner links the notice with `?utm_source=zalo&utm_medium=oa` (an alias);
the news list `/tin-tuc` and `?page=2` (5 a page; the pager writes `?page=1` for the first page), its categories
`/tin-tuc/thong-bao`, `/tin-tuc/hoat-dong-htx`, `/tin-tuc/san-pham-ocop`; products `/<slug>-p<id>.html`, product
categories `/<slug>-c<id>.html`; pages `/gioi-thieu`, `/lien-he`; the search `/search?q=…`, the cart `/cart`, the
account `/user/signin`, `/user/signup` (robots.txt disallows them); `/sitemap.xml`.

Why it is hard: the shop's furniture is on every page: the top bar (free shipping, hotline), the header with the
search box, "Giỏ hàng (0)" and the account links, the product menu, the left column's "Danh mục sản phẩm",
"Sản phẩm bán chạy" (prices, "Thêm vào giỏ") and "Tin mới", the hotline banner, the floating "Chat Zalo" and
Messenger buttons, the newsletter form and the footer (ĐKKD, address, "Thiết kế website bởi Nhanh.vn"). A news item is
`div.article-detail`: `h1.article-title`, the line `span.article-date` "14:05 12/05/2024" (time first, then the day;
no year-first form anywhere, no article metadata but og tags), the view counter, `div.article-content` (TinyMCE
paragraphs, `<h2>`, lists, bordered tables, `<p><img></p>` photos with a centred italic caption paragraph under
each), then the share bar, the empty Facebook comments plugin, "Tin liên quan" (with "Ngày đăng: dd/mm/yyyy") and
"Sản phẩm nổi bật". The lists print only "Ngày đăng: 12/05/2024". No author field: the closing byline is the author.
The site map's `<lastmod>` is UTC: the item posted at 00:20 on 21 March reads 2024-03-20T17:20:00+00:00.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "cuahang-htxhaugiang"
NAME = "Cửa hàng HTX Hậu Giang"
HTML = "text/html; charset=utf-8"
UTC = timedelta(hours=7)
PER = 5
HOTLINE = "Hotline: 0293 3878 555"
TOPBAR = "Miễn phí vận chuyển cho đơn hàng từ 500.000đ trong tỉnh Hậu Giang"
ADDRESS = "Địa chỉ: Số 09 Trần Hưng Đạo, phường 5, TP Vị Thanh, tỉnh Hậu Giang"
DKKD = "Giấy chứng nhận ĐKKD số 6300312458 do Sở Kế hoạch và Đầu tư tỉnh Hậu Giang cấp ngày 14/03/2019"
COPY = "© 2024 Cửa hàng HTX Hậu Giang - Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Hậu Giang"
FURN = [HOTLINE, TOPBAR, ADDRESS, DKKD, COPY, "Thiết kế website bởi Nhanh.vn", "Giỏ hàng", "Đăng nhập", "Đăng ký",
        "Danh mục sản phẩm", "Sản phẩm bán chạy", "Thêm vào giỏ", "Tin mới", "Tin liên quan", "Sản phẩm nổi bật",
        "Chat Zalo", "Chat Messenger", "Đăng ký nhận tin khuyến mãi", "Chia sẻ:", "lượt xem",
        "Chính sách đổi trả", "Chính sách bảo mật", "Hướng dẫn mua hàng"]
CATS = {"thong-bao": "Thông báo", "hoat-dong-htx": "Hoạt động HTX", "san-pham-ocop": "Sản phẩm OCOP"}
PRODUCTS = [(2101, "khom-say-deo-cau-duc", "Khóm sấy dẻo Cầu Đúc 250g", "65.000₫", "dac-san-hau-giang", 12),
            (2107, "chanh-khong-hat-long-my", "Chanh không hạt Long Mỹ túi 1kg", "35.000₫", "trai-cay-tuoi", 14),
            (2114, "mam-ca-loc-vi-thuy", "Mắm cá lóc Vị Thủy hũ 500g", "120.000₫", "dac-san-hau-giang", 12),
            (2120, "gao-st24-phung-hiep", "Gạo ST24 Phụng Hiệp túi 5kg", "185.000₫", "gao-nong-san", 15)]
PCATS = {12: ("dac-san-hau-giang", "Đặc sản Hậu Giang"), 14: ("trai-cay-tuoi", "Trái cây tươi"),
         15: ("gao-nong-san", "Gạo - Nông sản")}


def slugify(title: str) -> str:
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def shown(d: datetime) -> str:
    return f"{d:%H:%M %d/%m/%Y}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 08/TB-LMHTX về việc tổ chức Phiên chợ sản phẩm HTX tỉnh Hậu Giang năm 2024",
          body="""
LIÊN MINH HTX TỈNH HẬU GIANG
Số: 08/TB-LMHTX
Hậu Giang, ngày 14 tháng 5 năm 2024
THÔNG BÁO
Về việc tổ chức Phiên chợ sản phẩm HTX tỉnh Hậu Giang năm 2024
Liên minh HTX tỉnh tổ chức Phiên chợ sản phẩm HTX từ ngày 07/6 đến ngày 09/6/2024 tại Quảng trường Hậu Giang, TP Vị Thanh.
Mỗi HTX có sản phẩm OCOP được hỗ trợ một gian hàng miễn phí và chi phí vận chuyển hàng hóa.
Các HTX đăng ký tham gia gửi về Trung tâm Tư vấn và Hỗ trợ HTX trước ngày 31/5/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Lợi
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/files/tb-08-lmhtx-2024.pdf", "text": "TB-08-LMHTX-2024.pdf"}],
          opts={"id": 3841, "cat": "thong-bao", "views": 412},
          notes=["notice 'Số: 08/TB-LMHTX' dated 14/5 in its text, posted '09:30 16/05/2024' (span.article-date); the "
                 "signer is text, no author; 'Tải về: TB-08-LMHTX-2024.pdf' (its own paragraph) is an attachment, not "
                 "text; the home page's Zalo banner links it with '?utm_source=zalo&utm_medium=oa' (an alias)"],
          **at(datetime(2024, 5, 16, 9, 30))),
        A(path="", title="Ảnh: HTX Khóm Cầu Đúc vào vụ thu hoạch chính",
          body="""
Những ngày đầu tháng 5, các thành viên HTX Khóm Cầu Đúc (TP Vị Thanh) bước vào vụ thu hoạch khóm chính năm 2024.
[img khom-cau-duc-1.png] Thành viên HTX thu hoạch khóm trên vườn đạt chuẩn VietGAP
[img khom-cau-duc-2.png] Khóm được phân loại, đóng thùng ngay tại điểm thu mua của HTX
[img khom-cau-duc-3.png] Dây chuyền sấy dẻo khóm mới đầu tư của HTX
Vụ này HTX dự kiến thu hoạch 1.800 tấn khóm tươi, cung ứng cho hai nhà máy chế biến trong tỉnh.
""", byline="Bài và ảnh: Lê Minh Trí", author="Lê Minh Trí",
          opts={"id": 3836, "cat": "hoat-dong-htx", "views": 287},
          notes=["photo story: each photo a <p><img></p>, its caption the next centred <p><em> (one line each); "
                 "'Bài và ảnh: Lê Minh Trí' closes it -> author"],
          **at(datetime(2024, 5, 10, 15, 20))),
        A(path="", title="Kết quả tiêu thụ sản phẩm OCOP của các HTX quý I năm 2024",
          body="""
Quý I/2024, các HTX trên địa bàn tỉnh tiêu thụ ổn định sản phẩm OCOP qua cửa hàng và các sàn thương mại điện tử.
| Nhóm sản phẩm | Số sản phẩm OCOP | Doanh thu quý I (triệu đồng) | So cùng kỳ (%) |
| Trái cây tươi | 18 | 4.260 | 112,4 |
| Đặc sản chế biến | 23 | 3.185 | 108,7 |
| Gạo - nông sản | 9 | 2.940 | 104,2 |
| Thủy sản | 6 | 1.120 | 115,0 |
Khóm Cầu Đúc và chanh không hạt Long Mỹ tiếp tục là hai sản phẩm bán chạy nhất trên cửa hàng.
""", author=None,
          opts={"id": 3829, "cat": "san-pham-ocop", "views": 198},
          notes=["a bordered TinyMCE table (the first row in <th>): one line per row; no byline, no author field: "
                 "author null"],
          **at(datetime(2024, 4, 26, 14, 0))),
        A(path="", title="Hướng dẫn HTX đăng ký bán hàng trên Cửa hàng HTX Hậu Giang",
          body="""
Từ tháng 4/2024, các HTX có sản phẩm đạt chứng nhận OCOP hoặc VietGAP có thể đăng ký bán hàng trên cửa hàng trực tuyến của Liên minh HTX tỉnh.
## Hồ sơ đăng ký gồm
* Giấy chứng nhận đăng ký HTX (bản sao);
* Giấy chứng nhận OCOP, VietGAP hoặc giấy chứng nhận an toàn thực phẩm;
* Bảng giá bán lẻ và hình ảnh sản phẩm;
* Phiếu đăng ký theo mẫu của Trung tâm Tư vấn và Hỗ trợ HTX.
Trung tâm hỗ trợ miễn phí chụp ảnh, viết mô tả sản phẩm và vận chuyển đơn hàng trong tỉnh.
""", byline="Nguyễn Thị Kim Ngân - Trung tâm Tư vấn và Hỗ trợ HTX", author="Nguyễn Thị Kim Ngân",
          opts={"id": 3822, "cat": "hoat-dong-htx", "views": 356},
          notes=["an <h2> and a bulleted list; 'Nguyễn Thị Kim Ngân - Trung tâm Tư vấn và Hỗ trợ HTX' closes it -> "
                 "Nguyễn Thị Kim Ngân"],
          **at(datetime(2024, 4, 12, 8, 45))),
        A(path="", title="HTX Chanh không hạt Long Mỹ xuất khẩu lô hàng đầu tiên sang châu Âu",
          body="""
HTX Nông nghiệp Chanh không hạt Long Mỹ vừa xuất khẩu 20 tấn chanh tươi sang Hà Lan thông qua một doanh nghiệp ở Cần Thơ.
Để đạt yêu cầu của thị trường châu Âu, HTX áp dụng quy trình GlobalGAP trên 45 ha của 52 hộ thành viên.
Giá bán cho doanh nghiệp xuất khẩu cao hơn giá thị trường trong nước khoảng 20%.
""", byline="Theo Báo Hậu Giang", author=None,
          opts={"id": 3815, "cat": "san-pham-ocop", "views": 521},
          notes=["'Theo Báo Hậu Giang' closes the text: a reprint, no author"],
          **at(datetime(2024, 4, 3, 10, 15))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Tân Long",
          body="""
Chiều 20/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Tân Long (huyện Phụng Hiệp).
HTX hiện có 96 thành viên, liên kết sản xuất 210 ha lúa chất lượng cao với doanh nghiệp.
Đoàn ghi nhận kiến nghị của HTX về vốn vay đầu tư máy sấy lúa và kho chứa.
""", author=None,
          opts={"id": 3808, "cat": "hoat-dong-htx", "views": 164},
          notes=["posted at 00:20 on 21 March about the afternoon before: '00:20 21/03/2024' on the page, 'Ngày đăng: "
                 "21/03/2024' in the lists; the site map's <lastmod> is UTC: '2024-03-20T17:20:00+00:00' (the previous "
                 "day); no byline: author null"],
          **at(datetime(2024, 3, 21, 0, 20))),
        A(path="", title="HTX Thủy sản Vị Thủy nuôi cá thát lát theo chuỗi liên kết",
          body="""
HTX Thủy sản Vị Thủy hiện có 38 thành viên nuôi cá thát lát cườm trên diện tích 24 ha mặt nước.
HTX ký hợp đồng bao tiêu với cơ sở chế biến chả cá ở TP Vị Thanh, giá thu mua ổn định 65.000 đồng/kg.
Sản phẩm chả cá thát lát của HTX đang hoàn thiện hồ sơ đánh giá OCOP 3 sao.
""", byline="Huỳnh Văn Tâm", author="Huỳnh Văn Tâm",
          opts={"id": 3801, "cat": "hoat-dong-htx", "views": 233},
          notes=["the bare name 'Huỳnh Văn Tâm' closes the text: the author; a product description links this item by "
                 "its old slug (/ca-that-lat-vi-thuy-n3801.html: the router reads the id, the same page: an alias)"],
          **at(datetime(2024, 3, 8, 16, 0))),
        A(path="", title="Liên minh HTX tỉnh Hậu Giang tổng kết công tác năm 2023",
          body="""
Ngày 17/1, Liên minh HTX tỉnh Hậu Giang tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
[img tong-ket-2023.png] Quang cảnh hội nghị tổng kết
Năm 2023, toàn tỉnh thành lập mới 31 HTX, nâng tổng số lên 276 HTX với hơn 12.000 thành viên.
""", byline="Tin, ảnh: Phạm Thanh Hải", author="Phạm Thanh Hải",
          opts={"id": 3774, "cat": None, "views": 318},
          notes=["the oldest item: filed under 'Tin tức' only (no category list holds it), not in 'Tin mới' nor the home "
                 "page: only /tin-tuc?page=2 (and the site map's short URL); 'Tin, ảnh: Phạm Thanh Hải' -> author"],
          **at(datetime(2024, 1, 19, 14, 30))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="5" cellspacing="0" style="width: 100%; border-collapse: collapse;">'
                       "<tbody>\n<tr>" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>\n"
                       + "\n".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="/images/news/{b.src}" alt="{attr(b.text)}" '
                       f'width="800" height="533" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p><strong>Tải về:</strong> <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hau-giang", f"{NAME} (Nhanh.vn)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["slug"] = slugify(a.title)
        a.path = f"/tin-tuc/{a.opts['slug']}-n{a.opts['id']}.html"
        a.opts["short"] = f"/{a.opts['slug']}-n{a.opts['id']}.html"
    newest = arts[:PER]
    notice = next(a for a in arts if a.doc_number)
    renamed = next(a for a in arts if a.opts["id"] == 3801)
    old_slug = "/ca-that-lat-vi-thuy-n3801.html"
    zalo_link = notice.path + "?utm_source=zalo&utm_medium=oa"

    def product_card(p: tuple) -> str:
        pid, slug, title, price, _cat, _cid = p
        return (f'<div class="product-item"><div class="product-img"><a href="/{slug}-p{pid}.html"><img '
                f'src="/images/products/{slug}.png" alt="{attr(title)}"></a></div><div class="product-info"><h3 '
                f'class="product-name"><a href="/{slug}-p{pid}.html">{esc(title)}</a></h3><div class="product-price">'
                f'<span class="price">{price}</span></div><a href="javascript:void(0)" class="btn-add-cart" '
                f'data-id="{pid}">Thêm vào giỏ</a></div></div>')

    def layout(title: str, main: str, desc: str = "", canonical: str | None = None, og_type: str = "website",
               og_image: str | None = None, crumbs: list = ()) -> str:
        canon = f'\n<link rel="canonical" href="{{{{base}}}}{canonical}" />' if canonical else ""
        img = f'\n<meta property="og:image" content="{{{{base}}}}{og_image}" />' if og_image else ""
        cat_menu = "".join(f'<li><a href="/{s}-c{cid}.html">{esc(n)}</a></li>' for cid, (s, n) in PCATS.items())
        crumb = ""
        if crumbs:
            crumb = ('<div class="breadcrumb-wrap"><div class="container"><ol class="breadcrumb"><li><a href="/">Trang chủ'
                     '</a></li>' + "".join(f'<li><a href="{h}">{esc(n)}</a></li>' if h else f'<li class="active">{esc(n)}</li>'
                                           for n, h in crumbs) + "</ol></div></div>")
        side_news = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a></li>' for x in newest)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc or NAME)}" />
<meta name="keywords" content="cửa hàng htx hậu giang, đặc sản hậu giang, ocop hậu giang" />{canon}
<meta property="og:site_name" content="{attr(NAME)}" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:description" content="{attr(desc or NAME)}" />
<meta property="og:url" content="{{{{base}}}}{canonical or '/'}" />{img}
<link rel="shortcut icon" href="/images/favicon.png" />
<link rel="stylesheet" href="/css/bootstrap.min.css" />
<link rel="stylesheet" href="/css/style.css" />
<script src="/js/jquery.min.js"></script>
</head>
<body>
<div class="top-bar"><div class="container"><div class="top-left">{TOPBAR}</div><div class="top-right"><span class="hotline">{HOTLINE}</span> <a href="/user/signin" rel="nofollow">Đăng nhập</a> / <a href="/user/signup" rel="nofollow">Đăng ký</a></div></div></div>
<header class="header"><div class="container"><div class="row">
<div class="col-md-3 logo"><a href="/"><img src="/images/logo.png" alt="{attr(NAME)}"></a></div>
<div class="col-md-6 search-box"><form action="/search" method="get"><input type="text" name="q" placeholder="Tìm kiếm sản phẩm..." /><button type="submit"><i class="fa fa-search"></i></button></form></div>
<div class="col-md-3 header-cart"><a href="/cart" rel="nofollow"><i class="fa fa-shopping-cart"></i> Giỏ hàng (<span class="cart-count">0</span>)</a></div>
</div></div></header>
<nav class="main-nav"><div class="container"><ul class="menu">
<li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>
<li class="has-sub"><a href="/dac-san-hau-giang-c12.html">Sản phẩm</a><ul class="sub-menu">{cat_menu}</ul></li>
<li><a href="/tin-tuc">Tin tức</a></li><li><a href="/lien-he">Liên hệ</a></li>
</ul></div></nav>
{crumb}
<div class="main-content"><div class="container"><div class="row">
<aside class="col-md-3 sidebar">
<div class="block block-cate"><h3 class="block-title">Danh mục sản phẩm</h3><ul>{cat_menu}</ul></div>
<div class="block block-product-hot"><h3 class="block-title">Sản phẩm bán chạy</h3>{"".join(product_card(p) for p in PRODUCTS[:3])}</div>
<div class="block block-news"><h3 class="block-title">Tin mới</h3><ul>{side_news}</ul></div>
<div class="block block-banner"><a href="tel:02933878555"><img src="/images/banner-hotline.png" alt="{attr(HOTLINE)}"></a></div>
</aside>
<div class="col-md-9 main-col">
{main}
</div>
</div></div></div>
<footer class="footer"><div class="container"><div class="row">
<div class="col-md-5"><h4>{esc(NAME)}</h4><p>{esc(ADDRESS)}</p><p>Điện thoại: 0293 3878 555 - Email: cuahanghtx@haugiang.gov.vn</p><p>{esc(DKKD)}</p></div>
<div class="col-md-3"><h4>Hỗ trợ khách hàng</h4><ul><li><a href="/gioi-thieu">Hướng dẫn mua hàng</a></li><li><a href="/gioi-thieu">Chính sách đổi trả</a></li><li><a href="/gioi-thieu">Chính sách bảo mật</a></li></ul></div>
<div class="col-md-4"><h4>Đăng ký nhận tin khuyến mãi</h4><form class="newsletter" action="javascript:void(0)"><input type="email" placeholder="Email của bạn"><button type="button">Gửi</button></form></div>
</div><div class="copyright">{esc(COPY)}. <a href="{{{{base:offsite}}}}/nhanh-vn/" target="_blank" rel="nofollow">Thiết kế website bởi Nhanh.vn</a></div></div></footer>
<div class="fixed-contact"><a class="btn-zalo" href="{{{{base:offsite}}}}/zalo/0293387855/" target="_blank" rel="nofollow">Chat Zalo</a><a class="btn-messenger" href="{{{{base:offsite}}}}/messenger/cuahanghtxhaugiang/" target="_blank" rel="nofollow">Chat Messenger</a><a class="btn-phone" href="tel:02933878555"><i class="fa fa-phone"></i></a></div>
<script src="/js/main.js"></script>
</body>
</html>
"""

    def item(a: RichArticle, href: str | None = None) -> str:
        first = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        img = a.first_image() or "news-default.png"
        href = href or a.path
        return (f'<div class="news-item"><div class="news-img"><a href="{href}"><img src="/images/news/{img}" alt="'
                f'{attr(a.title)}"></a></div><div class="news-info"><h3 class="news-title"><a href="{href}">{esc(a.title)}'
                f'</a></h3><div class="news-date">Ngày đăng: {a.date:%d/%m/%Y}</div><div class="news-desc">{esc(first[:160])}'
                f'</div></div></div>')

    # -- news items -------------------------------------------------------------------------------
    for a in arts:
        cat = a.opts["cat"]
        related = [x for x in arts if x is not a and x.opts["cat"] == cat and cat][:4]
        rel_html = ("<div class=\"related-news\"><h3 class=\"block-title\">Tin liên quan</h3><ul>" + "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">Ngày đăng: {x.date:%d/%m/%Y}</span></li>'
            for x in related) + "</ul></div>") if related else ""
        crumbs = [("Tin tức", "/tin-tuc")] + ([(CATS[cat], f"/tin-tuc/{cat}")] if cat else []) + [(a.title, None)]
        main = f"""<div class="article-detail">
<h1 class="article-title">{esc(a.title)}</h1>
<div class="article-meta"><span class="article-date"><i class="fa fa-clock-o"></i> {shown(a.date)}</span> <span class="article-view"><i class="fa fa-eye"></i> {a.opts['views']} lượt xem</span></div>
<div class="article-content">
{body_html(a)}
</div>
<div class="article-share"><span>Chia sẻ:</span> <a href="javascript:void(0)" class="share-fb"><i class="fa fa-facebook"></i></a> <a href="javascript:void(0)" class="share-zalo"><i class="icon-zalo"></i></a></div>
<div class="fb-comments" data-href="{{{{base}}}}{a.path}" data-width="100%" data-numposts="5"></div>
{rel_html}
<div class="product-featured"><h3 class="block-title">Sản phẩm nổi bật</h3><div class="product-list">{"".join(product_card(p) for p in PRODUCTS)}</div></div>
</div>"""
        page = layout(a.title, main, a.summary(), a.path, "article", f"/images/news/{a.first_image() or 'news-default.png'}",
                      crumbs)
        site.page(a.path, page)
        site.same_page(a.opts["short"], a.path)
        a.aliases.append(a.opts["short"])
        if a is notice:
            site.same_page(zalo_link, a.path)
            a.aliases.append(zalo_link)
            site.binary(a.attachments[0]["path"], pdf(a.title, ["LIEN MINH HTX TINH HAU GIANG", "THONG BAO SO 08/TB-LMHTX"]))
        if a is renamed:
            site.same_page(old_slug, a.path)
            a.aliases.append(old_slug)
        site.add_article(a)

    # -- news lists -------------------------------------------------------------------------------
    def pager(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        lis = "".join(f'<li class="active"><span>{k}</span></li>' if k == n else f'<li><a href="{base}?page={k}">{k}</a></li>'
                      for k in range(1, pages + 1))
        nxt = f'<li><a href="{base}?page={n + 1}">»</a></li>' if n < pages else ""
        prv = f'<li><a href="{base}?page={n - 1}">«</a></li>' if n > 1 else ""
        return f'<div class="paginate"><ul class="pagination">{prv}{lis}{nxt}</ul></div>'

    def news_list(base: str, heading: str, items: list[RichArticle], crumbs: list) -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * PER:n * PER]
            main = (f'<div class="news-list"><h1 class="page-title">{esc(heading)}</h1>' + "".join(item(x) for x in chunk)
                    + pager(base, n, pages) + "</div>")
            path = base if n == 1 else f"{base}?page={n}"
            site.page(path, layout(f"{heading} - {NAME}", main, heading, base if n == 1 else path, crumbs=crumbs),
                      content_type=HTML)
            site.non_articles.append(path)
            if n == 1 and pages > 1:
                site.same_page(f"{base}?page=1", base)
                site.non_articles.append(f"{base}?page=1")

    news_list("/tin-tuc", "Tin tức", arts, [("Tin tức", None)])
    site.trap("the news list /tin-tuc (5 a page: photo, title, 'Ngày đăng: dd/mm/yyyy', the first words); the pager "
              "writes ?page=1 for the first page (the same list) and ?page=2 holds the three oldest", "/tin-tuc?page=2")
    for c, name in CATS.items():
        news_list(f"/tin-tuc/{c}", name, [a for a in arts if a.opts["cat"] == c], [("Tin tức", "/tin-tuc"), (name, None)])
    site.trap("news categories /tin-tuc/<cat> (Thông báo, Hoạt động HTX, Sản phẩm OCOP): lists; the oldest item is in "
              "none of them", "/tin-tuc/hoat-dong-htx")

    # -- home -------------------------------------------------------------------------------------
    home = (f'<div class="home-slider"><a href="{zalo_link}"><img src="/images/slider-phien-cho.png" alt="Phiên chợ sản '
            f'phẩm HTX tỉnh Hậu Giang năm 2024"></a></div><div class="home-products"><h2 class="block-title">Sản phẩm OCOP '
            f'Hậu Giang</h2><div class="product-list">{"".join(product_card(p) for p in PRODUCTS)}</div></div>'
            '<div class="home-news"><h2 class="block-title"><a href="/tin-tuc">Tin tức</a></h2>'
            + "".join(item(x, x.opts["short"]) for x in arts[:4]) + "</div>")
    site.page("/", layout(f"{NAME} - Đặc sản, sản phẩm OCOP của các HTX tỉnh Hậu Giang", home,
                          "Cửa hàng trực tuyến sản phẩm OCOP của các hợp tác xã tỉnh Hậu Giang", "/"))
    site.non_articles.append("/")
    site.trap("home: the slider (its banner links the notice with ?utm_source=zalo&utm_medium=oa), products, and the 4 "
              "newest items by their SHORT route /<slug>-n<id>.html (the same pages: aliases)", "/")

    # -- products, categories, pages -------------------------------------------------------------
    for p in PRODUCTS:
        pid, slug, title, price, _c, cid = p
        extra = ""
        if pid == 2114:
            extra = (f'<p>Mắm được làm từ cá lóc đồng của các thành viên HTX Thủy sản Vị Thủy (xem bài <a href="{old_slug}">'
                     f'HTX nuôi cá theo chuỗi liên kết</a>).</p>')
        desc = (f'<div class="product-detail"><div class="row"><div class="col-md-5"><img src="/images/products/{slug}.png" '
                f'alt="{attr(title)}"></div><div class="col-md-7"><h1 class="product-title">{esc(title)}</h1><div '
                f'class="product-price"><span class="price">{price}</span></div><p>Tình trạng: Còn hàng</p><a '
                f'href="javascript:void(0)" class="btn-add-cart" data-id="{pid}">Thêm vào giỏ</a> <a href="javascript:void(0)" '
                f'class="btn-buy-now">Mua ngay</a></div></div><div class="product-tabs"><h3>Mô tả sản phẩm</h3><div '
                f'class="product-description"><p>{esc(title)} là sản phẩm OCOP của hợp tác xã tỉnh Hậu Giang, được sản xuất '
                f'theo quy trình an toàn, có truy xuất nguồn gốc.</p><h3>Hướng dẫn bảo quản</h3><ul><li>Bảo quản nơi khô '
                f'ráo, thoáng mát.</li><li>Tránh ánh nắng trực tiếp.</li></ul>{extra}</div></div></div>')
        path = f"/{slug}-p{pid}.html"
        site.page(path, layout(f"{title} - {NAME}", desc, title, path, "product", f"/images/products/{slug}.png",
                               [(PCATS[cid][1], f"/{PCATS[cid][0]}-c{cid}.html"), (title, None)]))
        site.non_articles.append(path)
    for cid, (slug, name) in PCATS.items():
        path = f"/{slug}-c{cid}.html"
        own = [p for p in PRODUCTS if p[5] == cid]
        site.page(path, layout(f"{name} - {NAME}", f'<h1 class="page-title">{esc(name)}</h1><div class="product-list">'
                               + "".join(product_card(p) for p in own) + "</div>", name, path, crumbs=[(name, None)]))
        site.non_articles.append(path)
    site.trap("products /<slug>-p<id>.html (an <h1>, a price, a description with headings and lists) and product "
              "categories /<slug>-c<id>.html: not articles; the fish-sauce product links a news item by its old slug",
              "/mam-ca-loc-vi-thuy-p2114.html")
    for path, title, text in [
            ("/gioi-thieu", "Giới thiệu", "<p>Cửa hàng HTX Hậu Giang do Trung tâm Tư vấn và Hỗ trợ HTX thuộc Liên minh HTX "
             "tỉnh Hậu Giang quản lý, giới thiệu và bán các sản phẩm OCOP của hợp tác xã trong tỉnh.</p>"),
            ("/lien-he", "Liên hệ", "<p>Trung tâm Tư vấn và Hỗ trợ HTX tỉnh Hậu Giang</p><form class=\"contact-form\" "
             "action=\"javascript:void(0)\"><input name=\"name\" placeholder=\"Họ tên\"><textarea name=\"content\"></textarea>"
             "<button type=\"button\">Gửi liên hệ</button></form>")]:
        site.page(path, layout(f"{title} - {NAME}", f'<div class="page-content"><h1 class="page-title">{title}</h1>{text}</div>',
                               title, path, crumbs=[(title, None)]), content_type=HTML)
        site.non_articles.append(path)

    # -- disallowed, robots, sitemap, assets ----------------------------------------------------------
    for path, title in [("/cart", "Giỏ hàng"), ("/user/signin", "Đăng nhập"), ("/user/signup", "Đăng ký"),
                        ("/search", "Tìm kiếm")]:
        site.page(path, layout(f"{title} - {NAME}", f'<h1 class="page-title">{title}</h1>'), content_type=HTML)
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /cart\nDisallow: /checkout\nDisallow: /user/\nDisallow: /search\n"
                "Disallow: /*?*sort=\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("robots.txt (Nhanh's) disallows /cart, /checkout, /user/ and /search: the header's cart, 'Đăng nhập' / "
              "'Đăng ký' and the search box are never fetched", "/cart")
    urls = [("/", datetime(2024, 5, 16, 9, 30))] + [(f"/{s}-c{c}.html", datetime(2024, 5, 2, 8, 0)) for c, (s, _) in PCATS.items()]
    urls += [(f"/{p[1]}-p{p[0]}.html", datetime(2024, 4, 20, 10, 0)) for p in PRODUCTS]
    urls += [(a.opts["short"], a.date) for a in arts]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc><lastmod>{d - UTC:%Y-%m-%dT%H:%M:%S}+00:00</lastmod>"
                                         f"<changefreq>daily</changefreq><priority>0.8</priority></url>" for u, d in urls)
              + "</urlset>\n", content_type="application/xml")
    site.trap("/sitemap.xml names the news by the short route /<slug>-n<id>.html with a UTC <lastmod> (00:20 on 21 March "
              "is '2024-03-20T17:20:00+00:00')", "/sitemap.xml")
    site.binary("/images/favicon.png", image_for("favicon-haugiang"))
    return site
