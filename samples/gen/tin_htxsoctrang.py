"""Site `tin-htxsoctrang` (registry family `generic`): "Liên minh Hợp tác xã tỉnh Sóc Trăng", the site of the Sóc Trăng
cooperative alliance (before the province joined Cần Thơ on 1 July 2025) on **CMSimple_XH 1.7.6** with its default
template **fhs-simple-2019** (Fa_XH, jQuery4CMSimple), the editor TinyMCE 5 and the news plugin **Realblog_XH 3.0beta9**
(SQLite database, its `realblog_blog()`, `realblog_archive()` and `realblog_link()` calls placed in pages). The staff
translated the core and the plugin into Vietnamese (XH ships no `vi`), set the time zone Asia/Ho_Chi_Minh, the date
format "d/m/Y", newest articles first, 5 a page, and added Vietnamese letters to `urichar` so page URLs are ASCII.
Written as a held-out test: no family module, no selectors.

URL shapes: CMS pages `/?Gioi-thieu`, `/?Tin-tuc`, `/?Luu-tru`, `/?Lien-he` (the first page is `/`); an article is a
view of the page that holds `realblog_blog()`: `/?Tin-tuc&realblog_id=N`, from the list's page 2
`/?Tin-tuc&realblog_id=N&realblog_page=2` (Realblog keeps the page for its back button); an archived article
`/?Luu-tru&realblog_id=N&realblog_year=2024`; the blog's pages `/?Tin-tuc&realblog_page=2` (and `=1`, page 1 again),
the archive's years `/?Luu-tru&realblog_year=2024`; every view has a print version (`&print`, built-in print template,
robots noindex, its internal links rewritten to print links); `/?&sitemap`, `/?&mailform`, `/?<page>&login`; the RSS
feed `/?realblog_feed=rss`.

Why it is hard: the article is rendered INSIDE the page "Tin tức": the page's own `<h1>Tin tức</h1>` comes first
(after the header's `<h1>` with the site name), the article's title is an `<h4>` (Realblog's default heading level),
then "Đăng ngày 14/05/2025." (no time) and "Chuyên mục: …"; `<title>` is "Liên minh HTX tỉnh Sóc Trăng – Tin tức –
<title>". Realblog shows the teaser on the lists and the body on the article (show_teaser off): the teaser, a
summary the staff wrote apart, is the article's `<meta name="description">` but not its text. The menu shows the
current page as a `<span>`, the sidebar and the bottom repeat the two newsboxes (contact, links), the footer has print,
sitemap, mail form and login links. The RSS items put the teaser's raw HTML in `<description>`. No canonical anywhere:
a page-2 article, its plain address and their print versions are four URLs of one text.
"""

from __future__ import annotations

import re
from datetime import datetime
from email.utils import format_datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, page_links, pdf
from .richbody import RichArticle

SITE = "tin-htxsoctrang"
NAME = "Liên minh Hợp tác xã tỉnh Sóc Trăng"
SHORT = "Liên minh HTX tỉnh Sóc Trăng"
HTML = "text/html; charset=utf-8"
NOW = datetime(2025, 5, 23, 8, 0)
KEYWORDS = "hợp tác xã, Sóc Trăng, kinh tế tập thể, Liên minh HTX"
SITE_DESC = "Trang thông tin điện tử của Liên minh Hợp tác xã tỉnh Sóc Trăng."
NEWS01 = ("<h4>Liên hệ</h4>\n<p>Liên minh Hợp tác xã tỉnh Sóc Trăng<br>Số 18 Trần Hưng Đạo, Phường 2, thành phố Sóc Trăng"
          "<br>Điện thoại: 0299 3822 419</p>")
NEWS01_TEXT = "Số 18 Trần Hưng Đạo, Phường 2, thành phố Sóc Trăng"
NEWS02 = ("<h4>Liên kết</h4>\n<ul>\n<li><a href=\"{{base:offsite}}/lmhtx-vn/\" target=\"_blank\" rel=\"noopener\">Liên minh HTX "
          "Việt Nam</a></li>\n<li><a href=\"{{base:offsite}}/ubnd-soctrang/\" target=\"_blank\" rel=\"noopener\">Cổng TTĐT tỉnh "
          "Sóc Trăng</a></li>\n</ul>\n<p><a href=\"./?realblog_feed=rss\" target=\"_self\"><img src=\"./plugins/realblog/images/rss.png\" "
          "alt=\"Nhận tin RSS\" title=\"Nhận tin RSS\" style=\"border: 0\"></a></p>")
COPY = "2025 Liên minh Hợp tác xã tỉnh Sóc Trăng"
FURN = [NEWS01_TEXT, "Điện thoại: 0299 3822 419", "Cổng TTĐT tỉnh Sóc Trăng", COPY, "Template by fhs",
        "Powered by CMSimple_XH", "In trang", "Sơ đồ trang", "Đăng nhập", "Danh sách tin", "Đăng ngày", "Chuyên mục:",
        "Trang trước", "Trang sau"]
PAGES = [("Trang chủ", "Trang-chu"), ("Giới thiệu", "Gioi-thieu"), ("Tin tức", "Tin-tuc"), ("Lưu trữ", "Luu-tru"),
         ("Liên hệ", "Lien-he")]
