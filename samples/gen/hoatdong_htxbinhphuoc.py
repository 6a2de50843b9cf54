"""Site `hoatdong-htxbinhphuoc` (registry family `generic`): "Hoạt động HTX Bình Phước", the news site of the Bình
Phước cooperative alliance (the province merged into Đồng Nai on 1 July 2025; the site stays online as it was) on
**Winter CMS 1.2** with the **Winter.Blog** plugin (a theme copied from Winter's `demo` theme: Bootstrap 3 navbar,
`layouts/default.htm` with `<meta name="author" content="Winter CMS">` kept; the app locale `vn`, so the plugin's own
strings are Vietnamese; `app.timezone` left at 'UTC' while the editors type local times). Written as a held-out
test: no family module, no selectors.

URL shapes: CMS pages `/`, `/gioi-thieu`, `/lien-he`; the blog list `/tin-tuc` (`[blogPosts]` with an empty
pageNumber, so Laravel's paginator reads `?page=2`, its links absolute, page one also at `?page=1`); a post
`/bai-viet/:slug` (Str::slug of the title: '09/TB' becomes '09tb'); categories `/chuyen-muc/:slug` (`?page=2`);
the RSS page `/tin-tuc/rss.xml` (`[blogRssFeed]`); every route also answers behind the front controller,
`/index.php/bai-viet/:slug` (an old link in the about page); `/backend` (robots-disallowed).

Why it is hard: the plugin's post partial prints the text, then the FEATURED IMAGES after it (`div.featured-images`,
alt = the image's description), then `p.info` "Đã đăng trong <categories> lúc 10/Jan/2025." (the plugin's vn
date format 'd/M/Y': an English month abbreviation) and `p.info` "Xuất bản bởi: <first last>" — the backend user:
the install's 'Admin Person', the account 'Ban Biên tập', or a reporter's own account; the theme's header prints
"Ngày đăng: 10/01/2025 22:40". The RSS pubDate is `toRfc2822String` of the stored value: the local time labelled
'+0000' (a post of 22:40 on 10/01 reads 05:40 on 11/01 once converted). The posts are Markdown: captions are italic
paragraphs under the image's paragraph, tables Markdown Extra, bylines bold paragraphs; the list shows
`post.summary` (the excerpt field, the part before `<!-- more -->`, or the whole text of a short post).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "hoatdong-htxbinhphuoc"
NAME = "Hoạt động HTX Bình Phước"
ORG = "Liên minh Hợp tác xã tỉnh Bình Phước"
HTML = "text/html; charset=UTF-8"
MORE = "<!-- more -->"
THEME = "/themes/lmhtx/assets"
CATS = {"tin-hoat-dong": "Tin hoạt động", "mo-hinh-htx": "Mô hình HTX", "van-ban": "Văn bản"}
USERS = {"admin": "Admin Person", "bbt": "Ban Biên tập", "han": "Lâm Thị Ngọc Hân"}
FOOT = "Liên minh Hợp tác xã tỉnh Bình Phước - Đường Trần Hưng Đạo, phường Tân Phú, thành phố Đồng Xoài, tỉnh Bình Phước"
FOOT_PHONE = "Điện thoại: 0271 3879 425"
FURN = [FOOT, FOOT_PHONE, "Winter CMS", "Trang chủ", "Giới thiệu", "Liên hệ", "Chuyên mục", "Tin mới", "Ngày đăng:",
        "Đã đăng trong", "Xuất bản bởi:", "Quản trị", "Theo dõi tin qua RSS", "Toggle navigation"]
PER_PAGE = 5


def str_slug(title: str) -> str:
    s = unicodedata.normalize("NFD", title.replace("đ", "d").replace("Đ", "D"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9\s-]+", "", s)
    return re.sub(r"[\s-]+", "-", s).strip("-")


class Post(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(MORE, ""))


def articles() -> list[Post]:
    A = Post

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo số 09/TB-LMHTX về việc đăng ký tham gia Hội chợ sản phẩm OCOP năm 2025",
          body="""
