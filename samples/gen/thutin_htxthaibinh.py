"""Site `thutin-htxthaibinh` (registry family `generic`): "Bản tin Liên minh HTX tỉnh Thái Bình", the alliance's e-mail
bulletin sent with a self-hosted **listmonk** (v3, the official Docker image, so the server's and the database
session's zone are UTC; `app.lang = vi`) whose **public archive** is switched on ("Xuất bản vào lưu trữ công khai" per
campaign). The copy is of 20 May 2025, before Thái Bình merged into Hưng Yên. Written as a held-out test: no family
module, no selectors.

What is an article here: an archived campaign: `/archive/<archive slug>` when the campaign has a slug (the listing
links it), else `/archive/<campaign uuid>` (campaigns archived before the office started filling the slug field). The
page is the e-mail itself, rendered by listmonk with the alliance's own campaign template (tables, inline styles, the
banner image, the "Không xem được thư này? Xem trong trình duyệt" line above it, the issue line under it, the office's
footer with "Bỏ đăng ký") and the archive's dummy subscriber: there is no site chrome at all, `<title>` is the
campaign's subject ("Bản tin LMHTX Thái Bình số 18/2024 – …"), and the headline is the `<h1>` the editor typed at the
top of the content. A slug campaign also answers at its UUID (same page: an alias); `/archive/latest` prints the newest
campaign (an alias too).

URL shapes: `/` is listmonk's public home (logo, "Đăng nhập" -> `/admin`, a 302 to the login form); `/archive` the
list ("Mon, 02 Jan 2006" dates, 20 a page, `knadh/paginator` links `?page=2`: the oldest campaign is only there;
`?page=1` is the first page again); `/archive.xml` the RSS feed (gorilla/feeds, `pubDate` RFC 1123Z in UTC, titles and
links only); `/subscription/form` the public subscription form; `/uploads/<file>` media (images, the PDFs linked from
the content). The template's "Xem trong trình duyệt" and "Bỏ đăng ký" links carry the archive's dummy subscriber
(no UUID): `/campaign/<uuid>/` and `/subscription/<uuid>/` answer 404. No robots.txt, no sitemap, no og/JSON-LD.

Why it is hard: the dates. The e-mail page carries no machine date; most issues print their own date in the issue line
under the banner ("Số 18/2024 · Thứ Hai, 04/11/2024": date-element, midnight). The listing and the feed print the
campaign's `send_at` when it was scheduled, else its `created_at` (the day the draft was made, often days before the
send), in UTC: a draft begun at 06:40 on 4 November reads "Sun, 03 Nov 2024". Two scheduled campaigns print no date in
the e-mail: their time is the feed's `pubDate` (the scheduled send, "+0000", converted to Vietnam time). The archive
also keeps greeting cards (an image and one line of wishes) and two test sends that had the archive switch on: they
are listed like the issues but are no articles. Authors are the closing bylines in the content ("Bài, ảnh: X"); the
sender "Liên minh HTX tỉnh Thái Bình <bantin@…>" is never printed on the archive page.
"""

from __future__ import annotations

import hashlib
import uuid as uuidlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf, weekday
from .richbody import RichArticle

SITE = "thutin-htxthaibinh"
NAME = "Bản tin Liên minh HTX tỉnh Thái Bình"
UTC = timedelta(hours=7)
PER_PAGE = 20
HOME_LINE = "Bản tin điện tử Liên minh HTX tỉnh Thái Bình"
FOOT_ORG = "LIÊN MINH HỢP TÁC XÃ TỈNH THÁI BÌNH"
FOOT_ADDR = "Số 8 Lê Lợi, phường Đề Thám, TP Thái Bình, tỉnh Thái Bình"
FOOT_PHONE = "ĐT: 0227.3831.452 - Email: bantin@lienminhhtxthaibinh.vn"
FOOT_WHY = "Bạn nhận được thư này vì đã đăng ký nhận Bản tin của Liên minh HTX tỉnh Thái Bình."
CHROME = [HOME_LINE, FOOT_ORG, FOOT_ADDR, FOOT_PHONE, FOOT_WHY, "Không xem được thư này?", "Xem trong trình duyệt",
          "Bỏ đăng ký", "Theo dõi Bản tin trên Zalo OA: Liên minh HTX Thái Bình"]


