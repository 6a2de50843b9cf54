"""Site `lienminh-htxphuyen` (registry family `generic`): the website of the Phú Yên cooperative alliance (until the
merger of 1 July 2025 with Đắk Lắk) on **Frappe Framework 15 website** (the ERPNext install the alliance runs for its
members' accounts also serves its public site: Website Settings with a top bar and footer, the Blog module, Web Pages,
Web Forms). Written as a held-out test: no family module, no selectors.

Why it is hard: news are "Blog Post" documents at `/blog/<blog-category>/<post-name>`, rendered by Frappe's
`blog_post.html` inside `templates/web.html` (navbar, `div.page-breadcrumbs`, `div.page_content`, `footer.web-footer`),
server-side, no `frappe.boot`; the container carries `data-doctype="Blog Post"` and `data-name`. The title is
`h1.blog-title`, the intro `p.blog-intro` (a lead: the first line), the text `div.blog-text[itemprop=articleBody]`; the
blog meta line under it names the Blogger (the office's staff account "Văn phòng Liên minh", never the author; once a
person who posts in her own name) and the Date field `published_on` as Frappe formats it for Vietnamese ("12 tháng 6,
2025", no time); `<meta name="datePublished" content="2025-06-12">` comes from the post's metatags. Comments
(`div.comment-row`, "Thêm bình luận") and likes are below it. A notice is a "Web Page" at `/thong-bao/<route>`:
no date but the document's own "Phú Yên, ngày …" line. Listings: `/blog` (6 a page, "Tải thêm" is `?start=6`),
`/blog/<category>` (also `/blog?category=<name>`, the v12 form the menu still uses), the blogger profile
`/blog?blogger=<name>`; the sitemap's `<lastmod>` are modifications. Aliases: `?_lang=vi` (the language switcher),
`?utm_*` (the share bar), a Website Route Redirect from a post's old category route (301) and a trailing slash (301).
`/login`, `/app`, `/api` are disallowed by robots.txt.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "lienminh-htxphuyen"
BRAND = "Liên minh HTX tỉnh Phú Yên"
ACCOUNT = ("van-phong-lien-minh", "Văn phòng Liên minh")
PERSON = ("kim-oanh", "Trần Thị Kim Oanh")
ASSET = "/assets/frappe/dist"
CATS = {"hoat-dong": "Hoạt động Liên minh", "htx-tieu-bieu": "HTX tiêu biểu", "van-ban": "Văn bản, kế hoạch",
        "so-lieu": "Số liệu thống kê", "dao-tao": "Đào tạo, tư vấn"}
MONTHS = "tháng"
FURN = ["Liên minh Hợp tác xã tỉnh Phú Yên – Đồng hành cùng kinh tế tập thể xứ Nẫu",
        "Bài viết liên quan", "Thêm bình luận", "Gửi bình luận", "Tên của bạn", "Email của bạn",
        "Bình luận của bạn sẽ hiển thị sau khi được duyệt.", "phút đọc", "Thích bài viết",
        "Chia sẻ bài viết", "Số 6 Lê Duẩn, phường 7, thành phố Tuy Hòa, tỉnh Phú Yên",
        "Điện thoại: 0257.3823.541", "Thư điện tử: lmhtxphuyen@phuyen.gov.vn",
        "Vận hành trên nền tảng ERPNext", "Đăng ký nhận tin", "Nhận bản tin HTX hằng tháng qua thư điện tử",
        "Đăng nhập", "Tiếng Việt", "Thời tiết Tuy Hòa: 29°C, nắng nhẹ", "Lượt truy cập: 281.406"]
COMMENTS = [("Nguyễn Văn Tâm", "Chúc mừng các HTX đạt danh hiệu tiêu biểu, mong Liên minh tiếp tục hỗ trợ vốn.", "3 ngày trước"),
            ("Lê Thị Mỹ", "HTX chúng tôi ở Sơn Hòa muốn tham gia hội chợ, liên hệ ở đâu ạ?", "2 ngày trước")]


def vdate(d: datetime) -> str:
    return f"{d.day} {MONTHS} {d.month}, {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def meta(d: datetime, ev=("metadata", "date-element", "listing")) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source=ev[0], evidence=list(ev))

    return [
        A(path="hoat-dong/tong-ket-phong-trao-htx-6-thang-dau-nam-2025", title="Liên minh HTX tỉnh Phú Yên sơ kết 6 tháng đầu năm 2025",
          lead="Sáng 11/6, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và bàn phương án hợp nhất với Liên minh HTX tỉnh Đắk Lắk.",
          body="""
