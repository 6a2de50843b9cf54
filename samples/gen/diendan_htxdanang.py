"""Site `diendan-htxdanang` (registry family `generic`): the forum of the Đà Nẵng cooperative alliance, **bbPress
2.6.11** inside the alliance's **WordPress 6.5** site (the Astra 4.6 theme with its header builder, the Vietnamese
language packs, the "GD bbPress Attachments" plugin; Settings: time zone Asia/Ho_Chi_Minh, date format "j F, Y", time
format "H:i"; Forums: 5 topics and 10 replies a page, the forum root "forums"; the copy is of Tuesday 10 June 2025,
09:40, before the city merged with Quảng Nam). The alliance posts its news as topics in the forum "Tin tức – Sự
kiện"; members reply. Written as a held-out test: no family module, no selectors.

URL shapes: a topic `/forums/topic/<slug>/` (WordPress's `sanitize_title`: accents removed, "đ" to "d"), its second
page `/forums/topic/<slug>/page/2/`; replies are anchors `#post-<id>` of the topic page (on page 2:
`/forums/topic/<slug>/page/2/#post-<id>`); the WordPress shortlink `/?p=<id>` (a 301 to the topic: `<link
rel='shortlink'>`, and a member pasted one); forums `/forums/forum/<slug>/`, `/forums/forum/<slug>/page/2/`; the root
`/forums/`; tags `/forums/topic-tag/<tag>/`; profiles `/forums/users/<nicename>/` with `topics/`, `replies/`,
`engagements/`, `favorites/` (and their `page/2/`); the search `/forums/search/`; the feeds
`/forums/forum/<slug>/feed/` (the forum's topics), `/forums/topic/<slug>/feed/` (a topic's replies), `/forums/feed/`,
and WordPress's own `/feed/` and `/comments/feed/` (empty: the site has no blog posts); the pages `/`, `/gioi-thieu/`,
`/lien-he/`; attachments in `/wp-content/uploads/`; `/wp-login.php` (the bbPress login form's action, its "Quên mật
khẩu?" and "Đăng ký" links). robots.txt is WordPress's virtual one (only `/wp-admin/`).

Why it is hard: the theme's `h1.entry-title` is the title and its `div.entry-content` holds all of bbPress: the
breadcrumb, the tag line "Thẻ:", the info notice "Chủ đề này có 3 phản hồi, 2 người tham gia, và được cập nhật lần
cuối bởi X 2 ngày, 3 giờ trước.", the pager count "Đang xem 4 bài viết - 1 đến 4 (trong tổng số 4)", then the lead
topic and the replies as `li.bbp-body > div` items, each with `div.bbp-reply-header` ("<span
class='bbp-reply-post-date'>5 Tháng Sáu, 2025 lúc 08:35</span>" and "#1234"), the author column `div.bbp-reply-author`
(avatar, display name, role "Keymaster" / "Moderator" / "Participant") and `div.bbp-reply-content`. A news item is the
LEAD's `bbp-reply-content` only; the revision log bbPress appends inside it ("Chủ đề này được chỉnh sửa … trước bởi
…"), the attachment list of GD bbPress Attachments ("Tệp đính kèm:") and the replies are not text. Dates: no `<time>`,
no meta; the post date has minutes only; the freshness and the widgets print relative ages; the feeds give GMT
(`+0000`): the topic of 00:15 on 24 May reads "Fri, 23 May 2025 17:15:00 +0000". WordPress's canonical of a topic's
page 2 is page 1 (core's `rel_canonical` ignores bbPress's `paged`). Only Keymasters may post tables (unfiltered
HTML): the table is by a Keymaster who is a person. The author is the lead's poster when a person (never "admin" nor
the office account "Văn phòng LMHTX"); a closing byline overrides. The forum sorts by last activity with the sticky
rules on top of page 1 only; the oldest news is only on `/forums/forum/tin-tuc/page/2/` and on page 2 of its poster's
created-topics and engagements lists.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "diendan-htxdanang"
SITE_NAME = "Liên minh HTX thành phố Đà Nẵng"
NOW = datetime(2025, 6, 10, 9, 40)
UTC = timedelta(hours=7)
TOPICS_PER = 5
REPLIES_PER = 10
RSS = "application/rss+xml; charset=UTF-8"
MONTHS = ["Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai"]
FORUMS = {"tin-tuc": (1101, "Tin tức – Sự kiện", "Tin hoạt động và thông báo của Liên minh HTX thành phố."),
          "hoi-dap": (1102, "Hỏi đáp chính sách", "Thành viên hỏi, Liên minh HTX thành phố trả lời về chính sách HTX."),
          "san-pham-ocop": (1103, "Sản phẩm OCOP – Kết nối tiêu thụ", "Các HTX giới thiệu sản phẩm, tìm đối tác tiêu thụ.")}
# nicename: (display name, role, topics started, replies created, avatar letter colour)
USERS = {
    "admin": ("admin", "Keymaster", 14, 36),
    "hungnv": ("Nguyễn Văn Hùng", "Keymaster", 9, 41),
    "tamtt": ("Trần Thị Thanh Tâm", "Moderator", 22, 57),
    "vanphong": ("Văn phòng LMHTX", "Moderator", 31, 64),
    "htxhoavang": ("htxhoavang", "Participant", 4, 19),
    "lehoa-dn": ("lehoa.dn", "Participant", 1, 12),
    "minhquan92": ("minhquan92", "Participant", 2, 8),
}
NICE = {v[0]: k for k, v in USERS.items()}
HOTLINE = "Hotline: 0236.3822.614 - Email: lienminhhtx@danang.gov.vn"
TODAY = "Thứ Ba, 10/06/2025"
COPY = "Bản quyền © 2025 Liên minh HTX thành phố Đà Nẵng | Được xây dựng bởi Astra WordPress Theme"
ADDRESS = "Số 24 Trần Phú, quận Hải Châu, TP Đà Nẵng"
FURN = [TODAY, HOTLINE, COPY, ADDRESS, "Chuyển đến nội dung", "Chủ đề này có", "được cập nhật lần cuối bởi",
        "Đang xem", "Chủ đề này được chỉnh sửa", "Tệp đính kèm:", "Bạn phải đăng nhập để trả lời chủ đề này.",
        "Tìm kiếm diễn đàn", "Phản hồi mới", "Quên mật khẩu?", "Keymaster", "Moderator", "Participant"]


def wp_slug(title: str) -> str:
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def post_date(d: datetime) -> str:
    return f"{d.day} {MONTHS[d.month - 1]}, {d.year} lúc {d:%H:%M}"


def since(d: datetime) -> str:
    """bbp_get_time_since: the largest unit and, when not zero, the next one."""
    secs = int((NOW - d).total_seconds())
    units = [("năm", 365 * 86400), ("tháng", 30 * 86400), ("tuần", 7 * 86400), ("ngày", 86400), ("giờ", 3600),
             ("phút", 60)]
    for i, (name, size) in enumerate(units):
        n = secs // size
        if n:
            out = f"{n} {name}"
            if i + 1 < len(units):
                name2, size2 = units[i + 1]
                m = (secs - n * size) // size2
                if m:
                    out += f", {m} {name2}"
            return f"{out} trước"
    return "vừa xong"


def gmt(d: datetime) -> str:
    return f"{d - UTC:%a, %d %b %Y %H:%M:%S} +0000"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 15/TB-LMHTX về việc đăng ký tham gia Phiên chợ sản phẩm OCOP Đà Nẵng năm 2025",
          body="""
