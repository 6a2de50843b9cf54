"""Site `mangxahoi-htxlongan` (registry family `generic`): "Mạng xã hội HTX Long An", the community portal the Long An
cooperative alliance runs on **Oxwall 1.8** (PHP social-network CMS: the Blogs plugin, comments, rates, tags, the
"Simplicity" theme, a Vietnamese language pack with month short names "Tháng 1" … "Tháng 12", military time on,
relative time on, the site's time zone Asia/Ho_Chi_Minh). The alliance's office account and two staff members post
blog entries; member cooperatives comment. The copy is of 6 January 2025, 09:30 (before Long An merged into Tây Ninh).
Written as a held-out test: no family module, no selectors.

What is an article here: a blog post. URL shapes: the post `/blogs/post/<id>` (route `post`, what every list links;
Oxwall prints no rel=canonical), the same post at the plugin's second route `/blogs/<id>` (route `user-post`, what the
post's own "Bài trước / Bài sau" box links: 200, same page: an alias); the blog index `/blogs` (= `/blogs/list/latest`,
the hidden default list) paged `?page=2` (5 a page: the three oldest posts only there), `/blogs/list/most-discussed`,
tag lists `/blogs/list/browse-by-tag?tag=<tag>`, a member's blog `/blogs/user/<username>`, profiles `/user/<username>`,
the dashboard `/` (widgets), the member list `/users`, the contact form `/contact`. No RSS for blogs, no sitemap.

Why it is hard: the page heading `<h1 class="ow_stdmargin ow_ic_write">` is "<a>Blog của …</a>: <title>" (the language
key `view_page_heading`): the title is only its tail; `<title>` is "<title> | Mạng xã hội HTX Long An". The post's date
is in the side box "Thông tin bài viết" ("Bởi: <display name>", "Đã thêm: Tháng 12 30 '24, 15:40": Oxwall's
formatSimpleDate, month name FIRST, two-digit year after an apostrophe, time after a comma). The lists print the same
date without the time ("Tháng 12 30 '24"); comments print dates of the current year WITHOUT the year ("Tháng 1 2"),
and the newest comment a relative age ("hôm qua, 20:14"). "Bởi" names the posting account: the office account
"Văn phòng Liên minh HTX" is no author; a staff member's post closes with her byline. The text is `div.ow_blog_post`
(the post's HTML: paragraphs, `<h3>`, lists, a table, photos with a centred italic caption). Not text: the console bar
(Đăng nhập / Đăng ký), the hidden sign-in floatbox, the toolbar (Báo cáo vi phạm), "Chia sẻ", rates, "Thẻ", the
author's archive box, the prev/next box, the comments ("Bình luận (N)", "Thích"), the footer menu and "Powered by
Oxwall".
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import quote_plus

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "mangxahoi-htxlongan"
NAME = "Mạng xã hội HTX Long An"
SLOGAN = "Kết nối hợp tác xã, tổ hợp tác và thành viên tỉnh Long An"
NOW = datetime(2025, 1, 6, 9, 30)
PER_PAGE = 5
ACTIVE = ' class="active"'
FOOT = "© 2025 Liên minh Hợp tác xã tỉnh Long An - 45 Nguyễn Huệ, phường 1, TP Tân An"
USERS = {
    "vanphong_lmhtx": ("Văn phòng Liên minh HTX", "13/03/2019"),
    "thuha_tuyengiao": ("Nguyễn Thu Hà", "02/06/2020"),
    "quocviet.lmhtx": ("Lê Quốc Việt", "21/09/2021"),
    "htx_phuocvinhtay": ("HTX Phước Vĩnh Tây", "05/01/2023"),
    "tranthanhlong": ("Trần Thanh Long", "11/12/2024"),
}
CHROME = [SLOGAN, FOOT, "Powered by Oxwall", "Đăng nhập", "Đăng ký", "Quên mật khẩu?", "Thông tin bài viết",
          "Đã thêm:", "Lưu trữ", "Báo cáo vi phạm", "Bài trước", "Bài sau", "Về trang blog", "Thích",
          "Điều khoản sử dụng", "Chính sách riêng tư", "Chia sẻ", "Đánh giá", "Thẻ"]


def odate(d: datetime, with_time: bool = True) -> str:
    """UTIL_DateTime::formatSimpleDate: '{month_short} %e '%y, %H:%M' (the year left out in the current year)."""
    day = f"{d.day:>2}"
    year = "" if d.year == NOW.year else f" '{d:%y}"
    out = f"Tháng {d.month} {day}{year}"
    return out + (f", {d:%H:%M}" if with_time else "")


