"""Site `tintuc-htxhungyen` (registry family `generic`): "Tin tức Liên minh HTX Hưng Yên", the news site of the Hưng Yên
cooperative alliance (merged with Thái Bình on 1 July 2025) on **Pico 3.0 (alpha 2)**, the flat-file Markdown CMS, with
its **default theme** (copied by the staff into two extra templates, `blog.twig` and `post.twig`, as the plugin's
README suggests) and the community **Pico-Pagination 1.7** plugin (`pagination_sub_page: true`,
`pagination_page_indicator: tin-tuc`), URL rewriting on, `pages_order_by: date`. Written as a held-out test: no family
module, no selectors.

URL shapes (Pico page ids): the home `/`, pages `/gioi-thieu`, `/lien-he`, the news page `/tin-tuc` (content
`tin-tuc/index.md`) and its page 2 `/tin-tuc/2` (the plugin's page indicator + number), a post `/tin-tuc/<file name>`
(no extension, no slash); the same pages answer Pico's non-rewritten form `/?<page id>` with the slash percent-encoded
(`getPageUrl` rawurlencodes the id: `/?tin-tuc%2Fhtx-…`), which old links still use; the RSS feed `/feed` (a hidden
page with `Template: feed`, Pico's cookbook template) is served as text/html like every Pico page.

Why it is hard: the default theme's only `<h1>` is the site title in the header; the post title is the `<h2>` of the
staff's `post.twig`. The date is Pico's `date_formatted` with the default `date_format` `%D %T`, never changed: US
month-first, two-digit year ("03/04/26 15:40:00" is 4 March 2026; "03/16/26 09:10:00" shows which number is the
month), followed by the page's `Author` meta — an office account "Ban biên tập" on most posts. PHP runs in UTC: the
feed's `pubDate` labels the local time "+0000". The canonical of `/tin-tuc/2` is `/tin-tuc` (the page's URL, not the
request's); the listing shows each post's `Description` meta, and "Page 1 of 2." (the plugin's English string). The
footer keeps Pico's credit line.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "tintuc-htxhungyen"
TITLE = "Tin tức Liên minh HTX Hưng Yên"
TAGLINE = "Cập nhật hoạt động kinh tế tập thể, hợp tác xã tỉnh Hưng Yên"
HTML = "text/html; charset=UTF-8"
SOCIAL = [("Fanpage Liên minh HTX Hưng Yên", "/facebook/lienminhhtxhungyen", "facebook"),
          ("Gửi thư cho Ban biên tập", "/mail/lmhtx-hungyen", "mail")]
FURN = [TITLE, TAGLINE, "Toggle Menu", "Pico was made by", "Gilbert Pellegrom", "The Pico Community",
        "Released under the", "MIT license", *[s[0] for s in SOCIAL], "Quay lại danh sách tin", "Ban biên tập",
        "Trang chủ", "Giới thiệu", "Liên hệ"]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="ke-hoach-15-kh-lmhtx-ngay-hoi-ocop-2026",
          title="Kế hoạch số 15/KH-LMHTX tổ chức Ngày hội sản phẩm OCOP của HTX năm 2026",
          body="""
**LIÊN MINH HTX TỈNH HƯNG YÊN**
Số: 15/KH-LMHTX
Hưng Yên, ngày 12 tháng 3 năm 2026
**KẾ HOẠCH**
**Tổ chức Ngày hội sản phẩm OCOP của HTX năm 2026**
## I. MỤC ĐÍCH, YÊU CẦU
Quảng bá, kết nối tiêu thụ sản phẩm OCOP của các HTX, tổ hợp tác trên địa bàn tỉnh.
## II. THỜI GIAN, ĐỊA ĐIỂM
Ngày hội diễn ra từ ngày 24 đến 26/4/2026 tại Quảng trường Thái Bình, phường Trần Hưng Đạo.
## III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh tiếp nhận đăng ký gian hàng đến hết ngày 10/4/2026.
**CHỦ TỊCH**
**Nguyễn Đức Thắng**
""", author=None, doc_number="15/KH-LMHTX",
          attachments=[{"path": "/assets/van-ban/kh-15-kh-lmhtx-2026.pdf", "text": "Tải Kế hoạch số 15/KH-LMHTX (PDF)"}],
          opts={"who": "Ban biên tập", "desc": "Kế hoạch tổ chức Ngày hội sản phẩm OCOP của HTX năm 2026."},
          notes=["plan 'Số: 15/KH-LMHTX' dated 12/3 in the text, shown '03/16/26 09:10:00 · Ban biên tập' (Pico's default "
                 "date_format %D %T: month first, day 16 > 12 settles it); the Author meta is the office account and the "
                 "signer is text: author null; the Markdown link 'Tải Kế hoạch số 15/KH-LMHTX (PDF)' to /assets/…pdf: an "
                 "attachment; Parsedown <h2> headings (the post title is an <h2> too)"],
          **at(datetime(2026, 3, 16, 9, 10))),
        A(path="anh-htx-hoa-cay-canh-van-giang-vao-vu-xuan",
          title="Ảnh: HTX hoa, cây cảnh Văn Giang vào vụ xuân",
          body="""
