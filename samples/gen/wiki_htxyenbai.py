"""Site `wiki-htxyenbai` (registry family `generic`): "Wiki Liên minh HTX tỉnh Yên Bái", the enterprise wiki the Yên Bái
cooperative alliance's office keeps its news and documents in, on **Foswiki 2.1.6** with the default **PatternSkin**
(the interface translated to Vietnamese by the office; `{ScriptUrlPaths}{view}` set to '' so a topic is
`/<Web>/<Topic>`; `{DisplayTimeValues} = 'servertime'` on a server in Asia/Ho_Chi_Minh; the copy is of 20 June 2024,
before the province merged into Lào Cai). Written as a held-out test: no family module, no selectors.

URL shapes: a topic `/<Web>/<WikiWord>` (`/TinTuc/HopMatHtx2024`); the same topic by the long script path
`/bin/view/TinTuc/HopMatHtx2024` (an older topic's text links it so: an alias); the current revision named
`/bin/view/TinTuc/X?rev=3` (the "r3" of the history line: an alias) and the older ones `?rev=2`, `?rev=1` (an older
text: no article); the print view `/TinTuc/X?cover=print` (an alias); the wiki text `/TinTuc/X?raw=on` (TML in a
textarea: no article); TablePlugin's sort links `/TinTuc/X?sortcol=N;table=1;up=0#sorted_table` (the same topic:
aliases); `/bin/rdiff/…`, `/bin/edit/…`, `/bin/attach/…`, `/bin/login/…` (robots.txt disallows them); attachments
`/pub/TinTuc/<Topic>/<file>`; the webs' home topics `/Main/WebHome` (`/` redirects there) and `/TinTuc/WebHome` (= `/TinTuc/`),
`/TinTuc/WebChanges`, `/TinTuc/WebSearch`, `/TinTuc/WebLeftBar`, the data form `/TinTuc/NewsForm`, users'
topics `/Main/<WikiName>`, the RSS `/TinTuc/WebRss`. No site map, no canonical links (Foswiki has neither).

What is an article here: a topic of the TinTuc web that carries the data form NewsForm (Ngày đăng, Người viết,
Chuyên mục). Its title is the `---+!!` heading (`<h1>`; `<title>` has the WikiWord "HopMatHtx2024 &lt; TinTuc &lt; …"),
its text what Foswiki renders from TML in `div.foswikiTopic`: bare text runs separated by empty `<p></p>` (Foswiki
does not wrap paragraphs), `<h2 id=…>` headings, `<ul>` lists whose items end in a newline, the TablePlugin table
(sort links in the header cells), images with an `<em>` caption after a `<br />`. The form table after the text
(`div.foswikiForm`) and the attachment table (`div.foswikiAttachments`) are not text. Dates: the form's "Ngày đăng"
(dd/mm/yyyy, what the staff declare as the publication day) and the revision line "Phiên bản 3 - 12 May 2024 -
07:05:33 - AdminUser" (the LAST edit, server time = Vietnam time) — also in the breadcrumb "(12 May 2024, AdminUser)"
and the WebChanges list. A topic still at revision 1 whose revision day is its Ngày đăng was posted at that revision's
time; a topic edited later (r2, r3) keeps only the form's day (midnight); a topic imported from the old web site on
20 Jan 2024 (r1 that day) has the Ngày đăng of the original, 28/12/2023. The RSS WebRss gives `dc:date` in UTC
("2024-03-14T17:20:05Z" for the topic saved at 00:20:05 on 15 March). Author: the form's "Người viết" when it names a
person; "Văn phòng Liên minh", "Báo Yên Bái", "Trung tâm Khuyến nông tỉnh" are none; the revision's WikiName
(AdminUser, NguyenThiHoa) is an account, never the author. The news index TinTuc/WebHome is a %SEARCH% table ordered
by creation, 5 a page, paged by `?SEARCH<md5>=2`; the topic imported last January is only on its page 2 (the left bar
has no topic index; WebChanges shows the last 10 changes).
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "wiki-htxyenbai"
TOOL = "Wiki LMHTX Yên Bái"
NAME = "Wiki Liên minh HTX tỉnh Yên Bái"
PER = 5
SEARCH_ID = "SEARCH" + hashlib.md5(b"TinTuc.WebHome news index").hexdigest()
COPY = ("Bản quyền © thuộc về các tác giả đóng góp. Mọi nội dung trên trang cộng tác này thuộc quyền sở hữu của các "
        "tác giả đóng góp.")
FEEDBACK = "Ý kiến, góp ý về trang này? Gửi phản hồi"
ADDRESS = "Liên minh Hợp tác xã tỉnh Yên Bái - Số 468 đường Điện Biên, TP Yên Bái - ĐT: 0216.3852.174"
FURN = [COPY, FEEDBACK, ADDRESS, "Bạn đang ở đây:", "Tệp đính kèm", "Kích thước", "Hành động", "Chủ đề này:",
        "Xem mã nguồn", "Bản in", "Lịch sử:", "Liên kết ngược", "Đăng nhập", "Tin tức - Sự kiện", "Thay đổi gần đây",
        "Tin RSS", "Cổng TTĐT Chính phủ", "Sửa", "Đính kèm"]
USERS = {"AdminUser": "Quản trị hệ thống", "NguyenThiHoa": "Nguyễn Thị Hoa", "HoangVanNam": "Hoàng Văn Nam",
         "PhamThuHa": "Phạm Thu Hà"}
MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def fdate(d: datetime) -> str:
    return f"{d.day:02d} {MONTHS[d.month - 1]} {d.year}"


def anchor(text: str) -> str:
    t = unicodedata.normalize("NFKD", text.replace("đ", "d").replace("Đ", "D")).encode("ascii", "ignore").decode()
    return re.sub(r"[^A-Za-z0-9]+", "_", t).strip("_")[:32]


def articles() -> list[RichArticle]:
    A = RichArticle

    def day(d: datetime, src: str = "date-element") -> dict:
        return dict(published=iso(d, with_time=False), published_source=src, evidence=["date-element", "listing"])

    def at(d: datetime) -> dict:
        return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    r = datetime
    return [
        A(path="/TinTuc/ThongBao12TbLmhtx2024",
          title="Thông báo số 12/TB-LMHTX về việc tổ chức lớp tập huấn kỹ năng quản trị HTX năm 2024",
          date=r(2024, 5, 21, 9, 12, 40), body="""
