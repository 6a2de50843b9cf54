"""Site `lmhtx-caobang-moi` (registry family `generic`): the Cao Bằng alliance's relaunched portal of 2025 (the
province was not merged) on ProcessWire with its "regular" site profile (Uikit 3), written as a held-out test: no
family module, no selectors.

Why it is hard: a post `/tin-tuc/<slug>/` is `article.uk-article` with `h1.uk-article-title` and a
`p.uk-article-meta` that reads "Đăng ngày 14 tháng 3, 2025 bởi <a>X</a>" (a writer: the author, not text; or
"Ban Tuyên truyền", an office: no author) or only "Chuyên mục: <a>…</a>" (no date at all). The text is a run of
`div.uk-margin` blocks (the body field) and a repeater "Khối ảnh" whose items are `figure` + `figcaption.uk-text-meta`
(one line each). Listing pages use the SAME `article.uk-article` markup per post (h2 title, meta, summary, "Đọc
tiếp"), with Uikit's pagination on URL segments `/tin-tuc/page2/` (no '?'). Under each post a "Bài viết liên quan"
`uk-grid` of `uk-card`s repeats titles, dates and summaries; one of them still points at a post's OLD slug, which
ProcessWire's PagePathHistory answers with a 301 to the new one (the same article: an alias). The whole menu is in
the page twice (the desktop `uk-navbar` and the `uk-offcanvas` copy for mobile, with the latest posts in it). The
official letter has no posting date: only its place-date line "Cao Bằng, ngày 09 tháng 3 năm 2026" (and the
listing); a post of the "Gương điển hình" category shows only its category: "Ngày 12/3" in the text and the listing's
date. `/gioi-thieu/` (a basic-page in the uk-article template, no meta), contact, gallery, search and the category
pages are not articles; `/processwire/` (the admin) is disallowed by robots.txt.
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf

SITE = "lmhtx-caobang-moi"
NAME = "Liên minh Hợp tác xã tỉnh Cao Bằng"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc/"
SEARCH = "/tim-kiem/?q=ocop"
PDF_PATH = "/site/assets/files/1187/cv-58-lmhtx-vp.pdf"
CATS = {"hoat-dong": "Hoạt động Liên minh", "van-ban": "Văn bản", "guong-dien-hinh": "Gương điển hình",
        "san-pham-ocop": "Sản phẩm OCOP"}
OLD_SLUG = "/tin-tuc/htx-lam-nghiep-nguyen-binh-trong-que/"

FOOTER = ["Liên minh Hợp tác xã tỉnh Cao Bằng",
          "Địa chỉ: Số 036 phố Vườn Cam, phường Thục Phán, tỉnh Cao Bằng",
          "Điện thoại: 0206.3852.254 - Email: lmhtx@caobang.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Nông Thanh Tùng - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 03/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Cao Bằng cấp ngày 18/6/2025",
          "© 2025 Liên minh HTX tỉnh Cao Bằng · Vận hành trên ProcessWire CMS"]
LABELS = ["Bài viết liên quan", "Đọc tiếp", "Tệp đính kèm", "Bài viết mới", "Đóng menu", "Tìm kiếm trên trang",
          "Cao Bằng - Non nước non nước Cao Bằng, hợp tác xã cùng phát triển", "Lượt truy cập: 204.517",
          "Thứ Hai, 23 tháng 11, 2026"]
BOILERPLATE = [*FOOTER, LABELS[0], LABELS[2], LABELS[3], LABELS[6], LABELS[7], LABELS[8]]
MONTHS = "tháng"


def vdate(d: datetime) -> str:
    return f"{d.day} {MONTHS} {d.month}, {d.year}"


def at(d: datetime, src: str = "date-element") -> dict:
    return dict(published=iso(d, with_time=False), published_source=src, evidence=[src, "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path="/tin-tuc/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-quy-i-2026/",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh quý I năm 2026",
          date=datetime(2026, 3, 18),
          body="""
