"""Site `tin-htxbinhthuan` (registry family `generic`): "Trang tin Liên minh HTX tỉnh Bình Thuận" on **Percussion CMS
5.4** (the open-source Percussion CM1 line: pages authored in the CM server, published as static files; lists, the
tag list, the archive, comments, search and RSS served by the Delivery Tier Services, a separate Tomcat whose JVM
runs in UTC; the copy is of 18 March 2025, saved from a browser, so the lists the delivery tier's scripts draw are
in the pages). Written as a held-out test: no family module, no selectors.

URL shapes: a post of the "Bài viết blog" template `/tin-tuc/<yyyy>/<mm>/<slug>.html` (the blog's date folders);
a page of the plain "Trang nội dung" template `/tin-tuc/<slug>/index.html`, its canonical `/tin-tuc/<slug>/` (the
site's canonical setting drops the default document; the home page's notice box links it so, the lists link
index.html: aliases of each other); the blog index `/tin-tuc/index.html` (= `/tin-tuc/`) with the Page Auto List (5 a
page, the pager's `?page=2`), the tag list's `?filter=<tag>` and the archive's `?filter=<yyyy-mm>` views of it; the
home `/index.html` (= `/`); the search results page `/tim-kiem.html` (the header's form; the "Từ khóa" link
`/tim-kiem.html?searchQuery=OCOP`); the member login `/thanh-vien/dang-nhap.html` (robots.txt disallows
`/thanh-vien/`); the List widget's RSS `/feeds/rss/lmhtxbinhthuan/TinTuc` (the delivery tier); `/sitemap.xml` and
`/robots.txt` (published with the site); files under `/Assets/uploads/`.

Why it is hard: the page is nested `div.perc-region` / `div.perc-horizontal` / `div.perc-widget
perc-widget-transperant` (sic) blocks with no semantic container; the post's title is `h1.perc-blog-post-title`, its
date `div.perc-blog-post-date` "Thứ Ba, 14/01/2025" (no time) beside "bởi <Author field>"; the text is the rich text
field `div.rxbodyfield` (paragraphs, `<h3>`, lists, tables, `figure.image > figcaption`); then the tag links, the
social buttons, "‹ Bài trước / Bài sau ›" (blog posts only), "Bài viết liên quan" and the comments widget. The time
is only in the head: `<meta property="dcterms:created" datatype="xsd:dateTime" content="2025-01-14T23:50:00">`, a
naive local time; the delivery tier reads it as UTC, so the RSS says "Tue, 14 Jan 2025 23:50:00 GMT" (7 hours late
as an instant). `dcterms:author` is the page's free-text Author field: a person, "admin" or "Ban Biên tập" (no
author); a closing byline overrides it. A plain page has no date widget at all: its time is in the meta and its day
in the lists. The slogan under the banner carries dates ("03/02/1930 - 03/02/2025"). The oldest item, a plain page
from before the blog was set up, is in no tag, archive or "Bài viết liên quan" list (those query blog posts): only
the blog index's `?page=2` (and the sitemap) reach it.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "tin-htxbinhthuan"
NAME = "Liên minh HTX tỉnh Bình Thuận"
FULL = "Liên minh Hợp tác xã tỉnh Bình Thuận"
PER = 5
FEED = "/feeds/rss/lmhtxbinhthuan/TinTuc"
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
SLOGAN = "Chào mừng kỷ niệm 95 năm Ngày thành lập Đảng Cộng sản Việt Nam (03/02/1930 - 03/02/2025)"
ADDRESS = "Địa chỉ: 02 Nguyễn Tất Thành, phường Phú Trinh, TP Phan Thiết, tỉnh Bình Thuận"
PHONE = "Điện thoại: 0252.3822.541 - Email: lmhtx@binhthuan.gov.vn"
COPY = "Bản quyền © 2025 Liên minh Hợp tác xã tỉnh Bình Thuận"
RESP = "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh"
FURN = [SLOGAN, ADDRESS, PHONE, COPY, RESP, "Bài viết mới", "Bài viết liên quan", "Lưu trữ", "‹ Bài trước", "Bài sau ›",
        "Gửi bình luận", "Bình luận của bạn sẽ được hiển thị sau khi được duyệt.", "Đăng nhập thành viên",
        "Chia sẻ Facebook", "Chia sẻ Zalo", "Từ khóa:"]
NAV = [("Trang chủ", "/index.html"), ("Giới thiệu", "/gioi-thieu/index.html"), ("Tin tức", "/tin-tuc/index.html"),
       ("Liên hệ", "/lien-he/index.html")]


def vn_date(d: datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d:%d/%m/%Y}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def meta(d: datetime, *more: str) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", *more])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc tổ chức lớp bồi dưỡng nghiệp vụ kế toán HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH BÌNH THUẬN
Số: 07/TB-LMHTX
Bình Thuận, ngày 07 tháng 3 năm 2025
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng nghiệp vụ kế toán HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng nghiệp vụ kế toán cho HTX từ ngày 25/3/2025 đến ngày 27/3/2025 tại Hội trường Liên minh HTX tỉnh.
Mỗi HTX cử 01 kế toán tham dự; kinh phí tổ chức lớp do ngân sách tỉnh bảo đảm.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 20/3/2025.
CHỦ TỊCH
Nguyễn Văn Lợi
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/Assets/uploads/van-ban/2025/TB-07-LMHTX.pdf", "text": "TB-07-LMHTX.pdf"}],
          opts={"kind": "page", "slug": "thong-bao-so-07-tb-lmhtx", "meta_author": "Ban Biên tập", "tags": [],
                "cat": "Thông báo"},
          notes=["notice 'Số: 07/TB-LMHTX' dated 07/3 in its text, a plain page (no date widget): its time is only "
                 "dcterms:created 2025-03-10T09:00:00, its day in the lists; 'Ban Biên tập' (the Author field): no "
                 "author; the signer is text; the link 'Tải về: TB-07-LMHTX.pdf' (its own paragraph) is an attachment "
                 "named TB-07-LMHTX.pdf, not text; canonical /tin-tuc/thong-bao-so-07-tb-lmhtx/ (the home's notice "
                 "box), the lists link …/index.html: an alias"],
          **meta(datetime(2025, 3, 10, 9, 0), "listing")),
        A(path="", title="Ảnh: HTX Thanh long Hàm Minh vào vụ thanh long trái vụ",
          body="""