def cuuid(key: str) -> str:
    return str(uuidlib.UUID(bytes=hashlib.md5(key.encode()).digest(), version=4))


def utc_day(d: datetime) -> str:
    """Go's time.Format("Mon, 02 Jan 2006") of a UTC time."""
    return (d - UTC).strftime("%a, %d %b %Y")


def rfc1123z(d: datetime) -> str:
    return (d - UTC).strftime("%a, %d %b %Y %H:%M:%S +0000")


def articles() -> list[RichArticle]:
    A = RichArticle

    def issue(d: datetime, created: datetime, send_at: datetime | None = None) -> dict:
        shown = send_at or created
        ev = ["date-element"] + (["listing"] if (shown - UTC).date() == d.date() else [])
        return dict(date=d, published=iso(d, with_time=False), published_source="date-element", evidence=ev,
                    opts={"created": created, "send_at": send_at, "issue_date": d})

    def feed_only(send_at: datetime, created: datetime) -> dict:
        return dict(date=send_at, published=iso(send_at), published_source="listing", evidence=["listing"],
                    opts={"created": created, "send_at": send_at, "issue_date": None})

    arts = [
        A(path="ban-tin-so-07-2025", title="HTX Nông nghiệp Vũ Hội đưa máy cấy vào sản xuất vụ lúa xuân",
          body="""
Vụ xuân năm 2025, HTX Dịch vụ nông nghiệp Vũ Hội (huyện Vũ Thư) đưa 6 máy cấy vào phục vụ thành viên trên diện tích 210 ha.
[img vu-hoi-may-cay.png] Máy cấy của HTX làm việc trên cánh đồng lớn thôn Đông Hòa
Nhờ cấy máy, mỗi sào lúa giảm được 60.000 đồng chi phí thuê công, mạ khay cứng cây và đồng đều hơn.
HTX dự kiến mở rộng dịch vụ cấy máy ra toàn bộ 480 ha lúa của xã trong vụ mùa tới.
""", byline="Bài, ảnh: Phạm Văn Thắng", author="Phạm Văn Thắng",
          notes=["the newest issue: also printed at /archive/latest (an alias); a scheduled campaign: the listing shows "
                 "its send_at 'Tue, 13 May 2025', the issue line 'Số 07/2025 · Thứ Ba, 13/05/2025'; 'Bài, ảnh: Phạm "
                 "Văn Thắng' -> author"],
          **issue(datetime(2025, 5, 13), datetime(2025, 5, 9, 15, 20), datetime(2025, 5, 13, 8, 0))),
        A(path="thong-bao-so-21-tb-lmhtx", title="Thông báo về việc tổ chức lớp bồi dưỡng cán bộ quản lý HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH THÁI BÌNH
Số: 21/TB-LMHTX
Thái Bình, ngày 22 tháng 4 năm 2025
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng cán bộ quản lý HTX năm 2025
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng cán bộ quản lý HTX từ ngày 12/5/2025 đến ngày 16/5/2025 tại Hội trường Liên minh HTX tỉnh.
Đối tượng: Giám đốc, kế toán các HTX nông nghiệp, HTX thương mại - dịch vụ trên địa bàn tỉnh; mỗi HTX cử không quá 02 người.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 05/5/2025.
Tệp đính kèm: [[TB-21-LMHTX-2025.pdf|/uploads/TB-21-LMHTX-2025.pdf]]
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Hải Yến
""", author=None, doc_number="21/TB-LMHTX",
          attachments=[{"path": "/uploads/TB-21-LMHTX-2025.pdf", "text": "TB-21-LMHTX-2025.pdf"}],
          notes=["a notice 'Số: 21/TB-LMHTX' dated 22/4 in its text; the issue line says 'Thứ Tư, 23/04/2025' (the "
                 "send): published 2025-04-23; the listing shows the draft's created_at 'Tue, 22 Apr 2025' (started "
                 "by hand, no send_at); the PDF in /uploads/ linked by its file name: an attachment; the signer is "
                 "text, no author"],
          **issue(datetime(2025, 4, 23), datetime(2025, 4, 22, 10, 5))),
        A(path="ban-tin-so-05-2025", title="Kết quả phát triển kinh tế tập thể tỉnh Thái Bình quý I năm 2025",
          body="""
Quý I/2025, toàn tỉnh thành lập mới 11 HTX, nâng tổng số HTX đang hoạt động lên 438 HTX với hơn 312.000 thành viên.
| Chỉ tiêu | Đơn vị | Quý I/2025 | Cùng kỳ 2024 |
| HTX thành lập mới | HTX | 11 | 8 |
| HTX giải thể | HTX | 3 | 5 |
| Doanh thu bình quân/HTX | triệu đồng | 1.240 | 1.105 |
| Lao động thường xuyên | người | 6.820 | 6.540 |
Liên minh HTX tỉnh tiếp tục hướng dẫn các HTX chuyển đổi, tổ chức lại theo Luật Hợp tác xã năm 2023.
Phòng Tổng hợp - Liên minh HTX tỉnh
""", author=None,
          notes=["a data table in the e-mail (inline-styled cells: one line per row); closed by an office: text, no "
                 "author; the issue line 'Thứ Năm, 10/04/2025'"],
          **issue(datetime(2025, 4, 10), datetime(2025, 4, 10, 14, 30))),
        A(path="ban-tin-so-03-2025", title="Hội nghị tổng kết công tác năm 2024 của Liên minh HTX tỉnh",
          body="""
Ngày 14/3, Liên minh HTX tỉnh Thái Bình tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
## Một số kết quả nổi bật năm 2024
* Thành lập mới 36 HTX, vượt 20% kế hoạch;
* Tổ chức 18 lớp tập huấn cho 1.150 lượt cán bộ, thành viên HTX;
* Quỹ hỗ trợ phát triển HTX cho 27 HTX vay 19,6 tỷ đồng.
Hội nghị đã khen thưởng 20 tập thể, 15 cá nhân có thành tích xuất sắc.
""", byline="Nguyễn Minh Đức", author="Nguyễn Minh Đức",
          notes=["a heading and a three-item list; the bare name 'Nguyễn Minh Đức' closes it -> author; scheduled "
                 "at 06:30 on 17/3: the listing's send_at in UTC reads 'Sun, 16 Mar 2025', the issue line 'Thứ Hai, "
                 "17/03/2025' -> published 2025-03-17"],
          **issue(datetime(2025, 3, 17), datetime(2025, 3, 15, 9, 0), datetime(2025, 3, 17, 6, 30))),
        A(path="htx-my-loc-tieu-thu-rau", title="HTX Mỹ Lộc ký hợp đồng tiêu thụ rau màu vụ đông",
          body="""
HTX Nông nghiệp Mỹ Lộc (huyện Thái Thụy) vừa ký hợp đồng tiêu thụ 120 tấn rau màu vụ đông với hai doanh nghiệp chế biến tại Hải Phòng.
Theo hợp đồng, doanh nghiệp bao tiêu toàn bộ sản lượng su hào, bắp cải, súp lơ với giá sàn cố định trong cả vụ.
HTX hướng dẫn thành viên sản xuất theo quy trình VietGAP và ghi nhật ký đồng ruộng để truy xuất nguồn gốc.
""", byline="Theo Báo Thái Bình", author=None,
          notes=["no date in the e-mail (the issue line was left out of this campaign): the feed's pubDate 'Thu, 05 "
                 "Dec 2024 08:15:00 +0000' (the scheduled send) = 15:15 Vietnam time; the listing 'Thu, 05 Dec 2024'; "
                 "'Theo Báo Thái Bình' closes it: a reprint, no author"],
          **feed_only(datetime(2024, 12, 5, 15, 15), datetime(2024, 12, 4, 16, 40))),
        A(path="ban-tin-so-18-2024", title="Mô hình HTX nuôi ngao ở Tiền Hải cho thu nhập ổn định",
          body="""
HTX Thủy sản Nam Thịnh (huyện Tiền Hải) hiện có 95 hộ thành viên nuôi ngao trên diện tích 180 ha bãi triều.
[img ngao-nam-thinh-1.png] Thành viên HTX thu hoạch ngao thương phẩm
[img ngao-nam-thinh-2.png] Ngao được phân loại tại nhà sơ chế của HTX
Năm 2024, HTX xuất bán hơn 3.000 tấn ngao, doanh thu đạt 45 tỷ đồng; mỗi hộ thành viên có lãi bình quân 150 triệu đồng.
""", byline="Bài, ảnh: Trần Thu Hà", author="Trần Thu Hà",
          notes=["photo story: two images, each with its caption under it (lines of the text); the draft was begun at "
                 "06:40 on 4/11 and started by hand: the listing shows created_at in UTC 'Sun, 03 Nov 2024', the issue "
                 "line 'Thứ Hai, 04/11/2024' -> published 2024-11-04"],
          **issue(datetime(2024, 11, 4), datetime(2024, 11, 4, 6, 40))),
        A(path="", title="Hướng dẫn HTX hoàn thiện hồ sơ chuyển đổi theo Luật Hợp tác xã năm 2023",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024. Liên minh HTX tỉnh hướng dẫn các HTX chuẩn bị hồ sơ đăng ký thay đổi như sau.
+ Rà soát, sửa đổi Điều lệ HTX phù hợp với quy định của Luật;
+ Tổ chức Đại hội thành viên thông qua Điều lệ sửa đổi;
+ Nộp hồ sơ đăng ký thay đổi tại cơ quan đăng ký kinh doanh cấp huyện.
Các HTX cần hỗ trợ liên hệ Phòng Tư vấn - Hỗ trợ, Liên minh HTX tỉnh, điện thoại 0227.3831.453.
""", byline="Vũ Thị Lan", author="Vũ Thị Lan",
          notes=["archived before the office filled the slug field: the campaign's own URL is /archive/<uuid>; an "
                 "ordered list; the issue line 'Thứ Sáu, 12/07/2024'"],
          **issue(datetime(2024, 7, 12), datetime(2024, 7, 11, 16, 10))),
        A(path="", title="Liên minh HTX tỉnh trao quyết định cho vay vốn Quỹ hỗ trợ phát triển HTX",
          body="""
Sáng 26/4, Liên minh HTX tỉnh trao quyết định cho vay vốn từ Quỹ hỗ trợ phát triển HTX cho 6 HTX với tổng số tiền 4,2 tỷ đồng.
Nguồn vốn giúp các HTX đầu tư máy sấy lúa, kho lạnh bảo quản nông sản và mở rộng dịch vụ cho thành viên.
""", byline="Đỗ Quang Huy", author="Đỗ Quang Huy",
          notes=["no slug (its URL is the UUID); no date in the e-mail: the feed's pubDate 'Fri, 26 Apr 2024 07:00:00 "
                 "+0000' (scheduled) = 14:00 Vietnam time"],
          **feed_only(datetime(2024, 4, 26, 14, 0), datetime(2024, 4, 26, 11, 20))),
        A(path="", title="Tổng kết 5 năm thực hiện Nghị quyết 20 về kinh tế tập thể tỉnh Thái Bình",
          body="""
Ngày 18/12, Liên minh HTX tỉnh phối hợp với Sở Kế hoạch và Đầu tư tổ chức hội nghị tổng kết 5 năm thực hiện Nghị quyết số 20-NQ/TW về kinh tế tập thể.
Giai đoạn 2019 - 2023, toàn tỉnh thành lập mới 142 HTX; doanh thu bình quân của HTX tăng 1,6 lần so với năm 2018.
Hội nghị đề ra mục tiêu đến năm 2030 có ít nhất 60% HTX nông nghiệp tham gia liên kết chuỗi giá trị.
""", byline="Lê Văn Toàn", author="Lê Văn Toàn",
          notes=["the oldest campaign: only on /archive?page=2 (21 campaigns, 20 a page; the greeting cards and test "
                 "sends fill the first page too); no slug; the issue line 'Thứ Tư, 20/12/2023'"],
          **issue(datetime(2023, 12, 20), datetime(2023, 12, 19, 17, 5))),
    ]
    for a in arts:
        a.opts["uuid"] = cuuid(a.title)
        a.opts["slug"] = a.path or None
    return arts


