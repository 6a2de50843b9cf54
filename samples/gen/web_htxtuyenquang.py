"""Site `web-htxtuyenquang` (registry family `generic`): "Website Liên minh HTX tỉnh Tuyên Quang" on **Kooboo CMS 4**
(4.4: the ASP.NET MVC content management system; a site made from Kooboo's sample site, its theme `Default` and its
Razor views `News.List`, `News.Detail`, `News.Category`, `Search.Result` rewritten by the province's contractor; one
content folder `News` (schema fields Title, Summary, Body, Author, Attachment) with the category folder `Category`;
the server in Vietnam time; the copy is of 20 November 2023, before the province merged). Written as a held-out test:
no family module, no selectors.

URL shapes: Kooboo's pages are a tree; the detail page `tin-tuc/detail` has the route `{UserKey}`, so an item is
`/tin-tuc/detail/<UserKey>` (the UserKey Kooboo made from the title: ASCII, hyphens); the same page answers with the
value in the query string, and the sample site's page `Article/detail`, never deleted, still renders items too:
`/Article/detail?UserKey=<UserKey>` (the search page's view links items so: an alias); MVC routing ignores a trailing
slash: `/tin-tuc/detail/<UserKey>/` (the home page's hand-written "Tin nổi bật" HTML block links two items so: an
alias); lists `/tin-tuc` and `/tin-tuc?page=2` (5 a page; the pager's "1" is `/tin-tuc?page=1`), categories
`/tin-tuc/chuyen-muc/<category UserKey>` (the `Category` folder); the search page `/tim-kiem?key=…`; Kooboo's
RSS `/Rss?folder=News`; media library files `/Cms_Data/Contents/LMHTXTuyenQuang/Media/…`, the theme under
`/Cms_Data/Sites/LMHTXTuyenQuang/Themes/Default/`; the back end `/Kooboo` and `/Account/LogOn` (robots.txt
disallows both; the footer's "Quản trị").

Why it is hard: a plain `div`-based theme: the title in `h1.news-title`, then the meta line `span.post-date` printing
the creation date as "21/03/2023" (`ToLocalTime().ToString("dd/MM/yyyy")`, no time) while its attribute carries
`UtcCreationDate` round-tripped: `data-utc="2023-09-14T17:25:40.0000000Z"` (the post of 00:25 on 15 September is
14 September in UTC); "Đăng bởi: <account>" (the Kooboo user who created the item: "admin", "phongtonghop": never an
author), the Summary field in `div.news-summary` (the sapo: first line of the text), the Body field in
`div.news-body` (TinyMCE: `<p>`, `<h3>`, lists, bordered tables, photos in centred `<p>` with the caption after a
`<br />` in `<em>`), the Author field "Tác giả: …" (shown when filled: the author) and the Attachment field as a link
"Tải về: <file>"; then an AddThis bar, "Bài viết cùng chuyên mục" (same category) and the comment form with the
readers' comments (a Kooboo "Comment" folder: never the article's text). The RSS gives `UtcCreationDate` as GMT. The
oldest item has no category and is only on `/tin-tuc?page=2`.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "web-htxtuyenquang"
NAME = "Liên minh Hợp tác xã tỉnh Tuyên Quang"
SHORT = "Liên minh HTX tỉnh Tuyên Quang"
TODAY = "Thứ Hai, 20/11/2023"
PER = 5
THEME = "/Cms_Data/Sites/LMHTXTuyenQuang/Themes/Default"
MEDIA = "/Cms_Data/Contents/LMHTXTuyenQuang/Media"
CATS = {"thong-bao": "Thông báo", "kinh-te-tap-the": "Kinh tế tập thể", "hoat-dong": "Hoạt động Liên minh"}
ADDRESS = "Địa chỉ: Số 8 đường 17/8, phường Minh Xuân, TP Tuyên Quang, tỉnh Tuyên Quang"
PHONE = "Điện thoại: 0207.3822.513 - Email: lienminhhtx@tuyenquang.gov.vn"
COPY = "© 2016 Liên minh Hợp tác xã tỉnh Tuyên Quang. Ghi rõ nguồn khi phát hành lại thông tin từ website này."
POWERED = "Powered by Kooboo CMS"
FURN = [TODAY, ADDRESS, PHONE, COPY, POWERED, "Đăng bởi:", "Bài viết cùng chuyên mục", "Ý kiến bạn đọc",
        "Gửi ý kiến", "Họ và tên", "Chuyên mục", "Quản trị", "Tải về:", "Chia sẻ:", "Tìm kiếm"]


def userkey(title: str) -> str:
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def utc(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}.0000000Z"


def gmt(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 21/TB-LMHTX về việc tổ chức Hội nghị tập huấn chuyển đổi số cho HTX",
          lead="Liên minh HTX tỉnh thông báo tổ chức Hội nghị tập huấn chuyển đổi số cho cán bộ quản lý HTX năm 2023.",
          body="""