Những ngày đầu tháng 3, các thành viên HTX Thanh long Hàm Minh (huyện Hàm Thuận Nam) tất bật thu hoạch thanh long trái vụ.
[img ham-minh-1.png] Thành viên HTX thu hái thanh long trên vườn đạt chuẩn VietGAP
[img ham-minh-2.png] Thanh long được phân loại tại nhà sơ chế của HTX
[img ham-minh-3.png] Sản phẩm đóng thùng mang mã số vùng trồng để xuất khẩu
Vụ này HTX dự kiến thu hoạch khoảng 900 tấn thanh long, giá bán tại vườn từ 18.000 đến 22.000 đồng/kg.
""", byline="Bài, ảnh: Hoàng Văn Sang", author="Hoàng Văn Sang",
          opts={"kind": "post", "slug": "anh-htx-thanh-long-ham-minh-trai-vu", "meta_author": "admin",
                "tags": ["Thanh long", "Ảnh"], "cat": "Hoạt động HTX"},
          notes=["photo story: three figure.image > figcaption (one line each); Author field 'admin' but 'Bài, ảnh: Hoàng "
                 "Văn Sang' closes the text -> author; the date widget has the day, dcterms:created the time"],
          **meta(datetime(2025, 3, 4, 15, 30), "date-element", "listing")),
        A(path="", title="Tình hình phát triển HTX nông nghiệp tỉnh Bình Thuận năm 2024",
          body="""
Năm 2024, toàn tỉnh có 171 HTX nông nghiệp đang hoạt động, thu hút hơn 13.500 thành viên tham gia.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Trồng trọt | 96 | 7.820 | 1.960 |
| Thủy sản | 28 | 2.140 | 3.150 |
| Diêm nghiệp | 9 | 1.230 | 1.420 |
| Tổng hợp | 38 | 2.350 | 2.280 |
Năm 2025, tỉnh phấn đấu có thêm 12 HTX nông nghiệp ứng dụng công nghệ cao.
""", author="Nguyễn Thị Thu Trang",
          opts={"kind": "post", "slug": "tinh-hinh-phat-trien-htx-nong-nghiep-2024", "meta_author": "Nguyễn Thị Thu Trang",
                "tags": ["Số liệu"], "cat": "Kinh tế tập thể"},
          notes=["a bordered table (the first row <th>): one line per row; no byline: the Author field Nguyễn Thị Thu "
                 "Trang ('bởi …' under the title, dcterms:author) is the author"],
          **meta(datetime(2025, 2, 21, 10, 0), "date-element", "listing")),
        A(path="", title="HTX cần làm gì để sản phẩm đạt chuẩn OCOP 4 sao",
          body="""
