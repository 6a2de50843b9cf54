"""Site `htx-kontum` (registry family `generic`): "Liên minh Hợp tác xã tỉnh Kon Tum", a site the alliance's office
designs itself in **Nicepage 6** (the desktop site builder) and publishes as its **exported static HTML** with
Nicepage's Blog (Blog Template / Post Template pages), uploaded by the builder's FTP publishing (only changed files
are sent); a site map made with an online generator; the copy is of 10 September 2024, before the province merged
into Quảng Ngãi. Written as a held-out test: no family module, no selectors.

URL shapes: pages by the file names Nicepage gives them: `/index.html` (also `/`), `/gioi-thieu.html`,
`/tin-tuc.html` (a page with a Blog control: the 4 newest), `/lien-he.html`; the Blog Template `/blog/blog.html` and
its pages `/blog/blog-2.html` (6 a page); posts `/blog/post-<n>.html` (Nicepage's default names, the numbers of
deleted drafts missing) or `/blog/<ten-bai-viet>.html` when the editor set the page's file name; the host also
answers a post without `.html` (a post's text links another so: an alias); every link is relative
(`data-path-to-root="../"` on the posts); `/sitemap.xml` (xml-sitemaps.com: lastmod = each file's upload time,
`+00:00`) named in `/robots.txt`. No feed, no search, no comments, no login: a static site.

Why it is hard: Nicepage's markup. Every page repeats the same `<header class="u-header">` (the logo, the name line,
the hotline and the menu twice: the desktop `u-nav-container` and the off-canvas `u-nav-container-collapse`) and
`<footer class="u-footer">`, then the `u-backlink` credit "This site was created with the Nicepage". A post is a
`section.u-section-1 > div.u-sheet > div.u-post-details > div.u-container-layout`: the image, the title in
`h2.u-blog-control` (no `<h1>` anywhere), `div.u-metadata` (`span.u-meta-date` "15/07/2024" — a date only —,
`span.u-meta-author`, `span.u-meta-category`), then `div.u-post-content.fr-view` (Froala: `<p>`, `<h3>`, lists,
`table.fr-table`, captions in `span.fr-img-caption > span.fr-img-wrap > span.fr-inner`), then a share section
(`u-social-icons`). The author is the metadata's author when a person ("admin" and "Ban Biên tập" are not), unless a
closing byline names someone. The post published at 00:10 on 15 July reads "15/07/2024"; the site map, made from
the files' upload times in UTC, gives it `2024-07-14T17:14:52+00:00` (the day before). Published = the metadata's
day at midnight. Listings (`u-blog` > `u-repeater` > `u-blog-post u-repeater-item`: image, `h4` title, date,
excerpt, "Đọc thêm" `u-btn`; `u-pagination`). The two oldest posts are only on `/blog/blog-2.html` (and the site
map).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "htx-kontum"
NAME = "Liên minh Hợp tác xã tỉnh Kon Tum"
UTC = timedelta(hours=7)
PER = 6
NAME_LINE = "LIÊN MINH HỢP TÁC XÃ TỈNH KON TUM"
HOTLINE = "Hotline: 0260.3862.512"
ADDRESS = "Địa chỉ: Số 126 Phan Đình Phùng, phường Quyết Thắng, TP Kon Tum, tỉnh Kon Tum"
MAIL = "Email: lienminhhtx@kontum.gov.vn"
COPY = "© 2024 Liên minh Hợp tác xã tỉnh Kon Tum"
CREDIT = "This site was created with the"
FURN = [NAME_LINE, HOTLINE, ADDRESS, MAIL, COPY, CREDIT, "Chia sẻ bài viết", "Quay lại trang tin tức"]
NAV = [("Trang chủ", "index.html"), ("Giới thiệu", "gioi-thieu.html"), ("Tin tức", "tin-tuc.html"),
       ("Liên hệ", "lien-he.html")]
LAST_UPLOAD = datetime(2024, 8, 28, 9, 41, 7)  # Vietnam time of the last publish (the notice)


def articles() -> list[RichArticle]:
    A = RichArticle

    def day(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 09/TB-LMHTX về việc tổ chức Hội nghị xúc tiến thương mại sản phẩm OCOP năm 2024",
          body="""
