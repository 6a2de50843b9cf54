"""Site `diendan-htxbinhduong` (registry family `generic`): "Diễn đàn Hợp tác xã Bình Dương", the forum of the Bình
Dương cooperative alliance (since 1 July 2025 part of TP. Hồ Chí Minh) on **MyBB 1.8.38** (default theme, Vietnamese
language pack, the Google SEO plugin for `Thread-<slug>` / `Forum-<slug>` URLs, the stock portal and the "lite"
archive). The alliance's news are the threads of its forum "Tin tức Liên minh". Written as a held-out test: no family
module, no selectors.

Why it is hard: a thread has NO heading: its subject is the `<strong>` of the `td.thead` above `div#posts` (the page's
`<title>` repeats it); every post is a `div.post` (`div.post_author`, `span.post_date`, `div.post_body` with the MyCode
output: lines split by `<br />`, `span.mycode_b` headings, `img.mycode_img` photos with a `div.mycode_align` centred
italic caption, `ul.mycode_list`), then a `div.signature`. The first post is the article, the replies (`blockquote.
mycode_quote` "X đã viết:") are comments. Dates are MyBB's d-m-Y with a 12-hour clock ("05-03-2026, 08:20 AM"), for
recent posts relative: "Hôm qua, 03:40 PM" (`<span title="13-03-2026">Hôm qua</span>`) and "2 giờ trước" (the full time
in the span's `title`); one post carries the "(Sửa lần cuối: …)" edit note inside the same `span.post_date`; the footer
shows "Giờ hiện tại" (today) on every page. The office account "BBT Liên minh" posts most news (never an author); a
member posting in person is the author; a byline line names the author. Every thread answers at its SEO URL
`/Thread-<slug>` (the canonical), at `showthread.php?tid=N`, at the post link `showthread.php?tid=N&pid=M#pidM` and in
the lite archive `archive/index.php?thread-N.html`; a retitled thread's old slug 301-redirects. `printthread.php`,
`newreply.php`, `search.php`, login and registration are disallowed in robots.txt (the MyBB docs' list). The portal
prints the two newest announcements IN FULL; board index, forum lists (`forumdisplay.php?fid=2&page=2`, the last
post's date), members' questions, profiles, team, contact and the RSS feed are no articles.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "diendan-htxbinhduong"
FORUM = "Diễn đàn Hợp tác xã Bình Dương"
HTML = "text/html; charset=UTF-8"
NOW = datetime(2026, 3, 14, 11, 5)
OFFICE = (1, "BBT Liên minh", "Quản trị viên", 962)
MEMBERS = {4: ("Trần Quốc Huy", "Thành viên", 41), 6: ("Võ Thị Kim Xuyến", "Điều hành viên", 288),
           9: ("HTX Bưởi Bạch Đằng", "Thành viên", 19), 12: ("Phan Minh Lộc", "Thành viên", 73)}
SIGNATURE = "Ban biên tập - Liên minh HTX Bình Dương | Hotline hỗ trợ HTX: 0274.3822.619"
CHROME = ["Xin chào Khách! Đăng nhập hoặc Đăng ký.", "Giờ hiện tại:", "Được hỗ trợ bởi MyBB, © 2002-2026 MyBB Group.",
          "Chế độ xem rút gọn", "Đánh dấu tất cả là đã đọc", "Về đầu trang", "Nhóm quản lý diễn đàn",
          "Người dùng đang xem chủ đề này: 1 Khách", "Các chủ đề có thể liên quan…", "Tùy chọn chủ đề",
          "Đăng ký theo dõi chủ đề này", "Gửi chủ đề cho bạn bè", "Xem bản in", "Nhảy đến diễn đàn:",
          "Đánh giá chủ đề:", SIGNATURE, "Bài viết: 962", "Tham gia: 04-2019", "Uy tín: 12",
          "Trời ít mây, 33°C - Thủ Dầu Một", "HTX nào đang cần kết nối tiêu thụ sản phẩm? Đăng tin tại mục Hỏi đáp!"]
REPLIES = {1: (4, "Cảm ơn BBT, HTX Phú An sẽ gửi hồ sơ trong tuần này."),
           2: (9, "Cho hỏi mẫu đơn đăng ký lấy ở đâu ạ?"),
           3: (12, "Thông tin rất bổ ích cho các HTX mới thành lập.")}


def mdate(d: datetime) -> str:
    return f"{d:%d-%m-%Y}, {d:%I:%M} {'AM' if d.hour < 12 else 'PM'}"


def shown(d: datetime) -> str:
    """span.post_date as MyBB 1.8 prints it (relative dates for recent posts)."""
    hours = (NOW - d).total_seconds() / 3600
    if d.date() == NOW.date() and hours < 1:
        return f'<span title="{mdate(d)}">{int(hours * 60)} phút trước</span>'
    if d.date() == NOW.date() and hours < 12:
        return f'<span title="{mdate(d)}">{int(hours)} giờ trước</span>'
    if d.date() == NOW.date():
        return f'<span title="{d:%d-%m-%Y}">Hôm nay</span>, {d:%I:%M} {"AM" if d.hour < 12 else "PM"}'
    if (NOW.date() - d.date()).days == 1:
        return f'<span title="{d:%d-%m-%Y}">Hôm qua</span>, {d:%I:%M} {"AM" if d.hour < 12 else "PM"}'
    return mdate(d)


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Liên minh HTX tỉnh triển khai nhiệm vụ hỗ trợ HTX quý II năm 2026",
          lead="**Sáng 14/3, Thường trực Liên minh HTX họp giao ban, thống nhất các nhiệm vụ hỗ trợ HTX trong quý II năm 2026.**",
          body="""