Năm 2025, tỉnh Bình Thuận phấn đấu có thêm 20 sản phẩm OCOP đạt 4 sao, trong đó HTX là chủ thể của ít nhất 8 sản phẩm.
## Những yêu cầu HTX cần lưu ý
* Sản phẩm có tiêu chuẩn cơ sở và được kiểm nghiệm định kỳ;
* Bao bì ghi nhãn đầy đủ, có mã QR truy xuất nguồn gốc;
* Có câu chuyện sản phẩm gắn với địa phương;
* Có kế hoạch kinh doanh và hệ thống phân phối ổn định.
HTX cần chuẩn bị hồ sơ từ sớm và liên hệ Liên minh HTX tỉnh để được tư vấn miễn phí.
""", byline="Trần Quốc Bảo - Chi cục Phát triển nông thôn", author="Trần Quốc Bảo",
          opts={"kind": "post", "slug": "htx-can-lam-gi-de-san-pham-dat-ocop-4-sao", "meta_author": "Ban Biên tập",
                "tags": ["OCOP"], "cat": "Kiến thức"},
          notes=["an <h3> heading and a bulleted list; Author field 'Ban Biên tập' but 'Trần Quốc Bảo - Chi cục Phát triển "
                 "nông thôn' closes the text -> Trần Quốc Bảo"],
          **meta(datetime(2025, 2, 12, 8, 45), "date-element", "listing")),
        A(path="", title="HTX Muối Tân Thuận nâng cao chất lượng muối sạch",
          body="""
HTX Muối Tân Thuận (huyện Hàm Thuận Nam) đã chuyển 45 ha ruộng muối sang sản xuất muối sạch trên nền bạt.
Muối sạch của HTX có giá bán cao gấp đôi muối thường và được các doanh nghiệp chế biến nước mắm ký hợp đồng bao tiêu.
HTX đang xây dựng thương hiệu muối Tân Thuận và hoàn thiện hồ sơ đề nghị công nhận sản phẩm OCOP.
""", byline="Theo Báo Bình Thuận", author=None,
          opts={"kind": "post", "slug": "htx-muoi-tan-thuan-nang-cao-chat-luong", "meta_author": "admin",
                "tags": ["Diêm nghiệp", "OCOP"], "cat": "Hoạt động HTX"},
          notes=["'Theo Báo Bình Thuận' closes the text: a reprint, no author (the Author field is 'admin')"],
          **meta(datetime(2025, 1, 24, 14, 10), "date-element", "listing")),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Hòa Thắng",
          body="""
Chiều 14/1, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Hòa Thắng (huyện Bắc Bình).
HTX hiện có 120 thành viên, sản xuất 210 ha lúa và 60 ha hành tím theo hướng liên kết tiêu thụ.
Đoàn đã ghi nhận kiến nghị của HTX về hỗ trợ xây dựng kho lạnh bảo quản hành tím sau thu hoạch.
""", byline="Lê Hoàng Phúc", author="Lê Hoàng Phúc",
          opts={"kind": "post", "slug": "lam-viec-voi-htx-nong-nghiep-hoa-thang", "meta_author": "Lê Hoàng Phúc",
                "tags": ["Hành tím"], "cat": "Hoạt động HTX"},
          notes=["published at 23:50 on 14 January (dcterms:created 2025-01-14T23:50:00, a naive local time; the date "
                 "widget 'Thứ Ba, 14/01/2025'); the delivery tier reads the naive time as UTC: the RSS says 'Tue, 14 Jan "
                 "2025 23:50:00 GMT' (15 January 06:50 in Vietnam); the afternoon of 14/1 in the text is the event"],
          **meta(datetime(2025, 1, 14, 23, 50), "date-element", "listing")),
        A(path="", title="HTX Nước mắm Phan Thiết mở rộng thị trường dịp Tết",
          body="""
