"""Site `blog-htxbinhduong` (registry family `generic`): "Blog các HTX Bình Dương", the blog of the Bình Dương
cooperative alliance (the province merged into TP. Hồ Chí Minh on 1 July 2025) on **HTMLy 2.9.9** (flat-file PHP blog:
Markdown posts under `content/<user>/blog/<category>/post/<date>_<tags>_<slug>.md`, the default `twentysixteen` theme,
the interface left in `en_US` since HTMLy has no Vietnamese pack, `date.format = "d/m/Y"`, `timezone =
"Asia/Ho_Chi_Minh"`, 5 posts a page, "Read more" changed to "Đọc tiếp"). Written as a held-out test: no family module,
no selectors.

URL shapes: the default permalink `/<yyyy>/<mm>/<slug>`; `/post/<slug>` answers 301 to it (HTMLy's route for the
other permalink type); the home `/` with `?page=2`; `/category/<slug>`, `/tag/<key>` (the lower-cased key from the
file name, the display name from the `<!--tag …tag-->` header), `/archive/<yyyy-mm>` and `/archive/<yyyy>`,
`/author/<user>` (each `?page=2`); static pages `/gioi-thieu`, `/lien-he`; feeds `/feed/rss` (and `…/feed` per list);
the sitemap index `/sitemap.xml` -> `/sitemap.base.xml`, `/sitemap.post.xml` -> `/sitemap.post.1.xml`,
`/sitemap.static.xml`, `/sitemap.category.xml`, `/sitemap.tag.xml`, `/sitemap.archive.xml`, `/sitemap.author.xml`.

Why it is hard: the page shows the date only ("Posted on 06/05/2025", screen-reader label, day first) and no time;
the time is in `<meta name="article:published_time" content="2025-05-06T23:05:00+07:00">` (HTMLy puts it in a `name`
attribute, not `property`), beside `<meta name="author">` = the account's display name ("Ban Biên tập", "admin", or a
person's profile name) and `article:modified_time` (the file's mtime). `div.entry-content` holds, besides the text,
the "Related posts" box and the author box ("Author: Ban Biên tập" + the profile's about text). The lists show the
text before `<!--more-->` with a "Đọc tiếp" button, or the WHOLE post when it has no separator, each with the same
byline/date/category/tags footer. Photo captions are italic paragraphs under the image's paragraph (Markdown); a
byline is a last paragraph in bold, italic or right-aligned raw HTML.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "blog-htxbinhduong"
NAME = "Blog các HTX Bình Dương"
TAGLINE = "Kết nối - Chia sẻ - Phát triển kinh tế tập thể"
DESC = "Blog do Liên minh HTX tỉnh Bình Dương thực hiện, chia sẻ tin tức và kinh nghiệm của các hợp tác xã trên địa bàn tỉnh."
COPY = "(c) 2025 Liên minh HTX tỉnh Bình Dương"
PER_PAGE = 5
USERS = {"bbt": ("Ban Biên tập", "Ban Biên tập Blog các HTX Bình Dương, Văn phòng Liên minh HTX tỉnh."),
         "ngocanh": ("Trần Ngọc Ánh", "Phóng viên, cộng tác viên truyền thông của Liên minh HTX tỉnh Bình Dương."),
         "admin": ("admin", "Just another HTMLy user")}
CATS = {"tin-hoat-dong": ("Tin hoạt động", "Tin về hoạt động của Liên minh HTX tỉnh và các HTX."),
        "mo-hinh-htx": ("Mô hình HTX", "Những mô hình HTX làm ăn hiệu quả."),
        "van-ban": ("Văn bản", "Kế hoạch, thông báo của Liên minh HTX tỉnh.")}
TAGS = {"so-lieu": "Số liệu", "nong-nghiep": "Nông nghiệp", "son-mai": "Sơn mài", "lang-nghe": "Làng nghề",
        "buoi": "Bưởi", "vietgap": "VietGAP", "hoi-nghi": "Hội nghị", "luat-htx": "Luật HTX", "tet": "Tết"}
MORE = "<!--more-->"
FURN = [TAGLINE, DESC, COPY, "Powered by", "Skip to content", "Recent posts", "Archives", "Categories", "Tags",
        "Related posts", "Author:", "Posted on", "Post navigation", USERS["bbt"][1], USERS["ngocanh"][1],
        "Just another HTMLy user", "Search for:"]


class Post(RichArticle):
    @property
    def blocks(self):
        from .richbody import parse_rich
        return parse_rich(self.body.replace(MORE, ""))


def articles() -> list[Post]:
    A = Post

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"])

    return [
        A(path="", title="Kế hoạch tuyên truyền Luật Hợp tác xã năm 2023 trên địa bàn tỉnh năm 2025",
          body="""
