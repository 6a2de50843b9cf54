"""Site `groupsio-htxthainguyen` (registry family `generic`): "Liên minh HTX tỉnh Thái Nguyên", the public
**Groups.io** group `lmhtx-thainguyen` that the alliance's office runs as its bulletin board (the office and two staff
members post the news; member cooperatives ask and answer by e-mail), as a signed-out visitor gets it, with the
group's time zone Asia/Ho_Chi_Minh and the Vietnamese interface. The copy is of 20 November 2024, 10:00. Written as a
held-out test: no family module, no selectors.

What is an article here: a topic the office or its staff started with a news item or a notice, at
`/g/lmhtx-thainguyen/topic/<slug>/<topic id>` (the slug is the ASCII-folded subject cut to a few words, joined by
`_`); the topic page holds the first message (the article) and the replies under it. Each message also has its own
page `/g/lmhtx-thainguyen/message/<n>` (the group's running number, "#12"): the first message's page is the same
article (an alias), a reply's page is not an article. Members' questions are topics too: no articles.

URL shapes: the group home `/g/lmhtx-thainguyen` (description, the five latest topics), the topics list
`/g/lmhtx-thainguyen/topics` (20 a page, sorted by the LAST post; "Sau ›" goes to
`/g/lmhtx-thainguyen/topics?page=2&after=<cursor>`), a hashtag's topics `/g/lmhtx-thainguyen/topics?hashtag=%23thongbao`,
the message archive `/g/lmhtx-thainguyen/messages`, attachments `/g/lmhtx-thainguyen/attachment/<n>/<k>/<file>` (inline
photos of a mail too), the RSS `/g/lmhtx-thainguyen/rss`; joining, logging in and the members list are disallowed by
robots.txt. No sitemap.

Why it is hard: `<title>` is "lmhtx-thainguyen@groups.io | <subject>"; the subject is an `h3` (no `<h1>`), with the
topic's hashtags as labels after it ("#thongbao": not part of the title). Dates: a message shows "Tháng 11 3"
(this year: no year) or "12/20/23" (an older year: month first, two-digit year) and its full time only in the span's
hover title ("Tháng 11 3, 2024 9:15am"); the RSS pubDate is UTC (the notice of 00:20 on 12 November is 11 November
there). The sender is the account: the office ("Văn phòng LMHTX Thái Nguyên") is no author; a staff member who
posts without a byline is the author; a closing byline names the author. The message body is the mail's HTML (Gmail
`<div>` lines, tables, lists, inline photos with a caption line); a "-- " signature block (no text) ends the staff
mails. Replies quote the article with Gmail's `gmail_quote` blockquote, which carries the group's e-mail footer:
"_._,_._,_", the "Groups.io Links:" box ("You receive all messages sent to this group.", "View/Reply Online (#12)",
"Mute This Topic", "Group Owner", "Unsubscribe"); the web page also shows "Like", "More" and the topic's
"Nhảy tới tin mới nhất" controls.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "groupsio-htxthainguyen"
GROUP = "lmhtx-thainguyen"
G = f"/g/{GROUP}"
ADDR = f"{GROUP}@groups.io"
GNAME = "Liên minh HTX tỉnh Thái Nguyên - Bản tin"
NOW = datetime(2024, 11, 20, 10, 0)
PER = 20
OFFICE = "Văn phòng LMHTX Thái Nguyên"
HA = "Đặng Thu Hà"
KHANH = "Ma Văn Khánh"
SIG = {HA: ["Đặng Thu Hà", "Ban Tuyên truyền - Liên minh HTX tỉnh Thái Nguyên", "ĐT: 0912.507.338"],
       KHANH: ["Ma Văn Khánh", "Phòng Tư vấn hỗ trợ - Liên minh HTX tỉnh Thái Nguyên", "ĐT: 0983.224.716"],
       OFFICE: ["Văn phòng Liên minh HTX tỉnh Thái Nguyên", "Số 10 đường Nha Trang, TP Thái Nguyên - ĐT: 0208.3855.624"]}
GIO = ["Groups.io Links:", "You receive all messages sent to this group.", "Mute This Topic", "Group Owner",
       "Unsubscribe", "_._,_._,_"]
FURN = [*sorted({x for v in SIG.values() for x in v[1:]}), *GIO, "Nhảy tới tin mới nhất", "Thích", "Thêm",
        "Trả lời", "Đăng nhập", "Đăng ký", "Tham gia nhóm", ADDR, "Nhóm công khai", "Tin nhắn", "Chủ đề",
        "Thẻ bắt đầu bằng #", "Tệp đính kèm", "© 2024 Groups.io", "Điều khoản dịch vụ", "Quyền riêng tư"]


def fold(s: str) -> str:
    s = unicodedata.normalize("NFD", s.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in s if not unicodedata.combining(c))


def tslug(subject: str) -> str:
    words = re.findall(r"[a-z0-9]+", fold(subject).lower())
    return "_".join(words[:5])


def num(seed: str, lo: int, hi: int) -> int:
    return lo + int(hashlib.sha1(seed.encode()).hexdigest(), 16) % (hi - lo)


def cursor(d: datetime) -> int:
    """The topics pager's `after=`: the last post's time in UTC microseconds (machine time zone independent)."""
    return int((d - timedelta(hours=7) - datetime(1970, 1, 1)).total_seconds()) * 1000000


def short_date(d: datetime) -> str:
    if d.date() == NOW.date():
        return d.strftime("%I:%M%p").lstrip("0").lower()
    if d.year == NOW.year:
        return f"Tháng {d.month} {d.day}"
    return f"{d.month}/{d.day}/{d:%y}"


def full_date(d: datetime) -> str:
    return f"Tháng {d.month} {d.day}, {d.year} {d.strftime('%I:%M%p').lstrip('0').lower()}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Liên minh HTX tỉnh giao ban công tác quý IV năm 2024",
          lead="Sáng 15/11, Liên minh HTX tỉnh Thái Nguyên tổ chức hội nghị giao ban công tác quý IV năm 2024 với các phòng kinh tế, phòng nông nghiệp các huyện, thành phố.",
          body="""
