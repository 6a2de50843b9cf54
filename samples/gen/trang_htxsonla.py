"""Site `trang-htxsonla` (registry family `generic`): "Trang tin Liên minh HTX tỉnh Sơn La", a site the alliance built on
the **Hostinger Website Builder** (formerly Zyro: the builder's Vue server-rendered output, `data-v-*` scoped
attributes, grid blocks `section.block > div.block-layout > div.layout-element` placed by CSS variables, its blog
feature; the copy is of 10 December 2024). Written as a held-out test: no family module, no selectors.

URL shapes: a blog post `/<slug>` at the root (the builder's page slug: ASCII, hyphens); the same post with the
`?fbclid=…` Facebook appended (the home page's hero button was pasted from a Facebook share: the same page,
canonical to `/<slug>`); the blog page `/blog` (the blog list block: cards with the category, title, description,
author, date and read time, 6 a page, its pager `/blog?page=2`), the home `/` (a hero and a 3-card blog list),
pages `/gioi-thieu`, `/lien-he` (a contact form block); `/sitemap.xml`, `/robots.txt`. No feed: the builder has none.

Why it is hard: the text is scattered over grid elements: a post page is the builder's blog header block
(`div.blog-post-header`: the category line, `h1.blog-post-header__title`, the author's name, the date "14 thg 11,
2024" and "· 3 phút đọc"; no time of day) followed by one section of text boxes (`div.text-box` with `<p>`, `<h2>`,
`<ul>`/`<ol>` and a table pasted into an embed) and image elements whose captions are separate small italic text
boxes. The header's author is the post's "author" setting: a staff member's name (the author, when no byline closes
the text) or the site owner's default "Liên minh HTX tỉnh Sơn La" (an office: no author). Cards repeat the first
sentence as the description. The oldest post is only on page 2 of the blog list.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime

from .core import SiteBuild, attr, esc, inline_html, iso
from .richbody import RichArticle

SITE = "trang-htxsonla"
NAME = "Liên minh HTX tỉnh Sơn La"
PER = 6
OFFICE = "Liên minh HTX tỉnh Sơn La"
CDN = "{{base:offsite}}/zyrosite/cdn-cgi/image/format=auto,w=828,fit=crop/A1b2C3d4E5f6G7h8"
FOOTER1 = "LIÊN MINH HỢP TÁC XÃ TỈNH SƠN LA"
FOOTER2 = "Địa chỉ: Số 8 đường Tô Hiệu, phường Tô Hiệu, TP Sơn La"
FOOTER3 = "Điện thoại: 0212.3852.647 - Email: lienminhhtxsonla@gmail.com"
FOOTER4 = "© 2024 Liên minh HTX tỉnh Sơn La. Bảo lưu mọi quyền."
FURN = [FOOTER1, FOOTER2, FOOTER3, FOOTER4, "Trang chủ", "Giới thiệu", "Tin tức", "Liên hệ", "Bài viết liên quan"]
CATS = {"thong-bao": "Thông báo", "hoat-dong": "Hoạt động", "mo-hinh": "Mô hình HTX"}


def slug(title: str) -> str:
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def shown(d: datetime) -> str:
    return f"{d.day} thg {d.month}, {d.year}"


def h(text: str, n: int = 8) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 15/TB-LMHTX về việc bình chọn sản phẩm HTX tiêu biểu năm 2024",
          body="""
LIÊN MINH HTX TỈNH SƠN LA
Số: 15/TB-LMHTX
Sơn La, ngày 02 tháng 12 năm 2024
THÔNG BÁO
Về việc bình chọn sản phẩm HTX tiêu biểu năm 2024
Liên minh HTX tỉnh tổ chức bình chọn sản phẩm HTX tiêu biểu năm 2024 nhằm tôn vinh các HTX có sản phẩm chất lượng, có thương hiệu.
- Đối tượng: HTX, liên hiệp HTX có sản phẩm được cấp mã số vùng trồng hoặc chứng nhận OCOP.
- Hồ sơ gửi về Văn phòng Liên minh HTX tỉnh trước ngày 20/12/2024.
- Kết quả bình chọn công bố tại hội nghị tổng kết năm 2024.
CHỦ TỊCH
Cầm Thị Phong
""", author=None, doc_number="15/TB-LMHTX",
          opts={"cat": "thong-bao", "by": OFFICE, "read": 2},
          notes=["notice 'Số: 15/TB-LMHTX' dated 02/12 in its text, the header's date '4 thg 12, 2024' (no time); the "
                 "header's author is the owner default 'Liên minh HTX tỉnh Sơn La' (an office): no author; the signer is "
                 "text"],
          **at(datetime(2024, 12, 4))),
        A(path="", title="Ảnh: HTX Chiềng Hặc vào mùa thu hoạch xoài",
          body="""
