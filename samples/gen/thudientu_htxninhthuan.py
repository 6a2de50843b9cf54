"""Site `thudientu-htxninhthuan` (registry family `generic`): "Bantin", the member bulletin of the Ninh Thuận cooperative
alliance, a **GNU Mailman 3.3** list archived by **HyperKitty 1.3.9** (mailman-web's stock settings: `TIME_ZONE =
"UTC"`, the interface in Vietnamese where HyperKitty's catalog has it, the list's archive rendering mode "plain text",
gravatars off; Postorius beside it; the copy is of 20 May 2025, 09:00 in Vietnam, before the province joined Khánh Hòa).
The alliance's office and staff send the bulletin to `bantin@lists.htxninhthuan.vn`; member cooperatives reply and ask
on it. Written as a held-out test: no family module, no selectors.

URL shapes (HyperKitty's, under `/hyperkitty/`): the list overview `/hyperkitty/list/bantin@lists.htxninhthuan.vn/`
("Thảo luận gần đây", "Thảo luận sôi nổi", "Người gửi nhiều nhất", the 30 days' activity, the months); the latest
threads `…/latest` and `…/latest?page=2` (10 a page); the months `…/2025/5/`; a thread `…/thread/<HASH>/` (the
starting email; its replies come by XHR from `…/thread/<HASH>/replies?sort=thread&last_view=`, a JSON whose
`replies_html` holds them); an email `…/message/<HASH>/` (the thread's id is its first email's Message-ID hash: that
email's page is the same article); attachments `…/message/<HASH>/attachment/2/<file>`; the "Tải về" mbox exports
`…/export/bantin@lists.htxninhthuan.vn-<HASH>.mbox.gz?thread=<HASH>` and `…-2025-05.mbox.gz?start=2025-05-01&end=
2025-06-01` (gzip: the senders' own headers, "Date: Mon, 12 May 2025 14:05:33 +0700"); the list feed `…/feed/` (RSS);
public profiles `/hyperkitty/users/<id>/` and their `posts?list=…`; the lists' index `/hyperkitty/`; Postorius'
`/mailman3/lists/` (where `/` redirects) and the list's page `/mailman3/lists/bantin.lists.htxninhthuan.vn/`; the
navbar's "Đăng nhập" / "Đăng ký" `/accounts/login/?next=…` / `/accounts/signup/?next=…` (robots.txt disallows
`/accounts/`).

Why it is hard: the thread's title is the `<h3>` of `div.thread-header` (the subject without the "[Bantin]" prefix; a
single email's page has it as `<h1>`); the text is the email body in `div.email-body`, plain text shown with
`white-space: pre-wrap` (one line a paragraph, a blank line between, a table pasted from Excel as tab-separated cells,
"- " items, a heading in capitals, the notice's head lines one under another), then the signature after "-- " (no text)
and the attachments list. The date is the server's: `div.email-date` prints the day and `div.time` the hour in UTC
("07:05" for an email of 14:05 in Vietnam); only the time's tooltip "Giờ của người gửi: 12 tháng 5 2025 14:05" gives the
sender's clock. So the bulletin sent at 00:20 on 1 April shows "Thứ hai, 31 tháng 3 2025 17:20" and sits in the archive
of March (`/2025/3/`), and the report mailed from Seoul (+0900) at 15:30 was sent at 13:30 in Vietnam. The lists show
relative ages ("1 tuần, 1 ngày trước") whose tooltips are UTC too; the feed is UTC ("+0000"). The sender is the author
when a person; the office's address is no author; a closing byline overrides; "Theo Báo Ninh Thuận" is a reprint.
Replies (members' mail quoting the bulletin, `div.quoted-text`) are not articles. The oldest bulletin is only on
`…/latest?page=2` and in the January archive.
"""

from __future__ import annotations

import base64
import gzip
import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from email.charset import SHORTEST, Charset
from email.header import Header
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "thudientu-htxninhthuan"
LIST = "bantin@lists.htxninhthuan.vn"
L = f"/hyperkitty/list/{LIST}"
NAME = "Bantin"
LIST_DESC = "Bản tin điện tử của Liên minh Hợp tác xã tỉnh Ninh Thuận gửi các HTX thành viên"
NOW = datetime(2025, 5, 20, 9, 0)  # Vietnam time
VN = timedelta(hours=7)
PER = 10
HTML = "text/html; charset=utf-8"
VN_DAYS = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
# key: (display name, address, registered user id or None, signature lines)
SENDERS = {
    "vanphong": ("Văn phòng Liên minh HTX tỉnh Ninh Thuận", "vanphong@htxninhthuan.vn", "8c1f0e7a4b2d4c6f9a3e5d7b1c2f4a6e",
                 ["Văn phòng Liên minh HTX tỉnh Ninh Thuận", "ĐT: 0259.3822.614"]),
    "linhttm": ("Trần Thị Mỹ Linh", "linhttm@htxninhthuan.vn", "3d5b7f9a1c2e4f6a8b0d2c4e6f8a0b1c",
                ["Trần Thị Mỹ Linh", "Phòng Tuyên truyền - Liên minh HTX tỉnh Ninh Thuận"]),
    "toannv": ("Nguyễn Văn Toàn", "toannv@htxninhthuan.vn", "5e7a9c1b3d5f7a9c2e4b6d8f0a2c4e6b",
               ["Nguyễn Văn Toàn", "Phòng Kinh tế tập thể - Liên minh HTX tỉnh Ninh Thuận", "ĐT: 0259.3824.117"]),
    "huylq": ("Lê Quang Huy", "lequanghuy.lmhtx@gmail.com", None, []),
    "htxphuocdan": ("HTX Nông nghiệp Phước Dân", "htxphuocdan@gmail.com", None, ["HTX Nông nghiệp Phước Dân - Ninh Phước"]),
    "maint": ("Nguyễn Thị Mai", "maint.htx@gmail.com", None, []),
    "thanhvd": ("Văn Đình Thành", "thanhvd.htxanhai@gmail.com", None, []),
}
FURN = ["Powered by HyperKitty version 1.3.9.", "Tệp đính kèm:",
        "để trả lời trực tuyến", "Đang tải...", "Người tham gia", "Hoạt động gần nhất", "Tải về", "Quản lý đăng ký"]


