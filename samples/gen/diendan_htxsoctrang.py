"""Site `diendan-htxsoctrang` (registry family `generic`): "Diễn đàn HTX Sóc Trăng", the forum the Sóc Trăng cooperative
alliance has run since 2006 on **Snitz Forums 2000 3.4.07** (classic ASP on IIS with an Access database, the stock
look with its `bgcolor` table cells and `<font>` tags, the interface left in English, the forum names in Vietnamese;
admin settings: date format dd/mm/yyyy, 24-hour time, "Time Adjustment" +7 hours so the printed times are Vietnam
time, 6 items a page, HTML allowed in posts, extended profiles on, "Jump to Last Post" on; the copy is of 18 October
2024, 09:40; since 1 July 2025 the province is part of Cần Thơ). The alliance posts its news as topics of the forum
"Tin tức - Thông báo" (`FORUM_ID=4`). Written as a held-out test: no family module, no selectors.

URL shapes (relative links): the index `/` = `default.asp`, a category `default.asp?CAT_ID=1`, a forum
`forum.asp?FORUM_ID=4`, a topic `topic.asp?TOPIC_ID=123` (no canonical: Snitz prints none), the "Jump to Last Post"
links `topic.asp?TOPIC_ID=123&whichpage=1#456` (the same page: an alias), the printer view
`pop_printer_friendly.asp?TOPIC_ID=123` (opened by a `JavaScript:openWindow5(…)` link: the topic and its replies, an
alias), profiles `pop_profile.asp?mode=display&id=N`, `members.asp`, `active.asp`, `search.asp`, `faq.asp`,
`policy.asp` (the "Register" link), `post.asp?method=Reply&TOPIC_ID=…` (guests get the login form); files the staff
upload by FTP under `/uploads/…` and link with an absolute URL. Snitz ships no robots.txt, site map nor feed.

Why it is hard: the page has no heading element at all: the topic's subject is the last line of the folder tree at
the top ("All Forums / Liên minh HTX tỉnh / Tin tức - Thông báo / <subject>") and the `<title>` ("Diễn đàn HTX Sóc
Trăng - <subject>"). The first row of the big table (`bgcolor="#F7F7F7"`) is the news: the left cell the poster (name,
title, stars, "Sóc Trăng", "412 Posts"), the right cell "Posted - 07/10/2024 : 08:35:12" (day first, by the admin's
setting; the 01/10 post would read 10 January to a month-first reader), an `<hr>`, then the message in
`span.spnMessageText#msg`: Snitz's forum code output, one blob with `<br />` runs between paragraphs, `[b]` headings
as `<b>`, `[list=1]` as `<ol type="1">`, `[img]` + `[i]` caption lines, a `[right][b]` byline, HTML tables typed by
staff (the first row `bgcolor` and bold). Below the message: the signature after an `<hr>`, "Edited by - vanphong on
08/10/2024 10:12:40" (no text, no date), the replies in the next rows (one quoting the notice: "quote: Originally posted
by vanphong"). The author is the poster when a person (Snitz member names may be real names), never "admin" nor the
office's "vanphong"; a closing byline overrides. The forum list sorts by last post, sticky topics first under
"Important Topics"; its page 2 is reached only through Snitz's paging FORM (`<select name="whichpage">` with hidden
`FORUM_ID`, `sortfield`, `sortorder`: GET `forum.asp?FORUM_ID=4&sortfield=lastpost&sortorder=desc&whichpage=2`), the
only way to the oldest news.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "diendan-htxsoctrang"
BOARD = "Diễn đàn HTX Sóc Trăng"
NOW = datetime(2024, 10, 18, 9, 40, 0)
PER = 6
HTML = "text/html; charset=utf-8"
FONT = "Verdana, Arial, Helvetica"
COPY = "© 2006-2024 Liên minh Hợp tác xã tỉnh Sóc Trăng"
ADDR = "Liên minh HTX tỉnh Sóc Trăng - 4 Hùng Vương, Phường 6, TP Sóc Trăng - ĐT: 0299.3821.446"
FORUMS = {4: ("Tin tức - Thông báo", "Tin hoạt động, thông báo của Liên minh HTX tỉnh Sóc Trăng", 1),
          5: ("Hỏi đáp chính sách", "Hỏi đáp về chính sách, pháp luật hợp tác xã", 1),
          6: ("Sản phẩm OCOP Sóc Trăng", "Các HTX giới thiệu sản phẩm", 2)}
CATS = {1: "Liên minh HTX tỉnh", 2: "Giao lưu HTX"}
# id: (name, title, stars, country, posts, since, signature)
USERS = {
    1: ("admin", "Forum Admin", 5, "Sóc Trăng", 645, datetime(2006, 4, 12), "Ban quản trị Diễn đàn HTX Sóc Trăng"),
    3: ("vanphong", "Moderator", 4, "Sóc Trăng", 412, datetime(2008, 9, 3), ADDR),
    7: ("Lý Thị Ngọc Hân", "Moderator", 3, "TP Sóc Trăng", 137, datetime(2016, 3, 21), "Phòng Tuyên truyền - Liên minh HTX tỉnh"),
    8: ("Trương Minh Khoa", "Moderator", 3, "Mỹ Xuyên", 98, datetime(2017, 11, 6), None),
    12: ("htxhoatu", "Junior Member", 1, "Mỹ Xuyên", 21, datetime(2021, 5, 14), "HTX Nông nghiệp Hòa Tú - lúa ST25 hữu cơ"),
    15: ("nguyenvana", "New Member", 0, "Kế Sách", 4, datetime(2024, 9, 2), None),
}
FURN = [COPY, ADDR, "Snitz Forums 2000", "All Forums", "Active Topics", "Members", "Search", "FAQ", "Register",
        "Save Password", "Forgot your Password?", "Posted", "Edited by", "Select Forum", "Reply to Topic",
        "Printer Friendly", "This page was generated in", "Posts", "Forum Admin", "Moderator",
        "Originally posted by"] + [u[6] for u in USERS.values() if u[6]]


def chk(d: datetime) -> str:
    """Snitz's ChkDate(date, "&nbsp;:&nbsp;", true) with the admin's dmy / 24-hour settings (nbsp kept)."""
    return f"{d:%d/%m/%Y}\u00a0:\u00a0{d:%H:%M:%S}"


@dataclass
class SnitzArticle(RichArticle):
    replies: list = field(default_factory=list)  # (uid, when, text, quote)


def articles() -> list[SnitzArticle]:
    A = SnitzArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc đăng ký gian hàng tại Hội chợ Lễ hội Oóc Om Bóc 2024",
          body="""
