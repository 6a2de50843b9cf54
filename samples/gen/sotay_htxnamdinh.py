"""Site `sotay-htxnamdinh` (registry family `generic`): "Sổ tay HTX Nam Định", the notebook the Nam Định cooperative
alliance's office keeps in **TiddlyWiki 5.3** (a single-file wiki, English UI; published as the file itself and as the
static export that `tiddlywiki --render` writes: one page per non-system tiddler and a static main page; rendered on
the office PC, whose clock is Vietnam time; the copy is of 10 June 2025, before the province merged into Ninh Bình).
Written as a held-out test: no family module, no selectors.

URL shapes: `/` = `/index.html`, the single-file wiki (every tiddler in a JSON store inside a `<script>`, with
`created`/`modified` stamps in UTC, "20250512172041000"; a `<noscript>` listing the titles as plain text); `/static.html`
(the static rendering of the page template: the sidebar with its tab buttons "Open Recent Tools More", only the selected
"Open" tab rendered, and the story river of the default tiddlers "Giới thiệu" and "Tin tức"); `/static/<title>.html`,
one per tiddler, the file named by `encodeURIComponent(title)` so that links are double-encoded:
`/static/Tin%2520t%25E1%25BB%25A9c.html` (the file "Tin%20t%E1%BB%A9c.html", the tiddler "Tin tức"); the page
`static/static.css`; attachments under `/files/`. No feed, no site map, no search, no robots.txt.

Why it is hard: a static tiddler page is one `div.tc-tiddler-frame` (its tags in `data-tags`): `h2.tc-title` (the
title), the subtitle "Trần Thị Hoa 13th May 2025 at 12:20am" (the modifier as a tiddler link, then the tiddler's
*modified* date in "DDth MMM YYYY at hh12:0mmam", local time, a 12-hour clock; no other date on the page), the tag
pills (buttons, not links), then `div.tc-tiddler-body`: `<p>`, `<h2 class="">`, lists, tables (`|!…|h` header row in
`<thead>`), images as `data:` URIs in their own `<p>` with the caption in the next `<p><em>`, quotations
`blockquote.tc-quote`, a notice's head block (triple-quote hard line breaks: one `<p>` with `<br>`, one line each). The
modifier "admin" has no tiddler: its link `admin.html` answers 404. The $:/StaticBanner line heads every page.
The tag tiddler "Tin tức" lists the 6 most recently modified news (`<<list-links>>`) and links "Tin tức (trang 2)"
(the rest): the two oldest are only there. Tiddlers "Tin tức", "Tin tức (trang 2)", "Thông báo", "Giới thiệu",
"Liên hệ" and the person tiddler "Trần Thị Hoa" have the same frame: not articles.
"""

from __future__ import annotations

import base64
import json
import re
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "sotay-htxnamdinh"
NAME = "Sổ tay HTX Nam Định"
SUB = "Liên minh Hợp tác xã tỉnh Nam Định"
UTC = timedelta(hours=7)
PER = 6
HOA = "Trần Thị Hoa"
BANNER = "Đây là bản xem tĩnh của Sổ tay HTX Nam Định."
BANNER_LINK = "Mở bản đầy đủ"
VERSION = "5.3.3"
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
FURN = [BANNER, BANNER_LINK, f"{NAME} — {SUB}"]


def enc1(title: str) -> str:
    """JavaScript's encodeURIComponent."""
    return quote(title, safe="!*'()-_.~")


def enc2(title: str) -> str:
    return enc1(enc1(title))


def static_path(title: str) -> str:
    return f"/static/{enc2(title)}.html"


def suffix(day: int) -> str:
    return "th" if 11 <= day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def tw_date(d: datetime, with_time: bool = True) -> str:
    out = f"{d.day}{suffix(d.day)} {MONTHS[d.month - 1]} {d.year}"
    if with_time:
        out += f" at {d.hour % 12 or 12}:{d.minute:02d}{'am' if d.hour < 12 else 'pm'}"
    return out


def tw_stamp(d: datetime) -> str:
    return f"{d - UTC:%Y%m%d%H%M%S}000"