Liên minh HTX tỉnh ban hành Kế hoạch tuyên truyền Luật Hợp tác xã năm 2023 trên địa bàn tỉnh năm 2025.
<!--more-->
LIÊN MINH HTX TỈNH BÌNH DƯƠNG
Số: 21/KH-LMHTX
Bình Dương, ngày 14 tháng 3 năm 2025
KẾ HOẠCH
Tuyên truyền Luật Hợp tác xã năm 2023 trên địa bàn tỉnh năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Nâng cao nhận thức của cán bộ, thành viên HTX và người dân về những điểm mới của Luật Hợp tác xã năm 2023.
## II. HÌNH THỨC TUYÊN TRUYỀN
- Tổ chức 6 hội nghị tuyên truyền tại các huyện, thành phố trong quý II và quý III năm 2025.
- Đăng tải tin, bài trên Blog các HTX Bình Dương và trang mạng xã hội của Liên minh HTX tỉnh.
- Phát hành 2.000 tờ gấp giới thiệu Luật Hợp tác xã năm 2023.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Thành
""", author=None, doc_number="21/KH-LMHTX",
          opts={"user": "bbt", "cat": "van-ban", "tags": ["luat-htx"], "mtime": datetime(2025, 3, 17, 10, 31),
                "file": "KH-21-LMHTX-2025.pdf"},
          notes=["plan 'Số: 21/KH-LMHTX' dated 14/3 in the text, posted 17/03/2025 10:20 (meta "
                 "article:published_time); the signer is text; <meta name=author> and the byline 'Ban Biên tập' are "
                 "the office account: author null; 'Tải về: KH-21-LMHTX-2025.pdf' (a Markdown link to "
                 "/content/images/…pdf) at the end of the text: an attachment named by its file"],
          **at(datetime(2025, 3, 17, 10, 20))),
        A(path="", title="Bình Dương có 146 HTX nông nghiệp đang hoạt động",
          body="""
Theo Liên minh HTX tỉnh, đến tháng 5/2025 toàn tỉnh có 146 HTX nông nghiệp đang hoạt động, tăng 11 HTX so với cuối năm 2024.
<!--more-->
| Địa phương | Số HTX nông nghiệp | Thành viên | Diện tích liên kết (ha) |
| Thành phố Tân Uyên | 28 | 1.245 | 1.860 |
| Thị xã Bến Cát | 22 | 910 | 1.140 |
| Huyện Phú Giáo | 31 | 1.380 | 2.050 |
| Huyện Dầu Tiếng | 35 | 1.612 | 2.730 |
| Huyện Bắc Tân Uyên | 30 | 1.104 | 1.920 |
Các HTX chủ yếu sản xuất cây ăn trái, cao su, rau an toàn và chăn nuôi heo, gà theo chuỗi liên kết.
""", byline="Theo Báo Bình Dương", author=None,
          opts={"user": "bbt", "cat": "tin-hoat-dong", "tags": ["so-lieu", "nong-nghiep"], "byline": "em",
                "mtime": datetime(2025, 6, 5, 9, 12)},
          notes=["a Markdown Extra table (thead/th), one line per row; '*Theo Báo Bình Dương*' (an italic last "
                 "paragraph) names a newspaper: author null"],
          **at(datetime(2025, 6, 5, 9, 0))),
        A(path="", title="Ảnh: HTX Sơn mài Tương Bình Hiệp giữ lửa làng nghề",
          body="""
Làng sơn mài Tương Bình Hiệp (thành phố Thủ Dầu Một) có lịch sử hơn 200 năm; HTX Sơn mài Tương Bình Hiệp hiện có 18 thành viên.
<!--more-->
[img 20250520-son-mai-1.jpg] Nghệ nhân của HTX mài tranh sơn mài sau nhiều lớp sơn phủ
[img 20250520-son-mai-2.jpg] Thành viên trẻ của HTX cẩn vỏ trứng lên bình hoa
[img 20250520-son-mai-3.jpg] Sản phẩm của HTX được trưng bày tại phòng giới thiệu sản phẩm làng nghề
""", byline="Bài và ảnh: Trần Ngọc Ánh", author="Trần Ngọc Ánh",
          opts={"user": "bbt", "cat": "mo-hinh-htx", "tags": ["son-mai", "lang-nghe"], "byline": "right",
                "mtime": datetime(2025, 5, 20, 8, 44)},
          notes=["photo story: each Markdown image in its own <p>, the caption an italic <p> under it (one line each); "
                 "right-aligned 'Bài và ảnh: Trần Ngọc Ánh' -> author, although the post belongs to the account "
                 "'Ban Biên tập'"],
          **at(datetime(2025, 5, 20, 8, 30))),
        A(path="", title="Bốn lợi ích khi nhà vườn trồng bưởi tham gia HTX",
          body="""
Tham gia HTX, các nhà vườn trồng bưởi ở Bạch Đằng, Tân Uyên nhận được nhiều lợi ích thiết thực:
<!--more-->
+ Được cung ứng phân bón, thuốc bảo vệ thực vật với giá thấp hơn thị trường 10 - 15%;
+ Được tập huấn kỹ thuật canh tác theo tiêu chuẩn VietGAP;
+ Được HTX bao tiêu sản phẩm theo hợp đồng với siêu thị;
+ Được vay vốn ưu đãi từ Quỹ hỗ trợ phát triển HTX.
Hiện nay, hơn 70% diện tích bưởi ở xã Bạch Đằng đã do thành viên các HTX canh tác.
""", author="Trần Ngọc Ánh",
          opts={"user": "ngocanh", "cat": "tin-hoat-dong", "tags": ["buoi", "nong-nghiep"],
                "mtime": datetime(2025, 5, 6, 23, 5)},
          notes=["posted at 23:05: the page says 'Posted on 06/05/2025', the meta "
                 "'2025-05-06T23:05:00+07:00' and the RSS pubDate 'Tue, 06 May 2025 23:05:00 +0700'; a four-item "
                 "<ol>; no byline in the text: the post's account is the reporter 'Trần Ngọc Ánh' (a person) -> "
                 "author"],
          **at(datetime(2025, 5, 6, 23, 5))),
        A(path="", title="HTX Nông nghiệp Bạch Đằng áp dụng VietGAP cho 60 ha bưởi",
          body="""
