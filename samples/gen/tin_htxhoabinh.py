"""Site `tin-htxhoabinh` (registry family `generic`): "Tin tức Liên minh HTX tỉnh Hòa Bình", the news site of the Hòa
Bình cooperative alliance (before the province joined Phú Thọ on 1 July 2025) on **Pagekit 1.0.18** with the **Blog
1.0.7** extension and the bundled **Theme One 1.0.1** (UIkit 2, Vue 1), site locale vi_VN, nice URLs on, the blog's
permalink setting "Name" (`/blog/{slug}`), 5 posts a page, feed limit 5, posts written in Pagekit's Markdown editor.
Written as a held-out test: no family module, no selectors.

URL shapes: the front page `/` is a Pagekit page node ("Trang chủ"); the blog node `/blog`, its pages
`/blog/page/2` (the pager links page 1 as `/blog/page/1` too); a post `/blog/<slug>` where the slug is Pagekit's
`slugify` of the title: lower-cased, Unicode kept (Vietnamese letters percent-encoded in the hrefs), '/' and '.'
dropped, commas KEPT (`…năm-2024,-triển-khai…`); the numeric route `/blog/<id>` still answers (the permalink is an
alias of it) and so does the front-controller form `/index.php/blog/<slug>`: both render the post with rel=canonical
to `/blog/<slug>`. Pages `/gioi-thieu`, `/lien-he`; the feed `/blog/feed` (RSS 2.0); `/user/login`,
`/user/resetpassword`. No robots.txt, no sitemap (Pagekit ships neither).

Why it is hard: every date is machine UTC (Pagekit runs `date_default_timezone_set('UTC')`): `<time
datetime="2025-04-02T23:15:00+00:00" v-cloak>{{ "2025-04-02T23:15:00+00:00" | date "longDate" }}</time>` is all the
server sends (Vue prints "Ngày 03 tháng 04 năm 2025" in the browser), `article:published_time` and the feed's
pubDate are UTC too, so a post at 06:15 Vietnam time carries the day before everywhere. The meta line is Theme One's
Vietnamese string "Được ghi bởi  <user> vào ngày <time>" naming the Pagekit USER (an office account "Ban Biên Tập"
or a reporter's own account), not a byline. og:title is the blog node's title ("Tin tức") on every post (the site
module's view.meta listener runs after the post's own), and pages, posts and the blog all use `article.uk-article >
h1.uk-article-title`. The blog list prints `$post->excerpt ?: $post->content` cut at `[readmore]`: a post with
neither shows its WHOLE text on the list (no "Đọc thêm"). Comments are rendered by Vue from the API: the page carries
only the `<div id="comments" v-cloak>` template with its mustache strings ("{{ 'Comments are closed.' | trans }}");
the list says "2 Comments" / "No comments" (Theme One's untranslated choice string).
"""

from __future__ import annotations

import json
import re
from datetime import datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, page_links, pdf
from .richbody import RichArticle, parse_rich

SITE = "tin-htxhoabinh"
SITE_TITLE = "Liên minh HTX tỉnh Hòa Bình"
HTML = "text/html; charset=utf-8"
V = "f3c1a9"  # Pagekit's asset version (?v=)
READMORE = "[readmore]"
USERS = {1: ("bbt", "Ban Biên Tập", "banbientap@lmhtxhoabinh.vn"),
         2: ("thuha", "Bùi Thị Thu Hà", "thuha@lmhtxhoabinh.vn")}
SLOGAN = "Đồng hành cùng hợp tác xã phát triển bền vững"
ADDRESS = "Trụ sở: Số 8 đường Trần Hưng Đạo, phường Phương Lâm, thành phố Hòa Bình"
PHONE = "Điện thoại: 0218 3852 647 - Thư điện tử: lmhtxhoabinh@gmail.com"
COPY = "© 2025 Liên minh Hợp tác xã tỉnh Hòa Bình. Ghi rõ nguồn khi phát hành lại thông tin từ trang này."
FURN = [SLOGAN, ADDRESS, PHONE, COPY, "Powered by Pagekit", "Được ghi bởi", "vào ngày", "longDate",
        "Comments (%count%)", "Comments are closed.", "Thông tin liên hệ", "Liên kết", "Đăng nhập",
        "Lưu thông tin đăng nhập", "Quên mật khẩu?", "Quản trị"]


class Post(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(READMORE, ""))


def vn(y, mo, d, h, mi) -> datetime:
    return datetime(y, mo, d, h, mi)


