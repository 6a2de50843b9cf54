"""Site `hoidap-htxcantho` (registry family `generic`): "Hỏi đáp HTX Cần Thơ", the forum the Cần Thơ cooperative
alliance runs on **JForum 2.8.3** (the Java forum on Tomcat 9, the stock `default` template, the `vi_VN` language file;
`dateTime.format = dd/MM/yyyy HH:mm:ss`, the JVM in Asia/Ho_Chi_Minh; the admin set 6 topics and 10 posts a page and
allowed HTML in the news forum; the copy is of Tuesday 15 April 2025, 09:30, before the city merged with Sóc Trăng
and Hậu Giang). The alliance posts its news as topics in the forum "Tin tức – Thông báo", where only staff may start
a topic and members may reply. Written as a held-out test: no family module, no selectors.

URL shapes (JForum's ".page" servlet mapping, start offsets rather than page numbers): a topic
`/posts/list/<topic>.page`, its later pages `/posts/list/10/<topic>.page`, and the first page again as
`/posts/list/0/<topic>.page` (the topic pager's "1" and the forum list's "Tới trang: 1, 2": the same page); a post
`/posts/preList/<topic>/<post>.page` (a 302 to `/posts/list/[<start>/]<topic>.page#<post>`: the "Chủ đề:" link of
every post, the lists' last-post arrows, a member's reply); forums `/forums/show/<forum>.page`, `/forums/show/6/2.page`
(start 6); the index `/forums/list.page` (`/` is JForum's `index.htm`, a meta refresh to it);
`/recentTopics/list.page`, `/hottestTopics/list.page`, `/user/list.page`, `/user/profile/<id>.page`,
`/moderation/showActivityLog.page` (the moderation log), `/search/filters.page`; the feeds `/rss/forumTopics/<forum>.page`,
`/rss/topicPosts/<topic>.page`, `/rss/recentTopics.page`; attachments `/posts/downloadAttach/<id>.page`. The admin's
robots.txt disallows `/user/login.page`, `/user/insert.page` (register), the posting and watching links
(`/posts/reply/`, `/posts/quote/`, `/posts/watch/`, `/jforum.page`), private messages and `/posts/listByUser/`.

Why it is hard: no heading element at all: the title is `a.maintitle`; the posts are rows of `table.forumline`: the
poster's cell (`span.name`, the rank title, the avatar, "Gia nhập: 05/03/2018 09:12:00", "Bài gửi: 268", "Đến từ: …",
"Ngoại tuyến"), then a cell whose first row is "Chủ đề: <subject> Gửi: 09/04/2025 08:35:12" (day first: 01/03/2025 is
1 March), then `span.postbody`: BBCode turned into `<br />` runs (no `<p>`), `<b>` headings, `<ul>` lists, `<img>`
with an `<i>` caption on the next line, an HTML `<table border="1">` (the news forum allows HTML), a `blockquote` "X đã
viết:" in replies; the attachment table "Tệp đính kèm", the edit line "Thông điệp đã được sửa 1 lần…" and the
signature after "_________________" are no text. A news item is the first post; the replies (rows below it) are not
text. The author is the first post's poster when a person (never "admin" nor the office account "vanphong"); a
closing byline overrides. The RSS prints the JVM's zone as an abbreviation: "Sat, 1 Mar 2025 00:21:47 ICT". The
forum lists sort by LAST post with the sticky rules first; the oldest news is only on `/forums/show/6/2.page` among
the HTML pages (its poster's `/posts/listByUser/` is disallowed).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "hoidap-htxcantho"
BOARD = "Hỏi đáp HTX Cần Thơ"
NOW = datetime(2025, 4, 15, 9, 30)
TOPICS_PER = 6
POSTS_PER = 10
HTML = "text/html;charset=UTF-8"
RSS = "application/rss+xml;charset=UTF-8"
FORUMS = {2: ("Tin tức – Thông báo", "Tin hoạt động và thông báo của Liên minh HTX thành phố. Chỉ Ban điều hành được mở chủ đề."),
          3: ("Hỏi đáp chính sách HTX", "Thành viên hỏi, Liên minh HTX thành phố trả lời về chính sách, pháp luật HTX."),
          4: ("Giới thiệu sản phẩm – Kết nối tiêu thụ", "Các HTX giới thiệu sản phẩm, tìm đối tác tiêu thụ.")}
CATS = [("Liên minh HTX thành phố Cần Thơ", [2, 3]), ("Giao lưu hợp tác xã", [4])]
MODS = {2: ["vanphong", "Lê Hoàng Nam"], 3: ["Lê Hoàng Nam"], 4: ["Trần Ngọc Hân"]}
# id: (username, rank, registered, posts, from, signature, avatar?)
USERS = {
    2: ("admin", "Quản trị viên", datetime(2016, 8, 1, 10, 2, 11), 731, "Ninh Kiều", "Ban Quản trị Hỏi đáp HTX Cần Thơ", True),
    3: ("vanphong", "Điều hành viên", datetime(2016, 8, 2, 8, 30, 0), 402, "Ninh Kiều",
        "Văn phòng Liên minh HTX thành phố Cần Thơ - ĐT: 0292.3820.547", True),
    5: ("Lê Hoàng Nam", "Điều hành viên", datetime(2018, 3, 5, 9, 12, 0), 268, "Ninh Kiều", None, True),
    6: ("Trần Ngọc Hân", "Điều hành viên", datetime(2019, 6, 17, 14, 40, 5), 142, "Bình Thủy",
        "Phòng Tuyên truyền - Liên minh HTX thành phố Cần Thơ", False),
    7: ("Đặng Văn Phước", "Điều hành viên", datetime(2020, 11, 2, 7, 55, 31), 58, "Phong Điền", None, False),
    8: ("htx.thoilai", "Thành viên", datetime(2021, 4, 12, 16, 20, 0), 44, "Thới Lai", "HTX Thủy sản Thới Lai - cá tra giống, cá thát lát", False),
    9: ("nguyenvanlong", "Thành viên mới", datetime(2023, 8, 21, 20, 11, 45), 19, "Ô Môn", None, False),
    10: ("tranthimai.ct", "Thành viên mới", datetime(2024, 10, 3, 11, 2, 7), 11, "Cờ Đỏ", None, False),
}
UID = {v[0]: k for k, v in USERS.items()}
POWERED = "Powered by JForum 2.8.3 © 2024 JForum Team • Maintained by Andowson Chang and Rafael Steil"
FOOTER = "Liên minh Hợp tác xã thành phố Cần Thơ - Số 12 Hòa Bình, quận Ninh Kiều - ĐT: 0292.3820.547"
FURN = [POWERED, FOOTER, "Danh sách thành viên", "Chủ đề sôi nổi", "Trang chủ diễn đàn", "Về đầu trang", "Gia nhập:",
        "Bài gửi:", "Đến từ:", "Ngoại tuyến", "Thông điệp đã được sửa", "Tệp đính kèm", "Đã tải về:", "Chuyển đến:",
        "đã viết:", "Điều hành viên", "Quản trị viên", "_________________"] + [u[5] for u in USERS.values() if u[5]]


def rss_date(d: datetime) -> str:
    """RSSUtils.formatDate: "EEE, d MMM yyyy HH:mm:ss z" in the JVM's zone (Asia/Ho_Chi_Minh prints 'ICT')."""
    return f"{d:%a}, {d.day} {d:%b %Y %H:%M:%S} ICT"