Theo báo cáo tại cuộc họp, hai tháng đầu năm có 14 HTX thành lập mới, chủ yếu trong lĩnh vực dịch vụ nông nghiệp và vận tải.
[img giao-ban-quy-2.png] Các đại biểu dự họp giao ban tại trụ sở Liên minh HTX
## Trọng tâm quý II
Liên minh HTX sẽ phối hợp với các phường, xã khảo sát nhu cầu vay vốn và đào tạo của 60 HTX nông nghiệp.
Các HTX có sản phẩm đạt OCOP được ưu tiên tham gia hội chợ tại TP. Hồ Chí Minh vào tháng 5.
""", byline="Bài, ảnh: Ngọc Trâm", author="Ngọc Trâm",
          opts={"tid": 214, "pid": 1187, "uid": 1, "slug": "Lien-minh-HTX-tinh-trien-khai-nhiem-vu-ho-tro-HTX-quy-II-nam-2026",
                "replies": [1, 3]},
          notes=["thread: no heading (the subject is the <strong> of td.thead); the first div.post's div.post_body is the "
                 "text (<br /> lines, span.mycode_b heading, centred italic caption under img.mycode_img); its span.post_date "
                 "is relative '2 giờ trước' with the full time in the span's title ('14-03-2026, 09:05 AM'); posted by the "
                 "office account: 'Bài, ảnh: Ngọc Trâm' -> author; two replies are comments"],
          **at(datetime(2026, 3, 14, 9, 5))),
        A(path="", title="Thông báo số 09/TB-LMHTX về tiếp nhận hồ sơ hỗ trợ xúc tiến thương mại năm 2026",
          body="""
LIÊN MINH HTX TỈNH BÌNH DƯƠNG
Số: 09/TB-LMHTX
Bình Dương, ngày 11 tháng 3 năm 2026
THÔNG BÁO
Về việc tiếp nhận hồ sơ đề nghị hỗ trợ xúc tiến thương mại năm 2026
Liên minh HTX tiếp nhận hồ sơ của các HTX có nhu cầu tham gia hội chợ, triển lãm và kết nối giao thương năm 2026.
- Hồ sơ gồm: đơn đề nghị theo mẫu, bản sao giấy chứng nhận đăng ký HTX, danh mục sản phẩm.
- Thời hạn nhận hồ sơ: đến hết ngày 10/4/2026.
- Nơi nhận: Phòng Tư vấn - Hỗ trợ, Liên minh HTX.
CHỦ TỊCH
Lê Văn Thạnh
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/attachment.php?aid=58", "text": "TB-09-LMHTX-xuc-tien-thuong-mai-2026.pdf"}],
          opts={"tid": 211, "pid": 1169, "uid": 1, "slug": "Thong-bao-so-09-TB-LMHTX-ve-tiep-nhan-ho-so-ho-tro-xuc-tien-thuong-mai-nam-2026",
                "replies": [2], "aid": 58},
          notes=["notice 'Số: 09/TB-LMHTX' dated 11/3 in the text, posted 'Hôm qua, 03:40 PM' (<span title='13-03-2026'>"
                 "Hôm qua</span>): 13/03/2026 15:40; the signer is text, author null; the PDF in the post's 'Tập tin đính kèm' "
                 "fieldset (attachment.php?aid=58, its size and downloads no text): an attachment"],
          **at(datetime(2026, 3, 13, 15, 40))),
        A(path="", title="Kinh tế tập thể tỉnh năm 2025 qua các con số",
          body="""
Năm 2025, khu vực kinh tế tập thể tiếp tục tăng trưởng cả về số lượng và doanh thu.
| Chỉ tiêu | Năm 2024 | Năm 2025 | Tăng, giảm |
| Số HTX đang hoạt động | 214 | 239 | +25 |
| Thành viên HTX | 9.860 | 10.742 | +882 |
| Doanh thu bình quân một HTX (tỷ đồng) | 4,1 | 4,6 | +0,5 |
| Tổ hợp tác | 96 | 104 | +8 |
Số liệu do Phòng Tổng hợp của Liên minh HTX tổng hợp từ báo cáo của các HTX.
""", author=None,
          opts={"tid": 207, "pid": 1140, "uid": 1, "slug": "Kinh-te-tap-the-tinh-nam-2025-qua-cac-con-so",
                "old_slug": "Ket-qua-hoat-dong-kinh-te-tap-the-nam-2025", "replies": [3],
                "edited": datetime(2026, 3, 6, 9, 12)},
          notes=["a table (the news forum allows HTML: a plain <table>), one line per row; span.post_date '05-03-2026, "
                 "08:20 AM' holds the edit note '(Sửa lần cuối: 06-03-2026, 09:12 AM bởi BBT Liên minh.)': the later date is "
                 "an edit; no byline, office account: author null; the old slug /Thread-Ket-qua-hoat-dong-… 301-redirects"],
          **at(datetime(2026, 3, 5, 8, 20))),
        A(path="", title="HTX Nông nghiệp Phú An lắp hệ thống tưới nhỏ giọt cho 40 ha bưởi",
          body="""
Sau vụ khô hạn năm trước, HTX Nông nghiệp Phú An quyết định đầu tư hệ thống tưới nhỏ giọt tự động cho toàn bộ vườn bưởi của thành viên.
[img tuoi-nho-giot-phu-an.png] Bộ điều khiển tưới đặt ngay tại vườn của thành viên HTX
Chi phí đầu tư khoảng 2,3 tỷ đồng, trong đó 40% từ nguồn hỗ trợ của tỉnh.
Lượng nước tưới giảm gần một nửa, công lao động giảm 60% so với tưới thủ công.
""", author="Trần Quốc Huy",
          opts={"tid": 203, "pid": 1112, "uid": 4, "slug": "HTX-Nong-nghiep-Phu-An-lap-he-thong-tuoi-nho-giot-cho-40-ha-buoi",
                "replies": [3]},
          notes=["posted in person by the member 'Trần Quốc Huy' (a person, the HTX's director), no byline -> author"],
          **at(datetime(2026, 2, 26, 10, 15))),
        A(path="", title="Sáu điểm HTX cần lưu ý khi sửa đổi điều lệ theo Luật HTX 2023",
          body="""
Nhiều HTX đang rà soát, sửa đổi điều lệ cho phù hợp với Luật HTX năm 2023. Các điểm cần lưu ý:
* Quy định rõ thành viên chính thức và thành viên liên kết góp vốn;
* Tỷ lệ vốn góp tối đa của một thành viên chính thức không quá 30% vốn điều lệ;
* Cách thức phân phối thu nhập theo mức độ sử dụng sản phẩm, dịch vụ;
* Trích lập quỹ đầu tư phát triển và quỹ dự phòng;
* Tài sản không chia và việc xử lý khi giải thể;
* Thẩm quyền của Đại hội thành viên và Hội đồng quản trị.
""", byline="Theo Lê Thanh Tâm", author="Lê Thanh Tâm",
          opts={"tid": 198, "pid": 1085, "uid": 6, "slug": "Sau-diem-HTX-can-luu-y-khi-sua-doi-dieu-le-theo-Luat-HTX-2023",
                "replies": [2, 1]},
          notes=["a six-item ul.mycode_list; posted by the moderator but the byline 'Theo Lê Thanh Tâm' names the writer "
                 "-> author Lê Thanh Tâm"],
          **at(datetime(2026, 2, 12, 14, 30))),
        A(path="", title="Ảnh: Phiên chợ nông sản HTX cuối tuần ở Thủ Dầu Một",
          body="""
[img cho-phien-1.png] Gian hàng rau hữu cơ của HTX Rau an toàn Chánh Mỹ
[img cho-phien-2.png] Người dân chọn mua bưởi Bạch Đằng tại phiên chợ
[img cho-phien-3.png] Sản phẩm OCOP được bày bán ở khu vực trung tâm
""", author=None,
          opts={"tid": 190, "pid": 1040, "uid": 1, "slug": "Anh-Phien-cho-nong-san-HTX-cuoi-tuan-o-Thu-Dau-Mot",
                "replies": []},
          notes=["photo story: three img.mycode_img, each with a centred italic caption (the lines); no byline, office "
                 "account: author null"],
          **at(datetime(2026, 1, 24, 7, 45))),
        A(path="", title="Quỹ hỗ trợ phát triển HTX giải ngân 18 tỷ đồng trong năm 2025",
          body="""
Năm 2025, Quỹ hỗ trợ phát triển HTX tỉnh Bình Dương cho 27 HTX vay với tổng số tiền 18 tỷ đồng.
Các dự án vay vốn tập trung vào mua sắm máy móc, xây dựng kho lạnh và mở rộng vùng nguyên liệu.
Đến nay, các HTX trả nợ đúng hạn, không phát sinh nợ quá hạn.
""", byline="Nguyễn Hoàng", author="Nguyễn Hoàng",
          opts={"tid": 176, "pid": 962, "uid": 1, "slug": "Quy-ho-tro-phat-trien-HTX-giai-ngan-18-ty-dong-trong-nam-2025",
                "replies": [1]},
          notes=["2025 thread only on the forum's page 2 (forumdisplay.php?fid=2&page=2 / Forum-Tin-tuc-Lien-minh?page=2); "
                 "the bare name 'Nguyễn Hoàng' closes the post (author)"],
          **at(datetime(2025, 12, 18, 16, 10))),
        A(path="", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 7, khóa VII",
          lead="**Ngày 5/12, Ban Chấp hành Liên minh HTX tỉnh tổ chức hội nghị lần thứ 7 đánh giá kết quả năm 2025.**",
          body="""
Hội nghị thống nhất đánh giá năm 2025 là năm Liên minh HTX hoàn thành vượt 5/7 chỉ tiêu chủ yếu.
## Phương hướng năm 2026
Tập trung tuyên truyền Luật HTX năm 2023, hỗ trợ HTX chuyển đổi số và kết nối tiêu thụ nông sản.
""", byline="Thanh Nga - Văn phòng Liên minh", author="Thanh Nga",
          opts={"tid": 168, "pid": 915, "uid": 1, "slug": "Hoi-nghi-Ban-Chap-hanh-Lien-minh-HTX-tinh-lan-thu-7-khoa-VII",
                "replies": [3]},
          notes=["byline 'Thanh Nga - Văn phòng Liên minh' -> author Thanh Nga; only on the forum's page 2"],
          **at(datetime(2025, 12, 5, 9, 0))),
    ]