class TwArticle(RichArticle):
    """'~ ' lines: one hard-linebreak paragraph (a line each); '>> ' lines: a blockquote.tc-quote (text)."""

    def text_lines(self, byline_in_text: bool = True) -> list[str]:
        lines = [inline_text(self.lead)] if self.lead else []
        for b in self.blocks:
            if b.kind == "p" and b.text.startswith(("~ ", ">> ")):
                lines.append(inline_text(b.text.split(" ", 1)[1]))
            else:
                lines.extend(b.lines())
        if self.byline and byline_in_text:
            lines.append(inline_text(self.byline))
        return lines


def articles() -> list[TwArticle]:
    A = TwArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc tập huấn kế toán HTX năm 2025",
          body="""
~ LIÊN MINH HTX TỈNH NAM ĐỊNH
~ Số: 07/TB-LMHTX
~ Nam Định, ngày 16 tháng 5 năm 2025
## THÔNG BÁO
Về việc tập huấn nghiệp vụ kế toán HTX năm 2025
Thực hiện Kế hoạch số 14/KH-LMHTX ngày 05/3/2025, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho HTX như sau:
* Thời gian: ngày 10 và 11/6/2025.
* Địa điểm: Hội trường Liên minh HTX tỉnh, số 100 Trần Hưng Đạo, TP Nam Định.
* Đối tượng: kế toán các HTX nông nghiệp; mỗi HTX cử 01 người.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 05/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đoàn Văn Thắng
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/files/TB-07-LMHTX-2025.pdf", "text": "TB-07-LMHTX-2025.pdf"}],
          opts={"by": "admin", "tags": ["Thông báo", "Tin tức"]},
          notes=["notice 'Số: 07/TB-LMHTX' dated 16/5 in its text, subtitle 'admin 20th May 2025 at 9:12am' (the modified "
                 "date; the JSON store of index.html has '20250520021200000', UTC); its head lines are one <p> with <br> "
                 "(one line each); modifier 'admin' (its link admin.html answers 404): no author; the signer is text; "
                 "'Tải về: TB-07-LMHTX-2025.pdf' ([ext[…|/files/…pdf]] in its own paragraph) is the attachment, not text"],
          **at(datetime(2025, 5, 20, 9, 12))),
        A(path="", title="HTX Hải Hậu vào mùa gặt lúa tám xoan",
          body="""
Đầu tháng 6, các HTX nông nghiệp huyện Hải Hậu bước vào thu hoạch lúa tám xoan vụ chiêm xuân.
[img hai-hau-1.png] Thành viên HTX Nông nghiệp Hải Toàn gặt lúa tám xoan bằng máy
[img hai-hau-2.png] Lúa được phơi sấy tại sân của HTX
[img hai-hau-3.png] Gạo tám xoan Hải Hậu đóng túi mang nhãn hiệu tập thể
Năng suất lúa tám xoan năm nay đạt khoảng 5 tấn/ha, cao hơn vụ trước.
""", byline="Ảnh: Trần Thị Hoa", author=HOA,
          opts={"by": HOA, "tags": ["Tin tức", "Hải Hậu"]},
          notes=["photo story: each image a data: URI in its own <p>, the caption the next <p><em> (one line each); "
                 "modifier Trần Thị Hoa (a person; her tiddler exists) and 'Ảnh: Trần Thị Hoa' closes it -> author"],
          **at(datetime(2025, 6, 3, 16, 45))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Nam Định năm 2024",
          body="""
