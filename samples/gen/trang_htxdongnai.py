"""Site `trang-htxdongnai` (registry family `generic`): "Trang thông tin Liên minh HTX Đồng Nai", the site of the Đồng Nai
cooperative alliance (merged with Bình Phước on 1 July 2025) on **WonderCMS 3.6** (one PHP file, a flat JSON database,
the bundled **sky** theme), with the official **Simple Blog 3.5** plugin for the news and the Summernote editor plugin
for the texts. Written as a held-out test: no family module, no selectors.

URL shapes: WonderCMS pages `/<slug>` (`/gioi-thieu`, `/lien-he`), the default page at `/` and at `/home` (the menu
links `/home`); the blog `/blog` and a post `/blog/<slug>` (no extension, no slash). The .htaccess rewrite
`^(.+)$ index.php?page=$1` means every page also answers `/?page=<path>` (`/?page=blog/<slug>`), which old links use;
the default login page `/loginURL` is linked from every footer ("Login": the admin never changed the login URL). No
sitemap, no feed, no robots.txt (WonderCMS writes none); Simple Blog has no pagination, no categories, no author.

Why it is hard: Simple Blog prints the date with PHP's `date('d F Y')`: English month names ("12 March 2026"), no
time, and the post's "keywords" field right under it ("#OCOP #hoicho #thongbao", text on the page but not the article's);
the title is `h1.title` inside `section#intro`, followed by the theme's editable "subside" block (address, phone) and
the footer. The `<title>` and `og:title` cut the post title at 57 bytes (`substr`, so a multi-byte Vietnamese letter
can be split) plus "..."; `og:url` is the site root on every page (the sky theme calls `url()` without the page);
`meta keywords` is the description with its spaces turned into ", ". The blog page's cards are `div.post.card` with
an unlinked `<h3>`, the date, the description and "↪ Read more".
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "trang-htxdongnai"
TITLE = "Trang thông tin Liên minh HTX Đồng Nai"
HTML = "text/html; charset=utf-8"
SUBSIDE = ["Liên minh Hợp tác xã tỉnh Đồng Nai", "Địa chỉ: số 2 đường Nguyễn Văn Trị, phường Trấn Biên, tỉnh Đồng Nai",
           "Điện thoại: 0251 3822 417 – Email: lienminhhtxdongnai@gmail.com"]
FOOTER = "©2026 Liên minh HTX tỉnh Đồng Nai"
MENU = [("home", "Trang chủ"), ("gioi-thieu", "Giới thiệu"), ("lien-he", "Liên hệ")]


def articles() -> list[RichArticle]:
    A = RichArticle

    def on(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="thong-bao-dang-ky-hoi-cho-hang-viet-va-ocop-2026",
          title="Thông báo số 09/TB-LMHTX về việc đăng ký tham gia Hội chợ hàng Việt và sản phẩm OCOP năm 2026",
          body="""
