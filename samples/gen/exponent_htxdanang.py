"""Site `exponent-htxdanang` (registry family `generic`): the portal of the Đà Nẵng city cooperative alliance on
**Exponent CMS 2.4** (PHP, OIC Group; a Bootstrap 3 theme `lmhtxdn` whose news views override the stock ones to print
"Đăng ngày dd/mm/yyyy"; SEF URLs on; PHP's time zone left at UTC on the server). The copy is of 6 November 2024,
10:00, before Quảng Nam merged into the city. Written as a held-out test: no family module, no selectors.

What is an article here: a news item of the news module. URL shapes: the item `/news/show/title/<sef_url>` (its
canonical: `<link rel="canonical">`, what the listing's titles and "Đọc thêm" link); the same item at Exponent's
non-SEF addresses `/index.php?controller=news&action=show&title=<sef_url>` (what the RSS links) and
`/index.php?controller=news&action=show&id=<n>` (what old e-mails link), and its printer-friendly view
`/news/show/title/<sef_url>/printerfriendly/1` ("In trang"): 200 each, aliases. Listings: the section page `/tin-tuc`
(the news module's showall: summaries with "Đọc thêm", five a page; one entry is an item AGGREGATED from the national
alliance's RSS feed and links off the site), `/news/showall/page/2` (the four oldest items only there; its first page
`/news/showall` is the section's list again), tag lists `/news/showall_by_tags/tag/<tag>`; the site pages
`/gioi-thieu` and `/lien-he` (a contact form); the RSS `/rss/feed/title/tin-tuc-lmhtx-da-nang`. No sitemap.
robots.txt disallows Exponent's own directories, the login and the search.

Why it is hard: the item's title is the news view's `<h1>`, `<title>` the item's title alone; the sidebar's module
titles are `<h2>` ("Tin mới" headlines with their own dates, "Đăng nhập" = the login module, "Liên kết website",
"Thống kê truy cập"); previous/next item links (`a.nav`, with the neighbour's title and summary in `title`) stand
above and below the item. The date is a DATE only, "Đăng ngày 01/11/2024" (day first) in `span.date`: midnight. The
RSS pubDate is in UTC ("+0000", PHP's default): an item published at 06:30 on 1 November is "Thu, 31 Oct 2024
23:30:00 +0000" there: the page's day is the truth. og:/twitter: metadata (Exponent's meta_fb / meta_tw: type
article, title, description, url, image), no published time. The body `div.bodycopy`: paragraphs, `<h3>`, lists, a
table, images with a centred `<em>` caption; files linked from the body under `/files/`. Tags ("Từ khóa:"), the
printer-friendly link, "Chia sẻ" buttons and the prev/next links are not text. No author field: the closing byline.
"""

from __future__ import annotations

import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "exponent-htxdanang"
NAME = "Liên minh Hợp tác xã thành phố Đà Nẵng"
NOW = datetime(2024, 11, 6, 10, 0)
PER_PAGE = 5
FEED = "/rss/feed/title/tin-tuc-lmhtx-da-nang"
SLOGAN = "Đồng hành cùng hợp tác xã phát triển bền vững"
CHROME = [SLOGAN, "Tin mới", "Đăng nhập", "Tên đăng nhập", "Mật khẩu", "Quên mật khẩu?", "Liên kết website",
          "Thống kê truy cập", "Đang truy cập: 14", "Hôm nay: 318", "Tổng lượt truy cập: 845.219",
          "Bản quyền © 2024 Liên minh Hợp tác xã thành phố Đà Nẵng",
          "Địa chỉ: Tầng 6, Trung tâm Hành chính thành phố, 24 Trần Phú, Đà Nẵng",
          "Điện thoại: 0236.3822.415 - Email: lmhtx@danang.gov.vn", "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX thành phố",
          "Từ khóa:", "In trang", "Chia sẻ", "Powered by Exponent CMS"]
AGGREGATED = ("Liên minh HTX Việt Nam tổng kết Tháng hành động vì HTX năm 2024", "/tin-tuc/thang-hanh-dong-vi-htx-2024",
              datetime(2024, 11, 2, 15, 0))


