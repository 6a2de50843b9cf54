"""Site `blog-htxlaocai` (registry family `generic`): "Bản tin HTX Lào Cai", the news blog of the Lào Cai cooperative
alliance's communication team (the province merged with Yên Bái on 1 July 2025), on **Z-BlogPHP 1.7.5** (zblogcn,
the bundled `default` theme, a Vietnamese copy of the `en` language pack, the UEditor plugin, pseudo-static URLs).
Written as a held-out test: no family module, no selectors.

URL shapes (Z-BlogPHP's pseudo-static rules): a post `/post/<id>.html`, a page `/<alias>.html`, categories
`/category-<id>.html` (page 2 `/category-<id>_2.html`), tags `/tags-<id>.html`, month archives `/date-2026-3.html`,
authors `/author-<id>.html`, the home's page 2 `/page_2.html`; the dynamic address `/?id=<id>` still renders the post
(Z-BlogPHP does not redirect it); the RSS feed `/feed.php`.

Why it is hard: the only `<h1>` is the blog's name (`h1#BlogTitle`); the title is `h2.post-title`, and the theme puts
the date INSIDE it: `<h2 class="post-title">Title<span class="post-date">2026-03-04 15:40:00</span></h2>` (no meta
description, no Open Graph, no schema: the default theme prints none). The post footer names the account ("Tác
giả:Ban biên tập | Chuyên mục:… | Lượt xem:… | Bình luận:…"), never the author; the closing byline does. Comments
(`ul.msg`) carry their own full datetimes ("Đăng lúc 2026-03-05 09:12:44") and the sidebar's "Bình luận mới" quotes
them; the calendar caption is PHP's `date("F , Y")` ("March , 2026"). UEditor markup: captions are centred `<p>`s
after the image's own `<p>`, tables have `tr.firstRow` and no `<th>`, an attachment is UEditor's icon + link
paragraph inside the body. Listings (home, `/page_2.html`, categories, tags, months, authors) show the same
`h2.post-title` + `span.post-date` with the intro (the text before the `<!--more-->` separator). The submit button
still reads "提交" (hard-coded in the theme).
"""

from __future__ import annotations

from datetime import datetime, timedelta, timezone
from email.utils import format_datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "blog-htxlaocai"
NAME = "Bản tin HTX Lào Cai"
SUB = "Kinh tế tập thể vùng cao Lào Cai – Yên Bái"
HTML = "text/html; charset=utf-8"
MORE = "<!--more-->"
VERSION = "Z-BlogPHP 1.7.5 Build 173540"
CATS = {1: ("Tin hoạt động", "tin-hoat-dong"), 2: ("Văn bản", "van-ban"), 3: ("Mô hình HTX", "mo-hinh-htx")}
USERS = {1: "Ban biên tập", 2: "Lương Thị Hạnh"}
COPY = "Copyright © 2024-2026 Bản tin HTX Lào Cai. Ghi rõ nguồn khi phát hành lại."
COMMENTS = {
    101: ("Giàng A Sử", "HTX chúng tôi ở Mường Khương muốn tham gia, xin hướng dẫn thủ tục.", datetime(2026, 3, 5, 9, 12, 44)),
    102: ("Lò Văn Thắng", "Chúc mừng Liên minh HTX tỉnh, mong năm 2026 có thêm nhiều HTX vùng cao được hỗ trợ.", datetime(2026, 1, 17, 20, 3, 11)),
    103: ("Trần Thị Lan", "Gạo Séng Cù của HTX rất ngon, gia đình tôi đã đặt mua qua sàn.", datetime(2025, 10, 9, 11, 40, 2)),
    104: ("Hà Văn Bình", "Bài viết hữu ích cho các HTX chuẩn bị hồ sơ vay vốn.", datetime(2025, 9, 16, 7, 55, 30)),
}
FURN = [SUB, COPY, "Powered By", "Bình luận mới", "Lưu trữ", "Thống kê", "Liên kết", "Bài mới", "Tìm kiếm",
        "Số bài viết:8", "Số bình luận:4", "Tổng lượt xem:51.902", "Gửi bình luận:", "Đăng lúc", "Trả lời",
        "◎Hoan nghênh bạn đọc góp ý, trao đổi về bài viết.", "Tên(*)", "Trang web", "March , 2026",
        "Tác giả:", "Chuyên mục:", "Lượt xem:", "Bình luận:", *[c[1] for c in COMMENTS.values()]]


