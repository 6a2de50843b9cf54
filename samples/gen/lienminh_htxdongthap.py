"""Site `lienminh-htxdongthap` (registry family `generic`): "Liên minh HTX tỉnh Đồng Tháp", the alliance's website made
on **Ucraft** (the hosted block builder; the site language Vietnamese, but the Blog block's own labels left in the
builder's English: "Written by", "Load More", "Related Posts"; the site timezone Asia/Ho_Chi_Minh; the copy is of 20 June
2025, before Đồng Tháp merged with Tiền Giang). Written as a held-out test: no family module, no selectors.

URL shapes: a post `/blog/<slug>` (the builder's slug: diacritics dropped, lower case, hyphens); the Blog page `/blog`
(6 posts, then a "Load More" link to `/blog?page=2`, which the block's script fetches and appends; the link is a real
`<a href>` too); categories `/blog/category/<slug>`, tags `/blog/tag/<slug>`, authors `/blog/author/<slug>` (the
site's team members); pages `/` (a hero block, the Blog block's 3 newest, the contact block), `/gioi-thieu`, `/lien-he`;
`/sitemap.xml` and `/robots.txt`. One post was renamed after publishing: its first slug answers a 301 to the new one
(the builder's redirect manager), and the home page's hero button still points at the old slug: an alias.

Why it is hard: the page is a stack of builder blocks (`section.uc-block[data-block-id][data-block-type]`, a grid of
`div.uc-row`/`div.uc-col`, every text a `div.uc-text` widget). The post block prints the cover photo, the title
`h1.uc-blog-post__title`, then a meta line "Written by <a>Ban Biên tập</a> / 12 March 2025" (an English long date:
the builder's labels are not translated), the categories, then `div.uc-blog-post__content` (the editor's `<p>`,
`<h3>`, lists, a table, photos in `<figure>` with `<figcaption>`, a file link), the tags, the share buttons, "Related
Posts" (3 cards) and the Facebook comments box (empty in the HTML). `<title>` is "<title> | <site>"; JSON-LD
`BlogPosting` carries `datePublished` in UTC with an offset ("2025-03-11T17:35:00+00:00" for the post of 00:35 on 12
March: the visible date is the site-timezone day, 12 March). "Written by" names the builder account that posted
(the team member "Ban Biên tập" or a staff name): the author is the person of the typed byline when there is one; a
staff member's name with no byline is the author. The cookie notice and the "Powered by Ucraft" badge are on every
page.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "lienminh-htxdongthap"
NAME = "Liên minh HTX tỉnh Đồng Tháp"
PER = 6
UTC = timedelta(hours=7)
SITE_ID = 418275
CDN = "/uploads"
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
TAGLINE = "Đồng hành cùng kinh tế tập thể Đồng Tháp"
FOOT1 = "Địa chỉ: Số 8 đường 30/4, phường 1, TP Cao Lãnh, tỉnh Đồng Tháp"
FOOT2 = "Điện thoại: 0277 3851 247 · Email: lmhtx@dongthap.gov.vn"
COPY = "© 2025 Liên minh HTX tỉnh Đồng Tháp. Bảo lưu mọi quyền."
COOKIE = "Chúng tôi sử dụng cookie để cải thiện trải nghiệm của bạn trên trang web này."
FURN = [TAGLINE, FOOT1, FOOT2, COPY, COOKIE, "Đồng ý", "Powered by Ucraft", "Related Posts", "Share", "Written by",
        "Trang chủ", "Giới thiệu", "Tin tức", "Liên hệ", "Đăng ký nhận tin"]
AUTHORS = {"ban-bien-tap": "Ban Biên tập", "nguyen-thi-thu-trang": "Nguyễn Thị Thu Trang",
           "vo-minh-luan": "Võ Minh Luân"}
CATS = {"hoat-dong": "Hoạt động", "thong-bao": "Thông báo", "mo-hinh-hay": "Mô hình hay", "so-lieu": "Số liệu"}


def slugify(title: str) -> str:
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def h(text: str, n: int = 10) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def long_date(d: datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, account: str, cats: list[str], tags: list[str]) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"],
                    opts={"account": account, "cats": cats, "tags": tags})

    return [
        A(path="", title="Thông báo số 09/TB-LMHTX về việc tổ chức lớp bồi dưỡng kế toán HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH ĐỒNG THÁP
Số: 09/TB-LMHTX
Đồng Tháp, ngày 10 tháng 6 năm 2025
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng kế toán HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng nghiệp vụ kế toán cho cán bộ HTX từ ngày 01/7 đến ngày 05/7/2025 tại TP Cao Lãnh.
Mỗi HTX cử 01 kế toán hoặc người phụ trách tài chính tham dự; học viên được miễn học phí và hỗ trợ tài liệu.
Danh sách học viên gửi về Văn phòng Liên minh HTX tỉnh trước ngày 25/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Thị Ngọc Hân
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": f"{CDN}/files/TB-09-LMHTX-2025.pdf", "text": "TB-09-LMHTX-2025.pdf"}],
          notes=["notice 'Số: 09/TB-LMHTX' dated 10/6 in its text, posted 12/06/2025 08:15 (JSON-LD "
                 "'2025-06-12T01:15:00+00:00', 'Written by Ban Biên tập / 12 June 2025'); the signer is text, no "
                 "author ('Ban Biên tập' is the account); 'Tải về: TB-09-LMHTX-2025.pdf' is an attachment, label "
                 "dropped, not text"],
          **at(datetime(2025, 6, 12, 8, 15), "ban-bien-tap", ["thong-bao"], ["dao-tao"])),
        A(path="", title="Ảnh: HTX Xoài Mỹ Xương vào vụ thu hoạch xoài cát Hòa Lộc",
          body="""
