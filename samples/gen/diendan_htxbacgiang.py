"""Site `diendan-htxbacgiang` (registry family `generic`): "Diễn đàn HTX Bắc Giang", the forum of the cooperatives of the
Bắc Giang area (since 1 July 2025 part of Bắc Ninh province), on **phpBB 3.3** (prosilver style, Vietnamese language
pack); the alliance's news are the topics of its "Tin tức – Thông báo" forum. Written as a held-out test: no family
module, no selectors.

Why it is hard: a news item is the FIRST post of a topic; the replies under it (members' thanks and questions, one
quoting the first post with phpBB's cite line "X đã viết: ↑ <date>") are comments. One topic is reached under many URLs:
the canonical `viewtopic.php?t=<id>` (rel=canonical), the forum list's `viewtopic.php?f=2&t=<id>`, the post links
`viewtopic.php?p=<n>#p<n>` (index and "last post" links, each post's own header), the print view `&view=print`
(noindex), page 2 of a long topic `&start=10` (replies only, canonical to itself: an alias), and, on the pages a
cookie-less guest sees first (index, forum lists, search results, member pages), every link carries the session
`sid=<32 hex>`. The page's only `<h1>` is the board's name; the title is `h2.topic-title` (and the first post's
`h3.first`). The date is the post header "bởi <b>user</b> » T.Năm 12 Th3, 2026 9:15 am" (the language pack's "D d M,
Y g:i a": abbreviated weekday, "Th3" month, 12-hour clock) around `<time datetime="2026-03-12T02:15:00+00:00">` in UTC;
the profile column beside it has its own date ("Ngày tham gia: …"), a quote's cite and "Sửa lần cuối bởi … vào lúc …"
carry other dates. Posts are `<br>`-separated runs of text (no `<p>`), with BBCode quote and code boxes (the code's
content is text, "Mã: Chọn tất cả" is not), a custom [table] BBCode, lists, inline image attachments with the file's
"(118.5 KiB) Đã xem 64 lần" line and an italic caption, a PDF in the `dl.attachbox` ("Tệp đính kèm"), signatures. The
poster is the author when a person; the office's and the admin's accounts are not; a closing "Ảnh: …" / "… (thực hiện)"
names the author. The forum list sorts by the last post (a 2024 topic with a new reply sits on top) and is paged by
`&start=5`; a sticky rules topic sits in the news forum; the Q&A forum, member profiles, the team page, the search
result lists (`search.php?search_id=active_topics`) are no articles; `ucp.php`, `posting.php` and `viewonline.php` are
robots-disallowed.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta, timezone
from urllib.parse import parse_qsl, quote, urlsplit

from .core import SiteBuild, _route_key, attr, esc, inline_html, iso, page_links, pdf, png
from .richbody import RichArticle

SITE = "diendan-htxbacgiang"
NAME = "Diễn đàn HTX Bắc Giang"
HTML = "text/html; charset=UTF-8"
SID = "5f3c9a1e7b2d4c60a8e91f0d2b7c4e85"
TZ = timezone(timedelta(hours=7))
PER_FORUM = 5
PER_TOPIC = 10
WD = ("T.Hai", "T.Ba", "T.Tư", "T.Năm", "T.Sáu", "T.Bảy", "CN")
FORUMS = {1: ("Liên minh HTX", None), 2: ("Tin tức – Thông báo", "Tin hoạt động, thông báo, văn bản của Liên minh HTX"),
          4: ("Hỏi đáp – Trao đổi kinh nghiệm", "Các HTX hỏi đáp, chia sẻ kinh nghiệm sản xuất, kinh doanh")}
# uid: (name, rank, posts, joined, location, colour)
USERS = {2: ("admin", "Quản trị viên", "1.534", datetime(2019, 5, 6, 8, 0), "Bắc Giang", "AA0000"),
         48: ("LMHTX Bắc Giang", "Ban Tuyên giáo", "412", datetime(2019, 5, 20, 14, 10), "Bắc Giang", "00AA00"),
         53: ("Nguyễn Văn Hùng", "Điều hành viên", "861", datetime(2020, 4, 15, 8, 30), "Lục Ngạn", "00AA00"),
         61: ("Thân Thị Thu Trang", "Điều hành viên", "327", datetime(2021, 9, 2, 20, 5), "Yên Thế", "00AA00"),
         75: ("htx_tanyen", "Thành viên", "58", datetime(2022, 6, 11, 9, 40), "Tân Yên", None),
         80: ("Lục Văn Quang", "Thành viên", "21", datetime(2023, 2, 18, 19, 25), "Sơn Động", None),
         92: ("Giáp Thị Mai", "Thành viên", "9", datetime(2025, 11, 3, 7, 50), "Việt Yên", None)}
SIGNATURE = "Ban Tuyên giáo – Liên minh HTX tỉnh Bắc Ninh (khu vực Bắc Giang) | ĐT: 0204.3854.268"
PDF_ID, PDF_NAME = 145, "KH-21-KH-LMHTX-chuyen-doi-so.pdf"
LABELS = ["Bài viết:", "Ngày tham gia:", "Đến từ:", "Trả lời kèm trích dẫn", "Đầu trang", "Công cụ chủ đề", "Bản in",
          "Tìm trong chủ đề này…", "Gửi trả lời", "Quay lại “Tin tức – Thông báo”", "Chuyển đến", "Tệp đính kèm",
          "Chọn tất cả", "Ai đang trực tuyến", "Những người dùng đang duyệt chuyên mục này: Không có thành viên nào trực tuyến và 2 khách"]
HEADER = ["Nơi giao lưu, trao đổi kinh nghiệm của các hợp tác xã khu vực Bắc Giang", "Đi đến nội dung", "Liên kết nhanh",
          "Chủ đề chưa có trả lời", "Chủ đề đang hoạt động", "Câu hỏi thường gặp", "Đăng nhập", "Đăng ký",
          "Trang chủ diễn đàn", "Tìm kiếm…"]
FOOTER = ["Xóa cookie", "Múi giờ", "UTC+07:00", "Nhóm quản trị", "Liên hệ chúng tôi",
          "Powered by phpBB® Forum Software © phpBB Limited", "Gói ngôn ngữ tiếng Việt: phpBBVietNam",
          "Diễn đàn HTX Bắc Giang – Liên minh Hợp tác xã tỉnh Bắc Ninh, Văn phòng đại diện khu vực Bắc Giang",
          "Địa chỉ: Số 16 đường Hoàng Văn Thụ, phường Bắc Giang, tỉnh Bắc Ninh", "Quyền riêng tư", "Điều khoản"]

# replies: topic -> [(post id, user, time, text, quote-of-first-post or None)]
R421 = ["HTX Tân Yên xin cảm ơn Liên minh, hội nghị rất thiết thực.",
        "Cho hỏi năm nay có lớp tập huấn kế toán không ạ?",
        "Có bạn nhé, lịch đã đăng trong chuyên mục này.",
        "Mong Liên minh hỗ trợ thêm về tiêu thụ vải thiều.",
        "Đồng ý, HTX chúng tôi cũng cần kết nối doanh nghiệp.",
        "Năm nay giá vải có ổn định không các bác?",
        "Cảm ơn Ban Tuyên giáo đã đưa tin kịp thời.",
        "Số liệu rất chi tiết, xin phép chia sẻ cho thành viên HTX.",
        "Xin tài liệu hội nghị ở đâu ạ?",
        "Tài liệu sẽ gửi qua email các HTX trong tuần này.",
        "HTX Sơn Động đăng ký tham gia chuỗi liên kết.",
        "Chúc các HTX một năm làm ăn thuận lợi!"]
ATTR_ONLY = {"Trả lời kèm trích dẫn", "Công cụ chủ đề", "Tìm trong chủ đề này…", "Gửi trả lời"}
FIRST = 'class="first"'
HOME_ICON = '<i class="icon fa-home fa-fw"></i>'
ACTIVE = ' class="active"'
CLIP = '<i class="icon fa-paperclip fa-fw" aria-hidden="true"></i> '
REPLY_USERS = [75, 80, 61, 92, 75, 80, 92, 75, 80, 53, 80, 92]


def rfc(d: datetime) -> str:
    return f"{d.replace(tzinfo=TZ).astimezone(UTC):%Y-%m-%dT%H:%M:%S}+00:00"


def pdate(d: datetime) -> str:
    """The Vietnamese pack's 'D d M, Y g:i a': 'T.Năm 12 Th3, 2026 9:15 am'."""
    h = d.hour % 12 or 12
    return f"{WD[d.weekday()]} {d:%d} Th{d.month}, {d.year} {h}:{d:%M} {'am' if d.hour < 12 else 'pm'}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def when(d: datetime) -> dict:
        return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    replies421 = [(1900 + k, u, datetime(2026, 3, 12, 10, 5) + timedelta(hours=3 * k, minutes=7 * k), t,
                   "Năm 2025, khu vực Bắc Giang thành lập mới 41 HTX, nâng tổng số HTX đang hoạt động lên 786 HTX."
                   if k == 4 else None)
                  for k, (u, t) in enumerate(zip(REPLY_USERS, R421))]
    return [
        A(path="/viewtopic.php?t=421", title="Liên minh HTX tỉnh tổng kết hoạt động HTX khu vực Bắc Giang năm 2025",
          date=datetime(2026, 3, 12, 9, 15),
          body="""
Sáng 11/3, tại phường Bắc Giang, Liên minh HTX tỉnh Bắc Ninh tổ chức hội nghị tổng kết hoạt động của các HTX khu vực Bắc Giang năm 2025.
Năm 2025, khu vực Bắc Giang thành lập mới 41 HTX, nâng tổng số HTX đang hoạt động lên 786 HTX.
Doanh thu bình quân của HTX đạt 4,2 tỷ đồng/HTX, thu nhập bình quân của người lao động thường xuyên đạt 6,8 triệu đồng/tháng.
Năm 2026, Liên minh HTX tỉnh tập trung hỗ trợ HTX chuyển đổi số, xây dựng thương hiệu vải thiều Lục Ngạn, gà đồi Yên Thế và tham gia chuỗi liên kết với doanh nghiệp.
""",
          author="Nguyễn Văn Hùng", **when(datetime(2026, 3, 12, 9, 15)),
          opts={"t": 421, "p": 1899, "uid": 53, "views": 1204, "replies": replies421,
                "edited": ("Nguyễn Văn Hùng", datetime(2026, 3, 12, 16, 40))},
          notes=["first post by the person Nguyễn Văn Hùng 'T.Năm 12 Th3, 2026 9:15 am' (<time datetime="
                 "'2026-03-12T02:15:00+00:00'>, UTC), edited 'Sửa lần cuối … T.Năm 12 Th3, 2026 4:40 pm'; twelve "
                 "replies (one quoting the post with its own date) run onto &start=10 (replies only, canonical to "
                 "itself: an alias), like &view=print, ?f=2&t=421, ?p=<n> and the sid= variants"]),
        A(path="/viewtopic.php?t=418",
          title="Thông báo số 09/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP khu vực Bắc Giang năm 2026",
          date=datetime(2026, 3, 9, 14, 20),
          body="""
LIÊN MINH HTX TỈNH BẮC NINH
Số: 09/TB-LMHTX
Bắc Ninh, ngày 06 tháng 3 năm 2026
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP khu vực Bắc Giang năm 2026
Liên minh HTX tỉnh tổ chức Hội chợ OCOP khu vực Bắc Giang năm 2026 tại phường Bắc Giang từ ngày 17/4 đến ngày 21/4/2026.
Các HTX đăng ký gian hàng bằng tin nhắn theo cú pháp sau, gửi đến số 0204.3854.268 trước ngày 31/3/2026:
HOICHO <Tên HTX> <Số gian hàng> <Sản phẩm OCOP>
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Thắng
""",
          author=None, doc_number="09/TB-LMHTX", **when(datetime(2026, 3, 9, 14, 20)),
          opts={"t": 418, "p": 1880, "uid": 48, "views": 655, "doc": True,
                "code": "HOICHO <Tên HTX> <Số gian hàng> <Sản phẩm OCOP>",
                "replies": [(1886, 75, datetime(2026, 3, 10, 8, 2), "HTX Tân Yên đã nhắn tin đăng ký 2 gian hàng.", None)]},
          notes=["notice 'Số: 09/TB-LMHTX' dated 'Bắc Ninh, ngày 06 tháng 3 năm 2026', posted 9/3 by the office's account "
                 "'LMHTX Bắc Giang' (author null); the SMS syntax in a BBCode code box (its line is text, 'Mã: Chọn "
                 "tất cả' is not); the signer is text"]),
        A(path="/viewtopic.php?t=414", title="Ảnh: HTX Tân Yên vào vụ thu hoạch dưa lưới nhà màng",
          date=datetime(2026, 2, 27, 16, 5),
          body="""
Những ngày cuối tháng 2, thành viên HTX Nông nghiệp Tân Yên thu hoạch lứa dưa lưới đầu tiên trồng trong nhà màng.
[img dua-luoi-1.png] Dưa lưới đạt trọng lượng 1,5 - 2 kg mỗi quả
[img dua-luoi-2.png] Thành viên HTX phân loại, dán tem truy xuất nguồn gốc
[img dua-luoi-3.png] Dưa được chuyển ngay cho siêu thị tại Hà Nội
""",
          byline="Ảnh: Hoàng Anh", author="Hoàng Anh", **when(datetime(2026, 2, 27, 16, 5)),
          opts={"t": 414, "p": 1852, "uid": 61, "views": 930,
                "replies": [(1860, 92, datetime(2026, 2, 28, 9, 30), "Dưa đẹp quá, HTX có bán lẻ không ạ?", None)]},
          notes=["photo story: inline image attachments (dl.thumbnail, the '(118.5 KiB) Đã xem 64 lần' line is no text) "
                 "with italic captions (text); 'Ảnh: Hoàng Anh' closes it: author Hoàng Anh, not the poster"]),
        A(path="/viewtopic.php?t=409", title="Giám đốc HTX Nông nghiệp Phượng Sơn: Vải thiều phải đi bằng chất lượng",
          date=datetime(2026, 2, 10, 8, 40),
          body="""
**Hỏi: Thưa ông, vụ vải năm 2025 HTX tiêu thụ thế nào?**
Ông Vi Văn Tùng: HTX tiêu thụ hơn 1.200 tấn vải, trong đó 40% xuất khẩu sang Nhật Bản và Singapore, giá bán cao hơn thị trường 15%.
**Hỏi: Điều gì giúp vải của HTX vào được thị trường khó tính?**
Ông Vi Văn Tùng: Toàn bộ 180 ha của thành viên sản xuất theo VietGAP, có mã số vùng trồng và nhật ký điện tử. Doanh nghiệp kiểm tra được từng vườn.
**Hỏi: Xin cảm ơn ông!**
""",
          byline="Thu Trang (thực hiện)", author="Thu Trang", **when(datetime(2026, 2, 10, 8, 40)),
          opts={"t": 409, "p": 1820, "uid": 61, "views": 702, "replies": []},
          notes=["interview: bold 'Hỏi: …' questions and 'Ông Vi Văn Tùng: …' answers; 'Thu Trang (thực hiện)' is text, "
                 "author Thu Trang (the poster's account is Thân Thị Thu Trang)"]),
        A(path="/viewtopic.php?t=405", title="Ban hành Kế hoạch hỗ trợ HTX chuyển đổi số năm 2026",
          date=datetime(2026, 1, 22, 10, 0),
          body="""
Liên minh HTX tỉnh vừa ban hành Kế hoạch số 21/KH-LMHTX về hỗ trợ HTX khu vực Bắc Giang chuyển đổi số năm 2026.
Kế hoạch cụ thể hóa quy định của Luật Hợp tác xã năm 2023:
Nhà nước hỗ trợ hợp tác xã ứng dụng khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số trong sản xuất, kinh doanh.
Năm 2026, 60 HTX được hỗ trợ phần mềm kế toán, 40 HTX được hỗ trợ mở gian hàng trên sàn thương mại điện tử. Toàn văn kế hoạch trong tệp đính kèm.
""",
          author="Nguyễn Văn Hùng", **when(datetime(2026, 1, 22, 10, 0)),
          attachments=[{"path": f"/download/file.php?id={PDF_ID}", "text": PDF_NAME}],
          opts={"t": 405, "p": 1790, "uid": 53, "views": 588,
                "quote": ("Luật Hợp tác xã 2023", "Nhà nước hỗ trợ hợp tác xã ứng dụng khoa học, công nghệ, đổi mới "
                          "sáng tạo và chuyển đổi số trong sản xuất, kinh doanh."),
                "replies": [(1795, 80, datetime(2026, 1, 23, 19, 12), "HTX chúng tôi đăng ký phần mềm kế toán ở đâu ạ?", None)]},
          notes=["news about a plan with the plan as a PDF in the post's dl.attachbox ('Tệp đính kèm': "
                 "./download/file.php?id=145, '(215.4 KiB) Đã tải về 87 lần' no text); a cited BBCode quote of the law "
                 "('Luật Hợp tác xã 2023 đã viết:' is no text, the provision is)"]),
        A(path="/viewtopic.php?t=398", title="Kết quả phát triển HTX khu vực Bắc Giang năm 2025 theo lĩnh vực",
          date=datetime(2026, 1, 8, 15, 30),
          body="""
Ban Tuyên giáo tổng hợp kết quả phát triển HTX khu vực Bắc Giang năm 2025 theo lĩnh vực hoạt động:
| Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (tỷ đồng) |
| Nông nghiệp | 512 | 38.420 | 3,1 |
| Tiểu thủ công nghiệp | 96 | 2.315 | 4,6 |
| Dịch vụ, thương mại | 118 | 1.980 | 5,9 |
| Quỹ tín dụng nhân dân | 60 | 51.200 | 12,4 |
Tỷ lệ HTX hoạt động hiệu quả đạt 68%, tăng 4 điểm phần trăm so với năm 2024.
""",
          author=None, **when(datetime(2026, 1, 8, 15, 30)),
          opts={"t": 398, "p": 1755, "uid": 48, "views": 471, "replies": []},
          notes=["a custom [table] BBCode (table.bbcode-table): one line per row; the office's account: author null"]),
        A(path="/viewtopic.php?t=392", title="Lịch tập huấn cho cán bộ HTX quý I/2026",
          date=datetime(2025, 12, 18, 9, 0),
          body="""
Văn phòng đại diện Liên minh HTX tỉnh tại khu vực Bắc Giang thông báo lịch tập huấn quý I/2026:
* Tháng 1: Quản trị HTX theo Luật Hợp tác xã năm 2023
* Tháng 2: Kế toán HTX và lập báo cáo tài chính
* Tháng 3: Bán hàng trên sàn thương mại điện tử
Các HTX gửi danh sách học viên trước ngày 05/01/2026.
""",
          author=None, **when(datetime(2025, 12, 18, 9, 0)),
          opts={"t": 392, "p": 1731, "uid": 2, "views": 395, "replies": []},
          notes=["a [list] (one line per item); the admin account: author null"]),
        A(path="/viewtopic.php?t=350", title="HTX Gà đồi Yên Thế được cấp mã số cơ sở xuất khẩu",
          date=datetime(2024, 9, 5, 7, 45),
          body="""
HTX Chăn nuôi gà đồi Yên Thế (huyện Yên Thế, tỉnh Bắc Giang) vừa được cấp mã số cơ sở chăn nuôi phục vụ xuất khẩu.
HTX có 86 thành viên, quy mô 120.000 con gà thương phẩm mỗi lứa, sản phẩm đã có nhãn hiệu chứng nhận "Gà đồi Yên Thế".
Nguồn: Báo Bắc Giang
""",
          author=None, **when(datetime(2024, 9, 5, 7, 45)),
          opts={"t": 350, "p": 1402, "uid": 2, "views": 2210,
                "replies": [(1897, 80, datetime(2026, 3, 11, 20, 10), "Gà Yên Thế bây giờ xuất khẩu được nhiều chưa các bác?", None)]},
          notes=["2024 topic of the old province ('huyện Yên Thế, tỉnh Bắc Giang') with a reply of 11/3/2026: the forum "
                 "sorts by the last post, so it tops page 1; 'Nguồn: Báo Bắc Giang' and the admin account: author null"]),
        A(path="/viewtopic.php?t=340", title="Liên minh HTX tỉnh Bắc Giang hợp nhất vào Liên minh HTX tỉnh Bắc Ninh",
          date=datetime(2025, 7, 3, 8, 30),
          body="""
Từ ngày 1/7/2025, cùng với việc sắp xếp đơn vị hành chính, Liên minh HTX tỉnh Bắc Giang hợp nhất vào Liên minh HTX tỉnh Bắc Ninh.
Diễn đàn tiếp tục hoạt động là nơi trao đổi, cung cấp thông tin cho các HTX khu vực Bắc Giang. Văn phòng đại diện đặt tại phường Bắc Giang.
""",
          author=None, **when(datetime(2025, 7, 3, 8, 30)),
          opts={"t": 340, "p": 1366, "uid": 2, "views": 1733, "replies": []},
          notes=["the merger's date 1/7/2025 opens the text; posted 3/7/2025 by the admin; only on the forum's page 2 "
                 "(&start=5)"]),
    ]


