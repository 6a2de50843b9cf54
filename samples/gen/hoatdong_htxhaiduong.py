"""Site `hoatdong-htxhaiduong` (registry family `generic`): "Hoạt động Liên minh HTX tỉnh Hải Dương" on **PostNuke
0.764** (the PHP-Nuke fork; the Vietnamese language pack `lang/vie`, whose `ml_ftime` prints "Thứ Hai, 22 Tháng Mười
2012"; the table theme `SeaBreeze` as the local web company recoloured it; the modules News, Topics, Sections, Search,
Submit_News, Recommend_Us, User; "stories on the home page" set to 5; the copy is of 22 October 2012, the host in
Vietnam, the site's timezone GMT+7). Written as a held-out test: no family module, no selectors.

URL shapes (every link relative, `&amp;` in the markup): a story
`modules.php?op=modload&name=News&file=article&sid=N&mode=thread&order=0&thold=0` (the "Đọc tiếp..." link and the
title's target: canonical); the same story as `modules.php?op=modload&name=News&file=article&sid=N` (backend.php's
links and the print page's "URL của bài viết này là:"), as `index.php?module=News&func=display&sid=N` (the new API
URL the search results and the "most read" line use) and its print view `print.php?sid=N` (centred title, "Ngày: …
Chủ đề: …", the same text): aliases. The home `/` = `/index.php` (5 stories a page, the pager
`index.php?module=News&func=view&startnum=6`, `…&startnum=11`: "Trang trước" / "Trang sau" only); a topic
`modules.php?op=modload&name=News&file=index&catid=&topic=N` (5 a page, `…&startnum=6`); a category
`modules.php?op=modload&name=News&file=index&catid=N`; the Topics module's icon page; Sections
(`…&name=Sections&file=index`, `&req=listarticles&secid=N`, `&req=viewarticle&artid=N`: the alliance's static
introduction pages, no date); the search form and its result lists (5 a page); the "send to a friend" form; the
Submit_News form; `user.php` (login, register, user info: robots.txt disallows it); `backend.php` (RSS 0.91: the 10
newest titles and links, no dates, no text). No site map, no canonical, no Open Graph.

Why it is hard: no heading anywhere; `<title>` is "<site name> :: <slogan>" on every page (PostNuke 0.7 never puts the
story's title in it) and `<meta name="author">` is the site name. The story's title is `font.pn-title` in the
theme's story table and, when the story has a category, is printed "<a>Thông báo</a>: <title>" (the category is not
part of the title). Under it the story line "Đăng bởi admin vào Thứ Ba, 02 Tháng Mười 2012 - 00:20:15 (đọc 214 lần)"
(the weekday and month in words, the approving account `aid`: never an author); a story a member submitted reads
"Bài viết gửi bởi <a>informant</a> vào …" and its hometext is printed `informant viết "<i>…</i>"` (the user name,
"viết" and the quotes are no text). The text is the hometext (one run of text, the first line), `<br><br>`, then the
bodytext (`<p>`s, bold-paragraph headings, lists, bordered tables whose first row is bold, centred photos with the
caption after a `<br>` in the same paragraph, a right-aligned byline), all in one `font.pn-normal` cell beside the
topic icon. The article page then puts three boxes beside the story ("Liên kết liên quan" with the "most read"
story of the topic, "Đánh giá bài viết", "Tùy chọn") and the comments ("Re: <title> (Điểm: 1)", "bởi Khách vào …").
The left blocks (menu, login, who's online) are on every page, the right ones (poll, today's big story) on the home
page. A story posted at 00:20 on 2 October about the evening before belongs to 2 October (UTC would give 1 October).
The oldest story is on no first page: only on the page 2 of its topic, on the home's page 3 (reached from page 2)
and on the search lists' later pages; backend.php (10 titles) does not list it.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from urllib.parse import urljoin

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, parse_html, pdf, static_file_for
from .richbody import RichArticle

SITE = "hoatdong-htxhaiduong"
SITENAME = "Liên minh Hợp tác xã tỉnh Hải Dương"
SLOGAN = "Hoạt động kinh tế tập thể"
TITLE = f"{SITENAME} :: {SLOGAN}"
NOW = datetime(2012, 10, 22, 9, 0)
PER = 5
WEEKDAYS = ("Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy", "Chủ Nhật")
MONTHS = ("Tháng Một", "Tháng Hai", "Tháng Ba", "Tháng Tư", "Tháng Năm", "Tháng Sáu", "Tháng Bảy", "Tháng Tám",
          "Tháng Chín", "Tháng Mười", "Tháng Mười Một", "Tháng Mười Hai")
TOPICS = {1: ("Hoạt động Liên minh", "lienminh.gif"), 2: ("Kinh tế tập thể", "kinhte.gif")}
CATS = {1: "Thông báo", 2: "Điểm báo"}
FOOTER = "Liên minh Hợp tác xã tỉnh Hải Dương - Số 8 Hồng Quang, TP Hải Dương - ĐT: 0320.3853.224 - Fax: 0320.3853.225"
RIGHTS = ("Các logo và nhãn hiệu thuộc quyền sở hữu của các chủ sở hữu tương ứng, các bài viết thuộc quyền của tác giả, "
          "phần còn lại © 2006 - 2012 Liên minh Hợp tác xã tỉnh Hải Dương")
BANNER = "Thứ Hai, 22 Tháng Mười 2012"
WELCOME = "Chào mừng quý vị đến với trang thông tin Liên minh HTX tỉnh Hải Dương"
ONLINE = "Hiện có 4 khách và 0 thành viên đang trực tuyến."
COMMENT_NOTE = "Các lời bình thuộc về người gửi. Chúng tôi không chịu trách nhiệm về nội dung của chúng."
FURN = [BANNER, WELCOME, FOOTER, RIGHTS, ONLINE, COMMENT_NOTE, "Menu chính", "Ai đang trực tuyến", "Bạn là khách vô danh.",
        "Liên kết liên quan", "Đánh giá bài viết", "Điểm trung bình: 0", "Số phiếu: 0", "Tùy chọn", "Trang in thân thiện",
        "Gửi bài này cho bạn bè", "Đăng nhập/Tạo tài khoản", "Tên đăng nhập", "Mật khẩu", "Chưa có tài khoản?",
        "Bạn có thể lấy tin của trang qua backend.php", "Trang web vận hành trên nền PostNuke",
        "Khách chưa được phép gửi lời bình, xin hãy đăng ký", "Liên kết website"]
GIF = (b"GIF89a\x01\x00\x01\x00\x80\x00\x00\x00\x00\x00\xff\xff\xff!\xf9\x04\x01\x00\x00\x00\x00,\x00\x00\x00\x00"
       b"\x01\x00\x01\x00\x00\x02\x02D\x01\x00;")
HTML = "text/html; charset=utf-8"


def pn_date(d: datetime) -> str:
    return f"{WEEKDAYS[d.weekday()]}, {d:%d} {MONTHS[d.month - 1]} {d.year} - {d:%H:%M:%S}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Thông báo số 27/TB-LMHTX về việc tổ chức Hội nghị tổng kết 5 năm thực hiện Luật Hợp tác xã năm 2003",
          lead="Liên minh HTX tỉnh Hải Dương thông báo tổ chức Hội nghị tổng kết 5 năm thực hiện Luật Hợp tác xã năm 2003 "
               "trên địa bàn tỉnh.",
          body="""
