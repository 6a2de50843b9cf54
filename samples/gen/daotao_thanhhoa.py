"""Site `daotao-thanhhoa` (registry family `generic`): the Trung tâm Đào tạo và Hỗ trợ hợp tác xã tỉnh Thanh Hóa (the
cooperative training centre of the provincial alliance), an e-learning site on **Moodle 4.x** (Boost theme) whose site
news forum "Tin tức của trang" is where the centre publishes its news; written as a held-out test: no family module,
no selectors.

Why it is hard: a news item is the first post of a discussion `/mod/forum/discuss.php?d=<n>` (also linked as
`…?d=<n>#p<post>` permalinks and, from the forum search, `…?d=<n>&parent=<post>`: one article). The page's `<h1>` is
the site's name and the `<h2>` the forum's ("Tin tức của trang"); the title is `h3.discussionname` and the post's
subject; the date is Moodle's line "bởi <a>Lê Thị Hoa</a> - Thứ Năm, 12 tháng 3 2026, 8:30 AM" (12-hour clock,
`<time datetime>`), the poster is the author unless it is the admin account or a byline in the text names someone
else; replies by learners ("Re: …", with their dates) follow the first post and are no part of it. The front page
prints the three newest posts WHOLE ("Tin tức của trang" announcements), the forum view lists discussions in a table
paged by `view.php?id=1&p=1` (`view.php?f=1` is its twin), and the Boost drawers carry the blocks (calendar, online
users, "Khóa học của tôi", "Tin tức mới nhất" with year-less dates "12 thg 3, 08:30"). Course pages
`/course/view.php?id=<n>`, the course index, the static `/mod/page/view.php?id=<n>` pages (heading, text and
"Sửa đổi lần cuối: …" — a date, but no article), the forum search and the login page are not articles; user
profiles, the calendar and the admin pages are robots-disallowed.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, inline_html, iso, pdf, weekday
from .richbody import RichArticle, table_html

SITE = "daotao-thanhhoa"
NAME = "Trung tâm Đào tạo và Hỗ trợ hợp tác xã tỉnh Thanh Hóa"
SHORT = "Đào tạo HTX Thanh Hóa"
HTML = "text/html; charset=utf-8"
FORUM = "/mod/forum/view.php?id=1"
FORUM_F = "/mod/forum/view.php?f=1"
SEARCH = "/mod/forum/search.php?id=1&search=OCOP"
PER = 5
USERS = {2: "Quản trị viên", 5: "Lê Thị Hoa", 7: "Nguyễn Văn Thắng", 11: "Trịnh Thị Ngọc", 12: "Lê Văn Bình"}
ADMIN = 2
COURSES = {2: ("Bồi dưỡng giám đốc HTX nông nghiệp", "GDHTX-2026"), 3: ("Kế toán HTX theo Thông tư 71", "KTHTX"),
           4: ("Thương mại điện tử cho HTX", "TMDT-HTX"), 5: ("Luật Hợp tác xã năm 2023", "LHTX2023")}
PDF_PATH = "/pluginfile.php/27/mod_forum/attachment/67/KH-08-TTDT-2026.pdf"
PDF_HREF = PDF_PATH + "?forcedownload=1"

LABELS = ["Tin tức của trang", "Liên kết cố định", "Trả lời", "Hiển thị bài gốc", "Đăng ký theo dõi thảo luận",
          "Thảo luận trước", "Thảo luận tiếp theo", "Chuyển tới...", "Tìm kiếm diễn đàn"]
BLOCKS = ["Lịch", "Người dùng trực tuyến", "3 người dùng trực tuyến (5 phút qua)", "Khóa học của tôi",
          "Tin tức mới nhất", "Các chủ đề cũ hơn ...", "Chủ nhật", "Thứ Hai", "Đóng ngăn kéo khối", "Mở ngăn kéo khối"]
FOOTER = ["Bạn chưa đăng nhập.", "Tóm tắt lưu giữ dữ liệu", "Tải ứng dụng di động", "Được hỗ trợ bởi Moodle",
          "Trung tâm Đào tạo và Hỗ trợ hợp tác xã tỉnh Thanh Hóa - Liên minh Hợp tác xã tỉnh Thanh Hóa",
          "Địa chỉ: Số 25 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa - Điện thoại: 0237.3852.461",
          "Hỗ trợ học viên: daotao@lmhtxthanhhoa.vn"]
BOILERPLATE = [*LABELS[:8], *BLOCKS, *FOOTER]

REPLIES = {48: [(73, 11, datetime(2026, 3, 12, 20, 5), "Em đã đăng ký lớp, mong Trung tâm gửi tài liệu trước buổi học."),
                (74, 12, datetime(2026, 3, 13, 7, 40), "Lớp học rất bổ ích, cảm ơn các thầy cô của Trung tâm.")]}


def discuss(d: int) -> str:
    return f"/mod/forum/discuss.php?d={d}"


def moodle_date(d: datetime) -> str:
    h = d.hour % 12 or 12
    return f"{weekday(d)}, {d.day} tháng {d.month} {d.year}, {h}:{d:%M} {'AM' if d.hour < 12 else 'PM'}"


def short_date(d: datetime, year: bool = True) -> str:
    return f"{d.day} thg {d.month} {d.year}" if year else f"{d.day} thg {d.month}, {d:%H:%M}"


def posted(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[RichArticle]:
    A = RichArticle
    return [
        A(path=discuss(48), title="Khai giảng lớp bồi dưỡng giám đốc HTX nông nghiệp khóa 1 năm 2026",
          date=datetime(2026, 3, 12, 8, 30),
          body="""
