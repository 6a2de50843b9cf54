"""Site `cttdt-htxbinhdinh` (registry family `generic`): "Cổng thông tin điện tử Liên minh HTX tỉnh Bình Định", the
portal of the Bình Định cooperative alliance (the province merged into Gia Lai on 1 July 2025; the site stays online
as it was) on **CrafterCMS 4** (Crafter Engine delivery, a project made from the **Website Editorial** blueprint:
HTML5 UP's "Editorial" design, FreeMarker templates `article.ftl`, `category-landing.ftl`, `home.ftl`, the left rail
with its widgets). Written as a held-out test: no family module, no selectors.

URL shapes (Crafter Engine maps a render URL to `/site/website/<path>/index.xml`): an article
`/articles/<yyyy>/<m>/<folder-name>` (the blueprint's quick-create path `/articles/{year}/{month}`: the year and the
month, without a leading zero, of the day the page was CREATED), the same page with a trailing slash; the category
landing pages at the top level (`/tin-hoat-dong`, `/mo-hinh-htx`, `/van-ban`) with the agency's pager `?page=2`; the
home `/`; `/gioi-thieu`, a page of the article type. No robots.txt, no sitemap, no feed (the blueprint has none); the
search is a JavaScript call to `/api/search.json`.

Why it is hard: the blueprint's article page has an `<h1>` and then `<div>by <span>…</span></div>` (the `author_s`
field: a person, or the login 'admin', or the office), the main image, and the body as a repeat group of rich-text
sections, each followed by `<hr class="major" />`; the agency added the date line under it
(`date_dt?datetime?string["dd/MM/yyyy - HH:mm"]` after `<#setting time_zone=…>`), while its change to the category
pages prints the search index's `date_dt` string cut to ten characters: the UTC day ('2025-02-09' for a post of
06:20 on 10/02/2025). The summary (`summary_t`) is shown only in the lists; the template strings stay English
('Featured Articles', 'More', 'Menu', 'Search', 'Howdy, stranger'). TinyMCE markup: `figure.image` + `figcaption`,
tables with `<thead>`, the byline a right-aligned bold paragraph, a file linked from a paragraph of the last section.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "cttdt-htxbinhdinh"
NAME = "Liên minh HTX tỉnh Bình Định"
HTML = "text/html;charset=UTF-8"
CATS = {"tin-hoat-dong": "Tin hoạt động", "mo-hinh-htx": "Mô hình HTX", "van-ban": "Văn bản"}
PER_PAGE = 4
CONTACT_TEXT = "Mọi thông tin, ý kiến đóng góp xin gửi về Văn phòng Liên minh Hợp tác xã tỉnh Bình Định."
CONTACT_ADDR = "Số 115 đường Lê Lợi, phường Lê Lợi, thành phố Quy Nhơn, tỉnh Bình Định"
COPY = "© Liên minh Hợp tác xã tỉnh Bình Định. All rights reserved. Design: HTML5 UP."
FURN = ["Howdy, stranger", "Menu", "Bài viết liên quan", "Liên hệ", CONTACT_TEXT, CONTACT_ADDR,
        "lienminhhtx@binhdinh.gov.vn", "(0256) 3822 917", COPY, "Trang chủ", "Giới thiệu"]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, listing: bool = True) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element",
                    evidence=["date-element", "listing"] if listing else ["date-element"])

    return [
        A(path="", title="Kế hoạch tổ chức Tháng hành động vì HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH BÌNH ĐỊNH
Số: 15/KH-LMHTX
Bình Định, ngày 10 tháng 3 năm 2025
KẾ HOẠCH
Tổ chức Tháng hành động vì HTX năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng Luật HTX năm 2023, tôn vinh các HTX, tổ hợp tác điển hình tiên tiến trên địa bàn tỉnh.
## II. NỘI DUNG HOẠT ĐỘNG
- Tổ chức hội nghị tuyên truyền Luật HTX tại 11 huyện, thị xã, thành phố trong tháng 4/2025.
- Trưng bày, giới thiệu sản phẩm OCOP của HTX tại Quảng trường Nguyễn Tất Thành, thành phố Quy Nhơn.
- Khảo sát, hỗ trợ 20 HTX nông nghiệp ứng dụng công nghệ số trong quản lý.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thành
""", author=None, doc_number="15/KH-LMHTX",
          description="Liên minh HTX tỉnh ban hành kế hoạch tổ chức Tháng hành động vì HTX năm 2025 với nhiều hoạt động thiết thực.",
          attachments=[{"path": "/static-assets/documents/2025/KH-15-KH-LMHTX.pdf", "text": "KH-15-KH-LMHTX.pdf"}],
          opts={"folder": "2025/3/ke-hoach-thang-hanh-dong-vi-htx-nam-2025", "who": "Văn phòng Liên minh HTX tỉnh",
                "cats": ["van-ban"], "featured": True, "sections": 2},
          notes=["plan 'Số: 15/KH-LMHTX' dated 10/3 in the text, the agency's date line '12/03/2025 - 09:00' under "
                 "'by Văn phòng Liên minh HTX tỉnh' (the office: author null); the signer is text; a paragraph of the "
                 "last section links /static-assets/documents/2025/KH-15-KH-LMHTX.pdf ('Tải về: KH-15-KH-LMHTX.pdf'): "
                 "an attachment named by its file; two sections, an <hr class='major'> after each"],
          **at(datetime(2025, 3, 12, 9, 0))),
        A(path="", title="Kết quả phát triển HTX nông nghiệp tỉnh Bình Định năm 2024",
          body="""
Năm 2024, toàn tỉnh có 182 HTX nông nghiệp đang hoạt động, trong đó 61 HTX được xếp loại tốt.
| Chỉ tiêu | Năm 2023 | Năm 2024 |
| Số HTX nông nghiệp | 176 | 182 |
| HTX xếp loại tốt | 52 | 61 |
| Doanh thu bình quân (triệu đồng/HTX) | 2.870 | 3.240 |
| Lãi bình quân (triệu đồng/HTX) | 215 | 268 |
Các HTX tập trung vào dịch vụ thủy lợi, cung ứng vật tư và liên kết tiêu thụ lúa giống.
""", byline="Theo Báo Bình Định", author=None,
          description="Năm 2024, các HTX nông nghiệp trên địa bàn tỉnh Bình Định tiếp tục hoạt động hiệu quả, doanh thu bình quân tăng 13%.",
          opts={"folder": "2025/1/ket-qua-phat-trien-htx-nong-nghiep-nam-2024", "who": "admin", "cats": ["tin-hoat-dong"]},
          notes=["created in January (URL /articles/2025/1/…) but dated '20/02/2025 - 14:30': the URL's month is not the "
                 "publication's; a TinyMCE table (<thead>, four data rows): one line per row; 'Theo Báo Bình Định' names a "
                 "newspaper: author null ('by admin' is the login)"],
          **at(datetime(2025, 2, 20, 14, 30))),
        A(path="", title="Ảnh: HTX Muối Phước Hòa vào vụ muối mới",
          body="""
Đầu tháng 2, diêm dân HTX Muối Phước Hòa (huyện Tuy Phước) bắt đầu vụ sản xuất muối năm 2025.
[img 2025/02/10/muoi-phuoc-hoa-1.png] Diêm dân HTX cào muối trên đồng từ sáng sớm
[img 2025/02/10/muoi-phuoc-hoa-2.png] Muối được gánh về kho chứa của HTX ngay trong ngày
[img 2025/02/10/muoi-phuoc-hoa-3.png] HTX áp dụng kỹ thuật trải bạt để nâng chất lượng hạt muối
""", byline="Bài và ảnh: Nguyễn Hoàng", author="Nguyễn Hoàng",
          description="Những ngày đầu năm, diêm dân HTX Muối Phước Hòa tất bật vào vụ muối mới.",
          opts={"folder": "2025/2/anh-htx-muoi-phuoc-hoa-vao-vu-muoi-moi", "who": "admin", "cats": ["tin-hoat-dong", "mo-hinh-htx"],
                "featured": True},
          notes=["posted at 06:20 on 10/02/2025 (the page's date line): the category lists print the index's UTC day "
                 "'2025-02-09'; photo story: three TinyMCE figure.image with figcaption (one line each); 'Bài và ảnh: "
                 "Nguyễn Hoàng' -> author (the header says 'by admin'); in two categories"],
          **at(datetime(2025, 2, 10, 6, 20), listing=False)),
        A(path="", title="HTX Thủy sản Đề Gi áp dụng năm biện pháp nuôi tôm an toàn sinh học",
          body="""
Để hạn chế dịch bệnh trên tôm nuôi, HTX Thủy sản Đề Gi (huyện Phù Cát) yêu cầu thành viên áp dụng năm biện pháp:
* Cải tạo, phơi đáy ao ít nhất 15 ngày trước mỗi vụ nuôi;
* Chỉ thả giống đã được kiểm dịch, có nguồn gốc rõ ràng;
* Lắp lưới chắn chim, chắn cua quanh bờ ao;
* Xử lý nước trong ao lắng trước khi cấp vào ao nuôi;
* Ghi chép nhật ký nuôi để truy xuất nguồn gốc.
Nhờ vậy, vụ nuôi năm 2024 của HTX không xảy ra dịch bệnh, năng suất bình quân đạt 12 tấn/ha.
""", byline="Hồ Văn Thành - Trung tâm Khuyến nông", author="Hồ Văn Thành",
          description="HTX Thủy sản Đề Gi hướng dẫn thành viên năm biện pháp nuôi tôm an toàn sinh học, hạn chế dịch bệnh.",
          opts={"folder": "2025/1/htx-thuy-san-de-gi-nuoi-tom-an-toan-sinh-hoc", "who": "admin", "cats": ["mo-hinh-htx"]},
          notes=["a five-item <ul> after a line ending with a colon, a paragraph after it; byline 'Hồ Văn Thành - Trung tâm "
                 "Khuyến nông' -> author Hồ Văn Thành"],
          **at(datetime(2025, 1, 22, 10, 0))),
        A(path="", title="HTX Dừa Tam Quan mở rộng xuất khẩu dừa sáp",
          body="""
HTX Nông nghiệp Tam Quan Bắc (thị xã Hoài Nhơn) vừa xuất lô dừa sáp đầu tiên gồm 8.000 trái sang thị trường Hàn Quốc.
Dừa sáp được thu mua từ 46 hộ thành viên với giá cao gấp ba lần dừa thường.
HTX dự kiến mở rộng diện tích dừa sáp lên 30 ha trong năm 2025.
""", author="Lê Thị Ngọc Ánh",
          description="HTX Nông nghiệp Tam Quan Bắc xuất lô dừa sáp đầu tiên sang Hàn Quốc.",
          opts={"folder": "2025/1/htx-dua-tam-quan-mo-rong-xuat-khau-dua-sap", "who": "Lê Thị Ngọc Ánh", "cats": ["mo-hinh-htx"],
                "featured": True, "slash": True},
          notes=["no byline in the text; the blueprint's 'by Lê Thị Ngọc Ánh' (author_s, a person) -> author; the home "
                 "banner links it with a trailing slash (/articles/2025/1/…/, the same page): an alias"],
          **at(datetime(2025, 1, 8, 15, 15))),
        A(path="", title="Liên minh HTX tỉnh Bình Định tổng kết hoạt động năm 2024",
          body="""
Chiều 27/12, Liên minh HTX tỉnh tổ chức hội nghị tổng kết hoạt động năm 2024 và triển khai nhiệm vụ năm 2025.
Năm 2024, toàn tỉnh thành lập mới 34 HTX, nâng tổng số HTX đang hoạt động lên 398 HTX.
Năm 2025, Liên minh HTX tỉnh phấn đấu hỗ trợ thành lập mới 30 HTX và 50 tổ hợp tác.
""", author=None,
          description="Liên minh HTX tỉnh Bình Định tổng kết hoạt động năm 2024, triển khai nhiệm vụ năm 2025.",
          opts={"folder": "2024/12/lien-minh-htx-tinh-tong-ket-hoat-dong-nam-2024", "who": "admin", "cats": ["tin-hoat-dong"]},
          notes=["no byline; 'by admin' is the login: author null; posted late in the evening ('27/12/2024 - 22:30')"],
          **at(datetime(2024, 12, 27, 22, 30))),
        A(path="", title="Tập huấn kỹ năng bán hàng trực tuyến cho HTX",
          body="""
Trong hai ngày 12 và 13/12, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 45 cán bộ HTX.
Học viên được hướng dẫn chụp ảnh sản phẩm, viết bài giới thiệu và livestream bán hàng trên mạng xã hội.
""", byline="Thanh Hải", author="Thanh Hải",
          description="Liên minh HTX tỉnh tập huấn kỹ năng bán hàng trực tuyến cho 45 cán bộ HTX.",
          opts={"folder": "2024/12/tap-huan-ky-nang-ban-hang-truc-tuyen-cho-htx", "who": "admin", "cats": ["tin-hoat-dong"]},
          notes=["the bare name 'Thanh Hải' closes the text (author)"],
          **at(datetime(2024, 12, 16, 8, 45))),
        A(path="", title="Ra mắt HTX Nông nghiệp hữu cơ Hoài Ân",
          body="""
Sáng 27/11, HTX Nông nghiệp hữu cơ Hoài Ân chính thức ra mắt với 18 thành viên, sản xuất lúa và rau theo hướng hữu cơ.
HTX được Liên minh HTX tỉnh hỗ trợ xây dựng điều lệ, phương án sản xuất kinh doanh và thủ tục đăng ký.
""", byline="Võ Thị Kim Liên", author="Võ Thị Kim Liên",
          description="HTX Nông nghiệp hữu cơ Hoài Ân ra mắt với 18 thành viên.",
          opts={"folder": "2024/11/ra-mat-htx-nong-nghiep-huu-co-hoai-an", "who": "admin", "cats": ["tin-hoat-dong"]},
          notes=["the oldest article: only on /tin-hoat-dong?page=2 (four cards a page, the category's max_articles_i); "
                 "the bare name 'Võ Thị Kim Liên' closes the text"],
          **at(datetime(2024, 11, 28, 16, 0))),
    ]


