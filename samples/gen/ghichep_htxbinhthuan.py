"""Site `ghichep-htxbinhthuan` (registry family `generic`): "Ghi chép HTX Bình Thuận", the notebook blog of the Bình
Thuận cooperative alliance's communication team (the province merged into Lâm Đồng on 1 July 2025) on **Typepad**
(hosted, domain-mapped to the site root, a classic two-column-right theme of the "standard" template set, the
interface left in English since Typepad has no Vietnamese, date format "Tuesday, February 18, 2025", time "21:45").
Written as a held-out test: no family module, no selectors.

URL shapes (Typepad's): a post `/<yyyy>/<mm>/<basename>.html` (basenames typed by the staff in ASCII); pages
`/<basename>.html`; the home `/` and its pages `/page/2/`; category archives `/<category_basename>/` (underscores,
`/tin_hoat_dong/page/2/`); month archives `/<yyyy>/<mm>/index.html`; the archive index `/archives.html`; feeds
`/atom.xml` and `/rss.xml`; uploaded files `/files/<name>`; images `/.a/<asset id>-800wi` (no extension) linked to the
original `/.a/<asset id>-pi`. A comment's permalink is the post's URL with `?cid=<comment id>#comment-<id>` (the
"Recent Comments" module and the comment footers link it): the same page.

Why it is hard: the only `<h1>` is the banner (the blog's name); the post title is `h3.entry-header` under
`h2.date-header` ("Tuesday, February 18, 2025"), and the time is only in the footer: "Posted by X at 06:20 in
<category> | Permalink | Comments (0) | Reblog (0)" — X is the Typepad account: the office account "LMHTX Bình
Thuận" (never an author) or a staff member's own account (a person: the author when the text has no byline).
Extended entries: the lists show `div.entry-body` and "Continue reading "<title>" »"; the post page adds
`div.entry-more#more`. Index pages group posts under one date header per day (two posts of 18/02/2025 share
one). The editor writes `<p>&#0160;</p>` spacers, bold paragraphs for headings, centred italic paragraphs for
captions under `a.asset-img-link` images, bordered tables without `<th>`. No date metadata (Open Graph without
article:published_time); the Atom feed gives `<published>` in local time (+07:00) and `<updated>` in UTC (Z), so
the 06:20 post is "2025-02-17T23:20:00Z" there.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "ghichep-htxbinhthuan"
NAME = "Ghi chép HTX Bình Thuận"
DESC = "Sổ tay ghi chép của tổ truyền thông Liên minh Hợp tác xã tỉnh Bình Thuận"
ABOUT = ("Blog do tổ truyền thông Liên minh HTX tỉnh Bình Thuận thực hiện, ghi lại hoạt động của các hợp tác xã "
         "trên địa bàn tỉnh.")
HTML = "text/html; charset=utf-8"
PER_PAGE = 5
CATS = {"tin_hoat_dong": "Tin hoạt động", "thong_bao_van_ban": "Thông báo - Văn bản", "mo_hinh_htx": "Mô hình HTX"}
USERS = {"lmhtx_binhthuan": ("LMHTX Bình Thuận", "lmhtxbinhthuan"),
         "mylinh_lmhtx": ("Nguyễn Thị Mỹ Linh", "mylinhnguyen")}
MEMBER = "Member since 08/2024"
COMMENTS = {
    "6a01bb0a3e5c7d970c02e860e4b1a2200b": ("Trần Văn Lộc", "HTX chúng tôi ở Chí Công cũng đang nuôi tôm, mong được "
                                           "Liên minh giới thiệu doanh nghiệp bao tiêu.", datetime(2025, 3, 13, 7, 5)),
    "6a01bb0a3e5c7d970c02e860e4b1c7200d": ("Ngọc Diễm", "Bài viết rất thiết thực cho bà con Tuy Phong.",
                                           datetime(2025, 3, 14, 20, 41)),
}
FURN = [DESC, ABOUT, MEMBER, "Blog powered by Typepad", "Subscribe to this blog's feed", "Recent Posts",
        "Recent Comments", "Categories", "Archives", "Posted by", "Permalink", "Reblog (0)", "Comments (",
        "The comments to this entry are closed.", "You can follow this conversation by subscribing to the comment feed",
        "Main", *[c[1] for c in COMMENTS.values()], "Posted by: Trần Văn Lộc", "March 13, 2025 at 07:05"]


def xid(name: str, kind: str = "970c") -> str:
    return "6a01bb0a3e5c7d" + kind + hashlib.sha1(name.encode()).hexdigest()[:14] + "200c"


class Entry(RichArticle):
    pass


def articles() -> list[Entry]:
    A = Entry

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="/2025/05/thong-bao-11-tb-lmhtx-dang-ky-hoi-cho-ocop-2025.html",
          title="Thông báo số 11/TB-LMHTX về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX tỉnh Bình Thuận năm 2025",
          body="""
