"""Site `thaoluan-htxdienbien` (registry family `generic`): "Diễn đàn HTX Điện Biên", the message board the Điện Biên
cooperative alliance runs on **Phorum 5.2.23** (the `classic` template, a Vietnamese language pack whose long date
format is `%d %B %Y %H:%M` with the month names "Tháng 1" … "Tháng 12" and the short one `%d/%m/%Y %H:%M`; the
BBCode, HTML-in-messages, Announcements and Feeds modules on; "reply on read page" on, float-to-top on, 6 threads a
list page; the board time zone offset +7 while PHP runs in UTC; the copy is of 20 May 2025, 10:15). The alliance posts
its news as threads of the forum "Tin tức - Sự kiện" (id 4: flat list, flat read), its notices in the announcement
forum "Thông tin chung" (id 1), whose newest subjects the Announcements module shows on top of the index and the lists;
members ask in "Hỏi đáp chính sách HTX" (id 6: threaded list and threaded read). Written as a held-out test: no family
module, no selectors.

URL shapes (Phorum's comma-separated arguments; every link absolute): a thread `read.php?4,123` (the flat view: the
starting message and every reply on one page); a message `read.php?4,123,125#msg-125` (the same page), its "Trả lời"
`read.php?4,123,125#REPLY` and "Trích dẫn" `read.php?4,123,125,quote=1#REPLY` (the same page again: the reply form sits
under the thread); the printer view "Bản in" `read.php?4,123,printview`; the thread navigation "Chủ đề mới hơn / cũ hơn"
`read.php?4,<modifystamp>,newer` / `,older` (302 to the neighbour thread, or to the list at either end); in the
threaded forum every message is its own page `read.php?6,140,142` (one message over the thread's tree); lists
`list.php?4` and `list.php?4,page=2`; the index `index.php` (= `/`); `profile.php?4,5`; `search.php?4`; the feeds
`feed.php?4,type=rss` (the forum's threads) and `feed.php?4,123,type=rss` (a thread's messages: the read page's
alternate); `posting.php?4`, `login.php?4` and `register.php?4` (robots.txt, the admin's, disallows them). The style
sheet and script come from `css.php?4,css` and `javascript.php?4`.

Why it is hard: no heading at all. The page's title line is "Tin tức - Sự kiện : Diễn đàn HTX Điện Biên" (the forum and
the board), the thread's title the starting message's `div.PhorumReadBodySubject` (the replies' subjects are bold
`div.PhorumReadBodyHead`s: "Re: …"), and every message carries the same head "Đăng bởi: <name> (IP đã ghi)" / "Ngày: 12
Tháng 5 2025 14:05" (the board's +7). The body `div.PhorumReadBodyText` is nl2br output: one `<br />` a line, a blank
line between paragraphs, no `<p>`; [b] headings as `<strong>` lines, [list] as `ul.bbcode`, [img] as `img.bbcode` with
the caption the next `<i>` line, a table pasted as HTML (the HTML module) on one line; the signature after "-- " and the
edit note "(Đã sửa 1 lần. Lần sửa cuối lúc …)" are inside the body and no text. A notice's file is a Phorum attachment
under the body ("Tệp đính kèm: TB-11-LMHTX-2025.pdf (118KB)", `file.php?1,file=37,filename=…`). The replies under the
news (thanks, questions, one quoting the news in `blockquote.bbcode`) are members' words, not text. The author is the
starting message's poster when a person (display names are on), never "admin" nor the office's account "vanphong"; a
closing byline overrides. The feeds print `date("r")` in PHP's UTC: the news of 00:10 on 10 April reads "Wed, 09 Apr
2025 17:10:00 +0000". The list floats threads by their last message; the two oldest news are only on `list.php?4,page=2`
(and behind their neighbour's "Chủ đề cũ hơn" redirect).
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "thaoluan-htxdienbien"
BOARD = "Diễn đàn HTX Điện Biên"
DESC = "Diễn đàn trao đổi của Liên minh Hợp tác xã tỉnh Điện Biên và các hợp tác xã"
NOW = datetime(2025, 5, 20, 10, 15)
UTC = timedelta(hours=7)
PER = 6
B = "{{base}}"
HTML = "text/html; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"
FORUMS = {1: ("Thông tin chung", "Thông báo của Liên minh HTX tỉnh tới các HTX thành viên."),
          4: ("Tin tức - Sự kiện", "Tin hoạt động của Liên minh HTX tỉnh và các HTX."),
          6: ("Hỏi đáp chính sách HTX", "Thành viên hỏi, cán bộ Liên minh HTX tỉnh trả lời."),
          7: ("Sản phẩm OCOP - Kết nối tiêu thụ", "Các HTX giới thiệu sản phẩm, tìm bạn hàng.")}
THREADED = {6}
# id: (name, signature, registered, posts)
USERS = {2: ("admin", None, datetime(2016, 8, 1), 318),
         3: ("vanphong", "Văn phòng Liên minh HTX tỉnh Điện Biên - ĐT: 0215.3825.446", datetime(2016, 8, 2), 204),
         5: ("Lò Thị Thanh", "Lò Thị Thanh - Ban Tuyên truyền, Liên minh HTX tỉnh Điện Biên", datetime(2019, 3, 11), 96),
         6: ("Nguyễn Đức Thắng", None, datetime(2018, 5, 7), 131),
         8: ("htxthanhxuong", "HTX Nông nghiệp Thanh Xương - gạo Điện Biên", datetime(2021, 9, 20), 38),
         9: ("quangvanbinh", None, datetime(2024, 2, 14), 9),
         10: ("lothimai", None, datetime(2023, 6, 5), 17)}
UID = {v[0]: k for k, v in USERS.items()}
MONTHS = [f"Tháng {i}" for i in range(1, 13)]
PLUG = "This forum powered by Phorum."
FURN = [DESC, PLUG, "Đăng bởi:", "(IP đã ghi)", "Chủ đề mới hơn", "Chủ đề cũ hơn", "Danh sách diễn đàn", "Danh sách bài",
        "Bản in", "Trích dẫn", "Tùy chọn:", "Đi tới:", "Đi tới chủ đề:",
        "Xin lỗi, chỉ thành viên đã đăng ký mới được gửi bài trong diễn đàn này.", "Lần sửa cuối lúc"] + \
    [u[1] for u in USERS.values() if u[1]]


def long_date(d: datetime) -> str:
    return f"{d:%d} {MONTHS[d.month - 1]} {d:%Y %H:%M}"


def short_date(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M}"


def rfc(d: datetime) -> str:
    return f"{d - UTC:%a, %d %b %Y %H:%M:%S} +0000"


def stamp(d: datetime) -> int:
    return calendar.timegm((d - UTC).timetuple())


@dataclass
class PhArticle(RichArticle):
    replies: list = field(default_factory=list)


def articles() -> list[PhArticle]:
    A = PhArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 11/TB-LMHTX về việc tham gia Hội chợ nông sản, sản phẩm OCOP tỉnh Điện Biên năm 2025",
          body="""
