"""Site `trang-htxbariavungtau` (registry family `generic`): "Trang thông tin Liên minh HTX tỉnh Bà Rịa - Vũng Tàu"
on **Typemill 1.5** (the flat-file Markdown CMS: Slim + Twig, content in `content/` as `.md` files with a `.yaml`
meta file each; the bundled **Cypress** theme with the Vietnamese labels the office typed into its settings; the
`rss` plugin; PHP left at its default timezone UTC; the copy is of 20 June 2024). Written as a held-out test: no
family module, no selectors.

URL shapes: Typemill drops the files' order prefixes (`02-tin-tuc/202405041720-…md`), so a post is
`/tin-tuc/<slug>` or `/van-ban/<slug>` (no extension, no trailing slash; `/tin-tuc/<slug>/` answers a 301 to it:
a post links another one so, an alias); folders `/tin-tuc`, `/van-ban` (folders of *posts*: their `index.md`
intro, then the post list, newest first, 5 a page, the core's pager `/tin-tuc/p/2`), `/gioi-thieu` (a folder of
*pages*) with `/gioi-thieu/chuc-nang-nhiem-vu`, `/gioi-thieu/co-cau-to-chuc`, the page `/lien-he`; the RSS plugin's
`/tin-tuc/rss` and `/van-ban/rss` (every post of the folder); the sitemap Typemill writes to `/cache/sitemap.xml`
(robots.txt names it); the author area `/tm/login` (robots.txt disallows `/tm/`).

Why it is hard: the title is the Markdown's own `# …` (the first `<h1>` inside `<article>`; the theme's logo is
a link, not a heading). Cypress' "gitbar" above the text prints the post's date from the meta's `manualdate`
(`Ngày đăng: <time datetime="2024-06-10">10/06/2024</time>`), the meta's `author` (a person, the "admin" account or
the office: only a person is an author; a closing byline overrides it) and the meta's `modified` date as "Cập nhật
lần cuối: 12/06/2024" (an edit, never the publication date), then the "Sửa trang này" link (the theme's edit-on-
GitHub link: offsite). No page shows a time: publication is the date at midnight. The RSS plugin prints the
creation time `date('r')` in UTC: the post created at 00:20 on 5 May reads "Sat, 04 May 2024 17:20:00 +0000" (the
previous day) while its page says 05/05/2024. The `[TOC]` shortcode renders `div.TOC`, a list repeating the
headings (navigation, not text). Photos are `<figure>`s with `<figcaption>`; the file block is
`a.tm-download`. Posts of a "posts" folder never appear in the navigation tree (Cypress expands only folders of
pages), and the theme's previous/next links are only on pages: the oldest post is only on `/tin-tuc/p/2`, the
RSS and the sitemap.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "trang-htxbariavungtau"
NAME = "Liên minh HTX tỉnh Bà Rịa - Vũng Tàu"
PER = 5
FOLDERS = {"tin-tuc": ("02", "Tin tức", "Tin hoạt động của Liên minh HTX tỉnh và các HTX thành viên."),
           "van-ban": ("03", "Văn bản", "Thông báo, báo cáo và văn bản của Liên minh HTX tỉnh.")}
ADDRESS = "Số 02 Trường Chinh, phường Phước Trung, TP Bà Rịa, tỉnh Bà Rịa - Vũng Tàu"
PHONE = "Điện thoại: 0254.3826.558 - Email: lmhtx@baria-vungtau.gov.vn"
COPY = "© 2024 Liên minh Hợp tác xã tỉnh Bà Rịa - Vũng Tàu"
MADE = "Xây dựng bằng TYPEMILL"
HTML = "text/html; charset=utf-8"  # folder pages (/tin-tuc) share their name with their folder: served as routes
FURN = [ADDRESS, PHONE, COPY, MADE, "Cập nhật lần cuối:", "Sửa trang này", "Ngày đăng:", "Chức năng, nhiệm vụ",
        "Cơ cấu tổ chức", "Đăng nhập", "Mở menu", "Tác giả: admin", "Tác giả: Nguyễn Thị Thu Trang",
        "Tác giả: Văn phòng Liên minh HTX tỉnh"]
NOW = datetime(2024, 6, 20, 9, 0)


def slugify(title: str) -> str:
    """Typemill's URL slug: lower case, đ -> d, other marks dropped, the rest to hyphens."""
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def rfc822_utc(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} +0000"