class Post(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(MORE, ""))


def articles() -> list[Post]:
    A = Post

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 05/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP vùng Tây Bắc năm 2026",
          body="""
Liên minh HTX tỉnh thông báo tới các HTX, liên hiệp HTX về việc đăng ký gian hàng tại Hội chợ OCOP vùng Tây Bắc năm 2026.
<!--more-->
LIÊN MINH HTX TỈNH LÀO CAI
Số: 05/TB-LMHTX
Lào Cai, ngày 02 tháng 3 năm 2026
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP vùng Tây Bắc năm 2026
Hội chợ diễn ra từ ngày 10 đến 14/4/2026 tại phường Yên Bái, tỉnh Lào Cai, với khoảng 250 gian hàng.
- Đối tượng: HTX, liên hiệp HTX có sản phẩm OCOP từ 3 sao trở lên.
- Hạn đăng ký: trước ngày 25/3/2026.
- Liên minh HTX hỗ trợ 50% chi phí thuê gian hàng cho HTX vùng đặc biệt khó khăn.
CHỦ TỊCH
Hoàng Quốc Khánh
""", author=None, doc_number="05/TB-LMHTX",
          attachments=[{"path": "/zb_users/upload/2026/03/202603041538254471.pdf", "text": "TB-05-LMHTX-hoi-cho-OCOP.pdf"}],
          opts={"id": 58, "cat": 2, "uid": 1, "tags": ["OCOP", "Hội chợ"], "views": 412, "comments": [101]},
          notes=["notice 'Số: 05/TB-LMHTX' dated 02/3 in the text, posted '2026-03-04 15:40:00' (span.post-date inside "
                 "the h2.post-title); the signer is text, author null; UEditor's attachment paragraph (icon_pdf.gif + "
                 "link to /zb_users/upload/…pdf) inside the post body: an attachment, not text; one comment dated "
                 "'2026-03-05 09:12:44' (a later date)"],
          **at(datetime(2026, 3, 4, 15, 40))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Lào Cai năm 2025",
          body="""
Sau hợp nhất, toàn tỉnh Lào Cai có 1.286 HTX đang hoạt động, trong đó gần 70% là HTX nông nghiệp.
<!--more-->
| Chỉ tiêu | Năm 2024 | Năm 2025 |
| Số HTX đang hoạt động | 1.174 | 1.286 |
| Số thành viên HTX | 21.450 | 23.108 |
| Doanh thu bình quân một HTX (triệu đồng) | 2.950 | 3.320 |
| Sản phẩm OCOP của HTX | 198 | 236 |
Các HTX chè, quế, dược liệu và du lịch cộng đồng tăng mạnh nhất về số lượng.
""", byline="Theo Báo Lào Cai", author=None,
          opts={"id": 55, "cat": 1, "uid": 1, "tags": ["Số liệu"], "views": 689, "comments": []},
          notes=["UEditor table (tr.firstRow, every cell a <td valign='top'>, no <th>): one line per row; 'Theo Báo Lào "
                 "Cai' names a newspaper: text, author null"],
          **at(datetime(2026, 2, 10, 10, 0))),
        A(path="", title="Liên minh HTX tỉnh Lào Cai tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026",
          body="""
Ngày 15/1, Liên minh HTX tỉnh Lào Cai tổ chức hội nghị tổng kết công tác năm 2025, triển khai nhiệm vụ năm 2026.
<!--more-->
Năm 2025 là năm đầu tiên Liên minh HTX tỉnh hoạt động sau hợp nhất hai tỉnh Lào Cai và Yên Bái.
[img 202601161025448120.png] Quang cảnh hội nghị tổng kết tại hội trường Liên minh HTX tỉnh
## Kết quả nổi bật
Liên minh HTX đã hỗ trợ thành lập mới 96 HTX, tư vấn cho 140 HTX hoàn thiện hồ sơ vay vốn.
## Nhiệm vụ năm 2026
Tập trung phát triển HTX ở các xã vùng cao, gắn sản xuất với chế biến và du lịch cộng đồng.
""", byline="Bài và ảnh: Lương Thị Hạnh", author="Lương Thị Hạnh",
          opts={"id": 51, "cat": 1, "uid": 2, "tags": ["Hội nghị"], "views": 1023, "comments": [102]},
          notes=["posted from the reporter's own account ('Tác giả:Lương Thị Hạnh' in p.post-footer) and closed by "
                 "'Bài và ảnh: Lương Thị Hạnh' -> author; two <h2> headings inside div.post-body (the title is an "
                 "h2 too); a comment of 17/01 20:03"],
          **at(datetime(2026, 1, 16, 9, 15))),
        A(path="", title="Năm nhóm hộ trồng quế ở Văn Yên liên kết thành HTX",
          body="""
Sau hai năm làm tổ hợp tác, năm nhóm hộ trồng quế ở xã Châu Quế vừa thành lập HTX Quế hữu cơ Châu Quế.
<!--more-->
HTX có 47 thành viên với 380 ha quế, hoạt động theo các nguyên tắc:
* Thu mua vỏ quế của thành viên theo giá thỏa thuận đầu vụ;
* Sơ chế, phân loại tập trung tại xưởng của HTX;
* Trích 5% lợi nhuận lập quỹ hỗ trợ thành viên trồng lại rừng quế.
HTX đã ký hợp đồng cung ứng 200 tấn vỏ quế khô mỗi năm cho doanh nghiệp xuất khẩu.
""", byline="Minh Đức - Trung tâm Khuyến nông", author="Minh Đức",
          opts={"id": 49, "cat": 3, "uid": 1, "tags": ["Quế", "Thành lập HTX"], "views": 534, "comments": []},
          notes=["a three-item list after a line ending with a colon; byline 'Minh Đức - Trung tâm Khuyến nông' -> "
                 "author Minh Đức"],
          **at(datetime(2025, 12, 22, 16, 30))),
        A(path="", title="Ảnh: Mùa thu hoạch chè Shan tuyết của HTX ở Suối Giàng",
          body="""
Tháng 11, các HTX ở xã Suối Giàng bước vào vụ thu hái chè Shan tuyết cổ thụ cuối năm.
<!--more-->
[img 202511200705123456.png] Thành viên HTX Chè Suối Giàng hái chè trên cây cổ thụ hàng trăm năm tuổi
[img 202511200706339812.png] Chè búp tươi được đưa về xưởng chế biến của HTX ngay trong ngày
[img 202511200708014477.png] Sản phẩm chè Shan tuyết đạt OCOP 4 sao được đóng gói tại HTX
""", byline="Ảnh: Đỗ Thị Thu Trang", author="Đỗ Thị Thu Trang",
          opts={"id": 44, "cat": 3, "uid": 1, "tags": ["Chè Shan tuyết", "OCOP"], "views": 877, "comments": []},
          notes=["photo story: each UEditor image in its own centred <p>, the caption in the next centred <p> (one "
                 "line each); 'Ảnh: Đỗ Thị Thu Trang' -> author"],
          **at(datetime(2025, 11, 20, 7, 10))),
        A(path="", title="HTX Nông nghiệp Bát Xát đưa gạo Séng Cù lên sàn thương mại điện tử",
          body="""
HTX Nông nghiệp Bát Xát vừa mở gian hàng gạo Séng Cù trên hai sàn thương mại điện tử lớn.
<!--more-->
Trong tháng đầu, HTX bán được hơn 6 tấn gạo, giá bán cao hơn bán cho thương lái khoảng 15%.
HTX dự kiến đưa thêm sản phẩm gạo nếp Tan và miến dong lên sàn trong năm tới.
""", author=None,
          opts={"id": 41, "cat": 3, "uid": 1, "tags": ["Chuyển đổi số", "OCOP"], "views": 398, "comments": [103],
                "dynamic": True},
          notes=["no byline, the office account: author null; only on /page_2.html among the home pages; its dynamic "
                 "address /?id=41 (linked from /gioi-thieu.html) renders the same post: an alias"],
          **at(datetime(2025, 10, 8, 6, 45))),
        A(path="", title="Hướng dẫn HTX xây dựng phương án sản xuất kinh doanh khi vay vốn",
          body="""
Phương án sản xuất kinh doanh là hồ sơ quan trọng nhất khi HTX đề nghị vay vốn Quỹ hỗ trợ phát triển HTX.
<!--more-->
Phương án cần nêu rõ nhu cầu vốn, kế hoạch sản xuất, thị trường tiêu thụ và khả năng trả nợ của HTX.
Cán bộ Liên minh HTX tỉnh sẵn sàng hỗ trợ HTX hoàn thiện phương án trước khi nộp hồ sơ.
""", byline="Theo Nguyễn Văn Tuấn", author="Nguyễn Văn Tuấn",
          opts={"id": 37, "cat": 1, "uid": 1, "tags": ["Vay vốn"], "views": 1210, "comments": [104]},
          notes=["'Theo Nguyễn Văn Tuấn' names a person -> author"],
          **at(datetime(2025, 9, 15, 14, 20))),
        A(path="", title="Tập huấn Luật HTX năm 2023 cho cán bộ HTX vùng cao",
          body="""
Trong ba ngày, 80 cán bộ quản lý HTX ở các xã vùng cao được tập huấn những điểm mới của Luật HTX năm 2023.
Học viên được hướng dẫn sửa đổi điều lệ, tổ chức đại hội thành viên và lập báo cáo tài chính.
""", byline="Vàng Thị Mai", author="Vàng Thị Mai",
          opts={"id": 33, "cat": 1, "uid": 1, "tags": ["Luật HTX", "Tập huấn"], "views": 655, "comments": []},
          notes=["oldest post, no <!--more-->: the listings show its first paragraph only (Z-BlogPHP's automatic "
                 "intro); the bare name 'Vàng Thị Mai' closes the text (author)"],
          **at(datetime(2025, 8, 27, 8, 0))),
    ]


