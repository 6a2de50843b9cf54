"""Site `blog-htxangiang` (registry family `generic`): "Bản tin Liên minh HTX tỉnh An Giang", the alliance's news site
on **GoDaddy Websites + Marketing** (the website builder's Blog section, layout "blog-2"; the site language
Vietnamese, `vi-VN`; the copy is of 5 June 2025, before An Giang merged with Kiên Giang). Written as a held-out test:
no family module, no selectors.

URL shapes: a post `/blog/f/<slug>` (the builder's slug: diacritics dropped, every space a hyphen, so " - " in a title
gives "---"); the blog page `/blog` (6 posts a page) and `/blog?page=2`; categories `/blog?blogcategory=<name>`
(the name URL-encoded); the archive `/blog?blogarchive=<yyyy-mm>` (the sidebar's "Lưu trữ"); the RSS
`/blog/f.rss` (the 6 newest); pages `/` (a hero, the blog widget's 3 newest, the subscribe form), `/gioi-thieu`,
`/lien-he` (the contact form); the membership sign-in `/m/login` ("Đăng nhập" in the header: robots.txt disallows
`/m/`); `/sitemap.xml`. Files uploaded to the post live under `/blobby/go/<site-uuid>/downloads/`.

Why it is hard: the page is the builder's widget markup: `data-ux` / `data-aid` attributes, `x-el x-el-<tag>`
atomic classes, a `<style data-glamor>` sheet and, at the end, `Core.utils.renderBootstrap({…})` scripts carrying
each widget's props. On a post page the only `<h1>` is the Blog section's heading ("Tin tức - Sự kiện",
`data-aid="BLOG_SECTION_TITLE_REND"`) with the section's description under it; the post's title is an `<h3>`
(`BLOG_POST_TITLE_RENDERED`), then the date line `data-aid="BLOG_POST_DATE_RENDERED"` "12 thg 3, 2025" and the
categories, then `div[data-ux=BlogContent]` (`<p>`, `<h4>`, lists, a table, photos with the caption in a centred
`<p><em>`, a file link), the share bar "Chia sẻ bài viết", "Bài đăng gần đây" (3 cards) and the subscribe section.
The dates are rendered on the server in UTC ("11 thg 3, 2025" for the post of 00:35 on 12 March); the bootstrap props
carry the instant ("2025-03-11T17:35:00.000Z"), the RSS `pubDate` GMT. `<meta name="author">` is the business name
(never the author); posts have no author field: only typed bylines. The cookie banner ("Trang web này sử dụng
cookie.") and the footer "Powered by GoDaddy" are on every page.
"""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from datetime import datetime, timedelta
from urllib.parse import quote_plus

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "blog-htxangiang"
NAME = "Liên minh HTX tỉnh An Giang"
PER = 6
UTC = timedelta(hours=7)
SITE_UUID = "9c3e51a2-7b4d-4f0e-a6d1-2f85c0b7e314"
BLOG_TITLE = "Tin tức - Sự kiện"
BLOG_DESC = "Cập nhật hoạt động của Liên minh HTX tỉnh và các hợp tác xã trên địa bàn tỉnh An Giang."
COOKIE1 = "Trang web này sử dụng cookie."
COOKIE2 = ("Chúng tôi sử dụng cookie để phân tích lưu lượng truy cập trang web và tối ưu hóa trải nghiệm của bạn trên "
           "trang web. Bằng cách chấp nhận việc chúng tôi sử dụng cookie, dữ liệu của bạn sẽ được tổng hợp với dữ liệu "
           "của tất cả người dùng khác.")
SUB1 = "Đăng ký nhận bản tin"
SUB2 = "Nhận tin mới nhất của Liên minh HTX tỉnh An Giang qua email."
ADDRESS = "Số 12 Lê Triệu Kiết, phường Mỹ Bình, TP Long Xuyên, tỉnh An Giang"
PHONE = "0296 3852 614"
COPY = "Bản quyền © 2025 Liên minh HTX tỉnh An Giang - Bảo lưu mọi quyền."
FURN = [BLOG_TITLE, BLOG_DESC, COOKIE1, COOKIE2, "Chấp nhận", SUB1, SUB2, "Đăng ký", ADDRESS, PHONE, COPY,
        "Powered by GoDaddy", "Chia sẻ bài viết", "Bài đăng gần đây", "Xem tất cả", "Quay lại Blog", "Đăng nhập",
        "Giới thiệu", "Liên hệ"]
CATS = ["Thông báo", "Hoạt động", "Kiến thức", "Số liệu"]


