"""Site `congthongtin-htxtiengiang` (registry family `generic`): the information portal of the Tiền Giang cooperative
alliance (the province joined Đồng Tháp on 1 July 2025) on **Pimcore 11** (Symfony, a news DataObject rendered by the
app's NewsController, documents built from area bricks, Bootstrap 5 templates); written as a held-out test: no
family module, no selectors.

Why it is hard: a news item is `/vi/tin-tuc/<slug>~n<id>`; the route reads only the id, so an older slug answers the
same page (rel=canonical to the current one). The `<h1 class="news-title">` is the title, the meta line prints ICU's
Vietnamese short date-time, time FIRST ("08:30 12/03/2025"), JSON-LD NewsArticle carries `datePublished` (one item
in UTC, "+00:00", written by a container left on UTC: the same instant). The lead is the object's short text
(`p.lead`), the text a sequence of area bricks: `.pimcore_area_wysiwyg` (paragraphs, headings, lists, tables, the
byline), `.pimcore_area_image` (figure + figcaption), `.pimcore_area_blockquote` (a quote and its speaker: two
lines), `.pimcore_area_attachments` (files: no text). Around it: a cookie consent layer printed in every page, a
language switch (one item translated: `/en/news/<slug>~n<id>`, an article of its own; the others switch to `/en`),
share tools, "Tin cùng chuyên mục" cards with dates, sidebars. Lists `/vi/tin-tuc` with `?page=2`, categories
`/vi/tin-tuc/<cat>~c<id>`; search `/vi/tim-kiem?q=`, contact, gallery, introduction (bricks, no date), the cookie
policy, the old portal's `/Tin-tuc/Chi-tiet/<id>.aspx` 301-redirected by Pimcore's redirects; robots.txt disallows
`/admin` (the footer's login link).
"""

from __future__ import annotations

import json
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, RichBlock, parse_rich

SITE = "congthongtin-htxtiengiang"
NAME = "Cổng thông tin Liên minh HTX tỉnh Tiền Giang"
ORG = "Liên minh Hợp tác xã tỉnh Tiền Giang"
NEWS = "/vi/tin-tuc"
CATS = {12: ("hoat-dong-lien-minh", "Hoạt động Liên minh"), 13: ("htx-dien-hinh", "HTX điển hình"),
        14: ("thong-bao", "Thông báo"), 15: ("phong-su-anh", "Phóng sự ảnh")}
COOKIE = ["Trang web dùng cookie thiết yếu và cookie thống kê để phục vụ bạn tốt hơn.", "Đồng ý tất cả",
          "Chỉ dùng cookie thiết yếu", "Chính sách cookie"]
FURN = [*COOKIE, "Đường dây hỗ trợ HTX: 0273 3872 519", "Tin cùng chuyên mục", "Tin mới đăng", "Hỏi đáp chính sách HTX",
        "Gửi câu hỏi của HTX tới Liên minh, chúng tôi trả lời trong 3 ngày làm việc.", "Đặt câu hỏi",
        "Chia sẻ:", "In trang", "Quay lại danh sách tin",
        "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Tiền Giang",
        "Địa chỉ: 16 Lê Lợi, phường 1, thành phố Mỹ Tho, tỉnh Tiền Giang",
        "Người chịu trách nhiệm: Chủ tịch Liên minh HTX tỉnh", "Đăng nhập quản trị", "Tệp đính kèm"]
SPEAKER = "— "


class News(RichArticle):
    """'>> quote || speaker' lines are a blockquote brick: two lines of the text."""

    @property
    def blocks(self):  # type: ignore[override]
        return _merge(None, self.body)


class Quote(RichBlock):
    def lines(self) -> list[str]:
        return [inline_text(x) for x in self.items]


def _merge(_, body: str) -> list[RichBlock]:
    """parse_rich on the body with '>>' lines replaced by blockquote blocks in place."""
    chunks: list[list[str]] = [[]]
    quotes: list[RichBlock] = []
    for raw in body.strip().splitlines():
        line = raw.strip()
        if line.startswith(">> "):
            q, _, who = line[3:].partition(" || ")
            quotes.append(Quote("bq", items=[q, who]))
            chunks.append([])
        else:
            chunks[-1].append(line)
    out: list[RichBlock] = []
    for k, chunk in enumerate(chunks):
        out.extend(parse_rich("\n".join(chunk)) if any(chunk) else [])
        if k < len(quotes):
            out.append(quotes[k])
    return out


def vi_short(d: datetime) -> str:
    return f"{d:%H:%M %d/%m/%Y}"


