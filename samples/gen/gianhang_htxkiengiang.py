"""Site `gianhang-htxkiengiang` (registry family `generic`): "Gian hàng HTX Kiên Giang", the OCOP shop of the Liên
minh HTX tỉnh Kiên Giang on **Haravan** (the Vietnamese e-commerce platform: a Liquid theme of the "Juno" kind, the
store timezone (GMT+07:00) Bangkok, Hà Nội; the copy is of 15 June 2025, before Kiên Giang merged with An Giang). Its
two blogs carry the alliance's news: "Tin tức" (`/blogs/news`) and "Thông báo" (`/blogs/thong-bao`). Written as a
held-out test: no family module, no selectors.

URL shapes: an article `/blogs/<blog-handle>/<article-handle>` (the handle: the title without diacritics, hyphens);
the blog `/blogs/news` (6 a page) and `/blogs/news?page=2` ("← Bài viết cũ hơn"); tag filters
`/blogs/news/tagged/<tag-handle>`; products `/products/<handle>` and `/collections/all` (shop pages); pages
`/pages/gioi-thieu`, `/pages/lien-he`; the home `/`; `/sitemap.xml` (an index of `/sitemap_blogs_1.xml`,
`/sitemap_products_1.xml`, `/sitemap_pages_1.xml`); `/robots.txt` disallows `/cart`, `/account`, `/checkout`,
`/orders`, `/admin` (the header's "Giỏ hàng (0)" and "Đăng nhập" links are never fetched). No feed.

Why it is hard: a shop first. The header has the free-shipping bar, the hotline, the search form and the cart; the
left column "Danh mục sản phẩm", the right "Sản phẩm nổi bật" (product cards with prices "85,000₫" and "Thêm vào
giỏ") and "Bài viết mới nhất". The article: `h1.sb-title-article`, then `ul.header-post-detail` "Người viết:
Quản trị viên lúc 26.03.2025" (the theme prints `article.author`, the staff account's name, and
`article.published_at | date: "%d.%m.%Y"`: a date only, with dots), then `div.box-article-detail` (the editor's
`<p>`, `<h3>`, lists, a table, centred photos with the caption in the next centred `<p><em>`, a file link), the tags,
"Bài trước / Bài sau", "Bài viết liên quan" (dates "26 Tháng 3 2025"), then the comments ("Bình luận (2)": readers'
names, dates "28/03/2025" and words, never the article) and the `form#article_comments`. No time anywhere on the
page, no JSON-LD, og:type "article" without a published time: the date is the page's day, midnight. "Người viết"
is an account ("Quản trị viên", "Văn phòng LMHTX"): the author is the typed byline's person. The `<title>` is
"<title> &ndash; Gian hàng HTX Kiên Giang".
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "gianhang-htxkiengiang"
NAME = "Gian hàng HTX Kiên Giang"
PER = 6
SHOP_ID = 200000481732
THEME = f"/theme/{SHOP_ID}/1001096153/14"
FILES = f"/files/{SHOP_ID}"
BLOGS = {"news": "Tin tức", "thong-bao": "Thông báo"}
SHIP = "Miễn phí vận chuyển cho đơn hàng từ 500.000₫"
HOTLINE = "Hotline: 0297 3862 145"
FOOT1 = "Liên minh Hợp tác xã tỉnh Kiên Giang - Số 14 Trần Phú, phường Vĩnh Thanh Vân, TP Rạch Giá, tỉnh Kiên Giang"
FOOT2 = "Giấy chứng nhận ĐKKD số 1700512384 do Sở KH&ĐT tỉnh Kiên Giang cấp"
COPY = "Copyright © 2025 Gian hàng HTX Kiên Giang."
POWERED = "Cung cấp bởi Haravan"
NEWS1 = "Đăng ký nhận tin"
NEWS2 = "Nhận thông tin sản phẩm mới và chương trình khuyến mãi của các HTX."
FURN = [SHIP, HOTLINE, FOOT1, FOOT2, COPY, POWERED, NEWS1, NEWS2, "Giỏ hàng (0)", "Đăng nhập", "Danh mục sản phẩm",
        "Sản phẩm nổi bật", "Thêm vào giỏ", "Bài viết mới nhất", "Bài viết liên quan", "Viết bình luận",
        "Gửi bình luận", "Người viết:", "Bài trước", "Bài sau", "Chính sách đổi trả", "Chính sách giao hàng"]
PRODUCTS = [("nuoc-mam-phu-quoc-htx-ham-ninh", "Nước mắm Phú Quốc HTX Hàm Ninh 40 độ đạm", "85,000₫"),
            ("tieu-den-phu-quoc-htx-gio-dau", "Tiêu đen Phú Quốc HTX Gió Đầu 200g", "120,000₫"),
            ("kho-ca-lai-son-htx-thuy-san", "Khô cá Lại Sơn HTX Thủy sản An Sơn 500g", "165,000₫"),
            ("gao-st25-htx-tan-phuoc", "Gạo ST25 HTX Nông nghiệp Tân Phước túi 5kg", "180,000₫")]
COLLECTIONS = [("all", "Tất cả sản phẩm"), ("dac-san-bien", "Đặc sản biển"), ("gao-nong-san", "Gạo - Nông sản")]
MONTH = "Tháng"


def handle(title: str) -> str:
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def h(text: str, n: int = 32) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def listing_date(d: datetime) -> str:
    return f"{d.day} {MONTH} {d.month} {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, blog: str, account: str, tags: list[str], comments: list[tuple] = ()) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"],
                    opts={"blog": blog, "account": account, "tags": tags, "comments": list(comments)})

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc đăng ký gian hàng tại Hội chợ OCOP Kiên Giang 2025",
          body="""
