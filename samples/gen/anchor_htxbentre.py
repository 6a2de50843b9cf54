# ruff: noqa: E101  (the theme's template as Anchor ships it: tabs and spaces mixed)
"""Site `anchor-htxbentre` (registry family `generic`): "Bản tin Liên minh HTX Bến Tre", the news blog the Bến Tre
cooperative alliance's propaganda office runs on **Anchor CMS 0.12** (the bundled theme `default`, its strings translated
into Vietnamese by the office's IT clerk in `header.php`, `footer.php`, `functions.php`; one line added to `article.php`
to show the post's age under the title). Installed with the time zone the installer proposed, `UTC`, and never changed.
The copy is of 6 May 2024, 15:00 Vietnam time (08:00 UTC). Written as a held-out test: no family module, no selectors.

What is an article here: a post. URL shapes (Anchor's routes with the posts page `posts` as the home page): the post
`/posts/<slug>` (its canonical, linked from every listing), the posts listing `/` = `/posts` = `/posts/1` (5 a page) and
`/posts/2` (Anchor's `posts_prev()`/`posts_next()` links "← Mới hơn" / "Cũ hơn →"; the four oldest posts only there),
categories `/category/<slug>`, Anchor pages `/gioi-thieu` and `/lien-he`, the RSS `/feeds/rss`
(also `/rss`; 25 newest, pubDate in GMT), the JSON feed `/feeds/json` (the raw rows: `created` as the database keeps it,
GMT "2024-05-03 23:40:00"), and Anchor's short address `/<id>` that answers 302 to `/posts/<slug>` (an editor pasted one
into a post: an alias). robots.txt disallows `/admin`. No sitemap, no JSON-LD; og:type is `website` on every page.

Why it is hard: the post page shows no date, only an age: `<time datetime="2024-05-03T23:40:00+00:00">khoảng 2 ngày
trước</time>` (the theme's `relative_time()` translated, rounded: "khoảng 2 tuần trước"); the exact time is the
`datetime` attribute, in UTC (+00:00): a post at 06:40 on 4 May in Bến Tre carries the previous day. The listing page 1
prints the newest post IN FULL (the default theme's first item: `<h1>` link, the whole HTML, "Đăng <time …> bởi Võ Thị
Thu Sương." — the Anchor account's real name, never the author); the other items are bare `<h2>` titles. The post's text
is `<article>`: Parsedown HTML (paragraphs, `<h2>`, lists, GFM tables, `<p><img></p>` photos each followed by an
`<p><em>` caption line, an in-text "Tải về: …" link to the uploaded PDF under `/content/`). The closing line names the
author when a person; an office or "Theo Báo Đồng Khởi" (a reprint) is no author. The `section.footnote` ("Đây là bài
viết thứ N …", the `attribution` custom field), comments (`li.comment`, ages only) and the comment form, the category tray
and the footer are not text.
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, RichBlock

SITE = "anchor-htxbentre"
NAME = "Bản tin Liên minh HTX Bến Tre"
DESC = "Trang tin hoạt động của Liên minh Hợp tác xã tỉnh Bến Tre - Đồng hành cùng kinh tế tập thể xứ Dừa"
NOW = datetime(2024, 5, 6, 15, 0)  # Vietnam time
PER_PAGE = 5
ACCOUNT = "Võ Thị Thu Sương"
CATS = {"tin-hoat-dong": ("Tin hoạt động", "Tin hoạt động của Liên minh HTX và các HTX"),
        "thong-bao": ("Thông báo - Văn bản", "Thông báo, kế hoạch của Liên minh HTX tỉnh"),
        "mo-hinh-hay": ("Mô hình hay", "Mô hình HTX làm ăn hiệu quả")}
COPY = "© 2024 Bản tin Liên minh HTX Bến Tre. Giữ mọi quyền."
CHROME = [DESC, COPY, "Tìm trong trang:", "Trang quản trị", "Về trang chủ", "Tên của bạn:", "Email của bạn:",
          "Nội dung bình luận:", "Gửi bình luận", "Địa chỉ: Số 6 đường Cách Mạng Tháng Tám, phường 3, TP Bến Tre"]


def rel(d: datetime) -> str:
    """The theme's relative_time(), translated: rounded to the largest unit that is more than one."""
    elapsed = (NOW - d).total_seconds()
    for seconds, unit in ((31104000, "năm"), (2592000, "tháng"), (604800, "tuần"), (86400, "ngày"), (3600, "giờ"),
                          (60, "phút"), (1, "giây")):
        if elapsed / seconds > 1:
            return f"khoảng {round(elapsed / seconds)} {unit} trước"
    return "vừa xong"


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def w3c(d: datetime) -> str:
    return f"{utc(d):%Y-%m-%dT%H:%M:%S}+00:00"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="/posts/htx-dua-thanh-phong-ky-ket-tieu-thu-3-trieu-trai-dua",
          title="HTX Dừa Thạnh Phong ký kết tiêu thụ 3 triệu trái dừa năm 2024",
          body="""
Sáng 3/5, HTX Nông nghiệp Dừa Thạnh Phong (huyện Thạnh Phú) ký hợp đồng tiêu thụ 3 triệu trái dừa khô với Công ty TNHH Chế biến dừa Lương Quới.
[img thanh-phong-1.png] Lãnh đạo HTX và doanh nghiệp ký kết hợp đồng tiêu thụ dừa năm 2024
Theo hợp đồng, doanh nghiệp thu mua dừa đạt chuẩn hữu cơ của thành viên với giá cao hơn thị trường 5.000 đồng/chục.
[img thanh-phong-2.png] Thành viên HTX thu hoạch dừa tại xã Thạnh Phong
HTX hiện có 215 thành viên, diện tích dừa hữu cơ được chứng nhận 320 ha.
""", byline="Bài, ảnh: Huỳnh Văn Tâm", author="Huỳnh Văn Tâm",
          opts={"cat": "mo-hinh-hay", "id": 27, "comments": [
              ("Nguyễn Văn Bé Ba", "Chúc mừng HTX Thạnh Phong, mong giá dừa ổn định lâu dài.", timedelta(hours=30)),
              ("HTX Dừa Hưng Phong", "Mong Liên minh HTX hỗ trợ kết nối cho HTX chúng tôi như vậy.", timedelta(hours=50))]},
          notes=["the newest post, posted 06:40 on 4 May (Vietnam): its page and the listing print only 'khoảng 2 ngày "
                 "trước'; the <time datetime> is UTC '2024-05-03T23:40:00+00:00' (the day before); the RSS says 'Fri, 03 "
                 "May 2024 23:40:00 +0000', the JSON feed '2024-05-03 23:40:00': published 2024-05-04 06:40 +07:00",
                 "the listing / prints this post IN FULL ('Đăng … bởi Võ Thị Thu Sương.': the account, not the author); "
                 "photo captions are <p><em> lines after each <p><img>; 'Bài, ảnh: Huỳnh Văn Tâm' -> author; two "
                 "comments (not text)"],
          **at(datetime(2024, 5, 4, 6, 40))),
        A(path="/posts/thong-bao-18-tb-lmhtx-hoi-cho-san-pham-htx-nam-2024",
          title="Thông báo về việc đăng ký tham gia Hội chợ sản phẩm HTX tỉnh Bến Tre năm 2024",
          body="""
LIÊN MINH HTX TỈNH BẾN TRE
Số: 18/TB-LMHTX
Bến Tre, ngày 24 tháng 4 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm HTX tỉnh Bến Tre năm 2024
Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm HTX tỉnh Bến Tre năm 2024 từ ngày 20/6 đến ngày 24/6/2024 tại Quảng trường Đồng Khởi, TP Bến Tre.
Các HTX có sản phẩm OCOP, sản phẩm chủ lực được hỗ trợ miễn phí 01 gian hàng tiêu chuẩn.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 31/5/2024.
Tải về: [[TB-18-LMHTX.pdf|/content/tb-18-lmhtx-2024.pdf]]
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Hiếu
""", author=None, doc_number="18/TB-LMHTX",
          attachments=[{"path": "/content/tb-18-lmhtx-2024.pdf", "text": "TB-18-LMHTX.pdf"}],
          opts={"cat": "thong-bao", "id": 26},
          notes=["notice 'Số: 18/TB-LMHTX' dated 24/4 in its text, posted 14:10 on 25 April ('2024-04-25T07:10:00+00:00'); "
                 "the in-text line 'Tải về: TB-18-LMHTX.pdf' links the upload /content/tb-18-lmhtx-2024.pdf (a line of "
                 "the text; the attachment's text without 'Tải về:'); the signer is text, no author"],
          **at(datetime(2024, 4, 25, 14, 10))),
        A(path="/posts/ket-qua-phat-trien-kinh-te-tap-the-quy-i-nam-2024",
          title="Kết quả phát triển kinh tế tập thể quý I năm 2024",
          body="""
Quý I năm 2024, khu vực kinh tế tập thể tỉnh Bến Tre duy trì tốc độ phát triển ổn định.
| Chỉ tiêu | Đơn vị | Quý I/2024 | Cùng kỳ 2023 |
| HTX đang hoạt động | HTX | 238 | 226 |
| HTX thành lập mới | HTX | 7 | 5 |
| Tổ hợp tác | THT | 1.412 | 1.398 |
| Thành viên HTX | người | 19.870 | 19.120 |
Trong quý II, Liên minh HTX tỉnh tập trung hỗ trợ HTX xây dựng phương án sản xuất kinh doanh và tham gia chương trình OCOP.
""", byline="Phòng Kế hoạch - Tổng hợp", author=None,
          opts={"cat": "tin-hoat-dong", "id": 25, "attribution": "Số liệu: Chi cục Phát triển nông thôn tỉnh Bến Tre"},
          notes=["a GFM table (Parsedown <table>, th header): one line per row; closed by 'Phòng Kế hoạch - Tổng hợp' (an "
                 "office: text, no author); the footnote carries the 'attribution' custom field 'Số liệu: …' (not text)"],
          **at(datetime(2024, 4, 16, 9, 15))),
        A(path="/posts/htx-buoi-da-xanh-mo-cay-bac-xuat-khau-lo-hang-dau-tien",
          title="HTX bưởi da xanh Mỏ Cày Bắc xuất khẩu lô hàng đầu tiên sang Hàn Quốc",
          body="""
HTX Nông nghiệp Tân Thành Bình (huyện Mỏ Cày Bắc) vừa xuất khẩu 18 tấn bưởi da xanh sang thị trường Hàn Quốc.
Để đáp ứng yêu cầu của nhà nhập khẩu, HTX áp dụng quy trình sản xuất VietGAP trên 45 ha và được cấp mã số vùng trồng.
Giám đốc HTX cho biết đơn vị đang đàm phán thêm hai đơn hàng trong tháng 6 và tháng 8.
Theo Báo Đồng Khởi
""", author=None,
          opts={"cat": "mo-hinh-hay", "id": 24},
          notes=["a reprint: 'Theo Báo Đồng Khởi' closes the text (a source, no author); posted 16:30 on 9 April: 'khoảng "
                 "4 tuần trước' on the page"],
          **at(datetime(2024, 4, 9, 16, 30))),
        A(path="/posts/huong-dan-ho-so-vay-von-quy-ho-tro-phat-trien-htx",
          title="Hướng dẫn hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX tỉnh Bến Tre",
          body="""
Quỹ hỗ trợ phát triển HTX tỉnh Bến Tre tiếp tục nhận hồ sơ vay vốn đợt 2 năm 2024 với lãi suất ưu đãi 0,45%/tháng.
## Đối tượng được vay
* HTX, liên hiệp HTX có phương án sản xuất kinh doanh khả thi;
* HTX tham gia chuỗi liên kết sản xuất và tiêu thụ sản phẩm chủ lực của tỉnh;
* HTX có dự án ứng dụng công nghệ cao, chuyển đổi số.
## Hồ sơ gồm
* Giấy đề nghị vay vốn theo mẫu của Quỹ;
* Phương án sản xuất kinh doanh và báo cáo tài chính năm gần nhất;
* Nghị quyết của Đại hội thành viên hoặc Hội đồng quản trị về việc vay vốn.
Mọi chi tiết xin liên hệ Quỹ hỗ trợ phát triển HTX, điện thoại 0275.3822.145.
""", byline="Lê Thị Kim Ngân", author="Lê Thị Kim Ngân",
          opts={"cat": "thong-bao", "id": 23},
          notes=["two <h2> headings and two lists (one line per item); the bare name 'Lê Thị Kim Ngân' closes it -> "
                 "author; the fifth post: on page 1 a bare <h2> title"],
          **at(datetime(2024, 3, 28, 10, 5))),
        A(path="/posts/lien-minh-htx-tinh-tap-huan-chuyen-doi-so-cho-can-bo-htx",
          title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          body="""
Ngày 18 và 19/3, Liên minh HTX tỉnh Bến Tre tổ chức lớp tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX.
Học viên được hướng dẫn sử dụng phần mềm kế toán, mở gian hàng trên sàn thương mại điện tử và quảng bá sản phẩm qua mạng xã hội.
Đây là lớp thứ hai theo [[Kế hoạch số 05/KH-LMHTX|/22]] của Liên minh HTX tỉnh về hỗ trợ HTX chuyển đổi số năm 2024.
""", byline="Minh Trí", author="Minh Trí",
          opts={"cat": "tin-hoat-dong", "id": 21},
          notes=["posted 07:05 on 19 March: datetime '2024-03-19T00:05:00+00:00' (UTC, the same day); the text links the "
                 "plan by Anchor's short address '/22' (302 to /posts/ke-hoach-…: that post's alias); page 2 of the listing"],
          **at(datetime(2024, 3, 19, 7, 5))),
        A(path="/posts/ke-hoach-05-kh-lmhtx-ho-tro-htx-chuyen-doi-so-nam-2024",
          title="Kế hoạch hỗ trợ HTX chuyển đổi số năm 2024",
          body="""
LIÊN MINH HTX TỈNH BẾN TRE
Số: 05/KH-LMHTX
Bến Tre, ngày 20 tháng 02 năm 2024
KẾ HOẠCH
Hỗ trợ HTX chuyển đổi số năm 2024
## I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức và kỹ năng ứng dụng công nghệ số cho cán bộ quản lý, thành viên HTX trên địa bàn tỉnh.
## II. NỘI DUNG
+ Tổ chức 04 lớp tập huấn chuyển đổi số cho cán bộ quản lý HTX;
+ Hỗ trợ 20 HTX đưa sản phẩm lên sàn thương mại điện tử;
+ Xây dựng 05 mô hình HTX ứng dụng phần mềm quản lý.
CHỦ TỊCH
Nguyễn Thị Thu Hà
""", author=None, doc_number="05/KH-LMHTX",
          opts={"cat": "thong-bao", "id": 22},
          notes=["plan 'Số: 05/KH-LMHTX' dated 20/02 in its text, posted 15:00 on 26 February ('2024-02-26T08:00:00+00:00'); "
                 "an ordered list (Parsedown <ol>, one line per item), headings; the signer is text, no author; also "
                 "reached as '/22' (Anchor's id route: 302 to the slug: an alias)"],
          **at(datetime(2024, 2, 26, 15, 0))),
        A(path="/posts/htx-nong-nghiep-phu-hung-nhan-rong-mo-hinh-trong-ca-cao-xen-dua",
          title="HTX Nông nghiệp Phú Hưng nhân rộng mô hình trồng ca cao xen dừa",
          body="""
HTX Nông nghiệp Phú Hưng (TP Bến Tre) đã nhân rộng mô hình trồng ca cao dưới tán dừa lên 35 ha.
Mô hình giúp thành viên tăng thu nhập thêm 60 - 80 triệu đồng/ha/năm mà không ảnh hưởng đến năng suất dừa.
HTX đang liên kết với một doanh nghiệp chế biến sô-cô-la để bao tiêu toàn bộ hạt ca cao lên men.
""", byline="Ngọc Hân", author="Ngọc Hân",
          opts={"cat": "mo-hinh-hay", "id": 20},
          notes=["page 2 of the listing only (and its category): 'khoảng 2 tháng trước' on the page; the bare name "
                 "'Ngọc Hân' closes it -> author"],
          **at(datetime(2024, 3, 5, 8, 20))),
        A(path="/posts/lien-minh-htx-tinh-gap-mat-dau-xuan-giap-thin-2024",
          title="Liên minh HTX tỉnh gặp mặt các HTX đầu xuân Giáp Thìn 2024",
          body="""
Sáng 19/2 (mùng 10 Tết), Liên minh HTX tỉnh Bến Tre tổ chức gặp mặt đầu xuân Giáp Thìn 2024 với đại diện 80 HTX tiêu biểu.
[img gap-mat-dau-xuan.png] Quang cảnh buổi gặp mặt đầu xuân Giáp Thìn 2024
Năm 2024, Liên minh HTX tỉnh phấn đấu thành lập mới 20 HTX và hỗ trợ 15 sản phẩm của HTX đạt chuẩn OCOP.
""", byline="Tin, ảnh: Thanh Tùng", author="Thanh Tùng",
          opts={"cat": "tin-hoat-dong", "id": 19, "comments": [
              ("Lê Văn Sáu", "Chúc Liên minh và các HTX một năm mới làm ăn phát đạt.", timedelta(hours=6))]},
          notes=["the oldest post: listing page 2 (/posts/2) and its category /category/tin-hoat-dong only; 'khoảng 3 tháng "
                 "trước'; datetime '2024-02-19T02:30:00+00:00'; 'Tin, ảnh: Thanh Tùng' -> author; one comment"],
          **at(datetime(2024, 2, 19, 9, 30))),
    ]