LIÊN MINH HTX TỈNH SÓC TRĂNG
Số: 12/TB-LMHTX
Sóc Trăng, ngày 03 tháng 10 năm 2024
THÔNG BÁO
Về việc đăng ký gian hàng tại Hội chợ Lễ hội Oóc Om Bóc 2024
Nhân dịp Lễ hội Oóc Om Bóc - Đua ghe Ngo năm 2024, Liên minh HTX tỉnh tổ chức khu gian hàng sản phẩm HTX từ ngày 12/11 đến ngày 16/11/2024 tại TP Sóc Trăng.
Liên minh HTX tỉnh hỗ trợ 15 gian hàng miễn phí cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 25/10/2024.
CHỦ TỊCH
Trần Văn Khởi
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/uploads/2024/TB-12-LMHTX-2024.pdf", "text": "TB-12-LMHTX-2024.pdf"}],
          opts={"by": 3, "views": 286, "edited": (3, datetime(2024, 10, 8, 10, 12, 40))},
          replies=[(12, datetime(2024, 10, 8, 14, 20, 5), "HTX Hòa Tú đăng ký 1 gian hàng gạo ST25, nhờ Văn phòng xác "
                    "nhận giúp.", True),
                   (3, datetime(2024, 10, 9, 7, 55, 31), "Văn phòng đã nhận phiếu của HTX, sẽ gọi điện xác nhận trong tuần.",
                    False)],
          notes=["notice 'Số: 12/TB-LMHTX' dated 03/10 in its text, posted 'Posted - 07/10/2024 : 08:35:12'; poster = the "
                 "office's account 'vanphong': no author; the signer is text; the PDF link (an absolute URL to "
                 "/uploads/…, its own line) is an attachment, not text; 'Edited by - vanphong on 08/10/2024 10:12:40', "
                 "the signature (the office's address) and two replies (one quoting it: 'quote: Originally posted by "
                 "vanphong') are not text"],
          **at(datetime(2024, 10, 7, 8, 35, 12))),
        A(path="", title="Ảnh: HTX Nông nghiệp Hòa Tú thu hoạch lúa ST25 vụ Hè Thu",
          body="""
Những ngày giữa tháng 10, các thành viên HTX Nông nghiệp Hòa Tú (huyện Mỹ Xuyên) thu hoạch 260 ha lúa ST25 vụ Hè Thu.
[img hoatu-1.jpg] Máy gặt đập liên hợp thu hoạch lúa ST25 trên cánh đồng của HTX
[img hoatu-2.jpg] Thành viên HTX kiểm tra độ ẩm hạt lúa trước khi nhập kho
[img hoatu-3.jpg] Lúa ST25 được doanh nghiệp liên kết thu mua tại ruộng
Năng suất bình quân đạt 6,2 tấn/ha, giá bán cao hơn lúa thường từ 1.500 đến 2.000 đồng/kg.
""", byline="Bài, ảnh: Kim Hoàng Sơn", author="Kim Hoàng Sơn",
          opts={"by": 7, "views": 174},
          notes=["photo story: each [img] an <img border=0> then <br /> and an <i> caption line (one line each), the "
                 "paragraphs only <br /><br /> runs; poster Lý Thị Ngọc Hân (a staff member) but '[right][b]Bài, ảnh: Kim "
                 "Hoàng Sơn' closes it -> author Kim Hoàng Sơn"],
          **at(datetime(2024, 10, 15, 16, 2, 37))),
        A(path="", title="Kết quả hoạt động của HTX tỉnh Sóc Trăng 9 tháng năm 2024",
          body="""
Chín tháng năm 2024, toàn tỉnh có 312 HTX đang hoạt động, doanh thu bình quân tăng 7,4% so với cùng kỳ.
| Lĩnh vực | Số HTX | Doanh thu bình quân (triệu đồng) | So cùng kỳ (%) |
| Trồng trọt | 186 | 2.340 | 108,1 |
| Thủy sản | 52 | 3.120 | 106,5 |
| Chăn nuôi | 19 | 1.480 | 103,2 |
| Thương mại - Dịch vụ | 55 | 2.760 | 109,4 |
Số liệu do Liên minh HTX tỉnh tổng hợp từ báo cáo của các huyện, thị xã và thành phố.
""", author="Trương Minh Khoa",
          opts={"by": 8, "views": 131},
          replies=[(15, NOW - timedelta(hours=1, minutes=27, seconds=20), "Cho hỏi số liệu thủy sản có tính các HTX nuôi "
                    "tôm ở Vĩnh Châu không ạ?", False)],
          notes=["an HTML table typed by the staff (HTML allowed: <table border=1>, the first row bgcolor='#DDDDDD' with <b> "
                 "cells, no <th>): one line per row; poster Trương Minh Khoa (a staff member), no byline: he is the author; "
                 "a reply of today ('18/10/2024 : 08:12:40') puts this September topic at the top of the forum list"],
          **at(datetime(2024, 9, 27, 14, 10, 8))),
        A(path="", title="Hướng dẫn HTX đăng ký đánh giá, phân hạng sản phẩm OCOP năm 2024",
          body="""
Các HTX có sản phẩm đủ điều kiện có thể đăng ký đánh giá, phân hạng sản phẩm OCOP đợt 2 năm 2024.
## Hồ sơ đăng ký gồm
+ Phiếu đăng ký sản phẩm OCOP theo mẫu;
+ Phương án sản xuất, kinh doanh sản phẩm;
+ Giấy chứng nhận an toàn thực phẩm (với sản phẩm thực phẩm);
+ Kết quả kiểm nghiệm chất lượng sản phẩm.
HTX nộp hồ sơ tại Ủy ban nhân dân cấp huyện trước ngày 31/10/2024.
""", byline="Nguyễn Thanh Hùng - Phòng Tư vấn hỗ trợ, Liên minh HTX tỉnh", author="Nguyễn Thanh Hùng",
          opts={"by": 1, "views": 152},
          notes=["a [b] heading line (<b> between <br />s, no heading element) and a [list=1] (<ol type='1'>); poster "
                 "'admin' but 'Nguyễn Thanh Hùng - Phòng Tư vấn hỗ trợ, Liên minh HTX tỉnh' closes the text -> Nguyễn "
                 "Thanh Hùng"],
          **at(datetime(2024, 9, 20, 9, 15, 50))),
        A(path="", title="HTX Thủy sản Vĩnh Hải phát triển mô hình nuôi tôm - rừng",
          body="""
HTX Thủy sản Vĩnh Hải (thị xã Vĩnh Châu) hiện có 48 thành viên nuôi tôm dưới tán rừng ngập mặn trên diện tích 120 ha.
Mô hình không dùng thức ăn công nghiệp, tôm đạt chứng nhận nuôi sinh thái và được doanh nghiệp bao tiêu.
Lợi nhuận bình quân của thành viên đạt khoảng 80 triệu đồng/ha mỗi năm.
""", byline="Theo Báo Sóc Trăng", author=None,
          opts={"by": 3, "views": 209},
          notes=["a reprint: 'Theo Báo Sóc Trăng' closes the text; posted by the office's account: no author"],
          **at(datetime(2024, 9, 12, 10, 40, 3))),
        A(path="", title="Liên minh HTX tỉnh làm việc với các HTX huyện Trần Đề",
          body="""
Chiều 30/9, đoàn công tác Liên minh HTX tỉnh đã làm việc với đại diện 14 HTX nông nghiệp, thủy sản huyện Trần Đề.
Các HTX kiến nghị hỗ trợ vốn đầu tư kho lạnh, máy sấy và kết nối tiêu thụ nông sản.
Liên minh HTX tỉnh sẽ tổng hợp kiến nghị, báo cáo Ủy ban nhân dân tỉnh trong tháng 10.
""", author=None,
          opts={"by": 1, "views": 118},
          notes=["posted at 00:21 on 1 October about the afternoon before ('Chiều 30/9' is the event): 'Posted - "
                 "01/10/2024 : 00:21:47' (day first by the admin's setting: not 10 January; Vietnam time by the 'Time "
                 "Adjustment', 30 September 17:21 in UTC); published 2024-10-01 00:21:47; poster 'admin', no byline: "
                 "author null"],
          **at(datetime(2024, 10, 1, 0, 21, 47))),
        A(path="", title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho cán bộ HTX",
          body="""
Trong hai ngày 15 và 16/10, Liên minh HTX tỉnh tổ chức lớp tập huấn chuyển đổi số cho 45 cán bộ quản lý HTX.
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử và bán hàng trên sàn thương mại điện tử.
Liên minh HTX tỉnh sẽ hỗ trợ 10 HTX xây dựng trang thông tin giới thiệu sản phẩm trong quý IV.
""", author="Lý Thị Ngọc Hân",
          opts={"by": 7, "views": 64},
          notes=["poster Lý Thị Ngọc Hân (a staff member whose Snitz member name is her real name), no byline: the author"],
          **at(datetime(2024, 10, 16, 15, 5, 0))),
        A(path="", title="HTX Nông nghiệp Thạnh Quới giữ vững thương hiệu hành tím Vĩnh Châu",
          body="""
HTX Nông nghiệp Thạnh Quới (thị xã Vĩnh Châu) có 65 thành viên trồng hành tím trên diện tích 90 ha.
HTX áp dụng quy trình VietGAP, ký hợp đồng tiêu thụ với các siêu thị ở TP Hồ Chí Minh và Cần Thơ.
Sản phẩm hành tím của HTX đã đạt chứng nhận OCOP 4 sao năm 2023.
""", byline="Tin: Thạch Ngọc Diệp", author="Thạch Ngọc Diệp",
          opts={"by": 8, "views": 233},
          notes=["the oldest news: only on page 2 of forum.asp?FORUM_ID=4, which Snitz reaches only through its paging "
                 "form (select 'whichpage' + hidden FORUM_ID, sortfield, sortorder; GET forum.asp?FORUM_ID=4&sortfield="
                 "lastpost&sortorder=desc&whichpage=2, also answered as forum.asp?FORUM_ID=4&whichpage=2); older than the "
                 "profiles' 'Recent Topics' (30 days) and active.asp; 'Tin: Thạch Ngọc Diệp' -> author"],
          **at(datetime(2024, 8, 5, 8, 0, 26))),
    ]