LIÊN MINH HTX TỈNH HẢI DƯƠNG
Số: 27/TB-LMHTX
Hải Dương, ngày 17 tháng 10 năm 2012
THÔNG BÁO
Về việc tổ chức Hội nghị tổng kết 5 năm thực hiện Luật Hợp tác xã năm 2003
Thực hiện Kế hoạch số 112/KH-UBND ngày 05/9/2012 của UBND tỉnh, Liên minh HTX tỉnh tổ chức Hội nghị vào 8 giờ ngày 30/10/2012 tại Hội trường Liên minh HTX tỉnh.
Thành phần: Chủ nhiệm các HTX nông nghiệp, HTX phi nông nghiệp và quỹ tín dụng nhân dân tiêu biểu của 12 huyện, thành phố, thị xã.
Đề nghị các đơn vị gửi báo cáo tham luận về Văn phòng Liên minh HTX tỉnh trước ngày 25/10/2012.
CHỦ TỊCH
Nguyễn Văn Thịnh
""", author=None, doc_number="27/TB-LMHTX",
          attachments=[{"path": "/uploads/thongbao/TB-27-LMHTX-2012.pdf", "text": "TB-27-LMHTX-2012.pdf"}],
          opts={"topic": 1, "cat": 1, "reads": 186, "comments": []},
          notes=["notice 'Số: 27/TB-LMHTX' dated 17/10 in its text, posted 'Thứ Năm, 18 Tháng Mười 2012 - 15:30:12' (the "
                 "story line); category 'Thông báo' prefixes the printed title ('Thông báo: Thông báo số …': the prefix is "
                 "not the title); 'Đăng bởi admin': no author; the signer is text; the /uploads/…pdf link in its own "
                 "paragraph is an attachment, not text"],
          **at(datetime(2012, 10, 18, 15, 30, 12))),
        A(path="", title="Ảnh: Hội thi Chủ nhiệm HTX giỏi tỉnh Hải Dương năm 2012",
          lead="Ngày 11/10, Liên minh HTX tỉnh phối hợp với Hội Nông dân tỉnh tổ chức Hội thi Chủ nhiệm HTX giỏi năm 2012.",
          body="""
Hội thi có 24 thí sinh là chủ nhiệm các HTX nông nghiệp đến từ 12 huyện, thành phố, thị xã trong tỉnh.
[img hoithi-1.jpg] Các thí sinh tham gia phần thi kiến thức về Luật Hợp tác xã
[img hoithi-2.jpg] Phần thi xử lý tình huống trong quản lý, điều hành HTX
[img hoithi-3.jpg] Ban tổ chức trao giải Nhất cho thí sinh HTX Nông nghiệp Cộng Hòa (huyện Nam Sách)
Hội thi là dịp để cán bộ HTX trao đổi kinh nghiệm tổ chức sản xuất, dịch vụ cho xã viên.
""", byline="Bài và ảnh: Phạm Thu Trang", author="Phạm Thu Trang",
          opts={"topic": 1, "cat": 0, "reads": 342, "comments": [
              ("Khách", "Chúc mừng HTX Cộng Hòa, năm sau nên tổ chức thêm cho các HTX phi nông nghiệp.", 2, 13)]},
          notes=["photo story: each photo a centred <p><img><br><i>caption</i></p> (the caption one line each); 'Bài và ảnh: "
                 "Phạm Thu Trang' closes it -> author; an anonymous comment under it ('Re: …', 'bởi Khách vào …') is not "
                 "text"],
          **at(datetime(2012, 10, 12, 9, 45, 0))),
        A(path="", title="Kết quả hoạt động của các HTX nông nghiệp 9 tháng đầu năm 2012",
          lead="Chín tháng đầu năm 2012, phần lớn HTX nông nghiệp trong tỉnh duy trì tốt các khâu dịch vụ cho xã viên.",
          body="""
| Khâu dịch vụ | Số HTX thực hiện | Doanh thu (triệu đồng) | So cùng kỳ (%) |
| Thủy lợi, tưới tiêu | 268 | 41.250 | 103,4 |
| Cung ứng giống, vật tư | 215 | 63.870 | 108,1 |
| Bảo vệ thực vật | 197 | 9.430 | 101,7 |
| Điện sinh hoạt | 86 | 52.160 | 110,5 |
Nhiều HTX đã mở thêm dịch vụ làm đất bằng máy, tiêu thụ nông sản cho xã viên.
Tuy vậy, vẫn còn 31 HTX hoạt động cầm chừng, cần được củng cố trong quý IV.
""", byline="Nguyễn Đức Thắng - Ban Kiểm tra", author="Nguyễn Đức Thắng",
          opts={"topic": 2, "cat": 0, "reads": 275, "comments": []},
          notes=["a bordered table pasted into the bodytext (no <th>: the first row's cells in <b>): one line per row; "
                 "'Nguyễn Đức Thắng - Ban Kiểm tra' closes it -> Nguyễn Đức Thắng"],
          **at(datetime(2012, 10, 9, 14, 10, 20))),
        A(path="", title="Kinh nghiệm xây dựng phương án sản xuất kinh doanh của HTX dịch vụ nông nghiệp",
          lead="Phương án sản xuất kinh doanh sát thực tế giúp HTX chủ động nguồn vốn và nâng cao chất lượng dịch vụ.",
          body="""