def articles() -> list[RichArticle]:
    A = RichArticle

    def on(d: datetime, created: datetime, modified: datetime | None = None) -> dict:
        """d: the date the page shows (manualdate); created: the creation moment (Vietnam time)."""
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"], extra={},
                    opts={"created": created, "modified": modified or d})

    out = [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH BÀ RỊA - VŨNG TÀU
Số: 12/TB-LMHTX
Bà Rịa - Vũng Tàu, ngày 07 tháng 6 năm 2024
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng kiến thức quản lý HTX năm 2024
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản lý cho giám đốc, kế toán HTX từ ngày 25/6/2024 đến ngày 27/6/2024 tại Hội trường Liên minh HTX tỉnh.
Mỗi HTX cử không quá 02 người tham dự; học viên được hỗ trợ tài liệu và tiền ăn trong thời gian học.
Danh sách đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 20/6/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thành
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/media/files/tb-12-lmhtx-2024.pdf", "text": "tb-12-lmhtx-2024.pdf"}],
          notes=["notice 'Số: 12/TB-LMHTX' dated 07/6 in its text, posted 10/06/2024 (the gitbar's <time>, the list's "
                 "date); 'Cập nhật lần cuối: 12/06/2024' is a later edit; the meta's author is the 'admin' account: no "
                 "author; the signer is text; the file block a.tm-download (its own paragraph, /media/files/…pdf) is an "
                 "attachment, not text"],
          **on(datetime(2024, 6, 10), datetime(2024, 6, 10, 8, 40), datetime(2024, 6, 12))),
        A(path="", title="Kết quả phát triển HTX, tổ hợp tác 5 tháng đầu năm 2024",
          body="""
Đến hết tháng 5/2024, toàn tỉnh có 246 HTX và 312 tổ hợp tác đang hoạt động, tăng 9 HTX so với cuối năm 2023.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng/năm) |
| Nông nghiệp | 148 | 6.820 | 2.460 |
| Thủy sản | 27 | 1.150 | 3.120 |
| Vận tải | 31 | 1.940 | 4.380 |
| Thương mại, dịch vụ | 40 | 2.070 | 1.950 |
Trong 5 tháng, Liên minh HTX tỉnh đã tư vấn thành lập mới 11 HTX, chủ yếu trong lĩnh vực nông nghiệp công nghệ cao.
""", author="Lê Hoàng Nam",
          notes=["a Markdown table (thead th, tbody td): one line per row; the meta's author Lê Hoàng Nam (a staff "
                 "member), no byline in the text: he is the author"],
          **on(datetime(2024, 6, 3), datetime(2024, 6, 3, 14, 15))),
        A(path="", title="Ảnh: HTX Nông nghiệp Kim Long vào vụ thu hoạch hồ tiêu",
          body="""
Những ngày cuối tháng 5, thành viên HTX Nông nghiệp Kim Long (huyện Châu Đức) tất bật thu hoạch hồ tiêu vụ 2023 - 2024.
[img kim-long-1.png] Thành viên HTX thu hái tiêu chín trên vườn tiêu hữu cơ
[img kim-long-2.png] Tiêu được phơi trên giàn phơi có mái che của HTX
[img kim-long-3.png] Sản phẩm tiêu đen Kim Long đạt chứng nhận OCOP 4 sao
Năm nay HTX dự kiến thu hoạch 180 tấn tiêu khô, giá bán bình quân 120.000 đồng/kg.
""", byline="Bài và ảnh: Phạm Minh Tuấn", author="Phạm Minh Tuấn",
          notes=["photo story: each photo a <figure> with its <figcaption> (one line each); the meta's author Nguyễn "
                 "Thị Thu Trang (who typed it in), 'Bài và ảnh: Phạm Minh Tuấn' closes it -> author"],
          **on(datetime(2024, 5, 28), datetime(2024, 5, 28, 16, 5))),
        A(path="", title="Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024",
          body="""
Năm 2024, tỉnh tiếp tục tổ chức đánh giá, phân hạng sản phẩm OCOP theo Quyết định số 148/QĐ-TTg của Thủ tướng Chính phủ.
## Hồ sơ HTX cần chuẩn bị
* Phiếu đăng ký sản phẩm tham gia Chương trình OCOP;
* Phương án sản xuất, kinh doanh sản phẩm;
* Giấy chứng nhận đủ điều kiện an toàn thực phẩm;
* Kết quả kiểm nghiệm chất lượng sản phẩm còn hiệu lực.
## Thời gian nộp hồ sơ
* Đợt 1: trước ngày 30/6/2024;
* Đợt 2: trước ngày 30/9/2024.
Hồ sơ nộp tại Phòng Nông nghiệp và PTNT (Phòng Kinh tế) các huyện, thị xã, thành phố.
""", byline="Trần Văn Hùng - Sở Nông nghiệp và PTNT", author="Trần Văn Hùng",
          notes=["the [TOC] shortcode renders div.TOC, a list of links repeating the two h2 headings: navigation, not "
                 "text; two h2 with bulleted lists; meta's author 'admin', 'Trần Văn Hùng - Sở Nông nghiệp và PTNT' "
                 "closes it -> Trần Văn Hùng"],
          **on(datetime(2024, 5, 16), datetime(2024, 5, 16, 9, 30))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Bàu Lâm",
          body="""
Chiều 4/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Bàu Lâm (huyện Xuyên Mộc).
HTX hiện có 64 thành viên, liên kết tiêu thụ 900 tấn thanh long và sầu riêng mỗi năm.
Đoàn ghi nhận kiến nghị của HTX về vốn vay ưu đãi để xây dựng kho lạnh bảo quản trái cây.
Xem thêm: [[HTX Thủy sản Phước Tỉnh mở rộng mô hình nuôi cá lồng bè|{{alias}}]]
""", author=None,
          notes=["created at 00:20 on 5 May about the afternoon before ('Chiều 4/5' in the text): the page shows "
                 "05/05/2024 (no time: midnight); the RSS plugin's pubDate is UTC, 'Sat, 04 May 2024 17:20:00 +0000' "
                 "(the previous day); the meta's author is the office 'Văn phòng Liên minh HTX tỉnh': author null; its "
                 "'Xem thêm' line (text) links the reprint as /tin-tuc/<slug>/ (a 301 to the canonical: an alias)"],
          **on(datetime(2024, 5, 5), datetime(2024, 5, 5, 0, 20))),
        A(path="", title="HTX Thủy sản Phước Tỉnh mở rộng mô hình nuôi cá lồng bè",
          body="""
HTX Thủy sản Phước Tỉnh (huyện Long Điền) vừa đầu tư thêm 40 lồng nuôi cá bớp, cá chim vây vàng tại cửa sông Cửa Lấp.
Các lồng nuôi mới làm bằng nhựa HDPE, chịu được sóng gió, thay thế lồng gỗ truyền thống.
HTX đã ký hợp đồng bao tiêu sản phẩm với hai doanh nghiệp chế biến thủy sản tại TP Vũng Tàu.
""", byline="Theo Báo Bà Rịa - Vũng Tàu", author=None,
          notes=["closed by 'Theo Báo Bà Rịa - Vũng Tàu': a reprint, no author (the meta's author Nguyễn Thị Thu Trang "
                 "only typed it in); also reached as /tin-tuc/<slug>/ (301): an alias"],
          **on(datetime(2024, 4, 22), datetime(2024, 4, 22, 10, 50))),
        A(path="", title="HTX Dịch vụ tổng hợp Long Sơn phát triển du lịch cộng đồng",
          body="""
HTX Dịch vụ tổng hợp Long Sơn (TP Vũng Tàu) đang khai thác tuyến du lịch trải nghiệm làng chài và rừng ngập mặn.
Mỗi tháng HTX đón khoảng 1.500 lượt khách, tạo việc làm thường xuyên cho 35 lao động địa phương.
HTX dự kiến mở thêm dịch vụ chèo thuyền kayak và ẩm thực hải sản trong năm 2024.
""", byline="Đỗ Thị Ngọc Ánh", author="Đỗ Thị Ngọc Ánh",
          notes=["the meta's author 'admin'; the bare name 'Đỗ Thị Ngọc Ánh' closes the text: the author"],
          **on(datetime(2024, 3, 19), datetime(2024, 3, 19, 15, 25))),
        A(path="", title="Liên minh HTX tỉnh tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024",
          body="""
Ngày 10/1, Liên minh HTX tỉnh Bà Rịa - Vũng Tàu tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
[img tong-ket-2023.png] Quang cảnh hội nghị tổng kết
Năm 2023, Liên minh HTX tỉnh tư vấn thành lập mới 23 HTX, tổ chức 9 lớp tập huấn cho 640 lượt cán bộ HTX.
""", byline="Tin, ảnh: Hồ Quốc Việt", author="Hồ Quốc Việt",
          notes=["the oldest post: only on /tin-tuc/p/2 (the folder's second page; posts are not in the navigation "
                 "tree, the theme has no previous/next on posts), the RSS and the sitemap; 'Tin, ảnh: Hồ Quốc Việt' -> "
                 "author"],
          **on(datetime(2024, 1, 12), datetime(2024, 1, 12, 14, 0))),
    ]
    meta = {"Thông báo số 12": ("van-ban", "admin"), "Kết quả phát triển": ("van-ban", "Lê Hoàng Nam"),
            "Ảnh: HTX": ("tin-tuc", "Nguyễn Thị Thu Trang"), "Hướng dẫn HTX": ("tin-tuc", "admin"),
            "Liên minh HTX tỉnh làm việc": ("tin-tuc", "Văn phòng Liên minh HTX tỉnh"),
            "HTX Thủy sản": ("tin-tuc", "Nguyễn Thị Thu Trang"), "HTX Dịch vụ tổng hợp": ("tin-tuc", "admin"),
            "Liên minh HTX tỉnh tổng kết": ("tin-tuc", "Nguyễn Thị Thu Trang")}
    for a in out:
        folder, author = next(v for k, v in meta.items() if a.title.startswith(k))
        a.opts.update(folder=folder, meta_author=author)
        if a.title.startswith("Hướng dẫn HTX"):
            a.opts["toc"] = True
    return out