def block_html(b: RichBlock) -> str:
    """Parsedown's output for the markdown the editor typed."""
    if b.kind == "p":
        return f"<p>{inline_html(b.text)}</p>"
    if b.kind == "h":
        return f"<h2>{inline_html(b.text)}</h2>"
    if b.kind in ("ul", "ol"):
        return f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>"
    if b.kind == "img":
        out = f'<p><img src="/content/{b.src}" alt="{attr(b.src.rsplit(".", 1)[0])}"></p>'
        return out + (f"\n<p><em>{inline_html(b.text)}</em></p>" if b.text else "")
    if b.kind == "table":
        head, *rows = b.rows
        return ("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{inline_html(c)}</th>" for c in head) + "\n</tr>\n</thead>"
                "\n<tbody>\n" + "\n".join("<tr>\n" + "\n".join(f"<td>{inline_html(c)}</td>" for c in r) + "\n</tr>"
                                           for r in rows) + "\n</tbody>\n</table>")
    raise ValueError(b.kind)


def article_html(a: RichArticle) -> str:
    out = [block_html(b) for b in a.blocks]
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ben-tre", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/feeds/rss" % SITE])
    site.extra_boilerplate += CHROME
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    numbers = {a.path: len(arts) - i for i, a in enumerate(arts)}  # article_number: 1 = the oldest

    def cat_count(c: str) -> int:
        return sum(1 for a in arts if a.opts["cat"] == c)

    def layout(title: str, content: str, body_class: str, og_desc: str = DESC) -> str:
        cats = "".join(f'\n\t\t\t\t\t\t\t<li>\n\t\t\t\t\t\t\t\t<a href="/category/{c}" title="{attr(d)}">\n\t\t\t\t\t\t\t\t\t'
                       f'{esc(n)} <span>{cat_count(c)}</span>\n\t\t\t\t\t\t\t\t</a>\n\t\t\t\t\t\t\t</li>'
                       for c, (n, d) in CATS.items())
        menu = [("Tin tức", "/posts", "Tin tức"), ("Giới thiệu", "/gioi-thieu", "Giới thiệu Liên minh HTX tỉnh"),
                ("Liên hệ", "/lien-he", "Liên hệ")]
        active = 'class="active"'
        items = "".join(f'\n\t\t\t\t\t\t<li {active if href == "/posts" and "posts" in body_class else ""}>'
                        f'\n\t\t\t\t\t\t\t<a href="{href}" title="{attr(t)}">\n\t\t\t\t\t\t\t\t{esc(n)}\n\t\t\t\t\t\t\t</a>'
                        f'\n\t\t\t\t\t\t</li>' for n, href, t in menu)
        return f"""<!doctype html>
<html lang="vi">
	<head>
		<meta charset="utf-8">
		<title>{esc(title)} - {esc(NAME)}</title>

		<meta name="description" content="{attr(DESC)}">

		<link rel="stylesheet" href="/themes/default/css/reset.css">
		<link rel="stylesheet" href="/themes/default/css/style.css">
		<link rel="stylesheet" href="/themes/default/css/small.css" media="(max-width: 400px)">

		<link rel="alternate" type="application/rss+xml" title="RSS" href="/feeds/rss">
		<link rel="shortcut icon" href="/themes/default/img/favicon.png">

		<script>var base = '/themes/default/';</script>
		<script src="/anchor/views/assets/js/zepto.js"></script>
		<script src="/themes/default/js/main.js"></script>

	    <meta name="viewport" content="width=device-width">
	    <meta name="generator" content="Anchor CMS">

	    <meta property="og:title" content="{attr(title)}">
	    <meta property="og:type" content="website">
	    <meta property="og:url" content="{{{{base}}}}{{path}}">
	    <meta property="og:image" content="{{{{base}}}}/themes/default/img/og_image.gif">
	    <meta property="og:site_name" content="{attr(NAME)}">
	    <meta property="og:description" content="{attr(og_desc)}">
	</head>
	<body class="{body_class}">
		<div class="main-wrap">
			<div class="slidey" id="tray">
				<div class="wrap">
					<form id="search" action="/search" method="post">
						<label for="term">Tìm trong trang:</label>
						<input type="search" id="term" name="term" placeholder="Gõ từ khóa rồi nhấn Enter&hellip;" value="">
						<input type="hidden" id="whatSearch" name="whatSearch" value="all" />
					</form>

					<aside>
						<b>Chuyên mục</b>
						<ul>{cats}
						</ul>
					</aside>
				</div>
			</div>

			<header id="top">
				<a id="logo" href="/">{esc(NAME)}</a>
				<p class="site-description">{esc(DESC)}</p>

				<nav id="main" role="navigation">
					<ul>{items}
						<li class="tray">
							<a href="#tray" class="linky"><img src="/themes/default/img/categories.png" alt="Chuyên mục" title="Xem bài viết theo chuyên mục"></a>
						</li>
					</ul>
				</nav>
			</header>
{content}
		<div class="wrap">
	            <footer id="bottom">
	                <small>{esc(COPY)}</small>
	                <p class="address">Địa chỉ: Số 6 đường Cách Mạng Tháng Tám, phường 3, TP Bến Tre</p>

	                <ul role="navigation">
	                    <li><a href="/feeds/rss">RSS</a></li>
	                    <li><a href="/admin" title="Quản trị trang!">Trang quản trị</a></li>
	                    <li><a href="/" title="Về trang chủ.">Về trang chủ</a></li>
	                </ul>
	            </footer>

	        </div>
        </div>
    </body>
</html>
"""

    def page(path: str, html: str) -> None:
        site.page(path, html.replace("{path}", path))

    # -- posts ---------------------------------------------------------------------------------
    for a in arts:
        comments = a.opts.get("comments", [])
        words = len(" ".join(a.text_lines()).split())
        attribution = a.opts.get("attribution", "")
        com_html = ""
        if comments:
            lis = "".join(
                f'\n\t\t\t\t<li class="comment" id="comment-{a.opts["id"] * 10 + i}">\n\t\t\t\t\t<div class="wrap">'
                f'\n\t\t\t\t\t\t<h2>{esc(who)}</h2>\n\t\t\t\t\t\t<time>{rel(a.date + delta)}</time>\n\n\t\t\t\t\t\t'
                f'<div class="content">\n\t\t\t\t\t\t\t{esc(text)}\n\t\t\t\t\t\t</div>\n\n\t\t\t\t\t\t'
                f'<span class="counter">{i}</span>\n\t\t\t\t\t</div>\n\t\t\t\t</li>'
                for i, (who, text, delta) in enumerate(comments, 1))
            com_html = f'\n\t\t\t<ul class="commentlist">{lis}\n\t\t\t</ul>'
            for _, text, _ in comments:
                site.extra_boilerplate.append(text)
        content = f"""		<section class="content wrap" id="article-{a.opts['id']}">
			<h1>{esc(a.title)}</h1>
			<p class="post-age"><time datetime="{w3c(a.date)}">{rel(a.date)}</time></p>

			<article>
				{article_html(a)}
			</article>

			<section class="footnote">
				<!-- Unfortunately, CSS means everything's got to be inline. -->
				<p>Đây là bài viết thứ {numbers[a.path]} của trang. Bài dài {words} chữ, có {len(comments)} bình luận. {esc(attribution)}</p>
			</section>
		</section>

		<section class="comments">{com_html}

			<form id="comment" class="commentform wrap" method="post" action="{a.path}#comment">
				<p class="name">
					<label for="name">Tên của bạn:</label>
					<input id="name" name="name" type="text" placeholder="Tên của bạn" value="">
				</p>

				<p class="email">
					<label for="email">Email của bạn:</label>
					<input id="email" name="email" type="email" placeholder="Email (không công khai)" value="">
				</p>

				<p class="textarea">
					<label for="text">Nội dung bình luận:</label>
					<textarea id="text" name="text" placeholder="Bình luận của bạn"></textarea>
				</p>

				<p class="submit">
					<button class="btn" type="submit">Gửi bình luận</button>
				</p>
			</form>

		</section>
"""
        page(a.path, layout(a.title, content, "posts article", og_desc=inline_text(a.blocks[0].text) if a.blocks[0].text
                                                                       else DESC))
        site.add_article(a)
        site.redirect(f"/{a.opts['id']}", a.path, 302)
        if f"/{a.opts['id']}" not in a.aliases:
            a.aliases.append(f"/{a.opts['id']}")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/content/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BEN TRE", "SO 18/TB-LMHTX", "HOI CHO SAN PHAM HTX 2024"]))
    site.trap("Anchor's id route /<id> answers 302 to /posts/<slug> for every post (the plan's '/22' is linked from a "
              "post's text: an alias of it)", "/22")

    # -- listings ------------------------------------------------------------------------------
    def listing(items: list[RichArticle], base: str, n: int, total_pages: int, title: str, cls: str) -> str:
        first, rest = items[0], items[1:]
        lis = "".join(
            f'\n\t\t\t<li style="background: hsl(215, 28%, {round(((i / min(len(items), PER_PAGE)) * 20) + 20)}%);">'
            f'\n\t\t\t\t<article class="wrap">\n\t\t\t\t\t<h2>\n\t\t\t\t\t\t<a href="{a.path}" title="{attr(a.title)}">'
            f'{esc(a.title)}</a>\n\t\t\t\t\t</h2>\n\t\t\t\t</article>\n\t\t\t</li>' for i, a in enumerate(rest, 1))
        prev = f'<a href="{base}/{n - 1}">&larr; Mới hơn</a>' if n > 1 else ""
        nxt = f'<a href="{base}/{n + 1}">Cũ hơn &rarr;</a>' if n < total_pages else ""
        pager = (f'\n\t\t<nav class="pagination">\n\t\t\t<div class="wrap">\n\t\t\t\t<div class="previous">\n\t\t\t\t\t{prev}'
                 f'\n\t\t\t\t</div>\n\t\t\t\t<div class="next">\n\t\t\t\t\t{nxt}\n\t\t\t\t</div>\n\t\t\t</div>\n\t\t</nav>'
                 if total_pages > 1 else "")
        content = f"""
<section class="content">

		<ul class="items">
			<li>
				<article class="wrap">
					<h1>
						<a href="{first.path}" title="{attr(first.title)}">{esc(first.title)}</a>
					</h1>

					<div class="content">
						{article_html(first)}
					</div>

					<footer>
						Đăng <time datetime="{w3c(first.date)}">{rel(first.date)}</time> bởi {ACCOUNT}.
					</footer>
				</article>
			</li>{lis}
		</ul>
{pager}
</section>
"""
        return layout(title, content, cls)

    pages = [arts[i:i + PER_PAGE] for i in range(0, len(arts), PER_PAGE)]
    for n, chunk in enumerate(pages, 1):
        path = "/" if n == 1 else f"/posts/{n}"
        page(path, listing(chunk, "/posts", n, len(pages), "Tin tức", "posts home" if n == 1 else "posts"))
        site.non_articles.append(path)
    site.same_page("/posts", "/")
    site.same_page("/posts/1", "/")
    site.non_articles += ["/posts", "/posts/1"]
    site.trap("the posts page is the home page: / = /posts = /posts/1 (the pager's '← Mới hơn' from page 2 links "
              "/posts/1); 5 a page; the four oldest posts only on /posts/2 ('Cũ hơn →')", "/posts/2")
    site.trap("listing page 1 prints the newest post in full (the default theme's first item: <h1> link, the whole "
              "HTML, 'Đăng <time datetime=…>khoảng 2 ngày trước</time> bởi Võ Thị Thu Sương.'): a listing, not an "
              "article; the other items are bare <h2> titles (so are the first items of page 2 and the categories')", "/")
    for c, (name, _) in CATS.items():
        mine = [a for a in arts if a.opts["cat"] == c]
        cpages = [mine[i:i + PER_PAGE] for i in range(0, len(mine), PER_PAGE)]
        for n, chunk in enumerate(cpages, 1):
            path = f"/category/{c}" if n == 1 else f"/category/{c}/{n}"
            page(path, listing(chunk, f"/category/{c}", n, len(cpages), "Tin tức", "posts"))
            site.non_articles.append(path)
            if n == 1 and len(cpages) > 1:
                site.same_page(f"/category/{c}/1", path)
                site.non_articles.append(f"/category/{c}/1")

    # -- pages ---------------------------------------------------------------------------------
    about = ("<p>Liên minh Hợp tác xã tỉnh Bến Tre là tổ chức kinh tế - xã hội, đại diện và bảo vệ quyền, lợi ích hợp "
             "pháp của các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p><p>Trang tin này do Văn phòng Liên minh "
             "HTX tỉnh quản lý.</p>")
    page("/gioi-thieu", layout("Giới thiệu", f'\t\t<section class="content wrap">\n\t\t\t<h1>Giới thiệu</h1>\n\n\t\t\t{about}'
                               "\n\t\t</section>\n", "page"))
    contact = ("<p>Văn phòng Liên minh HTX tỉnh Bến Tre</p><p>Điện thoại: 0275.3822.145</p>"
               "<p>Email: lienminhhtx@bentre.gov.vn</p>")
    page("/lien-he", layout("Liên hệ", f'\t\t<section class="content wrap">\n\t\t\t<h1>Liên hệ</h1>\n\n\t\t\t{contact}'
                            "\n\t\t</section>\n", "page"))
    site.non_articles += ["/gioi-thieu", "/lien-he"]
    page("/admin", '<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập - Anchor CMS</title>'
         '</head><body class="login"><form method="post" action="/admin/login"><input name="user"><input name="pass" '
         'type="password"><button type="submit">Đăng nhập</button></form></body></html>')
    site.never_fetched.append("/admin")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\nDisallow: /search\n")

    # -- feeds ---------------------------------------------------------------------------------
    def rss_date(d: datetime) -> str:
        return f"{utc(d):%a, %d %b %Y %H:%M:%S} +0000"

    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link>"
                    f"<description>{esc(a.summary())}</description><pubDate>{rss_date(a.date)}</pubDate></item>"
                    for a in arts)
    rss = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel>'
           f"<title>{esc(NAME)}</title><link>{{{{base}}}}</link><description>{esc(DESC)}</description>"
           f"<language>vi</language><ttl>60</ttl><docs>http://blogs.law.harvard.edu/tech/rss</docs>"
           f'<copyright>{esc(NAME)}</copyright><atom:link href="{{{{base}}}}" rel="self" type="application/rss+xml"/>'
           f"{items}</channel></rss>\n")
    site.page("/feeds/rss", rss, content_type="application/xml")
    site.page("/rss", rss, content_type="application/xml")
    posts = [{"id": str(a.opts["id"]), "title": a.title, "slug": a.path.rsplit("/", 1)[1], "description": a.summary(),
              "html": article_html(a), "css": "", "js": "",
              "created": f"{utc(a.date):%Y-%m-%d %H:%M:%S}", "updated": f"{utc(a.date):%Y-%m-%d %H:%M:%S}",
              "author": "2", "category": str(list(CATS).index(a.opts["cat"]) + 2), "status": "published",
              "comments": "1"} for a in arts]
    meta = {"sitename": NAME, "description": DESC, "home_page": "1", "posts_page": "1", "posts_per_page": str(PER_PAGE),
            "auto_published_comments": "0", "comment_notifications": "0", "date_format": "jS F, Y"}
    site.page("/feeds/json", json.dumps({"meta": meta, "posts": posts}, ensure_ascii=False),
              content_type="application/json")
    site.trap("feeds: /feeds/rss (= /rss; pubDate '+0000'), /feeds/json (Anchor's raw rows: 'created' as the database "
              "keeps it, GMT, no zone: '2024-05-03 23:40:00'); the page's <time datetime> is UTC too: the truth is "
              "Vietnam time", "/feeds/json")
    site.trap("pages /gioi-thieu and /lien-he (Anchor pages: <h1> and content, no time): not articles", "/gioi-thieu")
    for name in ("favicon.png", "categories.png"):
        site.binary(f"/themes/default/img/{name}", image_for(name))
    site.binary("/themes/default/img/og_image.gif", image_for("og_image"))
    return site