def mycode(a: RichArticle) -> str:
    """The first post's MyCode output: lines separated by <br />, no paragraphs."""
    out: list[str] = []
    if a.lead:
        out.append(inline_html(a.lead).replace("<strong>", '<span style="font-weight: bold;" class="mycode_b">')
                   .replace("</strong>", "</span>") + "<br />\n<br />\n")
    for b in a.blocks:
        if b.kind == "p":
            out.append(inline_html(b.text) + "<br />\n")
        elif b.kind == "h":
            out.append(f'<span style="font-weight: bold;" class="mycode_b"><span style="font-size: medium;" '
                       f'class="mycode_size">{inline_html(b.text)}</span></span><br />\n')
        elif b.kind == "ul":
            out.append('<ul class="mycode_list">' + "".join(f"<li>{inline_html(i)}<br />\n</li>" for i in b.items) + "</ul>\n")
        elif b.kind == "img":
            out.append(f'<div style="text-align: center;" class="mycode_align"><img src="/uploads/2026/{b.src}" '
                       f'loading="lazy" alt="[Hình: {b.src}]" class="mycode_img" /><br />\n'
                       f'<span style="font-style: italic;" class="mycode_i">{esc(b.text)}</span></div>\n')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="4"><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head) + "</tr>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows) + "</table>\n")
    if a.byline:
        out.append(f'<br />\n<div style="text-align: right;" class="mycode_align"><span style="font-weight: bold;" '
                   f'class="mycode_b">{esc(a.byline)}</span></div>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-duong", FORUM, "generic", None, start_urls=["{{base:%s}}/index.php" % SITE])
    news = articles()
    site.extra_boilerplate += CHROME
    forums = {2: ("Tin tức Liên minh", "Tin-tuc-Lien-minh"), 5: ("Hỏi đáp - Trao đổi", "Hoi-dap-Trao-doi")}

    def user(uid: int) -> tuple:
        return OFFICE if uid == 1 else (uid, *MEMBERS[uid])

    def layout(title: str, content: str, crumbs: list[tuple[str, str]], canonical: str = "", body_id: str = "") -> str:
        nav = " &rsaquo; ".join([f'<a href="/index.php">{FORUM}</a>'] + [f'<a href="{h}">{esc(t)}</a>' for t, h in crumbs[:-1]]
                                + ([f'<br />\n<img src="/images/nav_bit.png" alt="" /><span class="active">{esc(crumbs[-1][0])}</span>']
                                   if crumbs else []))
        head = f'<link rel="canonical" href="{{{{base}}}}{attr(canonical)}" />' if canonical else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd"><!-- start: showthread -->
<html xml:lang="vi" lang="vi" xmlns="http://www.w3.org/1999/xhtml">
<head>
<title>{esc(title)}</title>
<!-- start: headerinclude -->
<link rel="alternate" type="application/rss+xml" title="Chủ đề mới nhất (RSS 2.0)" href="{{{{base}}}}/syndication.php" />
<link rel="alternate" type="application/atom+xml" title="Chủ đề mới nhất (Atom 1.0)" href="{{{{base}}}}/syndication.php?type=atom1.0" />
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="Content-Script-Type" content="text/javascript" />
<script type="text/javascript" src="/jscripts/jquery.js?ver=1823"></script>
<script type="text/javascript" src="/jscripts/general.js?ver=1827"></script>
<link type="text/css" rel="stylesheet" href="/cache/themes/theme1/global.css?t=1700000000" />
<link type="text/css" rel="stylesheet" href="/cache/themes/theme1/css3.css?t=1700000000" />
<!-- end: headerinclude -->{head}
<meta name="description" content="{attr(title)}" />
</head>
<body>
<!-- start: header -->
<div id="container"><a name="top" id="top"></a>
<div id="header"><div id="logo"><div class="wrapper">
<a href="/index.php"><img src="/images/logo-htxbd.png" alt="{FORUM}" title="{FORUM}" /></a>
<ul class="menu top_links">
<li><a href="/portal.php" class="portal">Cổng thông tin</a></li>
<li><a href="/search.php" class="search">Tìm kiếm</a></li>
<li><a href="/memberlist.php" class="memberlist">Danh sách thành viên</a></li>
<li><a href="/misc.php?action=help" class="help">Trợ giúp</a></li>
</ul></div></div>
<div id="panel"><div class="upper"><div class="wrapper">
<form action="/search.php"><fieldset id="search"><input name="keywords" type="text" class="textbox" />
<input value="Tìm kiếm" class="button" type="submit" /><input type="hidden" name="action" value="do_search" /></fieldset></form>
<span class="welcome">Xin chào Khách! <a href="/member.php?action=login" class="login">Đăng nhập</a> hoặc <a href="/member.php?action=register" class="register">Đăng ký</a>.</span>
</div></div></div></div>
<div id="content"><div class="wrapper">
<div class="pm_alert" id="weather_notice"><div>Trời ít mây, 33°C - Thủ Dầu Một</div></div>
<div class="red_alert">HTX nào đang cần kết nối tiêu thụ sản phẩm? Đăng tin tại mục Hỏi đáp!</div>
<!-- start: nav --><div class="navigation">{nav}</div><!-- end: nav -->
<br />
<!-- end: header -->
{content}
<!-- start: footer -->
</div></div>
<div id="footer"><div class="upper"><div class="wrapper">
<ul class="menu bottom_links">
<li><a href="/showteam.php">Nhóm quản lý diễn đàn</a></li>
<li><a href="/contact.php">Liên hệ</a></li>
<li><a href="/index.php">{FORUM}</a></li>
<li><a href="#top">Về đầu trang</a></li>
<li><a href="/archive/index.php">Chế độ xem rút gọn</a></li>
<li><a href="/misc.php?action=markread">Đánh dấu tất cả là đã đọc</a></li>
<li><a href="/syndication.php">RSS</a></li>
</ul></div></div>
<div class="lower"><div class="wrapper">
<span id="current_time"><strong>Giờ hiện tại:</strong> {mdate(NOW)}</span>
<span id="copyright"><!-- MyBB is free software developed and maintained by a volunteer community. -->
Được hỗ trợ bởi <a href="{{{{base:offsite}}}}/mybb/" target="_blank" rel="noopener">MyBB</a>, © 2002-2026 <a href="{{{{base:offsite}}}}/mybb/" target="_blank" rel="noopener">MyBB Group</a>.</span>
</div></div></div>
<!-- end: footer --></div>
</body></html>"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def thread_url(a: RichArticle) -> str:
        return f"/Thread-{a.opts['slug']}"

    def author_block(uid: int) -> str:
        _, name, group, count = user(uid)
        return (f'<div class="post_author"><div class="author_avatar"><a href="/member.php?action=profile&amp;uid={uid}">'
                f'<img src="/images/default_avatar.png" alt="" width="55" height="55" /></a></div>'
                f'<div class="author_information"><strong><span class="largetext"><a href="/member.php?action=profile&amp;uid={uid}">'
                f'{esc(name)}</a></span></strong><br /><span class="smalltext">{esc(group)}<br /></span></div>'
                f'<div class="author_statistics">Bài viết: {count}<br />Tham gia: 04-2019<br />Uy tín: 12</div></div>')

    def post(tid: int, pid: int, uid: int, subject: str, when: datetime, body: str, n: int, sig: bool,
             edited: datetime | None = None, attachments: str = "") -> str:
        edit = (f' <span class="post_edit" id="edited_by_{pid}"><span class="edited_post">(Sửa lần cuối: {mdate(edited)} bởi '
                f'<a href="/member.php?action=profile&amp;uid=1">BBT Liên minh</a>.)</span></span>' if edited
                else f' <span class="post_edit" id="edited_by_{pid}"></span>')
        return (f'<a name="pid{pid}" id="pid{pid}"></a><div class="post " style="" id="post_{pid}">{author_block(uid)}'
                f'<div class="post_content"><div class="post_head"><div class="float_right" style="vertical-align: top">'
                f'<strong><a href="/showthread.php?tid={tid}&amp;pid={pid}#pid{pid}" title="{attr(subject)}">#{n}</a></strong></div>'
                f'<span class="post_date">{shown(when)}{edit}</span></div>'
                f'<div class="post_body scaleimages" id="pid_{pid}">\n{body}\n</div>{attachments}'
                + (f'<div class="signature scaleimages">{SIGNATURE}</div>' if sig else "")
                + f'<div class="post_meta" id="post_meta_{pid}"></div></div>'
                f'<div class="post_controls"><div class="postbit_buttons author_buttons float_left">'
                f'<a href="/search.php?action=finduser&amp;uid={uid}" class="postbit_find"><span>Tìm</span></a></div>'
                f'<div class="postbit_buttons post_management_buttons float_right"><a href="/newreply.php?tid={tid}&amp;replyto={pid}" '
                f'class="postbit_quote"><span>Trả lời</span></a></div></div></div>')

    news.sort(key=lambda a: a.date, reverse=True)
    for a in news:
        a.path = thread_url(a)

    def reply_posts(a: RichArticle) -> list[tuple[int, int, datetime, str]]:
        o = a.opts
        out = []
        for k, r in enumerate(o["replies"], 1):
            uid, txt = REPLIES[r]
            when = a.date.replace(hour=min(a.date.hour + k, 10 if a.date.date() == NOW.date() else 22), minute=(a.date.minute + 13 * k) % 60)
            out.append((o["pid"] + k, uid, when, txt))
        return out

    for i, a in enumerate(news):
        o = a.opts
        tid, pid = o["tid"], o["pid"]
        body = mycode(a)
        att = ""
        if o.get("aid"):
            x = a.attachments[0]
            att = (f'<br />\n<fieldset><legend><strong>Tập tin đính kèm</strong></legend>\n<img src="/images/attachtypes/pdf.png" '
                   f'title="Adobe Acrobat PDF" border="0" alt=".pdf" />\n&nbsp;&nbsp;<a href="{x["path"]}" target="_blank" title="">'
                   f'{esc(x["text"])}</a> (Kích thước: 214.6 KB / Lượt tải: 37)\n<br />\n</fieldset>\n')
            site.files[f"_routes/attachment-{o['aid']}.pdf"] = pdf(a.title, ["THONG BAO SO 09/TB-LMHTX", "Xuc tien thuong mai 2026"])
            site.routes.append({"path": x["path"], "file": f"_routes/attachment-{o['aid']}.pdf", "content_type": "application/pdf"})
        posts = [post(tid, pid, o["uid"], a.title, a.date, body, 1, o["uid"] == 1, o.get("edited"), att)]
        for k, (rpid, uid, when, txt) in enumerate(reply_posts(a), 2):
            quote = ""
            if k == 2 and len(o["replies"]) > 1 or o["replies"][k - 2] == 3:
                quote = (f'<blockquote class="mycode_quote"><cite><span> ({mdate(a.date)})</span>{esc(user(o["uid"])[1])} đã viết: '
                         f'<a href="/showthread.php?tid={tid}&amp;pid={pid}#pid{pid}" class="quick_jump"></a></cite>{esc(a.title)}</blockquote><br />\n')
            posts.append(post(tid, rpid, uid, f"RE: {a.title}", when, quote + esc(txt), k, False))
        related = [b for b in news if b is not a][:3]
        rel_rows = "".join(f'<tr><td class="trow1"><a href="{thread_url(b)}">{esc(b.title)}</a></td><td class="trow1">'
                           f'{esc(user(b.opts["uid"])[1])}</td><td class="trow1" align="center">{len(b.opts["replies"])}</td>'
                           f'<td class="trow1" align="right"><span class="smalltext">{shown(b.date)}<br />Bài mới nhất: '
                           f'{esc(user(b.opts["uid"])[1])}</span></td></tr>' for b in related)
        views = 143 + 29 * i
        content = (f'<div class="float_left"><div class="pagination"></div></div><div class="float_right">'
                   f'<a href="/newreply.php?tid={tid}" class="button new_reply_button"><span>Trả lời</span></a></div>'
                   f'<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear">'
                   f'<tr><td class="thead"><div class="float_right"><span class="smalltext"><strong><a href="javascript:void(0)" '
                   f'id="thread_modes">Tùy chọn chủ đề</a></strong></span></div><div><strong>{esc(a.title)}</strong></div></td></tr>'
                   f'<tr><td class="tcat"><span class="smalltext">Đánh giá chủ đề: <ul class="star_rating"><li class="current_rating" '
                   f'style="width: 0%">0 phiếu - 0 điểm trung bình</li></ul> &nbsp; {views} lượt xem</span></td></tr>'
                   f'<tr><td id="posts_container"><div id="posts">{"".join(posts)}</div></td></tr></table>'
                   f'<div class="thread_tools"><ul><li class="printable"><a href="/printthread.php?tid={tid}">Xem bản in</a></li>'
                   f'<li class="sendthread"><a href="/sendthread.php?tid={tid}">Gửi chủ đề cho bạn bè</a></li>'
                   f'<li class="subscription_add"><a href="/usercp2.php?action=addsubscription&amp;tid={tid}">Đăng ký theo dõi chủ đề này</a></li></ul></div>'
                   f'<br /><table border="0" cellspacing="0" cellpadding="5" class="tborder"><tr><td class="thead" colspan="4">'
                   f'<strong>Các chủ đề có thể liên quan…</strong></td></tr>{rel_rows}</table>'
                   f'<div class="float_left"><form action="/forumdisplay.php" method="get"><span class="smalltext"><strong>Nhảy đến diễn đàn:</strong></span>'
                   f'<select name="fid"><option value="2">Tin tức Liên minh</option><option value="5">Hỏi đáp - Trao đổi</option></select></form></div>'
                   f'<br class="clear" /><span class="smalltext">Người dùng đang xem chủ đề này: 1 Khách</span>')
        crumbs = [(forums[2][0], f"/Forum-{forums[2][1]}"), (a.title, a.path)]
        page(a.path, layout(a.title, content, crumbs, a.path))
        alias_tid = f"/showthread.php?tid={tid}"
        alias_pid = f"/showthread.php?tid={tid}&pid={pid}"
        site.same_page(alias_tid, a.path)
        site.same_page(alias_pid, a.path)
        a.aliases += [alias_tid, alias_pid + f"#pid{pid}"]
        for rpid, *_ in reply_posts(a):
            site.same_page(f"/showthread.php?tid={tid}&pid={rpid}", a.path)
            a.aliases.append(f"/showthread.php?tid={tid}&pid={rpid}#pid{rpid}")
        if o.get("old_slug"):
            old = f"/Thread-{o['old_slug']}"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        # lite archive
        arch_posts = [(o["uid"], a.date, body + att)] + [(uid, when, esc(txt)) for _, uid, when, txt in reply_posts(a)]
        arch = "".join(f'<div class="post"><div class="header"><div class="author"><h2><a href="{{{{base}}}}/member.php?action=profile&amp;uid={uid}">'
                       f'{esc(user(uid)[1])}</a></h2></div><div class="dateline">{mdate(when)}</div></div>'
                       f'<div class="message">{msg}</div></div>' for uid, when, msg in arch_posts)
        apath = f"/archive/index.php?thread-{tid}.html"
        page(apath, archive_page(a.title, f'<a href="{{{{base}}}}/archive/index.php">{FORUM}</a> &gt; <a href="{{{{base}}}}/archive/index.php?forum-2.html">'
                                 f'{forums[2][0]}</a> &gt; {esc(a.title)}', f"/showthread.php?tid={tid}", arch))
        a.aliases.append(apath)
        for path in (f"/printthread.php?tid={tid}", f"/newreply.php?tid={tid}", f"/sendthread.php?tid={tid}",
                     f"/usercp2.php?action=addsubscription&tid={tid}"):
            page(path, layout("Diễn đàn", "<p>Bạn không có quyền truy cập trang này.</p>", []))
            site.never_fetched.append(path)
        for k in range(len(o["replies"]) + 1):
            path = f"/newreply.php?tid={tid}&replyto={pid + k}"
            page(path, layout("Diễn đàn", "<p>Bạn không có quyền truy cập trang này.</p>", []))
            site.never_fetched.append(path)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/2026/{b.src}", image_for(b.src))
        site.add_article(a)

    # forum listings (5 threads a page, ordered by the last post; the date shown is the last post's)
    def last_of(a: RichArticle) -> tuple[datetime, int]:
        rp = reply_posts(a)
        return (rp[-1][2], rp[-1][1]) if rp else (a.date, a.opts["uid"])

    ordered = sorted(news, key=lambda a: last_of(a)[0], reverse=True)
    chunks = [ordered[k:k + 5] for k in range(0, len(ordered), 5)]
    for n, chunk in enumerate(chunks):
        rows = ""
        for a in chunk:
            last, luid = last_of(a)
            rows += (f'<tr class="inline_row"><td class="trow1 forumdisplay_regular" align="center"><span class="thread_status newfolder">'
                     f'</span></td><td class="trow1 forumdisplay_regular"><div><span><span class=" subject_old" id="tid_{a.opts["tid"]}">'
                     f'<a href="{a.path}">{esc(a.title)}</a></span></span><div class="author smalltext">'
                     f'<a href="/member.php?action=profile&amp;uid={a.opts["uid"]}">{esc(user(a.opts["uid"])[1])}</a></div></div></td>'
                     f'<td align="center" class="trow1 forumdisplay_regular"><a href="/misc.php?action=whoposted&amp;tid={a.opts["tid"]}">'
                     f'{len(a.opts["replies"])}</a></td><td align="center" class="trow1 forumdisplay_regular">{120 + a.opts["tid"]}</td>'
                     f'<td class="trow1 forumdisplay_regular" style="white-space: nowrap; text-align: right;"><span class="lastpost smalltext">'
                     f'{shown(last)}<br /><a href="/showthread.php?tid={a.opts["tid"]}&amp;action=lastpost">Bài mới nhất</a>: '
                     f'<a href="/member.php?action=profile&amp;uid={luid}">{esc(user(luid)[1])}</a></span></td></tr>')
        pages = "".join(f'<a href="/Forum-{forums[2][1]}?page={k + 1}" class="pagination_page">{k + 1}</a>' for k in range(len(chunks)) if k != n)
        pager = f'<div class="pagination"><span class="pages">Trang:</span> <span class="pagination_current">{n + 1}</span> {pages}</div>'
        content = (f'{pager}<table border="0" cellspacing="0" cellpadding="5" class="tborder clear"><tr><td class="thead" colspan="5">'
                   f'<div><strong>{forums[2][0]}</strong></div></td></tr><tr><td class="tcat" colspan="2"><span class="smalltext">'
                   f'<strong>Chủ đề</strong></span></td><td class="tcat"><strong>Trả lời</strong></td><td class="tcat"><strong>Xem</strong>'
                   f'</td><td class="tcat"><strong>Bài mới nhất</strong></td></tr>{rows}</table>{pager}')
        seo = f"/Forum-{forums[2][1]}" + (f"?page={n + 1}" if n else "")
        page(seo, layout(forums[2][0], content, [(forums[2][0], f"/Forum-{forums[2][1]}")], seo))
        raw = "/forumdisplay.php?fid=2" + (f"&page={n + 1}" if n else "")
        site.same_page(raw, seo)
        site.non_articles += [seo, raw]
        if n == 0:
            site.same_page(f"/Forum-{forums[2][1]}?page=1", seo)
        for a in chunk:
            last, luid = last_of(a)
            lp = f"/showthread.php?tid={a.opts['tid']}&action=lastpost"
            lpid = a.opts["pid"] + len(a.opts["replies"])
            site.redirect(lp, f"/showthread.php?tid={a.opts['tid']}&pid={lpid}#pid{lpid}", 302)
            who = f"/misc.php?action=whoposted&tid={a.opts['tid']}"
            page(who, layout("Ai đã trả lời", "<p>Danh sách người trả lời.</p>", []))
            site.never_fetched.append(who)
    # members' forum: questions, no articles
    qa = [(231, 9, "Tim-don-vi-thu-mua-buoi-da-xanh-so-luong-lon", "Tìm đơn vị thu mua bưởi da xanh số lượng lớn", "HTX có khoảng 30 tấn bưởi da xanh loại 1 mỗi tháng, cần kết nối đầu ra ổn định.",
           datetime(2026, 3, 10, 20, 14)),
          (228, 12, "Hoi-ve-thu-tuc-dang-ky-thay-doi-nguoi-dai-dien-theo-phap-luat-cua-HTX", "Hỏi về thủ tục đăng ký thay đổi người đại diện theo pháp luật của HTX", "HTX mới bầu giám đốc mới, cần nộp hồ sơ ở đâu ạ?",
           datetime(2026, 3, 2, 7, 31))]
    qa_rows = ""
    for tid, uid, slug, title, text, when in qa:
        path = f"/Thread-{slug}"
        content = (f'<table border="0" cellspacing="0" cellpadding="5" class="tborder tfixed clear"><tr><td class="thead"><div><strong>'
                   f'{esc(title)}</strong></div></td></tr><tr><td id="posts_container"><div id="posts">'
                   + post(tid, tid * 6, uid, title, when, esc(text), 1, False)
                   + post(tid, tid * 6 + 1, 6, "RE: " + title, when.replace(hour=min(when.hour + 2, 23)),
                          "Bạn liên hệ Phòng Tư vấn của Liên minh HTX để được hướng dẫn nhé.", 2, False)
                   + "</div></td></tr></table>")
        page(path, layout(title, content, [(forums[5][0], f"/Forum-{forums[5][1]}"), (title, path)], path))
        site.same_page(f"/showthread.php?tid={tid}", path)
        for k in (0, 1):
            site.same_page(f"/showthread.php?tid={tid}&pid={tid * 6 + k}", path)
        site.non_articles.append(path)
        for k in (0, 1):
            rp = f"/newreply.php?tid={tid}&replyto={tid * 6 + k}"
            page(rp, layout("Diễn đàn", "<p>Bạn không có quyền truy cập trang này.</p>", []))
            site.never_fetched.append(rp)
        qa_rows += (f'<tr class="inline_row"><td class="trow1"><span class="subject_old"><a href="{path}">{esc(title)}</a></span>'
                    f'<div class="author smalltext">{esc(user(uid)[1])}</div></td><td class="trow1"><span class="lastpost smalltext">'
                    f'{mdate(when)}</span></td></tr>')
    page(f"/Forum-{forums[5][1]}", layout(forums[5][0], f'<table class="tborder"><tr><td class="thead" colspan="2"><strong>{forums[5][0]}'
                                          f'</strong></td></tr>{qa_rows}</table>', [(forums[5][0], f"/Forum-{forums[5][1]}")]))
    site.same_page("/forumdisplay.php?fid=5", f"/Forum-{forums[5][1]}")
    site.non_articles += [f"/Forum-{forums[5][1]}", "/forumdisplay.php?fid=5"]

    # board index (start URL)
    frows = "".join(f'<tr><td class="trow1" align="center"><span class="forum_status forum_on"></span></td><td class="trow1">'
                    f'<strong><a href="/Forum-{s}">{esc(n)}</a></strong><div class="smalltext">'
                    f'{"Tin hoạt động, văn bản, thông báo của Liên minh HTX" if f == 2 else "Nơi các HTX hỏi đáp, kết nối"}</div></td></tr>'
                    for f, (n, s) in forums.items())
    index = (f'<table border="0" cellspacing="0" cellpadding="5" class="tborder"><thead><tr><td class="thead" colspan="2"><div>'
             f'<strong><a href="/Forum-Lien-minh-HTX-Binh-Duong">Liên minh HTX Bình Dương</a></strong></div></td></tr></thead>'
             f'<tbody>{frows}</tbody></table><br /><table border="0" cellspacing="0" cellpadding="5" class="tborder"><tr>'
             f'<td class="thead"><strong>Thống kê diễn đàn</strong></td></tr><tr><td class="trow1"><span class="smalltext">'
             f'Các thành viên đã gửi 4.127 bài viết trong 231 chủ đề.<br />Chúng ta có 612 thành viên đã đăng ký.<br />'
             f'Chào mừng thành viên mới nhất: <a href="/member.php?action=profile&amp;uid=12">Phan Minh Lộc</a></span></td></tr></table>')
    page("/index.php", layout(FORUM, index, []))
    page("/Forum-Lien-minh-HTX-Binh-Duong", layout("Liên minh HTX Bình Dương", frows.join(['<table class="tborder">', "</table>"]), []))
    site.redirect("/", "/index.php", 301)
    site.non_articles += ["/index.php", "/Forum-Lien-minh-HTX-Binh-Duong"]

    # portal: the two newest announcements in full
    anns = ""
    for a in news[:2]:
        anns += (f'<table border="0" cellspacing="0" cellpadding="5" class="tborder" style="clear: both;"><tr><td class="thead">'
                 f'<strong><a href="/showthread.php?tid={a.opts["tid"]}">{esc(a.title)}</a></strong></td></tr><tr><td class="tcat">'
                 f'<span class="smalltext">Đăng bởi <a href="/member.php?action=profile&amp;uid={a.opts["uid"]}">{esc(user(a.opts["uid"])[1])}</a>'
                 f' - {shown(a.date)} - <a href="/showthread.php?tid={a.opts["tid"]}">Trả lời ({len(a.opts["replies"])})</a></span></td></tr>'
                 f'<tr><td class="trow1"><p>{mycode(a)}</p></td></tr></table><br />')
    latest = "".join(f'<tr><td class="trow1"><a href="{a.path}"><strong>{esc(a.title)}</strong></a><span class="smalltext"><br />'
                     f'Bài mới nhất: {esc(user(a.opts["uid"])[1])}<br />{shown(a.date)}</span></td></tr>' for a in news[2:6])
    latest += (f'<tr><td class="trow1"><a href="/Thread-{news[2].opts.get("old_slug") or news[2].opts["slug"]}">Xem lại: {esc(news[2].title)}</a></td></tr>'
               if news[2].opts.get("old_slug") else "")
    portal = (f'<table width="100%" cellspacing="0" cellpadding="0" border="0"><tr><td valign="top" width="200">'
              f'<table class="tborder"><tr><td class="thead"><strong>Chủ đề mới nhất</strong></td></tr>{latest}</table></td>'
              f'<td>&nbsp;</td><td valign="top">{anns}</td></tr></table>')
    page("/portal.php", layout("Cổng thông tin", portal, [("Cổng thông tin", "/portal.php")]))
    site.non_articles.append("/portal.php")

    # archive index and forum pages
    arch_f = "".join(f'<li><a href="index.php?forum-{f}.html">{esc(n)}</a></li>' for f, (n, _) in forums.items())
    page("/archive/index.php", archive_page(FORUM, f'<a href="{{{{base}}}}/archive/index.php">{FORUM}</a>', "/index.php",
                                            f'<div class="listing forumlist"><div class="header"><h2>Liên minh HTX Bình Dương</h2></div>'
                                            f'<div class="forums"><ul>{arch_f}</ul></div></div>'))
    site.non_articles.append("/archive/index.php")
    by_tid = sorted(news, key=lambda a: a.opts["tid"], reverse=True)
    achunks = [by_tid[k:k + 5] for k in range(0, len(by_tid), 5)]
    for n, chunk in enumerate(achunks):
        ap = f"/archive/index.php?forum-2.html" if n == 0 else f"/archive/index.php?forum-2-{n + 1}.html"
        multi = "".join(f'<a href="index.php?forum-2{"" if k == 0 else f"-{k + 1}"}.html">{k + 1}</a> ' for k in range(len(achunks)))
        items = "".join(f'<li><a href="index.php?thread-{a.opts["tid"]}.html">{esc(a.title)}</a> <span class="replycount">'
                        f'({len(a.opts["replies"])} trả lời)</span></li>' for a in chunk)
        page(ap, archive_page(forums[2][0], f'<a href="{{{{base}}}}/archive/index.php">{FORUM}</a> &gt; {forums[2][0]}',
                              "/forumdisplay.php?fid=2", f'<div class="multipage">Trang: {multi}</div><div class="threadlist">'
                              f'<h2>Chủ đề</h2><ol>{items}</ol></div>'))
        site.non_articles.append(ap)
    page("/archive/index.php?forum-5.html", archive_page(forums[5][0], forums[5][0], "/forumdisplay.php?fid=5",
                                                         "<div class='threadlist'><ol>" + "".join(
                                                             f'<li>{esc(t)}</li>' for _, _, _, t, _, _ in qa) + "</ol></div>"))
    site.non_articles.append("/archive/index.php?forum-5.html")

    # profiles, team, contact, member list
    for uid in [1, *MEMBERS]:
        path = f"/member.php?action=profile&uid={uid}"
        name = user(uid)[1]
        page(path, layout(f"Hồ sơ của {name}", f'<table class="tborder"><tr><td class="thead"><strong>{esc(name)}</strong></td></tr>'
                                                  f'<tr><td class="trow1">Ngày tham gia: 04-2019<br />Tổng số bài viết: {user(uid)[3]}</td></tr></table>', []))
        site.non_articles.append(path)
        fu = f"/search.php?action=finduser&uid={uid}"
        page(fu, layout("Tìm kiếm", "<p>Kết quả tìm kiếm.</p>", []))
        site.never_fetched.append(fu)
    page("/showteam.php", layout("Nhóm quản lý diễn đàn", '<table class="tborder"><tr><td class="thead"><strong>Quản trị viên</strong></td></tr>'
                                 '<tr><td class="trow1"><a href="/member.php?action=profile&amp;uid=1">BBT Liên minh</a></td></tr></table>', []))
    page("/contact.php", layout("Liên hệ", '<form action="/contact.php" method="post"><table class="tborder"><tr><td class="thead">'
                                '<strong>Liên hệ</strong></td></tr><tr><td class="trow1"><input name="subject" /><textarea name="message"></textarea>'
                                '</td></tr></table></form>', []))
    page("/memberlist.php", layout("Danh sách thành viên", "<table class='tborder'>" + "".join(
        f'<tr><td class="trow1"><a href="/member.php?action=profile&amp;uid={u}">{esc(user(u)[1])}</a></td></tr>' for u in [1, *MEMBERS])
        + "</table>", []))
    site.non_articles += ["/showteam.php", "/contact.php", "/memberlist.php"]
    for path in ["/search.php", "/member.php?action=login", "/member.php?action=register", "/misc.php?action=help",
                 "/misc.php?action=markread"]:
        page(path, layout("Diễn đàn", "<p>Vui lòng đăng nhập.</p>", []))
        site.never_fetched.append(path)
    rss = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}/showthread.php?tid={a.opts['tid']}</link>"
                  f"<pubDate>{(a.date - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} +0000</pubDate>"
                  f"<guid isPermaLink=\"false\">{{{{base}}}}/showthread.php?tid={a.opts['tid']}</guid>"
                  f"<description><![CDATA[{esc(a.summary())}]]></description></item>" for a in news[:6])
    for feed in ("/syndication.php", "/syndication.php?type=atom1.0"):
        site.page(feed, f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{FORUM} - Chủ đề mới nhất</title>'
                        f'<link>{{{{base}}}}/</link><description>{FORUM}</description>{rss}</channel></rss>\n',
                  content_type="application/rss+xml; charset=UTF-8")
    for name in ("logo-htxbd.png", "default_avatar.png", "nav_bit.png", "attachtypes/pdf.png"):
        site.binary(f"/images/{name}", image_for(name))
    site.static("/robots.txt", "User-agent: *\nDisallow: /captcha.php\nDisallow: /editpost.php\nDisallow: /misc.php\n"
                "Disallow: /modcp.php\nDisallow: /moderation.php\nDisallow: /newreply.php\nDisallow: /newthread.php\n"
                "Disallow: /online.php\nDisallow: /printthread.php\nDisallow: /private.php\nDisallow: /ratethread.php\n"
                "Disallow: /report.php\nDisallow: /reputation.php\nDisallow: /search.php\nDisallow: /sendthread.php\n"
                "Disallow: /task.php\nDisallow: /usercp.php\nDisallow: /usercp2.php\nDisallow: /calendar.php\n"
                "Disallow: /member.php?action=login\nDisallow: /member.php?action=register\n")
    site.trap("forum lists /Forum-Tin-tuc-Lien-minh (= forumdisplay.php?fid=2) and ?page=2, 5 threads a page ordered by the "
              "last post, showing the LAST post's date ('Hôm qua, …' relative too); the portal prints the two newest "
              "announcements IN FULL; board index, lite archive lists, members' questions, profiles, team, contact, "
              "member list and the RSS feed: no articles", "/Forum-Tin-tuc-Lien-minh?page=2")
    site.trap("every thread answers at /Thread-<slug> (canonical), showthread.php?tid=N, showthread.php?tid=N&pid=M#pidM "
              "(the reply permalinks too) and archive/index.php?thread-N.html (the lite "
              "archive: h1 = the forum's name, div.dateline absolute): aliases; robots.txt (the MyBB docs' list) disallows "
              "printthread.php ('Xem bản in'), newreply.php, sendthread.php, search.php, misc.php, login and registration: "
              "never fetched; the lists' showthread.php?tid=N&action=lastpost 302s to the last post's permalink; the footer's 'Giờ hiện tại: 14-03-2026, 11:05 AM' is today", news[0].path)
    return site


def archive_page(title: str, nav: str, full: str, content: str) -> str:
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<title>{esc(title)}</title>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta name="robots" content="index,follow" />
<link type="text/css" rel="stylesheet" href="{{{{base}}}}/archive/screen.css" media="screen" />
<link type="text/css" rel="stylesheet" href="{{{{base}}}}/archive/print.css" media="print" />
</head>
<body>
<div id="container">
<h1><a href="{{{{base}}}}/index.php">{FORUM}</a> - <a href="{{{{base}}}}/archive/index.php">Diễn đàn</a></h1>
<div class="navigation">{nav}</div>
<div id="fullversion"><strong>Phiên bản đầy đủ: </strong><a href="{{{{base}}}}{full}">{esc(title)}</a></div>
<div id="infobox">Bạn đang xem phiên bản rút gọn của nội dung. <a href="{{{{base}}}}{full}">Xem phiên bản đầy đủ</a> với định dạng chuẩn.</div>
<div id="content">
{content}
</div>
<div id="footer">
Được hỗ trợ bởi <a href="{{{{base:offsite}}}}/mybb/">MyBB</a>, © 2002-2026 <a href="{{{{base:offsite}}}}/mybb/">MyBB Group</a>.
</div>
</div>
</body>
</html>"""