def rel(d: datetime) -> str:
    """UTIL_DateTime::formatDate with relative time on: today/yesterday, else the simple date without time."""
    if d.date() == NOW.date():
        return f"{int((NOW - d).total_seconds() // 3600)} giờ trước"
    if (NOW.date() - d.date()).days == 1:
        return f"hôm qua, {d:%H:%M}"
    return odate(d, with_time=False)


def posts() -> list[dict]:
    return [
        dict(id=58, user="thuha_tuyengiao", when=datetime(2024, 12, 30, 15, 40), tags=["hội nghị", "tổng kết"],
             title="Liên minh HTX tỉnh Long An tổng kết công tác năm 2024",
             body="""
Chiều 30/12, Liên minh HTX tỉnh Long An tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
Năm 2024, toàn tỉnh thành lập mới 27 HTX, nâng tổng số HTX đang hoạt động lên 286 HTX với hơn 21.000 thành viên.
[img tongket-2024.png] Quang cảnh hội nghị tổng kết công tác năm 2024.
## Nhiệm vụ trọng tâm năm 2025
* Hỗ trợ 20 HTX ứng dụng chuyển đổi số trong quản lý và bán hàng;
* Giải ngân Quỹ hỗ trợ phát triển HTX cho ít nhất 12 dự án;
* Xây dựng 5 mô hình HTX nông nghiệp gắn với chuỗi giá trị lúa gạo.
Nguyễn Thu Hà
""", author="Nguyễn Thu Hà",
             comments=[("htx_phuocvinhtay", "HTX Phước Vĩnh Tây xin chúc mừng Liên minh!", datetime(2025, 1, 2, 8, 5)),
                       ("tranthanhlong", "Mong năm 2025 có thêm lớp tập huấn ở Cần Giuộc.", datetime(2025, 1, 5, 20, 14))],
             notes=["'Đã thêm: Tháng 12 30 '24, 15:40' in the side box (month first, two-digit year): 30 Dec 2024 "
                    "15:40; the h1 'Blog của Nguyễn Thu Hà: <title>' (the title is its tail); comments dated 'Tháng 1  2' "
                    "(no year: the current year 2025) and 'hôm qua, 20:14' are no dates of the post; the closing byline "
                    "'Nguyễn Thu Hà' is the author (the account's display name says the same)"]),
        dict(id=57, user="vanphong_lmhtx", when=datetime(2024, 12, 23, 7, 45), tags=["thông báo", "quỹ hỗ trợ"],
             title="Thông báo tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX quý I năm 2025",
             doc="41/TB-LMHTX", file=("TB-41-LMHTX-2024.pdf", "TB-41-LMHTX-2024.pdf"),
             body="""
LIÊN MINH HỢP TÁC XÃ TỈNH LONG AN
Số: 41/TB-LMHTX
Long An, ngày 20 tháng 12 năm 2024
Quỹ hỗ trợ phát triển HTX tỉnh Long An thông báo tiếp nhận hồ sơ vay vốn quý I năm 2025 như sau:
+ Đối tượng: HTX, liên hiệp HTX đang hoạt động trên địa bàn tỉnh;
+ Mức cho vay tối đa 2 tỷ đồng/dự án, thời hạn đến 36 tháng;
+ Thời gian nhận hồ sơ: từ ngày 02/01/2025 đến hết ngày 28/02/2025.
Tải văn bản: [[TB-41-LMHTX-2024.pdf|/ow_userfiles/plugins/base/attachments/TB-41-LMHTX-2024.pdf]]
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phạm Văn Tùng
""", author=None, comments=[],
             notes=["a notice 'Số: 41/TB-LMHTX' signed 20/12 in its text, posted 23 Dec 2024 07:45 (side box); posted "
                    "by the office account 'Văn phòng Liên minh HTX' (no author); the signer is text; the PDF is a "
                    "link inside the post ('Tải văn bản: TB-41-LMHTX-2024.pdf'): the attachment, its line is text"]),
        dict(id=55, user="quocviet.lmhtx", when=datetime(2024, 12, 14, 0, 20), tags=["ocop", "hội chợ"],
             title="Ảnh: Phiên chợ sản phẩm OCOP và HTX tại Tân An",
             body="""
Từ ngày 12 đến 14/12, phiên chợ sản phẩm OCOP và HTX tỉnh Long An diễn ra tại Công viên phường 2, TP Tân An.
[img phienchocop-1.png] Gian hàng thanh long, chanh không hạt của các HTX huyện Châu Thành.
[img phienchocop-2.png] Khách tham quan chọn mua gạo thơm của HTX Nông nghiệp Phước Vĩnh Tây.
[img phienchocop-3.png] Lãnh đạo Liên minh HTX tỉnh thăm gian hàng của HTX Thanh long Long Trì.
Bài, ảnh: Lê Quốc Việt
""", author="Lê Quốc Việt",
             comments=[("htx_phuocvinhtay", "Cảm ơn Liên minh đã hỗ trợ gian hàng cho HTX.", datetime(2024, 12, 15, 9, 0))],
             notes=["photo story posted at 00:20 on 14 Dec ('Tháng 12 14 '24, 00:20'); three centred italic captions are "
                    "lines; 'Bài, ảnh: Lê Quốc Việt' -> author"]),
        dict(id=52, user="vanphong_lmhtx", when=datetime(2024, 12, 5, 10, 10), tags=["số liệu", "htx"],
             title="Kinh tế tập thể tỉnh Long An 11 tháng năm 2024",
             body="""
Theo báo cáo của Liên minh HTX tỉnh, kinh tế tập thể trong 11 tháng năm 2024 tiếp tục phát triển ổn định.
| Chỉ tiêu | 11 tháng 2023 | 11 tháng 2024 |
| Số HTX đang hoạt động | 262 | 286 |
| Số tổ hợp tác | 1.410 | 1.452 |
| Doanh thu bình quân một HTX (tỷ đồng) | 4,1 | 4,6 |
Các HTX nông nghiệp chiếm 68% tổng số HTX của tỉnh.
""", author=None, comments=[],
             notes=["a data table (one line per row); office account, no byline: author null"]),
        dict(id=49, user="thuha_tuyengiao", when=datetime(2024, 11, 21, 14, 30), tags=["chuyển đổi số"],
             title="Tập huấn bán hàng trên sàn thương mại điện tử cho HTX",
             body="""
Ngày 20 và 21/11, Liên minh HTX tỉnh phối hợp Sở Công Thương tổ chức lớp tập huấn bán hàng trên sàn thương mại điện tử cho 45 học viên là cán bộ HTX.
## Nội dung chính
* Xây dựng gian hàng trên sàn Voso, Postmart;
* Chụp ảnh sản phẩm và viết mô tả bằng điện thoại;
* Livestream bán hàng và chăm sóc khách hàng.
Nguyễn Thu Hà
""", author="Nguyễn Thu Hà", comments=[],
             notes=["a heading and a list; the closing bare name -> author"]),
        dict(id=46, user="vanphong_lmhtx", when=datetime(2024, 11, 3, 8, 15), tags=["ocop", "nông nghiệp"],
             title="HTX Thanh long Long Trì có sản phẩm đạt OCOP 4 sao",
             body="""
Sản phẩm thanh long ruột đỏ của HTX Thanh long Long Trì (huyện Châu Thành) vừa được UBND tỉnh công nhận đạt OCOP 4 sao.
HTX có 64 thành viên với 120 ha thanh long đạt chuẩn VietGAP, mỗi năm cung ứng khoảng 3.000 tấn quả.
Theo Báo Long An
""", author=None, comments=[],
             notes=["a reprint 'Theo Báo Long An' posted by the office account: author null; 'Tháng 11  3 '24, 08:15' "
                    "(one-digit day padded by %e)"]),
        dict(id=43, user="vanphong_lmhtx", when=datetime(2024, 10, 17, 16, 0), tags=["hội nghị"],
             title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 5",
             body="""
Ngày 17/10, Ban Chấp hành Liên minh HTX tỉnh Long An khóa VI tổ chức hội nghị lần thứ 5.
Hội nghị đánh giá kết quả 9 tháng đầu năm và thống nhất các giải pháp hoàn thành chỉ tiêu năm 2024.
""", author=None, comments=[],
             notes=["only on the second page /blogs?page=2"]),
        dict(id=40, user="thuha_tuyengiao", when=datetime(2024, 9, 26, 9, 50), tags=["đào tạo"],
             title="Bồi dưỡng kiến thức quản trị cho giám đốc HTX năm 2024",
             body="""
Từ ngày 24 đến 26/9, Liên minh HTX tỉnh mở lớp bồi dưỡng kiến thức quản trị cho 50 giám đốc, kế toán HTX.
Học viên được cập nhật các quy định mới của Luật Hợp tác xã năm 2023 về tổ chức, quản lý HTX.
Nguyễn Thu Hà
""", author="Nguyễn Thu Hà", comments=[],
             notes=["the oldest post: only on /blogs?page=2 and the author's blog list"]),
    ]


