"""Site `blog-htxquangnam` (registry family `generic`): "Sổ tay HTX xứ Quảng", the blog of a group of officers of the
Quảng Nam cooperative alliance (since 1 July 2025 part of Đà Nẵng city), a static site built by **Eleventy 2.0.1** from
**eleventy-base-blog v8** (Nunjucks layouts `base.njk` / `home.njk` / `post.njk`, the postslist include, the image
transform plugin, markdown-it-anchor, the RSS plugin's Atom and JSON feeds, the starter's sitemap), lightly translated
and with a few customisations (OpenGraph tags, an "author" front-matter field, a footer, giscus comments). Written as a
held-out test: no family module, no selectors.

URL shapes: posts `/blog/<slug>/` (also `…/index.html` on the static host; a Netlify `_redirects` rule 301s an old
WordPress address), archive `/blog/` (every post, one page), home `/` (the 3 newest), tags `/tags/` and
`/tags/<slugified Vietnamese>/`, pages `/about/`, `/lien-he/`, feeds `/feed/feed.xml` (Atom, full content) and
`/feed/feed.json`, `/sitemap.xml`.

Why it is hard: the post has NO wrapper: `<main id="skip">` holds the `<h1>`, the `ul.post-metadata` (the date, the
tags, and for some posts "Tác giả: X" from front matter), then the Markdown output as bare siblings, then the
"Bài trước / Bài sau" list and the comments heading. Headings carry markdown-it-anchor's visible "#" link. Dates are
Luxon in UTC (the starter's `readableDate` / `htmlDateString`): a date-only front matter is midnight UTC (right day,
no time), but a post dated `2026-02-06T06:45:00+07:00` shows "05 tháng 2 2026" / `datetime="2026-02-05"`, the day
before; only the added `article:published_time` ("2026-02-05T23:45:00Z") and the feeds carry the instant. Photos are
`<picture>` elements (avif/webp sources, lazy `<img>`) with the caption as the next `<p><em>`. Listings show only
"tháng 3 2026"; the build comment at the end of every page carries the build time. Bylines: a bold last paragraph
("Bài và ảnh: X", "Theo X", "X - Y"), or the front-matter "Tác giả" line (then no byline in the text).
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "blog-htxquangnam"
TITLE = "Sổ tay HTX xứ Quảng"
DESC = "Ghi chép về kinh tế hợp tác, HTX và sản phẩm OCOP vùng Quảng Nam - Đà Nẵng"
OWNER = "Nhóm biên tập Sổ tay HTX"
BUILT = "2026-03-20T02:14:33.512Z"
COMMENTS = "Bình luận"
COMMENTS_NOTE = "Bình luận bằng tài khoản GitHub; bình luận được kiểm duyệt trước khi hiển thị."
FOOTER = ["© 2021–2026 Sổ tay HTX xứ Quảng", "Trang tin do nhóm cán bộ Liên minh HTX khu vực Quảng Nam thực hiện, không phải cổng thông tin chính thức.",
          "Dựng bằng Eleventy", "Theo dõi qua RSS", "Chuyển đến nội dung chính", "← Bài trước", "Bài sau →",
          COMMENTS_NOTE, "Trang chủ", "Lưu trữ", "Giới thiệu", "Liên hệ"]
VI_MONTHS = {m: f"tháng {m}" for m in range(1, 13)}


def slugify(text: str) -> str:
    import re
    import unicodedata
    t = text.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode().lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def img_hash(src: str) -> str:
    """eleventy-img's output name: a 10-character URL-safe hash of the source."""
    import base64
    import hashlib
    return base64.urlsafe_b64encode(hashlib.sha256(src.encode()).digest()).decode()[:10]


def utc_of(a: RichArticle) -> datetime:
    """page.date in UTC: a date-only front matter is midnight UTC."""
    return a.date if a.opts.get("date_only") else a.date - timedelta(hours=7)


