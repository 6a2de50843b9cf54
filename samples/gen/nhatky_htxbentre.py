"""Site `nhatky-htxbentre` (registry family `generic`): "Nhật ký HTX Bến Tre", the blog the former Bến Tre cooperative
alliance's staff keep about the province's cooperatives (since 1 July 2025 Bến Tre is part of Vĩnh Long), on **Typecho
1.2.1** (the PHP blog engine) with its **default theme** translated into Vietnamese, URL rewriting on. Written as a
held-out test: no family module, no selectors.

URL shapes (as Typecho emits them with the default permalink setting): posts `/archives/<cid>/`, the same post
without rewriting `/index.php/archives/<cid>/` (Typecho still answers it: the same page, no redirect; old posts link
so), the comment-reply links `/archives/<cid>/?replyTo=<coid>` (the same page), independent pages `/<slug>.html`,
categories `/category/<slug>/` with `/category/<slug>/2/`, tags `/tag/<tag>/` (Vietnamese tags percent-encoded),
authors `/author/<uid>/`, month archives `/2026/03/`, the home list `/` with `/page/2/`, feeds `/feed/`,
`/feed/atom/`, `/feed/comments/`, a post's comment feed `/feed/archives/<cid>/`. robots.txt keeps crawlers out of
`/admin/` and `/action/`.

What the pages are like: `article.post` holds `h1.post-title` (its link to itself), `ul.post-meta` with "Tác giả:"
(the account's screen name, linked to /author/<uid>/), "Thời gian:" `<time datetime="2026-03-18T09:15:00+07:00">`
showing "18/03/2026" (the admin set d/m/Y), "Chuyên mục:"; the text in `div.post-content` (Markdown output: `<p>`,
`<h2>`, `<ul>/<ol>`, `<img>` followed by an italic caption paragraph, tables), then `p.tags` "Thẻ:". After the article
`ul.post-near` "Bài viết trước: … / Bài viết sau: …" and `#comments` with "Đã có N bình luận", `ol.comment-list` of
`li.comment-body` (cite.fn, the comment's own date "18/03/2026 10:02", "Trả lời" links, nested
`div.comment-children`), the form "Thêm bình luận mới". The sidebar `#secondary` has "Bài viết mới nhất", "Bình luận
mới nhất" (commenters' words), "Chuyên mục", "Lưu trữ" and "Khác". The home and list pages print each post up to its
`<!--more-->` with a "Đọc tiếp »" link (the whole post when it has none). Accounts: "Ban biên tập" (the office: not an
author unless the text closes with a byline) and staff writing under their own names (authors).
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "nhatky-htxbentre"
BLOG = "Nhật ký HTX Bến Tre"
DESC = "Ghi chép về hợp tác xã vùng dừa Bến Tre"
HTML = "text/html; charset=UTF-8"
AUTHORS = {1: "Ban biên tập", 2: "Trần Thị Mỹ Linh", 3: "Nguyễn Văn Hậu"}
CATS = {"tin-tuc": "Tin tức", "guong-htx": "Gương HTX", "van-ban": "Văn bản"}
FOOT = "Văn phòng đại diện Liên minh HTX tỉnh Vĩnh Long tại Bến Tre - 126A Nguyễn Thị Định, phường An Hội"
CHROME = [DESC, FOOT, "Tìm kiếm", "Bài viết mới nhất", "Bình luận mới nhất", "Chuyên mục", "Lưu trữ", "Khác",
          "Đăng nhập", "RSS bài viết", "RSS bình luận", "Bài viết trước", "Bài viết sau", "Thêm bình luận mới",
          "Gửi bình luận", "Tác giả:", "Thời gian:", "Chuyên mục:", "Thẻ:", "Được vận hành bởi", "Hủy trả lời"]
COMMENTS = [("Lê Văn Tám", "HTX Dừa Thạnh Phú", "HTX chúng tôi cũng muốn tham gia, xin hỏi liên hệ ai ạ?"),
            ("Ban biên tập", "", "Anh liên hệ Phòng Tư vấn - Hỗ trợ, số 0275.3822.416 nhé."),
            ("Phạm Thị Thu", "", "Bài viết rất thiết thực, cảm ơn Ban biên tập."),
            ("Võ Minh Trí", "HTX Bưởi da xanh Mỹ Thạnh An", "Mong Liên minh tổ chức thêm lớp tập huấn ở Giồng Trôm.")]


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "metadata"])

    return [
        A(path="", title="HTX dừa ở Mỏ Cày Nam ký hợp đồng bao tiêu 12 triệu trái dừa",
          body="""
