"""Site `ghichep-htxangiang` (registry family `generic`): "Ghi chép HTX An Giang", the notebook blog of the An Giang
cooperative alliance's communication team (the province merged with Kiên Giang on 1 July 2025), on **PluXml 5.8**
(flat-file XML, the bundled `defaut` theme, a Vietnamese language pack, URL rewriting on). Written as a held-out
test: no family module, no selectors.

URL shapes (PluXml's): an article `/article<n>/<url>` (rewritten), which also answers at the plain
`/index.php?article<n>/<url>` (what PluXml writes when rewriting is off: old links and the "Giới thiệu" page use it);
categories `/categorie<n>/<url>` (page 2 `/categorie<n>/<url>/page2`), tags `/tag/<tag>`, month archives
`/archives/2026/03`, the home's page 2 `/page2`, static pages `/static<n>/<url>`; the feeds `/feed/rss` (articles)
and `/feed/rss/commentaires`; `/sitemap.php`. No robots.txt (PluXml ships none).

Why it is hard: the only `<h1>` is the blog's name; the article's title is the `<h2>` of `article > header`, with
the date ABOVE it (`span.art-date > time`: "12 tháng 3 2026", a date without a time: the theme's
`#num_day #month #num_year(4)`), "Viết bởi <login name>" and the comment count under it ("Viết bởi Ban biên tập" is
the office account, never the author; "Viết bởi Châu Thị Mỹ Linh" is the reporter's own account, a person). The
chapô is printed before the content on the article page (the first line of the text) and alone in the lists,
followed by "Đọc tiếp: <title>"; an article without a chapô shows its WHOLE text in the lists (PluXml's quirk). The
server timezone was left at UTC, so the RSS feed's pubDate labels the local time "+0000": an evening post reads as
the next morning in Vietnam. Comments (`div.comment`, "#1 13 tháng 3 2026 - 08:12 Tên đã viết:") and the comment
form sit under the article; the sidebar repeats the latest comments. No Open Graph, no JSON-LD, no canonical.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, pdf
from .richbody import RichArticle, parse_rich

SITE = "ghichep-htxangiang"
NAME = "Ghi chép HTX An Giang"
SUB = "Sổ tay kinh tế tập thể miền biên giới An Giang"
HTML = "text/html; charset=utf-8"
CATS = {1: ("Tin hoạt động", "tin-hoat-dong"), 2: ("Thông báo", "thong-bao"), 3: ("Gương HTX", "guong-htx")}
USERS = {"001": "Ban biên tập", "002": "Châu Thị Mỹ Linh"}
FOOT = "© 2026 Ghi chép HTX An Giang - Tạo bởi PluXml trong 0,021s"
COMMENTS = {
    1: ("Nguyễn Văn Út", "HTX chúng tôi ở Tri Tôn muốn đăng ký tham gia, xin số điện thoại liên hệ.", datetime(2026, 3, 13, 8, 12)),
    2: ("Lâm Thị Sa Ra", "Mô hình rất hay, mong Liên minh hỗ trợ thêm cho các HTX vùng đồng bào Khmer.", datetime(2026, 2, 6, 19, 30)),
    3: ("Trần Minh Tâm", "Cảm ơn bài viết, HTX chúng tôi sẽ chuẩn bị hồ sơ sớm.", datetime(2025, 12, 20, 10, 5)),
}
MONTHS = {m: f"tháng {m}" for m in range(1, 13)}
FURN = [SUB, FOOT, "Quản trị", "Lên đầu trang", "Chuyên mục", "Bài viết mới", "Bình luận mới", "Lưu trữ", "Thẻ",
        "Viết bởi", "Xếp vào", "Viết bình luận", "Tên của bạn", "Trang web (tùy chọn)", "E-mail (tùy chọn)",
        "Nội dung bình luận", "đã viết:", "Trả lời", "Trang chủ", "Dòng RSS của bài viết",
        "Dòng RSS của bình luận", *[c[1] for c in COMMENTS.values()]]


def slug(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")


def d_vi(d: datetime) -> str:
    return f"{d.day} {MONTHS[d.month]} {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def on(d: datetime) -> dict:  # the page prints the day only: midnight
        return dict(date=d, published=d.strftime("%Y-%m-%dT00:00:00+07:00"), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc đăng ký tham gia Hội chợ nông sản HTX vùng biên giới năm 2026",
          lead="Liên minh HTX tỉnh thông báo các HTX đăng ký gian hàng tại Hội chợ nông sản HTX vùng biên giới năm 2026.",
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH AN GIANG
Số: 07/TB-LMHTX
An Giang, ngày 09 tháng 3 năm 2026
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ nông sản HTX vùng biên giới năm 2026
Hội chợ diễn ra từ ngày 15 đến 19/4/2026 tại phường Châu Đốc, với khoảng 180 gian hàng.
- Đối tượng: HTX, liên hiệp HTX có sản phẩm OCOP hoặc sản phẩm chủ lực của địa phương.
- Hạn đăng ký: trước ngày 31/3/2026.
- Liên minh HTX hỗ trợ 50% chi phí gian hàng cho HTX vùng đồng bào dân tộc thiểu số.
CHỦ TỊCH
Nguyễn Thanh Phong
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/data/medias/van-ban/tb-07-lmhtx-2026.pdf", "text": "tb-07-lmhtx-2026.pdf"}],
          opts={"id": 46, "url": "thong-bao-so-07-tb-lmhtx-hoi-cho-nong-san-htx-vung-bien-gioi-2026", "cat": 2,
                "user": "001", "tags": ["Hội chợ", "OCOP"], "comments": [1]},
          notes=["notice 'Số: 07/TB-LMHTX' dated 09/3 in the text, posted on '12 tháng 3 2026' at 21:40 (the page prints the "
                 "day only: midnight); the RSS pubDate 'Thu, 12 Mar 2026 21:40:00 +0000' (local time labelled UTC: 13/3 in "
                 "Vietnam); the signer is text; 'Viết bởi Ban biên tập' is the office account: author null; the PDF link "
                 "'Tải về: tb-07-lmhtx-2026.pdf' at the end of the text: an attachment"],
          **on(datetime(2026, 3, 12, 21, 40))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh An Giang năm 2025",
          lead="Sau hợp nhất, toàn tỉnh An Giang có 1.102 HTX đang hoạt động, tăng 86 HTX so với cuối năm 2024.",
          body="""