Những ngày cuối tháng 5, các thành viên HTX Xoài Mỹ Xương (huyện Cao Lãnh) tất bật thu hoạch xoài cát Hòa Lộc vụ chính.
[img xoai-1.png] Thành viên HTX bao trái xoài trước thu hoạch 20 ngày
[img xoai-2.png] Xoài được phân loại, đóng thùng tại nhà sơ chế của HTX
[img xoai-3.png] Lô xoài xuất khẩu được dán tem truy xuất nguồn gốc
Vụ này HTX dự kiến cung ứng khoảng 1.200 tấn xoài cho doanh nghiệp xuất khẩu.
""", byline="Bài, ảnh: Huỳnh Thanh Phong", author="Huỳnh Thanh Phong",
          notes=["photo story: each photo a <figure>, its <figcaption> one line; posted by the account 'Ban Biên tập', "
                 "the byline 'Bài, ảnh: Huỳnh Thanh Phong' closing the text names the author"],
          **at(datetime(2025, 5, 29, 16, 40), "ban-bien-tap", ["hoat-dong"], ["xoai", "xuat-khau"])),
        A(path="", title="Kết quả phát triển HTX nông nghiệp tỉnh Đồng Tháp 5 tháng đầu năm 2025",
          body="""
Trong 5 tháng đầu năm 2025, toàn tỉnh thành lập mới 17 HTX nông nghiệp, nâng tổng số lên 284 HTX.
| Lĩnh vực | Số HTX | Thành viên | Thành lập mới |
| Trồng lúa | 146 | 9.820 | 6 |
| Cây ăn trái | 58 | 2.140 | 5 |
| Thủy sản | 31 | 860 | 3 |
| Hoa kiểng | 21 | 690 | 2 |
| Dịch vụ tổng hợp | 28 | 1.310 | 1 |
Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX mới xây dựng phương án sản xuất, kinh doanh.
""", author="Nguyễn Thị Thu Trang",
          notes=["a table (thead th, tbody td): one line per row; no typed byline: 'Written by Nguyễn Thị Thu Trang' "
                 "(a staff member's account, her author page /blog/author/nguyen-thi-thu-trang) is the author"],
          **at(datetime(2025, 5, 14, 10, 5), "nguyen-thi-thu-trang", ["so-lieu"], [])),
        A(path="", title="HTX Hoa kiểng Sa Đéc đưa hoa lên sàn thương mại điện tử",
          body="""
HTX Hoa kiểng Sa Đéc (TP Sa Đéc) vừa mở gian hàng trên hai sàn thương mại điện tử lớn.
## Những thay đổi trong cách bán hàng
* Chụp ảnh, quay video sản phẩm ngay tại vườn của thành viên;
* Đóng gói chậu hoa bằng thùng xốp chống va đập;
* Liên kết đơn vị vận chuyển giao hàng trong 48 giờ.
Sau hai tháng, doanh thu bán trực tuyến của HTX đạt gần 400 triệu đồng.
""", byline="Theo Báo Đồng Tháp", author=None,
          notes=["an <h3> and a bulleted list; 'Theo Báo Đồng Tháp' closes it: a reprint, no author ('Written by Võ "
                 "Minh Luân' is the account that posted it); the title was edited after publishing: the first slug "
                 "/blog/htx-hoa-kieng-sa-dec-ban-hang-tren-san-thuong-mai-dien-tu answers 301 -> an alias (the home "
                 "page's hero button links it)"],
          aliases=["/blog/htx-hoa-kieng-sa-dec-ban-hang-tren-san-thuong-mai-dien-tu"],
          **at(datetime(2025, 4, 22, 14, 30), "vo-minh-luan", ["mo-hinh-hay"], ["hoa-kieng", "thuong-mai-dien-tu"])),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Tân Bình",
          body="""
