"""Site `tinnhanh-htxbacninh` (registry family `generic`): "Liên minh HTX tỉnh Bắc Ninh - Tin nhanh" on **PHP-Nuke 8.1**
(Francisco Burzi's portal; the Vietnamese language file `lang-vietnamese.php` with `setlocale(LC_ALL, 'vi_VN')`; a
table theme the local web company derived from `DeepBlue`; the modules News, Stories_Archive, Search, Surveys,
Submit_News, Your_Account, Feedback; the copy is of 20 March 2025, the host in Vietnam). Written as a held-out test: no
family module, no selectors.

URL shapes (everything through `modules.php` with a query, `&amp;` in the markup, relative links): a story
`modules.php?name=News&file=article&sid=N`; the same story as `…&sid=N&mode=&order=0&thold=0` (the index's comments
link: an alias); its printer page `modules.php?name=News&file=print&sid=N` (the "Trang in thân thiện" option: the same
text with "Ngày:" and "Chủ đề:" lines: an alias); its "friend" form `modules.php?name=News&file=friend&op=FriendSend&sid=N`
(not an article); the home `/` = `/index.php` = `modules.php?name=News` (the News index, 5 stories a page, the 8.1 pager
`modules.php?name=News&pagenum=2`); a topic `modules.php?name=News&new_topic=N` (the same pager); the Stories Archive
`modules.php?name=Stories_Archive`, its month lists `…&sa=show_month&year=Y&month=M&month_l=<month>` and
`…&sa=show_all`; search lists `modules.php?name=Search&topic=N` / `&author=<aid>`; the user pages of Your_Account; the
RSS 0.91 `backend.php` (no dates at all). The stock robots.txt disallows the folders (`/images/` too); no site map.

Why it is hard: no heading anywhere: the story's title is a bold cell of the theme's story table; the posting line
"Gửi bởi lmhtxbn vào Thứ hai, 17/03/2025 - 08:30 (215 lần đọc)" is strftime('%A, %d/%m/%Y - %H:%M') under vi_VN
(local time), the account `aid` (never an author); the text is `hometext<br><br>bodytext` in one `font.content` cell
beside the topic icon; a story a member submitted is printed as `<a>informant</a> viết "<i>…the whole text…</i>"` (the
informant's user name and the quotes are no text). After the story the article page puts three side boxes ("Liên kết
liên quan", "Đánh giá bài viết", "Tùy chọn") and the comments ("Re: <title> (Điểm: 1)", "bởi Khách vào …"). The
left blocks (menu, login, who's online, survey) are on every page, the right ones only on index pages. The Stories
Archive prints the raw date (`2025-03-01`). A story posted at 00:10 on 1 March about the afternoon of 28 February
belongs to March (UTC would move it to February). The oldest story is on no first page: only on the page 2 of the
News index and of its topic, in the Archive's lists, in the search lists of the "Liên kết liên quan" box and in
backend.php (10 titles).
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf, weekday
from .richbody import RichArticle

SITE = "tinnhanh-htxbacninh"
NAME = "Liên minh HTX tỉnh Bắc Ninh"
ORG = "Liên minh Hợp tác xã tỉnh Bắc Ninh"
TODAY = datetime(2025, 3, 20, 9, 40)
PER = 5
THEME = "/themes/LMHTX_BN"
TOPICS = {1: ("Tin hoạt động", "hoatdong.gif"), 2: ("Thông báo", "thongbao.gif"),
          3: ("Kinh tế tập thể", "kinhtetapthe.gif")}
MONTHS = ("Tháng một", "Tháng hai", "Tháng ba", "Tháng tư", "Tháng năm", "Tháng sáu", "Tháng bảy", "Tháng tám",
          "Tháng chín", "Tháng mười", "Tháng mười một", "Tháng mười hai")
ADDRESS = "Địa chỉ: Số 11 đường Lý Thái Tổ, phường Suối Hoa, TP Bắc Ninh"
PHONE = "Điện thoại: 0222.3822.475 - Email: lmhtx@bacninh.gov.vn"
NUKE = ("PHP-Nuke Copyright © 2006 by Francisco Burzi. This is free software, and you may redistribute it under the "
        "GPL. PHP-Nuke comes with absolutely no warranty, for details, see the license.")
ONLINE = "Hiện có 7 khách và 0 thành viên đang trực tuyến."
POLLQ = "Bạn quan tâm nhất đến nội dung nào trên trang tin?"
POLLO = ("Tin hoạt động của Liên minh", "Chính sách hỗ trợ HTX", "Sản phẩm OCOP", "Ý kiến khác")
SLOGAN = "Nhiệt liệt chào mừng Đại hội đại biểu Đảng bộ tỉnh Bắc Ninh lần thứ XXI"
FURN = [f"Hôm nay: {weekday(TODAY, True)}, {TODAY:%d/%m/%Y}", SLOGAN, ADDRESS, PHONE, NUKE, ONLINE, POLLQ, *POLLO,
        "Gửi bởi", "lần đọc", "Chủ đề:", "Liên kết liên quan", "Đánh giá bài viết", "Điểm trung bình:", "Số phiếu:",
        "Xin vui lòng dành một giây để bầu chọn cho bài viết này:", "Tùy chọn", "Trang in thân thiện",
        "Gửi bài này cho bạn bè", "Menu chính", "Ai đang trực tuyến", "Thăm dò ý kiến", "Tên truy cập", "Mật khẩu",
        "Chưa có tài khoản?", "Bạn là khách vô danh.", "Tạo trang:",
        "Các bình luận thuộc quyền sở hữu của người gửi. Chúng tôi không chịu trách nhiệm về nội dung của họ."]


def nuke_date(d: datetime) -> str:
    """strftime(_DATESTRING) with _DATESTRING = "%A, %d/%m/%Y - %H:%M" under glibc's vi_VN ("Thứ hai")."""
    return f"{weekday(d, True)}, {d:%d/%m/%Y - %H:%M}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo về việc tổ chức lớp bồi dưỡng nâng cao năng lực quản trị HTX năm 2025",
          body="""
Liên minh HTX tỉnh thông báo mở lớp bồi dưỡng nâng cao năng lực quản trị cho cán bộ quản lý các HTX trên địa bàn tỉnh.
LIÊN MINH HTX TỈNH BẮC NINH
Số: 07/TB-LMHTX
Bắc Ninh, ngày 14 tháng 3 năm 2025
THÔNG BÁO
Về việc tổ chức lớp bồi dưỡng nâng cao năng lực quản trị HTX năm 2025
Thực hiện Kế hoạch số 02/KH-LMHTX ngày 08/01/2025 của Liên minh HTX tỉnh về công tác đào tạo, bồi dưỡng năm 2025, Liên minh HTX tỉnh tổ chức lớp bồi dưỡng như sau:
Thời gian: 03 ngày, từ ngày 08/4 đến ngày 10/4/2025; địa điểm: Hội trường Liên minh HTX tỉnh.
Đối tượng: Giám đốc, kế toán các HTX nông nghiệp, HTX dịch vụ tổng hợp; mỗi HTX cử không quá 02 người.
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 31/3/2025.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Hồng Vân
""", author=None, doc_number="07/TB-LMHTX",
          attachments=[{"path": "/uploads/vanban/TB-07-LMHTX-2025.pdf", "text": "TB-07-LMHTX-2025.pdf"}],
          opts={"topic": 2, "aid": "lmhtxbn", "reads": 188, "rating": (0, 0), "comments": []},
          notes=["notice 'Số: 07/TB-LMHTX' dated 14/3 in its text, posted 'Thứ hai, 17/03/2025 - 08:15' (the posting "
                 "line): published is the posting time, not the document's day; 'Gửi bởi lmhtxbn' is the admin account: "
                 "no author; the signer 'Nguyễn Thị Hồng Vân' is text; the link to /uploads/vanban/TB-07-LMHTX-2025.pdf "
                 "in its own paragraph is the attachment, not text"],
          **at(datetime(2025, 3, 17, 8, 15))),
        A(path="", title="Ảnh: HTX Rau an toàn Yên Phong vào vụ thu hoạch rau màu vụ đông xuân",
          body="""
Những ngày giữa tháng 3, thành viên HTX Rau an toàn Yên Phong tất bật thu hoạch các loại rau màu vụ đông xuân.
[img yenphong-1.png] Thành viên HTX thu hoạch su hào trên cánh đồng rau an toàn
[img yenphong-2.png] Rau được sơ chế, đóng gói tại nhà sơ chế của HTX
[img yenphong-3.png] Xe của HTX chở rau đi giao cho các bếp ăn tập thể trong khu công nghiệp
Vụ đông xuân năm nay HTX sản xuất 45 ha rau theo quy trình VietGAP, giá bán ổn định nhờ hợp đồng bao tiêu.
Bài, ảnh: Nguyễn Minh Đức
""", author="Nguyễn Minh Đức",
          opts={"topic": 1, "aid": "lmhtxbn", "reads": 264, "rating": (5, 2), "comments": []},
          notes=["photo story: three photos in centred paragraphs, each caption in the next centred italic paragraph "
                 "(one line each); 'Gửi bởi lmhtxbn' (account) but 'Bài, ảnh: Nguyễn Minh Đức' closes the text -> author"],
          **at(datetime(2025, 3, 13, 15, 40))),
        A(path="", title="Kết quả phát triển kinh tế tập thể tỉnh Bắc Ninh năm 2024",
          body="""
Năm 2024, khu vực kinh tế tập thể của tỉnh tiếp tục phát triển cả về số lượng và chất lượng.
| Chỉ tiêu | Năm 2023 | Năm 2024 | Tăng/giảm |
| Số HTX đang hoạt động | 512 | 547 | +35 |
| Số thành viên HTX (người) | 101.860 | 104.215 | +2.355 |
| Doanh thu bình quân một HTX (triệu đồng) | 3.150 | 3.420 | +270 |
| Số HTX xếp loại tốt, khá | 318 | 352 | +34 |
Năm 2025, tỉnh phấn đấu thành lập mới ít nhất 30 HTX, trong đó có 10 HTX ứng dụng công nghệ cao.
Hoàng Thu Hà
""", author="Hoàng Thu Hà",
          opts={"topic": 3, "aid": "thuha_lmhtx", "reads": 301, "rating": (4, 3), "comments": []},
          notes=["a bordered table whose first row is bold <td> (no <th>): one line per row; 'Gửi bởi thuha_lmhtx' is a "
                 "user name, the bare name 'Hoàng Thu Hà' closing the text is the author"],
          **at(datetime(2025, 3, 10, 9, 5))),
        A(path="", title="Hướng dẫn HTX chuẩn bị hồ sơ tham gia đánh giá, phân hạng sản phẩm OCOP năm 2025",
          body="""
Để tham gia đánh giá, phân hạng sản phẩm OCOP năm 2025, các HTX cần chuẩn bị hồ sơ đầy đủ và nộp đúng hạn.
## Hồ sơ gồm có
* Phiếu đăng ký sản phẩm tham gia Chương trình OCOP;
* Phương án, dự án sản xuất kinh doanh của HTX;
* Bản sao giấy chứng nhận đăng ký HTX và các giấy tờ về an toàn thực phẩm;
* Tài liệu chứng minh nguồn gốc, xuất xứ, câu chuyện sản phẩm.
Hồ sơ nộp tại Phòng Nông nghiệp cấp huyện trước ngày 30/4/2025.
Trần Ngọc Mai - Phòng Hỗ trợ HTX
""", author="Trần Ngọc Mai",
          opts={"topic": 1, "aid": "lmhtxbn", "informant": "ngocmai84", "reads": 142, "rating": (0, 0), "comments": []},
          notes=["a story a member submitted: printed '<a>ngocmai84</a> viết \"<i>…</i>\"' around the whole text (the "
                 "informant's user name, 'viết' and the quotes are no text); a bold-paragraph heading and a bulleted "
                 "list; 'Trần Ngọc Mai - Phòng Hỗ trợ HTX' closes it -> Trần Ngọc Mai"],
          **at(datetime(2025, 3, 6, 14, 30))),
        A(path="", title="HTX Gốm Phù Lãng đưa sản phẩm lên sàn thương mại điện tử",
          body="""
HTX Gốm Phù Lãng (thị xã Quế Võ) vừa mở gian hàng trên hai sàn thương mại điện tử lớn để bán các sản phẩm gốm truyền thống.
Sau hai tháng, doanh thu bán hàng trực tuyến của HTX đạt gần 300 triệu đồng, chiếm 20% tổng doanh thu.
HTX đang đào tạo thêm 5 thành viên trẻ làm nội dung và livestream bán hàng.
Theo Báo Bắc Ninh
""", author=None,
          opts={"topic": 1, "aid": "lmhtxbn", "reads": 233, "rating": (0, 0), "comments": []},
          notes=["'Theo Báo Bắc Ninh' closes the text: a reprint, no author"],
          **at(datetime(2025, 3, 3, 10, 20))),
        A(path="", title="Liên minh HTX tỉnh làm việc với các HTX trên địa bàn thị xã Quế Võ",
          body="""
Chiều 28/2, đoàn công tác Liên minh HTX tỉnh do đồng chí Chủ tịch làm trưởng đoàn đã làm việc với 6 HTX trên địa bàn thị xã Quế Võ.
Các HTX kiến nghị được hỗ trợ xây dựng kho lạnh bảo quản nông sản và kết nối tiêu thụ với các doanh nghiệp trong khu công nghiệp.
Liên minh HTX tỉnh ghi nhận các kiến nghị và sẽ phối hợp với UBND thị xã giải quyết trong năm 2025.
""", author=None,
          opts={"topic": 1, "aid": "lmhtxbn", "reads": 176, "rating": (0, 0), "comments": []},
          notes=["posted at 00:10 on 1 March about 'Chiều 28/2' (an event day, no year): the posting line reads 'Thứ bảy, "
                 "01/03/2025 - 00:10' (local time) and the Stories Archive lists it under 'Tháng ba, 2025' with the raw "
                 "'2025-03-01'; read as UTC it would fall in February; no byline, the account: author null"],
          **at(datetime(2025, 3, 1, 0, 10))),
        A(path="", title="HTX Dịch vụ nông nghiệp Tam Giang liên kết sản xuất lúa chất lượng cao",
          body="""
Vụ xuân năm 2025, HTX Dịch vụ nông nghiệp Tam Giang (huyện Yên Phong) liên kết với doanh nghiệp sản xuất 120 ha lúa chất lượng cao.
Doanh nghiệp cung ứng giống, vật tư và bao tiêu toàn bộ sản phẩm với giá cao hơn thị trường 5 - 7%.
HTX tổ chức các khâu làm đất, gieo cấy bằng máy và hướng dẫn thành viên chăm sóc theo quy trình chung.
Nguyễn Văn Long
""", author="Nguyễn Văn Long",
          opts={"topic": 1, "aid": "lmhtxbn", "reads": 129, "rating": (3, 1),
                "comments": [("Khách", "Mô hình liên kết rất hay, mong Liên minh nhân rộng cho các xã khác.",
                              datetime(2025, 2, 25, 10, 2)),
                             ("tuanhtx", "HTX chúng tôi ở Tiên Du cũng muốn tham gia liên kết, xin thông tin liên hệ.",
                              datetime(2025, 2, 26, 7, 48))]},
          notes=["two comments under the story ('Re: <title> (Điểm: 1)', 'bởi Khách vào Thứ ba, 25/02/2025 - 10:02'): "
                 "not text, their dates not the story's; the index's 'Bình luận' link (…&mode=&order=0&thold=0) is an "
                 "alias; the bare name 'Nguyễn Văn Long' closes the text -> author"],
          **at(datetime(2025, 2, 24, 16, 0))),
        A(path="", title="Liên minh HTX tỉnh Bắc Ninh tổng kết công tác năm 2024",
          body="""
Ngày 16/1, Liên minh HTX tỉnh Bắc Ninh tổ chức hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025.
[img tongket-2024.png] Quang cảnh hội nghị tổng kết công tác năm 2024
Năm 2024, Liên minh HTX tỉnh đã hỗ trợ thành lập mới 38 HTX, tổ chức 14 lớp bồi dưỡng cho hơn 900 lượt cán bộ HTX.
Tin, ảnh: Lê Hải
""", author="Lê Hải",
          opts={"topic": 1, "aid": "lmhtxbn", "reads": 95, "rating": (0, 0), "comments": []},
          notes=["the oldest story: on no first page: the page 2 of the News index (modules.php?name=News&pagenum=2) "
                 "and of its topic (…&new_topic=1&pagenum=2), the Stories Archive's 'Tháng một, 2025' and all-stories "
                 "lists, the search lists (…name=Search&topic=1, &author=lmhtxbn) and backend.php (the 10 newest, titles "
                 "only); no block or 'Tin được đọc nhiều nhất' links it; 'Tin, ảnh: Lê Hải' -> author"],
          **at(datetime(2025, 1, 17, 9, 30))),
    ]