def mid_hash(msgid: str) -> str:
    """HyperKitty's get_message_id_hash: base32 of the SHA-1 of the Message-ID."""
    return base64.b32encode(hashlib.sha1(msgid.encode()).digest()).decode()


def utc(d: datetime) -> datetime:
    return d - VN


def vn_long(d: datetime) -> str:
    return f"{d.day} tháng {d.month} {d:%Y %H:%M}"


def day_line(d: datetime) -> str:
    return f"{VN_DAYS[d.weekday()]}, {d.day} tháng {d.month} {d:%Y}"


def timesince(d: datetime, now: datetime = NOW) -> str:
    """Django's timesince in vi: the two largest adjacent units."""
    secs = int((now - d).total_seconds())
    units = [("năm", 365 * 86400), ("tháng", 30 * 86400), ("tuần", 7 * 86400), ("ngày", 86400), ("giờ", 3600),
             ("phút", 60)]
    for i, (name, size) in enumerate(units):
        n = secs // size
        if n:
            out = f"{n} {name}"
            if i + 1 < len(units):
                n2 = (secs - n * size) // units[i + 1][1]
                if n2:
                    out += f", {n2} {units[i + 1][0]}"
            return out
    return "0 phút"


@dataclass
class MailArticle(RichArticle):
    replies: list = field(default_factory=list)


def articles() -> list[MailArticle]:
    A = MailArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 09/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP Ninh Thuận năm 2025",
          body="""
Kính gửi các HTX thành viên,
LIÊN MINH HTX TỈNH NINH THUẬN
Số: 09/TB-LMHTX
Ninh Thuận, ngày 09 tháng 5 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP Ninh Thuận năm 2025
Hội chợ OCOP Ninh Thuận năm 2025 diễn ra từ ngày 12/6 đến ngày 16/6/2025 tại Quảng trường 16 tháng 4, TP Phan Rang - Tháp Chàm.
Liên minh HTX tỉnh hỗ trợ 20 gian hàng miễn phí cho các HTX có sản phẩm đạt OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 30/5/2025 (thông báo và mẫu phiếu đính kèm).
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Trương Thị Hồng Nhung
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"name": "TB-09-LMHTX-2025.pdf"}],
          opts={"by": "vanphong", "head": (1, 6), "tail": 3, "tz": 7},
          replies=[("htxphuocdan", datetime(2025, 5, 12, 16, 40, 10), "quote",
                    "HTX Nông nghiệp Phước Dân xin đăng ký 2 gian hàng nho và rượu vang nho, nhờ Văn phòng xác nhận giúp."),
                   ("vanphong", datetime(2025, 5, 13, 8, 15, 2), None,
                    "Văn phòng đã nhận đăng ký của HTX, sẽ gửi xác nhận trong tuần.")],
          notes=["notice 'Số: 09/TB-LMHTX' dated 09/5 in its text, sent 'Mon, 12 May 2025 14:05:33 +0700': the header "
                 "shows 'Thứ hai, 12 tháng 5 2025' and '07:05' (UTC), the tooltip 'Giờ của người gửi: 12 tháng 5 2025 14:05'; "
                 "sender = the office's address: no author; the head lines one under another in the pre-wrapped body; the "
                 "signer is text, the signature after '-- ' is not; the PDF in the attachments list "
                 "(…/message/<HASH>/attachment/2/TB-09-LMHTX-2025.pdf) is an attachment; two replies (one quoting it) "
                 "come by XHR and are not text; its first email's page /message/<HASH>/ is an alias"],
          **at(datetime(2025, 5, 12, 14, 5, 33))),
        A(path="", title="Ảnh: HTX Nông nghiệp An Hải vào vụ thu hoạch hành tím",
          body="""
Kính gửi các HTX thành viên,
Đầu tháng 5, các thành viên HTX Nông nghiệp An Hải (huyện Ninh Phước) thu hoạch hành tím vụ đông xuân trên diện tích 60 ha. Văn phòng gửi kèm một số hình ảnh.
Ảnh 1: Thành viên HTX nhổ hành tím trên cánh đồng An Hải
Ảnh 2: Hành tím được phơi ráo, cắt lá trước khi bán cho thương lái
Ảnh 3: Kho bảo quản hành tím mới của HTX
Năng suất năm nay đạt 18 tấn/ha, giá bán ổn định ở mức 22.000 đồng/kg.
Bài, ảnh: Lê Đạt
""", author="Lê Đạt",
          attachments=[{"name": "IMG_20250505_0812.jpg"}, {"name": "IMG_20250505_0830.jpg"}, {"name": "IMG_20250505_0915.jpg"}],
          opts={"by": "linhttm", "tz": 7},
          notes=["photo story by mail: the captions are lines of the text ('Ảnh 1: …'), the three photos are the email's "
                 "attachments (…/attachment/2/IMG_….jpg, not shown inline); sent by Trần Thị Mỹ Linh (a staff member) but "
                 "'Bài, ảnh: Lê Đạt' closes the text (before her signature) -> author Lê Đạt"],
          **at(datetime(2025, 5, 6, 16, 40, 20))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Ninh Thuận năm 2024",
          body="""
Kính gửi các HTX thành viên,
Năm 2024, kinh tế tập thể tỉnh Ninh Thuận tiếp tục phát triển, số HTX hoạt động hiệu quả tăng so với năm trước. Một số chỉ tiêu chính như sau:
| Chỉ tiêu | Đơn vị | Năm 2024 | So với năm 2023 (%) |
| HTX đang hoạt động | HTX | 158 | 104,6 |
| Thành viên HTX | người | 21.430 | 101,8 |
| Doanh thu bình quân một HTX | triệu đồng | 2.870 | 108,3 |
| HTX xếp loại tốt, khá | HTX | 96 | 111,6 |
Năm 2025, tỉnh phấn đấu thành lập mới 20 HTX, trong đó có 6 HTX ứng dụng công nghệ cao.
""", author="Nguyễn Văn Toàn",
          opts={"by": "toannv", "tz": 7},
          replies=[("maint", datetime(2025, 5, 15, 9, 12, 0), None,
                    "Anh Toàn cho hỏi số HTX xếp loại tốt, khá có tính các HTX mới thành lập năm 2024 không ạ?")],
          notes=["the table pasted from Excel: tab-separated cells, one line per row, in the pre-wrapped body; the sender "
                 "Nguyễn Văn Toàn (a staff member, his three-line signature is not text) is the author; a reply of 15/5 "
                 "puts this April thread at the top of /latest (sorted by last activity)"],
          **at(datetime(2025, 4, 24, 10, 20, 45))),
        A(path="", title="Hướng dẫn HTX chuẩn bị hồ sơ đề nghị hỗ trợ kết cấu hạ tầng năm 2025",
          body="""