Sáng 11/3, Trung tâm Đào tạo và Hỗ trợ hợp tác xã tỉnh khai giảng lớp bồi dưỡng giám đốc HTX nông nghiệp khóa 1 năm 2026 cho 65 học viên.
[img khai-giang-khoa-1.png] Học viên lớp bồi dưỡng giám đốc HTX tại buổi khai giảng
Lớp học kéo dài 3 tuần theo hình thức kết hợp: 5 buổi học trực tiếp tại Trung tâm và 10 bài học trực tuyến trên hệ thống học tập của Trung tâm.
Học viên hoàn thành khóa học được cấp chứng chỉ bồi dưỡng theo quy định.
""",
          author="Lê Thị Hoa", **posted(datetime(2026, 3, 12, 8, 30)),
          opts={"d": 48, "p": 71, "u": 5},
          notes=["first post by 'Lê Thị Hoa' (the author) - Thứ Năm, 12 tháng 3 2026, 8:30 AM; two learners' replies "
                 "'Re: …' dated 12/3 8:05 PM and 13/3 7:40 AM under it (not text); the lead says 'Sáng 11/3'; printed "
                 "whole on the front page too"]),
        A(path=discuss(47), title="Học viên lớp kế toán HTX: Học trực tuyến giúp tôi vừa làm vừa học",
          date=datetime(2026, 2, 26, 14, 15),
          body="""
**Hỏi: Chị biết đến khóa học kế toán trực tuyến của Trung tâm như thế nào?**
Chị Trịnh Thị Ngọc: Tôi là kế toán HTX Dịch vụ nông nghiệp Quảng Phú. Liên minh HTX tỉnh giới thiệu khóa học khi HTX chuyển sang dùng phần mềm kế toán.
**Hỏi: Học trực tuyến có gì thuận lợi?**
Chị Trịnh Thị Ngọc: Tôi học buổi tối sau giờ làm, bài nào chưa hiểu thì xem lại video và hỏi giảng viên trên diễn đàn của khóa học.
**Hỏi: Xin cảm ơn chị!**
""",
          author="Nguyễn Văn Thắng", **posted(datetime(2026, 2, 26, 14, 15)),
          opts={"d": 47, "p": 69, "u": 7},
          notes=["interview: bold 'Hỏi: …' questions and 'Chị Trịnh Thị Ngọc: …' answers; posted by Nguyễn Văn Thắng "
                 "(author) at 2:15 PM -> 14:15"]),
        A(path=discuss(46), title="Kế hoạch đào tạo, bồi dưỡng cán bộ HTX năm 2026",
          date=datetime(2026, 2, 5, 10, 0),
          body="""
LIÊN MINH HTX TỈNH THANH HÓA
TRUNG TÂM ĐÀO TẠO VÀ HỖ TRỢ HTX
Số: 08/KH-TTĐT
Thanh Hóa, ngày 03 tháng 02 năm 2026
KẾ HOẠCH
Đào tạo, bồi dưỡng cán bộ quản lý và thành viên HTX năm 2026
Căn cứ Chương trình công tác năm 2026 của Liên minh HTX tỉnh Thanh Hóa ban hành ngày 15/01/2026;
## I. CHỈ TIÊU
Tổ chức 24 lớp bồi dưỡng trực tiếp và 8 khóa học trực tuyến cho khoảng 2.000 lượt học viên.
## II. NỘI DUNG
* Bồi dưỡng giám đốc, kế toán HTX;
* Chuyển đổi số và thương mại điện tử cho HTX;
* Xây dựng và phát triển sản phẩm OCOP.
GIÁM ĐỐC
Hoàng Văn Sơn
""",
          author=None, doc_number="08/KH-TTĐT", **posted(datetime(2026, 2, 5, 10, 0)),
          attachments=[{"path": PDF_HREF, "text": "KH-08-TTDT-2026.pdf"}],
          opts={"d": 46, "p": 67, "u": ADMIN, "doc": True},
          notes=["official plan 'Số: 08/KH-TTĐT', place-date line 'Thanh Hóa, ngày 03 tháng 02 năm 2026' and a cited "
                 "programme of 15/01/2026; posted by 'Quản trị viên' (the admin account, no author) on 5/2/2026 10:00 AM; "
                 "the signer is no author: null; the PDF is the post's attachment (/pluginfile.php/…?forcedownload=1)"]),
        A(path=discuss(45), title="Kết quả đào tạo năm 2025: 1.860 lượt học viên hoàn thành khóa học",
          date=datetime(2026, 1, 14, 9, 0),
          body="""
