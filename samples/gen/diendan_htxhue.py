"""Site `diendan-htxhue` (registry family `generic`): "Diễn đàn Hợp tác xã Thừa Thiên Huế", the forum the Thừa Thiên Huế
cooperative alliance runs on **YAF.NET 2.2** (Yet Another Forum.NET on ASP.NET WebForms, the `yafpro` theme, the
Vietnamese language file, URL rewriting on, display names on; board time zone UTC+7 for guests, 6 topics a page; the
copy is of 14 May 2024, 10:20). The alliance posts its news as topics of the forum "Tin tức - Thông báo" (only staff
may start a topic there, members reply). Written as a held-out test: no family module, no selectors.

URL shapes: the index `/` (= `/default.aspx`), a category `/category/1-Lien-minh-HTX-tinh`, a forum
`/topics/12-Tin-tuc-Thong-bao` and its pager `?p=2`, a topic `/posts/t123-<Slug-With-Case>` (rel=canonical), every post's
"#n" link `/posts/m345-<slug>#post345` (the same topic page: an alias, also the lists' "last post" links), the old
WebForms form `/default.aspx?g=posts&t=123` (a member's reply links one: an alias), profiles `/profile/5-<name>`,
`/members`, the active topics `/mytopics`, `/search`; `/login?ReturnUrl=…` and `/register` (robots.txt, written by
the admin, disallows them); RSS `/default.aspx?g=rsstopic&pg=topics&f=12` and Atom `…&ft=1` (the forum's, items dated
by their LAST post), a topic's RSS `…&pg=posts&t=123`; attachments `/resource.ashx?a=N`; uploaded photos `/Uploads/…`.

Why it is hard: there is no `<h1>` (the header is a banner image); the topic's title is in the crumbs' last span, the
`<title>` ("Title - Forum - Board") and the topic header's `h2 a.HeaderTopicLink`. A news item is the FIRST post of its
topic (`table.postContainer` #1); the replies below (thanks, questions, one quoting the notice "X đã viết:") are no
text. A post head reads "#1 Đăng: <abbr class="timeago" title="2024-05-12T07:05:33Z">12 tháng 5 năm 2024 14:05:33</abbr>":
the text is the board time (+7), the tooltip UTC; the post of yesterday reads only "Hôm qua lúc 21:40:12" (its year is
in the tooltip and the feeds). The message is YAF's BBCode output: one blob with `<br />` runs between the paragraphs
(no `<p>`), `[b]` headings as `<strong>`, `[list=1]` as `<ol type="1">`, `[img]` + an `[i]` caption line, `[right][b]`
bylines as `<div align="right">`; the table post was typed in the CKEditor (HTML: `<p>`, a bordered table whose first
row is bold `<td>`s). Under the message: the attachment box ("Tập tin đính kèm", "(112kb) tải về 37 lần."), the edit
note "Sửa lần cuối bởi …", the signature (`div.yafsignature`); the user box beside it (rank, "Tham gia: 06/03/2018(UTC)",
"Bài viết: 412", "Đến từ:"), the thanks rows "2 thành viên đã cảm ơn … vì bài viết hữu ích này." with names and days,
and the permission legend ("Bạn không thể …") are no text. Display names are shown: a person's (the author unless a
byline overrides it), or the office's "Văn phòng Liên minh HTX" and "admin" (no author). The forum list sorts by
LAST post (an April topic with a reply today sits near the top) with the sticky rules first; the oldest news is only
on `?p=2` among the HTML pages.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "diendan-htxhue"
BOARD = "Diễn đàn HTX Thừa Thiên Huế"
NOW = datetime(2024, 5, 14, 10, 20, 5)
UTC = timedelta(hours=7)
PER = 6
HTML = "text/html; charset=utf-8"
FOOT = "Diễn đàn Hợp tác xã Thừa Thiên Huế - Liên minh Hợp tác xã tỉnh Thừa Thiên Huế, 16 Lê Lợi, TP Huế"
FORUMS = {12: ("Tin tức - Thông báo", "Tin hoạt động, thông báo của Liên minh HTX tỉnh", 1),
          13: ("Hỏi đáp chính sách HTX", "Thành viên hỏi - Liên minh HTX tỉnh trả lời", 1),
          14: ("Sản phẩm OCOP xứ Huế", "Các HTX giới thiệu sản phẩm, tìm đối tác", 2)}
CATS = {1: "Liên minh HTX tỉnh", 2: "Giao lưu hợp tác xã"}
# id: (display name, rank, joined, posts, from, signature, thanked)
USERS = {
    2: ("admin", "Quản trị viên", datetime(2017, 9, 4), 538, "Huế", "Ban Quản trị Diễn đàn HTX Thừa Thiên Huế", 41),
    5: ("Văn phòng Liên minh HTX", "Điều hành viên", datetime(2018, 3, 6), 412, "Huế",
        "Văn phòng Liên minh HTX tỉnh Thừa Thiên Huế - ĐT: 0234.3823.357", 57),
    6: ("Trần Thị Mỹ Linh", "Điều hành viên", datetime(2019, 10, 21), 186, "TP Huế",
        "Phòng Tuyên truyền - Liên minh HTX tỉnh", 23),
    8: ("Nguyễn Hữu Phúc", "Điều hành viên", datetime(2020, 2, 17), 95, "Hương Thủy", None, 11),
    9: ("Phan Thanh Tâm", "Thành viên tích cực", datetime(2018, 11, 30), 127, "Phong Điền", None, 9),
    11: ("htxphuvang", "Thành viên", datetime(2021, 6, 8), 44, "Phú Vang", "HTX Nông nghiệp Phú Vang - nước mắm, hải sản khô", 3),
    12: ("Lê Thị Thủy", "Thành viên mới", datetime(2024, 2, 2), 7, "Quảng Điền", None, 0),
}
UID = {v[0]: k for k, v in USERS.items()}
PERMS = ["Bạn không thể tạo chủ đề mới trong diễn đàn này.", "Bạn không thể trả lời chủ đề trong diễn đàn này.",
         "Bạn không thể xóa bài của bạn trong diễn đàn này.", "Bạn không thể sửa bài của bạn trong diễn đàn này.",
         "Bạn không thể tạo bình chọn trong diễn đàn này.", "Bạn không thể bình chọn trong diễn đàn này."]
FURN = [FOOT, "Powered by YAF.NET", "YAF.NET © 2003-2024, Yet Another Forum.NET", "Chào Khách!", "Chủ đề hoạt động",
        "Xếp hạng:", "Tham gia:", "Bài viết:", "Đến từ:", "Trở lên", "Cảm ơn", "Đăng:", "Sửa lần cuối bởi",
        "Tập tin đính kèm", "Người dùng đang xem chủ đề này", "Diễn đàn nhảy tới", "thành viên đã cảm ơn",
        "vì bài viết hữu ích này.", *PERMS] + [u[5] for u in USERS.values() if u[5]]


def slug(title: str) -> str:
    """YAF's URL cleaning: diacritics dropped (đ -> d), case kept, other characters to '-'."""
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFKD", t).encode("ascii", "ignore").decode("ascii")
    return re.sub(r"[^A-Za-z0-9]+", "-", t).strip("-")[:80].rstrip("-")