LIÊN MINH HTX TỈNH ĐIỆN BIÊN
Số: 11/TB-LMHTX
Điện Biên, ngày 07 tháng 5 năm 2025
THÔNG BÁO
Về việc tham gia Hội chợ nông sản, sản phẩm OCOP tỉnh Điện Biên năm 2025
Hội chợ diễn ra từ ngày 10/6 đến ngày 14/6/2025 tại Quảng trường 7/5, TP Điện Biên Phủ.
Liên minh HTX tỉnh hỗ trợ 24 gian hàng miễn phí cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX đăng ký với Văn phòng Liên minh HTX tỉnh trước ngày 25/5/2025 theo mẫu gửi kèm.
CHỦ TỊCH
Lò Văn Chiến
""", author=None, doc_number="11/TB-LMHTX",
          attachments=[{"path": "/file.php?1,file=37,filename=TB-11-LMHTX-2025.pdf", "text": "TB-11-LMHTX-2025.pdf (118KB)"}],
          opts={"by": "vanphong", "forum": 1, "head": 5, "views": 356},
          notes=["notice 'Số: 11/TB-LMHTX' dated 07/5 in its text, posted 'Ngày: 09 Tháng 5 2025 08:30' in the announcement "
                 "forum 'Thông tin chung' (read.php?1,N; the Announcements box on the index and the lists links it); the "
                 "first five lines are one <br /> run; poster = the office's account 'vanphong': no author; the signer is "
                 "text, the signature after '-- ' is not; the Phorum attachment 'TB-11-LMHTX-2025.pdf (118KB)' "
                 "(file.php?1,file=37,filename=…) under the body is an attachment, not text"],
          **at(datetime(2025, 5, 9, 8, 30))),
        A(path="", title="Ảnh: HTX Chè Tủa Chùa vào vụ thu hái chè Shan tuyết",
          body="""
Đầu tháng 5, các thành viên HTX Chè Tủa Chùa bắt đầu thu hái chè Shan tuyết vụ xuân trên diện tích 85 ha.
[img tuachua-1.jpg] Thành viên HTX thu hái chè Shan tuyết cổ thụ ở xã Sính Phình
[img tuachua-2.jpg] Chè búp tươi được cân, phân loại tại điểm thu mua của HTX
[img tuachua-3.jpg] Sản phẩm chè Shan tuyết Tủa Chùa đạt OCOP 4 sao
Vụ xuân năm nay HTX dự kiến thu mua 120 tấn chè búp tươi cho 160 hộ thành viên.
""", byline="Bài, ảnh: Quàng Văn Hải", author="Quàng Văn Hải",
          opts={"by": "Lò Thị Thanh", "forum": 4, "views": 241},
          notes=["photo story: each [img] an img.bbcode, its caption the next <i> line after <br /> (one line each); the "
                 "poster Lò Thị Thanh (a staff member) but 'Bài, ảnh: Quàng Văn Hải' closes the text -> Quàng Văn Hải; her "
                 "signature after '-- ' is inside the body and no text"],
          **at(datetime(2025, 5, 6, 15, 10))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Điện Biên năm 2024",
          body="""