Dịp Tết Nguyên đán Ất Tỵ, HTX Nước mắm Phan Thiết chuẩn bị 180.000 lít nước mắm truyền thống để cung ứng cho thị trường.
Sản phẩm của HTX đã có mặt tại các hệ thống siêu thị lớn ở TP Hồ Chí Minh và trên hai sàn thương mại điện tử.
HTX cũng đầu tư dây chuyền đóng chai mới, nâng công suất lên 3.000 chai mỗi ngày.
""", byline="Minh Châu", author="Minh Châu",
          opts={"kind": "post", "slug": "htx-nuoc-mam-phan-thiet-mo-rong-thi-truong", "meta_author": "admin",
                "tags": ["Nước mắm", "OCOP"], "cat": "Hoạt động HTX",
                "comments": [("Phạm Văn Long", datetime(2024, 12, 19, 7, 30),
                              "Cho hỏi HTX có bán lẻ qua bưu điện không? Tôi ở Hà Nội muốn đặt 10 chai."),
                             ("Nguyễn Thị Hạnh", datetime(2024, 12, 20, 21, 5),
                              "Nước mắm của HTX rất ngon, gia đình tôi dùng từ năm 2020.")]},
          notes=["two approved comments (the comments widget: a name, 'dd/MM/yyyy HH:mm', their words, a year in them): "
                 "furniture, not text; the Author field 'admin', the closing name 'Minh Châu' is the author"],
          **meta(datetime(2024, 12, 18, 8, 15), "date-element", "listing")),
        A(path="", title="HTX Điều Đức Linh ra mắt sản phẩm hạt điều rang muối",
          body="""