def _page(site: SiteBuild, path: str, html: str) -> None:
    site.page(path, html, content_type="text/html; charset=UTF-8")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "long-an", NAME, "generic", None, start_urls=["{{base:%s}}/blogs" % SITE])
    site.extra_boilerplate += CHROME
    specs = posts()
    for s in specs:
        s["path"] = f"/blogs/post/{s['id']}"

    def layout(title: str, heading: str, content: str, desc: str = "", og: str = "") -> str:
        d = f'<meta name="description" content="{attr(desc)}" />\n' if desc else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" dir="ltr">
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="content-language" content="vi" />
{d}{og}<meta name="viewport" content="width=device-width, initial-scale=1" />
<link rel="stylesheet" type="text/css" href="/ow_static/themes/simplicity/base.css" media="all" />
<link rel="stylesheet" type="text/css" href="/ow_static/plugins/base/css/ow.css" media="all" />
<script type="text/javascript" src="/ow_static/plugins/base/js/jquery.min.js"></script>
<script type="text/javascript" src="/ow_static/plugins/base/js/ow.js"></script>
<link rel="shortcut icon" type="image/x-icon" href="/ow_static/themes/simplicity/images/favicon.png" />
</head>
<body class="ow base_blogs">
<div class="ow_page_wrap">
  <div class="ow_page_padding">
    <div class="ow_console clearfix">
      <div class="ow_console_body clearfix">
        <div class="ow_console_items_wrap">
          <div class="ow_console_item"><a href="javascript://" class="ow_console_item_link" id="console_item_sign_in">Đăng nhập</a></div>
          <div class="ow_console_item"><a href="/join" class="ow_console_item_link">Đăng ký</a></div>
        </div>
      </div>
    </div>
    <div class="ow_site_panel clearfix">
      <div class="ow_logo_wrap"><a href="/">{esc(NAME)}</a></div>
      <div class="ow_logo_slogan">{esc(SLOGAN)}</div>
    </div>
    <div class="ow_header">
      <div class="ow_menu_wrap"><ul class="ow_main_menu clearfix">
        <li class="base_main_menu_index"><a href="/"><span>Trang chủ</span></a></li>
        <li class="blogs_main_menu_item active"><a href="/blogs"><span>Blog</span></a></li>
        <li class="base_user_list"><a href="/users"><span>Thành viên</span></a></li>
        <li class="contact"><a href="/contact"><span>Liên hệ</span></a></li>
      </ul></div>
    </div>
    <div class="ow_page_container">
      <div class="ow_canvas">
        <div class="ow_page ow_bg_color clearfix">
          <h1 class="ow_stdmargin ow_ic_write">{heading}</h1>
          <div class="ow_content">
{content}
          </div>
        </div>
      </div>
    </div>
  </div>
