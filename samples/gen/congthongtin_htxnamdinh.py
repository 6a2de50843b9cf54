"""Site `congthongtin-htxnamdinh` (registry family `generic`): "Cổng thông tin Liên minh HTX Nam Định", the portal the
Nam Định cooperative alliance ran until the province joined Ninh Bình on 1 July 2025, on **PHP-Fusion 9.02** with the
News infusion and the 9.0x default theme **Septenary** (a Vietnamese language pack for the core and the infusions; the
theme's own strings have no Vietnamese file and stay English), SEO permalinks off. Written as a held-out test: no
family module, no selectors.

URL shapes (PHP-Fusion writes them relative to the script: `../../infusions/news/news.php?readmore=58` from a news
page, `infusions/news/...` from a root page): the news home `infusions/news/news.php` (6 a page: `?rowstart=6`), its
filter tabs `?type=0|1|2`, categories `?cat_id=N` (`&rowstart=6`), `?cat_id=0` the uncategorised ones, a news item
`?readmore=N`, its print view `print.php?type=N&item_id=N` (robots-disallowed by PHP-Fusion's own robots.txt); the
root `/` and `index.php` answer 302 to the opening page `home.php`; custom pages `viewpage.php?page_id=1`, the
contact form `contact.php`, `search.php`, profiles `profile.php?lookup=N`, login and registration (disallowed by the
admin). The v7 address `/news.php?readmore=N` survives as a 301 to the infusion (an alias).

Why it is hard: no `<h1>`; Septenary prints `h2.septenary_showcase_title` "Tin tức" (the menu link's name) in the
header, its `opentable()` drops the title and prints an EMPTY `<h2>`, and the item's title is the core template's
`article.news-item > h2`. A news item has two parts, the "news" (the intro, what the lists print) and the "extended"
text, printed one after the other in `div.news_news`; the item's date, the poster's account and the reads counter
are in the `div.well` under the text ("16/06/2025 08:45", the site's newsdate '%d/%m/%Y %H:%M'); the account is
'admin' or the office 'lmhtx_namdinh' (no author) or a staff member posting under her full name (the author); a
byline in the text wins. Both side panels (RIGHT then LEFT) stand in Septenary's single left column: login, users
online, navigation, links, and on the lists "Chuyên mục tin". The oldest item was typed without HTML ("news breaks"
on: paragraphs are `<br />` pairs). The lists show the carousel in the header, the tabs and cards cut at 120/250
characters with "...".
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "congthongtin-htxnamdinh"
NAME = "Cổng thông tin Liên minh HTX Nam Định"
HTML = "text/html; charset=utf-8"
EXT = "<!--ext-->"
NEWS = "infusions/news/news.php"
USERS = {1: "admin", 3: "lmhtx_namdinh", 4: "Trần Thu Trang"}
CATS = {1: "Tin hoạt động", 2: "Văn bản - Thông báo"}
DESC = "Cổng thông tin điện tử của Liên minh Hợp tác xã tỉnh Nam Định"
FOOTER = "Liên minh Hợp tác xã tỉnh Nam Định - Số 8 đường Hùng Vương, thành phố Nam Định - ĐT: 0228 3849 215"
COUNTER = "245,318 lượt truy cập"
COMMENT = ("Phạm Văn Dũng", "Năm nay lúa chiêm xuân ở Hải Hậu được mùa, bà con rất phấn khởi.", datetime(2025, 6, 4, 7, 12))
FURN = [FOOTER, COUNTER, "Powered by", "PHP-Fusion Inc", "Released as free software without warranties under",
        "Septenary Theme by", "Tìm kiếm...", "Đăng nhập", "Đăng ký", "Tên đăng nhập", "Mật khẩu", "Ghi nhớ",
        "Quên mật khẩu?", "Trực tuyến", "Khách trực tuyến: 4", "Thành viên trực tuyến: 0", "Tổng số thành viên: 6",
        "Điều hướng", "Liên kết website", "Bình luận", "Gửi bình luận", "Chưa có bình luận nào.", "Đánh giá", "Bạn phải đăng nhập để đánh giá.",
        COMMENT[1], "1,023", "1,561", "1,207", "2,318", "3,045"]


class Item(RichArticle):
    @property
    def blocks(self):
        return parse_rich(self.body.replace(EXT, ""))


def articles() -> list[Item]:
    A = Item

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Thông báo về việc tổ chức lớp bồi dưỡng nghiệp vụ kế toán cho HTX năm 2025",
          body="""
