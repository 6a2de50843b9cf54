"""Site `diendan-htxthaibinh` (registry family `generic`): "Diễn đàn HTX Thái Bình", the portal + forum of the Thái Bình
cooperative alliance (since 1 July 2025 the "Văn phòng đại diện khu vực Thái Bình" of the Hưng Yên alliance) on
**Discuz! X3.5** (default template, Vietnamese language pack, URL rewriting on for portal articles, forum lists,
threads and spaces). News are published two ways: as portal articles (Cổng thông tin) and as threads of the forum
"Tin tức - Sự kiện". Written as a held-out test: no family module, no selectors.

URL shapes (as Discuz emits them): portal articles `article-<aid>-1.html` (the DIY blocks of the portal home still
print `portal.php?mod=view&aid=<aid>`, the same page), category lists `portal.php?mod=list&catid=N` paged `&page=2`,
the article's comment page `portal.php?mod=comment&id=<aid>&idtype=aid`, attachments `portal.php?mod=attachment&id=N`;
threads `thread-<tid>-<page>-1.html` (also `forum.php?mod=viewthread&tid=<tid>` from the home block, the printable
view `forum.php?mod=viewthread&action=printable&tid=<tid>`, the "Chỉ xem của tác giả" filter
`forum.php?mod=viewthread&tid=<tid>&page=1&authorid=<uid>`, the Archiver page `archiver/?tid-<tid>.html`), forum
lists `forum-<fid>-<page>.html`, spaces `space-uid-<uid>.html`, thread attachments
`forum.php?mod=attachment&aid=<base64>`; `forum.php?mod=redirect…`, `forum.php?mod=post…`, `member.php`,
`search.php`, `home.php?mod=spacecp…`, `misc.php` are disallowed by Discuz's stock robots.txt.

What the pages look like: no canonical links, `<base href>`, relative URLs. A portal article is `h1.ph` in `div.h`,
the `p.xg1` line "Ngày đăng: 2025-9-16 08:15 | Người đăng: <account> | Lượt xem: … | Bình luận: … | Tác giả: … |
Nguồn: …" (Discuz's `Y-n-j H:i`, no zero padding; the "Tác giả" field only when the editor filled it), the auto
summary box `div.s` "Tóm tắt: <the first 200 characters>...", the text in `td#article_content`, then attachments,
the reaction table (`#click_div`), "Bài trước/Bài tiếp", related articles and the latest comments with their own
dates. A thread is `table.plhin` posts in `#postlist`: `h1.ts` holds the thread type link "[Thông báo]" and
`span#thread_subject`; each post's `div.authi` has "Đăng lúc 2025-8-5 07:45" (within a week Discuz shows a relative
"Hôm qua 15:40" / "6 ngày trước" with the full date in the span's title); the first post's `td.t_f` is the text:
`<br />`-separated lines, `<font>`, `<div align="center">` images wrapped in `ignore_js_op` with their hidden
"aimg tip" (file name, size, "Tải lên 2025-9-12 09:05"), the edit notice `i.pstatus` "Bài viết được … chỉnh sửa lần
cuối vào …" at its top; signatures, rate logs, "Trả lời"/"Đánh giá"/"Báo cáo" buttons and replies are furniture.
The footer prints the server time "GMT+7, 2025-9-18 10:30" on every page.
"""

from __future__ import annotations

import base64
import re
from datetime import datetime, timedelta
from urllib.parse import quote, urljoin

import lxml.html

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "diendan-htxthaibinh"
BBNAME = "Diễn đàn HTX Thái Bình"
HTML = "text/html; charset=utf-8"
NOW = datetime(2025, 9, 18, 10, 30)
CATS = {1: "Tin hoạt động", 2: "Văn bản - Thông báo", 3: "Gương HTX điển hình"}
FORUMS = {2: ("Tin tức - Sự kiện", "Tin hoạt động của Liên minh HTX và các HTX khu vực Thái Bình"),
          36: ("Hỏi đáp HTX", "Giải đáp vướng mắc về thành lập, tổ chức lại, vay vốn của HTX"),
          37: ("Kết nối tiêu thụ", "Các HTX giới thiệu sản phẩm, tìm đầu ra")}
TYPES = {1: "Tin tức", 2: "Thông báo", 3: "Điển hình"}
USERS = {1: ("admin", "Quản trị viên", 0), 2: ("lmhtx_thaibinh", "Ban quản trị", 1688),
         5: ("bientap01", "Biên tập viên", 412), 118: ("Phạm Văn Tuấn", "Thành viên", 37),
         121: ("htx_vuhoi", "Thành viên", 19), 134: ("Nguyễn Thị Ngân", "Thành viên mới", 6),
         140: ("dinhquang_kt", "Thành viên", 52)}
SIGNATURE = "Văn phòng đại diện khu vực Thái Bình - Liên minh HTX tỉnh Hưng Yên | ĐT: 0227.3831.542"
FOOT_TIME = f"GMT+7, {NOW.year}-{NOW.month}-{NOW.day} {NOW:%H:%M}"
CHROME = [SIGNATURE, FOOT_TIME, "Powered by Discuz! X3.5", "© 2001-2025 Discuz! Team.", "Bản lưu trữ", "Phiên bản di động",
          "Đăng lúc", "Tóm tắt", "Người đăng:", "Lượt xem:", "Bình luận:", "Bài trước:", "Bài tiếp:", "Bài viết liên quan",
          "Bình luận mới nhất", "Xem tất cả", "Bạn cảm thấy thế nào khi đọc bài viết này?", "Tặng hoa", "Ủng hộ",
          "Cảm động", "Buồn cười", "Ngạc nhiên", "Trả lời", "Đánh giá", "Báo cáo", "Chỉ xem của tác giả", "Sao chép liên kết",
          "Trở lại danh sách", "Thu gọn bảng đánh giá", "Tổng điểm: Uy tín + 6", "Chủ đề", "Bài viết", "Điểm",
          "Tải xuống", "Lượt tải xuống", "Thống kê", "Chủ đề hôm nay: 3", "Thành viên: 2.184",
          "Chào mừng thành viên mới: dinhquang_kt", "Tin xem nhiều", "Chủ đề mới", "Liên minh HTX tỉnh Hưng Yên - Văn phòng đại diện khu vực Thái Bình",
          "Địa chỉ: Số 56 đường Trần Hưng Đạo, phường Thái Bình, tỉnh Hưng Yên", "Thời tiết Thái Bình: 29°C, nắng nhẹ"]


def dz(d: datetime) -> str:
    """Discuz's dateformat 'Y-n-j' + timeformat 'H:i'."""
    return f"{d.year}-{d.month}-{d.day} {d:%H:%M}"


def dz_day(d: datetime) -> str:
    return f"{d.year}-{d.month}-{d.day}"


