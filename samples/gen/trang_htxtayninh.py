"""Site `trang-htxtayninh` (registry family `generic`): "Liên minh HTX tỉnh Tây Ninh", the alliance's website made
on **SITE123** (the free plan: the "Made with SITE123" bar; the Vietnamese interface, the site's date format
dd/mm/yyyy, the site timezone Asia/Ho_Chi_Minh; the copy is of 10 June 2025, before Tây Ninh merged with Long An).
Written as a held-out test: no family module, no selectors. (Another SITE123 sample, `gioithieu-htxquangtri`, runs
the English date pattern and the `/blog/<id>/<slug>` item shape; this one is the other common set-up.)

URL shapes: the Blog module's page is `/tin-tuc` (the page URL the editor set); a post `/tin-tuc/<slug>` (the
title slug); the same post by id `/tin-tuc/?post=<id>` (the home page's module preview and the share links use it:
an alias); the list `/tin-tuc` (6 a page) and `/tin-tuc/?page=2`; categories `/tin-tuc/?category=<id>`; pages
`/gioi-thieu`, `/lien-he` (the Contact module's form); the home `/` (one page of modules: intro, a "Tin tức" preview
of the 3 newest posts, the contact form again); `/sitemap.xml` (every page and post) and `/robots.txt`. No feed.

Why it is hard: a script-heavy page: the head carries the builder's inline configuration (`window.s123 = {…}`, the
translations, the module list with every post's title) and a JSON-LD `BlogPosting` whose `datePublished` is in UTC
("2025-04-14T17:20:00+00:00" for the post of 00:20 on 15 April) and whose `author` is the site (an Organization:
never the author); the visible date is `div.blog-date` "15/04/2025" (no time). The post sits in
`div.blog-post` (`h1.blog-title`, `div.blog-date`, `div.blog-category`, `div.blog-content`: the editor's `<p>`,
`<h3>`, lists, a `table.fr-table`, photos in `<p>` with the caption in the next centred `<p><em>`, a file link),
then the share box "Chia sẻ bài viết", the comments ("Bình luận": readers' words, never the article) and the form;
the right column has "Danh mục" (with counts) and "Bài viết gần đây". Over everything: the cookie notice and the
free plan's "Made with SITE123" bar. No author field: only the typed bylines (an office is no author; "Theo Báo Tây
Ninh" is a reprint). The oldest post has no category: only `/tin-tuc/?page=2` and the sitemap reach it.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "trang-htxtayninh"
NAME = "Liên minh HTX tỉnh Tây Ninh"
PER = 6
WEBSITE_ID = 7318264
CDN = "{{base:offsite}}/site123/cdn-cms-s-8-4"
CATS = {3: "Thông báo", 4: "Hoạt động", 5: "Kiến thức"}
FOOT1 = "Liên minh Hợp tác xã tỉnh Tây Ninh"
FOOT2 = "Địa chỉ: Số 83 đường Phạm Tung, phường 3, TP Tây Ninh, tỉnh Tây Ninh"
FOOT3 = "Điện thoại: 0276.3822.591 - Email: lmhtx@tayninh.gov.vn"
COPY = "Bản quyền © 2025 Liên minh HTX tỉnh Tây Ninh"
COOKIE = "Trang web này sử dụng cookie để mang lại trải nghiệm tốt nhất cho bạn."
FURN = [FOOT2, FOOT3, COPY, COOKIE, "Chấp nhận", "Made with SITE123", "Tạo trang web miễn phí của bạn",
        "Chia sẻ bài viết", "Bài viết gần đây", "Danh mục", "Để lại bình luận", "Gửi bình luận", "Quay lại Tin tức",
        "Trang chủ", "Giới thiệu", "Liên hệ"]
UTC = timedelta(hours=7)


def slugify(title: str) -> str:
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def h(text: str, n: int = 12) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, cat: int | None) -> dict:
        ev = ["metadata", "date-element", "listing"]
        return dict(date=d, published=iso(d), published_source="metadata", evidence=ev, opts={"cat": cat})

    return [
        A(path="", title="Thông báo số 04/TB-LMHTX về việc xét chọn sản phẩm HTX tham gia Hội chợ nông sản Tây Ninh "
                         "năm 2025",
          body="""