| Chỉ tiêu | Năm 2024 | Năm 2025 |
| Số HTX đang hoạt động | 1.016 | 1.102 |
| Số thành viên HTX | 58.420 | 61.935 |
| Doanh thu bình quân một HTX (triệu đồng) | 4.150 | 4.610 |
| Sản phẩm OCOP của HTX | 214 | 251 |
Các HTX lúa gạo, thủy sản và du lịch cộng đồng tăng nhanh nhất về số lượng.
""", byline="Theo Báo An Giang", author=None,
          opts={"id": 44, "url": "ket-qua-phat-trien-kinh-te-tap-the-tinh-an-giang-nam-2025", "cat": 1, "user": "001",
                "tags": ["Số liệu"], "comments": []},
          notes=["a data table (TinyMCE, <th> header row): one line per row; 'Theo Báo An Giang' names a newspaper: text, "
                 "author null"],
          **on(datetime(2026, 2, 24, 9, 15))),
        A(path="", title="Ảnh: HTX Nông nghiệp Lương An Trà vào mùa thu hoạch lúa đông xuân",
          lead="Những ngày đầu tháng 2, các thành viên HTX Nông nghiệp Lương An Trà ở xã Tri Tôn bắt đầu thu hoạch lúa đông xuân.",
          body="""
[img lua-dong-xuan-1.png] Máy gặt đập liên hợp của HTX thu hoạch lúa trên cánh đồng lớn
[img lua-dong-xuan-2.png] Lúa được chở thẳng về kho sấy của HTX ngay trong ngày
[img lua-dong-xuan-3.png] Cán bộ HTX kiểm tra độ ẩm của lúa trước khi nhập kho
""", byline="Bài và ảnh: Châu Thị Mỹ Linh", author="Châu Thị Mỹ Linh",
          opts={"id": 41, "url": "anh-htx-luong-an-tra-mua-thu-hoach-lua-dong-xuan", "cat": 3, "user": "002",
                "tags": ["Lúa gạo"], "comments": [2]},
          notes=["photo story: each image in its own <p>, the caption a centred <em> paragraph under it (one line each); "
                 "'Bài và ảnh: Châu Thị Mỹ Linh' -> author (also her own account in 'Viết bởi')"],
          **on(datetime(2026, 2, 5, 7, 30))),
        A(path="", title="Bốn điều HTX cần làm để được vay vốn Quỹ hỗ trợ phát triển HTX",
          lead="Để được xem xét cho vay, HTX cần chuẩn bị hồ sơ đầy đủ và đáp ứng các điều kiện sau:",
          body="""