Mười tháng năm 2024, toàn tỉnh thành lập mới 58 HTX, vượt 16% kế hoạch năm.
Các đại biểu kiến nghị đẩy nhanh giải ngân vốn vay ưu đãi và hỗ trợ HTX tham gia chuỗi giá trị chè.
""", byline="Bài, ảnh: Đặng Thu Hà", author="Đặng Thu Hà",
          opts={"sender": HA, "tags": ["tintuc"], "replies": [("HTX Chè La Bằng", timedelta(hours=6, minutes=12),
                "Cảm ơn Liên minh đã chia sẻ, HTX La Bằng mong được tham gia các lớp tập huấn sắp tới.")]},
          notes=["the staff sender 'Đặng Thu Hà' closes her text with 'Bài, ảnh: Đặng Thu Hà' (text, the author); her "
                 "'-- ' signature block is no text; a member's reply quotes the whole mail with the Groups.io footer "
                 "('_._,_._,_', 'Groups.io Links:'): not text; the topic has the hashtag label #tintuc after the subject"],
          **at(datetime(2024, 11, 18, 8, 30))),
        A(path="", title="Thông báo số 12/TB-LMHTX về việc khảo sát nhu cầu vay vốn Quỹ hỗ trợ phát triển HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH THÁI NGUYÊN
Số: 12/TB-LMHTX
Thái Nguyên, ngày 11 tháng 11 năm 2024
THÔNG BÁO
Về việc khảo sát nhu cầu vay vốn Quỹ hỗ trợ phát triển HTX năm 2025
Để xây dựng kế hoạch nguồn vốn năm 2025, Liên minh HTX tỉnh đề nghị các HTX có nhu cầu vay vốn điền phiếu khảo sát gửi kèm.
Phiếu khảo sát gửi về Văn phòng Liên minh HTX tỉnh trước ngày 05/12/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Sơn
""", author=None, doc_number="12/TB-LMHTX",
          opts={"sender": OFFICE, "tags": ["thongbao"], "replies": [], "files": ["TB-12-LMHTX-2024.pdf"]},
          notes=["notice 'Số: 12/TB-LMHTX' sent by the office at 00:20 on 12/11 (hover title 'Tháng 11 12, 2024 "
                 "12:20am'); the RSS pubDate 'Mon, 11 Nov 2024 17:20:00 +0000' is the previous day; the office is no "
                 "author, the signer is text; the attachment 'TB-12-LMHTX-2024.pdf' under the message"],
          **at(datetime(2024, 11, 12, 0, 20))),
        A(path="", title="Ảnh: HTX Chè Tân Cương Hoàng Bình vào vụ chè đông",
          body="""
[img che-dong-1.png] Thành viên HTX thu hái chè đông trên đồi chè Tân Cương
[img che-dong-2.png] Chè được sao bằng tôn quay tại xưởng của HTX
[img che-dong-3.png] Sản phẩm chè đạt OCOP 4 sao được đóng gói giao cho khách
""", byline="Ảnh: Lương Văn Hòa", author="Lương Văn Hòa",
          opts={"sender": HA, "tags": [], "replies": []},
          notes=["photo story in a Gmail mail: inline photos (attachments /attachment/<n>/<k>/…) each followed by a "
                 "caption <div>: the lines; 'Ảnh: Lương Văn Hòa' -> author (not the sender)"],
          **at(datetime(2024, 11, 5, 14, 45))),
        A(path="", title="Kinh tế tập thể tỉnh Thái Nguyên 9 tháng năm 2024",
          body="""
Theo số liệu của Liên minh HTX tỉnh, đến hết tháng 9/2024 toàn tỉnh có 812 HTX đang hoạt động.
| Chỉ tiêu | Năm 2023 | 9 tháng 2024 |
| Số HTX đang hoạt động | 768 | 812 |
| Số thành viên HTX | 19.420 | 20.115 |
| Doanh thu bình quân (triệu đồng/HTX) | 2.350 | 2.010 |
Lĩnh vực nông nghiệp chiếm gần 70% tổng số HTX, chủ yếu sản xuất và chế biến chè.
""", byline="Theo Báo Thái Nguyên", author=None,
          opts={"sender": OFFICE, "tags": ["tintuc"], "replies": []},
          notes=["a table in the mail's HTML, one line per row; reprint 'Theo Báo Thái Nguyên': author null"],
          **at(datetime(2024, 10, 28, 16, 5))),
        A(path="", title="Hướng dẫn hồ sơ đề nghị vay vốn Quỹ hỗ trợ phát triển HTX",
          body="""
Văn phòng Liên minh HTX tỉnh hướng dẫn các HTX chuẩn bị hồ sơ đề nghị vay vốn gồm:
* Giấy đề nghị vay vốn theo mẫu của Quỹ;
* Phương án sản xuất kinh doanh có hiệu quả;
* Báo cáo tài chính hai năm gần nhất;
* Biên bản họp thành viên thông qua việc vay vốn.
Hồ sơ nộp trực tiếp tại Quỹ hoặc gửi qua đường bưu điện.
""", author="Ma Văn Khánh",
          opts={"sender": KHANH, "tags": [], "replies": [("HTX Nông nghiệp Phú Đô", timedelta(days=1, hours=2),
                "Xin hỏi HTX mới thành lập chưa đủ hai năm thì báo cáo tài chính nộp thế nào ạ?"),
                (KHANH, timedelta(days=1, hours=5), "HTX thành lập dưới hai năm nộp báo cáo tài chính của các năm đã hoạt động.")]},
          notes=["sent by the staff member Ma Văn Khánh, no byline: he is the author; his signature after '-- ' is no "
                 "text; a list; two replies (a question and his answer) under it: not text"],
          **at(datetime(2024, 10, 15, 9, 10))),
        A(path="", title="HTX Nông nghiệp Đồng Hỷ tiêu thụ 50 tấn na qua sàn thương mại điện tử",
          body="""
Vụ na năm 2024, HTX Nông nghiệp Đồng Hỷ đã bán được hơn 50 tấn na qua các sàn thương mại điện tử.
HTX tổ chức livestream bán hàng hằng tuần với sự hỗ trợ của Bưu điện tỉnh.
Giá bán na loại một dao động từ 50.000 đến 60.000 đồng/kg.
""", byline="Đặng Thu Hà", author="Đặng Thu Hà",
          opts={"sender": HA, "tags": ["tintuc"], "replies": []},
          **at(datetime(2024, 9, 24, 11, 0))),
        A(path="", title="Liên minh HTX tỉnh kỷ niệm Ngày Quốc tế Phụ nữ 8/3",
          body="""
Chiều 8/3, Công đoàn cơ sở Liên minh HTX tỉnh tổ chức gặp mặt nữ cán bộ, nhân viên nhân Ngày Quốc tế Phụ nữ.
Dịp này, Liên minh HTX tỉnh biểu dương 5 nữ giám đốc HTX tiêu biểu năm 2023.
""", author=None,
          opts={"sender": OFFICE, "tags": [], "replies": []},
          notes=["the 20th topic by last post: the last on the first topics page; the office's mail with no byline: "
                 "author null"],
          **at(datetime(2024, 3, 8, 17, 30))),
        A(path="", title="Tổng kết hoạt động Liên minh HTX tỉnh năm 2023",
          lead="Ngày 19/12, Liên minh HTX tỉnh Thái Nguyên tổ chức hội nghị tổng kết năm 2023.",
          body="""
Năm 2023, toàn tỉnh thành lập mới 61 HTX; 22 HTX được vay vốn Quỹ với tổng số tiền 9,8 tỷ đồng.
Hội nghị khen thưởng 14 tập thể và 20 cá nhân có thành tích xuất sắc.
""", byline="Bài, ảnh: Đặng Thu Hà", author="Đặng Thu Hà",
          opts={"sender": HA, "tags": ["tintuc"], "replies": []},
          notes=["of 2023: the topics list and the message print '12/20/23' (month first, two-digit year); only on "
                 "topics?page=2&after=…"],
          **at(datetime(2023, 12, 20, 15, 20))),
    ]


