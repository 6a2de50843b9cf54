"""Site `tin-htxbackan` (registry family `generic`): "Tin tức Liên minh HTX tỉnh Bắc Kạn" on **Camaleon CMS 2.7**
(the Rails CMS modelled on WordPress; a local theme `lmhtx_backan` made from `camaleon_first` (its layout and home)
falling back on the default theme's partials (breadcrumb, post list item, sidebar, comments, custom fields); the
`rails-i18n` Vietnamese locale; Rails left at its default time zone UTC; the copy is of 18 March 2025, before the
province merged into Thái Nguyên). Written as a held-out test: no family module, no selectors.

URL shapes: the post type "Tin tức" uses the route format `post_of_posttype`: a post is `/tin-tuc/<slug>.html`;
Camaleon's catch-all `:slug(.:format)` route answers the same post at `/<slug>.html` (the home page's notice box,
typed by an editor, links one so: an alias); the post type's list `/tin-tuc.html` (the menu's "Tin tức"),
categories `/category/<id>-<title>.html`, tags `/tag/<id>-<title>.html`, all paginated by will_paginate
(`?page=2`, page 1 linked as `?page=1`), 5 a page (the site's `front_per_page`); the RSS `/rss`; `/sitemap.xml`,
`/robots.txt` (the theme's robots template adds `Disallow: /admin`); the back end `/admin` (the comments block's
login link) and `/admin/login`.

Why it is hard: the `<title>` is "Site | Post" and the only `<h1>` of a post page is the post's, inside
`article.post-content` under the Bootstrap breadcrumb; the text is the TinyMCE HTML in `div.item-content`
(`<p>`, `<h3>`, lists, a table whose first row is bold `<td>`s, `figure.image > figcaption`). Everything Rails
prints is in UTC: the theme writes `<time datetime="<%= @post.published_at %>">` -> `datetime="2025-03-04 17:25:00
UTC"` (Ruby's `Time#to_s`) around `l(published_at, format: :long)` -> "04 Tháng ba, 2025 17:25" (rails-i18n's
"%d %B, %Y %H:%M", month names "Tháng một" … "Tháng mười hai"): the post of 00:25 on 5 March reads 4 March, and
every time is 7 hours behind Vietnam. Lists print `the_created_at` (the draft's creation, not its publication: the
notice drafted on 10 March reads "10 Tháng ba, 2025 09:30" in the lists); the RSS's `<pubDate>` is the same
localised created_at (not RFC 822). The custom-field box after the text (`div.field-box`: "Tác giả", "Nguồn tin",
"Tệp đính kèm") is not text: its "Tác giả" is the author when the text has no byline; its file link is the
attachment. The post's owner ("Đăng bởi") is an account: "admin" and "Ban Biên tập" are no author, the staff member
Nông Thị Hạnh is. The sidebar's "Bài viết liên quan" (same category, latest 5) includes the post itself. The oldest
post is only on page 2 of its category and of `/tin-tuc.html`, and in the sitemap.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf, weekday
from .richbody import RichArticle

SITE = "tin-htxbackan"
NAME = "Liên minh HTX tỉnh Bắc Kạn"
PER = 5
TODAY = datetime(2025, 3, 18)
MONTHS = ["Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy", "Tháng tám",
          "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai"]
USERS = {"admin": "admin", "bientap": "Ban Biên tập", "hanhnt": "Nông Thị Hạnh"}
CATS = {5: ("Tin hoạt động", "tin-hoat-dong"), 6: ("Thông báo", "thong-bao")}
TAGS = {11: ("OCOP", "ocop"), 12: ("Nông sản", "nong-san"), 13: ("Chính sách", "chinh-sach")}
ADDRESS = "Địa chỉ: Tổ 1, phường Đức Xuân, thành phố Bắc Kạn, tỉnh Bắc Kạn"
PHONE = "Điện thoại: 0209.3870.245 - Email: lmhtx@backan.gov.vn"
LICENCE = "Giấy phép số 12/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Bắc Kạn cấp ngày 15/6/2020"
COPY = "Bản quyền thuộc Liên minh Hợp tác xã tỉnh Bắc Kạn. Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
FURN = [ADDRESS, PHONE, LICENCE, COPY, f"{weekday(TODAY)}, ngày {TODAY:%d/%m/%Y}", "Chuyên mục", "Bài viết mới nhất",
        "Bài viết liên quan", "Thẻ", "Bạn phải đăng nhập để bình luận", "Đăng bởi:", "Tác giả",
        "Nguồn tin", "Tệp đính kèm", "Liên kết website", "Bình luận", "Vận hành bởi Camaleon CMS"]


def parameterize(text: str) -> str:
    """ActiveSupport's parameterize: transliterate (đ -> d), lower case, non-alphanumerics to '-'."""
    t = text.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def long_fmt(d: datetime) -> str:
    """l(time, format: :long) in UTC with rails-i18n vi: '%d %B, %Y %H:%M'."""
    x = utc(d)
    return f"{x:%d} {MONTHS[x.month - 1]}, {x:%Y %H:%M}"


