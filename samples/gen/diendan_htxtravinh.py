"""Site `diendan-htxtravinh` (registry family `generic`): "Diễn đàn Hợp tác xã Trà Vinh", the forum the Trà Vinh
cooperative alliance ran for its members (since 1 July 2025 part of Vĩnh Long province), on **Simple Machines Forum
2.1.4** with the Vietnamese language pack and the **TinyPortal 3** front page; the alliance's news are the topics of
its boards "Tin tức - Sự kiện" and "Văn bản - Thông báo". Written as a held-out test: no family module, no selectors.

Why it is hard: a topic `index.php?topic=<id>.0` is a THREAD: the subject is `h2.display_title #top_subject`, then
every post is a `div.windowbg` (poster block, `div.keyinfo` with the post subject and "« vào lúc: 12 Tháng Ba 2026,
08:30:15 »", `div.post div.inner` with the BBCode output, a signature): the first post is the announcement, the replies
("Re: …", with `blockquote.bbc_standard_quote` "Trích dẫn từ: …") are comments. BBCode has no paragraphs: the lines are
separated by `<br>` only, headings are `<strong>` lines, a caption is a centred `<em>` under a `img.bbc_img`. The
office account "Văn phòng LMHTX" posts most news (never an author); a member posting in person is the author; a
"Bài, ảnh: X" line names the author. Every topic also answers at `index.php?topic=<id>.msg<m>#msg<m>` (the post
links), at the queryless URL `/index.php/topic,<id>.0.html` (the old links), with `PHPSESSID=…` (SMF's cookie-less
session URLs) and as `index.php?action=printpage;topic=<id>.0` ("In"): one article each. SMF writes `;` between its
parameters. The board lists (`index.php?board=1.0`, `board=1.4` …) show the LAST post's date, not the topic's. One news
item is a TinyPortal article `index.php?page=<n>` whose date display is switched off: only its category list
`index.php?cat=1` dates it. Members' topics ("Hỏi đáp"), the board index, recent posts, profiles, search, TinyPortal's
download page are no articles; robots.txt disallows the login, registration and `action=dlattach` is allowed.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "diendan-htxtravinh"
FORUM = "Diễn đàn Hợp tác xã Trà Vinh"
HTML = "text/html; charset=UTF-8"
MONTHS = ("Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai")
OFFICE = (2, "Văn phòng LMHTX", "Quản trị viên", 1342)
MEMBERS = {3: ("Thạch Thị Sa Rinh", "Điều hành viên", 418), 7: ("Kim Văn Tuấn", "Thành viên", 57),
           9: ("HTX Thanh Long Cầu Kè", "Thành viên", 22), 11: ("Lâm Hoàng Phúc", "Thành viên", 96)}
SIGNATURE = "Văn phòng Liên minh HTX tỉnh Trà Vinh - ĐT: 0294.3862.457"
CHROME = ["Xin chào Khách. Vui lòng đăng nhập hoặc đăng ký.", "Bạn đã bỏ lỡ email kích hoạt?",
          "Chào mừng các HTX, tổ hợp tác tham gia diễn đàn!", "Trang được tạo trong 0.094 giây với 27 truy vấn.",
          "SMF 2.1.4 © 2023, Simple Machines", "Chủ đề trước", "Chủ đề tiếp", "Trích dẫn", "Thích",
          "Thời tiết Trà Cú - Trà Vinh", "Nắng nhẹ, gió Đông Bắc cấp 2", "Thành viên trực tuyến: 6",
          "Tổng số bài viết: 8.311", "Theo bạn, HTX cần hỗ trợ gì nhất trong năm 2026?", "Vốn vay ưu đãi",
          "Tiêu thụ sản phẩm", "Đào tạo cán bộ quản lý", SIGNATURE, "Đã xem", "Lượt truy cập"]
REPLIES = {1: (7, "Cảm ơn Văn phòng, HTX chúng tôi sẽ đăng ký tham gia."),
           2: (9, "Cho hỏi hạn chót nộp hồ sơ là ngày nào ạ?"),
           3: (11, "Rất hữu ích cho các HTX mới thành lập.")}


def sdate(d: datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}, {d:%H:%M:%S}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Liên minh HTX tỉnh tổng kết phong trào kinh tế tập thể năm 2025",
          lead="**Sáng 12/3, Liên minh HTX tỉnh Trà Vinh tổ chức hội nghị tổng kết phong trào kinh tế tập thể năm 2025, triển khai nhiệm vụ năm 2026.**",
          body="""