LIÊN MINH HTX THÀNH PHỐ ĐÀ NẴNG
Số: 15/TB-LMHTX
Đà Nẵng, ngày 03 tháng 6 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Phiên chợ sản phẩm OCOP Đà Nẵng năm 2025
Phiên chợ diễn ra từ ngày 27/6 đến ngày 29/6/2025 tại Công viên Biển Đông, quận Sơn Trà.
Liên minh HTX thành phố hỗ trợ 20 gian hàng miễn phí cho các HTX có sản phẩm đạt OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX thành phố trước ngày 20/6/2025 theo mẫu đính kèm.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Phan Thị Thu Hà
""", author=None, doc_number="15/TB-LMHTX",
          attachments=[{"path": "/wp-content/uploads/2025/06/TB-15-LMHTX-2025.pdf", "text": "TB-15-LMHTX-2025.pdf"}],
          opts={"by": "vanphong", "head": 5, "tags": ["OCOP", "hội chợ"], "edited": datetime(2025, 6, 5, 10, 5),
                "replies": [("htxhoavang", datetime(2025, 6, 5, 14, 22), "quote",
                             "HTX Nông nghiệp Hòa Vang đăng ký 1 gian hàng rau an toàn và nấm, nhờ Văn phòng xác nhận giúp."),
                            ("vanphong", datetime(2025, 6, 6, 8, 10), None,
                             "Văn phòng đã nhận phiếu của HTX, sẽ gửi xác nhận qua thư điện tử trong tuần.")]},
          notes=["notice 'Số: 15/TB-LMHTX' dated 03/6 in its text, posted '5 Tháng Sáu, 2025 lúc 08:35' (the lead's "
                 "bbp-reply-post-date); the first five lines one <p> with <br /> (wpautop); poster = the office account "
                 "'Văn phòng LMHTX' (Moderator): no author; the signer is text; the GD bbPress Attachments list 'Tệp đính "
                 "kèm:' (/wp-content/uploads/2025/06/TB-15-LMHTX-2025.pdf) is an attachment, not text; the revision log "
                 "bbPress appends inside the content ('Chủ đề này được chỉnh sửa 5 ngày trước bởi Văn phòng LMHTX.') and "
                 "two replies (one a <blockquote> of the notice) are not text"],
          **at(datetime(2025, 6, 5, 8, 35))),
        A(path="", title="Ảnh: HTX Dịch vụ nông nghiệp Túy Loan vào vụ thu hoạch rau an toàn",
          body="""
Những ngày cuối tháng 5, thành viên HTX Dịch vụ nông nghiệp Túy Loan (huyện Hòa Vang) tất bật thu hoạch rau an toàn.
[img tuy-loan-1.png] Thành viên HTX thu hoạch rau cải trên cánh đồng rau Túy Loan
[img tuy-loan-2.png] Rau được sơ chế, đóng gói tại nhà sơ chế của HTX
[img tuy-loan-3.png] Sản phẩm rau của HTX được dán tem truy xuất nguồn gốc trước khi giao cho siêu thị
Mỗi ngày HTX cung ứng khoảng 2 tấn rau cho các bếp ăn tập thể và siêu thị trên địa bàn thành phố.
Bài, ảnh: Hồ Văn Phước
""", author="Hồ Văn Phước",
          opts={"by": "tamtt", "tags": ["rau an toàn"],
                "replies": [("lehoa-dn", datetime(2025, 5, 28, 18, 40), None, "Rau Túy Loan ăn rất ngon, chúc HTX được mùa!")]},
          notes=["photo story: each photo an <img> in its own <p>, its caption an <em> after <br /> (wpautop, one line each); "
                 "poster Trần Thị Thanh Tâm (Moderator) but 'Bài, ảnh: Hồ Văn Phước' closes it -> author Hồ Văn Phước"],
          **at(datetime(2025, 5, 28, 15, 20))),
        A(path="", title="Kết quả phát triển HTX trên địa bàn thành phố Đà Nẵng năm 2024",
          body="""
Năm 2024, toàn thành phố thành lập mới 12 HTX, nâng tổng số HTX đang hoạt động lên 186 HTX. Kết quả theo từng địa phương như sau:
| Quận, huyện | HTX đang hoạt động | Thành lập mới | Giải thể |
| Huyện Hòa Vang | 64 | 5 | 2 |
| Quận Liên Chiểu | 29 | 2 | 1 |
| Quận Cẩm Lệ | 24 | 2 | 0 |
| Quận Ngũ Hành Sơn | 21 | 1 | 1 |
| Các quận còn lại | 48 | 2 | 1 |
Số liệu do phòng Kinh tế các quận, huyện báo cáo Liên minh HTX thành phố.
""", author="Nguyễn Văn Hùng",
          opts={"by": "hungnv", "tags": ["số liệu"]},
          notes=["a <table> in the lead (only a Keymaster may post one: unfiltered HTML): one line per row; poster Nguyễn "
                 "Văn Hùng (a Keymaster who is a staff member), no byline: he is the author; eleven replies run onto "
                 "/forums/topic/<slug>/page/2/ (replies only, its canonical WordPress's page 1: not an article); the last "
                 "reply this morning puts this May topic on top of the forum"],
          **at(datetime(2025, 5, 14, 10, 12))),
        A(path="", title="Hướng dẫn HTX xây dựng phương án sản xuất, kinh doanh năm 2025",
          body="""
Để được hưởng các chính sách hỗ trợ năm 2025, HTX cần xây dựng phương án sản xuất, kinh doanh sát với thực tế.
## Phương án gồm các nội dung chính
+ Đánh giá kết quả sản xuất, kinh doanh năm trước;
+ Kế hoạch sản xuất, dịch vụ cho thành viên năm 2025;
+ Nhu cầu vốn, nguồn vốn và phương án trả nợ;
+ Dự kiến phân phối thu nhập.
HTX gửi phương án về Liên minh HTX thành phố để được góp ý trước ngày 30/6.
Lê Minh Khoa - Phòng Tư vấn, hỗ trợ
""", author="Lê Minh Khoa",
          opts={"by": "tamtt", "tags": ["chính sách"],
                "replies": [("minhquan92", datetime(2025, 5, 8, 9, 30), "link",
                             "Liên minh có tổ chức gặp mặt HTX như buổi tối hôm trước nữa không ạ? Bài ở đây:")]},
          notes=["a bold paragraph as heading (<p><strong>: a Moderator's post cannot hold <h3>) and an <ol>; poster Trần "
                 "Thị Thanh Tâm but 'Lê Minh Khoa - Phòng Tư vấn, hỗ trợ' closes the text -> Lê Minh Khoa; a member's "
                 "reply links another topic by its shortlink /?p=<id>; on the forum's page 2"],
          **at(datetime(2025, 5, 7, 8, 45))),
        A(path="", title="HTX Nông nghiệp Hòa Tiến liên kết sản xuất lúa giống",
          body="""
HTX Nông nghiệp Hòa Tiến (huyện Hòa Vang) liên kết với doanh nghiệp sản xuất 80 ha lúa giống vụ Hè Thu.
Doanh nghiệp cung ứng giống nguyên chủng, hướng dẫn kỹ thuật và bao tiêu toàn bộ sản phẩm.
Mỗi ha lúa giống cho lợi nhuận cao hơn lúa thương phẩm từ 7 đến 9 triệu đồng.
Theo Báo Đà Nẵng
""", author=None,
          opts={"by": "vanphong", "tags": []},
          notes=["a reprint: 'Theo Báo Đà Nẵng' closes the text; posted by the office's account: no author; on the forum's "
                 "page 2"],
          **at(datetime(2025, 4, 29, 14, 30))),
        A(path="", title="Liên minh HTX thành phố gặp mặt các HTX điển hình tiên tiến",
          body="""
Tối 23/5, Liên minh HTX thành phố tổ chức gặp mặt đại diện 35 HTX điển hình tiên tiến giai đoạn 2020 - 2025.
Các HTX chia sẻ kinh nghiệm liên kết chuỗi giá trị, phát triển du lịch cộng đồng và chuyển đổi số.
Dịp này, Liên minh HTX thành phố tặng Bằng khen cho 10 HTX và 6 cá nhân có thành tích tiêu biểu.
""", author=None,
          opts={"by": "admin", "tags": []},
          notes=["posted at 00:15 on 24 May about the evening before ('Tối 23/5' is the event): '24 Tháng Năm, 2025 lúc "
                 "00:15' (the site's time zone); the feeds 'Fri, 23 May 2025 17:15:00 +0000' (the 23rd if the zone is "
                 "dropped); published 2025-05-24 00:15; poster 'admin' (Keymaster), no byline: author null; a member "
                 "pasted its shortlink /?p=<id> (a 301 to the topic): an alias"],
          **at(datetime(2025, 5, 24, 0, 15))),
        A(path="", title="Liên minh HTX thành phố tập huấn chuyển đổi số cho HTX",
          body="""
