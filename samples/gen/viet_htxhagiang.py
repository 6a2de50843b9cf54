"""Site `viet-htxhagiang` (registry family `generic`): "Viết Hà Giang", a **WriteFreely 0.15** instance (multi-user
mode, registration closed, the Reader off, default `write.css` theme, no Vietnamese strings in WriteFreely's l10n:
"Read more...", "Older", "published with writefreely") that hosts the blog "Liên minh HTX tỉnh Hà Giang" of the Hà
Giang cooperative alliance (the province merged into Tuyên Quang on 1 July 2025). Written as a held-out test: no
family module, no selectors.

URL shapes (WriteFreely's routes): the landing page `/` (banner, "Registration is currently closed."), `/about`,
`/contact`, `/privacy`, `/login`; the blog `/lienminh/`, its pages `/lienminh/page/2` (10 posts a page, fixed), a post
`/lienminh/<slug>` (slug.Make of the title, no extension), hashtags `/lienminh/tag:<Tag>` (a colon in the path), the
RSS feed `/lienminh/feed/`, the sitemap `/lienminh/sitemap.xml`. `/lienminh/<slug>/` (trailing slash) answers 302 to
the post (handleCollectionPostRedirect): the /about page links a post so.

Why it is hard: the `<h1>` is the blog's name (`h1#blog-title`); the post title is `h2#title.p-name`; the date is
`<time class="dt-published" datetime="2025-04-07T23:10:00Z">April 7, 2025</time>`: WriteFreely stores and prints UTC
(Created8601 appends a literal Z; the text is the UTC day in English; localdate.js rewrites it in the reader's
browser to the local day), so a post published at 06:10 in Hà Giang shows the previous day in the HTML, in
`<meta itemprop="datePublished" content="2025-04-07">` and in the RSS pubDate ("+0000"); only
`article:published_time`/the datetime attribute converted to +07:00 give the true day. `<meta name="author">` is the
blog's title (the office, never a person). Lists (blog pages, tags) print posts WITHOUT `<!--more-->` in full (the
same `e-content` markup as the post page) and the others as a `p-summary` + "Read more..."; pinned posts
("Giới thiệu", "Liên hệ") are the blog's static pages (in the header nav, no date). Markdown output: bylines as
`<strong>`/`<em>` paragraphs, captions as `<em>` paragraphs under `<p><img></p>`, tables with `<th>`, a closing line
of hashtags (links to /lienminh/tag:…) that is the post's tag list, not text; three photo-only posts (one image and
its caption) fill the blog's first page.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "viet-htxhagiang"
SITENAME = "Viết Hà Giang"
ALIAS = "lienminh"
COLL = "Liên minh HTX tỉnh Hà Giang"
DESC = "Trang tin của Liên minh Hợp tác xã tỉnh Hà Giang: hoạt động, văn bản và gương hợp tác xã vùng cao."
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


class Post(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(MORE, ""))


def articles() -> list[Post]:
    A = Post

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"])

    return [
        A(path="", title="Kế hoạch tổ chức Hội nghị sơ kết 6 tháng đầu năm 2025",
          body="""
