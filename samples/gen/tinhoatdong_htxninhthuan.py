"""Site `tinhoatdong-htxninhthuan` (registry family `generic`): "Tin hoạt động HTX Ninh Thuận", the news site of the
Ninh Thuận cooperative alliance (the province joined Khánh Hòa on 1 July 2025; the copy is of 20 June 2025) on
**Mezzanine 6** (Django 3.2) with its default Bootstrap 3 templates, `LANGUAGE_CODE = "vi-vn"` (Mezzanine's own
vi_VN catalogue, with its truncated strings "Giao d bởi" and "2 nhận x"), `TIME_ZONE = "Asia/Ho_Chi_Minh"`,
`BLOG_URLS_DATE_FORMAT = "day"`, `BLOG_POST_PER_PAGE = 5`, the blog list as the home page, TinyMCE content (named
entities: "Li&ecirc;n minh"), the built-in threaded comments and ratings. Written as a held-out test: no family
module, no selectors.

URL shapes (Mezzanine's blog urls under BLOG_SLUG "blog"; slugs by `slugify_unicode`, so they keep Vietnamese
letters and every link is percent-encoded): posts `/blog/<yyyy>/<mm>/<dd>/<slug>/`, and the undated
`/blog/<slug>/` renders the same post (the detail view only reads the slug); lists `/` (the home page: the blog list
without its page, h1 "Blog") and `/blog/` (h1 the page's title), `?page=2`; `/blog/category/<slug>/`,
`/blog/tag/<slug>/`, `/blog/author/<username>/`, month archives `/blog/archive/<yyyy>/<m>/`; feeds
`/blog/feeds/rss/` and `/blog/feeds/atom/` (and per tag, category, author); pages `/giới-thiệu/`, `/liên-hệ/` (a
form page); `/accounts/login/?next=…` and `/accounts/signup/?next=…` from the user panel on every page; Django's
`/sitemap.xml`; no robots.txt (Mezzanine serves one only with DEBUG).

Why it is hard: the post page prints NO date at all: the meta line says "Gửi bởi: admin 1 tháng, 1 tuần trước"
(Django's timesince, relative to the day the copy was made); the day is only in the URL (and in the feeds, in UTC).
The byline is the Django account: "admin" (a login) or a user's full name ("Lê Thu Hà"). The title is the page's
only `<h1>` (and the last breadcrumb item); the body has no wrapper: it sits in `div.col-md-7.middle` between the
meta line, "(0 nhận x)", and the tags list, the rating panel ("Chưa được đánh giá" + a radio form), the share links,
the previous/next pager (other posts' titles), "Bài viết liên quan" and the comments with their own relative dates
and the comment form. Lists show each post's h2, the meta line with its category, the first paragraph of the
content only (`description_from_content`: for the photo story, just the photo) and "đọc thêm". The meta description
is that first paragraph with TinyMCE's entities escaped again ("Li&amp;ecirc;n").
"""

from __future__ import annotations

import hashlib
import html as htmllib
import re
from datetime import UTC, datetime, timedelta, timezone
from email.utils import format_datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_text, pdf
from .richbody import RichArticle, parse_rich

SITE = "tinhoatdong-htxninhthuan"
TITLE = "Tin hoạt động HTX Ninh Thuận"
TAGLINE = "Trang tin của Liên minh Hợp tác xã tỉnh Ninh Thuận"
NOW = datetime(2025, 6, 20, 10, 0)  # the day of the copy: every "… trước" is relative to it
PER_PAGE = 5
USERS = {"admin": "", "lethuha": "Lê Thu Hà"}
CATS = ["Tin hoạt động", "Văn bản", "Mô hình HTX"]
BLOG_PAGE = "Tin hoạt động"  # the page with slug "blog": its title heads /blog/ lists
PAGES = [("Giới thiệu", "giới-thiệu"), ("Liên hệ", "liên-hệ")]
COMMENTS = {
    "nho": [("Nguyễn Văn Sang", "Cuối tuần này gia đình tôi muốn đến tham quan vườn nho, xin số điện thoại của HTX.",
             datetime(2025, 4, 16, 20, 12)),
            ("Trần Thị Kim Oanh", "Nho và táo của HTX rất ngon, năm nào tôi cũng mua làm quà.", datetime(2025, 4, 20, 9, 3))],
    "phuoc-dinh": [("Đạo Văn Hùng", "Chúc mừng HTX, mong HTX sớm có sản phẩm OCOP.", datetime(2025, 3, 22, 7, 45))],
}
FURN = [TITLE, TAGLINE, "Gửi bởi:", "Bài viết gần đây", "Archive", "Danh mục", "Các thẻ", "Tác giả", "Feeds",
        "Đăng nhập", "Đăng kí", "Chưa được đánh giá", "Chia sẻ lên Twitter", "Chia sẻ lên Facebook",
        "Hỗ trợ bởi", "Giao d bởi", "Các nhận xét", "Nhận xét mới", "nhận x", "bắt buộc (không công bố)", "tùy chọn",
        "Trang chủ", *[c[1] for cs in COMMENTS.values() for c in cs], *[c[0] for cs in COMMENTS.values() for c in cs]]
HTML = "text/html; charset=utf-8"
B = "{{base}}"
ACTIVE = 'class="active"'


def uslug(text: str) -> str:
    """mezzanine.utils.urls.slugify_unicode: letters and digits kept (Vietnamese too), spaces to '-'."""
    import unicodedata
    chars = []
    for ch in text:
        cat = unicodedata.category(ch)[0]
        if cat in "LN" or ch in "-_~":
            chars.append(ch)
        elif cat == "Z":
            chars.append(" ")
    return re.sub(r"[-\s]+", "-", "".join(chars).strip()).lower()


def q(path: str) -> str:
    return quote(path, safe="/?=&#")


def named(text: str) -> str:
    """TinyMCE's default entity_encoding 'named': Latin-1 letters become named entities."""
    return "".join(f"&{htmllib.entities.codepoint2name[ord(c)]};" if 160 <= ord(c) < 256 and ord(c) in
                   htmllib.entities.codepoint2name else c for c in esc(text))