Liên minh HTX tỉnh thông báo tới các HTX, liên hiệp HTX về việc đăng ký gian hàng tại Hội chợ sản phẩm OCOP và HTX năm 2025.
LIÊN MINH HTX TỈNH BÌNH THUẬN
Số: 11/TB-LMHTX
Bình Thuận, ngày 05 tháng 5 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm OCOP và HTX tỉnh Bình Thuận năm 2025
Hội chợ diễn ra từ ngày 12 đến ngày 16/6/2025 tại Quảng trường Nguyễn Tất Thành, thành phố Phan Thiết, với khoảng 180 gian hàng.
- Đối tượng: HTX, liên hiệp HTX, tổ hợp tác có sản phẩm OCOP hoặc sản phẩm chủ lực của địa phương.
- Hạn đăng ký: trước ngày 30/5/2025.
- Liên minh HTX tỉnh hỗ trợ 50% chi phí thuê gian hàng cho các HTX đăng ký đúng hạn.
Nơi nhận:
- Các HTX, liên hiệp HTX trên địa bàn tỉnh;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Văn Thanh
""", author=None, doc_number="11/TB-LMHTX",
          attachments=[{"path": "/files/tb-11-lmhtx-hoi-cho-ocop-2025.pdf",
                        "text": "Tải thông báo số 11/TB-LMHTX (PDF)"}],
          opts={"user": "lmhtx_binhthuan", "cat": "thong_bao_van_ban", "more": 1, "comments": [], "open": True},
          notes=["notice 'Số: 11/TB-LMHTX' dated 05/5 in the text, posted 06/05/2025 at 09:30 (date header + "
                 "footer time); the signer is text; 'Posted by LMHTX Bình Thuận' is the office account: author null; "
                 "the link 'Tải thông báo số 11/TB-LMHTX (PDF)' to /files/…pdf after the text: an attachment; the "
                 "document is the extended entry (div.entry-more): lists show only the first paragraph"],
          **at(datetime(2025, 5, 6, 9, 30))),
        A(path="/2025/04/anh-mua-thu-hoach-thanh-long-ham-minh.html",
          title="Ảnh: Mùa thu hoạch thanh long của HTX Thanh long Hàm Minh",
          body="""
Tháng Tư, các thành viên HTX Thanh long Hàm Minh (huyện Hàm Thuận Nam) bước vào vụ thu hoạch thanh long chong đèn.
[img thanh-long-1] Thành viên HTX thu hái thanh long ruột đỏ từ sáng sớm
[img thanh-long-2] Thanh long được phân loại ngay tại nhà sơ chế của HTX
[img thanh-long-3] Lô thanh long đạt chuẩn VietGAP chuẩn bị xuất đi Thành phố Hồ Chí Minh
""", byline="Bài và ảnh: Lê Thị Thu Hà", author="Lê Thị Thu Hà",
          opts={"user": "lmhtx_binhthuan", "cat": "tin_hoat_dong", "more": 0, "comments": [], "open": True},
          notes=["photo story: each image an a.asset-img-link (/.a/<id>-800wi, no extension) in its own <p>, the "
                 "caption a centred <em> paragraph under it (one line each); 'Bài và ảnh: Lê Thị Thu Hà' -> author "
                 "(the post is from the office account)"],
          **at(datetime(2025, 4, 15, 16, 45))),
        A(path="/2025/03/nam-kinh-nghiem-htx-nuoi-tom-tuy-phong.html",
          title="Năm kinh nghiệm giúp HTX nuôi tôm ở Tuy Phong liên kết tiêu thụ ổn định",
          body="""