LIÊN MINH HTX TỈNH TUYÊN QUANG
Số: 21/TB-LMHTX
Tuyên Quang, ngày 10 tháng 11 năm 2023
THÔNG BÁO
Về việc tổ chức Hội nghị tập huấn chuyển đổi số cho HTX
Liên minh HTX tỉnh tổ chức Hội nghị tập huấn chuyển đổi số cho cán bộ quản lý HTX vào ngày 28/11/2023 tại Hội trường Liên minh HTX tỉnh.
Nội dung tập huấn gồm: ứng dụng phần mềm kế toán, hóa đơn điện tử và đưa sản phẩm của HTX lên sàn thương mại điện tử.
Các HTX đăng ký người tham dự về Văn phòng Liên minh HTX tỉnh trước ngày 24/11/2023.
CHỦ TỊCH
Nguyễn Quang Minh
""", author=None, doc_number="21/TB-LMHTX",
          attachments=[{"path": f"{MEDIA}/van-ban/TB-21-LMHTX-2023.pdf", "text": "TB-21-LMHTX-2023.pdf"}],
          opts={"cat": "thong-bao", "by": "phongtonghop", "author": ""},
          notes=["notice 'Số: 21/TB-LMHTX' dated 10/11 in its text, shown '13/11/2023' with data-utc='2023-11-13T01:40:00."
                 "0000000Z' (08:40 in Vietnam); the Summary field is the first line; 'Đăng bởi: phongtonghop' (a Kooboo "
                 "account): no author; the signer is text; the Attachment field 'Tải về: TB-21-LMHTX-2023.pdf' (the label "
                 "inside the link): the attachment 'TB-21-LMHTX-2023.pdf', not text"],
          **at(datetime(2023, 11, 13, 8, 40))),
        A(path="", title="Ảnh: HTX Cam sành Hàm Yên vào vụ thu hoạch",
          lead="Những ngày đầu tháng 11, thành viên HTX Cam sành Hàm Yên (huyện Hàm Yên) bước vào vụ thu hoạch cam năm 2023.",
          body="""
[img cam-ham-yen-1.png] Thành viên HTX thu hoạch cam sành tại vườn đạt chuẩn VietGAP
[img cam-ham-yen-2.png] Cam được phân loại, dán tem truy xuất nguồn gốc trước khi xuất bán
[img cam-ham-yen-3.png] Thương lái đến thu mua cam ngay tại vườn của HTX
Vụ cam năm nay HTX ước đạt sản lượng khoảng 1.800 tấn, giá bán từ 12.000 đến 18.000 đồng/kg.
""", byline="Bài, ảnh: Ma Thị Thu", author="Ma Thị Thu",
          opts={"cat": "kinh-te-tap-the", "by": "admin", "author": "", "featured": True,
                "comments": [("Trần Văn Bình", "Cam sành Hàm Yên năm nay quả to, ngọt, chúc HTX được mùa được giá!")]},
          notes=["photo story: each photo in a centred TinyMCE <p>, its caption after a <br /> in <em> (one line each); the "
                 "Summary field first; 'Bài, ảnh: Ma Thị Thu' closes it -> author; a reader's comment under it is not "
                 "text; the home page's 'Tin nổi bật' block links it with a trailing slash: an alias"],
          **at(datetime(2023, 11, 6, 15, 10))),
        A(path="", title="Kinh tế tập thể tỉnh Tuyên Quang 9 tháng năm 2023",
          lead="Chín tháng năm 2023, khu vực kinh tế tập thể của tỉnh tiếp tục phát triển ổn định.",
          body="""