Các thành viên HTX Nông nghiệp Chiềng Hặc (huyện Yên Châu) đang thu hoạch xoài tròn vụ muộn.
[img xoai-1.webp] Thành viên HTX thu hoạch xoài tròn Yên Châu
[img xoai-2.webp] Xoài được rửa, phân loại và dán tem truy xuất nguồn gốc
[img xoai-3.webp] Lô xoài của HTX chuẩn bị xuất đi Hà Nội
Vụ này HTX tiêu thụ khoảng 300 tấn xoài, giá bán 25.000 - 30.000 đồng/kg.
""", byline="Bài và ảnh: Lò Văn Pấng", author="Lò Văn Pấng",
          opts={"cat": "mo-hinh", "by": OFFICE, "read": 2, "fbclid": True},
          notes=["photo story: image elements (the builder's CDN, offsite) each followed by a small italic text box, the "
                 "caption (one line each); 'Bài và ảnh: Lò Văn Pấng' -> author; the home page's hero button links it with "
                 "?fbclid=… (pasted from a Facebook share): an alias"],
          **at(datetime(2024, 11, 22))),
        A(path="", title="Kết quả hoạt động của các HTX nông nghiệp tỉnh Sơn La năm 2024",
          body="""
Năm 2024, các HTX nông nghiệp trên địa bàn tỉnh đạt kết quả khả quan, doanh thu tăng so với năm trước.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| Trồng trọt | 512 | 14.280 | 1.950 |
| Chăn nuôi | 96 | 2.145 | 1.320 |
| Thủy sản | 47 | 860 | 980 |
| Dịch vụ tổng hợp | 138 | 5.410 | 2.460 |
Các HTX trồng cây ăn quả có doanh thu cao nhất nhờ xuất khẩu xoài, nhãn, mận.
""", author="Đinh Thị Thu Hà",
          opts={"cat": "hoat-dong", "by": "Đinh Thị Thu Hà", "read": 3},
          notes=["a table (pasted into the text box: thead th, tbody td): one line per row; the header's author is the "
                 "staff member 'Đinh Thị Thu Hà', no byline in the text: she is the author"],
          **at(datetime(2024, 11, 15))),
        A(path="", title="4 bước HTX chuyển đổi số trong bán hàng nông sản",
          body="""
Chuyển đổi số giúp HTX mở rộng thị trường và giảm chi phí trung gian.
## Các bước thực hiện
+ Cập nhật thông tin sản phẩm lên sàn thương mại điện tử;
+ Gắn mã QR truy xuất nguồn gốc cho từng lô hàng;
+ Mở gian hàng trên mạng xã hội và livestream bán hàng;
+ Sử dụng phần mềm kế toán, quản lý đơn hàng.
Liên minh HTX tỉnh sẽ hỗ trợ 50 HTX mở gian hàng trực tuyến trong năm 2025.
""", byline="Hà Văn Tuấn - Trung tâm Khuyến nông", author="Hà Văn Tuấn",
          opts={"cat": "hoat-dong", "by": "Đinh Thị Thu Hà", "read": 2},
          notes=["an h2 and a numbered list; the header names the staff member 'Đinh Thị Thu Hà' but 'Hà Văn Tuấn - "
                 "Trung tâm Khuyến nông' closes the text -> Hà Văn Tuấn"],
          **at(datetime(2024, 11, 6))),
        A(path="", title="HTX Tự Nhiên Mộc Châu đưa sữa chua nếp cẩm vào siêu thị",
          body="""
HTX Tự Nhiên (huyện Mộc Châu) vừa đưa sản phẩm sữa chua nếp cẩm vào hệ thống siêu thị tại Hà Nội.
Mỗi tháng HTX cung ứng khoảng 40.000 hũ sữa chua, doanh thu đạt gần 400 triệu đồng.
HTX đang đầu tư thêm dây chuyền đóng hũ để nâng công suất lên gấp đôi.
""", byline="Theo Báo Sơn La", author=None,
          opts={"cat": "mo-hinh", "by": "Đinh Thị Thu Hà", "read": 2},
          notes=["the header names a staff member but 'Theo Báo Sơn La' closes the text: a reprint, no author"],
          **at(datetime(2024, 10, 24))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX cà phê Chiềng Ban",
          body="""
