"""Site `diendan-htxphuyen` (registry family `generic`): "Diễn đàn HTX Phú Yên", the forum the Phú Yên cooperative
alliance runs on **PunBB 1.4.6** (the stock Oxygen style, a Vietnamese language pack, the `pun_bbcode` and
`pun_repository` extensions; board options: default time zone UTC+7, date format `d-m-Y`, time format `H:i:s`, 6 topics
and 10 posts a page, SEF URL scheme "Default" while the `.htaccess` of the "Folder based (fancy)" scheme still routes
every request through `rewrite.php`; guests may read, search and view profiles; the copy is of 18 March 2025, 09:40,
before the province joined Đắk Lắk). The alliance posts its news as topics in the forum "Tin tức – Sự kiện", where
only staff (moderators) may start a topic and members may reply. Written as a held-out test: no family module, no
selectors.

URL shapes (PunBB prints every link absolute, from `base_url`): a topic `viewtopic.php?id=N` (rel=canonical); every
post `viewtopic.php?pid=M#pM` (each post's head): the page that holds the post; a topic's second page
`viewtopic.php?id=N&p=2` (replies only, canonical to itself); forum lists `viewforum.php?id=N`, `viewforum.php?id=2&p=2`;
the index `/` = `index.php`; the fancy-SEF variants the rewrite still answers, `/topic/N/<slug>/` (the board
announcement links the notice so) and `/post/M/#pM` (a member's reply links a post so): the same pages;
`profile.php?id=N`, `userlist.php`, `search.php` (the form), `search.php?action=show_recent` /
`?action=show_unanswered` (the visit bar's "Chủ đề hoạt động" / "Chủ đề chưa trả lời"),
`search.php?action=show_user_topics&user_id=N` / `show_user_posts` (a profile's links), `login.php`,
`register.php`; the feeds `extern.php?action=feed&type=rss` (the board), `&fid=2&type=rss` / `&type=atom` (the forum)
and `&tid=N&type=rss` (a topic). The admin's robots.txt disallows login, registration, posting, `misc.php` and the
per-user searches.

Why it is hard: the `<h1 class="main-title">` is the topic's title, but the board announcement above it is an `<h1
class="hn">` too ("Thông báo"). A news item is the FIRST post of its topic (`div.post.firstpost.topicpost`); the
replies under it (`div.post.replypost`: thanks, questions, one quoting the notice in `div.quotebox` "X đã viết:") are
comments, not text. The post head's permalink prints the board's format "12-03-2025 08:35:12", or "Hôm nay 08:12:40" /
"Hôm qua 16:50:03" for the copy's day and the day before: the topic of 17 March reads only "Hôm qua 16:50:03" and
nothing else on its page dates it; its RSS (the head's alternate) does. Every feed prints GMT: the post of 00:18 on 8
February reads "Fri, 07 Feb 2025 17:18:27 +0000". The poster's column (`div.post-author`: user name, title, status,
"Từ:", "Đăng ký: 05-03-2018", "Bài viết: 268"), the signature (`div.sig-content`) and the edit note "Sửa lần cuối bởi
… (12-03-2025 10:05:40)" (`p.lastedit` inside `div.entry-content`) are no text. The message is PunBB's parser output:
paragraphs `<p>` with `<br />` runs, `[h]` as `<h5>`, `[list]` / `[list=1]` as `<ul>` / `<ol class="decimal">` with
`<li><p>`, a bare `[quote]` (a quoted provision: text) as `div.quotebox > blockquote`, `[img]` as `span.postimg` with the
caption as the next `<em>` line, a table typed in a `[code]` box (`div.codebox pre`, cells between " | ": one line a
row as typed). The author is the first post's poster when a person, never the admin nor the office's account; a closing byline
overrides. The forum list sorts by the LAST post (a February topic with a reply this morning sits on top) with the
sticky rules first; the three oldest news are only on `viewforum.php?id=2&p=2` among the lists.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf, squash
from .richbody import RichArticle, RichBlock, parse_rich

SITE = "diendan-htxphuyen"
BOARD = "Diễn đàn HTX Phú Yên"
DESC = "Nơi trao đổi của Liên minh Hợp tác xã tỉnh Phú Yên và các hợp tác xã thành viên"
NOW = datetime(2025, 3, 18, 9, 40)
UTC = timedelta(hours=7)
TOPICS_PER = 6
POSTS_PER = 10
HTML = "text/html; charset=utf-8"
RSS = "application/rss+xml; charset=utf-8"
ATOM = "application/atom+xml; charset=utf-8"
B = "{{base}}"
ANNOUNCE_HEAD = "Thông báo"
ANNOUNCE = "Liên minh HTX tỉnh đã ban hành Thông báo số 06/TB-LMHTX về Hội chợ OCOP Phú Yên năm 2025, các HTX xem chi tiết"
FORUMS = {2: ("Tin tức – Sự kiện", "Tin hoạt động và thông báo của Liên minh HTX tỉnh. Chỉ Ban điều hành được mở chủ đề."),
          3: ("Hỏi đáp chính sách HTX", "Thành viên hỏi, Liên minh HTX tỉnh trả lời về chính sách, pháp luật HTX."),
          4: ("Giới thiệu sản phẩm OCOP", "Các HTX giới thiệu sản phẩm, tìm đối tác tiêu thụ.")}
CATS = [("Liên minh HTX tỉnh Phú Yên", [2, 3]), ("Giao lưu hợp tác xã", [4])]
# id: (name, title, from, registered, posts, signature)
USERS = {
    2: ("admin", "Quản trị viên", "Tuy Hòa", datetime(2017, 9, 4), 506, "Ban Quản trị Diễn đàn HTX Phú Yên"),
    3: ("vanphong.lmhtx", "Điều hành viên", "Tuy Hòa", datetime(2017, 9, 5), 311,
        "Văn phòng Liên minh HTX tỉnh Phú Yên - ĐT: 0257.3842.516"),
    4: ("Võ Thị Kim Yến", "Điều hành viên", "Tuy Hòa", datetime(2019, 6, 17), 142,
        "Phòng Tuyên truyền - Liên minh HTX tỉnh Phú Yên"),
    5: ("Lê Minh Trí", "Điều hành viên", "Sông Cầu", datetime(2018, 3, 5), 268, None),
    6: ("Đặng Quốc Bảo", "Điều hành viên", "Đông Hòa", datetime(2020, 11, 2), 58, None),
    7: ("htxhoaxuan", "Thành viên", "Đông Hòa", datetime(2021, 4, 12), 44, "HTX Nông nghiệp Hòa Xuân Tây - lúa giống chất lượng cao"),
    8: ("nguyenvanlong", "Thành viên", "Tây Hòa", datetime(2023, 8, 21), 19, None),
    9: ("trandinhphuc", "Thành viên", "Sơn Hòa", datetime(2024, 10, 3), 11, None),
}
UID = {v[0]: k for k, v in USERS.items()}
FURN = [DESC, ANNOUNCE, "Bạn chưa đăng nhập.", "Chủ đề hoạt động", "Chủ đề chưa trả lời", "Bỏ qua tới nội dung diễn đàn",
        "Phát triển bởi PunBB", "Informer Technologies, Inc", "Chuyển tới diễn đàn:", "Nguồn tin RSS của chủ đề",
        "Ngoại tuyến", "Đăng ký:", "Bài viết:", "Sửa lần cuối bởi", "Điều hành viên", "Quản trị viên", "Chủ đề của",
        "Trả lời của", "để trả lời"] + [u[5] for u in USERS.values() if u[5]]


def shown(d: datetime) -> str:
    if d.date() == NOW.date():
        return f"Hôm nay {d:%H:%M:%S}"
    if d.date() == (NOW - timedelta(days=1)).date():
        return f"Hôm qua {d:%H:%M:%S}"
    return f"{d:%d-%m-%Y %H:%M:%S}"


def gmt(d: datetime) -> str:
    return f"{d - UTC:%a, %d %b %Y %H:%M:%S} +0000"


def zulu(d: datetime) -> str:
    return f"{d - UTC:%Y-%m-%dT%H:%M:%S}Z"


def sef(title: str) -> str:
    """sef_friendly() with the Vietnamese pack's url_replace: ASCII, lower case, hyphens."""
    t = title.replace("đ", "d").replace("Đ", "D").replace("–", "-")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