Sau Tết Nguyên đán, các HTX hoa, cây cảnh ở Văn Giang bắt đầu chăm sóc vụ hoa xuân hè.
[img hoa-van-giang-1.png] Thành viên HTX Hoa cây cảnh Xuân Quan cắt tỉa cây giống trong nhà lưới
[img hoa-van-giang-2.png] HTX áp dụng hệ thống tưới nhỏ giọt cho 12 ha hoa cúc, hoa hồng
[img hoa-van-giang-3.png] Hoa chậu được đóng gói để giao cho khách hàng ở Hà Nội
""", byline="Ảnh: Lê Hải", author="Lê Hải",
          opts={"who": "Ban biên tập", "desc": "Các HTX hoa, cây cảnh ở Văn Giang chăm sóc vụ hoa xuân hè."},
          notes=["photo story: each Parsedown image paragraph followed by an <em> caption paragraph (one line each); "
                 "shown '03/04/26 15:40:00' (4 March 2026, not 3 April); 'Ảnh: Lê Hải' -> author"],
          **at(datetime(2026, 3, 4, 15, 40))),
        A(path="lam-viec-voi-htx-khu-vuc-thai-binh-cu-ve-san-xuat-vu-xuan",
          title="Liên minh HTX tỉnh làm việc với các HTX khu vực Thái Bình cũ về sản xuất vụ xuân",
          body="""
Chiều 26/2, đoàn công tác Liên minh HTX tỉnh làm việc với 14 HTX nông nghiệp ở khu vực Thái Bình cũ về phương án sản xuất vụ xuân năm 2026.
Các HTX đề nghị được hỗ trợ vốn mua máy cấy, máy bay không người lái phun thuốc bảo vệ thực vật.
Liên minh HTX tỉnh sẽ tổng hợp đề xuất, ưu tiên giải ngân vốn vay Quỹ hỗ trợ phát triển HTX trong quý II.
""", author="Vũ Thị Hòa",
          opts={"who": "Vũ Thị Hòa", "desc": "Làm việc với 14 HTX nông nghiệp ở khu vực Thái Bình cũ."},
          notes=["posted 21:45: shown '02/26/26 21:45:00', the /feed pubDate 'Thu, 26 Feb 2026 21:45:00 +0000' (PHP in UTC "
                 "labels the local time; 27/02 04:45 if read as UTC); no byline, the Author meta 'Vũ Thị Hòa' is a "
                 "person -> author"],
          **at(datetime(2026, 2, 26, 21, 45))),
        A(path="kinh-te-tap-the-hung-yen-nam-2025-qua-cac-con-so",
          title="Kinh tế tập thể tỉnh Hưng Yên năm 2025 qua các con số",
          body="""