Liên minh HTX tỉnh Nam Định thông báo tổ chức lớp bồi dưỡng nghiệp vụ kế toán cho cán bộ kế toán các HTX trên địa bàn tỉnh năm 2025.
<!--ext-->
LIÊN MINH HTX TỈNH NAM ĐỊNH
Số: 15/TB-LMHTX
Nam Định, ngày 12 tháng 6 năm 2025
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng nghiệp vụ kế toán HTX năm 2025
Căn cứ Kế hoạch công tác năm 2025, Liên minh HTX tỉnh tổ chức lớp bồi dưỡng nghiệp vụ kế toán cho các HTX như sau:
1. Thời gian: 02 ngày, từ ngày 26 đến ngày 27/6/2025.
2. Địa điểm: Hội trường Liên minh HTX tỉnh, số 8 đường Hùng Vương, thành phố Nam Định.
3. Thành phần: cán bộ kế toán của các HTX nông nghiệp, HTX dịch vụ trên địa bàn tỉnh.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 20/6/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trần Văn Khải
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/infusions/news/images/tb-15-lmhtx.pdf", "text": "TB-15-LMHTX.pdf"}],
          opts={"id": 58, "cat": 2, "uid": 1, "reads": 412},
          notes=["notice: the intro (news part) then the extended part 'Số: 15/TB-LMHTX', 'Nam Định, ngày 12 tháng 6 năm "
                 "2025' (four days before the well's '16/06/2025 08:45'); the signer is text, posted by 'admin': author "
                 "null; the last paragraph 'File đính kèm: <a>TB-15-LMHTX.pdf</a>' is an attachment, not text"],
          **at(datetime(2025, 6, 16, 8, 45))),
        A(path="", title="Ảnh: HTX Nông nghiệp Hải Toàn thu hoạch lúa chiêm xuân",
          body="""
Đầu tháng 6, HTX Nông nghiệp Hải Toàn (huyện Hải Hậu) huy động máy gặt đập liên hợp thu hoạch 420 ha lúa chiêm xuân.
<!--ext-->
[img hai-toan-1.png] Máy gặt đập liên hợp của HTX thu hoạch lúa trên cánh đồng mẫu lớn
[img hai-toan-2.png] Thành viên HTX phơi thóc tại sân kho của HTX
[img hai-toan-3.png] Thóc giống được HTX thu mua, sấy khô ngay trong ngày
Năng suất lúa ước đạt 7,2 tấn/ha, cao hơn vụ trước 0,3 tấn/ha.
""", byline="Bài và ảnh: Đỗ Văn Hiếu", author="Đỗ Văn Hiếu",
          opts={"id": 55, "cat": 1, "uid": 3, "reads": 688, "image": "hai-toan-0.png", "comment": True},
          notes=["photo story: the news image floated first (alt = the title, no caption: no line), then three "
                 "TinyMCE images each followed by a centred <em> caption paragraph (one line each); posted by the office "
                 "account 'lmhtx_namdinh' but signed 'Bài và ảnh: Đỗ Văn Hiếu' -> author; a guest's comment of "
                 "04/06/2025 07:12 below"],
          **at(datetime(2025, 6, 3, 10, 0))),
        A(path="", title="Kết quả hoạt động của các HTX nông nghiệp tỉnh Nam Định năm 2024",
          body="""
Năm 2024, các HTX nông nghiệp trên địa bàn tỉnh tiếp tục duy trì hoạt động ổn định, doanh thu bình quân tăng so với năm 2023.
<!--ext-->
| Chỉ tiêu | Năm 2023 | Năm 2024 |
| Số HTX nông nghiệp | 368 | 371 |
| HTX hoạt động khá, tốt | 198 | 214 |
| Doanh thu bình quân (triệu đồng/HTX) | 1.650 | 1.820 |
| Lợi nhuận bình quân (triệu đồng/HTX) | 142 | 160 |
Nhiều HTX đã mở rộng dịch vụ làm đất, cấy máy và bao tiêu lúa giống cho thành viên.
""", byline="Theo Báo Nam Định", author=None,
          opts={"id": 53, "cat": 1, "uid": 3, "reads": 1023},
          notes=["a TinyMCE table (the header row's cells bold <td>s): one line per row; 'Theo Báo Nam Định' names a "
                 "newspaper, the account is the office: author null"],
          **at(datetime(2025, 5, 29, 15, 20))),
        A(path="", title="Sáu nhóm giải pháp nâng cao hiệu quả hoạt động của HTX năm 2025",
          body="""
Để nâng cao hiệu quả hoạt động của khu vực kinh tế tập thể, Liên minh HTX tỉnh đề ra sáu nhóm giải pháp trọng tâm năm 2025:
<!--ext-->
* Tuyên truyền, phổ biến Luật HTX năm 2023 và các văn bản hướng dẫn;
* Tư vấn thành lập mới HTX, ưu tiên lĩnh vực nông nghiệp công nghệ cao;
* Bồi dưỡng, đào tạo cán bộ quản lý, kế toán HTX;
* Hỗ trợ HTX tiếp cận vốn vay của Quỹ hỗ trợ phát triển HTX;
* Xúc tiến thương mại, đưa sản phẩm HTX lên sàn thương mại điện tử;
* Xây dựng mô hình HTX kiểu mới điển hình để nhân rộng.
Liên minh HTX tỉnh sẽ sơ kết việc thực hiện các giải pháp vào tháng 6/2025.
""", author="Trần Thu Trang",
          opts={"id": 50, "cat": 1, "uid": 4, "reads": 1561},
          notes=["the intro ends with a colon, the six-item list is the extended part (the lists show only the intro "
                 "and 'Xem tiếp'); no byline: posted by the staff account 'Trần Thu Trang' (her full name) -> author"],
          **at(datetime(2025, 5, 8, 14, 30))),
        A(path="", title="HTX Cói Nghĩa Bình liên kết sản xuất hàng thủ công mỹ nghệ xuất khẩu",
          body="""
HTX Cói Nghĩa Bình (huyện Nghĩa Hưng) vừa ký hợp đồng liên kết sản xuất 50.000 sản phẩm cói mỹ nghệ với một doanh nghiệp xuất khẩu.
<!--ext-->
HTX tổ chức cho 120 hộ thành viên đan các mặt hàng giỏ, thảm, túi cói theo mẫu của doanh nghiệp.
Mỗi lao động có thu nhập từ 4 đến 5 triệu đồng mỗi tháng, chủ yếu là phụ nữ lớn tuổi ở địa phương.
## Hướng tới sản phẩm OCOP
HTX đang hoàn thiện hồ sơ đề nghị công nhận sản phẩm túi cói Nghĩa Bình đạt OCOP 3 sao.
""", byline="Vũ Minh Tuấn - Trung tâm Khuyến nông tỉnh", author="Vũ Minh Tuấn",
          opts={"id": 47, "cat": 1, "uid": 1, "reads": 934},
          notes=["an <h3> heading in the extended part; byline 'Vũ Minh Tuấn - Trung tâm Khuyến nông tỉnh' -> author "
                 "Vũ Minh Tuấn (the account is 'admin')"],
          **at(datetime(2025, 4, 22, 9, 15))),
        A(path="", title="Liên minh HTX tỉnh phát động phong trào thi đua năm 2025",
          body="""
Ngày 26/3, Liên minh HTX tỉnh tổ chức lễ phát động phong trào thi đua yêu nước năm 2025 trong khu vực kinh tế tập thể.
<!--ext-->
Phong trào tập trung vào các nội dung: phát triển HTX kiểu mới, ứng dụng khoa học công nghệ và chuyển đổi số trong sản xuất, kinh doanh.
Các HTX, liên hiệp HTX đã ký giao ước thi đua với Liên minh HTX tỉnh ngay tại buổi lễ.
""", author=None,
          opts={"id": 44, "cat": 1, "uid": 1, "reads": 1207, "legacy": True},
          notes=["no byline, posted by 'admin': author null; the lead's 'Ngày 26/3' is the day before the post; the "
                 "page 'Giới thiệu' links the PHP-Fusion 7 address /news.php?readmore=44, which answers 301 to the "
                 "infusion's URL: an alias"],
          **at(datetime(2025, 3, 27, 8, 0))),
        A(path="", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh Nam Định lần thứ 5",
          body="""
Chiều 18/2, Ban Chấp hành Liên minh HTX tỉnh Nam Định tổ chức hội nghị lần thứ 5 để đánh giá kết quả công tác năm 2024.
<!--ext-->
Năm 2024, Liên minh HTX tỉnh đã tư vấn thành lập mới 26 HTX, tổ chức 12 lớp tập huấn cho hơn 900 lượt cán bộ HTX.
Hội nghị thống nhất chỉ tiêu thành lập mới 30 HTX trong năm 2025.
""", byline="Nguyễn Thị Hoa", author="Nguyễn Thị Hoa",
          opts={"id": 40, "cat": 1, "uid": 1, "reads": 2318},
          notes=["the bare name 'Nguyễn Thị Hoa' closes the text (author); on the news home's second page "
                 "(?rowstart=6)"],
          **at(datetime(2025, 2, 18, 16, 0))),
        A(path="", title="Hải Hậu có thêm 3 sản phẩm OCOP 4 sao của HTX",
          body="""
Năm 2024, huyện Hải Hậu có thêm 3 sản phẩm của HTX được công nhận đạt OCOP 4 sao.
<!--ext-->
Đó là gạo tám thơm Hải Hậu của HTX Nông nghiệp Hải Toàn, nước mắm Hải Lý và muối sạch Bạch Long.
Hiện toàn huyện có 41 sản phẩm OCOP, trong đó 27 sản phẩm của các HTX.
""", byline="Phạm Văn Long", author="Phạm Văn Long",
          opts={"id": 36, "cat": 1, "uid": 1, "reads": 3045, "breaks": True},
          notes=["oldest item, typed without HTML (news breaks on): paragraphs separated by <br /> pairs, the bare name "
                 "'Phạm Văn Long' last (author); only on ?rowstart=6 and its category's ?cat_id=1&rowstart=6"],
          **at(datetime(2024, 12, 20, 10, 30))),
    ]