QA = [  # members' questions: topics, no articles (subject, asker, date, question, answer delay, answer)
    ("Hỏi về mẫu báo cáo tình hình hoạt động HTX năm 2024", "HTX Dịch vụ nông nghiệp Phú Lương", datetime(2024, 11, 19, 8, 5),
     "Xin Liên minh cho biết mẫu báo cáo năm 2024 có thay đổi so với năm trước không ạ?", timedelta(hours=3),
     "Mẫu báo cáo năm 2024 giữ nguyên như năm 2023, HTX tải ở mục Tệp của nhóm."),
    ("Xin tài liệu lớp tập huấn kế toán HTX", "HTX Chè Khe Cốc", datetime(2024, 11, 14, 15, 30),
     "HTX chúng tôi không dự được lớp tập huấn, xin Liên minh gửi tài liệu ạ.", timedelta(hours=20),
     "Tài liệu đã được đưa lên mục Tệp của nhóm."),
    ("Thủ tục chuyển đổi HTX theo Luật Hợp tác xã 2023", "HTX Môi trường Sông Công", datetime(2024, 11, 8, 10, 0),
     "HTX cần làm những thủ tục gì để đăng ký lại điều lệ theo Luật mới ạ?", timedelta(days=1),
     "HTX sửa đổi điều lệ, thông qua tại đại hội thành viên rồi gửi cơ quan đăng ký kinh doanh cấp huyện."),
    ("Hỏi về hỗ trợ tham gia hội chợ", "HTX Miến dong Na Rì", datetime(2024, 10, 30, 9, 15),
     "Liên minh có hỗ trợ chi phí gian hàng hội chợ cuối năm không ạ?", timedelta(hours=5),
     "Liên minh hỗ trợ 50% chi phí gian hàng cho HTX có sản phẩm OCOP."),
    ("Đăng ký mã số vùng trồng chè", "HTX Chè Hảo Đạt", datetime(2024, 10, 21, 14, 0),
     "HTX muốn đăng ký mã số vùng trồng thì liên hệ cơ quan nào ạ?", timedelta(days=2),
     "HTX liên hệ Chi cục Trồng trọt và Bảo vệ thực vật tỉnh."),
    ("Xin số điện thoại Quỹ hỗ trợ phát triển HTX", "HTX Rau an toàn Túc Duyên", datetime(2024, 10, 9, 8, 40),
     "Cho HTX xin số điện thoại của Quỹ ạ.", timedelta(hours=1), "Số điện thoại của Quỹ: 0208.3655.118."),
    ("Hỏi về chương trình OCOP năm 2024", "HTX Gạo Bao thai Định Hóa", datetime(2024, 9, 30, 16, 20),
     "Hạn nộp hồ sơ đánh giá OCOP đợt 2 năm nay là khi nào ạ?", timedelta(days=1), "Hạn nộp hồ sơ là ngày 15/10/2024."),
    ("Cách đăng sản phẩm lên sàn Postmart", "HTX Nấm Đại Từ", datetime(2024, 9, 12, 10, 30),
     "HTX muốn đưa sản phẩm lên sàn Postmart thì làm thế nào ạ?", timedelta(hours=7),
     "HTX liên hệ Bưu điện huyện để được hướng dẫn mở gian hàng."),
    ("Hỏi về tiêu chí HTX kiểu mới", "HTX Chăn nuôi Phổ Yên", datetime(2024, 8, 26, 14, 10),
     "Xin Liên minh cho biết tiêu chí đánh giá HTX kiểu mới hiệu quả ạ.", timedelta(days=1),
     "Tiêu chí theo Thông tư của Bộ Kế hoạch và Đầu tư, Văn phòng sẽ gửi bản mềm cho HTX."),
    ("Mượn hội trường tổ chức đại hội thành viên", "HTX Dịch vụ tổng hợp Tân Linh", datetime(2024, 7, 18, 9, 0),
     "HTX có thể mượn hội trường của Liên minh để tổ chức đại hội không ạ?", timedelta(hours=4),
     "HTX gửi công văn đề nghị, Văn phòng sẽ bố trí lịch."),
    ("Hỏi về lớp đào tạo giám đốc HTX", "HTX Chè Vô Tranh", datetime(2024, 6, 5, 15, 45),
     "Năm nay có mở lớp đào tạo giám đốc HTX không ạ?", timedelta(days=3), "Lớp dự kiến mở vào tháng 8."),
    ("Xin mẫu điều lệ HTX", "HTX Nông nghiệp Quân Chu", datetime(2024, 5, 14, 11, 20),
     "Xin Liên minh gửi mẫu điều lệ HTX theo Luật mới ạ.", timedelta(hours=6), "Mẫu điều lệ đã có ở mục Tệp của nhóm."),
    ("Hỏi về hỗ trợ xây dựng kho lạnh", "HTX Rau Đồng Hỷ", datetime(2024, 4, 2, 8, 30),
     "Chính sách hỗ trợ xây dựng kho lạnh cho HTX năm 2024 thế nào ạ?", timedelta(days=2),
     "HTX xem Nghị quyết của HĐND tỉnh về hỗ trợ phát triển HTX giai đoạn 2021-2025."),
]


