"""Site `jive-htxquangninh` (registry family `generic`): "Cộng đồng HTX Quảng Ninh", the **Jive-n** (Jive 9 on-premise)
intranet community of the Quảng Ninh cooperative alliance, of which one space, "Tin tức Liên minh HTX tỉnh"
(`/community/tin-tuc-lien-minh`), is open to guests; the UI in Vietnamese (Jive's `vi` locale: CLDR dates
"18 thg 11, 2024 08:45"); the copy is of 20 November 2024. Written as a held-out test: no family module, no selectors.

What is an article here: a blog post of the space's blog and a document (`/docs/DOC-<n>`) of the space that is news or
a notice; the community's rules document (DOC-1001) is a help page, not an item. Comments and their replies under a
post or a document are not part of it.

URL shapes: blog posts `/community/tin-tuc-lien-minh/blog/<yyyy>/<mm>/<dd>/<slug>` (the date path is computed in the
JVM's time zone, UTC, while the pages print the user's time zone, Vietnam: a post of 06:15 on 12 November has
`/2024/11/11/` in its URL); the Jive 4 blog URL `/blogs/tin-tuc-lien-minh/<yyyy>/<mm>/<dd>/<slug>` (still linked from
the home page's "Tin nổi bật" widget) answers 301; documents `/docs/DOC-<n>`, their printable view
`/docs/DOC-<n>?decorator=print` (SiteMesh's print decorator: the same document without the chrome); attachments
`/servlet/JiveServlet/download/<doc>-<version>-<id>/<name>`, photos `/servlet/JiveServlet/showImage/38-<post>-<id>/<name>`;
the blog listing `/community/tin-tuc-lien-minh/blog` with 5 posts a page, older ones `?start=5`; the documents list
`/community/tin-tuc-lien-minh/content?filterID=contentstatus[published]~objecttype~objecttype[document]`; profiles
`/people/<user>`; tag lists `/community/tin-tuc-lien-minh/blog/tags/<tag>`; RSS 2.0 feeds
`/community/feeds/blogs?community=2011` and `/community/feeds/documents?community=2011` (the 5 newest, dates in UTC:
`<pubDate>` GMT and `<dc:date>` Z). No site map; robots.txt keeps crawlers off the search and login pages.

Why it is hard: the only `<h1>` is the space's name in the place header; the `<title>` is "<title> | Cộng đồng HTX Quảng
Ninh"; the post's title is an `<h2 class="j-post-title">` and its date only in the byline "Được tạo bởi <account> vào
18 thg 11, 2024 08:45" (month as "thg 11"); a document's byline carries two dates (created, "Sửa đổi lần cuối" with
another account) and "Phiên bản 2"; structured outcomes print a banner above a document ("…đã được đánh dấu là Chính
thức / Lỗi thời bởi X vào <date>", the outdated one with a note linking its replacement); counters "5 Lượt thích",
"2 Dấu trang", "312 Lượt xem"; the account that created the content is often an office ("Văn phòng Liên minh HTX",
"Ban Tuyên truyền"), the writer then named by the closing byline inside the text; comment threads with replies under
the content carry their own dates; a "Nội dung được đề xuất" box and the cookie banner sit around it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "jive-htxquangninh"
COMMUNITY = "Cộng đồng HTX Quảng Ninh"
SPACE = "tin-tuc-lien-minh"
SPACE_NAME = "Tin tức Liên minh HTX tỉnh"
SPACE_URL = f"/community/{SPACE}"
BLOG_URL = f"{SPACE_URL}/blog"
DOCS_URL = f"{SPACE_URL}/content?filterID=contentstatus[published]~objecttype~objecttype[document]"
FEED_BLOGS = "/community/feeds/blogs?community=2011"
FEED_DOCS = "/community/feeds/documents?community=2011"
NOW = datetime(2024, 11, 20, 16, 0)
USERS = {
    "vanphong": "Văn phòng Liên minh HTX",
    "bantuyentruyen": "Ban Tuyên truyền Liên minh HTX",
    "tranminhduc": "Trần Minh Đức",
    "nguyenthilan": "Nguyễn Thị Lan",
    "vuvanhung": "Vũ Văn Hưng",
    "htxvandon": "HTX Thủy sản Vân Đồn",
    "phamthuy": "Phạm Thị Thủy",
    "hoangnam": "Hoàng Văn Nam",
}
COOKIE = "Trang web này sử dụng cookie để ghi nhớ lựa chọn của bạn và thống kê lượt truy cập."
FURN = [COOKIE, "Chấp nhận", "Tìm hiểu thêm", "Trang chủ", "Mọi người", "Không gian", "Đăng nhập",
        "Tổng quan", "Nội dung được đề xuất", "Về không gian này",
        "Không gian công khai của Liên minh Hợp tác xã tỉnh Quảng Ninh: tin hoạt động, thông báo, văn bản hướng dẫn.",
        "Được hỗ trợ bởi Jive Software", "© 2024 Liên minh Hợp tác xã tỉnh Quảng Ninh",
        "Số 2 đường Trần Hưng Đạo, TP Hạ Long, tỉnh Quảng Ninh", "Thích", "Trả lời", "Đánh dấu", "Chia sẻ",
        "Lượt thích", "Dấu trang", "Lượt xem", "Được tạo bởi", "Thẻ:", "Đăng nhập để bình luận",
        "Nội dung này đã được đánh dấu là", "Tệp đính kèm", "Xuất PDF"]


def vi_date(d: datetime) -> str:
    """Jive's vi locale (CLDR): MEDIUM date + SHORT time."""
    return f"{d.day} thg {d.month}, {d.year} {d:%H:%M}"


