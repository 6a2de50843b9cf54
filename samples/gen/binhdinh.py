"""Site `lmhtx-binhdinh` (registry family `generic`): the Bình Định alliance's site on the Sapo
(Bizweb) website builder, a shop theme bent into a news site, written as a held-out test: no family
module, no selectors.

Why it is hard: the theme is a shop's: a top bar (hotline, "Đăng nhập" / "Đăng ký"), a search box,
a "Giỏ hàng (0)" cart left over from the theme, a sidebar of OCOP products ("Sản phẩm nổi bật":
name, "120.000₫", "Mua ngay") on every page, a Zalo / Messenger floating chat button and the
"Cung cấp bởi Sapo" footer. Posts are `/blogs/tin-tuc/<slug>` and `/blogs/van-ban/<slug>`, listed
on `/tin-tuc` (`?page=2`) and `/van-ban`, whose cards print only the day and month ("14 / Tháng
03"). The post is `article.article-main`: `h1.title-head`, a `div.postby` line "Đăng bởi: Liên minh
HTX Bình Định" (the shop's account, no author; on one post a staff member's own account, a person,
who is the author) and "Thứ Năm, 14/03/2024" (no time, no date metadata), then
`div.article-content.rte` (TinyMCE paragraphs; captions are centred `<em>` paragraphs), "Tags:",
share buttons, "Bài viết liên quan", a comment form. Product pages `/products/<slug>` carry a
name, a price and a long prose description (the cooperative's story): not articles; nor are
`/collections/all`, `/pages/gioi-thieu`, `/lien-he`, `/search?query=…`, tag pages, the cart and the
login page.
"""

from __future__ import annotations

from datetime import datetime

from .core import Article, SiteBuild, attr, esc, inline_html, iso, weekday

SITE = "lmhtx-binhdinh"
NAME = "Liên minh Hợp tác xã tỉnh Bình Định"
ACCOUNT = "Liên minh HTX Bình Định"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
DOCS = "/van-ban"
ABOUT = "/pages/gioi-thieu"
CONTACT = "/lien-he"
COLL = "/collections/all"
SEARCH = "/search?query=ocop"
TAG = "/blogs/tin-tuc/tagged/ocop"
CART = "/cart"
LOGIN = "/account/login"
REGISTER = "/account/register"
PER = 5

TOPBAR = ["Chào mừng bạn đến với website Liên minh Hợp tác xã tỉnh Bình Định!", "Hotline: 0256.3822.496"]
SIDE = ["Danh mục tin tức", "Sản phẩm nổi bật", "Bài viết mới nhất", "Mua ngay", "Giỏ hàng", "Đăng nhập", "Đăng ký"]
FOOTER = ["THÔNG TIN LIÊN HỆ",
          "Địa chỉ: 117 Lê Hồng Phong, phường Lê Hồng Phong, thành phố Quy Nhơn, tỉnh Bình Định",
          "Điện thoại: 0256.3822.496 - Email: lienminhhtxbinhdinh@gmail.com",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Thịnh - Chủ tịch Liên minh HTX tỉnh",
          "Chính sách bảo mật", "Hướng dẫn mua hàng",
          "© Bản quyền thuộc về Liên minh HTX tỉnh Bình Định | Cung cấp bởi Sapo"]
LABELS = ["Đăng bởi:", "Bài viết liên quan", "Viết bình luận", "Gửi bình luận", "Chia sẻ:", "Tags:",
          "Chat Zalo", "Chat Messenger", "Gọi ngay"]
BOILERPLATE = [*TOPBAR, *SIDE, *FOOTER, *LABELS]