# -- markup ----------------------------------------------------------------------------------------------------------

class Ctx:
    """Links of one page: a cookie-less guest's first pages carry the session id in every link."""

    def __init__(self, sid: bool, root: str = "./"):
        self.sid = sid
        self.root = root  # app.php routes link back up: "./../../index.php"

    def u(self, target: str, frag: str = "") -> str:
        if self.sid:
            target += ("&" if "?" in target else "?") + f"sid={SID}"
        return self.root + target.replace("&", "&amp;") + (f"#{frag}" if frag else "")


def profile_url(uid: int) -> str:
    return f"memberlist.php?mode=viewprofile&u={uid}"


def uname(c: Ctx, uid: int) -> str:
    name, _, _, _, _, colour = USERS[uid]
    if colour:
        return f'<a href="{c.u(profile_url(uid))}" style="color: #{colour};" class="username-coloured">{esc(name)}</a>'
    return f'<a href="{c.u(profile_url(uid))}" class="username">{esc(name)}</a>'


def content_html(a: RichArticle) -> str:
    out = []
    att = 146
    quote = a.opts.get("quote")
    for b in a.blocks:
        if b.kind == "p" and quote and b.text == quote[1]:
            out.append(f'<blockquote><div><cite>{esc(quote[0])} đã viết:</cite>{esc(b.text)}</div></blockquote>')
        elif b.kind == "p" and b.text == a.opts.get("code"):
            out.append(f'<div class="codebox"><p>Mã: <a href="#" onclick="selectCode(this); return false;">{LABELS[12]}</a>'
                       f'</p><pre><code>{esc(b.text)}</code></pre></div>')
        elif b.kind == "p":
            text = inline_html(b.text).replace("<strong>", '<strong class="text-strong">')
            if a.opts.get("doc") and (b.text.isupper() or b.text.startswith(("Số:", "Bắc Ninh,", "Về việc"))):
                text = f'<strong class="text-strong">{text}</strong>'
            out.append(text + "<br>\n<br>")
        elif b.kind == "ul":
            out.append('<ul>' + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<dl class="thumbnail"><dt><a href="./download/file.php?id={att}&amp;mode=view"><img class="postimage" '
                       f'src="./download/file.php?id={att}&amp;t=1" alt="{b.src}" title="{b.src} (118.5 KiB) Đã xem 64 lần">'
                       f'</a></dt><dd>{b.src} (118.5 KiB) Đã xem 64 lần</dd></dl>'
                       f'<br><em class="text-italics">{esc(b.text)}</em><br>\n<br>')
            att += 1
        elif b.kind == "table":
            head, *rows = b.rows
            trs = "<tr>" + "\n".join(f"<th>{esc(x)}</th>" for x in head) + "</tr>\n" + "\n".join(
                "<tr>" + "\n".join(f"<td>{esc(x)}</td>" for x in r) + "</tr>" for r in rows)
            out.append(f'<table class="bbcode-table"><tbody>{trs}</tbody></table><br>')
    if a.byline:
        out.append(f'<strong class="text-strong"><em class="text-italics">{esc(a.byline)}</em></strong>')
    return "\n".join(out)