Kính gửi các HTX thành viên,
Năm 2025, tỉnh tiếp tục hỗ trợ các HTX nông nghiệp đầu tư kết cấu hạ tầng phục vụ sản xuất theo Nghị định số 45/2021/NĐ-CP.
## HỒ SƠ ĐỀ NGHỊ HỖ TRỢ GỒM
- Văn bản đề nghị hỗ trợ của HTX;
- Nghị quyết của Đại hội thành viên về việc đầu tư công trình;
- Dự toán công trình được cơ quan chuyên môn thẩm định;
- Báo cáo tài chính năm gần nhất của HTX.
Hồ sơ gửi về Chi cục Phát triển nông thôn trước ngày 30/6/2025.
Phạm Văn Minh - Chi cục Phát triển nông thôn
""", author="Phạm Văn Minh",
          opts={"by": "linhttm", "tz": 7},
          notes=["a heading in capitals and '- ' items as lines of the plain-text body; sent by Trần Thị Mỹ Linh but 'Phạm "
                 "Văn Minh - Chi cục Phát triển nông thôn' closes the text -> Phạm Văn Minh"],
          **at(datetime(2025, 4, 15, 8, 30, 11))),
        A(path="", title="HTX Nông nghiệp Phước Dân liên kết tiêu thụ nho an toàn",
          body="""
HTX Nông nghiệp Phước Dân (huyện Ninh Phước) liên kết với doanh nghiệp bao tiêu 35 ha nho đỏ và nho xanh theo tiêu chuẩn VietGAP.
Doanh nghiệp thu mua nho với giá không thấp hơn 20.000 đồng/kg, hỗ trợ thành viên túi bao trái và phân bón hữu cơ.
Nhờ liên kết, thu nhập của các hộ thành viên tăng bình quân 15% so với năm trước.
Theo Báo Ninh Thuận
""", author=None,
          opts={"by": "vanphong", "tz": 7},
          notes=["a reprint: 'Theo Báo Ninh Thuận' closes the text; sent from the office's address: no author"],
          **at(datetime(2025, 4, 8, 15, 0, 5))),
        A(path="", title="Liên minh HTX tỉnh làm việc với các HTX huyện Thuận Nam",
          body="""
Chiều 31/3, đoàn công tác Liên minh HTX tỉnh đã làm việc với đại diện 12 HTX trên địa bàn huyện Thuận Nam.
Các HTX kiến nghị hỗ trợ vốn đầu tư hệ thống tưới tiết kiệm nước và kết nối tiêu thụ sản phẩm.
Liên minh HTX tỉnh sẽ tổng hợp kiến nghị, phối hợp với các sở, ngành giải quyết trong quý II.
""", author="Nguyễn Văn Toàn",
          opts={"by": "toannv", "tz": 7},
          notes=["sent at 00:20 on 1 April about the afternoon before ('Chiều 31/3' is the event): HyperKitty in UTC shows "
                 "'Thứ hai, 31 tháng 3 2025' '17:20' and files it in the March archive (/2025/3/); only the tooltip 'Giờ của "
                 "người gửi: 1 tháng 4 2025 00:20' (and the mbox's 'Date: Tue, 01 Apr 2025 00:20:14 +0700') gives the "
                 "sending day; published 2025-04-01 00:20:14; the sender Nguyễn Văn Toàn is the author"],
          **at(datetime(2025, 4, 1, 0, 20, 14))),
        A(path="", title="Đoàn công tác Liên minh HTX tỉnh học tập mô hình HTX nông nghiệp tại Hàn Quốc",
          body="""
Kính gửi các HTX thành viên,
Từ ngày 15 đến 20/3, đoàn công tác Liên minh HTX tỉnh Ninh Thuận học tập mô hình tổ chức, hoạt động của HTX nông nghiệp tại tỉnh Gyeonggi, Hàn Quốc.
Đoàn đã làm việc với Liên đoàn HTX nông nghiệp Hàn Quốc (NACF) và thăm các trung tâm thu mua, chế biến nông sản của HTX địa phương.
Sau chuyến đi, Liên minh HTX tỉnh sẽ đề xuất áp dụng mô hình trung tâm thu mua chung cho các HTX trồng nho, táo tại Ninh Thuận.
""", author="Lê Quang Huy",
          opts={"by": "huylq", "tz": 9},
          notes=["mailed from Seoul: 'Date: Tue, 18 Mar 2025 15:30:00 +0900'; the header shows '06:30' (UTC) and the tooltip "
                 "'Giờ của người gửi: 18 tháng 3 2025 15:30' (Korea's clock): published 2025-03-18 13:30 in Vietnam; the "
                 "sender Lê Quang Huy (a staff member on a personal address, no registered profile) is the author"],
          **at(datetime(2025, 3, 18, 13, 30, 0))),
        A(path="", title="Liên minh HTX tỉnh Ninh Thuận tổng kết công tác năm 2024",
          body="""