PRODUCTS = [
    ("ruou-bau-da-cu-lam", "Rượu Bàu Đá Cù Lâm 500ml", "120.000₫", "150.000₫", [
        "Rượu Bàu Đá Cù Lâm được HTX Nông nghiệp Cù Lâm nấu theo phương pháp truyền thống của làng nghề Bàu Đá, "
        "từ gạo lứt, men lá và nước giếng Bàu Đá, chưng cất nhiều lần trong nồi đồng.",
        "Sản phẩm đạt chứng nhận OCOP 4 sao năm 2023, được đóng chai thủy tinh, có tem truy xuất nguồn gốc. Rượu trong, "
        "thơm mùi gạo, uống êm, thích hợp làm quà biếu dịp lễ, Tết.",
        "HTX hiện có 34 thành viên là các hộ nấu rượu lâu năm, mỗi năm cung ứng khoảng 40.000 lít ra thị trường."]),
    ("nem-cho-huyen", "Nem Chợ Huyện hộp 20 chiếc", "85.000₫", "", [
        "Nem Chợ Huyện là đặc sản nổi tiếng của đất Tuy Phước, được HTX Nem chả Chợ Huyện sản xuất từ thịt heo nạc, bì "
        "heo, tỏi, ớt và lá chùm ruột, gói bằng lá chuối.",
        "Sản phẩm đạt OCOP 3 sao, bảo quản ngăn mát tủ lạnh trong 5 ngày."]),
    ("banh-tre-chang-son", "Bánh tráng nước dừa Tam Quan", "45.000₫", "55.000₫", [
        "Bánh tráng nước dừa của HTX Dừa Tam Quan làm từ bột gạo, nước cốt dừa và mè đen, nướng trên than hồng.",
        "Mỗi gói 10 chiếc, đạt OCOP 3 sao năm 2022."]),
]


