"""Site `tintuc-htxcaobang` (registry family `generic`): the news site of the Cao Bằng cooperative alliance on
**e107 v2.3** (the stock `bootstrap3` theme, the Vietnamese language pack, SEF URLs switched on for news, the menus
login_menu, other_news_menu, news_categories_menu, blogcalendar_menu, online_menu and the poll plugin in the sidebar,
the rss_menu plugin, the core comment system). Written as a held-out test: no family module, no selectors.

URL shapes: an item at its SEF address `/news/<id>/<sef-url>` (rel=canonical), also at the legacy
`news.php?extend.<id>` (the "Tin khác" menu still prints it), its print view `print.php?news.<id>` and the
robots-disallowed `email.php?news.<id>`; the front page `news.php` (and `/`) paged by e107's offset nextprev
`news.php?5`; categories `news.php?cat.<id>` paged `news.php?cat.<id>.<from>`; months `news.php?month.<yyyymm>`;
the custom page `page.php?id=1`, `contact.php`, `search.php?q=…`, profiles `user.php?id.<n>`, the feed
`e107_plugins/rss_menu/rss.php?news.2`.

Why it is hard: the page has NO <h1>: the item's title is the `<h2>` of `div.view-item`, and every sidebar menu's
caption is an `<h2 class="caption">` too. The news info line is "Đăng bởi <account> ngày Thứ Năm 12 Tháng 3 2026 -
08:30:00" (e107's long date format; the account "quantri" / "bientap" is never the author, a closing byline is);
no date in the head. Front page and category lists print each item's news body (the part before the extended
text) in the same `div.body` markup with "Xem tiếp ...", with the SHORT date format "12 Th3 : 08:30" (no year);
items without extended text are shown IN FULL there. Comments under the item carry relative dates ("2 ngày
trước", {TIMEDATE=relative}) and a guest comment form; the print view repeats the text with "Bài viết này đến
từ …" and the item's legacy URL.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf, weekday
from .richbody import RichArticle, parse_rich, table_html

SITE = "tintuc-htxcaobang"
ORG = "Liên minh Hợp tác xã tỉnh Cao Bằng"
SHORT = "Liên minh HTX tỉnh Cao Bằng"
HTML = "text/html; charset=utf-8"
NOW = datetime(2026, 3, 14, 10, 0)
USERS = {1: "quantri", 3: "bientap"}
CATS = {1: ("Tin hoạt động", "tin-hoat-dong"), 2: ("Gương điển hình", "guong-dien-hinh"),
        3: ("Văn bản - Thông báo", "van-ban-thong-bao"), 4: ("Ảnh hoạt động", "anh-hoat-dong")}
MEDIA = "/e107_media/7c1e9f3a2b"
SLOGAN = "Đoàn kết - Hợp tác - Phát triển bền vững"
CHROME = [SLOGAN, "Đăng nhập", "Tên đăng nhập:", "Mật khẩu:", "Nhớ mật khẩu", "Đăng ký", "Quên mật khẩu?",
          "Tin khác", "Danh mục tin", "Lưu trữ tin", "Ai đang trực tuyến", "Khách: 9", "Thành viên: 0",
          "Tổng số thành viên: 41", "Thành viên mới nhất: htxphuchoa", "Trực tuyến nhiều nhất: 236",
          "Thăm dò ý kiến", "Hình thức hỗ trợ nào giúp HTX của bạn hiệu quả nhất?", "Tiếp cận vốn vay ưu đãi",
          "Tập huấn, đào tạo cán bộ", "Hỗ trợ xúc tiến thương mại", "Bình chọn",
          "Bình luận", "Gửi bình luận", "Bình luận của bạn sẽ được hiển thị sau khi quản trị viên duyệt.",
          "Tin liên quan", "Đăng bởi", "Bản in", "Gửi email", "Chia sẻ",
          "Bản quyền © 2026 Liên minh Hợp tác xã tỉnh Cao Bằng. Giữ bản quyền.",
          "Địa chỉ: Số 021 phố Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng - Điện thoại: 0206.3852.347",
          "Vận hành bởi e107", "Thời tiết Cao Bằng: Sương mù sáng sớm, 18°C"]
VN_MONTH_SHORT = ["Th1", "Th2", "Th3", "Th4", "Th5", "Th6", "Th7", "Th8", "Th9", "Th10", "Th11", "Th12"]
EXT = "<!-- extended -->"


def long_date(d: datetime) -> str:
    """e107's long format '%A %d %B %Y - %H:%M:%S' through the Vietnamese language pack."""
    return f"{weekday(d)} {d:%d} Tháng {d.month} {d:%Y} - {d:%H:%M:%S}"