LIÊN MINH HTX TỈNH TÂY NINH
Số: 04/TB-LMHTX
Tây Ninh, ngày 28 tháng 5 năm 2025
THÔNG BÁO
Về việc xét chọn sản phẩm HTX tham gia Hội chợ nông sản Tây Ninh năm 2025
Hội chợ nông sản Tây Ninh năm 2025 diễn ra từ ngày 10/7 đến ngày 14/7/2025 tại Quảng trường Trung tâm tỉnh.
Liên minh HTX tỉnh xét chọn 25 HTX có sản phẩm OCOP hoặc sản phẩm đạt chứng nhận VietGAP để hỗ trợ gian hàng.
Hồ sơ đăng ký gửi về Liên minh HTX tỉnh trước ngày 20/6/2025.
CHỦ TỊCH
Trần Văn Lâm
""", author=None, doc_number="04/TB-LMHTX",
          attachments=[{"path": "/files/uploads/2025/05/tb-04-lmhtx-2025.pdf",
                        "text": "Tải thông báo số 04/TB-LMHTX (PDF)"}],
          notes=["notice 'Số: 04/TB-LMHTX' dated 28/5 in its text, posted 30/05/2025 08:30 (JSON-LD datePublished "
                 "'2025-05-30T01:30:00+00:00', blog-date '30/05/2025'); the signer is text, no author; the file link "
                 "'Tải thông báo số 04/TB-LMHTX (PDF)' in its own paragraph is an attachment (the label names the "
                 "document: it stays), not text; the home's preview links it as /tin-tuc/?post=<id>: an alias"],
          **at(datetime(2025, 5, 30, 8, 30), 3)),
        A(path="", title="Ảnh: HTX Mãng cầu Bà Đen vào vụ thu hoạch",
          body="""
Cuối tháng 5, các thành viên HTX Mãng cầu Bà Đen (thị xã Hòa Thành) bắt đầu thu hoạch mãng cầu vụ chính.
[img ba-den-1.png] Thành viên HTX thu hoạch mãng cầu dưới chân núi Bà Đen
[img ba-den-2.png] Mãng cầu được phân loại, đóng thùng tại nhà sơ chế của HTX
[img ba-den-3.png] Sản phẩm mãng cầu Bà Đen đạt chứng nhận OCOP 4 sao
Vụ này HTX dự kiến cung ứng khoảng 900 tấn mãng cầu cho các siêu thị và chợ đầu mối.
""", byline="Ảnh: Nguyễn Thanh Tùng", author="Nguyễn Thanh Tùng",
          notes=["photo story: each photo in a <p>, its caption the next centred <p><em> (one line each); 'Ảnh: "
                 "Nguyễn Thanh Tùng' closes it -> author; a reader's comment under it is not text"],
          extra={},
          **at(datetime(2025, 5, 22, 15, 45), 4)),
        A(path="", title="Số liệu HTX nông nghiệp tỉnh Tây Ninh 5 tháng đầu năm 2025",
          body="""
Trong 5 tháng đầu năm 2025, toàn tỉnh thành lập mới 14 HTX nông nghiệp, nâng tổng số lên 186 HTX.
| Huyện, thị xã, thành phố | Số HTX | Thành viên | Thành lập mới năm 2025 |
| TP Tây Ninh | 12 | 640 | 1 |
| Thị xã Hòa Thành | 18 | 1.120 | 2 |
| Huyện Tân Châu | 34 | 2.870 | 4 |
| Huyện Dương Minh Châu | 29 | 1.950 | 3 |
Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX mới thành lập xây dựng phương án sản xuất, kinh doanh.
""", author=None,
          notes=["a table (table.fr-table, the header row in <th>): one line per row; no byline, the JSON-LD "
                 "author is the site (an Organization): author null; the home preview links it by ?post=: an alias"],
          **at(datetime(2025, 5, 12, 10, 10), 4)),
        A(path="", title="Quy trình chăm sóc mì giảm bệnh khảm lá cho các HTX",
          body="""
