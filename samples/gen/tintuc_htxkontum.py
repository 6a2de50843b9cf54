"""Site `tintuc-htxkontum` (registry family `generic`): "Tin tức Liên minh HTX tỉnh Kon Tum", the alliance's news
site before the province joined Quảng Ngãi (1 July 2025), on **Joomla 5.2** with the stock **Cassiopeia** template
(Vietnamese language pack, SEF URLs with URL rewriting and the ".html" suffix, article IDs kept in the URL). Written
as a held-out test: no family module, no selectors.

URL shapes: the "Tin tức" menu item is a com_content **category blog** `/tin-tuc.html` (5 a page, `?start=5`), the
"Thông báo" item a **category list** (table) `/thong-bao.html`; an article `/<menu>/<id>-<alias>.html`; tags
`/component/tags/tag/<alias>.html`; the home is the featured view; the login page `/dang-nhap.html`; pages
"Giới thiệu" / "Liên hệ" are single-article menu items `/gioi-thieu.html`, `/lien-he.html`. The non-SEF address
`/index.php?option=com_content&view=article&id=N&catid=M` renders the same article (Joomla does not redirect it;
the home's "Tin nổi bật" custom module links one so). Feeds `/tin-tuc.html?format=feed&type=rss` and `&type=atom`.

Why it is hard: the page carries three "author"s: `<meta name="author">` and the info block's "Viết bởi: X" are the
Joomla account or its "created by alias" (the office account "Văn phòng Liên minh" or "Quản trị" = no author; a
person's name = the author when the text has no byline), and the closing byline inside the text. The info block
("Chi tiết / Viết bởi / Danh mục / Được đăng: 12 Tháng 3 2025 / Lượt xem: 412") shows the day only, its
`<time datetime="2025-03-12T15:40:00+07:00" itemprop="datePublished">` the time. Joomla 5's Schema.org plugin writes a
base JSON-LD graph (Organization, WebSite, WebPage) on every page with no article and no date. The intro text
(before the read-more break) is the article's first paragraph and all that the blog shows, with "Đọc thêm: <title>";
the list view shows a table of titles, dates and hits; the Atom feed writes its dates in UTC (+00:00), so an early
morning post is the previous day there. Captions are TinyMCE `figure.image > figcaption`.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "tintuc-htxkontum"
NAME = "Tin tức Liên minh HTX tỉnh Kon Tum"
DESC = "Trang tin điện tử của Liên minh Hợp tác xã tỉnh Kon Tum"
HTML = "text/html; charset=utf-8"
CATS = {8: ("Tin tức", "tin-tuc"), 9: ("Thông báo", "thong-bao")}
FOOT1 = "Bản quyền © 2025 Liên minh Hợp tác xã tỉnh Kon Tum. Địa chỉ: 128 Trần Hưng Đạo, TP. Kon Tum."
FOOT2 = "Điện thoại: 0260 3862 419 - Email: lmhtxkontum@gmail.com"
FURN = [DESC, FOOT1, FOOT2, "Chi tiết", "Viết bởi:", "Danh mục:", "Được đăng:", "Lượt xem:", "Tin mới", "Xem nhiều",
        "Bạn đang ở:", "Trang chủ", "Trước", "Tiếp", "Liên kết", "Cổng thông tin điện tử tỉnh Kon Tum", "Đăng nhập"]
MONTHS = {m: f"Tháng {m}" for m in range(1, 13)}


def d_lc3(d: datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month]} {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])

    return [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX năm 2025",
          body="""