Liên minh HTX tỉnh ban hành Kế hoạch tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025.
<!--more-->
LIÊN MINH HTX TỈNH HÀ GIANG
Số: 25/KH-LMHTX
Hà Giang, ngày 06 tháng 6 năm 2025
KẾ HOẠCH
Tổ chức Hội nghị sơ kết công tác 6 tháng đầu năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Đánh giá kết quả thực hiện nhiệm vụ 6 tháng đầu năm, chuẩn bị cho việc hợp nhất Liên minh HTX hai tỉnh Hà Giang và Tuyên Quang.
## II. THỜI GIAN, ĐỊA ĐIỂM
Hội nghị tổ chức vào ngày 20/6/2025 tại Hội trường Liên minh HTX tỉnh, phường Nguyễn Trãi, thành phố Hà Giang.
CHỦ TỊCH
Hoàng Văn Sinh
""", author=None, doc_number="25/KH-LMHTX",
          attachments=[{"path": "/uploads/kh-25-kh-lmhtx-2025.pdf", "text": "Tải kế hoạch số 25/KH-LMHTX (PDF)"}],
          opts={"tags": ["VanBan"], "views": 412, "updated": datetime(2025, 6, 10, 14, 52)},
          notes=["plan 'Số: 25/KH-LMHTX' dated 06/6 in the text, published 2025-06-10T07:30:00Z (14:30 in Hà Giang); "
                 "the signer is text, author null; the Markdown link 'Tải kế hoạch số 25/KH-LMHTX (PDF)' (rel=nofollow) "
                 "to /uploads/…pdf after the text: an attachment; the lists show the paragraph before <!--more-->"],
          **at(datetime(2025, 6, 10, 14, 30))),
        A(path="", title="Ảnh: Mùa chè Shan tuyết của các HTX ở Hoàng Su Phì",
          body="""
Tháng Năm, các HTX chè ở huyện Hoàng Su Phì bước vào vụ thu hái chè Shan tuyết xuân hè.
[img che-shan-1.png] Thành viên HTX Chè Nậm Ty hái chè trên những cây chè cổ thụ
[img che-shan-2.png] Chè búp tươi được sao sấy ngay trong ngày tại xưởng của HTX
[img che-shan-3.png] Sản phẩm chè Shan tuyết đạt OCOP 4 sao được đóng gói để xuất bán
""", byline="Bài và ảnh: Lý Thị Mai", author="Lý Thị Mai",
          opts={"tags": ["OCOP", "Che"], "views": 688, "byline": "strong", "updated": datetime(2025, 5, 21, 9, 4)},
          notes=["photo story in Markdown: each <p><img></p> followed by an <em> caption paragraph (one line each); "
                 "'**Bài và ảnh: Lý Thị Mai**' -> author; a closing line of hashtags (#OCOP #Che, links to "
                 "/lienminh/tag:…): tags, not text"],
          **at(datetime(2025, 5, 21, 9, 0))),
        A(path="", title="Liên minh HTX tỉnh khảo sát mô hình HTX du lịch cộng đồng ở Đồng Văn",
          body="""
Đoàn công tác của Liên minh HTX tỉnh vừa khảo sát hoạt động của HTX Du lịch cộng đồng Lũng Cẩm (huyện Đồng Văn).
HTX có 24 hộ thành viên, đón hơn 9.000 lượt khách trong năm 2024 với doanh thu gần 3 tỷ đồng.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng website quảng bá và đào tạo kỹ năng phục vụ khách cho thành viên.
""", byline="Theo Báo Hà Giang", author=None,
          opts={"tags": ["DuLichCongDong"], "views": 530, "byline": "em", "updated": datetime(2025, 4, 8, 6, 10)},
          notes=["published 06:10 on 08/04/2025 (Hà Giang): the page prints the UTC day 'April 7, 2025' (<time "
                 "datetime='2025-04-07T23:10:00Z'>), <meta itemprop=datePublished content='2025-04-07'> and the RSS "
                 "pubDate 'Mon, 07 Apr 2025 23:10:00 +0000'; the true date is 2025-04-08 06:10 (+07:00); '*Theo Báo Hà "
                 "Giang*' names a newspaper: author null"],
          **at(datetime(2025, 4, 8, 6, 10))),
        A(path="", title="Số lượng HTX và sản phẩm OCOP của HTX tỉnh Hà Giang năm 2024",
          body="""