Năm 2024, kinh tế tập thể tỉnh Nam Định tiếp tục phát triển, nhiều HTX mở rộng liên kết tiêu thụ sản phẩm.
| Chỉ tiêu | Đơn vị | Năm 2023 | Năm 2024 |
| HTX đang hoạt động | HTX | 402 | 417 |
| Thành viên HTX | người | 286.500 | 289.300 |
| Doanh thu bình quân một HTX | triệu đồng | 2.760 | 3.050 |
| HTX có sản phẩm OCOP | HTX | 58 | 71 |
Năm 2025, tỉnh phấn đấu thành lập mới 25 HTX và nâng số HTX có sản phẩm OCOP lên 80.
""", author=HOA,
          opts={"by": HOA, "tags": ["Tin tức", "Số liệu"]},
          notes=["a wikitext table ('|!…|h' header row in <thead>, <th>; rows with oddRow/evenRow classes): one line per "
                 "row; subtitle '15th April 2025 at 12:40pm' (a 12-hour clock: 12:40); modifier Trần Thị Hoa, no byline: "
                 "she is the author"],
          **at(datetime(2025, 4, 15, 12, 40))),
        A(path="", title="Những lưu ý khi HTX chăm sóc lúa xuân giai đoạn trỗ bông",
          body="""
Lúa xuân năm 2025 trên địa bàn tỉnh đang bước vào giai đoạn trỗ bông, đây là thời kỳ quyết định năng suất.
## Các biện pháp cần thực hiện
+ Giữ mực nước ruộng từ 3 đến 5 cm trong suốt thời gian trỗ;
+ Không bón thêm phân đạm khi lúa đã trỗ;
+ Phun phòng bệnh đạo ôn cổ bông khi lúa trỗ 5-10%;
+ Theo dõi rầy nâu, phun trừ khi mật độ vượt ngưỡng.
>> "Phun phòng đúng thời điểm giúp giảm hơn một nửa thiệt hại do đạo ôn cổ bông", ông Đỗ Văn Khải lưu ý.
Xem thêm: [[HTX Rau an toàn Mỹ Thành mở rộng diện tích sản xuất|tw:HTX Rau an toàn Mỹ Thành mở rộng diện tích sản xuất]]
""", byline="Đỗ Văn Khải - Chi cục Trồng trọt và Bảo vệ thực vật", author="Đỗ Văn Khải",
          opts={"by": HOA, "tags": ["Tin tức", "Kỹ thuật"]},
          notes=["a '!!' heading (<h2 class=\"\">), a numbered list and a quotation (blockquote.tc-quote: text); modifier "
                 "Trần Thị Hoa but 'Đỗ Văn Khải - Chi cục Trồng trọt và Bảo vệ thực vật' closes the text -> Đỗ Văn Khải; "
                 "its 'Xem thêm' links an older tiddler by its double-encoded static page"],
          **at(datetime(2025, 4, 2, 8, 30))),
        A(path="", title="HTX Muối Bạch Long giữ nghề làm muối truyền thống",
          body="""
HTX Muối Bạch Long (huyện Giao Thủy) hiện có 160 hộ thành viên với 90 ha đồng muối.
HTX đã đầu tư sân phơi trải bạt, giúp hạt muối trắng, sạch và tăng năng suất 20%.
Sản phẩm muối Bạch Long đạt chứng nhận OCOP 3 sao, được tiêu thụ ở nhiều tỉnh phía Bắc.
""", byline="Theo Báo Nam Định", author=None,
          opts={"by": HOA, "tags": ["Tin tức", "OCOP"]},
          notes=["modifier Trần Thị Hoa (who copied it) but 'Theo Báo Nam Định' closes the text: a reprint, no author"],
          **at(datetime(2025, 3, 18, 10, 10))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Nghĩa Lâm",
          body="""
Chiều 12/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Nghĩa Lâm (huyện Nghĩa Hưng).
HTX hiện cung ứng dịch vụ thủy lợi, làm đất và tiêu thụ lúa cho hơn 1.100 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng phương án liên kết sản xuất lúa chất lượng cao.
""", author=None,
          opts={"by": "admin", "tags": ["Tin tức"]},
          notes=["written at 00:20 on 13 May about the afternoon of 12/5: subtitle 'admin 13th May 2025 at 12:20am' (local "
                 "time, 12-hour clock: 00:20); the JSON store of index.html has 'modified': '20250512172000000' (UTC, the "
                 "previous day); published = 2025-05-13 00:20; modifier admin: no author"],
          **at(datetime(2025, 5, 13, 0, 20))),
        A(path="", title="HTX Rau an toàn Mỹ Thành mở rộng diện tích sản xuất",
          body="""