class CodeBlock(RichBlock):
    def lines(self) -> list[str]:
        return [squash(x) for x in self.items]


class QuoteBlock(RichBlock):
    def lines(self) -> list[str]:
        return [squash(x) for x in self.items]


@dataclass
class PunArticle(RichArticle):
    """Markup as richbody, plus "` " lines (a [code] box, one text line a row) and "» " lines (a bare [quote]: text)."""

    replies: list = field(default_factory=list)

    @property
    def blocks(self) -> list[RichBlock]:  # type: ignore[override]
        out: list[RichBlock] = []
        chunk: list[str] = []
        for raw in self.body.strip().splitlines():
            s = raw.strip()
            kind = CodeBlock if s.startswith("`") else QuoteBlock if s.startswith("»") else None
            if kind is None:
                chunk.append(raw)
                continue
            if chunk:
                out += parse_rich("\n".join(chunk))
                chunk = []
            if out and type(out[-1]) is kind:
                out[-1].items.append(s[2:])
            else:
                out.append(kind("code" if kind is CodeBlock else "quote", items=[s[2:]]))
        if chunk:
            out += parse_rich("\n".join(chunk))
        return out


TABLE_REPLIES = [
    ("nguyenvanlong", "Số liệu rất hữu ích, cảm ơn anh Trí."),
    ("htxhoaxuan", "HTX Hòa Xuân Tây đã cập nhật số thành viên mới vào hệ thống chưa anh?"),
    ("Lê Minh Trí", "Đã cập nhật theo báo cáo của phòng Kinh tế thị xã Đông Hòa gửi ngày 15/1."),
    ("trandinhphuc", "Sơn Hòa năm nay có thêm 2 HTX dược liệu mới thành lập."),
    ("nguyenvanlong", "Đề nghị năm sau bổ sung cột doanh thu bình quân theo từng địa phương."),
    ("Lê Minh Trí", "Ý kiến hay, Văn phòng sẽ tổng hợp trong báo cáo năm 2025."),
    ("htxhoaxuan", "Cho hỏi số HTX giải thể có tính các HTX chỉ ngừng hoạt động tạm thời không ạ?"),
    ("Lê Minh Trí", "Không tính, chỉ tính các HTX đã có quyết định giải thể."),
    ("trandinhphuc", "Cảm ơn anh đã giải đáp."),
    ("nguyenvanlong", "Mong Liên minh sớm có số liệu quý I/2025."),
    ("trandinhphuc", "Số liệu quý I có trong tháng 4 không anh?"),
]


