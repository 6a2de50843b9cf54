"""Site `mangxa-htxbinhphuoc` (registry family `generic`): "Mạng xã hội HTX Bình Phước", the community the Bình Phước
cooperative alliance runs on **phpFox 4.8** (the Material template, the Blogs, Pages, Feed, Comment, Like, Share,
Attachment, Tag and RSS apps; the Vietnamese language pack; the guests' time zone set to GMT+7; the date setting
"j F, Y" and the feed's "j F, Y H:i"; 5 blogs a page; the copy is of 3 June 2025 09:30, before the province merged into
Đồng Nai). Staff, the alliance's Page and member cooperatives publish with the Blogs app. Written as a held-out test:
no family module, no selectors.

URL shapes: a blog `/blog/<id>/<title-slug>/` (phpFox's ASCII slug; the route reads the id, so `/blog/<id>/` answers the
same page: a member's comment links one so, an alias); lists `/blog/` and `/blog/?page=2` (5 a page, the "Xem thêm"
pager), categories `/blog/category/<n>/<slug>/`, tags `/blog/tag/<tag>/`; the activity feed on the home `/` and `/?page=2`
(8 items a page: blog posts and status updates, each with its time, likes and comment count); profiles `/<username>/`,
the Page `/pages/12/` and the Pages directory `/pages/`; the RSS list `/rss/` and the feed `/rss/feed/?id=2` (blogs);
attachments `/attachment/download/id_<n>/`; `/user/login/` and `/user/register/` (robots.txt disallows `/user/`).

Why it is hard: a social layout: the `<h1>` sits in the breadcrumb block (`div._block_breadcrumb h1 > a`), the blog is
`div.item_view.blog_view`: the owner line (avatar, "bởi <a href="/thuylt/">Lê Thị Thủy</a>" or the Page's name "Liên
minh HTX tỉnh Bình Phước", the time), the text `div.item_content.item_view_content` (`<p>`, `<h2>`, lists, a table,
photos in centred `<p>` with the caption in the next centred `<p><em>`), the attachment box ("Tệp đính kèm", the file
and its size), the category and tag line, then the action bar (Thích / Bình luận / Chia sẻ), the likes ("Lê Thị Thủy
và 4 người khác đã thích"), "2 lượt chia sẻ" and members' comments (never the text). Times are phpFox's
`convert_time`: within a day relative ("9 giờ trước"), otherwise "28 Tháng 5, 2025"; each in a `<span title="28 Tháng
5, 2025 08:40">` tooltip giving the minute. The author is the owner when a person; the Page, the admin and a member
cooperative's account are no author; a closing byline overrides the owner. The RSS gives `date('r')` with PHP in UTC:
the post of 00:15 on 3 June reads "Mon, 02 Jun 2025 17:15:00 +0000". OG tags carry no date; no JSON-LD. The oldest blog
has no category and no tag and its owner's profile is private: only `/blog/?page=2`, the feed's `/?page=2` reach it.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "mangxa-htxbinhphuoc"
NAME = "Mạng xã hội HTX Bình Phước"
PER = 5
FEED_PER = 8
NOW = datetime(2025, 6, 3, 9, 30)
PAGE_ID = 12
USERS = {"page": "Liên minh HTX tỉnh Bình Phước", "thuylt": "Lê Thị Thủy", "minhpq": "Phạm Quang Minh",
         "htxtanlap": "HTX Nông nghiệp Tân Lập", "admin": "Quản trị viên", "tuandm": "Đỗ Minh Tuấn",
         "hoanv": "Nguyễn Văn Hòa", "lanpt": "Phan Thị Lan"}
CATS = {1: "Tin hoạt động", 2: "Thông báo", 3: "Kiến thức", 4: "Mô hình hay"}
COPY = "Mạng xã hội HTX Bình Phước © 2025"
ADDRESS = "Liên minh Hợp tác xã tỉnh Bình Phước - Số 718 Quốc lộ 14, phường Tân Bình, TP Đồng Xoài - ĐT: 0271.3879.124"
FURN = [COPY, ADDRESS, "Powered by phpFox", "Tệp đính kèm", "Thích", "Bình luận", "Chia sẻ", "lượt chia sẻ",
        "Viết bình luận...", "Đăng nhập", "Đăng ký", "Blog mới nhất", "Danh mục", "Điều khoản",
        "Chính sách riêng tư"]


def slugify(title: str) -> str:
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def full(d: datetime) -> str:
    return f"{d.day} Tháng {d.month}, {d.year} {d:%H:%M}"


def shown(d: datetime) -> str:
    diff = NOW - d
    if diff < timedelta(hours=1):
        return f"{int(diff.total_seconds() // 60)} phút trước"
    if diff < timedelta(days=1):
        return f"{int(diff.total_seconds() // 3600)} giờ trước"
    return f"{d.day} Tháng {d.month}, {d.year}"


def when(d: datetime) -> str:
    return f'<span class="item-time" title="{full(d)}">{shown(d)}</span>'


def h(text: str, n: int = 32) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 15/TB-LMHTX về việc tổ chức tập huấn chuyển đổi số cho HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH BÌNH PHƯỚC
Số: 15/TB-LMHTX
Bình Phước, ngày 26 tháng 5 năm 2025
THÔNG BÁO
Về việc tổ chức tập huấn chuyển đổi số cho HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho cán bộ quản lý HTX vào ngày 12/6/2025 tại Hội trường Liên minh HTX tỉnh.
Nội dung tập huấn gồm: sử dụng phần mềm kế toán, hóa đơn điện tử và bán hàng trên sàn thương mại điện tử.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 06/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Điểu Thị Hồng
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/attachment/download/id_87/", "text": "TB-15-LMHTX-2025.pdf"}],
          opts={"by": "page", "cat": 2, "tags": ["chuyển đổi số"], "likes": 9, "shares": 3,
                "comments": [("hoanv", "HTX Nông nghiệp Thành Tâm đăng ký 2 học viên ạ.")]},
          notes=["notice 'Số: 15/TB-LMHTX' dated 26/5 in its text, posted 28 Tháng 5, 2025 08:40 (the tooltip); posted as "
                 "the alliance's Page: no author; the signer is text; the attachment box's /attachment/download/id_87/ "
                 "('TB-15-LMHTX-2025.pdf', '(186.4 Kb)') is an attachment, not text; a member's comment is not text"],
          **at(datetime(2025, 5, 28, 8, 40))),
        A(path="", title="Ảnh: HTX Sầu riêng Bù Đốp vào vụ thu hoạch",
          body="""