def shown(d: datetime) -> str:
    """Discuz's dateconvert: within a week a relative text with the full date in the title."""
    days = (NOW.date() - d.date()).days
    secs = (NOW - d).total_seconds()
    if days == 0 and secs < 3600:
        return f'<span title="{dz(d)}">{int(secs // 60)}&nbsp;phút trước</span>'
    if days == 0:
        return f'<span title="{dz(d)}">{int(secs // 3600)}&nbsp;giờ trước</span>'
    if days == 1:
        return f'<span title="{dz(d)}">Hôm qua&nbsp;{d:%H:%M}</span>'
    if days == 2:
        return f'<span title="{dz(d)}">Hôm kia&nbsp;{d:%H:%M}</span>'
    if days < 8:
        return f'<span title="{dz(d)}">{days}&nbsp;ngày trước</span>'
    return dz(d)


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime, listed: bool = True) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element",
                    evidence=["date-element", "listing"] if listed else ["date-element"])

    return [
        # -- portal articles --------------------------------------------------------------------------
        A(path="", title="Liên minh HTX tỉnh Hưng Yên làm việc với các HTX nông nghiệp khu vực Thái Bình",
          body="""
Ngày 15/9, đoàn công tác của Liên minh HTX tỉnh Hưng Yên do đồng chí Phó Chủ tịch Liên minh dẫn đầu đã làm việc với 14 HTX nông nghiệp thuộc khu vực Thái Bình cũ.
Các HTX phản ánh khó khăn về mặt bằng xây dựng kho lạnh, máy sấy lúa và thủ tục vay vốn Quỹ hỗ trợ phát triển HTX sau khi hợp nhất tỉnh.
[img lam-viec-htx-thai-binh.jpg] Đoàn công tác thăm mô hình sản xuất lúa chất lượng cao tại xã Vũ Tiên
Phát biểu kết luận, lãnh đạo Liên minh HTX tỉnh đề nghị Văn phòng đại diện khu vực Thái Bình tổng hợp kiến nghị, báo cáo UBND tỉnh trong tháng 10/2025.
Liên minh HTX tỉnh cũng sẽ tổ chức 3 lớp tập huấn về chuyển đổi số cho các HTX khu vực này trong quý IV.
""", author="Mai Lan",
          opts={"kind": "portal", "aid": 236, "cat": 1, "uid": 5, "views": 412, "author": "Mai Lan",
                "source": "Văn phòng đại diện khu vực Thái Bình",
                "comments": [(134, "Mong Liên minh sớm hỗ trợ HTX chúng tôi về máy sấy.", datetime(2025, 9, 16, 20, 12)),
                             (140, "Thông tin rất kịp thời.", datetime(2025, 9, 17, 7, 40))]},
          notes=["portal article article-236-1.html (also portal.php?mod=view&aid=236 from the home DIY block): h1.ph; the p.xg1 "
                 "line 'Ngày đăng: 2025-9-16 08:15 | Người đăng: bientap01 | Lượt xem: 412 | Bình luận: 2 | Tác giả: Mai Lan | Nguồn: "
                 "Văn phòng đại diện khu vực Thái Bình' (the account is no author; the 'Tác giả' field is); div.s 'Tóm tắt: …' "
                 "repeats the first 200 characters; td#article_content is the text; two comments with dates below"],
          **at(datetime(2025, 9, 16, 8, 15))),
        A(path="", title="Thông báo về việc đăng ký sản phẩm tham gia đánh giá, phân hạng OCOP năm 2025",
          body="""
LIÊN MINH HTX TỈNH HƯNG YÊN
VĂN PHÒNG ĐẠI DIỆN KHU VỰC THÁI BÌNH
Số: 86/TB-VPĐD
Thái Bình, ngày 26 tháng 8 năm 2025
THÔNG BÁO
Về việc đăng ký sản phẩm tham gia đánh giá, phân hạng sản phẩm OCOP năm 2025
Thực hiện Kế hoạch của UBND tỉnh Hưng Yên về triển khai Chương trình OCOP năm 2025, Văn phòng đại diện thông báo tới các HTX khu vực Thái Bình như sau:
1. Đối tượng: các HTX có sản phẩm đạt tiêu chuẩn, có hồ sơ công bố chất lượng còn hiệu lực.
2. Thời hạn đăng ký: trước ngày 30/9/2025.
3. Hồ sơ gửi về Văn phòng đại diện, số 56 đường Trần Hưng Đạo, phường Thái Bình.
Nơi nhận:
- Các HTX khu vực Thái Bình;
- Lưu: VT.
TRƯỞNG VĂN PHÒNG
Vũ Thị Thanh Huyền
""", author=None, doc_number="86/TB-VPĐD",
          attachments=[{"path": "portal.php?mod=attachment&id=58", "text": "TB-86-dang-ky-OCOP-2025.pdf"}],
          opts={"kind": "portal", "aid": 231, "cat": 2, "uid": 5, "views": 957, "comments": [],
                "file": ("TB-86-dang-ky-OCOP-2025.pdf", "126.5 KB", 41)},
          notes=["official notice 'Số: 86/TB-VPĐD' (place-date line 26/8), posted 2025-8-27 14:00; no 'Tác giả' field; the "
                 "signer ends the text (author null); the PDF portal.php?mod=attachment&id=58 under the text (robots.txt "
                 "disallows /*?mod=attachment* with a wildcard): an attachment, not text"],
          **at(datetime(2025, 8, 27, 14, 0))),
        A(path="", title="Ra mắt Liên minh Hợp tác xã tỉnh Hưng Yên sau hợp nhất",
          body="""
Sáng 1/7/2025, Liên minh Hợp tác xã tỉnh Hưng Yên (mới) tổ chức lễ công bố quyết định hợp nhất Liên minh HTX tỉnh Hưng Yên và Liên minh HTX tỉnh Thái Bình.
Liên minh HTX tỉnh Hưng Yên (mới) có trụ sở tại phường Phố Hiến, đặt Văn phòng đại diện tại phường Thái Bình để phục vụ các HTX khu vực phía Đông của tỉnh.
[img ra-mat-lmhtx-hung-yen.jpg] Lãnh đạo tỉnh trao quyết định cho Ban Thường vụ Liên minh HTX tỉnh
Toàn tỉnh hiện có hơn 1.100 HTX, trong đó khu vực Thái Bình cũ có 538 HTX với gần 380 nghìn thành viên.
""", author="Đức Anh",
          opts={"kind": "portal", "aid": 224, "cat": 1, "uid": 2, "views": 1866, "author": "Đức Anh", "source": "Báo Hưng Yên",
                "comments": [(121, "Chúc mừng Liên minh HTX tỉnh Hưng Yên!", datetime(2025, 7, 1, 16, 3))]},
          notes=["'Tác giả: Đức Anh | Nguồn: Báo Hưng Yên' on the meta line: author Đức Anh; the text speaks of 1/7/2025"],
          **at(datetime(2025, 7, 1, 10, 20))),
        A(path="", title="HTX Dịch vụ nông nghiệp Vũ Hội liên kết sản xuất lúa hữu cơ",
          body="""
Vụ mùa năm nay, HTX Dịch vụ nông nghiệp Vũ Hội liên kết với doanh nghiệp sản xuất 45 ha lúa theo hướng hữu cơ, tăng 15 ha so với năm trước.
Doanh nghiệp cung ứng giống, phân bón hữu cơ và bao tiêu sản phẩm với giá cao hơn lúa thường 15-20%.
[img lua-huu-co-vu-hoi.jpg] Cánh đồng lúa hữu cơ của HTX Vũ Hội
HTX cử cán bộ kỹ thuật hướng dẫn thành viên ghi chép nhật ký đồng ruộng, không sử dụng thuốc bảo vệ thực vật hóa học.
Bài và ảnh: Nguyễn Thị Hằng
""", author="Nguyễn Thị Hằng",
          opts={"kind": "portal", "aid": 212, "cat": 3, "uid": 5, "views": 733, "comments": []},
          notes=["no 'Tác giả' field on the meta line; the closing paragraph 'Bài và ảnh: Nguyễn Thị Hằng' of the text names the "
                 "author"],
          **at(datetime(2025, 6, 10, 15, 20))),
        A(path="", title="Quỹ hỗ trợ phát triển HTX giải ngân 9,6 tỷ đồng trong 4 tháng đầu năm",
          body="""
Trong 4 tháng đầu năm 2025, Quỹ hỗ trợ phát triển HTX tỉnh Thái Bình đã giải ngân cho 14 dự án với tổng số tiền 9,6 tỷ đồng.
| Lĩnh vực | Số dự án | Số tiền (triệu đồng) |
| Trồng trọt | 6 | 3.900 |
| Chăn nuôi, thủy sản | 5 | 3.700 |
| Tiểu thủ công nghiệp | 3 | 2.000 |
Các dự án đều có tài sản bảo đảm, không phát sinh nợ quá hạn.
""", author=None,
          opts={"kind": "portal", "aid": 205, "cat": 1, "uid": 5, "views": 518, "author": "Phòng Kế hoạch - Tổng hợp",
                "comments": []},
          notes=["a data table (one line per row); the 'Tác giả' field names an office ('Phòng Kế hoạch - Tổng hợp'): author null"],
          **at(datetime(2025, 5, 14, 10, 5))),
        A(path="", title="Tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho cán bộ HTX",
          body="""
Từ ngày 1 đến 3/4, Liên minh HTX tỉnh Thái Bình tổ chức lớp tập huấn kỹ năng bán hàng trên sàn thương mại điện tử cho 60 cán bộ HTX.
Học viên được hướng dẫn mở gian hàng, chụp ảnh sản phẩm, viết mô tả và quản lý đơn hàng trên các sàn thông dụng.
Kết thúc lớp học, 22 HTX đã mở gian hàng và đăng bán sản phẩm đầu tiên.
""", author="Thu Hương",
          opts={"kind": "portal", "aid": 198, "cat": 1, "uid": 5, "views": 640, "author": "Thu Hương", "comments": []},
          notes=["the oldest portal article: only on the category list's second page (portal.php?mod=list&catid=1&page=2)"],
          **at(datetime(2025, 4, 3, 8, 0))),
        # -- forum threads ----------------------------------------------------------------------------
        A(path="", title="Lịch tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX tại Văn phòng đại diện khu vực Thái Bình",
          body="""
Văn phòng đại diện khu vực Thái Bình thông báo lịch tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 2 năm 2025 như sau:
* Thời gian: các ngày thứ Ba và thứ Năm hằng tuần, từ 22/9 đến 30/10/2025;
* Buổi sáng từ 7h30 đến 11h00, buổi chiều từ 13h30 đến 16h30;
* Địa điểm: Phòng 203, trụ sở Văn phòng đại diện.
HTX cần mang theo phương án sản xuất kinh doanh, báo cáo tài chính năm 2024 và giấy tờ tài sản bảo đảm.
Mẫu hồ sơ các HTX tải ở tệp đính kèm dưới đây.
""", author=None,
          attachments=[{"path": "forum.php?mod=attachment&aid=MjI0fGI3ZTFhYzQyfDE3NTgxMDE2MDB8MnwxODcz",
                        "text": "Mau-ho-so-vay-von-dot-2-2025.pdf"}],
          opts={"kind": "thread", "tid": 1873, "pid": 9921, "fid": 2, "type": 2, "uid": 2, "views": 286,
                "replies": [(121, "Cho hỏi HTX đã vay đợt 1 có được vay tiếp đợt 2 không ạ?"),
                            (2, "Được bạn nhé, nếu khoản vay đợt 1 trả đúng hạn.")],
                "edited": datetime(2025, 9, 17, 16, 2),
                "file": ("Mau-ho-so-vay-von-dot-2-2025.pdf", "215.4 KB", 34)},
          notes=["thread thread-1873-1-1.html posted yesterday: div.authi 'Đăng lúc <span title=\"2025-9-17 15:40\">Hôm qua 15:40"
                 "</span>'; the edit notice i.pstatus 'Bài viết được lmhtx_thaibinh chỉnh sửa lần cuối vào 2025-9-17 16:02' heads "
                 "td.t_f (not text, not the date); <br />-separated lines and a [list]; the office account posts it, no byline: "
                 "author null; the attachment forum.php?mod=attachment&aid=… below the post (tattl box with size and download "
                 "count): not text"],
          **at(datetime(2025, 9, 17, 15, 40))),
        A(path="", title="HTX Thụy Hải mở rộng vùng nuôi ngao thương phẩm",
          body="""
Xin chào các anh chị trên diễn đàn, tôi là Phạm Văn Tuấn, Giám đốc HTX Dịch vụ nuôi trồng thủy sản Thụy Hải.
Năm nay HTX chúng tôi mở rộng vùng nuôi ngao thêm 30 ha, nâng tổng diện tích lên 180 ha với 96 hộ thành viên.
[img ngao-thuy-hai.jpg] Thành viên HTX thu hoạch ngao tại bãi bồi ven biển
Sản phẩm ngao của HTX đã có chứng nhận VietGAP và xuất bán cho các doanh nghiệp chế biến xuất khẩu.
HTX mong muốn kết nối thêm với các HTX, doanh nghiệp có nhu cầu mua ngao giống và ngao thương phẩm.
""", author="Phạm Văn Tuấn",
          opts={"kind": "thread", "tid": 1851, "pid": 9850, "fid": 2, "type": 3, "uid": 118, "views": 544,
                "replies": [(140, "HTX cho xin số điện thoại liên hệ mua ngao giống với ạ."),
                            (118, "Bạn gọi số 0912.448.735 gặp tôi nhé."),
                            (134, "Mô hình rất hay, chúc HTX phát triển.")],
                "rate": [(2, "+4", "Bài viết hữu ích"), (5, "+2", "")]},
          notes=["a member posts in person (username 'Phạm Văn Tuấn', the HTX's director) in the first person: author; '6 ngày "
                 "trước' with the full date in the span's title; the photo is a <div align=\"center\"> ignore_js_op image whose hidden "
                 "aimg tip (file name, '85.3 KB, Lượt tải xuống: 0', 'Tải lên 2025-9-12 09:05') sits inside td.t_f; the caption is "
                 "a <font> line under it; the rate log 'Tổng điểm: Uy tín + 6' and replies (one quoting the first post) are not text"],
          **at(datetime(2025, 9, 12, 9, 10))),
        A(path="", title="Kinh nghiệm xây dựng sản phẩm OCOP từ các HTX khu vực Thái Bình",
          body="""
Sau 6 năm triển khai Chương trình OCOP, khu vực Thái Bình có 312 sản phẩm đạt từ 3 sao trở lên, trong đó HTX là chủ thể của 118 sản phẩm.
Từ thực tế các HTX, có thể rút ra một số kinh nghiệm:
* Chọn sản phẩm có lợi thế về nguyên liệu và câu chuyện gắn với địa phương;
* Đầu tư bao bì, nhãn mác, mã QR truy xuất nguồn gốc ngay từ đầu;
* Liên kết với doanh nghiệp để tiêu thụ ổn định;
* Tham gia các hội chợ, sàn thương mại điện tử để quảng bá sản phẩm.
Theo Báo Hưng Yên
""", author=None,
          opts={"kind": "thread", "tid": 1790, "pid": 9612, "fid": 2, "type": 1, "uid": 2, "views": 903,
                "replies": [(121, "Bài viết rất thiết thực.")]},
          notes=["posted 2025-8-5 07:45 ('Đăng lúc 2025-8-5 07:45', older than a week: no relative text); 'Theo Báo Hưng Yên' "
                 "names a newspaper: text, author null; the office's signature div.sign after the post is not text"],
          **at(datetime(2025, 8, 5, 7, 45))),
        A(path="", title="Liên minh HTX tỉnh Thái Bình tổng kết hoạt động, bàn giao trước khi hợp nhất",
          body="""
Chiều 26/6, Liên minh HTX tỉnh Thái Bình tổ chức hội nghị tổng kết hoạt động giai đoạn 2020 - 2025 và bàn giao hồ sơ, tài sản để hợp nhất với Liên minh HTX tỉnh Hưng Yên.
Giai đoạn 2020 - 2025, Liên minh HTX tỉnh đã tư vấn thành lập mới 146 HTX, tổ chức 92 lớp bồi dưỡng cho hơn 5.000 lượt cán bộ HTX.
[img tong-ket-lmhtx-thai-binh.jpg] Các đại biểu chụp ảnh lưu niệm tại hội nghị
Hội nghị đã khen thưởng 25 tập thể, 40 cá nhân có thành tích xuất sắc trong phong trào phát triển kinh tế tập thể.
Minh Hải
""", author="Minh Hải",
          opts={"kind": "thread", "tid": 1702, "pid": 9201, "fid": 2, "type": 1, "uid": 2, "views": 1320,
                "replies": [(u, t) for u, t in [
                    (121, "Cảm ơn Liên minh HTX tỉnh Thái Bình đã đồng hành cùng các HTX."), (140, "Chúc mừng các tập thể được khen thưởng."),
                    (134, "Mong sau hợp nhất các HTX vẫn được hỗ trợ như trước."), (118, "HTX Thụy Hải xin cảm ơn Liên minh."),
                    (121, "Văn phòng đại diện đặt ở đâu ạ?"), (2, "Tại trụ sở cũ, số 56 đường Trần Hưng Đạo."),
                    (140, "Đồng ý với các ý kiến trên."), (134, "Xin tài liệu hội nghị ở đâu ạ?"),
                    (2, "Tài liệu đã gửi qua thư điện tử cho các HTX."), (118, "Rất mong Liên minh tiếp tục tổ chức hội chợ."),
                    (121, "Chúc Liên minh HTX tỉnh Hưng Yên ngày càng phát triển."), (140, "Cảm ơn BQT.")]]},
          notes=["a long thread (12 replies, 10 posts a page): its page 2 thread-1702-2-1.html repeats h1.ts and shows replies "
                 "only: not an article; the bare name 'Minh Hải' closes the text (author)"],
          **at(datetime(2025, 6, 26, 16, 30))),
    ]


