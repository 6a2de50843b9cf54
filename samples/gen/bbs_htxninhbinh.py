"""Site `bbs-htxninhbinh` (registry family `generic`): "Diễn đàn Liên minh HTX tỉnh Ninh Bình" on **PHPWind 9.0**
(the UTF-8 edition with the compatibility layer of the 8.x scripts kept on: `read.php`, `thread.php`, the static
rewrite "-htm-", the archiver `/simple/`; a Vietnamese language pack made by the local web company that translated
the floor names too; the server time zone set to GMT+7; the copy is of Thursday 23 May 2024, 09:40). The alliance's
office posts its news and notices as threads in two boards; members reply. Written as a held-out test: no family
module, no selectors.

URL shapes: a thread `/read-htm-tid-<tid>.html` (the rewrite, what the boards link); the same page as
`/read.php?tid=<tid>` (the "Chủ đề mới" sidebar, the RSS), as `/read-htm-tid-<tid>-fpage-2.html` (from a board's page
2) and, for a one-page thread, as `/read.php?tid=<tid>&page=e` (the board's last-post link: `e` is the last page):
aliases; a thread's second page of replies `/read.php?tid=<tid>&page=2` (not an article); boards `/thread-htm-fid-<fid>
.html` (= `/thread.php?fid=<fid>`), their page 2 `/thread-htm-fid-<fid>-page-2.html` (5 threads a page, sorted by
last reply, the stickies on top of page 1 only); the archiver `/simple/`, `/simple/?f<fid>.html`,
`/simple/?f<fid>_2.html` and `/simple/?t<tid>.html` (a plain copy of the thread: an alias); user spaces
`/u.php?uid=<uid>`; attachments `/job.php?action=download&aid=<aid>`; the RSS `/rss.php?fid=<fid>`; `/search.php`;
`/login.php`, `/register.php` and `/post.php?…` (robots.txt disallows them).

Why it is hard: a table layout from 2010 with `<base id="headbase">` and relative links. Each floor is a
`table.floot`: the poster's column `td.floot_left` (name, avatar, "Cấp bậc", "UID", "Bài viết", "Điểm", "Uy tín",
"Đăng ký", "Trạng thái: Ngoại tuyến") and `td.floot_right` with the floor line ("#1 Chủ thớt", "#2 Sofa", "#3 Ghế
đẩu", "#4 Sàn nhà", then "#5 Tầng 5"…: the 楼主/沙发/板凳/地板 of the Chinese original, localised) and "Đăng lúc
2024-05-12 14:05", the subject `h1#subject_tpc` in the first floor only, the post `div#read_tpc` (UBB output: lines
separated by `<br />`, `<b>` headings, `ul.ubb_ul` lists, `table.read_form`, images with an `<i>` caption line), the
attachment box ("Tệp đính kèm: … Lượt tải: 12"), PHPWind's edit stamp "[Bài viết được … chỉnh sửa lúc …]", the
poster's signature and the tool line. Replies (floors 2+, with "Trích dẫn bài của …" quotes of the first post) are
never text. The article is the first floor of a thread in "Tin tức - Sự kiện" or "Văn bản - Thông báo"; the rules
thread (a global sticky) and the members' questions in "Hỏi đáp HTX" are not news. Dates: the floor line has minutes
only; the RSS gives GMT (the thread of 00:10 on 14 May reads "Mon, 13 May 2024 17:10:00 GMT"); the boards print the
day; the footer prints the copy's time. The author: the poster when the account is a person's name ("Phạm Thu
Trang"), never "admin", the office account "lienminhninhbinh" nor a member's handle ("hoanghai_htx"); a closing byline
overrides. The oldest news is only on the board's page 2 (and the archiver's).
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "bbs-htxninhbinh"
NAME = "Diễn đàn Liên minh HTX tỉnh Ninh Bình"
NOW = datetime(2024, 5, 23, 9, 40)
PER = 5
REPLIES = 10
FORUMS = {2: ("Tin tức - Sự kiện", "Hoạt động của Liên minh HTX tỉnh và các HTX thành viên"),
          3: ("Văn bản - Thông báo", "Thông báo, hướng dẫn của Liên minh HTX tỉnh"),
          5: ("Hỏi đáp HTX", "Hỏi đáp về thành lập, tổ chức và hoạt động của HTX"),
          6: ("Góp ý - Hỗ trợ", "Góp ý về diễn đàn")}
# uid: (name, level, points, posts, registered, signature)
USERS = {1: ("admin", "Quản trị viên", 2150, 312, "2019-08-02", ""),
         3: ("lienminhninhbinh", "Quản trị viên", 1840, 268, "2019-08-05",
             "Liên minh HTX tỉnh Ninh Bình - Đồng hành cùng hợp tác xã"),
         7: ("Phạm Thu Trang", "Điều hành viên", 960, 141, "2020-03-11", ""),
         12: ("hoanghai_htx", "Thành viên tích cực", 415, 77, "2021-06-19", "HTX DVNN Khánh Thiện - Yên Khánh"),
         18: ("nguyenvanquy", "Thành viên", 88, 19, "2022-09-30", ""),
         21: ("htxgiasinh", "Thành viên", 132, 25, "2022-02-14", ""),
         25: ("dinhthuylinh", "Thành viên mới", 24, 6, "2024-03-02", "")}
UID = {v[0]: k for k, v in USERS.items()}
FLOORS = {1: "Chủ thớt", 2: "Sofa", 3: "Ghế đẩu", 4: "Sàn nhà"}
NOW_LINE = f"Thời gian hiện tại: {NOW:%Y-%m-%d %H:%M}"
COPY = "Powered by phpwind v9.0 © 2003-2015 phpwind.com"
ADDRESS = "Liên minh Hợp tác xã tỉnh Ninh Bình - Số 10 đường Lê Hồng Phong, TP Ninh Bình - ĐT: 0229.3871.025"
FURN = [NOW_LINE, COPY, ADDRESS, "Chào khách!", "Cấp bậc:", "Uy tín:", "Trạng thái: Ngoại tuyến", "Chủ thớt",
        "Chỉ xem bài của tác giả", "Trích dẫn", "Báo cáo", "Lên đầu", "Chủ đề mới", "Gửi chủ đề mới",
        "Trả lời nhanh", "Bản rút gọn (Archiver)", "Lượt tải:", "Tệp đính kèm:", "Trang chủ diễn đàn",
        "Bạn cần đăng nhập để trả lời chủ đề", "[Bài viết được"]


def h(text: str, n: int = 16) -> str:
    return hashlib.md5(text.encode()).hexdigest()[:n]


def gmt(d: datetime) -> str:
    return f"{d - timedelta(hours=7):%a, %d %b %Y %H:%M:%S} GMT"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 09/TB-LMHTX về việc mở lớp bồi dưỡng kiến thức quản lý HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH NINH BÌNH
Số: 09/TB-LMHTX
Ninh Bình, ngày 15 tháng 5 năm 2024
THÔNG BÁO
Về việc mở lớp bồi dưỡng kiến thức quản lý HTX năm 2024
Liên minh HTX tỉnh mở lớp bồi dưỡng kiến thức quản lý cho giám đốc, kế toán HTX từ ngày 04/6 đến ngày 06/6/2024 tại Hội trường Liên minh HTX tỉnh.
Mỗi HTX cử không quá 02 người tham dự; học viên được hỗ trợ tài liệu và tiền ăn trong thời gian học.
Các HTX gửi danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 29/5/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Văn Hùng
""", author=None, doc_number="09/TB-LMHTX",
          attachments=[{"path": "/job.php?action=download&aid=17", "text": "TB-09-LMHTX-2024.pdf"}],
          opts={"fid": 3, "by": "lienminhninhbinh", "views": 421, "sticky": True,
                "replies": [("htxgiasinh", "HTX Gia Sinh đăng ký 2 học viên, đã gửi danh sách qua email ạ.", None)]},
          notes=["notice 'Số: 09/TB-LMHTX' dated 15/5 in its text, posted 'Đăng lúc 2024-05-16 08:45' (the first floor); "
                 "sticky on page 1 of its board; posted by the office account lienminhninhbinh: no author; the signer is "
                 "text; the attachment box 'Tệp đính kèm: TB-09-LMHTX-2024.pdf (118 K) Lượt tải: 12' (job.php?action="
                 "download&aid=17) is an attachment, not text; the account's signature under it is not text"],
          **at(datetime(2024, 5, 16, 8, 45))),
        A(path="", title="Liên minh HTX tỉnh làm việc với HTX Nông nghiệp Khánh Cư",
          body="""
Chiều 13/5, đoàn công tác Liên minh HTX tỉnh đã làm việc với HTX Nông nghiệp Khánh Cư (huyện Yên Khánh).
HTX hiện có 1.260 thành viên, cung ứng dịch vụ thủy lợi, làm đất, bảo vệ thực vật và tiêu thụ lúa gạo.
Năm 2023, doanh thu của HTX đạt 6,8 tỷ đồng, lãi 410 triệu đồng.
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng thương hiệu gạo Khánh Cư và kết nối tiêu thụ qua sàn thương mại điện tử.
""", author=None,
          opts={"fid": 2, "by": "admin", "views": 318, "edited": datetime(2024, 5, 14, 8, 2),
                "replies": [("hoanghai_htx", "HTX Khánh Cư làm dịch vụ rất tốt, bà con trong xã đều tin tưởng.", None)]},
          notes=["posted at 00:10 on 14 May about the afternoon of 13/5 ('Đăng lúc 2024-05-14 00:10'); the RSS gives GMT: "
                 "'Mon, 13 May 2024 17:10:00 GMT' (the previous day); PHPWind's edit stamp '[Bài viết được admin chỉnh sửa "
                 "lúc 2024-05-14 08:02]' inside the post is neither text nor the date; posted by 'admin': no author"],
          **at(datetime(2024, 5, 14, 0, 10))),
        A(path="", title="Ảnh: HTX Thêu ren Văn Lâm đón khách du lịch mùa sen",
          body="""
Tháng 5, làng nghề thêu ren Văn Lâm (huyện Hoa Lư) đón nhiều đoàn khách du lịch đến tham quan, mua sắm.
[img van-lam-1.jpg] Thợ thêu của HTX hoàn thiện bức tranh thêu phong cảnh Tam Cốc
[img van-lam-2.jpg] Du khách nước ngoài chọn mua khăn trải bàn thêu tay tại cửa hàng của HTX
[img van-lam-3.jpg] Sản phẩm thêu ren Văn Lâm đạt chứng nhận OCOP 4 sao
HTX hiện tạo việc làm thường xuyên cho 320 thợ thêu với thu nhập 5-6 triệu đồng/tháng.
""", byline="Bài, ảnh: Đinh Văn Mạnh", author="Đinh Văn Mạnh",
          opts={"fid": 2, "by": "Phạm Thu Trang", "views": 536,
                "replies": [("dinhthuylinh", "Ảnh đẹp quá, cuối tuần này em sẽ đưa gia đình về Văn Lâm.", None),
                            ("htxgiasinh", "Sản phẩm thêu Văn Lâm tinh xảo thật.", None)]},
          notes=["photo story: UBB images in the post, each caption an <i> line after the image (one line each); posted by "
                 "Phạm Thu Trang but 'Bài, ảnh: Đinh Văn Mạnh' closes it -> Đinh Văn Mạnh"],
          **at(datetime(2024, 5, 9, 16, 20))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Ninh Bình quý I năm 2024",
          body="""
Quý I/2024, kinh tế tập thể tỉnh Ninh Bình duy trì ổn định, số HTX hoạt động hiệu quả tăng so với cùng kỳ.
| Chỉ tiêu | Đơn vị | Quý I/2024 | Quý I/2023 |
| HTX đang hoạt động | HTX | 452 | 437 |
| HTX thành lập mới | HTX | 9 | 6 |
| Thành viên HTX | người | 118.640 | 117.905 |
| Doanh thu bình quân một HTX | triệu đồng | 1.180 | 1.095 |
Liên minh HTX tỉnh tiếp tục tuyên truyền, hướng dẫn các HTX thực hiện Luật Hợp tác xã năm 2023.
""", author="Phạm Thu Trang",
          opts={"fid": 2, "by": "Phạm Thu Trang", "views": 1204,
                "replies": [("nguyenvanquy", "Cho hỏi số liệu này đã tính các HTX phi nông nghiệp chưa ạ?", "quote"),
                            ("Phạm Thu Trang", "Đã tính đủ các lĩnh vực bạn nhé.", None),
                            ("hoanghai_htx", "Cảm ơn Liên minh đã cập nhật số liệu.", None),
                            ("htxgiasinh", "Số HTX mới tăng là tín hiệu tốt.", None),
                            ("dinhthuylinh", "Em đang làm tiểu luận về HTX, số liệu rất hữu ích.", None),
                            ("nguyenvanquy", "Mong Liên minh công bố cả số liệu theo từng huyện.", None),
                            ("lienminhninhbinh", "Số liệu theo huyện sẽ được đăng trong báo cáo 6 tháng.", None),
                            ("hoanghai_htx", "Rất mong chờ báo cáo 6 tháng.", None),
                            ("htxgiasinh", "Doanh thu bình quân còn thấp so với các tỉnh lân cận.", None),
                            ("dinhthuylinh", "Cảm ơn chị Trang.", None),
                            ("nguyenvanquy", "Đã nhận được thông tin, cảm ơn.", None),
                            ("htxgiasinh", "Theo dõi chủ đề.", None)]},
          notes=["a UBB table (table.read_form, the first row bold): one line per row; posted by 'Phạm Thu Trang' (a staff "
                 "member's account under her own name), no byline: she is the author; 12 replies: page 2 "
                 "(read.php?tid=…&page=2, and the board's last-post link page=e) holds only replies; the first reply "
                 "quotes the lead's first sentence ('Trích dẫn bài của Phạm Thu Trang'): not text; the board sorts by "
                 "last reply, so this thread heads page 1"],
          **at(datetime(2024, 4, 25, 10, 30))),
        A(path="", title="Hướng dẫn HTX tổ chức lại theo Luật Hợp tác xã năm 2023",
          body="""
Luật Hợp tác xã năm 2023 có hiệu lực từ ngày 01/7/2024; các HTX đã thành lập phải rà soát, sửa đổi điều lệ cho phù hợp.
## Những việc HTX cần làm
* Rà soát điều lệ, quy chế nội bộ theo quy định mới;
* Tổ chức đại hội thành viên để thông qua điều lệ sửa đổi;
* Đăng ký thay đổi nội dung đăng ký HTX tại cơ quan đăng ký kinh doanh cấp huyện;
* Lập sổ đăng ký thành viên và sổ theo dõi vốn góp.
Liên minh HTX tỉnh hỗ trợ miễn phí các HTX soạn thảo điều lệ mẫu và hồ sơ đăng ký.
""", byline="Vũ Thị Ngọc - Ban Tổ chức - Kiểm tra", author="Vũ Thị Ngọc",
          opts={"fid": 3, "by": "admin", "views": 688,
                "replies": [("nguyenvanquy", "HTX tôi chưa đại hội, hạn cuối là khi nào ạ?", None)]},
          notes=["a bold UBB heading line and a list (ul.ubb_ul, one line each); posted by 'admin' but 'Vũ Thị Ngọc - Ban Tổ "
                 "chức - Kiểm tra' closes it -> Vũ Thị Ngọc"],
          **at(datetime(2024, 4, 18, 9, 0))),
        A(path="", title="HTX Dịch vụ nông nghiệp Khánh Thiện xây dựng cánh đồng lớn",
          body="""
HTX Dịch vụ nông nghiệp Khánh Thiện (huyện Yên Khánh) đã xây dựng cánh đồng lớn 120 ha sản xuất lúa chất lượng cao.
HTX liên kết với doanh nghiệp cung ứng giống, phân bón và bao tiêu toàn bộ sản phẩm cho thành viên.
Lợi nhuận trên cánh đồng lớn cao hơn sản xuất nhỏ lẻ khoảng 15-20%.
""", byline="Theo Báo Ninh Bình", author=None,
          opts={"fid": 2, "by": "hoanghai_htx", "views": 402, "replies": []},
          notes=["posted by a member's handle 'hoanghai_htx' and closed by 'Theo Báo Ninh Bình': a reprint, no author; the "
                 "member's signature 'HTX DVNN Khánh Thiện - Yên Khánh' under the post is not text"],
          **at(datetime(2024, 4, 10, 15, 0))),
        A(path="", title="HTX Gốm Bồ Bát khôi phục nghề gốm truyền thống",
          body="""
HTX Gốm Bồ Bát (huyện Yên Mô) đang từng bước khôi phục nghề gốm truyền thống có lịch sử hàng nghìn năm.
HTX đầu tư lò nung bằng khí ga, giảm ô nhiễm và nâng cao chất lượng sản phẩm.
Các sản phẩm bình, lọ, đồ gia dụng của HTX được du khách tại khu du lịch Tràng An ưa chuộng.
""", byline="Lã Thị Hương", author="Lã Thị Hương",
          opts={"fid": 2, "by": "Phạm Thu Trang", "views": 377, "replies": []},
          notes=["posted by Phạm Thu Trang but the bare name 'Lã Thị Hương' closes the post: the author; on the board's page "
                 "1 only because the stickies do not count"],
          **at(datetime(2024, 4, 2, 14, 40))),
        A(path="", title="Liên minh HTX tỉnh Ninh Bình tổng kết công tác năm 2023",
          body="""
Ngày 18/1, Liên minh HTX tỉnh Ninh Bình tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
[img tong-ket-2023.jpg] Quang cảnh hội nghị tổng kết
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 21 HTX, tổ chức 9 lớp tập huấn cho 480 lượt cán bộ HTX.
""", byline="Tin, ảnh: Trần Quang Huy", author="Trần Quang Huy",
          opts={"fid": 2, "by": "lienminhninhbinh", "views": 590,
                "replies": [("htxgiasinh", "Chúc mừng Liên minh HTX tỉnh!", None)]},
          notes=["the oldest news: only on the board's page 2 /thread-htm-fid-2-page-2.html (linked there as "
                 "read-htm-tid-…-fpage-2.html, an alias) and the archiver's /simple/?f2_2.html; never in 'Chủ đề mới'; "
                 "'Tin, ảnh: Trần Quang Huy' -> author"],
          **at(datetime(2024, 1, 19, 15, 30))),
    ]