Liên minh HTX tỉnh Cao Bằng tổ chức Hội nghị Ban Chấp hành lần thứ ba, nhiệm kỳ 2025 - 2030, đánh giá kết quả quý I và triển khai nhiệm vụ quý II năm 2026.
Quý I, toàn tỉnh thành lập mới 14 HTX, nâng tổng số lên 512 HTX; 38 HTX được hỗ trợ tham gia hội chợ, triển lãm trong và ngoài tỉnh.
[img bch-q1.png] Quang cảnh Hội nghị Ban Chấp hành Liên minh HTX tỉnh
Hội nghị thống nhất tập trung hỗ trợ các HTX ở 56 xã, phường mới sau sắp xếp kiện toàn bộ máy, chuyển đổi theo Luật Hợp tác xã năm 2023.
""",
          author="Nông Văn Hùng", **at(datetime(2026, 3, 18)), opts={"cat": "hoat-dong", "by": "Nông Văn Hùng"},
          notes=["p.uk-article-meta 'Đăng ngày 18 tháng 3, 2026 bởi <a>Nông Văn Hùng</a>' (no time: midnight; the writer "
                 "is the author, not text); body field in div.uk-margin, a 'Khối ảnh' repeater item with figcaption"]),
        A(path="/tin-tuc/cong-van-ve-viec-bao-cao-tinh-hinh-hoat-dong-htx-quy-i-2026/",
          title="Công văn về việc báo cáo tình hình hoạt động của HTX quý I năm 2026",
          date=datetime(2026, 3, 9),
          body="""
LIÊN MINH HTX TỈNH CAO BẰNG
Số: 58/LMHTX-VP
V/v báo cáo tình hình hoạt động của HTX quý I năm 2026
Cao Bằng, ngày 09 tháng 3 năm 2026
Kính gửi: Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
Để có cơ sở tổng hợp, báo cáo Ủy ban nhân dân tỉnh, Liên minh HTX tỉnh đề nghị các HTX báo cáo tình hình sản xuất, kinh doanh quý I năm 2026 theo mẫu gửi kèm.
Báo cáo gửi về Văn phòng Liên minh HTX tỉnh trước ngày 25/3/2026, đồng thời gửi bản điện tử qua địa chỉ thư điện tử của Liên minh.
Nơi nhận: Như trên; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Hoàng Văn Thạch
""",
          author=None, doc_number="58/LMHTX-VP",
          attachments=[{"path": PDF_PATH, "text": "cv-58-lmhtx-vp.pdf"}],
          published=iso(datetime(2026, 3, 9), with_time=False), published_source="document",
          evidence=["document", "listing"], opts={"cat": "van-ban", "doc": True},
          notes=["official letter 'Số: 58/LMHTX-VP': the meta shows only 'Chuyên mục: Văn bản' (no posting date): the "
                 "place-date line 'Cao Bằng, ngày 09 tháng 3 năm 2026' and the listing give 09/3/2026 (midnight); "
                 "signer last: text, not author (null); the file field 'Tệp đính kèm' (cv-58-lmhtx-vp.pdf, 186 kB) "
                 "after the text: an attachment, not text"]),
        A(path="/tin-tuc/anh-ngay-hoi-hat-de-trung-khanh/",
          title="Ảnh: Ngày hội hạt dẻ Trùng Khánh 2025",
          date=datetime(2025, 10, 10),
          lead="Ngày hội hạt dẻ Trùng Khánh năm 2025 thu hút 35 HTX, tổ hợp tác và hàng nghìn du khách.",
          body="""
