"""Site `trangtin-htxkiengiang` (registry family `generic`): "Trang tin HTX Kiên Giang", the news site of the Kiên Giang
cooperative alliance, since 1 July 2025 kept by the representative office of the An Giang alliance in Rạch Giá (Kiên
Giang merged into An Giang), built on **LadiPage** (the Vietnamese landing-page builder) with its blog feature: the
posts are pages of one post template, the list and category pages carry a post collection. Written as a held-out
test: no family module, no selectors.

URL shapes: posts `/tin-tuc/<slug>` (no diacritics, no extension), the list `/tin-tuc` and `/tin-tuc?page=2`,
categories `/danh-muc/<slug>`, landing pages `/`, `/gioi-thieu`, `/lien-he`, `/dang-ky-hoi-vien`; `sitemap.xml`
lists every page; images on the builder's CDN (an outside host).

What the pages are like: every page is `div.ladi-wraper` of `div.ladi-section` blocks (`#SECTION_HEADER`, `#SECTION3`,
…, `#SECTION_FOOTER`, `#SECTION_POPUP`), each a `div.ladi-container` of absolutely positioned `div.ladi-element`s
whose ids are the editor's counters (`#HEADLINE21`, `#PARAGRAPH22`, `#IMAGE7`, `#BUTTON9`, `#FORM4`, `#BOX2`,
`#GROUP5`), placed by the `<style id="style_element">` rules. On a post the title is `h1.ladi-headline` in one
element, the line "Ngày đăng: 18/03/2026 08:30 | Chuyên mục: …" a `div.ladi-paragraph` of another, the post's own HTML
(paragraphs, `<h3>`, lists, images with a caption paragraph, tables) in the post-content element; a byline closes
it when the post has one. Around it: the header (logo, `div.ladi-menu`, a hotline), "Bài viết liên quan" (a
`div.ladi-collection` of items, their headlines linked, their "Xem chi tiết" buttons linked only through
`script_event_data`), a newsletter `div.ladi-form`, the footer, a popup and the floating Zalo/phone buttons. No date
in the head (og tags only). Pages of 2025 before the merger name the Kiên Giang alliance, later ones the office.
"""

from __future__ import annotations

import json
import re
import unicodedata
from datetime import datetime

from .core import SiteBuild, attr, esc, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "trangtin-htxkiengiang"
NAME = "Trang tin HTX Kiên Giang"
HTML = "text/html; charset=utf-8"
STORE = "5f8d2a41c3b7e90012ab44c1"
CDN = "{{base:offsite}}/ladicdn"
HOTLINE = "Hotline: 0297.3862.419"
ADDRESS = "Địa chỉ: 16 Nguyễn Công Trứ, phường Rạch Giá, tỉnh An Giang"
OWNER = "Văn phòng đại diện Liên minh HTX tỉnh An Giang tại Kiên Giang"
COPY = "Bản quyền © 2026 Trang tin HTX Kiên Giang. Thiết kế bởi LadiPage"
NEWSLETTER = "Đăng ký nhận bản tin HTX hằng tuần"
POPUP = "Cảm ơn bạn đã đăng ký! Chúng tôi sẽ gửi bản tin mới nhất qua email."
CATS = {"hoat-dong-lien-minh": "Hoạt động Liên minh", "guong-htx": "Gương HTX", "van-ban": "Văn bản - Thông báo"}
CHROME = [HOTLINE, ADDRESS, COPY, NEWSLETTER, POPUP, "Bài viết liên quan", "Xem chi tiết", "Gửi đăng ký",
          "Chat Zalo", "Gọi ngay", "Ngày đăng:", "Chuyên mục:", "Trang chủ", "Liên hệ", "Email: lmhtxkg@gmail.com"]