# greeting cards and test sends: archived, listed, no articles (subject, created, send_at, lines, image)
STUBS = [
    ("Chúc mừng Ngày Quốc tế Lao động 1/5", datetime(2025, 4, 29, 9, 0), datetime(2025, 4, 30, 8, 0),
     ["Liên minh HTX tỉnh Thái Bình chúc mừng các HTX, thành viên và người lao động nhân Ngày Quốc tế Lao động 1/5."],
     "thiep-1-5-2025.png"),
    ("Chúc mừng Ngày Quốc tế Phụ nữ 8/3", datetime(2025, 3, 6, 10, 0), datetime(2025, 3, 8, 7, 0),
     ["Chúc mừng chị em phụ nữ trong các HTX nhân Ngày Quốc tế Phụ nữ 8/3."], "thiep-8-3-2025.png"),
    ("[Thử nghiệm] Mẫu bản tin mới 2025", datetime(2025, 2, 20, 15, 0), None,
     ["Nội dung thử nghiệm mẫu bản tin mới. Vui lòng bỏ qua thư này."], None),
    ("Chúc mừng năm mới Ất Tỵ 2025", datetime(2025, 1, 24, 9, 30), datetime(2025, 1, 27, 8, 0),
     ["Chúc mừng năm mới Xuân Ất Tỵ 2025 - An khang, thịnh vượng."], "thiep-tet-2025.png"),
    ("Chúc mừng năm mới 2025", datetime(2024, 12, 30, 10, 0), datetime(2024, 12, 31, 16, 0),
     ["Chúc mừng năm mới 2025."], "thiep-2025.png"),
    ("Chúc mừng Ngày Nhà giáo Việt Nam 20/11", datetime(2024, 11, 18, 9, 0), datetime(2024, 11, 20, 7, 0),
     ["Chúc mừng các thầy giáo, cô giáo nhân Ngày Nhà giáo Việt Nam 20/11."], "thiep-20-11-2024.png"),
    ("Chúc mừng Ngày Phụ nữ Việt Nam 20/10", datetime(2024, 10, 18, 9, 0), datetime(2024, 10, 20, 7, 0),
     ["Chúc mừng chị em phụ nữ nhân Ngày Phụ nữ Việt Nam 20/10."], "thiep-20-10-2024.png"),
    ("Chúc mừng Quốc khánh 2/9", datetime(2024, 8, 30, 9, 0), datetime(2024, 9, 1, 8, 0),
     ["Nhiệt liệt chào mừng kỷ niệm 79 năm Ngày Quốc khánh nước Cộng hòa xã hội chủ nghĩa Việt Nam."],
     "thiep-2-9-2024.png"),
    ("[Thử nghiệm] Kiểm tra gửi thư danh sách HTX", datetime(2024, 6, 3, 9, 15), None,
     ["Thư kiểm tra hệ thống gửi bản tin. Vui lòng bỏ qua thư này."], None),
    ("Chúc mừng Ngày Quốc tế Lao động 1/5", datetime(2024, 4, 27, 9, 0), datetime(2024, 4, 30, 8, 0),
     ["Liên minh HTX tỉnh Thái Bình chúc mừng Ngày Quốc tế Lao động 1/5."], "thiep-1-5-2024.png"),
    ("Chúc mừng Ngày Quốc tế Phụ nữ 8/3", datetime(2024, 3, 6, 9, 0), datetime(2024, 3, 8, 7, 0),
     ["Chúc mừng chị em phụ nữ nhân Ngày Quốc tế Phụ nữ 8/3."], "thiep-8-3-2024.png"),
    ("Chúc mừng năm mới Giáp Thìn 2024", datetime(2024, 2, 6, 9, 0), datetime(2024, 2, 8, 8, 0),
     ["Chúc mừng năm mới Xuân Giáp Thìn 2024."], "thiep-tet-2024.png"),
]

