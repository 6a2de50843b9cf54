"""Site `trangviet-htxtravinh` (registry family `generic`): "Trang viết HTX Trà Vinh", a **WriteFreely 0.15** instance in
**single-user mode** (`single_user = true` in config.ini: the one blog IS the site, its routes at the root, no landing
page, no /about), federation on (ActivityPub), the default `write.css` theme with a custom stylesheet, the blog's
"Display dates" on; the Trà Vinh cooperative alliance's office writes it in Markdown. English UI strings
(WriteFreely's l10n has no Vietnamese): "Read more...", "Older", "Newer", "published with writefreely". Written as a
held-out test: no family module, no selectors. (The multi-user WriteFreely of `viet-htxhagiang` has the blog under
`/<alias>/`; here everything is at the root.)

What is an article here: a post `/<slug>` with a date. The pinned posts (`/gioi-thieu`, `/lien-he`, the header's nav)
are the blog's static pages; a photo-only post (one image, one caption) is a caption-only stub.

URL shapes (single-user routes): the blog `/` and `/page/2` (10 posts a page, WriteFreely's fixed size: the oldest
post is only on page 2), a post `/<slug>` (slug.Make of the title; an untitled post's slug is made from its first
words), hashtags `/tag:<tag>` (a colon in the path), the RSS feed `/feed/` (gorilla/feeds, the first page's posts),
the sitemap `/sitemap.xml`, the ActivityPub actor `/api/collections/<alias>` (the lists' `activity+json` alternate;
JSON). robots.txt lets everything in.

Why it is hard: the `<h1>` is the blog's name (`h1#blog-title`), the post title `h2#title.p-name`; TWO posts have NO
title (WriteFreely allows it): the post page then has no `h2` at all, the text starts right after the `<time>`, the
`<title>` is the "friendly" title (the first line without its Markdown, `PlainDisplayTitle`) and the blog's lists show
the post with its DATE as the linked heading (`h2.post-title > time > a`): the title a reader records is the first
line. Dates: `<time class="dt-published" datetime="2024-09-02T18:20:00Z">September 2, 2024</time>` in UTC (WriteFreely
stores and prints UTC; localdate.js rewrites it in the browser), so a post at 01:20 on 3 September in Trà Vinh shows
"September 2"; `article:published_time` (UTC, Z) and the datetime attribute give the instant. `<meta name="author">`
is the blog (an office). Lists print a post WITHOUT `<!--more-->` in full (the same `e-content`), the others as
`p-summary` + "Read more...": listings that look like articles. A closing line of hashtags is the tag list, not
text; a Markdown link to a PDF is an attachment.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich, table_html

SITE = "trangviet-htxtravinh"
COLL = "Trang viết HTX Trà Vinh"
ALIAS = "htxtravinh"
DESC = "Tin hoạt động của Liên minh Hợp tác xã tỉnh Trà Vinh và các HTX, tổ hợp tác trong tỉnh."
HTML = "text/html; charset=utf-8"
MORE = "<!--more-->"
PER_PAGE = 10
FURN = ["published with", "writefreely"]


def slugify(title: str) -> str:
    s = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9]+", "-", s).strip("-")
    while len(s) > 80:
        s = s.rsplit("-", 1)[0]
    return s


def anchor(text: str) -> str:
    return re.sub(r"[^\w]+", "-", text.lower()).strip("-")


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def z(d: datetime) -> str:
    return utc(d).strftime("%Y-%m-%dT%H:%M:%SZ")


def display(d: datetime) -> str:
    u = utc(d)
    return f"{u:%B} {u.day}, {u.year}"


class Post(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(MORE, ""))


def at(d: datetime) -> dict:
    return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])


def articles() -> list[Post]:
    A = Post
    return [
        A(path="", title="Trà Vinh có thêm 6 sản phẩm OCOP của HTX đạt 4 sao",
          body="""