def short_date(d: datetime) -> str:
    """e107's short format '%d %b : %H:%M' (no year)."""
    return f"{d:%d} {VN_MONTH_SHORT[d.month - 1]} : {d:%H:%M}"


def relative(d: datetime) -> str:
    secs = (NOW - d).total_seconds()
    if secs < 3600:
        return f"{int(secs // 60)} phút trước"
    if secs < 86400:
        return f"{int(secs // 3600)} giờ trước"
    if secs < 7 * 86400:
        return f"{int(secs // 86400)} ngày trước"
    if secs < 35 * 86400:
        return f"{int(secs // (7 * 86400))} tuần trước"
    return f"{int(secs // (30 * 86400))} tháng trước"


class NewsItem(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(EXT, ""))


def articles() -> list[NewsItem]:
    A = NewsItem

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="137", title="Liên minh HTX tỉnh Cao Bằng tổng kết phong trào thi đua năm 2025",
          body="""
Sáng 11/3, Liên minh HTX tỉnh tổ chức hội nghị tổng kết phong trào thi đua yêu nước năm 2025 và ký giao ước thi đua năm 2026.
<!-- extended -->
Năm 2025, toàn tỉnh có 412 HTX đang hoạt động, tăng 27 HTX so với năm trước; doanh thu bình quân đạt 1,9 tỷ đồng mỗi HTX.
[img tong-ket-thi-dua-2025.png] Lãnh đạo Liên minh HTX tỉnh trao bằng khen cho các tập thể xuất sắc
## Ký giao ước thi đua năm 2026
Các cụm thi đua cam kết phát triển thêm 30 HTX mới, trong đó ít nhất 10 HTX ở các xã vùng cao biên giới.
""", byline="Bài và ảnh: Nông Thị Huyền", author="Nông Thị Huyền",
          opts={"cat": 1, "user": 1, "sef": "lien-minh-htx-tinh-cao-bang-tong-ket-phong-trao-thi-dua-nam-2025",
                "thumb": "thi-dua-thumb.png",
                "comments": [("Lương Văn Tài", datetime(2026, 3, 12, 20, 15), "Chúc mừng các HTX được khen thưởng!"),
                             ("htxphuchoa", datetime(2026, 3, 13, 14, 40), "Mong Liên minh tiếp tục hỗ trợ HTX vùng biên giới.")]},
          notes=["item /news/137/<sef-url>: no <h1>, the title is div.view-item's <h2> (the menus' captions are h2.caption); "
                 "'Đăng bởi quantri ngày Thứ Năm 12 Tháng 3 2026 - 08:30:00' (long format; the account is no author); "
                 "'Bài và ảnh: Nông Thị Huyền' closes the text (author); two comments with relative dates ('1 ngày trước', "
                 "'19 giờ trước') and the guest form after it: not text",
                 "the same item at news.php?extend.137 (the 'Tin khác' menu; rel=canonical to the SEF URL) and its print view "
                 "print.php?news.137 ('Bài viết này đến từ …'): aliases; email.php?news.137 is disallowed by robots.txt"],
          **at(datetime(2026, 3, 12, 8, 30))),
        A(path="136", title="Thông báo số 08/TB-LMHTX về việc đăng ký tham gia Hội chợ HTX vùng Đông Bắc năm 2026",
          body="""
Liên minh HTX tỉnh thông báo tới các HTX về việc đăng ký tham gia Hội chợ HTX vùng Đông Bắc năm 2026.
<!-- extended -->
LIÊN MINH HTX TỈNH CAO BẰNG
Số: 08/TB-LMHTX
Cao Bằng, ngày 04 tháng 3 năm 2026
THÔNG BÁO
Hội chợ được tổ chức từ ngày 10/4 đến ngày 14/4/2026 tại thành phố Thái Nguyên. Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho 12 HTX có sản phẩm OCOP.
Hồ sơ đăng ký gửi về Văn phòng Liên minh HTX tỉnh trước ngày 20/3/2026.
Nơi nhận:
- Các HTX, liên hiệp HTX;
- Lưu: VT.
CHỦ TỊCH
Đàm Văn Chiến
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": f"{MEDIA}/files/2026-03/tb_08_lmhtx_hoi_cho_dong_bac.pdf", "text": "tb_08_lmhtx_hoi_cho_dong_bac.pdf"}],
          opts={"cat": 3, "user": 3, "sef": "thong-bao-so-08-tb-lmhtx-ve-viec-dang-ky-tham-gia-hoi-cho-htx-vung-dong-bac-nam-2026",
                "comments": [("Hà Thị Mai", datetime(2026, 3, 8, 9, 5), "HTX chúng tôi muốn đăng ký, xin số điện thoại liên hệ ạ.")]},
          notes=["notice 'Số: 08/TB-LMHTX' dated 04/3 in its place-date line, posted 05/3/2026 15:00 by the account 'bientap'; the "
                 "'Nơi nhận:' block and the signer are text, author null; the e107_media PDF under 'Tệp đính kèm:' "
                 "(an attachment, not text)"],
          **at(datetime(2026, 3, 5, 15, 0))),
        A(path="134", title="Miến dong Nguyên Bình vươn xa nhờ mô hình HTX",
          body="""
Từ nghề làm miến thủ công của đồng bào Dao, HTX Miến dong Phja Đén đã đưa sản phẩm vào hệ thống siêu thị ở nhiều tỉnh.
<!-- extended -->
Để giữ chất lượng, HTX thống nhất với các thành viên ba yêu cầu:
* Chỉ dùng củ dong riềng trồng tại địa phương, không pha bột khác;
* Phơi miến bằng nắng tự nhiên trên giàn cao;
* Đóng gói có tem truy xuất nguồn gốc.
Năm 2025, HTX tiêu thụ 86 tấn miến, tạo việc làm thường xuyên cho 35 lao động.
""", byline="Đàm Thanh - Trung tâm Khuyến công", author="Đàm Thanh",
          opts={"cat": 2, "user": 1, "sef": "mien-dong-nguyen-binh-vuon-xa-nho-mo-hinh-htx", "thumb": "mien-dong-thumb.png"},
          notes=["a three-item list after a line ending with a colon; byline 'Đàm Thanh - Trung tâm Khuyến công' -> author Đàm Thanh"],
          **at(datetime(2026, 2, 24, 9, 40))),
        A(path="131", title="Kết quả thực hiện Chương trình OCOP năm 2025 của các HTX",
          body="""
Năm 2025, các HTX trên địa bàn tỉnh có thêm 21 sản phẩm được công nhận đạt chuẩn OCOP.
<!-- extended -->
| Nhóm sản phẩm | Số sản phẩm | 3 sao | 4 sao |
| Thực phẩm | 12 | 9 | 3 |
| Đồ uống | 4 | 3 | 1 |
| Dược liệu | 3 | 2 | 1 |
| Thủ công mỹ nghệ | 2 | 2 | 0 |
Các sản phẩm tiêu biểu gồm hạt dẻ Trùng Khánh, lạp sườn hun khói và trà hoa vàng.
""", byline="Theo Báo Cao Bằng", author=None,
          opts={"cat": 1, "user": 3, "sef": "ket-qua-thuc-hien-chuong-trinh-ocop-nam-2025-cua-cac-htx"},
          notes=["a data table in the extended text (one line per row); 'Theo Báo Cao Bằng' (a newspaper): text, author null"],
          **at(datetime(2026, 1, 28, 10, 15))),
        A(path="128", title="Ảnh: Phiên chợ nông sản HTX ở Trùng Khánh",
          body="""
Phiên chợ nông sản HTX cuối tuần ở Trùng Khánh thu hút đông đảo người dân và du khách.
<!-- extended -->
[img cho-trung-khanh-1.png] Hạt dẻ Trùng Khánh của HTX Dịch vụ nông nghiệp Đình Phong
[img cho-trung-khanh-2.png] Thành viên HTX giới thiệu lạp sườn hun khói với du khách
[img cho-trung-khanh-3.png] Gian hàng trà hoa vàng của HTX Phia Oắc
""", byline="Ảnh: Lục Văn Toàn", author="Lục Văn Toàn",
          opts={"cat": 4, "user": 1, "sef": "anh-phien-cho-nong-san-htx-o-trung-khanh", "thumb": "cho-trung-khanh-thumb.png"},
          notes=["photo story: each bbcode image with its centred <em> caption paragraph (one line each); 'Ảnh: Lục Văn Toàn' -> author"],
          **at(datetime(2026, 1, 9, 16, 20))),
        A(path="125", title="Thành lập HTX Nông lâm nghiệp Bảo Lạc",
          body="""
Ngày 15/12, HTX Nông lâm nghiệp Bảo Lạc ra mắt với 11 thành viên sáng lập, vốn điều lệ 1,2 tỷ đồng.
HTX sẽ trồng và chế biến quế, hồi trên diện tích 60 ha, liên kết tiêu thụ với một doanh nghiệp ở Lạng Sơn.
""", author=None,
          opts={"cat": 1, "user": 3, "sef": "thanh-lap-htx-nong-lam-nghiep-bao-lac"},
          notes=["a short item with no extended text and no byline: the front page's news.php?5 shows it IN FULL (same "
                 "div.body markup, no 'Xem tiếp'); author null"],
          **at(datetime(2025, 12, 16, 14, 5))),
        A(path="121", title="Tập huấn kỹ năng bán hàng trực tuyến cho HTX",
          body="""
Trong ba ngày 18 đến 20/11, Liên minh HTX tỉnh mở lớp tập huấn bán hàng trực tuyến cho 45 cán bộ HTX.
<!-- extended -->
+ Chụp ảnh, quay video giới thiệu sản phẩm bằng điện thoại;
+ Mở gian hàng trên các sàn thương mại điện tử;
+ Livestream bán hàng và chăm sóc khách hàng.
Kết thúc lớp học, nhiều HTX đã mở gian hàng và nhận được đơn hàng đầu tiên.
""", byline="Hà Phương", author="Hà Phương",
          opts={"cat": 1, "user": 1, "sef": "tap-huan-ky-nang-ban-hang-truc-tuyen-cho-htx"},
          notes=["a numbered list; 'Hà Phương' closes the text (author); on news.php?5 and the category's news.php?cat.1.3 only"],
          **at(datetime(2025, 11, 20, 9, 0))),
        A(path="118", title="HTX Chè Phja Đén nâng cao chất lượng sản phẩm",
          body="""
HTX Chè Phja Đén đầu tư máy sao chè và kho bảo quản, nâng công suất lên 12 tấn chè khô mỗi năm.
Sản phẩm chè xanh của HTX đã đạt chứng nhận OCOP 3 sao và có mặt tại nhiều cửa hàng ở Hà Nội.
""", byline="Hoàng Dũng (Văn phòng Liên minh HTX tỉnh)", author="Hoàng Dũng",
          opts={"cat": 2, "user": 1, "sef": "htx-che-phja-den-nang-cao-chat-luong-san-pham"},
          notes=["oldest item, no extended text: shown in full on news.php?5 and news.php?cat.2.3; byline 'Hoàng Dũng (Văn phòng "
                 "Liên minh HTX tỉnh)' -> author Hoàng Dũng"],
          **at(datetime(2025, 10, 22, 8, 45))),
    ]


def render(markup: str) -> str:
    out = []
    for b in parse_rich(markup):
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img class="img-rounded bbcode bbcode-img" src="{MEDIA}/images/2026-01/{b.src}" '
                       f'alt="{attr(b.text)}"></p><p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            out.append(table_html(b, "table table-bordered table-striped", border=False))
    return "\n".join(out)


def parts(a: NewsItem) -> tuple[str, str]:
    body, sep, ext = a.body.partition(EXT)
    return render(body), (render(ext) if sep else "")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "cao-bang", "Liên minh Hợp tác xã tỉnh Cao Bằng (e107)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += CHROME
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        a.opts["id"] = int(a.path)
        a.path = f"/news/{a.path}/{a.opts['sef']}"
    months = sorted({(a.date.year, a.date.month) for a in items}, reverse=True)

    def menu(caption: str, body: str) -> str:
        return f'<div class="panel panel-default"><div class="panel-heading"><h2 class="caption">{caption}</h2></div><div class="panel-body">{body}</div></div>'

    def layout(title: str, main: str, *, head: str = "") -> str:
        side = (
            menu("Đăng nhập", '<form method="post" action="/login.php"><label>Tên đăng nhập:</label><input class="form-control" name="username">'
                 '<label>Mật khẩu:</label><input class="form-control" type="password" name="userpass">'
                 '<label><input type="checkbox" name="autologin" value="1"> Nhớ mật khẩu</label>'
                 '<button class="btn btn-primary" type="submit" name="userlogin">Đăng nhập</button></form>'
                 '<p><a href="/signup.php">Đăng ký</a> | <a href="/fpw.php">Quên mật khẩu?</a></p>')
            + menu("Tin khác", '<ul class="media-list other-news">' + "".join(
                f'<li class="media"><a href="/news.php?extend.{p.opts["id"]}">{esc(p.title)}</a></li>' for p in items[:5]) + "</ul>")
            + menu("Danh mục tin", '<ul class="news-categories-menu">' + "".join(
                f'<li><a href="/news.php?cat.{cid}">{esc(n)}</a></li>' for cid, (n, _) in CATS.items()) + "</ul>")
            + menu("Lưu trữ tin", '<ul class="blogcalendar">' + "".join(
                f'<li><a href="/news.php?month.{y}{m:02d}">Tháng {m}/{y}</a></li>' for y, m in months) + "</ul>")
            + menu("Thăm dò ý kiến", '<form method="post" action="#"><p><strong>Hình thức hỗ trợ nào giúp HTX của bạn hiệu quả nhất?</strong></p>'
                   '<div class="radio"><label><input type="radio" name="votea" value="1"> Tiếp cận vốn vay ưu đãi</label></div>'
                   '<div class="radio"><label><input type="radio" name="votea" value="2"> Tập huấn, đào tạo cán bộ</label></div>'
                   '<div class="radio"><label><input type="radio" name="votea" value="3"> Hỗ trợ xúc tiến thương mại</label></div>'
                   '<button class="btn btn-default" type="submit" name="pollvote">Bình chọn</button></form>')
            + menu("Ai đang trực tuyến", '<ul class="list-unstyled online-menu"><li>Khách: 9</li><li>Thành viên: 0</li>'
                   '<li>Tổng số thành viên: 41</li><li>Thành viên mới nhất: htxphuchoa</li><li>Trực tuyến nhiều nhất: 236</li></ul>'))
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<title>{title}</title>
{head}
<link rel="alternate" type="application/rss+xml" title="{SHORT} - Tin tức" href="/e107_plugins/rss_menu/rss.php?news.2">
<link rel="stylesheet" href="/e107_web/lib/bootstrap/3/css/bootstrap.min.css">
<link rel="stylesheet" href="/e107_themes/bootstrap3/style.css">
<script src="/e107_web/lib/jquery/jquery.min.js"></script>
</head>
<body id="layout-jumbotron-sidebar-right">
<div class="navbar navbar-inverse navbar-fixed-top" role="navigation"><div class="container">
<div class="navbar-header"><a class="navbar-brand" href="/"><img class="logo img-responsive" src="/e107_themes/bootstrap3/images/logo.png" alt="{ORG}"> {ORG}</a></div>
<div class="navbar-collapse collapse"><ul class="nav navbar-nav nav-main">
<li><a href="/index.php">Trang chủ</a></li>
<li><a href="/page.php?id=1">Giới thiệu</a></li>
<li><a href="/news.php">Tin tức</a></li>
<li><a href="/news.php?cat.3">Văn bản</a></li>
<li><a href="/contact.php">Liên hệ</a></li>
</ul>
<form class="navbar-form navbar-right" method="get" action="/search.php"><input class="form-control" type="text" name="q" placeholder="Tìm kiếm"></form>
</div></div></div>
<div class="jumbotron"><div class="container"><p class="lead">{SLOGAN}</p><p class="small">Thời tiết Cao Bằng: Sương mù sáng sớm, 18°C</p></div></div>
<div class="container"><div class="row">
<div class="col-xs-12 col-md-8" id="main-content">
{main}
</div>
<div class="col-xs-12 col-md-4" id="sidebar">
{side}
</div>
</div></div>
<footer><div class="container"><hr>
<p>Bản quyền © 2026 {ORG}. Giữ bản quyền.</p>
<p>Địa chỉ: Số 021 phố Hoàng Đình Giong, phường Thục Phán, tỉnh Cao Bằng - Điện thoại: 0206.3852.347</p>
<p class="small">Từ khóa: <a href="/search.php?q=ocop">OCOP</a></p>
<p class="small">Vận hành bởi e107</p>
</div></footer>
<script src="/e107_web/lib/bootstrap/3/js/bootstrap.min.js"></script>
<script src="/e107_web/js/core/front.jquery.js"></script>
</body>
</html>
"""

    def user_link(a: NewsItem) -> str:
        uid = a.opts["user"]
        return f'<a href="/user.php?id.{uid}">{USERS[uid]}</a>'

    def thumb(a: NewsItem) -> str:
        t = a.opts.get("thumb")
        return f'<div class="text-center"><img class="img-responsive news-media" src="{MEDIA}/images/2026-01/{t}" alt=""></div>' if t else ""

    def atts(a: NewsItem) -> str:
        return "".join(f'<p>Tệp đính kèm: <a href="{x["path"]}">{esc(x["text"])}</a></p>' for x in a.attachments)

    for a in items:
        i, sef = a.opts["id"], a.path
        body, ext = parts(a)
        byl = f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>' if a.byline else ""
        comments = a.opts.get("comments", [])
        cat_name = CATS[a.opts["cat"]][0]
        related = [p for p in items if p is not a and p.opts["cat"] == a.opts["cat"]][:3]
        k = items.index(a)
        prev_, next_ = (items[k + 1] if k + 1 < len(items) else None), (items[k - 1] if k > 0 else None)
        pager = ('<ul class="pager hidden-print">'
                 + (f'<li class="previous"><a href="{prev_.path}">&larr; {esc(prev_.title)}</a></li>' if prev_ else "")
                 + (f'<li class="next"><a href="{next_.path}">{esc(next_.title)} &rarr;</a></li>' if next_ else "") + "</ul>")
        com = ('<div id="comments" class="comments-container"><h3>Bình luận <span class="e-comment-total">' + str(len(comments)) + '</span></h3>'
               '<ul class="media-list" id="comments-container">' + "".join(
                   f'<li class="media" id="comment-{i * 10 + n}"><div class="media-left"><img class="img-circle user-avatar" src="/e107_images/generic/blank_avatar.png" alt="" width="50"></div>'
                   f'<div class="media-body"><div class="media-heading"><b>{esc(who)}</b> <small class="text-muted comment-date">{relative(when)}</small></div>'
                   f'<div id="comment-{i * 10 + n}-edit" class="comment-text">{esc(txt)}</div></div></li>'
                   for n, (who, when, txt) in enumerate(comments, 1))
               + '</ul><form id="e-comment-form" method="post" action="/comment.php"><h4>Gửi bình luận</h4>'
               '<input class="form-control" name="author_name" placeholder="Tên của bạn"><textarea class="form-control" name="comment" rows="4"></textarea>'
               '<p class="help-block">Bình luận của bạn sẽ được hiển thị sau khi quản trị viên duyệt.</p>'
               '<button class="btn btn-primary" type="submit" name="commentsubmit">Gửi bình luận</button></form></div>')
        main = (f'<div class="view-item">\n<h2>{esc(a.title)}</h2>\n'
                f'<small class="text-muted"><span class="date">Đăng bởi <span class="author">{user_link(a)}</span> ngày {long_date(a.date)}</span>'
                f' - <a href="/news.php?cat.{a.opts["cat"]}">{esc(cat_name)}</a></small>\n{thumb(a)}\n'
                f'<div class="body">\n{body}\n{ext}\n{byl}\n{atts(a)}\n</div>\n'
                f'<div class="options hidden-print"><div class="btn-group">'
                f'<a class="btn btn-default" href="{sef}#comments"><span class="glyphicon glyphicon-comment"></span> {len(comments)}</a>'
                f'<a class="btn btn-default" href="/print.php?news.{i}" title="Bản in"><span class="glyphicon glyphicon-print"></span> Bản in</a>'
                f'<a class="btn btn-default" href="/email.php?news.{i}" title="Gửi email"><span class="glyphicon glyphicon-envelope"></span> Gửi email</a>'
                f'<a class="btn btn-default" href="{{{{base:offsite}}}}/facebook/sharer" title="Chia sẻ"><span class="glyphicon glyphicon-share"></span> Chia sẻ</a>'
                f'</div></div>\n'
                + (f'<div class="news-related"><h3>Tin liên quan</h3><ul>' + "".join(
                    f'<li><a href="{p.path}">{esc(p.title)}</a> <small>({short_date(p.date)})</small></li>' for p in related) + "</ul></div>" if related else "")
                + f"\n{pager}\n</div>\n<hr>\n{com}")
        head = (f'<meta name="description" content="{attr(a.summary())}">\n<meta property="og:title" content="{attr(a.title)}">\n'
                f'<meta property="og:type" content="article">\n<meta property="og:url" content="{{{{base}}}}{sef}">\n'
                f'<meta property="og:site_name" content="{SHORT}">\n'
                + (f'<meta property="og:image" content="{{{{base}}}}{MEDIA}/images/2026-01/{a.opts["thumb"]}">\n' if a.opts.get("thumb") else "")
                + f'<link rel="canonical" href="{{{{base}}}}{sef}">')
        site.page(sef, layout(f"{esc(a.title)} - {SHORT}", main, head=head), content_type=HTML)
        site.same_page(f"/news.php?extend.{i}", sef)
        printed = (f'<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>{SHORT} - {esc(a.title)}</title>'
                   f'<link rel="stylesheet" href="/e107_web/css/e107.css"><meta name="robots" content="noindex"></head>'
                   f'<body onload="window.print()"><div style="text-align:left"><img src="/e107_themes/bootstrap3/images/logo.png" alt="{ORG}"></div><hr>'
                   f'<div class="print-news"><h2>{esc(a.title)}</h2><p><small>Đăng bởi {USERS[a.opts["user"]]} ngày {long_date(a.date)}</small></p>'
                   f'<div class="body">{body}\n{ext}\n{byl}</div></div><hr>'
                   f'<p>Bài viết này đến từ {ORG}<br>{{{{base}}}}</p><p>URL của bài viết là:<br>{{{{base}}}}/news.php?extend.{i}</p>'
                   f'</body></html>')
        site.page(f"/print.php?news.{i}", printed, content_type=HTML)
        a.aliases += [f"/news.php?extend.{i}", f"/print.php?news.{i}"]
        site.page(f"/email.php?news.{i}", layout(f"Gửi email - {SHORT}", f'<h2 class="caption">Gửi bài viết cho bạn bè</h2>'
                  f'<p>{esc(a.title)}</p><form method="post"><input class="form-control" name="email_send"><button class="btn">Gửi</button></form>'),
                  content_type=HTML)
        site.never_fetched.append(f"/email.php?news.{i}")
        if a.opts.get("thumb"):
            site.binary(f"{MEDIA}/images/2026-01/{a.opts['thumb']}", image_for(a.opts["thumb"]))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"{MEDIA}/images/2026-01/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 08/TB-LMHTX", "Hoi cho HTX vung Dong Bac nam 2026"]))
        site.add_article(a)

    def list_item(a: NewsItem) -> str:
        body, ext = parts(a)
        tail = (f' <a class="more" href="{a.path}">Xem tiếp ...</a>' if ext else
                (f'\n<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>' if a.byline else ""))
        return (f'<div class="view-item">\n<h2><a href="{a.path}">{esc(a.title)}</a></h2>\n'
                f'<small class="text-muted"><span class="date">{short_date(a.date)} bởi <span class="author">{user_link(a)}</span></span></small>\n'
                f'{thumb(a)}\n<div class="body">\n{body}{tail}\n</div>\n'
                f'<div class="options"><a href="{a.path}#comments">Bình luận: {len(a.opts.get("comments", []))}</a></div>\n</div><hr>')

    def nextprev(first: str, url_tpl: str, total: int, per: int, frm: int) -> str:
        if total <= per:
            return ""
        out = []
        for k in range(0, total, per):
            href = first if k == 0 else url_tpl.replace("[FROM]", str(k))
            out.append(f'<li class="active"><span>{k // per + 1}</span></li>' if k == frm else
                       f'<li><a href="{href}">{k // per + 1}</a></li>')
        return f'<div class="nextprev"><ul class="pagination">{"".join(out)}</ul></div>'

    def listing(first: str, url_tpl: str, caption: str, lst: list, per: int) -> None:
        for frm in range(0, max(len(lst), 1), per):
            path = first if frm == 0 else url_tpl.replace("[FROM]", str(frm))
            main = (f'<h2 class="caption">{esc(caption)}</h2>' + "".join(list_item(p) for p in lst[frm:frm + per])
                    + nextprev(first, url_tpl, len(lst), per, frm))
            site.page(path, layout(f"{esc(caption)} - {SHORT}", main), content_type=HTML)
            site.non_articles.append(path)

    listing("/news.php", "/news.php?[FROM]", "Tin tức", items, 5)
    site.same_page("/", "/news.php")
    site.same_page("/index.php", "/news.php")
    site.non_articles += ["/", "/index.php"]
    site.trap("front page / (= index.php = news.php) paged by e107's offset nextprev news.php?5: each item's news body in the same "
              "div.body markup, 'Xem tiếp ...', the short date '12 Th3 : 08:30' (no year) 'bởi quantri'; items without extended "
              "text shown in full: listings", "/news.php?5")
    for cid, (name, _) in CATS.items():
        listing(f"/news.php?cat.{cid}", f"/news.php?cat.{cid}.[FROM]", name, [p for p in items if p.opts["cat"] == cid], 3)
    site.trap("category lists news.php?cat.<id> (the sidebar's 'Danh mục tin'), three a page: news.php?cat.1.3: listings", "/news.php?cat.1.3")
    for y, m in months:
        path = f"/news.php?month.{y}{m:02d}"
        main = f'<h2 class="caption">Lưu trữ tin: Tháng {m}/{y}</h2>' + "".join(
            list_item(p) for p in items if (p.date.year, p.date.month) == (y, m))
        site.page(path, layout(f"Lưu trữ tin - {SHORT}", main), content_type=HTML)
        site.non_articles.append(path)
    site.trap("month lists news.php?month.<yyyymm> (blogcalendar_menu's 'Lưu trữ tin'): listings", "/news.php?month.202603")

    about = ('<div class="cpage-body"><h2 class="caption">Giới thiệu</h2><p>Liên minh Hợp tác xã tỉnh Cao Bằng là tổ chức chính trị - xã hội '
             'và kinh tế, đại diện và bảo vệ quyền lợi hợp pháp của các HTX, liên hiệp HTX, tổ hợp tác trên địa bàn tỉnh.</p>'
             '<p>Cơ quan Liên minh gồm Văn phòng, Ban Tuyên truyền - Kiểm tra, Ban Hỗ trợ phát triển và Quỹ hỗ trợ phát triển HTX.</p></div>')
    site.page("/page.php?id=1", layout(f"Giới thiệu - {SHORT}", about), content_type=HTML)
    contact = ('<h2 class="caption">Liên hệ</h2><form method="post" action="/contact.php"><input class="form-control" name="author_name" placeholder="Họ tên">'
               '<input class="form-control" name="email_send" placeholder="Email"><input class="form-control" name="subject" placeholder="Tiêu đề">'
               '<textarea class="form-control" name="body" rows="6"></textarea><button class="btn btn-primary" name="send-contactus" type="submit">Gửi</button></form>')
    site.page("/contact.php", layout(f"Liên hệ - {SHORT}", contact), content_type=HTML)
    profiles = {}
    for uid, name in USERS.items():
        path = f"/user.php?id.{uid}"
        n = sum(1 for p in items if p.opts["user"] == uid)
        main = (f'<h2 class="caption">Hồ sơ thành viên: {name}</h2><table class="table"><tr><td>Tên hiển thị</td><td>{name}</td></tr>'
                f'<tr><td>Tham gia</td><td>Thứ Hai 06 Tháng 5 2019 - 09:12:44</td></tr><tr><td>Số tin đã đăng</td><td>{n}</td></tr>'
                f'<tr><td>Lần truy cập cuối</td><td>{relative(datetime(2026, 3, 13, 17, 2))}</td></tr></table>')
        site.page(path, layout(f"Hồ sơ thành viên - {SHORT}", main), content_type=HTML)
        profiles[uid] = path
        site.non_articles.append(path)
    hits = [p for p in items if "OCOP" in p.body]
    search = ('<h2 class="caption">Tìm kiếm</h2><p>Kết quả cho: <b>ocop</b></p><div class="search-results">' + "".join(
        f'<div class="search-result"><h4><a href="{p.path}">{esc(p.title)}</a></h4><p class="small">{esc(p.summary())}</p>'
        f'<p class="small text-muted">Đăng bởi {USERS[p.opts["user"]]} - {long_date(p.date)}</p></div>' for p in hits) + "</div>")
    site.page("/search.php?q=ocop", layout(f"Tìm kiếm - {SHORT}", search), content_type=HTML)
    site.non_articles += ["/page.php?id=1", "/contact.php", "/search.php?q=ocop"]
    site.trap("page.php?id=1 (about), contact.php, profiles user.php?id.1 (the account's page, 'Lần truy cập cuối' relative), "
              "search.php?q=ocop (linked from the footer's keywords): not articles", "/user.php?id.1")
    for p, cap in (("/login.php", "Đăng nhập"), ("/signup.php", "Đăng ký thành viên"), ("/fpw.php", "Lấy lại mật khẩu")):
        site.page(p, layout(f"{cap} - {SHORT}", f'<h2 class="caption">{cap}</h2><form method="post"><input class="form-control" name="u"></form>'),
                  content_type=HTML)
        site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nDisallow: /e107_admin/\nDisallow: /e107_core/\nDisallow: /e107_handlers/\n"
                "Disallow: /e107_languages/\nDisallow: /e107_system/\nDisallow: /email.php\nDisallow: /login.php\n"
                "Disallow: /signup.php\nDisallow: /fpw.php\n")
    site.trap("robots.txt disallows email.php (every item's 'Gửi email' button), login.php, signup.php and fpw.php (the login menu): "
              "never fetched", "/signup.php")
    rss_items = "".join(
        f'<item><title>{esc(p.title)}</title><link>{{{{base}}}}{p.path}</link><description>{esc(p.summary())}</description>'
        f'<category>{esc(CATS[p.opts["cat"]][0])}</category><author>{USERS[p.opts["user"]]}</author>'
        f'<pubDate>{p.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate><guid isPermaLink="true">{{{{base}}}}{p.path}</guid></item>' for p in items)
    site.page("/e107_plugins/rss_menu/rss.php?news.2",
              f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{SHORT} : Tin tức</title>'
              f'<link>{{{{base}}}}/</link><description>Tin tức {ORG}</description><language>vi</language>'
              f'<generator>e107 (https://e107.org)</generator>{rss_items}</channel></rss>',
              content_type="application/rss+xml; charset=utf-8")
    site.binary("/e107_themes/bootstrap3/images/logo.png", image_for("logo.png"))
    site.binary("/e107_images/generic/blank_avatar.png", image_for("blank_avatar.png"))
    return site
