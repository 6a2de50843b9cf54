"""Site `thudientu-htxnamdinh` (registry family `generic`): "Thư điện tử Liên minh HTX tỉnh Nam Định", the alliance's
public newsletter list **Bantin** on **Mailman 2.1** with its **Pipermail** archive (the list's language Vietnamese:
Mailman's vi catalog translates the listinfo page and the address masking " at " -> " tại ", while the archive
templates stay English; the archive is public, monthly, `ARCHIVER_OBSCURES_EMAILADDRS` on, the default
`ARCHIVE_HTML_SANITIZER = 1`; the copy is of 10 July 2024). Written as a held-out test: no family module, no
selectors.

URL shapes: the archive `/pipermail/bantin/` (= `index.html`: the table of months, newest first, "[ Thread ] [ Subject
] [ Author ] [ Date ]" and the month's text "[ Gzip'd Text 2 KB ]" = `/pipermail/bantin/2024-May.txt.gz`, or "[ Text 1
KB ]" = `2024-July.txt` for the current month, not yet gzipped by cron); a month `/pipermail/bantin/2024-May/` with
`thread.html` (= `index.html`), `date.html`, `subject.html`, `author.html` (no pager: one page a month); a message
`/pipermail/bantin/2024-May/000009.html` (numbered through the whole archive); scrubbed parts
`/pipermail/bantin/attachments/<yyyymmdd>/<8 hex>/attachment.pdf` (the attachment's Vietnamese file name is not a
safe name: Mailman stores `attachment.pdf` and prints "Name: Thông báo 15-TB-LMHTX.pdf") and
`…/attachment.html` (the HTML alternative of a message, scrubbed); Mailman's CGI `/mailman/listinfo`,
`/mailman/listinfo/bantin`, `/mailman/admin/bantin` and `/mailman/options/bantin` (the list owner's robots.txt
disallows the admin and options logins); `/` redirects to `/mailman/listinfo`. No feed, no site map.

Why it is hard: a message page is the 2.1 `article.html`: `<H1>[Bantin] subject</H1>` (the title is the subject
without the list's prefix), `<B>sender name</B>`, a `mailto:` link to the list whose text is the sender's masked
address ("hoatt tại lienminhhtx.namdinh.gov.vn"), `<I>Wed Mar 13 20:30:00 UTC 2024</I>` (Mailman's i18n.ctime in the
server's zone), the "Previous message / Next message / Messages sorted by" lists above and below, and the text
between `<!--beginarticle-->` and `<!--endarticle-->` in one `<PRE>`: paragraphs hard-wrapped at 72 columns by the
mail client (one paragraph = several lines), a table pasted from Outlook as tab-separated cells, quoted lines as
`&gt;<i>…</I>`, the signature after "-- ", and the scrubber's "-------------- next part --------------" blocks. The
list moved to a new server on 1 March 2024: messages archived before show "ICT" (Vietnam time, old tzdata), later
ones "UTC" (7 hours behind); the month folder is the server's month, so a message sent at 00:20 on 1 June is in
2024-May as "Fri May 31 17:20:00 UTC 2024". The sender is the author when a person (an office account is not);
a closing byline overrides it; "Theo Báo Nam Định" is a reprint. Replies ("Re: [Bantin] …", quoting the message
and the list footer "_______________________________________________ Bantin mailing list") are members' mail, not
articles. The oldest message is only in the last row of the index table (2023-December).
"""

from __future__ import annotations

import gzip
import hashlib
import textwrap
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, esc, image_for, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "thudientu-htxnamdinh"
LIST = "bantin"
DOMAIN = "lienminhhtx.namdinh.gov.vn"
MIGRATION = datetime(2024, 3, 1)
UTC = timedelta(hours=7)
SENDERS = {
    "vanphong": "Văn phòng Liên minh HTX tỉnh Nam Định",
    "hoatt": "Trần Thị Hoa",
    "khanhnv": "Nguyễn Văn Khánh",
    "lucpv.htx": "Phạm Văn Lực",
    "htxhaiminh": "HTX Nông nghiệp Hải Minh",
}
GMAIL = {"lucpv.htx", "htxhaiminh"}
SIGS = {"khanhnv": ["Nguyễn Văn Khánh", "Phòng Kinh tế tập thể - Liên minh HTX tỉnh Nam Định", "ĐT: 0228.3636.218"],
        "hoatt": ["Trần Thị Hoa", "Văn phòng Liên minh HTX tỉnh Nam Định", "ĐT: 0228.3649.105"]}
MORE_INFO = "More information about the Bantin mailing list"
FURN = [MORE_INFO, "Messages sorted by:", "Previous message:", "Next message:", "-------------- next part --------------",
        "A non-text attachment was scrubbed...", "An HTML attachment was scrubbed...", "Desc: not available", "[Bantin]",
        "ĐT: 0228.3636.218", "ĐT: 0228.3649.105", "Phòng Kinh tế tập thể - Liên minh HTX tỉnh Nam Định"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November",
          "December"]


