"""Site `readymag-htxquangtri` (registry family `generic`): the **Readymag** account `lmhtxquangtri` of the Quảng Trị
cooperative alliance ("Liên minh HTX tỉnh Quảng Trị"), where its press office publishes visual long-reads: the annual
report, photo stories, a few news items and notices. The copy is of 10 March 2025 (before the province merged with
Quảng Bình). Written as a held-out test: no family module, no selectors.

What is an article here: a published project (one story). URL shapes (Readymag's own): the project
`/lmhtxquangtri/<project-id>/` (a number; the `<link rel="canonical">` and `og:url`); its pages
`/lmhtxquangtri/<project-id>/<n>/` — the alliance's projects use the vertical-scroll viewer, so every page number
answers the SAME document (the viewer scrolls to page n): aliases of the project; the profile `/lmhtxquangtri/` (the
bio and the project cards: cover and title, no dates; the two oldest projects are hidden from the profile); the
"Lưu trữ tin bài" project (a hand-made index of older stories: a project that is not an article, the only way to the
two oldest stories); `/` answers 302 to the profile. robots.txt allows everything; no sitemap, no feed.

Why it is hard: there is no article markup at all. Every text is a text widget `div.rmwidget.widget-text` (paragraphs
`p.text-style-*`) absolutely positioned on the page (`left`/`top` in its style), pictures are `div.rmwidget.widget-picture`;
the DOM follows the widgets' creation order (z-index), NOT the visual order: the caption can come before its photo,
the closing line before the title. The text is the text widgets in visual order (top to bottom). No `<h1>` anywhere:
the title is a big styled text widget (and `og:title`); `<title>` is the account's name on every project. The only
dates: the viewer's JSON `window.ServerData` (`created` — the draft, days earlier; `published_at` — the publication,
UTC with "Z"; `last_updated` — a later edit) and, on some projects, a small text widget typed by the editor at the
bottom: "Xuất bản: 28.02.2025" (day only). Truth: `published_at` in Vietnam time; a story published at 00:30 on
28 February in Quảng Trị is "2025-02-27T17:30:00.000Z" in the JSON. The footer widget, the viewer's chrome (account
link, page counter "1 / 3", share), the "Made on Readymag" badge and the cookie notice are not text; the account is
never the author; the closing widget names the author when a person ("Bài và ảnh: X" -> X).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso
from .richbody import RichArticle

SITE = "readymag-htxquangtri"
USER = "lmhtxquangtri"
ACCOUNT = "Liên minh HTX tỉnh Quảng Trị"
BIO = "Trang kể chuyện bằng hình ảnh của Liên minh Hợp tác xã tỉnh Quảng Trị: báo cáo, phóng sự ảnh, tin hoạt động."
COOKIE = "Trang này sử dụng cookie để cải thiện trải nghiệm đọc."
CHROME = ["Made on Readymag", COOKIE, "Đồng ý", "Chia sẻ dự án", "Xem toàn màn hình"]


def hx(text: str, n: int = 10) -> str:
    return hashlib.sha1(text.encode()).hexdigest()[:n]


def z(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}.000Z"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(pid: int, d: datetime, footer: bool, **opts) -> dict:
        return dict(path=f"/{USER}/{pid}/", date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element"] if footer else ["metadata"],
                    opts={"pid": pid, "footer": footer, **opts})

    return [
        A(title="Báo cáo thường niên 2024 - Liên minh HTX tỉnh Quảng Trị",
          lead="Năm 2024, kinh tế tập thể tỉnh Quảng Trị tiếp tục phát triển về số lượng và chất lượng, khẳng định vai trò trong xây dựng nông thôn mới.",
          body="""