| Chỉ tiêu | Đơn vị | 9 tháng 2023 | So cùng kỳ (%) |
| HTX đang hoạt động | HTX | 634 | 108,2 |
| HTX thành lập mới | HTX | 47 | 117,5 |
| Thành viên HTX | người | 11.820 | 103,4 |
| Doanh thu bình quân một HTX | triệu đồng | 1.950 | 106,1 |
Quý IV, Liên minh HTX tỉnh tập trung hỗ trợ các HTX hoàn thiện hồ sơ đánh giá sản phẩm OCOP.
""", author="Hoàng Thị Bích",
          opts={"cat": "kinh-te-tap-the", "by": "admin", "author": "Hoàng Thị Bích", "featured": True},
          notes=["a bordered TinyMCE table (first row in <th>): one line per row; the Summary field first; 'Đăng bởi: admin' "
                 "but the Author field 'Tác giả: Hoàng Thị Bích' below the body: she is the author; linked with a "
                 "trailing slash by the home page: an alias"],
          **at(datetime(2023, 10, 24, 9, 30))),
        A(path="", title="Hướng dẫn HTX chè thực hiện quy trình sản xuất chè an toàn",
          lead="Để nâng cao giá trị sản phẩm, các HTX chè cần thực hiện nghiêm quy trình sản xuất chè an toàn.",
          body="""
## Chăm sóc và bảo vệ vườn chè
* Bón phân cân đối, tăng cường phân hữu cơ, không bón phân trước khi hái 10 ngày;
* Sử dụng thuốc bảo vệ thực vật trong danh mục, bảo đảm thời gian cách ly;
* Ghi chép nhật ký sản xuất theo từng lô chè.
## Thu hái và chế biến
Chè búp được hái đúng lứa, đựng trong sọt thoáng và chế biến ngay trong ngày để giữ chất lượng.
""", byline="Lương Văn Khánh - Chi cục Trồng trọt và Bảo vệ thực vật", author="Lương Văn Khánh",
          opts={"cat": "kinh-te-tap-the", "by": "phongtonghop", "author": ""},
          notes=["<h3> headings and a bulleted list (one line each), the Summary field first; 'Lương Văn Khánh - Chi cục Trồng "
                 "trọt và Bảo vệ thực vật' closes it -> Lương Văn Khánh"],
          **at(datetime(2023, 10, 12, 10, 0))),
        A(path="", title="HTX Miến dong Hợp Thành mở rộng sản xuất",
          lead="HTX Miến dong Hợp Thành (huyện Sơn Dương) đầu tư dây chuyền mới, nâng công suất lên 3 tấn miến mỗi ngày.",
          body="""
HTX hiện liên kết với 150 hộ trồng dong riềng trên diện tích gần 60 ha tại xã Hợp Thành và các xã lân cận.
Sản phẩm miến dong Hợp Thành đạt chứng nhận OCOP 4 sao, được tiêu thụ tại nhiều tỉnh, thành phố.
""", byline="Theo Báo Tuyên Quang", author=None,
          opts={"cat": "kinh-te-tap-the", "by": "admin", "author": ""},
          notes=["'Theo Báo Tuyên Quang' closes the text: a reprint, no author"],
          **at(datetime(2023, 9, 28, 14, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông lâm nghiệp Trung Sơn",
          lead="Chiều 14/9, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông lâm nghiệp Trung Sơn (huyện Yên Sơn).",
          body="""
