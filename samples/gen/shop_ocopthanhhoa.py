"""Site `shop-ocopthanhhoa` (registry family `generic`): "Cửa hàng OCOP Thanh Hóa", the online shop of the OCOP products
of the Thanh Hóa cooperatives, run by the provincial alliance on **Magento 2.4** (Luma theme, vi_VN) with the
**Magefan Blog** extension, whose posts are the alliance's news. Written as a held-out test: no family module, no
selectors.

Why it is hard: Magento pages all share one skeleton (`h1.page-title > span.base`, the Luma header with the welcome
line, "Đăng nhập", "Tạo tài khoản", the minicart and the store search, the category menu, the footer links and the
newsletter form), so a blog post, a product, a category and a CMS page look alike. A post `/blog/post/<slug>` is
`div.post-view > div.post-holder`: `div.post-info` ("Đăng ngày: 12/03/2026", day only, "Chuyên mục:", "Thẻ:",
"Tác giả:" naming the admin user who posted it: the person only when it is one, and a closing "Bài, ảnh: X" beats it),
`div.post-content` with Page Builder rows (text, image figures with captions, TinyMCE tables), then "Bài viết liên
quan" (dates) and "Sản phẩm liên quan" carousels, the previous/next links and the comments ("Bình luận", "Để lại bình
luận"). Magefan's JSON-LD BlogPosting gives `datePublished` in UTC ("2026-03-12T01:30:00+00:00" is 08:30 in Thanh
Hóa) and a `dateModified` of a later re-index; og:type is article. Aliases: `?amp=1` (rel=amphtml, canonical back),
the home banner's `?utm_…`, the old permalink `/blog/<slug>.html` (301, from before the permalink setting changed).
Lists: `/blog` and `/blog/category/<cat>` paged by `?p=2`, `/blog/tag/<tag>`, `/blog/author/<a>`, `/blog/archive/2026/03`,
`/blog/search?q=`. Product pages (`/<product>.html`: price, "Thêm vào giỏ hàng", a long description, the "Thông tin
thêm" table `#product-attribute-specs-table`, reviews with dates), category pages with layered navigation (`?price=…`,
`?cat=…`, `?product_list_order=…`), the CMS pages (`/gioi-thieu`, `/chinh-sach-doi-tra`: h1 and Page Builder text)
and the contact form are no articles, except one notice the alliance published as a CMS page: it has no date anywhere
(`published: null`). robots.txt (the store's design configuration) disallows `/customer/`, `/checkout/`,
`/catalogsearch/`, `/sales/`, `/wishlist/` and `/review/`: the header's login link carries the page in
`referer/<base64>/`.
"""

from __future__ import annotations

import base64
import json
import zlib
from datetime import UTC, datetime, timedelta, timezone

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "shop-ocopthanhhoa"
NAME = "Cửa hàng OCOP Thanh Hóa"
HTML = "text/html; charset=UTF-8"
TZ = timezone(timedelta(hours=7))
PER = 5
PDF_PATH = "/media/wysiwyg/van-ban/KH-35-KH-LMHTX-2026.pdf"
CATS = {"tin-hoat-dong": "Tin hoạt động", "thong-bao-van-ban": "Thông báo - Văn bản", "guong-htx": "Gương HTX"}
TAGS = {"ocop": "OCOP", "chuyen-doi-so": "Chuyển đổi số", "thuong-mai-dien-tu": "Thương mại điện tử"}
AUTHORS = {"quan-tri-ocop": "Quản trị OCOP", "le-thu-ha": "Lê Thu Hà"}
REINDEX = datetime(2026, 3, 20, 2, 0)
HEADER = ["Chào mừng bạn đến với Cửa hàng OCOP Thanh Hóa!", "Đăng nhập", "hoặc", "Tạo tài khoản", "Giỏ hàng của tôi",
          "Bạn không có sản phẩm nào trong giỏ hàng.", "Chuyển đến nội dung"]
FOOTER = ["Về chúng tôi", "Chính sách đổi trả", "Tìm kiếm nâng cao", "Liên hệ", "Đơn hàng và trả hàng",
          "Đăng ký nhận bản tin", "Nhận thông tin sản phẩm OCOP mới và tin hoạt động của các HTX.", "Nhập địa chỉ email",
          "Cửa hàng OCOP Thanh Hóa – Liên minh Hợp tác xã tỉnh Thanh Hóa",
          "Địa chỉ: Số 35 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa – Hotline: 0237.3852.468",
          "Giấy chứng nhận đăng ký kinh doanh số 2800123987 do Sở Tài chính tỉnh Thanh Hóa cấp",
          "Copyright © 2026 Cửa hàng OCOP Thanh Hóa. Bảo lưu mọi quyền."]
BLOG = ["Tìm kiếm bài viết", "Chuyên mục", "Bài viết mới nhất", "Lưu trữ", "Thẻ", "Bài viết liên quan", "Sản phẩm liên quan",
        "Bài trước", "Bài tiếp", "Để lại bình luận", "Gửi bình luận", "Thêm vào giỏ hàng", "Từ khóa phổ biến"]
PRODUCTS = {  # url key: (name, price, sku, description html, specs, reviews)
    "nem-chua-thanh-hoa-hop-500g": (
        "Nem chua Thanh Hóa hộp 500g", "95.000 ₫", "OCOP-TH-001",
        "<p>Nem chua được làm từ thịt lợn nạc tươi, bì lợn, tỏi, ớt và lá đinh lăng theo công thức truyền thống của HTX "
        "Nem chua Hạc Thành.</p><h3>Hướng dẫn sử dụng</h3><ul><li>Dùng ngay sau 3 ngày kể từ ngày sản xuất</li><li>Bảo "
        "quản ngăn mát tủ lạnh</li></ul><p>Sản phẩm đạt chứng nhận OCOP 4 sao năm 2025.</p>",
        [("Xuất xứ", "HTX Nem chua Hạc Thành"), ("Trọng lượng", "500 g"), ("Chứng nhận", "OCOP 4 sao")],
        [("Ngọc Anh", "Nem ngon, đóng gói cẩn thận", "Nem chua vừa, ăn rất thơm lá đinh lăng.", "10/03/2026")]),
    "mat-ong-rung-thuong-xuan-chai-500ml": (
        "Mật ong rừng Thường Xuân chai 500ml", "250.000 ₫", "OCOP-TH-014",
        "<p>Mật ong hoa rừng do HTX Nuôi ong Thường Xuân khai thác tại vùng đệm Khu bảo tồn thiên nhiên Xuân Liên.</p>"
        "<p>Mật sánh, màu vàng đậm, thơm mùi hoa rừng.</p>",
        [("Xuất xứ", "HTX Nuôi ong Thường Xuân"), ("Dung tích", "500 ml")], []),
    "che-lam-phu-quang-goi-300g": (
        "Chè lam Phủ Quảng gói 300g", "60.000 ₫", "OCOP-TH-022",
        "<p>Chè lam làm từ gạo nếp cái hoa vàng, mật mía, gừng và lạc, sản phẩm của HTX Dịch vụ nông nghiệp Phủ Quảng.</p>",
        [("Xuất xứ", "HTX Dịch vụ nông nghiệp Phủ Quảng"), ("Trọng lượng", "300 g")], []),
    "nuoc-mam-ba-lang-chai-500ml": (
        "Nước mắm Ba Làng chai 500ml", "70.000 ₫", "OCOP-TH-031",
        "<p>Nước mắm cốt làm từ cá cơm và muối biển, ủ chượp 12 tháng trong thùng gỗ tại làng nghề Ba Làng.</p>",
        [("Xuất xứ", "HTX Chế biến hải sản Ba Làng"), ("Dung tích", "500 ml"), ("Độ đạm", "30 N")], []),
}
PCAT = ("dac-san-xu-thanh.html", "Đặc sản xứ Thanh")
NOTICE = "/thong-bao-tuyen-chon-san-pham-ocop-ban-tren-cua-hang"


