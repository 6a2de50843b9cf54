"""Site `forum-htxhoabinh` (registry family `generic`): "Diễn đàn Liên minh HTX tỉnh Hòa Bình", the members' forum of
the Hòa Bình cooperative alliance (since 1 July 2025 part of Phú Thọ province) on **Simple Machines Forum 2.1.4**
with the Vietnamese language pack, the default theme's skeleton and the 2.0-style post header the Vietnamese pack
prints ("« Trả lời #1 vào lúc: 12 Tháng Năm, 2024, 02:05:33 PM »"); the forum's time format "%d %B, %Y, %I:%M:%S %p"
(12-hour clock), the forum time zone Asia/Ho_Chi_Minh, "Hôm nay / Hôm qua" (todayMod = 2), 6 topics a page, 15 posts a
page, the news fader and the random news line on, registration off. The copy is of 15 May 2024, 10:40. The alliance's
news are the topics of the boards "Tin tức - Hoạt động" (board 1) and "Thông báo - Văn bản" (board 2). Written as a
held-out test: no family module, no selectors. (`diendan-htxtravinh` is SMF too, with TinyPortal and the 2.1 date
format; this one is the plain forum: no portal, other URL shapes and other traps.)

URL shapes (SMF writes `;` between its parameters): the board index `/index.php` (also `/`), boards
`/index.php?board=<b>.<start>` (`board=1.0`, `board=1.6`), topics `/index.php?topic=<t>.<start>` (`topic=215.0`, its
second page `topic=209.15`), a post `/index.php?topic=<t>.msg<m>#msg<m>` (the page that holds the post), the topic
links "« Chủ đề trước - Chủ đề tiếp »" `/index.php?topic=<t>.0;prev_next=prev#new` (SMF serves the neighbouring topic
at that address, no redirect), the print view `/index.php?action=printpage;topic=<t>.0` ("In"), the attachment
`/index.php?action=dlattach;topic=<t>.0;attach=<a>`, recent posts `/index.php?action=recent`, profiles
`/index.php?action=profile;u=<n>`, the search form `/index.php?action=search`, help and terms; the RSS
`/index.php?action=.xml;type=rss2` (the head's alternate: the 5 newest topics, first posts, pubDate in GMT); login,
sign-up, reminder and search2 are disallowed by robots.txt.

Why it is hard: a topic page is a THREAD: the subject is `h2.display_title span#top_subject` (the only `<h1>` is the
forum's name), then every post is a `div.windowbg` with the poster column (name, member group, avatar, "Bài viết:
1.342", "Đã lưu"), `div.keyinfo` (the post's subject link and "« vào lúc: … »" / "« Trả lời #n vào lúc: … »", the
edit note "« Đã được sửa lần cuối: … bởi … »"), `div.post div.inner` with the BBCode output (no paragraphs: lines
separated by `<br>`, `<b>` lines as headings, `ul.bbc_list`, `table.bbc_table` without header cells, `img.bbc_img`
with a `div.centertext` caption), the attachments box, the signature. The first post is the article; the replies,
their quotes (`blockquote.bbc_standard_quote` "Trích dẫn từ: … vào lúc …") and every signature are not. Dates of the
last two days read "<strong>Hôm nay</strong> lúc 09:20:05 AM" / "Hôm qua lúc …": the day comes from the page's own
clock (the header's `<time datetime="2024-05-15T03:40:12Z">15 Tháng Năm, 2024, 10:40:12 AM</time>`); the print view
writes them in full. A post at 12:15:48 AM is a quarter past midnight (the RSS puts it on the previous day in GMT).
Board lists sort by the LAST post and show the last post's date, not the topic's; the oldest topic is alone on
`board=1.6`. The office account "Văn phòng LMHTX" (group "Quản trị viên") is no author; a person posting is the author
unless a closing byline names another; "Theo Báo …" marks a reprint.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "forum-htxhoabinh"
FORUM = "Diễn đàn Liên minh HTX tỉnh Hòa Bình"
HTML = "text/html; charset=UTF-8"
NOW = datetime(2024, 5, 15, 10, 40, 12)
PER_TOPICS = 6
PER_POSTS = 15
MONTHS = ("Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai")
# id: (name, group, posts, avatar, signature)
USERS = {
    1: ("admin", "Quản trị viên", 212, "", ""),
    2: ("Văn phòng LMHTX", "Quản trị viên", 1342, "/custom_avatar/avatar_2_1652339012.png",
        "Văn phòng Liên minh HTX tỉnh Hòa Bình - Số 268 đường Trần Hưng Đạo, TP Hòa Bình - ĐT: 0218.3852.437"),
    3: ("Bùi Thị Hạnh", "Điều hành viên", 487, "/custom_avatar/avatar_3_1660201133.png",
        "Ban Tuyên truyền - Liên minh HTX tỉnh Hòa Bình"),
    4: ("Nguyễn Văn Khánh", "Điều hành viên", 268, "", ""),
    7: ("HTX Yên Mông", "Thành viên", 64, "/custom_avatar/avatar_7_1671009921.png",
        "HTX Dịch vụ nông nghiệp Yên Mông - Rau sạch cho mọi nhà"),
    9: ("Đinh Văn Thắng", "Thành viên", 38, "", ""),
    11: ("Xa Thị Mai", "Thành viên", 22, "", ""),
    12: ("Bạch Công Tuấn", "Thành viên", 51, "/custom_avatar/avatar_12_1688112204.png", "Giám đốc HTX Cam Cao Phong"),
}
NEWS = ["Liên minh HTX tỉnh tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đến hết ngày 30/6/2024.",
        "Chào mừng các HTX, tổ hợp tác tỉnh Hòa Bình tham gia diễn đàn!",
        "Hội chợ OCOP tỉnh Hòa Bình năm 2024: đăng ký gian hàng tại Văn phòng Liên minh HTX tỉnh."]
CHROME = ["Chào mừng bạn đến với Diễn đàn Liên minh HTX tỉnh Hòa Bình.", "Kết nối - Chia sẻ - Cùng phát triển",
          "Trang được tạo trong 0.071 giây với 24 truy vấn.", "SMF 2.1.4 © 2023, Simple Machines", "Simple Machines",
          "Chủ đề trước", "Chủ đề tiếp", "Đã lưu", "Trích dẫn", "Thích", "Điều khoản và Quy định", "Lên trên",
          "Toàn diễn đàn", NEWS[0], "Trình đơn người dùng",
          *[u[4] for u in USERS.values() if u[4]]]
REPLIES = [(9, "Cảm ơn Văn phòng đã chia sẻ số liệu, rất hữu ích cho các HTX."),
           (7, "HTX Yên Mông năm 2023 doanh thu tăng 12%, mong năm nay tiếp tục khả quan."),
           (12, "Số liệu cây ăn quả nên tách riêng cam và bưởi để dễ theo dõi hơn."),
           (11, "Cho hỏi số liệu này đã gồm các HTX mới thành lập năm 2023 chưa ạ?"),
           (4, "Đã bao gồm 21 HTX thành lập mới trong năm 2023 bạn nhé."),
           (9, "HTX chúng tôi xin tài liệu gốc để báo cáo với xã."),
           (3, "Tài liệu gốc các HTX liên hệ Văn phòng Liên minh để nhận bản đầy đủ.")]


def ampm(d: datetime) -> str:
    return f"{d.hour % 12 or 12:02d}:{d:%M:%S} {'AM' if d.hour < 12 else 'PM'}"


def full(d: datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]}, {d.year}, {ampm(d)}"


def sdate(d: datetime) -> str:
    """SMF's timeformat() with todayMod = 2: today and yesterday by name, the time only."""
    if d.date() == NOW.date():
        return f"<strong>Hôm nay</strong> lúc {ampm(d)}"
    if d.date() == (NOW - timedelta(days=1)).date():
        return f"<strong>Hôm qua</strong> lúc {ampm(d)}"
    return full(d)