HIDDEN = [("News01", "News01"), ("News02", "News02")]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=d.strftime("%Y-%m-%dT00:00:00+07:00"), published_source="date-element",
                    evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 05/TB-LMHTX về việc xét chọn HTX tham gia Chương trình OCOP năm 2025",
          body="""
LIÊN MINH HTX TỈNH SÓC TRĂNG
Số: 05/TB-LMHTX
Sóc Trăng, ngày 15 tháng 5 năm 2025
THÔNG BÁO
Về việc xét chọn HTX tham gia Chương trình OCOP năm 2025
Căn cứ Kế hoạch thực hiện Chương trình Mỗi xã một sản phẩm của tỉnh năm 2025, Liên minh HTX tỉnh thông báo đến các HTX, tổ hợp tác trên địa bàn tỉnh về việc xét chọn sản phẩm tham gia đánh giá, phân hạng OCOP năm 2025.
Hồ sơ gồm phiếu đăng ký, bản thuyết minh sản phẩm và giấy chứng nhận an toàn thực phẩm, gửi về Văn phòng Liên minh HTX tỉnh trước ngày 10/6/2025.
Liên minh HTX tỉnh hỗ trợ HTX hoàn thiện hồ sơ, thiết kế bao bì và nhãn sản phẩm.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Thị Ngọc Bích
""", author=None, doc_number="05/TB-LMHTX",
          attachments=[{"path": "/userfiles/downloads/TB-05-LMHTX-2025.pdf", "text": "TB-05-LMHTX-2025.pdf"}],
          opts={"id": 8, "cat": "Thông báo",
                "teaser": "Liên minh HTX tỉnh thông báo xét chọn sản phẩm của HTX tham gia đánh giá, phân hạng OCOP năm 2025; "
                          "hạn nộp hồ sơ ngày 10/6/2025.",
                "center": {"LIÊN MINH HTX TỈNH SÓC TRĂNG", "Số: 05/TB-LMHTX", "Sóc Trăng, ngày 15 tháng 5 năm 2025", "THÔNG BÁO",
                           "Về việc xét chọn HTX tham gia Chương trình OCOP năm 2025"},
                "right": {"KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Ngọc Bích"}},
          notes=["notice 'Số: 05/TB-LMHTX' dated 15/5 in the text, published 'Đăng ngày 19/05/2025.' (no time: midnight); "
                 "signer last, no author field: author null; the TinyMCE link 'Tải về: TB-05-LMHTX-2025.pdf' to "
                 "userfiles/downloads/: an attachment; the list and the meta description carry the teaser, a summary "
                 "that is not on the article page"],
          **at(datetime(2025, 5, 19, 8, 45))),
        A(path="", title="Hành tím Vĩnh Châu được giá, thành viên HTX phấn khởi",
          body="""
Những ngày này, thành viên HTX Nông nghiệp Vĩnh Hải (thị xã Vĩnh Châu) tất bật thu hoạch hành tím vụ chính, giá bán tại ruộng từ 28.000 đến 32.000 đồng/kg, cao hơn cùng kỳ năm trước khoảng 10.000 đồng/kg.
Với năng suất bình quân 18 tấn/ha, mỗi ha hành tím cho lãi trên 250 triệu đồng. HTX đã ký hợp đồng cung ứng 300 tấn hành tím cho hai doanh nghiệp chế biến.
""", byline="Theo Báo Sóc Trăng", author=None,
          opts={"id": 7, "cat": "Mô hình HTX",
                "teaser": "Giá hành tím tại ruộng tăng mạnh, thành viên HTX Nông nghiệp Vĩnh Hải có lãi cao."},
          notes=["entered at 21:50 on 7 May (RSS pubDate 'Wed, 07 May 2025 21:50:00 +0700', the page shows only "
                 "07/05/2025); 'Theo Báo Sóc Trăng' names a newspaper: text, author null"],
          **at(datetime(2025, 5, 7, 21, 50))),
        A(path="", title="Tình hình phát triển HTX nông nghiệp tỉnh Sóc Trăng quý I năm 2025",
          body="""
Trong quý I năm 2025, toàn tỉnh thành lập mới 9 HTX nông nghiệp, nâng tổng số HTX nông nghiệp đang hoạt động lên 312 HTX.
| Địa phương | Số HTX | Thành lập mới quý I | Doanh thu bình quân (triệu đồng) |
| Thị xã Vĩnh Châu | 41 | 2 | 1.850 |
| Huyện Mỹ Xuyên | 38 | 1 | 1.620 |
| Thị xã Ngã Năm | 35 | 3 | 1.540 |
| Huyện Thạnh Trị | 33 | 1 | 1.480 |
| Huyện Kế Sách | 30 | 2 | 1.390 |
Các HTX chủ yếu hoạt động trong lĩnh vực trồng lúa, rau màu và nuôi tôm.
""", byline="Lý Thị Sa Mây - Phòng Kinh tế Liên minh HTX tỉnh", author="Lý Thị Sa Mây",
          opts={"id": 6, "cat": "Tin hoạt động",
                "teaser": "Quý I năm 2025, Sóc Trăng có thêm 9 HTX nông nghiệp thành lập mới."},
          notes=["TinyMCE 5 table (widths on the cells, first row of bold cells; one line per row); byline 'Lý Thị Sa Mây - "
                 "Phòng Kinh tế Liên minh HTX tỉnh' -> author Lý Thị Sa Mây"],
          **at(datetime(2025, 4, 23, 10, 15))),
        A(path="", title="Ảnh: HTX Nông nghiệp Thạnh Trị thu hoạch lúa ST25",
          body="""
Đầu tháng 4, hơn 200 ha lúa ST25 của thành viên HTX Nông nghiệp Thạnh Trị cho thu hoạch, năng suất đạt 6,8 tấn/ha.
[img thanh-tri-st25-1.jpg] Máy gặt đập liên hợp thu hoạch lúa ST25 trên cánh đồng của HTX
[img thanh-tri-st25-2.jpg] Thành viên HTX kiểm tra độ ẩm hạt lúa trước khi bán cho doanh nghiệp
[img thanh-tri-st25-3.jpg] Lúa ST25 được doanh nghiệp thu mua ngay tại ruộng với giá 9.000 đồng/kg
""", byline="Bài và ảnh: Thạch Sô Phia", author="Thạch Sô Phia",
          opts={"id": 5, "cat": "Mô hình HTX",
                "teaser": "Hơn 200 ha lúa ST25 của HTX Nông nghiệp Thạnh Trị cho năng suất 6,8 tấn/ha."},
          notes=["photo story: TinyMCE 5 figure.image with figcaption (one line each); 'Bài và ảnh: Thạch Sô Phia' -> "
                 "author"],
          **at(datetime(2025, 4, 9, 6, 40))),
        A(path="", title="Sáu nội dung HTX cần thực hiện khi chuyển đổi theo Luật Hợp tác xã năm 2023",
          body="""
Theo Luật Hợp tác xã năm 2023, các HTX thành lập trước ngày 01/7/2024 cần thực hiện một số nội dung sau để phù hợp với quy định mới:
+ Rà soát danh sách thành viên và vốn góp của từng thành viên.
+ Sửa đổi, bổ sung điều lệ HTX theo quy định của Luật.
+ Xây dựng quy chế quản lý tài sản, quỹ của HTX.
+ Xác định tài sản không chia và phân bổ tài sản chung.
+ Tổ chức đại hội thành viên thông qua các nội dung sửa đổi.
+ Đăng ký thay đổi nội dung đăng ký HTX với cơ quan đăng ký kinh doanh.
""", author=None,
          opts={"id": 4, "cat": "Tin hoạt động",
                "teaser": "Hướng dẫn sáu nội dung HTX cần làm để chuyển đổi theo Luật Hợp tác xã năm 2023."},
          notes=["numbered list (<ol>, one line per item); no byline: author null"],
          **at(datetime(2025, 3, 20, 14, 30))),
        A(path="", title="HTX Bánh pía Vũng Thơm mở rộng nhà xưởng, tạo việc làm cho 40 lao động",
          body="""
HTX Bánh pía Vũng Thơm (huyện Châu Thành) vừa đưa vào sử dụng nhà xưởng mới rộng 800 m2, nâng công suất lên 6.000 bánh mỗi ngày.
Nhà xưởng được đầu tư từ nguồn vốn vay Quỹ hỗ trợ phát triển HTX tỉnh và vốn góp của thành viên, tạo việc làm thường xuyên cho 40 lao động.
""", byline="Tin: Trần Quốc Bảo", author="Trần Quốc Bảo",
          opts={"id": 3, "cat": "Mô hình HTX", "page2": True,
                "teaser": "Nhà xưởng mới giúp HTX Bánh pía Vũng Thơm nâng công suất lên 6.000 bánh mỗi ngày."},
          notes=["on the blog's page 2: linked there as /?Tin-tuc&realblog_id=3&realblog_page=2 (an alias of "
                 "/?Tin-tuc&realblog_id=3, the feed's address); 'Tin: Trần Quốc Bảo' -> author Trần Quốc Bảo"],
          **at(datetime(2025, 2, 18, 9, 0))),
        A(path="", title="Liên minh HTX tỉnh Sóc Trăng tổng kết công tác năm 2024",
          body="""
Chiều 26/12, Liên minh HTX tỉnh Sóc Trăng tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
## Kết quả năm 2024
Năm 2024, toàn tỉnh thành lập mới 32 HTX; Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 11,5 tỷ đồng cho 24 dự án.
## Nhiệm vụ năm 2025
Liên minh HTX tỉnh tập trung hỗ trợ HTX xây dựng sản phẩm OCOP, ứng dụng chuyển đổi số và mở rộng liên kết tiêu thụ lúa gạo.
""", byline="Huỳnh Thanh Phong", author="Huỳnh Thanh Phong",
          opts={"id": 2, "cat": "Tin hoạt động", "page2": True,
                "teaser": "Hội nghị tổng kết công tác năm 2024 của Liên minh HTX tỉnh Sóc Trăng."},
          notes=["oldest published article: only on the blog's page 2 /?Tin-tuc&realblog_page=2 (and in the feed); <h3> "
                 "headings in its body, bigger than its <h4> title; the bare name 'Huỳnh Thanh Phong' closes the text"],
          **at(datetime(2024, 12, 27, 15, 20))),
        A(path="", title="Tập huấn kỹ năng quản trị tài chính cho cán bộ HTX năm 2024",
          body="""
Trong hai ngày 14 và 15/10, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng quản trị tài chính cho 60 cán bộ quản lý HTX.
[img tap-huan-tai-chinh-2024.jpg] Quang cảnh lớp tập huấn tại Hội trường Liên minh HTX tỉnh
Học viên được hướng dẫn lập kế hoạch tài chính, quản lý dòng tiền và tiếp cận nguồn vốn vay ưu đãi.
""", byline="Tin, ảnh: Diệp Bảo", author="Diệp Bảo",
          opts={"id": 1, "cat": "Tin hoạt động", "archived": True,
                "teaser": "Lớp tập huấn quản trị tài chính cho 60 cán bộ quản lý HTX."},
          notes=["archived (Realblog status 2): not on the blog's lists nor in the feed, only in the archive of 2024 "
                 "(/?Luu-tru shows 2025, empty, with '◀' to /?Luu-tru&realblog_year=2024), whose link "
                 "/?Luu-tru&realblog_id=1&realblog_year=2024 is its address (back button 'Lưu trữ'); 'Tin, ảnh: Diệp "
                 "Bảo' -> author Diệp Bảo"],
          **at(datetime(2024, 10, 15, 8, 0))),
    ]