## Bức tranh chung
Đến cuối năm 2024, toàn tỉnh có 486 HTX đang hoạt động với hơn 52.000 thành viên; doanh thu bình quân một HTX đạt 3,6 tỷ đồng.
[img bctn-1] Lễ ra mắt 12 HTX thành lập mới tại huyện Hướng Hóa
## Hỗ trợ của Liên minh HTX tỉnh
* Tư vấn thành lập mới 41 HTX, 63 tổ hợp tác;
* Tổ chức 14 lớp tập huấn cho 860 lượt cán bộ HTX;
* Quỹ hỗ trợ phát triển HTX cho vay 38 dự án, tổng vốn 21,4 tỷ đồng.
## Định hướng năm 2025
Năm 2025, Liên minh HTX tỉnh tập trung củng cố HTX yếu kém, phát triển HTX gắn với chuỗi giá trị nông sản chủ lực và chuyển đổi số.
""", byline="Ban biên tập: Văn phòng Liên minh HTX tỉnh Quảng Trị", author=None,
          notes=["a three-page project in the vertical-scroll viewer: /<id>/2/ and /<id>/3/ answer the same document "
                 "(aliases); the three pages' widgets are one text, in visual order; closed by an office: no author; "
                 "published_at '2025-01-20T02:00:00.000Z' = 09:00 Vietnam time, footer 'Xuất bản: 20.01.2025'"],
          **at(4812301, datetime(2025, 1, 20, 9, 0), True, paged=True)),
        A(title="Phóng sự ảnh: Mùa hồ tiêu Vĩnh Linh",
          body="""
Tháng Hai, các thành viên HTX Hồ tiêu Vĩnh Linh bắt đầu thu hoạch vụ hồ tiêu năm 2025.
[img tieu-1] Thành viên HTX hái tiêu trên những trụ tiêu sống ở xã Vĩnh Hòa
[img tieu-2] Hạt tiêu được phơi trên sân xi măng sạch của HTX
[img tieu-3] Đóng gói sản phẩm hồ tiêu Vĩnh Linh đạt chuẩn OCOP 4 sao
Năm nay HTX dự kiến thu hoạch 120 tấn hồ tiêu, giá bán bình quân 150.000 đồng/kg.
""", byline="Bài và ảnh: Lê Văn Thọ", author="Lê Văn Thọ",
          notes=["published at 00:30 on 28/02 Vietnam time: the JSON's published_at '2025-02-27T17:30:00.000Z' is the "
                 "day before in UTC; the editor's footer widget 'Xuất bản: 28.02.2025'; in the DOM each caption widget "
                 "comes before its picture, the byline before the title"],
          **at(4907715, datetime(2025, 2, 28, 0, 30), True)),
        A(title="Thông báo số 08/TB-LMHTX về tuyển chọn HTX tham gia Chương trình hỗ trợ năm 2025",
          body="""
LIÊN MINH HTX TỈNH QUẢNG TRỊ
Số: 08/TB-LMHTX
Quảng Trị, ngày 03 tháng 3 năm 2025
THÔNG BÁO
Về việc tuyển chọn HTX tham gia Chương trình hỗ trợ phát triển kinh tế tập thể năm 2025
Liên minh HTX tỉnh thông báo tuyển chọn 15 HTX nông nghiệp được hỗ trợ xây dựng mô hình liên kết chuỗi giá trị năm 2025.
HTX đăng ký tại Văn phòng Liên minh HTX tỉnh, số 30 Hùng Vương, TP Đông Hà, trước ngày 25/3/2025.
CHỦ TỊCH
Hồ Xuân Trình
""", author=None, doc_number="08/TB-LMHTX",
          notes=["a notice typed in text widgets, one widget per line; signer is text, not author; no footer date: "
                 "only the JSON's published_at (created four days earlier: the draft)"],
          **at(4931120, datetime(2025, 3, 4, 14, 15), False)),
        A(title="HTX Cà phê Khe Sanh ra mắt sản phẩm cà phê đặc sản",
          body="""
HTX Nông nghiệp Cà phê Khe Sanh (huyện Hướng Hóa) vừa ra mắt dòng cà phê Arabica đặc sản chế biến ướt.
[img khesanh-1] Sản phẩm cà phê đặc sản của HTX tại lễ ra mắt
Sản phẩm được chế biến từ 25 ha cà phê của 48 hộ thành viên người Vân Kiều, Pa Kô, canh tác theo hướng hữu cơ.
HTX đặt mục tiêu xuất khẩu lô cà phê đặc sản đầu tiên trong năm 2025.
""", byline="Hồ Thị Ngọc Ánh", author="Hồ Thị Ngọc Ánh",
          notes=["a bare name widget closes it: the author; footer 'Xuất bản: 14.02.2025'"],
          **at(4889032, datetime(2025, 2, 14, 16, 40), True)),
        A(title="Phóng sự ảnh: Dệt thổ cẩm ở HTX Vân Kiều Hướng Phùng",
          body="""