Liên minh HTX tỉnh thông báo các HTX đăng ký tham gia Hội chợ sản phẩm OCOP và HTX tỉnh Kon Tum năm 2025.
LIÊN MINH HTX TỈNH KON TUM
Số: 12/TB-LMHTX
Kon Tum, ngày 05 tháng 6 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX năm 2025
Hội chợ tổ chức từ ngày 20 đến 24/6/2025 tại Quảng trường 16/3, thành phố Kon Tum, với 120 gian hàng.
- Đối tượng: HTX, tổ hợp tác có sản phẩm OCOP hoặc nông sản chủ lực của địa phương.
- Hạn đăng ký: trước ngày 14/6/2025.
- Liên minh HTX hỗ trợ toàn bộ chi phí gian hàng cho HTX ở các xã đặc biệt khó khăn.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Thắng
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/images/van-ban/2025/tb-12-tb-lmhtx-hoi-cho-ocop.pdf",
                        "text": "Tải thông báo số 12/TB-LMHTX (PDF)"}],
          opts={"id": 58, "alias": "thong-bao-so-12-tb-lmhtx-ve-viec-dang-ky-tham-gia-hoi-cho-san-pham-ocop-va-htx-nam-2025",
                "cat": 9, "by": "Văn phòng Liên minh", "hits": 387, "tags": ["hoi-cho"]},
          notes=["notice 'Số: 12/TB-LMHTX' dated 05/6 in the text, published 06/06/2025 09:30 (info block 'Được đăng: 06 "
                 "Tháng 6 2025', the time only in <time datetime>); 'Viết bởi: Văn phòng Liên minh' is the office account "
                 "(and <meta name=author>): author null; the signer is text; the editor's link 'Tải thông báo số "
                 "12/TB-LMHTX (PDF)' to /images/van-ban/…pdf: an attachment; listed only in the category list /thong-bao.html"],
          **at(datetime(2025, 6, 6, 9, 30))),
        A(path="", title="Sản phẩm OCOP của HTX tỉnh Kon Tum tăng mạnh trong 6 tháng đầu năm 2025",
          body="""
Sáu tháng đầu năm 2025, các HTX trên địa bàn tỉnh có thêm 17 sản phẩm được công nhận OCOP.
| Địa phương | Số HTX có sản phẩm OCOP | Số sản phẩm | Trong đó 4 sao |
| TP. Kon Tum | 14 | 23 | 5 |
| Huyện Đắk Hà | 9 | 14 | 2 |
| Huyện Tu Mơ Rông | 6 | 11 | 3 |
| Huyện Kon Plông | 8 | 12 | 1 |
Sâm Ngọc Linh, cà phê và mật ong rừng là những nhóm sản phẩm có nhiều HTX tham gia nhất.
""", byline="Theo Báo Kon Tum", author=None,
          opts={"id": 57, "alias": "san-pham-ocop-cua-htx-tinh-kon-tum-tang-manh-trong-6-thang-dau-nam-2025", "cat": 8,
                "by": "Quản trị", "hits": 642, "tags": ["ocop"]},
          notes=["a data table (TinyMCE, <th> header row): one line per row; 'Theo Báo Kon Tum' names a newspaper: text, "
                 "author null ('Viết bởi: Quản trị' is the administrator account)"],
          **at(datetime(2025, 6, 2, 14, 15))),
        A(path="", title="Ảnh: HTX Nông nghiệp Măng Đen vào vụ thu hoạch rau ôn đới",
          body="""
Cuối tháng 5, HTX Nông nghiệp Măng Đen bắt đầu thu hoạch rau ôn đới trồng trong nhà màng.
[img 2025/05/mang-den-1.png] Thành viên HTX thu hoạch xà lách trong nhà màng ở xã Đắk Long
[img 2025/05/mang-den-2.png] Rau được sơ chế, đóng gói ngay tại xưởng của HTX
[img 2025/05/mang-den-3.png] Xe của HTX chở rau đi giao cho các bếp ăn tập thể ở Kon Tum và Quảng Ngãi
""", byline="Bài và ảnh: A Sang", author="A Sang",
          opts={"id": 55, "alias": "anh-htx-nong-nghiep-mang-den-vao-vu-thu-hoach-rau-on-doi", "cat": 8,
                "by": "Quản trị", "hits": 911, "tags": ["nong-san"]},
          notes=["photo story: TinyMCE figure.image > figcaption for each photo (one line each); posted at 06:20, so the "
                 "Atom feed's '2025-05-19T23:20:00+00:00' is the previous day; 'Bài và ảnh: A Sang' -> author"],
          **at(datetime(2025, 5, 20, 6, 20))),
        A(path="", title="Năm nhiệm vụ trọng tâm phát triển HTX nông nghiệp năm 2025",
          body="""
Để phát triển HTX nông nghiệp bền vững, năm 2025 tỉnh tập trung vào năm nhiệm vụ:
* Củng cố, nâng cao hiệu quả hoạt động của HTX nông nghiệp hiện có;
* Thành lập mới HTX gắn với vùng trồng sâm Ngọc Linh và cà phê đặc sản;
* Hỗ trợ HTX ứng dụng công nghệ cao và chuyển đổi số;
* Đẩy mạnh liên kết giữa HTX với doanh nghiệp tiêu thụ;
* Đào tạo, bồi dưỡng đội ngũ cán bộ quản lý HTX.
""", byline="Y Hòa - Trung tâm Khuyến nông", author="Y Hòa",
          opts={"id": 53, "alias": "nam-nhiem-vu-trong-tam-phat-trien-htx-nong-nghiep-nam-2025", "cat": 8,
                "by": "Quản trị", "hits": 455, "tags": []},
          notes=["a five-item list after a line ending with a colon; byline 'Y Hòa - Trung tâm Khuyến nông' -> author Y Hòa"],
          **at(datetime(2025, 5, 8, 15, 45))),
        A(path="", title="HTX Dược liệu Tu Mơ Rông mở rộng vùng trồng sâm dưới tán rừng",
          body="""
HTX Dược liệu Tu Mơ Rông vừa trồng mới 12 ha sâm Ngọc Linh dưới tán rừng, nâng tổng diện tích lên 45 ha.
HTX có 38 thành viên là đồng bào Xơ Đăng, mỗi thành viên được HTX cung ứng cây giống và hướng dẫn kỹ thuật.
Sản phẩm của HTX được truy xuất nguồn gốc bằng mã QR đến từng gốc sâm.
""", author="Nguyễn Thị Thu Hà",
          opts={"id": 50, "alias": "htx-duoc-lieu-tu-mo-rong-mo-rong-vung-trong-sam-duoi-tan-rung", "cat": 8,
                "by": "Nguyễn Thị Thu Hà", "hits": 1204, "tags": ["duoc-lieu"]},
          notes=["no byline in the text; the article's 'created by alias' is the reporter Nguyễn Thị Thu Hà ('Viết bởi: "
                 "Nguyễn Thị Thu Hà' and <meta name=author>): the author"],
          **at(datetime(2025, 4, 22, 10, 0))),
        A(path="", title="Liên minh HTX tỉnh sơ kết hoạt động quý I năm 2025",
          body="""
Ngày 9/4, Liên minh HTX tỉnh Kon Tum tổ chức hội nghị sơ kết hoạt động quý I, triển khai nhiệm vụ quý II năm 2025.
[img 2025/04/so-ket-quy-1.png] Quang cảnh hội nghị sơ kết quý I năm 2025
## Kết quả quý I
Toàn tỉnh thành lập mới 11 HTX, nâng tổng số HTX đang hoạt động lên 276 HTX.
## Nhiệm vụ quý II
Chuẩn bị các điều kiện để hợp nhất Liên minh HTX hai tỉnh Kon Tum và Quảng Ngãi.
""", byline="Đinh Văn Quý", author="Đinh Văn Quý",
          opts={"id": 48, "alias": "lien-minh-htx-tinh-so-ket-hoat-dong-quy-i-nam-2025", "cat": 8,
                "by": "Quản trị", "hits": 530, "tags": ["hoi-nghi"]},
          notes=["two <h3> headings and a photo; the bare name 'Đinh Văn Quý' closes the text (author); 'Viết bởi: "
                 "Quản trị' is the account"],
          **at(datetime(2025, 4, 10, 16, 30))),
        A(path="", title="HTX Cà phê Đắk Hà đưa cà phê đặc sản lên sàn thương mại điện tử",
          body="""
HTX Cà phê Đắk Hà vừa mở gian hàng cà phê đặc sản trên hai sàn thương mại điện tử.
Sau một tháng, HTX bán được gần 2 tấn cà phê rang xay, giá cao hơn bán nhân xô khoảng 30%.
HTX dự kiến tổ chức các buổi bán hàng trực tiếp trên mạng xã hội mỗi tuần.
""", author=None,
          opts={"id": 46, "alias": "htx-ca-phe-dak-ha-dua-ca-phe-dac-san-len-san-thuong-mai-dien-tu", "cat": 8,
                "by": "Quản trị", "hits": 377, "tags": ["ca-phe"], "nonsef": True},
          notes=["no byline, 'Viết bởi: Quản trị': author null; only on /tin-tuc.html?start=5 among the blog pages; its "
                 "non-SEF address /index.php?option=com_content&view=article&id=46&catid=8 (linked from the home's 'Tin "
                 "nổi bật' module) renders the same article: an alias"],
          **at(datetime(2025, 3, 25, 8, 10))),
        A(path="", title="Tập huấn Luật HTX năm 2023 cho cán bộ HTX các huyện vùng cao",
          body="""
Trong hai ngày 3 và 4/3, gần 60 cán bộ quản lý HTX ở các huyện Kon Plông, Tu Mơ Rông và Đắk Glei được tập huấn Luật HTX năm 2023.
Học viên được hướng dẫn sửa đổi điều lệ, tổ chức đại hội thành viên và phân phối thu nhập theo Luật mới.
""", byline="Phan Anh Tuấn", author="Phan Anh Tuấn",
          opts={"id": 44, "alias": "tap-huan-luat-htx-nam-2023-cho-can-bo-htx-cac-huyen-vung-cao", "cat": 8,
                "by": "Quản trị", "hits": 298, "tags": []},
          notes=["oldest article: only on /tin-tuc.html?start=5; the bare name 'Phan Anh Tuấn' closes the text"],
          **at(datetime(2025, 3, 5, 14, 0))),
    ]