def h(text: str, n: int = 8) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def server_time(d: datetime) -> tuple[datetime, str]:
    """What the archiving server's clock said: Vietnam time ('ICT') before the move, UTC after."""
    return (d, "ICT") if d < MIGRATION else (d - UTC, "UTC")


def ctime(d: datetime) -> str:
    """Mailman's i18n.ctime: '%(wd)s %(mon)s %(day)2i %(hh)02i:%(mm)02i:%(ss)02i %(tzname)s %(year)04i'."""
    t, tz = server_time(d)
    return f"{t:%a %b} {t.day:2d} {t:%H:%M:%S} {tz} {t.year}"


def volume(d: datetime) -> str:
    t, _ = server_time(d)
    return f"{t.year}-{MONTHS[t.month - 1]}"


def masked(user: str) -> str:
    return f"{user} tại {'gmail.com' if user in GMAIL else DOMAIN}"


def wrap(text: str) -> str:
    return "\n".join(textwrap.wrap(text, 72, break_long_words=False, break_on_hyphens=False)) or ""


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 15/TB-LMHTX về việc mở lớp bồi dưỡng nghiệp vụ kế toán HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH NAM ĐỊNH
Số: 15/TB-LMHTX
Nam Định, ngày 17 tháng 5 năm 2024
THÔNG BÁO
Về việc mở lớp bồi dưỡng nghiệp vụ kế toán HTX năm 2024
Liên minh HTX tỉnh mở lớp bồi dưỡng nghiệp vụ kế toán cho các HTX trên địa bàn tỉnh từ ngày 10/6/2024 đến ngày 14/6/2024 tại Trường Trung cấp Kinh tế - Kỹ thuật Nam Định.
Mỗi HTX cử không quá 02 học viên là kế toán hoặc người phụ trách tài chính của HTX; học viên được miễn học phí và tài liệu.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 03/6/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đỗ Văn Quyết
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/pipermail/bantin/attachments/20240520/7c41e09a/attachment.pdf",
                        "text": "Thông báo 15-TB-LMHTX.pdf"}],
          opts={"by": "vanphong", "files": [("Thông báo 15-TB-LMHTX.pdf", "application/pdf", 48213, "7c41e09a", "pdf")]},
          notes=["notice 'Số: 15/TB-LMHTX' dated 17/5 in its text, sent 20/05 08:40 ('Mon May 20 01:40:12 UTC 2024' on "
                 "the page); from the office account: no author; the signer is text; the PDF is a scrubbed part ('A "
                 "non-text attachment was scrubbed... Name: Thông báo 15-TB-LMHTX.pdf … URL: <…/attachment.pdf>'): an "
                 "attachment, not text; a member's reply quotes it"],
          **at(datetime(2024, 5, 20, 8, 40, 12))),
        A(path="", title="Ảnh: HTX Nghêu Giao Xuân vào vụ thu hoạch",
          body="""
Kính gửi các HTX thành viên,
Đầu tháng 5, HTX Nghêu Giao Xuân (huyện Giao Thủy) bước vào vụ thu hoạch nghêu thương phẩm năm 2024. Bản tin xin gửi một số hình ảnh:
Ảnh 1: Thành viên HTX thu hoạch nghêu trên bãi triều xã Giao Xuân
Ảnh 2: Nghêu được phân loại, làm sạch tại nhà sơ chế của HTX
Ảnh 3: Sản phẩm nghêu đạt chứng nhận OCOP 4 sao của HTX
Vụ này HTX dự kiến thu hoạch khoảng 2.000 tấn nghêu, chủ yếu cung ứng cho các doanh nghiệp chế biến xuất khẩu.
""", byline="Bài và ảnh: Đoàn Văn Hưng", author="Đoàn Văn Hưng",
          opts={"by": "hoatt", "sig": True,
                "files": [(f"IMG_20240506_0{n}.jpg", "image/jpeg", 412000 + n * 1733, h(f"nghêu{n}"), "jpg")
                          for n in (812, 815, 840)]},
          notes=["photo story by mail: the captions are lines of the text ('Ảnh 1: …'), the three photos are scrubbed "
                 "parts (image/jpeg, attachment.jpg) after it, not text; sent by Trần Thị Hoa (her signature after "
                 "'-- ' is not text) but 'Bài và ảnh: Đoàn Văn Hưng' closes it -> author"],
          **at(datetime(2024, 5, 8, 14, 5, 33))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Nam Định năm 2023",
          body="""
Kính gửi các HTX thành viên,
Năm 2023, kinh tế tập thể tỉnh Nam Định tiếp tục phát triển, số HTX hoạt động hiệu quả tăng so với năm trước. Một số chỉ tiêu chính như sau:
| Chỉ tiêu | Đơn vị | Năm 2023 | So với năm 2022 (%) |
| HTX đang hoạt động | HTX | 412 | 103,8 |
| Thành viên HTX | người | 286.540 | 100,9 |
| Doanh thu bình quân một HTX | triệu đồng | 4.120 | 107,5 |
| HTX xếp loại tốt, khá | HTX | 268 | 109,4 |
Năm 2024, tỉnh phấn đấu thành lập mới 25 HTX, trong đó có 8 HTX ứng dụng công nghệ cao.
""", author="Nguyễn Văn Khánh",
          opts={"by": "khanhnv", "sig": True, "html_part": "5f3a2c1e"},
          notes=["sent from Outlook (multipart/alternative): the table pasted from Excel is tab-separated cells in the "
                 "<PRE> (one line per row), the HTML alternative is scrubbed ('An HTML attachment was scrubbed... URL: "
                 "<…/attachment.html>': that file is no article); archived on the new server: 'Thu Mar 14 03:30:00 UTC "
                 "2024' = 10:30 in Vietnam; the sender Nguyễn Văn Khánh (a staff member, his signature is not text) is "
                 "the author"],
          **at(datetime(2024, 3, 14, 10, 30))),
        A(path="", title="Hướng dẫn HTX chuẩn bị hồ sơ đánh giá, phân hạng sản phẩm OCOP năm 2024",
          body="""
Kính gửi các HTX thành viên,
Năm 2024, tỉnh Nam Định tiếp tục tổ chức đánh giá, phân hạng sản phẩm OCOP theo hai đợt vào tháng 6 và tháng 10. Các HTX có sản phẩm đăng ký đánh giá cần lưu ý một số nội dung sau.
HỒ SƠ ĐĂNG KÝ GỒM
- Phiếu đăng ký sản phẩm tham gia Chương trình OCOP theo mẫu;
- Phương án sản xuất kinh doanh đối với sản phẩm đăng ký;
- Bản sao giấy chứng nhận đăng ký HTX và giấy chứng nhận an toàn thực phẩm;
- Phiếu kết quả kiểm nghiệm chất lượng sản phẩm còn hiệu lực.
Hồ sơ nộp tại UBND cấp huyện trước ngày 15/5/2024 đối với đợt 1.
""", byline="Lê Thị Thu Trang - Sở Nông nghiệp và PTNT", author="Lê Thị Thu Trang",
          opts={"by": "hoatt", "sig": True},
          notes=["a heading in capitals and '- ' items as lines of the <PRE>; the long paragraphs hard-wrapped at 72 "
                 "columns (one line each in the text); sent by Trần Thị Hoa but 'Lê Thị Thu Trang - Sở Nông nghiệp và "
                 "PTNT' closes it -> Lê Thị Thu Trang"],
          **at(datetime(2024, 4, 9, 8, 15, 2))),
        A(path="", title="HTX Nông nghiệp Hải Minh liên kết sản xuất lúa chất lượng cao",
          body="""
HTX Nông nghiệp Hải Minh (huyện Hải Hậu) vừa ký hợp đồng liên kết với doanh nghiệp sản xuất 120 ha lúa chất lượng cao trong vụ xuân năm 2024.
Theo hợp đồng, doanh nghiệp cung ứng giống, vật tư đầu vào và bao tiêu sản phẩm với giá cao hơn thị trường 5 - 7%.
HTX tổ chức cho thành viên sản xuất theo quy trình VietGAP, ghi chép nhật ký đồng ruộng đầy đủ.
""", byline="Theo Báo Nam Định", author=None,
          opts={"by": "vanphong"},
          notes=["'Theo Báo Nam Định' closes the text: a reprint, no author; archived on the old server: 'Tue Feb 20 "
                 "09:00:41 ICT 2024'"],
          **at(datetime(2024, 2, 20, 9, 0, 41))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Dịch vụ nông nghiệp Yên Tiến",
          body="""
Chiều 31/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Dịch vụ nông nghiệp Yên Tiến (huyện Ý Yên).
HTX hiện cung ứng dịch vụ làm đất, thủy lợi, bảo vệ thực vật và tiêu thụ lúa cho hơn 1.300 hộ thành viên.
Liên minh HTX tỉnh sẽ hỗ trợ HTX tiếp cận vốn vay từ Quỹ hỗ trợ phát triển HTX để đầu tư máy cấy và lò sấy lúa.
""", author=None,
          opts={"by": "vanphong"},
          notes=["sent at 00:20 on 1 June about the afternoon before ('Chiều 31/5'): the UTC server files it in 2024-May "
                 "and prints 'Fri May 31 17:20:05 UTC 2024' (the month's .txt.gz keeps the sender's 'Date: Sat, 1 Jun "
                 "2024 00:20:05 +0700'); published = 2024-06-01 00:20:05; from the office account, no byline: author "
                 "null"],
          **at(datetime(2024, 6, 1, 0, 20, 5))),
        A(path="", title="HTX Thủy sản Hải Lý phát triển nuôi tôm công nghệ cao",
          body="""
HTX Thủy sản Hải Lý (huyện Hải Hậu) hiện có 18 ha ao nuôi tôm thẻ chân trắng theo công nghệ nhà màng hai giai đoạn.
Mỗi năm HTX nuôi 3 vụ, năng suất bình quân đạt 30 tấn/ha/vụ, lợi nhuận hơn 1 tỷ đồng/ha.
HTX đang phối hợp với Trung tâm Khuyến nông tỉnh hướng dẫn thành viên áp dụng quy trình nuôi tôm an toàn sinh học.
""", byline="Phạm Thị Hương", author="Phạm Thị Hương",
          opts={"by": "hoatt", "sig": True},
          notes=["sent by Trần Thị Hoa but the bare name 'Phạm Thị Hương' closes the text (before the signature): the "
                 "author; a member's reply quoting it (with the list footer) is in 2024-June, another in 2024-July"],
          **at(datetime(2024, 6, 18, 16, 40, 20))),
        A(path="", title="Liên minh HTX tỉnh Nam Định tổng kết công tác năm 2023",
          body="""
Ngày 26/12, Liên minh HTX tỉnh Nam Định tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 21 HTX, tổ chức 14 lớp tập huấn cho 780 lượt cán bộ HTX.
Hội nghị đã khen thưởng 15 HTX có thành tích xuất sắc trong phong trào thi đua năm 2023.
""", byline="Tin: Vũ Đức Thịnh", author="Vũ Đức Thịnh",
          opts={"by": "hoatt", "sig": True},
          notes=["the oldest message: only in 2023-December (the last row of the index table; prev/next links stay "
                 "inside a month); archived on the old server: 'Wed Dec 27 15:20:11 ICT 2023'; 'Tin: Vũ Đức Thịnh' -> "
                 "author"],
          **at(datetime(2023, 12, 27, 15, 20, 11))),
    ]