</div>
<div class="ow_footer">
  <div class="ow_canvas">
    <div class="ow_page clearfix">
      <div class="ow_footer_menu">
        <a href="/terms-of-use">Điều khoản sử dụng</a> | <a href="/privacy-policy">Chính sách riêng tư</a> | <a href="/contact">Liên hệ</a>
      </div>
      <div class="ow_copyright">{esc(FOOT)}</div>
      <div style="float:right;padding-bottom: 30px;"><a href="{{{{base:offsite}}}}/oxwall/" target="_blank" title="Powered by Oxwall Community Software">Powered by Oxwall</a></div>
    </div>
  </div>
</div>
<div style="display: none" id="base_cmp_floatbox_ajax_signin">
  <form id="form_sign_in" method="post" action="/base/user/standard-sign-in">
    <input type="text" name="identity" placeholder="Tên đăng nhập/Email" />
    <input type="password" name="password" placeholder="Mật khẩu" />
    <input type="submit" value="Đăng nhập" />
    <a href="/forgot-password">Quên mật khẩu?</a>
  </form>
</div>
<script type="text/javascript">$(function () {{ OW.bindAutoClicks(); OW.initTooltips(); }});</script>
</body>
</html>
"""

    def user_link(u: str) -> str:
        return f'<a href="/user/{u}">{esc(USERS[u][0])}</a>'

    def text_html(s: dict) -> str:
        out = []
        for b in parse_rich(s["body"]):
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<h3>{esc(b.text)}</h3>")
            elif b.kind in ("ul", "ol"):
                out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
            elif b.kind == "img":
                out.append(f'<p style="text-align: center;"><img src="/ow_userfiles/plugins/blogs/{b.src}" '
                           f'style="max-width: 100%;" /></p>')
                if b.text:
                    out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
            elif b.kind == "table":
                head, *rows = b.rows
                out.append('<table border="1" style="border-collapse: collapse;"><tbody><tr>'
                           + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head) + "</tr>"
                           + "\n".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows)
                           + "</tbody></table>")
        return "\n".join(out)

    def tag_url(t: str) -> str:
        return "/blogs/list/browse-by-tag?tag=" + quote_plus(t)

    def tag_cloud(tags: list[str]) -> str:
        links = " ".join(f'<a href="{tag_url(t).replace("&", "&amp;")}" style="font-size:{12 + len(t) % 5}px;">'
                         f'{esc(t)}</a>' for t in tags)
        return (f'<div class="ow_box ow_stdmargin"><div class="ow_box_cap"><span class="ow_ic_tag">Thẻ</span></div>'
                f'<div class="ow_tag_cloud">{links}</div></div>')

    def comments_html(s: dict) -> str:
        items = []
        for k, (who, text, when) in enumerate(s["comments"], 1):
            items.append(f"""<div class="ow_comments_item clearfix" id="comment-{s['id']}{k}">
  <div class="cont_wrap clearfix">
    <div class="ow_comments_item_picture"><div class="ow_avatar"><a href="/user/{who}"><img src="/ow_static/themes/simplicity/images/no-avatar.png" alt="{attr(USERS[who][0])}" /></a></div></div>
    <div class="ow_comments_item_info">
      <span class="ow_comments_item_user"><a href="/user/{who}">{esc(USERS[who][0])}</a></span>
      <div class="ow_comments_content ow_smallmargin">{esc(text)}</div>
      <div class="ow_comments_date_hover ow_small"><span class="ow_comments_date ow_nowrap ow_tiny ow_remark">{rel(when)}</span> <a href="javascript://" class="ow_comments_like">Thích</a></div>
    </div>
  </div>