HTX hiện quản lý 320 ha rừng trồng keo, bạch đàn và cung ứng cây giống cho các hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX làm thủ tục cấp chứng chỉ quản lý rừng bền vững FSC cho diện tích rừng trồng.
""", author=None,
          opts={"cat": "hoat-dong", "by": "admin", "author": ""},
          notes=["posted at 00:25 on 15 September about the afternoon before: the page shows '15/09/2023', the attribute "
                 "data-utc='2023-09-14T17:25:40.0000000Z' and the RSS 'Thu, 14 Sep 2023 17:25:40 GMT' give the UTC day "
                 "before; 'Đăng bởi: admin', no byline: author null"],
          **at(datetime(2023, 9, 15, 0, 25, 40))),
        A(path="", title="HTX Vịt bầu Minh Hương liên kết tiêu thụ sản phẩm",
          lead="HTX Vịt bầu Minh Hương (huyện Hàm Yên) vừa ký hợp đồng tiêu thụ vịt bầu với một chuỗi siêu thị ở Hà Nội.",
          body="""
Mỗi tháng, HTX cung ứng khoảng 4.000 con vịt bầu đã qua giết mổ, đóng gói theo tiêu chuẩn của siêu thị.
HTX hướng dẫn các hộ thành viên chăn nuôi theo quy trình an toàn sinh học, sử dụng thức ăn từ ngô, thóc địa phương.
""", byline="Đỗ Thị Hà", author="Đỗ Thị Hà",
          opts={"cat": "hoat-dong", "by": "phongtonghop", "author": ""},
          notes=["'Đăng bởi: phongtonghop'; the bare name 'Đỗ Thị Hà' closes the text: the author"],
          **at(datetime(2023, 8, 30, 16, 45))),
        A(path="", title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2023",
          lead="Ngày 18/7, Liên minh HTX tỉnh Tuyên Quang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm 2023.",
          body="""
[img so-ket-6-thang.png] Quang cảnh hội nghị sơ kết
Sáu tháng đầu năm, Liên minh HTX tỉnh hỗ trợ thành lập mới 26 HTX, tổ chức 6 lớp tập huấn cho 410 lượt cán bộ HTX.
""", byline="Tin, ảnh: Nông Văn Hùng", author="Nông Văn Hùng",
          opts={"cat": "", "by": "admin", "author": ""},
          notes=["the oldest item, saved without a category: only on /tin-tuc?page=2 (not on the home page, a category, the "
                 "RSS nor any related box); 'Tin, ảnh: Nông Văn Hùng' -> author"],
          **at(datetime(2023, 7, 20, 15, 0))),
    ]


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
            out.append('<table border="1" cellspacing="0" cellpadding="5" style="width: 100%; border-collapse: collapse;">\n'
                       "<tbody>\n<tr>\n" + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "\n</tr>\n"
                       + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            cap = f"<br /><em>{esc(b.text)}</em>" if b.text else ""
            out.append(f'<p style="text-align: center;"><img src="{MEDIA}/tin-tuc/{a.date:%Y}/{b.src}" alt="" width="600" '
                       f'height="400" />{cap}</p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tuyen-quang", f"Website {SHORT} (Kooboo CMS 4)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/Rss?folder=News" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        a.opts["key"] = userkey(a.title)
        a.path = f"/tin-tuc/detail/{a.opts['key']}"
        a.opts["article"] = f"/Article/detail?UserKey={a.opts['key']}"
    oldest = arts[-1]
    comment_strings = []

    def date_span(a: RichArticle, cls: str = "post-date") -> str:
        return f'<span class="{cls}" data-utc="{utc(a.date)}">{a.date:%d/%m/%Y}</span>'

    def li(a: RichArticle, href: str | None = None, summary: bool = False) -> str:
        s = f'<p class="summary">{esc(a.lead or "")}</p>' if summary else ""
        thumb = ""
        if summary:
            thumb = (f'<a class="thumb" href="{href or a.path}"><img src="{MEDIA}/tin-tuc/thumb/{a.opts["key"]}.png" alt="'
                     f'{attr(a.title)}" /></a>')
        return (f'<li class="news-item">{thumb}<h3><a href="{href or a.path}">{esc(a.title)}</a></h3>{date_span(a, "date")}'
                f"{s}</li>")

    def layout(title: str, main: str, current: str = "", meta_desc: str = "") -> str:
        menu = [("Trang chủ", "/"), ("Giới thiệu", "/gioi-thieu"), ("Tin tức", "/tin-tuc"),
                *[(n, f"/tin-tuc/chuyen-muc/{k}") for k, n in CATS.items()], ("Liên hệ", "/lien-he")]
        cur = ' class="current"'
        menu_html = "".join(f'<li{cur if n == current else ""}><a href="{href}">{esc(n)}</a></li>' for n, href in menu)
        cats = "".join(f'<li><a href="/tin-tuc/chuyen-muc/{k}">{esc(n)}</a></li>' for k, n in CATS.items())
        notices = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts if a.opts["cat"] == "thong-bao")
        return f"""<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="description" content="{attr(meta_desc)}" />