HTX Điều Đức Linh (huyện Đức Linh) vừa ra mắt sản phẩm hạt điều rang muối đóng hộp mang thương hiệu của HTX.
[img dieu-duc-linh.png] Sản phẩm hạt điều rang muối của HTX
Mỗi tháng HTX chế biến khoảng 8 tấn hạt điều thành phẩm, tạo việc làm ổn định cho 35 lao động địa phương.
""", byline="Tin, ảnh: Võ Thành Nhân", author="Võ Thành Nhân",
          opts={"kind": "page", "slug": "htx-dieu-duc-linh-ra-mat-san-pham", "meta_author": "", "tags": [],
                "cat": ""},
          notes=["the oldest item, a plain page from before the blog was set up (no date widget; dcterms:created "
                 "2024-08-20T14:00:00): in no tag, archive, related or RSS list; only the blog index's ?page=2 links it "
                 "(as …/index.html; canonical …/), and the sitemap lists it; 'Tin, ảnh: Võ Thành Nhân' -> author"],
          **meta(datetime(2024, 8, 20, 14, 0), "listing")),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    folder = f"/Assets/uploads/tin-tuc/{a.date:%Y}"
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="perc-table" style="width: 100%; border-collapse: collapse;" border="1">\n<thead>\n<tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>\n</thead>\n<tbody>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<figure class="image"><img src="{folder}/{b.src}" alt="{attr(b.text)}" width="640" height="427" />'
                       + (f"<figcaption>{esc(b.text)}</figcaption>" if b.text else "") + "</figure>")
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" title="{attr(x["text"])}">Tải về: {esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-thuan", f"Trang tin {NAME} (Percussion CMS 5)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}%s" % (SITE, FEED)],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        if a.opts["kind"] == "post":
            a.path = f"/tin-tuc/{a.date:%Y/%m}/{a.opts['slug']}.html"
            a.opts["link"] = a.path
        else:
            a.path = f"/tin-tuc/{a.opts['slug']}/"
            a.opts["link"] = a.path + "index.html"
            a.aliases.append(a.opts["link"])
    posts = [a for a in arts if a.opts["kind"] == "post"]
    oldest = arts[-1]
    notice = next(a for a in arts if a.doc_number)
    tags = sorted({t for a in posts for t in a.opts["tags"]})
    months = sorted({(a.date.year, a.date.month) for a in posts}, reverse=True)
    wid = iter(range(4101, 9999))

    def widget(title: str, inner: str, extra: str = "") -> str:
        return (f'<div class="perc-widget perc-widget-transperant{extra}" id="perc-content-{next(wid)}" title="{title}">'
                f"{inner}</div>")

    def list_items(items: list[RichArticle], summary: bool = True) -> str:
        lis = []
        for i, x in enumerate(items):
            cls = "perc-list-element " + ("perc-list-odd" if i % 2 == 0 else "perc-list-even") + \
                  (" perc-list-first" if i == 0 else "") + (" perc-list-last" if i == len(items) - 1 else "")
            s = f'<div class="perc-list-summary">{esc(x.summary())}</div>' if summary else ""
            lis.append(f'<li class="{cls}"><div class="perc-list-title"><a class="perc-list-link" href="{x.opts["link"]}">'
                       f'{esc(x.title)}</a></div><div class="perc-list-date">{x.date:%d/%m/%Y}</div>{s}</li>')
        return '<div class="perc-list-main-wrapper"><ul class="perc-list-main perc-list-vertical">' + "".join(lis) + \
               "</ul></div>"

    def tag_href(t: str) -> str:
        return f"/tin-tuc/index.html?filter={quote(t)}"

    def sidebar() -> str:
        tag_list = widget("Tag List", '<div class="perc-tag-list-wrapper"><h3>Thẻ</h3><ul class="perc-tag-list">' + "".join(
            f'<li class="perc-tag-list-item"><a href="{tag_href(t)}">{esc(t)}</a> '
            f'({sum(t in x.opts["tags"] for x in posts)})</li>' for t in tags) + "</ul></div>")
        years = sorted({y for y, _ in months}, reverse=True)
        arch = widget("Archive", '<div class="perc-archive-wrapper"><h3>Lưu trữ</h3><ul class="perc-archive-list">' + "".join(
            f'<li class="perc-archive-year"><span class="perc-archive-year-label">{y}</span><ul>' + "".join(
                f'<li class="perc-archive-month"><a href="/tin-tuc/index.html?filter={y}-{m:02d}">Tháng {m}/{y}</a> '
                f'({sum((x.date.year, x.date.month) == (y, m) for x in posts)})</li>' for yy, m in months if yy == y)
            + "</ul></li>" for y in years) + "</ul></div>")
        recent = widget("Page Auto List", '<div class="perc-list-heading"><h3>Bài viết mới</h3></div>'
                        + list_items(posts[:5], summary=False))
        return f'<div class="perc-region" id="sidebar">{recent}{tag_list}{arch}</div>'

    def layout(path: str, title: str, content: str, head_meta: str = "", canonical: str | None = None,
               side: bool = True) -> str:
        nav = "".join(f'<li class="perc-nav-entry"><a href="{href}">{esc(n)}</a></li>' for n, href in NAV)
        canon = f'<link rel="canonical" href="{{{{base}}}}{canonical}" />\n' if canonical else ""
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<title>{esc(title)} | {esc(NAME)}</title>
<meta name="generator" content="Percussion CMS" />
{head_meta}{canon}<link rel="stylesheet" type="text/css" href="/web_resources/themes/lmhtxbt/css/perc_theme.css" />
<link rel="stylesheet" type="text/css" href="/web_resources/themes/lmhtxbt/css/lmhtx.css" />
<script src="/web_resources/cm/jslib/profiles/3x/jquery/jquery-3.6.0.js"></script>
<script src="/web_resources/cm/common/js/perc_common_ui.js"></script>
<script src="/web_resources/cm/widgets/PercPageAutoList/PercPageAutoList.js"></script>
</head>
<body>
<div class="perc-region perc-fixed" id="container">
<div class="perc-vertical">
<div class="perc-region" id="header">
<div class="perc-horizontal">
<div class="perc-region" id="header-logo">{widget("Image", f'<div class="perc-image-wrapper"><a href="/index.html"><img src="/Assets/uploads/logo-lmhtx-binhthuan.png" alt="{attr(FULL)}" /></a></div>')}</div>
<div class="perc-region" id="header-right">{widget("Rich Text", '<div class="rxbodyfield"><p class="header-links"><a href="/thanh-vien/dang-nhap.html">Đăng nhập thành viên</a></p></div>')}{widget("Search", '<form class="perc-search-form" action="/tim-kiem.html" method="get"><input type="text" name="searchQuery" class="perc-search-field" title="Tìm kiếm" /><input type="submit" class="perc-search-submit" value="Tìm kiếm" /></form><p class="perc-search-hot">Từ khóa: <a href="/tim-kiem.html?searchQuery=OCOP">OCOP</a></p>')}</div>
</div>
<div class="perc-region" id="nav">{widget("Navigation", f'<div class="perc-navigation"><ul class="perc-nav-horizontal">{nav}</ul></div>')}</div>
<div class="perc-region" id="slogan">{widget("Rich Text", f'<div class="rxbodyfield"><p class="slogan">{esc(SLOGAN)}</p></div>')}</div>
</div>
<div class="perc-horizontal">
<div class="perc-region" id="content">{content}</div>
{sidebar() if side else ""}
</div>
<div class="perc-region" id="footer">{widget("Rich Text", f'<div class="rxbodyfield"><p><strong>{esc(FULL)}</strong></p><p>{esc(RESP)}</p><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p><p>{esc(COPY)}</p></div>')}</div>
</div>
</div>
</body>
</html>
"""

    def head_meta(a: RichArticle) -> str:
        out = [f'<meta name="description" content="{attr(a.summary())}" />',
               f'<meta property="dcterms:author" content="{attr(a.opts["meta_author"])}" />',
               '<meta property="dcterms:type" content="page" />',
               f'<meta property="dcterms:source" content="{"Bài viết blog" if a.opts["kind"] == "post" else "Trang nội dung"}" />',
               f'<meta property="dcterms:created" datatype="xsd:dateTime" content="{a.date:%Y-%m-%dT%H:%M:%S}" />']
        out += [f'<meta property="perc:tags" content="{attr(t)}" />' for t in a.opts["tags"]]
        if a.opts["cat"]:
            out.append(f'<meta property="perc:category" content="/Categories/Tin tức/{attr(a.opts["cat"])}" />')
        return "\n".join(out) + "\n"

    # -- articles ------------------------------------------------------------------------------
    for a in arts:
        rich = widget("Rich Text" if a.opts["kind"] == "page" else "Blog Post",
                      f'<div class="perc-blog-post-wrapper"><div class="rxbodyfield">\n{body_html(a)}\n</div></div>'
                      if a.opts["kind"] == "post" else f'<div class="rxbodyfield">\n{body_html(a)}\n</div>')
        if a.opts["kind"] == "post":
            i = posts.index(a)
            prev_, next_ = (posts[i + 1] if i + 1 < len(posts) else None), (posts[i - 1] if i > 0 else None)
            nav = ((f'<a class="perc-blog-nav-previous" href="{prev_.path}">‹ Bài trước</a>' if prev_ else "")
                   + (f' <a class="perc-blog-nav-next" href="{next_.path}">Bài sau ›</a>' if next_ else ""))
            related = [x for x in posts if x is not a and x.opts["cat"] == a.opts["cat"]][:4]
            comments = a.opts.get("comments", [])
            com = "".join(f'<div class="perc-comment"><div class="perc-comment-author">{esc(n)}</div><div '
                          f'class="perc-comment-date">{d:%d/%m/%Y %H:%M}</div><div class="perc-comment-text"><p>{esc(t)}</p>'
                          f"</div></div>" for n, d, t in comments)
            site.extra_boilerplate += [t for _, _, t in comments]
            content = (widget("Blog Post Title", f'<h1 class="perc-blog-post-title">{esc(a.title)}</h1>')
                       + widget("Blog Post Date", f'<div class="perc-blog-post-meta"><div class="perc-blog-post-date">'
                                                  f'{vn_date(a.date)}</div> <div class="perc-blog-post-author">bởi '
                                                  f'{esc(a.opts["meta_author"])}</div></div>')
                       + rich
                       + widget("Tag List", '<div class="perc-blog-post-tags">Thẻ: ' + ", ".join(
                           f'<a href="{tag_href(t)}">{esc(t)}</a>' for t in a.opts["tags"]) + "</div>")
                       + widget("Social Buttons", '<div class="perc-social-buttons"><a href="javascript:void(0)" '
                                                  'class="perc-social-facebook">Chia sẻ Facebook</a> <a href="javascript:'
                                                  'void(0)" class="perc-social-zalo">Chia sẻ Zalo</a></div>')
                       + widget("Blog Navigation", f'<div class="perc-blog-nav">{nav}</div>')
                       + widget("Page Auto List", '<div class="perc-list-heading"><h3>Bài viết liên quan</h3></div>'
                                + list_items(related, summary=False))
                       + widget("Comments", f'<div class="perc-comments-wrapper"><h3>Bình luận ({len(comments)})</h3>{com}'
                                            '<form class="perc-comments-form" action="/perc-comments-services/comment" '
                                            'method="post"><p>Bình luận của bạn sẽ được hiển thị sau khi được duyệt.</p>'
                                            '<input name="username" placeholder="Họ tên" /><input name="email" '
                                            'placeholder="Email" /><textarea name="text"></textarea><button type="submit">'
                                            'Gửi bình luận</button></form></div>'))
            canonical = a.path
        else:
            content = (widget("Title", f'<div class="perc-title-wrapper"><h1 class="perc-title">{esc(a.title)}</h1></div>')
                       + rich
                       + widget("Social Buttons", '<div class="perc-social-buttons"><a href="javascript:void(0)" '
                                                  'class="perc-social-facebook">Chia sẻ Facebook</a> <a href="javascript:'
                                                  'void(0)" class="perc-social-zalo">Chia sẻ Zalo</a></div>'))
            canonical = a.path
        page = layout(a.path, a.title, content, head_meta(a), canonical)
        if a.opts["kind"] == "post":
            site.page(a.path, page)
        else:
            site.page(a.opts["link"], page)
            site.same_page(a.path, a.opts["link"])
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BINH THUAN", "THONG BAO SO 07/TB-LMHTX"]))
        site.add_article(a)
    site.trap("posts carry '‹ Bài trước / Bài sau ›', the tag links (?filter=<tag>), the social buttons, 'Bài viết liên "
              "quan' and the comments widget after div.rxbodyfield: furniture", posts[0].path)

    # -- blog index with the Page Auto List ------------------------------------------------------------
    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]

    def index_page(path: str, heading: str, items: list[RichArticle], pager: str = "") -> None:
        content = (widget("Title", f'<div class="perc-title-wrapper"><h1 class="perc-title">{esc(heading)}</h1></div>')
                   + widget("Page Auto List", f'<div class="perc-list-heading"><a class="perc-rss-icon" href="{FEED}" '
                                              f'title="RSS">RSS</a></div>' + list_items(items) + pager))
        site.page(path, layout(path, heading, content, canonical="/tin-tuc/" if path == "/tin-tuc/index.html" else None))
        site.non_articles.append(path)

    for n, chunk in enumerate(pages, 1):
        def href(k: int) -> str:
            return "/tin-tuc/index.html" if k == 1 else f"/tin-tuc/index.html?page={k}"
        pager = ('<div class="perc-pagination"><ul>'
                 + (f'<li class="perc-pagination-prev"><a href="{href(n - 1)}">« Trước</a></li>' if n > 1 else "")
                 + "".join(f'<li class="perc-pagination-current"><span>{k}</span></li>' if k == n else
                           f'<li class="perc-pagination-page"><a href="{href(k)}">{k}</a></li>' for k in range(1, len(pages) + 1))
                 + (f'<li class="perc-pagination-next"><a href="{href(n + 1)}">Sau »</a></li>' if n < len(pages) else "")
                 + "</ul></div>")
        index_page(href(n), "Tin tức", chunk, pager)
    site.trap("blog index /tin-tuc/index.html (= /tin-tuc/): the Page Auto List (date dd/MM/yyyy, summary), 5 a page; "
              "?page=2 holds the oldest item", "/tin-tuc/index.html?page=2")
    for t in tags:
        index_page(tag_href(t), f"Tin tức - Thẻ: {t}", [x for x in posts if t in x.opts["tags"]])
    for y, m in months:
        index_page(f"/tin-tuc/index.html?filter={y}-{m:02d}", f"Tin tức - Tháng {m}/{y}",
                   [x for x in posts if (x.date.year, x.date.month) == (y, m)])
    site.trap("the tag list's ?filter=<tag> and the archive's ?filter=<yyyy-mm> views of the blog index: lists of blog "
              "posts only", f"/tin-tuc/index.html?filter={months[0][0]}-{months[0][1]:02d}")

    # -- home -------------------------------------------------------------------------------------------
    home = (widget("Rich Text", f'<div class="rxbodyfield"><h2>Thông báo mới</h2><p><a href="{notice.path}">'
                                f"{esc(notice.title)}</a></p></div>")
            + widget("Page Auto List", '<div class="perc-list-heading"><h2>Tin tức</h2></div>' + list_items(arts[:5])
                     + '<p class="perc-list-more"><a href="/tin-tuc/index.html">Xem tất cả</a></p>'))
    site.page("/index.html", layout("/index.html", "Trang chủ", home, '<meta name="description" content="Trang thông tin '
                                    'điện tử Liên minh Hợp tác xã tỉnh Bình Thuận" />\n', canonical="/"))
    site.non_articles.append("/index.html")
    site.trap("home /index.html (= /): the notice box links the notice as /tin-tuc/thong-bao-so-07-tb-lmhtx/ (canonical), "
              "the lists as …/index.html", "/index.html")
    for path, title, text in [
            ("/gioi-thieu/index.html", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Bình Thuận là tổ chức kinh tế - xã "
             "hội đại diện cho các HTX, tổ hợp tác trên địa bàn tỉnh.</p>"),
            ("/lien-he/index.html", "Liên hệ", f"<p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>")]:
        site.page(path, layout(path, title, widget("Title", f'<h1 class="perc-title">{title}</h1>')
                               + widget("Rich Text", f'<div class="rxbodyfield">{text}</div>'), canonical=path[:-10]))
        site.non_articles.append(path)

    # -- search, login ------------------------------------------------------------------------------------
    def search_page(path: str, query: str, found: list[RichArticle]) -> None:
        res = ("".join(f'<div class="perc-search-result"><div class="perc-search-result-title"><a href="{x.opts["link"]}">'
                       f'{esc(x.title)}</a></div><div class="perc-search-result-summary">{esc(x.summary())}</div></div>'
                       for x in found) if query else "")
        info = f'<p class="perc-search-info">Tìm thấy {len(found)} kết quả cho "{esc(query)}"</p>' if query else \
            '<p class="perc-search-info">Nhập từ khóa để tìm kiếm.</p>'
        site.page(path, layout("/tim-kiem.html", "Kết quả tìm kiếm",
                               widget("Title", '<h1 class="perc-title">Kết quả tìm kiếm</h1>')
                               + widget("Search Results", f'<div class="perc-search-results-wrapper">{info}{res}</div>'),
                               side=False))
        site.non_articles.append(path)

    search_page("/tim-kiem.html", "", [])
    search_page("/tim-kiem.html?searchQuery=OCOP", "OCOP", [x for x in arts if "OCOP" in x.title + x.body])
    site.trap("search results /tim-kiem.html?searchQuery=OCOP (the 'Từ khóa' link; the Search Results widget): not an "
              "article", "/tim-kiem.html?searchQuery=OCOP")
    login = "/thanh-vien/dang-nhap.html"
    site.page(login, layout(login, "Đăng nhập thành viên", widget("Login", '<form class="perc-login-form" '
                                                                  'action="/perc-membership-services/auth/login" method="post">'
                                                                  '<input name="email" /><input name="password" '
                                                                  'type="password" /><input type="submit" value="Đăng nhập" />'
                                                                  "</form>"), side=False))
    site.never_fetched.append(login)
    site.static("/robots.txt", "User-agent: *\nDisallow: /thanh-vien/\nDisallow: /perc-comments-services/\n"
                "Disallow: /perc-membership-services/\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("robots.txt disallows /thanh-vien/: the header's 'Đăng nhập thành viên' is never fetched", login)

    # -- RSS, sitemap ----------------------------------------------------------------------------------------
    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.opts['link']}</link><description>"
                    f"{esc(a.summary())}</description><pubDate>{a.date:%a, %d %b %Y %H:%M:%S} GMT</pubDate><guid>"
                    f"{{{{base}}}}{a.opts['link']}</guid></item>" for a in arts[:6])
    site.page(FEED, f'<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:dc="http://purl.org/dc/elements/1.1/" '
              f'version="2.0"><channel><title>Tin tức - {esc(NAME)}</title><link>{{{{base}}}}/tin-tuc/</link><description>'
              f"Tin tức {esc(FULL)}</description>{items}</channel></rss>\n", content_type="application/rss+xml;charset=UTF-8")
    site.trap("RSS /feeds/rss/lmhtxbinhthuan/TinTuc (the list's RSS icon; 6 newest): the delivery tier in UTC prints "
              "the naive local time with 'GMT'", FEED)
    urls = ["/", "/gioi-thieu/", "/lien-he/", "/tin-tuc/"] + [a.path for a in arts]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>" for u in urls) + "</urlset>\n",
              content_type="application/xml")
    assert oldest not in arts[:6] and all(oldest is not x for x in posts)
    return site