</div>""")
        n = len(s["comments"])
        return f"""<div class="ow_box ow_stdmargin"><div class="ow_box_cap"><span class="ow_ic_comment">Bình luận ({n})</span></div>
<div class="ow_comments_list">
{chr(10).join(items)}
</div>
<div class="ow_comments_form_wrap"><textarea class="comments_fake_autoclick" placeholder="Thêm bình luận..."></textarea></div>
</div>"""

    by_user: dict[str, list[dict]] = {}
    for s in specs:
        by_user.setdefault(s["user"], []).append(s)
    for s in specs:
        u = s["user"]
        mine = sorted(by_user[u], key=lambda x: x["when"])
        i = mine.index(s)
        prev = mine[i - 1] if i > 0 else None
        nxt = mine[i + 1] if i + 1 < len(mine) else None
        adj = '<div class="ow_box ow_stdmargin"><div class="clearfix"><div style="float:left;">'
        if prev:
            adj += f'<a href="/blogs/{prev["id"]}">Bài trước</a> <span class="ow_ic_left_arrow">&nbsp;&nbsp;&nbsp;&nbsp;</span>'
        adj += '</div><div style="float:right;">'
        if nxt:
            adj += f'<span class="ow_ic_right_arrow">&nbsp;&nbsp;&nbsp;&nbsp;</span> <a href="/blogs/{nxt["id"]}">Bài sau</a>'
        adj += (f'</div></div><center> <span class="ow_ic_up_arrow">&nbsp;&nbsp;&nbsp;&nbsp;</span> '
                f'<a href="/blogs/user/{u}">Về trang blog</a></center></div>')
        months = sorted({(x["when"].year, x["when"].month) for x in by_user[u]}, reverse=True)
        archive = "".join(f'<li><a href="/blogs/user/{u}?month={m}-{y}">Tháng {m} {y}</a></li>' for y, m in months)
        content = f"""<div class="clearfix">
  <div class="ow_superwide" style="float:left;">
    <div class="ow_box_empty ow_stdmargin">
      <div class="clearfix"><div class="ow_blog_post">
{text_html(s)}
      </div></div>
      <div class="ow_stdmargin"><center><br /></center></div>
      <div class="ow_box_toolbar_cont clearfix"><div class="ow_box_toolbar ow_remark ow_bl"><span class="ow_nowrap"><a href="javascript://" id="blog_post_toolbar_flag">Báo cáo vi phạm</a></span></div></div>
    </div>
    <div class="ow_social_sharing_widget"><span>Chia sẻ</span> <a href="javascript://" class="facebook ow_social_sharing_button">Facebook</a> <a href="javascript://" class="twitter ow_social_sharing_button">Twitter</a></div>
{adj}
{comments_html(s)}
  </div>
  <div class="ow_supernarrow" style="float:right;">
    <div class="ow_box ow_stdmargin"><div class="ow_box_cap"><span class="ow_ic_picture">Thông tin bài viết</span></div>
      <table class="ow_table_3 ow_form ow_nomargin"><tbody>
        <tr class="ow_tr_first"><td class="ow_label">Bởi:</td><td class="ow_value">{user_link(u)}</td></tr>
        <tr class="ow_tr_last"><td class="ow_label">Đã thêm:</td><td class="ow_value">{odate(s['when'])}</td></tr>
      </tbody></table>
    </div>
{tag_cloud(s['tags'])}
    <div class="ow_box ow_stdmargin"><div class="ow_box_cap"><span class="ow_ic_star">Đánh giá</span></div><div class="rates_cont clearfix"><a class="rate_item" href="javascript://">&nbsp;</a><a class="rate_item" href="javascript://">&nbsp;</a><a class="rate_item" href="javascript://">&nbsp;</a><a class="rate_item" href="javascript://">&nbsp;</a><a class="rate_item" href="javascript://">&nbsp;</a></div></div>
    <div class="ow_box"><div class="ow_box_cap"><span class="ow_ic_clock">Lưu trữ</span></div>
      <ul class="ow_regular"><li><a href="/blogs/user/{u}">Tất cả</a></li>{archive}</ul>
    </div>
  </div>