Năm 2025, toàn tỉnh thành lập mới 31 HTX, nâng tổng số HTX đang hoạt động lên 268 HTX với hơn 21.000 thành viên.
[img hoi-nghi-tong-ket-2025.png] Quang cảnh hội nghị tổng kết tại Hội trường Liên minh HTX tỉnh
**Nhiệm vụ năm 2026**
Liên minh HTX tỉnh tập trung hỗ trợ HTX xây dựng sản phẩm OCOP, liên kết tiêu thụ và chuyển đổi số.
Dịp này, 12 HTX có thành tích xuất sắc được nhận Bằng khen của Liên minh HTX Việt Nam.
""", byline="Bài, ảnh: Thạch Sô Phal", author="Thạch Sô Phal",
          opts={"topic": 412, "msg": 2871, "poster": 2, "board": 1, "replies": [1, 3], "legacy": True},
          notes=["topic: the first post of the thread is the text (lines split by <br> only, a bold line as heading, a "
                 "centred <em> caption under img.bbc_img); two 'Re: …' replies below, one quoting it (comments); "
                 "'« vào lúc: 12 Tháng Ba 2026, 08:30:15 »' is the date; posted by the office account: 'Bài, ảnh: "
                 "Thạch Sô Phal' -> author; the queryless /index.php/topic,412.0.html and PHPSESSID links are aliases"],
          **at(datetime(2026, 3, 12, 8, 30, 15))),
        A(path="", title="Kế hoạch số 12/KH-LMHTX tập huấn nghiệp vụ kế toán cho HTX năm 2026",
          body="""
LIÊN MINH HTX TỈNH TRÀ VINH
Số: 12/KH-LMHTX
Trà Vinh, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tập huấn nghiệp vụ kế toán cho HTX năm 2026
**I. MỤC ĐÍCH, YÊU CẦU**
Nâng cao năng lực cho đội ngũ kế toán HTX, thực hiện đúng chế độ kế toán theo Thông tư số 71/2019/TT-BTC.
**II. NỘI DUNG**
- Thời gian: từ ngày 24 đến 26/3/2026.
- Địa điểm: Hội trường Liên minh HTX tỉnh, số 58 đường Nguyễn Đáng, phường Trà Vinh.
- Thành phần: kế toán các HTX nông nghiệp, mỗi HTX 01 người.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Sơn Thị Ngọc Hân
""", author=None, doc_number="12/KH-LMHTX",
          attachments=[{"path": "/index.php?action=dlattach;attach=1187", "text": "KH-12-LMHTX-tap-huan-ke-toan.pdf"}],
          opts={"topic": 409, "msg": 2859, "poster": 2, "board": 2, "replies": [2], "attach": 1187},
          notes=["plan 'Số: 12/KH-LMHTX' dated 02/3 in the text, posted 05 Tháng Ba 2026 14:10; '- ' lines keep their dash; "
                 "the signer is text, author null; the PDF in the post's div.attachments "
                 "(index.php?action=dlattach;attach=1187, its size and download count no text): an attachment"],
          **at(datetime(2026, 3, 5, 14, 10, 2))),
        A(path="", title="Số liệu phát triển HTX tỉnh Trà Vinh giai đoạn 2021 - 2025",
          body="""
Theo báo cáo của Liên minh HTX tỉnh, số HTX và doanh thu bình quân tăng đều qua các năm.
| Năm | Số HTX | Thành viên | Doanh thu bình quân (triệu đồng) |
| 2021 | 192 | 15.840 | 2.350 |
| 2023 | 237 | 18.960 | 2.910 |
| 2025 | 268 | 21.214 | 3.480 |
Nguồn: Báo cáo tổng kết của Liên minh HTX tỉnh
""", author=None,
          opts={"topic": 401, "msg": 2802, "poster": 2, "board": 1, "replies": []},
          notes=["a BBCode table (table.bbc_table, no header cells): one line per row; 'Nguồn: …' is no author; the "
                 "office account posts it: author null"],
          **at(datetime(2026, 2, 24, 9, 5, 44))),
        A(path="", title="Năm việc HTX cần làm trước khi đăng ký sản phẩm OCOP",
          body="""
Để chuẩn bị tốt hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2026, các HTX cần lưu ý:
* Hoàn thiện giấy chứng nhận cơ sở đủ điều kiện an toàn thực phẩm;
* Xây dựng câu chuyện sản phẩm gắn với địa phương;
* Thiết kế bao bì, nhãn mác đúng quy định;
* Đăng ký mã số, mã vạch và truy xuất nguồn gốc;
* Chuẩn bị phương án sản xuất, kinh doanh.
Mọi thắc mắc, thành viên có thể hỏi trực tiếp trong chủ đề này.
""", author="Thạch Thị Sa Rinh",
          opts={"topic": 396, "msg": 2770, "poster": 3, "board": 1, "replies": [2, 1]},
          notes=["a five-item list (ul.bbc_list); no byline: posted in person by the moderator 'Thạch Thị Sa Rinh' "
                 "(a person) -> author"],
          **at(datetime(2026, 2, 10, 16, 22, 9))),
        A(path="", title="Thông báo nghỉ Tết Nguyên đán Bính Ngọ 2026 của Văn phòng Liên minh",
          body="""
