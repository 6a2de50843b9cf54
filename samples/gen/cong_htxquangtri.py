"""Site `cong-htxquangtri` (registry family `generic`): "Cổng thông tin Liên minh HTX tỉnh Quảng Trị" on **Ametys CMS
4.x** (the Java / Cocoon CMS of Anyware Services; the site language `vi`, its French i18n catalogues translated by
the integrator; a skin derived from the "demo" skin; the JVM and its Tomcat in UTC; the copy is of 18 April 2025).
Written as a held-out test: no family module, no selectors.

URL shapes: every page `/<lang>/<path>.html` (`/` answers a 302 to `/vi/index.html`); a news item is a page of its
own under its section, `/vi/tin-tuc/<section>/<page-name>.html`, the name made by Ametys's `FilterNameHelper` (marks
stripped after NFD, but `đ` has no decomposition: it turns into a hyphen, "Đông Hà" -> `ong-ha`); its print view
`<page>.print.html` (the "In trang" link; robots `noindex`: an alias); the news list page `/vi/tin-tuc.html` (a
content-search service, 5 a page, `?page=2`), its tag filter `/vi/tin-tuc.html?tag=<TAG_KEY>`, the section pages
`/vi/tin-tuc/<section>.html` (a filtered-contents service, 4 newest, no pager); the site-map page
`/vi/so-do-trang.html` (the visible pages: news pages are hidden from the navigation), the search page
`/vi/tim-kiem.html`, the contact and "about" content pages; the RSS of the news list
`/_plugins/web/lmhtx-quangtri/vi/filter/zi-news/rss.xml`; `/sitemap.xml` (every page); attachments under
`/_attachments/<content>/…?download=true`.

Why it is hard: the news content sits in `div.zone.zone-default > div.zoneitem > div.ametys-cms-content` with the
title in `h1.title`, the date line "Đăng ngày 2 tháng 4, 2025" (CLDR's long Vietnamese date, no time), the abstract
(`p.abstract`, the text's first line), the illustration (no caption), the rich text (`<p>`, `<h3>`, lists,
`table.simple`, photos with a `p.legend` caption), then "Tệp đính kèm", "Từ khóa:", the share bar and the comments
zone item. The time is only in the Dublin Core metadata `DC.date.created`, an instant in UTC
(`2025-04-01T17:20:00Z` for the item posted at 00:20 on 2 April, Vietnam time) like the RSS's RFC 1123 dates ("Tue,
1 Apr 2025 17:20:00 GMT"); "Cập nhật ngày …" is a later edit. `DC.creator` is the back-office user (the office's
account), never an author; a "Tác giả:" line may name an office; a closing byline names the person; a reprint
("Theo Báo Quảng Trị") has none. The oldest item is only on `/vi/tin-tuc.html?page=2` (and in `/sitemap.xml`).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf, weekday
from .richbody import RichArticle

SITE = "cong-htxquangtri"
NAME = "Liên minh HTX tỉnh Quảng Trị"
PORTAL = "Cổng thông tin Liên minh HTX tỉnh Quảng Trị"
TODAY = datetime(2025, 4, 18)
UTC = timedelta(hours=7)
PER = 5
SKIN = "/skins/lmhtx/resources"
SECTIONS = {"hoat-dong": "Hoạt động", "thong-bao": "Thông báo", "kinh-te-tap-the": "Kinh tế tập thể"}
TAGS = {"OCOP": "OCOP", "LUA_HUU_CO": "Lúa hữu cơ", "HOI_CHO": "Hội chợ", "SO_LIEU": "Số liệu", "DUOC_LIEU": "Dược liệu",
        "CHUYEN_DOI_SO": "Chuyển đổi số"}
OFFICE = "Văn phòng Liên minh HTX tỉnh"
ADDRESS = "Địa chỉ: Số 45 Hùng Vương, phường 1, thành phố Đông Hà, tỉnh Quảng Trị"
PHONE = "Điện thoại: 0233.3852.310 - Email: lienminhhtx@quangtri.gov.vn"
COPY = "Bản quyền thuộc Liên minh Hợp tác xã tỉnh Quảng Trị"
RESP = "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh"
FURN = [f"{weekday(TODAY)}, {TODAY:%d/%m/%Y}", ADDRESS, PHONE, COPY, RESP, "Phát triển trên nền tảng Ametys CMS",
        "Bạn đang ở:", "Cập nhật ngày", "Tệp đính kèm", "Từ khóa:", "Chia sẻ:", "In trang", "Tin cùng chuyên mục",
        "Gửi bình luận", "Họ và tên", "Nội dung bình luận", "Liên kết website", "Tác giả:"]


def long_date(d: datetime) -> str:
    """CLDR's Vietnamese long date ('d MMMM, y'): '2 tháng 4, 2025'."""
    return f"{d.day} tháng {d.month}, {d.year}"


