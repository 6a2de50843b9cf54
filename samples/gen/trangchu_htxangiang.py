"""Site `trangchu-htxangiang` (registry family `generic`): "Liên minh Hợp tác xã tỉnh An Giang", the home page of the
An Giang cooperative alliance (after the merger with Kiên Giang on 1 July 2025) on **ImpressPages 5.0** (the bundled
**Air** theme, the Vietnamese language with URL prefix `vi/`) with the **NewsList** plugin's "News" widget for the news,
the **Rss** and **SitemapXml** plugins. Written as a held-out test: no family module, no selectors.

URL shapes: every page is `/vi/<urlPath>`, the urlPath made from the page title when it was created
(Specialchars::url: lower case, transliterated, spaces and most punctuation to '-', but a comma is kept:
`/vi/lien-minh-htx-tinh-an-giang-tong-ket-nam-2025%2C-trien-khai-nhiem-vu-nam-2026`); articles are pages of the hidden
menus `tin-tuc` (the newest) and `tin-cu` (older ones moved there by the editors), listed by the News widget on
`/vi/tin-tuc` and `/vi/tin-cu-hon` ("page 2", linked as "Xem các tin cũ hơn"); the home page answers at `/`, `/vi/`
and `/vi/trang-chu`; ImpressPages strips a trailing slash before looking a page up, so `/vi/<urlPath>/` is the same
page (200, no canonical); the feed `/rss` (no dates), the sitemap `/sitemap` (no extension).

Why it is hard: an article page carries no date at all (ImpressPages prints none; the News widget shows the page's
"created at" as `dd/MM/y`, 12/03/2026, on the lists only) and no author field; its `<h1>` is the first Heading
widget, which the editors sometimes word differently from the page title used by `<title>`, the header's
`span.currentPage`, the breadcrumb and the lists. The text is a run of widgets in `div#ipBlock-main`: Text
widgets (`div.ipsContainer`), Heading widgets (`h2._title`), Image widgets whose title/alt repeat the caption that the
editors type again as a centred italic Text widget below, and a File widget (`<ul><li><a>file.pdf</a>`: an
attachment, not a list of the text). Lists are `div.ipNewsList` items: the image, an `<h1>` title per item inside a
link, `div._date`, the first Text widget as plain text and "Xem thêm". The static side block (links, address, RSS
link) and the left menu are on every page. The sitemap's lastmod is the page's last update (a post written at 22:50
on 19/01 and corrected after midnight says 2026-01-20). No canonical, no Open Graph, no JSON-LD.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "trangchu-htxangiang"
NAME = "Liên minh Hợp tác xã tỉnh An Giang"
LOGO = "Liên minh HTX tỉnh An Giang"
HTML = "text/html; charset=UTF-8"
V = "?v=5.0.3"
COPY = "© 2025 Liên minh Hợp tác xã tỉnh An Giang. Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
ADDR = "Trụ sở: Số 02 Tôn Đức Thắng, phường Long Xuyên, tỉnh An Giang"
PHONE = "Điện thoại: 0296 3852 117 – Email: lienminhhtx@angiang.gov.vn"
FURN = [COPY, ADDR, PHONE, "Drag & drop with", "Liên kết website", "Thông tin liên hệ", "Theo dõi tin mới qua RSS",
        "Cổng thông tin điện tử tỉnh An Giang", "Liên minh Hợp tác xã Việt Nam"]


def url_path(title: str) -> str:
    """ImpressPages' Specialchars::url (transliterated; a comma survives)."""
    s = title.lower().replace("đ", "d")
    s = "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))
    for ch in " /\\\"'„“&%`!@#$^*(){}[]|~.+?:;":
        s = s.replace(ch, "-")
    return re.sub(r"-+", "-", s)


def link(path: str) -> str:
    return "/vi/" + quote(path, safe="/")