def split(a: RichArticle) -> tuple[str, str]:
    """Intro (the first paragraph, before the read-more break) and the full text."""
    intro, full = [], []
    for k, b in enumerate(parse_rich(a.body)):
        out = intro if k == 0 else full
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure class="image"><img src="/images/tin-tuc/{b.src}" alt="{attr(b.text)}" width="800" height="533">'
                       f"<figcaption>{esc(b.text)}</figcaption></figure>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1">\n<thead>\n<tr>\n'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
    if a.byline:
        full.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        full.append(f'<p><a href="{x["path"]}" target="_blank" rel="noopener">{esc(x["text"])}</a></p>')
    return "\n".join(intro), "\n".join(full)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "kon-tum", NAME + " (Joomla 5)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.path = f"/{CATS[a.opts['cat']][1]}/{a.opts['id']}-{a.opts['alias']}.html"
    news = [a for a in posts if a.opts["cat"] == 8]
    TAGS = {"hoi-cho": "Hội chợ", "ocop": "OCOP", "nong-san": "Nông sản", "duoc-lieu": "Dược liệu", "hoi-nghi": "Hội nghị",
            "ca-phe": "Cà phê"}
    menu = [(101, "Trang chủ", "/"), (102, "Giới thiệu", "/gioi-thieu.html"), (103, "Tin tức", "/tin-tuc.html"),
            (104, "Thông báo", "/thong-bao.html"), (105, "Liên hệ", "/lien-he.html"), (106, "Đăng nhập", "/dang-nhap.html")]
    popular = sorted(posts, key=lambda a: a.opts["hits"], reverse=True)[:4]

    def module(title: str, inner: str, cls: str) -> str:
        return (f'<div class="sidebar-right card ">\n\t\t\t<h3 class="card-header ">{title}</h3>\n\t\t<div class="card-body">\n'
                f'\t\t\t\t{inner}\n\t\t\t</div>\n</div>\n')

    sidebar = (
        module("Tin mới", '<ul class="mod-articleslatest latestnews mod-list">\n' + "".join(
            f'<li itemscope itemtype="https://schema.org/Article">\n<a href="{a.path}" itemprop="url">\n<span itemprop="name">\n'
            f'{esc(a.title)}</span>\n</a>\n</li>\n' for a in posts[:5]) + "</ul>", "latest")
        + module("Xem nhiều", '<ul class="mostread mod-list">\n' + "".join(
            f'<li itemscope itemtype="https://schema.org/Article">\n<a href="{a.path}" itemprop="url">\n<span itemprop="name">\n'
            f'{esc(a.title)}</span>\n</a>\n</li>\n' for a in popular) + "</ul>", "popular")
        + module("Liên kết", '<div id="mod-custom113" class="mod-custom custom"><ul>'
                 '<li><a href="{{base:offsite}}/kontum-gov/" target="_blank" rel="noopener">Cổng thông tin điện tử tỉnh Kon Tum</a></li>'
                 '<li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank" rel="noopener">Liên minh HTX Việt Nam</a></li></ul></div>', "links"))

    def schema(url: str, title: str) -> str:
        graph = {"@context": "https://schema.org", "@graph": [
            {"@type": "Organization", "@id": "{{base}}/#/schema/Organization/base", "name": "Liên minh Hợp tác xã tỉnh Kon Tum",
             "url": "{{base}}/"},
            {"@type": "WebSite", "@id": "{{base}}/#/schema/WebSite/base", "url": "{{base}}/", "name": NAME,
             "publisher": {"@id": "{{base}}/#/schema/Organization/base"}},
            {"@type": "WebPage", "@id": "{{base}}/#/schema/WebPage/base", "url": "{{base}}" + url, "name": title,
             "description": DESC, "isPartOf": {"@id": "{{base}}/#/schema/WebSite/base"},
             "about": {"@id": "{{base}}/#/schema/Organization/base"}, "inLanguage": "vi-VN"}]}
        return json.dumps(graph, ensure_ascii=False)

    def layout(title: str, main: str, *, url: str, view: str, itemid: int, author: str = "", desc: str = DESC,
               head_extra: str = "", crumbs: list[tuple[str, str]] = ()) -> str:
        nav = "".join(f'<li class="nav-item item-{i}{" default" if i == 101 else ""}{" current active" if i == itemid else ""}">'
                      f'<a href="{u}"{" aria-current=" + chr(34) + "page" + chr(34) if i == itemid else ""}>{esc(t)}</a></li>'
                      for i, t, u in menu)
        au = f'\t<meta name="author" content="{attr(author)}">\n' if author else ""
        crumb = ['<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>',
                 '<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                 '<a itemprop="item" href="/" class="pathway"><span itemprop="name">Trang chủ</span></a><meta itemprop="position" content="1"></li>']
        for k, (t, u) in enumerate(crumbs, 2):
            if u:
                crumb.append(f'<li class="mod-breadcrumbs__item breadcrumb-item" itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">'
                             f'<a itemprop="item" href="{u}" class="pathway"><span itemprop="name">{esc(t)}</span></a><meta itemprop="position" content="{k}"></li>')
            else:
                crumb.append(f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(t)}</span></li>')
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">

<head>
    <meta charset="utf-8">
{au}	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="description" content="{attr(desc)}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
	<title>{esc(title)} - {NAME}</title>
	<link href="/media/templates/site/cassiopeia/images/joomla-favicon.svg" rel="icon" type="image/svg+xml">
	<link href="/media/templates/site/cassiopeia/images/favicon.ico" rel="alternate icon" type="image/vnd.microsoft.icon">
{head_extra}
    <link href="/media/system/css/joomla-fontawesome.min.css?5a2e41" rel="lazy-stylesheet">
	<link href="/media/templates/site/cassiopeia/css/template.min.css?5a2e41" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.4.1" rel="stylesheet">
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"ERROR":"Lỗi","MESSAGE":"Thông báo","NOTICE":"Ghi chú","WARNING":"Cảnh báo"}},"system.paths":{{"root":"","rootFull":"{{{{base}}}}\\/","base":"","baseFull":"{{{{base}}}}\\/"}}}}</script>
	<script src="/media/system/js/core.min.js?a3d8f8"></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?5a2e41" type="module"></script>
	<script type="application/ld+json" class="joomla-schemaorg">{schema(url, title)}</script>