* Có phương án sản xuất kinh doanh khả thi, được đại hội thành viên thông qua;
* Có báo cáo tài chính hai năm gần nhất;
* Có tài sản bảo đảm hoặc bảo lãnh theo quy định;
* Không có nợ quá hạn tại các tổ chức tín dụng.
Cán bộ Liên minh HTX tỉnh hỗ trợ HTX hoàn thiện hồ sơ miễn phí.
""", byline="Lê Hoàng Nam - Trung tâm Khuyến nông", author="Lê Hoàng Nam",
          opts={"id": 38, "url": "bon-dieu-htx-can-lam-de-duoc-vay-von", "cat": 1, "user": "001",
                "tags": ["Vay vốn"], "comments": [3]},
          notes=["a four-item list after a chapô ending with a colon; byline 'Lê Hoàng Nam - Trung tâm Khuyến nông' -> "
                 "author Lê Hoàng Nam"],
          **on(datetime(2026, 1, 14, 14, 0))),
        A(path="", title="Liên minh HTX tỉnh tổng kết công tác năm 2025",
          lead="Ngày 8/1, Liên minh HTX tỉnh An Giang tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.",
          body="""
Năm 2025 là năm đầu tiên Liên minh HTX tỉnh hoạt động sau hợp nhất hai tỉnh An Giang và Kiên Giang.
[img tong-ket-2025.png] Quang cảnh hội nghị tổng kết tại hội trường Liên minh HTX tỉnh
## Nhiệm vụ năm 2026
Liên minh HTX tập trung phát triển HTX ở các xã biên giới, gắn sản xuất lúa với chế biến và du lịch.
""", byline="Huỳnh Ngọc Trâm", author="Huỳnh Ngọc Trâm",
          opts={"id": 35, "url": "lien-minh-htx-tinh-tong-ket-cong-tac-nam-2025", "cat": 1, "user": "001",
                "tags": ["Hội nghị"], "comments": []},
          notes=["the bare name 'Huỳnh Ngọc Trâm' closes the text (author), posted from the office account; an <h3> "
                 "heading and one photo with caption"],
          **on(datetime(2026, 1, 9, 10, 20))),
        A(path="", title="HTX Thủy sản Hòn Nghệ nuôi cá lồng bè theo chuẩn VietGAP",
          body="""
HTX Thủy sản Hòn Nghệ có 32 thành viên với 140 lồng bè nuôi cá bớp, cá mú quanh đảo.
Từ năm 2025, HTX nuôi cá theo quy trình VietGAP, ghi nhật ký cho từng lồng.
Giá bán cá của HTX cao hơn cá nuôi thông thường khoảng 10%.
""", author="Châu Thị Mỹ Linh",
          opts={"id": 31, "url": "htx-thuy-san-hon-nghe-nuoi-ca-long-be-vietgap", "cat": 3, "user": "002",
                "tags": ["Thủy sản"], "comments": []},
          notes=["no byline in the text; 'Viết bởi Châu Thị Mỹ Linh' is the reporter's own account (a person): the "
                 "author; no chapô, so the lists print the whole text (PluXml's quirk)"],
          **on(datetime(2025, 12, 17, 8, 45))),
        A(path="", title="HTX Dịch vụ nông nghiệp Vĩnh Phước đưa gạo thơm lên sàn thương mại điện tử",
          lead="HTX Dịch vụ nông nghiệp Vĩnh Phước vừa mở gian hàng gạo thơm trên hai sàn thương mại điện tử.",
          body="""