Văn phòng Liên minh HTX tỉnh Trà Vinh thông báo lịch nghỉ Tết Nguyên đán Bính Ngọ năm 2026.
Cán bộ, người lao động nghỉ từ ngày 14/02/2026 đến hết ngày 22/02/2026.
Trong thời gian nghỉ Tết, HTX cần liên hệ công việc xin gọi số trực 0294.3862.458.
""", author=None,
          opts={"topic": 0, "page": 14, "poster": 2, "cat": 1},
          notes=["TinyPortal article index.php?page=14 with the date and author display switched off (no date on the page): "
                 "its category list index.php?cat=1 shows '09 Tháng Hai 2026' -> published from the listing, midnight; "
                 "no byline: author null"],
          date=datetime(2026, 2, 9, 10, 0), published=iso(datetime(2026, 2, 9), with_time=False),
          published_source="listing", evidence=["listing"]),
        A(path="", title="Ảnh: HTX Thanh long Cầu Kè vào mùa thu hoạch",
          body="""
[img thanh-long-1.png] Thành viên HTX thu hoạch thanh long ruột đỏ
[img thanh-long-2.png] Thanh long được phân loại trước khi đóng thùng
[img thanh-long-3.png] Xe của doanh nghiệp bao tiêu vào tận vườn nhận hàng
""", byline="Ảnh: Lâm Thị Bích", author="Lâm Thị Bích",
          opts={"topic": 388, "msg": 2731, "poster": 2, "board": 1, "replies": [3]},
          notes=["photo story: three img.bbc_img, each with a centred <em> caption (the lines); 'Ảnh: Lâm Thị Bích' -> author"],
          **at(datetime(2026, 1, 28, 7, 45, 30))),
        A(path="", title="HTX Nông nghiệp Long Hiệp đưa lúa hữu cơ vào siêu thị",
          body="""
HTX Nông nghiệp Long Hiệp, huyện Trà Cú, tỉnh Trà Vinh liên kết với Saigon Co.op đưa gạo hữu cơ vào hệ thống siêu thị.
Năm 2025, HTX sản xuất 180 ha lúa theo tiêu chuẩn hữu cơ, giá bán cao hơn lúa thường 15%.
Nguồn: Báo Trà Vinh
""", author=None,
          opts={"topic": 355, "msg": 2519, "poster": 2, "board": 1, "replies": [1]},
          notes=["2025 topic of the old province ('huyện Trà Cú, tỉnh Trà Vinh', before the merger), only on the board's "
                 "page 2 (index.php?board=1.4); 'Nguồn: …' is no author"],
          **at(datetime(2025, 6, 18, 15, 40, 0))),
        A(path="", title="Giám đốc HTX chia sẻ kinh nghiệm bán hàng qua sàn thương mại điện tử",
          body="""