HTX Rau an toàn Mỹ Thành (huyện Mỹ Lộc) vừa mở rộng diện tích trồng rau theo tiêu chuẩn VietGAP lên 25 ha.
Mỗi ngày HTX cung cấp khoảng 4 tấn rau cho các bếp ăn trường học và siêu thị ở TP Nam Định.
HTX đang lắp hệ thống tưới nhỏ giọt cho toàn bộ diện tích nhà lưới.
""", byline="Lê Thu Trang", author="Lê Thu Trang",
          opts={"by": "admin", "tags": ["Tin tức"]},
          notes=["modifier admin but the bare name 'Lê Thu Trang' closes the text: the author; not on 'Tin tức' (6 newest): "
                 "on 'Tin tức (trang 2)' and linked by the rice-care tiddler"],
          **at(datetime(2025, 2, 26, 15, 5))),
        A(path="", title="Liên minh HTX tỉnh Nam Định tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 16 HTX, tổ chức 10 lớp tập huấn cho 680 lượt cán bộ HTX.
""", byline="Tin, ảnh: Phạm Văn Long", author="Phạm Văn Long",
          opts={"by": "admin", "tags": ["Tin tức"]},
          notes=["the oldest tiddler: only on 'Tin tức (trang 2)' (the static page /static/Tin%2520t%25E1%25BB%25A9c"
                 "%2520(trang%25202).html); modifier admin; 'Tin, ảnh: Phạm Văn Long' -> author"],
          **at(datetime(2024, 12, 28, 9, 0))),
    ]


def data_uri(name: str) -> str:
    return "data:image/png;base64," + base64.b64encode(image_for(name)).decode()


def link(title: str, prefix: str, text: str | None = None, exists: bool = True) -> str:
    cls = "tc-tiddlylink-resolves" if exists else "tc-tiddlylink-missing"
    return f'<a class="tc-tiddlylink {cls}" href="{prefix}{enc2(title)}.html">{esc(text or title)}</a>'