def articles() -> list[RichArticle]:
    A = RichArticle

    def listed(d: datetime) -> dict:
        return dict(date=d, published=iso(d, with_time=False), published_source="listing", evidence=["listing"])

    return [
        A(path="", title="Thông báo số 05/TB-LMHTX về việc đăng ký tham gia Hội chợ nông nghiệp Đồng bằng sông Cửu Long năm 2026",
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH AN GIANG
Số: 05/TB-LMHTX
An Giang, ngày 12 tháng 3 năm 2026
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ nông nghiệp Đồng bằng sông Cửu Long năm 2026
Liên minh HTX tỉnh thông báo tới các HTX, liên hiệp HTX trên địa bàn tỉnh về việc đăng ký gian hàng tại Hội chợ nông nghiệp Đồng bằng sông Cửu Long năm 2026, tổ chức tại phường Rạch Giá từ ngày 15 đến 19/4/2026.
Liên minh HTX tỉnh hỗ trợ 70% chi phí gian hàng cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 31/3/2026.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lâm Văn Sang
""", author=None, doc_number="05/TB-LMHTX",
          attachments=[{"path": "/file/repository/TB-05-LMHTX-2026.pdf", "text": "TB-05-LMHTX-2026.pdf"}],
          opts={"menu": "tin-tuc", "created": datetime(2026, 3, 12, 9, 10), "updated": datetime(2026, 3, 12, 9, 25)},
          notes=["notice 'Số: 05/TB-LMHTX' dated 'An Giang, ngày 12 tháng 3 năm 2026' in the text, the same day as the "
                 "list's 12/03/2026 (the page itself shows no date); signer 'Lâm Văn Sang' last: text, author null; a "
                 "File widget (<ul><li><a title=…>TB-05-LMHTX-2026.pdf</a>) after the text: an attachment, not a list "
                 "line"],
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="document",
          evidence=["document", "listing"], date=datetime(2026, 3, 12, 9, 10)),
        A(path="", title="Kinh tế tập thể tỉnh An Giang năm 2025: số HTX tăng 12%",
          lead="Năm 2025, toàn tỉnh An Giang (sau hợp nhất) có thêm 118 HTX thành lập mới, nâng tổng số lên 1.096 HTX.",
          body="""
| Chỉ tiêu | Năm 2024 | Năm 2025 |
| Tổng số HTX | 978 | 1.096 |
| Số thành viên HTX | 61.540 | 66.210 |
| Doanh thu bình quân một HTX (triệu đồng) | 3.150 | 3.480 |
| Số HTX nông nghiệp ứng dụng công nghệ cao | 42 | 57 |
Các HTX trồng lúa, nuôi thủy sản và du lịch cộng đồng vùng biển đảo là những lĩnh vực tăng nhanh nhất.
""", byline="Theo Báo An Giang", author=None,
          opts={"menu": "tin-tuc", "created": datetime(2026, 2, 24, 14, 0), "updated": datetime(2026, 2, 24, 14, 12)},
          notes=["a bold lead Text widget, then a TinyMCE table (<td><strong> header cells, no <th>): one line per row; "
                 "'Theo Báo An Giang' names a newspaper: text, author null; the title's colon is dropped from the URL"],
          **listed(datetime(2026, 2, 24, 14, 0))),
        A(path="", title="Ảnh: HTX Thốt Nốt Hoàng Gia vào mùa nấu đường",
          body="""
Từ tháng 1 đến tháng 4, các thành viên HTX Thốt Nốt Hoàng Gia (xã Tri Tôn) bước vào mùa thu hoạch nước thốt nốt.
[img thot-not-1.png] Thành viên HTX leo cây thốt nốt lấy nước từ sáng sớm
[img thot-not-2.png] Nước thốt nốt được nấu trong chảo gang tại lò của HTX
[img thot-not-3.png] Đường thốt nốt đạt OCOP 4 sao được đóng gói bán cho khách du lịch
""", byline="Bài và ảnh: Thanh Tùng", author="Thanh Tùng",
          opts={"menu": "tin-tuc", "created": datetime(2026, 2, 6, 8, 30), "updated": datetime(2026, 2, 6, 8, 41)},
          notes=["photo story: three Image widgets (caption only in title/alt attributes) each followed by a Text widget "
                 "with the caption centred in <em> (one line each); 'Bài và ảnh: Thanh Tùng' -> author"],
          **listed(datetime(2026, 2, 6, 8, 30))),
        A(path="", title="Năm việc HTX cần chuẩn bị khi vay vốn Quỹ hỗ trợ phát triển HTX",
          body="""
Để được xem xét cho vay, các HTX cần chuẩn bị đầy đủ năm nội dung sau:
* Phương án sản xuất kinh doanh có hiệu quả, được đại hội thành viên thông qua;
* Báo cáo tài chính hai năm gần nhất;
* Tài sản bảo đảm hoặc bảo lãnh của tổ chức tín dụng;
* Danh sách thành viên tham gia phương án;
* Cam kết sử dụng vốn đúng mục đích.
""", byline="Phạm Văn Hậu - Trung tâm Khuyến nông tỉnh", author="Phạm Văn Hậu",
          opts={"menu": "tin-tuc", "created": datetime(2026, 1, 27, 10, 0), "updated": datetime(2026, 1, 27, 10, 5)},
          notes=["a five-item <ul> in a Text widget after a line ending with a colon; byline 'Phạm Văn Hậu - Trung tâm "
                 "Khuyến nông tỉnh' -> author Phạm Văn Hậu"],
          **listed(datetime(2026, 1, 27, 10, 0))),
        A(path="", title="Liên minh HTX tỉnh An Giang tổng kết năm 2025, triển khai nhiệm vụ năm 2026",
          body="""
Chiều 19/1, Liên minh HTX tỉnh An Giang tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.
Năm 2025 là năm đầu tiên Liên minh HTX tỉnh hoạt động sau khi hợp nhất hai tỉnh An Giang và Kiên Giang.
## Nhiệm vụ năm 2026
Liên minh HTX tỉnh phấn đấu thành lập mới 120 HTX, hỗ trợ 30 HTX tham gia chuỗi liên kết lúa gạo và thủy sản.
""", byline="Ngọc Hân", author="Ngọc Hân",
          opts={"menu": "tin-tuc", "created": datetime(2026, 1, 19, 22, 50), "updated": datetime(2026, 1, 20, 0, 20)},
          notes=["created at 22:50 on 19/01 (the list: 19/01/2026), corrected at 00:20: the sitemap's lastmod says "
                 "2026-01-20; the comma of the title stays in the URL (%2C); a Heading widget <h2> in the text; the bare "
                 "name 'Ngọc Hân' closes the text (author)"],
          **listed(datetime(2026, 1, 19, 22, 50))),
        A(path="", title="HTX Nông nghiệp Long Điền B đưa gạo lên sàn thương mại điện tử",
          body="""
HTX Nông nghiệp Long Điền B (xã Long Điền) vừa mở gian hàng gạo thơm trên hai sàn thương mại điện tử.
Sau một tháng, HTX bán được 9 tấn gạo đóng túi, giá bán cao hơn bán cho thương lái từ 1.500 đến 2.000 đồng/kg.
HTX đang xây dựng mã vùng trồng để đưa thêm sản phẩm gạo hữu cơ lên sàn trong năm 2026.
""", author=None,
          opts={"menu": "tin-tuc", "created": datetime(2025, 12, 15, 15, 30), "updated": datetime(2025, 12, 15, 15, 40),
                "page_title": "HTX Long Điền B đưa gạo lên sàn TMĐT"},
          notes=["page title 'HTX Long Điền B đưa gạo lên sàn TMĐT' (in <title>, span.currentPage, the breadcrumb, the "
                 "lists and the URL) while the page's h1 Heading widget says 'HTX Nông nghiệp Long Điền B đưa gạo lên sàn "
                 "thương mại điện tử': the title is the h1; no byline: author null"],
          **listed(datetime(2025, 12, 15, 15, 30))),
        A(path="", title="Tập huấn kỹ năng bán hàng trực tuyến cho HTX vùng Bảy Núi",
          body="""
Trong hai ngày 18 và 19/11, Liên minh HTX tỉnh tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 50 cán bộ HTX vùng Bảy Núi.
Học viên được hướng dẫn chụp ảnh sản phẩm, viết bài giới thiệu và livestream bán hàng trên mạng xã hội.
""", byline="Trần Minh Khoa", author="Trần Minh Khoa",
          opts={"menu": "tin-cu", "created": datetime(2025, 11, 20, 8, 0), "updated": datetime(2025, 11, 20, 8, 15),
                "slash": True},
          notes=["on /vi/tin-cu-hon only among the lists; 'Giới thiệu' links it as /vi/<urlPath>/ (trailing slash, the "
                 "same page, 200, no canonical): an alias; 'Trần Minh Khoa' closes the text (author)"],
          **listed(datetime(2025, 11, 20, 8, 0))),
        A(path="", title="Liên minh HTX tỉnh An Giang kiện toàn Ban Chấp hành sau hợp nhất",
          body="""
Ngày 7/10, Liên minh HTX tỉnh An Giang tổ chức hội nghị kiện toàn Ban Chấp hành nhiệm kỳ 2025 - 2030 sau khi hợp nhất với Liên minh HTX tỉnh Kiên Giang.
Ban Chấp hành mới gồm 35 ủy viên, trong đó có 12 đại diện các HTX tiêu biểu của hai địa phương.
Hội nghị cũng thống nhất quy chế làm việc và chương trình công tác những tháng cuối năm 2025.
""", byline="Lê Thị Mỹ Duyên", author="Lê Thị Mỹ Duyên",
          opts={"menu": "tin-cu", "created": datetime(2025, 10, 8, 9, 30), "updated": datetime(2025, 10, 8, 9, 30)},
          notes=["oldest article: only on /vi/tin-cu-hon ('Xem các tin cũ hơn'), its date only there (08/10/2025); "
                 "'Lê Thị Mỹ Duyên' closes the text (author)"],
          **listed(datetime(2025, 10, 8, 9, 30))),
    ]


def widget(name: str, html: str) -> str:
    return f'<div\n    class="ipWidget ipWidget-{name} ipSkin-default"\n        >\n    {html}\n</div>\n'


def text_widget(inner: str) -> str:
    return widget("Text", f'<div class="ipsContainer">\n    {inner}</div>')


def heading_widget(text: str, level: int) -> str:
    return widget("Heading", f'<h{level} class="_title">\n            {esc(text)}\n    </h{level}>')


def image_url(src: str, created: datetime) -> str:
    stem = src.rsplit(".", 1)[0]
    return f"/file/{created:%Y/%m/%d}/{stem}_1.png"


def widgets(a: RichArticle) -> list[str]:
    """The article's widgets: Heading (h1), Text widgets, Heading h2, Image + caption Text, byline, File."""
    out = [heading_widget(a.title, 1)]
    buf: list[str] = []
    created = a.opts["created"]

    def flush() -> None:
        if buf:
            out.append(text_widget("\n".join(buf) + "\n"))
            buf.clear()

    if a.lead:
        out.append(text_widget(f"<p><strong>{inline_html(a.lead)}</strong></p>\n"))
    for b in a.blocks:
        if b.kind == "p":
            buf.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            flush()
            out.append(heading_widget(b.text, 2))
        elif b.kind in ("ul", "ol"):
            buf.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            buf.append('<table style="width: 100%;" border="1" cellspacing="0" cellpadding="4">\n<tbody>\n<tr>\n'
                       + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "\n</tr>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "\n</tbody>\n</table>")
        elif b.kind == "img":
            flush()
            out.append(widget("Image", f'<a\n                        title="{attr(b.text)}"\n        data-description=""\n        >\n'
                              f'        <img class="ipsImage" src="{image_url(b.src, created)}" alt="{attr(b.text)}" title="{attr(b.text)}" />\n    </a>'))
            if b.text:
                out.append(text_widget(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>\n'))
    if a.byline:
        buf.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    flush()
    for x in a.attachments:
        out.append(widget("File", f'<ul>\n    <li>\n        <a href="{x["path"]}"\n           title="{attr(x["text"])}">\n'
                          f'            {esc(x["text"])}        </a>\n    </li>\n</ul>'))
    return out


def first_text(a: RichArticle) -> str:
    """What NewsList shows: the first Text widget as plain text (Html2Text)."""
    if a.lead:
        return inline_text(a.lead)
    lines = []
    for b in a.blocks:
        if b.kind == "p":
            lines.append(inline_text(b.text))
        elif b.kind in ("ul", "ol"):
            lines.extend(inline_text(i) for i in b.items)
        elif b.kind == "table":
            lines.extend(" ".join(r) for r in b.rows)
        else:
            break
    if a.byline and all(b.kind in ("p", "ul", "ol", "table") for b in a.blocks):
        lines.append(a.byline)
    return "\n".join(lines)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "an-giang", NAME + " (ImpressPages)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.opts["created"], reverse=True)
    for k, a in enumerate(posts):
        a.opts["ptitle"] = a.opts.get("page_title", a.title)
        a.opts["url"] = url_path(a.opts["ptitle"])
        a.opts["pid"] = 41 - k * 2
        a.path = link(a.opts["url"])

    pages = {  # page title -> (urlPath, id)
        "Trang chủ": ("trang-chu", 1), "Giới thiệu": ("gioi-thieu", 2), "Tin tức": ("tin-tuc", 3),
        "Văn bản": ("van-ban", 4), "Liên hệ": ("lien-he", 5), "Tin cũ hơn": ("tin-cu-hon", 6),
    }
    menu1 = ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Liên hệ"]
    menu2 = ["Tin tức", "Tin cũ hơn", "Văn bản"]

    def menu(items: list[str], current: str | None) -> str:
        lis = []
        for t in items:
            cls = ' class="active"' if t == current else ""
            lis.append(f'\n        <li{cls}>\n            <a href="{link(pages[t][0])}" title="{attr(t)}">\n                {esc(t)}\n'
                       "            </a>\n                    </li>")
        return '<ul class="level1">' + "".join(lis) + "\n</ul>\n"

    side = (text_widget('<h3>Liên kết website</h3>\n<ul>\n<li><a href="{{base:offsite}}/chinh-phu/" target="_blank">'
                        'Cổng thông tin điện tử tỉnh An Giang</a></li>\n<li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">'
                        'Liên minh Hợp tác xã Việt Nam</a></li>\n</ul>\n')
            + text_widget(f"<h3>Thông tin liên hệ</h3>\n<p>{esc(ADDR)}</p>\n<p>{esc(PHONE)}</p>\n"
                          '<p><a href="/rss">Theo dõi tin mới qua RSS</a></p>\n'))

    def layout(title: str, current_page: str, main: str, *, current_menu: str | None, crumbs: list[tuple[str, str]] | None,
               page_id: int, home: bool = False, desc: str = "") -> str:
        crumb = ""
        if crumbs is not None:
            crumb = '<ol class="breadcrumb">\n    <li><a href="{{base}}/vi/">Trang chủ</a></li>\n'
            for k, (t, href) in enumerate(crumbs):
                if k < len(crumbs) - 1:
                    crumb += f'            <li><a href="{href}" title="{attr(t)}">{esc(t)}</a></li>\n'
                else:
                    crumb += f'            <li class="active">{esc(t)}</li>\n'
            crumb += "    </ol>\n"
        block = f"<div id=\"ipBlock-main\" data-revisionid='{page_id * 7 + 3}' data-languageid='1' class=\"ipBlock\">{main}</div>"
        if home:
            body = f'    <div class="main col_12">\n        {block}\n    </div>\n    <div class="clear"></div>\n'
        else:
            body = (f'    <div class="sidenav col_12 col_md_12 col_lg_3 left">\n        <nav>\n            {menu(menu2, current_menu)}'
                    f'        </nav>\n    </div>\n    <div class="main col_12 col_md_12 col_lg_8 right">\n        {crumb}        {block}\n'
                    f'    </div>\n    <div class="side col_12 col_md_12 col_lg_3 left">\n        <aside>\n            '
                    f"<div id=\"ipBlock-side1\" data-revisionid='0' data-languageid='0' class=\"ipBlock\">{side}</div>"
                    f'        </aside>\n    </div>\n    <div class="clear"></div>\n')
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
        <meta charset="UTF-8" />
    <title>{esc(title)}</title>
    <link rel="shortcut icon" href="{{{{base}}}}/favicon.ico" />
    <meta name="keywords" content="" />
    <meta name="description" content="{attr(desc)}" />
    <meta name="generator" content="ImpressPages" />
    <link href="{{{{base}}}}/Ip/Internal/Core/assets/ipContent/ipContent.min.css{V}" rel="stylesheet" type="text/css" />
    <link href="{{{{base}}}}/Plugin/NewsList/assets/newsList.css{V}" rel="stylesheet" type="text/css" />
    <link href="{{{{base}}}}/Theme/Air/assets/theme.css{V}" rel="stylesheet" type="text/css" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
</head>
<body class="ltr">
<div class="wrapper clearfix">
    <header class="clearfix col_12">
        <a href="{{{{base}}}}/vi/" class="logo">{esc(LOGO)}</a>
        <div class="right">
            <span class="currentPage">{esc(current_page)}</span>
            <a href="#" class="topmenuToggle">&nbsp;</a>
            <div class="topmenu">
                {menu(menu1, current_menu)}                            </div>
        </div>
    </header>
{body}<footer class="clearfix">
    <div class="col_12">
        <div class="left" id="themeName">{esc(COPY)}</div>
        <div class="right">
            Drag &amp; drop with <a href="{{{{base:offsite}}}}/impresspages/">ImpressPages</a>        </div>
    </div>
</footer>
</div>
<script>
var ip = {{"baseUrl":"{{{{base}}}}\\/","safeMode":false,"languageId":1,"languageCode":"vi","languageUrl":"{{{{base}}}}\\/vi\\/","theme":"Air","pageId":{page_id},"securityToken":"3c1f0b2e9a7d4c51","developmentEnvironment":0,"debugMode":0,"isManagementState":false,"isAdminState":false}};
</script>
  <script type="text/javascript" src="{{{{base}}}}/Ip/Internal/Core/assets/js/jquery.js{V}"></script>
  <script type="text/javascript" src="{{{{base}}}}/Ip/Internal/Core/assets/ipCore.min.js{V}"></script>
  <script type="text/javascript" src="{{{{base}}}}/Theme/Air/assets/site.js{V}"></script>

</body>
</html>
"""

    # -- articles ---------------------------------------------------------------------------
    for a in posts:
        parent = "Tin tức" if a.opts["menu"] == "tin-tuc" else "Tin cũ hơn"
        html = layout(a.opts["ptitle"], a.opts["ptitle"], "".join(widgets(a)), current_menu=None,
                      crumbs=[(a.opts["ptitle"], a.path)], page_id=a.opts["pid"], desc="")
        site.page(a.path, html)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(image_url(b.src, a.opts["created"]), image_for(b.src))
                site.binary(f"/file/repository/{b.src}", image_for("orig-" + b.src))
                site.binary(f"/file/{a.opts['created']:%Y/%m/%d}/{b.src.rsplit('.', 1)[0]}_2.png", image_for("w200-" + b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 05/TB-LMHTX", "Hoi cho nong nghiep DBSCL 2026"]))
        if a.opts.get("slash"):
            site.same_page(a.path + "/", a.path)
            a.aliases.append(a.path + "/")
        a.opts["parent"] = parent
        site.add_article(a)
    slash = next(a for a in posts if a.opts.get("slash"))

    def news_list(items: list[RichArticle], image_width: int | None) -> str:
        out = ['<div class="ipNewsList">\n']
        for a in items:
            img = next((b.src for b in a.blocks if b.kind == "img"), None)
            img_html = ""
            if img:
                src = (f"/file/{a.opts['created']:%Y/%m/%d}/{img.rsplit('.', 1)[0]}_2.png" if image_width
                       else f"/file/repository/{img}")
                img_html = f'            <img src="{{{{base}}}}{src}" alt="{attr(a.opts["ptitle"])}">'
            out.append(f'    <div class="_newsItem">\n\n        \n{img_html}        <div class="_newsText">\n\n'
                       f'            <a href="{{{{base}}}}{a.path}">\n                <h1>{esc(a.opts["ptitle"])}</h1>\n            </a>\n'
                       f'            <div class="_date">{a.opts["created"]:%d/%m/%Y}</div>\n\n'
                       f'            <div>{esc(first_text(a))}</div>\n'
                       f'            <a class="_more" href="{{{{base}}}}{a.path}">Xem thêm</a>\n        </div>\n\n\n    </div>\n\n')
        out.append("</div>\n")
        return widget("News", "".join(out))

    newest = [a for a in posts if a.opts["menu"] == "tin-tuc"]
    older = [a for a in posts if a.opts["menu"] == "tin-cu"]

    def content_page(title: str, main: str, *, home: bool = False, current: str | None = None,
                     extra_paths: tuple[str, ...] = ()) -> None:
        path = link(pages[title][0])
        html = layout(title, title, main, current_menu=current or title, crumbs=None if home else [(title, path)],
                      page_id=pages[title][1], home=home, desc=NAME if home else "")
        site.page(path, html)
        site.non_articles.append(path)
        for p in extra_paths:
            site.page(p, html) if p == "/" else site.same_page(p, path)
            site.non_articles.append(p)

    content_page("Trang chủ", heading_widget(NAME, 1)
                 + text_widget("<p>Chào mừng bạn đến với trang thông tin của Liên minh Hợp tác xã tỉnh An Giang. Trang cập "
                               "nhật hoạt động của Liên minh HTX, các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p>\n")
                 + heading_widget("Tin mới", 2) + news_list(newest[:3], 200), home=True, extra_paths=("/", "/vi/"))
    content_page("Tin tức", heading_widget("Tin tức", 1) + news_list(newest, None)
                 + text_widget(f'<p style="text-align: right;"><a href="{link("tin-cu-hon")}">Xem các tin cũ hơn »</a></p>\n'))
    content_page("Tin cũ hơn", heading_widget("Tin cũ hơn", 1) + news_list(older, None), current="Tin cũ hơn")
    site.trap("lists: the News widget (div.ipNewsList: per item the image, an <h1> title inside a link, div._date "
              "'dd/mm/yyyy', the first Text widget as plain text, 'Xem thêm') on the home page (three items), /vi/tin-tuc "
              "and its 'page 2' /vi/tin-cu-hon (the hidden menu 'tin-cu', linked as 'Xem các tin cũ hơn »'); the home "
              "page also answers at / and /vi/", link("tin-cu-hon"))
    doc = posts[[a.doc_number for a in posts].index("05/TB-LMHTX")]
    content_page("Văn bản", heading_widget("Văn bản", 1)
                 + text_widget(f'<p>Các văn bản, thông báo của Liên minh HTX tỉnh:</p>\n<ul>\n<li><a href="{doc.path}">'
                               f"{esc(doc.title)}</a></li>\n</ul>\n"))
    content_page("Giới thiệu", heading_widget("Giới thiệu", 1)
                 + text_widget("<p>Liên minh Hợp tác xã tỉnh An Giang được kiện toàn từ ngày 1/7/2025 trên cơ sở hợp nhất "
                               "Liên minh HTX tỉnh An Giang và Liên minh HTX tỉnh Kiên Giang.</p>\n<p>Liên minh HTX tỉnh là tổ "
                               "chức đại diện, hỗ trợ các HTX, liên hiệp HTX và tổ hợp tác phát triển.</p>\n"
                               f'<p>Hoạt động tiêu biểu: <a href="{slash.path}/">{esc(slash.title)}</a></p>\n'))
    form = ('<form class="ipsForm ipModuleForm ipsAjaxSubmit" method="POST" action="{{base}}/vi/lien-he" enctype="multipart/form-data">'
            '<div class="form-group type-text name-name required"><label for="f_1">Họ tên</label><input class="form-control" name="name" type="text" id="f_1"></div>'
            '<div class="form-group type-textarea name-message required"><label for="f_2">Nội dung</label><textarea class="form-control" name="message" id="f_2"></textarea></div>'
            '<div class="form-group type-submit"><button class="btn btn-default" type="submit">Gửi</button></div></form>')
    content_page("Liên hệ", heading_widget("Liên hệ", 1) + text_widget(f"<p>{esc(ADDR)}</p>\n<p>{esc(PHONE)}</p>\n") + widget("Form", form))
    site.trap("pages /vi/gioi-thieu (links an article with a trailing slash), /vi/van-ban (links the notice), /vi/lien-he "
              "(a Form widget): Heading h1 + Text widgets like an article, no date: not articles", link("gioi-thieu"))

    # -- feed and sitemap -------------------------------------------------------------------
    items = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}/vi/{a.opts['url']}</link>"
                    f"<description><![CDATA[\r\n{esc(first_text(a)).replace(chr(10), '<br/>')}\n]]></description></item>"
                    for a in posts)
    site.page("/rss", "<?xml version='1.0' encoding='UTF-8'?><rss version='2.0'><channel><title>Tin tức Liên minh HTX tỉnh An Giang</title>"
              f"<link>{{{{base}}}}/rss</link><description>Tin hoạt động HTX tỉnh An Giang</description><language>vi</language>{items}"
              "</channel></rss>", content_type="application/rss+xml; charset=UTF-8")
    site.trap("RSS /rss (the Rss plugin, linked from the side block): title = first Heading widget, link with the raw "
              "urlPath (an unencoded comma), description = first Text widget; no pubDate at all", "/rss")
    smap = [(link(pages[t][0]), datetime(2025, 9, 30, 10, 0)) for t in ["Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Liên hệ", "Tin cũ hơn"]]
    smap += [(a.path, a.opts["updated"]) for a in posts]
    site.page("/sitemap", '<?xml version="1.0" encoding="UTF-8"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              + "".join(f"<url><loc>{{{{base}}}}{u}</loc><lastmod>{d:%Y-%m-%d}</lastmod></url>" for u, d in smap) + "</urlset>",
              content_type="text/xml;")
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin\n\nSitemap: {{base}}/sitemap\n")
    site.trap("sitemap /sitemap (SitemapXml plugin, announced in robots.txt): every page, lastmod = the page's last "
              "update as Y-m-d (the post of 19/01 22:50 corrected at 00:20 says 2026-01-20)", "/sitemap")
    site.binary("/favicon.ico", image_for("favicon"))
    return site