Tại buổi giao lưu ngày 20/1, ông Kim Văn Tuấn, Giám đốc HTX Dịch vụ nông nghiệp Hòa Lợi, chia sẻ kinh nghiệm đưa sản phẩm lên sàn.
Theo ông Tuấn, HTX bắt đầu với 3 sản phẩm chủ lực và một nhân viên chuyên trả lời khách hàng.
Sau một năm, doanh thu bán hàng trực tuyến chiếm 30% tổng doanh thu của HTX.
""", byline="Lâm Hoàng Phúc", author="Lâm Hoàng Phúc",
          opts={"topic": 380, "msg": 2690, "poster": 2, "board": 1, "replies": [2]},
          notes=["'Lâm Hoàng Phúc' closes the first post (a member's name: author); the reply under it is a comment"],
          **at(datetime(2026, 1, 21, 11, 2, 51))),
    ]


def bbc(a: RichArticle) -> str:
    """The first post's BBCode output: lines separated by <br>, no paragraphs."""
    out: list[str] = []
    if a.lead:
        out.append(inline_html(a.lead) + "<br><br>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(inline_html(b.text) + "<br>")
        elif b.kind == "h":
            out.append(f"<strong>{inline_html(b.text)}</strong><br>")
        elif b.kind == "ul":
            out.append('<ul class="bbc_list">' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<img src="/uploads/2026/{b.src}" alt="" class="bbc_img" loading="lazy"><br>'
                       f'<div class="centertext"><em>{esc(b.text)}</em></div>')
        elif b.kind == "table":
            out.append('<table class="bbc_table">' + "".join(
                "<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in b.rows) + "</table>")
    if a.byline:
        out.append(f'<br><div class="righttext"><strong>{esc(a.byline)}</strong></div>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tra-vinh", FORUM, "generic", None, start_urls=["{{base:%s}}/index.php" % SITE])
    news = articles()
    site.extra_boilerplate += CHROME
    boards = {1: "Tin tức - Sự kiện", 2: "Văn bản - Thông báo", 3: "Hỏi đáp HTX"}

    def user(uid: int) -> tuple:
        return OFFICE if uid == 2 else (uid, *MEMBERS[uid])

    def layout(title: str, content: str, crumbs: list[tuple[str, str]], canonical: str = "", desc: str = "") -> str:
        tree = "".join(f'<li><a href="{h}"><span>{esc(t)}</span></a></li>' for t, h in [(FORUM, "/index.php"), *crumbs])
        head = (f'<link rel="canonical" href="{{{{base}}}}{attr(canonical)}">' if canonical else "")
        return f"""<!DOCTYPE html>
<html lang="vi-VN"><head><meta charset="UTF-8"><link rel="stylesheet" href="/Themes/default/css/index.css?smf214_1699999999">
<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="description" content="{attr(desc or title)}">
<meta property="og:site_name" content="{FORUM}"><meta property="og:title" content="{attr(title)}">
<title>{esc(title)}</title>{head}<script src="/Themes/default/scripts/script.js?smf214_1699999999"></script></head>
<body id="chrome" class="action_messageindex"><div id="footerfix"><div id="top_section"><div class="inner_wrap">
<ul class="floatleft" id="top_info"><li class="welcome">Xin chào <strong>Khách</strong>. Vui lòng <a href="/index.php?action=login">đăng nhập</a> hoặc <a href="/index.php?action=signup">đăng ký</a>.</li>
<li class="welcome">Xin chào Khách. Vui lòng đăng nhập hoặc đăng ký.</li><li><a href="/index.php?action=activate">Bạn đã bỏ lỡ email kích hoạt?</a></li></ul>
<form id="search_form" class="floatright" action="/index.php?action=search2" method="post"><input type="search" name="search" value="">
<button type="submit" class="button">Tìm kiếm</button></form></div></div>
<div id="header"><h1 class="forumtitle"><a id="top" href="/index.php"><img src="/Themes/default/images/logo-htx.png" alt="{FORUM}"></a></h1>
<div id="siteslogan">Chào mừng các HTX, tổ hợp tác tham gia diễn đàn!</div></div>
<div id="wrapper"><div id="upper_section"><div id="inner_section"><div id="inner_wrap"><div class="user"><time datetime="2026-03-14T09:10:00Z">14 Tháng Ba 2026, 16:10:00</time></div>
<div class="news"><h2>Tin tức: </h2><p>Liên minh HTX tỉnh tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đến hết tháng 3/2026.</p></div></div>
<a class="mobile_user_menu"><span class="menu_icon"></span><span class="text_menu">Menu chính</span></a>
<div id="main_menu"><ul class="dropmenu menu_nav"><li class="button_home"><a class="active" href="/index.php"><span class="textmenu">Trang chủ</span></a></li>
<li class="button_tpforum"><a href="/index.php?action=forum"><span class="textmenu">Diễn đàn</span></a></li>
<li class="button_search"><a href="/index.php?action=search"><span class="textmenu">Tìm kiếm</span></a></li>
<li class="button_login"><a href="/index.php?action=login"><span class="textmenu">Đăng nhập</span></a></li>
<li class="button_signup"><a href="/index.php?action=signup"><span class="textmenu">Đăng ký</span></a></li></ul></div>
<div class="navigate_section"><ul>{tree}</ul></div></div></div>
<div id="content_section"><div id="main_content_section"><div id="tpleftbarContainer"><div class="tp_leftblock">
<div class="cat_bar"><h3 class="catbg">Thời tiết</h3></div><div class="windowbg"><p>Thời tiết Trà Cú - Trà Vinh</p><p>31°C</p><p>Nắng nhẹ, gió Đông Bắc cấp 2</p></div>
<div class="cat_bar"><h3 class="catbg">Thống kê</h3></div><div class="windowbg"><ul><li>Thành viên trực tuyến: 6</li><li>Tổng số bài viết: 8.311</li><li>Lượt truy cập: 1.204.377</li></ul></div>
<div class="cat_bar"><h3 class="catbg">Thăm dò</h3></div><div class="windowbg"><p><strong>Theo bạn, HTX cần hỗ trợ gì nhất trong năm 2026?</strong></p>
<ul><li>Vốn vay ưu đãi</li><li>Tiêu thụ sản phẩm</li><li>Đào tạo cán bộ quản lý</li></ul></div></div></div>
<div id="tpcenterContainer">{content}</div></div></div></div></div>
<div id="footer"><div class="inner_wrap"><ul><li class="floatright"><a href="/index.php?action=help">Trợ giúp</a> | <a href="/index.php?action=agreement">Điều khoản và Quy định</a></li>
<li class="copyright"><a href="{{{{base:offsite}}}}/smf/" title="Simple Machines Forum" target="_blank" rel="noopener">SMF 2.1.4 © 2023</a>, <a href="{{{{base:offsite}}}}/smf/" title="Simple Machines" target="_blank" rel="noopener">Simple Machines</a><br>SMF 2.1.4 © 2023, Simple Machines | <a href="{{{{base:offsite}}}}/tinyportal/">TinyPortal 3.0.1 © 2005-2023</a></li></ul>
<p>Trang được tạo trong 0.094 giây với 27 truy vấn.</p></div></div></div></body></html>"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def poster(uid: int) -> str:
        _, name, group, count = user(uid)
        return (f'<div class="poster"><h4><a href="/index.php?action=profile;u={uid}" title="Xem hồ sơ của {attr(name)}">{esc(name)}</a></h4>'
                f'<ul class="user_info"><li class="membergroup">{esc(group)}</li><li class="postcount">Bài viết: {count}</li>'
                f'<li class="avatar"><img class="avatar" src="/Themes/default/images/default_avatar.png" alt=""></li></ul></div>')

    def post(tid: int, mid: int, uid: int, subject: str, when: datetime, body: str, n: int, sig: bool) -> str:
        counter = f'<span class="page_number floatright">#{n}</span>' if n else ""
        reply = f'<strong>Trả lời #{n} vào lúc:</strong>' if n else "<strong>vào lúc:</strong>"
        return (f'<div class="windowbg" id="msg{mid}"><div class="post_wrapper">{poster(uid)}<div class="postarea"><div class="keyinfo">'
                f'<div id="subject_{mid}" class="subject_title subject_hidden"><a href="/index.php?topic={tid}.msg{mid}#msg{mid}" rel="nofollow">{esc(subject)}</a></div>'
                f'{counter}<div class="postinfo"><a href="/index.php?topic={tid}.msg{mid}#msg{mid}" class="smalltext">« {reply} {sdate(when)} »</a></div></div>'
                f'<div class="post"><div class="inner" data-msgid="{mid}" id="msg_{mid}">{body}</div></div>'
                '<div class="under_message"><ul class="floatleft"><li class="smflikebutton"><a href="/index.php?action=login">Thích</a></li></ul>'
                '<ul class="quickbuttons"><li><a href="/index.php?action=login">Trích dẫn</a></li></ul></div>'
                + (f'<div class="moderatorbar"><div class="signature" id="msg_{mid}_signature">{SIGNATURE}</div></div>' if sig else "")
                + "</div></div></div>")

    topics = [a for a in news if a.opts["topic"]]
    for a in news:
        a.path = f"/index.php?topic={a.opts['topic']}.0" if a.opts["topic"] else f"/index.php?page={a.opts['page']}"
    for i, a in enumerate(topics):
        o = a.opts
        tid, mid = o["topic"], o["msg"]
        body = bbc(a)
        if o.get("attach"):
            name = a.attachments[0]["text"]
            body += (f'<div id="msg_{mid}_footer" class="attachments"><div class="attached"><div class="attachments_bot">'
                     f'<a href="/index.php?action=dlattach;attach={o["attach"]}"><img src="/Themes/default/images/icons/clip.png" class="centericon" alt="*">&nbsp;{esc(name)}</a>'
                     f'<br>215.4 KB<br>đã tải 38 lần.</div></div></div>')
            data = pdf(a.title, ["KE HOACH SO 12/KH-LMHTX", "Tap huan ke toan HTX 2026"])
            site.files[f"_routes/dlattach-{o['attach']}.pdf"] = data
            site.routes.append({"path": f"/index.php?action=dlattach;attach={o['attach']}",
                                "file": f"_routes/dlattach-{o['attach']}.pdf", "content_type": "application/pdf"})
        posts = [post(tid, mid, o["poster"], a.title, a.date, body, 0, o["poster"] == 2)]
        for k, r in enumerate(o["replies"], 1):
            uid, txt = REPLIES[r]
            quote = ""
            if k == 2 or r == 3:
                quote = (f'<blockquote class="bbc_standard_quote"><cite><a href="/index.php?topic={tid}.msg{mid}#msg{mid}">'
                         f'Trích dẫn từ: {esc(user(o["poster"])[1])} vào lúc {sdate(a.date)}</a></cite>{esc(a.title)}</blockquote>')
            posts.append(post(tid, mid + k, uid, f"Re: {a.title}", a.date.replace(minute=(a.date.minute + 7 * k) % 60,
                                                                                    hour=min(a.date.hour + k, 22)),
                              quote + esc(txt), k, False))
        views = 120 + 37 * i
        others = [t for t in topics if t is not a][:2]
        content = (f'<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">{esc(a.title)}</span></h2>'
                   f'<p>Chủ đề: {esc(a.title)} &nbsp;(Đã xem {views} lần)</p></div>'
                   f'<div class="pagesection"><div class="pagelinks floatleft"><span class="pages">Trang</span><span class="current_page">1</span></div>'
                   f'<div class="buttonlist floatright"><a class="button" href="/index.php?action=printpage;topic={tid}.0" rel="nofollow">In</a></div></div>'
                   f'<div id="forumposts"><form action="/index.php?action=quickmod2;topic={tid}.0" method="post" id="quickModForm">{"".join(posts)}</form></div>'
                   f'<div class="navigate_section"><a href="{others[0].path}">« Chủ đề trước</a> <a href="{others[1].path}">Chủ đề tiếp »</a></div>')
        crumbs = [(boards[o["board"]], f"/index.php?board={o['board']}.0"), (a.title, a.path)]
        page(a.path, layout(a.title, content, crumbs, a.path, a.summary()))
        msg = f"/index.php?topic={tid}.msg{mid}"
        sess = f"/index.php?PHPSESSID=k2f7c9q1r5m8t0v3;topic={tid}.0"
        site.same_page(msg, a.path)
        site.same_page(sess, a.path)
        a.aliases += [msg + f"#msg{mid}", sess]
        if o.get("legacy"):
            old = f"/index.php/topic,{tid}.0.html"
            page(old, layout(a.title, content, crumbs, a.path, a.summary()))
            a.aliases.append(old)
        pp = f"/index.php?action=printpage;topic={tid}.0"
        lines = "".join(f'<div class="postheader">Tiêu đề: {esc(a.title if n == 0 else "Re: " + a.title)}<br>Gửi bởi: '
                        f'{esc(user(uid)[1])} vào lúc {sdate(a.date)}</div><div class="postbody">{body if n == 0 else esc(REPLIES[r][1])}</div>'
                        for n, (uid, r) in enumerate([(o["poster"], 0)] + [(REPLIES[r][0], r) for r in o["replies"]]))
        page(pp, f'<!DOCTYPE html><html lang="vi-VN"><head><meta charset="UTF-8"><meta name="robots" content="noindex">'
                 f'<title>{esc(a.title)}</title></head><body><h1 id="title">{FORUM}</h1><h2 id="linktree">{esc(boards[o["board"]])} '
                 f'=&gt; {esc(a.title)}</h2><div id="posts">{lines}</div><div id="footer" class="smalltext">'
                 f'SMF 2.1.4 © 2023, Simple Machines</div></body></html>')
        a.aliases.append(pp)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/2026/{b.src}", image_for(b.src))
        site.add_article(a)

    # TinyPortal article (no date shown)
    tp = next(a for a in news if not a.opts["topic"])
    tp_html = "".join(f"<p>{inline_html(b.text)}</p>" for b in tp.blocks)
    content = (f'<div class="tparticle"><div class="cat_bar"><h3 class="catbg"><span class="tp_title">{esc(tp.title)}</span></h3></div>'
               f'<div class="windowbg"><div class="article_bodytext">{tp_html}</div>'
               f'<div class="article_rating"><span>Lượt truy cập: 512</span></div></div></div>')
    page(tp.path, layout(tp.title, content, [("Thông báo", "/index.php?cat=1"), (tp.title, tp.path)], tp.path))
    site.add_article(tp)

    # boards: 4 topics a page, sorted by the last post (the date shown)
    def topic_row(a: RichArticle) -> str:
        o = a.opts
        last = a.date.replace(day=min(a.date.day + 1, 28)) if o["replies"] else a.date
        who = user(REPLIES[o["replies"][-1]][0] if o["replies"] else o["poster"])[1]
        return (f'<div class="windowbg"><div class="info"><div class="message_index_title"><span id="msg_{o["msg"]}">'
                f'<a href="{a.path}">{esc(a.title)}</a></span></div><p class="floatleft">Bắt đầu bởi <a href="/index.php?action=profile;u={o["poster"]}">'
                f'{esc(user(o["poster"])[1])}</a></p></div><div class="board_stats centertext"><p>{len(o["replies"])} Trả lời<br>156 Lượt xem</p></div>'
                f'<div class="lastpost"><p><a href="/index.php?topic={o["topic"]}.msg{o["msg"] + len(o["replies"])}#new" title="Bài viết mới nhất">'
                f'Bài viết mới nhất</a> bởi {esc(who)}<br>{sdate(last)}</p></div></div>')

    member_topics = [(431, 7, "Hỏi thủ tục chuyển đổi tổ hợp tác thành HTX", "Tổ hợp tác chúng tôi có 9 thành viên, muốn chuyển thành HTX thì cần những thủ tục gì?"),
                     (428, 11, "Cần tìm đầu ra cho dừa sáp Cầu Kè", "HTX có khoảng 20 tấn dừa sáp mỗi tháng, mong kết nối với doanh nghiệp thu mua.")]
    for b in (1, 2):
        ts = sorted([a for a in topics if a.opts["board"] == b], key=lambda a: a.date, reverse=True)
        chunks = [ts[i:i + 4] for i in range(0, len(ts), 4)]
        for n, chunk in enumerate(chunks):
            path = f"/index.php?board={b}.{n * 4}"
            pages_ = " ".join(f'<a class="nav_page" href="/index.php?board={b}.{k * 4}">{k + 1}</a>' for k in range(len(chunks)))
            content = (f'<div id="display_head"><h2>{esc(boards[b])}</h2></div><div class="pagesection"><div class="pagelinks">'
                       f'<span class="pages">Trang</span> {pages_}</div></div><div id="messageindex"><div id="topic_container">'
                       + "".join(topic_row(a) for a in chunk) + "</div></div>")
            page(path, layout(boards[b], content, [(boards[b], f"/index.php?board={b}.0")]))
            site.non_articles.append(path)
    qa_rows = ""
    for tid, uid, title, text in member_topics:
        path = f"/index.php?topic={tid}.0"
        content = (f'<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">{esc(title)}</span></h2>'
                   f'<p>Chủ đề: {esc(title)} &nbsp;(Đã xem 48 lần)</p></div><div id="forumposts">'
                   + post(tid, tid * 7, uid, title, datetime(2026, 3, 3, 20, 11, 5), esc(text), 0, False)
                   + post(tid, tid * 7 + 1, 3, "Re: " + title, datetime(2026, 3, 4, 8, 2, 40),
                          "Bạn liên hệ Ban Tư vấn của Liên minh HTX tỉnh để được hướng dẫn cụ thể nhé.", 1, False) + "</div>")
        page(path, layout(title, content, [(boards[3], "/index.php?board=3.0"), (title, path)], path))
        site.non_articles.append(path)
        qa_rows += (f'<div class="windowbg"><div class="info"><a href="{path}">{esc(title)}</a><p>Bắt đầu bởi {esc(user(uid)[1])}</p></div>'
                    f'<div class="lastpost"><p>{sdate(datetime(2026, 3, 4, 8, 2, 40))}</p></div></div>')
    page("/index.php?board=3.0", layout(boards[3], f'<h2>{boards[3]}</h2><div id="topic_container">{qa_rows}</div>',
                                        [(boards[3], "/index.php?board=3.0")]))
    site.non_articles.append("/index.php?board=3.0")

    # board index (forum) and the TinyPortal front page (start URL)
    cats = "".join(f'<div class="up_contain"><div class="info"><a class="subject" href="/index.php?board={b}.0">{esc(n)}</a></div></div>'
                   for b, n in boards.items())
    page("/index.php?action=forum", layout("Diễn đàn", f'<div id="boardindex_table"><div class="main_container">{cats}</div></div>'
                                          '<div id="info_center"><h3>Thông tin diễn đàn</h3><p>8.311 bài viết trong 956 chủ đề bởi 1.204 thành viên.</p></div>', []))
    front = "".join(f'<div class="tparticle"><h3 class="catbg"><a href="{a.path}">{esc(a.title)}</a></h3><div class="windowbg">'
                    f'<p>{esc(a.summary())}</p><a href="{a.path}">Xem tiếp...</a></div></div>' for a in topics[:4])
    front += (f'<div class="tp_block"><h3 class="catbg">Liên kết</h3><ul><li><a href="/index.php/topic,{topics[0].opts["topic"]}.0.html">'
              f'{esc(topics[0].title)}</a></li><li><a href="/index.php?PHPSESSID=k2f7c9q1r5m8t0v3;topic={topics[1].opts["topic"]}.0">'
              f'{esc(topics[1].title)}</a></li><li><a href="/index.php?cat=1">Thông báo</a></li><li><a href="/index.php?action=tportal;sa=download">Tải về</a></li>'
              f'<li><a href="/index.php?action=recent">Bài viết mới</a></li><li><a href="/index.php?topic={topics[2].opts["topic"]}.msg{topics[2].opts["msg"]}#msg{topics[2].opts["msg"]}">'
              f'Bài mới: {esc(topics[2].title)}</a></li></ul></div>')
    page("/index.php", layout(FORUM, front, []))
    site.redirect("/", "/index.php", 301)
    site.non_articles += ["/index.php", "/index.php?action=forum"]
    page("/index.php?cat=1", layout("Thông báo", f'<div class="tp_catlist"><h2>Thông báo</h2><div class="windowbg"><h3><a href="{tp.path}">{esc(tp.title)}</a></h3>'
                                    f'<p class="tp_date">{tp.date.day:02d} {MONTHS[tp.date.month - 1]} {tp.date.year}</p><p>{esc(tp.summary())}</p></div></div>',
                                    [("Thông báo", "/index.php?cat=1")]))
    recent = "".join(f'<div class="windowbg"><div class="counter">{i + 1}</div><h5><a href="{a.path}">{esc(a.title)}</a></h5>'
                     f'<span class="smalltext">« vào lúc: {sdate(a.date)} »</span><div class="list_posts">{esc(a.summary())}</div></div>'
                     for i, a in enumerate(topics[:5]))
    page("/index.php?action=recent", layout("Bài viết mới", f'<h2>Bài viết mới</h2><div id="recent">{recent}</div>', []))
    page("/index.php?action=search", layout("Tìm kiếm", '<form action="/index.php?action=search2" method="post"><fieldset id="simple_search">'
                                            '<input type="search" name="search"><button class="button">Tìm kiếm</button></fieldset></form>', []))
    page("/index.php?action=tportal;sa=download", layout("Tải về", '<h2>Tải về</h2><ul><li>Mẫu hồ sơ đăng ký HTX (doc)</li>'
                                                         '<li>Điều lệ mẫu HTX (doc)</li></ul>', []))
    site.non_articles += ["/index.php?cat=1", "/index.php?action=recent", "/index.php?action=search",
                          "/index.php?action=tportal;sa=download"]
    for uid in [2, *MEMBERS]:
        path = f"/index.php?action=profile;u={uid}"
        name = user(uid)[1]
        page(path, layout(f"Hồ sơ của {name}", f'<div id="basicinfo"><h4>{esc(name)}</h4><p>Bài viết: {user(uid)[3]}</p>'
                                                  '<p>Ngày đăng ký: 05 Tháng Năm 2019</p></div>', []))
        site.non_articles.append(path)
    for path in ["/index.php?action=help", "/index.php?action=agreement", "/index.php?action=activate"]:
        page(path, layout("Trợ giúp", "<h2>Trợ giúp</h2><p>Hướng dẫn sử dụng diễn đàn.</p>", []))
        site.non_articles.append(path)
    for path in ["/index.php?action=login", "/index.php?action=signup", "/index.php?action=search2"]:
        page(path, layout("Đăng nhập", "<h2>Đăng nhập</h2><form><input name='user'></form>", []))
        site.never_fetched.append(path)
    for path in ["/index.php?action=quickmod2;topic=%d.0" % a.opts["topic"] for a in topics] + \
            ["/index.php?action=quickmod2;topic=431.0", "/index.php?action=quickmod2;topic=428.0"]:
        page(path, layout("Lỗi", "<p>Bạn không được phép.</p>", []))
        site.never_fetched.append(path)
    site.binary("/Themes/default/images/default_avatar.png", image_for("avatar"))
    site.binary("/Themes/default/images/logo-htx.png", image_for("logo"))
    site.binary("/Themes/default/images/icons/clip.png", image_for("clip"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /index.php?action=login\nDisallow: /index.php?action=signup\n"
                "Disallow: /index.php?action=search2\nDisallow: /index.php?action=quickmod2\n")
    site.trap("board lists index.php?board=1.0, board=1.4 (4 a page) show each topic's LAST post ('Bài viết mới nhất bởi "
              "… 13 Tháng Ba 2026, 09:37:15'), not its start; the front page (TinyPortal), board index, recent posts, "
              "TinyPortal category and download pages, member topics in 'Hỏi đáp HTX' and profiles: no articles", "/index.php?board=1.4")
    site.trap("every topic answers at index.php?topic=<id>.msg<m>#msg<m>, with PHPSESSID=… (cookie-less session), at "
              "index.php?action=printpage;topic=<id>.0 ('In') and one at the queryless /index.php/topic,<id>.0.html: "
              "aliases; robots.txt disallows the login, sign-up, search posts and quick moderation: never fetched", topics[0].path)
    return site
