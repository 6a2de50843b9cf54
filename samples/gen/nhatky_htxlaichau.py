"""Site `nhatky-htxlaichau` (registry family `generic`): "Nhật ký HTX Lai Châu", the notebook the Lai Châu cooperative
alliance's office keeps on **Bear Blog** (bearblog.dev, a custom domain; the default theme, dates in the default
format `d M, Y`, the blog's language set to `vi`; the copy is of 20 May 2025). Written as a held-out test: no family
module, no selectors.

URL shapes: a post `/<slug>/` (Django's `slugify` of the title: accents dropped, and `đ`/`Đ` - which has no
decomposition - dropped with them: "Đoàn công tác" -> `oan-cong-tac`); the same post without its slash `/<slug>`
answers 301 to `/<slug>/` (Django's APPEND_SLASH; a post links one so); pages `/gioi-thieu/`, `/lien-he/` (no
date); the blog list `/blog/` (every post: `<time>` date and title, no pager: Bear Blog has no page 2; the tags
under it), the tag filter `/blog/?q=<tag>`; the home `/` (an intro and the 5 newest, `{{ posts|limit:5 }}`); the
Atom feed `/feed/` (the head's alternate) and its RSS twin `/feed/?type=rss`; `/sitemap.xml`, `/robots.txt`.

Why it is hard: the page is minimal: `<header>` with the blog's name in an `<h2>`, `<main>` holding the post's
`<h1>`, the date line `<p><i><time datetime="2025-03-05T23:30Z">05 Mar, 2025</time></i></p>`, the Markdown output
(paragraphs, `h2`, lists, a table, `<img>` paragraphs with an italic caption paragraph after them), the tags line
(`#ocop`) and the upvote ("toast") form, all siblings with no content wrapper. Bear renders every date in UTC: a post
published at 06:30 on 6 March reads "05 Mar, 2025" (`datetime` ends in `Z`, the feeds say +00:00). The blog has one
owner (the office): no author field anywhere; only a closing byline names a writer. Bear has no file uploads: the
plan's PDF is on the province's file server (offsite), not an attachment of this site. The oldest post is not on the
home page nor under any tag: only `/blog/`, the feeds and the sitemap reach it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso
from .richbody import RichArticle

SITE = "nhatky-htxlaichau"
NAME = "Nhật ký HTX Lai Châu"
UTC = timedelta(hours=7)
HOME_N = 5
CDN = "{{base:offsite}}/bear-images/lmhtxlaichau"
FOOTER = "Liên minh HTX tỉnh Lai Châu - Tổ 13, phường Đông Phong, TP Lai Châu - ĐT: 0213.3876.208"
FURN = [FOOTER, "Powered by Bear ʕ•ᴥ•ʔ", "#ocop", "#thongbao", "#solieu", "#hoatdong"]
NOW = datetime(2025, 5, 20, 9, 0)


def slugify(title: str) -> str:
    """Django's slugify: NFKD, ASCII only (đ has no decomposition: dropped), [^\\w\\s-] removed, spaces to hyphens."""
    t = unicodedata.normalize("NFKD", title).encode("ascii", "ignore").decode("ascii")
    t = re.sub(r"[^\w\s-]", "", t.lower())
    return re.sub(r"[-\s]+", "-", t).strip("-_")


def u(d: datetime) -> datetime:
    return d - UTC


def shown(d: datetime) -> str:
    return f"{u(d):%d %b, %Y}"