def readable(d: datetime) -> str:
    return f"{d.day:02d} {VI_MONTHS[d.month]} {d.year}"


def rfc3339(a: RichArticle) -> str:
    return utc_of(a).strftime("%Y-%m-%dT%H:%M:%SZ")


def articles() -> list[RichArticle]:
    A = RichArticle

    def day(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["metadata", "date-element"], opts={"date_only": True})

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata"] if d.hour < 7 else ["metadata", "date-element"], opts={})

    arts = [
        A(path="mua-sam-ngoc-linh-cua-cac-htx-vung-cao", title="Mùa sâm Ngọc Linh của các HTX vùng cao",
          body="""
Những ngày đầu tháng 3, các HTX dược liệu ở Nam Trà My bắt đầu thu hoạch sâm Ngọc Linh vụ năm 2026.
[img sam-ngoc-linh.png] Thành viên HTX Sâm Ngọc Linh Trà Linh chăm sóc vườn sâm dưới tán rừng
## Giữ giống sâm chuẩn
Các HTX đều trồng bằng cây giống có mã truy xuất nguồn gốc, được Trung tâm Sâm Ngọc Linh kiểm định.
## Bán qua kênh chính thức
Năm nay, ba HTX ký hợp đồng bán sâm cho các doanh nghiệp có giấy phép, giá từ 80 đến 120 triệu đồng/kg tùy tuổi sâm.
""", byline="Bài và ảnh: Đoàn Thị Thu Hà", author="Đoàn Thị Thu Hà",
          notes=["post /blog/<slug>/ with no wrapper: <h1>, ul.post-metadata (<time datetime='2026-03-12'>12 tháng 3 2026</time>, "
                 "tags), then bare Markdown output; two <h2> with markdown-it-anchor's visible '#' link; a <picture> with the "
                 "caption in the next <p><em>; date-only front matter: midnight (article:published_time '2026-03-12T00:00:00Z'); "
                 "'Bài và ảnh: Đoàn Thị Thu Hà' (bold last paragraph) -> author"],
          **day(datetime(2026, 3, 12))),
        A(path="ke-hoach-05-kh-lmhtx-tap-huan-quan-tri-htx-2026", title="Kế hoạch số 05/KH-LMHTX tập huấn quản trị HTX năm 2026",
          body="""
Liên minh HTX thành phố Đà Nẵng ban hành kế hoạch tập huấn quản trị cho cán bộ HTX khu vực Quảng Nam năm 2026.
LIÊN MINH HTX THÀNH PHỐ ĐÀ NẴNG
Số: 05/KH-LMHTX
Đà Nẵng, ngày 14 tháng 01 năm 2026
KẾ HOẠCH
## 1. Mục đích, yêu cầu
Nâng cao năng lực quản trị, kế toán và chuyển đổi số cho cán bộ quản lý HTX.
## 2. Nội dung, thời gian
+ Lớp 1: Quản trị HTX theo Luật HTX năm 2023, tháng 3/2026 tại Tam Kỳ;
+ Lớp 2: Kế toán HTX trên phần mềm, tháng 4/2026 tại Điện Bàn;
+ Lớp 3: Bán hàng trực tuyến cho sản phẩm OCOP, tháng 5/2026 tại Hội An.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Thắng
""", author=None, doc_number="05/KH-LMHTX",
          attachments=[{"path": "/files/kh-05-lmhtx-2026.pdf", "text": "Tải kế hoạch số 05/KH-LMHTX (PDF)"}],
          notes=["plan 'Số: 05/KH-LMHTX' with headings (anchors '#'), a numbered list and the signer (text, author null); "
                 "the Markdown link 'Tải kế hoạch số 05/KH-LMHTX (PDF)' after it: an attachment whose text names the document"],
          **day(datetime(2026, 1, 20))),
        A(path="anh-cho-phien-ocop-hoi-an-ngay-dau-xuan", title="Ảnh: Chợ phiên OCOP Hội An ngày đầu xuân",
          body="""
[img cho-phien-hoi-an-1.png] Gian hàng rau Trà Quế của HTX Dịch vụ nông nghiệp Cẩm Hà
[img cho-phien-hoi-an-2.png] Du khách thử nước mắm cá cơm của HTX Hội An Xanh
[img cho-phien-hoi-an-3.png] Bánh tráng, bánh đa của các hộ thành viên HTX Điện Phương
""", byline="Ảnh: Lê Trọng Khang", author="Lê Trọng Khang",
          notes=["front matter 'date: 2026-02-06T06:45:00+07:00': the page shows the UTC day '05 tháng 2 2026' "
                 "(datetime='2026-02-05', the archive and sitemap too); article:published_time '2026-02-05T23:45:00Z' and "
                 "the feeds carry the instant: 06/02/2026 06:45; photo story: three <picture>s, captions in <p><em>; "
                 "'Ảnh: Lê Trọng Khang' -> author"],
          **at(datetime(2026, 2, 6, 6, 45))),
        A(path="htx-nong-nghiep-khu-vuc-quang-nam-nam-2025-qua-so-lieu", title="HTX nông nghiệp khu vực Quảng Nam năm 2025 qua số liệu",
          body="""
Năm 2025, khu vực Quảng Nam có 402 HTX nông nghiệp đang hoạt động, chiếm gần 60% tổng số HTX.
| Chỉ tiêu | Năm 2024 | Năm 2025 |
| Số HTX nông nghiệp | 389 | 402 |
| HTX có sản phẩm OCOP | 64 | 81 |
| HTX ứng dụng công nghệ cao | 17 | 26 |
| Doanh thu bình quân (tỷ đồng/HTX) | 2,9 | 3,3 |
Số HTX có sản phẩm OCOP tăng mạnh nhờ chương trình hỗ trợ thiết kế bao bì, nhãn mác.
""", byline="Theo Báo Đà Nẵng", author=None,
          notes=["a Markdown table (one line per row); 'Theo Báo Đà Nẵng' names a newspaper: text, author null"],
          **day(datetime(2025, 12, 29))),
        A(path="5-viec-htx-can-lam-khi-chuyen-doi-theo-luat-htx-2023", title="5 việc HTX cần làm khi chuyển đổi theo Luật HTX 2023",
          body="""
Luật HTX năm 2023 có hiệu lực từ ngày 1/7/2024. Các HTX thành lập trước đó cần lưu ý năm việc sau:
* Rà soát, sửa đổi điều lệ theo quy định mới;
* Phân loại thành viên chính thức và thành viên liên kết góp vốn;
* Xác định tài sản không chia và quỹ chung không chia;
* Đăng ký thay đổi nội dung đăng ký HTX nếu có;
* Thực hiện chế độ kế toán, kiểm toán theo quy mô.
Liên minh HTX sẵn sàng tư vấn miễn phí cho các HTX có nhu cầu.
""", author="Phan Văn Hòa",
          notes=["a five-item list; no byline in the text: the author comes from front matter, printed in ul.post-metadata "
                 "as 'Tác giả: Phan Văn Hòa' (not text) -> author"],
          **day(datetime(2025, 11, 18))),
        A(path="htx-rau-tra-que-giu-thuong-hieu-lang-rau-tram-nam", title="HTX rau Trà Quế giữ thương hiệu làng rau trăm năm",
          body="""
Với 68 thành viên, HTX Dịch vụ nông nghiệp Trà Quế duy trì 18 ha rau gia vị canh tác bằng rong tảo đầm Trà Quế.
[img rau-tra-que.png] Nông dân làng rau Trà Quế bón rong cho luống rau húng
Mỗi ngày HTX cung ứng gần 2 tấn rau cho các nhà hàng ở Hội An, Đà Nẵng, đồng thời đón khách trải nghiệm làm nông.
Doanh thu năm 2025 ước đạt 4,6 tỷ đồng, thu nhập bình quân thành viên tăng 15% so với năm trước.
""", byline="Minh Tuấn - Liên minh HTX", author="Minh Tuấn",
          notes=["front matter with a time (15:20 +07:00, the same day in UTC): article:published_time "
                 "'2025-10-14T08:20:00Z'; byline 'Minh Tuấn - Liên minh HTX' -> author Minh Tuấn"],
          **at(datetime(2025, 10, 14, 15, 20))),
        A(path="lien-minh-htx-da-nang-sau-hop-nhat", title="Liên minh HTX thành phố Đà Nẵng sau hợp nhất",
          body="""
Từ ngày 1/7/2025, Liên minh HTX tỉnh Quảng Nam và Liên minh HTX thành phố Đà Nẵng hợp nhất thành Liên minh HTX thành phố Đà Nẵng.
Trụ sở chính đặt tại Đà Nẵng; cơ sở tại Tam Kỳ tiếp tục tiếp nhận hồ sơ của các HTX khu vực Quảng Nam.
Các chương trình hỗ trợ, khoản vay của Quỹ hỗ trợ phát triển HTX đã ký trước đây vẫn được thực hiện bình thường.
""", author=None,
          notes=["no byline, no author field: author null (the feeds' author is the blog's owner)"],
          **day(datetime(2025, 7, 8))),
        A(path="htx-que-tra-my-xuat-lo-que-huu-co-sang-chau-au", title="HTX Quế Trà My xuất lô quế hữu cơ sang châu Âu",
          body="""
HTX Nông lâm nghiệp Trà My vừa xuất 12 tấn quế vỏ hữu cơ sang Hà Lan, lô hàng lớn nhất từ trước đến nay.
Vùng nguyên liệu 240 ha của 130 hộ thành viên được cấp chứng nhận hữu cơ châu Âu từ năm 2024.
Giá quế hữu cơ cao hơn quế thường khoảng 25%, giúp thành viên có thêm thu nhập ổn định.
""", byline="Theo Hồ Quân", author="Hồ Quân",
          notes=["'Theo Hồ Quân' names a person -> author; its old WordPress address /2025/05/htx-que-tra-my-xuat-khau.html "
                 "(linked from /about/) 301-redirects (Netlify _redirects): an alias"],
          **at(datetime(2025, 5, 20, 9, 10))),
    ]
    tags = [["Sâm Ngọc Linh", "Miền núi"], ["Văn bản", "Tập huấn"], ["Hình ảnh", "OCOP"], ["Số liệu", "OCOP"],
            ["Luật HTX"], ["Hội An", "Nông nghiệp"], ["Liên minh HTX"], ["Xuất khẩu", "Miền núi"]]
    for a, t in zip(arts, tags):
        a.opts["tags"] = ["posts", *t]
    arts[4].opts["author_field"] = "Phan Văn Hòa"
    arts[7].opts["old"] = "/2025/05/htx-que-tra-my-xuat-khau.html"
    return arts