LIÊN MINH HTX TỈNH KIÊN GIANG
Số: 07/TB-LMHTX
Kiên Giang, ngày 04 tháng 6 năm 2025
THÔNG BÁO
Về việc đăng ký gian hàng tại Hội chợ OCOP Kiên Giang năm 2025
Hội chợ OCOP Kiên Giang năm 2025 diễn ra từ ngày 18/7 đến ngày 22/7/2025 tại TP Rạch Giá.
Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho 30 HTX có sản phẩm OCOP từ 3 sao trở lên.
HTX đăng ký qua Văn phòng Liên minh HTX tỉnh hoặc trên website này trước ngày 30/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Danh Thị Sà Rương
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": f"{FILES}/file/tb-07-lmhtx-2025_4f1c2a9e.pdf", "text": "TB-07-LMHTX-2025.pdf"}],
          notes=["notice in the blog 'Thông báo' (/blogs/thong-bao/…): 'Số: 07/TB-LMHTX' dated 04/6 in its text, "
                 "the page's date '06.06.2025' (date only: midnight); the signer is text, no author; 'Tải về: "
                 "TB-07-LMHTX-2025.pdf' is an attachment (label dropped), not text"],
          **at(datetime(2025, 6, 6, 8, 0), "thong-bao", "Văn phòng LMHTX", ["hoi-cho"])),
        A(path="", title="Nước mắm Phú Quốc của HTX Hàm Ninh vào hệ thống siêu thị",
          body="""
Sản phẩm nước mắm Phú Quốc của HTX Hàm Ninh (TP Phú Quốc) vừa chính thức có mặt tại hệ thống siêu thị ở TP Hồ Chí Minh.
HTX hiện có 28 thành viên với 160 thùng gỗ ủ chượp, sản lượng khoảng 120.000 lít mỗi năm.
Sản phẩm đạt OCOP 4 sao và được bán trực tuyến tại gian hàng này.
""", byline="Bài, ảnh: Trần Hữu Nghĩa", author="Trần Hữu Nghĩa",
          notes=["two readers' comments under it ('Bình luận (2)', dated 28/05/2025 and 29/05/2025: later than the "
                 "post, not its date); 'Người viết: Quản trị viên' is the account; 'Bài, ảnh: Trần Hữu Nghĩa' -> author"],
          **at(datetime(2025, 5, 26, 9, 30), "news", "Quản trị viên", ["ocop", "phu-quoc"], [
              ("Ngọc Hân", datetime(2025, 5, 28), "Nước mắm ngon, gia đình tôi dùng đã lâu."),
              ("Trương Văn Lợi", datetime(2025, 5, 29), "Cho hỏi gian hàng có giao ra Hà Nội không?")])),
        A(path="", title="Ảnh: HTX Tiêu Gió Đầu thu hoạch tiêu vụ mới",
          body="""
Tháng 5, các thành viên HTX Tiêu Gió Đầu (TP Phú Quốc) vào vụ thu hoạch tiêu.
[img tieu-1.png] Thành viên HTX hái tiêu trên vườn
[img tieu-2.png] Hạt tiêu được phơi trên giàn lưới để giữ màu
[img tieu-3.png] Tiêu đen Phú Quốc đóng gói, dán tem chỉ dẫn địa lý
Năm nay HTX dự kiến thu hoạch khoảng 45 tấn tiêu khô.
""", byline="Ảnh: Lâm Quốc Bảo", author="Lâm Quốc Bảo",
          notes=["photo story: each photo a centred <p><img>, its caption the next centred <p><em>, one line each; "
                 "'Ảnh: Lâm Quốc Bảo' -> author"],
          **at(datetime(2025, 5, 12, 15, 0), "news", "Quản trị viên", ["phu-quoc"])),
        A(path="", title="Doanh thu bán hàng trực tuyến của các HTX tháng 4/2025",
          body="""
Tháng 4/2025, các HTX bán hàng qua gian hàng trực tuyến đạt tổng doanh thu hơn 1,1 tỷ đồng.
| Sản phẩm | Số HTX | Đơn hàng | Doanh thu (triệu đồng) |
| Nước mắm | 4 | 1.240 | 386 |
| Tiêu | 3 | 820 | 241 |
| Khô hải sản | 5 | 960 | 318 |
| Gạo | 6 | 410 | 192 |
Liên minh HTX tỉnh sẽ tiếp tục hỗ trợ các HTX chụp ảnh, mô tả sản phẩm trên gian hàng.
""", byline="Phòng Tư vấn - Hỗ trợ", author=None,
          notes=["a table (th header, td cells): one line per row; closed by an office: no author"],
          **at(datetime(2025, 5, 5, 10, 20), "news", "Văn phòng LMHTX", ["thuong-mai-dien-tu"])),
        A(path="", title="Hướng dẫn HTX đưa sản phẩm lên gian hàng trực tuyến",
          body="""
Để đưa sản phẩm lên gian hàng, HTX cần chuẩn bị đầy đủ thông tin và hình ảnh sản phẩm.
## Hồ sơ cần chuẩn bị
* Giấy chứng nhận đăng ký HTX;
* Giấy chứng nhận OCOP hoặc chứng nhận an toàn thực phẩm;
* Ảnh sản phẩm chụp trên nền trắng, tối thiểu 3 ảnh;
* Bảng giá bán lẻ và quy cách đóng gói.
HTX gửi hồ sơ về Văn phòng Liên minh HTX tỉnh để được hướng dẫn tạo sản phẩm.
""", byline="Nguyễn Thị Kim Thoa", author="Nguyễn Thị Kim Thoa",
          notes=["an <h3> and a list; the closing name 'Nguyễn Thị Kim Thoa' is the author"],
          **at(datetime(2025, 4, 21, 8, 45), "news", "Quản trị viên", ["thuong-mai-dien-tu", "huong-dan"])),
        A(path="", title="HTX Thủy sản An Sơn giữ nghề làm khô cá trên đảo Lại Sơn",
          body="""
HTX Thủy sản An Sơn (huyện Kiên Hải) có 22 thành viên, mỗi năm chế biến khoảng 40 tấn khô cá các loại.
HTX đầu tư giàn phơi có mái che và máy hút chân không để nâng chất lượng sản phẩm.
Khô cá Lại Sơn của HTX đã đạt OCOP 3 sao.
""", byline="Theo Báo Kiên Giang", author=None,
          notes=["'Theo Báo Kiên Giang' closes the text: a reprint, no author"],
          **at(datetime(2025, 4, 8, 16, 30), "news", "Quản trị viên", ["ocop"])),
        A(path="", title="Liên minh HTX tỉnh tập huấn bán hàng trực tuyến cho HTX",
          body="""
Ngày 20/3, Liên minh HTX tỉnh tổ chức lớp tập huấn bán hàng trực tuyến cho 45 cán bộ HTX trong tỉnh.
[img tap-huan.png] Học viên thực hành chụp ảnh sản phẩm
Học viên được hướng dẫn quản lý đơn hàng, chăm sóc khách hàng và quảng bá sản phẩm trên mạng xã hội.
""", byline="Minh Tâm", author="Minh Tâm",
          notes=["'Minh Tâm' closes it: the author"],
          **at(datetime(2025, 3, 21, 9, 10), "news", "Quản trị viên", ["huong-dan"])),
        A(path="", title="Gạo ST25 của HTX Nông nghiệp Tân Phước được cấp mã số vùng trồng",
          body="""
HTX Nông nghiệp Tân Phước (huyện Gò Quao) vừa được cấp mã số vùng trồng cho 150 ha lúa ST25.
Đây là điều kiện để gạo của HTX tham gia chuỗi liên kết xuất khẩu với doanh nghiệp.
""", byline="Hồng Nhung", author="Hồng Nhung",
          notes=["the oldest news: only on /blogs/news?page=2, its tag page and the sitemap; 'Hồng Nhung' -> author"],
          **at(datetime(2025, 2, 26, 14, 0), "news", "Quản trị viên", ["gao"])),
        A(path="", title="Thông báo lịch nghỉ Tết Nguyên đán Ất Tỵ 2025 của gian hàng",
          body="""
Gian hàng HTX Kiên Giang tạm nghỉ nhận đơn từ ngày 25/01/2025 đến hết ngày 02/02/2025.
Các đơn hàng đặt trong thời gian nghỉ Tết sẽ được xử lý từ ngày 03/02/2025.
Kính chúc Quý khách hàng năm mới an khang, thịnh vượng.
""", author=None,
          notes=["a shop notice in 'Thông báo' with no number and no byline: author null; dated '20.01.2025'"],
          **at(datetime(2025, 1, 20, 11, 0), "thong-bao", "Văn phòng LMHTX", [])),
    ]