def dt_attr(d: datetime) -> str:
    return f"{u(d):%Y-%m-%dT%H:%M}Z"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element"])

    return [
        A(path="", title="Kế hoạch số 12/KH-LMHTX tổ chức Tuần lễ giới thiệu sản phẩm HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH LAI CHÂU
Số: 12/KH-LMHTX
Lai Châu, ngày 15 tháng 4 năm 2025
KẾ HOẠCH
Tổ chức Tuần lễ giới thiệu sản phẩm HTX năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Quảng bá sản phẩm chè, gạo, dược liệu của các HTX; kết nối HTX với doanh nghiệp và người tiêu dùng.
## II. THỜI GIAN, ĐỊA ĐIỂM
- Thời gian: từ ngày 20/5/2025 đến ngày 26/5/2025.
- Địa điểm: Quảng trường Nhân dân tỉnh, TP Lai Châu.
## III. TỔ CHỨC THỰC HIỆN
Các HTX đăng ký gian hàng với Văn phòng Liên minh HTX tỉnh trước ngày 10/5/2025.
CHỦ TỊCH
Lò Văn Thanh
""", author=None, doc_number="12/KH-LMHTX",
          opts={"tags": ["thongbao"]},
          notes=["plan 'Số: 12/KH-LMHTX' dated 15/4 in its text, published 18/04 10:00 ('18 Apr, 2025', datetime "
                 "'2025-04-18T03:00Z'); h2 headings; the signer is text, not the author (the blog has no author field)"],
          **at(datetime(2025, 4, 18, 10, 0))),
        A(path="", title="Ảnh: HTX chè Tả Lèng vào vụ chè xuân",
          body="""
Đầu tháng 4, các thành viên HTX chè Tả Lèng (huyện Tam Đường) thu hái lứa chè xuân đầu tiên.
[img ta-leng-1.webp] Thành viên HTX hái chè một tôm hai lá trên đồi chè Tả Lèng
[img ta-leng-2.webp] Chè búp tươi được đưa về xưởng sao sấy của HTX ngay trong ngày
[img ta-leng-3.webp] Sản phẩm chè Tả Lèng đã được công nhận OCOP 4 sao
Vụ xuân năm nay HTX dự kiến thu 45 tấn chè búp tươi, cao hơn năm trước 8 tấn.
""", byline="Bài và ảnh: Giàng A Tủa", author="Giàng A Tủa",
          opts={"tags": ["ocop", "hoatdong"]},
          notes=["photo story: Markdown images (Bear's image CDN, offsite) each in a <p>, an italic caption paragraph "
                 "after each (one line each); 'Bài và ảnh: Giàng A Tủa' -> author; a later post links it without its "
                 "trailing slash (/<slug>: 301 to /<slug>/): an alias"],
          **at(datetime(2025, 4, 9, 15, 20))),
        A(path="", title="Số liệu HTX trồng chè tỉnh Lai Châu năm 2024",
          body="""
Năm 2024, toàn tỉnh có 38 HTX trồng và chế biến chè với tổng diện tích liên kết hơn 2.100 ha.
| Huyện, thành phố | Số HTX | Diện tích (ha) | Sản lượng chè búp tươi (tấn) |
| Tam Đường | 14 | 820 | 6.150 |
| Tân Uyên | 11 | 760 | 5.880 |
| Than Uyên | 7 | 310 | 2.040 |
| TP Lai Châu | 6 | 215 | 1.390 |
Các HTX ở Tam Đường và Tân Uyên chiếm hơn 70% sản lượng chè của tỉnh.
""", byline="Lường Thị Hoa", author="Lường Thị Hoa",
          opts={"tags": ["solieu"]},
          notes=["a Markdown table (thead th, tbody td): one line per row; the bare name 'Lường Thị Hoa' closes it -> "
                 "author"],
          **at(datetime(2025, 3, 27, 16, 45))),
        A(path="", title="Những điều HTX cần biết khi đăng ký đánh giá sản phẩm OCOP",
          body="""
Để sản phẩm được đánh giá, phân hạng OCOP, HTX cần chuẩn bị kỹ hồ sơ và đáp ứng các tiêu chí theo Bộ tiêu chí năm 2024.
## Hồ sơ cần chuẩn bị
+ Phiếu đăng ký sản phẩm tham gia Chương trình OCOP;
+ Phương án sản xuất, kinh doanh sản phẩm;
+ Giấy chứng nhận an toàn thực phẩm và kết quả kiểm nghiệm;
+ Hồ sơ về nhãn mác, bao bì và truy xuất nguồn gốc.
HTX nộp hồ sơ về UBND cấp huyện trước ngày 30/6 hằng năm.
""", byline="Vàng Thị Mai - Trung tâm Khuyến nông", author="Vàng Thị Mai",
          opts={"tags": ["ocop"]},
          notes=["an h2 and a numbered list (<ol>); byline 'Vàng Thị Mai - Trung tâm Khuyến nông' -> Vàng Thị Mai"],
          **at(datetime(2025, 3, 14, 9, 10))),
        A(path="", title="Đoàn công tác Liên minh HTX tỉnh làm việc với HTX dược liệu Sìn Hồ",
          body="""
Chiều 5/3, đoàn công tác của Liên minh HTX tỉnh đã làm việc với HTX Dược liệu Sìn Hồ về kế hoạch mở rộng vùng trồng sâm.
HTX hiện có 23 thành viên, trồng 18 ha sâm Lai Châu và thảo quả dưới tán rừng.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng nhà sơ chế và kết nối tiêu thụ với doanh nghiệp dược.
""", author=None,
          opts={"tags": ["hoatdong"]},
          notes=["posted at 06:30 on 6 March about the afternoon before: Bear renders in UTC, the page shows '05 Mar, "
                 "2025' (datetime '2025-03-05T23:30Z', the feeds '2025-03-05T23:30:00+00:00'); published = 2025-03-06 06:30; "
                 "no byline: author null; the slug drops the 'Đ' of 'Đoàn' (/oan-cong-tac-…/)"],
          **at(datetime(2025, 3, 6, 6, 30))),
        A(path="", title="HTX Nông nghiệp Phúc Khoa mở rộng vùng trồng mắc ca",
          body="""
HTX Nông nghiệp Phúc Khoa (huyện Tân Uyên) đã mở rộng diện tích trồng mắc ca xen chè lên 60 ha.
Cây mắc ca cho thu hoạch từ năm thứ tư, mỗi héc-ta mang lại 80 - 100 triệu đồng mỗi năm.
HTX đang hoàn thiện hồ sơ đề nghị công nhận sản phẩm hạt mắc ca sấy là sản phẩm OCOP.
""", byline="Theo Báo Lai Châu", author=None,
          opts={"tags": ["ocop"]},
          notes=["closed by 'Theo Báo Lai Châu' (a newspaper): a reprint, no author"],
          **at(datetime(2025, 2, 19, 14, 0))),
        A(path="", title="HTX Chè Tân Uyên ký kết hợp đồng xuất khẩu chè sang Đài Loan",
          body="""
Ngày 10/2, HTX Chè Tân Uyên ký hợp đồng xuất khẩu 120 tấn chè ô long sang Đài Loan (Trung Quốc) trong năm 2025.
Đây là năm thứ ba HTX xuất khẩu chè, sản lượng tăng gấp đôi so với năm 2024.
Cùng thời điểm, các HTX chè Tả Lèng cũng vào [[vụ chè xuân|/ta-leng-alias]] với nhiều đơn hàng mới.
""", byline="Nguyễn Văn Khánh", author="Nguyễn Văn Khánh",
          opts={"tags": ["hoatdong"], "links_alias": True},
          notes=["the bare name 'Nguyễn Văn Khánh' closes the text: the author; its text links the photo story without "
                 "the trailing slash"],
          **at(datetime(2025, 2, 12, 11, 30))),
        A(path="", title="Liên minh HTX tỉnh Lai Châu tổng kết công tác năm 2024",
          body="""
Ngày 9/1, Liên minh HTX tỉnh Lai Châu tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.webp] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 21 HTX, tổ chức 9 lớp tập huấn cho 480 cán bộ HTX.
""", byline="Tin, ảnh: Sùng A Páo", author="Sùng A Páo",
          opts={"tags": []},
          notes=["the oldest post: not on the home page (its 5 newest), no tag; only /blog/ (Bear has no page 2: the one "
                 "full list), the feeds and the sitemap reach it; 'Tin, ảnh: Sùng A Páo' -> author"],
          **at(datetime(2025, 1, 10, 15, 0))),
    ]


def content_html(a: RichArticle, alias_path: str) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text).replace('/ta-leng-alias', alias_path)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n"
                       "<tbody>\n" + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p><img src="{CDN}/{b.src}" alt="{attr(b.text)}" loading="lazy"></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    return "\n".join(out)


STYLE = ("<style>\n        :root {\n            --width: 720px;\n            --font-main: Verdana, sans-serif;\n"
         "            --background-color: #fff;\n            --heading-color: #222;\n            --text-color: #444;\n"
         "            --link-color: #3273dc;\n        }\n        body {\n            font-family: var(--font-main);\n"
         "            max-width: var(--width);\n            margin: auto;\n            padding: 20px;\n"
         "            word-wrap: break-word;\n            line-height: 1.5;\n        }\n        ul.blog-posts li span "
         "{\n            flex: 0 0 130px;\n        }\n    </style>")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lai-chau", f"{NAME} (Bear Blog)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/feed/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/{slugify(a.title)}/"
    photo = next(a for a in arts if a.title.startswith("Ảnh:"))
    alias = photo.path.rstrip("/")

    def head(title: str, desc: str, canon: str, article: RichArticle | None = None) -> str:
        og = ""
        if article:
            img = article.first_image()
            og = (f'\n    <meta property="og:type" content="article">\n    <meta property="article:published_time" '
                  f'content="{u(article.date):%Y-%m-%dT%H:%M:%S}+00:00">'
                  + (f'\n    <meta property="og:image" content="{CDN}/{img}">' if img else "")
                  + "".join(f'\n    <meta property="article:tag" content="{t}">' for t in article.opts["tags"]))
        return f"""<head>
    <meta http-equiv="content-type" content="text/html; charset=utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <link rel="shortcut icon" href="data:image/svg+xml,<svg xmlns=%22http://www.w3.org/2000/svg%22 viewBox=%220 0 100 100%22><text y=%22.9em%22 font-size=%2290%22>🍵</text></svg>">
    <title>{esc(title)}</title>
    <link rel="canonical" href="{{{{base}}}}{canon}">
    <meta name="description" content="{attr(desc)}">
    <meta name="lang" content="vi">
    <meta property="og:site_name" content="{attr(NAME)}">
    <meta property="og:title" content="{attr(title)}">
    <meta property="og:description" content="{attr(desc)}">
    <meta property="og:url" content="{{{{base}}}}{canon}">{og}
    <meta name="twitter:card" content="summary">
    <link rel="alternate" type="application/atom+xml" title="{attr(NAME)}" href="/feed/">
    {STYLE}
</head>"""

    def layout(body_class: str, head_html: str, main: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">

{head_html}

<body class="{body_class}">
    <header>
        <a class="title" href="/">
            <h2>{esc(NAME)}</h2>
        </a>
        <nav>
            <p><a href="/">Trang chủ</a> <a href="/blog/">Nhật ký</a> <a href="/gioi-thieu/">Giới thiệu</a> <a href="/lien-he/">Liên hệ</a> <a href="/feed/">RSS</a></p>

        </nav>
    </header>
    <main>
{main}
    </main>
    <footer>
        <span>
            {esc(FOOTER)}
        </span>
        <span>
            Powered by <a href="{{{{base:offsite}}}}/bearblog/">Bear ʕ•ᴥ•ʔ</a>
        </span>
    </footer>
</body>

</html>
"""

    for i, a in enumerate(arts):
        tags = ("\n        <p class=\"tags\">\n" + "\n".join(f'            <a href="/blog/?q={t}">#{t}</a>' for t in a.opts["tags"])
                + "\n        </p>") if a.opts["tags"] else ""
        uid = hashlib.md5(a.path.encode()).hexdigest()[:20]
        main = f"""        <h1>{esc(a.title)}</h1>
        <p>
            <i>
                <time datetime="{dt_attr(a.date)}">
                    {shown(a.date)}
                </time>
            </i>
        </p>
        {content_html(a, alias)}
{tags}
        <form id="upvote-form" action="/upvote/" method="post" style="display: inline">
            <small>
                <input hidden type="text" name="uid" value="{uid}" required>
                <input hidden type="text" name="title" value="{attr(a.title)}" required>
                <button class="upvote-button" title="Toast this post">
                    <svg xmlns="http://www.w3.org/2000/svg" width="24" height="24" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" stroke-linecap="round" stroke-linejoin="round" class="css-i6dzq1"><polyline points="17 11 12 6 7 11"></polyline><polyline points="17 18 12 13 7 18"></polyline></svg>
                    <small class="upvote-count">{3 + (i * 5) % 11}</small>
                </button>
            </small>
        </form>
"""
        site.page(a.path, layout("post", head(f"{a.title} | {NAME}", a.summary(), a.path, a), main))
        if a is photo:
            site.redirect(alias, a.path, 301)
            a.aliases.append(alias)
        site.add_article(a)

    def post_list(items: list[RichArticle], css: str = "blog-posts") -> str:
        lis = "".join(f"""
        <li>
            <span>
                <i>
                    <time datetime="{dt_attr(a.date)}">
                        {shown(a.date)}
                    </time>
                </i>
            </span>
            <a href="{a.path}">{esc(a.title)}</a>
        </li>
""" for a in items)
        return f'<ul class="{css}">{lis}\n</ul>'

    intro = ("<p>Ghi chép hoạt động của Liên minh Hợp tác xã tỉnh Lai Châu: kế hoạch, số liệu và những mô hình HTX "
             "tiêu biểu trên địa bàn tỉnh.</p>\n<h3>Bài mới</h3>\n")
    site.page("/", layout("home", head(NAME, "Ghi chép hoạt động của Liên minh HTX tỉnh Lai Châu", "/"),
                          "        " + intro + post_list(arts[:HOME_N], "embedded blog-posts")))
    site.non_articles.append("/")
    tags = sorted({t for a in arts for t in a.opts["tags"]})
    tag_links = "\n".join(f'<a href="/blog/?q={t}">#{t}</a>' for t in tags)
    site.page("/blog/", layout("blog", head(f"Nhật ký | {NAME}", "", "/blog/"),
                               f"        <content>\n{post_list(arts)}\n        </content>\n        <small>\n            "
                               f"<div>\n{tag_links}\n            </div>\n        </small>"))
    site.non_articles.append("/blog/")
    site.trap("home page: an intro and the 5 newest posts ({{ posts|limit:5 }}: <time> date and title); /blog/ lists "
              "every post (no pager: Bear Blog has no page 2), its tags below", "/blog/")
    for t in tags:
        path = f"/blog/?q={t}"
        items = [a for a in arts if t in a.opts["tags"]]
        site.page(path, layout("blog", head(f"Nhật ký | {NAME}", "", "/blog/"),
                               f"        <content>\n<p>Lọc theo: <b>#{t}</b> <small><a href=\"/blog/\">×</a></small></p>\n"
                               f"{post_list(items)}\n        </content>"))
        site.non_articles.append(path)
    site.trap("tag filter /blog/?q=<tag> (the '#tag' links under a post): lists", "/blog/?q=ocop")
    for path, title, body in [
            ("/gioi-thieu/", "Giới thiệu", "<p>Nhật ký HTX Lai Châu do Văn phòng Liên minh HTX tỉnh Lai Châu cập nhật.</p>"
             "\n<p>Mọi thông tin xin gửi về Văn phòng Liên minh HTX tỉnh.</p>"),
            ("/lien-he/", "Liên hệ", "<p>Email: lienminhhtx@laichau.gov.vn</p>\n<p>Điện thoại: 0213.3876.208</p>")]:
        site.page(path, layout("page", head(f"{title} | {NAME}", "", path), f"        <h1>{title}</h1>\n        {body}\n"))
        site.non_articles.append(path)
    site.trap("pages /gioi-thieu/ and /lien-he/ (an <h1>, text, no date line, no upvote): no articles", "/gioi-thieu/")

    def atom() -> str:
        entries = "".join(f"""
  <entry>
    <id>{{{{base}}}}{a.path}</id>
    <title>{esc(a.title)}</title>
    <updated>{u(a.date):%Y-%m-%dT%H:%M:%S}+00:00</updated>
    <author><name>{esc(NAME)}</name></author>
    <content type="html">{esc(content_html(a, alias))}</content>
    <link href="{{{{base}}}}{a.path}" rel="alternate"/>
    <published>{u(a.date):%Y-%m-%dT%H:%M:%S}+00:00</published>
  </entry>""" for a in arts)
        return (f'<?xml version=\'1.0\' encoding=\'UTF-8\'?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi">\n'
                f"  <id>{{{{base}}}}/</id>\n  <title>{esc(NAME)}</title>\n  <updated>{u(arts[0].date):%Y-%m-%dT%H:%M:%S}+00:00"
                f"</updated>\n  <author><name>{esc(NAME)}</name></author>\n  <link href=\"{{{{base}}}}/\" rel=\"alternate\"/>\n"
                f"  <link href=\"{{{{base}}}}/feed/\" rel=\"self\"/>\n  <generator uri=\"https://lkiesow.github.io/python-feedgen\" "
                f"version=\"1.0.0\">python-feedgen</generator>{entries}\n</feed>\n")

    def rss() -> str:
        items = "".join(f"""
    <item>
      <title>{esc(a.title)}</title>
      <link>{{{{base}}}}{a.path}</link>
      <description>{esc(content_html(a, alias))}</description>
      <guid isPermaLink="false">{{{{base}}}}{a.path}</guid>
      <pubDate>{u(a.date):%a, %d %b %Y %H:%M:%S} +0000</pubDate>
    </item>""" for a in arts)
        return (f'<?xml version=\'1.0\' encoding=\'UTF-8\'?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" '
                f'xmlns:content="http://purl.org/rss/1.0/modules/content/" version="2.0">\n  <channel>\n    <title>{esc(NAME)}'
                f"</title>\n    <link>{{{{base}}}}/</link>\n    <description>{esc(NAME)}</description>\n    <language>vi</language>"
                f"\n    <lastBuildDate>{u(NOW):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate>{items}\n  </channel>\n</rss>\n")

    site.page("/feed/", atom(), content_type="application/atom+xml; charset=utf-8")
    site.page("/feed/?type=rss", rss(), content_type="application/rss+xml; charset=utf-8")
    site.trap("Atom feed /feed/ (python-feedgen; every post, the whole HTML as content) and /feed/?type=rss: dates in "
              "UTC (+00:00 / +0000)", "/feed/")
    sm = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          + "".join(f"  <url>\n    <loc>{{{{base}}}}{p}</loc>\n    <lastmod>{d}</lastmod>\n  </url>\n" for p, d in
                    [(a.path, f"{u(a.date):%Y-%m-%d}") for a in arts] + [("/gioi-thieu/", "2025-01-02"), ("/lien-he/", "2025-01-02")])
          + "</urlset>\n")
    site.page("/sitemap.xml", sm, content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nAllow: /\nDisallow: /upvote/\n\nSitemap: {{base}}/sitemap.xml\n")
    return site