Sáng 18/3, ba HTX dừa hữu cơ ở Mỏ Cày Nam đã ký hợp đồng bao tiêu 12 triệu trái dừa khô với một doanh nghiệp chế biến xuất khẩu.
<!--more-->
[img ky-ket-dua.png] Đại diện các HTX và doanh nghiệp ký kết hợp đồng
Theo hợp đồng, doanh nghiệp thu mua dừa đạt chứng nhận hữu cơ với giá cao hơn thị trường 10%, ứng trước vật tư cho thành viên HTX.
## Liên kết bền vững
Lãnh đạo Văn phòng đại diện Liên minh HTX tỉnh tại Bến Tre đề nghị các HTX giữ chữ tín, duy trì quy trình hữu cơ trên 1.450 ha dừa.
""", byline="Mỹ Linh", author="Trần Thị Mỹ Linh",
          opts={"cid": 148, "uid": 2, "cat": "tin-tuc", "tags": ["dừa", "liên kết"], "comments": [0, 1]},
          notes=["post /archives/148/: ul.post-meta 'Tác giả: Trần Thị Mỹ Linh' (a staff account), <time datetime="
                 "'2026-03-18T09:15:00+07:00'>18/03/2026</time>; the closing 'Mỹ Linh' is her short byline: author is the "
                 "account's full name; two comments (a reply nested in comment-children) with their own dates"],
          **at(datetime(2026, 3, 18, 9, 15))),
        A(path="", title="Thông báo số 05/TB-VPĐD về tiếp nhận hồ sơ hỗ trợ HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH VĨNH LONG
VĂN PHÒNG ĐẠI DIỆN TẠI BẾN TRE
Số: 05/TB-VPĐD
Bến Tre, ngày 10 tháng 3 năm 2026
THÔNG BÁO
Về việc tiếp nhận hồ sơ đề nghị hỗ trợ HTX năm 2026
Văn phòng đại diện tiếp nhận hồ sơ của các HTX khu vực Bến Tre đề nghị hỗ trợ đầu tư kết cấu hạ tầng, chế biến sản phẩm theo Nghị định số 113/2024/NĐ-CP.
+ Thời gian nhận hồ sơ: từ ngày 15/3 đến ngày 15/5/2026;
+ Hồ sơ gồm: đơn đề nghị, phương án sản xuất kinh doanh, nghị quyết đại hội thành viên.
Nơi nhận:
- Các HTX khu vực Bến Tre;
- Lưu: VT.
TRƯỞNG VĂN PHÒNG
Đặng Thị Kim Yến
""", author=None, doc_number="05/TB-VPĐD",
          attachments=[{"path": "/usr/uploads/2026/03/1284937551.pdf", "text": "TB-05-VPDD-2026.pdf"}],
          opts={"cid": 145, "uid": 1, "cat": "van-ban", "tags": ["văn bản"], "comments": []},
          notes=["notice 'Số: 05/TB-VPĐD' dated 10/3 in the text, published 11/03/2026; posted by 'Ban biên tập' (the office): "
                 "author null; the PDF in /usr/uploads/… linked after the signer: an attachment, not text; no comments"],
          **at(datetime(2026, 3, 11, 14, 0))),
        A(path="", title="Chuyện ông giám đốc HTX bưởi da xanh Mỹ Thạnh An",
          body="""
Mười năm trước, ông Võ Minh Trí còn là thương lái. Nay ông là giám đốc HTX Bưởi da xanh Mỹ Thạnh An với 68 thành viên.
<!--more-->
[img buoi-my-thanh-an.png] Ông Võ Minh Trí kiểm tra vườn bưởi của thành viên
Ông kể, khó nhất là thuyết phục bà con cùng làm theo một quy trình, bán chung một thương hiệu.
Đến nay, bưởi của HTX đạt OCOP 4 sao, có mặt trong hai chuỗi siêu thị lớn.
""", byline="Nguyễn Văn Hậu", author="Nguyễn Văn Hậu",
          opts={"cid": 141, "uid": 3, "cat": "guong-htx", "tags": ["bưởi", "OCOP"], "comments": [3]},
          notes=["a profile in 'Gương HTX' by the staff account 'Nguyễn Văn Hậu' who also signs it; one comment from the "
                 "subject himself"],
          **at(datetime(2026, 2, 26, 20, 30))),
        A(path="", title="Kết quả phát triển HTX khu vực Bến Tre năm 2025",
          body="""
Năm 2025, khu vực Bến Tre có thêm 31 HTX thành lập mới.
| Chỉ tiêu | Năm 2024 | Năm 2025 |
| Số HTX đang hoạt động | 248 | 271 |
| Số thành viên | 19.420 | 20.116 |
| HTX có sản phẩm OCOP | 52 | 61 |
Số liệu do Văn phòng đại diện tổng hợp từ báo cáo của các xã. Kết quả năm trước xem tại bài [[Liên minh HTX tỉnh Bến Tre tổng kết năm 2024|/index.php/archives/98/]].
""", author=None,
          opts={"cid": 137, "uid": 1, "cat": "tin-tuc", "tags": ["số liệu"], "comments": [2]},
          notes=["a Markdown table (one line per row), no <!--more-->: the home list prints the whole post; office account, "
                 "no byline: author null"],
          **at(datetime(2026, 2, 9, 8, 40))),
        A(path="", title="Ghi chép: Một ngày ở HTX muối Bảo Thạnh",
          body="""
Năm giờ sáng, ruộng muối Bảo Thạnh đã rộn tiếng cào muối.
<!--more-->
[img muoi-bao-thanh-1.png] Diêm dân cào muối khi trời vừa sáng
[img muoi-bao-thanh-2.png] Muối được gánh vào kho của HTX
Năm nay HTX bao tiêu toàn bộ muối cho thành viên với giá 1.600 đồng/kg, cao hơn thương lái 200 đồng.
""", byline="Bài, ảnh: Mỹ Linh", author="Trần Thị Mỹ Linh",
          opts={"cid": 130, "uid": 2, "cat": "guong-htx", "tags": ["muối"], "comments": [2, 0]},
          notes=["two images each followed by an italic caption paragraph; 'Bài, ảnh: Mỹ Linh' by the account Trần Thị "
                 "Mỹ Linh -> author"],
          **at(datetime(2026, 1, 20, 6, 50))),
        A(path="", title="Tập huấn kế toán cho HTX ở Ba Tri",
          body="""
Từ ngày 12 đến 14/1, 46 cán bộ kế toán HTX ở Ba Tri, Bình Đại tham gia lớp tập huấn nghiệp vụ.
Nội dung gồm:
* Chế độ kế toán HTX theo Thông tư số 71/2019/TT-BTC;
* Lập báo cáo tài chính năm;
* Sử dụng phần mềm kế toán trên điện thoại.
""", author=None,
          opts={"cid": 126, "uid": 1, "cat": "tin-tuc", "tags": ["tập huấn"], "comments": []},
          notes=["a bulleted list after 'Nội dung gồm:'; no byline, office account: author null"],
          **at(datetime(2026, 1, 15, 16, 10))),
        A(path="", title="Liên minh HTX tỉnh Bến Tre tổng kết năm 2024",
          body="""
Ngày 27/12/2024, Liên minh HTX tỉnh Bến Tre tổ chức hội nghị tổng kết công tác năm 2024.
<!--more-->
Năm 2024, Liên minh đã hỗ trợ thành lập mới 28 HTX, tổ chức 19 lớp tập huấn, kết nối tiêu thụ cho 35 HTX.
Hội nghị khen thưởng 12 HTX tiêu biểu.
""", byline="Ban biên tập", author=None,
          opts={"cid": 98, "uid": 1, "cat": "tin-tuc", "tags": ["hội nghị"], "comments": [], "old_link": True},
          notes=["an old post (before the 2025 merger, the province's own alliance): only on the lists' page 2; a newer post "
                 "links it as /index.php/archives/98/ (Typecho answers the same page there): an alias"],
          **at(datetime(2024, 12, 30, 10, 5))),
        A(path="", title="HTX Thủy sản Bình Thắng nuôi tôm công nghệ cao",
          body="""
HTX Thủy sản Bình Thắng đưa vào vận hành 12 ao nuôi tôm lót bạt, có mái che.
<!--more-->
Năng suất đạt 25 tấn/ha/vụ, gấp năm lần nuôi quảng canh.
HTX liên kết với doanh nghiệp cung cấp con giống và bao tiêu sản phẩm.
""", byline="Theo Báo Đồng Khởi", author="Nguyễn Văn Hậu",
          opts={"cid": 91, "uid": 3, "cat": "guong-htx", "tags": ["thủy sản"], "comments": [1]},
          notes=["reposted from a newspaper by the staff account Nguyễn Văn Hậu: 'Theo Báo Đồng Khởi' names the source (text), "
                 "the post-meta's 'Tác giả: Nguyễn Văn Hậu' names the author"],
          **at(datetime(2024, 11, 18, 15, 20))),
    ]


