"""Site `tintuc-htxtuyenquang` (registry family `generic`): "Tin tức Liên minh HTX tỉnh Tuyên Quang", the news site of
the Tuyên Quang cooperative alliance (merged with Hà Giang on 1 July 2025) on **GetSimple CMS 3.3.16** (flat-file,
the bundled **Innovation** theme, fancy URLs) with the **News Manager 3.x** plugin (its strings set to Vietnamese in
the plugin's "custom settings": `PUBLISHED "Ngày đăng:"`, `DATE_FORMAT "%d/%m/%Y %H:%M"`, …). Written as a held-out
test: no family module, no selectors.

URL shapes: GetSimple pages `/<slug>/` (`/gioi-thieu/`, `/lien-he/`, the home `/`); the news page `/tin-tuc/`, its
pages `/tin-tuc/page/2`, a post `/tin-tuc/post/<slug>` (no trailing slash), month archives `/tin-tuc/archive/202603`,
tags `/tin-tuc/tag/<tag>` (lower-cased, `rawurlencode`d: `/tin-tuc/tag/n%C3%B4ng%20s%E1%BA%A3n`). Fancy URLs are an
.htaccess rewrite to `index.php?id=tin-tuc&post=<slug>`, which answers too (old links use it).

Why it is hard: a post is rendered INSIDE the news page: the page's `<h1>` is "Tin tức" (the GetSimple page title,
restored after the `<title>` patch), the post title is `h3.nm_post_title`, the date `p.nm_post_date` ("Ngày đăng:
12/03/2026 08:30"), the text `div.nm_post_content`; GetSimple's `get_header()` writes `<link rel="canonical">` to the
NEWS PAGE (`/tin-tuc/`) on every post (News Manager does not touch it), and the Innovation theme's footer says
"Published on <time datetime='2025-02-14'>February 14th, 2025</time>" — the news page's own save date, the same on
every post. The sitemap (News Manager adds the posts) writes the local time with "+00:00" (GetSimple's
makeIso8601TimeStamp). Lists show News Manager's excerpts: the plain text cut at 300 characters + " [...] " and "Xem
tiếp" (a short post's excerpt is all of its text, byline included).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "tintuc-htxtuyenquang"
NAME = "Tin tức Liên minh HTX tỉnh Tuyên Quang"
HTML = "text/html; charset=utf-8"
PAGE_DATE = datetime(2025, 2, 14, 10, 22)  # the news page's last save
FURN = ["Published on", "February 14th, 2025", "Innovation Theme by", "Cagintranet", "Powered by GetSimple", "Connect",
        "Ngày đăng:", "Từ khóa:", "<< Quay lại trang trước", "Tin mới", "Lưu trữ tin",
        "Liên minh HTX tỉnh Tuyên Quang – Số 8 đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang",
        "Điện thoại: 0207 3822 561", "Thư điện tử: lmhtxtuyenquang@gmail.com", "Tìm tin", "Home"]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="lien-minh-htx-tinh-so-ket-quy-i-nam-2026", title="Liên minh HTX tỉnh sơ kết hoạt động quý I năm 2026",
          body="""