**LIÊN MINH HTX TỈNH YÊN BÁI**
Số: 12/TB-LMHTX
Yên Bái, ngày 20 tháng 5 năm 2024
**THÔNG BÁO**
**Về việc tổ chức lớp tập huấn kỹ năng quản trị HTX năm 2024**
Thực hiện Kế hoạch số 05/KH-LMHTX ngày 15/01/2024 của Liên minh HTX tỉnh về công tác đào tạo, bồi dưỡng năm 2024, Liên minh HTX tỉnh thông báo tổ chức lớp tập huấn như sau:
* Thời gian: 02 ngày, từ ngày 04/6/2024 đến ngày 05/6/2024.
* Địa điểm: Hội trường Liên minh HTX tỉnh, số 468 đường Điện Biên, TP Yên Bái.
* Thành phần: Giám đốc, kế toán các HTX nông nghiệp trên địa bàn tỉnh (mỗi HTX cử 01 người).
Các HTX đăng ký danh sách học viên về Văn phòng Liên minh HTX tỉnh trước ngày 31/5/2024.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Thị Thanh Hương
""", author=None, doc_number="12/TB-LMHTX",
          attachments=[{"path": "/pub/TinTuc/ThongBao12TbLmhtx2024/TB-12-LMHTX-tap-huan.pdf",
                        "text": "TB-12-LMHTX-tap-huan.pdf"}],
          opts={"form": ("21/05/2024", "Văn phòng Liên minh", "Thông báo"),
                "revs": [(r(2024, 5, 21, 9, 12, 40), "NguyenThiHoa")], "upload": r(2024, 5, 21, 9, 10, 2),
                "comment": "Toàn văn thông báo và danh sách học viên"},
          notes=["notice 'Số: 12/TB-LMHTX' dated 20 tháng 5 in its text; a topic at revision 1: 'Phiên bản 1 - 21 May "
                 "2024 - 09:12:40 - NguyenThiHoa' (the account) on the day of the form's 'Ngày đăng 21/05/2024' -> "
                 "published 2024-05-21 09:12:40; 'Người viết: Văn phòng Liên minh' (the office): no author; the signer is "
                 "text; the PDF is in the attachment table (div.foswikiAttachments, with its upload date 21 May 2024 - "
                 "09:10): the attachment"],
          **at(r(2024, 5, 21, 9, 12, 40))),
        A(path="/TinTuc/HopMatHtx2024",
          title="Liên minh HTX tỉnh Yên Bái gặp mặt đại diện các HTX tiêu biểu năm 2024",
          date=r(2024, 5, 8), body="""
Sáng 7/5, tại TP Yên Bái, Liên minh HTX tỉnh tổ chức buổi gặp mặt đại diện 45 HTX tiêu biểu trên địa bàn tỉnh.
Phát biểu tại buổi gặp mặt, Chủ tịch Liên minh HTX tỉnh đánh giá các HTX tiêu biểu đã đi đầu trong liên kết sản xuất, ứng dụng khoa học kỹ thuật và xây dựng thương hiệu sản phẩm.
[img gapmat-2024.png] Đại biểu các HTX tiêu biểu chụp ảnh lưu niệm
Nhiều HTX chia sẻ kinh nghiệm phát triển vùng nguyên liệu quế, chè Shan tuyết và măng tre Bát Độ theo chuỗi giá trị.
Dịp này, Liên minh HTX tỉnh trao giấy khen cho 12 HTX có thành tích xuất sắc trong phong trào thi đua năm 2023.
""", author="Hoàng Văn Nam",
          opts={"form": ("08/05/2024", "Hoàng Văn Nam", "Hoạt động"),
                "revs": [(r(2024, 5, 8, 15, 10, 27), "HoangVanNam"), (r(2024, 5, 9, 16, 42, 10), "HoangVanNam"),
                         (r(2024, 5, 12, 7, 5, 33), "AdminUser")]},
          notes=["revision 3: 'Phiên bản 3 - 12 May 2024 - 07:05:33 - AdminUser' (the last edit, and '(12 May 2024, "
                 "AdminUser)' in the breadcrumb) is no publication; the form's 'Ngày đăng 08/05/2024' is -> midnight of "
                 "8 May; the event 'Sáng 7/5' is not; 'Người viết: Hoàng Văn Nam' (the form) is the author, AdminUser an "
                 "account; /bin/view/TinTuc/HopMatHtx2024?rev=3 (the current revision) and "
                 "/bin/view/TinTuc/HopMatHtx2024 (linked from another topic's text) are aliases; ?rev=2 and ?rev=1 show "
                 "older texts: no articles"],
          **day(r(2024, 5, 8))),
        A(path="/TinTuc/AnhHoiChoNongSan2024",
          title="Ảnh: Gian hàng của các HTX Yên Bái tại Hội chợ nông sản và sản phẩm OCOP 2024",
          date=r(2024, 4, 16), body="""
Hội chợ nông sản và sản phẩm OCOP tỉnh Yên Bái năm 2024 diễn ra từ ngày 12 đến 15/4 tại Quảng trường 19/8, với 36 gian hàng của các HTX.
[img hoicho-1.png] Gian hàng quế và tinh dầu quế của HTX Quế hồi Văn Yên
[img hoicho-2.png] Chè Shan tuyết Suối Giàng thu hút đông khách tham quan
[img hoicho-3.png] Cán bộ Liên minh HTX tỉnh giới thiệu sản phẩm măng tre Bát Độ với khách hàng
Doanh thu của các gian hàng HTX trong 4 ngày hội chợ đạt gần 1,2 tỷ đồng.
""", byline="Ảnh: Lê Minh Tuấn", author="Lê Minh Tuấn",
          opts={"form": ("16/04/2024", "Lê Minh Tuấn", "Ảnh"),
                "revs": [(r(2024, 4, 16, 10, 2, 51), "PhamThuHa"), (r(2024, 4, 18, 8, 30, 12), "PhamThuHa")]},
          notes=["photo story: each photo an <img> from /pub/TinTuc/AnhHoiChoNongSan2024/ (hidden attachments: no "
                 "attachment table) with its caption in <em> after a <br /> (a line each), the runs separated by <p></p>; "
                 "'Ảnh: Lê Minh Tuấn' closes it (text) and the form names him; revision 2 of 18 Apr: published 16/04 at "
                 "midnight"],
          **day(r(2024, 4, 16))),
        A(path="/TinTuc/SoLieuHtxQuy1Nam2024", title="Kết quả phát triển hợp tác xã tỉnh Yên Bái quý I năm 2024",
          date=r(2024, 4, 10, 14, 25, 3), body="""
Quý I năm 2024, toàn tỉnh thành lập mới 14 HTX, nâng tổng số HTX đang hoạt động lên 492 HTX.
| STT | Chỉ tiêu | Quý I/2024 | Cùng kỳ 2023 |
| 1 | HTX thành lập mới | 14 | 11 |
| 2 | HTX giải thể | 3 | 5 |
| 3 | Thành viên tham gia mới | 386 | 302 |
| 4 | HTX có sản phẩm OCOP | 58 | 47 |
Liên minh HTX tỉnh tiếp tục hướng dẫn các HTX hoàn thiện hồ sơ đánh giá sản phẩm OCOP năm 2024.
""", author="Phạm Thu Hà",
          opts={"form": ("10/04/2024", "Phạm Thu Hà", "Số liệu"), "revs": [(r(2024, 4, 10, 14, 25, 3), "PhamThuHa")]},
          notes=["a TablePlugin table (table.foswikiTable, a sort link in every header cell, rel=nofollow): one line per "
                 "row; the sort views ?sortcol=N;table=1;up=0 are the same topic (aliases); revision 1 on the form's day: "
                 "published 2024-04-10 14:25:03; 'Người viết: Phạm Thu Hà' -> author"],
          **at(r(2024, 4, 10, 14, 25, 3))),
        A(path="/TinTuc/HtxChePhinhHoMoRongVungNguyenLieu",
          title="HTX chè Phình Hồ mở rộng vùng nguyên liệu chè Shan tuyết",
          date=r(2024, 4, 2, 10, 40, 18), body="""