def render(a: RichArticle, full: bool = True) -> tuple[str, bool]:
    """The post's HTML (up to <!--more--> when not full) and whether it was cut."""
    out = []
    for b in a.blocks:
        if b.kind == "p" and b.text == "<!--more-->":
            if not full:
                return "\n".join(out), True
            out.append("<!--more-->")
        elif b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{inline_html(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "".join(f"<li>{inline_html(i)}</li>\n" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img src="/usr/uploads/2026/03/{b.src}" alt="{attr(b.text)}" title="{attr(b.text)}"></p>\n<p><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "".join(f"<th>{esc(c)}</th>\n" for c in head) + "</tr>\n</thead>\n<tbody>\n"
                       + "".join("<tr>\n" + "".join(f"<td>{esc(c)}</td>\n" for c in r) + "</tr>\n" for r in rows) + "</tbody>\n</table>")
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out), False


class Post(RichArticle):
    """`<!--more-->` is a marker, no line of the text."""

    def text_lines(self, byline_in_text: bool = True) -> list[str]:
        return [x for x in super().text_lines(byline_in_text) if x != "<!--more-->"]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ben-tre", BLOG, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += CHROME
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.__class__ = Post
        a.path = f"/archives/{a.opts['cid']}/"
    older = next(a for a in posts if a.opts.get("old_link"))
    older.aliases.append(f"/index.php/archives/{older.opts['cid']}/")

    def tag_url(t: str) -> str:
        return f"/tag/{quote(t.replace(' ', '-'))}/"

    coid = {}
    n = 1
    for a in reversed(posts):
        for k in a.opts["comments"]:
            coid[(a.opts["cid"], k)] = n
            n += 1

    def comment_list(a: RichArticle) -> tuple[str, list]:
        made = []
        for j, k in enumerate(a.opts["comments"]):
            name, url, text = COMMENTS[k]
            when = a.date + timedelta(hours=2 + 5 * j, minutes=17)
            made.append((coid[(a.opts["cid"], k)], name, url, text, when))
        if not made:
            return "", made

        def li(c, depth: int, children: str = "") -> str:
            cid_, name, url, text, when = c
            parity = "odd" if depth % 2 == 0 else "even"
            by_author = " comment-by-author" if name == "Ban biên tập" else ""
            return (f'<li id="li-comment-{cid_}" class="comment-body comment-{"parent" if depth == 0 else "child"} comment-level-{parity}{by_author}">\n'
                    f'<div id="comment-{cid_}">\n<div class="comment-author">\n<img class="avatar" loading="lazy" src="/usr/themes/default/img/avatar.png" '
                    f'alt="{attr(name)}" width="32" height="32" />\n<cite class="fn">{esc(name)}</cite>\n</div>\n'
                    f'<div class="comment-meta">\n<a href="{a.path}#comment-{cid_}"><time datetime="{iso(when)}">{when:%d/%m/%Y %H:%M}</time></a>\n</div>\n'
                    f'<div class="comment-content">\n<p>{esc(text)}</p>\n</div>\n<div class="comment-reply">\n'
                    f'<a href="{a.path}?replyTo={cid_}#respond-post-{a.opts["cid"]}" rel="nofollow" onclick="return TypechoComment.reply(\'comment-{cid_}\', {cid_}, this);">Trả lời</a>\n'
                    f'</div>\n</div>\n{children}</li>\n')
        # the second comment is a reply to the first when the office answers
        html_ = ""
        k = 0
        while k < len(made):
            c = made[k]
            if k + 1 < len(made) and made[k + 1][1] == "Ban biên tập":
                child = li(made[k + 1], 1)
                html_ += li(c, 0, f'<div class="comment-children">\n<ol class="comment-list">\n{child}</ol>\n</div>\n')
                k += 2
            else:
                html_ += li(c, 0)
                k += 1
        return f'<ol class="comment-list">\n{html_}</ol>\n', made

    all_comments = []
    for a in posts:
        all_comments += [(a, *c) for c in comment_list(a)[1]]
    all_comments.sort(key=lambda x: x[5], reverse=True)

    def sidebar() -> str:
        recent = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in posts[:6])
        comm = "".join(f'<li><a href="{a.path}#comment-{c}">{esc(name)}</a>: {esc(text[:30])}...</li>' for a, c, name, _, text, _ in all_comments[:5])
        cats = "".join(f'<li class="category-level-0 category-parent"><a href="/category/{s}/">{esc(t)}</a> ({sum(a.opts["cat"] == s for a in posts)})</li>'
                       for s, t in CATS.items())
        months = sorted({(a.date.year, a.date.month) for a in posts}, reverse=True)
        arch = "".join(f'<li><a href="/{y}/{m:02d}/">Tháng {m} {y}</a></li>' for y, m in months)
        return f"""<div class="col-mb-12 col-offset-1 col-3 kit-hidden-tb" id="secondary" role="complementary">
    <section class="widget">
        <h3 class="widget-title">Bài viết mới nhất</h3>
        <ul class="widget-list">{recent}</ul>
    </section>
    <section class="widget">
        <h3 class="widget-title">Bình luận mới nhất</h3>
        <ul class="widget-list">{comm}</ul>
    </section>
    <section class="widget">
        <h3 class="widget-title">Chuyên mục</h3>
        <ul class="widget-list">{cats}</ul>
    </section>
    <section class="widget">
        <h3 class="widget-title">Lưu trữ</h3>
        <ul class="widget-list">{arch}</ul>
    </section>
    <section class="widget">
        <h3 class="widget-title">Khác</h3>
        <ul class="widget-list">
            <li class="last"><a href="/admin/login.php">Đăng nhập</a></li>
            <li><a href="/feed/">RSS bài viết</a></li>
            <li><a href="/feed/comments/">RSS bình luận</a></li>
            <li><a href="{{{{base:offsite}}}}/typecho/">Typecho</a></li>
        </ul>
    </section>
</div>"""

    def layout(title: str, main: str, *, head: str = "", current: str = "/", feed: str = "/feed/") -> str:
        cur = ' class="current"'
        nav = (f'<a{cur if current == "/" else ""} href="{{{{base}}}}/">Trang chủ</a>\n'
               + "".join(f'<a{cur if current == p else ""} href="{{{{base}}}}{p}" title="{t}">{t}</a>\n'
                         for t, p in (("Giới thiệu", "/gioi-thieu.html"), ("Liên hệ", "/lien-he.html"))))
        return f"""<!DOCTYPE HTML>
<html>
<head>
    <meta charset="UTF-8">
    <meta name="renderer" content="webkit">
    <meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1">
    <title>{title}</title>

    <!-- 使用url函数转换相关路径 -->
    <link rel="stylesheet" href="{{{{base}}}}/usr/themes/default/normalize.css">
    <link rel="stylesheet" href="{{{{base}}}}/usr/themes/default/grid.css">
    <link rel="stylesheet" href="{{{{base}}}}/usr/themes/default/style.css">

    <!-- 通过自有函数输出HTML头部信息 -->
    {head}<meta name="generator" content="Typecho 1.2.1" />
<meta name="template" content="default" />
<link rel="pingback" href="{{{{base}}}}/action/xmlrpc" />
<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{{{{base}}}}/action/xmlrpc?rsd" />
<link rel="wlwmanifest" type="application/wlwmanifest+xml" href="{{{{base}}}}/action/xmlrpc?wlw" />
<link rel="alternate" type="application/rss+xml" title="{BLOG} &raquo; RSS 2.0" href="{{{{base}}}}{feed}" />
<link rel="alternate" type="application/rdf+xml" title="{BLOG} &raquo; RSS 1.0" href="{{{{base}}}}/feed/rss{feed[5:]}" />
<link rel="alternate" type="application/atom+xml" title="{BLOG} &raquo; ATOM 1.0" href="{{{{base}}}}/feed/atom{feed[5:]}" />
</head>
<body>

<header id="header" class="clearfix">
    <div class="container">
        <div class="row">
            <div class="site-name col-mb-12 col-9">
                <a id="logo" href="{{{{base}}}}/">{BLOG}</a>
                <p class="description">{DESC}</p>
            </div>
            <div class="site-search col-3 kit-hidden-tb">
                <form id="search" method="post" action="{{{{base}}}}/" role="search">
                    <label for="s" class="sr-only">Tìm kiếm</label>
                    <input type="text" id="s" name="s" class="text" placeholder="Nhập từ khóa" />
                    <button type="submit" class="submit">Tìm kiếm</button>
                </form>
            </div>
            <div class="col-mb-12">
                <nav id="nav-menu" class="clearfix" role="navigation">
                    {nav}
                </nav>
            </div>
        </div><!-- end .row -->
    </div>
</header><!-- end #header -->
<div id="body">
    <div class="container">
        <div class="row">

{main}
{sidebar()}
        </div><!-- end .row -->
    </div>
</div><!-- end #body -->

<footer id="footer" role="contentinfo">
    &copy; 2026 <a href="{{{{base}}}}/">{BLOG}</a>.
    Được vận hành bởi <a href="{{{{base:offsite}}}}/typecho/">Typecho</a>.<br>{FOOT}
</footer>

</body>
</html>
"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def feed(path: str, xml: str) -> None:
        site.page(path, xml, content_type="application/rss+xml; charset=UTF-8")

    def meta_ul(a: RichArticle, with_comments: bool) -> str:
        cnt = len(a.opts["comments"])
        cm = (f'\n            <li itemprop="interactionCount"><a itemprop="discussionUrl" href="{a.path}#comments">'
              f'{"Chưa có bình luận" if cnt == 0 else f"{cnt} bình luận"}</a></li>') if with_comments else ""
        return (f'<ul class="post-meta">\n            <li itemprop="author" itemscope itemtype="http://schema.org/Person">Tác giả: '
                f'<a itemprop="name" href="/author/{a.opts["uid"]}/" rel="author">{esc(AUTHORS[a.opts["uid"]])}</a></li>\n'
                f'            <li>Thời gian: <time datetime="{iso(a.date)}" itemprop="datePublished">{a.date:%d/%m/%Y}</time></li>\n'
                f'            <li>Chuyên mục: <a href="/category/{a.opts["cat"]}/">{CATS[a.opts["cat"]]}</a></li>{cm}\n        </ul>')

    for i, a in enumerate(posts):
        cid = a.opts["cid"]
        body, _ = render(a)
        clist, made = comment_list(a)
        prev_, next_ = (posts[i + 1] if i + 1 < len(posts) else None), (posts[i - 1] if i > 0 else None)
        near = (f'<li>Bài viết trước: ' + (f'<a href="{prev_.path}" title="{attr(prev_.title)}">{esc(prev_.title)}</a>' if prev_ else "Không có") + "</li>\n"
                f'<li>Bài viết sau: ' + (f'<a href="{next_.path}" title="{attr(next_.title)}">{esc(next_.title)}</a>' if next_ else "Không có") + "</li>")
        tags = "Thẻ: " + ", ".join(f'<a href="{tag_url(t)}">{esc(t)}</a>' for t in a.opts["tags"])
        heading = "Chưa có bình luận" if not made else f"Đã có {len(made)} bình luận"
        main = f"""<div class="col-mb-12 col-8" id="main" role="main">
    <article class="post" itemscope itemtype="http://schema.org/BlogPosting">
        <h1 class="post-title" itemprop="name headline">
            <a itemprop="url" href="{a.path}">{esc(a.title)}</a>
        </h1>
        {meta_ul(a, False)}
        <div class="post-content" itemprop="articleBody">
            {body}
        </div>
        <p itemprop="keywords" class="tags">{tags}</p>
    </article>

    <div id="comments">
        <h3>{heading}</h3>
        {clist}
        <div id="respond-post-{cid}" class="respond">
            <div class="cancel-comment-reply">
                <a id="cancel-comment-reply-link" href="{a.path}#respond-post-{cid}" rel="nofollow" style="display:none" onclick="return TypechoComment.cancelReply();">Hủy trả lời</a>
            </div>
            <h3 id="response">Thêm bình luận mới</h3>
            <form method="post" action="{a.path}comment" id="comment-form" role="form">
                <p><label for="author" class="required">Tên</label><input type="text" name="author" id="author" class="text" value="" required /></p>
                <p><label for="mail" class="required">Email</label><input type="email" name="mail" id="mail" class="text" value="" required /></p>
                <p><label for="url">Website</label><input type="url" name="url" id="url" class="text" placeholder="https://" value="" /></p>
                <p><label for="textarea" class="required">Nội dung</label><textarea rows="8" cols="50" name="text" id="textarea" class="textarea" required></textarea></p>
                <p><button type="submit" class="submit">Gửi bình luận</button></p>
            </form>
        </div>
    </div>

    <ul class="post-near">
        {near}
    </ul>