def post_html(c: Ctx, title: str, pid: int, uid: int, d: datetime, content: str, *, first: bool, attach: str = "",
              edited: tuple | None = None) -> str:
    name, rank, nposts, joined, loc, _ = USERS[uid]
    sig = (f'<div id="sig{pid}" class="signature">{esc(SIGNATURE)}</div>' if uid in (53, 61) else "")
    rank_img = ('<br><img src="./images/ranks/mod.png" alt="Điều hành viên" title="Điều hành viên">'
                if rank == "Điều hành viên" else "")
    notice = (f'<div class="notice">Sửa lần cuối bởi {uname(c, uid)} vào lúc {pdate(edited[1])}, đã sửa tổng cộng 1 lần.'
              f'</div>' if edited else "")
    return (f'<div id="p{pid}" class="post has-profile bg{1 if first else 2}"><div class="inner">'
            f'<dl class="postprofile" id="profile{pid}"><dt class="has-profile-rank has-avatar"><div class="avatar-container">'
            f'<a href="{c.u(profile_url(uid))}" class="avatar"><img class="avatar" src="./download/file.php?avatar={uid}_1583.png" '
            f'width="90" height="90" alt="Ảnh đại diện của thành viên"></a></div>{uname(c, uid)}</dt>'
            f'<dd class="profile-rank">{esc(rank)}{rank_img}</dd>'
            f'<dd class="profile-posts"><strong>{LABELS[0]}</strong> <a href="{c.u(f"search.php?author_id={uid}&sr=posts")}">'
            f'{nposts}</a></dd><dd class="profile-joined"><strong>{LABELS[1]}</strong> {pdate(joined)}</dd>'
            f'<dd class="profile-custom-field profile-phpbb_location"><strong>{LABELS[2]}</strong> {esc(loc)}</dd></dl>'
            f'<div class="postbody"><div id="post_content{pid}"><h3 {FIRST if first else ""}><a href="'
            f'{c.u(f"viewtopic.php?p={pid}", f"p{pid}")}">{"" if first else "Re: "}{esc(title)}</a></h3>'
            f'<ul class="post-buttons"><li><a href="{c.u(f"posting.php?mode=quote&p={pid}")}" title="{LABELS[3]}" '
            f'class="button button-icon-only"><i class="icon fa-quote-left fa-fw" aria-hidden="true"></i><span class="sr-only">'
            f'Trích dẫn</span></a></li></ul>'
            f'<p class="author"><a class="unread" href="{c.u(f"viewtopic.php?p={pid}", f"p{pid}")}" title="Bài viết"><i class="icon '
            f'fa-file fa-fw icon-lightgray icon-md" aria-hidden="true"></i><span class="sr-only">Bài viết</span></a><span '
            f'class="responsive-hide">bởi <strong>{uname(c, uid)}</strong> &raquo; </span><time datetime="{rfc(d)}">'
            f'{pdate(d)}</time></p><div class="content">{content}</div>{attach}{notice}{sig}</div></div>'
            f'<div class="back2top"><a href="#top" class="top" title="{LABELS[4]}"><i class="icon fa-chevron-circle-up fa-fw '
            f'icon-gray" aria-hidden="true"></i><span class="sr-only">{LABELS[4]}</span></a></div></div></div>'
            f'<hr class="divider">')


