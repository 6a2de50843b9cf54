"""Site `nhatky-htxbacgiang` (registry family `generic`): "Nhật ký Liên minh HTX Bắc Giang", the news diary the Bắc
Giang cooperative alliance kept until the province joined Bắc Ninh on 1 July 2025, on **b2evolution 7.2.5** with its
default **Bootstrap Blog** skin (`bootstrap_blog_skin`, the widget containers of a 7.x install), the interface left in
English (b2evolution ships no Vietnamese pack: only widget titles and the texts were written in Vietnamese; the
locale en-US prints dates 'M d, Y'). Written as a held-out test: no family module, no selectors.

URL shapes (collection `tin-tuc`, "extra path" access, "short" item links): posts and pages `/tin-tuc/<slug>`; the
collection's front page `/tin-tuc/` (disp=front: an intro and the newest titles), the list of posts
`/tin-tuc/?disp=posts` and `&paged=2` (5 a page), categories `/tin-tuc/<cat>/` (`?paged=2`), tags `/tin-tuc/<tag>:`
(b2evo's default "colon" tag links, `urlencode`d: `/tin-tuc/h%E1%BB%99i+ngh%E1%BB%8B:`), month archives
`/tin-tuc/2025/06/`, the category and archive directories `?disp=catdir` / `?disp=arcdir`, profiles
`?disp=user&user_ID=N`, the contact form `?disp=msgform&recipient_id=1`, feeds `?tempskin=_rss2` / `?tempskin=_atom`
and the sitemap `?tempskin=_sitemap`. b2evo redirects (301) every other address of a post to its canonical one: the
old permalink `/index.php?p=31&more=1`, `?cat=2`, `?tag=ocop`; the site root answers 301 to `/tin-tuc/`.

Why it is hard: two `<h1>`s on a post page: the collection title in the header (`widget_core_coll_title`) and the
post's own in `div.evo_post_title`; the info line "Posted by <account> on Jun 05, 2025 in <categories>" has no time
(the time is only in the JSON-LD `datePublished` and the feeds, whose RSS `pubDate` is in GMT: a post of 06:20 reads
the day before); the account is the office ("Ban Biên tập": no author, though JSON-LD calls it a Person) except one
staff writer's own account; a byline in the text wins. A post with a `[teaserbreak]` prints its teaser, an empty
anchor and the skin's `<p class="evo_post_more_anchor">...</p>` before the rest; lists print the teaser and "Read more
»" (a post without a break is printed whole on the lists). Images are attached files rendered as
`figure.evo_image_block` with `figcaption.evo_image_legend`; the notice's PDF is in the "Attachments:" widget. Pages
(`/tin-tuc/gioi-thieu`) have the posts' URL shape. The sidebar holds the collection's long description, search,
categories, feeds, recent posts and recent comments (a commenter's name with the post's title).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote_plus

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "nhatky-htxbacgiang"
NAME = "Nhật ký Liên minh HTX Bắc Giang"
TAGLINE = "Tin hoạt động kinh tế tập thể, hợp tác xã tỉnh Bắc Giang"
COLL = "/tin-tuc/"
HTML = "text/html; charset=utf-8"
VERSION = "7.2.5-stable"
MORE = "[teaserbreak]"
VN = timezone(timedelta(hours=7))
USERS = {1: ("admin", "admin"), 2: ("bientap", "Ban Biên tập"), 3: ("ngolan", "Ngô Thị Lan")}
CATS = {1: ("hoat-dong", "Hoạt động Liên minh"), 2: ("van-ban", "Văn bản"), 3: ("mo-hinh-htx", "Mô hình HTX"),
        4: ("so-lieu", "Số liệu thống kê")}
LONGDESC = ("Trang ghi chép hoạt động của Liên minh Hợp tác xã tỉnh Bắc Giang và các hợp tác xã, tổ hợp tác trên địa "
            "bàn tỉnh.")
FOOTER = "This collection ©2025 by Liên minh HTX tỉnh Bắc Giang"
COMMENT = ("Đặng Văn Tới", "HTX chúng tôi ở Tân Yên cũng muốn tham gia liên kết tiêu thụ, xin hướng dẫn thủ tục.",
           datetime(2025, 6, 6, 8, 12))
FURN = [TAGLINE, LONGDESC, FOOTER, "Posted by", "Attachments:", "Leave a comment",
        "Your email address will not be revealed on this site.", "No feedback yet", "Comment text",
        "Powered by b2evolution", "Bài mới", "Bình luận mới", "Chuyên mục", "Tìm kiếm", "Nguồn tin", "What is RSS?",
        "Contact", "Help", "...", "Đăng nhập", COMMENT[1]]


class Post(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(MORE, ""))


def articles() -> list[Post]:
    A = Post

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata",
                    evidence=["metadata", "date-element", "listing"])

    return [
        A(path="anh-cac-htx-o-luc-ngan-vao-vu-thu-hoach-vai-thieu-som",
          title="Ảnh: Các HTX ở Lục Ngạn vào vụ thu hoạch vải thiều sớm",
          body="""