HTX Chè Phình Hồ (huyện Trạm Tấu) vừa ký hợp đồng liên kết với 210 hộ dân để mở rộng vùng nguyên liệu chè Shan tuyết cổ thụ lên 180 ha.
Theo hợp đồng, HTX thu mua chè búp tươi với giá cao hơn thị trường 10%, đồng thời hỗ trợ người dân kỹ thuật hái và bảo quản chè.
Thông tin về buổi gặp mặt các HTX tiêu biểu xem [[tại đây|/bin/view/TinTuc/HopMatHtx2024]].
Theo Báo Yên Bái
""", author=None,
          opts={"form": ("02/04/2024", "Báo Yên Bái", "Tin tổng hợp"),
                "revs": [(r(2024, 4, 2, 10, 40, 18), "NguyenThiHoa")]},
          notes=["reprint: 'Theo Báo Yên Bái' closes the text and the form's 'Người viết: Báo Yên Bái': no author; its "
                 "text links /bin/view/TinTuc/HopMatHtx2024 (the long script path of another topic: an alias there); "
                 "revision 1: published 2024-04-02 10:40:18"],
          **at(r(2024, 4, 2, 10, 40, 18))),
        A(path="/TinTuc/KyThuatChamSocQueHuuCo", title="Hướng dẫn kỹ thuật chăm sóc quế hữu cơ cho thành viên HTX",
          date=r(2024, 3, 25), body="""
Để được cấp chứng nhận quế hữu cơ, các HTX và thành viên cần tuân thủ quy trình chăm sóc sau:
## Chăm sóc vườn quế
* Làm cỏ quanh gốc 2 lần mỗi năm, không dùng thuốc diệt cỏ;
* Bón phân chuồng hoai mục hoặc phân hữu cơ vi sinh vào đầu mùa mưa;
* Tỉa cành, tạo tán cho cây quế từ năm thứ ba.
## Phòng trừ sâu bệnh
* Thường xuyên kiểm tra vườn để phát hiện sâu đục ngọn, bệnh khô lá;
* Sử dụng chế phẩm sinh học được phép trong sản xuất hữu cơ.
Các HTX ghi chép nhật ký sản xuất đầy đủ để phục vụ việc đánh giá, cấp chứng nhận.
""", author=None,
          opts={"form": ("25/03/2024", "Trung tâm Khuyến nông tỉnh", "Kỹ thuật"),
                "revs": [(r(2024, 3, 25, 8, 55, 40), "NguyenThiHoa"), (r(2024, 3, 27, 14, 3, 9), "AdminUser")]},
          notes=["'---++' headings (<h2 id=…>) and bullet lists (<li> items ending in a newline): a line each; 'Người "
                 "viết: Trung tâm Khuyến nông tỉnh' (an office): no author; revision 2 (27 Mar): published 25/03 at "
                 "midnight; on the news index's page 2"],
          **day(r(2024, 3, 25))),
        A(path="/TinTuc/VanYenThanhLapMoiBonHtx", title="Huyện Văn Yên thành lập mới 4 HTX quế hồi",
          date=r(2024, 3, 15, 0, 20, 5), body="""
Từ đầu năm đến nay, huyện Văn Yên đã thành lập mới 4 HTX sản xuất, chế biến quế hồi với 96 thành viên.
Các HTX mới được hỗ trợ kinh phí xây dựng điều lệ, phương án sản xuất kinh doanh và đăng ký mã số vùng trồng.
Huyện phấn đấu đến cuối năm 2024 có thêm 3 sản phẩm quế đạt chứng nhận OCOP.
""", author="Nguyễn Thị Hoa",
          opts={"form": ("15/03/2024", "Nguyễn Thị Hoa", "Hoạt động"), "revs": [(r(2024, 3, 15, 0, 20, 5), "NguyenThiHoa")]},
          notes=["saved at 00:20:05 on 15 March (revision 1, 'Phiên bản 1 - 15 Mar 2024 - 00:20:05', Ngày đăng "
                 "15/03/2024): WebRss gives '2024-03-14T17:20:05Z' (UTC, the day before); 'Người viết: Nguyễn Thị Hoa' -> "
                 "author (her account NguyenThiHoa is not what names her); on the news index's page 2"],
          **at(r(2024, 3, 15, 0, 20, 5))),
        A(path="/TinTuc/TongKetCongTacNam2023", title="Liên minh HTX tỉnh Yên Bái tổng kết công tác năm 2023",
          date=r(2023, 12, 28), body="""
Ngày 27/12, Liên minh HTX tỉnh Yên Bái tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.
Năm 2023, Liên minh HTX tỉnh hỗ trợ thành lập mới 38 HTX, tổ chức 15 lớp tập huấn cho hơn 900 lượt cán bộ HTX.
Năm 2024, Liên minh HTX tỉnh phấn đấu thành lập mới ít nhất 40 HTX và 20 tổ hợp tác.
(Bài chuyển từ trang thông tin cũ của Liên minh HTX tỉnh)
""", author="Vũ Thị Ngọc",
          opts={"form": ("28/12/2023", "Vũ Thị Ngọc", "Hoạt động"), "revs": [(r(2024, 1, 20, 16, 5, 44), "AdminUser")]},
          notes=["imported from the old web site: revision 1 '20 Jan 2024 - 16:05:44 - AdminUser' (the import) but "
                 "'Ngày đăng 28/12/2023' (the original day) -> published 2023-12-28, midnight; created first, so only on "
                 "the news index's page 2 (?SEARCH<md5>=2): not on Main/WebHome, WebChanges (the last 10) nor WebRss; "
                 "'Người viết: Vũ Thị Ngọc' -> author"],
          **day(r(2023, 12, 28))),
    ]


# -- rendering ---------------------------------------------------------------------------------

def topic_html(a: RichArticle, sorted_col: int | None = None, drop_last: int = 0) -> str:
    topic = a.path.rsplit("/", 1)[1]
    out = [f'<h1 id="{anchor(a.title)}">  {esc(a.title)} </h1>']
    blocks = a.blocks[:len(a.blocks) - drop_last] if drop_last else a.blocks
    for b in blocks:
        if b.kind == "p":
            out.append(f"{inline_html(b.text)}\n<p></p>")
        elif b.kind == "h":
            out.append(f'<h2 id="{anchor(b.text)}"> {esc(b.text)} </h2>')
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>\n" + " ".join(f"<li> {inline_html(x)}\n</li>" for x in b.items) + f"</{b.kind}>\n<p></p>")
        elif b.kind == "img":
            out.append(f'<img alt="{b.src}" src="/pub/TinTuc/{topic}/{b.src}" width="640" height="427" />'
                       + (f" <br /> <em>{esc(b.text)}</em>" if b.text else "") + "\n<p></p>")
        elif b.kind == "table":
            head, *rows = b.rows
            if sorted_col is not None:
                def key(r: list[str], i: int = sorted_col):
                    v = r[i].replace(".", "")
                    return (0, int(v), "") if v.isdigit() else (1, 0, r[i])
                rows = sorted(rows, key=key)
            ths = []
            for i, c in enumerate(head):
                cls = f"foswikiTableCol{i}" + (" foswikiFirstCol" if i == 0 else "") + \
                      (" foswikiLastCol" if i == len(head) - 1 else "") + (" foswikiSortedCol foswikiSortedAscendingCol"
                                                                           if sorted_col == i else "")
                ths.append(f'<th class="{cls}"> <a href="{a.path}?sortcol={i};table=1;up=0#sorted_table" rel="nofollow" '
                           f'title="Sắp xếp theo cột này">{esc(c)}</a> </th>')
            trs = []
            for n, row in enumerate(rows):
                odd = "foswikiTableOdd" if n % 2 == 0 else "foswikiTableEven"
                trs.append(f'<tr class="{odd} foswikiTableRowdataBgSorted{n % 2} foswikiTableRowdataBg{n % 2}">'
                           + "".join(f'<td class="foswikiTableCol{i}{" foswikiFirstCol" if i == 0 else ""}"> {esc(c)} </td>'
                                     for i, c in enumerate(row)) + "</tr>")
            sort_anchor = '<a name="sorted_table"></a>' if sorted_col is not None else ""
            out.append(f'{sort_anchor}<table class="foswikiTable" id="table1" rules="none" border="1"><thead><tr '
                       f'class="foswikiTableOdd foswikiTableRowdataBgSorted0 foswikiTableRowdataBg0">{"".join(ths)}</tr>'
                       f'</thead><tbody>{"".join(trs)}</tbody></table>\n<p></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def tml(a: RichArticle) -> str:
    """The topic's wiki text as ?raw=on shows it."""
    out = ["---+!! " + a.title, ""]
    for b in a.blocks:
        if b.kind == "p":
            out += [re.sub(r"\*\*(.+?)\*\*", r"*\1*", re.sub(r"\[\[(.+?)\|(.+?)\]\]", r"[[\2][\1]]", b.text)), ""]
        elif b.kind == "h":
            out += ["---++ " + b.text, ""]
        elif b.kind in ("ul", "ol"):
            out += ["   * " + x for x in b.items] + [""]
        elif b.kind == "img":
            out += [f'<img alt="{b.src}" src="%ATTACHURLPATH%/{b.src}" width="640" height="427" /> %BR% _{b.text}_', ""]
        elif b.kind == "table":
            out += ["| " + " | ".join(f"*{c}*" for c in b.rows[0]) + " |"] + ["| " + " | ".join(r) + " |" for r in b.rows[1:]]
            out.append("")
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{a.byline}</strong></p>')
    return "\n".join(out)