Hội nghị có sự tham dự của lãnh đạo UBND tỉnh, Sở Nông nghiệp và Môi trường cùng gần 90 đại biểu các HTX.
[img so-ket-6-thang-2025.png] Ông Huỳnh Lữ Toàn, Chủ tịch Liên minh HTX tỉnh phát biểu tại hội nghị
## Kết quả nổi bật
Sáu tháng đầu năm, toàn tỉnh thành lập mới 21 HTX, nâng tổng số lên 318 HTX; Quỹ hỗ trợ phát triển HTX giải ngân 9,4 tỷ đồng cho 26 dự án.
## Chuẩn bị hợp nhất
Liên minh HTX tỉnh đã hoàn thành kiểm kê tài sản, hồ sơ và danh sách thành viên để bàn giao trước ngày 30/6/2025.
""", byline="Bài, ảnh: Nguyễn Hoàng Phúc", author="Nguyễn Hoàng Phúc",
          opts={"cat": "hoat-dong", "comments": True, "old_cat": "tin-tuc"},
          notes=["Blog Post: h1.blog-title, p.blog-intro (the lead), div.blog-text; meta line 'Văn phòng Liên minh · 12 tháng 6, "
                 "2025 · 2 phút đọc' (the Blogger is the office's staff account, no author; a Date field: midnight) and <meta "
                 "name='datePublished' content='2025-06-12'>; the lead says 'Sáng 11/6' (the event); two comments "
                 "(div.comment-row, '3 ngày trước') and the comment form: no text; 'Bài, ảnh: Nguyễn Hoàng Phúc' -> author; the "
                 "old route /blog/tin-tuc/<name> (Website Route Redirect, 301) is an alias"],
          **meta(datetime(2025, 6, 12, 9, 40))),
        A(path="van-ban/ke-hoach-so-14-kh-lmhtx-hoi-cho-nong-san-htx-2025", title="Kế hoạch số 14/KH-LMHTX tổ chức Phiên chợ nông sản HTX tỉnh Phú Yên năm 2025",
          body="""
LIÊN MINH HTX TỈNH PHÚ YÊN
Số: 14/KH-LMHTX
Phú Yên, ngày 26 tháng 5 năm 2025
KẾ HOẠCH
Tổ chức Phiên chợ nông sản HTX tỉnh Phú Yên năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Kết nối tiêu thụ nông sản, sản phẩm OCOP của các HTX với người tiêu dùng và doanh nghiệp phân phối.
## II. THỜI GIAN, ĐỊA ĐIỂM
- Thời gian: từ ngày 20 đến 22/6/2025.
- Địa điểm: Quảng trường 1 tháng 4, thành phố Tuy Hòa.
- Quy mô: 60 gian hàng của các HTX, tổ hợp tác.
## III. TỔ CHỨC THỰC HIỆN
Ban Kế hoạch – Tổng hợp chủ trì, phối hợp với Sở Công Thương hướng dẫn các HTX đăng ký gian hàng.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Võ Thị Hồng Nhung
""", author=None, doc_number="14/KH-LMHTX",
          attachments=[{"path": "/files/KH-14-LMHTX-phien-cho-2025.pdf", "text": "KH-14-LMHTX-phien-cho-2025.pdf"}],
          opts={"cat": "van-ban"},
          notes=["plan 'Số: 14/KH-LMHTX', 'Phú Yên, ngày 26 tháng 5 năm 2025' in the text, published_on 28 tháng 5, 2025; '- ' "
                 "lines keep their dash; the signer is text, author null; the PDF /files/KH-14-LMHTX-phien-cho-2025.pdf "
                 "(Frappe's public File, after 'Tệp đính kèm:'): an attachment"],
          **meta(datetime(2025, 5, 28, 14, 0))),
        A(path="so-lieu/san-pham-ocop-cua-htx-phu-yen-den-thang-5-2025", title="Sản phẩm OCOP của các HTX tỉnh Phú Yên đến tháng 5/2025",
          body="""