def crumbs(c: Ctx, forum: int | None) -> str:
    items = [(c.u("index.php"), HEADER[8], ' accesskey="h" data-navbar-reference="index"')]
    if forum:
        items.append((c.u("viewforum.php?f=1"), FORUMS[1][0], ""))
        items.append((c.u(f"viewforum.php?f={forum}"), FORUMS[forum][0], ""))
    spans = "".join(f'<span class="crumb" itemtype="https://schema.org/ListItem" itemprop="itemListElement" itemscope>'
                    f'<a href="{h}" itemtype="https://schema.org/Thing" itemscope itemprop="item"{x}>'
                    f'{HOME_ICON if k == 0 else ""}<span itemprop="name">{esc(t)}</span></a>'
                    f'<meta itemprop="position" content="{k + 1}"></span>' for k, (h, t, x) in enumerate(items))
    return (f'<ul id="nav-breadcrumbs" class="nav-breadcrumbs linklist navlinks" role="menubar"><li class="breadcrumbs" '
            f'itemscope itemtype="https://schema.org/BreadcrumbList">{spans}</li><li class="rightside responsive-search">'
            f'<a href="{c.u("search.php")}" title="Xem các tùy chọn tìm kiếm nâng cao" role="menuitem"><i class="icon '
            f'fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Tìm kiếm</span></a></li></ul>')


def jumpbox(c: Ctx, forum: int) -> str:
    lis = "".join(f'<li><a href="{c.u(f"viewforum.php?f={f}")}" class="jumpbox-{"cat" if f == 1 else "sub"}-link">'
                  f'<span>{"&#8627; &nbsp; " if f != 1 else ""}{esc(t)}</span></a></li>' for f, (t, _) in FORUMS.items())
    return (f'<div class="action-bar actions-jump"><p class="jumpbox-return"><a href="{c.u(f"viewforum.php?f={forum}")}" '
            f'class="left-box arrow-left" accesskey="r"><i class="icon fa-angle-left fa-fw icon-black" aria-hidden="true"></i>'
            f'<span>Quay lại “{esc(FORUMS[forum][0])}”</span></a></p><div class="jumpbox dropdown-container '
            f'dropdown-container-right dropdown-up dropdown-left dropdown-button-control" id="jumpbox"><span title="'
            f'{LABELS[10]}" class="button button-secondary dropdown-trigger dropdown-select"><span>{LABELS[10]}</span>'
            f'<span class="caret"><i class="icon fa-sort-down fa-fw" aria-hidden="true"></i></span></span><div class="dropdown">'
            f'<ul class="dropdown-contents">{lis}</ul></div></div></div>')