Chiều 27/3, Liên minh HTX tỉnh Tuyên Quang tổ chức hội nghị sơ kết hoạt động quý I, triển khai nhiệm vụ quý II năm 2026.
Quý I, toàn tỉnh thành lập mới 38 HTX, nâng tổng số HTX đang hoạt động lên 1.104 HTX.
[img so-ket-quy-1-2026.png] Đồng chí Chủ tịch Liên minh HTX tỉnh phát biểu tại hội nghị
## Nhiệm vụ quý II
Liên minh HTX tập trung tư vấn thành lập HTX ở các xã vùng cao khu vực Hà Giang cũ và hỗ trợ HTX tham gia hội chợ.
""", byline="Bài, ảnh: Ma Thị Huyền", author="Ma Thị Huyền",
          opts={"tags": ["hội nghị", "liên minh htx"]},
          notes=["post /tin-tuc/post/<slug> inside the news page: h1 'Tin tức' (the page), h3.nm_post_title (the post), "
                 "p.nm_post_date 'Ngày đăng: 27/03/2026 15:10'; rel=canonical is /tin-tuc/ (GetSimple's get_header); "
                 "'Published on February 14th, 2025' (the news page's save date) under it; 'Bài, ảnh: Ma Thị Huyền' -> author"],
          **at(datetime(2026, 3, 27, 15, 10))),
        A(path="ke-hoach-so-18-kh-lmhtx-boi-duong-can-bo-quan-ly-htx-2026",
          title="Kế hoạch số 18/KH-LMHTX tổ chức lớp bồi dưỡng cán bộ quản lý HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH TUYÊN QUANG
Số: 18/KH-LMHTX
Tuyên Quang, ngày 09 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức lớp bồi dưỡng kiến thức quản lý cho cán bộ HTX năm 2026
## I. MỤC ĐÍCH, YÊU CẦU
Nâng cao năng lực quản trị, kế toán và xây dựng phương án kinh doanh cho cán bộ quản lý HTX.
## II. THỜI GIAN, ĐỊA ĐIỂM
Lớp học tổ chức 2 đợt trong tháng 4/2026 tại phường Hà Giang 1 và phường Minh Xuân.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Thu Hằng
""", author=None, doc_number="18/KH-LMHTX",
          attachments=[{"path": "/data/uploads/van-ban/kh-18-kh-lmhtx-2026.pdf", "text": "Tải kế hoạch số 18/KH-LMHTX (PDF)"}],
          opts={"tags": ["văn bản", "đào tạo"]},
          notes=["plan 'Số: 18/KH-LMHTX' dated 09/3 in the text, posted 'Ngày đăng: 11/03/2026 09:00'; the signer is text, "
                 "author null; the link 'Tải kế hoạch số 18/KH-LMHTX (PDF)' to /data/uploads/…pdf after the text: an attachment"],
          **at(datetime(2026, 3, 11, 9, 0))),
        A(path="htx-cam-sanh-ham-yen-lien-ket-tieu-thu-2000-tan-qua", title="HTX Cam sành Hàm Yên liên kết tiêu thụ 2.000 tấn quả",
          body="""
HTX Cam sành Hàm Yên vừa ký hợp đồng cung ứng 2.000 tấn cam sành cho hai hệ thống siêu thị trong năm 2026.
Theo hợp đồng, HTX cung cấp cam đạt tiêu chuẩn VietGAP, có tem truy xuất nguồn gốc cho từng lô hàng.
Giá thu mua được điều chỉnh theo tháng, không thấp hơn giá thị trường tại vườn.
""", byline="Thu Phương - Báo Tuyên Quang", author="Thu Phương",
          opts={"tags": ["cam sành", "nông sản"]},
          notes=["posted at 19:40: the sitemap's lastmod '2026-02-24T19:40:00+00:00' (local time labelled UTC) is the next "
                 "day in Vietnam; byline 'Thu Phương - Báo Tuyên Quang' -> author Thu Phương; its non-fancy address "
                 "/index.php?id=tin-tuc&post=<slug> (linked from the home page) renders the same post: an alias"],
          **at(datetime(2026, 2, 24, 19, 40))),
        A(path="anh-che-shan-tuyet-ha-giang-vao-vu-xuan", title="Ảnh: Chè Shan tuyết Hà Giang vào vụ xuân",
          body="""
Những ngày đầu tháng 2, các HTX chè ở khu vực Hà Giang cũ bắt đầu thu hái lứa chè xuân đầu tiên.
[img che-shan-1.png] Thành viên HTX Chè Lũng Phìn hái búp chè trên cây cổ thụ
[img che-shan-2.png] Chè được làm héo và sao thủ công tại xưởng của HTX
[img che-shan-3.png] Chè xuân Shan tuyết đóng gói, sẵn sàng giao cho khách hàng
""", byline="Ảnh: Hoàng Văn Đức", author="Hoàng Văn Đức",
          opts={"tags": ["chè shan tuyết", "nông sản"]},
          notes=["photo story: CKEditor images, each caption a centred <em> paragraph after the image's <p> (one line "
                 "each); 'Ảnh: Hoàng Văn Đức' -> author"],
          **at(datetime(2026, 2, 9, 7, 30))),
        A(path="so-lieu-htx-nong-nghiep-toan-tinh-sau-hop-nhat", title="Số liệu HTX nông nghiệp toàn tỉnh sau hợp nhất",
          body="""
Sau khi hợp nhất hai tỉnh Tuyên Quang và Hà Giang, số HTX nông nghiệp của tỉnh như sau:
| Khu vực | Số HTX | Số thành viên | Doanh thu bình quân (triệu đồng) |
| Tuyên Quang cũ | 512 | 9.840 | 2.650 |
| Hà Giang cũ | 436 | 7.215 | 1.870 |
| Toàn tỉnh | 948 | 17.055 | 2.290 |
Các HTX dược liệu, chè và chăn nuôi chiếm hơn một nửa số HTX nông nghiệp.
""", author=None,
          opts={"tags": ["số liệu"]},
          notes=["a CKEditor table (one line per row, <th> header row); no byline: author null"],
          **at(datetime(2026, 1, 19, 10, 15))),
        A(path="bon-viec-htx-can-lam-khi-to-chuc-lai-theo-luat-htx-2023", title="Bốn việc HTX cần làm khi tổ chức lại theo Luật HTX 2023",
          body="""
Để hoạt động đúng Luật HTX năm 2023, các HTX cần thực hiện bốn việc sau:
* Rà soát danh sách thành viên chính thức và thành viên liên kết;
* Sửa đổi điều lệ, thông qua tại đại hội thành viên;
* Xác định lại vốn điều lệ và tài sản không chia;
* Đăng ký thay đổi nội dung với cơ quan đăng ký HTX.
""", byline="Theo Lê Minh Hoàng", author="Lê Minh Hoàng",
          opts={"tags": ["luật htx"]},
          notes=["a four-item list after a line ending with a colon; 'Theo Lê Minh Hoàng' names a person -> author"],
          **at(datetime(2026, 1, 6, 14, 0))),
        A(path="htx-duoc-lieu-chiem-hoa-mo-rong-vung-trong-ba-kich", title="HTX Dược liệu Chiêm Hóa mở rộng vùng trồng ba kích",
          body="""
HTX Dược liệu Chiêm Hóa trồng mới 25 ha ba kích tím dưới tán rừng, nâng diện tích lên 80 ha.
""", author=None,
          opts={"tags": ["dược liệu"], "oldlink": True},
          notes=["a short post, no byline: author null; News Manager's excerpt on the lists is its whole text (no "
                 "' [...] '); its non-fancy address /?id=tin-tuc&post=<slug> (from /gioi-thieu/) is an alias; only on "
                 "/tin-tuc/page/2"],
          **at(datetime(2025, 12, 12, 8, 45))),
        A(path="hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-3", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 3",
          body="""
Ngày 3/12, Ban Chấp hành Liên minh HTX tỉnh Tuyên Quang tổ chức hội nghị lần thứ 3, nhiệm kỳ 2025 - 2030.
Hội nghị thông qua chương trình công tác năm 2026 và kế hoạch kiện toàn bộ máy sau hợp nhất.
## Các chỉ tiêu chủ yếu năm 2026
Phấn đấu thành lập mới 120 HTX, 90% HTX hoạt động hiệu quả từ trung bình trở lên.
""", byline="Nguyễn Thanh Tùng", author="Nguyễn Thanh Tùng",
          opts={"tags": ["hội nghị", "liên minh htx"]},
          notes=["oldest post, only on /tin-tuc/page/2 and its archive; the bare name 'Nguyễn Thanh Tùng' closes the text"],
          **at(datetime(2025, 12, 4, 16, 20))),
    ]