Cuối tháng 5, các thành viên HTX Sầu riêng Bù Đốp bước vào vụ thu hoạch sầu riêng năm 2025.
[img bu-dop-1.png] Thành viên HTX thu hoạch sầu riêng tại vườn
[img bu-dop-2.png] Sầu riêng được phân loại, dán mã vùng trồng trước khi xuất bán
[img bu-dop-3.png] Thương lái thu mua sầu riêng tại điểm tập kết của HTX
Năm nay HTX dự kiến thu hoạch khoảng 900 tấn sầu riêng, trong đó 60% đạt tiêu chuẩn xuất khẩu.
""", byline="Bài và ảnh: Hoàng Văn Lâm", author="Hoàng Văn Lâm",
          opts={"by": "thuylt", "cat": 4, "tags": ["sầu riêng"], "likes": 14, "shares": 5,
                "comments": [("lanpt", "Năm nay sầu riêng Bù Đốp được mùa, được giá quá!"),
                             ("hoanv", "Số liệu HTX cả tỉnh 5 tháng các bạn xem ở {{alias}} nhé.")]},
          notes=["photo story: each photo a centred <p>, its caption the next centred <p><em> (one line each); owner Lê "
                 "Thị Thủy but 'Bài và ảnh: Hoàng Văn Lâm' closes it -> author; a comment links the table blog id-only "
                 "/blog/N/ (an alias)"],
          **at(datetime(2025, 5, 21, 15, 30))),
        A(path="", title="Liên minh HTX tỉnh làm việc với các HTX huyện Bù Gia Mập",
          body="""
Chiều 2/6, đoàn công tác Liên minh HTX tỉnh đã làm việc với 14 HTX trên địa bàn huyện Bù Gia Mập.
Các HTX chủ yếu hoạt động trong lĩnh vực trồng điều, hồ tiêu và dịch vụ nông nghiệp, doanh thu bình quân 1,6 tỷ đồng/năm.
Liên minh HTX tỉnh sẽ hỗ trợ các HTX xây dựng vùng nguyên liệu điều hữu cơ và kết nối tiêu thụ với doanh nghiệp chế biến.
""", author="Phạm Quang Minh",
          opts={"by": "minhpq", "cat": 1, "tags": ["điều"], "likes": 6, "shares": 1, "comments": []},
          notes=["posted at 00:15 on 3 June about the afternoon before ('Chiều 2/6' is the event): '9 giờ trước' on the "
                 "copy's day, tooltip '3 Tháng 6, 2025 00:15'; the RSS gives UTC 'Mon, 02 Jun 2025 17:15:00 +0000' (the "
                 "2nd if the zone is dropped); owner Phạm Quang Minh (a staff member), no byline: the author"],
          **at(datetime(2025, 6, 3, 0, 15))),
        A(path="", title="Kết quả hoạt động của HTX tỉnh Bình Phước 5 tháng đầu năm 2025",
          body="""
