"""Site `goctin-htxbinhthuan` (registry family `generic`): "Góc tin HTX Bình Thuận", the news blog the Bình Thuận
cooperative alliance's office runs on **BlogEngine.NET 3.3** (the ASP.NET blog engine, XML provider; the "Standard"
theme; the blog's language `vi-VN` on a Windows server, so .NET's own Vietnamese month names; the blog setting
"Timezone" +7; "posts per page" 5, "posts in feed" 5; "Add date to post links" on; the copy is of 20 May 2024,
before the province merged into Lâm Đồng). Written as a held-out test: no family module, no selectors.

URL shapes: a post `/post/2024/05/13/<Slug>.aspx` (BlogEngine's slug keeps the title's capitals, drops the
diacritics but not đ/Đ: `HTX-Đong-Tien`, percent-encoded in the address); the same post at `/post/<Slug>.aspx`
(BlogEngine resolves the slug without the date: a later post links one so, an alias) and at the permalink
`/post.aspx?id=<guid>` (the footer's "Liên kết cố định" and the feed's `<guid>`: an alias); lists `/` with
`/?page=2`, `/category/<Name>.aspx` (+`?page=2`), `/author/<account>.aspx` (+`?page=2`), tag lists
`/?tag=/<tag>`, day lists `/2024/05/13/default.aspx` (the calendar widget), the archive `/archive.aspx`, the
search `/search.aspx?q=`, the contact form `/contact.aspx`, a page `/page/Gioi-thieu.aspx`; the RSS
`/syndication.axd` (5 newest, GMT), a post's comment feed `/syndication.axd?post=<guid>`, `/sitemap.axd`; files
`/file.axd?file=/2024/05/<name>` and pictures `/image.axd?picture=/2024/05/<name>`; `/Account/login.aspx`
(robots.txt disallows `/Account/`).

Why it is hard: the page's `<h1>` is the blog's name (`h1.header-title`); the post's title is `h2.post-title` in
`article.post`, whose `div.post-info` prints the date as `DateCreated.ToString("d. MMMM yyyy HH:mm")` in vi-VN:
"13. Tháng Năm 2024 08:30" (.NET's month names: "Tháng Năm" is May, not a year; "Tháng Giêng" is January), the
account's display name and the categories. The listings print every post in full (BlogEngine's default: no
excerpts), so the home page carries whole texts. Below the body: "Thẻ:" tags, the rating ("Hiện được đánh giá 0 bởi
0 người"), the AddThis toolbox, the post navigation (« older | newer »), "Bài viết liên quan", the comments
(visitors' words, never the article) and the comment form. The author is the account's display name when it is a
person ("Admin" is the install's account, no author); a closing byline overrides it. The RSS gives GMT: the post of
00:15 on 22 March reads "Thu, 21 Mar 2024 17:15:00 GMT". The oldest post is on page 2 of the home, of "Tin tức"
and of Admin's author list (and in the archive, the site map and the "«" link of the post after it): no first page,
feed, tag, calendar or related box carries it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import uuid
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "goctin-htxbinhthuan"
NAME = "Góc tin HTX Bình Thuận"
DESC = "Tin hoạt động của Liên minh Hợp tác xã tỉnh Bình Thuận"
PER = 5
NOW = datetime(2024, 5, 20, 9, 0)
MONTHS = ("Tháng Giêng", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai")
WEEKDAYS_SHORT = ("T2", "T3", "T4", "T5", "T6", "T7", "CN")
USERS = {"Admin": "Admin", "quanpm": "Phạm Minh Quân", "hant": "Nguyễn Thu Hà"}
CATS = {"Tin-tuc": "Tin tức", "Thong-bao": "Thông báo", "Kien-thuc": "Kiến thức"}
FOOTER = "Liên minh Hợp tác xã tỉnh Bình Thuận - 07 Nguyễn Tất Thành, TP Phan Thiết - ĐT: 0252.3822.945"
POWERED = "Powered by BlogEngine.NET 3.3.0.0"
FURN = [FOOTER, POWERED, "Thiết kế bởi BlogEngine.NET", "Bài viết liên quan", "Thêm bình luận",
        "Hiện được đánh giá", "Liên kết cố định", "Bình luận (", "Thẻ:", "Lịch", "Chuyên mục", "Thẻ phổ biến",
        "Bài mới nhất", "Lưu trữ", "Tìm kiếm", "Trang chủ", "Liên hệ", "Đăng nhập", "Chia sẻ bài viết"]


def slug(title: str) -> str:
    """BlogEngine's Utils.RemoveIllegalCharacters: spaces to '-', punctuation out, diacritics removed (FormD minus
    non-spacing marks: đ/Đ stay), capitals kept."""
    t = re.sub(r"[:;,\"'?!.()/\\%&+#*<>|]", "", title)
    t = "".join(c for c in unicodedata.normalize("NFD", t) if unicodedata.category(c) != "Mn")
    t = unicodedata.normalize("NFC", t)
    return re.sub(r"-+", "-", t.replace(" ", "-")).strip("-")


def shown(d: datetime) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d:%Y %H:%M}"


def gmt(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "url"])

    return [
        A(path="", title="Thông báo số 06/TB-LMHTX về việc đăng ký tham gia Hội chợ nông sản Bình Thuận năm 2024",
          body="""
