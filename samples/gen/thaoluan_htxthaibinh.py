"""Site `thaoluan-htxthaibinh` (registry family `generic`): "Diễn đàn HTX Thái Bình", the forum of the Thái Bình
cooperative alliance (the province joined Hưng Yên on 1 July 2025; the copy is of 20 March 2025) on **Vanilla Forums
2.5** (Vanilla OSS, the stock `default` theme and `default.master.tpl`, a Vietnamese locale pack, the Advanced Editor
in WYSIWYG mode, the Sitemaps and "In This Discussion" plugins, a Pockets footer, pretty URLs with rewrite). The
alliance posts its announcements and news as discussions of the category "Thông báo"; members ask and trade in the
other categories. Written as a held-out test: no family module, no selectors.

URL shapes: a discussion `/discussion/<id>/<slug>` (rel=canonical), its second page of comments `/<...>/p2` (comments
only, canonical to itself), page 1 again at `/<...>/` (the pager's link back), a comment permalink
`/discussion/comment/<cid>/#Comment_<cid>` (renders the page holding that comment), and the pre-rewrite address
`/index.php?p=/discussion/<id>/<slug>` (pasted by staff in a comment); lists `/` = `/discussions` (recent, `/p2`),
`/categories`, `/categories/<code>` (`/p2`), the Sitemaps plugin's month archives `/categories/archives/<code>/<Y-m>`
(linked only from `/sitemap-category-<code>.xml` under `/sitemapindex.xml`), feeds `/discussions/feed.rss` and
`/categories/<code>/feed.rss`, profiles `/profile/<name>`, `/activity`.

Why it is hard: the slug is Vanilla's `Gdn_Format::url()`: its transliteration table knows à á â ã ă đ è é ê ì í ò ó
ô õ ù ú ý but not ạ ả ấ ầ ệ ộ ơ ư ... (Latin Extended Additional), which stay and are percent-encoded
(`/discussion/53/ra-m%E1%BA%AFt-htx-...`). The date is `Gdn_Format::date()`: "March 12" for this year (no year at all),
"December 2024" for older posts (no day), "8:40AM" for today, in English month names (strftime in the C locale) and
in the guest time zone (Garden.GuestTimeZone = Asia/Ho_Chi_Minh); the `<time>` around it carries the C-locale `%c`
title ("Mon Mar 10 08:15:00 2025") and `datetime` in UTC (gmdate('c'): a post of 06:20 on 4 March is
"2025-03-03T23:20:00+00:00", and so is its RSS pubDate). The lists sort by the last comment and show "Bình luận mới
nhất bởi X" with the LAST COMMENT's date, not the post's. The first post is the article (`div.Message.userContent`
of `div.ItemDiscussion`: WYSIWYG output, paragraphs split by `<br><br>`, bold headings, a pasted Excel table,
`<img>` + `<br><i>` captions); the `ul.Comments` under it are comments; the Advanced Editor's upload block after the
message holds a PDF ("TB-07-LMHTX-hoi-cho-OCOP-2025.pdf", with its size). The poster (`a.Username`, with the
profile's title "Văn phòng LMHTX tỉnh Thái Bình" beside it) is the author when a person; the office account "LMHTX
Thái Bình" and "admin" are not; a closing byline names the writer instead; "Theo Báo Thái Bình" is no author.
robots.txt (the Sitemaps plugin's) disallows /entry/ (sign in, register), /profile/discussions/,
/profile/comments/, /messages/ and /search/.
"""

from __future__ import annotations

import hashlib
import json
import re
from datetime import UTC as GMT
from datetime import datetime, timedelta
from email.utils import format_datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, page_links, pdf
from .richbody import RichArticle

SITE = "thaoluan-htxthaibinh"
NAME = "Diễn đàn HTX Thái Bình"
VER = "2.5.1"
NOW = datetime(2025, 3, 20, 10, 30)  # the copy's "now", Vietnam time
UTC = timedelta(hours=7)
PER = 10  # Vanilla.Discussions.PerPage and Vanilla.Comments.PerPage, set in the dashboard
HTML = "text/html; charset=utf-8"
USERS = {  # key: (name, profile title, role, joined)
    "lmhtx": ("LMHTX Thái Bình", "Văn phòng LMHTX tỉnh Thái Bình", "Quản trị viên", datetime(2023, 9, 4, 9, 0)),
    "admin": ("admin", "", "Quản trị viên", datetime(2023, 9, 1, 8, 0)),
    "hang": ("Phạm Thu Hằng", "Ban Tuyên truyền - Liên minh HTX tỉnh", "Điều hành viên", datetime(2023, 9, 12, 14, 0)),
    "tam": ("Nguyễn Văn Tám", "HTX DVNN Vũ Thắng", "Thành viên", datetime(2024, 2, 3, 20, 15)),
    "lua": ("Trần Thị Lụa", "", "Thành viên", datetime(2024, 5, 19, 7, 40)),
    "manh": ("Bùi Đức Mạnh", "HTX Thủy sản Đông Long", "Thành viên", datetime(2024, 8, 22, 21, 5)),
    "hongphong": ("HTX Nông nghiệp Hồng Phong", "", "Thành viên", datetime(2024, 3, 11, 10, 30)),
    "hoa": ("Lê Văn Hòa", "", "Thành viên", datetime(2024, 11, 2, 16, 45)),
}
CATS = {"thong-bao": ("Thông báo", "Thông báo, kế hoạch và tin hoạt động của Liên minh HTX tỉnh Thái Bình."),
        "hoi-dap-chinh-sach": ("Hỏi đáp chính sách", "Thành viên hỏi, cán bộ Liên minh trả lời về chính sách hỗ trợ HTX."),
        "ket-noi-tieu-thu": ("Kết nối tiêu thụ", "Rao bán, tìm đầu ra cho sản phẩm của HTX."),
        "gop-y": ("Góp ý - Trao đổi", "Góp ý cho diễn đàn và trao đổi chung.")}
FOOT = "Liên minh Hợp tác xã tỉnh Thái Bình - Số 2 đường Lê Lợi, TP Thái Bình - ĐT: 0227.3831.552"
GUEST_H = "Xin chào bạn!"
GUEST_P = "Có vẻ như bạn mới đến đây. Nếu muốn tham gia, hãy nhấn một trong các nút dưới đây!"
COMMENTS = {  # id: (user, text, time)
    301: ("tam", "HTX Vũ Thắng xin đăng ký 2 gian hàng gạo và rau an toàn ạ.", datetime(2025, 3, 10, 9, 40)),
    302: ("lua", "Cho hỏi HTX ở huyện Tiền Hải có được hỗ trợ chi phí vận chuyển hàng không ạ?", datetime(2025, 3, 12, 15, 5)),
    303: ("hang", "Chào bạn, các HTX ở xã bãi ngang được hỗ trợ 50% chi phí vận chuyển, chi tiết trong tệp đính kèm nhé.",
          datetime(2025, 3, 20, 8, 40)),
    304: ("hoa", "Số liệu rất hữu ích, mong Liên minh cập nhật thêm theo từng huyện.", datetime(2025, 2, 19, 7, 55)),
    305: ("hongphong", "Gian hàng năm nay đẹp hơn hẳn năm ngoái, chúc mừng các HTX!", datetime(2025, 1, 23, 8, 10)),
    306: ("tam", "Gạo nếp cái hoa vàng của HTX Vũ Thắng bán hết ngay ngày thứ hai.", datetime(2025, 1, 23, 19, 30)),
    307: ("manh", "Mô hình liên kết này nên nhân rộng ra các xã khác trong huyện.", datetime(2025, 1, 9, 21, 15)),
    308: ("hoa", "Mong Liên minh tổ chức thêm buổi hướng dẫn dùng phần mềm kế toán cho HTX nhỏ.", datetime(2025, 3, 5, 20, 20)),
    309: ("lua", "Cảm ơn cán bộ Liên minh đã giới thiệu, chúng tôi sẽ liên hệ hợp tác.", datetime(2025, 2, 28, 22, 40)),
}
FURN = [NAME, GUEST_H, GUEST_P, "Forum Software Powered by Vanilla", FOOT, "Đăng nhập hoặc Đăng ký để bình luận.",
        "Tất cả chuyên mục", "Trong thảo luận này", "Văn phòng LMHTX tỉnh Thái Bình", "Ban Tuyên truyền - Liên minh HTX tỉnh",
        "Bình luận", "Trang chủ", "Hoạt động", "trong Thông báo", *[c[1] for c in COMMENTS.values()]]