Năm 2025, Trung tâm tổ chức 21 lớp trực tiếp và 6 khóa học trực tuyến, vượt 16% kế hoạch năm.
| Loại hình | Số lớp, khóa | Lượt học viên |
| Bồi dưỡng giám đốc HTX | 6 | 412 |
| Kế toán HTX | 5 | 318 |
| Chuyển đổi số, thương mại điện tử | 9 | 745 |
| Khóa học trực tuyến | 6 | 385 |
Năm 2026, Trung tâm tiếp tục mở rộng hình thức học trực tuyến để học viên ở các xã miền núi tham gia thuận lợi.
""",
          author="Lê Thị Hoa", **posted(datetime(2026, 1, 14, 9, 0)),
          opts={"d": 45, "p": 66, "u": 5},
          notes=["a data table in the post (one line per row); posted by Lê Thị Hoa (author) - Thứ Tư, 14 tháng 1 2026, "
                 "9:00 AM"]),
        A(path=discuss(44), title="Hình ảnh lớp tập huấn thương mại điện tử tại xã Nga Sơn",
          date=datetime(2025, 12, 3, 16, 45),
          body="""
[img tmdt-nga-son-1.png] Học viên thực hành mở gian hàng trên sàn thương mại điện tử
[img tmdt-nga-son-2.png] Giảng viên hướng dẫn chụp ảnh sản phẩm cói bằng điện thoại
[img tmdt-nga-son-3.png] Sản phẩm chiếu cói của HTX được livestream ngay tại lớp học
Ảnh: Hoàng Nam
""",
          author="Hoàng Nam", **posted(datetime(2025, 12, 3, 16, 45)),
          opts={"d": 44, "p": 64, "u": ADMIN},
          notes=["photo story: three captioned photos and the closing 'Ảnh: Hoàng Nam' (text, author) in a post by the "
                 "admin account 'Quản trị viên'; 4:45 PM -> 16:45"]),
        A(path=discuss(43), title="Các khóa học trực tuyến mở đăng ký tháng 12/2025",
          date=datetime(2025, 11, 25, 8, 0),
          body="""
Trung tâm thông báo mở đăng ký các khóa học trực tuyến miễn phí cho cán bộ, thành viên HTX:
* [[Kế toán HTX theo Thông tư 71|/course/view.php?id=3]]: 6 tuần, từ ngày 01/12;
* [[Thương mại điện tử cho HTX|/course/view.php?id=4]]: 4 tuần, từ ngày 08/12;
* [[Luật Hợp tác xã năm 2023|/course/view.php?id=5]]: 3 tuần, từ ngày 15/12.
Học viên đăng nhập bằng tài khoản được cấp, mỗi khóa học có bài kiểm tra cuối khóa.
""",
          author=None, **posted(datetime(2025, 11, 25, 8, 0)),
          opts={"d": 43, "p": 62, "u": ADMIN},
          notes=["a list whose items link the course pages (one line each); the admin account posted it: author null"]),
        A(path=discuss(42), title="Thông báo nghỉ lễ Quốc khánh 2/9",
          date=datetime(2025, 8, 28, 11, 0),
          body="""
Trung tâm thông báo lịch nghỉ lễ Quốc khánh từ ngày 30/8 đến hết ngày 2/9. Các khóa học trực tuyến vẫn mở bình thường.
""",
          author=None, **posted(datetime(2025, 8, 28, 11, 0)),
          opts={"d": 42, "p": 60, "u": ADMIN},
          notes=["a one-paragraph notice by the admin account; the title's '2/9' is no date: 28/8/2025 11:00 AM"]),
        A(path=discuss(41), title="Trung tâm được giao nhiệm vụ đào tạo cho HTX sau sắp xếp đơn vị hành chính",
          date=datetime(2025, 7, 10, 15, 20),
          body="""
Từ ngày 1/7/2025, khi tỉnh vận hành chính quyền địa phương hai cấp, Liên minh HTX tỉnh giao Trung tâm hỗ trợ đào tạo cho các HTX tại 166 xã, phường mới.
Trung tâm sẽ mở thêm các lớp học trực tuyến để cán bộ HTX ở xa không phải di chuyển về thành phố.
Nguồn: Liên minh HTX tỉnh Thanh Hóa
""",
          author=None, **posted(datetime(2025, 7, 10, 15, 20)),
          opts={"d": 41, "p": 58, "u": ADMIN},
          notes=["the reform's date 1/7/2025 opens the text; 'Nguồn: …' is a source and the poster the admin: author null"]),
        A(path=discuss(38), title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ cấp huyện",
          date=datetime(2024, 5, 16, 8, 0),
          body="""