def section_html(blocks) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure class="image"><img src="/static-assets/item/images/{b.src}" alt="" width="700" height="467">'
                       + (f"<figcaption>{esc(b.text)}</figcaption>" if b.text else "") + "</figure>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1">\n<thead>\n<tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>\n</thead>\n<tbody>\n"
                       + "\n".join("<tr>" + "\n".join(f'<td style="width: 25%;">{esc(c)}</td>' for c in r) + "</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
    return "\n".join(out)


def sections(a: RichArticle) -> list[str]:
    blocks = parse_rich(a.body)
    n = a.opts.get("sections", 1)
    if n == 2:
        cut = next(i for i, b in enumerate(blocks) if b.kind == "h")
        parts = [blocks[:cut], blocks[cut:]]
    else:
        parts = [blocks]
    html = [section_html(p) for p in parts]
    if a.byline:
        html[-1] += f'\n<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>'
    for x in a.attachments:
        name = x["text"]
        html[-1] += f'\n<p>Tải về: <a href="{x["path"]}">{esc(name)}</a></p>'
    return html


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-dinh", NAME + " (CrafterCMS)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.path = f"/articles/{a.opts['folder']}"
    hero = {a.path: f"/static-assets/item/images/{a.date:%Y/%m/%d}/{a.opts['folder'].rsplit('/', 1)[1][:32]}.png" for a in posts}
    for a in posts:
        first = next((b for b in a.blocks if b.kind == "img"), None)
        if first:
            hero[a.path] = f"/static-assets/item/images/{first.src}"

    def head(title: str) -> str:
        return (f"<title>{esc(title)}</title>\n<meta charset=\"utf-8\"/>\n"
                '<meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no"/>\n'
                '<link rel="stylesheet" href="/static-assets/css/font-awesome.min.css?site=lmhtxbinhdinh"/>\n'
                '<link rel="stylesheet" href="/static-assets/css/main.css?site=lmhtxbinhdinh"/>\n'
                '<link rel="stylesheet" href="/static-assets/css/social-media-widget.css?site=lmhtxbinhdinh"/>\n')

    header = ('<header id="header">\n  <a href="/" class="logo">\n    <img src="/static-assets/images/logo-lmhtx-binhdinh.png" '
              f'alt="{NAME}" border="0"/>\n    Howdy, stranger\n  </a>\n  <div>\n  <ul class="social-media-container inline">'
              + "".join(f'<li class="social-media-item"><a href="#" target="_blank"><img src="/static-assets/images/social-media-widget/{n}.png" '
                        'width="24" height="24"/></a></li>' for n in ("facebook", "twitter", "youtube"))
              + "</ul>\n</div>\n</header>")

    nav_items = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), *[(v, f"/{k}") for k, v in CATS.items()]]

    def nav(active: str) -> str:
        return "<ul >" + "".join(
            f'<li class="{"active" if u == active else ""}  "><a class="{"active" if u == active else ""} " href="{u}">{esc(t)}</a></li>'
            for t, u in nav_items) + "</ul>"

    def mini_posts(title: str, items: list[RichArticle]) -> str:
        if not items:
            return ""
        return (f'<section>\n<header class="major">\n<h2>{title}</h2>\n</header>\n<div class="mini-posts">'
                + "".join(f'<article><a href="{a.path}" class="image"><img src="{hero[a.path]}" alt="" /></a><h4><a href="{a.path}">'
                          f"{esc(a.title)}</a></h4></article>" for a in items) + "</div>\n</section>")

    contact = (f'<section>\n<header class="major">\n<h2>Liên hệ</h2>\n</header>\n<div><p>{CONTACT_TEXT}</p></div>\n<ul class="contact">'
               '<li class="icon solid fa-envelope"><a href="mailto:lienminhhtx@binhdinh.gov.vn">lienminhhtx@binhdinh.gov.vn</a></li>'
               '<li class="icon solid fa-phone">(0256) 3822 917</li>'
               f'<li class="icon solid fa-home"><p>{CONTACT_ADDR}</p></li></ul>\n</section>')

    def left_rail(active: str, widget: str) -> str:
        return (f'<div id="sidebar">\n<div class="inner">\n<!-- Search -->\n<section id="search" class="alt">\n<form method="post" action="#">\n'
                '<input type="text" name="query" id="query" placeholder="Search"/>\n</form>\n</section>\n<!-- Menu -->\n<nav id="menu">\n'
                f'<header class="major">\n<h2>Menu</h2>\n</header>\n{nav(active)}\n</nav>\n{widget}\n{contact}\n'
                f'<!-- Footer -->\n<footer id="footer">\n<p class="copyright">{COPY}</p>\n</footer>\n</div>\n</div>')

    def page(title: str, main: str, rail: str, body_class: str = "") -> str:
        cls = f' class="{body_class}"' if body_class else ""
        return (f'<!DOCTYPE HTML>\n<!--\n\tEditorial by HTML5 UP\n\thtml5up.net | @ajlkn\n\tFree for personal and commercial use under the '
                f'CCA 3.0 license (html5up.net/license)\n-->\n<html lang="en">\n<head>\n{head(title)}</head>\n<body{cls}>\n\n<!-- Wrapper -->\n'
                f'<div id="wrapper">\n<!-- Main -->\n<div id="main">\n<div class="inner">\n\n<!-- Header -->\n{header}\n\n{main}\n</div>\n</div>\n\n'
                f'<!-- Left Rail -->\n{rail}\n\n</div>\n\n<!-- Scripts -->\n<script src="/static-assets/js/jquery.min.js?site=lmhtxbinhdinh"></script>\n'
                '<script src="/static-assets/js/browser.min.js"></script>\n<script src="/static-assets/js/breakpoints.min.js"></script>\n'
                '<script src="/static-assets/js/util.js"></script>\n<script src="/static-assets/js/main.js?site=lmhtxbinhdinh"></script>\n'
                "<!-- /Scripts -->\n</body>\n</html>\n")

    def by_cats(cats: list[str], exclude: RichArticle | None = None) -> list[RichArticle]:
        return [a for a in posts if a is not exclude and set(a.opts["cats"]) & set(cats)]

    def article_page(title: str, who: str, d: datetime, image: str, secs: list[str], rail: str) -> str:
        body = "".join(f'<div>\n<div>\n{s}\n</div>\n<hr class="major" />\n</div>\n' for s in secs)
        main = (f'<!-- Content -->\n<section>\n<header class="main">\n<h1>\n  {esc(title)}\n</h1>\n<div>\n  by <span>{esc(who)}</span>\n</div>\n'
                f'<p class="date"><i class="icon fa-calendar-alt"></i> {d:%d/%m/%Y - %H:%M}</p>\n</header>\n'
                f'<span class="image main">\n  <img src="{image}" alt=""/>\n</span>\n\n<div style="list-style: none; padding-left: 0;">\n{body}</div>\n</section>')
        return page(title, main, rail)

    for a in posts:
        related = mini_posts("Bài viết liên quan", by_cats(a.opts["cats"], a)[:3])
        html = article_page(a.title, a.opts["who"], a.date, hero[a.path], sections(a), left_rail("", related))
        site.page(a.path, html, content_type=HTML)
        if a.opts.get("slash"):
            site.page(a.path + "/", html, content_type=HTML)
            a.aliases.append(a.path + "/")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/static-assets/item/images/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BINH DINH", "KE HOACH SO 15/KH-LMHTX"]))
        site.add_article(a)

    def card(a: RichArticle, dated: bool) -> str:
        # the index keeps date_dt as the UTC string; the agency's template prints its first ten characters
        utc_day = (a.date - timedelta(hours=7)).strftime("%Y-%m-%d")
        date = f'<p class="date">{utc_day}</p>' if dated else ""
        return (f'<article>\n<a href="{a.path}" class="image"><img src="{hero[a.path]}" alt=""/></a>\n<h3><a href="{a.path}">{esc(a.title)}</a></h3>\n'
                f"{date}<p>{esc(a.summary())}</p>\n<ul class=\"actions\"><li><a href=\"{a.path}\" class=\"button\">More</a></li></ul>\n</article>\n")

    def pagination(base: str, n: int, total: int) -> str:
        if total < 2:
            return ""
        out = ['<ul class="pagination">']
        out.append('<li><span class="button disabled">Prev</span></li>' if n == 0 else
                   f'<li><a href="{base}{"?page=" + str(n) if n > 1 else ""}" class="button">Prev</a></li>')
        for k in range(total):
            href = base if k == 0 else f"{base}?page={k + 1}"
            out.append(f'<li><a href="{href}" class="page{" active" if k == n else ""}">{k + 1}</a></li>')
        out.append('<li><span class="button disabled">Next</span></li>' if n == total - 1 else
                   f'<li><a href="{base}?page={n + 2}" class="button">Next</a></li>')
        return "".join(out) + "</ul>"

    latest = mini_posts("Tin mới nhất", posts[:3])
    for slug, name in CATS.items():
        items = by_cats([slug])
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for n, chunk in enumerate(chunks):
            main = (f'<!-- Section -->\n<section>\n<header class="main">\n<h1>{esc(name)}</h1>\n</header>\n<div class="posts">\n'
                    + "".join(card(a, True) for a in chunk) + f"</div>\n{pagination('/' + slug, n, len(chunks))}\n</section>")
            p = f"/{slug}" if n == 0 else f"/{slug}?page={n + 1}"
            site.page(p, page(name, main, left_rail(f"/{slug}", latest)), content_type=HTML)
            site.non_articles.append(p)
    site.trap("category landing pages /tin-hoat-dong, /mo-hinh-htx, /van-ban: Editorial's div.posts cards (image, h3 "
              "link, the agency's date line = the index's UTC date_dt cut to 'yyyy-mm-dd', summary_t, 'More'), four a "
              "page (max_articles_i) with the agency's pager ?page=2 in HTML5 UP's ul.pagination: listings", "/tin-hoat-dong?page=2")

    slash = next(a for a in posts if a.opts.get("slash"))
    featured = [a for a in posts if a.opts.get("featured")]
    features = [("fa-handshake", "Tư vấn, hỗ trợ", "Tư vấn thành lập, tổ chức lại HTX theo Luật HTX năm 2023."),
                ("fa-graduation-cap", "Đào tạo", "Bồi dưỡng cán bộ quản lý, kế toán HTX hằng năm."),
                ("fa-coins", "Quỹ hỗ trợ", "Cho vay vốn ưu đãi từ Quỹ hỗ trợ phát triển HTX tỉnh."),
                ("fa-store", "Xúc tiến thương mại", "Đưa sản phẩm OCOP của HTX đến với người tiêu dùng.")]
    feat_html = "".join(f'<div class="feature-container">\n<!-- Feature Component -->\n<article class="feature"><span class="icon fa {i}"></span>'
                        f'<div class="content"><h3>{esc(t)}</h3><div><p>{esc(x)}</p></div></div></article>\n<!-- /Feature Component -->\n</div>'
                        for i, t, x in features)
    home_main = (f'<!-- Banner -->\n<section id="banner">\n<div class="content">\n<header><h1>Liên minh Hợp tác xã tỉnh Bình Định</h1>\n'
                 f'<h3><span style="font-size: 1.5em;">Đồng hành cùng HTX phát triển</span></h3></header>\n<div><p>Cổng thông tin điện tử '
                 f'của Liên minh HTX tỉnh Bình Định. Tin nổi bật: <a href="{slash.path}/">{esc(slash.title)}</a></p></div>\n</div>\n'
                 '<span class="image object">\n<img src="/static-assets/images/banner-htx-binhdinh.png" alt=""/>\n</span>\n</section>\n<!-- /Banner -->\n\n'
                 f'<!-- Section: Features -->\n<section>\n<header class="major">\n<h2>Lĩnh vực hoạt động</h2>\n</header>\n<div class="features">{feat_html}</div>\n</section>\n\n'
                 '<!-- Section: Articles -->\n<section>\n<header class="major">\n<h2>Featured Articles</h2>\n</header>\n<div class="posts">\n'
                 + "".join(card(a, False) for a in featured) + "</div>\n</section>\n<!-- /Section: Articles -->")
    site.page("/", page("Liên minh HTX tỉnh Bình Định", home_main, left_rail("/", latest), "is-preload"), content_type=HTML)
    site.non_articles.append("/")
    about = RichArticle(path="/gioi-thieu", title="Giới thiệu Liên minh Hợp tác xã tỉnh Bình Định", date=datetime(2023, 1, 3, 8, 0), body="")
    about_secs = ["<p>Liên minh Hợp tác xã tỉnh Bình Định được thành lập năm 1998, là tổ chức kinh tế - xã hội đại diện cho các HTX, "
                  "liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p>\n<p>Liên minh HTX tỉnh có chức năng tuyên truyền, vận động phát "
                  "triển kinh tế tập thể; tư vấn, hỗ trợ HTX về pháp lý, đào tạo, xúc tiến thương mại và tiếp cận vốn.</p>\n"
                  "<p>Cơ quan Liên minh HTX tỉnh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Phong trào, Ban Hỗ trợ và Quỹ hỗ trợ "
                  "phát triển HTX.</p>\n<p>Năm 2023, Liên minh HTX tỉnh được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhì.</p>"]
    site.page("/gioi-thieu", article_page(about.title, "admin", about.date, "/static-assets/item/images/2023/01/03/tru-so-lmhtx.png",
                                          about_secs, left_rail("/gioi-thieu", latest)), content_type=HTML)
    site.non_articles.append("/gioi-thieu")
    site.trap("the home (banner whose text links an article with a trailing slash, 'Lĩnh vực hoạt động' features, "
              "'Featured Articles' cards without dates) and /gioi-thieu, an about page made with the article type (h1, "
              "'by admin', the date line 03/01/2023 - 08:00, four paragraphs on the organisation): not articles", "/gioi-thieu")
    for n in ("facebook", "twitter", "youtube"):
        site.binary(f"/static-assets/images/social-media-widget/{n}.png", image_for(n))
    return site