Ngày 15/10, lãnh đạo Liên minh HTX tỉnh đã làm việc với HTX Cà phê Chiềng Ban (huyện Mai Sơn) về kế hoạch chế biến cà phê đặc sản.
HTX có 67 thành viên, diện tích cà phê 210 ha, trong đó 40 ha đạt chứng nhận 4C.
Liên minh HTX tỉnh đề nghị HTX xây dựng nhãn hiệu tập thể và tham gia Chương trình OCOP.
""", author=None,
          opts={"cat": "hoat-dong", "by": OFFICE, "read": 2},
          notes=["no byline in the text and the header's author is the owner default (the office): author null"],
          **at(datetime(2024, 10, 16))),
        A(path="", title="HTX Mận Hồng Bắc Yên mở rộng vùng trồng theo hướng hữu cơ",
          body="""
HTX Mận Hồng Bắc Yên đang chuyển 35 ha mận sang canh tác theo hướng hữu cơ với sự hỗ trợ của huyện.
Các thành viên được tập huấn sử dụng phân bón hữu cơ vi sinh và bẫy côn trùng sinh học.
Sản phẩm mận hữu cơ dự kiến có mặt trên thị trường vào vụ mận năm 2025.
""", byline="Quàng Thị Lan", author="Quàng Thị Lan",
          opts={"cat": "mo-hinh", "by": OFFICE, "read": 1},
          notes=["the bare name 'Quàng Thị Lan' closes the text: the author (the header names the office)"],
          **at(datetime(2024, 9, 27))),
        A(path="", title="Sơn La tập huấn nâng cao năng lực quản trị cho cán bộ HTX",
          body="""