Từ ngày 14 đến 15/5, Trung tâm tổ chức lớp tập huấn Luật Hợp tác xã năm 2023 cho 80 cán bộ phụ trách kinh tế tập thể của các huyện Thọ Xuân, Triệu Sơn và Yên Định.
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024 với nhiều điểm mới về tổ chức và hoạt động của HTX.
""",
          author="Lê Thị Hoa", **posted(datetime(2024, 5, 16, 8, 0)),
          opts={"d": 38, "p": 52, "u": 5},
          notes=["2024 post of the old districts ('huyện Thọ Xuân'), citing the law's 01/7/2024; posted by Lê Thị Hoa"]),
    ]


# -- markup ----------------------------------------------------------------------------------

def user(uid: int) -> str:
    return f"/user/view.php?id={uid}&course=1"


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            if a.opts.get("doc") and b.text.isupper():
                out.append(f'<p dir="ltr" style="text-align: center;"><strong>{inline_html(b.text)}</strong></p>')
            else:
                out.append(f'<p dir="ltr" style="text-align: left;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f'<h5 dir="ltr">{inline_html(b.text)}</h5>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p dir="ltr" style="text-align: center;"><img src="/pluginfile.php/27/mod_forum/post/{a.opts["p"]}/'
                       f'{b.src}" alt="{attr(b.text)}" class="img-fluid atto_image_button_middle" width="640" height="427">'
                       f"<br><em>{esc(b.text)}</em></p>")
        elif b.kind == "table":
            out.append(table_html(b, "generaltable"))
    if a.byline:
        out.append(f'<p dir="ltr" style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def post(pid: int, d: int, subject: str, uid: int, when: datetime, content: str, *, first: bool, parent: int | None = None,
         attachments: list[dict] | None = None) -> str:
    name = USERS[uid]
    att = ""
    if attachments:
        att = '<div class="attachments">' + "".join(
            f'<a href="{attr(x["path"])}"><i class="icon fa fa-file-pdf-o fa-fw" aria-hidden="true"></i>{esc(x["text"])}</a>'
            for x in attachments) + "</div>"
    links = [f'<a href="{attr(discuss(d))}#p{pid}" class="btn btn-link">{LABELS[1]}</a>']
    if parent:
        links.append(f'<a href="{attr(discuss(d))}#p{parent}" class="btn btn-link">{LABELS[3]}</a>')
    links.append(f'<a href="/login/index.php" class="btn btn-link">{LABELS[2]}</a>')
    return (f'<article id="p{pid}" class="forum-post-container mb-2" data-post-id="{pid}" data-region="post" '
            f'data-target="{pid}-target" tabindex="0">'
            f'<div class="d-flex border p-2 mb-2 forumpost focus-target {"firstpost starter" if first else ""}" '
            f'data-post-id="{pid}" data-content="forum-post"><div class="d-flex flex-column w-100" '
            f'data-region-content="forum-post-core"><header id="post-header-{pid}" class="mb-2 header row d-flex">'
            f'<div class="me-2" style="width: 45px;"><img class="rounded-circle w-100" src="/theme/boost/pix/u/f{uid % 3 + 1}.png"'
            f' alt="Ảnh của {attr(name)}"></div><div class="d-flex flex-column">'
            f'<h4 class="h6 font-weight-bold mb-0" data-region-content="forum-post-core-subject">{esc(subject)}</h4>'
            f'<div class="mb-3" tabindex="-1">bởi <a href="{attr(user(uid))}">{esc(name)}</a> - <time itemprop="dateCreated" '
            f'datetime="{when:%Y-%m-%dT%H:%M:%S}+07:00">{moodle_date(when)}</time></div></div></header>'
            f'<div class="d-flex body-content-container"><div class="no-overflow w-100 content-alignment-container">'
            f'<div id="post-content-{pid}" class="post-content-container">{content}</div>{att}'
            f'<div class="d-flex flex-wrap">{"".join(links)}</div></div></div></div></div></article>')


def article_posts(a: RichArticle) -> str:
    d = a.opts["d"]
    out = [post(a.opts["p"], d, a.title, a.opts["u"], a.date, body_html(a), first=True, attachments=a.attachments)]
    for pid, uid, when, text in REPLIES.get(d, []):
        out.append(f'<div class="indent">{post(pid, d, "Re: " + a.title, uid, when, f"<p>{esc(text)}</p>", first=False, parent=a.opts["p"])}</div>')
    return "".join(out)


def blocks(arts: list[RichArticle]) -> str:
    days = "".join(f'<td class="day{" hasevent" if k in (11, 12) else ""}"><a href="/calendar/view.php?view=day&amp;'
                   f'time={1772643600 + k * 86400}">{k}</a></td>' if k in (11, 12) else f'<td class="day">{k}</td>'
                   for k in range(1, 32))
    news = "".join(f'<li class="post"><div class="head clearfix"><div class="date">{short_date(a.date, False)}</div>'
                   f'<div class="name">{esc(USERS[a.opts["u"]])}</div></div><div class="info"><a href="{attr(discuss(a.opts["d"]))}">'
                   f'{esc(a.title)}</a></div></li>' for a in arts[:3])
    courses = "".join(f'<li><a href="/course/view.php?id={c}">{esc(n)}</a></li>' for c, (n, _) in COURSES.items())
    return (f'<div class="drawer drawer-right d-print-none" id="theme_boost-drawers-blocks" data-region="fixed-drawer">'
            f'<div class="drawerheader"><button class="btn drawertoggle" title="{BLOCKS[8]}"><span class="sr-only">{BLOCKS[8]}'
            f'</span></button></div><div class="drawercontent"><aside id="block-region-side-pre" class="block-region">'
            f'<section class="block_news_items block card mb-3" role="complementary"><div class="card-body p-3">'
            f'<h5 class="card-title d-inline">{BLOCKS[4]}</h5><div class="card-text content mt-3"><ul class="unlist">{news}</ul>'
            f'<div class="footer"><a href="{FORUM_F}">{BLOCKS[5]}</a></div></div></div></section>'
            f'<section class="block_calendar_month block card mb-3"><div class="card-body p-3"><h5 class="card-title d-inline">'
            f'{BLOCKS[0]}</h5><div class="card-text content"><div class="calendarwrapper"><p class="current">tháng 3 2026</p>'
            f'<table class="minicalendar calendartable"><tr><th>{BLOCKS[7]}</th><th>Thứ Ba</th><th>Thứ Tư</th><th>Thứ Năm</th>'
            f'<th>Thứ Sáu</th><th>Thứ Bảy</th><th>{BLOCKS[6]}</th></tr><tr>{days}</tr></table>'
            f'<a href="/calendar/view.php?view=month">Xem toàn bộ lịch</a></div></div></div></section>'
            f'<section class="block_online_users block card mb-3"><div class="card-body p-3"><h5 class="card-title d-inline">'
            f'{BLOCKS[1]}</h5><div class="card-text content"><div class="info">{BLOCKS[2]}</div><ul class="list">'
            f'<li class="listentry"><div class="user">Khách</div></li></ul></div></div></section>'
            f'<section class="block_course_list block card mb-3"><div class="card-body p-3"><h5 class="card-title d-inline">'
            f'{BLOCKS[3]}</h5><div class="card-text content"><ul class="unlist">{courses}</ul><div class="footer">'
            f'<a href="/course/index.php">Tất cả khoá học ...</a></div></div></div></section></aside></div></div>')


def layout(title: str, main: str, arts: list[RichArticle], *, body_id: str = "page-site-index", heading: str = NAME,
           head: str = "") -> str:
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi" xml:lang="vi">
<head>
<title>{esc(title)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="keywords" content="moodle, {attr(title)}" />
<meta name="viewport" content="width=device-width, initial-scale=1.0">{head}
<link rel="stylesheet" type="text/css" href="/theme/styles.php/boost/1741600000_1/all.css" />
<script src="/lib/javascript.php/1741600000/lib/babel-polyfill/polyfill.min.js"></script>
</head>
<body id="{body_id}" class="format-site path-site chrome dir-ltr lang-vi yui-skin-sam yui3-skin-sam pagelayout-frontpage course-1 context-2 notloggedin theme uses-drawers">
<div id="page-wrapper" class="d-print-block">
<nav class="navbar fixed-top navbar-light bg-white navbar-expand" aria-label="Điều hướng trang web">
<a href="/" class="navbar-brand d-none d-md-flex align-items-center m-0 me-4 p-0 aabtn"><img src="/pluginfile.php/1/core_admin/logocompact/300x300/1741600000/logo-ttdt.png" class="logo me-1" alt="{attr(SHORT)}"></a>
<div class="primary-navigation"><nav class="moremenu navigation"><ul class="nav more-nav navbar-nav">
<li class="nav-item"><a class="nav-link active" href="/">Trang chủ</a></li>
<li class="nav-item"><a class="nav-link" href="/course/index.php">Khóa học</a></li>
<li class="nav-item"><a class="nav-link" href="{FORUM}">{LABELS[0]}</a></li>
<li class="nav-item"><a class="nav-link" href="/mod/page/view.php?id=15">Giới thiệu</a></li></ul></nav></div>
<div id="usernavigation" class="navbar-nav ms-auto"><div class="d-flex align-items-stretch usermenu-container"><div class="usermenu"><span class="login ps-2">{FOOTER[0]} <a href="/login/index.php">Đăng nhập</a></span></div></div></div>
</nav>
<div id="page" data-region="mainpage" class="drawers show-drawer-right">
<div class="drawer-toggles d-flex"><div class="drawer-toggler drawer-right-toggle"><button class="btn icon-no-margin" title="{BLOCKS[9]}"><span class="sr-only">{BLOCKS[9]}</span></button></div></div>
<div class="main-inner-wrapper"><div id="topofscroll" class="main-inner">
<header id="page-header" class="header-maxwidth d-print-none"><div class="w-100"><div class="d-flex flex-wrap"><div class="me-auto"><div class="page-context-header"><div class="page-header-headings"><h1 class="h2">{esc(heading)}</h1></div></div></div></div></div></header>
<div id="page-content" class="pb-3 d-print-block"><div id="region-main-box"><section id="region-main" aria-label="Nội dung">
<span class="notifications" id="user-notifications"></span>
<div role="main"><span id="maincontent"></span>
{main}
</div></section></div></div>
<footer id="page-footer" class="footer-popover bg-white"><div class="footer-content-popover container"><div class="footer-section p-3 border-bottom">
<div class="logininfo">{FOOTER[0]} (<a href="/login/index.php">Đăng nhập</a>)</div>
<div class="tool_dataprivacy"><a href="/admin/tool/dataprivacy/summary.php">{FOOTER[1]}</a></div>
<div><a href="{{{{base:offsite}}}}/">{FOOTER[2]}</a></div></div>
<div class="footer-section p-3"><p>{esc(FOOTER[4])}</p><p>{esc(FOOTER[5])}</p><p>{esc(FOOTER[6])}</p>
<div class="homelink"><a href="/">Trang chủ</a></div><div>{FOOTER[3]}</div></div></div></footer>
</div></div></div>
{blocks(arts)}
</div>
</body>
</html>
"""