def dated(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element", evidence=["date-element"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/blogs/tin-tuc/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-8",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh Bình Định lần thứ 8, khóa VI",
          date=datetime(2024, 3, 14),
          lead="Ngày 13/3, Liên minh HTX tỉnh tổ chức Hội nghị Ban Chấp hành lần thứ 8, khóa VI, nhiệm kỳ 2020 - 2025, đánh giá kết quả quý I và bàn giải pháp thực hiện nhiệm vụ năm 2024.",
          body="""
Theo báo cáo, quý I/2024 toàn tỉnh thành lập mới 9 HTX, nâng tổng số HTX đang hoạt động lên 328 HTX với gần 245.000 thành viên.
Quỹ hỗ trợ phát triển HTX tỉnh đã giải ngân 4,2 tỷ đồng cho 7 dự án, tập trung vào lĩnh vực nông nghiệp và chế biến nông sản.
[img hoi-nghi-bch-lan-8.png] Quang cảnh Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 8
## Nhiệm vụ quý II
* Tuyên truyền Luật Hợp tác xã năm 2023, có hiệu lực từ ngày 01/7/2024;
* Chuẩn bị tổ chức Đại hội đại biểu Liên minh HTX tỉnh lần thứ VII;
* Hỗ trợ các HTX tham gia Hội chợ OCOP khu vực miền Trung.
""",
          byline="Thanh Tùng", author="Thanh Tùng", **dated(datetime(2024, 3, 14)),
          opts={"by": ACCOUNT, "tags": ["HTX", "Hội nghị"]},
          notes=["'Đăng bởi: Liên minh HTX Bình Định' (the shop's account: no author) and 'Thứ Năm, 14/03/2024' in "
                 "div.postby; the lead (bold first paragraph) says 'Ngày 13/3' (the meeting); the listing card shows "
                 "only '14 / Tháng 03'; byline 'Thanh Tùng' at the end (author)"]),
        A(path="/blogs/tin-tuc/htx-dua-tam-quan-nang-tam-san-pham-tu-dua",
          title="HTX Dừa Tam Quan nâng tầm sản phẩm từ cây dừa",
          date=datetime(2024, 2, 27),
          lead="Từ những sản phẩm truyền thống, HTX Dừa Tam Quan (thị xã Hoài Nhơn) đã phát triển 6 sản phẩm OCOP, đưa cây dừa trở thành sinh kế bền vững cho thành viên.",
          body="""
HTX hiện liên kết với 210 hộ trồng dừa trên diện tích 180 ha, thu mua dừa trái với giá cao hơn thương lái từ 500 đến 1.000 đồng/trái.
Ngoài bánh tráng nước dừa, HTX sản xuất kẹo dừa, dầu dừa ép lạnh, thạch dừa và các sản phẩm thủ công mỹ nghệ từ gáo dừa.
[img htx-dua-tam-quan.png] Thành viên HTX Dừa Tam Quan sơ chế cơm dừa
Doanh thu năm 2023 của HTX đạt 8,5 tỷ đồng, tạo việc làm thường xuyên cho 45 lao động địa phương.
""",
          byline="Bài, ảnh: Ngọc Nhuận", author="Ngọc Nhuận", **dated(datetime(2024, 2, 27)),
          opts={"by": ACCOUNT, "tags": ["OCOP", "HTX điển hình"]}),
        A(path="/blogs/tin-tuc/htx-non-ngua-phu-gia-giu-nghe-truyen-thong",
          title="HTX nón ngựa Phú Gia giữ nghề truyền thống",
          date=datetime(2024, 1, 19),
          lead="Thành lập năm 2021, HTX Nón ngựa Phú Gia (huyện Phù Cát) đã giúp nghề làm nón ngựa hơn 200 năm tuổi có đầu ra ổn định.",
          body="""
HTX có 45 thành viên là các nghệ nhân và thợ làm nón; mỗi chiếc nón ngựa phải trải qua hơn 10 công đoạn thủ công, mất 4 đến 5 ngày mới hoàn thành.
[img non-ngua-phu-gia.png] Nghệ nhân HTX Nón ngựa Phú Gia chằm nón
Sản phẩm nón ngựa Phú Gia đạt chứng nhận OCOP 4 sao, được du khách mua làm quà lưu niệm và bày bán tại các điểm du lịch ở Quy Nhơn.
Nguồn: Báo Bình Định
""",
          author=None, **dated(datetime(2024, 1, 19)),
          opts={"by": ACCOUNT, "tags": ["OCOP"]},
          notes=["last line 'Nguồn: Báo Bình Định' (a source): part of the text, author null; 'Đăng bởi' names the "
                 "account"]),
        A(path="/blogs/van-ban/quyet-dinh-ban-hanh-quy-che-cho-vay-quy-ho-tro-phat-trien-htx",
          title="Quyết định ban hành Quy chế cho vay của Quỹ hỗ trợ phát triển HTX tỉnh Bình Định",
          date=datetime(2024, 4, 8),
          body="""
LIÊN MINH HTX TỈNH BÌNH ĐỊNH
Số: 32/QĐ-LMHTX
Bình Định, ngày 05 tháng 4 năm 2024
QUYẾT ĐỊNH
Ban hành Quy chế cho vay của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Bình Định
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH BÌNH ĐỊNH
Căn cứ Luật Hợp tác xã số 17/2023/QH15 ngày 20/6/2023; căn cứ Quyết định số 1520/QĐ-UBND ngày 12/5/2022 của UBND tỉnh về việc thành lập Quỹ hỗ trợ phát triển HTX tỉnh;
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế cho vay của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Bình Định.
Điều 2. Quyết định có hiệu lực kể từ ngày 15/4/2024.
Điều 3. Chánh Văn phòng, Giám đốc Quỹ hỗ trợ phát triển HTX tỉnh và các đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này.
CHỦ TỊCH Nguyễn Văn Thịnh
""",
          author=None, doc_number="32/QĐ-LMHTX", **dated(datetime(2024, 4, 8)),
          opts={"by": ACCOUNT, "tags": ["Văn bản"], "docs": True},
          notes=["official decision 'Số: 32/QĐ-LMHTX', place-date line 'Bình Định, ngày 05 tháng 4 năm 2024', posted "
                 "'Thứ Hai, 08/04/2024'; effective 15/4/2024 in Điều 2; signer last, author null"]),
        A(path="/blogs/van-ban/thong-bao-ket-qua-xet-duyet-cho-vay-dot-1-nam-2024",
          title="Thông báo kết quả xét duyệt hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 1 năm 2024",
          date=datetime(2024, 5, 10),
          body="""
Căn cứ kết quả họp Hội đồng xét duyệt cho vay ngày 08/5/2024, Quỹ hỗ trợ phát triển HTX tỉnh thông báo danh sách các HTX được vay vốn đợt 1 năm 2024 như sau:
| STT | Tên HTX | Số tiền vay | Thời hạn |
| 1 | HTX Nông nghiệp Cát Hiệp | 500 triệu đồng | 36 tháng |
| 2 | HTX Dừa Tam Quan | 800 triệu đồng | 36 tháng |
| 3 | HTX Nem chả Chợ Huyện | 300 triệu đồng | 24 tháng |
Các HTX có tên trong danh sách liên hệ Quỹ để hoàn thiện hồ sơ và ký hợp đồng tín dụng trước ngày 31/5/2024.
Quỹ hỗ trợ phát triển HTX tỉnh Bình Định
""",
          author=None, **dated(datetime(2024, 5, 10)),
          opts={"by": ACCOUNT, "tags": ["Văn bản"], "docs": True},
          notes=["a data table (TinyMCE <table>, first row the header) of three loans: one line per row; the last line "
                 "names the fund (an office): author null"]),
        A(path="/blogs/tin-tuc/htx-ruou-bau-da-cu-lam-mo-rong-thi-truong",
          title="HTX rượu Bàu Đá Cù Lâm mở rộng thị trường",
          date=datetime(2023, 12, 7),
          lead="Sau khi đạt OCOP 4 sao, rượu Bàu Đá của HTX Nông nghiệp Cù Lâm (thị xã An Nhơn) đã có mặt tại nhiều tỉnh, thành phố trong cả nước.",
          body="""
HTX xây dựng nhà xưởng đạt chuẩn an toàn thực phẩm, đầu tư hệ thống lọc và dây chuyền đóng chai, đồng thời giữ nguyên quy trình nấu rượu thủ công.
[img ruou-bau-da.png] Công đoạn chưng cất rượu tại HTX Nông nghiệp Cù Lâm
Năm 2023, HTX tiêu thụ hơn 40.000 lít rượu, doanh thu đạt 5,2 tỷ đồng; sản phẩm được bán trên các sàn thương mại điện tử.
""",
          author="Hoài Thu", **dated(datetime(2023, 12, 7)),
          opts={"by": "Hoài Thu", "tags": ["OCOP", "HTX điển hình"]},
          notes=["posted by a staff member's own account: 'Đăng bởi: Hoài Thu' (a person) is the author; no byline in "
                 "the text; the product page of the same rượu Bàu Đá tells the cooperative's story: not an article; "
                 "page 2 of /tin-tuc"]),
        A(path="/blogs/tin-tuc/tap-huan-ke-toan-htx-theo-thong-tu-71",
          title="Tập huấn công tác kế toán cho HTX theo Thông tư 71/2023/TT-BTC",
          date=datetime(2023, 11, 23),
          lead="Trong hai ngày 21 và 22/11, Liên minh HTX tỉnh tổ chức lớp tập huấn công tác kế toán cho 80 kế toán viên của các HTX trên địa bàn tỉnh.",
          body="""
Học viên được giới thiệu chế độ kế toán HTX theo Thông tư số 71/2023/TT-BTC của Bộ Tài chính, cách lập báo cáo tài chính và sử dụng hóa đơn điện tử.
Giảng viên là các chuyên gia của Trường Cán bộ quản lý nông nghiệp và phát triển nông thôn II.
Kết thúc khóa học, các học viên được cấp giấy chứng nhận.
""",
          author=None, **dated(datetime(2023, 11, 23)),
          opts={"by": ACCOUNT, "tags": ["Tập huấn"]},
          notes=["no byline, no photo: author null; the oldest post, page 2 of /tin-tuc"]),
        A(path="/blogs/tin-tuc/ra-mat-htx-nong-nghiep-cat-hiep",
          title="Ra mắt HTX Nông nghiệp sạch Cát Hiệp",
          date=datetime(2024, 4, 25),
          lead="Sáng 24/4, tại xã Cát Hiệp (huyện Phù Cát), HTX Nông nghiệp sạch Cát Hiệp tổ chức lễ ra mắt với 18 thành viên.",
          body="""
HTX sản xuất rau, củ theo hướng hữu cơ trên diện tích 12 ha, liên kết cung ứng cho các bếp ăn trường học và siêu thị tại Quy Nhơn.
[img ra-mat-htx-cat-hiep.png] Đại diện Liên minh HTX tỉnh trao quyết định và tặng hoa chúc mừng HTX
Liên minh HTX tỉnh hỗ trợ HTX 500 triệu đồng vốn vay ưu đãi từ Quỹ hỗ trợ phát triển HTX để đầu tư hệ thống tưới tiết kiệm.
""",
          byline="Minh Anh", author="Minh Anh", **dated(datetime(2024, 4, 25)),
          opts={"by": ACCOUNT, "tags": ["HTX"]}),
    ]


