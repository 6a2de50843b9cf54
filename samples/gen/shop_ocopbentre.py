"""Site `shop-ocopbentre` (registry family `generic`): "Cửa hàng OCOP Bến Tre", the online shop of the OCOP products of
the Bến Tre cooperatives run by the alliance's Trung tâm Tư vấn và Hỗ trợ HTX (Bến Tre joined Vĩnh Long on 1 July
2025), on **PrestaShop 8.1** (classic theme, Vietnamese) with the **Smart Blog** module, whose posts are the centre's
news. Written as a held-out test: no family module, no selectors.

Why it is hard: posts `/blog/<category>/<id>_<slug>.html` sit in the shop's skeleton (header nav with "Liên hệ với
chúng tôi", "Đăng nhập", "Giỏ hàng (0)", the search widget, ps_mainmenu, the breadcrumb with its JSON-LD
BreadcrumbList, the left column's blog and shop blocks, the footer link lists, the newsletter and "Phần mềm thương mại
điện tử bởi PrestaShop™"). The post is `#sdsblogArticle`: `div.page-item-title > h1`, `div.post-info` "Đăng bởi
<employee> · Mar 12, 2025 · <category> · 0 bình luận" (Smarty's default `date_format` "%b %e, %Y": an ENGLISH month
abbreviation, month first, no time, on a Vietnamese page; the employee is the centre's account except one staff
member who wrote her own post), then `div.sdsarticle-des` (TinyMCE: a bold lead, `<h3>`, lists, tables, photos with a
centred italic caption paragraph) with a PRODUCT CAROUSEL inside it between paragraphs (the theme's product
shortcode: product miniatures with names, prices and "Thêm vào giỏ": no text), then tags, "Bài viết liên quan",
"Sản phẩm liên quan" and the comments. Aliases: the module's non-friendly URL
`/index.php?fc=module&module=smartblog&controller=details&id_post=<n>` (the "Bài viết phổ biến" block still uses
it), the newsletter's `?utm_…` and the old route `/smartblog/<id>_<slug>.html` (301). Product pages (h1, price, a
long description with a heading and a list, "Chi tiết sản phẩm" data sheet), category pages (`?page=2`), the CMS
pages `/content/<id>-<slug>`, the stores page and the contact form are no articles, except one notice the centre
published as a CMS page: no date anywhere (published null). robots.txt (PrestaShop's generated one) disallows
`?order=`, the search controller, the cart, the login and `/modules/`.
"""

from __future__ import annotations

import json
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "shop-ocopbentre"
NAME = "Cửa hàng OCOP Bến Tre"
HTML = "text/html; charset=utf-8"
PER = 5
ACCOUNT = "Trung tâm Hỗ trợ HTX"
PDF_PATH = "/img/cms/van-ban/TB-08-TTHT.pdf"
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
CATS = {"tin-hoat-dong": (1, "Tin hoạt động"), "thong-bao": (2, "Thông báo"), "guong-htx": (3, "Gương HTX")}
PRODUCTS = {  # id: (slug, name, price, category slug)
    12: ("keo-dua-sau-rieng-hop-400g", "Kẹo dừa sầu riêng Thanh Long hộp 400g", "65.000 ₫", "keo-dua"),
    14: ("keo-dua-la-dua-hop-300g", "Kẹo dừa lá dứa Phú Lễ hộp 300g", "48.000 ₫", "keo-dua"),
    21: ("dau-dua-nguyen-chat-chai-500ml", "Dầu dừa nguyên chất Mỏ Cày chai 500ml", "120.000 ₫", "san-pham-tu-dua"),
    23: ("chi-xo-dua-tui-1kg", "Chỉ xơ dừa Giồng Trôm túi 1kg", "35.000 ₫", "san-pham-tu-dua"),
    30: ("buoi-da-xanh-hop-qua-2-trai", "Bưởi da xanh hộp quà 2 trái", "150.000 ₫", "trai-cay"),
    31: ("chom-chom-java-thung-5kg", "Chôm chôm Java Chợ Lách thùng 5kg", "175.000 ₫", "trai-cay"),
}
PCATS = {"keo-dua": (3, "Kẹo dừa"), "san-pham-tu-dua": (4, "Sản phẩm từ dừa"), "trai-cay": (5, "Trái cây")}
HEADER = ["Liên hệ với chúng tôi", "Gọi cho chúng tôi:", "0275.3822.515", "Đăng nhập", "Giỏ hàng", "Tìm kiếm trong cửa hàng"]
FOOTER = ["Giảm giá", "Sản phẩm mới", "Bán chạy", "Công ty chúng tôi", "Vận chuyển", "Thông báo pháp lý",
          "Điều khoản và điều kiện sử dụng", "Về chúng tôi", "Thanh toán an toàn", "Sơ đồ trang", "Tài khoản của bạn",
          "Thông tin cửa hàng", "Cửa hàng OCOP Bến Tre - Trung tâm Tư vấn và Hỗ trợ HTX, Liên minh HTX tỉnh Bến Tre",
          "Số 26 Đồng Văn Cống, phường An Hội, TP Bến Tre, tỉnh Bến Tre", "Email: cuahangocop@bentre.gov.vn",
          "Nhận tin tức và ưu đãi đặc biệt", "Bạn có thể hủy đăng ký bất kỳ lúc nào.",
          "© 2025 - Phần mềm thương mại điện tử bởi PrestaShop™"]
BLOG = ["Danh mục blog", "Bài viết mới", "Bài viết phổ biến", "Thẻ blog", "Lưu trữ blog", "Bài viết liên quan",
        "Sản phẩm liên quan", "Sản phẩm trong bài", "Thêm vào giỏ", "Để lại bình luận", "Gửi bình luận", "Đăng bởi"]
COMMENT = ("Trần Thị Mỹ", "Kẹo dừa của HTX ngon, mong cửa hàng giao hàng ra Hà Nội.")


