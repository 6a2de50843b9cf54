"""Site `diendan-htxlamdong` (registry family `generic`): "Diễn đàn HTX Lâm Đồng", the forum the Lâm Đồng cooperative
alliance runs on **WoltLab Suite Forum 5.5** (WoltLab Suite Core 5.5.18 with the forum app in `/forum/`, the default
style, a Vietnamese language pack; URL rewriting on; the guests' time zone Asia/Ho_Chi_Minh; the board options "6
threads a page" and "10 posts a page"; the copy is of Monday 20 May 2024, 10:15, before the province merged with Đắk
Nông and Bình Thuận). The alliance posts its news as threads in the board "Tin tức – Sự kiện", where only staff may
start a thread and members may reply. Written as a held-out test: no family module, no selectors.

URL shapes: a thread `/forum/thread/<id>-<slug>/` (WoltLab's slug keeps every non-ASCII letter, lower-cased, and only
turns runs of ASCII punctuation and spaces into "-": `/forum/thread/141-thông-báo-số-08-tb-lmhtx-về-việc-…/`, written
percent-encoded in the links; the en dash of a title survives); its second page `?pageNo=2`; a post's permalink
`?postID=<n>#post<n>` (the share button "#1", the user post lists); `?action=lastPost` (a 302 to the last post's
permalink); the id alone `/forum/thread/<id>/` (a 301 to the slugged URL); the old non-rewritten form
`/forum/index.php?thread/<id>-<slug>/` (a member pasted one: the same page); boards `/forum/board/<id>-<slug>/` and
`?pageNo=2`; the forum index `/forum/` (also the landing page `/`); the core's `/user/<id>-<slug>/`, `/members-list/`,
`/search/`, `/tagged/<id>-<tag>/?objectType=com.woltlab.wbb.thread`, `/forum/user-post-list/<id>-<slug>/`,
`/login/?url=…`, `/register/`, `/legal-notice/`, `/privacy-policy/`; attachments `/attachment/<id>-<name>-<ext>/`; feeds
`/forum/board-feed/` (every board), `/forum/board-feed/<id>/`, `/forum/thread-feed/<id>/`. The admin's robots.txt
disallows `/login/`, `/register/`, `/lost-password/` and the ACP.

Why it is hard: the thread's title is `h1.contentTitle` in the content header, with the starter and a `<time>`; a news
item is the FIRST post (`article.wbbPost`, `itemtype=DiscussionForumPosting`) of its thread: `div.messageText` only.
Its sidebar (`aside.messageSidebar`: avatar, user name, user title, rank, "Bài viết", "Lượt tương tác"), the
header's `<time>` and "#1", the attachment section "Tệp đính kèm", the edit note "Đã sửa lần cuối bởi … (…)", the
reactions, the signature (`div.messageSignature`), the replies (quotes "Trích dẫn từ …"), the guest box and the
"Chủ đề tương tự" box are no text. Every time is `<time datetime="2024-05-12T14:05:33+07:00" class="datetime"
data-timestamp=… data-date=… data-time=… data-offset="25200">` printed "12. Tháng 5 2024", or "Hôm nay, 08:12",
"Hôm qua, 16:50", "Thứ Năm, 09:20" within the week: the attribute always has the day; the microdata
`<meta itemprop="datePublished">` of each post too. The feeds print GMT (`+0000`): the thread of 00:15 on 4 May reads
"Fri, 03 May 2024 17:15:20 +0000". The author is the first post's poster when a person (never "admin" nor the office
account "VanPhong.LMHTX"); a closing byline overrides. The board sorts by LAST post (an April thread with a reply this
morning sits on top) with the sticky rules first; the oldest news, by a since deleted user (no profile, no post
list), is only on `?pageNo=2` of the board among the HTML pages.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, nfc, pdf
from .richbody import RichArticle, RichBlock, parse_rich

SITE = "diendan-htxlamdong"
BOARD_NAME = "Diễn đàn HTX Lâm Đồng"
NOW = datetime(2024, 5, 20, 10, 15)
UTC = timedelta(hours=7)
THREADS_PER = 6
POSTS_PER = 10
HTML = "text/html; charset=UTF-8"
RSS = "application/rss+xml; charset=UTF-8"
B = "{{base}}"
MONTHS = ["Tháng 1", "Tháng 2", "Tháng 3", "Tháng 4", "Tháng 5", "Tháng 6", "Tháng 7", "Tháng 8", "Tháng 9", "Tháng 10",
          "Tháng 11", "Tháng 12"]
WEEKDAYS = ["Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật"]
BOARDS = {2: ("Tin tức – Sự kiện", "Tin hoạt động và thông báo của Liên minh HTX tỉnh. Chỉ Ban điều hành được mở chủ đề."),
          3: ("Hỏi đáp chính sách", "Thành viên hỏi, Liên minh HTX tỉnh trả lời về chính sách, pháp luật HTX."),
          4: ("Sản phẩm OCOP – Kết nối tiêu thụ", "Các HTX giới thiệu sản phẩm, tìm đối tác tiêu thụ.")}
CATEGORY = (1, "Liên minh HTX tỉnh Lâm Đồng")
# id: (username, user title, rank css, posts, reactions, registered, location, signature, avatar png?)
USERS = {
    1: ("admin", "Quản trị viên", "red", 612, 208, datetime(2018, 4, 2), "Đà Lạt", None, True),
    3: ("VanPhong.LMHTX", "Văn phòng Liên minh", "blue", 344, 161, datetime(2018, 4, 3), "Đà Lạt",
        "Văn phòng Liên minh HTX tỉnh Lâm Đồng - 36 Trần Phú, Đà Lạt - ĐT: 0263.3822.452", True),
    5: ("Nguyễn Thị Thu Trang", "Điều hành viên", "blue", 187, 243, datetime(2019, 8, 14), "Đà Lạt",
        "Phòng Tuyên truyền - Liên minh HTX tỉnh Lâm Đồng", True),
    6: ("Phạm Minh Tuấn", "Điều hành viên", "blue", 256, 132, datetime(2018, 11, 5), "Bảo Lộc", None, False),
    8: ("htx.vanthanh", "Thành viên", "default", 41, 37, datetime(2021, 3, 9), "Đà Lạt",
        "HTX Hoa Vạn Thành - hoa cúc, hoa hồng xuất khẩu", False),
    9: ("k.ho.lamha", "Thành viên", "default", 17, 6, datetime(2023, 6, 22), "Lâm Hà", None, False),
    11: ("dungnv.dalat", "Thành viên", "default", 12, 4, datetime(2024, 1, 30), "Đơn Dương", None, False),
}
UID = {v[0]: k for k, v in USERS.items()}
DELETED = "Đinh Quang Hải"  # a former staff member whose account was deleted: a guest name, no profile
COPY = "Bản quyền © 2024 Liên minh Hợp tác xã tỉnh Lâm Đồng"
POWERED = "Phần mềm diễn đàn: WoltLab Suite™ 5.5.18"
NOTICE = "Chào mừng bạn đến với Diễn đàn HTX Lâm Đồng! Hãy đăng ký tài khoản để trao đổi cùng Liên minh HTX tỉnh."
GUEST_BOX = "Bạn cần có tài khoản để có thể bình luận"
FURN = [COPY, POWERED, NOTICE, GUEST_BOX, "Đăng nhập hoặc đăng ký", "Đã sửa lần cuối bởi", "Chủ đề tương tự",
        "Lượt tương tác", "Tệp đính kèm", "Trích dẫn từ", "Thông tin pháp lý", "Chính sách bảo mật", "Tạo tài khoản",
        "Quản trị viên", "Điều hành viên", "lượt tải xuống"] + [u[7] for u in USERS.values() if u[7]]


def slug(title: str) -> str:
    """WoltLab's URL title: runs of ASCII punctuation and spaces become '-', every other character stays."""
    t = re.sub(r"[\x00-\x2C\x2E\x2F\x3A-\x40\x5B-\x60\x7B-\x7F]+", "-", nfc(title)).strip("-").lower()
    if len(t) > 80:
        t = t[:80].rsplit("-", 1)[0]
    return t


def enc(text: str) -> str:
    return quote(text, safe="/-?=&#.~")


def ts(d: datetime) -> int:
    return int((d - UTC - datetime(1970, 1, 1)).total_seconds())


def date_text(d: datetime) -> str:
    return f"{d.day}. {MONTHS[d.month - 1]} {d.year}"


