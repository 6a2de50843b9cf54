"""Site `baocao-htxbacgiang` (registry family `generic`): "Thông tin Liên minh HTX Bắc Giang", the news and
reports site the Bắc Giang cooperative alliance kept until the province joined Bắc Ninh on 1 July 2025, a **Lektor
3.3** static site made from `lektor quickstart` with its blog (models `blog.ini` / `blog-post.ini`, templates
`blog.html`, `blog-post.html`, `macros/blog.html`, `macros/pagination.html`, `layout.html`: the navigation labels
translated, everything else as generated, "written by … on …" included), `per_page = 5`, the **lektor-tags** plugin
(`parent = /blog`, the plugin's own bare template) and **lektor-atom**. Markdown through mistune 0.8. Written as a
held-out test: no family module, no selectors.

URL shapes (Lektor's relative URLs, `url_style = relative`): posts `/blog/<folder slug>/` (the folder name the
editor typed, not the title's slug; `/blog/<slug>/index.html` is the same file), their images and files next to
them (`/blog/<slug>/vai-thieu-1.jpg`); the blog index `/blog/` and `/blog/page/2/`; tag pages `/blog/tag/<tag>/`;
pages `/`, `/gioi-thieu/`, `/bao-cao/`; the Atom feed `/blog/feed.xml`; a `/sitemap.xml` made from the Lektor
docs' template (no lastmod) and a `robots.txt` asset.

Why it is hard: the layout has no `<head>`/`<body>` structure beyond the quickstart's (`<meta charset>`, `<link>`,
`<title>` straight after the doctype), and every page's only `<h1>` is the site name in the header; the post title
is an `<h2>` in `div.blog-post`, followed by `<p class="meta">written by <author field> on 2025-06-16</p>` (a
date, no time; the author field is free text: a person, "BBT", the office, or empty, which leaves "written by on
…"). The blog index prints every post WHOLE in the same `div.blog-post` markup (an `<h2>` with a link), five a page,
"« Previous | 1 | Next »". Captions are italic lines inside the image's own paragraph or the next one; bylines are
bold, italic or raw right-aligned HTML paragraphs. Tag pages are the plugin's bare template: two `<h1>` ("Tag: ocop",
"Items:") and links whose text is the post's folder name.
"""

from __future__ import annotations

import re
from datetime import datetime

from .core import SiteBuild, esc, image_for, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "baocao-htxbacgiang"
PROJECT = "Thông tin Liên minh HTX Bắc Giang"
BLOG_TITLE = "Tin hoạt động"
PER_PAGE = 5
NAV = [("/", "Trang chủ"), ("/blog/", "Tin hoạt động"), ("/bao-cao/", "Báo cáo"), ("/gioi-thieu/", "Giới thiệu")]
FOOTER = "&copy; Copyright 2023 by Liên minh HTX tỉnh Bắc Giang."
FURN = [PROJECT, "written by", "All posts tagged", "© Copyright 2023 by", "Trang chủ", "Báo cáo"]
B = "{{base}}"


class Post(RichArticle):
    pass


def rel(src: str, dst: str) -> str:
    """Lektor's relative URL from the page at `src` to `dst` (site paths; '/x/' is '/x/index.html')."""
    dst, hsh, frag = dst.partition("#")
    sd = src.split("/")[1:-1]
    d = dst.split("/")[1:]
    dd, leaf = d[:-1], d[-1]
    i = 0
    while i < len(sd) and i < len(dd) and sd[i] == dd[i]:
        i += 1
    out = "/".join([".."] * (len(sd) - i) + dd[i:] + [leaf]) or "./"
    return out + (hsh + frag if hsh else "")