def pdate(d: datetime) -> str:
    """Smarty's default date_format '%b %e, %Y' in the C locale."""
    return f"{MONTHS[d.month - 1]} {d.day}, {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def shown(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Bến Tre có thêm 32 sản phẩm OCOP của HTX được công nhận đợt 1 năm 2025",
          lead="Ngày 6/3, UBND tỉnh Bến Tre công nhận 32 sản phẩm OCOP đợt 1 năm 2025, trong đó 19 sản phẩm của HTX.",
          body="""
Các sản phẩm mới được công nhận gồm kẹo dừa, dầu dừa, mật hoa dừa, bưởi da xanh và các sản phẩm thủ công mỹ nghệ từ dừa.
[img ocop-dot-1.png] Đại diện các HTX nhận giấy chứng nhận sản phẩm OCOP
Trung tâm Tư vấn và Hỗ trợ HTX sẽ đưa toàn bộ sản phẩm mới lên Cửa hàng OCOP Bến Tre trong tháng 3.
""", byline="Bài, ảnh: Minh Khoa", author="Minh Khoa",
          opts={"id": 41, "cat": "tin-hoat-dong", "slug": "ben-tre-co-them-32-san-pham-ocop-dot-1-2025", "by": ACCOUNT,
                "tags": ["ocop"], "utm": True, "old": True, "comment": True, "related": [12, 21], "carousel": (2, [12, 21])},
          notes=["post-info 'Đăng bởi Trung tâm Hỗ trợ HTX · Mar 10, 2025' (English month, month first, no time: "
                 "midnight; the account is no author); bold lead; a product carousel INSIDE the text (no text); "
                 "'Bài, ảnh: Minh Khoa' closes it (author); old route /smartblog/41_<slug>.html 301, ?utm_… and "
                 "index.php?fc=module&module=smartblog&controller=details&id_post=41 are aliases; one comment"],
          **shown(datetime(2025, 3, 10))),
        A(path="", title="Thông báo số 08/TB-TTHT về việc đăng ký gian hàng tại Cửa hàng OCOP Bến Tre năm 2025",
          body="""
LIÊN MINH HTX TỈNH BẾN TRE
TRUNG TÂM TƯ VẤN VÀ HỖ TRỢ HTX
Số: 08/TB-TTHT
Bến Tre, ngày 17 tháng 02 năm 2025
THÔNG BÁO
Về việc đăng ký gian hàng tại Cửa hàng OCOP Bến Tre năm 2025
Trung tâm Tư vấn và Hỗ trợ HTX thông báo tiếp nhận đăng ký của các HTX có sản phẩm OCOP từ 3 sao trở lên tham gia bày bán tại cửa hàng và trên website.
HTX gửi hồ sơ đăng ký về Trung tâm trước ngày 15/3/2025; hồ sơ gồm giấy chứng nhận OCOP, giấy chứng nhận an toàn thực phẩm và bảng giá sản phẩm.
GIÁM ĐỐC
Nguyễn Thị Kim Thoa
""", author=None, doc_number="08/TB-TTHT",
          attachments=[{"path": PDF_PATH, "text": "TB-08-TTHT.pdf"}],
          opts={"id": 38, "cat": "thong-bao", "slug": "thong-bao-08-tb-ttht-dang-ky-gian-hang-2025", "by": ACCOUNT,
                "tags": ["thong-bao"]},
          notes=["notice 'Số: 08/TB-TTHT', 'Bến Tre, ngày 17 tháng 02 năm 2025', posted Feb 18, 2025; the signer is text "
                 "(author null); 'Tải về: TB-08-TTHT.pdf' (/img/cms/…: an attachment, not text)"],
          **shown(datetime(2025, 2, 18))),
        A(path="", title="Doanh số bán hàng của Cửa hàng OCOP Bến Tre năm 2024",
          body="""
Năm 2024, Cửa hàng OCOP Bến Tre bán được hơn 86.000 sản phẩm của 54 HTX, tổng doanh số đạt 7,2 tỷ đồng.
| Quý | Số đơn hàng | Doanh số (triệu đồng) | Tỷ lệ bán trực tuyến |
| Quý I | 4.120 | 1.540 | 38% |
| Quý II | 3.860 | 1.310 | 41% |
| Quý III | 4.050 | 1.620 | 45% |
| Quý IV | 6.210 | 2.730 | 52% |
Nhóm sản phẩm bán chạy nhất là kẹo dừa, chiếm 34% doanh số của cửa hàng.
""", author="Phạm Ngọc Hân",
          opts={"id": 35, "cat": "tin-hoat-dong", "slug": "doanh-so-cua-hang-ocop-ben-tre-nam-2024", "by": "Phạm Ngọc Hân",
                "tags": ["so-lieu"], "related": [12, 14]},
          notes=["a data table (one line per row, cells between ' | '); posted by the staff member 'Phạm Ngọc Hân' who "
                 "wrote it (post-info 'Đăng bởi Phạm Ngọc Hân': the author; no byline)"],
          **shown(datetime(2025, 1, 22))),
        A(path="", title="Lịch tập huấn bán hàng trực tuyến cho HTX quý II năm 2025",
          lead="Trung tâm Tư vấn và Hỗ trợ HTX tổ chức 4 lớp tập huấn bán hàng trực tuyến cho các HTX trong quý II.",
          body="""
* Lớp 1: ngày 08/4/2025 tại huyện Mỏ Cày Nam;
* Lớp 2: ngày 15/4/2025 tại huyện Chợ Lách;
* Lớp 3: ngày 06/5/2025 tại huyện Giồng Trôm;
* Lớp 4: ngày 20/5/2025 tại huyện Ba Tri.
Học viên được hướng dẫn đăng sản phẩm lên website cửa hàng, sàn Shopee, Lazada và livestream bán hàng.
""", byline="Hồng Nhung", author="Hồng Nhung",
          opts={"id": 44, "cat": "thong-bao", "slug": "lich-tap-huan-ban-hang-truc-tuyen-quy-ii-2025", "by": ACCOUNT,
                "tags": ["chuyen-doi-so"]},
          notes=["a four-item list with its own dates; 'Hồng Nhung' closes it (author)"],
          **shown(datetime(2025, 3, 28))),
        A(path="", title="Ảnh: Một ngày ở HTX Kẹo dừa Thanh Long",
          lead="HTX Kẹo dừa Thanh Long (xã Phú Hưng) mỗi ngày sản xuất khoảng 1,5 tấn kẹo dừa các loại.",
          body="""
[img keo-dua-1.png] Nước cốt dừa được nấu cùng mạch nha trong chảo lớn
[img keo-dua-2.png] Công nhân cắt và gói kẹo bằng tay
[img keo-dua-3.png] Kẹo dừa đóng hộp chờ giao cho các đại lý
""", byline="Ảnh: Thanh Trúc", author="Thanh Trúc",
          opts={"id": 39, "cat": "guong-htx", "slug": "mot-ngay-o-htx-keo-dua-thanh-long", "by": ACCOUNT,
                "tags": ["ocop"], "related": [12, 14]},
          notes=["photo story: images each with a centred italic caption paragraph (text); 'Ảnh: Thanh Trúc' -> author"],
          **shown(datetime(2025, 2, 26))),
        A(path="", title="HTX Dừa Giồng Trôm xuất khẩu lô chỉ xơ dừa đầu tiên sang Hàn Quốc",
          body="""
Cuối tháng 4, HTX Dừa Giồng Trôm xuất khẩu 20 tấn chỉ xơ dừa và thảm xơ dừa sang Hàn Quốc.
Đây là lần đầu HTX xuất khẩu trực tiếp, không qua doanh nghiệp trung gian, giúp giá bán cao hơn khoảng 12%.
""", byline="Nguồn: Báo Đồng Khởi", author=None,
          opts={"id": 47, "cat": "guong-htx", "slug": "htx-dua-giong-trom-xuat-khau-chi-xo-dua", "by": ACCOUNT,
                "tags": ["xuat-khau"], "related": [23], "carousel": (1, [23])},
          notes=["a product carousel inside the text; 'Nguồn: Báo Đồng Khởi' is no author"],
          **shown(datetime(2025, 5, 5))),
        A(path="", title="Trung tâm Tư vấn và Hỗ trợ HTX tổng kết hoạt động năm 2024",
          lead="Chiều 9/1, Trung tâm Tư vấn và Hỗ trợ HTX tổ chức tổng kết hoạt động năm 2024.",
          body="""
## Kết quả năm 2024
Trung tâm đã tư vấn thành lập mới 21 HTX, hỗ trợ 46 HTX xây dựng nhãn hiệu và bao bì sản phẩm.
## Phương hướng năm 2025
Trung tâm phấn đấu đưa thêm 30 sản phẩm OCOP lên cửa hàng và mở thêm một điểm bán tại TP Hồ Chí Minh.
""", byline="Minh Khoa", author="Minh Khoa",
          opts={"id": 33, "cat": "tin-hoat-dong", "slug": "trung-tam-tong-ket-hoat-dong-nam-2024", "by": ACCOUNT,
                "tags": []},
          notes=["headings (<h3>); only on the blog's page 2 (/blog/page/2) and its category; 'Minh Khoa' (author)"],
          **shown(datetime(2025, 1, 10))),
        A(path="/content/9-thong-bao-tam-ngung-giao-hang-dip-tet", title="Thông báo tạm ngừng giao hàng dịp Tết Nguyên đán",
          body="""
Cửa hàng OCOP Bến Tre tạm ngừng giao hàng từ ngày 25 tháng Chạp đến hết mùng 6 tháng Giêng.
Các đơn hàng đặt trong thời gian này sẽ được xử lý khi cửa hàng hoạt động trở lại.
Quý khách cần hỗ trợ vui lòng gọi số 0275.3822.516.
""", author=None,
          opts={"cms": True, "id": 9},
          notes=["a notice published as a PrestaShop CMS page (/content/9-…: h1.h1.page-title, div#content.page-cms, no "
                 "post-info, no date anywhere): published null; linked from the home page's banner and the footer"],
          date=datetime(2025, 1, 15), published=None, published_source=None, evidence=[]),
    ]