Những ngày đầu tháng 6, các HTX ở huyện Lục Ngạn bắt đầu thu hoạch vải thiều sớm, sản lượng toàn huyện năm nay ước đạt khoảng 30.000 tấn.
[teaserbreak]
[img vai-thieu-1.png] Thành viên HTX Nông nghiệp Phượng Sơn thu hái vải thiều từ sáng sớm
[img vai-thieu-2.png] Vải được phân loại, đóng thùng ngay tại nhà sơ chế của HTX
[img vai-thieu-3.png] Xe của doanh nghiệp thu mua vải tại điểm tập kết của HTX ở xã Hồng Giang
Năm nay, các HTX đã ký hợp đồng tiêu thụ hơn 8.000 tấn vải thiều với các doanh nghiệp xuất khẩu.
""", byline="Bài và ảnh: Hoàng Minh Đức", author="Hoàng Minh Đức",
          opts={"id": 48, "cats": [3], "uid": 2, "tags": ["vải thiều", "OCOP"], "comment": True},
          notes=["photo story posted at 06:20 on 05/06/2025: the info line says 'Jun 05, 2025' (no time), JSON-LD "
                 "datePublished '2025-06-05T06:20:00+07:00', the RSS pubDate 'Wed, 04 Jun 2025 23:20:00 +0000' (GMT, "
                 "the day before); three figure.evo_image_block with figcaption (one line each); 'Posted by Ban Biên "
                 "tập' (the office account; JSON-LD author Person 'Ban Biên tập') but the text closes 'Bài và ảnh: "
                 "Hoàng Minh Đức' -> author Hoàng Minh Đức; a visitor's comment of 06/06 08:12 below"],
          **at(datetime(2025, 6, 5, 6, 20))),
        A(path="nam-noi-dung-htx-can-thuc-hien-khi-chuyen-doi-theo-luat-htx-nam-2023",
          title="Năm nội dung HTX cần thực hiện khi chuyển đổi theo Luật HTX năm 2023",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024. Để hoạt động đúng quy định, các HTX trên địa bàn tỉnh cần thực hiện năm nội dung sau:
[teaserbreak]
* Rà soát, phân loại thành viên chính thức và thành viên liên kết không góp vốn;
* Sửa đổi, bổ sung điều lệ và thông qua tại đại hội thành viên;
* Xác định lại vốn điều lệ, tài sản không chia của HTX;
* Kiện toàn bộ máy quản trị, ban kiểm soát hoặc kiểm soát viên;
* Đăng ký thay đổi nội dung đăng ký HTX với cơ quan có thẩm quyền.
Liên minh HTX tỉnh sẵn sàng cử cán bộ hướng dẫn trực tiếp tại HTX khi có đề nghị.
""", byline="Lê Văn Phúc - Phòng Tư vấn, hỗ trợ HTX", author="Lê Văn Phúc",
          opts={"id": 46, "cats": [1], "uid": 2, "tags": ["Luật HTX"]},
          notes=["a five-item list after a sentence ending with a colon, the teaser break before it (the single page "
                 "prints '...' there: furniture); byline 'Lê Văn Phúc - Phòng Tư vấn, hỗ trợ HTX' -> author Lê Văn Phúc"],
          **at(datetime(2025, 5, 20, 16, 30))),
        A(path="htx-nong-nghiep-luc-ngan-dua-vai-thieu-len-san-thuong-mai-dien-tu",
          title="HTX Nông nghiệp Lục Ngạn đưa vải thiều lên sàn thương mại điện tử",
          body="""
Chuẩn bị cho vụ thu hoạch năm 2025, HTX Nông nghiệp Lục Ngạn đã mở gian hàng vải thiều trên hai sàn thương mại điện tử lớn.
HTX được Liên minh HTX tỉnh hỗ trợ chụp ảnh sản phẩm, xây dựng nội dung giới thiệu và hướng dẫn đóng gói, giao hàng.
Trong năm đầu, HTX đặt mục tiêu bán khoảng 50 tấn vải tươi và 5 tấn vải sấy qua kênh trực tuyến.
""", author="Ngô Thị Lan",
          opts={"id": 44, "cats": [3], "uid": 3, "tags": ["vải thiều", "chuyển đổi số"]},
          notes=["no byline in the text; posted from the staff writer's own account: 'Posted by Ngô Thị Lan' (and "
                 "JSON-LD author Person) -> author Ngô Thị Lan; no teaser break: the lists print the whole post"],
          **at(datetime(2025, 5, 8, 10, 45))),
        A(path="ket-qua-phat-trien-kinh-te-tap-the-tinh-bac-giang-quy-i-nam-2025",
          title="Kết quả phát triển kinh tế tập thể tỉnh Bắc Giang quý I năm 2025",
          body="""
Quý I năm 2025, khu vực kinh tế tập thể của tỉnh tiếp tục phát triển ổn định, số HTX thành lập mới tăng so với cùng kỳ.
[teaserbreak]
| Chỉ tiêu | Quý I/2024 | Quý I/2025 |
| Số HTX đang hoạt động | 812 | 846 |
| HTX thành lập mới | 19 | 27 |
| Số thành viên HTX | 24.560 | 25.310 |
| Doanh thu bình quân một HTX (triệu đồng) | 1.420 | 1.585 |
Các HTX nông nghiệp chiếm gần 70% tổng số HTX, tập trung ở các huyện Lục Ngạn, Lục Nam và Yên Thế.
""", byline="Theo Báo Bắc Giang", author=None,
          opts={"id": 41, "cats": [4, 1], "uid": 2, "tags": ["số liệu"]},
          notes=["a data table (class 'table table-bordered', header cells <th>): one line per row; 'Theo Báo Bắc Giang' "
                 "names a newspaper: text, author null; main category 'Số liệu thống kê' plus an extra one"],
          **at(datetime(2025, 4, 18, 14, 0))),
        A(path="thong-bao-dang-ky-tham-gia-hoi-cho-ocop-tinh-bac-giang-nam-2025",
          title="Thông báo về việc đăng ký tham gia Hội chợ OCOP tỉnh Bắc Giang năm 2025",
          body="""
LIÊN MINH HTX TỈNH BẮC GIANG
Số: 07/TB-LMHTX
Bắc Giang, ngày 03 tháng 4 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP tỉnh Bắc Giang năm 2025
Thực hiện Kế hoạch của UBND tỉnh, Liên minh HTX tỉnh thông báo tới các HTX, liên hiệp HTX về việc đăng ký tham gia Hội chợ OCOP tỉnh Bắc Giang năm 2025 như sau:
- Thời gian: từ ngày 15 đến ngày 19/5/2025, tại Quảng trường 3/2, thành phố Bắc Giang.
- Đối tượng: HTX, liên hiệp HTX có sản phẩm đạt chứng nhận OCOP từ 3 sao trở lên.
- Hạn đăng ký: trước ngày 25/4/2025, gửi về Văn phòng Liên minh HTX tỉnh.
Liên minh HTX tỉnh hỗ trợ 50% chi phí thuê gian hàng cho các HTX đăng ký đúng hạn.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Thắng
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/media/collections/tin-tuc/quick-uploads/thong-bao-07/tb-07-lmhtx.pdf",
                        "text": "tb-07-lmhtx.pdf"}],
          opts={"id": 39, "cats": [2, 1], "uid": 2, "tags": ["OCOP", "hội chợ"]},
          notes=["notice 'Số: 07/TB-LMHTX' dated 03/4 in the text, posted on Apr 07, 2025 (JSON-LD 09:10); the signer "
                 "is text, author null ('Posted by Ban Biên tập'); the PDF in the 'Attachments:' widget (an icon link "
                 "and a name link to the same file, the size in parentheses): an attachment"],
          **at(datetime(2025, 4, 7, 9, 10))),
        A(path="lien-minh-htx-tinh-tap-huan-chuyen-doi-so-cho-can-bo-quan-ly-htx",
          title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          body="""
Trong hai ngày 10 và 11/3, Liên minh HTX tỉnh phối hợp với Sở Thông tin và Truyền thông tổ chức lớp tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX.
[teaserbreak]
## Nội dung tập huấn
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử và mở gian hàng trên sàn thương mại điện tử.
Kết thúc lớp học, 45 HTX đăng ký tham gia chương trình hỗ trợ chuyển đổi số năm 2025 của tỉnh.
""", author=None,
          opts={"id": 31, "cats": [1], "uid": 2, "tags": ["chuyển đổi số"], "oldlink": True},
          notes=["no byline, the office account: author null; the old permalink /index.php?p=31&more=1 (linked from "
                 "the page 'Giới thiệu') answers 301 to the post: an alias"],
          **at(datetime(2025, 3, 12, 8, 0))),
        A(path="hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-4-nhiem-ky-2020-2025",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 4, nhiệm kỳ 2020 - 2025",
          body="""
Chiều 21/1, Ban Chấp hành Liên minh HTX tỉnh Bắc Giang tổ chức hội nghị lần thứ 4, nhiệm kỳ 2020 - 2025.
[teaserbreak]
Hội nghị đánh giá kết quả thực hiện nhiệm vụ năm 2024 và thông qua chương trình công tác năm 2025.
## Chỉ tiêu năm 2025
Phấn đấu thành lập mới 100 HTX, 85% HTX xếp loại hoạt động từ trung bình trở lên.
""", byline="Thân Thị Hương", author="Thân Thị Hương",
          opts={"id": 27, "cats": [1], "uid": 2, "tags": ["hội nghị"]},
          notes=["the bare name 'Thân Thị Hương' closes the text (author); the lead's 'Chiều 21/1' is the day before "
                 "the post (Jan 22, 2025)"],
          **at(datetime(2025, 1, 22, 15, 30))),
        A(path="bac-giang-co-them-15-htx-nong-nghiep-ung-dung-cong-nghe-cao",
          title="Bắc Giang có thêm 15 HTX nông nghiệp ứng dụng công nghệ cao",
          body="""
Năm 2024, toàn tỉnh có thêm 15 HTX nông nghiệp ứng dụng công nghệ cao trong sản xuất, nâng tổng số lên 62 HTX.
Các HTX chủ yếu đầu tư nhà màng, hệ thống tưới nhỏ giọt và truy xuất nguồn gốc sản phẩm bằng mã QR.
Doanh thu bình quân của nhóm HTX này đạt 3,2 tỷ đồng mỗi năm, cao gấp đôi mức bình quân chung.
""", byline="Theo Trần Quang Huy", author="Trần Quang Huy",
          opts={"id": 22, "cats": [3, 1], "uid": 2, "tags": ["công nghệ cao"]},
          notes=["oldest post: only on ?disp=posts&paged=2, the category's ?paged=2 and its month archive; 'Theo Trần "
                 "Quang Huy' names a person -> author"],
          **at(datetime(2024, 12, 16, 9, 0))),
    ]


def render(a: Post, single: bool) -> str:
    """The post's content as the Auto-P renderer and the [image:] tags print it; the teaser alone when not single."""
    teaser, sep, rest = a.body.partition(MORE)

    def html_of(markup: str) -> str:
        out = []
        for b in parse_rich(markup):
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
            elif b.kind == "img":
                src = f"/media/collections/tin-tuc/quick-uploads/{a.opts['slug'][:24]}/{b.src}"
                cache = src.rsplit("/", 1)[0] + f"/_evocache/{b.src}/fit-1280x720.png?mtime={int(a.date.timestamp())}"
                out.append(f'<figure class="evo_image_block"><a href="{src}" rel="lightbox[p{a.opts["id"]}]" id="link_{a.opts["id"]}{len(out)}">'
                           f'<img title="" alt="{attr(b.text)}" src="{cache}" width="1280" height="720" class="img-responsive" /></a>'
                           + (f'<figcaption class="evo_image_legend">{esc(b.text)}</figcaption>' if b.text else "") + "</figure>")
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<table class="table table-bordered">\n<thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                           + "</tr></thead>\n<tbody>\n" + "\n".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                           + "\n</tbody>\n</table>")
        return "\n".join(out)

    byline = f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>' if a.byline else ""
    url = a.path
    if not single:
        if sep:
            return html_of(teaser) + f'\n<p class="evo_post_more_link"><a href="{url}#more{a.opts["id"]}">Read more &raquo;</a></p>'
        return html_of(a.body) + ("\n" + byline if byline else "")
    if sep:
        return (html_of(teaser) + f'\n<a id="more{a.opts["id"]}" name="more{a.opts["id"]}"></a><p class="evo_post_more_anchor">...</p>\n'
                + html_of(rest) + ("\n" + byline if byline else ""))
    return html_of(a.body) + ("\n" + byline if byline else "")