def timesince(d: datetime) -> str:
    """Django's timesince (two adjacent units, non-breaking spaces) + ' trước' (vi_VN)."""
    since = int((NOW - d).total_seconds())
    chunks = [(365 * 86400, "năm"), (30 * 86400, "tháng"), (7 * 86400, "tuần"), (86400, "ngày"), (3600, "giờ"),
              (60, "phút")]
    for i, (secs, name) in enumerate(chunks):
        count = since // secs
        if count:
            break
    out = f"{count}\xa0{name}"
    if i + 1 < len(chunks):
        secs2, name2 = chunks[i + 1]
        count2 = (since - secs * count) // secs2
        if count2:
            out += f", {count2}\xa0{name2}"
    return out + " trước"


class Post(RichArticle):
    pass


def articles() -> list[Post]:
    A = Post

    def at(d: datetime) -> dict:
        return dict(date=d, published=d.strftime("%Y-%m-%dT00:00:00+07:00"), published_source="url", evidence=["url"])

    return [
        A(path="", title="Kế hoạch hỗ trợ HTX tiêu thụ nho, táo vụ hè thu năm 2025",
          body="""
LIÊN MINH HTX TỈNH NINH THUẬN
Số: 05/KH-LMHTX
Ninh Thuận, ngày 05 tháng 6 năm 2025
KẾ HOẠCH
Hỗ trợ HTX tiêu thụ nho, táo vụ hè thu năm 2025
## I. MỤC ĐÍCH, YÊU CẦU
Kết nối các HTX trồng nho, táo với doanh nghiệp, siêu thị và sàn thương mại điện tử; hạn chế tình trạng được mùa mất giá.
## II. NỘI DUNG THỰC HIỆN
Tổ chức 02 hội nghị kết nối cung cầu tại thành phố Phan Rang - Tháp Chàm trong tháng 7 năm 2025.
Hỗ trợ 15 HTX mở gian hàng trên sàn thương mại điện tử và livestream bán sản phẩm.
Phối hợp với Ngân hàng Chính sách xã hội tỉnh giới thiệu HTX vay vốn thu mua, bảo quản nông sản.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Châu Văn Hải
""", author=None, doc_number="05/KH-LMHTX",
          attachments=[{"path": "/static/media/uploads/van-ban/kh-05-lmhtx-2025.pdf", "text": "Kế hoạch số 05/KH-LMHTX (PDF)"}],
          opts={"user": "admin", "cat": "Văn bản", "tags": ["Nho", "Vốn"], "updated": datetime(2025, 6, 10, 11, 2)},
          notes=["plan 'Số: 05/KH-LMHTX' dated 05/6 in the text, posted by the account 'admin' (a login): author null, "
                 "the signer is text; the lists show only its first paragraph 'LIÊN MINH HTX TỈNH NINH THUẬN'; the PDF "
                 "is a TinyMCE link 'Kế hoạch số 05/KH-LMHTX (PDF)' to /static/media/uploads/… inside the content "
                 "(an attachment, not text); no date on the page: the URL's day (/blog/2025/06/10/…)"],
          **at(datetime(2025, 6, 10, 10, 30))),
        A(path="", title="Ninh Thuận có 212 HTX đang hoạt động",
          body="""
Đến cuối tháng 4/2025, toàn tỉnh có 212 HTX đang hoạt động, thu hút hơn 31.000 thành viên.
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng/năm) |
| Nông nghiệp | 148 | 24.310 | 2.150 |
| Diêm nghiệp | 9 | 1.420 | 3.870 |
| Thủy sản | 17 | 2.065 | 2.940 |
| Du lịch, dịch vụ | 21 | 1.890 | 1.760 |
| Công nghiệp, xây dựng | 17 | 1.402 | 4.310 |
Liên minh HTX tỉnh đặt mục tiêu đến hết năm 2025 có thêm 20 HTX thành lập mới, chủ yếu trong lĩnh vực nông nghiệp ứng dụng công nghệ cao.
""", byline="Theo Báo Ninh Thuận", author=None,
          opts={"user": "admin", "cat": "Tin hoạt động", "tags": ["Số liệu"], "updated": datetime(2025, 5, 26, 9, 0)},
          notes=["TinyMCE table (no <thead>: the first row's cells in <strong>), one line per row; 'Theo Báo Ninh "
                 "Thuận' (right-aligned, bold) names a newspaper: text, author null"],
          **at(datetime(2025, 5, 26, 9, 0))),
        A(path="", title="Ảnh: Diêm dân HTX muối Tri Hải vào vụ thu hoạch",
          body="""
[img muoi-tri-hai-1.jpg] Diêm dân HTX Dịch vụ sản xuất muối Tri Hải cào muối trên ruộng kết tinh
[img muoi-tri-hai-2.jpg] Muối được gánh về bờ ruộng để chất thành đống, chờ xe của HTX chở về kho
[img muoi-tri-hai-3.jpg] Muối sạch của HTX được đóng bao, dán nhãn trước khi giao cho doanh nghiệp chế biến
Vụ muối năm nay, HTX dự kiến thu hoạch khoảng 9.000 tấn trên diện tích 150 ha.
""", byline="Bài và ảnh: Đàng Năng Thọ", author="Đàng Năng Thọ",
          opts={"user": "admin", "cat": "Mô hình HTX", "tags": ["Muối"], "updated": datetime(2025, 5, 8, 15, 52)},
          notes=["photo story: each photo a centred <p><img>, its caption the next centred <p><em> (one line each); "
                 "the content starts with a photo, so the lists' excerpt is the photo alone; 'Bài và ảnh: Đàng Năng "
                 "Thọ' -> author although the account is 'admin'"],
          **at(datetime(2025, 5, 8, 15, 40))),
        A(path="", title="Bảy việc HTX cần làm khi tổ chức đại hội thành viên thường niên",
          body="""
Theo Luật Hợp tác xã năm 2023, HTX phải tổ chức đại hội thành viên thường niên trong thời hạn 06 tháng kể từ ngày kết thúc năm tài chính. Để đại hội đúng quy định, HTX cần:
* Thành lập tổ chuẩn bị đại hội và phân công nhiệm vụ cụ thể;
* Hoàn thành báo cáo tài chính năm và công khai cho thành viên;
* Chuẩn bị báo cáo kết quả hoạt động, phương án phân phối thu nhập;
* Dự kiến sửa đổi, bổ sung điều lệ (nếu có);
* Gửi giấy mời và tài liệu cho thành viên trước ít nhất 07 ngày;
* Tổ chức biểu quyết theo đúng tỷ lệ quy định tại điều lệ;
* Lập biên bản, nghị quyết đại hội và gửi cơ quan đăng ký HTX.
""", byline="Nguyễn Minh Trí - Trung tâm Khuyến nông tỉnh", author="Nguyễn Minh Trí",
          opts={"user": "admin", "cat": "Tin hoạt động", "tags": ["Đại hội"], "updated": datetime(2025, 4, 30, 21, 40)},
          notes=["posted at 21:40 (RSS pubDate 'Wed, 30 Apr 2025 14:40:00 +0000', Atom '2025-04-30T14:40:00+00:00', the "
                 "URL /blog/2025/04/30/…: the same day); a seven-item <ul> after a two-sentence paragraph ending with a "
                 "colon; byline 'Nguyễn Minh Trí - Trung tâm Khuyến nông tỉnh' -> Nguyễn Minh Trí"],
          **at(datetime(2025, 4, 30, 21, 40))),
        A(path="", title="HTX nho Thái An đón khách du lịch cộng đồng dịp lễ",
          body="""
Dịp nghỉ lễ Giỗ Tổ Hùng Vương, HTX Nông nghiệp Thái An (huyện Ninh Hải) đón gần 1.500 lượt khách đến tham quan vườn nho, táo.
Du khách được trực tiếp hái nho, thưởng thức rượu vang nho và mua sản phẩm OCOP của HTX.
HTX đang phối hợp với các công ty lữ hành xây dựng tour du lịch nông nghiệp kết hợp tham quan vịnh Vĩnh Hy.
""", author="Lê Thu Hà",
          opts={"user": "lethuha", "cat": "Mô hình HTX", "tags": ["Nho", "Du lịch cộng đồng", "OCOP"],
                "comments": "nho", "updated": datetime(2025, 4, 14, 8, 15)},
          notes=["no byline in the text: the post belongs to the account 'lethuha' whose full name 'Lê Thu Hà' (a "
                 "person) is the meta line's link -> author; two comments ('Nguyễn Văn Sang', '2 tháng trước') "
                 "under the text"],
          **at(datetime(2025, 4, 14, 8, 15))),
        A(path="", title="Ra mắt HTX Nông nghiệp sạch Phước Dinh",
          body="""
Ngày 19/3, HTX Nông nghiệp sạch Phước Dinh (huyện Thuận Nam) tổ chức lễ ra mắt với 27 thành viên.
HTX sản xuất rau, măng tây theo tiêu chuẩn VietGAP trên diện tích 18 ha và cung ứng cho các bếp ăn trường học trong huyện.
""", author=None,
          opts={"user": "admin", "cat": "Tin hoạt động", "tags": ["OCOP"], "comments": "phuoc-dinh", "undated": True,
                "updated": datetime(2025, 3, 20, 14, 0)},
          notes=["no byline, the account 'admin': author null; only on the lists' second pages (/?page=2, "
                 "/blog/?page=2); /giới-thiệu/ links it by the undated address /blog/<slug>/, which renders the same "
                 "post (no redirect, no rel=canonical): an alias"],
          **at(datetime(2025, 3, 20, 14, 0))),
        A(path="", title="Quỹ hỗ trợ phát triển HTX giải ngân 8,5 tỷ đồng cho 12 HTX",
          body="""
Từ đầu năm đến nay, Quỹ hỗ trợ phát triển HTX tỉnh đã giải ngân 8,5 tỷ đồng cho 12 HTX vay vốn đầu tư sản xuất.
Các dự án tập trung vào trồng nho, táo, chăn nuôi dê, cừu và chế biến hải sản.
Lãi suất cho vay của Quỹ là 0,5%/tháng, thấp hơn lãi suất ngân hàng thương mại.
""", byline="Thanh Hương", author="Thanh Hương",
          opts={"user": "admin", "cat": "Tin hoạt động", "tags": ["Vốn"], "updated": datetime(2025, 2, 18, 10, 20)},
          notes=["the bare name 'Thanh Hương' (right-aligned, bold) closes the text -> author; on the lists' second "
                 "pages"],
          **at(datetime(2025, 2, 18, 10, 20))),
        A(path="", title="Liên minh HTX tỉnh Ninh Thuận tổng kết công tác năm 2024",
          body="""
Chiều 26/12, Liên minh HTX tỉnh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Đại biểu dự hội nghị tổng kết công tác năm 2024
## Kết quả năm 2024
Toàn tỉnh thành lập mới 19 HTX; doanh thu bình quân của HTX đạt 2,4 tỷ đồng, tăng 12% so với năm 2023.
## Nhiệm vụ năm 2025
Liên minh HTX tỉnh tập trung hỗ trợ HTX tham gia chuỗi giá trị nho, táo, muối và phát triển du lịch cộng đồng.
""", byline="Bài, ảnh: Phan Văn Lợi", author="Phan Văn Lợi",
          opts={"user": "admin", "cat": "Tin hoạt động", "tags": ["Hội nghị"], "updated": datetime(2024, 12, 27, 16, 30)},
          notes=["oldest post: only on the lists' second pages (/?page=2, /blog/?page=2, /blog/author/admin/?page=2) "
                 "besides its category, tag and month lists and the pager of the next post; two <h3> headings, a photo "
                 "and caption; 'Bài, ảnh: Phan Văn Lợi' -> author"],
          **at(datetime(2024, 12, 27, 16, 30))),
    ]


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ninh-thuan", TITLE + " (Mezzanine)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.opts["slug"] = uslug(a.title)
        utc = a.date - timedelta(hours=7)  # get_absolute_url reads the UTC publish_date
        a.path = q(f"/blog/{utc:%Y}/{utc:%m}/{utc:%d}/{a.opts['slug']}/")
    tags = sorted({t for a in posts for t in a.opts["tags"]}, key=uslug)
    months = []
    for a in posts:
        if (a.date.year, a.date.month) not in months:
            months.append((a.date.year, a.date.month))

    def tag_url(t): return q(f"/blog/tag/{uslug(t)}/")
    def cat_url(c): return q(f"/blog/category/{uslug(c)}/")
    def author_url(u): return f"/blog/author/{u}/"
    def month_url(y, m): return f"/blog/archive/{y}/{m}/"
    def page_url(slug): return q(f"/{slug}/")
    def who(u): return USERS[u] or u

    # -- content as TinyMCE stored it
    def content(a: Post) -> str:
        out = []
        for b in a.blocks:
            if b.kind == "p":
                out.append(f"<p>{named(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{named(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{named(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
            elif b.kind == "img":
                out.append(f'<p style="text-align: center;"><img src="/static/media/uploads/tin-tuc/{a.date:%Y}/{b.src}" '
                           'alt="" width="640" height="427" /></p>')
                if b.text:
                    out.append(f'<p style="text-align: center;"><em>{named(b.text)}</em></p>')
            elif b.kind == "table":
                rows = []
                for k, r in enumerate(b.rows):
                    cells = "\n".join((f"<td><strong>{named(c)}</strong></td>" if k == 0 else f"<td>{named(c)}</td>") for c in r)
                    rows.append(f"<tr>\n{cells}\n</tr>")
                out.append('<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n'
                           + "\n".join(rows) + "\n</tbody>\n</table>")
        if a.byline:
            out.append(f'<p style="text-align: right;"><strong>{named(a.byline)}</strong></p>')
        for x in a.attachments:
            out.append(f'<p>Xem to&agrave;n văn: <a href="{x["path"]}" target="_blank">{named(x["text"])}</a></p>')
        return "\n".join(out)

    def description_html(a: Post) -> str:
        c = content(a)
        return c[:c.find("</p>")] + "</p>"

    def description_text(a: Post) -> str:
        return re.sub(r"<[^>]+>", "", description_html(a))

    # -- furniture
    def search_form() -> str:
        return ('<form action="/search/" class="navbar-form navbar-right" role="search">\n\n<div class="form-group">\n'
                '    <input class="form-control" placeholder="Tìm kiếm" type="text" name="q" value="">\n</div>\n\n\n'
                '    <div class="form-group">\n    <select class="form-control" name="type">\n'
                '        <option value="">Mọi thứ</option>\n        <option value="pages.Page">Trang</option>\n'
                '        <option value="blog.BlogPost">Bài viết</option>\n    </select>\n    </div>\n\n\n'
                '<input type="submit" class="btn btn-default" value="Đi">\n\n</form>')

    def menu(kind: str, current: str | None) -> str:
        items = [(BLOG_PAGE, "blog", "/blog/")] + [(t, s, page_url(s)) for t, s in PAGES]
        if kind == "dropdown":
            lis = [f'<li class="{"active" if current is None else ""}" id="dropdown-menu-home"><a href="/">Trang chủ</a></li>']
            lis += [f'<li class="{"active" if current == s else ""}" id="dropdown-menu-{s}"><a href="{u}">{esc(t)}</a></li>'
                    for t, s, u in items]
            return '<ul class="nav navbar-nav">' + "".join(lis) + "</ul>"
        if kind == "tree":
            home_cls = ' class="active"' if current is None else ""
            lis = [f'<li{home_cls} id="tree-menu-home"><a href="/">Trang chủ</a></li>']
            lis += [f'<li class="{" active active-branch" if current == s else ""}" id="tree-menu-{s}"><a href="{u}">{esc(t)}</a></li>'
                    for t, s, u in items]
            return '<ul class="nav nav-list navlist-menu-level-0">' + "".join(lis) + "</ul>"
        lis = "".join(f'<li {ACTIVE if current == s else ""} id="footer-menu-{s}"><a href="{u}">{esc(t)}</a></li>'
                      for t, s, u in items)
        return f'<div class="nav-footer"><ul class="list-unstyled">{lis}</ul></div>'

    def breadcrumb(current: str | None, extra: str = "") -> str:
        if current is None and not extra:
            return "<li>Trang chủ</li>"
        crumbs = '<li id="breadcrumb-menu-home"><a href="/">Trang chủ</a></li>'
        if current == "blog":
            crumbs += ('<li id="breadcrumb-menu-blog"><a href="/blog/">Tin hoạt động</a></li>' if extra else
                       '<li id="breadcrumb-menu-blog" class="active">Tin hoạt động</li>')
        elif current in dict((s, t) for t, s in PAGES):
            t = dict((s, t) for t, s in PAGES)[current]
            crumbs += f'<li id="breadcrumb-menu-{current}" class="active">{esc(t)}</li>'
        return crumbs + extra

    def user_panel(path: str) -> str:
        nxt = q(path)
        return ('<div class="panel panel-default user-panel">\n<div class="panel-body">\n\n\n\n'
                f'    <a href="/accounts/login/?next={nxt}" class="btn btn-default btn-sm btn-account">\n'
                '        <span class="glyphicon glyphicon-log-in"></span> Đăng nhập</a>\n    &nbsp;hoặc&nbsp;\n'
                f'    <a href="/accounts/signup/?next={nxt}" class="btn btn-default btn-sm btn-account">\n'
                '        <span class="glyphicon glyphicon-edit"></span> Đăng kí</a>\n\n\n</div>\n</div>')

    recent = "".join(f'<li>\n    <a href="{a.path}">{esc(a.title)}</a>\n</li>\n' for a in posts[:5])
    month_li = []
    for k, (y, m) in enumerate(months):
        if k == 0 or months[k - 1][0] != y:
            month_li.append(("</ul>\n" if k else "") + f'<h6>{y}</h6><ul class="list-unstyled">')
        month_li.append(f'<li><a href="{month_url(y, m)}"\n        >Tháng {m}</a> '
                        f'({sum(1 for a in posts if (a.date.year, a.date.month) == (y, m))})</li>')
    cat_li = "".join(f'<li><a href="{cat_url(c)}"\n    >{esc(c)}</a> ({sum(1 for a in posts if a.opts["cat"] == c)})</li>\n'
                     for c in CATS)
    tag_li = "".join(f'<li>\n    <a href="{tag_url(t)}"\n        class="tag-weight-{min(3, sum(1 for a in posts if t in a.opts["tags"]))}">'
                     f"{esc(t)}</a>\n    ({sum(1 for a in posts if t in a.opts['tags'])})\n</li>\n" for t in tags)
    auth_li = "".join(f'    <li><a href="{author_url(u)}"\n        >{esc(who(u))}</a>\n        '
                      f'({sum(1 for a in posts if a.opts["user"] == u)})</li>\n' for u in USERS)

    def filter_panel(feed_base: str) -> str:
        return (f'<h3>Bài viết gần đây</h3>\n<ul class="list-unstyled recent-posts">\n{recent}</ul>\n\n'
                f'<h3>Archive</h3>\n{"".join(month_li)}\n</ul>\n\n<h3>Danh mục</h3>\n<ul class="list-unstyled">\n{cat_li}</ul>\n\n'
                f'<h3>Các thẻ</h3>\n<ul class="list-inline tag-cloud">\n{tag_li}</ul>\n\n'
                f'<h3>Tác giả</h3>\n<ul class="list-unstyled">\n{auth_li}</ul>\n\n<h3>Feeds</h3>\n'
                f'    <a href="{feed_base}feeds/rss/">RSS</a> /\n    <a href="{feed_base}feeds/atom/">Atom</a>\n')

    def layout(path: str, meta_title: str, h1: str, main: str, *, current: str | None, crumbs_extra: str = "",
               description: str = "", keywords: str = "", right: str = "", body_id: str = "body") -> str:
        return f"""<!doctype html>
<html lang="vi-vn">

<head>
<meta http-equiv="Content-type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<meta name="keywords" content="{keywords}">
<meta name="description" content="{description}">
<title>{esc(meta_title)} | {TITLE}</title>
<link rel="shortcut icon" href="/static/img/favicon.ico">


<link rel="alternate" type="application/rss+xml" title="RSS" href="/blog/feeds/rss/">
<link rel="alternate" type="application/atom+xml" title="Atom" href="/blog/feeds/atom/">



<link rel="stylesheet" href="/static/css/bootstrap.css">
<link rel="stylesheet" href="/static/css/mezzanine.css">
<link rel="stylesheet" href="/static/css/bootstrap-theme.css">





<script src="/static/mezzanine/js/jquery-1.8.3.min.js"></script>
<script src="/static/js/bootstrap.js"></script>
<script src="/static/js/bootstrap-extras.js"></script>



<!--[if lt IE 9]>
<script src="/static/js/html5shiv.js"></script>
<script src="/static/js/respond.min.js"></script>
<![endif]-->


</head>

<body id="{body_id}">

<div class="navbar navbar-default navbar-fixed-top" role="navigation">
<div class="container">
<div class="navbar-header">
    <button type="button" class="navbar-toggle" data-toggle="collapse" data-target=".navbar-collapse">
        <span class="sr-only">Toggle Navigation</span>
        <span class="icon-bar"></span>
        <span class="icon-bar"></span>
        <span class="icon-bar"></span>
    </button>

    <a class="navbar-brand" href="/">{TITLE}</a>
    <p class="navbar-text visible-lg">{TAGLINE}</p>

</div>
<div class="navbar-collapse collapse">
    {search_form()}
    {menu("dropdown", current)}
</div>
</div>
</div>

<div class="container">





<h1>{h1}</h1>

<ul class="breadcrumb">
{breadcrumb(current, crumbs_extra)}
</ul>

</div>

<div class="container">
<div class="row">

<div class="col-md-2 left">

    <div class="panel panel-default tree">{menu("tree", current)}</div>

</div>

<div class="col-md-7 middle">
    {main}
</div>

<div class="col-md-3 right">


{user_panel(path)}

    <div class="panel panel-default">
    <div class="panel-body">
    {right}
    </div>
    </div>
</div>

</div>
</div>

<footer>
<div class="container">
{menu("footer", current)}

<div class="row">
<p class="site-info text-center">
    Hỗ trợ bởi
    <a href="{{{{base:offsite}}}}/mezzanine/">Mezzanine</a>
    và
    <a href="{{{{base:offsite}}}}/djangoproject/">Django</a>
    <span class="separator">|</span>
    Giao d bởi <a target="_blank" href="{{{{base:offsite}}}}/getbootstrap/">Bootstrap</a>
</p>
</div>
</div>
</footer>



</body>
</html>
"""

    def meta_line(a: Post, with_cat: bool) -> str:
        u = a.opts["user"]
        cat = (f'\n    trong\n    \n    <a href="{cat_url(a.opts["cat"])}">{esc(a.opts["cat"])}</a>\n    \n    ' if with_cat else "\n    ")
        return (f'<h6 class="post-meta">\n    Gửi bởi:\n    \n    <a href="{author_url(u)}">{esc(who(u))}</a>\n    {cat}'
                f"{timesince(a.date)}\n</h6>")

    def comments_of(a: Post) -> list:
        return COMMENTS.get(a.opts.get("comments", ""), [])

    def pid(a: Post) -> int:
        return 40 + len(posts) - posts.index(a)

    # -- post pages
    for k, a in enumerate(posts):
        older = posts[k + 1] if k + 1 < len(posts) else None
        newer = posts[k - 1] if k > 0 else None
        cms = comments_of(a)
        tag_items = "".join(f'<li><a href="{tag_url(t)}">{esc(t)}</a>{", " if j + 1 < len(a.opts["tags"]) else ""}</li>'
                            for j, t in enumerate(a.opts["tags"]))
        pager = '<ul class="pager">\n'
        if older:
            pager += f'<li class="previous">\n    <a href="{older.path}">&larr; {esc(older.title)}</a>\n</li>\n'
        if newer:
            pager += f'<li class="next">\n    <a href="{newer.path}">{esc(newer.title)} &rarr;</a>\n</li>\n'
        pager += "</ul>"
        related = [p for p in posts if p is not a and p.opts["cat"] == a.opts["cat"]][:2]
        rel_html = ('<div id="related-posts">\n<h3>Bài viết liên quan</h3>\n<ul class="list-unstyled">\n'
                    + "".join(f'     <li><a href="{p.path}">{esc(p.title)}</a></li>\n' for p in related) + "</ul>\n</div>") if related else ""
        thread = ""
        for j, (n, t, d) in enumerate(cms):
            cid = 100 + pid(a) * 3 + j
            md5 = hashlib.md5(n.encode()).hexdigest()
            thread += (f'\n<div id="comment-{cid}"\n    class="comment media">\n\n    \n    \n    <img class="pull-left media-object" '
                       f'src="{{{{base:offsite}}}}/gravatar/avatar/{md5}?s=32&amp;d=identicon&amp;r=g">\n    <div class="media-body">\n'
                       f'        <h4 class="media-heading">{esc(n)}\n    \n            <small class="timespan">\n'
                       f"                {timesince(d)}\n            </small>\n        </h4>\n    <p>{esc(t)}</p>\n    \n"
                       f'    \n    <a href="{a.path}#comment-{cid}">\n        <span class="glyphicon glyphicon-link"></span> Liên kết\n'
                       f'    </a> |\n    <a href="#reply-{cid}" class="reply">\n        <span class="glyphicon glyphicon-share-alt"></span> '
                       f"Trả lời\n    </a>\n    </div>\n</div>\n")
        if not cms:
            thread = "\n<p>Hiện tại không có nhận xét nào</p>\n"
        fields = ('<input type="hidden" name="referrer" value="">\n<input type="hidden" name="csrfmiddlewaretoken" value="x">\n'
                  '<div class="form-group input_id_name ">\n    <label class="control-label" for="id_name">Tên</label>\n'
                  '    <input type="text" name="name" maxlength="50" class="form-control" required id="id_name">\n'
                  '    <p class="help-block">bắt buộc</p>\n</div>\n'
                  '<div class="form-group input_id_email ">\n    <label class="control-label" for="id_email">Email</label>\n'
                  '    <input type="email" name="email" class="form-control" required id="id_email">\n'
                  '    <p class="help-block">bắt buộc (không công bố)</p>\n</div>\n'
                  '<div class="form-group input_id_url ">\n    <label class="control-label" for="id_url">Website</label>\n'
                  '    <input type="url" name="url" class="form-control" id="id_url">\n    <p class="help-block">tùy chọn</p>\n</div>\n'
                  '<div class="form-group input_id_comment ">\n    <label class="control-label" for="id_comment">Nhận xét</label>\n'
                  '    <textarea name="comment" cols="40" rows="10" maxlength="3000" class="form-control" required id="id_comment">'
                  "</textarea>\n</div>\n")
        share_q = B + a.path
        main = f"""

{meta_line(a, False)}



<p>

        (<a href="#comments">{len(cms)} nhận x</a>)


</p>









{content(a)}



<ul class="list-inline tags">
    <li>Các thẻ:</li>
    {tag_items}
</ul>



<div class="panel panel-default rating">
    <div class="panel-body">
    <span id="rating-{pid(a)}">
    Chưa được đánh giá
    </span>
<form class="form-inline" role="form" method="post" action="/rating/">
    <input type="hidden" name="csrfmiddlewaretoken" value="x">
    <ul class="radio radio-inline">{"".join(f'<li><label for="id_value_{v - 1}"><input type="radio" name="value" value="{v}" required id="id_value_{v - 1}">{v}</label></li>' for v in range(1, 6))}</ul>
    <input type="submit" class="btn btn-default btn-sm" value="Đánh giá"
        onclick="return $(this.form).find('input:checked').length == 1;">
</form>
    </div>
</div>



<a class="btn btn-sm share-twitter" target="_blank" href="{{{{base:offsite}}}}/twitter/intent/tweet?url={share_q}&amp;text={quote(a.title)}">Chia sẻ lên Twitter</a>
<a class="btn btn-sm share-facebook" target="_blank" href="{{{{base:offsite}}}}/facebook/sharer/sharer.php?u={share_q}">Chia sẻ lên Facebook</a>



{pager}



{rel_html}



<div id="comments">
<h3>Các nhận xét</h3>

<script>
$(function() {{
    $('.reply').click(function() {{
        $('.comment-reply-form').hide();
        $(this).siblings('.comment-reply-form').toggle();
    }});
}});
</script>
<style>.input_id_honeypot {{display:none !important;}}</style>
{thread}
<h3>Nhận xét mới</h3>
<form method="post" id="comment" action="/comment/#comment">
    {fields}
    <div class="form-actions">
        <input class="btn btn-primary btn-lg" type="submit" value="Nhận xét">
    </div>
</form>

</div>


"""
        desc = esc(description_text(a))  # TinyMCE's entities escaped once more
        html = layout(a.path, a.title, f"\n{esc(a.title)}\n", main, current="blog",
                      crumbs_extra=f'\n<li class="breadcrumb-item active">{esc(a.title)}</li>\n', description=desc,
                      keywords=", ".join(esc(t) for t in a.opts["tags"]), right=filter_panel("/blog/"), body_id="body")
        site.page(a.path, html, content_type=HTML)
        if a.opts.get("undated"):
            alias = q(f"/blog/{a.opts['slug']}/")
            site.page(alias, html, content_type=HTML)
            a.aliases.append(alias)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/static/media/uploads/tin-tuc/{a.date:%Y}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH NINH THUAN", "KE HOACH SO 05/KH-LMHTX",
                                                 "Ho tro HTX tieu thu nho, tao vu he thu 2025"]))
        site.add_article(a)

    # -- lists
    def list_item(a: Post) -> str:
        tags_html = "".join(f'<li><a href="{tag_url(t)}" class="tag">{esc(t)}</a>{", " if j + 1 < len(a.opts["tags"]) else ""}</li>'
                            for j, t in enumerate(a.opts["tags"]))
        n = len(comments_of(a))
        return (f'\n\n<h2>\n    <a href="{a.path}">{esc(a.title)}</a>\n</h2>\n\n\n{meta_line(a, True)}\n\n\n\n'
                f"{description_html(a)}\n\n\n<div class=\"blog-list-detail\">\n    \n    <ul class=\"list-inline tags\">\n"
                f"    Các thẻ:\n    {tags_html}\n    </ul>\n    \n    <p>\n    <a href=\"{a.path}\">đọc thêm</a>\n    \n    /\n"
                f'    \n    <a href="{a.path}#comments">\n        {n} nhận x\n    </a>\n    \n    \n    </p>\n</div>\n')

    def pagination(n: int, pages: int) -> str:
        if pages < 2:
            return ""
        prev_href = f' href="?page={n - 1}"' if n > 1 else ""
        next_href = f' href="?page={n + 1}"' if n < pages else ""
        lis = [f'<li class="page-info">\n    <span>Trang {n} của {pages}</span>\n</li>',
               f'<li class="prev previous{"" if n > 1 else " disabled"}">\n    <a{prev_href}>&larr;</a>\n</li>']
        lis += [f'<li{" " + ACTIVE if p == n else ""}>\n    <a href="?page={p}">{p}</a>\n</li>' for p in range(1, pages + 1)]
        lis.append(f'<li class="next{"" if n < pages else " disabled"}">\n    <a{next_href}>&rarr;</a>\n</li>')
        return '<ul class="pagination">\n\n' + "\n".join(lis) + "\n\n</ul>"

    def listing(path: str, items: list, *, meta_title: str, h1: str, current: str | None, crumb: str = "",
                info: str = "", feed_base: str = "/blog/") -> None:
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            p = path if n == 1 else f"{path}?page={n}"
            main = (f"\n\n{info}\n" + "".join(list_item(a) for a in chunk) + "\n\n" + pagination(n, len(chunks)) + "\n\n")
            extra = f'\n<li class="breadcrumb-item active">{crumb}</li>\n' if crumb else ""
            site.page(p, layout(p, meta_title, h1, main, current=current, crumbs_extra=extra,
                                description=esc(TAGLINE) if path == "/" else "", right=filter_panel(feed_base)),
                      content_type=HTML)
            site.non_articles.append(p)

    listing("/", posts, meta_title="Blog", h1="\n\nBlog\n\n", current=None)
    listing("/blog/", posts, meta_title=BLOG_PAGE, h1=f"\n\n{BLOG_PAGE}\n\n", current="blog")
    site.trap("the home page / (blog_post_list without its page: h1 'Blog') and /blog/ (h1 'Tin hoạt động'), 5 a page "
              "with ?page=2: each post's h2, the 'Gửi bởi: … trong <category> … trước' line, the first paragraph only "
              "and 'đọc thêm / 0 nhận x': lists", "/blog/?page=2")
    for t in tags:
        listing(tag_url(t), [a for a in posts if t in a.opts["tags"]], meta_title=BLOG_PAGE, h1=f"\n\n{BLOG_PAGE}\n\n",
                current="blog", crumb=f"Thẻ: {esc(t)}", info=f"\n    <p>\n    \n        Xem các thẻ bài viết {esc(t)}\n    \n    </p>",
                feed_base=tag_url(t))
    for c in CATS:
        listing(cat_url(c), [a for a in posts if a.opts["cat"] == c], meta_title=BLOG_PAGE, h1=f"\n\n{BLOG_PAGE}\n\n",
                current="blog", crumb=f"Danh mục: {esc(c)}",
                info=f"\n    <p>\n    \n        Xem các bài viết cho danh mục {esc(c)}\n    \n    </p>", feed_base=cat_url(c))
    for u in USERS:
        listing(author_url(u), [a for a in posts if a.opts["user"] == u], meta_title=BLOG_PAGE, h1=f"\n\n{BLOG_PAGE}\n\n",
                current="blog", crumb=f"Tác giả: {esc(who(u))}",
                info=f"\n    <p>\n    \n        Xem bài viết bởi\n        {esc(who(u))}\n    \n    </p>", feed_base=author_url(u))
    for y, m in months:
        listing(month_url(y, m), [a for a in posts if (a.date.year, a.date.month) == (y, m)], meta_title=BLOG_PAGE,
                h1=f"\n\n{BLOG_PAGE}\n\n", current="blog", crumb=f"Tháng {m}, {y}",
                info=f"\n    <p>\n    \n        Xem bài viết từ Tháng {m}, \n        {y}\n    \n    </p>")
    site.trap("tag /blog/tag/<unicode slug>/ (e.g. /blog/tag/du-l%E1%BB%8Bch-c%E1%BB%99ng-%C4%91%E1%BB%93ng/), category, "
              "author (/blog/author/admin/ has a ?page=2) and month archive /blog/archive/2025/4/ lists, each with its "
              "'Xem …' line and the sidebar's feeds: lists", "/blog/author/admin/?page=2")

    # -- pages
    alias_post = next(a for a in posts if a.opts.get("undated"))
    bodies = {
        "giới-thiệu": ("<p>Trang tin do Văn ph&ograve;ng Liên minh HTX tỉnh Ninh Thuận cập nhật về hoạt động của các "
                       "HTX trên địa bàn tỉnh.</p>\n<p>Mô hình mới: <a href=\"" + q(f"/blog/{alias_post.opts['slug']}/")
                       + f'">{esc(alias_post.title)}</a></p>'),
        "liên-hệ": ("<p>Địa chỉ: số 56 đường 16 Tháng 4, thành phố Phan Rang - Tháp Chàm, tỉnh Ninh Thuận.</p>\n"
                    "<p>Điện thoại: 0259 3822 418</p>\n<form method=\"post\" action=\"" + page_url("liên-hệ") + "\">"
                    '<div class="form-group"><label class="control-label" for="id_field_1">Họ và tên</label>'
                    '<input type="text" name="field_1" class="form-control" required id="id_field_1"></div>'
                    '<div class="form-group"><label class="control-label" for="id_field_2">Nội dung</label>'
                    '<textarea name="field_2" class="form-control" required id="id_field_2"></textarea></div>'
                    '<div class="form-actions"><input class="btn btn-primary btn-lg" type="submit" value="Gửi"></div></form>'),
    }
    for t, s in PAGES:
        p = page_url(s)
        site.page(p, layout(p, t, f"\n{esc(t)}\n", f"\n\n{bodies[s]}\n\n", current=s, description=esc(t)), content_type=HTML)
        site.non_articles.append(p)
    site.trap("Mezzanine pages /giới-thiệu/ (a rich text page that links a post by its undated address) and /liên-hệ/ "
              "(a form page): unicode slugs, the same h1/breadcrumb skeleton as a post, no meta line: not articles",
              page_url("giới-thiệu"))
    for path, title, body in [
        ("/accounts/login/", "Đăng nhập", '<form method="post"><input type="hidden" name="csrfmiddlewaretoken" value="x">'
         '<div class="form-group"><label class="control-label" for="id_username">Tên truy cập hoặc email</label>'
         '<input type="text" name="username" class="form-control" id="id_username"></div><div class="form-group">'
         '<label class="control-label" for="id_password">Mật khẩu</label><input type="password" name="password" '
         'class="form-control" id="id_password"></div><input class="btn btn-primary btn-lg" type="submit" value="Đăng nhập"></form>'),
        ("/accounts/signup/", "Đăng kí", '<form method="post"><div class="form-group"><label class="control-label" '
         'for="id_email">Email</label><input type="email" name="email" class="form-control" id="id_email"></div>'
         '<input class="btn btn-primary btn-lg" type="submit" value="Đăng kí"></form>'),
    ]:
        site.page(path, layout(path, title, f"\n{title}\n", body, current="x-none"), content_type=HTML)
        site.non_articles.append(path)
    site.trap("the user panel of every page links /accounts/login/?next=<page> and /accounts/signup/?next=<page> (no "
              "robots.txt to forbid them): forms, not articles", "/accounts/login/")

    # -- feeds (Django syndication: times in UTC, '+0000'), sitemap
    def utc(d: datetime) -> datetime:
        return d.replace(tzinfo=timezone(timedelta(hours=7))).astimezone(UTC)

    def absolutize(h: str) -> str:
        return re.sub(r'(href|src)="/', f'\\1="{B}/', h)

    def rss(title: str, link: str, self_url: str, items: list) -> str:
        body = "".join(f"<item><title>{esc(a.title)}</title><link>{B}{a.path}</link><description>{esc(absolutize(content(a)))}"
                       f'</description><dc:creator xmlns:dc="http://purl.org/dc/elements/1.1/">{esc(who(a.opts["user"]))}</dc:creator>'
                       f"<pubDate>{format_datetime(utc(a.date))}</pubDate><guid>{B}{a.path}</guid>"
                       f"<category>{esc(a.opts['cat'])}</category></item>" for a in items)
        last = format_datetime(utc(max(a.opts["updated"] for a in items)))
        return ('<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" version="2.0"><channel>'
                f'<title>{esc(title)}</title><link>{B}{link}</link><description></description><atom:link href="{B}{self_url}" '
                f'rel="self"></atom:link><language>vi-vn</language><lastBuildDate>{last}</lastBuildDate>{body}</channel></rss>')

    def atom(title: str, link: str, self_url: str, items: list) -> str:
        body = "".join(f'<entry><title>{esc(a.title)}</title><link href="{B}{a.path}" rel="alternate"></link>'
                       f"<published>{utc(a.date).isoformat()}</published><updated>{utc(a.opts['updated']).isoformat()}</updated>"
                       f"<author><name>{esc(who(a.opts['user']))}</name><uri>{B}{author_url(a.opts['user'])}</uri></author>"
                       f"<id>{B}{a.path}</id><summary type=\"html\">{esc(absolutize(content(a)))}</summary>"
                       f'<category term="{attr(a.opts["cat"])}"></category></entry>' for a in items)
        return ('<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="vi-vn">'
                f'<title>{esc(title)}</title><link href="{B}{link}" rel="alternate"></link><link href="{B}{self_url}" rel="self">'
                f"</link><id>{B}{link}</id><updated>{utc(max(a.opts['updated'] for a in items)).isoformat()}</updated>"
                f"<subtitle></subtitle>{body}</feed>")

    feed_title = f"{BLOG_PAGE} | {TITLE}"
    for base, items in [("/blog/", posts)] + [(tag_url(t), [a for a in posts if t in a.opts["tags"]]) for t in tags] \
            + [(cat_url(c), [a for a in posts if a.opts["cat"] == c]) for c in CATS] \
            + [(author_url(u), [a for a in posts if a.opts["user"] == u]) for u in USERS]:
        site.page(base + "feeds/rss/", rss(feed_title, "/blog/", base + "feeds/rss/", items),
                  content_type="application/rss+xml; charset=utf-8")
        site.page(base + "feeds/atom/", atom(feed_title, "/blog/", base + "feeds/atom/", items),
                  content_type="application/atom+xml; charset=utf-8")
    site.trap("feeds /blog/feeds/rss/ and /blog/feeds/atom/ (head links on every page): pubDate in UTC ('+0000'), the "
              "whole content with TinyMCE's entities; the Atom <updated> is the last edit", "/blog/feeds/rss/")
    urls = [("/blog/", None)] + [(page_url(s), None) for _, s in PAGES] + [(a.path, a.opts["updated"]) for a in posts]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
              'xmlns:xhtml="http://www.w3.org/1999/xhtml">\n'
              + "".join(f"<url><loc>{B}{u}</loc>" + (f"<lastmod>{d:%Y-%m-%d}</lastmod>" if d else "") + "</url>\n" for u, d in urls)
              + "</urlset>\n", content_type="application/xml")
    site.trap("Django's /sitemap.xml (not announced: there is no robots.txt) lists the pages and the posts with the "
              "date of their last edit as <lastmod>", "/sitemap.xml")
    site.binary("/static/img/favicon.ico", image_for("favicon"))
    for f in ("css/bootstrap.css", "css/mezzanine.css", "css/bootstrap-theme.css"):
        site.static(f"/static/{f}", "body{padding-top:60px}\n")
    for f in ("mezzanine/js/jquery-1.8.3.min.js", "js/bootstrap.js", "js/bootstrap-extras.js"):
        site.static(f"/static/{f}", "/* js */\n")
    return site