</div><!-- end #main-->"""
        head = (f'<meta name="description" content="{attr(a.summary())}" />\n<meta name="keywords" content="{attr(",".join(a.opts["tags"]))}" />\n')
        page(a.path, layout(f"{esc(a.title)} - {BLOG}", main, head=head, feed=f"/feed/archives/{cid}/"))
        site.same_page(f"/index.php/archives/{cid}/", a.path)
        for c in made:
            site.same_page(f"{a.path}?replyTo={c[0]}", a.path)
            a.aliases.append(f"{a.path}?replyTo={c[0]}")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/usr/uploads/2026/03/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 05/TB-VPDD", "Tiep nhan ho so ho tro HTX 2026"]))
        site.add_article(a)
    site.trap("every post also answers /index.php/archives/<cid>/ (Typecho without rewriting: the same page, no redirect, "
              "no canonical; one post links an old post so) and the comment-reply links ?replyTo=<coid>: aliases",
              posts[0].path)

    def excerpt_list(items: list[RichArticle]) -> str:
        out = ""
        for a in items:
            body, cut = render(a, full=False)
            more = f'<p class="more"><a href="{a.path}" title="{attr(a.title)}">Đọc tiếp »</a></p>' if cut else ""
            out += (f'    <article class="post" itemscope itemtype="http://schema.org/BlogPosting">\n        <h2 class="post-title" itemprop="name headline">'
                    f'<a itemprop="url" href="{a.path}">{esc(a.title)}</a></h2>\n        {meta_ul(a, True)}\n'
                    f'        <div class="post-content" itemprop="articleBody">\n            {body}\n{more}        </div>\n    </article>\n')
        return out

    def navigator(base: str, n: int, total: int) -> str:
        if total < 2:
            return ""

        def url(k: int) -> str:
            return base if k == 1 else f"{base}{'page/' if base == '/' else ''}{k}/"
        lis = ""
        if n > 1:
            lis += f'<li class="prev"><a href="{url(n - 1)}">« Trang trước</a></li>'
        cur = ' class="current"'
        lis += "".join(f'<li{cur if k == n else ""}><a href="{url(k)}">{k}</a></li>' for k in range(1, total + 1))
        if n < total:
            lis += f'<li class="next"><a href="{url(n + 1)}">Trang sau »</a></li>'
        return f'<ol class="page-navigator">{lis}</ol>'

    def list_pages(base: str, items: list[RichArticle], title: str, header: str, per: int = 5, current: str = "/", feed: str = "/feed/") -> None:
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            path = base if n == 1 else f"{base}{'page/' if base == '/' else ''}{n}/"
            hdr = f'    <h3 class="archive-title">{header}</h3>\n' if header else ""
            main = f'<div class="col-mb-12 col-8" id="main" role="main">\n{hdr}{excerpt_list(chunk)}{navigator(base, n, len(chunks))}\n</div><!-- end #main-->'
            page(path, layout(title if n == 1 else f"{title} - Trang {n}", main, current=current, feed=feed))
            site.non_articles.append(path)

    list_pages("/", posts, BLOG, "")
    site.trap("home / and /page/2/ (5 posts a page): each post up to its <!--more--> with 'Đọc tiếp »' (the whole post "
              "when it has none, so a short post is printed entire on the list) and its post-meta: listings", "/page/2/")
    for slug, name in CATS.items():
        items = [a for a in posts if a.opts["cat"] == slug]
        list_pages(f"/category/{slug}/", items, f"{name} - {BLOG}", f"Bài viết trong chuyên mục {name}", per=3,
                   feed=f"/feed/category/{slug}/")
        feed(f"/feed/category/{slug}/", feed_xml(items, f"{BLOG} - {name}"))
        feed(f"/feed/rss/category/{slug}/", feed_xml(items, f"{BLOG} - {name}"))
        feed(f"/feed/atom/category/{slug}/", feed_xml(items, f"{BLOG} - {name}"))
    site.trap("category pages /category/<slug>/ and /category/tin-tuc/2/ (3 posts a page, 'Bài viết trong chuyên mục …'): listings",
              "/category/tin-tuc/2/")
    for t in sorted({t for a in posts for t in a.opts["tags"]}):
        list_pages(tag_url(t), [a for a in posts if t in a.opts["tags"]], f"{t} - {BLOG}", f"Bài viết có thẻ {esc(t)}",
                   feed=f"/feed/tag/{quote(t.replace(' ', '-'))}/")
        for pre in ("", "rss/", "atom/"):
            feed(f"/feed/{pre}tag/{quote(t.replace(' ', '-'))}/", feed_xml([a for a in posts if t in a.opts["tags"]], f"{BLOG} - {t}"))
    for uid, name in AUTHORS.items():
        list_pages(f"/author/{uid}/", [a for a in posts if a.opts["uid"] == uid], f"{name} - {BLOG}", f"Bài viết của {esc(name)}",
                   feed=f"/feed/author/{uid}/")
        for pre in ("", "rss/", "atom/"):
            feed(f"/feed/{pre}author/{uid}/", feed_xml([a for a in posts if a.opts["uid"] == uid], f"{BLOG} - {name}"))
    for y, m in sorted({(a.date.year, a.date.month) for a in posts}, reverse=True):
        list_pages(f"/{y}/{m:02d}/", [a for a in posts if (a.date.year, a.date.month) == (y, m)], f"{m:02d}/{y} - {BLOG}",
                   f"Bài viết trong tháng {m:02d}/{y}", feed=f"/feed/{y}/{m:02d}/")
        for pre in ("", "rss/", "atom/"):
            feed(f"/feed/{pre}{y}/{m:02d}/", feed_xml([a for a in posts if (a.date.year, a.date.month) == (y, m)], BLOG))
    site.trap("tag /tag/<tag>/ (percent-encoded Vietnamese), author /author/<uid>/ and month /2026/03/ archives: listings",
              tag_url("liên kết"))

    for slug, title, text in (("gioi-thieu", "Giới thiệu", "Trang ghi chép của cán bộ Liên minh HTX tỉnh Bến Tre (nay là Văn phòng đại diện "
                                                         "Liên minh HTX tỉnh Vĩnh Long tại Bến Tre) về các HTX trong vùng."),
                              ("lien-he", "Liên hệ", "Mọi ý kiến xin gửi về địa chỉ 126A Nguyễn Thị Định, phường An Hội, điện thoại 0275.3822.416.")):
        main = (f'<div class="col-mb-12 col-8" id="main" role="main">\n    <article class="post" itemscope itemtype="http://schema.org/BlogPosting">\n'
                f'        <h1 class="post-title" itemprop="name headline"><a itemprop="url" href="/{slug}.html">{title}</a></h1>\n'
                f'        <div class="post-content" itemprop="articleBody">\n            <p>{esc(text)}</p>\n        </div>\n    </article>\n</div>')
        page(f"/{slug}.html", layout(f"{title} - {BLOG}", main, current=f"/{slug}.html"))
        site.non_articles.append(f"/{slug}.html")
    page("/admin/login.php", "<!DOCTYPE html><html><head><title>Đăng nhập</title></head><body><form method='post'></form></body></html>")
    site.never_fetched.append("/admin/login.php")
    for q in ("", "?rsd", "?wlw"):
        site.page(f"/action/xmlrpc{q}", '<?xml version="1.0"?><methodResponse></methodResponse>', content_type="text/xml")
        site.never_fetched.append(f"/action/xmlrpc{q}")

    # feeds
    feed("/feed/", feed_xml(posts, BLOG))
    feed("/feed/rss/", feed_xml(posts, BLOG))
    feed("/feed/atom/", feed_xml(posts, BLOG))
    feed("/feed/comments/", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                f'<title>{BLOG} - Bình luận</title><link>{{{{base}}}}/</link>'
                + "".join(f"<item><title>{esc(name)}</title><link>{{{{base}}}}{a.path}#comment-{c}</link><description><![CDATA[{text}]]></description>"
                          f"<pubDate>{(w - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>" for a, c, name, _, text, w in all_comments)
                + "</channel></rss>")
    for a in posts:
        cid = a.opts["cid"]
        for pre in ("", "rss/", "atom/"):
            feed(f"/feed/{pre}archives/{cid}/", '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel>'
                        f'<title>{esc(a.title)} - Bình luận</title><link>{{{{base}}}}{a.path}</link></channel></rss>')
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /action/\n")
    site.trap("feeds /feed/ (RSS 2.0 with the full text), /feed/atom/, /feed/comments/, a post's comment feed "
              "/feed/archives/<cid>/ (the head's alternates): feeds; robots.txt disallows /admin/ (the 'Đăng nhập' link)", "/feed/")
    site.binary("/usr/themes/default/img/avatar.png", image_for("typecho-avatar"))
    return site


def feed_xml(items: list[RichArticle], title: str) -> str:
    its = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><guid>{{{{base}}}}{a.path}</guid>"
                  f"<pubDate>{(a.date - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} +0000</pubDate><dc:creator>{esc(AUTHORS[a.opts['uid']])}</dc:creator>"
                  f"<description><![CDATA[{a.summary()}]]></description><content:encoded xml:lang=\"vi\"><![CDATA[{render(a)[0]}]]></content:encoded>"
                  f"<slash:comments>{len(a.opts['comments'])}</slash:comments><comments>{{{{base}}}}{a.path}#comments</comments></item>" for a in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:slash="http://purl.org/rss/1.0/modules/slash/" xmlns:atom="http://www.w3.org/2005/Atom">'
            f'<channel><title>{esc(title)}</title><link>{{{{base}}}}/</link><description>{DESC}</description><language>vi</language>{its}</channel></rss>')