Ở xã Hướng Phùng, những khung dệt của HTX Dệt thổ cẩm Vân Kiều vẫn đều đặn hoạt động mỗi ngày.
[img thocam-1] Nghệ nhân Hồ Thị Lan hướng dẫn các thành viên trẻ dệt hoa văn truyền thống
[img thocam-2] Sản phẩm khăn, túi thổ cẩm của HTX được bán cho khách du lịch
HTX hiện có 32 thành viên, thu nhập bình quân 3,5 triệu đồng/người/tháng.
""", byline="Bài và ảnh: Nguyễn Hoàng Nam", author="Nguyễn Hoàng Nam",
          notes=["photo story, two pictures each with a caption widget under it (one line each); footer "
                 "'Xuất bản: 24.01.2025'"],
          **at(4826654, datetime(2025, 1, 24, 10, 0), True)),
        A(title="HTX Nông nghiệp Triệu Phong liên kết sản xuất lúa hữu cơ",
          body="""
HTX Nông nghiệp Triệu Trạch (huyện Triệu Phong) mở rộng diện tích lúa hữu cơ lên 85 ha trong vụ Đông Xuân 2024 - 2025.
Toàn bộ sản lượng được doanh nghiệp bao tiêu với giá cao hơn lúa thường 20%.
Liên minh HTX tỉnh hỗ trợ HTX xây dựng nhãn hiệu gạo hữu cơ Triệu Phong.
""", byline="Theo Báo Quảng Trị", author=None,
          notes=["hidden from the profile: reached only from the 'Lưu trữ tin bài' project; a reprint (no author); "
                 "no footer: the JSON only (published 23:10 on 12/12 Vietnam time = 16:10 UTC)"],
          **at(4705518, datetime(2024, 12, 12, 23, 10), False, hidden=True)),
        A(title="Liên minh HTX tỉnh Quảng Trị tập huấn chuyển đổi số cho HTX",
          body="""