5 tháng đầu năm 2025, toàn tỉnh thành lập mới 11 HTX, nâng tổng số HTX đang hoạt động lên 286 HTX.
| Lĩnh vực | Số HTX | Doanh thu 5 tháng (tỷ đồng) | So cùng kỳ (%) |
| Nông nghiệp | 231 | 412,6 | 108,4 |
| Công nghiệp, xây dựng | 17 | 58,9 | 103,1 |
| Thương mại, dịch vụ | 29 | 96,2 | 106,7 |
| Vận tải | 9 | 21,4 | 101,5 |
Các HTX nông nghiệp có doanh thu tăng nhờ giá hồ tiêu, sầu riêng và hạt điều ở mức cao.
""", author="Lê Thị Thủy",
          opts={"by": "thuylt", "cat": 1, "tags": ["số liệu"], "likes": 4, "shares": 2, "comments": []},
          notes=["a table (th in the first row): one line per row; owner Lê Thị Thủy (a staff member), no byline: she is "
                 "the author; /blog/N/ without the slug (linked from a comment) is an alias"],
          **at(datetime(2025, 5, 30, 10, 20))),
        A(path="", title="Những lưu ý khi HTX sản xuất hạt điều theo tiêu chuẩn hữu cơ",
          body="""
Điều hữu cơ được thị trường châu Âu, Mỹ ưa chuộng, giá bán cao hơn điều thông thường từ 20 đến 30%.
## Các yêu cầu chính
* Vườn điều cách ly với vườn sử dụng thuốc bảo vệ thực vật hóa học;
* Chỉ sử dụng phân bón, chế phẩm sinh học được phép trong sản xuất hữu cơ;
* Ghi chép đầy đủ nhật ký canh tác, thu hoạch;
* Thu hoạch, phơi sấy, bảo quản hạt điều riêng từng lô.
HTX nên liên kết với doanh nghiệp có kinh nghiệm để được hỗ trợ chi phí chứng nhận.
""", byline="Trần Thị Kim Oanh - Trung tâm Khuyến nông", author="Trần Thị Kim Oanh",
          opts={"by": "admin", "cat": 3, "tags": ["điều", "hữu cơ"], "likes": 11, "shares": 7, "comments": []},
          notes=["an <h2> and a bulleted list; owner the admin account ('Quản trị viên'); 'Trần Thị Kim Oanh - Trung tâm "
                 "Khuyến nông' closes the text -> Trần Thị Kim Oanh"],
          **at(datetime(2025, 5, 14, 9, 0))),
        A(path="", title="HTX Nông nghiệp Tân Lập phát triển chuỗi liên kết hồ tiêu",
          body="""
HTX Nông nghiệp Tân Lập (huyện Đồng Phú) đã xây dựng chuỗi liên kết sản xuất, tiêu thụ hồ tiêu với 85 hộ thành viên.
HTX ký hợp đồng bao tiêu toàn bộ sản phẩm với một doanh nghiệp xuất khẩu, giá mua cao hơn thị trường 3.000 đồng/kg.
Diện tích hồ tiêu đạt chứng nhận VietGAP của HTX đã tăng lên 120 ha.
""", byline="Theo Báo Bình Phước", author=None,
          opts={"by": "htxtanlap", "cat": 4, "tags": ["hồ tiêu"], "likes": 8, "shares": 4, "comments": []},
          notes=["posted by the member cooperative's own account (HTX Nông nghiệp Tân Lập) and closed by 'Theo Báo Bình "
                 "Phước': a reprint, no author"],
          **at(datetime(2025, 5, 7, 14, 10))),
        A(path="", title="HTX Cao su Đồng Phú hỗ trợ thành viên tái canh vườn cây",
          body="""