HTX Nông nghiệp Bạch Đằng (thành phố Tân Uyên) vừa được cấp giấy chứng nhận VietGAP cho 60 ha bưởi của 34 thành viên.
<!--more-->
## Giá bán cao hơn 20%
Bưởi đạt chuẩn VietGAP được các siêu thị thu mua với giá cao hơn khoảng 20% so với bưởi thông thường.
HTX đang xây dựng mã vùng trồng để hướng tới xuất khẩu sang thị trường Hàn Quốc.
""", byline="Nguyễn Thanh Phong - Trung tâm Khuyến nông tỉnh", author="Nguyễn Thanh Phong",
          opts={"user": "bbt", "cat": "tin-hoat-dong", "tags": ["buoi", "vietgap", "nong-nghiep"], "byline": "strong",
                "mtime": datetime(2025, 4, 15, 8, 2), "shortlink": True},
          notes=["byline 'Nguyễn Thanh Phong - Trung tâm Khuyến nông tỉnh' (bold last paragraph) -> Nguyễn Thanh "
                 "Phong; a ### heading; /post/<slug> (linked from /gioi-thieu) answers 301 to the /2025/04/ address: "
                 "an alias"],
          **at(datetime(2025, 4, 14, 15, 45))),
        A(path="", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 5, nhiệm kỳ 2021 - 2026",
          body="""
Ngày 24/2, Ban Chấp hành Liên minh HTX tỉnh Bình Dương tổ chức hội nghị lần thứ 5, nhiệm kỳ 2021 - 2026.
<!--more-->
Hội nghị đánh giá kết quả năm 2024: toàn tỉnh thành lập mới 27 HTX, doanh thu bình quân đạt 4,6 tỷ đồng/HTX.
Hội nghị thống nhất chương trình công tác năm 2025, trong đó tập trung hỗ trợ HTX chuyển đổi số và tiếp cận vốn.
""", author=None,
          opts={"user": "admin", "cat": "tin-hoat-dong", "tags": ["hoi-nghi", "nong-nghiep"],
                "mtime": datetime(2025, 2, 25, 14, 10)},
          notes=["no byline; the account 'admin' has no profile, so the byline, the author box and <meta name=author> "
                 "say 'admin' (a login): author null; on the home's second page /?page=2"],
          **at(datetime(2025, 2, 25, 14, 10))),
        A(path="", title="Các HTX chuẩn bị nguồn hàng phục vụ Tết Ất Tỵ 2025",
          body="""
Các HTX nông nghiệp trong tỉnh đã chuẩn bị hơn 1.200 tấn rau, củ, quả và 300 tấn thịt heo phục vụ thị trường Tết Ất Tỵ 2025.
<!--more-->
HTX Nông nghiệp Thuận An ký hợp đồng cung ứng rau an toàn cho ba hệ thống siêu thị trong tỉnh.
Giá bán được các HTX cam kết bình ổn, không tăng quá 10% so với ngày thường.
""", byline="Lê Thị Mỹ Duyên", author="Lê Thị Mỹ Duyên",
          opts={"user": "bbt", "cat": "tin-hoat-dong", "tags": ["tet", "nong-nghiep"], "byline": "strong",
                "mtime": datetime(2025, 1, 22, 10, 0)},
          notes=["the bare name 'Lê Thị Mỹ Duyên' (bold) closes the text -> author; on the home's second page /?page=2"],
          **at(datetime(2025, 1, 22, 10, 0))),
        A(path="", title="Ra mắt HTX Dịch vụ nông nghiệp Tân Mỹ",
          body="""
Sáng 4/1, HTX Dịch vụ nông nghiệp Tân Mỹ (huyện Bắc Tân Uyên) chính thức ra mắt với 25 thành viên.
[img 20250106-tan-my.jpg] Ban Giám đốc HTX Dịch vụ nông nghiệp Tân Mỹ ra mắt thành viên
HTX hoạt động trong lĩnh vực trồng cây ăn trái, cung ứng vật tư nông nghiệp và tiêu thụ sản phẩm cho thành viên.
""", byline="Bài, ảnh: Võ Văn Tài", author="Võ Văn Tài",
          opts={"user": "bbt", "cat": "tin-hoat-dong", "tags": ["nong-nghiep"], "byline": "strong",
                "mtime": datetime(2025, 1, 6, 8, 15)},
          notes=["oldest post, no <!--more-->: the lists show it whole; only on page 2 of the home, of 'Tin hoạt động', "
                 "of the tag 'nong-nghiep' and of /author/bbt (also in /archive/2025-01 and the previous-post link of "
                 "the next newer post); 'Bài, ảnh: Võ Văn Tài' -> author"],
          **at(datetime(2025, 1, 6, 8, 15))),
    ]


def md_html(a: Post, part: str) -> str:
    """Markdown Extra's output for the blocks of one part of the post."""
    from .richbody import parse_rich
    out = []
    for b in parse_rich(part):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img src="{{{{base}}}}/content/images/{b.src}" alt="{attr(b.text)}" /></p>')
            out.append(f"<p><em>{esc(b.text)}</em></p>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"  <th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n"
                       "<tbody>\n" + "\n".join("<tr>\n" + "\n".join(f"  <td>{esc(c)}</td>" for c in r) + "\n</tr>"
                                               for r in rows) + "\n</tbody>\n</table>")
    return "\n\n".join(out)