REPLIES = [  # (date, sender, index of the article replied to, lines)
    (datetime(2024, 5, 21, 9, 12, 44), "lucpv.htx", 0,
     ["Kính gửi Văn phòng Liên minh,",
      "HTX Nông nghiệp Xuân Ninh xin đăng ký 02 học viên cho lớp bồi dưỡng kế toán. Danh sách chúng tôi sẽ gửi qua "
      "email của Văn phòng trong tuần này.",
      "Trân trọng."]),
    (datetime(2024, 6, 19, 7, 30, 9), "htxhaiminh", 6,
     ["Bài viết rất hay. HTX Hải Minh muốn liên hệ học tập mô hình nhà màng của HTX Hải Lý, nhờ Văn phòng cho xin số "
      "điện thoại của HTX ạ."]),
    (datetime(2024, 7, 2, 15, 48, 51), "lucpv.htx", 6,
     ["Cho mình hỏi HTX Hải Lý có nhận cung cấp tôm giống cho HTX ngoài huyện không ạ?"]),
]


def pre_text(a: RichArticle) -> list[str]:
    """The message's text/plain part as the mail client wrote it: paragraphs wrapped at 72, blank lines between."""
    out = []
    for b in a.blocks:
        if b.kind == "table":
            out.append("\n".join("\t".join(row) for row in b.rows))
        elif b.kind in ("ul", "ol"):
            out.append("\n".join(b.items))
        elif b.text:
            out.append(wrap(inline_text(b.text)))
    if a.byline:
        out.append(a.byline)
    return out