def render(a: RichArticle) -> str:
    """TinyMCE 5's output (XH 1.7's editor) of the article's body."""
    out = []
    center, right = a.opts.get("center", set()), a.opts.get("right", set())
    for b in a.blocks:
        if b.kind == "p":
            if b.text in center:
                out.append(f'<p style="text-align: center;"><strong>{inline_html(b.text)}</strong></p>')
            elif b.text in right:
                out.append(f'<p style="text-align: right;"><strong>{inline_html(b.text)}</strong></p>')
            else:
                out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<figure class="image"><img src="./userfiles/images/tin-tuc/{b.src}" alt="{attr(b.text)}" width="800" '
                       f'height="533">\n<figcaption>{esc(b.text)}</figcaption>\n</figure>')
        elif b.kind == "table":
            head, *rows = b.rows
            w = f"{100 / len(head):.4f}%"
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n<tr>\n'
                       + "\n".join(f'<td style="width: {w};"><strong>{esc(c)}</strong></td>' for c in head) + "\n</tr>\n"
                       + "".join("<tr>\n" + "\n".join(f'<td style="width: {w};">{esc(c)}</td>' for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p><a href=".{x["path"]}" target="_blank" rel="noopener">Tải về: {esc(x["text"])}</a></p>')
    return "\n".join(out)


def to_print(html: str) -> str:
    """XH_convertPrintUrls(): every internal link of the content gets '&print' (or '?print')."""
    def conv(m: re.Match) -> str:
        href = m.group(3)
        if href.startswith(("{{base:", "#", "mailto:", "javascript:")) or re.match(r"^[a-z]+://", href):
            return m.group(0)
        base, _, frag = href.partition("#")
        base += "&amp;print" if "?" in base else "?print"
        return m.group(1) + base + ("#" + frag if frag else "") + m.group(2)
    return re.sub(r"""(<a[^>]+href=(["']))([^"']*)\2""", conv, html)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "soc-trang", NAME + " (CMSimple_XH + Realblog_XH)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    published = [a for a in arts if not a.opts.get("archived")]
    archived = [a for a in arts if a.opts.get("archived")]
    per = 5
    chunks = [published[i:i + per] for i in range(0, len(published), per)]
    for a in published:
        a.path = f"/?Tin-tuc&realblog_id={a.opts['id']}"
    for a in archived:
        a.path = f"/?Luu-tru&realblog_id={a.opts['id']}&realblog_year={a.date.year}"

    def ddmmyyyy(d: datetime) -> str:
        return f"{d:%d/%m/%Y}"

    def h(url: str) -> str:
        return url.replace("&", "&amp;")

    # -- the template ----------------------------------------------------------------------------
    def menu(current: int | None) -> str:
        items = []
        for i, (title, u) in enumerate(PAGES):
            href = "/" if i == 0 else f"/?{u}"
            if i == current:
                items.append(f'<li class="sdoc"><span>{esc(title)}</span></li>')
            else:
                items.append(f'<li class="doc"><a href="{href}">{esc(title)}</a></li>')
        return '\n<ul class="menulevel1">\n' + "\n".join(items) + "\n</ul>\n"

    def locator(crumbs: list[tuple[str, str | None]]) -> str:
        parts = []
        for i, (t, u) in enumerate(crumbs):
            inner = f'<span itemprop="name">{esc(t)}</span>'
            if u and i < len(crumbs) - 1:
                inner = f'<a itemprop="item" href="{u}">{inner}</a>'
            parts.append(f'<span itemprop="itemListElement" itemscope itemtype="https://schema.org/ListItem">{inner}'
                         f'<meta itemprop="position" content="{i + 1}"></span>')
        return '<span itemscope itemtype="https://schema.org/BreadcrumbList">' + " › ".join(parts) + "</span>"

    def neighbours(s: int | None) -> tuple[str | None, str | None]:
        if s is None:
            return None, None
        prev = ("/" if s - 1 == 0 else f"/?{PAGES[s - 1][1]}") if s > 0 else None
        nxt = f"/?{PAGES[s + 1][1]}" if s + 1 < len(PAGES) else None
        return prev, nxt

    def page_html(*, title: str, content: str, s: int | None, crumbs, print_url: str, login_url: str,
                  description: str = SITE_DESC) -> str:
        prev, nxt = neighbours(s)
        rel = (f'<link rel="prev" href="{prev}">' if prev else "") + (f'<link rel="next" href="{nxt}">' if nxt else "")
        prevp = f'<a href="{prev}" rel="prev">« Trang trước</a>' if prev else ""
        nextp = f'<a href="{nxt}" rel="next">Trang sau »</a>' if nxt else ""
        return f"""<!DOCTYPE HTML>
<html lang="vi">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="content-type" content="text/html;charset=UTF-8">
<title>{esc(title)}</title>
<meta name="robots" content="index, follow">
<meta name="keywords" content="{attr(KEYWORDS)}">
<meta name="description" content="{attr(description)}">
<meta name="generator" content="CMSimple_XH 1.7.6 2023061401 - www.cmsimple-xh.org">
<!-- plugins: fa, filebrowser, jquery, meta_tags, page_params, pagemanager, realblog, tinymce5 -->
{rel}<link rel="stylesheet" href="./css/plugins.css" type="text/css">
<link rel="stylesheet" type="text/css" href="./plugins/fa/css/font-awesome.min.css"><link rel="alternate" type="application/rss+xml" href="./?realblog_feed=rss"><script src="./plugins/jquery/lib/jquery/3.7.1/jquery.min.js"></script>
<link rel="stylesheet" href="./templates/fhs-simple-2019/stylesheet.css" type="text/css">
<link rel="apple-touch-icon" sizes="180x180" href="./templates/fhs-simple-2019/images/favicon/apple-touch-icon.png">
<link rel="icon" type="image/png" sizes="32x32" href="./templates/fhs-simple-2019/images/favicon/favicon-32x32.png">
<link rel="icon" type="image/png" sizes="16x16" href="./templates/fhs-simple-2019/images/favicon/favicon-16x16.png">
<link rel="shortcut icon" href="./templates/fhs-simple-2019/images/favicon/favicon.ico">
<meta name="apple-mobile-web-app-title" content="CMSimple_XH">
<meta name="application-name" content="CMSimple_XH">
<meta name="theme-color" content="#ffffff">
</head>

<body onload="">
<header class="row-full-width" id="header">
<nav class="langMenu"></nav>
<div class="row">
<div class="header-cont">
<div id="logo"><a href="./" class="logo">&nbsp;</a></div>
<div id="logoTxt">
<h1><a href="./">&nbsp;{esc(SHORT)}</a></h1>
</div>
</div>
</div>
<div class="burger nav-buttonNoJS" title="Menu"><a href="?&amp;sitemap"><i class="fa fa-bars fa-2x"></i></a></div>
<script>document.write('<button onclick="this.blur();" class="burger" title="Menu"><span class="nos"><\\/span><span class="ncs"><\\/span><span class="nbs"><\\/span><\\/button>');</script>
</header>
<nav class="nav_horizontal closed">
<div class="row">{menu(s)}</div>
</nav>
<div class="row-full-width" id="wrapper">
<div class="row content">
<nav class="locator"><i class="fa fa-map-marker"></i> {locator(crumbs)}</nav>
<div class="c24">
<aside class="secmenu c8 mw240">
<div id="search1"><form id="searchbox" action="/" method="get">
<input type="search" class="text" name="search" title="Tìm kiếm" placeholder="Tìm kiếm" size="12">
<input type="hidden" name="function" value="search">
 <input type="submit" class="submit" value="Tìm">
</form>
</div>
<nav>
<h2></h2>
</nav>
<div id="newsboxes">
<section class="news">
<div class="newsin">{NEWS01}</div>
</section>
<section class="news">
<div class="newsin">{NEWS02}</div>
</section>
</div>
</aside>
</div>
<main class="maincont c16 mw240">{content}
<div class="submenDiv"></div>
<aside id="newsboxes2" class="row">
<section class="news">
{NEWS01}
</section>
<section class="news">
{NEWS02}
</section>
</aside>
</main>
<nav class="row prevNextP"><div class="prevP">{prevp}</div><div class="nextP">{nextp}</div></nav>
</div>
</div>
<footer class="row-full-width" id="footer">
<nav class="row">
<p class="moreLinks"><a href="{h(print_url)}" rel="nofollow">In trang</a> | <a href="/?&amp;sitemap">Sơ đồ trang</a> | <a href="/?&amp;mailform">Gửi thư</a> | <!--<a href="?Impressum">IMPRESSUM</a> | --><a href="{h(login_url)}" rel="nofollow">Đăng nhập</a></p>
</nav>
<div class="row">
<p class="copyright">
<i class="fa fa-copyright fa-fw"></i> {COPY}<br><span class="smaller"><a href="{{{{base:offsite}}}}/cmsimple-xh/" target="_blank">Powered by CMSimple_XH</a> &middot; <a href="{{{{base:offsite}}}}/fhseidel/" target="_blank">Template by fhs</a></span></p>
</div>
</footer>
<div><a id="topLink" href="#"><i class="fa fa-angle-up fa-3x"></i></a></div>
<script src='./templates/fhs-simple-2019/scripts/script.min.js'></script>
<script>
document.write('<style>.nav-buttonNoJS {{display: none !important;}}<\\/style>');
</script>
</body>
</html>
"""

    def print_html(*, title: str, content: str, description: str = SITE_DESC) -> str:
        return (f'<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta http-equiv="content-type" content="text/html;charset=UTF-8">\n'
                f"<title>{esc(title)}</title>\n"
                '<meta name="generator" content="CMSimple_XH 1.7.6 2023061401 - www.cmsimple-xh.org">\n'
                '<!-- plugins: fa, filebrowser, jquery, meta_tags, page_params, pagemanager, realblog, tinymce5 -->\n'
                '<link rel="stylesheet" href="./css/plugins.css" type="text/css">\n'
                '<link rel="stylesheet" type="text/css" href="./plugins/fa/css/font-awesome.min.css"><link rel="alternate" type="application/rss+xml" href="./?realblog_feed=rss">'
                '<link rel="stylesheet" href="./templates/fhs-simple-2019/stylesheet.css" type="text/css">\n'
                '<meta name="robots" content="noindex">\n</head>\n<body class="print" onload="">\n'
                f"{to_print(content)}</body>\n</html>\n")

    def add_view(query: str, *, title: str, content: str, s: int | None, crumbs, description: str = SITE_DESC,
                 f: str = "", article: RichArticle | None = None) -> None:
        """A view (a CMS page, a Realblog view or a special function) and its print version."""
        path = f"/?{query}" if query else "/"
        if f:
            print_url = f"/?&print&{f}"
        else:
            print_url = f"/?{query}&print" if query else "/?&print"
        login_url = "/?Trang-chu&login" if s in (None, 0) else f"/?{PAGES[s][1]}&login"
        site.page(path, page_html(title=title, content=content, s=s, crumbs=crumbs, print_url=print_url,
                                  login_url=login_url, description=description), content_type=None if path == "/" else HTML)
        printed = print_html(title=title, content=content, description=description)
        for k in [print_url]:
            if k not in site.html_pages:
                site.page(k, printed, content_type=HTML)
                if article is not None:
                    article.aliases.append(k)
                else:
                    site.non_articles.append(k)
        if article is None:
            site.non_articles.append(path)
        elif path != article.path:
            article.aliases.append(path)

    home_crumb = ("Trang chủ", "/")

    # -- Realblog views --------------------------------------------------------------------------
    def article_view(a: RichArticle, query: str, back: str, back_text: str) -> None:
        d = ddmmyyyy(a.date)
        buttons = f'        <div class="realblog_buttons">\n            <a class="realblog_button" href="{h(back)}">{back_text}</a>\n        </div>\n'
        block = (f"<!-- realblog article -->\n<div class=\"realblog_article\">\n    <div class=\"realblog_show_box\">\n{buttons}"
                 f"        <h4>{esc(a.title)}</h4>\n        <div class=\"realblog_article_meta\">\n"
                 f'            <span class="realblog_meta_date">Đăng ngày {d}.</span>\n'
                 f'            <span class="realblog_meta_categories">Chuyên mục: {esc(a.opts["cat"])}.</span>\n        </div>\n'
                 f'        <div class="realblog_show_story_entry">{render(a)}</div>\n{buttons}    </div>\n</div>\n')
        s = 3 if a.opts.get("archived") else 2
        page_title = PAGES[s][0]
        content = f"<h1>{esc(page_title)}</h1>\n{block}"
        teaser = a.opts["teaser"]
        add_view(query, title=f"{SHORT} – {page_title} – {a.title}", content=content, s=s,
                 crumbs=[home_crumb, (f"{page_title} – {a.title}", None)], description=teaser, article=a)

    for n, chunk in enumerate(chunks, 1):
        for a in chunk:
            article_view(a, f"Tin-tuc&realblog_id={a.opts['id']}", "/?Tin-tuc", "Danh sách tin")
            if n > 1:
                article_view(a, f"Tin-tuc&realblog_id={a.opts['id']}&realblog_page={n}", f"/?Tin-tuc&realblog_page={n}",
                             "Danh sách tin")
    for a in archived:
        article_view(a, a.path[2:], f"/?Luu-tru&realblog_year={a.date.year}", "Lưu trữ")
    for a in arts:
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/userfiles/images/tin-tuc/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH SOC TRANG", "THONG BAO SO 05/TB-LMHTX",
                                                 "Xet chon HTX tham gia Chuong trinh OCOP nam 2025"]))
        site.add_article(a)
    site.trap("an article is the page 'Tin tức' showing it: <h1>Tin tức</h1> (the page's heading, after the header's h1 "
              "with the site name), the Realblog block with its 'Danh sách tin' buttons, the title in <h4>, 'Đăng ngày "
              "dd/mm/yyyy.' and 'Chuyên mục: …'; <title> 'Liên minh HTX tỉnh Sóc Trăng – Tin tức – <title>'; the "
              "footer's 'In trang' links its print version (&print, robots noindex): an alias", published[0].path + "&print")

    # the blog list: /?Tin-tuc, its pages (page 1 again at realblog_page=1)
    search_form = ('<!-- realblog search form -->\n<form class="realblog_search_form" method="get" action="/">\n'
                   '    <input type="hidden" name="selected" value="Tin-tuc">\n'
                   '    <input type="text" name="realblog_search" class="realblog_search_input"\n'
                   '           title="Hàm tìm kiếm tìm nguyên cụm từ đã nhập." placeholder="Nhập từ khóa">\n'
                   "    <button>Tìm trong tin tức</button>\n</form>\n")

    def pagination(current: int) -> str:
        out = f'<!-- realblog pagination -->\n<div class="realblog_pagination">\n    <span class="realblog_pag_count">{len(published)} bài viết</span>\n'
        for k in range(1, len(chunks) + 1):
            if k == current:
                out += f'    <span class="realblog_pag_current">{k}</span>\n'
            else:
                out += f'    <a class="realblog_button" href="/?Tin-tuc&amp;realblog_page={k}">{k}</a>\n'
        return out + "</div>\n"

    for n, chunk in enumerate(chunks, 1):
        entries = ""
        for a in chunk:
            u = f"/?Tin-tuc&realblog_id={a.opts['id']}" + (f"&realblog_page={n}" if n > 1 else "")
            entries += (f'        <div class="realblog_entry_preview">\n            <h4>\n                <a href="{h(u)}" title="Xem bài viết">\n'
                        f"                {esc(a.title)}\n                </a>\n            </h4>\n"
                        f'            <div class="realblog_article_meta">\n                <span class="realblog_meta_date">Đăng ngày {ddmmyyyy(a.date)}.</span>\n'
                        f'                <span class="realblog_meta_categories">Chuyên mục: {esc(a.opts["cat"])}.</span>\n            </div>\n'
                        f'            <div class="realblog_show_story"><p>{esc(a.opts["teaser"])}</p></div>\n'
                        f'            <div class="realblog_entry_footer">\n                <p class="realblog_read_more">\n'
                        f'                    <a class="realblog_button" href="{h(u)}" title="Xem bài viết">Xem tiếp »</a>\n'
                        "                </p>\n            </div>\n        </div>\n")
        block = (f'<h1>Tin tức</h1>\n{search_form}<!-- realblog articles -->\n<div class="realblog_show_box">\n    {pagination(n)}'
                 f'    <div id="realblog_entries_preview" class="realblog_entries_preview">\n{entries}    </div>\n    {pagination(n)}</div>\n')
        queries = ["Tin-tuc", "Tin-tuc&realblog_page=1"] if n == 1 else [f"Tin-tuc&realblog_page={n}"]
        for q in queries:
            add_view(q, title=f"{SHORT} – Tin tức", content=block, s=2, crumbs=[home_crumb, ("Tin tức", None)])
    site.trap("the blog list /?Tin-tuc (5 a page, newest first; 'N bài viết' and the page numbers above and below; page 1 "
              "again at &realblog_page=1) and /?Tin-tuc&realblog_page=2: each entry an <h4> title, the date line, the "
              "TEASER (a summary the article page does not show) and 'Xem tiếp »'", "/?Tin-tuc&realblog_page=2")

    # the archive: /?Luu-tru shows the current year (2025: nothing archived), '◀' to 2024
    years = sorted({a.date.year for a in arts})
    for y in years:
        if y == NOW.year:
            q = "Luu-tru"
        else:
            q = f"Luu-tru&realblog_year={y}"
        i = years.index(y)
        back = (f'        <a href="{h("/?Luu-tru&realblog_year=" + str(years[i - 1]))}" title="Năm trước">◀</a>\n' if i > 0 else "")
        nxt = ""
        if i + 1 < len(years):
            target = "/?Luu-tru" if years[i + 1] == NOW.year else f"/?Luu-tru&realblog_year={years[i + 1]}"
            nxt = f'        <a href="{h(target)}" title="Năm sau">▶</a>\n'
        items = [a for a in archived if a.date.year == y]
        if items:
            lis = "".join(f'        <li>\n            {ddmmyyyy(a.date)}\n            <a href="{h(a.path)}" title="Xem bài viết">{esc(a.title)}</a>\n        </li>\n'
                          for a in items)
            listing = f"<h4>Tháng {items[0].date.month} {y}</h4>\n    <ul class=\"realblog_archive\">\n{lis}    </ul>\n"
        else:
            listing = "    <p>Chưa có bài viết nào.</p>\n"
        block = (f'<h1>Lưu trữ</h1>\n<p>Các tin đã lưu trữ theo năm.</p>\n<!-- realblog archive -->\n<div class="realblog_archive_container">\n\n'
                 f'    <div class="realblog_table_paging">\n{back}        <span class="realblog_archive_title">Năm {y}</span>\n{nxt}    </div>\n\n'
                 f"{listing}\n</div>\n")
        add_view(q, title=f"{SHORT} – Lưu trữ", content=block, s=3, crumbs=[home_crumb, ("Lưu trữ", None)])
    site.trap("the archive /?Luu-tru (Realblog: the current year, 2025, has nothing archived: 'Chưa có bài viết nào.', "
              "'◀' to /?Luu-tru&realblog_year=2024, the only list of the archived article)", "/?Luu-tru&realblog_year=2024")

    # -- CMS pages ------------------------------------------------------------------------------
    latest = "".join(f'        <p class="realblog_tpl_show_date">{ddmmyyyy(a.date)}</p>\n        <p class="realblog_tpl_show_title">\n'
                     f'            <a href="{h(a.path)}">{esc(a.title)}</a>\n        </p>\n' for a in published[:4])
    home = ("<h1>Trang chủ</h1>\n<p>Chào mừng bạn đến với trang thông tin điện tử của Liên minh Hợp tác xã tỉnh Sóc Trăng. "
            "Trang cập nhật hoạt động của Liên minh HTX tỉnh, các hợp tác xã và tổ hợp tác trên địa bàn tỉnh.</p>\n"
            f'<!-- realblog latest -->\n<div class="realblog_latest">\n    <h4>Tin mới nhất:</h4>\n    <div class="realblog_tpl_show_box">\n{latest}    </div>  \n</div>\n')
    add_view("", title=f"{SHORT} – Trang chủ", content=home, s=0, crumbs=[("Trang chủ", "/")])
    add_view("Gioi-thieu", title=f"{SHORT} – Giới thiệu", s=1, crumbs=[home_crumb, ("Giới thiệu", None)], content=(
        "<h1>Giới thiệu</h1>\n<p>Liên minh Hợp tác xã tỉnh Sóc Trăng là tổ chức chính trị - xã hội và kinh tế, đại diện và bảo vệ "
        "quyền, lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.</p>\n"
        "<p>Liên minh HTX tỉnh có Văn phòng, Phòng Kinh tế - Hỗ trợ phát triển HTX và Quỹ hỗ trợ phát triển HTX.</p>\n"))
    add_view("Lien-he", title=f"{SHORT} – Liên hệ", s=4, crumbs=[home_crumb, ("Liên hệ", None)], content=(
        "<h1>Liên hệ</h1>\n<p>Liên minh Hợp tác xã tỉnh Sóc Trăng</p>\n<p>Địa chỉ: Số 18 Trần Hưng Đạo, Phường 2, thành phố Sóc Trăng</p>\n"
        "<p>Điện thoại: 0299 3822 419 - Thư điện tử: lienminhhtx@soctrang.gov.vn</p>\n"))
    sitemap = ("<h1>Sơ đồ trang</h1>\n\n<ul class=\"sitemaplevel1\">\n"
               + "\n".join(f'<li class="doc"><a href="{"/" if i == 0 else "/?" + u}">{esc(t)}</a></li>' for i, (t, u) in enumerate(PAGES))
               + "\n</ul>\n")
    add_view("&sitemap", title=f"{SHORT} – Sơ đồ trang", content=sitemap, s=None, crumbs=[("Sitemap", None)], f="sitemap")
    mailform = ('<h1>Gửi thư</h1>\n<form class="xh_mailform" action="/" method="post">\n<input type="hidden" name="function" value="mailform">\n'
                '<div>Tên người gửi:<br><input type="text" class="text" size="35" name="sendername" value=""></div>\n'
                '<div>Số điện thoại:<br><input type="tel" class="text" size="35" name="senderphone" value=""></div>\n'
                '<div>Địa chỉ email:<br><input type="email" class="text" size="35" name="sender" value=""></div>\n'
                '<div>Tiêu đề:<br><input type="text" class="text" size="35" name="subject" value=""></div>\n'
                '<div><textarea rows="12" cols="40" name="mailform"></textarea></div>\n'
                '<div><input type="submit" class="submit" value="Gửi thư"></div>\n</form>\n')
    add_view("&mailform", title=f"{SHORT} – Gửi thư", content=mailform, s=None, crumbs=[("Mailform", None)], f="mailform")
    login = ('<h1>Đăng nhập</h1>\n<form id="xh_login" action="/" method="post">\n<input type="hidden" name="login" value="true">\n'
             '<input type="hidden" name="selected" value="">\n<p><label for="xh_login_pw">Mật khẩu</label></p>\n'
             '<input id="xh_login_pw" type="password" name="keycut" value="">\n<input type="submit" value="Đăng nhập">\n</form>\n')
    for i, (_t, u) in enumerate(PAGES):
        add_view(f"{u}&login", title=f"{SHORT} – Đăng nhập", content=login, s=None, crumbs=[("Login", None)], f="login")
    site.trap("CMS pages (/, /?Gioi-thieu, /?Lien-he; the home page's 'Tin mới nhất:' list of the 4 newest with their "
              "dates), /?&sitemap, /?&mailform and the login forms /?<page>&login, each with its print version: not "
              "articles; the two newsboxes (contact, links) are printed twice on every page", "/?Gioi-thieu")

    # -- RSS ---------------------------------------------------------------------------------------------
    items = "".join(f"        <item>\n            <title>{esc(a.title)}</title>\n            <link>{{{{base}}}}/?Tin-tuc&amp;realblog_id={a.opts['id']}</link>\n"
                    f"            <description><p>{esc(a.opts['teaser'])}</p></description>\n"
                    f"            <pubDate>{format_datetime(a.date).replace('-0000', '+0700')}</pubDate>\n        </item>\n" for a in published)
    rss = ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n    <channel>\n'
           f"        <title>Tin tức {esc(NAME)}</title>\n        <description>Tin hoạt động của {esc(NAME)}</description>\n"
           "        <link>{{base}}/?Tin-tuc</link>\n        <language>vi</language>\n        <copyright></copyright>\n"
           f"        <managingEditor>lienminhhtx@soctrang.gov.vn</managingEditor>\n{items}    </channel>\n</rss>\n")
    site.page("/?realblog_feed=rss", rss, content_type="application/rss+xml; charset=UTF-8")
    site.trap("RSS /?realblog_feed=rss (head alternate on every page, the RSS icon in the links newsbox): every published "
              "article at its plain address, pubDate in +0700, the teaser's raw <p> inside <description>", "/?realblog_feed=rss")

    fill_assets(site, ("/css/", "/plugins/", "/templates/", "/userfiles/"))
    return site


def fill_assets(site: SiteBuild, prefixes: tuple[str, ...]) -> None:
    """Files the pages' <link>, <img> and <script> point at: small stand-ins."""
    for path, page in list(site.html_pages.items()):
        for link in page_links(page, path):
            bare = link.split("?")[0].split("#")[0]
            if bare.startswith(prefixes) and not site._exists(bare):
                site.binary(bare, image_for(bare) if bare.endswith((".png", ".ico", ".jpg", ".svg", ".gif")) else b"/* asset */\n")