HTX Cao su Đồng Phú đang hỗ trợ thành viên tái canh 45 ha cao su già cỗi bằng giống năng suất cao.
HTX cung ứng cây giống, phân bón trả chậm và hướng dẫn kỹ thuật trồng xen cây ngắn ngày trong 3 năm đầu.
Thu nhập từ cây trồng xen giúp thành viên có thêm nguồn thu trong thời gian chờ cao su cho mủ.
""", byline="Nguyễn Văn Tài", author="Nguyễn Văn Tài",
          opts={"by": "minhpq", "cat": 4, "tags": ["cao su"], "likes": 5, "shares": 0, "comments": []},
          notes=["owner Phạm Quang Minh but the bare name 'Nguyễn Văn Tài' closes the text: the author"],
          **at(datetime(2025, 4, 24, 16, 0))),
        A(path="", title="Liên minh HTX tỉnh Bình Phước sơ kết công tác quý I năm 2025",
          body="""
Ngày 4/4, Liên minh HTX tỉnh Bình Phước tổ chức hội nghị sơ kết công tác quý I, triển khai nhiệm vụ quý II năm 2025.
[img so-ket-quy-1.png] Quang cảnh hội nghị sơ kết
Quý I, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 5 HTX và tổ chức 4 lớp tập huấn cho 260 lượt cán bộ HTX.
""", byline="Tin, ảnh: Đỗ Minh Tuấn", author="Đỗ Minh Tuấn",
          opts={"by": "tuandm", "cat": None, "tags": [], "likes": 3, "shares": 0, "comments": []},
          notes=["the oldest blog: no category, no tag, its owner's profile private to guests; only /blog/?page=2 and the "
                 "feed's /?page=2 reach it; 'Tin, ảnh: Đỗ Minh Tuấn' closes the text -> author"],
          **at(datetime(2025, 4, 8, 15, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table style="width: 100%;" border="1">\n<tbody>\n<tr>\n' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "\n</tr>\n" + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="/file/pic/attachment/{a.date:%Y/%m}/{h(b.src)}_view.png" '
                       f'alt="" width="600" height="400" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-phuoc", f"{NAME} (phpFox 4)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/rss/feed/?id=2" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    bid = 140
    for a in reversed(arts):
        bid += 3
        a.opts["id"] = bid
        a.path = f"/blog/{bid}/{slugify(a.title)}/"
    table = next(a for a in arts if any(b.kind == "table" for b in a.blocks))
    alias = f"/blog/{table.opts['id']}/"

    def profile(user: str) -> str:
        return f"/pages/{PAGE_ID}/" if user == "page" else f"/{user}/"

    def avatar(user: str, size: int = 50) -> str:
        return (f'<a href="{profile(user)}" class="no_image_user _size__{size}" title="{attr(USERS[user])}">'
                f'<img src="/file/pic/user/{h(user, 10)}_{size}_square.png" alt="{attr(USERS[user])}" width="{size}" '
                f'height="{size}" /></a>')

    def owner(user: str) -> str:
        return f'<a href="{profile(user)}" class="user_profile_link_span">{esc(USERS[user])}</a>'

    def layout(title: str, heading: str, heading_href: str, content: str, page_id: str, right: str = "",
               crumbs: list[tuple[str, str]] = (), og: dict | None = None) -> str:
        meta = ""
        if og:
            meta = "".join(f'\n<meta property="og:{k}" content="{attr(v)}" />' for k, v in og.items())
            meta += f'\n<link rel="canonical" href="{{{{base}}}}{og["url"].replace("{{base}}", "")}" />'
        crumb = "".join(f'<a href="{href}" class="ajax_link">{esc(n)}</a> <span class="crumb-sep">›</span> '
                        for n, href in crumbs)
        menu = "".join(f'<li><a href="{href}" class="ajax_link"><span>{esc(n)}</span></a></li>' for n, href in
                       [("Trang chủ", "/"), ("Blog", "/blog/"), ("Trang", "/pages/")])
        right_col = f'<div class="layout-right"><div class="_block" id="js_block_border_blog_sidebar">{right}</div></div>' if right else ""
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" dir="ltr" lang="vi">
<head>
<title>{esc(title)} - {esc(NAME)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1, user-scalable=no" />
<meta name="description" content="Mạng xã hội kết nối các hợp tác xã tỉnh Bình Phước" />
<meta name="keywords" content="HTX, hợp tác xã, Bình Phước" />{meta}
<link rel="alternate" type="application/rss+xml" title="Blog" href="/rss/feed/?id=2" />
<link href="/theme/frontend/material/style/default/css/layout.css?v=4.8.14" rel="stylesheet" type="text/css" />
<script type="text/javascript">var oCore = {{"core.is_user_profile":false,"profile.user_id":0,"core.section_module":"","core.url_file":"/file/","core.defaultsitetitle":"{esc(NAME)}"}}; var oParams = {{"sJsHome":"{{{{base}}}}/","sJsAjax":"{{{{base}}}}/static/ajax.php","bIsUserLogin":false,"sDateFormat":"j F, Y"}};</script>
</head>
<body id="page_{page_id}" class="_is_guest_user">
<div id="section-header">
  <div class="sticky-bar"><div class="container">
    <div class="site-logo"><a href="/" class="site-logo-link"><span class="site-logo-icon"><img src="/file/pic/logo/logo.png" alt="{attr(NAME)}" /></span><span class="site-name">{esc(NAME)}</span></a></div>
    <div class="search-area"><form method="get" action="/search/"><input type="text" name="q" placeholder="Tìm kiếm..." autocomplete="off" class="form-control" /></form></div>
    <div class="guest-login-small"><a href="/user/login/" class="btn btn-sm btn-success">Đăng nhập</a> <a href="/user/register/" class="btn btn-sm btn-default">Đăng ký</a></div>
  </div></div>
  <div class="site-menu-container"><div class="container"><ul class="site-menu-small site_menu">{menu}</ul></div></div>
</div>
<div id="main" class="">
  <div class="container">
    <div class="layout-main">
      <div class="layout-middle">
        <div class="_block_breadcrumb"><div class="breadcrumbs-top">{crumb}</div><h1><a href="{heading_href}" class="ajax_link">{esc(heading)}</a></h1></div>
        <div class="_block_content" id="js_controller_{page_id}">
{content}
        </div>
      </div>
      {right_col}
    </div>
  </div>
</div>
<div id="section-footer"><div class="container">
  <ul class="list-inline footer-menu"><li><a href="/terms/">Điều khoản</a></li><li><a href="/policy/">Chính sách riêng tư</a></li><li><a href="/rss/">RSS</a></li></ul>
  <div class="footer-right">{esc(COPY)}</div>
  <div class="footer-address">{esc(ADDRESS)}</div>
  <div class="footer-powered"><a href="{{{{base:offsite}}}}/phpfox/" target="_blank">Powered by phpFox</a></div>
</div></div>
<script type="text/javascript" src="/static/jscript/jquery/jquery.js?v=4.8.14"></script>
<script type="text/javascript" src="/static/jscript/main.js?v=4.8.14"></script>
</body>
</html>
"""

    def sidebar(current: RichArticle | None = None) -> str:
        latest = [a for a in arts if a is not current][:4]
        cats = "".join(f'<li><a href="/blog/category/{n}/{slugify(c)}/" class="ajax_link">{esc(c)}</a></li>'
                       for n, c in CATS.items())
        return ('<div class="block"><div class="title">Blog mới nhất</div><div class="content"><ul class="blog-mini-list">'
                + "".join(f'<li><a href="{a.path}" class="ajax_link">{esc(a.title)}</a> <div class="extra_info">'
                          f'{when(a.date)}</div></li>' for a in latest)
                + f'</ul></div></div><div class="block"><div class="title">Danh mục</div><div class="content">'
                  f'<ul class="action">{cats}</ul></div></div>')

    def summary_item(a: RichArticle) -> str:
        text = inline_text(next(b.text for b in a.blocks if b.kind == "p"))
        words = text.split()
        text = " ".join(words[:25]) + ("..." if len(words) > 25 else "")
        return (f'<article class="blog-item"><div class="item-outer"><div class="item-inner"><div class="item-title">'
                f'<a href="{a.path}" class="link ajax_link">{esc(a.title)}</a></div><div class="item-author">{avatar(a.opts["by"], 50)}'
                f'<span class="item-author-info">bởi {owner(a.opts["by"])}</span> <span class="item-time-wrap">{when(a.date)}'
                f'</span></div><div class="item-desc">{esc(text)}</div><div class="item-statistic"><span>{a.opts["likes"]} '
                f'lượt thích</span> <span>{len(a.opts["comments"])} bình luận</span></div></div></div></article>')

    def pager(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""

        def href(k: int) -> str:
            return base if k == 1 else f"{base}?page={k}"
        items = ([f'<li><a href="{href(n - 1)}">« Trước</a></li>'] if n > 1 else []) + [
            f'<li class="active"><a>{k}</a></li>' if k == n else f'<li><a href="{href(k)}">{k}</a></li>'
            for k in range(1, pages + 1)] + ([f'<li><a href="{href(n + 1)}">Tiếp »</a></li>'] if n < pages else [])
        more = (f'<div class="js_pager_view_more_link"><a href="{href(n + 1)}" class="next_page">Xem thêm</a></div>'
                if n < pages else "")
        return f'{more}<ul class="pagination">{"".join(items)}</ul>'

    def listing(base: str, title: str, items: list[RichArticle], crumbs: list) -> None:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(1, pages + 1):
            path = base if n == 1 else f"{base}?page={n}"
            chunk = items[(n - 1) * PER:n * PER]
            body = (f'<div class="item-container blog-listing">{"".join(summary_item(a) for a in chunk)}</div>'
                    if chunk else '<div class="extra_info">Không tìm thấy blog nào.</div>') + pager(base, n, pages)
            site.page(path, layout(title, title, base, body, "blog_index", sidebar(), [("Blog", "/blog/")]))
            site.non_articles.append(path)

    comment_strings, like_strings = set(), set()
    cid = 300
    for a in arts:
        by = a.opts["by"]
        first_liker = "Lê Thị Thủy" if by != "thuylt" else "Phạm Quang Minh"
        likes = f"{first_liker} và {a.opts['likes'] - 1} người khác đã thích"
        like_strings.add(likes)
        coms = ""
        for i, (user, text) in enumerate(a.opts["comments"]):
            cid += 1
            t = a.date + timedelta(hours=2 + i * 6, minutes=12)
            shown_text = esc(text).replace("{{alias}}", f'<a href="{alias}">bài số liệu 5 tháng</a>')
            comment_strings.add(text.replace("{{alias}}", "bài số liệu 5 tháng"))
            coms += (f'<div class="js_mini_feed_comment comment_mini_content_holder" id="js_comment_{cid}"><div '
                     f'class="comment_mini_image">{avatar(user, 32)}</div><div class="comment_mini_content_border"><div '
                     f'class="comment_mini_content"><a href="/{user}/" class="user_profile_link_span">{esc(USERS[user])}</a> '
                     f'<div class="item-comment-content"><p>{shown_text}</p></div></div><div class="comment_mini_action">'
                     f'{when(t)}</div></div></div>')
        cat = (f'<div class="item-category">Danh mục: <a href="/blog/category/{a.opts["cat"]}/{slugify(CATS[a.opts["cat"]])}/" '
               f'class="ajax_link">{esc(CATS[a.opts["cat"]])}</a></div>') if a.opts["cat"] else ""
        tags = ('<div class="item-tag">Chủ đề: ' + ", ".join(f'<a href="/blog/tag/{slugify(t)}/">{esc(t)}</a>'
                                                             for t in a.opts["tags"]) + "</div>") if a.opts["tags"] else ""
        attach = ""
        if a.attachments:
            attach = ('<div class="attachment_holder"><div class="attachment_holder_title">Tệp đính kèm</div>'
                      + "".join(f'<div class="attachment-row"><div class="attachment_body"><a href="{x["path"]}" '
                                f'class="attachment_body_title">{esc(x["text"])}</a><div class="extra_info">(186.4 Kb)</div>'
                                "</div></div>" for x in a.attachments) + "</div>")
        shares = f'<span class="feed-share-count">{a.opts["shares"]} lượt chia sẻ</span>' if a.opts["shares"] else ""
        content = (f'<div class="item_view blog_view"><div class="item_info">{avatar(by)}<div class="item_info_author"><div>'
                   f'bởi {owner(by)}</div><div>{when(a.date)}</div></div></div>\n<div class="item_content item_view_content">'
                   f"\n{body_html(a)}\n</div>\n{attach}<div class=\"item-detail-footer\">{cat}{tags}</div>"
                   f'<div class="item-detail-feedcomment"><div class="comment-mini-feed"><div class="feed_like_link">'
                   f'<a href="/user/login/" class="js_like_link_toggle"><span>Thích</span></a> <a href="/user/login/" '
                   f'class="feed-comment-link"><span>Bình luận</span></a> <a href="/user/login/" class="feed-share-link">'
                   f'<span>Chia sẻ</span></a></div><div class="activity_like_holder"><span class="like-list">{esc(likes)}'
                   f'</span> {shares}</div><div class="comment_mini_holder">{coms}</div><div class="comment-footer"><a '
                   f'href="/user/login/" class="js_comment_feed_textarea_browse">Viết bình luận...</a></div></div></div></div>')
        first_img = a.first_image()
        og = {"type": "website", "title": a.title, "url": "{{base}}" + a.path,
              "description": inline_text(next(b.text for b in a.blocks if b.kind == "p")),
              "site_name": NAME}
        if first_img:
            og["image"] = f"{{{{base}}}}/file/pic/attachment/{a.date:%Y/%m}/{h(first_img)}_view.png"
        crumbs = [("Blog", "/blog/")]
        if a.opts["cat"]:
            crumbs.append((CATS[a.opts["cat"]], f"/blog/category/{a.opts['cat']}/{slugify(CATS[a.opts['cat']])}/"))
        site.page(a.path, layout(a.title, a.title, a.path, content, "blog_view", sidebar(a), crumbs, og))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/file/pic/attachment/{a.date:%Y/%m}/{h(b.src)}_view.png", image_for(b.src))
        for x in a.attachments:
            name = "_files/tb-15-lmhtx-2025.pdf"
            site.files[name] = pdf(a.title, ["LIEN MINH HTX TINH BINH PHUOC", "THONG BAO SO 15/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": name, "content_type": "application/pdf"})
        site.add_article(a)
    site.same_page(alias, table.path)
    table.aliases.append(alias)
    site.extra_boilerplate += sorted(like_strings) + sorted(comment_strings)

    listing("/blog/", "Blog", arts, [])
    site.trap("/blog/: 5 summaries a page (title, avatar, 'bởi', the time, 25 words, likes, comments); '?page=2' holds "
              "the three oldest", "/blog/?page=2")
    for n, c in CATS.items():
        listing(f"/blog/category/{n}/{slugify(c)}/", c, [a for a in arts if a.opts["cat"] == n], [("Blog", "/blog/")])
    for t in sorted({t for a in arts for t in a.opts["tags"]}):
        listing(f"/blog/tag/{slugify(t)}/", f"Chủ đề: {t}", [a for a in arts if t in a.opts["tags"]], [("Blog", "/blog/")])
    site.trap("categories /blog/category/<n>/<slug>/ and tags /blog/tag/<tag>/: lists", "/blog/category/4/mo-hinh-hay/")

    # the activity feed
    statuses = [(datetime(2025, 6, 2, 19, 5), "lanpt", "Chúc mừng các HTX sầu riêng Bù Đốp được mùa, được giá!"),
                (datetime(2025, 5, 25, 7, 45), "page", "Liên minh HTX tỉnh Bình Phước đã cập nhật ảnh bìa."),
                (datetime(2025, 5, 3, 20, 30), "hoanv", "HTX Nông nghiệp Thành Tâm tuyển 5 lao động thu hoạch điều, "
                 "liên hệ 0918.xxx.xxx."),
                (datetime(2025, 4, 30, 8, 0), "thuylt", "Chào mừng 50 năm Ngày Giải phóng miền Nam, thống nhất đất nước!")]
    events = [(a.date, a.opts["by"], a) for a in arts] + [(d, u, text) for d, u, text in statuses]
    events.sort(key=lambda e: e[0], reverse=True)
    feed_pages = (len(events) + FEED_PER - 1) // FEED_PER
    for n in range(1, feed_pages + 1):
        path = "/" if n == 1 else f"/?page={n}"
        items = []
        for d, user, what in events[(n - 1) * FEED_PER:n * FEED_PER]:
            if isinstance(what, RichArticle):
                head = f'{owner(user)} đã đăng một bài blog'
                body = (f'<div class="feed_block_title_content"><a href="{what.path}" class="activity_feed_content_link_title">'
                        f'{esc(what.title)}</a><div class="activity_feed_content_display">'
                        f'{esc(inline_text(next(b.text for b in what.blocks if b.kind == "p")))}</div></div>')
                stats = f'<span>{what.opts["likes"]} lượt thích</span> <span>{len(what.opts["comments"])} bình luận</span>'
                link = what.path
            else:
                head = owner(user)
                body = f'<div class="activity_feed_content_status">{esc(what)}</div>'
                stats = ""
                link = profile(user)
            items.append(f'<div class="js_feed_view_more_entry_holder"><div class="activity_feed_image">{avatar(user)}</div>'
                         f'<div class="activity_feed_content"><div class="activity_feed_content_text"><div class="activity_'
                         f'feed_content_info">{head}</div>{body}</div><div class="activity_feed_time"><a href="{link}" '
                         f'class="feed_permalink">{when(d)}</a></div><div class="feed-stats">{stats}</div></div></div>')
        more = (f'<div class="js_feed_view_more_link"><a href="/?page={n + 1}" class="global_view_more">Xem thêm</a></div>'
                if n < feed_pages else "")
        content = (f'<div id="js_feed_content" class="js_feed_content">{"".join(items)}</div>{more}')
        site.page(path, layout("Trang chủ", "Hoạt động mới", "/", content, "core_index-visitor", sidebar()))
        site.non_articles.append(path)
    site.trap("the activity feed on / and /?page=2 (8 items a page: blog posts with title and first paragraph, status "
              "updates): lists; page 2 holds the oldest blog", "/?page=2")

    for user in USERS:
        if user == "page":
            continue
        if user == "tuandm":
            content = '<div class="extra_info">Thành viên này đã giới hạn quyền xem hồ sơ.</div>'
        else:
            content = (f'<div class="profiles_banner"><div class="profile-image">{avatar(user, 120)}</div><div '
                       f'class="profile-info"><h2>{esc(USERS[user])}</h2><div class="profile-extra-info">Thành viên từ '
                       f'2023</div></div></div><div class="profile-basic-info"><div class="item-info">Sống tại: Bình Phước'
                       f'</div></div>')
        site.page(f"/{user}/", layout(USERS[user], USERS[user], f"/{user}/", content, "profile_index"))
        site.non_articles.append(f"/{user}/")
    page_content = (f'<div class="pages_header">{avatar("page", 120)}<div class="pages_info"><h2>{esc(USERS["page"])}</h2>'
                    '<div class="category">Cơ quan, tổ chức</div><div class="likes">1.245 lượt thích</div></div></div>'
                    '<div class="pages_about"><p>Trang chính thức của Liên minh Hợp tác xã tỉnh Bình Phước.</p></div>')
    site.page(f"/pages/{PAGE_ID}/", layout(USERS["page"], USERS["page"], f"/pages/{PAGE_ID}/", page_content, "pages_view"))
    site.page("/pages/", layout("Trang", "Trang", "/pages/", f'<div class="page-item"><a href="/pages/{PAGE_ID}/">'
                                f'{esc(USERS["page"])}</a> <span>Cơ quan, tổ chức</span></div>', "pages_index"))
    site.non_articles += [f"/pages/{PAGE_ID}/", "/pages/"]
    site.trap("profiles /<username>/ (one private to guests), the Page /pages/12/ and /pages/: not articles",
              f"/pages/{PAGE_ID}/")
    for path, title, text in [("/terms/", "Điều khoản", "Điều khoản sử dụng mạng xã hội HTX Bình Phước."),
                              ("/policy/", "Chính sách riêng tư", "Chính sách bảo vệ thông tin cá nhân của thành viên.")]:
        site.page(path, layout(title, title, path, f"<p>{esc(text)}</p>", "page_view"))
        site.non_articles.append(path)
    site.page("/rss/", layout("RSS", "RSS", "/rss/", '<ul class="rss-list"><li><a href="/rss/feed/?id=2">Blog mới nhất</a>'
                              '</li></ul>', "rss_index"))
    site.non_articles.append("/rss/")
    for path, title in [("/user/login/", "Đăng nhập"), ("/user/register/", "Đăng ký")]:
        site.page(path, layout(title, title, path, '<form method="post" action="/user/login/"><input type="text" '
                               'name="val[login]" /><input type="password" name="val[password]" /></form>', "user_login"))
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /admincp/\nDisallow: /static/ajax.php\n"
                "Disallow: /search/\n")
    site.trap("robots.txt disallows /user/: 'Đăng nhập', 'Đăng ký' and every Thích / Bình luận / Chia sẻ link (all go to "
              "/user/login/ for a guest) are never fetched", "/user/login/")
    items = "".join(
        f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description><![CDATA[{body_html(a)}]]>"
        f"</description><guid isPermaLink=\"true\">{{{{base}}}}{a.path}</guid><pubDate>"
        f"{a.date - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>" for a in arts[:PER])
    site.page("/rss/feed/?id=2", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Blog mới nhất'
              f"</title><link>{{{{base}}}}/blog/</link><description>{esc(NAME)}</description><language>vi</language>"
              f"{items}</channel></rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /rss/feed/?id=2 (the head's alternate; the 5 newest, the whole text): pubDate in UTC '+0000'",
              "/rss/feed/?id=2")
    return site