# -- markup ------------------------------------------------------------------------------------

def cdn(name: str) -> str:
    return f"/dktcdn/100/412/345/files/{name}"


def vn_date(d: datetime) -> str:
    return f"{weekday(d)}, {d:%d/%m/%Y}"


def content(a: Article) -> str:
    parts, table = [], []

    def flush() -> None:
        if table:
            head, *rows = table
            parts.append('<table border="1" cellpadding="5" style="width:100%;border-collapse:collapse;"><tbody>'
                         + "<tr>" + "".join(f"<td><strong>{esc(c)}</strong></td>\n" for c in head) + "</tr>\n"
                         + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>\n" for c in r) + "</tr>\n" for r in rows)
                         + "</tbody></table>")
            table.clear()

    if a.lead:
        parts.append(f'<p style="text-align: justify;"><strong>{esc(a.lead)}</strong></p>')
    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            table.append([c.strip() for c in b.text.strip("| ").split(" | ")])
            continue
        flush()
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p style="text-align: center;"><img src="{cdn(b.src)}" alt="{attr(b.text)}" '
                         'data-thumb="original"></p>')
            if b.text:
                parts.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    flush()
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(parts)


def product_card(p: tuple) -> str:
    slug, name, price, old, _ = p
    return (f'<div class="product-box"><div class="product-thumbnail"><a href="/products/{slug}">'
            f'<img src="{cdn(slug + ".png")}" alt="{attr(name)}"></a></div><div class="product-info">'
            f'<h3 class="product-name"><a href="/products/{slug}">{esc(name)}</a></h3>'
            f'<div class="price-box"><span class="price">{price}</span>'
            + (f' <span class="compare-price">{old}</span>' if old else "")
            + f'</div><a class="btn btn-buy" href="/products/{slug}">Mua ngay</a></div></div>')