def shown(d: datetime) -> str:
    if d.date() == NOW.date():
        return f"Hôm nay lúc {d:%H:%M:%S}"
    if d.date() == (NOW - timedelta(days=1)).date():
        return f"Hôm qua lúc {d:%H:%M:%S}"
    return f"{d.day} tháng {d.month} năm {d.year} {d:%H:%M:%S}"


def zulu(d: datetime) -> str:
    return f"{d - UTC:%Y-%m-%dT%H:%M:%S}Z"


def abbr(d: datetime) -> str:
    return f'<abbr class="timeago" title="{zulu(d)}">{shown(d)}</abbr>'


def gmt(d: datetime) -> str:
    return f"{d - UTC:%a, %d %b %Y %H:%M:%S} GMT"


@dataclass
class YafArticle(RichArticle):
    replies: list = field(default_factory=list)  # (uid, when, text, quote)
    thanks: list = field(default_factory=list)  # (uid, when)


def articles() -> list[YafArticle]:
    A = YafArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 08/TB-LMHTX về việc tham gia gian hàng HTX tại Festival Huế 2024",
          body="""
LIÊN MINH HTX TỈNH THỪA THIÊN HUẾ
Số: 08/TB-LMHTX
Thừa Thiên Huế, ngày 06 tháng 5 năm 2024
THÔNG BÁO
Về việc tham gia gian hàng HTX tại Festival Huế 2024
Nhân dịp Tuần lễ Festival Huế 2024, Liên minh HTX tỉnh tổ chức khu gian hàng sản phẩm HTX từ ngày 07/6 đến ngày 12/6/2024 tại đường Lê Lợi, TP Huế.
Liên minh HTX tỉnh hỗ trợ 20 gian hàng miễn phí cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 24/5/2024 (mẫu phiếu trong tệp đính kèm).
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Trọng Thanh
""", author=None, doc_number="08/TB-LMHTX",
          attachments=[{"path": "/resource.ashx?a=27", "text": "TB-08-LMHTX-2024.pdf"}],
          opts={"by": 5, "views": 342, "edited": (5, datetime(2024, 5, 8, 10, 2, 47), "Bổ sung tệp đính kèm")},
          replies=[(11, datetime(2024, 5, 8, 14, 5, 10), "HTX Nông nghiệp Phú Vang đăng ký 2 gian hàng nước mắm và "
                    "tôm chua, nhờ Văn phòng xác nhận giúp.", True),
                   (5, datetime(2024, 5, 9, 8, 10, 31), "Văn phòng đã nhận phiếu của HTX, sẽ gửi xác nhận qua thư điện tử "
                    "trong tuần.", False)],
          thanks=[(11, datetime(2024, 5, 8)), (9, datetime(2024, 5, 9)), (12, datetime(2024, 5, 10))],
          notes=["notice 'Số: 08/TB-LMHTX' dated 06/5 in its text, posted '8 tháng 5 năm 2024 09:20:15' (the #1 post head; "
                 "tooltip '2024-05-08T02:20:15Z'); poster = the office's display name 'Văn phòng Liên minh HTX': no author; "
                 "the signer is text; the attachment box (/resource.ashx?a=27, '(112kb) tải về 37 lần.') gives the PDF, not "
                 "text; the edit note, the signature, the thanks rows and two replies (one quoting it) are not text; a reply "
                 "in another topic links it as /default.aspx?g=posts&t=N: an alias"],
          **at(datetime(2024, 5, 8, 9, 20, 15))),
        A(path="", title="Ảnh: HTX Nông nghiệp Quảng Thành thu hoạch lúa Đông Xuân",
          body="""
Những ngày đầu tháng 5, các thành viên HTX Nông nghiệp Quảng Thành (huyện Quảng Điền) tập trung thu hoạch 380 ha lúa Đông Xuân.
[img quang-thanh-1.jpg] Máy gặt đập liên hợp của HTX thu hoạch lúa trên cánh đồng mẫu lớn
[img quang-thanh-2.jpg] Thành viên HTX phơi lúa trên sân phơi của thôn
[img quang-thanh-3.jpg] Lúa được HTX thu mua ngay tại ruộng cho doanh nghiệp liên kết
Năng suất bình quân vụ này đạt 68 tạ/ha, cao hơn vụ trước khoảng 3 tạ/ha.
""", byline="Bài, ảnh: Hồ Phước", author="Hồ Phước",
          opts={"by": 6, "views": 271},
          thanks=[(2, datetime(2024, 5, 6))],
          notes=["photo story: each [img] an img.postimage followed by <br /> and an <em> caption line (one line each), "
                 "paragraphs only <br /><br /> runs; poster Trần Thị Mỹ Linh (a staff member) but '[right][b]Bài, ảnh: Hồ "
                 "Phước' closes it -> author Hồ Phước"],
          **at(datetime(2024, 5, 5, 16, 42, 8))),
        A(path="", title="Kết quả hoạt động của các HTX tỉnh Thừa Thiên Huế năm 2023",
          body="""
Năm 2023, toàn tỉnh có 265 HTX đang hoạt động, tổng doanh thu đạt 742 tỷ đồng, tăng 6,8% so với năm 2022.
| Lĩnh vực | Số HTX | Doanh thu (tỷ đồng) | Lãi bình quân một HTX (triệu đồng) |
| Nông nghiệp | 168 | 386,2 | 312 |
| Thủy sản | 21 | 74,5 | 268 |
| Công nghiệp - Tiểu thủ công nghiệp | 29 | 118,9 | 405 |
| Thương mại - Dịch vụ | 47 | 162,4 | 376 |
Số liệu do Liên minh HTX tỉnh tổng hợp từ báo cáo của các huyện, thị xã và thành phố Huế.
""", author="Nguyễn Hữu Phúc",
          opts={"by": 8, "views": 208, "html": True},
          replies=[(12, NOW - timedelta(hours=2, minutes=8), "Cho em hỏi số liệu thủy sản đã gồm các HTX ở phá Tam Giang "
                    "chưa ạ? Em đang làm báo cáo, thấy thông báo Festival ở {{old}} có nhắc số liệu này.", False)],
          notes=["typed in the CKEditor (an HTML message: <p>s and a bordered table whose first row is bold <td>s, no "
                 "<th>): one line per row; poster Nguyễn Hữu Phúc (a staff member), no byline: he is the author; a reply "
                 "of today ('Hôm nay lúc 08:12:05') puts this April topic near the top of the forum list and links the "
                 "notice as /default.aspx?g=posts&t=N"],
          **at(datetime(2024, 4, 22, 15, 30, 44))),
        A(path="", title="Hướng dẫn HTX sửa đổi điều lệ theo Luật Hợp tác xã năm 2023",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024, các HTX đã thành lập phải sửa đổi điều lệ cho phù hợp.
## Các bước sửa đổi điều lệ
+ Hội đồng quản trị xây dựng dự thảo điều lệ sửa đổi;
+ Lấy ý kiến thành viên về dự thảo;
+ Đại hội thành viên thông qua điều lệ sửa đổi;
+ Gửi hồ sơ đến cơ quan đăng ký kinh doanh cấp huyện.
HTX cần liên hệ Liên minh HTX tỉnh để được hỗ trợ mẫu điều lệ miễn phí.
""", byline="Lê Văn Sơn - Ban Kiểm tra, Liên minh HTX tỉnh", author="Lê Văn Sơn",
          opts={"by": 2, "views": 189},
          notes=["a [b] heading line (<strong> between <br />s, no heading element) and a [list=1] (<ol type='1'>); poster "
                 "'admin' but 'Lê Văn Sơn - Ban Kiểm tra, Liên minh HTX tỉnh' closes the text -> Lê Văn Sơn"],
          **at(datetime(2024, 4, 15, 8, 45, 2))),
        A(path="", title="HTX Thủy sản Tam Giang phát triển nghề nuôi cua gạch",
          body="""
HTX Thủy sản Tam Giang (huyện Phong Điền) hiện có 54 thành viên nuôi cua gạch trên diện tích 36 ha mặt nước phá Tam Giang.
HTX áp dụng quy trình nuôi xen ghép cua với rong câu, giảm dịch bệnh và bảo vệ môi trường đầm phá.
Mỗi năm HTX cung ứng khoảng 40 tấn cua thương phẩm cho các nhà hàng ở Huế và Đà Nẵng.
""", byline="Theo Báo Thừa Thiên Huế", author=None,
          opts={"by": 5, "views": 233},
          notes=["a reprint: 'Theo Báo Thừa Thiên Huế' closes the text; posted by the office's display name: no author"],
          **at(datetime(2024, 4, 9, 10, 15, 40))),
        A(path="", title="Liên minh HTX tỉnh đối thoại với các HTX nông nghiệp huyện Phú Lộc",
          body="""
Tối 3/5, Liên minh HTX tỉnh tổ chức buổi đối thoại với đại diện 22 HTX nông nghiệp huyện Phú Lộc.
Các HTX kiến nghị hỗ trợ vốn đầu tư máy móc, kho bảo quản và liên kết tiêu thụ nông sản.
Liên minh HTX tỉnh sẽ tổng hợp kiến nghị, phối hợp với các sở, ngành giải quyết trong quý II.
""", author=None,
          opts={"by": 2, "views": 126},
          notes=["posted at 00:15 on 4 May about the evening before ('Tối 3/5' is the event): the head '4 tháng 5 năm 2024 "
                 "00:15:20' (board time), the tooltip and the feeds '2024-05-03T17:15:20Z' (UTC: the 3rd if the zone is "
                 "dropped); published 2024-05-04 00:15:20; poster 'admin', no byline: author null"],
          **at(datetime(2024, 5, 4, 0, 15, 20))),
        A(path="", title="Liên minh HTX tỉnh tập huấn bán hàng trực tuyến cho HTX",
          body="""
Trong hai ngày 11 và 12/5, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức lớp tập huấn bán hàng trực tuyến cho 50 cán bộ HTX.
Học viên được hướng dẫn mở gian hàng trên sàn thương mại điện tử, quay video giới thiệu sản phẩm và livestream bán hàng.
Sau lớp học, Liên minh HTX tỉnh sẽ hỗ trợ 12 HTX đưa sản phẩm OCOP lên sàn.
""", author="Nguyễn Hữu Phúc",
          opts={"by": 8, "views": 61},
          notes=["posted the day before the copy: the head reads only 'Hôm qua lúc 21:40:12' (no year in the text); the "
                 "tooltip '2024-05-13T14:40:12Z' and the feeds give the day: 13/05/2024 21:40:12; poster Nguyễn Hữu Phúc "
                 "(a person, no byline): the author"],
          **at(datetime(2024, 5, 13, 21, 40, 12))),
        A(path="", title="HTX Mây tre đan Bao La giữ nghề truyền thống",
          body="""
HTX Mây tre đan Bao La (huyện Quảng Điền) hiện thu hút hơn 120 lao động địa phương tham gia sản xuất.
Sản phẩm của HTX gồm giỏ, khay, đèn trang trí bằng mây tre, được xuất khẩu sang Nhật Bản và châu Âu.
Năm 2023, doanh thu của HTX đạt 4,2 tỷ đồng, thu nhập bình quân của lao động 5 triệu đồng/tháng.
""", byline="Phan Thanh Tâm", author="Phan Thanh Tâm",
          opts={"by": 9, "views": 298},
          replies=[(12, datetime(2024, 3, 20, 9, 5, 18), "Sản phẩm mây tre Bao La đẹp quá, HTX có bán lẻ không ạ?", False)],
          notes=["the oldest news: only on /topics/12-Tin-tuc-Thong-bao?p=2 among the HTML pages (the forum's feeds list "
                 "it too); poster Phan Thanh Tâm, and his name closes the text: the author"],
          **at(datetime(2024, 3, 18, 14, 30, 55))),
    ]


@dataclass
class Topic:
    id: int
    forum: int
    subject: str
    posts: list = field(default_factory=list)  # [(mid, uid, when, html)]
    sticky: bool = False
    views: int = 0
    article: YafArticle | None = None

    @property
    def path(self) -> str:
        return f"/posts/t{self.id}-{slug(self.subject)}"

    def mlink(self, mid: int) -> str:
        return f"/posts/m{mid}-{slug(self.subject)}"

    @property
    def last(self):
        return self.posts[-1]


def message_html(a: YafArticle) -> str:
    if a.opts.get("html"):
        out = []
        for b in a.blocks:
            if b.kind == "p":
                out.append(f"<p>{inline_html(b.text)}</p>")
            elif b.kind == "table":
                out.append('<table border="1" cellpadding="3" cellspacing="0" style="width:100%"><tbody>' + "".join(
                    "<tr>" + "\n".join(f"<td><strong>{esc(c)}</strong></td>" if i == 0 else f"<td>{esc(c)}</td>" for c in row)
                    + "</tr>" for i, row in enumerate(b.rows)) + "</tbody></table>")
        return "".join(out)
    parts: list[str] = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(inline_html(b.text))
        elif b.kind == "h":
            parts.append(f"<strong>{esc(b.text)}</strong>")
        elif b.kind in ("ul", "ol"):
            tag = '<ol type="1">' if b.kind == "ol" else "<ul>"
            parts.append(tag + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            cap = f"<br /><em>{esc(b.text)}</em>" if b.text else ""
            parts.append(f'<img src="/Uploads/2024/05/{b.src}" alt="" class="postimage" />{cap}')
    out = ""
    for p in parts:
        if out and not out.endswith(("</ul>", "</ol>")) and not p.startswith(("<ol", "<ul")):
            out += "<br /><br />"
        elif out and p.startswith(("<ol", "<ul")):
            out += "<br />"
        out += p
    if a.byline:
        out += f'<br /><div align="right"><strong>{esc(a.byline)}</strong></div>'
    return out


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thua-thien-hue", f"{BOARD} (YAF.NET 2)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/default.aspx?g=rsstopic&pg=topics&f=12" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)

    raw = [(a.date, 12, a.title, a.opts["by"], a, a.opts["views"]) for a in arts]
    raw += [(datetime(2022, 8, 1, 8, 0, 0), 12, "Nội quy chuyên mục Tin tức - Thông báo", 2,
             "Chuyên mục chỉ đăng tin hoạt động và thông báo chính thức của Liên minh HTX tỉnh.<br /><br />Chỉ Ban điều hành "
             "được mở chủ đề mới; thành viên trả lời đúng nội dung, không quảng cáo.", 1204),
            (datetime(2024, 5, 10, 19, 30, 2), 13, "Hỏi về thủ tục vay vốn Quỹ hỗ trợ phát triển HTX", 12,
             "Chào Ban điều hành, HTX em muốn vay vốn Quỹ hỗ trợ phát triển HTX để mua máy sấy, cần hồ sơ gì ạ?", 77),
            (datetime(2024, 4, 25, 10, 0, 9), 14, "HTX Phú Vang giới thiệu nước mắm truyền thống đạt OCOP 4 sao", 11,
             "HTX Nông nghiệp Phú Vang giới thiệu nước mắm truyền thống đạt OCOP 4 sao, nhận giao hàng toàn quốc.", 154)]
    raw.sort(key=lambda r: r[0])
    topics: list[Topic] = []
    events = []
    other_replies = {"Hỏi về thủ tục vay vốn Quỹ hỗ trợ phát triển HTX": [
        (8, datetime(2024, 5, 11, 8, 20, 40), "HTX chuẩn bị giấy đề nghị vay vốn, phương án sản xuất kinh doanh và báo cáo "
         "tài chính hai năm gần nhất nhé.", False)]}
    for tid, (when, fid, subject, uid, content, views) in enumerate(raw, 117):
        art = content if isinstance(content, YafArticle) else None
        t = Topic(tid, fid, subject, sticky=subject.startswith("Nội quy"), views=views, article=art)
        topics.append(t)
        events.append((when, t, uid, content if not art else None, False))
        for ruid, rwhen, text, quote in (art.replies if art else other_replies.get(subject, [])):
            events.append((rwhen, t, ruid, text, quote))
    events.sort(key=lambda e: e[0])
    notice = next(t for t in topics if t.article and t.article.doc_number)
    old_url = f"/default.aspx?g=posts&t={notice.id}"
    reply_texts = []
    for mid, (when, t, uid, text, quote) in enumerate(events, 341):
        if t.article is not None and not t.posts:
            html = message_html(t.article)
        elif t.article is None and not t.posts:
            html = text
        else:
            shown_text = esc(text)
            if "{{old}}" in text:
                shown_text = shown_text.replace("{{old}}", f'<a target="_blank" rel="nofollow" href="{old_url}">{old_url}</a>')
                text = text.replace("{{old}}", old_url)
            if t.article is not None:
                reply_texts.append(text)
            html = ""
            if quote:
                first = t.posts[0]
                html = (f'<div class="quote"><span class="quotetitle">{esc(USERS[first[1]][0])} đã viết:</span><div '
                        f'class="innerquote">Các HTX gửi phiếu đăng ký về Văn phòng Liên minh HTX tỉnh trước ngày 24/5/2024.'
                        f"</div></div>")
            html += shown_text
        t.posts.append((mid, uid, when, html))
    site.extra_boilerplate += reply_texts
    for t in topics:
        if t.article:
            t.article.path = t.path
            t.article.opts["topic"] = t

    def ulink(uid: int) -> str:
        return (f'<a href="/profile/{uid}-{slug(USERS[uid][0])}" title="Xem hồ sơ" class="UserPopMenuLink">'
                f"{esc(USERS[uid][0])}</a>")

    def crumbs_html(items: list[tuple[str, str | None]]) -> str:
        parts = ['<a href="/">' + esc(BOARD) + "</a>"]
        for name, href in items:
            parts.append(f'<a href="{href}">{esc(name)}</a>' if href else f'<span class="currentPageLink">{esc(name)}</span>')
        return '<div id="yafpagelinks">' + ' <span class="linkspacer">»</span> '.join(parts) + "</div>"

    def layout(page_class: str, title: str, crumbs: list, main: str, *, canonical: str = "", rss: str = "",
               form_action: str = "/", login_return: str = "%2f") -> str:
        head = f'<link rel="canonical" href="{{{{base}}}}{canonical}" />' if canonical else ""
        if rss:
            head += f'<link rel="alternate" type="application/rss+xml" title="RSS" href="{rss}" />'
        jump = "".join(f'<option value="{fid}">{esc(FORUMS[fid][0])}</option>' for fid in FORUMS)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head id="YafHead"><meta id="YafMetaScriptingLanguage" http-equiv="Content-Script-Type" name="scriptlanguage" content="text/javascript" /><meta id="YafMetaStyles" http-equiv="Content-Style-Type" name="styles" content="text/css" /><meta id="YafMetaDescription" name="description" content="{attr(title)}" /><meta name="HandheldFriendly" content="true" /><meta name="viewport" content="width=device-width,user-scalable=yes" /><title>
	{esc(title)}
</title><link href="/Content/forum.min.css" rel="stylesheet" type="text/css" /><link href="/Themes/yafpro/theme.css" rel="stylesheet" type="text/css" />{head}<script type="text/javascript" src="/Scripts/jquery-1.11.1.min.js"></script><script type="text/javascript" src="/Scripts/jquery.timeago.js"></script><script type="text/javascript" src="/Scripts/jquery.timeago.vi.js"></script></head>
<body id="YafBody" style="margin: 0; padding: 5px">
<form method="post" action="{form_action}" id="form1">
<div class="aspNetHidden">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="" />
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRkYhLQ6uZ0nOsj" />
</div>
<div class="yafnet" id="forum"><div id="yafpage_{page_class}" class="{page_class.replace('.', '_')}">
<div id="yafheader">
	<div class="outerMenuContainer">
		<div id="yafLoginBox" class="menuMyContainer"><ul class="menuMyList"><li class="menuGeneral"><span class="welcomeGuest">Chào Khách!</span></li><li class="menuAccount"><a title="Đăng nhập" href="/login?ReturnUrl={login_return}" rel="nofollow">Đăng nhập</a></li><li class="menuAccount"><a title="Đăng ký" href="/register" rel="nofollow">Đăng ký</a></li></ul></div>
		<div class="menuContainer"><ul class="menuList"><li class="menuGeneral"><a title="Diễn đàn" href="/">Diễn đàn</a></li><li class="menuGeneral"><a title="Chủ đề hoạt động" href="/mytopics">Chủ đề hoạt động</a></li><li class="menuGeneral"><a title="Tìm kiếm" href="/search">Tìm kiếm</a></li><li class="menuGeneral"><a title="Thành viên" href="/members">Thành viên</a></li></ul></div>
	</div>
	<div id="yafheaderEnd"></div>
	<div id="bannerContainer"><a href="/"><img id="imgBanner" src="/Content/images/banner-htxhue.png" alt="{attr(BOARD)}" /></a></div>
</div>
{crumbs_html(crumbs)}
{main}
<table class="content ForumJump" width="100%"><tr><td class="post" align="right">Diễn đàn nhảy tới <select name="forumjump">{jump}</select></td></tr></table>
<div id="yafpagelinksbottom"></div>
</div></div>
<div class="yafpagefooter">
<div class="yafpagefooterinner"><p>{esc(FOOT)}</p>
<a target="_top" title="YAF.NET" href="{{{{base:offsite}}}}/yetanotherforum/">Powered by YAF.NET</a> | <a target="_top" title="YAF.NET" href="{{{{base:offsite}}}}/yetanotherforum/">YAF.NET © 2003-2024, Yet Another Forum.NET</a><br />Trang này được tạo trong 0.098 giây.</div>
</div>
</form>
<script type="text/javascript">jQuery(function(){{jQuery('abbr.timeago').timeago();}});</script>
</body>
</html>
"""

    def user_box(uid: int) -> str:
        name, rank, joined, posts, frm, _, thanked = USERS[uid]
        return (f'<div class="yafUserBox"><div class="section"><img class="avatarimage" src="/Images/Avatars/u{uid}.png" '
                f'alt="{attr(name)}" /></div><div class="section"><strong>Xếp hạng:</strong> {esc(rank)}<br /><img '
                f'class="rankimage" src="/Images/Ranks/r{min(uid, 9)}.png" alt="" /></div><div class="section"><strong>Tham '
                f"gia:</strong> {joined:%d/%m/%Y}(UTC)<br /><strong>Bài viết:</strong> {posts}<br /><strong>Đến từ:</strong> "
                f"{esc(frm)}</div><div class=\"section\">Được cảm ơn: {thanked} lần</div></div>")

    attach_files = {}
    for t in topics:
        subject = t.subject
        rows = []
        for i, (mid, uid, when, html) in enumerate(t.posts):
            a = t.article if i == 0 else None
            extra = ""
            if a is not None:
                for x in a.attachments:
                    extra += (f'<div class="fileattach smallfont ceebox"><div class="filetitle">Tập tin đính kèm</div><div '
                              f'class="attachedfile"><img border="0" alt="" src="/Content/icons/attach.png" /> <a '
                              f'class="attachedImageLink" href="{x["path"]}">{esc(x["text"])}</a> <span '
                              f'class="attachmentinfo">(112kb) tải về 37 lần.</span></div></div>')
                    attach_files[x["path"]] = a
                if a.opts.get("edited"):
                    euid, ewhen, reason = a.opts["edited"]
                    extra += (f'<div class="editedinfo"><span class="editedinfo">Sửa lần cuối bởi {esc(USERS[euid][0])} '
                              f"{abbr(ewhen)} | Lý do: {esc(reason)}</span></div>")
            sig = USERS[uid][5]
            sig_html = f'<br /><div class="yafsignature">{esc(sig)}</div>' if sig else ""
            thanks = ""
            if a is not None and a.thanks:
                names = ", ".join(f'{ulink(tu)} ({td:%d/%m/%Y})' for tu, td in a.thanks)
                thanks = (f'<tr class="post"><td style="padding: 5px;" colspan="2" class="displayThanks"><div id="dvThanksInfo'
                          f'{mid}">{len(a.thanks)} thành viên đã cảm ơn {esc(USERS[uid][0])} vì bài viết hữu ích này.</div>'
                          f'<div id="dvThanks{mid}" class="ThanksList">{names}</div></td></tr>')
            rows.append(f"""<table class="content postContainer" width="100%">
<tr class="postheader"><td width="140" class="postUser"><a id="post{mid}" name="post{mid}"></a><strong>{ulink(uid)}</strong></td>
<td width="80%" class="postPosted"><div class="leftItem postedLeft"><strong><a href="{t.mlink(mid)}#post{mid}" class="postLink" title="Liên kết bài viết">#{i + 1}</a> Đăng:</strong> {abbr(when)}</div><div class="rightItem postedRight"></div></td></tr>
<tr class="post"><td valign="top" height="100" class="UserBox" colspan="1">{user_box(uid)}</td>
<td valign="top" class="message"><div class="postdiv"><div id="forum_ctl03_MessageList_ctl{i:02d}_DisplayPost1_MessagePost1" class="MessageContent">{html}</div>{extra}{sig_html}</div></td></tr>
<tr class="postfooter"><td class="small postTop"><a onclick="ScrollToTop();" class="postTopLink" href="javascript: void(0)">Trở lên</a></td><td class="postfooter postInfoBottom"><div class="leftItem postInfoLeft"><a class="yaflittlebutton" href="javascript:void(0)" title="Cảm ơn bài viết này"><span>Cảm ơn</span></a></div></td></tr>
{thanks}<tr class="postsep"><td colspan="2"></td></tr></table>""")
        fid = t.forum
        main = (f'<table class="command" width="100%"><tr><td align="left"><div class="yafpager"><span class="pagecount">1 '
                f'Trang</span></div></td><td align="right"><a class="yafcssbigbutton rightItem" href="/login?ReturnUrl='
                f'%2fposts%2ft{t.id}-{slug(subject)}" rel="nofollow"><span>Trả lời</span></a></td></tr></table>'
                f'<table class="content postHeader" width="100%"><tr class="postTitle"><td class="header1"><div class="leftItem">'
                f'<h2><a id="forum_ctl03_TopicLink" class="HeaderTopicLink" href="{t.path}">{esc(subject)}</a></h2></div><div '
                f'class="rightItem"><a href="/default.aspx?g=rsstopic&amp;pg=posts&amp;t={t.id}" title="RSS"><img src="/Themes/'
                f'yafpro/images/rss.png" alt="RSS" /></a></div></td></tr></table>' + "".join(rows)
                + f'<table class="content" width="100%"><tr><td class="header2">Người dùng đang xem chủ đề này</td></tr><tr><td '
                f'class="post">Khách (2)</td></tr></table><div id="DivPermissions" class="smallfont">'
                + "<br />".join(PERMS) + "</div>")
        page = layout("YAF.Pages.posts", f"{subject} - {FORUMS[fid][0]} - {BOARD}",
                      [(CATS[FORUMS[fid][2]], f"/category/{FORUMS[fid][2]}-{slug(CATS[FORUMS[fid][2]])}"),
                       (FORUMS[fid][0], f"/topics/{fid}-{slug(FORUMS[fid][0])}"), (subject, None)], main,
                      canonical=t.path, rss=f"/default.aspx?g=rsstopic&amp;pg=posts&amp;t={t.id}", form_action=t.path,
                      login_return=f"%2fposts%2ft{t.id}-{slug(subject)}")
        site.page(t.path, page, content_type=HTML)
        mlinks = [t.mlink(mid) for mid, *_ in t.posts]
        for m in mlinks:
            site.same_page(m, t.path)
        if t.article:
            t.article.aliases += mlinks
            if t is notice:
                site.same_page(old_url, t.path)
                t.article.aliases.append(old_url)
            for b in t.article.blocks:
                if b.kind == "img":
                    site.binary(f"/Uploads/2024/05/{b.src}", image_for(b.src))
            site.add_article(t.article)
        else:
            site.non_articles.append(t.path)
        # the topic's RSS
        items = "".join(f"<item><title>{esc(subject if i == 0 else 'Re: ' + subject)}</title><link>{{{{base}}}}{t.mlink(mid)}"
                        f"#post{mid}</link><description><![CDATA[{html}]]></description><pubDate>{gmt(when)}</pubDate><guid>"
                        f"{{{{base}}}}{t.mlink(mid)}#post{mid}</guid></item>" for i, (mid, uid, when, html) in enumerate(t.posts))
        site.page(f"/default.aspx?g=rsstopic&pg=posts&t={t.id}", rss_doc(f"{BOARD} - {subject}", t.path, items),
                  content_type="application/rss+xml; charset=utf-8")
    for path, a in attach_files.items():
        site.binary("/_files/TB-08-LMHTX-2024.pdf", pdf(a.title, ["LIEN MINH HTX TINH THUA THIEN HUE", "THONG BAO SO 08/TB-LMHTX"]))
        site.routes.append({"path": path, "file": "_files/TB-08-LMHTX-2024.pdf", "content_type": "application/pdf"})
    site.trap("every post head's '#n' links /posts/m<id>-<slug>#post<id> (the lists' last-post links too): the same topic "
              "page (rel=canonical /posts/t<id>-<slug>): aliases; a reply links the notice by the old WebForms URL "
              "/default.aspx?g=posts&t=N (an alias)", old_url)
    sticky = next(t for t in topics if t.sticky)
    site.trap("the sticky 'Nội quy chuyên mục' topic heads the news forum ('Chú ý:'), and members' topics in the Q&A and "
              "OCOP forums: not articles", sticky.path)

    # forum lists
    def row(t: Topic, with_forum: bool = False) -> str:
        mid, uid, when, _ = t.last
        prio = '<span class="post_priority">Chú ý:</span> ' if t.sticky else ""
        ftd = (f'<td class="topicForum"><a href="/topics/{t.forum}-{slug(FORUMS[t.forum][0])}">{esc(FORUMS[t.forum][0])}</a>'
               "</td>") if with_forum else ""
        return (f'<tr class="topicRow post"><td class="topicImage"><img src="/Themes/yafpro/icon_topic.png" alt="" /></td>'
                f'<td class="topicMain">{prio}<a href="{t.path}" class="post_link">{esc(t.subject)}</a><br /><span '
                f'class="topicStarter" title="Người tạo chủ đề">{ulink(t.posts[0][1])}</span></td>{ftd}<td class="topicReplies">'
                f'<div class="topicReplies">Trả lời: <span>{len(t.posts) - 1}</span></div><div class="topicViews">Lượt xem: '
                f'<span>{t.views}</span></div></td><td class="topicLastPost smallfont">Bởi: {ulink(uid)} <a href="{t.mlink(mid)}'
                f'#post{mid}" title="Đến bài mới nhất"><img src="/Themes/yafpro/icon_latest_reply.png" alt="Đến bài mới nhất" />'
                f"</a><br />Đăng: {abbr(when)}</td></tr>")

    def pager(base: str, n: int, pages: int) -> str:
        if pages < 2:
            return '<div class="yafpager"><span class="pagecount">1 Trang</span></div>'
        out = [f'<span class="pagecount">{pages} Trang</span>']
        if n > 1:
            out.append(f'<a href="{base}{"" if n == 2 else f"?p={n - 1}"}" class="pagelinkfirst">«</a>')
        for k in range(1, pages + 1):
            out.append(f'<span class="pagecurrent">{k}</span>' if k == n else
                       f'<a href="{base}{"" if k == 1 else f"?p={k}"}" class="pagelink">{k}</a>')
        if n < pages:
            out.append(f'<a href="{base}?p={n + 1}" class="pagelinklast">»</a>')
        return '<div class="yafpager">' + "".join(out) + "</div>"

    for fid, (fname, fdesc, cid) in FORUMS.items():
        base = f"/topics/{fid}-{slug(fname)}"
        items = sorted([t for t in topics if t.forum == fid], key=lambda t: (not t.sticky, -t.last[2].timestamp()))
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(chunks, 1):
            path = base if n == 1 else f"{base}?p={n}"
            main = (f'<table class="command" width="100%"><tr><td align="left">{pager(base, n, len(chunks))}</td></tr></table>'
                    f'<table class="content" width="100%"><tr class="topicTitle"><td class="header1" colspan="4"><a href="{base}" '
                    f'title="{attr(fdesc)}">{esc(fname)}</a></td></tr><tr class="topicSubTitle"><th class="header2" colspan="2">'
                    f'Chủ đề</th><th class="header2">Trả lời / Lượt xem</th><th class="header2">Bài viết cuối</th></tr>'
                    + "".join(row(t) for t in chunk) + "</table>"
                    f'<div class="forumFeeds"><a href="/default.aspx?g=rsstopic&amp;pg=topics&amp;f={fid}" title="RSS"><img '
                    f'src="/Themes/yafpro/images/rss.png" alt="RSS" /> RSS</a> <a href="/default.aspx?g=rsstopic&amp;pg=topics&amp;'
                    f'f={fid}&amp;ft=1" title="Atom"><img src="/Themes/yafpro/images/atom.png" alt="Atom" /> Atom</a></div>')
            site.page(path, layout("YAF.Pages.topics", f"{fname} - {BOARD}",
                                   [(CATS[cid], f"/category/{cid}-{slug(CATS[cid])}"), (fname, None)], main,
                                   rss=f"/default.aspx?g=rsstopic&amp;pg=topics&amp;f={fid}", form_action=path,
                                   login_return=f"%2ftopics%2f{fid}-{slug(fname)}"), content_type=HTML)
            site.non_articles.append(path)
        # feeds: items dated by their LAST post
        ordered = sorted([t for t in topics if t.forum == fid], key=lambda t: -t.last[2].timestamp())
        ritems = "".join(f"<item><title>{esc(t.subject)}</title><link>{{{{base}}}}{t.path}</link><description><![CDATA["
                         f"{t.posts[0][3]}]]></description><pubDate>{gmt(t.last[2])}</pubDate><guid>{{{{base}}}}{t.path}</guid>"
                         f"</item>" for t in ordered)
        site.page(f"/default.aspx?g=rsstopic&pg=topics&f={fid}", rss_doc(f"{BOARD} - {fname}", base, ritems),
                  content_type="application/rss+xml; charset=utf-8")
        aitems = "".join(f'<entry><id>{{{{base}}}}{t.path}</id><title type="text">{esc(t.subject)}</title><updated>'
                         f'{zulu(t.last[2])}</updated><author><name>{esc(USERS[t.last[1]][0])}</name></author><link rel="alternate" '
                         f'href="{{{{base}}}}{t.path}" /><content type="html">{esc(t.posts[0][3])}</content></entry>'
                         for t in ordered)
        site.page(f"/default.aspx?g=rsstopic&pg=topics&f={fid}&ft=1",
                  f'<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom"><title type="text">'
                  f"{esc(BOARD)} - {esc(fname)}</title><id>{{{{base}}}}{base}</id><updated>{zulu(ordered[0].last[2])}</updated>"
                  f'<link rel="alternate" href="{{{{base}}}}{base}" /><generator>YAF.NET</generator>{aitems}</feed>\n',
                  content_type="application/atom+xml; charset=utf-8")
    site.trap("/topics/12-Tin-tuc-Thong-bao (6 topics a page: the sticky first, then by LAST post; 'Bởi:' the last poster, "
              "'Đăng:' the last post's time, 'Hôm nay lúc …'): its ?p=2 holds the oldest news", "/topics/12-Tin-tuc-Thong-bao?p=2")
    site.trap("the forum's RSS (pubDate GMT) and Atom ('Z'): every item dated by its topic's LAST post, not the news' "
              "time; a topic's RSS has one item per post", "/default.aspx?g=rsstopic&pg=topics&f=12&ft=1")

    # index, category pages
    def forums_table(cids: list[int]) -> str:
        out = []
        for cid in cids:
            rows = []
            for fid, (fname, fdesc, c) in FORUMS.items():
                if c != cid:
                    continue
                ft = [t for t in topics if t.forum == fid]
                lt = max(ft, key=lambda t: t.last[2])
                mid, uid, when, _ = lt.last
                rows.append(f'<tr class="forumRow post"><td class="forumIconCol"><img src="/Themes/yafpro/icon_newest_reply.png" '
                            f'alt="" /></td><td class="forumMainCol"><div class="forumheading"><a href="/topics/{fid}-'
                            f'{slug(fname)}" title="{attr(fdesc)}">{esc(fname)}</a></div><div class="forumDesc">{esc(fdesc)}'
                            f'</div></td><td class="topicCountCol">{len(ft)}</td><td class="postCountCol">'
                            f'{sum(len(t.posts) for t in ft)}</td><td class="lastPostCol smallfont"><a href="{lt.path}" '
                            f'title="{attr(lt.subject)}">{esc(lt.subject[:32])}...</a><br />Bởi: {ulink(uid)}<br />{abbr(when)} '
                            f'<a href="{lt.mlink(mid)}#post{mid}"><img src="/Themes/yafpro/icon_latest_reply.png" alt="Đến bài '
                            f'mới nhất" /></a></td></tr>')
            out.append(f'<table class="content" width="100%"><tr class="categoryRow"><td colspan="5" class="header1"><a '
                       f'href="/category/{cid}-{slug(CATS[cid])}">{esc(CATS[cid])}</a></td></tr><tr><td class="header2" '
                       f'colspan="2">Diễn đàn</td><td class="header2">Chủ đề</td><td class="header2">Bài viết</td><td '
                       f'class="header2">Bài viết cuối</td></tr>{"".join(rows)}</table>')
        return "".join(out)

    latest = sorted(topics, key=lambda t: -t.last[2].timestamp())[:5]
    active = ('<table class="content" width="100%"><tr><td class="header1" colspan="2">Thảo luận sôi nổi</td></tr>'
              + "".join(f'<tr><td class="post"><a href="{t.mlink(t.last[0])}#post{t.last[0]}">{esc(t.subject)}</a><br />Bởi: '
                        f"{ulink(t.last[1])} - {abbr(t.last[2])}</td></tr>" for t in latest) + "</table>")
    stats = ('<table class="content" width="100%"><tr><td class="header1">Thông tin và thống kê</td></tr><tr><td class="post">'
             f'Có {sum(len(t.posts) for t in topics) + 1011} bài viết trong {len(topics) + 174} chủ đề ở {len(FORUMS)} diễn đàn.'
             f'<br />Bài viết mới nhất: {abbr(latest[0].last[2])}<br />Có 236 thành viên. Thành viên mới nhất: {ulink(12)}'
             '<br />Đang trực tuyến: 5 khách</td></tr></table>')
    welcome = (f'<div id="Welcome"><div id="welcomeText">Thời gian hiện tại là {NOW.day} tháng {NOW.month} năm {NOW.year} '
               f"{NOW:%H:%M:%S}</div></div>")
    home = welcome + forums_table(list(CATS)) + active + stats
    site.page("/", layout("YAF.Pages.forum", BOARD, [], home))
    site.same_page("/default.aspx", "/")
    site.non_articles += ["/", "/default.aspx"]
    for cid, cname in CATS.items():
        path = f"/category/{cid}-{slug(cname)}"
        site.page(path, layout("YAF.Pages.forum", f"{cname} - {BOARD}", [(cname, None)], forums_table([cid])),
                  content_type=HTML)
        site.non_articles.append(path)
    site.trap("the index (= /default.aspx): 'Thời gian hiện tại là …' (the copy's time), the forums' last posts, 'Thảo "
              "luận sôi nổi' (the 5 latest posts) and the statistics; category pages /category/N-…: lists", "/")

    # active topics, members, profiles, search, login
    recent = sorted([t for t in topics if NOW - t.last[2] < timedelta(days=7)], key=lambda t: -t.last[2].timestamp())
    site.page("/mytopics", layout("YAF.Pages.mytopics", f"Chủ đề hoạt động - {BOARD}", [("Chủ đề hoạt động", None)],
                                  '<table class="content" width="100%"><tr><td class="header1" colspan="5">Chủ đề hoạt động '
                                  '- Hiển thị: Trong tuần qua</td></tr>' + "".join(row(t, True) for t in recent) + "</table>"),
              content_type=HTML)
    site.non_articles.append("/mytopics")
    rows = "".join(f'<tr class="post"><td>{ulink(uid)}</td><td>{esc(u[1])}</td><td>{u[2]:%d/%m/%Y}(UTC)</td><td>{u[3]}</td>'
                   f"<td>{esc(u[4])}</td></tr>" for uid, u in USERS.items())
    site.page("/members", layout("YAF.Pages.members", f"Thành viên - {BOARD}", [("Thành viên", None)],
                                 '<table class="content" width="100%"><tr><td class="header2">Tên</td><td class="header2">'
                                 'Xếp hạng</td><td class="header2">Tham gia</td><td class="header2">Bài viết</td><td '
                                 f'class="header2">Nơi ở</td></tr>{rows}</table>'), content_type=HTML)
    site.non_articles.append("/members")
    for uid, (name, rank, joined, posts, frm, sig, thanked) in USERS.items():
        path = f"/profile/{uid}-{slug(name)}"
        site.page(path, layout("YAF.Pages.profile", f"Hồ sơ: {name} - {BOARD}", [("Thành viên", "/members"), (name, None)],
                               f'<table class="content" width="100%"><tr><td class="header1" colspan="2">Hồ sơ: {esc(name)}</td>'
                               f'</tr><tr><td class="postheader">Xếp hạng</td><td class="post">{esc(rank)}</td></tr><tr><td '
                               f'class="postheader">Ngày tham gia</td><td class="post">{joined:%d/%m/%Y}(UTC)</td></tr><tr><td '
                               f'class="postheader">Số bài viết</td><td class="post">{posts}</td></tr><tr><td class="postheader">'
                               f'Nơi ở</td><td class="post">{esc(frm)}</td></tr><tr><td class="postheader">Được cảm ơn</td><td '
                               f'class="post">{thanked} lần</td></tr></table>'), content_type=HTML)
        site.non_articles.append(path)
    site.trap("profiles /profile/N-<Display-Name> (the user box's links; the office and admin have one too) and /members: "
              "not articles; the user box's 'Tham gia: 06/03/2018(UTC)' is no date of the news", "/profile/5-Van-phong-Lien-minh-HTX")
    site.page("/search", layout("YAF.Pages.search", f"Tìm kiếm - {BOARD}", [("Tìm kiếm", None)],
                                '<table class="content" width="100%"><tr><td class="header1">Tìm kiếm</td></tr><tr><td class="post">'
                                '<input type="text" name="searchString" /> <select name="searchWhat"><option>Tất cả các từ'
                                '</option></select> <input type="submit" value="Tìm kiếm" /></td></tr></table>'), content_type=HTML)
    site.non_articles.append("/search")
    for path, title in [("/login", "Đăng nhập"), ("/register", "Đăng ký")]:
        site.page(path, layout(f"YAF.Pages.{path[1:]}", f"{title} - {BOARD}", [(title, None)],
                               f'<table class="content" width="100%"><tr><td class="header1">{title}</td></tr><tr><td class="post">'
                               '<input type="text" name="UserName" /><input type="password" name="Password" /></td></tr></table>'),
                  content_type=HTML)
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /login\nDisallow: /register\nDisallow: /default.aspx?g=login\n"
                "Disallow: /default.aspx?g=register\nDisallow: /pm\nDisallow: /postmessage\nDisallow: /resource.ashx?u=\n")
    site.trap("robots.txt (the admin's) disallows /login (the header's 'Đăng nhập', every 'Trả lời' button: "
              "/login?ReturnUrl=…) and /register: never fetched", "/login")
    site.binary("/Content/images/banner-htxhue.png", image_for("banner-htxhue"))
    return site


def rss_doc(title: str, link: str, items: str) -> str:
    return (f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>{esc(title)}</title><link>'
            f"{{{{base}}}}{link}</link><description>{esc(BOARD)}</description><language>vi-VN</language><generator>YAF.NET"
            f"</generator>{items}</channel></rss>\n")