def gd_slug(title: str) -> str:
    t = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if not unicodedata.combining(c)).lower()
    t = re.sub(r"[^a-z0-9 -]", "", t)
    return t.strip().replace(" ", "-")


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def uuid(text: str) -> str:
    x = hashlib.md5(text.encode()).hexdigest()
    return f"{x[:8]}-{x[8:12]}-{x[12:16]}-{x[16:20]}-{x[20:32]}"


def shown(d: datetime) -> str:
    """The server renders `toLocaleDateString('vi-VN', {day, month: 'short', year})` in UTC."""
    u = d - UTC
    return f"{u.day} thg {u.month}, {u.year}"


def xcls(tag: str, n: int, seed: str) -> str:
    base = int(h(seed, 4), 16)
    return f"x-el x-el-{tag} " + " ".join(f"c1-{(base + i * 7) % 1296:x}" for i in range(n)) + " x-d-ux"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, cats: list[str], same_day: bool = True) -> dict:
        ev = ["metadata", "date-element", "listing"] if same_day else ["metadata"]
        return dict(date=d, published=iso(d), published_source="metadata", evidence=ev, opts={"cats": cats})

    return [
        A(path="", title="Thông báo số 06/TB-LMHTX về việc đăng ký tham gia Chương trình hỗ trợ HTX ứng dụng công "
                         "nghệ cao năm 2025",
          body="""
LIÊN MINH HTX TỈNH AN GIANG
Số: 06/TB-LMHTX
An Giang, ngày 26 tháng 5 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Chương trình hỗ trợ HTX ứng dụng công nghệ cao năm 2025
Liên minh HTX tỉnh tiếp nhận hồ sơ đăng ký của các HTX nông nghiệp có nhu cầu ứng dụng công nghệ cao trong sản xuất.
Mỗi HTX được hỗ trợ tối đa 50% chi phí đầu tư thiết bị, không quá 500 triệu đồng.
Hồ sơ gửi về Văn phòng Liên minh HTX tỉnh trước ngày 30/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH THƯỜNG TRỰC
Lê Thị Thu Hà
""", author=None, doc_number="06/TB-LMHTX",
          attachments=[{"path": f"/blobby/go/{SITE_UUID}/downloads/TB-06-LMHTX.pdf?ver=1748397600000",
                        "text": "TB-06-LMHTX.pdf"}],
          notes=["notice 'Số: 06/TB-LMHTX' dated 26/5 in its text, posted 28/05/2025 09:00 (the props' date "
                 "'2025-05-28T02:00:00.000Z', shown '28 thg 5, 2025'); the signer is text, no author; the file link "
                 "'Tải về: TB-06-LMHTX.pdf' in its own paragraph is an attachment (label dropped), not text"],
          **at(datetime(2025, 5, 28, 9, 0), ["Thông báo"])),
        A(path="", title="Ảnh: HTX Đường thốt nốt Tri Tôn vào vụ nấu đường",
          body="""
Những tháng mùa khô, các thành viên HTX Đường thốt nốt Tri Tôn (huyện Tri Tôn) tất bật leo cây lấy nước thốt nốt nấu đường.
[img thot-not-1.png] Thành viên HTX leo cây thốt nốt lấy nước vào sáng sớm
[img thot-not-2.png] Nước thốt nốt được nấu thành đường tại lò của HTX
[img thot-not-3.png] Đường thốt nốt Tri Tôn được đóng gói, dán tem truy xuất nguồn gốc
Mỗi ngày HTX sản xuất khoảng 1,5 tấn đường thốt nốt, cung ứng cho các cơ sở chế biến trong và ngoài tỉnh.
""", byline="Bài và ảnh: Châu Thị Mỹ Tiên", author="Châu Thị Mỹ Tiên",
          notes=["photo story: each photo a <p><img>, its caption the next centred <p><em> (one line each); 'Bài và "
                 "ảnh: Châu Thị Mỹ Tiên' closes it -> author"],
          **at(datetime(2025, 5, 16, 14, 30), ["Hoạt động"])),
        A(path="", title="Tình hình hoạt động của HTX nông nghiệp An Giang quý I năm 2025",
          body="""
Quý I/2025, các HTX nông nghiệp trong tỉnh duy trì hoạt động ổn định, doanh thu tăng so với cùng kỳ.
| Lĩnh vực | Số HTX | Doanh thu quý I (tỷ đồng) | So cùng kỳ (%) |
| Trồng lúa | 168 | 212,6 | 106,4 |
| Thủy sản | 24 | 58,3 | 109,2 |
| Rau màu, cây ăn trái | 41 | 37,9 | 104,7 |
| Dịch vụ tổng hợp | 57 | 96,1 | 103,5 |
Các HTX tiếp tục mở rộng liên kết tiêu thụ lúa với doanh nghiệp trong vụ hè thu năm 2025.
""", author=None,
          notes=["a table pasted into the post (thead th, tbody td): one line per row; no byline, <meta name='author'> "
                 "is the business name: author null"],
          **at(datetime(2025, 4, 23, 10, 15), ["Số liệu"])),
        A(path="", title="HTX chuyển đổi mô hình lúa - cá: những điều cần lưu ý",
          body="""
Mô hình lúa - cá giúp HTX tăng thu nhập trên cùng diện tích và giảm sử dụng thuốc bảo vệ thực vật.
## Những điều cần lưu ý
* Đắp bờ bao chắc chắn, đào mương quanh ruộng sâu từ 1 đến 1,2 m;
* Chọn giống cá rô phi, cá chép, cá mè phù hợp với điều kiện ruộng;
* Hạn chế phun thuốc trừ sâu, ưu tiên biện pháp sinh học;
* Theo dõi mực nước thường xuyên trong mùa mưa.
HTX nên thống nhất lịch thời vụ giữa các thành viên để thuận lợi cho việc quản lý nước.
""", byline="Nguyễn Văn Tài - Chi cục Trồng trọt và Bảo vệ thực vật", author="Nguyễn Văn Tài",
          notes=["an <h4> and a bulleted list; the title's ' - ' gives the slug '…lua---ca…' (the builder keeps every "
                 "hyphen); 'Nguyễn Văn Tài - Chi cục Trồng trọt và Bảo vệ thực vật' closes it -> Nguyễn Văn Tài"],
          **at(datetime(2025, 4, 8, 8, 0), ["Kiến thức"])),
        A(path="", title="HTX Nông nghiệp Mỹ Phú Đông ký kết tiêu thụ lúa Nhật với doanh nghiệp",
          body="""
HTX Nông nghiệp Mỹ Phú Đông (huyện Thoại Sơn) vừa ký hợp đồng tiêu thụ 300 ha lúa Nhật vụ hè thu với một doanh nghiệp xuất khẩu gạo.
Doanh nghiệp cam kết thu mua lúa tươi tại ruộng với giá cao hơn lúa thường từ 800 đến 1.000 đồng/kg.
HTX hướng dẫn thành viên sản xuất theo quy trình giảm phát thải, ghi chép nhật ký đồng ruộng đầy đủ.
""", byline="Theo Báo An Giang", author=None,
          notes=["'Theo Báo An Giang' closes the text: a reprint, no author"],
          **at(datetime(2025, 3, 27, 15, 20), ["Hoạt động"])),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Tân Long",
          body="""
Chiều 11/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Tân Long (huyện Chợ Mới).
HTX hiện cung ứng dịch vụ bơm tưới, làm đất và thu hoạch cho 620 hộ thành viên trên diện tích 1.100 ha.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng kho chứa lúa và tiếp cận vốn vay từ Quỹ hỗ trợ phát triển HTX.
""", author=None,
          notes=["posted at 00:35 on 12 March about the afternoon before ('Chiều 11/3'): the server renders the date in "
                 "UTC, '11 thg 3, 2025' on the post, the blog page and the archive; the bootstrap props say "
                 "'2025-03-11T17:35:00.000Z', the RSS 'Tue, 11 Mar 2025 17:35:00 GMT'; published 2025-03-12 00:35; "
                 "no byline: author null"],
          **at(datetime(2025, 3, 12, 0, 35), ["Hoạt động"], same_day=False)),
        A(path="", title="Sản phẩm khô cá lóc của HTX Thủy sản Vĩnh Trạch đạt OCOP 4 sao",
          body="""
Sản phẩm khô cá lóc của HTX Thủy sản Vĩnh Trạch (huyện Thoại Sơn) vừa được UBND tỉnh công nhận đạt OCOP 4 sao.
HTX hiện có 45 thành viên, mỗi năm chế biến khoảng 30 tấn khô cá lóc và khô cá tra phồng.
Sản phẩm của HTX đã có mặt tại các siêu thị ở TP Hồ Chí Minh và trên sàn thương mại điện tử.
""", byline="Phan Thanh Trúc", author="Phan Thanh Trúc",
          notes=["on /blog?page=2 (and its category, archive month); the bare name 'Phan Thanh Trúc' closes it: the "
                 "author"],
          **at(datetime(2025, 2, 19, 9, 45), ["Hoạt động"])),
        A(path="", title="Liên minh HTX tỉnh An Giang tổng kết công tác năm 2024",
          body="""
Ngày 27/12, Liên minh HTX tỉnh An Giang tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 35 HTX, tổ chức 14 lớp tập huấn cho 780 lượt cán bộ HTX.
""", byline="Tin, ảnh: Trịnh Minh Khoa", author="Trịnh Minh Khoa",
          notes=["the oldest post: no category; only on /blog?page=2, its archive month /blog?blogarchive=2024-12 "
                 "and the sitemap (not in the RSS, not in 'Bài đăng gần đây'); 'Tin, ảnh: Trịnh Minh Khoa' -> author"],
          **at(datetime(2024, 12, 30, 15, 10), [])),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h4>{esc(b.text)}</h4>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table><thead><tr>" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            out.append(f'<p><img src="/isteam/ip/{SITE_UUID}/{h(b.src)}.png" alt="" /></p>')
            if b.text:
                out.append(f'<p style="text-align:center"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" target="_blank" rel="noopener">Tải về: {esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "an-giang", f"Bản tin {NAME} (GoDaddy Websites + Marketing)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/blog/f.rss" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.xml" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.path = f"/blog/f/{gd_slug(a.title)}"
        a.opts["uuid"] = uuid(a.title)
    boot: list[str] = []

    def z(d: datetime) -> str:
        return f"{d - UTC:%Y-%m-%dT%H:%M:%S}.000Z"

    def cat_href(c: str) -> str:
        return f"/blog?blogcategory={quote_plus(c)}"

    def excerpt(a: RichArticle) -> str:
        text = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        return text if len(text) <= 140 else text[:140].rsplit(" ", 1)[0] + "…"

    def card(a: RichArticle, i: int) -> str:
        img = next((b.src for b in a.blocks if b.kind == "img"), None)
        pic = (f'<a data-ux="Link" href="{a.path}" class="{xcls("a", 3, "cardimg")}"><img data-ux="Image" '
               f'src="/isteam/ip/{SITE_UUID}/{h(img)}.png" alt="" class="{xcls("img", 4, "img")}" /></a>') if img else ""
        return (f'<div data-ux="GridCell" data-aid="BLOG_POST_CARD_{i}" class="{xcls("div", 5, "cell")}">{pic}'
                f'<h4 data-ux="HeadingMinor" data-aid="BLOG_POST_TITLE_{i}" class="{xcls("h4", 6, "h4")}"><a '
                f'data-ux="Link" href="{a.path}" class="{xcls("a", 3, "a")}">{esc(a.title)}</a></h4>'
                f'<p data-ux="Details" data-aid="BLOG_POST_DATE_{i}" class="{xcls("p", 4, "details")}">{shown(a.date)}'
                f'</p><p data-ux="Text" data-aid="BLOG_POST_EXCERPT_{i}" class="{xcls("p", 5, "text")}">'
                f'{esc(excerpt(a))}</p><a data-ux="Link" data-aid="BLOG_POST_READ_MORE_{i}" href="{a.path}" '
                f'class="{xcls("a", 3, "more")}">Đọc thêm</a></div>')

    def months() -> list[str]:
        return list(dict.fromkeys(f"{a.date - UTC:%Y-%m}" for a in arts))

    def sidebar() -> str:
        cats = "".join(f'<li><a data-ux="Link" href="{cat_href(c)}" class="{xcls("a", 3, "cat")}">{esc(c)}</a></li>'
                       for c in CATS)
        arch = "".join(f'<li><a data-ux="Link" href="/blog?blogarchive={m}" class="{xcls("a", 3, "arch")}">Tháng '
                       f'{int(m[5:])} {m[:4]}</a></li>' for m in months())
        return (f'<div data-ux="Block" data-aid="BLOG_SIDEBAR" class="{xcls("div", 4, "side")}"><h4 data-ux="HeadingMinor"'
                f' class="{xcls("h4", 4, "sh")}">Danh mục</h4><ul data-ux="List">{cats}</ul><h4 data-ux="HeadingMinor" '
                f'class="{xcls("h4", 4, "sh")}">Lưu trữ</h4><ul data-ux="List">{arch}</ul></div>')

    def blog_section(inner: str) -> str:
        return (f'<div data-ux="Widget" role="region" id="{uuid("blog")}" class="{xcls("div", 4, "widget")}"><div>'
                f'<section data-ux="Section" data-aid="BLOG_SECTION_RENDERED" class="{xcls("section", 6, "sec")}">'
                f'<div data-ux="Container" class="{xcls("div", 5, "cont")}"><h1 data-ux="SectionHeading" '
                f'data-aid="BLOG_SECTION_TITLE_REND" data-promoted-from="2" data-order="0" '
                f'class="{xcls("h1", 8, "h1")}"><span>{esc(BLOG_TITLE)}</span></h1><div data-ux="ContentText" '
                f'data-aid="BLOG_SECTION_DESCRIPTION_REND" class="{xcls("div", 4, "desc")}"><p>{esc(BLOG_DESC)}</p>'
                f'</div>{inner}</div></section></div></div>')

    def layout(title: str, desc: str, url: str, main: str, props: dict) -> str:
        nav = "".join(f'<li><a data-ux="NavLink" href="{href}" class="{xcls("a", 5, "nav")}">{esc(t)}</a></li>'
                      for t, href in [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/blog"),
                                      ("Liên hệ", "/lien-he")])
        n = len(boot) + 1
        boot.append(n)  # numbering of the bootstrap elements, for realism
        props_js = json.dumps({"elId": f"bs-{n}", "componentName": "~/c/bs-Blog", "props": props,
                               "context": {"locale": "vi-VN", "market": "vi-VN", "websiteId": SITE_UUID}},
                              ensure_ascii=False)
        return f"""<!DOCTYPE html><html lang="vi-VN"><head><meta charSet="utf-8"/><meta http-equiv="X-UA-Compatible" content="IE=edge"/><meta name="viewport" content="width=device-width, initial-scale=1"/><title>{esc(title)}</title><meta name="author" content="{attr(NAME)}"/><meta name="generator" content="Starfield Technologies; Go Daddy Website Builder 8.0.0000"/><link rel="manifest" href="/manifest.webmanifest"/><link rel="apple-touch-icon" sizes="57x57" href="{{{{base:offsite}}}}/wsimg/isteam/ip/static/pwa-app/logo-default.png/:/rs=w:57,h:57,m"/><meta property="og:url" content="{{{{base}}}}{url}"/><meta property="og:site_name" content="{attr(NAME)}"/><meta property="og:title" content="{attr(title)}"/><meta property="og:description" content="{attr(desc)}"/><meta property="og:type" content="website"/><meta property="og:locale" content="vi_VN"/><meta name="twitter:card" content="summary"/><meta name="description" content="{attr(desc)}"/><script type="text/javascript" src="{{{{base:offsite}}}}/wsimg/poly/v3/polyfill.min.js?unknown=polyfill&amp;flags=gated&amp;features=default"></script><script type="text/javascript">"undefined"===typeof _trfq&&(window._trfq=[]);"undefined"==typeof _trfd&&(window._trfd=[]);</script><style data-glamor="cxs-default-sheet">.x{{-ms-text-size-adjust:100%;-webkit-text-size-adjust:100%;-webkit-tap-highlight-color:rgba(0,0,0,0)}}.x *,.x :after,.x :before{{box-sizing:inherit}}.x-el a[href^="mailto:"]:not(.x-el),.x-el a[href^="tel:"]:not(.x-el){{color:inherit;font-size:inherit;text-decoration:inherit}}</style></head>
<body class="x  x-fonts-montserrat"><div id="layout-{uuid('layout')}" class="layout layout-layout layout-layout-layout-13 locale-vi-VN lang-vi"><div data-ux="Page" id="page-{h('page', 5)}" class="{xcls("div", 4, "page")}"><div data-ux="Block" class="{xcls("div", 3, "pb")}"><div data-ux="Block" class="{xcls("div", 3, "pb2")}">
<div id="{uuid('header')}" class="widget widget-header widget-header-header-9"><div data-ux="Header" role="main" data-aid="HEADER_WIDGET" class="{xcls("div", 5, "hdr")}"><div data-ux="Block" class="{xcls("div", 3, "hb")}"><h3 role="heading" aria-level="3" data-ux="LogoHeading" data-aid="HEADER_LOGO_TEXT_RENDERED" class="{xcls("h3", 6, "logo")}"><a data-ux="Link" href="/" class="{xcls("a", 3, "logoa")}">{esc(NAME)}</a></h3><nav data-ux="Nav" data-aid="HEADER_NAV_RENDERED" role="navigation" class="{xcls("nav", 4, "navb")}"><ul data-ux="List" class="{xcls("ul", 3, "navul")}">{nav}</ul></nav><a data-ux="NavLink" data-aid="MEMBERSHIP_SSO_LOGIN" href="/m/login" class="{xcls("a", 4, "login")}">Đăng nhập</a></div></div></div>
{main}
<div id="{uuid('subscribe')}" class="widget widget-subscribe widget-subscribe-subscribe-2"><section data-ux="Section" data-aid="SUBSCRIBE_SECTION" class="{xcls("section", 4, "subs")}"><h2 data-ux="SectionHeading" data-aid="SUBSCRIBE_TITLE_RENDERED" class="{xcls("h2", 6, "subh")}">{esc(SUB1)}</h2><p data-ux="Text" data-aid="SUBSCRIBE_DESCRIPTION_RENDERED" class="{xcls("p", 4, "subp")}">{esc(SUB2)}</p><form data-ux="Form" data-aid="SUBSCRIBE_FORM" class="{xcls("form", 3, "subf")}" action="javascript:void(0)"><input data-ux="InputFloatLabel" type="email" name="email" placeholder="Địa chỉ email" /><button data-ux="ButtonPrimary" data-aid="SUBSCRIBE_SUBMIT_BUTTON_REND" type="submit" class="{xcls("button", 5, "subb")}">Đăng ký</button></form></section></div>
<div id="{uuid('footer')}" class="widget widget-footer widget-footer-footer-3"><div data-ux="Footer" role="contentinfo" data-aid="FOOTER_SECTION_RENDERED" class="{xcls("div", 5, "ftr")}"><p data-ux="FooterText" data-aid="FOOTER_ADDRESS_RENDERED" class="{xcls("p", 3, "fa")}">{esc(ADDRESS)}</p><p data-ux="FooterText" data-aid="FOOTER_PHONE_RENDERED" class="{xcls("p", 3, "fp")}"><a data-ux="Link" href="tel:02963852614">{esc(PHONE)}</a></p><p data-ux="FooterText" data-aid="FOOTER_COPYRIGHT_RENDERED" class="{xcls("p", 3, "fc")}">{esc(COPY)}</p><p data-ux="FooterText" data-aid="FOOTER_POWERED_BY_RENDERED" class="{xcls("p", 3, "fpw")}"><a data-ux="Link" href="{{{{base:offsite}}}}/godaddy/websites/website-builder?isc=pwugc" target="_blank" rel="nofollow noopener">Powered by GoDaddy</a></p></div></div>
<div id="{uuid('cookie')}" class="widget widget-cookie-banner"><div data-ux="Block" data-aid="COOKIE_BANNER" role="dialog" class="{xcls("div", 5, "ck")}"><p data-ux="Text" data-aid="COOKIE_BANNER_TITLE" class="{xcls("p", 3, "ckt")}"><strong>{esc(COOKIE1)}</strong></p><p data-ux="Text" data-aid="COOKIE_BANNER_TEXT" class="{xcls("p", 3, "ckx")}">{esc(COOKIE2)}</p><a data-ux="ButtonPrimary" data-aid="CONSENT_ACCEPT" href="javascript:void(0)" class="{xcls("a", 4, "cka")}">Chấp nhận</a></div></div>
</div></div></div></div>
<script type="text/javascript" src="{{{{base:offsite}}}}/wsimg/ceph-p3-01/website-builder-data-prod/static/widgets/UX.4.41.3.js" crossorigin></script>
<script type="text/javascript">window.cxs && window.cxs.setOptions({{ prefix: "c2-" }});</script>
<script type="text/javascript">Core.utils.renderBootstrap({props_js});</script>
</body></html>
"""

    recent = arts[:3]
    for a in arts:
        cats = "".join(f'<a data-ux="Link" href="{cat_href(c)}" class="{xcls("a", 3, "pc")}">{esc(c)}</a>'
                       for c in a.opts["cats"])
        rel = [x for x in recent if x is not a][:3]
        if len(rel) < 3:
            rel.append(arts[3])
        share = "".join(f'<a data-ux="Link" href="{{{{base:offsite}}}}/{net}/share?u={{{{base}}}}{a.path}" '
                        f'target="_blank" rel="noopener" aria-label="{net}" class="{xcls("a", 3, net)}"><svg '
                        f'data-ux="Icon" viewBox="0 0 24 24"></svg></a>' for net in ("facebook", "twitter", "linkedin"))
        post = (f'<div data-ux="Block" data-aid="BLOG_POST_CONTAINER" class="{xcls("div", 5, "post")}">'
                f'<a data-ux="Link" data-aid="BLOG_BACK_LINK" href="/blog" class="{xcls("a", 3, "back")}">← Quay lại Blog</a>'
                f'<h3 data-ux="HeadingMajor" data-aid="BLOG_POST_TITLE_RENDERED" class="{xcls("h3", 7, "ptitle")}">'
                f'{esc(a.title)}</h3><div data-ux="Block" class="{xcls("div", 3, "meta")}"><p data-ux="Details" '
                f'data-aid="BLOG_POST_DATE_RENDERED" class="{xcls("p", 4, "pdate")}">{shown(a.date)}</p>'
                + (f'<p data-ux="Details" data-aid="BLOG_POST_CATEGORIES_RENDERED" class="{xcls("p", 3, "pcat")}">{cats}'
                   "</p>" if cats else "")
                + f'</div><div data-ux="BlogContent" data-aid="BLOG_POST_CONTENT" class="{xcls("div", 6, "content")}">'
                f'{body_html(a)}</div><div data-ux="Block" data-aid="BLOG_POST_SHARE" class="{xcls("div", 4, "share")}">'
                f'<p data-ux="Text" class="{xcls("p", 3, "sharet")}">Chia sẻ bài viết</p>{share}</div></div>'
                f'<div data-ux="Block" data-aid="BLOG_RECENT_POSTS" class="{xcls("div", 4, "recent")}"><h4 '
                f'data-ux="HeadingMinor" class="{xcls("h4", 5, "rh")}">Bài đăng gần đây</h4><div data-ux="Grid">'
                + "".join(card(x, i) for i, x in enumerate(rel)) + f'</div><a data-ux="Link" href="/blog" '
                f'class="{xcls("a", 3, "all")}">Xem tất cả</a></div>')
        props = {"post": {"id": a.opts["uuid"], "title": a.title, "slug": gd_slug(a.title), "date": z(a.date),
                          "categories": a.opts["cats"], "featured": bool(next((b for b in a.blocks if b.kind == "img"),
                                                                              None))},
                 "sectionTitle": BLOG_TITLE}
        site.page(a.path, layout(a.title, excerpt(a), a.path, blog_section(post), props))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/isteam/ip/{SITE_UUID}/{h(b.src)}.png", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"].split("?")[0], pdf(a.title, ["LIEN MINH HTX TINH AN GIANG", "THONG BAO SO 06/TB-LMHTX"]))
        site.add_article(a)
    site.trap("a post page's only <h1> is the Blog section's heading 'Tin tức - Sự kiện' with the section's description "
              "under it (on every post); the title is h3[data-aid=BLOG_POST_TITLE_RENDERED]", arts[1].path)

    def listing(path: str, items: list[RichArticle], header: str, pager: str, props: dict) -> None:
        inner = (f'<div data-ux="Grid" class="{xcls("div", 4, "grid")}"><div data-ux="GridCell">'
                 f'{"".join(card(a, i) for i, a in enumerate(items))}{pager}</div>{sidebar()}</div>')
        site.page(path, layout(f"{header} | {NAME}", BLOG_DESC, path, blog_section(inner), props),
                  content_type="text/html; charset=utf-8")
        site.non_articles.append(path)

    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        prv = (f'<a data-ux="Link" data-aid="BLOG_PAGINATION_PREV" href="{"/blog" if n == 2 else f"/blog?page={n - 1}"}">'
               "« Trang trước</a>") if n > 1 else ""
        nxt = (f'<a data-ux="Link" data-aid="BLOG_PAGINATION_NEXT" href="/blog?page={n + 1}">Trang tiếp »</a>'
               if n < len(pages) else "")
        pager = f'<div data-ux="Block" data-aid="BLOG_PAGINATION" class="{xcls("div", 3, "pg")}">{prv} {nxt}</div>'
        listing("/blog" if n == 1 else f"/blog?page={n}", chunk, "Tin tức", pager,
                {"posts": [{"id": a.opts["uuid"], "slug": gd_slug(a.title), "date": z(a.date)} for a in chunk],
                 "page": n})
    site.trap("the blog page /blog: 6 cards a page (h4 title, the UTC-rendered date, excerpt, 'Đọc thêm'), "
              "'Trang tiếp »' to /blog?page=2 (the two oldest)", "/blog?page=2")
    for c in CATS:
        items = [a for a in arts if c in a.opts["cats"]]
        listing(cat_href(c), items, c, "", {"category": c, "posts": [a.opts["uuid"] for a in items]})
    for m in months():
        items = [a for a in arts if f"{a.date - UTC:%Y-%m}" == m]
        listing(f"/blog?blogarchive={m}", items, f"Lưu trữ {m}", "", {"archive": m, "posts": [a.opts["uuid"] for a in items]})
    site.trap("categories /blog?blogcategory=<name> and the archive /blog?blogarchive=<yyyy-mm> (months in UTC: the "
              "post of 00:35 on 12 March sits in 2025-03 either way): lists", "/blog?blogcategory=Ho%E1%BA%A1t+%C4%91%E1%BB%99ng")

    home = (f'<div id="{uuid("hero")}" class="widget widget-header"><section data-ux="Section" data-aid="HERO_SECTION" '
            f'class="{xcls("section", 4, "hero")}"><h2 data-ux="HeroHeading" data-aid="HEADER_TAGLINE_RENDERED" '
            f'class="{xcls("h2", 6, "herh")}">Đồng hành cùng kinh tế tập thể An Giang</h2><a data-ux="ButtonPrimary" '
            f'href="/lien-he" class="{xcls("a", 4, "herb")}">Liên hệ với chúng tôi</a></section></div>'
            f'<div id="{uuid("homeblog")}" class="widget widget-blog widget-blog-blog-2"><section data-ux="Section" '
            f'class="{xcls("section", 4, "hb")}"><h2 data-ux="SectionHeading" class="{xcls("h2", 6, "hbh")}">Tin mới'
            f'</h2><div data-ux="Grid">' + "".join(card(a, i) for i, a in enumerate(recent))
            + f'</div><a data-ux="Link" href="/blog" class="{xcls("a", 3, "hball")}">Xem tất cả</a></section></div>')
    site.page("/", layout(NAME, "Liên minh Hợp tác xã tỉnh An Giang", "/", home, {"home": True}))
    about = (f'<section data-ux="Section" class="{xcls("section", 4, "ab")}"><h1 data-ux="SectionHeading" '
             f'class="{xcls("h1", 6, "abh")}">Giới thiệu</h1><p data-ux="Text">Liên minh Hợp tác xã tỉnh An Giang là tổ '
             'chức chính trị - xã hội, đại diện và bảo vệ quyền lợi hợp pháp của các HTX, tổ hợp tác trên địa bàn '
             'tỉnh.</p></section>')
    site.page("/gioi-thieu", layout(f"Giới thiệu | {NAME}", "Giới thiệu Liên minh HTX tỉnh An Giang", "/gioi-thieu",
                                    about, {"page": "about"}))
    contact = (f'<section data-ux="Section" data-aid="CONTACT_SECTION" class="{xcls("section", 4, "ct")}"><h1 '
               f'data-ux="SectionHeading" class="{xcls("h1", 6, "cth")}">Liên hệ</h1><form data-ux="Form" '
               'data-aid="CONTACT_FORM_CONTAINER_REND" action="javascript:void(0)"><input data-ux="InputFloatLabel" '
               'name="name" placeholder="Họ và tên" /><input data-ux="InputFloatLabel" type="email" name="email" '
               'placeholder="Email*" /><textarea data-ux="InputTextArea" name="message" placeholder="Tin nhắn">'
               '</textarea><button data-ux="ButtonPrimary" data-aid="CONTACT_SUBMIT_BUTTON_REND" type="submit">Gửi'
               '</button></form></section>')
    site.page("/lien-he", layout(f"Liên hệ | {NAME}", "Liên hệ Liên minh HTX tỉnh An Giang", "/lien-he", contact,
                                 {"page": "contact"}))
    site.non_articles += ["/", "/gioi-thieu", "/lien-he"]
    site.trap("home: a hero, the blog widget's 3 newest ('Tin mới'), the subscribe form; /gioi-thieu and /lien-he "
              "(the contact form): pages", "/")
    site.page("/m/login", layout(f"Đăng nhập | {NAME}", "", "/m/login", '<form data-ux="Form"><input name="email" />'
                                 '<input type="password" name="password" /></form>', {"page": "login"}))
    site.never_fetched.append("/m/login")
    site.static("/robots.txt", "User-agent: *\nDisallow: /m/\nDisallow: /ols/\n\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("robots.txt disallows /m/ (the membership area): the header's 'Đăng nhập' /m/login is never fetched",
              "/m/login")
    site.static("/manifest.webmanifest", json.dumps({"name": NAME, "short_name": "LMHTX An Giang", "lang": "vi-VN",
                                                     "start_url": "/", "display": "standalone"}, ensure_ascii=False))
    feed = arts[:PER]
    items = "".join(
        f"<item><title><![CDATA[{a.title}]]></title><link>{{{{base}}}}{a.path}</link><guid isPermaLink=\"false\">"
        f"{a.opts['uuid']}</guid><pubDate>{a.date - UTC:%a, %d %b %Y %H:%M:%S} GMT</pubDate><description><![CDATA["
        f"{excerpt(a)}]]></description>" + "".join(f"<category><![CDATA[{c}]]></category>" for c in a.opts["cats"])
        + "</item>" for a in feed)
    site.page("/blog/f.rss", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title><![CDATA['
              f'{BLOG_TITLE}]]></title><link>{{{{base}}}}/blog</link><description><![CDATA[{BLOG_DESC}]]></description>'
              f"<language>vi-VN</language>{items}</channel></rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /blog/f.rss (the 6 newest, the excerpt): pubDate in GMT", "/blog/f.rss")
    urls = ["/", "/gioi-thieu", "/lien-he", "/blog"] + [a.path for a in arts]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              'sitemap/0.9">' + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>" for u in urls) + "</urlset>\n",
              content_type="application/xml; charset=utf-8")
    return site