Năm 2024, toàn tỉnh Hà Giang có 812 HTX đang hoạt động, tăng 47 HTX so với năm 2023.
<!--more-->
| Loại hình | Số HTX | Sản phẩm OCOP |
| HTX nông nghiệp | 598 | 103 |
| HTX du lịch cộng đồng | 41 | 6 |
| HTX tiểu thủ công nghiệp | 73 | 12 |
| HTX thương mại, dịch vụ | 100 | 9 |
Các sản phẩm OCOP của HTX chủ yếu là chè, mật ong bạc hà, thịt bò khô và rượu ngô.
""", byline="Nguồn: Sở Nông nghiệp và PTNT tỉnh Hà Giang", author=None,
          opts={"tags": ["OCOP", "SoLieu"], "views": 905, "byline": "em", "updated": datetime(2025, 3, 14, 10, 20)},
          notes=["a Markdown table (thead/th, tbody/td): one line per row; the last line 'Nguồn: Sở Nông nghiệp và "
                 "PTNT tỉnh Hà Giang' names a source office: text, author null"],
          **at(datetime(2025, 3, 14, 10, 15))),
        A(path="", title="Sáu giải pháp phát triển HTX nông nghiệp vùng cao",
          body="""
Để HTX nông nghiệp vùng cao hoạt động hiệu quả, Trung tâm Khuyến nông tỉnh đề xuất sáu giải pháp:
* Quy hoạch vùng nguyên liệu tập trung gắn với chế biến;
* Đào tạo giám đốc và kế toán HTX theo chương trình chuẩn;
* Liên kết với doanh nghiệp để bao tiêu sản phẩm;
* Xây dựng nhãn hiệu tập thể và truy xuất nguồn gốc;
* Ứng dụng công nghệ số trong quản lý và bán hàng;
* Ưu tiên vốn vay cho HTX có phương án sản xuất khả thi.
""", byline="Nguyễn Văn Khánh - Trung tâm Khuyến nông", author="Nguyễn Văn Khánh",
          opts={"tags": ["NongNghiep"], "views": 377, "byline": "right", "updated": datetime(2025, 2, 12, 16, 25)},
          notes=["a six-item list after a line ending with a colon; right-aligned raw-HTML byline 'Nguyễn Văn Khánh - "
                 "Trung tâm Khuyến nông' -> author Nguyễn Văn Khánh; no <!--more-->: the blog pages print it in full"],
          **at(datetime(2025, 2, 12, 16, 20))),
        A(path="", title="Liên minh HTX tỉnh tổng kết công tác năm 2024",
          body="""
Ngày 8/1, Liên minh HTX tỉnh Hà Giang tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
<!--more-->
## Kết quả nổi bật
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 52 HTX, tư vấn cho 85 HTX hoàn thiện hồ sơ vay vốn.
Quỹ hỗ trợ phát triển HTX giải ngân 11,2 tỷ đồng cho 23 HTX.
## Nhiệm vụ năm 2025
Tập trung phát triển HTX ở các xã biên giới, gắn sản xuất nông nghiệp với du lịch cộng đồng.
""", byline="Ma Thanh Tùng", author="Ma Thanh Tùng",
          opts={"tags": [], "views": 1204, "byline": "plain", "updated": datetime(2025, 1, 9, 9, 2)},
          notes=["two Markdown '##' headings inside the text (<h2 id=…>, the same level as the title h2#title); the "
                 "bare name 'Ma Thanh Tùng' closes the text (author)"],
          **at(datetime(2025, 1, 9, 8, 45))),
        A(path="", title="HTX Mật ong bạc hà Quản Bạ ra mắt sản phẩm mới",
          body="""
HTX Mật ong bạc hà Quản Bạ vừa ra mắt sản phẩm mật ong bạc hà đóng chai thủy tinh 250 ml dành cho khách du lịch.
Mỗi năm HTX thu hoạch khoảng 12 tấn mật ong từ hơn 1.600 đàn ong của 38 hộ thành viên.
""", author=None,
          opts={"tags": ["OCOP"], "views": 268, "byline": None, "updated": datetime(2024, 12, 3, 15, 0)},
          notes=["no byline: author null (the page names no person; meta author is the blog); /about links it as "
                 "/lienminh/<slug>/ (trailing slash), which answers 302 to the post: an alias"],
          **at(datetime(2024, 12, 3, 15, 0))),
        A(path="", title="Tập huấn kiến thức quản lý cho cán bộ HTX vùng cao",
          body="""