def body_html(a: RichArticle, alias: str) -> str:
    out = [f"<h1>{esc(a.title)}</h1>"]
    if a.opts.get("toc"):
        heads = [b.text for b in a.blocks if b.kind == "h"]
        out.append('<div class="TOC"><ul>' + "".join(f'<li class="TOC-h2"><a href="#{slugify(t)}">{esc(t)}</a></li>'
                                                     for t in heads) + "</ul></div>")
    for b in a.blocks:
        if b.kind == "p":
            if "{{alias}}" in b.text:
                m = re.search(r"\[\[(.+?)\|\{\{alias\}\}\]\]", b.text)
                out.append(f"<p>{esc(b.text[:m.start()])}<a href=\"{{{{base}}}}{alias}\">{esc(m.group(1))}</a></p>")
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 id="{slugify(b.text)}">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n"
                       "<tbody>\n" + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>"
                                               for r in rows) + "\n</tbody>\n</table>")
        elif b.kind == "img":
            cap = f"<figcaption>{esc(b.text)}</figcaption>" if b.text else ""
            out.append(f'<figure class="center"><img src="{{{{base}}}}/media/live/{b.src}" alt="{attr(b.text)}" />'
                       f"{cap}</figure>")
    for x in a.attachments:
        out.append(f'<p><a class="tm-download file-pdf" href="{{{{base}}}}{x["path"]}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f"<p><strong><em>{esc(a.byline)}</em></strong></p>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ba-ria-vung-tau", f"Trang thông tin {NAME} (Typemill)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/cache/sitemap.xml" % SITE],
                     feeds=["{{base:%s}}/tin-tuc/rss" % SITE, "{{base:%s}}/van-ban/rss" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: (a.date, a.opts["created"]), reverse=True)
    for a in arts:
        a.path = f"/{a.opts['folder']}/{slugify(a.title)}"
    reprint = next(a for a in arts if a.byline and a.byline.startswith("Theo "))
    alias = reprint.path + "/"
    by_folder = {f: [a for a in arts if a.opts["folder"] == f] for f in FOLDERS}
    pages = {"/gioi-thieu/chuc-nang-nhiem-vu": "Chức năng, nhiệm vụ", "/gioi-thieu/co-cau-to-chuc": "Cơ cấu tổ chức"}

    def nav(current: str) -> str:
        def li(cls: str, href: str, name: str, inner: str = "") -> str:
            active = " active" if href == current else (" parent" if current.startswith(href + "/") else "")
            return f'<li class="{cls}{active}"><a href="{{{{base}}}}{href}">{esc(name)}</a>{inner}</li>'
        sub = '<ul class="menu-2">' + "".join(li("file level-2", p, n) for p, n in pages.items()) + "</ul>"
        return ('<nav id="navigation" class="contentnav" aria-label="Điều hướng"><ul class="menu-1">'
                + li("folder level-1", "/gioi-thieu", "Giới thiệu", sub)
                + li("folder level-1", "/tin-tuc", "Tin tức") + li("folder level-1", "/van-ban", "Văn bản")
                + li("file level-1", "/lien-he", "Liên hệ") + "</ul></nav>")

    def crumbs(trail: list[tuple[str, str]]) -> str:
        items = [("Trang chủ", "/")] + trail
        lis = "".join(f'<li><a href="{{{{base}}}}{href}">{esc(n)}</a></li>' if i < len(items) - 1 else
                      f"<li>{esc(n)}</li>" for i, (n, href) in enumerate(items))
        return f'<nav class="breadcrumb" aria-label="breadcrumb"><ol>{lis}</ol></nav>'

    def layout(path: str, title: str, main: str, desc: str = "", author: str = "", trail: list = (),
               feed: str | None = None, og_type: str = "website") -> str:
        meta_author = f'\n\t\t<meta name="author" content="{attr(author)}" />' if author else ""
        rss = (f'\n\t\t<link rel="alternate" type="application/rss+xml" title="{attr(FOLDERS[feed][1])} - {attr(NAME)}" '
               f'href="{{{{base}}}}/{feed}/rss" />') if feed else ""
        full_title = f"{title} | {NAME}" if path != "/" else NAME
        return f"""<!DOCTYPE html>
<html lang="vi">
	<head>
		<meta charset="UTF-8" />
		<meta name="viewport" content="width=device-width, initial-scale=1.0" />
		<title>{esc(full_title)}</title>
		<meta name="description" content="{attr(desc)}" />{meta_author}
		<meta name="generator" content="TYPEMILL" />
		<meta property="og:site_name" content="{attr(NAME)}" />
		<meta property="og:title" content="{attr(title)}" />
		<meta property="og:description" content="{attr(desc)}" />
		<meta property="og:type" content="{og_type}" />
		<meta property="og:url" content="{{{{base}}}}{path}" />
		<link rel="canonical" href="{{{{base}}}}{path}" />{rss}
		<link rel="icon" type="image/png" href="{{{{base}}}}/themes/cypress/img/favicon-32.png" sizes="32x32" />
		<link rel="stylesheet" href="{{{{base}}}}/themes/cypress/css/fontello.css?20200505" />
		<link rel="stylesheet" href="{{{{base}}}}/themes/cypress/css/style.css?20200505" />
	</head>
	<body>
		<div class="main-wrapper">
			<header class="main-header">
				<div class="logo"><a class="logo-link" href="{{{{base}}}}/" title="{attr(NAME)}"><img src="{{{{base}}}}/media/live/logo-lmhtx.png" alt="{attr(NAME)}" /><span class="site-title">{esc(NAME)}</span></a></div>
				<button class="menu-toggle" type="button" aria-controls="navigation"><span class="icon-menu"></span> Mở menu</button>
			</header>
			<div class="content-wrapper">
				<aside class="sidebar">
					{nav(path)}
				</aside>
				<main class="main-content" role="main">
					{crumbs(list(trail)) if path != "/" else ""}
					{main}
				</main>
			</div>
			<footer class="main-footer">
				<div class="footer-inner">
					<p>{esc(COPY)}</p>
					<p>{esc(ADDRESS)}</p>
					<p>{esc(PHONE)}</p>
					<p><a href="{{{{base}}}}/tm/login" rel="nofollow">Đăng nhập</a> | {MADE.replace("TYPEMILL", '<a href="{{base:offsite}}/typemill/">TYPEMILL</a>')}</p>
				</div>
			</footer>
		</div>
		<script src="{{{{base}}}}/themes/cypress/js/cypress.js?20200505"></script>
	</body>
</html>
"""

    def gitbar(a: RichArticle | None, modified: datetime, file: str) -> str:
        bits = []
        if a is not None:
            bits.append(f'Ngày đăng: <time datetime="{a.date:%Y-%m-%d}">{a.date:%d/%m/%Y}</time>')
            bits.append(f"Tác giả: {esc(a.opts['meta_author'])}")
        bits.append(f"Cập nhật lần cuối: {modified:%d/%m/%Y}")
        return (f'<div class="gitbar"><small>{" &middot; ".join(bits)}</small> <a class="github" href="{{{{base:offsite}}}}'
                f'/github/lmhtx-brvt/noi-dung/edit/master/content/{file}" rel="nofollow"><span class="icon-github"></span>'
                f" Sửa trang này</a></div>")

    # -- posts --------------------------------------------------------------------------------
    for a in arts:
        folder = a.opts["folder"]
        prefix, fname, _ = FOLDERS[folder]
        created_utc = a.opts["created"] - timedelta(hours=7)
        file = f"{prefix}-{folder}/{created_utc:%Y%m%d%H%M}-{a.path.rsplit('/', 1)[1]}.md"
        main = f'<article class="post">\n{gitbar(a, a.opts["modified"], file)}\n{body_html(a, alias)}\n</article>'
        site.page(a.path, layout(a.path, a.title, main, desc=a.summary(), author=a.opts["meta_author"],
                                 trail=[(fname, f"/{folder}"), (a.title, a.path)], feed=folder, og_type="article"))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/media/live/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BA RIA - VUNG TAU", "THONG BAO SO 12/TB-LMHTX"]))
        if a is reprint:
            site.redirect(alias, a.path, 301)
            a.aliases.append(alias)
        site.add_article(a)
    site.trap("Cypress' gitbar: 'Ngày đăng' (the meta's manualdate in a <time>), 'Tác giả' (the meta's author: a person, "
              "'admin' or the office) and 'Cập nhật lần cuối' (the meta's modified date: an edit, not the publication)",
              arts[0].path)

    # -- folders of posts: intro + post list, 5 a page, /<folder>/p/2 ---------------------------
    for folder, (prefix, fname, intro) in FOLDERS.items():
        items = by_folder[folder]
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(chunks, 1):
            path = f"/{folder}" if n == 1 else f"/{folder}/p/{n}"
            posts = "\n".join(
                f'<div class="post-item"><a class="postlink" href="{{{{base}}}}{a.path}"><h2>{esc(a.title)}</h2></a>'
                f'<small><time datetime="{a.date:%Y-%m-%d}">{a.date:%d/%m/%Y}</time> | {esc(a.opts["meta_author"])}</small>'
                f"<p>{esc(a.summary())}</p></div>" for a in chunk)
            pager = ""
            if len(chunks) > 1:
                links = []
                if n > 1:
                    prev = f"/{folder}" if n == 2 else f"/{folder}/p/{n - 1}"
                    links.append(f'<a class="prev" href="{{{{base}}}}{prev}">&laquo; Mới hơn</a>')
                links += [f'<span class="current">{k}</span>' if k == n else
                          f'<a href="{{{{base}}}}{"/" + folder if k == 1 else f"/{folder}/p/{k}"}">{k}</a>'
                          for k in range(1, len(chunks) + 1)]
                if n < len(chunks):
                    links.append(f'<a class="next" href="{{{{base}}}}/{folder}/p/{n + 1}">Cũ hơn &raquo;</a>')
                pager = f'<div class="pagination">{" ".join(links)}</div>'
            main = (f'<article class="folder">\n{gitbar(None, datetime(2024, 1, 3), f"{prefix}-{folder}/index.md")}\n'
                    f"<h1>{esc(fname)}</h1>\n<p>{esc(intro)}</p>\n</article>\n<div class=\"postlist\">\n{posts}\n</div>"
                    f"\n{pager}")
            site.page(path, layout(path, fname, main, desc=intro, trail=[(fname, f"/{folder}")], feed=folder),
                      content_type=HTML if n == 1 else None)
            site.non_articles.append(path)
    site.trap("folders of posts /tin-tuc and /van-ban: the folder's intro, then title, date (d/m/Y in <time>), the meta's "
              "author and the description of each post, 5 a page; /tin-tuc/p/2 holds the oldest", "/tin-tuc/p/2")

    # -- pages ---------------------------------------------------------------------------------
    page_texts = {
        "/gioi-thieu": ("Giới thiệu", [("Giới thiệu", "/gioi-thieu")],
                        "<p>Liên minh Hợp tác xã tỉnh Bà Rịa - Vũng Tàu là tổ chức kinh tế - xã hội đại diện cho các HTX, "
                        "liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p>"),
        "/gioi-thieu/chuc-nang-nhiem-vu": ("Chức năng, nhiệm vụ", [("Giới thiệu", "/gioi-thieu"),
                                                                    ("Chức năng, nhiệm vụ", "/gioi-thieu/chuc-nang-nhiem-vu")],
                                            "<ul>\n<li>Tuyên truyền, vận động phát triển kinh tế tập thể;</li>\n<li>Tư vấn, "
                                            "hỗ trợ thành lập và phát triển HTX;</li>\n<li>Đại diện, bảo vệ quyền lợi hợp pháp "
                                            "của thành viên.</li>\n</ul>"),
        "/gioi-thieu/co-cau-to-chuc": ("Cơ cấu tổ chức", [("Giới thiệu", "/gioi-thieu"),
                                                          ("Cơ cấu tổ chức", "/gioi-thieu/co-cau-to-chuc")],
                                       "<p>Thường trực Liên minh HTX tỉnh gồm Chủ tịch và 02 Phó Chủ tịch; các phòng "
                                       "chuyên môn: Văn phòng, Phòng Tuyên truyền - Kiểm tra, Phòng Hỗ trợ - Phát triển.</p>"),
        "/lien-he": ("Liên hệ", [("Liên hệ", "/lien-he")],
                     "<p>Văn phòng Liên minh HTX tỉnh Bà Rịa - Vũng Tàu tiếp nhận ý kiến trong giờ hành chính các ngày "
                     "làm việc.</p>"),
    }
    order = list(page_texts)
    for i, (path, (title, trail, text)) in enumerate(page_texts.items()):
        chapter = ""
        if path.startswith("/gioi-thieu"):
            prev_p = order[i - 1] if i > 0 else None
            next_p = order[i + 1] if i + 1 < len(order) else None
            chapter = ('<nav class="chapter-nav">'
                       + (f'<a class="prev" href="{{{{base}}}}{prev_p}">&larr; {esc(page_texts[prev_p][0])}</a> ' if prev_p else "")
                       + (f'<a class="next" href="{{{{base}}}}{next_p}">{esc(page_texts[next_p][0])} &rarr;</a>' if next_p else "")
                       + "</nav>")
        file = {"/gioi-thieu": "01-gioi-thieu/index.md", "/lien-he": "04-lien-he.md"}.get(
            path, "01-gioi-thieu/" + ("01-" if "chuc" in path else "02-") + path.rsplit("/", 1)[1] + ".md")
        main = (f'<article class="page">\n{gitbar(None, datetime(2024, 2, 26), file)}\n<h1>{esc(title)}</h1>\n{text}\n'
                f"</article>\n{chapter}")
        site.page(path, layout(path, title, main, desc=title, trail=trail),
                  content_type=HTML if path == "/gioi-thieu" else None)
        site.non_articles.append(path)
    site.trap("pages (/gioi-thieu and its two pages, /lien-he): a Markdown h1, text and 'Cập nhật lần cuối', no post "
              "date, previous/next links between the pages: not articles", "/gioi-thieu/co-cau-to-chuc")
    home = (f'<article class="home">\n<h1>{esc(NAME)}</h1>\n<p>Chào mừng bạn đến với trang thông tin của Liên minh Hợp tác '
            f'xã tỉnh Bà Rịa - Vũng Tàu: tin hoạt động, văn bản, thông báo và số liệu về kinh tế tập thể của tỉnh.</p>\n'
            f'<p><a class="button" href="{{{{base}}}}/gioi-thieu">Bắt đầu</a></p>\n</article>')
    site.page("/", layout("/", NAME, home, desc="Trang thông tin Liên minh Hợp tác xã tỉnh Bà Rịa - Vũng Tàu"))
    site.non_articles.append("/")
    site.trap("home /: the index.md intro and a 'Bắt đầu' button (Cypress' start page): no post list", "/")

    # -- login, robots, sitemap, RSS -------------------------------------------------------------
    site.page("/tm/login", '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="UTF-8"><title>Đăng nhập | TYPEMILL</title>'
              '<meta name="robots" content="noindex"></head><body><div class="loginarea"><form method="POST" action="/tm/login">'
              '<label for="username">Tên đăng nhập</label><input type="text" name="username" id="username">'
              '<label for="password">Mật khẩu</label><input type="password" name="password" id="password">'
              '<input type="submit" value="Đăng nhập"></form></div></body></html>\n')
    site.never_fetched.append("/tm/login")
    site.static("/robots.txt", "User-agent: *\nDisallow: /tm/\nDisallow: /setup\nDisallow: /cache/*.txt\n\n"
                "Sitemap: {{base}}/cache/sitemap.xml\n")
    site.trap("robots.txt disallows /tm/: the footer's 'Đăng nhập' /tm/login is never fetched", "/tm/login")
    urls = [("/", datetime(2024, 2, 26))] + [(p, datetime(2024, 2, 26)) for p in page_texts] + \
        [(f"/{f}", datetime(2024, 1, 3)) for f in FOLDERS] + [(a.path, a.opts["modified"]) for a in arts]
    site.page("/cache/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">\n' + "".join(f"<url><loc>{{{{base}}}}{u}</loc><lastmod>{d:%Y-%m-%d}</lastmod></url>\n"
                                           for u, d in urls) + "</urlset>\n", content_type="application/xml")
    site.trap("Typemill's sitemap /cache/sitemap.xml (named by robots.txt): every page and post, lastmod = the "
              "modified date", "/cache/sitemap.xml")
    for folder, (prefix, fname, intro) in FOLDERS.items():
        items = "".join(
            f"<item>\n<title>{esc(a.title)}</title>\n<link>{{{{base}}}}{a.path}</link>\n<guid>{{{{base}}}}{a.path}</guid>\n"
            f"<pubDate>{rfc822_utc(a.opts['created'])}</pubDate>\n<description><![CDATA[{a.summary()}]]></description>\n"
            f"</item>\n" for a in by_folder[folder])
        site.page(f"/{folder}/rss", f'<?xml version="1.0" encoding="UTF-8" ?>\n<rss version="2.0" xmlns:atom="http://www.w3.'
                  f'org/2005/Atom">\n<channel>\n<title>{esc(fname)} - {esc(NAME)}</title>\n<atom:link href="{{{{base}}}}/'
                  f'{folder}/rss" rel="self" type="application/rss+xml" />\n<link>{{{{base}}}}/{folder}</link>\n<description>'
                  f'{esc(intro)}</description>\n<language>vi</language>\n<lastBuildDate>{rfc822_utc(NOW)}</lastBuildDate>\n'
                  f"{items}</channel>\n</rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("the RSS plugin's /tin-tuc/rss and /van-ban/rss (every post of the folder): pubDate is the creation time "
              "in UTC ('+0000'), a day early for the post created at 00:20", "/tin-tuc/rss")
    for asset in ["/themes/cypress/css/fontello.css", "/themes/cypress/css/style.css"]:
        site.static(asset, "body{font-family:Arial,sans-serif}\n")
    site.static("/themes/cypress/js/cypress.js", "/* cypress */\n")
    site.binary("/themes/cypress/img/favicon-32.png", image_for("favicon-brvt"))
    site.binary("/media/live/logo-lmhtx.png", image_for("logo-brvt"))
    return site