def md_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            hid = slugify(b.text)
            out.append(f'<h2 id="{hid}" tabindex="-1">{esc(b.text)} <a class="header-anchor" href="#{hid}">#</a></h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            h = img_hash(b.src)
            out.append(f'<p><picture><source type="image/avif" srcset="/img/{h}-800.avif 800w"><source type="image/webp" '
                       f'srcset="/img/{h}-800.webp 800w"><img loading="lazy" decoding="async" src="/img/{h}-800.png" '
                       f'alt="{attr(b.text)}" width="800" height="600"></picture></p>\n<p><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-nam", f"{TITLE} (blog HTX khu vực Quảng Nam)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FOOTER
    posts = sorted(articles(), key=lambda a: a.date)  # collections.posts: oldest first
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"/blog/{a.path}/"
    newest_first = list(reversed(posts))
    tags = sorted({t for a in posts for t in a.opts["tags"] if t != "posts"}, key=slugify)

    def layout(path: str, title: str, content: str, *, desc: str = DESC, head: str = "") -> str:
        nav = [("Trang chủ", "/"), ("Lưu trữ", "/blog/"), ("Giới thiệu", "/about/"), ("Liên hệ", "/lien-he/")]
        cur = ' aria-current="page"'
        lis = "".join(f'<li class="nav-item"><a href="{h}"{cur if h == path else ""}>{t}</a></li>' for t, h in nav)
        return f"""<!doctype html>
<html lang="vi">
	<head>
		<meta charset="utf-8">
		<meta name="viewport" content="width=device-width, initial-scale=1.0">
		<title>{esc(title)}</title>
		<meta name="description" content="{attr(desc)}">
		<link rel="alternate" href="/feed/feed.xml" type="application/atom+xml" title="{TITLE}">
		<link rel="alternate" href="/feed/feed.json" type="application/json" title="{TITLE}">
		<meta name="generator" content="Eleventy v2.0.1">
{head}		<style>/* This is an arbitrary CSS string added to the bundle */
:root{{--font-family:-apple-system,system-ui,sans-serif;--font-family-monospace:Consolas,Menlo,Monaco,monospace}}
.visually-hidden:not(:focus):not(:active){{clip:rect(0 0 0 0);clip-path:inset(50%);height:1px;overflow:hidden;position:absolute;white-space:nowrap;width:1px}}
.postlist{{counter-reset:start-from var(--postlist-index)}}.links-nextprev{{display:flex;justify-content:space-between}}</style>
	</head>
	<body>
		<a href="#skip" class="visually-hidden">Chuyển đến nội dung chính</a>

		<header>
			<a href="/" class="home-link">{TITLE}</a>
			<nav>
				<h2 class="visually-hidden">Menu điều hướng</h2>
				<ul class="nav">{lis}
				</ul>
			</nav>
		</header>

		<main id="skip">
			{content}
		</main>

		<footer>
			<p>{FOOTER[0]} · <a href="/feed/feed.xml">Theo dõi qua RSS</a></p>
			<p>{FOOTER[1]}</p>
			<p>Dựng bằng <a href="{{{{base:offsite}}}}/11ty/">Eleventy</a></p>
		</footer>

		<!-- This page `{path}` was built on {BUILT} -->
		<script type="module" src="/assets/js/bundle.js"></script>
	</body>
</html>
"""

    def postslist(items: list, counter: int | None = None) -> str:
        n = counter or len(items)
        lis = "".join(f'\n\t<li class="postlist-item">\n\t\t<a href="{a.path}" class="postlist-link">{esc(a.title)}</a>\n'
                      f'\t\t<time class="postlist-date" datetime="{utc_of(a):%Y-%m-%d}">{VI_MONTHS[utc_of(a).month]} {utc_of(a).year}</time>\n\t</li>'
                      for a in items)
        return f'<ol reversed class="postlist" style="--postlist-index: {n + 1};">{lis}\n</ol>'

    for i, a in enumerate(posts):
        d = utc_of(a)
        meta = [f'<li><time datetime="{d:%Y-%m-%d}">{readable(d)}</time></li>']
        if a.opts.get("author_field"):
            meta.append(f'<li class="post-author">Tác giả: {esc(a.opts["author_field"])}</li>')
        shown_tags = [t for t in a.opts["tags"] if t != "posts"]
        meta += [f'<li><a href="/tags/{slugify(t)}/" class="post-tag">{esc(t)}</a>{", " if k + 1 < len(shown_tags) else ""}</li>'
                 for k, t in enumerate(shown_tags)]
        prev_, next_ = (posts[i - 1] if i > 0 else None), (posts[i + 1] if i + 1 < len(posts) else None)
        nav = ""
        if prev_ or next_:
            nav = ('<ul class="links-nextprev">'
                   + (f'<li class="links-nextprev-prev">← Bài trước<br> <a href="{prev_.path}">{esc(prev_.title)}</a></li>' if prev_ else "")
                   + (f'<li class="links-nextprev-next">Bài sau →<br><a href="{next_.path}">{esc(next_.title)}</a></li>' if next_ else "")
                   + "</ul>")
        content = (f'<h1>{esc(a.title)}</h1>\n\n<ul class="post-metadata">\n\t' + "\n\t".join(meta) + "\n</ul>\n\n"
                   + md_html(a) + f"\n\n{nav}\n"
                   f'<section class="comments"><h2>{COMMENTS}</h2><p class="comments-note">{COMMENTS_NOTE}</p>'
                   f'<script src="{{{{base:offsite}}}}/giscus/client.js" data-repo="sotayhtx/blog" data-mapping="pathname" data-lang="vi" '
                   f'crossorigin="anonymous" async></script></section>')
        img = a.first_image()
        head = (f'\t\t<meta property="og:type" content="article">\n\t\t<meta property="og:title" content="{attr(a.title)}">\n'
                f'\t\t<meta property="og:description" content="{attr(a.summary())}">\n'
                f'\t\t<meta property="og:url" content="{{{{base}}}}{a.path}">\n'
                + (f'\t\t<meta property="og:image" content="{{{{base}}}}/img/{img_hash(img)}-800.png">\n' if img else "")
                + f'\t\t<meta property="article:published_time" content="{rfc3339(a)}">\n'
                f'\t\t<link rel="canonical" href="{{{{base}}}}{a.path}">\n')
        site.page(a.path, layout(a.path, f"{a.title} | {TITLE}", content, desc=a.summary(), head=head))
        site.same_page(a.path + "index.html", a.path)
        a.aliases.append(a.path + "index.html")
        if a.opts.get("old"):
            site.redirect(a.opts["old"], a.path, 301)
            a.aliases.append(a.opts["old"])
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/img/{img_hash(b.src)}-800.png", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 05/KH-LMHTX", "Tap huan quan tri HTX nam 2026"]))
        site.add_article(a)

    def listing(path: str, title: str, content: str) -> None:
        site.page(path, layout(path, title, content))
        site.non_articles.append(path)

    latest = newest_first[:3]
    listing("/", TITLE, f'<h1>{len(latest)} bài viết mới nhất</h1>\n\n{postslist(latest, len(latest))}\n\n'
                        f'<p>Còn {len(posts) - 3} bài viết khác trong <a href="/blog/">trang lưu trữ</a>.</p>')
    listing("/blog/", f"Lưu trữ | {TITLE}", f"<h1>Lưu trữ</h1>\n\n{postslist(newest_first)}")
    site.trap("home / (the 3 newest, titles only) and /blog/ (every post): ol.postlist with 'tháng 3 2026' (UTC month) "
              "beside each title: listings", "/blog/")
    for t in tags:
        items = [a for a in newest_first if t in a.opts["tags"]]
        listing(f"/tags/{slugify(t)}/", f"Thẻ “{t}” | {TITLE}",
                f'<h1>Bài viết gắn thẻ “{esc(t)}”</h1>\n\n{postslist(items)}\n\n<p>Xem <a href="/tags/">tất cả thẻ</a>.</p>')
    listing("/tags/", f"Thẻ | {TITLE}", "<h1>Thẻ</h1>\n\n<ul>" + "".join(
        f'<li><a href="/tags/{slugify(t)}/" class="post-tag">{esc(t)}</a></li>' for t in tags) + "</ul>")
    site.trap("tag pages at Eleventy's slugify of Vietnamese names (/tags/sam-ngoc-linh/, /tags/luat-htx/): listings",
              "/tags/luat-htx/")
    old = next(a for a in posts if a.opts.get("old"))
    listing("/about/", f"Giới thiệu | {TITLE}",
            "<h1>Giới thiệu</h1>\n<p>Sổ tay HTX xứ Quảng ra đời năm 2021, do một nhóm cán bộ Liên minh HTX tỉnh Quảng Nam (nay là "
            "Liên minh HTX thành phố Đà Nẵng) viết trong thời gian rảnh.</p>\n<p>Trang chuyển từ WordPress sang Eleventy năm 2025; "
            f'các địa chỉ cũ vẫn dẫn tới bài mới, ví dụ <a href="{old.opts["old"]}">{esc(old.title)}</a>.</p>')
    listing("/lien-he/", f"Liên hệ | {TITLE}", "<h1>Liên hệ</h1>\n<p>Thư điện tử: sotayhtx.quangnam@gmail.com</p>\n"
            "<p>Địa chỉ: cơ sở Liên minh HTX tại số 02 đường Trần Phú, phường Tam Kỳ, thành phố Đà Nẵng</p>")
    site.trap("pages /about/ (links the old WordPress address of a post) and /lien-he/: h1 + paragraphs, no post-metadata: "
              "not articles", "/about/")

    # feeds (eleventy-plugin-rss, base blog v8 templates) and sitemap
    entries = "".join(f'\n\t<entry>\n\t\t<title>{esc(a.title)}</title>\n\t\t<link href="{{{{base}}}}{a.path}"/>\n'
                      f'\t\t<updated>{rfc3339(a)}</updated>\n\t\t<id>{{{{base}}}}{a.path}</id>\n'
                      f'\t\t<content type="html">{esc(md_html(a))}</content>\n\t</entry>' for a in newest_first)
    site.page("/feed/feed.xml", f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:base="vi">\n'
              f'\t<title>{TITLE}</title>\n\t<subtitle>{DESC}</subtitle>\n\t<link href="{{{{base}}}}/feed/feed.xml" rel="self"/>\n'
              f'\t<link href="{{{{base}}}}/"/>\n\t<updated>{rfc3339(newest_first[0])}</updated>\n\t<id>{{{{base}}}}/</id>\n'
              f'\t<author>\n\t\t<name>{OWNER}</name>\n\t\t<email>sotayhtx.quangnam@gmail.com</email>\n\t</author>{entries}\n</feed>\n',
              content_type="application/atom+xml; charset=utf-8")
    import json
    jf = {"version": "https://jsonfeed.org/version/1.1", "title": TITLE, "language": "vi", "home_page_url": "{{base}}/",
          "feed_url": "{{base}}/feed/feed.json", "description": DESC, "author": {"name": OWNER},
          "items": [{"id": "{{base}}" + a.path, "url": "{{base}}" + a.path, "title": a.title, "content_html": md_html(a),
                     "date_published": rfc3339(a)} for a in newest_first]}
    site.page("/feed/feed.json", json.dumps(jf, ensure_ascii=False, indent=2), content_type="application/json; charset=utf-8")
    urls = [("/", newest_first[0])] + [(a.path, a) for a in newest_first] + [("/blog/", newest_first[0]), ("/about/", None),
                                                                            ("/lien-he/", None), ("/tags/", None)]
    sm = "".join(f"\n\t<url>\n\t\t<loc>{{{{base}}}}{p}</loc>\n\t\t<lastmod>{(utc_of(a) if a else datetime(2026, 3, 20)):%Y-%m-%d}</lastmod>\n\t</url>"
                 for p, a in urls)
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
              f'xmlns:xhtml="http://www.w3.org/1999/xhtml">{sm}\n</urlset>\n', content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: {{base}}/sitemap.xml\n")
    site.static("/404.html", layout("/404.html", f"Không tìm thấy trang | {TITLE}",
                                    '<h1>Không tìm thấy trang</h1>\n<p>Trang bạn tìm không tồn tại. Về <a href="/">trang chủ</a>.</p>'))
    site.static("/_redirects", f"{old.opts['old']}  {old.path}  301\n")
    site.trap("/feed/feed.xml (Atom, full content, <updated> the instant in UTC, the owner as author), /feed/feed.json and "
              "/sitemap.xml (lastmod the UTC day): feeds, not pages; every page ends with the build comment "
              f"'This page … was built on {BUILT}'", "/feed/feed.xml")
    return site