Sau hợp nhất, khu vực kinh tế tập thể của tỉnh Hưng Yên có quy mô lớn nhất vùng đồng bằng sông Hồng.
| Chỉ tiêu | Hưng Yên cũ | Thái Bình cũ | Toàn tỉnh |
| Số HTX đang hoạt động | 624 | 918 | 1.542 |
| Số thành viên | 71.300 | 185.600 | 256.900 |
| Số tổ hợp tác | 1.120 | 1.875 | 2.995 |
| Sản phẩm OCOP của HTX | 96 | 142 | 238 |
Năm 2026, tỉnh phấn đấu thành lập mới 120 HTX và 200 tổ hợp tác.
""", byline="Theo Báo Hưng Yên", author=None,
          opts={"who": "Ban biên tập", "desc": "Số liệu kinh tế tập thể tỉnh Hưng Yên năm 2025."},
          notes=["Parsedown table (thead/tbody), one line per row; 'Theo Báo Hưng Yên' names a newspaper: text, author null"],
          **at(datetime(2026, 2, 10, 8, 30))),
        A(path="bon-nhom-chinh-sach-ho-tro-htx-nong-nghiep-2026",
          title="Bốn nhóm chính sách hỗ trợ HTX nông nghiệp năm 2026",
          body="""
Năm 2026, HTX nông nghiệp trên địa bàn tỉnh được hưởng bốn nhóm chính sách hỗ trợ chính:
* Hỗ trợ đào tạo, bồi dưỡng cán bộ quản lý HTX;
* Hỗ trợ xây dựng kết cấu hạ tầng phục vụ sản xuất;
* Hỗ trợ chế biến, bảo quản và tiêu thụ sản phẩm;
* Hỗ trợ ứng dụng khoa học công nghệ, chuyển đổi số.
HTX có nhu cầu liên hệ Liên minh HTX tỉnh để được hướng dẫn lập hồ sơ.
""", byline="Phạm Văn Khải - Trung tâm Khuyến nông", author="Phạm Văn Khải",
          opts={"who": "Ban biên tập", "desc": "Các nhóm chính sách hỗ trợ HTX nông nghiệp năm 2026."},
          notes=["a four-item list after a line ending with a colon; byline 'Phạm Văn Khải - Trung tâm Khuyến nông' -> "
                 "author Phạm Văn Khải (the Author meta is the office)"],
          **at(datetime(2026, 1, 22, 14, 0))),
        A(path="htx-dong-cuong-mo-rong-lien-ket-san-xuat-lua-huu-co",
          title="HTX Nông nghiệp Đông Cuông mở rộng liên kết sản xuất lúa hữu cơ",
          body="""
HTX Nông nghiệp Đông Cuông vừa ký hợp đồng liên kết sản xuất 85 ha lúa hữu cơ với một doanh nghiệp xuất khẩu gạo.
Theo hợp đồng, doanh nghiệp cung ứng giống, hướng dẫn quy trình và bao tiêu toàn bộ sản lượng với giá cao hơn thị trường 10%.
""", author=None,
          opts={"who": "", "desc": "HTX Nông nghiệp Đông Cuông liên kết sản xuất 85 ha lúa hữu cơ.", "oldlink": True},
          notes=["no byline and no Author meta: author null; shown '01/08/26 10:20:00' (8 January); only on /tin-tuc/2; "
                 "/gioi-thieu links it by Pico's non-rewritten address /?tin-tuc%2F<id> (same page): an alias"],
          **at(datetime(2026, 1, 8, 10, 20))),
        A(path="hoi-nghi-tong-ket-cong-tac-nam-2025",
          title="Hội nghị tổng kết công tác năm 2025 của Liên minh HTX tỉnh",
          body="""
Ngày 19/12, Liên minh HTX tỉnh Hưng Yên tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.
Năm 2025, Liên minh HTX tỉnh đã tư vấn thành lập mới 87 HTX, giải ngân 42 tỷ đồng vốn vay cho 65 HTX.
Hội nghị đề ra mục tiêu năm 2026 có thêm 30 HTX ứng dụng công nghệ cao trong sản xuất.
""", byline="Nguyễn Thu Hà", author="Nguyễn Thu Hà",
          opts={"who": "Ban biên tập", "desc": "Tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026."},
          notes=["the bare name 'Nguyễn Thu Hà' closes the text (author); shown '12/19/25 16:05:00'"],
          **at(datetime(2025, 12, 19, 16, 5))),
        A(path="tap-huan-ban-hang-tren-san-thuong-mai-dien-tu-cho-htx",
          title="Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho HTX",
          body="""