def articles() -> list[Post]:
    A = Post

    def on(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH BẮC GIANG
Số: 12/TB-LMHTX
Bắc Giang, ngày 13 tháng 6 năm 2025
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản lý cho cán bộ HTX từ ngày 23 đến ngày 25/6/2025 tại Hội trường Liên minh HTX tỉnh.
Đối tượng: Chủ tịch Hội đồng quản trị, Giám đốc và kế toán các HTX; mỗi HTX cử không quá 02 học viên.
Học viên được cấp tài liệu và hỗ trợ tiền ăn trong thời gian học; các HTX đăng ký về Liên minh HTX tỉnh trước ngày 20/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thắng
""", author=None, doc_number="12/TB-LMHTX",
          opts={"slug": "thong-bao-12-tb-lmhtx", "author": "Văn phòng Liên minh HTX tỉnh", "tags": ["van-ban", "tap-huan"],
                "file": ("tb-12-lmhtx.pdf", "TB-12-LMHTX.pdf")},
          notes=["notice 'Số: 12/TB-LMHTX' dated 13/6 in the text, posted on 2025-06-16 ('written by Văn phòng Liên "
                 "minh HTX tỉnh on 2025-06-16': the office, author null); the signer is text; 'Tải về: "
                 "[TB-12-LMHTX.pdf](tb-12-lmhtx.pdf)', a file in the post's folder: an attachment, not text"],
          **on(datetime(2025, 6, 16))),
        A(path="", title="Ảnh: Mùa vải thiều ở HTX Nông nghiệp Hồng Giang",
          body="""
Đầu tháng 6, thành viên HTX Nông nghiệp Hồng Giang (huyện Lục Ngạn) bước vào vụ thu hoạch vải thiều sớm.
[img vai-thieu-1.jpg] Thành viên HTX thu hái vải thiều sớm trên đồi
[img vai-thieu-2.jpg] Vải thiều được phân loại, đóng thùng ngay tại nhà sơ chế của HTX
[img vai-thieu-3.jpg] Xe của doanh nghiệp thu mua vải thiều của HTX để xuất khẩu
""", byline="Bài và ảnh: Thân Văn Quyết", author="Thân Văn Quyết",
          opts={"slug": "anh-mua-vai-thieu-hong-giang", "author": "BBT", "tags": ["vai-thieu", "ocop"], "byline": "right",
                "caption": "same"},
          notes=["photo story: each Markdown image and its italic caption in ONE paragraph (<p><img …>\\n<em>caption"
                 "</em></p>): the caption is a line; raw HTML '<p align=right><strong>Bài và ảnh: Thân Văn Quyết' -> "
                 "author, although the author field says 'BBT'"],
          **on(datetime(2025, 6, 12))),
        A(path="", title="Kinh tế tập thể Bắc Giang 5 tháng đầu năm 2025: thêm 27 HTX thành lập mới",
          body="""
Theo báo cáo của Liên minh HTX tỉnh, 5 tháng đầu năm 2025, khu vực kinh tế tập thể tiếp tục phát triển ổn định.
| Chỉ tiêu | 5 tháng năm 2024 | 5 tháng năm 2025 |
| HTX thành lập mới | 21 | 27 |
| HTX giải thể | 9 | 6 |
| Tổng số HTX đang hoạt động | 1.012 | 1.058 |
| Vốn vay Quỹ hỗ trợ phát triển HTX (tỷ đồng) | 5,2 | 7,8 |
Các HTX thành lập mới chủ yếu hoạt động trong lĩnh vực nông nghiệp, thương mại và du lịch cộng đồng.
""", byline="Theo Báo Bắc Giang", author=None,
          opts={"slug": "kttt-5-thang-dau-nam-2025", "author": "BBT", "tags": ["so-lieu"], "byline": "em"},
          notes=["Markdown table (thead/th), one line per row; italic 'Theo Báo Bắc Giang' names a newspaper, the "
                 "author field 'BBT' is the editorial desk: author null"],
          **on(datetime(2025, 6, 5))),
        A(path="", title="Sáu nhiệm vụ trọng tâm hỗ trợ HTX phát triển năm 2025",
          body="""
Năm 2025, Liên minh HTX tỉnh xác định sáu nhiệm vụ trọng tâm:
* Tuyên truyền, hướng dẫn thi hành Luật Hợp tác xã năm 2023;
* Hỗ trợ thành lập mới ít nhất 60 HTX;
* Nâng cao hiệu quả hoạt động của Quỹ hỗ trợ phát triển HTX;
* Xây dựng 10 mô hình HTX ứng dụng công nghệ cao;
* Hỗ trợ HTX tham gia chương trình OCOP;
* Đẩy mạnh chuyển đổi số trong khu vực kinh tế tập thể.
""", byline="Hoàng Văn Nam - Trung tâm Khuyến nông tỉnh", author="Hoàng Văn Nam",
          opts={"slug": "sau-nhiem-vu-trong-tam-2025", "author": "", "tags": ["nhiem-vu"], "byline": "strong"},
          notes=["a six-item <ul>; the author field is empty ('written by on 2025-05-20'); bold byline 'Hoàng Văn Nam "
                 "- Trung tâm Khuyến nông tỉnh' -> Hoàng Văn Nam"],
          **on(datetime(2025, 5, 20))),
        A(path="", title="HTX Chăn nuôi Đồng Tâm đưa gà đồi Yên Thế lên sàn thương mại điện tử",
          body="""
HTX Chăn nuôi Đồng Tâm (huyện Yên Thế) vừa mở gian hàng gà đồi Yên Thế trên hai sàn thương mại điện tử.
Mỗi con gà được gắn mã QR truy xuất nguồn gốc, giúp người mua biết rõ trang trại, thời gian nuôi và ngày xuất chuồng.
Trong tháng đầu tiên, HTX bán được hơn 2.000 con gà qua kênh trực tuyến, giá cao hơn bán cho thương lái khoảng 10%.
""", author="Ngô Thị Lan",
          opts={"slug": "htx-ga-doi-yen-the-len-san", "author": "Ngô Thị Lan", "tags": ["chuyen-doi-so", "ocop"],
                "index_html": True},
          notes=["no byline in the text: the author field is a person ('written by Ngô Thị Lan') -> author; "
                 "/gioi-thieu/ links it as /blog/<slug>/index.html (the same file): an alias"],
          **on(datetime(2025, 4, 22))),
        A(path="", title="Ra mắt HTX Dịch vụ nông nghiệp Tân Sỏi",
          body="""
Ngày 17/3, HTX Dịch vụ nông nghiệp Tân Sỏi (huyện Yên Thế) ra mắt với 18 thành viên.
HTX cung ứng giống, phân bón, dịch vụ làm đất và tiêu thụ sản phẩm lúa, ổi, gà đồi cho thành viên.
""", author=None,
          opts={"slug": "ra-mat-htx-tan-soi", "author": "", "tags": ["thanh-lap-htx"]},
          notes=["no byline and an empty author field ('written by on 2025-03-18'): author null; only on the blog "
                 "index's /blog/page/2/"],
          **on(datetime(2025, 3, 18))),
        A(path="", title="HTX Mỳ Chũ Nam Dương mở rộng xưởng sản xuất",
          body="""
HTX Sản xuất và kinh doanh mỳ Chũ Nam Dương (thị xã Chũ) vừa đưa vào sử dụng xưởng sản xuất mới rộng 1.200 m².
Xưởng được đầu tư dây chuyền sấy khép kín, nâng công suất lên 3 tấn mỳ mỗi ngày.
Sản phẩm mỳ Chũ của HTX đã đạt chứng nhận OCOP 4 sao và có mặt tại nhiều siêu thị ở Hà Nội.
""", byline="Dương Minh Tuấn", author="Dương Minh Tuấn",
          opts={"slug": "htx-my-chu-nam-duong", "author": "BBT", "tags": ["ocop"], "byline": "em"},
          notes=["the bare name 'Dương Minh Tuấn' (italic) closes the text -> author; on /blog/page/2/"],
          **on(datetime(2025, 2, 25))),
        A(path="", title="Liên minh HTX tỉnh Bắc Giang tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
## Kết quả năm 2024
Toàn tỉnh thành lập mới 58 HTX; Quỹ hỗ trợ phát triển HTX cho 31 HTX vay 14,6 tỷ đồng.
## Phương hướng năm 2025
Liên minh HTX tỉnh tập trung xây dựng các HTX kiểu mới gắn với chuỗi giá trị vải thiều, gà đồi và rau an toàn.
""", byline="Bài, ảnh: Nguyễn Thu Hà", author="Nguyễn Thu Hà",
          opts={"slug": "tong-ket-cong-tac-2024", "author": "BBT", "tags": ["hoi-nghi"], "byline": "strong",
                "caption": "next"},
          notes=["oldest post: only on /blog/page/2/ (and its tag page); two ### headings (<h3>), a photo with the "
                 "caption as the next italic paragraph; 'Bài, ảnh: Nguyễn Thu Hà' -> author"],
          **on(datetime(2024, 12, 27))),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-giang", PROJECT + " (Lektor)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.path = f"/blog/{a.opts['slug']}/"
    tags = sorted({t for a in posts for t in a.opts["tags"]})

    def inline(text: str) -> str:
        out = esc(text)
        return re.sub(r"\*\*(.+?)\*\*", r"<strong>\1</strong>", out)

    def md(a: Post, page: str) -> str:
        """mistune 0.8 through Lektor's renderer: links and images relative to the page being built."""
        out = []
        for b in a.blocks:
            if b.kind == "p":
                out.append(f"<p>{inline(b.text)}</p>\n")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>\n")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>\n" + "".join(f"<li>{inline(i)}</li>\n" for i in b.items) + f"</{b.kind}>\n")
            elif b.kind == "img":
                src = rel(page, a.path + b.src)
                if a.opts.get("caption") == "same":
                    out.append(f'<p><img src="{src}" alt="">\n<em>{esc(b.text)}</em></p>\n')
                else:
                    out.append(f'<p><img src="{src}" alt="{esc(b.text)}"></p>\n<p><em>{esc(b.text)}</em></p>\n')
            elif b.kind == "table":
                head, *rows = b.rows
                out.append("<table>\n<thead>\n<tr>\n" + "".join(f"<th>{esc(c)}</th>\n" for c in head) + "</tr>\n</thead>\n"
                           "<tbody>\n" + "".join("<tr>\n" + "".join(f"<td>{esc(c)}</td>\n" for c in r) + "</tr>\n" for r in rows)
                           + "</tbody>\n</table>\n")
        if a.byline:
            kind = a.opts.get("byline")
            if kind == "right":
                out.append(f'<p align="right"><strong>{esc(a.byline)}</strong></p>\n')
            elif kind == "em":
                out.append(f"<p><em>{esc(a.byline)}</em></p>\n")
            else:
                out.append(f"<p><strong>{esc(a.byline)}</strong></p>\n")
        if a.opts.get("file"):
            f, text = a.opts["file"]
            out.append(f'<p>Tải về: <a href="{rel(page, a.path + f)}">{esc(text)}</a></p>\n')
        return "".join(out)

    def layout(page: str, title: str, body: str) -> str:
        lis = []
        for href, label in NAV:
            active = (page == "/") if href == "/" else page.startswith(href)
            lis.append(f'        <li{" class=" + chr(34) + "active" + chr(34) if active else ""}><a href="{rel(page, href)}">{label}</a></li>')
        return f"""<!doctype html>
<meta charset="utf-8">
<link rel="stylesheet" href="{rel(page, '/static/style.css')}">
<link rel="alternate" type="application/atom+xml" title="Tin hoạt động" href="{rel(page, '/blog/feed.xml')}">
<title>{esc(title)} — {PROJECT}</title>
<body>
  <header>
    <h1>{PROJECT}</h1>
    <nav>
      <ul class="nav navbar-nav">
{chr(10).join(lis)}
      </ul>
    </nav>
  </header>
  <div class="page">
    {body}
  </div>
  <footer>
    {FOOTER}
  </footer>
</body>
"""

    def render_post(a: Post, page: str, from_index: bool) -> str:
        h2 = f'<h2><a href="{rel(page, a.path)}">{esc(a.title)}</a></h2>' if from_index else f"<h2>{esc(a.title)}</h2>"
        return (f'\n  <div class="blog-post">\n  \n    {h2}\n  \n  <p class="meta">\n    written by\n    \n      '
                f'{esc(a.opts["author"])}\n    \n    on {a.date:%Y-%m-%d}\n  </p>\n  {md(a, page)}\n  </div>\n')

    for a in posts:
        page = a.path
        tag_html = ""
        if a.opts["tags"]:
            tag_html = ("\n  <ul>\n    " + "".join(f'<li>\n        <a href="{rel(page, f"/blog/tag/{t}/")}">\n          All posts tagged '
                                                     f"{esc(t)}\n        </a>\n      </li>\n    " for t in a.opts["tags"]) + "\n  </ul>\n")
        html = layout(page, a.title, render_post(a, page, False) + tag_html)
        site.page(page, html)
        if a.opts.get("index_html"):
            site.same_page(page + "index.html", page)
            a.aliases.append(page + "index.html")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(a.path + b.src, image_for(a.path + b.src))
        if a.opts.get("file"):
            f, text = a.opts["file"]
            site.binary(a.path + f, pdf(a.title, ["LIEN MINH HTX TINH BAC GIANG", "THONG BAO SO 12/TB-LMHTX",
                                                  "Lop boi duong kien thuc quan ly HTX nam 2025"]))
            a.attachments = [{"path": a.path + f, "text": text}]
        site.add_article(a)

    # -- blog index, 5 a page, every post whole
    chunks = [posts[i:i + PER_PAGE] for i in range(0, len(posts), PER_PAGE)]
    urls = ["/blog/"] + [f"/blog/page/{n}/" for n in range(2, len(chunks) + 1)]
    for n, chunk in enumerate(chunks):
        page = urls[n]
        prev = (f'<a href="{rel(page, urls[n - 1])}">&laquo; Previous</a>' if n > 0 else
                '<span class="disabled">&laquo; Previous</span>')
        nxt = (f'<a href="{rel(page, urls[n + 1])}">Next &raquo;</a>' if n + 1 < len(chunks) else
               '<span class="disabled">Next &raquo;</span>')
        body = ("".join(render_post(a, page, True) for a in chunk)
                + f'\n\n  <div class="pagination">\n    \n      {prev}\n    \n    | {n + 1} |\n    \n      {nxt}\n    \n  </div>\n')
        site.page(page, layout(page, BLOG_TITLE, body))
        site.non_articles.append(page)
    site.trap("blog index /blog/ and /blog/page/2/: every post printed WHOLE in the post's own div.blog-post (h2 with a "
              "link, 'written by … on …', the full text, bylines included), '« Previous | 2 | Next »': lists",
              "/blog/page/2/")

    # -- tag pages: the plugin's bare default template
    for t in tags:
        page = f"/blog/tag/{t}/"
        items = "".join(f'\n    <li><a href="{rel(page, a.path)}">{a.opts["slug"]}</a></li>\n  ' for a in posts if t in a.opts["tags"])
        site.page(page, f"<h1>Tag: {esc(t)}</h1>\n<h1>Items:</h1>\n<ul>\n  {items}\n</ul>\n")
        site.non_articles.append(page)
    site.trap("tag pages /blog/tag/<tag>/ (lektor-tags' default template, no layout at all: '<h1>Tag: ocop</h1>"
              "<h1>Items:</h1>' and links named by the posts' folder names): lists", "/blog/tag/ocop/")

    # -- pages (page.html: the title in an <h2>, then the body)
    alias = next(a for a in posts if a.opts.get("index_html"))
    pages = {
        "/": ("Chào mừng đến với trang thông tin Liên minh HTX tỉnh Bắc Giang!",
              "<p>Trang thông tin đăng tải tin hoạt động, văn bản và báo cáo của Liên minh Hợp tác xã tỉnh Bắc Giang.</p>\n"
              f'<p>Xem các tin mới tại mục <a href="{rel("/", "/blog/")}">Tin hoạt động</a>.</p>\n'),
        "/gioi-thieu/": ("Giới thiệu",
                         "<p>Liên minh Hợp tác xã tỉnh Bắc Giang là tổ chức đại diện, hỗ trợ các HTX, liên hiệp HTX và tổ "
                         "hợp tác trên địa bàn tỉnh.</p>\n<p>Mô hình tiêu biểu: "
                         f'<a href="{rel("/gioi-thieu/", alias.path + "index.html")}">{esc(alias.title)}</a></p>\n'),
        "/bao-cao/": ("Báo cáo",
                      "<p>Các báo cáo tổng hợp của Liên minh HTX tỉnh:</p>\n<ul>\n"
                      '<li><a href="bao-cao-kttt-nam-2024.pdf">Báo cáo tình hình kinh tế tập thể năm 2024</a></li>\n'
                      '<li><a href="bao-cao-kttt-6-thang-2024.pdf">Báo cáo tình hình kinh tế tập thể 6 tháng đầu năm 2024</a></li>\n'
                      "</ul>\n"),
    }
    for page, (title, body) in pages.items():
        site.page(page, layout(page, title, f"\n  <h2>{esc(title)}</h2>\n  {body}\n"))
        site.non_articles.append(page)
    for f in ("bao-cao-kttt-nam-2024.pdf", "bao-cao-kttt-6-thang-2024.pdf"):
        site.binary(f"/bao-cao/{f}", pdf(f, ["LIEN MINH HTX TINH BAC GIANG", "BAO CAO TINH HINH KINH TE TAP THE"]))
    site.trap("pages / (the quickstart's welcome page), /gioi-thieu/ and /bao-cao/ (a list of report PDFs): the same "
              "layout, the title in an <h2> like a post's, no meta line: not articles; /gioi-thieu/ links a post as "
              "/blog/<slug>/index.html", "/bao-cao/")

    # -- Atom feed (lektor-atom: dates are the pub_date at midnight UTC), sitemap, robots
    entries = "".join(
        f'\n  <entry xml:base="{B}{a.path}">\n    <title type="text">{esc(a.title)}</title>\n    <id>urn:uuid:{a.opts["slug"]}</id>\n'
        f"    <updated>{a.date:%Y-%m-%d}T00:00:00Z</updated>\n    <link href=\"{B}{a.path}\" />\n"
        f"    <author>\n      <name>{esc(a.opts['author'] or PROJECT)}</name>\n    </author>\n"
        f'    <content type="html">{esc(re.sub(r"(href|src)=.", lambda m: m.group(0) + B + "/", md(a, "/")))}</content>\n  </entry>'
        for a in posts)
    site.page("/blog/feed.xml", '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n'
              f'  <title type="text">{BLOG_TITLE}</title>\n  <id>urn:uuid:blog</id>\n  <updated>{posts[0].date:%Y-%m-%d}T00:00:00Z</updated>\n'
              f'  <link href="{B}/blog/" />\n  <link href="{B}/blog/feed.xml" rel="self" />\n'
              f"  <author>\n    <name>{PROJECT}</name>\n  </author>\n  <generator>Lektor Atom Plugin</generator>{entries}\n</feed>\n",
              content_type="application/atom+xml; charset=utf-8")
    site.trap("Atom feed /blog/feed.xml (lektor-atom, linked in every page's head): <updated> is the pub_date at "
              "midnight 'Z', the whole post as content", "/blog/feed.xml")
    urls_all = ["/", "/blog/"] + [a.path for a in posts] + ["/bao-cao/", "/gioi-thieu/"]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"\n  <url><loc>{B}{u}</loc></url>" for u in urls_all) + "\n</urlset>\n",
              content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow:\n\nSitemap: {{base}}/sitemap.xml\n")
    site.static("/static/style.css", "body {\n    font-family: 'Verdana', sans-serif;\n    margin: 50px 25px;\n}\n")
    return site