Đến hết tháng 5/2025, các HTX trên địa bàn tỉnh có 57 sản phẩm được công nhận OCOP từ 3 sao trở lên.
| Địa phương | Số HTX có sản phẩm | 3 sao | 4 sao |
| Thị xã Sông Cầu | 6 | 9 | 2 |
| Huyện Tuy An | 5 | 8 | 1 |
| Huyện Phú Hòa | 7 | 10 | 3 |
| Huyện Đồng Xuân | 4 | 6 | 1 |
| Thị xã Đông Hòa | 8 | 13 | 4 |
""", byline="Nguồn: Văn phòng Điều phối nông thôn mới tỉnh Phú Yên", author=None,
          opts={"cat": "so-lieu"},
          notes=["a data table in the post (one line per row); 'Nguồn: …' closes it (text, no author)"],
          **meta(datetime(2025, 5, 15, 10, 30))),
        A(path="htx-tieu-bieu/htx-nuoi-tom-hum-xuan-phuong", title="Ảnh: Một ngày trên bè tôm hùm của HTX Xuân Phương",
          body="""
[img tom-hum-1.png] Xã viên HTX kiểm tra lồng tôm hùm trên vịnh Xuân Đài lúc sáng sớm
[img tom-hum-2.png] Tôm hùm xanh được phân loại trước khi giao cho thương lái
[img tom-hum-3.png] Thức ăn công nghiệp thay dần cá tạp giúp giảm ô nhiễm vùng nuôi
""", byline="Theo Minh Đức", author="Minh Đức",
          opts={"cat": "htx-tieu-bieu"},
          notes=["photo story: three images, each with an <em> caption paragraph under it (the lines); 'Theo Minh Đức' -> author"],
          **meta(datetime(2025, 5, 2, 7, 15))),
        A(path="dao-tao/boi-duong-nghiep-vu-cho-can-bo-htx-nam-2025", title="Bồi dưỡng nghiệp vụ cho 80 cán bộ quản lý HTX",
          lead="Từ ngày 15 đến 17/4, Liên minh HTX tỉnh mở lớp bồi dưỡng nghiệp vụ cho cán bộ quản lý HTX.",
          body="""
Học viên được trang bị các nội dung:
* Quy định mới của Luật HTX năm 2023 và các nghị định hướng dẫn;
* Lập kế hoạch sản xuất, kinh doanh theo chuỗi giá trị;
* Chế độ kế toán HTX theo Thông tư 71/2019/TT-BTC;
* Bán hàng qua sàn thương mại điện tử và mạng xã hội.
Cuối khóa, 78 học viên được cấp chứng chỉ hoàn thành.
""", byline="Phan Văn Lực - Trung tâm Tư vấn, hỗ trợ HTX", author="Phan Văn Lực",
          opts={"cat": "dao-tao"},
          notes=["a four-item list; byline 'Phan Văn Lực - Trung tâm Tư vấn, hỗ trợ HTX' -> author Phan Văn Lực"],
          **meta(datetime(2025, 4, 18, 16, 0))),
        A(path="", title="Thông báo tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 2 năm 2025",
          body="""
LIÊN MINH HTX TỈNH PHÚ YÊN
QUỸ HỖ TRỢ PHÁT TRIỂN HTX
Số: 09/TB-QHT
Phú Yên, ngày 07 tháng 4 năm 2025
THÔNG BÁO
Quỹ hỗ trợ phát triển HTX tỉnh thông báo tiếp nhận hồ sơ vay vốn đợt 2 năm 2025 như sau:
- Đối tượng: HTX, liên hiệp HTX, tổ hợp tác có phương án sản xuất kinh doanh khả thi.
- Thời gian nhận hồ sơ: từ ngày 10/4/2025 đến hết ngày 30/5/2025.
- Mức vay tối đa: 1 tỷ đồng/dự án, lãi suất 4,8%/năm.
GIÁM ĐỐC
Đặng Minh Khoa
""", author=None, doc_number="09/TB-QHT",
          opts={"cat": None, "webpage": "thong-bao/tiep-nhan-ho-so-vay-von-dot-2-nam-2025"},
          notes=["a Web Page (data-doctype='Web Page', route /thong-bao/<route>, no blog meta line, no date anywhere on the "
                 "page): the document line 'Phú Yên, ngày 07 tháng 4 năm 2025' dates it (midnight); signer last, author null; "
                 "linked only from the home page's 'Thông báo' block and the top bar"],
          date=datetime(2025, 4, 7, 0, 0), published=iso(datetime(2025, 4, 7), with_time=False),
          published_source="document", evidence=["document"]),
        A(path="htx-tieu-bieu/htx-nong-nghiep-hoa-thang-lien-ket-lua-giong", title="HTX Nông nghiệp Hòa Thắng liên kết sản xuất lúa giống",
          lead="HTX Nông nghiệp Hòa Thắng (huyện Phú Hòa) ký hợp đồng bao tiêu 120 ha lúa giống với Công ty Giống cây trồng miền Nam.",
          body="""