Bệnh khảm lá mì tiếp tục gây hại trên nhiều diện tích của các HTX trồng mì trong tỉnh.
## Các biện pháp chính
* Sử dụng giống mì sạch bệnh, có nguồn gốc rõ ràng;
* Nhổ bỏ, tiêu hủy cây bệnh ngay khi phát hiện;
* Phun thuốc trừ bọ phấn trắng theo hướng dẫn của cơ quan chuyên môn;
* Luân canh mì với cây họ đậu sau mỗi vụ.
Các HTX cần phối hợp với chính quyền địa phương để phòng trừ bệnh trên diện rộng.
""", byline="Lê Văn Sang - Trung tâm Khuyến nông", author="Lê Văn Sang",
          notes=["an <h3> and a bulleted list; 'Lê Văn Sang - Trung tâm Khuyến nông' closes it -> Lê Văn Sang"],
          **at(datetime(2025, 4, 24, 9, 20), 5)),
        A(path="", title="HTX Nông nghiệp Tân Hưng xuất khẩu lô chuối đầu tiên sang Nhật Bản",
          body="""
HTX Nông nghiệp Tân Hưng (huyện Tân Châu) vừa xuất khẩu 20 tấn chuối già Nam Mỹ sang thị trường Nhật Bản.
Toàn bộ diện tích chuối của HTX được sản xuất theo tiêu chuẩn GlobalGAP và có mã số vùng trồng.
HTX dự kiến mở rộng diện tích liên kết lên 150 ha trong năm 2025.
""", byline="Theo Báo Tây Ninh", author=None,
          notes=["'Theo Báo Tây Ninh' closes the text: a reprint, no author"],
          **at(datetime(2025, 4, 18, 14, 0), 4)),
        A(path="", title="Liên minh HTX tỉnh ký kết chương trình phối hợp với Ngân hàng Chính sách xã hội tỉnh",
          body="""
Chiều 14/4, Liên minh HTX tỉnh và Chi nhánh Ngân hàng Chính sách xã hội tỉnh Tây Ninh ký kết chương trình phối hợp giai đoạn 2025 - 2030.
Theo chương trình, hai bên phối hợp tuyên truyền, hướng dẫn thành viên HTX tiếp cận nguồn vốn vay ưu đãi.
Liên minh HTX tỉnh sẽ giới thiệu các HTX có phương án sản xuất hiệu quả để ngân hàng xem xét cho vay.
""", byline="Văn phòng Liên minh HTX tỉnh", author=None,
          notes=["posted at 00:20 on 15 April about the afternoon before: JSON-LD datePublished "
                 "'2025-04-14T17:20:00+00:00' (UTC: the 14th), blog-date '15/04/2025'; published 2025-04-15 00:20; "
                 "closed by 'Văn phòng Liên minh HTX tỉnh' (an office): no author"],
          **at(datetime(2025, 4, 15, 0, 20), 4)),
        A(path="", title="HTX Dịch vụ nông nghiệp Thạnh Đức làm giàu từ cây mãng cầu",
          body="""
HTX Dịch vụ nông nghiệp Thạnh Đức (huyện Gò Dầu) có 60 thành viên với 95 ha mãng cầu ta.
HTX áp dụng kỹ thuật bao trái, tưới nhỏ giọt, giúp năng suất tăng 20% so với canh tác truyền thống.
Thu nhập bình quân của thành viên đạt 250 triệu đồng/ha/năm.
""", byline="Huỳnh Thị Kim Ngân", author="Huỳnh Thị Kim Ngân",
          notes=["on /tin-tuc/?page=2 and its category only; the bare name 'Huỳnh Thị Kim Ngân' closes it: the "
                 "author; two readers' comments under it are not text"],
          **at(datetime(2025, 3, 18, 16, 30), 5)),
        A(path="", title="Liên minh HTX tỉnh Tây Ninh tổng kết công tác năm 2024",
          body="""