Trong tháng đầu, HTX bán được hơn 8 tấn gạo, giá cao hơn bán cho thương lái khoảng 12%.
HTX dự kiến đưa thêm sản phẩm khô cá lóc và mắm cá linh lên sàn trong năm 2026.
""", author=None,
          opts={"id": 28, "url": "htx-vinh-phuoc-dua-gao-thom-len-san-thuong-mai-dien-tu", "cat": 1, "user": "001",
                "tags": ["Chuyển đổi số", "Lúa gạo"], "comments": [], "plain": True},
          notes=["no byline, the office account: author null; its plain address /index.php?article28/<url> (linked from "
                 "the 'Giới thiệu' page) renders the same article: an alias"],
          **on(datetime(2025, 11, 25, 15, 10))),
        A(path="", title="Tập huấn Luật HTX năm 2023 cho cán bộ HTX vùng đồng bào Khmer",
          lead="Trong hai ngày 28 - 29/10, 70 cán bộ quản lý HTX ở các xã vùng đồng bào Khmer được tập huấn Luật HTX năm 2023.",
          body="""
Học viên được hướng dẫn sửa đổi điều lệ, tổ chức đại hội thành viên và lập báo cáo tài chính.
Lớp học có phiên dịch tiếng Khmer cho học viên lớn tuổi.
""", byline="Danh Sóc Kha", author="Danh Sóc Kha",
          opts={"id": 24, "url": "tap-huan-luat-htx-2023-cho-can-bo-htx-vung-dong-bao-khmer", "cat": 1, "user": "001",
                "tags": ["Luật HTX", "Tập huấn"], "comments": []},
          notes=["oldest article: only on /page2 of the home and page 2 of its category; the bare name 'Danh Sóc Kha' "
                 "closes the text"],
          **on(datetime(2025, 10, 30, 16, 0))),
    ]


def render(a: RichArticle, with_chapo: bool = True) -> str:
    out = []
    if a.lead and with_chapo:
        out.append(f'<div class="art-chapo"><p>{inline_html(a.lead)}</p></div>')
    for b in parse_rich(a.body):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="/data/medias/{b.src}" alt="{attr(b.text)}" width="640" height="427" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1"><thead><tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table>")
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "an-giang", NAME + " (PluXml)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.path = f"/article{a.opts['id']}/{a.opts['url']}"
    tags = sorted({t for a in posts for t in a.opts["tags"]})

    def tag_url(t: str) -> str:
        return "/tag/" + slug(t)

    months = []
    for a in posts:
        if (a.date.year, a.date.month) not in months:
            months.append((a.date.year, a.date.month))
    owner = {cid: a for a in posts for cid in a.opts["comments"]}

    sidebar = (
        '<aside class="aside col sml-12 med-3" role="complementary">\n'
        '<h3>Chuyên mục</h3>\n<ul class="cat-list unstyled-list">\n<li id="static-home"><a href="/" title="Trang chủ">Trang chủ</a></li>\n'
        + "".join(f'<li id="cat-{c}"><a href="/categorie{c}/{u}" title="{esc(n)}">{esc(n)}</a> ({sum(1 for a in posts if a.opts["cat"] == c)})</li>\n'
                  for c, (n, u) in CATS.items()) + "</ul>\n"
        '<h3>Bài viết mới</h3>\n<ul class="lastart-list unstyled-list">\n'
        + "".join(f'<li><a href="{a.path}" title="{attr(a.title)}">{esc(a.title)}</a></li>\n' for a in posts[:5]) + "</ul>\n"
        '<h3>Thẻ</h3>\n<ul class="tag-list">\n'
        + "".join(f'<li class="tag"><a href="{tag_url(t)}" title="{esc(t)}">{esc(t)}</a></li>\n' for t in tags) + "</ul>\n"
        '<h3>Bình luận mới</h3>\n<ul class="lastcom-list unstyled-list">\n'
        + "".join(f'<li><a href="{owner[cid].path}#c{owner[cid].opts["id"]}-{cid}">{esc(n)} đã viết: {esc(t[:34])}...</a></li>\n'
                  for cid, (n, t, d) in sorted(COMMENTS.items(), key=lambda kv: kv[1][2], reverse=True)) + "</ul>\n"
        '<h3>Lưu trữ</h3>\n<ul class="arch-list unstyled-list">\n'
        + "".join(f'<li><a href="/archives/{y}/{m:02d}" title="{MONTHS[m]} {y}">{MONTHS[m].capitalize()} {y}</a> '
                  f'({sum(1 for a in posts if (a.date.year, a.date.month) == (y, m))})</li>\n' for y, m in months) + "</ul>\n"
        '<h3>RSS</h3>\n<ul class="rss-list unstyled-list">\n<li><a href="/feed/rss" title="Dòng RSS của bài viết">Dòng RSS của bài viết</a></li>\n'
        '<li><a href="/feed/rss/commentaires" title="Dòng RSS của bình luận">Dòng RSS của bình luận</a></li>\n</ul>\n</aside>')

    def layout(title: str, main: str, *, desc: str, mode: str) -> str:
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, user-scalable=yes, initial-scale=1.0">
	<title>{esc(title)}</title>
	<meta name="description" content="{attr(desc)}">
	<meta name="keywords" content="hợp tác xã, An Giang, kinh tế tập thể">
	<link rel="icon" href="/themes/defaut/img/favicon.png">
	<link rel="stylesheet" href="/themes/defaut/css/plucss.css?v=1.3.1" media="screen">
	<link rel="stylesheet" href="/themes/defaut/css/theme.css?v=5.8.9" media="screen">
	<link rel="alternate" type="application/rss+xml" title="Dòng RSS của bài viết" href="{{{{base}}}}/feed/rss">
	<link rel="alternate" type="application/rss+xml" title="Dòng RSS của bình luận" href="{{{{base}}}}/feed/rss/commentaires">
</head>
<body id="top" class="page mode-{mode}">
	<header class="header sticky">
		<div class="container">
			<div class="grid">
				<div class="col sml-6 med-5 lrg-4">
					<div class="logo">
						<h1 class="no-margin heading-small"><a class="maintitle" href="{{{{base}}}}/" title="{NAME}">{NAME}</a></h1>
						<h2 class="h5 no-margin">{SUB}</h2>
					</div>
				</div>
				<div class="col sml-6 med-7 lrg-8">
					<nav class="nav">
						<div class="responsive-menu">
							<label for="menu"></label>
							<input type="checkbox" id="menu">
							<ul class="menu">
								<li class="static menu"><a href="/" title="Trang chủ">Trang chủ</a></li>
								<li class="static menu"><a href="/static1/gioi-thieu" title="Giới thiệu">Giới thiệu</a></li>
								<li class="static menu"><a href="/static2/lien-he" title="Liên hệ">Liên hệ</a></li>
							</ul>
						</div>
					</nav>
				</div>
			</div>
		</div>
	</header>
	<div class="bg"></div>
	<main class="main">
		<div class="container">
			<div class="grid">
				<div class="content col sml-12 med-9">
{main}
				</div>
{sidebar}
			</div>
		</div>
	</main>
	<footer class="footer">
		<div class="container">
			<p>{FOOT}</p>
			<ul class="menu">
				<li><a href="/core/admin/" title="Quản trị" rel="nofollow">Quản trị</a></li>
				<li><a href="#top" title="Lên đầu trang">Lên đầu trang</a></li>
			</ul>
		</div>
	</footer>
</body>
</html>
"""

    def header(a: RichArticle, link: bool) -> str:
        t = f'<a href="{a.path}" title="{attr(a.title)}">{esc(a.title)}</a>' if link else esc(a.title)
        n = len(a.opts["comments"])
        ncom = f'<a href="{a.path}#comments" title="{n} bình luận">{n} bình luận</a>' if n else "Chưa có bình luận"
        c = a.opts["cat"]
        tg = ", ".join(f'<a class="tag" href="{tag_url(t)}" title="{esc(t)}">{esc(t)}</a>' for t in a.opts["tags"])
        return (f'\t\t<header>\n\t\t\t<span class="art-date">\n\t\t\t\t<time datetime="{a.date:%Y-%m-%d}">\n\t\t\t\t\t{d_vi(a.date)}\n'
                f'\t\t\t\t</time>\n\t\t\t</span>\n\t\t\t<h2>\n\t\t\t\t{t}\n\t\t\t</h2>\n\t\t\t<div>\n\t\t\t\t<small>\n'
                f'\t\t\t\t\t<span class="written-by">\n\t\t\t\t\t\tViết bởi {esc(USERS[a.opts["user"]])}\n\t\t\t\t\t</span>\n'
                f'\t\t\t\t\t<span class="art-nb-com">\n\t\t\t\t\t\t{ncom}\n\t\t\t\t\t</span>\n\t\t\t\t</small>\n\t\t\t</div>\n'
                f'\t\t\t<div>\n\t\t\t\t<small>\n\t\t\t\t\t<span class="classified-in">\n\t\t\t\t\t\tXếp vào : '
                f'<a href="/categorie{c}/{CATS[c][1]}" title="{esc(CATS[c][0])}">{esc(CATS[c][0])}</a>\n\t\t\t\t\t</span>\n'
                f'\t\t\t\t\t<span class="tags">\n\t\t\t\t\t\tThẻ : {tg}\n\t\t\t\t\t</span>\n\t\t\t\t</small>\n\t\t\t</div>\n\t\t</header>\n')

    def comment(a: RichArticle, k: int, cid: int) -> str:
        n, t, d = COMMENTS[cid]
        return (f'\t\t<div id="c{a.opts["id"]}-{cid}" class="comment level-0">\n\t\t\t<div id="com-{cid}">\n\t\t\t\t<small>\n'
                f'\t\t\t\t\t<a class="nbcom" href="{a.path}#c{a.opts["id"]}-{cid}" title="#{k}">#{k}</a>&nbsp;\n'
                f'\t\t\t\t\t<time datetime="{d:%Y-%m-%d %H:%M}">{d_vi(d)} - {d:%H:%M}</time> -\n'
                f'\t\t\t\t\t<span class="author">{esc(n)}</span>\n\t\t\t\t\tđã viết:\n\t\t\t\t</small>\n'
                f'\t\t\t\t<blockquote class="type-normal"><p class="content_com">{esc(t)}</p></blockquote>\n\t\t\t</div>\n'
                f'\t\t\t<a rel="nofollow" href="{a.path}#form" onclick="replyCom(\'{cid}\')">Trả lời</a>\n\t\t</div>\n')

    for a in posts:
        cms = a.opts["comments"]
        com_html = ""
        if cms:
            com_html = (f'\t<div id="comments">\n\t\t<h3>{len(cms)} bình luận</h3>\n'
                        + "".join(comment(a, k, cid) for k, cid in enumerate(cms, 1)) + "\t</div>\n")
        form = (f'\t<h3>Viết bình luận</h3>\n\t<form id="form" action="{a.path}#form" method="post">\n'
                '\t\t<fieldset>\n\t\t\t<div class="grid"><div class="col sml-12"><label for="id_name">Tên của bạn* :</label>'
                '<input id="id_name" name="name" type="text" size="20" value="" maxlength="30" required="required" /></div></div>\n'
                '\t\t\t<div class="grid"><div class="col sml-12 lrg-6"><label for="id_mail">E-mail (tùy chọn) :</label>'
                '<input id="id_mail" name="mail" type="text" size="20" value="" /></div>\n'
                '\t\t\t<div class="col sml-12 lrg-6"><label for="id_site">Trang web (tùy chọn) :</label>'
                '<input id="id_site" name="site" type="text" size="20" value="" /></div></div>\n'
                '\t\t\t<div class="grid"><div class="col sml-12"><div id="id_answer"></div><label for="id_content" class="lab_com">'
                'Nội dung bình luận* :</label><textarea id="id_content" name="content" cols="35" rows="6" required="required"></textarea></div></div>\n'
                '\t\t\t<input type="hidden" id="id_parent" name="parent" value="" />\n'
                '\t\t\t<div class="grid"><div class="col sml-12"><input class="blue" type="submit" value="Gửi bình luận" /></div></div>\n'
                '\t\t</fieldset>\n\t</form>\n')
        main = (f'\t<article class="article" id="post-{a.opts["id"]}">\n{header(a, False)}\t\t{render(a)}\n'
                f'\t</article>\n{com_html}{form}')
        desc = inline_text(a.lead) if a.lead else a.title
        html = layout(f"{a.title} - {NAME}", main, desc=desc, mode="article")
        site.page(a.path, html, content_type=HTML)
        if a.opts.get("plain"):
            alias = f"/index.php?article{a.opts['id']}/{a.opts['url']}"
            site.page(alias, html)
            a.aliases.append(alias)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/data/medias/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 07/TB-LMHTX", "Hoi cho nong san HTX vung bien gioi 2026"]))
        site.add_article(a)

    def listed(a: RichArticle) -> str:
        if a.lead:
            content = (f'\t\t<div class="art-chapo"><p>{inline_html(a.lead)}</p></div>\n\t\t<p class="more"><a href="{a.path}" '
                       f'title="{attr(a.title)}">Đọc tiếp: {esc(a.title)}</a></p>\n')
        else:
            content = f"\t\t{render(a)}\n"
        return f'\t<article class="article" id="post-{a.opts["id"]}">\n{header(a, True)}{content}\t</article>\n'

    def pagination(urls: list[str], n: int) -> str:
        if len(urls) < 2:
            return ""
        out = ['\t<nav class="pagination text-center">']
        if n > 0:
            out += [f'\t\t<span class="p_first"><a href="{urls[0]}" title="Trang đầu">« Trang đầu</a></span>',
                    f'\t\t<span class="p_prev"><a href="{urls[n - 1]}" title="Trang trước">‹ Trang trước</a></span>']
        out.append(f'\t\t<span class="p_current">Trang {n + 1} / {len(urls)}</span>')
        if n + 1 < len(urls):
            out += [f'\t\t<span class="p_next"><a href="{urls[n + 1]}" title="Trang sau">Trang sau ›</a></span>',
                    f'\t\t<span class="p_last"><a href="{urls[-1]}" title="Trang cuối">Trang cuối »</a></span>']
        return "\n".join(out + ["\t</nav>"]) + "\n"

    def listing(first: str, title: str, items: list, mode: str, heading: str = "", nth=None) -> None:
        chunks = [items[i:i + 5] for i in range(0, len(items), 5)] or [[]]
        urls = [first] + [nth(k) for k in range(2, len(chunks) + 1)]
        for n, chunk in enumerate(chunks):
            main = (f"\t<ul class=\"repertory menu breadcrumb\"><li><a href=\"/\">Trang chủ</a></li><li>{esc(heading)}</li></ul>\n"
                    if heading else "") + "".join(listed(a) for a in chunk) + pagination(urls, n)
            site.page(urls[n], layout(title + (f" - Trang {n + 1}" if n else ""), main, desc=SUB, mode=mode),
                      content_type=None if urls[n] == "/" else HTML)
            site.non_articles.append(urls[n])

    listing("/", NAME, posts, "home", nth=lambda k: f"/page{k}")
    for c, (n, u) in CATS.items():
        listing(f"/categorie{c}/{u}", f"{n} - {NAME}", [a for a in posts if a.opts["cat"] == c], "categorie", n,
                nth=lambda k, c=c, u=u: f"/categorie{c}/{u}/page{k}")
    for t in tags:
        listing(tag_url(t), f"{t} - {NAME}", [a for a in posts if t in a.opts["tags"]], "tags", f"Thẻ : {t}",
                nth=lambda k, t=t: f"{tag_url(t)}/page{k}")
    for y, m in months:
        listing(f"/archives/{y}/{m:02d}", f"Lưu trữ {MONTHS[m]} {y} - {NAME}", [a for a in posts if (a.date.year, a.date.month) == (y, m)],
                "archives", f"Lưu trữ : {MONTHS[m]} {y}", nth=lambda k, y=y, m=m: f"/archives/{y}/{m:02d}/page{k}")
    site.trap("home / and /page2 (5 a page), categories /categorie<n>/<url> (+ /page2), tags /tag/<tag>, archives "
              "/archives/<yyyy>/<mm>: the same article header (date, h2, 'Viết bởi …') with the chapô and 'Đọc tiếp: "
              "<title>', or the whole text when there is no chapô: listings", "/page2")

    plain = next(a for a in posts if a.opts.get("plain"))

    def static(path: str, title: str, body: str) -> None:
        main = f'\t<article class="static" id="static-page-{path[7]}">\n\t\t<header>\n\t\t\t<h2>\n\t\t\t\t{esc(title)}\n\t\t\t</h2>\n\t\t</header>\n\t\t{body}\n\t</article>\n'
        site.page(path, layout(f"{title} - {NAME}", main, desc=SUB, mode="static"), content_type=HTML)
        site.non_articles.append(path)

    static("/static1/gioi-thieu", "Giới thiệu",
           "<p>Ghi chép HTX An Giang là sổ tay của nhóm truyền thông Liên minh HTX tỉnh An Giang, ghi lại hoạt động của các "
           "HTX trên địa bàn tỉnh (gồm cả khu vực Kiên Giang cũ).</p>"
           f'<p>Bài được đọc nhiều: <a href="/index.php?article{plain.opts["id"]}/{plain.opts["url"]}">{esc(plain.title)}</a></p>')
    static("/static2/lien-he", "Liên hệ", "<p>Văn phòng Liên minh HTX tỉnh An Giang, phường Long Xuyên, tỉnh An Giang.</p>"
           "<p>Điện thoại: 0296 3852 614 – Thư điện tử: ghichephtxangiang@gmail.com</p>")
    site.trap("static pages /static1/gioi-thieu (links an article by its plain address /index.php?article28/<url>: the same "
              "page, an alias) and /static2/lien-he (article.static, an h2, no date): not articles", "/static1/gioi-thieu")

    def rfc_utc_bug(d: datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S") + " +0000"

    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><guid>{{{{base}}}}{a.path}</guid>"
                    f"<description>{esc(render(a))}</description><pubDate>{rfc_utc_bug(a.date)}</pubDate>"
                    f"<dc:creator>{esc(USERS[a.opts['user']])}</dc:creator></item>\n" for a in posts)
    site.page("/feed/rss", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
              f'xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{NAME}</title><link>{{{{base}}}}/</link><language>vi</language>'
              f'<description>{SUB}</description><lastBuildDate>{rfc_utc_bug(posts[0].date)}</lastBuildDate><generator>PluXml</generator>\n'
              f'{items}</channel></rss>', content_type="application/rss+xml; charset=utf-8")
    com_items = "".join(f"<item><title>{esc(n)} - {esc(owner[cid].title)}</title><link>{{{{base}}}}{owner[cid].path}#c{owner[cid].opts['id']}-{cid}</link>"
                        f"<description>{esc(t)}</description><pubDate>{rfc_utc_bug(d)}</pubDate></item>\n"
                        for cid, (n, t, d) in COMMENTS.items())
    site.page("/feed/rss/commentaires", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
              f"<title>{NAME} - Bình luận</title><link>{{{{base}}}}/</link><description>{SUB}</description>\n{com_items}</channel></rss>",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /feed/rss: pubDate is the local time labelled '+0000' (the server timezone left at UTC): the 21:40 "
              "post of 12/3 reads as 13/3 04:40 in Vietnam; the comments feed /feed/rss/commentaires", "/feed/rss")
    urls = ["/", "/static1/gioi-thieu", "/static2/lien-he"] + [a.path for a in posts]
    site.page("/sitemap.php", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"<url><loc>{{{{base}}}}{u}</loc><changefreq>weekly</changefreq><priority>0.8</priority></url>" for u in urls)
              + "</urlset>", content_type="application/xml; charset=utf-8")
    site.redirect("/core/admin/", "/core/admin/auth.php?p=/core/admin/", 302)
    site.page("/core/admin/auth.php?p=/core/admin/", '<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="utf-8">\n'
              f'<title>PluXml - Đăng nhập</title>\n<meta name="robots" content="noindex, nofollow">\n</head>\n<body id="auth">\n'
              '<main class="main grid"><section class="col sml-12 med-6 med-offset-3"><h1 class="h5 text-center">Đăng nhập quản trị</h1>'
              '<form action="{{base}}/core/admin/auth.php?p=/core/admin/" method="post" id="form_auth"><fieldset>'
              '<label for="id_login">Tên đăng nhập</label><input id="id_login" name="login" type="text" />'
              '<label for="id_password">Mật khẩu</label><input id="id_password" name="password" type="password" />'
              '<input class="blue" type="submit" value="Đăng nhập" /></fieldset></form>'
              f'<p class="text-center"><small><a class="back" href="{{{{base}}}}/">Quay về trang {NAME}</a></small></p></section></main>\n</body>\n</html>\n')
    site.non_articles.append("/core/admin/auth.php?p=/core/admin/")
    site.trap("footer link 'Quản trị' /core/admin/ answers 302 to the login form /core/admin/auth.php?p=/core/admin/: "
              "not an article", "/core/admin/auth.php?p=/core/admin/")
    site.binary("/themes/defaut/img/favicon.png", image_for("favicon"))
    return site