</head>

<body class="site com_content wrapper-static view-{view} no-layout no-task itemid-{itemid}">
    <header class="header container-header full-width">
                    <div class="grid-child">
                <div class="navbar-brand">
                    <a class="brand-logo" href="/">
                        <span title="{NAME}">{NAME}</span>                    </a>
                                            <div class="site-description">{DESC}</div>
                                    </div>
            </div>
                            <div class="grid-child container-nav">
                                    <ul class="mod-menu mod-list nav ">
{nav}
</ul>
                                                    <div class="container-search">
                        <form class="mod-finder js-finder-searchform form-search" action="/component/finder/search.html" method="get" role="search">
    <label for="mod-finder-searchword114" class="visually-hidden finder">Tìm kiếm</label><input type="text" name="q" id="mod-finder-searchword114" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm...">
            </form>
                    </div>
                            </div>
            </header>

    <div class="site-grid">
        <div class="grid-child container-component">
            <nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
    <ol itemscope itemtype="https://schema.org/BreadcrumbList" class="mod-breadcrumbs breadcrumb px-3 py-2">
{"".join(crumb)}
    </ol>
</nav>
            <div id="system-message-container" aria-live="polite"></div>

            <main>
{main}
            </main>
        </div>
        <div class="grid-child container-sidebar-right">
{sidebar}
        </div>
    </div>

    <footer class="container-footer footer full-width">
        <div class="grid-child">
            <div id="mod-custom115" class="mod-custom custom">
    <p>{FOOT1}</p>