def parts(a: Item, base: str) -> tuple[str, str]:
    """The news (intro) and extended HTML as parse_textarea() prints them."""
    intro, _, ext = a.body.partition(EXT)

    def html_of(markup: str, with_byline: bool) -> str:
        if a.opts.get("breaks"):
            lines = [inline_html(b.text) for b in parse_rich(markup)]
            if with_byline and a.byline:
                lines.append(esc(a.byline))
            return "<br />\n<br />\n".join(lines)
        out = []
        for b in parse_rich(markup):
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"\n</{b.kind}>")
            elif b.kind == "img":
                out.append(f'<p style="text-align: center;"><img src="{base}images/news/{b.src}" alt="" width="600" height="400" /></p>')
                if b.text:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
            elif b.kind == "table":
                rows = []
                for k, r in enumerate(b.rows):
                    wrap = (lambda c: f"<td><strong>{esc(c)}</strong></td>") if k == 0 else (lambda c: f"<td>{esc(c)}</td>")
                    rows.append("<tr>\n" + "\n".join(wrap(c) for c in r) + "\n</tr>")
                out.append('<table style="width: 100%; border-collapse: collapse;" border="1">\n<tbody>\n' + "\n".join(rows) + "\n</tbody>\n</table>")
        if with_byline and a.byline:
            out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
        for x in a.attachments if with_byline else []:
            out.append(f'<p>File đính kèm: <a href="{base}{x["path"].lstrip("/")}">{esc(x["text"])}</a></p>')
        return "\n".join(out)

    first = html_of(intro, False)
    if a.opts.get("breaks"):
        first += "<br />\n<br />\n"  # the textarea's trailing blank line, through nl2br()
    return first, html_of(ext, True)


def trim(text: str, n: int) -> str:
    return text if len(text) <= n else text[:n] + "..."