[img hat-de-1.png] Gian hàng hạt dẻ của HTX Nông nghiệp Trùng Khánh
[img hat-de-2.png] Du khách thưởng thức hạt dẻ rang tại ngày hội
[img hat-de-3.png] Các HTX giới thiệu sản phẩm OCOP của địa phương
[img hat-de-4.png] Thành viên HTX đóng gói hạt dẻ gửi khách mua trực tuyến
""",
          author="Đàm Quang", **at(datetime(2025, 10, 10)), opts={"cat": "san-pham-ocop", "by": "Đàm Quang"},
          notes=["photo story: one lead paragraph then four 'Khối ảnh' repeater items (figure + figcaption, one line "
                 "each); the meta's 'bởi Đàm Quang' is the photographer: the author"]),
        A(path="/tin-tuc/htx-mien-dong-phia-den-vao-vu-san-xuat/",
          title="HTX Miến dong Phia Đén vào vụ sản xuất",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, đoàn công tác Liên minh HTX tỉnh đến thăm HTX Miến dong Phia Đén (xã Phan Thanh) đang vào vụ sản xuất.
HTX có 26 thành viên, mỗi vụ chế biến khoảng 60 tấn miến dong từ củ dong riềng của bà con trong xã.
[img mien-dong.png] Thành viên HTX phơi miến dong trên giàn
Sản phẩm miến dong Phia Đén đã đạt OCOP 3 sao, được tiêu thụ tại Hà Nội, Thái Nguyên và các tỉnh lân cận.
Bế Thu Trang
""",
          author="Bế Thu Trang", published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing",
          evidence=["listing"], opts={"cat": "guong-dien-hinh", "nodate": True},
          notes=["meta 'Chuyên mục: Gương điển hình' only: 'Ngày 12/3' (no year) in the text and 'Đăng ngày 12 tháng 3, "
                 "2026' in the listing -> midnight; closing 'Bế Thu Trang' in the last div.uk-margin: part of the "
                 "text, the author"]),
        A(path="/tin-tuc/cao-bang-co-them-29-san-pham-ocop-cua-htx/",
          title="Cao Bằng có thêm 29 sản phẩm OCOP của HTX",
          date=datetime(2026, 1, 20),
          body="""
UBND tỉnh vừa công nhận 47 sản phẩm OCOP năm 2025, trong đó 29 sản phẩm do HTX làm chủ thể.
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Miến dong Nguyên Bình | HTX Nông nghiệp Tam Kim | 4 sao |
| 2 | Lạp sườn hun khói | HTX Thực phẩm Hòa An | 3 sao |
| 3 | Trà giảo cổ lam | HTX Dược liệu Bảo Lạc | 3 sao |
| 4 | Hạt dẻ Trùng Khánh | HTX Nông nghiệp Trùng Khánh | 4 sao |
Nguồn: Báo Cao Bằng
""",
          author=None, **at(datetime(2026, 1, 20)), opts={"cat": "san-pham-ocop", "by": "Ban Tuyên truyền"},
          notes=["meta 'bởi Ban Tuyên truyền' (an office, no author); a data table in the body field (one line per "
                 "row); 'Nguồn: Báo Cao Bằng' last: part of the text, a source: author null"]),
        A(path="/tin-tuc/htx-che-bien-nong-san-hoa-an-mo-rong-nha-xuong/",
          title="HTX Chế biến nông sản Hòa An mở rộng nhà xưởng",
          date=datetime(2025, 9, 5),
          body="""
HTX Chế biến nông sản Hòa An vừa khánh thành nhà xưởng mới rộng 800 m², nâng công suất chế biến lạp sườn, thịt hun khói lên 3 tấn mỗi tháng.
## Vốn từ Quỹ hỗ trợ
Dự án được Quỹ hỗ trợ phát triển HTX tỉnh cho vay 1,5 tỷ đồng với lãi suất ưu đãi trong 5 năm.
* Lò hun khói bằng củi nghiến truyền thống;
* Kho lạnh bảo quản 20 tấn;
* Dây chuyền hút chân không, đóng gói.
Hoàng Thị Mai
""",
          author="Hoàng Thị Mai", **at(datetime(2025, 9, 5)), opts={"cat": "guong-dien-hinh", "by": "Ban Tuyên truyền"},
          notes=["meta 'bởi Ban Tuyên truyền' (an office) but the text closes with the writer 'Hoàng Thị Mai': part "
                 "of the text, the author; a heading and a list in the body field"]),
        A(path="/tin-tuc/lien-minh-htx-tinh-ho-tro-htx-sau-sap-xep-don-vi-hanh-chinh/",
          title="Liên minh HTX tỉnh hỗ trợ HTX sau sắp xếp đơn vị hành chính",
          date=datetime(2025, 7, 15),
          body="""
Sau khi tỉnh Cao Bằng sắp xếp còn 56 đơn vị hành chính cấp xã từ ngày 01/7/2025, Liên minh HTX tỉnh thành lập 4 tổ công tác hỗ trợ HTX cập nhật địa chỉ, con dấu và hồ sơ đăng ký.
Các tổ công tác đã làm việc trực tiếp tại 21 xã, phường, hướng dẫn 96 HTX hoàn thiện thủ tục thay đổi thông tin đăng ký.
""",
          author="Lục Văn Sơn", **at(datetime(2025, 7, 15)), opts={"cat": "hoat-dong", "by": "Lục Văn Sơn"},
          notes=["short post; 'bởi Lục Văn Sơn' in the meta: the author; the text names 01/7/2025 (not the date)"]),
        A(path="/tin-tuc/htx-lam-nghiep-nguyen-binh-phat-trien-vung-que/",
          title="HTX Lâm nghiệp Nguyên Bình phát triển vùng quế",
          date=datetime(2024, 4, 22),
          body="""
HTX Lâm nghiệp Nguyên Bình (huyện Nguyên Bình) hiện có 310 ha quế, liên kết với 140 hộ đồng bào Dao trồng và chăm sóc.
[img que-nguyen-binh.png] Thành viên HTX bóc vỏ quế
HTX đã đầu tư lò sấy và máy cắt, sản xuất quế thanh, quế cuộn xuất khẩu sang Ấn Độ và Trung Đông.
""",
          author="Triệu Thị Hương", aliases=[OLD_SLUG], **at(datetime(2024, 4, 22)),
          opts={"cat": "guong-dien-hinh", "by": "Triệu Thị Hương"},
          notes=["migrated 2024 post renamed after the migration: a 'Bài viết liên quan' card still links its old slug "
                 "/tin-tuc/htx-lam-nghiep-nguyen-binh-trong-que/, which answers 301 to the new one (an alias)"]),
        A(path="/tin-tuc/dai-hoi-lien-minh-htx-tinh-cao-bang-lan-thu-vi/",
          title="Đại hội đại biểu Liên minh HTX tỉnh Cao Bằng lần thứ VI",
          date=datetime(2023, 12, 8),
          body="""
Đại hội đại biểu Liên minh HTX tỉnh Cao Bằng lần thứ VI, nhiệm kỳ 2023 - 2028 diễn ra với sự tham dự của 150 đại biểu đại diện cho các HTX, liên hiệp HTX trong tỉnh.
[img dai-hoi-vi.png] Ban Chấp hành Liên minh HTX tỉnh khóa VI ra mắt đại hội
Đại hội đề ra mục tiêu đến năm 2028 toàn tỉnh có 600 HTX, doanh thu bình quân mỗi HTX đạt 2,5 tỷ đồng mỗi năm.
""",
          author="Nông Văn Hùng", **at(datetime(2023, 12, 8)), opts={"cat": "hoat-dong", "by": "Nông Văn Hùng"},
          notes=["migrated 2023 post; only on /tin-tuc/page2/ and its category page"]),
    ]