<p>{FOOT2}</p></div>
        </div>
    </footer>

            <a href="#top" id="back-top" class="back-to-top-link" aria-label="Back to Top">
            <span class="icon-arrow-up icon-fw" aria-hidden="true"></span>
        </a>

</body>

</html>
"""

    def info(a: RichArticle, *, hits: bool = True) -> str:
        c = a.opts["cat"]
        return (f'<dl class="article-info text-muted">\n\n            <dt class="article-info-term">\n'
                f'                                                    Chi tiết                                            </dt>\n\n'
                f'                    <dd class="createdby" itemprop="author" itemscope itemtype="https://schema.org/Person">\n'
                f'    <span class="icon-user icon-fw" aria-hidden="true"></span>\n'
                f'                    Viết bởi: <span itemprop="name">{esc(a.opts["by"])}</span>    </dd>\n\n'
                f'                                    <dd class="category-name">\n    <span class="icon-folder-open icon-fw" aria-hidden="true"></span>'
                f'                        Danh mục: <a href="/{CATS[c][1]}.html" itemprop="genre">{CATS[c][0]}</a>    </dd>\n\n'
                f'                    <dd class="published">\n    <span class="icon-calendar icon-fw" aria-hidden="true"></span>\n'
                f'    <time datetime="{a.date:%Y-%m-%dT%H:%M:%S}+07:00" itemprop="datePublished">\n'
                f'        Được đăng: {d_lc3(a.date)}    </time>\n</dd>\n'
                + (f'\n                                    <dd class="hits">\n    <span class="icon-eye icon-fw" aria-hidden="true"></span>\n'
                   f'    <meta itemprop="interactionCount" content="UserPageVisits:{a.opts["hits"]}">\n    Lượt xem: {a.opts["hits"]}</dd>\n'
                   if hits else "") + "                        </dl>\n")

    def tags_html(a: RichArticle) -> str:
        if not a.opts["tags"]:
            return ""
        return ('    <ul class="tags list-inline">\n' + "".join(
            f'                                                                    <li class="list-inline-item tag-{k} tag-list0" itemprop="keywords">\n'
            f'                    <a href="/component/tags/tag/{t}.html" class="btn-sm btn-info">\n                        {TAGS[t]}                    </a>\n'
            f'                </li>\n' for k, t in enumerate(a.opts["tags"], 2)) + "                        </ul>\n")

    for k, a in enumerate(posts):
        intro, full = split(a)
        same = [p for p in posts if p.opts["cat"] == a.opts["cat"]]
        i = same.index(a)
        prev_a = same[i - 1] if i > 0 else None
        next_a = same[i + 1] if i + 1 < len(same) else None
        pn = ""
        if prev_a or next_a:
            pn = '<nav class="pagenavigation" aria-label="Page Navigation">\n    <span class="pagination ms-0">\n'
            if prev_a:
                pn += (f'                <a class="btn btn-sm btn-secondary previous" href="{prev_a.path}" rel="prev">\n'
                       f'            <span class="visually-hidden">\n                Bài trước: {esc(prev_a.title)}            </span>\n'
                       '            <span class="icon-chevron-left" aria-hidden="true"></span> <span aria-hidden="true">Trước</span>            </a>\n')
            if next_a:
                pn += (f'                    <a class="btn btn-sm btn-secondary next" href="{next_a.path}" rel="next">\n'
                       f'            <span class="visually-hidden">\n                Bài tiếp: {esc(next_a.title)}            </span>\n'
                       '            <span aria-hidden="true">Tiếp</span> <span class="icon-chevron-right" aria-hidden="true"></span>            </a>\n')
            pn += "        </span>\n</nav>\n"
        main = (f'                <div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n'
                f'    <meta itemprop="inLanguage" content="vi-VN">\n\n    \n    \n        \n        <div class="page-header">\n'
                f'        <h1 itemprop="headline">\n            {esc(a.title)}        </h1>\n                            </div>\n'
                f'        \n        \n            {info(a)}\n{tags_html(a)}\n\n                                                \n'
                f'                <div itemprop="articleBody" class="com-content-article__body">\n        {intro}\n {full}    </div>\n\n'
                f'                                    \n{pn}                                        </div>\n')
        c = a.opts["cat"]
        html = layout(a.title, main, url=a.path, view="article", itemid=103 if c == 8 else 104,
                      author=a.opts["by"], desc=inline_text(parse_rich(a.body)[0].text)[:160],
                      crumbs=[(CATS[c][0], f"/{CATS[c][1]}.html"), (a.title, "")])
        site.page(a.path, html)
        if a.opts.get("nonsef"):
            alias = f"/index.php?option=com_content&view=article&id={a.opts['id']}&catid={c}"
            site.page(alias, html)
            a.aliases.append(alias)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/images/tin-tuc/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 12/TB-LMHTX", "Hoi cho san pham OCOP va HTX nam 2025"]))
        site.add_article(a)

    def blog_item(a: RichArticle) -> str:
        intro, _ = split(a)
        return (f'<div class="blog-item"\n                    itemprop="blogPost" itemscope itemtype="https://schema.org/BlogPosting">\n'
                f'                    <div class="item-content">\n        \n        <div class="page-header">\n'
                f'                                        <h2 itemprop="name">\n                                    <a href="{a.path}" itemprop="url">\n'
                f'                        {esc(a.title)}                    </a>\n                            </h2>\n        \n        \n        \n'
                f'                    </div>\n\n    \n    \n            {info(a, hits=False)}\n{tags_html(a)}\n'
                f'                \n    {intro}\n\n    \n    \n<p class="readmore">\n'
                f'            <a class="btn btn-secondary" href="{a.path}" aria-label="Đọc thêm: {attr(a.title)}">\n'
                f'            <span class="icon-chevron-right" aria-hidden="true"></span>            Đọc thêm: {esc(a.title)}        </a>\n    </p>\n\n\n\n'
                f'                    </div>\n                </div>\n')

    def pager(urls: list[str], n: int, cls: str) -> str:
        lis = []
        lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-left" aria-hidden="true"></span></span></li>'
                   if n == 0 else f'<li class="page-item"><a aria-label="Đi tới trang đầu" href="{urls[0]}" class="page-link"><span class="icon-angle-double-left" aria-hidden="true"></span></a></li>')
        for k, u in enumerate(urls):
            lis.append(f'<li class="active page-item"><a aria-current="true" aria-label="Trang {k + 1}" href="#" class="page-link">{k + 1}</a></li>'
                       if k == n else f'<li class="page-item"><a aria-label="Đi tới trang {k + 1}" href="{u}" class="page-link">{k + 1}</a></li>')
        lis.append('<li class="disabled page-item"><span class="page-link" aria-hidden="true"><span class="icon-angle-double-right" aria-hidden="true"></span></span></li>'
                   if n == len(urls) - 1 else f'<li class="page-item"><a aria-label="Đi tới trang cuối" href="{urls[-1]}" class="page-link"><span class="icon-angle-double-right" aria-hidden="true"></span></a></li>')
        return (f'<div class="{cls}__navigation w-100">\n<p class="{cls}__counter counter float-md-end pt-3 pe-2">\nTrang {n + 1} của {len(urls)}</p>\n'
                f'<div class="{cls}__pagination">\n<nav class="pagination__wrapper" aria-label="Phân trang">\n<ul class="pagination ms-0 mb-4">\n'
                + "\n".join(lis) + "\n</ul>\n</nav>\n</div>\n</div>\n")

    feed_links = ('	<link href="/tin-tuc.html?format=feed&amp;type=rss" rel="alternate" type="application/rss+xml" title="Tin tức">\n'
                  '	<link href="/tin-tuc.html?format=feed&amp;type=atom" rel="alternate" type="application/atom+xml" title="Tin tức">')
    chunks = [news[i:i + 5] for i in range(0, len(news), 5)]
    urls = ["/tin-tuc.html"] + [f"/tin-tuc.html?start={5 * k}" for k in range(1, len(chunks))]
    for n, chunk in enumerate(chunks):
        main = ('<div class="com-content-category-blog blog" itemscope itemtype="https://schema.org/Blog">\n\n    \n    \n    \n    \n'
                '            <div class="com-content-category-blog__items blog-items  ">\n'
                + "".join(blog_item(a) for a in chunk) + "            </div>\n    \n    \n                            "
                + pager(urls, n, "com-content-category-blog") + "    </div>\n")
        site.page(urls[n], layout("Tin tức" + (f" - Trang {n + 1}" if n else ""), main, url=urls[n], view="category",
                                  itemid=103, head_extra=feed_links, crumbs=[("Tin tức", "")]))
        site.non_articles.append(urls[n])
    site.trap("category blog /tin-tuc.html and /tin-tuc.html?start=5 (5 a page): h2 titles, the same info block (without "
              "hits) as the article, the intro text and 'Đọc thêm: <title>': listings", "/tin-tuc.html?start=5")

    notices = [a for a in posts if a.opts["cat"] == 9]
    rows = "".join(
        f'<tr class="cat-list-row{k % 2}" >\n                <th class="list-title" scope="row">\n'
        f'                                    <a href="{a.path}">\n                        {esc(a.title)}                    </a>\n'
        f'                                                                                                                            </th>\n'
        f'                            <td class="list-date small">\n                    {a.date:%d-%m-%Y}                </td>\n'
        f'                                        <td class="list-hits">\n                            <span class="badge bg-info">\n'
        f'                                Lượt xem: {a.opts["hits"]}                            </span>\n                        </td>\n'
        f'                                                </tr>\n' for k, a in enumerate(notices))
    main = ('<div class="com-content-category category-list">\n\n<div class="content-category">\n            <h1>\n            Thông báo        </h1>\n'
            '    \n    \n    \n            <div class="com-content-category__articles">\n'
            '<form action="{{base}}/thong-bao.html" method="post" name="adminForm" id="adminForm" class="com-content-category__articles">\n'
            '            <table class="com-content-category__table category table table-striped table-bordered table-hover">\n'
            '            <caption class="visually-hidden">\n                Bài viết,            </caption>\n            <thead>\n            <tr>\n'
            '                <th scope="col" id="categorylist_header_title">\n                    Tiêu đề                </th>\n'
            '                                    <th scope="col" id="categorylist_header_date">\n                        Ngày đăng                    </th>\n'
            '                                                                    <th scope="col" id="categorylist_header_hits">\n'
            '                        Lượt xem                    </th>\n            </tr>\n            </thead>\n            <tbody>\n'
            f'{rows}            </tbody>\n        </table>\n    \n        </form>\n    </div>\n\n    </div>\n</div>\n')
    site.page("/thong-bao.html", layout("Thông báo", main, url="/thong-bao.html", view="category", itemid=104,
                                        crumbs=[("Thông báo", "")]))
    site.non_articles.append("/thong-bao.html")
    site.trap("category list /thong-bao.html (the menu item's h1 'Thông báo', a table of titles, dates 'd-m-Y' and hits): "
              "the only listing of the notice", "/thong-bao.html")

    for t, name in TAGS.items():
        items = [a for a in posts if t in a.opts["tags"]]
        lis = "".join(f'<li class="list-group-item list-group-item-action">\n<h3>\n<a href="{a.path}">\n{esc(a.title)}</a>\n</h3>\n</li>\n'
                      for a in items)
        main = (f'<div class="com-tags-tag tag-category">\n<h1>\n{esc(name)}</h1>\n<div class="com-tags__items">\n'
                f'<ul class="com-tags-tag__category category list-group">\n{lis}</ul>\n</div>\n</div>\n')
        path = f"/component/tags/tag/{t}.html"
        site.page(path, layout(name, main, url=path, view="tag", itemid=101, crumbs=[(name, "")]))
        site.non_articles.append(path)

    featured = posts[:4]
    alias_a = next(a for a in posts if a.opts.get("nonsef"))
    main = ('<div class="blog-featured" itemscope itemtype="https://schema.org/Blog">\n    \n            <div class="blog-items ">\n'
            + "".join(blog_item(a) for a in featured) + "            </div>\n    \n    \n    </div>\n"
            '<div id="mod-custom116" class="mod-custom custom"><h3>Tin nổi bật</h3>'
            f'<p><a href="/index.php?option=com_content&amp;view=article&amp;id={alias_a.opts["id"]}&amp;catid=8">{esc(alias_a.title)}</a></p></div>\n')
    site.page("/", layout("Trang chủ", main, url="/", view="featured", itemid=101, head_extra=feed_links))
    site.non_articles.append("/")
    site.trap("home (featured view, four blog items with the info block and 'Đọc thêm'); the 'Tin nổi bật' custom "
              "module links an article by its non-SEF address index.php?option=com_content&view=article&id=46&catid=8 "
              "(same page, no redirect): an alias", "/")

    def single(path: str, title: str, body: str, itemid: int) -> None:
        main = (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article">\n'
                f'    <meta itemprop="inLanguage" content="vi-VN">\n<div class="page-header">\n<h1 itemprop="headline">\n{esc(title)}</h1>\n</div>\n'
                f'<div itemprop="articleBody" class="com-content-article__body">\n{body}\n</div>\n</div>\n')
        site.page(path, layout(title, main, url=path, view="article", itemid=itemid, author="Quản trị", crumbs=[(title, "")]))
        site.non_articles.append(path)

    single("/gioi-thieu.html", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Kon Tum là tổ chức chính trị - xã hội tập hợp, "
           "đại diện cho các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p><p>Liên minh có chức năng tư vấn, hỗ trợ "
           "thành lập và phát triển HTX, đào tạo cán bộ quản lý HTX.</p>", 102)
    single("/lien-he.html", "Liên hệ", "<p>Văn phòng Liên minh HTX tỉnh Kon Tum tiếp nhận ý kiến của HTX và người dân "
           "trong giờ hành chính các ngày làm việc.</p>", 105)
    main = ('<div class="com-users-login login">\n<div class="page-header"><h1>Đăng nhập</h1></div>\n'
            '<form action="{{base}}/dang-nhap.html?task=user.login" method="post" id="com-users-login__form" class="com-users-login__form form-validate form-horizontal well">\n'
            '<fieldset><div class="control-group"><div class="control-label"><label id="username-lbl" for="username">Tên đăng nhập</label></div>'
            '<div class="controls"><input type="text" name="username" id="username"></div></div>'
            '<div class="control-group"><div class="control-label"><label id="password-lbl" for="password">Mật khẩu</label></div>'
            '<div class="controls"><input type="password" name="password" id="password"></div></div>'
            '<div class="com-users-login__submit control-group"><div class="controls"><button type="submit" class="btn btn-primary">Đăng nhập</button></div></div>'
            '</fieldset></form>\n</div>\n')
    site.page("/dang-nhap.html", layout("Đăng nhập", main, url="/dang-nhap.html", view="login", itemid=106, crumbs=[("Đăng nhập", "")]))
    site.non_articles.append("/dang-nhap.html")
    site.trap("single-article menu items /gioi-thieu.html and /lien-he.html (the article markup: h1 itemprop=headline, "
              "no info block), the login page /dang-nhap.html and the tag pages /component/tags/tag/<alias>.html: not "
              "articles", "/gioi-thieu.html")

    tz = timezone(timedelta(hours=7))
    items = "".join(
        f"\t\t<item>\n\t\t\t<title>{esc(a.title)}</title>\n\t\t\t<link>{{{{base}}}}{a.path}</link>\n\t\t\t<guid isPermaLink=\"true\">{{{{base}}}}{a.path}</guid>\n"
        f"\t\t\t<description><![CDATA[{split(a)[0]}]]></description>\n\t\t\t<author>lmhtxkontum@gmail.com ({esc(a.opts['by'])})</author>\n"
        f"\t\t\t<category>Tin tức</category>\n\t\t\t<pubDate>{format_datetime(a.date.replace(tzinfo=tz))}</pubDate>\n\t\t</item>\n" for a in news)
    site.page("/tin-tuc.html?format=feed&type=rss", '<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
              '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n\t\t<title>Tin tức</title>\n'
              f'\t\t<description><![CDATA[{DESC}]]></description>\n\t\t<link>{{{{base}}}}/tin-tuc.html</link>\n'
              f'\t\t<lastBuildDate>{format_datetime(datetime(2025, 6, 10, 8, 0, tzinfo=tz))}</lastBuildDate>\n\t\t<generator>Joomla! - Open Source Content Management</generator>\n'
              f'\t\t<language>vi-vn</language>\n{items}\t</channel>\n</rss>\n', content_type="application/rss+xml; charset=utf-8")

    def utc(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")

    entries = "".join(
        f"\t<entry>\n\t\t<title>{esc(a.title)}</title>\n\t\t<link rel=\"alternate\" type=\"text/html\" href=\"{{{{base}}}}{a.path}\"/>\n"
        f"\t\t<published>{utc(a.date)}</published>\n\t\t<updated>{utc(a.date)}</updated>\n\t\t<id>{{{{base}}}}{a.path}</id>\n"
        f"\t\t<author>\n\t\t\t<name>{esc(a.opts['by'])}</name>\n\t\t</author>\n\t\t<summary type=\"html\">{esc(split(a)[0])}</summary>\n\t</entry>\n"
        for a in news)
    site.page("/tin-tuc.html?format=feed&type=atom", '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn">\n'
              f'\t<title type="text">Tin tức</title>\n\t<subtitle type="text">{DESC}</subtitle>\n\t<link rel="alternate" type="text/html" href="{{{{base}}}}"/>\n'
              f'\t<id>{{{{base}}}}/tin-tuc.html</id>\n\t<updated>{utc(datetime(2025, 6, 10, 8, 0))}</updated>\n'
              f'\t<generator uri="https://www.joomla.org">Joomla! - Open Source Content Management</generator>\n{entries}</feed>\n',
              content_type="application/atom+xml; charset=utf-8")
    site.trap("feeds /tin-tuc.html?format=feed&type=rss (pubDate +0700) and &type=atom (dates in UTC: the 06:20 post of "
              "20/5 is '2025-05-19T23:20:00+00:00'), linked from the head of the home and the blog", "/tin-tuc.html?format=feed&type=atom")
    site.static("/robots.txt", "# If the Joomla site is installed within a folder\n# eg www.example.com/joomla/ then the robots.txt file\n"
                "# MUST be moved to the site root\n# eg www.example.com/robots.txt\n# AND the joomla folder name MUST be prefixed to all of the\n"
                "# paths.\n# eg the Disallow rule for the /administrator/ folder MUST\n# be changed to read\n# Disallow: /joomla/administrator/\n#\n"
                "User-agent: *\nDisallow: /administrator/\nDisallow: /api/\nDisallow: /bin/\nDisallow: /cache/\nDisallow: /cli/\n"
                "Disallow: /components/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\nDisallow: /layouts/\n"
                "Disallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n")
    for name in ("joomla-favicon.svg", "favicon.ico"):
        site.binary(f"/media/templates/site/cassiopeia/images/{name}", image_for(name))
    site.binary("/media/system/css/joomla-fontawesome.min.css", b"/* fa */\n")
    site.binary("/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css", b"/* alert */\n")
    return site