**LIÊN MINH HTX TỈNH ĐỒNG NAI**
Số: 09/TB-LMHTX
Đồng Nai, ngày 10 tháng 3 năm 2026
**THÔNG BÁO**
Về việc đăng ký tham gia Hội chợ hàng Việt và sản phẩm OCOP năm 2026
Hội chợ diễn ra từ ngày 15 đến 19/4/2026 tại Trung tâm Hội nghị tỉnh, phường Trấn Biên, với 220 gian hàng.
- Đối tượng: HTX, liên hiệp HTX có sản phẩm OCOP từ 3 sao trở lên.
- Hạn đăng ký: trước ngày 30/3/2026.
- Liên minh HTX tỉnh hỗ trợ 50% chi phí thuê gian hàng cho HTX ở khu vực Bình Phước cũ.
**CHỦ TỊCH**
**Lê Văn Dũng**
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/data/files/TB-09-LMHTX-2026.pdf", "text": "TB-09-LMHTX-2026.pdf"}],
          opts={"desc": "Thông báo đăng ký tham gia Hội chợ hàng Việt và sản phẩm OCOP năm 2026.",
                "kw": "#OCOP #hoicho #thongbao"},
          notes=["notice 'Số: 09/TB-LMHTX' dated 10/3 in the text, post dated '12 March 2026' (Simple Blog's date('d F Y'): "
                 "English month, no time); the signer is text, author null; 'Tải về: <a>TB-09-LMHTX-2026.pdf</a>' to "
                 "/data/files/ after the text: an attachment (the label is outside the link); the <title> cuts the title "
                 "at 57 bytes + '...'"],
          **on(datetime(2026, 3, 12))),
        A(path="anh-htx-dieu-khu-vuc-binh-phuoc-cu-vao-vu-thu-hoach",
          title="Ảnh: HTX điều khu vực Bình Phước cũ vào vụ thu hoạch",
          body="""
Tháng 3, các HTX trồng điều ở khu vực Bình Phước cũ bước vào cao điểm thu hoạch vụ điều năm 2026.
[img dieu-binh-phuoc-1.png] Thành viên HTX Điều Bù Đăng nhặt hạt điều chín rụng dưới tán vườn
[img dieu-binh-phuoc-2.png] Hạt điều được phơi trên sân của HTX trước khi nhập kho
[img dieu-binh-phuoc-3.png] Điều hữu cơ của HTX được doanh nghiệp chế biến thu mua với giá cao hơn 8%
""", byline="Ảnh: Hoàng Lộc", author="Hoàng Lộc",
          opts={"desc": "Các HTX điều ở khu vực Bình Phước cũ vào cao điểm thu hoạch.", "kw": "#dieu #binhphuoc"},
          notes=["photo story: Summernote images (<p><img style='width: 100%;'></p>) each followed by a centred <i> "
                 "caption paragraph (one line each); 'Ảnh: Hoàng Lộc' -> author"],
          **on(datetime(2026, 3, 3))),
        A(path="so-lieu-htx-tinh-dong-nai-sau-hop-nhat",
          title="Số liệu HTX tỉnh Đồng Nai sau hợp nhất",
          body="""
Sau khi hợp nhất hai tỉnh Đồng Nai và Bình Phước, khu vực kinh tế tập thể của tỉnh như sau:
| Chỉ tiêu | Đồng Nai cũ | Bình Phước cũ | Toàn tỉnh |
| Số HTX đang hoạt động | 412 | 265 | 677 |
| Số thành viên | 18.940 | 9.870 | 28.810 |
| Số tổ hợp tác | 1.028 | 640 | 1.668 |
| HTX có sản phẩm OCOP | 74 | 39 | 113 |
Các HTX nông nghiệp chiếm gần 70% tổng số HTX của tỉnh.
""", byline="Theo Báo Đồng Nai", author=None,
          opts={"desc": "Số liệu kinh tế tập thể tỉnh Đồng Nai sau hợp nhất.", "kw": "#solieu #kinhtetapthe"},
          notes=["Summernote table (table.table-bordered, header row of bold <td>s, no <th>): one line per row; 'Theo Báo "
                 "Đồng Nai' names a newspaper: text, author null"],
          **on(datetime(2026, 2, 13))),
        A(path="nam-kinh-nghiem-lien-ket-tieu-thu-nong-san",
          title="Năm kinh nghiệm của HTX trong liên kết tiêu thụ nông sản",
          body="""
Từ thực tế hoạt động của các HTX trên địa bàn, có thể rút ra năm kinh nghiệm trong liên kết tiêu thụ nông sản:
* Chọn doanh nghiệp có năng lực tài chính và cam kết lâu dài;
* Thống nhất tiêu chuẩn chất lượng ngay từ đầu vụ;
* Ký hợp đồng có điều khoản giá sàn;
* Minh bạch việc thu mua, thanh toán với thành viên;
* Xây dựng mã số vùng trồng để đáp ứng yêu cầu xuất khẩu.
""", byline="Trần Thị Mỹ Linh - Trung tâm Khuyến nông", author="Trần Thị Mỹ Linh",
          opts={"desc": "Kinh nghiệm liên kết tiêu thụ nông sản của các HTX.", "kw": "#lienket #nongsan"},
          notes=["a five-item list after a line ending with a colon; byline 'Trần Thị Mỹ Linh - Trung tâm Khuyến nông' -> "
                 "author Trần Thị Mỹ Linh"],
          **on(datetime(2026, 1, 29))),
        A(path="lien-minh-htx-tinh-tong-ket-cong-tac-nam-2025",
          title="Liên minh HTX tỉnh Đồng Nai tổng kết công tác năm 2025",
          body="""
Ngày 14/1, Liên minh HTX tỉnh Đồng Nai tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.
[img tong-ket-2025.png] Quang cảnh hội nghị tổng kết tại hội trường Liên minh HTX tỉnh
## Kết quả nổi bật
Năm 2025, Liên minh HTX tỉnh tư vấn thành lập mới 58 HTX, hỗ trợ 31 HTX vay vốn với tổng số tiền 37 tỷ đồng.
## Nhiệm vụ năm 2026
Tập trung củng cố HTX sau hợp nhất, phát triển HTX ứng dụng công nghệ cao ở vùng cây ăn trái và cây công nghiệp.
""", byline="Bài và ảnh: Nguyễn Văn Phúc", author="Nguyễn Văn Phúc",
          opts={"desc": "Tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.", "kw": "#hoinghi #tongket"},
          notes=["two Summernote <h3> headings and a captioned photo; 'Bài và ảnh: Nguyễn Văn Phúc' -> author"],
          **on(datetime(2026, 1, 15))),
        A(path="htx-tan-lap-dua-sau-rieng-len-san-thuong-mai-dien-tu",
          title="HTX Nông nghiệp Dịch vụ Tân Lập đưa sầu riêng lên sàn thương mại điện tử",
          body="""
HTX Nông nghiệp Dịch vụ Tân Lập vừa mở gian hàng sầu riêng trên hai sàn thương mại điện tử lớn.
Trong tháng đầu tiên, HTX bán được hơn 9 tấn sầu riêng, giá bán cao hơn bán cho thương lái khoảng 12%.
HTX dự kiến đưa thêm sản phẩm hạt điều rang muối và tiêu sọ lên sàn trong năm 2026.
""", author=None,
          opts={"desc": "HTX Tân Lập bán sầu riêng trên sàn thương mại điện tử.", "kw": "#chuyendoiso #saurieng",
                "oldlink": True},
          notes=["no byline (Simple Blog has no author field): author null; /gioi-thieu links it by the non-rewritten "
                 "address /?page=blog/<slug> (same page): an alias"],
          **on(datetime(2025, 12, 24))),
        A(path="dai-hoi-thanh-vien-htx-thanh-long-long-khanh",
          title="Đại hội thành viên HTX Thanh long Long Khánh nhiệm kỳ 2025 - 2030",
          body="""
Ngày 9/12, HTX Thanh long Long Khánh tổ chức đại hội thành viên nhiệm kỳ 2025 - 2030.
Đại hội thông qua điều lệ sửa đổi theo Luật HTX năm 2023 và bầu Hội đồng quản trị gồm 5 thành viên.
HTX đặt mục tiêu đến năm 2030 có 150 ha thanh long đạt chuẩn VietGAP.
""", byline="Theo Lê Quang Vinh", author="Lê Quang Vinh",
          opts={"desc": "Đại hội thành viên HTX Thanh long Long Khánh.", "kw": "#daihoi"},
          notes=["'Theo Lê Quang Vinh' names a person -> author"],
          **on(datetime(2025, 12, 10))),
        A(path="tap-huan-nghiep-vu-ke-toan-cho-htx",
          title="Tập huấn nghiệp vụ kế toán cho HTX",
          body="""
Trong hai ngày 18 và 19/11, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 65 kế toán HTX.
Học viên được hướng dẫn chế độ kế toán HTX, lập báo cáo tài chính và quyết toán thuế.
""", byline="Phạm Thu Hằng", author="Phạm Thu Hằng",
          opts={"desc": "Tập huấn nghiệp vụ kế toán cho 65 kế toán HTX.", "kw": "#taphuan #ketoan"},
          notes=["oldest post, the last card of /blog (Simple Blog has no pagination); the bare name 'Phạm Thu Hằng' "
                 "closes the text (author)"],
          **on(datetime(2025, 11, 20))),
    ]