Ngày 15/1, Liên minh HTX tỉnh Ninh Thuận tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
Năm 2024, Liên minh HTX tỉnh hỗ trợ thành lập mới 14 HTX, tổ chức 7 lớp tập huấn cho 420 lượt cán bộ HTX.
Năm 2025, Liên minh HTX tỉnh phấn đấu hỗ trợ thành lập mới 20 HTX, trong đó có 6 HTX ứng dụng công nghệ cao.
Hoàng Anh
""", author="Hoàng Anh",
          opts={"by": "vanphong", "tz": 7},
          notes=["the oldest bulletin: only on …/latest?page=2 and in the January archive (/2025/1/); sent from the office's "
                 "address but the bare name 'Hoàng Anh' closes the text (before the office's signature): the author"],
          **at(datetime(2025, 1, 16, 15, 30, 40))),
    ]


@dataclass
class Mail:
    msgid: str
    hash: str
    by: str
    when: datetime  # Vietnam time
    tz: int  # sender's offset in hours
    subject: str
    text: str  # plain text as archived (body + signature)
    parent: Mail | None = None
    attachments: list = field(default_factory=list)  # [(n, name)]
    thread: Thread | None = None


@dataclass
class Thread:
    id: str
    subject: str
    mails: list
    article: MailArticle | None = None

    @property
    def first(self) -> Mail:
        return self.mails[0]

    @property
    def active(self) -> datetime:
        return max(m.when for m in self.mails)


def body_text(a: MailArticle) -> str:
    paras: list[str] = []
    blocks = a.blocks
    start, stop = a.opts.get("head", (0, 0))
    i = 0
    while i < len(blocks):
        b = blocks[i]
        if start <= i < stop and stop:
            paras.append("\n".join(inline_text(x.text) for x in blocks[start:stop]))
            i = stop
            continue
        if b.kind == "table":
            paras.append("\n".join("\t".join(r) for r in b.rows))
        elif b.kind in ("p", "h"):
            # "- " items stay one under another
            if b.text.startswith("- ") and paras and paras[-1].split("\n")[-1].startswith(("- ", "HỒ SƠ")):
                paras[-1] += "\n" + inline_text(b.text)
            else:
                paras.append(inline_text(b.text))
        i += 1
    tail = a.opts.get("tail", 0)
    if tail:  # the signer's block, one line under another
        paras[-tail:] = ["\n".join(paras[-tail:])]
    if a.byline:
        paras.append(a.byline)
    return "\n\n".join(paras)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ninh-thuan", f"{NAME} - Liên minh HTX tỉnh Ninh Thuận (HyperKitty)", "generic", None,
                     start_urls=["{{base:%s}}/hyperkitty/" % SITE], feeds=["{{base:%s}}%s/feed/" % (SITE, L)])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    mails: list[Mail] = []
    threads: list[Thread] = []

    def new_mail(by: str, when: datetime, tz: int, subject: str, text: str, parent: Mail | None = None) -> Mail:
        msgid = f"<{hashlib.md5((by + when.isoformat()).encode()).hexdigest()[:16]}@{SENDERS[by][1].split('@')[1]}>"
        m = Mail(msgid, mid_hash(msgid), by, when, tz, subject, text, parent)
        sig = SENDERS[by][3]
        if sig:
            m.text += "\n\n-- \n" + "\n".join(sig)
        mails.append(m)
        return m

    for a in arts:
        m = new_mail(a.opts["by"], a.date, a.opts["tz"], a.title, body_text(a))
        m.attachments = [(n, x["name"]) for n, x in enumerate(a.attachments, 2)]
        t = Thread(m.hash, a.title, [m], a)
        m.thread = t
        threads.append(t)
        for by, when, kind, text in a.replies:
            body = text
            if kind == "quote":
                quoted = "\n".join("> " + x for x in body_text(a).split("\n") if x.startswith("Các HTX gửi"))
                body = f"Vào 12 thg 5, 2025 14:05, {SENDERS[a.opts['by']][0]} viết:\n{quoted}\n\n{text}"
            r = new_mail(by, when, 7, f"Re: {a.title}", body, m)
            r.thread = t
            t.mails.append(r)
    others = [
        ("maint", datetime(2025, 5, 14, 19, 30, 8), "Hỏi về hỗ trợ chi phí vận chuyển hàng tham gia hội chợ",
         "Kính gửi Văn phòng,\n\nHTX chúng tôi ở xa, xin hỏi Liên minh có hỗ trợ chi phí vận chuyển hàng tham gia hội chợ "
         "không ạ?\n\nNguyễn Thị Mai", [("toannv", datetime(2025, 5, 15, 8, 0, 31),
                                         "Chào chị Mai,\n\nLiên minh hỗ trợ 50% chi phí vận chuyển cho HTX ở các huyện miền "
                                         "núi, chị gửi hóa đơn về Văn phòng nhé.")]),
        ("htxphuocdan", datetime(2025, 4, 29, 10, 0, 2), "Đề nghị bổ sung địa chỉ nhận bản tin",
         "Kính gửi Văn phòng,\n\nHTX đề nghị bổ sung địa chỉ ketoan.htxphuocdan@gmail.com vào danh sách nhận bản tin.", []),
        ("thanhvd", datetime(2025, 3, 5, 14, 0, 40), "Xin tài liệu tập huấn kế toán HTX",
         "Chào các anh chị,\n\nHTX An Hải xin tài liệu lớp tập huấn kế toán HTX tháng 2 vừa rồi ạ.\n\nVăn Đình Thành",
         [("toannv", datetime(2025, 3, 6, 8, 45, 12), "Chào anh Thành,\n\nTài liệu đã gửi vào thư riêng của anh nhé.")]),
    ]
    for by, when, subject, text, reps in others:
        m = new_mail(by, when, 7, subject, text)
        t = Thread(m.hash, subject, [m])
        m.thread = t
        threads.append(t)
        for rby, rwhen, rtext in reps:
            r = new_mail(rby, rwhen, 7, f"Re: {subject}", rtext, m)
            r.thread = t
            t.mails.append(r)
    latest = sorted(threads, key=lambda t: t.active, reverse=True)

    login_variants: set[str] = set()

    def login_links(path: str) -> tuple[str, str]:
        nxt = quote(path, safe="/")
        li, su = f"/accounts/login/?next={nxt}", f"/accounts/signup/?next={nxt}"
        login_variants.update([li, su])
        return li, su

    months = sorted({(utc(t.first.when).year, utc(t.first.when).month) for t in threads}, reverse=True)

    def archives() -> str:
        out = ['<div class="archives"><h4>Lưu trữ</h4>']
        for year in sorted({y for y, _ in months}, reverse=True):
            out.append(f'<h5>{year}</h5><ul class="list-unstyled">')
            out += [f'<li><a href="{L}/{y}/{mo}/">Tháng {mo}</a></li>' for y, mo in months if y == year]
            out.append("</ul>")
        out.append("</div>")
        return "".join(out)

    def left_col() -> str:
        return (f'<div class="d-none d-md-block col-md-2"><div class="list-header"><h2><a href="{L}/">{NAME}</a></h2></div>'
                f'<ul class="nav flex-column"><li class="nav-item"><a class="nav-link" href="{L}/latest">Tất cả chủ đề</a>'
                f'</li></ul>{archives()}</div>')

    def layout(path: str, title: str, content: str, *, feed: bool = True) -> str:
        li, su = login_links(path)
        alt = (f'\n<link rel="alternate" type="application/rss+xml" title="{NAME}" href="{L}/feed/" />' if feed else "")
        return f"""<!DOCTYPE HTML>