def ubb_html(a: RichArticle) -> str:
    """The post as PHPWind's UBB converter prints it: lines and <br />."""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"{inline_html(b.text)}<br />")
        elif b.kind == "h":
            out.append(f"<b>{esc(b.text)}</b><br />")
        elif b.kind in ("ul", "ol"):
            out.append('<ul class="ubb_ul">' + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + "</ul>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table class="read_form" cellspacing="0" cellpadding="0" style="width:95%;border:1px solid #ccc">'
                       + "<tr>" + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head) + "</tr>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows) + "</table>")
        elif b.kind == "img":
            src = f"attachment/Mon_{a.date:%y%m}/{a.opts['fid']}_{UID[a.opts['by']]}_{h(b.src)}.jpg"
            out.append(f'<img src="{src}" border="0" onclick="if(this.width&gt;=700) window.open(this.src);" '
                       f"onload=\"if(this.width&gt;'700')this.width='700';\" /><br />"
                       + (f"<i>{esc(b.text)}</i><br />" if b.text else ""))
    if a.byline:
        out.append(f'<div style="text-align:right"><b>{esc(a.byline)}</b></div>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ninh-binh", f"{NAME} (PHPWind 9)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/rss.php?fid=2" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date)
    tid = 117
    for a in arts:
        tid += 3
        a.opts["tid"] = tid
        a.path = f"/read-htm-tid-{tid}.html"
    arts.reverse()
    oldest = arts[-1]
    notice = next(a for a in arts if a.doc_number)
    table = next(a for a in arts if "| Chỉ tiêu" in a.body)

    # the other threads: the rules (a global sticky) and a member's question
    rules = {"tid": 101, "fid": 6, "title": "Nội quy diễn đàn Liên minh HTX tỉnh Ninh Bình", "by": "admin",
             "date": datetime(2019, 8, 10, 9, 0), "views": 2530,
             "text": ["Thành viên sử dụng tiếng Việt có dấu, không đăng nội dung trái pháp luật, quảng cáo trá hình.",
                      "Bài viết đúng chuyên mục; chủ đề trùng lặp sẽ bị khóa hoặc xóa.",
                      "Ban quản trị có quyền chỉnh sửa, khóa hoặc xóa bài viết vi phạm mà không cần báo trước."],
             "replies": []}
    question = {"tid": 142, "fid": 5, "title": "Hỏi thủ tục chuyển tổ hợp tác thành HTX", "by": "nguyenvanquy",
                "date": datetime(2024, 5, 20, 20, 15), "views": 96,
                "text": ["Tổ hợp tác nuôi ong của chúng tôi có 9 thành viên, muốn chuyển thành HTX thì cần những thủ tục gì?",
                         "Xin cảm ơn Liên minh."],
                "replies": [("lienminhninhbinh", "Bạn cần tối thiểu 5 thành viên chính thức, xây dựng điều lệ và phương án "
                             "sản xuất kinh doanh, tổ chức hội nghị thành lập rồi nộp hồ sơ tại UBND huyện. Liên minh HTX "
                             "tỉnh hỗ trợ miễn phí, bạn gọi 0229.3871.025.", None)]}

    threads = []  # every thread: dict(tid, fid, title, by, date, views, posts=[(user, html, date)], art)
    for a in arts:
        posts = [(a.opts["by"], ubb_html(a), a.date)]
        for i, (user, text, q) in enumerate(a.opts["replies"]):
            when = a.date + timedelta(hours=5 + 7 * i, minutes=12 + i)
            if a is table:
                when = a.date + timedelta(days=2 + 2 * i, hours=1, minutes=12 + i)
            body = esc(text)
            if q:
                first = inline_text(a.blocks[0].text)
                body = (f'<div class="blockquote"><h6 class="quoteTips">Trích dẫn bài của {esc(a.opts["by"])} '
                        f"({a.date:%Y-%m-%d %H:%M}):</h6><blockquote>{esc(first)}</blockquote></div>{body}")
            posts.append((user, body, when))
        threads.append(dict(tid=a.opts["tid"], fid=a.opts["fid"], title=a.title, by=a.opts["by"], date=a.date,
                            views=a.opts["views"], posts=posts, art=a, sticky=a.opts.get("sticky", False)))
    for t in (rules, question):
        posts = [(t["by"], "\n".join(f"{esc(x)}<br />" for x in t["text"]), t["date"])]
        for i, (user, text, _) in enumerate(t["replies"]):
            posts.append((user, esc(text), t["date"] + timedelta(hours=12, minutes=31)))
        threads.append(dict(tid=t["tid"], fid=t["fid"], title=t["title"], by=t["by"], date=t["date"], views=t["views"],
                            posts=posts, art=None, sticky=t is rules, summary=t["text"][0]))
    for t in threads:
        t["last"] = t["posts"][-1]
        t["pages"] = (len(t["posts"]) + REPLIES - 1) // REPLIES
    by_tid = {t["tid"]: t for t in threads}
    newest = sorted([t for t in threads if t["tid"] != rules["tid"]], key=lambda t: t["date"], reverse=True)[:5]

    def user_link(name: str) -> str:
        return f'<a href="u.php?uid={UID[name]}" class="b">{esc(name)}</a>'

    def sidebar() -> str:
        lis = "".join(f'<li><a href="read.php?tid={t["tid"]}" title="{attr(t["title"])}">{esc(t["title"])}</a>'
                      f'<span class="gray">{t["date"]:%m-%d}</span></li>' for t in newest)
        return (f'<div class="sidebar"><div class="t"><h2 class="h">Chủ đề mới</h2><ul class="newThread">{lis}</ul></div>'
                '<div class="t"><h2 class="h">Thống kê</h2><p>Chủ đề: 286 | Bài viết: 1.942 | Thành viên: 413</p>'
                "<p>Thành viên mới: dinhthuylinh</p></div></div>")

    def layout(title: str, crumbs: list[tuple[str, str]], main: str, *, rss: str | None = None, desc: str = "",
               side: bool = True) -> str:
        crumb = " &raquo; ".join(['<a href="index.php">Trang chủ diễn đàn</a>']
                                 + [f'<a href="{href}">{esc(n)}</a>' if href else esc(n) for n, href in crumbs])
        feed = (f'\n<link rel="alternate" type="application/rss+xml" title="RSS" href="{rss}" />' if rss else "")
        body = (f'<table width="100%" cellspacing="0" cellpadding="0"><tr><td valign="top" id="main">{main}</td>'
                f'<td valign="top" width="220">{sidebar()}</td></tr></table>' if side else main)
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - Powered by phpwind</title>
<meta name="generator" content="phpwind 9.0" />
<meta name="description" content="{attr(desc or NAME)}" />
<meta name="keywords" content="Liên minh HTX, Ninh Bình, hợp tác xã, diễn đàn" />
<base id="headbase" href="{{{{base}}}}/" />{feed}
<link rel="stylesheet" type="text/css" href="images/pw_core.css" />
<link rel="stylesheet" type="text/css" href="images/wind/style.css" />
<script type="text/javascript" src="js/core/core.js"></script>
</head>
<body>
<div id="wrapA">
<div id="top"><div class="wrap"><span class="fr"><a href="search.php">Tìm kiếm</a> | <a href="rss.php?fid=2">RSS</a></span>Chào khách! <a href="login.php">Đăng nhập</a> | <a href="register.php">Đăng ký</a></div></div>
<div id="header"><div class="wrap"><div id="logo"><a href="index.php"><img src="images/wind/logo.png" alt="{attr(NAME)}" /></a></div>
<ul id="nav"><li><a href="index.php">Diễn đàn</a></li><li><a href="thread-htm-fid-2.html">Tin tức</a></li><li><a href="thread-htm-fid-3.html">Thông báo</a></li><li><a href="thread-htm-fid-5.html">Hỏi đáp</a></li></ul></div></div>
<div id="main_wrap" class="wrap">
<div id="breadCrumb" class="cc"><img src="images/wind/thread/home.gif" alt="forumlogo" class="breadHome" />{crumb}</div>
{body}
</div>
<div id="footer" class="wrap"><div class="bottom tac"><a href="simple/">Bản rút gọn (Archiver)</a> | <a href="#top">Lên đầu trang</a></div>
<div class="bottom tac"><p>{esc(ADDRESS)}</p><p>{NOW_LINE}, GMT+7</p><p>{COPY}</p><p class="gray">Total 0.031(s) query 6, Gzip enabled</p></div></div>
</div>
</body>
</html>
"""

    def floor_html(t: dict, n: int, user: str, body: str, when: datetime) -> str:
        name, level, points, nposts, reg, sig = USERS[UID[user]]
        label = FLOORS.get(n, f"Tầng {n}")
        fid = "tpc" if n == 1 else str(2400 + t["tid"] * 20 + n)
        subject = (f'<h1 id="subject_tpc" class="read_h1">{esc(t["title"])}</h1>' if n == 1 else "")
        attach = edit = ""
        a = t["art"]
        if n == 1 and a is not None:
            for x in a.attachments:
                attach = (f'<div class="readAttach"><h6>Tệp đính kèm:</h6><p><img src="images/colorImagination/file/'
                          f'pdf.gif" align="absmiddle" /> <a href="{x["path"][1:].replace("&", "&amp;")}" target="_blank">'
                          f'{esc(x["text"])}</a> <span class="gray">(118 K) Lượt tải: 12</span></p></div>')
            if a.opts.get("edited"):
                edit = (f'<div class="tips s3">[Bài viết được {esc(a.opts["by"])} chỉnh sửa lúc '
                        f'{a.opts["edited"]:%Y-%m-%d %H:%M}]</div>')
        signature = f'<div class="signature">{esc(sig)}</div>' if sig else ""
        return f"""<a name="{'tpc' if n == 1 else 'read_' + fid}"></a>
<table class="floot" width="100%" cellspacing="0" cellpadding="0"><tr>
<td class="floot_left" rowspan="2" valign="top"><div class="readName b">{user_link(user)}</div>
<div class="floot_leftdiv"><a href="u.php?uid={UID[user]}" class="userCard face_img"><img src="images/face/{UID[user]}.png" width="120" height="120" /></a>
<ul class="user_info"><li>Cấp bậc: {esc(level)}</li><li>UID: {UID[user]}</li><li>Bài viết: {nposts}</li><li>Điểm: {points}</li><li>Uy tín: {points // 40}</li><li>Đăng ký: {reg}</li><li>Trạng thái: Ngoại tuyến</li></ul></div></td>
<td class="floot_right" valign="top" id="td_{fid}">
<div class="tipTop s6"><span class="fr"><a href="#{'tpc' if n == 1 else 'read_' + fid}" class="s2 b">#{n}</a> <span class="floor">{label}</span></span><span class="gray">Đăng lúc {when:%Y-%m-%d %H:%M}</span> | <a href="javascript:;" onclick="onlyAuthor({UID[user]})">Chỉ xem bài của tác giả</a></div>
{subject}<div class="tpc_content"><div class="f14 mb10" id="read_{fid}">{body}</div>{edit}</div>{attach}
{signature}</td></tr>
<tr><td class="floot_bottom"><div class="tipBottom cc"><span class="fr"><a href="javascript:;" onclick="postreply('quote',{fid!r})">Trích dẫn</a> <a href="javascript:;" onclick="postreply('reply')">Trả lời</a> <a href="javascript:;" onclick="report({fid!r})">Báo cáo</a> <a href="#top">Lên đầu</a></span></div></td></tr></table>"""

    def pager(t: dict, n: int) -> str:
        if t["pages"] < 2:
            return ""
        parts = [f"<b>{k}</b>" if k == n else
                 f'<a href="{"read-htm-tid-%d.html" % t["tid"] if k == 1 else "read.php?tid=%d&amp;page=%d" % (t["tid"], k)}">{k}</a>'
                 for k in range(1, t["pages"] + 1)]
        return f'<div class="pages"><span class="fl">Trang: {n}/{t["pages"]}</span> {" ".join(parts)}</div>'

    reply_box = ('<div class="t5" id="quickpost"><h4>Trả lời nhanh</h4><p class="gray">Bạn cần đăng nhập để trả lời chủ đề '
                 '<a href="login.php">Đăng nhập</a> | <a href="register.php">Đăng ký</a></p></div>')

    def thread_page(t: dict, n: int) -> str:
        fid = t["fid"]
        chunk = t["posts"][(n - 1) * REPLIES:n * REPLIES]
        floors = "\n".join(floor_html(t, (n - 1) * REPLIES + i + 1, user, body, when)
                           for i, (user, body, when) in enumerate(chunk))
        main = (f'<div class="t5 cc"><span class="fr"><a href="post.php?fid={fid}" class="btn">Gửi chủ đề mới</a> '
                f'<a href="post.php?action-reply-fid-{fid}-tid-{t["tid"]}.html" class="btn">Trả lời</a></span>'
                f'<span class="readTop">Xem: {t["views"]} | Trả lời: {len(t["posts"]) - 1}</span>{pager(t, n)}</div>'
                f'<div class="t5 t2 read_wrap">{floors}</div>{pager(t, n)}{reply_box}')
        first = t["art"].blocks[0].text if t["art"] else t["summary"]
        return layout(f"{t['title']}{' - Trang ' + str(n) if n > 1 else ''} - {FORUMS[fid][0]} - {NAME}",
                      [(FORUMS[fid][0], f"thread-htm-fid-{fid}.html"), (t["title"], "")], main,
                      rss=f"rss.php?fid={fid}", desc=inline_text(first)[:120])

    for t in threads:
        a = t["art"]
        path = f"/read-htm-tid-{t['tid']}.html"
        site.page(path, thread_page(t, 1))
        site.same_page(f"/read.php?tid={t['tid']}", path)
        if t["pages"] == 1:
            site.same_page(f"/read.php?tid={t['tid']}&page=e", path)
        for n in range(2, t["pages"] + 1):
            p2 = f"/read.php?tid={t['tid']}&page={n}"
            site.page(p2, thread_page(t, n))
            site.non_articles.append(p2)
            if n == t["pages"]:
                site.same_page(f"/read.php?tid={t['tid']}&page=e", p2)
        if a is not None:
            a.aliases.append(f"/read.php?tid={t['tid']}")
            if t["pages"] == 1:
                a.aliases.append(f"/read.php?tid={t['tid']}&page=e")
            for b in a.blocks:
                if b.kind == "img":
                    site.binary(f"/attachment/Mon_{a.date:%y%m}/{a.opts['fid']}_{UID[a.opts['by']]}_{h(b.src)}.jpg",
                                image_for(b.src))
        else:
            site.non_articles.append(path)
        site.page(f"/post.php?action-reply-fid-{t['fid']}-tid-{t['tid']}.html",
                  layout(f"Trả lời chủ đề - {NAME}", [("Trả lời", "")], reply_box, side=False))
        site.never_fetched.append(f"/post.php?action-reply-fid-{t['fid']}-tid-{t['tid']}.html")
    site.trap("each thread answers at /read-htm-tid-N.html (the boards), /read.php?tid=N (the 'Chủ đề mới' sidebar, the "
              "RSS) and, when it has one page, /read.php?tid=N&page=e (the boards' last-post link): aliases",
              f"/read.php?tid={notice.opts['tid']}&page=e")
    site.trap("a thread's second page /read.php?tid=N&page=2 (floors 11-13 only; page=e is the same page): not an "
              "article", f"/read.php?tid={table.opts['tid']}&page=2")
    site.trap("the rules thread (a global sticky of 2019 in 'Góp ý - Hỗ trợ') and a member's question in 'Hỏi đáp HTX' "
              "(the office answers in floor 2): threads, not news", f"/read-htm-tid-{question['tid']}.html")
    for x in notice.attachments:
        site.page(x["path"], "", content_type="application/pdf")
        route = site.routes[-1]
        site.files[route["file"]] = pdf(notice.title, ["LIEN MINH HTX TINH NINH BINH", "THONG BAO SO 09/TB-LMHTX"])
    for a in arts:
        site.add_article(a)

    # boards
    def row(t: dict, fpage: int) -> str:
        href = f"read-htm-tid-{t['tid']}.html" if fpage == 1 else f"read-htm-tid-{t['tid']}-fpage-{fpage}.html"
        last_user, _, last_when = t["last"]
        pages = ""
        if t["pages"] > 1:
            pages = (' <span class="gray">[Trang: ' + " ".join(
                f'<a href="{"read-htm-tid-%d.html" % t["tid"] if k == 1 else "read.php?tid=%d&amp;page=%d" % (t["tid"], k)}">'
                f"{k}</a>" for k in range(1, t["pages"] + 1)) + "]</span>")
        top = '<span class="s3">[Đặt đầu]</span> ' if t["sticky"] else ""
        return (f'<tr class="tr3"><td class="icon"><img src="images/wind/thread/topicnew.gif" /></td><td class="subject">{top}'
                f'<a href="{href}" class="subject_t f14">{esc(t["title"])}</a>{pages}</td><td class="author">'
                f'{user_link(t["by"])}<p>{t["date"]:%Y-%m-%d}</p></td><td class="num"><em>{len(t["posts"]) - 1}</em>/'
                f'{t["views"]}</td><td class="author">{user_link(last_user)}<p><a href="read.php?tid={t["tid"]}&amp;page=e'
                f'#a">{last_when:%Y-%m-%d %H:%M}</a></p></td></tr>')

    for fid, (fname, fdesc) in FORUMS.items():
        own = sorted([t for t in threads if t["fid"] == fid and not t["sticky"]], key=lambda t: t["last"][2],
                     reverse=True)
        stick = [t for t in threads if t["sticky"] and (t["fid"] == fid or t is by_tid[rules["tid"]])]
        pages = [own[i:i + PER] for i in range(0, len(own), PER)] or [[]]
        for n, chunk in enumerate(pages, 1):
            path = f"/thread-htm-fid-{fid}.html" if n == 1 else f"/thread-htm-fid-{fid}-page-{n}.html"
            pg = ""
            if len(pages) > 1:
                pg = '<div class="pages">' + " ".join(
                    f"<b>{k}</b>" if k == n else
                    f'<a href="{"thread-htm-fid-%d.html" % fid if k == 1 else "thread-htm-fid-%d-page-%d.html" % (fid, k)}">'
                    f"{k}</a>" for k in range(1, len(pages) + 1)) + "</div>"
            rows = "".join(row(t, n) for t in (stick if n == 1 else []) + chunk)
            main = (f'<div class="t5 cc"><h2 class="fl">{esc(fname)}</h2><span class="fr"><a href="post.php?fid={fid}" '
                    f'class="btn">Gửi chủ đề mới</a></span><p class="gray">{esc(fdesc)}</p>{pg}</div>'
                    '<div class="t"><table width="100%" class="z threadTable"><tr class="tr2"><td colspan="2">Chủ đề</td>'
                    '<td class="author">Tác giả</td><td class="num">Trả lời/Xem</td><td class="author">Bài cuối</td></tr>'
                    f"{rows}</table></div>{pg}")
            site.page(path, layout(f"{fname}{' - Trang ' + str(n) if n > 1 else ''} - {NAME}", [(fname, "")], main,
                                   rss=f"rss.php?fid={fid}"))
            site.non_articles.append(path)
            if n == 1:
                site.same_page(f"/thread.php?fid={fid}", path)
                site.non_articles.append(f"/thread.php?fid={fid}")
        for t in own[PER:]:
            if t["art"] is not None:
                alias = f"/read-htm-tid-{t['tid']}-fpage-2.html"
                site.same_page(alias, f"/read-htm-tid-{t['tid']}.html")
                t["art"].aliases.append(alias)
        site.page(f"/post.php?fid={fid}", layout(f"Gửi chủ đề mới - {NAME}", [("Gửi chủ đề mới", "")], reply_box, side=False))
        site.never_fetched.append(f"/post.php?fid={fid}")
    site.trap("boards /thread-htm-fid-N.html (= /thread.php?fid=N; 5 threads a page sorted by last reply; the stickies "
              "'[Đặt đầu]' on page 1 only; the day 'Y-m-d' and the last post's time): page 2 links its threads as "
              "read-htm-tid-N-fpage-2.html (an alias) and holds the oldest news", "/thread-htm-fid-2-page-2.html")

    # index
    cats = "".join(
        f'<tr class="tr3"><th class="f_one"><h3><a href="thread-htm-fid-{fid}.html" class="fnamecolor">{esc(n)}</a></h3>'
        f'<p class="gray">{esc(d)}</p></th><td class="num">{sum(1 for t in threads if t["fid"] == fid)}</td></tr>'
        for fid, (n, d) in FORUMS.items())
    main = (f'<div class="t"><table width="100%" class="z"><tr class="tr2"><td>Chuyên mục</td><td class="num">Chủ đề</td>'
            f'</tr>{cats}</table></div><div class="t"><h2 class="h">Thành viên trực tuyến</h2><p>Có 14 người trực tuyến: 0 '
            "thành viên, 14 khách.</p></div>")
    site.page("/", layout(NAME, [], main, rss="rss.php?fid=2"))
    site.same_page("/index.php", "/")
    site.non_articles += ["/", "/index.php"]

    # user spaces
    for uid, (name, level, points, nposts, reg, sig) in USERS.items():
        own = [t for t in threads if t["by"] == name]
        lis = "".join(f'<li><a href="read-htm-tid-{t["tid"]}.html">{esc(t["title"])}</a> <span class="gray">'
                      f'{t["date"]:%Y-%m-%d}</span></li>' for t in own if t["art"] is not oldest)
        main = (f'<div class="t5"><h2>Không gian của {esc(name)}</h2><ul class="user_info"><li>Cấp bậc: {esc(level)}</li>'
                f"<li>Bài viết: {nposts}</li><li>Điểm: {points}</li><li>Đăng ký: {reg}</li></ul><h3>Chủ đề gần đây</h3>"
                f'<ul class="newThread">{lis}</ul></div>')
        site.page(f"/u.php?uid={uid}", layout(f"Không gian của {name} - {NAME}", [(name, "")], main, side=False))
        site.non_articles.append(f"/u.php?uid={uid}")
        site.binary(f"/images/face/{uid}.png", image_for(name))
    site.trap("user spaces /u.php?uid=N (the poster's name in every floor; 'admin', the office account, members): not "
              "articles", f"/u.php?uid={UID['lienminhninhbinh']}")

    # archiver
    def simple(title: str, body: str) -> str:
        return (f'<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-'
                f'transitional.dtd">\n<html xmlns="http://www.w3.org/1999/xhtml">\n<head>\n<meta http-equiv="Content-Type" '
                f'content="text/html; charset=utf-8" />\n<title>{esc(title)} - Powered by phpwind</title>\n<link rel="stylesheet"'
                f' type="text/css" href="/simple/simple.css" />\n</head>\n<body>\n<div class="wrap"><div class="nav"><a href="'
                f'/simple/">{esc(NAME)}</a> » {esc(title)}</div>\n<div class="main">{body}</div>\n<div class="foot">Xem phiên '
                f"bản đầy đủ: <a href=\"/\">{esc(NAME)}</a><br />{COPY}</div></div>\n</body>\n</html>\n")

    site.page("/simple/", simple("Bản rút gọn", "<ul>" + "".join(
        f'<li><a href="/simple/?f{fid}.html">{esc(n)}</a></li>' for fid, (n, _) in FORUMS.items()) + "</ul>"))
    site.non_articles.append("/simple/")
    for fid, (fname, _) in FORUMS.items():
        own = sorted([t for t in threads if t["fid"] == fid], key=lambda t: t["last"][2], reverse=True)
        pages = [own[i:i + PER] for i in range(0, len(own), PER)] or [[]]
        for n, chunk in enumerate(pages, 1):
            path = f"/simple/?f{fid}.html" if n == 1 else f"/simple/?f{fid}_{n}.html"
            pg = ("<p>Trang: " + " ".join(f"<b>{k}</b>" if k == n else
                                          f'<a href="/simple/?f{fid}{"" if k == 1 else "_" + str(k)}.html">{k}</a>'
                                          for k in range(1, len(pages) + 1)) + "</p>") if len(pages) > 1 else ""
            lis = "".join(f'<li><a href="/simple/?t{t["tid"]}.html">{esc(t["title"])}</a> ({len(t["posts"]) - 1})</li>'
                          for t in chunk)
            site.page(path, simple(fname, f"<h2>{esc(fname)}</h2><ol>{lis}</ol>{pg}"))
            site.non_articles.append(path)
    for t in threads:
        posts = "".join(f'<div class="post"><p class="author"><b>{esc(user)}</b> - {when:%Y-%m-%d %H:%M}</p><div '
                        f'class="content">{body.replace("attachment/", "/attachment/")}</div></div>'
                        for user, body, when in t["posts"])
        path = f"/simple/?t{t['tid']}.html"
        site.page(path, simple(t["title"], f'<h1>{esc(t["title"])}</h1>{posts}<p><a href="/read-htm-tid-{t["tid"]}.html">'
                                           "Xem phiên bản đầy đủ</a></p>"))
        if t["art"] is not None:
            t["art"].aliases.append(path)
        else:
            site.non_articles.append(path)
    site.trap("the archiver /simple/ ('Bản rút gọn (Archiver)' in the footer): boards /simple/?f2.html and ?f2_2.html, "
              "threads /simple/?tN.html (every floor as 'name - Y-m-d H:i' and its post: an alias of the thread)",
              f"/simple/?t{oldest.opts['tid']}.html")

    # RSS
    for fid in FORUMS:
        own = sorted([t for t in threads if t["fid"] == fid], key=lambda t: t["date"], reverse=True)
        items = "".join(
            f"<item><title><![CDATA[{t['title']}]]></title><link>{{{{base}}}}/read.php?tid={t['tid']}</link><description>"
            f"<![CDATA[{inline_text(t['art'].blocks[0].text) if t['art'] else t['summary']}]]></description><author>{esc(t['by'])}</author><category>"
            f"{esc(FORUMS[fid][0])}</category><pubDate>{gmt(t['date'])}</pubDate></item>" for t in own)
        site.page(f"/rss.php?fid={fid}", f'<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>'
                  f"{esc(FORUMS[fid][0])} - {esc(NAME)}</title><link>{{{{base}}}}/thread.php?fid={fid}</link><description>"
                  f"{esc(FORUMS[fid][1])}</description><language>vi</language><generator>phpwind</generator>"
                  f"<ttl>30</ttl>{items}</channel></rss>\n", content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS /rss.php?fid=2 and ?fid=3 (<link rel=alternate> in every page): links as read.php?tid=N, pubDate in GMT",
              "/rss.php?fid=2")
    site.page("/search.php", layout(f"Tìm kiếm - {NAME}", [("Tìm kiếm", "")],
                                    '<form action="search.php" method="post"><input type="text" name="keyword" /><select '
                                    'name="method"><option value="AND">Tiêu đề</option></select><input type="submit" '
                                    'value="Tìm kiếm" /></form>', side=False))
    site.non_articles.append("/search.php")
    for path, title in [("/login.php", "Đăng nhập"), ("/register.php", "Đăng ký")]:
        site.page(path, layout(f"{title} - {NAME}", [(title, "")], f'<form method="post" action="{path[1:]}"><h2>{title}'
                                                                   '</h2><input name="pwuser" /><input name="pwpwd" '
                                                                   'type="password" /></form>', side=False))
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin.php\nDisallow: /login.php\nDisallow: /register.php\n"
                "Disallow: /post.php\nDisallow: /message.php\nDisallow: /data/\nDisallow: /require/\n"
                "Disallow: /template/\n")
    site.trap("robots.txt disallows /login.php, /register.php and /post.php (the top bar, 'Gửi chủ đề mới', 'Trả lời', "
              "the quick-reply box): never fetched", "/login.php")
    for name in ["images/wind/logo.png", "images/wind/thread/home.gif", "images/wind/thread/topicnew.gif",
                 "images/colorImagination/file/pdf.gif"]:
        site.binary("/" + name, image_for(name))
    for name in ["images/pw_core.css", "images/wind/style.css", "simple/simple.css"]:
        site.static("/" + name, "body{font:12px/1.5 Arial,sans-serif}\n")
    site.static("/js/core/core.js", "/* phpwind core */\n")
    return site