def summernote(a: RichArticle) -> str:
    """The post body as the Summernote editor saves it."""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text).replace('<strong>', '<b>').replace('</strong>', '</b>')}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img src="{{{{base}}}}/data/files/{b.src}" style="width: 100%;" data-filename="{b.src}"><br></p>')
            if b.text:
                out.append(f'<p style="text-align: center; "><i>{esc(b.text)}</i></p>')
        elif b.kind == "table":
            rows = []
            for k, r in enumerate(b.rows):
                cells = "\n".join(f"<td><b>{esc(c)}</b></td>" if k == 0 else f"<td>{esc(c)}</td>" for c in r)
                rows.append(f"<tr>\n{cells}\n</tr>")
            out.append(f'<table class="table table-bordered">\n<tbody>\n{"".join(rows)}\n</tbody>\n</table>')
    if a.byline:
        out.append(f'<p style="text-align: right; "><b>{esc(a.byline)}</b></p>')
    for x in a.attachments:
        out.append(f'<p>Tải về: <a href="{{{{base}}}}{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    return "".join(out)


def cut_title(title: str) -> str:
    """Simple Blog's setMetaTags: titles whose last space is past byte 60 are cut at byte 57 (substr) + '...'."""
    raw = title.encode("utf-8")
    if raw.rfind(b" ") > 60:
        return raw[:57].decode("utf-8", "ignore") + "..."
    return title


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dong-nai", TITLE + " (WonderCMS)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.path
        a.path = f"/blog/{a.path}"
    site.extra_boilerplate += [TITLE, *SUBSIDE, FOOTER, "Login", "Back to all blog posts", "Giới thiệu", "Liên hệ",
                               *[a.opts["kw"] for a in posts]]

    def layout(current: str, page_title: str, content: str, *, desc: str, keywords: str, blog: bool = False) -> str:
        menu = "".join(f'<li class="nav-item {"active " if current == slug else ""}">\n\t\t\t\t\t\t<a class="nav-link" '
                       f'href="{{{{base}}}}/{slug}">{esc(name)}</a></li>' for slug, name in MENU)
        menu += (f'        <li class="{"active " if blog else ""}nav-item">\n            <a class="nav-link" href="{{{{base}}}}/blog">Blog'
                 f'</a>\n        </li>')
        js = ('<script src="{{base:offsite}}/code-jquery/jquery-1.12.4.min.js" crossorigin="anonymous"></script>'
              "<script src='{{base}}/plugins/simple-blog/js/blog.js'></script>") if blog else ""
        return f"""
<!DOCTYPE html>
<html lang="vi">
	<head>
		<!-- Encoding, browser compatibility, viewport -->
		<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
		<meta http-equiv="X-UA-Compatible" content="IE=edge">
		<meta name="viewport" content="width=device-width, initial-scale=1">

		<!-- Search Engine Optimization (SEO) -->
		<meta name="title" content="{TITLE} - {attr(page_title)}" />
		<meta name="description" content="{attr(desc)}">
		<meta name="keywords" content="{attr(keywords)}">
		<meta property="og:url" content="{{{{base}}}}/" />
		<meta property="og:type" content="website" />
		<meta property="og:site_name" content="{TITLE}" />
		<meta property="og:title" content="{attr(page_title)}" />
		<meta name="twitter:site" content="{{{{base}}}}/" />
		<meta name="twitter:title" content="{TITLE} - {attr(page_title)}" />
		<meta name="twitter:description" content="{attr(desc)}" />

		<!-- Website and page title -->
		<title>
			{TITLE} - {esc(page_title)}

		</title>

		<!-- Admin CSS -->
		<link rel='stylesheet' href='{{{{base}}}}/plugins/simple-blog/css/blog.css'>

		<!-- Theme CSS -->
		<link rel="stylesheet" rel="preload" as="style" href="{{{{base}}}}/themes/sky/css/style.css">
	</head>

	<body>
		<!-- Admin settings panel and alerts -->




		<section id="topMenu">
			<div class="inner">
				<nav>
					<ul class="menu">
						<!-- Menu -->
						{menu}

					</ul>
				</nav>
			</div>
		</section>

		<div id="wrapper">
			<section id="intro" class="wrapper style1 fullscreen">
				<div class="inner">
					<!-- Main content for each page -->
					{content}

				</div>
			</section>

			<section class="wrapper style2">
					<div class="inner">
						<!-- Static editable block, same on each page -->
						<h2>{SUBSIDE[0]}</h2>
<p>{SUBSIDE[1]}</p>
<p>{SUBSIDE[2]}</p>

					</div>
			</section>
		</div>

		<footer class="wrapper style2">
			<div class="inner">
				<!-- Footer -->
				{FOOTER} &bull; <a href="{{{{base}}}}/loginURL">Login</a>

			</div>
		</footer>

		<!-- Admin JavaScript. More JS libraries can be added below -->
		{js}

	</body>
</html>"""

    def date(d: datetime) -> str:
        return d.strftime("%d %B %Y")

    for a in posts:
        content = (f'                            <div class="post">\n                                <h1 class="title">{esc(a.title)}</h1>\n'
                   f'                                <p class="meta">{date(a.date)}<br/>\n                                {esc(a.opts["kw"])}</p>\n'
                   f'                                <div class="body">{summernote(a)}</div>\n                            </div>\n'
                   f'                        \n                        <div class="text-left">\n                            <br /><br />\n'
                   f'                            <a href="../blog" class="btn btn-sm btn-light"><span class="glyphicon glyphicon-chevron-left small">'
                   f'</span> Back to all blog posts</a>\n                        </div>')
        html = layout(a.opts["slug"], cut_title(a.title), content, desc=a.opts["desc"],
                      keywords=a.opts["desc"].replace(" ", ", "), blog=True)
        site.page(a.path, html, content_type=HTML)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/data/files/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH DONG NAI", "THONG BAO SO 09/TB-LMHTX"]))
        site.add_article(a)
    old = next(a for a in posts if a.opts.get("oldlink"))
    old_url = f"/?page=blog/{old.opts['slug']}"
    site.same_page(old_url, old.path)
    old.aliases.append(old_url)
    site.trap("post /blog/<slug>: h1.title, then p.meta '12 March 2026<br/>#OCOP #hoicho #thongbao' (date('d F Y') and the "
              "keywords field), div.body (Summernote HTML), 'Back to all blog posts' (href '../blog'); then the sky theme's "
              "subside block (address, phone) and footer '©2026 … • Login' on every page; og:url is the site root",
              posts[1].path)

    cards = "".join(
        f'\n                        <div class="post card">\n                            <h3>{esc(a.title)}</h3>\n'
        f'                            <div class="meta">\n                                <div class="row">\n'
        f'                                    <div class="col-sm-12 text-right"><small>{date(a.date)}</small></div>\n'
        f'                                </div>\n                            </div>\n                            <p class="description">'
        f'{esc(a.opts["desc"])}</p>\n                            <a href="{{{{base}}}}{a.path}" class="text-right">&#8618; Read more</a>\n'
        f'                        </div>' for a in posts)
    site.page("/blog", layout("blog", "Blog", cards, desc="Blog", keywords="Blog", blog=True), content_type=HTML)
    site.non_articles.append("/blog")
    site.trap("/blog (Simple Blog's only list, no pagination, newest first): div.post.card with an unlinked <h3> title, "
              "'12 March 2026', the description and '↪ Read more': a listing", "/blog")

    def page(slug: str, title: str, body: str, desc: str) -> None:
        html = layout(slug, title, body, desc=desc, keywords=desc.replace(" ", ", "))
        if slug == "home":
            site.page("/", html)
            site.same_page("/home", "/")
            site.non_articles += ["/", "/home"]
            return
        site.page(f"/{slug}", html, content_type=HTML)
        site.non_articles.append(f"/{slug}")

    page("home", "Trang chủ", "<h1>Liên minh Hợp tác xã tỉnh Đồng Nai</h1>\n\n<p>Chào mừng bạn đến với trang thông tin của Liên minh "
         "HTX tỉnh Đồng Nai. Trang cập nhật hoạt động của Liên minh HTX, các HTX, tổ hợp tác trên địa bàn tỉnh (gồm cả khu vực "
         "Bình Phước cũ).</p>\n<p>Tin tức mới nhất ở mục <a href=\"{{base}}/blog\">Blog</a>.</p>",
         "Trang thông tin của Liên minh HTX tỉnh Đồng Nai")
    page("gioi-thieu", "Giới thiệu", "<h2>Giới thiệu</h2>\n<p>Liên minh HTX tỉnh Đồng Nai là tổ chức đại diện, hỗ trợ các HTX, "
         "liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p>\n<p>Từ ngày 1/7/2025, Liên minh HTX tỉnh Bình Phước hợp nhất vào Liên minh "
         f'HTX tỉnh Đồng Nai.</p>\n<p>Mô hình tiêu biểu: <a href="{{{{base}}}}{old_url}">{esc(old.title)}</a></p>',
         "Giới thiệu Liên minh HTX tỉnh Đồng Nai")
    page("lien-he", "Liên hệ", "<h2>Liên hệ</h2>\n<p>Mọi ý kiến xin gửi về Văn phòng Liên minh HTX tỉnh Đồng Nai qua thư điện tử "
         "hoặc điện thoại ghi ở cuối trang.</p>", "Liên hệ Liên minh HTX tỉnh Đồng Nai")
    login = ('\n\t\t\t<style>.showUpdate{display: block !important}</style>\n\t\t\t\t<div class="wUpdate" style="display:none;color:#ccc;'
             'left:0;top:0;width:100%;height:100%;position:fixed;text-align:center;padding-top:100px;background:rgba(51,51,51,.8);'
             'z-index:2448"><h2>Logging in and checking for updates</h2><p>This might take a moment.</p></div>\n\t\t\t\t<form '
             'action="{{base}}/loginURL" method="post">\n\t\t\t\t\t<div class="winput-group text-center">\n\t\t\t\t\t\t<h1>Login to '
             'your website</h1>\n\t\t\t\t\t\t<input type="password" class="wform-control" id="password" name="password" '
             'placeholder="Password" autofocus><br><br>\n\t\t\t\t\t\t<span class="winput-group-btn">\n\t\t\t\t\t\t\t<button '
             'type="submit" class="wbtn wbtn-info">Login</button>\n\t\t\t\t\t\t</span>\n\t\t\t\t\t</div>\n\t\t\t\t</form>')
    site.page("/loginURL", layout("loginURL", "Login", login, desc="", keywords=""), content_type=HTML)
    site.non_articles.append("/loginURL")
    site.trap("pages / and /home (the same default page: the menu links /home), /gioi-thieu (links a post by "
              "/?page=blog/<slug>), /lien-he, and the login page /loginURL (linked 'Login' in every footer): not articles",
              "/gioi-thieu")
    return site