def amp(url: str) -> str:
    return url.replace("&", "&amp;")


def art(a: RichArticle) -> str:
    return f"/modules.php?name=News&file=article&sid={a.opts['sid']}"


def nuke_href(a: RichArticle) -> str:
    """PHP-Nuke's links are relative: `modules.php?…`."""
    return art(a)[1:]


def split_text(a: RichArticle) -> tuple[str, str]:
    """(hometext, bodytext) as the editor stored them: the first paragraph plain, the rest in <p>s."""
    blocks = a.blocks
    home = inline_html(blocks[0].text)
    out = []
    for b in blocks[1:]:
        if b.kind == "p":
            closing = b is blocks[-1] and len(b.text) < 60
            text = f"<b><i>{inline_html(b.text)}</i></b>" if closing else inline_html(b.text)
            align = ' align="right"' if closing else ""
            out.append(f"<p{align}>{text}</p>")
        elif b.kind == "h":
            out.append(f"<p><b>{esc(b.text)}</b></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellspacing="0" cellpadding="3" width="95%" align="center"><tbody><tr>'
                       + "\n".join(f"<td><b>{esc(c)}</b></td>" for c in head) + "</tr>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table>")
        elif b.kind == "img":
            out.append(f'<p align="center"><img src="images/news/{b.src}" width="450" height="300" border="0" '
                       f'alt="{attr(b.text)}"></p>')
            if b.text:
                out.append(f'<p align="center"><i>{esc(b.text)}</i></p>')
    if a.attachments:
        # the signature block is the end of the document; the file follows it
        for x in a.attachments:
            out.append(f'<p><a href="{x["path"][1:]}" target="_blank">{esc(x["text"])}</a></p>')
    return home, "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "bac-ninh", f"{NAME} (PHP-Nuke 8.1)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/backend.php" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    sid = 120
    for a in reversed(arts):
        sid += 3 if a.opts["topic"] == 2 else 2
        a.opts["sid"] = sid
        a.path = art(a)
    oldest = arts[-1]
    visible = [a for a in arts if a is not oldest]
    gen_time = iter(f"0.{n:02d}" for n in [7, 9, 11, 8, 12, 6, 10, 13, 9, 8, 7, 11, 14, 9, 10, 8, 6, 12, 9, 11] * 20)

    def userlink(u: str) -> str:
        return (f'<a href="modules.php?name=Your_Account&amp;op=userinfo&amp;username={u}">{esc(u)}</a>')

    def sidebox(title: str, content: str) -> str:
        return (f'<table border="0" cellpadding="0" cellspacing="0" width="170" class="sidebox"><tr><td class="boxtitle">'
                f'<b>{title}</b></td></tr><tr><td class="boxcontent"><font class="content">{content}</font></td></tr>'
                '</table><br>')

    menu = [("Trang chủ", "index.php"), ("Tin tức", "modules.php?name=News"),
            ("Lưu trữ tin", "modules.php?name=Stories_Archive"), ("Tìm kiếm", "modules.php?name=Search"),
            ("Thăm dò", "modules.php?name=Surveys"), ("Gửi bài", "modules.php?name=Submit_News"),
            ("Tài khoản", "modules.php?name=Your_Account"), ("Liên hệ", "modules.php?name=Feedback")]

    def left_blocks() -> str:
        m = "".join(f'<strong><big>&middot;</big></strong>&nbsp;<a href="{amp(h)}">{esc(n)}</a><br>' for n, h in menu)
        login = ('<form action="modules.php?name=Your_Account" method="post"><center><font class="content">Tên truy cập'
                 '<br><input type="text" name="username" size="10" maxlength="25"><br>Mật khẩu<br><input type="password" '
                 'name="user_password" size="10" maxlength="20"><br><input type="hidden" name="op" value="login">'
                 '<input type="submit" value="Đăng nhập"></font></center></form><center><font class="content">Chưa có tài '
                 'khoản? Bạn có thể <a href="modules.php?name=Your_Account&amp;op=new_user">tạo một tài khoản</a>. Là thành '
                 'viên bạn có thể gửi bài và bình luận bằng tên của mình.</font></center>')
        online = (f'<center><img src="images/whosonline.gif" alt="" border="0"></center><br>{ONLINE}<br><br>Bạn là khách vô '
                  'danh. Bạn có thể đăng ký miễn phí bằng cách nhấn <a href="modules.php?name=Your_Account&amp;op=new_user">'
                  'vào đây</a>')
        radios = "".join(f'<input type="radio" name="voteID" value="{i}"> {esc(o)}<br>' for i, o in enumerate(POLLO, 1))
        survey = (f'<form action="modules.php?name=Surveys" method="post"><input type="hidden" name="pollID" value="2">'
                  f'<font class="content"><b>{esc(POLLQ)}</b></font><br><br>{radios}<br><center><input type="submit" '
                  'value="Bình chọn"></center><br><center><font class="content"><a href="modules.php?name=Surveys&amp;op='
                  'results&amp;pollID=2&amp;mode=&amp;order=0&amp;thold=0"><b>Kết quả</b></a><br><a href="modules.php?name='
                  'Surveys"><b>Thăm dò khác</b></a><br><br>Bình chọn: <b>128</b> | Ý kiến: <b>2</b></font></center></form>')
        return (sidebox("Menu chính", m) + sidebox("Đăng nhập", login) + sidebox("Ai đang trực tuyến", online)
                + sidebox("Thăm dò ý kiến", survey))

    def right_blocks() -> str:
        links = "".join(f'<strong><big>&middot;</big></strong>&nbsp;<a href="{{{{base:offsite}}}}{h}" target="_blank">{esc(t)}'
                        "</a><br>" for t, h in [("Liên minh HTX Việt Nam", "/lmhtx-vn/"),
                                               ("Cổng TTĐT tỉnh Bắc Ninh", "/bacninh/"),
                                               ("Báo Bắc Ninh", "/baobacninh/")])
        recent = "".join(f'<strong><big>&middot;</big></strong>&nbsp;<a href="{amp(nuke_href(a))}">{esc(a.title)}</a><br>'
                         for a in visible[:5])
        return sidebox("Tin mới đăng", recent) + sidebox("Liên kết website", links)

    def layout(title: str, center: str, index: bool) -> str:
        right = (f'<td width="180" valign="top" class="rightcol">{right_blocks()}</td>' if index else "")
        top = " | ".join(f'<a href="{amp(h)}">{esc(n)}</a>' for n, h in menu[:4] + menu[5:6] + menu[7:])
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(title)}</title>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<META HTTP-EQUIV="EXPIRES" CONTENT="0">
<META NAME="RESOURCE-TYPE" CONTENT="DOCUMENT">
<META NAME="DISTRIBUTION" CONTENT="GLOBAL">
<META NAME="AUTHOR" CONTENT="{attr(NAME)}">
<META NAME="COPYRIGHT" CONTENT="Copyright (c) by {attr(NAME)}">
<META NAME="KEYWORDS" CONTENT="Liên minh HTX, hợp tác xã, Bắc Ninh, kinh tế tập thể">
<META NAME="DESCRIPTION" CONTENT="Tin nhanh hoạt động kinh tế tập thể tỉnh Bắc Ninh">
<META NAME="ROBOTS" CONTENT="INDEX, FOLLOW">
<META NAME="REVISIT-AFTER" CONTENT="1 DAYS">
<META NAME="RATING" CONTENT="GENERAL">
<META NAME="GENERATOR" CONTENT="PHP-Nuke Copyright (c) 2006 by Francisco Burzi. This is free software, and you may redistribute it under the GPL (http://phpnuke.org/files/gpl.txt). PHP-Nuke comes with absolutely no warranty, for details, see the license (http://phpnuke.org/files/gpl.txt).">
<LINK REL="alternate" TITLE="{attr(NAME)} RSS" HREF="backend.php" TYPE="application/rss+xml">
<LINK REL="StyleSheet" HREF="{THEME[1:]}/style/style.css" TYPE="text/css">
<script type="text/javascript" src="includes/javascript.js"></script>
</head>
<body bgcolor="#FFFFFF" text="#000000" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="header"><tr>
<td width="560"><a href="index.php"><img src="{THEME[1:]}/images/logo.png" border="0" alt="{attr(NAME)}" width="560" height="110"></a></td>
<td align="right" valign="bottom" class="headerdate"><font class="tiny">Hôm nay: {weekday(TODAY, True)}, {TODAY:%d/%m/%Y}</font></td></tr>
<tr><td colspan="2" class="slogan"><marquee scrollamount="3">{esc(SLOGAN)}</marquee></td></tr>
<tr><td colspan="2" class="topnav"><font class="content">{top}</font></td></tr></table>
<table width="100%" cellpadding="0" cellspacing="0" border="0" bgcolor="#ffffff" align="center"><tr valign="top">
<td width="180" valign="top" class="leftcol">{left_blocks()}</td>
<td width="100%" valign="top" class="centercol">
{center}
</td>
{right}
</tr></table>
<br>
<table border="0" cellpadding="0" cellspacing="0" width="100%" class="footer"><tr><td align="center"><font class="footmsg">
<b>{esc(ORG)}</b><br>{esc(ADDRESS)}<br>{esc(PHONE)}<br><br>
{esc(NUKE)}<br>Tạo trang: {next(gen_time)} giây
</font></td></tr></table>
</body>
</html>
"""

    def topic_img(a: RichArticle) -> str:
        t = a.opts["topic"]
        name, img = TOPICS[t]
        return (f'<a href="modules.php?name=News&amp;new_topic={t}"><img src="images/topics/{img}" border="0" '
                f'alt="{attr(name)}" title="{attr(name)}" align="right" hspace="10" vspace="10"></a>')

    def posted(a: RichArticle) -> str:
        return (f'<font class="tiny">Gửi bởi {userlink(a.opts["aid"])} vào {nuke_date(a.date)} ({a.opts["reads"]} lần đọc)'
                "</font>")

    def topic_line(a: RichArticle) -> str:
        t = a.opts["topic"]
        return (f'<font class="tiny">Chủ đề: <a href="modules.php?name=News&amp;new_topic={t}">{esc(TOPICS[t][0])}</a>'
                "</font>")

    def wrap_informant(a: RichArticle, text: str) -> str:
        inf = a.opts.get("informant")
        if not inf:
            return text
        return f'{userlink(inf)} viết "<i>{text}</i>"'

    def story_box(a: RichArticle, content: str, more: str = "") -> str:
        more_row = f'<tr><td class="storymore" align="right"><font class="content">{more}</font></td></tr>' if more else ""
        return (f'<table border="0" cellpadding="3" cellspacing="0" width="100%" class="storybox">'
                f'<tr><td class="storytitle" bgcolor="#D5E3F2"><b>{esc(a.title)}</b></td></tr>'
                f'<tr><td class="storyinfo">{posted(a)}</td></tr>'
                f'<tr><td class="storycontent"><font class="content">{topic_img(a)}{content}</font></td></tr>'
                f'<tr><td class="storytopic">{topic_line(a)}</td></tr>{more_row}</table><br>')

    def icons(a: RichArticle) -> str:
        s = a.opts["sid"]
        return (f'<a href="modules.php?name=News&amp;file=print&amp;sid={s}"><img src="images/print.gif" border="0" '
                f'alt="Trang in thân thiện" title="Trang in thân thiện" width="16" height="11"></a>&nbsp;&nbsp;'
                f'<a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={s}"><img src="images/friend.gif" '
                f'border="0" alt="Gửi bài này cho bạn bè" title="Gửi bài này cho bạn bè" width="16" height="11"></a>')

    def index_story(a: RichArticle) -> str:
        home, body = split_text(a)
        s = a.opts["sid"]
        n = len(a.opts["comments"])
        clink = f"modules.php?name=News&amp;file=article&amp;sid={s}&amp;mode=&amp;order=0&amp;thold=0"
        ctext = "Bình luận?" if n == 0 else f"{n} Bình luận"
        avg, votes = a.opts["rating"]
        score = f" | Điểm: {avg}" if votes else ""
        more = (f'(<a href="modules.php?name=News&amp;file=article&amp;sid={s}"><b>Đọc tiếp...</b></a> | '
                f'{len(body.encode("utf-8"))} bytes còn lại | <a href="{clink}">{ctext}</a> | {icons(a)}{score})')
        return story_box(a, wrap_informant(a, home), more)

    def pager(n: int, total: int, base: str) -> str:
        pages = (total + PER - 1) // PER
        if pages < 2:
            return ""
        links = " | ".join(f"<b>{k + 1}</b>" if k == n else
                           f'<a href="{amp(base if k == 0 else base + "&pagenum=" + str(k + 1))}">{k + 1}</a>'
                           for k in range(pages))
        nxt = (f' <a href="{amp(base + "&pagenum=" + str(n + 2))}">Tiếp &raquo;</a>' if n < pages - 1 else "")
        prv = (f'<a href="{amp(base if n == 1 else base + "&pagenum=" + str(n))}">&laquo; Trước</a> ' if n > 0 else "")
        return f'<center><font class="content">{prv}Trang: [ {links} ]{nxt}</font></center><br>'

    # -- the stories -------------------------------------------------------------------------------
    for a in arts:
        s = a.opts["sid"]
        home, body = split_text(a)
        text = wrap_informant(a, f"{home}<br><br>{body}")
        t = a.opts["topic"]
        tname = TOPICS[t][0]
        most = max((x for x in arts if x.opts["topic"] == t and x is not a), key=lambda x: x.opts["reads"], default=None)
        rel = ('<font class="content"><strong><big>&middot;</big></strong>&nbsp;<a href="{{base:offsite}}/lmhtx-vn/" '
               'target="new">Liên minh HTX Việt Nam</a><br>'
               f'<strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;topic={t}">Thêm về '
               f'{esc(tname)}</a><br><strong><big>&middot;</big></strong>&nbsp;<a href="modules.php?name=Search&amp;'
               f'author={a.opts["aid"]}">Tin của {esc(a.opts["aid"])}</a><br></font>')
        if most:
            rel += (f'<br><center><font class="content"><b>Tin được đọc nhiều nhất về {esc(tname)}:</b><br><a href="'
                    f'{amp(nuke_href(most))}">{esc(most.title)}</a></font></center>')
        avg, votes = a.opts["rating"]
        rate_opts = "".join(f'<input type="radio" name="score" value="{v}"> {w}<br>'
                            for v, w in [(5, "Tuyệt vời"), (4, "Rất tốt"), (3, "Tốt"), (2, "Bình thường"), (1, "Tồi")])
        rate = ((f'<center>Điểm trung bình: <b>{avg}</b><br>Số phiếu: <b>{votes}</b><br><br></center>' if votes else "")
                + '<form action="modules.php?name=News" method="post"><center>Xin vui lòng dành một giây để bầu chọn cho '
                f'bài viết này:</center><br>{rate_opts}<input type="hidden" name="sid" value="{s}"><input type="hidden" '
                'name="op" value="rate_article"><br><center><input type="submit" value="Bỏ phiếu!"></center></form>')
        opts = (f'<br>&nbsp;<img src="images/print.gif" border="0" alt="" title="" width="16" height="11">&nbsp;&nbsp;'
                f'<a href="modules.php?name=News&amp;file=print&amp;sid={s}">Trang in thân thiện</a><br><br>'
                f'&nbsp;<img src="images/friend.gif" border="0" alt="" title="" width="16" height="11">&nbsp;&nbsp;'
                f'<a href="modules.php?name=News&amp;file=friend&amp;op=FriendSend&amp;sid={s}">Gửi bài này cho bạn bè</a>'
                "<br><br>")
        comments = a.opts["comments"]
        ctable = ""
        for i, (who, ctext, when) in enumerate(comments):
            by = "<b>Khách</b>" if who == "Khách" else f"<b>{userlink(who)}</b>"
            ctable += (f'<a name="{200 + s * 3 + i}"></a><table width="99%" border="0" cellspacing="1" cellpadding="2">'
                       f'<tr><td bgcolor="#D5E3F2"><font class="content"><b>Re: {esc(a.title)}</b> (Điểm: 1)<br>bởi {by} '
                       f'vào {nuke_date(when)}<br></font></td></tr><tr><td><font class="content">{esc(ctext)}</font></td>'
                       "</tr></table><br>")
        ncom = len(comments)
        com = ('<a name="comments"></a><table width="99%" border="0" cellspacing="1" cellpadding="2" class="commentsbox">'
               f'<tr><td align="center"><font class="content"><b>{esc(a.title)}</b> | <b><a href="modules.php?name='
               'Your_Account&amp;op=new_user">Đăng nhập/Tạo tài khoản</a></b> | ' + (f"{ncom} <b>Bình luận</b>" if ncom else
                                                                                       "<b>0</b> Bình luận")
               + '</font></td></tr><tr><td align="center"><font class="tiny">Các bình luận thuộc quyền sở hữu của người gửi. '
               'Chúng tôi không chịu trách nhiệm về nội dung của họ.</font></td></tr></table><br>' + ctable)
        center = (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr><td valign="top" width="100%">'
                  f'{story_box(a, text)}</td><td>&nbsp;</td><td valign="top" width="180">'
                  f'{sidebox("Liên kết liên quan", rel)}{sidebox("Đánh giá bài viết", rate)}{sidebox("Tùy chọn", opts)}'
                  f"</td></tr></table>{com}")
        page = layout(f"{NAME} - {a.title}", center, index=False)
        site.page(a.path, page)
        site.extra_boilerplate += [c[1] for c in comments]
        # the comments link of the index
        variant = f"{a.path}&mode=&order=0&thold=0"
        site.same_page(variant, a.path)
        a.aliases.append(variant)
        # the printer page
        prn = f"/modules.php?name=News&file=print&sid={s}"
        plain = f"{home}<br><br>{body}"
        site.page(prn, f"""<html><head><title>{esc(NAME)}</title>