def discussion_page(a: RichArticle, arts: list[RichArticle]) -> str:
    i = arts.index(a)
    nav = []
    if i + 1 < len(arts):
        nav.append(f'<div class="navigateprevious"><a href="{attr(discuss(arts[i + 1].opts["d"]))}">{LABELS[5]} '
                   f'<span class="discussion-name">{esc(arts[i + 1].title)}</span></a></div>')
    if i > 0:
        nav.append(f'<div class="navigatenext"><a href="{attr(discuss(arts[i - 1].opts["d"]))}">{LABELS[6]} '
                   f'<span class="discussion-name">{esc(arts[i - 1].title)}</span></a></div>')
    return (f'<div class="activity-header" data-for="page-activity-header"><h2>{LABELS[0]}</h2></div>'
            f'<div class="discussion-settings-container"><form action="/mod/forum/discuss.php" method="get" class="d-inline">'
            f'<input type="hidden" name="d" value="{a.opts["d"]}"><select name="mode" class="custom-select">'
            '<option value="1">Hiển thị trả lời dạng phẳng, cũ nhất trước</option><option value="3" selected>Hiển thị trả '
            'lời dạng lồng nhau</option></select></form> <button class="btn btn-secondary">'
            f'{LABELS[4]}</button></div><h3 class="discussionname">{esc(a.title)}</h3>'
            f'<div id="discussion-container" data-content="forum-discussion">{article_posts(a)}</div>'
            f'<div class="discussion-nav clearfix">{"".join(nav)}</div>'
            f'<div class="urlselect"><label>{LABELS[7]}</label><select><option>{esc(NAME)}</option></select></div>')