def shown(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M:%S}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 12/TB-LMHTX về việc tham gia Hội chợ nông sản và sản phẩm OCOP Cần Thơ năm 2025",
          body="""
LIÊN MINH HTX THÀNH PHỐ CẦN THƠ
Số: 12/TB-LMHTX
Cần Thơ, ngày 07 tháng 4 năm 2025
THÔNG BÁO
Về việc tham gia Hội chợ nông sản và sản phẩm OCOP Cần Thơ năm 2025
Hội chợ diễn ra từ ngày 10/5 đến ngày 14/5/2025 tại Công viên sông Hậu, quận Ninh Kiều.
Liên minh HTX thành phố hỗ trợ 25 gian hàng miễn phí cho các HTX có sản phẩm đạt OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX thành phố trước ngày 25/4/2025 theo mẫu đính kèm.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Kim Loan
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/posts/downloadAttach/37.page", "text": "TB-12-LMHTX-2025.pdf"}],
          opts={"by": "vanphong", "views": 402, "head": 5, "edited": ("vanphong", datetime(2025, 4, 9, 10, 5, 40)),
                "replies": [("htx.thoilai", datetime(2025, 4, 9, 14, 22, 9), "quote",
                             "HTX Thủy sản Thới Lai đăng ký 1 gian hàng cá thát lát chế biến, nhờ Văn phòng xác nhận giúp."),
                            ("vanphong", datetime(2025, 4, 10, 8, 10, 51), None,
                             "Văn phòng đã nhận phiếu của HTX, sẽ gửi xác nhận qua thư điện tử trong tuần.")]},
          notes=["notice 'Số: 12/TB-LMHTX' dated 07/4 in its text, posted 'Gửi: 09/04/2025 08:35:12' (day first); the "
                 "first five lines one <br /> run; poster = the office account 'vanphong': no author; the signer is text; "
                 "the 'Tệp đính kèm' table (/posts/downloadAttach/37.page, 'Đã tải về: 52 lần') is an attachment, not text; "
                 "the edit line 'Thông điệp đã được sửa 1 lần. Lần sửa cuối bởi vanphong vào 09/04/2025 10:05:40', the "
                 "signature after '_________________' and two replies (one a blockquote 'vanphong đã viết:') are not text"],
          **at(datetime(2025, 4, 9, 8, 35, 12))),
        A(path="", title="Ảnh: HTX Du lịch Cồn Sơn tất bật đón khách dịp cuối tuần",
          body="""
Những ngày đầu tháng 4, các hộ thành viên HTX Du lịch Cồn Sơn (quận Bình Thủy) đón hàng nghìn lượt khách tham quan vườn trái cây.
[img con-son-1.jpg] Du khách xem biểu diễn cá lóc bay tại điểm du lịch của HTX
[img con-son-2.jpg] Thành viên HTX hướng dẫn du khách làm bánh dân gian
[img con-son-3.jpg] Bến đò của HTX đưa khách từ bến Ninh Kiều sang cồn
Năm 2024, HTX đón hơn 85.000 lượt khách, doanh thu của các hộ thành viên tăng 20% so với năm trước.
Bài, ảnh: Huỳnh Quốc Thái
""", author="Huỳnh Quốc Thái",
          opts={"by": "Trần Ngọc Hân", "views": 288,
                "replies": [("nguyenvanlong", datetime(2025, 4, 3, 18, 40, 2), None, "Cồn Sơn đẹp quá, cuối tuần này gia đình em sẽ ghé.")]},
          notes=["photo story: each [img] an <img border='0'> then <br /> and an <i> caption line (one line each), the "
                 "paragraphs <br /><br /> runs; poster Trần Ngọc Hân (a staff member) but 'Bài, ảnh: Huỳnh Quốc Thái' "
                 "closes it -> author Huỳnh Quốc Thái"],
          **at(datetime(2025, 4, 3, 15, 20, 5))),
        A(path="", title="Tình hình phát triển HTX trên địa bàn thành phố Cần Thơ năm 2024",
          body="""
Năm 2024, toàn thành phố thành lập mới 21 HTX, nâng tổng số HTX đang hoạt động lên 312 HTX. Kết quả theo từng địa phương như sau:
| Quận, huyện | HTX đang hoạt động | Thành lập mới | Giải thể |
| Quận Ninh Kiều | 28 | 2 | 1 |
| Quận Ô Môn | 35 | 3 | 0 |
| Huyện Phong Điền | 47 | 4 | 2 |
| Huyện Thới Lai | 52 | 5 | 1 |
| Các quận, huyện còn lại | 150 | 7 | 3 |
Số liệu do phòng Kinh tế, phòng Nông nghiệp và PTNT các quận, huyện báo cáo Liên minh HTX thành phố.
""", author="Lê Hoàng Nam",
          opts={"by": "Lê Hoàng Nam", "views": 231},
          notes=["an HTML table in the message (<table border='1'>, the first row <b> cells, no <th>): one line per row; "
                 "poster Lê Hoàng Nam (a staff member), no byline: he is the author; eleven replies run onto "
                 "/posts/list/10/<topic>.page (replies only: no article), whose pager's '1' links /posts/list/0/<topic>.page "
                 "(the first page again: an alias); the last reply '15/04/2025 08:12:40' puts this March topic on top"],
          **at(datetime(2025, 3, 20, 10, 12, 30))),
        A(path="", title="Hướng dẫn HTX đăng ký tham gia Chương trình OCOP năm 2025",
          body="""
Để sản phẩm được đánh giá, phân hạng OCOP năm 2025, HTX cần chuẩn bị hồ sơ theo đúng hướng dẫn.
## Hồ sơ đăng ký gồm
* Phiếu đăng ký sản phẩm tham gia Chương trình OCOP;
* Phương án sản xuất, kinh doanh sản phẩm;
* Giấy chứng nhận an toàn thực phẩm hoặc bản cam kết;
* Phiếu kết quả kiểm nghiệm chất lượng sản phẩm còn hiệu lực.
HTX nộp hồ sơ tại phòng Kinh tế các quận, huyện trước ngày 30/6/2025.
Nguyễn Minh Trí - Phòng Tư vấn hỗ trợ
""", author="Nguyễn Minh Trí",
          opts={"by": "admin", "views": 176,
                "replies": [("nguyenvanlong", datetime(2025, 3, 13, 9, 30, 2), "link",
                             "Liên minh có tổ chức gặp mặt HTX như buổi tối cuối tháng 2 nữa không ạ? Bài cũ ở đây:")]},
          notes=["a [b] heading line (<b> between <br />s, no heading element) and a [list] (<ul>); poster 'admin' but "
                 "'Nguyễn Minh Trí - Phòng Tư vấn hỗ trợ' closes the text -> Nguyễn Minh Trí; a member's reply links "
                 "another topic's first post as /posts/preList/<topic>/<post>.page"],
          **at(datetime(2025, 3, 12, 8, 45, 0))),
        A(path="", title="HTX Nông nghiệp Thạnh Phú liên kết sản xuất lúa chất lượng cao",
          body="""
