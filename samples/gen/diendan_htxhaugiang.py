"""Site `diendan-htxhaugiang` (registry family `generic`): "Diễn đàn Hợp tác xã Hậu Giang", the forum of the Hậu Giang
cooperative alliance (since 1 July 2025 part of Cần Thơ city), **Kunena 6.3** (template Aurelia, Vietnamese language
pack) inside **Joomla 5.2** (template Cassiopeia, SEF URLs with URL rewriting). The alliance posts its news as topics of
the categories "Tin tức - Sự kiện" and "Văn bản - Thông báo"; members ask questions in "Hỏi đáp HTX". Written as a
held-out test: no family module, no selectors.

URL shapes: forum index `/dien-dan`; category `/dien-dan/<cat-alias>` (Kunena "sefcats": the alias without its id),
its pages `?start=5`; topic `/dien-dan/<cat-alias>/<id>-<slug>` (rel=canonical), its second page of replies
`?start=6`; the same topic at Joomla's non-SEF `/index.php?option=com_kunena&view=topic&catid=N&id=M&Itemid=108`
(pasted in an article and a reply), and at the Kunena 5 address `/dien-dan/<catid>-<cat-alias>/<id>-<slug>` (301);
recent topics `/dien-dan/topics`, profiles `/dien-dan/user/<id>-<username>`, search `/dien-dan/search`, attachments
`/dien-dan/attachment/<n>?format=raw`, the RSS feed `/dien-dan/topics/mode-topics?format=feed&type=rss`; Joomla pages
`/` (featured, with the mod_kunenalatest module), `/gioi-thieu` (com_content article), `/lien-he` (com_contact).

Why it is hard: the subject is the topic's `<h1>` (an empty icon span before it); EVERY message is a `div.kmessage`
with a `div.kmsg` holding NBBC's BBCode output: no paragraphs, lines between `<br>`, `div.bbcode_center` photo
blocks (`div.kmsgimage` lightbox links, lazy images) with an `<i>` caption, `ul.bbcode_list`, `<b>` headings, a
`div.bbcode_right` byline; the first message is the article, the replies (quotes "X đã viết:") are comments, and
each message has the profile box (rank, post count), a signature `div.ksig`, and maybe "Sửa lần cuối" and a thank-you
line. Dates are Kunena's default "ago" (`<span class="kdate" title="12 Thg 6 2025 14:30">6 ngày 20 giờ trước</span>`):
the absolute time only in the tooltip, relative to the build time (the same for every page); the head's
`article:published_time` (Kunena's OpenGraph) is UTC, so a post of 06:40 is the previous day there. The Joomla
account "BBT Liên minh" (profile:username `bbtlienminh`) posts most news: never the author; a member posting in
person is; a byline names the writer. A topic with more than 6 messages has a second page (`?start=6`) under the
same `<h1>`: replies only. Category lists: 5 topics a page, a sticky topic first, each showing its first and last
post's "ago" dates. The home page (mod_kunenalatest) and the RSS feed list the newest topics.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "diendan-htxhaugiang"
FORUM = "Diễn đàn Hợp tác xã Hậu Giang"
ORG = "Liên minh Hợp tác xã tỉnh Hậu Giang"
HTML = "text/html; charset=utf-8"
NOW = datetime(2025, 6, 18, 10, 40)
ITEMID = 108
TODAY = "Thứ Tư, 18/06/2025"
SLOGAN = "Đoàn kết - Hợp tác - Cùng phát triển"
SIGNATURE = "Ban Biên tập - Liên minh HTX tỉnh Hậu Giang | ĐT: 0293.3878.214 | Email: lmhtx@haugiang.gov.vn"
CATS = {3: ("tin-tuc-su-kien", "Tin tức - Sự kiện", "Hoạt động của Liên minh HTX và các HTX trong tỉnh"),
        4: ("van-ban-thong-bao", "Văn bản - Thông báo", "Kế hoạch, thông báo, hướng dẫn của Liên minh HTX tỉnh"),
        5: ("hoi-dap-htx", "Hỏi đáp HTX", "Thành viên hỏi - Liên minh HTX trả lời")}
# uid: (display name, username, rank, posts, thanks received)
USERS = {62: ("BBT Liên minh", "bbtlienminh", "Quản trị viên", 418, 96),
         71: ("Nguyễn Thị Bé Tư", "betu.lmhtx", "Điều hành viên", 153, 40),
         88: ("Phạm Thanh Phong", "phongtanphuthanh", "Thành viên", 27, 9),
         93: ("HTX Khóm Hỏa Tiến", "htxkhomhoatien", "Thành viên", 12, 3),
         97: ("Trần Văn Út", "utvithuy", "Thành viên", 8, 1)}
FURN = [TODAY, SLOGAN, SIGNATURE, "Bạn đang ở:", "Đăng nhập", "Tên đăng nhập", "Mật khẩu", "Ghi nhớ đăng nhập",
        "Quên mật khẩu?", "Quên tên đăng nhập?", "Tạo tài khoản", "Thống kê truy cập", "Đang trực tuyến: 14",
        "Hôm nay: 387", "Tổng lượt truy cập: 1.286.415", "Thời tiết Vị Thanh", "31°C, có mây, độ ẩm 78%",
        "Liên kết website", "Trang chủ diễn đàn", "Chủ đề mới", "Thời gian tạo trang:", "Được hỗ trợ bởi",
        "Kunena Diễn đàn", "Ngoại tuyến", "Bài viết:", "Cảm ơn đã nhận:", "Các thành viên sau đây đã cảm ơn:",
        "Vui lòng Đăng nhập hoặc Tạo tài khoản để tham gia cuộc hội thoại.",
        "Bản quyền © 2019 - 2025 Liên minh Hợp tác xã tỉnh Hậu Giang",
        "Địa chỉ: số 09 đường Ngô Quyền, phường 5, thành phố Vị Thanh, tỉnh Hậu Giang",
        "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh", "Về đầu trang"]
REPLIES = {1: (97, "Cảm ơn BBT đã đưa tin, HTX chúng tôi sẽ đăng ký tham gia."),
           2: (93, "Cho hỏi hồ sơ nộp bản giấy hay gửi qua thư điện tử được ạ?"),
           3: (71, "HTX gửi bản scan qua thư điện tử trước, bản giấy nộp sau cũng được nhé."),
           4: (88, "Thông tin rất thiết thực cho các HTX nông nghiệp."),
           5: (97, "Mong Liên minh tổ chức thêm lớp ở huyện Phụng Hiệp."),
           6: (93, "HTX Khóm Hỏa Tiến xin đăng ký một gian hàng."),
           7: (71, "Đã ghi nhận, BBT sẽ liên hệ lại trong tuần."),
           8: (97, "Chúc mừng HTX, mô hình rất đáng học hỏi!")}
MONTHS = "Thg"


def kdate_title(d: datetime) -> str:
    return f"{d.day:02d} {MONTHS} {d.month} {d.year} {d:%H:%M}"


def ago(d: datetime) -> str:
    """Kunena's 'ago' format: the two largest units."""
    mins = int((NOW - d).total_seconds() // 60)
    units = [("năm", 525600), ("tháng", 43200), ("tuần", 10080), ("ngày", 1440), ("giờ", 60), ("phút", 1)]
    parts = []
    for k, (name, size) in enumerate(units):
        if mins >= size:
            parts.append(f"{mins // size} {name}")
            rest = mins % size
            nxt = units[k + 1] if k + 1 < len(units) else None
            if nxt and rest >= nxt[1]:
                parts.append(f"{rest // nxt[1]} {nxt[0]}")
            break
    return (" ".join(parts) or "1 phút") + " trước"


def kdate(d: datetime) -> str:
    return f'<span class="kdate " data-bs-toggle="tooltip" title="{kdate_title(d)}">{ago(d)}</span>'


def utc(d: datetime) -> str:
    return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%S+00:00")


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="metadata", evidence=["metadata", "date-element"])

    return [
        A(path="", title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2025",
          lead="**Sáng 17/6, Liên minh HTX tỉnh Hậu Giang tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025.**",
          body="""
Sáu tháng đầu năm, toàn tỉnh thành lập mới 19 HTX, nâng tổng số lên 412 HTX với hơn 21.000 thành viên.
[img so-ket-6-thang-2025.png] Quang cảnh hội nghị sơ kết tại hội trường Liên minh HTX tỉnh
## Kết quả nổi bật
Liên minh HTX đã tư vấn thành lập mới 11 HTX, tổ chức 6 lớp bồi dưỡng cho 420 lượt cán bộ quản lý HTX.
Quỹ hỗ trợ phát triển HTX giải ngân 7,2 tỷ đồng cho 13 dự án, tập trung vào sản xuất lúa chất lượng cao và khóm Cầu Đúc.
## Nhiệm vụ 6 tháng cuối năm
Liên minh HTX tập trung hỗ trợ các HTX hoàn thiện hồ sơ sắp xếp tổ chức, chuẩn bị cho việc hợp nhất với Liên minh HTX thành phố Cần Thơ.
""", byline="Bài và ảnh: Lâm Thị Kiều", author="Lâm Thị Kiều",
          opts={"id": 1287, "mid": 5621, "cat": 3, "uid": 62, "slug": "lien-minh-htx-tinh-so-ket-cong-tac-6-thang-dau-nam-2025",
                "replies": [1, 4]},
          notes=["topic /dien-dan/tin-tuc-su-kien/1287-<slug>: the subject is the <h1>; the first div.kmsg is the text "
                 "(NBBC output: <br> lines, <b> headings, a centred photo with an <i> caption, a right-aligned byline); "
                 "its date 'ago' '1 ngày 2 giờ trước', the time only in the kdate tooltip; article:published_time in UTC; "
                 "'Bài và ảnh: Lâm Thị Kiều' -> author, the posting account 'BBT Liên minh' is none; two replies are comments"],
          **at(datetime(2025, 6, 17, 8, 15))),
        A(path="", title="Thông báo số 21/TB-LMHTX về việc đăng ký tham gia Hội chợ nông sản, sản phẩm OCOP năm 2025",
          body="""
LIÊN MINH HTX TỈNH HẬU GIANG
Số: 21/TB-LMHTX
Hậu Giang, ngày 10 tháng 6 năm 2025
THÔNG BÁO
Về việc đăng ký tham gia Hội chợ nông sản, sản phẩm OCOP năm 2025
Thực hiện kế hoạch xúc tiến thương mại năm 2025, Liên minh HTX tỉnh thông báo đến các HTX, tổ hợp tác đăng ký tham gia Hội chợ nông sản, sản phẩm OCOP tổ chức tại thành phố Vị Thanh từ ngày 18 đến 22/7/2025.
- Mỗi đơn vị được hỗ trợ một gian hàng tiêu chuẩn, miễn phí điện và vận chuyển hàng hóa.
- Hạn đăng ký: trước ngày 30/6/2025, theo mẫu đính kèm.
- Liên hệ: Phòng Tư vấn - Hỗ trợ, điện thoại 0293.3878.216.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Võ Thành Công
""", author=None, doc_number="21/TB-LMHTX",
          attachments=[{"path": "/dien-dan/attachment/341?format=raw", "text": "TB-21-LMHTX-hoi-cho-OCOP-2025.pdf"},
                       {"path": "/dien-dan/attachment/342?format=raw", "text": "Mau-dang-ky-gian-hang.doc"}],
          opts={"id": 1281, "mid": 5590, "cat": 4, "uid": 62, "slug": "thong-bao-so-21-tb-lmhtx-ve-viec-dang-ky-tham-gia-hoi-cho-nong-san-san-pham-ocop-nam-2025",
                "replies": [2, 3, 6, 7], "edited": datetime(2025, 6, 13, 9, 5), "aids": [341, 342]},
          notes=["notice 'Số: 21/TB-LMHTX' dated 10/6 in the text, posted 12/06/2025 14:30 ('5 ngày 20 giờ trước'); 'Sửa lần "
                 "cuối' with its own kdate; the signer ends the text, author null; two files in the message's 'Tập tin đính "
                 "kèm' card (/dien-dan/attachment/N?format=raw): attachments, not text"],
          **at(datetime(2025, 6, 12, 14, 30))),
        A(path="", title="Ảnh: HTX khóm Cầu Đúc vào vụ thu hoạch chính",
          body="""
[img khom-cau-duc-1.png] Thành viên HTX Khóm Hỏa Tiến thu hoạch khóm Cầu Đúc trên vùng trồng đạt chuẩn VietGAP
[img khom-cau-duc-2.png] Khóm được phân loại, đóng thùng ngay tại điểm thu mua của HTX
[img khom-cau-duc-3.png] Xe của doanh nghiệp bao tiêu nhận hàng tại bến Hỏa Tiến
""", byline="Ảnh: Huỳnh Văn Tâm", author="Huỳnh Văn Tâm",
          opts={"id": 1276, "mid": 5563, "cat": 3, "uid": 62, "slug": "anh-htx-khom-cau-duc-vao-vu-thu-hoach-chinh",
                "replies": [6]},
          notes=["photo story: three centred photo blocks (div.kmsgimage links with lazy <img>), each with an <i> caption "
                 "(the lines); posted 06:40 on 04/06/2025: article:published_time '2025-06-03T23:40:00+00:00' is the "
                 "previous day in UTC; 'Ảnh: Huỳnh Văn Tâm' -> author"],
          **at(datetime(2025, 6, 4, 6, 40))),
        A(path="", title="Quỹ hỗ trợ phát triển HTX giải ngân 7,2 tỷ đồng trong 5 tháng đầu năm",
          body="""
Đến hết tháng 5/2025, Quỹ hỗ trợ phát triển HTX tỉnh đã giải ngân cho 13 dự án với tổng số tiền 7,2 tỷ đồng.
| Lĩnh vực | Số dự án | Số tiền (triệu đồng) |
| Trồng trọt | 6 | 3.100 |
| Chăn nuôi, thủy sản | 4 | 2.300 |
| Dịch vụ, chế biến | 3 | 1.800 |
Các dự án đều có phương án sản xuất kinh doanh khả thi, tài sản bảo đảm đầy đủ; đến nay chưa phát sinh nợ quá hạn.
""", author=None,
          opts={"id": 1269, "mid": 5518, "cat": 3, "uid": 62, "slug": "quy-ho-tro-phat-trien-htx-giai-ngan-7-2-ty-dong-trong-5-thang-dau-nam",
                "replies": [4]},
          notes=["a [table] (table.table-bordered), one line per row; no byline, posted by the office account: author null"],
          **at(datetime(2025, 5, 29, 15, 50))),
        A(path="", title="Hướng dẫn hồ sơ đề nghị hỗ trợ HTX áp dụng khoa học công nghệ năm 2025",
          body="""
Theo quy định của tỉnh, HTX đề nghị hỗ trợ ứng dụng khoa học công nghệ cần chuẩn bị hồ sơ gồm:
* Đơn đề nghị hỗ trợ theo mẫu của Sở Nông nghiệp và Môi trường;
* Phương án ứng dụng khoa học công nghệ được Đại hội thành viên thông qua;
* Báo cáo tài chính năm gần nhất của HTX;
* Bản sao giấy chứng nhận đăng ký HTX.
Mức hỗ trợ tối đa 50% chi phí, không quá 300 triệu đồng mỗi HTX.
""", byline="Theo Báo Hậu Giang", author=None,
          opts={"id": 1254, "mid": 5447, "cat": 3, "uid": 71, "slug": "huong-dan-ho-so-de-nghi-ho-tro-htx-ap-dung-khoa-hoc-cong-nghe-nam-2025",
                "replies": [2, 3], "sticky": True},
          notes=["a four-item ul.bbcode_list after a line ending with a colon; 'Theo Báo Hậu Giang' names a newspaper: "
                 "text, author null (the moderator posted it); sticky: first in the category list although older"],
          **at(datetime(2025, 5, 14, 9, 20))),
        A(path="", title="HTX Nông nghiệp Tân Phú Thạnh liên kết tiêu thụ lúa chất lượng cao",
          body="""
Vụ đông xuân vừa qua, HTX Nông nghiệp Tân Phú Thạnh ký hợp đồng bao tiêu 380 ha lúa chất lượng cao với một doanh nghiệp ở Cần Thơ.
[img lua-tan-phu-thanh.png] Máy gặt đập liên hợp thu hoạch lúa trên cánh đồng lớn của HTX
Nhờ liên kết, giá lúa tươi thành viên bán cao hơn thị trường 300 đồng/kg, lợi nhuận bình quân đạt 28 triệu đồng/ha.
Vụ hè thu, HTX mở rộng liên kết lên 450 ha và thí điểm 50 ha lúa giảm phát thải.
""", author="Phạm Thanh Phong",
          opts={"id": 1248, "mid": 5401, "cat": 3, "uid": 88, "slug": "htx-nong-nghiep-tan-phu-thanh-lien-ket-tieu-thu-lua-chat-luong-cao",
                "replies": [8, 4, 1, 5, 7, 2, 8], "thanks": [71, 97]},
          notes=["posted in person by the member 'Phạm Thanh Phong' (the HTX's director), no byline -> author; eight "
                 "messages: the second page ?start=6 repeats the <h1> with two replies only (no article); the "
                 "thank-you line names two members"],
          **at(datetime(2025, 5, 6, 16, 5))),
        A(path="", title="Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho HTX",
          body="""
Ngày 22/4, Liên minh HTX tỉnh phối hợp với Sở Công Thương mở lớp tập huấn kỹ năng bán hàng trực tuyến cho 60 cán bộ HTX.
Học viên được hướng dẫn mở gian hàng, chụp ảnh sản phẩm, livestream và xử lý đơn hàng trên các sàn thương mại điện tử.
Sau lớp học, 24 HTX đã mở gian hàng, chủ yếu bán khóm, chanh không hạt, cá thát lát và các sản phẩm OCOP.
""", byline="Ngọc Hân - Văn phòng Liên minh", author="Ngọc Hân",
          opts={"id": 1233, "mid": 5332, "cat": 3, "uid": 62, "slug": "tap-huan-ky-nang-ban-hang-tren-san-thuong-mai-dien-tu-cho-htx",
                "replies": [5]},
          notes=["byline 'Ngọc Hân - Văn phòng Liên minh' -> author Ngọc Hân; only on the category's second page "
                 "(?start=5)"],
          **at(datetime(2025, 4, 23, 10, 30))),
        A(path="", title="Đại hội thành viên thường niên HTX Thủy sản Vị Thủy năm 2025",
          body="""
Ngày 18/3, HTX Thủy sản Vị Thủy tổ chức Đại hội thành viên thường niên, đánh giá kết quả năm 2024 và bầu bổ sung Hội đồng quản trị.
Năm 2024, HTX cung ứng 1.200 tấn cá thát lát, cá rô đầu vuông cho các cơ sở chế biến, doanh thu đạt 9,6 tỷ đồng.
Đại hội thống nhất chia lãi 12% trên vốn góp và trích 20% lợi nhuận vào quỹ đầu tư phát triển.
""", byline="Trần Minh Luân", author="Trần Minh Luân",
          opts={"id": 1207, "mid": 5210, "cat": 3, "uid": 62, "slug": "dai-hoi-thanh-vien-thuong-nien-htx-thuy-san-vi-thuy-nam-2025",
                "replies": [], "old": True},
          notes=["the bare name 'Trần Minh Luân' closes the text (author); no replies; its Kunena 5 address "
                 "/dien-dan/3-tin-tuc-su-kien/1207-<slug> (linked from /gioi-thieu) 301-redirects: an alias; only on the "
                 "category's second page"],
          **at(datetime(2025, 3, 19, 14, 0))),
    ]