def build() -> SiteBuild:
    site = SiteBuild(SITE, "nam-dinh", "Thư điện tử Liên minh HTX tỉnh Nam Định (Mailman 2.1, Pipermail)", "generic", None,
                     start_urls=["{{base:%s}}/pipermail/bantin/" % SITE])
    site.extra_boilerplate += FURN
    arts = articles()
    msgs = []
    for a in arts:
        msgs.append(dict(date=a.date, by=a.opts["by"], subject=f"[Bantin] {a.title}", art=a, reply_to=None))
    for d, by, idx, lines in REPLIES:
        msgs.append(dict(date=d, by=by, subject=f"Re: [Bantin] {arts[idx].title}", art=None, reply_to=arts[idx],
                         lines=lines))
    msgs.sort(key=lambda m: m["date"])
    for n, m in enumerate(msgs):
        m["n"] = n
        m["vol"] = volume(m["date"])
        m["path"] = f"/pipermail/{LIST}/{m['vol']}/{n:06d}.html"
        m["msgid"] = f"<{h(m['subject'] + str(n), 16)}@{'mail.gmail.com' if m['by'] in GMAIL else DOMAIN}>"
        if m["art"]:
            m["art"].path = m["path"]
    by_art = {id(m["art"]): m for m in msgs if m["art"]}
    vols = []
    for m in msgs:
        if m["vol"] not in vols:
            vols.append(m["vol"])

    def att_dir(m: dict, key: str) -> str:
        t, _ = server_time(m["date"])
        return f"/pipermail/{LIST}/attachments/{t:%Y%m%d}/{key}"

    def body_text(m: dict) -> tuple[str, list[tuple[str, str]]]:
        """The message's <PRE> (html) and its scrubbed parts [(url, file)]."""
        a = m["art"]
        parts: list[tuple[str, str]] = []
        if a:
            paras = pre_text(a)
            html = "\n\n".join(esc(p) for p in paras)
            if a.opts.get("sig"):
                html += "\n\n-- \n" + "\n".join(esc(x) for x in SIGS[a.opts["by"]])
            for name, ctype, size, key, ext in a.opts.get("files", []):
                url = f"{att_dir(m, key)}/attachment.{ext}"
                parts.append((url, name))
                html += (f"\n-------------- next part --------------\nA non-text attachment was scrubbed...\nName: "
                         f"{esc(name)}\nType: {ctype}\nSize: {size} bytes\nDesc: not available\nURL: &lt;<a href=\"{{{{base}}}}"
                         f"{url}\">{{{{base}}}}{url}</a>&gt;")
            if a.opts.get("html_part"):
                url = f"{att_dir(m, a.opts['html_part'])}/attachment.html"
                parts.append((url, ""))
                html += (f"\n-------------- next part --------------\nAn HTML attachment was scrubbed...\nURL: &lt;<a "
                         f"href=\"{{{{base}}}}{url}\">{{{{base}}}}{url}</a>&gt;")
            return html + "\n", parts
        orig = by_art[id(m["reply_to"])]
        oa = orig["art"]
        mine = "\n\n".join(esc(wrap(x)) for x in m["lines"])
        wd = ["Th 2", "Th 3", "Th 4", "Th 5", "Th 6", "Th 7", "CN"][oa.date.weekday()]
        head = (f"Vào {wd}, {oa.date.day} thg {oa.date.month}, {oa.date.year} vào lúc {oa.date:%H:%M} {SENDERS[oa.opts['by']]} "
                f"&lt;{masked(oa.opts['by'])}&gt; đã viết:")
        quoted = []
        for p in pre_text(oa) + ["_______________________________________________", "Bantin mailing list",
                                 f"Bantin tại {DOMAIN}", "{{base}}/mailman/listinfo/bantin"]:
            for line in p.split("\n"):
                quoted.append(line)
        q = ""
        for i, line in enumerate(quoted):
            shown = (f'<a href="{line}">{line}</a>' if line.startswith("{{base}}") else esc(line))
            q += ("<I>&gt;" if i == 0 else "</I>&gt;") + f"<i> {shown}\n"
        q += "</I>"
        return f"{mine}\n\n{esc(wrap(head))}\n{q}\n", parts

    def subject_html(m: dict) -> str:
        return esc(m["subject"])

    def article_page(m: dict, prev: dict | None, nxt: dict | None) -> str:
        n = m["n"]
        subj = m["subject"]
        re_subj = subj if subj.startswith("Re: ") else f"Re: {subj}"
        q = f"Subject={quote(re_subj, safe='')}&In-Reply-To={quote(m['msgid'], safe='@')}"
        mailto = f"mailto:{LIST}%40{DOMAIN}?{q}"

        def links() -> str:
            out = ""
            if prev:
                out += f'\n        <LI>Previous message: <A HREF="{prev["n"]:06d}.html">{subject_html(prev)}\n</A></li>'
            if nxt:
                out += f'\n        <LI>Next message: <A HREF="{nxt["n"]:06d}.html">{subject_html(nxt)}\n</A></li>'
            return out + (f'\n         <LI> <B>Messages sorted by:</B> \n              <a href="date.html#{n}">[ date ]</a>\n'
                          f'              <a href="thread.html#{n}">[ thread ]</a>\n              <a href="subject.html#{n}">'
                          f'[ subject ]</a>\n              <a href="author.html#{n}">[ author ]</a>\n         </LI>')
        body, _ = body_text(m)
        rel = ""
        if prev:
            rel += f'\n   <LINK REL="Previous"  HREF="{prev["n"]:06d}.html">'
        if nxt:
            rel += f'\n   <LINK REL="Next"  HREF="{nxt["n"]:06d}.html">'
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
 <HEAD>
   <TITLE> {subject_html(m)}
   </TITLE>
   <LINK REL="Index" HREF="index.html" >
   <LINK REL="made" HREF="{mailto}">
   <META NAME="robots" CONTENT="index,nofollow">
   <style type="text/css">
       pre {{
           white-space: pre-wrap;       /* css-2.1, curent FF, Opera, Safari */
           }}
   </style>
   <META http-equiv="Content-Type" content="text/html; charset=utf-8">{rel}
 </HEAD>
 <BODY BGCOLOR="#ffffff">
   <H1>{subject_html(m)}</H1>
    <B>{esc(SENDERS[m["by"]])}</B>
    <A HREF="{mailto}"
       TITLE="{subject_html(m)}">{masked(m["by"])}
       </A><BR>
    <I>{ctime(m["date"])}</I>
    <P><UL>{links()}
       </UL>
    <HR>