Ngày 4/12, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức lớp tập huấn bán hàng trên sàn thương mại điện tử cho 80 học viên.
[img tap-huan-tmdt.png] Học viên thực hành đăng sản phẩm lên gian hàng trực tuyến
Sau lớp học, 25 HTX đã mở gian hàng trên các sàn thương mại điện tử.
""", byline="Bài và ảnh: Trần Minh Tuấn", author="Trần Minh Tuấn",
          opts={"who": "Ban biên tập", "desc": "Tập huấn bán hàng trên sàn thương mại điện tử cho 80 học viên."},
          notes=["oldest post, only on /tin-tuc/2; shown '12/05/25 07:50:00' (5 December, not 12 May); 'Bài và ảnh: Trần "
                 "Minh Tuấn' -> author"],
          **at(datetime(2025, 12, 5, 7, 50))),
    ]


def parsedown(a: RichArticle) -> str:
    """What Parsedown (Pico's Markdown parser) makes of the post's Markdown."""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img src="{{{{base}}}}/assets/tin-tuc/{b.src}" alt="{attr(b.text)}" /></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    for x in a.attachments:
        out.append(f'<p><a href="{{{{base}}}}{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hung-yen", TITLE + " (Pico)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["id"] = f"tin-tuc/{a.path}"
        a.path = f"/tin-tuc/{a.path}"
    nav_pages = [("index", "Trang chủ", "/"), ("tin-tuc/index", "Tin tức", "/tin-tuc"), ("lien-he", "Liên hệ", "/lien-he"),
                 ("gioi-thieu", "Giới thiệu", "/gioi-thieu")]

    def fmt(d: datetime) -> str:  # strftime('%D %T')
        return d.strftime("%m/%d/%y %H:%M:%S")

    def layout(page_id: str, meta_title: str, content: str, *, canonical: str, desc: str = "") -> str:
        active = ' class="active"'
        nav = "".join(f'\n                        <li{active if pid == page_id else ""}>\n'
                      f'                            <a href="{{{{base}}}}{url}">{esc(t)}</a>\n                        </li>'
                      for pid, t, url in nav_pages)
        d = f'\n        <meta name="description" content="{attr(desc)}" />' if desc else ""
        social = "".join(f'\n                    <a href="{{{{base:offsite}}}}{u}" title="{attr(t)}" role="button">\n'
                         f'                        <span class="icon-{icon}" aria-hidden="true"></span>\n'
                         f'                        <span class="sr-only">{esc(t)}</span>\n                    </a>'
                         for t, u, icon in SOCIAL)
        return f"""<!DOCTYPE html>
<html class="no-js">
<head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1, user-scalable=no" />

    <title>{esc(meta_title)} | {TITLE}</title>{d}

        <link rel="canonical" href="{{{{base}}}}{canonical}" />

    <link rel="alternate" type="application/rss+xml" title="{TITLE}" href="{{{{base}}}}/feed" />
    <link rel="stylesheet" href="{{{{base}}}}/themes/default/css/style.css" type="text/css" />
    <link rel="stylesheet" href="{{{{base}}}}/themes/default/css/droidsans.css" type="text/css" />
    <link rel="stylesheet" href="{{{{base}}}}/themes/default/css/fontello.css" type="text/css" />
</head>
<body>

    <div id="header" role="banner">
        <div class="container">
            <a id="nav-toggle" title="Toggle Menu" role="button" aria-controls="nav" aria-expanded="false" tabindex="1">
                <span class="icon-menu" aria-hidden="true"></span>
                <span class="sr-only">Toggle Menu</span>
            </a>
                <div id="logo" aria-hidden="true">
                    <a href="{{{{base}}}}/">
                        <img src="{{{{base}}}}/assets/logo-lmhtx.png" alt="" />
                    </a>
                </div>
            <div id="title" class="tagline">
                <a href="{{{{base}}}}/">
                    <h1>{TITLE}</h1>
                    <p>{TAGLINE}</p>
                </a>
            </div>
            <div id="nav" role="navigation" tabindex="-1">
                <ul>{nav}
                </ul>
            </div>
        </div>
    </div>

    <div id="main" role="main">
        <div class="container">
            {content}
        </div>
    </div>

    <div id="footer">
        <div class="container">
            <div class="social">{social}
            </div>
            <p>
                <a href="{{{{base:offsite}}}}/picocms/">Pico</a> was made by <a href="{{{{base:offsite}}}}/gilbert-pellegrom/">Gilbert Pellegrom</a>
                and is maintained by <a href="{{{{base:offsite}}}}/picocms/contributors/">The Pico Community</a>.
                Released under the <a href="{{{{base:offsite}}}}/picocms/license/">MIT license</a>.
            </p>
        </div>
    </div>

    <script src="{{{{base}}}}/themes/default/js/modernizr-3.3.1-custom.min.js" type="text/javascript"></script>
    <script src="{{{{base}}}}/themes/default/js/utils.js" type="text/javascript"></script>
    <script src="{{{{base}}}}/themes/default/js/pico.js" type="text/javascript"></script>

</body>
</html>
"""

    def meta_line(a: RichArticle) -> str:
        who = a.opts["who"]
        return fmt(a.date) + (f" &middot; {esc(who)}" if who else "")

    for a in posts:
        content = (f'<div class="post">\n    <h2>{esc(a.title)}</h2>\n    <p class="meta">{meta_line(a)}</p>\n{parsedown(a)}\n'
                   f'    <p class="back"><a href="{{{{base}}}}/tin-tuc">&laquo; Quay lại danh sách tin</a></p>\n</div>')
        html = layout(a.opts["id"], a.title, content, canonical=a.path, desc=a.opts["desc"])
        site.page(a.path, html, content_type=HTML)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/assets/tin-tuc/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH HUNG YEN", "KE HOACH SO 15/KH-LMHTX"]))
        site.add_article(a)
    old = next(a for a in posts if a.opts.get("oldlink"))
    old_url = "/?" + quote(old.opts["id"], safe="")
    site.same_page(old_url, old.path)
    old.aliases.append(old_url)

    # -- the news page and its page 2 (Pico-Pagination) -----------------------------------------
    chunks = [posts[i:i + 5] for i in range(0, len(posts), 5)]
    for n, chunk in enumerate(chunks, 1):
        url = "/tin-tuc" if n == 1 else f"/tin-tuc/{n}"
        items = "".join(f'\n  <div class="post">\n    <h3><a href="{{{{base}}}}{a.path}">{esc(a.title)}</a></h3>\n'
                        f'    <p class="meta">{fmt(a.date)}</p>\n    <p class="excerpt">{esc(a.opts["desc"])}</p>\n  </div>' for a in chunk)
        links = []
        if n > 1:
            links.append(f'<li class="pagination-list-item">\n      <a href="{{{{base}}}}/tin-tuc/{n - 1}" class="pagination-link '
                         f'pagination-link--prev">&larr; Tin mới hơn</a>\n    </li>')
        if n < len(chunks):
            links.append(f'<li class="pagination-list-item">\n      <a href="{{{{base}}}}/tin-tuc/{n + 1}" class="pagination-link '
                         f'pagination-link--next">Tin cũ hơn &rarr;</a>\n    </li>')
        content = (f'<h1>Tin tức</h1>\n<p>Tin hoạt động của Liên minh HTX tỉnh và các HTX, tổ hợp tác trên địa bàn tỉnh.</p>\n'
                   f'<div class="posts-list">{items}\n</div>\n<ul class="pagination-links">\n    ' + "\n    ".join(links)
                   + f'\n</ul>\n<p class="pagination-summary">Page {n} of {len(chunks)}.</p>')
        site.page(url, layout("tin-tuc/index", "Tin tức", content, canonical="/tin-tuc",
                              desc="Tin hoạt động của Liên minh HTX tỉnh Hưng Yên"), content_type=HTML)
        site.non_articles.append(url)
    site.trap("the news page /tin-tuc and its page 2 /tin-tuc/2 (Pico-Pagination, 5 a page): h3 links, the date in the "
              "same '%D %T' form, the Description meta, 'Tin cũ hơn →', 'Page 2 of 2.'; /tin-tuc/2 declares "
              "rel=canonical /tin-tuc (Pico's current_page.url): listings", "/tin-tuc/2")
    # /tin-tuc/1 is what the "← Tin mới hơn" link of page 2 points at: the plugin answers it as page 1
    site.same_page("/tin-tuc/1", "/tin-tuc")
    site.non_articles.append("/tin-tuc/1")

    # -- pages -----------------------------------------------------------------------------------
    def page(pid: str, url: str, title: str, md_html: str, desc: str = "") -> None:
        site.page(url, layout(pid, title, md_html, canonical=url, desc=desc), content_type=None if url == "/" else HTML)
        site.non_articles.append(url)

    page("index", "/", "Trang chủ", f"<h1>Chào mừng đến với trang tin Liên minh HTX tỉnh Hưng Yên</h1>\n<p>Trang cập nhật tin "
         f"hoạt động của Liên minh HTX tỉnh, các HTX, tổ hợp tác trên địa bàn tỉnh Hưng Yên (gồm cả khu vực Thái Bình cũ).</p>\n"
         f'<p>Tin mới nhất: <a href="{{{{base}}}}{posts[0].path}">{esc(posts[0].title)}</a></p>\n'
         f'<p>Xem tất cả tin ở mục <a href="{{{{base}}}}/tin-tuc">Tin tức</a>.</p>', "Trang tin của Liên minh HTX tỉnh Hưng Yên")
    page("gioi-thieu", "/gioi-thieu", "Giới thiệu", "<h1>Giới thiệu</h1>\n<p>Liên minh HTX tỉnh Hưng Yên là tổ chức đại diện, "
         "hỗ trợ các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p>\n<p>Từ ngày 1/7/2025, Liên minh HTX tỉnh Thái Bình hợp "
         "nhất vào Liên minh HTX tỉnh Hưng Yên.</p>\n"
         f'<p>Một mô hình tiêu biểu: <a href="{{{{base}}}}{old_url}">{esc(old.title)}</a></p>')
    page("lien-he", "/lien-he", "Liên hệ", "<h1>Liên hệ</h1>\n<p>Văn phòng Liên minh HTX tỉnh Hưng Yên</p>\n<p>Địa chỉ: số 12 "
         "đường Chùa Chuông, phường Phố Hiến, tỉnh Hưng Yên</p>\n<p>Điện thoại: 0221 3862 540</p>")
    site.trap("pages / (its own <h1> in the content, and the header's), /gioi-thieu (links a post by /?tin-tuc%2F<id>), "
              "/lien-he: the default template, no date: not articles", "/gioi-thieu")

    # -- the feed (Pico cookbook template), served as text/html ----------------------------------
    def rfc(d: datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S +0000")

    items = "".join(f"\n      <item>\n        <title>{esc(a.title)}</title>\n        <description>{esc(parsedown(a))}</description>\n"
                    f"        <pubDate>{rfc(a.date)}</pubDate>\n        <link>{{{{base}}}}{a.path}</link>\n"
                    f'        <guid isPermaLink="true">{{{{base}}}}{a.path}</guid>\n      </item>' for a in posts)
    site.page("/feed", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n'
              f"  <channel>\n    <title>{TITLE}</title>\n    <description>Trang tin của Liên minh HTX tỉnh Hưng Yên</description>\n"
              f'    <link>{{{{base}}}}/</link>\n    <atom:link href="{{{{base}}}}/feed" rel="self" type="application/rss+xml"/>\n'
              f"    <pubDate>Fri, 20 Mar 2026 03:12:09 +0000</pubDate>\n    <lastBuildDate>Fri, 20 Mar 2026 03:12:09 +0000</lastBuildDate>\n"
              f"    <generator>Pico</generator>{items}\n  </channel>\n</rss>\n", content_type=HTML)
    site.html_pages.pop("/feed")  # XML with an XML declaration: not for the HTML checks
    site.trap("/feed (head alternate): Pico's cookbook RSS template served as text/html; pubDate 'D, d M Y H:i:s O' of the "
              "Date meta in PHP's UTC zone (the local time labelled +0000); the whole post HTML as description", "/feed")

    site.binary("/assets/logo-lmhtx.png", image_for("logo-lmhtx-hungyen"))
    return site