Theo hợp đồng, doanh nghiệp cung cấp giống siêu nguyên chủng, hướng dẫn kỹ thuật và thu mua toàn bộ sản phẩm với giá cao hơn lúa thương phẩm 1.500 đồng/kg.
Vụ Đông Xuân 2024-2025, năng suất lúa giống đạt 68 tạ/ha, lợi nhuận của thành viên tăng khoảng 12 triệu đồng/ha.
""", author="Trần Thị Kim Oanh",
          opts={"cat": "htx-tieu-bieu", "blogger": PERSON, "slash": True},
          notes=["no byline: posted by the blogger 'Trần Thị Kim Oanh' in her own name (a person, her profile /blog?blogger=kim-oanh) "
                 "-> author; the same route with a trailing slash 301-redirects (an alias)"],
          **meta(datetime(2025, 3, 20, 8, 0))),
        A(path="hoat-dong/hoi-nghi-ban-chap-hanh-lien-minh-htx-lan-thu-10", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 10, khóa V",
          body="""
Ngày 9/12, Ban Chấp hành Liên minh HTX tỉnh Phú Yên tổ chức Hội nghị lần thứ 10, khóa V, đánh giá kết quả công tác năm 2024.
Năm 2024, HTX Dịch vụ nông nghiệp An Mỹ (huyện Tuy An) và HTX Thủy sản Hòa Hiệp Nam được đề nghị UBND tỉnh tặng bằng khen.
Hội nghị thống nhất chỉ tiêu thành lập mới ít nhất 40 HTX trong năm 2025.
""", byline="Hà Quốc Bảo", author="Hà Quốc Bảo",
          opts={"cat": "hoat-dong"},
          notes=["2024 post of the old district ('huyện Tuy An'): only on the blog's second page (/blog?start=6) and its "
                 "category; the body says 'Ngày 9/12' (no year), published_on 10 tháng 12, 2024"],
          **meta(datetime(2024, 12, 10, 15, 30))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img src="/files/{b.src}" alt="{attr(b.text)}" style="width: 100%;"></p><p><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            out.append(table_html(b, "table table-bordered", border=False))
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p>Tệp đính kèm: <a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "phu-yen", "Liên minh Hợp tác xã tỉnh Phú Yên", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN + [ACCOUNT[1], COMMENTS[0][1], COMMENTS[1][1]]
    arts = articles()
    posts = sorted([a for a in arts if not a.opts.get("webpage")], key=lambda a: a.date, reverse=True)
    notice = next(a for a in arts if a.opts.get("webpage"))
    notice.path = "/" + notice.opts["webpage"]
    for a in posts:
        a.opts["name"] = a.path.split("/")[1]
        a.path = f"/blog/{a.path}"
        a.opts.setdefault("blogger", ACCOUNT)

    def layout(title: str, main: str, *, path: str, doctype: str = "Web Page", name: str = "", head: str = "",
               crumbs=(), lang: str = "/?_lang=vi") -> str:
        crumb = "".join(f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for t, h in [("Trang chủ", "/"), *crumbs])
        crumb += f'<li class="breadcrumb-item active" aria-current="page">{esc(title)}</li>'
        topcats = "".join(f'<a class="dropdown-item" href="/blog?category={c}">{esc(t)}</a>' for c, t in CATS.items())
        return f"""<!DOCTYPE html>
<!-- Built on Frappe. https://frappeframework.com/ -->
<html lang="vi" dir="ltr">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="generator" content="frappe">
	<title>{esc(title)}</title>
	<link type="text/css" rel="stylesheet" href="{ASSET}/css/website.bundle.OWTEIE7Q.css">
	<link type="text/css" rel="stylesheet" href="/website_theme.css">
	{head}