def body_html(a: RichArticle, carousel) -> str:
    out = [f"<p><strong>{inline_html(a.lead)}</strong></p>"] if a.lead else []
    car = a.opts.get("carousel")
    for k, b in enumerate(a.blocks):
        if car and k == car[0]:
            out.append(carousel(car[1], "Sản phẩm trong bài"))
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, css="table table-bordered"))
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="/img/cms/tin-tuc/{b.src}" alt="" width="720" height="480"></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong><em>{inline_html(a.byline)}</em></strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ben-tre", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    allarts = articles()
    posts = sorted([a for a in allarts if not a.opts.get("cms")], key=lambda a: a.date, reverse=True)
    notice = next(a for a in allarts if a.opts.get("cms"))
    site.extra_boilerplate += [*(h for h in HEADER[:5] if h != "Giỏ hàng"), *FOOTER[11:16], FOOTER[17], *(b for b in BLOG if b != "Gửi bình luận"),
                               *COMMENT, "Xem nhanh", *(PRODUCTS[i][1] for i in (12, 14, 21, 23)), *(PRODUCTS[i][2] for i in (12, 14, 21, 23))]
    prod_url = {pid: f"/{c}/{pid}-{s}.html" for pid, (s, _, _, c) in PRODUCTS.items()}
    post_url = lambda a: f"/blog/{a.opts['cat']}/{a.opts['id']}_{a.opts['slug']}.html"  # noqa: E731
    ugly = lambda a: f"/index.php?fc=module&module=smartblog&controller=details&id_post={a.opts['id']}"  # noqa: E731
    for a in posts:
        a.path = post_url(a)

    def carousel(ids: list[int], heading: str) -> str:
        items = "".join(
            f'<article class="product-miniature js-product-miniature" data-id-product="{pid}" data-id-product-attribute="0">'
            f'<div class="thumbnail-container"><a href="{prod_url[pid]}" class="thumbnail product-thumbnail"><img '
            f'src="/{pid}-home_default/{PRODUCTS[pid][0]}.png" alt="{attr(PRODUCTS[pid][1])}"></a><div class="product-description">'
            f'<h3 class="h3 product-title"><a href="{prod_url[pid]}">{esc(PRODUCTS[pid][1])}</a></h3><div class="product-price-and-shipping">'
            f'<span class="price" aria-label="Giá">{PRODUCTS[pid][2]}</span></div></div><div class="highlighted-informations">'
            f'<a class="quick-view js-quick-view" href="#" data-link-action="quickview">Xem nhanh</a></div>'
            f'<form action="/gio-hang" method="post"><input type="hidden" name="id_product" value="{pid}"><button '
            f'class="btn btn-primary add-to-cart" data-button-action="add-to-cart" type="submit">Thêm vào giỏ</button></form>'
            f'</div></article>' for pid in ids)
        return (f'<section class="featured-products clearfix blog-products"><h2 class="h2 products-section-title">{heading}'
                f'</h2><div class="products">{items}</div></section>')

    recent = posts[:5]
    popular = sorted(posts, key=lambda a: a.opts["id"])[:4]
    months = sorted({(a.date.year, a.date.month) for a in posts}, reverse=True)

    def left_column() -> str:
        cats = "".join(f'<li><a href="/blog/category/{i}_{c}.html">{esc(n)}</a></li>' for c, (i, n) in CATS.items())
        rec = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><span class="info">{pdate(a.date)}</span></li>' for a in recent)
        pop = "".join(f'<li><a href="{ugly(a)}">{esc(a.title)}</a></li>' for a in popular)
        tags = " ".join(f'<a href="/blog/tag/{t}">{t}</a>' for t in sorted({t for a in posts for t in a.opts["tags"]}))
        arch = "".join(f'<li><a href="/blog/archive/{y}/{m}">{MONTHS[m - 1]} {y}</a></li>' for y, m in months)
        pc = "".join(f'<li><a href="/{i}-{c}">{esc(n)}</a></li>' for c, (i, n) in PCATS.items())
        return (f'<div id="left-column" class="col-xs-12 col-sm-4 col-md-3"><div class="block-categories"><ul class="category-top-menu">'
                f'<li><a class="text-uppercase h6" href="/2-trang-chu">Danh mục sản phẩm</a></li><li><ul class="category-sub-menu">{pc}</ul></li></ul></div>'
                f'<div class="block blogModule"><h4 class="title_block">{BLOG[0]}</h4><ul>{cats}</ul></div>'
                f'<div class="block blogModule"><h4 class="title_block">{BLOG[1]}</h4><ul class="recent-posts">{rec}</ul></div>'
                f'<div class="block blogModule"><h4 class="title_block">{BLOG[2]}</h4><ul>{pop}</ul></div>'
                f'<div class="block blogModule"><h4 class="title_block">{BLOG[3]}</h4><div class="tags">{tags}</div></div>'
                f'<div class="block blogModule"><h4 class="title_block">{BLOG[4]}</h4><ul>{arch}</ul></div></div>')

    def layout(title: str, main: str, *, page_id: str, crumbs: list, head: str = "", left: bool = True) -> str:
        menu = "".join(f'<li class="category"><a class="dropdown-item" href="/{i}-{c}">{esc(n)}</a></li>' for c, (i, n) in PCATS.items())
        bc = [("/", "Trang chủ"), *crumbs]
        bc_html = "".join(f'<li itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem"><a itemprop="item" '
                          f'href="{h}"><span itemprop="name">{esc(t)}</span></a><meta itemprop="position" content="{k}"></li>'
                          for k, (h, t) in enumerate(bc, 1))
        ld = json.dumps({"@context": "https://schema.org", "@type": "BreadcrumbList", "itemListElement": [
            {"@type": "ListItem", "position": k, "name": t, "item": "{{base}}" + h} for k, (h, t) in enumerate(bc, 1)]},
            ensure_ascii=False)
        org = json.dumps({"@context": "https://schema.org", "@type": "Organization", "name": NAME, "url": "{{base}}/",
                          "logo": {"@type": "ImageObject", "url": "{{base}}/img/logo-ocop-bentre.png"}}, ensure_ascii=False)
        foot_links = [("/content/1-van-chuyen", "Vận chuyển"), ("/content/2-thong-bao-phap-ly", "Thông báo pháp lý"),
                      ("/content/3-dieu-khoan-va-dieu-kien-su-dung", "Điều khoản và điều kiện sử dụng"),
                      ("/content/4-ve-chung-toi", "Về chúng tôi"), ("/content/5-thanh-toan-an-toan", "Thanh toán an toàn"),
                      ("/lien-he", "Liên hệ với chúng tôi"), ("/so-do-trang", "Sơ đồ trang"), ("/cua-hang", "Cửa hàng"),
                      (notice.path, "Thông báo nghỉ Tết")]
        fl = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in foot_links)
        col = left_column() if left else ""
        width = "col-xs-12 col-sm-8 col-md-9" if left else "col-xs-12"
        return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="x-ua-compatible" content="ie=edge">