def portal_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-indent: 2em;">{inline_html(b.text)}</p>')
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="data/attachment/portal/{a.date:%Y%m}/{a.date:%d}/{b.src}" '
                       f'width="600" border="0" alt="" /></p>\n<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            out.append('<table cellspacing="0" cellpadding="4" border="1" style="width: 90%; margin: auto;"><tbody>'
                       + "".join("<tr>" + "\n".join(f"<td>{'<strong>' if k == 0 else ''}{esc(c)}{'</strong>' if k == 0 else ''}</td>"
                                                   for c in r) + "</tr>\n" for k, r in enumerate(b.rows)) + "</tbody></table>")
    return "\n".join(out)


def thread_html(a: RichArticle) -> str:
    """BBCode rendered by Discuz: lines joined by <br />, [list], [align=center][img]."""
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<font size="3">{inline_html(b.text)}</font><br />\r\n')
        elif b.kind == "ul":
            out.append('<ul type="1" class="litype_1">' + "".join(f"<li>{inline_html(i)}\r\n" for i in b.items) + "</ul>\r\n")
        elif b.kind == "img":
            aid = 3000 + sum(map(ord, b.src)) % 900
            up = a.date - timedelta(minutes=5)
            out.append(f'<div align="center"><ignore_js_op>\r\n\r\n<img id="aimg_{aid}" aid="{aid}" src="static/image/common/none.gif" '
                       f'zoomfile="data/attachment/forum/{up:%Y%m}/{up:%d}/{b.src}" file="data/attachment/forum/{up:%Y%m}/{up:%d}/{b.src}" '
                       f'class="zoom" onclick="zoom(this, this.src, 0, 0, 0)" width="600" id="aimg_{aid}" inpost="1" '
                       f'onmouseover="showMenu({{\'ctrlid\':this.id,\'pos\':\'12\'}})" />\r\n\r\n'
                       f'<div class="tip tip_4 aimg_tip" id="aimg_{aid}_menu" style="position: absolute; display: none" disautofocus="true">'
                       f'<div class="xs0"><p><strong>{b.src}</strong> <em class="xg1">(85.3 KB, Lượt tải xuống: 0)</em></p>'
                       f'<p><a href="forum.php?mod=attachment&amp;aid={aid}&amp;nothumb=yes" target="_blank">Tải xuống</a></p>'
                       f'<p class="xg1 y">Tải lên {dz(up)}</p></div><div class="tip_horn"></div></div>\r\n\r\n</ignore_js_op></div>'
                       f'<div align="center"><font size="2"><i>{esc(b.text)}</i></font></div>\r\n')
    return "".join(out)


def archiver_html(a: RichArticle) -> str:
    """Archiver prints the message without its attachments (an inline image's caption line stays)."""
    out = []
    for b in a.blocks:
        if b.kind in ("p", "img"):
            out.append(f"{inline_html(b.text)}<br />\r\n")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}\r\n" for i in b.items) + "</ul>\r\n")
    return "".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thai-binh", BBNAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += CHROME
    allart = sorted(articles(), key=lambda a: a.date, reverse=True)
    portal = [a for a in allart if a.opts["kind"] == "portal"]
    threads = [a for a in allart if a.opts["kind"] == "thread"]
    for a in portal:
        a.path = f"/article-{a.opts['aid']}-1.html"
    for a in threads:
        a.path = f"/thread-{a.opts['tid']}-1-1.html"

    def uname(uid: int) -> str:
        return USERS[uid][0]

    def layout(title: str, crumbs: list[tuple[str, str]], body: str, *, keywords: str = "", desc: str = "",
               nav: str = "portal") -> str:
        pt = "".join(f' <em>&rsaquo;</em> <a href="{h}">{esc(t)}</a>' if h else f" <em>&rsaquo;</em> {esc(t)}" for t, h in crumbs)
        on = {k: ' class="a"' if k == nav else "" for k in ("portal", "forum", "home")}
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)} - Powered by Discuz!</title>

<meta name="keywords" content="{attr(keywords)}" />
<meta name="description" content="{attr(desc)}" />
<meta name="generator" content="Discuz! X3.5" />
<meta name="author" content="Discuz! Team and Comsenz UI Team" />
<meta name="copyright" content="2001-2025 Discuz! Team." />
<meta name="MSSmartTagsPreventParsing" content="True" />
<meta http-equiv="MSThemeCompatible" content="Yes" />
<base href="{{{{base}}}}/" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_common.css?Kq7" /><link rel="stylesheet" type="text/css" href="data/cache/style_1_portal_view.css?Kq7" /><script type="text/javascript">var STYLEID = '1', STATICURL = 'static/', IMGDIR = 'static/image/common', VERHASH = 'Kq7', charset = 'utf-8', discuz_uid = '0', cookiepre = 'Q3xz_2132_', cookiedomain = '', cookiepath = '/', showusercard = '1', attackevasive = '0', disallowfloat = 'newthread', creditnotice = '1|Uy tín|,2|Điểm|', defaultstyle = '', REPORTURL = '', SITEURL = '{{{{base}}}}/', JSPATH = 'static/js/', CSSPATH = 'data/cache/style_', DYNAMICURL = '';</script>
<script src="static/js/common.js?Kq7" type="text/javascript"></script>
<link rel="archives" title="{BBNAME}" href="{{{{base}}}}/archiver/" />
</head>

<body id="nv_{nav}" class="pg_view" onkeydown="if(event.keyCode==27) return false;">
<div id="append_parent"></div><div id="ajaxwaitid"></div>
<div id="toptb" class="cl">
<div class="wp">
<div class="z"><a href="javascript:;" onclick="setHomepage('{{{{base}}}}/');">Đặt làm trang chủ</a><a href="{{{{base}}}}/" onclick="addFavorite(this.href, '{BBNAME}');return false;">Thêm vào yêu thích</a></div>
<div class="y"><a id="switchblind" href="javascript:;" onclick="toggleBlind(this)" title="Chế độ hỗ trợ người khiếm thị" class="switchblind">Chế độ hỗ trợ người khiếm thị</a></div>
</div>
</div>