def articles() -> list[News]:
    A = News

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])

    return [
        A(path="lien-minh-htx-tinh-so-ket-6-thang-dau-nam-2025~n245", title="Liên minh HTX tỉnh sơ kết 6 tháng đầu năm 2025",
          lead="Chiều 17/6, Liên minh HTX tỉnh Tiền Giang sơ kết công tác 6 tháng đầu năm và chuẩn bị hợp nhất với Liên minh HTX tỉnh Đồng Tháp.",
          body="""
Sáu tháng đầu năm, toàn tỉnh thành lập mới 21 HTX; 38 HTX được hỗ trợ tham gia hội chợ, kết nối tiêu thụ sản phẩm.
[img so-ket-6-thang.png] Quang cảnh hội nghị sơ kết tại Mỹ Tho
## Nhiệm vụ trọng tâm đến cuối năm
Liên minh HTX tỉnh hoàn tất bàn giao hồ sơ, tài sản và nguồn vốn Quỹ hỗ trợ phát triển HTX cho tổ chức sau hợp nhất.
""", byline="Bài, ảnh: Nguyễn Thị Mộng Tuyền", author="Nguyễn Thị Mộng Tuyền",
          opts={"cat": 12, "en": "/en/news/tien-giang-cooperative-alliance-reviews-first-half-of-2025~n245"},
          notes=["news /vi/tin-tuc/<slug>~n245: h1.news-title, meta line '14:00 18/06/2025' (ICU short date-time, time "
                 "first), JSON-LD NewsArticle datePublished 2025-06-18T14:00:00+07:00; lead p.lead; bricks "
                 "(wysiwyg, image with figcaption, wysiwyg with an <h3> and the byline 'Bài, ảnh: …': author); its "
                 "English translation /en/news/…~n245 is an article of its own"],
          **at(datetime(2025, 6, 18, 14, 0))),
        A(path="sau-rieng-htx-ngu-hiep-vao-thi-truong-trung-quoc~n242", title="Sầu riêng của HTX Ngũ Hiệp vào thị trường Trung Quốc",
          body="""
HTX Sầu riêng Ngũ Hiệp (huyện Cai Lậy) vừa xuất khẩu chính ngạch 40 tấn sầu riêng Ri6 sang Trung Quốc.
Vùng trồng 86 ha của HTX đã được cấp mã số vùng trồng và áp dụng quy trình VietGAP từ năm 2022.
>> Muốn xuất khẩu lâu dài thì từng nhà vườn phải ghi nhật ký và dùng thuốc đúng quy định. || Ông Trần Văn Nhựt, Giám đốc HTX Sầu riêng Ngũ Hiệp
HTX dự kiến xuất thêm 200 tấn trong vụ thuận năm nay.
""", byline="Hoàng Yến - Trung tâm Khuyến nông", author="Hoàng Yến",
          opts={"cat": 13, "old_slug": "sau-rieng-ngu-hiep-xuat-khau-chinh-ngach~n242"},
          notes=["a blockquote brick between two wysiwyg bricks: the quote and its speaker (blockquote-footer) are two lines "
                 "of the text; byline 'Hoàng Yến - Trung tâm Khuyến nông' -> author Hoàng Yến",
                 "the title was edited: the home page's slider links the first slug …/sau-rieng-ngu-hiep-xuat-khau-chinh-ngach~n242 "
                 "(the route reads only the id: the same page, rel=canonical to the current slug): an alias"],
          **at(datetime(2025, 5, 27, 9, 30))),
        A(path="thong-bao-09-tb-lmhtx-tiep-nhan-ho-so-vay-von-quy-ho-tro-htx~n239", title="Thông báo số 09/TB-LMHTX về tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 2 năm 2025",
          body="""
LIÊN MINH HTX TỈNH TIỀN GIANG
Số: 09/TB-LMHTX
Tiền Giang, ngày 05 tháng 5 năm 2025
THÔNG BÁO
Về việc tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 2 năm 2025
Quỹ hỗ trợ phát triển HTX tỉnh tiếp nhận hồ sơ vay vốn của các HTX, liên hiệp HTX có phương án sản xuất, kinh doanh khả thi.
* Thời gian tiếp nhận: từ ngày 12/5/2025 đến ngày 13/6/2025;
* Mức vay tối đa: 1 tỷ đồng đối với HTX, 2 tỷ đồng đối với liên hiệp HTX;
* Nơi nhận hồ sơ: Văn phòng Quỹ, số 16 Lê Lợi, phường 1, thành phố Mỹ Tho.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Thạnh
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/Van-ban/2025/TB-09-LMHTX-vay-von-dot-2.pdf", "text": "TB-09-LMHTX-vay-von-dot-2.pdf"}],
          opts={"cat": 14},
          notes=["notice 'Số: 09/TB-LMHTX', place-date line 'Tiền Giang, ngày 05 tháng 5 năm 2025' the day before the posting "
                 "(06/05/2025 08:00); the signer ends the text, author null; the PDF in a pimcore_area_attachments brick "
                 "(an attachment, not text)"],
          **at(datetime(2025, 5, 6, 8, 0))),
        A(path="ket-qua-xep-loai-htx-nong-nghiep-nam-2024~n236", title="Kết quả phân loại, đánh giá HTX nông nghiệp năm 2024",
          lead="Theo kết quả phân loại năm 2024, số HTX nông nghiệp đạt loại tốt và khá chiếm 62%.",
          body="""
| Xếp loại | Số HTX | Tỷ lệ |
| Tốt | 41 | 25% |
| Khá | 61 | 37% |
| Trung bình | 48 | 29% |
| Yếu | 15 | 9% |
Các HTX yếu chủ yếu do thiếu vốn, bộ máy quản lý chưa qua đào tạo và chưa liên kết được đầu ra.
""", byline="Theo Báo Ấp Bắc", author=None,
          opts={"cat": 12, "utc": True},
          notes=["JSON-LD datePublished '2025-04-15T00:15:00+00:00' (the container's PHP timezone is UTC): the same instant "
                 "as the meta line '07:15 15/04/2025'; a data table in the wysiwyg brick (one line per row); 'Theo Báo Ấp "
                 "Bắc' (a newspaper): part of the text, author null"],
          **at(datetime(2025, 4, 15, 7, 15))),
        A(path="phong-su-anh-mua-thanh-long-cho-gao~n233", title="Phóng sự ảnh: Mùa thanh long ở HTX Thanh long Chợ Gạo",
          body="""
Vụ thanh long nghịch mùa năm nay, HTX Thanh long Chợ Gạo thu hoạch khoảng 1.200 tấn trái.
[img thanh-long-1.png] Thành viên HTX thu hoạch thanh long ruột đỏ
[img thanh-long-2.png] Trái được phân loại ngay tại nhà sơ chế của HTX
[img thanh-long-3.png] Xe của doanh nghiệp nhận hàng tại vườn
""", byline="Ảnh: Trần Văn Khải", author="Trần Văn Khải",
          opts={"cat": 15},
          notes=["photo story: three image bricks (figure, figcaption): one line per caption; 'Ảnh: Trần Văn Khải' -> author"],
          **at(datetime(2025, 3, 24, 16, 45))),
        A(path="htx-dua-tan-phu-dong-lien-ket-tieu-thu~n230", title="HTX Dừa Tân Phú Đông liên kết tiêu thụ dừa hữu cơ",
          body="""
HTX Dừa Tân Phú Đông ký hợp đồng bán dừa hữu cơ cho doanh nghiệp chế biến với giá cao hơn giá thị trường 15%.
Theo hợp đồng, HTX cam kết:
* Duy trì chứng nhận hữu cơ cho 150 ha dừa của thành viên;
* Giao tối thiểu 300.000 trái mỗi tháng;
* Không sử dụng thuốc trừ cỏ trong vườn.
""", author=None,
          opts={"cat": 13},
          notes=["a three-item list after a line ending with a colon; no byline: author null (JSON-LD names the organisation)"],
          **at(datetime(2025, 3, 3, 10, 20))),
        A(path="tap-huan-quan-tri-htx-cho-can-bo-tre~n226", title="Tập huấn quản trị HTX cho cán bộ trẻ",
          body="""
Từ ngày 10 đến 12/2, Liên minh HTX tỉnh mở lớp tập huấn cho 48 cán bộ trẻ về làm việc tại HTX.
+ Lập kế hoạch sản xuất, kinh doanh;
+ Quản lý tài chính, kế toán HTX;
+ Tiếp thị sản phẩm trên mạng xã hội.
""", byline="Lê Thị Bích Ngọc", author="Lê Thị Bích Ngọc",
          opts={"cat": 12},
          notes=["numbered list; on /vi/tin-tuc?page=2 and its category list only"],
          **at(datetime(2025, 2, 13, 15, 0))),
        A(path="trao-qua-tet-at-ty-cho-thanh-vien-htx-kho-khan~n221", title="Trao quà Tết Ất Tỵ cho thành viên HTX khó khăn",
          lead="Ngày 20/1, Liên minh HTX tỉnh trao 120 phần quà Tết cho thành viên HTX có hoàn cảnh khó khăn.",
          body="""
Mỗi phần quà trị giá 800.000 đồng gồm tiền mặt và nhu yếu phẩm, do các HTX và doanh nghiệp đóng góp.
""", byline="Thanh Tâm", author="Thanh Tâm",
          opts={"cat": 12, "legacy": "/Tin-tuc/Chi-tiet/221.aspx"},
          notes=["the old portal's address /Tin-tuc/Chi-tiet/221.aspx (linked from the introduction) answers 301 here "
                 "(Pimcore redirect): an alias; on ?page=2 only"],
          **at(datetime(2025, 1, 21, 9, 45))),
    ]


EN = dict(
    path="/en/news/tien-giang-cooperative-alliance-reviews-first-half-of-2025~n245",
    title="Tien Giang Cooperative Alliance reviews the first half of 2025",
    lead="On the afternoon of 17 June, the Tien Giang Cooperative Alliance reviewed its work in the first six months and prepared to merge with the Dong Thap alliance.",
    body="""
In the first half of the year, 21 new cooperatives were founded in the province; 38 cooperatives were helped to join fairs and find buyers.
[img so-ket-6-thang.png] The review meeting in My Tho
## Priorities until the end of the year
The alliance will hand over its records, assets and the cooperative development fund to the merged organisation.
""", byline="Nguyễn Thị Mộng Tuyền")


def bricks(a: RichArticle, lang: str = "vi") -> str:
    out, wys = [], []

    def flush() -> None:
        if wys:
            out.append('<div class="pimcore_area_wysiwyg pimcore_area_content"><div class="area-wysiwyg">'
                       + "\n".join(wys) + "</div></div>")
            wys.clear()

    for b in a.blocks:
        if b.kind == "p":
            wys.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            wys.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            wys.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            wys.append('<table class="table table-bordered" style="width: 100%;"><tbody><tr>' + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head)
                       + "</tr>\n" + "\n".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")
        elif b.kind == "img":
            flush()
            stem = b.src.rsplit(".", 1)[0]
            out.append(f'<div class="pimcore_area_image pimcore_area_content"><section class="area-image"><figure class="figure">'
                       f'<picture><source srcset="/tin-tuc/{a.date:%Y}/image-thumb__{sum(map(ord, stem)) % 9000 + 1000}__content/{stem}.webp 1x" type="image/webp">'
                       f'<img class="figure-img img-fluid" src="/tin-tuc/{a.date:%Y}/image-thumb__content/{b.src}" alt="" loading="lazy"></picture>'
                       f'<figcaption class="figure-caption">{esc(b.text)}</figcaption></figure></section></div>')
        elif b.kind == "bq":
            flush()
            q, who = b.items
            out.append(f'<div class="pimcore_area_blockquote pimcore_area_content"><section class="area-blockquote">'
                       f'<blockquote class="blockquote"><p class="mb-0">{esc(q)}</p>'
                       f'<footer class="blockquote-footer">{esc(who)}</footer></blockquote></section></div>')
    if a.byline:
        wys.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    if a.attachments:
        lis = "".join(f'<li><a href="{x["path"]}" target="_blank" class="download-link"><i class="bi bi-file-earmark-pdf"></i> '
                      f'{esc(x["text"])}</a> <small class="text-muted">PDF, 184 KB</small></li>' for x in a.attachments)
        out.append(f'<div class="pimcore_area_attachments pimcore_area_content"><section class="area-attachments">'
                   f'<h4 class="area-title">{"Tệp đính kèm" if lang == "vi" else "Attachments"}</h4><ul class="list-unstyled">{lis}</ul></section></div>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tien-giang", NAME, "generic", None, start_urls=["{{base:%s}}/vi" % SITE])
    site.extra_boilerplate += FURN
    site_page = site.page

    def page(path: str, html: str) -> None:  # Symfony answers /vi/tin-tuc and /vi/tin-tuc/<x>: routes, not files
        site_page(path, html, content_type="text/html; charset=UTF-8")

    site.page = page  # type: ignore[method-assign]
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in news:
        a.opts["id"] = int(a.path.rsplit("~n", 1)[1])
        a.path = f"{NEWS}/{a.path}"
    by_cat = {c: [a for a in news if a.opts["cat"] == c] for c in CATS}

    def cat_url(c: int) -> str:
        return f"{NEWS}/{CATS[c][0]}~c{c}"

    def layout(title: str, main: str, *, path: str, lang: str = "vi", switch: str | None = None, head: str = "",
               crumbs=(), sidebar: bool = True) -> str:
        vi = lang == "vi"
        switch_vi = path if vi else "/vi"
        switch_en = switch or "/en"
        if not vi:
            switch_vi, switch_en = (switch or "/vi"), path
        menu = ([("Trang chủ", "/vi"), ("Giới thiệu", "/vi/gioi-thieu"), ("Tin tức", NEWS)]
                + [(n, cat_url(c)) for c, (_, n) in CATS.items()] + [("Thư viện ảnh", "/vi/thu-vien-anh"), ("Liên hệ", "/vi/lien-he")]
                if vi else [("Home", "/en"), ("News", "/en/news")])
        nav = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{esc(t)}</a></li>' for t, h in menu)
        bc = "".join(f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for t, h in crumbs)
        latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="small text-muted">{a.date:%d/%m/%Y}</span></li>' for a in news[:4])
        side = (f'<aside class="col-lg-4 sidebar"><div class="card mb-4"><div class="card-header">Tin mới đăng</div><ul class="list-unstyled card-body">{latest}</ul></div>'
                f'<div class="card mb-4 qa-box"><div class="card-header">Hỏi đáp chính sách HTX</div><div class="card-body"><p>Gửi câu hỏi của HTX tới Liên minh, '
                f'chúng tôi trả lời trong 3 ngày làm việc.</p><a class="btn btn-success" href="/vi/lien-he">Đặt câu hỏi</a></div></div>'
                f'<div class="card mb-4"><div class="card-body"><img class="img-fluid" src="/static/images/banner-ocop-tien-giang.png" alt="OCOP Tiền Giang"></div></div></aside>'
                if sidebar and vi else "")
        cookie = (f'<div id="cookie-consent" class="cookie-layer" role="dialog" aria-modal="true" aria-labelledby="cookie-title" data-nosnippet>'
                  f'<div class="container"><p id="cookie-title">{COOKIE[0]}</p><div class="cookie-buttons">'
                  f'<button type="button" class="btn btn-primary" data-consent="all">{COOKIE[1]}</button> '
                  f'<button type="button" class="btn btn-outline-secondary" data-consent="essential">{COOKIE[2]}</button> '
                  f'<a href="/vi/chinh-sach-cookie" class="cookie-more">{COOKIE[3]}</a></div></div></div>') if vi else ""
        return f"""<!DOCTYPE html>
<html lang="{lang}">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
{head}
<link rel="stylesheet" href="/static/css/bootstrap.min.css">
<link rel="stylesheet" href="/static/css/app.css">
<link rel="icon" href="/static/images/favicon.png">
</head>
<body class="{'page-news' if '~n' in path else 'page-default'}">
{cookie}
<header class="site-header">
<div class="topbar bg-success text-white"><div class="container d-flex justify-content-between">
<span class="hotline">{"Đường dây hỗ trợ HTX: 0273 3872 519" if vi else "Hotline: 0273 3872 519"}</span>
<ul class="language-switch list-inline mb-0"><li class="list-inline-item{' active' if vi else ''}"><a href="{switch_vi}" hreflang="vi">VI</a></li><li class="list-inline-item{'' if vi else ' active'}"><a href="{switch_en}" hreflang="en">EN</a></li></ul>
</div></div>
<div class="container brand"><a href="{'/vi' if vi else '/en'}" class="navbar-brand"><img src="/static/images/logo-lmhtx-tien-giang.png" alt="{ORG}"><span class="brand-name">{NAME if vi else "Tien Giang Cooperative Alliance"}</span></a>
<form class="search-form" action="/vi/tim-kiem" method="get"><input type="search" name="q" class="form-control" placeholder="Tìm kiếm"></form></div>
<nav class="navbar navbar-expand-lg navbar-dark bg-primary"><div class="container"><ul class="navbar-nav">{nav}</ul></div></nav>
</header>
<main class="container my-4">
{f'<nav aria-label="breadcrumb"><ol class="breadcrumb">{bc}</ol></nav>' if bc else ''}
<div class="row"><div class="{'col-lg-8' if side else 'col-12'}">
{main}
</div>{side}</div>
</main>
<footer class="site-footer bg-dark text-white-50"><div class="container">
<p>{"Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Tiền Giang" if vi else "Tien Giang Cooperative Alliance"}</p>
<p>Địa chỉ: 16 Lê Lợi, phường 1, thành phố Mỹ Tho, tỉnh Tiền Giang</p>
<p>Người chịu trách nhiệm: Chủ tịch Liên minh HTX tỉnh</p>
<p><a href="/vi/chinh-sach-cookie">Chính sách cookie</a> · <a href="/admin" rel="nofollow">Đăng nhập quản trị</a></p>
</div></footer>
<script src="/static/js/bootstrap.bundle.min.js"></script><script src="/static/js/cookie-consent.js"></script>
</body>
</html>
"""

    def jsonld(a: RichArticle, lang: str = "vi") -> str:
        d = a.date - timedelta(hours=7) if a.opts.get("utc") else a.date
        stamp = d.strftime("%Y-%m-%dT%H:%M:%S") + ("+00:00" if a.opts.get("utc") else "+07:00")
        img = a.first_image()
        data = {"@context": "https://schema.org", "@type": "NewsArticle", "headline": a.title,
                "datePublished": stamp, "dateModified": stamp, "inLanguage": lang,
                "author": {"@type": "Organization", "name": ORG},
                "publisher": {"@type": "Organization", "name": ORG, "logo": {"@type": "ImageObject", "url": "{{base}}/static/images/logo-lmhtx-tien-giang.png"}},
                "mainEntityOfPage": "{{base}}" + a.path}
        if img:
            data["image"] = f"{{{{base}}}}/tin-tuc/{a.date:%Y}/image-thumb__content/{img}"
        return f'<script type="application/ld+json">{json.dumps(data, ensure_ascii=False)}</script>'

    def detail(a: RichArticle, *, lang: str = "vi", cat: int | None = None) -> str:
        vi = lang == "vi"
        catlink = f' · <a class="news-category" href="{cat_url(cat)}">{esc(CATS[cat][1])}</a>' if cat else ""
        lead = f'<p class="lead">{inline_html(a.lead)}</p>' if a.lead else ""
        share = (f'<div class="share-tools"><span>{"Chia sẻ:" if vi else "Share:"}</span> <a href="javascript:void(0)" class="share-fb">Facebook</a> '
                 f'<a href="javascript:void(0)" class="share-zalo">Zalo</a> <a href="javascript:window.print()" class="print">{"In trang" if vi else "Print"}</a></div>')
        back = f'<a href="{NEWS if vi else "/en/news"}" class="btn btn-link">{"Quay lại danh sách tin" if vi else "Back to news"}</a>'
        return (f'<article class="news-detail"><h1 class="news-title">{esc(a.title)}</h1>'
                f'<div class="news-meta text-muted"><i class="bi bi-clock"></i> <span class="news-date">{vi_short(a.date)}</span>{catlink}</div>'
                f'{lead}<div class="news-content">\n{bricks(a, lang)}\n</div>{share}{back}</article>')

    for a in news:
        c = a.opts["cat"]
        en = a.opts.get("en")
        head = (f'<meta name="description" content="{attr(a.summary())}">\n<link rel="canonical" href="{{{{base}}}}{a.path}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:title" content="{attr(a.title)}">\n'
                f'<meta property="og:url" content="{{{{base}}}}{a.path}">\n'
                + (f'<link rel="alternate" hreflang="vi" href="{{{{base}}}}{a.path}">\n<link rel="alternate" hreflang="en" href="{{{{base}}}}{en}">\n' if en else "")
                + jsonld(a))
        same = [b for b in by_cat[c] if b is not a][:3] or [b for b in news if b is not a][:3]
        related = ('<section class="related-news mt-4"><h2 class="h5">Tin cùng chuyên mục</h2><div class="row">' + "".join(
            f'<div class="col-md-4"><div class="card news-card"><div class="card-body"><a href="{b.path}" class="stretched-link">{esc(b.title)}</a>'
            f'<p class="small text-muted">{b.date:%d/%m/%Y}</p></div></div></div>' for b in same) + "</div></section>")
        html = layout(f"{esc(a.title)} | {NAME}", detail(a, cat=c) + related, path=a.path, switch=en, head=head,
                      crumbs=[("Trang chủ", "/vi"), ("Tin tức", NEWS), (CATS[c][1], cat_url(c))])
        site.page(a.path, html)
        if a.opts.get("old_slug"):
            old = f"{NEWS}/{a.opts['old_slug']}"
            site.same_page(old, a.path)
            a.aliases.append(old)
        if a.opts.get("legacy"):
            site.redirect(a.opts["legacy"], a.path, 301)
            a.aliases.append(a.opts["legacy"])
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/tin-tuc/{a.date:%Y}/image-thumb__content/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 09/TB-LMHTX", "Tiep nhan ho so vay von dot 2 nam 2025"]))
        site.add_article(a)

    # the English translation of the first item: an article of its own
    vi_item = next(a for a in news if a.opts.get("en"))
    en_item = News(date=vi_item.date, published=vi_item.published, published_source="metadata",
                   evidence=["metadata", "date-element", "listing"], author="Nguyễn Thị Mộng Tuyền",
                   extra={"language": "en", "translation_of": vi_item.path}, opts={"cat": None}, **EN)
    head = (f'<meta name="description" content="{attr(en_item.summary())}">\n<link rel="canonical" href="{{{{base}}}}{en_item.path}">\n'
            f'<link rel="alternate" hreflang="vi" href="{{{{base}}}}{vi_item.path}">\n<link rel="alternate" hreflang="en" href="{{{{base}}}}{en_item.path}">\n'
            + jsonld(en_item, "en"))
    site.page(en_item.path, layout(f"{esc(en_item.title)} | Tien Giang Cooperative Alliance", detail(en_item, lang="en"),
                                   path=en_item.path, lang="en", switch=vi_item.path, head=head,
                                   crumbs=[("Home", "/en"), ("News", "/en/news")]))
    en_item.notes.append("English edition /en/news/<slug>~n245 (the language switch of the Vietnamese item): the same news "
                         "object's English fields, same date; archived as its own article (language en), neither an alias "
                         "nor a duplicate")
    site.add_article(en_item)
    en_list = (f'<h1>News</h1><div class="news-list"><div class="news-item"><h2 class="h5"><a href="{en_item.path}">{esc(en_item.title)}</a></h2>'
               f'<p class="small text-muted">{en_item.date:%d/%m/%Y}</p><p>{esc(en_item.summary())}</p></div></div>')
    site.page("/en/news", layout("News | Tien Giang Cooperative Alliance", en_list, path="/en/news", lang="en", switch=NEWS))
    site.page("/en", layout("Tien Giang Cooperative Alliance", '<h1>Tien Giang Cooperative Alliance</h1><p>The alliance represents and '
                            f'supports the cooperatives of Tien Giang province.</p><p><a href="/en/news">Latest news</a></p>',
                            path="/en", lang="en", switch="/vi"))
    site.non_articles += ["/en/news", "/en"]

    def card(a: RichArticle) -> str:
        img = a.first_image()
        thumb = (f'<img class="card-img-top" src="/tin-tuc/{a.date:%Y}/image-thumb__content/{img}" alt="">' if img
                 else '<img class="card-img-top" src="/static/images/no-image.png" alt="">')
        return (f'<div class="col-md-6 mb-4"><div class="card news-card h-100">{thumb}<div class="card-body">'
                f'<h2 class="card-title h5"><a href="{a.path}">{esc(a.title)}</a></h2><p class="small text-muted">{a.date:%d/%m/%Y}</p>'
                f'<p class="card-text">{esc(a.summary())}</p></div></div></div>')

    def listing(base: str, title: str, items: list, per: int = 6) -> None:
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        urls = [base] + [f"{base}?page={k}" for k in range(2, len(chunks) + 1)]
        for n, chunk in enumerate(chunks):
            pager = ""
            if len(chunks) > 1:
                lis = "".join(f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{u}">{k + 1}</a></li>'
                              for k, u in enumerate(urls))
                if n + 1 < len(urls):
                    lis += f'<li class="page-item"><a class="page-link" href="{urls[n + 1]}" aria-label="Trang sau">&raquo;</a></li>'
                pager = f'<nav aria-label="Phân trang"><ul class="pagination">{lis}</ul></nav>'
            main = f'<h1 class="page-title">{esc(title)}</h1><div class="row news-list">{"".join(card(a) for a in chunk)}</div>{pager}'
            site.page(urls[n], layout(f"{esc(title)} | {NAME}", main, path=urls[n],
                                      head=f'<link rel="canonical" href="{{{{base}}}}{urls[n]}">',
                                      crumbs=[("Trang chủ", "/vi"), (title, base)]))
            site.non_articles.append(urls[n])

    listing(NEWS, "Tin tức", news)
    for c, (slug, n) in CATS.items():
        listing(cat_url(c), n, by_cat[c])
    site.trap("list /vi/tin-tuc (six cards a page: title, 'dd/mm/yyyy', summary) with ?page=2; category lists "
              "/vi/tin-tuc/<cat>~c<id> in the news URL shape (~c, not ~n): listings", f"{NEWS}?page=2")
    hits = [a for a in news if "OCOP" in a.title + a.body + (a.lead or "") or "HTX" in a.title][:5]
    site.page("/vi/tim-kiem?q=ocop", layout(f"Tìm kiếm | {NAME}", '<h1 class="page-title">Kết quả tìm kiếm cho “ocop”</h1><ol class="search-results">'
                                            + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a><p>{esc(a.summary())}</p></li>' for a in hits)
                                            + "</ol>", path="/vi/tim-kiem"))
    site.same_page("/vi/tim-kiem", "/vi/tim-kiem?q=ocop")
    site.non_articles.append("/vi/tim-kiem?q=ocop")

    def doc_page(path: str, title: str, inner: str) -> None:
        site.page(path, layout(f"{esc(title)} | {NAME}", f'<h1 class="page-title">{esc(title)}</h1>{inner}', path=path,
                               head=f'<link rel="canonical" href="{{{{base}}}}{path}">', crumbs=[("Trang chủ", "/vi"), (title, path)]))
        site.non_articles.append(path)

    legacy = next(a for a in news if a.opts.get("legacy"))
    doc_page("/vi/gioi-thieu", "Giới thiệu", '<div class="pimcore_area_wysiwyg pimcore_area_content"><div class="area-wysiwyg">'
             '<p>Liên minh Hợp tác xã tỉnh Tiền Giang là tổ chức chính trị - xã hội và kinh tế, đại diện cho các HTX, liên hiệp HTX '
             'và tổ hợp tác trên địa bàn tỉnh.</p><p>Liên minh tư vấn, hỗ trợ thành lập HTX, đào tạo cán bộ, xúc tiến thương mại '
             'và quản lý Quỹ hỗ trợ phát triển HTX tỉnh.</p></div></div><div class="pimcore_area_image pimcore_area_content">'
             '<section class="area-image"><figure class="figure"><img class="figure-img img-fluid" src="/static/images/tru-so-lmhtx.png" alt="">'
             '<figcaption class="figure-caption">Trụ sở Liên minh HTX tỉnh tại Mỹ Tho</figcaption></figure></section></div>'
             f'<div class="pimcore_area_wysiwyg pimcore_area_content"><div class="area-wysiwyg"><p>Tin bài trên cổng cũ vẫn truy cập được, '
             f'ví dụ: <a href="{legacy.opts["legacy"]}">{esc(legacy.title)}</a>.</p></div></div>')
    doc_page("/vi/lien-he", "Liên hệ", '<p>Văn phòng Liên minh HTX tỉnh Tiền Giang – điện thoại 0273 3872 519.</p>'
             '<form method="post" action="/vi/lien-he" class="contact-form"><input class="form-control" name="contact[name]" placeholder="Họ và tên">'
             '<textarea class="form-control" name="contact[message]"></textarea><button type="submit" class="btn btn-primary">Gửi</button></form>')
    doc_page("/vi/thu-vien-anh", "Thư viện ảnh", '<div class="row gallery">' + "".join(
        f'<div class="col-4"><a href="/static/images/album-{k}.png"><img class="img-fluid" src="/static/images/album-{k}.png" alt=""></a>'
        f'<p class="small">Album {t}</p></div>' for k, t in enumerate(["Hội chợ OCOP 2024", "Đại hội thành viên", "Tập huấn cán bộ HTX"], 1)) + "</div>")
    doc_page("/vi/chinh-sach-cookie", "Chính sách cookie", '<div class="pimcore_area_wysiwyg pimcore_area_content"><div class="area-wysiwyg">'
             '<p>Cookie thiết yếu giúp trang hoạt động; cookie thống kê chỉ được dùng khi bạn đồng ý.</p></div></div>')
    top = news[:3]
    slider = "".join(
        f'<div class="carousel-item{" active" if k == 0 else ""}"><a href="{NEWS}/{a.opts["old_slug"] if a.opts.get("old_slug") else a.path.rsplit("/", 1)[1]}">'
        f'<h2 class="h4">{esc(a.title)}</h2></a><p>{esc(a.summary())}</p></div>' for k, a in enumerate(top))
    slider = slider.replace(f'href="{NEWS}/{news[0].path.rsplit("/", 1)[1]}"', f'href="{news[0].path}"')
    old_item = next(a for a in news if a.opts.get("old_slug"))
    if old_item not in top:
        slider += f'<div class="carousel-item"><a href="{NEWS}/{old_item.opts["old_slug"]}"><h2 class="h4">{esc(old_item.title)}</h2></a></div>'
    home = (f'<div id="home-slider" class="carousel slide" data-bs-ride="carousel"><div class="carousel-inner">{slider}</div></div>'
            f'<h2 class="h5 mt-4">Tin tức</h2><div class="row">{"".join(card(a) for a in news[:4])}</div>'
            f'<p><a href="{NEWS}">Xem tất cả tin tức</a> · <a href="/vi/tim-kiem?q=ocop">OCOP</a></p>')
    site.page("/vi", layout(NAME, home, path="/vi", head='<link rel="canonical" href="{{base}}/vi">'))
    site.non_articles.append("/vi")
    site.redirect("/", "/vi", 301)
    site.trap("home /vi ('/' answers 301 to it): a slider and cards; introduction /vi/gioi-thieu (bricks, no date), "
              "contact, gallery, cookie policy (linked by the consent layer on every page), search /vi/tim-kiem?q=ocop, "
              "English home /en and list /en/news: not articles", "/vi/gioi-thieu")
    site.page("/admin", "<!DOCTYPE html><html><head><title>Pimcore</title></head><body><form method='post' action='/admin/login/login'>"
              "<input name='username'><input name='password' type='password'></form></body></html>")
    site.never_fetched.append("/admin")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\nDisallow: /*?pimcore_preview\nDisallow: /*?pimcore_editmode\n")
    site.trap("a cookie consent layer (text and buttons) opens every page before the header; robots.txt disallows /admin "
              "(the footer's 'Đăng nhập quản trị'): never fetched", "/admin")
    for name in ("logo-lmhtx-tien-giang.png", "favicon.png", "banner-ocop-tien-giang.png", "no-image.png", "tru-so-lmhtx.png",
                 "album-1.png", "album-2.png", "album-3.png"):
        site.binary(f"/static/images/{name}", image_for(name))
    return site