# a popular discussion: 12 comments, two pages of ten
DONGLONG = [("manh", "HTX Đông Long cảm ơn Liên minh HTX tỉnh đã hỗ trợ thủ tục thành lập."),
            ("tam", "Chúc mừng HTX Đông Long, chúc HTX làm ăn phát đạt!"),
            ("lua", "HTX có nhận thêm thành viên ở xã Đông Minh không ạ?"),
            ("manh", "Có bạn nhé, HTX đang nhận hồ sơ đến hết tháng 3."),
            ("hoa", "Nuôi ngao theo chuỗi thì đầu ra ổn định hơn nhiều."),
            ("hongphong", "Chúc mừng ban quản trị HTX mới."),
            ("tam", "Mong HTX chia sẻ kinh nghiệm làm hồ sơ vay vốn."),
            ("hang", "Bài liên quan về liên kết sản xuất: [[bài viết của Báo Thái Bình|/index.php?p=/discussion/49/%s]]."),
            ("lua", "Đã xem, cảm ơn chị Hằng."),
            ("manh", "HTX sẽ mở lớp tập huấn kỹ thuật nuôi ngao cho thành viên trong tháng 4."),
            ("hoa", "Cho tôi đăng ký một suất tập huấn nhé."),
            ("manh", "Anh Hòa để lại số điện thoại qua tin nhắn, HTX sẽ liên hệ.")]
DONGLONG_AT = [datetime(2025, 2, 5, 16, 30) + timedelta(days=3 * k, hours=k) for k in range(11)] + [datetime(2025, 3, 19, 21, 5)]


def vanilla_slug(title: str) -> str:
    """Gdn_Format::url() of Vanilla 2.5: its translation table, punctuation to hyphens, ASCII lowercase, rawurlencode."""
    table = dict(zip("àáãăâđèéêìíĩòóõôùúũýÀÁÃĂÂĐÈÉÊÌÍĨÒÓÕÔÙÚŨÝ", "aaaaadeeeiiioooouuuyAAAAADEEEIIIOOOOUUUY"))
    table.update({"–": "-", "—": "-"})
    s = "".join(table.get(c, c) for c in title).replace("'", "")
    s = re.sub(r"[^\w]|_", "-", s)
    s = re.sub(r"-+", "-", "".join(c.lower() if c.isascii() else c for c in s)).strip("-")
    return quote(s, safe="-_.~")


def vn_date(d: datetime) -> str:
    """What Gdn_Format::date() prints for a guest in Asia/Ho_Chi_Minh on NOW's day."""
    if d.date() == NOW.date():
        return f"{d.hour % 12 or 12}:{d:%M}{'AM' if d.hour < 12 else 'PM'}"
    if d.year == NOW.year:
        return f"{d:%B} {d.day}"
    return f"{d:%B %Y}"


def vtime(d: datetime) -> str:
    title = f"{d:%a %b} {d.day:>2} {d:%H:%M:%S %Y}"
    return f'<time title="{title}" datetime="{(d - UTC):%Y-%m-%dT%H:%M:%S}+00:00">{vn_date(d)}</time>'


def profile_url(key: str) -> str:
    return "/profile/" + quote(USERS[key][0], safe="")


def userpic(key: str) -> str:
    h = hashlib.md5(key.encode()).hexdigest()
    return f"/uploads/userpics/{int(h[:3], 16) % 900 + 100}/n{h[3:15].upper()}.png"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, listing: bool = False) -> dict:
        ev = ["date-element"] + (["listing"] if listing else [])
        return dict(date=d, published=iso(d), published_source="date-element", evidence=ev)

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Thái Bình năm 2025",
          body="""
LIÊN MINH HTX TỈNH THÁI BÌNH
Số: 07/TB-LMHTX
Thái Bình, ngày 07 tháng 3 năm 2025
THÔNG BÁO
Về việc tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Thái Bình năm 2025
Thực hiện Kế hoạch công tác năm 2025, Liên minh HTX tỉnh tổ chức Hội chợ sản phẩm OCOP và HTX tỉnh Thái Bình năm 2025 với quy mô 150 gian hàng.
- Thời gian: từ ngày 15 đến ngày 19/4/2025.
- Địa điểm: Quảng trường Thái Bình, TP Thái Bình.
- Đối tượng: HTX, liên hiệp HTX, tổ hợp tác có sản phẩm OCOP hoặc sản phẩm chủ lực của địa phương.
- Hạn đăng ký: trước ngày 31/3/2025, qua Văn phòng Liên minh HTX tỉnh hoặc trả lời trong thảo luận này.
Liên minh HTX tỉnh hỗ trợ 100% chi phí thuê gian hàng cho HTX thành lập mới trong năm 2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Thu Hương
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/uploads/editor/7k/q3m8x2v1c0ab.pdf", "text": "TB-07-LMHTX-hoi-cho-OCOP-2025.pdf"}],
          opts={"id": 58, "user": "lmhtx", "cat": "thong-bao", "comments": [301, 302, 303], "views": 412},
          notes=["notice 'Số: 07/TB-LMHTX' dated 07/3 in the text, posted 10/03 08:15 (visible 'March 10': no year; "
                 "<time datetime='2025-03-10T01:15:00+00:00'>); posted by the office account 'LMHTX Thái Bình' "
                 "(no author), the signer is text; the Advanced Editor's upload block after the message (PDF, "
                 "'186.4K'): an attachment, not text; three comments, the last one today ('8:40AM')"],
          **at(datetime(2025, 3, 10, 8, 15))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Thái Bình năm 2024",
          body="""
Năm 2024, kinh tế tập thể tỉnh Thái Bình tiếp tục phát triển; số HTX thành lập mới tăng so với năm trước.
| Chỉ tiêu | Năm 2023 | Năm 2024 |
| Số HTX đang hoạt động | 412 | 437 |
| Số HTX thành lập mới | 21 | 29 |
| Số thành viên HTX | 218.400 | 221.350 |
| Doanh thu bình quân một HTX (triệu đồng) | 3.150 | 3.420 |
| Số HTX có sản phẩm OCOP | 58 | 71 |
Năm 2025, Liên minh HTX tỉnh phấn đấu thành lập mới ít nhất 30 HTX, tập trung ở các xã ven biển.
""", author="Phạm Thu Hằng",
          opts={"id": 55, "user": "hang", "cat": "thong-bao", "comments": [304], "views": 655},
          notes=["a table pasted from Excel into the WYSIWYG editor (header row in <b>): one line per row; posted by "
                 "the staff member 'Phạm Thu Hằng' (a person, no byline in the text): she is the author"],
          **at(datetime(2025, 2, 18, 14, 30))),
        A(path="", title="Ảnh: Gian hàng của các HTX tại Hội chợ Xuân Ất Tỵ 2025",
          body="""