## Các bước xây dựng phương án
* Đánh giá kết quả thực hiện phương án năm trước, làm rõ khâu dịch vụ có lãi, khâu bị lỗ;
* Khảo sát nhu cầu dịch vụ của xã viên theo từng thôn, đội sản xuất;
* Dự kiến doanh thu, chi phí và mức thu dịch vụ cho từng khâu;
* Đưa phương án ra Đại hội xã viên thảo luận, biểu quyết thông qua.
Ở HTX chúng tôi, làm đúng các bước trên từ năm 2010 đã giúp giảm 15% chi phí dịch vụ cho xã viên.
""", byline="Nguyễn Văn Bình", author="Nguyễn Văn Bình",
          opts={"topic": 2, "cat": 0, "reads": 158, "informant": "binhnv", "comments": []},
          notes=["a story a member submitted: the story line 'Bài viết gửi bởi binhnv vào …', the hometext printed 'binhnv "
                 "viết \"<i>…</i>\"' (the user name, 'viết' and the quotes are no text); a bold-paragraph heading and a "
                 "list; the bare name 'Nguyễn Văn Bình' closes it: the author (not the account 'binhnv')"],
          **at(datetime(2012, 10, 4, 8, 30, 0))),
        A(path="", title="Liên minh HTX tỉnh gặp mặt các HTX điển hình nhân kỷ niệm Ngày HTX Việt Nam",
          lead="Tối 1/10, Liên minh HTX tỉnh tổ chức gặp mặt đại diện các HTX điển hình tiên tiến trong tỉnh.",
          body="""
Buổi gặp mặt có 60 đại biểu là chủ nhiệm các HTX, quỹ tín dụng nhân dân và tổ hợp tác tiêu biểu.
Các đại biểu đã chia sẻ kinh nghiệm tổ chức dịch vụ, tiêu thụ sản phẩm và huy động vốn cho sản xuất.
Dịp này, Liên minh HTX tỉnh tặng Bằng khen cho 15 HTX có thành tích xuất sắc năm 2012.
""", author=None,
          opts={"topic": 1, "cat": 0, "reads": 214, "comments": []},
          notes=["posted at 00:20:15 on 2 October about the evening before ('Tối 1/10' is the event): the story line 'Thứ "
                 "Ba, 02 Tháng Mười 2012 - 00:20:15' is Vietnam time: published 2012-10-02 00:20 (read as UTC it would be "
                 "the 1st); 'Đăng bởi admin', no byline: author null"],
          **at(datetime(2012, 10, 2, 0, 20, 15))),
        A(path="", title="Hải Dương: Nhiều HTX chuyển đổi mô hình hoạt động hiệu quả",
          lead="Sau khi chuyển đổi theo Luật HTX, nhiều HTX ở Hải Dương đã mạnh dạn mở rộng ngành nghề kinh doanh.",
          body="""
HTX Dịch vụ nông nghiệp Thanh Hồng (huyện Thanh Hà) đã đầu tư kho lạnh bảo quản vải thiều, giúp xã viên bán được giá cao hơn.
HTX Đan Hội (huyện Tứ Kỳ) phát triển nghề đan cói xuất khẩu, tạo việc làm cho gần 200 lao động nông thôn.
Theo ngành chức năng, toàn tỉnh hiện có 312 HTX nông nghiệp đã chuyển đổi và hoạt động ổn định.
""", byline="Theo Báo Hải Dương", author=None,
          opts={"topic": 2, "cat": 2, "reads": 233, "comments": []},
          notes=["a reprint: category 'Điểm báo' prefixes the printed title; 'Theo Báo Hải Dương' closes the text: no author"],
          **at(datetime(2012, 9, 27, 10, 5, 40))),
        A(path="", title="HTX Nông nghiệp Thanh Hải liên kết tiêu thụ vải thiều với doanh nghiệp",
          lead="Vụ vải năm 2012, HTX Nông nghiệp Thanh Hải đã ký hợp đồng tiêu thụ 400 tấn vải thiều với doanh nghiệp "
               "chế biến.",
          body="""
Theo hợp đồng, doanh nghiệp thu mua vải quả tươi tại vườn với giá bảo đảm không thấp hơn giá thị trường.
HTX hướng dẫn xã viên chăm sóc vải theo quy trình VietGAP để đáp ứng yêu cầu của đối tác.
Năm tới, HTX dự kiến mở rộng diện tích vải liên kết lên 120 ha.
""", author=None,
          opts={"topic": 2, "cat": 0, "reads": 121, "informant": "htxthanhhai", "comments": []},
          notes=["submitted by the cooperative's own account: 'Bài viết gửi bởi htxthanhhai vào …' and the hometext in "
                 "'htxthanhhai viết \"<i>…</i>\"'; no byline: author null (an account is no author)"],
          **at(datetime(2012, 9, 21, 16, 45, 0))),
        A(path="", title="Liên minh HTX tỉnh tập huấn kế toán cho cán bộ HTX",
          lead="Từ ngày 10 đến 13/9, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 70 cán bộ HTX.",
          body="""
Học viên được hướng dẫn chế độ kế toán áp dụng cho HTX theo Thông tư số 24/2010/TT-BTC của Bộ Tài chính.
Lớp học dành nhiều thời gian thực hành lập sổ sách, báo cáo tài chính trên máy vi tính.
Kết thúc lớp học, 68 học viên được cấp giấy chứng nhận.
""", byline="Lê Minh Hoàng", author="Lê Minh Hoàng",
          opts={"topic": 1, "cat": 0, "reads": 167, "comments": []},
          notes=["'Đăng bởi admin'; the bare name 'Lê Minh Hoàng' closes the text: the author"],
          **at(datetime(2012, 9, 14, 10, 30, 0))),
        A(path="", title="Đoàn công tác Liên minh HTX Việt Nam làm việc tại Hải Dương",
          lead="Ngày 6/9, đoàn công tác Liên minh HTX Việt Nam đã làm việc với Liên minh HTX tỉnh Hải Dương.",
          body="""