def frontpage_post(a: RichArticle) -> str:
    return (post(a.opts["p"], a.opts["d"], a.title, a.opts["u"], a.date, body_html(a), first=True, attachments=a.attachments)
            + f'<div class="link text-end"><a href="{attr(discuss(a.opts["d"]))}">Thảo luận về chủ đề này</a> '
            f'({len(REPLIES.get(a.opts["d"], []))} trả lời)</div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thanh-hoa", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    for a in arts:
        d = a.opts["d"]
        html = layout(f"{SHORT}: {a.title}", discussion_page(a, arts), arts, body_id="page-mod-forum-discuss")
        page(a.path, html)
        site.same_page(f"{a.path}&parent={a.opts['p']}", a.path)
        a.aliases = [f"{a.path}&parent={a.opts['p']}"]
        site.add_article(a)
        assert d
    site.binary(PDF_PATH, pdf("Kế hoạch số 08/KH-TTĐT", ["KE HOACH DAO TAO BOI DUONG CAN BO HTX NAM 2026",
                                                         "So: 08/KH-TTDT"]))
    site.trap("discussion page: h1 the site's name, h2 the forum 'Tin tức của trang', h3.discussionname the title, "
              "then the first post (subject h4, 'bởi <user> - Thứ Năm, 12 tháng 3 2026, 8:30 AM' with <time datetime>, "
              "post-content-container, attachments, permalink '#p71') and the learners' replies; '&parent=<post>' "
              "(the forum search's links) is an alias", arts[0].path)

    # the forum: a table of discussions, 5 a page (?p=1 is the second), twin ?f=1
    chunks = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(chunks):
        url = FORUM if n == 0 else f"{FORUM}&p={n}"
        rows = "".join(
            f'<tr class="discussion"><th class="topic" scope="row"><a href="{attr(discuss(a.opts["d"]))}">{esc(a.title)}</a>'
            f'</th><td class="author"><a href="{attr(user(a.opts["u"]))}">{esc(USERS[a.opts["u"]])}</a><div>'
            f'{short_date(a.date)}</div></td><td class="replies">{len(REPLIES.get(a.opts["d"], []))}</td>'
            f'<td class="lastpost"><div>{short_date(REPLIES[a.opts["d"]][-1][2] if a.opts["d"] in REPLIES else a.date)}'
            '</div></td></tr>' for a in chunk)
        pager = ('<nav aria-label="Trang" class="pagination pagination-centered justify-content-center"><ul class="mt-1 '
                 'pagination">' + "".join(
                     f'<li class="page-item{" active" if k == n else ""}"><a href="{attr(f"{FORUM}&p={k}")}" '
                     f'class="page-link">{k + 1}</a></li>' for k in range(len(chunks))) + "</ul></nav>")
        main = (f'<div class="activity-header"><h2>{LABELS[0]}</h2><div class="activity-description">Tin tức và thông báo '
                f'chung</div></div><form action="/mod/forum/search.php" class="form-inline"><input type="hidden" name="id" '
                f'value="1"><input name="search" placeholder="{LABELS[8]}"></form>{pager}<table class="table '
                f'discussion-list"><thead><tr><th>Thảo luận</th><th>Bắt đầu bởi</th><th>Trả lời</th><th>Bài đăng cuối</th>'
                f'</tr></thead><tbody>{rows}</tbody></table>{pager}')
        page(url, layout(f"{SHORT}: {LABELS[0]}", main, arts, body_id="page-mod-forum-view"))
        site.non_articles.append(url)
    site.same_page(f"{FORUM}&p=0", FORUM)
    site.same_page(FORUM_F, FORUM)
    site.non_articles += [FORUM_F]
    site.trap("forum view: a table of discussions (title, poster, 'Bắt đầu bởi' date '12 thg 3 2026', replies) paged by "
              "view.php?id=1&p=1 (&p=0 and view.php?f=1 are twins): a listing", f"{FORUM}&p=1")

    hits = [a for a in arts if "OCOP" in a.body]
    res = "".join(post(a.opts["p"], a.opts["d"], a.title, a.opts["u"], a.date,
                       f'<p>{esc(a.summary()[:140])}</p><a href="{attr(discuss(a.opts["d"]))}&amp;parent={a.opts["p"]}">'
                       'Xem bài viết trong ngữ cảnh</a>', first=True) for a in hits)
    page(SEARCH, layout(f"{SHORT}: Tìm kiếm", f'<h2>Kết quả tìm kiếm: {len(hits)}</h2>{res}', arts,
                        body_id="page-mod-forum-search"))
    site.non_articles.append(SEARCH)

    front = "".join(frontpage_post(a) for a in arts[:3])
    courses = "".join(f'<div class="coursebox clearfix"><div class="info"><h3 class="coursename"><a class="aalink" '
                      f'href="/course/view.php?id={c}">{esc(n)}</a></h3></div><div class="content"><div class="summary">'
                      f'<p>Khóa học dành cho cán bộ, thành viên HTX.</p></div></div></div>' for c, (n, _) in COURSES.items())
    main = (f'<div id="site-news-forum"><h2>{LABELS[0]}</h2>{front}<div class="forumpost-older"><a href="{FORUM}">'
            f'{BLOCKS[5]}</a></div></div><div id="frontpage-available-course-list"><h2>Các khóa học hiện có</h2>'
            f'<div class="courses frontpage-course-list-all">{courses}</div></div>')
    page("/", layout(NAME, main, arts))
    site.non_articles.append("/")
    site.trap("the front page prints the three newest announcements WHOLE (subject, 'bởi … - date', the full post) "
              "with 'Thảo luận về chủ đề này': a listing, not an article", "/")

    cats = "".join(f'<div class="coursebox"><h3 class="coursename"><a href="/course/view.php?id={c}">{esc(n)}</a></h3></div>'
                   for c, (n, _) in COURSES.items())
    page("/course/index.php", layout(f"{SHORT}: Khóa học", '<h2>Danh mục khóa học</h2><div class="course_category_tree">'
                                     '<h3 class="categoryname"><a href="/course/index.php?categoryid=2">Bồi dưỡng cán bộ HTX'
                                     f'</a></h3>{cats}</div>', arts, body_id="page-course-index"))
    page("/course/index.php?categoryid=2", layout(f"{SHORT}: Bồi dưỡng cán bộ HTX", f'<h2>Bồi dưỡng cán bộ HTX</h2>{cats}',
                                                  arts, body_id="page-course-index-category"))
    for c, (n, short) in COURSES.items():
        sections = "".join(f'<li class="section course-section main" id="section-{k}"><h3 class="sectionname">Chủ đề {k}</h3>'
                           f'<div class="summarytext"><p>Bài {k}: nội dung học tập của khóa {esc(n)}.</p></div></li>'
                           for k in (1, 2, 3))
        page(f"/course/view.php?id={c}", layout(f"Khóa học: {n}", f'<div class="course-content"><ul class="topics">'
                                                f'<li class="section main" id="section-0"><div class="summarytext"><p>Chào '
                                                f'mừng học viên đến với khóa học {esc(n)}.</p></div></li>{sections}</ul></div>',
                                                arts, body_id="page-course-view-topics", heading=n))
        site.non_articles.append(f"/course/view.php?id={c}")
    site.non_articles += ["/course/index.php", "/course/index.php?categoryid=2"]
    intro = ('<div class="box py-3 generalbox center clearfix"><div class="no-overflow"><p dir="ltr">Trung tâm Đào tạo và Hỗ '
             'trợ hợp tác xã tỉnh Thanh Hóa là đơn vị sự nghiệp trực thuộc Liên minh HTX tỉnh, có chức năng đào tạo, bồi '
             'dưỡng cán bộ quản lý, thành viên và người lao động trong các HTX.</p><h5>Nhiệm vụ chính</h5><ul><li>Tổ chức '
             'các lớp bồi dưỡng trực tiếp và trực tuyến;</li><li>Tư vấn thành lập, tổ chức lại HTX;</li><li>Hỗ trợ HTX '
             'chuyển đổi số.</li></ul></div></div><div class="modified">Sửa đổi lần cuối: Thứ Hai, 5 tháng 1 2026, 9:00 AM'
             '</div>')
    page("/mod/page/view.php?id=15", layout(f"{SHORT}: Giới thiệu Trung tâm", f'<div class="activity-header"><h2>Giới thiệu '
                                            f'Trung tâm</h2></div>{intro}', arts, body_id="page-mod-page-view"))
    rules = ('<div class="box py-3 generalbox center clearfix"><div class="no-overflow"><p dir="ltr">Học viên tham gia '
             'khóa học trực tuyến phải hoàn thành tối thiểu 80% bài học và bài kiểm tra cuối khóa.</p></div></div>'
             '<div class="modified">Sửa đổi lần cuối: Thứ Sáu, 12 tháng 9 2025, 3:10 PM</div>')
    page("/mod/page/view.php?id=16", layout(f"{SHORT}: Quy chế học viên", f'<div class="activity-header"><h2>Quy chế học viên'
                                            f'</h2></div>{rules}<p><a href="/mod/page/view.php?id=15">Giới thiệu Trung tâm</a>'
                                            '</p>', arts, body_id="page-mod-page-view"))
    site.non_articles += ["/mod/page/view.php?id=15", "/mod/page/view.php?id=16"]
    site.trap("Page resources /mod/page/view.php?id=15 and 16: activity header, text with a heading and a list, and "
              "'Sửa đổi lần cuối: Thứ Hai, 5 tháng 1 2026, 9:00 AM' (a date, no author): not articles", "/mod/page/view.php?id=15")
    page("/login/index.php", layout(f"{SHORT}: Đăng nhập vào trang", '<div class="login-container"><h2>Đăng nhập</h2><form '
                                    'action="javascript:void(0)" class="login-form"><input name="username"><input '
                                    'type="password" name="password"><button type="button" class="btn btn-primary">Đăng '
                                    'nhập</button></form><p><a href="/mod/page/view.php?id=16">Quy chế học viên</a></p></div>',
                                    arts, body_id="page-login-index"))
    site.non_articles.append("/login/index.php")

    # robots-disallowed: user profiles, the calendar, the admin tools
    for uid, name in USERS.items():
        page(user(uid), layout(f"{SHORT}: {name}", f'<h2>{esc(name)}</h2><p>Hồ sơ người dùng</p>', arts,
                               body_id="page-user-view"))
        site.never_fetched.append(user(uid))
    page("/calendar/view.php?view=month", layout(f"{SHORT}: Lịch", '<h2>Lịch</h2>', arts, body_id="page-calendar-view"))
    site.never_fetched.append("/calendar/view.php?view=month")
    for k in (11, 12):
        p = f"/calendar/view.php?view=day&time={1772643600 + k * 86400}"
        page(p, layout(f"{SHORT}: Lịch", '<h2>Lịch ngày</h2>', arts, body_id="page-calendar-view"))
        site.never_fetched.append(p)
    page("/admin/tool/dataprivacy/summary.php", layout(f"{SHORT}: {FOOTER[1]}", f'<h2>{FOOTER[1]}</h2>', arts))
    site.never_fetched.append("/admin/tool/dataprivacy/summary.php")
    site.trap("robots.txt disallows /user/, /calendar/ and /admin/: the posters' profile links, the calendar block's day "
              "links and the data-retention summary are never fetched", "/user/view.php?id=5&course=1")
    site.static("/robots.txt", "User-agent: *\nDisallow: /user/\nDisallow: /calendar/\nDisallow: /admin/\n"
                "Disallow: /message/\nDisallow: /mod/forum/post.php\n")
    return site