def articles() -> list[Post]:
    A = Post

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element", "listing"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc tổ chức Hội chợ sản phẩm OCOP các HTX tỉnh Hòa Bình năm 2025",
          body="""
**LIÊN MINH HTX TỈNH HÒA BÌNH**
Số: 07/TB-LMHTX
Hòa Bình, ngày 12 tháng 5 năm 2025
**THÔNG BÁO**
Về việc tổ chức Hội chợ sản phẩm OCOP các HTX tỉnh Hòa Bình năm 2025
Thực hiện Kế hoạch công tác năm 2025, Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm OCOP các HTX tỉnh Hòa Bình năm 2025, cụ thể như sau:
* Thời gian: từ ngày 06 đến ngày 09/6/2025.
* Địa điểm: Quảng trường Hòa Bình, phường Phương Lâm, thành phố Hòa Bình.
* Quy mô: khoảng 120 gian hàng của các HTX, tổ hợp tác trong và ngoài tỉnh.
Các HTX có nhu cầu tham gia đăng ký với Văn phòng Liên minh HTX tỉnh trước ngày 26/5/2025. Liên minh HTX tỉnh hỗ trợ toàn bộ chi phí thuê gian hàng cho HTX có sản phẩm đạt OCOP từ 3 sao trở lên.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Bùi Văn Tình
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/storage/van-ban/2025/TB-07-LMHTX.pdf", "text": "TB-07-LMHTX.pdf"}],
          opts={"id": 23, "uid": 1, "comments": 1,
                "excerpt": "Liên minh HTX tỉnh thông báo tổ chức Hội chợ sản phẩm OCOP các HTX năm 2025 tại thành phố Hòa Bình, "
                           "từ ngày 06 đến ngày 09/6/2025."},
          notes=["notice 'Số: 07/TB-LMHTX' dated 12/5 in the text, posted 14/05/2025 15:20 (08:20 UTC in every machine date); "
                 "the signer ends the text, the meta line names the office account 'Ban Biên Tập': author null; the "
                 "Markdown link paragraph 'Tải về: TB-07-LMHTX.pdf' to /storage/…pdf inside the content: an attachment, "
                 "not text; the list shows the post's excerpt field instead of its text"],
          **at(vn(2025, 5, 14, 15, 20))),
        A(path="", title="Kinh tế tập thể tỉnh Hòa Bình quý I năm 2025 qua các con số",
          body="""
Theo báo cáo của Liên minh HTX tỉnh, quý I năm 2025 khu vực kinh tế tập thể của tỉnh tiếp tục tăng trưởng ổn định.
[readmore]
| Chỉ tiêu | Quý I/2024 | Quý I/2025 |
| Số HTX đang hoạt động | 612 | 648 |
| Số HTX thành lập mới | 14 | 19 |
| Số thành viên HTX | 18.920 | 19.760 |
| Doanh thu bình quân một HTX (triệu đồng) | 410 | 455 |
Các HTX nông nghiệp chiếm gần 75% tổng số HTX, tập trung ở các huyện Cao Phong, Lạc Sơn, Tân Lạc và Mai Châu.
""", byline="Theo Báo Hòa Bình", author=None,
          opts={"id": 22, "uid": 1, "comments": 0},
          notes=["Markdown table (thead/th, one line per row); closing 'Theo Báo Hòa Bình' names a newspaper: text, "
                 "author null"],
          **at(vn(2025, 4, 22, 9, 30))),
        A(path="", title="Ảnh: Vào vụ chè xuân ở HTX Chè Phú Cường",
          body="""