Từ ngày 10 đến 12/9, Liên minh HTX tỉnh tổ chức lớp tập huấn nâng cao năng lực quản trị cho 80 cán bộ HTX.
[img tap-huan.webp] Học viên trao đổi tại lớp tập huấn
Học viên được trang bị kiến thức về Luật HTX năm 2023, quản trị tài chính và xây dựng phương án kinh doanh.
""", byline="Lê Thị Nga", author="Lê Thị Nga",
          opts={"cat": "hoat-dong", "by": "Đinh Thị Thu Hà", "read": 2},
          notes=["the oldest post: only on page 2 of the blog list (/blog?page=2) and in the sitemap; the header names "
                 "'Đinh Thị Thu Hà' but the bare name 'Lê Thị Nga' closes the text: the author"],
          **at(datetime(2024, 9, 13))),
    ]


def element(row: str, col: str, inner: str, kind: str = "GridTextBox") -> str:
    return (f'<div data-v-6f1c2a3e class="layout-element" style="--grid-row:{row};--grid-column:{col};--m-element-margin:0 0 16px 0">'
            f'<div class="layout-element__component layout-element__component--{kind}">{inner}</div></div>')


def post_elements(a: RichArticle) -> str:
    out, r = [], 1
    for b in a.blocks:
        row = f"{r}/{r + 1}"
        r += 1
        if b.kind == "p":
            out.append(element(row, "2/12", f'<div class="text-box"><p class="body">{inline_html(b.text)}</p></div>'))
        elif b.kind == "h":
            out.append(element(row, "2/12", f'<div class="text-box"><h2 class="font-primary">{esc(b.text)}</h2></div>'))
        elif b.kind in ("ul", "ol"):
            out.append(element(row, "2/12", f'<div class="text-box"><{b.kind}>' + "".join(
                f'<li><p class="body">{inline_html(x)}</p></li>' for x in b.items) + f"</{b.kind}></div>"))
        elif b.kind == "table":
            head, *rows = b.rows
            t = ('<table style="width:100%;border-collapse:collapse"><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                 + "</tr></thead><tbody>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in x) + "</tr>" for x in rows)
                 + "</tbody></table>")
            out.append(element(row, "2/12", f'<div class="text-box">{t}</div>'))
        elif b.kind == "img":
            out.append(element(row, "3/11", f'<div class="image image--grid"><img class="image__image" src="{CDN}/{b.src}" '
                                            f'alt="{attr(b.text)}" loading="lazy" width="828" height="552"></div>', "GridImage"))
            if b.text:
                row = f"{r}/{r + 1}"
                r += 1
                out.append(element(row, "3/11", f'<div class="text-box"><p class="body-small"><em>{esc(b.text)}</em></p></div>'))
    if a.byline:
        row = f"{r}/{r + 1}"
        out.append(element(row, "2/12", f'<div class="text-box"><p class="body" style="text-align:right"><strong>'
                                        f'{esc(a.byline)}</strong></p></div>'))
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "son-la", f"{NAME} (Hostinger Website Builder)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/{slug(a.title)}"
    nav = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/blog"), ("Liên hệ", "/lien-he")]

    def layout(title: str, desc: str, canon: str, sections: str, og_image: str = "") -> str:
        links = "".join(f'<li data-v-2b8e4d1a class="block-header-item"><a data-v-2b8e4d1a class="item-content" href="{href}">'
                        f'{esc(n)}</a></li>' for n, href in nav)
        og = f'<meta property="og:image" content="{og_image}">' if og_image else ""
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>{esc(title)}</title><meta name="description" content="{attr(desc)}"><meta property="og:title" content="{attr(title)}"><meta property="og:description" content="{attr(desc)}"><meta property="og:url" content="{{{{base}}}}{canon}"><meta property="og:type" content="website">{og}<meta name="twitter:card" content="summary_large_image"><meta name="twitter:title" content="{attr(title)}"><link rel="canonical" href="{{{{base}}}}{canon}"><meta name="generator" content="Hostinger Website Builder"><link rel="icon" href="{{{{base:offsite}}}}/zyrosite/favicon.png"><link rel="stylesheet" href="/_astro/index.b3f1c2d4.css"></head><body><div id="app" data-v-app=""><main data-v-1c4e2f7b class="page"><header data-v-2b8e4d1a class="block-header" style="--height-desktop:92px"><div data-v-2b8e4d1a class="block-header-layout-desktop"><a data-v-2b8e4d1a href="/" class="block-header__logo"><img data-v-2b8e4d1a src="{{{{base:offsite}}}}/zyrosite/logo-lmhtx-sonla.png" alt="{attr(NAME)}"></a><nav data-v-2b8e4d1a><ul data-v-2b8e4d1a class="block-header-layout-desktop__navigation">{links}</ul></nav></div></header>{sections}<footer data-v-7a9b3c2d class="block" id="zFooter" style="--block-padding:40px 0"><div data-v-7a9b3c2d class="block-layout block-layout--layout" style="--grid-template-rows:auto;--grid-template-columns:repeat(12,1fr)">{element("1/2", "2/7", f'<div class="text-box"><h4 class="font-primary">{FOOTER1}</h4><p class="body">{esc(FOOTER2)}</p><p class="body">{esc(FOOTER3)}</p></div>')}{element("2/3", "2/12", f'<div class="text-box"><p class="body-small">{esc(FOOTER4)}</p></div>')}</div></footer></main></div><script type="module" src="/_astro/hoisted.8e1f0a2b.js"></script></body></html>
"""

    def section(inner: str, sid: str) -> str:
        return (f'<section data-v-4d2a9e6c class="block" id="z{sid}" style="--block-padding:56px 16px 56px 16px"><div '
                'data-v-4d2a9e6c class="block-layout block-layout--layout" style="--grid-template-rows:auto;'
                f'--grid-template-columns:repeat(12,1fr);--grid-gap:16px">{inner}</div></section>')

    def header_block(a: RichArticle) -> str:
        return (f'<section data-v-8c3d1e5f class="block block-blog-header" id="zBlogHeader"><div data-v-8c3d1e5f '
                f'class="blog-post-header"><p class="blog-post-header__categories"><a href="/blog">{esc(CATS[a.opts["cat"]])}'
                f'</a></p><h1 class="blog-post-header__title font-primary">{esc(a.title)}</h1><div class="blog-post-header__meta">'
                f'<img class="blog-post-header__avatar" src="{{{{base:offsite}}}}/zyrosite/avatar.png" alt="">'
                f'<span class="blog-post-header__author-name">{esc(a.opts["by"])}</span><span class="blog-post-header__date">'
                f'{shown(a.date)}</span><span class="blog-post-header__read-time">· {a.opts["read"]} phút đọc</span></div></div>'
                "</section>")

    def card(a: RichArticle) -> str:
        img = a.first_image()
        src = f"{CDN}/{img}" if img else "{{base:offsite}}/zyrosite/blog-placeholder.png"
        first = next(b.text for b in a.blocks if b.kind == "p")
        desc = first if len(first) <= 140 else first[:137].rsplit(" ", 1)[0] + "..."
        return (f'<div data-v-5e7f2a1b class="block-blog-list-item"><a data-v-5e7f2a1b href="{a.path}" class="block-blog-list-item__link">'
                f'<div class="block-blog-list-item__image"><img src="{src}" alt="" loading="lazy"></div><div '
                f'class="block-blog-list-item__content"><p class="block-blog-list-item__categories">{esc(CATS[a.opts["cat"]])}</p>'
                f'<h3 class="block-blog-list-item__title font-primary">{esc(a.title)}</h3><p class="block-blog-list-item__description '
                f'body">{esc(desc)}</p><div class="block-blog-list-item__meta"><span>{esc(a.opts["by"])}</span><span>{shown(a.date)}'
                f'</span><span>· {a.opts["read"]} phút đọc</span></div></div></a></div>')

    for i, a in enumerate(arts):
        related = [x for x in arts if x is not a and x.opts["cat"] == a.opts["cat"]][:2]
        rel = ('<section data-v-5e7f2a1b class="block block-blog-list" id="zRelated"><h2 class="font-primary">Bài viết liên quan'
               '</h2><div class="block-blog-list__list">' + "".join(card(x) for x in related) + "</div></section>")
        # the related block must not reach the oldest post
        if arts[-1] in related:
            rel = rel.replace(card(arts[-1]), "")
        img = a.first_image()
        page = layout(f"{a.title} | {NAME}", a.summary(), a.path,
                      header_block(a) + section(post_elements(a), h(a.path)) + rel, f"{CDN}/{img}" if img else "")
        site.page(a.path, page)
        if a.opts.get("fbclid"):
            a.aliases.append(a.path + "?fbclid=IwAR3kXq9vLm2Tn8sPq1ZrYb7cWd5eFg")
        site.add_article(a)

    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, items in enumerate(pages, 1):
        path = "/blog" if n == 1 else f"/blog?page={n}"
        pager = ('<div class="block-blog-list__pagination pagination">' + "".join(
            f'<a class="pagination__item{" pagination__item--active" if k == n else ""}" href="{"/blog" if k == 1 else f"/blog?page={k}"}">{k}</a>'
            for k in range(1, len(pages) + 1)) + "</div>")
        inner = (f'<section data-v-5e7f2a1b class="block block-blog-list" id="zBlogList"><h1 class="font-primary">Tin tức</h1>'
                 f'<div class="block-blog-list__list">{"".join(card(a) for a in items)}</div>{pager}</section>')
        site.page(path, layout(f"Tin tức | {NAME}", "Tin tức hoạt động của Liên minh HTX tỉnh Sơn La", "/blog", inner))
        site.non_articles.append(path)
    site.trap("blog list /blog: cards (category, h3 title, the first sentence as description, author, date, read time), "
              "6 a page; the oldest posts only on /blog?page=2", "/blog?page=2")
    photo = next(a for a in arts if a.opts.get("fbclid"))
    hero = section(element("1/2", "2/12", f'<div class="text-box"><h1 class="font-primary">{esc(NAME)}</h1><p class="body-large">'
                                          'Đồng hành cùng hợp tác xã phát triển bền vững</p></div>')
                   + element("2/3", "2/6", f'<a class="grid-button grid-button--primary" href="{photo.aliases[0]}">Xem phóng sự ảnh</a>',
                             "GridButton"), "Hero")
    latest = ('<section data-v-5e7f2a1b class="block block-blog-list" id="zHomeBlog"><h2 class="font-primary">Tin mới</h2>'
              f'<div class="block-blog-list__list">{"".join(card(a) for a in arts[:3])}</div></section>')
    site.page("/", layout(NAME, "Trang thông tin của Liên minh HTX tỉnh Sơn La", "/", hero + latest))
    site.non_articles.append("/")
    site.trap("home page: a hero whose button links the photo story with ?fbclid=… and a blog list block of the 3 newest",
              "/")
    for path, title, body in [
            ("/gioi-thieu", "Giới thiệu", '<p class="body">Liên minh Hợp tác xã tỉnh Sơn La là tổ chức đại diện, hỗ trợ các HTX, '
             'tổ hợp tác trên địa bàn tỉnh.</p><p class="body">Hiện nay toàn tỉnh có hơn 900 HTX đang hoạt động.</p>'),
            ("/lien-he", "Liên hệ", '<form class="form"><label>Họ tên<input name="name"></label><label>Email<input '
             'name="email"></label><label>Nội dung<textarea name="message"></textarea></label><button class="grid-button">'
             'Gửi</button></form>')]:
        inner = section(element("1/2", "2/12", f'<div class="text-box"><h1 class="font-primary">{title}</h1>{body}</div>'), h(path))
        site.page(path, layout(f"{title} | {NAME}", "", path, inner))
        site.non_articles.append(path)
    site.trap("pages /gioi-thieu and /lien-he (text boxes, a contact form block): no articles", "/gioi-thieu")
    sm = ('<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
          + "".join(f"<url><loc>{{{{base}}}}{p}</loc></url>\n" for p in ["/", "/gioi-thieu", "/blog", "/lien-he"] + [a.path for a in arts])
          + "</urlset>\n")
    site.page("/sitemap.xml", sm, content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nAllow: /\n\nSitemap: {{base}}/sitemap.xml\n")
    return site