def gmt(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 07/TB-LMHTX về việc đăng ký tham gia Hội chợ OCOP tỉnh Hòa Bình năm 2024",
          body="""
LIÊN MINH HTX TỈNH HÒA BÌNH
Số: 07/TB-LMHTX
Hòa Bình, ngày 13 tháng 5 năm 2024
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ OCOP tỉnh Hòa Bình năm 2024
Hội chợ OCOP tỉnh Hòa Bình năm 2024 diễn ra từ ngày 07/6 đến ngày 11/6/2024 tại Quảng trường Hòa Bình, TP Hòa Bình.
Liên minh HTX tỉnh hỗ trợ 25 gian hàng miễn phí cho các HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX gửi phiếu đăng ký (theo mẫu đính kèm) về Văn phòng Liên minh HTX tỉnh trước ngày 27/5/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Bùi Văn Tiến
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/index.php?action=dlattach;topic=221.0;attach=318", "text": "TB-07-LMHTX-2024.pdf"}],
          opts={"topic": 221, "msg": 1466, "poster": 2, "board": 2, "replies": [(7, 0, "HTX Yên Mông đã gửi phiếu đăng ký "
                "qua email, nhờ Văn phòng kiểm tra giúp.", 19)], "attach": 318, "views": 143},
          notes=["notice 'Số: 07/TB-LMHTX' dated 13/5 in its text, posted the day before the copy: the header reads '« vào lúc: "
                 "Hôm qua lúc 04:12:09 PM »' (the day from the page's clock <time datetime='2024-05-15T03:40:12Z'>; the "
                 "print view writes '14 Tháng Năm, 2024, 04:12:09 PM'); the office account: no author; the signer is text; "
                 "the PDF in the attachments box (dlattach;topic=221.0;attach=318, size and download count no text) is an "
                 "attachment; the member's reply below is a comment"],
          **at(datetime(2024, 5, 14, 16, 12, 9))),
        A(path="", title="Ảnh: Mùa thu hoạch mía tím ở HTX Nông nghiệp Phong Phú",
          body="""
Những ngày giữa tháng 5, các thành viên HTX Nông nghiệp Phong Phú (huyện Tân Lạc) thu hoạch mía tím vụ cuối.
[img mia-tim-1.png] Thành viên HTX thu hoạch mía tím trên cánh đồng xã Phong Phú
[img mia-tim-2.png] Mía được bó thành từng bó 20 cây trước khi xuất bán
[img mia-tim-3.png] Thương lái đến tận ruộng thu mua mía của HTX
Năm nay HTX có 45 ha mía tím, năng suất bình quân đạt 110 tấn/ha, giá bán ổn định.
""", byline="Bài và ảnh: Đinh Công Sơn", author="Đinh Công Sơn",
          opts={"topic": 224, "msg": 1478, "poster": 3, "board": 1, "replies": [], "views": 57},
          notes=["photo story posted this morning ('« vào lúc: Hôm nay lúc 09:20:05 AM »': only the page's clock gives the "
                 "day, 15 May 2024): three img.bbc_img, each captioned by a centred div (one line each); posted by the "
                 "moderator Bùi Thị Hạnh, 'Bài và ảnh: Đinh Công Sơn' closes it -> author; her signature is no text"],
          **at(datetime(2024, 5, 15, 9, 20, 5))),
        A(path="", title="Kết quả sản xuất, kinh doanh của các HTX nông nghiệp Hòa Bình năm 2023",
          body="""
Năm 2023, các HTX nông nghiệp trên địa bàn tỉnh duy trì sản xuất ổn định, doanh thu bình quân tăng so với năm 2022.
| Lĩnh vực | Số HTX | Doanh thu bình quân (triệu đồng) | So với năm 2022 (%) |
| Trồng trọt | 168 | 1.950 | 108,4 |
| Cây ăn quả có múi | 74 | 3.120 | 111,7 |
| Chăn nuôi | 39 | 2.480 | 103,9 |
| Thủy sản lòng hồ | 22 | 1.640 | 106,2 |
Năm 2024, Liên minh HTX tỉnh phấn đấu 70% HTX nông nghiệp hoạt động đạt loại khá trở lên.
""", author="Nguyễn Văn Khánh",
          opts={"topic": 209, "msg": 1391, "poster": 4, "board": 1, "replies": "many", "views": 612},
          notes=["a BBCode table (table.bbc_table, no header cells): one line per row; posted in person by the moderator "
                 "Nguyễn Văn Khánh (a person), no byline: he is the author; 17 replies: the topic's second page "
                 "index.php?topic=209.15 holds replies #15-#17 only, and the board's 'last post' link "
                 "topic=209.msg1408#new opens that second page: both no articles"],
          **at(datetime(2024, 5, 10, 14, 5, 33))),
        A(path="", title="Hướng dẫn HTX chuẩn bị hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX",
          body="""
Để được xem xét cho vay vốn Quỹ hỗ trợ phát triển HTX tỉnh năm 2024, HTX cần chuẩn bị đầy đủ hồ sơ theo quy định.
## Hồ sơ gồm
* Giấy đề nghị vay vốn theo mẫu của Quỹ;
* Phương án sản xuất, kinh doanh có hiệu quả;
* Báo cáo tài chính hai năm gần nhất;
* Nghị quyết của Đại hội thành viên về việc vay vốn;
* Giấy tờ về tài sản bảo đảm (nếu có).
Hồ sơ nộp trực tiếp tại Quỹ hỗ trợ phát triển HTX tỉnh, Tầng 2 trụ sở Liên minh HTX tỉnh.
""", byline="Trần Văn Lâm - Quỹ hỗ trợ phát triển HTX tỉnh", author="Trần Văn Lâm",
          opts={"topic": 205, "msg": 1370, "poster": 2, "board": 1, "replies": [(12, 1, "Phương án sản xuất có cần xác "
                "nhận của UBND xã không ạ?", 26), (3, 0, "Không cần bạn nhé, chỉ cần Nghị quyết của Đại hội thành viên.", 29)],
                "views": 388},
          notes=["a bold line as heading and a five-item ul.bbc_list; posted by the office account but 'Trần Văn Lâm - Quỹ hỗ "
                 "trợ phát triển HTX tỉnh' closes the text -> Trần Văn Lâm; a reply quotes one of its lines "
                 "(blockquote.bbc_standard_quote 'Trích dẫn từ: Văn phòng LMHTX vào lúc 06 Tháng Năm, 2024, 08:45:10 AM'): "
                 "a comment, not text"],
          **at(datetime(2024, 5, 6, 8, 45, 10))),
        A(path="", title="Bản Lác đón khách du lịch cộng đồng trở lại dịp nghỉ lễ",
          body="""
Dịp nghỉ lễ 30/4 - 1/5, HTX Du lịch cộng đồng bản Lác (huyện Mai Châu) đón hơn 3.000 lượt khách trong và ngoài nước.
Các hộ thành viên HTX đã nâng cấp 42 nhà sàn homestay, bổ sung dịch vụ đạp xe, trải nghiệm dệt thổ cẩm.
Doanh thu dịp lễ của HTX ước đạt 1,8 tỷ đồng, tăng 25% so với cùng kỳ năm 2023.
""", byline="Theo Báo Hòa Bình", author=None,
          opts={"topic": 201, "msg": 1352, "poster": 3, "board": 1, "replies": [], "views": 274},
          notes=["posted by the moderator Bùi Thị Hạnh (a person) but closed by 'Theo Báo Hòa Bình': a reprint, no author"],
          **at(datetime(2024, 5, 3, 15, 30, 0))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Cam Cao Phong",
          body="""
Chiều 26/4, đoàn công tác Liên minh HTX tỉnh do đồng chí Chủ tịch Liên minh làm trưởng đoàn đã làm việc với HTX Cam Cao Phong.
HTX hiện có 62 thành viên, 180 ha cam, bưởi đạt tiêu chuẩn VietGAP, sản phẩm cam Cao Phong đạt OCOP 4 sao.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng kho lạnh bảo quản và kết nối tiêu thụ qua sàn thương mại điện tử.
""", author=None,
          opts={"topic": 196, "msg": 1321, "poster": 2, "board": 1, "replies": [(12, 0, "Cảm ơn đoàn công tác đã quan tâm "
                "HTX Cam Cao Phong.", 9 * 60)], "views": 201},
          notes=["posted at 12:15:48 AM on 27 April, a quarter past midnight ('« vào lúc: 27 Tháng Tư, 2024, 12:15:48 AM »', "
                 "the 12-hour clock), about the afternoon before ('Chiều 26/4'); the RSS pubDate 'Fri, 26 Apr 2024 17:15:48 "
                 "GMT' is the previous day; the office account, no byline: author null"],
          **at(datetime(2024, 4, 27, 0, 15, 48))),
        A(path="", title="HTX Nông sản sạch Lạc Thủy mở rộng vùng trồng rau hữu cơ",
          body="""
HTX Nông sản sạch Lạc Thủy vừa mở rộng vùng trồng rau hữu cơ lên 12 ha tại xã Đồng Tâm, huyện Lạc Thủy.
Sản phẩm rau của HTX được cấp chứng nhận hữu cơ và tiêu thụ ổn định tại các siêu thị ở Hà Nội.
HTX đang liên kết với 35 hộ dân trong xã để tiếp tục mở rộng diện tích trong năm 2024.
Quách Thị Thu Trang
""", author="Quách Thị Thu Trang",
          opts={"topic": 190, "msg": 1288, "poster": 2, "board": 1, "replies": [(7, 0, "Chúc mừng HTX Lạc Thủy, mong được "
                "học hỏi kinh nghiệm làm rau hữu cơ.", 25 * 24 * 60)], "views": 166,
                "edited": datetime(2024, 4, 19, 7, 30, 11)},
          notes=["the bare name 'Quách Thị Thu Trang' closes the text: the author (the office account posted it); the edit "
                 "note '« Đã được sửa lần cuối: 19 Tháng Tư, 2024, 07:30:11 AM bởi Văn phòng LMHTX »' beside the header is "
                 "not the publication date (18 Tháng Tư, 2024, 03:40:22 PM); the office's signature is no text"],
          **at(datetime(2024, 4, 18, 15, 40, 22))),
        A(path="", title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ quản lý HTX",
          body="""
Ngày 27/3, Liên minh HTX tỉnh Hòa Bình tổ chức lớp tập huấn Luật Hợp tác xã năm 2023 cho 120 cán bộ quản lý HTX.
[img tap-huan-luat-htx.png] Quang cảnh lớp tập huấn tại Hội trường Liên minh HTX tỉnh
Học viên được giới thiệu những điểm mới của Luật Hợp tác xã năm 2023, có hiệu lực từ ngày 01/7/2024.
""", byline="Tin, ảnh: Xa Văn Hùng", author="Xa Văn Hùng",
          opts={"topic": 182, "msg": 1240, "poster": 2, "board": 1, "replies": [], "views": 305},
          notes=["the oldest topic: alone on the board's second page index.php?board=1.6 (boards sort by last post, 6 a page); "
                 "not in the RSS, the news fader nor the recent posts; 'Tin, ảnh: Xa Văn Hùng' -> author"],
          **at(datetime(2024, 3, 28, 10, 2, 17))),
    ]


def bbc(a: RichArticle) -> str:
    """The first post through SMF's BBCode parser: lines joined by <br>, no paragraphs."""
    out: list[str] = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(inline_html(b.text) + "<br><br>")
        elif b.kind == "h":
            out.append(f"<b>{inline_html(b.text)}</b><br>")
        elif b.kind in ("ul", "ol"):
            tag = "ul" if b.kind == "ul" else "ol"
            out.append(f'<{tag} class="bbc_list">' + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{tag}>")
        elif b.kind == "img":
            out.append(f'<div class="centertext"><img src="/attachments/hb2024/{b.src}" alt="" class="bbc_img" '
                       f'loading="lazy"></div>' + (f'<div class="centertext"><i>{esc(b.text)}</i></div><br>' if b.text else "<br>"))
        elif b.kind == "table":
            out.append('<table class="bbc_table">' + "".join(
                "<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in b.rows) + "</table><br>")
    if a.byline:
        out.append(f'<div class="righttext"><b>{esc(a.byline)}</b></div>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hoa-binh", FORUM, "generic", None, start_urls=["{{base:%s}}/index.php" % SITE],
                     feeds=["{{base:%s}}/index.php?action=.xml;type=rss2" % SITE])
    site.extra_boilerplate += CHROME
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    boards = {1: "Tin tức - Hoạt động", 2: "Thông báo - Văn bản", 3: "Hỏi đáp - Trao đổi"}
    for a in news:
        a.path = f"/index.php?topic={a.opts['topic']}.0"

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def layout(title: str, content: str, crumbs: list[tuple[str, str]], canonical: str = "", board: int = 0,
               desc: str = "", extra_head: str = "", body_class: str = "action_home") -> str:
        tree_items = [(FORUM, "/index.php"), *crumbs]
        tree = "".join(
            "<li" + (' class="last"' if i == len(tree_items) - 1 else "") + ">"
            + ('<span class="dividers"> &#9658; </span>' if i else "")
            + f'<a href="{h}"><span>{esc(t)}</span></a></li>' for i, (t, h) in enumerate(tree_items))
        head = f'<link rel="canonical" href="{{{{base}}}}{attr(canonical)}">' if canonical else ""
        board_q = f";board={board}" if board else ""
        return f"""<!DOCTYPE html>
<html lang="vi-VN">
<head>
	<meta charset="UTF-8">
	<link rel="stylesheet" href="/Themes/default/css/index.css?smf214_1700563471">
	<link rel="stylesheet" href="/Themes/default/css/responsive.css?smf214_1700563471">
	<script src="/Themes/default/scripts/jquery-3.6.3.min.js"></script>
	<script src="/Themes/default/scripts/script.js?smf214_1700563471"></script>
	<title>{esc(title)}</title>
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta property="og:site_name" content="{attr(FORUM)}">
	<meta property="og:title" content="{attr(title)}">
	{f'<meta property="og:url" content="{{{{base}}}}{attr(canonical)}">' if canonical else ''}
	<meta property="og:description" content="{attr(desc or title)}">
	<meta name="description" content="{attr(desc or title)}">
	<meta name="theme-color" content="#557EA0">
	{head}
	<link rel="help" href="/index.php?action=help">
	<link rel="contents" href="/index.php">
	<link rel="search" href="/index.php?action=search">
	<link rel="alternate" type="application/rss+xml" title="{attr(FORUM)} - RSS" href="/index.php?action=.xml;type=rss2{board_q}">
	{extra_head}
</head>
<body id="chrome" class="{body_class}">
<div id="footerfix">
	<div id="top_section">
		<div class="inner_wrap">
			<ul class="floatleft" id="top_info">
				<li class="welcome">Chào mừng bạn đến với <strong>{esc(FORUM)}</strong>.</li>
				<li class="button_login"><a href="/index.php?action=login" class="open"><span class="main_icons login"></span><span class="textmenu">Đăng nhập</span></a></li>
			</ul>
			<form id="search_form" class="floatright" action="/index.php?action=search2" method="post" accept-charset="UTF-8">
				<input type="search" name="search" value="">&nbsp;
				<select name="search_selection"><option value="all" selected>Toàn diễn đàn </option></select>
				<input type="submit" name="search2" value="Tìm kiếm" class="button">
				<input type="hidden" name="advanced" value="0">
			</form>
		</div>
	</div>
	<div id="header">
		<h1 class="forumtitle"><a id="top" href="/index.php"><img src="/Themes/default/images/banner-lmhtx-hb.png" alt="{attr(FORUM)}"></a></h1>
		<div id="siteslogan">Kết nối - Chia sẻ - Cùng phát triển</div>
	</div>
	<div id="wrapper">
		<div id="upper_section">
			<div id="inner_section">
				<div id="inner_wrap" class="hide_720">
					<div class="user">
						<time datetime="{NOW - timedelta(hours=7):%Y-%m-%dT%H:%M:%S}Z">{full(NOW)}</time>
					</div>
					<div class="news">
						<h2>Tin tức: </h2>
						<p>{esc(NEWS[0])}</p>
					</div>
				</div>
				<a class="mobile_user_menu"><span class="menu_icon"></span><span class="text_menu">Trình đơn người dùng</span></a>
				<div id="main_menu">
					<div id="mobile_user_menu" class="popup_container"><div class="popup_window description">
						<ul class="dropmenu menu_nav">
							<li class="button_home"><a class="active" href="/index.php"><span class="main_icons home"></span><span class="textmenu">Trang chủ</span></a></li>
							<li class="button_help"><a href="/index.php?action=help"><span class="main_icons help"></span><span class="textmenu">Trợ giúp</span></a></li>
							<li class="button_search"><a href="/index.php?action=search"><span class="main_icons search"></span><span class="textmenu">Tìm kiếm</span></a></li>
							<li class="button_login"><a href="/index.php?action=login"><span class="main_icons login"></span><span class="textmenu">Đăng nhập</span></a></li>
						</ul>
					</div></div>
				</div>
				<div class="navigate_section">
					<ul>{tree}</ul>
				</div>
			</div>
		</div>
		<div id="content_section">
			<div id="main_content_section">
{content}
			</div>
		</div>
	</div>
</div>
<div id="footer">
	<div class="inner_wrap">
		<ul>
			<li class="floatright"><a href="/index.php?action=help">Trợ giúp</a> | <a href="/index.php?action=agreement">Điều khoản và Quy định</a> | <a href="#top_section">Lên trên &#9650;</a></li>
			<li class="copyright"><a href="{{{{base:offsite}}}}/smf/" title="License" class="new_win">SMF 2.1.4 © 2023</a>, <a href="{{{{base:offsite}}}}/smf/" title="Simple Machines" class="new_win">Simple Machines</a></li>
		</ul>
		<p>Trang được tạo trong 0.071 giây với 24 truy vấn.</p>
	</div>
</div>
</body>
</html>"""

    def poster(uid: int) -> str:
        name, group, count, avatar, _ = USERS[uid]
        av = (f'<li class="avatar"><a href="/index.php?action=profile;u={uid}"><img class="avatar" src="{avatar}" alt=""></a></li>'
              if avatar else "")
        return (f'<div class="poster"><h4><a href="/index.php?action=profile;u={uid}" title="Xem hồ sơ của {attr(name)}">'
                f'{esc(name)}</a></h4><ul class="user_info"><li class="membergroup">{esc(group)}</li>{av}'
                f'<li class="icons"><img src="/Themes/default/images/membericons/icon.png" alt="*"></li>'
                f'<li class="postcount">Bài viết: {count:,}</li><li class="poster_ip">Đã lưu</li></ul></div>'.replace(",", "."))

    def post(tid: int, mid: int, uid: int, subject: str, when: datetime, body: str, n: int,
             edited: datetime | None = None, attach: str = "") -> str:
        head = f"<strong>Trả lời #{n} vào lúc:</strong>" if n else "<strong>vào lúc:</strong>"
        counter = f'<span class="page_number floatright">#{n}</span>' if n else ""
        mod = (f'« <em>Đã được sửa lần cuối: {sdate(edited)} bởi {esc(USERS[uid][0])}</em> »' if edited else "")
        sig = USERS[uid][4]
        title = f"Trả lời #{n} - {subject}" if n else subject
        return (f'<div class="windowbg" id="msg{mid}"><div class="post_wrapper">{poster(uid)}<div class="postarea">'
                f'<div class="keyinfo"><div id="subject_{mid}" class="subject_title subject_hidden"><a href="/index.php?topic='
                f'{tid}.msg{mid}#msg{mid}" rel="nofollow">{esc(subject)}</a></div>{counter}<div class="postinfo">'
                f'<span class="messageicon"><img src="/Themes/default/images/post/xx.png" alt=""></span>'
                f'<a href="/index.php?topic={tid}.msg{mid}#msg{mid}" rel="nofollow" title="{attr(title)}" class="smalltext">'
                f'« {head} {sdate(when)} »</a><span class="spacer"></span><span class="smalltext modified floatright'
                f'{" mvisible" if edited else ""}" id="modified_{mid}">{mod}</span></div>'
                f'<div id="msg_{mid}_quick_mod"></div></div>'
                f'<div class="post"><div class="inner" data-msgid="{mid}" id="msg_{mid}">{body}</div></div>{attach}'
                '<div class="under_message"><ul class="floatleft"><li class="smflikebutton"><a href="/index.php?action=login">'
                'Thích</a></li></ul><ul class="quickbuttons"><li><a href="/index.php?action=login">Trích dẫn</a></li></ul></div>'
                f'</div><div class="moderatorbar">'
                + (f'<div class="signature" id="msg_{mid}_signature">{esc(sig)}</div>' if sig else "")
                + "</div></div></div>")

    # replies of each topic: (uid, quote?, text, minutes after the first post)
    many_when = []
    for a in news:
        o = a.opts
        if o["replies"] == "many":
            reps = []
            for k in range(17):
                uid, text = REPLIES[k % len(REPLIES)]
                reps.append((uid, 0, text if k < len(REPLIES) else f"{text} (ý kiến số {k + 1})", 0))
            o["reply_list"] = reps
            base = a.date
            many_when = [base + timedelta(hours=5 + 6 * k, minutes=11 * k % 60) for k in range(17)]
            many_when[-1] = datetime(2024, 5, 15, 8, 30, 2)
            o["reply_when"] = many_when
        else:
            o["reply_list"] = o["replies"]
            o["reply_when"] = [a.date + timedelta(minutes=m) for (_, _, _, m) in o["replies"]]
        o["last"] = o["reply_when"][-1] if o["reply_when"] else a.date
        o["last_uid"] = o["reply_list"][-1][0] if o["reply_list"] else o["poster"]
        o["last_msg"] = o["msg"] + len(o["reply_list"])

    # the members' board: a sticky rules topic and two questions
    qa = [dict(topic=150, msg=1001, poster=1, title="Nội quy Diễn đàn Liên minh HTX tỉnh Hòa Bình", sticky=True,
               when=datetime(2022, 5, 12, 9, 0, 0), text="Thành viên sử dụng tiếng Việt có dấu, không đăng tin quảng cáo, "
               "không đăng nội dung trái pháp luật. Bài viết vi phạm sẽ bị xóa mà không cần báo trước.", replies=[]),
          dict(topic=218, msg=1450, poster=9, title="Hỏi thủ tục chuyển đổi tổ hợp tác thành HTX theo Luật 2023",
               sticky=False, when=datetime(2024, 5, 12, 20, 11, 5), text="Tổ hợp tác chúng tôi có 9 thành viên, muốn "
               "chuyển thành HTX thì cần những thủ tục gì ạ?", replies=[(4, "Bạn liên hệ Ban Tư vấn của Liên minh HTX tỉnh "
                                                                         "để được hướng dẫn cụ thể nhé.", datetime(2024, 5, 13, 8, 2, 40))]),
          dict(topic=212, msg=1412, poster=11, title="Cần tìm đầu ra cho bưởi đỏ Tân Lạc", sticky=False,
               when=datetime(2024, 5, 11, 21, 40, 0), text="HTX có khoảng 15 tấn bưởi đỏ mỗi tháng, mong kết nối với doanh "
               "nghiệp thu mua.", replies=[])]

    # message index order: sticky first, then by last post
    def board_topics(b: int) -> list[RichArticle]:
        return sorted([a for a in news if a.opts["board"] == b], key=lambda a: a.opts["last"], reverse=True)

    neighbours: dict[int, tuple[RichArticle, RichArticle]] = {}
    for b in (1, 2):
        ts = board_topics(b)
        for i, a in enumerate(ts):
            neighbours[a.opts["topic"]] = (ts[i - 1], ts[(i + 1) % len(ts)])

    def topic_page(a: RichArticle, start: int) -> str:
        o = a.opts
        tid, mid = o["topic"], o["msg"]
        msgs = [(o["poster"], a.title, a.date, "first", 0)] + [
            (uid, f"Re: {a.title}", o["reply_when"][k], (q, text), k + 1)
            for k, (uid, q, text, _) in enumerate(o["reply_list"])]
        total_pages = (len(msgs) + PER_POSTS - 1) // PER_POSTS
        shown = msgs[start:start + PER_POSTS]
        html_posts = []
        for uid, subject, when, what, n in shown:
            if what == "first":
                attach = ""
                if o.get("attach"):
                    x = a.attachments[0]
                    attach = (f'<div id="msg_{mid}_footer" class="attachments smalltext"><div class="attached"><div '
                              f'class="attachments_bot"><a href="{x["path"]}"><img src="/Themes/default/images/icons/clip.png" '
                              f'class="centericon" alt="*">&nbsp;{esc(x["text"])}</a> <br>184.6 KB<br>(đã tải 52 lần)</div>'
                              f'</div></div>')
                html_posts.append(post(tid, mid, uid, subject, when, bbc(a), 0, o.get("edited"), attach))
            else:
                q, text = what
                quote = ""
                if q:
                    quoted = next(inline_text(b.items[0]) for b in a.blocks if b.kind == "ul")
                    quote = (f'<blockquote class="bbc_standard_quote"><cite><a href="/index.php?topic={tid}.msg{mid}#msg{mid}">'
                             f'Trích dẫn từ: {esc(USERS[o["poster"]][0])} vào lúc {sdate(a.date)}</a></cite>{esc(quoted)}'
                             f'</blockquote>')
                html_posts.append(post(tid, mid + n, uid, subject, when, quote + esc(text), n))
        pages = []
        for k in range(total_pages):
            if k * PER_POSTS == start:
                pages.append(f'<span class="current_page">{k + 1}</span>')
            else:
                pages.append(f'<a class="nav_page" href="/index.php?topic={tid}.{k * PER_POSTS}">{k + 1}</a>')
        prev, nxt = neighbours[tid]
        pn = (f'<a href="/index.php?topic={tid}.0;prev_next=prev#new">« Chủ đề trước</a> - '
              f'<a href="/index.php?topic={tid}.0;prev_next=next#new">Chủ đề tiếp »</a>')
        content = (f'<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">{esc(a.title)}'
                   f'</span></h2><p>Bắt đầu bởi {esc(USERS[o["poster"]][0])}, {sdate(a.date)}</p>'
                   f'<span class="nextlinks floatright">{pn}</span><p>0 Thành viên và 2 Khách đang xem chủ đề.</p></div>'
                   f'<div class="pagesection top"><div class="buttonlist floatright"><a class="button button_strip_print" '
                   f'href="/index.php?action=printpage;topic={tid}.0" rel="nofollow">In</a></div><div class="pagelinks '
                   f'floatleft"><a href="#bot" class="button">&#9660;</a> <span class="pages">Trang</span> {" ".join(pages)}</div>'
                   f'</div><div id="forumposts"><form action="/index.php?action=quickmod2;topic={tid}.{start}" method="post" '
                   f'id="quickModForm">{"".join(html_posts)}</form></div><div class="pagesection"><div class="pagelinks floatleft">'
                   f'<span class="pages">Trang</span> {" ".join(pages)}</div></div>'
                   f'<div class="navigate_section"><span class="nextlinks">{pn}</span></div>')
        crumbs = [(boards[o["board"]], f"/index.php?board={o['board']}.0"), (a.title, f"/index.php?topic={tid}.0")]
        links = ""
        if total_pages > 1:
            links = (f'<link rel="next" href="/index.php?topic={tid}.{PER_POSTS}">' if start == 0 else
                     f'<link rel="prev" href="/index.php?topic={tid}.0">')
        return layout(a.title, content, crumbs, f"/index.php?topic={tid}.{start}", o["board"], a.summary(),
                      extra_head=f'{links}<link rel="index" href="/index.php?board={o["board"]}.0">',
                      body_class=f"action_display board_{o['board']}")

    for a in news:
        o = a.opts
        tid, mid = o["topic"], o["msg"]
        page(a.path, topic_page(a, 0))
        site.same_page(f"/index.php?topic={tid}.msg{mid}", a.path)
        a.aliases.append(f"/index.php?topic={tid}.msg{mid}#msg{mid}")
        for k in range(1, len(o["reply_list"]) + 1):
            if k < PER_POSTS:
                site.same_page(f"/index.php?topic={tid}.msg{mid + k}", a.path)
                a.aliases.append(f"/index.php?topic={tid}.msg{mid + k}")
        if len(o["reply_list"]) + 1 > PER_POSTS:
            p2 = f"/index.php?topic={tid}.{PER_POSTS}"
            page(p2, topic_page(a, PER_POSTS))
            site.non_articles.append(p2)
            for k in range(PER_POSTS, len(o["reply_list"]) + 1):
                site.same_page(f"/index.php?topic={tid}.msg{mid + k}", p2)
            site.non_articles.append(f"/index.php?topic={tid}.msg{o['last_msg']}")
        # the print view
        posts = [(o["poster"], a.title, a.date, bbc(a))] + [
            (uid, f"Re: {a.title}", o["reply_when"][k], esc(text)) for k, (uid, _, text, _) in enumerate(o["reply_list"])]
        body = "".join(f'<div class="postheader">Tiêu đề: <strong>{esc(s)}</strong><br>Gửi bởi: <strong>{esc(USERS[u][0])}'
                       f'</strong> vào lúc <strong>{full(w)}</strong></div><div class="postbody">{b}</div>'
                       for u, s, w, b in posts)
        pp = f"/index.php?action=printpage;topic={tid}.0"
        page(pp, f'<!DOCTYPE html><html lang="vi-VN"><head><meta charset="UTF-8"><meta name="robots" content="noindex">'
                 f'<link rel="canonical" href="{{{{base}}}}/index.php?topic={tid}.0"><title>In trang - {esc(a.title)}</title>'
                 f'<style>body, a {{ color: #000; background: #fff; }}</style></head><body><div class="print_options">'
                 f'<a href="/index.php?action=printpage;topic={tid}.0;images">Hiện ảnh</a></div>'
                 f'<h1 id="title">{esc(FORUM)}</h1><h2 id="linktree">Liên minh HTX tỉnh Hòa Bình =&gt; '
                 f'{esc(boards[o["board"]])} =&gt; Chủ đề được bắt đầu bởi: {esc(USERS[o["poster"]][0])} vào lúc '
                 f'{full(a.date)}</h2><div id="posts">{body}</div><div id="footer" class="smalltext">'
                 f'<a href="{{{{base:offsite}}}}/smf/">SMF 2.1.4 © 2023</a>, <a href="{{{{base:offsite}}}}/smf/">Simple Machines'
                 f'</a></div></body></html>')
        site.same_page(f"/index.php?action=printpage;topic={tid}.0;images", pp)
        a.aliases += [pp, f"/index.php?action=printpage;topic={tid}.0;images"]
        if o.get("attach"):
            x = a.attachments[0]
            site.files[f"_routes/dlattach-{o['attach']}.pdf"] = pdf(a.title, ["LIEN MINH HTX TINH HOA BINH",
                                                                                "THONG BAO SO 07/TB-LMHTX"])
            site.routes.append({"path": x["path"], "file": f"_routes/dlattach-{o['attach']}.pdf",
                                "content_type": "application/pdf"})
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/attachments/hb2024/{b.src}", image_for(b.src))
        site.add_article(a)
    # prev_next: SMF shows the neighbouring topic at the asking topic's address
    for a in news:
        tid = a.opts["topic"]
        prev, nxt = neighbours[tid]
        for which, target in (("prev", prev), ("next", nxt)):
            alias = f"/index.php?topic={tid}.0;prev_next={which}"
            site.same_page(alias, target.path)
            target.aliases.append(alias)
    site.trap("every topic also answers at index.php?topic=<t>.msg<m>#msg<m> (its first post), at the print view "
              "index.php?action=printpage;topic=<t>.0 (and ;images), and the neighbouring topics' 'Chủ đề trước / Chủ đề "
              "tiếp' links index.php?topic=<n>.0;prev_next=prev|next serve it too (no redirect): aliases",
              news[0].path)

    # member topics (board 3)
    for q in qa:
        path = f"/index.php?topic={q['topic']}.0"
        posts = post(q["topic"], q["msg"], q["poster"], q["title"], q["when"], esc(q["text"]), 0)
        for k, (uid, text, when) in enumerate(q["replies"], 1):
            posts += post(q["topic"], q["msg"] + k, uid, "Re: " + q["title"], when, esc(text), k)
        content = (f'<div id="display_head" class="information"><h2 class="display_title"><span id="top_subject">'
                   f'{esc(q["title"])}</span></h2><p>Bắt đầu bởi {esc(USERS[q["poster"]][0])}, {sdate(q["when"])}</p></div>'
                   f'<div id="forumposts">{posts}</div>')
        page(path, layout(q["title"], content, [(boards[3], "/index.php?board=3.0"), (q["title"], path)], path, 3,
                          body_class="action_display board_3"))
        site.non_articles.append(path)

    def row(tid: int, msg: int, title: str, starter: int, replies: int, views: int, last: datetime, last_uid: int,
            last_msg: int, sticky: bool = False) -> str:
        return (f'<div class="windowbg{" sticky" if sticky else ""}"><div class="board_icon"><img src="/Themes/default/images/'
                f'post/xx.png" alt=""></div><div class="info info_block"><div class="icons floatright">'
                + ('<span class="main_icons sticky"></span>' if sticky else "") + '</div><div class="message_index_title">'
                f'<span class="preview" title=""><span id="msg_{msg}"><a href="/index.php?topic={tid}.0">{esc(title)}</a>'
                f'</span></span></div><p class="floatleft">Bắt đầu bởi <a href="/index.php?action=profile;u={starter}" '
                f'title="Xem hồ sơ của {attr(USERS[starter][0])}">{esc(USERS[starter][0])}</a></p></div>'
                f'<div class="board_stats centertext"><p>{replies} Trả lời<br>{views} Lượt xem</p></div>'
                f'<div class="lastpost"><p><a href="/index.php?topic={tid}.msg{last_msg}#new" title="Bài viết mới nhất">'
                f'{sdate(last)}</a><br>bởi <a href="/index.php?action=profile;u={last_uid}">{esc(USERS[last_uid][0])}</a>'
                f'</p></div></div>')

    for b in (1, 2):
        ts = board_topics(b)
        chunks = [ts[i:i + PER_TOPICS] for i in range(0, len(ts), PER_TOPICS)]
        for n, chunk in enumerate(chunks):
            path = f"/index.php?board={b}.{n * PER_TOPICS}"
            pages = " ".join(f'<span class="current_page">{k + 1}</span>' if k == n else
                             f'<a class="nav_page" href="/index.php?board={b}.{k * PER_TOPICS}">{k + 1}</a>'
                             for k in range(len(chunks)))
            rows = "".join(row(a.opts["topic"], a.opts["msg"], a.title, a.opts["poster"], len(a.opts["reply_list"]),
                               a.opts["views"], a.opts["last"], a.opts["last_uid"], a.opts["last_msg"]) for a in chunk)
            content = (f'<div id="display_head"><h2>{esc(boards[b])}</h2><p>Tin tức, hoạt động của Liên minh HTX tỉnh và '
                       f'các HTX thành viên</p></div><div class="pagesection"><div class="pagelinks floatleft"><span '
                       f'class="pages">Trang</span> {pages}</div></div><div id="messageindex"><div class="title_bar" '
                       f'id="topic_header"><div class="info">Chủ đề / Bắt đầu bởi</div><div class="board_stats centertext">'
                       f'Trả lời / Lượt xem</div><div class="lastpost">Bài viết mới nhất</div></div><div id="topic_container">'
                       f'{rows}</div></div>')
            page(path, layout(f"{boards[b]}" + (f" - Trang {n + 1}" if n else ""), content,
                              [(boards[b], f"/index.php?board={b}.0")], path, b,
                              extra_head=(f'<link rel="next" href="/index.php?board={b}.{PER_TOPICS}">' if n == 0 and len(chunks) > 1
                                          else ""), body_class=f"action_messageindex board_{b}"))
            site.non_articles.append(path)
    qa_rows = "".join(row(q["topic"], q["msg"], q["title"], q["poster"], len(q["replies"]), 48 + q["topic"] % 17,
                          q["replies"][-1][2] if q["replies"] else q["when"],
                          q["replies"][-1][0] if q["replies"] else q["poster"], q["msg"] + len(q["replies"]), q["sticky"])
                      for q in qa)
    for q in qa:
        site.same_page(f"/index.php?topic={q['topic']}.msg{q['msg'] + len(q['replies'])}", f"/index.php?topic={q['topic']}.0")
    page("/index.php?board=3.0", layout(boards[3], f'<div id="display_head"><h2>{esc(boards[3])}</h2></div><div '
                                        f'id="messageindex"><div id="topic_container">{qa_rows}</div></div>',
                                        [(boards[3], "/index.php?board=3.0")], "/index.php?board=3.0", 3,
                                        body_class="action_messageindex board_3"))
    site.non_articles.append("/index.php?board=3.0")
    site.trap("board lists index.php?board=<b>.0 (6 topics a page) sort by the LAST post and show its date and poster "
              "('Hôm nay lúc 08:30:02 AM bởi Nguyễn Văn Khánh'), not the topic's; the oldest topic is alone on board=1.6; "
              "the members' board (a sticky rules topic, two questions): no articles", "/index.php?board=1.6")

    # recent posts (the last 10 posts, replies too)
    allposts = []
    for a in news:
        o = a.opts
        allposts.append((a.date, a, o["poster"], a.title, o["msg"], 0))
        for k, (uid, _, _, _) in enumerate(o["reply_list"]):
            allposts.append((o["reply_when"][k], a, uid, f"Re: {a.title}", o["msg"] + k + 1, k + 1))
    allposts.sort(key=lambda x: x[0], reverse=True)
    recent = "".join(
        f'<div class="windowbg"><div class="page_number floatright"> #{i + 1}</div><div class="topic_details"><h5>'
        f'<a href="/index.php?board={a.opts["board"]}.0">{esc(boards[a.opts["board"]])}</a> / <a href="/index.php?topic='
        f'{a.opts["topic"]}.msg{m}#msg{m}">{esc(s)}</a></h5><span class="smalltext">« '
        + (f"<strong>Trả lời #{n} vào lúc:</strong>" if n else "<strong>vào lúc:</strong>")
        + f' {sdate(w)} »</span></div><div class="list_posts">bởi {esc(USERS[u][0])}</div></div>'
        for i, (w, a, u, s, m, n) in enumerate(allposts[:10]))
    page("/index.php?action=recent", layout("Bài viết mới", f'<div id="recent" class="main_section"><div class="cat_bar">'
                                            f'<h3 class="catbg">Bài viết mới</h3></div>{recent}</div>',
                                            [("Bài viết mới", "/index.php?action=recent")], body_class="action_recent"))
    site.non_articles.append("/index.php?action=recent")

    # the board index: the news fader, the categories, the info center
    fader = "".join(f"<li>{esc(x)}</li>" for x in NEWS[:2]) + (
        f'<li><a href="{news[1].path}" class="bbc_link">{esc(news[1].title)}</a></li>')
    cats = "".join(
        f'<div id="board_{b}" class="up_contain"><div class="board_icon"><a href="/index.php?board={b}.0" class="board_on">'
        f'</a></div><div class="info"><a class="subject mobile_subject" href="/index.php?board={b}.0" id="b{b}">{esc(n)}</a>'
        f'</div><div class="board_stats"><p>{c} Bài viết<br>{t} Chủ đề</p></div></div>'
        for b, n, c, t in [(1, boards[1], 312, 96), (2, boards[2], 58, 41), (3, boards[3], 423, 118)])
    latest = "".join(
        f'<tr class="windowbg"><td class="recentpost"><strong><a href="/index.php?topic={a.opts["topic"]}.msg{m}#msg{m}">'
        f'{esc(s)}</a></strong></td><td class="recentposter">{esc(USERS[u][0])}</td><td class="recentboard">'
        f'{esc(boards[a.opts["board"]])}</td><td class="recenttime">{sdate(w)}</td></tr>'
        for w, a, u, s, m, n in allposts[:5])
    home = (f'<ul id="smf_slider" class="roundframe">{fader}</ul><script>jQuery("#smf_slider").slippry({{pause: 5000, '
            f'adaptiveHeight: 0, captions: 0, controls: 0}});</script><div id="boardindex_table" class="boardindex_table">'
            f'<div class="main_container"><div class="cat_bar" id="category_1"><h3 class="catbg">Liên minh HTX tỉnh Hòa Bình'
            f'</h3></div><div id="category_1_boards">{cats}</div></div></div><div class="roundframe" id="info_center">'
            f'<div class="title_bar"><h3 class="titlebg">Thông tin diễn đàn</h3></div><div id="upshrinkHeaderIC">'
            f'<div class="sub_bar"><h4 class="subbg"><a href="/index.php?action=recent">Bài viết mới nhất</a></h4></div>'
            f'<div id="recent_posts_content"><table id="ic_recentposts">{latest}</table></div><div class="sub_bar"><h4 '
            f'class="subbg">Thống kê diễn đàn</h4></div><p class="inline">793 Bài viết trong 255 Chủ đề bởi 412 Thành viên. '
            f'Thành viên mới nhất: <strong>Xa Thị Mai</strong></p><div class="sub_bar"><h4 class="subbg">Thành viên trực tuyến'
            f'</h4></div><p class="inline">14 Khách, 0 Thành viên</p></div></div>')
    page("/index.php", layout(FORUM, home, [], "/index.php", desc="Diễn đàn của Liên minh HTX tỉnh Hòa Bình"))
    site.same_page("/", "/index.php")
    site.non_articles += ["/index.php", "/"]
    site.trap("board index: the news fader ul#smf_slider (two news lines and a link to the photo story), the boards, "
              "'Bài viết mới nhất' (the 5 newest posts, replies too) and the statistics: no article", "/index.php")

    for uid, (name, group, count, avatar, _sig) in USERS.items():
        path = f"/index.php?action=profile;u={uid}"
        page(path, layout(f"Xem hồ sơ của {name}", f'<div id="profileview" class="roundframe"><div id="basicinfo"><h4>'
                                                   f'{esc(name)}</h4><p>{esc(group)}</p><p>Bài viết: {count}</p><p>Ngày đăng ký: '
                                                   f'12 Tháng Năm, 2022</p></div></div>',
                          [(f"Xem hồ sơ của {name}", path)], body_class="action_profile"))
        site.non_articles.append(path)
    for path, title, text in [("/index.php?action=help", "Trợ giúp", "Hướng dẫn sử dụng diễn đàn."),
                              ("/index.php?action=agreement", "Điều khoản và Quy định",
                               "Khi tham gia diễn đàn, thành viên đồng ý tuân thủ nội quy của diễn đàn."),
                              ("/index.php?action=search", "Tìm kiếm",
                               '<form action="/index.php?action=search2" method="post"><input type="search" name="search">'
                               '<input type="submit" value="Tìm kiếm" class="button"></form>')]:
        page(path, layout(title, f'<div class="cat_bar"><h3 class="catbg">{esc(title)}</h3></div><div class="roundframe">'
                                 f'{text if text.startswith("<") else esc(text)}</div>', [(title, path)]))
        site.non_articles.append(path)
    site.trap("recent posts, profiles (the office and the admin have accounts too), help, terms and the search form: "
              "no articles", "/index.php?action=recent")
    for path in ["/index.php?action=login", "/index.php?action=search2"] + [
            f"/index.php?action=quickmod2;topic={a.opts['topic']}.0" for a in news] + [
            f"/index.php?action=quickmod2;topic={a.opts['topic']}.{PER_POSTS}" for a in news
            if len(a.opts["reply_list"]) + 1 > PER_POSTS]:
        page(path, layout("Đăng nhập", '<form action="/index.php?action=login2" method="post"><input name="user">'
                                       '<input type="password" name="passwrd"></form>', []))
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /index.php?action=login\nDisallow: /index.php?action=signup\n"
                "Disallow: /index.php?action=reminder\nDisallow: /index.php?action=search2\n"
                "Disallow: /index.php?action=quickmod2\nDisallow: /index.php?PHPSESSID=\n")
    site.trap("robots.txt disallows the login (the top bar's and every 'Thích' / 'Trích dẫn' link), search2 and the "
              "quick-moderation form targets: never fetched; registration is off (no sign-up link)",
              "/index.php?action=login")

    # RSS 2.0: the 5 newest topics (first posts), pubDate in GMT
    def rss(chosen: list[RichArticle], self_href: str) -> str:
        items = "".join(
            f"<item><title><![CDATA[{a.title}]]></title><link>{{{{base}}}}/index.php?topic={a.opts['topic']}.0</link>"
            f"<description><![CDATA[{bbc(a)}]]></description><comments>{{{{base}}}}/index.php?action=post;topic="
            f"{a.opts['topic']}.0</comments><category><![CDATA[{boards[a.opts['board']]}]]></category><pubDate>{gmt(a.date)}"
            f"</pubDate><guid isPermaLink=\"false\">tag:forum.lmhtxhoabinh.vn,{a.date - timedelta(hours=7):%Y-%m-%d}:topic="
            f"{a.opts['topic']}</guid></item>" for a in sorted(chosen, key=lambda x: x.date, reverse=True)[:5])
        return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">'
                f"<channel><title>{esc(FORUM)}</title><link>{{{{base}}}}/index.php</link><description><![CDATA[Tin mới nhất "
                f"trên {FORUM}]]></description><language>vi-VN</language><atom:link rel=\"self\" type=\"application/rss+xml\" "
                f"href=\"{{{{base}}}}{self_href}\" />{items}</channel></rss>\n")

    site.page("/index.php?action=.xml;type=rss2", rss(news, "/index.php?action=.xml;type=rss2"),
              content_type="application/rss+xml; charset=UTF-8")
    for b in (1, 2, 3):
        href = f"/index.php?action=.xml;type=rss2;board={b}"
        site.page(href, rss([a for a in news if a.opts["board"] == b], href), content_type="application/rss+xml; charset=UTF-8")
    site.trap("RSS index.php?action=.xml;type=rss2 (the head's alternate, also ;board=<b>): the 5 newest topics, the "
              "first posts, pubDate in GMT ('Fri, 26 Apr 2024 17:15:48 GMT' is 27 April 00:15:48 in Hòa Bình)",
              "/index.php?action=.xml;type=rss2")
    site.binary("/Themes/default/images/banner-lmhtx-hb.png", image_for("banner-hb"))
    return site