def layout(c: Ctx, title: str, section: str, body: str, *, forum: int | None = None, head: str = "", here: str = "") -> str:
    login = c.u("ucp.php?mode=login" + (f"&redirect={quote(here, safe='')}" if here else ""))
    return f"""<!DOCTYPE html>
<html dir="ltr" lang="vi">
<head>
<meta charset="utf-8" />
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)}</title>
<link rel="alternate" type="application/atom+xml" title="Nguồn cấp - {attr(NAME)}" href="{c.u("app.php/feed")}">{head}
<link href="{c.root}styles/prosilver/theme/stylesheet.css" rel="stylesheet">
<link href="{c.root}styles/prosilver/theme/vi/stylesheet.css" rel="stylesheet">
</head>
<body id="phpbb" class="nojs notouch section-{section} ltr ">
<div id="wrap" class="wrap">
<a id="top" class="top-anchor" accesskey="t"></a>
<div id="page-header">
<div class="headerbar" role="banner"><div class="inner">
<div id="site-description" class="site-description">
<a id="logo" class="logo" href="{c.u("index.php")}" title="{HEADER[8]}"><img src="{c.root}styles/prosilver/theme/images/site_logo.png" alt=""></a>
<h1>{esc(NAME)}</h1>
<p>{esc(HEADER[0])}</p>
<p class="skiplink"><a href="#start_here">{HEADER[1]}</a></p>
</div>
<div id="search-box" class="search-box search-header" role="search"><form action="{c.u("search.php")}" method="get" id="search"><fieldset>
<input name="keywords" id="keywords" type="search" maxlength="128" title="Tìm theo từ khóa" class="inputbox search tiny" size="20" value="" placeholder="{HEADER[9]}" />
<button class="button button-search" type="submit" title="Tìm kiếm"><i class="icon fa-search fa-fw" aria-hidden="true"></i><span class="sr-only">Tìm kiếm</span></button>
<input type="hidden" name="sid" value="{SID}" /></fieldset></form></div>
</div></div>
<div class="navbar" role="navigation"><div class="inner">
<ul id="nav-main" class="nav-main linklist" role="menubar">
<li id="quick-links" class="quick-links dropdown-container responsive-menu" data-skip-responsive="true"><a href="#" class="dropdown-trigger"><i class="icon fa-bars fa-fw" aria-hidden="true"></i><span>{HEADER[2]}</span></a>
<div class="dropdown"><ul class="dropdown-contents" role="menu">
<li><a href="{c.u("search.php?search_id=unanswered")}" role="menuitem"><span>{HEADER[3]}</span></a></li>
<li><a href="{c.u("search.php?search_id=active_topics")}" role="menuitem"><span>{HEADER[4]}</span></a></li>
<li class="separator"></li>
<li><a href="{c.u("memberlist.php?mode=team")}" role="menuitem"><span>Nhóm quản trị</span></a></li>
</ul></div></li>
<li data-skip-responsive="true"><a href="{c.u("app.php/help/faq")}" rel="help" title="{HEADER[5]}" role="menuitem"><i class="icon fa-question-circle fa-fw" aria-hidden="true"></i><span>{HEADER[5]}</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="{login}" title="{HEADER[6]}" accesskey="x" role="menuitem"><i class="icon fa-power-off fa-fw" aria-hidden="true"></i><span>{HEADER[6]}</span></a></li>
<li class="rightside" data-skip-responsive="true"><a href="{c.u("ucp.php?mode=register")}" role="menuitem"><i class="icon fa-pencil-square-o fa-fw" aria-hidden="true"></i><span>{HEADER[7]}</span></a></li>
</ul>
{crumbs(c, forum)}
</div></div>
</div>
<a id="start_here" class="anchor"></a>
<div id="page-body" class="page-body" role="main">
{body}
</div>
<div id="page-footer" class="page-footer" role="contentinfo">
<div class="navbar" role="navigation"><div class="inner">
<ul id="nav-footer" class="nav-footer linklist" role="menubar">
<li class="breadcrumbs"><span class="crumb"><a href="{c.u("index.php")}" data-navbar-reference="index"><i class="icon fa-home fa-fw" aria-hidden="true"></i><span>{HEADER[8]}</span></a></span></li>
<li class="rightside">{FOOTER[1]} <span title="Châu Á/Hồ Chí Minh">{FOOTER[2]}</span></li>
<li class="rightside"><a href="{c.u("ucp.php?mode=delete_cookies")}" data-ajax="true" data-refresh="true" role="menuitem"><i class="icon fa-trash fa-fw" aria-hidden="true"></i><span>{FOOTER[0]}</span></a></li>
<li class="rightside" data-last-responsive="true"><a href="{c.u("memberlist.php?mode=team")}" role="menuitem"><i class="icon fa-shield fa-fw" aria-hidden="true"></i><span>{FOOTER[3]}</span></a></li>
<li class="rightside" data-last-responsive="true"><a href="{c.u("memberlist.php?mode=contactadmin")}" role="menuitem"><i class="icon fa-envelope fa-fw" aria-hidden="true"></i><span>{FOOTER[4]}</span></a></li>
</ul></div></div>
<div class="copyright">
<p class="footer-row"><span class="footer-copyright">{FOOTER[5]}</span></p>
<p class="footer-row"><span class="footer-copyright">{FOOTER[6]}</span></p>
<p class="footer-row">{esc(FOOTER[7])}<br>{esc(FOOTER[8])}</p>
<p class="footer-row" role="menu"><a class="footer-link" href="{c.u("ucp.php?mode=privacy")}" title="{FOOTER[9]}" role="menuitem"><span class="footer-link-text">{FOOTER[9]}</span></a> | <a class="footer-link" href="{c.u("ucp.php?mode=terms")}" title="{FOOTER[10]}" role="menuitem"><span class="footer-link-text">{FOOTER[10]}</span></a></p>
</div>
</div>
</div>
<script src="{c.root}assets/javascript/jquery-3.6.0.min.js"></script>
<script src="{c.root}styles/prosilver/template/forum_fn.js"></script>
</body>
</html>
"""


def online_block(forum_view: bool) -> str:
    if forum_view:
        return f'<div class="stat-block online-list"><h3>{LABELS[13]}</h3><p>{LABELS[14]}</p></div>'
    return ""


# -- build -------------------------------------------------------------------------------------------------------------