Chiều 11/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Tân Bình (huyện Thanh Bình).
HTX hiện cung ứng dịch vụ làm đất, bơm tưới và thu hoạch cho 540 hộ thành viên trên diện tích 920 ha lúa.
Liên minh HTX tỉnh sẽ hỗ trợ HTX lập dự án xây dựng lò sấy lúa và tiếp cận vốn vay ưu đãi.
""", byline="Võ Minh Luân", author="Võ Minh Luân",
          notes=["posted at 00:35 on 12 March about the afternoon before ('Chiều 11/3'): JSON-LD datePublished "
                 "'2025-03-11T17:35:00+00:00' (UTC: the 11th), the visible date '12 March 2025'; published "
                 "2025-03-12 00:35; the closing name 'Võ Minh Luân' is the author"],
          **at(datetime(2025, 3, 12, 0, 35), "vo-minh-luan", ["hoat-dong"], [])),
        A(path="", title="Kinh nghiệm của HTX Thủy sản Hồng Ngự trong nuôi cá tra theo chuỗi",
          body="""
HTX Thủy sản Hồng Ngự có 36 thành viên với 110 ha ao nuôi cá tra nguyên liệu.
Nhờ liên kết với doanh nghiệp chế biến, HTX được cung ứng con giống, thức ăn và bao tiêu toàn bộ sản phẩm.
HTX áp dụng quy trình nuôi theo tiêu chuẩn ASC, ghi chép nhật ký ao nuôi đầy đủ.
""", byline="Bài và ảnh: Lê Hoàng Nam - Trung tâm Khuyến nông", author="Lê Hoàng Nam",
          notes=["'Bài và ảnh: Lê Hoàng Nam - Trung tâm Khuyến nông' closes it -> Lê Hoàng Nam"],
          **at(datetime(2025, 2, 18, 9, 0), "ban-bien-tap", ["mo-hinh-hay"], ["thuy-san"])),
        A(path="", title="HTX Dịch vụ nông nghiệp Phú Thành B nhận chứng nhận OCOP 4 sao",
          body="""