def render(markup: str) -> str:
    out = []
    for b in parse_rich(markup):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind} class=\" list-paddingleft-2\">" + "".join(f"<li><p>{inline_html(i)}</p></li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            y, m = b.src[:4], b.src[4:6]
            out.append(f'<p style="text-align: center;"><img src="/zb_users/upload/{y}/{m}/{b.src}" title="{attr(b.text)}" alt="{attr(b.text)}"/></p>')
            if b.text:
                out.append(f'<p style="text-align: center;">{esc(b.text)}</p>')
        elif b.kind == "table":
            rows = []
            for k, r in enumerate(b.rows):
                first = ' class="firstRow"' if k == 0 else ""
                rows.append(f'<tr{first}>'
                            + "\n".join(f'<td width="{[260, 140, 140, 140][min(j, 3)]}" valign="top">{esc(c)}</td>' for j, c in enumerate(r)) + "</tr>")
            out.append('<table data-sort="sortDisabled"><tbody>' + "".join(rows) + "</tbody></table>")
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lao-cai", "Bản tin HTX Lào Cai (Z-BlogPHP)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.path = f"/post/{a.opts['id']}.html"
    tags = sorted({t for a in posts for t in a.opts["tags"]})
    tag_id = {t: k for k, t in enumerate(tags, 1)}

    def url(a):
        return a.path

    def cal() -> str:
        days = {a.date.day: a for a in posts if (a.date.year, a.date.month) == (2026, 3)}
        cells, row = [], []
        for _ in range(6):  # 1 March 2026 is a Sunday: six blanks
            row.append("<td></td>")
        for d in range(1, 32):
            row.append(f'<td><a href="/date-2026-3-{d}.html" title="2026-3-{d} (1)" target="_blank">{d}</a></td>' if d in days else f"<td>{d}</td>")
            if len(row) == 7:
                cells.append("<tr>" + "".join(row) + "</tr>")
                row = []
        if row:
            cells.append("<tr>" + "".join(row) + "<td></td>" * (7 - len(row)) + "</tr>")
        heads = "".join(f'<th title="{n}" scope="col"><small>{s}</small></th>' for n, s in
                        [("Thứ Hai", "T2"), ("Thứ Ba", "T3"), ("Thứ Tư", "T4"), ("Thứ Năm", "T5"), ("Thứ Sáu", "T6"), ("Thứ Bảy", "T7"), ("Chủ Nhật", "CN")])
        return (f'<table id="tbCalendar"><caption><a title="Tháng trước" href="/date-2026-2.html">«</a>&nbsp;&nbsp;&nbsp;'
                f'<a href="/date-2026-3.html">March , 2026</a>&nbsp;&nbsp;&nbsp;<a title="Tháng sau" href="/date-2026-4.html">»</a></caption>'
                f'<thead><tr>{heads}</tr></thead><tbody>{"".join(cells)}</tbody></table>')

    months = []
    for a in posts:
        k = (a.date.year, a.date.month)
        if k not in months:
            months.append(k)

    def module(hid: str, name: str, content: str, kind: str = "ul") -> str:
        inner = f"<ul>{content}</ul>" if kind == "ul" else f"<div>{content}</div>"
        return f'<dl class="function" id="{hid}">\n<dt class="function_t">{name}</dt>\n<dd class="function_c">\n{inner}\n</dd>\n</dl>'

    recent_comments = sorted(COMMENTS.items(), key=lambda kv: kv[1][2], reverse=True)
    owner = {cid: a for a in posts for cid in a.opts["comments"]}
    sidebar = "\n".join([
        module("divCalendar", "Lịch", cal(), "div"),
        module("divSearchPanel", "Tìm kiếm", '<form name="search" method="get" action="/search.php?act=search">'
               '<input type="text" name="q" size="11" /> <input type="submit" value="Tìm kiếm" /></form>', "div"),
        module("divPrevious", "Bài mới", "".join(f'<li><a title="{attr(a.title)}" href="{url(a)}">{esc(a.title)}</a></li>' for a in posts[:5])),
        module("divComments", "Bình luận mới", "".join(
            f'<li><a href="{url(owner[cid])}#cmt{cid}" title="{attr(n)} @ {d:%Y-%m-%d %H:%M:%S}">{esc(t)}</a></li>'
            for cid, (n, t, d) in recent_comments)),
        module("divArchives", "Lưu trữ", "".join(
            f'<li><a title="{m:02d}/{y}" href="/date-{y}-{m}.html">{m:02d}/{y} ({sum(1 for a in posts if (a.date.year, a.date.month) == (y, m))})</a></li>'
            for y, m in months)),
        module("divStatistics", "Thống kê", "<li>Số bài viết:8</li><li>Số chuyên mục:3</li><li>Số thẻ:%d</li>"
               "<li>Số bình luận:4</li><li>Tổng lượt xem:51.902</li>" % len(tags)),
        module("divLinkage", "Liên kết", '<li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank" title="Liên minh HTX Việt Nam">'
               'Liên minh HTX Việt Nam</a></li><li><a href="{{base:offsite}}/chinh-phu/" target="_blank" title="Cổng TTĐT Chính phủ">'
               'Cổng TTĐT Chính phủ</a></li>'),
    ])
    nav = ('<li id="nvabar-item-index"><a href="/">Trang chủ</a></li>'
           + "".join(f'<li id="navbar-category-{c}"><a href="/category-{c}.html">{esc(n)}</a></li>' for c, (n, _) in CATS.items())
           + '<li id="navbar-page-2"><a href="/gioi-thieu.html">Giới thiệu</a></li><li id="navbar-page-3"><a href="/lien-he.html">Liên hệ</a></li>')

    def layout(title: str, main: str, *, body_class: str, home: bool = False) -> str:
        alt = ('<link rel="alternate" type="application/rss+xml" href="{{base}}/feed.php" title="%s" />\n'
               '<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{{base}}/zb_system/xml-rpc/?rsd" />\n'
               '<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{{base}}/zb_system/xml-rpc/wlwmanifest.xml" />\n' % NAME) if home else ""
        return f"""<!DOCTYPE html>
<html lang="vi">

<head>

<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta http-equiv="X-UA-Compatible" content="ie=edge" />
<meta name="generator" content="{VERSION}" />
<meta name="renderer" content="webkit">
<title>{NAME}-{esc(title)}</title>
<link rel="stylesheet" rev="stylesheet" href="/zb_users/theme/default/style/default.css" type="text/css" media="all" />
<script src="/zb_system/script/jquery-latest.min.js"></script>
<script src="/zb_system/script/zblogphp.js"></script>
<script src="/zb_system/script/c_html_js_add.php?hash=a1f3&amp;v=173540"></script>
<script src="/zb_users/theme/default/script/custom.js"></script>
{alt}</head>

<body class="{body_class}">
  <div id="divAll">
    <div id="divPage">
      <div id="divMiddle">
        <div id="divTop">
          <h1 id="BlogTitle"><a href="{{{{base}}}}/">{NAME}</a></h1>
          <h2 id="BlogSubTitle">{SUB}</h2>
        </div>
        <div id="divNavBar">
          <ul>
            {nav}
          </ul>
        </div>
        <div id="divMain">
{main}
        </div>
        <div id="divSidebar">
{sidebar}
        </div>
        <div id="divBottom">
  <p id="BlogPowerBy">Powered By <a href="{{{{base:offsite}}}}/zblogcn/" title="{VERSION}" target="_blank">Z-BlogPHP</a></p>
  <p id="BlogCopyRight">{COPY}</p>
</div>
<div class="clear"></div>

      </div>
      <div class="clear"></div>
    </div>
    <div class="clear"></div>
  </div>
</body>

</html>
"""

    def footer_line(a) -> str:
        c = a.opts["cat"]
        return (f'Tác giả:{USERS[a.opts["uid"]]} <small>|</small> Chuyên mục:{CATS[c][0]} <small>|</small> '
                f'Lượt xem:{a.opts["views"]} <small>|</small> Bình luận:{len(a.opts["comments"])}')

    def intro(a) -> str:
        before, sep, _ = a.body.partition(MORE)
        if sep:
            return render(before)
        first = next(b for b in parse_rich(a.body) if b.kind == "p")
        return f"<p>{inline_html(first.text)}</p>"

    def multi(a) -> str:
        return (f'<div class="post multi">\n\t<h2 class="post-title"><a href="{url(a)}">{esc(a.title)}</a>'
                f'<span class="post-date">{a.date:%Y-%m-%d %H:%M:%S}</span></h2>\n\t<div class="post-body">{intro(a)}</div>\n'
                f'\t<p class="post-footer">\n\t\t{footer_line(a)}\n\t</p>\n</div>')

    def comment(cid: int) -> str:
        n, t, d = COMMENTS[cid]
        return (f'<ul class="msg" id="cmt{cid}">\n\t<li class="msgname"><img class="avatar" src="/zb_users/avatar/0.png" alt="" width="32"/>'
                f'&nbsp;<span class="commentname"><a href="{{{{base}}}}/" rel="nofollow" target="_blank">{esc(n)}</a></span><br/>'
                f'<small>&nbsp;Đăng lúc&nbsp;{d:%Y-%m-%d %H:%M:%S}&nbsp;&nbsp;<span class="revertcomment"><a href="#comment" '
                f'onclick="zbp.comment.reply(\'{cid}\')">Trả lời</a></span></small></li>\n\t<li class="msgarticle">{esc(t)}\n\t</li>\n</ul>')

    for a in posts:
        full = render(a.body.replace(MORE, ""))
        if a.byline:
            full += f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>'
        for x in a.attachments:
            full += ('<p style="line-height: 16px;"><img style="vertical-align: middle; margin-right: 2px;" '
                     'src="/zb_users/plugin/UEditor/dialogs/attachment/fileTypeImages/icon_pdf.gif"/>'
                     f'<a style="font-size:12px; color:#0066cc;" href="{x["path"]}" title="{attr(x["text"])}">{esc(x["text"])}</a></p>')
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 05/TB-LMHTX", "Hoi cho OCOP vung Tay Bac 2026"]))
        tag_html = "Thẻ:" + "".join(f"&nbsp;<a href='/tags-{tag_id[t]}.html' title='{attr(t)}'>{esc(t)}</a>&nbsp;<small>,</small>" for t in a.opts["tags"])
        cms = "".join(comment(c) for c in a.opts["comments"])
        head = '<ul class="msg msghead">\n\t<li class="tbname">Bình luận</li>\n</ul>\n' if cms else ""
        main = (f'<div class="post single">\n\t<h2 class="post-title">{esc(a.title)}<span class="post-date">{a.date:%Y-%m-%d %H:%M:%S}</span></h2>\n'
                f'\t<div class="post-body">{full}</div>\n\t<p class="post-tags">\n                {tag_html}\n\t</p>\n'
                f'\t<p class="post-footer">\n\t\t{footer_line(a)}\n\t</p>\n</div>\n\n{head}<label id="AjaxCommentBegin"></label>\n'
                f'<!--评论输出-->\n{cms}\n<div class="pagebar commentpagebar">\n</div>\n<label id="AjaxCommentEnd"></label>\n'
                f'<div class="post" id="divCommentPost">\n\t<p class="posttop"><a name="comment">Gửi bình luận:</a>'
                f'<a rel="nofollow" id="cancel-reply" href="#divCommentPost" style="display:none;"><small>Hủy</small></a></p>\n'
                f'\t<form id="frmSumbit" target="_self" method="post" action="{{{{base}}}}/zb_system/cmd.php?act=cmt&amp;postid={a.opts["id"]}&amp;key=3f1c9a">\n'
                f'\t<input type="hidden" name="inpId" id="inpId" value="{a.opts["id"]}" />\n'
                '\t<p><input type="text" name="inpName" id="inpName" class="text" value="" size="28" tabindex="1" /> <label for="inpName">Tên(*)</label></p>\n'
                '\t<p><input type="text" name="inpEmail" id="inpEmail" class="text" value="" size="28" tabindex="2" /> <label for="inpEmail">Email</label></p>\n'
                '\t<p><input type="text" name="inpHomePage" id="inpHomePage" class="text" value="" size="28" tabindex="3" /> <label for="inpHomePage">Trang web</label></p>\n'
                '\t<p><textarea name="txaArticle" id="txaArticle" class="text" cols="50" rows="4" tabindex="5" ></textarea></p>\n'
                '\t<p><input name="sumbit" type="submit" tabindex="6" value="提交" onclick="return zbp.comment.post()" class="button" /></p>\n'
                '\t</form>\n\t<p class="postbottom">◎Hoan nghênh bạn đọc góp ý, trao đổi về bài viết.</p>\n</div>')
        html = layout(a.title, main, body_class="single article")
        site.page(a.path, html)
        if a.opts.get("dynamic"):
            site.page(f"/?id={a.opts['id']}", html)
            a.aliases.append(f"/?id={a.opts['id']}")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/zb_users/upload/{b.src[:4]}/{b.src[4:6]}/{b.src}", image_for(b.src))
        site.add_article(a)

    def pagebar(urls: list[str], n: int) -> str:
        out = []
        for k, u in enumerate(urls):
            out.append(f'<span class="page now-page">{k + 1}</span>' if k == n else f'<a title="{k + 1}" href="{u}"><span class="page">{k + 1}</span></a>')
        if len(urls) > 1:
            out.insert(0, f'<a title="‹‹" href="{urls[0]}"><span class="page">‹‹</span></a>')
            out.append(f'<a title="››" href="{urls[-1]}"><span class="page">››</span></a>')
        return "\n".join(out)

    def listing(first: str, title: str, items: list, body_class: str, nth) -> None:
        chunks = [items[i:i + 5] for i in range(0, len(items), 5)] or [[]]
        urls = [first] + [nth(k) for k in range(2, len(chunks) + 1)]
        for n, chunk in enumerate(chunks):
            main = "\n".join(multi(a) for a in chunk) + f'\n<div class="pagebar">{pagebar(urls, n)}</div>'
            site.page(urls[n], layout(title if n == 0 else f"{title} - Trang {n + 1}", main, body_class=body_class,
                                      home=(first == "/" and n == 0)), content_type=None if urls[n].endswith((".html", "/")) else HTML)
            site.non_articles.append(urls[n])

    listing("/", "Trang chủ", posts, "multi index", lambda k: f"/page_{k}.html")
    for c, (n, _) in CATS.items():
        listing(f"/category-{c}.html", n, [a for a in posts if a.opts["cat"] == c], "multi category", lambda k, c=c: f"/category-{c}_{k}.html")
    for t in tags:
        listing(f"/tags-{tag_id[t]}.html", t, [a for a in posts if t in a.opts["tags"]], "multi tag", lambda k, t=t: f"/tags-{tag_id[t]}_{k}.html")
    for y, m in months:
        listing(f"/date-{y}-{m}.html", f"{m:02d}/{y}", [a for a in posts if (a.date.year, a.date.month) == (y, m)], "multi date",
                lambda k, y=y, m=m: f"/date-{y}-{m}_{k}.html")
    a_days = [a for a in posts if (a.date.year, a.date.month) == (2026, 3)]
    for a in a_days:
        listing(f"/date-2026-3-{a.date.day}.html", f"2026-3-{a.date.day}", [a], "multi date", lambda k: "")
    for y, m in [(2026, 2), (2026, 4)]:
        if (y, m) not in months:
            site.page(f"/date-{y}-{m}.html", layout(f"{m:02d}/{y}", '<div class="pagebar"></div>', body_class="multi date"))
            site.non_articles.append(f"/date-{y}-{m}.html")
    for uid, n in USERS.items():
        listing(f"/author-{uid}.html", n, [a for a in posts if a.opts["uid"] == uid], "multi author", lambda k, uid=uid: f"/author-{uid}_{k}.html")
    site.trap("home / and /page_2.html (5 a page), /category-<id>.html (+ _2), /tags-<id>.html, /date-<y>-<m>.html (the "
              "calendar's /date-2026-3-<d>.html), /author-<id>.html: post-multi blocks with the same h2.post-title + "
              "span.post-date and the intro before <!--more-->: listings", "/page_2.html")

    dyn = next(a for a in posts if a.opts.get("dynamic"))

    def page(path: str, title: str, body: str) -> None:
        main = (f'<div class="post page">\n\t<h2 class="post-title">{esc(title)}</h2>\n\t<div class="post-body">{body}</div>\n</div>')
        site.page(path, layout(title, main, body_class="single page"))
        site.non_articles.append(path)

    page("/gioi-thieu.html", "Giới thiệu", "<p>Bản tin HTX Lào Cai do nhóm truyền thông của Liên minh HTX tỉnh thực hiện từ năm "
         "2024, đưa tin về hoạt động của các HTX trên địa bàn tỉnh Lào Cai (gồm cả khu vực Yên Bái cũ).</p>"
         f'<p>Bài viết được nhiều bạn đọc quan tâm: <a href="/?id={dyn.opts["id"]}">{esc(dyn.title)}</a>.</p>')
    page("/lien-he.html", "Liên hệ", "<p>Địa chỉ: Tòa nhà Liên minh HTX tỉnh, phường Yên Bái, tỉnh Lào Cai.</p>"
         "<p>Điện thoại: 0216 3852 416 – Hộp thư: bantinhtxlaocai@gmail.com</p>")
    site.trap("pages /gioi-thieu.html and /lien-he.html (div.post.page, h2.post-title without span.post-date): not articles; "
              "/gioi-thieu.html links a post by its dynamic address /?id=41 (same page, no redirect): an alias", "/gioi-thieu.html")

    def rfc(d: datetime) -> str:
        return format_datetime(d.replace(tzinfo=timezone(timedelta(hours=7))))

    items = "".join(f"<item><title>{esc(a.title)}</title><author>{esc(USERS[a.opts['uid']])}</author><link>{{{{base}}}}{url(a)}</link>"
                    f"<pubDate>{rfc(a.date)}</pubDate><guid>{{{{base}}}}{url(a)}</guid><description><![CDATA[{intro(a)}]]></description>"
                    f"<category>{CATS[a.opts['cat']][0]}</category><comments>{{{{base}}}}{url(a)}#comment</comments></item>" for a in posts)
    site.page("/feed.php", f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{NAME}</title>'
              f'<link>{{{{base}}}}/</link><description>{SUB}</description><generator>{VERSION}</generator><language>vi</language>'
              f'<pubDate>{rfc(posts[0].date)}</pubDate>{items}</channel></rss>', content_type="application/rss+xml; charset=utf-8")
    site.page("/zb_system/xml-rpc/?rsd", '<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">'
              f'<service><engineName>Z-BlogPHP</engineName><homePageLink>{{{{base}}}}/</homePageLink></service></rsd>',
              content_type="application/rsd+xml; charset=utf-8")
    site.static("/zb_system/xml-rpc/wlwmanifest.xml", '<?xml version="1.0" encoding="utf-8"?><manifest xmlns="http://schemas.microsoft.com/wlw/manifest/weblog"/>')
    site.static("/robots.txt", "User-agent: *\nDisallow: /zb_system/\nDisallow: /zb_users/plugin/\nDisallow: /search.php\n")
    site.trap("RSS /feed.php (head alternate on the home page only): pubDate with +0700, the intro only; the EditURI "
              "(/zb_system/xml-rpc/?rsd) and wlwmanifest links; no sitemap, no meta description, no Open Graph", "/feed.php")
    site.static("/zb_system/script/c_html_js_add.php", "var zbpConfig = {};\n")
    site.binary("/zb_users/avatar/0.png", image_for("avatar0"))
    site.binary("/zb_users/plugin/UEditor/dialogs/attachment/fileTypeImages/icon_pdf.gif", image_for("icon_pdf"))
    return site