LIÊN MINH HTX TỈNH BÌNH PHƯỚC
Số: 09/TB-LMHTX
Đồng Xoài, ngày 18 tháng 3 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ sản phẩm OCOP năm 2025
Hội chợ được tổ chức từ ngày 18 đến ngày 22/4/2025 tại Trung tâm Văn hóa tỉnh, thành phố Đồng Xoài.
- Đối tượng: HTX, tổ hợp tác có sản phẩm OCOP từ 3 sao trở lên.
- Hạn đăng ký: trước ngày 05/4/2025.
- Liên minh HTX tỉnh hỗ trợ 50% chi phí gian hàng cho các HTX đăng ký đúng hạn.
CHỦ TỊCH
Nguyễn Văn Lợi
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/storage/app/media/van-ban/TB-09-LMHTX-2025.pdf", "text": "TB-09-LMHTX-2025.pdf"}],
          opts={"user": "admin", "cats": ["van-ban"],
                "excerpt": "Liên minh HTX tỉnh thông báo việc đăng ký tham gia Hội chợ sản phẩm OCOP năm 2025."},
          notes=["notice 'Số: 09/TB-LMHTX' dated 18/3 in the text, the theme's 'Ngày đăng: 20/03/2025 08:15'; the "
                 "signer is text; 'Xuất bản bởi: Admin Person' is the install's admin account: author null; the Markdown "
                 "link 'Tải về: TB-09-LMHTX-2025.pdf' to /storage/app/media/…: an attachment named by its file; the "
                 "slug drops the slash ('…so-09tb-lmhtx…')"],
          **at(datetime(2025, 3, 20, 8, 15))),
        A(path="", title="Các HTX chế biến hạt điều đạt doanh thu hơn 1.200 tỷ đồng năm 2024",
          body="""
Năm 2024, 27 HTX chế biến hạt điều trên địa bàn tỉnh đạt tổng doanh thu 1.236 tỷ đồng, tăng 14% so với năm 2023.
| Địa phương | Số HTX chế biến điều | Doanh thu (tỷ đồng) |
| Thị xã Bình Long | 6 | 312 |
| Huyện Bù Gia Mập | 8 | 365 |
| Huyện Phú Riềng | 7 | 298 |
| Huyện Lộc Ninh | 6 | 261 |
Phần lớn nhân điều của các HTX được xuất khẩu sang châu Âu và Trung Đông.
""", byline="Theo Báo Bình Phước", author=None,
          opts={"user": "bbt", "cats": ["tin-hoat-dong"],
                "excerpt": "27 HTX chế biến hạt điều trên địa bàn tỉnh đạt tổng doanh thu 1.236 tỷ đồng trong năm 2024."},
          notes=["a Markdown Extra table (thead/th, four data rows): one line per row; '**Theo Báo Bình Phước**' names "
                 "a newspaper: author null ('Xuất bản bởi: Ban Biên tập', the account)"],
          **at(datetime(2025, 3, 5, 10, 20))),
        A(path="", title="Ảnh: HTX Nông nghiệp Tân Tiến vào mùa thu hoạch điều",
          body="""
Cuối tháng 2, thành viên HTX Nông nghiệp Tân Tiến (huyện Bù Đốp) bước vào mùa thu hoạch điều năm 2025.
<!-- more -->
[img thu-hoach-dieu-1.png] Thành viên HTX nhặt hạt điều rụng dưới tán vườn
[img thu-hoach-dieu-2.png] Hạt điều được phơi khô trên sân phơi của HTX
[img thu-hoach-dieu-3.png] HTX thu mua hạt điều của thành viên theo giá thỏa thuận đầu vụ
""", byline="Bài và ảnh: Trần Khánh", author="Trần Khánh",
          opts={"user": "admin", "cats": ["tin-hoat-dong", "mo-hinh-htx"], "featured": "HTX Nông nghiệp Tân Tiến mùa điều 2025"},
          notes=["photo story: each Markdown image in its own <p>, the caption an italic <p> under it (one line each); the "
                 "post's featured image after the text (div.featured-images, its alt the description): no line; "
                 "'Bài và ảnh: Trần Khánh' -> author although 'Xuất bản bởi: Admin Person'; the list shows the part "
                 "before <!-- more -->"],
          **at(datetime(2025, 2, 26, 7, 45))),
        A(path="", title="Năm kinh nghiệm giúp HTX cao su Lộc Ninh vượt khó",
          body="""
Trong bối cảnh giá mủ cao su biến động, HTX Cao su Lộc Thịnh (huyện Lộc Ninh) rút ra năm kinh nghiệm:
* Cạo mủ đúng kỹ thuật, không cạo quá nhịp để bảo vệ vườn cây;
* Thu mua mủ tập trung, bán theo hợp đồng với nhà máy;
* Trồng xen cây ngắn ngày để tăng thu nhập cho thành viên;
* Trích quỹ dự phòng khi giá mủ lên cao;
* Minh bạch tài chính, công khai giá mua, giá bán hằng tháng.
""", byline="Phạm Thị Hương - Trung tâm Khuyến nông", author="Phạm Thị Hương",
          opts={"user": "bbt", "cats": ["tin-hoat-dong", "mo-hinh-htx"]},
          notes=["a five-item Markdown list after a line ending with a colon; byline 'Phạm Thị Hương - Trung tâm Khuyến "
                 "nông' -> author Phạm Thị Hương; no excerpt: the lists show the whole post"],
          **at(datetime(2025, 2, 14, 15, 0))),
        A(path="", title="HTX Hồ tiêu Lộc Hưng đạt chứng nhận hữu cơ cho 40 ha",
          body="""
HTX Hồ tiêu Lộc Hưng (huyện Lộc Ninh) vừa được cấp giấy chứng nhận hữu cơ cho 40 ha hồ tiêu của 26 thành viên.
Sản phẩm hồ tiêu hữu cơ của HTX được doanh nghiệp bao tiêu với giá cao hơn 20% so với hồ tiêu thông thường.
""", author="Lâm Thị Ngọc Hân",
          opts={"user": "han", "cats": ["tin-hoat-dong", "mo-hinh-htx"], "frontcontroller": True},
          notes=["no byline in the text; 'Xuất bản bởi: Lâm Thị Ngọc Hân' is the reporter's own backend account (a person) "
                 "-> author; the about page links it as /index.php/bai-viet/<slug> (the front controller answers the "
                 "same page): an alias"],
          **at(datetime(2025, 1, 21, 9, 30))),
        A(path="", title="Liên minh HTX tỉnh Bình Phước tổng kết công tác năm 2024",
          body="""
Ngày 10/1, Liên minh HTX tỉnh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
Năm 2024, toàn tỉnh thành lập mới 41 HTX, nâng tổng số HTX đang hoạt động lên 402 HTX với hơn 14.000 thành viên.
Năm 2025, Liên minh HTX tỉnh tập trung hỗ trợ HTX chuẩn bị cho việc hợp nhất tỉnh.
""", author=None,
          opts={"user": "admin", "cats": ["tin-hoat-dong"]},
          notes=["posted at 22:40 on 10/01/2025 ('Ngày đăng: 10/01/2025 22:40', '10/Jan/2025'): the RSS pubDate 'Fri, 10 "
                 "Jan 2025 22:40:00 +0000' is the local time labelled UTC, 11/01 05:40 once converted; no byline, 'Xuất "
                 "bản bởi: Admin Person': author null; on the second page of /tin-tuc"],
          **at(datetime(2025, 1, 10, 22, 40))),
        A(path="", title="Tập huấn nghiệp vụ kế toán cho HTX nông nghiệp",
          body="""
Trong ba ngày từ 16 đến 18/12, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 50 kế toán HTX nông nghiệp.
Học viên được cập nhật chế độ kế toán HTX theo Thông tư 71/2019/TT-BTC và cách lập báo cáo tài chính năm.
""", byline="Quốc Huy", author="Quốc Huy",
          opts={"user": "bbt", "cats": ["tin-hoat-dong"]},
          notes=["the bare name 'Quốc Huy' (bold) closes the text (author); on the second page of /tin-tuc and of "
                 "/chuyen-muc/tin-hoat-dong"],
          **at(datetime(2024, 12, 18, 14, 0))),
        A(path="", title="Ra mắt HTX Dịch vụ nông nghiệp Bình Tân",
          body="""
Sáng 2/12, HTX Dịch vụ nông nghiệp Bình Tân (huyện Phú Riềng) chính thức ra mắt với 15 thành viên.
HTX cung ứng phân bón, thuốc bảo vệ thực vật và thu mua nông sản cho thành viên.
""", byline="Thanh Tâm", author="Thanh Tâm",
          opts={"user": "bbt", "cats": ["tin-hoat-dong"]},
          notes=["the oldest post: only on the second pages of /tin-tuc and /chuyen-muc/tin-hoat-dong (and the RSS); "
                 "the bare name 'Thanh Tâm' closes the text"],
          **at(datetime(2024, 12, 3, 9, 0))),
    ]