<!--beginarticle-->
<PRE>{body}</PRE>

<!--endarticle-->
    <HR>
    <P><UL>
        <!--threads-->{links()}
       </UL>

<hr>
<a href="{{{{base}}}}/mailman/listinfo/bantin">More information about the Bantin
mailing list</a><br>
</body></html>
"""

    for v in vols:
        vm = [m for m in msgs if m["vol"] == v]
        for i, m in enumerate(vm):
            page = article_page(m, vm[i - 1] if i else None, vm[i + 1] if i + 1 < len(vm) else None)
            site.page(m["path"], page)
            _, parts = body_text(m)
            for url, name in parts:
                if url.endswith(".html"):
                    a = m["art"]
                    rows = "".join("<tr>" + "".join(f'<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">'
                                                     f'<p class="MsoNormal">{esc(c)}</p></td>' for c in r) + "</tr>"
                                   for b in a.blocks if b.kind == "table" for r in b.rows)
                    paras = "".join(f'<p class="MsoNormal">{esc(inline_text(b.text))}</p>' for b in a.blocks if b.kind == "p")
                    site.static(url, f'<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv='
                                     f'"Content-Type" content="text/html; charset=utf-8"><meta name="Generator" content='
                                     f'"Microsoft Word 15 (filtered medium)"></head><body lang="VI" link="#0563C1"><div '
                                     f'class="WordSection1">{paras}<table class="MsoTableGrid" border="1" cellspacing="0" '
                                     f'cellpadding="0">{rows}</table></div></body></html>\n')
                    site.non_articles.append(url)
                elif url.endswith(".pdf"):
                    site.binary(url, pdf(m["art"].title, ["LIEN MINH HTX TINH NAM DINH", "THONG BAO SO 15/TB-LMHTX"]))
                else:
                    site.binary(url, image_for(url))
            if m["art"]:
                site.add_article(m["art"])
            else:
                site.non_articles.append(m["path"])
    site.trap("the Outlook message's HTML alternative, scrubbed to /pipermail/bantin/attachments/20240314/5f3a2c1e/"
              "attachment.html (a bare Word-HTML page: the same text, no subject, sender nor date): no article",
              "/pipermail/bantin/attachments/20240314/5f3a2c1e/attachment.html")
    site.trap("replies 'Re: [Bantin] …' (members' mail quoting the message with '&gt;<i>' lines and the list footer "
              "'_______________________________________________ Bantin mailing list'): not articles",
              next(m["path"] for m in msgs if not m["art"]))

    # -- month indexes --------------------------------------------------------------------------
    def author_of(m: dict) -> str:
        return SENDERS[m["by"]]

    def li(m: dict) -> str:
        return (f'<LI><A HREF="{m["n"]:06d}.html">{subject_html(m)}\n</A><A NAME="{m["n"]}">&nbsp;</A>\n<I>{esc(author_of(m))}\n'
                f"</I>\n")

    def index_page(v: str, kind: str, vm: list[dict]) -> str:
        year, month = v.split("-")
        others = [k for k in ("thread", "subject", "author", "date") if k != kind]
        if kind == "thread":
            roots = [m for m in vm if not (m["reply_to"] and by_art[id(m["reply_to"])] in vm)]
            items = ""
            for r in roots:
                items += f"<!--0 {r['n']:06d}- -->\n" + li(r)
                kids = [m for m in vm if m["reply_to"] is not None and m["reply_to"] is r["art"]]
                if kids:
                    items += "<UL>\n" + "".join(f"<!--1 {r['n']:06d}-{k['n']:06d}- -->\n" + li(k) for k in kids) + "</UL>\n"
        else:
            key = {"date": lambda m: m["date"], "subject": lambda m: m["subject"].replace("Re: ", "").replace("[Bantin] ", ""),
                   "author": lambda m: (author_of(m), m["date"])}[kind]
            items = "".join(li(m) for m in sorted(vm, key=key))
        sort_links = "\n".join(f'\t\t<a href="{k}.html#start">[ {k} ]</a>' for k in others)
        first, last = min(vm, key=lambda m: m["date"]), max(vm, key=lambda m: m["date"])
        archived = ctime(last["date"] + timedelta(seconds=14))
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<HTML>
  <HEAD>
     <title>The Bantin {month} {year} Archive by {kind}</title>
     <META NAME="robots" CONTENT="noindex,follow">
     <META http-equiv="Content-Type" content="text/html; charset=utf-8">
  </HEAD>
  <BODY BGCOLOR="#ffffff">
      <a name="start"></A>
      <h1>{month} {year} Archives by {kind}</h1>
      <ul>
         <li> <b>Messages sorted by:</b>
{sort_links}

             <li><b><a href="{{{{base}}}}/mailman/listinfo/bantin">More info on this list...
                    </a></b></li>
      </ul>
      <p><b>Starting:</b> <i>{ctime(first["date"])}</i><br>
         <b>Ending:</b> <i>{ctime(last["date"])}</i><br>
         <b>Messages:</b> {len(vm)}<p>
     <ul>

{items}
    </ul>
    <p>
      <a name="end"><b>Last message date:</b></a>
       <i>{ctime(last["date"])}</i><br>
    <b>Archived on:</b> <i>{archived}</i>
    <p>
   <ul>
         <li> <b>Messages sorted by:</b>
{sort_links}

             <li><b><a href="{{{{base}}}}/mailman/listinfo/bantin">More info on this list...
                    </a></b></li>
     </ul>
     <p>
     <hr>
     <i>This archive was generated by
     Pipermail 0.09 (Mailman edition).</i>
  </BODY>
</HTML>
"""

    txt_sizes = {}
    for v in vols:
        vm = [m for m in msgs if m["vol"] == v]
        for kind in ("thread", "date", "subject", "author"):
            path = f"/pipermail/{LIST}/{v}/{kind}.html"
            site.page(path, index_page(v, kind, vm))
            site.non_articles.append(path)
        site.same_page(f"/pipermail/{LIST}/{v}/index.html", f"/pipermail/{LIST}/{v}/thread.html")
        site.same_page(f"/pipermail/{LIST}/{v}/", f"/pipermail/{LIST}/{v}/thread.html")
        # the month's text archive
        chunks = []
        for m in vm:
            t, _ = server_time(m["date"])
            sender = f"{m['by']} at {'gmail.com' if m['by'] in GMAIL else DOMAIN}"
            if m["art"]:
                text = "\n\n".join(pre_text(m["art"]))
            else:
                text = "\n\n".join(wrap(x) for x in m["lines"])
            head = (f"From {sender}  {t:%a %b} {t.day:2d} {t:%H:%M:%S} {t.year}\nFrom: {sender} ({SENDERS[m['by']]})\n"
                    f"Date: {m['date']:%a}, {m['date'].day} {m['date']:%b %Y %H:%M:%S} +0700\nSubject: {m['subject']}\n")
            if m["reply_to"] is not None:
                head += f"In-Reply-To: {by_art[id(m['reply_to'])]['msgid']}\n"
            chunks.append(head + f"Message-ID: {m['msgid']}\n\n{text}\n\n")
        raw = "".join(chunks).encode("utf-8")
        if v == vols[-1]:
            site.static(f"/pipermail/{LIST}/{v}.txt", raw.decode("utf-8"))
            txt_sizes[v] = ("Text", len(raw), f"{v}.txt")
        else:
            data = gzip.compress(raw, mtime=0)
            site.binary(f"/pipermail/{LIST}/{v}.txt.gz", data)
            txt_sizes[v] = ("Gzip'd Text", len(data), f"{v}.txt.gz")
    site.trap("each month: thread.html (= index.html and the folder itself), date.html, subject.html, author.html (one page "
              "a month, 'Starting:'/'Ending:' in the server's zone, 'Archived on:'): lists, not articles",
              "/pipermail/bantin/2024-May/thread.html")
    site.trap("the month's text archive 2024-May.txt.gz (gzip; the senders' own 'Date:' headers in +0700) and the current "
              "month's 2024-July.txt: no pages", "/pipermail/bantin/2024-May.txt.gz")
    rows = ""
    for v in reversed(vols):
        year, month = v.split("-")
        label, size, href = txt_sizes[v]
        rows += f"""
            <tr>
            <td>{month} {year}:</td>
            <td>
              <A href="{v}/thread.html">[ Thread ]</a>
              <A href="{v}/subject.html">[ Subject ]</a>
              <A href="{v}/author.html">[ Author ]</a>
              <A href="{v}/date.html">[ Date ]</a>
            </td>
            <td><A href="{href}">[ {label} {max(1, size // 1024)} KB ]</a></td>
            </tr>
"""
    index = f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2//EN">