def slug(text: str) -> str:
    s = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Các HTX tôm - lúa ở U Minh Thượng liên kết tiêu thụ vụ 2026",
          body="""
Ngày 17/3, Văn phòng đại diện Liên minh HTX tỉnh An Giang tại Kiên Giang tổ chức buổi kết nối giữa 9 HTX tôm - lúa ở U Minh Thượng, An Biên với 3 doanh nghiệp thu mua.
[img ket-noi-tom-lua.jpg] Đại diện HTX và doanh nghiệp trao đổi tại buổi kết nối
Các bên thống nhất bao tiêu 1.800 tấn lúa thơm và 420 tấn tôm càng xanh, giá sàn do hai bên thỏa thuận trước vụ.
## Đề xuất của các HTX
Các HTX đề nghị hỗ trợ vốn vay mua máy sấy lúa và xây dựng ao lắng xử lý nước.
""", byline="Thu Hằng", author="Thu Hằng",
          opts={"cat": "hoat-dong-lien-minh"},
          notes=["post /tin-tuc/<slug>: h1.ladi-headline in #HEADLINE21, 'Ngày đăng: 18/03/2026 08:30 | Chuyên mục: …' in the "
                 "#PARAGRAPH22 element (no date in the head), the text in the post-content element (an <h3>, an image with an "
                 "italic caption paragraph); the closing 'Thu Hằng' -> author"],
          **at(datetime(2026, 3, 18, 8, 30))),
        A(path="", title="Thông báo số 06/TB-VPĐD về hội nghị tập huấn Luật HTX năm 2023",
          body="""
LIÊN MINH HTX TỈNH AN GIANG
VĂN PHÒNG ĐẠI DIỆN TẠI KIÊN GIANG
Số: 06/TB-VPĐD
Rạch Giá, ngày 09 tháng 3 năm 2026
THÔNG BÁO
Về việc tổ chức hội nghị tập huấn Luật HTX năm 2023 và các văn bản hướng dẫn
Văn phòng đại diện tổ chức hội nghị tập huấn cho cán bộ quản lý HTX khu vực Kiên Giang.
* Thời gian: 7 giờ 30 ngày 25/3/2026;
* Địa điểm: Hội trường Văn phòng đại diện, 16 Nguyễn Công Trứ, phường Rạch Giá.
Đề nghị các HTX cử đại diện tham dự đầy đủ.
TRƯỞNG VĂN PHÒNG
Danh Thị Sa Ri
""", author=None, doc_number="06/TB-VPĐD",
          attachments=[{"path": "/files/tb-06-vpdd-2026.pdf", "text": "Tải thông báo (PDF)"}],
          opts={"cat": "van-ban"},
          notes=["notice 'Số: 06/TB-VPĐD' dated 09/3 in the text, posted 10/03/2026; the signer ends it, author null; the "
                 "'Tải thông báo (PDF)' link after it: an attachment, not text"],
          **at(datetime(2026, 3, 10, 14, 0))),
        A(path="", title="HTX Hồ tiêu Phú Quốc giữ thương hiệu tiêu sạch",
          body="""
Với 46 thành viên và 62 ha tiêu canh tác hữu cơ, HTX Hồ tiêu Phú Quốc là một trong những HTX tiêu biểu của đặc khu.
[img tieu-phu-quoc.jpg] Thành viên HTX thu hoạch tiêu chín đỏ
Sản phẩm tiêu đỏ, tiêu sọ của HTX đạt OCOP 4 sao và được bán tại các điểm du lịch trên đảo.
Năm 2025, doanh thu của HTX đạt hơn 9 tỷ đồng, thu nhập của thành viên tăng 15%.
""", byline="Bài, ảnh: Lâm Chí Công", author="Lâm Chí Công",
          opts={"cat": "guong-htx"},
          notes=["a profile in 'Gương HTX'; 'Bài, ảnh: Lâm Chí Công' closes the text -> author"],
          **at(datetime(2026, 2, 24, 9, 15))),
        A(path="", title="Sản phẩm OCOP của các HTX khu vực Kiên Giang năm 2025",
          body="""
Năm 2025, các HTX khu vực Kiên Giang có 38 sản phẩm được công nhận OCOP.
| Nhóm sản phẩm | 3 sao | 4 sao |
| Nước mắm, hải sản khô | 11 | 6 |
| Hồ tiêu, khóm | 7 | 3 |
| Gạo, nông sản | 8 | 3 |
Văn phòng đại diện tiếp tục hỗ trợ các HTX nâng hạng sản phẩm trong năm 2026.
""", author=None,
          opts={"cat": "hoat-dong-lien-minh"},
          notes=["a table (one line per row) in the post content; no byline: author null"],
          **at(datetime(2026, 1, 29, 16, 40))),
        A(path="", title="Hình ảnh: Hội chợ nông sản HTX chào Xuân Bính Ngọ",
          body="""
[img hoi-cho-xuan-1.jpg] Gian hàng nước mắm Phú Quốc của HTX Hưng Thịnh
[img hoi-cho-xuan-2.jpg] Khóm Tắc Cậu của HTX Châu Thành thu hút khách
[img hoi-cho-xuan-3.jpg] Lãnh đạo Văn phòng đại diện thăm gian hàng các HTX
""", byline="Ảnh: Minh Khang", author="Minh Khang",
          opts={"cat": "hoat-dong-lien-minh"},
          notes=["photo story: three images each with its caption paragraph: one line per caption; 'Ảnh: Minh Khang' -> author"],
          **at(datetime(2026, 1, 20, 10, 0))),
        A(path="", title="Tập huấn chuyển đổi số cho HTX ở Hòn Đất",
          body="""
Trong hai ngày 4 và 5/12, 40 cán bộ HTX ở Hòn Đất, Kiên Lương được tập huấn về chuyển đổi số.
Nội dung tập huấn gồm:
* Bán hàng trên sàn thương mại điện tử và mạng xã hội;
* Quản lý thành viên, kế toán bằng phần mềm;
* Truy xuất nguồn gốc sản phẩm bằng mã QR.
""", byline="Văn phòng đại diện", author=None,
          opts={"cat": "hoat-dong-lien-minh"},
          notes=["a list after 'Nội dung gồm:'; signed 'Văn phòng đại diện' (the office): author null; only on /tin-tuc?page=2 "
                 "and its category"],
          **at(datetime(2025, 12, 8, 15, 30))),
        A(path="", title="Liên minh HTX tỉnh Kiên Giang trao quà cho HTX bị ảnh hưởng triều cường",
          body="""
Ngày 20/5, Liên minh HTX tỉnh Kiên Giang trao 30 phần quà cho thành viên các HTX ở An Minh bị thiệt hại do triều cường.
Mỗi phần quà gồm 10 kg gạo, nhu yếu phẩm và 500.000 đồng tiền mặt.
""", byline="Thanh Tâm", author="Thanh Tâm",
          opts={"cat": "hoat-dong-lien-minh"},
          notes=["a post of May 2025, before the merger (the province's own alliance); short: two paragraphs; 'Thanh Tâm' -> author"],
          **at(datetime(2025, 5, 21, 7, 45))),
        A(path="", title="HTX Nước mắm Hưng Thịnh mở rộng thị trường",
          body="""
HTX Nước mắm Hưng Thịnh ở Phú Quốc vừa ký hợp đồng đưa sản phẩm vào hệ thống siêu thị ở TP. Hồ Chí Minh.
[img nuoc-mam-hung-thinh.jpg] Nhà thùng ủ chượp của HTX
HTX hiện có 120 thùng gỗ ủ chượp, sản lượng mỗi năm khoảng 300.000 lít nước mắm.
""", byline="Theo Báo Kiên Giang", author=None,
          opts={"cat": "guong-htx"},
          notes=["'Theo Báo Kiên Giang' names a newspaper: text, author null; April 2025"],
          **at(datetime(2025, 4, 14, 11, 20))),
    ]