def sidebar(arts: list[Article]) -> str:
    return (f'<aside class="sidebar"><div class="aside-item"><div class="aside-title"><h2>{SIDE[0]}</h2></div>'
            f'<ul class="nav-item"><li><a href="{NEWS}">Tin tức</a></li><li><a href="{DOCS}">Văn bản</a></li></ul></div>'
            f'<div class="aside-item"><div class="aside-title"><h2>{SIDE[1]}</h2></div>'
            + "".join(product_card(p) for p in PRODUCTS) + '</div>'
            f'<div class="aside-item blog-aside"><div class="aside-title"><h2>{SIDE[2]}</h2></div><ul>'
            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts[:4])
            + "</ul></div></aside>")


def layout(title: str, main: str, arts: list[Article], *, head: str = "", template: str = "page") -> str:
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>' for h, t in
                   [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                    (COLL, "Sản phẩm OCOP"), (CONTACT, "Liên hệ")])
    return f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>{head}
<link rel="stylesheet" href="/dktcdn/100/412/345/themes/813977/assets/main.scss.css">
<script src="/dktcdn/100/412/345/themes/813977/assets/jquery.js"></script>
</head>
<body class="template-{template}">
<div class="topbar"><div class="container"><span class="welcome">{TOPBAR[0]}</span>
<span class="hotline"><a href="tel:02563822496">{TOPBAR[1]}</a></span>
<ul class="account"><li><a href="{LOGIN}">{SIDE[5]}</a></li><li><a href="{REGISTER}">{SIDE[6]}</a></li></ul></div></div>
<header class="header"><div class="container"><div class="logo"><a href="/"><img src="/dktcdn/100/412/345/themes/813977/assets/logo.png" alt="{attr(NAME)}"></a></div>
<form action="/search" method="get" class="search-form"><input type="text" name="query" placeholder="Tìm kiếm sản phẩm, tin tức..."><button type="submit">Tìm</button></form>
<div class="mini-cart"><a href="{CART}"><i class="icon-cart"></i> <span>{SIDE[4]}</span> (<span class="count_item_pr">0</span>)</a></div></div>
<nav class="main-nav"><ul class="nav">{menu}</ul></nav></header>
<section class="main-content"><div class="container"><div class="row">
<div class="col-lg-9 col-main">{main}</div>
<div class="col-lg-3">{sidebar(arts)}</div>
</div></div></section>
<footer class="footer"><div class="container"><div class="footer-info"><h4>{FOOTER[0]}</h4><p>{FOOTER[1]}</p><p>{FOOTER[2]}</p><p>{FOOTER[3]}</p></div>
<div class="footer-links"><a href="{ABOUT}">{FOOTER[4]}</a> <a href="{ABOUT}">{FOOTER[5]}</a></div>
<div class="copyright"><span>{FOOTER[6]}</span></div></div></footer>
<div class="floating-chat"><a href="{{{{base:offsite}}}}/" target="_blank" class="zalo-chat"><span>Chat Zalo</span></a>
<a href="{{{{base:offsite}}}}/" target="_blank" class="mess-chat"><span>Chat Messenger</span></a>
<a href="tel:02563822496" class="hotline-phone"><span>Gọi ngay</span></a></div>
<script src="/dktcdn/100/412/345/themes/813977/assets/main.js"></script>
</body></html>
"""


def article_page(a: Article, arts: list[Article]) -> str:
    blog = (DOCS, "Văn bản") if a.opts.get("docs") else (NEWS, "Tin tức")
    related = [o for o in arts if o is not a and bool(o.opts.get("docs")) == bool(a.opts.get("docs"))][:4]
    tags = ", ".join(f'<a href="{TAG}">{esc(t)}</a>' if t == "OCOP" else esc(t) for t in a.opts["tags"])
    main = f"""<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{blog[0]}">{blog[1]}</a> / <span>{esc(a.title)}</span></div>