def meta(a: Article) -> str:
    cat = f'<a href="/chuyen-muc/{a.opts["cat"]}/">{CATS[a.opts["cat"]]}</a>'
    if a.opts.get("nodate") or a.opts.get("doc"):
        return f'<p class="uk-article-meta">Chuyên mục: {cat}</p>'
    return (f'<p class="uk-article-meta">Đăng ngày {vdate(a.date)} bởi <a href="/tac-gia/">{esc(a.opts["by"])}</a>'
            f' trong {cat}</p>')


def list_meta(a: Article) -> str:
    return f'<p class="uk-article-meta">Đăng ngày {vdate(a.date)}</p>'


def body_html(a: Article) -> str:
    out: list[str] = []
    if a.lead:
        out.append(f'<div class="uk-margin"><p class="uk-text-lead">{inline_html(a.lead)}</p></div>')
    buf: list[str] = []
    rows: list[list[str]] = []

    def flush_rows() -> None:
        if rows:
            head, *rest = rows
            buf.append('<table class="uk-table uk-table-divider">\n<thead><tr>'
                       + "".join(f"<th>{esc(c)}</th>\n" for c in head) + "</tr></thead>\n<tbody>"
                       + "".join("<tr>" + "".join(f"<td>{esc(c)}</td>\n" for c in r) + "</tr>\n" for r in rest)
                       + "</tbody></table>")
            rows.clear()

    def flush() -> None:
        flush_rows()
        if buf:
            out.append('<div class="uk-margin">\n' + "\n".join(buf) + "\n</div>")
            buf.clear()

    doc = a.opts.get("doc")
    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        flush_rows()
        if b.kind == "img":
            flush()
            out.append(f'<div class="uk-margin khoi-anh"><figure class="uk-text-center"><img src="/site/assets/files/'
                       f'{int(hashlib.md5(a.path.encode()).hexdigest()[:4], 16) % 900 + 1100}/{b.src}" alt="{attr(b.text)}" loading="lazy">'
                       + (f'<figcaption class="uk-text-meta">{esc(b.text)}</figcaption>' if b.text else "")
                       + "</figure></div>")
        elif b.kind == "h":
            buf.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            buf.append('<ul class="uk-list uk-list-bullet">' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items)
                       + "</ul>")
        elif doc and (b.text.startswith(("LIÊN MINH", "Số:", "V/v")) or b.text.endswith("năm 2026")):
            buf.append(f'<p class="uk-text-center"><strong>{inline_html(b.text)}</strong></p>')
        elif doc and b.text.startswith("KT. CHỦ TỊCH"):
            buf.append(f'<p class="uk-text-right"><strong>{inline_html(b.text)}</strong></p>')
        else:
            buf.append(f"<p>{inline_html(b.text)}</p>")
    flush()
    if a.attachments:
        x = a.attachments[0]
        out.append(f'<div class="uk-margin files"><h4>{LABELS[2]}</h4><ul class="uk-list"><li><span uk-icon="file-pdf">'
                   f'</span> <a href="{x["path"]}">{esc(x["text"])}</a> <span class="uk-text-meta">(186 kB)</span></li>'
                   "</ul></div>")
    return "\n".join(out)