<html lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="viewport" content="width=device-width, initial-scale=1.0" />
<meta name="ROBOTS" content="INDEX, FOLLOW" />
<title>{esc(title)}</title>
<meta name="author" content="" />
<meta name="dc.language" content="vi" />{alt}
<link rel="shortcut icon" href="/static/hyperkitty/img/favicon.png" />
<link rel="stylesheet" href="/static/CACHE/css/output.6f1c2a9d4b7e.css" type="text/css" media="all" />
</head>
<body>
<nav class="navbar sticky-top navbar-light bg-light navbar-expand-md">
<div class="container">
<div class="navbar-header col-md"><a class="navbar-brand" href="/hyperkitty/" title="HyperKitty"><img alt="HyperKitty" src="/static/hyperkitty/img/logo.png" /> HyperKitty</a></div>
<div class="navbar-collapse collapse justify-content-end">
<ul class="nav navbar-nav">
<li class="nav-item"><a class="nav-link" href="/mailman3/lists/"><span class="fa fa-cog"></span> Quản lý đăng ký</a></li>
<li class="nav-item"><a class="nav-link" href="{li}">Đăng nhập</a></li>
<li class="nav-item"><a class="nav-link" href="{su}">Đăng ký</a></li>
</ul>
<form name="search" method="get" action="/hyperkitty/search" class="navbar-form navbar-right my-2 my-lg-2 order-1" role="search">
<input name="mlist" type="hidden" value="{LIST}" />
<div class="input-group"><input name="q" type="text" class="form-control rounded-4 search" placeholder="Tìm kiếm trong danh sách này" aria-label="Tìm kiếm trong danh sách này" />
<button class="btn btn-secondary" type="submit"><span class="fa fa-search"></span></button></div>
</form>
</div>
</div>
</nav>
<div class="container">
{content}
</div>
<footer class="footer">
<div class="container"><p class="text-muted">Powered by <a href="{{{{base:offsite}}}}/hyperkitty/">HyperKitty</a> version 1.3.9.</p></div>
</footer>
<script src="/static/CACHE/js/output.1b9e4d2c7a3f.js"></script>
</body>
</html>
"""

    def sender_html(m: Mail) -> str:
        name, _, uid, _ = SENDERS[m.by]
        if uid:
            return f'<a href="/hyperkitty/users/{uid}/" title="Xem hồ sơ của {attr(name)}">{esc(name)}</a>'
        return esc(name)

    def escape_body(m: Mail) -> str:
        out = []
        quoted: list[str] = []

        def flush():
            if quoted:
                out.append('<div class="quoted-switch"><a href="#">...</a></div><div class="quoted-text quoted-text-0">'
                           + esc("\n".join(quoted)) + "</div>")
                quoted.clear()
        for line in m.text.split("\n"):
            if line.startswith("> "):
                quoted.append(line)
                continue
            flush()
            out.append(esc(line) + "\n")
        flush()
        return "".join(out).rstrip("\n")

    def email_html(m: Mail, first: bool, level: int = 0) -> str:
        u = utc(m.when)
        sender_time = m.when + timedelta(hours=m.tz - 7)
        atts = ""
        if m.attachments:
            atts = ('<div class="attachments"><p class="attachments-title">Tệp đính kèm:</p><ul class="attachments-list">'
                    + "".join(f'<li><a href="{L}/message/{m.hash}/attachment/{n}/{name}">{esc(name)}</a></li>'
                              for n, name in m.attachments) + "</ul></div>")
        cls = "email email-first" if first else f"email unfolded reply-level-{level} {'even' if level % 2 == 0 else 'odd'}"
        return f"""<div class="{cls}">