Sau ba năm hoạt động, HTX Nuôi trồng thủy sản Chí Công đã ký hợp đồng bao tiêu tôm thẻ chân trắng với hai doanh nghiệp chế biến.
Từ thực tế của HTX, có thể rút ra năm kinh nghiệm:
* Thống nhất lịch thả giống và quy trình nuôi cho tất cả thành viên;
* Mua chung con giống, thức ăn để giảm giá thành;
* Ghi chép nhật ký ao nuôi phục vụ truy xuất nguồn gốc;
* Ký hợp đồng bao tiêu trước mỗi vụ với giá sàn;
* Trích quỹ chung để xử lý môi trường vùng nuôi.
Năm 2024, HTX xuất bán 420 tấn tôm, lợi nhuận bình quân mỗi thành viên đạt 180 triệu đồng.
""", byline="Phạm Văn Sơn - Trung tâm Khuyến nông", author="Phạm Văn Sơn",
          opts={"user": "lmhtx_binhthuan", "cat": "mo_hinh_htx", "more": 1, "comments": list(COMMENTS),
                "open": False},
          notes=["a five-item <ul> after a line ending with a colon; byline 'Phạm Văn Sơn - Trung tâm Khuyến nông' "
                 "-> author Phạm Văn Sơn; two comments ('March 13, 2025 at 07:05'): their permalinks "
                 "?cid=<id>#comment-<id> (the comment footer, the sidebar's Recent Comments) are the same page: an alias"],
          **at(datetime(2025, 3, 12, 14, 0))),
        A(path="/2025/02/ket-qua-phat-trien-kinh-te-tap-the-binh-thuan-2024.html",
          title="Kết quả phát triển kinh tế tập thể tỉnh Bình Thuận năm 2024",
          body="""
Năm 2024, khu vực kinh tế tập thể tỉnh Bình Thuận tiếp tục phát triển cả về số lượng và chất lượng.
| Chỉ tiêu | Năm 2023 | Năm 2024 |
| Số HTX đang hoạt động | 196 | 214 |
| Số thành viên HTX | 12.870 | 13.655 |
| Doanh thu bình quân một HTX (triệu đồng) | 2.430 | 2.760 |
| HTX xếp loại tốt, khá | 98 | 121 |
Các HTX thanh long, thủy sản và muối có mức tăng doanh thu cao nhất.
""", byline="Theo Báo Bình Thuận", author=None,
          opts={"user": "lmhtx_binhthuan", "cat": "tin_hoat_dong", "more": 0, "comments": [], "open": True},
          notes=["a table from the editor (border=1, bold first row, no <th>): one line per row; 'Theo Báo Bình Thuận' "
                 "names a newspaper: text, author null; shares the date header 'Tuesday, February 18, 2025' with the "
                 "next post on the index pages"],
          **at(datetime(2025, 2, 18, 15, 10))),
        A(path="/2025/02/lam-viec-voi-htx-nong-nghiep-ham-duc.html",
          title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Hàm Đức về phương án vay vốn",
          body="""
Sáng 17/2, đoàn công tác của Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Hàm Đức (huyện Hàm Thuận Bắc).
HTX đề nghị vay 1,5 tỷ đồng từ Quỹ hỗ trợ phát triển HTX để đầu tư kho lạnh bảo quản thanh long.
Đoàn công tác hướng dẫn HTX hoàn thiện phương án sản xuất kinh doanh và hồ sơ tài sản bảo đảm trước ngày 15/3.
""", author="Nguyễn Thị Mỹ Linh",
          opts={"user": "mylinh_lmhtx", "cat": "tin_hoat_dong", "more": 0, "comments": [], "open": True},
          notes=["no byline in the text; posted from a staff member's own account: 'Posted by Nguyễn Thị Mỹ Linh at "
                 "06:20' -> author; published 06:20 on 18/02/2025: the Atom <updated> '2025-02-17T23:20:00Z' is the "
                 "previous day (the <published> keeps +07:00); the body's 'Sáng 17/2' is the meeting"],
          **at(datetime(2025, 2, 18, 6, 20))),
        A(path="/2025/01/hoi-nghi-tong-ket-cong-tac-nam-2024.html",
          title="Liên minh HTX tỉnh tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025",
          body="""
Ngày 9/1, Liên minh HTX tỉnh Bình Thuận tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
## Kết quả nổi bật năm 2024
Liên minh HTX tỉnh đã hỗ trợ thành lập mới 21 HTX, tư vấn cho 36 HTX xây dựng phương án sản xuất kinh doanh.
Quỹ hỗ trợ phát triển HTX giải ngân 9,6 tỷ đồng cho 17 HTX vay vốn.
## Nhiệm vụ năm 2025
Tập trung nâng cao chất lượng hoạt động của HTX nông nghiệp, phát triển sản phẩm OCOP gắn với du lịch.
""", byline="Quốc Bảo", author="Quốc Bảo",
          opts={"user": "lmhtx_binhthuan", "cat": "tin_hoat_dong", "more": 1, "comments": [], "open": False},
          notes=["bold paragraphs as headings; the pen name 'Quốc Bảo' closes the text (author); only on /page/2/ "
                 "among the home pages"],
          **at(datetime(2025, 1, 10, 9, 5))),
        A(path="/2024/11/htx-muoi-tan-thuan-dua-muoi-sach-vao-sieu-thi.html",
          title="HTX Muối Tân Thuận đưa muối sạch vào siêu thị",
          body="""