def body_html(a: TwArticle, prefix: str) -> str:
    out = []
    hard: list[str] = []
    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("~ "):
            hard.append(esc(b.text[2:]))
            continue
        if hard:
            out.append("<p>" + "<br>".join(hard) + "</p>")
            hard = []
        if b.kind == "p" and b.text.startswith(">> "):
            out.append(f'<blockquote class="tc-quote"><p>{inline_html(b.text[3:])}</p></blockquote>')
        elif b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h2 class="">{esc(b.text)}</h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table><thead><tr class="oddRow">' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "</tr></thead><tbody>"
                       + "".join(f'<tr class="{"evenRow" if i % 2 == 0 else "oddRow"}">'
                                 + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for i, r in enumerate(rows))
                       + "</tbody></table>")
        elif b.kind == "img":
            out.append(f'<p><img src="{data_uri(b.src)}" width="640"></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    for x in a.attachments:
        out.append(f'<p>Tải về: <a class="tc-tiddlylink-external" href="{x["path"]}" rel="noopener noreferrer" '
                   f'target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f"<p><strong>{esc(a.byline)}</strong></p>")
    html = "\n".join(out)
    return re.sub(r'<a href="tw:([^"]+)">', lambda m: f'<a class="tc-tiddlylink tc-tiddlylink-resolves" '
                  f'href="{prefix}{enc2(m.group(1))}.html">', html)


def tag_class(tags: list[str]) -> str:
    return " ".join(f"tc-tagged-{enc1(t)}" for t in tags)


def data_tags(tags: list[str]) -> str:
    return " ".join(f"[[{t}]]" if " " in t else t for t in tags)


def frame(title: str, by: str, d: datetime, tags: list[str], body: str, prefix: str, people: set[str]) -> str:
    pills = "".join(
        f'<span class="tc-tag-list-item" data-tag-title="{attr(t)}"><span class="tc-drop-down-wrapper"><button '
        f'class="tc-btn-invisible tc-tag-label tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2Ftag" style="background-color:;fill:'
        f'#333333;color:#333333;"><span class="tc-tag-label tc-btn-invisible">{esc(t)}</span></button><span '
        f'class=" tc-reveal" hidden="true"></span></span></span>' for t in tags)
    controls = "".join(f'<button aria-label="{k}" class="tc-btn-invisible tc-btn-%24%3A%2Fcore%2Fui%2FButtons%2F{k}" '
                       f'title="{t}"></button>' for k, t in [("more-tiddler-actions", "More actions"),
                                                            ("edit", "Edit this tiddler"),
                                                            ("close", "Close this tiddler")])
    return f"""<div class="tc-tiddler-frame tc-tiddler-view-frame tc-tiddler-exists   {tag_class(tags)} " data-tags="{attr(data_tags(tags))}" data-tiddler-title="{attr(title)}"><div class="tc-tiddler-title">
<div class="tc-titlebar">
<span class="tc-tiddler-controls">
<span class=" tc-reveal">{controls}</span>
</span>
<span>
<span class="tc-tiddler-title-icon" style="fill:;"></span>
<h2 class="tc-title">
{esc(title)}
</h2>
</span>
</div>
<div class="tc-tiddler-info tc-popup-handle tc-reveal" hidden="true"></div>
</div><div class=" tc-reveal" hidden="true"></div>
<div class=" tc-reveal"><div class="tc-subtitle">{link(by, prefix, exists=by in people)} {tw_date(d)}</div></div>
<div class=" tc-reveal"><div class="tc-tags-wrapper">{pills}</div></div>
<div class=" tc-reveal" hidden="true"></div>
<div class="tc-tiddler-body tc-reveal">{body}</div>
</div>"""


def static_page(title: str, frame_html: str) -> str:
    return f"""<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<meta name="generator" content="TiddlyWiki" />
<meta name="tiddlywiki-version" content="{VERSION}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta name="apple-mobile-web-app-status-bar-style" content="black-translucent" />
<meta name="mobile-web-app-capable" content="yes"/>
<meta name="format-detection" content="telephone=no">
<link id="faviconLink" rel="shortcut icon" href="favicon.ico">
<link rel="stylesheet" href="static.css">
<title>{esc(title)}: {esc(NAME)} — {esc(SUB)}</title>
</head>
<body class="tc-body">
<div class="tc-static-banner"><p>{esc(BANNER)} <a class="tc-tiddlylink-external" href="../index.html" rel="noopener noreferrer" target="_blank">{BANNER_LINK}</a></p></div>
<section class="tc-story-river tc-static-story-river">
{frame_html}
</section>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "nam-dinh", f"{NAME} (TiddlyWiki 5)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}/static.html" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    people = {HOA}
    for a in arts:
        a.path = static_path(a.title)
    news = [a for a in arts if "Tin tức" in a.opts["tags"]]
    notices = [a for a in arts if "Thông báo" in a.opts["tags"]]

    def list_links(items: list, prefix: str) -> str:
        return "<ul>" + "".join(f"<li>{link(x.title, prefix)}</li>" for x in items) + "</ul>"

    p2 = "Tin tức (trang 2)"
    admin_d = datetime(2025, 6, 3, 16, 50)
    pages: list[tuple[str, str, datetime, list[str], callable]] = [
        ("Giới thiệu", "admin", datetime(2024, 11, 4, 10, 15), [],
         lambda p: f"<p>{esc(NAME)} là nơi Văn phòng Liên minh Hợp tác xã tỉnh Nam Định ghi lại tin hoạt động, thông báo và "
                   f"tài liệu hướng dẫn cho các HTX.</p><p>Xem: {link('Tin tức', p)}, {link('Thông báo', p)}, "
                   f"{link('Liên hệ', p)}.</p>"),
        ("Tin tức", "admin", admin_d, [],
         lambda p: "<p>Các tin mới nhất của Liên minh HTX tỉnh:</p>" + list_links(news[:PER], p)
                   + f"<p>Xem tiếp: {link(p2, p)}</p>"),
        (p2, "admin", admin_d, [],
         lambda p: "<p>Các tin trước đây:</p>" + list_links(news[PER:], p) + f"<p>Quay lại: {link('Tin tức', p)}</p>"),
        ("Thông báo", "admin", datetime(2025, 5, 20, 9, 15), [],
         lambda p: "<p>Thông báo, văn bản của Liên minh HTX tỉnh:</p>" + list_links(notices, p)),
        ("Liên hệ", "admin", datetime(2024, 11, 4, 10, 30), [],
         lambda p: "<p>Văn phòng Liên minh HTX tỉnh Nam Định, số 100 Trần Hưng Đạo, TP Nam Định. Điện thoại: "
                   "0228.3849.215.</p>"),
        (HOA, HOA, datetime(2024, 11, 5, 14, 0), [],
         lambda p: "<p>Chuyên viên Văn phòng Liên minh HTX tỉnh Nam Định, phụ trách cập nhật sổ tay.</p>"),
    ]
    for a in arts:
        site.page(a.path, static_page(a.title, frame(a.title, a.opts["by"], a.date, a.opts["tags"], body_html(a, ""), "",
                                                     people)))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH NAM DINH", "THONG BAO SO 07/TB-LMHTX"]))
        site.add_article(a)
    for title, by, d, tags, body in pages:
        site.page(static_path(title), static_page(title, frame(title, by, d, tags, body(""), "", people)))
        site.non_articles.append(static_path(title))
    site.broken("/static/admin.html")
    site.trap("the tag tiddler 'Tin tức' (static page /static/Tin%2520t%25E1%25BB%25A9c.html) lists the 6 most recently "
              "modified news with <<list-links>> and links 'Tin tức (trang 2)' (the rest); 'Thông báo', 'Giới thiệu', "
              "'Liên hệ' and the person tiddler 'Trần Thị Hoa' have the same frame and subtitle: not articles",
              static_path("Tin tức"))
    site.trap("every subtitle links its modifier: 'admin' has no tiddler (tc-tiddlylink-missing, admin.html answers 404)",
              "/static/admin.html")
    css = "body.tc-body{font-family:sans-serif}.tc-tiddler-frame{padding:28px}.tc-subtitle{font-size:0.9em;color:#888}\n"
    site.static("/static/static.css", css)
    site.binary("/static/favicon.ico", image_for("favicon"))
    site.binary("/favicon.ico", image_for("favicon"))

    # static.html: the page template rendered statically (sidebar "Open" tab, story river of the default tiddlers)
    default = ["Giới thiệu", "Tin tức"]
    river = "\n".join(frame(t, by, d, tags, body("static/"), "static/", people)
                      for t, by, d, tags, body in pages if t in default)
    tabs = "".join(f'<button class="{"tc-tab-selected" if n == "Open" else ""}">{n}</button>'
                   for n in ["Open", "Recent", "Tools", "More"])
    open_list = "".join(f'<div class="tc-sidebar-tab-open-item"><button class="tc-btn-invisible tc-btn-mini tc-small-gap-right"'
                        f' title="Close this tiddler">×</button>{link(t, "static/")}</div>' for t in default)
    site.page("/static.html", f"""<!doctype html>
<html>
<head>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<meta name="generator" content="TiddlyWiki" />
<meta name="tiddlywiki-version" content="{VERSION}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<link id="faviconLink" rel="shortcut icon" href="favicon.ico">
<title>{esc(NAME)} — {esc(SUB)}</title>
<div id="styleArea"><style type="text/css">{css}</style></div>
</head>
<body class="tc-body">
<div class="tc-static-banner"><p>{esc(BANNER)} <a class="tc-tiddlylink-external" href="../index.html" rel="noopener noreferrer" target="_blank">{BANNER_LINK}</a></p></div>
<div class="tc-page-container tc-page-view-classic tc-language-en-GB">
<div class="tc-sidebar-scrollable" role="region" aria-label="Sidebar"><div class="tc-sidebar-header">
<h1 class="tc-site-title">{esc(NAME)}</h1>
<div class="tc-site-subtitle">{esc(SUB)}</div>
<div class="tc-sidebar-search"><input class="tc-popup-handle" type="search" placeholder="Search"></div>
<div class="tc-sidebar-lists tc-sidebar-tabs" role="region" aria-label="Sidebar"><div class="tc-tab-set tc-sidebar-tabs-main"><div class="tc-tab-buttons tc-sidebar-tabs-main">{tabs}</div><div class="tc-tab-divider tc-sidebar-tabs-main"></div><div class="tc-tab-content tc-sidebar-tabs-main"><div class=" tc-reveal">{open_list}</div></div></div></div>
</div></div>
<section class="tc-story-river" role="main">
{river}
</section>
</div>
</body>
</html>
""")
    site.non_articles.append("/static.html")
    site.trap("static.html: the sidebar's tab buttons 'Open Recent Tools More' with only the selected 'Open' tab rendered "
              "(the default tiddlers), and the story river with 'Giới thiệu' and 'Tin tức' in full: not an article",
              "/static.html")

    # index.html: the single-file wiki (the tiddler store in a <script>, UTC stamps)
    store = []
    for a in arts:
        created = a.date - timedelta(minutes=25)
        store.append({"created": tw_stamp(created), "text": a.body.strip(), "tags": data_tags(a.opts["tags"]),
                      "title": a.title, "modified": tw_stamp(a.date), "modifier": a.opts["by"], "creator": a.opts["by"]})
    for title, by, d, tags, _ in pages:
        store.append({"created": tw_stamp(d), "text": "", "title": title, "modified": tw_stamp(d), "modifier": by})
    store += [{"title": "$:/SiteTitle", "text": NAME}, {"title": "$:/SiteSubtitle", "text": SUB},
              {"title": "$:/DefaultTiddlers", "text": "[[Giới thiệu]]\n[[Tin tức]]"},
              {"title": "$:/StaticBanner", "text": f"{BANNER} [ext[{BANNER_LINK}|../index.html]]"}]
    blob = json.dumps(store, ensure_ascii=False).replace("<", "\\u003C")
    titles = "".join(f"<li>{esc(x['title'])}</li>" for x in store if not x["title"].startswith("$:/"))
    site.page("/", f"""<!doctype html>
<html lang="en-GB">
<head>
<meta http-equiv="Content-Type" content="text/html;charset=utf-8" />
<meta name="application-name" content="TiddlyWiki" />
<meta name="generator" content="TiddlyWiki" />
<meta name="tiddlywiki-version" content="{VERSION}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="format-detection" content="telephone=no" />
<meta name="copyright" content="TiddlyWiki created by Jeremy Ruston, (jermolene @ gmail . com)" />
<title>{esc(NAME)} — {esc(SUB)}</title>
<div id="styleArea"><style data-tiddler-title="$:/boot/boot.css" data-tiddler-type="text/css" type="text/css">.tc-error-form{{font-family:sans-serif}}</style></div>
</head>
<body class="tc-body">
<!--~~ Static styles ~~-->
<div id="styleArea"></div>
<!--~~ Static content for Google and browsers without JavaScript ~~-->
<noscript>
<div id="splashArea">
<p>This TiddlyWiki contains the following tiddlers:</p>
<ul>{titles}</ul>
</div>
</noscript>
<!--~~ Ordinary tiddlers ~~-->
<script class="tiddlywiki-tiddler-store" type="application/json">{blob}</script>
<div id="storeArea" style="display:none;"></div>
<!--~~ Library modules ~~-->
<div id="libraryModules" style="display:none;"></div>
<!--~~ Boot kernel prologue ~~-->
<script data-tiddler-title="$:/boot/bootprefix.js" data-tiddler-type="application/javascript" type="text/javascript">var _bootprefix = (function($tw) {{ return $tw }});</script>
<!--~~ Boot kernel ~~-->
<script data-tiddler-title="$:/boot/boot.js" data-tiddler-type="application/javascript" type="text/javascript">/* boot */</script>
</body>
</html>
""")
    site.same_page("/index.html", "/")
    site.non_articles.append("/")
    site.trap("/ = /index.html: the single-file wiki; the tiddlers are in a JSON <script> store (created/modified in UTC: "
              "the 00:20 post of 13 May is '20250512172000000'), the <noscript> lists the titles without links: not an "
              "article", "/")
    return site