HTX Nông nghiệp Thạnh Phú (huyện Cờ Đỏ) liên kết với doanh nghiệp sản xuất 450 ha lúa chất lượng cao vụ Đông Xuân.
Doanh nghiệp cung ứng giống, phân bón trả chậm và bao tiêu toàn bộ sản phẩm với giá cao hơn thị trường 200 đồng/kg.
Lợi nhuận của thành viên tăng bình quân 5 triệu đồng/ha so với sản xuất riêng lẻ.
Theo Báo Cần Thơ
""", author=None,
          opts={"by": "vanphong", "views": 203},
          notes=["a reprint: 'Theo Báo Cần Thơ' closes the text; posted by the office's account: no author; on the forum "
                 "list's page 2"],
          **at(datetime(2025, 3, 5, 14, 30, 22))),
        A(path="", title="Liên minh HTX thành phố gặp mặt các HTX tiêu biểu năm 2024",
          body="""
Tối 28/2, Liên minh HTX thành phố tổ chức gặp mặt đại diện 40 HTX tiêu biểu có thành tích xuất sắc năm 2024.
Các HTX chia sẻ kinh nghiệm liên kết sản xuất lúa, trái cây, thủy sản và kiến nghị hỗ trợ vốn, đất đai.
Dịp này, Liên minh HTX thành phố tặng Giấy khen cho 15 HTX và 10 cá nhân có thành tích tiêu biểu.
""", author=None,
          opts={"by": "admin", "views": 158},
          notes=["posted at 00:21 on 1 March about the evening before ('Tối 28/2' is the event): 'Gửi: 01/03/2025 00:21:47' "
                 "(day first: not 3 January; the JVM's Vietnam time, 28 February 17:21 in UTC); the RSS 'Sat, 1 Mar 2025 "
                 "00:21:47 ICT' (a zone abbreviation); published 2025-03-01 00:21:47; poster 'admin', no byline: author "
                 "null; a member's reply links it by /posts/preList/<topic>/<post>.page (a 302 to the topic): an alias; "
                 "on the forum list's page 2"],
          **at(datetime(2025, 3, 1, 0, 21, 47))),
        A(path="", title="Liên minh HTX thành phố tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          body="""
Trong hai ngày 13 và 14/4, Liên minh HTX thành phố phối hợp với Sở Khoa học và Công nghệ tập huấn chuyển đổi số cho 60 cán bộ quản lý HTX.
Học viên được hướng dẫn sử dụng hóa đơn điện tử, phần mềm kế toán và bán hàng trên sàn thương mại điện tử.
Sau lớp học, Liên minh HTX thành phố sẽ hỗ trợ 20 HTX đưa sản phẩm OCOP lên sàn Postmart và Voso.
""", author="Trần Ngọc Hân",
          opts={"by": "Trần Ngọc Hân", "views": 61},
          notes=["posted the day before the copy, 'Gửi: 14/04/2025 16:50:03' (JForum prints no 'yesterday'); poster Trần "
                 "Ngọc Hân (a person, no byline): the author"],
          **at(datetime(2025, 4, 14, 16, 50, 3))),
        A(path="", title="HTX Trái cây Phong Điền giữ thương hiệu dâu Hạ Châu",
          body="""