SUBJECT_NO = {"ban-tin-so-07-2025": "số 07/2025", "ban-tin-so-05-2025": "số 05/2025", "ban-tin-so-03-2025": "số 03/2025",
              "ban-tin-so-18-2024": "số 18/2024"}


def body_html(a: RichArticle) -> str:
    p = 'style="margin:0 0 14px 0;font-size:15px;line-height:24px;color:#333333;text-align:justify;"'
    out = [f'<h1 style="font-size:22px;line-height:30px;color:#0b6e3d;margin:0 0 16px 0;">{esc(a.title)}</h1>']
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p {p}>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f'<h3 style="font-size:17px;color:#0b6e3d;margin:18px 0 10px 0;">{inline_html(b.text)}</h3>')
        elif b.kind in ("ul", "ol"):
            out.append(f'<{b.kind} style="margin:0 0 14px 20px;padding:0;">' + "".join(
                f'<li style="margin:0 0 6px 0;font-size:15px;">{inline_html(i)}</li>' for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="margin:0 0 4px 0;"><img src="{{{{base}}}}/uploads/{b.src}" alt="" width="552" '
                       f'style="display:block;width:100%;max-width:552px;height:auto;border:0;"></p>')
            if b.text:
                out.append(f'<p style="margin:0 0 16px 0;font-size:13px;color:#666666;text-align:center;">'
                           f"<em>{esc(b.text)}</em></p>")
        elif b.kind == "table":
            rows = []
            for n, r in enumerate(b.rows):
                tag = "th" if n == 0 else "td"
                bg = "background:#e8f3ec;" if n == 0 else ""
                rows.append("<tr>" + "\n".join(f'<{tag} style="{bg}border:1px solid #cfd8d3;padding:6px 8px;font-size:14px;">'
                                            f"{inline_html(c)}</{tag}>" for c in r) + "</tr>")
            out.append('<table width="100%" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;'
                       'margin:0 0 14px 0;">' + "".join(rows) + "</table>")
    if a.byline:
        out.append(f'<p style="margin:0 0 14px 0;font-size:15px;text-align:right;"><strong><em>{esc(a.byline)}'
                   "</em></strong></p>")
    return "\n".join(out)


def email(subject: str, camp_uuid: str, issue_line: str | None, content: str) -> str:
    issue_row = (f'<tr><td style="background:#0b6e3d;color:#ffffff;font-size:13px;padding:6px 24px;">{esc(issue_line)}'
                 "</td></tr>") if issue_line else ""
    return f"""<!doctype html>
<html>
<head>
<title>{esc(subject)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1">
<base target="_blank">
<style>
  body {{ background-color:#eef1f4; font-family:Arial, Helvetica, sans-serif; margin:0; }}
  .wrap {{ max-width:600px; }}
  @media screen and (max-width:600px) {{ .wrap {{ width:100% !important; }} }}
</style>
</head>
<body style="background-color:#eef1f4;margin:0;padding:0;">
<table width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#eef1f4;">
<tr><td align="center" style="padding:16px 8px;">
<table class="wrap" width="600" cellpadding="0" cellspacing="0" border="0" style="background-color:#ffffff;">
<tr><td style="font-size:12px;color:#888888;text-align:right;padding:8px 24px;background:#eef1f4;">Không xem được thư này? <a href="{{{{base}}}}/campaign/{camp_uuid}/" style="color:#0b6e3d;">Xem trong trình duyệt</a></td></tr>
<tr><td style="background:#0b6e3d;"><img src="{{{{base}}}}/uploads/banner-ban-tin.png" alt="{attr(HOME_LINE)}" width="600" style="display:block;border:0;width:100%;"></td></tr>
<tr><td style="background:#0b6e3d;color:#d7eee0;font-size:14px;font-weight:bold;padding:8px 24px 0 24px;">{esc(HOME_LINE)}</td></tr>
{issue_row}
<tr><td class="content" style="padding:24px 24px 8px 24px;">
{content}
</td></tr>
<tr><td style="padding:12px 24px;background:#f6f8f7;font-size:13px;color:#555555;text-align:center;">Theo dõi Bản tin trên Zalo OA: Liên minh HTX Thái Bình</td></tr>
<tr><td style="padding:16px 24px;background:#0b6e3d;color:#e6f2eb;font-size:12px;line-height:18px;text-align:center;">
<p style="margin:0 0 4px 0;"><strong>{esc(FOOT_ORG)}</strong></p>
<p style="margin:0 0 4px 0;">{esc(FOOT_ADDR)}</p>
<p style="margin:0 0 10px 0;">{esc(FOOT_PHONE)}</p>
<p style="margin:0 0 4px 0;">{esc(FOOT_WHY)}</p>
<p style="margin:0;"><a href="{{{{base}}}}/subscription/{camp_uuid}/" style="color:#ffffff;">Bỏ đăng ký</a></p>
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
"""


def public_page(title: str, section: str) -> str:
    return f"""<!DOCTYPE html>
<html>
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
	<title>{esc(title)} - {esc(NAME)}</title>
	<meta name="description" content="{attr(title)}" />
	<meta name="viewport" content="width=device-width, initial-scale=1, minimum-scale=1" />
	<link rel="alternate" type="application/rss+xml" title="Kho lưu trữ - {attr(NAME)}" href="{{{{base}}}}/archive.xml" />
	<link href="/public/static/style.css?v=v3.0.0" rel="stylesheet" type="text/css" />
	<link href="/public/custom.css?v=v3.0.0" rel="stylesheet" type="text/css">
	<script src="/public/custom.js?v=v3.0.0" async defer></script>
	<link rel="icon" href="/public/static/favicon.png?v=v3.0.0" type="image/png" />
</head>
<body>
    <div class="container wrap">
		<header class="header">
			<div class="logo">
				<a href="{{{{base}}}}/subscription/form">
					<img src="/uploads/logo-lmhtx-thaibinh.png" alt="{attr(title)}" />
				</a>
			</div>
		</header>
{section}
	</div>

	<footer class="container">
		Được hỗ trợ bởi <a target="_blank" rel="noreferrer" href="{{{{base:offsite}}}}/listmonk/">listmonk</a>
	</footer>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thai-binh", NAME, "generic", None, start_urls=["{{base:%s}}/archive" % SITE])
    site.extra_boilerplate += CHROME
    arts = articles()
    camps = []
    for a in arts:
        o = a.opts
        camps.append({"art": a, "subject": None, "uuid": o["uuid"], "slug": o["slug"], "created": o["created"],
                      "send_at": o["send_at"]})
    for subject, created, send_at, lines, img in STUBS:
        camps.append({"art": None, "subject": subject, "uuid": cuuid(subject + created.isoformat()), "slug": None,
                      "created": created, "send_at": send_at, "lines": lines, "img": img})
    camps.sort(key=lambda c: c["created"], reverse=True)  # listmonk: ORDER BY created_at DESC

    for c in camps:
        a = c["art"]
        c["url"] = f"/archive/{c['slug'] or c['uuid']}"
        if a:
            o = a.opts
            no = SUBJECT_NO.get(a.path)
            c["subject"] = (f"Bản tin LMHTX Thái Bình {no} – {a.title}" if no else a.title)
            d = o["issue_date"]
            line = None
            if d:
                number = no.replace("số ", "Số ") if no else f"Số {d:%m}/{d.year}"
                line = f"{number} · {weekday(d)}, {d:%d/%m/%Y}"
            a.path = c["url"]
            content = body_html(a)
            site.page(a.path, email(c["subject"], c["uuid"], line, content))
            if c["slug"]:
                site.same_page(f"/archive/{c['uuid']}", a.path)
                a.aliases.append(f"/archive/{c['uuid']}")
            site.add_article(a)
            for b in a.blocks:
                if b.kind == "img":
                    site.binary(f"/uploads/{b.src}", image_for(b.src))
            for x in a.attachments:
                site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH THAI BINH", "THONG BAO SO 21/TB-LMHTX"]))
        else:
            parts = []
            if c["img"]:
                parts.append(f'<p style="margin:0 0 12px 0;"><img src="{{{{base}}}}/uploads/{c["img"]}" alt="" width="552" '
                             'style="display:block;width:100%;height:auto;border:0;"></p>')
                site.binary(f"/uploads/{c['img']}", image_for(c["img"]))
            parts += [f'<p style="margin:0 0 14px 0;font-size:16px;text-align:center;color:#0b6e3d;">{esc(x)}</p>'
                      for x in c["lines"]]
            site.page(c["url"], email(c["subject"], c["uuid"], None, "\n".join(parts)))
            site.non_articles.append(c["url"])
        site.broken(f"/campaign/{c['uuid']}/")
        site.broken(f"/subscription/{c['uuid']}/")
    site.binary("/uploads/banner-ban-tin.png", image_for("banner-ban-tin"))
    site.binary("/uploads/logo-lmhtx-thaibinh.png", image_for("logo-lmhtx-thaibinh"))
    site.binary("/public/static/favicon.png", image_for("listmonk-favicon"))
    newest = camps[0]
    site.same_page("/archive/latest", newest["url"])
    newest["art"].aliases.append("/archive/latest")
    site.trap("a campaign page is the bare e-mail (no site chrome, no date in the head); <title> is the subject "
              "('Bản tin LMHTX Thái Bình số 07/2025 – …'), the headline the <h1> typed into the content; 'Xem trong "
              "trình duyệt' and 'Bỏ đăng ký' carry the archive's dummy subscriber and answer 404", newest["url"])
    stub = next(c for c in camps if c["art"] is None and c["img"])
    site.trap("greeting cards (an image and one line of wishes) and two '[Thử nghiệm]' test sends are archived and "
              "listed like the issues: no articles", stub["url"])

    # -- the archive listing --------------------------------------------------------------------
    pages = [camps[i:i + PER_PAGE] for i in range(0, len(camps), PER_PAGE)]
    for n, chunk in enumerate(pages, 1):
        lis = "".join(f"""
            <li>
                <a href="{{{{base}}}}{c['url']}">{esc(c['subject'])}</a>
                <span class="date">
                    {utc_day(c['send_at'] or c['created'])}
                </span>
            </li>""" for c in chunk)
        pager = "".join(f'<a class="pg-page{" pg-selected" if k == n else ""}" href="?page={k}">{k}</a> '
                        for k in range(1, len(pages) + 1))
        section = f"""<section>
    <h2>Kho lưu trữ</h2>

    <ul class="archive">{lis}
    </ul>

        <div class="right">
            <a href="{{{{base}}}}/archive.xml">
                <img src="/public/static/rss.svg" alt="RSS" class="feed"
                    width="16" height="16" />
            </a>
            <a href="{{{{base}}}}/subscription/form">Đặt mua</a>
        </div>

        <div class="pagination">{pager}</div>
</section>
"""
        path = "/archive" if n == 1 else f"/archive?page={n}"
        site.page(path, public_page("Kho lưu trữ", section), content_type="text/html; charset=utf-8")
        site.non_articles.append(path)
    site.same_page("/archive?page=1", "/archive")
    site.non_articles.append("/archive?page=1")
    site.static("/public/static/rss.svg", '<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"></svg>')
    site.trap("the listing prints send_at when scheduled, else created_at (the draft's day), as 'Mon, 02 Jan 2006' in "
              "UTC: a 06:30 send reads as the day before; 20 a page, the oldest campaign only on ?page=2",
              "/archive?page=2")

    items = "".join(f"<item><title>{esc(c['subject'])}</title><link>{{{{base}}}}{c['url']}</link><description></description>"
                    f"<pubDate>{rfc1123z(c['send_at'] or c['created'])}</pubDate></item>" for c in camps[:PER_PAGE])
    site.page("/archive.xml", f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0" xmlns:content="http://purl.org/rss/'
              f'1.0/modules/content/"><channel><title>{esc(NAME)}</title><link>{{{{base}}}}</link><description>Kho lưu trữ'
              f"</description>{items}</channel></rss>", content_type="application/rss+xml; charset=utf-8")
    site.trap("the RSS feed /archive.xml: titles, links and pubDate (RFC 1123Z, '+0000') only; the one time source of "
              "the two campaigns that print no date", "/archive.xml")

    # -- public pages ---------------------------------------------------------------------------
    site.page("/", public_page(NAME, '<section class="center">\n\t<a href="admin" class="button">Đăng nhập</a>\n</section>'))
    site.page("/subscription/form", public_page("Đặt mua", """<section>
	<h2>Đặt mua</h2>
	<form method="post" action="/subscription/form" class="form">
		<p><label>E-mail</label><input name="email" required="true" type="email" placeholder="E-mail" ></p>
		<p><label>Tên (tùy chọn)</label><input name="name" type="text" placeholder="Tên (tùy chọn)" ></p>
		<ul class="lists">
			<li><input checked="checked" id="l1" type="checkbox" name="l" value="5b3f6a2e-1c1d-4c7b-9a55-2f0d5a7e1b11" >
			<label for="l1">Bản tin Liên minh HTX tỉnh Thái Bình</label></li>
			<li><input id="l2" type="checkbox" name="l" value="8c1e0f44-6b0a-4f1e-8d21-94e3c0b7a2c5" >
			<label for="l2">Thông báo - văn bản cho HTX</label></li>
		</ul>
		<p><button type="submit" class="button">Đặt mua</button></p>
	</form>
	<p class="right"><a href="/archive">Kho lưu trữ</a></p>
</section>"""))
    site.non_articles += ["/", "/subscription/form"]
    site.redirect("/admin", "/admin/login", 302)
    site.page("/admin/login", public_page("Đăng nhập", '<section class="login"><h2>Đăng nhập</h2><form method="post" '
                                                        'action="/admin/login"><input name="username"><input type="password"'
                                                        ' name="password"><button class="button">Đăng nhập</button></form>'
                                                        "</section>"))
    site.non_articles.append("/admin/login")
    site.trap("listmonk's public home '/' (logo, 'Đăng nhập' -> /admin, a 302 to the login form) and the subscription "
              "form: no articles", "/")
    return site