<HTML>
  <HEAD>
     <title>The Bantin Archives</title>
     <META NAME="robots" CONTENT="noindex,follow">
     <META http-equiv="Content-Type" content="text/html; charset=utf-8">
  </HEAD>
  <BODY BGCOLOR="#ffffff">
     <h1>The Bantin Archives </h1>
     <p>
      You can get <a href="{{{{base}}}}/mailman/listinfo/bantin">more information about this list</a>.
     </p>

         <table border=3>
          <tr><td>Archive</td>
          <td>View by:</td>
          <td>Downloadable version</td></tr>
{rows}
         </table>

  </BODY>
</HTML>
"""
    site.page(f"/pipermail/{LIST}/", index)
    site.same_page(f"/pipermail/{LIST}/index.html", f"/pipermail/{LIST}/")
    site.non_articles.append(f"/pipermail/{LIST}/")
    site.trap("the archive /pipermail/bantin/ (= index.html): the table of months, newest first; the oldest message only "
              "through its last row", "/pipermail/bantin/")

    # -- Mailman's CGI ---------------------------------------------------------------------------
    def cgi(title: str, body: str) -> str:
        return (f'<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">\n<HTML>\n  <HEAD>\n    <TITLE>{title}</TITLE>\n'
                f'    <META http-equiv="Content-Type" content="text/html; charset=utf-8">\n  </HEAD>\n  <BODY BGCOLOR="#ffffff">\n'
                f'{body}\n<hr><address><a href="{{{{base:offsite}}}}/mailman/">Delivered by Mailman<br>version 2.1.34</a>'
                f'</address>\n  </BODY>\n</HTML>\n')
    site.page("/mailman/listinfo/bantin", cgi(
        "Bantin Trang Thông tin", '<P><TABLE COLS="1" BORDER="0" CELLSPACING="4" CELLPADDING="5"><TR><TD COLSPAN="1" WIDTH='
        '"100%" BGCOLOR="#99CCFF"><B><FONT COLOR="#000000" SIZE="+3">Bantin -- Bản tin điện tử Liên minh HTX tỉnh Nam Định'
        '</FONT></B></TD></TR><TR><TD COLSPAN="1" WIDTH="100%" BGCOLOR="#FFF0D0"><B><FONT COLOR="#000000">Giới thiệu về '
        'Bantin</FONT></B></TD></TR><TR><TD><P>Bản tin điện tử gửi các HTX thành viên: tin hoạt động, thông báo, văn bản '
        'của Liên minh HTX tỉnh Nam Định.</P><p>Để xem tập hợp các thư đã gửi trước đây, hãy xem <a href="/pipermail/'
        'bantin/">Kho lưu Bantin</a>.</p></TD></TR><TR><TD BGCOLOR="#FFF0D0"><B><FONT COLOR="#000000">Đăng ký Bantin</FONT>'
        '</B></TD></TR><TR><TD><FORM Method=POST ACTION="/mailman/subscribe/bantin"><P>Địa chỉ thư của bạn: <INPUT '
        'type="Text" name="email" size="30" value=""></P><INPUT type="Submit" name="email-button" value="Đăng ký"></FORM>'
        '</TD></TR><TR><TD><FORM Method=POST ACTION="/mailman/options/bantin">Để bỏ đăng ký Bantin, hoặc thay đổi tùy chọn, '
        'hãy nhập địa chỉ thư của bạn: <INPUT name="email" type="TEXT" value="" size="30"> <INPUT name="UserOptions" '
        'type="SUBMIT" value="Bỏ đăng ký hoặc sửa tùy chọn"></FORM></TD></TR></TABLE><p><a href="/mailman/admin/bantin">'
        'Trang quản trị Bantin</a></p>'))
    site.page("/mailman/listinfo", cgi("Các hộp thư chung trên " + DOMAIN, '<h2>Các hộp thư chung trên ' + DOMAIN + '</h2>'
                                       '<table><tr><td><a href="listinfo/bantin"><strong>Bantin</strong></a></td><td>Bản tin '
                                       'điện tử Liên minh HTX tỉnh Nam Định</td></tr></table>'),
              content_type="text/html; charset=utf-8")
    site.non_articles += ["/mailman/listinfo/bantin", "/mailman/listinfo"]
    for path, title in [("/mailman/admin/bantin", "Xác thực quản trị Bantin"),
                        ("/mailman/options/bantin", "Đăng nhập tùy chọn thành viên Bantin")]:
        site.page(path, cgi(title, f'<FORM METHOD=POST ACTION="{path}"><h2>{title}</h2><INPUT TYPE="password" '
                                   'NAME="adminpw" SIZE="30"><INPUT TYPE="SUBMIT" NAME="admlogin" VALUE="Đăng nhập..."></FORM>'))
        site.never_fetched.append(path)
    site.redirect("/", "/mailman/listinfo", 302)
    site.static("/robots.txt", "User-agent: *\nDisallow: /mailman/admin/\nDisallow: /mailman/admindb/\n"
                "Disallow: /mailman/options/\nDisallow: /mailman/roster/\n")
    site.trap("Mailman's CGI: /mailman/listinfo and /mailman/listinfo/bantin (the list's page, in Vietnamese) are no "
              "articles; the admin and options logins are disallowed by the owner's robots.txt", "/mailman/admin/bantin")
    return site