Ngày 27/12, Liên minh HTX tỉnh Tây Ninh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 27 HTX, tổ chức 9 lớp tập huấn cho 610 lượt cán bộ HTX.
""", byline="Tin, ảnh: Đặng Quốc Bảo", author="Đặng Quốc Bảo",
          notes=["the oldest post: no category, not in 'Bài viết gần đây': only /tin-tuc/?page=2 and the sitemap "
                 "reach it; 'Tin, ảnh: Đặng Quốc Bảo' -> author"],
          **at(datetime(2024, 12, 30, 15, 0), None)),
    ]


COMMENTS = {
    "Ảnh: HTX Mãng cầu Bà Đen vào vụ thu hoạch": [("Minh Thư", "22/05/2025", "Mãng cầu Bà Đen năm nay trái to và ngọt quá!")],
    "HTX Dịch vụ nông nghiệp Thạnh Đức làm giàu từ cây mãng cầu": [
        ("Trần Văn Phước", "19/03/2025", "Cho hỏi HTX có nhận thêm thành viên ở xã Phước Thạnh không ạ?"),
        ("Liên minh HTX Tây Ninh", "19/03/2025", "Anh liên hệ trực tiếp Ban giám đốc HTX để được hướng dẫn nhé.")],
}


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
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f'<td style="width: 25%;">{esc(c)}</td>' for c in r) + "</tr>\n"
                                 for r in rows) + "</tbody></table>")
        elif b.kind == "img":
            out.append(f'<p><img src="/files/uploads/{a.date:%Y/%m}/{h(b.src)}.png" class="fr-fic fr-dib" '
                       f'style="width: 100%;"></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" target="_blank" rel="noopener">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tay-ninh", f"{NAME} (SITE123)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    pid = 48210
    for a in reversed(arts):
        pid += 13
        a.opts["id"] = pid
        a.path = f"/tin-tuc/{slugify(a.title)}"
    recent = arts[:5]

    def utc(d: datetime) -> str:
        return f"{d - UTC:%Y-%m-%dT%H:%M:%S}+00:00"

    def excerpt(a: RichArticle) -> str:
        text = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        return text if len(text) <= 150 else text[:150].rsplit(" ", 1)[0] + "..."

    def config(page_id: str) -> str:
        data = {"websiteID": WEBSITE_ID, "pageID": page_id, "language": "vi", "dir": "ltr", "isFreePackage": True,
                "cdn": "cdn-cms-s-8-4.f-static.net", "dateFormat": "d/m/Y",
                "translations": {"readMore": "Đọc thêm", "share": "Chia sẻ bài viết", "comments": "Bình luận",
                                 "cookie": COOKIE, "accept": "Chấp nhận"},
                "modules": [{"id": 991, "type": 9, "title": "Tin tức",
                             "items": [{"id": a.opts["id"], "title": a.title} for a in arts[:PER]]}]}
        return f"window.s123 = {json.dumps(data, ensure_ascii=False)};"

    def layout(title: str, desc: str, canonical: str, body_id: str, main: str, ld: dict | None = None) -> str:
        menu = "".join(f'<li class="{"active" if body_id == key else ""}"><a href="{href}" data-anchor="">'
                       f'<span>{esc(label)}</span></a></li>' for label, href, key in
                       [("Trang chủ", "/", "home"), ("Giới thiệu", "/gioi-thieu", "about"),
                        ("Tin tức", "/tin-tuc", "blog"), ("Liên hệ", "/lien-he", "contact")])
        ld_html = (f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>\n' if ld else "")
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc)}">
<meta name="generator" content="SITE123">
<link rel="canonical" href="{{{{base}}}}{canonical}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(desc)}">
<meta property="og:url" content="{{{{base}}}}{canonical}">
<meta property="og:type" content="website">
<meta property="og:site_name" content="{attr(NAME)}">
<link rel="icon" href="{CDN}/files/{WEBSITE_ID}/favicon.png">
<link rel="stylesheet" href="{CDN}/versions/2/css/websiteCSS.css?w=&amp;orderScreen=&amp;websiteID={WEBSITE_ID}&amp;v=css_r262">
<link rel="stylesheet" href="{CDN}/versions/2/css/template-7-1.css?v=r262">
{ld_html}<script>{config(body_id)}</script>
<script src="{CDN}/versions/2/js/jquery.min.js?v=r262"></script>
</head>
<body id="page-item-{body_id}" class="s123-body s123-w-l-vi menu-1 free-package" data-website-id="{WEBSITE_ID}">
<div id="s123-cookie-notice" class="s123-cookie-notice" role="dialog"><div class="container"><p>{esc(COOKIE)}</p><button type="button" class="btn btn-primary s123-cookie-accept">Chấp nhận</button></div></div>
<nav id="mainNav" class="navbar navbar-default navbar-fixed-top s123-menu"><div class="container"><div class="navbar-header"><a class="navbar-brand" href="/"><img src="{CDN}/files/{WEBSITE_ID}/logo.png" alt="{attr(NAME)}"><span class="website-name">{esc(NAME)}</span></a><button type="button" class="navbar-toggle" data-toggle="collapse" data-target="#s123-menu-collapse"><span class="icon-bar"></span></button></div><div class="collapse navbar-collapse" id="s123-menu-collapse"><ul class="nav navbar-nav navPages">{menu}</ul></div></div></nav>
<div id="s123ModulesContainer" class="s123-modules-container">
{main}
</div>
<footer class="global_footer footer_1" id="footer"><div class="container"><div class="row"><div class="col-xs-12 text-center"><div class="footer-contact"><p><strong>{esc(FOOT1)}</strong></p><p>{esc(FOOT2)}</p><p>{esc(FOOT3)}</p></div><ul class="social-icons"><li><a href="{{{{base:offsite}}}}/facebook/lmhtxtayninh" target="_blank" aria-label="Facebook"><i class="fa fa-facebook"></i></a></li></ul><p class="copyright">{esc(COPY)}</p></div></div></div></footer>
<div class="s123-free-banner" id="s123FreeBanner"><a href="{{{{base:offsite}}}}/site123/?ref=free-banner&amp;w={WEBSITE_ID}" target="_blank" rel="nofollow">Made with SITE123</a> <a href="{{{{base:offsite}}}}/site123/?ref=free-banner-create" target="_blank" rel="nofollow" class="btn btn-xs">Tạo trang web miễn phí của bạn</a></div>
<script src="{CDN}/versions/2/js/websiteJS.js?v=r262"></script>
<script>s123.init && s123.init();</script>
</body>
</html>
"""

    def sidebar() -> str:
        counts = {c: sum(1 for a in arts if a.opts["cat"] == c) for c in CATS}
        cats = "".join(f'<li><a href="/tin-tuc/?category={c}">{esc(n)}</a> <span class="badge">{counts[c]}</span></li>'
                       for c, n in CATS.items())
        rec = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><div class="blog-date">{a.date:%d/%m/%Y}</div></li>'
                      for a in recent)
        return (f'<div class="col-md-4 blog-sidebar"><div class="blog-categories"><h4>Danh mục</h4><ul>{cats}</ul></div>'
                f'<div class="blog-recent-posts"><h4>Bài viết gần đây</h4><ul>{rec}</ul></div></div>')

    def card(a: RichArticle, href: str | None = None) -> str:
        href = href or a.path
        cat = (f'<div class="blog-category"><a href="/tin-tuc/?category={a.opts["cat"]}">{esc(CATS[a.opts["cat"]])}</a>'
               "</div>") if a.opts["cat"] else ""
        img = next((b.src for b in a.blocks if b.kind == "img"), None)
        thumb = (f'<a href="{href}" class="blog-image"><img src="/files/uploads/{a.date:%Y/%m}/{h(img)}.png" alt=""></a>'
                 if img else "")
        return (f'<div class="col-sm-6 blog-post s123-item" data-item-id="{a.opts["id"]}">{thumb}<a href="{href}">'
                f'<h4 class="blog-title">{esc(a.title)}</h4></a><div class="blog-date">{a.date:%d/%m/%Y}</div>{cat}'
                f'<p class="blog-description">{esc(excerpt(a))}</p><a href="{href}" class="btn btn-primary '
                f'read-more">Đọc thêm</a></div>')

    def module(title: str, inner: str, kind: str = "blog", num: int = 9) -> str:
        return (f'<section class="s123-module s123-page-data s123-module-{kind} layout-1" id="section-{h(title, 10)}" '
                f'data-module-id="{h(title, 6)}" data-module-type-num="{num}"><div class="container-fluid '
                f'page_header_style"><div class="container"><h2 class="s123-page-header">{esc(title)}</h2></div></div>'
                f'<div class="container">{inner}</div></section>')

    comment_strings = []
    for a in arts:
        cat = (f'<div class="blog-category"><i class="fa fa-folder-o"></i> <a href="/tin-tuc/?category={a.opts["cat"]}">'
               f'{esc(CATS[a.opts["cat"]])}</a></div>') if a.opts["cat"] else ""
        com = COMMENTS.get(a.title, [])
        comment_strings += [t for _, _, t in com]
        coms = "".join(f'<li class="s123-comment"><div class="comment-name"><strong>{esc(n)}</strong> '
                       f'<span class="comment-date">{d}</span></div><p>{esc(t)}</p></li>' for n, d, t in com)
        share_url = f"{{{{base}}}}/tin-tuc/?post={a.opts['id']}"
        post = (f'<div class="row"><div class="col-md-8"><div class="blog-post s123-item-page" data-item-id="{a.opts["id"]}">'
                f'<h1 class="blog-title">{esc(a.title)}</h1><div class="blog-info"><div class="blog-date"><i '
                f'class="fa fa-calendar"></i> {a.date:%d/%m/%Y}</div>{cat}</div>'
                f'<div class="blog-content s123-item-content">{body_html(a)}</div>'
                f'<div class="s123-share-box"><span>Chia sẻ bài viết</span> <a href="{{{{base:offsite}}}}/facebook/'
                f'sharer?u={share_url}" target="_blank"><i class="fa fa-facebook"></i></a> <a href="{{{{base:offsite}}}}'
                f'/zalo/share?u={share_url}" target="_blank"><i class="fa fa-zalo"></i></a> <a href="javascript:void(0)" '
                f'class="s123-copy-link" data-url="{share_url}"><i class="fa fa-link"></i></a></div>'
                f'<div class="blog-comments" id="comments"><h3>Bình luận ({len(com)})</h3><ul>{coms}</ul>'
                f'<form class="s123-comment-form" method="post" action="/versions/2/wizard/modules/comments.php"><h4>Để '
                f'lại bình luận</h4><input type="text" name="name" placeholder="Tên"><input type="email" name="email" '
                f'placeholder="Email"><textarea name="comment" placeholder="Bình luận"></textarea><button type="submit" '
                f'class="btn btn-primary">Gửi bình luận</button></form></div>'
                f'<p><a href="/tin-tuc" class="btn btn-default"><i class="fa fa-angle-left"></i> Quay lại Tin tức</a></p>'
                f'</div></div>{sidebar()}</div>')
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": a.title,
              "datePublished": utc(a.date), "dateModified": utc(a.date + timedelta(minutes=12)),
              "author": {"@type": "Organization", "name": NAME},
              "publisher": {"@type": "Organization", "name": NAME},
              "mainEntityOfPage": f"{{{{base}}}}{a.path}", "description": excerpt(a)}
        page = layout(a.title, excerpt(a), a.path, "blog", module("Tin tức", post), ld)
        site.page(a.path, page)
        alias = f"/tin-tuc/?post={a.opts['id']}"
        site.same_page(alias, a.path)
        if a in arts[:3]:
            a.aliases.append(alias)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/files/uploads/{a.date:%Y/%m}/{h(b.src)}.png", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH TAY NINH", "THONG BAO SO 04/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += comment_strings
    site.trap("every post answers at /tin-tuc/?post=<id> too (the module preview on the home page and the share "
              "links use it): an alias where linked", f"/tin-tuc/?post={arts[0].opts['id']}")

    def pager(n: int, pages: int, base: str) -> str:
        if pages < 2:
            return ""
        sep = "&amp;" if "?" in base else "?"

        def href(k: int) -> str:
            return base if k == 1 else f"{base}{sep}page={k}"
        lis = "".join(f'<li class="active"><span>{k}</span></li>' if k == n else f'<li><a href="{href(k)}">{k}</a></li>'
                      for k in range(1, pages + 1))
        nxt = f'<li><a href="{href(n + 1)}">&raquo;</a></li>' if n < pages else ""
        prv = f'<li><a href="{href(n - 1)}">&laquo;</a></li>' if n > 1 else ""
        return f'<nav class="text-center"><ul class="pagination">{prv}{lis}{nxt}</ul></nav>'

    def listing(path: str, base: str, items: list[RichArticle], n: int, pages: int, header: str) -> None:
        inner = (f'<div class="row"><div class="col-md-8"><div class="row blog-posts">{"".join(card(a) for a in items)}'
                 f'</div>{pager(n, pages, base)}</div>{sidebar()}</div>')
        site.page(path, layout(f"{header} - {NAME}", "Tin tức của Liên minh HTX tỉnh Tây Ninh", base if n == 1 else path,
                               "blog", module(header, inner)), content_type="text/html; charset=utf-8")
        site.non_articles.append(path)

    pages = (len(arts) + PER - 1) // PER
    for n in range(1, pages + 1):
        listing("/tin-tuc" if n == 1 else f"/tin-tuc/?page={n}", "/tin-tuc", arts[(n - 1) * PER:n * PER], n, pages,
                "Tin tức")
    site.trap("the blog page /tin-tuc: cards (blog-title, blog-date dd/mm/yyyy, category, excerpt cut at 150 "
              "characters, 'Đọc thêm'), 6 a page; /tin-tuc/?page=2 holds the two oldest", "/tin-tuc/?page=2")
    for c, name in CATS.items():
        items = [a for a in arts if a.opts["cat"] == c]
        listing(f"/tin-tuc/?category={c}", f"/tin-tuc/?category={c}", items, 1, 1, name)
    site.trap("categories /tin-tuc/?category=<id> ('Danh mục' with counts): lists", "/tin-tuc/?category=4")

    contact_form = ('<form class="contact-form s123-contact-form" method="post" action="/versions/2/wizard/modules/'
                    'contact.php"><div class="form-group"><input type="text" name="contact_name" class="form-control" '
                    'placeholder="Họ tên"></div><div class="form-group"><input type="email" name="contact_email" '
                    'class="form-control" placeholder="Email"></div><div class="form-group"><textarea '
                    'name="contact_message" class="form-control" placeholder="Nội dung"></textarea></div><button '
                    'type="submit" class="btn btn-primary btn-block">Gửi</button></form>')
    intro = ("<p>Liên minh Hợp tác xã tỉnh Tây Ninh là tổ chức chính trị - xã hội, đại diện và bảo vệ quyền lợi hợp "
             "pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>")
    home = (module("Chào mừng", f'<div class="row"><div class="col-md-12 text-center">{intro}</div></div>', "text", 2)
            + module("Tin tức", '<div class="row blog-posts">' + "".join(
                card(a, f"/tin-tuc/?post={a.opts['id']}") for a in arts[:3])
                + '</div><p class="text-center"><a href="/tin-tuc" class="btn btn-primary">Xem tất cả</a></p>')
            + module("Liên hệ", f'<div class="row"><div class="col-md-6">{contact_form}</div><div class="col-md-6">'
                               f'<p>{esc(FOOT2)}</p><p>{esc(FOOT3)}</p></div></div>', "contact", 4))
    site.page("/", layout(NAME, "Website Liên minh Hợp tác xã tỉnh Tây Ninh", "/", "home", home))
    site.page("/gioi-thieu", layout(f"Giới thiệu - {NAME}", "Giới thiệu Liên minh HTX tỉnh Tây Ninh", "/gioi-thieu",
                                    "about", module("Giới thiệu", intro + "<p>Liên minh HTX tỉnh tư vấn, hỗ trợ thành lập "
                                                    "HTX, đào tạo cán bộ và xúc tiến thương mại cho sản phẩm của HTX."
                                                    "</p>", "text", 2)))
    site.page("/lien-he", layout(f"Liên hệ - {NAME}", "Liên hệ Liên minh HTX tỉnh Tây Ninh", "/lien-he", "contact",
                                 module("Liên hệ", contact_form, "contact", 4)))
    site.non_articles += ["/", "/gioi-thieu", "/lien-he"]
    site.trap("home: modules on one page (intro, a 'Tin tức' preview of the 3 newest linked by ?post=<id>, the "
              "contact form); /gioi-thieu and /lien-he: pages", "/")
    urls = ["/", "/gioi-thieu", "/tin-tuc", "/lien-he"] + [a.path for a in arts]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>" for u in urls) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /versions/\nDisallow: /manager/\n\n"
                "Sitemap: {{base}}/sitemap.xml\n")
    site.trap("/sitemap.xml: the pages and every post (no dates); robots.txt names it", "/sitemap.xml")
    return site