UBND tỉnh Trà Vinh vừa công nhận 21 sản phẩm OCOP năm 2024, trong đó có 6 sản phẩm của các HTX đạt hạng 4 sao.
<!--more-->
Các sản phẩm tiêu biểu gồm dừa sáp Cầu Kè của HTX Nông nghiệp Dừa sáp Cầu Kè, bánh tét Trà Cuôn của HTX Bánh tét Trà Cuôn và tôm khô của HTX Thủy sản Long Hòa.
Liên minh HTX tỉnh sẽ hỗ trợ các HTX tham gia Hội chợ OCOP vùng Đồng bằng sông Cửu Long tổ chức tại Cần Thơ trong tháng 12.
""", byline="Thạch Thị Sa Rây", author="Thạch Thị Sa Rây",
          opts={"tags": ["OCOP"], "views": 431, "byline": "strong", "updated": datetime(2024, 11, 19, 16, 2)},
          notes=["the blog's first post: p-summary (the paragraph before <!--more-->) + 'Read more...' on the lists; "
                 "'**Thạch Thị Sa Rây**' closes the text (author); the hashtag line #OCOP is the tag list, not text"],
          **at(datetime(2024, 11, 19, 15, 40))),
        A(path="", title="",
          body="""
**HTX Nông nghiệp Tân Hiệp thu hoạch 120 ha lúa chất lượng cao**
Những ngày này, thành viên HTX Nông nghiệp Tân Hiệp (huyện Trà Cú) tập trung thu hoạch 120 ha lúa ST25 vụ Thu Đông.
Năng suất bình quân đạt 6,2 tấn/ha; toàn bộ sản lượng được doanh nghiệp bao tiêu với giá cao hơn thị trường 300 đồng/kg.
""", byline="Kim Sô Phia", author="Kim Sô Phia",
          opts={"tags": ["LuaGao"], "views": 288, "byline": "plain", "updated": datetime(2024, 11, 8, 10, 5)},
          notes=["an UNTITLED post: no h2#title on its page (the text follows the <time>), <title> is the friendly title "
                 "(first line without '**'), the lists show its date as the linked heading; the title a reader records "
                 "is the bold first line, which is also the text's first line; the slug is made from the first words"],
          **at(datetime(2024, 11, 8, 9, 50))),
        A(path="", title="Thông báo về việc tổ chức lớp bồi dưỡng giám đốc HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH TRÀ VINH
Số: 48/TB-LMHTX
Trà Vinh, ngày 21 tháng 10 năm 2024
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản trị cho giám đốc HTX, thời gian từ ngày 11/11 đến ngày 15/11/2024 tại Hội trường Liên minh HTX tỉnh.
Mỗi HTX cử 01 học viên là giám đốc hoặc phó giám đốc. Học viên được hỗ trợ tài liệu và tiền ăn trong thời gian học.
Danh sách học viên gửi về Văn phòng Liên minh HTX tỉnh trước ngày 05/11/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Sơn Thị Ngọc Hân
""", author=None, doc_number="48/TB-LMHTX",
          attachments=[{"path": "/uploads/tb-48-lmhtx-2024.pdf", "text": "Tải Thông báo số 48/TB-LMHTX (PDF)"}],
          opts={"tags": ["ThongBao"], "views": 517, "updated": datetime(2024, 10, 22, 8, 14)},
          notes=["notice 'Số: 48/TB-LMHTX' dated 21/10 in its text, posted 22/10 at 01:10 in Trà Vinh: the page prints the "
                 "UTC day 'October 21, 2024' (<time datetime='2024-10-21T18:10:00Z'>), <meta itemprop=datePublished "
                 "content='2024-10-21'> too; the true date is 2024-10-22 01:10 (+07:00); the signer is text, author null; "
                 "the Markdown link 'Tải Thông báo số 48/TB-LMHTX (PDF)' is an attachment"],
          **at(datetime(2024, 10, 22, 1, 10))),
        A(path="", title="Kết quả phát triển HTX 9 tháng năm 2024",
          body="""
Đến hết tháng 9/2024, toàn tỉnh Trà Vinh có 214 HTX và 4 liên hiệp HTX đang hoạt động.
<!--more-->
| Lĩnh vực | Số HTX | Thành viên | Thành lập mới |
| Nông nghiệp | 151 | 9.870 | 11 |
| Thủy sản | 22 | 1.130 | 2 |
| Thương mại, dịch vụ | 26 | 1.420 | 3 |
| Vận tải | 15 | 640 | 1 |
Liên minh HTX tỉnh phấn đấu cả năm 2024 thành lập mới ít nhất 20 HTX.
""", byline="Nguồn: Liên minh HTX tỉnh Trà Vinh", author=None,
          opts={"tags": ["SoLieu"], "views": 362, "byline": "em", "updated": datetime(2024, 10, 4, 14, 30)},
          notes=["a Markdown table (thead/th, tbody/td): one line per row; the closing '*Nguồn: Liên minh HTX tỉnh Trà "
                 "Vinh*' names an office: text, author null"],
          **at(datetime(2024, 10, 4, 14, 20))),
        A(path="", title="Ảnh: HTX Thủy sản Long Hòa vào mùa thu hoạch nghêu",
          body="""
Tháng Chín, HTX Thủy sản Long Hòa (huyện Châu Thành) thu hoạch nghêu trên bãi bồi ven biển.
[img ngheu-1.png] Thành viên HTX cào nghêu khi nước ròng
[img ngheu-2.png] Nghêu được phân loại ngay trên bãi trước khi đưa về bờ
[img ngheu-3.png] Xe của doanh nghiệp thu mua nghêu tại bến Long Hòa
""", byline="Bài và ảnh: Lâm Quốc Tuấn", author="Lâm Quốc Tuấn",
          opts={"tags": ["ThuySan"], "views": 604, "byline": "strong", "updated": datetime(2024, 9, 3, 1, 40)},
          notes=["photo story posted at 01:20 on 3 September (Trà Vinh): <time datetime='2024-09-02T18:20:00Z'>September "
                 "2, 2024</time> (the UTC day); published 2024-09-03T01:20+07:00; each <p><img></p> is followed by an "
                 "<em> caption paragraph (one line each); 'Bài và ảnh: Lâm Quốc Tuấn' -> author"],
          **at(datetime(2024, 9, 3, 1, 20))),
        A(path="", title="Năm việc HTX cần làm khi chuyển đổi theo Luật Hợp tác xã năm 2023",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024. Để hoạt động đúng luật, các HTX cần:
+ Sửa đổi, bổ sung điều lệ và trình đại hội thành viên thông qua;
+ Rà soát lại danh sách thành viên chính thức, thành viên liên kết;
+ Lựa chọn mô hình tổ chức quản lý rút gọn hoặc đầy đủ;
+ Xây dựng quy chế phân phối thu nhập theo mức độ sử dụng sản phẩm, dịch vụ;
+ Đăng ký thay đổi nội dung với cơ quan đăng ký kinh doanh cấp huyện.
## Liên hệ hỗ trợ
Ban Tư vấn - Hỗ trợ của Liên minh HTX tỉnh hướng dẫn miễn phí hồ sơ chuyển đổi cho các HTX.
""", byline="Trần Văn Út - Ban Tư vấn, Hỗ trợ", author="Trần Văn Út",
          opts={"tags": ["LuatHTX"], "views": 822, "byline": "right", "updated": datetime(2024, 8, 15, 9, 10)},
          notes=["a numbered list (<ol>) and a '## ' heading (<h2 id=…>, the same level as the title h2#title); no "
                 "<!--more-->: the lists print it whole; right-aligned raw-HTML byline 'Trần Văn Út - Ban Tư vấn, Hỗ trợ' "
                 "-> Trần Văn Út"],
          **at(datetime(2024, 8, 15, 9, 0))),
        A(path="", title="",
          body="""
Đối thoại tháo gỡ khó khăn về vốn vay cho HTX
Sáng 25/7, Liên minh HTX tỉnh Trà Vinh phối hợp với Ngân hàng Chính sách xã hội tỉnh tổ chức hội nghị đối thoại về vốn vay cho HTX.
Hơn 80 giám đốc HTX đã nêu các khó khăn về tài sản bảo đảm, thủ tục hồ sơ và thời hạn vay.
Các ngân hàng cam kết rút ngắn thời gian thẩm định hồ sơ vay của HTX xuống còn 7 ngày làm việc.
""", byline="Theo Báo Trà Vinh", author=None,
          opts={"tags": [], "views": 190, "byline": "em", "updated": datetime(2024, 7, 26, 8, 0)},
          notes=["a second UNTITLED post whose first line is a plain paragraph (no bold, no heading): the page has no title "
                 "element, <title> is that line (PlainDisplayTitle, under 80 characters so not cut); title = the first line; "
                 "'*Theo Báo Trà Vinh*' is a reprint's source: author null"],
          **at(datetime(2024, 7, 25, 16, 30))),
        A(path="", title="HTX Dừa sáp Cầu Kè mở rộng vùng nguyên liệu",
          body="""
HTX Nông nghiệp Dừa sáp Cầu Kè vừa kết nạp thêm 35 hộ thành viên, nâng diện tích vùng nguyên liệu lên 260 ha.
HTX đang xây dựng xưởng sơ chế đạt chuẩn để xuất khẩu dừa sáp sang Hàn Quốc và Úc.
""", author=None,
          opts={"tags": ["OCOP"], "views": 275, "byline": None, "updated": datetime(2024, 6, 20, 11, 0)},
          notes=["no byline: author null (meta author is the blog, an office)"],
          **at(datetime(2024, 6, 20, 10, 45))),
        A(path="", title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2024",
          body="""
Ngày 5/7, Liên minh HTX tỉnh Trà Vinh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.
<!--more-->
## Kết quả 6 tháng
6 tháng đầu năm, Liên minh HTX tỉnh tư vấn thành lập mới 9 HTX, tổ chức 6 lớp tập huấn cho 420 lượt cán bộ HTX.
Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 4,5 tỷ đồng cho 12 HTX.
## Nhiệm vụ 6 tháng cuối năm
Tập trung hướng dẫn các HTX chuyển đổi theo Luật Hợp tác xã năm 2023 và xây dựng sản phẩm OCOP.
""", byline="Thạch Thị Sa Rây", author="Thạch Thị Sa Rây",
          opts={"tags": [], "views": 340, "byline": "plain", "updated": datetime(2024, 7, 6, 7, 30)},
          notes=["two '##' headings in the text; the bare name closes it (author)"],
          **at(datetime(2024, 7, 6, 7, 15))),
        A(path="", title="Tập huấn bán hàng qua mạng cho thành viên HTX",
          body="""
Trong hai ngày 13 và 14/6, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng bán hàng qua mạng cho 50 thành viên HTX ở các huyện Cầu Ngang, Duyên Hải.
Học viên được hướng dẫn chụp ảnh sản phẩm, viết bài giới thiệu và livestream bán hàng trên mạng xã hội.
""", byline="Kim Sô Phia", author="Kim Sô Phia",
          opts={"tags": [], "views": 158, "byline": "plain", "updated": datetime(2024, 6, 15, 9, 0)},
          notes=["oldest post: only on /page/2 (the blog's first page holds 10 posts) and not in the RSS (page 1 only); "
                 "in the sitemap"],
          **at(datetime(2024, 6, 14, 16, 0))),
    ]


STUB = ("Ảnh: Cầu Long Bình mùa nước nổi", "cau-long-binh.png", "Đồng lúa của HTX Long Bình nhìn từ cầu Long Bình mùa nước nổi",
        datetime(2024, 9, 20, 17, 0))
PINNED = [("Giới thiệu", "gioi-thieu",
           "Trang viết của Liên minh Hợp tác xã tỉnh Trà Vinh, nơi đăng tin hoạt động, văn bản và mô hình HTX tiêu biểu.\n\n"
           "Địa chỉ: Số 32 đường Nguyễn Thị Minh Khai, phường 2, thành phố Trà Vinh."),
          ("Liên hệ", "lien-he",
           "Văn phòng Liên minh Hợp tác xã tỉnh Trà Vinh\n\nĐiện thoại: 0294 3862 511\n\nThư điện tử: lmhtxtravinh@gmail.com")]


def md_html(markup: str, byline: str | None = None, style: str | None = None) -> str:
    out = []
    for b in parse_rich(markup):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="{anchor(b.text)}">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n<li>" + "</li>\n\n<li>".join(inline_html(i) for i in b.items) + f"</li>\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img src="/uploads/{b.src}" alt=""/></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
        elif b.kind == "table":
            out.append(table_html(b, css="", border=False).replace(' class=""', ""))
    if byline:
        out.append({"strong": f"<p><strong>{esc(byline)}</strong></p>", "em": f"<p><em>{esc(byline)}</em></p>",
                    "right": f'<p style="text-align: right">{esc(byline)}</p>'}.get(style or "", f"<p>{esc(byline)}</p>"))
    return "\n\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tra-vinh", COLL + " (WriteFreely)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/feed/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    B = "{{base}}"
    arts = articles()
    for a in arts:
        if not a.title:
            first = a.text_lines()[0]
            a.title = first
            a.opts["untitled"] = True
        a.opts["slug"] = slugify(a.title)
        a.path = f"/{a.opts['slug']}"
    title, src, cap, d = STUB
    stub = Post(path=f"/{slugify(title)}", title=title, date=d, body=f"[img {src}] {cap}",
                opts={"slug": slugify(title), "tags": [], "views": 97, "byline": None, "updated": d, "stub": True})
    posts = sorted(arts + [stub], key=lambda a: a.date, reverse=True)

    def tag_line(a: Post) -> str:
        if not a.opts["tags"]:
            return ""
        return ("\n\n<p>" + " ".join(f'<a href="{B}/tag:{t}" class="hashtag"><span>#</span><span class="p-category">{t}</span></a>'
                                     for t in a.opts["tags"]) + "</p>")

    def attach(a: Post) -> str:
        return "".join(f'\n\n<p><a href="{x["path"]}" rel="nofollow">{esc(x["text"])}</a></p>' for x in a.attachments)

    def content(a: Post) -> str:
        return md_html(a.body.replace(MORE, ""), a.byline, a.opts.get("byline")) + attach(a) + tag_line(a)

    def excerpt(a: Post) -> str | None:
        before, sep, _ = a.body.partition(MORE)
        return md_html(before) if sep else None

    pinned_nav = "".join(f'<a class="pinned" href="/{s}">{esc(t)}</a>' for t, s, _ in PINNED)

    def summary(a: Post) -> str:
        text = " ".join(a.text_lines())
        return text[:137] + "..." if len(text) > 140 else text

    def time_el(a: Post) -> str:
        u = utc(a.date)
        return (f'<time class="dt-published" datetime="{z(a.date)}" pubdate itemprop="datePublished" '
                f'content="{u:%Y-%m-%d %H:%M:%S} +0000 UTC">{display(a.date)}</time>')

    def post_page(a: Post, pinned: bool = False, body_html: str | None = None) -> str:
        u = utc(a.date)
        untitled = a.opts.get("untitled")
        img = next((b.src for b in a.blocks if b.kind == "img"), None)
        image = f"{B}/uploads/{img}" if img else f"{B}/img/avatar.png"
        title_el = ("" if untitled else f'<h2 id="title" class="p-name{"" if pinned else " dated"}">{esc(a.title)}</h2>')
        title_el += "" if pinned else time_el(a)
        desc = attr(summary(a))
        return f"""<!DOCTYPE HTML>
<html lang="vi" dir="auto">
	<head prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#">
		<meta charset="utf-8">

		<title>{esc(a.title)} &mdash; {COLL}</title>

		<link rel="stylesheet" type="text/css" href="/css/write.css" />
		<link rel="stylesheet" type="text/css" href="/local/custom.css" />
		<link rel="shortcut icon" href="/favicon.ico" />
		<meta name="viewport" content="width=device-width, initial-scale=1.0" />

		<link rel="canonical" href="{B}{a.path}" />
		<meta name="generator" content="WriteFreely">
		<meta name="title" content="{attr(a.title)} &mdash; {COLL}">
		<meta name="description" content="{desc}">
		<meta name="twitter:label1" value="Views">
		<meta name="twitter:data1" value="{a.opts['views']}">
		<meta name="author" content="{COLL}" />
		<meta itemprop="description" content="{desc}">
		<meta itemprop="datePublished" content="{u:%Y-%m-%d}" />
		<meta name="twitter:card" content="summary">
		<meta name="twitter:description" content="{desc}">
		<meta name="twitter:title" content="{attr(a.title)} &mdash; {COLL}">
		<meta name="twitter:image" content="{image}">
		<meta property="og:title" content="{attr(a.title)}" />
		<meta property="og:description" content="{desc}" />
		<meta property="og:site_name" content="{COLL}" />
		<meta property="og:type" content="article" />
		<meta property="og:url" content="{B}{a.path}" />
		<meta property="og:updated_time" content="{z(a.opts['updated'])}" />
		<meta property="og:image" content="{image}" />
		<meta property="article:published_time" content="{z(a.date)}">
	</head>
	<body id="post">

		<div id="overlay"></div>

		<header>
		<h1 dir="auto" id="blog-title"><a rel="author" href="/" class="h-card p-author">{COLL}</a></h1>
			<nav>
				{pinned_nav}
			</nav>
		</header>

		<article id="post-body" class="norm h-entry ">{title_el}<div class="e-content">{body_html if body_html is not None else content(a)}</div></article>

		<footer dir="ltr"><hr><nav><p style="font-size: 0.9em">published with <a href="{{{{base:offsite}}}}/writefreely/">writefreely</a></p></nav></footer>
	</body>

	<script src="/js/localdate.js"></script>
	<script type="text/javascript">
	try {{ WebFontConfig = {{ custom: {{ families: [ 'Lora:400,700:latin', 'Open+Sans:400,700:latin' ], urls: [ '/css/fonts.css' ] }} }}; }} catch (e) {{ }}
	</script>
</html>
"""

    def rfc(d: datetime) -> str:
        return utc(d).strftime("%a, %d %b %Y %H:%M:%S +0000")

    def feed_xml(title: str, link: str, entries: list[Post]) -> str:
        items = "".join(
            f"<item>\n<title>{esc(a.title)}</title>\n<link>{B}{a.path}</link>\n"
            f"<description>{esc('<![CDATA[' + summary(a) + ']]>')}</description>\n"
            f"<content:encoded><![CDATA[{content(a)}]]></content:encoded>\n<guid>{B}{a.path}</guid>\n"
            f"<pubDate>{rfc(a.date)}</pubDate>\n</item>\n" for a in entries[:PER_PAGE])
        return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n'
                f"<title>{esc(title)}</title>\n<link>{link}</link>\n<description>{esc(DESC)}</description>\n"
                f"<pubDate>{rfc(entries[0].date)}</pubDate>\n{items}</channel>\n</rss>")

    # -- posts
    for a in posts:
        site.page(a.path, post_page(a), content_type=HTML)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/{b.src}", image_for(b.src))
        if a.opts.get("stub"):
            site.non_articles.append(a.path)
            continue
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH TRA VINH", "THONG BAO SO 48/TB-LMHTX"]))
        site.add_article(a)
    site.trap("a photo-only post (title 'Ảnh: …', one <p><img></p> and its <em> caption, a date): a caption-only stub, "
              "not an article", stub.path)

    for t, s, text in PINNED:
        p = Post(path=f"/{s}", title=t, date=datetime(2024, 6, 1, 9, 0), body=text.replace("\n\n", "\n"),
                 opts={"views": 61, "updated": datetime(2024, 6, 1, 9, 0), "tags": []})
        body = "\n\n".join(f"<p>{esc(x)}</p>" for x in text.split("\n\n"))
        site.page(p.path, post_page(p, pinned=True, body_html=body), content_type=HTML)
        site.non_articles.append(p.path)
    site.trap("pinned posts /gioi-thieu and /lien-he (the header nav): h2#title without a <time>, but the head still "
              "carries article:published_time: the blog's static pages, not articles", "/gioi-thieu")

    # -- lists
    def list_entry(a: Post) -> str:
        exc = excerpt(a)
        url = f"{B}{a.path}"
        body = (f'<div lang="vi" dir="auto" class="book p-summary">{exc}</div>\n\n<a class="read-more" href="{url}">'
                f'Read more...</a>') if exc else f'<div lang="vi" dir="auto" class="book e-content">{content(a)}</div>'
        u = utc(a.date)
        if a.opts.get("untitled"):
            head = (f'\t<h2 class="post-title" itemprop="name"><time class="dt-published" datetime="{z(a.date)}" pubdate '
                    f'itemprop="datePublished" content="{u:%Y-%m-%d %H:%M:%S} +0000 UTC"><a href="{url}" itemprop="url" '
                    f'class="u-url">{display(a.date)}</a></time></h2>')
        else:
            head = (f'\t<h2 class="post-title" itemprop="name" class="p-name"><a href="{url}" itemprop="url" '
                    f'class="u-url">{esc(a.title)}</a>\n\t</h2>\n\t{time_el(a)}')
        return (f'<article id="post-{a.opts["slug"][:10]}" class="norm h-entry" itemscope itemtype="http://schema.org/BlogPosting">\n'
                f'{head}\n\n{body}</article>')

    def coll_page(title: str, canonical: str, items: list[Post], *, total: int, prev: str | None, nxt: str | None,
                  heading: str | None = None, feed: str = f"{B}/feed/") -> str:
        head_links = ""
        if prev:
            head_links += f'\n\t\t<link rel="prev" href="{prev}">'
        if nxt:
            head_links += f'\n\t\t<link rel="next" href="{nxt}">'
        paging = ""
        if total > 1:
            paging = '<nav id="paging" class="content-container clearfix">\n'
            if nxt:
                paging += f'\t\t\t\t<a href="{nxt}">&#8672; Older</a>\n'
            if prev:
                paging += f'\t\t\t\t<a style="float:right;" href="{prev}">Newer &#8674;</a>\n'
            paging += "\t\t</nav>"
        h1 = f"\t\t\t<h1>{esc(heading)}</h1>\n" if heading else ""
        return f"""<!DOCTYPE HTML>
<html lang="vi" dir="auto">
	<head>
		<meta charset="utf-8">

		<title>{esc(title)}</title>

		<link rel="stylesheet" type="text/css" href="/css/write.css" />
		<link rel="stylesheet" type="text/css" href="/local/custom.css" />
		<link rel="shortcut icon" href="/favicon.ico" />
		<link rel="canonical" href="{canonical}">{head_links}
		<link rel="alternate" type="application/rss+xml" title="{esc(title)} &raquo; Feed" href="{feed}" />
		<link rel="alternate" type="application/activity+json" href="{B}/api/collections/{ALIAS}" />
		<meta name="viewport" content="width=device-width, initial-scale=1.0" />

		<meta name="generator" content="WriteFreely">
		<meta name="description" content="{attr(DESC)}">
		<meta itemprop="name" content="{COLL}">
		<meta itemprop="description" content="{attr(DESC)}">
		<meta name="twitter:card" content="summary">
		<meta name="twitter:title" content="{COLL}">
		<meta name="twitter:image" content="{B}/img/avatar.png">
		<meta name="twitter:description" content="{attr(DESC)}">
		<meta property="og:title" content="{COLL}" />
		<meta property="og:site_name" content="{COLL}" />
		<meta property="og:type" content="article" />
		<meta property="og:url" content="{canonical}" />
		<meta property="og:description" content="{attr(DESC)}" />
		<meta property="og:image" content="{B}/img/avatar.png">
	</head>
	<body id="collection" itemscope itemtype="http://schema.org/WebPage">

		<header>
		<h1 dir="auto" id="blog-title"><a href="/" class="h-card p-author u-url" rel="me author">{COLL}</a></h1>
		<p class="description p-note">{esc(DESC)}</p>
		<nav>
			{pinned_nav}</nav>

		</header>

		<section id="wrapper" itemscope itemtype="http://schema.org/Blog">
{h1}{"".join(list_entry(a) for a in items)}
		{paging}

		</section>

		<footer>
			<hr />
			<nav dir="ltr">
				<a class="home pubd" href="/">{COLL}</a> &middot; powered by <a style="margin-left:0" href="{{{{base:offsite}}}}/writefreely/">writefreely</a>
			</nav>
		</footer>
	</body>
	<script src="/js/h.js"></script>
	<script src="/js/postactions.js"></script>
	<script src="/js/localdate.js"></script>
	<script type="text/javascript" src="/js/menu.js"></script>
</html>
"""

    chunks = [posts[i:i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)]
    assert len(chunks) == 2 and posts[-1] in arts
    for n, chunk in enumerate(chunks):
        path = "/" if n == 0 else f"/page/{n + 1}"
        prev = None if n == 0 else ("/" if n == 1 else f"/page/{n}")
        nxt = f"/page/{n + 2}" if n + 1 < len(chunks) else None
        title = COLL if n == 0 else f"{COLL} &mdash; Page {n + 1}"
        site.page(path, coll_page(title, f"{B}{path}", chunk, total=len(chunks), prev=prev, nxt=nxt),
                  content_type=None if path == "/" else HTML)
        site.non_articles.append(path)
    site.trap("single-user mode: the blog is / and /page/2 (10 posts a page; the oldest post only there), no landing "
              "page; entries print h2.post-title + <time> + the WHOLE post (e-content) when it has no <!--more-->, else "
              "p-summary + 'Read more...'; an untitled post's entry is headed by its date link", "/page/2")
    tags = sorted({t for a in posts for t in a.opts["tags"]})
    for t in tags:
        items = [a for a in posts if t in a.opts["tags"]]
        path = f"/tag:{t}"
        site.page(path, coll_page(f"{t} &mdash; {COLL}", f"{B}/tag:{t.lower()}", items, total=1, prev=None, nxt=None,
                                  heading=t, feed=f"{B}/tag:{t}/feed/"), content_type=HTML)
        site.non_articles.append(path)
        if t.lower() != t:
            site.page(f"/tag:{t.lower()}", coll_page(f"{t.lower()} &mdash; {COLL}", f"{B}/tag:{t.lower()}", items, total=1,
                                                     prev=None, nxt=None, heading=t.lower()), content_type=HTML)
        site.page(f"/tag:{t}/feed/", feed_xml(f"{t} &mdash; {COLL}", f"{B}/tag:{t}", items),
                  content_type="application/rss+xml; charset=utf-8")
    site.trap("hashtag pages /tag:<Tag> (a colon in the path; canonical lower-cased /tag:<tag>): the posts with the tag, "
              "whole or summarised, like the blog", "/tag:OCOP")

    # -- feed, sitemap, ActivityPub actor
    site.page("/feed/", feed_xml(COLL, f"{B}/", posts), content_type="application/rss+xml; charset=utf-8")
    urls = "".join(f"<url>\n<loc>{B}{a.path}</loc>\n<changefreq>weekly</changefreq>\n<mobile:mobile/>\n"
                   f"<lastmod>{utc(a.opts['updated']):%Y-%m-%dT%H:%M:%S}+00:00</lastmod>\n</url>\n" for a in posts)
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
              'schemas/sitemap/0.9" xmlns:mobile="http://www.google.com/schemas/sitemap-mobile/1.0">\n'
              f"<url>\n<loc>{B}/</loc>\n<changefreq>daily</changefreq>\n<priority>1.0</priority>\n"
              f"<lastmod>{utc(posts[0].opts['updated']):%Y-%m-%dT%H:%M:%S}+00:00</lastmod>\n</url>\n{urls}</urlset>",
              content_type="application/xml; charset=utf-8")
    site.page(f"/api/collections/{ALIAS}", '{"@context":["https://www.w3.org/ns/activitystreams",'
              '"https://w3id.org/security/v1"],"type":"Person","id":"' + B + f'/api/collections/{ALIAS}",'
              f'"inbox":"{B}/api/collections/{ALIAS}/inbox","outbox":"{B}/api/collections/{ALIAS}/outbox",'
              f'"preferredUsername":"{ALIAS}","name":"{COLL}","summary":"{DESC}","url":"{B}/"}}',
              content_type="application/activity+json")
    site.trap("RSS /feed/ (the first 10 posts, pubDate in UTC '+0000', the description's CDATA escaped); sitemap "
              "/sitemap.xml (lastmod = update time, UTC) lists every post, the page-2 post too; the head's "
              "activity+json alternate /api/collections/htxtravinh is the ActivityPub actor (JSON)", "/feed/")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    for p in ("/css/write.css", "/css/fonts.css", "/local/custom.css"):
        site.static(p, "body{font-family:Lora,serif}\n")
    for p in ("/js/localdate.js", "/js/h.js", "/js/postactions.js", "/js/menu.js"):
        site.static(p, "/* writefreely */\n")
    site.binary("/favicon.ico", image_for("favicon"))
    site.binary("/img/avatar.png", image_for("avatar"))
    return site