</head>
<body frappe-session-status="logged-out" data-path="{attr(path.strip('/') or 'index')}">
	<div id="page-{attr((path.strip('/') or 'index').replace('/', '-'))}" data-path="{attr(path.strip('/') or 'index')}" data-doctype="{doctype}" data-name="{attr(name)}" class="page-container">
	<div class="announcement-bar">Liên minh Hợp tác xã tỉnh Phú Yên – Đồng hành cùng kinh tế tập thể xứ Nẫu</div>
	<nav class="navbar navbar-light navbar-expand-lg">
		<div class="container">
			<a class="navbar-brand" href="/"><img src="/files/logo-lmhtx-phuyen.png" alt="{BRAND}"><span>{BRAND}</span></a>
			<div class="collapse navbar-collapse" id="navbarSupportedContent">
				<ul class="navbar-nav mr-auto">
					<li class="nav-item"><a class="nav-link" href="/">Trang chủ</a></li>
					<li class="nav-item dropdown"><a class="nav-link dropdown-toggle" href="/blog" data-toggle="dropdown">Tin tức</a>
						<div class="dropdown-menu" role="menu">{topcats}</div></li>
					<li class="nav-item"><a class="nav-link" href="/{notice.opts["webpage"]}">Thông báo</a></li>
					<li class="nav-item"><a class="nav-link" href="/gioi-thieu">Giới thiệu</a></li>
					<li class="nav-item"><a class="nav-link" href="/dang-ky-thanh-vien/new">Đăng ký thành viên</a></li>
					<li class="nav-item"><a class="nav-link" href="/contact">Liên hệ</a></li>
				</ul>
				<ul class="navbar-nav">
					<li class="nav-item"><form action="/search" class="form-inline"><input name="q" class="form-control" type="search" placeholder="Tìm kiếm"></form></li>
					<li class="nav-item dropdown language-switcher"><a class="nav-link" href="{lang}">Tiếng Việt</a></li>
					<li class="nav-item"><a class="btn btn-primary btn-login-area" href="/login">Đăng nhập</a></li>
				</ul>
			</div>
		</div>
	</nav>
	<div class="page-content-wrapper">
		<main class="container my-4">
			<div class="page-breadcrumbs"><nav aria-label="breadcrumb"><ol class="breadcrumb">{crumb}</ol></nav></div>
			<div class="page-header-wrapper"></div>
			<div class="page_content">
{main}
			</div>
		</main>
	</div>
	<footer class="web-footer">
		<div class="container">
			<div class="footer-logo-extension"><div class="row"><div class="col-sm-6">
				<h5>Đăng ký nhận tin</h5><p>Nhận bản tin HTX hằng tháng qua thư điện tử</p>
				<form class="email-subscribe"><input type="email" class="form-control" placeholder="email@vidu.vn"><button class="btn btn-sm btn-primary" type="button">Đăng ký</button></form>
			</div><div class="col-sm-6 footer-widgets"><p>Thời tiết Tuy Hòa: 29°C, nắng nhẹ</p><p>Lượt truy cập: 281.406</p></div></div></div>
			<div class="footer-links"><a href="/gioi-thieu">Giới thiệu</a> <a href="/contact">Liên hệ</a> <a href="/gop-y/new">Góp ý</a> <a href="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</a></div>
			<div class="footer-info">
				<div class="footer-col-left"><p>Số 6 Lê Duẩn, phường 7, thành phố Tuy Hòa, tỉnh Phú Yên</p><p>Điện thoại: 0257.3823.541</p><p>Thư điện tử: lmhtxphuyen@phuyen.gov.vn</p></div>
				<div class="footer-col-right"><div class="footer-powered"><a href="{{{{base:offsite}}}}/erpnext" target="_blank">Vận hành trên nền tảng ERPNext</a></div></div>
			</div>
		</div>
	</footer>
	</div>
	<script type="text/javascript" src="{ASSET}/js/frappe-web.bundle.T6B3NGU4.js"></script>
	<script>frappe.csrf_token = "None";</script>
</body>
</html>
"""

    def card(a: RichArticle) -> str:
        cat = a.opts["cat"]
        return (f'<div class="blog-card col-sm-12 col-md-6 col-lg-4 mb-4"><div class="card h-100">'
                f'<div class="card-body"><a class="blog-card-category" href="/blog/{cat}">{esc(CATS[cat])}</a>'
                f'<h5 class="blog-card-title"><a href="{a.path}">{esc(a.title)}</a></h5>'
                f'<p class="blog-card-intro">{esc(a.summary())}</p></div>'
                f'<div class="blog-card-footer"><a class="blogger-name" href="/blog?blogger={a.opts["blogger"][0]}">'
                f'{esc(a.opts["blogger"][1])}</a> · <span class="published-on">{vdate(a.date)}</span></div></div></div>')

    def post_html(a: RichArticle, related: list[RichArticle]) -> str:
        o = a.opts
        n_words = len((a.lead or "").split()) + sum(len(x.split()) for x in a.text_lines())
        intro = f'<p class="blog-intro text-muted" itemprop="description">{esc(a.lead)}</p>' if a.lead else ""
        comments = ""
        if o.get("comments"):
            rows = "".join(f'<div class="comment-row media my-4"><div class="media-body"><div class="d-flex">'
                           f'<span class="comment-by font-weight-bold">{esc(n)}</span><span class="text-muted ml-2 comment-date">'
                           f'{d}</span></div><div class="content">{esc(t)}</div></div></div>' for n, t, d in COMMENTS)
            comments = f'<div class="comment-view"><h5 class="mt-5 mb-4">2 bình luận</h5>{rows}</div>'
        rel = "".join(f'<li><a href="{r.path}">{esc(r.title)}</a></li>' for r in related)
        share = "&amp;".join([f"u={{{{base}}}}{a.path}"])
        return f"""<div class="blog-container">