<meta name="keywords" content="Liên minh HTX, Tuyên Quang, hợp tác xã, kinh tế tập thể" />
<link href="{THEME}/reset.css" rel="stylesheet" type="text/css" />
<link href="{THEME}/style.css" rel="stylesheet" type="text/css" />
<link rel="alternate" type="application/rss+xml" title="Tin tức" href="/Rss?folder=News" />
<script src="/Scripts/jquery-1.7.1.min.js" type="text/javascript"></script>
</head>
<body>
<div class="wrapper">
<div class="header">
<div class="top-bar"><span class="today">{TODAY}</span>
<form action="/tim-kiem" method="get" class="search-form"><input type="text" name="key" placeholder="Nhập từ khóa..." /><button type="submit">Tìm kiếm</button></form></div>
<div class="logo"><a href="/"><img src="{THEME}/images/logo.png" alt="{attr(NAME)}" /></a></div>
<ul class="menu">{menu_html}</ul>
</div>
<div class="container">
<div class="main">
{main}
</div>
<div class="sidebar">
<div class="widget"><h3 class="widget-title">Chuyên mục</h3><ul>{cats}</ul></div>
<div class="widget"><h3 class="widget-title">Thông báo</h3><ul>{notices}</ul></div>
<div class="widget"><h3 class="widget-title">Liên kết</h3><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh Hợp tác xã Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng thông tin điện tử tỉnh Tuyên Quang</a></li></ul></div>
</div>
</div>
<div class="footer">
<p>{esc(COPY)}</p>
<p>{esc(ADDRESS)}</p>
<p>{esc(PHONE)}</p>
<p><a href="/Account/LogOn">Quản trị</a> | <a href="{{{{base:offsite}}}}/kooboo/" target="_blank">{POWERED}</a></p>
</div>
</div>
</body>
</html>
"""

    for a in arts:
        related = [x for x in arts if x is not a and a.opts["cat"] and x.opts["cat"] == a.opts["cat"]][:5]
        rel = ("" if not related else '<div class="related"><h3>Bài viết cùng chuyên mục</h3><ul>'
               + "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> {date_span(x, "date")}</li>' for x in related)
               + "</ul></div>")
        coms = ""
        for name, text in a.opts.get("comments", []):
            comment_strings.append(text)
            coms += (f'<li class="comment"><strong class="comment-name">{esc(name)}</strong> <span class="comment-date">'
                     f'{(a.date + timedelta(hours=5)):%d/%m/%Y}</span><p>{esc(text)}</p></li>')
        comments = (f'<div class="comments"><h3>Ý kiến bạn đọc</h3><ul>{coms}</ul><form action="/Submission/Comment" '
                    f'method="post"><input type="hidden" name="ParentUUID" value="{a.opts["key"][:12]}" /><label>Họ và tên'
                    '</label><input type="text" name="Name" /><label>Email</label><input type="text" name="Email" /><textarea '
                    'name="Content"></textarea><button type="submit">Gửi ý kiến</button></form></div>')
        author = f'<div class="news-author">Tác giả: <strong>{esc(a.opts["author"])}</strong></div>' if a.opts["author"] else ""
        files = "".join(f'<div class="news-attachment"><a href="{x["path"]}" target="_blank">Tải về: {esc(x["text"])}</a></div>'
                        for x in a.attachments)
        cat = (f' | <a class="category" href="/tin-tuc/chuyen-muc/{a.opts["cat"]}">{esc(CATS[a.opts["cat"]])}</a>'
               if a.opts["cat"] else "")
        main = (f'<div class="news-detail"><h1 class="news-title">{esc(a.title)}</h1><div class="news-meta">{date_span(a)} | '
                f'Đăng bởi: <span class="user">{esc(a.opts["by"])}</span>{cat}</div><div class="news-summary">{esc(a.lead)}'
                f'</div><div class="news-body">\n{body_html(a)}\n</div>{author}{files}<div class="addthis_toolbox '
                'addthis_default_style">Chia sẻ: <a class="addthis_button_facebook"></a><a class="addthis_button_twitter"></a>'
                f'<a class="addthis_button_email"></a></div></div>{rel}{comments}')
        page = layout(f"{a.title} | {SHORT}", main, "Tin tức", a.lead or "")
        site.page(a.path, page)
        site.same_page(a.opts["article"], a.path)
        a.aliases.append(a.opts["article"])
        if a.opts.get("featured"):
            site.same_page(a.path + "/", a.path)
            a.aliases.append(a.path + "/")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"{MEDIA}/tin-tuc/{a.date:%Y}/{b.src}", image_for(b.src))
        site.binary(f"{MEDIA}/tin-tuc/thumb/{a.opts['key']}.png", image_for(a.opts["key"]))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH TUYEN QUANG", "THONG BAO SO 21/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += comment_strings
    site.trap("every item also answers /Article/detail?UserKey=<key> (the sample site's page, still published; the search "
              "view links items so): an alias", arts[1].opts["article"])
    site.trap("the page prints the creation date 'dd/MM/yyyy' only; span.post-date's data-utc carries UtcCreationDate "
              "('…Z', UTC): the 00:25 post is the day before in it", next(a for a in arts if a.date.hour == 0).path)

    def pager(base: str, n: int, total: int) -> str:
        if total < 2:
            return ""
        parts = ['<span class="disabled">« Trang trước</span>' if n == 1 else f'<a href="{base}?page={n - 1}">« Trang trước</a>']
        parts += [f'<span class="current">{k}</span>' if k == n else f'<a href="{base}?page={k}">{k}</a>'
                  for k in range(1, total + 1)]
        parts.append('<span class="disabled">Trang sau »</span>' if n == total else f'<a href="{base}?page={n + 1}">Trang sau »</a>')
        return f'<div class="pager">{"".join(parts)}</div>'

    def listing(base: str, title: str, items: list[RichArticle]) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(pages, 1):
            path = base if n == 1 else f"{base}?page={n}"
            main = (f'<div class="news-list"><h2 class="list-title">{esc(title)}</h2><ul>{"".join(li(a, summary=True) for a in chunk)}'
                    f"</ul>{pager(base, n, len(pages))}</div>")
            site.page(path, layout(f"{title} | {SHORT}", main, title), content_type="text/html; charset=utf-8")
            site.non_articles.append(path)
            if n == 1 and len(pages) > 1:
                site.same_page(f"{base}?page=1", path)
                site.non_articles.append(f"{base}?page=1")

    listing("/tin-tuc", "Tin tức", arts)
    for k, n in CATS.items():
        listing(f"/tin-tuc/chuyen-muc/{k}", n, [a for a in arts if a.opts["cat"] == k])
    site.trap("/tin-tuc (the News folder, 5 a page, Kooboo's pager '?page=2', its '1' is ?page=1): page 2 alone reaches "
              "the oldest item (no category); categories /tin-tuc/chuyen-muc/<key>: lists", "/tin-tuc?page=2")

    featured = [a for a in arts if a.opts.get("featured")]
    feat = "".join(f'<div class="slide"><a href="{a.path}/"><img src="{MEDIA}/tin-tuc/thumb/{a.opts["key"]}.png" alt="" /></a>'
                   f'<h3><a href="{a.path}/">{esc(a.title)}</a></h3></div>' for a in featured)
    home = (f'<div class="featured"><h2>Tin nổi bật</h2>{feat}</div><div class="news-list"><h2 class="list-title">Tin mới</h2>'
            f'<ul>{"".join(li(a) for a in arts[:5])}</ul><a class="more" href="/tin-tuc">Xem tất cả</a></div>')
    site.page("/", layout(SHORT, home, "Trang chủ", f"Website {NAME}"))
    site.non_articles.append("/")
    site.trap("home: 'Tin nổi bật' (an HTML block written by hand: links with a trailing slash) and 'Tin mới' (5 newest); "
              "the top bar's date is the copy's day", "/")
    for path, title, text in [
            ("/gioi-thieu", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Tuyên Quang là tổ chức kinh tế - xã hội, đại diện "
             "và bảo vệ quyền, lợi ích hợp pháp của các HTX, tổ hợp tác trên địa bàn tỉnh.</p>"),
            ("/lien-he", "Liên hệ", f"<p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>")]:
        site.page(path, layout(f"{title} | {SHORT}", f'<div class="page"><h1>{title}</h1>{text}</div>', title))
        site.non_articles.append(path)
    found = [a for a in arts if a is not oldest and "OCOP" in a.body + (a.lead or "")]
    sp = "/tim-kiem?key=OCOP"
    site.page(sp, layout(f"Tìm kiếm | {SHORT}", f'<div class="search-result"><h2>Kết quả tìm kiếm: "OCOP"</h2><ul>'
                         + "".join(f'<li><h3><a href="{a.opts["article"]}">{esc(a.title)}</a></h3><p>{esc(a.lead or "")}</p>'
                                   "</li>" for a in found) + "</ul></div>"))
    site.non_articles.append(sp)
    site.trap("search /tim-kiem?key=OCOP (Kooboo's search index; the view links /Article/detail?UserKey=…): a list", sp)
    site.page("/Account/LogOn", '<!DOCTYPE html><html><head><title>Kooboo CMS - Đăng nhập</title></head><body><form '
              'action="/Account/LogOn" method="post"><input name="UserName" /><input name="Password" type="password" />'
              "</form></body></html>")
    site.never_fetched.append("/Account/LogOn")
    site.static("/robots.txt", "User-agent: *\nDisallow: /Kooboo\nDisallow: /Account/\nDisallow: /Submission/\n")
    site.trap("robots.txt disallows /Kooboo and /Account/ (the footer's 'Quản trị' /Account/LogOn): never fetched",
              "/Account/LogOn")
    news = [a for a in arts if a is not oldest][:6]
    its = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><description>{esc(a.lead or '')}"
                  f"</description><pubDate>{gmt(a.date)}</pubDate></item>" for a in news)
    site.page("/Rss?folder=News", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{esc(SHORT)}'
              f"</title><link>{{{{base}}}}/</link><description>Tin tức</description>{its}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /Rss?folder=News (the 6 newest): pubDate is UtcCreationDate in GMT", "/Rss?folder=News")
    site.static("/Scripts/jquery-1.7.1.min.js", "/* jQuery */\n")
    return site