def full_html(a: Post) -> str:
    before, sep, after = a.body.partition(MORE)
    html = md_html(a, before)
    if sep:
        html += '\n\n<!--more--><div class="more-wrapper"><a id="more"></a></div>\n\n' + md_html(a, after)
    if a.byline:
        kind = a.opts.get("byline")
        if kind == "em":
            html += f"\n\n<p><em>{esc(a.byline)}</em></p>"
        elif kind == "right":
            html += f'\n\n<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>'
        else:
            html += f"\n\n<p><strong>{esc(a.byline)}</strong></p>"
    if a.opts.get("file"):
        f = a.opts["file"]
        html += f'\n\n<p>Tải về: <a href="{{{{base}}}}/content/images/{f}">{esc(f)}</a></p>'
    return html


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-duong", NAME + " (HTMLy)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        s = unicodedata.normalize("NFD", a.title.replace("đ", "d").replace("Đ", "D"))
        s = "".join(c for c in s if not unicodedata.combining(c)).lower()
        a.opts["slug"] = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
        a.path = f"/{a.date:%Y/%m}/{a.opts['slug']}"
    B = "{{base}}"

    def url(a: Post) -> str:
        return B + a.path

    def months() -> list[tuple[int, int]]:
        out = []
        for a in posts:
            if (a.date.year, a.date.month) not in out:
                out.append((a.date.year, a.date.month))
        return out

    month_names = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
                   "November", "December"]
    recent = "<ul>" + "".join(f'<li><a href="{url(a)}">{esc(a.title)}</a></li>' for a in posts[:5]) + "</ul>"
    archive = ('<ul class="archivegroup"><li class="expanded"><a href="javascript:void(0)" class="toggle">&#9660;</a> '
               f'<a href="{B}/archive/2025">2025</a> <span class="count">({len(posts)})</span><ul class="month">'
               + "".join(f'<li class="item"><a href="{B}/archive/{y}-{m:02d}">{month_names[m - 1]}</a> <span class="count">'
                         f"({sum(1 for a in posts if (a.date.year, a.date.month) == (y, m))})</span></li>"
                         for y, m in months()) + "</ul></li></ul>")
    cats = "<ul>" + "".join(f'<li><a href="{B}/category/{c}">{esc(t)}</a> <span>({sum(1 for a in posts if a.opts["cat"] == c)})'
                            f"</span></li>" for c, (t, _) in CATS.items()) + "</ul>"
    used = sorted({t for a in posts for t in a.opts["tags"]})
    counts = {t: sum(1 for a in posts if t in a.opts["tags"]) for t in used}
    cloud = "".join(f' <a class="tag-cloud-link" href="{B}/tag/{t}" style="font-size:{8 + (counts[t] - 1) * 14 / 5:g}pt;">'
                    f"{esc(TAGS[t])}</a> " for t in used)
    menu = ('<ul class="nav primary-menu"><li class="item nav-item first"><a class="nav-link" href="' + B + '/">Home</a></li>'
            f'<li class="item nav-item"><a class="nav-link" href="{B}/gioi-thieu">Giới Thiệu</a></li>'
            f'<li class="item nav-item last"><a class="nav-link" href="{B}/lien-he">Liên Hệ</a></li></ul>')

    def layout(title: str, description: str, canonical: str, metatags: str, content: str, bodyclass: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<meta name="generator" content="HTMLy v2.9.9" />
<link rel="icon" type="image/png" href="{B}/favicon.png" />
<link rel="sitemap" href="{B}/sitemap.xml" />
<link rel="alternate" type="application/rss+xml" title="{NAME} Feed" href="{B}/feed/rss" />
    <title>{esc(title)}</title>
    <meta name="description" content="{attr(description)}"/>
    <link rel="canonical" href="{canonical}" />
    {metatags}
    <link rel="stylesheet" id="genericons-css"  href="{B}/themes/twentysixteen/genericons/genericons.css" type="text/css" media="all" />
    <link rel="stylesheet" id="twentysixteen-style-css"  href="{B}/themes/twentysixteen/css/style.css" type="text/css" media="all" />
</head>
<body class="{bodyclass}">
    <div id="page" class="site">
        <div class="site-inner">

            <a class="skip-link screen-reader-text" href="#content">Skip to content</a>

            <header id="masthead" class="site-header" role="banner">
                <div class="site-header-main">
                    <div class="site-branding">
                        <h1 class="site-title"><a href="{B}/" rel="home">{NAME}</a></h1>
                        <p class="site-description">{TAGLINE}</p>
                    </div><!-- .site-branding -->

                    <button id="menu-toggle" class="menu-toggle">Menu</button>

                    <div id="site-header-menu" class="site-header-menu">
                        <nav id="site-navigation" class="main-navigation" role="navigation" aria-label="Primary Menu">
                            <div class="menu-main-container">
                                {menu}
                            </div>
                        </nav><!-- .main-navigation -->
                    </div><!-- .site-header-menu -->

                </div><!-- .site-header-main -->
            </header><!-- .site-header -->

            <div id="content" class="site-content">

                <div id="primary" class="content-area">
                    <main id="main" class="site-main" role="main">
                        {content}
                    </main><!-- .site-main -->
                </div><!-- .content-area -->


                <aside id="secondary" class="sidebar widget-area" role="complementary">
                    <section class="widget widget_text">
                        <h2 class="widget-title">About</h2>
                        <div class="textwidget"><p>{DESC}</p>
                        </div>
                    </section>

                    <section id="search" class="widget widget_search">
                        <form role="search" class="search-form">
                        <label>
                            <span class="screen-reader-text">Search for:</span>
                            <input type="search" class="search-field" placeholder="Search &hellip;" value="" name="search" title="Search for:" />
                        </label>
                        <button type="submit" class="search-submit"><span class="screen-reader-text">Search</span></button>
                        </form>
                    </section>

                    <section id="recent-posts" class="widget widget_recent_entries">
                        <h2 class="widget-title">Recent posts</h2>
                        {recent}
                    </section>

                    <section id="archives" class="widget widget_archive">
                    <h2 class="widget-title">Archives</h2>
                        {archive}
                    </section>

                    <section id="category" class="widget widget_category">
                    <h2 class="widget-title">Categories</h2>
                        {cats}
                    </section>

                    <section id="popular-tags" class="widget widget_popular_tags">
                    <h2 class="widget-title">Tags</h2>
                    <div class="tag-cloud">
                    {cloud}
                    </div>
                    </section>

                </aside><!-- .sidebar .widget-area -->

            </div><!-- .site-content -->

            <footer id="colophon" class="site-footer" role="contentinfo">
                <nav class="main-navigation" role="navigation" aria-label="Footer Primary Menu">
                    <div class="menu-main-container">
                        {menu}
                    </div>
                </nav><!-- .main-navigation -->
                <nav aria-label="Footer Social Links Menu" role="navigation" class="social-navigation">
                    <div class="menu-social-links-container">
                        <div class="social-logo"></div>
                    </div>
                </nav>
                <div class="site-info">
                    <span class="site-title"><a href="{B}/" rel="home">{NAME}</a></span>
                    <span class="copyright"><span class="copyright">{COPY}</span> <span class="credit">Powered by <a href="{{{{base:offsite}}}}/htmly/" target="_blank" rel="nofollow">HTMLy</a></span></span>
                </div><!-- .site-info -->
            </footer><!-- .site-footer -->
        </div><!-- .site-inner -->
    </div><!-- .site -->

    <script type="text/javascript" src="{B}/themes/twentysixteen/js/jquery.js"></script>
    <script type="text/javascript" src="{B}/themes/twentysixteen/js/functions.js"></script>
</body>
</html>
"""

    def avatar(user: str) -> str:
        return f"{B}/content/images/avatar-{user}.png" if user != "admin" else f"{B}/system/resources/images/logo-small.png"

    def cat_link(a: Post) -> str:
        c = a.opts["cat"]
        return f'<a href="{B}/category/{c}">{esc(CATS[c][0])}</a>'

    def tag_links(a: Post) -> str:
        return " ".join(f'<a rel="tag" href="{B}/tag/{t}">{esc(TAGS[t])}</a>' for t in a.opts["tags"])

    def footer(a: Post, label: str) -> str:
        u = a.opts["user"]
        name = USERS[u][0]
        return (f'<footer class="entry-footer">\n        <span class="byline"><span class="author vcard"><a href="{B}/author/{u}">'
                f'<img alt="{attr(name)}" src="{avatar(u)}" class="avatar avatar-49 grav-hashed grav-hijack" height="49" '
                f'width="49"></a><span class="screen-reader-text">Author </span> <a class="url fn n" href="{B}/author/{u}">'
                f'{esc(name)}</a></span></span>\n        <span class="posted-on"><span class="screen-reader-text">{label} '
                f'</span><a href="{url(a)}" rel="bookmark"><time class="entry-date published">{a.date:%d/%m/%Y}</time></a>'
                f'</span>\n        <span class="cat-links"><span class="screen-reader-text">Category </span>{cat_link(a)}</span>'
                f'\n        <span class="tags-links"><span class="screen-reader-text">Tags </span>{tag_links(a)}</span>\n'
                f"    </footer><!-- .entry-footer -->")

    def description(a: Post) -> str:
        text = " ".join(a.text_lines())
        if len(text.encode()) < 150:
            return text
        cut = text.encode()[:150].decode("utf-8", "ignore")
        return cut[:cut.rfind(" ")]

    def meta(a: Post) -> str:
        img = next((b.src for b in a.blocks if b.kind == "img"), None)
        image = f"{B}/content/images/{img}" if img else f"{B}/system/resources/images/logo-big.png"
        c = a.opts["cat"]
        return (f'<meta property="og:locale" content="en_US" />\n<meta property="og:site_name" content="{NAME}" />\n'
                f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{attr(a.title)}" />\n'
                f'<meta name="author" content="{attr(USERS[a.opts["user"]][0])}" />\n'
                f'<meta name="article:published_time" content="{a.date:%Y-%m-%dT%H:%M:%S}+07:00" />\n'
                f'<meta name="article:modified_time" content="{a.opts["mtime"]:%Y-%m-%dT%H:%M:%S}+07:00" />\n'
                f'<meta name="article:section" content="{attr(CATS[c][0])}" />\n'
                f'<meta name="article:section_url" content="{B}/category/{c}" />\n'
                f'<meta property="og:url" content="{url(a)}" />\n<meta property="og:description" content="{attr(description(a))}" />\n'
                f'<meta name="twitter:card" content="summary_large_image" />\n<meta property="og:image" content="{image}" />\n')

    def related(a: Post) -> str:
        rel = [b for b in posts if b is not a and b.opts["cat"] == a.opts["cat"]][:3]
        if not rel:
            return "<ul><li>No related post found</li></ul>"
        return "<ul>" + "".join(f'<li><a href="{url(b)}">{esc(b.title)}</a></li>' for b in rel) + "</ul>"

    for i, a in enumerate(posts):
        u = a.opts["user"]
        newer = posts[i - 1] if i > 0 else None
        older = posts[i + 1] if i + 1 < len(posts) else None
        nav = ""
        if older:
            nav += (f'<div class="nav-previous"><a rel="prev" href="{url(older)}"><span aria-hidden="true" class="meta-nav">'
                    f'Previous</span> <span class="screen-reader-text">Previous post:</span> <span class="post-title">'
                    f"{esc(older.title)}</span></a></div>")
        if newer:
            nav += (f'<div class="nav-next"><a rel="next" href="{url(newer)}"><span aria-hidden="true" class="meta-nav">'
                    f'Next</span> <span class="screen-reader-text">Next post:</span> <span class="post-title">'
                    f"{esc(newer.title)}</span></a></div>")
        content = f"""<article class="post format-standard hentry single">

    <header class="entry-header">
            <h1 class="entry-title">{esc(a.title)}</h1>
    </header><!-- .entry-header -->

    <div class="entry-content">
        <div class="content">
            <div class="clearfix text-formatted field field--name-body">
                <div class="content post-{int(a.date.timestamp())}">
                    {full_html(a)}
                    <hr>
                    <style>.related p {{margin-top:0;margin-bottom:0.5em;}} .related ul {{margin-left:1em;}}</style>
                    <div class="related">
                        <p><strong>Related posts</strong></p>
                        {related(a)}
                    </div>
                </div>
            </div>
        </div>

        <div class="author-info">
            <div class="author-avatar">
                <a href="{B}/author/{u}"><img alt="" src="{avatar(u)}" class="avatar avatar-42" height="42" width="42" /></a>
            </div><!-- .author-avatar -->

            <div class="author-description">
                <h2 class="author-title"><span class="author-heading">Author:</span> {esc(USERS[u][0])}</h2>
                <p>{esc(USERS[u][1])}</p>
            </div><!-- .author-description -->

        </div><!-- .author-info -->

    </div><!-- .entry-content -->

    {footer(a, "Posted on")}

</article><!-- #post-## -->

<nav role="navigation" class="navigation post-navigation">
    <h2 class="screen-reader-text">Post navigation</h2>
    <div class="nav-links">
        {nav}
    </div>
</nav>"""
        html = layout(f"{a.title} - {NAME}", description(a), url(a), meta(a), content,
                      f"in-post category-{a.opts['cat']} type-post")
        site.page(a.path, html, content_type="text/html; charset=UTF-8")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/content/images/{b.src}", image_for(b.src))
        if a.opts.get("file"):
            f = a.opts["file"]
            site.binary(f"/content/images/{f}", pdf(a.title, ["KE HOACH SO 21/KH-LMHTX", "Tuyen truyen Luat HTX 2023"]))
            a.attachments = [{"path": f"/content/images/{f}", "text": f}]
        if a.opts.get("shortlink"):
            site.redirect(f"/post/{a.opts['slug']}", a.path, 301)
            a.aliases.append(f"/post/{a.opts['slug']}")
        site.add_article(a)

    def rfc(d: datetime) -> str:
        return format_datetime(d.replace(tzinfo=timezone(timedelta(hours=7))))

    def short_text(a: Post) -> str:
        text = " ".join(a.text_lines())
        if len(text.encode()) <= 200:
            return text
        cut = text.encode()[:200].decode("utf-8", "ignore")
        return cut[:cut.rfind(" ")]

    def feed(title: str, link: str, desc: str, items_: list) -> str:
        items = "".join(f"<item><title>{esc(a.title)}</title><link>{url(a)}</link><description><![CDATA[{short_text(a)}]]>"
                        f"</description><category>{esc(CATS[a.opts['cat']][0])}</category><pubDate>{rfc(a.date)}</pubDate>"
                        f"<guid isPermaLink=\"true\">{url(a)}</guid></item>" for a in items_)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/'
                f'1.0/modules/content/"><channel><title>{esc(title)}</title><link>{link}</link><description>{esc(desc)}'
                f"</description>{items}</channel></rss>")

    # -- lists: home, categories, tags, archives, authors (?page=2)
    def teaser(a: Post) -> str:
        before, sep, _ = a.body.partition(MORE)
        if sep:
            return (md_html(a, before) + f'<div class="jump-link"><a class="read-more btn btn-cta-secondary" '
                    f'href="{url(a)}#more">Đọc tiếp</a></div>')
        return full_html(a)

    def entry(a: Post) -> str:
        return (f'<article class="post format-standard hentry single">\n    <header class="entry-header">\n'
                f'            <h2 class="entry-title"><a href="{url(a)}">{esc(a.title)}</a></h2>\n    </header>\n'
                f'    <div class="entry-content">\n        <div class="content post-{int(a.date.timestamp())}">\n'
                f'            <div class="clearfix text-formatted field field--name-body">\n                <div class="content">'
                f"\n                    {teaser(a)}\n                </div>\n            </div>\n        </div>\n"
                f"    </div><!-- .entry-content -->\n    {footer(a, 'Posted on')}\n</article><!-- #post-## -->\n")

    def listing(path: str, title: str, header: str, items: list, bodyclass: str, description: str) -> None:
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        for n, chunk in enumerate(chunks):
            pag = ""
            if len(chunks) > 1:
                prev = f'<a class="prev page-numbers" href="?page={n}">«</a>' if n > 0 else ""
                nxt = f'<a class="next page-numbers" href="?page={n + 2}">»</a>' if n + 1 < len(chunks) else ""
                pag = (f'<div class="navigation pagination">\n    <div class="nav-links">\n        {prev}\n        '
                       f'<span class="page-numbers">{n + 1} of {len(chunks)}</span>\n        {nxt}\n    </div>\n</div>')
            p = path if n == 0 else f"{path}?page={n + 1}"
            canon = f"{B}{path}" if n == 0 else f"{B}{path}?page={n + 1}"
            meta = (f'<meta property="og:locale" content="en_US" />\n<meta property="og:type" content="website" />\n'
                    f'<meta property="og:site_name" content="{NAME}" />\n<meta property="og:title" content="{attr(title)}" />\n'
                    f'<meta property="og:url" content="{B}/" />\n')
            site.page(p, layout(title if n == 0 else f"{title} - Page {n + 1}", description, canon, meta,
                                header + "".join(entry(a) for a in chunk) + pag, bodyclass),
                      content_type=None if p == "/" else "text/html; charset=UTF-8")
            site.non_articles.append(p)
        if path != "/":
            site.page(f"{path}/feed", feed(f"{title}", f"{B}{path}", description, items),
                      content_type="application/rss+xml; charset=UTF-8")

    def head(kind: str, title: str, url_: str, body: str = "") -> str:
        desc = f'\n\t\t<div class="taxonomy-description">{body}</div>' if body else ""
        return (f'<header class="page-header">\n\t\t<h1 class="page-title">{kind}: {esc(title)}</h1>\n\t\t<span class='
                f'"social-navigation feed-link"><a href="{url_}/feed"><span class="screen-reader-text">RSS</span></a>'
                f"</span>{desc}\n\t</header>\n")

    listing("/", f"{NAME} - {TAGLINE}", "", posts, "in-front", DESC)
    for c, (t, d) in CATS.items():
        listing(f"/category/{c}", f"{t} - {NAME}", head("Category", t, f"{B}/category/{c}", f"<p>{esc(d)}</p>"),
                [a for a in posts if a.opts["cat"] == c], f"in-category category-{c}", d)
    for t in used:
        listing(f"/tag/{t}", f"{TAGS[t]} - {NAME}", head("Tag", TAGS[t], f"{B}/tag/{t}"),
                [a for a in posts if t in a.opts["tags"]], f"in-tag tag-{t}", f"All posts tagged: {TAGS[t]} on {NAME}")
    for y, m in months():
        title = f"{month_names[m - 1]} {y}"
        listing(f"/archive/{y}-{m:02d}", f"{title} - {NAME}", head("Archives", title, f"{B}/archive/{y}-{m:02d}"),
                [a for a in posts if (a.date.year, a.date.month) == (y, m)], "in-archive archive-month",
                f"Archive page for: {title} by {NAME}")
    listing("/archive/2025", f"2025 - {NAME}", head("Archives", "2025", f"{B}/archive/2025"), posts,
            "in-archive archive-year", f"Archive page for: 2025 by {NAME}")
    site.trap("home / (5 a page, ?page=2), /category/<slug>, /tag/<key>, /archive/<yyyy-mm> and /archive/<yyyy>: "
              "h2.entry-title + the text before <!--more--> and a 'Đọc tiếp' button (the whole post when it has no "
              "separator) + the 'Posted on dd/mm/yyyy' footer: listings", "/?page=2")

    for u, (name, about) in USERS.items():
        items = [a for a in posts if a.opts["user"] == u]
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for n, chunk in enumerate(chunks):
            lis = "".join(f'<li class="item"><span><a href="{url(a)}">{esc(a.title)}</a></span> - <span>{a.date:%d/%m/%Y}'
                          f'</span> - Posted in <span class="tags-links">{cat_link(a)}</span></li>' for a in chunk)
            pag = ""
            if len(chunks) > 1:
                pag = ('<div class="navigation pagination"><div class="nav-links">'
                       + (f'<a class="prev page-numbers" href="?page={n}">«</a>' if n else "")
                       + f'<span class="page-numbers">{n + 1} of {len(chunks)}</span>'
                       + (f'<a class="next page-numbers" href="?page={n + 2}">»</a>' if n + 1 < len(chunks) else "")
                       + "</div></div>")
            content = (f'<article class="page type-page hentry">\n    <header class="entry-header">\n        <h1 class="'
                       f'entry-title">{esc(name)}</h1>\n\t\t<span class="social-navigation feed-link"><a href="{B}/author/'
                       f'{u}/feed"><span class="screen-reader-text">RSS</span></a></span>\n    </header>\n    <div class="'
                       f'entry-content">\n        <p>{esc(about)}</p>\n        <h2 class="post-index">Posts by this author'
                       f'</h2>\n            <ul class="post-list">{lis}</ul>\n    </div>\n</article>{pag}')
            p = f"/author/{u}" if n == 0 else f"/author/{u}?page={n + 1}"
            site.page(p, layout(f"{name} - {NAME}", about, f"{B}{p}", "", content, "in-profile"),
                      content_type="text/html; charset=UTF-8")
            site.non_articles.append(p)
        site.page(f"/author/{u}/feed", feed(f"{name} - {NAME}", f"{B}/author/{u}", about, items),
                  content_type="application/rss+xml; charset=UTF-8")
    site.trap("author pages /author/<user> ('Posts by this author': title - dd/mm/yyyy - Posted in <category>, 5 a "
              "page): listings; the office account 'bbt' is shown as 'Ban Biên tập', 'admin' has no profile", "/author/bbt?page=2")

    # -- static pages
    short = next(a for a in posts if a.opts.get("shortlink"))
    for slug, title, body in [
        ("gioi-thieu", "Giới thiệu", "<p>Blog các HTX Bình Dương do Văn phòng Liên minh HTX tỉnh Bình Dương thực hiện từ "
                                     "năm 2023.</p>\n\n<p>Blog đăng tin hoạt động, văn bản và những mô hình HTX tiêu biểu "
                                     f'trên địa bàn tỉnh. Mô hình tiêu biểu: <a href="{B}/post/{short.opts["slug"]}">'
                                     f"{esc(short.title)}</a></p>"),
        ("lien-he", "Liên hệ", "<p>Văn phòng Liên minh HTX tỉnh Bình Dương – Tầng 5, Tháp A, Trung tâm Hành chính tỉnh, "
                               "thành phố Thủ Dầu Một.</p>\n\n<p>Điện thoại: 0274 3822 947</p>"),
    ]:
        content = (f'<article class="page type-page hentry">\n\n    <header class="entry-header">\n        <h1 class="entry-'
                   f'title">{esc(title)}</h1>\n    </header><!-- .entry-header -->\n\n    <div class="entry-content">\n'
                   f'        <div class="content">\n            <div class="clearfix text-formatted field field--name-body">'
                   f'\n                <div class="content">\n                    {body}\n                </div>\n'
                   "            </div>\n        </div>\n    </div><!-- .entry-content -->\n\n</article><!-- #post-## -->")
        meta = (f'<meta property="og:locale" content="en_US" />\n<meta property="og:site_name" content="{NAME}" />\n'
                f'<meta property="og:type" content="article" />\n<meta property="og:title" content="{attr(title)}" />\n'
                f'<meta name="article:modified_time" content="2024-09-12T10:15:00+07:00" />\n')
        site.page(f"/{slug}", layout(f"{title} - {NAME}", title, f"{B}/{slug}", meta, content, "in-page"),
                  content_type="text/html; charset=UTF-8")
        site.non_articles.append(f"/{slug}")
    site.trap("static pages /gioi-thieu, /lien-he (h1.entry-title + entry-content like a post, og:type article, no "
              "date): not articles; /gioi-thieu links a post by /post/<slug>, which answers 301 to its "
              "/yyyy/mm/<slug> address (an alias)", "/gioi-thieu")

    # -- feeds and sitemaps
    site.page("/feed/rss", feed(NAME, f"{B}/", DESC, posts), content_type="application/rss+xml; charset=UTF-8")

    def urlset(entries: list[tuple[str, datetime | None]], priority: str = "0.5") -> str:
        body = "".join(f"<url><loc>{B}{u}</loc><priority>{priority}</priority>"
                       + (f"<lastmod>{d:%Y-%m-%dT%H:%M:%S}+07:00</lastmod>" if d else "") + "</url>" for u, d in entries)
        return f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>'

    x = "application/xml; charset=UTF-8"
    kinds = ["base", "post", "static", "category", "tag", "archive", "author"]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<sitemap><loc>{B}/sitemap.{k}.xml</loc></sitemap>" for k in kinds)
              + "</sitemapindex>", content_type=x)
    site.page("/sitemap.base.xml", urlset([("/", None)], "1.0"), content_type=x)
    site.page("/sitemap.post.xml", '<?xml version="1.0" encoding="UTF-8"?><sitemapindex xmlns="http://www.sitemaps.org/'
              f'schemas/sitemap/0.9"><sitemap><loc>{B}/sitemap.post.1.xml</loc></sitemap></sitemapindex>', content_type=x)
    site.page("/sitemap.post.1.xml", urlset([(a.path, a.opts["mtime"]) for a in posts]), content_type=x)
    site.page("/sitemap.static.xml", urlset([("/gioi-thieu", datetime(2024, 9, 12, 10, 15)),
                                             ("/lien-he", datetime(2024, 9, 12, 10, 15))]), content_type=x)
    site.page("/sitemap.category.xml", urlset([(f"/category/{c}", None) for c in CATS]), content_type=x)
    site.page("/sitemap.tag.xml", urlset([(f"/tag/{t}", None) for t in used]), content_type=x)
    site.page("/sitemap.archive.xml", urlset([(f"/archive/{y}-{m:02d}", None) for y, m in months()] + [("/archive/2025", None)]),
              content_type=x)
    site.page("/sitemap.author.xml", urlset([(f"/author/{u}", None) for u in USERS]), content_type=x)
    site.trap("feed /feed/rss (head link): pubDate with +0700 (the timezone setting), the first 200 bytes as "
              "description; sitemap index /sitemap.xml with sitemap.post.1.xml whose lastmod is the file's mtime "
              "(modification), not the publication", "/sitemap.post.1.xml")
    site.static("/robots.txt", "User-agent: *\n\n# Disallow directories\nDisallow: /config/\nDisallow: /system/\n"
                "Disallow: /themes/\nDisallow: /vendor/\nDisallow: /cache/\n\n# Disallow paths\nDisallow: /search/\n"
                "Disallow: /admin/\n\n# Allow themes\nAllow: /themes/*/css/\nAllow: /themes/*/images/\n"
                "Allow: /themes/*/js/\nAllow: /themes/*/fonts/\n")
    site.binary("/favicon.png", image_for("favicon"))
    site.static("/themes/twentysixteen/genericons/genericons.css", "@font-face{font-family:Genericons}\n")
    for u in ("bbt", "ngocanh"):
        site.binary(f"/content/images/avatar-{u}.png", image_for(u))
    site.binary("/system/resources/images/logo-small.png", image_for("logo-small"))
    site.binary("/system/resources/images/logo-big.png", image_for("logo-big"))
    return site