<div id="hd">
<div class="wp">
<div class="hdc cl"><h2><a href="./" title="{BBNAME}"><img src="static/image/common/logo.png" alt="{BBNAME}" border="0" /></a></h2>
<div id="um"><div class="y"><a href="member.php?mod=register">Đăng ký</a> <a href="member.php?mod=logging&amp;action=login" onclick="showWindow('login', this.href);return false;">Đăng nhập</a></div></div>
</div>
<div id="nv">
<ul><li id="mn_portal"{on['portal']}><a href="portal.php" hidefocus="true" title="Portal">Cổng thông tin<span>Portal</span></a></li><li id="mn_forum"{on['forum']}><a href="forum.php" hidefocus="true" title="BBS">Diễn đàn<span>BBS</span></a></li><li id="mn_N1a2b"><a href="portal.php?mod=list&amp;catid=2" hidefocus="true">Văn bản</a></li><li id="mn_N3c4d"><a href="forum-37-1.html" hidefocus="true">Kết nối tiêu thụ</a></li></ul>
</div>
<div id="scbar" class="cl"><form id="scbar_form" method="post" autocomplete="off" action="search.php?searchsubmit=yes" target="_blank">
<input type="hidden" name="mod" id="scbar_mod" value="search" /><input type="text" name="srchtxt" id="scbar_txt" value="" placeholder="Nhập từ khóa tìm kiếm" autocomplete="off" x-webkit-speech speech />
<button type="submit" name="searchsubmit" id="scbar_btn" sc="1" class="pn pnc" value="true"><strong class="xi2">Tìm kiếm</strong></button></form></div>
</div>
</div>

<div id="wp" class="wp">
<div id="pt" class="bm cl">
<div class="z">
<a href="./" class="nvhm" title="Trang chủ">{BBNAME}</a>{pt}
</div>
</div>
{body}
</div>