Hội chợ Xuân Ất Tỵ 2025 diễn ra từ ngày 17 đến 21/1 tại Quảng trường Thái Bình với 46 gian hàng của các HTX.
[img a3f1c9e0b2d4.png] Gian hàng gạo nếp cái hoa vàng của HTX DVNN Vũ Thắng
[img b7e2d4f6a8c0.png] Bánh cáy làng Nguyễn được nhiều khách mua làm quà Tết
[img c5a9e1b3d7f2.png] Lãnh đạo Liên minh HTX tỉnh thăm gian hàng thủy sản của HTX Đông Long
Tổng doanh thu của các gian hàng HTX trong 5 ngày hội chợ đạt hơn 1,2 tỷ đồng.
""", byline="Bài và ảnh: Nguyễn Văn Toàn", author="Nguyễn Văn Toàn",
          opts={"id": 52, "user": "lmhtx", "cat": "thong-bao", "comments": [305, 306], "views": 803},
          notes=["photo story: editor images, each followed by <br><i>caption</i> (one line each); posted by the office "
                 "account, 'Bài và ảnh: Nguyễn Văn Toàn' closes it -> author"],
          **at(datetime(2025, 1, 22, 16, 40))),
        A(path="", title="Liên minh HTX tỉnh mở lớp tập huấn kế toán cho HTX nông nghiệp",
          body="""
Từ ngày 24 đến 26/3, Liên minh HTX tỉnh mở lớp tập huấn nghiệp vụ kế toán cho 60 kế toán viên HTX nông nghiệp.
## Nội dung tập huấn
* Chế độ kế toán áp dụng cho HTX theo Thông tư số 71/2019/TT-BTC;
* Lập báo cáo tài chính năm và quyết toán thuế;
* Sử dụng hóa đơn điện tử, phần mềm kế toán;
* Quản lý vốn, tài sản chung của HTX theo Luật HTX năm 2023.
Học viên đăng ký với Trung tâm Tư vấn và Hỗ trợ HTX trước ngày 21/3.
""", byline="Trần Minh Khoa - Trung tâm Tư vấn và Hỗ trợ HTX", author="Trần Minh Khoa",
          opts={"id": 61, "user": "admin", "cat": "thong-bao", "comments": [], "views": 97},
          notes=["posted by 'admin' (no author); a bold heading and a four-item list; byline 'Trần Minh Khoa - Trung tâm "
                 "Tư vấn và Hỗ trợ HTX' -> Trần Minh Khoa; no comments, so the lists show its own date ('March 17')"],
          **at(datetime(2025, 3, 17, 9, 5), listing=True)),
        A(path="", title="HTX Dịch vụ nông nghiệp Thụy Trình liên kết sản xuất lúa chất lượng cao",
          body="""
HTX Dịch vụ nông nghiệp Thụy Trình (huyện Thái Thụy) vừa ký hợp đồng liên kết sản xuất 120 ha lúa chất lượng cao với một doanh nghiệp chế biến gạo.
Theo hợp đồng, doanh nghiệp cung ứng giống, bao tiêu toàn bộ sản phẩm với giá cao hơn thị trường 5%.
HTX chịu trách nhiệm hướng dẫn thành viên sản xuất theo quy trình và tổ chức thu hoạch tập trung.
""", byline="Theo Báo Thái Bình", author=None,
          opts={"id": 49, "user": "hang", "cat": "thong-bao", "comments": [307, 309], "views": 540, "nonpretty": True},
          notes=["posted by the staff member Phạm Thu Hằng but 'Theo Báo Thái Bình' closes it: a reprint, no author; "
                 "a comment on another discussion links it by its pre-rewrite address /index.php?p=/discussion/49/<slug> "
                 "(same page, canonical to the pretty URL): an alias"],
          **at(datetime(2025, 1, 8, 10, 20))),
        A(path="", title="Tọa đàm “Chuyển đổi số trong HTX nông nghiệp”",
          body="""
Sáng 3/3, Liên minh HTX tỉnh phối hợp với Sở Nông nghiệp và Phát triển nông thôn tổ chức tọa đàm “Chuyển đổi số trong HTX nông nghiệp”.
Các đại biểu chia sẻ kinh nghiệm đưa sản phẩm lên sàn thương mại điện tử, truy xuất nguồn gốc bằng mã QR và quản lý thành viên trên phần mềm.
Liên minh HTX tỉnh sẽ hỗ trợ 20 HTX xây dựng gian hàng trực tuyến trong năm 2025.
""", author=None,
          opts={"id": 57, "user": "lmhtx", "cat": "thong-bao", "comments": [308], "views": 318},
          notes=["no byline, the office account: author null; posted at 06:20 on 4 March, so its <time datetime> and "
                 "the RSS pubDate ('Mon, 03 Mar 2025 23:20:00 +0000') name 3 March in UTC; curly quotes in the title "
                 "(the slug turns them into hyphens)"],
          **at(datetime(2025, 3, 4, 6, 20))),
        A(path="", title="Ra mắt HTX Nuôi trồng thủy sản Đông Long",
          body="""
Chiều 4/2, tại xã Đông Long (huyện Tiền Hải), HTX Nuôi trồng thủy sản Đông Long tổ chức lễ ra mắt với 27 thành viên.
HTX có 85 ha nuôi ngao, tôm thẻ chân trắng; năm đầu dự kiến doanh thu 6 tỷ đồng.
Liên minh HTX tỉnh đã hỗ trợ HTX xây dựng điều lệ, phương án sản xuất kinh doanh và thủ tục đăng ký.
""", byline="Vũ Thị Hoa", author="Vũ Thị Hoa",
          opts={"id": 53, "user": "lmhtx", "cat": "thong-bao", "comments": "donglong", "views": 1207},
          notes=["twelve comments at ten a page: /discussion/53/<slug>/p2 holds the last two under the same h1 (canonical "
                 "to itself, no first post: an alias by the forum convention), its pager links page 1 as "
                 "'/discussion/53/<slug>/' (trailing slash: the same page); a comment of 19 March puts it on top of "
                 "the lists; the bare name 'Vũ Thị Hoa' closes the text (author), the poster is the office account"],
          **at(datetime(2025, 2, 5, 15, 10))),
        A(path="", title="Hội nghị tổng kết công tác Liên minh HTX tỉnh năm 2024",
          body="""