Từ ngày 18 đến 20/11, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 50 cán bộ quản lý HTX.
Học viên được hướng dẫn sử dụng hóa đơn điện tử, chữ ký số và mở gian hàng trên sàn thương mại điện tử.
""", byline="Phan Thị Thu Hiền", author="Phan Thị Thu Hiền",
          notes=["the oldest story, hidden from the profile: only in the 'Lưu trữ tin bài' project; footer 'Xuất bản: "
                 "21.11.2024'"],
          **at(4661207, datetime(2024, 11, 21, 8, 20), True, hidden=True)),
    ]


class Widgets:
    """Widgets of one project: (top, left, width, html) in visual order; the DOM order is the creation order."""

    def __init__(self) -> None:
        self.items: list[tuple[int, int, int, str, str]] = []

    def add(self, top: int, left: int, width: int, kind: str, inner: str, height: int | None = None) -> None:
        h = f" height: {height}px;" if height else ""
        wid = hx(f"{top}-{left}-{inner}", 24)
        self.items.append((top, left, width, kind, f'<div class="rmwidget widget-{kind}" data-id="{wid}" style="left: '
                                                   f'{left}px; top: {top}px; width: {width}px;{h} z-index: ZZ;">{inner}'
                                                   "</div>"))

    def dom(self) -> str:
        # creation order: pictures first, then captions, the body, the byline, the footer, the title last
        rank = {"picture": 0, "caption": 1, "body": 2, "byline": 3, "footer": 4, "title": 5}
        order = sorted(self.items, key=lambda w: (rank.get(w[3], 2), w[0]))
        return "\n".join(html.replace("widget-caption", "widget-text").replace("widget-body", "widget-text")
                         .replace("widget-byline", "widget-text").replace("widget-footer", "widget-text")
                         .replace("widget-title", "widget-text").replace("ZZ", str(i + 1))
                         for i, (_, _, _, _, html) in enumerate(order))


def text(style: str, inner: str) -> str:
    return f'<div class="text-content"><p class="text-style-{style}">{inner}</p></div>'


def pages_of(a: RichArticle) -> list[tuple[Widgets, int]]:
    """The project's pages: widgets and page height."""
    pages: list[tuple[Widgets, int]] = []
    w, y = Widgets(), 120
    w.add(y, 80, 864, "title", text("heading1", esc(a.title)))
    y += 170
    if a.lead:
        w.add(y, 80, 864, "body", text("lead", inline_html(a.lead)))
        y += 110
    for b in a.blocks:
        if b.kind == "h" and a.opts.get("paged") and y > 500:
            pages.append((w, y + 120))
            w, y = Widgets(), 100
        if b.kind == "p":
            w.add(y, 80, 864, "body", text("body", inline_html(b.text)))
            y += 90
        elif b.kind == "h":
            w.add(y, 80, 864, "body", text("heading2", esc(b.text)))
            y += 70
        elif b.kind in ("ul", "ol"):
            w.add(y, 80, 864, "body", f'<div class="text-content"><{b.kind} class="text-style-body">'
                  + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}></div>")
            y += 40 * len(b.items) + 30
        elif b.kind == "img":
            w.add(y, 0, 1024, "picture", f'<img src="/rm/img/{hx(b.src, 16)}.png" alt="" draggable="false">',
                  height=620)
            y += 640
            if b.text:
                w.add(y, 80, 620, "caption", text("caption", esc(b.text)))
                y += 60
    if a.byline:
        w.add(y + 20, 80, 864, "byline", text("byline", esc(a.byline)))
        y += 100
    if a.opts["footer"]:
        w.add(y + 40, 80, 400, "footer", text("small", f"Xuất bản: {a.date:%d.%m.%Y}"))
        y += 100
    pages.append((w, y + 80))
    return pages


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-tri", f"{ACCOUNT} (Readymag)", "generic", None,
                     start_urls=["{{base:%s}}/%s/" % (SITE, USER)])
    site.extra_boilerplate += CHROME
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    archive_pid = 4870001
    archive_path = f"/{USER}/{archive_pid}/"

    def viewer(path: str, og_title: str, desc: str, image: str, pages_html: list[str], data: dict) -> str:
        n = len(pages_html)
        body = "\n".join(f'<div class="page" id="page-{i}" data-page-num="{i}" style="position: relative; width: 1024px; '
                         f'height: {h}px;"><div class="container">\n{inner}\n</div></div>'
                         for i, (inner, h) in enumerate(pages_html, 1))
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(ACCOUNT)}</title>
<meta name="description" content="{attr(desc)}">
<meta property="og:type" content="website">
<meta property="og:title" content="{attr(og_title)}">
<meta property="og:description" content="{attr(desc)}">
<meta property="og:image" content="{{{{base}}}}/rm/img/{image}.png">
<meta property="og:url" content="{{{{base}}}}{path}">
<meta property="og:site_name" content="Readymag">
<meta name="twitter:card" content="summary_large_image">
<meta name="twitter:title" content="{attr(og_title)}">
<link rel="canonical" href="{{{{base}}}}{path}">
<link rel="icon" href="/rm/img/favicon.png">
<link rel="stylesheet" href="/rm/css/viewer.css">
<style>.rmwidget{{position:absolute}}.text-style-heading1{{font-size:56px;line-height:64px;font-weight:700}}.text-style-heading2{{font-size:32px;font-weight:700}}.text-style-lead{{font-size:24px;font-weight:600}}.text-style-caption{{font-size:14px;color:#777}}.text-style-small{{font-size:12px;color:#999}}</style>
</head>
<body class="viewer scroll-mode">
<div class="viewer-top-bar"><a class="user-link" href="/{USER}/">{esc(ACCOUNT)}</a><span class="page-counter">1 / {n}</span><a class="share-button" href="javascript:void(0)">Chia sẻ dự án</a><a class="fullscreen-button" href="javascript:void(0)">Xem toàn màn hình</a></div>
<div id="mags"><div class="mag" data-num-id="{data['num_id']}"><div class="mag-pages-container">
{body}
</div></div></div>
<a class="made-with-rm" href="{{{{base:offsite}}}}/readymag/?utm_source=made&amp;utm_medium=badge">Made on Readymag</a>
<div class="cookie-notice" style="display: none"><p>{esc(COOKIE)}</p><button type="button">Đồng ý</button></div>
<script>window.ServerData = {json.dumps({"mag": data}, ensure_ascii=False)};</script>
<script src="/rm/js/viewer.js"></script>
</body>
</html>
"""

    for a in arts:
        pid = a.opts["pid"]
        pages = pages_of(a)
        img = hx(a.first_image() or "cover", 16)
        data = {"num_id": pid, "title": a.title, "uri": None, "is_published": True, "num_pages": len(pages),
                "created": z(a.date - timedelta(days=4, hours=3)), "published_at": z(a.date),
                "last_updated": z(a.date + timedelta(days=2, hours=5)),
                "user": {"uri": USER, "name": ACCOUNT, "id": 1907734}, "viewer_type": "scroll"}
        site.page(a.path, viewer(a.path, a.title, a.summary(), img, [(w.dom(), h) for w, h in pages], data))
        for n in range(2, len(pages) + 1):
            alias = f"{a.path}{n}/"
            site.same_page(alias, a.path)
            a.aliases.append(alias)
        site.add_article(a)
    site.trap("no <h1>, no article markup: text widgets div.rmwidget.widget-text absolutely positioned (left/top); the "
              "DOM is the creation order (pictures, captions, body, byline, footer, title last): the text is the "
              "visual order, top to bottom; <title> is the account's name on every project", arts[1].path)
    site.trap("dates only in window.ServerData (created: the draft; published_at: the publication, UTC 'Z'; "
              "last_updated: an edit) and in the editor's small footer widget 'Xuất bản: dd.mm.yyyy' on some projects",
              arts[0].path)

    # -- the archive project (a hand-made index: not an article) ------------------------------------
    w, y = Widgets(), 120
    w.add(y, 80, 864, "title", text("heading1", "Lưu trữ tin bài"))
    y += 150
    for a in arts:
        w.add(y, 80, 864, "body", text("body", f'<a href="{a.path}">{esc(a.title)}</a>'))
        y += 60
    site.page(archive_path, viewer(archive_path, "Lưu trữ tin bài", "Các tin bài đã đăng của Liên minh HTX tỉnh Quảng Trị",
                                   "cover", [(w.dom(), y + 80)],
                                   {"num_id": archive_pid, "title": "Lưu trữ tin bài", "uri": None, "is_published": True,
                                    "num_pages": 1, "created": "2024-11-25T02:00:00.000Z",
                                    "published_at": "2024-11-25T02:10:00.000Z",
                                    "last_updated": "2025-03-04T08:00:00.000Z",
                                    "user": {"uri": USER, "name": ACCOUNT, "id": 1907734}, "viewer_type": "scroll"}))
    site.non_articles.append(archive_path)
    site.trap("'Lưu trữ tin bài' is a project too (a list of links typed in text widgets): not an article; the only "
              "way to the two oldest stories, hidden from the profile", archive_path)

    # -- the profile ---------------------------------------------------------------------------------
    shown = [a for a in arts if not a.opts.get("hidden")]
    cards = "".join(f'<a class="project-card" href="{a.path}"><div class="cover" style="background-image: url(/rm/img/'
                    f'{hx(a.first_image() or "cover", 16)}.png)"></div><div class="title">{esc(a.title)}</div></a>'
                    for a in shown)
    cards += (f'<a class="project-card" href="{archive_path}"><div class="cover" style="background-image: url(/rm/img/'
              f'cover.png)"></div><div class="title">Lưu trữ tin bài</div></a>')
    profile = f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>{esc(ACCOUNT)} — Readymag</title>
<meta property="og:title" content="{attr(ACCOUNT)}">
<meta property="og:description" content="{attr(BIO)}">
<link rel="canonical" href="{{{{base}}}}/{USER}/">
<link rel="stylesheet" href="/rm/css/profile.css">
</head>
<body class="profile">
<header class="profile-header"><img class="avatar" src="/rm/img/avatar.png" alt=""><h1 class="name">{esc(ACCOUNT)}</h1>
<p class="bio">{esc(BIO)}</p><p class="counts">{len(shown) + 1} dự án</p></header>
<main class="projects-grid">{cards}</main>
<a class="made-with-rm" href="{{{{base:offsite}}}}/readymag/?utm_source=profile">Made on Readymag</a>
</body>
</html>
"""
    site.page(f"/{USER}/", profile)
    site.non_articles.append(f"/{USER}/")
    site.trap("the profile /lmhtxquangtri/: the account's name (<h1>), bio and project cards (cover, title; no date); "
              "two projects hidden from it", f"/{USER}/")
    site.redirect("/", f"/{USER}/", 302)
    site.static("/robots.txt", "User-agent: *\nAllow: /\n")
    for a in arts:
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/rm/img/{hx(b.src, 16)}.png", image_for(b.src))
    for name in ("cover", "favicon", "avatar", hx("cover", 16)):
        site.binary(f"/rm/img/{name}.png", image_for(name))
    return site