Những ngày đầu tháng 4, các đồi chè của HTX Chè Phú Cường (huyện Tân Lạc) bước vào vụ thu hái chè xuân, năng suất ước đạt 8 tấn búp tươi mỗi ha.
[readmore]
[img che-xuan-phu-cuong-1.jpg] Thành viên HTX Chè Phú Cường hái chè xuân trên đồi chè của xã Phú Cường, huyện Tân Lạc
[img che-xuan-phu-cuong-2.jpg] Chè búp tươi được cân và ghi sổ ngay tại đồi để trả tiền cho thành viên
[img che-xuan-phu-cuong-3.jpg] Xưởng sao sấy của HTX hoạt động hết công suất trong những ngày cao điểm
""", byline="Bài và ảnh: Bùi Thị Thu Hà", author="Bùi Thị Thu Hà",
          opts={"id": 21, "uid": 2, "comments": 2},
          notes=["posted at 06:15 Vietnam time: <time datetime>, article:published_time and the feed's pubDate all say "
                 "2025-04-02 23:15 UTC (the day before); photo story, each Markdown image in its own <p>, the caption an "
                 "<em> paragraph after it (one line each); 'Bài và ảnh: Bùi Thị Thu Hà' -> author"],
          **at(vn(2025, 4, 3, 6, 15))),
        A(path="", title="Năm bước thành lập hợp tác xã theo Luật Hợp tác xã năm 2023",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024 quy định rõ trình tự thành lập HTX. Người dân muốn thành lập HTX cần thực hiện các bước sau:
[readmore]
+ Sáng lập viên tuyên truyền, vận động người tham gia và xây dựng dự thảo điều lệ.
+ Tổ chức hội nghị thành lập, thông qua điều lệ và phương án sản xuất, kinh doanh.
+ Bầu Hội đồng quản trị, Giám đốc và Ban kiểm soát hoặc kiểm soát viên.
+ Nộp hồ sơ đăng ký HTX tại cơ quan đăng ký kinh doanh cấp huyện.
+ Nhận giấy chứng nhận đăng ký HTX và công khai thông tin theo quy định.
Cán bộ Liên minh HTX tỉnh sẵn sàng hỗ trợ miễn phí các nhóm hộ trong quá trình chuẩn bị hồ sơ.
""", author="Bùi Thị Thu Hà",
          opts={"id": 19, "uid": 2, "comments": 0},
          notes=["numbered Markdown list (<ol>, one line per item); no byline: the meta line's Pagekit user is the "
                 "reporter's own account 'Bùi Thị Thu Hà' (a person) -> author"],
          **at(vn(2025, 3, 18, 14, 0))),
        A(path="", title="HTX Nông nghiệp Mai Châu đưa gạo nếp lên sàn thương mại điện tử",
          body="""
HTX Nông nghiệp Mai Châu vừa mở gian hàng gạo nếp cái hoa vàng trên hai sàn thương mại điện tử lớn.
[readmore]
Sau hai tháng, HTX bán được hơn 4 tấn gạo, giá bán cao hơn bán cho thương lái từ 10 đến 15%.
Trung tâm Khuyến nông tỉnh đã hỗ trợ HTX thiết kế bao bì, chụp ảnh sản phẩm và tập huấn kỹ năng bán hàng trực tuyến cho 12 thành viên.
""", byline="Đinh Công Thành - Trung tâm Khuyến nông", author="Đinh Công Thành",
          opts={"id": 17, "uid": 1, "comments": 0, "slug": "htx-mai-chau-dua-gao-nep-len-san-tmdt"},
          notes=["slug edited by hand to ASCII; its front-controller address /index.php/blog/<slug> (linked from "
                 "/gioi-thieu) renders the same post (rel=canonical to /blog/<slug>): an alias; byline "
                 "'Đinh Công Thành - Trung tâm Khuyến nông' -> author Đinh Công Thành"],
          **at(vn(2025, 2, 25, 10, 45))),
        A(path="", title="Liên minh HTX tỉnh Hòa Bình tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025",
          body="""
Chiều 15/1, Liên minh HTX tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[readmore]
## Kết quả năm 2024
Năm 2024, toàn tỉnh thành lập mới 52 HTX; Liên minh HTX tỉnh tư vấn cho 86 HTX sửa đổi điều lệ theo Luật HTX năm 2023.
Quỹ hỗ trợ phát triển HTX giải ngân 9,6 tỷ đồng cho 21 dự án của HTX.
## Nhiệm vụ năm 2025
Liên minh HTX tỉnh tập trung hỗ trợ HTX chuyển đổi số, xây dựng sản phẩm OCOP và mở rộng liên kết tiêu thụ nông sản.
""", byline="Quách Văn Dũng", author="Quách Văn Dũng",
          opts={"id": 15, "uid": 1, "comments": 0, "numeric": True},
          notes=["slug with a comma kept literally ('…năm-2024,-triển-khai…'); the numeric route /blog/15 (linked "
                 "from the front page's 'Tin mới' widget) renders the same post with rel=canonical to the slug URL: an "
                 "alias; only on /blog/page/2 among the blog pages; the bare name 'Quách Văn Dũng' closes the text"],
          **at(vn(2025, 1, 16, 16, 10))),
        A(path="", title="HTX Cam Cao Phong ký hợp đồng tiêu thụ 500 tấn cam với doanh nghiệp",
          body="""
HTX Cam Cao Phong vừa ký hợp đồng cung ứng 500 tấn cam cho một doanh nghiệp phân phối nông sản tại Hà Nội.
Theo hợp đồng, cam của HTX phải đạt tiêu chuẩn VietGAP và có tem truy xuất nguồn gốc cho từng lô hàng.
""", author=None,
          opts={"id": 12, "uid": 1, "comments": 1},
          notes=["no byline, posted from the office account 'Ban Biên Tập': author null; neither excerpt nor [readmore]: "
                 "/blog/page/2 prints its whole text, without 'Đọc thêm'"],
          **at(vn(2024, 12, 20, 8, 0))),
        A(path="", title="Tập huấn nâng cao năng lực quản trị cho cán bộ quản lý HTX năm 2024",
          body="""
Trong hai ngày 5 và 6/11, Liên minh HTX tỉnh tổ chức lớp tập huấn nâng cao năng lực quản trị cho 60 cán bộ quản lý HTX.
[img tap-huan-quan-tri-htx-2024.jpg] Quang cảnh lớp tập huấn tại Hội trường Liên minh HTX tỉnh
Học viên được hướng dẫn lập kế hoạch kinh doanh, quản lý tài chính và tổ chức đại hội thành viên theo Luật HTX năm 2023.
""", byline="Tin, ảnh: Hà Linh", author="Hà Linh",
          opts={"id": 9, "uid": 1, "comments": 0},
          notes=["oldest post: only on /blog/page/2 (the feed keeps the 5 newest); 'Tin, ảnh: Hà Linh' -> author Hà Linh; "
                 "no [readmore]: its whole text is on the list page"],
          **at(vn(2024, 11, 7, 9, 20))),
    ]


def slugify(title: str) -> str:
    """Pagekit's SlugifyFilter: Unicode kept, '-' and punctuation to spaces, '?' dropped, lower case, spaces to '-'."""
    v = title.replace("-", " ")
    v = re.sub(r"[:#*\"@+=;!><&.%()\]/'\\|\[]", " ", v).replace("?", "")
    return re.sub(" +", "-", v.strip().lower())