def articles() -> list[PunArticle]:
    A = PunArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 06/TB-LMHTX về việc tham gia Hội chợ OCOP Phú Yên năm 2025",
          body="""
LIÊN MINH HTX TỈNH PHÚ YÊN
Số: 06/TB-LMHTX
Phú Yên, ngày 10 tháng 3 năm 2025
THÔNG BÁO
Về việc tham gia Hội chợ OCOP Phú Yên năm 2025
Hội chợ OCOP Phú Yên năm 2025 diễn ra từ ngày 18/4 đến ngày 22/4/2025 tại Quảng trường 1 tháng 4, TP Tuy Hòa.
Liên minh HTX tỉnh hỗ trợ 20 gian hàng miễn phí cho các HTX có sản phẩm đạt OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/3/2025 (mẫu phiếu đính kèm).
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Thanh Hà
""", author=None, doc_number="06/TB-LMHTX",
          attachments=[{"path": "/files/2025/TB-06-LMHTX-2025.pdf", "text": "TB-06-LMHTX-2025.pdf"}],
          opts={"by": "vanphong.lmhtx", "br_head": 5, "views": 402,
                "edited": ("vanphong.lmhtx", datetime(2025, 3, 12, 10, 5, 40))},
          replies=[("htxhoaxuan", datetime(2025, 3, 12, 14, 22, 9), "quote",
                    "HTX Nông nghiệp Hòa Xuân Tây đăng ký 2 gian hàng gạo và bánh tráng, nhờ Văn phòng xác nhận giúp ạ."),
                   ("vanphong.lmhtx", datetime(2025, 3, 13, 8, 10, 51), None,
                    "Văn phòng đã nhận phiếu của HTX, sẽ gửi xác nhận qua thư điện tử trong tuần.")],
          notes=["notice 'Số: 06/TB-LMHTX' dated 10/3 in its text, posted '12-03-2025 08:35:12' (the post head's permalink); "
                 "the first five lines one <p> with <br /> runs; poster = the office's account 'vanphong.lmhtx': no author; "
                 "the signer is text; the PDF link (absolute, its own paragraph) is an attachment, not text; the edit note "
                 "'Sửa lần cuối bởi vanphong.lmhtx (12-03-2025 10:05:40)' inside the entry, the signature and two replies "
                 "(one quoting the notice) are not text; the board announcement links it as /topic/N/<slug>/ (the fancy "
                 "SEF URL the rewrite still answers): an alias"],
          **at(datetime(2025, 3, 12, 8, 35, 12))),
        A(path="", title="Ảnh: HTX Muối Tuyết Diêm vào vụ thu hoạch muối đầu năm",
          body="""
Những ngày đầu tháng 3, diêm dân HTX Muối Tuyết Diêm (thị xã Sông Cầu) tất bật thu hoạch muối trên diện tích 38 ha.
[img tuyetdiem-1.jpg] Diêm dân HTX cào muối trên đồng muối Tuyết Diêm
[img tuyetdiem-2.jpg] Muối được gánh lên bờ, gom thành từng đống lớn
[img tuyetdiem-3.jpg] Kho chứa muối mới của HTX được đầu tư từ nguồn vốn Quỹ hỗ trợ phát triển HTX
Năm nay giá muối ổn định ở mức 1.800 đồng/kg, cao hơn cùng kỳ năm trước khoảng 300 đồng/kg.
Bài, ảnh: Nguyễn Hoài
""", author="Nguyễn Hoài",
          opts={"by": "Võ Thị Kim Yến", "views": 288},
          notes=["photo story: each [img] a span.postimg, its caption the next <em> line after <br /> (one line each); "
                 "poster Võ Thị Kim Yến (a staff member) but 'Bài, ảnh: Nguyễn Hoài' closes it -> author Nguyễn Hoài"],
          **at(datetime(2025, 3, 6, 15, 20, 5))),
        A(path="", title="Tình hình phát triển HTX trên địa bàn tỉnh Phú Yên năm 2024",
          body="""
Năm 2024, toàn tỉnh có thêm 17 HTX thành lập mới, nâng tổng số HTX đang hoạt động lên 236 HTX. Số liệu theo từng địa phương như sau:
` Địa phương | HTX đang hoạt động | Thành lập mới | Giải thể
` TP Tuy Hòa | 31 | 3 | 1
` Thị xã Sông Cầu | 28 | 2 | 0
` Thị xã Đông Hòa | 42 | 4 | 2
` Huyện Tây Hòa | 39 | 3 | 1
` Các huyện còn lại | 96 | 5 | 3
Số liệu do phòng Kinh tế, phòng Nông nghiệp và PTNT các huyện, thị xã, thành phố báo cáo Liên minh HTX tỉnh.
""", author="Lê Minh Trí",
          opts={"by": "Lê Minh Trí", "views": 231},
          replies=[(u, datetime(2025, 2, 25, 14, 0) + timedelta(days=2 * i, minutes=17 * i), None, text)
                   for i, (u, text) in enumerate(TABLE_REPLIES[:-1])]
          + [(TABLE_REPLIES[-1][0], datetime(2025, 3, 18, 8, 12, 40), None, TABLE_REPLIES[-1][1])],
          notes=["a table typed in a [code] box (div.codebox pre, cells typed between ' | ' by the staff member): one line a row as typed; poster Lê "
                 "Minh Trí (a staff member), no byline: he is the author; eleven replies run onto viewtopic.php?id=N&p=2 "
                 "(replies only: no article); the last one 'Hôm nay 08:12:40' puts this February topic on top of the "
                 "forum list"],
          **at(datetime(2025, 2, 25, 10, 12, 30))),
        A(path="", title="Hướng dẫn HTX xây dựng phương án sản xuất, kinh doanh năm 2025",
          body="""
Để được hưởng các chính sách hỗ trợ năm 2025, HTX cần xây dựng phương án sản xuất, kinh doanh sát với thực tế.
Luật Hợp tác xã năm 2023 quy định:
» Hợp tác xã, liên hiệp hợp tác xã xây dựng phương án sản xuất, kinh doanh hằng năm trình Đại hội thành viên thông qua.
## Phương án gồm các nội dung chính
+ Đánh giá kết quả sản xuất, kinh doanh năm trước;
+ Kế hoạch sản xuất, dịch vụ cho thành viên năm 2025;
+ Nhu cầu vốn, nguồn vốn và phương án trả nợ;
+ Dự kiến phân phối thu nhập.
HTX gửi phương án về Liên minh HTX tỉnh để được góp ý trước ngày 30/3.
Trần Văn Sang - Phòng Kinh tế tập thể
""", author="Trần Văn Sang",
          opts={"by": "admin", "views": 176},
          replies=[("nguyenvanlong", datetime(2025, 2, 19, 9, 30, 2), "link",
                    "Liên minh có tổ chức tập huấn như buổi gặp mặt đầu xuân không ạ?")],
          notes=["a bare [quote] (div.quotebox > blockquote, no 'đã viết' line) quoting the Law: its line is text; a [h] "
                 "heading (<h5>) and a [list=1] (<ol class='decimal'><li><p>); poster 'admin' but 'Trần Văn Sang - Phòng "
                 "Kinh tế tập thể' closes the text -> Trần Văn Sang; a member's reply links another topic's first post as "
                 "/post/M/#pM (the fancy SEF URL)"],
          **at(datetime(2025, 2, 18, 8, 45, 0))),
        A(path="", title="HTX Nông nghiệp Hòa Quang Nam liên kết sản xuất lúa giống",
          body="""
HTX Nông nghiệp Hòa Quang Nam (huyện Phú Hòa) liên kết với doanh nghiệp sản xuất 120 ha lúa giống vụ Đông Xuân.
Doanh nghiệp cung ứng giống siêu nguyên chủng, hướng dẫn kỹ thuật và bao tiêu toàn bộ sản phẩm.
Mỗi ha lúa giống cho lợi nhuận cao hơn lúa thương phẩm từ 8 đến 10 triệu đồng.
Theo Báo Phú Yên
""", author=None,
          opts={"by": "vanphong.lmhtx", "views": 203},
          notes=["a reprint: 'Theo Báo Phú Yên' closes the text; posted by the office's account: no author; only on the "
                 "forum list's page 2"],
          **at(datetime(2025, 2, 10, 14, 30, 22))),
        A(path="", title="Liên minh HTX tỉnh gặp mặt các HTX tiêu biểu nhân dịp đầu xuân Ất Tỵ",
          body="""
Chiều 7/2, Liên minh HTX tỉnh tổ chức gặp mặt đại diện 45 HTX tiêu biểu nhân dịp đầu xuân Ất Tỵ 2025.
Các HTX chia sẻ kết quả sản xuất, kinh doanh năm 2024 và kiến nghị hỗ trợ vốn, đất đai, tiêu thụ sản phẩm.
Liên minh HTX tỉnh cam kết đồng hành, hỗ trợ các HTX mở rộng liên kết trong năm 2025.
""", author=None,
          opts={"by": "admin", "views": 158},
          notes=["posted at 00:18 on 8 February about the afternoon before ('Chiều 7/2' is the event): the head "
                 "'08-02-2025 00:18:27' (the board's +7), the feeds 'Fri, 07 Feb 2025 17:18:27 +0000' (GMT: the 7th if the "
                 "zone is dropped); published 2025-02-08 00:18:27; poster 'admin', no byline: author null; a reply "
                 "elsewhere links its first post as /post/M/#pM: an alias"],
          **at(datetime(2025, 2, 8, 0, 18, 27))),
        A(path="", title="Liên minh HTX tỉnh tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          body="""
Trong hai ngày 16 và 17/3, Liên minh HTX tỉnh phối hợp với Sở Thông tin và Truyền thông tập huấn chuyển đổi số cho 50 cán bộ quản lý HTX.
Học viên được hướng dẫn sử dụng phần mềm kế toán, hóa đơn điện tử và bán hàng trên sàn thương mại điện tử.
Sau lớp học, Liên minh HTX tỉnh sẽ hỗ trợ 15 HTX đưa sản phẩm OCOP lên sàn Postmart và Voso.
""", author="Võ Thị Kim Yến",
          opts={"by": "Võ Thị Kim Yến", "views": 61},
          notes=["posted the day before the copy: the head reads only 'Hôm qua 16:50:03' (PunBB's 'Yesterday'; nothing else on "
                 "the page dates it): its RSS (the head's alternate) gives 'Mon, 17 Mar 2025 09:50:03 +0000' = "
                 "17/03/2025 16:50:03; poster Võ Thị Kim Yến (a person, no byline): the author"],
          date=datetime(2025, 3, 17, 16, 50, 3), published=iso(datetime(2025, 3, 17, 16, 50, 3)),
          published_source="listing", evidence=["listing"]),
        A(path="", title="HTX Thủy sản Xuân Thịnh phát triển nghề nuôi tôm hùm lồng",
          body="""
HTX Thủy sản Xuân Thịnh (thị xã Sông Cầu) hiện có 27 thành viên với 640 lồng nuôi tôm hùm trên vịnh Xuân Đài.
HTX áp dụng lồng nuôi bằng vật liệu HDPE, giảm thiệt hại khi có gió bão và ô nhiễm môi trường nước.
Năm 2024, HTX xuất bán khoảng 45 tấn tôm hùm thương phẩm, doanh thu hơn 50 tỷ đồng.
""", author="Đặng Quốc Bảo",
          opts={"by": "Đặng Quốc Bảo", "views": 247},
          replies=[("trandinhphuc", datetime(2025, 1, 15, 7, 50, 11), None, "Mô hình hay, chúc HTX Xuân Thịnh được mùa!")],
          notes=["the oldest topic: only on viewforum.php?id=2&p=2 among the HTML pages (not on the index, the forum's first "
                 "page, the active or unanswered lists; the RSS feeds list it); poster Đặng Quốc Bảo (a staff member, no "
                 "byline): the author"],
          **at(datetime(2025, 1, 14, 9, 5, 47))),
    ]


@dataclass
class Topic:
    id: int
    forum: int
    subject: str
    posts: list  # [(pid, user, when, html)]
    sticky: bool = False
    views: int = 0
    article: PunArticle | None = None

    @property
    def last(self):
        return self.posts[-1]

    def page_of(self, pid: int) -> int:
        idx = [p[0] for p in self.posts].index(pid)
        return idx // POSTS_PER + 1

    @property
    def pages(self) -> int:
        return (len(self.posts) - 1) // POSTS_PER + 1


def message_html(a: PunArticle) -> str:
    out: list[str] = []
    blocks = a.blocks
    head = a.opts.get("br_head", 0)
    if head:
        out.append("<p>" + "<br />".join(inline_html(b.text) for b in blocks[:head]) + "</p>")
        blocks = blocks[head:]
    img_base = f"{B}/files/{a.date:%Y/%m}"
    for b in blocks:
        if isinstance(b, CodeBlock):
            out.append('<div class="codebox"><pre><code>' + "\n".join(esc(x) for x in b.items) + "</code></pre></div>")
        elif isinstance(b, QuoteBlock):
            out.append('<div class="quotebox"><blockquote><p>' + "<br />".join(esc(x) for x in b.items)
                       + "</p></blockquote></div>")
        elif b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h5>{esc(b.text)}</h5>")
        elif b.kind == "ol":
            out.append('<ol class="decimal">' + "".join(f"<li><p>{inline_html(x)}</p></li>" for x in b.items) + "</ol>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li><p>{inline_html(x)}</p></li>" for x in b.items) + "</ul>")
        elif b.kind == "img":
            cap = f"<br /><em>{esc(b.text)}</em>" if b.text else ""
            out.append(f'<p><span class="postimg"><img src="{img_base}/{b.src}" alt="{img_base}/{b.src}" /></span>{cap}</p>')
    for x in a.attachments:
        out.append(f'<p><a href="{B}{x["path"]}">{esc(x["text"])}</a></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "phu-yen", f"{BOARD} (PunBB 1.4)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/extern.php?action=feed&fid=2&type=rss" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    raw = [(a.date, 2, a.title, a) for a in arts]
    rules_html = ("<p>Chuyên mục chỉ đăng tin hoạt động và thông báo chính thức của Liên minh HTX tỉnh.</p><ol class=\"decimal\">"
                  "<li><p>Chỉ Ban điều hành được mở chủ đề mới;</p></li><li><p>Thành viên trả lời đúng nội dung, không quảng "
                  "cáo;</p></li><li><p>Bài vi phạm sẽ bị xóa mà không báo trước.</p></li></ol>")
    raw.append((datetime(2022, 6, 1, 8, 0, 0), 2, "Nội quy chuyên mục Tin tức – Sự kiện", rules_html))
    raw.append((datetime(2025, 3, 14, 19, 30, 45), 3, "Hỏi về điều kiện vay vốn Quỹ hỗ trợ phát triển HTX",
                "<p>Chào Ban điều hành, HTX em thành lập năm 2022, vốn điều lệ 500 triệu đồng thì có đủ điều kiện vay vốn "
                "Quỹ hỗ trợ phát triển HTX không ạ?</p>"))
    raw.append((datetime(2025, 2, 27, 10, 0, 0), 4, "HTX Hòa Xuân Tây giới thiệu bánh tráng nước dừa đạt OCOP 3 sao",
                "<p>HTX Nông nghiệp Hòa Xuân Tây giới thiệu bánh tráng nước dừa đạt OCOP 3 sao, nhận giao hàng toàn tỉnh. "
                "Liên hệ: 0257.3531.208.</p>"))
    raw.sort(key=lambda r: r[0])
    extra_posters = {"Nội quy chuyên mục Tin tức – Sự kiện": "admin",
                     "Hỏi về điều kiện vay vốn Quỹ hỗ trợ phát triển HTX": "nguyenvanlong",
                     "HTX Hòa Xuân Tây giới thiệu bánh tráng nước dừa đạt OCOP 3 sao": "htxhoaxuan"}
    other_replies = {"Hỏi về điều kiện vay vốn Quỹ hỗ trợ phát triển HTX": [
        ("Lê Minh Trí", datetime(2025, 3, 15, 8, 20, 14), None,
         "HTX cần hoạt động từ đủ 1 năm, có phương án sản xuất kinh doanh khả thi và tài sản bảo đảm theo quy định.")]}
    topics: list[Topic] = []
    events = []
    for tid, (when, forum, subject, content) in enumerate(raw, 21):
        art = content if isinstance(content, PunArticle) else None
        t = Topic(tid, forum, subject, [], sticky=subject.startswith("Nội quy"), article=art,
                  views=art.opts["views"] if art else 97)
        topics.append(t)
        if art:
            events.append((when, t, art.opts["by"], None, None))
            for user, rwhen, kind, text in art.replies:
                events.append((rwhen, t, user, text, kind))
        else:
            events.append((when, t, extra_posters[subject], content, None))
            for user, rwhen, kind, text in other_replies.get(subject, []):
                events.append((rwhen, t, user, text, kind))
    events.sort(key=lambda e: e[0])
    midnight = next(a for a in arts if a.date.hour == 0)
    reply_texts = []
    pending_links = []
    for pid, (when, t, user, text, kind) in enumerate(events, 301):
        if t.article is not None and not t.posts:
            html = message_html(t.article)
        elif isinstance(text, str) and text.startswith("<"):
            html = text
        else:
            if t.article is not None and len(t.posts) < POSTS_PER:
                reply_texts.append(text)
            html = ""
            if kind == "quote":
                first = t.posts[0]
                quoted = "Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 31/3/2025 (mẫu phiếu đính kèm)."
                html = (f'<div class="quotebox"><cite>{esc(first[1])} đã viết:</cite><blockquote><p>{esc(quoted)}</p>'
                        "</blockquote></div>")
            html += f"<p>{esc(text)}</p>"
            if kind == "link":
                html += "<p>{{LINK}}</p>"
                pending_links.append((t, len(t.posts)))
        t.posts.append((pid, user, when, html))
    site.extra_boilerplate += reply_texts
    for t in topics:
        if t.article:
            t.article.opts["topic"] = t
            t.article.path = f"/viewtopic.php?id={t.id}"
    mid_topic = midnight.opts["topic"]
    mid_pid = mid_topic.posts[0][0]
    for t, i in pending_links:
        pid, user, when, html = t.posts[i]
        t.posts[i] = (pid, user, when, html.replace(
            "{{LINK}}", f'<a href="{B}/post/{mid_pid}/#p{mid_pid}">{B}/post/{mid_pid}/#p{mid_pid}</a>'))
    notice = next(a for a in arts if a.doc_number)
    notice_sef = f"/topic/{notice.opts['topic'].id}/{sef(notice.title)}/"

    def ulink(user: str) -> str:
        return f'<a title="Xem hồ sơ của {attr(user)}" href="{B}/profile.php?id={UID[user]}">{esc(user)}</a>'

    def crumbs_html(crumbs: list[tuple[str, str]], where: str) -> str:
        items = [(BOARD, f"{B}/index.php")] + crumbs
        parts = []
        for i, (n, h) in enumerate(items):
            cls = "crumb" + (" crumbfirst" if i == 0 else "") + (" crumblast" if i == len(items) - 1 else "")
            arrow = "<span>&rarr;&#160;</span>" if i else ""
            parts.append(f'<span class="{cls}">{arrow}<a href="{h}">{esc(n)}</a></span>')
        return f'<div id="brd-crumbs-{where}" class="crumbs"><p>{" ".join(parts)} </p></div>'

    def layout(page_id: str, title: str, crumbs: list[tuple[str, str]], main_title: str, main: str, *, head: str = "",
               robots: bool = False) -> str:
        options = "".join(f'<option value="{fid}">{esc(FORUMS[fid][0])}</option>' for _, fids in CATS for fid in fids)
        r = '<meta name="ROBOTS" content="NOINDEX, FOLLOW" />\n' if robots else ""
        crumb_top = crumbs_html(crumbs, "top") if crumbs else ""
        crumb_end = crumbs_html(crumbs, "end") if crumbs else ""
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Strict//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-strict.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" dir="ltr">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
{r}<title>{title}</title>
<link rel="top" href="{B}/index.php" title="Trang chủ diễn đàn" />
<link rel="search" href="{B}/search.php" title="Tìm kiếm" />
<link rel="author" href="{B}/userlist.php" title="Danh sách thành viên" />
{head}<link rel="stylesheet" type="text/css" media="screen" href="{B}/style/Oxygen/Oxygen.min.css" />
<link rel="stylesheet" type="text/css" media="print" href="{B}/style/Oxygen/print.css" />
</head>
<body>
<div id="brd-wrap" class="brd">
<div id="{page_id}" class="brd-page">
<div id="brd-head" class="gen-content">
	<p id="brd-access"><a href="#brd-main">Bỏ qua tới nội dung diễn đàn</a></p>
	<p id="brd-title"><a href="{B}/index.php">{esc(BOARD)}</a></p>
	<p id="brd-desc">{esc(DESC)}</p>
</div>
<div id="brd-navlinks" class="gen-content">
	<ul>
		<li id="navindex"><a href="{B}/index.php"><span>Trang chủ</span></a></li>
		<li id="navuserlist"><a href="{B}/userlist.php"><span>Thành viên</span></a></li>
		<li id="navsearch"><a href="{B}/search.php"><span>Tìm kiếm</span></a></li>
		<li id="navregister"><a href="{B}/register.php"><span>Đăng ký</span></a></li>
		<li id="navlogin"><a href="{B}/login.php"><span>Đăng nhập</span></a></li>
	</ul>
</div>
<div id="brd-visit" class="gen-content">
	<p id="welcome"><span>Bạn chưa đăng nhập.</span></p>
	<p id="visit-links" class="options"><span id="visit-recent" class="first-item"><a href="{B}/search.php?action=show_recent" title="Tìm các chủ đề có bài viết trong 24 giờ qua">Chủ đề hoạt động</a></span> <span id="visit-unanswered"><a href="{B}/search.php?action=show_unanswered" title="Tìm các chủ đề chưa có trả lời">Chủ đề chưa trả lời</a></span></p>
</div>
<div id="brd-announcement" class="gen-content">
	<h1 class="hn"><span>{ANNOUNCE_HEAD}</span></h1>
	<div class="content">{esc(ANNOUNCE)} <a href="{B}{notice_sef}">tại đây</a>.</div>
</div>
<div class="hr"><hr /></div>
<div id="brd-main">
	<h1 class="main-title">{main_title}</h1>
	{crumb_top}
{main}
	{crumb_end}
</div>
<div class="hr"><hr /></div>
<div id="brd-about" class="gen-content">
	<form id="qjump" method="get" accept-charset="utf-8" action="{B}/viewforum.php">
		<div class="frm-fld frm-select">
			<label for="qjump-select"><span>Chuyển tới diễn đàn:</span></label><br />
			<span class="frm-input"><select id="qjump-select" name="id">
{options}
			</select>
			<input type="submit" id="qjump-submit" value="Đi" /></span>
		</div>
	</form>
	<p id="copyright">Phát triển bởi <a href="{{{{base:offsite}}}}/punbb/">PunBB</a>, được hỗ trợ bởi <a href="{{{{base:offsite}}}}/informer/">Informer Technologies, Inc</a>.</p>
</div>
</div>
</div>
</body>
</html>
"""

    def paging(base: str, n: int, pages: int) -> str:
        items = ['<span class="pages">Trang</span>']
        if n > 1:
            prev = base if n == 2 else f"{base}&amp;p={n - 1}"
            items.append(f'<a href="{prev}" class="prev">&#171; Trước</a>')
        for k in range(1, pages + 1):
            first = ' class="first-item"' if k == 1 else ""
            href = base if k == 1 else f"{base}&amp;p={k}"
            items.append(f"<strong{first}>{k}</strong>" if k == n else f'<a href="{href}"{first}>{k}</a>')
        if n < pages:
            items.append(f'<a href="{base}&amp;p={n + 1}" class="next">Tiếp &#187;</a>')
        return f'<p class="paging">{" ".join(items)}</p>'

    def author_column(user: str) -> str:
        name, title, frm, reg, posts, _ = USERS[UID[user]]
        return (f'<div class="post-author"><ul class="author-ident"><li class="useravatar"><img src="{B}/img/avatars/'
                f'{UID[user]}.png" width="60" height="60" alt="" /></li><li class="username">{ulink(user)}</li><li '
                f'class="usertitle"><span>{title}</span></li><li class="userstatus"><span>Ngoại tuyến</span></li></ul><ul '
                f'class="author-info"><li><span>Từ: <strong>{esc(frm)}</strong></span></li><li><span>Đăng ký: <strong>'
                f"{reg:%d-%m-%Y}</strong></span></li><li><span>Bài viết: <strong>{posts}</strong></span></li></ul></div>")

    def post_html(t: Topic, i: int) -> str:
        pid, user, when, html = t.posts[i]
        first = i == 0
        num = i + 1
        cls = f"post {'odd' if num % 2 else 'even'}{' firstpost topicpost' if first else ' replypost'}"
        by = "Chủ đề của" if first else "Trả lời của"
        edit = ""
        if first and t.article and t.article.opts.get("edited"):
            who, ew = t.article.opts["edited"]
            edit = f'\n<p class="lastedit"><em>Sửa lần cuối bởi {esc(who)} ({shown(ew)})</em></p>'
        sig = USERS[UID[user]][5]
        sig_html = (f'<div class="sig-content"><span class="sig-line"><!-- --></span>{esc(sig)}</div>' if sig else "")
        subject = esc(t.subject) if first else f"Re: {esc(t.subject)}"
        return f"""		<div class="{cls}">
			<div id="p{pid}" class="posthead">
				<h3 class="hn post-ident"><span class="post-num">{num}</span> <span class="post-byline"><span>{by} </span><strong>{esc(user)}</strong></span> <span class="post-link"><a class="permalink" rel="bookmark" title="Liên kết cố định tới bài viết này" href="{B}/viewtopic.php?pid={pid}#p{pid}">{shown(when)}</a></span></h3>
			</div>
			<div class="postbody">
				{author_column(user)}
				<div class="post-entry">
					<h4 id="pc{pid}" class="entry-title hn">{subject}</h4>
					<div class="entry-content">
{html}{edit}
					</div>
					{sig_html}
				</div>
			</div>
			<div class="postfoot"><div class="post-options"><p class="post-contacts"><span class="user-url first-item"></span></p></div></div>
		</div>
"""

    def topic_page(t: Topic, n: int) -> str:
        fname = FORUMS[t.forum][0]
        lo = (n - 1) * POSTS_PER
        posts = "".join(post_html(t, i) for i in range(lo, min(lo + POSTS_PER, len(t.posts))))
        base = f"{B}/viewtopic.php?id={t.id}"
        canon = base if n == 1 else f"{base}&amp;p={n}"
        pagepost = (f'<div id="brd-pagepost-{{w}}" class="main-pagepost gen-content">{paging(base, n, t.pages)}'
                    f'<p class="posting">Bạn phải <a href="{B}/login.php">đăng nhập</a> hoặc <a href="{B}/register.php">'
                    f"đăng ký</a> để trả lời</p></div>")
        shown_to = min(lo + POSTS_PER, len(t.posts))
        main = (pagepost.replace("{w}", "top")
                + f'\n<div class="main-head"><p class="options"><span class="feed first-item"><a class="feed" href="{B}/extern'
                f'.php?action=feed&amp;tid={t.id}&amp;type=rss">Nguồn tin RSS của chủ đề</a></span></p><h2 class="hn"><span>'
                f'<span class="item-info">Bài viết [ {lo + 1} đến {shown_to} trong {len(t.posts)} ]</span></span></h2></div>\n'
                f'<div id="forum{t.forum}" class="main-content main-topic">\n{posts}</div>\n'
                f'<div class="main-foot"><h2 class="hn"><span><span class="item-info">Bài viết [ {lo + 1} đến {shown_to} '
                f"trong {len(t.posts)} ]</span></span></h2></div>\n" + pagepost.replace("{w}", "end"))
        head = (f'<link rel="canonical" href="{canon}" title="Trang {n}" />\n'
                f'<link rel="up" href="{B}/viewforum.php?id={t.forum}" title="{attr(fname)}" />\n'
                f'<link rel="alternate" type="application/rss+xml" href="{B}/extern.php?action=feed&amp;tid={t.id}&amp;type=rss"'
                f' title="Nguồn tin RSS" />\n')
        title = f"{esc(t.subject)}{'' if n == 1 else f' (Trang {n})'} — {esc(fname)} — {esc(BOARD)}"
        return layout("brd-viewtopic", title, [(fname, f"{B}/viewforum.php?id={t.forum}"), (t.subject, base)],
                      f'<a class="permalink" href="{base}" rel="bookmark" title="Liên kết cố định tới chủ đề này">'
                      f"{esc(t.subject)}</a>", main, head=head)

    for t in topics:
        path = f"/viewtopic.php?id={t.id}"
        for n in range(1, t.pages + 1):
            p = path if n == 1 else f"{path}&p={n}"
            site.page(p, topic_page(t, n), content_type=HTML)
            if n > 1:
                site.non_articles.append(p)
        for pid, *_ in t.posts:
            n = t.page_of(pid)
            site.same_page(f"/viewtopic.php?pid={pid}", path if n == 1 else f"{path}&p={n}")
        a = t.article
        if a is None:
            site.non_articles.append(path)
            continue
        a.aliases += [f"/viewtopic.php?pid={pid}" for pid, *_ in t.posts if t.page_of(pid) == 1]
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/files/{a.date:%Y/%m}/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH PHU YEN", "THONG BAO SO 06/TB-LMHTX"]))
        site.add_article(a)
    site.page(notice_sef, topic_page(notice.opts["topic"], 1), content_type=HTML)
    notice.aliases.append(notice_sef)
    site.page(f"/post/{mid_pid}/", topic_page(mid_topic, 1), content_type=HTML)
    midnight.aliases.append(f"/post/{mid_pid}/")
    table = next(t for t in topics if t.pages > 1)
    site.trap("a topic's replies beyond ten run onto viewtopic.php?id=N&p=2 (replies only, canonical to itself; its posts' "
              "?pid=M links answer that page): not an article", f"/viewtopic.php?id={table.id}&p=2")
    site.trap("every post's head links viewtopic.php?pid=M#pM (the page holding the post: aliases of the article for "
              "the first page); the fancy SEF URLs /topic/N/<slug>/ (the announcement) and /post/M/#pM (a reply) answer "
              "the same pages", notice_sef)
    sticky = next(t for t in topics if t.sticky)
    site.trap("a sticky 'Nội quy chuyên mục' topic heads the news forum, and topics of the Q&A and OCOP forums (members' "
              "posts): not articles", f"/viewtopic.php?id={sticky.id}")

    # forum lists: sticky first, then by last post
    def row(t: Topic, i: int, with_forum: bool = False) -> str:
        pid, user, when, _ = t.last
        status = '<span class="item-status"><em class="sticky">Dán</em></span> ' if t.sticky else ""
        forum = (f'<li class="info-forum"><span class="label">trong</span> <a href="{B}/viewforum.php?id={t.forum}">'
                 f"{esc(FORUMS[t.forum][0])}</a></li>") if with_forum else ""
        return (f'<div class="main-item {"odd" if i % 2 else "even"}{" main-first-item" if i == 1 else ""}'
                f'{" sticky" if t.sticky else ""}"><span class="icon {"sticky" if t.sticky else "normal"}"><!-- --></span>'
                f'<div class="item-subject"><h3 class="hn"><span class="item-num">{i}</span> {status}<a href="{B}/viewtopic.php'
                f'?id={t.id}">{esc(t.subject)}</a></h3><p><span class="item-starter">bởi <cite>{esc(t.posts[0][1])}</cite>'
                f'</span></p></div><ul class="item-info">{forum}<li class="info-replies"><strong>{len(t.posts) - 1}</strong> '
                f'<span class="label">trả lời</span></li><li class="info-views"><strong>{t.views}</strong> <span class="label">'
                f'lượt xem</span></li><li class="info-lastpost"><span class="label">Bài viết cuối</span> <strong><a href="{B}'
                f'/viewtopic.php?pid={pid}#p{pid}">{shown(when)}</a></strong> <cite>bởi {esc(user)}</cite></li></ul></div>\n')

    for fid, (fname, _) in FORUMS.items():
        items = sorted([t for t in topics if t.forum == fid], key=lambda t: (not t.sticky, -t.last[2].timestamp()))
        pages = [items[i:i + TOPICS_PER] for i in range(0, len(items), TOPICS_PER)]
        base = f"{B}/viewforum.php?id={fid}"
        for n, chunk in enumerate(pages, 1):
            path = f"/viewforum.php?id={fid}" + ("" if n == 1 else f"&p={n}")
            lo = (n - 1) * TOPICS_PER
            main = (f'<div id="brd-pagepost-top" class="main-pagepost gen-content">{paging(base, n, len(pages))}</div>\n'
                    f'<div class="main-head"><p class="options"><span class="feed first-item"><a class="feed" href="{B}/'
                    f'extern.php?action=feed&amp;fid={fid}&amp;type=rss">Nguồn tin RSS của diễn đàn</a></span></p><h2 '
                    f'class="hn"><span><span class="item-info">Chủ đề [ {lo + 1} đến {lo + len(chunk)} trong {len(items)} ]'
                    f'</span></span></h2></div>\n<div id="forum{fid}" class="main-content main-forum">\n'
                    + "".join(row(t, lo + i) for i, t in enumerate(chunk, 1)) + "</div>\n"
                    f'<div id="brd-pagepost-end" class="main-pagepost gen-content">{paging(base, n, len(pages))}</div>')
            head = (f'<link rel="alternate" type="application/rss+xml" href="{B}/extern.php?action=feed&amp;fid={fid}&amp;'
                    f'type=rss" title="Nguồn tin RSS" />\n<link rel="alternate" type="application/atom+xml" href="{B}/'
                    f'extern.php?action=feed&amp;fid={fid}&amp;type=atom" title="Nguồn tin Atom" />\n')
            site.page(path, layout("brd-viewforum", f"{esc(fname)}{'' if n == 1 else f' (Trang {n})'} — {esc(BOARD)}",
                                   [(fname, base)], esc(fname), main, head=head), content_type=HTML)
            site.non_articles.append(path)
    site.trap("viewforum.php?id=2 (6 topics a page: the sticky first, then by LAST post, 'bởi' the starter, the last "
              "post's 'Hôm nay 08:12:40' / 'Hôm qua 16:50:03'): its &p=2 holds the three oldest news",
              "/viewforum.php?id=2&p=2")

    # index
    cats = []
    for ci, (cname, fids) in enumerate(CATS, 1):
        rows = []
        for i, fid in enumerate(fids, 1):
            ft = [t for t in topics if t.forum == fid]
            last_t = max(ft, key=lambda t: t.last[2])
            pid, user, when, _ = last_t.last
            rows.append(f'<div id="forum{fid}" class="main-item {"odd" if i % 2 else "even"}"><span class="icon"><!-- --></span>'
                        f'<div class="item-subject"><h3 class="hn"><a href="{B}/viewforum.php?id={fid}"><span>'
                        f'{esc(FORUMS[fid][0])}</span></a></h3><p>{esc(FORUMS[fid][1])}</p></div><ul class="item-info"><li '
                        f'class="info-topics"><strong>{len(ft)}</strong> <span class="label">chủ đề</span></li><li '
                        f'class="info-posts"><strong>{sum(len(t.posts) for t in ft)}</strong> <span class="label">bài viết'
                        f'</span></li><li class="info-lastpost"><span class="label">Bài viết cuối</span> <strong><a href="{B}'
                        f'/viewtopic.php?pid={pid}#p{pid}">{shown(when)}</a></strong> <cite>bởi {esc(user)}</cite></li></ul>'
                        "</div>")
        cats.append(f'<div class="main-head"><h2 class="hn"><span>{esc(cname)}</span></h2></div><div id="category{ci}" '
                    f'class="main-content main-category">{"".join(rows)}</div>')
    stats = (f'<div id="brd-stats" class="gen-content"><h2 class="hn"><span>Thống kê diễn đàn</span></h2><ul><li class="st-users">'
             f'<span>Tổng số thành viên: <strong>187</strong></span></li><li class="st-users"><span>Thành viên mới nhất: '
             f'<strong>{ulink("trandinhphuc")}</strong></span></li><li class="st-activity"><span>Tổng số chủ đề: <strong>'
             f'{len(topics) + 212}</strong></span></li><li class="st-activity"><span>Tổng số bài viết: <strong>'
             f'{sum(len(t.posts) for t in topics) + 1034}</strong></span></li></ul></div><div id="brd-online" '
             'class="gen-content"><h3 class="hn"><span>Trực tuyến: 0 thành viên, 4 khách</span></h3></div>')
    head = (f'<link rel="alternate" type="application/rss+xml" href="{B}/extern.php?action=feed&amp;type=rss" '
            'title="Nguồn tin RSS các chủ đề hoạt động" />\n')
    index = layout("brd-index", esc(BOARD), [], f'<a href="{B}/index.php">{esc(BOARD)}</a>',
                   '<div class="main-head"><p class="options"><span class="feed first-item"><a class="feed" href="'
                   f'{B}/extern.php?action=feed&amp;type=rss">Nguồn tin RSS các chủ đề hoạt động</a></span></p></div>'
                   + "".join(cats) + stats, head=head)
    site.page("/", index, content_type=HTML)
    site.same_page("/index.php", "/")
    site.non_articles += ["/", "/index.php"]
    site.trap("the index (categories, the forums' last posts, 'Thống kê diễn đàn', 'Trực tuyến') and the board "
              "announcement on every page (an <h1 class='hn'> before the topic's h1.main-title): not articles", "/index.php")

    # searches
    def topic_list(title: str, items: list[Topic]) -> str:
        return (f'<div class="main-head"><h2 class="hn"><span>{esc(title)}</span></h2></div><div class="main-content '
                f'main-forum">' + "".join(row(t, i, True) for i, t in enumerate(items, 1)) + "</div>")

    recent = sorted([t for t in topics if NOW - t.last[2] < timedelta(days=1)], key=lambda t: -t.last[2].timestamp())
    unanswered = sorted([t for t in topics if len(t.posts) == 1], key=lambda t: -t.last[2].timestamp())
    for action, title, items in [("show_recent", "Chủ đề hoạt động", recent),
                                 ("show_unanswered", "Chủ đề chưa trả lời", unanswered)]:
        path = f"/search.php?action={action}"
        site.page(path, layout("brd-searchtopics", f"{title} — {esc(BOARD)}", [("Tìm kiếm", f"{B}/search.php")], title,
                               topic_list(title, items), robots=True), content_type=HTML)
        site.non_articles.append(path)
    site.page("/search.php", layout("brd-search", f"Tìm kiếm — {esc(BOARD)}", [("Tìm kiếm", f"{B}/search.php")], "Tìm kiếm",
                                    f'<div class="main-content main-frm"><form id="afocus" class="frm-form" method="get" '
                                    f'accept-charset="utf-8" action="{B}/search.php"><input type="hidden" name="action" '
                                    'value="search" /><label><span>Từ khóa</span><input type="text" name="keywords" '
                                    'size="40" /></label><label><span>Tác giả</span><input type="text" name="author" '
                                    'size="25" /></label><input type="submit" name="search" value="Tìm" /></form></div>',
                                    robots=True), content_type=HTML)
    site.non_articles.append("/search.php")
    site.trap("the visit bar's 'Chủ đề hoạt động' (search.php?action=show_recent: the last 24 hours) and 'Chủ đề chưa trả "
              "lời' (?action=show_unanswered), the search form search.php: no articles", "/search.php?action=show_recent")

    # members
    rows = "".join(f'<tr><td class="tc0">{ulink(u[0])}</td><td class="tc1">{u[1]}</td><td class="tc2">{u[4]}</td><td '
                   f'class="tc3">{u[3]:%d-%m-%Y}</td></tr>' for u in USERS.values())
    site.page("/userlist.php", layout("brd-userlist", f"Danh sách thành viên — {esc(BOARD)}", [], "Danh sách thành viên",
                                      '<div class="main-content main-frm"><table cellspacing="0"><thead><tr><th '
                                      'class="tc0" scope="col">Tên đăng nhập</th><th class="tc1" scope="col">Chức danh</th>'
                                      '<th class="tc2" scope="col">Bài viết</th><th class="tc3" scope="col">Ngày đăng ký</th>'
                                      "</tr></thead><tbody>" + rows + "</tbody></table></div>"), content_type=HTML)
    site.non_articles.append("/userlist.php")
    for uid, (name, title, frm, reg, posts, sig) in USERS.items():
        path = f"/profile.php?id={uid}"
        sig_html = f'<li><span>Chữ ký: <strong>{esc(sig)}</strong></span></li>' if sig else ""
        site.page(path, layout("brd-profile", f"Hồ sơ của {esc(name)} — {esc(BOARD)}", [], f"Hồ sơ của {esc(name)}",
                               f'<div class="main-content main-frm"><div class="profile ct-group data-group"><ul '
                               f'class="data-list"><li><span>Tên đăng nhập: <strong>{esc(name)}</strong></span></li><li><span>'
                               f"Chức danh: <strong>{title}</strong></span></li><li><span>Từ: <strong>{esc(frm)}</strong>"
                               f"</span></li><li><span>Đăng ký: <strong>{reg:%d-%m-%Y}</strong></span></li><li><span>Bài viết:"
                               f" <strong>{posts}</strong></span></li>{sig_html}</ul><p class=\"actions\"><span><a href=\"{B}"
                               f'/search.php?action=show_user_topics&amp;user_id={uid}">Xem các chủ đề</a></span> <span><a '
                               f'href="{B}/search.php?action=show_user_posts&amp;user_id={uid}">Xem các bài viết</a></span>'
                               "</p></div></div>"), content_type=HTML)
        site.non_articles.append(path)
        for action in ("show_user_topics", "show_user_posts"):
            p = f"/search.php?action={action}&user_id={uid}"
            site.page(p, layout("brd-searchtopics", f"Kết quả tìm kiếm — {esc(BOARD)}", [], "Kết quả tìm kiếm",
                                "<p>Kết quả tìm kiếm của thành viên.</p>", robots=True), content_type=HTML)
            site.never_fetched.append(p)
    site.trap("profile.php?id=N (the poster column's links, userlist.php): not articles; their 'Xem các chủ đề' / 'Xem "
              "các bài viết' searches are disallowed by robots.txt", "/profile.php?id=4")
    for path, title, main in [
            ("/login.php", "Đăng nhập", f'<form method="post" action="{B}/login.php"><input type="text" name="req_username" />'
             f'<input type="password" name="req_password" /><input type="submit" value="Đăng nhập" /></form>'),
            ("/register.php", "Đăng ký", f'<form method="get" action="{B}/register.php"><p>Bạn phải đồng ý với nội quy để '
             'đăng ký.</p><input type="submit" name="agree" value="Đồng ý" /></form>')]:
        site.page(path, layout("brd-login", f"{title} — {esc(BOARD)}", [], title, main, robots=True), content_type=HTML)
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /login.php\nDisallow: /register.php\nDisallow: /post.php\n"
                "Disallow: /misc.php\nDisallow: /edit.php\nDisallow: /delete.php\nDisallow: /login/\nDisallow: /register/\n"
                "Disallow: /search.php?action=show_user\n")
    site.trap("robots.txt (the admin's): 'Đăng nhập' login.php, 'Đăng ký' register.php (the nav and 'Bạn phải đăng nhập "
              "hoặc đăng ký để trả lời') and the per-user searches: never fetched", "/login.php")

    # feeds (GMT)
    def rss(title: str, link: str, items: list[tuple[str, str, datetime, str, str]]) -> str:
        its = "".join(f"<item><title><![CDATA[{t}]]></title><link>{B}/{lk}</link><description><![CDATA[{c}]]></description>"
                      f"<author><![CDATA[dummy@example.com ({au})]]></author><pubDate>{gmt(w)}</pubDate><guid>{B}/{lk}</guid>"
                      "</item>\n" for t, lk, w, au, c in items)
        last = max((w for _, _, w, _, _ in items), default=NOW)
        return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0">\n<channel>\n<title><![CDATA[{title}]]></title>\n'
                f"<link>{B}/{link}</link>\n<description><![CDATA[Các chủ đề mới nhất tại {BOARD}.]]></description>\n"
                f"<lastBuildDate>{gmt(last)}</lastBuildDate>\n<generator>PunBB</generator>\n{its}</channel>\n</rss>\n")

    def topic_items(items: list[Topic]) -> list:
        return [(t.subject, f"viewtopic.php?id={t.id}", t.posts[0][2], t.posts[0][1], t.posts[0][3]) for t in items]

    board_items = sorted(topics, key=lambda t: -t.posts[0][2].timestamp())[:15]
    site.page("/extern.php?action=feed&type=rss", rss(BOARD, "index.php", topic_items(board_items)), content_type=RSS)
    for fid, (fname, _) in FORUMS.items():
        items = sorted([t for t in topics if t.forum == fid], key=lambda t: -t.posts[0][2].timestamp())[:15]
        site.page(f"/extern.php?action=feed&fid={fid}&type=rss", rss(f"{BOARD} — {fname}", f"viewforum.php?id={fid}",
                                                                      topic_items(items)), content_type=RSS)
        entries = "".join(f'<entry><title type="html"><![CDATA[{t.subject}]]></title><link rel="alternate" href="{B}/'
                          f'viewtopic.php?id={t.id}" /><id>{B}/viewtopic.php?id={t.id}</id><published>{zulu(t.posts[0][2])}'
                          f"</published><updated>{zulu(t.posts[0][2])}</updated><author><name><![CDATA[{t.posts[0][1]}]]>"
                          f'</name></author><content type="html"><![CDATA[{t.posts[0][3]}]]></content></entry>\n' for t in items)
        site.page(f"/extern.php?action=feed&fid={fid}&type=atom",
                  f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n<title type="html">'
                  f'<![CDATA[{BOARD} — {fname}]]></title>\n<link rel="self" href="{B}/extern.php?action=feed&amp;fid={fid}&amp;'
                  f'type=atom" />\n<updated>{zulu(items[0].posts[0][2])}</updated>\n<generator>PunBB</generator>\n<id>{B}/'
                  f"viewforum.php?id={fid}</id>\n{entries}</feed>\n", content_type=ATOM)
    for t in topics:
        items = [(t.subject if i == 0 else f"Re: {t.subject}", f"viewtopic.php?pid={pid}#p{pid}", when, user, html)
                 for i, (pid, user, when, html) in reversed(list(enumerate(t.posts)))]
        site.page(f"/extern.php?action=feed&tid={t.id}&type=rss", rss(f"{BOARD} — {t.subject}", f"viewtopic.php?id={t.id}",
                                                                       items), content_type=RSS)
    site.trap("RSS and Atom feeds in GMT ('+0000', 'Z'): the board's and a forum's list topics by their first post (the "
              "post's whole HTML as the description); a topic's feed has one item per post, linked ?pid=M#pM",
              "/extern.php?action=feed&fid=2&type=rss")
    return site