Sản phẩm gạo hữu cơ của HTX Dịch vụ nông nghiệp Phú Thành B (huyện Tam Nông) vừa được công nhận đạt OCOP 4 sao.
HTX có 120 ha lúa sản xuất theo hướng hữu cơ, liên kết tiêu thụ với hai doanh nghiệp trong tỉnh.
""", author="Nguyễn Thị Thu Trang",
          notes=["on /blog?page=2 only (the 'Load More' link) and its category, tag and author pages; no byline: "
                 "the staff account 'Nguyễn Thị Thu Trang' is the author"],
          **at(datetime(2025, 1, 20, 15, 20), "nguyen-thi-thu-trang", ["hoat-dong"], ["ocop"])),
        A(path="", title="Liên minh HTX tỉnh Đồng Tháp tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Đồng Tháp tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 32 HTX, tổ chức 12 lớp tập huấn cho 650 lượt cán bộ HTX.
""", byline="Văn phòng Liên minh HTX tỉnh", author=None,
          notes=["the oldest post: no category, no tag; only /blog?page=2, the account's author page and the sitemap "
                 "reach it; closed by 'Văn phòng Liên minh HTX tỉnh' (an office): no author"],
          **at(datetime(2024, 12, 27, 17, 10), "ban-bien-tap", [], [])),
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
            out.append('<div class="uc-table-wrap"><table><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "</tr></thead><tbody>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r)
                                                          + "</tr>\n" for r in rows) + "</tbody></table></div>")
        elif b.kind == "img":
            cap = f"<figcaption>{esc(b.text)}</figcaption>" if b.text else ""
            out.append(f'<figure class="uc-image"><img src="{CDN}/images/{h(b.src)}.png" alt="" loading="lazy" />'
                       f"{cap}</figure>")
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" target="_blank" rel="noopener">Tải về: {esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dong-thap", f"{NAME} (Ucraft)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/blog/{slugify(a.title)}"
    block_n = [0]

    def block(kind: str, inner: str, extra: str = "") -> str:
        block_n[0] += 1
        bid = h(f"{kind}{block_n[0]}", 8)
        return (f'<section class="uc-block uc-block--{kind}{extra}" id="b-{bid}" data-block-id="{bid}" '
                f'data-block-type="{kind}"><div class="uc-container"><div class="uc-row">{inner}</div></div></section>')

    def col(inner: str, w: int = 12) -> str:
        return f'<div class="uc-col uc-col-md-{w}">{inner}</div>'

    def text(inner: str, css: str = "") -> str:
        return f'<div class="uc-widget uc-text{css}">{inner}</div>'

    def cover(a: RichArticle) -> str | None:
        img = a.first_image()
        return f"{CDN}/images/{h(img)}.png" if img else None

    def excerpt(a: RichArticle) -> str:
        t = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        return t if len(t) <= 150 else t[:150].rsplit(" ", 1)[0] + "..."

    def card(a: RichArticle) -> str:
        img = cover(a)
        pic = (f'<a class="uc-blog-card__image" href="{a.path}"><img src="{img}" alt="{attr(a.title)}" /></a>'
               if img else "")
        acc = a.opts["account"]
        return (f'<article class="uc-blog-card">{pic}<div class="uc-blog-card__body"><h3 class="uc-blog-card__title">'
                f'<a href="{a.path}">{esc(a.title)}</a></h3><div class="uc-blog-card__meta"><a href="/blog/author/'
                f'{acc}">{esc(AUTHORS[acc])}</a> / <span class="uc-blog-card__date">{long_date(a.date)}</span></div>'
                f'<p class="uc-blog-card__excerpt">{esc(excerpt(a))}</p><a class="uc-blog-card__more" href="{a.path}">'
                "Read More</a></div></article>")

    header = block("header", col(
        f'<a class="uc-logo" href="/"><img src="{CDN}/images/logo-lmhtx.png" alt="{attr(NAME)}" />'
        f'<span class="uc-logo__text">{esc(NAME)}</span></a>', 4) + col(
        '<nav class="uc-menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/gioi-thieu">Giới thiệu</a></li>'
        '<li><a href="/blog">Tin tức</a></li><li><a href="/lien-he">Liên hệ</a></li></ul></nav>', 8))
    footer = block("footer", col(text(f"<p><strong>{esc(NAME)}</strong></p><p>{esc(TAGLINE)}</p>"), 4) + col(
        text(f"<p>{esc(FOOT1)}</p><p>{esc(FOOT2)}</p>"), 4) + col(
        '<form class="uc-form uc-subscribe" action="javascript:void(0)"><label>Đăng ký nhận tin</label>'
        '<input type="email" name="email" placeholder="Email" /><button type="button">Gửi</button></form>', 4)
        + col(text(f'<p class="uc-copyright">{esc(COPY)}</p>')))

    def layout(title: str, desc: str, url: str, main: str, head_extra: str = "", og_type: str = "website",
               og_img: str | None = None) -> str:
        img = f'<meta property="og:image" content="{{{{base}}}}{og_img}" />' if og_img else ""
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc)}" />
<meta name="generator" content="Ucraft" />
<link rel="canonical" href="{{{{base}}}}{url}" />
<link rel="alternate" hreflang="vi" href="{{{{base}}}}{url}" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{attr(title)}" />
<meta property="og:description" content="{attr(desc)}" />
<meta property="og:url" content="{{{{base}}}}{url}" />
<meta property="og:site_name" content="{attr(NAME)}" />
{img}
<meta name="twitter:card" content="summary_large_image" />
<link rel="icon" href="{CDN}/images/favicon.png" />
<link rel="stylesheet" href="/static/css/site-{SITE_ID}.css" />
{head_extra}
<script>window.__ucraft = {{"siteId": {SITE_ID}, "lang": "vi", "timezone": "Asia/Ho_Chi_Minh", "page": {json.dumps(url)}}};</script>
</head>
<body class="uc-site uc-page">
<div id="uc-app" class="uc-page-wrapper">
{header}
<main class="uc-main">
{main}
</main>
{footer}
</div>
<div class="uc-cookie-bar" role="dialog"><p>{esc(COOKIE)}</p><button type="button" class="uc-cookie-bar__accept">Đồng ý</button></div>
<a class="uc-badge" href="{{{{base:offsite}}}}/ucraft/?utm_source=badge" target="_blank" rel="nofollow">Powered by Ucraft</a>
<script src="/static/js/ucraft-runtime.js"></script>
</body>
</html>
"""

    for i, a in enumerate(arts):
        acc = a.opts["account"]
        cats = "".join(f'<a class="uc-blog-post__category" href="/blog/category/{c}">{esc(CATS[c])}</a>'
                       for c in a.opts["cats"])
        tags = "".join(f'<li><a href="/blog/tag/{t}">#{t}</a></li>' for t in a.opts["tags"])
        rel = [x for x in arts if x is not a][:3]
        img = cover(a)
        share = "".join(f'<a class="uc-share__{n}" href="{{{{base:offsite}}}}/{n}/share?u={{{{base}}}}{a.path}" '
                        f'target="_blank" rel="noopener" aria-label="{n}"><i class="uc-icon-{n}"></i></a>'
                        for n in ("facebook", "twitter", "linkedin"))
        post = (f'<article class="uc-blog-post" data-post-id="{int(h(a.title, 6), 16)}">'
                + (f'<div class="uc-blog-post__cover"><img src="{img}" alt="{attr(a.title)}" /></div>' if img else "")
                + f'<h1 class="uc-blog-post__title">{esc(a.title)}</h1><div class="uc-blog-post__meta">'
                f'<span class="uc-blog-post__author">Written by <a href="/blog/author/{acc}">{esc(AUTHORS[acc])}</a>'
                f'</span> / <span class="uc-blog-post__date">{long_date(a.date)}</span></div>'
                + (f'<div class="uc-blog-post__categories">{cats}</div>' if cats else "")
                + f'<div class="uc-blog-post__content">{body_html(a)}</div>'
                + (f'<ul class="uc-blog-post__tags">{tags}</ul>' if tags else "")
                + f'<div class="uc-share"><span>Share</span>{share}</div></article>')
        related = ('<div class="uc-blog-related"><h2 class="uc-blog-related__title">Related Posts</h2>'
                   '<div class="uc-blog-related__list">' + "".join(card(x) for x in rel) + "</div></div>")
        comments = (f'<div class="uc-blog-comments"><div class="fb-comments" data-href="{{{{base}}}}{a.path}" '
                    'data-numposts="5" data-width="100%"></div></div>')
        ld = {"@context": "https://schema.org", "@type": "BlogPosting", "headline": a.title,
              "datePublished": f"{a.date - UTC:%Y-%m-%dT%H:%M:%S}+00:00",
              "dateModified": f"{a.date - UTC + timedelta(hours=2):%Y-%m-%dT%H:%M:%S}+00:00",
              "author": {"@type": "Person", "name": AUTHORS[acc]},
              "publisher": {"@type": "Organization", "name": NAME},
              "mainEntityOfPage": "{{base}}" + a.path}
        head = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>'
        main = block("blog-post", col(post, 12)) + block("blog-related", col(related + comments, 12))
        site.page(a.path, layout(f"{a.title} | {NAME}", excerpt(a), a.path, main, head, "article", img))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"{CDN}/images/{h(b.src)}.png", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH DONG THAP", "THONG BAO SO 09/TB-LMHTX"]))
        for al in a.aliases:
            site.redirect(al, a.path, 301)
        site.add_article(a)
    site.trap("post page: the Blog block's labels in English ('Written by <account> / 12 March 2025', 'Share', "
              "'Related Posts' with 3 cards): the date is an English long date; 'Written by' names the builder "
              "account (the team member 'Ban Biên tập' is not a person)", arts[0].path)
    site.trap("a staff member's account with no typed byline ('Written by Nguyễn Thị Thu Trang'): the author; the "
              "account 'Ban Biên tập' with a byline 'Bài, ảnh: X': X", arts[2].path)

    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        more = (f'<div class="uc-blog__pagination"><a class="uc-button uc-blog__load-more" href="/blog?page={n + 1}" '
                f'data-page="{n + 1}" data-ajax="true">Load More</a></div>' if n < len(pages) else "")
        heading = text('<h1>Tin tức</h1><p>Hoạt động của Liên minh HTX tỉnh và các HTX trên địa bàn.</p>')
        main = block("blog", col(heading) + col('<div class="uc-blog__list">' + "".join(card(a) for a in chunk)
                                                  + f"</div>{more}"))
        path = "/blog" if n == 1 else f"/blog?page={n}"
        site.page(path, layout(f"Tin tức | {NAME}", "Tin tức", path, main), content_type="text/html; charset=utf-8")
        site.non_articles.append(path)
    site.trap("the Blog block: 6 cards, then 'Load More' (a link the script intercepts) to /blog?page=2, which holds "
              "the two oldest posts", "/blog?page=2")
    for slug, name in CATS.items():
        items = [a for a in arts if slug in a.opts["cats"]]
        path = f"/blog/category/{slug}"
        site.page(path, layout(f"{name} | {NAME}", name, path,
                               block("blog", col(text(f"<h1>{esc(name)}</h1>")) + col(
                                   '<div class="uc-blog__list">' + "".join(card(a) for a in items) + "</div>"))))
        site.non_articles.append(path)
    for t in sorted({t for a in arts for t in a.opts["tags"]}):
        items = [a for a in arts if t in a.opts["tags"]]
        path = f"/blog/tag/{t}"
        site.page(path, layout(f"#{t} | {NAME}", t, path, block("blog", col(text(f"<h1>#{t}</h1>")) + col(
            '<div class="uc-blog__list">' + "".join(card(a) for a in items) + "</div>"))))
        site.non_articles.append(path)
    for slug, name in AUTHORS.items():
        items = [a for a in arts if a.opts["account"] == slug]
        path = f"/blog/author/{slug}"
        site.page(path, layout(f"{name} | {NAME}", name, path, block("blog", col(
            text(f'<h1>{esc(name)}</h1><p class="uc-author__role">Thành viên nhóm quản trị trang</p>')) + col(
            '<div class="uc-blog__list">' + "".join(card(a) for a in items) + "</div>"))))
        site.non_articles.append(path)
    site.trap("category /blog/category/<slug>, tag /blog/tag/<slug> and author /blog/author/<slug> pages: lists "
              "(the author page is the account's profile)", "/blog/author/ban-bien-tap")

    renamed = next(a for a in arts if a.aliases)
    hero = block("hero", col(text(f'<h1>{esc(NAME)}</h1><p>{esc(TAGLINE)}</p>')
                             + f'<a class="uc-button" href="{renamed.aliases[0]}">Mô hình hay: hoa kiểng Sa Đéc</a>'))
    latest = block("blog", col(text("<h2>Tin mới</h2>")) + col('<div class="uc-blog__list">'
                                                                  + "".join(card(a) for a in arts[:3]) + "</div>"
                                                                  '<a class="uc-button" href="/blog">Xem tất cả</a>'))
    contact = block("contact", col(text(f"<h2>Liên hệ</h2><p>{esc(FOOT1)}</p>")))
    site.page("/", layout(NAME, TAGLINE, "/", hero + latest + contact))
    site.trap("home: the hero's button still links the renamed post's first slug (a 301 to the new one): an alias",
              "/")
    site.page("/gioi-thieu", layout(f"Giới thiệu | {NAME}", "Giới thiệu", "/gioi-thieu", block("text", col(text(
        "<h1>Giới thiệu</h1><p>Liên minh Hợp tác xã tỉnh Đồng Tháp là tổ chức chính trị - xã hội, đại diện và bảo vệ "
        "quyền lợi hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>")))))
    site.page("/lien-he", layout(f"Liên hệ | {NAME}", "Liên hệ", "/lien-he", block("contact", col(text(
        f"<h1>Liên hệ</h1><p>{esc(FOOT1)}</p>") + '<form class="uc-form" action="javascript:void(0)"><input '
        'name="name" placeholder="Họ và tên" /><textarea name="message"></textarea><button type="button">Gửi'
        "</button></form>"))))
    site.non_articles += ["/", "/gioi-thieu", "/lien-he"]
    site.binary(f"{CDN}/images/favicon.png", image_for("favicon"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /api/\nDisallow: /*?ucraft_preview=\n\n"
                               "Sitemap: {{base}}/sitemap.xml\n")
    urls = ["/", "/gioi-thieu", "/lien-he", "/blog"] + [a.path for a in arts]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc>"
                                        + (f"<lastmod>{a.date - UTC:%Y-%m-%dT%H:%M:%S}+00:00</lastmod>"
                                           if (a := next((x for x in arts if x.path == u), None)) else "")
                                        + "</url>" for u in urls) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    return site