LIÊN MINH HTX TỈNH BÌNH THUẬN
Số: 06/TB-LMHTX
Bình Thuận, ngày 10 tháng 5 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ nông sản Bình Thuận năm 2024
Hội chợ nông sản Bình Thuận năm 2024 diễn ra từ ngày 14/6 đến ngày 18/6/2024 tại Quảng trường Nguyễn Tất Thành, TP Phan Thiết.
Liên minh HTX tỉnh hỗ trợ 25 gian hàng miễn phí cho các HTX có sản phẩm OCOP hoặc sản phẩm đạt chứng nhận VietGAP.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/5/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Long
""", author=None, doc_number="06/TB-LMHTX",
          attachments=[{"path": "/file.axd?file=/2024/05/TB-06-LMHTX-hoi-cho-2024.pdf",
                        "text": "TB-06-LMHTX-hoi-cho-2024.pdf (156,23 kb)"}],
          opts={"by": "Admin", "cats": ["Thong-bao"], "tags": ["hội chợ", "OCOP"], "comments": []},
          notes=["notice 'Số: 06/TB-LMHTX' dated 10/5 in its text, posted '13. Tháng Năm 2024 08:30' (post-info; "
                 ".NET vi-VN month name 'Tháng Năm' = May); posted by the account 'Admin': no author; the signer is "
                 "text; the file handler link /file.axd?file=/2024/05/…pdf (its text 'name (156,23 kb)' as BlogEngine's "
                 "file manager writes it) in its own paragraph is an attachment, not text"],
          **at(datetime(2024, 5, 13, 8, 30))),
        A(path="", title="Ảnh: HTX Thanh long Hàm Minh vào vụ thu hoạch trái vụ",
          body="""
Đầu tháng 5, các thành viên HTX Thanh long Hàm Minh (huyện Hàm Thuận Nam) thu hoạch thanh long trái vụ.
[img ham-minh-1.png] Thành viên HTX thu hái thanh long ruột đỏ trong vườn chong đèn
[img ham-minh-2.png] Thanh long được phân loại, đóng thùng tại kho sơ chế của HTX
[img ham-minh-3.png] Xe của doanh nghiệp đến nhận hàng tại HTX để xuất khẩu đi Trung Quốc
Vụ này HTX dự kiến tiêu thụ khoảng 900 tấn thanh long cho 85 hộ thành viên, giá bán ổn định.
Xem thêm: [[Kết quả sản xuất, tiêu thụ thanh long của các HTX quý I năm 2024|{{alias}}]]
""", byline="Bài, ảnh: Trần Quốc Việt", author="Trần Quốc Việt",
          opts={"by": "quanpm", "cats": ["Tin-tuc"], "tags": ["thanh long"],
                "comments": [("Lê Thị Mỹ", "Thanh long Hàm Minh năm nay trái to, đẹp quá. Chúc HTX được mùa!")]},
          notes=["photo story: pictures from /image.axd?picture=…, each caption the next centred italic paragraph (one "
                 "line each); posted by Phạm Minh Quân but 'Bài, ảnh: Trần Quốc Việt' closes it -> author; a visitor's "
                 "comment under it is not text; its 'Xem thêm:' line (text) links the table post by /post/<Slug>.aspx "
                 "(no date: the same page, an alias)"],
          **at(datetime(2024, 5, 6, 15, 20))),
        A(path="", title="Kết quả sản xuất, tiêu thụ thanh long của các HTX quý I năm 2024",
          body="""
Quý I/2024, các HTX trồng thanh long trên địa bàn tỉnh duy trì sản xuất ổn định, giá bán tăng so với cùng kỳ.
| Địa bàn | Số HTX | Sản lượng (tấn) | Giá bình quân (đồng/kg) |
| Hàm Thuận Nam | 14 | 12.450 | 14.500 |
| Hàm Thuận Bắc | 11 | 9.830 | 13.800 |
| Bắc Bình | 6 | 3.120 | 12.900 |
| Tổng cộng | 31 | 25.400 | 14.000 |
Các HTX tiếp tục mở rộng diện tích thanh long đạt chứng nhận VietGAP và GlobalGAP để đáp ứng yêu cầu xuất khẩu.
""", author="Nguyễn Thu Hà",
          opts={"by": "hant", "cats": ["Tin-tuc"], "tags": ["thanh long", "số liệu"], "comments": []},
          notes=["a bordered table (header in <th>): one line per row; posted by the account whose display name is "
                 "Nguyễn Thu Hà (a staff member), no byline in the text: she is the author"],
          **at(datetime(2024, 4, 25, 10, 45))),
        A(path="", title="Những lưu ý khi HTX chăm sóc thanh long trong mùa khô",
          body="""
Nắng nóng kéo dài khiến thanh long dễ bị cháy cành, rụng nụ, các HTX cần chủ động các biện pháp chăm sóc.
## Một số biện pháp kỹ thuật
* Tưới nước vào sáng sớm hoặc chiều mát, ưu tiên tưới nhỏ giọt để tiết kiệm nước;
* Phủ rơm hoặc cỏ khô quanh gốc để giữ ẩm;
* Che lưới cho các trụ ở rìa vườn, nơi nắng chiếu trực tiếp;
* Không bón phân đạm trong thời gian nắng gắt.
HTX cần theo dõi dự báo thời tiết, phối hợp với ngành nông nghiệp để có lịch tưới hợp lý.
""", byline="Lê Văn Bình - Trung tâm Khuyến nông", author="Lê Văn Bình",
          opts={"by": "Admin", "cats": ["Kien-thuc"], "tags": ["thanh long", "kỹ thuật"], "comments": []},
          notes=["an <h3> heading and a bulleted list; posted by 'Admin' but 'Lê Văn Bình - Trung tâm Khuyến nông' "
                 "closes the text -> Lê Văn Bình"],
          **at(datetime(2024, 4, 12, 9, 0))),
        A(path="", title="HTX Nước mắm Phan Thiết mở rộng thị trường tiêu thụ",
          body="""