def msg_html(a: RichArticle, n: int) -> str:
    out = ['<div dir="ltr">']
    if a.lead:
        out.append(f"<div><b>{inline_html(a.lead)}</b></div><div><br></div>")
    k = 1
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<div>{inline_html(b.text)}</div><div><br></div>")
        elif b.kind == "h":
            out.append(f"<div><b>{esc(b.text)}</b></div>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<div><img src="{G}/attachment/{n}/{k}/{b.src}" alt="{b.src}" width="560"></div>'
                       f"<div><i>{esc(b.text)}</i></div><div><br></div>")
            k += 1
        elif b.kind == "table":
            out.append('<table border="1" cellspacing="0" cellpadding="4" style="border-collapse:collapse">'
                       + "".join("<tr>" + "\n".join((f"<td><b>{esc(c)}</b></td>" if i == 0 else f"<td>{esc(c)}</td>")
                                                    for c in r) + "</tr>" for i, r in enumerate(b.rows)) + "</table><div><br></div>")
    if a.byline:
        out.append(f'<div style="text-align:right"><b>{esc(a.byline)}</b></div>')
    out.append("</div>")
    return "\n".join(out)


def sig_html(sender: str) -> str:
    return ('<div><br></div><span class="gmail_signature_prefix">-- </span><br><div dir="ltr" class="gmail_signature">'
            + "".join(f"<div>{esc(x)}</div>" for x in SIG[sender]) + "</div>")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thai-nguyen", "Liên minh HTX tỉnh Thái Nguyên (Groups.io)", "generic", None,
                     start_urls=["{{base:%s}}%s/topics" % (SITE, G)], feeds=["{{base:%s}}%s/rss" % (SITE, G)])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date)
    # topics: (first message, replies) ; numbering messages in time order
    events = []
    for a in arts:
        events.append((a.date, "art", a))
    for q in QA:
        events.append((q[2], "qa", q))
    events.sort(key=lambda e: e[0])
    topics = []
    n = 1200
    for d, kind, obj in events:
        if kind == "art":
            a = obj
            tid = num(a.title, 100000000, 109999999)
            msgs = [{"n": 0, "who": a.opts["sender"], "date": a.date, "art": a}]
            for who, delta, text in a.opts["replies"]:
                msgs.append({"n": 0, "who": who, "date": a.date + delta, "text": text, "quote": msgs[0]})
            topics.append({"subject": a.title, "tid": tid, "msgs": msgs, "tags": a.opts["tags"], "art": a})
        else:
            subj, who, qd, question, delay, answer = obj
            tid = num(subj, 100000000, 109999999)
            m0 = {"n": 0, "who": who, "date": qd, "text": question}
            topics.append({"subject": subj, "tid": tid, "tags": [], "art": None,
                           "msgs": [m0, {"n": 0, "who": OFFICE, "date": qd + delay, "text": answer, "quote": m0}]})
    allmsgs = sorted((m for t in topics for m in t["msgs"]), key=lambda m: m["date"])
    for m in allmsgs:
        n += 1
        m["n"] = n
    for t in topics:
        t["path"] = f"{G}/topic/{tslug(t['subject'])}/{t['tid']}"
        t["last"] = max(m["date"] for m in t["msgs"])
        for m in t["msgs"]:
            m["topic"] = t
    by_last = sorted(topics, key=lambda t: t["last"], reverse=True)

    def layout(title: str, main: str, head: str = "", active: str = "topics") -> str:
        side = "".join(f'<li{" class=active" if k == active else ""}><a href="{G}{u}">{esc(t)}</a></li>' for k, t, u in
                       [("home", "Trang chủ nhóm", ""), ("messages", "Tin nhắn", "/messages"), ("topics", "Chủ đề", "/topics"),
                        ("hashtags", "Thẻ bắt đầu bằng #", "/hashtags")])
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
{head}<link rel="alternate" type="application/rss+xml" title="{ADDR} Tin nhắn" href="{G}/rss">
<link rel="stylesheet" href="/static/css/groupsio.css">
<script src="/static/js/groupsio.js"></script>
</head>
<body>
<nav class="navbar navbar-default navbar-fixed-top" role="navigation"><div class="container-fluid">
<div class="navbar-header"><a class="navbar-brand" href="/"><img src="/img/groupsio-logo.png" alt="Groups.io" height="30"></a></div>
<ul class="nav navbar-nav navbar-right"><li><a href="/login">Đăng nhập</a></li><li><a href="/register">Đăng ký</a></li></ul>
</div></nav>
<div class="container-fluid"><div class="row">
<div class="col-sm-3 col-md-2 sidebar" id="sidebar">
<div class="group-name"><a href="{G}"><b>{ADDR}</b></a></div>
<div class="text-muted small">Nhóm công khai</div>
<ul class="nav nav-sidebar">{side}</ul>
<a class="btn btn-primary btn-block" href="{G}/join">Tham gia nhóm</a>
</div>
<div class="col-sm-9 col-md-10 main" id="main">
{main}
</div></div></div>
<footer class="footer"><div class="container-fluid text-center small">
<a href="/static/tos">Điều khoản dịch vụ</a> · <a href="/static/privacy">Quyền riêng tư</a> · <span>© 2024 Groups.io</span>
</div></footer>
</body>
</html>
"""

    def gio_footer(m: dict) -> str:
        t = m["topic"]
        return ('<div>_._,_._,_</div><hr><div><b>Groups.io Links:</b></div><div>You receive all messages sent to this '
                f'group.</div><div>View/Reply Online (#{m["n"]}): {{{{base}}}}{G}/message/{m["n"]}</div>'
                f'<div>Mute This Topic: {{{{base}}}}/mt/{t["tid"]}/4471052</div>'
                f'<div>Group Owner: {GROUP}+owner@groups.io</div><div>Unsubscribe: {{{{base}}}}{G}/leave/9930214</div>'
                '<hr><div>_._,_._,_</div>')

    def body_of(m: dict) -> str:
        if "art" in m:
            a = m["art"]
            b = msg_html(a, m["n"])
            if a.opts["sender"] in (HA, KHANH, OFFICE):
                b += sig_html(a.opts["sender"])
            return b
        b = f'<div dir="ltr"><div>{esc(m["text"])}</div></div>'
        if m.get("quote"):
            q = m["quote"]
            inner = body_of(q) + (gio_footer(q) if "art" in q else "")
            b += (f'<br><div class="gmail_quote"><div dir="ltr" class="gmail_attr">Vào {q["date"]:%a, %d %b %Y} lúc '
                  f'{q["date"]:%H:%M} {esc(q["who"])} &lt;{GROUP}@groups.io&gt; đã viết:<br></div>'
                  f'<blockquote class="gmail_quote" style="margin:0px 0px 0px 0.8ex;border-left:1px solid '
                  f'rgb(204,204,204);padding-left:1ex">{inner}</blockquote></div>')
        return b

    def files_of(m: dict) -> str:
        a = m.get("art")
        if not a or not a.opts.get("files"):
            return ""
        lis = "".join(f'<li><a href="{G}/attachment/{m["n"]}/0/{f}" target="_blank"><i class="fa fa-paperclip"></i> '
                      f'{esc(f)}</a></li>' for f in a.opts["files"])
        return f'<div class="attachments"><div class="text-muted">Tệp đính kèm</div><ul class="list-unstyled">{lis}</ul></div>'

    def message_div(m: dict, single: bool = False) -> str:
        return (f'<div class="expanded-message" id="msg{m["n"]}"><div class="media"><div class="media-left">'
                f'<img class="user-image-medium" src="/img/user-default.png" alt=""></div><div class="media-body">'
                f'<span class="user-name"><b>{esc(m["who"])}</b></span>'
                f'<span class="pull-right"><a href="{G}/message/{m["n"]}"><span title="{full_date(m["date"])}">'
                f'{short_date(m["date"])}</span></a> <span class="badge">#{m["n"]}</span></span></div></div>'
                f'<div class="user-content">{body_of(m)}</div>{files_of(m)}'
                '<div class="message-actions"><a href="#" class="btn btn-default btn-xs">Thích</a> '
                '<a href="#" class="btn btn-default btn-xs">Thêm</a> '
                f'<a href="/login?r=1&amp;m={m["n"]}" class="btn btn-default btn-xs">Trả lời</a></div></div>')

    def subject_h(t: dict) -> str:
        tags = "".join(f' <a class="label label-default hashtag" href="{G}/topics?hashtag=%23{h}">#{h}</a>' for h in t["tags"])
        return f'<h3 class="subject"><span id="topic-subject">{esc(t["subject"])}</span>{tags}</h3>'

    for t in topics:
        desc = inline_text(t["art"].summary()) if t["art"] else t["msgs"][0]["text"]
        head = (f'<meta property="og:title" content="{attr(t["subject"])}">\n<meta property="og:description" '
                f'content="{attr(desc[:200])}">\n<meta property="og:site_name" content="Groups.io">\n'
                f'<meta property="og:url" content="{{{{base}}}}{t["path"]}">\n')
        main = (f'<div id="topic-header">{subject_h(t)}<div class="small text-muted">'
                f'<a href="{G}/message/{t["msgs"][-1]["n"]}">Nhảy tới tin mới nhất</a> · {len(t["msgs"])} tin nhắn</div></div>'
                '<table class="table table-fixed" id="records"><tbody>'
                + "".join(f"<tr><td>{message_div(m)}</td></tr>" for m in t["msgs"]) + "</tbody></table>")
        site.page(t["path"], layout(f"{ADDR} | {t['subject']}", main, head))
        if t["art"] is None:
            site.non_articles.append(t["path"])
        for k, m in enumerate(t["msgs"]):
            mp = f"{G}/message/{m['n']}"
            mmain = (f'{subject_h(t)}<table class="table table-fixed" id="records"><tbody><tr><td>{message_div(m, True)}'
                     f'</td></tr></tbody></table><div class="text-center"><a class="btn btn-default" href="{t["path"]}">'
                     'Xem chủ đề</a></div>')
            site.page(mp, layout(f"{ADDR} | {t['subject'] if k == 0 else 'Re: ' + t['subject']}", mmain, head, "messages"))
            if k == 0 and t["art"] is not None:
                t["art"].aliases.append(mp)
            else:
                site.non_articles.append(mp)
            a = m.get("art")
            if a:
                kk = 1
                for b in a.blocks:
                    if b.kind == "img":
                        site.binary(f"{G}/attachment/{m['n']}/{kk}/{b.src}", image_for(b.src))
                        kk += 1
                for f in a.opts.get("files", []):
                    site.binary(f"{G}/attachment/{m['n']}/0/{f}", pdf(a.title, ["LIEN MINH HTX TINH THAI NGUYEN",
                                                                              "THONG BAO SO 12/TB-LMHTX"]))
                    a.attachments.append({"path": f"{G}/attachment/{m['n']}/0/{f}", "text": f})
    for a in sorted(arts, key=lambda x: x.date, reverse=True):
        t = next(t for t in topics if t["art"] is a)
        a.path = t["path"]
        site.add_article(a)

    def topic_row(t: dict) -> str:
        first, last = t["msgs"][0], t["msgs"][-1]
        snippet = inline_text(t["art"].summary()) if t["art"] else first["text"]
        cnt = f'<span class="badge">{len(t["msgs"])}</span> ' if len(t["msgs"]) > 1 else ""
        tags = "".join(f' <span class="label label-default">#{h}</span>' for h in t["tags"])
        return (f'<tr><td><span class="subject"><a href="{t["path"]}">{esc(t["subject"])}</a>{tags}</span> {cnt}'
                f'<div class="thread-snippet text-muted">{esc(snippet[:120])}</div>'
                f'<div class="small">Bởi {esc(last["who"])} · <span title="{full_date(last["date"])}">'
                f'{short_date(last["date"])}</span></div></td></tr>')

    pages = [by_last[i:i + PER] for i in range(0, len(by_last), PER)]
    for k, chunk in enumerate(pages):
        path = f"{G}/topics" if k == 0 else f"{G}/topics?page={k + 1}&after={cursor(pages[k - 1][-1]['last'])}"
        nav = ""
        if k + 1 < len(pages):
            nxt = f"{G}/topics?page={k + 2}&amp;after={cursor(chunk[-1]['last'])}"
            nav = f'<ul class="pager"><li class="next"><a href="{nxt}">Sau ›</a></li></ul>'
        elif k > 0:
            nav = f'<ul class="pager"><li class="previous"><a href="{G}/topics">‹ Trước</a></li></ul>'
        main = (f'<h3>Chủ đề</h3><table class="table table-condensed" id="records"><tbody>'
                + "".join(topic_row(t) for t in chunk) + f"</tbody></table>{nav}")
        site.page(path, layout(f"{ADDR} | Chủ đề", main))
        site.non_articles.append(path)
    for h in sorted({h for t in topics for h in t["tags"]}):
        hp = f"{G}/topics?hashtag=%23{h}"
        sel = [t for t in by_last if h in t["tags"]]
        site.page(hp, layout(f"{ADDR} | #{h}", f'<h3>Chủ đề gắn #{h}</h3><table class="table table-condensed"><tbody>'
                             + "".join(topic_row(t) for t in sel) + "</tbody></table>"))
        site.non_articles.append(hp)
    site.page(f"{G}/hashtags", layout(f"{ADDR} | Thẻ bắt đầu bằng #", "<h3>Thẻ bắt đầu bằng #</h3><ul>" + "".join(
        f'<li><a href="{G}/topics?hashtag=%23{h}">#{h}</a></li>' for h in sorted({h for t in topics for h in t["tags"]}))
        + "</ul>", active="hashtags"))
    recent = "".join(topic_row(t) for t in by_last[:5])
    site.page(G, layout(f"{ADDR} | Trang chủ", f'<h3>{esc(GNAME)}</h3><div class="group-desc"><p>Nhóm thông tin của Liên '
              'minh Hợp tác xã tỉnh Thái Nguyên: tin hoạt động, thông báo, văn bản hướng dẫn gửi tới các HTX thành viên. '
              'Các HTX có thể đặt câu hỏi bằng cách gửi thư tới nhóm.</p></div><h4>Chủ đề gần đây</h4><table class="table">'
              f'<tbody>{recent}</tbody></table><a href="{G}/topics">Xem tất cả chủ đề</a>', active="home"),
              content_type="text/html; charset=utf-8")  # /g/<group> is also the directory of its pages
    latest = sorted(allmsgs, key=lambda m: m["date"], reverse=True)[:20]
    rows = "".join(f'<tr><td><a href="{G}/message/{m["n"]}">{"" if m is m["topic"]["msgs"][0] else "Re: "}'
                   f'{esc(m["topic"]["subject"])}</a><div class="small">{esc(m["who"])} · <span title="{full_date(m["date"])}">'
                   f'{short_date(m["date"])}</span> <span class="badge">#{m["n"]}</span></div></td></tr>' for m in latest)
    site.page(f"{G}/messages", layout(f"{ADDR} | Tin nhắn", f'<h3>Tin nhắn</h3><table class="table"><tbody>{rows}</tbody></table>',
                                      active="messages"))
    site.non_articles += [G, f"{G}/messages", f"{G}/hashtags"]
    for p in ("/login", "/register", f"{G}/join", "/static/tos", "/static/privacy"):
        site.page(p, layout("Groups.io", "<p>Đăng nhập để tiếp tục.</p>"))
    site.never_fetched += ["/login", "/register", f"{G}/join"]
    site.non_articles += ["/static/tos", "/static/privacy"]
    for m in allmsgs:
        site.never_fetched.append(f"/login?r=1&m={m['n']}")
    site.page("/", layout("Groups.io", f'<p><a href="{G}">{ADDR}</a></p>'))
    site.non_articles.append("/")

    def rfc_utc(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%a, %d %b %Y %H:%M:%S +0000")

    items = "".join(f"<item><title>{esc(m['topic']['subject'] if m is m['topic']['msgs'][0] else 'Re: ' + m['topic']['subject'])}"
                    f"</title><link>{{{{base}}}}{G}/message/{m['n']}</link><guid>{{{{base}}}}{G}/message/{m['n']}</guid>"
                    f"<pubDate>{rfc_utc(m['date'])}</pubDate><author>{esc(m['who'])}</author></item>" for m in latest)
    site.page(f"{G}/rss", f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{ADDR} Tin nhắn</title>'
              f'<link>{{{{base}}}}{G}</link><description>{esc(GNAME)}</description>{items}</channel></rss>',
              content_type="application/rss+xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /register\nDisallow: /g/*/join\n"
                "Disallow: /g/*/members\nDisallow: /mt/\nDisallow: /g/*/leave\n")
    site.binary("/img/groupsio-logo.png", image_for("gio-logo"))
    site.binary("/img/user-default.png", image_for("gio-user"))
    site.trap("topics list (20 a page, sorted by the LAST post: members' questions with recent answers push the news "
              "down; the 2023 summary only on topics?page=2&after=<cursor>); dates 'Tháng 11 3' or '12/20/23' with the "
              "full time only in the hover title", f"{G}/topics")
    site.trap("13 members' questions (each answered by the office): topics, no articles; a reply's /message/<n> page is "
              "no article, the first message's page is an alias of its topic", f"{G}/topic/{tslug(QA[0][0])}/{num(QA[0][0], 100000000, 109999999)}")
    site.trap("RSS /g/lmhtx-thainguyen/rss: the 20 latest messages (replies too) linking /message/<n>, pubDate in UTC",
              f"{G}/rss")
    site.trap("group home /g/lmhtx-thainguyen (description, five recent topics), /messages, /hashtags, "
              "topics?hashtag=%23…: no articles; login, register, join, reply links: robots-disallowed", G)
    return site