Đoàn đã nghe báo cáo tình hình phát triển kinh tế tập thể của tỉnh và thăm một số HTX tiêu biểu.
Lãnh đạo Liên minh HTX Việt Nam đề nghị tỉnh tiếp tục quan tâm bố trí vốn cho Quỹ hỗ trợ phát triển HTX.
""", author=None,
          opts={"topic": 1, "cat": 0, "reads": 98, "comments": []},
          notes=["'Đăng bởi admin', no byline: author null"],
          **at(datetime(2012, 9, 7, 15, 0, 0))),
        A(path="", title="Quỹ tín dụng nhân dân Lai Cách tăng trưởng dư nợ ổn định",
          lead="Tám tháng đầu năm, Quỹ tín dụng nhân dân Lai Cách (huyện Cẩm Giàng) đạt dư nợ cho vay 86 tỷ đồng.",
          body="""
Quỹ hiện có 2.150 thành viên, nguồn vốn huy động tăng 12% so với đầu năm.
Nợ xấu được kiểm soát dưới 1%, Quỹ bảo đảm chi trả cổ tức cho thành viên đúng hạn.
""", byline="Trần Thị Huyền", author="Trần Thị Huyền",
          opts={"topic": 2, "cat": 0, "reads": 143, "comments": []},
          notes=["'Trần Thị Huyền' closes the text: the author; the page 2 of the home and of its topic"],
          **at(datetime(2012, 8, 29, 9, 20, 0))),
        A(path="", title="HTX Nông nghiệp Cẩm Vũ sản xuất rau an toàn theo hướng hàng hóa",
          lead="HTX Nông nghiệp Cẩm Vũ (huyện Cẩm Giàng) đã xây dựng vùng rau an toàn 45 ha cung cấp cho thị trường Hà Nội.",
          body="""
[img camvu-rau.jpg] Xã viên HTX Cẩm Vũ thu hoạch rau an toàn
Mỗi ngày HTX tiêu thụ khoảng 8 tấn rau các loại cho các bếp ăn tập thể và chợ đầu mối.
HTX đang xây dựng nhãn hiệu tập thể rau an toàn Cẩm Vũ.
""", byline="Tin, ảnh: Vũ Đức Hạnh", author="Vũ Đức Hạnh",
          opts={"topic": 2, "cat": 0, "reads": 119, "comments": []},
          notes=["the oldest story: on no first page (not on the home's first page, its topic's first page, backend.php "
                 "nor any side box): only on its topic's page 2 (…&topic=2&startnum=6), the home's page 3 (linked from "
                 "page 2) and the search lists' later pages; 'Tin, ảnh: Vũ Đức Hạnh' -> author"],
          **at(datetime(2012, 8, 16, 14, 0, 0))),
    ]


def story_url(a: RichArticle, amp: bool = True) -> str:
    s = "&amp;" if amp else "&"
    return f"modules.php?op=modload{s}name=News{s}file=article{s}sid={a.opts['sid']}{s}mode=thread{s}order=0{s}thold=0"


def short_url(a: RichArticle, amp: bool = True) -> str:
    s = "&amp;" if amp else "&"
    return f"modules.php?op=modload{s}name=News{s}file=article{s}sid={a.opts['sid']}"


def display_url(a: RichArticle, amp: bool = True) -> str:
    s = "&amp;" if amp else "&"
    return f"index.php?module=News{s}func=display{s}sid={a.opts['sid']}"


def topic_url(t: int, start: int = 1, amp: bool = True) -> str:
    s = "&amp;" if amp else "&"
    return f"modules.php?op=modload{s}name=News{s}file=index{s}catid={s}topic={t}" + (f"{s}startnum={start}" if start > 1 else "")


def cat_url(c: int, amp: bool = True) -> str:
    s = "&amp;" if amp else "&"
    return f"modules.php?op=modload{s}name=News{s}file=index{s}catid={c}"


def home_url(start: int, amp: bool = True) -> str:
    s = "&amp;" if amp else "&"
    return "index.php" if start == 1 else f"index.php?module=News{s}func=view{s}startnum={start}"


def search_url(kind: str, value: str, start: int = 1, amp: bool = True) -> str:
    s = "&amp;" if amp else "&"
    key = "stories_topics[0]" if kind == "topic" else "stories_author"
    return (f"modules.php?op=modload{s}name=Search{s}file=index{s}action=search{s}overview=1{s}active_stories=1{s}"
            f"{key}={value}" + (f"{s}startnum={start}" if start > 1 else ""))


def img_src(a: RichArticle, name: str) -> str:
    return f"images/news/{a.date:%Y}/{a.date:%m}/{name}"


def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><b>{esc(b.text)}</b></p>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="3" cellspacing="0" width="100%">\n<tr>'
                       + "\n".join(f'<td align="center"><b>{esc(c)}</b></td>' for c in head) + "</tr>\n"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows) + "</table>")
        elif b.kind == "img":
            cap = f"<br><i>{esc(b.text)}</i>" if b.text else ""
            out.append(f'<p align="center"><img src="{img_src(a, b.src)}" border="0" width="450" alt="">{cap}</p>')
    for x in a.attachments:
        out.append(f'<p><a href="{x["path"].lstrip("/")}" target="_blank">{esc(x["text"])}</a></p>')
    if a.byline:
        out.append(f'<p align="right"><b>{esc(a.byline)}</b></p>')
    return "\n".join(out)


def hometext_html(a: RichArticle) -> str:
    inf = a.opts.get("informant")
    if inf:
        return (f'<a href="user.php?op=userinfo&amp;uname={inf}">{inf}</a> viết "<i>{inline_html(a.lead)}</i>"')
    return inline_html(a.lead)


def story_line(a: RichArticle) -> str:
    inf = a.opts.get("informant")
    who = (f'Bài viết gửi bởi <a href="user.php?op=userinfo&amp;uname={inf}">{inf}</a>' if inf else "Đăng bởi admin")
    return f"{who} vào {pn_date(a.date)} (đọc {a.opts['reads']} lần)"


def title_html(a: RichArticle, link: bool = False) -> str:
    t = f'<a href="{story_url(a)}">{esc(a.title)}</a>' if link else esc(a.title)
    c = a.opts["cat"]
    return (f'<a href="{cat_url(c)}">{CATS[c]}</a>: {t}') if c else t


def add_relative_assets(site: SiteBuild) -> None:
    """The theme's relative images, style sheet and scripts (core's finalize only serves '/…' references)."""
    for page in list(site.html_pages.values()):
        doc = parse_html(page)
        for ref in doc.xpath("//img/@src|//script/@src|//link[@type='text/css']/@href"):
            if ref.startswith(("/", "{{", "http", "javascript:")):
                continue
            name = static_file_for(urljoin("http://x/", ref)[len("http://x"):])
            if name in site.files:
                continue
            if name.endswith(".gif"):
                site.files[name] = GIF
            elif name.endswith((".jpg", ".png")):
                site.files[name] = image_for(name)
            elif name.endswith(".css"):
                site.files[name] = b"body,td{font-family:Verdana,Arial;font-size:12px}.pn-title{font-weight:bold}\n"
            elif name.endswith(".js"):
                site.files[name] = b"/* PostNuke scripts */\n"
            else:
                raise AssertionError(f"{SITE}: no asset for {ref}")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "hai-duong", f"{SITENAME} - Hoạt động (PostNuke 0.764)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE], feeds=["{{base:%s}}/backend.php" % SITE])
    site.extra_boilerplate += FURN
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    sid = 140
    for a in reversed(arts):
        sid += 3
        a.opts["sid"] = sid
        a.path = "/" + story_url(a, amp=False)
    oldest = arts[-1]
    by_topic = {t: [a for a in arts if a.opts["topic"] == t] for t in TOPICS}
    most_read = {t: max((a for a in items if a is not oldest), key=lambda a: a.opts["reads"])
                 for t, items in by_topic.items()}

    def box(title: str, content: str, width: str = "160") -> str:
        return (f'<table width="{width}" border="0" cellspacing="0" cellpadding="0" class="sidebox"><tr><td class="sideboxtitle">'
                f'<font class="pn-title">{title}</font></td></tr><tr><td class="sideboxcontent"><font class="pn-normal">'
                f"{content}</font></td></tr></table><br>\n")

    dot = "<strong><big>&middot;</big></strong>&nbsp;"
    left = (box("Menu chính", "".join(f'{dot}<a href="{h}">{t}</a><br>' for t, h in [
                ("Trang chủ", "index.php"), ("Chủ đề", "modules.php?op=modload&amp;name=Topics&amp;file=index"),
                ("Giới thiệu", "modules.php?op=modload&amp;name=Sections&amp;file=index"),
                ("Tìm kiếm", "modules.php?op=modload&amp;name=Search&amp;file=index"),
                ("Gửi bài", "modules.php?op=modload&amp;name=Submit_News&amp;file=index"), ("Thành viên", "user.php")]))
            + box("Đăng nhập", '<form action="user.php" method="post"><font class="pn-sub">Tên đăng nhập</font><br>'
                  '<input type="text" name="uname" size="14" maxlength="25"><br><font class="pn-sub">Mật khẩu</font><br>'
                  '<input type="password" name="pass" size="14" maxlength="20"><br><input type="hidden" name="module" '
                  'value="NS-User"><input type="hidden" name="op" value="login"><input type="submit" value="Đăng nhập">'
                  '</form><font class="pn-sub">Chưa có tài khoản? <a href="user.php?op=register&amp;module=NS-NewUser">'
                  "Đăng ký</a></font>")
            + box("Ai đang trực tuyến", f'{ONLINE}<br><br>Bạn là khách vô danh. Bạn có thể <a href="user.php">đăng ký'
                  "</a> miễn phí.")
            + box("Liên kết website", "".join(
                f'{dot}<a href="{{{{base:offsite}}}}{h}" target="_blank">{t}</a><br>' for t, h in [
                    ("Liên minh HTX Việt Nam", "/lmhtx-vn/"), ("UBND tỉnh Hải Dương", "/ubnd-haiduong/"),
                    ("Báo Hải Dương", "/bao-haiduong/")])))
    right_home = (box("Bình chọn", 'Theo bạn, HTX cần được hỗ trợ gì nhất?<br><form action="modules.php" method="post">'
                      + "".join(f'<input type="radio" name="voteID" value="{i}"> {o}<br>' for i, o in enumerate(
                          ["Vốn vay ưu đãi", "Đào tạo cán bộ", "Xúc tiến thương mại", "Ý kiến khác"], 1))
                      + '<input type="submit" value="Bình chọn"></form>')
                  + box("Tin nổi bật hôm nay", "Hôm nay chưa có bài viết nổi bật."))

    def layout(center: str, right: str = "") -> str:
        rcol = f'<td width="170" valign="top" class="rightcol">{right}</td>' if right else ""
        return f"""<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.01 Transitional//EN">