Năm 2024, kinh tế tập thể tỉnh Điện Biên tiếp tục phát triển, nhiều HTX mở rộng liên kết sản xuất, tiêu thụ.
| Chỉ tiêu | Đơn vị | Năm 2024 | So với năm 2023 (%) |
| HTX đang hoạt động | HTX | 312 | 106,1 |
| Thành viên HTX | người | 9.840 | 103,4 |
| Doanh thu bình quân một HTX | triệu đồng | 1.960 | 109,2 |
| HTX xếp loại tốt, khá | HTX | 141 | 112,0 |
Năm 2025, tỉnh phấn đấu thành lập mới 30 HTX, trong đó có 10 HTX ứng dụng công nghệ cao.
""", author="Nguyễn Đức Thắng",
          opts={"by": "Nguyễn Đức Thắng", "forum": 4, "views": 198,
                "edited": (datetime(2025, 4, 22, 10, 2), "Nguyễn Đức Thắng")},
          replies=[("quangvanbinh", datetime(2025, 5, 18, 20, 40), None,
                    "Cho hỏi số HTX đang hoạt động đã gồm các HTX ở huyện Nậm Pồ chưa ạ?")],
          notes=["a table pasted as HTML (the HTML module) on one line inside the nl2br body: one line per row; the edit note "
                 "'(Đã sửa 1 lần. Lần sửa cuối lúc 22 Tháng 4 2025 10:02 bởi Nguyễn Đức Thắng)' is no text; poster Nguyễn "
                 "Đức Thắng (a staff member), no byline: the author; a member's question of 18/5 floats the thread to the "
                 "list's top"],
          **at(datetime(2025, 4, 22, 9, 30))),
        A(path="", title="Những điểm HTX cần lưu ý khi sửa đổi điều lệ theo Luật Hợp tác xã năm 2023",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024; các HTX thành lập trước đó phải sửa đổi, bổ sung điều lệ cho phù hợp.
## Những nội dung cần sửa đổi
* Điều kiện trở thành thành viên chính thức, thành viên liên kết góp vốn;
* Thẩm quyền của Đại hội thành viên và Hội đồng quản trị;
* Quỹ chung không chia và việc phân phối thu nhập;
* Tỷ lệ giao dịch với thành viên và người không phải thành viên.
HTX cần hoàn thành việc sửa đổi điều lệ trong thời hạn 24 tháng kể từ ngày Luật có hiệu lực.
Lường Văn Tiến - Phòng Kinh tế tập thể
""", author="Lường Văn Tiến",
          opts={"by": "admin", "forum": 4, "views": 187},
          notes=["a [b] heading (a <strong> line of the nl2br body) and a [list] (ul.bbcode): one line each; poster 'admin' "
                 "but 'Lường Văn Tiến - Phòng Kinh tế tập thể' closes the text -> Lường Văn Tiến; only on list.php?4,page=2"],
          **at(datetime(2025, 3, 27, 8, 45))),
        A(path="", title="HTX Nông nghiệp Thanh Xương liên kết sản xuất gạo Điện Biên chất lượng cao",
          body="""
HTX Nông nghiệp Thanh Xương (huyện Điện Biên) liên kết với doanh nghiệp sản xuất 150 ha lúa Bắc Thơm số 7 và Séng Cù.
Doanh nghiệp cung ứng giống, phân bón và bao tiêu sản phẩm với giá cao hơn thị trường 10%.
Gạo Điện Biên của HTX đã có mặt tại nhiều siêu thị ở Hà Nội và các tỉnh miền Bắc.
Theo Báo Điện Biên Phủ
""", author=None,
          opts={"by": "vanphong", "forum": 4, "views": 263},
          replies=[("htxthanhxuong", datetime(2025, 4, 16, 7, 55), "quote",
                    "Cảm ơn Liên minh đã đưa tin, HTX sẽ mở rộng thêm 50 ha trong vụ mùa."),
                   ("lothimai", datetime(2025, 4, 17, 19, 20), None, "Gạo Séng Cù của HTX ăn rất ngon.")],
          notes=["a reprint: 'Theo Báo Điện Biên Phủ' closes the text; posted by the office's account: no author; two "
                 "replies (one quoting the news in blockquote.bbcode 'Trích dẫn … vanphong') are not text"],
          **at(datetime(2025, 4, 15, 14, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với các HTX huyện Mường Ảng",
          body="""
Chiều 9/4, đoàn công tác Liên minh HTX tỉnh đã làm việc với đại diện 18 HTX trên địa bàn huyện Mường Ảng.
Các HTX kiến nghị hỗ trợ vốn mở rộng vùng trồng cà phê, xây dựng nhà sơ chế và kết nối tiêu thụ sản phẩm.
Liên minh HTX tỉnh sẽ tổng hợp kiến nghị, phối hợp với các sở, ngành giải quyết trong quý II.
""", author=None,
          opts={"by": "admin", "forum": 4, "views": 144},
          notes=["posted at 00:10 on 10 April about the afternoon before ('Chiều 9/4' is the event): the head 'Ngày: 10 "
                 "Tháng 4 2025 00:10' (the board's +7), the feeds 'Wed, 09 Apr 2025 17:10:00 +0000' (PHP's UTC: the 9th if "
                 "the zone is dropped); published 2025-04-10 00:10; poster 'admin', no byline: author null"],
          **at(datetime(2025, 4, 10, 0, 10))),
        A(path="", title="HTX Cà phê Mường Ảng nâng cao chất lượng cà phê đặc sản",
          body="""
HTX Cà phê Mường Ảng hiện có 62 thành viên, liên kết trồng và chăm sóc 210 ha cà phê theo hướng hữu cơ.
HTX đầu tư máy rang, xay và dây chuyền đóng gói, nâng giá trị sản phẩm lên gấp ba lần so với bán cà phê nhân.
Năm 2025, HTX phấn đấu đưa sản phẩm cà phê Mường Ảng đạt chứng nhận OCOP 4 sao.
""", author="Lò Thị Thanh",
          opts={"by": "Lò Thị Thanh", "forum": 4, "views": 92},
          replies=[("quangvanbinh", datetime(2025, 5, 17, 9, 5), None, "HTX có bán lẻ cà phê rang xay qua mạng không ạ?"),
                   ("Lò Thị Thanh", datetime(2025, 5, 19, 16, 30), None,
                    "HTX có gian hàng trên sàn Postmart, bạn tìm theo tên HTX Cà phê Mường Ảng nhé.")],
          notes=["poster Lò Thị Thanh (a person, no byline): the author; her own reply under it and its signature are not "
                 "text; the newest thread of the list (floated by its replies)"],
          **at(datetime(2025, 5, 16, 10, 40))),
        A(path="", title="Liên minh HTX tỉnh Điện Biên tổng kết công tác năm 2024",
          body="""
Ngày 14/1, Liên minh HTX tỉnh Điện Biên tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tongket-2024.jpg] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 26 HTX, tổ chức 9 lớp tập huấn cho 540 lượt cán bộ HTX.
""", byline="Tin, ảnh: Cà Thị Hồng", author="Cà Thị Hồng",
          opts={"by": "Nguyễn Đức Thắng", "forum": 4, "views": 301},
          notes=["the oldest thread: only on list.php?4,page=2 among the lists (and behind its neighbour's 'Chủ đề cũ hơn' "
                 "redirect, read.php?4,<modifystamp>,older); poster Nguyễn Đức Thắng but 'Tin, ảnh: Cà Thị Hồng' closes "
                 "the text -> Cà Thị Hồng"],
          **at(datetime(2025, 1, 15, 16, 0))),
    ]


@dataclass
class Thread:
    id: int
    forum: int
    subject: str
    msgs: list  # [(mid, user, when, html, parent)]
    sticky: bool = False
    views: int = 0
    article: PhArticle | None = None

    @property
    def last(self):
        return max(self.msgs, key=lambda m: m[2])

    @property
    def modifystamp(self) -> int:
        return stamp(self.last[2])


def body_html(a: PhArticle) -> str:
    """nl2br output of the BBCode/HTML body: one <br /> a line, an empty line between paragraphs."""
    paras: list[str] = []
    blocks = a.blocks
    head = a.opts.get("head", 0)
    if head:
        paras.append("<br />\n".join(inline_html(b.text) for b in blocks[:head]))
        blocks = blocks[head:]
    for b in blocks:
        if b.kind == "p":
            paras.append(inline_html(b.text))
        elif b.kind == "h":
            paras.append(f"<strong>{esc(b.text)}</strong>")
        elif b.kind == "ul":
            paras.append('<ul class="bbcode">' + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif b.kind == "table":
            paras.append(table_html(b, css="tbl").replace("\n", " "))
        elif b.kind == "img":
            src = f"{B}/images/upload/{a.date:%Y%m}/{b.src}"
            paras.append(f'<img src="{src}" class="bbcode" border="0" />' + (f"<br />\n<i>{esc(b.text)}</i>" if b.text else ""))
    if a.byline:
        paras.append(esc(a.byline))
    return "<br />\n<br />\n".join(paras)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dien-bien", f"{BOARD} (Phorum 5.2)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/feed.php?4,type=rss" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    raw: list = [(a.date, a.opts["forum"], a.title, a.opts["by"], a) for a in arts]
    raw += [
        (datetime(2023, 3, 1, 8, 0), 4, "Nội quy đăng bài chuyên mục Tin tức - Sự kiện", "admin",
         "Chuyên mục chỉ đăng tin hoạt động của Liên minh HTX tỉnh và các HTX.<br />\nThành viên trả lời đúng chủ đề, "
         "không quảng cáo."),
        (datetime(2025, 5, 12, 20, 15), 6, "Hỏi thủ tục đăng ký HTX dịch vụ du lịch cộng đồng", "lothimai",
         "Chào các anh chị, bản em muốn thành lập HTX dịch vụ du lịch cộng đồng thì cần chuẩn bị hồ sơ gì ạ?"),
        (datetime(2025, 4, 28, 9, 0), 7, "HTX Thanh Xương giới thiệu gạo Séng Cù đóng túi 5 kg", "htxthanhxuong",
         "HTX Nông nghiệp Thanh Xương nhận đặt gạo Séng Cù đóng túi 5 kg, giao hàng toàn tỉnh. Liên hệ: 0215.3926.118."),
    ]
    other_replies = {"Hỏi thủ tục đăng ký HTX dịch vụ du lịch cộng đồng": [
        ("Nguyễn Đức Thắng", datetime(2025, 5, 13, 8, 40), None,
         "Bạn chuẩn bị giấy đề nghị đăng ký, điều lệ, phương án sản xuất kinh doanh và danh sách thành viên nhé."),
        ("lothimai", datetime(2025, 5, 13, 21, 5), None, "Em cảm ơn anh, em sẽ liên hệ phòng Tài chính - Kế hoạch huyện.")]}
    raw.sort(key=lambda r: r[0])
    events = []
    threads: list[Thread] = []
    for when, forum, subject, user, content in raw:
        art = content if isinstance(content, PhArticle) else None
        th = Thread(0, forum, subject, [], sticky=subject.startswith("Nội quy"), article=art,
                    views=art.opts["views"] if art else 88)
        threads.append(th)
        events.append((when, th, user, content, None))
        for r in (art.replies if art else other_replies.get(subject, [])):
            events.append((r[1], th, r[0], r[3], r[2]))
    events.sort(key=lambda e: e[0])
    reply_texts = []
    for mid, (when, th, user, content, kind) in enumerate(events, 120):
        if not th.msgs:
            th.id = mid
            html = body_html(content) if isinstance(content, PhArticle) else content
            parent = 0
        else:
            html = ""
            if kind == "quote":
                quoted = th.article.blocks[0].text if th.article else ""
                html = (f'<blockquote class="bbcode"><div><small>Trích dẫn<br /></small><strong>{esc(th.msgs[0][1])}'
                        f"</strong><br />\n{esc(quoted)}</div></blockquote>")
            html += esc(content)
            if th.article:
                reply_texts.append(content)
            parent = th.id
        sig = USERS[UID[user]][1]
        if sig:
            html += f"<br />\n<br />\n-- <br />\n{esc(sig)}"
        th.msgs.append((mid, user, when, html, parent))
    site.extra_boilerplate += reply_texts
    for th in threads:
        if th.article:
            th.article.path = f"/read.php?{th.forum},{th.id}"
            th.article.opts["thread"] = th

    def ulink(user: str) -> str:
        return f'<a href="{B}/profile.php?{4},{UID[user]}">{esc(user)}</a>'

    def announce_box() -> str:
        items = [t for t in threads if t.forum == 1]
        return ('<div class="PhorumStdBlockHeader PhorumNarrowBlock" style="text-align: left;"><span class="PhorumHeadingLeft">'
                'Thông báo</span></div><div class="PhorumStdBlock PhorumNarrowBlock" style="text-align: left;">'
                + "".join(f'<div class="PhorumAnnouncement"><a href="{B}/read.php?1,{t.id}">{esc(t.subject)}</a> <span '
                          f'class="PhorumListSubText">{short_date(t.msgs[0][2])}</span></div>' for t in items)
                + "</div><br />")

    def layout(forum: int | None, title_parts: list[str], content: str, *, feeds: list[tuple[str, str]] = (),
               printview: bool = False, announce: bool = False) -> str:
        fid = forum or 4
        css = (f'<meta name="robots" content="NOINDEX,NOFOLLOW">\n<link rel="stylesheet" type="text/css" href="{B}/css.php?'
               f'{fid},css_print" media="screen,print" />') if printview else (
            f'<link rel="stylesheet" type="text/css" href="{B}/css.php?{fid},css" media="screen" />\n'
            f'<link rel="stylesheet" type="text/css" href="{B}/css.php?{fid},css_print" media="print" />')
        alt = "".join(f'\n<link rel="alternate" type="application/rss+xml" title="{attr(t)}" href="{h}" />' for t, h in feeds)
        name = (f'<a href="{B}/list.php?{forum}">{esc(FORUMS[forum][0])}</a>&nbsp;:&nbsp;' if forum else "")
        top = "" if printview else f"""<span class="PhorumTitleText PhorumLargeFont">
{name}{esc(BOARD)}
</span>
<a href="{B}/index.php"><img src="{B}/templates/classic/images/logo.png" alt="The fastest message board... ever. " title="The fastest message board... ever. " width="170" height="42" border="0" /></a>
<div class="PhorumFloatingText">{esc(DESC)}&nbsp;</div>
{announce_box() if announce else ''}"""
        return f"""<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "DTD/xhtml1-transitional.dtd">
<html lang="vi_VN">
<head>
{css}{alt}
<script type="text/javascript" src="{B}/javascript.php?{fid}"></script>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
<title>{esc(" :: ".join([BOARD, *title_parts]))}</title>
</head>
<body onload="">
<div align="center">
<div class="PDDiv">
{top}
{content}
{'' if printview else f'<div class="PhorumFooterPlug" align="center">This <a href="{{{{base:offsite}}}}/phorum/">forum</a> powered by <a href="{{{{base:offsite}}}}/phorum/">Phorum</a>.</div>'}
</div>
</div>
</body>
</html>
"""

    def goto_nav(forum: int, th: Thread | None = None) -> str:
        right = ""
        if th:
            right = (f'<div style="float: right;"><span class="PhorumNavHeading">Đi tới chủ đề:</span>&nbsp;<a class="PhorumNavLink" '
                     f'href="{B}/read.php?{forum},{th.modifystamp},newer">Chủ đề mới hơn</a>&bull;<a class="PhorumNavLink" '
                     f'href="{B}/read.php?{forum},{th.modifystamp},older">Chủ đề cũ hơn</a></div>')
        pv = (f'&bull;<a class="PhorumNavLink" href="{B}/read.php?{forum},{th.id},printview" target="_blank">Bản in</a>'
              if th else "")
        return (f'<div class="PhorumNavBlock" style="text-align: left;">{right}<span class="PhorumNavHeading PhorumHeadingLeft">'
                f'Đi tới:</span>&nbsp;<a class="PhorumNavLink" href="{B}/index.php">Danh sách diễn đàn</a>&bull;<a '
                f'class="PhorumNavLink" href="{B}/list.php?{forum}">Danh sách bài</a>&bull;<a class="PhorumNavLink" href="{B}/'
                f'posting.php?{forum}">Chủ đề mới</a>&bull;<a class="PhorumNavLink" href="{B}/search.php?{forum}">Tìm kiếm</a>'
                f'&bull;<a class="PhorumNavLink" href="{B}/login.php?{forum}">Đăng nhập</a>{pv}</div>')

    def message_block(th: Thread, m: tuple, printview: bool = False) -> str:
        mid, user, when, html, parent = m
        first = parent == 0
        subj = (f'<div class="PhorumReadBodySubject">{esc(th.subject)} <span class="PhorumNewFlag"></span></div>' if first
                else f'<div class="PhorumReadBodyHead"><strong>Re: {esc(th.subject)}</strong> <span class="PhorumNewFlag">'
                     "</span></div>")
        anchor = "" if first else f'<a name="msg-{mid}"></a>\n'
        edit = ""
        if first and th.article and th.article.opts.get("edited"):
            ew, who = th.article.opts["edited"]
            edit = (f'<br />\n<br />\n<span class="PhorumMessageEdited">(Đã sửa 1 lần. Lần sửa cuối lúc {long_date(ew)} bởi '
                    f"{esc(who)}.)</span>")
        att = ""
        if first and th.article and th.article.attachments:
            att = "Tệp đính kèm:\n" + "".join(f'<a href="{B}{x["path"]}">{esc(x["text"])}</a>&nbsp;&nbsp;'
                                              for x in th.article.attachments)
        opts = "" if printview else (
            f'<div class="PhorumReadNavBlock" style="text-align: left;"><span class="PhorumNavHeading PhorumHeadingLeft">Tùy '
            f'chọn:</span>&nbsp;<a class="PhorumNavLink" href="{B}/read.php?{th.forum},{th.id},{mid}#REPLY" rel="nofollow">Trả '
            f'lời</a>&bull;<a class="PhorumNavLink" href="{B}/read.php?{th.forum},{th.id},{mid},quote=1#REPLY" rel="nofollow">'
            "Trích dẫn</a></div>")
        return (f'{anchor}<div class="PhorumReadMessageBlock"><div class="PhorumStdBlock">{subj}<div class="PhorumReadBodyHead">'
                f'Đăng bởi: <strong>{ulink(user)}</strong> (IP đã ghi)</div><div class="PhorumReadBodyHead">Ngày: '
                f'{long_date(when)}</div><br /><div class="PhorumReadBodyText">{html}{edit}</div><br />{att}</div>{opts}</div>\n')

    def reply_form(forum: int) -> str:
        return (f'<a name="REPLY"></a><div class="PhorumStdBlock PhorumNarrowBlock"><div class="PhorumFloatingText">Xin lỗi, chỉ '
                f'thành viên đã đăng ký mới được gửi bài trong diễn đàn này.</div><a class="PhorumNavLink" href="{B}/login.php?'
                f'{forum}">Đăng nhập</a></div>')

    def tree(th: Thread, current: int) -> str:
        rows = []
        for mid, user, when, _, parent in th.msgs:
            pad = 0 if parent == 0 else 20
            subj = esc(th.subject) if parent == 0 else f"Re: {esc(th.subject)}"
            link = subj if mid == current else f'<a href="{B}/read.php?{th.forum},{th.id},{mid}#msg-{mid}">{subj}</a>'
            rows.append(f'<tr><td class="PhorumTableRow" style="padding-left: {pad}px">&nbsp;{link}</td><td class="PhorumTableRow"'
                        f' nowrap="nowrap" width="150">{ulink(user)}</td><td class="PhorumTableRow PhorumSmallFont" nowrap="nowrap"'
                        f' width="150">{short_date(when)}</td></tr>')
        return ('<table class="PhorumStdTable" cellspacing="0"><tr><th class="PhorumTableHeader" align="left">Chủ đề</th><th '
                'class="PhorumTableHeader" align="left" nowrap>Người viết</th><th class="PhorumTableHeader" align="left" nowrap>'
                f"Ngày gửi</th></tr>{''.join(rows)}</table>")

    forum_threads = {fid: sorted([t for t in threads if t.forum == fid], key=lambda t: (not t.sticky, -t.modifystamp))
                     for fid in FORUMS}
    for th in threads:
        f = th.forum
        path = f"/read.php?{f},{th.id}"
        feeds = [("RSS", f"{B}/feed.php?{f},{th.id},type=rss")]
        if f in THREADED:
            for mid, *_ in th.msgs:
                m = next(x for x in th.msgs if x[0] == mid)
                content = goto_nav(f, th) + message_block(th, m) + tree(th, mid) + reply_form(f)
                p = path if mid == th.id else f"{path},{mid}"
                site.page(p, layout(f, [FORUMS[f][0], th.subject], content, feeds=feeds), content_type=HTML)
                site.same_page(f"{path},{mid},quote=1", p)
                if mid == th.id:
                    site.same_page(f"{path},{mid}", p)
                site.non_articles.append(p)
        else:
            content = (goto_nav(f, th) + "".join(message_block(th, m) for m in th.msgs)
                       + '<br /><br />' + reply_form(f))
            site.page(path, layout(f, [FORUMS[f][0], th.subject], content, feeds=feeds), content_type=HTML)
            for mid, *_ in th.msgs:
                site.same_page(f"{path},{mid}", path)
                site.same_page(f"{path},{mid},quote=1", path)
            pv = f"{path},printview"
            site.page(pv, layout(f, [FORUMS[f][0], th.subject], "".join(message_block(th, m, True) for m in th.msgs),
                                 printview=True), content_type=HTML)
            a = th.article
            if a is None:
                site.non_articles.append(path)
            else:
                a.aliases += [f"{path},{mid}" for mid, *_ in th.msgs] + [f"{path},{mid},quote=1" for mid, *_ in th.msgs] + [pv]
                for b in a.blocks:
                    if b.kind == "img":
                        site.binary(f"/images/upload/{a.date:%Y%m}/{b.src}", image_for(b.src))
                for x in a.attachments:
                    name = "_files/tb-11-lmhtx-2025.pdf"
                    site.files[name] = pdf(a.title, ["LIEN MINH HTX TINH DIEN BIEN", "THONG BAO SO 11/TB-LMHTX"])
                    site.routes.append({"path": x["path"], "file": name, "content_type": "application/pdf"})
                site.add_article(a)
        if f in THREADED:
            for mid, *_ in th.msgs:
                site.same_page(f"{path},printview" if mid == th.id else f"{path},{mid},printview",
                               path if mid == th.id else f"{path},{mid}")
        # thread navigation (float to top: by modifystamp)
        order = [t for t in forum_threads[f] if not t.sticky]
        if th in order:
            i = order.index(th)
            newer = f"/read.php?{f},{order[i - 1].id}" if i > 0 else f"/list.php?{f}"
            older = f"/read.php?{f},{order[i + 1].id}" if i + 1 < len(order) else f"/list.php?{f}"
        else:
            newer = older = f"/list.php?{f}"
        site.redirect(f"/read.php?{f},{th.modifystamp},newer", newer, 302)
        site.redirect(f"/read.php?{f},{th.modifystamp},older", older, 302)
    news = [t for t in threads if t.article and t.forum == 4]
    site.trap("every message's 'Trả lời' read.php?4,N,M#REPLY and 'Trích dẫn' read.php?4,N,M,quote=1#REPLY (the reply "
              "form under the thread) and the printer view 'Bản in' read.php?4,N,printview (no navigation, NOINDEX): the "
              "same thread page, aliases", f"/read.php?4,{news[0].id},printview")
    site.trap("'Chủ đề mới hơn' / 'Chủ đề cũ hơn' read.php?4,<modifystamp>,newer|older: 302 redirects to the neighbour "
              "thread (float to top) or the list", f"/read.php?4,{news[0].modifystamp},older")
    qa = next(t for t in threads if t.forum == 6)
    site.trap("the threaded forum 'Hỏi đáp chính sách HTX': read.php?6,N shows the question over the thread's tree, "
              "read.php?6,N,M one reply: members' messages, not articles", f"/read.php?6,{qa.id},{qa.msgs[1][0]}")

    # lists
    def flat_rows(items: list[Thread]) -> str:
        out = []
        for i, t in enumerate(items):
            alt = "Alt" if i % 2 else ""
            lmid, luser, lwhen, _, _ = t.last
            prefix = '<span class="PhorumListSubjPrefix">Dán:</span>' if t.sticky else ""
            out.append(f'<tr><td class="PhorumTableRow{alt}">{prefix}<a href="{B}/read.php?{t.forum},{t.id}">{esc(t.subject)}'
                       f'</a></td><td class="PhorumTableRow{alt}" align="center">{t.views}&nbsp;</td><td class="PhorumTableRow'
                       f'{alt}" align="center" nowrap="nowrap">{len(t.msgs)}&nbsp;</td><td class="PhorumTableRow{alt}" '
                       f'nowrap="nowrap">{ulink(t.msgs[0][1])}&nbsp;</td><td class="PhorumTableRow{alt} PhorumSmallFont" '
                       f'nowrap="nowrap">{short_date(lwhen)}&nbsp;<br /><span class="PhorumListSubText"><a href="{B}/read.php?'
                       f'{t.forum},{t.id},{lmid}#msg-{lmid}">Xem bài cuối</a> bởi {ulink(luser)}</span></td></tr>')
        return ('<table border="0" cellspacing="0" class="PhorumStdTable"><tr><th class="PhorumTableHeader" align="left">Chủ '
                'đề</th><th class="PhorumTableHeader" align="center" width="40">Lượt xem</th><th class="PhorumTableHeader" '
                'align="center" nowrap="nowrap" width="80">Bài viết&nbsp;</th><th class="PhorumTableHeader" align="left" '
                'nowrap="nowrap" width="150">Người gửi&nbsp;</th><th class="PhorumTableHeader" align="left" nowrap="nowrap" '
                f'width="150">Bài cuối&nbsp;</th></tr>{"".join(out)}</table>')

    def threaded_rows(items: list[Thread]) -> str:
        out = []
        for i, t in enumerate(items):
            alt = "Alt" if i % 2 else ""
            for mid, user, when, _, parent in t.msgs:
                subj = esc(t.subject) if parent == 0 else f"Re: {esc(t.subject)}"
                href = f"{B}/read.php?{t.forum},{t.id}" if parent == 0 else f"{B}/read.php?{t.forum},{t.id},{mid}#msg-{mid}"
                out.append(f'<tr><td class="PhorumTableRow{alt}" style="padding-left: {0 if parent == 0 else 20}px">&nbsp;<a '
                           f'href="{href}">{subj}</a>&nbsp;<span class="PhorumNewFlag"></span></td><td class="PhorumTableRow'
                           f'{alt}" nowrap="nowrap" align="center" width="80">{t.views if parent == 0 else 31}</td><td '
                           f'class="PhorumTableRow{alt}" nowrap="nowrap" width="150">{ulink(user)}</td><td class="PhorumTableRow'
                           f'{alt} PhorumSmallFont" nowrap="nowrap" width="150">{short_date(when)}</td></tr>')
        return ('<table class="PhorumStdTable" cellspacing="0"><tr><th class="PhorumTableHeader" align="left">Chủ đề</th><th '
                'class="PhorumTableHeader" align="center">Lượt xem</th><th class="PhorumTableHeader" align="left" nowrap>'
                f'Người viết</th><th class="PhorumTableHeader" align="left" nowrap>Ngày gửi</th></tr>{"".join(out)}</table>')

    def paging(forum: int, n: int, pages: int) -> str:
        links = ""
        if pages > 1:
            parts = []
            if n > 1:
                parts.append(f'<a class="PhorumNavLink" href="{B}/list.php?{forum},page={n - 1}">Trang trước</a>')
            for k in range(1, pages + 1):
                parts.append(f"<strong>{k}</strong>" if k == n else
                             f'<a class="PhorumNavLink" href="{B}/list.php?{forum},page={k}">{k}</a>')
            if n < pages:
                parts.append(f'<a class="PhorumNavLink" href="{B}/list.php?{forum},page={n + 1}">Trang sau</a>')
            links = f'<div style="float: right;"><span class="PhorumNavHeading">Trang:</span>&nbsp;{"".join(parts)}</div>'
        return (f'<div class="PhorumNavBlock" style="text-align: left;">{links}<span class="PhorumNavHeading PhorumHeadingLeft">'
                f"Trang hiện tại: </span>{n} trên {pages}</div>")

    for fid, (fname, _) in FORUMS.items():
        items = forum_threads[fid]
        pages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            path = f"/list.php?{fid}" if n == 1 else f"/list.php?{fid},page={n}"
            rows = threaded_rows(chunk) if fid in THREADED else flat_rows(chunk)
            content = goto_nav(fid) + paging(fid, n, len(pages)) + rows + paging(fid, n, len(pages))
            site.page(path, layout(fid, [fname], content, feeds=[("RSS", f"{B}/feed.php?{fid},type=rss")], announce=True),
                      content_type=HTML)
            site.non_articles.append(path)
            if n == 1:
                site.same_page(f"/list.php?{fid},page=1", path)
    site.trap("list.php?4 (6 threads a page: the sticky 'Nội quy' first, then floated by the LAST message; 'Xem bài cuối' "
              "links read.php?4,N,M#msg-M): list.php?4,page=2 holds the two oldest news", "/list.php?4,page=2")
    site.trap("the Announcements box on top of the index and the lists links the notice in 'Thông tin chung' "
              "(read.php?1,N); the threaded list of forum 6 shows every message as an indented row", "/list.php?6")

    # index
    rows = []
    for i, (fid, (fname, fdesc)) in enumerate(FORUMS.items()):
        alt = "Alt" if i % 2 else ""
        ts = forum_threads[fid]
        lw = max(t.last[2] for t in ts)
        rows.append(f'<tr><td class="PhorumTableRow{alt}"><a href="{B}/list.php?{fid}">{esc(fname)}</a><p '
                    f'class="PhorumForumDescription">{esc(fdesc)}</p></td><td class="PhorumTableRow{alt}" align="center">'
                    f'{len(ts)}</td><td class="PhorumTableRow{alt}" align="center">{sum(len(t.msgs) for t in ts)}</td><td '
                    f'class="PhorumTableRow{alt} PhorumSmallFont">{short_date(lw)}</td></tr>')
    index = ('<div class="PhorumNavBlock" style="text-align: left;"><span class="PhorumNavHeading PhorumHeadingLeft">Đi tới:'
             f'</span>&nbsp;<a class="PhorumNavLink" href="{B}/search.php?4">Tìm kiếm</a>&bull;<a class="PhorumNavLink" '
             f'href="{B}/login.php?4">Đăng nhập</a></div><table class="PhorumStdTable" cellspacing="0"><tr><th '
             'class="PhorumTableHeader" align="left">Diễn đàn</th><th class="PhorumTableHeader">Chủ đề</th><th '
             f'class="PhorumTableHeader">Bài viết</th><th class="PhorumTableHeader">Bài cuối</th></tr>{"".join(rows)}</table>')
    site.page("/", layout(None, [], index, announce=True), content_type=HTML)
    site.same_page("/index.php", "/")
    site.non_articles += ["/", "/index.php"]

    # search, profiles, login
    for fid in FORUMS:
        site.page(f"/search.php?{fid}", layout(fid, ["Tìm kiếm"], goto_nav(fid) + '<div class="PhorumStdBlock"><form '
                                               f'method="get" action="{B}/search.php"><input type="hidden" name="forum_id" '
                                               f'value="{fid}" /><input type="text" name="search" size="30" /><select '
                                               'name="match_forum"><option value="ALL">Mọi diễn đàn</option></select><input '
                                               'type="submit" value="Tìm kiếm" /></form></div>'), content_type=HTML)
        site.non_articles.append(f"/search.php?{fid}")
    for uid, (name, sig, reg, posts) in USERS.items():
        p = f"/profile.php?4,{uid}"
        site.page(p, layout(4, [f"Hồ sơ của {name}"], goto_nav(4) + f'<div class="PhorumStdBlock"><div class="PhorumReadBodyHead">'
                            f"Tên: <strong>{esc(name)}</strong></div><div>Ngày đăng ký: {short_date(reg)}</div><div>Số bài: "
                            f"{posts}</div></div>"), content_type=HTML)
        site.non_articles.append(p)
    site.trap("profiles profile.php?4,N (every poster's name), the index, search.php?4: not articles", "/profile.php?4,5")
    for fid in FORUMS:
        for kind, title in (("login", "Đăng nhập"), ("posting", "Chủ đề mới")):
            p = f"/{kind}.php?{fid}"
            site.page(p, layout(fid, [title], f'<div class="PhorumStdBlock"><form method="post" action="{B}/{kind}.php">'
                                f'<input type="hidden" name="forum_id" value="{fid}" /><input type="text" name="username" />'
                                '</form></div>'), content_type=HTML)
            site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nDisallow: /login.php\nDisallow: /register.php\nDisallow: /posting.php\n"
                "Disallow: /control.php\nDisallow: /pm.php\nDisallow: /moderation.php\nDisallow: /report.php\n")
    site.trap("robots.txt (the admin's) disallows login.php ('Đăng nhập'), register.php and posting.php ('Chủ đề mới'): "
              "never fetched", "/login.php?4")
    for fid in FORUMS:
        site.page(f"/css.php?{fid},css", "body{font-family:Verdana,Arial,sans-serif;font-size:13px}\n", content_type="text/css")
        site.page(f"/css.php?{fid},css_print", "body{font-size:12pt}\n", content_type="text/css")
        site.page(f"/javascript.php?{fid}", "/* phorum javascript */\n", content_type="application/javascript")

    # feeds (PHP in UTC)
    def rss(title: str, link: str, items: list[tuple]) -> str:
        its = "".join(f"<item><guid>{B}/{lk}</guid><title>{esc(t)}</title><link>{B}/{lk}</link><description><![CDATA[{c}]]>"
                      f"</description><dc:creator>{esc(au)}</dc:creator><category>{esc(cat)}</category><pubDate>{rfc(w)}"
                      "</pubDate></item>\n" for t, lk, w, au, c, cat in items)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
                f"<channel>\n<title>{esc(title)}</title>\n<description>{esc(DESC)}</description>\n<link>{B}/{link}</link>\n"
                f"<lastBuildDate>{rfc(NOW)}</lastBuildDate>\n<generator>Phorum 5.2.23</generator>\n{its}</channel>\n</rss>\n")

    for fid, (fname, _) in FORUMS.items():
        items = sorted(forum_threads[fid], key=lambda t: -t.msgs[0][2].timestamp())
        site.page(f"/feed.php?{fid},type=rss", rss(f"{BOARD} - {fname}", f"list.php?{fid}",
                                                   [(t.subject, f"read.php?{fid},{t.id},{t.id}#msg-{t.id}", t.msgs[0][2],
                                                     t.msgs[0][1], t.msgs[0][3], fname) for t in items]), content_type=RSS)
    for th in threads:
        items = [(th.subject if p == 0 else f"Re: {th.subject}", f"read.php?{th.forum},{th.id},{mid}#msg-{mid}", w, u, h,
                  FORUMS[th.forum][0]) for mid, u, w, h, p in reversed(th.msgs)]
        site.page(f"/feed.php?{th.forum},{th.id},type=rss", rss(f"{BOARD} - {th.subject}", f"read.php?{th.forum},{th.id}",
                                                                items), content_type=RSS)
    site.trap("RSS feed.php?4,type=rss (the list's alternate: the forum's threads, newest first) and feed.php?4,N,type=rss "
              "(a thread's messages): date('r') in PHP's UTC '+0000'", "/feed.php?4,type=rss")
    return site