<META HTTP-EQUIV="Content-Type" CONTENT="text/html; charset=utf-8">
<LINK REL="StyleSheet" HREF="{THEME[1:]}/style/style.css" TYPE="text/css"></head>
<body bgcolor="#ffffff" text="#000000">
<table border="0"><tr><td>
<table border="0" width="640" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>
<table border="0" width="640" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td>
<center>
<img src="images/logo.gif" border="0" alt=""><br><br>
<font class="content">
<b>{esc(a.title)}</b></font><br>
<font class="tiny"><b>Ngày:</b> {nuke_date(a.date)}<br><b>Chủ đề:</b> {esc(tname)}<br><br></font>
</center>
<font class="content">
{plain}<br><br>
</font>
</td></tr></table></td></tr></table>
<br><br><center>
<font class="content">
Bài viết này đến từ {esc(NAME)}<br>
<a href="{{{{base}}}}">{{{{base}}}}</a><br><br>
URL của bài viết này là:<br>
<a href="{{{{base}}}}/modules.php?name=News&amp;file=article&amp;sid={s}">{{{{base}}}}/modules.php?name=News&amp;file=article&amp;sid={s}</a>
</font>
</center>
</td></tr></table>
</body>
</html>
""")
        a.aliases.append(prn)
        friend = f"/modules.php?name=News&file=friend&op=FriendSend&sid={s}"
        site.page(friend, layout(f"{NAME} - Gửi bài cho bạn bè", (
            '<table width="100%" border="0" cellspacing="1" cellpadding="0" bgcolor="#ffffff"><tr><td><center><font '
            f'class="title"><b>Gửi bài viết cho bạn bè</b></font></center><br><br>Bạn sẽ gửi bài viết <b>{esc(a.title)}</b> '
            'tới một người bạn:<br><br><form action="modules.php?name=News&amp;file=friend" method="post"><input '
            f'type="hidden" name="sid" value="{s}"><b>Tên của bạn: </b> <input type="text" name="yname" size="25"><br><br>'
            '<b>Email của bạn: </b> <input type="text" name="ymail" size="25"><br><br><br><b>Tên người nhận: </b> <input '
            'type="text" name="fname"><br><br><b>Email người nhận: </b> <input type="text" name="fmail"><br><br><input '
            'type="hidden" name="op" value="SendStory"><input type="submit" value="Gửi"></form></td></tr></table>'),
            index=False))
        site.non_articles.append(friend)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/images/news/{b.src}", image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH BAC NINH", "THONG BAO SO 07/TB-LMHTX"]))
        site.add_article(a)
    site.trap("every story's 'Trang in thân thiện' (modules.php?name=News&file=print&sid=N: logo, title, 'Ngày: …', "
              "'Chủ đề: …', the text, 'URL của bài viết này là:'): an alias; the 'friend' form: not an article",
              f"/modules.php?name=News&file=print&sid={arts[0].opts['sid']}")

    # -- the News index, pages ---------------------------------------------------------------------
    pages = (len(arts) + PER - 1) // PER
    for n in range(pages):
        chunk = arts[n * PER:(n + 1) * PER]
        center = "".join(index_story(a) for a in chunk) + pager(n, len(arts), "modules.php?name=News")
        page = layout(f"{NAME} - Tin tức" if n else NAME, center, index=True)
        if n == 0:
            site.page("/", page)
            site.same_page("/index.php", "/")
            site.same_page("/modules.php?name=News", "/")
            site.non_articles += ["/", "/modules.php?name=News"]
        else:
            path = f"/modules.php?name=News&pagenum={n + 1}"
            site.page(path, page)
            site.non_articles.append(path)
    site.trap("the News index (/ = index.php = modules.php?name=News): 5 stories with the hometext, 'Chủ đề:' and the "
              "'(Đọc tiếp... | N bytes còn lại | Bình luận? | print friend)' line; its pager modules.php?name=News&pagenum=2 "
              "holds the three oldest", "/modules.php?name=News&pagenum=2")
    for t, (tname, img) in TOPICS.items():
        items = [a for a in arts if a.opts["topic"] == t]
        base = f"modules.php?name=News&new_topic={t}"
        tpages = max(1, (len(items) + PER - 1) // PER)
        for n in range(tpages):
            path = "/" + base + (f"&pagenum={n + 1}" if n else "")
            center = (f'<center><a href="{amp(base)}"><img src="images/topics/{img}" border="0" '
                      f'alt="{attr(tname)}"></a><br><font class="title">{esc(tname)}</font></center><br>'
                      + "".join(index_story(a) for a in items[n * PER:(n + 1) * PER]) + pager(n, len(items), base))
            site.page(path, layout(f"{NAME} - {tname}", center, index=True))
            site.non_articles.append(path)
        site.binary(f"/images/topics/{img}", image_for(img))
    site.trap("topic pages modules.php?name=News&new_topic=N (the topic icon over the index's 5 stories and its pager): "
              "lists; 'Tin hoạt động' has 6 stories, its …&new_topic=1&pagenum=2 holds the oldest",
              "/modules.php?name=News&new_topic=1&pagenum=2")

    # -- Stories Archive -------------------------------------------------------------------------
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)

    def month_path(y: int, m: int) -> str:
        return (f"/modules.php?name=Stories_Archive&sa=show_month&year={y}&month={m}&month_l="
                f"{quote(MONTHS[m - 1])}")

    def archive_table(items: list[RichArticle]) -> str:
        rows = "".join(
            f'<tr><td bgcolor="#EEEEEE"><a href="{amp(nuke_href(a))}">{esc(a.title)}</a></td><td bgcolor="#EEEEEE" '
            f'align="center">{len(a.opts["comments"])}</td><td bgcolor="#EEEEEE" align="center">{a.opts["reads"]}</td>'
            f'<td bgcolor="#EEEEEE" align="center"><img src="images/articles/stars-{a.opts["rating"][0]}.gif" border="0" '
            f'alt=""></td><td bgcolor="#EEEEEE" align="center">{a.date:%Y-%m-%d}</td><td bgcolor="#EEEEEE" align="center">'
            f'{icons(a)}</td></tr>' for a in items)
        return ('<table border="0" width="100%"><tr><td bgcolor="#D5E3F2" align="left"><b>Bài viết</b></td><td '
                'bgcolor="#D5E3F2" align="center"><b>Bình luận</b></td><td bgcolor="#D5E3F2" align="center"><b>Lần đọc</b>'
                '</td><td bgcolor="#D5E3F2" align="center"><b>Đánh giá</b></td><td bgcolor="#D5E3F2" align="center"><b>Ngày'
                f'</b></td><td bgcolor="#D5E3F2" align="center"><b>Tác vụ</b></td></tr>{rows}</table>')

    month_links = "".join(f'<li><a href="{amp(month_path(y, m)).replace(" ", "%20")}">{MONTHS[m - 1]}, {y}</a>'
                          for y, m in months)
    site.page("/modules.php?name=Stories_Archive", layout(
        f"{NAME} - Lưu trữ tin", '<center><font class="title"><b>Lưu trữ tin theo tháng</b></font><br><br></center>'
        f'<font class="content"><ul>{month_links}</ul><br><br><center><a href="modules.php?name=Stories_Archive&amp;'
        'sa=show_all">Xem tất cả các tin</a></center></font>', index=False))
    site.non_articles.append("/modules.php?name=Stories_Archive")
    for y, m in months:
        items = [a for a in arts if (a.date.year, a.date.month) == (y, m)]
        path = month_path(y, m)
        site.page(path, layout(f"{NAME} - Lưu trữ tin", f'<center><font class="title"><b>Lưu trữ tin: {MONTHS[m - 1]}, {y}'
                                                       f'</b></font></center><br>{archive_table(items)}<br><center>[ <a href='
                                                       '"modules.php?name=Stories_Archive">Về trang lưu trữ</a> ]</center>',
                               index=False))
        site.non_articles.append(path)
    site.page("/modules.php?name=Stories_Archive&sa=show_all", layout(
        f"{NAME} - Lưu trữ tin", '<center><font class="title"><b>Tất cả các tin trong lưu trữ</b></font></center><br>'
        f'{archive_table(arts)}', index=False))
    site.non_articles.append("/modules.php?name=Stories_Archive&sa=show_all")
    site.trap("Stories Archive (the month list; '…&sa=show_month&year=2025&month=3&month_l=Tháng%20ba', '…&sa=show_all'): "
              "tables with the raw date '2025-03-01' and the print/friend icons: lists",
              month_path(2025, 3))

    # -- search, user, survey, submit, feedback ----------------------------------------------------
    def search_page(path: str, head: str, items: list[RichArticle]) -> None:
        res = "".join(f'<strong><big>&middot;</big></strong>&nbsp;<a href="{amp(nuke_href(a))}"><b>{esc(a.title)}</b></a><br>'
                      f'<font class="content">Gửi bởi {userlink(a.opts["aid"])} vào {nuke_date(a.date)}</font><br><br>'
                      for a in items)
        site.page(path, layout(f"{NAME} - Tìm kiếm", f'<center><font class="title"><b>{esc(head)}</b></font></center><br>'
                               '<form action="modules.php?name=Search" method="post"><input size="25" type="text" '
                               f'name="query" value=""> <input type="submit" value="Tìm kiếm"></form><br>{res}', index=False))
        site.non_articles.append(path)
    search_page("/modules.php?name=Search", "Tìm kiếm", [])
    for t, (tname, _) in TOPICS.items():
        search_page(f"/modules.php?name=Search&topic={t}", f"Tìm kiếm trong chủ đề {tname}",
                    [a for a in arts if a.opts["topic"] == t])
    aids = sorted({a.opts["aid"] for a in arts})
    for u in aids:
        search_page(f"/modules.php?name=Search&author={u}", f"Tin của {u}", [a for a in arts if a.opts["aid"] == u])
    site.trap("the related box's 'Thêm về <topic>' / 'Tin của <aid>' are search lists (modules.php?name=Search&topic=N, "
              "&author=<aid>): not articles", "/modules.php?name=Search&author=lmhtxbn")
    users = sorted(set(aids) | {a.opts["informant"] for a in arts if a.opts.get("informant")}
                   | {c[0] for a in arts for c in a.opts["comments"] if c[0] != "Khách"})
    for u in users:
        path = f"/modules.php?name=Your_Account&op=userinfo&username={u}"
        site.page(path, layout(f"{NAME} - Tài khoản", f'<center><font class="title">Thông tin thành viên: {esc(u)}</font>'
                               '</center><br><font class="content">Thành viên từ: 2019<br>Số bài đã gửi: 3</font>',
                               index=False))
        site.non_articles.append(path)
    for path, head in [("/modules.php?name=Your_Account", "Đăng nhập thành viên"),
                       ("/modules.php?name=Your_Account&op=new_user", "Đăng ký thành viên mới"),
                       ("/modules.php?name=Surveys", "Các cuộc thăm dò ý kiến"),
                       ("/modules.php?name=Surveys&op=results&pollID=2&mode=&order=0&thold=0", "Kết quả thăm dò"),
                       ("/modules.php?name=Submit_News", "Gửi bài viết"),
                       ("/modules.php?name=Feedback", "Liên hệ")]:
        site.page(path, layout(f"{NAME} - {head}", f'<center><font class="title"><b>{esc(head)}</b></font></center><br>'
                               '<form action="modules.php" method="post"><input type="text" name="x" size="30"> '
                               '<input type="submit" value="Gửi"></form>', index=False))
        site.non_articles.append(path)
    site.trap("Your_Account (login, new user, the user pages of the 'Gửi bởi' accounts and commenters), Surveys, "
              "Submit_News, Feedback: not articles", "/modules.php?name=Your_Account&op=userinfo&username=lmhtxbn")

    # -- backend.php (RSS 0.91: no dates), robots --------------------------------------------------
    items = "".join(f"<item>\n<title>{esc(a.title)}</title>\n<link>{{{{base}}}}/modules.php?name=News&amp;file=article&amp;"
                    f"sid={a.opts['sid']}</link>\n</item>\n\n" for a in arts[:10])
    site.page("/backend.php", f"""<?xml version="1.0" encoding="utf-8"?>