def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-ninh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    first_page_replies = [r[3] for a in arts for r in a.opts["replies"][:PER_TOPIC - 1]]
    site.extra_boilerplate += [*(x for x in LABELS if x not in ATTR_ONLY), *HEADER[:-1], *FOOTER, SIGNATURE, *first_page_replies, "Sửa lần cuối bởi",
                               "Trang 1 trên 2"]

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def last_post(a: RichArticle) -> tuple[int, int, datetime]:
        rs = a.opts["replies"]
        return (rs[-1][0], rs[-1][1], rs[-1][2]) if rs else (a.opts["p"], a.opts["uid"], a.date)

    # -- topics
    def topic(a: RichArticle | None, t: int, forum: int, title: str, posts: list[tuple], *, views: int,
              attach_for: int | None = None, edited: tuple | None = None) -> list[str]:
        """Register every page of a topic; return the URLs that show its first page's content or later pages."""
        c = Ctx(False)
        pages = [posts[i:i + PER_TOPIC] for i in range(0, len(posts), PER_TOPIC)]
        aliases: list[str] = []
        for n, chunk in enumerate(pages):
            start = n * PER_TOPIC
            url = f"/viewtopic.php?t={t}" + (f"&start={start}" if start else "")
            msgs = []
            for k, (pid, uid, d, content) in enumerate(chunk):
                is_first = n == 0 and k == 0
                attach = ""
                if is_first and attach_for:
                    attach = (f'<dl class="attachbox"><dt>{LABELS[11]}</dt><dd><dl class="file"><dt><i class="icon fa-paperclip '
                              f'fa-fw" aria-hidden="true"></i> <a class="postlink" href="./download/file.php?id={attach_for}">'
                              f'{PDF_NAME}</a></dt><dd>(215.4 KiB) Đã tải về 87 lần</dd></dl></dd></dl>')
                msgs.append(post_html(c, title, pid, uid, d, content, first=is_first, attach=attach,
                                      edited=edited if is_first else None))
            nav = ""
            if len(pages) > 1:
                links = "".join(f'<li{ACTIVE if m == n else ""}>' + (
                    f"<span>{m + 1}</span>" if m == n else
                    f'<a class="button" href="{c.u(f"viewtopic.php?t={t}" + (f"&start={m * PER_TOPIC}" if m else ""))}" '
                    f'role="button">{m + 1}</a>') + "</li>" for m in range(len(pages)))
                nav = (f'<div class="pagination">{len(posts)} bài viết &bull; <a class="button button-secondary" '
                       f'href="#" role="button">Trang <strong>{n + 1}</strong> trên <strong>{len(pages)}</strong></a>'
                       f'<ul>{links}</ul></div>')
            else:
                nav = f'<div class="pagination">{len(posts)} bài viết &bull; Trang <strong>1</strong> trên <strong>1</strong></div>'
            bar = (f'<div class="action-bar bar-top"><a href="{c.u(f"posting.php?mode=reply&t={t}")}" class="button" '
                   f'title="{LABELS[8]}"><span>Trả lời</span> <i class="icon fa-reply fa-fw" aria-hidden="true"></i></a>'
                   f'<div class="dropdown-container dropdown-button-control topic-tools"><span title="{LABELS[5]}" '
                   f'class="button button-secondary dropdown-trigger dropdown-select"><i class="icon fa-wrench fa-fw" '
                   f'aria-hidden="true"></i></span><div class="dropdown"><ul class="dropdown-contents"><li><a href="'
                   f'{c.u(f"viewtopic.php?t={t}&view=print")}" title="{LABELS[6]}" accesskey="p"><i class="icon fa-print '
                   f'fa-fw" aria-hidden="true"></i><span>{LABELS[6]}</span></a></li></ul></div></div>'
                   f'<div class="search-box" role="search"><form method="get" id="topic-search" action="{c.u("search.php")}">'
                   f'<fieldset><input class="inputbox search tiny" type="search" name="keywords" id="search_keywords" '
                   f'size="20" placeholder="{LABELS[7]}" /><input type="hidden" name="t" value="{t}" /></fieldset></form>'
                   f'</div>{nav}</div>')
            body = (f'<h2 class="topic-title"><a href="{c.u(f"viewtopic.php?t={t}")}">{esc(title)}</a></h2>{bar}'
                    f'{"".join(msgs)}<div class="action-bar bar-bottom">{nav}</div>{jumpbox(c, forum)}'
                    f'{online_block(True)}')
            head = f'\n<link rel="canonical" href="{{{{base}}}}{url}">'
            page(url, layout(c, f"{title}{'' if n == 0 else f' - Trang {n + 1}'} - {NAME}", "viewtopic", body, forum=forum,
                             head=head, here=url.lstrip("/")))
            if n:
                aliases.append(url)
                site.same_page(f"/viewtopic.php?f={forum}&t={t}&start={start}", url)
                aliases.append(f"/viewtopic.php?f={forum}&t={t}&start={start}")
            for pid, *_ in chunk:
                site.same_page(f"/viewtopic.php?p={pid}", url)
                aliases.append(f"/viewtopic.php?p={pid}")
        site.same_page(f"/viewtopic.php?f={forum}&t={t}", f"/viewtopic.php?t={t}")
        aliases.insert(0, f"/viewtopic.php?f={forum}&t={t}")
        # the print view: every post, one after the other, noindex
        pr = "".join(f'<div class="post"><h3>{"" if k == 0 else "Re: "}{esc(title)}</h3><div class="date">Gửi bởi <strong>'
                     f'{esc(USERS[uid][0])}</strong> &raquo; {pdate(d)}</div><div class="content">{content}</div></div><hr />'
                     for k, (pid, uid, d, content) in enumerate(posts))
        page(f"/viewtopic.php?t={t}&view=print",
             f'<!DOCTYPE html>\n<html dir="ltr" lang="vi">\n<head>\n<meta charset="utf-8" />\n<meta name="robots" '
             f'content="noindex" />\n<title>{esc(NAME)} &bull; {esc(title)}</title>\n<link href="./styles/prosilver/theme/'
             f'print.css" rel="stylesheet">\n</head>\n<body id="phpbb">\n<div id="wrap" class="wrap"><div id="page-header">'
             f'<h1>{esc(NAME)}</h1><p>{esc(HEADER[0])}</p></div><div id="page-body" class="page-body"><div class="page-number">'
             f'Trang <strong>1</strong> trên <strong>1</strong></div><h2>{esc(title)}</h2>{pr}</div></div>\n</body>\n</html>\n')
        aliases.insert(1, f"/viewtopic.php?t={t}&view=print")
        return aliases

    topic_rows: dict[int, list] = {2: [], 4: []}
    for a in arts:
        o = a.opts
        posts = [(o["p"], o["uid"], a.date, content_html(a))]
        for pid, uid, d, text, q in o["replies"]:
            cite = ""
            if q:
                cite = (f'<blockquote><div><cite><a href="./{profile_url(o["uid"]).replace("&", "&amp;")}">'
                        f'{esc(USERS[o["uid"]][0])}</a> đã viết: <a href="./viewtopic.php?p={o["p"]}#p{o["p"]}" '
                        f'data-post-id="{o["p"]}" onclick="if(document.getElementById(hash.substr(1)))href=hash">↑</a>'
                        f'<span class="responsive-hide">{pdate(a.date)}</span></cite>{esc(q)}</div></blockquote>')
            posts.append((pid, uid, d, cite + esc(text)))
        a.aliases = topic(a, o["t"], 2, a.title, posts, views=o["views"],
                          attach_for=PDF_ID if a.attachments else None, edited=o.get("edited"))
        topic_rows[2].append((a.opts["t"], a.title, o["uid"], a.date, len(o["replies"]), o["views"], last_post(a),
                              bool(a.attachments), False))
        site.add_article(a)

    # a sticky rules topic in the news forum, a members' question in the Q&A forum
    rules = ("Nội quy đăng bài trong chuyên mục Tin tức – Thông báo", datetime(2020, 4, 20, 10, 0))
    topic(None, 12, 2, rules[0], [(45, 2, rules[1], "Chuyên mục chỉ đăng tin hoạt động, thông báo, văn bản của Liên minh "
                                  "HTX và các HTX.<br>\n<br>Thành viên không đăng quảng cáo, không đăng lại bài đã có.<br>\n<br>"
                                  "<ul><li>Tiêu đề viết có dấu, rõ nội dung</li><li>Ghi nguồn khi đăng lại tin của báo</li></ul>")],
          views=5120)
    topic_rows[2].append((12, rules[0], 2, rules[1], 0, 5120, (45, 2, rules[1]), False, True))
    site.non_articles.append("/viewtopic.php?t=12")
    site.trap("sticky topic 'Nội quy đăng bài…' on top of the news forum (the first post of a topic, dated 2020, with a "
              "list): no news, no article", "/viewtopic.php?t=12")
    qd = datetime(2026, 3, 10, 21, 5)
    qa_posts = [(1890, 80, qd, "Tổ hợp tác của chúng tôi có 8 thành viên, muốn chuyển thành HTX cần những giấy tờ gì ạ?"),
                (1891, 61, datetime(2026, 3, 11, 8, 15), '<blockquote><div><cite><a href="./memberlist.php?mode=viewprofile'
                 '&amp;u=80">Lục Văn Quang</a> đã viết:</cite>cần những giấy tờ gì ạ?</div></blockquote>Bạn xem mẫu hồ sơ '
                 'dưới đây:<div class="codebox"><p>Mã: <a href="#">Chọn tất cả</a></p><pre><code>1. Giấy đề nghị đăng ký HTX'
                 '\n2. Điều lệ\n3. Phương án sản xuất, kinh doanh\n4. Danh sách thành viên</code></pre></div>')]
    topic(None, 420, 4, "Hỏi thủ tục chuyển tổ hợp tác thành HTX", qa_posts, views=143)
    topic_rows[4].append((420, "Hỏi thủ tục chuyển tổ hợp tác thành HTX", 80, qd, 1, 143, (1891, 61, qa_posts[1][2]),
                          False, False))
    site.non_articles.append("/viewtopic.php?t=420")
    site.trap("a member's question in 'Hỏi đáp – Trao đổi kinh nghiệm' (a topic like the news, an answer with a quote and "
              "a code box): no article", "/viewtopic.php?t=420")

    # attachments, avatars, ranks
    site.files["_files/kh-21.pdf"] = pdf("Kế hoạch số 21/KH-LMHTX", ["KE HOACH HO TRO HTX CHUYEN DOI SO NAM 2026",
                                                                      "So: 21/KH-LMHTX"])
    site.routes.append({"path": f"/download/file.php?id={PDF_ID}", "file": "_files/kh-21.pdf", "content_type": "application/pdf"})
    for k in range(3):
        site.files[f"_files/att-{146 + k}.png"] = png(8, 6, (40 + k * 60, 120, 80))
        for q in ("&mode=view", "&t=1"):
            site.routes.append({"path": f"/download/file.php?id={146 + k}{q}", "file": f"_files/att-{146 + k}.png",
                                "content_type": "image/png"})
    for uid in USERS:
        site.files[f"_files/avatar-{uid}.png"] = png(6, 6, (uid * 2, 90, 160))
        site.routes.append({"path": f"/download/file.php?avatar={uid}_1583.png", "file": f"_files/avatar-{uid}.png",
                            "content_type": "image/png"})
    for css in ("/styles/prosilver/theme/stylesheet.css", "/styles/prosilver/theme/vi/stylesheet.css",
                "/styles/prosilver/theme/print.css"):
        site.static(css, "body{font-family:Verdana,Helvetica,Arial,sans-serif;font-size:10px}\n")
    for js in ("/assets/javascript/jquery-3.6.0.min.js", "/styles/prosilver/template/forum_fn.js"):
        site.static(js, "/* phpBB */\n")
    site.binary("/images/ranks/mod.png", png(16, 4, (0, 170, 0)))
    site.binary("/styles/prosilver/theme/images/site_logo.png", png(12, 6, (16, 82, 137)))

    # -- forum views (sorted by the last post), with sid links
    def row(c: Ctx, r: tuple) -> str:
        t, title, uid, d, nrep, views, (lp, luid, ld), clip, sticky = r
        pag = (f'<div class="pagination"><span><i class="icon fa-clone fa-fw" aria-hidden="true"></i></span><ul><li><a '
               f'class="button" href="{c.u(f"viewtopic.php?f=2&t={t}&start=10")}">2</a>'
               f'</li></ul></div>' if nrep + 1 > PER_TOPIC else "")
        fid = 2 if t != 420 else 4
        return (f'<li class="row bg{1 + t % 2}{" sticky" if sticky else ""}"><dl class="row-item '
                f'{"sticky_read" if sticky else "topic_read"}"><dt title="Không có bài viết chưa đọc"><div class="list-inner">'
                f'<a href="{c.u(f"viewtopic.php?f={fid}&t={t}")}" class="topictitle">{esc(title)}</a><br><div '
                f'class="topic-poster responsive-hide left-box">{CLIP if clip else ""}'
                f'bởi {uname(c, uid)} &raquo; {pdate(d)}</div>{pag}</div></dt><dd class="posts">{nrep} <dfn>Trả lời</dfn>'
                f'</dd><dd class="views">{views} <dfn>Lượt xem</dfn></dd><dd class="lastpost"><span><dfn>Bài viết mới nhất '
                f'</dfn>bởi {uname(c, luid)} <a href="{c.u(f"viewtopic.php?p={lp}", f"p{lp}")}" title="Đi đến bài viết mới '
                f'nhất"><i class="icon fa-external-link-square fa-fw icon-lightgray icon-md" aria-hidden="true"></i></a><br>'
                f'{pdate(ld)}</span></dd></dl></li>')

    def topic_list(c: Ctx, rows: list) -> str:
        return (f'<div class="forumbg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item">'
                f'<dt><div class="list-inner">Chủ đề</div></dt><dd class="posts">Trả lời</dd><dd class="views">Lượt xem</dd>'
                f'<dd class="lastpost"><span>Bài viết mới nhất</span></dd></dl></li></ul><ul class="topiclist topics">'
                f'{"".join(row(c, r) for r in rows)}</ul></div></div>')

    for f in (2, 4):
        rows = topic_rows[f]
        stickies = [r for r in rows if r[8]]
        normal = sorted([r for r in rows if not r[8]], key=lambda r: r[6][2], reverse=True)
        ordered = stickies + normal
        chunks = [ordered[i:i + PER_FORUM] for i in range(0, len(ordered), PER_FORUM)]
        for n, chunk in enumerate(chunks):
            c = Ctx(True)
            url = f"/viewforum.php?f={f}" + (f"&start={n * PER_FORUM}" if n else "")
            pag = ""
            if len(chunks) > 1:
                pag = ('<div class="pagination">' + f"{len(ordered)} chủ đề &bull; Trang <strong>{n + 1}</strong> trên "
                       f"<strong>{len(chunks)}</strong><ul>" + "".join(
                           f'<li{ACTIVE if m == n else ""}>' + (f"<span>{m + 1}</span>" if m == n else
                           f'<a class="button" href="{c.u(f"viewforum.php?f={f}" + (f"&start={m * PER_FORUM}" if m else ""))}"'
                           f' role="button">{m + 1}</a>') + "</li>" for m in range(len(chunks)))
                       + (f'<li class="arrow next"><a class="button button-icon-only" href="'
                          f'{c.u(f"viewforum.php?f={f}&start={(n + 1) * PER_FORUM}")}" rel="next" role="button">Trang kế tiếp'
                          f'</a></li>' if n + 1 < len(chunks) else "") + "</ul></div>")
            body = (f'<h2 class="forum-title"><a href="{c.u(f"viewforum.php?f={f}")}">{esc(FORUMS[f][0])}</a></h2>'
                    f'<div><div style="display: none !important;">{esc(FORUMS[f][1])}<br></div></div>'
                    f'<div class="action-bar bar-top"><a href="{c.u(f"posting.php?mode=post&f={f}")}" class="button" '
                    f'title="Gửi chủ đề mới"><span>Chủ đề mới</span></a>{pag}</div>{topic_list(c, chunk)}'
                    f'<div class="action-bar bar-bottom">{pag}</div>{jumpbox(c, f)}{online_block(True)}')
            page(url, layout(c, f"{FORUMS[f][0]}{'' if n == 0 else f' - Trang {n + 1}'} - {NAME}", "viewforum", body,
                             forum=f, here=url.lstrip("/")))
            site.non_articles.append(url)
    site.trap("forum view viewforum.php?f=2 (&start=5) sorted by the last post: a sticky rules topic first, then the "
              "rows 'bởi X » T.Năm 12 Th3, 2026 9:15 am' with replies, views and the last post's date; every link "
              "carries sid=<32 hex>", "/viewforum.php?f=2&start=5")
    site.non_articles.append("/viewforum.php?f=1")

    # board index (/ and index.php), category view f=1
    def index_body(c: Ctx) -> str:
        fr = []
        for f in (2, 4):
            rows = [r for r in topic_rows[f]]
            lp = max(rows, key=lambda r: r[6][2])
            nposts = sum(r[4] + 1 for r in rows)
            fr.append(f'<li class="row"><dl class="row-item forum_read"><dt title="Không có bài viết chưa đọc"><div class='
                      f'"list-inner"><a href="{c.u(f"viewforum.php?f={f}")}" class="forumtitle">{esc(FORUMS[f][0])}</a><br>'
                      f'{esc(FORUMS[f][1])}</div></dt><dd class="topics">{len(rows)} <dfn>Chủ đề</dfn></dd><dd class="posts">'
                      f'{nposts} <dfn>Bài viết</dfn></dd><dd class="lastpost"><span><dfn>Bài viết mới nhất</dfn> <a href="'
                      f'{c.u(f"viewtopic.php?p={lp[6][0]}", f"p{lp[6][0]}")}" title="{attr(lp[1])}" class="lastsubject">'
                      f'{esc(lp[1][:40])}…</a><br>bởi {uname(c, lp[6][1])} <br>{pdate(lp[6][2])}</span></dd></dl></li>')
        return (f'<p class="right responsive-center time">Bây giờ là T.Sáu 13 Th3, 2026 10:02 am</p>'
                f'<div class="forabg"><div class="inner"><ul class="topiclist"><li class="header"><dl class="row-item"><dt>'
                f'<div class="list-inner"><a href="{c.u("viewforum.php?f=1")}">{esc(FORUMS[1][0])}</a></div></dt>'
                f'<dd class="topics">Chủ đề</dd><dd class="posts">Bài viết</dd><dd class="lastpost"><span>Bài viết mới nhất'
                f'</span></dd></dl></li></ul><ul class="topiclist forums">{"".join(fr)}</ul></div></div>'
                f'<form method="post" action="{c.u("ucp.php?mode=login")}" class="headerspace"><h3><a href="'
                f'{c.u("ucp.php?mode=login")}">Đăng nhập</a>&nbsp; &bull; &nbsp;<a href="{c.u("ucp.php?mode=register")}">'
                f'Đăng ký</a></h3><fieldset class="quick-login"><label for="username"><span>Tên đăng nhập:</span> <input '
                f'type="text" tabindex="1" name="username" id="username" size="10" class="inputbox" /></label></fieldset>'
                f'</form><div class="stat-block online-list"><h3><a href="{c.u("viewonline.php")}" accesskey="o">{LABELS[13]}'
                f'</a></h3><p>Có tổng cộng <strong>23</strong> người dùng trực tuyến :: 2 đã đăng ký, 0 ẩn và 21 khách (dựa '
                f'trên số người dùng trực tuyến trong 5 phút qua)<br>Số người dùng trực tuyến nhiều nhất là <strong>312'
                f'</strong> vào ngày T.Bảy 18 Th1, 2025 8:40 pm<br><br>Thành viên đang trực tuyến: {uname(c, 53)}, '
                f'{uname(c, 75)}</p></div><div class="stat-block statistics"><h3>Thống kê</h3><p>Tổng số bài viết '
                f'<strong>1864</strong> &bull; Tổng số chủ đề <strong>412</strong> &bull; Tổng số thành viên <strong>1203'
                f'</strong> &bull; Thành viên mới nhất <strong>{uname(c, 92)}</strong></p></div>'
                f'<p><a href="./feed.php">Kênh tin (Atom)</a></p>')

    c = Ctx(True)
    home = layout(c, f"{NAME} - Trang chủ diễn đàn", "index", index_body(c))
    page("/", home)
    page("/index.php", home)
    site.non_articles += ["/", "/index.php"]
    cat = layout(c, f"{FORUMS[1][0]} - {NAME}", "viewforum", index_body(c), forum=None)
    page("/viewforum.php?f=1", cat)

    # search results, member pages, team, contact, FAQ
    active = sorted([r for f in (2, 4) for r in topic_rows[f] if not r[8]], key=lambda r: r[6][2], reverse=True)
    for sid_name, title, rows in [("active_topics", "Chủ đề đang hoạt động", active[:6]),
                                  ("unanswered", "Chủ đề chưa có trả lời", [r for r in active if r[4] == 0])]:
        c = Ctx(True)
        body = (f'<h2 class="searchresults-title">{title}</h2><div class="action-bar bar-top"><div class="search-stats">'
                f'Tìm thấy {len(rows)} kết quả</div></div>{topic_list(c, rows)}')
        page(f"/search.php?search_id={sid_name}", layout(c, f"{title} - {NAME}", "search", body))
        site.non_articles.append(f"/search.php?search_id={sid_name}")
    c = Ctx(True)
    page("/search.php", layout(c, f"Tìm kiếm - {NAME}", "search", '<h2 class="solo">Tìm kiếm</h2><form method="get" '
                                                                   'action="./search.php"><fieldset><input type="search" '
                                                                   'name="keywords" /></fieldset></form>'))
    site.non_articles.append("/search.php")
    site.trap("search.php?search_id=active_topics / unanswered: topic lists with the posters' dates and sid links: no "
              "articles", "/search.php?search_id=active_topics")
    for uid, (name, rank, nposts, joined, loc, _) in USERS.items():
        c = Ctx(True)
        body = (f'<h2 class="memberlist-title">Xem thông tin cá nhân - {esc(name)}</h2><div class="panel bg1"><div class='
                f'"inner"><dl class="left-box details profile-details"><dt>Tên thành viên:</dt><dd><span>{esc(name)}</span>'
                f'</dd><dt>Cấp bậc:</dt><dd>{esc(rank)}</dd><dt>{LABELS[2]}</dt><dd>{esc(loc)}</dd></dl></div></div><div '
                f'class="panel bg2"><div class="inner"><h3>Thống kê thành viên</h3><dl class="details"><dt>Ngày tham gia:'
                f'</dt><dd>{pdate(joined)}</dd><dt>Lần truy cập cuối:</dt><dd>T.Năm 12 Th3, 2026 9:40 pm</dd><dt>Tổng số '
                f'bài viết:</dt><dd>{nposts} | <a href="{c.u(f"search.php?author_id={uid}&sr=posts")}">Tìm tất cả bài viết'
                f'</a></dd></dl></div></div>')
        page("/" + profile_url(uid), layout(c, f"Xem thông tin cá nhân - {name} - {NAME}", "memberlist", body))
        site.non_articles.append("/" + profile_url(uid))
    site.trap("member profiles memberlist.php?mode=viewprofile&u=<n> ('Ngày tham gia', 'Lần truy cập cuối' dates): no "
              "articles", "/" + profile_url(53))
    c = Ctx(True)
    team = "".join(f"<li>{uname(c, u)} – {esc(USERS[u][1])}</li>" for u in (2, 53, 61))
    page("/memberlist.php?mode=team", layout(c, f"Nhóm quản trị - {NAME}", "memberlist",
                                             f'<h2>Nhóm quản trị</h2><ul class="topiclist">{team}</ul>'))
    page("/memberlist.php?mode=contactadmin", layout(c, f"Liên hệ chúng tôi - {NAME}", "memberlist",
                                                     '<h2>Liên hệ chúng tôi</h2><form method="post" action="./memberlist.php'
                                                     '?mode=contactadmin"><textarea name="message"></textarea></form>'))
    page("/app.php/help/faq", layout(Ctx(True, "./../../"), f"Câu hỏi thường gặp - {NAME}", "faq", '<h2 class="faq-title">Câu hỏi thường gặp'
                                     '</h2><div class="panel"><dl class="faq"><dt><strong>Tại sao tôi không thể đăng nhập?'
                                     '</strong></dt><dd>Hãy kiểm tra tên đăng nhập và mật khẩu.</dd></dl></div>'))
    site.non_articles += ["/memberlist.php?mode=team", "/memberlist.php?mode=contactadmin", "/app.php/help/faq"]

    # feed (Atom at app.php/feed; the old feed.php answers 301)
    entries = "".join(f'<entry><author><name><![CDATA[{USERS[a.opts["uid"]][0]}]]></name></author><updated>{rfc(a.date)}'
                      f'</updated><published>{rfc(a.date)}</published><id>{{{{base}}}}/viewtopic.php?t={a.opts["t"]}&amp;p='
                      f'{a.opts["p"]}#p{a.opts["p"]}</id><link href="{{{{base}}}}/viewtopic.php?t={a.opts["t"]}&amp;p='
                      f'{a.opts["p"]}#p{a.opts["p"]}"/><title type="html"><![CDATA[Tin tức – Thông báo • {a.title}]]></title>'
                      f'<category term="Tin tức – Thông báo" label="Tin tức – Thông báo"/></entry>' for a in arts[:5])
    site.page("/app.php/feed", f'<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
              f'xml:lang="vi"><link rel="self" type="application/atom+xml" href="{{{{base}}}}/app.php/feed" /><title>{NAME}'
              f'</title><updated>{rfc(arts[0].date)}</updated><id>{{{{base}}}}/</id>{entries}</feed>\n',
              content_type="application/atom+xml")
    site.redirect("/feed.php", "/app.php/feed")
    for a in arts[:5]:
        site.same_page(f"/viewtopic.php?t={a.opts['t']}&p={a.opts['p']}", a.path)
        a.aliases.append(f"/viewtopic.php?t={a.opts['t']}&p={a.opts['p']}")
    site.trap("Atom feed app.php/feed (feed.php answers 301 to it): entries link viewtopic.php?t=<id>&p=<n>#p<n> (an "
              "alias), dates in UTC", "/app.php/feed")

    # robots-disallowed: ucp.php, posting.php, viewonline.php (catch-all pages)
    login = '<h2 class="login-title">Đăng nhập</h2><form method="post" action="./ucp.php?mode=login"><input name="username"></form>'
    for p, t in (("/ucp.php", "Bảng điều khiển"), ("/posting.php", "Gửi bài viết"), ("/viewonline.php", "Ai đang trực tuyến")):
        page(p, layout(Ctx(False), f"{t} - {NAME}", "ucp", login))

    # the sid variants of every link, and what they stand for
    def find_route(target: str) -> dict | None:
        key = _route_key(target)
        return next((r for r in site.routes if "file" in r and _route_key(r["path"]) == key), None)

    by_path = {a.path: a for a in arts}
    alias_of = {x: a for a in arts for x in [a.path, *a.aliases]}
    never: set[str] = set()
    sid_re = re.compile(r"[?&]sid=[0-9a-f]{32}")
    for path, html in list(site.html_pages.items()):
        for link in page_links(html, path):
            base = sid_re.sub("", link)
            if "sid=" in link and "?" not in base and "&" in base:
                base = base.replace("&", "?", 1)
            if base.startswith(("/ucp.php", "/posting.php", "/viewonline.php")):
                never.add(link)
                continue
            if link == base or not urlsplit(link).query:
                continue
            if find_route(link) is None and find_route(base) is not None and base in site.html_pages:
                site.same_page(link, find_route(base)["path"])
            art = alias_of.get(base) or alias_of.get(_norm(base, alias_of))
            if art is not None and link not in art.aliases:
                art.aliases.append(link)
    del by_path
    for a in arts:
        a.aliases = [x for x in dict.fromkeys(a.aliases) if x != a.path]
    site.never_fetched += sorted(never)
    site.trap("robots.txt disallows ucp.php (login with &redirect=, register, delete_cookies, privacy, terms), "
              "posting.php (reply, quote) and viewonline.php: never fetched", "/ucp.php?mode=register")
    site.static("/robots.txt", "User-agent: *\nDisallow: /ucp.php\nDisallow: /posting.php\nDisallow: /viewonline.php\n"
                "Disallow: /mcp.php\nDisallow: /report.php\n")
    return site


def _norm(link: str, table: dict) -> str:
    """The registered spelling of a query URL (the same parameters in another order)."""
    key = (urlsplit(link).path, tuple(sorted(parse_qsl(urlsplit(link).query))))
    for other in table:
        if (urlsplit(other).path, tuple(sorted(parse_qsl(urlsplit(other).query)))) == key:
            return other
    return link