TAGS = {"ocop": "OCOP", "phu-quoc": "Phú Quốc", "thuong-mai-dien-tu": "Thương mại điện tử", "huong-dan": "Hướng dẫn",
        "gao": "Gạo", "hoi-cho": "Hội chợ"}


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<h3><strong>{esc(b.text)}</strong></h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="5" cellspacing="0" style="width:100%"><tbody><tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="{FILES}/article/{handle(b.src)}_{h(b.src)}.png" '
                       f'alt="{attr(b.text)}" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p><strong>Tải về: </strong><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "kien-giang", f"{NAME} (Haravan)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/blogs/{a.opts['blog']}/{handle(a.title)}"
        a.opts["id"] = 1001000000 + int(h(a.title, 5), 16)
    news = [a for a in arts if a.opts["blog"] == "news"]

    def product_card(p: tuple) -> str:
        ph, title, price = p
        return (f'<div class="product-block"><div class="product-img"><a href="/products/{ph}"><img '
                f'src="{FILES}/product/{ph}_small.png" alt="{attr(title)}" /></a></div><div class="product-detail">'
                f'<h3 class="pro-name"><a href="/products/{ph}">{esc(title)}</a></h3><p class="pro-price">{price}</p>'
                f'<button type="button" class="btn-addcart" data-handle="{ph}">Thêm vào giỏ</button></div></div>')

    def recent_box() -> str:
        items = "".join(f'<li class="item-article"><a href="{a.path}">{esc(a.title)}</a> <span class="post-date">'
                        f'{listing_date(a.date)}</span></li>' for a in arts[:4])
        return f'<div class="sidebar-box"><h2 class="title-box">Bài viết mới nhất</h2><ul>{items}</ul></div>'

    def layout(title: str, desc: str, url: str, main: str, page_type: str, resource: int, og_type: str = "website",
               body_class: str = "blog") -> str:
        cats = "".join(f'<li><a href="/collections/{c}">{esc(n)}</a></li>' for c, n in COLLECTIONS)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=2.0, user-scalable=0" />