LIÊN MINH HTX TỈNH KON TUM
Số: 09/TB-LMHTX
Kon Tum, ngày 26 tháng 8 năm 2024
THÔNG BÁO
Về việc tổ chức Hội nghị xúc tiến thương mại sản phẩm OCOP năm 2024
Liên minh HTX tỉnh tổ chức Hội nghị xúc tiến thương mại sản phẩm OCOP của các HTX vào 8 giờ ngày 12/9/2024 tại Hội trường Liên minh HTX tỉnh.
Đề nghị các HTX có sản phẩm OCOP, sản phẩm sâm Ngọc Linh và dược liệu đăng ký trưng bày sản phẩm trước ngày 06/9/2024.
CHỦ TỊCH
A Đức
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/files/TB-09-LMHTX-2024.pdf", "text": "TB-09-LMHTX-2024.pdf"}],
          opts={"file": "thong-bao-so-09-tb-lmhtx", "by": "admin", "cat": "Thông báo", "img": "hoi-nghi-ocop.png"},
          notes=["notice 'Số: 09/TB-LMHTX' dated 26/8 in its text, published 28/08/2024 (span.u-meta-date; no time on the "
                 "page: midnight); metadata author 'admin': no author; the signer is text; 'Tệp đính kèm: "
                 "<a href=../files/TB-09-LMHTX-2024.pdf>TB-09-LMHTX-2024.pdf</a>' in its own paragraph is an attachment "
                 "(the file's name), not text; an editor-set file name /blog/thong-bao-so-09-tb-lmhtx.html"],
          **day(datetime(2024, 8, 28, 9, 30))),
        A(path="", title="Ảnh: HTX Nông nghiệp Măng Đen vào vụ thu hoạch chanh dây",
          body="""
Giữa tháng 8, các thành viên HTX Nông nghiệp Măng Đen (huyện Kon Plông) bước vào vụ thu hoạch chanh dây.
[img mang-den-1.png] Thành viên HTX thu hái chanh dây trên vườn đạt chuẩn VietGAP
[img mang-den-2.png] Chanh dây được phân loại, đóng thùng tại nhà sơ chế của HTX
[img mang-den-3.png] Doanh nghiệp liên kết nhận hàng tại HTX để xuất khẩu
Vụ này HTX dự kiến thu hoạch 350 tấn chanh dây, giá bán bình quân 18.000 đồng/kg.
""", byline="Bài và ảnh: A Tuấn", author="A Tuấn",
          opts={"file": "post-7", "by": "Y Thị Hoa", "cat": "Tin hoạt động", "img": "mang-den-1.png"},
          notes=["photo story: Froala captions (span.fr-img-caption > span.fr-img-wrap > img + span.fr-inner), one line each; "
                 "metadata author Y Thị Hoa but 'Bài và ảnh: A Tuấn' closes it -> A Tuấn; Nicepage's default name "
                 "/blog/post-7.html"],
          **day(datetime(2024, 8, 19, 15, 0))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Kon Tum 6 tháng đầu năm 2024",
          body="""
Sáu tháng đầu năm 2024, kinh tế tập thể tỉnh Kon Tum tiếp tục phát triển, nhiều HTX gắn sản xuất với chế biến, tiêu thụ sản phẩm.
| Chỉ tiêu | Đơn vị | 6 tháng 2024 | Cùng kỳ 2023 |
| HTX thành lập mới | HTX | 17 | 12 |
| HTX đang hoạt động | HTX | 254 | 229 |
| Thành viên HTX | người | 7.940 | 7.215 |
| HTX có sản phẩm OCOP | HTX | 41 | 33 |
Liên minh HTX tỉnh phấn đấu cả năm 2024 thành lập mới ít nhất 30 HTX.
""", author="Nguyễn Thị Thanh Hương",
          opts={"file": "post-5", "by": "Nguyễn Thị Thanh Hương", "cat": "Tin hoạt động", "img": "so-lieu.png"},
          notes=["a Froala table (table.fr-table, the first row <th>): one line per row; metadata author Nguyễn Thị Thanh "
                 "Hương (a staff member), no byline: she is the author; another post links it as 'post-5' (no .html, "
                 "the host answers /blog/post-5: an alias)"],
          **day(datetime(2024, 8, 6, 10, 20))),
        A(path="", title="Hướng dẫn HTX trồng sâm dây dưới tán rừng",
          body="""
Sâm dây Ngọc Linh là cây dược liệu có giá trị, phù hợp trồng dưới tán rừng ở các huyện Tu Mơ Rông, Đăk Glei.
## Những yêu cầu kỹ thuật chính
* Chọn đất dưới tán rừng có độ che phủ 60 - 70%, tơi xốp, nhiều mùn;
* Trồng vào đầu mùa mưa, mật độ 10.000 - 12.000 cây/ha;
* Làm giàn leo bằng cây rừng hoặc lưới, không dùng thuốc diệt cỏ;
* Thu hoạch củ sau 3 - 4 năm trồng.
Số liệu phát triển HTX trong tỉnh xem tại bài [[Kết quả phát triển kinh tế tập thể tỉnh Kon Tum 6 tháng đầu năm 2024|post-5]].
""", byline="Phạm Văn Thành - Trung tâm Khuyến nông", author="Phạm Văn Thành",
          opts={"file": "huong-dan-trong-sam-day-duoi-tan-rung", "by": "admin", "cat": "Kiến thức", "img": "sam-day.png"},
          notes=["an <h3> and a bulleted list; metadata author 'admin', but 'Phạm Văn Thành - Trung tâm Khuyến nông' closes "
                 "it -> Phạm Văn Thành; its last paragraph links the table post relatively as 'post-5' (an alias)"],
          **day(datetime(2024, 7, 29, 8, 45))),
        A(path="", title="HTX Dược liệu Măng Ri đưa sâm Ngọc Linh lên sàn thương mại điện tử",
          body="""
HTX Dược liệu Măng Ri (huyện Tu Mơ Rông) vừa đưa các sản phẩm sâm Ngọc Linh có truy xuất nguồn gốc lên sàn thương mại điện tử.
Mỗi sản phẩm được gắn mã QR, người mua có thể tra cứu vườn trồng, tuổi cây và kết quả kiểm nghiệm.
Trong tháng đầu tiên, HTX đã nhận hơn 200 đơn hàng từ khách hàng ở Hà Nội và TP Hồ Chí Minh.
""", byline="Theo Báo Kon Tum", author=None,
          opts={"file": "post-4", "by": "admin", "cat": "Tin hoạt động", "img": "mang-ri.png"},
          notes=["'Theo Báo Kon Tum' closes the text: a reprint, no author"],
          **day(datetime(2024, 7, 22, 14, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Sao Mai",
          body="""
Chiều 14/7, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Sao Mai (huyện Đăk Hà).
HTX hiện có 64 thành viên, sản xuất 120 ha cà phê và 35 ha mắc ca theo hướng hữu cơ.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng thương hiệu cà phê và tham gia chương trình OCOP.
""", author=None,
          opts={"file": "post-3", "by": "Ban Biên tập", "cat": "Tin hoạt động", "img": "sao-mai.png",
                "upload": datetime(2024, 7, 15, 0, 14, 52)},
          notes=["published at 00:10 on 15 July about the afternoon before ('Chiều 14/7'): the page shows only "
                 "'15/07/2024' -> 2024-07-15 (midnight); the site map's lastmod, the upload time in UTC, reads "
                 "'2024-07-14T17:14:52+00:00' (the day before); metadata author 'Ban Biên tập' (the office), no byline: "
                 "author null"],
          **day(datetime(2024, 7, 15, 0, 10))),
        A(path="", title="HTX Cà phê Đăk Hring liên kết tiêu thụ cà phê chất lượng cao",
          body="""
HTX Cà phê Đăk Hring (huyện Đăk Hà) vừa ký hợp đồng liên kết tiêu thụ 300 tấn cà phê nhân chất lượng cao với doanh nghiệp.
Theo hợp đồng, doanh nghiệp thu mua cà phê của HTX với giá cao hơn giá thị trường 5%.
HTX hướng dẫn thành viên thu hái quả chín và sơ chế theo quy trình của doanh nghiệp.
""", byline="Hồ Thị Kim Thoa", author="Hồ Thị Kim Thoa",
          opts={"file": "htx-ca-phe-dak-hring", "by": "admin", "cat": "Tin hoạt động", "img": "dak-hring.png"},
          notes=["metadata author 'admin'; the bare name 'Hồ Thị Kim Thoa' closes the text: the author; only on "
                 "/blog/blog-2.html (and the site map)"],
          **day(datetime(2024, 7, 3, 16, 30))),
        A(path="", title="Liên minh HTX tỉnh Kon Tum sơ kết công tác 6 tháng đầu năm 2024",
          body="""
Ngày 26/6, Liên minh HTX tỉnh Kon Tum tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.
[img so-ket-6-thang.png] Quang cảnh hội nghị sơ kết
Sáu tháng đầu năm, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 17 HTX và tổ chức 5 lớp tập huấn cho 310 lượt cán bộ HTX.
""", byline="Tin, ảnh: Trần Đình Phú", author="Trần Đình Phú",
          opts={"file": "post-1", "by": "admin", "cat": "Tin hoạt động", "img": "so-ket-6-thang.png"},
          notes=["the oldest post: only on page 2 of the Blog Template (/blog/blog-2.html) and in the site map; 'Tin, "
                 "ảnh: Trần Đình Phú' -> author"],
          **day(datetime(2024, 6, 27, 9, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="fr-table" style="width: 100%;"><thead><tr>'
                       + "\n".join(f'<th style="width: 25%;">{esc(c)}</th>' for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f'<td style="width: 25%;">{esc(c)}</td>' for c in r) + "</tr>"
                                 for r in rows) + "</tbody></table>")
        elif b.kind == "img":
            if b.text:
                out.append(f'<p><span class="fr-img-caption fr-fic fr-dib" style="width: 600px;"><span class="fr-img-wrap">'
                           f'<img src="../images/{b.src}" alt=""><span class="fr-inner">{esc(b.text)}</span></span></span></p>')
            else:
                out.append(f'<p><img src="../images/{b.src}" class="fr-fic fr-dib" alt=""></p>')
    for x in a.attachments:
        out.append(f'<p>Tệp đính kèm: <a href="..{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "kon-tum", f"{NAME} (Nicepage, exported site)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/blog/{a.opts['file']}.html"
    table = next(a for a in arts if a.opts["file"] == "post-5")

    def sec(seed: str) -> str:
        return hashlib.md5(seed.encode()).hexdigest()[:4]

    def nav(root: str, current: str) -> str:
        def items(extra: str) -> str:
            return "".join(f'<li class="u-nav-item"><a class="u-button-style u-nav-link{" active" if h == current else ""}" '
                           f'href="{root}{h}"{extra}>{esc(t)}</a>\n</li>' for t, h in NAV)
        return f"""<nav class="u-menu u-menu-one-level u-offcanvas u-menu-1">
          <div class="menu-collapse u-custom-font u-font-roboto" style="font-size: 1rem; letter-spacing: 0px;">
            <a class="u-button-style u-custom-left-right-menu-spacing u-custom-padding-bottom u-custom-top-bottom-menu-spacing u-nav-link u-text-active-palette-1-base u-text-hover-palette-2-base" href="#">
              <svg class="u-svg-link" viewBox="0 0 24 24"><use xlink:href="#menu-hamburger"></use></svg>
            </a>
          </div>
          <div class="u-custom-menu u-nav-container">
            <ul class="u-custom-font u-font-roboto u-nav u-spacing-2 u-unstyled u-nav-1">{items(' style="padding: 10px 20px;"')}</ul>
          </div>
          <div class="u-custom-menu u-nav-container-collapse">
            <div class="u-black u-container-style u-inner-container-layout u-opacity u-opacity-95 u-sidenav">
              <div class="u-inner-container-layout u-sidenav-overflow">
                <div class="u-menu-close"></div>
                <ul class="u-align-center u-nav u-popupmenu-items u-unstyled u-nav-2">{items('')}</ul>
              </div>
            </div>
            <div class="u-black u-menu-overlay u-opacity u-opacity-70"></div>
          </div>
        </nav>"""

    def page(title: str, root: str, current: str, body: str, css: str, desc: str = "") -> str:
        return f"""<!DOCTYPE html>
<html style="font-size: 16px;" lang="vi"><head>
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <meta charset="utf-8">
    <meta name="keywords" content="Liên minh HTX, Kon Tum, hợp tác xã">
    <meta name="description" content="{attr(desc)}">
    <title>{esc(title)}</title>
    <link rel="stylesheet" href="{root}nicepage.css" media="screen">
<link rel="stylesheet" href="{root}{css}" media="screen">
    <script class="u-script" type="text/javascript" src="{root}jquery.js" defer=""></script>
    <script class="u-script" type="text/javascript" src="{root}nicepage.js" defer=""></script>
    <meta name="generator" content="Nicepage 6.15.2, nicepage.com">
    <script type="application/ld+json">{{
		"@context": "http://schema.org",
		"@type": "Organization",
		"name": "{NAME}",
		"logo": "images/logo-lmhtx.png"
}}</script>
    <meta name="theme-color" content="#478ac9">
    <meta property="og:title" content="{attr(title)}">
    <meta property="og:type" content="website">
  <meta data-intl-tel-input-cdn-path="intlTelInput/"></head>
  <body data-path-to-root="{root or './'}" data-include-products="false" class="u-body u-xl-mode" data-lang="vi"><header class="u-clearfix u-header u-header" id="sec-a3c1"><div class="u-clearfix u-sheet u-valign-middle u-sheet-1">
        <a href="{root}index.html" class="u-image u-logo u-image-1" data-image-width="120" data-image-height="120">
          <img src="{root}images/logo-lmhtx.png" class="u-logo-image u-logo-image-1">
        </a>
        <p class="u-custom-font u-font-roboto u-text u-text-default u-text-1">{NAME_LINE}</p>
        <p class="u-small-text u-text u-text-default u-text-variant u-text-2">{HOTLINE}</p>
        {nav(root, current)}
      </div></header>
{body}
    <footer class="u-align-center u-clearfix u-footer u-grey-80 u-footer" id="sec-7f2e"><div class="u-clearfix u-sheet u-sheet-1">
        <p class="u-small-text u-text u-text-variant u-text-1">{esc(ADDRESS)}<br>{esc(MAIL)}<br>{HOTLINE}</p>
        <p class="u-small-text u-text u-text-variant u-text-2">{esc(COPY)}</p>
      </div></footer>
    <section class="u-backlink u-clearfix u-grey-80">
            <p class="u-text">
                <span>{CREDIT} </span>
                <a class="u-link" href="{{{{base:offsite}}}}/nicepage/" target="_blank" rel="nofollow">
                    <span>Nicepage</span>
                </a>
             </p>
    </section>
  </body></html>
"""

    def excerpt(a: RichArticle) -> str:
        words = inline_text(next(b.text for b in a.blocks if b.kind == "p")).split()
        return " ".join(words[:22]) + ("..." if len(words) > 22 else "")

    def card(a: RichArticle, prefix: str, i: int) -> str:
        href = prefix + a.opts["file"] + ".html"
        img = prefix.replace("blog/", "") + "images/" + a.opts["img"] if prefix else "../images/" + a.opts["img"]
        return f"""<div class="u-blog-post u-container-style u-repeater-item u-white u-repeater-item-{i}">
              <div class="u-container-layout u-similar-container u-valign-top u-container-layout-{i + 1}"><a class="u-post-header-link" href="{href}"><img alt="" class="u-blog-control u-expanded-width u-image u-image-default u-image-1" src="{img}"></a><h4 class="u-blog-control u-text u-text-2">
                  <a class="u-post-header-link" href="{href}">{esc(a.title)}</a>
                </h4><div class="u-blog-control u-metadata u-metadata-1"><span class="u-meta-date u-meta-icon">{a.date:%d/%m/%Y}</span></div><div class="u-blog-control u-post-content u-text u-text-3">{esc(excerpt(a))}</div><a href="{href}" class="u-blog-control u-btn u-button-style u-palette-1-base u-btn-1">Đọc thêm</a>
              </div>
            </div>"""

    def blog_section(items: list[RichArticle], prefix: str, heading: str, sid: str, pager: str = "", more: str = "") -> str:
        cards = "".join(card(a, prefix, i) for i, a in enumerate(items, 1))
        return f"""<section class="u-align-center u-clearfix u-section-2" id="sec-{sid}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h2 class="u-text u-text-default u-text-1">{esc(heading)}</h2><!--blog--><!--blog_options_json--><!--{{"type":"Recent","source":"","tags":"","count":""}}--><!--/blog_options_json-->
        <div class="u-blog u-expanded-width u-blog-1">
          <div class="u-list-control"></div>
          <div class="u-repeater u-repeater-1">{cards}</div>
          {pager}
        </div><!--/blog-->{more}
      </div>
    </section>"""

    # posts
    for a in arts:
        meta_author = f'<span class="u-meta-author u-meta-icon">{esc(a.opts["by"])}</span>'
        body = f"""<section class="u-align-center u-clearfix u-section-1" id="sec-{sec(a.path)}">
      <div class="u-clearfix u-sheet u-valign-middle-md u-valign-middle-sm u-valign-middle-xs u-sheet-1"><!--post_details--><!--post_details_options_json--><!--{{"source":""}}--><!--/post_details_options_json--><!--blog_post-->
        <div class="u-container-style u-expanded-width u-post-details u-post-details-1">
          <div class="u-container-layout u-valign-middle u-container-layout-1"><!--blog_post_image-->
            <img alt="" class="u-blog-control u-expanded-width u-image u-image-default u-image-1" src="../images/{a.opts['img']}"><!--/blog_post_image--><!--blog_post_header-->
            <h2 class="u-blog-control u-text u-text-1">{esc(a.title)}</h2><!--/blog_post_header--><!--blog_post_metadata-->
            <div class="u-blog-control u-metadata u-metadata-1"><!--blog_post_metadata_date-->
              <span class="u-meta-date u-meta-icon">{a.date:%d/%m/%Y}</span><!--/blog_post_metadata_date--><!--blog_post_metadata_author-->
              {meta_author}<!--/blog_post_metadata_author--><!--blog_post_metadata_category-->
              <span class="u-meta-category u-meta-icon"><a class="u-textlink" href="blog.html">{esc(a.opts['cat'])}</a></span><!--/blog_post_metadata_category-->
            </div><!--/blog_post_metadata--><!--blog_post_content-->
            <div class="u-align-justify u-blog-control u-post-content u-text u-text-2 fr-view">{body_html(a)}</div><!--/blog_post_content-->
          </div>
        </div><!--/blog_post--><!--/post_details-->
      </div>
    </section>
    <section class="u-clearfix u-section-2" id="sec-{sec(a.path + 's')}">
      <div class="u-clearfix u-sheet u-sheet-1">
        <p class="u-text u-text-default u-text-1">Chia sẻ bài viết</p>
        <div class="u-social-icons u-spacing-10 u-social-icons-1">
          <a class="u-social-url" title="facebook" target="_blank" href="{{{{base:offsite}}}}/facebook/"><span class="u-icon u-social-facebook u-social-icon u-icon-1"><svg class="u-svg-link" viewBox="0 0 112 112"><use xlink:href="#svg-fb"></use></svg></span></a>
          <a class="u-social-url" title="zalo" target="_blank" href="{{{{base:offsite}}}}/zalo/"><span class="u-icon u-social-icon u-icon-2"><svg class="u-svg-link" viewBox="0 0 112 112"><use xlink:href="#svg-zl"></use></svg></span></a>
        </div>
        <a href="blog.html" class="u-border-none u-btn u-button-style u-palette-1-base u-btn-1">Quay lại trang tin tức</a>
      </div>
    </section>"""
        site.page(a.path, page(a.title, "../", "tin-tuc.html", body, "Post-Template.css", excerpt(a)))
        site.binary(f"/images/{a.opts['img']}", image_for(a.opts["img"]))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/images/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH KON TUM", "THONG BAO SO 09/TB-LMHTX"]))
        if a is table:
            site.same_page(a.path[:-5], a.path)
            a.aliases.append(a.path[:-5])
        site.add_article(a)
    site.trap("a post's text links another relatively without '.html' ('post-5' = /blog/post-5): the host answers it, "
              "the same page (an alias)", table.path[:-5])

    # the Blog Template and its pages
    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        path = "/blog/blog.html" if n == 1 else f"/blog/blog-{n}.html"

        def href(k: int) -> str:
            return "blog.html" if k == 1 else f"blog-{k}.html"
        lis = "".join(f'<li class="u-nav-item u-pagination-item{" active" if k == n else ""}"><a class="u-button-style '
                      f'u-nav-link" href="{href(k)}">{k}</a></li>' for k in range(1, len(pages) + 1))
        prev = (f'<li class="u-nav-item u-pagination-item u-pagination-prev"><a class="u-button-style u-nav-link" '
                f'href="{href(n - 1)}">&lt;</a></li>') if n > 1 else ""
        nxt = (f'<li class="u-nav-item u-pagination-item u-pagination-next"><a class="u-button-style u-nav-link" '
               f'href="{href(n + 1)}">&gt;</a></li>') if n < len(pages) else ""
        pager = (f'<div class="u-blog-control u-pagination u-pagination-1"><ul class="u-unstyled">{prev}{lis}{nxt}</ul>'
                 "</div>")
        section = blog_section(chunk, "", "Tin tức - Sự kiện", f"b{n}0c", pager)
        site.page(path, page("Tin tức - Sự kiện", "../", "tin-tuc.html", section, "Blog-Template.css"))
        site.non_articles.append(path)
    site.trap("the Blog Template /blog/blog.html (6 a page: image, h4 title, date, excerpt, 'Đọc thêm'; u-pagination "
              "'1 2 >'): /blog/blog-2.html holds the two oldest posts", "/blog/blog-2.html")

    # pages at the root
    intro = """<section class="u-clearfix u-image u-section-1" id="sec-c41d">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h1 class="u-text u-text-default u-title u-text-1">Đồng hành cùng hợp tác xã Kon Tum</h1>
        <p class="u-large-text u-text u-text-default u-text-variant u-text-2">Liên minh HTX tỉnh Kon Tum hỗ trợ các HTX, tổ hợp tác phát triển sản xuất, kinh doanh và chuyển đổi số.</p>
        <a href="gioi-thieu.html" class="u-btn u-button-style u-palette-2-base u-btn-1">Tìm hiểu thêm</a>
      </div>
    </section>"""
    more = '<a href="blog/blog.html" class="u-btn u-button-style u-palette-1-base u-btn-2">Xem tất cả tin</a>'
    home = page("Trang chủ", "", "index.html", intro + blog_section(arts[:3], "blog/", "Tin mới", "h31a", more=more),
                "index.css", "Liên minh Hợp tác xã tỉnh Kon Tum")
    site.page("/index.html", home)
    site.non_articles += ["/", "/index.html"]
    site.page("/tin-tuc.html", page("Tin tức", "", "tin-tuc.html",
                                    blog_section(arts[:4], "blog/", "Tin tức", "t4e2", more=more), "Tin-tuc.css"))
    site.non_articles.append("/tin-tuc.html")
    site.page("/gioi-thieu.html", page("Giới thiệu", "", "gioi-thieu.html", """<section class="u-clearfix u-section-1" id="sec-9d20">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h2 class="u-text u-text-default u-text-1">Giới thiệu</h2>
        <p class="u-text u-text-2">Liên minh Hợp tác xã tỉnh Kon Tum là tổ chức kinh tế - xã hội, đại diện và bảo vệ quyền, lợi ích hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>
      </div>
    </section>""", "Gioi-thieu.css"))
    site.non_articles.append("/gioi-thieu.html")
    site.page("/lien-he.html", page("Liên hệ", "", "lien-he.html", f"""<section class="u-clearfix u-section-1" id="sec-0b6f">
      <div class="u-clearfix u-sheet u-sheet-1">
        <h2 class="u-text u-text-default u-text-1">Liên hệ</h2>
        <p class="u-text u-text-2">{esc(ADDRESS)}<br>{esc(MAIL)}</p>
        <div class="u-expanded-width u-form u-form-1">
          <form action="{{{{base:offsite}}}}/nicepage-forms/v2/form/process" class="u-clearfix u-form-spacing-10 u-form-vertical u-inner-form" source="email" name="form" style="padding: 10px;">
            <div class="u-form-group u-form-name"><label for="name-3b9a" class="u-label">Họ tên</label><input type="text" placeholder="Nhập họ tên" id="name-3b9a" name="name" class="u-input u-input-rectangle" required=""></div>
            <div class="u-form-email u-form-group"><label for="email-3b9a" class="u-label">Email</label><input type="email" placeholder="Nhập email" id="email-3b9a" name="email" class="u-input u-input-rectangle" required=""></div>
            <div class="u-form-group u-form-message"><label for="message-3b9a" class="u-label">Nội dung</label><textarea placeholder="Nội dung" rows="4" cols="50" id="message-3b9a" name="message" class="u-input u-input-rectangle" required=""></textarea></div>
            <div class="u-align-left u-form-group u-form-submit"><a href="#" class="u-btn u-btn-submit u-button-style">Gửi</a><input type="submit" value="submit" class="u-form-control-hidden"></div>
            <div class="u-form-send-message u-form-send-success">Cảm ơn bạn! Tin nhắn đã được gửi.</div>
            <div class="u-form-send-error u-form-send-message">Không gửi được tin nhắn. Vui lòng sửa lỗi rồi thử lại.</div>
          </form>
        </div>
      </div>
    </section>""", "Lien-he.css"))
    site.non_articles.append("/lien-he.html")
    site.trap("Nicepage pages /index.html (= /: 'Tin mới', the 3 newest), /tin-tuc.html (a Blog control: the 4 newest, "
              "'Xem tất cả tin'), /gioi-thieu.html, /lien-he.html (a Nicepage form posting to the builder's form "
              "service): not articles", "/tin-tuc.html")
    for name in ["nicepage.css", "Post-Template.css", "Blog-Template.css", "index.css", "Tin-tuc.css", "Gioi-thieu.css",
                 "Lien-he.css"]:
        site.static(f"/{name}", ".u-body{font-family:Roboto,sans-serif}\n")
    site.static("/jquery.js", "/* jQuery v3.5.1 */\n")
    site.static("/nicepage.js", "/* Nicepage 6.15.2 */\n")
    site.binary("/images/logo-lmhtx.png", image_for("logo-lmhtx.png"))

    def lastmod(d: datetime) -> str:
        return f"{d - UTC:%Y-%m-%dT%H:%M:%S}+00:00"
    urls = [("/", LAST_UPLOAD, "1.00"), ("/gioi-thieu.html", datetime(2024, 3, 2, 10, 5, 44), "0.80"),
            ("/tin-tuc.html", LAST_UPLOAD, "0.80"), ("/lien-he.html", datetime(2024, 3, 2, 10, 5, 44), "0.80"),
            ("/blog/blog.html", LAST_UPLOAD, "0.80"), ("/blog/blog-2.html", LAST_UPLOAD, "0.64")]
    urls += [(a.path, a.opts.get("upload", a.date + timedelta(minutes=11, seconds=7)), "0.64") for a in arts]
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset\n      xmlns="http://www.sitemaps.org/schemas/'
                'sitemap/0.9"\n      xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"\n      xsi:schemaLocation="http://'
                'www.sitemaps.org/schemas/sitemap/0.9\n            http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd">\n'
                "<!-- created with Free Online Sitemap Generator www.xml-sitemaps.com -->\n\n"
                + "".join(f"<url>\n  <loc>{{{{base}}}}{p}</loc>\n  <lastmod>{lastmod(d)}</lastmod>\n  <priority>{pr}</priority>"
                          "\n</url>\n" for p, d, pr in urls) + "\n</urlset>\n")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("/sitemap.xml (xml-sitemaps.com, named in robots.txt): every post with lastmod = its upload time in UTC "
              "('+00:00'); the only list of all posts besides the Blog Template's pages", "/sitemap.xml")
    return site