<div class="email-header" id="{m.hash}">
<div class="gravatar-wrapper"><div class="gravatar circle"><img class="gravatar" src="/static/hyperkitty/img/default-avatar.png" width="120" height="120" alt="" /></div>
<div class="email-author"><span class="name">{sender_html(m)}</span></div></div>
<div class="email-date right">
<span class="date d-none d-sm-inline">{day_line(u)}</span>
<span class="date d-sm-none">{u.day} Th{u.month} '{u:%y}</span>
<div class="time"><span title="Giờ của người gửi: {vn_long(sender_time)}">{u:%H:%M}</span></div>
</div>
<div class="messagelink right"><a href="{L}/message/{m.hash}/" title="Liên kết cố định tới thư này"><i class="fa fa-link"></i></a></div>
</div>
<div class="email-body">{escape_body(m)}</div>
{atts}
<div class="email-info"><div class="likeform-wrapper right"><form method="post" class="likeform" action="{L}/message/{m.hash}/vote"><span class="likestatus">+0/-0</span></form></div>
<ul class="email-actions list-inline"><li class="list-inline-item"><a class="reply reply-mailto" title="Trả lời qua thư" href="mailto:{LIST}?In-Reply-To={quote(m.msgid)}&amp;Subject=Re%3A%20{quote(m.subject)}"><i class="fa fa-reply"></i> Trả lời</a></li></ul></div>
</div>
"""

    def participants(t: Thread) -> int:
        return len({m.by for m in t.mails})

    # thread pages, message pages, replies JSON, exports
    for t in threads:
        path = f"{L}/thread/{t.id}/"
        li, _ = login_links(path)
        replies = [m for m in t.mails[1:]]
        right = (f'<div class="col-12 col-md-3 right-col"><div class="thread-info"><p><i class="fa fa-comment"></i> '
                 f'{len(replies)} bình luận</p><p><i class="fa fa-user"></i> {participants(t)} Người tham gia</p><p>Hoạt '
                 f'động gần nhất: <span title="{vn_long(utc(t.active))}">{timesince(t.active)} trước</span></p><p><a '
                 f'class="btn btn-outline-primary btn-sm" href="{L}/export/{LIST}-{t.id}.mbox.gz?thread={t.id}"><i '
                 'class="fa fa-download"></i> Tải về</a></p></div></div>')
        content = (f'<div class="row view-thread">{left_col()}<div class="col-12 col-md-10"><div class="thread-header"><div '
                   f'class="thread-titles"><h3>{esc(t.subject)}</h3></div></div><div class="row"><div class="col-12 col-md-9">'
                   f'<section id="thread-content">{email_html(t.first, True)}<div class="reply-form-unauthenticated"><a '
                   f'href="{li}">Đăng nhập</a> để trả lời trực tuyến</div>'
                   + (f'<h4>{len(replies)} thư trả lời</h4><div class="replies"><div class="ajaxloader">Đang tải...</div></div>'
                      if replies else "")
                   + f"</section></div>{right}</div></div></div>"
                   f'<script>var replies_url = "{L}/thread/{t.id}/replies";</script>')
        site.page(path, layout(path, f"{t.subject} - {NAME} - lists.htxninhthuan.vn", content), content_type=HTML)
        if replies:
            rhtml = "".join(email_html(m, False, 1) for m in replies)
            site.page(f"{L}/thread/{t.id}/replies?sort=thread&last_view=",
                      json.dumps({"replies_html": rhtml, "more_pending": False, "next_offset": None}, ensure_ascii=False),
                      content_type="application/json")
        for m in t.mails:
            mp = f"{L}/message/{m.hash}/"
            subj = m.subject
            back = (f'<div class="message-header row"><div class="col-tn-2 message-back"><a href="{L}/thread/{t.id}/#{m.hash}">'
                    '<span class="fa fa-chevron-left icon"></span><span class="d-none d-md-inline">Chủ đề</span></a></div><div '
                    f'class="col-tn-10"><h1>{esc(subj)}</h1></div></div>')
            site.page(mp, layout(mp, f"{subj} - {NAME} - lists.htxninhthuan.vn",
                                 f'<div class="row">{left_col()}<div class="col-12 col-md-10">{back}{email_html(m, True)}'
                                 "</div></div>"), content_type=HTML)
            if m is not t.first or t.article is None:
                site.non_articles.append(mp)
            for n, name in m.attachments:
                ap = f"{L}/message/{m.hash}/attachment/{n}/{name}"
                if name.endswith(".pdf"):
                    site.binary(ap, pdf(t.subject, ["LIEN MINH HTX TINH NINH THUAN", "THONG BAO SO 09/TB-LMHTX"]))
                else:
                    site.binary(ap, image_for(name))
        a = t.article
        if a is None:
            site.non_articles.append(path)
        else:
            a.path = path
            a.aliases.append(f"{L}/message/{t.id}/")
            a.attachments = [{"path": f"{L}/message/{t.id}/attachment/{n}/{name}", "text": name}
                             for n, name in t.first.attachments]
            site.add_article(a)
        mbox_route(site, f"{L}/export/{LIST}-{t.id}.mbox.gz?thread={t.id}", t.mails)
    notice = next(t for t in threads if t.article and t.article.doc_number)
    site.trap("replies come by XHR from …/thread/<HASH>/replies?sort=thread&last_view= (JSON 'replies_html': members' "
              "mail, one quoting the bulletin in div.quoted-text) and have their own …/message/<HASH>/ pages: not "
              "articles", f"{L}/message/{notice.mails[1].hash}/")
    site.trap("a thread's first email has its own page …/message/<HASH>/ (the same HASH as the thread, the subject as "
              "<h1>, a back link to the thread): an alias of the thread page", f"{L}/message/{notice.id}/")

    # lists: latest and months
    def summary(t: Thread) -> str:
        first_line = next((x for x in t.first.text.split("\n")[1:] if x.strip()), "")
        return (f'<div class="thread"><div class="thread-title"><a name="{t.id}" href="{L}/thread/{t.id}/" class="thread-title">'
                f'{esc(t.subject)}</a></div><div class="thread-info row"><div class="col"><span class="thread-author">'
                f'{esc(SENDERS[t.first.by][0])}</span></div><div class="col"><span class="thread-date" title="'
                f'{vn_long(utc(t.active))}">{timesince(t.active)} trước</span></div><div class="col"><i class="fa fa-user"></i> '
                f'{participants(t)} <i class="fa fa-comment"></i> {len(t.mails) - 1}</div></div><div class="thread-email">'
                f'<span class="expander collapsed">{esc(first_line[:200])}</span></div></div>')

    def pager(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        items = [f'<li class="page-item{" disabled" if n == 1 else ""}"><a class="page-link" href="'
                 f'{"#" if n == 1 else f"?page={n - 1}"}">&laquo;</a></li>']
        items += [f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="?page={k}">{k}</a></li>'
                  for k in range(1, pages + 1)]
        items.append(f'<li class="page-item{" disabled" if n == pages else ""}"><a class="page-link" href="'
                     f'{"#" if n == pages else f"?page={n + 1}"}">&raquo;</a></li>')
        return f'<nav><ul class="pagination">{"".join(items)}</ul></nav>'

    pages = [latest[i:i + PER] for i in range(0, len(latest), PER)]
    for n, chunk in enumerate(pages, 1):
        path = f"{L}/latest" if n == 1 else f"{L}/latest?page={n}"
        content = (f'<div class="row">{left_col()}<div class="col-12 col-md-10"><div class="thread-list-header"><h2>{NAME} - '
                   f'Chủ đề mới nhất</h2></div><div class="thread-list">{"".join(summary(t) for t in chunk)}</div>'
                   f"{pager(f'{L}/latest', n, len(pages))}</div></div>")
        site.page(path, layout(path, f"{NAME} - Chủ đề mới nhất", content), content_type=HTML)
        site.non_articles.append(path)
        if n == 1:
            site.same_page(f"{L}/latest?page=1", path)
    site.trap("…/latest (10 threads a page, sorted by last activity, relative ages with UTC tooltips): "
              "…/latest?page=2 holds the oldest bulletin", f"{L}/latest?page=2")
    for y, mo in months:
        path = f"{L}/{y}/{mo}/"
        items = sorted([t for t in threads if (utc(t.first.when).year, utc(t.first.when).month) == (y, mo)],
                       key=lambda t: t.active, reverse=True)
        end = datetime(y + (mo == 12), mo % 12 + 1, 1)
        export = f"{L}/export/{LIST}-{y}-{mo:02d}.mbox.gz?start={y}-{mo:02d}-01&end={end:%Y-%m-%d}"
        content = (f'<div class="row">{left_col()}<div class="col-12 col-md-10"><div class="thread-list-header"><h2>{NAME} - '
                   f'Tháng {mo} {y}</h2><a class="btn btn-outline-primary btn-sm" href="{export}"><i class="fa fa-download">'
                   f'</i> Tải về</a></div><div class="thread-list">{"".join(summary(t) for t in items)}</div></div></div>')
        site.page(path, layout(path, f"{NAME} - Tháng {mo} {y}", content), content_type=HTML)
        site.non_articles.append(path)
        mbox_route(site, export, [m for t in items for m in t.mails])
    site.trap("the month archives …/2025/5/ (threads by their first email's UTC month: the bulletin of 00:20 on 1 April "
              "is in March), each with its 'Tải về' mbox export (?start=…&end=…, gzip)", f"{L}/2025/3/")

    # overview
    posters: dict[str, int] = {}
    for m in mails:
        posters[m.by] = posters.get(m.by, 0) + 1
    top = sorted(posters.items(), key=lambda kv: -kv[1])[:5]
    recent30 = [m for m in mails if NOW - m.when < timedelta(days=30)]
    overview = (f'<div class="row">{left_col()}<div class="col-12 col-md-10"><section id="title"><h1>{NAME}</h1><p '
                f'class="list-address">{LIST}</p><p class="list-description">{esc(LIST_DESC)}</p></section><ul class="nav '
                f'nav-pills"><li class="nav-item"><a class="nav-link" href="{L}/latest">Tất cả chủ đề</a></li><li '
                f'class="nav-item"><a class="nav-link" href="/mailman3/lists/bantin.lists.htxninhthuan.vn/">Thông tin danh '
                f'sách</a></li></ul><div class="row"><div class="col-md-8"><section id="recent-threads"><h3>Thảo luận gần đây'
                f'</h3>{"".join(summary(t) for t in latest[:5])}</section><section id="popular-threads"><h3>Thảo luận sôi nổi'
                f'</h3>{"".join(summary(t) for t in sorted(threads, key=lambda t: -len(t.mails))[:3])}</section></div><div '
                f'class="col-md-4"><section id="activity"><h3>Hoạt động</h3><p>30 ngày qua: {len(recent30)} thư, '
                f'{len({m.by for m in recent30})} người tham gia</p></section><section id="top-posters"><h3>Người gửi nhiều '
                f'nhất</h3><ul class="list-unstyled">'
                + "".join(f'<li><span class="poster-name">{esc(SENDERS[k][0])}</span> <span class="badge">{v} thư</span></li>'
                          for k, v in top) + "</ul></section></div></div></div></div>")
    site.page(f"{L}/", layout(f"{L}/", f"{NAME} - lists.htxninhthuan.vn", overview), content_type=HTML)
    site.non_articles.append(f"{L}/")
    site.trap("the list overview (recent and popular threads, 'Người gửi nhiều nhất', the 30 days' activity, the months): "
              "not an article", f"{L}/")
    index = ('<h1>Danh sách thư</h1><table class="table table-striped table-bordered lists"><thead><tr><th>Danh sách</th><th>'
             f'Mô tả</th><th>Hoạt động</th></tr></thead><tbody><tr><td><a href="{L}/" class="list-name">{NAME}</a><br /><span '
             f'class="list-address">{LIST}</span></td><td>{esc(LIST_DESC)}</td><td>{len(recent30)} thư trong 30 ngày</td></tr>'
             "</tbody></table>")
    site.page("/hyperkitty/", layout("/hyperkitty/", "Danh sách thư - lists.htxninhthuan.vn", index, feed=False),
              content_type=HTML)
    site.non_articles.append("/hyperkitty/")

    # profiles and their posts
    for key, (name, addr, uid, _) in SENDERS.items():
        if not uid:
            continue
        own = sorted([m for m in mails if m.by == key], key=lambda m: m.when, reverse=True)
        pp = f"/hyperkitty/users/{uid}/"
        posts = f"/hyperkitty/users/{uid}/posts?list={quote(LIST)}"
        site.page(pp, layout(pp, f"Hồ sơ của {name}", f'<h1>Hồ sơ người dùng <small>{esc(name)}</small></h1><table '
                             f'class="table"><tr><th>Tên</th><td>{esc(name)}</td></tr><tr><th>Số thư</th><td>{len(own)}</td>'
                             f'</tr></table><p><a href="{posts}">Các thư của người này trong {LIST}</a></p>', feed=False),
                  content_type=HTML)
        site.page(posts, layout(posts, f"Thư của {name}", f"<h1>Thư của {esc(name)}</h1><ul>"
                                + "".join(f'<li><a href="{L}/message/{m.hash}/">{esc(m.subject)}</a> <span title="'
                                          f'{vn_long(utc(m.when))}">{timesince(m.when)} trước</span></li>' for m in own)
                                + "</ul>", feed=False), content_type=HTML)
        site.non_articles += [pp, posts]
    site.trap("public profiles /hyperkitty/users/<id>/ (the registered senders' names) and their posts lists: not "
              "articles", "/hyperkitty/users/5e7a9c1b3d5f7a9c2e4b6d8f0a2c4e6b/")

    # feed (Django syndication, UTC)
    items = "".join(
        f"<item><title>{esc(m.subject)}</title><link>{{{{base}}}}{L}/message/{m.hash}/</link><description>"
        f"{esc(esc(m.text[:300]))}</description><dc:creator xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
        f"{esc(SENDERS[m.by][0])}</dc:creator><pubDate>{utc(m.when):%a, %d %b %Y %H:%M:%S} +0000</pubDate><guid>"
        f"{{{{base}}}}{L}/message/{m.hash}/</guid></item>" for m in sorted(mails, key=lambda m: m.when, reverse=True)[:30])
    site.page(f"{L}/feed/", f'<?xml version="1.0" encoding="utf-8"?>\n<rss xmlns:atom="http://www.w3.org/2005/Atom" '
              f'version="2.0"><channel><title>{NAME}</title><link>{{{{base}}}}{L}/</link><description>{esc(LIST_DESC)}'
              f'</description><atom:link href="{{{{base}}}}{L}/feed/" rel="self"></atom:link><language>vi</language>'
              f"<lastBuildDate>{utc(NOW):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate>{items}</channel></rss>\n",
              content_type="application/rss+xml; charset=utf-8")
    site.trap("the list feed …/feed/ (the head's alternate: the 30 newest emails, replies too, linked to their "
              "…/message/<HASH>/ pages): pubDate in UTC '+0000'", f"{L}/feed/")

    # Postorius
    postorius = ('<h1>Danh sách thư</h1><table class="table"><tr><td><a href="/mailman3/lists/bantin.lists.htxninhthuan.vn/">'
                 f'{NAME}</a></td><td>{esc(LIST_DESC)}</td></tr></table>')
    site.page("/mailman3/lists/", layout("/mailman3/lists/", "Danh sách thư", postorius, feed=False), content_type=HTML)
    info = (f'<h1>{NAME} <small>{LIST}</small></h1><p>{esc(LIST_DESC)}</p><p><a href="{L}/">Lưu trữ danh sách</a></p><form '
            'method="post" action="/mailman3/lists/bantin.lists.htxninhthuan.vn/anonymous_subscribe"><label>Địa chỉ thư '
            '<input type="email" name="email" /></label><button type="submit">Đăng ký nhận tin</button></form><p><a href="'
            '{{base:offsite}}/postorius/">Postorius Documentation</a></p>')
    site.page("/mailman3/lists/bantin.lists.htxninhthuan.vn/", layout("/mailman3/lists/bantin.lists.htxninhthuan.vn/", NAME,
                                                                    info, feed=False), content_type=HTML)
    site.non_articles += ["/mailman3/lists/", "/mailman3/lists/bantin.lists.htxninhthuan.vn/"]
    site.redirect("/", "/mailman3/lists/", 302)
    site.trap("Postorius: / redirects to /mailman3/lists/, the list's page /mailman3/lists/bantin.lists.htxninhthuan.vn/ "
              "(subscribe form); the lists' index /hyperkitty/: not articles", "/mailman3/lists/bantin.lists.htxninhthuan.vn/")

    for p in sorted(login_variants):
        kind = "login" if "/login/" in p else "signup"
        title = "Đăng nhập" if kind == "login" else "Đăng ký"
        site.page(p, f'<!DOCTYPE HTML>\n<html lang="vi"><head><meta charset="utf-8" /><title>{title}</title></head><body><h1>'
                  f'{title}</h1><form method="post" action="/accounts/{kind}/"><input type="text" name="login" /><input '
                  'type="password" name="password" /></form></body></html>\n', content_type=HTML)
        site.never_fetched.append(p)
    site.binary("/static/hyperkitty/img/favicon.png", image_for("favicon"))
    site.static("/robots.txt", "User-agent: *\nDisallow: /accounts/\nDisallow: /admin/\nDisallow: /hyperkitty/search\n")
    site.trap("the navbar's 'Đăng nhập' / 'Đăng ký' and 'Đăng nhập để trả lời trực tuyến' (/accounts/login/?next=…, "
              "/accounts/signup/?next=…): robots.txt disallows /accounts/, never fetched",
              f"/accounts/login/?next={quote(L + '/', safe='/')}")
    return site


def _header(text: str) -> str:
    """An encoded header, the same whatever another module set for utf-8 in the email package's
    registry (apprise's e-mail plugin, loaded by the alert tests, sets it globally)."""
    cs = Charset("utf-8")
    cs.header_encoding = SHORTEST
    return Header(text, cs).encode()


def mbox_route(site: SiteBuild, path: str, mails: list) -> None:
    """HyperKitty's mbox export: the messages as the senders wrote their headers, gzip-compressed."""
    parts = []
    for m in sorted(mails, key=lambda m: m.when):
        name, addr, _, _ = SENDERS[m.by]
        sent = m.when + timedelta(hours=m.tz - 7)
        zone = f"+{m.tz:02d}00"
        headers = [f"From {addr} {utc(m.when):%a %b %d %H:%M:%S %Y}",
                   f"From: {_header(name)} <{addr}>",
                   f"Subject: {_header(('Re: [Bantin] ' + m.subject[4:]) if m.subject.startswith('Re: ') else '[Bantin] ' + m.subject)}",
                   f"Date: {sent:%a, %d %b %Y %H:%M:%S} {zone}",
                   f"Message-ID: {m.msgid}", f"Message-ID-Hash: {m.hash}", f"List-Id: {NAME} <bantin.lists.htxninhthuan.vn>",
                   "MIME-Version: 1.0", "Content-Type: text/plain; charset=\"utf-8\"", "Content-Transfer-Encoding: 8bit"]
        if m.parent:
            headers.insert(4, f"In-Reply-To: {m.parent.msgid}")
        body = "\n".join((">" + x) if x.startswith("From ") else x for x in m.text.split("\n"))
        parts.append("\n".join(headers) + "\n\n" + body + "\n")
    data = gzip.compress("\n".join(parts).encode("utf-8"), mtime=0)
    name = "_exports/" + hashlib.sha1(path.encode()).hexdigest()[:12] + ".mbox.gz"
    site.files[name] = data
    site.routes.append({"path": path, "file": name, "content_type": "application/gzip"})