def articles() -> list[RichArticle]:
    A = RichArticle

    def on(d: datetime, **kw) -> dict:
        base = dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element"])
        base.update(kw)
        return base

    return [
        A(path="15-htx-nong-nghiep-duoc-ho-tro-xay-dung-nha-luoi-nam-2024",
          title="15 HTX nông nghiệp được hỗ trợ xây dựng nhà lưới năm 2024",
          body="""
Năm 2024, thành phố Đà Nẵng hỗ trợ 15 HTX nông nghiệp xây dựng 4,2 ha nhà lưới sản xuất rau an toàn với tổng kinh phí hơn 5,6 tỷ đồng.
[img nha-luoi-htx-hoa-tien.png] Nhà lưới trồng rau thủy canh của HTX Nông nghiệp Hòa Tiến
Các HTX được hỗ trợ tập trung ở huyện Hòa Vang và quận Cẩm Lệ, chủ yếu sản xuất rau ăn lá, dưa lưới và nấm.
Đến nay đã có 11 HTX hoàn thành xây dựng, đưa nhà lưới vào sản xuất vụ đông xuân.
""", byline="Bài, ảnh: Trần Minh Khoa", author="Trần Minh Khoa",
          opts={"id": 214, "tags": ["nông nghiệp", "hòa vang"]},
          notes=["'Đăng ngày 05/11/2024' (a date only, day first): midnight; photo with a centred <em> caption; "
                 "'Bài, ảnh: Trần Minh Khoa' -> author"],
          **on(datetime(2024, 11, 5, 14, 20))),
        A(path="thong-bao-to-chuc-lop-tap-huan-ke-toan-htx-nam-2024",
          title="Thông báo tổ chức lớp tập huấn kế toán HTX năm 2024",
          body="""
Số: 96/TB-LMHTX
Liên minh HTX thành phố tổ chức lớp tập huấn kế toán HTX năm 2024 từ ngày 14/11 đến ngày 16/11/2024 tại Hội trường Liên minh HTX thành phố.
Đối tượng: kế toán, Giám đốc HTX trên địa bàn thành phố; mỗi HTX cử không quá 02 học viên.
Tải về: [[TB-96-LMHTX.pdf|/files/van-ban/TB-96-LMHTX.pdf]]
Đà Nẵng, ngày 04 tháng 11 năm 2024
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Kim Phượng
""", author=None, doc_number="96/TB-LMHTX",
          attachments=[{"path": "/files/van-ban/TB-96-LMHTX.pdf", "text": "TB-96-LMHTX.pdf"}],
          opts={"id": 213, "tags": ["đào tạo"]},
          notes=["notice 'Số: 96/TB-LMHTX' with its place-and-date line (the same day as 'Đăng ngày 04/11/2024'); the "
                 "PDF linked in the body ('Tải về: TB-96-LMHTX.pdf': the line is text, the attachment's text the "
                 "file's name); the signer is text, no author"],
          **on(datetime(2024, 11, 4, 8, 45), evidence=["date-element", "document"])),
        A(path="lien-minh-htx-thanh-pho-lam-viec-voi-htx-dich-vu-nong-nghiep-hoa-phong",
          title="Liên minh HTX thành phố làm việc với HTX Dịch vụ nông nghiệp Hòa Phong",
          body="""
Ngày 31/10, Liên minh HTX thành phố làm việc với HTX Dịch vụ nông nghiệp Hòa Phong về phương án sản xuất vụ đông xuân 2024 - 2025.
HTX hiện cung ứng dịch vụ thủy lợi, giống, vật tư cho 420 ha lúa của 1.350 hộ thành viên.
Liên minh HTX thành phố cam kết hỗ trợ HTX tiếp cận vốn vay ưu đãi để đầu tư máy gặt đập liên hợp.
""", byline="Ngọc Hà", author="Ngọc Hà",
          opts={"id": 212, "tags": ["nông nghiệp"]},
          notes=["published at 06:30 on 1 November: the page shows only 'Đăng ngày 01/11/2024' (midnight of that day), "
                 "the RSS pubDate is 'Thu, 31 Oct 2024 23:30:00 +0000' (UTC, the day before); the text's 'Ngày 31/10' "
                 "is the meeting, not the publication; 'Ngọc Hà' -> author"],
          **on(datetime(2024, 11, 1, 6, 30))),
        A(path="ket-qua-hoat-dong-cua-khu-vuc-kinh-te-tap-the-10-thang-nam-2024",
          title="Kết quả hoạt động của khu vực kinh tế tập thể 10 tháng năm 2024",
          body="""
Đến cuối tháng 10/2024, thành phố Đà Nẵng có 187 HTX đang hoạt động, thu hút hơn 21.000 thành viên.
| Lĩnh vực | Số HTX | Doanh thu bình quân (triệu đồng/năm) |
| Nông nghiệp | 72 | 1.850 |
| Vận tải | 31 | 6.420 |
| Thương mại, dịch vụ | 48 | 3.160 |
| Công nghiệp, xây dựng | 36 | 4.750 |
Thu nhập bình quân của người lao động trong HTX đạt 6,8 triệu đồng/tháng.
Ban Kinh tế - Liên minh HTX thành phố
""", author=None,
          opts={"id": 210, "tags": ["kinh tế tập thể"]},
          notes=["a data table (one line per row); closed by an office ('Ban Kinh tế - Liên minh HTX thành phố'): text, "
                 "no author"],
          **on(datetime(2024, 10, 28, 16, 0))),
        A(path="phat-trien-htx-kieu-moi-gan-voi-du-lich-cong-dong",
          title="Phát triển HTX kiểu mới gắn với du lịch cộng đồng",
          body="""
Nhiều HTX ở Đà Nẵng đã mạnh dạn kết hợp sản xuất nông nghiệp với dịch vụ du lịch cộng đồng, tạo thêm việc làm và thu nhập cho thành viên.
Tiêu biểu là HTX Du lịch cộng đồng Cẩm Nê và HTX Nông nghiệp sinh thái Hòa Bắc, mỗi năm đón hàng nghìn lượt khách.
""", byline="Theo Báo Đà Nẵng", author=None,
          opts={"id": 208, "tags": ["du lịch cộng đồng"]},
          notes=["a reprint ('Theo Báo Đà Nẵng'): no author"],
          **on(datetime(2024, 10, 21, 9, 10))),
        A(path="htx-can-lam-gi-de-thuc-hien-luat-hop-tac-xa-nam-2023",
          title="HTX cần làm gì để thực hiện Luật Hợp tác xã năm 2023",
          body="""
Luật Hợp tác xã năm 2023 có nhiều điểm mới về thành viên, tổ chức quản trị và chính sách hỗ trợ của Nhà nước.
## Về thành viên
HTX phân biệt thành viên chính thức và thành viên liên kết không góp vốn, quy định rõ trong điều lệ.
## Về tổ chức quản trị
* HTX có thể lựa chọn mô hình quản trị đầy đủ hoặc rút gọn;
* Giám đốc HTX có thể là người thuê ngoài;
* HTX lập quỹ chung không chia theo quy định.
Nguyễn Thanh Bình - Phó Chủ tịch Liên minh HTX thành phố
""", author="Nguyễn Thanh Bình",
          opts={"id": 206, "tags": ["luật hợp tác xã"]},
          notes=["only on the listing's page 2 (/news/showall/page/2); two <h3> headings and a list; closed by 'Nguyễn "
                 "Thanh Bình - Phó Chủ tịch Liên minh HTX thành phố' -> author Nguyễn Thanh Bình"],
          **on(datetime(2024, 10, 14, 10, 30))),
        A(path="htx-van-tai-song-han-dau-tu-them-20-xe-taxi-dien",
          title="HTX Vận tải Sông Hàn đầu tư thêm 20 xe taxi điện",
          body="""
HTX Vận tải Sông Hàn vừa đưa vào khai thác 20 xe taxi điện, nâng tổng số phương tiện của HTX lên 145 xe.
Đây là HTX vận tải đầu tiên của thành phố chuyển đổi sang phương tiện sử dụng năng lượng xanh.
""", author=None,
          opts={"id": 203, "tags": ["vận tải"]},
          notes=["only on page 2 and its tag list; no byline: author null; 'Đăng ngày 07/10/2024'"],
          **on(datetime(2024, 10, 7, 15, 40))),
        A(path="ngay-hoi-san-pham-ocop-htx-da-nang-2024",
          title="Ngày hội sản phẩm OCOP của các HTX Đà Nẵng năm 2024",
          body="""
Ngày hội sản phẩm OCOP của các HTX Đà Nẵng năm 2024 diễn ra từ ngày 27 đến 29/9 tại Công viên APEC.
[img ngay-hoi-ocop-apec.png] Khách tham quan gian hàng nước mắm Nam Ô của HTX
Ngày hội có 60 gian hàng giới thiệu hơn 300 sản phẩm OCOP, đặc sản của các HTX thành phố và các tỉnh miền Trung.
""", byline="Bài và ảnh: Phan Văn Lộc", author="Phan Văn Lộc",
          opts={"id": 199, "tags": ["ocop"]},
          notes=["the oldest item: only on page 2 and in its tag list; 'Đăng ngày 30/09/2024'; 'Bài và ảnh: Phan Văn "
                 "Lộc' -> author"],
          **on(datetime(2024, 9, 30, 8, 15))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="/files/tin-tuc/{b.src}" alt="" width="640" /></p>'
                       + (f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>' if b.text else ""))
        elif b.kind == "table":
            out.append(table_html(b, "table table-bordered"))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def tag_slug(t: str) -> str:
    plain = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
    return plain.replace("đ", "d").replace("Đ", "D").replace(" ", "-")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "da-nang", NAME, "generic", None, start_urls=["{{base:%s}}/tin-tuc" % SITE],
                     feeds=["{{base:%s}}%s" % (SITE, FEED)])
    site.extra_boilerplate += CHROME

    def hpage(path: str, content: str, **kw) -> None:
        """Extensionless addresses are routes (text/html): '/b/tin-tuc' is also the folder of its posts."""
        if not kw and not path.endswith("/") and "." not in path.split("?")[0].rsplit("/", 1)[-1]:
            kw = {"content_type": "text/html; charset=utf-8"}
        site.page(path, content, **kw)
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        a.opts["slug"] = a.path
        a.path = f"/news/show/title/{a.path}"
        a.aliases = [f"/index.php?controller=news&action=show&title={a.opts['slug']}",
                     f"/index.php?controller=news&action=show&id={a.opts['id']}",
                     f"{a.path}/printerfriendly/1"]
    tags = sorted({t for a in items for t in a.opts["tags"]})

    def summary(a: RichArticle) -> str:
        return next((b.lines()[0] for b in a.blocks if b.kind == "p" and b.lines() and not b.text.startswith("Số:")),
                    a.title)

    def layout(title: str, content: str, head: str = "", section: str = "tin-tuc") -> str:
        menu = "".join(f'<li class="{"active" if s == section else ""}"><a href="/{s}">{esc(n)}</a></li>'
                       for s, n in (("", "Trang chủ"), ("gioi-thieu", "Giới thiệu"), ("tin-tuc", "Tin tức"),
                                    ("lien-he", "Liên hệ")))
        headlines = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({a.date:%d/%m})</span></li>'
                            for a in items[:5])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<title>{esc(title)}</title>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" >
	<meta content="vi-vn" http-equiv="Content-Language" >
	<meta name="Generator" content="Exponent Content Management System - v2.4.1" >
	<meta name="Keywords" content="hợp tác xã, Đà Nẵng, kinh tế tập thể" >
{head}
	<meta name="viewport" content="width=device-width, user-scalable=yes" >
	<link rel="shortcut icon" href="{{{{base}}}}/themes/lmhtxdn/favicon.ico" type="image/x-icon" >
	<link rel="alternate" type="application/rss+xml" title="Tin tức Liên minh HTX Đà Nẵng" href="{{{{base}}}}{FEED}" >
<link rel="stylesheet" type="text/css" href="/tmp/minify/exp-lmhtxdn.css" >
</head>
<body>
<div class="navbar navbar-default" role="navigation"><div class="container">
<div class="navbar-header"><a class="navbar-brand" href="/"><img src="/themes/lmhtxdn/images/logo.png" alt="{attr(NAME)}" /></a></div>
<div class="slogan">{esc(SLOGAN)}</div>
<ul class="nav navbar-nav">{menu}</ul>
<form class="navbar-form navbar-right" role="search" method="get" action="/search/search"><input type="text" name="search_string" class="form-control" placeholder="Tìm kiếm" /></form>
</div></div>
<div class="container"><div class="row">
<div class="col-sm-8">
<div class="containermodule">
{content}
</div>
</div>
<div class="col-sm-4">
<div class="module news showall-headlines"><h2>Tin mới</h2><ul>{headlines}</ul></div>
<div class="module login showlogin"><h2>Đăng nhập</h2><form method="post" action="/login/login"><div class="control"><label>Tên đăng nhập</label><input type="text" name="username" class="form-control" /></div><div class="control"><label>Mật khẩu</label><input type="password" name="password" class="form-control" /></div><button type="submit" class="btn btn-default">Đăng nhập</button> <a href="/login/resetpassword">Quên mật khẩu?</a></form></div>
<div class="module links showall"><h2>Liên kết website</h2><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng thông tin điện tử Chính phủ</a></li></ul></div>
<div class="module text showall counter"><h2>Thống kê truy cập</h2><p>Đang truy cập: 14</p><p>Hôm nay: 318</p><p>Tổng lượt truy cập: 845.219</p></div>
</div>
</div></div>
<footer class="footer"><div class="container">
<p>Bản quyền © 2024 Liên minh Hợp tác xã thành phố Đà Nẵng</p>
<p>Địa chỉ: Tầng 6, Trung tâm Hành chính thành phố, 24 Trần Phú, Đà Nẵng</p>
<p>Điện thoại: 0236.3822.415 - Email: lmhtx@danang.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX thành phố</p>
<p class="powered"><a href="{{{{base:offsite}}}}/exponentcms/">Powered by Exponent CMS</a></p>
</div></footer>
<script type="text/javascript" src="/external/jquery/js/jquery-1.12.4.min.js"></script>
<script type="text/javascript" src="/tmp/minify/exp-lmhtxdn.js"></script>
</body>
</html>"""

    def nav(a: RichArticle) -> str:
        i = items.index(a)
        prev = items[i + 1] if i + 1 < len(items) else None  # older
        nxt = items[i - 1] if i > 0 else None  # newer
        left = (f'<a class="nav" href="{prev.path}" rel="{prev.opts["slug"]}" title="{attr(summary(prev))}">'
                f'<img src="/framework/modules/common/assets/images/page_prev.png" alt="Mục trước" /> {esc(prev.title)}</a>'
                if prev else "")
        right = (f'<a class="nav" href="{nxt.path}" rel="{nxt.opts["slug"]}" title="{attr(summary(nxt))}">{esc(nxt.title)} '
                 f'<img src="/framework/modules/common/assets/images/page_next.png" alt="Mục sau" /></a>' if nxt else "")
        return (f'<div class="module-actions"><div style="clear:both"></div><hr><span style="float:left">{left}</span>'
                f'<span style="float:right">{right}</span><div style="clear:both"></div><hr></div>')

    def show(a: RichArticle, printer: bool = False) -> str:
        tag_links = ", ".join(f'<a href="/news/showall_by_tags/tag/{tag_slug(t)}">{esc(t)}</a>' for t in a.opts["tags"])
        n = nav(a) if not printer else ""
        print_link = ("" if printer else
                      f'<div class="printer-friendly-link"><a class="printer-friendly-link" href="{a.path}/printerfriendly/1" '
                      f'rel="nofollow"><i class="fa fa-print"></i> In trang</a></div>')
        share = ("" if printer else
                 '<div class="share-bar"><span>Chia sẻ</span> <div class="fb-like" data-layout="button_count" '
                 'data-share="true"></div></div>')
        return (f'<div class="module news show"><div id="news{a.opts["id"]}item">{n}'
                f'<h1>{esc(a.title)}</h1>{print_link}'
                f'<span class="date">Đăng ngày {a.date:%d/%m/%Y}</span>'
                f'<div class="tag">Từ khóa: {tag_links}</div>'
                f'<div class="bodycopy">\n{body_html(a)}\n</div><div style="clear:both"></div>{share}{n}</div></div>')

    for a in items:
        desc = summary(a)
        img = a.first_image()
        head = (f'\t<meta name="Description" content="{attr(desc)}" >\n'
                f'\t<link rel="canonical" href="{{{{base}}}}{a.path}" >\n'
                f'\t<meta property="og:type" content="article" >\n\t<meta property="og:title" content="{attr(a.title)}" >\n'
                f'\t<meta property="og:description" content="{attr(desc)}" >\n'
                f'\t<meta property="og:url" content="{{{{base}}}}{a.path}" >\n'
                + (f'\t<meta property="og:image" content="{{{{base}}}}/files/tin-tuc/{img}" >\n' if img else "")
                + f'\t<meta name="twitter:card" content="summary" >\n\t<meta name="twitter:title" content="{attr(a.title)}" >\n'
                f'\t<meta name="twitter:description" content="{attr(desc)}" >')
        hpage(a.path, layout(a.title, show(a), head))
        for alias in a.aliases[:2]:
            site.same_page(alias, a.path)
        hpage(f"{a.path}/printerfriendly/1",
                  f'<!DOCTYPE html>\n<html lang="vi"><head><title>{esc(a.title)}</title><meta http-equiv="Content-Type" '
                  f'content="text/html; charset=UTF-8" ><meta name="robots" content="noindex, nofollow" >'
                  f'<link rel="stylesheet" type="text/css" href="/tmp/minify/exp-print.css" ></head>'
                  f'<body class="printer-friendly" onload="window.print()">{show(a, printer=True)}</body></html>')
        site.add_article(a)
        for x in a.attachments:
            site.binary(x["path"], pdf("Thông báo 96/TB-LMHTX", ["LIEN MINH HTX THANH PHO DA NANG",
                                                                 "So: 96/TB-LMHTX", "Tap huan ke toan HTX nam 2024"]))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/files/tin-tuc/{b.src}", image_for(b.src))
    site.trap("the item also answers (200) at /index.php?controller=news&action=show&title=<sef_url> (the RSS's links), "
              "&id=<n> and /news/show/title/<sef_url>/printerfriendly/1 ('In trang', no chrome): aliases; the canonical "
              "link names /news/show/title/<sef_url>", items[0].path)
    site.trap("the title is the news view's <h1> and <title> alone; prev/next links with the neighbours' titles above and "
              "below it; the sidebar modules' <h2> titles ('Tin mới' with dates, 'Đăng nhập', 'Thống kê truy cập')",
              items[1].path)

    # listings: the section page (= /news/showall) and /news/showall/page/2, with one aggregated RSS item
    agg_title, agg_path, agg_date = AGGREGATED
    entries = sorted([("local", a.date, a) for a in items] + [("rss", agg_date, None)], key=lambda e: e[1], reverse=True)

    def entry_html(e) -> str:
        kind, d, a = e
        if kind == "rss":
            return (f'<div class="item"><h2><a href="{{{{base:offsite}}}}{agg_path}" title="Liên minh HTX Việt Nam">'
                    f'{esc(agg_title)}</a></h2><span class="date">Đăng ngày {d:%d/%m/%Y}</span><div class="bodycopy">'
                    f'<p>Tin từ Liên minh HTX Việt Nam.</p><a class="readmore" href="{{{{base:offsite}}}}{agg_path}">'
                    f'Đọc thêm</a></div><div style="clear:both"></div></div>')
        img = a.first_image()
        thumb = (f'<div class="display-files"><img src="/files/tin-tuc/{img}" alt="" class="img-thumbnail" '
                 f'width="120" /></div>' if img else "")
        return (f'<div class="item"><h2><a href="{a.path}" title="{attr(summary(a))}">{esc(a.title)}</a></h2>'
                f'<span class="date">Đăng ngày {a.date:%d/%m/%Y}</span><div class="bodycopy">{thumb}'
                f'<p>{esc(summary(a))}</p><a class="readmore" href="{a.path}">Đọc thêm</a></div>'
                f'<div style="clear:both"></div></div>')

    pages = [entries[i:i + PER_PAGE] for i in range(0, len(entries), PER_PAGE)]
    for n, chunk in enumerate(pages, 1):
        links = " ".join(f'<li class="active"><span>{k}</span></li>' if k == n else
                         f'<li><a href="{"/tin-tuc" if k == 1 else f"/news/showall/page/{k}"}">{k}</a></li>'
                         for k in range(1, len(pages) + 1))
        nxt = f'<li><a href="/news/showall/page/{n + 1}">Trang sau »</a></li>' if n < len(pages) else ""
        pager = f'<div class="pagination-links"><ul class="pagination">{links}{nxt}</ul></div>'
        content = (f'<div class="module news showall"><h1><a class="rsslink" href="{FEED}" title="Đăng ký RSS">'
                   f'<img src="/framework/modules/common/assets/images/rss-feed.png" alt="RSS" /></a> Tin tức</h1>'
                   f'{pager}{"".join(entry_html(e) for e in chunk)}{pager}</div>')
        path = "/tin-tuc" if n == 1 else f"/news/showall/page/{n}"
        hpage(path, layout("Tin tức - " + NAME, content))
        site.non_articles.append(path)
    site.same_page("/news/showall", "/tin-tuc")
    site.non_articles.append("/news/showall")
    site.trap("the news list: summaries with 'Đọc thêm', five a page; page 2 /news/showall/page/2 holds the four oldest "
              "items; one entry is aggregated from the national alliance's RSS and links off the site", "/news/showall/page/2")
    for t in tags:
        chosen = [("local", a.date, a) for a in items if t in a.opts["tags"]]
        path = f"/news/showall_by_tags/tag/{tag_slug(t)}"
        hpage(path, layout(f"Từ khóa: {t} - {NAME}",
                               f'<div class="module news showall"><h1>Tin tức có từ khóa "{esc(t)}"</h1>'
                               f'{"".join(entry_html(e) for e in chosen)}</div>'))
        site.non_articles.append(path)
    hpage("/gioi-thieu", layout(f"Giới thiệu - {NAME}",
                                    '<div class="module text showall"><h1>Giới thiệu</h1><div class="bodycopy"><p>Liên minh '
                                    'Hợp tác xã thành phố Đà Nẵng là tổ chức chính trị - xã hội, đại diện và hỗ trợ các '
                                    'hợp tác xã, liên hiệp hợp tác xã trên địa bàn thành phố.</p></div></div>',
                                    section="gioi-thieu"))
    hpage("/lien-he", layout(f"Liên hệ - {NAME}",
                                 '<div class="module forms enterdata"><h1>Liên hệ</h1><form method="post" '
                                 'action="/forms/submit_data"><div class="control"><label>Họ tên</label><input type="text" '
                                 'name="name" /></div><div class="control"><label>Nội dung</label><textarea name="message">'
                                 '</textarea></div><button type="submit">Gửi</button></form></div>', section="lien-he"))
    hpage("/", layout(NAME, '<div class="module news showall-recent"><h1>Tin tức mới nhất</h1>'
                                + "".join(entry_html(("local", a.date, a)) for a in items[:3]) + "</div>", section=""))
    site.non_articles += ["/gioi-thieu", "/lien-he", "/"]
    for p in ("/login/showlogin", "/search/search"):
        hpage(p, layout(f"Đăng nhập - {NAME}", '<div class="module login showlogin"><form method="post" '
                                                   'action="/login/login"><input name="username" /></form></div>'))
        site.never_fetched.append(p)
    hpage("/login/resetpassword", layout(f"Đặt lại mật khẩu - {NAME}", '<div class="module login resetpassword">'
                                             '<form method="post" action="/login/resetpassword"><input name="username" />'
                                             '</form></div>'))
    site.never_fetched.append("/login/resetpassword")
    hpage("/login/login", layout(f"Đăng nhập - {NAME}", "<p>Phiên đăng nhập đã hết hạn.</p>"))
    site.never_fetched.append("/login/login")
    site.static("/robots.txt", "User-agent: *\nDisallow: /framework/\nDisallow: /install/\nDisallow: /tmp/\n"
                "Disallow: /external/\nDisallow: /login/\nDisallow: /search/\n")

    def rfc(d: datetime) -> str:
        return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} +0000"

    rss_items = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}/index.php?controller=news&amp;action=show&amp;title="
        f"{a.opts['slug']}</link><description>{esc(summary(a))}</description><pubDate>{rfc(a.date)}</pubDate>"
        f"<guid isPermaLink=\"false\">news-{a.opts['id']}</guid>"
        + "".join(f"<category>{esc(t)}</category>" for t in a.opts["tags"]) + "</item>" for a in items)
    hpage(FEED, '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
              f"<title>Tin tức Liên minh HTX Đà Nẵng</title><link>{{{{base}}}}/tin-tuc</link>"
              f"<description>Tin tức của {esc(NAME)}</description><language>vi-vn</language>"
              f"<generator>Exponent Content Management System</generator>{rss_items}</channel></rss>\n",
              content_type="application/rss+xml; charset=UTF-8")
    site.trap("the RSS's pubDate is in UTC ('+0000': PHP's default zone on the server): the 06:30 item of 1 November is "
              "'Thu, 31 Oct 2024 23:30:00 +0000'; its links are the non-SEF index.php addresses", FEED)
    site.binary("/themes/lmhtxdn/images/logo.png", image_for("exp-logo"))
    site.binary("/themes/lmhtxdn/favicon.ico", image_for("exp-favicon"))
    return site