Chiều 26/12, Liên minh HTX tỉnh Thái Bình tổ chức Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img d2b8f4a6c1e3.png] Quang cảnh hội nghị tổng kết
Năm 2024, Liên minh HTX tỉnh đã tư vấn thành lập mới 29 HTX, phối hợp tổ chức 14 lớp tập huấn cho hơn 900 lượt cán bộ HTX.
Hội nghị đã khen thưởng 12 HTX tiêu biểu trong phong trào thi đua năm 2024.
""", byline="Tin, ảnh: Đỗ Quang Huy", author="Đỗ Quang Huy",
          opts={"id": 44, "user": "lmhtx", "cat": "thong-bao", "comments": [], "views": 286},
          notes=["the oldest article: only on page 2 of the category (/categories/thong-bao/p2) and of the recent list, "
                 "and in the sitemap's month archive; the visible date is 'December 2024' (month and year, no day: "
                 "Vanilla's format for another year), the day only in <time datetime>/title; 'Tin, ảnh: Đỗ Quang Huy' "
                 "-> author"],
          **at(datetime(2024, 12, 27, 14, 0), listing=True)),
    ]


OTHER = [  # (id, user, cat, title, body, [(user, text, time)], announce, created)
    (12, "admin", "thong-bao", "Nội quy chuyên mục Thông báo",
     "Chuyên mục Thông báo chỉ dành cho Văn phòng Liên minh HTX tỉnh đăng tải.<br><br>Thành viên góp ý, hỏi đáp bằng cách "
     "bình luận dưới mỗi thảo luận; không đăng quảng cáo.", [], True, datetime(2024, 6, 3, 9, 0)),
    (59, "lmhtx", "thong-bao", "Đăng ký gian hàng Hội chợ OCOP 2025 (các HTX trả lời bên dưới)",
     "Các HTX đăng ký gian hàng vui lòng trả lời theo mẫu: tên HTX, sản phẩm, số gian hàng.",
     [("hongphong", "HTX Nông nghiệp Hồng Phong đăng ký 1 gian hàng dưa lưới.", datetime(2025, 3, 11, 14, 20)),
      ("manh", "HTX Đông Long đăng ký 2 gian hàng thủy sản.", datetime(2025, 3, 14, 20, 5))], False, datetime(2025, 3, 11, 9, 0)),
    (50, "hang", "thong-bao", "Giải đáp thắc mắc về hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX",
     "Các HTX có câu hỏi về hồ sơ vay vốn vui lòng đặt câu hỏi tại đây, cán bộ Liên minh sẽ trả lời trong tuần.",
     [("lua", "HTX thành lập được 1 năm có được vay không ạ?", datetime(2025, 1, 15, 8, 30)),
      ("hang", "Được bạn nhé, nếu có phương án sản xuất kinh doanh khả thi.", datetime(2025, 1, 15, 14, 0))],
     False, datetime(2025, 1, 14, 16, 0)),
    (45, "admin", "thong-bao", "Cập nhật thông tin liên hệ của HTX trên diễn đàn",
     "Đề nghị các tài khoản HTX cập nhật số điện thoại và địa chỉ trong trang cá nhân.", [], False, datetime(2024, 12, 30, 8, 45)),
    (60, "tam", "hoi-dap-chinh-sach", "HTX có phải nộp báo cáo tình hình hoạt động hằng năm không?",
     "Theo Luật HTX năm 2023 thì hạn nộp báo cáo hằng năm là ngày nào ạ?",
     [("hang", "Trước ngày 31/3 hằng năm bạn nhé.", datetime(2025, 3, 13, 9, 10))], False, datetime(2025, 3, 12, 21, 0)),
    (56, "lua", "hoi-dap-chinh-sach", "Thủ tục chuyển tổ hợp tác thành HTX",
     "Tổ hợp tác trồng dưa của chúng tôi có 8 thành viên, muốn lên HTX cần hồ sơ gì?",
     [("hang", "Bạn tham khảo Nghị định 92/2024/NĐ-CP, cần tối thiểu 5 thành viên chính thức.", datetime(2025, 2, 27, 10, 0))],
     False, datetime(2025, 2, 26, 19, 30)),
    (54, "hongphong", "ket-noi-tieu-thu", "Bán dưa lưới vụ xuân, giao hàng tại TP Thái Bình",
     "HTX còn khoảng 3 tấn dưa lưới, giá 35.000 đồng/kg, liên hệ 0912.456.789.", [], False, datetime(2025, 2, 10, 11, 15)),
    (51, "manh", "ket-noi-tieu-thu", "Cần tìm đối tác thu mua ngao giống",
     "HTX Đông Long cần mua khoảng 10 tấn ngao giống cho vụ mới.",
     [("tam", "Anh liên hệ HTX Nam Thịnh thử xem.", datetime(2025, 1, 18, 7, 45))], False, datetime(2025, 1, 17, 20, 0)),
    (47, "hoa", "gop-y", "Góp ý giao diện diễn đàn trên điện thoại",
     "Trên điện thoại chữ hơi nhỏ, mong ban quản trị điều chỉnh.",
     [("admin", "Cảm ơn bạn, ban quản trị sẽ cập nhật giao diện.", datetime(2025, 1, 3, 9, 0))], False, datetime(2025, 1, 2, 21, 40)),
    (46, "tam", "hoi-dap-chinh-sach", "Hỏi về hỗ trợ đào tạo cán bộ quản lý HTX",
     "Cán bộ HTX đi học lớp quản lý có được hỗ trợ tiền ăn ở không?", [], False, datetime(2024, 12, 31, 15, 20)),
]


def body_html(a: RichArticle) -> str:
    """The Advanced Editor's WYSIWYG body: runs of text split by <br><br>, bold headings, lists, a pasted table."""
    out, inline = [], []

    def flush():
        if inline:
            out.append("<br><br>".join(inline))
            inline.clear()

    for b in a.blocks:
        if b.kind == "p":
            inline.append(inline_html(b.text))
        elif b.kind == "h":
            inline.append(f"<b>{inline_html(b.text)}</b>")
        elif b.kind == "img":
            img = f'<img src="/uploads/editor/{b.src[:2]}/{b.src}" alt="" title="" />'
            inline.append(img + (f"<br><i>{esc(b.text)}</i>" if b.text else ""))
        elif b.kind in ("ul", "ol"):
            flush()
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            flush()
            head, *rows = b.rows
            trs = ["<tr>" + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head) + "</tr>"]
            trs += ["<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows]
            out.append('<table border="1" cellspacing="0" cellpadding="4"><tbody>' + "".join(trs) + "</tbody></table>")
    if a.byline:
        inline.append(f"<b>{esc(a.byline)}</b>")
    flush()
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thai-binh", f"{NAME} (Vanilla Forums)", "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN + [t for _, t in DONGLONG[:PER] if "[[" not in t]
    arts = articles()

    class D:  # a discussion
        def __init__(self, did, user, cat, title, created, body, comments, announce=False, art=None, views=0):
            self.id, self.user, self.cat, self.title, self.created = did, user, cat, title, created
            self.body, self.comments, self.announce, self.art, self.views = body, comments, announce, art, views
            self.slug = vanilla_slug(title)
            self.path = f"/discussion/{did}/{self.slug}"

        @property
        def last(self) -> datetime:
            return self.comments[-1][2] if self.comments else self.created

        @property
        def last_user(self) -> str:
            return self.comments[-1][0] if self.comments else self.user

    discs: list[D] = []
    slug49 = vanilla_slug(next(a.title for a in arts if a.opts["id"] == 49))
    for a in arts:
        o = a.opts
        if o["comments"] == "donglong":
            cms = [(u, t.replace("%s", slug49), d) for (u, t), d in zip(DONGLONG, DONGLONG_AT)]
        else:
            cms = [(COMMENTS[c][0], COMMENTS[c][1], COMMENTS[c][2]) for c in o["comments"]]
        d = D(o["id"], o["user"], o["cat"], a.title, a.date, body_html(a), cms, art=a, views=o["views"])
        a.path = d.path
        discs.append(d)
    for did, user, cat, title, body, cms, announce, created in OTHER:
        discs.append(D(did, user, cat, title, created, body, cms, announce=announce, views=40 + did))
    cid = iter(range(410, 999))
    comment_ids: dict[tuple[int, int], int] = {}
    for d in sorted(discs, key=lambda d: d.created):
        for k in range(len(d.comments)):
            comment_ids[(d.id, k)] = next(cid)
    for a in arts:  # the article comments keep their own ids (COMMENTS)
        if isinstance(a.opts["comments"], list):
            for k, c in enumerate(a.opts["comments"]):
                comment_ids[(a.opts["id"], k)] = c

    def user_link(key: str, css: str = "Username") -> str:
        return f'<a href="{profile_url(key)}" class="{css}">{esc(USERS[key][0])}</a>'

    def photo(key: str, css: str = "ProfilePhoto ProfilePhotoMedium") -> str:
        n = esc(USERS[key][0])
        return f'<a title="{n}" href="{profile_url(key)}" class="PhotoWrap"><img src="{userpic(key)}" alt="{n}" class="{css}" /></a>'

    def signin(target: str) -> tuple[str, str]:
        t = quote(target.lstrip("/"), safe="")
        return f"/entry/signin?Target={t}", f"/entry/register?Target={t}"

    def cat_counts() -> dict[str, int]:
        return {c: sum(1 for d in discs if d.cat == c) for c in CATS}

    def panel(target: str, extra: str = "") -> str:
        sin, reg = signin(target)
        counts = cat_counts()
        cats = "".join(f'<li class="ClearFix Depth1 Category-{c}"><a href="/categories/{c}" class="ItemLink">'
                       f'<span class="Aside"><span class="Count">{counts[c]}</span></span> {esc(n)}</a></li>'
                       for c, (n, _) in CATS.items())
        return (f'<div class="Box GuestBox">\n<h4>{GUEST_H}</h4>\n<p>{GUEST_P}</p>\n<p><a href="{sin}" class="Button Primary '
                f'SignInPopup" rel="nofollow">Đăng nhập</a> <a href="{reg}" class="Button ApplyButton" rel="nofollow">Đăng ký'
                f'</a></p>\n</div>\n<div class="Box BoxCategories">\n<h4>Chuyên mục</h4>\n<ul class="PanelInfo PanelCategories">'
                f'<li><a href="/categories" class="ItemLink ItemLinkAllCategories"><span class="Aside"><span class="Count">'
                f'{len(discs)}</span></span> Tất cả chuyên mục</a></li>{cats}</ul>\n</div>\n{extra}')

    def crumbs(cat: str | None) -> str:
        out = ('<span class="Breadcrumbs" itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><span class="CrumbLabel '
               'CrumbLabel-HomePage' + ('' if cat else ' Last') + '"><a href="/" itemprop="url"><span itemprop="title">'
               'Trang chủ</span></a></span> ')
        if cat:
            out += (f'<span itemprop="child" itemscope itemtype="http://data-vocabulary.org/Breadcrumb"><span class="Crumb">›'
                    f'</span> <span class="CrumbLabel Category-{cat} Last"><a href="/categories/{cat}" itemprop="url">'
                    f'<span itemprop="title">{esc(CATS[cat][0])}</span></a></span> </span>')
        return out + "</span>"

    def layout(title: str, content: str, *, body_id: str, body_class: str, target: str, head: str = "",
               cat: str | None = None, panel_extra: str = "") -> str:
        sin, reg = signin(target)
        meta = json.dumps({"currentUser": {"name": "Khách", "userID": 0}, "ui": {"siteName": NAME, "locale": "vi"},
                           "context": {"host": "", "basePath": "", "version": VER}, "TransientKey": False,
                           "Search": "Tìm kiếm", "Locale": "vi"}, ensure_ascii=False)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
  <title>{esc(title)}</title>
  <link rel="stylesheet" href="/applications/dashboard/design/style.css?v={VER}" media="all" />
  <link rel="stylesheet" href="/resources/design/vanillicon.css?v={VER}" media="all" />
  <link rel="stylesheet" href="/plugins/editor/design/editor.css?v=1.8.1" media="all" />
  <link rel="stylesheet" href="/applications/dashboard/design/style-compat.css?v={VER}" media="all" />
  <link rel="shortcut icon" href="/uploads/favicon_2f8e1c.ico" type="image/x-icon" />
{head}  <script>gdn=window.gdn||{{}};gdn.meta={meta};</script>
  <script src="/js/library/jquery.js?v={VER}"></script>
  <script src="/js/library/jquery.form.js?v={VER}"></script>
  <script src="/js/global.js?v={VER}"></script>
  <script src="/applications/vanilla/js/discussion.js?v={VER}"></script>
</head>
<body id="{body_id}" class="{body_class}">
<div id="Frame">
    <div class="Head" id="Head" role="banner">
        <div class="Row">
            <strong class="SiteTitle"><a href="/">{NAME}</a></strong>
            <div class="SiteSearch" role="search"><form method="get" action="/search"><div><input type="text" id="Form_Search" name="Search" value="" placeholder="Tìm kiếm" accesskey="/" aria-label="Nhập từ khóa tìm kiếm" class="InputBox js-search" /><input type="submit" id="Form_Go" name="" value="Đi" class="Button" aria-label="Tìm kiếm" /></div></form></div>
            <ul class="SiteMenu">
                <li><a href="/discussions" class="">Thảo luận</a></li>
                <li><a href="/activity" class="">Hoạt động</a></li>
                <li><a href="{{{{base:offsite}}}}/lmhtx-thaibinh/" class="">Cổng thông tin Liên minh</a></li>
            </ul>
        </div>
    </div>
    <div id="Body">
        <div class="Row">
            <div class="BreadcrumbsWrapper">{crumbs(cat)}</div>
            <div class="Column PanelColumn" id="Panel" role="complementary">
                <div class="MeBox MeBox-SignIn"><div class="SignInLinks"><a href="{sin}" class="SignInPopup" rel="nofollow">Đăng nhập</a> <span class="Bullet">·</span> <a href="{reg}" class="ApplyButton" rel="nofollow">Đăng ký</a></div></div>
                {panel(target, panel_extra)}
            </div>
            <div class="Column ContentColumn" id="Content" role="main">{content}</div>
        </div>
    </div>
    <div id="Foot" role="contentinfo">
        <div class="Row">
            <a href="{{{{base:offsite}}}}/vanillaforums/" class="PoweredByVanilla" title="Community Software by Vanilla Forums">Forum Software
                Powered by Vanilla</a>
            <div class="Pocket Pocket-foot"><p>{FOOT}</p></div>
        </div>
    </div>
</div>
</body>
</html>
"""

    def pager(url_tmpl: str, page: int, count: int, pid: str) -> str:
        pages = -(-count // PER)
        if pages <= 1:
            return ""

        def purl(n: int) -> str:
            return url_tmpl.replace("{Page}", "" if n == 1 else f"p{n}")

        out = '<span class="Previous">«</span>' if page == 1 else f'<a href="{purl(page - 1)}" class="Previous" rel="prev">«</a>'
        for n in range(1, pages + 1):
            css = ("Highlight" if n == page else "") + f" p-{n}" + (" FirstPage" if n == 1 else (" LastPage" if n == pages else ""))
            rel = ' rel="prev"' if n == page - 1 else (' rel="next"' if n == page + 1 else "")
            out += f'<a href="{purl(n)}" class="{css}"{rel}>{n}</a>'
        out += '<span class="Next">»</span>' if page == pages else f'<a href="{purl(page + 1)}" class="Next" rel="next">»</a>'
        return f'<div id="{pid}" class="Pager NumberedPager">{out}</div>'

    # -- discussion pages
    def comment_html(d: D, k: int) -> str:
        u, text, t = d.comments[k]
        c = comment_ids[(d.id, k)]
        first = k % PER == 0
        css = "Item" + (" Alt" if k % 2 else "") + " ItemComment" + (" FirstComment" if first else "")
        return (f'<li class="{css}" id="Comment_{c}">\n<div class="Comment">\n<div class="Options"></div>\n'
                f'<div class="Item-Header CommentHeader">\n<div class="AuthorWrap">\n<span class="Author">{photo(u)}'
                f'{user_link(u)}</span>\n<span class="AuthorInfo"> '
                + (f'<span class="MItem AuthorTitle">{esc(USERS[u][1])}</span>' if USERS[u][1] else "")
                + f'</span>\n</div>\n<div class="Meta CommentMeta CommentInfo">\n<span class="MItem DateCreated">'
                f'<a href="/discussion/comment/{c}/#Comment_{c}" class="Permalink" name="Item_{k + 1}" rel="nofollow">'
                f'{vtime(t)}</a></span>\n</div>\n</div>\n<div class="Item-BodyWrap">\n<div class="Item-Body">\n'
                f'<div class="Message userContent">{inline_html(text)}</div>\n<div class="Reactions"></div>\n</div>\n</div>\n'
                f'</div>\n</li>')

    def upload_block(d: D) -> str:
        if not d.art or not d.art.attachments:
            return ""
        x = d.art.attachments[0]
        return (f'<div class="editor-upload-saved editor-upload-readonly" id="editor-uploads-discussion{d.id}">\n'
                f'<div class="editor-file-preview file-readonly file-owner" id="media-id-37" title="{attr(x["text"])}">\n'
                '<input type="hidden" name="MediaIDs[]" value="37" disabled="disabled" />\n<i class="icon icon-file"></i>\n'
                f'<div class="file-data"><a class="filename" data-type="application/pdf" href="{x["path"]}" target="_blank" '
                f'rel="nofollow">{esc(x["text"])}</a><span class="meta">186.4K</span></div>\n</div>\n</div>')

    def participants(d: D) -> str:
        if not d.comments:
            return ""
        seen: dict[str, datetime] = {}
        for u, _, t in d.comments:
            seen[u] = t
        lis = "".join(f'<li>{photo(u, "ProfilePhotoSmall")} {user_link(u)} <span class="Aside">{vtime(t)}</span></li>'
                      for u, t in sorted(seen.items(), key=lambda kv: kv[1], reverse=True))
        return f'<div class="Box InThisDiscussion">\n<h4>Trong thảo luận này</h4>\n<ul class="PanelInfo">{lis}</ul>\n</div>'

    def discussion_page(d: D, page: int) -> str:
        pages = max(1, -(-len(d.comments) // PER))
        url_tmpl = d.path + "/{Page}"
        canon = d.path if page == 1 else f"{d.path}/p{page}"
        first = ""
        if page == 1:
            dcss = "Item ItemDiscussion" + (" Announcement" if d.announce else "")
            first = (f'<div id="Discussion_{d.id}" class="{dcss}">\n<div class="Discussion">\n<div class="Item-Header '
                     f'DiscussionHeader">\n<div class="AuthorWrap">\n<span class="Author">{photo(d.user)}{user_link(d.user)}'
                     '</span>\n<span class="AuthorInfo">'
                     + (f'<span class="MItem AuthorTitle">{esc(USERS[d.user][1])}</span>' if USERS[d.user][1] else "")
                     + f'</span>\n</div>\n<div class="Meta DiscussionMeta">\n<span class="MItem DateCreated"><a href="{d.path}" '
                     f'class="Permalink" rel="nofollow">{vtime(d.created)}</a></span>\n <span class="MItem Category"> trong '
                     f'<a href="/categories/{d.cat}">{esc(CATS[d.cat][0])}</a></span> \n</div>\n</div>\n<div class="Item-BodyWrap">'
                     f'\n<div class="Item-Body">\n<div class="Message userContent">\n{d.body}\n</div>\n<div class="Reactions">'
                     f'</div>\n{upload_block(d)}\n</div>\n</div>\n</div>\n</div>')
        cms = "\n".join(comment_html(d, k) for k in range((page - 1) * PER, min(page * PER, len(d.comments))))
        heading = '<h2 class="CommentHeading">Bình luận</h2>' if cms else ""
        less = pager(url_tmpl, page, len(d.comments), "PagerBefore")
        more = pager(url_tmpl, page, len(d.comments), "PagerAfter")
        sin, reg = signin(canon)
        content = (f'<div class="MessageList Discussion"><!-- Page Title -->\n<div id="Item_0" class="PageTitle"><div class="Options">'
                   f'</div><h1>{esc(d.title)}</h1></div>\n\n{first}</div><div class="CommentsWrap"><span class="BeforeCommentHeading">'
                   f'{less}</span><div class="DataBox DataBox-Comments">{heading}\n<ul class="MessageList DataList Comments">\n{cms}\n'
                   f'</ul>\n</div><div class="P PagerWrap">{more}</div></div><div class="Foot Closed"><div class="Note Closed '
                   f'SignInOrRegister"><a href="{sin}" class="Popup">Đăng nhập</a> hoặc <a href="{reg}">Đăng ký</a> để bình luận.'
                   '</div></div>')
        text = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", d.body)).strip()
        desc = text[:157].rsplit(" ", 1)[0] + "…" if len(text) > 160 else text
        if page > 1:
            ctext = re.sub(r"<[^>]+>", "", d.comments[(page - 1) * PER][1])
            desc = ctext[:160]
        rels = ""
        if page > 1:
            rels += f'  <link rel="prev" href="{{{{base}}}}{d.path}/" />\n' if page == 2 else ""
        elif pages > 1:
            rels += f'  <link rel="next" href="{{{{base}}}}{d.path}/p2" />\n'
        head = (f'  <link rel="canonical" href="{{{{base}}}}{canon}" />\n{rels}  <meta property="og:type" content="article" />\n'
                f'  <meta property="og:site_name" content="{NAME}" />\n  <meta name="twitter:title" property="og:title" '
                f'content="{attr(d.title)}" />\n  <meta property="og:url" content="{{{{base}}}}{canon}" />\n'
                f'  <meta name="description" property="og:description" content="{attr(desc)}" />\n')
        title = d.title + ("" if page == 1 else f" - Trang {page}") + f" — {NAME}"
        return layout(title, content, body_id="vanilla_discussion_index",
                      body_class=f"Vanilla Discussion isDesktop index  Section-Discussion Section-Category-{d.cat}",
                      target=canon, head=head, cat=d.cat, panel_extra=participants(d))

    for d in discs:
        pages = max(1, -(-len(d.comments) // PER))
        for p in range(1, pages + 1):
            html = discussion_page(d, p)
            path = d.path if p == 1 else f"{d.path}/p{p}"
            site.page(path, html, content_type=HTML)
            if p > 1:
                site.same_page(f"{d.path}/", d.path)
        for k in range(len(d.comments)):
            c = comment_ids[(d.id, k)]
            page = k // PER + 1
            site.same_page(f"/discussion/comment/{c}/", d.path if page == 1 else f"{d.path}/p{page}")
        a = d.art
        if a is None:
            site.non_articles.append(d.path)
            site.non_articles += [f"/discussion/comment/{comment_ids[(d.id, k)]}/" for k in range(len(d.comments))]
            continue
        if pages > 1:
            a.aliases += [f"{d.path}/p{p}" for p in range(2, pages + 1)] + [f"{d.path}/"]
        a.aliases += [f"/discussion/comment/{comment_ids[(d.id, k)]}/" for k in range(len(d.comments))]
        if a.opts.get("nonpretty"):
            alias = f"/index.php?p=/discussion/{d.id}/{d.slug}"
            site.same_page(alias, d.path)
            a.aliases.append(alias)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/editor/{b.src[:2]}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["THONG BAO SO 07/TB-LMHTX", "Hoi cho san pham OCOP va HTX 2025"]))
    for a in sorted(arts, key=lambda a: a.date, reverse=True):
        site.add_article(a)
    site.trap("each discussion page holds the first post (the article: div.ItemDiscussion > div.Message.userContent) "
              "then ul.Comments (comments, each with its own <time> and permalink /discussion/comment/<cid>/ that renders "
              "the same page: an alias); 'In This Discussion' and the guest box in the panel", arts[0].path)

    # -- lists
    regular = sorted([d for d in discs if not d.announce], key=lambda d: d.last, reverse=True)
    announced = [d for d in discs if d.announce]

    def li(d: D) -> str:
        tag = '<span class="Tag Tag-Announcement">Thông báo</span> ' if d.announce else ""
        by = ("Bình luận mới nhất bởi " if d.comments else "Bắt đầu bởi ") + user_link(d.last_user)
        css = "Item Unread ItemDiscussion" + (" Announcement" if d.announce else "")
        return (f'<li id="Discussion_{d.id}" class="{css}">\n<span class="Options"></span>\n<div class="ItemContent Discussion">\n'
                f'<div class="Title" role="heading" aria-level="3"><a href="{d.path}">{esc(d.title)}</a></div>\n'
                f'<div class="Meta Meta-Discussion">\n{tag}<span class="MItem MCount ViewCount"><span title="{d.views} lượt xem" '
                f'class="Number">{d.views}</span> lượt xem</span>\n<span class="MItem MCount CommentCount"><span title="'
                f'{len(d.comments)} bình luận" class="Number">{len(d.comments)}</span> bình luận</span>\n<span class="MItem '
                f'LastCommentBy">{by}</span> <span class="MItem LastCommentDate">{vtime(d.last)}</span>\n<span class="MItem '
                f'Category Category-{d.cat}"><a href="/categories/{d.cat}">{esc(CATS[d.cat][0])}</a></span>\n</div>\n</div>\n</li>')

    def list_pages(base: str, title: str, items: list[D], ann: list[D], *, cat: str | None, desc: str, feed: str) -> None:
        pages = max(1, -(-len(items) // PER))
        tmpl = (base.rstrip("/") if base != "/" else "/discussions") + "/{Page}"
        for p in range(1, pages + 1):
            chunk = (ann if p == 1 else []) + items[(p - 1) * PER:p * PER]
            url = base if p == 1 else tmpl.replace("{Page}", f"p{p}")
            canon = url if p > 1 else (base if base != "/" else "/discussions")
            top = pager(tmpl, p, len(items), "PagerBefore")
            bottom = pager(tmpl, p, len(items), "PagerAfter")
            content = (f'<h1 class="H HomepageTitle">{esc(title)}</h1>\n<div class="P PageDescription">{esc(desc)}</div>\n'
                       f'<div class="PageControls Top"><span class="PagerNub">&#160;</span>{top}<div class="BoxButtons '
                       f'BoxNewDiscussion"><a href="/entry/signin?Target=post%2Fdiscussion" class="Button Action Primary '
                       f'SignInPopup" rel="nofollow">Thảo luận mới</a></div></div>\n<h2 class="sr-only">Danh sách thảo luận</h2>\n'
                       f'<ul class="DataList Discussions">\n' + "\n".join(li(d) for d in chunk) + '\n</ul>\n<div class="PageControls '
                       f'Bottom"><span class="PagerNub">&#160;</span>{bottom}</div>')
            head = (f'  <link rel="canonical" href="{{{{base}}}}{canon}" />\n  <link rel="alternate" type="application/rss+xml" '
                    f'title="{attr(title)} — {NAME}" href="{{{{base}}}}{feed}" />\n  <meta property="og:site_name" content="{NAME}" />\n'
                    f'  <meta name="description" property="og:description" content="{attr(desc)}" />\n')
            if cat:
                bid, bcls = "vanilla_categories_index", f"Vanilla Categories isDesktop index  Section-DiscussionList Section-Category-{cat}"
            else:
                bid, bcls = "vanilla_discussions_index", "Vanilla Discussions isDesktop index  Section-DiscussionList"
            t = title + ("" if p == 1 else f" - Trang {p}") + f" — {NAME}"
            site.page(url, layout(t, content, body_id=bid, body_class=bcls, target=url, head=head, cat=cat),
                      content_type=None if url == "/" else HTML)
            site.non_articles.append(url)
        # the feed: the first page's discussions (no announcements), pubDate in the server's UTC
        items_xml = "".join(
            f"\n    <item>\n        <title>{esc(d.title)}</title>\n        <link>{{{{base}}}}{d.path}</link>\n        <pubDate>"
            f"{format_datetime((d.created - UTC).replace(tzinfo=GMT))}</pubDate>\n"
            f"        <category>{esc(CATS[d.cat][0])}</category>\n        <dc:creator>{esc(USERS[d.user][0])}</dc:creator>\n"
            f'        <guid isPermaLink="false">{d.id}@{{{{base}}}}/discussions</guid>\n        <description><![CDATA['
            f"{d.body}]]>\n        </description>\n    </item>" for d in items[:PER])
        xml = (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"\n\txmlns:content="http://purl.org/rss/1.0/modules/content/"'
               f'\n\txmlns:dc="http://purl.org/dc/elements/1.1/"\n\txmlns:atom="http://www.w3.org/2005/Atom">\n\t<channel>\n'
               f"      <title>{esc(title)} — {NAME}</title>\n      <link>{{{{base}}}}/</link>\n      <pubDate>Thu, 20 Mar 2025 "
               f"03:30:00 +0000</pubDate>\n    <description>{esc(title)} — {NAME}</description>\n    <language>vi</language>\n"
               f'    <atom:link href="{{{{base}}}}{feed}" rel="self" type="application/rss+xml"/>{items_xml}\n   <language>vi</language>\n'
               "   </channel>\n</rss>\n")
        site.page(feed, xml, content_type="application/rss+xml; charset=utf-8")

    list_pages("/", "Thảo luận mới", regular, announced, cat=None,
               desc="Nơi các HTX tỉnh Thái Bình trao đổi, hỏi đáp và nhận thông báo của Liên minh HTX tỉnh.",
               feed="/discussions/feed.rss")
    site.same_page("/discussions", "/")
    site.same_page("/discussions/", "/")
    site.non_articles.append("/discussions")
    for c, (n, desc) in CATS.items():
        mine = [d for d in regular if d.cat == c]
        list_pages(f"/categories/{c}", n, mine, [d for d in announced if d.cat == c], cat=c, desc=desc,
                   feed=f"/categories/{c}/feed.rss")
        if len(mine) > PER:
            site.same_page(f"/categories/{c}/", f"/categories/{c}")
    site.trap("lists (/ = /discussions, /categories/<code>, ten a page, /p2) sort by the last comment and print 'Bình "
              "luận mới nhất bởi X' with the LAST COMMENT's <time>, not the post's; the announced rules post sits on top "
              "of page 1; the oldest article is only on /categories/thong-bao/p2 and /discussions/p2", "/categories/thong-bao/p2")

    counts = cat_counts()
    rows = "".join(f'<li id="Category_{k}" class="Item Depth1 Category-{c}"><div class="ItemContent Category"><div '
                   f'class="TitleWrap"><a href="/categories/{c}" class="Title">{esc(n)}</a></div><div class="CategoryDescription">'
                   f'{esc(desc)}</div><div class="Meta"><span class="MItem DiscussionCount">{counts[c]} thảo luận</span></div>'
                   f'</div></li>' for k, (c, (n, desc)) in enumerate(CATS.items(), 1))
    site.page("/categories", layout(f"Chuyên mục — {NAME}", f'<h1 class="H HomepageTitle">Chuyên mục</h1>\n<ul class="DataList '
                                    f'CategoryList">{rows}</ul>', body_id="vanilla_categories_index",
                                    body_class="Vanilla Categories isDesktop index  Section-CategoryList", target="/categories",
                                    head='  <link rel="canonical" href="{{base}}/categories" />\n'), content_type=HTML)
    site.non_articles.append("/categories")

    # activity, profiles
    acts = sorted([(d.created, d.user, f'đã bắt đầu thảo luận <a href="{d.path}">{esc(d.title)}</a>.') for d in discs], reverse=True)[:15]
    items = "".join(f'<li class="Item Activity"><div class="ItemContent Activity"><div class="Title">{user_link(u)} {txt}</div>'
                    f'<div class="Meta"><span class="MItem DateCreated">{vtime(t)}</span></div></div></li>' for t, u, txt in acts)
    site.page("/activity", layout(f"Hoạt động gần đây — {NAME}", f'<h1 class="H">Hoạt động gần đây</h1>\n<ul class="DataList '
                                  f'Activities">{items}</ul>', body_id="dashboard_activity_index",
                                  body_class="Dashboard Activity isDesktop index  Section-Activity", target="/activity"),
              content_type=HTML)
    site.non_articles.append("/activity")
    for k, (name, title, role, joined) in USERS.items():
        uid = 2 + list(USERS).index(k)
        mine = [d for d in discs if d.user == k]
        ncom = sum(1 for d in discs for u, _, _ in d.comments if u == k)
        q = quote(name, safe="")
        content = (f'<div class="Profile"><div class="User" itemscope itemtype="http://schema.org/Person"><h1 class="H">{esc(name)}'
                   f'</h1><div class="About P"><h2 class="H">Giới thiệu</h2><dl class="About"><dt class="Name">Tên</dt><dd class="Name" '
                   f'itemprop="name">{esc(name)}</dd>' + (f'<dt>Chức danh</dt><dd>{esc(title)}</dd>' if title else "")
                   + f'<dt class="Joined">Tham gia</dt><dd class="Joined">{vtime(joined)}</dd><dt class="Roles">Vai trò</dt>'
                   f'<dd class="Roles">{role}</dd></dl></div></div>\n<div class="Tabs ProfileTabs"><ul><li class="Active"><a '
                   f'href="/profile/{q}" class="TabLink">Hoạt động</a></li><li><a href="/profile/discussions/{uid}/{q}" class="TabLink">'
                   f'Thảo luận <span class="Aside"><span class="Count">{len(mine)}</span></span></a></li><li><a href="/profile/'
                   f'comments/{uid}/{q}" class="TabLink">Bình luận <span class="Aside"><span class="Count">{ncom}</span></span></a>'
                   f'</li></ul></div></div>')
        site.page(f"/profile/{q}", layout(f"{name} — {NAME}", content, body_id="dashboard_profile_index",
                                         body_class="Dashboard Profile isDesktop index  Section-Profile", target=f"/profile/{q}"),
                  content_type=HTML)
        site.non_articles.append(f"/profile/{q}")
        for sub in ("discussions", "comments"):
            p = f"/profile/{sub}/{uid}/{q}"
            site.page(p, layout(f"{name} — {NAME}", f"<h1>{esc(name)}</h1>", body_id="dashboard_profile_discussions",
                                body_class="Dashboard Profile isDesktop", target=p), content_type=HTML)
    site.trap("profiles /profile/<name> (percent-encoded Vietnamese names), /activity, /categories: no articles; the "
              "office account's profile title 'Văn phòng LMHTX tỉnh Thái Bình' sits beside every post it makes",
              "/profile/LMHTX%20Th%C3%A1i%20B%C3%ACnh")

    # Sitemaps plugin: index -> category sitemaps -> month archives
    months = []
    d0 = datetime(2025, 3, 1)
    while d0 >= datetime(2024, 6, 1):
        months.append(d0)
        d0 = (d0 - timedelta(days=1)).replace(day=1)
    sm_index = []
    for c, (n, _) in CATS.items():
        mine = [d for d in discs if d.cat == c]
        if not mine:
            continue
        lo, hi = min(d.created for d in mine), max(d.created for d in mine)
        locs = []
        for m in months:
            if (m.year, m.month) < (lo.year, lo.month) or (m.year, m.month) > (hi.year, hi.month):
                continue
            url = f"/categories/archives/{c}/{m:%Y-%m}"
            last = (m.replace(month=m.month % 12 + 1, year=m.year + m.month // 12) - timedelta(days=1))
            last = min(last, NOW)
            locs.append(f"<url><loc>{{{{base}}}}{url}</loc><lastmod>{last:%Y-%m-%d}T00:00:00+00:00</lastmod></url>\n")
            inmonth = sorted([d for d in mine if (d.created.year, d.created.month) == (m.year, m.month)],
                             key=lambda d: d.last, reverse=True)
            body = ("\n".join(li(d) for d in inmonth) if inmonth else "")
            empty = "" if inmonth else '<div class="Empty">Không tìm thấy thảo luận nào.</div>'
            content = (f'<h1 class="H HomepageTitle">{esc(n)}</h1>\n<div class="P PageDescription">Lưu trữ tháng {m:%m/%Y}</div>\n'
                       f'<ul class="DataList Discussions">\n{body}\n</ul>{empty}')
            site.page(url, layout(f"{n} — {NAME}", content, body_id="vanilla_categories_archives",
                                  body_class=f"Vanilla Categories isDesktop archives  Section-DiscussionList Section-Category-{c}",
                                  target=url, cat=c, head=f'  <link rel="canonical" href="{{{{base}}}}{url}" />\n'),
                      content_type=HTML)
            site.non_articles.append(url)
        site.page(f"/sitemap-category-{c}.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/'
                  'schemas/sitemap/0.9">\n' + "".join(locs) + "</urlset>", content_type="text/xml; charset=utf-8")
        sm_index.append(f"  <sitemap>\n    <loc>{{{{base}}}}/sitemap-category-{c}.xml</loc>\n    <lastmod>"
                        f"{max(d.last for d in mine):%Y-%m-%dT%H:%M:%S}+07:00</lastmod>\n  </sitemap>\n\n")
    site.page("/sitemapindex.xml", '<?xml version="1.0" encoding="UTF-8"?>\n\n<sitemapindex xmlns="http://www.sitemaps.org/'
              'schemas/sitemap/0.9">\n\n' + "".join(sm_index) + "</sitemapindex>\n", content_type="text/xml; charset=utf-8")
    site.trap("the Sitemaps plugin: robots.txt names /sitemapindex.xml -> /sitemap-category-<code>.xml -> month archives "
              "/categories/archives/<code>/<Y-m> (lists, some empty; linked from nowhere else)",
              "/categories/archives/thong-bao/2024-12")
    site.trap("RSS /discussions/feed.rss and /categories/<code>/feed.rss (head alternate on the lists): pubDate in UTC "
              "(date('r') on a UTC server), dc:creator the poster account, the whole first post as description",
              "/categories/thong-bao/feed.rss")

    # robots-disallowed targets: every /entry/ and /profile/discussions|comments/ link
    blocked = ("/entry/", "/profile/discussions/", "/profile/comments/", "/messages/", "/search/")
    never = set()
    for path, html in list(site.html_pages.items()):
        for link in page_links(html, path):
            if link.startswith(blocked):
                never.add(link)
    for link in sorted(never):
        if link.startswith("/entry/") and link.split("?")[0] not in site.html_pages:
            site.page(link.split("?")[0], layout(f"Đăng nhập — {NAME}", '<h1>Đăng nhập</h1><form method="post" action="/entry/'
                                                 'signin"><input name="Email" /><input type="password" name="Password" /></form>',
                                                 body_id="dashboard_entry_signin", body_class="Dashboard Entry isDesktop signin",
                                                 target="/"), content_type=HTML)
    site.never_fetched += sorted(never)
    site.trap("robots.txt (Sitemaps plugin) disallows /entry/ (every 'Đăng nhập' / 'Đăng ký' link carries ?Target=), "
              "/profile/discussions/, /profile/comments/, /messages/, /search/: never fetched", "/entry/register")
    site.static("/robots.txt", "Sitemap: {{base}}/sitemapindex.xml\nUser-agent: *\nDisallow: /entry/\nDisallow: /messages/\n"
                "Disallow: /profile/comments/\nDisallow: /profile/discussions/\nDisallow: /search/")
    for k in USERS:
        site.binary(userpic(k), image_for(k))
    site.binary("/uploads/favicon_2f8e1c.ico", image_for("favicon"))
    return site
