"""Site `trangweb-htxhoabinh` (registry family `generic`): "Trang web Liên minh HTX tỉnh Hòa Bình" on **WebsiteBaker
2.8.3** (the German PHP CMS: pages as PHP access files under `/pages/`, the News module, show_menu2, the AnyNews
snippet, a table template derived from the stock "round" template; the Vietnamese language file; the default date
format `d.m.Y` and time format `H:i`, the default time zone GMT+7; posts per page 5; the copy is of 18 June 2025, before
the province merged into Phú Thọ). Written as a held-out test: no family module, no selectors.

URL shapes: pages `/pages/<filename>.php` (`/` renders the first page, the same as `/pages/trang-chu.php`); the News
page `/pages/tin-tuc.php` with its pager `?p=5` (the module's offset: "Trang sau >>"; page 2's "<< Trang trước" links
`?p=0`, the same list) and group filters `?g=N` (+ `&p=5`); a post's access file `/pages/posts/<page_filename of the
title>-<post_id>.php`; the same post from the search results with WebsiteBaker's highlighting parameters
`?searchresult=1&sstring=OCOP` (the words wrapped in `span.highlight`: an alias); the comment form
`/modules/news/comment.php?post_id=N&section_id=7` ("Thêm bình luận"); the group pictures `/media/.news/image<N>.jpg`;
files under `/media/`; the search `/search/index.php` (`?string=OCOP` from the home page's keyword link); the RSS
`/modules/news/rss.php?page_id=5&group_id=1` (the head's alternate: the group "Tin hoạt động" only); the account pages
`/account/login.php`, `/account/signup.php`, `/account/forgot.php` (the login box; robots.txt disallows `/account/`).
No site map, no canonical, no Open Graph; the template prints the page's title, "Tin tức", in `<title>` even for a
post.

Why it is hard: a table layout (header row with the banner and today's date, the menu cell with show_menu2's `<ul>`,
the login box, the search box and the visit counter, the content cell, the footer row). A post's page is the News
module's post view: the post header table (`table.post-header`: the title in `<h1>`, the group picture in a
`rowspan` cell, "Đăng bởi <display name> (<username>) ngày 12.05.2025 lúc 14:05" in `td.public-info`, the group row
"Tin tức >> <group>"), the long content (TinyMCE/FCK output: `<p>`, `<h3>`, lists, bordered tables with a bold first
row, photos in centred paragraphs with the caption typed below in italics), the post footer "Cập nhật lần cuối:
15.05.2025 lúc 16:20" (the last change, not the publication) and "Quay lại", then the comments ("Bình luận", each
with its title and "Bởi <name> ngày 28.05.2025 lúc 08:12") and "Thêm bình luận". The list shows the group picture,
the title, "Đăng bởi <display name> ngày 12.05.2025" (no time), the short text and "Xem thêm". The display name is an
account ("admin", "Văn phòng Liên minh") or a person; a closing byline overrides it. The RSS prints GMT: the post of
00:20 on 21 March reads "Thu, 20 Mar 2025 17:20:00 GMT". The oldest post is the only one of the group "Sự kiện" (not
in the group feed): only `?p=5` reaches it (and `?g=3`, linked only from its own header).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "trangweb-htxhoabinh"
NAME = "Liên minh HTX tỉnh Hòa Bình"
NEWS = "/pages/tin-tuc.php"
PAGE_ID, SECTION_ID = 5, 7
PER = 5
TODAY = "Hôm nay: Thứ Tư, 18/06/2025"
USERS = {"admin": "admin", "vanphong": "Văn phòng Liên minh", "sondc": "Đinh Công Sơn"}
GROUPS = {1: "Tin hoạt động", 2: "Thông báo", 3: "Sự kiện"}
HEADER = "LIÊN MINH HỢP TÁC XÃ TỈNH HÒA BÌNH"
SLOGAN = "Hợp tác - Phát triển - Bền vững"
ADDRESS = "Địa chỉ: Số 498 đường Cù Chính Lan, phường Đồng Tiến, TP Hòa Bình, tỉnh Hòa Bình"
PHONE = "Điện thoại: 0218.3852.674 - Email: lmhtxhoabinh@gmail.com"
COPY = "Bản quyền © 2011 - 2025 Liên minh Hợp tác xã tỉnh Hòa Bình"
FURN = [TODAY, HEADER, SLOGAN, ADDRESS, PHONE, COPY, "Powered by WebsiteBaker", "Lượt truy cập:", "215.432",
        "Đang online:", "Tên đăng nhập", "Mật khẩu", "Quên mật khẩu?", "Đăng ký", "Đăng nhập", "Tìm kiếm",
        "Đăng bởi", "Cập nhật lần cuối:", "Quay lại", "Thêm bình luận", "In trang", "Trang chủ", "Liên hệ"]


def h(text: str, n: int = 12) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def page_filename(title: str) -> str:
    """WebsiteBaker's page_filename(): transliterated to 7 bit, bad characters dropped, spaces to '-', lower case."""
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii")
    t = re.sub(r"[\'\"`!@#$%^&*=+|/\\;:,?]", "", t).strip()
    return re.sub(r"\s+", "-", t).lower()