HTX Muối Tân Thuận (huyện Hàm Thuận Nam) vừa ký hợp đồng cung ứng muối sạch cho hệ thống siêu thị trong tỉnh.
Mỗi tháng HTX cung cấp khoảng 15 tấn muối tinh đóng gói, giá bán cao gấp ba lần muối hạt bán cho thương lái.
HTX đang hoàn thiện hồ sơ đề nghị công nhận sản phẩm OCOP 3 sao cho muối tinh sấy.
""", author=None,
          opts={"user": "lmhtx_binhthuan", "cat": "tin_hoat_dong", "more": 0, "comments": [], "open": False},
          notes=["no byline, posted by the office account: author null"],
          **at(datetime(2024, 11, 8, 10, 20))),
        A(path="/2024/09/tap-huan-nang-cao-nang-luc-quan-tri-htx-2024.html",
          title="Tập huấn nâng cao năng lực quản trị cho cán bộ HTX năm 2024",
          body="""
Trong hai ngày 23 và 24/9, Liên minh HTX tỉnh tổ chức lớp tập huấn nâng cao năng lực quản trị cho 65 cán bộ quản lý HTX.
Học viên được hướng dẫn xây dựng điều lệ theo Luật Hợp tác xã năm 2023, lập kế hoạch kinh doanh và quản lý tài chính.
""", byline="Võ Thị Ngọc Hân", author="Võ Thị Ngọc Hân",
          opts={"user": "lmhtx_binhthuan", "cat": "tin_hoat_dong", "more": 0, "comments": [], "open": False},
          notes=["oldest post: on /page/2/ and /tin_hoat_dong/page/2/ only among the paged lists (its month archive "
                 "/2024/09/index.html lists it too); the bare name 'Võ Thị Ngọc Hân' closes the text (author)"],
          **at(datetime(2024, 9, 24, 8, 15))),
    ]


def img_ids(src: str) -> str:
    return xid("img-" + src, "970b")


def render(blocks) -> str:
    out = []
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p>&#0160;</p>\n<p><strong>{esc(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            i = img_ids(b.src)
            out.append(f'<p><a class="asset-img-link" href="/.a/{i}-pi" style="display: inline;"><img alt="{attr(b.text)}" '
                       f'border="0" class="asset  asset-image at-xid-{i} image-full img-responsive" src="/.a/{i}-800wi" '
                       f'title="{attr(b.text)}" /></a></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            rows = []
            for k, r in enumerate(b.rows):
                cells = "\n".join(f"<td>{'<strong>' + esc(c) + '</strong>' if k == 0 else esc(c)}</td>" for c in r)
                rows.append(f"<tr>\n{cells}\n</tr>")
            out.append('<table border="1" cellpadding="0" cellspacing="0" style="width: 100%;">\n<tbody>\n'
                       + "\n".join(rows) + "\n</tbody>\n</table>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-thuan", NAME + " (Typepad)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/atom.xml" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    B = "{{base}}"

    def cat_url(c: str) -> str:
        return f"/{c}/"

    def month_url(d: datetime) -> str:
        return f"/{d:%Y/%m}/index.html"

    months = []
    for a in posts:
        if (a.date.year, a.date.month) not in months:
            months.append((a.date.year, a.date.month))

    def cid_url(a: Entry, cid: str) -> str:
        return f"{a.path}?cid={cid}#comment-{cid}"

    owner = {cid: a for a in posts for cid in a.opts["comments"]}
    recent_comments = sorted(COMMENTS.items(), key=lambda kv: kv[1][2], reverse=True)

    def module(css: str, header: str, content: str) -> str:
        head = f'<h2 class="module-header">{header}</h2>\n' if header else ""
        return (f'<div class="module-{css} module">\n{head}<div class="module-content">\n{content}\n</div>\n</div>')

    def ul(items: list[str]) -> str:
        return '<ul class="module-list">\n' + "\n".join(f'<li class="module-list-item">{i}</li>' for i in items) + "\n</ul>"

    sidebar = "\n".join([
        module("about", "", f'<div class="module-about-text">{esc(ABOUT)}</div>'),
        module("syndicate", "", f'<a href="{B}/atom.xml">Subscribe to this blog\'s feed</a>'),
        module("recent-posts", "Recent Posts", ul([f'<a href="{B}{a.path}">{esc(a.title)}</a>' for a in posts[:5]])),
        module("recent-comments", "Recent Comments", ul([
            f'{esc(n)} on <a href="{B}{cid_url(owner[cid], cid)}">{esc(owner[cid].title)}</a>'
            for cid, (n, _, _) in recent_comments])),
        module("categories", "Categories", ul([f'<a href="{B}{cat_url(c)}">{esc(n)}</a>' for c, n in CATS.items()])),
        module("archives", f'<a href="{B}/archives.html">Archives</a>', ul(
            [f'<a href="{B}{month_url(datetime(y, m, 1))}">{datetime(y, m, 1):%B %Y}</a>' for y, m in months]
            + [f'<a href="{B}/archives.html">More...</a>'])),
        module("powered", "", f'<a href="{{{{base:offsite}}}}/typepad/" title="Typepad">Blog powered by Typepad</a><br />'
               f'{MEMBER}'),
    ])

    def layout(title: str, alpha: str, *, body_class: str, head: str = "", canonical: str | None = None) -> str:
        canon = f'\n\t<link rel="canonical" href="{B}{canonical}" />' if canonical else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN"
	"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" id="sixapart-standard">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<meta name="generator" content="http://www.typepad.com/" />
	<link rel="stylesheet" href="{B}/styles.css?v=6" type="text/css" media="screen" />
	<link rel="stylesheet" href="{B}/.shared/themes/common/print.css" type="text/css" media="print" />
	<link rel="alternate" type="application/atom+xml" title="Posts on '{attr(NAME)}' (Atom)" href="{B}/atom.xml" />
	<link rel="alternate" type="application/rss+xml" title="Posts on '{attr(NAME)}' (RSS 2.0)" href="{B}/rss.xml" />
	<script type="text/javascript" src="{B}/.shared/js/typepad-blog.js"></script>
	<title>{esc(title)}</title>{canon}
{head}</head>

<body class="{body_class}">
	<div id="container">
		<div id="container-inner" class="pkg">
			<div id="banner">
				<div id="banner-inner" class="pkg">
					<h1 id="banner-header"><a href="{B}/" accesskey="1">{NAME}</a></h1>
					<h2 id="banner-description">{DESC}</h2>
				</div>
			</div>
			<ul id="nav">
				<li class="nav-list-item"><a href="{B}/">Trang chủ</a></li>
				<li class="nav-list-item"><a href="{B}/archives.html">Archives</a></li>
				<li class="nav-list-item"><a href="{B}/gioi-thieu.html">Giới thiệu</a></li>
				<li class="nav-list-item"><a href="{B}/lien-he.html">Liên hệ</a></li>
			</ul>
			<div id="pagebody">
				<div id="pagebody-inner" class="pkg">
					<div id="alpha">
						<div id="alpha-inner" class="pkg">
{alpha}
						</div>
					</div>
					<div id="beta">
						<div id="beta-inner" class="pkg">
{sidebar}
						</div>
					</div>
				</div>
			</div>
		</div>
	</div>
</body>
</html>
"""

    def entry_classes(a: Entry) -> str:
        return f'entry-category-{a.opts["cat"]} entry-author-{a.opts["user"]} entry-type-post entry'

    def footer(a: Entry) -> str:
        name, profile = USERS[a.opts["user"]]
        n = len(a.opts["comments"])
        return (f'<div class="entry-footer">\n<p class="entry-footer-info">\n<span class="post-footers">Posted by '
                f'<a href="{{{{base:offsite}}}}/typepad/profile/{profile}">{esc(name)}</a> at {a.date:%H:%M} in '
                f'<a href="{B}{cat_url(a.opts["cat"])}">{esc(CATS[a.opts["cat"]])}</a> </span> <span class="separator">|</span> '
                f'<a class="permalink" href="{B}{a.path}">Permalink</a>\n<span class="separator">|</span> '
                f'<a href="{B}{a.path}#comments">Comments ({n})</a>\n<span class="separator">|</span> '
                f'<a class="reblog-link" href="{{{{base:offsite}}}}/typepad/reblog/{xid(a.path)}">Reblog (0)</a>\n</p>\n'
                '<!-- technorati tags -->\n<!-- post footer links -->\n</div>')

    def parts(a: Entry) -> tuple[str, str]:
        blocks = a.blocks
        k = a.opts["more"]
        body = render(blocks[:k] if k else blocks)
        more = render(blocks[k:]) if k else ""
        extra = ""
        if a.byline:
            extra += f'\n<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>'
        for x in a.attachments:
            extra += f'\n<p>&#0160;</p>\n<p><a href="{B}{x["path"]}">{esc(x["text"])}</a></p>'
        if more:
            more += extra
        else:
            body += extra
        return body, more

    def entry(a: Entry, full: bool) -> str:
        body, more = parts(a)
        head = (f'<h3 class="entry-header">{esc(a.title)}</h3>' if full
                else f'<h3 class="entry-header"><a href="{B}{a.path}">{esc(a.title)}</a></h3>')
        content = f'<div class="entry-body">\n{body}\n</div>'
        if more and full:
            content += f'\n<div class="entry-more" id="more">\n{more}\n</div>'
        elif more:
            content += (f'\n<p class="entry-more-link"><a href="{B}{a.path}#more">Continue reading &quot;{esc(a.title)}&quot; '
                        '&raquo;</a></p>')
        return (f'<div class="{entry_classes(a)}" id="entry-{xid(a.path)}">\n{head}\n<div class="entry-content">\n'
                f'{content}\n</div>\n{footer(a)}\n</div>')

    def date_header(d: datetime) -> str:
        return f'<h2 class="date-header">{d:%A, %B %d, %Y}</h2>'

    # -- posts
    for i, a in enumerate(posts):
        older = posts[i + 1] if i + 1 < len(posts) else None
        newer = posts[i - 1] if i > 0 else None
        nav = ['<p class="content-nav">']
        if older:
            nav.append(f'<a href="{B}{older.path}">&laquo; {esc(older.title)}</a> |')
        nav.append(f'<a href="{B}/">Main</a>')
        if newer:
            nav.append(f'| <a href="{B}{newer.path}">{esc(newer.title)} &raquo;</a>')
        nav.append("</p>")
        comments = []
        for cid in a.opts["comments"]:
            n, t, d = COMMENTS[cid]
            comments.append(
                f'<a id="c{cid}"></a>\n<div class="comment font-entrybody" id="comment-{cid}">\n'
                f'<div class="comment-content font-entrybody" id="comment-{cid}-content">\n<span id="comment-{cid}-content">'
                f'<p>{esc(t)}</p></span>\n</div>\n<p class="comment-footer font-entryfooter">\nPosted by: {esc(n)} |\n'
                f'<a rel="nofollow" href="{B}{cid_url(a, cid)}">{d:%B %d, %Y at %H:%M}</a>\n</p>\n</div>')
        closing = ('<p class="comments-closed font-entrybody">The comments to this entry are closed.</p>' if not a.opts["open"]
                   else '<div class="comments-open" id="comments-open"><h2 class="comments-open-header">Post a comment</h2>'
                        '<div class="comments-open-content"><p>Comment below or sign in with <a href="{{base:offsite}}/typepad/signin">'
                        'Typepad</a>.</p></div></div>')
        comment_block = (
            '<div class="comments" id="comments">\n<div class="comments-info">\n<h3 class="comments-header">Comments</h3>\n'
            '<p class="comments-feed">You can follow this conversation by subscribing to the comment feed for this post.</p>\n'
            f'</div>\n<div class="comments-content" id="comments-content">\n{"".join(comments)}\n</div>\n{closing}\n</div>')
        alpha = "\n".join([*nav, date_header(a.date), entry(a, True), comment_block])
        summary = inline_text(a.text_lines()[0])[:200]
        first_img = a.first_image()
        og_img = f"{B}/.a/{img_ids(first_img)}-800wi" if first_img else f"{B}/.a/{xid('userpic')}-200si"
        head = (f'\t<meta name="description" content="{attr(summary)}" />\n'
                f'\t<meta property="og:title" content="{attr(a.title)}" />\n\t<meta property="og:type" content="article" />\n'
                f'\t<meta property="og:url" content="{B}{a.path}" />\n\t<meta property="og:description" content="{attr(summary)}" />\n'
                f'\t<meta property="og:site_name" content="{attr(NAME)}" />\n\t<meta property="og:image" content="{og_img}" />\n'
                '\t<meta name="twitter:card" content="summary" />\n')
        html = layout(f"{NAME}: {a.title}", alpha, body_class="layout-two-column-right post", head=head, canonical=a.path)
        site.page(a.path, html)
        for cid in a.opts["comments"]:
            a.aliases.append(f"{a.path}?cid={cid}")
            site.same_page(f"{a.path}?cid={cid}", a.path)
        for b in a.blocks:
            if b.kind == "img":
                i = img_ids(b.src)
                site.binary(f"/.a/{i}-800wi", image_for(b.src))
                site.binary(f"/.a/{i}-pi", image_for(b.src + "-pi"))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 11/TB-LMHTX", "Hoi cho san pham OCOP va HTX 2025"]))
        site.add_article(a)
    site.binary(f"/.a/{xid('userpic')}-200si", image_for("userpic"))

    # -- lists
    def entries_html(items: list[Entry]) -> str:
        out, last = [], None
        for a in items:
            if a.date.date() != last:
                out.append(date_header(a.date))
                last = a.date.date()
            out.append(entry(a, False))
        return "\n".join(out)

    def pager(urls: list[str], n: int) -> str:
        left = (f'<span class="pager-left"><a href="{B}{urls[n - 1]}"><span class="pager-label">&laquo; Previous</span></a></span>'
                if n > 0 else "")
        right = (f'<span class="pager-right"><a href="{B}{urls[n + 1]}"><span class="pager-label">Next &raquo;</span></a></span>'
                 if n + 1 < len(urls) else "")
        return f'<div class="pager-bottom pager-entries"><div class="pager-inner">{left}{right}</div></div>' if left or right else ""

    def listing(first: str, title: str, heading: str | None, items: list[Entry], body_class: str) -> None:
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        urls = [first] + [f"{first}page/{k}/" for k in range(2, len(chunks) + 1)]
        for n, chunk in enumerate(chunks):
            h = f'<h2 class="content-header">{esc(heading)}</h2>\n' if heading else ""
            site.page(urls[n], layout(title, h + entries_html(chunk) + "\n" + pager(urls, n), body_class=body_class,
                                      canonical=urls[n]))
            site.non_articles.append(urls[n])

    listing("/", NAME, None, posts, "layout-two-column-right main-index")
    for c, n in CATS.items():
        listing(cat_url(c), f"{NAME}: {n}", n, [a for a in posts if a.opts["cat"] == c], "layout-two-column-right category")
    for k, (y, m) in enumerate(months):
        d = datetime(y, m, 1)
        items = [a for a in posts if (a.date.year, a.date.month) == (y, m)]
        nav = ['<p class="content-nav">']
        if k + 1 < len(months):
            p = datetime(*months[k + 1], 1)
            nav.append(f'<a href="{B}{month_url(p)}">&laquo; {p:%B %Y}</a> |')
        nav.append(f'<a href="{B}/">Main</a>')
        if k > 0:
            q = datetime(*months[k - 1], 1)
            nav.append(f'| <a href="{B}{month_url(q)}">{q:%B %Y} &raquo;</a>')
        nav.append("</p>")
        site.page(month_url(d), layout(f"{NAME}: {d:%B %Y}", "\n".join(nav) + f'\n<h2 class="content-header">{d:%B %Y}</h2>\n'
                                       + entries_html(items), body_class="layout-two-column-right date-based"))
        site.non_articles.append(month_url(d))
    arch = ('<h2 class="content-header">Archives</h2>\n<div class="archive-categories archive"><h3 class="archive-header">'
            'Categories</h3><div class="archive-content"><ul class="archive-list">'
            + "".join(f'<li class="archive-list-item"><a href="{B}{cat_url(c)}">{esc(n)}</a></li>' for c, n in CATS.items())
            + '</ul></div></div>\n<div class="archive-date-based archive"><h3 class="archive-header">Monthly</h3>'
            '<div class="archive-content"><ul class="archive-list">'
            + "".join(f'<li class="archive-list-item"><a href="{B}{month_url(datetime(y, m, 1))}">{datetime(y, m, 1):%B %Y}</a></li>'
                      for y, m in months) + "</ul></div></div>")
    site.page("/archives.html", layout(f"{NAME}: Archives", arch, body_class="layout-two-column-right archive-index"))
    site.non_articles.append("/archives.html")
    site.trap("home / and /page/2/ (5 posts a page), category archives /<basename>/ (+ page/2/), month archives "
              "/<yyyy>/<mm>/index.html, /archives.html: the same h2.date-header + h3.entry-header + entry-body + "
              "'Posted by … at HH:MM' footers, 'Continue reading \"<title>\" »' for extended entries: listings",
              "/page/2/")

    # -- pages
    def tp_page(path: str, title: str, body: str) -> None:
        alpha = (f'<div class="entry-type-page entry" id="entry-{xid(path)}">\n<h3 class="entry-header">{esc(title)}</h3>\n'
                 f'<div class="entry-content">\n<div class="entry-body">\n{body}\n</div>\n</div>\n<div class="entry-footer">\n'
                 f'<p class="entry-footer-info"><a class="permalink" href="{B}{path}">Permalink</a></p>\n</div>\n</div>')
        site.page(path, layout(f"{NAME}: {title}", alpha, body_class="layout-two-column-right page", canonical=path))
        site.non_articles.append(path)

    tp_page("/gioi-thieu.html", "Giới thiệu",
            "<p>Ghi chép HTX Bình Thuận là blog của tổ truyền thông Liên minh Hợp tác xã tỉnh Bình Thuận, mở từ tháng "
            "8/2024.</p>\n<p>Blog đăng tin hoạt động, thông báo của Liên minh HTX tỉnh và giới thiệu các mô hình HTX làm "
            "ăn hiệu quả.</p>")
    tp_page("/lien-he.html", "Liên hệ",
            "<p>Liên minh Hợp tác xã tỉnh Bình Thuận</p>\n<p>Địa chỉ: 19 Nguyễn Tất Thành, thành phố Phan Thiết, tỉnh "
            "Bình Thuận</p>\n<p>Điện thoại: 0252 3822 518</p>")
    site.trap("Typepad pages /gioi-thieu.html and /lien-he.html (h3.entry-header and entry-body like a post, no date "
              "header, no 'Posted by'): not articles", "/gioi-thieu.html")

    # -- feeds
    def z(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def full_html(a: Entry) -> str:
        body, more = parts(a)
        return body + ("\n" + more if more else "")

    entries = "".join(
        f'<entry>\n<title>{esc(a.title)}</title>\n<link rel="alternate" type="text/html" href="{B}{a.path}" />\n'
        f'<link rel="replies" type="text/html" href="{B}{a.path}#comments" thr:count="{len(a.opts["comments"])}" />\n'
        f'<id>tag:typepad.com,2003:post-{xid(a.path)}</id>\n<published>{a.date:%Y-%m-%dT%H:%M:%S}+07:00</published>\n'
        f'<updated>{z(a.date)}</updated>\n<summary>{esc(inline_text(a.text_lines()[0]))}</summary>\n'
        f'<author>\n<name>{esc(USERS[a.opts["user"]][0])}</name>\n</author>\n'
        f'<category scheme="http://www.sixapart.com/ns/types#category" term="{esc(CATS[a.opts["cat"]])}" />\n'
        f'<content type="html" xml:lang="vi-VN" xml:base="{B}/">{esc(full_html(a))}</content>\n</entry>\n'
        for a in posts)
    site.page("/atom.xml", '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
              'xmlns:thr="http://purl.org/syndication/thread/1.0">\n'
              f'<title>{esc(NAME)}</title>\n<link rel="self" type="application/atom+xml" href="{B}/atom.xml" />\n'
              f'<link rel="alternate" type="text/html" href="{B}/" />\n<id>tag:typepad.com,2003:weblog-{xid("blog")}</id>\n'
              f'<updated>{z(posts[0].date)}</updated>\n<subtitle>{esc(DESC)}</subtitle>\n'
              f'<generator uri="http://www.typepad.com/">TypePad</generator>\n{entries}</feed>\n',
              content_type="application/atom+xml; charset=utf-8")
    items = "".join(
        f'<item>\n<title>{esc(a.title)}</title>\n<link>{B}{a.path}</link>\n'
        f'<description>{esc(inline_text(a.text_lines()[0]))}</description>\n'
        f'<pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate>\n<guid isPermaLink="false">tag:typepad.com,2003:post-'
        f'{xid(a.path)}</guid>\n<category>{esc(CATS[a.opts["cat"]])}</category>\n</item>\n' for a in posts)
    site.page("/rss.xml", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>{esc(NAME)}</title>\n'
              f'<link>{B}/</link>\n<description>{esc(DESC)}</description>\n<language>vi-VN</language>\n'
              f'<lastBuildDate>{posts[0].date:%a, %d %b %Y %H:%M:%S} +0700</lastBuildDate>\n<generator>TypePad</generator>\n'
              f'{items}</channel>\n</rss>\n', content_type="application/rss+xml; charset=utf-8")
    site.trap("Atom /atom.xml (head alternate; the registry's feed): <published> in local time with +07:00, <updated> in "
              "UTC (Z), full content; RSS /rss.xml with '+0700' pubDates; no sitemap, no date metadata on the pages",
              "/atom.xml")
    site.static("/robots.txt", "User-agent: *\nDisallow: /t/\nDisallow: /.services/\n")
    site.static("/.shared/js/typepad-blog.js", "/* Typepad */\n")
    return site