<html>
<head>
<title>{esc(TITLE)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="KEYWORDS" content="hợp tác xã, kinh tế tập thể, Hải Dương, Liên minh HTX">
<meta name="DESCRIPTION" content="{attr(SLOGAN)}">
<meta name="ROBOTS" content="INDEX,FOLLOW">
<meta name="resource-type" content="document">
<meta http-equiv="expires" content="0">
<meta name="author" content="{attr(SITENAME)}">
<meta name="copyright" content="Copyright (c) 2006 by {attr(SITENAME)}">
<meta name="revisit-after" content="1 days">
<meta name="distribution" content="Global">
<meta name="generator" content="PostNuke 0.764 - http://postnuke.com">
<meta name="rating" content="General">
<link rel="alternate" type="application/rss+xml" title="{attr(SITENAME)}" href="backend.php">
<link rel="StyleSheet" href="themes/SeaBreeze/style/styleNN.css" type="text/css">
<script type="text/javascript" src="javascript/openwindow.js"></script>
</head>
<body bgcolor="#FFFFFF" text="#000000" leftmargin="0" topmargin="0" marginwidth="0" marginheight="0">
<table width="100%" border="0" cellspacing="0" cellpadding="0" class="header"><tr>
<td width="380"><a href="index.php"><img src="themes/SeaBreeze/images/logo.gif" border="0" alt="{attr(SITENAME)}"></a></td>
<td align="center"><font class="pn-title">{esc(WELCOME)}</font></td>
<td align="right" width="220"><font class="pn-normal">{BANNER}</font>&nbsp;&nbsp;</td>
</tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="3" class="topnav"><tr><td><font class="pn-normal">
<a href="index.php">Trang chủ</a> | <a href="modules.php?op=modload&amp;name=Topics&amp;file=index">Chủ đề</a> | <a href="modules.php?op=modload&amp;name=Sections&amp;file=index">Giới thiệu</a> | <a href="modules.php?op=modload&amp;name=Search&amp;file=index">Tìm kiếm</a> | <a href="modules.php?op=modload&amp;name=Submit_News&amp;file=index">Gửi bài</a> | <a href="user.php">Thành viên</a>
</font></td></tr></table>
<table width="100%" border="0" cellspacing="0" cellpadding="4"><tr>
<td width="170" valign="top" class="leftcol">{left}</td>
<td valign="top" class="centercol">{center}</td>
{rcol}
</tr></table>
<br><center><font class="pn-sub">{esc(FOOTER)}<br>{esc(RIGHTS)}<br>
Bạn có thể lấy tin của trang qua <a href="backend.php">backend.php</a><br>
<a href="{{{{base:offsite}}}}/postnuke/" target="_blank">Trang web vận hành trên nền PostNuke</a></font></center>
</body>
</html>
"""

    def index_story(a: RichArticle) -> str:
        t = TOPICS[a.opts["topic"]]
        n = len(a.opts["comments"])
        more = (f'<a href="{story_url(a)}">Đọc tiếp...</a> ({len(body_html(a).encode())} byte nữa) | '
                f'<a href="{story_url(a)}#comments">{n} lời bình</a> | <a href="print.php?sid={a.opts["sid"]}"><img '
                f'src="images/global/print.gif" border="0" alt="Trang in thân thiện" title="Trang in thân thiện"></a>')
        return (f'<table border="0" cellpadding="3" cellspacing="0" width="100%" class="story">\n'
                f'<tr><td class="storytitle"><font class="pn-title">{title_html(a)}</font></td></tr>\n'
                f'<tr><td class="storyinfo"><font class="pn-sub">{story_line(a)}</font></td></tr>\n'
                f'<tr><td class="storytext"><a href="{topic_url(a.opts["topic"])}"><img src="images/topics/{t[1]}" '
                f'border="0" align="right" hspace="10" vspace="10" alt="{attr(t[0])}"></a><font class="pn-normal">'
                f"{hometext_html(a)}</font></td></tr>\n"
                f'<tr><td class="storymore" align="right"><font class="pn-sub">{more}</font></td></tr>\n</table><br>\n')

    def pager(href, n: int, pages: int) -> str:
        links = []
        if n > 1:
            links.append(f'<a href="{href(1 + (n - 2) * PER)}">&lt;&lt; Trang trước</a>')
        if n < pages:
            links.append(f'<a href="{href(1 + n * PER)}">Trang sau &gt;&gt;</a>')
        return f'<div align="center"><font class="pn-normal">{" | ".join(links)}</font></div>' if links else ""

    # the stories
    comment_texts = []
    for a in arts:
        t = TOPICS[a.opts["topic"]]
        mr = most_read[a.opts["topic"]]
        related = box("Liên kết liên quan",
                      f'{dot}<a href="{search_url("topic", str(a.opts["topic"]))}">Thêm về {t[0]}</a><br>'
                      f'{dot}<a href="{search_url("author", "admin")}">Tin của admin</a><br><br>'
                      f'<center><b>Bài được đọc nhiều nhất về {t[0]}:</b><br><a href="{display_url(mr)}">{esc(mr.title)}'
                      "</a></center>", "100%")
        rating = box("Đánh giá bài viết", '<center>Điểm trung bình: 0<br>Số phiếu: 0<br><br><form action="modules.php" '
                     'method="post"><input type="hidden" name="sid" value="%d">' % a.opts["sid"]
                     + "".join(f'<input type="radio" name="score" value="{v}"> {label}<br>' for v, label in
                               [(5, "Tuyệt vời"), (4, "Rất tốt"), (3, "Tốt"), (2, "Bình thường"), (1, "Tồi")])
                     + '<input type="submit" value="Bình chọn"></form></center>', "100%")
        options = box("Tùy chọn", f'<center><a href="print.php?sid={a.opts["sid"]}"><img src="images/global/print.gif" '
                      f'border="0" alt="Trang in thân thiện"></a> <a href="print.php?sid={a.opts["sid"]}">Trang in thân '
                      f'thiện</a><br><a href="modules.php?op=modload&amp;name=Recommend_Us&amp;file=index&amp;'
                      f'req=FriendSend&amp;sid={a.opts["sid"]}">Gửi bài này cho bạn bè</a></center>', "100%")
        comments = ""
        for i, (who, text, days, hour) in enumerate(a.opts["comments"], 1):
            when = (a.date + timedelta(days=days)).replace(hour=hour, minute=17, second=44)
            comment_texts.append(text)
            comments += (f'<table width="99%" border="0" cellspacing="0" cellpadding="4"><tr><td><a name="{i}"></a>'
                         f'<font class="pn-normal"><b>Re: {esc(a.title)}</b> (Điểm: 1)<br>bởi {who} vào {pn_date(when)}'
                         f"<br><br>{esc(text)}</font></td></tr></table>\n")
        n = len(a.opts["comments"])
        story = (f'<table border="0" cellpadding="3" cellspacing="0" width="100%" class="story">\n'
                 f'<tr><td class="storytitle"><font class="pn-title">{title_html(a)}</font></td></tr>\n'
                 f'<tr><td class="storyinfo"><font class="pn-sub">{story_line(a)}</font></td></tr>\n'
                 f'<tr><td class="storytext"><a href="{topic_url(a.opts["topic"])}"><img src="images/topics/{t[1]}" '
                 f'border="0" align="right" hspace="10" vspace="10" alt="{attr(t[0])}"></a><font class="pn-normal">'
                 f"{hometext_html(a)}<br><br>{body_html(a)}</font></td></tr>\n</table>")
        center = (f'<table width="100%" border="0" cellspacing="0" cellpadding="0"><tr valign="top"><td width="100%">'
                  f'{story}</td><td>&nbsp;&nbsp;</td><td valign="top" width="200">{related}{rating}{options}</td></tr></table>'
                  f'<a name="comments"></a><table width="99%" border="0" cellspacing="1" cellpadding="2" class="commenthead">'
                  f'<tr><td><center><font class="pn-normal">{esc(a.title)} | <a href="user.php">Đăng nhập/Tạo tài khoản</a>'
                  f" | {n} lời bình</font></center></td></tr><tr><td><center><font class=\"pn-sub\">{COMMENT_NOTE}</font>"
                  f"</center></td></tr></table>\n{comments}"
                  '<p align="center"><font class="pn-sub">Khách chưa được phép gửi lời bình, xin hãy đăng ký</font></p>')
        site.page(a.path, layout(center), content_type=HTML)
        site.same_page("/" + short_url(a, amp=False), a.path)
        site.same_page("/" + display_url(a, amp=False), a.path)
        date_line = f"{WEEKDAYS[a.date.weekday()]}, {a.date:%d} {MONTHS[a.date.month - 1]} {a.date.year} @ {a.date:%H:%M:%S}"
        site.page(f"/print.php?sid={a.opts['sid']}", f"""<html>
<head><title>{esc(SITENAME)}</title>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8"></head>
<body bgcolor="#FFFFFF" text="#000000">
<table border="0"><tr><td>
<table border="0" width="640" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>
<table border="0" width="640" cellpadding="20" cellspacing="1" bgcolor="#FFFFFF"><tr><td>
<center><img src="images/logo.gif" border="0" alt=""><br><br>
<font class="pn-title"><b>{esc(a.title)}</b></font><br>
<font class="pn-normal"><b>Ngày:</b> {date_line} <b>Chủ đề:</b> {esc(t[0])}<br><br></font></center>
<font class="pn-normal">{hometext_html(a)}<br><br>{body_html(a)}<br><br></font>
</td></tr></table></td></tr></table>
<br><br><center>
<font class="pn-normal">Bài viết này đến từ {esc(SITENAME)}<br><a href="{{{{base}}}}/">{{{{base}}}}/</a><br><br>
URL của bài viết này là:<br><a href="{{{{base}}}}/{short_url(a)}">{{{{base}}}}/{short_url(a)}</a></font>
</center>
</td></tr></table>
</body>
</html>
""", content_type=HTML)
        a.aliases += ["/" + short_url(a, amp=False), "/" + display_url(a, amp=False), f"/print.php?sid={a.opts['sid']}"]
        friend = f"/modules.php?op=modload&name=Recommend_Us&file=index&req=FriendSend&sid={a.opts['sid']}"
        site.page(friend, layout(f'<font class="pn-title">Gửi bài viết cho bạn bè</font><br><br><font class="pn-normal">'
                                 f'Bạn sẽ gửi bài viết <b>{esc(a.title)}</b> cho một người bạn:</font><form action="modules.php"'
                                 ' method="post"><input name="yname"> <input name="ymail"> <input name="fname"> '
                                 '<input name="fmail"> <input type="submit" value="Gửi"></form>'), content_type=HTML)
        site.non_articles.append(friend)
        for b in a.blocks:
            if b.kind == "img":
                site.binary("/" + img_src(a, b.src), image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH HAI DUONG", "THONG BAO SO 27/TB-LMHTX"]))
        site.add_article(a)
    site.extra_boilerplate += comment_texts
    notice = next(a for a in arts if a.doc_number)
    site.trap("every story under four URLs: '…&file=article&sid=N&mode=thread&order=0&thold=0' (canonical), "
              "'…&file=article&sid=N' (backend.php, the print page), 'index.php?module=News&func=display&sid=N' (search "
              "lists, 'most read') and 'print.php?sid=N' (the print view): aliases", f"/print.php?sid={notice.opts['sid']}")
    site.trap("the story page: no heading, <title> is the site's name and slogan on every page, <meta name='author'> "
              "the site's name; three boxes beside the story and the comment header repeat furniture",
              notice.path)

    # the home and its pages
    pages = [arts[i:i + PER] for i in range(0, len(arts), PER)]
    for n, chunk in enumerate(pages, 1):
        path = "/" if n == 1 else "/" + home_url(1 + (n - 1) * PER, amp=False)
        center = "".join(index_story(a) for a in chunk) + pager(home_url, n, len(pages))
        site.page(path, layout(center, right_home if n == 1 else ""), content_type=None if n == 1 else HTML)
        site.non_articles.append(path)
    site.same_page("/index.php", "/")
    site.non_articles.append("/index.php")
    site.trap("the home (= index.php): 5 stories a page (title, story line, hometext, 'Đọc tiếp...'), the pager "
              "'Trang sau >>' only: index.php?module=News&func=view&startnum=6, then …&startnum=11 (the oldest story)",
              "/" + home_url(6, amp=False))
    for t, (tname, icon) in TOPICS.items():
        items = by_topic[t]
        tpages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(tpages, 1):
            path = "/" + topic_url(t, 1 + (n - 1) * PER, amp=False)
            center = (f'<center><img src="images/topics/{icon}" border="0" alt="{attr(tname)}"><br><font class="pn-title">'
                      f"{esc(tname)}</font></center><br>" + "".join(index_story(a) for a in chunk)
                      + pager(lambda s, t=t: topic_url(t, s), n, len(tpages)))
            site.page(path, layout(center), content_type=HTML)
            site.non_articles.append(path)
    site.trap("topic lists (the topic icons link them; 5 a page): the oldest story is on the page 2 of 'Kinh tế tập thể'",
              "/" + topic_url(2, 6, amp=False))
    for c, cname in CATS.items():
        path = "/" + cat_url(c, amp=False)
        center = f'<font class="pn-title">{cname}</font><br><br>' + "".join(
            index_story(a) for a in arts if a.opts["cat"] == c)
        site.page(path, layout(center), content_type=HTML)
        site.non_articles.append(path)
    topics_page = "".join(f'<td align="center"><a href="{topic_url(t)}"><img src="images/topics/{icon}" border="0" '
                          f'alt="{attr(n)}"><br><b>{esc(n)}</b></a></td>' for t, (n, icon) in TOPICS.items())
    site.page("/modules.php?op=modload&name=Topics&file=index",
              layout(f'<center><font class="pn-title">Các chủ đề hiện có</font><br><br><table><tr>{topics_page}</tr></table>'
                     "<br><font class=\"pn-sub\">Bấm vào một chủ đề để xem các bài viết thuộc chủ đề đó.</font></center>"),
              content_type=HTML)
    site.non_articles.append("/modules.php?op=modload&name=Topics&file=index")

    # search
    for kind, value, items, label in [("topic", "1", by_topic[1], f"chủ đề {TOPICS[1][0]}"),
                                      ("topic", "2", by_topic[2], f"chủ đề {TOPICS[2][0]}"),
                                      ("author", "admin", arts, "tác giả admin")]:
        spages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(spages, 1):
            path = "/" + search_url(kind, value, 1 + (n - 1) * PER, amp=False)
            lis = "".join(f'<li><a href="{display_url(a)}">{esc(a.title)}</a> ({pn_date(a.date)})</li>' for a in chunk)
            center = (f'<font class="pn-title">Kết quả tìm kiếm</font><br><font class="pn-normal">Tìm bài viết theo {label}: '
                      f"{len(items)} kết quả</font><ul>{lis}</ul>"
                      + pager(lambda s, k=kind, v=value: search_url(k, v, s), n, len(spages)))
            site.page(path, layout(center), content_type=HTML)
            site.non_articles.append(path)
    site.page("/modules.php?op=modload&name=Search&file=index",
              layout('<font class="pn-title">Tìm kiếm</font><form action="modules.php" method="post"><input type="hidden" '
                     'name="name" value="Search"><input name="q" size="30"> <input type="submit" value="Tìm kiếm"><br>'
                     '<input type="checkbox" name="active_stories" value="1" checked> Tin bài <input type="checkbox" '
                     'name="active_sections" value="1"> Chuyên mục</form>'), content_type=HTML)
    site.non_articles.append("/modules.php?op=modload&name=Search&file=index")
    site.trap("the 'Liên kết liên quan' box: 'Thêm về <topic>' and 'Tin của admin' open Search result lists (5 a page, "
              "the display URLs, the full date): not articles", "/" + search_url("author", "admin", amp=False))

    # sections (static introduction pages)
    secs = [(1, "Quá trình hình thành và phát triển", "Liên minh Hợp tác xã tỉnh Hải Dương được thành lập năm 1997, là "
             "tổ chức kinh tế - xã hội đại diện cho các HTX, tổ hợp tác trên địa bàn tỉnh."),
            (2, "Chức năng, nhiệm vụ", "Liên minh HTX tỉnh có chức năng đại diện, bảo vệ quyền và lợi ích hợp pháp của "
             "các thành viên; tuyên truyền, vận động phát triển kinh tế tập thể; hỗ trợ tư vấn, đào tạo cho HTX.")]
    site.page("/modules.php?op=modload&name=Sections&file=index",
              layout('<center><font class="pn-title">Chuyên mục</font><br><br><a href="modules.php?op=modload&amp;'
                     'name=Sections&amp;file=index&amp;req=listarticles&amp;secid=1"><b>Giới thiệu</b></a></center>'),
              content_type=HTML)
    site.page("/modules.php?op=modload&name=Sections&file=index&req=listarticles&secid=1",
              layout('<font class="pn-title">Giới thiệu</font><br><br>' + "".join(
                  f'{dot}<a href="modules.php?op=modload&amp;name=Sections&amp;file=index&amp;req=viewarticle&amp;'
                  f'artid={i}">{esc(t)}</a> (đọc {300 + i * 41} lần)<br>' for i, t, _ in secs)
                     + '<br>[ <a href="modules.php?op=modload&amp;name=Sections&amp;file=index">Mục lục chuyên mục</a> ]'),
              content_type=HTML)
    site.non_articles += ["/modules.php?op=modload&name=Sections&file=index",
                          "/modules.php?op=modload&name=Sections&file=index&req=listarticles&secid=1"]
    for i, t, text in secs:
        path = f"/modules.php?op=modload&name=Sections&file=index&req=viewarticle&artid={i}"
        site.page(path, layout(f'<font class="pn-title">{esc(t)}</font><br><br><font class="pn-normal"><p>{esc(text)}</p>'
                               f'</font><br><font class="pn-sub">({300 + i * 41} lượt đọc)</font><br><br>[ <a href="'
                               'modules.php?op=modload&amp;name=Sections&amp;file=index&amp;req=listarticles&amp;secid=1">'
                               'Quay lại Giới thiệu</a> | <a href="modules.php?op=modload&amp;name=Sections&amp;file=index">'
                               "Mục lục chuyên mục</a> ]"), content_type=HTML)
        site.non_articles.append(path)
    site.trap("Sections ('Giới thiệu' in the menu): the alliance's introduction pages "
              "(…&req=viewarticle&artid=N: a title, a text, '(341 lượt đọc)', no date): not articles",
              "/modules.php?op=modload&name=Sections&file=index&req=viewarticle&artid=1")
    site.page("/modules.php?op=modload&name=Submit_News&file=index",
              layout('<font class="pn-title">Gửi bài viết</font><form action="modules.php" method="post"><input '
                     'name="subject" size="50"><textarea name="story" rows="12" cols="60"></textarea><input type="submit" '
                     'value="Xem trước"></form>'), content_type=HTML)
    site.non_articles.append("/modules.php?op=modload&name=Submit_News&file=index")

    # user.php: robots-disallowed
    users = ["/user.php", "/user.php?op=register&module=NS-NewUser"] + sorted(
        {f"/user.php?op=userinfo&uname={a.opts['informant']}" for a in arts if a.opts.get("informant")})
    for path in users:
        site.page(path, layout('<font class="pn-title">Thành viên</font><form action="user.php" method="post"><input '
                               'name="uname"> <input type="password" name="pass"> <input type="submit" value="Đăng nhập">'
                               "</form>"), content_type=HTML)
        site.never_fetched.append(path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin.php\nDisallow: /user.php\nDisallow: /config.php\n"
                "Disallow: /includes/\nDisallow: /modules/\nDisallow: /themes/\nDisallow: /pnTemp/\n")
    site.trap("robots.txt disallows /user.php (login, register, the informants' user info) and the folder /modules/ "
              "(which does not cover /modules.php?…: every story is allowed)", "/user.php")

    # backend.php: RSS 0.91, 10 titles, no dates
    items = "".join(f"<item>\n<title>{esc(a.title)}</title>\n<link>{{{{base}}}}/{short_url(a)}</link>\n</item>\n\n"
                    for a in arts[:10])
    site.page("/backend.php", '<?xml version="1.0" encoding="utf-8"?>\n\n<!DOCTYPE rss PUBLIC "-//Netscape Communications'
              '//DTD RSS 0.91//EN"\n "http://my.netscape.com/publish/formats/rss-0.91.dtd">\n\n<rss version="0.91">\n\n'
              f"<channel>\n<title>{esc(SITENAME)}</title>\n<link>{{{{base}}}}/</link>\n<description>{esc(SLOGAN)}"
              f"</description>\n<language>vi</language>\n\n{items}</channel>\n</rss>\n",
              content_type="text/xml; charset=utf-8")
    site.trap("backend.php (RSS 0.91): the 10 newest titles and their short links, no dates, no text", "/backend.php")
    add_relative_assets(site)
    return site