HTX Nước mắm Phan Thiết (TP Phan Thiết) vừa ký hợp đồng cung ứng 120.000 lít nước mắm cho một chuỗi siêu thị ở TP Hồ Chí Minh.
Sản phẩm nước mắm truyền thống của HTX đã đạt chứng nhận OCOP 4 sao và được bảo hộ chỉ dẫn địa lý.
HTX đang đầu tư thêm 40 thùng gỗ ủ chượp để nâng công suất lên 300.000 lít mỗi năm.
""", byline="Theo Báo Bình Thuận", author=None,
          opts={"by": "Admin", "cats": ["Tin-tuc"], "tags": ["OCOP"], "comments": []},
          notes=["closed by 'Theo Báo Bình Thuận': a reprint, no author (posted by 'Admin')"],
          **at(datetime(2024, 3, 29, 14, 10))),
        A(path="", title="Liên minh HTX tỉnh gặp mặt các HTX thủy sản ven biển",
          body="""
Tối 21/3, Liên minh HTX tỉnh tổ chức gặp mặt đại diện 18 HTX, tổ hợp tác khai thác thủy sản ven biển tại TP Phan Thiết.
Các HTX kiến nghị hỗ trợ vốn đóng mới tàu cá, lắp đặt thiết bị giám sát hành trình và bảo quản sản phẩm sau khai thác.
Lãnh đạo Liên minh HTX tỉnh ghi nhận các kiến nghị và sẽ phối hợp với Quỹ hỗ trợ phát triển HTX để giải quyết.
""", author=None,
          opts={"by": "Admin", "cats": ["Tin-tuc"], "tags": ["thủy sản"], "comments": []},
          notes=["posted at 00:15 on 22 March about the evening before: post-info '22. Tháng Ba 2024 00:15', the URL "
                 "/post/2024/03/22/…; the RSS gives GMT 'Thu, 21 Mar 2024 17:15:00 GMT' (the previous day); published "
                 "2024-03-22 00:15; 'Admin', no byline: author null"],
          **at(datetime(2024, 3, 22, 0, 15))),
        A(path="", title="HTX Muối Tuy Phong liên kết tiêu thụ muối sạch",
          body="""
HTX Muối Tuy Phong (huyện Tuy Phong) đã liên kết với hai doanh nghiệp chế biến để tiêu thụ 5.000 tấn muối sạch mỗi năm.
Thành viên HTX được hướng dẫn sản xuất muối trên nền bạt, giúp hạt muối trắng, sạch, giá bán cao hơn muối thường.
Năm 2024, HTX phấn đấu nâng diện tích sản xuất muối sạch lên 60 ha.
""", byline="Đặng Thị Hồng Nhung", author="Đặng Thị Hồng Nhung",
          opts={"by": "Admin", "cats": ["Tin-tuc"], "tags": [], "comments": []},
          notes=["posted by 'Admin'; the bare name 'Đặng Thị Hồng Nhung' closes the text: the author"],
          **at(datetime(2024, 2, 27, 16, 30))),
        A(path="", title="Liên minh HTX tỉnh Bình Thuận triển khai nhiệm vụ năm 2024",
          body="""