def articles() -> list[RichArticle]:
    A = RichArticle

    def dated(d: datetime) -> dict:
        return dict(published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])

    return [
        A(path="/blog/post/thanh-hoa-co-them-46-san-pham-ocop-cua-htx",
          title="Thanh Hóa có thêm 46 sản phẩm OCOP của HTX", date=datetime(2026, 3, 12, 8, 30),
          body="""
Ngày 10/3, UBND tỉnh Thanh Hóa công nhận 46 sản phẩm OCOP đợt 1 năm 2026 của 31 HTX, trong đó có 9 sản phẩm đạt 4 sao.
Các sản phẩm mới được công nhận gồm nem chua, chè lam, mật ong rừng, nước mắm và các sản phẩm từ quế, luồng.
Liên minh HTX tỉnh sẽ đưa toàn bộ sản phẩm lên Cửa hàng OCOP Thanh Hóa và hỗ trợ các HTX tham gia hội chợ trong nước.
""",
          author="Lê Thu Hà", **dated(datetime(2026, 3, 12, 8, 30)),
          opts={"cat": "tin-hoat-dong", "tags": ["ocop"], "by": "le-thu-ha", "amp": True, "img": "ocop-dot-1.png",
                "products": ["nem-chua-thanh-hoa-hop-500g", "che-lam-phu-quang-goi-300g"],
                "comments": [("Trần Văn Nam", "13/03/2026", "Mong cửa hàng sớm có nem chua Hạc Thành."),
                             ("Hà My", "13/03/2026", "Sản phẩm xứ Thanh ngày càng đẹp.")]},
          aliases=["/blog/post/thanh-hoa-co-them-46-san-pham-ocop-cua-htx?amp=1",
                   "/blog/post/thanh-hoa-co-them-46-san-pham-ocop-cua-htx?utm_source=homepage&utm_medium=banner"],
          notes=["post: div.post-info 'Đăng ngày: 12/03/2026' (day only), 'Tác giả: Lê Thu Hà' (the admin user, a person: "
                 "author, not text); JSON-LD BlogPosting datePublished '2026-03-12T01:30:00+00:00' (UTC: 08:30 local), "
                 "dateModified 2026-03-20 (a re-index); ?amp=1 (rel=amphtml) and the home banner's ?utm_… are aliases; "
                 "two comments under it"]),
        A(path="/blog/post/thong-bao-so-12-tb-lmhtx-ve-hoi-cho-ocop-xu-thanh-2026",
          title="Thông báo số 12/TB-LMHTX về việc tham gia Hội chợ OCOP xứ Thanh năm 2026",
          date=datetime(2026, 3, 5, 15, 0),
          body="""
LIÊN MINH HTX TỈNH THANH HÓA
Số: 12/TB-LMHTX
Thanh Hóa, ngày 04 tháng 3 năm 2026
THÔNG BÁO
Về việc tham gia Hội chợ OCOP xứ Thanh năm 2026
Liên minh HTX tỉnh tổ chức Hội chợ OCOP xứ Thanh năm 2026 tại Quảng trường Lam Sơn từ ngày 24/4 đến ngày 28/4/2026.
Các HTX có sản phẩm OCOP đăng ký gian hàng với Liên minh HTX tỉnh trước ngày 31/3/2026. Gian hàng tiêu chuẩn được hỗ trợ 100% chi phí.
CHỦ TỊCH
Lê Văn Tú
""",
          author=None, doc_number="12/TB-LMHTX", **dated(datetime(2026, 3, 5, 15, 0)),
          opts={"cat": "thong-bao-van-ban", "tags": ["ocop"], "by": "quan-tri-ocop", "doc": True},
          notes=["notice 'Số: 12/TB-LMHTX', place-date line 'Thanh Hóa, ngày 04 tháng 3 năm 2026', posted 05/03/2026 "
                 "15:00 by the account 'Quản trị OCOP' (no author); the signer is text"]),
        A(path="/blog/post/htx-que-thuong-xuan-vao-vu-boc-vo-que",
          title="Ảnh: HTX Quế Thường Xuân vào vụ bóc vỏ quế", date=datetime(2026, 2, 26, 10, 15),
          body="""
Tháng 2, thành viên HTX Sản xuất và kinh doanh quế Thường Xuân bắt đầu vụ khai thác, bóc vỏ quế đầu năm.
[img que-1.png] Thành viên HTX bóc vỏ quế tại đồi quế 15 năm tuổi
[img que-2.png] Vỏ quế được phơi trên giàn tre trước khi sấy
[img que-3.png] Sản phẩm quế thanh của HTX đạt OCOP 3 sao
""",
          byline="Bài, ảnh: Thanh Hương", author="Thanh Hương", **dated(datetime(2026, 2, 26, 10, 15)),
          opts={"cat": "guong-htx", "tags": ["ocop"], "by": "quan-tri-ocop", "img": "que-0.png",
                "products": ["mat-ong-rung-thuong-xuan-chai-500ml"]},
          notes=["photo story: Page Builder image figures with captions (text); 'Bài, ảnh: Thanh Hương' closes it: author "
                 "Thanh Hương, not the account 'Tác giả: Quản trị OCOP' (JSON-LD author too)"]),
        A(path="/blog/post/giam-doc-htx-nem-chua-hac-thanh-giu-nghe-bang-chat-luong",
          title="Giám đốc HTX Nem chua Hạc Thành: Giữ nghề bằng chất lượng", date=datetime(2026, 2, 12, 9, 0),
          body="""
**Hỏi: Thưa bà, HTX giữ chất lượng nem chua như thế nào khi sản lượng tăng?**
Bà Lê Thị Hoa: HTX chỉ dùng thịt lợn từ trang trại liên kết có truy xuất nguồn gốc, mỗi mẻ nem đều được ghi nhật ký và lưu mẫu.
**Hỏi: Bán hàng trên Cửa hàng OCOP mang lại gì cho HTX?**
Bà Lê Thị Hoa: Đơn hàng trực tuyến chiếm 30% doanh thu năm 2025, khách ở Hà Nội và TP. Hồ Chí Minh đặt hàng thường xuyên.
**Hỏi: Xin cảm ơn bà!**
""",
          author="Lê Thu Hà", **dated(datetime(2026, 2, 12, 9, 0)),
          opts={"cat": "guong-htx", "tags": ["thuong-mai-dien-tu"], "by": "le-thu-ha",
                "products": ["nem-chua-thanh-hoa-hop-500g"]},
          notes=["interview: bold 'Hỏi: …' questions and 'Bà Lê Thị Hoa: …' answers; author from 'Tác giả: Lê Thu Hà'"]),
        A(path="/blog/post/ke-hoach-ho-tro-htx-ban-hang-truc-tuyen-nam-2026",
          title="Kế hoạch hỗ trợ HTX bán hàng trực tuyến năm 2026", date=datetime(2026, 1, 20, 14, 0),
          body="""
Liên minh HTX tỉnh ban hành Kế hoạch số 35/KH-LMHTX hỗ trợ HTX bán hàng trực tuyến năm 2026.
Năm 2026, 80 HTX được hỗ trợ chụp ảnh sản phẩm, viết mô tả và đăng bán trên Cửa hàng OCOP Thanh Hóa; 30 HTX được hỗ trợ mở gian hàng trên sàn thương mại điện tử.
Toàn văn Kế hoạch: [[Kế hoạch số 35/KH-LMHTX (PDF)|/media/wysiwyg/van-ban/KH-35-KH-LMHTX-2026.pdf]]
""",
          author=None, **dated(datetime(2026, 1, 20, 14, 0)),
          attachments=[{"path": PDF_PATH, "text": "Kế hoạch số 35/KH-LMHTX (PDF)"}],
          opts={"cat": "thong-bao-van-ban", "tags": ["chuyen-doi-so", "thuong-mai-dien-tu"], "by": "quan-tri-ocop"},
          notes=["news about a plan; the plan's PDF linked in the last paragraph 'Toàn văn Kế hoạch: Kế hoạch số "
                 "35/KH-LMHTX (PDF)' (/media/wysiwyg/…): an attachment; doc_number null (the page is not the document)"]),
        A(path="/blog/post/ket-qua-tieu-thu-san-pham-ocop-qua-cua-hang-nam-2025",
          title="Kết quả tiêu thụ sản phẩm OCOP qua Cửa hàng năm 2025", date=datetime(2026, 1, 9, 16, 45),
          body="""
Năm 2025, Cửa hàng OCOP Thanh Hóa bán được hơn 21.000 đơn hàng của 64 HTX. Nhóm sản phẩm bán chạy nhất như sau:
| Nhóm sản phẩm | Số HTX | Số đơn hàng | Doanh thu (triệu đồng) |
| Thực phẩm chế biến | 28 | 9.840 | 2.150 |
| Đồ uống, mật ong | 12 | 4.310 | 1.420 |
| Gia vị, dược liệu | 15 | 4.020 | 980 |
| Thủ công mỹ nghệ | 9 | 2.870 | 1.160 |
Doanh thu năm 2025 tăng 38% so với năm 2024.
""",
          author=None, **dated(datetime(2026, 1, 9, 16, 45)),
          opts={"cat": "tin-hoat-dong", "tags": ["thuong-mai-dien-tu"], "by": "quan-tri-ocop"},
          notes=["a TinyMCE table in a Page Builder text element: one line per row; the account: author null"]),
        A(path="/blog/post/lich-tap-huan-ban-hang-truc-tuyen-quy-i-2026",
          title="Lịch tập huấn bán hàng trực tuyến cho HTX quý I/2026", date=datetime(2025, 12, 22, 8, 0),
          body="""
Liên minh HTX tỉnh thông báo lịch tập huấn bán hàng trực tuyến cho cán bộ HTX quý I/2026:
* Tháng 1: Chụp ảnh và viết mô tả sản phẩm
* Tháng 2: Quản lý đơn hàng trên Cửa hàng OCOP Thanh Hóa
* Tháng 3: Livestream bán hàng trên mạng xã hội
Các HTX đăng ký học viên trước ngày 05/01/2026.
""",
          author=None, **dated(datetime(2025, 12, 22, 8, 0)),
          opts={"cat": "thong-bao-van-ban", "tags": ["chuyen-doi-so"], "by": "quan-tri-ocop"},
          notes=["a list (one line per item); the account: author null"]),
        A(path="/blog/post/htx-nuoc-mam-ba-lang-xuat-lo-hang-sang-nhat-ban",
          title="HTX Nước mắm Ba Làng xuất lô hàng đầu tiên sang Nhật Bản", date=datetime(2025, 9, 18, 11, 20),
          body="""
HTX Chế biến hải sản Ba Làng (phường Nghi Sơn) vừa xuất khẩu 12.000 chai nước mắm cốt sang Nhật Bản.
Sản phẩm đạt chứng nhận OCOP 4 sao, được đối tác Nhật Bản kiểm định chất lượng trong 6 tháng trước khi ký hợp đồng.
Nguồn: Báo Thanh Hóa
""",
          author=None, **dated(datetime(2025, 9, 18, 11, 20)),
          aliases=["/blog/htx-nuoc-mam-ba-lang-xuat-lo-hang-sang-nhat-ban.html"],
          opts={"cat": "guong-htx", "tags": ["ocop"], "by": "quan-tri-ocop", "products": ["nuoc-mam-ba-lang-chai-500ml"]},
          notes=["old permalink /blog/<slug>.html (from before the permalink setting changed) answers 301: an alias; "
                 "'Nguồn: Báo Thanh Hóa' closes it: author null"]),
        A(path=NOTICE, title="Thông báo tuyển chọn sản phẩm OCOP bày bán trên Cửa hàng OCOP Thanh Hóa",
          date=datetime(2026, 3, 1),
          body="""
Liên minh HTX tỉnh Thanh Hóa thông báo tuyển chọn sản phẩm OCOP của các HTX để bày bán trên Cửa hàng OCOP Thanh Hóa.
Sản phẩm đăng ký phải đạt chứng nhận OCOP từ 3 sao trở lên, có tem truy xuất nguồn gốc và hồ sơ công bố chất lượng.
HTX gửi hồ sơ về Phòng Hỗ trợ HTX, Liên minh HTX tỉnh. Cửa hàng miễn phí đăng bán trong 12 tháng đầu.
""",
          author=None, published=None, published_source=None, evidence=[],
          opts={"cms": True},
          notes=["a notice the alliance published as a Magento CMS page (h1.page-title, Page Builder text, no post-info, "
                 "no JSON-LD), linked from the home banner: no date on the page, its URL or a listing: published null"]),
    ]