<article class="blog-content" itemscope itemtype="http://schema.org/BlogPosting">
	<div class="blog-header mb-4">
		<div class="mb-3"><a href="/blog/{o['cat']}" class="text-muted blog-category">{esc(CATS[o['cat']])}</a></div>
		<h1 itemprop="headline" class="blog-title">{esc(a.title)}</h1>
		{intro}
		<div class="blog-info d-flex align-items-center">
			<img class="avatar-frame" src="/files/avatar-{o['blogger'][0]}.png" alt="">
			<div class="ml-2 text-muted"><a class="blogger-name" itemprop="author" href="/blog?blogger={o['blogger'][0]}">{esc(o['blogger'][1])}</a>
			· <span itemprop="datePublished" content="{a.date:%Y-%m-%d}">{vdate(a.date)}</span> · {max(1, n_words // 200)} phút đọc</div>
		</div>
	</div>
	<div itemprop="articleBody" class="longform blog-text">
{body_html(a)}
	</div>
</article>
<div class="blog-footer">
	<div class="like-container"><button class="btn btn-sm like-button" type="button">Thích bài viết</button> <span class="like-count">4</span></div>
	<div class="social-links"><span>Chia sẻ bài viết</span>
		<a href="{{{{base:offsite}}}}/facebook-share?{share}" class="btn btn-sm">Facebook</a>
		<a href="{a.path}?utm_source=zalo&amp;utm_medium=social" class="btn btn-sm">Zalo</a></div>
	<div class="related-posts"><h5>Bài viết liên quan</h5><ul>{rel}</ul></div>
	<div class="blog-comments">{comments}
		<div class="add-comment-section"><h5>Thêm bình luận</h5>
		<form id="new-comment"><label>Tên của bạn</label><input class="form-control" name="comment_by"><label>Email của bạn</label><input class="form-control" name="comment_email">
		<textarea class="form-control" name="comment"></textarea><p class="text-muted small">Bình luận của bạn sẽ hiển thị sau khi được duyệt.</p>
		<button class="btn btn-sm btn-primary" id="submit-comment" type="button">Gửi bình luận</button></form></div>
	</div>
</div>
</div>"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type="text/html; charset=utf-8")

    for a in posts:
        o = a.opts
        related = [r for r in posts if r is not a and r.opts["cat"] == o["cat"]][:3] or [r for r in posts if r is not a][:2]
        head = (f'<meta name="name" content="{attr(a.title)}">\n\t<meta property="og:title" content="{attr(a.title)}">\n'
                f'\t<meta name="description" content="{attr(a.summary())}">\n\t<meta property="og:description" content="{attr(a.summary())}">\n'
                f'\t<meta name="datePublished" content="{a.date:%Y-%m-%d}">\n\t<meta name="author" content="{attr(o["blogger"][1])}">\n'
                f'\t<meta property="og:type" content="article">\n\t<link rel="canonical" href="{{{{base}}}}{a.path}">')
        html = layout(a.title, post_html(a, related), path=a.path, doctype="Blog Post", name=o["name"], head=head,
                      crumbs=[("Tin tức", "/blog"), (CATS[o["cat"]], f"/blog/{o['cat']}")], lang=a.path + "?_lang=vi")
        page(a.path, html)
        for q in ("?_lang=vi", "?utm_source=zalo&utm_medium=social"):
            site.same_page(a.path + q, a.path)
            a.aliases.append(a.path + q)
        if o.get("old_cat"):
            old = f"/blog/{o['old_cat']}/{o['name']}"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        if o.get("slash"):
            site.redirect(a.path + "/", a.path, 301)
            a.aliases.append(a.path + "/")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/files/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 14/KH-LMHTX", "Phien cho nong san HTX tinh Phu Yen 2025"]))
        site.add_article(a)

    # the notice: a Web Page
    lines = "\n".join(f'<p style="text-align: center;"><strong>{esc(x)}</strong></p>' if x.isupper() or x.startswith("Số:")
                      else f"<p>{esc(x)}</p>" for x in notice.text_lines())
    main = (f'<div class="web-page-content" data-doctype="Web Page"><h1>{esc(notice.title)}</h1>\n<div class="from-markdown">{lines}</div></div>')
    page(notice.path, layout(notice.title, main, path=notice.path, name="tiep-nhan-ho-so-vay-von-dot-2",
                             head=f'<meta name="description" content="{attr(notice.title)}">\n\t<link rel="canonical" href="{{{{base}}}}{notice.path}">',
                             crumbs=[("Thông báo", notice.path)]))
    site.add_article(notice)

    # blog listings
    per = 6
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]
    for n, chunk in enumerate(chunks):
        url = "/blog" if n == 0 else f"/blog?start={per * n}"
        more = (f'<div class="text-center mt-4"><a class="btn btn-light btn-more btn-sm" href="/blog?start={per * (n + 1)}">Tải thêm</a></div>'
                if n + 1 < len(chunks) else "")
        chips = "".join(f'<a class="btn btn-sm btn-light mr-2" href="/blog/{c}">{esc(t)}</a>' for c, t in CATS.items())
        main = (f'<div class="blog-list-content"><div class="hero"><h1 class="hero-title">Tin tức</h1><p class="hero-subtitle">'
                f'Tin hoạt động của Liên minh HTX tỉnh và các HTX thành viên</p></div><div class="blog-filter">{chips}</div>'
                f'<div class="row blog-list">{"".join(card(a) for a in chunk)}</div>{more}</div>')
        page(url, layout("Tin tức", main, path="/blog", crumbs=()))
        site.non_articles.append(url)
    for c, t in CATS.items():
        ps = [a for a in posts if a.opts["cat"] == c]
        main = (f'<div class="blog-list-content"><div class="hero"><h1 class="hero-title">{esc(t)}</h1></div>'
                f'<div class="row blog-list">{"".join(card(a) for a in ps)}</div></div>')
        page(f"/blog/{c}", layout(t, main, path=f"/blog/{c}", crumbs=[("Tin tức", "/blog")]))
        site.same_page(f"/blog?category={c}", f"/blog/{c}")
        site.non_articles += [f"/blog/{c}", f"/blog?category={c}"]
    for slug_, name in (ACCOUNT, PERSON):
        ps = [a for a in posts if a.opts["blogger"][0] == slug_]
        bio = ("Tài khoản đăng tin của Văn phòng Liên minh HTX tỉnh." if slug_ == ACCOUNT[0]
               else "Chuyên viên Ban Tuyên truyền – Phong trào, Liên minh HTX tỉnh Phú Yên.")
        main = (f'<div class="blogger-profile d-flex"><img class="avatar-frame" src="/files/avatar-{slug_}.png" alt="">'
                f'<div class="ml-3"><h1 class="hero-title">{esc(name)}</h1><p class="blogger-bio">{esc(bio)}</p></div></div>'
                f'<div class="row blog-list">{"".join(card(a) for a in ps)}</div>')
        url = f"/blog?blogger={slug_}"
        page(url, layout(name, main, path="/blog", crumbs=[("Tin tức", "/blog")]))
        site.non_articles.append(url)
        site.binary(f"/files/avatar-{slug_}.png", image_for(slug_))

    # home
    feat = "".join(card(a) for a in posts[:3])
    home = (f'<section class="section section-hero"><h1 class="hero-title">{BRAND}</h1><p class="hero-subtitle">Tư vấn, hỗ trợ và '
            f'đại diện cho các HTX, tổ hợp tác trên địa bàn tỉnh</p></section>'
            f'<section class="section section-cards"><h2 class="section-title">Tin mới</h2><div class="row">{feat}</div>'
            f'<p><a href="/blog">Xem tất cả tin tức</a></p></section>'
            f'<section class="section section-notice"><h2 class="section-title">Thông báo</h2><ul>'
            f'<li><a href="{notice.path}">{esc(notice.title)}</a></li></ul></section>')
    page("/", layout(BRAND, home, path="/", name="home"))
    site.non_articles.append("/")
    # web pages and web forms
    about = ('<div class="web-page-content"><h1>Giới thiệu</h1><div class="from-markdown"><p>Liên minh Hợp tác xã tỉnh Phú Yên là '
             'tổ chức chính trị – xã hội và kinh tế, đại diện, hỗ trợ các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p>'
             '<h3>Chức năng, nhiệm vụ</h3><ul><li>Tuyên truyền, vận động phát triển kinh tế tập thể;</li><li>Tư vấn, hỗ trợ, '
             'đào tạo cho HTX;</li><li>Quản lý Quỹ hỗ trợ phát triển HTX tỉnh.</li></ul></div></div>')
    page("/gioi-thieu", layout("Giới thiệu", about, path="/gioi-thieu", name="gioi-thieu"))
    contact = ('<div class="contact-content"><h1>Liên hệ</h1><p>Văn phòng Liên minh HTX tỉnh Phú Yên</p><form class="contact-form">'
               '<select name="subject"><option>Tư vấn thành lập HTX</option><option>Vay vốn Quỹ hỗ trợ</option></select>'
               '<input name="email" type="email"><textarea name="message"></textarea><button class="btn btn-primary" type="button">Gửi</button></form></div>')
    page("/contact", layout("Liên hệ", contact, path="/contact", name="Contact Us Settings"))
    for route, title, fields in (("dang-ky-thanh-vien", "Đăng ký thành viên Liên minh", ["Tên HTX", "Mã số HTX", "Địa chỉ", "Người đại diện"]),
                                 ("gop-y", "Góp ý", ["Họ tên", "Nội dung góp ý"])):
        inputs = "".join(f'<div class="form-group frappe-control" data-fieldtype="Data"><label class="control-label">{esc(f)}</label>'
                         f'<input class="form-control" type="text"></div>' for f in fields)
        form = (f'<div class="web-form-wrapper" data-web-form="{route}"><div class="web-form-head"><h1 class="web-form-title">{esc(title)}</h1>'
                f'</div><form role="form" class="web-form">{inputs}<button class="btn btn-primary btn-sm submit-btn" type="button">Gửi</button></form></div>')
        page(f"/{route}/new", layout(title, form, path=f"/{route}/new", doctype="Web Form", name=route))
        site.non_articles.append(f"/{route}/new")
    hits = [a for a in posts if "OCOP" in a.title + a.body + (a.lead or "")]
    res = "".join(f'<div class="search-result-item"><a href="{a.path}" class="h5">{esc(a.title)}</a><p class="text-muted">{esc(a.summary())}</p></div>'
                  for a in hits)
    page("/search?q=OCOP", layout("Tìm kiếm", f'<h1>Kết quả tìm kiếm cho "OCOP"</h1><div class="search-results">{res}</div>',
                                  path="/search", name="search"))
    site.same_page("/search", "/search?q=OCOP")
    site.non_articles += ["/gioi-thieu", "/contact", "/search?q=OCOP", "/search"]
    for q in ("?_lang=vi",):
        site.same_page("/" + q, "/")
    site.non_articles.append("/?_lang=vi")

    site.page("/login", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập</title></head><body>'
                   '<section class="for-login"><h4>Đăng nhập vào Liên minh HTX tỉnh Phú Yên</h4><form class="form-signin">'
                   '<input type="email" id="login_email"><input type="password" id="login_password"></form></section></body></html>')
    site.never_fetched.append("/login")
    sm = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{(a.date + timedelta(days=2)):%Y-%m-%d}</lastmod></url>" for a in posts)
    site.static("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
                f'<url><loc>{{{{base}}}}/</loc></url>{sm}<url><loc>{{{{base}}}}{notice.path}</loc><lastmod>2025-04-09</lastmod></url></urlset>\n')
    site.static("/robots.txt", "User-agent: *\nDisallow: /app\nDisallow: /api\nDisallow: /login\nDisallow: /private\n"
                "Sitemap: {{base}}/sitemap.xml\n")
    site.binary("/files/logo-lmhtx-phuyen.png", image_for("logo-phuyen"))
    site.binary("/website_theme.css", b"body{font-family:Inter,sans-serif}\n")
    site.trap("listings /blog (6 a page; 'Tải thêm' is /blog?start=6), /blog/<category> (also /blog?category=<name>, the "
              "top bar's v12 form) and the blogger profiles /blog?blogger=<name>: blog cards with the Blogger and '12 tháng 6, "
              "2025'; home, Giới thiệu (a Web Page with a list), Contact Us, the Web Forms /dang-ky-thanh-vien/new and "
              "/gop-y/new and /search?q=OCOP: no articles", "/blog?start=6")
    site.trap("every post also answers with ?_lang=vi (the language switcher) and ?utm_source=zalo&utm_medium=social (the "
              "share bar): aliases; robots.txt disallows /login ('Đăng nhập'), /app, /api: never fetched; sitemap.xml "
              "<lastmod> is the last modification (two days after publication)", posts[0].path)
    return site