def excerpt(a: Post) -> str:
    words = " ".join(a.text_lines()).split()
    return " ".join(words[:30]) + ("&hellip;" if len(words) > 30 else "")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-giang", NAME + " (b2evolution)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)

    def put(path: str, html: str) -> None:
        site.page(path, html, content_type=None if path.endswith("/") else HTML)

    for a in posts:
        a.opts["slug"] = a.path
        a.path = COLL + a.path
    tags = sorted({t for a in posts for t in a.opts["tags"]})

    def tag_url(t: str) -> str:
        return COLL + quote_plus(t) + ":"

    def cat_url(c: int) -> str:
        return COLL + CATS[c][0] + "/"

    def user_url(uid: int) -> str:
        return f"{COLL}?disp=user&user_ID={uid}"

    def user_link(uid: int) -> str:
        return (f'<a href="{user_url(uid).replace("&", "&amp;")}" class="login user nowrap" rel="bubbletip_user_{uid}">'
                f'<span class="identity_link_username">{esc(USERS[uid][1])}</span></a>')

    def info_line(a: Post) -> str:
        cats = ", ".join(f'<a href="{cat_url(c)}" title="Browse category">{esc(CATS[c][1])}</a>' for c in a.opts["cats"])
        return (f'<div class="evo_widget widget_core_item_info_line"><div><span class="small text-muted"> Posted by '
                f'{user_link(a.opts["uid"])} on {a.date:%b %d, %Y} in {cats}</span></div></div>')

    months = []
    for a in posts:
        if (a.date.year, a.date.month) not in months:
            months.append((a.date.year, a.date.month))

    def arc_url(y: int, m: int) -> str:
        return f"{COLL}{y}/{m:02d}/"

    contact = f"{COLL}?disp=msgform&recipient_id=1"
    login = "/htsrv/login.php?redirect_to=%2Ftin-tuc%2F"
    comment_owner = next(a for a in posts if a.opts.get("comment"))

    def panel(cls: str, title: str, body: str) -> str:
        return (f'<div class="panel panel-default evo_widget {cls}"><div class="panel-heading"><h4 class="panel-title">{title}</h4></div>'
                f'<div class="panel-body">{body}</div></div>')

    sidebar = "\n".join([
        panel("widget_core_coll_longdesc", "Giới thiệu", f"<p>{esc(LONGDESC)}</p>"),
        panel("widget_core_coll_search_form", "Tìm kiếm",
              f'<form action="{{{{base}}}}{COLL}" method="get" class="search compact_search_form"><div class="input-group">'
              '<input type="text" name="s" size="25" value="" class="search_field SearchField form-control" title="Search" />'
              '<input type="hidden" name="disp" value="search" /><span class="input-group-btn">'
              '<input type="submit" name="submit" class="search_submit submit btn btn-primary" value="Search" /></span></div></form>'),
        panel("widget_core_coll_category_list", "Chuyên mục",
              "<ul>" + "".join(f'<li><a href="{cat_url(c)}">{esc(n)}</a></li>' for c, (_, n) in CATS.items()) + "</ul>"),
        panel("widget_core_coll_xml_feeds", "Nguồn tin",
              f'<ul><li>RSS 2.0: <a href="{COLL}?tempskin=_rss2" title="RSS 2.0 feed">Posts</a>, '
              f'<a href="{COLL}?tempskin=_rss2&amp;disp=comments" title="RSS 2.0 feed">Comments</a></li>'
              f'<li>Atom: <a href="{COLL}?tempskin=_atom" title="Atom feed">Posts</a></li></ul>'
              '<div class="notes"><a href="{{base:offsite}}/b2evo/help/" target="_blank">What is RSS?</a></div>'),
        panel("widget_core_coll_post_list", "Bài mới",
              "<ul>" + "".join(f'<li><a href="{a.path}" class="default">{esc(a.title)}</a></li>' for a in posts[:5]) + "</ul>"),
        panel("widget_core_coll_comment_list", "Bình luận mới",
              f'<ul><li><span class="user anonymous" rel="bubbletip_comment_17">{esc(COMMENT[0])}</span> on '
              f'<a href="{comment_owner.path}#c17" title="{attr(COMMENT[1][:40])}">{esc(comment_owner.title)}</a></li></ul>'),
    ])
    menu_items = [("Trang chủ", COLL), ("Tin tức", f"{COLL}?disp=posts"), ("Giới thiệu", f"{COLL}gioi-thieu"),
                  ("Chuyên mục", f"{COLL}?disp=catdir"), ("Lưu trữ", f"{COLL}?disp=arcdir"), ("Liên hệ", contact),
                  ("Đăng nhập", login)]

    def layout(title: str, main: str, *, body_class: str, canonical: str | None, head_extra: str = "",
               active: str = "") -> str:
        nav = "\n".join(
            f'<li class="{"active " if label == active else ""}evo_widget widget_core_basic_menu_link"><a href="{href.replace("&", "&amp;")}" class="default">{esc(label)}</a></li>'
            for label, href in menu_items)
        canon = f'<link rel="canonical" href="{{{{base}}}}{canonical.replace("&", "&amp;")}" />\n' if canonical else ""
        return f"""<!DOCTYPE html>\r
<html lang="vi-VN">
<head>
<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta http-equiv="X-UA-Compatible" content="IE=edge" />
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<title>{esc(title)}</title>
	{head_extra}<meta name="generator" content="b2evolution {VERSION}" /> <!-- Please leave this for stats -->
	<link rel="alternate" type="application/rss+xml" title="RSS 2.0" href="{{{{base}}}}{COLL}?tempskin=_rss2" />
	<link rel="alternate" type="application/atom+xml" title="Atom" href="{{{{base}}}}{COLL}?tempskin=_atom" />
	<link rel="EditURI" type="application/rsd+xml" title="RSD" href="{{{{base}}}}/xmlsrv/rsd.php?blog=1" />
	{canon}<script type="text/javascript">
	// Paths and vars are used by JS functions:
		var htsrv_url = '{{{{base}}}}/htsrv/';
		var restapi_url = '{{{{base}}}}/htsrv/rest.php?api_version=1&api_request=';
		var b2evo_icons_type = 'fontawesome-glyphicons';
		var blog_id = '1';
</script>
<script type="text/javascript" src="{{{{base}}}}/rsc/js/build/bootstrap-evo_frontoffice-superbundle.bmin.js?v={VERSION}"></script>
<link type="text/css" rel="stylesheet" href="{{{{base}}}}/rsc/build/bootstrap-b2evo_base-superbundle.bmin.css?v={VERSION}" />
<link type="text/css" rel="stylesheet" href="{{{{base}}}}/skins/bootstrap_blog_skin/style.min.css?v={VERSION}+7.0.1" />
</head>
<body class="unknown_device unknown_browser {body_class} coll_1 anonymous usergroup_0 evo_toolbar_hidden">
<div id="skin_wrapper" class="skin_wrapper_anonymous">
<!-- Start of skin_wrapper -->

<div class="container">

<header class="row">

<div class="col-xs-12 col-sm-12 col-md-4 col-md-push-8"><div class="evo_container evo_container__page_top">
<div class="evo_widget widget_core_social_links"><div class="ufld_icon_links"><a href="{{{{base:offsite}}}}/facebook/lmhtxbacgiang"><span class="ufld_facebook ufld__textcolor ufld__bgcolor ufld__hovertextcolor"><span class="fa fa-facebook"></span></span></a></div></div>
</div></div>
<div class="col-xs-12 col-sm-12 col-md-8 col-md-pull-4"><div class="evo_container evo_container__header">
<div class="evo_widget widget_core_coll_title"><h1><a href="{{{{base}}}}{COLL}">{NAME}</a></h1></div>
<div class="evo_widget widget_core_coll_tagline">{esc(TAGLINE)}</div>
</div></div>

</header><!-- .row -->

<nav class="row"><div class="col-md-12"><ul class="nav nav-tabs evo_container evo_container__menu">
{nav}
</ul></div></nav>

<div class="row">

	<div class="col-md-9">

		<main><!-- This is were a link like "Jump to main content" would land -->

		<!-- ================================= START OF MAIN AREA ================================== -->

{main}

		</main>

	</div><!-- .col -->

	<aside class="col-md-3">
		<!-- =================================== START OF SIDEBAR =================================== -->
		<div class="evo_container evo_container__sidebar">
{sidebar}
		</div>
	</aside><!-- .col -->

</div><!-- .row -->

<footer class="row">

	<!-- =================================== START OF FOOTER =================================== -->
	<div class="col-md-12">

		<p class="center">
			{esc(FOOTER)} &bull; <a href="{contact.replace("&", "&amp;")}" title="Send a message to the owner of this blog..." class="contact_link">Contact</a> &bull; <a href="{COLL}help" title="Frequently asked questions about using this site">Help</a>
		&bull; <a href="{{{{base:offsite}}}}/b2evo/" target="_blank" title="Free blog software">blog tool</a> </p>

		<div class="powered_by">
			<a href="{{{{base:offsite}}}}/b2evo/" title="Powered by b2evolution CMS" target="_blank"><img src="{{{{base}}}}/rsc/img/powered-by-b2evolution-120t.png" alt="Powered by b2evolution CMS" width="120" height="32" border="0" /></a>
		</div>
		<p class="small center">Powered by b2evolution</p>

	</div><!-- .col -->

</footer><!-- .row -->


</div><!-- .container -->


</div><!-- #skin_wrapper -->
</body>
</html>
"""

    def comment_html(a: Post) -> str:
        if a.opts.get("comment"):
            name, text, when = COMMENT
            listed = (f'<div class="clearfix"></div><h3 class="evo_comment__list_title">1 comment</h3>\n'
                      f'<a id="c17"></a><article class="evo_comment evo_comment__visibility_published panel panel-default" id="comment_17">'
                      f'<div class="panel-heading"><h4 class="evo_comment_title panel-title"><a href="{a.path}#c17" class="permalink">#1</a> '
                      f'<span class="user anonymous" rel="bubbletip_comment_17">{esc(name)}</span> <span class="text-muted">[Visitor]</span></h4></div>'
                      f'<div class="panel-body"><div class="evo_comment_text"><p>{esc(text)}</p></div></div>'
                      f'<div class="panel-footer small text-muted"><small class="date">{when:%b %d, %Y} @ {when:%I:%M %p}</small></div></article>')
        else:
            listed = '<div class="clearfix"></div><h3 class="evo_comment__list_title">No feedback yet</h3>'
        aid = a.opts["id"]
        return (f'<a id="feedbacks"></a>\n{listed}\n<section class="evo_comment__form"><div class="panel panel-default comment_form">'
                '<div class="panel-heading"><h4 class="evo_comment_form__title panel-title">Leave a comment</h4></div><div class="panel-body">'
                f'<form action="{{{{base}}}}/htsrv/comment_post.php" method="post" class="evo_form bComment" id="evo_comment_form_id_{aid}">'
                f'<input type="hidden" name="comment_item_ID" value="{aid}" />'
                '<div class="form-group"><label class="control-label col-sm-3" for="g">Name</label><div class="controls col-sm-9">'
                '<input type="text" id="g" name="g" class="form_text_input form-control" size="40" maxlength="100" /></div></div>'
                '<div class="form-group"><label class="control-label col-sm-3" for="i">Email</label><div class="controls col-sm-9">'
                '<input type="email" id="i" name="i" class="form_text_input form-control" size="40" maxlength="255" />'
                '<span class="notes">Your email address will <strong>not</strong> be revealed on this site.</span></div></div>'
                '<div class="form-group"><label class="control-label col-sm-3" for="p">Comment text</label><div class="controls col-sm-9">'
                '<textarea id="p" name="p" class="form_textarea_input form-control" rows="10"></textarea></div></div>'
                '<div class="form-group"><div class="control-buttons col-sm-offset-3 col-sm-9">'
                f'<input type="submit" name="submit_comment_post_{aid}[preview]" class="btn btn-default preview btn-lg" value="Preview" /> '
                f'<input type="submit" name="submit_comment_post_{aid}[save]" class="btn btn-primary submit btn-lg" value="Send comment" />'
                '</div></div></form></div></div></section>')

    def json_ld(a: Post) -> str:
        data = {"@context": "http://schema.org", "@type": "Article",
                "mainEntityOfPage": {"@type": "WebPage", "@id": f"{{{{base}}}}{a.path}"},
                "headline": a.title, "datePublished": a.date.replace(tzinfo=VN).isoformat(),
                "dateModified": (a.date + timedelta(hours=3, minutes=12)).replace(tzinfo=VN).isoformat(),
                "author": {"@type": "Person", "name": USERS[a.opts["uid"]][1]},
                "description": inline_text(a.text_lines()[0])[:200],
                "publisher": {"@type": "Organization", "name": "Liên minh HTX tỉnh Bắc Giang"}}
        img = a.first_image()
        if img:
            data["image"] = f"{{{{base}}}}/media/collections/tin-tuc/quick-uploads/{a.opts['slug'][:24]}/{img}"
        return ('<!-- Start of Structured Data -->\n<script type="application/ld+json">\n'
                + json.dumps(data, ensure_ascii=False, indent=4).replace("</", "<\\/") + "\n</script>\n<!-- End of Structured Data -->\n\t")

    def head_for(a: Post) -> str:
        img = a.first_image()
        og_img = (f'<meta property="og:image" content="{{{{base}}}}/media/collections/tin-tuc/quick-uploads/{a.opts["slug"][:24]}/{img}" />\n\t'
                  if img else "")
        return (f'<meta name="description" content="{attr(excerpt(a).replace("&hellip;", "…"))}" />\n\t'
                f'<meta name="keywords" content="{attr(", ".join(a.opts["tags"]))}" />\n\t'
                f'<meta property="og:title" content="{attr(a.title)}" />\n\t<meta property="og:url" content="{{{{base}}}}{a.path}" />\n\t'
                f'<meta property="og:description" content="{attr(excerpt(a).replace("&hellip;", "…"))}" />\n\t'
                f'<meta property="og:site_name" content="{NAME}" />\n\t{og_img}'
                f'<meta property="twitter:card" content="{"summary_large_image" if img else "summary"}" />\n\t{json_ld(a)}')

    for a in posts:
        aid = a.opts["id"]
        attach = ""
        for x in a.attachments:
            attach = ('<div class="evo_widget widget_core_item_attachments"><div class="evo_post_attachments"><h3>Attachments:</h3>'
                      f'<ul class="evo_files"><li class="evo_file"><a href="{x["path"]}" title="Download"><span class="fa fa-file-pdf-o"></span></a> '
                      f'<a href="{x["path"]}" title="Thông báo số 07/TB-LMHTX">{esc(x["text"])}</a> <span class="evo_file_size">(186.4 KB)</span></li></ul></div></div>')
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 07/TB-LMHTX", "Hoi cho OCOP tinh Bac Giang 2025"]))
        tag_html = ('<div class="evo_widget widget_core_item_tags"><nav class="small post_tags"><span class="fa fa-tags" title="Tags"></span> '
                    + ", ".join(f'<a href="{tag_url(t)}">{esc(t)}</a>' for t in a.opts["tags"]) + "</nav></div>")
        main = (f'<div class="evo_content_block">\n<article id="item_{aid}" class="evo_post evo_content_block evo_post__ptyp_post evo_post__published" lang="vi-VN">\n'
                f'\t<header>\n<div class="evo_widget widget_core_item_title"><div class="evo_post_title"><h1>{esc(a.title)}</h1></div></div>\n'
                f'{info_line(a)}\n\t<div class="small text-muted"></div>\n\t</header>\n'
                f'<div class="evo_widget widget_core_item_content"><section class="evo_post__full"><div class="evo_post__full_text clearfix">\n'
                f'{render(a, True)}\n</div></section></div>\n{attach}\n{tag_html}\n{comment_html(a)}\n</article>\n</div>')
        put(a.path, layout(f"{a.title} - {NAME}", main, body_class=f"disp_single disp_tpl_single item_{aid}",
                                 canonical=a.path, head_extra=head_for(a)))
        for b in a.blocks:
            if b.kind == "img":
                base = f"/media/collections/tin-tuc/quick-uploads/{a.opts['slug'][:24]}"
                site.binary(f"{base}/{b.src}", image_for(b.src))
        site.add_article(a)
    old = next(a for a in posts if a.opts.get("oldlink"))
    site.redirect(f"/index.php?p={old.opts['id']}&more=1", old.path, 301)
    old.aliases.append(f"/index.php?p={old.opts['id']}&more=1")

    def list_item(a: Post, mode: str) -> str:
        aid = a.opts["id"]
        if mode == "excerpt":
            content = (f'<section class="evo_post__excerpt"><div class="evo_post__excerpt_text">{excerpt(a)} <span class="evo_post__excerpt_more_link">'
                       f'<a href="{a.path}">more &raquo;</a></span></div></section>')
        else:
            content = f'<section class="evo_post__full"><div class="evo_post__full_text clearfix">\n{render(a, False)}\n</div></section>'
        fb = "1 feedback &raquo;" if a.opts.get("comment") else "Send feedback &raquo;"
        return (f'<div class="evo_content_block">\n<article id="item_{aid}" class="evo_post evo_content_block evo_post__ptyp_post evo_post__published" lang="vi-VN">\n'
                f'\t<header>\n<div class="evo_widget widget_core_item_title"><div class="evo_post_title"><h2><a href="{a.path}" rel="bookmark">{esc(a.title)}</a></h2></div></div>\n'
                f'{info_line(a)}\n\t<div class="small text-muted"></div>\n\t</header>\n<div class="evo_widget widget_core_item_content">{content}</div>\n'
                f'<div class="evo_widget widget_core_item_info_line"><div><nav class="post_comments_link"><a href="{a.path}#feedbacks" '
                f'title="Display feedback / Leave a comment">{fb}</a></nav></div></div>\n</article>\n</div>')

    def pagination(urls: list[str], n: int) -> str:
        items = []
        for k, u in enumerate(urls):
            items.append(f'<li class="active"><span>{k + 1}</span></li>' if k == n
                         else f'<li><a href="{u.replace("&", "&amp;")}">{k + 1}</a></li>')
        if n + 1 < len(urls):
            items.append(f'<li><a href="{urls[n + 1].replace("&", "&amp;")}"><i class="fa fa-angle-double-right"></i></a></li>')
        if n > 0:
            items.insert(0, f'<li><a href="{urls[n - 1].replace("&", "&amp;")}"><i class="fa fa-angle-double-left"></i></a></li>')
        return '<div class="center"><ul class="pagination">' + "".join(items) + "</ul></div>"

    def listing(first: str, items: list, heading: str, mode: str, body_class: str, per_page: int = 5,
                active: str = "") -> None:
        chunks = [items[i:i + per_page] for i in range(0, len(items), per_page)] or [[]]
        urls = [first] + [first + ("&" if "?" in first else "?") + f"paged={k}" for k in range(2, len(chunks) + 1)]
        for n, chunk in enumerate(chunks):
            main = ((f"<h2>{esc(heading)}</h2>\n" if heading else "") + "\n".join(list_item(a, mode) for a in chunk)
                    + ("\n" + pagination(urls, n) if len(chunks) > 1 else ""))
            title = (heading or "Tin tức") + (f" - Page {n + 1}" if n else "") + f" - {NAME}"
            put(urls[n], layout(title, main, body_class=body_class, canonical=urls[n], active=active))
            site.non_articles.append(urls[n])

    listing(f"{COLL}?disp=posts", posts, "", "normal", "disp_posts disp_tpl_posts", active="Tin tức")
    for c, (slug, name) in CATS.items():
        listing(cat_url(c), [a for a in posts if c in a.opts["cats"]], f"Category: {name}", "normal", f"disp_posts cat_{c}")
    for t in tags:
        listing(tag_url(t), [a for a in posts if t in a.opts["tags"]], f"Tag: {t}", "excerpt", "disp_posts tag_page", per_page=100)
    for y, m in months:
        listing(arc_url(y, m), [a for a in posts if (a.date.year, a.date.month) == (y, m)],
                f"Archives for: {datetime(y, m, 1):%B %Y}", "excerpt", "disp_posts archive_page", per_page=100)
    site.trap("lists: ?disp=posts and &paged=2 (5 a page), categories /tin-tuc/<cat>/ (&paged=2 for the six of "
              "'Hoạt động Liên minh'), tags /tin-tuc/<urlencoded tag>: (excerpts 'more »'), month archives "
              "/tin-tuc/2025/06/: the same h2 title links and 'Posted by … on …' lines; teasers with 'Read more »', "
              "posts without a break printed whole: listings", f"{COLL}?disp=posts&paged=2")

    # the collection's front page (disp=front), directories, pages, profiles, contact, help
    newest = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="small text-muted">{a.date:%b %d, %Y}</span></li>' for a in posts[:5])
    front = ('<div class="evo_container evo_container__front_page_main_area">\n<div class="evo_widget widget_core_free_text">'
             f"<p>Chào mừng bạn đến với {NAME}: nơi cán bộ Liên minh HTX tỉnh ghi lại hoạt động của các hợp tác xã trên địa bàn.</p></div>\n"
             f'<div class="evo_widget widget_core_coll_post_list"><h2>Tin mới nhất</h2><ul>{newest}</ul></div>\n</div>')
    put(COLL, layout(NAME, front, body_class="disp_front disp_tpl_front", canonical=COLL, active="Trang chủ"))
    site.non_articles.append(COLL)
    site.redirect("/", COLL, 301)
    cats = "".join(f'<li><a href="{cat_url(c)}">{esc(n)}</a> <span class="notes">({sum(c in a.opts["cats"] for a in posts)})</span></li>'
                   for c, (_, n) in CATS.items())
    put(f"{COLL}?disp=catdir", layout(f"Category directory - {NAME}", f"<h2>Category directory</h2><ul>{cats}</ul>",
                                            body_class="disp_catdir", canonical=f"{COLL}?disp=catdir", active="Chuyên mục"))
    arcs = "".join(f'<li><a href="{arc_url(y, m)}">{datetime(y, m, 1):%B %Y}</a> <span class="dimmed">({sum((a.date.year, a.date.month) == (y, m) for a in posts)})</span></li>'
                   for y, m in months)
    put(f"{COLL}?disp=arcdir", layout(f"Archive directory - {NAME}", f"<h2>Archive directory</h2><ul>{arcs}</ul>",
                                            body_class="disp_arcdir", canonical=f"{COLL}?disp=arcdir", active="Lưu trữ"))
    site.non_articles += [f"{COLL}?disp=catdir", f"{COLL}?disp=arcdir"]
    about = (f'<div class="evo_content_block">\n<article id="item_5" class="evo_post evo_content_block evo_post__ptyp_page evo_post__published" lang="vi-VN">\n'
             '\t<header>\n<div class="evo_post_title"><h2>Giới thiệu</h2></div>\n\t</header>\n'
             '<div class="evo_widget widget_core_item_content"><section class="evo_post__full"><div class="evo_post__full_text clearfix">\n'
             "<p>Liên minh Hợp tác xã tỉnh Bắc Giang là tổ chức đại diện cho các HTX, liên hiệp HTX và tổ hợp tác trong tỉnh.</p>\n"
             "<p>Nhật ký này được lập từ năm 2024 để ghi lại các hoạt động hỗ trợ HTX của Liên minh.</p>\n"
             f'<p>Bài được đọc nhiều: <a href="/index.php?p={old.opts["id"]}&amp;more=1">{esc(old.title)}</a>. '
             f'Các văn bản xem tại mục <a href="{COLL}?cat=2">Văn bản</a>; tin về sản phẩm OCOP tại <a href="{COLL}?tag=OCOP">OCOP</a>.</p>\n'
             "</div></section></div>\n</article>\n</div>")
    put(f"{COLL}gioi-thieu", layout(f"Giới thiệu - {NAME}", about, body_class="disp_page disp_tpl_page item_5",
                                           canonical=f"{COLL}gioi-thieu", active="Giới thiệu"))
    site.non_articles.append(f"{COLL}gioi-thieu")
    site.redirect(f"{COLL}?cat=2", cat_url(2), 301)
    site.redirect(f"{COLL}?tag=OCOP", tag_url("OCOP"), 301)
    site.trap("the page 'Giới thiệu' /tin-tuc/gioi-thieu has the posts' URL shape (an <h2> title, no info line): not an "
              "article; it links the old permalink /index.php?p=31&more=1 and ?cat=2 / ?tag=OCOP, which b2evo answers "
              "with 301 to the canonical post, category and tag URLs", f"{COLL}gioi-thieu")
    for uid, (login_name, shown) in USERS.items():
        if uid == 1:
            continue
        n_posts = sum(a.opts["uid"] == uid for a in posts)
        prof = (f'<div class="evo_panel evo_panel__user_profile"><h2>{esc(shown)}</h2><div class="profile_column_left">'
                f'<img src="/rsc/img/default_avatars/unknown.png" alt="" class="avatar" /></div><div class="profile_column_right">'
                f'<p>Login: {login_name}</p><p>Posts: {n_posts}</p><p>Member since: Oct 02, 2024</p></div></div>')
        put(user_url(uid), layout(f"{shown} - {NAME}", prof, body_class="disp_user", canonical=None))
        site.non_articles.append(user_url(uid))
    put(contact, layout(f"Contact - {NAME}", '<div class="panel panel-default skin-form"><div class="panel-heading"><h3 class="panel-title">Contact</h3></div>'
                                                   f'<div class="panel-body"><form action="{{{{base}}}}/htsrv/message_send.php" method="post"><p>Gửi tin nhắn tới Văn phòng Liên minh HTX tỉnh.</p>'
                                                   '<textarea name="msg"></textarea><input type="submit" value="Send message" /></form></div></div>',
                              body_class="disp_msgform", canonical=None, active="Liên hệ"))
    put(f"{COLL}help", layout(f"Help - {NAME}", "<h2>Help</h2><p>Use the menu to browse the posts by category or by month; "
                                                       "the feeds give the newest posts.</p>", body_class="disp_help", canonical=f"{COLL}help"))
    site.non_articles += [contact, f"{COLL}help"]
    put(login, '<!DOCTYPE html><html><head><title>Log in</title></head><body><form method="post"><input name="login" />'
                     '<input type="password" name="pwd" /><input type="submit" value="Log in!" /></form></body></html>')
    site.never_fetched.append(login)
    site.trap("the collection's front page /tin-tuc/ (disp=front: an intro and the five newest titles), ?disp=catdir, "
              "?disp=arcdir, the profiles ?disp=user&user_ID=N, ?disp=msgform, /tin-tuc/help: not articles; the site root "
              "answers 301 to /tin-tuc/; robots.txt disallows /htsrv/ (the menu's 'Đăng nhập')", COLL)

    # feeds and sitemap
    def rfc_gmt(d: datetime) -> str:
        return format_datetime(d.replace(tzinfo=VN).astimezone(UTC)).replace("-0000", "+0000")

    items = "".join(
        f"\n\t\t<item>\n\t\t\t<title>{esc(a.title)}</title>\n\t\t\t<link>{{{{base}}}}{a.path}</link>\n\t\t\t<pubDate>{rfc_gmt(a.date)}</pubDate>\n"
        f"\t\t\t<dc:creator>{esc(USERS[a.opts['uid']][1])}</dc:creator>\n"
        + "".join(f'\t\t\t<category domain="{"main" if k == 0 else "alt"}">{esc(CATS[c][1])}</category>\n' for k, c in enumerate(a.opts["cats"]))
        + f'\t\t\t<guid isPermaLink="false">{a.opts["id"]}@{{{{base}}}}/</guid>\n'
        f"\t\t\t<description>{esc(render(a, False))}</description>\n\t\t</item>"
        for a in posts)
    site.page(f"{COLL}?tempskin=_rss2",
              f'<?xml version="1.0" encoding="utf-8"?><!-- generator="b2evolution/{VERSION}" -->\n<rss version="2.0" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:admin="http://webns.net/mvcb/" xmlns:content="http://purl.org/rss/1.0/modules/content/" '
              'xmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
              f"\t\t<title>{NAME}</title>\n\t\t<link>{{{{base}}}}{COLL}</link>\n\t\t<description>{esc(TAGLINE)}</description>\n"
              f"\t\t<language>vi-VN</language>\n\t\t<ttl>60</ttl>{items}\n\t</channel>\n</rss>",
              content_type="application/xml; charset=utf-8")
    entries = "".join(
        f"\n\t<entry>\n\t\t<title type=\"text\">{esc(a.title)}</title>\n\t\t<link rel=\"alternate\" type=\"text/html\" href=\"{{{{base}}}}{a.path}\" />\n"
        f"\t\t<author><name>{esc(USERS[a.opts['uid']][1])}</name></author>\n\t\t<id>{{{{base}}}}{a.path}</id>\n"
        f"\t\t<published>{a.date.replace(tzinfo=VN).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</published>\n"
        f"\t\t<updated>{(a.date + timedelta(hours=3, minutes=12)).replace(tzinfo=VN).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</updated>\n\t</entry>"
        for a in posts)
    site.page(f"{COLL}?tempskin=_atom", f'<?xml version="1.0" encoding="utf-8"?>\n<feed xml:lang="vi-VN" xmlns="http://www.w3.org/2005/Atom">\n'
              f"\t<title>{NAME}</title>\n\t<link rel=\"alternate\" type=\"text/html\" href=\"{{{{base}}}}{COLL}\" />\n"
              f"\t<generator uri=\"http://b2evolution.net/\" version=\"{VERSION}\">b2evolution</generator>{entries}\n</feed>",
              content_type="application/atom+xml; charset=utf-8")
    site.page(f"{COLL}?tempskin=_rss2&disp=comments",
              f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{NAME} - Latest Comments</title>'
              f"<link>{{{{base}}}}{COLL}</link><item><title>In response to: {esc(comment_owner.title)}</title>"
              f"<pubDate>{rfc_gmt(COMMENT[2])}</pubDate><link>{{{{base}}}}{comment_owner.path}#c17</link></item></channel></rss>",
              content_type="application/xml; charset=utf-8")
    urls = "".join(f"<url><loc>{{{{base}}}}{a.path}</loc><lastmod>{(a.date + timedelta(hours=3, minutes=12)).replace(tzinfo=VN).astimezone(UTC):%Y-%m-%dT%H:%M:%SZ}</lastmod>"
                   "<priority>0.9</priority></url>" for a in posts)
    site.page(f"{COLL}?tempskin=_sitemap", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
              f"<url><loc>{{{{base}}}}{COLL}</loc><priority>1.0</priority></url>{urls}</urlset>", content_type="application/xml; charset=utf-8")
    site.page("/xmlsrv/rsd.php?blog=1", '<?xml version="1.0" encoding="UTF-8"?><rsd version="1.0" xmlns="http://archipelago.phrasewise.com/rsd">'
              f"<service><engineName>b2evolution</engineName><homePageLink>{{{{base}}}}{COLL}</homePageLink></service></rsd>",
              content_type="application/rsd+xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /htsrv/\nDisallow: /admin.php\nDisallow: /cron/\nDisallow: /_cache/\n\n"
                f"Sitemap: {{{{base}}}}{COLL}?tempskin=_sitemap\n")
    site.trap("feeds ?tempskin=_rss2 (pubDate in GMT: '+0000'), ?tempskin=_atom (published in UTC 'Z'), the comments "
              "feed; the sitemap ?tempskin=_sitemap announced by robots.txt, lastmod = the modification time in UTC", f"{COLL}?tempskin=_rss2")
    site.binary("/rsc/img/default_avatars/unknown.png", image_for("unknown-avatar"))
    return site