<link rel="shortcut icon" href="{THEME}/favicon.png" type="image/png" />
<title>{esc(title)} &ndash; {esc(NAME)}</title>
<meta name="description" content="{attr(desc)}" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:description" content="{attr(desc)}" />
<meta property="og:url" content="{{{{base}}}}{url}" />
<meta property="og:site_name" content="{attr(NAME)}" />
<link rel="canonical" href="{{{{base}}}}{url}" />
<link href="{THEME}/plugin-style.css" rel="stylesheet" type="text/css" media="all" />
<link href="{THEME}/styles.css" rel="stylesheet" type="text/css" media="all" />
<script src="{THEME}/jquery.min.js" type="text/javascript"></script>
<script type="text/javascript">
//<![CDATA[
if ((typeof Haravan) === 'undefined') {{ Haravan = {{}}; }}
Haravan.culture = 'vi-VN';
Haravan.shop = 'htxkiengiang.myharavan.com';
Haravan.theme = {{"name":"Juno - LMHTX","id":1001096153,"role":"main"}};
Haravan.domain = 'gianhanghtxkiengiang.vn';
//]]>
</script>
<script type="text/javascript">
window.HaravanAnalytics = window.HaravanAnalytics || {{}};
window.HaravanAnalytics.meta = window.HaravanAnalytics.meta || {{}};
window.HaravanAnalytics.meta.currency = 'VND';
var meta = {{"page":{{"pageType":"{page_type}","resourceType":"{page_type}","resourceId":{resource}}}}};
for (var attr in meta) {{ window.HaravanAnalytics.meta[attr] = meta[attr]; }}
</script>
</head>
<body id="gian-hang-htx-kien-giang" class="{body_class}">
<div class="topbar"><div class="container"><p class="topbar-text">{esc(SHIP)}</p><p class="topbar-hotline">{esc(HOTLINE)}</p></div></div>
<header class="main-header"><div class="container">
<div class="wrap-logo"><a href="/"><img src="{THEME}/logo.png" alt="{attr(NAME)}" /></a></div>
<form class="searchform" action="/search" method="get"><input type="hidden" name="type" value="product" /><input type="text" name="q" placeholder="Tìm kiếm sản phẩm..." /><button type="submit">Tìm</button></form>
<div class="header-action"><a href="/account/login" class="header-account">Đăng nhập</a> <a href="/cart" class="header-cart">Giỏ hàng (0)</a></div>
<nav class="navbar-main"><ul><li><a href="/">Trang chủ</a></li><li><a href="/collections/all">Sản phẩm</a></li><li><a href="/blogs/news">Tin tức</a></li><li><a href="/blogs/thong-bao">Thông báo</a></li><li><a href="/pages/gioi-thieu">Giới thiệu</a></li><li><a href="/pages/lien-he">Liên hệ</a></li></ul></nav>
</div></header>
<main class="main-body"><div class="container"><div class="row">
<div class="col-md-3 sidebar-left"><div class="sidebar-box"><h2 class="title-box">Danh mục sản phẩm</h2><ul>{cats}</ul></div></div>
<div class="col-md-6 main-content">{main}</div>
<div class="col-md-3 sidebar-right"><div class="sidebar-box"><h2 class="title-box">Sản phẩm nổi bật</h2>{"".join(product_card(p) for p in PRODUCTS[:3])}</div>{recent_box()}</div>
</div></div></main>
<footer class="main-footer"><div class="container">
<div class="footer-col"><p>{esc(FOOT1)}</p><p>{esc(FOOT2)}</p></div>
<div class="footer-col"><ul><li><a href="/pages/chinh-sach-doi-tra">Chính sách đổi trả</a></li><li><a href="/pages/chinh-sach-giao-hang">Chính sách giao hàng</a></li></ul></div>
<div class="footer-col newsletter"><h4>{esc(NEWS1)}</h4><p>{esc(NEWS2)}</p><form action="javascript:void(0)"><input type="email" name="contact[email]" /><button type="button">Đăng ký</button></form></div>
<div class="footer-copyright"><p>{esc(COPY)} <a href="{{{{base:offsite}}}}/haravan/?utm_source=footer" target="_blank" rel="nofollow">{POWERED}</a></p></div>
</div></footer>
<script src="{THEME}/scripts.js" type="text/javascript"></script>
</body>
</html>
"""

    def entry(a: RichArticle) -> str:
        img = a.first_image()
        pic = (f'<div class="article-image"><a href="{a.path}"><img src="{FILES}/article/{handle(img)}_{h(img)}.png" '
               f'alt="{attr(a.title)}" /></a></div>' if img else "")
        text = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        text = text if len(text) <= 150 else text[:150].rsplit(" ", 1)[0] + "..."
        return (f'<article class="article-loop">{pic}<div class="article-detail"><h3 class="article-title"><a '
                f'href="{a.path}">{esc(a.title)}</a></h3><ul class="entry-meta"><li class="date">{listing_date(a.date)}'
                f'</li><li class="author">{esc(a.opts["account"])}</li><li><a href="{a.path}#comments">'
                f'{len(a.opts["comments"])} Bình luận</a></li></ul><p class="entry-content">{esc(text)}</p><a '
                f'href="{a.path}" class="more-link">Xem tiếp</a></div></article>')

    for a in arts:
        blog = a.opts["blog"]
        siblings = [x for x in arts if x.opts["blog"] == blog]
        i = siblings.index(a)
        newer = siblings[i - 1] if i > 0 else None
        older = siblings[i + 1] if i + 1 < len(siblings) else None
        tags = ", ".join(f'<a href="/blogs/{blog}/tagged/{t}">{esc(TAGS[t])}</a>' for t in a.opts["tags"])
        related = [x for x in siblings if x is not a][:3]
        comments = a.opts["comments"]
        clist = "".join(f'<div class="article-comment-user"><div class="article-comment-user-comment"><p '
                        f'class="user-name-comment"><strong>{esc(n)}</strong></p><span class="article-comment-date-bull">'
                        f'{d:%d/%m/%Y}</span><p>{esc(t)}</p></div></div>' for n, d, t in comments)
        nav = ('<div class="post-navigation">'
               + (f'<a class="pull-left" href="{older.path}">← Bài trước</a>' if older else "")
               + (f'<a class="pull-right" href="{newer.path}">Bài sau →</a>' if newer else "") + "</div>")
        main = (f'<div class="breadcrumb-shop"><ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a '
                f'href="/blogs/{blog}">{esc(BLOGS[blog])}</a></li><li class="active"><span>{esc(a.title)}</span></li>'
                f'</ol></div><div class="article-wrap" id="article-{a.opts["id"]}"><div class="box-article-heading '
                f'clearfix"><h1 class="sb-title-article">{esc(a.title)}</h1><ul class="header-post-detail"><li '
                f'class="info-author"><span>Người viết:</span> {esc(a.opts["account"])}</li><li class="info-date">'
                f'<span>lúc</span> {a.date:%d.%m.%Y}</li></ul></div><div class="box-article-detail article-content '
                f'typeList-style">{body_html(a)}</div>'
                + (f'<div class="box-article-tags">Tags: {tags}</div>' if tags else "")
                + nav + '<div class="list-blogs-related"><h2 class="title-related">Bài viết liên quan</h2><ul>'
                + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">{listing_date(x.date)}</span>'
                          "</li>" for x in related)
                + f'</ul></div><div id="comments" class="article-comments"><h3>Bình luận ({len(comments)})</h3>{clist}'
                f'<form accept-charset="UTF-8" action="/blogs/{blog}/{handle(a.title)}/comments" id="article_comments" '
                'method="post"><input name="FormType" type="hidden" value="article_comments" /><input name="utf8" '
                'type="hidden" value="true" /><h4 class="title-form-coment">Viết bình luận</h4><input type="text" '
                'name="comment[author]" placeholder="Tên của bạn" /><input type="email" name="comment[email]" '
                'placeholder="Email của bạn" /><textarea name="comment[body]" placeholder="Nội dung"></textarea>'
                '<button type="submit" class="btn-comment">Gửi bình luận</button></form></div></div>')
        desc = inline_text(next(b.text for b in a.blocks if b.kind == "p"))[:160]
        site.page(a.path, layout(a.title, desc, a.path, main, "article", a.opts["id"], "article", "article"))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"{FILES}/article/{handle(b.src)}_{h(b.src)}.png", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH KIEN GIANG", "THONG BAO SO 07/TB-LMHTX"]))
        site.add_article(a)
    site.trap("article page: 'Người viết: Quản trị viên lúc 26.05.2025' (the staff account; a dotted date, no "
              "time: midnight); no JSON-LD and no article:published_time; the shop's columns (product cards with "
              "prices, 'Thêm vào giỏ') around the article", news[0].path)
    site.trap("'Bài viết liên quan' lists other articles with their dates ('12 Tháng 5 2025'), and the comments are "
              "dated after the post ('28/05/2025'): neither is the article's date", news[0].path)

    for blog, bname in BLOGS.items():
        items = [a for a in arts if a.opts["blog"] == blog]
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(chunks, 1):
            pager = ""
            if n < len(chunks):
                pager += f'<li class="previous"><a href="/blogs/{blog}?page={n + 1}">&larr; Bài viết cũ hơn</a></li>'
            if n > 1:
                pager += (f'<li class="next"><a href="/blogs/{blog}{"" if n == 2 else f"?page={n - 1}"}">'
                          "Bài viết mới hơn &rarr;</a></li>")
            path = f"/blogs/{blog}" if n == 1 else f"/blogs/{blog}?page={n}"
            main = (f'<div class="heading-page"><h1>{esc(bname)}</h1></div><div class="blog-content">'
                    + "".join(entry(a) for a in chunk) + f'</div><ul class="pager">{pager}</ul>')
            site.page(path, layout(bname, bname, path, main, "blog", 1000040000 + len(blog)),
                      content_type="text/html; charset=utf-8")
            site.non_articles.append(path)
        for t in sorted({t for a in items for t in a.opts["tags"]}):
            path = f"/blogs/{blog}/tagged/{t}"
            tagged = [a for a in items if t in a.opts["tags"]]
            main = (f'<div class="heading-page"><h1>{esc(bname)} &ndash; Tagged "{esc(TAGS[t])}"</h1></div>'
                    '<div class="blog-content">' + "".join(entry(a) for a in tagged) + "</div>")
            site.page(path, layout(f"{bname} - {TAGS[t]}", bname, path, main, "blog", 1000040000 + len(blog)))
            site.non_articles.append(path)
    site.trap("the blog /blogs/news: 6 articles a page (dates '26 Tháng 5 2025', the account, comment counts), "
              "'← Bài viết cũ hơn' to /blogs/news?page=2 (the oldest news)", "/blogs/news?page=2")
    site.trap("tag filters /blogs/<blog>/tagged/<tag>: lists", "/blogs/news/tagged/ocop")

    for ph, title, price in PRODUCTS:
        main = (f'<div class="product-detail-wrapper"><div class="product-gallery"><img src="{FILES}/product/'
                f'{ph}_grande.png" alt="{attr(title)}" /></div><h1 class="product-title">{esc(title)}</h1><p '
                f'class="product-price">{price}</p><form action="/cart/add" method="post"><input type="hidden" '
                'name="id" value="1" /><button type="button" class="btn-addtocart">Thêm vào giỏ</button></form><div '
                'class="product-description"><p>Sản phẩm của HTX thành viên Liên minh HTX tỉnh Kiên Giang, đạt '
                'chứng nhận OCOP. Đóng gói cẩn thận, giao hàng toàn quốc.</p></div></div>')
        site.page(f"/products/{ph}", layout(title, title, f"/products/{ph}", main, "product",
                                            1040000000 + int(h(ph, 4), 16), "product", "product"))
        site.non_articles.append(f"/products/{ph}")
    for c, n in COLLECTIONS:
        items = PRODUCTS if c == "all" else [p for p in PRODUCTS if ("nuoc-mam" in p[0] or "kho" in p[0])
                                             == (c == "dac-san-bien")]
        main = f'<div class="heading-page"><h1>{esc(n)}</h1></div>' + "".join(product_card(p) for p in items)
        site.page(f"/collections/{c}", layout(n, n, f"/collections/{c}", main, "collection", 1000300000 + len(c),
                                              body_class="collection"))
        site.non_articles.append(f"/collections/{c}")
    site.trap("product pages /products/<handle> (a title, a price, a description paragraph) and collections: shop "
              "pages, not articles", f"/products/{PRODUCTS[0][0]}")
    for p in PRODUCTS:
        for size in ("small", "grande"):
            site.binary(f"{FILES}/product/{p[0]}_{size}.png", image_for(p[0] + size))

    home = ('<div class="home-slider"><img src="' + FILES + '/file/slide-ocop.png" alt="OCOP Kiên Giang" /></div>'
            '<div class="home-products"><h2>Sản phẩm OCOP</h2>' + "".join(product_card(p) for p in PRODUCTS)
            + '</div><div class="home-blogs"><h2><a href="/blogs/news">Tin tức</a></h2>'
            + "".join(entry(a) for a in news[:3]) + "</div>")
    site.page("/", layout(NAME, "Gian hàng trực tuyến sản phẩm OCOP của các HTX tỉnh Kiên Giang", "/", home, "home",
                          0, body_class="index"))
    site.non_articles.append("/")
    for ph, t, txt in [("gioi-thieu", "Giới thiệu", "Gian hàng HTX Kiên Giang do Liên minh HTX tỉnh Kiên Giang xây "
                        "dựng nhằm hỗ trợ các HTX giới thiệu, bán sản phẩm trực tuyến."),
                       ("lien-he", "Liên hệ", FOOT1),
                       ("chinh-sach-doi-tra", "Chính sách đổi trả", "Quý khách được đổi trả sản phẩm trong 7 ngày nếu "
                        "sản phẩm bị lỗi do đóng gói hoặc vận chuyển."),
                       ("chinh-sach-giao-hang", "Chính sách giao hàng", "Gian hàng giao hàng toàn quốc qua các đơn vị "
                        "vận chuyển, thời gian từ 2 đến 5 ngày.")]:
        path = f"/pages/{ph}"
        site.page(path, layout(t, t, path, f'<div class="heading-page"><h1>{esc(t)}</h1></div><div class="page-'
                               f'content"><p>{esc(txt)}</p></div>', "page", 1000100000 + len(ph), body_class="page"))
        site.non_articles.append(path)
    site.binary(f"{FILES}/file/slide-ocop.png", image_for("slide"))
    site.binary(f"{THEME}/favicon.png", image_for("favicon"))
    site.page("/cart", layout("Giỏ hàng", "Giỏ hàng", "/cart", "<h1>Giỏ hàng</h1><p>Giỏ hàng của bạn đang trống.</p>",
                              "cart", 0, body_class="cart"))
    site.page("/account/login", layout("Tài khoản", "Đăng nhập", "/account/login", '<h1>Đăng nhập</h1><form '
                                       'action="javascript:void(0)"><input name="customer[email]" /><input '
                                       'type="password" name="customer[password]" /></form>', "customers/login", 0,
                                       body_class="customers"))
    site.never_fetched += ["/cart", "/account/login"]
    site.trap("robots.txt disallows /cart and /account: the header's 'Giỏ hàng (0)' and 'Đăng nhập' are never "
              "fetched", "/cart")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\nDisallow: /cart\nDisallow: /orders\n"
                               "Disallow: /checkout\nDisallow: /account\nDisallow: /search\n\n"
                               "Sitemap: {{base}}/sitemap.xml\n")
    xml = '<?xml version="1.0" encoding="UTF-8"?>\n'
    ns = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'

    def urlset(urls: list[tuple[str, str | None]]) -> str:
        return (xml + f"<urlset {ns}>" + "".join(f"<url><loc>{{{{base}}}}{u}</loc>"
                                                  + (f"<lastmod>{m}</lastmod>" if m else "") + "</url>"
                                                  for u, m in urls) + "</urlset>\n")
    subs = ["/sitemap_blogs_1.xml", "/sitemap_products_1.xml", "/sitemap_pages_1.xml"]
    site.page("/sitemap.xml", xml + f"<sitemapindex {ns}>" + "".join(f"<sitemap><loc>{{{{base}}}}{s}</loc></sitemap>"
                                                                     for s in subs) + "</sitemapindex>\n",
              content_type="application/xml; charset=utf-8")
    site.page(subs[0], urlset([(f"/blogs/{b}", None) for b in BLOGS]
                              + [(a.path, f"{a.date:%Y-%m-%d}") for a in arts]),
              content_type="application/xml; charset=utf-8")
    site.page(subs[1], urlset([(f"/products/{p[0]}", None) for p in PRODUCTS]),
              content_type="application/xml; charset=utf-8")
    site.page(subs[2], urlset([(f"/pages/{p}", None) for p in ("gioi-thieu", "lien-he", "chinh-sach-doi-tra",
                                                                "chinh-sach-giao-hang")]),
              content_type="application/xml; charset=utf-8")
    return site