# -- markup ----------------------------------------------------------------------------------------------------------

def enc(path: str) -> str:
    return base64.b64encode(("{{base}}" + path).encode()).decode().translate(str.maketrans("+/=", "-_,"))


def pb_text(html: str) -> str:
    return (f'<div data-content-type="row" data-appearance="contained" data-element="main"><div data-enable-parallax="0" '
            f'data-parallax-speed="0.5" data-background-images="{{}}" data-element="inner" style="justify-content: flex-start; '
            f'display: flex; flex-direction: column;"><div data-content-type="text" data-appearance="default" '
            f'data-element="main">{html}</div></div></div>')


def img_path(name: str) -> str:
    return f"/media/magefan_blog/2026/{name}"


def content_html(a: RichArticle) -> str:
    out, run = [], []

    def flush() -> None:
        if run:
            out.append(pb_text("".join(run)))
            run.clear()

    for b in a.blocks:
        if b.kind == "p":
            text = inline_html(b.text)
            if a.opts.get("doc") and (b.text.isupper() or b.text.startswith(("Số:", "Thanh Hóa,", "Về việc"))):
                run.append(f'<p style="text-align: center;"><strong>{text}</strong></p>')
            else:
                run.append(f"<p>{text}</p>")
        elif b.kind == "ul":
            run.append("<ul>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif b.kind == "table":
            head, *rows = b.rows
            run.append('<table style="border-collapse: collapse; width: 100%;" border="1"><tbody><tr>'
                       + "\n".join(f"<td><strong>{esc(x)}</strong></td>" for x in head) + "</tr>\n"
                       + "\n".join("<tr>" + "\n".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            flush()
            out.append(f'<figure data-content-type="image" data-appearance="full-width" data-element="main" '
                       f'style="margin: 0px; padding: 0px;"><img class="pagebuilder-mobile-hidden" src="'
                       f'{img_path(b.src)}" alt="" title="" data-element="desktop_image"><figcaption '
                       f'data-element="caption">{esc(b.text)}</figcaption></figure>')
    if a.byline:
        run.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    return "".join(out)


def product_card(key: str) -> str:
    name, price, *_ = PRODUCTS[key]
    return (f'<li class="item product product-item"><div class="product-item-info"><a href="/{key}.html" class="product '
            f'photo product-item-photo"><img class="product-image-photo" src="/media/catalog/product/cache/{key}.png" '
            f'alt="{attr(name)}"></a><div class="product details product-item-details"><strong class="product name '
            f'product-item-name"><a class="product-item-link" href="/{key}.html">{esc(name)}</a></strong><div '
            f'class="price-box price-final_price"><span class="price">{price}</span></div><div class="product-item-actions">'
            f'<button class="action tocart primary" type="button" title="{BLOG[11]}"><span>{BLOG[11]}</span></button></div>'
            f'</div></div></li>')


def layout(path: str, title: str, main: str, *, body_class: str, head: str = "", crumbs: list | None = None,
           sidebar: str = "", logins: set | None = None) -> str:
    login = f"/customer/account/login/referer/{enc(path)}/"
    if logins is not None:
        logins.add(login)
    menu = "".join(f'<li class="level0 nav-{k} level-top"><a href="{h}" class="level-top"><span>{t}</span></a></li>'
                   for k, (h, t) in enumerate([(f"/{PCAT[0]}", PCAT[1]), ("/blog", "Tin tức"),
                                              ("/blog/category/thong-bao-van-ban", "Thông báo - Văn bản"),
                                              ("/gioi-thieu", "Giới thiệu")], 1))
    crumb = ""
    if crumbs:
        crumb = ('<div class="breadcrumbs"><ul class="items">' + "".join(
            f'<li class="item"><a href="{h}" title="{attr(t)}">{esc(t)}</a></li>' if h else
            f'<li class="item"><strong>{esc(t)}</strong></li>' for h, t in crumbs) + "</ul></div>")
    cols = (f'<div class="columns"><div class="column main">{main}</div><div class="sidebar sidebar-additional">{sidebar}'
            f'</div></div>' if sidebar else f'<div class="columns"><div class="column main">{main}</div></div>')
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8"/>
<meta name="title" content="{attr(title)}"/>
<meta name="robots" content="INDEX,FOLLOW"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta name="format-detection" content="telephone=no"/>
<title>{esc(title)} | {esc(NAME)}</title>
<link rel="stylesheet" type="text/css" media="all" href="/static/version1741234567/frontend/Magento/luma/vi_VN/css/styles-m.css"/>
<link rel="stylesheet" type="text/css" media="all" href="/static/version1741234567/frontend/Magento/luma/vi_VN/Magefan_Blog/css/blog-m.css"/>
<script type="text/javascript" src="/static/version1741234567/frontend/Magento/luma/vi_VN/requirejs/require.js"></script>{head}
</head>
<body data-container="body" id="html-body" class="{body_class} page-layout-2columns-right">
<div class="page-wrapper"><header class="page-header"><div class="panel wrapper"><div class="panel header">
<a class="action skip contentarea" href="#contentarea"><span>{HEADER[6]}</span></a>
<ul class="header links"><li class="greet welcome" data-bind="scope: 'customer'"><span class="not-logged-in">{esc(HEADER[0])}</span></li>
<li class="authorization-link" data-label="{HEADER[2]}"><a href="{login}">{HEADER[1]}</a></li>
<li><a href="/customer/account/create/" id="idcreate">{HEADER[3]}</a></li></ul></div></div>
<div class="header content"><span data-action="toggle-nav" class="action nav-toggle"><span>Chuyển đổi điều hướng</span></span>
<a class="logo" href="/" title="{attr(NAME)}" aria-label="store logo"><img src="/static/version1741234567/frontend/Magento/luma/vi_VN/images/logo.png" title="{attr(NAME)}" alt="{attr(NAME)}" width="170"/></a>
<div data-block="minicart" class="minicart-wrapper"><a class="action showcart" href="/checkout/cart/" data-bind="scope: 'minicart_content'"><span class="text">{HEADER[4]}</span><span class="counter qty empty"><span class="counter-number">0</span></span></a>
<div class="block block-minicart" data-role="dropdownDialog"><div id="minicart-content-wrapper"><strong class="subtitle empty">{HEADER[5]}</strong></div></div></div>
<div class="block block-search"><div class="block block-title"><strong>Tìm kiếm</strong></div><div class="block block-content"><form class="form minisearch" id="search_mini_form" action="/catalogsearch/result/" method="get"><div class="field search"><label class="label" for="search" data-role="minisearch-label"><span>Tìm kiếm</span></label><div class="control"><input id="search" type="text" name="q" value="" placeholder="Tìm kiếm toàn bộ cửa hàng tại đây..." class="input-text" maxlength="128"/></div></div><div class="actions"><button type="submit" title="Tìm kiếm" class="action search"><span>Tìm kiếm</span></button></div></form></div></div>
</div></header>
<div class="sections nav-sections"><div class="section-items nav-sections-items"><div class="section-item-content nav-sections-item-content" id="store.menu"><nav class="navigation" data-action="navigation"><ul data-mage-init='{{"menu":{{"responsive":true}}}}'>{menu}</ul></nav></div></div></div>
{crumb}
<main id="maincontent" class="page-main"><a id="contentarea" tabindex="-1"></a>
{cols}
</main>
<footer class="page-footer"><div class="footer content">
<div class="block newsletter"><div class="title"><strong>{FOOTER[5]}</strong></div><div class="content"><p>{esc(FOOTER[6])}</p><form class="form subscribe" novalidate action="/newsletter/subscriber/new/" method="post" id="newsletter-validate-detail"><div class="field newsletter"><div class="control"><label for="newsletter"><span class="label">Đăng ký nhận bản tin:</span><input name="email" type="email" id="newsletter" placeholder="{FOOTER[7]}"/></label></div></div><div class="actions"><button class="action subscribe primary" title="Đăng ký" type="submit"><span>Đăng ký</span></button></div></form></div></div>
<ul class="footer links"><li class="nav item"><a href="/gioi-thieu">{FOOTER[0]}</a></li><li class="nav item"><a href="/chinh-sach-doi-tra">{FOOTER[1]}</a></li><li class="nav item"><a href="/catalogsearch/advanced/" data-action="advanced-search">{FOOTER[2]}</a></li><li class="nav item"><a href="/contact/">{FOOTER[3]}</a></li><li class="nav item"><a href="/sales/guest/form/">{FOOTER[4]}</a></li></ul>
<address class="store-info">{esc(FOOTER[8])}<br>{esc(FOOTER[9])}<br>{esc(FOOTER[10])}</address>
</div></footer>
<small class="copyright"><span>{esc(FOOTER[11])}</span></small>
</div>
</body>
</html>
"""


def sidebar(arts: list[RichArticle], months: list[tuple[int, int]]) -> str:
    cats = "".join(f'<li><a href="/blog/category/{k}">{esc(v)}</a> ({sum(1 for a in arts if a.opts.get("cat") == k)})</li>'
                   for k, v in CATS.items())
    recent = "".join(f'<div class="item"><a class="post-item-link" href="{a.path}">{esc(a.title)}</a></div>'
                     for a in arts[:4])
    arch = "".join(f'<a class="archive-item-link" href="/blog/archive/{y}/{m:02d}">Tháng {m} {y}</a><br>' for y, m in months)
    tags = "".join(f'<li><a href="/blog/tag/{k}" class="tagclaud-hld">{esc(v)}</a></li>' for k, v in TAGS.items())
    return (f'<div class="widget block block-blog-search"><div class="block-title"><strong>{BLOG[0]}</strong></div><div class='
            f'"block-content"><form class="form" id="blog_search_mini_form" action="/blog/search" method="get"><input '
            f'type="text" name="q" class="input-text" placeholder="Tìm kiếm bài viết..."/></form><p>{BLOG[12]}: <a href='
            f'"/blog/search?q=ocop">OCOP</a></p></div></div>'
            f'<div class="widget block block-categories"><div class="block-title"><strong>{BLOG[1]}</strong></div><ol '
            f'class="accordion">{cats}</ol></div>'
            f'<div class="widget block block-recent-posts"><div class="block-title"><strong>{BLOG[2]}</strong></div><div '
            f'class="block-content">{recent}</div></div>'
            f'<div class="widget block block-archive"><div class="block-title"><strong>{BLOG[3]}</strong></div><div '
            f'class="block-content">{arch}</div></div>'
            f'<div class="widget block block-tagclaud"><div class="block-title"><strong>{BLOG[4]}</strong></div><div '
            f'class="tagclaud-hld"><ul>{tags}</ul></div></div>')


def post_item(a: RichArticle) -> str:
    return (f'<li class="post-holder post-holder-{zlib.crc32(a.path.encode()) % 900 + 100}"><div class="post-header"><div class="post-title-holder '
            f'clearfix"><div class="post-title"><a class="post-item-link" href="{a.path}">{esc(a.title)}</a></div></div>'
            f'<div class="post-info clear"><div class="item post-posed-date"><span class="label">Đăng ngày:</span><span '
            f'class="value">{a.date:%d/%m/%Y}</span></div><div class="item post-categories"><span class="label">Chuyên mục:'
            f'</span><a title="{attr(CATS[a.opts["cat"]])}" href="/blog/category/{a.opts["cat"]}">{esc(CATS[a.opts["cat"]])}'
            f'</a></div></div></div><div class="post-content"><div class="post-description clearfix"><div class="post-text-hld '
            f'clearfix">{esc(a.summary())}</div><a class="post-read-more" href="{a.path}" title="{attr(a.title)}">Đọc tiếp '
            f'»</a></div></div></li>')


def post_list(items: list[RichArticle]) -> str:
    return f'<div class="post-list-wrapper"><ol class="post-list">{"".join(post_item(a) for a in items)}</ol></div>'


# -- build -------------------------------------------------------------------------------------------------------------

def build() -> SiteBuild:
    site = SiteBuild(SITE, "thanh-hoa", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    allarts = articles()
    arts = sorted([a for a in allarts if not a.opts.get("cms")], key=lambda a: a.date, reverse=True)
    notice = next(a for a in allarts if a.opts.get("cms"))
    site.extra_boilerplate += [*(x for x in HEADER + FOOTER if x not in ("hoặc", "Nhập địa chỉ email")), *BLOG, "Đăng ngày:", "Chuyên mục:", "Tác giả:", "Bình luận",
                               "Trần Văn Nam", "Mong cửa hàng sớm có nem chua Hạc Thành."]
    logins: set[str] = set()
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)
    side = sidebar(arts, months)

    def page(path: str, title: str, main: str, *, body_class: str, head: str = "", crumbs: list | None = None,
             with_side: bool = True) -> None:
        site.page(path, layout(path, title, main, body_class=body_class, head=head, crumbs=crumbs,
                               sidebar=side if with_side else "", logins=logins), content_type=HTML)

    for i, a in enumerate(arts):
        o = a.opts
        pid = 100 + len(arts) - i
        info = (f'<div class="post-info"><div class="item post-posed-date"><span class="label">Đăng ngày:</span><span '
                f'class="value">{a.date:%d/%m/%Y}</span></div><div class="item post-categories"><span class="label">Chuyên '
                f'mục:</span><a title="{attr(CATS[o["cat"]])}" href="/blog/category/{o["cat"]}">{esc(CATS[o["cat"]])}</a>'
                f'</div><div class="item post-tags"><span class="label">Thẻ:</span>'
                + ", ".join(f'<a title="{attr(TAGS[t])}" href="/blog/tag/{t}">{esc(TAGS[t])}</a>' for t in o["tags"])
                + f'</div><div class="item post-author"><span class="label">Tác giả:</span><span class="value"><a title="'
                f'{attr(AUTHORS[o["by"]])}" href="/blog/author/{o["by"]}">{esc(AUTHORS[o["by"]])}</a></span></div></div>')
        ft = (f'<div class="post-ftimg-hld"><img src="{img_path(o["img"])}" alt="{attr(a.title)}"/></div>'
              if o.get("img") else "")
        related = [x for x in arts if x is not a and x.opts["cat"] == o["cat"]][:3]
        rel = (f'<div class="block post-relatedposts"><div class="block-title title"><strong>{BLOG[5]}</strong></div><div '
               f'class="block-content"><ol class="post-list">' + "".join(
                   f'<li class="post-item"><a class="post-item-link" href="{x.path}">{esc(x.title)}</a> <span '
                   f'class="post-posed-date">{x.date:%d/%m/%Y}</span></li>' for x in related) + "</ol></div></div>"
               if related else "")
        prods = (f'<div class="block related-products-block"><div class="block-title title"><strong>{BLOG[6]}</strong></div>'
                 f'<div class="block-content"><ol class="products list items product-items">'
                 + "".join(product_card(k) for k in o["products"]) + "</ol></div></div>" if o.get("products") else "")
        prev_a = arts[i + 1] if i + 1 < len(arts) else None
        next_a = arts[i - 1] if i > 0 else None
        nav = ('<div class="post-nextprev-hld clearfix">'
               + (f'<a class="nextprev-link prev-link" href="{prev_a.path}" title="{attr(prev_a.title)}">← {BLOG[7]}</a>'
                  if prev_a else "")
               + (f'<a class="nextprev-link next-link" href="{next_a.path}" title="{attr(next_a.title)}">{BLOG[8]} →</a>'
                  if next_a else "") + "</div>")
        comments = "".join(f'<div class="c-comment"><div class="c-post"><div class="p-name">{esc(n)}</div><div class="p-text">'
                           f'{esc(t)}</div><div class="p-actions"><span class="publish-date">{d}</span></div></div></div>'
                           for n, d, t in o.get("comments", []))
        cblock = (f'<div class="block comments"><div class="c-count"><strong>Bình luận ({len(o.get("comments", []))})'
                  f'</strong></div>{comments}<form class="c-post-form" action="javascript:void(0)"><strong>{BLOG[9]}'
                  f'</strong><textarea name="text"></textarea><button type="button" class="action primary">{BLOG[10]}'
                  f'</button></form></div>')
        main = (f'<div class="page-title-wrapper"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper">'
                f'{esc(a.title)}</span></h1></div><div class="post-view"><div class="post-holder post-holder-{pid}">'
                f'<div class="post-header clearfix"><div class="addthis_toolbox addthis_default_style"><a class="'
                f'addthis_button_facebook"></a><a class="addthis_button_twitter"></a></div>{info}</div>'
                f'<div class="post-content"><div class="post-description clearfix">{ft}<div class="post-text-hld clearfix">'
                f'{content_html(a)}</div></div></div><div class="post-bottom">{rel}{prods}{nav}{cblock}</div></div></div>')
        ld = {"@context": "http://schema.org", "@type": "BlogPosting", "@id": "{{base}}" + a.path,
              "author": {"@type": "Person", "name": AUTHORS[o["by"]]}, "headline": a.title,
              "description": a.summary(), "datePublished": f"{a.date.replace(tzinfo=TZ).astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00",
              "dateModified": f"{REINDEX:%Y-%m-%dT%H:%M:%S}+00:00",
              "publisher": {"@type": "Organization", "name": NAME}, "mainEntityOfPage": "{{base}}" + a.path}
        head = (f'\n<link rel="canonical" href="{{{{base}}}}{a.path}"/>\n<meta property="og:title" content="{attr(a.title)}"/>'
                f'\n<meta property="og:description" content="{attr(a.summary())}"/>\n<meta property="og:type" content="article"/>'
                f'\n<meta property="og:url" content="{{{{base}}}}{a.path}"/>'
                + (f'\n<link rel="amphtml" href="{a.path}?amp=1"/>' if o.get("amp") else "")
                + f'\n<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>')
        page(a.path, a.title, main, body_class="blog-page blog-post-view", head=head,
             crumbs=[("/", "Trang chủ"), ("/blog", "Tin tức"), ("/blog/category/" + o["cat"], CATS[o["cat"]]),
                     (None, a.title)])
        if o.get("amp"):
            site.page(f"{a.path}?amp=1", f'<!doctype html>\n<html amp lang="vi">\n<head>\n<meta charset="utf-8">\n<title>'
                      f'{esc(a.title)}</title>\n<link rel="canonical" href="{{{{base}}}}{a.path}">\n<meta name="viewport" '
                      f'content="width=device-width,minimum-scale=1,initial-scale=1">\n</head>\n<body>\n<header class="amp-header">'
                      f'<a href="/">{esc(NAME)}</a></header>\n<article class="post-view"><h1>{esc(a.title)}</h1><div class="post-'
                      f'info">Đăng ngày: {a.date:%d/%m/%Y}</div><div class="post-content">{content_html(a)}</div></article>\n'
                      f'</body>\n</html>\n', content_type=HTML)
        for al in a.aliases:
            if al.endswith(".html"):
                site.redirect(al, a.path)
            elif "utm_" in al:
                site.same_page(al, a.path)
        site.add_article(a)
    for a in arts:
        for b in a.blocks:
            if b.kind == "img":
                site.binary(img_path(b.src), image_for(b.src))
    site.binary(PDF_PATH, pdf("Kế hoạch số 35/KH-LMHTX", ["KE HOACH HO TRO HTX BAN HANG TRUC TUYEN NAM 2026",
                                                         "So: 35/KH-LMHTX"]))

    # the CMS page notice (an article without a date)
    cms_main = (f'<div class="page-title-wrapper"><h1 class="page-title"><span class="base" data-ui-id="page-title-wrapper">'
                f'{esc(notice.title)}</span></h1></div><div data-content-type="row" data-appearance="contained" '
                f'data-element="main">' + "".join(f'<div data-content-type="text" data-appearance="default" data-element="main">'
                                                   f'<p>{inline_html(b.text)}</p></div>' for b in notice.blocks) + "</div>")
    page(NOTICE, notice.title, cms_main, body_class="cms-page-view cms-thong-bao-tuyen-chon", with_side=False,
         head=f'\n<link rel="canonical" href="{{{{base}}}}{NOTICE}"/>', crumbs=[("/", "Trang chủ"), (None, notice.title)])
    site.add_article(notice)
    for p, t, body in [("/gioi-thieu", "Giới thiệu Cửa hàng OCOP Thanh Hóa",
                        "<p>Cửa hàng OCOP Thanh Hóa do Liên minh HTX tỉnh Thanh Hóa xây dựng năm 2022, giới thiệu và bán "
                        "sản phẩm OCOP của các HTX trong tỉnh.</p><h2>Cam kết của chúng tôi</h2><ul><li>Sản phẩm có nguồn "
                        "gốc rõ ràng</li><li>Giao hàng toàn quốc trong 2 - 5 ngày</li></ul>"),
                       ("/chinh-sach-doi-tra", "Chính sách đổi trả", "<p>Sản phẩm lỗi được đổi trong 7 ngày kể từ ngày nhận "
                                                                    "hàng.</p>")]:
        page(p, t, f'<div class="page-title-wrapper"><h1 class="page-title"><span class="base">{esc(t)}</span></h1></div>'
                   + pb_text(body), body_class="cms-page-view", with_side=False, crumbs=[("/", "Trang chủ"), (None, t)])
        site.non_articles.append(p)
    site.trap("CMS pages /gioi-thieu (h1.page-title, Page Builder text with a heading and a list, no date) and "
              "/chinh-sach-doi-tra: the same markup as the dateless notice, but no news", "/gioi-thieu")
    page("/contact/", "Liên hệ", '<div class="page-title-wrapper"><h1 class="page-title"><span class="base">Liên hệ</span>'
         '</h1></div><form class="form contact" action="/contact/index/post/" method="post"><input name="name"/><textarea '
         'name="comment"></textarea></form>', body_class="contact-index-index", with_side=False)
    site.non_articles.append("/contact/")

    # blog lists
    def listing(base: str, heading: str, items: list[RichArticle], body_class: str) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            url = base if n == 1 else f"{base}?p={n}"
            pager = ""
            if len(chunks) > 1:
                pager = ('<div class="toolbar toolbar-blog-posts"><div class="pages"><strong class="label pages-label">Trang'
                         '</strong><ul class="items pages-items">' + "".join(
                             f'<li class="item current"><strong class="page"><span>{k}</span></strong></li>' if k == n else
                             f'<li class="item"><a href="{base if k == 1 else f"{base}?p={k}"}" class="page"><span>{k}</span>'
                             f'</a></li>' for k in range(1, len(chunks) + 1))
                         + (f'<li class="item pages-item-next"><a class="action next" href="{base}?p={n + 1}" title="Tiếp">'
                            f'<span>Tiếp</span></a></li>' if n < len(chunks) else "") + "</ul></div></div>")
            main = (f'<div class="page-title-wrapper"><h1 class="page-title"><span class="base">{esc(heading)}</span></h1>'
                    f'</div>{post_list(chunk)}{pager}')
            page(url, heading, main, body_class=body_class,
                 head=f'\n<link rel="canonical" href="{{{{base}}}}{url}"/>',
                 crumbs=[("/", "Trang chủ"), ("/blog", "Tin tức"), (None, heading)] if base != "/blog" else
                 [("/", "Trang chủ"), (None, "Tin tức")])
            site.non_articles.append(url)

    listing("/blog", "Tin tức", arts, "blog-page blog-index-index")
    for k, v in CATS.items():
        listing(f"/blog/category/{k}", v, [a for a in arts if a.opts["cat"] == k], "blog-page blog-category-view")
    for k, v in TAGS.items():
        listing(f"/blog/tag/{k}", f"Thẻ: {v}", [a for a in arts if k in a.opts["tags"]], "blog-page blog-tag-view")
    for k, v in AUTHORS.items():
        listing(f"/blog/author/{k}", f"Tác giả: {v}", [a for a in arts if a.opts["by"] == k], "blog-page blog-author-view")
    for y, m in months:
        listing(f"/blog/archive/{y}/{m:02d}", f"Lưu trữ tháng {m}/{y}", [a for a in arts if (a.date.year, a.date.month) ==
                                                                         (y, m)], "blog-page blog-archive-view")
    found = [a for a in arts if "ocop" in a.opts["tags"]]
    listing("/blog/search?q=ocop", "Kết quả tìm kiếm cho: 'ocop'", found, "blog-page blog-search-index")
    site.trap("blog lists: /blog and /blog/category/<cat> paged by ?p=2, /blog/tag/<tag>, /blog/author/<a> (the admin "
              "users), /blog/archive/2026/03, /blog/search?q=ocop: post-holder items with 'Đăng ngày: dd/mm/yyyy' and an "
              "excerpt", "/blog?p=2")

    # products and their category (layered navigation: any filter answers the category page)
    for key, (name, price, sku, desc, specs, reviews) in PRODUCTS.items():
        spec = "".join(f'<tr><th class="col label" scope="row">{esc(k)}</th><td class="col data" data-th="{attr(k)}">'
                       f'{esc(v)}</td></tr>' for k, v in [("SKU", sku), *specs])
        rev = "".join(f'<li class="item review-item"><div class="review-title">{esc(t)}</div><div class="review-content">'
                      f'{esc(c)}</div><div class="review-details"><p class="review-author"><span class="review-details-label">'
                      f'Đánh giá bởi</span> <strong class="review-details-value">{esc(n)}</strong></p><p class="review-date">'
                      f'<span class="review-details-label">Đăng ngày</span> <time class="review-details-value" datetime="'
                      f'{d}">{d}</time></p></div></li>' for n, t, c, d in reviews)
        main = (f'<div class="product-info-main"><div class="page-title-wrapper product"><h1 class="page-title"><span class="base"'
                f' data-ui-id="page-title-wrapper" itemprop="name">{esc(name)}</span></h1></div><div class="product-info-price">'
                f'<div class="price-box price-final_price"><span class="price">{price}</span></div><div class="product-info-stock-sku">'
                f'<div class="stock available" title="Tình trạng"><span>Còn hàng</span></div><div class="product attribute sku">'
                f'<strong class="type">SKU</strong> <div class="value" itemprop="sku">{sku}</div></div></div></div>'
                f'<div class="box-tocart"><button type="submit" title="{BLOG[11]}" class="action primary tocart" '
                f'id="product-addtocart-button"><span>{BLOG[11]}</span></button></div></div>'
                f'<div class="product media"><img src="/media/catalog/product/cache/{key}.png" alt="{attr(name)}"/></div>'
                f'<div class="product info detailed"><div class="product data items"><div class="data item title" id="tab-label-'
                f'description"><a class="data switch" href="#description">Chi tiết</a></div><div class="data item content" '
                f'id="description"><div class="product attribute description"><div class="value">{desc}</div></div></div>'
                f'<div class="data item title"><a class="data switch" href="#additional">Thông tin thêm</a></div><div '
                f'class="data item content" id="additional"><div class="additional-attributes-wrapper table-wrapper"><table '
                f'class="data table additional-attributes" id="product-attribute-specs-table"><caption class="table-caption">'
                f'Thông tin thêm</caption><tbody>{spec}</tbody></table></div></div><div class="data item title"><a class="data '
                f'switch" href="#reviews">Đánh giá ({len(reviews)})</a></div><div class="data item content" id="reviews"><div '
                f'class="block review-list"><ol class="items review-items">{rev}</ol></div></div></div></div>')
        page(f"/{key}.html", name, main, body_class="catalog-product-view product-" + key, with_side=False,
             head=f'\n<link rel="canonical" href="{{{{base}}}}/{key}.html"/>\n<meta property="og:type" content="product"/>',
             crumbs=[("/", "Trang chủ"), (f"/{PCAT[0]}", PCAT[1]), (None, name)])
        site.binary(f"/media/catalog/product/cache/{key}.png", image_for(key))
        site.non_articles.append(f"/{key}.html")
    site.trap("product pages /<product>.html: h1.page-title, price, 'Thêm vào giỏ hàng', a long description with a "
              "heading and a list, the 'Thông tin thêm' table and dated reviews: no articles",
              "/nem-chua-thanh-hoa-hop-500g.html")
    grid = "".join(product_card(k) for k in PRODUCTS)
    filters = (f'<div class="block filter" id="layered-filter-block"><div class="block-title filter-title"><strong>Lọc theo'
               f'</strong></div><div class="filter-options"><div class="filter-options-title">Giá</div><ol class="items">'
               f'<li class="item"><a href="/{PCAT[0]}?price=0-100000">0 ₫ - 99.999 ₫</a> <span class="count">3</span></li>'
               f'<li class="item"><a href="/{PCAT[0]}?price=100000-300000">100.000 ₫ trở lên</a> <span class="count">1</span>'
               f'</li></ol><div class="filter-options-title">Danh mục</div><ol class="items"><li class="item"><a href="/'
               f'{PCAT[0]}?cat=12">Thực phẩm chế biến</a> <span class="count">2</span></li></ol></div></div>')
    cat_main = (f'<div class="page-title-wrapper"><h1 class="page-title" id="page-title-heading"><span class="base">{PCAT[1]}'
                f'</span></h1></div><div class="toolbar toolbar-products"><div class="toolbar-sorter sorter"><label class='
                f'"sorter-label">Sắp xếp theo</label> <a href="/{PCAT[0]}?product_list_order=price">Giá</a> <a href="/'
                f'{PCAT[0]}?product_list_order=name">Tên sản phẩm</a></div></div><div class="products wrapper grid '
                f'products-grid"><ol class="products list items product-items">{grid}</ol></div>')
    site.page(f"/{PCAT[0]}", layout(f"/{PCAT[0]}", PCAT[1], cat_main, body_class="page-products catalog-category-view",
                                    sidebar=filters, logins=logins, crumbs=[("/", "Trang chủ"), (None, PCAT[1])]),
              content_type=HTML)
    site.non_articles += [f"/{PCAT[0]}", f"/{PCAT[0]}?price=0-100000"]
    site.trap("category page with layered navigation: ?price=…, ?cat=…, ?product_list_order=… answer the same "
              "listing", f"/{PCAT[0]}?price=0-100000")

    # home
    old = arts[-1]
    home = (f'<div class="blocks-promo"><a class="block-promo home-main" href="{NOTICE}"><span class="content"><strong '
            f'class="title">Thông báo tuyển chọn sản phẩm OCOP</strong><span class="info">Miễn phí đăng bán 12 tháng đầu'
            f'</span></span></a><a class="block-promo home-ocop" href="{arts[0].aliases[1]}"><span class="content"><strong '
            f'class="title">{esc(arts[0].title)}</strong></span></a></div><div class="content-heading"><h2 class="title">Sản '
            f'phẩm nổi bật</h2></div><div class="products-grid grid"><ol class="product-items widget-product-grid">{grid}</ol>'
            f'</div><div class="widget block blog-recent-posts"><div class="block-title"><strong>Tin tức mới</strong></div>'
            f'<ul>' + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="post-posed-date">{a.date:%d/%m/%Y}'
                              f'</span></li>' for a in arts[:4])
            + f'</ul><p>Tin cũ: <a href="{old.aliases[0]}">{esc(old.title)}</a></p><a href="/blog">Xem tất cả tin tức</a></div>')
    page("/", "Trang chủ", home, body_class="cms-index-index cms-home", with_side=False)
    site.non_articles.append("/")

    # robots-disallowed: customer, checkout, catalogsearch, sales
    blocked = {"/customer/account/create/": "Tạo tài khoản mới", "/checkout/cart/": "Giỏ hàng",
               "/catalogsearch/advanced/": "Tìm kiếm nâng cao", "/sales/guest/form/": "Đơn hàng và trả hàng"}
    for p in sorted(logins):
        blocked[p] = "Đăng nhập khách hàng"
    for p, t in blocked.items():
        site.page(p, layout("/", t, f'<div class="page-title-wrapper"><h1 class="page-title"><span class="base">{t}</span></h1>'
                              f'</div><form class="form" action="javascript:void(0)"><input name="login[username]"/></form>',
                            body_class="customer-account-login"), content_type=HTML)
        site.never_fetched.append(p)
    site.trap("robots.txt disallows /customer/ (the header's login link /customer/account/login/referer/<base64 of the "
              "page>/, one per page, and 'Tạo tài khoản'), /checkout/ (the minicart), /catalogsearch/, /sales/: never "
              "fetched", "/checkout/cart/")
    for asset in ("css/styles-m.css", "Magefan_Blog/css/blog-m.css"):
        site.static(f"/static/version1741234567/frontend/Magento/luma/vi_VN/{asset}", "body{font-family:'Open Sans'}\n")
    site.static("/robots.txt", "User-agent: *\nDisallow: /customer/\nDisallow: /checkout/\nDisallow: /catalogsearch/\n"
                "Disallow: /sales/\nDisallow: /wishlist/\nDisallow: /review/\nDisallow: /newsletter/\n"
                "Disallow: /catalog/product_compare/\n")
    return site