</div>"""
        first = next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
        desc = first[:200]
        og = (f'<meta property="og:type" content="website" />\n<meta property="og:title" content="{attr(s["title"])}" />\n'
              f'<meta property="og:description" content="{attr(desc)}" />\n'
              f'<meta property="og:site_name" content="{attr(NAME)}" />\n<meta name="twitter:card" content="summary" />\n')
        heading = f'<a href="/blogs/user/{u}">Blog của {esc(USERS[u][0])}</a>: {esc(s["title"])}'
        _page(site, s["path"], layout(f"{s['title']} | {NAME}", heading, content, desc, og))
        site.same_page(f"/blogs/{s['id']}", s["path"])
        for b in parse_rich(s["body"]):
            if b.kind == "img":
                site.binary(f"/ow_userfiles/plugins/blogs/{b.src}", image_for(b.src))
        art = RichArticle(path=s["path"], title=s["title"], date=s["when"], body=s["body"], author=s["author"],
                          published=iso(s["when"]), published_source="date-element", evidence=["date-element"],
                          doc_number=s.get("doc"), notes=s["notes"], aliases=[f"/blogs/{s['id']}"])
        if s.get("file"):
            fname, label = s["file"]
            art.attachments = [{"path": f"/ow_userfiles/plugins/base/attachments/{fname}", "text": label}]
            site.binary(f"/ow_userfiles/plugins/base/attachments/{fname}",
                        pdf(s["title"], ["LIEN MINH HOP TAC XA TINH LONG AN", "SO: 41/TB-LMHTX"]))
        site.add_article(art)
        site.extra_boilerplate += [c[1] for c in s["comments"]]
    site.trap("the post's second route /blogs/<id> (what the 'Bài trước / Bài sau' box links) renders the same post "
              "with 200 and no canonical link: an alias of /blogs/post/<id>", f"/blogs/{specs[1]['id']}")
    site.trap("h1 'Blog của <display name>: <title>' (Oxwall's view_page_heading): the title is the part after the colon",
              specs[0]["path"])
    site.trap("comment dates: 'Tháng 1  2' (current year: no year) and 'hôm qua, 20:14' (relative to the render time "
              "6 Jan 2025 09:30): not the post's date", specs[0]["path"])

    # lists
    def ipc(s: dict) -> str:
        first = next(b.lines()[0] for b in parse_rich(s["body"]) if b.kind == "p")
        words = first.split()
        cut = " ".join(words[:30])
        more = f'... <a class="ow_lbutton" href="{s["path"]}">Xem thêm</a>' if len(words) > 30 else ""
        n = len(s["comments"])
        return f"""<div class="ow_ipc ow_stdmargin clearfix">
  <div class="ow_ipc_picture"><div class="ow_avatar"><a href="/user/{s['user']}"><img src="/ow_static/themes/simplicity/images/no-avatar.png" alt="{attr(USERS[s['user']][0])}" /></a></div></div>
  <div class="ow_ipc_info">
    <div class="ow_ipc_header"><a href="{s['path']}">{esc(s['title'])}</a></div>
    <div class="ow_ipc_content">{esc(cut)}{more}</div>
    <div class="clearfix"><div class="ow_ipc_toolbar ow_remark"><span class="ow_nowrap">{user_link(s['user'])}</span> <span class="ow_delimiter">&middot;</span> <span class="ow_nowrap">{rel(s['when'])}</span> <span class="ow_delimiter">&middot;</span> <span class="ow_nowrap"><a href="{s['path']}#comments">Bình luận ({n})</a></span></div></div>
  </div>