def summary(a: Article) -> str:
    return " ".join(inline_text(a.summary()).split()[:30]) + "…"


def card(a: Article, href: str | None = None) -> str:
    return (f'<div><div class="uk-card uk-card-default uk-card-small"><div class="uk-card-body">'
            f'<h4 class="uk-card-title"><a href="{href or a.path}">{esc(a.title)}</a></h4>'
            f'<p class="uk-text-meta">{vdate(a.date)}</p><p>{esc(summary(a))}</p></div></div></div>')


def teaser(a: Article) -> str:
    return (f'<article class="uk-article blog-post uk-margin-medium">\n<h2 class="uk-article-title"><a href="{a.path}">'
            f'{esc(a.title)}</a></h2>\n{list_meta(a)}\n<div class="uk-margin"><p>{esc(summary(a))}</p></div>\n'
            f'<p><a class="uk-button uk-button-text" href="{a.path}">{LABELS[1]}</a></p>\n</article>')


def layout(title: str, main: str, recent: list[Article], crumbs: list[tuple[str, str]]) -> str:
    menu = [("/", "Trang chủ"), ("/gioi-thieu/", "Giới thiệu"), (NEWS, "Tin tức")] + \
        [(f"/chuyen-muc/{k}/", v) for k, v in CATS.items()] + [("/thu-vien-anh/", "Thư viện ảnh"), ("/lien-he/", "Liên hệ")]
    nav = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in menu)
    rec = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in recent)
    crumb = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs)
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta http-equiv="content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<link rel="stylesheet" href="/wire/modules/AdminTheme/AdminThemeUikit/uikit/dist/css/uikit.min.css">
<link rel="stylesheet" href="/site/templates/styles/main.css">
<script src="/wire/modules/AdminTheme/AdminThemeUikit/uikit/dist/js/uikit.min.js"></script>
<script src="/wire/modules/AdminTheme/AdminThemeUikit/uikit/dist/js/uikit-icons.min.js"></script>
</head>
<body id="html-body">
<div class="uk-background-muted uk-text-small"><div class="uk-container">{LABELS[8]}</div></div>
<header id="masthead" class="uk-container uk-margin">
<a href="/" class="uk-logo"><img src="/site/templates/images/logo-lmhtx-caobang.png" alt="{attr(NAME)}"></a>
<p class="slogan uk-text-meta">{esc(LABELS[6])}</p>
<nav class="uk-navbar-container uk-visible@m" uk-navbar><div class="uk-navbar-left"><ul class="uk-navbar-nav">{nav}</ul></div>
<div class="uk-navbar-right"><form class="uk-search uk-search-default" action="/tim-kiem/" method="get"><input class="uk-search-input" type="search" name="q" placeholder="{LABELS[5]}"></form></div></nav>
<a class="uk-navbar-toggle uk-hidden@m" href="#offcanvas-nav" uk-toggle><span uk-navbar-toggle-icon></span> Menu</a>
</header>
<main id="main" class="uk-container uk-margin-medium">
<ul class="uk-breadcrumb"><li><a href="/">Trang chủ</a></li>{crumb}</ul>
<div class="uk-grid-large" uk-grid>
<div id="content" class="uk-width-expand">
{main}
</div>
<aside id="sidebar" class="uk-width-1-3@m">
<div class="uk-card uk-card-default uk-card-body"><h3 class="uk-card-title">{LABELS[3]}</h3><ul class="uk-list uk-list-divider">{rec}</ul></div>
<div class="uk-margin"><p class="uk-text-meta">{LABELS[7]}</p></div>
</aside>
</div>
</main>
<footer class="uk-section uk-section-secondary"><div class="uk-container"><h4>{FOOTER[0]}</h4>{foot}
<ul class="uk-subnav"><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul>
<p class="uk-text-small">{esc(FOOTER[5])} · <a href="/processwire/" rel="nofollow">Quản trị</a></p></div></footer>
<div id="offcanvas-nav" uk-offcanvas="mode: push; overlay: true"><div class="uk-offcanvas-bar">
<button class="uk-offcanvas-close" type="button" uk-close aria-label="{LABELS[4]}"></button>
<ul class="uk-nav uk-nav-default"><li class="uk-nav-header">Menu</li>{nav}<li class="uk-nav-header">{LABELS[3]}</li>{rec}</ul>
</div></div>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "cao-bang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    recent = arts[:5]
    renamed = next(a for a in arts if a.aliases)
    for a in arts:
        rel = [o for o in arts if o is not a and o.opts["cat"] == a.opts["cat"]][:3]
        if a.opts["cat"] == "hoat-dong" and renamed not in rel:
            rel = rel[:2] + [renamed]
        grid = "".join(card(o, OLD_SLUG if o is renamed and a.opts["cat"] != o.opts["cat"] else None) for o in rel)
        main = (f'<article class="uk-article blog-post">\n<h1 class="uk-article-title">{esc(a.title)}</h1>\n{meta(a)}\n'
                f'{body_html(a)}\n</article>\n<hr class="uk-divider-icon">\n<h3>{LABELS[0]}</h3>\n'
                f'<div class="uk-child-width-1-3@s uk-grid-match uk-grid-small" uk-grid>{grid}</div>')
        site.page(a.path, layout(f"{a.title} - {NAME}", main, recent,
                                 [(NEWS, "Tin tức"), (f"/chuyen-muc/{a.opts['cat']}/", CATS[a.opts["cat"]])]),
                  content_type=HTML)
        site.add_article(a)
    site.redirect(OLD_SLUG, renamed.path, 301)
    site.binary(PDF_PATH, pdf("Công văn số 58/LMHTX-VP", ["BAO CAO TINH HINH HOAT DONG HTX QUY I NAM 2026",
                                                         "Lien minh HTX tinh Cao Bang"]))
    site.trap("ProcessWire regular profile: article.uk-article, h1.uk-article-title, p.uk-article-meta ('Đăng ngày "
              "18 tháng 3, 2026 bởi <a>X</a> trong <a>cat</a>' or 'Chuyên mục: <a>…</a>' only), div.uk-margin body "
              "blocks and 'Khối ảnh' figures, a 'Bài viết liên quan' uk-grid of uk-cards, the menu twice (uk-navbar "
              "and the uk-offcanvas copy with the latest posts)", arts[0].path)

    def listing(base: str, heading: str, items: list[Article]) -> None:
        chunks = [items[i:i + 5] for i in range(0, len(items), 5)]
        for n, chunk in enumerate(chunks, 1):
            url = base if n == 1 else f"{base}page{n}/"
            pag = ""
            if len(chunks) > 1:
                pag = ('<ul class="uk-pagination uk-flex-center">'
                       + (f'<li><a href="{base if n == 2 else f"{base}page{n - 1}/"}"><span uk-pagination-previous></span>'
                          '</a></li>' if n > 1 else "")
                       + "".join(f'<li class="uk-active"><span>{k}</span></li>' if k == n else
                                 f'<li><a href="{base if k == 1 else f"{base}page{k}/"}">{k}</a></li>'
                                 for k in range(1, len(chunks) + 1))
                       + (f'<li><a href="{base}page{n + 1}/"><span uk-pagination-next></span></a></li>'
                          if n < len(chunks) else "") + "</ul>")
            main = f'<h1>{esc(heading)}</h1>\n' + "\n".join(teaser(a) for a in chunk) + pag
            site.page(url, layout(f"{heading} - {NAME}", main, recent, [(base, heading)]), content_type=HTML)
            site.non_articles.append(url)

    listing(NEWS, "Tin tức", arts)
    for k, v in CATS.items():
        listing(f"/chuyen-muc/{k}/", v, [a for a in arts if a.opts["cat"] == k])
    site.trap("listings use the same article.uk-article markup per post (h2.uk-article-title, 'Đăng ngày …' meta, "
              "summary, 'Đọc tiếp'); pagination /tin-tuc/page2/ (URL segment, no '?')", "/tin-tuc/page2/")
    home = ('<div class="uk-child-width-1-2@s uk-grid-match" uk-grid>' + "".join(card(a) for a in arts[:4])
            + f'</div><p><a class="uk-button uk-button-primary" href="{NEWS}">Xem tất cả tin tức</a></p>')
    site.page("/", layout(NAME, home, recent, []), content_type=HTML)
    about = ["Liên minh Hợp tác xã tỉnh Cao Bằng là tổ chức chính trị - xã hội và kinh tế, đại diện và bảo vệ quyền, lợi "
             "ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
             "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn thành lập, đào tạo, hỗ trợ tiếp cận "
             "vốn, thị trường và chuyển đổi số cho hợp tác xã vùng biên giới, vùng đồng bào dân tộc thiểu số.",
             "Năm 2025, Liên minh đưa vào vận hành cổng thông tin điện tử mới để cung cấp tin tức, văn bản và thông tin "
             "sản phẩm của các hợp tác xã tới bạn đọc."]
    site.page("/gioi-thieu/", layout(f"Giới thiệu - {NAME}", '<article class="uk-article"><h1 class="uk-article-title">'
                                     'Giới thiệu</h1><div class="uk-margin">' + "".join(f"<p>{esc(p)}</p>" for p in about)
                                     + '</div><div class="uk-margin khoi-anh"><figure><img src="/site/assets/files/1020/'
                                     'tru-so.png" alt=""><figcaption class="uk-text-meta">Trụ sở Liên minh HTX tỉnh Cao '
                                     'Bằng</figcaption></figure></div></article>', recent, [("/gioi-thieu/", "Giới thiệu")]),
              content_type=HTML)
    site.page("/lien-he/", layout(f"Liên hệ - {NAME}", f'<h1>Liên hệ</h1><p>{esc(FOOTER[1])}</p><form class="uk-form-stacked"'
                                  ' method="post" action="./"><input class="uk-input" name="ho_ten"><input class="uk-input"'
                                  ' name="email"><textarea class="uk-textarea" name="noi_dung"></textarea><button class='
                                  '"uk-button uk-button-primary" type="submit">Gửi</button></form>', recent,
                                  [("/lien-he/", "Liên hệ")]), content_type=HTML)
    gal = "".join(f'<div><figure><img src="/site/assets/files/1300/{b.src}" alt=""><figcaption class="uk-text-meta">'
                  f'{esc(b.text)}</figcaption></figure></div>' for a in arts for b in a.blocks if b.kind == "img" and b.text)
    site.page("/thu-vien-anh/", layout(f"Thư viện ảnh - {NAME}", '<h1>Thư viện ảnh</h1><div class="uk-child-width-1-3@s"'
                                       f' uk-grid uk-lightbox>{gal}</div>', recent, [("/thu-vien-anh/", "Thư viện ảnh")]),
              content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in a.title or (a.lead and "OCOP" in a.lead)]
    site.page(SEARCH, layout(f"Tìm kiếm - {NAME}", f'<h1>Kết quả tìm kiếm: ocop</h1><p>Tìm thấy {len(found)} kết quả</p>'
                             + "\n".join(teaser(a) for a in found), recent, [(SEARCH, "Tìm kiếm")]),
              content_type=HTML)
    site.page("/tac-gia/", layout(f"Tác giả - {NAME}", "<h1>Tác giả</h1><p>Danh sách cộng tác viên của cổng thông tin."
                                  "</p>", recent, []), content_type=HTML)
    site.page("/processwire/", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>ProcessWire</title></head>'
                               '<body><form method="post"><input name="login_name"><input name="login_pass" type="password">'
                               '<button type="submit">Đăng nhập</button></form></body></html>', content_type=HTML)
    site.never_fetched.append("/processwire/")
    site.trap("/gioi-thieu/ (a basic-page in the uk-article template with h1.uk-article-title, prose and a captioned "
              "figure, no meta): not an article; nor /lien-he/, /thu-vien-anh/, /tim-kiem/?q=ocop, /tac-gia/",
              "/gioi-thieu/")
    site.non_articles += ["/", "/gioi-thieu/", "/lien-he/", "/thu-vien-anh/", SEARCH, "/tac-gia/"]
    site.static("/robots.txt", "User-agent: *\nDisallow: /processwire/\n")
    return site