Trong ba ngày 21, 22 và 23/10, Liên minh HTX tỉnh tổ chức lớp tập huấn kiến thức quản lý cho 70 cán bộ HTX ở các huyện vùng cao.
Học viên được hướng dẫn xây dựng phương án sản xuất kinh doanh, quản lý tài chính và sửa đổi điều lệ theo Luật Hợp tác xã năm 2023.
""", byline="Hoàng Thị Hương", author="Hoàng Thị Hương",
          opts={"tags": [], "views": 344, "byline": "plain", "updated": datetime(2024, 10, 23, 9, 31)},
          notes=["oldest post: only on /lienminh/page/2 (the blog's first page holds 10 posts) and not in the RSS "
                 "(page 1 only); no hashtags; the bare name 'Hoàng Thị Hương' closes the text (author)"],
          **at(datetime(2024, 10, 23, 9, 30))),
    ]


STUBS = [
    ("Ảnh: Ruộng bậc thang Hoàng Su Phì mùa nước đổ", "ruong-bac-thang.png",
     "Ruộng bậc thang ở xã Bản Luốc (huyện Hoàng Su Phì) vào mùa nước đổ", datetime(2025, 5, 2, 7, 40)),
    ("Ảnh: Hoa mận nở trắng cao nguyên đá", "hoa-man.png",
     "Vườn mận của HTX Nông nghiệp Phố Cáo nở hoa trắng trên cao nguyên đá", datetime(2025, 2, 1, 10, 0)),
    ("Ảnh: Hoa tam giác mạch trên cao nguyên đá Đồng Văn", "tam-giac-mach.png",
     "Cánh đồng hoa tam giác mạch do HTX Du lịch Sủng Là chăm sóc phục vụ khách du lịch", datetime(2024, 11, 15, 16, 30)),
]
PINNED = [("Giới thiệu", "gioi-thieu",
           "Liên minh Hợp tác xã tỉnh Hà Giang là tổ chức đại diện cho các HTX, liên hiệp HTX và tổ hợp tác trên địa "
           "bàn tỉnh.\n\nBlog này đăng tin hoạt động, văn bản và những mô hình HTX tiêu biểu vùng cao."),
          ("Liên hệ", "lien-he",
           "Liên minh Hợp tác xã tỉnh Hà Giang\n\nĐịa chỉ: Số 6 đường Nguyễn Trãi, phường Nguyễn Trãi, thành phố Hà "
           "Giang\n\nĐiện thoại: 0219 3866 215")]


def md_html(markup: str, byline: str | None = None, style: str | None = None) -> str:
    out = []
    for b in parse_rich(markup):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="{anchor(b.text)}">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}><li>" + "</li>\n<li>".join(inline_html(i) for i in b.items) + f"</li></{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img src="/uploads/{b.src}" alt="{attr(b.text)}"></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n\n"
                       "<tbody>\n" + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
    if byline:
        if style == "strong":
            out.append(f"<p><strong>{esc(byline)}</strong></p>")
        elif style == "em":
            out.append(f"<p><em>{esc(byline)}</em></p>")
        elif style == "right":
            out.append(f'<p style="text-align: right">{esc(byline)}</p>')
        else:
            out.append(f"<p>{esc(byline)}</p>")
    return "\n\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ha-giang", SITENAME + " (WriteFreely)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/%s/feed/" % (SITE, ALIAS)], sitemaps=["{{base:%s}}/%s/sitemap.xml" % (SITE, ALIAS)])
    site.extra_boilerplate += FURN
    B = "{{base}}"
    CB = f"{B}/{ALIAS}/"
    arts = articles()
    for a in arts:
        a.opts["slug"] = slugify(a.title)
        a.path = f"/{ALIAS}/{a.opts['slug']}"
    stubs = []
    for title, src, cap, d in STUBS:
        s = Post(path=f"/{ALIAS}/{slugify(title)}", title=title, date=d, body=f"[img {src}] {cap}",
                 opts={"slug": slugify(title), "tags": [], "views": 150, "byline": None, "updated": d, "stub": True})
        stubs.append(s)
    posts = sorted(arts + stubs, key=lambda a: a.date, reverse=True)

    def z(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def utc(d: datetime) -> datetime:
        return d - timedelta(hours=7)

    def display(d: datetime) -> str:
        u = utc(d)
        return f"{u:%B} {u.day}, {u.year}"

    def tag_line(a: Post) -> str:
        if not a.opts["tags"]:
            return ""
        return ("\n\n<p>" + " ".join(f'<a href="/{ALIAS}/tag:{t}" class="hashtag"><span>#</span><span class="p-category">{t}</span></a>'
                                     for t in a.opts["tags"]) + "</p>")

    def attach(a: Post) -> str:
        return "".join(f'\n\n<p><a href="{x["path"]}" rel="nofollow">{esc(x["text"])}</a></p>' for x in a.attachments)

    def content(a: Post) -> str:
        return md_html(a.body.replace(MORE, ""), a.byline, a.opts.get("byline")) + attach(a) + tag_line(a)

    def excerpt(a: Post) -> str | None:
        before, sep, _ = a.body.partition(MORE)
        return md_html(before) if sep else None

    pinned_nav = "".join(f'<a class="pinned" href="/{ALIAS}/{s}">{esc(t)}</a>' for t, s, _ in PINNED)

    def summary(a: Post) -> str:
        text = " ".join(a.text_lines())
        return text[:137] + "..." if len(text) > 140 else text

    def time_el(a: Post) -> str:
        u = utc(a.date)
        return (f'<time class="dt-published" datetime="{z(a.date)}" pubdate itemprop="datePublished" '
                f'content="{u:%Y-%m-%d %H:%M:%S} +0000 UTC">{display(a.date)}</time>')

    def post_page(a: Post, pinned: bool = False, body_html: str | None = None) -> str:
        u = utc(a.date)
        img = next((b.src for b in a.blocks if b.kind == "img"), None)
        image = f"{B}/uploads/{img}" if img else f"{B}/img/avatar.png"
        title_el = (f'<h2 id="title" class="p-name{"" if pinned else " dated"}">{esc(a.title)}</h2>'
                    + ("" if pinned else time_el(a)))
        desc = attr(summary(a))
        meta = f'\t\t<meta property="article:published_time" content="{z(a.date)}">\n'  # pinned posts keep it too
        return f"""<!DOCTYPE HTML>