def render(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"\t<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img alt="" src="/data/uploads/tin-tuc/{b.src}" style="width: 600px; height: 400px;" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="1" cellspacing="1" style="width: 100%;">\n<thead>\n<tr>\n'
                       + "\n".join(f'\t<th scope="col">{esc(c)}</th>' for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"\t<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def excerpt(a: RichArticle) -> str:
    text = " ".join(a.text_lines())
    if len(text) <= 300:
        return esc(text)
    cut = text[:301]
    cut = cut[:cut.rfind(" ")]
    return esc(cut) + " [...] "


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tuyen-quang", NAME + " (GetSimple)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"/tin-tuc/post/{a.path}"
    tags = sorted({t for a in posts for t in a.opts["tags"]})

    def tag_url(t: str) -> str:
        return "/tin-tuc/tag/" + quote(t, safe="")

    months = []
    for a in posts:
        if (a.date.year, a.date.month) not in months:
            months.append((a.date.year, a.date.month))

    sidebar_comp = (
        '<h2>Tin mới</h2>\n<ul class="nm_recent">\n' + "\n".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in posts[:5]) + "\n</ul>\n"
        '<h2>Lưu trữ tin</h2>\n<ul class="nm_archives">\n' + "\n".join(f'<li><a href="/tin-tuc/archive/{y}{m:02d}">Tháng {m:02d}/{y}</a></li>' for y, m in months) + "\n</ul>\n"
        '<h2>Từ khóa</h2>\n<div class="nm_tags">' + " ".join(f'<a href="{tag_url(t)}" class="tag{1 + sum(t in a.opts["tags"] for a in posts) // 2}">{esc(t)}</a>' for t in tags) + "</div>\n"
        '<h2>Tìm tin</h2>\n<form id="search" action="{{base}}/tin-tuc/" method="post"><input type="text" class="text" name="keywords" />'
        '<input type="submit" class="submit" name="search" value="Tìm" /></form>\n'
        '<p>Liên minh HTX tỉnh Tuyên Quang – Số 8 đường Tân Trào, phường Minh Xuân, tỉnh Tuyên Quang<br />Điện thoại: 0207 3822 561<br />'
        'Thư điện tử: lmhtxtuyenquang@gmail.com</p>')
    nav_items = [("index", "Trang chủ", "/"), ("gioi-thieu", "Giới thiệu", "/gioi-thieu/"), ("tin-tuc", "Tin tức", "/tin-tuc/"),
                 ("lien-he", "Liên hệ", "/lien-he/")]

    def layout(slug: str, page_title: str, title_tag: str, content: str, *, desc: str = "", canonical: str,
               page_date: datetime) -> str:
        nav = "".join(f'<li class="{s}{" current active" if s == slug else ""}"><a href="{u}" title="{esc(t)}">{esc(t)}</a></li>\n'
                      for s, t, u in nav_items)
        d = f'<meta name="description" content="{attr(desc)}" />\n' if desc else ""
        day = page_date.day
        suffix = "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"""<!DOCTYPE html>
<!--[if lt IE 7 ]> <html lang="en" class="ie6"> <![endif]-->
<!--[if IE 7 ]>    <html lang="en" class="ie7"> <![endif]-->
<!--[if IE 8 ]>    <html lang="en" class="ie8"> <![endif]-->
<!--[if IE 9 ]>    <html lang="en" class="ie9"> <![endif]-->
<!--[if (gt IE 9)|!(IE)]><!--> <html lang="en" > <!--<![endif]-->
<head>
<meta charset="utf-8">

  <title>{esc(title_tag)} - {NAME}</title>

	<link href="/theme/Innovation/assets/css/reset.css" rel="stylesheet">
	<link href="/theme/Innovation/style.css" rel="stylesheet">

	{d}<link rel="canonical" href="{{{{base}}}}{canonical}" />
<script type="text/javascript" src="/admin/template/js/jquery.min.js"></script>

</head>
<body id="{slug}" >

	<!-- site header -->
	<header>
		<div class="header">
			<div class="wrapper">
				<a href="{{{{base}}}}/" id="logo" >{NAME}</a>
				<nav id="main-nav">
					<ul>
						{nav}
					</ul>
				</nav>
			</div>
		</div>
		<p class="breadcrumbs" >
			<span class="wrapper">
				<a href="{{{{base}}}}/">Home</a> &nbsp;&nbsp;&bull;&nbsp;&nbsp;  <b>{esc(page_title)}</b>
			</span>
		</p>
  </header>

	<div class="wrapper clearfix">
		<!-- page content -->
		<article>
			<section>

				<!-- title and content -->
				<h1>{esc(page_title)}</h1>
				{content}

				<!-- page footer -->
				<div class="footer">
				<p>Published on <time datetime="{page_date:%Y-%m-%d}">{page_date:%B} {day}{suffix}, {page_date:%Y}</time></p>
				</div>
			</section>

		</article>

		<!-- include the sidebar template -->
		<aside id="sidebar">

	<div class="section" id="socialmedia" >
		<h2>Connect</h2>
		<div class="icons">
		<a href="{{{{base:offsite}}}}/facebook/lmhtxtuyenquang"><img src="/theme/Innovation/assets/images/facebook.png" alt="facebook"/></a>
			<img src="/theme/Innovation/assets/images/break.png" alt="" />
			<div class="addthis_toolbox" style="display:inline;width:24px;" >
				<a href="{{{{base:offsite}}}}/addthis/bookmark.php?v=250" class="addthis_button_compact"><img src="/theme/Innovation/assets/images/share.png" alt="Add This Button" /></a>
			</div>
		</div>
	</div>
	<div class="section">
		{sidebar_comp}
	</div>
</aside>
	</div>

	<footer class="clearfix" >
		<div class="wrapper">
			<div class="left">2026 <a href="{{{{base}}}}/" >{NAME}</a></div>
			<div class="right">Innovation Theme by <a href="{{{{base:offsite}}}}/cagintranet/" >Cagintranet</a> &middot; <a href="{{{{base:offsite}}}}/getsimple/" target="_blank" >Powered by GetSimple</a></div>
		</div>
	</footer>

</body>
</html>
"""

    def nm_post(a: RichArticle, single: bool) -> str:
        title = esc(a.title) if single else f'<a href="{a.path}">{esc(a.title)}</a>'
        cls = "nm_post nm_post_single" if single else "nm_post"
        content = (render(a) if single else
                   f'<p>{excerpt(a)}' + (f'<span class="nm_readmore"><a href="{a.path}">Xem tiếp</a></span>' if len(" ".join(a.text_lines())) > 300 else "") + "</p>")
        tags = " ".join(f'<a href="{tag_url(t)}">{esc(t)}</a>' for t in a.opts["tags"])
        back = '    <p class="nm_post_back"><a href="javascript:history.back()">&lt;&lt; Quay lại trang trước</a></p>\n' if single else ""
        return (f'  <div class="{cls}">\n    <h3 class="nm_post_title">{title}</h3>\n'
                f'    <p class="nm_post_date">Ngày đăng: {a.date:%d/%m/%Y %H:%M}</p>\n    <div class="nm_post_content">{content}    </div>\n'
                f'    <p class="nm_post_meta"><b>Từ khóa:</b> {tags}</p>\n{back}  </div>\n')

    for a in posts:
        html = layout("tin-tuc", "Tin tức", f"{a.title} - Tin tức", nm_post(a, True), desc=" ".join(excerpt(a).split()[:30]),
                      canonical="/tin-tuc/", page_date=PAGE_DATE)
        site.page(a.path, html, content_type=HTML)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/data/uploads/tin-tuc/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 18/KH-LMHTX", "Boi duong can bo quan ly HTX 2026"]))
        site.add_article(a)
    fancy_alias = posts[2]
    old_alias = next(a for a in posts if a.opts.get("oldlink"))
    site.page(f"/index.php?id=tin-tuc&post={fancy_alias.opts['slug']}", site.html_pages[fancy_alias.path])
    fancy_alias.aliases.append(f"/index.php?id=tin-tuc&post={fancy_alias.opts['slug']}")
    site.page(f"/?id=tin-tuc&post={old_alias.opts['slug']}", site.html_pages[old_alias.path])
    old_alias.aliases.append(f"/?id=tin-tuc&post={old_alias.opts['slug']}")

    def nav(urls: list[str], n: int) -> str:
        out = ['<div class="nm_page_nav">']
        if n > 0:
            out.append(f' <span class="previous"><a href="{urls[n - 1]}" title="Trang trước">&lt;</a></span>')
        for k, u in enumerate(urls):
            out.append(f' <span class="current"><span>{k + 1}</span></span>' if k == n else f' <span><a href="{u}">{k + 1}</a></span>')
        if n + 1 < len(urls):
            out.append(f' <span class="next"><a href="{urls[n + 1]}" title="Trang sau">&gt;</a></span>')
        return "\n".join(out + ["</div>"])

    def news_list(path: str, items: list, canonical: str, paged: bool = True) -> None:
        chunks = [items[i:i + 5] for i in range(0, len(items), 5)] if paged else [items]
        urls = [path] + [f"/tin-tuc/page/{k}" for k in range(2, len(chunks) + 1)]
        for n, chunk in enumerate(chunks):
            content = "\n" + "".join(nm_post(a, False) for a in chunk) + (nav(urls, n) if len(chunks) > 1 else "")
            site.page(urls[n], layout("tin-tuc", "Tin tức", "Tin tức", content, canonical=canonical, page_date=PAGE_DATE),
                      content_type=None if urls[n].endswith("/") else HTML)
            site.non_articles.append(urls[n])

    news_list("/tin-tuc/", posts, "/tin-tuc/")
    for y, m in months:
        news_list(f"/tin-tuc/archive/{y}{m:02d}", [a for a in posts if (a.date.year, a.date.month) == (y, m)], "/tin-tuc/", paged=False)
    for t in tags:
        news_list(tag_url(t), [a for a in posts if t in a.opts["tags"]], "/tin-tuc/", paged=False)
    site.trap("the news page /tin-tuc/ and /tin-tuc/page/2 (5 a page), archives /tin-tuc/archive/<yyyymm>, tags "
              "/tin-tuc/tag/<rawurlencoded tag>: News Manager excerpts (plain text cut at 300 characters + ' [...] ' and "
              "'Xem tiếp'; a short post's excerpt is its whole text), every one under h1 'Tin tức' with the same "
              "canonical /tin-tuc/ and 'Published on February 14th, 2025': listings", "/tin-tuc/page/2")

    def gs_page(slug: str, path: str, title: str, body: str, date: datetime) -> None:
        site.page(path, layout(slug, title, title, body, canonical=path, page_date=date,
                               desc=inline_text(body.split("</p>")[0].replace("<p>", ""))[:150] if body.startswith("<p>") else ""))
        site.non_articles.append(path)

    gs_page("index", "/", "Trang chủ", "<p>Chào mừng bạn đến với trang tin của Liên minh Hợp tác xã tỉnh Tuyên Quang.</p>"
            "<p>Trang cập nhật tin hoạt động của Liên minh HTX, các HTX, tổ hợp tác trên địa bàn tỉnh (gồm cả khu vực Hà Giang cũ).</p>"
            f'<p>Tin nổi bật: <a href="/index.php?id=tin-tuc&amp;post={fancy_alias.opts["slug"]}">{esc(fancy_alias.title)}</a></p>',
            datetime(2025, 8, 1, 9, 0))
    gs_page("gioi-thieu", "/gioi-thieu/", "Giới thiệu", "<p>Liên minh HTX tỉnh Tuyên Quang là tổ chức chính trị - xã hội của các HTX, "
            "liên hiệp HTX, tổ hợp tác trong tỉnh.</p><p>Từ ngày 1/7/2025, Liên minh HTX tỉnh Tuyên Quang và Liên minh HTX tỉnh Hà Giang "
            f'hợp nhất thành Liên minh HTX tỉnh Tuyên Quang.</p><p>Xem thêm: <a href="/?id=tin-tuc&amp;post={old_alias.opts["slug"]}">'
            f"{esc(old_alias.title)}</a></p>", datetime(2025, 7, 15, 14, 30))
    gs_page("lien-he", "/lien-he/", "Liên hệ", "<p>Mọi ý kiến đóng góp xin gửi về Văn phòng Liên minh HTX tỉnh.</p>"
            '<form method="post" action="{{base}}/lien-he/"><p><input type="text" name="ten" /> <textarea name="noidung"></textarea>'
            '<input type="submit" value="Gửi" /></p></form>', datetime(2024, 5, 20, 8, 0))
    site.trap("GetSimple pages / (links a post by /index.php?id=tin-tuc&post=<slug>), /gioi-thieu/ (links one by "
              "/?id=tin-tuc&post=<slug>), /lien-he/: h1 + content + 'Published on …' (each page's own date): not "
              "articles; the two non-fancy addresses render the posts: aliases", "/gioi-thieu/")

    def iso_bug(d: datetime) -> str:
        return d.strftime("%Y-%m-%dT%H:%M:%S") + "+00:00"

    urls = [("/", datetime(2025, 8, 1, 9, 0)), ("/gioi-thieu/", datetime(2025, 7, 15, 14, 30)),
            ("/tin-tuc/", PAGE_DATE), ("/lien-he/", datetime(2024, 5, 20, 8, 0))]
    seen_tags = []
    for a in posts:
        urls.append((a.path, a.date))
        for t in a.opts["tags"]:
            if t not in seen_tags:
                seen_tags.append(t)
                urls.append((tag_url(t), a.date))
    body = "".join(f"<url><loc>{{{{base}}}}{u}</loc><lastmod>{iso_bug(d)}</lastmod><changefreq>monthly</changefreq>"
                   f"<priority>{'1.0' if u == '/' else '0.5'}</priority></url>" for u, d in urls)
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{body}</urlset>',
              content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /backups/\nDisallow: /data/\nDisallow: /plugins/\n"
                "Allow: /data/uploads/\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("/sitemap.xml: GetSimple pages + News Manager posts and tag pages, lastmod = the post's local time with '+00:00' "
              "(makeIso8601TimeStamp); robots.txt is GetSimple's (admin/, data/ … disallowed, data/uploads/ allowed)", "/sitemap.xml")
    for name in ("facebook.png", "break.png", "share.png"):
        site.binary(f"/theme/Innovation/assets/images/{name}", image_for(name))
    return site