class Page:
    """One LadiPage page: elements, their positions, the event data of the buttons."""

    def __init__(self) -> None:
        self.n = 0
        self.css: list[str] = []
        self.events: dict = {}

    def el(self, kind: str, inner: str, top: int, left: int, width: int, height: int | None = None, *, link: str | None = None) -> str:
        self.n += 1
        eid = f"{kind}{self.n}"
        h = f"height:{height}px;" if height else ""
        self.css.append(f"#{eid}{{width:{width}px;top:{top}px;left:{left}px;{h}}}")
        if link and kind == "BUTTON":
            self.events[eid] = {"type": "button", "option.data_event": [{"type": "link", "action": link, "target": "_self", "action_type": "action"}]}
        return f'<div id="{eid}" class="ladi-element">{inner}</div>'

    def section(self, sid: str, height: int, inner: str) -> str:
        self.css.append(f"#{sid}{{height:{height}px;}}")
        return f'<div id="{sid}" class="ladi-section"><div class="ladi-section-background"></div><div class="ladi-container">{inner}</div></div>'


def render(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="{CDN}/s800x600/{STORE}/{b.src}" alt="{attr(b.text)}"></p>'
                       f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="width: 100%; border-collapse: collapse;" border="1"><tbody>'
                       + "<tr>" + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "</tr>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows) + "</tbody></table>")
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "kien-giang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += CHROME
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = slug(a.title)
        a.path = f"/tin-tuc/{a.opts['slug']}"

    def thumb(a: RichArticle) -> str:
        return f"{CDN}/s400x300/{STORE}/{a.first_image() or 'thumb-' + a.opts['slug'] + '.jpg'}"

    def document(title: str, pg: Page, sections: str, *, desc: str, path: str, image: str = f"{CDN}/s1200x630/{STORE}/og-trang-tin.jpg",
                 keywords: str = "hợp tác xã, Kiên Giang, An Giang, liên minh HTX") -> str:
        menu = "".join(f'<div class="ladi-menu-item"><a href="{h}">{t}</a></div>' for t, h in
                       [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/tin-tuc"), ("Văn bản", "/danh-muc/van-ban"),
                        ("Liên hệ", "/lien-he")])
        header = pg.section("SECTION_HEADER", 90,
                            pg.el("IMAGE", f'<a href="/"><div class="ladi-image"><div class="ladi-image-background"></div></div></a>', 10, 0, 70, 70)
                            + pg.el("HEADLINE", f'<h3 class="ladi-headline">{NAME}</h3>', 22, 80, 300)
                            + pg.el("MENU", f'<div class="ladi-menu">{menu}</div>', 30, 400, 480)
                            + pg.el("PARAGRAPH", f'<div class="ladi-paragraph">{HOTLINE}</div>', 32, 900, 200))
        form = pg.section("SECTION_NEWSLETTER", 220,
                          pg.el("HEADLINE", f'<h3 class="ladi-headline">{NEWSLETTER}</h3>', 20, 200, 800)
                          + pg.el("FORM", '<form autocomplete="off" method="post" class="ladi-form"><div class="ladi-form-item-container">'
                                          '<div class="ladi-form-item"><input autocomplete="off" tabindex="1" name="name" required class="ladi-form-control" '
                                          'type="text" placeholder="Họ và tên" value=""></div><div class="ladi-form-item"><input tabindex="2" name="email" '
                                          'required class="ladi-form-control" type="email" placeholder="Email" value=""></div></div>'
                                          '<div class="ladi-button"><div class="ladi-button-background"></div><div class="ladi-button-headline">'
                                          '<p class="ladi-headline">Gửi đăng ký</p></div></div></form>', 80, 250, 700, 110))
        footer = pg.section("SECTION_FOOTER", 180,
                            pg.el("PARAGRAPH", f'<div class="ladi-paragraph"><span style="font-weight: bold;">{OWNER}</span></div>', 20, 0, 600)
                            + pg.el("PARAGRAPH", f'<div class="ladi-paragraph">{ADDRESS}<br>{HOTLINE}<br>Email: lmhtxkg@gmail.com</div>', 55, 0, 600)
                            + pg.el("PARAGRAPH", f'<div class="ladi-paragraph">{COPY}</div>', 140, 0, 600))
        popup = pg.section("SECTION_POPUP", 0, pg.el("POPUP", f'<div class="ladi-popup"><div class="ladi-popup-background"></div>'
                                                              f'<div class="ladi-paragraph">{POPUP}</div></div>', 0, 0, 420, 160))
        floating = pg.section("SECTION_FLOATING", 0,
                              pg.el("BUTTON", '<div class="ladi-button"><div class="ladi-button-background"></div><div class="ladi-button-headline">'
                                              '<p class="ladi-headline">Chat Zalo</p></div></div>', 500, 1100, 90)
                              + pg.el("BUTTON", '<div class="ladi-button"><div class="ladi-button-background"></div><div class="ladi-button-headline">'
                                                '<p class="ladi-headline">Gọi ngay</p></div></div>', 560, 1100, 90))
        pg.events.update({k: v for k, v in pg.events.items()})
        css = "".join(pg.css)
        events = json.dumps(pg.events, ensure_ascii=False)
        return f"""<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(title)}</title><meta name="viewport" content="width=device-width, initial-scale=1.0, maximum-scale=1.0, user-scalable=0"><meta name="format-detection" content="telephone=no"><link rel="canonical" href="{{{{base}}}}{path}"><meta property="og:url" content="{{{{base}}}}{path}"><meta property="og:title" content="{attr(title)}"><meta property="og:type" content="website"><meta property="og:image" content="{image}"><meta property="og:description" content="{attr(desc)}"><meta name="description" content="{attr(desc)}"><meta name="keywords" content="{attr(keywords)}"><link rel="dns-prefetch"><link rel="preconnect" href="{{{{base:offsite}}}}/ladicdn/" crossorigin><link rel="shortcut icon" href="{CDN}/s32x32/{STORE}/favicon.png"><script id="script_lazyload" type="text/javascript">window.lazyload_run=function(){{}};</script><style id="style_ladi" type="text/css">a,abbr,address,article,body,div,h1,h3,p,section,span{{margin:0;padding:0}}.ladi-wraper{{width:100%;min-height:100%;overflow:hidden}}.ladi-section{{margin:0 auto;position:relative}}.ladi-container{{position:relative;width:1200px;margin:0 auto;height:100%}}.ladi-element{{position:absolute}}.ladi-paragraph{{line-height:1.6}}</style><style id="style_page" type="text/css">body{{direction:ltr}}@media (min-width:768px){{.ladi-section .ladi-container{{width:1200px}}}}@media (max-width:767px){{.ladi-section .ladi-container{{width:420px}}}}</style><style id="style_element" type="text/css">@media (min-width:768px){{{css}}}</style></head><body><svg xmlns="http://www.w3.org/2000/svg" style="width: 0px; height: 0px; position: absolute; overflow: hidden; display: none;"></svg><div class="ladi-wraper">{header}{sections}{form}{footer}{popup}{floating}</div><div id="backdrop-popup" class="backdrop-popup"></div><div id="backdrop-dropbox" class="backdrop-dropbox"></div><div id="lightbox-screen" class="lightbox-screen"></div><script id="script_event_data" type="application/json">{events}</script><script id="script_ladipage_run" type="text/javascript">(function(){{var run=function(){{if(typeof window.LadiPageScript=="undefined"||typeof window.ladi=="undefined"||window.ladi==undefined){{setTimeout(run,100);return;}}window.LadiPageApp=window.LadiPageApp||new window.LadiPageAppV2();window.LadiPageScript.runtime.ladipage_id="{STORE}";window.LadiPageScript.runtime.isMobileOnly=false;window.LadiPageScript.runtime.DOMAIN_SET_COOKIE=[];window.LadiPageScript.run(true);window.LadiPageScript.runEventScroll();}};run();}})();</script></body></html>"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def collection(pg: Page, items: list[RichArticle], top: int = 0) -> str:
        cells = ""
        for k, a in enumerate(items):
            row, col = divmod(k, 3)
            y, x = top + row * 360, col * 400
            cells += ('<div class="ladi-collection-item">'
                      + pg.el("IMAGE", f'<a href="{a.path}"><div class="ladi-image"><div class="ladi-image-background" '
                                       f'style="background-image: url(&quot;{thumb(a)}&quot;);"></div></div></a>', y, x, 370, 210)
                      + pg.el("HEADLINE", f'<h3 class="ladi-headline"><a href="{a.path}">{esc(a.title)}</a></h3>', y + 220, x, 370)
                      + pg.el("PARAGRAPH", f'<div class="ladi-paragraph">{a.date:%d/%m/%Y}</div>', y + 290, x, 370)
                      + pg.el("BUTTON", '<div class="ladi-button"><div class="ladi-button-background"></div><div class="ladi-button-headline">'
                                        '<p class="ladi-headline">Xem chi tiết</p></div></div>', y + 315, x, 140, 36, link=a.path)
                      + "</div>")
        return pg.el("COLLECTION", f'<div class="ladi-collection"><div class="ladi-collection-content">{cells}</div></div>', 0, 0, 1200)

    for i, a in enumerate(posts):
        pg = Page()
        cat = a.opts["cat"]
        body = render(a)
        lines = max(8, len(a.text_lines()) * 3)
        post = pg.section("SECTION3", 400 + lines * 60,
                          pg.el("PARAGRAPH", f'<div class="ladi-paragraph"><a href="/">Trang chủ</a> / <a href="/danh-muc/{cat}">{CATS[cat]}</a></div>', 20, 100, 800)
                          + pg.el("HEADLINE", f'<h1 class="ladi-headline">{esc(a.title)}</h1>', 60, 100, 800)
                          + pg.el("PARAGRAPH", f'<div class="ladi-paragraph">Ngày đăng: {a.date:%d/%m/%Y %H:%M} | Chuyên mục: '
                                               f'<a href="/danh-muc/{cat}">{CATS[cat]}</a></div>', 170, 100, 800)
                          + pg.el("LINE", '<div class="ladi-line"><div class="ladi-line-container"></div></div>', 205, 100, 800)
                          + pg.el("PARAGRAPH", f'<div class="ladi-paragraph ladi-post-content">{body}</div>', 230, 100, 800, lines * 60))
        related = [b for b in posts if b is not a and b.opts["cat"] == cat][:3] or [b for b in posts if b is not a][:3]
        rel = pg.section("SECTION4", 480, pg.el("HEADLINE", '<h3 class="ladi-headline">Bài viết liên quan</h3>', 20, 0, 600)
                         + f'<div style="position:relative;top:70px;">{collection(pg, related)}</div>')
        thumbnail = f"{CDN}/s1200x630/{STORE}/{a.first_image()}" if a.first_image() else f"{CDN}/s1200x630/{STORE}/og-trang-tin.jpg"
        page(a.path, document(f"{a.title} - {NAME}", pg, post + rel, desc=a.summary(), path=a.path, image=thumbnail))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 06/TB-VPDD", "Tap huan Luat HTX 2023"]))
        site.add_article(a)
    site.trap("post pages: every piece an absolutely positioned div.ladi-element (#HEADLINE…, #PARAGRAPH…); the title "
              "h1.ladi-headline, the 'Ngày đăng: dd/mm/yyyy hh:mm | Chuyên mục: …' paragraph element, the post-content element; "
              "'Bài viết liên quan' collection, newsletter form, footer, popup, floating Zalo/phone buttons: furniture; "
              "no date in the head", posts[0].path)

    def list_page(path: str, title: str, heading: str, items: list[RichArticle], pager: str = "") -> None:
        pg = Page()
        sec = pg.section("SECTION3", 200 + 360 * ((len(items) + 2) // 3),
                         pg.el("HEADLINE", f'<h1 class="ladi-headline">{esc(heading)}</h1>', 20, 0, 1200)
                         + f'<div style="position:relative;top:90px;">{collection(pg, items)}</div>'
                         + (pg.el("PARAGRAPH", f'<div class="ladi-paragraph ladi-pagination">{pager}</div>', 120 + 360 * ((len(items) + 2) // 3), 400, 400)
                            if pager else ""))
        page(path, document(title, pg, sec, desc=f"{heading} - {NAME}", path=path))
        site.non_articles.append(path)

    per = 6
    chunks = [posts[k:k + per] for k in range(0, len(posts), per)]
    for n, chunk in enumerate(chunks, 1):
        path = "/tin-tuc" if n == 1 else f"/tin-tuc?page={n}"
        pager = " ".join(f'<a href="{"/tin-tuc" if k == 1 else f"/tin-tuc?page={k}"}">{k}</a>' if k != n else f"<span>{k}</span>"
                         for k in range(1, len(chunks) + 1))
        list_page(path, f"Tin tức - {NAME}" + (f" - Trang {n}" if n > 1 else ""), "Tin tức", chunk, pager)
    for c, name in CATS.items():
        list_page(f"/danh-muc/{c}", f"{name} - {NAME}", name, [a for a in posts if a.opts["cat"] == c])
    site.trap("the blog list /tin-tuc and /tin-tuc?page=2 (6 posts, a ladi-collection: image, linked headline, date "
              "paragraph, 'Xem chi tiết' button linked only in script_event_data) and the category pages /danh-muc/<slug>: "
              "listings", "/tin-tuc?page=2")

    # landing pages
    pg = Page()
    hero = pg.section("SECTION2", 560, pg.el("HEADLINE", f'<h1 class="ladi-headline">{NAME}</h1>', 120, 100, 1000)
                      + pg.el("PARAGRAPH", '<div class="ladi-paragraph">Kết nối - Hỗ trợ - Phát triển kinh tế tập thể vùng biển đảo</div>', 220, 100, 1000)
                      + pg.el("BUTTON", '<div class="ladi-button"><div class="ladi-button-background"></div><div class="ladi-button-headline">'
                                        '<p class="ladi-headline">Đăng ký hội viên</p></div></div>', 320, 100, 220, 50, link="/dang-ky-hoi-vien"))
    news = pg.section("SECTION3", 900, pg.el("HEADLINE", '<h2 class="ladi-headline">Tin mới</h2>', 20, 0, 600)
                      + f'<div style="position:relative;top:70px;">{collection(pg, posts[:6])}</div>'
                      + pg.el("BUTTON", '<div class="ladi-button"><div class="ladi-button-background"></div><div class="ladi-button-headline">'
                                        '<p class="ladi-headline">Xem tất cả tin tức</p></div></div>', 820, 500, 200, 46, link="/tin-tuc"))
    stats = pg.section("SECTION5", 260, "".join(pg.el("BOX", f'<div class="ladi-box"></div><div class="ladi-paragraph"><span style="font-size: 36px;">{v}</span><br>{t}</div>',
                                                      40, 300 * k, 280, 160)
                                                for k, (v, t) in enumerate([("412", "hợp tác xã"), ("26.300", "thành viên"), ("38", "sản phẩm OCOP 2025"),
                                                                            ("15", "năm đồng hành")])))
    page("/", document(NAME, pg, hero + news + stats, desc="Trang tin hoạt động hợp tác xã khu vực Kiên Giang", path="/"))
    site.non_articles.append("/")
    for path, title, text in (("/gioi-thieu", "Giới thiệu", "Liên minh HTX tỉnh Kiên Giang được thành lập năm 1996. Từ ngày 1/7/2025, khi tỉnh Kiên Giang "
                                                            "hợp nhất vào tỉnh An Giang, Văn phòng đại diện tại Kiên Giang tiếp tục hỗ trợ các HTX khu vực."),
                              ("/lien-he", "Liên hệ", "Mọi thông tin xin gửi về Văn phòng đại diện hoặc gọi đường dây nóng trong giờ hành chính."),
                              ("/dang-ky-hoi-vien", "Đăng ký hội viên", "HTX, liên hiệp HTX, tổ hợp tác khu vực Kiên Giang điền thông tin dưới đây để "
                                                                       "đăng ký làm thành viên Liên minh HTX tỉnh An Giang.")):
        pg = Page()
        sec = pg.section("SECTION2", 520, pg.el("HEADLINE", f'<h1 class="ladi-headline">{title}</h1>', 40, 100, 1000)
                         + pg.el("PARAGRAPH", f'<div class="ladi-paragraph">{esc(text)}</div>', 130, 100, 1000)
                         + pg.el("IMAGE", '<div class="ladi-image"><div class="ladi-image-background"></div></div>', 250, 100, 500, 240))
        page(path, document(f"{title} - {NAME}", pg, sec, desc=text[:150], path=path))
        site.non_articles.append(path)
    site.trap("landing pages /, /gioi-thieu, /lien-he, /dang-ky-hoi-vien made of the same elements (h1.ladi-headline, "
              "paragraphs): not articles", "/gioi-thieu")

    pages = ["/", "/tin-tuc", *[a.path for a in posts], *[f"/danh-muc/{c}" for c in CATS], "/gioi-thieu", "/lien-he", "/dang-ky-hoi-vien"]
    sm = "".join(f"<url><loc>{{{{base}}}}{p}</loc><changefreq>daily</changefreq><priority>{'1.0' if p == '/' else '0.8'}</priority></url>" for p in pages)
    site.page("/sitemap.xml", f'<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">{sm}</urlset>',
              content_type="application/xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nAllow: /\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("sitemap.xml lists every page (no lastmod): feeds", "/sitemap.xml")
    return site