<div id="ft" class="wp cl">
<div id="flk" class="y">
<p>
<a href="archiver/" >Bản lưu trữ</a><span class="pipe">|</span><a href="forum.php?mobile=yes" >Phiên bản di động</a><span class="pipe">|</span><strong><a href="./" target="_blank">{BBNAME}</a></strong>
</p>
<p class="xs0">
{FOOT_TIME}<span id="debuginfo">
, Processed in 0.052371 second(s), 24 queries
.
</span>
</p>
</div>
<div id="frt">
<p>Powered by <strong><a href="{{{{base:offsite}}}}/discuz/" target="_blank">Discuz!</a></strong> <em>X3.5</em></p>
<p class="xs0">&copy; 2001-2025 <a href="{{{{base:offsite}}}}/discuz-team/" target="_blank">Discuz! Team</a>.</p>
<p class="xs0">Liên minh HTX tỉnh Hưng Yên - Văn phòng đại diện khu vực Thái Bình<br />Địa chỉ: Số 56 đường Trần Hưng Đạo, phường Thái Bình, tỉnh Hưng Yên</p>
</div>
</div>
<div id="scrolltop"><span hidefocus="true"><a title="Lên đầu trang" onclick="window.scrollTo('0','0')" class="scrolltopa" ><b>Lên đầu trang</b></a></span></div>
</body>
</html>
"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def side() -> str:
        hot = sorted(portal, key=lambda a: a.opts["views"], reverse=True)[:5]
        newt = threads[:4]
        return (f'<div class="sd pph">'
                f'<div class="bm"><div class="bm_h cl"><h2>Tin xem nhiều</h2></div><div class="bm_c"><ul class="xl xl1 cl">'
                + "".join(f'<li><a href="article-{a.opts["aid"]}-1.html" title="{attr(a.title)}">{esc(a.title)}</a></li>' for a in hot)
                + '</ul></div></div>'
                f'<div class="bm"><div class="bm_h cl"><h2>Chủ đề mới</h2></div><div class="bm_c"><ul class="xl xl1 cl">'
                + "".join(f'<li><a href="thread-{a.opts["tid"]}-1-1.html" title="{attr(a.title)}">{esc(a.title)}</a></li>' for a in newt)
                + '</ul></div></div>'
                '<div class="bm"><div class="bm_h cl"><h2>Thống kê</h2></div><div class="bm_c xg1"><p>Chủ đề hôm nay: 3</p>'
                '<p>Thành viên: 2.184</p><p>Chào mừng thành viên mới: <a href="space-uid-140.html">dinhquang_kt</a></p>'
                '<p>Thời tiết Thái Bình: 29°C, nắng nhẹ</p></div></div></div>')

    # ---- portal articles ---------------------------------------------------------------------------
    for i, a in enumerate(portal):
        o = a.opts
        aid = o["aid"]
        text = portal_html(a)
        plain = " ".join(inline_text(x) for x in a.text_lines())
        summary = plain[:200].rsplit(" ", 1)[0] + "..."
        meta = (f'Ngày đăng: {dz(a.date)}<span class="pipe">|</span>Người đăng: <a href="space-uid-{o["uid"]}.html">{uname(o["uid"])}</a>'
                f'<span class="pipe">|</span>Lượt xem: <em id="_viewnum">{o["views"]}</em><span class="pipe">|</span>'
                f'Bình luận: <a href="portal.php?mod=comment&amp;id={aid}&amp;idtype=aid" title="Xem bình luận">{len(o["comments"])}</a>'
                + (f'<span class="pipe">|</span>Tác giả: {esc(o["author"])}' if o.get("author") else "")
                + (f'<span class="pipe">|</span>Nguồn: {esc(o["source"])}' if o.get("source") else ""))
        att = ""
        if a.attachments:
            name, size, dl = o["file"]
            att = (f'<div class="bm_c"><ul class="mbw xl xl1 cl"><li><img src="static/image/filetype/pdf.gif" alt="" class="vm" /> '
                   f'<a href="{a.attachments[0]["path"].replace("&", "&amp;")}" target="_blank" class="xw1">{esc(name)}</a> '
                   f'<em class="xg1">({size}, Lượt tải xuống: {dl})</em></li></ul></div>')
        clicks = "".join(f'<td><a href="home.php?mod=spacecp&amp;ac=click&amp;op=add&amp;clickid={k}&amp;idtype=aid&amp;id={aid}" '
                         f'onclick="ajaxmenu(this);doane(event);"><img src="static/image/click/{img}.gif" alt="" /><br />{lbl}</a><br />{n}</td>'
                         for k, (img, lbl, n) in enumerate([("xianhua", "Tặng hoa", 3), ("woshou", "Ủng hộ", 5), ("leiren", "Cảm động", 0),
                                                            ("luguo", "Buồn cười", 0), ("kaixin", "Ngạc nhiên", 1)], 1))
        prev_ = portal[i + 1] if i + 1 < len(portal) else None
        next_ = portal[i - 1] if i > 0 else None
        pren = ('<div class="pren pbm cl">'
                + (f'<em>Bài trước: <a href="article-{prev_.opts["aid"]}-1.html">{esc(prev_.title)}</a></em>' if prev_ else "")
                + (f'<em>Bài tiếp: <a href="article-{next_.opts["aid"]}-1.html">{esc(next_.title)}</a></em>' if next_ else "")
                + "</div>")
        related = [b for b in portal if b is not a and b.opts["cat"] == o["cat"]][:4]
        rel = ('<div class="bm"><div class="bm_h cl"><h3>Bài viết liên quan</h3></div><div class="bm_c"><ul class="xl xl2 cl">'
               + "".join(f'<li>&bull; <a href="article-{b.opts["aid"]}-1.html">{esc(b.title)}</a></li>' for b in related)
               + "</ul></div></div>") if related else ""
        coms = "".join(f'<dl id="comment_{aid * 10 + k}" class="ptm pbm bbda cl"><dt class="mbm xs2"><a href="space-uid-{u}.html" class="xi2 xw1">{uname(u)}</a>'
                       f'<span class="y xg1 xw0">{shown(when)}</span></dt><dd>{esc(t)}</dd></dl>'
                       for k, (u, t, when) in enumerate(o["comments"], 1))
        comment_box = (f'<div id="comment" class="bm"><div class="bm_h cl"><a href="portal.php?mod=comment&amp;id={aid}&amp;idtype=aid" class="y">Xem tất cả</a>'
                       f'<h3 class="ph">Bình luận mới nhất</h3></div><div id="comment_ul" class="bm_c">{coms}</div>'
                       f'<form id="cform" name="cform" action="portal.php?mod=portalcp&amp;ac=comment" method="post" autocomplete="off">'
                       f'<div class="tedt"><div class="area"><textarea name="message" rows="3" class="pt" id="message"></textarea></div></div>'
                       f'<input type="hidden" name="aid" value="{aid}" /><p class="ptn pns"><button type="submit" name="commentsubmit" id="commentsubmit_btn" value="true" class="pn"><strong>Bình luận</strong></button></p></form></div>')
        body = (f'<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm vw">'
                f'<div class="h hm"><h1 class="ph">{esc(a.title)}</h1><p class="xg1">{meta}</p></div>'
                f'<div class="s"><div><strong>Tóm tắt</strong>: {esc(summary)}</div></div>'
                f'<div class="d"><table cellpadding="0" cellspacing="0" class="vwtb"><tr><td id="article_content">{text}</td></tr></table>'
                f'</div>{att}'
                f'<div class="o cl ptm pbm"><a href="home.php?mod=spacecp&amp;ac=favorite&amp;type=article&amp;id={aid}&amp;handlekey=favoritearticlehk_{aid}" '
                f'id="a_favorite" onclick="showWindow(this.id, this.href, \'get\', 0);" class="oshr ofav">Yêu thích</a>'
                f'<a href="javascript:;" id="a_share" class="oshr" onclick="showWindow(this.id, this.href);">Chia sẻ</a></div>'
                f'<div id="click_div"><p class="xs1 xg1">Bạn cảm thấy thế nào khi đọc bài viết này?</p><table cellpadding="0" cellspacing="0" class="atd"><tr>{clicks}</tr></table></div>'
                f'{pren}</div>{rel}{comment_box}</div>{side()}</div>')
        crumbs = [("Cổng thông tin", "portal.php"), (CATS[o["cat"]], f"portal.php?mod=list&amp;catid={o['cat']}"), ("Xem nội dung", "")]
        page(a.path, layout(f"{a.title} - {CATS[o['cat']]} - {BBNAME}", crumbs, body, keywords=a.title, desc=f"{summary} ,{BBNAME}"))
        site.same_page(f"/portal.php?mod=view&aid={aid}", a.path)
        a.aliases.append(f"/portal.php?mod=view&aid={aid}")
        # comment page, favourite (disallowed), attachment
        cp = f"/portal.php?mod=comment&id={aid}&idtype=aid"
        page(cp, layout(f"Bình luận: {a.title} - {BBNAME}", [("Cổng thông tin", "portal.php"), (a.title, f"article-{aid}-1.html"), ("Bình luận", "")],
                        f'<div id="ct" class="wp cl"><div class="bm"><div class="bm_h"><h2 class="xs2"><a href="article-{aid}-1.html">{esc(a.title)}</a></h2>'
                        f'<p class="xg1">Bình luận: {len(o["comments"])}</p></div><div id="comment_ul" class="bm_c">{coms or "<p>Chưa có bình luận nào</p>"}</div></div></div>'))
        site.non_articles.append(cp)
        fav = f"/home.php?mod=spacecp&ac=favorite&type=article&id={aid}&handlekey=favoritearticlehk_{aid}"
        page(fav, layout(BBNAME, [("Thông báo", "")], '<div id="ct" class="wp cl w"><div class="nfl"><div class="f_c altw"><div class="alert_error">'
                         '<p>Bạn chưa đăng nhập, không thể thực hiện thao tác này.</p></div></div></div></div>'))
        # disallowed by 'Disallow: /home.php?mod=spacecp*' (a trailing-wildcard rule): not in never_fetched, which holds
        # what a plain prefix-matching robots.txt parser blocks too
        for k in range(1, 6):
            site.redirect(f"/home.php?mod=spacecp&ac=click&op=add&clickid={k}&idtype=aid&id={aid}", "/member.php?mod=logging&action=login", 302)
        for x in a.attachments:
            fname = x["path"].split("id=")[1]
            site.files[f"_routes/portal-attachment-{fname}.pdf"] = pdf(a.title, ["THONG BAO SO 86/TB-VPDD", "Dang ky san pham OCOP 2025"])
            site.routes.append({"path": "/" + x["path"], "file": f"_routes/portal-attachment-{fname}.pdf", "content_type": "application/pdf"})
            x["path"] = "/" + x["path"]
        site.add_article(a)

    # ---- threads -----------------------------------------------------------------------------------
    def post(a: RichArticle, pid: int, uid: int, when: datetime, message: str, number: int, *, first: bool,
             attach: str = "", rate: str = "") -> str:
        name, group, posts = USERS[uid]
        labels = {1: "Chủ đề", 2: "#2", 3: "#3", 4: "#4"}
        num = labels.get(number, f"#{number}")
        sig = f'<tr><td class="plc plm"><div class="sign" style="max-height:100px;maxHeightIE:100px;">{esc(SIGNATURE)}</div></td></tr>' if uid == 2 else ""
        return (f'<div id="post_{pid}"><table id="pid{pid}" class="plhin" summary="pid{pid}" cellspacing="0" cellpadding="0"><tr>'
                f'<td class="pls" rowspan="2"><div id="favatar{pid}" class="pls favatar"><div class="pi"><div class="authi">'
                f'<a href="space-uid-{uid}.html" target="_blank" class="xw1">{esc(name)}</a></div></div>'
                f'<div class="avatar"><a href="space-uid-{uid}.html" class="avtm" target="_blank"><img src="static/image/common/noavatar_middle.gif" /></a></div>'
                f'<div class="tns xg2"><table cellspacing="0" cellpadding="0"><th><p><a href="space-uid-{uid}.html" class="xi2">{posts // 9}</a></p>Chủ đề</th>'
                f'<th><p><a href="space-uid-{uid}.html" class="xi2">{posts}</a></p>Bài viết</th><td><p><a href="space-uid-{uid}.html" class="xi2">{posts * 3}</a></p>Điểm</td></table></div>'
                f'<p><em>{esc(group)}</em></p></div></td>'
                f'<td class="plc"><div class="pi"><strong><a href="thread-{a.opts["tid"]}-1-1.html" id="postnum{pid}">{num}</a></strong>'
                f'<div class="pti"><div class="pdbt"></div><div class="authi"><img class="authicn vm" id="authicon{pid}" src="static/image/common/online_member.gif" />'
                f'<em id="authorposton{pid}">Đăng lúc {shown(when)}</em><span class="pipe">|</span>'
                f'<a href="forum.php?mod=viewthread&amp;tid={a.opts["tid"]}&amp;page=1&amp;authorid={uid}" rel="nofollow">Chỉ xem của tác giả</a></div></div></div>'
                f'<div class="pct"><style type="text/css">.pcb{{margin-right:0}}</style><div class="pcb"><div class="t_fsz">'
                f'<table cellspacing="0" cellpadding="0"><tr><td class="t_f" id="postmessage_{pid}">\r\n{message}</td></tr></table>{attach}</div>'
                f'<div id="comment_{pid}" class="cm"></div><div id="post_rate_div_{pid}">{rate}</div></div></div></td></tr>{sig}'
                f'<tr><td class="pls"></td><td class="plc" style="overflow:visible;"><div class="po hin"><div class="pob cl"><em>'
                f'<a class="fastre" href="forum.php?mod=post&amp;action=reply&amp;fid={a.opts["fid"]}&amp;tid={a.opts["tid"]}&amp;reppost={pid}&amp;extra=page%3D1&amp;page=1" '
                f'onclick="showWindow(\'reply\', this.href)">Trả lời</a>'
                + (f'<a href="javascript:;" id="ak_rate" onclick="showWindow(\'rate\', \'forum.php?mod=misc&action=rate&tid={a.opts["tid"]}&pid={pid}\', \'get\', -1);return false;" title="Đánh giá">Đánh giá</a>' if first else "")
                + f'</em><p><a href="javascript:;" onclick="showWindow(\'miscreport{pid}\', \'misc.php?mod=report&rtype=post&rid={pid}&tid={a.opts["tid"]}&fid={a.opts["fid"]}\', \'get\', -1);return false;">Báo cáo</a></p>'
                f'</div></div></td></tr><tr class="ad"><td class="pls"></td><td class="plc"></td></tr></table></div>')

    def reply_list(a: RichArticle) -> list[tuple[int, int, datetime, str]]:
        out = []
        for k, (uid, txt) in enumerate(a.opts["replies"], 1):
            when = a.date + timedelta(minutes=53 * k + 11)
            if when > NOW:
                when = NOW - timedelta(minutes=7 * (len(a.opts["replies"]) - k + 1))
            out.append((a.opts["pid"] + 2 * k, uid, when, txt))
        return out

    def thread_pages(a: RichArticle, only_uid: int | None = None) -> list[str]:
        o = a.opts
        msg = thread_html(a)
        if o.get("edited"):
            msg = f'<i class="pstatus"> Bài viết được {uname(o["uid"])} chỉnh sửa lần cuối vào {dz(o["edited"])} </i><br />\r\n<br />\r\n' + msg
        attach = ""
        if a.attachments:
            name, size, dl = o["file"]
            attach = (f'<div class="pattl"><ignore_js_op><dl class="tattl"><dt><img src="static/image/filetype/pdf.gif" border="0" class="vm" alt="" /></dt>'
                      f'<dd><p class="attnm"><a href="{attr(a.attachments[0]["path"])}" target="_blank">{esc(name)}</a></p>'
                      f'<p>{size}, Lượt tải xuống: {dl}</p><p class="xg2">{dz(a.date - timedelta(minutes=3))} Tải lên</p></dd></dl></ignore_js_op></div>')
        rate = ""
        if o.get("rate"):
            rows = "".join(f'<tr><td><a href="space-uid-{u}.html" target="_blank">{uname(u)}</a></td><td class="xi1"> {v}</td><td class="xg1">{esc(r)}</td></tr>'
                           for u, v, r in o["rate"])
            rate = (f'<dl id="ratelog_{o["pid"]}" class="rate"><dd style="margin:0"><div id="post_rate_{o["pid"]}"></div>'
                    f'<table summary="Bảng đánh giá" cellspacing="0" cellpadding="0" class="ratl"><tr><th class="xw1" width="120">'
                    f'Người tham gia <span class="xi1">{len(o["rate"])}</span></th><th class="xw1" width="80">Uy tín <i><span class="xi1">+6</span></i></th>'
                    f'<th><a href="javascript:;" onclick="toggleRatelogCollapse(\'ratelog_{o["pid"]}\', this);" class="y xi2 op">Thu gọn bảng đánh giá</a>'
                    f'<i class="txt_h">Lý do</i></th></tr>{rows}</table><p class="ratc"><a href="javascript:;" class="xi2">Tổng điểm: Uy tín + 6</a></p></dd></dl>')
        posts = [] if only_uid not in (None, o["uid"]) else [post(a, o["pid"], o["uid"], a.date, msg, 1, first=True, attach=attach, rate=rate)]
        for k, (rpid, uid, when, txt) in enumerate(reply_list(a), 2):
            if only_uid is not None and uid != only_uid:
                continue
            q = ""
            if k == 2 and len(o["replies"]) > 2:
                q = (f'<div class="quote"><blockquote><font size="2"><a href="forum.php?mod=redirect&amp;goto=findpost&amp;pid={o["pid"]}&amp;ptid={o["tid"]}" target="_blank">'
                     f'<font color="#999999">{esc(uname(o["uid"]))} đăng lúc {dz(a.date)}</font></a></font><br />\r\n{esc(a.title)} ...</blockquote></div><br />\r\n')
            posts.append(post(a, rpid, uid, when, q + esc(txt) + "<br />\r\n", k, first=False))
        return [posts[k:k + 10] for k in range(0, len(posts), 10)]

    for i, a in enumerate(threads):
        o = a.opts
        tid = o["tid"]
        pages = thread_pages(a)
        fname = FORUMS[o["fid"]][0]
        for n, chunk in enumerate(pages, 1):
            path = f"/thread-{tid}-{n}-1.html"
            pg = ""
            if len(pages) > 1:
                pg = ('<div class="pg">' + "".join(f"<strong>{k}</strong>" if k == n else f'<a href="thread-{tid}-{k}-1.html">{k}</a>'
                                                   for k in range(1, len(pages) + 1))
                      + f'<label><input type="text" name="custompage" class="px" size="2" title="Nhập số trang, rồi nhấn Enter" value="{n}" />'
                      f'<span title="Tổng {len(pages)} trang"> / {len(pages)} trang</span></label>'
                      + (f'<a href="thread-{tid}-{n + 1}-1.html" class="nxt">Trang sau</a>' if n < len(pages) else "") + "</div>")
            head = (f'<div id="pgt" class="pgs mbm cl"><div class="pgt">{pg}</div><span class="y pgb"><a href="forum-{o["fid"]}-1.html">Trở lại danh sách</a></span>'
                    f'<a id="post_reply" onclick="showWindow(\'reply\', this.href)" href="forum.php?mod=post&amp;action=reply&amp;fid={o["fid"]}&amp;tid={tid}" title="Trả lời">'
                    f'<img src="static/image/common/pn_reply.png" alt="Trả lời" /></a></div>')
            replies = len(o["replies"])
            top = (f'<table cellspacing="0" cellpadding="0"><tr><td class="pls ptn pbn"><div class="hm ptn"><span class="xg1">Xem:</span> <span class="xi1">{o["views"]}</span>'
                   f'<span class="pipe">|</span><span class="xg1">Trả lời:</span> <span class="xi1">{replies}</span></div></td>'
                   f'<td class="plc ptm pbn vwthd"><div class="y"><a href="forum.php?mod=viewthread&amp;action=printable&amp;tid={tid}" title="In" target="_blank">'
                   f'<img src="static/image/common/print.png" alt="In" class="vm" /></a></div>'
                   f'<h1 class="ts"><a href="forum.php?mod=forumdisplay&amp;fid={o["fid"]}&amp;filter=typeid&amp;typeid={o["type"]}">[{TYPES[o["type"]]}]</a> '
                   f'<span id="thread_subject">{esc(a.title)}</span></h1>'
                   f'<span class="xg1"><a href="thread-{tid}-1-1.html" onclick="return copyThreadUrl(this, \'{BBNAME}\')">[Sao chép liên kết]</a></span></td></tr></table>')
            body = (f'<div id="ct" class="wp cl">{head}<div id="postlist" class="pl bm">{top}'
                    f'<table cellspacing="0" cellpadding="0" class="ad"><tr><td class="pls"></td><td class="plc"></td></tr></table>'
                    f'{"".join(chunk)}<div id="postlistreply" class="pl"><div id="post_new" class="viewthread_table" style="display: none"></div></div></div>'
                    f'<div class="pgs mtm mbm cl">{pg}<span class="pgb y"><a href="forum-{o["fid"]}-1.html">Trở lại danh sách</a></span></div></div>')
            crumbs = [("Diễn đàn", "forum.php"), (fname, f"forum-{o['fid']}-1.html"), (a.title, f"thread-{tid}-1-1.html")]
            title = f"{a.title} - {fname} - {BBNAME}" if n == 1 else f"{a.title} - Trang {n} - {fname} - {BBNAME}"
            plain = " ".join(inline_text(x) for x in a.text_lines())
            page(path, layout(title, crumbs, body, keywords=a.title, desc=f"{plain[:160]} ,{BBNAME}", nav="forum"))
            if n > 1:
                site.non_articles.append(path)
                site.trap("a long thread's page 2 thread-1702-2-1.html: h1.ts again, replies only: not an article", path)
        # aliases: the dynamic URL, printable view, author filter, archiver
        dyn = f"/forum.php?mod=viewthread&tid={tid}"
        site.same_page(dyn, a.path)
        site.same_page(f"/forum.php?mod=viewthread&tid={tid}&extra=page%3D1", a.path)
        a.aliases += [dyn, f"/forum.php?mod=viewthread&tid={tid}&extra=page%3D1"]
        printable = "".join(
            f'<b>{"Tác giả" if k == 0 else "Trả lời"}: </b>{esc(uname(u))}<br /><b>Thời gian: </b>{dz(w)}<br />'
            + (f'<b>Tiêu đề: </b>{esc(a.title)}<br /><br />{thread_html(a)}' if k == 0 else f"<br />{esc(t)}<br />") + "<br /><br /><hr noshade size=\"2\" width=\"100%\" color=\"#808080\">"
            for k, (u, w, t) in enumerate([(o["uid"], a.date, "")] + [(u, w, t) for _, u, w, t in reply_list(a)]))
        pp = f"/forum.php?mod=viewthread&action=printable&tid={tid}"
        page(pp, f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(BBNAME)} - In bài viết</title><base href="{{{{base}}}}/" /></head>