</div>"""

    menu = ('<div class="ow_content_menu_wrap"><ul class="ow_content_menu clearfix">'
            '<li class="_latest active"><a href="/blogs/list/latest"><span class="ow_ic_clock">Mới nhất</span></a></li>'
            '<li class="_most-discussed"><a href="/blogs/list/most-discussed"><span class="ow_ic_comment">Nhiều bình luận</span></a></li>'
            '<li class="_browse-by-tag"><a href="/blogs/list/browse-by-tag"><span class="ow_ic_tag">Theo thẻ</span></a></li></ul></div>')
    all_tags = sorted({t for s in specs for t in s["tags"]})

    def list_page(items: list[dict], paging: str = "") -> str:
        return (f'{menu}\n<div class="ow_blogs_list clearfix"><div class="ow_superwide" style="float:left;">\n'
                + "\n".join(ipc(s) for s in items) + f"\n{paging}\n</div>"
                f'<div class="ow_supernarrow" style="float:right;">{tag_cloud(all_tags)}</div></div>')

    pages_ = [specs[i:i + PER_PAGE] for i in range(0, len(specs), PER_PAGE)]
    for k, chunk in enumerate(pages_, 1):
        links = " ".join(f'<a href="/blogs?page={j}"{ACTIVE if j == k else ""}>{j}</a>'
                         for j in range(1, len(pages_) + 1))
        paging = f'<center><div class="ow_paging clearfix ow_smallmargin"><span>Trang:</span> {links}</div></center>'
        path = "/blogs" if k == 1 else f"/blogs?page={k}"
        _page(site, path, layout(f"Blog | {NAME}", "Blog", list_page(chunk, paging)))
        site.non_articles.append(path)
    site.same_page("/blogs?page=1", "/blogs")
    _page(site, "/blogs/list/latest", layout(f"Blog | {NAME}", "Blog", list_page(pages_[0], "")))
    site.non_articles.append("/blogs/list/latest")
    discussed = sorted(specs, key=lambda s: -len(s["comments"]))[:PER_PAGE]
    _page(site, "/blogs/list/most-discussed", layout(f"Blog | {NAME}", "Blog", list_page(discussed)))
    site.non_articles.append("/blogs/list/most-discussed")
    _page(site, "/blogs/list/browse-by-tag", layout(f"Blog | {NAME}", "Blog", list_page([])))
    site.non_articles.append("/blogs/list/browse-by-tag")
    for t in all_tags:
        tagged = [s for s in specs if t in s["tags"]]
        content = list_page(tagged).replace(
            '<div class="ow_superwide" style="float:left;">',
            f'<div class="ow_superwide" style="float:left;"><div class="ow_anno ow_stdmargin ow_center">'
            f'Kết quả theo thẻ <b>{esc(t)}</b></div>', 1)
        _page(site, tag_url(t), layout(f"Blog | {NAME}", "Blog", content))
        site.non_articles.append(tag_url(t))
    site.trap("the blog index /blogs (also /blogs/list/latest) shows 5 posts, dated without the time "
              "('Tháng 12 30 '24'); its pager 'Trang: 1 2' leads to /blogs?page=2, which alone holds the 3 oldest", "/blogs?page=2")
    for u, (name, joined) in USERS.items():
        mine = by_user.get(u, [])
        if mine:
            _page(site, f"/blogs/user/{u}", layout(f"Blog của {name} | {NAME}", f"Blog của {esc(name)}",
                                                   list_page(mine)))
            site.non_articles.append(f"/blogs/user/{u}")
            for y, m in sorted({(x["when"].year, x["when"].month) for x in mine}):
                month = [x for x in mine if (x["when"].year, x["when"].month) == (y, m)]
                _page(site, f"/blogs/user/{u}?month={m}-{y}",
                      layout(f"Blog của {name} | {NAME}", f"Blog của {esc(name)}", list_page(month)))
        prof = (f'<div class="ow_box ow_stdmargin"><div class="ow_avatar"><img src="/ow_static/themes/simplicity/images/'
                f'no-avatar.png" alt="" /></div><table class="ow_table_3"><tr><td class="ow_label">Tên hiển thị</td>'
                f'<td class="ow_value">{esc(name)}</td></tr><tr><td class="ow_label">Ngày tham gia</td>'
                f'<td class="ow_value">{joined}</td></tr></table>'
                + (f'<p><a href="/blogs/user/{u}">Xem blog</a></p>' if mine else "") + "</div>")
        _page(site, f"/user/{u}", layout(f"{name} | {NAME}", esc(name), prof))
        site.non_articles.append(f"/user/{u}")

    # the dashboard with widgets
    latest = "".join(f'<li><a href="{s["path"]}">{esc(s["title"])}</a> <span class="ow_small ow_remark">'
                     f'{rel(s["when"])}</span></li>' for s in specs[:4])
    members = "".join(f'<a href="/user/{u}" title="{attr(n)}"><img src="/ow_static/themes/simplicity/images/no-avatar.png" '
                      f'alt="{attr(n)}" /></a>' for u, (n, _) in list(USERS.items())[::-1][:4])
    home = f"""<div class="ow_dragndrop_sections clearfix">
  <div class="ow_dnd_left ow_left" style="width:65%;">
    <div class="ow_box ow_stdmargin"><div class="ow_box_cap"><span class="ow_ic_info">Chào mừng</span></div><p>Chào mừng bạn đến với mạng xã hội của các hợp tác xã tỉnh Long An.</p></div>
    <div class="ow_box ow_stdmargin"><div class="ow_box_cap"><span class="ow_ic_write">Bài viết blog</span></div><ul>{latest}</ul><a href="/blogs">Xem tất cả</a></div>
  </div>
  <div class="ow_dnd_right ow_right" style="width:33%;">
    <div class="ow_box ow_stdmargin"><div class="ow_box_cap"><span class="ow_ic_user">Thành viên mới</span></div><div class="ow_lp_avatars">{members}</div></div>
    <div class="ow_box ow_stdmargin"><div class="ow_box_cap"><span class="ow_ic_user">Người dùng trực tuyến</span></div><div class="ow_lp_avatars"><a href="/user/thuha_tuyengiao"><img src="/ow_static/themes/simplicity/images/no-avatar.png" alt="" /></a></div></div>
  </div>