def time_el(d: datetime) -> str:
    if d.date() == NOW.date():
        shown = f"Hôm nay, {d:%H:%M}"
    elif d.date() == (NOW - timedelta(days=1)).date():
        shown = f"Hôm qua, {d:%H:%M}"
    elif (NOW.date() - d.date()).days < 7:
        shown = f"{WEEKDAYS[d.weekday()]}, {d:%H:%M}"
    else:
        shown = date_text(d)
    return (f'<time datetime="{d:%Y-%m-%dT%H:%M:%S}+07:00" class="datetime" data-timestamp="{ts(d)}" '
            f'data-date="{date_text(d)}" data-time="{d:%H:%M}" data-offset="25200">{shown}</time>')


def gmt(d: datetime) -> str:
    return f"{d - UTC:%a, %d %b %Y %H:%M:%S} +0000"


def user_path(uid: int) -> str:
    return enc(f"/user/{uid}-{slug(USERS[uid][0])}/")


def avatar(uid: int | None, size: int = 48) -> str:
    if uid is not None and USERS[uid][8]:
        return (f'<img src="/images/avatars/{uid:02d}/{uid}-avatar.png" width="{size}" height="{size}" alt="" '
                f'class="userAvatarImage" loading="lazy">')
    name = USERS[uid][0] if uid is not None else DELETED
    letter = name[0].upper()
    return (f'<img src="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=" '
            f'width="{size}" height="{size}" alt="" class="userAvatarImage" data-letter="{attr(letter)}">')


@dataclass
class WArticle(RichArticle):
    """Markup as richbody, plus '» ' lines: a bare quote box (no author) whose sentence is text."""

    @property
    def blocks(self) -> list[RichBlock]:  # type: ignore[override]
        return [RichBlock("bq", b.text[2:]) if b.kind == "p" and b.text.startswith("» ") else b
                for b in parse_rich(self.body)]


def articles() -> list[WArticle]:
    A = WArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element"])

    return [
        A(path="", title="Thông báo số 08/TB-LMHTX về việc tổ chức lớp bồi dưỡng kiến thức quản trị HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH LÂM ĐỒNG
Số: 08/TB-LMHTX
Lâm Đồng, ngày 14 tháng 5 năm 2024
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng kiến thức quản trị HTX năm 2024
Liên minh HTX tỉnh tổ chức lớp bồi dưỡng kiến thức quản trị cho cán bộ quản lý HTX từ ngày 04/6 đến ngày 06/6/2024 tại TP Đà Lạt.
Mỗi HTX cử 01 thành viên Hội đồng quản trị hoặc Giám đốc tham gia; học viên được cấp tài liệu và hỗ trợ tiền ăn trong thời gian học.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 28/5/2024 theo mẫu đính kèm.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Sáu
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/attachment/215-tb-08-lmhtx-2024-pdf/", "text": "TB-08-LMHTX-2024.pdf"}],
          opts={"by": "VanPhong.LMHTX", "views": 402, "tags": ["tập huấn"], "edited": datetime(2024, 5, 16, 10, 5, 12),
                "replies": [("htx.vanthanh", datetime(2024, 5, 16, 14, 22, 9), "quote",
                             "HTX Hoa Vạn Thành đăng ký 2 học viên, đã gửi danh sách qua thư điện tử, nhờ Văn phòng kiểm tra giúp."),
                            ("VanPhong.LMHTX", datetime(2024, 5, 17, 8, 10, 51), None,
                             "Văn phòng đã nhận danh sách của HTX, sẽ gửi giấy triệu tập trong tuần sau.")]},
          notes=["notice 'Số: 08/TB-LMHTX' dated 14/5 in its text, posted Thursday 16 May 09:20:15 (the header's <time> "
                 "prints 'Thứ Năm, 09:20' within the week; its datetime and the post's itemprop datePublished give the "
                 "day); poster = the office account 'VanPhong.LMHTX': no author; the signer is text; the PDF in the "
                 "'Tệp đính kèm' section (/attachment/215-tb-08-lmhtx-2024-pdf/, '(125,3 kB, 37 lượt tải xuống)') is an "
                 "attachment, not text; the edit note 'Đã sửa lần cuối bởi VanPhong.LMHTX (Thứ Năm, 10:05)', the "
                 "signature and two replies (one a quote box 'Trích dẫn từ VanPhong.LMHTX') are not text; a member's "
                 "reply elsewhere links it as /forum/thread/<id>/ (a 301 to the slugged URL): an alias"],
          **at(datetime(2024, 5, 16, 9, 20, 15))),
        A(path="", title="Ảnh: Vào mùa thu hoạch hoa cúc xuất khẩu ở HTX Hoa Vạn Thành",
          body="""
Những ngày đầu tháng 5, thành viên HTX Hoa Vạn Thành (TP Đà Lạt) tất bật thu hoạch hoa cúc để xuất khẩu sang Nhật Bản.
[img hoa-cuc-1.jpg] Thành viên HTX thu hoạch hoa cúc trong nhà kính ở phường 5
[img hoa-cuc-2.jpg] Hoa được phân loại, bó thành từng bó 10 cành tại xưởng sơ chế
[img hoa-cuc-3.jpg] Xe lạnh của đối tác nhận hoa tại HTX để đưa ra cảng
Mỗi tháng HTX xuất khẩu khoảng 300.000 cành hoa cúc, doanh thu hơn 1,5 tỷ đồng.
Bài, ảnh: Lê Đăng Khoa
""", author="Lê Đăng Khoa",
          opts={"by": "Nguyễn Thị Thu Trang", "views": 288, "tags": ["hoa", "xuất khẩu"], "reactions": 12,
                "replies": [("htx.vanthanh", datetime(2024, 5, 9, 18, 40, 2), None,
                             "Cảm ơn Liên minh đã về thăm và đưa tin về HTX!")]},
          notes=["photo story: each photo an embedded attachment (img.woltlabAttachment in its own <p>), its caption the "
                 "next <p><em> (one line each); poster Nguyễn Thị Thu Trang (a staff member) but 'Bài, ảnh: Lê Đăng Khoa' "
                 "closes it -> author Lê Đăng Khoa; the header prints '9. Tháng 5 2024' (no time: the <time> attribute has "
                 "it)"],
          **at(datetime(2024, 5, 9, 15, 40, 10))),
        A(path="", title="Kết quả phát triển HTX trên địa bàn tỉnh Lâm Đồng quý I năm 2024",
          body="""
Quý I năm 2024, toàn tỉnh thành lập mới 14 HTX, nâng tổng số HTX đang hoạt động lên 482 HTX. Kết quả theo từng địa phương như sau:
| Địa phương | HTX đang hoạt động | Thành lập mới | Giải thể |
| TP Đà Lạt | 78 | 3 | 1 |
| TP Bảo Lộc | 41 | 2 | 0 |
| Huyện Đức Trọng | 56 | 2 | 1 |
| Huyện Lâm Hà | 49 | 3 | 0 |
| Các huyện còn lại | 258 | 4 | 2 |
Số liệu do phòng Tài chính - Kế hoạch các huyện, thành phố báo cáo Liên minh HTX tỉnh.
""", author="Phạm Minh Tuấn",
          opts={"by": "Phạm Minh Tuấn", "views": 231, "tags": ["số liệu"], "reactions": 5},
          notes=["a table typed in the editor (div.messageTableOverflow > table.table, the first row bold <td>s, no <th>): "
                 "one line per row; poster Phạm Minh Tuấn (a staff member), no byline: he is the author; eleven replies "
                 "run onto ?pageNo=2 (replies only: no article); the last one 'Hôm nay, 08:12' puts this April thread "
                 "on top of the board and its ?action=lastPost lands on page 2"],
          **at(datetime(2024, 4, 25, 10, 12, 30))),
        A(path="", title="Hướng dẫn HTX chuẩn bị hồ sơ đề nghị hỗ trợ đầu tư kết cấu hạ tầng năm 2024",
          body="""
Để được xem xét hỗ trợ đầu tư kết cấu hạ tầng năm 2024, HTX cần chuẩn bị hồ sơ đầy đủ, đúng mẫu.
Nghị định số 113/2024/NĐ-CP quy định:
» Hợp tác xã được hỗ trợ đầu tư kết cấu hạ tầng phục vụ sản xuất, kinh doanh, dịch vụ cho thành viên theo phương án được Đại hội thành viên thông qua.
## Hồ sơ gồm
+ Đơn đề nghị hỗ trợ theo mẫu;
+ Nghị quyết Đại hội thành viên thông qua phương án đầu tư;
+ Báo cáo tài chính năm 2023 của HTX;
+ Dự toán công trình được cấp có thẩm quyền phê duyệt.
HTX nộp hồ sơ tại Liên minh HTX tỉnh trước ngày 30/6/2024.
Trần Văn Sơn - Phòng Tư vấn chính sách
""", author="Trần Văn Sơn",
          opts={"by": "admin", "views": 176, "tags": ["chính sách"],
                "replies": [("k.ho.lamha", datetime(2024, 4, 19, 9, 30, 2), "link",
                             "Liên minh có tổ chức gặp mặt các HTX như buổi tối hôm trước nữa không ạ?")]},
          notes=["a bare quote box (blockquote.quoteBox, title 'Trích dẫn', no author) quoting the decree: its line is "
                 "text; an <h3> and a numbered list; poster 'admin' but 'Trần Văn Sơn - Phòng Tư vấn chính sách' closes "
                 "the text -> Trần Văn Sơn; a member's reply links another thread by the non-rewritten "
                 "/forum/index.php?thread/<id>-<slug>/; on the board's page 2"],
          **at(datetime(2024, 4, 18, 8, 45, 0))),
        A(path="", title="HTX Nông nghiệp Tân Tiến mở rộng vùng trồng cà phê đặc sản",
          body="""
HTX Nông nghiệp Tân Tiến (huyện Lâm Hà) liên kết với doanh nghiệp mở rộng vùng trồng cà phê Arabica đặc sản lên 150 ha.
Doanh nghiệp cung ứng giống, hướng dẫn quy trình thu hái chín và bao tiêu sản phẩm với giá cao hơn thị trường 15%.
Năm 2024, HTX dự kiến thu hoạch khoảng 400 tấn cà phê nhân đạt tiêu chuẩn đặc sản.
Theo Báo Lâm Đồng
""", author=None,
          opts={"by": "VanPhong.LMHTX", "views": 203, "tags": ["cà phê"]},
          notes=["a reprint: 'Theo Báo Lâm Đồng' closes the text; posted by the office's account: no author; on the "
                 "board's page 2"],
          **at(datetime(2024, 4, 10, 14, 30, 22))),
        A(path="", title="Liên minh HTX tỉnh gặp mặt các HTX điển hình tiên tiến năm 2023",
          body="""
Tối 3/5, Liên minh HTX tỉnh tổ chức gặp mặt 40 HTX điển hình tiên tiến có thành tích xuất sắc trong năm 2023.
Các HTX chia sẻ kinh nghiệm liên kết chuỗi giá trị, ứng dụng công nghệ cao trong sản xuất rau, hoa, cà phê.
Dịp này, Liên minh HTX tỉnh tặng Bằng khen cho 12 HTX và 8 cá nhân có thành tích tiêu biểu.
""", author=None,
          opts={"by": "admin", "views": 158, "tags": []},
          notes=["posted at 00:15 on 4 May about the evening before ('Tối 3/5' is the event): the header prints "
                 "'4. Tháng 5 2024', the <time datetime='2024-05-04T00:15:20+07:00'> and the post's datePublished; "
                 "the feeds 'Fri, 03 May 2024 17:15:20 +0000' (the 3rd if the zone is dropped); published 2024-05-04 "
                 "00:15:20; poster 'admin', no byline: author null; a reply elsewhere links it by "
                 "/forum/index.php?thread/<id>-<slug>/: an alias"],
          **at(datetime(2024, 5, 4, 0, 15, 20))),
        A(path="", title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho HTX khu vực Bảo Lộc",
          body="""
Trong hai ngày 18 và 19/5, Liên minh HTX tỉnh phối hợp với Sở Thông tin và Truyền thông tập huấn chuyển đổi số cho 60 cán bộ HTX khu vực Bảo Lộc, Di Linh, Bảo Lâm.
Học viên được hướng dẫn sử dụng hóa đơn điện tử, phần mềm kế toán và mở gian hàng trên sàn thương mại điện tử.
Sau lớp học, Liên minh HTX tỉnh sẽ hỗ trợ 20 HTX đưa sản phẩm chè, cà phê, tơ lụa lên sàn Postmart.
""", author="Nguyễn Thị Thu Trang",
          opts={"by": "Nguyễn Thị Thu Trang", "views": 61, "tags": ["chuyển đổi số"]},
          notes=["posted the day before the copy: the header reads only 'Hôm qua, 16:50' (nothing but the <time> "
                 "attributes and the microdata give the day: 2024-05-19T16:50:03+07:00); poster Nguyễn Thị Thu Trang "
                 "(a person, no byline): the author"],
          **at(datetime(2024, 5, 19, 16, 50, 3))),
        A(path="", title="HTX Chè Cầu Đất giữ nghề chè truyền thống",
          body="""
HTX Chè Cầu Đất (xã Xuân Trường, TP Đà Lạt) hiện có 35 thành viên với 120 ha chè, trong đó 40 ha chè cổ gần 100 năm tuổi.
HTX duy trì quy trình chế biến chè xanh, chè ô long thủ công kết hợp máy sao sấy hiện đại.
Sản phẩm chè Cầu Đất của HTX đạt OCOP 4 sao, được du khách mua làm quà khi tham quan đồi chè.
Đinh Quang Hải
""", author="Đinh Quang Hải",
          opts={"by": DELETED, "views": 247, "tags": []},
          notes=["the oldest news: only on the board's ?pageNo=2 among the HTML pages (the feeds list it); posted by a "
                 "since deleted account (a guest name in the sidebar, no profile, no post list), whose name closes the "
                 "text: the author Đinh Quang Hải"],
          **at(datetime(2024, 3, 22, 9, 5, 47))),
    ]