def md_html(a: RichArticle, part: str) -> str:
    out = []
    for b in parse_rich(part):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p><img src="/storage/app/media/bai-viet/{a.date:%Y}/{b.src}" alt="{attr(b.text)}" /></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n</thead>\n<tbody>\n"
                       + "\n".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows) + "\n</tbody>\n</table>")
    return "\n".join(out)


def content_html(a: RichArticle) -> str:
    before, sep, after = a.body.partition(MORE)
    html = md_html(a, before) + (f"\n{MORE}\n" + md_html(a, after) if sep else "")
    if a.byline:
        html += f"\n<p><strong>{esc(a.byline)}</strong></p>"
    for x in a.attachments:
        html += f'\n<p><a href="{x["path"]}">Tải về: {esc(x["text"])}</a></p>'
    return html


def summary(a: RichArticle) -> str:
    if a.opts.get("excerpt"):
        return esc(a.opts["excerpt"])
    before, sep, _ = a.body.partition(MORE)
    if sep:
        return md_html(a, before)
    return content_html(a)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-phuoc", NAME + " (Winter CMS)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for k, a in enumerate(posts):
        a.opts["slug"] = str_slug(a.title)
        a.path = f"/bai-viet/{a.opts['slug']}"
        a.opts["disk"] = f"6{k}a{a.date:%m%d}c4e1b7{k}{a.date:%H%M}91"

    def cat_links(a: RichArticle) -> str:
        return ", ".join(f'<a href="/chuyen-muc/{c}">{CATS[c]}</a>' for c in a.opts["cats"])

    def info(a: RichArticle) -> str:
        return f"Đã đăng trong {cat_links(a)} lúc {a.date:%d/%b/%Y}."

    nav_items = [("home", "Trang chủ", "/"), ("gioi-thieu", "Giới thiệu", "/gioi-thieu"), ("blog", "Tin tức", "/tin-tuc"),
                 ("lien-he", "Liên hệ", "/lien-he")]

    def layout(title: str, content: str, *, page_id: str, desc: str = "", rss: bool = False) -> str:
        nav = "".join(f'<li class="{"active" if pid == page_id else ""}"><a href="{u}">{esc(t)}</a></li>' for pid, t, u in nav_items)
        alt = (f'\n        <link rel="alternate" type="application/rss+xml" title="{NAME}" href="{{{{base}}}}/tin-tuc/rss.xml">' if rss else "")
        return f"""<!DOCTYPE html>
<html>
    <head>
        <meta charset="utf-8">
        <title>{esc(title)} - {NAME}</title>
        <meta name="description" content="{attr(desc)}">
        <meta name="title" content="">
        <meta name="author" content="Winter CMS">
        <meta name="viewport" content="width=device-width, initial-scale=1.0">
        <meta name="generator" content="Winter CMS">
        <link rel="icon" type="image/png" href="{THEME}/images/winter.png">
        <link href="{THEME}/css/vendor.css" rel="stylesheet">
        <link href="{THEME}/css/theme.css" rel="stylesheet">{alt}
    </head>
    <body>

        <!-- Header -->
        <header id="layout-header">
            <!-- Nav -->
<nav id="layout-nav" class="navbar navbar-inverse navbar-fixed-top navbar-autohide" role="navigation">
    <div class="container">
        <div class="navbar-header">
            <button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-main-collapse">
                <span class="sr-only">Toggle navigation</span>
                <span class="icon-bar"></span>
                <span class="icon-bar"></span>
                <span class="icon-bar"></span>
            </button>
            <a class="navbar-brand" href="/">{NAME}</a>
        </div>
        <div class="collapse navbar-collapse navbar-main-collapse">
            <ul class="nav navbar-nav">
                <li class="separator hidden-xs"></li>
                {nav}
            </ul>
        </div>
    </div>
</nav>
        </header>

        <!-- Content -->
        <section id="layout-content">
            {content}
        </section>

        <!-- Footer -->
        <footer id="layout-footer">
            <div id="footer">
    <div class="container">
        <hr />
        <p>{FOOT}<br>{FOOT_PHONE}</p>
        <p><a href="/tin-tuc/rss.xml">Theo dõi tin qua RSS</a> | <a href="/backend" rel="nofollow">Quản trị</a></p>
        <p class="muted credit">&copy; 2021 - 2026 <a href="{{{{base:offsite}}}}/wintercms/" target="_blank">Winter CMS</a>.</p>
    </div>
</div>
        </footer>

        <!-- Scripts -->
        <script src="{THEME}/vendor/jquery.js"></script>
        <script src="{THEME}/vendor/bootstrap.js"></script>
        <script src="{THEME}/javascript/app.js"></script>
        <script src="/modules/system/assets/js/build/manifest.js"></script>
        <script src="/modules/system/assets/js/snowboard/build/snowboard.base.js"></script>

    </body>
</html>
"""

    def sidebar(current_cat: str = "") -> str:
        counts = {c: sum(c in a.opts["cats"] for a in posts) for c in CATS}
        active = ' class="active"'
        cats = "".join(f'<li{active if c == current_cat else ""}>\n        <a href="/chuyen-muc/{c}">{n}</a> \n'
                       f'            <span class="badge">{counts[c]}</span>\n    </li>' for c, n in CATS.items())
        latest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in posts[:4])
        return (f'<div class="col-sm-4 sidebar"><h3>Chuyên mục</h3><ul class="category-list">{cats}</ul>'
                f'<h3>Tin mới</h3><ul class="list-unstyled latest-posts">{latest}</ul></div>')

    for a in posts:
        featured = ""
        if a.opts.get("featured"):
            d = a.opts["disk"]
            featured = (f'\n<div class="featured-images text-center">\n            <p>\n                <img\n'
                        f'                    data-src="mua-dieu-tan-tien.png"\n                    src="/storage/app/uploads/public/{d[:3]}/{d[3:6]}/{d[6:9]}/{d}.png"\n'
                        f'                    alt="{attr(a.opts["featured"])}"\n                    style="max-width: 100%" />\n            </p>\n    </div>')
        post = (f'<div class="content">{content_html(a)}</div>\n{featured}\n\n<p class="info">\n    {info(a)}\n</p>\n\n'
                f'<p class="info">\n    Xuất bản bởi: {esc(USERS[a.opts["user"]])} \n</p>')
        content = (f'<div class="container">\n<ol class="breadcrumb"><li><a href="/">Trang chủ</a></li><li><a href="/tin-tuc">Tin tức</a></li>'
                   f'<li class="active">{esc(a.title)}</li></ol>\n<div class="row">\n<div class="col-sm-8 post-detail">\n'
                   f'<h1 class="post-title">{esc(a.title)}</h1>\n<p class="post-date">Ngày đăng: {a.date:%d/%m/%Y %H:%M}</p>\n'
                   f'{post}\n</div>\n{sidebar()}\n</div>\n</div>')
        desc = a.opts.get("excerpt") or inline_text(parse_rich(a.body)[0].text)
        html = layout(a.title, content, page_id="blog", desc=desc, rss=True)
        site.page(a.path, html, content_type=HTML)
        if a.opts.get("frontcontroller"):
            site.page(f"/index.php{a.path}", html, content_type=HTML)
            a.aliases.append(f"/index.php{a.path}")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/storage/app/media/bai-viet/{a.date:%Y}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BINH PHUOC", "THONG BAO SO 09/TB-LMHTX"]))
        if a.opts.get("featured"):
            d = a.opts["disk"]
            site.binary(f"/storage/app/uploads/public/{d[:3]}/{d[3:6]}/{d[6:9]}/{d}.png", image_for(d))
        site.add_article(a)

    def post_list(items: list[RichArticle]) -> str:
        lis = "".join(f'\n        <li>\n            <h3><a href="{a.path}">{esc(a.title)}</a></h3>\n\n            <p class="info">\n'
                      f'                {info(a)}\n            </p>\n\n            <p class="excerpt">{summary(a)}</p>\n        </li>' for a in items)
        return f'<ul class="post-list">{lis}\n</ul>'

    def paginator(base: str, n: int, total: int) -> str:
        if total < 2:
            return ""
        b = "{{base}}" + base
        out = ['<ul class="pagination">']
        out.append('<li class="disabled"><span>&laquo;</span></li>' if n == 0 else f'<li><a href="{b}?page={n}" rel="prev">&laquo;</a></li>')
        for k in range(total):
            out.append(f'<li class="active"><span>{k + 1}</span></li>' if k == n else f'<li><a href="{b}?page={k + 1}">{k + 1}</a></li>')
        out.append('<li class="disabled"><span>&raquo;</span></li>' if n == total - 1 else f'<li><a href="{b}?page={n + 2}" rel="next">&raquo;</a></li>')
        return "\n".join(out) + "</ul>"

    def listing(base: str, title: str, items: list[RichArticle], cat: str = "") -> None:
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for n, chunk in enumerate(chunks):
            content = (f'<div class="jumbotron"><div class="container"><h1>{esc(title)}</h1></div></div>\n<div class="container"><div class="row">'
                       f'<div class="col-sm-8">{post_list(chunk)}\n{paginator(base, n, len(chunks))}</div>{sidebar(cat)}</div></div>')
            html = layout(title, content, page_id="blog", rss=True)
            paths = [base, f"{base}?page=1"] if n == 0 and len(chunks) > 1 else [f"{base}?page={n + 1}"] if n else [base]
            for p in paths:
                site.page(p, html, content_type=HTML)
                site.non_articles.append(p)

    listing("/tin-tuc", "Tin tức", posts)
    for c, n in CATS.items():
        listing(f"/chuyen-muc/{c}", n, [a for a in posts if c in a.opts["cats"]], c)
    site.trap("the blog list /tin-tuc and the category pages /chuyen-muc/<slug> (5 a page, Laravel's pager with absolute "
              "?page=N links, ?page=1 too): h3 link, 'Đã đăng trong … lúc 14/Feb/2025.' and post.summary (excerpt, "
              "the part before <!-- more -->, or the whole short post, byline included): listings", "/tin-tuc?page=2")

    fc = next(a for a in posts if a.opts.get("frontcontroller"))
    home = ('<div class="jumbotron"><div class="container"><h1>' + ORG + '</h1><p>Đồng hành cùng các HTX, tổ hợp tác trên địa bàn tỉnh.</p>'
            '</div></div>\n<div class="container"><div class="row"><div class="col-sm-8"><h2>Tin mới nhất</h2><div class="home-posts">'
            + "".join(f'<div class="home-post"><h4><a href="{a.path}">{esc(a.title)}</a></h4><p class="text-muted">{a.date:%d/%m/%Y}</p></div>'
                      for a in posts[:4])
            + f'</div><p><a href="/tin-tuc" class="btn btn-default">Xem tất cả</a></p></div>{sidebar()}</div></div>')
    site.page("/", layout("Trang chủ", home, page_id="home", desc=ORG))
    site.non_articles.append("/")
    about = (f'<div class="jumbotron"><div class="container"><h1>Giới thiệu</h1></div></div><div class="container"><div class="row"><div class="col-sm-8">'
             f"<p>{ORG} là tổ chức kinh tế - xã hội, đại diện cho các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p>"
             "<p>Liên minh HTX tỉnh tư vấn, hỗ trợ thành lập HTX, đào tạo cán bộ HTX và xúc tiến thương mại cho sản phẩm của HTX.</p>"
             f'<p>Bài viết tiêu biểu: <a href="/index.php{fc.path}">{esc(fc.title)}</a></p></div>{sidebar()}</div></div>')
    site.page("/gioi-thieu", layout("Giới thiệu", about, page_id="gioi-thieu"), content_type=HTML)
    site.non_articles.append("/gioi-thieu")
    contact = ('<div class="jumbotron"><div class="container"><h1>Liên hệ</h1></div></div><div class="container">'
               '<form data-request="onSend" data-request-flash><div class="form-group"><label>Họ tên</label><input type="text" name="name" class="form-control"></div>'
               '<div class="form-group"><label>Nội dung</label><textarea name="message" class="form-control"></textarea></div>'
               '<button type="submit" class="btn btn-primary">Gửi</button><input name="_token" type="hidden" value="Xq2k9"></form></div>')
    site.page("/lien-he", layout("Liên hệ", contact, page_id="lien-he"), content_type=HTML)
    site.non_articles.append("/lien-he")
    site.trap("CMS pages / (the four newest, dates d/m/Y), /gioi-thieu (links a post as /index.php/bai-viet/<slug>, "
              "the front controller's address of the same page) and /lien-he (an AJAX form): not articles; /backend "
              "(footer 'Quản trị') is robots-disallowed: never fetched", "/gioi-thieu")

    def rfc(d: datetime) -> str:
        return d.strftime("%a, %d %b %Y %H:%M:%S +0000")

    items = "".join(f"\n        <item>\n            <title>{esc(a.title)}</title>\n            <link>{{{{base}}}}{a.path}</link>\n"
                    f"            <guid>{{{{base}}}}{a.path}</guid>\n            <pubDate>{rfc(a.date)}</pubDate>\n"
                    f"            <description>{esc(summary(a))}</description>\n        </item>" for a in posts)
    site.page("/tin-tuc/rss.xml", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">\n'
              f"    <channel>\n        <title>Tin tức {ORG}</title>\n        <link>{{{{base}}}}/tin-tuc</link>\n"
              f"        <description>Tin hoạt động của các HTX tỉnh Bình Phước</description>\n"
              f'        <atom:link rel="self" href="{{{{base}}}}/tin-tuc/rss.xml" type="application/rss+xml" />\n'
              f'        <link rel="first" href="{{{{base}}}}/tin-tuc/rss.xml?page=1"/>\n        <link rel="last" href="{{{{base}}}}/tin-tuc/rss.xml?page=1"/>'
              f"{items}\n    </channel>\n</rss>\n", content_type="text/xml; charset=UTF-8")
    site.trap("RSS /tin-tuc/rss.xml (blogRssFeed; the head's alternate on blog pages, the footer's link): pubDate = "
              "toRfc2822String of the stored local time with '+0000', the summary escaped as description", "/tin-tuc/rss.xml")
    site.redirect("/backend", "/backend/backend/auth/signin", 302)
    site.page("/backend/backend/auth/signin", '<!DOCTYPE html><html lang="vn"><head><meta charset="utf-8"><title>Administration Area</title></head>'
              '<body class="outer signin"><form method="POST" action="/backend/backend/auth/signin"><input type="text" name="login" placeholder="Login">'
              '<input type="password" name="password" placeholder="Password"><button type="submit">Login</button></form></body></html>',
              content_type=HTML)
    site.never_fetched.append("/backend")
    site.static("/robots.txt", "User-agent: *\nDisallow: /backend\n")
    site.binary(f"{THEME}/images/winter.png", image_for("winter"))
    return site