<title>{esc(title)}</title>
<meta name="description" content="">
<meta name="keywords" content="">
<script type="application/ld+json">{org}</script>
<script type="application/ld+json">{ld}</script>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" type="image/vnd.microsoft.icon" href="/img/favicon.ico?1736500000">
<link rel="stylesheet" href="/themes/classic/assets/cache/theme-6b7f3a.css" type="text/css" media="all">
{head}
<script type="text/javascript">var prestashop = {{"currency":{{"iso_code":"VND","sign":"₫"}},"language":{{"iso_code":"vi"}},"page":{{"page_name":"{page_id}"}}}};</script>
</head>
<body id="{page_id}" class="lang-vi country-vn currency-vnd layout-left-column page-{page_id}">
<main>
<header id="header">
<nav class="header-nav"><div class="container"><div class="row"><div class="hidden-sm-down"><div class="col-md-5 col-xs-12">
<div id="_desktop_contact_link"><div id="contact-link"><a href="/lien-he">{HEADER[0]}</a></div></div></div>
<div class="col-md-7 right-nav"><div id="_desktop_user_info"><div class="user-info"><a href="/dang-nhap?back=my-account" title="Đăng nhập vào tài khoản khách hàng của bạn" rel="nofollow"><i class="material-icons">&#xE7FF;</i><span class="hidden-sm-down">{HEADER[3]}</span></a></div></div>
<div id="_desktop_cart"><div class="blockcart cart-preview inactive"><div class="header"><i class="material-icons shopping-cart">shopping_cart</i><span class="hidden-sm-down">Giỏ hàng</span> <span class="cart-products-count">(0)</span></div></div></div></div></div></div></div></nav>
<div class="header-top"><div class="container"><div class="row"><div class="col-md-2 hidden-sm-down" id="_desktop_logo"><a href="/"><img class="logo img-fluid" src="/img/logo-ocop-bentre.png" alt="{NAME}" width="200" height="60"></a></div>
<div class="header-top-right col-md-10 col-sm-12 position-static"><div class="menu js-top-menu position-static hidden-sm-down" id="_desktop_top_menu"><ul class="top-menu" id="top-menu" data-depth="0">{menu}<li class="link"><a class="dropdown-item" href="/blog">Tin tức</a></li><li class="cms-page"><a class="dropdown-item" href="/content/4-ve-chung-toi">Về chúng tôi</a></li></ul></div>
<div id="search_widget" class="search-widgets" data-search-controller-url="/tim-kiem"><form method="get" action="/tim-kiem"><input type="hidden" name="controller" value="search"><input type="text" name="s" value="" placeholder="{HEADER[5]}" aria-label="Tìm kiếm"></form></div></div></div></div></div>
</header>
<section id="wrapper"><div class="container">
<nav data-depth="{len(bc)}" class="breadcrumb hidden-sm-down"><ol itemscope itemtype="https://schema.org/BreadcrumbList">{bc_html}</ol></nav>
<div class="row">{col}<div id="content-wrapper" class="js-content-wrapper left-column {width}">
{main}
</div></div></div></section>
<footer id="footer" class="js-footer"><div class="container"><div class="row"><div class="block_newsletter col-lg-8 col-md-12 col-sm-12" id="blockEmailSubscription_displayFooterBefore"><p id="block-newsletter-label" class="col-md-5 col-xs-12">{FOOTER[15]}</p><form action="/#blockEmailSubscription_displayFooterBefore" method="post"><input name="email" type="email" value="" placeholder="Địa chỉ email của bạn"><input class="btn btn-primary" name="submitNewsletter" type="submit" value="Đăng ký"><p>{FOOTER[16]}</p></form></div></div></div>
<div class="footer-container"><div class="container"><div class="row"><div class="col-md-6 links"><div class="row"><div class="col-md-6 wrapper"><p class="h3 hidden-sm-down">Sản phẩm</p><ul><li><a href="/giam-gia">Giảm giá</a></li><li><a href="/san-pham-moi">Sản phẩm mới</a></li><li><a href="/ban-chay-nhat">Bán chạy</a></li></ul></div>
<div class="col-md-6 wrapper"><p class="h3 hidden-sm-down">Công ty chúng tôi</p><ul>{fl}</ul></div></div></div>
<div class="col-md-3 links"><p class="h4 text-uppercase block-contact-title hidden-sm-down">{FOOTER[11]}</p><p>{FOOTER[12]}</p><p>{FOOTER[13]}</p><p>{HEADER[1]} <span>{HEADER[2]}</span></p><p>{FOOTER[14]}</p></div></div>
<div class="row"><div class="col-md-12"><p class="text-sm-center"><a href="{{{{base:offsite}}}}/prestashop/" target="_blank" rel="noopener noreferrer nofollow">{FOOTER[17]}</a></p></div></div></div></div></footer>
</main>
<script type="text/javascript" src="/themes/classic/assets/cache/bottom-2c9e1d.js"></script>
</body>
</html>"""

    def item(a: RichArticle) -> str:
        img = next((b.src for b in a.blocks if b.kind == "img"), None)
        th = (f'<div class="articleContent"><a href="{a.path}" class="imageFeaturedLink"><img class="imageFeatured" '
              f'src="/img/cms/tin-tuc/{img}" alt=""></a></div>') if img else ""
        return (f'<div itemscope itemtype="#" class="sdsarticleCat clearfix"><div id="smartblogpost-{a.opts["id"]}">'
                f'<div class="sdsarticleHeader"><p class="sdstitle_block"><a title="{attr(a.title)}" href="{a.path}">'
                f'{esc(a.title)}</a></p><span>Đăng bởi <span itemprop="author">{esc(a.opts["by"])}</span> &nbsp;'
                f'<i class="icon icon-calendar"></i>&nbsp;<span itemprop="dateCreated">{pdate(a.date)}</span></span></div>'
                f'{th}<div class="sdsarticle-des"><span itemprop="description"><div id="lipsum">{esc(a.summary())}</div>'
                f'</span></div><div class="sdsreadMore"><span class="more"><a title="{attr(a.title)}" href="{a.path}" '
                f'class="r_more">Đọc thêm</a></span></div></div></div>')

    for a in posts:
        o = a.opts
        cid, cname = CATS[o["cat"]]
        curl = f"/blog/category/{cid}_{o['cat']}.html"
        tags = "".join(f'<a title="{t}" href="/blog/tag/{t}">{t}</a> ' for t in o["tags"])
        rel = [x for x in posts if x is not a and x.opts["cat"] == o["cat"]][:3]
        relhtml = ('<div id="articleRelated" class="block"><h4 class="title_block">Bài viết liên quan</h4><ul>' + "".join(
            f'<li><a href="{x.path}">{esc(x.title)}</a> <span class="date">{pdate(x.date)}</span></li>' for x in rel) + "</ul></div>") if rel else ""
        comments = (f'<div id="articleComments"><h3>1 bình luận</h3><ul class="commentList"><li class="even"><div '
                    f'class="name">{COMMENT[0]}</div><div class="created"><span>Mar 11, 2025</span></div><p>{COMMENT[1]}</p></li></ul></div>'
                    if o.get("comment") else "")
        form = ('<div id="respond" class="comment-respond"><h4 class="comment-reply-title">Để lại bình luận</h4><form action="" '
                'method="post" id="commentform"><input type="text" name="name"><input type="text" name="mail"><textarea '
                'name="comment"></textarea><input type="submit" name="addComment" value="Gửi bình luận"></form></div>')
        main = (f'<div id="content" class="block"><div itemtype="#" itemscope="" id="sdsblogArticle" class="blog-post">'
                f'<div class="page-item-title"><h1>{esc(a.title)}</h1></div>'
                f'<div class="post-info"><span itemprop="author">Đăng bởi&nbsp;<i class="icon icon-user"></i> {esc(o["by"])}</span>'
                f' &nbsp;<i class="icon icon-calendar"></i>&nbsp;<span itemprop="dateCreated">{pdate(a.date)}</span>&nbsp;&nbsp;'
                f'<span itemprop="articleSection"><i class="icon icon-tags"></i> <a href="{curl}">{esc(cname)}</a></span>'
                f'&nbsp;<span class="comment"><i class="icon icon-comments"></i>&nbsp;<a href="#articleComments">'
                f'{1 if o.get("comment") else 0} bình luận</a></span></div>'
                f'<div itemprop="articleBody"><div class="sdsarticle-des">\n{body_html(a, carousel)}\n</div>'
                f'<div class="sdsarticleBottom"><div class="sdstags-update"><span class="tags"><b>Thẻ:</b> {tags}</span></div></div></div>'
                f'</div>{relhtml}{carousel(o["related"], "Sản phẩm liên quan") if o.get("related") else ""}{comments}{form}</div>')
        head = f'<link rel="canonical" href="{{{{base}}}}{a.path}">'
        site.page(a.path, layout(f"{a.title} - {NAME}", main, page_id="module-smartblog-details",
                                 crumbs=[("/blog", "Tin tức"), (curl, cname), (a.path, a.title)], head=head))
        site.same_page(ugly(a), a.path)
        a.aliases.append(ugly(a))
        if o.get("utm"):
            u = f"{a.path}?utm_source=newsletter&utm_medium=email&utm_campaign=thang3"
            site.same_page(u, a.path)
            a.aliases.append(u)
        if o.get("old"):
            old = f"/smartblog/{o['id']}_{o['slug']}.html"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/img/cms/tin-tuc/{b.src}", image_for(b.src))
        site.add_article(a)
    site.binary(PDF_PATH, pdf("TB 08/TB-TTHT", ["THONG BAO SO 08/TB-TTHT", "Dang ky gian hang Cua hang OCOP Ben Tre"]))

    # the CMS notice
    cms_main = (f'<section id="main"><header class="page-header"><h1 class="h1 page-title">{esc(notice.title)}</h1></header>'
                f'<section id="content" class="page-content page-cms page-cms-9">'
                + "".join(f"<p>{inline_html(b.text)}</p>" for b in notice.blocks) + "</section></section>")
    site.page(notice.path, layout(f"{notice.title} - {NAME}", cms_main, page_id="cms", crumbs=[(notice.path, notice.title)],
                                  head=f'<link rel="canonical" href="{{{{base}}}}{notice.path}">', left=False))
    site.add_article(notice)
    for cid, slug, title, text in [(1, "van-chuyen", "Vận chuyển", "Cửa hàng giao hàng toàn quốc qua Viettel Post và bưu điện."),
                                   (2, "thong-bao-phap-ly", "Thông báo pháp lý", "Nội dung trên website thuộc quyền sở hữu của Trung tâm."),
                                   (3, "dieu-khoan-va-dieu-kien-su-dung", "Điều khoản và điều kiện sử dụng", "Khách hàng đồng ý với các điều khoản khi đặt hàng."),
                                   (4, "ve-chung-toi", "Về chúng tôi", "Cửa hàng OCOP Bến Tre được Trung tâm Tư vấn và Hỗ trợ HTX mở năm 2021, bày bán hơn 300 sản phẩm của 60 HTX trong tỉnh."),
                                   (5, "thanh-toan-an-toan", "Thanh toán an toàn", "Hỗ trợ thanh toán khi nhận hàng và chuyển khoản ngân hàng.")]:
        p = f"/content/{cid}-{slug}"
        site.page(p, layout(f"{title} - {NAME}", f'<section id="main"><header class="page-header"><h1 class="h1 page-title">{title}</h1>'
                            f'</header><section id="content" class="page-content page-cms page-cms-{cid}"><p>{esc(text)}</p></section></section>',
                            page_id="cms", crumbs=[(p, title)], left=False))
        site.non_articles.append(p)

    # blog listings
    def blog_list(path_first: str, pager_base: str, title: str, items: list, crumbs: list, page_id: str) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            url = path_first if n == 1 else f"{pager_base}/page/{n}"
            pager = ""
            if len(chunks) > 1:
                pager = '<div class="post-page"><ul class="pagination">' + "".join(
                    f'<li{" class=current" if k == n else ""}><a class="page-link" href="{path_first if k == 1 else f"{pager_base}/page/{k}"}">{k}</a></li>'
                    for k in range(1, len(chunks) + 1)) + "</ul></div>"
            main = f'<div id="content" class="block"><h1 class="page-heading">{esc(title)}</h1>{"".join(item(a) for a in chunk)}{pager}</div>'
            site.page(url, layout(f"{title} - {NAME}", main, page_id=page_id, crumbs=crumbs), content_type=HTML)
            site.non_articles.append(url)

    blog_list("/blog", "/blog", "Tin tức", posts, [("/blog", "Tin tức")], "module-smartblog-list")
    for c, (cid, cname) in CATS.items():
        blog_list(f"/blog/category/{cid}_{c}.html", f"/blog/category/{cid}_{c}", cname,
                  [a for a in posts if a.opts["cat"] == c], [("/blog", "Tin tức"), ("", cname)], "module-smartblog-category")
    for t in sorted({t for a in posts for t in a.opts["tags"]}):
        blog_list(f"/blog/tag/{t}", f"/blog/tag/{t}", f"Thẻ: {t}", [a for a in posts if t in a.opts["tags"]],
                  [("/blog", "Tin tức"), ("", t)], "module-smartblog-tagpost")
    for y, m in months:
        blog_list(f"/blog/archive/{y}/{m}", f"/blog/archive/{y}/{m}", f"Lưu trữ: {MONTHS[m - 1]} {y}",
                  [a for a in posts if (a.date.year, a.date.month) == (y, m)], [("/blog", "Tin tức"), ("", f"{MONTHS[m - 1]} {y}")],
                  "module-smartblog-archive")
    site.trap("Smart Blog lists: /blog (5 a page, /blog/page/2), /blog/category/<id>_<cat>.html, /blog/tag/<tag>, "
              "/blog/archive/<y>/<m>: sdsarticleCat items with 'Đăng bởi … Mar 10, 2025', a summary and 'Đọc thêm'",
              "/blog/page/2")

    # products and categories
    never = set()
    for pid, (slug, name, price, c) in PRODUCTS.items():
        p = prod_url[pid]
        desc = (f'<div class="product-description"><p>{esc(name)} là sản phẩm OCOP của HTX trên địa bàn tỉnh Bến Tre, '
                'được sản xuất theo quy trình truyền thống, không chất bảo quản.</p><h3>Hướng dẫn bảo quản</h3><ul><li>Bảo '
                'quản nơi khô ráo, thoáng mát</li><li>Tránh ánh nắng trực tiếp</li></ul><p>Sản phẩm đạt chứng nhận OCOP 4 sao '
                'năm 2024.</p></div>')
        main = (f'<section id="main" itemscope itemtype="https://schema.org/Product"><div class="row product-container js-product-container">'
                f'<div class="col-md-6"><img class="js-qv-product-cover img-fluid" src="/{pid}-large_default/{slug}.png" alt=""></div>'
                f'<div class="col-md-6"><h1 class="h1" itemprop="name">{esc(name)}</h1><div class="product-prices js-product-prices">'
                f'<div class="current-price"><span class="current-price-value" content="{price.split()[0].replace(".", "")}">{price}</span>'
                f'</div><div class="tax-shipping-delivery-label">Đã bao gồm thuế</div></div><div class="product-add-to-cart js-product-add-to-cart">'
                f'<form action="/gio-hang" method="post"><input type="number" name="qty" value="1"><button class="btn btn-primary add-to-cart" '
                f'type="submit">Thêm vào giỏ</button></form></div></div></div><div class="tabs"><ul class="nav nav-tabs"><li class="nav-item">'
                f'<a class="nav-link active" href="#description">Mô tả</a></li><li class="nav-item"><a class="nav-link" href="#product-details">'
                f'Chi tiết sản phẩm</a></li></ul><div class="tab-content"><div class="tab-pane active" id="description">{desc}</div>'
                f'<div class="tab-pane" id="product-details"><section class="product-features"><p class="h6">Bảng dữ liệu</p><dl class="data-sheet">'
                f'<dt class="name">Mã sản phẩm</dt><dd class="value">OCOP-BT-{pid:03d}</dd><dt class="name">Xuất xứ</dt><dd class="value">Bến Tre</dd>'
                f'</dl></section></div></div></div></section>')
        site.page(p, layout(f"{name} - {NAME}", main, page_id="product", crumbs=[(f"/{PCATS[c][0]}-{c}", PCATS[c][1]), (p, name)],
                            head=f'<link rel="canonical" href="{{{{base}}}}{p}"><meta property="og:type" content="product">', left=False))
        site.non_articles.append(p)
        site.binary(f"/{pid}-home_default/{slug}.png", image_for(f"h{pid}"))
        site.binary(f"/{pid}-large_default/{slug}.png", image_for(f"l{pid}"))
    for c, (cid, cname) in PCATS.items():
        items = [pid for pid, v in PRODUCTS.items() if v[3] == c]
        sort = "".join(f'<a rel="nofollow" href="/{cid}-{c}?order=product.{k}" class="select-list js-search-link">{t}</a>'
                       for k, t in [("price.asc", "Giá, từ thấp đến cao"), ("name.asc", "Tên, A đến Z")])
        for n in (1, 2):
            chunk = items[:1] if n == 1 else items[1:]
            url = f"/{cid}-{c}" if n == 1 else f"/{cid}-{c}?page=2"
            pager = (f'<nav class="pagination"><ul class="page-list"><li><a rel="prev" href="/{cid}-{c}" class="previous js-search-link">Trước</a></li>'
                     if n == 2 else '<nav class="pagination"><ul class="page-list"><li class="current"><a rel="nofollow" class="disabled js-search-link">1</a></li>'
                     f'<li><a rel="next" href="/{cid}-{c}?page=2" class="next js-search-link">Tiếp</a></li>') + "</ul></nav>"
            main = (f'<section id="main"><div class="block-category card card-block"><h1 class="h1">{esc(cname)}</h1></div>'
                    f'<section id="products"><div class="products-sort-order dropdown">Sắp xếp theo: {sort}</div>'
                    f'{carousel(chunk, "Sản phẩm")}{pager}</section></section>')
            if n == 1:
                site.page(url, layout(f"{cname} - {NAME}", main, page_id="category", crumbs=[(url, cname)]))
            else:
                site.page(url, layout(f"{cname} - {NAME}", main, page_id="category", crumbs=[(f"/{cid}-{c}", cname)]), content_type=HTML)
            site.non_articles.append(url)
        for k in ("price.asc", "name.asc"):
            site.same_page(f"/{cid}-{c}?order=product.{k}", f"/{cid}-{c}")
            site.non_articles.append(f"/{cid}-{c}?order=product.{k}")
    site.page("/2-trang-chu", layout(f"Trang chủ - {NAME}", '<section id="main"><h1 class="h1">Tất cả sản phẩm</h1>'
                                     + carousel(list(PRODUCTS), "Sản phẩm") + "</section>", page_id="category", crumbs=[]))
    site.non_articles.append("/2-trang-chu")
    for p, t in [("/giam-gia", "Giảm giá"), ("/san-pham-moi", "Sản phẩm mới"), ("/ban-chay-nhat", "Bán chạy")]:
        site.page(p, layout(f"{t} - {NAME}", f'<section id="main"><h1 class="h1">{t}</h1>{carousel([12, 30, 31], t)}</section>',
                            page_id="prices-drop", crumbs=[(p, t)]))
        site.non_articles.append(p)
    site.page("/lien-he", layout(f"Liên hệ với chúng tôi - {NAME}", '<section id="main"><section class="contact-form"><form action="/lien-he" '
                                 'method="post"><h3>Liên hệ với chúng tôi</h3><input type="email" name="from"><textarea name="message">'
                                 '</textarea><input class="btn btn-primary" type="submit" name="submitMessage" value="Gửi"></form></section></section>',
                                 page_id="contact", crumbs=[("/lien-he", "Liên hệ với chúng tôi")]))
    site.page("/so-do-trang", layout(f"Sơ đồ trang - {NAME}", '<section id="main"><h1 class="h1">Sơ đồ trang</h1><ul>'
                                     + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in posts)
                                     + "</ul></section>", page_id="sitemap", crumbs=[("/so-do-trang", "Sơ đồ trang")], left=False))
    site.page("/cua-hang", layout(f"Cửa hàng - {NAME}", '<section id="main"><h1 class="h1">Cửa hàng của chúng tôi</h1><article '
                                  'class="store-item card"><p>Điểm bán 1: Số 26 Đồng Văn Cống, TP Bến Tre. Mở cửa 7:00 - 21:00 '
                                  'hằng ngày.</p></article></section>', page_id="stores", crumbs=[("/cua-hang", "Cửa hàng")], left=False))
    site.non_articles += ["/lien-he", "/so-do-trang", "/cua-hang"]
    site.trap("product pages (/<cat>/<id>-<slug>.html: h1, price, 'Thêm vào giỏ', a description with a heading and a list, "
              "the data sheet), category pages (/<id>-<cat>, ?page=2; the nofollow sort links ?order=…, under the robots wildcard rule /*?order=, answer the same listing), the CMS pages /content/<id>-<slug>, "
              "the sitemap, stores and contact pages: no articles", "/keo-dua/12-keo-dua-sau-rieng-hop-400g.html")

    # home
    banner = (f'<div id="carousel" class="carousel"><ul class="carousel-inner"><li class="carousel-item active"><a href="{notice.path}">'
              f'<figure><img src="/modules/ps_imageslider/images/banner-tet.png" alt="Thông báo nghỉ Tết"><figcaption class="caption">'
              f'<h2 class="display-1 text-uppercase">Thông báo nghỉ Tết</h2></figcaption></figure></a></li></ul></div>')
    latest = "".join(f'<div class="sds_blog_post"><a href="{a.path}">{esc(a.title)}</a> <span class="date">{pdate(a.date)}</span></div>'
                     for a in posts[:4])
    home = (f'{banner}<section class="featured-products clearfix"><h2 class="h2 products-section-title text-uppercase">Sản phẩm nổi bật</h2>'
            f'{carousel([12, 21, 30], "Sản phẩm nổi bật")}<a class="all-product-link" href="/2-trang-chu">Tất cả sản phẩm</a></section>'
            f'<div class="block smart-blog-home-post"><h4 class="title_block"><a href="/blog">Tin tức - Hoạt động</a></h4>{latest}</div>')
    site.page("/", layout(NAME, home, page_id="index", crumbs=[], left=False))
    site.non_articles.append("/")
    never.update(["/dang-nhap?back=my-account", "/gio-hang", "/tim-kiem"])
    site.never_fetched += sorted(never)
    for p in site.never_fetched:
        if p == "/tim-kiem":
            continue
        site.page(p, "<!doctype html><html><head><meta charset='utf-8'><title>x</title></head><body></body></html>",
                  content_type=HTML if "?" in p else None)
    site.page("/tim-kiem", "<!doctype html><html><head><meta charset='utf-8'><title>Tìm kiếm</title></head><body></body></html>")
    site.static("/robots.txt", "# robots.txt automatically generated by PrestaShop e-commerce open-source solution\n"
                "User-agent: *\n# Allow Directives\nAllow: */modules/*.css\nAllow: */modules/*.js\nAllow: /js/jquery/*\n"
                "# Private pages\nDisallow: /*?order=\nDisallow: /*&order=\nDisallow: /*?q=\nDisallow: /*controller=search\n"
                "Disallow: /tim-kiem\nDisallow: /gio-hang\nDisallow: /dang-nhap\nDisallow: /*?back=\n"
                "# Directories\nDisallow: */classes/\nDisallow: */config/\nDisallow: */modules/\nDisallow: */override/\n"
                "# Files\nDisallow: /*index.php?controller=\n")
    for f in ("/img/logo-ocop-bentre.png", "/modules/ps_imageslider/images/banner-tet.png"):
        site.binary(f, image_for(f))
    site.binary("/img/favicon.ico", image_for("favicon"))
    return site