def ruby_to_s(d: datetime) -> str:
    return f"{utc(d):%Y-%m-%d %H:%M:%S} UTC"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    out = [
        A(path="", title="Thông báo số 05/TB-LMHTX về việc đăng ký tham gia Hội chợ nông sản, sản phẩm OCOP Bắc Kạn năm 2025",
          body="""
LIÊN MINH HTX TỈNH BẮC KẠN
Số: 05/TB-LMHTX
Bắc Kạn, ngày 10 tháng 3 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ nông sản, sản phẩm OCOP Bắc Kạn năm 2025
Hội chợ nông sản, sản phẩm OCOP Bắc Kạn năm 2025 diễn ra từ ngày 10/4 đến ngày 14/4/2025 tại Quảng trường 19/8, thành phố Bắc Kạn.
Liên minh HTX tỉnh hỗ trợ 25 gian hàng cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 25/3/2025.
CHỦ TỊCH
Hoàng Văn Thịnh
""", author=None, doc_number="05/TB-LMHTX",
          attachments=[{"path": "/media/1/tb-05-lmhtx-2025.pdf", "text": "tb-05-lmhtx-2025.pdf"}],
          opts={"by": "admin", "cat": 6, "tags": [11], "fields": {"tep-dinh-kem": "/media/1/tb-05-lmhtx-2025.pdf"},
                "created": datetime(2025, 3, 10, 16, 30)},
          notes=["notice 'Số: 05/TB-LMHTX' dated 10/3 in its text, published 12/03/2025 09:00 (the page's <time "
                 "datetime='2025-03-12 02:00:00 UTC'>12 Tháng ba, 2025 02:00</time>: UTC); the lists print its draft's "
                 "created_at '10 Tháng ba, 2025 09:30'; owner 'admin': no author; the signer is text; the custom field "
                 "'Tệp đính kèm' (after the text) holds the PDF: an attachment, not text; the home page's notice box links "
                 "it as /<slug>.html: an alias"],
          **at(datetime(2025, 3, 12, 9, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Thượng Giáo",
          body="""
Chiều 4/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Thượng Giáo (huyện Ba Bể).
HTX hiện có 48 thành viên, sản xuất và tiêu thụ gạo nếp Khẩu nua lếch, sản phẩm OCOP 3 sao của huyện.
Đoàn ghi nhận kiến nghị của HTX về hỗ trợ máy sấy, máy đóng gói để nâng cao chất lượng sản phẩm.
""", author=None,
          opts={"by": "bientap", "cat": 5, "tags": [12], "fields": {},
                "comments": [("Hoàng Minh Đức", 2, "HTX Thượng Giáo có bán lẻ gạo nếp không ạ? Cho xin số điện thoại liên hệ.")]},
          notes=["published at 00:25 on 5 March about the afternoon before: the page's time is UTC, 'datetime=\"2025-03-04 "
                 "17:25:00 UTC\"' and '04 Tháng ba, 2025 17:25' -> published 2025-03-05 00:25 Vietnam time; owner 'Ban "
                 "Biên tập', no byline: author null; a reader's comment below it is not text"],
          **at(datetime(2025, 3, 5, 0, 25))),
        A(path="", title="Ảnh: HTX Nông nghiệp Côi Đá vào vụ làm miến dong",
          body="""
Những ngày đầu tháng 2, các thành viên HTX Nông nghiệp Côi Đá (xã Nam Mẫu, huyện Ba Bể) tất bật vào vụ làm miến dong.
[img coi-da-1.png] Thành viên HTX thu hoạch củ dong riềng trên nương
[img coi-da-2.png] Tinh bột dong được tráng, hấp thành bánh trước khi thái sợi
[img coi-da-3.png] Miến dong được phơi khô trên giàn trước khi đóng gói
Vụ miến năm nay HTX dự kiến sản xuất 45 tấn miến, tiêu thụ chủ yếu tại Hà Nội và Thái Nguyên.
""", byline="Bài và ảnh: Nông Văn Chiến", author="Nông Văn Chiến",
          opts={"by": "hanhnt", "cat": 5, "tags": [11, 12], "fields": {}},
          notes=["photo story: TinyMCE figure.image with figcaption (one line each); owner Nông Thị Hạnh, 'Bài và ảnh: "
                 "Nông Văn Chiến' closes it -> author"],
          **at(datetime(2025, 2, 26, 15, 10))),
        A(path="", title="Kết quả hoạt động của các HTX nông nghiệp tỉnh Bắc Kạn năm 2024",
          body="""
Năm 2024, các HTX nông nghiệp trên địa bàn tỉnh duy trì hoạt động ổn định, doanh thu bình quân tăng so với năm 2023.
| Chỉ tiêu | Đơn vị | Năm 2024 | So với năm 2023 (%) |
| HTX nông nghiệp đang hoạt động | HTX | 312 | 103,6 |
| Thành viên | người | 6.950 | 102,1 |
| Doanh thu bình quân một HTX | triệu đồng | 1.480 | 108,4 |
| HTX có sản phẩm OCOP | HTX | 96 | 111,6 |
Năm 2025, tỉnh phấn đấu thành lập mới 30 HTX nông nghiệp, trong đó có 8 HTX ứng dụng công nghệ cao.
""", author="Nông Thị Hạnh",
          opts={"by": "hanhnt", "cat": 5, "tags": [], "fields": {}},
          notes=["a TinyMCE table (no <th>: the first row's cells are <strong>): one line per row; owner Nông Thị Hạnh "
                 "(a staff member; 'Đăng bởi: Nông Thị Hạnh'), no byline, no 'Tác giả' field: she is the author"],
          **at(datetime(2025, 2, 18, 10, 0))),
        A(path="", title="Những điều HTX cần biết về Luật Hợp tác xã năm 2023",
          body="""
Luật Hợp tác xã số 17/2023/QH15 có hiệu lực từ ngày 01/7/2024, với nhiều điểm mới mà các HTX cần nắm rõ.
## Những điểm mới chủ yếu
* Mở rộng đối tượng thành viên, cho phép thành viên liên kết không góp vốn;
* Quy định rõ tài sản không chia và việc phân phối thu nhập;
* Bổ sung chính sách hỗ trợ về đất đai, tín dụng, khoa học công nghệ.
## Việc HTX cần làm
* Rà soát, sửa đổi điều lệ cho phù hợp với Luật mới;
* Kiện toàn bộ máy quản lý, điều hành theo quy định.
""", author="Lục Văn Toàn",
          opts={"by": "admin", "cat": 5, "tags": [13], "fields": {"tac-gia": "Lục Văn Toàn"}},
          notes=["two <h3> headings with bulleted lists; owner 'admin', no byline in the text: the custom field "
                 "'Tác giả: Lục Văn Toàn' (after the text, not text) names the author"],
          **at(datetime(2025, 2, 7, 8, 30))),
        A(path="", title="HTX Chè Bằng Phúc mở rộng vùng chè đạt chuẩn VietGAP",
          body="""
HTX Chè Bằng Phúc (huyện Chợ Đồn) vừa mở rộng vùng chè đạt chuẩn VietGAP lên 42 ha.
Sản phẩm chè Shan tuyết Bằng Phúc đã đạt chứng nhận OCOP 4 sao, được bán tại nhiều cửa hàng đặc sản ở Hà Nội.
HTX đang xây dựng điểm du lịch trải nghiệm hái chè, sao chè thủ công cho du khách.
""", byline="Theo Báo Bắc Kạn", author=None,
          opts={"by": "hanhnt", "cat": 5, "tags": [11], "fields": {"nguon-tin": "Báo Bắc Kạn"}},
          notes=["custom field 'Nguồn tin: Báo Bắc Kạn' and 'Theo Báo Bắc Kạn' closing the text: a reprint, no author "
                 "(the owner Nông Thị Hạnh only posted it)"],
          **at(datetime(2025, 1, 21, 14, 0))),
        A(path="", title="HTX Dịch vụ nông nghiệp Quang Thuận phát triển vùng cam sành hữu cơ",
          body="""
HTX Dịch vụ nông nghiệp Quang Thuận (huyện Bạch Thông) hiện quản lý 60 ha cam sành, trong đó 18 ha canh tác hữu cơ.
Cam sành Quang Thuận được thu mua với giá 25.000 - 30.000 đồng/kg, cao hơn cam thường khoảng 20%.
Năm 2025, HTX liên kết với một doanh nghiệp ở Hà Nội để bao tiêu toàn bộ sản phẩm cam hữu cơ.
""", byline="Triệu Thị Mai", author="Triệu Thị Mai",
          opts={"by": "bientap", "cat": 5, "tags": [12], "fields": {},
                "comments": [("Lường Văn Hải", 5, "Cam sành Quang Thuận ngọt lắm, năm nào nhà tôi cũng đặt mua."),
                             ("Hoàng Minh Đức", 26, "Chúc HTX ngày càng phát triển!")]},
          notes=["owner 'Ban Biên tập'; the bare name 'Triệu Thị Mai' closes the text: the author; two readers' "
                 "comments (names, UTC dates) below it are not text"],
          **at(datetime(2025, 1, 9, 9, 45))),
        A(path="", title="Liên minh HTX tỉnh Bắc Kạn tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Bắc Kạn tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 27 HTX, tổ chức 10 lớp tập huấn cho 540 lượt cán bộ HTX.
""", byline="Tin, ảnh: Hà Thu Trang", author="Hà Thu Trang",
          opts={"by": "hanhnt", "cat": 5, "tags": [], "fields": {}},
          notes=["the oldest post: only on page 2 of its category (/category/5-tin-hoat-dong.html?page=2) and of "
                 "/tin-tuc.html?page=2, and in the sitemap (the sidebars' latest 5 and related 5, the home page's 6 and "
                 "the RSS's 5 never reach it; no tag); 'Tin, ảnh: Hà Thu Trang' -> author"],
          **at(datetime(2024, 12, 27, 15, 30))),
    ]
    for a in out:
        a.opts.setdefault("created", a.date)
    return out


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="table table-bordered" style="width: 100%;" border="1">\n<tbody>\n<tr>\n'
                       + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "\n</tr>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
        elif b.kind == "img":
            cap = f"\n<figcaption>{esc(b.text)}</figcaption>" if b.text else ""
            out.append(f'<figure class="image"><img src="/media/1/{b.src}" alt="" width="700" height="467" />{cap}</figure>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-kan", f"Tin tức {NAME} (Camaleon CMS)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE],
                     feeds=["{{base:%s}}/rss" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    pid = 40
    for a in reversed(arts):
        pid += 3
        a.opts["id"] = pid
        a.opts["slug"] = parameterize(a.title)
        a.path = f"/tin-tuc/{a.opts['slug']}.html"
    notice = next(a for a in arts if a.doc_number)
    alias = f"/{notice.opts['slug']}.html"
    latest = arts[:5]
    cat_url = {c: f"/category/{c}-{parameterize(n)}.html" for c, (n, _) in CATS.items()}
    tag_url = {t: f"/tag/{t}-{s}.html" for t, (n, s) in TAGS.items()}
    token = hashlib.sha1(SITE.encode()).hexdigest()

    def menu(current: str) -> str:
        items = [("Trang chủ", "/"), ("Tin tức", "/tin-tuc.html"), ("Tin hoạt động", cat_url[5]),
                 ("Thông báo", cat_url[6]), ("Giới thiệu", "/gioi-thieu.html")]
        return ('<ul class="nav navbar-nav navbar-right" id="menu-menu-1">' + "".join(
            f'<li class="menu-item{" current-menu-item" if href == current else ""}" id="menu-item-{i}"><a href="{href}" '
            f'target="">{esc(n)}</a></li>' for i, (n, href) in enumerate(items, 1)) + "</ul>")

    def breadcrumb(items: list[tuple[str, str]]) -> str:
        lis = "".join(f"<li><a href='{href}'>{esc(n)}</a></li>" if i < len(items) - 1 else f"<li class='active'>{esc(n)}</li>"
                      for i, (n, href) in enumerate(items))
        return (f'<div class="row">\n    <div class="col-md-9">\n        <ol class="breadcrumb" style="margin-left: 0;">\n'
                f'            {lis}\n        </ol>\n    </div>\n    <div class="col-md-3">\n        <form class="form-search '
                f'form-horizontal" action="/search" accept-charset="UTF-8" method="get"><input name="utf8" type="hidden" '
                f'value="&#x2713;" />\n    <div class="input-group">\n        <input type="text" name="q" class="form-control" '
                f'placeholder="Tìm kiếm...">\n        <div class="input-group-btn">\n            <button type="submit" '
                f'class="btn btn-default"><i style="font-size: 14px;" class="glyphicon glyphicon-search"></i></button>\n'
                f"        </div>\n    </div>\n</form>\n    </div>\n</div>")

    def layout(path: str, title: str, content: str, desc: str = "", home: bool = False) -> str:
        full = NAME if home else f"{NAME} | {title}"
        body = content if home else f'<div id="ww">\n                    <div class="container">{content}</div>\n                </div>'
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
    <!-- META SECTION -->
    <meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
    <meta http-equiv="X-UA-Compatible" content="IE=edge" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <!-- END META SECTION -->

    <link rel="stylesheet" media="all" href="/assets/themes/lmhtx_backan/assets/css/main-5c1f0e.css" />
    <link rel="stylesheet" href="{{{{base:offsite}}}}/font-awesome/4.3.0/css/font-awesome.min.css">
    <script src="/assets/themes/lmhtx_backan/assets/js/main-9a7d21.js"></script>

    <meta name="csrf-param" content="authenticity_token" />
<meta name="csrf-token" content="{token}" />
<title>{esc(full)}</title>
<meta name="description" content="{attr(desc)}">
<meta name="keywords" content="Liên minh HTX, Bắc Kạn, hợp tác xã, kinh tế tập thể">
<meta name="author" content="{attr(NAME)}">
<link rel="icon" type="image/x-icon" href="/media/1/favicon.png">
<link rel="alternate" type="application/rss+xml" href="{{{{base}}}}/rss">
<meta property="og:title" content="{attr(full)}">
<meta property="og:description" content="{attr(desc)}">
<meta property="og:type" content="website">
<meta property="og:url" content="{{{{base}}}}{path}">
<meta property="og:image" content="{{{{base}}}}/media/1/logo-lmhtx.png">
<meta name="twitter:card" content="summary">
<meta name="twitter:title" content="{attr(full)}">
<script>
//<![CDATA[
var ROOT_URL = "{{{{base}}}}/"; var LANGUAGE = "vi";
//]]>
</script>

    <!--[if lt IE 9]>
    <script src="{{{{base:offsite}}}}/html5shiv/3.7.2/html5shiv.min.js"></script>
    <![endif]-->
</head>
<body class="">
    <div class="top-bar"><div class="container"><span class="today">{weekday(TODAY)}, ngày {TODAY:%d/%m/%Y}</span></div></div>
    <header>
        <nav role="navigation">
            <div class="navbar navbar-inverse navbar-static-top">
                <div class="container">
                    <div class="navbar-header">
                        <button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-responsive-collapse">
                            <span class="icon-bar"></span>
                            <span class="icon-bar"></span>
                            <span class="icon-bar"></span>
                        </button>
                        <a class="navbar-brand" href="{{{{base}}}}/" title="{attr(NAME)}" rel="homepage"><b>{esc(NAME)}</b></a>
                    </div>
                    <div class="navbar-collapse collapse navbar-responsive-collapse">
                        {menu(path)}
                    </div>
                </div>
            </div>
        </nav>
    </header><!-- end of header -->


    <div id="wrapper" class="clearfix">
        <div class="home-wrap clearfix">
                {body}
        </div><!-- END home-wrap -->
    </div><!-- end of wrapper-->

    <!-- +++++ Footer Section +++++ -->
    <footer id="footer">
        <div class="container">
            <div class="row">
                <div class="col-lg-4">
                    <div id="text-2" class="widget-wrapper widget_text">
                        <h4>{esc(NAME)}</h4><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>
                    </div>
                </div>
                <div class="col-lg-4">
                    <div id="text-3" class="widget-wrapper widget_text">
                        <p>{esc(LICENCE)}</p><p>{esc(COPY)}</p>
                    </div>
                </div>
                <div class="col-lg-4">
                    <div id="text-4" class="widget-wrapper widget_text">
                        <h4>Liên kết website</h4><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh Hợp tác xã Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/backan/" target="_blank">Cổng thông tin điện tử tỉnh Bắc Kạn</a></li></ul>
                        <p class="powered"><a href="{{{{base:offsite}}}}/camaleon/" target="_blank">Vận hành bởi Camaleon CMS</a></p>
                    </div>
                </div>
            </div><!-- /row -->
        </div><!-- /container -->
    </footer><!-- end #footer -->

</body>
</html>
"""

    def list_item(a: RichArticle) -> str:
        thumb = next((b.src for b in a.blocks if b.kind == "img"), None)
        img = f"/media/1/{thumb}" if thumb else "/media/1/no-image.png"
        words = a.summary().split()
        excerpt = " ".join(words[:24]) + ("..." if len(words) > 24 else "")
        return (f'<div class="col-sm-6 col-md-4 post-list-item">\n    <div class="thumbnail">\n        <a href="{a.path}"><img '
                f'style="height: 200px; width: 100%; display: block;" src="{img}" /></a>\n        <div class="caption">\n'
                f'            <h4 id="thumbnail-label">\n                <a href="{a.path}">{esc(a.title)}</a>\n            </h4>\n'
                f'            <small class="" style="display: block;">{long_fmt(a.opts["created"])}</small>\n            <hr>\n'
                f"            <p>{esc(excerpt)} </p>\n        </div>\n    </div>\n</div>")

    def pagination(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        prev = ('<li class="prev previous_page disabled"><a href="#">&#8592; Trang trước</a></li>' if n == 1 else
                f'<li class="prev previous_page "><a rel="prev" href="{base}?page={n - 1}">&#8592; Trang trước</a></li>')
        nums = "".join(f'<li class="active"><a href="{base}?page={k}">{k}</a></li>' if k == n else
                       f'<li><a rel="{"next" if k == n + 1 else "prev" if k == n - 1 else ""}" href="{base}?page={k}">{k}</a></li>'
                       for k in range(1, pages + 1))
        nxt = ('<li class="next next_page disabled"><a href="#">Trang sau &#8594;</a></li>' if n == pages else
               f'<li class="next next_page "><a rel="next" href="{base}?page={n + 1}">Trang sau &#8594;</a></li>')
        return f'<ul class="pagination">{prev}{nums}{nxt}</ul>'

    def listing(base: str, title: str, css: str, items: list[RichArticle], crumbs: list[tuple[str, str]],
                intro: str = "") -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(1, pages + 1):
            chunk = items[(n - 1) * PER:n * PER]
            html = (f'<article id="{css.split("_")[0]}-view" class="{css}">\n    {breadcrumb(crumbs)}\n    <h1>{esc(title)} </h1>\n'
                    f'    <div class="content">\n        {intro}\n    </div><br><br>\n\n    <div class="row">\n'
                    + "\n".join(list_item(a) for a in chunk) + f"\n    </div>\n    {pagination(base, n, pages)}\n</article>")
            path = base if n == 1 else f"{base}?page={n}"
            site.page(path, layout(base, title, html, desc=intro))
            site.non_articles.append(path)
        if pages > 1:
            site.same_page(f"{base}?page=1", base)

    # -- posts ----------------------------------------------------------------------------------
    for a in arts:
        cat = a.opts["cat"]
        related = [x for x in arts if x.opts["cat"] == cat][:5]
        fields = ""
        labels = {"tac-gia": ("Tác giả", "text_box"), "nguon-tin": ("Nguồn tin", "text_box"),
                  "tep-dinh-kem": ("Tệp đính kèm", "file")}
        for key, value in a.opts["fields"].items():
            label, kind = labels[key]
            inner = (f'<p><a href="{value}" target="_blank">{esc(value.rsplit("/", 1)[1])}</a></p>' if kind == "file"
                     else f"<p>{esc(value)}</p>")
            fields += (f'\n    <div class="field-box field-{key} field-type-{kind}">\n      <strong>{label}</strong><br/>\n'
                       f'      <div class="field-box-item">\n            {inner}\n      </div>\n\n    </div>')
        comments = ""
        if a.opts.get("comments"):
            rows = "".join(
                f'\n    <div class="row ">\n        <div class="col-sm-1 ">\n            <div class="thumbnail">\n'
                f'                <img class="img-responsive" src="/assets/camaleon_cms/image-not-found.png" />\n            '
                f'</div><!-- /thumbnail -->\n        </div><!-- /col-sm-1 -->\n\n        <div class="col-sm-9">\n            '
                f'<div class="panel panel-default">\n                <div class="panel-heading">\n                    <strong '
                f'class="">{esc(name)}</strong> <small class="text-muted pull-right">{long_fmt(a.date + timedelta(hours=hours))}'
                f'</small>\n                </div>\n                <div class="panel-body">\n                    {esc(text)}\n'
                f"                </div><!-- /panel-body -->\n            </div><!-- /panel panel-default -->\n        </div>"
                f"<!-- /col-sm-5 -->\n    </div>" for name, hours, text in a.opts["comments"])
            comments = (f'<div class="row">\n            <div class="col-md-12">\n              <h2 class="page-header">Bình '
                        f'luận</h2>\n              <section class="comment-list">{rows}\n              </section>\n            '
                        f"</div>\n          </div>")
        comments_block = (f'<section class="comment-list">\n      {comments}\n          <div class="row comment_form_panel">\n'
                          f'            <div class="col-md-12 col-sm-12">\n              <h3>Viết bình luận</h3>\n'
                          f'                  <div class="panel-login-comment">Bạn phải đăng nhập để bình luận\n'
                          f'                    <a class="link-login-comment" href="/admin">Đăng nhập</a>\n'
                          f"                  </div>\n            </div>\n          </div>\n    </section>")
        tags = "".join(f'\n                    <a class="btn btn-default btn-xs" href="{tag_url[t]}">{esc(TAGS[t][0])}</a>'
                       for t in a.opts["tags"])
        tags_panel = (f'\n        <div class="panel panel-default">\n            <div class="panel-heading">Thẻ</div>\n'
                      f'            <div class="panel-body">{tags}\n            </div>\n        </div>') if tags else ""
        sidebar = (f'<div class="panel panel-default">\n        <div class="panel-heading">Chuyên mục</div>\n        <div '
                   f'class="panel-body">\n            <ul style="list-style-position: inside">\n                    <li><a '
                   f'href="{cat_url[cat]}">{esc(CATS[cat][0])}</a></li>\n            </ul>\n        </div>\n    </div>\n'
                   f'    <div class="panel panel-default">\n        <div class="panel-heading">\n            Bài viết mới nhất\n'
                   f'        </div>\n        <div class="panel-body">\n            <ul style="list-style-position: inside">'
                   + "".join(f'\n                    <li><a href="{x.path}">{esc(x.title)}</a></li>' for x in latest)
                   + '\n            </ul>\n        </div>\n    </div>\n    <div class="panel panel-default">\n        <div '
                   'class="panel-heading">\n            Bài viết liên quan\n        </div>\n        <div class="panel-body">\n'
                   '            <ul style="list-style-position: inside">'
                   + "".join(f'\n                    <li><a href="{x.path}">{esc(x.title)}</a></li>' for x in related)
                   + f"\n            </ul>\n        </div>\n    </div>{tags_panel}")
        html = (f'<div class="container-fluid">\n    {breadcrumb([("Trang chủ", "{{base}}/"), ("Tin tức", "{{base}}/tin-tuc.html"), (a.title, "")])}'
                f'\n    <div class="row">\n            <div class="col-md-9 post-view">\n                <article class="post-content">\n'
                f"                    <h1>{esc(a.title)} </h1>\n                    <div class=\"author\">\n                        "
                f'<span class="post-owner"><i class="fa fa-user"></i> Đăng bởi: {esc(USERS[a.opts["by"]])}</span>\n                        '
                f'<time datetime="{ruby_to_s(a.date)}"><i class="fa fa-calendar"></i> {long_fmt(a.date)}</time>\n                    '
                f'</div>\n                    <div class="item-content">\n                        {body_html(a)}\n                    '
                f'</div>\n                    <div class="post-fields">{fields}\n</div>\n                </article>\n                '
                f'{comments_block}\n            </div>\n            <div class="col-md-3 single-sidebar">\n                '
                f"{sidebar}\n            </div>\n\n    </div>\n</div>")
        site.page(a.path, layout(a.path, a.title, html, desc=a.summary()))
        if a is notice:
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/media/1/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BAC KAN", "THONG BAO SO 05/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += sorted({text for a in arts for _, _, text in a.opts.get("comments", [])})
    site.trap("every time is Rails' UTC: <time datetime='YYYY-MM-DD HH:MM:SS UTC'> (Ruby's Time#to_s) around "
              "'%d %B, %Y %H:%M' with rails-i18n vi month names ('12 Tháng ba, 2025 02:00' = 09:00 in Vietnam)", notice.path)
    site.trap("the sidebar (default theme partial): 'Chuyên mục', 'Bài viết mới nhất' (5), 'Bài viết liên quan' (same "
              "category, latest 5, the post itself included), 'Thẻ'; the comments block's login link /admin", arts[1].path)

    # -- lists ------------------------------------------------------------------------------------
    listing("/tin-tuc.html", "Tin tức", "post_type_tin-tuc", arts, [("Trang chủ", "{{base}}/"), ("Tin tức", "")],
            "Tin tức, sự kiện về kinh tế tập thể, hợp tác xã tỉnh Bắc Kạn.")
    for c, (n, s) in CATS.items():
        listing(cat_url[c], n, f"category_{s}", [a for a in arts if a.opts["cat"] == c],
                [("Trang chủ", "{{base}}/"), ("Tin tức", "{{base}}/tin-tuc.html"), (n, "")])
    for t, (n, s) in TAGS.items():
        items = [a for a in arts if t in a.opts["tags"]]
        listing(tag_url[t], n, f"post_tag_{s}", items, [("Trang chủ", "{{base}}/"), (n, "")])
    site.trap("lists (post type /tin-tuc.html, categories /category/N-slug.html, tags /tag/N-slug.html): the default "
              "post_list_item (thumbnail, title, created_at in UTC, excerpt), will_paginate '?page=2' (page 1 as "
              "'?page=1'), 5 a page", "/category/5-tin-hoat-dong.html?page=2")

    # -- pages, home --------------------------------------------------------------------------------
    intro = ("<p>Liên minh Hợp tác xã tỉnh Bắc Kạn là tổ chức kinh tế - xã hội đại diện cho các HTX, liên hiệp HTX và tổ "
             "hợp tác trên địa bàn tỉnh.</p>")
    page = (f'<div class="container-fluid">\n    {breadcrumb([("Trang chủ", "{{base}}/"), ("Giới thiệu", "")])}\n    <div '
            f'class="row">\n            <div class="col-md-12 page-view">\n                <article class="post-content">\n'
            f'                    <h1>Giới thiệu </h1>\n                    <div class="item-content">\n                        '
            f"{intro}\n                    </div>\n                </article>\n            </div>\n    </div>\n</div>")
    site.page("/gioi-thieu.html", layout("/gioi-thieu.html", "Giới thiệu", page, desc="Giới thiệu"))
    site.non_articles.append("/gioi-thieu.html")
    home = (f'<!-- +++++ Welcome Section +++++ -->\n<div id="ww">\n    <div class="container" >\n        <div class="row">\n'
            f'            <div class="col-lg-8 col-lg-offset-2">\n                <h1>Trang tin điện tử {esc(NAME)}</h1>\n'
            f'                <div><p>Chào mừng bạn đến với trang tin của Liên minh Hợp tác xã tỉnh Bắc Kạn.</p>\n'
            f'<p class="home-notice"><strong>Thông báo mới:</strong> <a href="{alias}">{esc(notice.title)}</a></p></div>\n'
            f'            </div><!-- /col-lg-8 -->\n        </div><!-- /row -->\n    </div> <!-- /container -->\n</div><!-- /ww -->\n\n'
            f'<!-- +++++ Projects Section +++++ -->\n<div class="container pt">\n    <h3>Bài viết mới nhất</h3>\n    <div '
            f'class="row mt centered latest_articles">' + "".join(
                f'\n            <!-- PORTFOLIO ITEM -->\n            <div class="col-lg-4">\n                <a class="zoom '
                f'green" href="{x.path}" title="{attr(x.title)}" >\n                    <img width="400" height="300" '
                f'src="/media/1/{next((b.src for b in x.blocks if b.kind == "img"), "no-image.png")}" class="attachment-post-'
                f'thumbnail wp-post-image" alt="post image" />    </a>\n\n                <p>{esc(x.title)}</p>\n            '
                f"</div> <!-- /col -->" for x in arts[:6]) + "\n    </div><!-- /row -->\n</div><!-- /container -->")
    site.page("/", layout("/", NAME, home, desc="Trang tin điện tử Liên minh Hợp tác xã tỉnh Bắc Kạn", home=True))
    site.non_articles.append("/")
    site.trap("home (camaleon_first's index): the home page's text with an editor's 'Thông báo mới' link to "
              "/<slug>.html (Camaleon's catch-all post route: an alias) and 'Bài viết mới nhất' (6, titles only)", "/")

    # -- admin, robots, sitemap, rss -----------------------------------------------------------------
    login = ('<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>Đăng nhập | Camaleon CMS</title></head><body '
             'class="login"><form action="/admin/login" method="post"><input type="text" name="user[username]">'
             '<input type="password" name="user[password]"><button type="submit">Đăng nhập</button></form></body></html>\n')
    site.page("/admin", login)
    site.never_fetched.append("/admin")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("robots.txt (the theme's robots template) disallows /admin: the comments block's 'Đăng nhập' link is never "
              "fetched", "/admin")
    urls = [("/", TODAY)] + [(a.path, a.date) for a in arts] + [(cat_url[c], TODAY) for c in CATS] + \
        [("/tin-tuc.html", TODAY)] + [(tag_url[t], TODAY) for t in TAGS]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="https://www.sitemaps.org/schemas/'
              'sitemap/0.9">\n' + "".join(f"  <url>\n    <loc>{{{{base}}}}{u}</loc>\n    <lastmod>{utc(d):%Y-%m-%d}</lastmod>\n"
                                           f"    <changefreq>{'daily' if u == '/' else 'monthly'}</changefreq>\n    <priority>"
                                           f"{'1.0' if u == '/' else '0.5'}</priority>\n  </url>\n" for u, d in urls)
              + "</urlset>\n", content_type="application/xml")
    site.trap("/sitemap.xml (Camaleon's builder): the home, every post (lastmod = updated_at's UTC date), categories, "
              "the post type and tags", "/sitemap.xml")
    items = "".join(f"    <item>\n      <title>{esc(a.title)}</title>\n      <description>{esc(a.summary())}</description>\n"
                    f"      <pubDate>{long_fmt(a.opts['created'])}</pubDate>\n      <upDate>{long_fmt(a.date)}</upDate>\n"
                    f"      <link>{{{{base}}}}{a.path}</link>\n      <guid>{a.opts['id']}</guid>\n      <thumb>{{{{base}}}}/media/1/"
                    f"{next((b.src for b in a.blocks if b.kind == 'img'), 'no-image.png')}</thumb>\n    </item>\n" for a in arts[:PER])
    site.page("/rss", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n  <channel>\n    <title>{esc(NAME)}</title>'
              f"\n    <description>Trang tin điện tử Liên minh Hợp tác xã tỉnh Bắc Kạn</description>\n    <link>{{{{base}}}}/</link>"
              f"\n{items}  </channel>\n</rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /rss (the head's alternate; the 5 newest): <pubDate> is the localised created_at in UTC ('10 Tháng ba, "
              "2025 09:30'), not RFC 822; <guid> is the post's id", "/rss")
    site.binary("/media/1/favicon.png", image_for("favicon-backan"))
    site.binary("/media/1/logo-lmhtx.png", image_for("logo-backan"))
    site.binary("/media/1/no-image.png", image_for("no-image-backan"))
    site.binary("/assets/camaleon_cms/image-not-found.png", image_for("avatar"))
    return site