def bbcode_html(a: RichArticle) -> str:
    """NBBC output as Kunena prints it: lines separated by <br>, no paragraphs."""
    out: list[str] = []
    if a.lead:
        out.append(inline_html(a.lead).replace("<strong>", "<b>").replace("</strong>", "</b>") + "<br>\n<br>\n")
    for b in a.blocks:
        if b.kind == "p":
            out.append(inline_html(b.text) + "<br>\n<br>\n")
        elif b.kind == "h":
            out.append(f'<b><span style="font-size:16px;">{esc(b.text)}</span></b><br>\n')
        elif b.kind == "ul":
            out.append('<ul class="bbcode_list">\n' + "".join(f"<li>{inline_html(i)}</li>\n" for i in b.items) + "</ul>\n")
        elif b.kind == "img":
            src = f"/media/kunena/attachments/{a.opts['uid']}/{b.src}"
            out.append(f'<div class="bbcode_center" style="text-align:center">\n<div class="kmsgimage"><a href="{src}" '
                       f'title="{attr(b.src)}" data-fancybox="gallery-{a.opts["mid"]}"><img loading="lazy" src="{src}" '
                       f'style="max-height:800px;" alt="{attr(b.src)}" /></a></div>\n<i>{esc(b.text)}</i></div>\n<br>\n')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="table table-bordered table-striped"><tbody><tr>' + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head)
                       + "</tr>\n" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table>\n<br>\n")
    if a.byline:
        out.append(f'<div class="bbcode_right" style="text-align:right"><b>{esc(a.byline)}</b></div>')
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hau-giang", FORUM, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    news = sorted(articles(), key=lambda a: a.date, reverse=True)
    feed_url = "/dien-dan/topics/mode-topics?format=feed&type=rss"

    def topic_url(a: RichArticle) -> str:
        return f"/dien-dan/{CATS[a.opts['cat']][0]}/{a.opts['id']}-{a.opts['slug']}"

    for a in news:
        a.path = topic_url(a)

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def layout(title: str, component: str, crumbs: list[tuple[str, str]], *, head: str = "", view: str = "category",
               option: str = "com_kunena", desc: str = "Diễn đàn trao đổi, thông tin của Liên minh HTX tỉnh Hậu Giang và các hợp tác xã") -> str:
        bc = "".join(f'<li class="mod-breadcrumbs__item breadcrumb-item"><a href="{h}" class="pathway"><span>{esc(t)}</span></a></li>'
                     for t, h in crumbs[:-1])
        if crumbs:
            bc += f'<li class="mod-breadcrumbs__item breadcrumb-item active"><span>{esc(crumbs[-1][0])}</span></li>'
        menu = [("Trang chủ", "/", 101), ("Giới thiệu", "/gioi-thieu", 102), ("Diễn đàn", "/dien-dan", ITEMID),
                ("Liên hệ", "/lien-he", 110)]
        lis = "".join(f'<li class="nav-item item-{i}{" default" if i == 101 else ""}"><a href="{h}">{t}</a></li>' for t, h, i in menu)
        links = "".join(f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank" rel="noopener">{t}</a></li>'
                        for t, h in [("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("Cổng thông tin điện tử tỉnh Hậu Giang", "/haugiang/"),
                                     ("Báo Kinh tế hợp tác", "/tin-tuc/bai-viet-1.html")])
        return f"""<!DOCTYPE html>
<html lang="vi-vn" dir="ltr">
<head>
	<meta charset="utf-8">
	<meta name="viewport" content="width=device-width, initial-scale=1">
	<meta name="robots" content="index, follow">
	<meta name="description" content="{attr(desc)}">
	<meta name="generator" content="Joomla! - Open Source Content Management">
{head}	<title>{esc(title)}</title>
	<link href="{{{{base}}}}{feed_url.replace('&', '&amp;')}" rel="alternate" type="application/rss+xml" title="{FORUM}">
	<link href="/media/templates/site/cassiopeia/css/template.min.css?0e3c0c" rel="stylesheet">
	<link href="/media/templates/site/cassiopeia/css/vendor/joomla-custom-elements/joomla-alert.min.css?0.4.1" rel="stylesheet">
	<link href="/media/kunena/core/css/kunena.css?6.3.8" rel="stylesheet">
	<link href="/components/com_kunena/template/aurelia/assets/css/kunena.css?6.3.8" rel="stylesheet">
	<script src="/media/vendor/bootstrap/js/bootstrap-es5.min.js?5.3.3" nomodule defer></script>
	<script src="/media/templates/site/cassiopeia/js/template.min.js?0e3c0c" defer></script>
	<script type="application/json" class="joomla-script-options new">{{"joomla.jtext":{{"COM_KUNENA_RATE_LOGIN":"Bạn cần đăng nhập để đánh giá chủ đề"}},"system.paths":{{"root":"","rootFull":"{{{{base}}}}/","base":"","baseFull":"{{{{base}}}}/"}},"csrf.token":"5b9c0f1e2d7a43c8a1f4e6b2d0c9a8f7"}}</script>
</head>
<body class="site {option} wrapper-static view-{view} no-layout no-task itemid-{ITEMID} has-sidebar-right">
	<header class="header container-header full-width">
		<div class="container-topbar">
		<div class="moduletable topbar-date"><span class="date-now">{TODAY}</span></div>
		</div>
		<div class="grid-child">
			<div class="navbar-brand">
				<a class="brand-logo" href="/"><img loading="eager" decoding="async" src="/images/logo/logo-lmhtx-haugiang.png" alt="{ORG}" width="480" height="96"></a>
				<div class="site-description">{SLOGAN}</div>
			</div>
		</div>
		<div class="grid-child container-nav">
			<nav class="navbar navbar-expand-md" aria-label="Menu chính">
			<button class="navbar-toggler navbar-toggler-right" type="button" data-bs-toggle="collapse" data-bs-target="#navbar1" aria-controls="navbar1" aria-expanded="false" aria-label="Hiện/ẩn điều hướng"><span class="icon-menu" aria-hidden="true"></span></button>
			<div class="collapse navbar-collapse" id="navbar1"><ul class="mod-menu mod-list nav ">{lis}</ul></div>
			</nav>
			<div class="container-search"><form class="mod-finder js-finder-searchform form-search" action="/tim-kiem" method="get" role="search">
			<label for="mod-finder-searchword" class="visually-hidden finder">Tìm kiếm</label><input type="text" name="q" id="mod-finder-searchword" class="js-finder-search-query form-control" value="" placeholder="Tìm kiếm ..."></form></div>
		</div>
	</header>
	<div class="site-grid">
		<div class="grid-child container-component">
			<nav class="mod-breadcrumbs__wrapper" aria-label="Breadcrumbs">
				<ol class="mod-breadcrumbs breadcrumb px-3 py-2">
					<li class="mod-breadcrumbs__here float-start">Bạn đang ở: &#160;</li>
					<li class="mod-breadcrumbs__item breadcrumb-item"><a href="/" class="pathway"><span>Trang chủ</span></a></li>{bc}
				</ol>
			</nav>
			<div id="system-message-container" aria-live="polite"></div>
			<main>
{component}
			</main>
		</div>
		<div class="grid-child container-sidebar-right">
			<div class="sidebar-right card ">
				<h3 class="card-header ">Đăng nhập</h3>
				<div class="card-body"><form id="login-form-16" class="mod-login" action="/dien-dan" method="post">
					<div class="mod-login__username form-group"><label for="modlgn-username-16">Tên đăng nhập</label><input id="modlgn-username-16" type="text" name="username" class="form-control" autocomplete="username"></div>
					<div class="mod-login__password form-group"><label for="modlgn-passwd-16">Mật khẩu</label><input id="modlgn-passwd-16" type="password" name="password" class="form-control" autocomplete="current-password"></div>
					<div class="mod-login__remember form-group"><div id="form-login-remember-16" class="form-check"><label class="form-check-label"><input type="checkbox" name="remember" class="form-check-input" value="yes"> Ghi nhớ đăng nhập</label></div></div>
					<div class="mod-login__submit form-group"><button type="submit" name="Submit" class="btn btn-primary w-100">Đăng nhập</button></div>
					<ul class="mod-login__options list-unstyled"><li><a href="/dang-nhap?view=reset">Quên mật khẩu?</a></li><li><a href="/dang-nhap?view=remind">Quên tên đăng nhập?</a></li><li><a href="/dang-nhap?view=registration">Tạo tài khoản <span class="icon-register" aria-hidden="true"></span></a></li></ul>
				</form></div>
			</div>
			<div class="sidebar-right card ">
				<h3 class="card-header ">Thời tiết</h3>
				<div class="card-body"><div class="mod-custom custom"><p><strong>Thời tiết Vị Thanh</strong></p><p>31°C, có mây, độ ẩm 78%</p></div></div>
			</div>
			<div class="sidebar-right card ">
				<h3 class="card-header ">Thống kê truy cập</h3>
				<div class="card-body"><ul class="mod-stats list-group"><li class="list-group-item">Đang trực tuyến: 14</li><li class="list-group-item">Hôm nay: 387</li><li class="list-group-item">Tổng lượt truy cập: 1.286.415</li></ul></div>
			</div>
			<div class="sidebar-right card ">
				<h3 class="card-header ">Liên kết website</h3>
				<div class="card-body"><ul class="mod-menu mod-list nav">{links}</ul></div>
			</div>
		</div>
	</div>
	<footer class="container-footer footer full-width">
		<div class="grid-child">
			<div class="mod-custom custom"><p><strong>Bản quyền © 2019 - 2025 {ORG}</strong></p>
<p>Địa chỉ: số 09 đường Ngô Quyền, phường 5, thành phố Vị Thanh, tỉnh Hậu Giang</p>
<p>Điện thoại: 0293.3878.214 - Email: lmhtx@haugiang.gov.vn</p>
<p>Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh</p></div>
		</div>
	</footer>
	<a href="#top" id="back-top" class="back-to-top-link" aria-label="Về đầu trang"><span class="icon-arrow-up icon-fw" aria-hidden="true"></span> Về đầu trang</a>
</body>
</html>
"""

    def kunena(content: str, kcrumbs: list[tuple[str, str]], secs: str) -> str:
        kb = "".join(f'<li class="breadcrumb-item"><a href="{h}" rel="nofollow">{esc(t)}</a></li>' for t, h in kcrumbs[:-1])
        if kcrumbs:
            kb += f'<li class="breadcrumb-item active" aria-current="page">{esc(kcrumbs[-1][0])}</li>'
        crumbs = (f'<nav class="pathway" aria-label="breadcrumbs"><ol class="breadcrumb"><li class="breadcrumb-item">'
                  f'<span class="icon icon-home" aria-hidden="true"></span><a href="/dien-dan" rel="nofollow">Diễn đàn</a></li>{kb}</ol></nav>')
        return (f'<div id="kunena" class="layout ">\n<nav class="navbar navbar-expand-lg navbar-light bg-light shadow-lg rounded border">'
                f'<div class="container-fluid"><ul class="navbar-nav me-auto mb-2 mb-lg-0">'
                f'<li class="nav-item item-{ITEMID}"><a class="nav-link" href="/dien-dan">Trang chủ diễn đàn</a></li>'
                f'<li class="nav-item item-109"><a class="nav-link" href="/dien-dan/topics">Chủ đề mới</a></li>'
                f'<li class="nav-item item-111"><a class="nav-link" href="/dien-dan/search">Tìm kiếm</a></li></ul></div></nav>\n'
                f'{crumbs}\n{content}\n{crumbs}\n'
                f'<div class="float-end"><a href="{feed_url.replace("&", "&amp;")}" title="RSS" rel="noopener"><span class="icon icon-feed"></span></a></div>'
                f'<div class="clearfix"></div><div class="center small">Thời gian tạo trang: {secs} giây</div>\n'
                f'<div class="center">Được hỗ trợ bởi <a href="{{{{base:offsite}}}}/kunena/" rel="follow" target="_blank">Kunena Diễn đàn</a></div>\n</div>')

    def profile(uid: int) -> str:
        name, uname, rank, posts, thanks = USERS[uid]
        cls = "kwho-admin" if uid == 62 else ("kwho-moderator" if uid == 71 else "kwho-user")
        return (f'<div class="col-md-2 shadow rounded d-none d-sm-block"><ul class="unstyled center profilebox">'
                f'<li><strong><a class="{cls} hasTooltip" href="/dien-dan/user/{uid}-{uname}" title="Xem hồ sơ của {attr(name)}">{esc(name)}</a></strong></li>'
                f'<li><a href="/dien-dan/user/{uid}-{uname}" class="kwho-user"><img class="rounded-circle" src="/media/kunena/avatars/resized/size72/nophoto.png" width="72" height="72" alt="Ảnh đại diện của {attr(name)}" loading="lazy"></a>'
                f'<span class="d-block"><span class="badge bg-secondary">Ngoại tuyến</span></span></li>'
                f'<li><img src="/media/kunena/ranks/rank{1 if uid in (62, 71) else 2}.png" alt="{attr(rank)}"><br>{esc(rank)}</li>'
                f'<li>Bài viết: {posts}</li><li>Cảm ơn đã nhận: {thanks}</li></ul></div>')

    def message(a: RichArticle | None, topic_id: int, cat: int, mid: int, uid: int, subject: str, when: datetime, body: str,
                first: bool, *, edited: datetime | None = None, att: str = "", thanks: list[int] | None = None) -> str:
        name = USERS[uid][0]
        badger = f"{name} đã tạo chủ đề: {subject}" if first else f"{name} đã trả lời chủ đề: {subject}"
        sig = (f'<div class="ksig"><hr><span class="ksignature">{SIGNATURE}</span></div>' if uid == 62 else "")
        edit = (f'<div class="alert alert-info d-none d-sm-block">Sửa lần cuối: {kdate(edited)} bởi {esc(name)}.</div>' if edited else "")
        thank = ""
        if thanks:
            who = ", ".join(f'<a href="/dien-dan/user/{t}-{USERS[t][1]}" class="kwho-user">{esc(USERS[t][0])}</a>' for t in thanks)
            thank = f'<div id="thank{mid}" class="kmessage-thankyou">Các thành viên sau đây đã cảm ơn: {who}</div>'
        return (f'<div class="row message" id="kmessage-{mid}">{profile(uid)}<div class="col-md-10 message-published">'
                f'<small class="text-muted float-end"><span class="icon icon-clock" aria-hidden="true"></span> {kdate(when)} '
                f'<a href="#{mid}" id="{mid}" rel="canonical">#{mid}</a></small><div class="clear-fix"></div>'
                f'<div class="badger-left badger-info message-published" data-badger="{attr(badger)}">'
                f'<div class="kmessage"><div class="horizontal-message"><div class="horizontal-message-top badger-info">'
                f'<div class="kmessage-msgid">#{mid}</div></div></div>'
                f'<div class="kmsg">\n{body}\n</div></div>{att}{sig}</div>{edit}{thank}'
                f'</div></div>')

    def reply_list(a: RichArticle) -> list[tuple[int, int, datetime, str]]:
        out = []
        for k, r in enumerate(a.opts["replies"], 1):
            uid, txt = REPLIES[r]
            when = a.date + timedelta(hours=3 * k, minutes=17 * k)
            if when > NOW:
                when = NOW - timedelta(minutes=40 - 5 * k)
            out.append((a.opts["mid"] + k, uid, when, txt))
        return out

    def last_post(a: RichArticle) -> tuple[int, int, datetime]:
        rp = reply_list(a)
        return (rp[-1][0], rp[-1][1], rp[-1][2]) if rp else (a.opts["mid"], a.opts["uid"], a.date)

    per_topic_page = 6
    secs_cycle = ["0.284", "0.312", "0.197", "0.421", "0.256", "0.339", "0.228", "0.305"]
    for i, a in enumerate(news):
        o = a.opts
        tid, cat, mid = o["id"], o["cat"], o["mid"]
        att = ""
        if o.get("aids"):
            items = "".join(f'<li class="col-md-3 text-center"><div class="thumbnail"><span class="icon icon-file-pdf" aria-hidden="true"></span>'
                            f'<div class="caption"><a href="{x["path"]}" title="{attr(x["text"])}" rel="nofollow">{esc(x["text"])}</a></div>'
                            f'<div class="small">(Kích thước: {180 + 37 * k} KB)</div></div></li>' for k, x in enumerate(a.attachments))
            att = (f'<div class="card pb-3 pd-3 mb-3"><div class="card-header">Tập tin đính kèm:</div><div class="card-body kattach">'
                   f'<ul class="thumbnails">{items}</ul></div></div>')
            for aid, x in zip(o["aids"], a.attachments):
                fname = f"_routes/attachment-{aid}.{'pdf' if x['text'].endswith('.pdf') else 'doc'}"
                site.files[fname] = pdf(a.title, ["THONG BAO SO 21/TB-LMHTX", "Hoi cho nong san OCOP 2025"])
                site.routes.append({"path": x["path"], "file": fname,
                                    "content_type": "application/pdf" if x["text"].endswith(".pdf") else "application/msword"})
        msgs = [message(a, tid, cat, mid, o["uid"], a.title, a.date, bbcode_html(a), True, edited=o.get("edited"), att=att,
                        thanks=o.get("thanks"))]
        for k, (rmid, uid, when, txt) in enumerate(reply_list(a)):
            quote = ""
            if k == 0 and len(o["replies"]) > 1:
                quote = (f'<blockquote><p class="kmsgtext-quote"><b>{esc(USERS[o["uid"]][0])} đã viết:</b> {esc(a.title)}</p></blockquote>\n')
            msgs.append(message(a, tid, cat, rmid, uid, "Re: " + a.title, when, quote + esc(txt), False))
        pages = [msgs[k:k + per_topic_page] for k in range(0, len(msgs), per_topic_page)]
        first_img = a.first_image()
        summary = a.summary()
        head = (f'\t<meta property="og:url" content="{{{{base}}}}{a.path}">\n\t<meta property="og:type" content="article">\n'
                f'\t<meta property="og:title" content="{attr(a.title)}">\n\t<meta property="profile:username" content="{USERS[o["uid"]][1]}">\n'
                f'\t<meta property="og:description" content="{attr(summary)}">\n'
                f'\t<meta property="og:image" content="{{{{base}}}}' + (f'/media/kunena/attachments/{o["uid"]}/{first_img}' if first_img
                                                                           else "/images/logo/logo-lmhtx-haugiang.png") + '">\n'
                f'\t<meta property="article:published_time" content="{utc(a.date)}">\n'
                f'\t<meta property="article:section" content="{CATS[cat][1]}">\n\t<meta name="twitter:card" content="summary">\n'
                f'\t<meta name="twitter:title" content="{attr(a.title)}">\n'
                f'\t<link href="{{{{base}}}}{a.path}" rel="canonical">\n')
        for n, chunk in enumerate(pages):
            pag = ""
            if len(pages) > 1:
                pag = ('<nav class="pagination"><ul class="pagination ms-0">' + "".join(
                    (f'<li class="page-item active"><a class="page-link">{k + 1}</a></li>' if k == n else
                     f'<li class="page-item"><a class="page-link" href="{a.path}{"?start=" + str(k * per_topic_page) if k else ""}">{k + 1}</a></li>')
                    for k in range(len(pages))) + "</ul></nav>")
            comp = (f'<div class="kunena-topic-item ">\n<h1><span class="icon-topic icon icon-file" aria-hidden="true"></span> {esc(a.title)}</h1>\n'
                    f'<div class="float-start">{pag}</div><div class="float-end"><span class="badge bg-info">{len(msgs)} Bài viết</span> '
                    f'<span class="badge bg-info">{312 + 41 * i} lượt xem</span></div><div class="clearfix"></div>\n'
                    f'<div class="topic-item-messages">\n' + "\n".join(chunk) + '\n</div>\n'
                    f'<div class="float-start">{pag}</div><div class="clearfix"></div>\n'
                    f'<div class="alert alert-info">Vui lòng <a href="/dang-nhap" rel="nofollow">Đăng nhập</a> hoặc '
                    f'<a href="/dang-nhap?view=registration" rel="nofollow">Tạo tài khoản</a> để tham gia cuộc hội thoại.</div>\n</div>')
            path = a.path + (f"?start={n * per_topic_page}" if n else "")
            html = layout(f"{a.title} - {CATS[cat][1]} - {FORUM}",
                          kunena(comp, [(CATS[cat][1], f"/dien-dan/{CATS[cat][0]}"), (a.title, a.path)], secs_cycle[i]),
                          [("Diễn đàn", "/dien-dan"), (CATS[cat][1], f"/dien-dan/{CATS[cat][0]}"), (a.title, a.path)],
                          head=head, view="topic", desc=summary)
            page(path, html)
            if n:
                site.non_articles.append(path)
                site.trap("topic page 2 (?start=6): the same <h1>, the last two replies only: not the article", path)
        nonsef = f"/index.php?option=com_kunena&view=topic&catid={cat}&id={tid}&Itemid={ITEMID}"
        site.same_page(nonsef, a.path)
        a.aliases.append(nonsef)
        if o.get("old"):
            old = f"/dien-dan/{cat}-{CATS[cat][0]}/{tid}-{o['slug']}"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/media/kunena/attachments/{o['uid']}/{b.src}", image_for(b.src))
        site.add_article(a)
    # category lists: sticky first, then by last post; 5 a page
    def topic_row(a: RichArticle) -> str:
        lmid, luid, lwhen = last_post(a)
        n = len(reply_list(a)) + 1
        last_href = a.path + (f"?start={((n - 1) // per_topic_page) * per_topic_page}" if n > per_topic_page else "") + f"#{lmid}"
        sticky = '<span class="badge bg-warning">Chú ý</span> ' if a.opts.get("sticky") else ""
        uid = a.opts["uid"]
        return (f'<tr class="category{" sticky" if sticky else ""}"><td class="d-none d-md-table-cell center"><span class="icon icon-topic"></span></td>'
                f'<td><div>{sticky}<a href="{a.path}" class="hasTooltip topictitle" title="{attr(a.title)}">{esc(a.title)}</a></div>'
                f'<div class="started"><span class="ktopic-category">Bắt đầu bởi <a class="kwho-user" href="/dien-dan/user/{uid}-{USERS[uid][1]}">'
                f'{esc(USERS[uid][0])}</a>, {kdate(a.date)}</span></div></td>'
                f'<td class="d-none d-md-table-cell"><div class="replies">Trả lời: {n - 1}</div><div class="views">Lượt xem: {300 + a.opts["id"] % 97}</div></td>'
                f'<td class="d-none d-md-table-cell"><div class="container-fluid"><div class="row"><div class="col-xs-6 col-md-3">'
                f'<img class="rounded-circle" src="/media/kunena/avatars/resized/size36/nophoto.png" width="36" height="36" alt=""></div>'
                f'<div class="col-xs-6 col-md-9"><span class="lastpostlink"><a href="{last_href}" rel="nofollow" title="{attr(a.title)}">Bài viết cuối</a> '
                f'bởi <a class="kwho-user" href="/dien-dan/user/{luid}-{USERS[luid][1]}">{esc(USERS[luid][0])}</a></span><br>'
                f'<span class="datepost">{kdate(lwhen)}</span></div></div></div></td></tr>')

    def category_pages(cat: int, topics: list[RichArticle], extra_rows: list[str] | None = None) -> None:
        alias, name, descr = CATS[cat]
        ordered = sorted(topics, key=lambda a: (not a.opts.get("sticky"), -last_post(a)[2].timestamp()))
        rows = [topic_row(a) for a in ordered] + (extra_rows or [])
        chunks = [rows[k:k + 5] for k in range(0, len(rows), 5)] or [[]]
        for n, chunk in enumerate(chunks):
            pag = ""
            if len(chunks) > 1:
                pag = ('<nav class="pagination"><ul class="pagination ms-0">' + "".join(
                    (f'<li class="page-item active"><a class="page-link">{k + 1}</a></li>' if k == n else
                     f'<li class="page-item"><a class="page-link" href="/dien-dan/{alias}{"?start=" + str(5 * k) if k else ""}">{k + 1}</a></li>')
                    for k in range(len(chunks))) + "</ul></nav>")
            comp = (f'<div class="kfrontend shadow-lg rounded mt-4 border"><h1 class="btn-toolbar float-end"></h1><h2 class="card-header">{esc(name)}</h2>'
                    f'<div class="card-body"><p>{esc(descr)}</p></div></div>{pag}'
                    f'<table class="table table-bordered"><thead><tr><th class="d-none d-md-table-cell"></th><th>Chủ đề</th>'
                    f'<th class="d-none d-md-table-cell">Thống kê</th><th class="d-none d-md-table-cell">Bài viết cuối</th></tr></thead>'
                    f'<tbody class="category-item">{"".join(chunk)}</tbody></table>{pag}')
            path = f"/dien-dan/{alias}" + (f"?start={5 * n}" if n else "")
            page(path, layout(f"{name} - {FORUM}" + (f" - Trang {n + 1}" if n else ""), kunena(comp, [(name, f"/dien-dan/{alias}")], "0.211"),
                              [("Diễn đàn", "/dien-dan"), (name, f"/dien-dan/{alias}")]))
            site.non_articles.append(path)

    category_pages(3, [a for a in news if a.opts["cat"] == 3])
    category_pages(4, [a for a in news if a.opts["cat"] == 4])
    site.trap("category lists /dien-dan/tin-tuc-su-kien (and ?start=5), 5 topics a page, the sticky topic first, each row "
              "with 'Bắt đầu bởi X, <kdate>' and the last post's kdate: listings", "/dien-dan/tin-tuc-su-kien?start=5")

    # Q&A: members' questions (no articles)
    qa = [(1290, 5640, 93, "hoi-ve-thu-tuc-chuyen-doi-to-hop-tac-thanh-htx", "Hỏi về thủ tục chuyển đổi tổ hợp tác thành HTX",
           "Tổ hợp tác khóm của chúng tôi có 9 thành viên, muốn chuyển lên HTX thì cần những giấy tờ gì ạ?", datetime(2025, 6, 16, 20, 12)),
          (1262, 5489, 97, "can-tim-doi-tac-thu-mua-chanh-khong-hat", "Cần tìm đối tác thu mua chanh không hạt",
           "Tổ hợp tác có khoảng 15 tấn chanh không hạt mỗi tháng, cần kết nối doanh nghiệp thu mua ổn định.", datetime(2025, 5, 21, 7, 48))]
    qa_rows = []
    for tid, mid, uid, slug, title, text, when in qa:
        path = f"/dien-dan/hoi-dap-htx/{tid}-{slug}"
        related = news[1]
        answer = (f"Chào bạn, bạn tham khảo hướng dẫn tại chủ đề "
                  f'<a href="/index.php?option=com_kunena&amp;view=topic&amp;catid={related.opts["cat"]}&amp;id={related.opts["id"]}&amp;Itemid={ITEMID}" '
                  f'class="bbcode_url" rel="nofollow" target="_blank">{esc(related.title)}</a> hoặc gọi Phòng Tư vấn - Hỗ trợ.')
        msgs = [message(None, tid, 5, mid, uid, title, when, esc(text), True),
                message(None, tid, 5, mid + 1, 71, "Re: " + title, when + timedelta(hours=13), answer, False)]
        comp = (f'<div class="kunena-topic-item ">\n<h1><span class="icon-topic icon icon-file" aria-hidden="true"></span> {esc(title)}</h1>\n'
                f'<div class="topic-item-messages">\n' + "\n".join(msgs) + "\n</div>\n</div>")
        page(path, layout(f"{title} - {CATS[5][1]} - {FORUM}", kunena(comp, [(CATS[5][1], "/dien-dan/hoi-dap-htx"), (title, path)], "0.188"),
                          [("Diễn đàn", "/dien-dan"), (CATS[5][1], "/dien-dan/hoi-dap-htx"), (title, path)], view="topic",
                          head=f'\t<link href="{{{{base}}}}{path}" rel="canonical">\n'))
        site.non_articles.append(path)
        qa_rows.append(f'<tr class="category"><td></td><td><div><a href="{path}" class="hasTooltip topictitle">{esc(title)}</a></div>'
                       f'<div class="started"><span class="ktopic-category">Bắt đầu bởi <a class="kwho-user" href="/dien-dan/user/{uid}-{USERS[uid][1]}">'
                       f'{esc(USERS[uid][0])}</a>, {kdate(when)}</span></div></td><td>Trả lời: 1</td><td>{kdate(when + timedelta(hours=13))}</td></tr>')
    comp = (f'<div class="kfrontend shadow-lg rounded mt-4 border"><h2 class="card-header">{CATS[5][1]}</h2><div class="card-body"><p>{CATS[5][2]}</p></div></div>'
            f'<table class="table table-bordered"><tbody class="category-item">{"".join(qa_rows)}</tbody></table>')
    page("/dien-dan/hoi-dap-htx", layout(f"{CATS[5][1]} - {FORUM}", kunena(comp, [(CATS[5][1], "/dien-dan/hoi-dap-htx")], "0.176"),
                                         [("Diễn đàn", "/dien-dan"), (CATS[5][1], "/dien-dan/hoi-dap-htx")]))
    site.non_articles.append("/dien-dan/hoi-dap-htx")
    site.trap("members' questions in 'Hỏi đáp HTX' (same topic markup, the answer links a news topic by its non-SEF "
              "index.php?option=com_kunena&view=topic… address): not articles", f"/dien-dan/hoi-dap-htx/{qa[0][0]}-{qa[0][3]}")

    # forum index
    def cat_block(cat: int, topics: list) -> str:
        alias, name, descr = CATS[cat]
        last = max(topics, key=lambda t: t[1])
        return (f'<tr class="category"><td class="d-none d-md-table-cell center"><span class="icon icon-folder"></span></td>'
                f'<td><div><h3><a href="/dien-dan/{alias}" class="hasTooltip">{esc(name)}</a></h3></div><div class="kdescription">{esc(descr)}</div></td>'
                f'<td class="d-none d-md-table-cell">{len(topics)} Chủ đề</td><td class="d-none d-md-table-cell">'
                f'<a href="{last[0]}" rel="nofollow">{esc(last[2])}</a><br>{kdate(last[1])}</td></tr>')
    cats_topics = {c: [(a.path, a.date, a.title) for a in news if a.opts["cat"] == c] for c in (3, 4)}
    cats_topics[5] = [(f"/dien-dan/hoi-dap-htx/{q[0]}-{q[3]}", q[6], q[4]) for q in qa]
    index = (f'<div class="kfrontend shadow-lg rounded mt-4 border"><h2 class="card-header">{ORG}</h2>'
             f'<table class="table table-bordered"><tbody>{"".join(cat_block(c, t) for c, t in cats_topics.items())}</tbody></table></div>'
             f'<div class="kfrontend shadow-lg rounded mt-4 border"><h2 class="card-header">Thống kê diễn đàn</h2><div class="card-body">'
             f'<ul class="list-unstyled"><li>Tổng số bài viết: 2.418</li><li>Tổng số chủ đề: 611</li><li>Tổng số thành viên: 734</li>'
             f'<li>Thành viên mới nhất: <a href="/dien-dan/user/97-utvithuy">Trần Văn Út</a></li></ul></div></div>')
    page("/dien-dan", layout(f"Diễn đàn - {FORUM}", kunena(index, [], "0.243"), [("Diễn đàn", "/dien-dan")]))
    site.non_articles.append("/dien-dan")

    # recent topics
    recent = sorted(news, key=lambda a: last_post(a)[2], reverse=True)
    rows = "".join(topic_row(a) for a in recent[:6])
    page("/dien-dan/topics", layout(f"Chủ đề mới - {FORUM}", kunena(f'<h2 class="card-header">Chủ đề mới</h2><table class="table table-bordered">'
                                                                    f'<tbody class="category-item">{rows}</tbody></table>', [("Chủ đề mới", "/dien-dan/topics")], "0.302"),
                                    [("Diễn đàn", "/dien-dan"), ("Chủ đề mới", "/dien-dan/topics")]))
    site.non_articles.append("/dien-dan/topics")

    # profiles, search
    for uid, (name, uname, rank, posts, thanks) in USERS.items():
        path = f"/dien-dan/user/{uid}-{uname}"
        mine = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> {kdate(a.date)}</li>' for a in news if a.opts["uid"] == uid)
        comp = (f'<h1>{esc(name)}</h1><div class="kprofile"><ul class="list-unstyled"><li>Cấp bậc: {esc(rank)}</li><li>Bài viết: {posts}</li>'
                f'<li>Cảm ơn đã nhận: {thanks}</li><li>Đăng ký: 2019</li></ul><h3>Bài viết</h3><ul>{mine}</ul></div>')
        page(path, layout(f"Hồ sơ của {name} - {FORUM}", kunena(comp, [(name, path)], "0.166"), [("Diễn đàn", "/dien-dan"), (name, path)], view="user"))
        site.non_articles.append(path)
    page("/dien-dan/search", layout(f"Tìm kiếm - {FORUM}", kunena('<h1>Tìm kiếm</h1><form action="/dien-dan/search" method="post">'
                                                                  '<input type="text" name="query" class="form-control"><button type="submit">Tìm kiếm</button></form>',
                                                                  [("Tìm kiếm", "/dien-dan/search")], "0.120"),
                                    [("Diễn đàn", "/dien-dan"), ("Tìm kiếm", "/dien-dan/search")], view="search"))
    site.non_articles.append("/dien-dan/search")
    login = layout(f"Đăng nhập - {FORUM}", '<div class="com-users-login login"><form action="/dang-nhap" method="post"><fieldset>'
                   '<label>Tên đăng nhập</label><input type="text" name="username"><label>Mật khẩu</label><input type="password" name="password">'
                   '<button type="submit">Đăng nhập</button></fieldset></form></div>', [("Đăng nhập", "/dang-nhap")], option="com_users", view="login")
    page("/dang-nhap", login)
    for q in ("view=reset", "view=remind", "view=registration"):
        site.same_page(f"/dang-nhap?{q}", "/dang-nhap")
    site.non_articles.append("/dang-nhap")

    # Joomla pages: home (featured + mod_kunenalatest), about, contact
    latest = "".join(f'<li class="klatest-item"><a href="{a.path}" title="{attr(a.title)}" rel="nofollow">{esc(a.title)}</a>'
                     f'<div class="klatest-itemdetails"><span class="klatest-date">{kdate(a.date)}</span> bởi '
                     f'<span class="klatest-author">{esc(USERS[a.opts["uid"]][0])}</span></div></li>' for a in news[:5])
    home = (f'<div class="blog-featured"><div class="items-leading clearfix"><div class="com-content-category-blog__item blog-item">'
            f'<div class="item-content"><h2 class="item-title">Chào mừng đến với {FORUM}</h2>'
            f'<p>Diễn đàn là nơi {ORG} đăng tải tin tức, văn bản và trả lời các câu hỏi của HTX, tổ hợp tác trong tỉnh.</p>'
            f'<p>Mời các HTX xem thông báo mới nhất: <a href="/index.php?option=com_kunena&amp;view=topic&amp;catid={news[1].opts["cat"]}&amp;id={news[1].opts["id"]}&amp;Itemid={ITEMID}">'
            f'{esc(news[1].title)}</a>.</p></div></div></div></div>'
            f'<div class="moduletable "><h3>Chủ đề mới trên diễn đàn</h3><div class="klatest"><ul class="klatest-items">{latest}</ul>'
            f'<p class="klatest-more"><a href="/dien-dan/topics" rel="nofollow">Xem thêm...</a></p></div></div>')
    page("/", layout(FORUM, home, [], option="com_content", view="featured"))
    site.non_articles.append("/")
    old = next(a for a in news if a.opts.get("old"))
    about = (f'<div class="com-content-article item-page" itemscope itemtype="https://schema.org/Article"><meta itemprop="inLanguage" content="vi-VN">'
             f'<div class="page-header"><h1 itemprop="headline">Giới thiệu</h1></div><dl class="article-info text-muted"><dt class="article-info-term">Chi tiết</dt>'
             f'<dd class="hits"><span class="icon-eye icon-fw" aria-hidden="true"></span><meta itemprop="interactionCount" content="UserPageVisits:5127">Lượt xem: 5127</dd></dl>'
             f'<div itemprop="articleBody" class="com-content-article__body"><p>{ORG} được thành lập năm 2004, là tổ chức kinh tế - xã hội đại diện cho các HTX, '
             f'liên hiệp HTX và tổ hợp tác trong tỉnh.</p><p>Diễn đàn chuyển sang Kunena 6 năm 2024; các địa chỉ cũ vẫn dùng được, ví dụ '
             f'<a href="/dien-dan/{old.opts["cat"]}-{CATS[old.opts["cat"]][0]}/{old.opts["id"]}-{old.opts["slug"]}">{esc(old.title)}</a>.</p></div></div>')
    page("/gioi-thieu", layout(f"Giới thiệu - {FORUM}", about, [("Giới thiệu", "/gioi-thieu")], option="com_content", view="article"))
    contact = ('<div class="com-contact contact"><div class="page-header"><h1><span class="contact-name">Văn phòng Liên minh HTX tỉnh</span></h1></div>'
               '<div class="com-contact__container"><h3>Liên hệ</h3><dl class="com-contact__address contact-address dl-horizontal"><dd><span class="contact-street">'
               'Số 09 đường Ngô Quyền, phường 5</span></dd><dd><span class="contact-suburb">Thành phố Vị Thanh</span></dd><dd><span class="contact-telephone">'
               '0293.3878.214</span></dd></dl></div><form id="contact-form" action="/lien-he" method="post"><fieldset><legend>Gửi thư cho chúng tôi</legend>'
               '<input type="text" name="jform[contact_name]"><textarea name="jform[contact_message]"></textarea></fieldset></form></div>')
    page("/lien-he", layout(f"Liên hệ - {FORUM}", contact, [("Liên hệ", "/lien-he")], option="com_contact", view="contact"))
    site.non_articles += ["/gioi-thieu", "/lien-he"]
    site.trap("Joomla pages: the home page (featured article linking a topic's non-SEF address, mod_kunenalatest with "
              "kdate 'ago' dates), /gioi-thieu (a com_content article page: h1, 'Lượt xem') and /lien-he: not articles", "/gioi-thieu")

    # RSS feed (Kunena: the newest topics, first message's text)
    items = "".join(f'<item><title>{esc(a.title)}</title><link>{{{{base}}}}{a.path}</link><guid isPermaLink="true">{{{{base}}}}{a.path}</guid>'
                    f'<description><![CDATA[{esc(a.summary())}]]></description><author>{USERS[a.opts["uid"]][1]}@example.invalid ({esc(USERS[a.opts["uid"]][0])})</author>'
                    f'<category>{CATS[a.opts["cat"]][1]}</category><pubDate>{(a.date - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} +0000</pubDate></item>'
                    for a in news)
    site.page(feed_url, f'<?xml version="1.0" encoding="utf-8"?>\n<!-- generator="Joomla! - Open Source Content Management" -->\n'
                        f'<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>{FORUM}</title>'
                        f'<description>Chủ đề mới</description><link>{{{{base}}}}/dien-dan</link><lastBuildDate>{(NOW - timedelta(hours=7)):%a, %d %b %Y %H:%M:%S} +0000</lastBuildDate>'
                        f'<generator>Joomla! - Open Source Content Management</generator><language>vi-vn</language>{items}</channel></rss>\n',
              content_type="application/rss+xml; charset=utf-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /administrator/\nDisallow: /api/\nDisallow: /bin/\nDisallow: /cache/\n"
                "Disallow: /cli/\nDisallow: /components/\nDisallow: /includes/\nDisallow: /installation/\nDisallow: /language/\n"
                "Disallow: /layouts/\nDisallow: /libraries/\nDisallow: /logs/\nDisallow: /modules/\nDisallow: /plugins/\nDisallow: /tmp/\n")
    for name in ("/images/logo/logo-lmhtx-haugiang.png", "/media/kunena/avatars/resized/size72/nophoto.png",
                 "/media/kunena/avatars/resized/size36/nophoto.png", "/media/kunena/ranks/rank1.png", "/media/kunena/ranks/rank2.png"):
        site.binary(name, image_for(name))
    site.trap("every topic answers at its SEF /dien-dan/<cat>/<id>-<slug> (canonical) and Joomla's non-SEF "
              "index.php?option=com_kunena&view=topic&catid=N&id=M&Itemid=108 (aliases); the 'ago' kdate of every message is "
              "relative to 18/06/2025 10:40, the absolute time only in its title; the RSS feed (head alternate) is no page",
              news[0].path)
    return site