Ngày 16/1, Liên minh HTX tỉnh Bình Thuận tổ chức hội nghị triển khai nhiệm vụ năm 2024.
[img trien-khai-2024.png] Quang cảnh hội nghị triển khai nhiệm vụ năm 2024
Năm 2024, Liên minh HTX tỉnh phấn đấu hỗ trợ thành lập mới 20 HTX, tổ chức 10 lớp tập huấn cho cán bộ quản lý HTX.
""", byline="Tin, ảnh: Võ Thanh Tùng", author="Võ Thanh Tùng",
          opts={"by": "Admin", "cats": ["Tin-tuc"], "tags": [], "comments": []},
          notes=["the oldest post: on page 2 of the home (/?page=2), of 'Tin tức' and of Admin's author list, in the "
                 "archive, the site map and the « link of the next post; no first page, the feed (5 newest), a tag, "
                 "the calendar or a related box carries it; 'Tin, ảnh: Võ Thanh Tùng' -> author"],
          **at(datetime(2024, 1, 18, 15, 0))),
    ]


def picture(a: RichArticle, name: str) -> str:
    return f"/image.axd?picture=/{a.date:%Y/%m}/{name}"


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="table table-bordered" border="1">\n<tbody>\n<tr>'
                       + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="{picture(a, b.src)}" alt="{attr(b.src)}" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-thuan", f"{NAME} (BlogEngine.NET 3.3)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/syndication.axd" % SITE],
                     sitemaps=["{{base:%s}}/sitemap.axd" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["guid"] = str(uuid.UUID(hashlib.md5(a.title.encode()).hexdigest()))
        a.opts["slug"] = slug(a.title)
        a.path = quote(f"/post/{a.date:%Y/%m/%d}/{a.opts['slug']}.aspx")
        a.opts["short"] = quote(f"/post/{a.opts['slug']}.aspx")
        a.opts["perma"] = f"/post.aspx?id={a.opts['guid']}"
    oldest = arts[-1]
    table = next(a for a in arts if any(b.kind == "table" for b in a.blocks))
    for a in arts:
        a.body = a.body.replace("{{alias}}", table.opts["short"])
    newest = arts[:PER]

    def cat_links(a: RichArticle) -> str:
        return ", ".join(f'<a href="/category/{c}.aspx">{esc(CATS[c])}</a>' for c in a.opts["cats"])

    def tag_href(t: str) -> str:
        return "/?tag=/" + quote(t.replace(" ", "-"))

    def tag_links(a: RichArticle) -> str:
        return ", ".join(f'<a href="{tag_href(t)}" rel="tag">{esc(t)}</a>' for t in a.opts["tags"])

    def post_html(a: RichArticle, index: int, single: bool) -> str:
        by = a.opts["by"]
        comments = len(a.opts["comments"])
        extra = ""
        if single:
            stars = "".join(f'<li><a href="javascript:void(BlogEngine.rate(\'{a.opts["guid"]}\', {i}));" title="{i} sao trên 5" '
                            f'class="{w}-star">{i}</a></li>' for i, w in enumerate(["one", "two", "three", "four", "five"], 1))
            extra = (f'<div class="post-tags"><i class="glyphicon glyphicon-tags"></i> Thẻ: {tag_links(a)}</div>'
                     f'<div class="post-rating"><div class="ratingcontainer"><p>Hiện được đánh giá 0 bởi 0 người</p>'
                     f'<ul class="star-rating small-star"><li class="current-rating" style="width: 0%">Hiện tại 0/5 sao.</li>'
                     f"{stars}</ul></div></div>")
        return (f'<article class="post" id="post{index}">\n<header class="post-header">\n<h2 class="post-title"><a href="{a.path}">'
                f'{esc(a.title)}</a></h2>\n<div class="post-info clearfix">\n<span class="post-date"><i class="glyphicon '
                f'glyphicon-calendar"></i>{shown(a.date)}</span>\n<span class="post-author"><i class="glyphicon glyphicon-user">'
                f'</i><a href="/author/{by}.aspx">{esc(USERS[by])}</a></span>\n<span class="post-category"><i class="glyphicon '
                f'glyphicon-folder-close"></i>{cat_links(a)}</span>\n</div>\n</header>\n<section class="post-body text">\n'
                f'{body_html(a)}\n</section>\n{extra}<footer class="post-footer">\n<div class="post-comments"><a rel="nofollow" '
                f'href="{a.path}#comment">Bình luận ({comments})</a> | <a rel="bookmark" href="{a.opts["perma"]}">Liên kết cố định'
                f'</a></div>\n<div class="post-adminlinks"></div>\n</footer>\n</article>')

    def calendar() -> str:
        first = NOW.replace(day=1)
        start = first - timedelta(days=first.weekday())
        days = {a.date.day for a in arts if (a.date.year, a.date.month) == (NOW.year, NOW.month)}
        rows = []
        d = start
        for _ in range(6):
            cells = []
            for _ in range(7):
                if d.month != NOW.month:
                    cells.append(f'<td class="other">{d.day}</td>')
                elif d.day in days:
                    cells.append(f'<td class="day"><a href="/{d:%Y/%m/%d}/default.aspx">{d.day}</a></td>')
                else:
                    cells.append(f'<td class="day">{d.day}</td>')
                d += timedelta(days=1)
            rows.append("<tr>" + "".join(cells) + "</tr>")
        return ('<table id="widgetzone_ctl05_PostCalendar1" class="calendar" cellspacing="0" cellpadding="2" title="Lịch" '
                'border="0" style="border-width:1px;border-style:solid;border-collapse:collapse;"><tr><td colspan="7" '
                'style="background-color:Silver;"><table class="calendar-title" cellspacing="0" border="0" style="width:100%;'
                'border-collapse:collapse;"><tr><td style="width:15%;"><a href="javascript:__doPostBack(\'widgetzone$ctl05$'
                'PostCalendar1\',\'V8857\')" style="color:Black" title="Về tháng trước">&lt;&lt;</a></td><td align="center" '
                f'style="width:70%;">{MONTHS[NOW.month - 1]} {NOW.year}</td><td align="right" style="width:15%;"><a href="'
                'javascript:__doPostBack(\'widgetzone$ctl05$PostCalendar1\',\'V8918\')" style="color:Black" title="Về tháng sau">'
                '&gt;&gt;</a></td></tr></table></td></tr><tr>'
                + "".join(f'<th align="center" abbr="{w}" scope="col">{w}</th>' for w in WEEKDAYS_SHORT) + "</tr>"
                + "".join(rows) + "</table>")

    tag_counts: dict[str, int] = {}
    for a in arts:
        for t in a.opts["tags"]:
            tag_counts[t] = tag_counts.get(t, 0) + 1

    def sidebar() -> str:
        recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in newest)
        cats = "".join(f'<li><a href="/category/{c}.aspx">{esc(n)} ({sum(c in a.opts["cats"] for a in arts)})</a> '
                       f'<a href="/category/feed/{c}.aspx" rel="nofollow"><img src="/pics/rssButton.png" alt="RSS" /></a></li>'
                       for c, n in CATS.items())
        tags = " ".join(f'<a href="{tag_href(t)}" class="tag-{min(n, 3)}" rel="tag">{esc(t)}</a>' for t, n in sorted(tag_counts.items()))
        return ('<aside class="col-md-4 sidebar">'
                '<div class="widget search"><h4 class="widget-header">Tìm kiếm</h4><div class="widget-content"><div '
                'id="searchbox"><input type="text" value="" id="searchfield" onkeypress="if(event.keyCode==13) return '
                'BlogEngine.search(\'/\');" /><input type="button" value="Tìm" id="searchbutton" onclick="BlogEngine.search(\'/\');" />'
                '</div></div></div>'
                f'<div class="widget calendar"><h4 class="widget-header">Lịch</h4><div class="widget-content">{calendar()}'
                '<br /><a href="/calendar/default.aspx">Xem lịch đầy đủ</a></div></div>'
                f'<div class="widget recentposts"><h4 class="widget-header">Bài mới nhất</h4><div class="widget-content"><ul '
                f'class="recentPosts" id="recentPosts">{recent}</ul></div></div>'
                f'<div class="widget categorylist"><h4 class="widget-header">Chuyên mục</h4><div class="widget-content"><ul '
                f'id="categorylist">{cats}</ul></div></div>'
                f'<div class="widget tagcloud"><h4 class="widget-header">Thẻ phổ biến</h4><div class="widget-content"><ul><li>'
                f'{tags}</li></ul></div></div>'
                '<div class="widget monthlist"><h4 class="widget-header">Lưu trữ</h4><div class="widget-content"><ul '
                'id="monthList"><li><a href="/archive.aspx">Xem tất cả bài viết</a></li></ul></div></div>'
                "</aside>")

    def layout(title: str, content: str, *, head: str = "", desc: str = DESC) -> str:
        nav = "".join(f'<li><a href="{href}">{esc(n)}</a></li>' for n, href in
                      [("Trang chủ", "/"), ("Giới thiệu", "/page/Gioi-thieu.aspx"), ("Lưu trữ", "/archive.aspx"),
                       ("Liên hệ", "/contact.aspx"), ("Đăng nhập", "/Account/login.aspx")])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head profile="http://gmpg.org/xfn/11"><meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<link href="/Custom/Themes/Standard/css/bootstrap.min.css" rel="stylesheet" type="text/css" />
<link href="/Custom/Themes/Standard/css/styles.css" rel="stylesheet" type="text/css" />
<title>{esc(title)}</title>
<link rel="shortcut icon" href="/pics/blogengine.ico" type="image/x-icon" />
<meta name="description" content="{attr(desc)}" />
<link rel="contents" title="Lưu trữ" href="/archive.aspx" />
<link rel="start" title="{attr(NAME)}" href="/" />
<link type="application/rsd+xml" rel="edituri" title="RSD" href="/rsd.axd" />
<link type="application/rdf+xml" rel="meta" title="SIOC" href="/sioc.axd" />
<link type="application/opensearchdescription+xml" rel="search" title="{attr(NAME)}" href="/opensearch.axd" />
<link type="application/rss+xml" rel="alternate" title="{attr(NAME)}" href="/syndication.axd" />
{head}<script type="text/javascript" src="/Scripts/jquery-2.1.4.min.js"></script>
<script type="text/javascript" src="/Scripts/blog.js"></script>
</head>
<body class="ltr">
<form method="post" action="{{{{base}}}}/" id="aspnetForm">
<div class="aspNetHidden"><input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTI2OTc3NzYyMmRkq3xl8zR0nT3XVdIvL6v3p1pN0ok=" /></div>
<header class="header"><div class="container">
<h1 class="header-title"><a href="/">{esc(NAME)}</a></h1>
<p class="header-desc">{esc(DESC)}</p>
<nav class="header-nav"><ul class="list-inline">{nav}</ul></nav>
</div></header>
<section class="content"><div class="container"><div class="row">
<div class="col-md-8 content-inner">
{content}
</div>
{sidebar()}
</div></div></section>
<footer class="footer"><div class="container">
<p class="copyright">{esc(FOOTER)}</p>
<p class="powered">{POWERED} | <a href="{{{{base:offsite}}}}/blogengine/" rel="nofollow">Thiết kế bởi BlogEngine.NET</a></p>
</div></footer>
</form>
</body>
</html>
"""

    def rss(items: list[RichArticle], title: str) -> str:
        its = "".join(
            f"<item><title>{esc(a.title)}</title><description>{esc(body_html(a))}</description><link>{{{{base}}}}{a.path}</link>"
            f"<author>{esc(USERS[a.opts['by']])}</author>"
            + "".join(f"<category>{esc(CATS[c])}</category>" for c in a.opts["cats"])
            + f"<comments>{{{{base}}}}{a.path}#comment</comments><guid>{{{{base}}}}{a.opts['perma']}</guid><pubDate>{gmt(a.date)}"
            f"</pubDate><dc:publisher>{esc(NAME)}</dc:publisher><pingback:server>{{{{base}}}}/pingback.axd</pingback:server>"
            f"<pingback:target>{{{{base}}}}{a.opts['perma']}</pingback:target><slash:comments>{len(a.opts['comments'])}"
            f"</slash:comments><trackback:ping>{{{{base}}}}/trackback.axd?id={a.opts['guid']}</trackback:ping>"
            f"<wfw:comment>{{{{base}}}}{a.path}#comment</wfw:comment><wfw:commentRss>{{{{base}}}}/syndication.axd?post="
            f"{a.opts['guid']}</wfw:commentRss></item>" for a in items)
        return ('<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                'xmlns:pingback="http://madskills.com/public/xml/rss/module/pingback/" xmlns:trackback="http://madskills.com/'
                'public/xml/rss/module/trackback/" xmlns:wfw="http://wellformedweb.org/CommentAPI/" xmlns:slash="http://purl.'
                f'org/rss/1.0/modules/slash/"><channel><title>{esc(title)}</title><description>{esc(DESC)}</description><link>'
                f"{{{{base}}}}/</link><docs>http://www.rssboard.org/rss-specification</docs><generator>BlogEngine.NET 3.3.0.0"
                f"</generator><language>vi-VN</language>{its}</channel></rss>\n")

    # posts
    related_pool = [a for a in arts if a is not oldest]
    for i, a in enumerate(arts):
        g = a.opts["guid"]
        older = arts[i + 1] if i + 1 < len(arts) else None
        newer = arts[i - 1] if i > 0 else None
        navs = (f'<div id="postnavigation" class="navigation-posts well-global clearfix"><div class="col-xs-6 text-left '
                f'prev-post">' + (f'<a href="{older.path}" title="{attr(older.title)}">&lt;&lt; {esc(older.title)}</a>' if older else "")
                + '</div><div class="col-xs-6 text-right next-post">'
                + (f'<a href="{newer.path}" title="{attr(newer.title)}">{esc(newer.title)} &gt;&gt;</a>' if newer else "")
                + "</div></div>")
        rel = [x for x in related_pool if x is not a and set(x.opts["tags"]) & set(a.opts["tags"])][:3]
        if len(rel) < 3:
            rel += [x for x in related_pool if x is not a and x not in rel][:3 - len(rel)]
        related = ('<div id="relatedPosts" class="related-posts well-global"><h3 class="well-global-title">Bài viết liên quan'
                   '</h3><div>' + "".join(f'<a href="{x.path}">{esc(x.title)}</a><span>{esc(x.summary())}</span>' for x in rel)
                   + "</div></div>")
        addthis = ('<div class="addthis_toolbox addthis_default_style"><span class="share-label">Chia sẻ bài viết</span> '
                   '<a class="addthis_button_facebook_like" fb:like:layout="button_count"></a> <a class="addthis_button_tweet">'
                   '</a> <a class="addthis_button_email"></a> <a class="addthis_counter addthis_pill_style"></a></div>'
                   '<script type="text/javascript" src="{{base:offsite}}/addthis/js/300/addthis_widget.js#pubid=ra-5a1b2c3d4e5f6a7b">'
                   "</script>")
        comments = ""
        for k, (who, text) in enumerate(a.opts["comments"]):
            when = a.date + timedelta(hours=5, minutes=12 + k)
            cid = uuid.UUID(hashlib.md5(f"{g}{k}".encode()).hexdigest())
            comments += (f'<div id="id_{cid}" class="comment-box clearfix"><img class="img-thumbnail pull-left" src="/pics/'
                         f'noavatar.jpg" alt="{attr(who)}" /><div class="comment-body"><header class="clearfix"><div '
                         f'class="pull-left comment-author">{esc(who)}</div><div class="pull-right comment-date">'
                         f'{when:%d/%m/%Y %H:%M}</div></header><div class="comment-content">{esc(text)}</div></div></div>')
            site.extra_boilerplate.append(text)
        comment_block = (f'<div id="comment-form" class="well-global"><h3 id="comment" class="well-global-title">Bình luận '
                         f'({len(a.opts["comments"])})</h3><div id="commentlist">{comments}</div>'
                         '<div class="comment-form"><h3 class="well-global-title">Thêm bình luận</h3>'
                         '<div class="form-group"><label for="txtName">Tên*</label><input name="ctl00$cphBody$CommentView1$txtName" '
                         'type="text" id="txtName" class="form-control" /></div><div class="form-group"><label for="txtEmail">'
                         'Email*</label><input name="ctl00$cphBody$CommentView1$txtEmail" type="text" id="txtEmail" '
                         'class="form-control" /></div><div class="form-group"><label for="txtWebsite">Website</label><input '
                         'name="ctl00$cphBody$CommentView1$txtWebsite" type="text" id="txtWebsite" class="form-control" /></div>'
                         '<div class="form-group"><textarea id="txtContent" name="txtContent" rows="6" class="form-control">'
                         '</textarea></div><input type="button" id="btnSaveAjax" value="Lưu bình luận" class="btn btn-primary" '
                         'onclick="return BlogEngine.validateAndSubmitCommentForm()" /></div></div>')
        rdf = (f'<!--\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/'
               f'1.1/" xmlns:trackback="http://madskills.com/public/xml/rss/module/trackback/">\n<rdf:Description rdf:about='
               f'"{{{{base}}}}{a.path}" dc:identifier="{{{{base}}}}{a.path}" dc:title="{attr(a.title)}" trackback:ping='
               f'"{{{{base}}}}/trackback.axd?id={g}" />\n</rdf:RDF>\n-->')
        content = (f'<div id="ctl00_cphBody_divError"></div>{post_html(a, 1, True)}{addthis}{navs}{related}{comment_block}'
                   f'{rdf}')
        head = (f'<link rel="canonical" href="{{{{base}}}}{a.path}" />\n<meta name="keywords" content="{attr(",".join(a.opts["tags"]))}" />\n'
                f'<link rel="pingback" href="{{{{base}}}}/pingback.axd" />\n'
                f'<link rel="alternate" type="application/rss+xml" title="Bình luận: {attr(a.title)}" href="/syndication.axd?post={g}" />\n')
        page = layout(f"{a.title} | {NAME}", content, head=head, desc=a.summary())
        site.page(a.path, page)
        site.same_page(a.opts["short"], a.path)
        site.same_page(a.opts["perma"], a.path)
        a.aliases += [a.opts["short"], a.opts["perma"]]
        site.page(f"/syndication.axd?post={g}",
                  f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Bình luận: {esc(a.title)}</title>'
                  f"<link>{{{{base}}}}{a.path}</link><description></description><language>vi-VN</language></channel></rss>\n",
                  content_type="application/rss+xml; charset=utf-8")
        for b in a.blocks:
            if b.kind == "img":
                name = f"_img/{h(picture(a, b.src))}.png"
                site.files[name] = image_for(b.src)
                site.routes.append({"path": picture(a, b.src), "file": name, "content_type": "image/png"})
        for x in a.attachments:
            name = "_files/tb-06-lmhtx.pdf"
            site.files[name] = pdf(a.title, ["LIEN MINH HTX TINH BINH THUAN", "THONG BAO SO 06/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": name, "content_type": "application/pdf"})
        site.add_article(a)
    site.binary("/image.axd", image_for("image.axd"))
    site.trap("every post also answers /post/<Slug>.aspx (no date; a later post's text links one so) and the permalink "
              "/post.aspx?id=<guid> (the footer's 'Liên kết cố định', the feed's guid): aliases",
              arts[2].opts["perma"])

    def post_list(path: str, title: str, items: list[RichArticle], heading: str = "", base: str | None = None) -> None:
        base = base if base is not None else path
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        sep = "&amp;" if "?" in base else "?"
        for n, chunk in enumerate(pages, 1):
            p = path if n == 1 else f"{base}{sep.replace('&amp;', '&')}page={n}"
            pager = '<div id="postPaging" class="post-paging clearfix">'
            if n < len(pages):
                pager += f'<a class="nav-left pull-left" href="{base}{sep}page={n + 1}">« Bài viết cũ hơn</a>'
            if n > 1:
                prev = path if n == 2 else f"{base}{sep}page={n - 1}"
                pager += f'<a class="nav-right pull-right" href="{prev}">Bài viết mới hơn »</a>'
            pager += "</div>"
            head_html = f'<h2 class="page-global-title">{esc(heading)}</h2>' if heading else ""
            content = (head_html + '<div id="postlist">' + "".join(post_html(a, k, False) for k, a in enumerate(chunk))
                       + "</div>" + (pager if len(pages) > 1 else ""))
            site.page(p, layout(title if n == 1 else f"{title} - Trang {n}", content))
            site.non_articles.append(p)

    post_list("/", NAME, arts, base="/")
    site.same_page("/default.aspx", "/")
    site.trap("home: every post in full (BlogEngine prints whole posts in lists), 5 a page; '« Bài viết cũ hơn' "
              "/?page=2 holds the three oldest", "/?page=2")
    for c, n in CATS.items():
        items = [a for a in arts if c in a.opts["cats"]]
        post_list(f"/category/{c}.aspx", f"{n} | {NAME}", items, heading=n)
        site.page(f"/category/feed/{c}.aspx", rss(items[:PER], n), content_type="application/rss+xml; charset=utf-8")
    site.trap("category lists /category/<Name>.aspx (full posts, ?page=2 for 'Tin tức'): lists", "/category/Tin-tuc.aspx?page=2")
    for user, display in USERS.items():
        items = [a for a in arts if a.opts["by"] == user]
        post_list(f"/author/{user}.aspx", f"Bài viết của {display} | {NAME}", items, heading=f"Bài viết của {display}")
    site.trap("author lists /author/<account>.aspx ('Admin' is the install's account, no author; ?page=2 for Admin)",
              "/author/Admin.aspx")
    for t in sorted(tag_counts):
        items = [a for a in arts if t in a.opts["tags"]]
        post_list(tag_href(t), f"Thẻ: {t} | {NAME}", items, heading=f"Bài viết có thẻ '{t}'")
    site.trap("tag lists /?tag=/<tag> (the root with a query): lists", tag_href("thanh long"))
    days = sorted({a.date.date() for a in arts if (a.date.year, a.date.month) == (NOW.year, NOW.month)})
    for d in days:
        items = [a for a in arts if a.date.date() == d]
        post_list(f"/{d:%Y/%m/%d}/default.aspx", f"{d:%d/%m/%Y} | {NAME}", items, heading=f"Bài viết ngày {d:%d/%m/%Y}")
    site.trap("the calendar widget (an ASP.NET Calendar: its month arrows are __doPostBack links) links the days with "
              "posts /2024/05/13/default.aspx: day lists", f"/{days[0]:%Y/%m/%d}/default.aspx")
    site.page("/calendar/default.aspx", layout(f"Lịch | {NAME}", f'<h2 class="page-global-title">Lịch</h2>{calendar()}'))
    site.non_articles.append("/calendar/default.aspx")

    # archive
    rows = "".join(
        f'<h2>{esc(n)}</h2><table class="archive"><tr><th>Ngày</th><th>Tiêu đề</th><th>Bình luận</th></tr>'
        + "".join(f'<tr><td class="date">{a.date:%d/%m/%Y}</td><td class="title"><a href="{a.path}">{esc(a.title)}</a></td>'
                  f'<td class="comments">{len(a.opts["comments"])}</td></tr>' for a in arts if c in a.opts["cats"])
        + "</table>" for c, n in CATS.items())
    site.page("/archive.aspx", layout(f"Lưu trữ | {NAME}", f'<div id="archive"><h1 class="page-global-title">Lưu trữ</h1>'
                                      f"{rows}<p>Tổng số: {len(arts)} bài viết</p></div>"))
    site.non_articles.append("/archive.aspx")
    site.trap("archive /archive.aspx: every post by category, date 'dd/MM/yyyy', no time", "/archive.aspx")

    # search, contact, page, login
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in a.title]
    site.page("/search.aspx?q=OCOP", layout(
        f"Tìm kiếm: OCOP | {NAME}", f'<div class="searchpage"><h1 class="page-global-title">Kết quả tìm kiếm cho \'OCOP\'</h1>'
        + "".join(f'<div class="searchresult"><a href="{a.path}">{esc(a.title)}</a><span class="text">{esc(a.summary())}</span>'
                  f'<span class="type">Bài viết</span><span class="url">{{{{base}}}}{a.path}</span></div>' for a in found)
        + "</div>"))
    site.non_articles.append("/search.aspx?q=OCOP")
    site.page("/search.aspx", layout(f"Tìm kiếm | {NAME}", '<div class="searchpage"><h1 class="page-global-title">Tìm kiếm'
                                     '</h1><input type="text" name="q" /></div>'))
    site.non_articles.append("/search.aspx")
    site.trap("search /search.aspx?q=OCOP (the tag cloud's OCOP is a tag list; this is the search box's result): no "
              "articles", "/search.aspx?q=OCOP")
    site.page("/contact.aspx", layout(f"Liên hệ | {NAME}", '<div id="contact"><h1 class="page-global-title">Liên hệ</h1>'
                                      f"<p>{esc(FOOTER)}</p><label>Tên</label><input type=\"text\" name=\"txtName\" />"
                                      '<label>Nội dung</label><textarea name="txtMessage"></textarea><input type="submit" '
                                      'value="Gửi" /></div>'))
    site.page("/page/Gioi-thieu.aspx", layout(f"Giới thiệu | {NAME}", '<div class="page-global"><h2 class="page-global-title">'
                                              'Giới thiệu</h2><div class="page-global-body"><p>Góc tin HTX Bình Thuận do Văn '
                                              'phòng Liên minh Hợp tác xã tỉnh Bình Thuận quản lý, đăng tin hoạt động của Liên '
                                              'minh và các HTX thành viên.</p></div></div>'))
    site.non_articles += ["/contact.aspx", "/page/Gioi-thieu.aspx"]
    site.page("/Account/login.aspx", layout(f"Đăng nhập | {NAME}", '<div class="account"><h2>Đăng nhập</h2><input name="'
                                            'ctl00$MainContent$LoginUser$UserName" type="text" /><input name="ctl00$MainContent$'
                                            'LoginUser$Password" type="password" /></div>'))
    site.never_fetched.append("/Account/login.aspx")
    site.static("/robots.txt", "User-agent: *\nDisallow: /Account/\nDisallow: /admin/\nDisallow: /setup/\n"
                "Disallow: /api/\n\nsitemap: {{base}}/sitemap.axd\n")
    site.trap("robots.txt disallows /Account/: the menu's 'Đăng nhập' /Account/login.aspx is never fetched; it names "
              "/sitemap.axd", "/Account/login.aspx")

    site.page("/syndication.axd", rss(newest, NAME), content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /syndication.axd (5 newest, the whole post): pubDate in GMT, the midnight post reads the previous day",
              "/syndication.axd")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{a.date:%Y-%m-%d}</lastmod><changefreq>monthly</changefreq>"
                   "</url>" for a in arts)
    urls += ("<url><loc>{{base}}/page/Gioi-thieu.aspx</loc><lastmod>2023-08-01</lastmod><changefreq>monthly</changefreq></url>"
             "<url><loc>{{base}}/archive.aspx</loc><changefreq>daily</changefreq></url>"
             "<url><loc>{{base}}/contact.aspx</loc><changefreq>monthly</changefreq></url>")
    site.page("/sitemap.axd", f'<?xml version="1.0" encoding="utf-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/'
              f'sitemap/0.9">{urls}</urlset>\n', content_type="application/xml; charset=utf-8")
    site.trap("site map /sitemap.axd (robots.txt names it): every post, the page, the archive and the contact form",
              "/sitemap.axd")
    site.binary("/pics/blogengine.ico", b"\x00\x00\x01\x00")
    for path, kind, text in [("/rsd.axd", "application/rsd+xml", '<rsd version="1.0"><service><engineName>BlogEngine.NET'
                              '</engineName><homePageLink>{{base}}/</homePageLink></service></rsd>'),
                             ("/sioc.axd", "application/rdf+xml", '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-'
                              'ns#"></rdf:RDF>'),
                             ("/opensearch.axd", "application/opensearchdescription+xml", '<OpenSearchDescription xmlns='
                              f'"http://a9.com/-/spec/opensearch/1.1/"><ShortName>{esc(NAME)}</ShortName><Url type="text/html" '
                              'template="{{base}}/search.aspx?q={searchTerms}" /></OpenSearchDescription>'),
                             ("/pingback.axd", "text/plain; charset=utf-8", "XML-RPC server accepts POST requests only.")]:
        site.page(path, ('<?xml version="1.0" encoding="utf-8"?>\n' if "xml" in kind else "") + text + "\n", content_type=kind)
    site.binary("/pics/noavatar.jpg", image_for("noavatar"))
    site.binary("/pics/rssButton.png", image_for("rss"))
    return site