def form_html(a: RichArticle, edit_links: bool = True) -> str:
    ngay, nguoi, cm = a.opts["form"]
    edit = (f' <a href="/bin/edit/TinTuc/{a.path.rsplit("/", 1)[1]}?t=1718850000;action=form" rel="nofollow">sửa</a>'
            if edit_links else "")
    rows = "".join(f'<tr valign="top"><td class="foswikiFormTableRow foswikiFirstCol" align="right"> {k} </td><td> '
                   f'{esc(v)} </td></tr>' for k, v in (("Ngày đăng", ngay), ("Người viết", nguoi), ("Chuyên mục", cm)))
    return (f'<div class="foswikiForm foswikiFormStep"><h3> NewsForm{edit}</h3><table class="foswikiFormTable" '
            f'border="1"><tr><th class="foswikiFormTableHRow foswikiFirstCol" colspan="2"><a href="/TinTuc/NewsForm">'
            f'NewsForm</a></th></tr>{rows}</table></div>')


def attach_html(a: RichArticle) -> str:
    if not a.attachments:
        return ""
    topic = a.path.rsplit("/", 1)[1]
    up = a.opts["upload"]
    rows = "".join(
        f'<tr class="foswikiTableOdd"><td class="foswikiTableCol0 foswikiFirstCol"><img src="/pub/System/DocumentGraphics/'
        f'pdf.png" alt="" width="16" height="16" /></td><td class="foswikiTableCol1"><a href="{x["path"]}">'
        f'{esc(x["text"])}</a></td><td class="foswikiTableCol2"><a href="/bin/attach/TinTuc/{topic}?filename='
        f'{x["text"]};revInfo=1" rel="nofollow">quản lý</a></td><td class="foswikiTableCol3">182 K</td><td '
        f'class="foswikiTableCol4">{fdate(up)} - {up:%H:%M}</td><td class="foswikiTableCol5"><a href="/Main/'
        f'{a.opts["revs"][0][1]}">{a.opts["revs"][0][1]}</a></td><td class="foswikiTableCol6 foswikiLastCol">'
        f'{esc(a.opts.get("comment", ""))}</td></tr>' for x in a.attachments)
    return ('<div class="foswikiAttachments foswikiFormStep" style="overflow:auto"><table class="foswikiTable" '
            'rules="none"><thead><tr class="foswikiTableOdd"><th class="foswikiTableCol0 foswikiFirstCol">I</th><th>'
            'Tệp đính kèm</th><th>Hành động</th><th>Kích thước</th><th>Ngày</th><th>Người</th><th class="foswikiLastCol">'
            f'Ghi chú</th></tr></thead><tbody>{rows}</tbody></table></div>')


def revinfo(rev: int, d: datetime, who: str) -> str:
    return f'Phiên bản {rev} - {fdate(d)} - {d:%H:%M:%S} - <a href="/Main/{who}">{who}</a>'


def login_href(web: str, topic: str) -> str:
    return f"/bin/login/{web}/{topic}?foswiki_origin=GET%2cview%2c/{web}/{topic}"


LEFT = None  # filled in build()