def dmy(d: datetime) -> str:
    return f"{d:%d.%m.%Y}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 15/TB-LMHTX về việc tổ chức tập huấn chuyển đổi số cho HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH HÒA BÌNH
Số: 15/TB-LMHTX
Hòa Bình, ngày 06 tháng 6 năm 2025
THÔNG BÁO
Về việc tổ chức tập huấn chuyển đổi số cho HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp tập huấn ứng dụng chuyển đổi số trong quản lý, kinh doanh cho cán bộ HTX vào ngày 26/6/2025 tại Hội trường Liên minh HTX tỉnh.
Nội dung tập huấn gồm: sử dụng phần mềm kế toán HTX, hóa đơn điện tử và bán hàng trên sàn thương mại điện tử.
Các HTX đăng ký danh sách học viên với Văn phòng Liên minh HTX tỉnh trước ngày 20/6/2025.
CHỦ TỊCH
Bùi Văn Cửu
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/media/van-ban/2025/TB-15-LMHTX.pdf", "text": "TB-15-LMHTX.pdf"}],
          opts={"by": "vanphong", "group": 2, "modi": datetime(2025, 6, 11, 14, 20), "comments": []},
          notes=["notice 'Số: 15/TB-LMHTX' dated 06/6 in its text; the post header says 'Đăng bởi Văn phòng Liên minh "
                 "(vanphong) ngày 10.06.2025 lúc 08:45'; the footer 'Cập nhật lần cuối: 11.06.2025 lúc 14:20' is the last "
                 "change; the office account is no author; the signer is text; the /media/…pdf link in its own paragraph "
                 "is an attachment"],
          **at(datetime(2025, 6, 10, 8, 45))),
        A(path="", title="Ảnh: HTX Nông nghiệp Mường Động vào vụ thu hoạch dưa hấu",
          body="""
Cuối tháng 5, các thành viên HTX Nông nghiệp Mường Động (huyện Kim Bôi) thu hoạch 25 ha dưa hấu vụ xuân.
[img muong-dong-1.jpg] Thành viên HTX thu hoạch dưa hấu trên cánh đồng xã Mường Động
[img muong-dong-2.jpg] Dưa hấu được phân loại, dán tem truy xuất nguồn gốc trước khi xuất bán
[img muong-dong-3.jpg] Thương lái thu mua dưa hấu tại ruộng của HTX
Năng suất dưa hấu vụ này đạt khoảng 30 tấn/ha, giá bán ổn định từ 7.000 đến 8.000 đồng/kg.
""", byline="Bài, ảnh: Bùi Thị Thu", author="Bùi Thị Thu",
          opts={"by": "sondc", "group": 1, "modi": datetime(2025, 5, 27, 16, 5),
                "comments": [("Dưa ngon", "Khách", "Dưa hấu Mường Động ngọt và mát lắm, mong HTX phát triển hơn nữa.")]},
          notes=["photo story: centred image paragraphs, each caption the next centred italic paragraph (one line each); "
                 "posted by Đinh Công Sơn but 'Bài, ảnh: Bùi Thị Thu' closes it -> author; a guest's comment (title, 'Bởi "
                 "Khách ngày …', text) is not text"],
          **at(datetime(2025, 5, 27, 10, 15))),
        A(path="", title="Kết quả thực hiện Chương trình OCOP của các HTX tỉnh Hòa Bình",
          body="""
Đến hết tháng 4/2025, toàn tỉnh có 246 sản phẩm OCOP, trong đó các HTX là chủ thể của 112 sản phẩm.
| Hạng sao | Số sản phẩm của HTX | Tỷ lệ (%) |
| 3 sao | 86 | 76,8 |
| 4 sao | 24 | 21,4 |
| 5 sao tiềm năng | 2 | 1,8 |
Các sản phẩm tiêu biểu gồm cam Cao Phong, bưởi đỏ Tân Lạc, mật ong Mai Châu và gạo nếp Lạc Sơn.
""", author="Đinh Công Sơn",
          opts={"by": "sondc", "group": 1, "modi": datetime(2025, 5, 19, 9, 30), "comments": []},
          notes=["a bordered table (bold first row, no <th>): one line per row; posted by Đinh Công Sơn (a person), no "
                 "byline: he is the author; the search results link it with ?searchresult=1&sstring=OCOP (the words "
                 "highlighted): an alias"],
          **at(datetime(2025, 5, 15, 14, 0))),
        A(path="", title="Những lưu ý khi HTX xây dựng phương án sản xuất kinh doanh",
          body="""
Phương án sản xuất kinh doanh là căn cứ để HTX huy động vốn góp của thành viên và tiếp cận các nguồn vốn vay.
## Phương án cần nêu rõ
* Ngành nghề, sản phẩm, dịch vụ HTX cung ứng cho thành viên;
* Nhu cầu vốn, nguồn vốn và kế hoạch sử dụng vốn;
* Dự kiến doanh thu, chi phí và lợi nhuận trong 3 năm;
* Phương án phân phối thu nhập cho thành viên.
Liên minh HTX tỉnh sẵn sàng tư vấn miễn phí cho các HTX trong quá trình xây dựng phương án.
""", byline="Quách Văn Tuấn - Chi cục Phát triển nông thôn", author="Quách Văn Tuấn",
          opts={"by": "admin", "group": 1, "modi": datetime(2025, 4, 24, 11, 10), "comments": []},
          notes=["an <h3> heading and a bulleted list; posted by 'admin' but 'Quách Văn Tuấn - Chi cục Phát triển nông "
                 "thôn' closes it -> Quách Văn Tuấn"],
          **at(datetime(2025, 4, 24, 9, 0))),
        A(path="", title="HTX Bưởi đỏ Tân Lạc mở rộng vùng trồng theo tiêu chuẩn VietGAP",
          body="""
HTX Bưởi đỏ Tân Lạc (huyện Tân Lạc) vừa được cấp chứng nhận VietGAP cho thêm 20 ha bưởi đỏ của 35 hộ thành viên.
Sản phẩm bưởi đỏ của HTX đạt OCOP 4 sao, được tiêu thụ tại các siêu thị ở Hà Nội vào dịp Tết Nguyên đán.
HTX dự kiến xây dựng kho lạnh để kéo dài thời gian bảo quản, nâng cao giá trị sản phẩm.
""", byline="Theo Báo Hòa Bình", author=None,
          opts={"by": "admin", "group": 1, "modi": datetime(2025, 4, 10, 15, 45), "comments": []},
          notes=["posted by 'admin' and closed by 'Theo Báo Hòa Bình': a reprint, no author"],
          **at(datetime(2025, 4, 10, 15, 30))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Lương Sơn",
          body="""
Chiều 20/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Lương Sơn (huyện Lương Sơn).
HTX hiện cung ứng dịch vụ làm đất, giống cây trồng và tiêu thụ rau quả cho 420 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX tham gia các hội chợ và kết nối tiêu thụ sản phẩm với các bếp ăn tập thể.
""", author=None,
          opts={"by": "admin", "group": 1, "modi": datetime(2025, 3, 21, 7, 45), "comments": []},
          notes=["posted at 00:20 on 21 March about the afternoon before ('Đăng bởi admin (admin) ngày 21.03.2025 lúc "
                 "00:20'; the footer's 'Cập nhật lần cuối: 21.03.2025 lúc 07:45' is a later change); the RSS prints GMT: "
                 "'Thu, 20 Mar 2025 17:20:00 GMT' (the previous day); 'admin', no byline: author null"],
          **at(datetime(2025, 3, 21, 0, 20))),
        A(path="", title="HTX Mật ong Mai Châu nâng cao chất lượng sản phẩm",
          body="""
HTX Mật ong Mai Châu (huyện Mai Châu) hiện có 1.200 đàn ong, sản lượng mật đạt khoảng 15 tấn mỗi năm.
HTX đầu tư máy quay mật, máy hạ thủy phần và dây chuyền đóng chai để nâng cao chất lượng sản phẩm.
""", byline="Hà Thị Nguyệt", author="Hà Thị Nguyệt",
          opts={"by": "sondc", "group": 1, "modi": datetime(2025, 2, 27, 8, 0), "comments": []},
          notes=["posted by Đinh Công Sơn but the bare name 'Hà Thị Nguyệt' closes the text: the author; on page 2 (?p=5) "
                 "of the News page"],
          **at(datetime(2025, 2, 26, 16, 10))),
        A(path="", title="Liên minh HTX tỉnh Hòa Bình tổng kết công tác năm 2024",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Hòa Bình tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tong-ket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 35 HTX, tổ chức 10 lớp tập huấn cho 540 lượt cán bộ HTX.
""", byline="Tin, ảnh: Bùi Văn Khánh", author="Bùi Văn Khánh",
          opts={"by": "admin", "group": 3, "modi": datetime(2024, 12, 27, 16, 0), "comments": []},
          notes=["the oldest post, the only one of the group 'Sự kiện' (not in the group feed, not in AnyNews): only "
                 "/pages/tin-tuc.php?p=5 reaches it (and ?g=3, linked only from its own header); 'Tin, ảnh: Bùi Văn "
                 "Khánh' -> author"],
          **at(datetime(2024, 12, 27, 14, 30))),
    ]


def body_html(a: RichArticle, highlight: str | None = None) -> str:
    def mark(html_text: str) -> str:
        if not highlight:
            return html_text
        return re.sub(f"({re.escape(highlight)})", r'<span class="highlight">\1</span>', html_text, flags=re.I)

    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{mark(inline_html(b.text))}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{mark(esc(b.text))}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{mark(inline_html(x))}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellspacing="0" cellpadding="3" width="100%">\n<tbody>\n<tr>\n'
                       + "\n".join(f"<td><strong>{mark(esc(c))}</strong></td>" for c in head) + "\n</tr>\n"
                       + "".join("<tr>\n" + "\n".join(f"<td>{mark(esc(c))}</td>" for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="/media/tin-tuc/{a.date:%Y}/{b.src}" alt="" width="550" '
                       f'height="366" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{mark(esc(b.text))}</em></p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{mark(esc(a.byline))}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hoa-binh", f"Trang web {NAME} (WebsiteBaker 2.8)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/modules/news/rss.php?page_id=%d&group_id=1" % (SITE, PAGE_ID)])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    pid = 40
    for a in reversed(arts):
        pid += 1
        a.opts["id"] = pid
        a.path = f"/pages/posts/{page_filename(a.title)}-{pid}.php"
    oldest = arts[-1]
    feed_group = [a for a in arts if a.opts["group"] == 1]

    def amp(u: str) -> str:
        return u.replace("&", "&amp;")

    def group_img(g: int) -> str:
        return f'<img src="/media/.news/image{g}.jpg" alt="{attr(GROUPS[g])}" />'

    def layout(page_title: str, current: str, content: str) -> str:
        menu = "".join(
            f'<li class="{"menu-current" if href == current else "menu-sibling"}"><a href="{href}" class="'
            f'{"menu-current" if href == current else "menu-sibling"}">{esc(n)}</a></li>'
            for n, href in [("Trang chủ", "/pages/trang-chu.php"), ("Giới thiệu", "/pages/gioi-thieu.php"),
                            ("Tin tức", NEWS), ("Liên hệ", "/pages/lien-he.php")])
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(page_title)} - {esc(NAME)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="description" content="Trang thông tin điện tử Liên minh Hợp tác xã tỉnh Hòa Bình" />
<meta name="keywords" content="Liên minh HTX, Hòa Bình, hợp tác xã, kinh tế tập thể" />
<link href="/templates/round_htx/screen.css" rel="stylesheet" type="text/css" media="screen" />
<link href="/templates/round_htx/print.css" rel="stylesheet" type="text/css" media="print" />
<link href="/modules/news/frontend.css" rel="stylesheet" type="text/css" media="screen" />
<link rel="alternate" type="application/rss+xml" title="Tin hoạt động" href="/modules/news/rss.php?page_id={PAGE_ID}&amp;group_id=1" />
</head>
<body>
<table cellpadding="0" cellspacing="0" border="0" width="900" align="center" class="main">
<tr>
<td colspan="2" class="header" style="background-image: url(/templates/round_htx/images/banner.jpg);">
<div class="site-title">{HEADER}</div><div class="slogan">{SLOGAN}</div><div class="today">{TODAY}</div>
</td>
</tr>
<tr>
<td class="menu" valign="top" width="200">
<ul>{menu}</ul>
<div class="search-title">Tìm kiếm</div>
<form name="search" action="/search/index.php" method="get">
<input type="hidden" name="referrer" value="{PAGE_ID}" />
<input type="text" name="string" class="search_string" /><input type="submit" name="submit" value="Tìm kiếm" class="search_submit" />
</form>
<form name="login" action="/account/login.php" method="post" class="login-box">
<input type="hidden" name="redirect" value="{current}" />
<div class="login-title"><a href="/account/login.php">Đăng nhập</a></div>
Tên đăng nhập:<br /><input type="text" name="username" style="width: 150px;" /><br />
Mật khẩu:<br /><input type="password" name="password" style="width: 150px;" /><br />
<input type="submit" name="submit" value="Đăng nhập" /><br />
<a href="/account/forgot.php">Quên mật khẩu?</a><br /><a href="/account/signup.php">Đăng ký</a>
</form>
<div class="counter">Lượt truy cập: <b>215.432</b><br />Đang online: <b>9</b></div>
</td>
<td class="content" valign="top">
<a href="javascript:window.print()" class="print">In trang</a>
{content}
</td>
</tr>
<tr>
<td colspan="2" class="footer">
<p>{esc(COPY)}</p><p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>
<p class="powered"><a href="{{{{base:offsite}}}}/websitebaker/" target="_blank">Powered by WebsiteBaker</a></p>
</td>
</tr>
</table>
</body>
</html>
"""

    def post_view(a: RichArticle, highlight: str | None = None) -> str:
        g = a.opts["group"]
        user = a.opts["by"]
        coms = ""
        if a.opts["comments"]:
            rows = ""
            for i, (title, who, text) in enumerate(a.opts["comments"]):
                when = a.date + timedelta(days=1, hours=-2 + i)
                rows += (f'<tr><td class="comment_title">{esc(title)}</td><td class="comment_info">Bởi {esc(who)} ngày '
                         f'{dmy(when)} lúc {when:%H:%M}</td></tr><tr><td colspan="2" class="comment_text">{esc(text)}</td></tr>')
                site.extra_boilerplate.append(text)
            coms = (f'<h2>Bình luận</h2><table cellpadding="2" cellspacing="0" border="0" width="98%">{rows}</table>')
        return (f'<table class="post-header" cellpadding="0" cellspacing="0" border="0" width="98%">\n<tr>\n<td><h1>'
                f'{esc(a.title)}</h1></td>\n<td rowspan="3" style="display: ">{group_img(g)}</td>\n</tr>\n<tr>\n<td class='
                f'"public-info"><b>Đăng bởi {esc(USERS[user])} ({user}) ngày {dmy(a.date)} lúc {a.date:%H:%M}</b></td>\n'
                f'</tr>\n<tr style="display: ">\n<td class="group-page"><a href="{NEWS}">Tin tức</a> &gt;&gt; <a href="'
                f'{NEWS}?g={g}">{esc(GROUPS[g])}</a></td>\n</tr>\n</table>\n<div class="post-long">{body_html(a, highlight)}'
                f'</div>\n<p class="post-modified">Cập nhật lần cuối: {dmy(a.opts["modi"])} lúc {a.opts["modi"]:%H:%M}</p>\n'
                f'<a href="{NEWS}">Quay lại</a>\n{coms}<br /><a href="/modules/news/comment.php?post_id={a.opts["id"]}&amp;'
                f'section_id={SECTION_ID}">Thêm bình luận</a>')

    found = [a for a in arts if "ocop" in (a.title + a.body).lower()]
    for a in arts:
        site.page(a.path, layout("Tin tức", NEWS, f'<a name="section_{SECTION_ID}"></a>{post_view(a)}'))
        if a in found:
            alias = f"{a.path}?searchresult=1&sstring=OCOP"
            site.page(alias, layout("Tin tức", NEWS, f'<a name="section_{SECTION_ID}"></a>{post_view(a, "OCOP")}'))
            a.aliases.append(alias)
        cpath = f"/modules/news/comment.php?post_id={a.opts['id']}&section_id={SECTION_ID}"
        site.page(cpath, layout("Tin tức", NEWS, f'<h2>Thêm bình luận</h2><p>Bài viết: <a href="{a.path}">{esc(a.title)}</a>'
                                                 f'</p><form name="comment" action="/modules/news/submit_comment.php?page_id='
                                                 f'{PAGE_ID}&amp;section_id={SECTION_ID}&amp;post_id={a.opts["id"]}" method="post">'
                                                 'Tiêu đề:<br /><input type="text" name="title" maxlength="255" /><br />Bình '
                                                 'luận:<br /><textarea name="comment" rows="8" cols="50"></textarea><br /><iframe '
                                                 'class="captcha_iframe" src="/include/captcha/captcha.php?t=1718700000" '
                                                 'width="120" height="40"></iframe><input type="text" name="captcha" /><br />'
                                                 '<input type="submit" name="submit" value="Gửi" /></form>'))
        site.non_articles.append(cpath)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/media/tin-tuc/{a.date:%Y}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH HOA BINH", "THONG BAO SO 15/TB-LMHTX"]))
        site.add_article(a)
    site.trap("every post's 'Thêm bình luận' opens /modules/news/comment.php?post_id=N&section_id=7 (a form with a "
              "captcha): not an article", f"/modules/news/comment.php?post_id={arts[1].opts['id']}&section_id={SECTION_ID}")
    for g in GROUPS:
        name = f"media/.news/image{g}.jpg"
        site.files[name] = image_for(name)
        site.routes.append({"path": f"/media/.news/image{g}.jpg", "file": name, "content_type": "image/jpeg"})

    # the News page and its group filters
    def news_page(items: list[RichArticle], base: str, n: int) -> str:
        chunk = items[n * PER:(n + 1) * PER]
        rows = "".join(
            f'<table class="loop-header" cellpadding="0" cellspacing="0" border="0" width="98%"><tr class="post-top"><td '
            f'class="post-image" rowspan="2" width="60">{group_img(a.opts["group"])}</td><td class="post-title"><a href="'
            f'{a.path}">{esc(a.title)}</a></td></tr><tr><td class="post-info">Đăng bởi {esc(USERS[a.opts["by"]])} ngày '
            f'{dmy(a.date)}</td></tr><tr><td class="post-short" colspan="2"><p>'
            f'{esc(inline_text(next(b.text for b in a.blocks if b.kind == "p")))}</p> <span style="visibility:visible;"><a '
            f'href="{a.path}">Xem thêm</a></span></td></tr></table>' for a in chunk)
        sep = "&amp;" if "?" in base else "?"
        prev = f'<a href="{base}{sep}p={(n - 1) * PER}">&lt;&lt; Trang trước</a>' if n > 0 else ""
        nxt = f'<a href="{base}{sep}p={(n + 1) * PER}">Trang sau &gt;&gt;</a>' if (n + 1) * PER < len(items) else ""
        of = f"{n * PER + 1}-{min((n + 1) * PER, len(items))} của {len(items)}"
        footer = (f'<table class="page-header" cellpadding="0" cellspacing="0" border="0" width="98%"><tr><td class="page-left"'
                  f' width="35%">{prev}</td><td class="page-center" align="center">{of}</td><td class="page-right" align="right"'
                  f' width="35%">{nxt}</td></tr></table>')
        return f'<a name="section_{SECTION_ID}"></a>{rows}{footer}'

    for g, items, base in [(0, arts, NEWS)] + [(g, [a for a in arts if a.opts["group"] == g], f"{NEWS}?g={g}") for g in GROUPS]:
        pages = max(1, (len(items) + PER - 1) // PER)
        for n in range(pages):
            path = base if n == 0 else f"{base}{'&' if '?' in base else '?'}p={n * PER}"
            site.page(path, layout("Tin tức", NEWS, news_page(items, amp(base), n)))
            site.non_articles.append(path)
            if n == 0 and pages > 1:
                zero = f"{base}{'&' if '?' in base else '?'}p=0"
                site.same_page(zero, path)
                site.non_articles.append(zero)
    site.trap("the News page /pages/tin-tuc.php (group picture, title, 'Đăng bởi <display name> ngày dd.mm.yyyy', the "
              "short text, 'Xem thêm'; 5 a page): ?p=5 holds the three oldest; '<< Trang trước' links ?p=0 (the same list)",
              f"{NEWS}?p=5")
    site.trap("group filters /pages/tin-tuc.php?g=N (the post header's group row): lists; ?g=3 ('Sự kiện') lists only the "
              "oldest post and is linked only from it", f"{NEWS}?g=3")

    # home (= the first page), pages, search
    anynews = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.date)})</span></li>'
                      for a in arts[:4])
    home = (f'<a name="section_1"></a><h2>Chào mừng</h2><p>Trang thông tin điện tử của Liên minh Hợp tác xã tỉnh Hòa Bình: '
            f'tin hoạt động, thông báo và văn bản cho các HTX, tổ hợp tác.</p><p>Từ khóa nổi bật: <a href="/search/index.php?'
            f'string=OCOP">OCOP</a></p><div class="anynews"><h3>Tin mới</h3><ul>{anynews}</ul><a href="{NEWS}">Xem tất cả'
            f"</a></div>")
    site.page("/", layout("Trang chủ", "/pages/trang-chu.php", home))
    site.same_page("/pages/trang-chu.php", "/")
    site.same_page("/index.php", "/")
    site.non_articles += ["/", "/pages/trang-chu.php"]
    site.trap("home / (WebsiteBaker renders the first page: the same as /pages/trang-chu.php and /index.php): a welcome "
              "section, the keyword link to the search and AnyNews' 4 newest posts", "/")
    for path, title, text in [
            ("/pages/gioi-thieu.php", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Hòa Bình là tổ chức chính trị - xã hội và "
             "kinh tế, đại diện cho các HTX, liên hiệp HTX và tổ hợp tác trên địa bàn tỉnh.</p>"),
            ("/pages/lien-he.php", "Liên hệ", f"<p>{esc(ADDRESS)}</p><p>{esc(PHONE)}</p>")]:
        site.page(path, layout(title, path, f'<a name="section_{len(title)}"></a><h2>{title}</h2>{text}'))
        site.non_articles.append(path)
    results = "".join(
        f'<p><a href="{amp(a.path + "?searchresult=1&sstring=OCOP")}">{esc(a.title)}</a><br />'
        f'{esc(inline_text(next(b.text for b in a.blocks if b.kind == "p")))}<br /><span class="search_info">Cập nhật lần '
        f'cuối bởi {esc(USERS[a.opts["by"]])} lúc {a.opts["modi"]:%H:%M}, {dmy(a.opts["modi"])}</span></p>' for a in found)
    site.page("/search/index.php?string=OCOP", layout("Tìm kiếm", "/search/index.php", (
        '<h1>Tìm kiếm</h1><form name="searchpage" action="/search/index.php" method="get"><input type="text" name="string" '
        'value="OCOP" /><input type="submit" value="Tìm kiếm" /></form><hr /><p>Kết quả tìm kiếm cho \'OCOP\':</p>' + results)))
    site.page("/search/index.php", layout("Tìm kiếm", "/search/index.php", (
        '<h1>Tìm kiếm</h1><form name="searchpage" action="/search/index.php" method="get"><input type="text" name="string" />'
        '<input type="submit" value="Tìm kiếm" /></form>')))
    site.non_articles += ["/search/index.php?string=OCOP", "/search/index.php"]
    site.trap("search /search/index.php?string=OCOP (the home page's keyword): results link each post with "
              "?searchresult=1&sstring=OCOP, the post again with the words in span.highlight: aliases",
              "/search/index.php?string=OCOP")
    for path, title in [("/account/login.php", "Đăng nhập"), ("/account/signup.php", "Đăng ký"),
                        ("/account/forgot.php", "Quên mật khẩu?")]:
        site.page(path, layout(title, path, f'<h1>{esc(title)}</h1><form method="post" action="{path}"><input type="text" '
                                            'name="username" /><input type="submit" value="Gửi" /></form>'))
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /account/\nDisallow: /admin/\nDisallow: /temp/\n"
                "Disallow: /include/\n")
    site.trap("robots.txt disallows /account/: the login box's 'Đăng nhập', 'Quên mật khẩu?', 'Đăng ký' are never "
              "fetched", "/account/login.php")

    items = "".join(
        f"<item>\n<title>{esc(a.title)}</title>\n<description><![CDATA["
        f"{inline_text(next(b.text for b in a.blocks if b.kind == 'p'))}]]></description>\n<guid>{{{{base}}}}{a.path}</guid>\n"
        f"<link>{{{{base}}}}{a.path}</link>\n<pubDate>{a.date - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT</pubDate>\n"
        "</item>\n" for a in feed_group)
    site.page(f"/modules/news/rss.php?page_id={PAGE_ID}&group_id=1",
              f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title>Tin hoạt động</title>\n'
              f"<link>{{{{base}}}}</link>\n<description>Trang thông tin điện tử Liên minh Hợp tác xã tỉnh Hòa Bình</description>\n"
              "<language>VI</language>\n<copyright>{{base}}</copyright>\n<managingEditor>lmhtxhoabinh@gmail.com</managingEditor>\n"
              "<webMaster>lmhtxhoabinh@gmail.com</webMaster>\n<category>WebsiteBaker</category>\n<generator>WebsiteBaker "
              f"Content Management System</generator>\n{items}</channel>\n</rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /modules/news/rss.php?page_id=5&group_id=1 (the head's alternate: the group 'Tin hoạt động', no "
              "limit): pubDate in GMT", f"/modules/news/rss.php?page_id={PAGE_ID}&group_id=1")
    assert oldest.opts["group"] == 3
    return site