</div>"""
    _page(site, "/", layout(NAME, "Trang chủ", home))
    site.non_articles.append("/")
    users = "".join(f'<li><a href="/user/{u}">{esc(n)}</a></li>' for u, (n, _) in USERS.items())
    _page(site, "/users", layout(f"Thành viên | {NAME}", "Thành viên", f'<ul class="ow_user_list">{users}</ul>'))
    site.non_articles.append("/users")
    _page(site, "/contact", layout(f"Liên hệ | {NAME}", "Liên hệ",
                                   '<form method="post" action="/contact"><input type="text" name="from" />'
                                   '<textarea name="message"></textarea><input type="submit" value="Gửi" /></form>'))
    site.non_articles.append("/contact")
    for p, t in (("/terms-of-use", "Điều khoản sử dụng"), ("/privacy-policy", "Chính sách riêng tư")):
        _page(site, p, layout(f"{t} | {NAME}", t, f"<p>{t} của {esc(NAME)}.</p>"))
        site.non_articles.append(p)
    for p in ("/join", "/forgot-password"):
        _page(site, p, layout(f"{NAME}", "Đăng ký", '<form method="post"><input type="text" name="username" /></form>'))
        site.never_fetched.append(p)
    site.binary("/ow_static/themes/simplicity/images/favicon.png", image_for("favicon"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\nDisallow: /join\nDisallow: /forgot-password\n"
                "Disallow: /base/\n")
    return site
