"""Site `chamilo-htxcamau` (registry family `generic`): "Cổng đào tạo trực tuyến LMHTX Cà Mau", the **Chamilo LMS
1.11** (default Bootstrap 3 template, Vietnamese language pack, platform time zone Asia/Ho_Chi_Minh) of the Cà Mau
cooperative alliance. One open course, `LMHTXCM` "Bảng tin Liên minh HTX tỉnh Cà Mau" (visibility "Mở - cho phép
truy cập cho tất cả mọi người"), serves as the alliance's public notice board: its **Announcements** tool (Thông báo)
carries the news and the notices. The copy is of 15 January 2025, before Cà Mau merged with Bạc Liêu. Written as a
held-out test: no family module, no selectors.

What is an article here: an announcement, `/main/announcements/announcements.php?action=view&id=<n>&cidReq=LMHTXCM&
id_session=0&gidReq=0&gradebook=0&origin=` (the link of the tool's list, Chamilo's `api_get_self()?api_get_cidreq()`
order: that is the truth's path). The notification e-mail's shorter link `?cidReq=LMHTXCM&id_session=0&action=view&
id=<n>` answers the same page (aliases).

URL shapes: `/` (= `/index.php`) is the platform home (login form, the "Khóa học" block linking the course, a cookie
warning); the course home `/courses/LMHTXCM/index.php?id_session=0` is a grid of tool icons (Mô tả khóa học, Thông
báo, Tài liệu, Lịch) under the course introduction; the Announcements list
`/main/announcements/announcements.php?cidReq=LMHTXCM&id_session=0&gidReq=0&gradebook=0&origin=` is a SortableTable of
five rows a page (columns "Tiêu đề" / "Được gửi bởi" / "Cập nhật lúc"), its pager adding
`announcement_page_nr=2&announcement_per_page=5&announcement_column=2&announcement_direction=DESC`: the four oldest
announcements are only on page 2. Attachments: `/main/announcements/download.php?<cidreq>&file=<stored name>`, the
link text being the uploaded file's name. No sitemap, no feed; robots.txt disallows the admin pages and the
lost-password page (linked from the home page's login box).

Why it is hard: the title is an `<h2>` inside the cell of a `table.data_table` (the page's `<h1>` does not exist;
`<title>` is "Bảng tin Liên minh HTX tỉnh Cà Mau - Cổng đào tạo trực tuyến LMHTX Cà Mau", the course and the
platform). The body is the next row's cell, and the date row `td.announcements_datum` prints "Cập nhật lúc : " and a
**relative age** ("2 tháng trước", against the day of the copy) whose `title` attribute carries the date: the ICU
vi_VN full date with short time, **time first** ("09:20 Thứ Hai, 4 tháng 11, 2024"); the list shows the same
string in its "Cập nhật lúc" column. "Được gửi bởi" (the list) names the Chamilo account that posted ("Văn phòng
Liên minh", "Quản trị viên"), never the author: the author is a closing byline. The attachment row follows the body
("<file name> - <comment>"). Header, breadcrumb, the course's tool bar, the cookie warning and the footer
("Quản trị viên: …", "Được cung cấp bởi Chamilo © 2025") are on every page.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "chamilo-htxcamau"
CODE = "LMHTXCM"
PLATFORM = "Cổng đào tạo trực tuyến LMHTX Cà Mau"
COURSE = "Bảng tin Liên minh HTX tỉnh Cà Mau"
ORG = "Liên minh Hợp tác xã tỉnh Cà Mau"
CIDREQ = f"cidReq={CODE}&id_session=0&gidReq=0&gradebook=0&origin="
ANN = "/main/announcements/announcements.php"
LIST = f"{ANN}?{CIDREQ}"
PAGE2 = f"{ANN}?{CIDREQ}&announcement_page_nr=2&announcement_per_page=5&announcement_column=2&announcement_direction=DESC"
HOME = f"/courses/{CODE}/index.php?id_session=0"
DESC = f"/main/course_description/index.php?{CIDREQ}"
DOCS = f"/main/document/document.php?{CIDREQ}"
CAL = f"/main/calendar/agenda_js.php?type=course&{CIDREQ}"
TODAY = datetime(2025, 1, 15, 10, 0)
DAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")

COOKIE = ("Trang web này sử dụng cookie để ghi nhớ phiên làm việc và cải thiện trải nghiệm của bạn. Tiếp tục truy cập "
          "nghĩa là bạn đồng ý với việc sử dụng cookie.")
COOKIE_OK = "Tôi đồng ý"
ADMIN = "Quản trị viên: Văn phòng Liên minh HTX tỉnh Cà Mau"
TEACHER = "Người phụ trách khóa học: Phạm Thị Thu Hương"
POWERED = "Được cung cấp bởi Chamilo © 2025"
ADDRESS = "Số 09 đường Phan Ngọc Hiển, phường 5, TP Cà Mau - ĐT: 0290 3831 245"
LOGIN_USER = "Tên đăng nhập"
LOGIN_PASS = "Mật khẩu"
FORGOT = "Quên mật khẩu?"
FURN = [COOKIE, COOKIE_OK, ADMIN, TEACHER, POWERED, ADDRESS,
        "Danh mục khóa học", "Mô tả khóa học", "Cập nhật lúc"]


def long_dt(d: datetime) -> str:
    """ICU vi_VN FULL date + SHORT time: the time first."""
    return f"{d:%H:%M} {DAYS[d.weekday()]}, {d.day} tháng {d.month}, {d.year}"


def ago(d: datetime) -> str:
    """Chamilo's date_to_str_ago against the day of the copy (largest unit only, as it rounds)."""
    days = (TODAY - d).days
    if days >= 365:
        return f"{days // 365} năm trước"
    if days >= 30:
        return f"{days // 30} tháng trước"
    if days >= 7:
        return f"{days // 7} tuần trước"
    return f"{days} ngày trước"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="9", title="Liên minh HTX tỉnh Cà Mau tổng kết công tác năm 2024",
          body="""
Sáng 10/1, Liên minh HTX tỉnh Cà Mau tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.png] Quang cảnh hội nghị tổng kết tại hội trường Liên minh HTX tỉnh
Năm 2024, toàn tỉnh thành lập mới 21 HTX, nâng tổng số lên 312 HTX đang hoạt động với hơn 14.000 thành viên.
## Nhiệm vụ năm 2025
* Hỗ trợ 20 HTX chuyển đổi số, tham gia sàn thương mại điện tử;
* Giải ngân 5 tỷ đồng từ Quỹ hỗ trợ phát triển HTX;
* Chuẩn bị sáp nhập tổ chức theo chủ trương của Trung ương.
""", byline="Lê Minh Khoa", author="Lê Minh Khoa",
          notes=["title in the <h2> of table.data_table (no <h1>; <title> is course + platform); the date row shows "
                 "'Cập nhật lúc : 5 ngày trước', the date only in its title attribute, time first ('08:45 Thứ Sáu, "
                 "10 tháng 1, 2025'); byline -> author"],
          opts={"by": "Văn phòng Liên minh"}, **at(datetime(2025, 1, 10, 8, 45))),
        A(path="8", title="Thông báo số 02/TB-LMHTX về lịch nghỉ Tết Nguyên đán Ất Tỵ 2025",
          body="""
LIÊN MINH HTX TỈNH CÀ MAU
Số: 02/TB-LMHTX
Cà Mau, ngày 03 tháng 01 năm 2025
THÔNG BÁO
Về việc nghỉ Tết Nguyên đán Ất Tỵ năm 2025
Thực hiện thông báo của UBND tỉnh, Liên minh HTX tỉnh thông báo lịch nghỉ Tết Nguyên đán Ất Tỵ năm 2025 như sau:
Cán bộ, công chức, người lao động được nghỉ từ ngày 25/01/2025 đến hết ngày 02/02/2025 (tức từ ngày 26 tháng Chạp năm Giáp Thìn đến hết ngày mùng 5 tháng Giêng năm Ất Tỵ).
Văn phòng bố trí trực cơ quan trong những ngày nghỉ Tết theo lịch đính kèm.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Nghĩa
""", author=None, doc_number="02/TB-LMHTX",
          attachments=[{"path": f"/main/announcements/download.php?{CIDREQ}&file=a7c3e9f1d2b4.pdf",
                        "text": "TB-02-LMHTX-lich-nghi-Tet.pdf"}],
          notes=["notice 'Số: 02/TB-LMHTX' dated 03/01 in its text, posted 03/01 16:10; the signer is text, not "
                 "author; the attachment row (' TB-02-LMHTX-lich-nghi-Tet.pdf ' - comment) follows the date row"],
          opts={"by": "Văn phòng Liên minh", "comment": "Lịch trực Tết kèm theo"},
          **{**at(datetime(2025, 1, 3, 16, 10)), "evidence": ["date-element", "listing", "document"]}),
        A(path="7", title="HTX Tân Hưng đưa tôm sinh thái vào siêu thị",
          body="""
HTX Nuôi trồng thủy sản Tân Hưng (huyện Cái Nước) vừa ký hợp đồng cung ứng tôm sú sinh thái cho hệ thống siêu thị tại TP Hồ Chí Minh.
[img tom-tan-hung-1.png] Thành viên HTX Tân Hưng thu hoạch tôm sú trong ao nuôi sinh thái
[img tom-tan-hung-2.png] Tôm được sơ chế, cấp đông tại cơ sở liên kết trước khi giao cho siêu thị
Mỗi tháng HTX cung ứng khoảng 8 tấn tôm, giá bán cao hơn thị trường từ 10 đến 15%.
""", byline="Bài, ảnh: Huỳnh Tấn Phát", author="Huỳnh Tấn Phát",
          notes=["photo story: the captions are lines; 'Bài, ảnh: Huỳnh Tấn Phát' -> author; posted by the "
                 "'Quản trị viên' account"],
          opts={"by": "Quản trị viên"}, **at(datetime(2024, 12, 18, 14, 30))),
        A(path="6", title="Kết quả giải ngân Quỹ hỗ trợ phát triển HTX năm 2024",
          body="""
Năm 2024, Quỹ hỗ trợ phát triển HTX tỉnh Cà Mau đã giải ngân cho 11 dự án với tổng số tiền 6,3 tỷ đồng.
| STT | Huyện, thành phố | Số dự án | Số tiền (triệu đồng) |
| 1 | Huyện Cái Nước | 3 | 1.800 |
| 2 | Huyện Trần Văn Thời | 3 | 1.700 |
| 3 | Huyện Năm Căn | 2 | 1.300 |
| 4 | TP Cà Mau | 3 | 1.500 |
Các dự án tập trung vào nuôi tôm công nghệ cao, chế biến khô cá và dịch vụ du lịch sinh thái.
""", byline="Quỹ Hỗ trợ phát triển HTX", author=None,
          notes=["a TinyMCE/CKEditor table (one line per row); an office closes it: author null"],
          opts={"by": "Văn phòng Liên minh"}, **at(datetime(2024, 12, 5, 9, 0))),
        A(path="5", title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          body="""
Từ ngày 25 đến 27/11, Liên minh HTX tỉnh phối hợp với Sở Thông tin và Truyền thông tổ chức lớp tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX.
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử và mở gian hàng trên sàn thương mại điện tử.
## Học trực tuyến trên Cổng đào tạo
Các bài giảng của lớp tập huấn được đăng tải trên khóa học này để học viên ôn tập.
""", byline="Phạm Thị Thu Hương", author="Phạm Thị Thu Hương",
          notes=["posted 28/11 00:35, after midnight (Chamilo stores UTC, 27/11 17:35, and prints the platform zone); "
                 "the oldest on page 1 of the list"],
          opts={"by": "Văn phòng Liên minh"}, **at(datetime(2024, 11, 28, 0, 35))),
        A(path="4", title="Hội nghị xúc tiến thương mại sản phẩm OCOP của HTX",
          body="""
Ngày 4/11, tại TP Cà Mau, Liên minh HTX tỉnh tổ chức hội nghị xúc tiến thương mại, kết nối tiêu thụ sản phẩm OCOP của các HTX.
Hội nghị có sự tham gia của 45 HTX và 12 doanh nghiệp phân phối; 9 biên bản ghi nhớ hợp tác đã được ký kết.
Các sản phẩm được quan tâm nhiều là mật ong U Minh, khô cá bổi, tôm khô Rạch Gốc.
""", byline="Theo Báo Cà Mau", author=None,
          notes=["reprint 'Theo Báo Cà Mau': a source, author null; only on page 2 of the list"],
          opts={"by": "Quản trị viên"}, **at(datetime(2024, 11, 4, 9, 20))),
        A(path="3", title="Kế hoạch số 15/KH-LMHTX tổ chức Hội chợ sản phẩm HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH CÀ MAU
Số: 15/KH-LMHTX
Cà Mau, ngày 14 tháng 10 năm 2024
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm HTX tỉnh Cà Mau năm 2024
## I. MỤC ĐÍCH, YÊU CẦU
Quảng bá, giới thiệu sản phẩm của HTX, tổ hợp tác; kết nối cung cầu, mở rộng thị trường tiêu thụ.
## II. THỜI GIAN, ĐỊA ĐIỂM
* Thời gian: từ ngày 20/11 đến ngày 24/11/2024;
* Địa điểm: Công viên Hồ Thủy Tạ, TP Cà Mau;
* Quy mô: 80 gian hàng.
CHỦ TỊCH
Nguyễn Văn Bé Ba
""", author=None, doc_number="15/KH-LMHTX",
          attachments=[{"path": f"/main/announcements/download.php?{CIDREQ}&file=c19e5b7a0f33.pdf",
                        "text": "KH-15-LMHTX-Hoi-cho-2024.pdf"}],
          notes=["plan 'Số: 15/KH-LMHTX' dated 14/10, posted 15/10 07:50; signer is text; only on page 2"],
          opts={"by": "Văn phòng Liên minh", "comment": "Bản ký số"}, **at(datetime(2024, 10, 15, 7, 50))),
        A(path="2", title="HTX Đất Mũi phát triển du lịch cộng đồng gắn với rừng ngập mặn",
          body="""
HTX Dịch vụ du lịch Đất Mũi (huyện Ngọc Hiển) hiện có 32 thành viên, khai thác các tuyến tham quan rừng ngập mặn và trải nghiệm nghề biển.
Năm 2024, HTX đón hơn 15.000 lượt khách, doanh thu đạt gần 3 tỷ đồng.
Thành viên HTX được tập huấn kỹ năng phục vụ khách, giữ gìn cảnh quan và bảo vệ rừng.
""", byline="Trúc Lam", author="Trúc Lam",
          notes=["only on page 2 of the list; byline -> author"],
          opts={"by": "Quản trị viên"}, **at(datetime(2024, 9, 23, 15, 5))),
        A(path="1", title="Khai trương Bảng tin Liên minh HTX tỉnh trên Cổng đào tạo trực tuyến",
          body="""
Từ tháng 9/2024, Liên minh HTX tỉnh Cà Mau đưa vào sử dụng khóa học "Bảng tin Liên minh HTX tỉnh Cà Mau" trên Cổng đào tạo trực tuyến.
Các HTX, tổ hợp tác có thể theo dõi thông báo, văn bản và tài liệu tập huấn mà không cần đăng nhập.
Mọi góp ý xin gửi về Văn phòng Liên minh HTX tỉnh.
""", author=None,
          notes=["no byline: author null; the oldest, only on page 2 ('3 tháng trước')"],
          opts={"by": "Quản trị viên"}, **at(datetime(2024, 9, 9, 10, 0))),
    ]


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, "table table-bordered"))
        elif b.kind == "img":
            src = f"/courses/{CODE}/document/images/{b.src}"
            out.append(f'<p style="text-align: center;"><img src="{src}" alt="" width="640" height="427" /><br />'
                       f"<em>{esc(b.text)}</em></p>" if b.text else f'<p><img src="{src}" alt="" /></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def layout(title: str, crumbs: list[tuple[str, str | None]], content: str, course: bool = True) -> str:
    crumb_html = "".join(
        f'<li><a href="{href}">{esc(t)}</a></li>' if href else f'<li class="active">{esc(t)}</li>' for t, href in crumbs)
    toolbar = ""
    if course:
        toolbar = (f'<div id="toolbar-course" class="btn-group"><a class="btn btn-default" href="{HOME}">'
                   f'<em class="fa fa-home"></em> {esc(COURSE)}</a><a class="btn btn-default" href="{DESC}">Mô tả khóa học</a>'
                   f'<a class="btn btn-default" href="{LIST}">Thông báo</a><a class="btn btn-default" href="{DOCS}">Tài liệu'
                   f'</a><a class="btn btn-default" href="{CAL}">Lịch</a></div>')
    return f"""<!DOCTYPE html>
<!--[if lt IE 7]> <html lang="vi" class="no-js lt-ie9 lt-ie8 lt-ie7"> <![endif]-->
<html lang="vi" class="no-js">
<head>
<meta charset="UTF-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{esc(title)}</title>
<meta name="Generator" content="Chamilo 1.11.26" />
<link href="/web/assets/bootstrap/dist/css/bootstrap.min.css" rel="stylesheet" media="screen" type="text/css" />
<link href="/web/css/base.css" rel="stylesheet" media="screen" type="text/css" />
<link href="/web/css/themes/chamilo/default.css" rel="stylesheet" media="screen" type="text/css" />
<link rel="shortcut icon" href="/favicon.ico" type="image/x-icon" />
<script src="/web/assets/jquery/dist/jquery.min.js"></script>
<script>var _p = {{"web": "/", "web_course": "/courses/", "web_main": "/main/", "web_lang": "/main/lang/", "web_ajax": "/main/inc/ajax/", "language": "vietnamese", "timezone": "Asia/Ho_Chi_Minh"}};</script>
</head>
<body dir="ltr" class="section-mycourses">
<noscript>Trình duyệt của bạn không hỗ trợ JavaScript hoặc JavaScript đã bị tắt.</noscript>
<div id="cookieConsent" class="alert alert-info cookie-warning"><p>{esc(COOKIE)}</p><a href="javascript:void(0)" class="btn btn-primary btn-sm" id="cookieConsentAccept">{COOKIE_OK}</a></div>
<div class="wrap">
<header id="cm-header">
<div id="navigation" class="notification-panel"></div>
<div class="container"><div class="row">
<div class="col-xs-10 col-md-3"><div class="logo"><a href="/index.php" title="{attr(PLATFORM)}"><img class="img-responsive" src="/web/css/themes/chamilo/images/header-logo.png" alt="{attr(PLATFORM)}" /></a></div></div>
<div class="col-xs-12 col-md-9"><div class="section-notifications"></div></div>
</div></div>
<nav class="navbar navbar-default"><div class="container"><div class="navbar-header"><button type="button" class="navbar-toggle collapsed" data-toggle="collapse" data-target="#menuone"><span class="sr-only">Menu</span></button></div>
<div class="collapse navbar-collapse" id="menuone"><ul class="nav navbar-nav">
<li class="homepage "><a href="/index.php" title="Trang chủ">Trang chủ</a></li>
<li class="catalog "><a href="/main/auth/courses.php" title="Danh mục khóa học">Danh mục khóa học</a></li>
</ul></div></div></nav>
<div class="nav-breadcrumb"><div class="container"><ul class="breadcrumb"><li><a href="/index.php"><em class="fa fa-home"></em> Trang chủ</a></li>{crumb_html}</ul></div></div>
</header>
<section id="cm-content"><div class="container"><div class="row"><div class="col-xs-12 col-md-12">
{toolbar}
<div class="page-content">
{content}
</div>
</div></div></div></section>
</div>
<footer class="footer"><div class="container"><div class="row">
<div class="col-xs-12 col-md-4"><div class="administrator-name">{esc(ADMIN)}</div><div class="teachers">{esc(TEACHER)}</div></div>
<div class="col-xs-12 col-md-4"><div class="footer-extra">{esc(ADDRESS)}</div></div>
<div class="col-xs-12 col-md-4 text-right"><div class="poweredby">{POWERED}</div></div>
</div></div></footer>
<script src="/web/assets/bootstrap/dist/js/bootstrap.min.js"></script>
<script src="/main/inc/lib/javascript/cookieconsent.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ca-mau", f"{ORG} (Chamilo LMS)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    title = f"{COURSE} - {PLATFORM}"
    for a in arts:
        n = a.path
        a.opts["id"] = n
        a.path = f"{ANN}?action=view&id={n}&{CIDREQ}"
        short = f"{ANN}?cidReq={CODE}&id_session=0&action=view&id={n}"
        rows = [f"<tr><td><h2>{esc(a.title)}</h2></td></tr>", f"<tr><td>{body_html(a)}</td></tr>",
                f'<tr><td class="announcements_datum">Cập nhật lúc : <span class="boot-tooltip" '
                f'title="{long_dt(a.date)}">{ago(a.date)}</span></td></tr>']
        for x in a.attachments:
            rows.append(f'<tr><td><br/><img src="/main/img/attachment.gif" alt="Tệp đính kèm" title="Tệp đính kèm" />'
                        f'<a href="{x["path"]}"> {esc(x["text"])} </a> - <span class="forum_attach_comment" >'
                        f'{esc(a.opts["comment"])}</span></td></tr>')
        content = ('<div class="actions"><a href="' + LIST + '"><img src="/main/img/icons/32/back.png" alt="Quay lại" '
                   'title="Quay lại" /></a></div>'
                   '<table height="100" width="100%" cellpadding="5" cellspacing="0" class="table table-hover '
                   'table-striped data_table">' + "".join(rows) + "</table>")
        site.page(a.path, layout(title, [(COURSE, HOME), ("Thông báo", LIST), (a.title, None)], content))
        site.same_page(short, a.path)
        a.aliases.append(short)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/courses/{CODE}/document/images/{b.src}", image_for(b.src))
        for x in a.attachments:
            name = f"_routes/{x['text'].lower()}"
            site.files[name] = pdf(a.title, ["LIEN MINH HTX TINH CA MAU", f"SO: {a.doc_number}"])
            site.routes.append({"path": x["path"], "file": name, "content_type": "application/pdf"})
        site.add_article(a)

    # the Announcements list (SortableTable, 5 a page)
    def listing(items: list[RichArticle], page: int) -> str:
        rows = "".join(
            f'<tr class="{"row_odd" if i % 2 else "row_even"}"><td><a href="{a.path}">{esc(a.title)}</a>'
            + (' <img src="/main/img/attachment.gif" alt="Tệp đính kèm" />' if a.attachments else "")
            + f'</td><td>{esc(a.opts["by"])}</td><td>{long_dt(a.date)}</td></tr>'
            for i, a in enumerate(items))
        pager = ('<ul class="pagination">'
                 + (f'<li class="active"><a href="#">1</a></li><li><a href="{PAGE2}">2</a></li>'
                    f'<li><a href="{PAGE2}">&raquo;</a></li>' if page == 1 else
                    f'<li><a href="{LIST}">&laquo;</a></li><li><a href="{LIST}">1</a></li>'
                    '<li class="active"><a href="#">2</a></li>') + "</ul>")
        return (f'<div class="table-well"><div class="row"><div class="col-md-6"><span class="sortable-table-count">'
                f'{len(arts)} kết quả</span></div><div class="col-md-6 text-right">{pager}</div></div>'
                '<table class="table table-hover table-striped table-bordered data_table" id="announcement">'
                f'<thead><tr><th><a href="{LIST}&announcement_column=0&announcement_direction=ASC">Tiêu đề</a></th>'
                '<th>Được gửi bởi</th><th>Cập nhật lúc</th></tr></thead>'
                f"<tbody>{rows}</tbody></table></div>")

    site.page(LIST, layout(title, [(COURSE, HOME), ("Thông báo", None)], listing(arts[:5], 1)))
    site.page(PAGE2, layout(title, [(COURSE, HOME), ("Thông báo", None)], listing(arts[5:], 2)))
    site.same_page(f"{LIST}&announcement_column=0&announcement_direction=ASC", LIST)

    # course home: introduction and tool icons
    tools = [("Mô tả khóa học", DESC, "info.png"), ("Thông báo", LIST, "valves.png"), ("Tài liệu", DOCS, "folder_document.png"),
             ("Lịch", CAL, "agenda.png")]
    icons = "".join(f'<div class="col-xs-6 col-md-3 course-tool"><div class="big_icon"><a href="{h}" class="">'
                    f'<img src="/main/img/icons/64/{i}" alt="{attr(t)}" title="{attr(t)}" /></a></div>'
                    f'<div class="content"><a href="{h}" class="">{esc(t)}</a></div></div>' for t, h, i in tools)
    intro = (f'<div id="course_introduction" class="introduction"><p>Chào mừng đến với {esc(COURSE)}. Đây là nơi '
             f'{esc(ORG)} đăng thông báo, văn bản và tài liệu tập huấn dành cho các HTX, tổ hợp tác trong tỉnh.</p></div>')
    site.page(HOME, layout(title, [(COURSE, None)], intro + f'<div id="course_tools"><div class="row">{icons}</div></div>'))
    site.redirect(f"/courses/{CODE}/", HOME, 302)
    site.redirect(f"/courses/{CODE}/index.php", HOME, 302)
    desc = ('<div class="course-description"><h3 class="panel-title">Mô tả</h3><p>Khóa học mở dùng làm bảng tin của '
            'Liên minh HTX tỉnh: thông báo, kế hoạch, tin hoạt động.</p><h3 class="panel-title">Đối tượng</h3><p>Cán bộ '
            'quản lý HTX, tổ hợp tác, thành viên HTX trên địa bàn tỉnh Cà Mau.</p></div>')
    site.page(DESC, layout(title, [(COURSE, HOME), ("Mô tả khóa học", None)], desc))
    docs = ('<table class="table table-hover table-striped data_table"><thead><tr><th>Tên</th><th>Kích thước</th>'
            '<th>Ngày</th></tr></thead><tbody><tr><td><a href="/main/document/document.php?' + CIDREQ
            + '&id=12">images</a></td><td>-</td><td>28/11/2024</td></tr></tbody></table>')
    site.page(DOCS, layout(title, [(COURSE, HOME), ("Tài liệu", None)], docs))
    site.page(f"/main/document/document.php?{CIDREQ}&id=12",
              layout(title, [(COURSE, HOME), ("Tài liệu", DOCS), ("images", None)],
                     '<p class="alert alert-info">Thư mục trống hoặc bạn không có quyền xem.</p>'))
    site.page(CAL, layout(title, [(COURSE, HOME), ("Lịch", None)],
                          '<div id="calendar"></div><script>var events_url = "/main/inc/ajax/agenda.ajax.php?a=get_events";</script>'))
    # platform home and catalogue
    login = ('<div class="panel panel-default"><div class="panel-body"><form id="formLogin" method="post" '
             'action="/index.php"><div class="form-group"><label>' + LOGIN_USER + '</label><input class="form-control" '
             'name="login" type="text"></div><div class="form-group"><label>' + LOGIN_PASS + '</label><input '
             'class="form-control" name="password" type="password"></div><button class="btn btn-primary" '
             'type="submit" name="submitAuth">Đăng nhập</button></form><a href="/main/auth/lostPassword.php">'
             + FORGOT + '</a></div></div>')
    course_card = (f'<div class="items items-courses"><div class="description"><h4 class="title"><a href="{HOME}">'
                   f'{esc(COURSE)}</a></h4><div class="category">Tin tức - Thông báo</div></div></div>')
    home = (f'<div class="row"><div class="col-md-9"><section id="homepage-home"><div class="home-page">'
            f'<h3>Chào mừng đến với {esc(PLATFORM)}</h3><p>Hệ thống đào tạo trực tuyến của {esc(ORG)}.</p></div>'
            f'</section><section id="homepage-course"><h3>Khóa học mở</h3>{course_card}</section></div>'
            f'<div class="col-md-3">{login}</div></div>')
    site.page("/index.php", layout(PLATFORM, [], home, course=False))
    site.same_page("/", "/index.php")
    site.page("/main/auth/courses.php", layout(f"Danh mục khóa học - {PLATFORM}", [("Danh mục khóa học", None)],
                                               course_card, course=False))
    site.page("/main/auth/lostPassword.php", layout(f"Quên mật khẩu - {PLATFORM}", [("Quên mật khẩu", None)],
                                                    '<form method="post"><label>Email</label><input name="user"></form>',
                                                    course=False))
    site.static("/robots.txt", "User-agent: *\nDisallow: /app/\nDisallow: /bin/\nDisallow: /documentation/\n"
                               "Disallow: /home/\nDisallow: /main/admin/\nDisallow: /main/auth/lostPassword.php\n"
                               "Disallow: /vendor/\n")
    site.never_fetched.append("/main/auth/lostPassword.php")
    site.non_articles += ["/index.php", HOME, LIST, PAGE2, DESC, DOCS, CAL, "/main/auth/courses.php"]
    site.binary("/favicon.ico", image_for("favicon"))
    for p in ("/web/css/themes/chamilo/images/header-logo.png", "/main/img/attachment.gif", "/main/img/icons/32/back.png",
              *[f"/main/img/icons/64/{i}" for _, _, i in tools]):
        site.binary(p, image_for(p))

    site.trap("the platform home (/ = /index.php) links the open course; the course home is a grid of tool icons; "
              "header, breadcrumb, course tool bar, cookie warning and footer ('Quản trị viên: …', 'Được cung cấp bởi "
              "Chamilo © 2025') on every page", HOME)
    site.trap("the Announcements list is a SortableTable of five rows ('Tiêu đề / Được gửi bởi / Cập nhật lúc', dates "
              "'09:20 Thứ Hai, 4 tháng 11, 2024', time first); the four oldest are only on page 2 "
              "(announcement_page_nr=2&announcement_per_page=5&…)", PAGE2)
    site.trap("an announcement: title in an <h2> inside table.data_table (no <h1>; <title> = course + platform), "
              "'Cập nhật lúc : 2 tháng trước' (relative age, the date only in the span's title attribute); the "
              "notification e-mail's link ?cidReq=…&id_session=0&action=view&id=n serves the same page (alias)",
              arts[0].path)
    site.trap("robots.txt disallows /main/auth/lostPassword.php (linked from the login box): never fetched",
              "/main/auth/lostPassword.php")
    return site