<html lang="vi" dir="auto">
	<head prefix="og: http://ogp.me/ns# article: http://ogp.me/ns/article#">
		<meta charset="utf-8">

		<title>{esc(a.title)} &mdash; {COLL}</title>

		<link rel="stylesheet" type="text/css" href="/css/write.css" />
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
		<meta property="og:updated_time" content="{z(a.date)}" />
		<meta property="og:image" content="{image}" />
{meta}
	</head>
	<body id="post">

		<div id="overlay"></div>

		<header>
		<h1 dir="auto" id="blog-title"><a rel="author" href="/{ALIAS}/" class="h-card p-author">{COLL}</a></h1>
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
            f"<item>\n<title>{esc(a.title)}</title>\n<link>{CB}{a.opts['slug']}</link>\n"
            f"<description>{esc('<![CDATA[' + ' '.join(a.text_lines()) + ']]>')}</description>\n"
            f"<content:encoded><![CDATA[{content(a)}]]></content:encoded>\n<guid>{CB}{a.opts['slug']}</guid>\n"
            f"<pubDate>{rfc(a.date)}</pubDate>\n</item>\n" for a in entries[:PER_PAGE])
        return ('<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" '
                'xmlns:content="http://purl.org/rss/1.0/modules/content/">\n<channel>\n'
                f"<title>{title}</title>\n<link>{link}</link>\n<description>{esc(DESC)}</description>\n"
                f"<pubDate>{rfc(entries[0].date)}</pubDate>\n{items}</channel>\n</rss>")

    # -- posts
    for a in posts:
        html = post_page(a)
        site.page(a.path, html, content_type=HTML)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/{b.src}", image_for(b.src))
        if a.opts.get("stub"):
            site.non_articles.append(a.path)
            continue
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 25/KH-LMHTX", "Hoi nghi so ket 6 thang dau nam 2025"]))
        site.add_article(a)
    site.trap("three photo-only posts (title 'Ảnh: …', one <p><img></p> and its <em> caption, a date): caption-only "
              "stubs, not articles; they fill the blog's first page", stubs[0].path)
    site.binary("/img/avatar.png", image_for("avatar"))
    alias_post = next(a for a in arts if a.title.startswith("HTX Mật ong"))
    site.redirect(alias_post.path + "/", alias_post.path, 302)
    alias_post.aliases.append(alias_post.path + "/")

    # -- pinned posts: the blog's pages
    for t, s, text in PINNED:
        p = Post(path=f"/{ALIAS}/{s}", title=t, date=datetime(2024, 10, 1, 9, 0), body=text.replace("\n\n", "\n"),
                 opts={"views": 90})
        body = "\n\n".join(f"<p>{esc(x)}</p>" for x in text.split("\n\n"))
        site.page(p.path, post_page(p, pinned=True, body_html=body), content_type=HTML)
        site.non_articles.append(p.path)

    # -- lists
    def list_entry(a: Post) -> str:
        exc = excerpt(a)
        body = (f'<div lang="vi" dir="auto" class="book p-summary">{exc}</div>\n\n<a class="read-more" href="{CB}{a.opts["slug"]}">'
                f'Read more...</a>') if exc else f'<div lang="vi" dir="auto" class="book e-content">{content(a)}</div>'
        return (f'<article id="post-{a.opts["slug"][:10]}" class="norm h-entry" itemscope itemtype="http://schema.org/BlogPosting">\n'
                f'\t<h2 class="post-title" itemprop="name" class="p-name"><a href="/{ALIAS}/{a.opts["slug"]}" itemprop="url" '
                f'class="u-url">{esc(a.title)}</a>\n\t</h2>\n\t{time_el(a)}\n\n{body}</article>')

    def coll_page(path: str, title: str, canonical: str, items: list[Post], *, n: int, total: int, prev: str | None,
                  nxt: str | None, heading: str | None = None, feed: str = f"{CB}feed/") -> str:
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
		<link rel="shortcut icon" href="/favicon.ico" />
		<link rel="canonical" href="{canonical}">{head_links}
		<link rel="alternate" type="application/rss+xml" title="{esc(title)} &raquo; Feed" href="{feed}" />
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
		<h1 dir="auto" id="blog-title"><a href="/{ALIAS}/" class="h-card p-author u-url" rel="me author">{COLL}</a></h1>
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
				<a class="home pubd" href="/">{SITENAME}</a> &middot; powered by <a style="margin-left:0" href="{{{{base:offsite}}}}/writefreely/">writefreely</a>
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
    for n, chunk in enumerate(chunks):
        path = f"/{ALIAS}/" if n == 0 else f"/{ALIAS}/page/{n + 1}"
        prev = None if n == 0 else (f"/{ALIAS}/" if n == 1 else f"/{ALIAS}/page/{n}")
        nxt = f"/{ALIAS}/page/{n + 2}" if n + 1 < len(chunks) else None
        title = COLL if n == 0 else f"{COLL} &mdash; Page {n + 1}"
        site.page(path, coll_page(path, title, f"{B}{path}", chunk, n=n, total=len(chunks), prev=prev, nxt=nxt),
                  content_type=None if path.endswith("/") else HTML)
        site.non_articles.append(path)
    tags = sorted({t for a in posts for t in a.opts["tags"]})
    for t in tags:
        items = [a for a in posts if t in a.opts["tags"]]
        for shown in dict.fromkeys([t, t.lower()]):  # the tag as linked, and the canonical lower-cased address
            path = f"/{ALIAS}/tag:{shown}"
            site.page(path, coll_page(path, f"{shown} &mdash; {COLL}", f"{CB}tag:{t.lower()}", items, n=0, total=1,
                                      prev=None, nxt=None, heading=shown, feed=f"{CB}tag:{shown}/feed/"), content_type=HTML)
            site.non_articles.append(path)
            site.page(f"/{ALIAS}/tag:{shown}/feed/", feed_xml(f"{shown} &mdash; {COLL}", f"{CB}tag:{shown}", items),
                      content_type="application/rss+xml; charset=utf-8")
    site.trap("the blog /lienminh/ and /lienminh/page/2 (10 posts a page), hashtag pages /lienminh/tag:<Tag> (a colon in "
              "the path, canonical lower-cased): h2.post-title + the same <time> + the WHOLE post (e-content) when it "
              "has no <!--more-->, else p-summary + 'Read more...': listings that look like articles", f"/{ALIAS}/page/2")

    # -- instance pages
    def base_page(path: str, title: str, inner: str, selected: str = "") -> str:
        sel = ' class="selected"'
        tabs = "".join(f'<a href="{u}"{sel if u == selected else ""}>{lbl}</a>'
                       for lbl, u in [("About", "/about"), ("Log in", "/login")])
        return f"""<!DOCTYPE HTML>
<html>
	<head>
		<title>{esc(title)}</title>
		<meta name="description" content="{attr(SITENAME)}">
		<link rel="stylesheet" type="text/css" href="/css/write.css" />
		<link rel="shortcut icon" href="/favicon.ico" />
		<meta name="viewport" content="width=device-width, initial-scale=1.0" />

		<meta name="application-name" content="{SITENAME}">
		<meta name="application-url" content="{B}">
		<meta property="og:site_name" content="{SITENAME}" />
	</head>
	<body>
		<div id="overlay"></div>
		<header>
				<h2><a href="/">{SITENAME}</a></h2>
			<nav id="user-nav">
				<nav class="tabs">
					{tabs}
				</nav>
			</nav>
		</header>
		<div id="official-writing">
{inner}
		</div>
		<footer class="contain-me">
			<hr />
			<div class="marketing-section">
				<div class="clearfix blurbs">
					<div class="half">
						<h3><a class="home" href="/">{SITENAME}</a></h3>
						<ul>
							<li><a href="/about">about</a></li>
							<li><a href="/contact">contact</a></li>
							<li><a href="/privacy">privacy</a></li>
						</ul>
					</div>
					<div class="half">
						<h3><a href="{{{{base:offsite}}}}/writefreely/" style="color:#444;text-transform:lowercase;">WriteFreely</a></h3>
						<ul>
							<li style="margin-top:0.8em">v0.15.1</li>
						</ul>
					</div>
				</div>
			</div>
		</footer>
	</body>
</html>
"""

    landing = (f'<div id="pricing" class="content-container wide-form">\n<div class="row">\n\t<div class="banner-container">\n'
               f'\t\t<h1>{SITENAME}</h1>\n<p>Nơi Liên minh Hợp tác xã tỉnh Hà Giang và các HTX viết, chia sẻ tin tức về kinh tế '
               f'tập thể vùng cao.</p>\n<p>Mời đọc blog <a href="/{ALIAS}/">{COLL}</a>.</p>\n'
               '\t\t<p><a href="/about">Learn more...</a></p>\n\t</div>\n\t<div style="padding: 2em 0;">\n'
               '\t\t<p style="font-size: 1.3em; margin: 1rem 0;">Registration is currently closed.</p>\n'
               '\t\t<p>You can always sign up on <a href="{{base:offsite}}/writefreely/instances">another instance</a>.</p>\n'
               '\t</div>\n</div>\n</div>')
    site.page("/", base_page(SITENAME, SITENAME, landing))
    site.non_articles.append("/")
    about = ('<div class="content-container snug">\n<h1>About ' + SITENAME + '</h1>\n'
             f'<p>{SITENAME} là trang viết của Liên minh Hợp tác xã tỉnh Hà Giang, chạy trên nền WriteFreely từ tháng '
             f'10/2024.</p>\n<p>Bài được nhiều bạn đọc quan tâm: <a href="/{ALIAS}/{alias_post.opts["slug"]}/">'
             f'{esc(alias_post.title)}</a>.</p>\n<hr style="margin:1.5em 0;" />\n<p><em>{SITENAME}</em> is home to '
             f'<strong>{len(posts) + len(PINNED)}</strong> articles across <strong>1</strong> blog.</p>\n</div>')
    site.page("/about", base_page(f"About {SITENAME} &mdash; {SITENAME}", f"About {SITENAME}", about, "/about"),
              content_type=HTML)
    site.page("/contact", base_page(f"Contact &mdash; {SITENAME}", "Contact", '<div class="content-container snug">\n'
              '<h1>Contact</h1>\n<p>Thư điện tử: lmhtxhagiang@gmail.com</p>\n</div>'), content_type=HTML)
    site.page("/privacy", base_page(f"Privacy Policy &mdash; {SITENAME}", "Privacy Policy", '<div class="content-container snug">\n'
              '<h1>Privacy Policy</h1>\n<p>Last updated October 1, 2024</p>\n<p>This site collects only the minimum data '
              'needed to run it.</p>\n</div>'), content_type=HTML)
    site.page("/login", base_page(f"Log in &mdash; {SITENAME}", "Log in", '<div class="tight content-container">\n'
              '<h1>Log in to ' + SITENAME + '</h1>\n<form action="/auth/login" method="post"><input type="text" name="alias" '
              'placeholder="Username" /><input type="password" name="pass" placeholder="Password" />'
              '<input type="submit" value="Log in" /></form>\n</div>', "/login"), content_type=HTML)
    site.non_articles += ["/about", "/contact", "/privacy", "/login"]
    site.trap("instance pages: the landing / (banner, 'Registration is currently closed.'), /about (links a post with a "
              "trailing slash: 302 to the post, an alias), /contact, /privacy, /login; the blog's pinned posts "
              "/lienminh/gioi-thieu and /lienminh/lien-he (h2#title without a date, no <time>, but the head still carries "
              "article:published_time): not articles", "/about")

    # -- feed and sitemap
    site.page(f"/{ALIAS}/feed/", feed_xml(COLL, CB, posts), content_type="application/rss+xml; charset=utf-8")
    urls = "".join(f"<url>\n<loc>{CB}{a.opts['slug']}</loc>\n<changefreq>weekly</changefreq>\n<mobile:mobile/>\n"
                   f"<lastmod>{utc(a.opts['updated']):%Y-%m-%dT%H:%M:%S}+00:00</lastmod>\n</url>\n" for a in posts)
    site.page(f"/{ALIAS}/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
              'schemas/sitemap/0.9" xmlns:mobile="http://www.google.com/schemas/sitemap-mobile/1.0">\n'
              f"{urls}<url>\n<loc>{CB}</loc>\n<changefreq>daily</changefreq>\n<priority>1.0</priority>\n"
              f"<lastmod>{utc(posts[0].opts['updated']):%Y-%m-%dT%H:%M:%S}+00:00</lastmod>\n</url>\n</urlset>",
              content_type="application/xml; charset=utf-8")
    site.trap("RSS /lienminh/feed/ (gorilla/feeds: pubDate in UTC '+0000', the description's CDATA escaped as "
              "'&lt;![CDATA[', the first 10 posts); sitemap /lienminh/sitemap.xml with lastmod = the post's update time "
              "in UTC; no robots.txt (404)", f"/{ALIAS}/feed/")
    for p in ("/css/write.css", "/css/fonts.css"):
        site.static(p, "body{font-family:Lora,serif}\n")
    for p in ("/js/localdate.js", "/js/h.js", "/js/postactions.js", "/js/menu.js"):
        site.static(p, "/* writefreely */\n")
    site.binary("/favicon.ico", image_for("favicon"))
    return site