<body><table cellspacing="1" cellpadding="4" width="98%" align="center" bgcolor="#e0e0e0"><tr><td bgcolor="#ffffff">
<b>Tiêu đề: </b><a href="thread-{tid}-1-1.html" target="_blank">{esc(a.title)}</a> <b><a href="javascript:history.go(-1);">[Trở về]</a></b><br /><br />
{printable}</td></tr></table><br /><center>Chào mừng ghé thăm {BBNAME} ({{{{base}}}}/)</center></body></html>""")
        a.aliases.append(pp)
        for fu in dict.fromkeys([o["uid"], *[u for u, _ in o["replies"]]]):
            af = f"/forum.php?mod=viewthread&tid={tid}&page=1&authorid={fu}"
            only = [p for chunk in thread_pages(a, only_uid=fu) for p in chunk]
            page(af, layout(f"{a.title} - {fname} - {BBNAME}", [("Diễn đàn", "forum.php"), (fname, f"forum-{o['fid']}-1.html"), (a.title, f"thread-{tid}-1-1.html")],
                            f'<div id="ct" class="wp cl"><div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="plc ptm pbn vwthd">'
                            f'<h1 class="ts"><span id="thread_subject">{esc(a.title)}</span></h1></td></tr></table>{"".join(only)}</div></div>', nav="forum"))
            if fu == o["uid"]:
                a.aliases.append(af)
            else:
                site.non_articles.append(af)
        for rp in [a.opts["pid"]] + [r[0] for r in reply_list(a)]:
            site.redirect(f"/forum.php?mod=redirect&goto=findpost&pid={rp}&ptid={tid}", f"/{a.path.lstrip('/')}#pid{rp}", 302)
        for rp in [a.opts["pid"]] + [r[0] for r in reply_list(a)]:
            rr = f"/forum.php?mod=post&action=reply&fid={o['fid']}&tid={tid}&reppost={rp}&extra=page%3D1&page=1"
            site.redirect(rr, "/member.php?mod=logging&action=login", 302)
        site.redirect(f"/forum.php?mod=post&action=reply&fid={o['fid']}&tid={tid}", "/member.php?mod=logging&action=login", 302)
        site.redirect(f"/forum.php?mod=redirect&tid={tid}&goto=lastpost", f"{a.path}#lastpost", 301)
        for b in a.blocks:
            if b.kind == "img":
                aid = 3000 + sum(map(ord, b.src)) % 900
                site.files[f"_routes/forum-image-{aid}.jpg"] = image_for(b.src)
                site.routes.append({"path": f"/forum.php?mod=attachment&aid={aid}&nothumb=yes", "file": f"_routes/forum-image-{aid}.jpg",
                                    "content_type": "image/png"})
        for x in a.attachments:
            site.files[f"_routes/forum-attachment-{tid}.pdf"] = pdf(a.title, ["MAU HO SO VAY VON", "Quy ho tro phat trien HTX - dot 2 nam 2025"])
            site.routes.append({"path": "/" + x["path"], "file": f"_routes/forum-attachment-{tid}.pdf", "content_type": "application/pdf"})
            x["path"] = "/" + x["path"]
        site.add_article(a)
    site.trap("every thread also answers forum.php?mod=viewthread&tid=N (the home block's link), the printable view "
              "forum.php?mod=viewthread&action=printable&tid=N ('Tác giả: … Thời gian: 2025-9-17 15:40 Tiêu đề: …' and the replies "
              "in one table), and 'Chỉ xem của tác giả' forum.php?mod=viewthread&tid=N&page=1&authorid=U (the starter's posts "
              "only): aliases; no page has a rel=canonical", threads[0].path)

    # archiver (Bản lưu trữ): plain thread pages, aliases
    arch_rows = ""
    for a in threads:
        tid = a.opts["tid"]
        posts_ = "".join(f'<p class="author"><strong>{esc(uname(u))}</strong> đăng lúc {dz(w)}</p><div class="content">{m}</div>'
                         for u, w, m in [(a.opts["uid"], a.date, archiver_html(a))] + [(u, w, esc(t)) for _, u, w, t in reply_list(a)])
        ap = f"/archiver/?tid-{tid}.html"
        page(ap, f"""<!DOCTYPE html>