def layout(web: str, topic: str, main: str, *, title: str | None = None, rev: tuple[int, datetime, str] | None = None,
           actions: str = "", cover_print: bool = False, head: str = "") -> str:
    title = title or topic
    crumbs = ['<a href="/Main/WebHome" class="foswikiCurrentWebHomeLink">Trang chủ</a>']
    if web != "Main" or topic != "WebHome":
        crumbs.append(f'<a href="/{web}/WebHome">{"Tin tức" if web == "TinTuc" else "Main"}</a>')
    if topic != "WebHome":
        crumbs.append(f'<a href="/{web}/{topic}">{topic}</a>')
    short_rev = f" <span class='patternRevInfo'>({fdate(rev[1])}, <a href=\"/Main/{rev[2]}\">{rev[2]}</a>)</span>" \
        if rev else ""
    css = "/pub/System/PatternSkinTheme"
    if cover_print:
        return f"""<!DOCTYPE html><html lang="vi">
<head>
<title> {esc(title)} &lt; {web} &lt; {TOOL}</title>
<meta charset="utf-8" />
<meta name="robots" content="noindex" />
<link rel="stylesheet" href="{css}/print.css" media="all" type="text/css" />
</head>
<body class="foswikiNoJs patternPrintPage">
<div class="foswikiPage"><div id="patternScreen"><div id="patternPageShadow"><div id="patternPage"><div id="patternOuter">
<div id="patternMain"><div id="patternMainContents">
{main}
<div class="patternInfo">{revinfo(*rev) if rev else ""}</div>
</div></div></div></div></div></div></div>
</body></html>
"""
    return f"""<!DOCTYPE html><html lang="vi">
<head>
<title> {esc(title)} &lt; {web} &lt; {TOOL}</title>
<meta http-equiv="X-UA-Compatible" content="IE=edge" />
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1, maximum-scale=1.5, user-scalable=yes" />
<meta name="mobile-web-app-capable" content="yes" />
<meta name="apple-mobile-web-app-capable" content="yes" />
<meta name="apple-mobile-web-app-status-bar-style" content="black-translucent" />
<link rel="icon" href="/pub/System/ProjectLogos/favicon.png" type="image/png" />
<link rel="alternate" href="/bin/edit/{web}/{topic}?t=1718850000" type="application/x-wiki" title="sửa {topic}" />
<meta name="TEXT_NUM_TOPICS" content="Số chủ đề:" />
<meta name="TEXT_MODIFY_SEARCH" content="Sửa tìm kiếm" />
<link rel="alternate" type="application/rss+xml" title="RSS Feed" href="/TinTuc/WebRss" />
{head}<link class='head SMILIESPLUGIN' rel='stylesheet' href='/pub/System/SmiliesPlugin/smilies.css' type='text/css' media='all' />
<link class='head FOSWIKI_STYLE' rel='stylesheet' href='{css}/layout.css' media='all' type='text/css' />
<link class='head FOSWIKI_STYLE' rel='stylesheet' href='{css}/style.css' media='all' type='text/css' />
<link class='head FOSWIKI_STYLE' rel='stylesheet' href='{css}/colors.css' media='all' type='text/css' />
<link class='head FOSWIKI_STYLE' rel='stylesheet' href='{css}/column_left.css' media='all' type='text/css' />
<script class='script JQUERYPLUGIN' src='/pub/System/JQueryPlugin/jquery-2.2.4.js'></script>
<script class='script JQUERYPLUGIN::FOSWIKI' src='/pub/System/JQueryPlugin/plugins/foswiki/jquery.foswiki.js'></script>
<script class='script PATTERNSKIN' src='/pub/System/PatternSkin/pattern.js'></script>
</head>
<body class="foswikiNoJs patternViewPage foswikiHasNoChangePermission foswikiGuest">
<span id="PageTop"></span><div class="foswikiPage"><div id="patternScreen">
<div id="patternPageShadow">
<div id="patternTopBar"><div id="patternTopBarContentsWrapper"><div id="patternTopBarContents"><table border="0" cellpadding="0" cellspacing="0" style="width:100%" summary="">
<tr><td valign="middle"><span id="foswikiLogo" class="foswikiImage"><a href="/Main/WebHome"><img src="/pub/System/ProjectLogos/lmhtx-yenbai-logo.png" border="0" alt="{attr(NAME)}" style="border:none;" /></a></span></td>
<td align="right" valign="top" class="patternMetaMenu">
 <ul>
<li> <form name="jumpForm" action="/Main/WebHome"><input id="jumpFormField" title="Đi tới" type="text" class="foswikiInputField foswikiDefaultText" name="topic" value="" size="18" /></form>
</li> <li> <form name="quickSearchForm" action="/TinTuc/WebSearch"><input type="text" class="foswikiInputField foswikiDefaultText" title="Tìm kiếm" id="quickSearchBox" name="search" value="" size="18" /><input type="hidden" name="scope" value="all" /><input type="hidden" name="web" value="TinTuc" /></form>
</li></ul>
<p></p>
</td></tr></table></div></div></div>
<div id="patternPage">
<div id="patternWrapper"><div id="patternOuter" class="clear">
<div id="patternFloatWrap">
<div id="patternMain"><div id="patternClearHeaderCenter"></div>
<div id="patternMainContents"><div class="patternTop clear"><span class="patternHomePath foswikiLeft"><span class="patternHomePathTitle">Bạn đang ở đây: </span>{"<span class='foswikiSeparator'>&gt;</span>".join(crumbs)}{short_rev}</span><span class="patternToolBar foswikiRight"><span><a href="/bin/edit/{web}/{topic}?t=1718850000" rel="nofollow" title="Sửa nội dung chủ đề này" accesskey="e"><span class="foswikiAccessKey">S</span>ửa</a></span><span><a href="/bin/attach/{web}/{topic}" rel="nofollow" title="Đính kèm ảnh hoặc tài liệu vào chủ đề này" accesskey="a"><span class="foswikiAccessKey">Đ</span>ính kèm</a></span></span></div>
{main}
{actions}
</div></div></div>
<div id="patternSideBar"><div id="patternClearHeaderLeft"></div>
<div id="patternSideBarContents"><div class="patternLeftBarPersonal">
<ul id="patternLeftBarUserActions">
<li class="patternLogIn"><img src="/pub/System/FamFamFamSilkIcons/key.png" class="foswikiIcon jqIcon key" alt="" /><a href="{login_href(web, topic)}">Đăng nhập</a></li></ul>
</div>
{LEFT}
</div></div>
</div></div></div>
<div id="patternBottomBar"><div id="patternBottomBarContents"><div id="patternWebBottomBar"><span class="foswikiRight"> <a href="{{{{base:offsite}}}}/foswiki/" target="_blank"><img src="/pub/System/ProjectLogos/foswiki-badge.png" alt="Powered by Foswiki" title="Powered by Foswiki" /></a></span>{COPY} <br /> {esc(ADDRESS)} <br /> {FEEDBACK.replace("Gửi phản hồi", '<a href="/Main/LienHe">Gửi phản hồi</a>')}</div></div></div>
</div></div></div>
</body></html>
"""


def topic_actions(a: RichArticle, cur_rev: int) -> str:
    web, topic = a.path.strip("/").split("/")
    n = len(a.opts["revs"])
    hist = []
    for k in range(n, 0, -1):
        hist.append(f'<a href="/bin/view/{web}/{topic}?rev={k}" rel="nofollow">r{k}</a>')
        if k > 1:
            hist.append(f'<a href="/bin/rdiff/{web}/{topic}?rev1={k};rev2={k - 1}" rel="nofollow">&lt;</a>')
    d, who = a.opts["revs"][cur_rev - 1]
    return (f'<div class="patternTopicActions"><div class="patternTopicAction"><span class="patternActionButtons">'
            f'<span><a href="/bin/edit/{web}/{topic}?t=1718850000" rel="nofollow">Sửa</a></span><span '
            f"class='foswikiSeparator'>&nbsp;|&nbsp;</span><span><a href=\"/bin/attach/{web}/{topic}\" rel=\"nofollow\">"
            f"Đính kèm</a></span><span class='foswikiSeparator'>&nbsp;|&nbsp;</span><span><a href=\"/{web}/{topic}?"
            f"cover=print\" rel=\"nofollow\">Bản in</a></span><span class='foswikiSeparator'>&nbsp;|&nbsp;</span><span>"
            f'<a href="/bin/rdiff/{web}/{topic}?type=history" rel="nofollow">Lịch sử:</a> {" ".join(hist)}</span>'
            f"<span class='foswikiSeparator'>&nbsp;|&nbsp;</span><span><a href=\"/{web}/WebSearch?search={topic}"
            f";scope=text\" rel=\"nofollow\">Liên kết ngược</a></span><span class='foswikiSeparator'>&nbsp;|&nbsp;"
            f'</span><span><a href="/{web}/{topic}?raw=on" rel="nofollow">Xem mã nguồn</a></span></span></div>'
            f'<div class="patternInfo"><span class="patternHomePath">Chủ đề này: <a href="/{web}/WebHome">{web}</a>'
            f"<span class='foswikiSeparator'>&nbsp;&gt;&nbsp;</span><a href=\"/{web}/WebHome\">WebHome</a><span "
            f"class='foswikiSeparator'>&nbsp;&gt;&nbsp;</span>{topic}</span> <br /><span class=\"patternRevInfo\">"
            f"{revinfo(cur_rev, d, who)}</span></div></div>")