def utc(d: datetime) -> datetime:
    return d - timedelta(hours=7)


def rfc822(d: datetime) -> str:
    u = utc(d)
    return u.strftime("%a, %d %b %Y %H:%M:%S GMT")


def slugify(title: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFD", title.replace("Đ", "D").replace("đ", "d"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    out = "".join(c if c.isalnum() else "-" for c in s)
    while "--" in out:
        out = out.replace("--", "-")
    return out.strip("-")


# -- content -------------------------------------------------------------------------------------

BLOGS = [
    dict(id=1902, when=datetime(2024, 11, 18, 8, 45), user="vanphong", author="Lê Hồng Nhung", likes=7, marks=2, views=412,
         title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho cán bộ quản lý HTX",
         body="""
Ngày 15/11/2024, tại TP Hạ Long, Liên minh HTX tỉnh Quảng Ninh tổ chức lớp tập huấn chuyển đổi số cho 80 học viên là cán bộ quản lý các HTX trên địa bàn tỉnh.
[img tap-huan-1.png] Quang cảnh lớp tập huấn chuyển đổi số tại TP Hạ Long
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử và mở gian hàng trên các sàn thương mại điện tử.
[img tap-huan-2.png] Học viên thực hành đăng bán sản phẩm OCOP trên sàn thương mại điện tử
Kết thúc lớp học, 100% học viên hoàn thành bài thực hành và được cấp giấy chứng nhận.
Bài, ảnh: Lê Hồng Nhung
""",
         tags=["chuyen-doi-so", "tap-huan"],
         comments=[("phamthuy", "Lớp học rất thiết thực, mong Liên minh tổ chức thêm lớp cho các HTX ở Tiên Yên, Bình Liêu.",
                    datetime(2024, 11, 18, 10, 12), [("vanphong", "Cảm ơn chị, Liên minh sẽ mở lớp tại Tiên Yên vào tháng 12.",
                                                      datetime(2024, 11, 18, 11, 5))])],
         notes=["photo story: the photos are /servlet/JiveServlet/showImage/… inside <a>, the captions centred <em> paragraphs "
                "(lines); created by the office account 'Văn phòng Liên minh HTX', the writer is the closing 'Bài, ảnh: Lê Hồng "
                "Nhung' -> author; a member's comment and the office's reply under the post are no text"]),
    dict(id=1895, when=datetime(2024, 11, 12, 6, 15), user="vanphong", author=None, likes=4, marks=1, views=268,
         title="HTX Thủy sản Vân Đồn mở rộng vùng nuôi hàu theo tiêu chuẩn VietGAP",
         body="""
HTX Thủy sản Vân Đồn vừa đưa thêm 25 ha mặt nước vào nuôi hàu theo tiêu chuẩn VietGAP, nâng tổng diện tích nuôi của HTX lên 60 ha.
Mỗi năm HTX cung ứng ra thị trường khoảng 1.200 tấn hàu thương phẩm, doanh thu trên 30 tỷ đồng.
HTX đã ký hợp đồng bao tiêu với hai doanh nghiệp chế biến tại Hạ Long và Hải Phòng.
Theo Báo Quảng Ninh
""",
         tags=["thuy-san"],
         comments=[("htxvandon", "HTX xin cảm ơn Liên minh đã đưa tin.", datetime(2024, 11, 12, 9, 40), [])],
         notes=["posted 12/11 06:15 Vietnam time: the URL's date path, computed in the server's UTC, is /2024/11/11/ and the "
                "feed's <pubDate> 'Mon, 11 Nov 2024 23:15:00 GMT': published = the byline's 12 thg 11, 2024 06:15; a reprint "
                "('Theo Báo Quảng Ninh'): no author"]),
    dict(id=1881, when=datetime(2024, 11, 5, 14, 30), user="tranminhduc", author="Trần Minh Đức", likes=5, marks=3, views=351,
         title="Kết quả phát triển kinh tế tập thể tỉnh Quảng Ninh 10 tháng năm 2024",
         body="""
Đến hết tháng 10/2024, toàn tỉnh Quảng Ninh có 1.124 HTX, 18 liên hiệp HTX và 2.310 tổ hợp tác đang hoạt động.
| Chỉ tiêu | Kế hoạch năm 2024 | Thực hiện 10 tháng | Tỷ lệ (%) |
| HTX thành lập mới | 80 | 67 | 83,8 |
| Thành viên mới | 1.500 | 1.292 | 86,1 |
| HTX hoạt động khá, tốt | 70% | 66% | 94,3 |
Liên minh HTX tỉnh tiếp tục hỗ trợ các HTX hoàn thiện hồ sơ tham gia Chương trình OCOP.
Trần Minh Đức
""",
         tags=["kinh-te-tap-the"],
         comments=[],
         notes=["a data table (Jive's table.jiveBorder with a <thead>): one line per row; the creating account is a person "
                "and the closing byline names him too -> author Trần Minh Đức"]),
    dict(id=1870, when=datetime(2024, 10, 28, 9, 0), user="vanphong", author="Thu Hằng", likes=3, marks=0, views=190,
         title="Hội nghị xúc tiến tiêu thụ sản phẩm OCOP của các HTX vùng miền Đông",
         body="""
Ngày 25/10, tại huyện Tiên Yên, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức Hội nghị xúc tiến tiêu thụ sản phẩm OCOP cho các HTX vùng miền Đông.
## Các nội dung chính của hội nghị
* Giới thiệu 120 sản phẩm OCOP của 45 HTX;
* Ký kết 18 biên bản ghi nhớ tiêu thụ sản phẩm với các hệ thống phân phối;
* Trao đổi kinh nghiệm xây dựng thương hiệu và truy xuất nguồn gốc.
## Kiến nghị của các HTX
Các HTX đề nghị hỗ trợ chi phí thiết kế bao bì và tham gia hội chợ ngoài tỉnh.
Thu Hằng
""",
         tags=["ocop"],
         comments=[("hoangnam", "Đề nghị đăng danh sách các HTX đã ký biên bản ghi nhớ.", datetime(2024, 10, 28, 15, 20),
                    [("vanphong", "Danh sách đã đăng trong tài liệu DOC-1050 anh ạ.", datetime(2024, 10, 29, 8, 10))])],
         notes=["headings (<h2>) and a list in the rendered content; 'Thu Hằng' closes the text -> author"]),
    dict(id=1858, when=datetime(2024, 10, 15, 16, 20), user="vanphong", author="Phạm Quang Vinh", likes=9, marks=4, views=533,
         title="HTX Chè Đường Hoa Hải Hà mở rộng vùng nguyên liệu",
         body="""
HTX Chè Đường Hoa (huyện Hải Hà) vừa trồng mới 15 ha chè, nâng diện tích vùng nguyên liệu lên 120 ha với 210 hộ thành viên.
[img che-duong-hoa.png] Thành viên HTX Chè Đường Hoa thu hái chè
Sản phẩm chè Đường Hoa đã đạt chứng nhận OCOP 4 sao và có mặt tại các siêu thị lớn ở Hà Nội.
Phạm Quang Vinh
""",
         tags=["ocop"],
         comments=[],
         legacy=True,
         notes=["the Jive 4 URL /blogs/tin-tuc-lien-minh/2024/10/15/… (the home page's 'Tin nổi bật' widget) answers 301 to "
                "the /community/… URL: an alias; 'Phạm Quang Vinh' -> author"]),
    dict(id=1833, when=datetime(2024, 9, 20, 10, 10), user="vanphong", author="Minh Khoa", likes=6, marks=1, views=622,
         title="Đại hội đại biểu Liên minh HTX tỉnh Quảng Ninh lần thứ VI, nhiệm kỳ 2024 - 2029",
         body="""
Ngày 18 và 19/9/2024, Liên minh HTX tỉnh Quảng Ninh tổ chức Đại hội đại biểu lần thứ VI, nhiệm kỳ 2024 - 2029 với sự tham dự của 150 đại biểu.
Đại hội đã bầu Ban Chấp hành Liên minh HTX tỉnh khóa VI gồm 25 ủy viên; ông Vũ Văn Hưng được bầu giữ chức Chủ tịch.
Đại hội đề ra mục tiêu đến năm 2029 toàn tỉnh có 1.500 HTX, trong đó 80% hoạt động khá, tốt.
Minh Khoa
""",
         tags=["dai-hoi"],
         comments=[],
         notes=["the oldest post: only on the blog listing's second page ?start=5 (the feed holds the 5 newest, the tag "
                "list is the only other place); 'Minh Khoa' -> author"]),
]

DOCS = [
    dict(doc=1058, version=2, when=datetime(2024, 11, 8, 15, 40), user="bantuyentruyen",
         edited=("vuvanhung", datetime(2024, 11, 10, 9, 2)), outcome=("official", "vuvanhung", datetime(2024, 11, 10, 9, 5), None),
         author=None, doc_number="52/TB-LMHTX", att=("TB-52-LMHTX.pdf", 2231, "184,2 K"), likes=2, marks=5, views=845,
         title="Thông báo số 52/TB-LMHTX về việc tổ chức Hội chợ OCOP Quảng Ninh năm 2024",
         body="""
LIÊN MINH HTX TỈNH QUẢNG NINH
Số: 52/TB-LMHTX
Quảng Ninh, ngày 08 tháng 11 năm 2024
Liên minh HTX tỉnh thông báo Hội chợ OCOP Quảng Ninh năm 2024 được tổ chức từ ngày 12/12 đến ngày 16/12/2024 tại Cung Quy hoạch, Hội chợ và Triển lãm tỉnh, TP Hạ Long.
Các HTX có nhu cầu tham gia gian hàng đăng ký với Văn phòng Liên minh HTX tỉnh trước ngày 30/11/2024.
Liên minh HTX tỉnh hỗ trợ 100% chi phí thuê gian hàng cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thanh Bình
""",
         comments=[("phamthuy", "HTX Nông nghiệp Bình Liêu xin đăng ký 01 gian hàng.", datetime(2024, 11, 11, 8, 30), [])],
         notes=["a document: 'Được tạo bởi Ban Tuyên truyền Liên minh HTX vào 8 thg 11, 2024 15:40. Sửa đổi lần cuối bởi Vũ Văn "
                "Hưng vào 10 thg 11, 2024 09:02', 'Phiên bản 2': published = created; the structured outcome banner "
                "'Chính thức' (10/11) above it is no text and no date of it; the signer is text, the office account no "
                "author; the PDF is /servlet/JiveServlet/download/1058-2-2231/TB-52-LMHTX.pdf; ?decorator=print is an alias"]),
    dict(doc=1050, version=1, when=datetime(2024, 10, 21, 11, 5), user="nguyenthilan", edited=None, outcome=None,
         author="Nguyễn Thị Lan", doc_number=None, att=None, likes=4, marks=6, views=377,
         title="Hướng dẫn HTX đăng ký tham gia Chương trình OCOP năm 2025",
         body="""
Để tham gia Chương trình OCOP năm 2025, các HTX thực hiện theo các bước sau:
+ Đăng ký ý tưởng sản phẩm với UBND cấp xã trước ngày 31/12/2024;
+ Hoàn thiện hồ sơ sản phẩm theo mẫu của Hội đồng đánh giá cấp huyện;
+ Nộp hồ sơ về Phòng Nông nghiệp và Phát triển nông thôn cấp huyện.
Liên minh HTX tỉnh cử cán bộ hướng dẫn trực tiếp tại HTX khi có đề nghị.
""",
         comments=[],
         notes=["a guide document created by a person's account and signed by no one: the byline 'Được tạo bởi Nguyễn Thị Lan' "
                "-> author; an ordered list"]),
    dict(doc=1043, version=1, when=datetime(2024, 10, 2, 8, 0), user="bantuyentruyen", edited=None,
         outcome=("outdated", "bantuyentruyen", datetime(2024, 11, 8, 15, 45), 1058),
         author=None, doc_number="44/TB-LMHTX", att=None, likes=1, marks=0, views=296,
         title="Thông báo số 44/TB-LMHTX về kế hoạch tổ chức Hội chợ OCOP Quảng Ninh năm 2024",
         body="""
Số: 44/TB-LMHTX
Liên minh HTX tỉnh dự kiến tổ chức Hội chợ OCOP Quảng Ninh năm 2024 vào tháng 11/2024 tại TP Hạ Long.
Thời gian cụ thể sẽ được thông báo sau.
CHỦ TỊCH
Vũ Văn Hưng
""",
         comments=[],
         notes=["marked 'Lỗi thời' (outdated) on 8/11 with a note linking DOC-1058: still the document of 2/10 (published = "
                "its creation), an item; the banner's date and note are no text"]),
]


IMAGES: set[str] = set()


# -- markup --------------------------------------------------------------------------------------

def body_html(markup: str, post_id: int) -> str:
    out = []
    for k, b in enumerate(parse_rich(markup)):
        if b.kind == "p":
            right = ' style="text-align: right;"' if b is parse_rich(markup)[-1] else ""
            out.append(f"<p{right}>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h2>{esc(b.text)}</h2>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            src = f"/servlet/JiveServlet/showImage/38-{post_id}-{2900 + k}/{b.src}"
            dl = f"/servlet/JiveServlet/downloadImage/38-{post_id}-{2900 + k}/{b.src}"
            IMAGES.add(dl)
            out.append(f'<p style="text-align: center;"><a href="{dl}"><img alt="{attr(b.src)}" class="image-{k} jive-image" '
                       f'src="{src}" style="width: 620px; height: auto;"/></a></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="jiveBorder" style="border: 1px solid #c6c6c6; width: 100%;"><thead><tr>'
                       + "\n".join(f'<th style="background-color: #6690bc;" valign="middle">{esc(c)}</th>' for c in head)
                       + "</tr></thead><tbody>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                                                         for r in rows) + "</tbody></table>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-ninh", f"{COMMUNITY} (Jive-n)", "generic", None,
                     start_urls=["{{base:%s}}%s" % (SITE, SPACE_URL)],
                     feeds=["{{base:%s}}%s" % (SITE, FEED_BLOGS)])
    site.extra_boilerplate += FURN

    def put(path: str, html: str) -> None:
        site.page(path, html, content_type="text/html; charset=utf-8")  # extensionless URLs, some with children

    def blog_path(b: dict) -> str:
        u = utc(b["when"])
        return f"{BLOG_URL}/{u:%Y/%m/%d}/{slugify(b['title'])}"

    def user_link(u: str) -> str:
        return f'<a class="jiveTT-hover-user jive-username-link" data-username="{u}" href="/people/{u}">{esc(USERS[u])}</a>'

    def layout(title: str, main: str, *, head: str = "", body_cls: str = "j-body-place", place: bool = True,
               sidebar: str = "") -> str:
        place_header = f"""<section class="j-place-header j-rc4">
  <div class="j-place-avatar"><img src="/api/core/v3/places/2011/avatar.png" alt="" width="48" height="48"/></div>
  <h1 class="j-place-title"><a href="{SPACE_URL}">{esc(SPACE_NAME)}</a></h1>
  <nav class="j-place-nav"><ul><li><a href="{SPACE_URL}">Tổng quan</a></li><li><a href="{DOCS_URL}">Nội dung</a></li>
  <li><a href="{BLOG_URL}">Blog</a></li><li><a href="{SPACE_URL}/people">Thành viên</a></li></ul></nav>
</section>""" if place else ""
        return f"""<!DOCTYPE html>
<html lang="vi" class="j-html">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<title>{esc(title)}</title>
{head}
<link rel="stylesheet" href="/9.0.4/styles/jive-global.css" type="text/css">
<link rel="stylesheet" href="/9.0.4/styles/jive-blog.css" type="text/css">
<link rel="shortcut icon" href="/9.0.4/images/favicon.png">
<script src="/9.0.4/resources/scripts/gen/core.js"></script>
<script>var _jive_base_url = ""; var _jive_locale = "vi"; var _jive_tz = "Asia/Ho_Chi_Minh"; var _jive_current_user = {{"anonymous":true}};</script>
</head>
<body class="{body_cls} j-body-guest">
<div id="jive-cookie-banner" class="j-cookie-banner" role="dialog">
  <p>{COOKIE} <a href="/docs/DOC-1001">Tìm hiểu thêm</a></p>
  <button type="button" class="j-btn-global j-cookie-accept">Chấp nhận</button>
</div>
<header id="j-header" class="j-header">
  <div id="j-header-wrap">
    <a href="/" class="j-header-logo"><img src="/9.0.4/images/logo-htxqn.png" alt="{attr(COMMUNITY)}"/></a>
    <nav id="j-globalNav" class="j-globalNav"><ul>
      <li><a href="/" class="j-globalNavLink">Trang chủ</a></li>
      <li><a href="/places" class="j-globalNavLink">Không gian</a></li>
      <li><a href="/people" class="j-globalNavLink">Mọi người</a></li>
    </ul></nav>
    <form action="/search.jspa" class="j-header-search" method="get"><input type="text" name="q" placeholder="Tìm kiếm trong cộng đồng" aria-label="Tìm kiếm trong cộng đồng"></form>
    <a href="/login.jspa" class="j-login-link">Đăng nhập</a>
  </div>
</header>
<div id="j-main-wrapper">
{place_header}
<div id="j-main" class="j-layout j-layout-sl clearfix">
<div class="j-column-wrap-l"><div class="j-column j-column-l">
{main}
</div></div>
<div class="j-column j-column-s">
{sidebar}
<div class="j-box j-sidebar-about"><header><h4>Về không gian này</h4></header>
<div class="j-box-body"><p>Không gian công khai của Liên minh Hợp tác xã tỉnh Quảng Ninh: tin hoạt động, thông báo, văn bản hướng dẫn.</p></div></div>
</div>
</div>
</div>
<footer id="j-footer" class="j-footer">
  <p>© 2024 Liên minh Hợp tác xã tỉnh Quảng Ninh · Số 2 đường Trần Hưng Đạo, TP Hạ Long, tỉnh Quảng Ninh</p>
  <p class="j-footer-powered">Được hỗ trợ bởi Jive Software</p>
</footer>
</body>
</html>
"""

    def head_meta(title: str, path: str, desc: str, kind: str = "article") -> str:
        return (f'<meta name="description" content="{attr(desc)}">\n<meta property="og:title" content="{attr(title)}">\n'
                f'<meta property="og:type" content="{kind}">\n<meta property="og:url" content="{{{{base}}}}{path}">\n'
                f'<meta property="og:site_name" content="{attr(COMMUNITY)}">\n<link rel="canonical" href="{{{{base}}}}{path}">\n'
                f'<link rel="alternate" type="application/rss+xml" title="{attr(SPACE_NAME)}: Blog" href="{FEED_BLOGS}">')

    def comments_html(comments: list, base_id: int) -> str:
        if not comments:
            return (f'<section id="comments" class="j-comments"><h3 class="j-comments-head">Bình luận (0)</h3>'
                    '<p class="j-comment-login"><a href="/login.jspa">Đăng nhập để bình luận</a></p></section>')
        n = sum(1 + len(c[3]) for c in comments)

        def one(u, text, when, cid, replies=()):
            reps = "".join(one(ru, rt, rw, cid * 10 + i + 1) for i, (ru, rt, rw) in enumerate(replies))
            reps = f'<div class="j-comment-replies">{reps}</div>' if reps else ""
            return (f'<div class="j-comment" id="comment-{cid}"><div class="j-comment-meta">'
                    f'<img class="jive-avatar" src="/people/{u}/avatar/32.png" alt="" width="32" height="32"/> {user_link(u)} '
                    f'<span class="j-comment-date font-color-meta">{vi_date(when)}</span></div>'
                    f'<div class="jive-rendered-content"><p>{esc(text)}</p></div>'
                    f'<ul class="j-comment-actions"><li><a href="javascript:;" class="j-like-btn">Thích</a></li>'
                    f'<li><a href="javascript:;">Trả lời</a></li></ul>{reps}</div>')
        body = "".join(one(u, t, w, base_id * 100 + i + 1, r) for i, (u, t, w, r) in enumerate(comments))
        return (f'<section id="comments" class="j-comments"><h3 class="j-comments-head">Bình luận ({n})</h3>{body}'
                '<p class="j-comment-login"><a href="/login.jspa">Đăng nhập để bình luận</a></p></section>')

    def social(likes: int, marks: int, views: int) -> str:
        return (f'<ul class="j-social-actions"><li class="j-like"><a href="javascript:;" class="j-like-btn">Thích</a> '
                f'<span class="j-like-count">{likes} Lượt thích</span></li><li class="j-bookmark"><a href="javascript:;">'
                f'Đánh dấu</a> <span>{marks} Dấu trang</span></li><li class="j-share"><a href="javascript:;">Chia sẻ</a></li>'
                f'<li class="j-views font-color-meta">{views} Lượt xem</li></ul>')

    related_pool = []
    blog_items = []
    for b in BLOGS:
        path = blog_path(b)
        b["path"] = path
        related_pool.append((path, b["title"]))
    for d in DOCS:
        d["path"] = f"/docs/DOC-{d['doc']}"

    def related(exclude: str) -> str:
        items = [x for x in related_pool if x[0] != exclude][:3]
        lis = "".join(f'<li><a href="{p}">{esc(t)}</a></li>' for p, t in items)
        return f'<div class="j-box j-recommended"><header><h4>Nội dung được đề xuất</h4></header><ul>{lis}</ul></div>'

    # blog posts
    for b in BLOGS:
        path = b["path"]
        lines = [x for blk in parse_rich(b["body"]) for x in blk.lines()]
        tags = "".join(f'<a href="{BLOG_URL}/tags/{t}" class="j-tag" rel="tag">{t}</a> ' for t in b["tags"])
        main = f"""<nav class="j-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="{SPACE_URL}">{esc(SPACE_NAME)}</a> &gt; <a href="{BLOG_URL}">Blog</a></nav>
<article class="j-blog-post jive-blog-post j-rc4" id="jive-blog-post-{b['id']}">
<header class="j-post-header">
  <div class="j-post-avatar"><img class="jive-avatar" src="/people/{b['user']}/avatar/46.png" alt="" width="46" height="46"/></div>
  <h2 class="j-post-title font-color-normal"><a href="{path}">{esc(b['title'])}</a></h2>
  <p class="j-byline font-color-meta">Được tạo bởi {user_link(b['user'])} vào <span class="j-post-date">{vi_date(b['when'])}</span></p>
</header>
<section class="jive-rendered-content j-post-content">
{body_html(b['body'], b['id'])}
</section>
<footer class="j-post-footer">
  <div class="j-tags"><strong>Thẻ:</strong> {tags}</div>
  {social(b['likes'], b['marks'], b['views'])}
</footer>
</article>
{comments_html(b['comments'], b['id'])}"""
        put(path, layout(f"{b['title']} | {COMMUNITY}", main, head=head_meta(b["title"], path, lines[0]),
                               body_cls="j-body-blogs j-body-place", sidebar=related(path)))
        same_day = utc(b["when"]).date() == b["when"].date()
        a = RichArticle(path=path, title=b["title"], date=b["when"], body=b["body"], author=b["author"],
                        published=iso(b["when"]), published_source="date-element",
                        evidence=["date-element", "url"] if same_day else ["date-element"], notes=b["notes"])
        if b.get("legacy"):
            old = f"/blogs/{SPACE}/{utc(b['when']):%Y/%m/%d}/{slugify(b['title'])}"
            site.redirect(old, path, 301)
            a.aliases.append(old)
            b["legacy_url"] = old
        site.add_article(a)
        for u, t, _, reps in b["comments"]:
            site.extra_boilerplate.append(t)
            site.extra_boilerplate += [rt for _, rt, _ in reps]
        blog_items.append(b)

    # documents
    for d in DOCS:
        path = d["path"]
        lines = [x for blk in parse_rich(d["body"]) for x in blk.lines()]
        banner = ""
        if d["outcome"]:
            kind, who, when, repl = d["outcome"]
            if kind == "official":
                banner = (f'<div class="j-outcome-banner j-outcome-official"><span class="jive-icon-med jive-icon-official">'
                          f'</span>Nội dung này đã được đánh dấu là <strong>Chính thức</strong> bởi {user_link(who)} vào '
                          f'{vi_date(when)}</div>')
            else:
                target = next(x for x in DOCS if x["doc"] == repl)
                banner = (f'<div class="j-outcome-banner j-outcome-outdated"><span class="jive-icon-med jive-icon-outdated">'
                          f'</span>Nội dung này đã được đánh dấu là <strong>Lỗi thời</strong> bởi {user_link(who)} vào '
                          f'{vi_date(when)}<div class="j-outcome-note">Ghi chú: Kế hoạch đã được thay thế, xem '
                          f'<a href="{target["path"]}">DOC-{repl}</a></div></div>')
        edited = ""
        if d["edited"]:
            eu, ew = d["edited"]
            edited = f' Sửa đổi lần cuối bởi {user_link(eu)} vào <span class="j-modified-date">{vi_date(ew)}</span>.'
        att = ""
        if d["att"]:
            name, aid, size = d["att"]
            url = f"/servlet/JiveServlet/download/{d['doc']}-{d['version']}-{aid}/{name}"
            att = (f'<section class="j-attachments"><h4>Tệp đính kèm</h4><ul><li><span class="jive-icon-med jive-icon-pdf"></span>'
                   f'<a href="{url}">{esc(name)}</a> <span class="font-color-meta">({size})</span></li></ul></section>')
            site.binary(url, pdf(d["title"], ["LIEN MINH HTX TINH QUANG NINH", f"THONG BAO SO {d['doc_number']}"]))
            d["att_url"] = url
        content = f"""<header class="j-doc-header">
  <h2 class="j-doc-title">{esc(d['title'])}</h2>
  <p class="j-version font-color-meta">Phiên bản {d['version']}</p>
  <p class="j-byline font-color-meta">Được tạo bởi {user_link(d['user'])} vào <span class="j-created-date">{vi_date(d['when'])}</span>.{edited}</p>
</header>
<section class="jive-rendered-content j-doc-content">
{body_html(d['body'], d['doc'])}
</section>"""
        main = f"""<nav class="j-breadcrumb"><a href="/">Trang chủ</a> &gt; <a href="{SPACE_URL}">{esc(SPACE_NAME)}</a> &gt; <a href="{DOCS_URL}">Nội dung</a></nav>
{banner}
<article class="j-document jive-document j-rc4" id="jive-document-{d['doc']}">
<ul class="j-doc-actions"><li><a href="{path}?decorator=print" class="j-print">In</a></li><li><a href="javascript:;">Xuất PDF</a></li></ul>
{content}
{att}
<footer class="j-doc-footer">{social(d['likes'], d['marks'], d['views'])}</footer>
</article>
{comments_html(d['comments'], d['doc'])}"""
        put(path, layout(f"{d['title']} | {COMMUNITY}", main, head=head_meta(d["title"], path, lines[0]),
                               body_cls="j-body-document j-body-place", sidebar=related(path)))
        a = RichArticle(path=path, title=d["title"], date=d["when"], body=d["body"], author=d["author"],
                        published=iso(d["when"]), published_source="date-element", evidence=["date-element"],
                        doc_number=d["doc_number"], notes=d["notes"])
        if d["att"]:
            a.attachments = [{"path": d["att_url"], "text": d["att"][0]}]
        # the print decorator: the document alone
        put(f"{path}?decorator=print", f"""<!DOCTYPE html>
<html lang="vi"><head><meta charset="utf-8"><title>{esc(d['title'])} | {COMMUNITY}</title>
<link rel="stylesheet" href="/9.0.4/styles/jive-print.css" type="text/css"></head>
<body class="j-print-body" onload="window.print()">
<div id="jive-print-wrapper">
{content}
{att}
</div></body></html>
""")
        a.aliases.append(f"{path}?decorator=print")
        site.add_article(a)
        for u, t, _, reps in d["comments"]:
            site.extra_boilerplate.append(t)
    site.trap("?decorator=print (the 'In' link of a document): the document without the chrome, an alias",
              "/docs/DOC-1058?decorator=print")

    # the community's rules: a document, not news
    rules = ["Cộng đồng HTX Quảng Ninh là nơi các HTX, thành viên HTX trao đổi thông tin sản xuất, kinh doanh.",
             "Thành viên không đăng nội dung quảng cáo sai sự thật, không xúc phạm người khác.",
             "Văn phòng Liên minh HTX tỉnh quản trị cộng đồng."]
    put("/docs/DOC-1001", layout(f"Nội quy Cộng đồng HTX Quảng Ninh | {COMMUNITY}",
                                       '<article class="j-document"><header class="j-doc-header"><h2 class="j-doc-title">'
                                       'Nội quy Cộng đồng HTX Quảng Ninh</h2><p class="j-byline font-color-meta">Được tạo bởi '
                                       f'{user_link("vanphong")} vào {vi_date(datetime(2022, 3, 1, 9, 0))}</p></header>'
                                       '<section class="jive-rendered-content">' + "".join(f"<p>{esc(r)}</p>" for r in rules)
                                       + "</section></article>", head=head_meta("Nội quy", "/docs/DOC-1001", rules[0])))
    site.non_articles.append("/docs/DOC-1001")
    site.trap("the community's rules document /docs/DOC-1001 (the cookie banner's 'Tìm hiểu thêm'): a help page, not an "
              "item", "/docs/DOC-1001")

    # blog listing, 5 a page (?start=)
    def post_summary(b: dict) -> str:
        first = [x for blk in parse_rich(b["body"]) for x in blk.lines()][0]
        return (f'<div class="j-blog-post-summary j-rc4"><h3><a href="{b["path"]}">{esc(b["title"])}</a></h3>'
                f'<p class="j-byline font-color-meta">Được tạo bởi {user_link(b["user"])} vào {vi_date(b["when"])}</p>'
                f'<div class="jive-rendered-content"><p>{esc(first)}</p></div>'
                f'<p class="j-post-stats font-color-meta">{b["likes"]} Lượt thích · {len(b["comments"])} Bình luận · '
                f'{b["views"]} Lượt xem</p></div>')

    pages = [BLOGS[i:i + 5] for i in range(0, len(BLOGS), 5)]
    for k, chunk in enumerate(pages):
        path = BLOG_URL if k == 0 else f"{BLOG_URL}?start={5 * k}"
        nav = '<div class="j-pagination">'
        if k:
            nav += f'<a href="{BLOG_URL}" class="j-pagination-prev">« Trang trước</a> '
        nav += f'<span>Trang {k + 1} / {len(pages)}</span>'
        if k + 1 < len(pages):
            nav += f' <a href="{BLOG_URL}?start={5 * (k + 1)}" class="j-pagination-next">Trang sau »</a>'
        nav += "</div>"
        main = f'<h2 class="j-list-title">Blog</h2>' + "".join(post_summary(b) for b in chunk) + nav
        put(path, layout(f"Blog | {SPACE_NAME} | {COMMUNITY}", main, body_cls="j-body-blogs j-body-place",
                               head=head_meta(f"Blog - {SPACE_NAME}", path, SPACE_NAME, "website")))
        site.non_articles.append(path)
    site.trap("the blog listing shows 5 posts; the oldest post is on ?start=5 ('Trang sau »')", f"{BLOG_URL}?start=5")

    # tags
    for t in sorted({t for b in BLOGS for t in b["tags"]}):
        items = [b for b in BLOGS if t in b["tags"]]
        path = f"{BLOG_URL}/tags/{t}"
        put(path, layout(f"Bài viết gắn thẻ: {t} | {COMMUNITY}",
                               f'<h2 class="j-list-title">Bài viết gắn thẻ: {t}</h2>' + "".join(post_summary(b) for b in items),
                               body_cls="j-body-blogs j-body-place"))
        site.non_articles.append(path)

    # documents list
    rows = "".join(f'<tr><td class="j-td-icon"><span class="jive-icon-med jive-icon-document"></span></td>'
                   f'<td class="j-td-title"><a href="{d["path"]}">{esc(d["title"])}</a></td>'
                   f'<td class="j-td-author">{user_link(d["user"])}</td><td class="j-td-date">{vi_date(d["when"])}</td>'
                   f'<td class="j-td-views">{d["views"]}</td></tr>' for d in DOCS)
    rows += (f'<tr><td class="j-td-icon"><span class="jive-icon-med jive-icon-document"></span></td><td class="j-td-title">'
             f'<a href="/docs/DOC-1001">Nội quy Cộng đồng HTX Quảng Ninh</a></td><td>{user_link("vanphong")}</td>'
             f'<td>{vi_date(datetime(2022, 3, 1, 9, 0))}</td><td>2104</td></tr>')
    put(DOCS_URL, layout(f"Nội dung | {SPACE_NAME} | {COMMUNITY}",
                               '<h2 class="j-list-title">Nội dung: Tài liệu</h2><table class="j-browse-list"><thead><tr><th></th>'
                               '<th>Tiêu đề</th><th>Tác giả</th><th>Ngày tạo</th><th>Lượt xem</th></tr></thead><tbody>'
                               + rows + "</tbody></table>", body_cls="j-body-content j-body-place"))
    site.non_articles.append(DOCS_URL)

    # space overview: recent activity, relative ages
    def ago(d: datetime) -> str:
        h = (NOW - d).total_seconds() / 3600
        if h < 24:
            return f"{int(h)} giờ trước"
        days = int(h // 24)
        return f"{days} ngày trước" if days < 30 else vi_date(d)
    acts = sorted([(b["when"], b["path"], b["title"], b["user"], "đã tạo bài blog") for b in BLOGS[:4]]
                  + [(d["when"], d["path"], d["title"], d["user"], "đã tạo tài liệu") for d in DOCS[:2]], reverse=True)
    stream = "".join(f'<li class="j-act-entry">{user_link(u)} {verb} <a href="{p}">{esc(t)}</a> '
                     f'<span class="j-act-time font-color-meta">{ago(w)}</span></li>' for w, p, t, u, verb in acts)
    put(SPACE_URL, layout(f"{SPACE_NAME} | {COMMUNITY}", f'<div class="j-box j-activity"><header><h3>Hoạt động gần đây'
                                f'</h3></header><ul class="j-act-list">{stream}</ul><p><a href="{BLOG_URL}">Xem tất cả bài '
                                f'blog</a> · <a href="{DOCS_URL}">Xem tất cả tài liệu</a></p></div>',
                                head=head_meta(SPACE_NAME, SPACE_URL, SPACE_NAME, "website")))
    put(f"{SPACE_URL}/people", layout(f"Thành viên | {SPACE_NAME} | {COMMUNITY}", '<h2 class="j-list-title">Thành viên'
                                            '</h2><ul>' + "".join(f"<li>{user_link(u)}</li>" for u in USERS) + "</ul>"))
    site.non_articles += [SPACE_URL, f"{SPACE_URL}/people"]
    site.trap("the space overview: an activity stream with relative ages ('2 ngày trước') only", SPACE_URL)

    # home: featured widget with the Jive 4 URL
    legacy = next(b for b in BLOGS if b.get("legacy_url"))
    put("/", layout(COMMUNITY, f'<div class="j-box j-featured"><header><h3>Tin nổi bật</h3></header><ul>'
                          f'<li><a href="{legacy["legacy_url"]}">{esc(legacy["title"])}</a></li>'
                          f'<li><a href="{DOCS[0]["path"]}">{esc(DOCS[0]["title"])}</a></li></ul></div>'
                          f'<p><a href="{SPACE_URL}">{esc(SPACE_NAME)}</a></p>', place=False, body_cls="j-body-home"))
    put("/places", layout(f"Không gian | {COMMUNITY}", f'<ul><li><a href="{SPACE_URL}">{esc(SPACE_NAME)}</a></li></ul>',
                                place=False))
    put("/people", layout(f"Mọi người | {COMMUNITY}", "<ul>" + "".join(f"<li>{user_link(u)}</li>" for u in USERS)
                                + "</ul>", place=False))
    site.non_articles += ["/", "/places", "/people"]
    for u, name in USERS.items():
        put(f"/people/{u}", layout(f"{name} | {COMMUNITY}", f'<div class="j-profile"><h2>{esc(name)}</h2>'
                                         f'<p class="font-color-meta">Thành viên từ {vi_date(datetime(2021, 6, 1, 8, 0))}</p>'
                                         '</div>', place=False))
        site.non_articles.append(f"/people/{u}")
    site.trap("profiles /people/<user>: the accounts that created the content and the commenters", "/people/vanphong")

    # never fetched: search and login
    for p in ["/search.jspa", "/login.jspa"]:
        put(p, layout(COMMUNITY, "<p>Đăng nhập</p>", place=False))
        site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nDisallow: /search.jspa\nDisallow: /login.jspa\nDisallow: /api/\n")

    # feeds (RSS 2.0, the 5 newest, UTC)
    def feed(path: str, title: str, items: list) -> None:
        xs = []
        for it in items[:5]:
            first = [x for blk in parse_rich(it["body"]) for x in blk.lines()][0]
            xs.append(f"""<item><title>{esc(it['title'])}</title><link>{{{{base}}}}{it['path']}</link>
<description>{esc('<p>' + esc(first) + '</p>')}</description><category>{esc(SPACE_NAME)}</category>
<pubDate>{rfc822(it['when'])}</pubDate><author>{esc(USERS[it['user']])}</author><guid>{{{{base}}}}{it['path']}</guid>
<dc:date>{utc(it['when']):%Y-%m-%dT%H:%M:%S}Z</dc:date></item>""")
        site.page(path, f"""<?xml version="1.0" encoding="UTF-8"?>
<rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:jf="http://www.jivesoftware.com/xmlns/jiveforums/rss" version="2.0">
<channel><title>{esc(title)}</title><link>{{{{base}}}}{SPACE_URL}</link><description>{esc(title)}</description>
<language>vi</language><pubDate>{rfc822(items[0]['when'])}</pubDate><generator>Jive SBS 9.0.4</generator>
<dc:date>{utc(items[0]['when']):%Y-%m-%dT%H:%M:%S}Z</dc:date>
{"".join(xs)}
</channel></rss>
""", content_type="application/rss+xml; charset=utf-8")
    feed(FEED_BLOGS, f"{SPACE_NAME}: Bài viết blog", BLOGS)
    feed(FEED_DOCS, f"{SPACE_NAME}: Tài liệu", DOCS)
    site.trap("the RSS feeds: the 5 newest, <pubDate> in GMT and <dc:date> in UTC (the 06:15 post of 12/11 is "
              "'Mon, 11 Nov 2024 23:15:00 GMT')", FEED_BLOGS)
    site.binary("/9.0.4/images/favicon.png", image_for("favicon"))
    for dl in sorted(IMAGES):
        site.binary(dl, image_for(dl))
    return site