TABLE_REPLIES = [
    ("k.ho.lamha", "Số liệu rất hữu ích, cảm ơn anh Tuấn."),
    ("htx.vanthanh", "Đà Lạt quý này có thêm HTX hoa nào thành lập mới không anh?"),
    ("Phạm Minh Tuấn", "Có 1 HTX hoa ở phường 7 và 2 HTX rau ở xã Tà Nung."),
    ("dungnv.dalat", "Đơn Dương năm nay cũng có thêm 1 HTX rau thủy canh."),
    ("k.ho.lamha", "Đề nghị quý sau bổ sung cột doanh thu bình quân theo địa phương."),
    ("Phạm Minh Tuấn", "Ý kiến hay, Văn phòng sẽ tổng hợp trong báo cáo 6 tháng."),
    ("htx.vanthanh", "Số HTX giải thể có tính HTX tạm ngừng hoạt động không ạ?"),
    ("Phạm Minh Tuấn", "Không tính, chỉ tính các HTX đã có quyết định giải thể."),
    ("dungnv.dalat", "Cảm ơn anh đã giải đáp."),
    ("k.ho.lamha", "Mong Liên minh sớm có số liệu 6 tháng đầu năm."),
    ("dungnv.dalat", "Số liệu 6 tháng có trong tháng 7 không anh?"),
]


@dataclass
class Post:
    pid: int
    user: str
    when: datetime
    html: str
    reactions: int = 0


@dataclass
class Thread:
    id: int
    board: int
    subject: str
    posts: list = field(default_factory=list)
    sticky: bool = False
    views: int = 0
    article: RichArticle | None = None
    tags: list = field(default_factory=list)

    @property
    def path(self) -> str:
        return enc(f"/forum/thread/{self.id}-{slug(self.subject)}/")

    @property
    def pages(self) -> int:
        return (len(self.posts) - 1) // POSTS_PER + 1

    def page_of(self, pid: int) -> int:
        return [p.pid for p in self.posts].index(pid) // POSTS_PER + 1

    def page_path(self, n: int) -> str:
        return self.path if n == 1 else f"{self.path}?pageNo={n}"