HTX Trái cây Phong Điền (huyện Phong Điền) hiện có 42 thành viên với 65 ha dâu Hạ Châu, trong đó 30 ha đạt chứng nhận VietGAP.
HTX tổ chức thu mua, phân loại, đóng thùng có tem truy xuất nguồn gốc trước khi bán cho các siêu thị.
Năm 2024, sản phẩm dâu Hạ Châu của HTX được công nhận OCOP 4 sao, giá bán ổn định từ 35.000 đến 45.000 đồng/kg.
""", author="Đặng Văn Phước",
          opts={"by": "Đặng Văn Phước", "views": 58},
          notes=["the oldest news: only on /forums/show/6/2.page among the HTML pages (not on the index, the forum's "
                 "first page, 'Chủ đề mới' or 'Chủ đề sôi nổi'; the feeds list it; its poster's /posts/listByUser/ is "
                 "disallowed); poster Đặng Văn Phước (a staff member, no byline): the author"],
          **at(datetime(2025, 2, 18, 9, 5, 47))),
    ]


TABLE_REPLIES = [
    ("nguyenvanlong", "Số liệu rất hữu ích, cảm ơn anh Nam."),
    ("htx.thoilai", "Thới Lai năm nay có thêm HTX thủy sản nào thành lập mới không anh?"),
    ("Lê Hoàng Nam", "Có 2 HTX nuôi cá thát lát ở xã Trường Thắng và Định Môn."),
    ("tranthimai.ct", "Cờ Đỏ năm nay cũng có thêm 2 HTX lúa mới."),
    ("nguyenvanlong", "Đề nghị năm sau bổ sung cột doanh thu bình quân theo từng địa phương."),
    ("Lê Hoàng Nam", "Ý kiến hay, Văn phòng sẽ tổng hợp trong báo cáo năm 2025."),
    ("htx.thoilai", "Số HTX giải thể có tính HTX tạm ngừng hoạt động không ạ?"),
    ("Lê Hoàng Nam", "Không tính, chỉ tính các HTX đã có quyết định giải thể."),
    ("tranthimai.ct", "Cảm ơn anh đã giải đáp."),
    ("nguyenvanlong", "Mong Liên minh sớm có số liệu quý I năm 2025."),
    ("tranthimai.ct", "Số liệu quý I có trong tháng 4 không anh?"),
]


@dataclass
class Topic:
    id: int
    forum: int
    subject: str
    posts: list = field(default_factory=list)  # [(pid, user, when, html)]
    sticky: bool = False
    views: int = 0
    article: RichArticle | None = None

    @property
    def pages(self) -> int:
        return (len(self.posts) - 1) // POSTS_PER + 1

    def page_of(self, pid: int) -> int:
        return [p[0] for p in self.posts].index(pid) // POSTS_PER + 1

    def page_path(self, n: int) -> str:
        return f"/posts/list/{self.id}.page" if n == 1 else f"/posts/list/{(n - 1) * POSTS_PER}/{self.id}.page"


def message_html(a: RichArticle) -> str:
    parts: list[str] = []
    blocks = a.blocks
    head = a.opts.get("head", 0)
    if head:
        parts.append("<br />".join(inline_html(b.text) for b in blocks[:head]))
        blocks = blocks[head:]
    for b in blocks:
        if b.kind == "p":
            parts.append(inline_html(b.text))
        elif b.kind == "h":
            parts.append(f"<b>{esc(b.text)}</b>")
        elif b.kind in ("ul", "ol"):
            parts.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head_row, *rows = b.rows
            parts.append('<table border="1" cellpadding="4" cellspacing="0"><tr>\n'
                         + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head_row) + "\n</tr>"
                         + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>" for r in rows)
                         + "</table>")
        elif b.kind == "img":
            src = f"/upload/{a.date:%Y/%m}/{b.src}"
            cap = f"<br /><i>{esc(b.text)}</i>" if b.text else ""
            parts.append(f'<img src="{src.replace(".jpg", ".png")}" border="0" alt="" />{cap}')
    return "<br /><br />".join(parts)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "can-tho", f"{BOARD} (JForum 2.8)", "generic", None, start_urls=["{{base:%s}}/forums/list.page" % SITE],
                     feeds=["{{base:%s}}/rss/forumTopics/2.page" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    raw = [(a.date, 2, a.title, a) for a in arts]
    raw += [(datetime(2021, 6, 1, 8, 0, 0), 2, "Nội quy chuyên mục Tin tức – Thông báo",
             "Chuyên mục chỉ đăng tin hoạt động và thông báo chính thức của Liên minh HTX thành phố.<br /><br /><ul><li>Chỉ Ban "
             "điều hành được mở chủ đề mới;</li><li>Thành viên trả lời đúng nội dung, không quảng cáo;</li><li>Bài vi phạm sẽ "
             "bị xóa mà không báo trước.</li></ul>"),
            (datetime(2025, 4, 11, 19, 30, 45), 3, "Hỏi về điều kiện vay vốn Quỹ hỗ trợ phát triển HTX",
             "Chào Ban điều hành, HTX em thành lập năm 2023, vốn điều lệ 700 triệu đồng thì có đủ điều kiện vay vốn Quỹ hỗ trợ "
             "phát triển HTX không ạ?"),
            (datetime(2025, 3, 27, 10, 0, 0), 4, "HTX Thủy sản Thới Lai giới thiệu khô cá thát lát đạt OCOP 3 sao",
             "HTX Thủy sản Thới Lai giới thiệu khô cá thát lát đạt OCOP 3 sao, nhận giao hàng toàn thành phố. Liên hệ: "
             "0292.3680.214.")]
    raw.sort(key=lambda r: r[0])
    posters = {"Nội quy chuyên mục Tin tức – Thông báo": "admin",
               "Hỏi về điều kiện vay vốn Quỹ hỗ trợ phát triển HTX": "tranthimai.ct",
               "HTX Thủy sản Thới Lai giới thiệu khô cá thát lát đạt OCOP 3 sao": "htx.thoilai"}
    topics: list[Topic] = []
    events = []
    for tid, (when, forum, subject, content) in enumerate(raw, 1281):
        art = content if isinstance(content, RichArticle) else None
        t = Topic(tid, forum, subject, sticky=subject.startswith("Nội quy"), article=art,
                  views=art.opts["views"] if art else {2: 512, 3: 97, 4: 133}[forum])
        topics.append(t)
        if art:
            art.opts["topic"] = t
            events.append((when, t, art.opts["by"], None, None))
            for user, rwhen, kind, text in art.opts.get("replies", []):
                events.append((rwhen, t, user, text, kind))
            if any(b.kind == "table" for b in art.blocks):
                for i, (user, text) in enumerate(TABLE_REPLIES):
                    rwhen = datetime(2025, 3, 20, 14, 0) + timedelta(days=2 * i, minutes=17 * i)
                    if i == len(TABLE_REPLIES) - 1:
                        rwhen = datetime(2025, 4, 15, 8, 12, 40)
                    events.append((rwhen, t, user, text, None))
        else:
            events.append((when, t, posters[subject], content, "raw"))
            if forum == 3:
                events.append((datetime(2025, 4, 12, 8, 20, 14), t, "Lê Hoàng Nam",
                               "HTX cần hoạt động từ đủ 1 năm, có phương án sản xuất kinh doanh khả thi và tài sản bảo đảm "
                               "theo quy định.", None))
    events.sort(key=lambda e: e[0])
    links = []
    for pid, (when, t, user, text, kind) in enumerate(events, 5021):
        if t.article is not None and not t.posts:
            html = message_html(t.article)
        elif kind == "raw":
            html = text
        else:
            html = ""
            if kind == "quote":
                quoted = "Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX thành phố trước ngày 25/4/2025 theo mẫu đính kèm."
                html = f"<blockquote><div><cite>{esc(t.posts[0][1])} đã viết:</cite>{esc(quoted)}</div></blockquote>"
            html += esc(text)
            if kind == "link":
                links.append((t, len(t.posts)))
        t.posts.append((pid, user, when, html))
    midnight = next(a for a in arts if a.date.hour == 0)
    mt = midnight.opts["topic"]
    pre_mid = f"/posts/preList/{mt.id}/{mt.posts[0][0]}.page"
    for t, i in links:
        pid, user, when, html = t.posts[i]
        t.posts[i] = (pid, user, when, html + f'<br /><a href="{pre_mid}" target="_new" rel="nofollow">{{{{base}}}}{pre_mid}</a>')
    for t in topics:
        if t.article is not None:
            for pid, user, when, html in t.posts[1:POSTS_PER]:
                text = re.sub(r"<blockquote>.*?</blockquote>", "", html)
                site.extra_boilerplate.append(re.sub(r"<[^>]+>", "", text.split("<br />")[0]).strip())
    oldest = arts[-1]
    never: set[str] = set()

    def hpage(path: str, html: str) -> None:
        """JForum answers every *.page with text/html (the static files would be typed by their suffix)."""
        site.page(path, html, content_type=HTML)

    def ulink(user: str) -> str:
        return f'<a href="/user/profile/{UID[user]}.page">{esc(user)}</a>'

    def icon(name: str, alt: str) -> str:
        return f'<img src="/templates/default/images/{name}" alt="{attr(alt)}" title="{attr(alt)}" border="0" />'

    def layout(title: str, body: str, *, head: str = "") -> str:
        never.update(["/user/login.page", "/user/insert.page"])
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta http-equiv="Pragma" content="no-cache" />
<meta http-equiv="Expires" content="-1" />
<link rel="stylesheet" type="text/css" href="/templates/default/styles/style.css?1712345678" />
<link rel="stylesheet" type="text/css" href="/templates/default/styles/vi_VN.css?1712345678" />
{head}<title>{title}</title>
<script type="text/javascript" src="/templates/default/js/jquery.js?1712345678"></script>
</head>
<body class="vi_VN">
<table width="100%" border="0">
<tr><td>
<table cellspacing="0" cellpadding="0" width="100%" border="0">
<tr>
<td valign="middle" rowspan="2"><a href="/forums/list.page"><img src="/templates/default/images/logo.png" vspace="1" border="0" alt="[Logo]" /></a></td>
<td width="99%" valign="middle" align="center"><a class="maintitle" href="/forums/list.page">{esc(BOARD)}</a><br /><span class="gen">Diễn đàn của Liên minh Hợp tác xã thành phố Cần Thơ</span></td>
</tr>
<tr>
<td align="center" valign="top" nowrap="nowrap"><table cellspacing="0" cellpadding="2" border="0"><tr><td valign="top" nowrap="nowrap" align="center" class="mainmenu">
{icon("icon_mini_search.gif", "[Tìm kiếm]")} <a class="mainmenu" href="/search/filters.page">Tìm kiếm</a> &nbsp;
{icon("icon_mini_recentTopics.gif", "[Chủ đề mới]")} <a class="mainmenu" href="/recentTopics/list.page">Chủ đề mới</a> &nbsp;
{icon("icon_mini_recentTopics.gif", "[Chủ đề sôi nổi]")} <a class="mainmenu" href="/hottestTopics/list.page">Chủ đề sôi nổi</a> &nbsp;
{icon("icon_mini_members.gif", "[Thành viên]")} <a class="mainmenu" href="/user/list.page">Danh sách thành viên</a> &nbsp;
{icon("icon_mini_groups.gif", "[Trang chủ]")} <a class="mainmenu" href="/forums/list.page">Trang chủ diễn đàn</a> &nbsp;
{icon("icon_mini_register.gif", "[Đăng ký]")} <a class="mainmenu" href="/user/insert.page">Đăng ký</a> &nbsp;
{icon("icon_mini_login.gif", "[Đăng nhập]")} <a class="mainmenu" href="/user/login.page">Đăng nhập</a>
</td></tr></table></td>
</tr>
</table>
</td></tr>
<tr><td>
{body}
</td></tr>
<tr><td>
<div align="center"><span class="gensmall">{esc(FOOTER)}</span></div>
<div align="center"><span class="copyright">Powered by <a href="{{{{base:offsite}}}}/jforum/" target="_new">JForum 2.8.3</a> &copy; 2024 JForum Team &bull; Maintained by Andowson Chang and Rafael Steil</span></div>
</td></tr>
</table>
</body>
</html>
"""

    def jump() -> str:
        opts = "".join(f'<option value="{fid}">{esc(FORUMS[fid][0])}</option>' for _, fids in CATS for fid in fids)
        return (f'<table width="100%" border="0"><tr><td align="right"><form action="/jforum.page" method="get" name="jumpbox">'
                f'<span class="gensmall">Chuyển đến:&nbsp;<select name="forum_id" onchange="document.location=\'/forums/show/\' '
                f'+ this.value + \'.page\'"><option value="-1">Chọn diễn đàn</option>{opts}</select>&nbsp;<input class="mainoption" '
                f'type="button" value="Đi" /></span></form></td></tr></table>')

    def pager(base_fn, n: int, pages: int) -> str:
        if pages < 2:
            return ""
        items = []
        if n > 1:
            items.append(f'<a href="{base_fn(n - 1)}">Trước</a>')
        for k in range(1, pages + 1):
            items.append(f"<b>{k}</b>" if k == n else f'<a href="{base_fn(k)}">{k}</a>')
        if n < pages:
            items.append(f'<a href="{base_fn(n + 1)}">Tiếp</a>')
        return f'<span class="nav">Tới trang {", ".join(items)}</span>'

    def topic_page_link(t: Topic):
        return lambda k: f"/posts/list/{(k - 1) * POSTS_PER}/{t.id}.page"

    def poster_cell(user: str, pid: int) -> str:
        name, rank, reg, posts, frm, _, av = USERS[UID[user]]
        avatar = (f'<img class="avatar" src="/images/avatar/{UID[user]}.png" border="0" alt="" /><br />' if av else "")
        return (f'<td class="row1" valign="top" align="left"><a name="{pid}"></a><span class="name"><b>{ulink(user)}</b></span><br />'
                f'<span class="postdetails">{esc(rank)}<br />{avatar}<br />Gia nhập: {shown(reg)}<br />Bài gửi: {posts}<br />Đến '
                f'từ: {esc(frm)}<br /><span class="offline">Ngoại tuyến</span></span><br /></td>')

    def post_rows(t: Topic, i: int) -> str:
        pid, user, when, html = t.posts[i]
        first = i == 0
        a = t.article if first else None
        subject = t.subject if first else f"Re:{t.subject}"
        files = ""
        if a and a.attachments:
            files = "".join(
                f'<table width="100%" class="attachments" align="center" border="0"><tr><td class="row3" colspan="2">'
                f'{icon("icon_clip.gif", "[Tệp]")} <span class="gensmall"><b>Tệp đính kèm</b></span></td></tr><tr><td class="row2" '
                f'width="10%" align="center">{icon("icon_pdf.gif", "[PDF]")}</td><td class="row2"><span class="gensmall"><a '
                f'href="{x["path"]}">{esc(x["text"])}</a><br />Mô tả: Thông báo và mẫu phiếu đăng ký<br />Dung lượng: 131 Kbytes'
                f"<br />Đã tải về: 52 lần</span></td></tr></table>" for x in a.attachments)
        edit = ""
        if a and a.opts.get("edited"):
            who, ew = a.opts["edited"]
            edit = (f'<br /><br /><span class="gensmall"><i>Thông điệp đã được sửa 1 lần. Lần sửa cuối bởi {esc(who)} vào '
                    f"{shown(ew)}</i></span>")
        sig = USERS[UID[user]][5]
        sig_html = f'<span class="postbody"><br />_________________<br />{esc(sig)}</span>' if sig else ""
        return f"""<tr>
{poster_cell(user, pid)}
<td class="row1" valign="top" width="100%" height="28"><table cellspacing="0" cellpadding="0" width="100%" border="0">
<tr><td width="100%"><a href="/posts/preList/{t.id}/{pid}.page#{pid}">{icon("icon_minipost_new.gif", "Post")}</a><span class="postdetails"><b>Chủ đề:</b> <a href="/posts/preList/{t.id}/{pid}.page#{pid}">{esc(subject)}</a> &nbsp; &nbsp;{icon("icon_minipost.gif", "Post")}<b>Gửi:</b> {shown(when)}</span></td>
<td valign="top" nowrap="nowrap"><a href="/posts/quote/0/{pid}.page">{icon("vi_VN/icon_quote.gif", "[Trích dẫn]")}</a></td></tr>
<tr><td colspan="2"><hr /></td></tr>
<tr><td colspan="2" height="100%" valign="top"><span class="postbody">{html}</span>{files}{edit}{sig_html}</td></tr>
</table></td>
</tr>
<tr>
<td class="row1" valign="middle" align="left"><a class="nav" href="#top">Về đầu trang</a></td>
<td class="row1" valign="bottom" nowrap="nowrap" height="28" width="100%"><a href="/user/profile/{UID[user]}.page">{icon("vi_VN/icon_profile.gif", "[Hồ sơ]")}</a> <a href="/pm/sendTo/{UID[user]}.page">{icon("vi_VN/icon_pm.gif", "[Tin nhắn]")}</a></td>
</tr>
<tr><td class="spacerow" colspan="2" height="1">{icon("spacer.gif", "")}</td></tr>
"""

    def topic_page(t: Topic, n: int) -> str:
        lo = (n - 1) * POSTS_PER
        rows = "".join(post_rows(t, i) for i in range(lo, min(lo + POSTS_PER, len(t.posts))))
        fname = FORUMS[t.forum][0]
        for pid, *_ in t.posts[lo:lo + POSTS_PER]:
            never.add(f"/posts/quote/0/{pid}.page")
        for user in {p[1] for p in t.posts[lo:lo + POSTS_PER]}:
            never.add(f"/pm/sendTo/{UID[user]}.page")
        never.update([f"/posts/reply/0/{t.id}.page", f"/posts/watch/0/{t.id}.page",
                      f"/jforum.page?module=posts&action=insert&forum_id={t.forum}"])
        nav = (f'<table cellspacing="2" cellpadding="2" width="100%" border="0"><tr><td valign="bottom" nowrap="nowrap" '
               f'align="left" width="100%"><span class="nav"><a class="nav" href="/posts/reply/0/{t.id}.page">'
               f'{icon("vi_VN/reply.gif", "Trả lời")}</a> <a class="nav" href="/jforum.page?module=posts&amp;action=insert&amp;'
               f'forum_id={t.forum}">{icon("vi_VN/post.gif", "Chủ đề mới")}</a> <a class="nav" href="/forums/list.page">Trang '
               f'chủ diễn đàn</a> &raquo; <a class="nav" href="/forums/show/{t.forum}.page">{esc(fname)}</a></span></td><td '
               f'nowrap="nowrap" align="right">{pager(topic_page_link(t), n, t.pages)}</td></tr></table>')
        body = f"""<table cellspacing="0" cellpadding="10" width="100%" align="center" border="0"><tr><td class="bodyline">
<table cellspacing="2" cellpadding="2" width="100%" border="0"><tr><td valign="middle" align="left" colspan="2"><a class="maintitle" href="/posts/list/{t.id}.page">{esc(t.subject)}</a></td></tr></table>
{nav}
<table class="forumline" cellspacing="1" cellpadding="3" width="100%" border="0">
<tr><th class="thleft" nowrap="nowrap" width="150" height="26">Tác giả</th><th class="thright" nowrap="nowrap" width="100%">Thông điệp</th></tr>
{rows}</table>
{nav}
<table width="100%" border="0"><tr><td align="left"><span class="gensmall"><a href="/posts/watch/0/{t.id}.page">Theo dõi chủ đề này</a> &nbsp; <a href="/rss/topicPosts/{t.id}.page">{icon("xml_button.gif", "RSS")} RSS</a></span></td></tr></table>
{jump()}
</td></tr></table>"""
        head = f'<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss/topicPosts/{t.id}.page" />\n'
        return layout(f"{esc(t.subject)} - {esc(BOARD)}", body, head=head)

    for t in topics:
        for n in range(1, t.pages + 1):
            hpage(t.page_path(n), topic_page(t, n))
            if n > 1:
                site.non_articles.append(t.page_path(n))
        if t.pages > 1:
            site.same_page(f"/posts/list/0/{t.id}.page", t.page_path(1))
        for pid, *_ in t.posts:
            n = t.page_of(pid)
            target = f"{t.page_path(n)}#{pid}"
            site.redirect(f"/posts/preList/{t.id}/{pid}.page", target, 302)
        a = t.article
        if a is None:
            site.non_articles.append(t.page_path(1))
            continue
        a.path = t.page_path(1)
        a.aliases += [f"/posts/preList/{t.id}/{pid}.page" for pid, *_ in t.posts if t.page_of(pid) == 1]
        if t.pages > 1:
            a.aliases.append(f"/posts/list/0/{t.id}.page")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/upload/{a.date:%Y/%m}/{b.src.replace('.jpg', '.png')}", image_for(b.src))
        for x in a.attachments:
            name = "_files/tb-12-lmhtx-2025.pdf"
            site.files[name] = pdf(a.title, ["LIEN MINH HTX THANH PHO CAN THO", "THONG BAO SO 12/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": name, "content_type": "application/pdf"})
        site.add_article(a)
    table_t = next(t for t in topics if t.pages > 1)
    site.trap("a topic's replies beyond ten run onto /posts/list/10/<topic>.page (replies only: not an article); its "
              "pager's '1' (and the forum list's 'Tới trang: 1, 2') link /posts/list/0/<topic>.page: the first page",
              table_t.page_path(2))
    site.trap("every post's 'Chủ đề:' link /posts/preList/<topic>/<post>.page is a 302 to /posts/list/[<start>/]<topic>.page"
              "#<post>: aliases of the article for the first page's posts", pre_mid)
    sticky = next(t for t in topics if t.sticky)
    site.trap("the sticky 'Nội quy chuyên mục' topic heads the news forum ('Chú ý:'), and members' topics in the Q&A and "
              "product forums: not articles", sticky.page_path(1))

    # forum lists: sticky first, then by last post
    def row(t: Topic, with_forum: bool = False) -> str:
        pid, user, when, _ = t.posts[-1]
        prefix = "<b>Chú ý:</b> " if t.sticky else ""
        pages = ""
        if t.pages > 1:
            pages = (f' <span class="gensmall">[ {icon("icon_latest_reply.gif", "Tới trang")}Tới trang: '
                     + ", ".join(f'<a href="/posts/list/{(k - 1) * POSTS_PER}/{t.id}.page">{k}</a>' for k in range(1, t.pages + 1))
                     + " ]</span>")
        forum = (f'<br /><span class="gensmall"><a href="/forums/show/{t.forum}.page">{esc(FORUMS[t.forum][0])}</a></span>'
                 if with_forum else "")
        return (f'<tr><td class="row1" valign="middle" align="center" width="20">{icon("folder_sticky.gif" if t.sticky else "folder.gif", "")}'
                f'</td><td class="row1" width="100%"><span class="topictitle">{prefix}<a href="/posts/list/{t.id}.page">'
                f'{esc(t.subject)}</a></span>{pages}{forum}</td><td class="row2" valign="middle" align="center"><span '
                f'class="postdetails">{len(t.posts) - 1}</span></td><td class="row3" valign="middle" align="center"><span '
                f'class="name">{ulink(t.posts[0][1])}</span></td><td class="row2" valign="middle" align="center"><span '
                f'class="postdetails">{t.views}</span></td><td class="row3" valign="middle" nowrap="nowrap" align="center"><span '
                f'class="postdetails">{shown(when)}<br />{ulink(user)} <a href="/posts/preList/{t.id}/{pid}.page">'
                f'{icon("icon_latest_reply.gif", "[Xem bài mới nhất]")}</a></span></td></tr>\n')

    def topic_table(rows: str) -> str:
        return ('<table class="forumline" cellspacing="1" cellpadding="4" width="100%" border="0"><tr><th class="thcornerl" '
                'nowrap="nowrap" colspan="2" align="center">&nbsp;Chủ đề&nbsp;</th><th class="thtop" nowrap="nowrap" '
                'width="50" align="center">&nbsp;Trả lời&nbsp;</th><th class="thtop" nowrap="nowrap" width="100" '
                'align="center">&nbsp;Tác giả&nbsp;</th><th class="thtop" nowrap="nowrap" width="50" align="center">&nbsp;'
                'Lượt xem&nbsp;</th><th class="thcornerr" nowrap="nowrap" align="center">&nbsp;Bài gửi cuối&nbsp;</th></tr>\n'
                + rows + "</table>")

    for fid, (fname, fdesc) in FORUMS.items():
        items = sorted([t for t in topics if t.forum == fid], key=lambda t: (not t.sticky, -t.posts[-1][2].timestamp()))
        pages = [items[i:i + TOPICS_PER] for i in range(0, len(items), TOPICS_PER)]

        def fpath(k: int, fid: int = fid) -> str:
            return f"/forums/show/{fid}.page" if k == 1 else f"/forums/show/{(k - 1) * TOPICS_PER}/{fid}.page"
        for n, chunk in enumerate(pages, 1):
            path = fpath(n)
            mods = ", ".join(ulink(u) for u in MODS[fid])
            never.add(f"/jforum.page?module=posts&action=insert&forum_id={fid}")
            body = (f'<table cellspacing="2" cellpadding="2" width="100%" align="center"><tr><td valign="bottom" align="left" '
                    f'colspan="2"><a class="maintitle" href="/forums/show/{fid}.page">{esc(fname)}</a><br /><span '
                    f'class="gensmall">{esc(fdesc)}<br />Điều hành viên: {mods}</span></td></tr><tr><td align="left" '
                    f'valign="middle"><a href="/jforum.page?module=posts&amp;action=insert&amp;forum_id={fid}">'
                    f'{icon("vi_VN/post.gif", "Chủ đề mới")}</a> <span class="nav"><a class="nav" href="/forums/list.page">Trang '
                    f'chủ diễn đàn</a> &raquo; <a class="nav" href="/forums/show/{fid}.page">{esc(fname)}</a></span></td><td '
                    f'align="right">{pager(fpath, n, len(pages))}</td></tr></table>{topic_table("".join(row(t) for t in chunk))}'
                    f'<table width="100%"><tr><td align="left"><a href="/rss/forumTopics/{fid}.page">{icon("xml_button.gif", "RSS")}'
                    f'</a></td><td align="right">{pager(fpath, n, len(pages))}</td></tr></table>{jump()}')
            head = f'<link rel="alternate" type="application/rss+xml" title="RSS" href="/rss/forumTopics/{fid}.page" />\n'
            hpage(path, layout(f"{esc(fname)} - {esc(BOARD)}", body, head=head))
            site.non_articles.append(path)
    site.trap("/forums/show/2.page (6 topics a page: the sticky first, then by LAST post; 'Bài gửi cuối' '15/04/2025 "
              "08:12:40' and its preList arrow): the second page is /forums/show/6/2.page (a start offset), which holds the "
              "three oldest news", "/forums/show/6/2.page")

    # index, recent, hottest
    cats = []
    for cname, fids in CATS:
        rows = [f'<tr><td class="catleft" colspan="2" height="28"><span class="cattitle">{esc(cname)}</span></td><td '
                'class="rowpic" colspan="3" align="right">&nbsp;</td></tr>']
        for fid in fids:
            ft = [t for t in topics if t.forum == fid]
            lt = max(ft, key=lambda t: t.posts[-1][2])
            pid, user, when, _ = lt.posts[-1]
            rows.append(f'<tr><td class="row1" valign="middle" align="center" height="50">{icon("folder.gif", "")}</td><td '
                        f'class="row1" width="100%" height="50"><span class="forumlink"><a class="forumlink" href="/forums/show/'
                        f'{fid}.page">{esc(FORUMS[fid][0])}</a></span><br /><span class="genmed">{esc(FORUMS[fid][1])}</span>'
                        f'</td><td class="row2" valign="middle" align="center" height="50"><span class="gensmall">{len(ft)}'
                        f'</span></td><td class="row2" valign="middle" align="center" height="50"><span class="gensmall">'
                        f'{sum(len(t.posts) for t in ft)}</span></td><td class="row2" valign="middle" nowrap="nowrap" '
                        f'align="center" height="50"><span class="postdetails">{shown(when)}<br />{ulink(user)} <a href="/posts/'
                        f'preList/{lt.id}/{pid}.page">{icon("icon_latest_reply.gif", "[Xem bài mới nhất]")}</a></span></td></tr>')
        cats.append("".join(rows))
    body = (f'<table width="100%"><tr><td class="gensmall">Bây giờ là {shown(NOW)}</td><td align="right"><a href="/rss/'
            f'recentTopics.page">{icon("xml_button.gif", "RSS")}</a></td></tr></table><table class="forumline" cellspacing="1" '
            'cellpadding="2" width="100%" border="0"><tr><th class="thcornerl" nowrap="nowrap" colspan="2" height="25">&nbsp;'
            'Diễn đàn&nbsp;</th><th class="thtop" nowrap="nowrap" width="50">&nbsp;Chủ đề&nbsp;</th><th class="thtop" '
            'nowrap="nowrap" width="50">&nbsp;Bài gửi&nbsp;</th><th class="thcornerr" nowrap="nowrap">&nbsp;Bài gửi cuối&nbsp;'
            f'</th></tr>{"".join(cats)}</table><table class="forumline" width="100%"><tr><td class="catHead" colspan="2">'
            '<span class="cattitle">Ai đang trực tuyến</span></td></tr><tr><td class="row1"><span class="gensmall">Hiện có '
            f'tổng cộng <b>{sum(len(t.posts) for t in topics) + 2310}</b> bài gửi<br />Hiện có <b>243</b> thành viên đã đăng '
            f'ký<br />Thành viên mới nhất: {ulink("tranthimai.ct")}<br />Có <b>5</b> người trực tuyến: 0 thành viên và 5 khách'
            '</span></td></tr></table><p><span class="gensmall"><a href="/moderation/showActivityLog.page">Nhật ký điều hành'
            f"</a></span></p>{jump()}")
    hpage("/forums/list.page", layout(esc(BOARD), body, head='<link rel="alternate" type="application/rss+xml" title="RSS" '
                                          'href="/rss/recentTopics.page" />\n'))
    site.non_articles.append("/forums/list.page")
    site.page("/", '<html>\n<head>\n<meta http-equiv="refresh" content="0;url=forums/list.page">\n</head>\n<body>\n'
              '<a href="forums/list.page">Hỏi đáp HTX Cần Thơ</a>\n</body>\n</html>\n')
    site.non_articles.append("/")
    site.trap("the index /forums/list.page ('Bây giờ là 15/04/2025 09:30:00', the forums' last posts, 'Ai đang trực "
              "tuyến'); / is JForum's index.htm, a meta refresh to it: not articles", "/forums/list.page")
    by_last = sorted([t for t in topics if not t.sticky], key=lambda t: -t.posts[-1][2].timestamp())
    recent = by_last[:6]
    hottest = sorted(topics, key=lambda t: -t.views)[:6]
    assert oldest.opts["topic"] not in recent + hottest
    for path, title, items in [("/recentTopics/list.page", "Chủ đề mới", recent),
                               ("/hottestTopics/list.page", "Chủ đề sôi nổi", hottest)]:
        hpage(path, layout(f"{title} - {esc(BOARD)}", f'<span class="maintitle">{title}</span>'
                               + topic_table("".join(row(t, True) for t in items))))
        site.non_articles.append(path)
    site.trap("'Chủ đề mới' /recentTopics/list.page (the 6 topics last posted to) and 'Chủ đề sôi nổi' "
              "/hottestTopics/list.page (the 6 most viewed): lists", "/recentTopics/list.page")
    log = "".join(f'<tr><td class="row1"><span class="gensmall">{shown(w)}</span></td><td class="row1">{ulink(u)}</td><td '
                  f'class="row1"><span class="gensmall">{a}</span></td></tr>'
                  for w, u, a in [(datetime(2025, 4, 10, 10, 2, 0), "Lê Hoàng Nam", "Khóa chủ đề trùng lặp trong Hỏi đáp chính sách"),
                                  (datetime(2025, 3, 28, 16, 40, 0), "Trần Ngọc Hân", "Di chuyển chủ đề sang Giới thiệu sản phẩm")])
    hpage("/moderation/showActivityLog.page", layout(f"Nhật ký điều hành - {esc(BOARD)}",
                                                        '<span class="maintitle">Nhật ký điều hành</span><table '
                                                        f'class="forumline" width="100%">{log}</table>'))
    site.non_articles.append("/moderation/showActivityLog.page")
    site.trap("the moderation log /moderation/showActivityLog.page (linked from the index; its times are moderators' "
              "actions) and the forums' 'Điều hành viên:' lines: no articles", "/moderation/showActivityLog.page")

    # members, profiles
    rows = "".join(f'<tr><td class="row1">{ulink(u[0])}</td><td class="row1"><span class="gensmall">{u[1]}</span></td><td '
                   f'class="row1"><span class="gensmall">{u[2]:%d/%m/%Y}</span></td><td class="row1"><span class="gensmall">'
                   f"{u[3]}</span></td></tr>" for u in USERS.values())
    hpage("/user/list.page", layout(f"Danh sách thành viên - {esc(BOARD)}", '<table class="forumline" width="100%"><tr><th>'
                                        'Tên đăng nhập</th><th>Cấp bậc</th><th>Gia nhập</th><th>Bài gửi</th></tr>'
                                        f"{rows}</table>"))
    site.non_articles.append("/user/list.page")
    for uid, (name, rank, reg, posts, frm, sig, _) in USERS.items():
        path = f"/user/profile/{uid}.page"
        never.add(f"/posts/listByUser/{uid}.page")
        sig_row = f'<tr><td class="row1" align="right"><span class="gen">Chữ ký:</span></td><td class="row1">{esc(sig)}</td></tr>' if sig else ""
        hpage(path, layout(f"Hồ sơ của {esc(name)} - {esc(BOARD)}",
                               f'<table class="forumline" width="100%"><tr><th colspan="2">Hồ sơ của {esc(name)}</th></tr><tr><td '
                               f'class="row1" align="right"><span class="gen">Gia nhập:</span></td><td class="row1">{shown(reg)}'
                               f'</td></tr><tr><td class="row1" align="right"><span class="gen">Tổng số bài gửi:</span></td><td '
                               f'class="row1">{posts}<br /><a href="/posts/listByUser/{uid}.page">Tìm tất cả bài gửi bởi '
                               f'{esc(name)}</a></td></tr><tr><td class="row1" align="right"><span class="gen">Đến từ:</span>'
                               f'</td><td class="row1">{esc(frm)}</td></tr>{sig_row}</table>'))
        site.non_articles.append(path)
    site.trap("profiles /user/profile/<id>.page (the poster cell's name and '[Hồ sơ]'; 'Gia nhập: 05/03/2018 09:12:00' "
              "is no date of the news) and /user/list.page: not articles; 'Tìm tất cả bài gửi bởi …' /posts/listByUser/ is "
              "disallowed", "/user/profile/5.page")
    hpage("/search/filters.page", layout(f"Tìm kiếm - {esc(BOARD)}", '<form action="/jforum.page" method="get"><input '
                                             'type="hidden" name="module" value="search" /><input type="hidden" name="action" '
                                             'value="search" /><input type="text" name="search_keywords" size="30" /><input '
                                             'type="submit" value="Tìm kiếm" /></form>'))
    site.non_articles.append("/search/filters.page")
    for path, title in [("/user/login.page", "Đăng nhập"), ("/user/insert.page", "Đăng ký")]:
        hpage(path, layout(f"{title} - {esc(BOARD)}", f'<form action="/jforum.page" method="post"><span class="maintitle">'
                                                          f'{title}</span><input type="text" name="username" /><input '
                                                          'type="password" name="password" /></form>'))
    for p in sorted(never):
        if p not in ("/user/login.page", "/user/insert.page"):
            hpage(p, layout(f"Đăng nhập - {esc(BOARD)}", '<span class="gen">Bạn cần đăng nhập để sử dụng chức năng này.'
                                                          '</span>'))
    site.never_fetched += sorted(never)
    site.static("/robots.txt", "User-agent: *\nDisallow: /user/login.page\nDisallow: /user/insert.page\n"
                "Disallow: /user/lostPassword.page\nDisallow: /posts/reply/\nDisallow: /posts/quote/\nDisallow: /posts/watch/\n"
                "Disallow: /posts/listByUser/\nDisallow: /pm/\nDisallow: /jforum.page\n")
    site.trap("robots.txt (the admin's) disallows 'Đăng nhập' /user/login.page, 'Đăng ký' /user/insert.page, the "
              "'Trả lời', '[Trích dẫn]', 'Chủ đề mới', 'Theo dõi chủ đề này' and '[Tin nhắn]' links and /posts/listByUser/: "
              "never fetched", "/user/login.page")

    # feeds: the JVM's zone abbreviation
    def rss(title: str, link: str, desc: str, items: list) -> str:
        its = "".join(f"<item>\n<title>{esc(t)}</title>\n<link>{{{{base}}}}{lk}</link>\n<description><![CDATA[{c}]]>"
                      f"</description>\n<author>{esc(au)}</author>\n<pubDate>{rss_date(w)}</pubDate>\n<guid>{{{{base}}}}{lk}"
                      "</guid>\n</item>\n" for t, lk, w, au, c in items)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0">\n<channel>\n<title>{esc(title)}</title>\n'
                f"<link>{{{{base}}}}{link}</link>\n<description>{esc(desc)}</description>\n<language>vi</language>\n"
                f"<generator>JForum</generator>\n{its}</channel>\n</rss>\n")

    def topic_items(items: list[Topic]) -> list:
        return [(t.subject, f"/posts/list/{t.id}.page", t.posts[0][2], t.posts[0][1], t.posts[0][3]) for t in items]

    for fid, (fname, fdesc) in FORUMS.items():
        items = sorted([t for t in topics if t.forum == fid], key=lambda t: -t.posts[0][2].timestamp())
        site.page(f"/rss/forumTopics/{fid}.page", rss(fname, f"/forums/show/{fid}.page", fdesc, topic_items(items)),
                  content_type=RSS)
    site.page("/rss/recentTopics.page", rss(f"{BOARD} - Chủ đề mới", "/recentTopics/list.page", "Các chủ đề mới nhất",
                                            topic_items(recent)), content_type=RSS)
    for t in topics:
        items = [(t.subject if i == 0 else f"Re:{t.subject}", f"/posts/preList/{t.id}/{pid}.page", w, u, h)
                 for i, (pid, u, w, h) in enumerate(t.posts)]
        site.page(f"/rss/topicPosts/{t.id}.page", rss(t.subject, f"/posts/list/{t.id}.page", t.subject, items),
                  content_type=RSS)
    site.trap("RSS /rss/forumTopics/2.page (every topic by its first post, the whole message), /rss/topicPosts/<topic>.page "
              "(one item per post, linked by preList) and /rss/recentTopics.page: pubDate 'EEE, d MMM yyyy HH:mm:ss z' in "
              "the JVM's zone, 'ICT'", "/rss/forumTopics/2.page")
    gif = b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00\x01\x00\x01\x00\x00\x02\x02D\x01\x00;"
    for ref in sorted({m for page in site.html_pages.values() for m in re.findall(r'src="(/templates/[^"]+\.gif)"', page)}):
        site.binary(ref, gif)
    return site
