"""Site `ghichep-htxphutho` (registry family `generic`): "Ghi chép HTX Phú Thọ", the notebook the office of the Phú
Thọ cooperative alliance keeps on **Mataroa** (the minimal Django blog platform: a blog at ghichephtxphutho.mataroa.blog,
the posts written in Markdown, the interface in English, comments switched on; the platform runs in UTC and keeps a
post's publication as a date without time; the copy is of 20 April 2025, before the province merged). Written as a
held-out test: no family module, no selectors.

URL shapes: a post `/blog/<slug>/` (the slug from the title, ASCII); the old shapes `/posts/<slug>/` and `/post/<slug>/`
answer 301 to it (Mataroa keeps them for imported blogs; a post links the oldest one so: an alias), and `/blog/<slug>`
without the slash answers Django's 301 (a post links one so: an alias); the index `/` (every post, newest first, no
pager: Mataroa has none); the user's pages at the root `/gioi-thieu/`; the RSS `/rss/` (the 10 newest, Django's
feed); the site map `/sitemap.xml` (Django's); the email subscription `/newsletter/` (a CSRF form). No tags, no
categories, no authors, no search, no robots.txt (404), no login link on the blog. Images and files live on other
hosts: uploads on the platform's main host `mataroa.blog/images/…`, the notice's PDF on the alliance's portal.

Why it is hard: the page is almost bare. The blog's name is a plain link `a.posts-item-brand` above the post; the
post is `<article itemscope itemtype="http://schema.org/BlogPosting">` with `h1.posts-item-title`, the line
"Published on <time datetime="2025-03-14" itemprop="datePublished">March 14, 2025</time>" (English, no time) and the
Markdown output in `div.posts-item-body` (`<p>`, `<h2 id=…>`, lists, tables, an image alone in a `<p>` with its caption
typed as the next `*italic*` paragraph, a closing italic byline); after it the comments (`section.comments`: "Thoughts?
Leave a comment", the form, "Comments" with "Name — Mar 15, 2025:") and the tiny footer "Subscribe via RSS / via Email."
and "Powered by mataroa.blog.". The date is the UTC day the author clicked "Publish": the note written after midnight
Vietnam time on 15 March carries "March 14, 2025"; the RSS says "Fri, 14 Mar 2025 00:00:00 +0000" (07:00 in Vietnam if
read as an instant). No author field anywhere: the author is the closing byline's person, else nobody.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from .core import SiteBuild, attr, esc, inline_html, inline_text, iso
from .richbody import RichArticle

SITE = "ghichep-htxphutho"
NAME = "Ghi chép HTX Phú Thọ"
BYLINE = "Ghi chép công việc của Văn phòng Liên minh Hợp tác xã tỉnh Phú Thọ: hội nghị, chuyến công tác, mô hình HTX."
HOST = "ghichephtxphutho.mataroa.blog"
FURN = ["Published on", "Thoughts? Leave a comment", "Name (optional):", "Email (optional and",
        "Subscribe via", "via Email", "Powered by", "mataroa.blog"]
CSS = ("body{max-width:800px;margin:0 auto;padding:0 16px;font-family:sans-serif;line-height:1.5}"
       ".posts-item-byline{color:#666}.comments-author{color:#666}")


def slugify(text: str) -> str:
    """Mataroa's create_post_slug (Django's slugify of the title): accents dropped, 'đ' lost like other non-ASCII."""
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", t)).strip("-_")


def toc_id(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[-\s]+", "-", re.sub(r"[^\w\s-]", "", t)).strip()


def fdate(d: datetime) -> str:
    return f"{d:%B} {d.day}, {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def on(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 05/TB-LMHTX về việc mở lớp tập huấn kế toán HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH PHÚ THỌ
Số: 05/TB-LMHTX
Phú Thọ, ngày 07 tháng 4 năm 2025
THÔNG BÁO
Về việc mở lớp tập huấn kế toán HTX năm 2025
Liên minh HTX tỉnh mở lớp tập huấn nghiệp vụ kế toán cho cán bộ HTX từ ngày 22/4 đến ngày 24/4/2025 tại Trường Trung cấp Kinh tế - Kỹ thuật Phú Thọ.
Mỗi HTX cử 01 cán bộ kế toán tham dự; kinh phí ăn, ở do Liên minh HTX tỉnh hỗ trợ.
Danh sách học viên gửi về Văn phòng Liên minh HTX tỉnh trước ngày 18/4/2025.
Toàn văn thông báo có tại [[Cổng thông tin Liên minh HTX tỉnh (PDF)|{{base:offsite}}/lmhtx-phutho/upload/tb-05-lmhtx-2025.pdf]].
CHỦ TỊCH
Hoàng Văn Thái
""", author=None, doc_number="05/TB-LMHTX", attachments=[],
          opts={"comments": [("HTX Nông nghiệp Văn Lung", "HTX chúng tôi đã gửi danh sách, nhờ Văn phòng xác nhận giúp.",
                              datetime(2025, 4, 9))]},
          notes=["notice 'Số: 05/TB-LMHTX' dated 07/4 in its text, 'Published on April 8, 2025' (a date, no time); the "
                 "signer is text; the PDF lives on the alliance's portal (another host: Mataroa hosts no files), a link in "
                 "the text: no attachment of this site; a member cooperative's comment is not text; no byline: no author"],
          **on(datetime(2025, 4, 8))),
        A(path="", title="Ảnh: HTX chè Phú Hộ vào vụ chè xuân",
          body="""
Đầu tháng 4, các thành viên HTX chè Phú Hộ (thị xã Phú Thọ) bước vào vụ thu hái chè xuân.
[img a8f3k2.jpeg] Thành viên HTX hái chè búp trên đồi chè Phú Hộ
[img b71m0q.jpeg] Chè búp tươi được cân, ghi sổ ngay tại đầu đồi
[img c2x9d4.jpeg] Xưởng chế biến chè xanh của HTX hoạt động hết công suất
Vụ xuân năm nay HTX dự kiến thu mua 150 tấn chè búp tươi của các hộ thành viên.
""", byline="Ảnh và ghi chép: Đỗ Văn Hưng", author="Đỗ Văn Hưng",
          opts={"comments": []},
          notes=["photo story: each image alone in a Markdown <p> (its file on the platform's main host mataroa.blog: "
                 "another host), the caption the next *italic* paragraph (one line each); the closing italic byline "
                 "'Ảnh và ghi chép: Đỗ Văn Hưng' -> author"],
          **on(datetime(2025, 4, 2))),
        A(path="", title="Kết quả hoạt động của các HTX nông nghiệp Phú Thọ quý I năm 2025",
          body="""
Quý I/2025, các HTX nông nghiệp trên địa bàn tỉnh duy trì sản xuất ổn định, doanh thu tăng so với cùng kỳ.
| Lĩnh vực | Số HTX | Doanh thu quý I (tỷ đồng) | So cùng kỳ (%) |
| Trồng trọt | 236 | 98,4 | 106,1 |
| Chè | 74 | 61,2 | 109,5 |
| Chăn nuôi | 41 | 37,6 | 103,8 |
| Dịch vụ tổng hợp | 152 | 144,9 | 105,2 |
Các HTX chè và bưởi có mức tăng doanh thu cao nhất nhờ giá bán ổn định.
""", author=None,
          opts={"comments": []},
          notes=["a Markdown table (thead th, tbody td): one line per row; no byline, and Mataroa has no author field: "
                 "author null"],
          **on(datetime(2025, 3, 27))),
        A(path="", title="Ghi vội sau buổi đối thoại với các HTX ở Thanh Sơn",
          body="""
Tối 14/3, đoàn công tác Liên minh HTX tỉnh đối thoại với đại diện 23 HTX trên địa bàn huyện Thanh Sơn.
Các HTX nêu nhiều khó khăn về vốn, mặt bằng sản xuất và đầu ra cho sản phẩm măng, chè, gỗ rừng trồng.
Lãnh đạo Liên minh HTX tỉnh ghi nhận các kiến nghị và hẹn trả lời bằng văn bản trước cuối tháng 3.
Kết quả hỗ trợ HTX huyện Thanh Sơn năm trước đã được nêu trong [[bài tổng kết năm 2024|{{oldlink}}]].
""", byline="Ghi chép: Nguyễn Thị Thu Hoa", author="Nguyễn Thị Thu Hoa",
          opts={"comments": [("Bùi Quang Vinh", "Mong Liên minh sớm có văn bản trả lời về vốn vay cho HTX măng.",
                              datetime(2025, 3, 15))]},
          notes=["written after the evening meeting of 14/3, after midnight Vietnam time: Mataroa stores the UTC day the "
                 "author published, 'Published on March 14, 2025' (<time datetime='2025-03-14'>): the page's date is 14 "
                 "March, no time; the RSS 'Fri, 14 Mar 2025 00:00:00 +0000' is UTC midnight (07:00 in Vietnam if read as "
                 "an instant); its text links the oldest post by the old shape /posts/<slug>/ (301: an alias); the closing "
                 "'Ghi chép: Nguyễn Thị Thu Hoa' -> author; a comment 'Mar 15, 2025' is not text"],
          **on(datetime(2025, 3, 14))),
        A(path="", title="Những lưu ý khi HTX xây dựng phương án sản xuất kinh doanh",
          body="""
Phương án sản xuất kinh doanh là căn cứ để HTX vay vốn và huy động vốn góp của thành viên.
## Nội dung chính của phương án
* Xác định sản phẩm, dịch vụ chủ lực và thị trường tiêu thụ;
* Tính toán chi phí, doanh thu và lợi nhuận dự kiến theo từng năm;
* Nêu rõ nguồn vốn, tài sản bảo đảm và kế hoạch trả nợ;
* Phân công trách nhiệm của ban quản trị và thành viên.
HTX có thể đề nghị Liên minh HTX tỉnh hỗ trợ tư vấn miễn phí khi xây dựng phương án.
""", byline="Trần Minh Đức - Phòng Tư vấn, hỗ trợ HTX", author="Trần Minh Đức",
          opts={"comments": []},
          notes=["a Markdown h2 (its toc id attribute) and a bulleted list; the closing italic 'Trần Minh Đức - Phòng Tư "
                 "vấn, hỗ trợ HTX' -> Trần Minh Đức"],
          **on(datetime(2025, 3, 5))),
        A(path="", title="HTX bưởi Chí Đám mở rộng vùng trồng bưởi Đoan Hùng",
          body="""
HTX bưởi Chí Đám (huyện Đoan Hùng) vừa mở rộng vùng trồng bưởi đạt chuẩn VietGAP lên 45 ha.
Bưởi Đoan Hùng của HTX đã có mặt tại nhiều siêu thị ở Hà Nội với giá ổn định từ 35.000 đến 45.000 đồng/quả.
HTX đang hoàn thiện hồ sơ nâng hạng sản phẩm bưởi lên OCOP 4 sao.
""", byline="Theo Báo Phú Thọ", author=None,
          opts={"comments": []},
          notes=["closed by 'Theo Báo Phú Thọ': a reprint, no author"],
          **on(datetime(2025, 2, 18))),
        A(path="", title="Một ngày ở HTX Nông nghiệp Văn Lung",
          body="""
Sáng sớm, cánh đồng rau của HTX Nông nghiệp Văn Lung (thị xã Phú Thọ) đã đông người thu hoạch.
HTX hiện có 112 thành viên, mỗi ngày cung ứng khoảng 5 tấn rau cho các bếp ăn tập thể trong tỉnh.
Thông tin về lớp tập huấn kế toán dành cho HTX xem tại [[thông báo của Liên minh HTX tỉnh|{{noslash}}]].
""", byline="Lê Thị Ngọc Ánh", author="Lê Thị Ngọc Ánh",
          opts={"comments": []},
          notes=["the bare name 'Lê Thị Ngọc Ánh' closes the text: the author; its text links the notice as /blog/<slug> "
                 "without the slash (Django's APPEND_SLASH answers 301: an alias) although the notice is newer (the link "
                 "was added when the post was edited)"],
          **on(datetime(2025, 1, 24))),
        A(path="", title="Liên minh HTX tỉnh Phú Thọ tổng kết công tác năm 2024",
          body="""
Ngày 10/1, Liên minh HTX tỉnh Phú Thọ tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img d5t1w8.jpeg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 38 HTX, tổ chức 14 lớp tập huấn cho 900 lượt cán bộ HTX.
""", byline="Tin, ảnh: Phạm Đức Long", author="Phạm Đức Long",
          opts={"comments": []},
          notes=["the oldest post: Mataroa has no pager, so it is the index's last line (and in the site map and the "
                 "RSS); the note of 14 March links it as /posts/<slug>/ (301); 'Tin, ảnh: Phạm Đức Long' -> author"],
          **on(datetime(2025, 1, 13))),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "phu-tho", f"{NAME} (Mataroa)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE], feeds=["{{base:%s}}/rss/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/blog/{slugify(a.title)}/"
    notice, oldest = arts[0], arts[-1]
    oldlink = "/posts/" + oldest.path.split("/")[2] + "/"
    noslash = notice.path.rstrip("/")
    for a in arts:
        a.body = a.body.replace("{{oldlink}}", oldlink).replace("{{noslash}}", noslash)

    def body_html(a: RichArticle) -> str:
        out = []
        for b in a.blocks:
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f'<h2 id="{toc_id(b.text)}">{esc(b.text)}</h2>')
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
            elif b.kind == "table":
                head, *rows = b.rows
                out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                           + "\n</tr>\n</thead>\n<tbody>\n"
                           + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                           + "\n</tbody>\n</table>")
            elif b.kind == "img":
                out.append(f'<p><img alt="{attr(b.src.split(".")[0])}" src="{{{{base:offsite}}}}/mataroa/images/{b.src}"></p>')
                if b.text:
                    out.append(f"<p><em>{esc(b.text)}</em></p>")
        if a.byline:
            out.append(f"<p><em>{esc(a.byline)}</em></p>")
        return "\n".join(out)

    footer = ('<footer>\n    <p>Subscribe via <a href="/rss/">RSS</a> / <a href="/newsletter/">via Email</a>.</p>\n\n    '
              '<p>Powered by <a href="{{base:offsite}}/mataroa/">mataroa.blog</a>.</p>\n</footer>')

    def layout(title: str, desc: str, content: str, head_extra: str = "", script: bool = False) -> str:
        js = ("\n<script>\n    window.addEventListener('keypress', function (evt) {\n        if (evt.key === 'u') {\n"
              "            document.location.assign('/');\n        }\n    });\n</script>\n" if script else "")
        return f"""
<!DOCTYPE html>
<html>
    <head>
        <meta charset="utf-8">
        <title>{esc(title)}</title>
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <link rel="icon" type="image/png" href="data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAACAAAAAgCAYAAABzenr0AAAACXBIWXMAAAsTAAALEwEAmpwYAAAAAXNSR0IArs4c6QAAAARnQU1BAACxjwv8YQUAAAEwSURBVHgB7ZVBTsMwEEX/2GolQEjkBrkBPQI5ATlKd12SLrtr78EinACOkBuQG7QSEiClzuBpWYFUTxxY1W8ZfWe+7fEfIJFInDuEgbwtyjsQlUTm3q/Oj1+58b9qOueW2apuMQC1ge28vJlcmQcwzU8KmdfdR7/M1vUOf2XgUPzSPHv5DCq46d77QmPCQMFh5+riAs0mF7JGoQwJtosyn1j7igjYUXG9enw5pQmegDW2QizkypAkaMAYvkUkZPxLGWvAd/2Au/9FHhKomvA/0RhoEQtLQI00wOifEAvReANwtkYkEs0hTdCAvGMGNhgI99ho5oKqCfdTVx0Hjrp8s/+UNWFUBrKq3nXTvtCchOxcOweEweNYolnS0ZAE1HdGMFpm36xs61D0JhKJxE++AMI7Z3YRUW4wAAAAAElFTkSuQmCC">
        <meta name="description" content="{attr(desc)}">
{head_extra}
        <style>
            {CSS}
        </style>
    </head>

    <body>
{content}
{js}
    </body>
</html>
"""

    def words16(a: RichArticle) -> str:
        words = " ".join(inline_text(x) for b in a.blocks for x in b.lines()).split()
        return " ".join(words[:16]) + (" …" if len(words) > 16 else "")

    # -- posts ------------------------------------------------------------------------------------------------
    cid = 40
    for a in arts:
        slug = a.path.split("/")[2]
        comments = ""
        if a.opts["comments"]:
            lis = []
            for name, text, d in a.opts["comments"]:
                cid += 3
                lis.append(f'        <li id="comment-{cid}">\n\n            <span class="comments-author">\n                '
                           f'{esc(name)}\n                —\n                <a href="#comment-{cid}">{d:%b} {d.day}, {d.year}</a>:'
                           f'\n            </span>\n\n            <div class="comments-body"><p>{esc(text)}</p></div>\n        </li>')
            comments = '\n    <div class="comments-title">Comments</div>\n    <ol>\n' + "\n".join(lis) + "\n    </ol>"
        content = f"""<main>
    <a href="/" class="posts-item-brand">{esc(NAME)}</a>

    <article itemscope itemtype="http://schema.org/BlogPosting">
        <h1 class="posts-item-title" itemprop="name headline">{esc(a.title)}</h1>

        <div class="posts-item-byline">
            Published on <time datetime="{a.date:%Y-%m-%d}" itemprop="datePublished">{fdate(a.date)}</time>
        </div>

        <div class="posts-item-body" itemprop="articleBody">
            {body_html(a)}
        </div>
    </article>
</main>

<section class="comments">
    <div class="comments-title">Thoughts? Leave a comment</div>
    <div class="comments-form">
        <form method="post" action="/blog/{slug}/comments/create/">
            <p>
                <label for="id_name">Name (optional):</label>
                <input type="text" name="name" id="id_name" maxlength="150" value="">
            </p>
            <p>
                <label for="id_email">
                    Email (optional and
                    <span title="Only the blog author can see it." style="text-decoration: underline dashed;">private</span>):
                </label>
                <input type="email" name="email" id="id_email" value="">
            </p>
            <p>
                <label for="id_body">Comment:</label>
                <textarea name="body" id="id_body" cols="60" rows="5"></textarea>
            </p>
            <input type="hidden" name="csrfmiddlewaretoken" value="Xq3vH8kP2mZr0tYb6LwN9cFd1sGj4eAu7iOo5TyRkQe2WnMx">
            <input type="submit" value="Publish comment">
        </form>
    </div>
{comments}
</section>

{footer}
"""
        site.page(a.path, layout(f"{a.title} — {NAME}", words16(a), content, script=False))
        for old in ("posts", "post"):
            site.redirect(f"/{old}/{slug}/", a.path)
        site.add_article(a)
    oldest.aliases.append(oldlink)
    notice.aliases.append(noslash)
    site.extra_boilerplate += [c[1] for a in arts for c in a.opts["comments"]]
    site.trap("every post is followed by Mataroa's comment section ('Thoughts? Leave a comment', the form with its CSRF "
              "token, 'Comments': 'Name — Mar 15, 2025:') and the tiny footer 'Subscribe via RSS / via Email.' + "
              "'Powered by mataroa.blog.': none of it is text", arts[3].path)
    site.trap("/posts/<slug>/ and /post/<slug>/ of every post answer 301 to /blog/<slug>/ (Mataroa's redirects for "
              "imported blogs)", oldlink)

    # -- index, pages, newsletter ------------------------------------------------------------------------------
    lis = "\n".join(f"""        <li>
            <a href="{a.path}">{esc(a.title)}</a>
            <small>
                —
                <time datetime="{a.date:%Y-%m-%d}" itemprop="datePublished">
                    {fdate(a.date)}
                </time>
            </small>
        </li>""" for a in arts)
    index = f"""<nav>
    <a href="/gioi-thieu/">Giới thiệu</a>
</nav>

<main class="blog" itemscope itemtype="http://schema.org/Blog">
    <h1 itemprop="name">{esc(NAME)}</h1>

    <div class="byline" itemprop="about">
        <p>{esc(BYLINE)}</p>
    </div>

    <ul class="posts">
{lis}
    </ul>
</main>

{footer}
"""
    site.page("/", layout(NAME, BYLINE, index, f'        <link rel="alternate" type="application/rss+xml" title="RSS" '
                                              f'href="/rss/">\n        <meta name="description" content="{attr(BYLINE)}">',
                          script=False))
    site.non_articles.append("/")
    site.trap("the index / lists every post (title and '— March 14, 2025'), newest first, with no pager; the blog's "
              "byline paragraph and the page link 'Giới thiệu' above", "/")
    page = f"""<main>
    <a href="/" class="pages-item-brand">{esc(NAME)}</a>

    <h1 class="pages-item-title">Giới thiệu</h1>

    <div class="pages-item-body">
        <p>Trang ghi chép công việc hằng ngày của Văn phòng Liên minh Hợp tác xã tỉnh Phú Thọ.</p>
<p>Địa chỉ: số 1520 đại lộ Hùng Vương, TP Việt Trì. Điện thoại: 0210.3846.326.</p>
    </div>
</main>

{footer}
"""
    site.page("/gioi-thieu/", layout(f"Giới thiệu — {NAME}", "Trang ghi chép công việc hằng ngày của Văn phòng Liên minh "
                                     "Hợp tác xã tỉnh Phú Thọ.", page))
    site.non_articles.append("/gioi-thieu/")
    news = f"""<main>
    <a href="/" class="pages-item-brand">{esc(NAME)}</a>

    <h1>Email newsletter</h1>
    <p>Receive an email when a new post is published.</p>
    <form method="post">
        <p><label for="id_email">Email:</label> <input type="email" name="email" maxlength="254" required id="id_email"></p>
        <input type="hidden" name="csrfmiddlewaretoken" value="Lr8dP1qWz3Kc5Vn0Hy7Tb2Mx9Gf4Sa6Je1UoXk3Ri8Ey5Cw0">
        <input type="submit" value="Submit">
    </form>

    <br>
    <p>
        Or to stop receiving emails,
        <a href="/newsletter/unsubscribe/">unsubscribe</a>.
    </p>
</main>
"""
    site.page("/newsletter/", layout("Email newsletter — ghichephtxphutho", "Blogging platform for minimalists.", news))
    site.page("/newsletter/unsubscribe/", layout("Unsubscribe — ghichephtxphutho", "Blogging platform for minimalists.",
                                                 '<main>\n    <h1>Unsubscribe</h1>\n    <form method="post"><p><label for='
                                                 '"id_email">Email:</label> <input type="email" name="email" id="id_email">'
                                                 '</p><input type="submit" value="Unsubscribe"></form>\n</main>\n'))
    site.non_articles += ["/newsletter/", "/newsletter/unsubscribe/"]
    site.trap("the user's page /gioi-thieu/ (no date) and /newsletter/ (the email subscription: a CSRF form) are no "
              "articles", "/newsletter/")

    # -- feed, site map ------------------------------------------------------------------------------------------
    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>"
                    f"{esc(body_html(a))}</description><pubDate>{a.date:%a, %d %b %Y} 00:00:00 +0000</pubDate><guid>"
                    f"{{{{base}}}}{a.path}</guid></item>" for a in arts[:10])
    site.page("/rss/", f'<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version='
              f'"2.0"><channel><title>{esc(NAME)}</title><link>{{{{base}}}}</link><description>{esc(BYLINE)}</description>'
              f'<atom:link href="{{{{base}}}}/rss/" rel="self"></atom:link><language>en-us</language><lastBuildDate>'
              f"{arts[0].date:%a, %d %b %Y} 00:00:00 +0000</lastBuildDate>{items}</channel></rss>",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("the RSS /rss/ (Django's feed of the 10 newest, the whole text): pubDate the date at 00:00 '+0000'",
              "/rss/")
    lastmods = {a.path: a.date for a in arts}
    lastmods[arts[6].path] = datetime(2025, 4, 10)  # edited after the notice appeared: its link was added
    urls = [("/", None)] + [(a.path, lastmods[a.path]) for a in arts] + [("/gioi-thieu/", datetime(2024, 12, 2))]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
              + "".join(f"<url><loc>{{{{base}}}}{p}</loc>" + (f"<lastmod>{d:%Y-%m-%d}</lastmod>" if d else "")
                        + f"<changefreq>{'always' if p == '/' else 'daily'}</changefreq><priority>"
                        f"{'0.8' if p == '/gioi-thieu/' else '1.0'}</priority></url>\n" for p, d in urls)
              + "</urlset>\n", content_type="application/xml; charset=utf-8")
    site.trap("Django's site map /sitemap.xml: the index, every post (lastmod = the last edit: the Văn Lung post reads "
              "2025-04-10, edited after its publication of 24 January) and the page", "/sitemap.xml")
    return site