def message_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "bq":
            out.append('<blockquote class="quoteBox collapsibleBbcode jsCollapsibleBbcode"><div class="quoteBoxIcon">'
                       '<span class="icon icon24 fa-quote-left"></span></div><div class="quoteBoxTitle">Trích dẫn</div>'
                       f'<div class="quoteBoxContent"><p>{inline_html(b.text)}</p></div></blockquote>')
        elif b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<div class="messageTableOverflow"><table class="table"><tbody><tr>\n'
                       + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "\n</tr>"
                       + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                       + "</tbody></table></div>")
        elif b.kind == "img":
            aid = a.opts["img_ids"][b.src]
            src = f"/attachment/{aid}-{b.src.replace('.', '-')}/"
            out.append(f'<p><img src="{src}" class="woltlabAttachment" data-attachment-id="{aid}" alt="{attr(b.src)}"></p>')
            if b.text:
                out.append(f"<p><em>{esc(b.text)}</em></p>")
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lam-dong", f"{BOARD_NAME} (WoltLab Suite Forum 5.5)", "generic", None,
                     start_urls=["{{base:%s}}/forum/" % SITE], feeds=["{{base:%s}}/forum/board-feed/2/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    attach_id = 214
    for a in sorted(arts, key=lambda a: a.date):
        a.opts["img_ids"] = {}
        for b in a.blocks:
            if b.kind == "img":
                attach_id += 1
                while attach_id == 215:
                    attach_id += 1
                a.opts["img_ids"][b.src] = attach_id

    # threads: the news, the sticky rules, members' threads in the other boards
    raw = [(a.date, 2, a.title, a) for a in arts]
    raw += [(datetime(2022, 3, 1, 8, 0, 0), 2, "Nội quy chuyên mục Tin tức – Sự kiện", None),
            (datetime(2024, 5, 14, 19, 30, 45), 3, "Hỏi về điều kiện vay vốn Quỹ hỗ trợ phát triển HTX", None),
            (datetime(2024, 4, 29, 10, 0, 0), 4, "HTX Hoa Vạn Thành giới thiệu hoa cúc, hoa hồng cắt cành", None)]
    raw.sort(key=lambda r: r[0])
    other = {
        "Nội quy chuyên mục Tin tức – Sự kiện": ("admin", "<p>Chuyên mục chỉ đăng tin hoạt động và thông báo chính thức "
                                                 "của Liên minh HTX tỉnh.</p><ol><li>Chỉ Ban điều hành được mở chủ đề mới;"
                                                 "</li><li>Thành viên trả lời đúng nội dung, không quảng cáo;</li><li>Bài vi "
                                                 "phạm sẽ bị xóa mà không báo trước.</li></ol>"),
        "Hỏi về điều kiện vay vốn Quỹ hỗ trợ phát triển HTX": (
            "dungnv.dalat", "<p>Chào Ban điều hành, HTX em thành lập năm 2022, vốn điều lệ 600 triệu đồng thì có đủ điều "
                            "kiện vay vốn Quỹ hỗ trợ phát triển HTX không ạ?</p>"),
        "HTX Hoa Vạn Thành giới thiệu hoa cúc, hoa hồng cắt cành": (
            "htx.vanthanh", "<p>HTX Hoa Vạn Thành nhận cung cấp hoa cúc, hoa hồng cắt cành cho các cửa hàng, sự kiện. "
                            "Liên hệ: 0263.3831.226.</p>"),
    }
    threads: list[Thread] = []
    events = []
    for tid, (when, board, subject, art) in enumerate(raw, 136):
        t = Thread(tid, board, subject, sticky=subject.startswith("Nội quy"), article=art,
                   views=art.opts["views"] if art else 97, tags=art.opts.get("tags", []) if art else [])
        threads.append(t)
        if art:
            art.opts["thread"] = t
            events.append((when, t, art.opts["by"], None, None))
            for user, rwhen, kind, text in art.opts.get("replies", []):
                events.append((rwhen, t, user, text, kind))
            if art.blocks and any(b.kind == "table" for b in art.blocks):
                for i, (user, text) in enumerate(TABLE_REPLIES):
                    rwhen = datetime(2024, 4, 25, 14, 0) + timedelta(days=2 * i, minutes=17 * i)
                    if i == len(TABLE_REPLIES) - 1:
                        rwhen = datetime(2024, 5, 20, 8, 12, 40)
                    events.append((rwhen, t, user, text, None))
        else:
            by, html = other[subject]
            events.append((when, t, by, html, None))
            if subject.startswith("Hỏi về"):
                events.append((datetime(2024, 5, 15, 8, 20, 14), t, "Phạm Minh Tuấn",
                               "HTX cần hoạt động từ đủ 1 năm, có phương án sản xuất kinh doanh khả thi và tài sản bảo "
                               "đảm theo quy định. Xem thêm thông báo tập huấn: {{NOTICE}}", "notice"))
    events.sort(key=lambda e: e[0])
    links = []
    for pid, (when, t, user, text, kind) in enumerate(events, 1021):
        if t.article is not None and not t.posts:
            html = message_html(t.article)
            reacts = t.article.opts.get("reactions", 3)
        elif isinstance(text, str) and text.startswith("<"):
            html, reacts = text, 0
        else:
            html = ""
            if kind == "quote":
                first = t.posts[0]
                quoted = "Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 28/5/2024 theo mẫu đính kèm."
                html = (f'<blockquote class="quoteBox collapsibleBbcode jsCollapsibleBbcode" cite="{B}{t.path}?postID='
                        f'{first.pid}#post{first.pid}"><div class="quoteBoxIcon"><a href="{user_path(UID[first.user])}" '
                        f'class="userLink" data-object-id="{UID[first.user]}">{avatar(UID[first.user], 24)}</a></div>'
                        f'<div class="quoteBoxTitle"><a href="{t.path}?postID={first.pid}#post{first.pid}">Trích dẫn từ '
                        f'{esc(first.user)}</a></div><div class="quoteBoxContent"><p>{esc(quoted)}</p></div></blockquote>')
            html += f"<p>{esc(text)}</p>"
            if kind in ("link", "notice"):
                links.append((t, len(t.posts), kind))
            reacts = 1 if kind == "quote" else 0
        t.posts.append(Post(pid, user, when, html, reacts))
    for t in threads:
        if t.article is not None:
            for i, p in enumerate(t.posts[1:POSTS_PER], 1):
                text = re.sub(r"<blockquote.*?</blockquote>", "", p.html, flags=re.S)
                site.extra_boilerplate.append(re.sub(r"<[^>]+>", "", text.split("</p>")[0]).strip())
    notice = next(a for a in arts if a.doc_number)
    midnight = next(a for a in arts if a.date.hour == 0)
    nt, mt = notice.opts["thread"], midnight.opts["thread"]
    legacy = enc(f"/forum/index.php?thread/{mt.id}-{slug(mt.subject)}/")
    id_only = f"/forum/thread/{nt.id}/"
    for t, i, kind in links:
        p = t.posts[i]
        if kind == "link":
            p.html += f'<p><a href="{legacy}">{B}{legacy}</a></p>'
        else:
            p.html = p.html.replace("{{NOTICE}}", f'<a href="{id_only}">{B}{id_only}</a>')
    oldest = arts[-1]

    def board_path(bid: int, n: int = 1) -> str:
        p = enc(f"/forum/board/{bid}-{slug(BOARDS[bid][0])}/")
        return p if n == 1 else f"{p}?pageNo={n}"

    def user_link(name: str) -> str:
        if name not in UID:
            return f'<span class="username">{esc(name)}</span>'
        return f'<a href="{user_path(UID[name])}" class="userLink" data-object-id="{UID[name]}">{esc(name)}</a>'

    def login_path(path: str) -> str:
        return "/login/?url=" + quote(path, safe="")

    never = set()

    def layout(title: str, path: str, body_id: str, crumbs: list[tuple[str, str]], content: str, *, head: str = "",
               bottom: str = "", sidebar: str = "") -> str:
        lp = login_path(path)
        never.add(lp)
        crumb_html = "".join(
            f'<li title="{attr(n)}" itemprop="itemListElement" itemscope itemtype="http://schema.org/ListItem"><a href="{h}" '
            f'itemprop="item"><span itemprop="name">{esc(n)}</span></a><meta itemprop="position" content="{i}"></li>'
            for i, (n, h) in enumerate([(BOARD_NAME, "/"), *crumbs], 1))
        side = (f'<aside class="sidebar boxesSidebarRight" aria-label="Thanh bên phải"><div class="boxContainer">{sidebar}'
                f"</div></aside>") if sidebar else ""
        bottom_html = (f'<div class="boxesContentBottom"><div class="boxContainer">{bottom}</div></div>' if bottom else "")
        return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi" data-color-scheme="light">
<head>
	<meta charset="utf-8">
	<title>{esc(title)}</title>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="format-detection" content="telephone=no">
	<meta property="og:site_name" content="{attr(BOARD_NAME)}">
{head}	<link rel="stylesheet" type="text/css" href="/style/style-1.css?m=1715660001">
	<script src="/js/WoltLabSuite.Core.min.js?v=1715660001"></script>
	<link rel="apple-touch-icon" sizes="180x180" href="/images/favicon/default.apple-touch-icon.png">
	<link rel="icon" type="image/png" sizes="32x32" href="/images/favicon/default.favicon32x32.png">
</head>
<body id="{body_id}" itemscope itemtype="http://schema.org/WebPage" data-template="{body_id[4:]}" data-application="wbb" class="">
<span id="top"></span>
<div id="pageContainer" class="pageContainer">
	<div id="pageHeaderContainer" class="pageHeaderContainer">
	<header id="pageHeader" class="pageHeader">
		<div id="pageHeaderPanel" class="pageHeaderPanel"><div class="layoutBoundary">
			<div class="box mainMenu" data-box-identifier="com.woltlab.wcf.MainMenu"><div class="boxContent"><nav aria-label="Menu chính"><ol class="boxMenu">
				<li class="active" data-identifier="com.woltlab.wbb.BoardList"><a href="/forum/" class="boxMenuLink"><span class="boxMenuLinkTitle">Diễn đàn</span></a></li>
				<li data-identifier="com.woltlab.wcf.MembersList"><a href="/members-list/" class="boxMenuLink"><span class="boxMenuLinkTitle">Thành viên</span></a></li>
			</ol></nav></div></div>
			<nav id="topMenu" class="userPanel"><ul class="userPanelItems">
				<li id="userLogin"><a class="loginLink" href="{lp}" rel="nofollow">Đăng nhập hoặc đăng ký</a></li>
			</ul></nav>
		</div></div>
		<div id="pageHeaderFacade" class="pageHeaderFacade"><div class="layoutBoundary">
			<div id="pageHeaderLogo" class="pageHeaderLogo"><a href="/forum/"><img src="/images/default-logo.png" alt="" class="pageHeaderLogoLarge" height="40" width="281" loading="eager"><span class="pageHeaderLogoName">{esc(BOARD_NAME)}</span></a></div>
			<div id="pageHeaderSearch" class="pageHeaderSearch"><form method="post" action="/search/"><div id="pageHeaderSearchInputContainer" class="pageHeaderSearchInputContainer"><input type="search" name="q" id="pageHeaderSearchInput" class="pageHeaderSearchInput" placeholder="Tìm kiếm chủ đề này" autocomplete="off" value=""><button class="pageHeaderSearchInputButton button" type="submit" title="Tìm kiếm"><span class="icon icon16 fa-search"></span></button></div></form></div>
		</div></div>
	</header>
	</div>
	<section id="main" class="main" role="main"><div class="layoutBoundary">
		<div id="content" class="content{' content--sidebar-right' if sidebar else ''}">
			<div class="info notice" role="status" id="pageNotice1"><p>{esc(NOTICE)}</p></div>
			<nav class="breadcrumbs" aria-label="Breadcrumb"><ol itemprop="breadcrumb" itemscope itemtype="http://schema.org/BreadcrumbList">{crumb_html}</ol></nav>
{content}
			{bottom_html}
		</div>
		{side}
	</div></section>
	<footer id="pageFooter" class="pageFooter">
		<div class="boxesFooter"><div class="layoutBoundary"><div class="boxContainer">
			<section class="box" data-box-identifier="com.woltlab.wcf.FooterMenu"><div class="boxContent"><nav><ol class="boxMenu">
				<li><a href="/legal-notice/" class="boxMenuLink">Thông tin pháp lý</a></li>
				<li><a href="/privacy-policy/" class="boxMenuLink">Chính sách bảo mật</a></li>
			</ol></nav></div></section>
		</div></div></div>
		<div id="pageFooterCopyright" class="pageFooterCopyright"><div class="layoutBoundary">
			<div class="copyright"><a href="{{{{base:offsite}}}}/woltlab/" rel="nofollow">{POWERED.replace("WoltLab", "<strong>WoltLab", 1)}</strong></a></div>
			<div class="copyright">{COPY}</div>
		</div></div>
	</footer>
</div>
<a id="bottom"></a>
</body>
</html>
"""

    def sidebar_user(name: str) -> str:
        if name not in UID:
            return (f'<aside role="presentation" class="messageSidebar guest"><div class="messageAuthor"><div class="userAvatar">'
                    f'{avatar(None, 128)}</div><div class="messageAuthorContainer"><span class="username">{esc(name)}</span>'
                    '</div><div class="userTitle"><span class="badge userTitleBadge">Khách</span></div></div></aside>')
        uid = UID[name]
        uname, title, rank, posts, reacts, *_ = USERS[uid]
        return (f'<aside role="presentation" class="messageSidebar member" itemprop="author" itemscope '
                f'itemtype="http://schema.org/Person"><div class="messageAuthor"><div class="userAvatar"><a href="{user_path(uid)}"'
                f' aria-hidden="true" tabindex="-1">{avatar(uid, 128)}</a></div><div class="messageAuthorContainer"><a '
                f'href="{user_path(uid)}" class="username userLink" data-object-id="{uid}" itemprop="url"><span itemprop="name">'
                f'{esc(uname)}</span></a></div><div class="userTitle"><span class="badge userTitleBadge {rank}">{esc(title)}'
                f'</span></div><div class="userRank"><img src="/images/rank/rank-{rank}.png" alt=""></div></div><div '
                f'class="userCredits"><dl class="plain dataList"><dt><a href="{enc(f"/forum/user-post-list/{uid}-{slug(uname)}/")}" '
                f'title="Bài viết của {attr(uname)}" class="jsTooltip">Bài viết</a></dt><dd>{posts}</dd><dt><a href="'
                f'{user_path(uid)}#likes" class="jsTooltip" title="Lượt tương tác nhận được">Lượt tương tác</a></dt><dd>'
                f"{reacts}</dd></dl></div></aside>")

    def post_html(t: Thread, i: int) -> str:
        p = t.posts[i]
        first = i == 0
        a = t.article if first else None
        plink = f"{t.path}?postID={p.pid}#post{p.pid}"
        files = ""
        if a and a.attachments:
            lis = "".join(f'<li class="box24"><span class="icon icon24 fa-file-pdf-o"></span><div><p><a href="{x["path"]}">'
                          f'{esc(x["text"])}</a></p><small>(125,3 kB, 37 lượt tải xuống)</small></div></li>'
                          for x in a.attachments)
            files = (f'<section class="section attachmentFileList"><h2 class="messageSectionTitle">Tệp đính kèm</h2><div '
                     f'class="messageAttachmentList"><ul class="inlineList">{lis}</ul></div></section>')
        edit = ""
        if a and a.opts.get("edited"):
            edit = (f'<div class="messageFooterNotes"><p class="messageFooterNote wbbPostEditNote">Đã sửa lần cuối bởi '
                    f'{user_link(p.user)} ({time_el(a.opts["edited"])}).</p></div>')
        sig = USERS[UID[p.user]][7] if p.user in UID else None
        sig_html = (f'<div class="messageSignature"><div><p>{esc(sig)}</p></div></div>' if sig else "")
        react = (f'<div class="reactionSummaryList jsOnly" data-object-type="com.woltlab.wbb.likeablePost" data-object-id='
                 f'"{p.pid}" title="Xem tương tác"><span class="reactionCountButton"><img src="/images/reaction/1-thumbsUp.png" '
                 f'alt="Thích" class="reactionType" data-reaction-type-id="1"> <span class="reactionCount">{p.reactions}</span>'
                 '</span></div>') if p.reactions else ""
        subject = t.subject if first else f"Trả lời: {t.subject}"
        return f"""<li id="post{p.pid}" class="anchorFixedHeader">
<article class="wbbPost message messageSidebarOrientationLeft jsClipboardObject jsMessage{' wbbFirstPost' if first else ''}" data-post-id="{p.pid}" data-object-id="{p.pid}" data-object-type="com.woltlab.wbb.likeablePost" data-user-id="{UID.get(p.user, '')}" itemid="{B}{plink}" itemscope itemtype="http://schema.org/DiscussionForumPosting">
	<meta itemprop="headline" content="{attr(subject)}">
	<meta itemprop="datePublished" content="{p.when:%Y-%m-%dT%H:%M:%S}+07:00">
	<meta itemprop="url" content="{B}{plink}">
	{sidebar_user(p.user)}
	<div class="messageContent">
		<header class="messageHeader"><div class="messageHeaderBox"><ul class="messageHeaderMetaData"><li><a href="{plink}" class="permalink messagePublicationTime">{time_el(p.when)}</a></li></ul><ul class="messageStatus"></ul></div>
		<ul class="messageQuickOptions"><li><a href="{plink}" class="jsTooltip wsShareButton" title="Chia sẻ" data-link-title="{attr(subject)}">#{i + 1}</a></li></ul>
		<div class="messageHeaderDivider"></div></header>
		<div class="messageBody">
			<div class="messageText" itemprop="text">
{p.html}
			</div>
			{files}
		</div>
		<footer class="messageFooter">{edit}{sig_html}<div class="messageFooterGroup">{react}<ul class="messageFooterButtons buttonList smallButtons jsMobileNavigation"><li class="jsQuoteMessage" data-object-id="{p.pid}" data-is-quoted="0"><a href="#" title="Trích dẫn" class="button jsTooltip"><span class="icon icon16 fa-quote-left"></span> <span class="invisible">Trích dẫn</span></a></li></ul></div></footer>
	</div>
</article>
</li>
"""

    def pagination(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        items = []
        if n > 1:
            prev = base if n == 2 else f"{base}?pageNo={n - 1}"
            items.append(f'<li class="skip"><a href="{prev}" title="Trang trước" class="jsTooltip" rel="prev"><span class="icon '
                         'icon24 fa-chevron-left"></span></a></li>')
        for k in range(1, pages + 1):
            href = base if k == 1 else f"{base}?pageNo={k}"
            items.append(f'<li class="active"><span>{k}</span></li>' if k == n else f'<li><a href="{href}">{k}</a></li>')
        if n < pages:
            items.append(f'<li class="skip"><a href="{base}?pageNo={n + 1}" title="Trang tiếp" class="jsTooltip" rel="next">'
                         '<span class="icon icon24 fa-chevron-right"></span></a></li>')
        return (f'<nav class="pagination" data-link="{B}{base}?pageNo=%d" data-pages="{pages}"><ul>{"".join(items)}</ul>'
                "</nav>")

    def similar(t: Thread) -> str:
        pool = [x for x in threads if x.article and x is not t and x.article is not oldest and x.board == t.board]
        pool = sorted(pool, key=lambda x: (len(set(x.tags) & set(t.tags)) == 0, -x.posts[0].when.timestamp()))[:4]
        lis = "".join(f'<li class="box24"><a href="{x.path}" aria-hidden="true" tabindex="-1">{avatar(UID.get(x.posts[0].user), 24)}'
                      f'</a><div class="sidebarItemTitle"><h3><a href="{x.path}" class="wbbTopicLink" data-object-id="{x.id}">'
                      f'{esc(x.subject)}</a></h3><small>{user_link(x.posts[0].user)} <span class="separatorLeft">'
                      f'{time_el(x.posts[0].when)}</span></small></div></li>' for x in pool)
        return (f'<section class="box" data-box-identifier="com.woltlab.wbb.SimilarThreads"><h2 class="boxTitle">Chủ đề tương '
                f'tự</h2><div class="boxContent"><ul class="sidebarItemList">{lis}</ul></div></section>')

    def tag_path(tag: str) -> str:
        return enc(f"/tagged/{tag_ids[tag]}-{slug(tag)}/") + "?objectType=com.woltlab.wbb.thread"

    tag_ids = {tag: i for i, tag in enumerate(sorted({x for t in threads for x in t.tags}), 3)}

    def thread_page(t: Thread, n: int) -> str:
        first = t.posts[0]
        lo = (n - 1) * POSTS_PER
        posts = "".join(post_html(t, i) for i in range(lo, min(lo + POSTS_PER, len(t.posts))))
        bname = BOARDS[t.board][0]
        canon = t.page_path(n)
        nav_rel = ""
        if t.pages > 1:
            nav_rel = (f'\t<link rel="next" href="{B}{t.page_path(2)}">\n' if n == 1 else
                       f'\t<link rel="prev" href="{B}{t.page_path(n - 1)}">\n')
        summary = inline_text(next(b.text for b in t.article.blocks if b.kind == "p")) if t.article else ""
        head = (f'\t<meta property="og:title" content="{attr(t.subject)} - {attr(BOARD_NAME)}">\n'
                f'\t<meta property="og:url" content="{B}{t.path}">\n\t<meta property="og:type" content="article">\n'
                f'\t<meta property="og:description" content="{attr(summary)}">\n\t<meta name="description" content="'
                f'{attr(summary)}">\n\t<link rel="canonical" href="{B}{canon}">\n{nav_rel}'
                f'\t<link rel="alternate" type="application/rss+xml" title="RSS-Feed" href="{B}/forum/thread-feed/{t.id}/">\n')
        tags = ("<ul class=\"tagList section\">" + "".join(f'<li><a href="{tag_path(x)}" class="tag">{esc(x)}</a></li>'
                                                           for x in t.tags) + "</ul>") if t.tags else ""
        content = f"""			<header class="contentHeader messageGroupContentHeader wbbThread" data-thread-id="{t.id}" data-is-closed="0" data-is-sticky="{int(t.sticky)}">
				<div class="contentHeaderIcon">{avatar(UID.get(first.user), 64)}</div>
				<div class="contentHeaderTitle">
					<h1 class="contentTitle">{esc(t.subject)}</h1>
					<ul class="inlineList contentHeaderMetaData">
						<li><span class="icon icon16 fa-user"></span> {user_link(first.user)}</li>
						<li><span class="icon icon16 fa-clock-o"></span> <a href="{t.path}">{time_el(first.when)}</a></li>
					</ul>
				</div>
				<nav class="contentHeaderNavigation"><ul><li><a href="/forum/thread-feed/{t.id}/" title="RSS-Feed" class="button rssFeed jsTooltip"><span class="icon icon16 fa-rss"></span> <span class="invisible">RSS-Feed</span></a></li></ul></nav>
			</header>
			{tags}
			<div class="paginationTop">{pagination(t.path, n, t.pages)}</div>
			<div class="section"><ul class="wbbThreadPostList messageList jsClipboardContainer" data-is-last-page="{'true' if n == t.pages else 'false'}" data-last-post-time="{ts(t.posts[-1].when)}" data-page-no="{n}">
{posts}</ul></div>
			<footer class="contentFooter"><div class="paginationBottom">{pagination(t.path, n, t.pages)}</div></footer>
			<section class="section"><div class="info messageGuestBox"><p>{GUEST_BOX}</p><ul class="buttonList"><li><a href="/register/" class="button buttonPrimary">Tạo tài khoản</a></li><li><a href="{login_path(t.page_path(n))}" class="button">Đăng nhập</a></li></ul></div></section>
"""
        title = f"{t.subject}{'' if n == 1 else f' - Trang {n}'} - {bname} - {BOARD_NAME}"
        return layout(title, t.page_path(n), "tpl_wbb_thread", [("Diễn đàn", "/forum/"), (bname, board_path(t.board))],
                      content, head=head, bottom=similar(t) if t.board == 2 else "")

    for t in threads:
        for n in range(1, t.pages + 1):
            page = thread_page(t, n)
            site.page(t.page_path(n), page, content_type=HTML if n > 1 else None)
            if n > 1:
                site.non_articles.append(t.page_path(n))
        for p in t.posts:
            n = t.page_of(p.pid)
            if n > 1:
                site.same_page(f"{t.path}?postID={p.pid}", t.page_path(n))
        last = t.posts[-1]
        site.redirect(f"{t.path}?action=lastPost", f"{t.path}?postID={last.pid}#post{last.pid}", 302)
        a = t.article
        if a is None:
            site.non_articles.append(t.path)
            continue
        a.path = t.path
        a.aliases += [f"{t.path}?postID={p.pid}" for p in t.posts if t.page_of(p.pid) == 1]
        if t.page_of(last.pid) == 1:
            a.aliases.append(f"{t.path}?action=lastPost")
        for b in a.blocks:
            if b.kind == "img":
                aid = a.opts["img_ids"][b.src]
                ref = f"/attachment/{aid}-{b.src.replace('.', '-')}/"
                name = f"_files/attachment-{aid}.png"
                site.files[name] = image_for(b.src)
                site.files[ref.strip("/") + "/index.html"] = image_for(b.src)
                site.routes.append({"path": ref, "file": name, "content_type": "image/png"})
        for x in a.attachments:
            name = "_files/tb-08-lmhtx-2024.pdf"
            site.files[name] = pdf(a.title, ["LIEN MINH HTX TINH LAM DONG", "THONG BAO SO 08/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": name, "content_type": "application/pdf"})
        site.add_article(a)
    site.same_page(legacy, mt.path)
    midnight.aliases.append(legacy)
    site.redirect(id_only, nt.path, 301)
    notice.aliases.append(id_only)
    table_t = next(t for t in threads if t.pages > 1)
    site.trap("a thread's replies beyond ten run onto ?pageNo=2 (replies only, canonical to itself; the ?postID= links of "
              "its posts and ?action=lastPost answer that page): not an article", table_t.page_path(2))
    site.trap("every post's '#n' share button and the user post lists link ?postID=N#postN (the page holding the post: "
              "aliases of the article on the first page); ?action=lastPost is a 302 to the last post's permalink; the id "
              "alone /forum/thread/<id>/ a 301 to the slugged URL; the old /forum/index.php?thread/<id>-<slug>/ the same "
              "page", legacy)
    sticky = next(t for t in threads if t.sticky)
    site.trap("a sticky 'Nội quy chuyên mục' thread heads the news board, and members' threads in the Q&A and OCOP "
              "boards: not articles", sticky.path)
    site.trap("slugs keep the Vietnamese letters (percent-encoded in the links) and the en dash of a title: "
              "/forum/board/2-tin-tức-–-sự-kiện/", board_path(2))

    # boards: sticky first, then by last post
    def row(t: Thread) -> str:
        first, last = t.posts[0], t.posts[-1]
        badge = '<span class="badge label green jsLabelSticky">Đã ghim</span> ' if t.sticky else ""
        return f"""<li class="tabularListRow"><ol class="tabularListColumns messageGroup wbbThread jsClipboardObject{' sticky' if t.sticky else ''}" data-thread-id="{t.id}" data-element-id="{t.id}" data-is-sticky="{int(t.sticky)}">
	<li class="columnIcon columnAvatar"><div><p>{avatar(UID.get(first.user), 48)}</p></div></li>
	<li class="columnSubject"><ul class="labelList">{badge}</ul><h3><a href="{t.path}" class="messageGroupLink wbbTopicLink" data-object-id="{t.id}">{esc(t.subject)}</a></h3>
		<ul class="inlineList dotSeparated small messageGroupInfo"><li class="messageGroupAuthor">{user_link(first.user)}</li><li class="messageGroupTime">{time_el(first.when)}</li></ul></li>
	<li class="columnStats"><dl class="plain statsDataList"><dt>Trả lời</dt><dd>{len(t.posts) - 1}</dd></dl><dl class="plain statsDataList"><dt>Lượt xem</dt><dd>{t.views}</dd></dl></li>
	<li class="columnLastPost"><div class="box32"><a href="{t.path}?action=lastPost" class="jsTooltip" title="Đi đến bài viết cuối">{avatar(UID.get(last.user), 32)}</a><div><p>{user_link(last.user)}</p><small>{time_el(last.when)}</small></div></div></li>
</ol></li>
"""

    for bid, (bname, bdesc) in BOARDS.items():
        items = sorted([t for t in threads if t.board == bid], key=lambda t: (not t.sticky, -t.posts[-1].when.timestamp()))
        pages = [items[i:i + THREADS_PER] for i in range(0, len(items), THREADS_PER)]
        base = board_path(bid)
        for n, chunk in enumerate(pages, 1):
            path = board_path(bid, n)
            content = (f'<header class="contentHeader"><div class="contentHeaderTitle"><h1 class="contentTitle">{esc(bname)}'
                       f'</h1><p class="contentHeaderDescription">{esc(bdesc)}</p></div><nav class="contentHeaderNavigation">'
                       f'<ul><li><a href="/forum/board-feed/{bid}/" title="RSS-Feed" class="button rssFeed jsTooltip"><span '
                       f'class="icon icon16 fa-rss"></span> <span class="invisible">RSS-Feed</span></a></li></ul></nav></header>'
                       f'<div class="paginationTop">{pagination(base, n, len(pages))}</div><div class="section tabularBox '
                       f'messageGroupList wbbThreadList"><ol class="tabularList"><li class="tabularListRow tabularListRowHead">'
                       '<ol class="tabularListColumns"><li class="columnSort">Sắp xếp theo: <a href="#">Bài viết cuối</a></li>'
                       f'</ol></li>{"".join(row(t) for t in chunk)}</ol></div><footer class="contentFooter"><div '
                       f'class="paginationBottom">{pagination(base, n, len(pages))}</div></footer>')
            head = (f'\t<link rel="canonical" href="{B}{path}">\n\t<link rel="alternate" type="application/rss+xml" '
                    f'title="RSS-Feed" href="{B}/forum/board-feed/{bid}/">\n')
            site.page(path, layout(f"{bname}{'' if n == 1 else f' - Trang {n}'} - {BOARD_NAME}", path, "tpl_wbb_board",
                                   [("Diễn đàn", "/forum/")], content, head=head),
                      content_type=HTML if n > 1 else None)
            site.non_articles.append(path)
    site.trap("the board (6 threads a page: the sticky first, then by LAST post; the starter with the first post's "
              "<time>, the last poster with 'Hôm nay, 08:12'): its ?pageNo=2 holds the three oldest news",
              board_path(2, 2))

    # forum index (= the landing page /)
    rows = []
    for bid, (bname, bdesc) in BOARDS.items():
        bt = [t for t in threads if t.board == bid]
        lt = max(bt, key=lambda t: t.posts[-1].when)
        last = lt.posts[-1]
        rows.append(f'<li data-board-id="{bid}" class="wbbBoardContainer wbbDepth2"><div class="wbbBoard box48"><span class="icon '
                    f'icon48 fa-folder-o wbbBoardIcon"></span><div><div class="containerHeadline"><h3><a href="'
                    f'{board_path(bid)}" class="wbbBoardLink">{esc(bname)}</a></h3><p class="wbbBoardDescription">'
                    f'{esc(bdesc)}</p></div><div class="wbbStats"><dl class="plain statsDataList"><dt>Chủ đề</dt><dd>{len(bt)}'
                    f'</dd><dt>Bài viết</dt><dd>{sum(len(t.posts) for t in bt)}</dd></dl></div><div class="wbbLastPost box24">'
                    f'{avatar(UID.get(last.user), 24)}<div><p><a href="{lt.path}?action=lastPost" class="wbbTopicLink">'
                    f'{esc(lt.subject)}</a></p><small>{user_link(last.user)} <span class="separatorLeft">{time_el(last.when)}'
                    "</span></small></div></div></div></div></li>")
    latest = sorted([(p, t) for t in threads for p in t.posts if t.article is not oldest], key=lambda x: -x[0].when.timestamp())[:5]
    side = ('<section class="box" data-box-identifier="com.woltlab.wbb.LatestPosts"><h2 class="boxTitle">Bài viết mới nhất'
            '</h2><div class="boxContent"><ul class="sidebarItemList">'
            + "".join(f'<li class="box24">{avatar(UID.get(p.user), 24)}<div class="sidebarItemTitle"><h3><a href="{t.path}?postID='
                      f'{p.pid}#post{p.pid}">{esc(t.subject)}</a></h3><small>{user_link(p.user)} <span class="separatorLeft">'
                      f'{time_el(p.when)}</span></small></div></li>' for p, t in latest) + "</ul></div></section>"
            '<section class="box" data-box-identifier="com.woltlab.wcf.UsersOnline"><h2 class="boxTitle">Thành viên trực tuyến'
            '</h2><div class="boxContent"><p>0 thành viên và 6 khách đang trực tuyến</p></div></section>')
    stats = (f'<section class="section"><h2 class="sectionTitle">Thống kê</h2><p>{len(threads) + 301} chủ đề - '
             f'{sum(len(t.posts) for t in threads) + 1092} bài viết (0,55 bài viết mỗi ngày) - 214 thành viên - Thành viên '
             f'mới nhất: {user_link("dungnv.dalat")}</p></section>')
    index = (f'<header class="contentHeader"><div class="contentHeaderTitle"><h1 class="contentTitle">{esc(BOARD_NAME)}</h1>'
             '<p class="contentHeaderDescription">Nơi trao đổi của Liên minh HTX tỉnh Lâm Đồng và các HTX thành viên</p></div>'
             '<nav class="contentHeaderNavigation"><ul><li><a href="/forum/board-feed/" title="RSS-Feed" class="button rssFeed '
             'jsTooltip"><span class="icon icon16 fa-rss"></span> <span class="invisible">RSS-Feed</span></a></li></ul></nav>'
             f'</header><section class="section"><h2 class="sectionTitle">{esc(CATEGORY[1])}</h2><ul class="wbbBoardList">'
             f'{"".join(rows)}</ul></section>{stats}')
    head = (f'\t<link rel="canonical" href="{B}/forum/">\n\t<link rel="alternate" type="application/rss+xml" title="RSS-Feed" '
            f'href="{B}/forum/board-feed/">\n')
    site.page("/forum/", layout(BOARD_NAME, "/forum/", "tpl_wbb_boardList", [], index, head=head, sidebar=side))
    site.same_page("/", "/forum/")
    site.non_articles += ["/forum/", "/"]
    site.trap("the forum index /forum/ (also served at /, the landing page: canonical /forum/): the boards with their "
              "last posts, 'Bài viết mới nhất', 'Thống kê', 'Thành viên trực tuyến': not an article", "/forum/")

    # members, profiles, post lists
    for uid, (uname, title, rank, posts, reacts, reg, loc, sig, _) in USERS.items():
        path = user_path(uid)
        content = (f'<header class="contentHeader userProfileUser"><div class="contentHeaderIcon">{avatar(uid, 128)}</div>'
                   f'<div class="contentHeaderTitle"><h1 class="contentTitle"><span class="userProfileUsername">{esc(uname)}'
                   f'</span> <span class="badge userTitleBadge {rank}">{esc(title)}</span></h1><ul class="inlineList '
                   f'commaSeparated contentHeaderMetaData"><li>Đến từ {esc(loc)}</li><li>Thành viên từ {time_el(reg)}</li>'
                   f'</ul><dl class="plain inlineDataList"><dt><a href="{enc(f"/forum/user-post-list/{uid}-{slug(uname)}/")}">'
                   f"Bài viết</a></dt><dd>{posts}</dd><dt>Lượt tương tác</dt><dd>{reacts}</dd></dl></div></header>")
        site.page(path, layout(f"Hồ sơ của {uname} - {BOARD_NAME}", path, "tpl_wcf_user", [("Thành viên", "/members-list/")],
                               content, head=f'\t<link rel="canonical" href="{B}{path}">\n'))
        site.non_articles.append(path)
        own = sorted([(p, t) for t in threads for p in t.posts if p.user == uname], key=lambda x: -x[0].when.timestamp())
        lpath = enc(f"/forum/user-post-list/{uid}-{slug(uname)}/")
        lis = "".join(f'<li><article class="message messageReduced"><div class="messageContent"><header class="messageHeader"><h2 '
                      f'class="messageTitle"><a href="{t.path}?postID={p.pid}#post{p.pid}">{esc(t.subject if p is t.posts[0] else "Trả lời: " + t.subject)}'
                      f'</a></h2><small>{time_el(p.when)}</small></header></div></article></li>' for p, t in own)
        site.page(lpath, layout(f"Bài viết của {uname} - {BOARD_NAME}", lpath, "tpl_wbb_userPostList",
                                [("Thành viên", "/members-list/"), (uname, path)],
                                f'<header class="contentHeader"><h1 class="contentTitle">Bài viết của {esc(uname)}</h1></header>'
                                f'<div class="section"><ul class="messageList">{lis}</ul></div>'))
        site.non_articles.append(lpath)
    members = "".join(f'<li><div class="box48">{avatar(uid, 48)}<div class="details userInformation"><div class="containerHeadline">'
                      f'<h3>{user_link(u[0])} <span class="badge userTitleBadge {u[2]}">{esc(u[1])}</span></h3></div><dl '
                      f'class="plain inlineDataList small"><dt>Bài viết</dt><dd>{u[3]}</dd></dl></div></div></li>'
                      for uid, u in USERS.items())
    site.page("/members-list/", layout(f"Thành viên - {BOARD_NAME}", "/members-list/", "tpl_wcf_membersList", [],
                                       '<header class="contentHeader"><h1 class="contentTitle">Thành viên <span '
                                       f'class="badge">{len(USERS)}</span></h1></header><div class="section sectionContainer'
                                       f'List"><ol class="containerList userList">{members}</ol></div>'))
    site.non_articles.append("/members-list/")
    site.trap("profiles /user/<id>-<slug>/, /members-list/ and the post lists /forum/user-post-list/<id>-<slug>/ (the "
              "sidebar's 'Bài viết'): not articles; the profile's 'Thành viên từ' <time> is no date of the news",
              user_path(5))
    for tag in tag_ids:
        path = tag_path(tag)
        found = [t for t in threads if tag in t.tags]
        site.page(path, layout(f"Thẻ: {tag} - {BOARD_NAME}", path, "tpl_wcf_tagged", [("Thẻ", path)],
                               f'<header class="contentHeader"><h1 class="contentTitle">Nội dung được gắn thẻ “{esc(tag)}”</h1>'
                               '</header><div class="section tabularBox"><ol class="tabularList">'
                               + "".join(row(t) for t in found) + "</ol></div>"))
        site.non_articles.append(path)
    site.trap("tag pages /tagged/<id>-<tag>/?objectType=com.woltlab.wbb.thread (the tag list under a thread's header): "
              "lists", tag_path("tập huấn"))
    for path, title, text in [
            ("/search/", "Tìm kiếm", '<form method="post" action="/search/"><dl><dt>Từ khóa</dt><dd><input type="search" '
             'name="q"></dd></dl><div class="formSubmit"><input type="submit" value="Tìm kiếm"></div></form>'),
            ("/legal-notice/", "Thông tin pháp lý", "<p>Liên minh Hợp tác xã tỉnh Lâm Đồng, 36 Trần Phú, Phường 4, TP Đà Lạt."
             "</p><p>Người chịu trách nhiệm: Văn phòng Liên minh HTX tỉnh.</p>"),
            ("/privacy-policy/", "Chính sách bảo mật", "<p>Diễn đàn chỉ lưu các thông tin thành viên cung cấp khi đăng ký.</p>")]:
        site.page(path, layout(f"{title} - {BOARD_NAME}", path, "tpl_wcf_page", [],
                               f'<header class="contentHeader"><h1 class="contentTitle">{title}</h1></header>'
                               f'<div class="section">{text}</div>'))
        site.non_articles.append(path)
    for path, title in [("/register/", "Đăng ký"), ("/login/", "Đăng nhập")]:
        site.page(path, layout(f"{title} - {BOARD_NAME}", path, "tpl_wcf_login", [],
                               f'<header class="contentHeader"><h1 class="contentTitle">{title}</h1></header><form method="post" '
                               f'action="{path}"><input type="text" name="username"><input type="password" name="password">'
                               '</form>'))
        never.add(path)
    site.never_fetched += sorted(never)
    site.static("/robots.txt", "User-agent: *\nDisallow: /acp/\nDisallow: /login/\nDisallow: /register/\n"
                "Disallow: /lost-password/\nDisallow: /forum/acp/\n")
    site.trap("robots.txt (the admin's) disallows /login/ (the top bar's 'Đăng nhập hoặc đăng ký' /login/?url=<page>, the "
              "guest box's 'Đăng nhập') and /register/ ('Tạo tài khoản'): never fetched", "/register/")

    # feeds (GMT)
    def rss(title: str, link: str, self_path: str, items: list[tuple[str, str, datetime, str, str, str]]) -> str:
        its = "".join(f"<item>\n<title>{esc(t)}</title>\n<link>{B}{lk}</link>\n<pubDate>{gmt(w)}</pubDate>\n<description><![CDATA["
                      f"{d}]]></description>\n<content:encoded><![CDATA[{c}]]></content:encoded>\n<guid>{B}{lk}</guid>\n"
                      f"<dc:creator>{esc(au)}</dc:creator>\n</item>\n" for t, lk, w, au, d, c in items)
        last = max((w for _, _, w, *_ in items), default=NOW)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" '
                f'xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
                f"<title>{esc(title)}</title>\n<link>{B}{link}</link>\n<description>{esc(BOARD_NAME)}</description>\n"
                f"<language>vi</language>\n<pubDate>{gmt(NOW)}</pubDate>\n<lastBuildDate>{gmt(last)}</lastBuildDate>\n"
                f"<ttl>60</ttl>\n<generator>WoltLab Suite™</generator>\n<atom:link href=\"{B}{self_path}\" rel=\"self\" "
                f'type="application/rss+xml" />\n{its}</channel>\n</rss>\n')

    def excerpt(t: Thread) -> str:
        if t.article:
            return inline_text(next(b.text for b in t.article.blocks if b.kind == "p"))
        return re.sub(r"<[^>]+>", " ", t.posts[0].html).strip()

    def thread_items(items: list[Thread]) -> list:
        return [(t.subject, t.path, t.posts[0].when, t.posts[0].user, excerpt(t), t.posts[0].html) for t in items]

    by_last = sorted([t for t in threads if not t.sticky], key=lambda t: -t.posts[-1].when.timestamp())
    site.page("/forum/board-feed/", rss(BOARD_NAME, "/forum/", "/forum/board-feed/", thread_items(by_last[:20])),
              content_type=RSS)
    for bid, (bname, _) in BOARDS.items():
        items = [t for t in by_last if t.board == bid][:20]
        site.page(f"/forum/board-feed/{bid}/", rss(f"{bname} - {BOARD_NAME}", board_path(bid), f"/forum/board-feed/{bid}/",
                                                   thread_items(items)), content_type=RSS)
    for t in threads:
        items = [(t.subject if i == 0 else f"Trả lời: {t.subject}", f"{t.path}?postID={p.pid}#post{p.pid}", p.when, p.user,
                  re.sub(r"<[^>]+>", " ", p.html).strip()[:200], p.html) for i, p in reversed(list(enumerate(t.posts)))]
        site.page(f"/forum/thread-feed/{t.id}/", rss(f"{t.subject} - {BOARD_NAME}", t.path, f"/forum/thread-feed/{t.id}/",
                                                     items), content_type=RSS)
    site.trap("RSS feeds in GMT ('+0000'): /forum/board-feed/ and /forum/board-feed/2/ list threads by LAST post, each "
              "dated by its first post; a thread's /forum/thread-feed/<id>/ has one item per post, linked ?postID=N#postN",
              "/forum/board-feed/2/")
    for name in ("default-logo.png", "favicon/default.apple-touch-icon.png", "favicon/default.favicon32x32.png"):
        site.binary(f"/images/{name}", image_for(name))
    return site