@dataclass
class Topic:
    id: int
    forum: int
    subject: str
    posts: list = field(default_factory=list)  # [(reply id or 0, uid, when, html)]
    sticky: bool = False
    views: int = 0
    article: SnitzArticle | None = None

    @property
    def path(self) -> str:
        return f"/topic.asp?TOPIC_ID={self.id}"

    @property
    def last(self):
        return self.posts[-1]

    @property
    def jump(self) -> str:
        rid = self.last[0]
        return f"/topic.asp?TOPIC_ID={self.id}&whichpage=1" if rid else self.path


def message_html(a: SnitzArticle) -> str:
    parts: list[str] = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(inline_html(b.text))
        elif b.kind == "h":
            parts.append(f"<b>{esc(b.text)}</b>")
        elif b.kind in ("ul", "ol"):
            tag = '<ol type="1">' if b.kind == "ol" else "<ul>"
            parts.append(tag + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            cap = f"<br /><i>{esc(b.text)}</i>" if b.text else ""
            parts.append(f'<img src="{{{{base}}}}/uploads/2024/{b.src}" border="0">{cap}')
        elif b.kind == "table":
            parts.append('<table border="1" cellpadding="3" cellspacing="0" width="100%">' + "".join(
                ('<tr bgcolor="#DDDDDD">' + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in row) if i == 0 else
                 "<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in row)) + "</tr>" for i, row in enumerate(b.rows))
                + "</table>")
    for x in a.attachments:
        parts.append(f'<a href="{{{{base}}}}{x["path"]}" target="_blank">{esc(x["text"])}</a>')
    out = ""
    for p in parts:
        if out:
            out += "" if out.endswith(("</ol>", "</ul>", "</table>")) else ("<br />" if p.startswith(("<ol", "<ul", "<table"))
                                                                            else "<br /><br />")
        out += p
    if a.byline:
        out += f'<br /><div align="right"><b>{esc(a.byline)}</b></div>'
    return out


def build() -> SiteBuild:
    site = SiteBuild(SITE, "soc-trang", f"{BOARD} (Snitz Forums 2000)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    icons: set[str] = set()

    def put(path: str, content: str) -> None:
        site.page(path, content, content_type=HTML)

    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    raw = [(a.date, 4, a.title, a.opts["by"], a, a.opts["views"]) for a in arts]
    raw += [(datetime(2009, 2, 10, 8, 0, 0), 4, "Nội quy đăng bài trong chuyên mục Tin tức - Thông báo", 1,
             "Chuyên mục chỉ đăng tin hoạt động và thông báo chính thức của Liên minh HTX tỉnh.<br /><br />Thành viên trả lời "
             "đúng chủ đề, không đăng quảng cáo.", 2210),
            (datetime(2024, 10, 10, 19, 30, 2), 5, "Hỏi về điều kiện vay vốn Quỹ hỗ trợ phát triển HTX", 15,
             "Chào Ban quản trị, HTX tôi muốn vay vốn mua máy sấy lúa thì cần điều kiện gì?", 47),
            (datetime(2024, 9, 25, 10, 0, 9), 6, "HTX Hòa Tú giới thiệu gạo ST25 hữu cơ", 12,
             "HTX Nông nghiệp Hòa Tú giới thiệu gạo ST25 hữu cơ, nhận giao hàng toàn quốc.", 96)]
    raw.sort(key=lambda r: r[0])
    other_replies = {"Hỏi về điều kiện vay vốn Quỹ hỗ trợ phát triển HTX": [
        (8, datetime(2024, 10, 11, 8, 20, 40), "HTX cần có phương án sản xuất kinh doanh khả thi và báo cáo tài chính hai "
         "năm gần nhất.", False)]}
    topics: list[Topic] = []
    events = []
    for tid, (when, fid, subject, uid, content, views) in enumerate(raw, 1301):
        art = content if isinstance(content, SnitzArticle) else None
        t = Topic(tid, fid, subject, sticky=subject.startswith("Nội quy"), views=views, article=art)
        topics.append(t)
        events.append((when, t, uid, content if not art else None, False))
        for ruid, rwhen, text, quote in (art.replies if art else other_replies.get(subject, [])):
            events.append((rwhen, t, ruid, text, quote))
    events.sort(key=lambda e: e[0])
    reply_texts = []
    rid = 8800
    for when, t, uid, text, quote in events:
        if not t.posts:
            html = message_html(t.article) if t.article else text
            t.posts.append((0, uid, when, html))
            continue
        rid += 1
        html = ""
        if quote:
            html = (f'<blockquote id="quote"><font size="1" face="{FONT}" id="quote">quote:<hr height="1" noshade id="quote">'
                    f"<i>Originally posted by {esc(USERS[t.posts[0][1]][0])}</i><br />Các HTX gửi phiếu đăng ký về Văn phòng "
                    f'Liên minh HTX tỉnh trước ngày 25/10/2024.<hr height="1" noshade id="quote"></font id="quote">'
                    "</blockquote id=\"quote\">")
        html += esc(text)
        if t.article is not None:
            reply_texts.append(text)
        t.posts.append((rid, uid, when, html))
    site.extra_boilerplate += reply_texts
    for t in topics:
        if t.article:
            t.article.path = t.path

    def plink(uid: int, text: str | None = None) -> str:
        return f'<a href="pop_profile.asp?mode=display&amp;id={uid}" title="View {attr(USERS[uid][0])}\'s Profile">' \
               f"{esc(text or USERS[uid][0])}</a>"

    def icon(name: str, alt: str = "") -> str:
        icons.add(name)
        return f'<img src="images/{name}.gif" alt="{attr(alt)}" title="{attr(alt)}" border="0" align="absmiddle">'

    def tree(items: list[tuple[str, str | None]]) -> str:
        lines = [f'<a href="default.asp">{icon("icon_folder_open", "All Forums")}</a>&nbsp;<a href="default.asp">All Forums</a>']
        for depth, (name, href) in enumerate(items, 1):
            pad = icon("icon_blank") * (depth - 1) + icon("icon_bar")
            folder = icon("icon_folder_open_topic" if href is None else "icon_folder_open")
            lines.append(f"{pad}{folder}&nbsp;" + (f'<a href="{href}">{esc(name)}</a>' if href else esc(name)))
        return "<br />\n".join(lines)

    def layout(title: str, crumbs: list, main: str) -> str:
        jump = "".join(f'<option value="forum.asp?FORUM_ID={fid}">&nbsp;&nbsp;-&nbsp;{esc(f[0])}</option>' for fid, f in FORUMS.items())
        return f"""<html>

<head>
<title>{esc(title)}</title>
<meta name="copyright" content="This Forum code is Copyright (C) 2000-06 Michael Anderson, Pierre Gorissen, Huw Reddick and Richard Kinser, Non-Forum Related code is Copyright (C) {esc(COPY)}">
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<script language="JavaScript" type="text/javascript" src="inc_code.js"></script>
<style type="text/css">
a:link    {{color:darkblue;text-decoration:underline}}
.spnMessageText a:link    {{color:darkblue;text-decoration:underline}}
</style>
</head>

<body bgColor="white" text="midnightblue" link="darkblue" aLink="red" vLink="purple" topmargin="0" leftmargin="0" marginwidth="0" marginheight="0">
<a name="top"></a><font face="{FONT}">
<table align="center" border="0" cellPadding="0" cellSpacing="0" width="100%">
  <tr>
    <td valign="top" width="50%"><a href="default.asp" tabindex="-1"><img src="images/logo_htxsoctrang.gif" border="0" alt="{attr(BOARD)}" title="{attr(BOARD)}" /></a></td>
    <td align="center" valign="top" width="50%">
      <table border="0" cellPadding="2" cellSpacing="0">
        <tr>
          <td align="center"><font face="{FONT}" size="1"><a href="default.asp" onMouseOver="(window.status='Homepage'); return true" onMouseOut="(window.status=''); return true" tabindex="-1"><acronym title="Homepage">Home</acronym></a>&nbsp;|&nbsp;<a href="policy.asp" onMouseOver="(window.status='Register to post to our forum...'); return true" onMouseOut="(window.status=''); return true" tabindex="-1"><acronym title="Register to post to our forum...">Register</acronym></a>&nbsp;|&nbsp;<a href="active.asp" tabindex="-1"><acronym title="See what topics are active">Active Topics</acronym></a>&nbsp;|&nbsp;<a href="members.asp" tabindex="-1"><acronym title="Current members of these forums...">Members</acronym></a>&nbsp;|&nbsp;<a href="search.asp" tabindex="-1"><acronym title="Perform a search by keyword, date, and/or name...">Search</acronym></a>&nbsp;|&nbsp;<a href="faq.asp" tabindex="-1"><acronym title="Answers to Frequently Asked Questions...">FAQ</acronym></a></font></td>
        </tr>
      </table>
    </td>
  </tr>
  <tr>
    <td align="center" colspan="2">
      <table border="0" cellPadding="2" cellSpacing="0" width="100%">
        <tr>
          <form action="login.asp" method="post" id="form1" name="form1">
          <input type="hidden" name="Method_Type" value="login">
          <td align="right"><font face="{FONT}" size="1"><b>Username:</b><br /><input type="text" name="Name" size="10" maxLength="25" value=""></font></td>
          <td align="left"><font face="{FONT}" size="1"><b>Password:</b><br /><input type="password" name="Password" size="10" maxLength="25" value=""></font></td>
          <td><input src="images/button_login.gif" type="image" border="0" value="Login" id="submit1" name="Login"></td>
          <td align="left"><font face="{FONT}" size="1"><input type="checkbox" name="SavePassWord" value="true" tabindex="-1" CHECKED><b> Save Password</b><br /><a href="JavaScript:openWindow('pop_forgot_password.asp')" onMouseOver="(window.status='Choose a new password if you have forgotten your current one...'); return true" onMouseOut="(window.status=''); return true" tabindex="-1">Forgot your Password?</a></font></td>
          </form>
        </tr>
      </table>
    </td>
  </tr>
</table>
<table align="center" border="0" cellPadding="0" cellSpacing="0" width="95%">
  <tr><td><font face="{FONT}" size="2">
{tree(crumbs)}</font></td></tr>
</table>
{main}
<table border="0" width="95%" align="center" cellpadding="0" cellspacing="0"><tr><td align="right" valign="top" nowrap><font face="{FONT}" size="2"><select name="SelectMenu" size="1" onchange="if(this.options[this.selectedIndex].value != '' ){{ jumpToPage(this) }}"><option value="">Select Forum</option>{jump}</select></font></td></tr></table>
<table border="0" width="95%" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td>
      <table border="0" width="100%" cellspacing="1" cellpadding="4" bgcolor="#DDDDDD">
        <tr>
          <td bgcolor="#F7F7F7" nowrap><font face="{FONT}" size="1" color="midnightblue">{esc(BOARD)}</font></td>
          <td bgcolor="#F7F7F7" align="right" nowrap><font face="{FONT}" size="1" color="midnightblue">{esc(COPY)}</font></td>
          <td bgcolor="#F7F7F7" width="10" nowrap><a href="#top" onMouseOver="(window.status='Go To Top Of Page...'); return true" onMouseOut="(window.status=''); return true" tabindex="-1"><img src="images/icon_go_up.gif" height="15" width="15" border="0" alt="Go To Top Of Page" title="Go To Top Of Page" /></a></td>
        </tr>
      </table>
    </td>
  </tr>
</table>
<table border="0" width="95%" align="center" cellpadding="4" cellspacing="0">
  <tr>
    <td align="left" valign="top"><font face="{FONT}" size="1" color="midnightblue">{esc(ADDR)}<br />This page was generated in 0.08 seconds.</font></td>
    <td align="right" valign="top"><a href="{{{{base:offsite}}}}/snitz/" target="_blank" tabindex="-1"><img src="images/logo_powered_by.gif" border="0" alt="Powered By: Snitz Forums 2000 Version 3.4.07" title="Powered By: Snitz Forums 2000 Version 3.4.07" /></a><br /><font face="{FONT}" size="1">Snitz Forums 2000</font></td>
  </tr>
</table>
</font>
</body>
</html>
"""

    def post_row(t: Topic, i: int) -> str:
        rid, uid, when, html = t.posts[i]
        name, title, stars, country, posts, _, sig = USERS[uid]
        color = "#F7F7F7" if i == 0 else ("#FFFFFF" if i % 2 else "#F7F7F7")
        anchor = f'<a name="{rid}"></a>' if rid else ""
        a = t.article if i == 0 else None
        tail = ""
        if sig:
            tail += (f'<tr><td valign="bottom"><hr noshade size="1"><font color="midnightblue" face="{FONT}" size="2"><span '
                     f'class="spnMessageText">{esc(sig)}</span></font></td></tr>')
        if a is not None and a.opts.get("edited"):
            euid, ewhen = a.opts["edited"]
            tail += (f'<tr><td valign="bottom"><hr noshade size="1" color="{color}"><font face="{FONT}" size="1" '
                     f'color="midnightblue">Edited by - {esc(USERS[euid][0])} on {ewhen:%d/%m/%Y %H:%M:%S}</font></td></tr>')
        quote = (f'&nbsp;<a href="post.asp?method=TopicQuote&amp;TOPIC_ID={t.id}&amp;FORUM_ID={t.forum}">'
                 f'{icon("icon_reply_topic", "Reply with Quote")}</a>') if i == 0 else (
            f'&nbsp;<a href="post.asp?method=ReplyQuote&amp;REPLY_ID={rid}&amp;TOPIC_ID={t.id}&amp;FORUM_ID={t.forum}">'
            f'{icon("icon_reply_topic", "Reply with Quote")}</a>')
        return f"""              <tr>
                <td bgcolor="{color}" valign="top" width="100" nowrap>
                <p><font color="midnightblue" face="{FONT}" size="2"><b><span class="spnMessageText">{plink(uid)}</span></b></font><br />
                <font color="midnightblue" face="{FONT}" size="1"><small>{esc(title)}</small></font><br />
                {''.join('<img src="images/icon_star_gold.gif" border="0">' for _ in range(stars))}<br />
                </p>
                <p>
                <font color="midnightblue" face="{FONT}" size="1"><small>{esc(country)}</small></font><br />
                <font color="midnightblue" face="{FONT}" size="1"><small>{posts} Posts</small></font></p></td>
                <td bgcolor="{color}" height="100%" width="100%" colspan="2" valign="top">{anchor}
                  <table width="100%" height="100%" border="0" cellspacing="0" cellpadding="0">
                    <tr>
                      <td valign="top">
                      <img src="images/icon_posticon.gif" border="0" hspace="3"><font color="midnightblue" face="{FONT}" size="1">Posted&nbsp;-&nbsp;{chk(when)}</font>
                      &nbsp;<a href="pop_profile.asp?mode=display&amp;id={uid}">{icon("icon_profile", "Show Profile")}</a>{quote}
                      <hr noshade size="1"></td>
                    </tr>
                    <tr>
                      <td valign="top" height="100%"><font face="{FONT}" size="2" color="midnightblue"><span class="spnMessageText" id="msg">{html}</span id="msg"></font></td>
                    </tr>
{tail}                    <tr>
                      <td valign="bottom" align="right" height="20"><a href="#top">{icon("icon_go_up", "Go to Top of Page")}</a></td>
                    </tr>
                  </table>
                </td>
              </tr>
"""

    files = {}
    for t in topics:
        fid = t.forum
        cid = FORUMS[fid][2]
        options = (f'<a href="post.asp?method=Reply&amp;TOPIC_ID={t.id}&amp;FORUM_ID={fid}">{icon("icon_reply_topic", "Reply to Topic")}'
                   f'</a>&nbsp;<a href="post.asp?method=Reply&amp;TOPIC_ID={t.id}&amp;FORUM_ID={fid}">Reply to Topic</a><br />'
                   f"<a href=\"JavaScript:openWindow5('pop_printer_friendly.asp?TOPIC_ID={t.id}')\">{icon('icon_print', 'Printer Friendly')}"
                   f"</a>&nbsp;<a href=\"JavaScript:openWindow5('pop_printer_friendly.asp?TOPIC_ID={t.id}')\">Printer Friendly</a>")
        main = f"""<table align="center" border="0" cellPadding="0" cellSpacing="0" width="95%"><tr><td align="center">{options}</td></tr></table>
<table align="center" border="0" cellPadding="0" cellSpacing="0" width="95%">
  <tr>
    <td>
      <table border="0" width="100%" cellspacing="0" cellpadding="0" align="center">
        <tr>
          <td bgcolor="#DDDDDD">
            <table border="0" width="100%" cellspacing="1" cellpadding="4">
              <tr>
                <td align="center" bgcolor="midnightblue" width="100" nowrap><b><font face="{FONT}" size="2" color="mintcream">Author</font></b></td>
                <td align="center" bgcolor="midnightblue" width="100%"><b><font face="{FONT}" size="2" color="mintcream">Topic</font></b></td>
                <td align="right" bgcolor="midnightblue" nowrap><font face="{FONT}" size="2">&nbsp;</font></td>
              </tr>
{''.join(post_row(t, i) for i in range(len(t.posts)))}            </table>
          </td>
        </tr>
      </table>
    </td>
  </tr>
</table>"""
        page = layout(f"{BOARD} - {t.subject}", [(CATS[cid], f"default.asp?CAT_ID={cid}"),
                                                  (FORUMS[fid][0], f"forum.asp?FORUM_ID={fid}"), (t.subject, None)], main)
        put(t.path, page)
        aliases = []
        if t.last[0]:
            site.same_page(t.jump, t.path)
            aliases.append(t.jump)
        # the printer view
        first = t.posts[0]
        reps = "".join(f'<tr><td><font size="2"><b>{esc(USERS[u][0])}</b> - {chk(w)}</font><hr size="1" noshade>'
                       f'<font size="2">{h}</font><hr size="1" noshade></td></tr>' for _, u, w, h in t.posts[1:])
        pr = f"""<html>
<head>
<title>{esc(BOARD)} - Printer Friendly</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
</head>
<body bgColor="white" text="black">
<table border="0" width="100%" align="center">
  <tr><td><font face="{FONT}" size="2"><b>Printed from: {esc(BOARD)}</b><br />Topic URL: {{{{base}}}}{t.path}<br />Printed on: {NOW:%d/%m/%Y}</font></td></tr>
</table>
<table border="0" width="100%" cellspacing="1" cellpadding="3" align="center">
  <tr><td bgcolor="#DDDDDD"><font face="{FONT}" size="2"><b>Topic:</b></font></td></tr>
  <tr><td><font face="{FONT}" size="2"><b>{esc(t.subject)}</b></font></td></tr>
  <tr><td><font face="{FONT}" size="2"><b>{esc(USERS[first[1]][0])}</b></font></td></tr>
  <tr><td><font face="{FONT}" size="1">Posted&nbsp;-&nbsp;{chk(first[2])}</font><hr size="1" noshade><font face="{FONT}" size="2">{first[3]}</font></td></tr>
</table>
{'<table border="0" width="100%" cellspacing="1" cellpadding="3" align="center"><tr><td bgcolor="#DDDDDD"><font size="2"><b>Replies:</b></font></td></tr>' + reps + '</table>' if reps else ''}
<p align="center"><font face="{FONT}" size="1">{esc(BOARD)} : {{{{base}}}}/<br />{esc(COPY)}</font></p>
</body>
</html>
"""
        ppath = f"/pop_printer_friendly.asp?TOPIC_ID={t.id}"
        put(ppath, pr)
        if t.article:
            t.article.aliases += aliases + [ppath]
            for b in t.article.blocks:
                if b.kind == "img":
                    site.binary(f"/uploads/2024/{b.src}", image_for(b.src))
            for x in t.article.attachments:
                files[x["path"]] = t.article
            site.add_article(t.article)
        else:
            site.non_articles.append(t.path)
            site.non_articles.append(ppath)
    for path, a in files.items():
        site.binary(path, pdf(a.title, ["LIEN MINH HTX TINH SOC TRANG", "THONG BAO SO 12/TB-LMHTX"]))
    notice = next(t for t in topics if t.article and t.article.doc_number)
    site.trap("the 'Jump to Last Post' links topic.asp?TOPIC_ID=N&whichpage=1#<reply> (forum lists, active.asp) and the "
              "JavaScript-opened printer view pop_printer_friendly.asp?TOPIC_ID=N (topic + replies, 'Printed from:', "
              "'Topic URL:', 'Printed on: 18/10/2024'): the same news, aliases", f"/pop_printer_friendly.asp?TOPIC_ID={notice.id}")
    sticky = next(t for t in topics if t.sticky)
    site.trap("the sticky rules topic heads the news forum under 'Important Topics' ('Sticky:'), and members' topics of "
              "the other forums: not articles", sticky.path)
    put("/post.asp", layout(f"{BOARD}", [], '<table align="center" width="95%"><tr><td><font size="2">You must be '
                                  'logged in to post.</font><form action="post.asp" method="post"><input type="text" '
                                  'name="UserName"><input type="password" name="Password"><input type="submit" value="Login">'
                                  '</form></td></tr></table>'))
    site.non_articles.append("/post.asp")

    # forum lists (sorted by last post, sticky first); page 2 only through the paging form
    def topic_row(t: Topic, with_forum: bool = False) -> str:
        rid, uid, when, _ = t.last
        sticky_txt = "Sticky:  " if t.sticky else ""
        ftd = (f'<td bgcolor="#F7F7F7" valign="middle" align="center"><font face="{FONT}" size="2"><a href="forum.asp?'
               f'FORUM_ID={t.forum}">{esc(FORUMS[t.forum][0])}</a></font></td>') if with_forum else ""
        last = f'<a href="{t.jump[1:]}{"#" + str(rid) if rid else ""}">{icon("icon_lastpost", "Jump to Last Post")}</a>'
        return f"""              <tr>
                <td bgcolor="#F7F7F7" align="center" valign="middle"><a href="topic.asp?TOPIC_ID={t.id}">{icon('icon_folder_sticky' if t.sticky else 'icon_folder', 'Sticky Topic' if t.sticky else '')}</a></td>
                {ftd}<td bgcolor="#F7F7F7" valign="middle" align="left">
                <font face="{FONT}" size="2" color="midnightblue">{sticky_txt}<span class="spnMessageText"><a href="topic.asp?TOPIC_ID={t.id}">{esc(t.subject)}</a></span>&nbsp;</font>
                </td>
                <td bgcolor="#F7F7F7" valign="middle" align="center"><font face="{FONT}" size="2" color="midnightblue"><span class="spnMessageText">{plink(t.posts[0][1])}</span></font></td>
                <td bgcolor="#F7F7F7" valign="middle" align="center"><font face="{FONT}" size="2" color="midnightblue">{len(t.posts) - 1}</font></td>
                <td bgcolor="#F7F7F7" valign="middle" align="center"><font face="{FONT}" size="2" color="midnightblue">{t.views}</font></td>
                <td bgcolor="#F7F7F7" valign="middle" align="center" nowrap><font face="{FONT}" color="midnightblue" size="1"><b>{chk(when).replace(chr(160) + ':' + chr(160), '</b>&nbsp;')}<br />by: <span class="spnMessageText">{plink(uid)}</span>&nbsp;{last}</font></td>
              </tr>
"""

    def paging_form(fid: int, page: int, pages: int, fnum: int) -> str:
        opts = "".join(f'<option{" selected" if k == page else ""} value="{k}">{k}</option>' for k in range(1, pages + 1))
        label = "<b>Page: </b>" if fnum == 1 else f"<b>There are {pages} Pages of Topics: </b>"
        tail = f"</select><b> of {pages}</b>" if fnum == 1 else "</select>"
        return (f'<form name="PageNum{fnum}" action="forum.asp"><td><font face="{FONT}" size="2"><input name="FORUM_ID" '
                f'type="hidden" value="{fid}"><input name="sortfield" type="hidden" value="lastpost"><input name="sortorder" '
                f'type="hidden" value="desc">{label}<select name="whichpage" size="1" onchange="ChangePage({fnum});">{opts}'
                f"{tail}</font></td></form>")

    for fid, (fname, fdesc, cid) in FORUMS.items():
        items = sorted([t for t in topics if t.forum == fid], key=lambda t: (not t.sticky, -t.last[2].timestamp()))
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(chunks, 1):
            rows = []
            had_sticky = False
            for t in chunk:
                if t.sticky and not had_sticky:
                    rows.append('<tr><td colspan="6" bgcolor="midnightblue"><b><font face="Verdana, Arial, Helvetica" size="2" '
                                'color="mintcream">Important Topics</font></b></td></tr>')
                    had_sticky = True
                elif had_sticky and not t.sticky:
                    rows.append('<tr><td colspan="6" bgcolor="midnightblue"><b><font face="Verdana, Arial, Helvetica" size="2" '
                                'color="mintcream">Forum Topics</font></b></td></tr>')
                    had_sticky = False
                rows.append(topic_row(t))
            low = (n - 1) * PER + 1
            paging = (f'<tr><td colspan="3" align="right" valign="bottom"><table border="0" align="right"><tr>'
                      f"{paging_form(fid, n, len(chunks), 1)}</tr></table></td></tr>") if len(chunks) > 1 else ""
            paging2 = (f'<tr><td colspan="7"><table border="0" align="left"><tr>{paging_form(fid, n, len(chunks), 2)}</tr>'
                       "</table></td></tr>") if len(chunks) > 1 else ""
            main = f"""<table border="0" width="95%" align="center">
  <tr>
    <td align="center" valign="bottom" width="33%"><font face="{FONT}" size="2"><a href="post.asp?method=Topic&amp;FORUM_ID={fid}">{icon('icon_folder_new_topic', 'New Topic')}</a>&nbsp;<a href="post.asp?method=Topic&amp;FORUM_ID={fid}">New Topic</a><br /></font></td>
    <form action="forum.asp?FORUM_ID={fid}" method="post" name="DaysFilter"><td align="right" valign="bottom" width="33%"><select name="Days" onchange="javascript:setDays();"><option value="0" selected>Show all topics</option><option value="7">Show topics from last 7 days</option><option value="30">Show topics from last 30 days</option></select><input type="hidden" name="Cookie" value="1"></td></form>
  </tr>
{paging}</table>
<table border="0" width="95%" cellspacing="0" cellpadding="0" align="center">
  <tr>
    <td bgcolor="#DDDDDD">
      <table border="0" width="100%" cellspacing="1" cellpadding="4">
        <tr>
          <td align="center" bgcolor="midnightblue"><b><font face="{FONT}" size="2">&nbsp;</font></b></td>
          <td align="center" bgcolor="midnightblue"><b><font face="{FONT}" size="2" color="mintcream">Topic</font></b></td>
          <td align="center" bgcolor="midnightblue"><b><font face="{FONT}" size="2" color="mintcream">Author</font></b></td>
          <td align="center" bgcolor="midnightblue"><b><font face="{FONT}" size="2" color="mintcream">Replies</font></b></td>
          <td align="center" bgcolor="midnightblue"><b><font face="{FONT}" size="2" color="mintcream">Read</font></b></td>
          <td align="center" bgcolor="midnightblue"><b><font face="{FONT}" size="2" color="mintcream">Last Post</font></b></td>
        </tr>
{''.join(rows)}        <tr><td align="center" bgcolor="midnightblue" colspan="6"><b><font face="{FONT}" size="1" color="mintcream">Showing topics {low} - {low + len(chunk) - 1} of {len(items)}, sorted by last post time in descending order</font></b></td></tr>
      </table>
    </td>
  </tr>
{paging2}</table>"""
            page = layout(f"{BOARD} - {fname}", [(CATS[cid], f"default.asp?CAT_ID={cid}"), (fname, None)], main)
            if n == 1:
                path = f"/forum.asp?FORUM_ID={fid}"
                put(path, page)
                site.non_articles.append(path)
            else:
                path = f"/forum.asp?FORUM_ID={fid}&sortfield=lastpost&sortorder=desc&whichpage={n}"
                put(path, page)
                short = f"/forum.asp?FORUM_ID={fid}&whichpage={n}"
                site.same_page(short, path)
                site.non_articles += [path, short]
    site.trap("forum.asp?FORUM_ID=4 (6 topics a page, sticky first under 'Important Topics', then by LAST post; 'Last "
              "Post' = '18/10/2024 08:12:40 by: nguyenvana'): its page 2 has no link, only Snitz's paging form (GET "
              "forum.asp?FORUM_ID=4&sortfield=lastpost&sortorder=desc&whichpage=2)",
              "/forum.asp?FORUM_ID=4&sortfield=lastpost&sortorder=desc&whichpage=2")

    # index and categories, with the statistics footer
    def forum_rows(cids: list[int]) -> str:
        out = []
        for cid in cids:
            out.append(f'<tr><td bgcolor="#9FAFDF" colspan="5"><a href="default.asp?CAT_ID={cid}"><font face="{FONT}" size="2" '
                       f'color="midnightblue"><b>{esc(CATS[cid])}</b></font></a></td></tr>')
            for fid, (fname, fdesc, c) in FORUMS.items():
                if c != cid:
                    continue
                ft = [t for t in topics if t.forum == fid]
                lt = max(ft, key=lambda t: t.last[2])
                rid, uid, when, _ = lt.last
                out.append(f'<tr><td bgcolor="#F7F7F7" align="center">{icon("icon_folder_new")}</td><td bgcolor="#F7F7F7" '
                           f'valign="top"><font face="{FONT}" size="2"><a href="forum.asp?FORUM_ID={fid}">{esc(fname)}</a><br />'
                           f'<font size="1">{esc(fdesc)}</font></font></td><td bgcolor="#F7F7F7" align="center"><font size="2">'
                           f'{len(ft)}</font></td><td bgcolor="#F7F7F7" align="center"><font size="2">'
                           f'{sum(len(t.posts) for t in ft)}</font></td><td bgcolor="#F7F7F7" align="center" nowrap><font '
                           f'size="1"><b>{when:%d/%m/%Y}</b>&nbsp;{when:%H:%M:%S}<br />by: {plink(uid)}&nbsp;<a href="'
                           f'{lt.jump[1:]}{"#" + str(rid) if rid else ""}">{icon("icon_lastpost", "Jump to Last Post")}</a>'
                           "</font></td></tr>")
        return ('<table border="0" width="95%" cellspacing="0" cellpadding="0" align="center"><tr><td bgcolor="#DDDDDD"><table '
                'border="0" width="100%" cellspacing="1" cellpadding="4"><tr><td bgcolor="midnightblue">&nbsp;</td><td '
                f'bgcolor="midnightblue"><b><font face="{FONT}" size="2" color="mintcream">Forum</font></b></td><td '
                f'bgcolor="midnightblue"><b><font size="2" color="mintcream">Topics</font></b></td><td bgcolor="midnightblue">'
                '<b><font size="2" color="mintcream">Posts</font></b></td><td bgcolor="midnightblue"><b><font size="2" '
                'color="mintcream">Last Post</font></b></td></tr>' + "".join(out) + "</table></td></tr></table>")

    latest = max(topics, key=lambda t: t.last[2])
    n_posts = sum(len(t.posts) for t in topics) + 1144
    stats = (f'<table border="0" width="95%" cellspacing="0" cellpadding="0" align="center"><tr><td bgcolor="#DDDDDD"><table '
             f'border="0" width="100%" cellspacing="1" cellpadding="4"><tr><td bgcolor="#9FAFDF" colspan="2"><font face="{FONT}" '
             f'size="2"><b>Statistics</b></font></td></tr><tr><td bgcolor="#F7F7F7" rowspan="3">{icon("icon_stats")}</td><td '
             f'bgcolor="#F7F7F7"><font face="{FONT}" size="1">218 Members have made {n_posts:,} posts in {len(FORUMS)} forums, '
             f"with the last post on {latest.last[2]:%d/%m/%Y} {latest.last[2]:%H:%M:%S} by: {plink(latest.last[1])}.</font>"
             f'</td></tr><tr><td bgcolor="#F7F7F7"><font face="{FONT}" size="1">There are currently 3 active topics.</font></td>'
             f'</tr><tr><td bgcolor="#F7F7F7"><font face="{FONT}" size="1">Please welcome our newest member: {plink(15)}.'
             "</font></td></tr></table></td></tr></table>")
    put("/default.asp", layout(BOARD, [], forum_rows(list(CATS)) + "<br />" + stats))
    site.same_page("/", "/default.asp")
    site.non_articles += ["/", "/default.asp"]
    for cid, cname in CATS.items():
        path = f"/default.asp?CAT_ID={cid}"
        put(path, layout(f"{BOARD} - {cname}", [(cname, None)], forum_rows([cid])))
        site.non_articles.append(path)
    site.trap("the index default.asp (= /): forums with their last post and the 'Statistics' footer ('218 Members have "
              "made … posts …, with the last post on 18/10/2024 08:12:40 by: …', newest member); default.asp?CAT_ID=N: "
              "lists", "/default.asp")

    # active topics, members, profiles, search, faq, policy
    since = NOW - timedelta(days=10)
    recent = sorted([t for t in topics if t.last[2] > since], key=lambda t: -t.last[2].timestamp())
    put("/active.asp", layout(f"{BOARD} - Active Topics", [("Active Topics", None)],
                                    f'<table border="0" width="95%" align="center"><tr><td><font face="{FONT}" size="2">Active '
                                    f"Topics Since {since:%d/%m/%Y} {since:%H:%M:%S}</font></td></tr></table>"
                                    '<table border="0" width="95%" cellspacing="1" cellpadding="4" align="center" '
                                    'bgcolor="#DDDDDD">' + "".join(topic_row(t, True) for t in recent) + "</table>"))
    site.non_articles.append("/active.asp")
    rows = "".join(f'<tr><td bgcolor="#F7F7F7"><font size="2">{plink(uid)}</font></td><td bgcolor="#F7F7F7"><font size="1">'
                   f'{esc(u[1])}</font></td><td bgcolor="#F7F7F7" align="center"><font size="2">{u[4]}</font></td><td '
                   f'bgcolor="#F7F7F7"><font size="1">{u[5]:%d/%m/%Y}</font></td></tr>' for uid, u in USERS.items())
    put("/members.asp", layout(f"{BOARD} - Members", [("Members", None)],
                                     '<table border="0" width="95%" cellspacing="1" cellpadding="4" align="center" '
                                     'bgcolor="#DDDDDD"><tr><td bgcolor="midnightblue"><font color="mintcream" size="2"><b>'
                                     'Member Name</b></font></td><td bgcolor="midnightblue"><font color="mintcream" size="2">'
                                     '<b>Title</b></font></td><td bgcolor="midnightblue"><font color="mintcream" size="2"><b>'
                                     'Posts</b></font></td><td bgcolor="midnightblue"><font color="mintcream" size="2"><b>'
                                     f"Member Since</b></font></td></tr>{rows}</table>"))
    site.non_articles.append("/members.asp")
    for uid, (name, title, stars, country, posts, since_d, sig) in USERS.items():
        path = f"/pop_profile.asp?mode=display&id={uid}"
        mine = [t for t in topics if any(p[1] == uid for p in t.posts) and NOW - t.last[2] < timedelta(days=30)]
        rec = "".join(f'<a href="topic.asp?TOPIC_ID={t.id}">{esc(t.subject)}</a><br />' for t in mine) or "No Matches Found"
        put(path, layout(f"{BOARD} - User Profile", [("Members", "members.asp"), (name, None)],
                               f'<table border="0" width="95%" cellspacing="1" cellpadding="4" align="center" bgcolor="#DDDDDD">'
                               f'<tr><td bgcolor="#9FAFDF" colspan="2"><b><font size="2">{esc(name)}</font></b></td></tr><tr><td '
                               f'bgcolor="#F7F7F7"><b><font size="2">Title:</font></b></td><td bgcolor="#F7F7F7"><font size="2">'
                               f'{esc(title)}</font></td></tr><tr><td bgcolor="#F7F7F7"><b><font size="2">Country:</font></b>'
                               f'</td><td bgcolor="#F7F7F7"><font size="2">{esc(country)}</font></td></tr><tr><td '
                               f'bgcolor="#F7F7F7"><b><font size="2">Total Posts:</font></b></td><td bgcolor="#F7F7F7"><font '
                               f'size="2">{posts}</font></td></tr><tr><td bgcolor="#F7F7F7"><b><font size="2">Member Since:</font>'
                               f'</b></td><td bgcolor="#F7F7F7"><font size="2">{since_d:%d/%m/%Y}</font></td></tr><tr><td '
                               f'bgcolor="#9FAFDF" colspan="2"><b><font size="2">Recent Topics</font></b></td></tr><tr><td '
                               f'bgcolor="#F7F7F7" colspan="2"><font size="2">{rec}</font></td></tr></table>'))
        site.non_articles.append(path)
    site.trap("pop_profile.asp?mode=display&id=N (the poster cells' links: name, title, 'Member Since', 'Recent Topics' "
              "of the last 30 days), members.asp and active.asp ('Active Topics Since …'): not articles",
              "/pop_profile.asp?mode=display&id=3")
    for path, title, text in [
            ("/search.asp", "Search", '<form action="search.asp?mode=DoIt" method="post"><input type="text" name="Search">'
             '<select name="andor"><option value="and">Match all words</option></select><input type="submit" '
             'value="Search"></form>'),
            ("/faq.asp", "FAQ", "<p><b>Frequently Asked Questions</b></p><p>What is forum code? Forum code lets you format "
             "your posts with [b], [i], [url], [img] and [list].</p>"),
            ("/policy.asp", "Register", "<p>Thành viên đăng ký phải dùng tên thật hoặc tên HTX, không đăng nội dung quảng cáo."
             '</p><form action="register.asp" method="post"><input type="submit" value="Agree"></form>')]:
        put(path, layout(f"{BOARD} - {title}", [(title, None)],
                               f'<table border="0" width="95%" align="center"><tr><td><font face="{FONT}" size="2">{text}'
                               "</font></td></tr></table>"))
        site.non_articles.append(path)
    site.trap("no robots.txt (Snitz ships none): search.asp, faq.asp, policy.asp ('Register') and post.asp (every 'Reply to "
              "Topic' / 'Reply with Quote' link; guests get 'You must be logged in to post.') are plain pages",
              "/post.asp")
    for name in sorted(icons | {"logo_htxsoctrang", "logo_powered_by", "button_login", "icon_go_up", "icon_star_gold",
                                "icon_posticon"}):
        site.binary(f"/images/{name}.gif", image_for(name))
    site.static("/inc_code.js", "function openWindow5(url){popupWin=window.open(url,'new_page','width=640,height=480,"
                "scrollbars=yes')}\nfunction ChangePage(fnum){document.forms['PageNum'+fnum].submit();}\n")
    return site