def instant(d: datetime) -> str:
    return f"{d - UTC:%Y-%m-%dT%H:%M:%S}Z"


def rfc1123(d: datetime) -> str:
    x = d - UTC
    return f"{x:%a}, {x.day} {x:%b %Y %H:%M:%S} GMT"


def filter_name(title: str) -> str:
    """Ametys FilterNameHelper: NFD, marks dropped, lower case, anything else (đ included) -> '-'."""
    t = "".join(c for c in unicodedata.normalize("NFD", title) if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element"])

    return [
        A(path="", title="Thông báo về việc đăng ký tham gia Hội chợ sản phẩm HTX khu vực miền Trung năm 2025",
          lead="Liên minh HTX tỉnh thông báo các HTX đăng ký tham gia gian hàng tại Hội chợ sản phẩm HTX khu vực miền Trung năm 2025.",
          body="""
LIÊN MINH HTX TỈNH QUẢNG TRỊ
Số: 08/TB-LMHTX
Quảng Trị, ngày 10 tháng 4 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm HTX khu vực miền Trung năm 2025
Căn cứ Công văn số 215/LMHTXVN-TTTV ngày 25/3/2025 của Liên minh HTX Việt Nam, Hội chợ sản phẩm HTX khu vực miền Trung năm 2025 được tổ chức từ ngày 15/5 đến ngày 19/5/2025 tại thành phố Huế.
Liên minh HTX tỉnh hỗ trợ chi phí gian hàng cho 12 HTX có sản phẩm OCOP hoặc sản phẩm chủ lực của tỉnh.
Các HTX gửi phiếu đăng ký (theo mẫu đính kèm) về Văn phòng Liên minh HTX tỉnh trước ngày 25/4/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Hùng
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/_attachments/thong-bao-08-tb-lmhtx/TB-08-LMHTX-2025.pdf?download=true",
                        "text": "TB-08-LMHTX-2025.pdf"}],
          opts={"section": "thong-bao", "tags": ["HOI_CHO", "OCOP"], "comments": [], "modified": None},
          notes=["notice 'Số: 08/TB-LMHTX' dated 10/4 in its text, 'Đăng ngày 11 tháng 4, 2025' on the page and "
                 "DC.date.created 2025-04-11T02:00:00Z (09:00 in Vietnam); the abstract p.abstract is its first line; "
                 "the signer is text; 'Tệp đính kèm' lists /_attachments/…/TB-08-LMHTX-2025.pdf?download=true with "
                 "'(PDF - 182 KB)': the attachment, not text; DC.creator is the office's back-office account: no author"],
          **at(datetime(2025, 4, 11, 9, 0))),
        A(path="", title="Ảnh: HTX Nông nghiệp Triệu Thượng 2 chăm sóc lúa hữu cơ vụ đông xuân",
          lead="Vụ đông xuân 2024 - 2025, HTX Nông nghiệp Triệu Thượng 2 (huyện Triệu Phong) sản xuất 60 ha lúa hữu cơ.",
          body="""
Cánh đồng lúa hữu cơ của HTX đang trong giai đoạn trổ bông, sinh trưởng tốt, ít sâu bệnh.
[img trieuthuong-1.png] Thành viên HTX thăm đồng lúa hữu cơ giai đoạn trổ bông
[img trieuthuong-2.png] Cán bộ HTX hướng dẫn thành viên ghi nhật ký đồng ruộng
[img trieuthuong-3.png] Bẫy đèn bắt côn trùng thay cho thuốc bảo vệ thực vật
HTX đã ký hợp đồng tiêu thụ toàn bộ sản lượng lúa hữu cơ với doanh nghiệp với giá cao hơn lúa thường 20%.
Bài, ảnh: Nguyễn Thị Thu Trang
""", author="Nguyễn Thị Thu Trang",
          opts={"section": "hoat-dong", "tags": ["LUA_HUU_CO"], "comments": [], "modified": None},
          notes=["photo story: three photos in the rich text, each with its p.legend caption (one line each); the "
                 "illustration above the text has no caption (no line); 'Bài, ảnh: Nguyễn Thị Thu Trang' closes it -> "
                 "author"],
          **at(datetime(2025, 4, 8, 15, 30))),
        A(path="", title="Tình hình phát triển HTX tỉnh Quảng Trị quý I năm 2025",
          lead="Quý I năm 2025, khu vực kinh tế tập thể của tỉnh duy trì đà phát triển ổn định.",
          body="""
| Chỉ tiêu | Quý I/2024 | Quý I/2025 | So sánh (%) |
| Số HTX đang hoạt động | 402 | 421 | 104,7 |
| Số HTX thành lập mới | 9 | 14 | 155,6 |
| Số thành viên HTX (người) | 58.310 | 59.870 | 102,7 |
| Doanh thu bình quân một HTX (triệu đồng) | 690 | 745 | 108,0 |
Trong quý II, Liên minh HTX tỉnh tập trung hỗ trợ các HTX mới thành lập xây dựng phương án sản xuất kinh doanh.
""", author=None,
          opts={"section": "kinh-te-tap-the", "tags": ["SO_LIEU"], "comments": [], "modified": None,
                "by": "Phòng Kế hoạch - Tổng hợp"},
          notes=["a table.simple (th header row): one line per row; the news's 'Tác giả: Phòng Kế hoạch - Tổng hợp' line "
                 "names an office: no author, not text"],
          **at(datetime(2025, 4, 4, 10, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với các HTX trên địa bàn huyện Vĩnh Linh",
          lead="Chiều 1/4, đoàn công tác Liên minh HTX tỉnh đã làm việc với 5 HTX trên địa bàn huyện Vĩnh Linh.",
          body="""
Các HTX báo cáo tình hình sản xuất kinh doanh quý I, những khó khăn trong tiếp cận vốn và tiêu thụ sản phẩm hồ tiêu, cao su.
Liên minh HTX tỉnh đề nghị các HTX đẩy mạnh liên kết chuỗi giá trị, đăng ký sản phẩm OCOP và tham gia sàn thương mại điện tử.
""", author=None,
          opts={"section": "hoat-dong", "tags": ["OCOP"], "comments": [], "modified": None},
          notes=["posted at 00:20 on 2 April about 'Chiều 1/4' (an event day, no year): the page says 'Đăng ngày 2 tháng "
                 "4, 2025', DC.date.created '2025-04-01T17:20:00Z' and the RSS 'Tue, 1 Apr 2025 17:20:00 GMT' (UTC: the "
                 "1st); published 2025-04-02 00:20 (+07:00); no byline: author null"],
          **at(datetime(2025, 4, 2, 0, 20))),
        A(path="", title="Hướng dẫn HTX xây dựng phương án sản xuất kinh doanh năm 2025",
          lead="Phương án sản xuất kinh doanh là căn cứ để HTX tổ chức hoạt động và tiếp cận các chính sách hỗ trợ.",
          body="""
## Nội dung chính của phương án
* Đánh giá kết quả sản xuất kinh doanh năm trước và nhu cầu của thành viên;
* Xác định các dịch vụ HTX cung ứng và kế hoạch doanh thu, chi phí;
* Dự kiến nguồn vốn, kế hoạch vay vốn và trả nợ;
* Phương án phân phối thu nhập và trích lập các quỹ.
Phương án phải được Đại hội thành viên thông qua trước khi triển khai.
Hồ Thị Thanh Nhàn - Ban Kế hoạch hỗ trợ
""", author="Hồ Thị Thanh Nhàn",
          opts={"section": "kinh-te-tap-the", "tags": ["CHUYEN_DOI_SO"], "comments": [], "modified": datetime(2025, 3, 31, 8, 0)},
          notes=["an <h3> and a bulleted list; 'Cập nhật ngày 31 tháng 3, 2025' (a later edit) is no publication date; "
                 "'Hồ Thị Thanh Nhàn - Ban Kế hoạch hỗ trợ' closes it -> Hồ Thị Thanh Nhàn"],
          **at(datetime(2025, 3, 27, 14, 0))),
        A(path="", title="HTX Tân Long đưa chuối sấy dẻo lên sàn thương mại điện tử",
          lead="HTX Sản xuất, kinh doanh dịch vụ tổng hợp Tân Long (huyện Hướng Hóa) vừa mở gian hàng chuối sấy dẻo trên sàn thương mại điện tử.",
          body="""
Sau một tháng, HTX bán được hơn 2 tấn chuối sấy dẻo, gấp đôi lượng bán qua kênh truyền thống.
HTX dự kiến đầu tư thêm lò sấy để nâng công suất lên 500 kg sản phẩm/ngày.
Theo Báo Quảng Trị
""", author=None,
          opts={"section": "hoat-dong", "tags": ["OCOP", "CHUYEN_DOI_SO"], "comments": [], "modified": None},
          notes=["'Theo Báo Quảng Trị' closes the text: a reprint, no author"],
          **at(datetime(2025, 3, 20, 8, 45))),
        A(path="", title="HTX Thanh niên Cam Lộ trồng dược liệu dưới tán rừng",
          lead="HTX Thanh niên Cam Lộ đã đưa 15 ha cây dược liệu vào trồng dưới tán rừng keo, mang lại thu nhập ổn định cho thành viên.",
          body="""
Các loại cây được HTX lựa chọn là cà gai leo, sa nhân tím và ba kích, phù hợp với khí hậu, thổ nhưỡng của địa phương.
HTX liên kết với một doanh nghiệp dược để bao tiêu sản phẩm, giá thu mua ổn định trong 5 năm.
Trần Quốc Bảo
""", author="Trần Quốc Bảo",
          opts={"section": "hoat-dong", "tags": ["DUOC_LIEU"], "modified": datetime(2025, 3, 14, 9, 30),
                "comments": [("Lê Thị Hoa", "Mô hình hay, HTX có bán giống sa nhân tím không ạ?", datetime(2025, 3, 13, 7, 55)),
                             ("Nguyễn Văn Tý", "Mong Liên minh hỗ trợ nhân rộng mô hình ra các huyện miền núi.",
                              datetime(2025, 3, 15, 20, 40))]},
          notes=["two comments in the comments zone item (names, '13/03/2025 lúc 07:55'): not text; 'Cập nhật ngày 14 "
                 "tháng 3, 2025' is an edit; the bare name 'Trần Quốc Bảo' closes the text -> author"],
          **at(datetime(2025, 3, 12, 16, 10))),
        A(path="", title="Liên minh HTX tỉnh Quảng Trị tổng kết công tác năm 2024",
          lead="Ngày 13/1, Liên minh HTX tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.",
          body="""
[img tongket-2024.png] Quang cảnh hội nghị tổng kết công tác năm 2024
Năm 2024, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 36 HTX, tổ chức 12 lớp bồi dưỡng cho hơn 700 lượt cán bộ HTX.
Tin, ảnh: Phan Văn Hòa
""", author="Phan Văn Hòa",
          opts={"section": "hoat-dong", "tags": [], "comments": [], "modified": None},
          notes=["the oldest item: only on /vi/tin-tuc.html?page=2 (the section page 'Hoạt động' shows its 4 newest) and "
                 "in /sitemap.xml; no tag, not in the RSS (5 newest) nor in 'Tin cùng chuyên mục'; 'Tin, ảnh: Phan Văn "
                 "Hòa' -> author"],
          **at(datetime(2025, 1, 14, 14, 0))),
    ]


def att_path(a: RichArticle, name: str) -> str:
    return f"/_attachments/{a.opts['cname']}/{name}"


def body_html(a: RichArticle) -> str:
    out = []
    blocks = a.blocks
    for b in blocks:
        if b.kind == "p":
            if b is blocks[-1] and len(b.text) < 60:
                out.append(f'<p class="align-right"><strong>{inline_html(b.text)}</strong></p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="simple"><tbody><tr>' + "\n".join(f'<th scope="col">{esc(c)}</th>' for c in head)
                       + "</tr>\n" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n"
                                             for r in rows) + "</tbody></table>")
        elif b.kind == "img":
            out.append(f'<p class="align-center"><img src="{att_path(a, b.src)}" alt="" class="ametys-image" '
                       'width="600" height="400"></p>')
            if b.text:
                out.append(f'<p class="legend">{esc(b.text)}</p>')
    return "\n".join(out)


def build() -> SiteBuild:
    rss_path = "/_plugins/web/lmhtx-quangtri/vi/filter/zi-news/rss.xml"
    site = SiteBuild(SITE, "quang-tri", f"{PORTAL} (Ametys CMS 4)", "generic", None,
                     start_urls=["{{base:%s}}/vi/index.html" % SITE], feeds=["{{base:%s}}%s" % (SITE, rss_path)],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for n, a in enumerate(reversed(arts)):
        a.opts["cname"] = f"news-{a.date:%Y%m%d}-{n + 1}"
        a.opts["cid"] = f"defaultWebContent://{hash_hex(a.title)}"
        a.path = f"/vi/tin-tuc/{a.opts['section']}/{filter_name(a.title)}.html"
    oldest = arts[-1]
    visible = [a for a in arts if a is not oldest]

    def menu(current: str) -> str:
        items = [("Trang chủ", "/vi/index.html", []),
                 ("Giới thiệu", "/vi/gioi-thieu.html", []),
                 ("Tin tức", "/vi/tin-tuc.html", [(v, f"/vi/tin-tuc/{k}.html") for k, v in SECTIONS.items()]),
                 ("Liên hệ", "/vi/lien-he.html", [])]
        out = []
        for n, h, subs in items:
            sel = " selected" if current.startswith(h[:-5]) and h != "/vi/index.html" else ""
            sub = ('<ul class="level2">' + "".join(f'<li class="level2"><a href="{sh}">{esc(sn)}</a></li>'
                                                   for sn, sh in subs) + "</ul>") if subs else ""
            out.append(f'<li class="level1{sel}"><a href="{h}">{esc(n)}</a>{sub}</li>')
        return f'<nav id="main-menu" class="menu" role="navigation"><ul class="level1">{"".join(out)}</ul></nav>'

    def crumbs(trail: list[tuple[str, str | None]]) -> str:
        lis = "".join(f'<li><a href="{h}">{esc(n)}</a></li>' if h else f'<li class="current">{esc(n)}</li>'
                      for n, h in [("Trang chủ", "/vi/index.html"), *trail])
        return f'<nav class="breadcrumb" aria-label="breadcrumb"><span class="label">Bạn đang ở:</span><ol>{lis}</ol></nav>'

    def latest_box(title: str, items: list[RichArticle]) -> str:
        lis = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">{a.date:%d/%m/%Y}</span></li>'
                      for a in items)
        return (f'<div class="zoneitem zoneitem-service zoneitem-filtered-contents"><div class="service-filtered-contents">'
                f'<h2 class="title">{esc(title)}</h2><ul class="list">{lis}</ul></div></div>')

    links_box = ('<div class="zoneitem zoneitem-content"><div class="ametys-cms-content ametys-cms-content-article view-main">'
                 '<h2 class="title">Liên kết website</h2><ul>' + "".join(
                     f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank">{esc(t)}</a></li>'
                     for t, h in [("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("Cổng TTĐT tỉnh Quảng Trị", "/quangtri/"),
                                  ("Báo Quảng Trị", "/baoquangtri/")]) + "</ul></div></div>")

    def layout(path: str, title: str, trail: list, main: str, aside: str = "", metas: str = "",
               template: str = "page") -> str:
        return f"""<!DOCTYPE html>
<html lang="vi" xml:lang="vi" class="no-js">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)} - {esc(NAME)}</title>
<meta name="DC.language" content="vi">
<meta name="DC.publisher" content="{attr(NAME)}">{metas}
<link rel="alternate" type="application/rss+xml" title="Tin tức - {attr(NAME)}" href="{rss_path}">
<link rel="icon" type="image/x-icon" href="{SKIN}/img/favicon.ico">
<link rel="stylesheet" type="text/css" href="{SKIN}/css/main.css">
<link rel="stylesheet" type="text/css" href="{SKIN}/css/print.css" media="print">
<script src="/plugins/cms/resources/js/jquery/jquery-3.6.0.min.js"></script>
<script src="{SKIN}/js/main.js"></script>
</head>
<body class="template-{template}">
<div id="skip-links"><a href="#main">Đến nội dung chính</a></div>
<div id="wrapper">
<header id="header" role="banner">
<div class="header-top"><div class="container"><span class="today">{weekday(TODAY)}, {TODAY:%d/%m/%Y}</span>
<form class="quick-search" action="/vi/tim-kiem.html" method="get"><input type="text" name="textfield" placeholder="Tìm kiếm"><input type="hidden" name="submit-form" value="search"><button type="submit">Tìm</button></form></div></div>
<div class="header-main"><div class="container"><a href="/vi/index.html" class="logo"><img src="{SKIN}/img/logo.png" alt="{attr(PORTAL)}"></a></div></div>
{menu(path)}
</header>
{crumbs(trail)}
<div id="main" class="container" role="main">
<div class="zone zone-default" id="zone-default">
{main}
</div>
<aside class="zone zone-aside" id="zone-aside">
{aside}
{links_box}
</aside>
</div>
<footer id="footer" role="contentinfo"><div class="container">
<p class="org"><strong>{esc(COPY)}</strong></p>
<p>{esc(RESP)}</p>
<p>{esc(ADDRESS)}</p>
<p>{esc(PHONE)}</p>
<ul class="footer-links"><li><a href="/vi/so-do-trang.html">Sơ đồ trang</a></li><li><a href="/vi/lien-he.html">Liên hệ</a></li></ul>
<p class="powered"><a href="{{{{base:offsite}}}}/ametys/" target="_blank">Phát triển trên nền tảng Ametys CMS</a></p>
</div></footer>
</div>
</body>
</html>
"""

    def news_item(a: RichArticle) -> str:
        img = a.first_image() or "illu.png"
        return (f'<li class="news-item"><div class="illustration"><a href="{a.path}"><img src="{att_path(a, "illustration-" + img)}" '
                f'alt=""></a></div><div class="text"><h3 class="title"><a href="{a.path}">{esc(a.title)}</a></h3>'
                f'<p class="date">{a.date:%d/%m/%Y}</p><p class="abstract">{esc(inline_text(a.lead))}</p></div></li>')

    zi = 0
    for a in arts:
        zi += 1
        sec = a.opts["section"]
        tags = ""
        if a.opts["tags"]:
            tags = ('<div class="tags"><span class="label">Từ khóa:</span> ' + ", ".join(
                f'<a href="/vi/tin-tuc.html?tag={t}" rel="tag">{esc(TAGS[t])}</a>' for t in a.opts["tags"]) + "</div>")
        atts = ""
        if a.attachments:
            atts = ('<div class="attachments"><h2 class="title">Tệp đính kèm</h2><ul>' + "".join(
                f'<li class="pdf"><a href="{x["path"]}">{esc(x["text"])}</a> <span class="size">(PDF - 182 KB)</span></li>'
                for x in a.attachments) + "</ul></div>")
        mod = a.opts.get("modified")
        date = f'<p class="date">Đăng ngày {long_date(a.date)}</p>'
        if mod:
            date += f'<p class="date updated">Cập nhật ngày {long_date(mod)}</p>'
        by = f'<p class="author">Tác giả: {esc(a.opts["by"])}</p>' if a.opts.get("by") else ""
        print_path = a.path[:-5] + ".print.html"
        share = (f'<div class="share"><span class="label">Chia sẻ:</span> <a href="javascript:void(0)" class="facebook">'
                 'Facebook</a> <a href="javascript:void(0)" class="zalo">Zalo</a> <a href="javascript:void(0)" class="mail">'
                 f'Email</a> <a href="{print_path}" class="print" rel="nofollow">In trang</a></div>')
        illu = a.first_image() or "illu.png"
        content = (f'<div class="ametys-cms-content ametys-cms-content-news view-main" data-content-id="{a.opts["cid"]}">'
                   f'<article class="news"><h1 class="title">{esc(a.title)}</h1>{date}{by}'
                   f'<p class="abstract"><strong>{esc(inline_text(a.lead))}</strong></p>'
                   f'<div class="illustration"><img src="{att_path(a, "illustration-" + illu)}" alt=""></div>'
                   f'<div class="rich-text">{body_html(a)}</div>{atts}{tags}{share}</article></div>')
        coms = ""
        for who, text, when in a.opts["comments"]:
            coms += (f'<li class="comment"><p class="comment-author">{esc(who)}</p><p class="comment-date">{when:%d/%m/%Y} lúc '
                     f'{when:%H:%M}</p><div class="comment-text"><p>{esc(text)}</p></div></li>')
            site.extra_boilerplate.append(text)
        comments = (f'<div class="zoneitem zoneitem-comments"><div class="comments"><h2 class="title">Bình luận '
                    f'({len(a.opts["comments"])})</h2><ol class="comments-list">{coms}</ol><form class="comment-form" '
                    'method="post" action="#comments"><h3>Gửi bình luận</h3><label>Họ và tên <input type="text" name="name">'
                    '</label><label>Email <input type="email" name="email"></label><label>Nội dung bình luận <textarea '
                    'name="text"></textarea></label><button type="submit">Gửi bình luận</button></form></div></div>')
        main = (f'<div class="zoneitem zoneitem-content zoneitem-first" id="zoneitem-{zi:04d}">{content}</div>{comments}')
        same = [x for x in visible if x is not a and x.opts["section"] == sec][:4]
        aside = latest_box("Tin cùng chuyên mục", same)
        metas = (f'\n<meta name="DC.title" content="{attr(a.title)}">\n<meta name="DC.creator" content="{attr(OFFICE)}">'
                 f'\n<meta name="DC.subject" content="{attr(", ".join(TAGS[t] for t in a.opts["tags"]))}">'
                 f'\n<meta name="DC.description" content="{attr(inline_text(a.lead))}">'
                 f'\n<meta name="DC.date.created" content="{instant(a.date)}">'
                 f'\n<meta name="DC.date.modified" content="{instant(mod or a.date)}">'
                 f'\n<meta name="DC.type" content="Text">\n<meta name="DC.format" content="text/html">'
                 f'\n<meta name="DC.identifier" content="{a.opts["cid"]}">'
                 f'\n<meta name="description" content="{attr(inline_text(a.lead))}">')
        trail = [("Tin tức", "/vi/tin-tuc.html"), (SECTIONS[sec], f"/vi/tin-tuc/{sec}.html"), (a.title, None)]
        site.page(a.path, layout(a.path, a.title, trail, main, aside, metas, "news"))
        site.page(print_path, f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<title>{esc(a.title)} - {esc(NAME)}</title>
<meta name="robots" content="noindex">
<link rel="stylesheet" type="text/css" href="{SKIN}/css/print.css">
</head>
<body class="print" onload="window.print()">
<div class="print-header"><img src="{SKIN}/img/logo.png" alt="{attr(PORTAL)}"></div>
<div class="zone zone-default"><div class="zoneitem zoneitem-content">{content.replace(share, "")}</div></div>
<p class="print-url">{{{{base}}}}{a.path}</p>
</body>
</html>
""")
        a.aliases.append(print_path)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(att_path(a, b.src), image_for(b.src))
        site.binary(att_path(a, "illustration-" + illu), image_for("illu-" + a.title))
        for x in a.attachments:
            site.binary(x["path"].split("?")[0], pdf(a.title, ["LIEN MINH HTX TINH QUANG TRI", "THONG BAO SO 08/TB-LMHTX"]))
        site.add_article(a)
    site.trap("every news page's 'In trang' (<page>.print.html: robots noindex, the same content zone item without the "
              "share bar): an alias", arts[0].path[:-5] + ".print.html")

    # -- the news list (content search, 5 a page), its tag filter; section pages ---------------------
    pages = (len(arts) + PER - 1) // PER

    def pager(n: int) -> str:
        lis = "".join(f'<li class="current"><span>{k + 1}</span></li>' if k == n else
                      f'<li><a href="/vi/tin-tuc.html' + ("" if k == 0 else f"?page={k + 1}") + f'">{k + 1}</a></li>'
                      for k in range(pages))
        nxt = f'<li class="next"><a href="/vi/tin-tuc.html?page={n + 2}">Trang sau</a></li>' if n < pages - 1 else ""
        prv = (f'<li class="prev"><a href="/vi/tin-tuc.html' + ("" if n == 1 else f"?page={n}") + '">Trang trước</a></li>'
               if n else "")
        return f'<nav class="pagination"><ul>{prv}{lis}{nxt}</ul></nav>'

    tag_links = ('<div class="zoneitem zoneitem-service zoneitem-tags"><h2 class="title">Lọc theo từ khóa</h2><ul>'
                 + "".join(f'<li><a href="/vi/tin-tuc.html?tag={k}">{esc(v)}</a></li>' for k, v in TAGS.items()) + "</ul></div>")
    for n in range(pages):
        chunk = arts[n * PER:(n + 1) * PER]
        path = "/vi/tin-tuc.html" if n == 0 else f"/vi/tin-tuc.html?page={n + 1}"
        main = ('<div class="zoneitem zoneitem-service zoneitem-search" id="zi-news"><div class="service-search">'
                f'<h1 class="title">Tin tức</h1><p class="count">{len(arts)} kết quả</p><ul class="news-list">'
                + "".join(news_item(a) for a in chunk) + f"</ul>{pager(n)}</div></div>")
        site.page(path, layout(path, "Tin tức", [("Tin tức", None)], main, tag_links))
        site.non_articles.append(path)
    site.trap("the news list /vi/tin-tuc.html (a content-search service: illustration, title, dd/MM/yyyy, abstract; 5 a "
              "page): ?page=2 holds the three oldest", "/vi/tin-tuc.html?page=2")
    for k, v in TAGS.items():
        items = [a for a in visible if k in a.opts["tags"]]
        path = f"/vi/tin-tuc.html?tag={k}"
        main = ('<div class="zoneitem zoneitem-service zoneitem-search" id="zi-news"><div class="service-search">'
                f'<h1 class="title">Tin tức</h1><p class="filter">Từ khóa: {esc(v)}</p><p class="count">{len(items)} kết quả'
                '</p><ul class="news-list">' + "".join(news_item(a) for a in items) + "</ul></div></div>")
        site.page(path, layout(path, f"Tin tức - {v}", [("Tin tức", "/vi/tin-tuc.html"), (v, None)], main, tag_links))
        site.non_articles.append(path)
    site.trap("tag filters /vi/tin-tuc.html?tag=<TAG_KEY> (the 'Từ khóa:' links, the aside's list): lists",
              "/vi/tin-tuc.html?tag=OCOP")
    for sec, sname in SECTIONS.items():
        items = [a for a in arts if a.opts["section"] == sec][:4]
        path = f"/vi/tin-tuc/{sec}.html"
        main = ('<div class="zoneitem zoneitem-service zoneitem-filtered-contents"><div class="service-filtered-contents">'
                f'<h1 class="title">{esc(sname)}</h1><ul class="news-list">' + "".join(news_item(a) for a in items)
                + '</ul><p class="more"><a href="/vi/tin-tuc.html">Xem tất cả tin tức</a></p></div></div>')
        site.page(path, layout(path, sname, [("Tin tức", "/vi/tin-tuc.html"), (sname, None)], main))
        site.non_articles.append(path)
    site.trap("section pages /vi/tin-tuc/<section>.html: a filtered-contents service with its 4 newest and no pager "
              "('Hoạt động' stops before the oldest)", "/vi/tin-tuc/hoat-dong.html")

    # -- home, static pages, site map, search ----------------------------------------------------------
    home_main = ('<div class="zoneitem zoneitem-service zoneitem-filtered-contents"><div class="service-filtered-contents '
                 'highlight"><h2 class="title">Tin mới</h2><ul class="news-list">' + "".join(news_item(a) for a in arts[:5])
                 + '</ul><p class="more"><a href="/vi/tin-tuc.html">Xem tất cả tin tức</a></p></div></div>')
    notices = [a for a in visible if a.opts["section"] == "thong-bao"]
    site.page("/vi/index.html", layout("/vi/index.html", "Trang chủ", [], home_main, latest_box("Thông báo", notices),
                                       template="home"))
    site.redirect("/", "/vi/index.html", 302)
    site.non_articles.append("/vi/index.html")
    for path, t, text in [("/vi/gioi-thieu.html", "Giới thiệu",
                           "Liên minh Hợp tác xã tỉnh Quảng Trị là tổ chức kinh tế - xã hội đại diện và bảo vệ quyền, lợi "
                           "ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh."),
                          ("/vi/lien-he.html", "Liên hệ", "Mọi thông tin xin gửi về Văn phòng Liên minh HTX tỉnh Quảng Trị.")]:
        main = ('<div class="zoneitem zoneitem-content zoneitem-first"><div class="ametys-cms-content '
                f'ametys-cms-content-article view-main"><h1 class="title">{t}</h1><div class="rich-text"><p>{esc(text)}</p>'
                "</div></div></div>")
        site.page(path, layout(path, t, [(t, None)], main))
        site.non_articles.append(path)
    tree = ('<ul class="sitemap level1"><li><a href="/vi/index.html">Trang chủ</a></li><li><a href="/vi/gioi-thieu.html">'
            'Giới thiệu</a></li><li><a href="/vi/tin-tuc.html">Tin tức</a><ul class="level2">'
            + "".join(f'<li><a href="/vi/tin-tuc/{k}.html">{esc(v)}</a></li>' for k, v in SECTIONS.items())
            + '</ul></li><li><a href="/vi/lien-he.html">Liên hệ</a></li><li><a href="/vi/tim-kiem.html">Tìm kiếm</a></li></ul>')
    site.page("/vi/so-do-trang.html", layout("/vi/so-do-trang.html", "Sơ đồ trang", [("Sơ đồ trang", None)],
                                             '<div class="zoneitem zoneitem-service zoneitem-sitemap"><h1 class="title">Sơ '
                                             f'đồ trang</h1>{tree}</div>'))
    site.non_articles.append("/vi/so-do-trang.html")
    site.page("/vi/tim-kiem.html", layout("/vi/tim-kiem.html", "Tìm kiếm", [("Tìm kiếm", None)],
                                          '<div class="zoneitem zoneitem-service zoneitem-search"><h1 class="title">Tìm kiếm'
                                          '</h1><form action="/vi/tim-kiem.html" method="get"><label>Từ khóa tìm kiếm <input '
                                          'type="text" name="textfield"></label><label>Chuyên mục <select name="metadata-'
                                          'section"><option value="">Tất cả</option>' + "".join(
                                              f'<option value="{k}">{esc(v)}</option>' for k, v in SECTIONS.items())
                                          + '</select></label><input type="hidden" name="submit-form" value="search">'
                                          '<button type="submit">Tìm kiếm</button></form></div>'))
    site.non_articles.append("/vi/tim-kiem.html")
    site.trap("the site-map page /vi/so-do-trang.html lists the visible pages only (the news pages are hidden from the "
              "navigation); the search page, 'Giới thiệu', 'Liên hệ' (content pages without a date): not articles",
              "/vi/so-do-trang.html")

    # -- RSS, sitemap.xml, robots --------------------------------------------------------------------
    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><guid>{{{{base}}}}{a.path}</guid>"
                    f"<description>{esc(inline_text(a.lead))}</description><pubDate>{rfc1123(a.date)}</pubDate></item>\n"
                    for a in arts[:5])
    site.page(rss_path, f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Tin tức - {esc(NAME)}'
              f"</title><link>{{{{base}}}}/vi/tin-tuc.html</link><description>Tin tức</description><language>vi</language>\n"
              f"{items}</channel></rss>\n", content_type="application/rss+xml; charset=UTF-8")
    site.trap("the RSS of the news list (the head's alternate, the 5 newest): RFC 1123 pubDate in GMT, 'Tue, 1 Apr 2025 "
              "17:20:00 GMT' for the item of 00:20 on 2 April", rss_path)
    urls = "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>" for p in dict.fromkeys(
        ["/vi/index.html", "/vi/gioi-thieu.html", "/vi/tin-tuc.html", *[f"/vi/tin-tuc/{k}.html" for k in SECTIONS],
         *[a.path for a in arts], "/vi/lien-he.html", "/vi/so-do-trang.html", "/vi/tim-kiem.html"]))
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              f'sitemap/0.9">{urls}</urlset>\n', content_type="application/xml; charset=UTF-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /_cms/\nDisallow: /_admin/\nDisallow: /plugins/core-ui/\n"
                "Sitemap: {{base}}/sitemap.xml\n")
    site.static("/plugins/cms/resources/js/jquery/jquery-3.6.0.min.js", "/* jQuery */\n")
    site.binary(f"{SKIN}/img/favicon.ico", b"\x00\x00\x01\x00")
    return site


def hash_hex(text: str) -> str:
    h = hashlib.md5(text.encode()).hexdigest()
    return f"{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:32]}"