def build() -> SiteBuild:
    global LEFT
    site = SiteBuild(SITE, "yen-bai", f"{NAME} (Foswiki 2.1)", "generic", None, start_urls=["{{base:%s}}/" % SITE],
                     feeds=["{{base:%s}}/TinTuc/WebRss" % SITE])
    site.extra_boilerplate += FURN
    site.binary("/pub/System/ProjectLogos/favicon.png", image_for("favicon"))
    arts = articles()
    by_created = sorted(arts, key=lambda a: a.opts["revs"][0][0], reverse=True)
    by_modified = sorted(arts, key=lambda a: a.opts["revs"][-1][0], reverse=True)
    oldest = by_created[-1]
    LEFT = ('<h2 class="patternLeftBarHeader">Tin tức</h2>\n<ul>\n<li> <a href="/TinTuc/WebHome">Tin tức - Sự kiện</a>\n</li>'
            ' <li> <a href="/TinTuc/WebChanges">Thay đổi gần đây</a>\n</li> <li> <a href="/TinTuc/WebSearch">Tìm kiếm</a>\n'
            '</li> <li> <a href="/TinTuc/WebRss">Tin RSS</a>\n</li></ul>\n<p></p>\n<h2 class="patternLeftBarHeader">Liên kết'
            '</h2>\n<ul>\n<li> <a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a>\n</li> <li> '
            '<a href="{{base:offsite}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a>\n</li></ul>\n<p></p>\n'
            '<div class="patternWebList"><h2>Webs</h2><ul><li><a href="/Main/WebHome">Main</a></li><li><a '
            'href="/TinTuc/WebHome">TinTuc</a></li></ul></div>')
    disallowed: set[str] = set()

    def deny(path: str) -> None:
        disallowed.add(path)

    def tool_links(web: str, topic: str) -> None:
        for p in (f"/bin/edit/{web}/{topic}?t=1718850000", f"/bin/attach/{web}/{topic}", login_href(web, topic)):
            deny(p)

    for a in arts:
        web, topic = a.path.strip("/").split("/")
        n = len(a.opts["revs"])
        d_last, who_last = a.opts["revs"][-1]
        main = (f'<div class="foswikiContentHeader"></div><div class="patternContent"><div class="foswikiTopic">'
                f"{topic_html(a)}</div><!-- /foswikiTopic--></div>\n<div class=\"foswikiContentFooter\"></div>"
                f"<div class=\"foswikiFormSteps\">{form_html(a)}</div>{attach_html(a)}")
        page = layout(web, topic, main, rev=(n, d_last, who_last), actions=topic_actions(a, n))
        site.page(a.path, page)
        tool_links(web, topic)
        deny(f"/bin/edit/TinTuc/{topic}?t=1718850000;action=form")
        deny(f"/bin/rdiff/{web}/{topic}?type=history")
        for k in range(n, 1, -1):
            deny(f"/bin/rdiff/{web}/{topic}?rev1={k};rev2={k - 1}")
        # the current revision by number: the same page; older revisions: older texts
        site.same_page(f"/bin/view/{web}/{topic}?rev={n}", a.path)
        a.aliases.append(f"/bin/view/{web}/{topic}?rev={n}")
        for k in range(n - 1, 0, -1):
            dk, whok = a.opts["revs"][k - 1]
            old = (f'<div class="foswikiContentHeader"></div><div class="patternContent"><div class="foswikiTopic">'
                   f"{topic_html(a, drop_last=n - k)}</div></div>\n<div class=\"foswikiFormSteps\">{form_html(a)}</div>")
            site.page(f"/bin/view/{web}/{topic}?rev={k}",
                      layout(web, topic, old, rev=(k, dk, whok), actions=topic_actions(a, k)))
            site.non_articles.append(f"/bin/view/{web}/{topic}?rev={k}")
        site.page(f"/{web}/{topic}?cover=print", layout(
            web, topic, f'<div class="patternContent"><div class="foswikiTopic">{topic_html(a)}</div></div>'
            f'<div class="foswikiFormSteps">{form_html(a, edit_links=False)}</div>', rev=(n, d_last, who_last),
            cover_print=True))
        a.aliases.append(f"/{web}/{topic}?cover=print")
        raw = tml(a)
        site.page(f"/{web}/{topic}?raw=on", layout(
            web, topic, f'<div class="patternContent"><div class="foswikiTopic"><textarea readonly="readonly" rows="22" '
            f'cols="80" class="foswikiTextarea foswikiTextareaRawView" id="topic">{esc(raw)}</textarea></div></div>',
            rev=(n, d_last, who_last), actions=topic_actions(a, n), head='<meta name="robots" content="noindex" />\n'))
        site.non_articles.append(f"/{web}/{topic}?raw=on")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/pub/TinTuc/{topic}/{b.src}", image_for(b.src))
            if b.kind == "table":
                for i in range(len(b.rows[0])):
                    q = f"{a.path}?sortcol={i};table=1;up=0"
                    main_s = main.replace(topic_html(a), topic_html(a, sorted_col=i))
                    site.page(q, layout(web, topic, main_s, rev=(n, d_last, who_last), actions=topic_actions(a, n)))
                    a.aliases.append(q)
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["LIEN MINH HTX TINH YEN BAI", "THONG BAO SO 12/TB-LMHTX",
                                                 "Tap huan ky nang quan tri HTX nam 2024"]))
        site.add_article(a)
    hop = next(a for a in arts if a.path.endswith("HopMatHtx2024"))
    site.same_page("/bin/view/TinTuc/HopMatHtx2024", hop.path)
    hop.aliases.append("/bin/view/TinTuc/HopMatHtx2024")
    site.trap("every topic's 'Bản in' /TinTuc/X?cover=print (PatternSkin's print cover: the topic, its form and the "
              "revision line): an alias; 'Xem mã nguồn' ?raw=on (the TML in a read-only textarea): no article",
              f"{hop.path}?cover=print")
    site.trap("the history line 'Lịch sử: r3 < r2 < r1': /bin/view/…?rev=3 (the current text: an alias), ?rev=2 and "
              "?rev=1 (older texts, their own revision lines: no articles); the '<' links /bin/rdiff/…?rev1=3;rev2=2 "
              "are disallowed", "/bin/view/TinTuc/HopMatHtx2024?rev=2")

    # the news index: a %SEARCH% table, by creation, 5 a page
    def row(a: RichArticle) -> str:
        ngay, nguoi, _ = a.opts["form"]
        return (f'<tr class="foswikiTableOdd"><td class="foswikiTableCol0 foswikiFirstCol"> <a href="{a.path}">'
                f'{esc(a.title)}</a> </td><td class="foswikiTableCol1"> {ngay} </td><td class="foswikiTableCol2 '
                f'foswikiLastCol"> {esc(nguoi)} </td></tr>')

    pages = [by_created[i:i + PER] for i in range(0, len(by_created), PER)]
    for n, chunk in enumerate(pages, 1):
        path = "/TinTuc/WebHome" if n == 1 else f"/TinTuc/WebHome?{SEARCH_ID}={n}"
        prev = f'<a href="/TinTuc/WebHome?{SEARCH_ID}={n - 1}">« Trang trước</a>' if n > 1 else ""
        nxt = f'<a href="/TinTuc/WebHome?{SEARCH_ID}={n + 1}">Trang sau »</a>' if n < len(pages) else ""
        main = (f'<div class="patternContent"><div class="foswikiTopic"><h1 id="Tin_t_c_S_ki_n">  Tin tức - Sự kiện '
                f'</h1>\nTin hoạt động, thông báo và văn bản của Liên minh HTX tỉnh Yên Bái.\n<p></p>\n<table '
                f'class="foswikiTable" rules="none" border="1"><thead><tr class="foswikiTableOdd"><th class="foswikiTableCol0 '
                f'foswikiFirstCol"> Tiêu đề </th><th class="foswikiTableCol1"> Ngày đăng </th><th class="foswikiTableCol2 '
                f'foswikiLastCol"> Người viết </th></tr></thead><tbody>{"".join(row(a) for a in chunk)}</tbody></table>'
                f'<div class="foswikiSearchResultsPager">{prev} Trang {n} / {len(pages)} {nxt}</div>\n<p></p>\n'
                f'<a href="/bin/edit/TinTuc/NewTopic?formtemplate=NewsForm;templatetopic=NewsTemplate" rel="nofollow">'
                f'Tạo tin mới</a></div></div>')
        site.page(path, layout("TinTuc", "WebHome", main, rev=(14, datetime(2024, 3, 2, 9, 41, 7), "AdminUser"),
                               title="Tin tức - Sự kiện"))
        site.non_articles.append(path)
    deny("/bin/edit/TinTuc/NewTopic?formtemplate=NewsForm;templatetopic=NewsTemplate")
    site.same_page(f"/TinTuc/WebHome?{SEARCH_ID}=1", "/TinTuc/WebHome")
    site.same_page("/TinTuc/", "/TinTuc/WebHome")
    tool_links("TinTuc", "WebHome")
    site.trap(f"the news index TinTuc/WebHome: a %SEARCH% table (title, 'Ngày đăng', 'Người viết') ordered by creation, 5 "
              f"a page, paged by ?{SEARCH_ID}=2: the topic imported in January is only on page 2",
              f"/TinTuc/WebHome?{SEARCH_ID}=2")

    # WebChanges: the last 10 changes of the web (articles and system topics)
    others = [("WebHome", datetime(2024, 3, 2, 9, 41, 7), "AdminUser", "Tin tức - Sự kiện Tin hoạt động, thông báo và văn "
               "bản của Liên minh HTX tỉnh Yên Bái."),
              ("WebLeftBar", datetime(2024, 2, 5, 10, 12, 0), "AdminUser", "Tin tức Tin tức - Sự kiện Thay đổi gần đây"),
              ("NewsForm", datetime(2024, 1, 22, 8, 30, 15), "AdminUser", "Tên Kiểu Kích thước Giá trị Mô tả Thuộc tính")]
    changes = [(a.path.rsplit("/", 1)[1], a.opts["revs"][-1][0], a.opts["revs"][-1][1],
                inline_text(next(b.text for b in a.blocks if b.kind == "p"))[:120], len(a.opts["revs"])) for a in arts]
    changes += [(t, d, w, s, 3) for t, d, w, s in others]
    changes.sort(key=lambda c: c[1], reverse=True)
    items = []
    for t, d, w, s, rv in changes[:10]:
        new = '<span class="foswikiNew">MỚI</span> - ' if rv == 1 else ""
        items.append(f'<div class="patternSearchResult"><div class="foswikiTopRow"><div class="foswikiLeft"><a '
                     f'href="/TinTuc/{t}"><b>{t}</b></a></div><div class="foswikiRight foswikiSRAuthor"> <a '
                     f'href="/Main/{w}">{w}</a> </div><div class="foswikiRight foswikiSRRev">{new}<a href="/bin/rdiff/'
                     f'TinTuc/{t}" rel="nofollow">{fdate(d)} - {d:%H:%M}</a></div><br class="foswikiClear" /></div><div '
                     f'class="foswikiBottomRow"><div class="foswikiSummary foswikiGrayText">{esc(s)}</div></div></div>')
        deny(f"/bin/rdiff/TinTuc/{t}")
    assert all(c[0] != oldest.path.rsplit("/", 1)[1] for c in changes[:10])
    site.page("/TinTuc/WebChanges", layout("TinTuc", "WebChanges", '<div class="patternContent"><div class="foswikiTopic">'
                                           '<h1 id="Thay_i_g_n_y">  Thay đổi gần đây trong web TinTuc </h1>\n'
                                           f'<div class="foswikiSearchResultsHeader">Kết quả tìm kiếm</div>{"".join(items)}'
                                           '<div class="foswikiSearchResultCount">Số chủ đề: <span>10</span></div></div>'
                                           '</div>', rev=(1, datetime(2023, 12, 1, 14, 0, 0), "AdminUser")))
    site.non_articles.append("/TinTuc/WebChanges")
    tool_links("TinTuc", "WebChanges")
    site.trap("WebChanges: the last 10 changed topics with their last edit ('21 May 2024 - 09:12', linked to "
              "/bin/rdiff/…), the editor's WikiName and the text's first words: a listing of modifications",
              "/TinTuc/WebChanges")
    for t, title, text in [
            ("WebSearch", "Tìm kiếm", '<form action="/TinTuc/WebSearch"><input type="text" name="search" size="32" /> '
             '<input type="submit" value="Tìm kiếm" class="foswikiSubmit" /></form>'),
            ("WebLeftBar", "WebLeftBar", "<pre>   * [[TinTuc.WebHome][Tin tức - Sự kiện]]\n   * [[WebChanges][Thay đổi gần "
             "đây]]</pre>"),
            ("NewsForm", "NewsForm", '<table class="foswikiTable" rules="none" border="1"><tr><th> Tên </th><th> Kiểu '
             '</th><th> Kích thước </th><th> Giá trị </th><th> Mô tả </th><th> Thuộc tính </th></tr><tr><td> Ngày đăng '
             '</td><td> date </td><td> 20 </td><td> </td><td> Ngày đăng tin (dd/mm/yyyy) </td><td> M </td></tr><tr><td> '
             'Người viết </td><td> text </td><td> 40 </td><td> </td><td> Tác giả hoặc nguồn </td><td> </td></tr><tr><td> '
             'Chuyên mục </td><td> select </td><td> 1 </td><td> Hoạt động, Thông báo, Kỹ thuật, Số liệu, Ảnh, Tin tổng '
             'hợp </td><td> </td><td> </td></tr></table>')]:
        site.page(f"/TinTuc/{t}", layout("TinTuc", t, f'<div class="patternContent"><div class="foswikiTopic"><h1 '
                                         f'id="{anchor(title)}">  {esc(title)} </h1>\n{text}</div></div>',
                                         rev=(2, datetime(2024, 1, 22, 8, 30, 15), "AdminUser")))
        site.non_articles.append(f"/TinTuc/{t}")
        tool_links("TinTuc", t)
    for t in [x.path.rsplit("/", 1)[1] for x in arts]:
        if not site._exists(f"/TinTuc/WebSearch?search={t};scope=text"):
            found = [x for x in arts if f"/TinTuc/{t}" in x.body or f"TinTuc/{t}]" in x.body]
            res = "".join(f'<div class="patternSearchResult"><a href="{x.path}"><b>{x.path.rsplit("/", 1)[1]}</b></a></div>'
                          for x in found) or "<p>Không tìm thấy chủ đề nào.</p>"
            site.page(f"/TinTuc/WebSearch?search={t};scope=text", layout(
                "TinTuc", "WebSearch", f'<div class="patternContent"><div class="foswikiTopic"><h1>  Tìm kiếm </h1>'
                f'<div class="foswikiSearchResultsHeader">Kết quả tìm kiếm cho <b>{t}</b></div>{res}</div></div>'))
            site.non_articles.append(f"/TinTuc/WebSearch?search={t};scope=text")
    site.trap("'Liên kết ngược' of every topic: /TinTuc/WebSearch?search=<Topic>;scope=text (search results); WebSearch, "
              "WebLeftBar and the form definition NewsForm (a table of fields): no articles", "/TinTuc/NewsForm")

    # home of Main, users
    newest = by_created[:PER]
    home = ('<div class="patternContent"><div class="foswikiTopic"><h1 id="Wiki_Li_n_minh_HTX_t_nh_Y_n_B_i">  '
            f'{esc(NAME)} </h1>\nTrang cộng tác nội bộ và tin tức của Liên minh Hợp tác xã tỉnh Yên Bái.\n<p></p>\n<h2 '
            'id="Tin_m_i">  Tin mới </h2>\n<ul>\n'
            + " ".join(f'<li> <a href="{a.path}">{esc(a.title)}</a> ({a.opts["form"][0]})\n</li>' for a in newest)
            + '</ul>\n<p></p>\n<a href="/TinTuc/WebHome">Xem tất cả tin</a>\n<p></p>\n</div></div>')
    site.page("/Main/WebHome", layout("Main", "WebHome", home, rev=(5, datetime(2024, 2, 5, 10, 20, 0), "AdminUser"),
                                      title="Trang chủ"))
    site.same_page("/Main/", "/Main/WebHome")
    site.redirect("/", "/Main/WebHome", 302)
    site.non_articles.append("/Main/WebHome")
    tool_links("Main", "WebHome")
    site.page("/Main/LienHe", layout("Main", "LienHe", '<div class="patternContent"><div class="foswikiTopic"><h1 '
                                     'id="Li_n_h">  Liên hệ </h1>\nVăn phòng Liên minh HTX tỉnh Yên Bái.\n<p></p>\nEmail: '
                                     'vanphong@lienminhhtxyenbai.org.vn\n<p></p>\n</div></div>',
                                     rev=(1, datetime(2023, 12, 1, 14, 0, 0), "AdminUser")))
    site.non_articles.append("/Main/LienHe")
    tool_links("Main", "LienHe")
    site.trap("'/' redirects (302) to /Main/WebHome: an intro and the 5 newest news (title, Ngày đăng); users' topics "
              "/Main/<WikiName> (UserForm: Họ tên, Đơn vị): no articles", "/Main/WebHome")
    for wn, full in USERS.items():
        site.page(f"/Main/{wn}", layout("Main", wn, f'<div class="patternContent"><div class="foswikiTopic"><h1 '
                                        f'id="{wn}">  {wn} </h1>\n<p></p></div></div><div class="foswikiFormSteps"><div '
                                        f'class="foswikiForm foswikiFormStep"><table class="foswikiFormTable" border="1">'
                                        f'<tr><td class="foswikiFormTableRow foswikiFirstCol" align="right"> Họ tên </td>'
                                        f'<td> {esc(full)} </td></tr><tr><td class="foswikiFormTableRow foswikiFirstCol" '
                                        f'align="right"> Đơn vị </td><td> Liên minh HTX tỉnh Yên Bái </td></tr></table>'
                                        '</div></div>', rev=(1, datetime(2023, 12, 1, 14, 0, 0), "AdminUser")))
        site.non_articles.append(f"/Main/{wn}")
        tool_links("Main", wn)

    # disallowed scripts: a page each (login form / oops), never fetched
    for p in sorted(disallowed):
        script = p.split("/")[2]
        body = ('<form action="/bin/login" method="post"><input name="username" /><input type="password" name="password" '
                '/></form>' if script == "login" else f"<p>Bạn cần đăng nhập để dùng chức năng {script}.</p>")
        if not site._exists(p):
            site.page(p, layout("TinTuc", "WebHome", f'<div class="patternContent"><div class="foswikiTopic">{body}'
                                '</div></div>', head='<meta name="robots" content="noindex" />\n'))
        site.never_fetched.append(p)
    site.static("/robots.txt", "User-agent: *\nDisallow: /bin/attach/\nDisallow: /bin/changes/\nDisallow: /bin/compare/\n"
                "Disallow: /bin/configure/\nDisallow: /bin/edit/\nDisallow: /bin/login/\nDisallow: /bin/logon/\n"
                "Disallow: /bin/manage/\nDisallow: /bin/oops/\nDisallow: /bin/rdiff/\nDisallow: /bin/register/\n"
                "Disallow: /bin/rename/\nDisallow: /bin/resetpasswd/\nDisallow: /bin/save/\nDisallow: /bin/statistics/\n"
                "Disallow: /bin/upload/\n")
    site.trap("robots.txt disallows /bin/edit/, /bin/attach/, /bin/rdiff/, /bin/login/ … (every page's 'Sửa', "
              "'Đính kèm', 'Lịch sử:', the diffs, 'Đăng nhập'), not /bin/view/: never fetched",
              "/bin/rdiff/TinTuc/HopMatHtx2024?type=history")

    # WebRss: the 6 newest news topics by modification, dc:date in UTC
    feed = [a for a in by_modified if a is not oldest][:6]
    rss_items = "".join(
        f'<item rdf:about="{{{{base}}}}{a.path}"><title>{a.path.rsplit("/", 1)[1]}</title><link>{{{{base}}}}{a.path}'
        f'</link><description>{esc(inline_text(next(b.text for b in a.blocks if b.kind == "p")))} (last changed by '
        f'{a.opts["revs"][-1][1]})</description><dc:creator>{a.opts["revs"][-1][1]}</dc:creator><dc:date>'
        f'{a.opts["revs"][-1][0] - timedelta(hours=7):%Y-%m-%dT%H:%M:%SZ}</dc:date><dc:contributor><rdf:Description '
        f'link="{{{{base}}}}/Main/{a.opts["revs"][-1][1]}"><rdf:value>{a.opts["revs"][-1][1]}</rdf:value>'
        f'</rdf:Description></dc:contributor></item>' for a in feed)
    site.page("/TinTuc/WebRss", '<?xml version="1.0" encoding="utf-8"?>\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/'
              '22-rdf-syntax-ns#" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns="http://purl.org/rss/1.0/"><channel '
              f'rdf:about="{{{{base}}}}/TinTuc"><title>{esc(TOOL)}\'s TinTuc web</title><link>{{{{base}}}}/TinTuc</link>'
              f'<description>Tin tức Liên minh HTX tỉnh Yên Bái</description></channel>{rss_items}</rdf:RDF>\n',
              content_type="application/rss+xml; charset=utf-8")
    site.trap("WebRss (RSS 1.0, the left bar's 'Tin RSS'): the topic name as title, dc:date of the last change in UTC "
              "('2024-03-14T17:20:05Z' for 00:20:05 on 15 March), dc:creator the WikiName", "/TinTuc/WebRss")
    return site