<html><head><meta charset="utf-8" /><title>{esc(a.title)} - {esc(FORUMS[a.opts['fid']][0])} - {BBNAME} - Powered by Discuz! Archiver</title>
<meta name="keywords" content="{attr(a.title)}" /><meta name="generator" content="Discuz! X3.5" /></head>
<body><div id="nav"><a href="../">{BBNAME}</a> &rsaquo; <a href="./">Bản lưu trữ</a> &rsaquo; <a href="?fid-{a.opts['fid']}.html">{esc(FORUMS[a.opts['fid']][0])}</a> &rsaquo; {esc(a.title)}</div>
<div id="content"><h1>{esc(a.title)}</h1>{posts_}</div>
<div id="end"> Xem phiên bản đầy đủ: <a href="../thread-{tid}-1-1.html" target="_blank"><strong>{esc(a.title)}</strong></a></div>
<br /><center><div id="footer">Powered by <strong><a target="_blank" href="{{{{base:offsite}}}}/discuz/">Discuz! Archiver</a></strong> &copy; 2001-2025 <a target="_blank" href="{{{{base:offsite}}}}/discuz-team/">Discuz! Team.</a></div></center></body></html>""")
        a.aliases.append(ap)
        arch_rows += f'<li><a href="?tid-{tid}.html">{esc(a.title)}</a></li>'
    page("/archiver/?fid-2.html", f'<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{FORUMS[2][0]} - {BBNAME} - Powered by Discuz! Archiver</title>'
         f'</head><body><div id="nav"><a href="../">{BBNAME}</a> &rsaquo; <a href="./">Bản lưu trữ</a> &rsaquo; {FORUMS[2][0]}</div>'
         f'<div id="content"><ul>{arch_rows}</ul></div></body></html>')
    page("/archiver/", f'<!DOCTYPE html><html><head><meta charset="utf-8" /><title>{BBNAME} - Powered by Discuz! Archiver</title></head>'
         f'<body><div id="nav"><a href="../">{BBNAME}</a> &rsaquo; Bản lưu trữ</div><div id="content"><ul>'
         + "".join(f'<li><a href="?fid-{f}.html">{esc(n)}</a></li>' for f, (n, _) in FORUMS.items() if f == 2) + "</ul></div></body></html>")
    site.non_articles += ["/archiver/", "/archiver/?fid-2.html"]
    site.trap("Archiver (the footer's 'Bản lưu trữ'): archiver/?tid-N.html prints the thread's posts in plain markup (h1, "
              "'<user> đăng lúc 2025-9-12 09:10', the BBCode HTML): aliases; archiver/ and archiver/?fid-2.html are lists",
              f"/archiver/?tid-{threads[0].opts['tid']}.html")

    # ---- forum lists -------------------------------------------------------------------------------
    qa = [(1880, 36, 134, "Xin hỏi thủ tục chuyển đổi tổ hợp tác thành HTX", "Tổ hợp tác của chúng tôi có 9 thành viên, muốn chuyển thành HTX thì cần những hồ sơ gì ạ?",
           datetime(2025, 9, 18, 8, 2)),
          (1866, 36, 140, "HTX có phải nộp báo cáo tình hình hoạt động hằng năm không?", "Theo Luật HTX 2023 thì hạn nộp báo cáo là khi nào ạ?",
           datetime(2025, 9, 14, 21, 30)),
          (1859, 37, 121, "HTX Vũ Hội cần bán 30 tấn gạo hữu cơ", "HTX có 30 tấn gạo hữu cơ vụ mùa, cần tìm đối tác thu mua, liên hệ 0974.551.208.",
           datetime(2025, 9, 13, 14, 45))]
    qa_threads = {}
    for tid, fid, uid, title, text, when in qa:
        fake = RichArticle(path=f"/thread-{tid}-1-1.html", title=title, date=when, body=text,
                           opts={"tid": tid, "fid": fid, "pid": tid * 5, "replies": [(2, "Bạn liên hệ Văn phòng đại diện khu vực Thái Bình, số điện thoại 0227.3831.542 để được hướng dẫn.")] if fid == 36 else []})
        qa_threads.setdefault(fid, []).append(fake)
        posts = [post(fake, fake.opts["pid"], uid, when, esc(text) + "<br />\r\n", 1, first=True)]
        for k, (rpid, ruid, rwhen, txt) in enumerate(reply_list(fake), 2):
            posts.append(post(fake, rpid, ruid, rwhen, esc(txt) + "<br />\r\n", k, first=False))
        body = (f'<div id="ct" class="wp cl"><div id="postlist" class="pl bm"><table cellspacing="0" cellpadding="0"><tr><td class="plc ptm pbn vwthd">'
                f'<h1 class="ts"><span id="thread_subject">{esc(title)}</span></h1></td></tr></table>{"".join(posts)}</div></div>')
        page(fake.path, layout(f"{title} - {FORUMS[fid][0]} - {BBNAME}", [("Diễn đàn", "forum.php"), (FORUMS[fid][0], f"forum-{fid}-1.html"), (title, "")],
                               body, keywords=title, desc=text, nav="forum"))
        site.non_articles.append(fake.path)
        for rp in [fake.opts["pid"]] + [r[0] for r in reply_list(fake)]:
            site.redirect(f"/forum.php?mod=post&action=reply&fid={fid}&tid={tid}&reppost={rp}&extra=page%3D1&page=1", "/member.php?mod=logging&action=login", 302)
        for fu in dict.fromkeys([uid, *[u for u, _ in fake.opts["replies"]]]):
            site.same_page(f"/forum.php?mod=viewthread&tid={tid}&page=1&authorid={fu}", fake.path)
            site.non_articles.append(f"/forum.php?mod=viewthread&tid={tid}&page=1&authorid={fu}")

    def last_post(a: RichArticle) -> tuple[int, datetime]:
        rl = reply_list(a)
        return (rl[-1][1], rl[-1][2]) if rl else (a.opts.get("uid", 0), a.date)

    def thread_rows(items: list[RichArticle], uids: dict[int, int]) -> str:
        rows = ""
        for a in items:
            o = a.opts
            uid = uids.get(o["tid"], o.get("uid"))
            lu, lw = last_post(a) if a in threads else (uid, a.date)
            if a not in threads and o["replies"]:
                lu, lw = reply_list(a)[-1][1], reply_list(a)[-1][2]
            tp = (f'<em>[<a href="forum.php?mod=forumdisplay&amp;fid={o["fid"]}&amp;filter=typeid&amp;typeid={o["type"]}">{TYPES[o["type"]]}</a>]</em> '
                  if o.get("type") else "")
            rows += (f'<tbody id="normalthread_{o["tid"]}"><tr><td class="icn"><a href="thread-{o["tid"]}-1-1.html" title="Chủ đề có bài mới - Mở trong cửa sổ mới" target="_blank">'
                     f'<img src="static/image/common/folder_new.gif" /></a></td><th class="new">{tp}<a href="thread-{o["tid"]}-1-1.html" onclick="atarget(this)" class="s xst">{esc(a.title)}</a></th>'
                     f'<td class="by"><cite><a href="space-uid-{uid}.html" c="1">{esc(uname(uid))}</a></cite><em><span>{shown(a.date) if "title" in shown(a.date) else dz_day(a.date)}</span></em></td>'
                     f'<td class="num"><a href="thread-{o["tid"]}-1-1.html" class="xi2">{len(o["replies"])}</a><em>{o.get("views", 40 + o["tid"] % 90)}</em></td>'
                     f'<td class="by"><cite><a href="space-username-{quote(uname(lu))}.html" c="1">{esc(uname(lu))}</a></cite>'
                     f'<em><a href="forum.php?mod=redirect&amp;tid={o["tid"]}&amp;goto=lastpost#lastpost">{shown(lw)}</a></em></td></tr></tbody>')
        return rows

    uids = {tid: uid for tid, _, uid, *_ in qa}
    for fid, (fname, fdesc) in FORUMS.items():
        items = threads if fid == 2 else qa_threads.get(fid, [])
        items = sorted(items, key=lambda a: (last_post(a)[1] if a in threads else (reply_list(a)[-1][2] if a.opts["replies"] else a.date)), reverse=True)
        per = 5
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            pg = ""
            if len(chunks) > 1:
                pg = ('<div class="pg">' + "".join(f"<strong>{k}</strong>" if k == n else f'<a href="forum-{fid}-{k}.html">{k}</a>' for k in range(1, len(chunks) + 1))
                      + (f'<a href="forum-{fid}-{n + 1}.html" class="nxt">Trang sau</a>' if n < len(chunks) else "") + "</div>")
            types = ""
            if fid == 2:
                types = ('<ul id="thread_types" class="ttp bm cl"><li id="ttp_all" class="xw1 a"><a href="forum-2-1.html">Tất cả</a></li>'
                         + "".join(f'<li><a href="forum.php?mod=forumdisplay&amp;fid=2&amp;filter=typeid&amp;typeid={t}">{nm}</a></li>' for t, nm in TYPES.items()) + "</ul>")
            body = (f'<div id="ct" class="wp cl"><div class="mn"><div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="forum-{fid}-1.html">{esc(fname)}</a> '
                    f'<span class="xs1 xw0 i">Hôm nay: <strong class="xi1">{1 if fid != 37 else 0}</strong><span class="pipe">|</span>Chủ đề: <strong class="xi1">{312 if fid == 2 else 87}</strong></span></h1></div>'
                    f'<div class="bm_c cl pbn"><div>{esc(fdesc)}</div></div></div>{types}'
                    f'<div id="pgt" class="bm bw0 pgs cl">{pg}<span class="pgb y"><a href="forum.php">Trở lại</a></span></div>'
                    f'<div id="threadlist" class="tl bm bmw"><div class="th"><table cellspacing="0" cellpadding="0"><tr><th colspan="2">Chủ đề</th><td class="by">Tác giả</td>'
                    f'<td class="num">Trả lời/Xem</td><td class="by">Bài cuối</td></tr></table></div><div class="bm_c"><form method="post" autocomplete="off" name="moderate" id="moderate" action="forum.php?mod=topicadmin&amp;action=moderate&amp;fid={fid}&amp;infloat=yes&amp;nopost=yes">'
                    f'<table summary="forum_{fid}" cellspacing="0" cellpadding="0" id="threadlisttableid">{thread_rows(chunk, uids)}</table></form></div></div>'
                    f'<div class="bm bw0 pgs cl">{pg}</div></div></div>')
            path = f"/forum-{fid}-{n}.html"
            page(path, layout(f"{fname} - {BBNAME}" + (f" - Trang {n}" if n > 1 else ""), [("Diễn đàn", "forum.php"), (fname, "")], body,
                              keywords=fname, desc=fdesc, nav="forum"))
            site.non_articles.append(path)
            if n == 1:
                site.same_page(f"/forum.php?mod=forumdisplay&fid={fid}", path)
                site.non_articles.append(f"/forum.php?mod=forumdisplay&fid={fid}")
        if fid == 2:
            for t, nm in TYPES.items():
                sub = [a for a in items if a.opts.get("type") == t]
                body = (f'<div id="ct" class="wp cl"><div class="mn"><div class="bm bml pbn"><div class="bm_h cl"><h1 class="xs2"><a href="forum-2-1.html">{esc(fname)}</a></h1></div></div>'
                        f'<div id="threadlist" class="tl bm bmw"><div class="bm_c"><table summary="forum_2" cellspacing="0" cellpadding="0" id="threadlisttableid">{thread_rows(sub, uids)}</table></div></div></div></div>')
                path = f"/forum.php?mod=forumdisplay&fid=2&filter=typeid&typeid={t}"
                page(path, layout(f"{fname} - {nm} - {BBNAME}", [("Diễn đàn", "forum.php"), (fname, "forum-2-1.html"), (nm, "")], body, nav="forum"))
                site.non_articles.append(path)
    for a in [*threads, *[x for v in qa_threads.values() for x in v]]:
        if a in threads:
            continue
        site.redirect(f"/forum.php?mod=redirect&tid={a.opts['tid']}&goto=lastpost", f"{a.path}#lastpost", 301)
    site.trap("forum lists forum-2-1.html / forum-2-2.html (5 threads a page, ordered by the last post; the author column shows the "
              "starter's date, relative within a week, the last-post column links forum.php?mod=redirect…goto=lastpost, "
              "disallowed) and the type filters forum.php?mod=forumdisplay&fid=2&filter=typeid&typeid=N: listings", "/forum-2-2.html")

    # forum index
    frows = "".join(f'<tr><td class="fl_icn"><a href="forum-{fid}-1.html"><img src="static/image/common/forum_new.gif" alt="{attr(n)}" /></a></td>'
                    f'<td><h2><a href="forum-{fid}-1.html">{esc(n)}</a></h2><p class="xg2">{esc(d)}</p></td>'
                    f'<td class="fl_i"><span class="xi2">{312 if fid == 2 else 87}</span><span class="xg1"> / {2140 if fid == 2 else 406}</span></td></tr>'
                    for fid, (n, d) in FORUMS.items())
    page("/forum.php", layout(f"Diễn đàn - {BBNAME}", [("Diễn đàn", "")],
                              f'<div id="ct" class="wp cl"><div class="mn"><div class="bm bmw flg cl"><div class="bm_h cl"><h2><a href="forum.php?gid=1">Liên minh HTX khu vực Thái Bình</a></h2></div>'
                              f'<div class="bm_c"><table cellspacing="0" cellpadding="0" class="fl_tb">{frows}</table></div></div></div>{side()}</div>', nav="forum"))
    site.same_page("/forum.php?gid=1", "/forum.php")
    site.non_articles += ["/forum.php", "/forum.php?gid=1"]

    # ---- portal home and category lists ------------------------------------------------------------
    def list_item(a: RichArticle) -> str:
        plain = " ".join(inline_text(x) for x in a.text_lines())
        img = a.first_image()
        thumb = (f'<div class="atc"><a href="article-{a.opts["aid"]}-1.html" target="_blank"><img src="data/attachment/portal/{a.date:%Y%m}/{a.date:%d}/{img}.thumb.jpg" '
                 f'alt="{attr(a.title)}" class="tn" /></a></div>') if img else ""
        return (f'<dl class="bbda cl"><dt class="xs2"><a href="article-{a.opts["aid"]}-1.html" target="_blank" class="xi2">{esc(a.title)}</a></dt>'
                f'<dd class="xs2 cl">{thumb}{esc(plain[:200].rsplit(" ", 1)[0])}...</dd>'
                f'<dd><label>Chuyên mục: <a href="portal.php?mod=list&amp;catid={a.opts["cat"]}" class="xi2">{CATS[a.opts["cat"]]}</a></label>&nbsp;&nbsp;'
                f'<span class="xg1"> {dz(a.date)}</span></dd></dl>')

    def cat_list(catid: int | None, items: list[RichArticle]) -> None:
        per = 5
        chunks = [items[k:k + per] for k in range(0, len(items), per)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            base = f"portal.php?mod=list&amp;catid={catid}"
            pg = ""
            if len(chunks) > 1:
                pg = ('<div class="pgs cl"><div class="pg">' + "".join(f"<strong>{k}</strong>" if k == n else f'<a href="{base}&amp;page={k}">{k}</a>' for k in range(1, len(chunks) + 1))
                      + (f'<a href="{base}&amp;page={n + 1}" class="nxt">Trang sau</a>' if n < len(chunks) else "") + "</div></div>")
            body = (f'<div id="ct" class="ct2 wp cl"><div class="mn"><div class="bm"><div class="bm_h cl"><h1 class="xs2">{CATS[catid]}</h1></div>'
                    f'<div class="bm_c xld">{"".join(list_item(a) for a in chunk)}</div>{pg}</div></div>{side()}</div>')
            path = f"/portal.php?mod=list&catid={catid}" + (f"&page={n}" if n > 1 else "")
            page(path, layout(f"{CATS[catid]} - {BBNAME}", [("Cổng thông tin", "portal.php"), (CATS[catid], "")], body, keywords=CATS[catid]))
            site.non_articles.append(path)

    for c in CATS:
        items = [a for a in portal if a.opts["cat"] == c]
        cat_list(c, items)
    site.trap("portal category lists portal.php?mod=list&catid=N (5 a page: each article's title, its first 200 characters and "
              "'2025-9-16 08:15'), paged &page=2: listings", "/portal.php?mod=list&catid=1&page=2")

    first = portal[0]
    home = (f'<div id="ct" class="ct2 wp cl"><div class="mn"><div id="diy1" class="area"><div id="frameX1" class="frame move-span cl frame-1">'
            f'<div class="block move-span" id="portal_block_12"><div class="blocktitle title"><span class="titletext">Tin nổi bật</span></div>'
            f'<div id="portal_block_12_content" class="dxb_bc"><div class="module cl xld"><dl class="cl"><dt><a href="portal.php?mod=view&amp;aid={first.opts["aid"]}" title="{attr(first.title)}" target="_blank">{esc(first.title)}</a></dt>'
            f'<dd>{esc(" ".join(first.text_lines())[:160].rsplit(" ", 1)[0])}...</dd></dl></div></div></div>'
            f'<div class="block move-span" id="portal_block_13"><div class="blocktitle title"><span class="titletext">Tin tức - Sự kiện</span></div>'
            f'<div id="portal_block_13_content" class="dxb_bc"><div class="module cl xl xl1"><ul>'
            + "".join(f'<li><em>{a.date.month:02d}-{a.date.day:02d}</em><a href="portal.php?mod=view&amp;aid={a.opts["aid"]}" title="{attr(a.title)}" target="_blank">{esc(a.title)}</a></li>'
                      for a in portal[1:6])
            + '</ul></div></div></div>'
            f'<div class="block move-span" id="portal_block_14"><div class="blocktitle title"><span class="titletext">Bài mới trên diễn đàn</span></div>'
            f'<div id="portal_block_14_content" class="dxb_bc"><div class="module cl xl xl1"><ul>'
            + "".join(f'<li><em><a href="space-uid-{a.opts["uid"]}.html" target="_blank">{esc(uname(a.opts["uid"]))}</a></em>'
                      f'<a href="forum.php?mod=viewthread&amp;tid={a.opts["tid"]}" title="{attr(a.title)}" target="_blank">{esc(a.title)}</a></li>' for a in threads)
            + f'</ul></div></div></div></div></div></div>{side()}</div>')
    page("/", layout(BBNAME, [("Cổng thông tin", "")], home, keywords="hợp tác xã, Thái Bình, Hưng Yên, diễn đàn HTX",
                     desc="Cổng thông tin và diễn đàn của các hợp tác xã khu vực Thái Bình"))
    site.same_page("/portal.php", "/")
    site.same_page("/index.php", "/")
    site.non_articles += ["/", "/portal.php", "/index.php"]
    site.trap("the portal home's DIY blocks link portal.php?mod=view&aid=N and forum.php?mod=viewthread&tid=N (the same pages as "
              "article-N-1.html and thread-N-1-1.html, no canonical to tell): aliases", f"/portal.php?mod=view&aid={first.opts['aid']}")

    # spaces
    for uid, (name, group, posts) in USERS.items():
        if uid == 1:
            continue
        mine = [a for a in allart if a.opts.get("uid") == uid and a.opts["kind"] == "thread"]
        body = (f'<div id="ct" class="ct1 wp cl"><div class="mn"><div class="bm"><div class="bm_h"><h1 class="mt">{esc(name)}</h1></div><div class="bm_c u_profile">'
                f'<div class="pbm mbm bbda cl"><ul class="pf_l cl"><li><em>Nhóm thành viên</em>{esc(group)}</li><li><em>Bài viết</em>{posts}</li>'
                f'<li><em>Ngày đăng ký</em>2019-4-12 09:31</li></ul></div><ul class="xl xl1">'
                + "".join(f'<li><a href="thread-{a.opts["tid"]}-1-1.html">{esc(a.title)}</a></li>' for a in mine) + "</ul></div></div></div></div>")
        page(f"/space-uid-{uid}.html", layout(f"Hồ sơ của {name} - {BBNAME}", [("Không gian", ""), (name, "")], body, nav="home"))
        site.same_page(f"/space-username-{quote(name)}.html", f"/space-uid-{uid}.html")
        site.non_articles.append(f"/space-uid-{uid}.html")

    # login, register, search (disallowed)
    for path in ("/member.php?mod=logging&action=login", "/member.php?mod=register", "/search.php?searchsubmit=yes", "/forum.php?mobile=yes"):
        page(path, layout(BBNAME, [("Thông báo", "")], '<div id="ct" class="wp cl w"><div class="nfl"><p>Bạn cần đăng nhập để tiếp tục.</p></div></div>'))
    site.never_fetched += ["/member.php?mod=logging&action=login", "/member.php?mod=register", "/search.php?searchsubmit=yes"]

    site.static("/robots.txt", "#\n# robots.txt for Discuz! X3\n#\n\nUser-agent: *\nDisallow: /api/\nDisallow: /data/\nDisallow: /source/\n"
                "Disallow: /install/\nDisallow: /template/\nDisallow: /config/\nDisallow: /uc_client/\nDisallow: /uc_server/\n"
                "Disallow: /static/\nDisallow: /admin.php\nDisallow: /search.php\nDisallow: /member.php\nDisallow: /api.php\n"
                "Disallow: /misc.php\nDisallow: /connect.php\nDisallow: /forum.php?mod=redirect*\nDisallow: /forum.php?mod=post*\n"
                "Disallow: /home.php?mod=spacecp*\nDisallow: /userapp.php?mod=app&*\nDisallow: /*?mod=misc*\nDisallow: /*?mod=attachment*\n"
                "Disallow: /*mobile=yes*\n")
    site.trap("robots.txt is Discuz's stock file: /member.php, /search.php, /forum.php?mod=redirect*, /forum.php?mod=post*, "
              "/home.php?mod=spacecp* (favourites, reactions) are disallowed by prefix; attachments and the mobile view only "
              "by wildcard rules", "/robots.txt")

    # assets referenced relatively (the <base> is the site root)
    for path, html in list(site.html_pages.items()):
        doc = lxml.html.fromstring(html)
        for ref in doc.xpath("//img/@src|//script/@src|//link[@rel='stylesheet']/@href"):
            if ref.startswith(("{{", "/", "http")):
                continue
            full = urljoin("http://x/", ref)[len("http://x"):]
            name = re.sub(r"\?.*$", "", full).lstrip("/")
            if name in site.files:
                continue
            if name.endswith((".png", ".gif", ".jpg")):
                site.files[name] = image_for(name)
            elif name.endswith(".css"):
                site.files[name] = b"body{font:12px/1.5 Tahoma,'Microsoft Yahei',sans-serif}\n"
            elif name.endswith(".js"):
                site.files[name] = b"/* discuz */\n"
    return site