<article class="article-main" itemscope itemtype="https://schema.org/Article">
<div class="article-details"><h1 class="title-head" itemprop="name">{esc(a.title)}</h1>
<div class="postby"><span>Đăng bởi: <b>{esc(a.opts['by'])}</b></span> <span class="date-post">{vn_date(a.date)}</span></div>
<div class="article-content"><div class="rte" itemprop="articleBody">{content(a)}</div></div>
<div class="tag-article"><span class="inline">Tags:</span> {tags}</div>
<div class="social-sharing"><span>Chia sẻ:</span> <a href="javascript:void(0)" class="share-facebook">Facebook</a> <a href="javascript:void(0)" class="share-zalo">Zalo</a></div>
</div></article>
<div class="related-post"><h2>Bài viết liên quan</h2><ul>{''.join(f'<li><a href="{o.path}">{esc(o.title)}</a></li>' for o in related)}</ul></div>
<form method="post" action="{a.path}/comments" id="article_comments" class="comment-form" onsubmit="return false"><h2>Viết bình luận</h2>
<input type="text" name="Author" placeholder="Họ tên"><input type="email" name="Email" placeholder="Email">
<textarea name="Body" placeholder="Nội dung bình luận"></textarea><button type="button">Gửi bình luận</button></form>"""
    head = (f'\n<link rel="canonical" href="{{{{base}}}}{a.path}">\n<meta property="og:type" content="article">'
            f'\n<meta property="og:title" content="{attr(a.title)}">\n<meta name="description" content="{attr(a.summary()[:150])}">')
    return layout(f"{a.title} | {ACCOUNT}", main, arts, head=head, template="article")


def blog_card(a: Article) -> str:
    pic = a.first_image()
    return (f'<div class="blog-item"><div class="blog-item-thumbnail"><a href="{a.path}">'
            + (f'<img src="{cdn(pic)}" alt="{attr(a.title)}">' if pic else '<img src="/dktcdn/100/412/345/themes/813977/assets/no-image.png" alt="">')
            + f'</a><div class="time-post"><span class="day">{a.date.day:02d}</span> / <span class="month">Tháng {a.date.month:02d}'
            f'</span></div></div><h3 class="blog-item-name"><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<p class="blog-item-summary">{esc(" ".join(a.summary().split()[:30]))}...</p></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-dinh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        site.page(a.path, article_page(a, arts), content_type=HTML)
        site.add_article(a)
    site.trap("shop theme: a cart 'Giỏ hàng (0)', 'Đăng nhập' / 'Đăng ký', a search box and a sidebar of product cards "
              "('Sản phẩm nổi bật': name, '120.000₫', 'Mua ngay') on every page; a Zalo / Messenger floating chat "
              "button; footer 'Cung cấp bởi Sapo'", arts[0].path)

    news = [a for a in arts if not a.opts.get("docs")]
    docs = [a for a in arts if a.opts.get("docs")]

    def blog(path: str, name: str, items: list[Article]) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            url = path if n == 1 else f"{path}?page={n}"
            pager = ""
            if len(pages) > 1:
                pager = ('<nav class="pagination"><ul>' + "".join(
                    f'<li class="active"><span>{k}</span></li>' if k == n else
                    f'<li><a href="{path if k == 1 else f"{path}?page={k}"}">{k}</a></li>'
                    for k in range(1, len(pages) + 1))
                    + (f'<li><a href="{path}?page={n + 1}">»</a></li>' if n < len(pages) else "") + "</ul></nav>")
            main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <span>{name}</span></div>'
                    f'<h1 class="title-page">{name}</h1><div class="blog-list">{"".join(blog_card(a) for a in chunk)}</div>{pager}')
            site.page(url, layout(f"{name} | {ACCOUNT}", main, arts, template="blog"), content_type=HTML)
            site.non_articles.append(url)

    blog(NEWS, "Tin tức", news)
    blog(DOCS, "Văn bản", docs)
    site.trap("blog listings /tin-tuc (?page=2) and /van-ban: cards with a 30-word summary and only the day and month "
              "('14 / Tháng 03', no year); page 2 holds the two oldest posts", NEWS + "?page=2")
    tagged = [a for a in arts if "OCOP" in a.opts["tags"]]
    site.page(TAG, layout(f"Tin tức - OCOP | {ACCOUNT}", f'<h1 class="title-page">Tin tức: OCOP</h1><div class="blog-list">'
                          f'{"".join(blog_card(a) for a in tagged)}</div>', arts, template="blog"), content_type=HTML)
    hits = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(SEARCH, layout(f"Kết quả tìm kiếm | {ACCOUNT}",
                             '<h1 class="title-page">Có ' + str(len(hits) + 1) + ' kết quả tìm kiếm phù hợp</h1>'
                             + product_card(PRODUCTS[0]) + "".join(blog_card(a) for a in hits), arts, template="search"),
              content_type=HTML)

    for p in PRODUCTS:
        slug, pname, price, old, desc = p
        main = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> / <a href="{COLL}">Tất cả sản phẩm</a> / <span>{esc(pname)}</span></div>'
                f'<section class="product" itemscope itemtype="https://schema.org/Product"><div class="row">'
                f'<div class="col-md-6 product-image"><img src="{cdn(slug + ".png")}" alt="{attr(pname)}"></div>'
                f'<div class="col-md-6 details-pro"><h1 class="title-product" itemprop="name">{esc(pname)}</h1>'
                f'<div class="inventory_quantity"><span>Thương hiệu: </span>HTX OCOP Bình Định | <span>Tình trạng: </span>Còn hàng</div>'
                f'<div class="price-box"><span class="special-price"><span class="price product-price">{price}</span></span>'
                + (f' <span class="old-price"><del class="price product-price-old">{old}</del></span>' if old else "")
                + f'</div><form action="/cart/add" method="post" onsubmit="return false"><input type="number" name="quantity" value="1">'
                f'<button type="button" class="btn-cart">Thêm vào giỏ hàng</button></form></div></div>'
                f'<div class="product-tab"><h2 class="tab-title">Mô tả sản phẩm</h2><div class="rte product_getcontent">'
                + "".join(f'<p style="text-align: justify;">{esc(x)}</p>' for x in desc)
                + "</div></div></section>")
        site.page(f"/products/{slug}", layout(f"{pname} | {ACCOUNT}", main, arts, template="product"), content_type=HTML)
        site.non_articles.append(f"/products/{slug}")
    site.trap("product pages /products/<slug>: h1 name, price '120.000₫' (old price struck through), 'Thêm vào giỏ "
              "hàng', and a 'Mô tả sản phẩm' of several justified prose paragraphs telling the cooperative's story: "
              "not articles", "/products/ruou-bau-da-cu-lam")
    site.page(COLL, layout(f"Tất cả sản phẩm | {ACCOUNT}", '<h1 class="title-page">Tất cả sản phẩm</h1>'
                           '<div class="sortby">Sắp xếp: <select><option>Mặc định</option></select></div>'
                           + "".join(product_card(p) for p in PRODUCTS), arts, template="collection"), content_type=HTML)
    about = ["Liên minh Hợp tác xã tỉnh Bình Định là tổ chức chính trị - xã hội và kinh tế, đại diện và bảo vệ quyền, "
             "lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh thực hiện tư vấn, hỗ trợ thành lập và tổ chức lại hợp tác xã, đào tạo nguồn nhân lực, xúc tiến "
             "thương mại, giới thiệu sản phẩm OCOP và quản lý Quỹ hỗ trợ phát triển hợp tác xã tỉnh.",
             "Website được xây dựng để giới thiệu hoạt động của Liên minh và quảng bá, kết nối tiêu thụ sản phẩm của các "
             "hợp tác xã Bình Định tới người tiêu dùng trong và ngoài tỉnh."]
    site.page(ABOUT, layout(f"Giới thiệu | {ACCOUNT}", '<div class="page"><h1 class="title-head">Giới thiệu</h1>'
                            '<div class="content-page rte">' + "".join(f'<p style="text-align: justify;">{esc(x)}</p>' for x in about)
                            + "</div></div>", arts), content_type=HTML)
    site.page(CONTACT, layout(f"Liên hệ | {ACCOUNT}", f'<div class="page"><h1 class="title-head">Liên hệ</h1><p>{NAME}</p>'
                              '<form method="post" action="/contact" onsubmit="return false"><input name="contact[name]">'
                              '<input name="contact[email]"><textarea name="contact[body]"></textarea>'
                              '<button type="button">Gửi liên hệ</button></form>'
                              '<iframe src="{{base:offsite}}/maps/embed?pb=lmhtx-binhdinh" width="100%" height="350"></iframe></div>',
                              arts, template="page.contact"), content_type=HTML)
    site.page(CART, layout(f"Giỏ hàng | {ACCOUNT}", '<h1 class="title-page">Giỏ hàng của bạn</h1>'
                           '<p>Không có sản phẩm nào trong giỏ hàng.</p>', arts, template="cart"), content_type=HTML)
    for path, t in [(LOGIN, "Đăng nhập tài khoản"), (REGISTER, "Đăng ký tài khoản")]:
        site.page(path, layout(f"{t} | {ACCOUNT}", f'<h1 class="title-page">{t}</h1><form method="post" action="{path}" '
                               'onsubmit="return false"><input type="email" name="email"><input type="password" name="password">'
                               f'<button type="button">{t}</button></form>', arts, template="customers"), content_type=HTML)
    home = ('<div class="home-slider"><img src="/dktcdn/100/412/345/themes/813977/assets/slider_1.png" alt=""></div>'
            f'<section class="section-news"><h2 class="title-module"><a href="{NEWS}">Tin tức mới</a></h2>'
            f'<div class="blog-list">{"".join(blog_card(a) for a in news[:4])}</div></section>'
            f'<section class="section-product"><h2 class="title-module"><a href="{COLL}">Sản phẩm OCOP</a></h2>'
            + "".join(product_card(p) for p in PRODUCTS) + "</section>"
            f'<section class="section-docs"><h2 class="title-module"><a href="{DOCS}">Văn bản mới</a></h2><ul>'
            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in docs) + "</ul></section>")
    site.page("/", layout(NAME, home, arts, template="index"), content_type=HTML)
    site.non_articles += ["/", TAG, SEARCH, COLL, ABOUT, CONTACT, CART, LOGIN, REGISTER]
    site.trap("home, /collections/all, /pages/gioi-thieu (three prose paragraphs), /lien-he, the tag page "
              "/blogs/tin-tuc/tagged/ocop, search /search?query=ocop (a product card and post cards), the cart and the "
              "account pages: not articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\nDisallow: /checkout\nDisallow: /cart/add\n")
    return site