def build() -> SiteBuild:
    site = SiteBuild(SITE, "nam-dinh", NAME + " (PHP-Fusion)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        a.path = f"/{NEWS}?readmore={a.opts['id']}"
    assets = ["includes/bootstrap/bootstrap.min.css", "includes/bootstrap/bootstrap-submenu.min.css",
              "includes/fonts/font-awesome/css/font-awesome.min.css", "themes/templates/default.min.css",
              "themes/Septenary/styles.css", "infusions/news/templates/css/news.css", "themes/Septenary/includes/search.js",
              "includes/jquery/jquery.min.js", "includes/jscripts/jscript.js", "includes/bootstrap/bootstrap.min.js"]
    for x in assets:
        site.static("/" + x, "/* PHP-Fusion */\n")
    site.binary("/themes/Septenary/images/htmlcss.jpg", image_for("htmlcss"))
    site.binary("/images/favicons/mstile-150x150.png", image_for("mstile"))
    site.binary("/images/avatars/noavatar50.png", image_for("noavatar"))

    def put(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def base_of(path: str) -> str:
        return "../../" if path.startswith("/infusions/") else ""

    def profile(uid: int, B: str, cls: str = "profile-link") -> str:
        return f"<a href='{B}profile.php?lookup={uid}' class='{cls}'>{esc(USERS[uid])}</a>"

    def side(title: str, body: str) -> str:
        return f"<div class='heading'>\n<div style='margin-left: 10px;'>{title}</div>\n</div>\n<div class='content'>\n{body}</div>"

    def panels(B: str, news_cats: bool) -> str:
        right = (side("Đăng nhập", f"<form name='loginform' id='loginform' method='post' action='{B}login.php'>"
                      "<div class='form-group'><label for='user_name'>Tên đăng nhập</label><input type='text' name='user_name' id='user_name' class='form-control' /></div>"
                      "<div class='form-group'><label for='user_pass'>Mật khẩu</label><input type='password' name='user_pass' id='user_pass' class='form-control' /></div>"
                      "<div class='checkbox'><label><input type='checkbox' name='remember_me' value='y' /> Ghi nhớ</label></div>"
                      "<button type='submit' name='login' class='btn btn-primary btn-sm'>Đăng nhập</button></form>"
                      f"<p><a href='{B}register.php'>Đăng ký</a><br /><a href='{B}lostpassword.php'>Quên mật khẩu?</a></p>")
                 + side("Trực tuyến", "<ul class='list-unstyled'><li>Khách trực tuyến: 4</li><li>Thành viên trực tuyến: 0</li>"
                        f"<li>Tổng số thành viên: 6</li><li>Thành viên mới nhất: {profile(4, B)}</li></ul>"))
        nav = "".join(f"<li><a href='{B}{h}'>{esc(t)}</a></li>" for t, h in
                      [("Trang chủ", "index.php"), ("Tin tức", NEWS), ("Giới thiệu", "viewpage.php?page_id=1"),
                       ("Liên hệ", "contact.php"), ("Tìm kiếm", "search.php")])
        left = (side("Điều hướng", f"<div class='fusion_css_navigation'><ul class='block'>{nav}</ul></div>")
                + side("Liên kết website", "<ul><li><a href='{{base:offsite}}/lmhtx-vn/' target='_blank'>Liên minh HTX Việt Nam</a></li>"
                       "<li><a href='{{base:offsite}}/namdinh/' target='_blank'>Cổng TTĐT tỉnh Nam Định</a></li></ul>"))
        if news_cats:
            left += side("Chuyên mục tin", "<ul>\n" + "".join(f"<li>\n<a href='{B}{NEWS}?cat_id={c}'>{esc(n)}</a>\n</li>\n" for c, n in CATS.items())
                         + f"<li>\n<a href='{B}{NEWS}?cat_id=0'>Chưa phân loại</a>\n</li>\n</ul>")
        return right + left

    def layout(path: str, title: str, content: str, *, showcase: str, og: str = "", news_cats: bool = False,
               active: str = "") -> str:
        B = base_of(path)
        links = [("Trang chủ", "index.php"), ("Tin tức", NEWS), ("Giới thiệu", "viewpage.php?page_id=1"),
                 ("Liên hệ", "contact.php"), ("Tìm kiếm", "search.php")]
        act = ' class="current-link active"'
        menu = "".join(f"<li{act if t == active else ''}><a href='{B}{h}'>{esc(t)}</a></li>\n" for t, h in links)
        head_assets = "".join(f"<link rel='stylesheet' href='{B}{x}' type='text/css' />\n" for x in assets if x.endswith(".css"))
        return f"""<!DOCTYPE html>
<html lang='vi' prefix='og: http://ogp.me/ns#'>
<head>
<title>{esc(title)}</title>
<meta charset='utf-8' />
<meta name='description' content='{attr(DESC)}' />
<meta name='url' content='{{{{base}}}}/' />
<meta name='keywords' content='hợp tác xã, HTX, Nam Định, kinh tế tập thể' />
<meta name='image' content='{{{{base}}}}/images/favicons/mstile-150x150.png' />
<meta http-equiv='X-UA-Compatible' content='IE=edge' />
<meta name='viewport' content='width=device-width, initial-scale=1.0' />
{head_assets}{og}<script src='{B}themes/Septenary/includes/search.js'></script>
<script type='text/javascript' src='{B}includes/jquery/jquery.min.js'></script>
<script type='text/javascript' src='{B}includes/jscripts/jscript.js'></script>
</head>
<body>
<header id='top'><div class='overlay'>
<div class='section-1'>
<div class='container'>
<div class='row hidden-xs'>
<div id='logo' class='hidden-xs hidden-md col-lg-3 p-t-5 text-smaller'>
</div>
<div class='col-xs-12 col-md-9 col-lg-9 text-right clearfix'>
<div class='display-inline-block' style='width:30%; float:right;'>
<form name='searchform' id='searchform' method='post' action='{B}search.php?stype=all' class='m-b-10'>
<div class='form-group m-b-0'><div class='input-group'><input type='text' name='stext' id='stext' value='' placeholder='Tìm kiếm...' class='form-control no-border m-b-0' />
<span class='input-group-btn'><button type='submit' name='search' value='Tìm kiếm...' class='btn btn-default'><i class='fa fa-search'></i> Tìm kiếm...</button></span></div></div>
</form>
</div>
<ul id='head_nav' class='display-inline-block'>
<li><a href='{B}login.php'>Đăng nhập</a></li>
<li><a href='{B}register.php'>Đăng ký</a></li>
</ul>
</div>
</div>
</div>
</div>
<div class='section-2'>
<div class='header-nav'>
<nav id='DefaultMenu' class='navbar navbar-default' role='navigation'>
<div class='container-fluid'>
<div class='navbar-collapse collapse' id='DefaultMenu_menu'>
<ul class='nav navbar-nav primary'>
{menu}</ul>
</div>
</div>
</nav>
</div>
</div>
</div>
<div class='section-showcase'>
<div class='container'>
{showcase}
</div>
</div>
</header>
<div class='section-3'>
<div class='container'>
<div class='row'>
<div class='hidden-xs col-sm-3 col-md-3 col-lg-3 leftbar'>
{panels(B, news_cats)}</div>
<div class='col-xs-12 col-sm-9 col-md-9 col-lg-9  main-content'>
{content}
</div>
</div>
</div>
</div>
<div class='footer'>
<div class='container'>
<div class='row m-b-20'>
<div class='col-xs-12 col-sm-3 col-md-3 col-lg-3'>
</div>
<div class='col-xs-12 col-sm-3 col-md-3 col-lg-3'>
</div>
<div class='col-xs-12 col-sm-3 col-md-3 col-lg-3'>
</div>
<div class='col-xs-12 col-sm-3 col-md-3 col-lg-3'>
</div>
</div>
<div class='footer-row row'>
<div class='hidden-xs col-sm-3 col-md-3 col-lg-3'>
<img style='width:80%;' alt='Made on HTML5 and CSS3' class='img-responsive' src='{B}themes/Septenary/images/htmlcss.jpg' /></div>
<div class='col-xs-12 col-sm-9 col-md-9 col-lg-9 footer-right-col'>
<div class='pull-right'>
<a href='#top'><i style='font-size:50px;' class='fa fa-arrow-circle-o-up mid-opacity'></i></a>
</div>
<p class='text-left'>{esc(FOOTER)}</p>
    <p>Powered by <a href='{{{{base:offsite}}}}/php-fusion/'>PHP-Fusion</a> Copyright &copy; 2025 PHP-Fusion Inc<br />
Released as free software without warranties under <a href='{{{{base:offsite}}}}/agpl/' target='_blank'>GNU Affero GPL</a> v3.
</p>
    <p>Septenary Theme by <a href='{{{{base:offsite}}}}/php-fusion/profile-3674' target='_blank'>Craig</a> and <a href='{{{{base:offsite}}}}/php-fusion/profile-16331' target='_blank'>Chan</a></p>
    <p><p><!--counter-->{COUNTER}</p>
</p>
</div>
</div>
</div>
</div>
<script type='text/javascript' src='{B}includes/bootstrap/bootstrap.min.js'></script>
</body>
</html>
"""

    def crumbs(B: str, items: list[tuple[str, str | None]]) -> str:
        out = []
        for k, (t, h) in enumerate(items):
            out.append(f"<li class='crumb-{k}{' active' if h is None else ''}'>" + (f"<a title='{attr(t)}' href='{B}{h}'>{esc(t)}</a>" if h else esc(t)) + "</li>")
        return "<ol class='breadcrumb'>" + "".join(out) + "</ol>\n"

    def comments(a: Item, B: str) -> str:
        if a.opts.get("comment"):
            name, text, when = COMMENT
            listed = ("<div class='comments-list m-t-20'><div class='comment-main' id='c12'><div class='pull-left m-r-10'>"
                      f"<img class='img-rounded' src='{B}images/avatars/noavatar50.png' alt='' /></div><div class='overflow-hide'>"
                      f"<div class='comment_name'><strong>{esc(name)}</strong> <span class='text-lighter'>{when:%d/%m/%Y %H:%M}</span></div>"
                      f"<div class='comment_message'>{esc(text)}</div></div></div></div>")
        else:
            listed = "<div class='comments-list m-t-20'><p class='text-center'>Chưa có bình luận nào.</p></div>"
        return ("<hr /><a id='comments' name='comments'></a><div class='comments-panel'><h4>Bình luận</h4>" + listed
                + f"<h4>Gửi bình luận</h4><form name='inputform' id='inputform' method='post' action='{B}{NEWS}?readmore={a.opts['id']}#comments'>"
                "<div class='form-group'><label for='comment_name'>Tên</label><input type='text' name='comment_name' id='comment_name' class='form-control' /></div>"
                "<div class='form-group'><textarea name='comment_message' id='comment_message' class='form-control' rows='5'></textarea></div>"
                "<button type='submit' name='post_comment' class='btn btn-success'>Gửi bình luận</button></form></div>\n"
                "<hr /><a id='postrating' name='postrating'></a><div class='ratings-panel'><h4>Đánh giá</h4>"
                "<div class='text-center'>Bạn phải đăng nhập để đánh giá.</div></div>\n")

    for a in posts:
        aid = a.opts["id"]
        B = "../../"
        intro, ext = parts(a, B)
        img = ""
        if a.opts.get("image"):
            src = f"{B}infusions/news/images/{a.opts['image']}"
            img = (f"<a class='pull-left news-image-overlay' href='{src}'>\n            <img class='img-responsive' src='{src}' alt='{attr(a.title)}' "
                   "style='padding:5px; width: 30%; max-height:1080px; overflow:hidden;' /></a>")
            site.binary(f"/infusions/news/images/{a.opts['image']}", image_for(a.opts["image"]))
        well = ("<div class='well m-t-15 text-center'>\n"
                f"<span class='news-action m-r-10'><i class='fa fa-user m-r-15'></i>{profile(a.opts['uid'], B)}</span>\n"
                f"<span class='news-action m-r-10'><i class='fa fa-calendar m-r-15'></i>{a.date:%d/%m/%Y %H:%M}</span>\n"
                f"<span class='news-action'><i class='fa fa-eye m-r-15'></i><span class='text-dark m-r-10'>{a.opts['reads']:,}</span>\n</span>"
                f"<a class='m-l-10 m-r-10' title='In' href='{B}print.php?type=N&amp;item_id={aid}' target='_blank'><i class='fa fa-print'></i>In</a></div>")
        content = ("<article><h2 class='m-t-0 m-b-0'></h2><div class='content'>\n"
                   + crumbs(B, [("Trang chủ", "index.php"), ("Tin tức", NEWS), (CATS[a.opts["cat"]], f"{NEWS}?cat_id={a.opts['cat']}"), (a.title, None)])
                   + "<!--news_pre_readmore--><article class='news-item' style='display:block; width:100%; overflow:hidden;'>\n"
                   f"<h2 class='text-left m-t-0 m-b-0'>{esc(a.title)}</h2>\n<div class='news_news text-dark m-t-20 m-b-20 overflow-hide'>\n"
                   f"{img}{intro}{ext}</div>\n{well}<!--news_sub_readmore-->{comments(a, B)}</article>\n</div></article>\n")
        desc = " ".join(inline_text(a.text_lines()[0]).split()[:50])
        og = (f"<meta property='og:title' content='{attr(a.title)} - {NAME}' />\n<meta property='og:description' content='{attr(desc)}' />\n"
              f"<meta property='og:url' content='{{{{base}}}}/{NEWS}?readmore={aid}' />\n"
              f"<meta property='og:keywords' content='hợp tác xã, HTX, Nam Định, kinh tế tập thể' />\n"
              f"<meta property='og:image' content='{{{{base}}}}/images/favicons/mstile-150x150.png' />\n<meta property='og:type' content='article' />\n"
              f"<meta property='og:site_name' content='{NAME}' />\n")
        put(a.path, layout(a.path, f"Tin tức - {a.title}", content, showcase="<h2 class='septenary_showcase_title'>Tin tức</h2>",
                           og=og, active="Tin tức"))
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/images/news/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 15/TB-LMHTX", "Boi duong nghiep vu ke toan HTX 2025"]))
        printed = (f"<!DOCTYPE html>\n<html lang='vi'>\n<head>\n<title>{NAME}</title>\n<meta charset=utf-8' />\n</head>\n<body>\n"
                   f"<strong>{esc(a.title)}</strong><br />\n<span class='small'>Đăng bởi {esc(USERS[a.opts['uid']])} vào "
                   f"{a.date:%d/%m/%Y %H:%M}</span>\n<hr />{parts(a, '')[0]}\n<hr />\n<strong>Tin mở rộng</strong>\n<hr />\n{parts(a, '')[1]}\n</body>\n</html>\n")
        put(f"/print.php?type=N&item_id={aid}", printed)
        site.never_fetched.append(f"/print.php?type=N&item_id={aid}")
        site.add_article(a)
    legacy = next(a for a in posts if a.opts.get("legacy"))
    site.redirect(f"/news.php?readmore={legacy.opts['id']}", legacy.path, 301)
    legacy.aliases.append(f"/news.php?readmore={legacy.opts['id']}")
    site.trap("news item ?readmore=N: no <h1>; the header's h2.septenary_showcase_title 'Tin tức', an empty <h2> (Septenary's "
              "opentable drops its title), the breadcrumb, then article.news-item > h2 (the title), div.news_news (intro + "
              "extended), the well (account, '16/06/2025 08:45', reads '1,245', print link) and the comment and rating "
              "panels; every link relative ('../../print.php?type=N&amp;item_id=58')", posts[0].path)

    # lists: the news home, filter tabs, categories, pages of 6
    def card(a: Item, B: str) -> str:
        intro = inline_text(" ".join(a.text_lines()[:1]))
        url = f"{B}{NEWS}?readmore={a.opts['id']}"
        img = a.opts.get("image") or "news_default.jpg"
        return (f"<!--news_prepost_{a.opts['id']}-->\n<article class=\"news-article\">\n<div class=\"news-img-info\" style=\"height: 640px\">\n"
                f"<img class='img-responsive' src='{B}infusions/news/images/{img}' alt='{attr(a.title)}' />\n<div class=\"news-box-overlay\">\n"
                f"<a title=\"{attr(a.title)}\" href=\"{url}\" rel=\"bookmark\">\n<h4>{esc(a.title)}</h4>\n{esc(trim(intro, 120))}</a>\n</div>\n</div>\n"
                f"<h4 class=\"news-title-info\">\n<a class=\"strong text-dark\" href=\"{url}\">\n{esc(a.title)}</a>\n</h4>\n"
                f"<div class=\"news-poster-info\">\n<div class=\"pull-left\"><img class='img-circle' src='{B}images/avatars/noavatar50.png' alt='' style='width:30px' /></div>\n"
                f"<div class=\"overflow-hide\">\n<span class=\"news-author\">{profile(a.opts['uid'], B, 'profile-link text-lighter')}</span>\n"
                f"<span class=\"news-date m-r-10\"><i class=\"fa fa-calendar fa-fw\"></i> {a.date:%d/%m/%Y %H:%M}</span>\n"
                f"<span class=\"news-read\"><i class=\"fa fa-eye fa-fw\"></i> {a.opts['reads']:,}</span>\n</div>\n</div>\n"
                f"<div class=\"news-description-info\">\nTrong <a href='{B}{NEWS}?cat_id={a.opts['cat']}'>{esc(CATS[a.opts['cat']])}</a><br/>\n"
                f"{esc(trim(intro, 250))}</div>\n</article>\n<!--//news_prepost_{a.opts['id']}-->")
    site.binary("/infusions/news/images/news_default.jpg", image_for("news_default"))

    def carousel(items: list, B: str) -> str:
        slides = "".join(f"<div class='item-caption overflow-hide'><label class=\"label label-news\">{esc(CATS[a.opts['cat']])}</label>"
                         f"<span class=\"label-date\"><i class=\"fa fa-clock-o fa-fw m-r-5\"></i>{a.date:%d/%m/%Y %H:%M}</span>"
                         f"<a class='text-white' href='{B}{NEWS}?readmore={a.opts['id']}'><h4 class='text-white m-t-10'>{esc(a.title)}</h4></a></div>"
                         for a in items[:5])
        return (f"<div id='news-carousel' class='carousel slide m-b-20' data-interval='20000' data-ride='carousel'>"
                f"<div class='carousel-inner' style='height:350px' role='listbox'><div class='item active'>{slides}</div></div></div>")

    def pagenav(link: str, n: int, count: int, B: str) -> str:
        out = [f"<span class='pg-total'>Trang {n + 1} trên {count}:</span>"]
        for k in range(count):
            href = f"{B}{link}rowstart={k * 6}"
            out.append(f"<span class='pg-current'>{k + 1}</span>" if k == n else f"<a class='pagenavlink' href='{href}' title='{k + 1}'>{k + 1}</a>")
        if n + 1 < count:
            out.append(f"<a class='pagenavlink' href='{B}{link}rowstart={(n + 1) * 6}' title='Trang kế'>&gt;</a>")
        return "<div class='pagination'>" + " ".join(out) + "</div>"

    def news_list(first: str, items: list, crumb: list, cat: int | None, *, tabs: bool = True) -> None:
        chunks = [items[i:i + 6] for i in range(0, len(items), 6)] or [[]]
        link = f"{NEWS}?" + (f"cat_id={cat}&amp;" if cat is not None else "")
        for n, chunk in enumerate(chunks):
            path = first if n == 0 else first + ("&" if "?" in first else "?") + f"rowstart={n * 6}"
            B = base_of(path)
            on = ' class="active"'
            tab_links = "".join(f"<li{on if k == 0 else ''}><a class='pointer' id='tab-{k}' href='{B}{NEWS}?"
                                + (f"cat_id={cat}&amp;" if cat is not None else "") + f"type={k}'>{t}</a></li>"
                                for k, t in enumerate(["Tin mới nhất", "Nhiều bình luận nhất", "Đánh giá cao nhất"])) if tabs else ""
            grid = ("<div class='row'>\n" + "".join(f"<div class='col-xs-12 col-sm-6'>\n{card(a, B)}\n</div>\n" for a in chunk) + "</div>\n"
                    if chunk else "<div class='well text-center'>Chưa có tin tức nào được đăng.</div>\n")
            content = (crumbs(B, crumb) + "<div id=\"news_filter_tab\">\n"
                       + (f"<ul class='nav nav-tabs' id='filters'>{tab_links}</ul>\n" if tabs else "")
                       + "<div class='tab-content'><div class='tab-pane fade in active'>\n" + grid
                       + (f"<div class='text-center m-t-10 m-b-10'>{pagenav(link, n, len(chunks), B)}</div>\n" if len(chunks) > 1 else "")
                       + "</div></div>\n</div>\n")
            title = "Tin tức" + (f" - {CATS[cat]}" if cat else "")
            put(path, layout(path, title, content, showcase=carousel(chunk, B) if chunk else "<h2 class='septenary_showcase_title'>Tin tức</h2>",
                             news_cats=True, active="Tin tức"))
            site.non_articles.append(path)

    home_crumb = [("Trang chủ", "index.php"), ("Tin tức", None)]
    news_list(f"/{NEWS}", posts, home_crumb, None)
    for k, order in enumerate([posts, sorted(posts, key=lambda a: -a.opts.get("comment", 0)), sorted(posts, key=lambda a: -a.opts["reads"])]):
        news_list(f"/{NEWS}?type={k}", order[:6], home_crumb, None)
    for c, name in list(CATS.items()) + [(0, "Chưa phân loại")]:
        items = [a for a in posts if a.opts["cat"] == c]
        crumb = [("Trang chủ", "index.php"), ("Tin tức", NEWS), (name, None)]
        news_list(f"/{NEWS}?cat_id={c}", items, crumb, c, tabs=bool(items))
        if items:
            for k in range(3):
                news_list(f"/{NEWS}?cat_id={c}&type={k}", items[:6], crumb, c)
    site.trap("the news home infusions/news/news.php (6 a page, ?rowstart=6), the tabs ?type=0|1|2, categories ?cat_id=N "
              "(&rowstart=6) and ?cat_id=0: cards with the title twice (overlay h4 + h4.news-title-info), the account, "
              "the date with time, reads, 'Trong <category>' and the intro cut at 120/250 characters; the header's "
              "carousel repeats the page's titles with their dates: listings", f"/{NEWS}?rowstart=6")

    # opening page, custom pages, forms, profiles
    home_items = "".join(f"<div class='home-news-item m-b-20'><h4><a href='{NEWS}?readmore={a.opts['id']}'>{esc(a.title)}</a></h4>"
                         f"<div class='text-lighter'>{a.date:%d/%m/%Y %H:%M} - bởi {profile(a.opts['uid'], '')}</div>"
                         f"<p>{esc(trim(inline_text(a.text_lines()[0]), 250))}</p></div>" for a in posts[:3])
    showcase_home = (f"<div class='text-center logo'>\n<a href=''>{NAME}</a>\n</div>\n"
                     f"<h2 class='text-center text-uppercase' style='letter-spacing:10px; font-weight:300; font-size:36px;'>{NAME}</h2>\n"
                     f"<div class='section-2-row row'>\n<div class='col-sm-12 col-md-12 col-lg-12 section-2-tab text-center'>\n<a href='{NEWS}'>\n"
                     "<i class='fa fa-newspaper-o fa-2x'></i>\n<h4>News</h4></a>\n</div>\n</div>\n")
    put("/home.php", layout("/home.php", NAME, f"<div class='home-news'><h3>Tin tức mới nhất</h3>{home_items}</div>", showcase=showcase_home,
                            active="Trang chủ"))
    site.non_articles.append("/home.php")
    site.redirect("/", "/home.php", 302)
    site.redirect("/index.php", "/home.php", 302)
    page_body = ("<article><h2 class='m-t-0 m-b-0'></h2><div class='content'>\n"
                 "<p>Liên minh Hợp tác xã tỉnh Nam Định là tổ chức chính trị - xã hội và kinh tế, đại diện cho các hợp tác xã, "
                 "liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.</p>\n"
                 "<p>Cổng thông tin được xây dựng trên PHP-Fusion từ năm 2012 và nâng cấp lên phiên bản 9 năm 2019.</p>\n"
                 f"<p>Tin tiêu biểu: <a href='news.php?readmore={legacy.opts['id']}'>{esc(legacy.title)}</a></p>\n</div></article>\n")
    put("/viewpage.php?page_id=1", layout("/viewpage.php?page_id=1", "Giới thiệu", page_body,
                                          showcase="<h2 class='septenary_showcase_title'>Giới thiệu</h2>", active="Giới thiệu"))
    contact = ("<article><h2 class='m-t-0 m-b-0'></h2><div class='content'>\n<p>Mọi ý kiến xin gửi về Văn phòng Liên minh HTX tỉnh.</p>"
               "<form name='contactform' id='contactform' method='post' action='contact.php'><input type='text' name='mailname' />"
               "<input type='text' name='email' /><input type='text' name='subject' /><textarea name='message'></textarea>"
               "<button type='submit' name='sendmessage' class='btn btn-primary'>Gửi tin nhắn</button></form>\n</div></article>\n")
    put("/contact.php", layout("/contact.php", "Liên hệ", contact, showcase="<h2 class='septenary_showcase_title'>Liên hệ</h2>", active="Liên hệ"))
    search = ("<article><h2 class='m-t-0 m-b-0'></h2><div class='content'>\n<form name='advanced_search_form' method='post' action='search.php'>"
              "<input type='text' name='stext' /><label><input type='radio' name='stype' value='news' checked='checked' /> Tin tức</label>"
              "<button type='submit' name='search' class='btn btn-primary'>Tìm kiếm</button></form>\n</div></article>\n")
    put("/search.php", layout("/search.php", "Tìm kiếm", search, showcase="<h2 class='septenary_showcase_title'>Tìm kiếm</h2>", active="Tìm kiếm"))
    site.non_articles += ["/viewpage.php?page_id=1", "/contact.php", "/search.php"]
    for uid, uname in USERS.items():
        n_items = sum(a.opts["uid"] == uid for a in posts)
        prof = (f"<article><h2 class='m-t-0 m-b-0'></h2><div class='content'>\n<div class='profile'><h3>{esc(uname)}</h3>"
                f"<p>Tham gia: 14/03/2019</p><p>Số tin đã đăng: {n_items}</p></div>\n</div></article>\n")
        put(f"/profile.php?lookup={uid}", layout(f"/profile.php?lookup={uid}", f"Hồ sơ thành viên - {uname}", prof,
                                                 showcase=f"<h2 class='septenary_showcase_title'>{NAME}</h2>"))
        site.non_articles.append(f"/profile.php?lookup={uid}")
    for p in ("/login.php", "/register.php", "/lostpassword.php"):
        put(p, f"<!DOCTYPE html><html><head><title>{NAME}</title></head><body><form method='post'><input name='user_name' />"
               "<input type='password' name='user_pass' /><button type='submit'>Đăng nhập</button></form></body></html>")
        site.never_fetched.append(p)
    site.trap("/ and /index.php answer 302 to the opening page home.php (Septenary's showcase: the site name, a 'News' "
              "tab; 'Tin tức mới nhất'); viewpage.php?page_id=1 ('Giới thiệu': links the v7 address news.php?readmore=44, "
              "301 to the infusion), contact.php, search.php, profile.php?lookup=N: not articles; robots.txt (PHP-Fusion's, "
              "plus the admin's lines) disallows print.php, login.php, register.php, lostpassword.php", "/viewpage.php?page_id=1")
    site.static("/robots.txt", "User-agent: *\nDisallow: /config.php\nDisallow: /administration/\nDisallow: /locale/\nDisallow: /themes/\n"
                "Disallow: /print.php\nDisallow: /infusions/latest_comments_panel/\nDisallow: /login.php\nDisallow: /register.php\n"
                "Disallow: /lostpassword.php\n")
    return site