Trong hai ngày 7 và 8/6, Liên minh HTX thành phố phối hợp với Sở Khoa học và Công nghệ tập huấn chuyển đổi số cho 50 cán bộ quản lý HTX.
Học viên được hướng dẫn sử dụng hóa đơn điện tử, phần mềm kế toán và bán hàng trên sàn thương mại điện tử.
Sau lớp học, Liên minh HTX thành phố sẽ hỗ trợ 15 HTX đưa sản phẩm OCOP lên sàn Postmart.
""", author="Trần Thị Thanh Tâm",
          opts={"by": "tamtt", "tags": ["chuyển đổi số"]},
          notes=["posted the day before the copy ('9 Tháng Sáu, 2025 lúc 16:50'; the info line and the widget say '16 giờ, "
                 "50 phút trước'); poster Trần Thị Thanh Tâm (a person, no byline): the author"],
          **at(datetime(2025, 6, 9, 16, 50))),
        A(path="", title="HTX Rau an toàn La Hường giữ vững thương hiệu rau sạch",
          body="""
HTX Rau an toàn La Hường (quận Cẩm Lệ) hiện có 56 thành viên với 12 ha rau, trong đó 8 ha đạt chứng nhận VietGAP.
HTX tổ chức thu mua, sơ chế và giao rau cho các trường học, bếp ăn tập thể trên địa bàn thành phố.
Năm 2024, doanh thu của HTX đạt 6,5 tỷ đồng, thu nhập bình quân của thành viên 7 triệu đồng/tháng.
""", author="Trần Thị Thanh Tâm",
          opts={"by": "tamtt", "tags": []},
          notes=["the oldest news: only on /forums/forum/tin-tuc/page/2/ among the forum's lists, and on page 2 of its "
                 "poster's /forums/users/tamtt/topics/ and engagements/ (the feeds list it); no tag, no reply, in no widget; "
                 "poster Trần Thị Thanh Tâm (a person, no byline): the author"],
          **at(datetime(2025, 4, 8, 9, 5))),
    ]


TABLE_REPLIES = [
    ("lehoa-dn", "Số liệu rất hữu ích, cảm ơn anh Hùng."),
    ("htxhoavang", "Hòa Vang năm nay có thêm HTX nào thành lập mới không anh?"),
    ("hungnv", "Có 2 HTX rau an toàn ở xã Hòa Phong và 1 HTX du lịch cộng đồng ở Hòa Bắc."),
    ("minhquan92", "Liên Chiểu năm nay cũng có thêm 1 HTX thủy sản."),
    ("lehoa-dn", "Đề nghị năm sau bổ sung cột doanh thu bình quân theo từng địa phương."),
    ("hungnv", "Ý kiến hay, Văn phòng sẽ tổng hợp trong báo cáo năm 2025."),
    ("htxhoavang", "Số HTX giải thể có tính HTX tạm ngừng hoạt động không ạ?"),
    ("hungnv", "Không tính, chỉ tính các HTX đã có quyết định giải thể."),
    ("minhquan92", "Cảm ơn anh đã giải đáp."),
    ("lehoa-dn", "Mong Liên minh sớm có số liệu 6 tháng đầu năm."),
    ("minhquan92", "Số liệu 6 tháng có trong tháng 7 không anh?"),
]


@dataclass
class Topic:
    id: int
    forum: str
    subject: str
    posts: list = field(default_factory=list)  # [(id, nicename, when, html)]
    sticky: bool = False
    article: RichArticle | None = None
    tags: list = field(default_factory=list)

    @property
    def slug(self) -> str:
        return wp_slug(self.subject)

    @property
    def path(self) -> str:
        return f"/forums/topic/{self.slug}/"

    @property
    def pages(self) -> int:
        return (len(self.posts) - 1) // REPLIES_PER + 1

    def page_of(self, pid: int) -> int:
        return [p[0] for p in self.posts].index(pid) // REPLIES_PER + 1

    def page_path(self, n: int) -> str:
        return self.path if n == 1 else f"{self.path}page/{n}/"

    def url(self, pid: int) -> str:
        return f"{self.page_path(self.page_of(pid))}#post-{pid}"

    @property
    def voices(self) -> int:
        return len({p[1] for p in self.posts})


def content_html(a: RichArticle) -> str:
    out = []
    blocks = a.blocks
    head = a.opts.get("head", 0)
    if head:
        out.append("<p>" + "<br />\n".join(inline_html(b.text) for b in blocks[:head]) + "</p>")
        blocks = blocks[head:]
    for b in blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{esc(b.text)}</strong></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + "\n".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"\n</{b.kind}>")
        elif b.kind == "table":
            head_row, *rows = b.rows
            out.append('<table style="border-collapse: collapse; width: 100%;" border="1">\n<tbody>\n<tr>\n'
                       + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head_row) + "\n</tr>\n"
                       + "".join("<tr>\n" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "\n</tr>\n" for r in rows)
                       + "</tbody>\n</table>")
        elif b.kind == "img":
            src = f"/wp-content/uploads/{a.date:%Y/%m}/{b.src}"
            cap = f"<br />\n<em>{esc(b.text)}</em>" if b.text else ""
            out.append(f'<p><img class="alignnone size-large" src="{src}" alt="" width="800" height="533" />{cap}</p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "da-nang", f"Diễn đàn {SITE_NAME} (bbPress 2.6 on WordPress)", "generic", None,
                     start_urls=["{{base:%s}}/forums/" % SITE], feeds=["{{base:%s}}/forums/forum/tin-tuc/feed/" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    raw = [(a.date, "tin-tuc", a.title, a) for a in arts]
    raw += [(datetime(2021, 3, 1, 8, 0), "tin-tuc", "Nội quy chuyên mục Tin tức – Sự kiện", "admin",
             "<p>Chuyên mục chỉ đăng tin hoạt động và thông báo chính thức của Liên minh HTX thành phố.</p>\n<ol>\n<li>Chỉ "
             "Ban điều hành được mở chủ đề mới;</li>\n<li>Thành viên trả lời đúng nội dung, không quảng cáo;</li>\n<li>Bài "
             "vi phạm sẽ bị xóa mà không báo trước.</li>\n</ol>"),
            (datetime(2025, 5, 20, 19, 30), "hoi-dap", "Hỏi về điều kiện vay vốn Quỹ hỗ trợ phát triển HTX", "minhquan92",
             "<p>Chào Ban điều hành, HTX em thành lập năm 2023, vốn điều lệ 500 triệu đồng thì có đủ điều kiện vay vốn Quỹ "
             "hỗ trợ phát triển HTX không ạ?</p>"),
            (datetime(2025, 5, 2, 10, 0), "hoi-dap", "Tổng hợp câu hỏi thường gặp về Luật Hợp tác xã năm 2023", "tamtt",
             "<p>Văn phòng tổng hợp các câu hỏi thường gặp của HTX về Luật Hợp tác xã năm 2023, thành viên có thể hỏi thêm "
             "trong chủ đề này.</p>"),
            (datetime(2025, 4, 22, 15, 0), "san-pham-ocop", "Hướng dẫn đăng ký gian hàng trên sàn OCOP Đà Nẵng", "tamtt",
             "<p>Các HTX có sản phẩm OCOP đăng ký gian hàng trên sàn thương mại điện tử của thành phố theo hướng dẫn sau.</p>"),
            (datetime(2025, 5, 16, 9, 0), "san-pham-ocop", "HTX Hòa Vang giới thiệu nấm linh chi đạt OCOP 3 sao", "htxhoavang",
             "<p>HTX Nông nghiệp Hòa Vang giới thiệu nấm linh chi đạt OCOP 3 sao, nhận giao hàng toàn thành phố. Liên hệ: "
             "0236.3791.228.</p>")]
    raw = [r if len(r) == 5 else (r[0], r[1], r[2], r[3].opts["by"], r[3]) for r in raw]
    raw.sort(key=lambda r: r[0])
    other_replies = {"Hỏi về điều kiện vay vốn Quỹ hỗ trợ phát triển HTX": [
        ("hungnv", datetime(2025, 5, 21, 8, 20), "HTX cần hoạt động từ đủ 1 năm, có phương án sản xuất kinh doanh khả thi "
                                                 "và tài sản bảo đảm theo quy định.")]}
    topics: list[Topic] = []
    events = []
    for when, forum, subject, by, content in raw:
        art = content if isinstance(content, RichArticle) else None
        t = Topic(0, forum, subject, sticky=subject.startswith("Nội quy"), article=art,
                  tags=art.opts.get("tags", []) if art else [])
        topics.append(t)
        events.append((when, t, by, content if art is None else None, "lead"))
        if art:
            art.opts["topic"] = t
            for user, rwhen, kind, text in art.opts.get("replies", []):
                events.append((rwhen, t, user, text, kind))
            if any(b.kind == "table" for b in art.blocks):
                for i, (user, text) in enumerate(TABLE_REPLIES):
                    rwhen = datetime(2025, 5, 14, 14, 0) + timedelta(days=2, minutes=17) * i
                    if i == len(TABLE_REPLIES) - 1:
                        rwhen = datetime(2025, 6, 10, 8, 12)
                    events.append((rwhen, t, user, text, None))
        for user, rwhen, text in other_replies.get(subject, []):
            events.append((rwhen, t, user, text, None))
    events.sort(key=lambda e: e[0])
    links = []
    for pid, (when, t, user, text, kind) in enumerate(events, 1201):
        if kind == "lead":
            t.id = pid
            html = content_html(t.article) if t.article else text
        else:
            html = ""
            if kind == "quote":
                html = ("<blockquote><p>Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX thành phố trước ngày 20/6/2025 "
                        "theo mẫu đính kèm.</p></blockquote>\n")
            html += f"<p>{esc(text)}</p>"
            if kind == "link":
                links.append((t, len(t.posts)))
        t.posts.append((pid, user, when, html))
    midnight = next(a for a in arts if a.date.hour == 0)
    mt = midnight.opts["topic"]
    shortlink = f"/?p={mt.id}"
    for t, i in links:
        pid, user, when, html = t.posts[i]
        t.posts[i] = (pid, user, when, html + f'\n<p><a href="{shortlink}" rel="nofollow">{{{{base}}}}{shortlink}</a></p>')
    for t in topics:
        if t.article is not None:
            for pid, user, when, html in t.posts[1:REPLIES_PER]:
                site.extra_boilerplate.append(re.sub(r"<[^>]+>", "", re.sub(r"<blockquote>.*?</blockquote>", "", html,
                                                                                flags=re.S)).strip().split("\n")[0])
    oldest = arts[-1]

    def author_link(nice: str, size: int = 14, role: bool = False) -> str:
        name = USERS[nice][0]
        av = (f'<span class="bbp-author-avatar"><img alt="" src="/wp-content/uploads/avatars/{nice}-{size * 2}.png" '
              f'class="avatar avatar-{size} photo" height="{size}" width="{size}" loading="lazy" /></span>')
        out = (f'<a href="/forums/users/{nice}/" title="Xem hồ sơ của {attr(name)}" class="bbp-author-link">{av}<span '
               f'class="bbp-author-name">{esc(name)}</span></a>')
        if role:
            out += f'<div class="bbp-author-role">{USERS[nice][1]}</div>'
        return out

    def freshness(t: Topic) -> str:
        pid, user, when, _ = t.posts[-1]
        title = t.subject if len(t.posts) == 1 else f"Trả lời cho: {t.subject}"
        return f'<a href="{t.url(pid)}" title="{attr(title)}">{since(when)}</a>'

    newest = sorted([t for t in topics if t.article is not oldest], key=lambda t: -t.posts[0][2].timestamp())[:5]
    replies_all = sorted([(p, t) for t in topics for p in t.posts[1:]], key=lambda x: -x[0][2].timestamp())[:5]

    def sidebar() -> str:
        tw = "".join(f'<li><a class="bbp-forum-title" href="{t.path}">{esc(t.subject)}</a> bởi <span class="topic-author">'
                     f'{author_link(t.posts[0][1])}</span> <div>{since(t.posts[0][2])}</div></li>' for t in newest)
        rw = "".join(f'<li>{author_link(p[1])} trong <a class="bbp-reply-topic-title" href="{t.url(p[0])}" title="'
                     f'{attr(inline_text(re.sub(r"<[^>]+>", "", p[3]))[:60])}">{esc(t.subject)}</a> <div>{since(p[2])}</div></li>'
                     for p, t in replies_all)
        return (f'<div class="widget-area secondary" id="secondary" itemtype="https://schema.org/WPSideBar" itemscope="itemscope">'
                f'<div class="sidebar-main">'
                f'<aside id="bbp_search_widget-2" class="widget widget_display_search"><h2 class="widget-title">Tìm kiếm diễn '
                f'đàn</h2><form role="search" method="get" id="bbp-search-form" action="/forums/search/"><div><label '
                f'class="screen-reader-text hidden" for="bbp_search">Tìm kiếm:</label><input type="hidden" name="action" '
                f'value="bbp-search-request" /><input type="text" value="" name="bbp_search" id="bbp_search" /><input '
                f'class="button" type="submit" id="bbp_search_submit" value="Tìm kiếm" /></div></form></aside>'
                f'<aside id="bbp_topics_widget-2" class="widget widget_display_topics"><h2 class="widget-title">Chủ đề mới</h2>'
                f'<ul class="bbp-topics-widget newness">{tw}</ul></aside>'
                f'<aside id="bbp_replies_widget-2" class="widget widget_display_replies"><h2 class="widget-title">Phản hồi mới'
                f'</h2><ul class="bbp-replies-widget">{rw}</ul></aside></div></div>')

    def layout(title: str, body_class: str, header: str, content: str, *, head: str = "", article_id: int | None = None,
               entry_class: str = "page type-page status-publish hentry") -> str:
        aid = f' id="post-{article_id}"' if article_id else ""
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title} &#8211; {esc(SITE_NAME)}</title>
<meta name='robots' content='max-image-preview:large' />
<link rel="alternate" type="application/rss+xml" title="{attr(SITE_NAME)} &raquo; Dòng thông tin" href="{{{{base}}}}/feed/" />
<link rel="alternate" type="application/rss+xml" title="{attr(SITE_NAME)} &raquo; Dòng phản hồi" href="{{{{base}}}}/comments/feed/" />
<link rel='stylesheet' id='astra-theme-css-css' href='{{{{base}}}}/wp-content/themes/astra/assets/css/minified/main.min.css?ver=4.6.14' media='all' />
<link rel='stylesheet' id='bbp-default-css' href='{{{{base}}}}/wp-content/plugins/bbpress/templates/default/css/bbpress.min.css?ver=2.6.11' media='all' />
<link rel='stylesheet' id='d4p-bbattachments-css-css' href='{{{{base}}}}/wp-content/plugins/gd-bbpress-attachments/css/front.min.css?ver=4.7.3' media='all' />
<script src="{{{{base}}}}/wp-includes/js/jquery/jquery.min.js?ver=3.7.1" id="jquery-core-js"></script>
<meta name="generator" content="WordPress 6.5.4" />
{head}<link rel="icon" href="{{{{base}}}}/wp-content/uploads/2023/03/cropped-logo-lmhtx-32x32.png" sizes="32x32" />
</head>
<body class="{body_class} bbpress bbp-no-js wp-custom-logo ast-desktop ast-separate-container ast-right-sidebar astra-4.6.14 ast-hfb-header">
<a class="skip-link screen-reader-text" href="#content" role="link" title="Chuyển đến nội dung">Chuyển đến nội dung</a>
<div class="hfeed site" id="page">
<header class="site-header header-main-layout-1 ast-primary-menu-enabled ast-logo-title-inline ast-hide-custom-menu-mobile ast-builder-menu-toggle-icon ast-mobile-header-inline" id="masthead" itemtype="https://schema.org/WPHeader" itemscope="itemscope" itemid="#masthead">
<div id="ast-desktop-header" data-toggle-type="dropdown">
<div class="ast-above-header-wrap"><div class="ast-above-header-bar ast-above-header site-header-focus-item"><div class="site-above-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container"><div class="ast-builder-layout-element ast-flex site-header-focus-item ast-header-html-1"><div class="ast-header-html inner-link-style-"><div class="ast-builder-html-element"><p>{TODAY} | {esc(HOTLINE)}</p></div></div></div></div></div></div>
<div class="ast-main-header-wrap main-header-bar-wrap"><div class="ast-primary-header-bar ast-primary-header main-header-bar site-header-focus-item"><div class="site-primary-header-wrap ast-builder-grid-row-container site-header-focus-item ast-container">
<div class="site-branding ast-site-identity" itemtype="https://schema.org/Organization" itemscope="itemscope"><span class="site-logo-img"><a href="{{{{base}}}}/" class="custom-logo-link" rel="home"><img width="120" height="60" src="{{{{base}}}}/wp-content/uploads/2023/03/logo-lmhtx.png" class="custom-logo" alt="{attr(SITE_NAME)}" decoding="async" /></a></span><div class="ast-site-title-wrap"><span class="site-title" itemprop="name"><a href="{{{{base}}}}/" rel="home" itemprop="url">{esc(SITE_NAME)}</a></span></div></div>
<div class="site-header-primary-section-right site-header-section ast-flex ast-grid-right-section"><div class="ast-builder-menu-1 ast-builder-menu ast-flex ast-builder-menu-1-focus-item ast-builder-layout-element site-header-focus-item" data-section="section-hb-menu-1"><div class="ast-main-header-bar-alignment"><div class="main-header-bar-navigation"><nav class="site-navigation ast-flex-grow-1 navigation-accessibility site-header-focus-item" id="primary-site-navigation-desktop" aria-label="Điều hướng trang" itemtype="https://schema.org/SiteNavigationElement" itemscope="itemscope"><div class="main-navigation ast-inline-flex"><ul id="ast-hf-menu-1" class="main-header-menu ast-menu-shadow ast-nav-menu ast-flex submenu-with-border stack-on-mobile">
<li id="menu-item-21" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-home menu-item-21"><a href="{{{{base}}}}/" class="menu-link">Trang chủ</a></li>
<li id="menu-item-22" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-22"><a href="{{{{base}}}}/gioi-thieu/" class="menu-link">Giới thiệu</a></li>
<li id="menu-item-23" class="menu-item menu-item-type-custom menu-item-object-custom menu-item-23"><a href="{{{{base}}}}/forums/" class="menu-link">Diễn đàn</a></li>
<li id="menu-item-24" class="menu-item menu-item-type-post_type menu-item-object-page menu-item-24"><a href="{{{{base}}}}/lien-he/" class="menu-link">Liên hệ</a></li>
</ul></div></nav></div></div></div></div>
</div></div></div>
</div>
</header>
<div id="content" class="site-content"><div class="ast-container">
<div id="primary" class="content-area primary"><main id="main" class="site-main">
<article class="{entry_class} ast-article-single"{aid} itemtype="https://schema.org/CreativeWork" itemscope="itemscope">
<div class="ast-post-format- ast-no-thumb single-layout-1">
<header class="entry-header ast-no-thumbnail">{header}</header>
<div class="entry-content clear" itemprop="text">
{content}
</div>
</div>
</article>
</main></div>
{sidebar()}
</div></div>
<footer class="site-footer" id="colophon" itemtype="https://schema.org/WPFooter" itemscope="itemscope" itemid="#colophon">
<div class="site-primary-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-3-equal"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-primary-footer-inner-wrap"><div class="site-footer-primary-section-1 site-footer-section"><aside class="footer-widget-area widget-area site-footer-focus-item footer-widget-area-inner"><section id="text-2" class="widget widget_text"><h2 class="widget-title">Liên hệ</h2><div class="textwidget"><p>{esc(ADDRESS)}</p><p>{esc(HOTLINE)}</p></div></section></aside></div></div></div></div>
<div class="site-below-footer-wrap ast-builder-grid-row-container site-footer-focus-item ast-builder-grid-row-full"><div class="ast-builder-grid-row-container-inner"><div class="ast-builder-footer-grid-columns site-below-footer-inner-wrap ast-builder-grid-row"><div class="site-footer-below-section-1 site-footer-section site-footer-section-1"><div class="ast-builder-layout-element ast-flex site-footer-focus-item ast-footer-copyright" data-section="section-footer-builder"><div class="ast-footer-copyright"><p>Bản quyền &copy; 2025 Liên minh HTX thành phố Đà Nẵng | Được xây dựng bởi <a href="{{{{base:offsite}}}}/astra/" rel="nofollow noopener" target="_blank">Astra WordPress Theme</a></p></div></div></div></div></div></div>
</footer>
</div>
<script src="{{{{base}}}}/wp-content/themes/astra/assets/js/minified/frontend.min.js?ver=4.6.14" id="astra-theme-js-js"></script>
</body>
</html>
"""

    def crumbs(items: list[tuple[str, str | None]]) -> str:
        parts = ['<a href="{{base}}/" class="bbp-breadcrumb-home">Trang chủ</a>']
        for i, (name, href) in enumerate(items):
            if href is None:
                parts.append(f'<span class="bbp-breadcrumb-current">{esc(name)}</span>')
            else:
                cls = "bbp-breadcrumb-root" if i == 0 else "bbp-breadcrumb-forum"
                parts.append(f'<a href="{href}" class="{cls}">{esc(name)}</a>')
        return ('<div class="bbp-breadcrumb"><p>' + ' <span class="bbp-breadcrumb-sep">&rsaquo;</span> '.join(parts)
                + "</p></div>")

    def pagination(count_text: str, base: str, n: int, pages: int, kind: str) -> str:
        links = ""
        if pages > 1:
            items = []
            if n > 1:
                items.append(f'<a class="prev page-numbers" href="{base if n == 2 else f"{base}page/{n - 1}/"}">&larr;</a>')
            for k in range(1, pages + 1):
                href = base if k == 1 else f"{base}page/{k}/"
                items.append(f'<span aria-current="page" class="page-numbers current">{k}</span>' if k == n
                             else f'<a class="page-numbers" href="{href}">{k}</a>')
            if n < pages:
                items.append(f'<a class="next page-numbers" href="{base}page/{n + 1}/">&rarr;</a>')
            links = "\n".join(items)
        return (f'<div class="bbp-pagination"><div class="bbp-pagination-count">{count_text}</div><div '
                f'class="bbp-pagination-links">{links}</div></div>')

    def tag_path(tag: str) -> str:
        return f"/forums/topic-tag/{wp_slug(tag)}/"

    def post_item(t: Topic, i: int) -> str:
        pid, user, when, html = t.posts[i]
        lead = i == 0
        a = t.article if lead else None
        extra = ""
        if a and a.attachments:
            extra += ('<div class="bbp-attachments"><h6>Tệp đính kèm:</h6><ol>'
                      + "".join(f'<li id="d4p-bbp-attachment_{pid + 7}" class="d4p-bba-actions-download bbp-atticon '
                                f'bbp-atticon-pdf"><a href="{x["path"]}">{esc(x["text"])}</a></li>' for x in a.attachments)
                      + "</ol></div>")
        if a and a.opts.get("edited"):
            extra += (f'<ul id="bbp-topic-revision-log-{pid}" class="bbp-topic-revision-log"><li id="bbp-topic-revision-log-'
                      f'{pid}-item-{pid + 9}" class="bbp-topic-revision-log-item">Chủ đề này được chỉnh sửa {since(a.opts["edited"])}'
                      f' bởi {author_link(user)}.</li></ul>')
        ptype = "topic" if lead else "reply"
        pos = f"bbp-reply-position-{i + 1}"
        cls = (f"loop-item-{i} user-id-{list(USERS).index(user) + 1} bbp-parent-forum-{FORUMS[t.forum][0]} bbp-parent-topic-"
               f"{t.id} {pos} {'even' if i % 2 else 'odd'} {'topic-author ' if user == t.posts[0][1] else ''}post-{pid} "
               f"{ptype} type-{ptype} status-publish hentry")
        return f"""<div id="post-{pid}" class="bbp-reply-header">
<div class="bbp-meta">
<span class="bbp-reply-post-date">{post_date(when)}</span>
<a href="{t.url(pid)}" class="bbp-reply-permalink">#{pid}</a>
<span class="bbp-admin-links"></span>
</div>
</div>
<div class="{cls}">
<div class="bbp-reply-author">
{author_link(user, 80, role=True)}
</div>
<div class="bbp-reply-content">
{html}
{extra}
</div>
</div>
"""

    def topic_page(t: Topic, n: int) -> str:
        lo = (n - 1) * REPLIES_PER
        shown_items = t.posts[lo:lo + REPLIES_PER]
        fid, fname, _ = FORUMS[t.forum]
        replies = len(t.posts) - 1
        last = t.posts[-1]
        info = (f'<div class="bbp-template-notice info"><ul><li class="bbp-topic-description">Chủ đề này có {replies} phản '
                f'hồi, {t.voices} người tham gia, và được cập nhật lần cuối bởi {author_link(last[1])} {freshness(t)}.</li>'
                "</ul></div>")
        tags = ('<div class="bbp-topic-tags"><p>Thẻ:&nbsp;' + ", ".join(f'<a href="{tag_path(x)}" rel="tag">{esc(x)}</a>'
                                                                         for x in t.tags) + "</p></div>") if t.tags else ""
        count = (f"Đang xem {len(shown_items)} bài viết - {lo + 1} đến {lo + len(shown_items)} (trong tổng số "
                 f"{len(t.posts)})")
        body = "".join(post_item(t, i) for i in range(lo, lo + len(shown_items)))
        content = f"""<div id="bbpress-forums" class="bbpress-wrapper">
{crumbs([("Diễn đàn", "/forums/"), (fname, f"/forums/forum/{t.forum}/"), (t.subject, None)])}
{tags}
{info}
{pagination(count, t.path, n, t.pages, "reply")}
<ul id="topic-{t.id}-replies" class="forums bbp-replies">
<li class="bbp-header"><div class="bbp-reply-author">Tác giả</div><div class="bbp-reply-content">Bài viết</div></li>
<li class="bbp-body">
{body}</li>
<li class="bbp-footer"><div class="bbp-reply-author">Tác giả</div><div class="bbp-reply-content">Bài viết</div></li>
</ul>
{pagination(count, t.path, n, t.pages, "reply")}
<div id="no-reply-{t.id}" class="bbp-no-reply"><div class="bbp-template-notice"><ul><li>Bạn phải đăng nhập để trả lời chủ đề này.</li></ul></div>
<form method="post" action="{{{{base}}}}/wp-login.php" class="bbp-login-form"><fieldset class="bbp-form"><legend>Đăng nhập</legend><div class="bbp-username"><label for="user_login">Tên người dùng: </label><input type="text" name="log" value="" size="20" maxlength="100" id="user_login" autocomplete="off" /></div><div class="bbp-password"><label for="user_pass">Mật khẩu: </label><input type="password" name="pwd" value="" size="20" id="user_pass" autocomplete="off" /></div><div class="bbp-submit-wrapper"><button type="submit" name="user-submit" id="user-submit" class="button submit user-submit">Đăng nhập</button></div></fieldset></form>
<p><a href="{{{{base}}}}/wp-login.php?action=lostpassword">Quên mật khẩu?</a> | <a href="{{{{base}}}}/wp-login.php?action=register">Đăng ký</a></p>
</div>
</div>"""
        head = (f'<link rel="alternate" type="application/rss+xml" title="{attr(SITE_NAME)} &raquo; {attr(t.subject)} Dòng phản '
                f'hồi" href="{{{{base}}}}{t.path}feed/" />\n<link rel="canonical" href="{{{{base}}}}{t.path}" />\n'
                f"<link rel='shortlink' href='{{{{base}}}}/?p={t.id}' />\n")
        header = f'<h1 class="entry-title" itemprop="headline">{esc(t.subject)}</h1>'
        return layout(esc(t.subject), f"topic topic-template-default single single-topic postid-{t.id}", header, content,
                      head=head, article_id=t.id, entry_class=f"post-{t.id} topic type-topic status-publish hentry")

    for t in topics:
        for n in range(1, t.pages + 1):
            site.page(t.page_path(n), topic_page(t, n))
            if n > 1:
                site.non_articles.append(t.page_path(n))
        site.redirect(f"/?p={t.id}", t.path, 301)
        a = t.article
        if a is None:
            site.non_articles.append(t.path)
            continue
        a.path = t.path
        a.aliases.append(f"/?p={t.id}")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/wp-content/uploads/{a.date:%Y/%m}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX THANH PHO DA NANG", "THONG BAO SO 15/TB-LMHTX"]))
        site.add_article(a)
    table_t = next(t for t in topics if t.pages > 1)
    site.trap("a topic's replies beyond the first ten items run onto /forums/topic/<slug>/page/2/ (replies only; WordPress's "
              "<link rel='canonical'> there names page 1): not an article", table_t.page_path(2))
    site.trap("every topic's <link rel='shortlink' href='/?p=<id>'> is a 301 to the topic (a member pasted the midnight "
              "topic's): an alias; the reply permalinks '#<id>' are anchors of the same page", shortlink)
    sticky = next(t for t in topics if t.sticky)
    site.trap("the sticky 'Nội quy chuyên mục' topic heads page 1 of the news forum (stickies do not count in its pager), "
              "and members' topics in the Q&A and OCOP forums: not articles", sticky.path)

    # forums
    def topic_row(t: Topic, i: int) -> str:
        fid = FORUMS[t.forum][0]
        pages = ""
        if t.pages > 1:
            pages = ('<span class="bbp-topic-pagination">' + "".join(
                f'<a class="page-numbers" href="{t.page_path(k)}">{k}</a>' for k in range(1, t.pages + 1)) + "</span>")
        cls = (f"loop-item-{i} user-id-{list(USERS).index(t.posts[0][1]) + 1} bbp-parent-forum-{fid} {'even' if i % 2 else 'odd'}"
               f"{' sticky' if t.sticky else ''} post-{t.id} topic type-topic status-publish hentry")
        return f"""<ul id="bbp-topic-{t.id}" class="{cls}">
<li class="bbp-topic-title"><a class="bbp-topic-permalink" href="{t.path}">{esc(t.subject)}</a>{pages}
<p class="bbp-topic-meta"><span class="bbp-topic-started-by">Bắt đầu bởi: {author_link(t.posts[0][1])}</span></p></li>
<li class="bbp-topic-voice-count">{t.voices}</li>
<li class="bbp-topic-reply-count">{len(t.posts) - 1}</li>
<li class="bbp-topic-freshness">{freshness(t)}
<p class="bbp-topic-meta"><span class="bbp-topic-freshness-author">{author_link(t.posts[-1][1])}</span></p></li>
</ul>
"""

    def topics_list(items: list[Topic], fid: int) -> str:
        return (f'<ul id="bbp-forum-{fid}" class="bbp-topics"><li class="bbp-header"><ul class="forum-titles"><li '
                'class="bbp-topic-title">Chủ đề</li><li class="bbp-topic-voice-count">Thành viên</li><li '
                'class="bbp-topic-reply-count">Trả lời</li><li class="bbp-topic-freshness">Lần hoạt động cuối</li></ul></li>'
                f'<li class="bbp-body">{"".join(topic_row(t, i) for i, t in enumerate(items))}</li></ul>')

    def archive(path: str, title: str, body_class: str, crumb: list, items: list[Topic], base: str, n: int, pages: int,
                total: int, lo: int, intro: str = "", fid: int = 0, head: str = "") -> None:
        shown_n = len([t for t in items if not (t.sticky and n == 1 and fid)])
        count = (f"Đang xem {shown_n} chủ đề - {lo + 1} đến {lo + shown_n} (trong tổng số {total})")
        content = (f'<div id="bbpress-forums" class="bbpress-wrapper">{crumbs(crumb)}{intro}'
                   f'{pagination(count, base, n, pages, "topic")}{topics_list(items, fid)}'
                   f'{pagination(count, base, n, pages, "topic")}</div>')
        site.page(path, layout(esc(title), body_class, f'<h1 class="entry-title" itemprop="headline">{esc(title)}</h1>',
                               content, head=head))
        site.non_articles.append(path)

    for slug, (fid, fname, fdesc) in FORUMS.items():
        ft = [t for t in topics if t.forum == slug]
        stickies = [t for t in ft if t.sticky]
        normal = sorted([t for t in ft if not t.sticky], key=lambda t: -t.posts[-1][2].timestamp())
        pages = max(1, (len(normal) + TOPICS_PER - 1) // TOPICS_PER)
        base = f"/forums/forum/{slug}/"
        for n in range(1, pages + 1):
            chunk = normal[(n - 1) * TOPICS_PER:n * TOPICS_PER]
            items = (stickies if n == 1 else []) + chunk
            path = base if n == 1 else f"{base}page/{n}/"
            head = (f'<link rel="alternate" type="application/rss+xml" title="{attr(SITE_NAME)} &raquo; {attr(fname)} Dòng '
                    f'thông tin" href="{{{{base}}}}{base}feed/" />\n')
            intro = (f'<div class="bbp-template-notice info"><ul><li class="bbp-forum-description">Diễn đàn này có {len(ft)} '
                     f'chủ đề, {sum(len(t.posts) - 1 for t in ft)} phản hồi, và được cập nhật lần cuối bởi '
                     f'{author_link(normal[0].posts[-1][1])} {freshness(normal[0])}.</li></ul></div>'
                     f'<div class="bbp-forum-content"><p>{esc(fdesc)}</p></div>')
            archive(path, fname, f"forum forum-template-default single single-forum postid-{fid}",
                    [("Diễn đàn", "/forums/"), (fname, None)], items, base, n, pages, len(normal), (n - 1) * TOPICS_PER,
                    intro, fid, head)
    site.trap("the news forum /forums/forum/tin-tuc/ (5 topics a page by last activity, the sticky above them on page 1; "
              "the freshness column in relative ages '16 giờ, 50 phút trước'): its page/2/ holds the three oldest news",
              "/forums/forum/tin-tuc/page/2/")
    rows = []
    for slug, (fid, fname, fdesc) in FORUMS.items():
        ft = [t for t in topics if t.forum == slug]
        lt = max(ft, key=lambda t: t.posts[-1][2])
        rows.append(f'<ul id="bbp-forum-{fid}" class="loop-item-{len(rows)} {"even" if len(rows) % 2 else "odd"} bbp-forum-status-'
                    f'open bbp-forum-visibility-publish post-{fid} forum type-forum status-publish hentry"><li '
                    f'class="bbp-forum-info"><a class="bbp-forum-title" href="/forums/forum/{slug}/">{esc(fname)}</a><div '
                    f'class="bbp-forum-content"><p>{esc(fdesc)}</p></div></li><li class="bbp-forum-topic-count">{len(ft)}</li>'
                    f'<li class="bbp-forum-reply-count">{sum(len(t.posts) for t in ft)}</li><li class="bbp-forum-freshness">'
                    f'{freshness(lt)}<p class="bbp-topic-meta"><span class="bbp-topic-freshness-author">'
                    f"{author_link(lt.posts[-1][1])}</span></p></li></ul>")
    forums_html = ('<div id="bbpress-forums" class="bbpress-wrapper"><div class="bbp-search-form"><form role="search" method="get" '
                   'id="bbp-search-form" action="/forums/search/"><div><input type="hidden" name="action" value="bbp-search-'
                   'request" /><input type="text" value="" name="bbp_search" id="bbp_search" /><input class="button" '
                   'type="submit" id="bbp_search_submit" value="Tìm kiếm" /></div></form></div><ul id="forums-list-0" '
                   'class="bbp-forums"><li class="bbp-header"><ul class="forum-titles"><li class="bbp-forum-info">Diễn đàn</li>'
                   '<li class="bbp-forum-topic-count">Chủ đề</li><li class="bbp-forum-reply-count">Bài viết</li><li '
                   f'class="bbp-forum-freshness">Lần hoạt động cuối</li></ul></li><li class="bbp-body">{"".join(rows)}</li>'
                   "</ul></div>")
    site.page("/forums/", layout("Diễn đàn", "bbp-forum-archive archive post-type-archive post-type-archive-forum",
                                 '<h1 class="entry-title" itemprop="headline">Diễn đàn</h1>', forums_html,
                                 head='<link rel="alternate" type="application/rss+xml" title="Diễn đàn" '
                                      'href="{{base}}/forums/feed/" />\n'))
    site.non_articles.append("/forums/")
    site.trap("the forum root /forums/ (the forums, their counts and freshness) and the sidebar widgets 'Chủ đề mới' / "
              "'Phản hồi mới' (relative ages) on every page: no articles", "/forums/")

    # tags
    for tag in sorted({x for t in topics for x in t.tags}):
        items = sorted([t for t in topics if tag in t.tags], key=lambda t: -t.posts[-1][2].timestamp())
        archive(tag_path(tag), f"Thẻ chủ đề: {tag}", "topic-tag tax-topic-tag", [("Diễn đàn", "/forums/"),
                                                                                 (f"Thẻ chủ đề: {tag}", None)],
                items, tag_path(tag), 1, 1, len(items), 0)
    site.trap("topic tags /forums/topic-tag/<tag>/ (the 'Thẻ:' line above the topic): lists", tag_path("OCOP"))

    # profiles
    for nice, (name, role, started, created) in USERS.items():
        base = f"/forums/users/{nice}/"
        nav = "".join(f'<li{" class=current" if i == 0 else ""}><span class="{c}"><a href="{base}{sub}" title="{attr(t_)} của '
                      f'{attr(name)}">{t_}</a></span></li>'
                      for i, (sub, c, t_) in enumerate([("", "vcard bbp-user-profile-link", "Hồ sơ"),
                                                        ("topics/", "bbp-user-topics-created-link", "Chủ đề đã tạo"),
                                                        ("replies/", "bbp-user-replies-created-link", "Phản hồi đã tạo"),
                                                        ("engagements/", "bbp-user-engagements-created-link", "Đã tham gia"),
                                                        ("favorites/", "bbp-user-favorites-link", "Yêu thích")]))

        def user_page(path: str, inner: str, nice: str = nice, name: str = name, nav: str = nav) -> None:
            content = (f'<div id="bbpress-forums" class="bbpress-wrapper"><div id="bbp-user-wrapper"><div '
                       f'id="bbp-single-user-details"><div id="bbp-user-avatar"><span class="vcard"><a class="url fn n" '
                       f'href="/forums/users/{nice}/" title="{attr(name)}" rel="me"><img alt="" src="/wp-content/uploads/'
                       f'avatars/{nice}-300.png" class="avatar avatar-150 photo" height="150" width="150" /></a></span></div>'
                       f'<div id="bbp-user-navigation"><ul>{nav}</ul></div></div><div id="bbp-user-body">{inner}</div></div></div>')
            site.page(path, layout(esc(name), "bbp-user-page single singular", f'<h1 class="entry-title">{esc(name)}</h1>',
                                   content))
            site.non_articles.append(path)
        user_page(base, f'<div id="bbp-user-profile" class="bbp-user-profile"><h2 class="entry-title">@{esc(nice)}</h2><div '
                        f'class="bbp-user-section"><p class="bbp-user-forum-role">Vai trò diễn đàn: {role}</p><p '
                        f'class="bbp-user-topic-count">Chủ đề đã bắt đầu: {started}</p><p class="bbp-user-reply-count">Phản hồi'
                        f" đã tạo: {created}</p></div></div>")
        started_t = sorted([t for t in topics if t.posts[0][1] == nice], key=lambda t: -t.posts[-1][2].timestamp())
        engaged = sorted([t for t in topics if any(p[1] == nice for p in t.posts)], key=lambda t: -t.posts[-1][2].timestamp())
        for sub, title, items in [("topics/", "Chủ đề đã bắt đầu", started_t), ("engagements/", "Chủ đề đã tham gia", engaged),
                                  ("favorites/", "Chủ đề yêu thích", [])]:
            pages = max(1, (len(items) + TOPICS_PER - 1) // TOPICS_PER)
            for n in range(1, pages + 1):
                chunk = items[(n - 1) * TOPICS_PER:n * TOPICS_PER]
                path = f"{base}{sub}" + ("" if n == 1 else f"page/{n}/")
                inner = (f'<div id="bbp-user-topics-started" class="bbp-user-topics-started"><h2 class="entry-title">{title}'
                         f'</h2><div class="bbp-user-section">'
                         + (pagination(f"Đang xem {len(chunk)} chủ đề - {(n - 1) * TOPICS_PER + 1} đến "
                                       f"{(n - 1) * TOPICS_PER + len(chunk)} (trong tổng số {len(items)})", f"{base}{sub}", n,
                                       pages, "topic") + topics_list(chunk, 0) if chunk else
                            '<div class="bbp-template-notice info"><ul><li>Chưa có chủ đề nào.</li></ul></div>')
                         + "</div></div>")
                user_page(path, inner)
        mine = sorted([(p, t) for t in topics for p in t.posts[1:] if p[1] == nice], key=lambda x: -x[0][2].timestamp())
        inner = ('<div id="bbp-user-replies-created" class="bbp-user-replies-created"><h2 class="entry-title">Phản hồi đã tạo'
                 '</h2><div class="bbp-user-section"><ul class="forums bbp-replies">'
                 + "".join(f'<li><span class="bbp-reply-post-date">{post_date(p[2])}</span> <a href="{t.url(p[0])}">Trả lời '
                           f'cho: {esc(t.subject)}</a></li>' for p, t in mine[:REPLIES_PER]) + "</ul></div></div>")
        user_page(f"{base}replies/", inner)
    site.trap("profiles /forums/users/<nicename>/ with topics/, replies/, engagements/, favorites/ (5 topics a page: the "
              "oldest news is on topics/page/2/ and engagements/page/2/ of its poster): not articles",
              "/forums/users/tamtt/topics/page/2/")

    # WordPress pages, search, login, feeds
    intro = ('<p>Chào mừng đến với Diễn đàn Liên minh HTX thành phố Đà Nẵng, nơi cán bộ Liên minh HTX và các HTX thành viên '
             'trao đổi thông tin, kinh nghiệm sản xuất, kinh doanh.</p><p><a href="/forums/">Vào diễn đàn</a></p>')
    for path, title, html, pid in [("/", "Trang chủ", intro, 8),
                                   ("/gioi-thieu/", "Giới thiệu", "<p>Liên minh Hợp tác xã thành phố Đà Nẵng là tổ chức "
                                    "kinh tế - xã hội, đại diện và bảo vệ quyền lợi hợp pháp của các HTX, tổ hợp tác trên "
                                    "địa bàn thành phố.</p>", 10),
                                   ("/lien-he/", "Liên hệ", f"<p>{esc(ADDRESS)}</p><p>{esc(HOTLINE)}</p>", 12)]:
        head = f'<link rel="canonical" href="{{{{base}}}}{path}" />\n<link rel=\'shortlink\' href=\'{{{{base}}}}/?p={pid}\' />\n'
        cls = "home page-template-default page page-id-8" if path == "/" else f"page-template-default page page-id-{pid}"
        site.page(path, layout(title, cls, f'<h1 class="entry-title" itemprop="headline">{title}</h1>', html, head=head,
                               article_id=pid))
        site.redirect(f"/?p={pid}", path, 301)
        site.non_articles.append(path)
    site.page("/forums/search/", layout("Tìm kiếm", "bbp-search", '<h1 class="entry-title">Tìm kiếm</h1>',
                                        '<div id="bbpress-forums" class="bbpress-wrapper"><div class="bbp-template-notice">'
                                        "<ul><li>Vui lòng nhập từ khóa để tìm kiếm.</li></ul></div></div>"))
    site.non_articles.append("/forums/search/")
    login = ('<!DOCTYPE html>\n<html lang="vi">\n<head>\n<meta charset="UTF-8" />\n<title>Đăng nhập &lsaquo; '
             f'{esc(SITE_NAME)} &#8212; WordPress</title>\n<meta name="robots" content="max-image-preview:large, noindex, '
             'noarchive" />\n</head>\n<body class="login no-js login-action-login wp-core-ui locale-vi">\n<div id="login">'
             '<h1><a href="{{base}}/">Được hỗ trợ bởi WordPress</a></h1><form name="loginform" id="loginform" '
             'action="{{base}}/wp-login.php" method="post"><p><label for="user_login">Tên người dùng hoặc địa chỉ email</label>'
             '<input type="text" name="log" id="user_login" class="input" value="" size="20" /></p><p><label for="user_pass">'
             'Mật khẩu</label><input type="password" name="pwd" id="user_pass" class="input" value="" size="20" /></p>'
             '<p class="submit"><input type="submit" name="wp-submit" id="wp-submit" class="button button-primary" value="Đăng '
             'nhập" /></p></form><p id="nav"><a href="{{base}}/wp-login.php?action=lostpassword">Bạn quên mật khẩu?</a></p>'
             '<p id="backtoblog"><a href="{{base}}/">&larr; Quay lại ' + esc(SITE_NAME) + "</a></p></div>\n</body>\n</html>\n")
    site.page("/wp-login.php", login)
    for q in ("?action=lostpassword", "?action=register"):
        site.same_page(f"/wp-login.php{q}", "/wp-login.php")
    site.non_articles += ["/wp-login.php", "/wp-login.php?action=lostpassword", "/wp-login.php?action=register"]
    site.static("/robots.txt", "User-agent: *\nDisallow: /wp-admin/\nAllow: /wp-admin/admin-ajax.php\n")
    site.trap("robots.txt is WordPress's virtual one (only /wp-admin/): /wp-login.php (the guest form's action, 'Quên mật "
              "khẩu?', 'Đăng ký') answers its login page: not an article; WordPress pages /, /gioi-thieu/, /lien-he/ "
              "and the search /forums/search/: not articles", "/wp-login.php")

    def rss(title: str, link: str, self_path: str, items: list) -> str:
        its = "".join(f"\t<item>\n\t\t<guid isPermaLink=\"false\">{{{{base}}}}/?post_type={ptype}&#038;p={pid}</guid>\n"
                      f"\t\t<title>{esc(t_)}</title>\n\t\t<link>{{{{base}}}}{lk}</link>\n\t\t<pubDate>{gmt(w)}</pubDate>\n"
                      f"\t\t<dc:creator>{esc(au)}</dc:creator>\n\t\t<description><![CDATA[{d}]]></description>\n"
                      f"\t\t<content:encoded><![CDATA[{c}]]></content:encoded>\n\t</item>\n"
                      for ptype, pid, t_, lk, w, au, d, c in items)
        last = max((x[4] for x in items), default=NOW)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/'
                f'content/" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:atom="http://www.w3.org/2005/Atom">\n<channel>\n'
                f"\t<title>{esc(title)}</title>\n\t<atom:link href=\"{{{{base}}}}{self_path}\" rel=\"self\" "
                f'type="application/rss+xml" />\n\t<link>{{{{base}}}}{link}</link>\n\t<description>{esc(SITE_NAME)}'
                f"</description>\n\t<lastBuildDate>{gmt(last)}</lastBuildDate>\n\t<language>vi</language>\n\t<generator>"
                f"https://bbpress.org/?v=2.6.11</generator>\n{its}</channel>\n</rss>\n")

    def excerpt(html: str) -> str:
        return " ".join(re.sub(r"<[^>]+>", " ", html).split())[:300]

    def topic_items(items: list[Topic]) -> list:
        return [("topic", t.id, t.subject, t.path, t.posts[0][2], USERS[t.posts[0][1]][0], excerpt(t.posts[0][3]),
                 t.posts[0][3]) for t in items]

    for slug, (fid, fname, _) in FORUMS.items():
        items = sorted([t for t in topics if t.forum == slug], key=lambda t: -t.posts[-1][2].timestamp())
        site.page(f"/forums/forum/{slug}/feed/", rss(f"{SITE_NAME} » {fname}", f"/forums/forum/{slug}/",
                                                     f"/forums/forum/{slug}/feed/", topic_items(items)), content_type=RSS)
    all_items = sorted(topics, key=lambda t: -t.posts[-1][2].timestamp())
    site.page("/forums/feed/", rss(f"{SITE_NAME} » Diễn đàn", "/forums/", "/forums/feed/", topic_items(all_items)),
              content_type=RSS)
    for t in topics:
        items = [("reply", p[0], f"Trả lời cho: {t.subject}", t.url(p[0]), p[2], USERS[p[1]][0], excerpt(p[3]), p[3])
                 for p in reversed(t.posts[1:])]
        site.page(f"{t.path}feed/", rss(f"{SITE_NAME} » {t.subject}", t.path, f"{t.path}feed/", items), content_type=RSS)
    for path, title in [("/feed/", SITE_NAME), ("/comments/feed/", f"Bình luận cho {SITE_NAME}")]:
        site.page(path, rss(title, "/", path, []), content_type=RSS)
    site.trap("feeds in GMT ('+0000'): /forums/forum/tin-tuc/feed/ (the forum's topics by last activity, each dated by its "
              "lead), /forums/topic/<slug>/feed/ (a topic's replies), /forums/feed/; WordPress's /feed/ and "
              "/comments/feed/ are empty (no blog posts)", "/forums/forum/tin-tuc/feed/")
    for name in ("2023/03/logo-lmhtx.png", "2023/03/cropped-logo-lmhtx-32x32.png"):
        site.binary(f"/wp-content/uploads/{name}", image_for(name))
    return site