<!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN"
 "http://my.netscape.com/publish/formats/rss-0.91.dtd">

<rss version="0.91">

<channel>
<title>{esc(NAME)}</title>
<link>{{{{base}}}}</link>
<description>Tin nhanh hoạt động kinh tế tập thể tỉnh Bắc Ninh</description>
<language>vi-vn</language>

{items}</channel>
</rss>
""", content_type="text/xml; charset=utf-8")
    site.trap("backend.php: RSS 0.91, the 10 newest, titles and links only (no date, no text)", "/backend.php")
    site.static("/robots.txt", "User-agent: *\nDisallow: admin.php\nDisallow: /admin/\nDisallow: /images/\n"
                "Disallow: /includes/\nDisallow: /themes/\nDisallow: /blocks/\nDisallow: /modules/\nDisallow: /language/\n")
    for img in ["print.gif", "friend.gif", "whosonline.gif", "logo.gif", *[f"articles/stars-{k}.gif" for k in range(6)]]:
        site.binary(f"/images/{img}", image_for(img))
    site.binary(f"{THEME}/images/logo.png", image_for("logo-bn"))
    site.static(f"{THEME}/style/style.css", "body{font-family:Verdana,Arial,sans-serif;font-size:11px}\n")
    site.static("/includes/javascript.js", "/* PHP-Nuke */\n")
    return site