def href_of(slug: str) -> str:
    # Symfony's UrlGenerator: rawurlencode, then ',' and a few others decoded again
    return "/blog/" + quote(slug, safe=",")


def heading_id(raw: str) -> str:
    low = "".join(c.lower() if c.isascii() else c for c in raw)
    return re.sub(r"[^A-Za-z0-9_]+", "-", low)


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def atom(d: datetime) -> str:
    return utc(d).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def render(markup: str) -> str:
    """Pagekit's Markdown renderer (a port of marked): one element per block, a newline after each."""
    out = []
    for b in parse_rich(markup):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>\n")
        elif b.kind == "h":
            out.append(f'<h2 id="{heading_id(b.text)}">{esc(b.text)}</h2>\n')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "".join(f"<li>{inline_html(i)}</li>\n" for i in b.items) + f"</{b.kind}>\n")
        elif b.kind == "img":
            out.append(f'<p><img src="/storage/tin-tuc/{b.src}" alt="{attr(b.text)}"></p>\n')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>\n")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append("<table>\n<thead>\n<tr>\n" + "".join(f"<th>{esc(c)}</th>\n" for c in head) + "</tr>\n</thead>\n<tbody>\n"
                       + "".join("<tr>\n" + "".join(f"<td>{esc(c)}</td>\n" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody>\n</table>\n")
    return "".join(out)


def content(a: Post) -> str:
    html = render(a.body.replace(READMORE, ""))
    if a.byline:
        html += f"<p><strong>{esc(a.byline)}</strong></p>\n"
    for x in a.attachments:
        html += f'<p><a href="{x["path"]}">Tải về: {esc(x["text"])}</a></p>\n'
    return html


def intro(a: Post) -> tuple[str, bool]:
    """What the blog list prints: the excerpt, else the content before [readmore], else the whole content."""
    if a.opts.get("excerpt"):
        return f"<p>{esc(a.opts['excerpt'])}</p>", True
    before, sep, _ = a.body.partition(READMORE)
    if sep:
        return render(before), True
    return content(a), False


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hoa-binh", "Tin tức Liên minh HTX tỉnh Hòa Bình (Pagekit)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = a.opts.get("slug") or slugify(a.title)
        a.path = href_of(a.opts["slug"])

    def written(a: Post) -> str:
        stamp = atom(a.date)
        return (f'Được ghi bởi  {esc(USERS[a.opts["uid"]][1])} vào ngày <time datetime="{stamp}" v-cloak>'
                f'{{{{ "{stamp}" | date "longDate" }}}}</time>')

    def comments_label(n: int) -> str:
        return "No comments" if n == 0 else ("1 Comment" if n == 1 else f"{n} Comments")

    nav_items = [("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/blog", "Tin tức"), ("/lien-he", "Liên hệ")]

    def navbar(active: str) -> str:
        lis = "\n".join(f'    <li class="{" uk-active" if h == active else ""}" >\n        <a href="{h}">{esc(t)}</a>\n\n        \n    </li>'
                        for h, t in nav_items)
        return f'<ul class="uk-navbar-nav">\n\n{lis}\n\n</ul>'

    home_links = [posts[0], posts[1], next(a for a in posts if a.opts.get("numeric"))]

    def panel(title: str, body: str, css: str = "uk-panel-box") -> str:
        return f'<div class="uk-panel {css}  ">\n\n    <h3 class="uk-panel-title">{esc(title)}</h3>\n\n    {body}\n\n</div>'

    login = ('<form class="uk-form" action="/user/authenticate" method="post">\n'
             '    <div class="uk-form-row"><input class="uk-width-1-1" type="text" name="credentials[username]" value="" placeholder="username"></div>\n'
             '    <div class="uk-form-row"><input class="uk-width-1-1" type="password" name="credentials[password]" value="" placeholder="password"></div>\n'
             '    <div class="uk-form-row"><button class="uk-button uk-button-primary uk-width-1-1" type="submit">Đăng nhập</button></div>\n'
             '    <p>\n        <label><input type="checkbox" name="remember_me"> Lưu thông tin đăng nhập</label>\n'
             '        <br><a href="/user/resetpassword">Quên mật khẩu?</a>\n            </p>\n'
             '    <input type="hidden" name="redirect" value="">\n    <input type="hidden" name="_csrf" value="8c1f2a9d7e4b6053">\n</form>')
    sidebar = "\n".join([
        panel("Thông tin liên hệ", f"<p>{esc(ADDRESS)}</p>\n<p>{esc(PHONE)}</p>"),
        panel("Liên kết", '<ul class="uk-list uk-list-line">\n<li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>\n'
              '<li><a href="{{base:offsite}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li>\n'
              '<li><a href="{{base:offsite}}/ubnd-hoabinh/" target="_blank">Cổng TTĐT tỉnh Hòa Bình</a></li>\n</ul>', ""),
        panel("Đăng nhập", login, ""),
    ])
    footer = (f'<div class="uk-width-medium-1-1">\n\n    <div class="uk-panel  uk-text-center ">\n\n        '
              f'<p>{esc(SLOGAN)}</p>\n<p>{esc(COPY)}</p>\n<p><a href="/user/login">Quản trị</a> | Powered by '
              f'<a href="{{{{base:offsite}}}}/pagekit/" target="_blank">Pagekit</a></p>\n\n    </div>\n\n</div>')

    def scripts(extra: list[str]) -> str:
        base = ["/app/assets/jquery/dist/jquery.min.js", "/app/assets/uikit/js/uikit.min.js",
                "/app/assets/uikit/js/components/sticky.min.js", "/app/assets/uikit/js/components/lightbox.min.js",
                "/app/assets/uikit/js/components/parallax.min.js", "/packages/pagekit/theme-one/js/theme.js"]
        vue = ["/app/assets/vue/dist/vue.min.js", "/app/assets/lodash/lodash.min.js", "/system/intl/vi_VN",
               "/app/system/app/bundle/vue.js"] if extra else []
        return "\n".join(f'        <script src="{s}?v={V}"></script>' for s in base + vue + extra)

    def layout(*, title: str, canonical: str, main: str, active: str, metas: list[tuple[str, str]] = (),
               og_title: str, feed: bool = False, hero: bool = False, bottom: str = "", data: dict | None = None,
               extra_js: list[str] = ()) -> str:
        head = ['        <meta name="generator" content="Pagekit">', f"        <title>{esc(title)}</title>"]
        for k, v in metas:
            head.append(f'        <meta property="{k}" content="{attr(v)}">')
        head += [f'        <link rel="canonical" href="{{{{base}}}}{canonical}">',
                 '        <meta property="twitter:card" content="summary_large_image">',
                 f'        <meta property="og:site_name" content="{attr(SITE_TITLE)}">']
        if not any(k == "og:title" for k, _ in metas):
            head.append(f'        <meta property="og:title" content="{attr(og_title)}">')
        head += [f'        <meta property="og:url" content="{{{{base}}}}{canonical}">',
                 '        <link href="/app/system/modules/theme/favicon.ico" rel="shortcut icon" type="image/x-icon">',
                 '        <link href="/app/system/modules/theme/apple_touch_icon.png" rel="apple-touch-icon-precomposed">']
        if feed:
            head.append(f'        <link rel="alternate" href="/blog/feed" title="{attr(SITE_TITLE)}" type="application/rss+xml">')
        head.append(f'        <link href="/packages/pagekit/theme-one/css/theme.css?v={V}" rel="stylesheet">')
        dat = {"$pagekit": {"url": "", "csrf": "8c1f2a9d7e4b6053"}}
        dat.update(data or {})
        for k, v in dat.items():
            head.append(f"        <script>var {k} = {json.dumps(v, ensure_ascii=False).replace('/', chr(92) + '/')};</script>")
        hero_html = ""
        if hero:
            hero_html = ('\n        <div id="tm-hero" class="tm-hero uk-block uk-block-large uk-cover-background uk-flex uk-flex-middle " '
                         'style="background-image: url(\'/storage/banner-lmhtx-hoabinh.jpg\');" >\n'
                         '            <div class="uk-container uk-container-center">\n\n'
                         '                <section class="uk-grid uk-grid-match" data-uk-grid-margin>\n'
                         '                    <div class="uk-width-medium-1-1">\n\n    <div class="uk-panel  uk-text-center ">\n\n'
                         f'        <h2 class="uk-heading-large">Liên minh Hợp tác xã tỉnh Hòa Bình</h2>\n<p class="uk-text-large">{esc(SLOGAN)}</p>\n\n'
                         '    </div>\n\n</div>\n                </section>\n\n            </div>\n        </div>\n')
        bottom_html = ""
        if bottom:
            bottom_html = ('\n        <div id="tm-bottom" class="tm-bottom uk-block uk-block-muted">\n            <div class="uk-container uk-container-center">\n\n'
                           f'                <section class="uk-grid uk-grid-match" data-uk-grid-margin>\n{bottom}\n                </section>\n\n'
                           '            </div>\n        </div>\n')
        return f"""<!DOCTYPE html>
<html class="" lang="vi-VN">
    <head>
        <meta charset="utf-8">
        <meta http-equiv="X-UA-Compatible" content="IE=edge">
        <meta name="viewport" content="width=device-width, initial-scale=1">
{chr(10).join(head)}
{scripts(list(extra_js))}
    </head>
    <body>

                <div class="tm-navbar" data-uk-sticky='{{"media":767,"showup":true,"animation":"uk-animation-slide-top"}}'>
            <div class="uk-container uk-container-center">

                <nav class="uk-navbar">

                    <a class="uk-navbar-brand" href="/">
                                                    <img class="tm-logo uk-responsive-height" src="/storage/logo-lmhtx-hoabinh.png" alt="">
                            <img class="tm-logo-contrast uk-responsive-height" src="/storage/logo-lmhtx-hoabinh.png" alt="">
                                            </a>

                                        <div class="uk-navbar-flip uk-hidden-small">
                        {navbar(active)}
                                            </div>

                </nav>

            </div>
        </div>
        {hero_html}
        <div id="tm-main" class="tm-main uk-block uk-block-default">
            <div class="uk-container uk-container-center">

                <div class="uk-grid" data-uk-grid-match data-uk-grid-margin>

                    <main class="uk-width-medium-3-4">
                        {main}
                    </main>

                                        <aside class="uk-width-medium-1-4 ">
                        {sidebar}
                    </aside>

                </div>

            </div>
        </div>
{bottom_html}
                <div id="tm-footer" class="tm-footer uk-block uk-block-secondary uk-contrast">
            <div class="uk-container uk-container-center">

                <section class="uk-grid uk-grid-match" data-uk-grid-margin>
                    {footer}
                </section>

            </div>
        </div>


    </body>
</html>
"""

    comments_div = """<div id="comments" v-cloak>

    <div class="uk-margin-large-top" v-show="config.enabled || comments.length">

        <template v-if="comments.length">

            <h2 class="uk-h4">{{ 'Comments (%count%)' | trans {count:count} }}</h2>

            <ul class="uk-comment-list">
                <comment v-for="comment in tree[0]" :comment="comment"></comment>
            </ul>

        </template>

        <div class="uk-alert" v-for="message in messages">{{ message }}</div>

        <div v-el:reply v-if="config.enabled"></div>

        <p v-else>{{ 'Comments are closed.' | trans }}</p>

    </div>

</div>

<script id="comments-item" type="text/template">
    <li :id="'comment-'+comment.id">
        <article class="uk-comment" :class="{'uk-comment-primary': comment.special}">
            <header class="uk-comment-header">
                <img class="uk-comment-avatar" width="40" height="40" :alt="comment.author" v-gravatar="comment.email">
                <h3 class="uk-comment-title">{{ comment.author }}</h3>
                <p class="uk-comment-meta" v-if="comment.status">
                    <time :datetime="comment.created">{{ comment.created | relativeDate }}</time>
                    | <a class="uk-link-muted" :href="permalink" data-uk-smooth-scroll>#</a>
                </p>
            </header>
            <div class="uk-comment-body">
                <p>{{{ comment.content }}}</p>
                <p v-if="showReplyButton"><a href="#" @click.prevent="replyTo">{{ 'Reply' | trans }}</a></p>
            </div>
        </article>
    </li>
</script>

<script id="comments-reply" type="text/template">
    <div class="uk-margin-large-top js-comment-reply">
        <h2 class="uk-h4">{{ 'Leave a comment' | trans }}</h2>
        <form class="uk-form uk-form-stacked" v-if="user.canComment" v-validator="form" @submit.prevent="save | valid">
            <div class="uk-form-row">
                <label for="form-comment" class="uk-form-label">{{ 'Comment' | trans }}</label>
                <div class="uk-form-controls"><textarea id="form-comment" class="uk-form-width-large" name="content" rows="10" v-model="content" v-validate:required></textarea></div>
            </div>
            <p><button class="uk-button uk-button-primary" type="submit" accesskey="s">{{ 'Submit' | trans }}</button></p>
        </form>
    </div>
</script>"""

    for a in posts:
        pid, uid = a.opts["id"], a.opts["uid"]
        text = " ".join(inline_text(x) for x in a.text_lines())
        desc = text[:150].rstrip(" \t\n\r\0\x0b.,") + "..."
        metas = [("og:type", "article"), ("article:published_time", atom(a.date)),
                 ("article:modified_time", atom(a.date + timedelta(minutes=37))),
                 ("article:author", USERS[uid][1]), ("og:title", "Tin tức"), ("og:description", desc)]
        main = (f'<article class="uk-article tm-container-small">\n\n    \n    <h1 class="uk-article-title">{esc(a.title)}</h1>\n\n'
                f'    <p class="uk-article-meta">\n        {written(a)}    </p>\n\n'
                f'    <div class="uk-margin">{content(a)}</div>\n\n    {comments_div}\n\n</article>')
        data = {"$comments": {"config": {"post": pid, "enabled": True, "requireinfo": True, "max_depth": 5,
                                         "user": {"name": None, "isAuthenticated": False, "canComment": False,
                                                  "skipApproval": False}}}}
        page = layout(title=f"{a.title} | {SITE_TITLE}", canonical=a.path, main=main, active="/blog", metas=metas,
                      og_title="Tin tức", data=data,
                      extra_js=["/packages/pagekit/blog/app/bundle/post.js", "/packages/pagekit/blog/app/bundle/comments.js"])
        site.page(a.path, page, content_type=HTML)
        if a.opts.get("numeric"):
            site.page(f"/blog/{pid}", page, content_type=HTML)
            a.aliases.append(f"/blog/{pid}")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/storage/tin-tuc/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 07/TB-LMHTX", "Hoi cho san pham OCOP cac HTX tinh Hoa Binh 2025"]))
        site.add_article(a)
    mai = next(a for a in posts if a.opts["id"] == 17)
    site.page(f"/index.php/blog/{mai.opts['slug']}", site.html_pages[mai.path], content_type=HTML)
    mai.aliases.append(f"/index.php/blog/{mai.opts['slug']}")

    # the blog: /blog, /blog/page/1 (the pager's link to page 1), /blog/page/2
    per = 5
    chunks = [posts[i:i + per] for i in range(0, len(posts), per)]

    def story(a: Post) -> str:
        body, more = intro(a)
        links = []
        if more:
            links.append(f'<li><a href="{a.path}">Đọc thêm</a></li>')
        links.append(f'<li><a href="{a.path}#comments">{comments_label(a.opts["comments"])}</a></li>')
        return (f'    <article class="uk-article">\n\n        \n        <h1 class="uk-article-title"><a href="{a.path}">{esc(a.title)}</a></h1>\n\n'
                f'        <p class="uk-article-meta">\n            {written(a)}        </p>\n\n'
                f'        <div class="uk-margin">{body}</div>\n\n        <div class="uk-margin-large-top">\n'
                f'            <ul class="uk-subnav uk-margin-bottom-remove">\n\n                ' + "\n                ".join(links)
                + '\n\n            </ul>\n        </div>\n\n    </article>')

    def pager(n: int) -> str:
        items = []
        for i in range(1, len(chunks) + 1):
            if i == n:
                items.append(f'                <li class="uk-active"><span>{i}</span></li>')
            else:
                items.append(f'                <li>\n                    <a href="/blog/page/{i}">{i}</a>\n                <li>')
        return '\n    <ul class="uk-pagination">\n\n\n' + "\n".join(items) + "\n\n\n    </ul>\n"

    for n, chunk in enumerate(chunks, 1):
        main = '<div class="tm-container-small">\n\n' + "\n".join(story(a) for a in chunk) + pager(n) + "\n</div>"
        paths = ["/blog", "/blog/page/1"] if n == 1 else [f"/blog/page/{n}"]
        for p in paths:
            site.page(p, layout(title=f"Blog | {SITE_TITLE}", canonical=p, main=main, active="/blog", og_title="Tin tức",
                                feed=True, extra_js=["/packages/pagekit/blog/app/bundle/posts.js"]), content_type=HTML)
            site.non_articles.append(p)
    site.trap("blog list /blog (the pager links page 1 as /blog/page/1, the same list) and /blog/page/2 (5 a page): "
              "article.uk-article with h1.uk-article-title like a post, the 'Được ghi bởi … vào ngày <time>' line, the "
              "excerpt or the text before [readmore] and 'Đọc thêm', or the whole text when there is neither", "/blog/page/2")

    def page_node(path: str, title: str, body: str, *, hero: bool = False, bottom: str = "") -> None:
        main = (f'<article class="uk-article">\n\n        <h1 class="uk-article-title">{esc(title)}</h1>\n    \n    {body}\n\n</article>')
        t = f"{SITE_TITLE} | {title}" if path == "/" else f"{title} | {SITE_TITLE}"
        site.page(path, layout(title=t, canonical=path, main=main, active=path, og_title=title, hero=hero, bottom=bottom),
                  content_type=None if path == "/" else HTML)
        site.non_articles.append(path)

    numeric = home_links[2]
    tin_moi = ('<div class="uk-width-medium-1-1">\n\n    <div class="uk-panel  ">\n\n        <h3 class="uk-panel-title">Tin mới</h3>\n\n'
               '        <ul class="uk-list uk-list-line">\n'
               + "".join(f'<li><a href="{"/blog/" + str(x.opts["id"]) if x is numeric else x.path}">{esc(x.title)}</a></li>\n' for x in home_links)
               + '<li><a href="/blog">Xem tất cả tin tức »</a></li>\n</ul>\n\n    </div>\n\n</div>')
    page_node("/", "Trang chủ", "<p>Chào mừng bạn đến với trang tin của Liên minh Hợp tác xã tỉnh Hòa Bình. Trang cập nhật "
              "hoạt động của Liên minh HTX tỉnh, các HTX và tổ hợp tác trên địa bàn tỉnh.</p>\n", hero=True, bottom=tin_moi)
    page_node("/gioi-thieu", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Hòa Bình là tổ chức chính trị - xã hội và kinh tế, đại diện "
              "và bảo vệ quyền, lợi ích hợp pháp của các HTX, liên hiệp HTX và tổ hợp tác trong tỉnh.</p>\n"
              "<p>Liên minh HTX tỉnh có 5 phòng, đơn vị trực thuộc và Quỹ hỗ trợ phát triển HTX.</p>\n"
              f'<p>Mô hình tiêu biểu: <a href="/index.php/blog/{mai.opts["slug"]}">{esc(mai.title)}</a></p>\n')
    page_node("/lien-he", "Liên hệ", f"<p>{esc(ADDRESS)}.</p>\n<p>{esc(PHONE)}.</p>\n<p>Giờ làm việc: sáng 7h00 - 11h30, chiều "
              "13h30 - 17h00 các ngày từ thứ Hai đến thứ Sáu.</p>\n")
    site.trap("Pagekit pages (front page /, /gioi-thieu, /lien-he) use the same article.uk-article > h1.uk-article-title "
              "as posts, without a date: not articles; the front page's 'Tin mới' text widget links one post by its "
              "numeric route /blog/15, /gioi-thieu one by /index.php/blog/<slug>: aliases", "/gioi-thieu")

    login_page = ('<form class="pk-user pk-user-login uk-form uk-form-stacked uk-width-medium-1-2 uk-width-large-1-3 uk-container-center" '
                  'action="/user/authenticate" method="post">\n\n    <h1 class="uk-h2 uk-text-center">Đăng nhập vào tài khoản của bạn</h1>\n\n'
                  '    <div class="uk-form-row"><input class="uk-width-1-1" type="text" name="credentials[username]" value="" placeholder="Tên người dùng" required autofocus></div>\n'
                  '    <div class="uk-form-row"><input class="uk-width-1-1" type="password" name="credentials[password]" value="" placeholder="Mật khẩu" required></div>\n'
                  '    <p class="uk-form-row uk-margin-small-bottom"><button class="uk-button uk-button-primary uk-button-large uk-width-1-1" type="submit">Đăng ký</button></p>\n'
                  '    <ul class="uk-list uk-flex uk-flex-space-between uk-text-small uk-margin-bottom-remove">\n'
                  '        <li><label><input type="checkbox" name="remember_me"> Lưu thông tin đăng nhập</label></li>\n'
                  '        <li class="uk-text-right"><a class="uk-link" href="/user/resetpassword">Yêu cầu mật khẩu</a></li>\n    </ul>\n'
                  '    <input type="hidden" name="redirect" value="">\n</form>')
    site.page("/user/login", layout(title=f"Login | {SITE_TITLE}", canonical="/user/login", main=login_page, active="",
                                    og_title="Login"), content_type=HTML)
    reset = ('<form class="pk-user pk-user-reset uk-form uk-form-stacked uk-width-medium-1-2 uk-width-large-1-3 uk-container-center" '
             'action="/user/resetpassword/request" method="post">\n    <h1 class="uk-h2 uk-text-center">Quên mật khẩu</h1>\n'
             '    <div class="uk-form-row"><input class="uk-width-1-1" type="text" name="email" value="" placeholder="Email" required></div>\n'
             '    <p class="uk-form-row"><button class="uk-button uk-button-primary uk-button-large uk-width-1-1" type="submit">Yêu cầu mật khẩu</button></p>\n</form>')
    site.page("/user/resetpassword", layout(title=f"Reset | {SITE_TITLE}", canonical="/user/resetpassword", main=reset, active="",
                                            og_title="Reset"), content_type=HTML)
    site.non_articles += ["/user/login", "/user/resetpassword"]
    site.trap("the sidebar login widget links /user/resetpassword and the footer links /user/login (no robots.txt: "
              "Pagekit ships none): forms, not articles", "/user/login")

    def rfc(d: datetime) -> str:
        return format_datetime(utc(d)).replace("-0000", "+0000")

    items = ""
    for a in posts[:5]:
        name, mail = USERS[a.opts["uid"]][1], USERS[a.opts["uid"]][2]
        body = render(a.body.partition(READMORE)[0]) if READMORE in a.body else content(a)
        items += (f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>{esc(body)}</description>"
                  f"<pubDate>{rfc(a.date)}</pubDate><author>{mail} ({esc(name)})</author>"
                  f'<guid isPermaLink="true">{{{{base}}}}{a.path}</guid></item>')
    site.page("/blog/feed", '<?xml version="1.0" encoding="UTF-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0">'
              f"<channel><title>{esc(SITE_TITLE)}</title><link>{{{{base}}}}/blog</link><description>{esc(SLOGAN)}</description>"
              '<language>vi-vn</language><atom:link href="{{base}}/blog/feed" rel="self" type="application/rss+xml"/>'
              f"<lastBuildDate>{rfc(posts[0].date + timedelta(minutes=37))}</lastBuildDate>{items}</channel></rss>\n",
              content_type="application/rss+xml; charset=UTF-8")
    site.trap("RSS /blog/feed (head alternate on the blog pages only): the 5 newest posts, pubDate in UTC '+0000' (a post "
              "at 06:15 in Vietnam is dated the day before), description = the text before [readmore], author "
              "'email (account name)'", "/blog/feed")

    site.binary("/system/intl/vi_VN", b"var $locale = {};\n")
    site.binary("/app/system/modules/theme/favicon.ico", image_for("favicon"))
    site.binary("/storage/logo-lmhtx-hoabinh.png", image_for("logo"))
    fill_assets(site, ("/app/", "/packages/", "/storage/", "/system/"))
    return site


def fill_assets(site: SiteBuild, prefixes: tuple[str, ...]) -> None:
    """Files the pages' <link>, <img> and <script> point at (icons, preloads, theme assets): small stand-ins."""
    for path, page in list(site.html_pages.items()):
        for link in page_links(page, path):
            bare = link.split("?")[0]
            if bare.startswith(prefixes) and not site._exists(link):
                site.binary(bare, image_for(bare) if bare.endswith((".png", ".ico", ".jpg", ".svg")) else b"/* asset */\n")
