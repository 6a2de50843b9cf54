"""Site `lienminh-htxbinhphuoc` (registry family `generic`): the portal of the Bình Phước cooperative alliance (since 1 July
2025 part of Đồng Nai) on **XOOPS 2.5** with the **news module** (1.6x line, Vietnamese language pack) in an old
table theme (header/left/centre/right columns, `blockTitle`/`blockContent` blocks). Written as a held-out test: no
family module, no selectors. The portal froze at the merger: its newest story is of June 2025.

URL shapes (as XOOPS emits them): stories `/modules/news/article.php?storyid=N`, topic lists
`/modules/news/index.php?storytopic=N` paged by XoopsPageNav `index.php?start=5&storytopic=0`, the print view
`/modules/news/print.php?storyid=N`, the PDF `makepdf.php?storyid=N`, rating `ratenews.php?storyid=N`, files
`visit.php?fileid=N` (a 302 to `/uploads/news/<name>_<random>.pdf`, which robots.txt disallows with all of
/uploads/), archives `archive.php?year=Y&month=M`, `topics_directory.php`, `newsbythisauthor.php?uid=N`, profiles
`/userinfo.php?uid=N`, RSS `/backend.php` and `backendt.php?topicid=N`; comment permalinks from the "Bình luận mới"
block `article.php?storyid=N&com_id=C&com_rootid=C&com_mode=flat&com_order=0#commentC`.

Why it is hard: the story has NO heading: `div.itemHead span.itemTitle` holds "<a>Topic</a>: Title" (the topic name
and a colon before the title); `<title>` is "Title - Topic - Tin tức - Site". The date is a text line "Đăng bởi
<account> vào ngày 23/6/2025 8:40 (1284 lần đọc)" (XOOPS's j/n/Y G:i, no zero padding, the hit counter beside it);
the account ("bientap", "admin") is never the author, nor is `<meta name="author">` (the site). The text is
`p.itemText`'s hometext + `<br /><br />` + bodytext (so block elements sit inside a <p> that the HTML parser closes
early); photos are old-editor layout tables (image row, centred italic caption row), a data table has its header in
bold `td`s; "- " paragraphs. Around the story: attachments line, rating link, prev/next, the comments notice and
comments with their own dates ("Gửi lúc: …"), "Các tin khác" summary table with dates. The print view is the same story
in a 640px table (h3 title, "Ngày: …", "Bài viết này đến từ …" / "Địa chỉ của bài viết này là:"): an alias.
A story without bodytext is shown IN FULL on the topic list (no "Đọc tiếp...").
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle

SITE = "lienminh-htxbinhphuoc"
NAME = "Liên minh HTX tỉnh Bình Phước"
HTML = "text/html; charset=UTF-8"
NOW = datetime(2025, 6, 24, 10, 0)
TODAY = "Thứ Ba, 24/06/2025"
NEWS = "/modules/news/"
TOPICS = {1: "Tin hoạt động", 2: "Văn bản - Thông báo", 3: "Gương HTX điển hình", 4: "Hình ảnh hoạt động"}
USERS = {1: "admin", 3: "bientap", 5: "vanphong"}
NOTICE = "Các ý kiến đóng góp thuộc về người gửi. Chúng tôi không chịu trách nhiệm về nội dung của họ."
FURN = [TODAY, "Liên minh HTX tỉnh Bình Phước - Đồng hành cùng kinh tế tập thể", "Chào mừng kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước",
        NOTICE, "Menu chính", "Người dùng trực tuyến", "Có 17 người đang xem, 0 thành viên, 17 khách", "Thống kê truy cập",
        "Lượt truy cập: 1204377", "Thời tiết Đồng Xoài: 32°C, có mưa rào", "Bạn quên mật khẩu?", "Đăng ký ngay!",
        "Tên đăng nhập:", "Mật khẩu:", "Bình chọn", "Bạn thấy thông tin trên website này thế nào?", "Rất hữu ích",
        "Có hữu ích", "Chưa hữu ích", "Kết quả", "Tin mới", "Bình luận mới", "Đánh giá bài viết này", "Các tin khác",
        "Bài trước", "Bài tiếp theo", "Các bài viết khác của tác giả này",
        "Bản quyền © 2009-2025 Liên minh Hợp tác xã tỉnh Bình Phước", "Địa chỉ: Số 756 Quốc lộ 14, phường Tân Bình, thành phố Đồng Xoài",
        "Điện thoại: 0271.3879.245", "Powered by XOOPS © 2001-2025 The XOOPS Project", "lần đọc", "Gửi lúc:", "Đăng bởi",
        "Liên kết website"]


def xdate(d: datetime) -> str:
    return f"{d.day}/{d.month}/{d.year} {d.hour}:{d.minute:02d}"


def sdate(d: datetime) -> str:
    return f"{d:%d/%m/%Y}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2025",
          lead="**Sáng 23/6, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm và triển khai nhiệm vụ 6 tháng cuối năm 2025.**",
          body="""
Sáu tháng đầu năm, toàn tỉnh thành lập mới 19 HTX, nâng tổng số HTX đang hoạt động lên 287 HTX với gần 9.800 thành viên.
[img so-ket-6-thang.png] Quang cảnh hội nghị sơ kết tại Hội trường Liên minh HTX tỉnh
**Nhiệm vụ 6 tháng cuối năm**
Liên minh HTX tỉnh tập trung hoàn thành việc sắp xếp tổ chức bộ máy, bàn giao hồ sơ, tài sản theo chủ trương hợp nhất tỉnh.
Các HTX được đề nghị tiếp tục duy trì sản xuất, chủ động liên kết tiêu thụ hạt điều, hồ tiêu và cao su.
""", byline="Văn Hùng - Phòng Tuyên truyền", author="Văn Hùng",
          opts={"sid": 318, "topic": 1, "uid": 3, "hits": 1284, "comments": [(41, "Nguyễn Thành Trung", "Chúc Liên minh hoàn thành tốt nhiệm vụ.", 1)]},
          notes=["story article.php?storyid=318: no heading, span.itemTitle '<a>Tin hoạt động</a>: Liên minh HTX tỉnh sơ kết…'; "
                 "'Đăng bởi bientap vào ngày 23/6/2025 8:40 (1284 lần đọc)'; the bold hometext is the lead, then <br /><br /> and "
                 "the bodytext (an old-editor image table with a centred italic caption, a bold <p> heading); byline 'Văn Hùng "
                 "- Phòng Tuyên truyền' -> author Văn Hùng; a comment 'Gửi lúc: 24/6/2025 7:15' below",
                 "the 'Bình luận mới' block links its comment as article.php?storyid=318&com_id=41&com_rootid=41&com_mode=flat&"
                 "com_order=0#comment41: the same story, an alias"],
          **at(datetime(2025, 6, 23, 8, 40))),
        A(path="", title="Kế hoạch số 21/KH-LMHTX sắp xếp tổ chức bộ máy khi hợp nhất tỉnh",
          body="""
LIÊN MINH HTX TỈNH BÌNH PHƯỚC
Số: 21/KH-LMHTX
Bình Phước, ngày 10 tháng 6 năm 2025
KẾ HOẠCH
Sắp xếp tổ chức bộ máy, bàn giao hồ sơ, tài sản khi hợp nhất tỉnh Bình Phước và tỉnh Đồng Nai
**I. MỤC ĐÍCH, YÊU CẦU**
Bảo đảm hoạt động của Liên minh HTX không bị gián đoạn, quyền lợi của các HTX thành viên được giữ nguyên.
**II. NỘI DUNG**
- Kiểm kê hồ sơ, tài liệu, tài sản, hoàn thành trước ngày 25/6/2025;
- Rà soát danh sách thành viên, các khoản vay của Quỹ hỗ trợ phát triển HTX;
- Bàn giao nguyên trạng cho Liên minh HTX tỉnh Đồng Nai (mới) từ ngày 01/7/2025.
Nơi nhận:
- Thường trực Tỉnh ủy, UBND tỉnh (b/c);
- Các phòng, đơn vị trực thuộc;
- Lưu: VT.
CHỦ TỊCH
Trần Văn Lực
""", author=None, doc_number="21/KH-LMHTX",
          attachments=[{"path": "/modules/news/visit.php?fileid=57", "text": "KH-21-LMHTX-sap-xep-bo-may.pdf"}],
          opts={"sid": 315, "topic": 2, "uid": 5, "hits": 906, "comments": [], "file": "/uploads/news/kh21lmhtx_6849c1e2a7f3b.pdf"},
          notes=["official plan 'Số: 21/KH-LMHTX', place-date line 10/6/2025, posted 12/6/2025 14:05; bold <p> headings, '- ' "
                 "paragraphs and the 'Nơi nhận:' block are text; the signer ends it, author null; the file in the 'Tệp đính kèm:' "
                 "line after the story is visit.php?fileid=57 (a 302 to /uploads/news/…pdf, which robots.txt disallows): an "
                 "attachment, not text"],
          **at(datetime(2025, 6, 12, 14, 5))),
        A(path="", title="Quỹ hỗ trợ phát triển HTX cho vay 12,4 tỷ đồng trong 5 tháng đầu năm",
          body="""
Trong 5 tháng đầu năm 2025, Quỹ hỗ trợ phát triển HTX tỉnh đã giải ngân cho 16 dự án của HTX với tổng số tiền 12,4 tỷ đồng.
| STT | Lĩnh vực | Số dự án | Số tiền (triệu đồng) |
| 1 | Chế biến hạt điều | 6 | 5.200 |
| 2 | Trồng trọt, hồ tiêu | 5 | 3.600 |
| 3 | Chăn nuôi | 3 | 2.400 |
| 4 | Dịch vụ, thương mại | 2 | 1.200 |
Quỹ tiếp tục nhận hồ sơ vay vốn đến hết tháng 6/2025, trước khi bàn giao theo kế hoạch hợp nhất.
""", byline="Theo Báo Bình Phước", author=None,
          opts={"sid": 311, "topic": 1, "uid": 3, "hits": 1520, "comments": []},
          notes=["a data table with its header in bold <td>s (one line per row); 'Theo Báo Bình Phước' names a newspaper: part "
                 "of the text, author null"],
          **at(datetime(2025, 5, 28, 9, 30))),
        A(path="", title="HTX Điều Bù Gia Mập đưa điều nhân sang thị trường châu Âu",
          lead="**Sau hai năm chuẩn bị, HTX Điều Bù Gia Mập đã xuất khẩu lô điều nhân hữu cơ đầu tiên sang Hà Lan.**",
          body="""
Lô hàng gồm 16 tấn điều nhân đạt chứng nhận hữu cơ của châu Âu, được chế biến tại xưởng của HTX ở xã Phú Nghĩa.
[img dieu-bu-gia-map.png] Thành viên HTX phân loại điều nhân trước khi đóng gói
Giá bán cao hơn điều nhân thông thường khoảng 20%, giúp thu nhập của 64 hộ thành viên tăng rõ rệt.
HTX đang mở rộng vùng điều hữu cơ lên 500 ha trong năm 2026.
""", byline="Bài và ảnh: Lê Thị Thu Hà", author="Lê Thị Thu Hà",
          opts={"sid": 307, "topic": 3, "uid": 3, "hits": 2311, "comments": [(38, "Khách", "HTX cho xin số điện thoại liên hệ mua điều.", 0)]},
          notes=["'Bài và ảnh: Lê Thị Thu Hà' -> author; a guest comment below the story"],
          **at(datetime(2025, 5, 16, 15, 20))),
        A(path="", title="Ảnh: Ngày hội HTX tiêu thụ hạt điều Bình Phước năm 2025",
          body="""
[img ngay-hoi-dieu-1.png] Khách tham quan gian hàng điều rang muối của HTX Tân Lập
[img ngay-hoi-dieu-2.png] Các HTX ký kết biên bản ghi nhớ tiêu thụ hạt điều với doanh nghiệp
[img ngay-hoi-dieu-3.png] Sản phẩm điều OCOP được trưng bày tại khu vực trung tâm
""", byline="Ảnh: Quang Minh", author="Quang Minh",
          opts={"sid": 302, "topic": 4, "uid": 3, "hits": 875, "comments": []},
          notes=["photo story: three image tables (image row, centred italic caption row): one line per caption; "
                 "'Ảnh: Quang Minh' -> author"],
          **at(datetime(2025, 4, 30, 10, 10))),
        A(path="", title="Năm giải pháp nâng cao chất lượng hoạt động HTX nông nghiệp",
          body="""
Để nâng cao chất lượng hoạt động của HTX nông nghiệp, Liên minh HTX tỉnh đề nghị các HTX tập trung:
- Kiện toàn bộ máy quản lý, thực hiện đúng Luật HTX năm 2023;
- Xây dựng phương án sản xuất kinh doanh hằng năm sát với thực tế;
- Liên kết với doanh nghiệp theo chuỗi giá trị;
- Ứng dụng khoa học kỹ thuật, chuyển đổi số trong quản lý;
- Minh bạch tài chính, phân phối thu nhập theo mức độ sử dụng dịch vụ.
""", author=None,
          opts={"sid": 296, "topic": 1, "uid": 1, "hits": 1033, "comments": [], "no_body": True},
          notes=["'- ' paragraphs after a line ending with a colon; no byline: author null; the story has no bodytext: the topic "
                 "list and the news index show it IN FULL (no 'Đọc tiếp...'): listings, not the article"],
          **at(datetime(2025, 4, 8, 7, 45))),
        A(path="", title="Tập huấn Luật HTX năm 2023 cho cán bộ HTX huyện Lộc Ninh",
          body="""
Ngày 13/3, Liên minh HTX tỉnh phối hợp với UBND huyện Lộc Ninh tổ chức lớp tập huấn Luật HTX năm 2023 cho 70 cán bộ quản lý HTX, tổ hợp tác.
Học viên được giới thiệu những điểm mới của luật về thành viên liên kết góp vốn, tổ chức lại HTX và chế độ kế toán.
Kết thúc lớp học, nhiều HTX đăng ký được tư vấn sửa đổi điều lệ trong quý II.
""", byline="Theo Nguyễn Thanh Phong", author="Nguyễn Thanh Phong",
          opts={"sid": 289, "topic": 1, "uid": 3, "hits": 741, "comments": []},
          notes=["'Theo Nguyễn Thanh Phong' (a person) -> author; on the news index's second page (start=5) only"],
          **at(datetime(2025, 3, 14, 16, 0))),
        A(path="", title="HTX Hồ tiêu Lộc Hưng phục hồi vườn tiêu sau nhiều năm khó khăn",
          body="""
Sau giai đoạn giá hồ tiêu xuống thấp, HTX Hồ tiêu Lộc Hưng đã hỗ trợ thành viên cải tạo 85 ha vườn tiêu theo hướng hữu cơ.
HTX cung ứng phân bón vi sinh trả chậm và bao tiêu toàn bộ sản lượng cho thành viên với giá cao hơn thị trường 3.000 đồng/kg.
Năm 2024, doanh thu của HTX đạt 14 tỷ đồng, lợi nhuận chia cho thành viên gần 1,1 tỷ đồng.
""", byline="Minh Khôi", author="Minh Khôi",
          opts={"sid": 281, "topic": 3, "uid": 3, "hits": 1892, "comments": []},
          notes=["the bare name 'Minh Khôi' closes the text (author); oldest story, on the second pages only"],
          **at(datetime(2025, 2, 20, 9, 15))),
    ]


def split_lead(a: RichArticle) -> tuple[str, str]:
    """(hometext html, bodytext html)."""
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "img":
            parts.append(f'<table align="center" border="0" cellpadding="3" cellspacing="0" style="width: 500px;"><tbody><tr><td>'
                         f'<img alt="" src="/uploads/news/image/2025/{b.src}" style="width: 500px; height: 333px;" /></td></tr>'
                         f'<tr><td style="text-align: center;"><em>{esc(b.text)}</em></td></tr></tbody></table>')
        elif b.kind == "table":
            head, *rows = b.rows
            parts.append('<table border="1" cellpadding="0" cellspacing="0" style="width:100%"><tbody><tr>'
                         + "\n".join(f'<td style="text-align: center;"><strong>{esc(c)}</strong></td>' for c in head) + "</tr>"
                         + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows) + "</tbody></table>")
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    if a.opts.get("no_body"):
        return "\n".join(parts), ""
    if a.lead:
        return f"<p>{inline_html(a.lead)}</p>", "<p>&nbsp;</p>\n" + "\n".join(parts)
    return parts[0], "\n".join(parts[1:])


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-phuoc", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    stories = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in stories:
        a.path = f"{NEWS}article.php?storyid={a.opts['sid']}"

    def layout(title: str, center: str, *, desc: str = "Cổng thông tin Liên minh Hợp tác xã tỉnh Bình Phước",
               keywords: str = "hợp tác xã, liên minh htx, bình phước, kinh tế tập thể") -> str:
        topics = "".join(f'<li><a href="{NEWS}index.php?storytopic={t}">{esc(n)}</a></li>' for t, n in TOPICS.items())
        newest = "".join(f'<li><a href="{NEWS}article.php?storyid={a.opts["sid"]}">{esc(a.title)}</a> ({sdate(a.date)})</li>'
                         for a in stories[:5])
        com = stories[0].opts["comments"][0]
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="content-type" content="text/html; charset=UTF-8" />
<meta http-equiv="content-language" content="vi" />
<meta name="robots" content="index,follow" />
<meta name="keywords" content="{attr(keywords)}" />
<meta name="description" content="{attr(desc)}" />
<meta name="rating" content="general" />
<meta name="author" content="{NAME}" />
<meta name="copyright" content="Copyright © 2009-2025" />
<meta name="generator" content="XOOPS" />
<title>{esc(title)}</title>
<link href="/favicon.ico" rel="SHORTCUT ICON" />
<link rel="stylesheet" type="text/css" media="all" href="/xoops.css" />
<link rel="stylesheet" type="text/css" media="all" href="/themes/lmhtxbp/style.css" />
<link rel="alternate" type="application/rss+xml" title="RSS" href="{{{{base}}}}/backend.php" />
<script type="text/javascript" src="/include/xoops.js"></script>
</head>
<body>
<table cellspacing="0" cellpadding="0" width="100%" id="header">
  <tr>
    <td id="headerlogo"><a href="/" title="{NAME}"><img src="/themes/lmhtxbp/images/logo.png" alt="{NAME}" /></a></td>
    <td id="headerbanner"><marquee scrollamount="3">Chào mừng kỷ niệm 50 năm Ngày giải phóng hoàn toàn miền Nam, thống nhất đất nước</marquee>
    <div class="slogan">Liên minh HTX tỉnh Bình Phước - Đồng hành cùng kinh tế tập thể</div></td>
  </tr>
  <tr><td id="headerbar" colspan="2"><span class="date">{TODAY}</span></td></tr>
</table>
<table cellspacing="0" cellpadding="0" width="100%">
  <tr>
    <td id="leftcolumn">
      <div class="blockTitle">Menu chính</div>
      <div class="blockContent"><table cellspacing="0"><tr><td id="mainmenu">
        <a class="menuTop" href="/">Trang chủ</a>
        <a class="menuMain" href="{NEWS}">Tin tức</a>
        <a class="menuSub" href="{NEWS}archive.php">Lưu trữ</a>
        <a class="menuSub" href="{NEWS}topics_directory.php">Danh mục chuyên mục</a>
        <a class="menuMain" href="/modules/contact/">Liên hệ</a>
      </td></tr></table></div>
      <div class="blockTitle">Chuyên mục</div>
      <div class="blockContent"><ul>{topics}</ul></div>
      <div class="blockTitle">Đăng nhập</div>
      <div class="blockContent" style="text-align: center;"><form style="margin-top: 0px;" action="/user.php" method="post">
        Tên đăng nhập: <br /><input type="text" name="uname" size="12" value="" maxlength="25" /><br />
        Mật khẩu: <br /><input type="password" name="pass" size="12" maxlength="32" /><br />
        <input type="hidden" name="op" value="login" /><input type="submit" value="Đăng nhập" /></form>
        <a href="/lostpass.php" title="Bạn quên mật khẩu?">Bạn quên mật khẩu?</a><br /><br />
        <a href="/register.php" title="Đăng ký ngay!">Đăng ký ngay!</a></div>
    </td>
    <td id="centercolumn">
{center}
    </td>
    <td id="rightcolumn">
      <div class="blockTitle">Tin mới</div>
      <div class="blockContent"><ul>{newest}</ul></div>
      <div class="blockTitle">Bình luận mới</div>
      <div class="blockContent"><table width="100%" class="outer"><tr class="even"><td><a href="{NEWS}article.php?storyid={stories[0].opts['sid']}&amp;com_id={com[0]}&amp;com_rootid={com[0]}&amp;com_mode=flat&amp;com_order=0#comment{com[0]}">Re: {esc(stories[0].title)}</a></td><td>{esc(com[1])}</td></tr></table></div>
      <div class="blockTitle">Bình chọn</div>
      <div class="blockContent"><form action="/modules/xoopspoll/index.php" method="post"><table class="outer" cellspacing="1">
        <tr><th align="center">Bạn thấy thông tin trên website này thế nào?</th></tr>
        <tr class="odd"><td><input type="radio" name="option_id" value="1" /> Rất hữu ích</td></tr>
        <tr class="odd"><td><input type="radio" name="option_id" value="2" /> Có hữu ích</td></tr>
        <tr class="odd"><td><input type="radio" name="option_id" value="3" /> Chưa hữu ích</td></tr>
        <tr><td class="foot" align="center"><input type="hidden" name="poll_id" value="2" /><input type="submit" value="Bình chọn" /> <button type="button" onclick="window.open('/modules/xoopspoll/pollresults.php?poll_id=2')">Kết quả</button></td></tr>
      </table></form></div>
      <div class="blockTitle">Người dùng trực tuyến</div>
      <div class="blockContent">Có 17 người đang xem, 0 thành viên, 17 khách</div>
      <div class="blockTitle">Thống kê truy cập</div>
      <div class="blockContent">Lượt truy cập: 1204377</div>
      <div class="blockTitle">Thời tiết</div>
      <div class="blockContent">Thời tiết Đồng Xoài: 32°C, có mưa rào</div>
      <div class="blockTitle">Liên kết website</div>
      <div class="blockContent"><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
    </td>
  </tr>
</table>
<table cellspacing="0" cellpadding="0" width="100%" id="footer">
  <tr><td id="footerbar">Bản quyền © 2009-2025 Liên minh Hợp tác xã tỉnh Bình Phước<br />
  Địa chỉ: Số 756 Quốc lộ 14, phường Tân Bình, thành phố Đồng Xoài<br />Điện thoại: 0271.3879.245<br />
  <a href="{{{{base:offsite}}}}/xoops/" target="_blank">Powered by XOOPS © 2001-2025 The XOOPS Project</a></td></tr>
</table>
</body>
</html>
"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type=HTML)

    def item(a: RichArticle, full: bool) -> str:
        home, body = split_lead(a)
        o = a.opts
        text = home + ("<br /><br />" + body if full and body else "")
        more = ""
        if not full and body:
            more = (f'<a href="{NEWS}article.php?storyid={o["sid"]}">Đọc tiếp...</a> | còn {len(body.encode()) // 3} byte'
                    + (f' | <a href="{NEWS}article.php?storyid={o["sid"]}#comments">{len(o["comments"])} bình luận</a>' if o["comments"] else ""))
        foot = (f'<a href="{NEWS}print.php?storyid={o["sid"]}" rel="nofollow"><img src="/modules/news/images/print.png" alt="In bài viết" /></a> '
                f'<a href="{NEWS}makepdf.php?storyid={o["sid"]}" rel="nofollow"><img src="/modules/news/images/acrobat.png" alt="Tạo tệp PDF" /></a> '
                f'<a href="mailto:?subject={attr(a.title)}"><img src="/modules/news/images/friend.png" alt="Gửi bài viết" /></a>')
        title_html = esc(a.title) if full else f'<a href="{NEWS}article.php?storyid={o["sid"]}">{esc(a.title)}</a>'
        return (f'<div class="item">\n<div class="itemHead"><span class="itemTitle"><a href="{NEWS}index.php?storytopic={o["topic"]}">'
                f'{esc(TOPICS[o["topic"]])}</a>: {title_html}</span></div>\n'
                f'<div class="itemInfo">' + ('<img src="/modules/news/images/attach.png" alt="" /> ' if a.attachments else "")
                + f'<span class="itemPoster">Đăng bởi <a href="/userinfo.php?uid={o["uid"]}">{USERS[o["uid"]]}</a></span> '
                f'<span class="itemPostDate">vào ngày {xdate(a.date)}</span> (<span class="itemStats">{o["hits"]} lần đọc</span>)'
                + (f' <a href="{NEWS}newsbythisauthor.php?uid={o["uid"]}">Các bài viết khác của tác giả này</a>' if full else "")
                + f'</div>\n<div class="itemBody">\n<p class="itemText">{text}</p>\n</div>\n'
                f'<div class="itemFoot"><span class="itemAdminLink"></span> <span class="itemPermaLink">{more} {foot}</span></div>\n</div>')

    for i, a in enumerate(stories):
        o = a.opts
        prev_ = stories[i + 1] if i + 1 < len(stories) else None
        next_ = stories[i - 1] if i > 0 else None
        att = "".join(f'<div class="itemInfo">Tệp đính kèm: <a href="{x["path"].replace(NEWS, "")}" target="_blank">{esc(x["text"])}</a></div>'
                      for x in a.attachments)
        nav = ('<table width="100%" border="0"><tr>'
               + (f'<td align="left"><a href="article.php?storyid={prev_.opts["sid"]}" title="{attr(prev_.title)}">Bài trước</a></td>' if prev_ else "<td></td>")
               + (f'<td align="right"><a href="article.php?storyid={next_.opts["sid"]}" title="{attr(next_.title)}">Bài tiếp theo</a></td>' if next_ else "<td></td>")
               + "</tr></table>")
        coms = "".join(f'<a id="comment{cid}"></a><table class="outer" cellpadding="5" cellspacing="1"><tr><th width="20%">Người gửi</th><th>Chủ đề</th></tr>'
                       f'<tr><td class="odd">{esc(who)}</td><td class="odd"><div class="comTitle">Re: {esc(a.title)}</div>'
                       f'<div class="comDate"><span class="comDateCaption">Gửi lúc:</span> {xdate(a.date + timedelta(hours=22, minutes=35))}</div>'
                       f'<div class="comText">{esc(txt)}</div></td></tr></table>' for cid, who, txt, _ in o["comments"])
        others = [b for b in stories if b is not a and b.opts["topic"] == o["topic"]][:5]
        summary = ('<table width="100%" border="0" class="outer"><tr><th colspan="3">Các tin khác</th></tr>'
                   + "".join(f'<tr class="{"even" if k % 2 else "odd"}"><td>{sdate(b.date)}</td><td><a href="article.php?storyid={b.opts["sid"]}">{esc(b.title)}</a></td>'
                             f'<td align="right">{b.opts["hits"]}</td></tr>' for k, b in enumerate(others)) + "</table>") if others else ""
        center = (f'<div class="news-article">\n{item(a, True)}\n{att}\n'
                  f'<div style="padding: 3px; margin-right:3px;"><a href="ratenews.php?storyid={o["sid"]}" rel="nofollow">Đánh giá bài viết này</a></div>\n{nav}\n'
                  f'<div style="text-align: center; padding: 3px; margin:3px;"><form method="get" action="article.php"><table width="95%" class="outer" cellspacing="1">'
                  f'<tr><td class="even" align="center"><select name="com_mode"><option value="nest">Lồng nhau</option><option value="flat" selected="selected">Phẳng</option>'
                  f'<option value="thread">Theo luồng</option></select> <select name="com_order"><option value="0" selected="selected">Cũ nhất trước</option>'
                  f'<option value="1">Mới nhất trước</option></select><input type="hidden" name="storyid" value="{o["sid"]}" /> <input type="submit" value="Làm mới" class="formButton" />'
                  f'</td></tr></table></form>{NOTICE}</div>\n<div style="margin:3px; padding: 3px;"><a id="comments"></a>{coms}</div>\n'
                  f'{summary}\n</div>')
        page(a.path, layout(f"{a.title} - {TOPICS[o['topic']]} - Tin tức - {NAME}", center, desc=a.summary()))
        # print view
        home, body = split_lead(a)
        printed = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<title>{esc(a.title)} - {NAME}</title>
<meta name="AUTHOR" content="{NAME}" />
<meta name="COPYRIGHT" content="Copyright (c) 2025 by {NAME}" />
<meta name="DESCRIPTION" content="{attr(a.summary())}" />
<meta name="GENERATOR" content="XOOPS" />
</head>
<body bgcolor="#ffffff" text="#000000" onload="window.print()">
    <table border="0"><tr><td align="center">
    <table border="0" width="640" cellpadding="0" cellspacing="1" bgcolor="#000000"><tr><td>
    <table border="0" width="640" cellpadding="20" cellspacing="1" bgcolor="#ffffff"><tr><td align="center">
    <img src="/images/logo.png" border="0" alt="" /><br /><br />
    <h3>{esc(a.title)}</h3>
    <small><b>Ngày:</b>&nbsp;{xdate(a.date)} | <b>Chủ đề:</b>&nbsp;{esc(TOPICS[o['topic']])}</small><br /><br /></td></tr>
    <tr valign="top" style="font:12px;"><td>{home}{'<br /><br />' + body if body else ''}<br />
    </td></tr></table></td></tr></table>
    <br /><br />
    Bài viết này đến từ {NAME}<br /><a href="{{{{base}}}}/">{{{{base}}}}/</a><br /><br />
    Địa chỉ của bài viết này là: <br /><a href="{{{{base}}}}{a.path}">{{{{base}}}}{a.path}</a>
    </td></tr></table>
</body>
</html>
"""
        pp = f"{NEWS}print.php?storyid={o['sid']}"
        page(pp, printed)
        a.aliases.append(pp)
        for cid, *_ in o["comments"]:
            alias = f"{a.path}&com_id={cid}&com_rootid={cid}&com_mode=flat&com_order=0"
            site.same_page(alias, a.path)
            if o["comments"][0][3]:
                a.aliases.append(alias + f"#comment{cid}")
        site.files[f"_routes/makepdf-{o['sid']}.pdf"] = pdf(a.title, [f"STORY {o['sid']}", "Lien minh HTX tinh Binh Phuoc"])
        site.routes.append({"path": f"{NEWS}makepdf.php?storyid={o['sid']}", "file": f"_routes/makepdf-{o['sid']}.pdf",
                            "content_type": "application/pdf"})
        rp = f"{NEWS}ratenews.php?storyid={o['sid']}"
        page(rp, layout(f"Đánh giá bài viết - Tin tức - {NAME}", f'<h4>{esc(a.title)}</h4><form method="post" action="ratenews.php">'
                        f'<ul><li>Chọn mức điểm từ 1 đến 10</li><li>Mỗi người chỉ đánh giá một lần</li></ul><select name="rating">'
                        + "".join(f"<option>{k}</option>" for k in range(10, 0, -1)) + '</select><input type="hidden" name="storyid" '
                        f'value="{o["sid"]}" /><input type="submit" value="Đánh giá" /></form>'))
        site.non_articles.append(rp)
        for x in a.attachments:
            site.redirect(x["path"], o["file"], 302)
            site.binary(o["file"], pdf(a.title, ["KE HOACH SO 21/KH-LMHTX", "Sap xep to chuc bo may"]))
            site.never_fetched.append(o["file"])
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/news/image/2025/{b.src}", image_for(b.src))
        site.add_article(a)
    site.trap("every story's print view print.php?storyid=N (linked by the print icon, not disallowed: XOOPS's robots.txt "
              "only blocks its system folders and /uploads/): the same text under an <h3>, 'Ngày: 23/6/2025 8:40', and the "
              "'Bài viết này đến từ … / Địa chỉ của bài viết này là:' lines: an alias; makepdf.php?storyid=N answers a PDF, "
              "ratenews.php?storyid=N a rating form (not an article)", stories[0].path)

    # topic lists and the news index (5 stories a page, hometext + 'Đọc tiếp...'; no bodytext -> the whole story)
    def listing(topic: int, items: list[RichArticle]) -> None:
        chunks = [items[k:k + 5] for k in range(0, len(items), 5)] or [[]]
        for n, chunk in enumerate(chunks):
            if topic == 0 and n == 0:
                path = NEWS
            else:
                path = f"{NEWS}index.php?storytopic={topic}" + (f"&start={5 * n}" if n else "")
                if n:
                    path = f"{NEWS}index.php?start={5 * n}&storytopic={topic}"
            nav = ""
            if len(chunks) > 1:
                nav = '<div class="pagenav">' + "".join(
                    f"<strong>({k + 1})</strong> " if k == n else f'<a href="{NEWS}index.php?start={5 * k}&amp;storytopic={topic}">{k + 1}</a> '
                    for k in range(len(chunks))) + "</div>"
            head = (f'<div class="news-index"><table width="100%"><tr><td><form name="form1" action="{NEWS}index.php" method="get">'
                    f'<select name="storytopic"><option value="0">Tất cả chuyên mục</option>'
                    + "".join(f'<option value="{t}"{" selected" if t == topic else ""}>{esc(nm)}</option>' for t, nm in TOPICS.items())
                    + '</select> <input type="submit" value="Xem" /></form></td></tr></table>')
            center = head + "".join(item(a, False) + "<br />" for a in chunk) + nav + "</div>"
            title = f"{TOPICS[topic]} - Tin tức - {NAME}" if topic else f"Tin tức - {NAME}"
            page(path, layout(title, center))
            site.non_articles.append(path)
            if topic == 0 and n == 0:
                site.same_page(f"{NEWS}index.php", NEWS)
                site.same_page(f"{NEWS}index.php?storytopic=0", NEWS)
                site.same_page(f"{NEWS}index.php?start=0&storytopic=0", NEWS)
            if topic and n == 0 and len(chunks) > 1:
                site.same_page(f"{NEWS}index.php?start=0&storytopic={topic}", path)

    listing(0, stories)
    for t in TOPICS:
        listing(t, [a for a in stories if a.opts["topic"] == t])
    site.trap("the news index /modules/news/ (= index.php, ?storytopic=0) and topic lists index.php?storytopic=N, paged by "
              "XoopsPageNav index.php?start=5&storytopic=0: each story in the article's own item markup (span.itemTitle "
              "'Topic: Title', the 'Đăng bởi … vào ngày …' line) with its hometext and 'Đọc tiếp... | còn N byte'; a story "
              "without bodytext is shown in full: listings", f"{NEWS}index.php?start=5&storytopic=0")

    # home page: centre blocks
    first = stories[0]
    home, _ = split_lead(first)
    center = ('<div class="blockTitle">Tin nổi bật</div><div class="blockContent">'
              f'<a href="{first.path}"><strong>{esc(first.title)}</strong></a> <span class="date">({sdate(first.date)})</span>{home}'
              f'<p><a href="{first.path}">Xem tiếp &raquo;</a></p></div>'
              '<div class="blockTitle">Tin tức - Sự kiện</div><div class="blockContent"><table width="100%">'
              + "".join(f'<tr><td><img src="/modules/news/images/arrow.png" alt="" /> <a href="{a.path}">{esc(a.title)}</a> '
                        f'<span class="date">({sdate(a.date)})</span></td></tr>' for a in stories[1:6])
              + f'</table><p align="right"><a href="{NEWS}">Xem tất cả</a></p></div>')
    page("/", layout(NAME, center))
    site.same_page("/index.php", "/")
    site.non_articles.append("/")

    # archives, topics directory, by author, profiles, contact, login pages
    months = sorted({(a.date.year, a.date.month) for a in stories}, reverse=True)
    arch = ('<table class="outer" width="100%"><tr><th>Lưu trữ tin</th></tr>'
            + "".join(f'<tr class="even"><td><a href="{NEWS}archive.php?year={y}&amp;month={m}">Tháng {m}, {y}</a></td></tr>' for y, m in months) + "</table>")
    page(f"{NEWS}archive.php", layout(f"Lưu trữ - Tin tức - {NAME}", arch))
    site.non_articles.append(f"{NEWS}archive.php")
    for y, m in months:
        rows = "".join(f'<tr class="odd"><td><a href="{NEWS}index.php?storytopic={a.opts["topic"]}">{esc(TOPICS[a.opts["topic"]])}</a>: '
                       f'<a href="{a.path}">{esc(a.title)}</a></td><td><a href="{NEWS}print.php?storyid={a.opts["sid"]}" rel="nofollow">'
                       f'<img src="/modules/news/images/print.png" alt="In" /></a></td><td align="center">{a.opts["hits"]}</td><td>{xdate(a.date)}</td></tr>'
                       for a in stories if (a.date.year, a.date.month) == (y, m))
        path = f"{NEWS}archive.php?year={y}&month={m}"
        page(path, layout(f"Lưu trữ tháng {m}/{y} - Tin tức - {NAME}", arch + '<table class="outer" width="100%"><tr><th>Bài viết</th><th>Hành động</th>'
                          f'<th>Lượt đọc</th><th>Ngày</th></tr>{rows}</table>'))
        site.non_articles.append(path)
    page(f"{NEWS}topics_directory.php", layout(f"Danh mục chuyên mục - Tin tức - {NAME}", '<table class="outer">' + "".join(
        f'<tr class="odd"><td><a href="{NEWS}index.php?storytopic={t}">{esc(nm)}</a></td><td>{sum(a.opts["topic"] == t for a in stories)}</td></tr>'
        for t, nm in TOPICS.items()) + "</table>"))
    site.non_articles.append(f"{NEWS}topics_directory.php")
    for uid, uname in USERS.items():
        mine = [a for a in stories if a.opts["uid"] == uid]
        page(f"/userinfo.php?uid={uid}", layout(f"Thông tin thành viên {uname} - {NAME}", f'<table class="outer"><tr><th colspan="2">Thông tin '
                                                  f'{uname}</th></tr><tr class="odd"><td>Ngày đăng ký</td><td>12/3/2009</td></tr>'
                                                  f'<tr class="even"><td>Số bài gửi</td><td>{len(mine) * 37}</td></tr></table>'))
        site.non_articles.append(f"/userinfo.php?uid={uid}")
        if mine:
            rows = "".join(f'<tr class="odd"><td><a href="{a.path}">{esc(a.title)}</a></td><td>{xdate(a.date)}</td><td>{a.opts["hits"]}</td></tr>' for a in mine)
            page(f"{NEWS}newsbythisauthor.php?uid={uid}", layout(f"Bài viết của {uname} - Tin tức - {NAME}",
                                                                 f'<h3>Bài viết của {uname}</h3><table class="outer">{rows}</table>'))
            site.non_articles.append(f"{NEWS}newsbythisauthor.php?uid={uid}")
    page("/modules/contact/", layout(f"Liên hệ - {NAME}", '<form name="contactform" action="/modules/contact/index.php" method="post">'
                                     '<table class="outer"><tr><th colspan="2">Liên hệ với chúng tôi</th></tr><tr><td>Họ tên</td><td>'
                                     '<input name="usersName" /></td></tr><tr><td>Nội dung</td><td><textarea name="usersComments"></textarea>'
                                     '</td></tr></table><input type="submit" value="Gửi" /></form>'))
    site.non_articles.append("/modules/contact/")
    for path, title in (("/lostpass.php", "Quên mật khẩu"), ("/register.php", "Đăng ký thành viên")):
        page(path, layout(f"{title} - {NAME}", f'<h4>{title}</h4><form method="post" action="{path}"><input name="email" /></form>'))
        site.non_articles.append(path)

    # RSS, robots
    def rss(items: list[RichArticle], title: str) -> str:
        its = "".join(f"<item><title>{esc(a.title)}</title><link>{{{{base}}}}{esc(a.path)}</link>"
                      f"<description>{esc(a.summary())}</description><pubDate>{a.date:%a, %d %b %Y %H:%M:%S} +0700</pubDate>"
                      f"<guid>{{{{base}}}}{esc(a.path)}</guid><category>{esc(TOPICS[a.opts['topic']])}</category></item>" for a in items)
        return (f'<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>{esc(title)}</title><link>{{{{base}}}}/</link>'
                f"<description>Cổng thông tin {NAME}</description><lastBuildDate>{NOW:%a, %d %b %Y %H:%M:%S} +0700</lastBuildDate>"
                f"<generator>XOOPS</generator><language>vi</language>{its}</channel></rss>\n")

    site.page("/backend.php", rss(stories, NAME), content_type="application/rss+xml; charset=UTF-8")
    site.static("/robots.txt", "User-agent: *\nDisallow: /cache/\nDisallow: /class/\nDisallow: /images/\nDisallow: /include/\n"
                "Disallow: /install/\nDisallow: /kernel/\nDisallow: /language/\nDisallow: /templates_c/\nDisallow: /themes/\n"
                "Disallow: /uploads/\n")
    site.trap("visit.php?fileid=N 302s into /uploads/ (robots-disallowed with the XOOPS system folders); /backend.php (the "
              "head's RSS, pubDate +0700): a feed; archive.php (month lists with 'j/n/Y G:i' dates), topics_directory.php, "
              "newsbythisauthor.php, userinfo.php, the contact form, lost-password and registration pages: not articles",
              f"{NEWS}archive.php?year=2025&month=6")
    for name in ("print.png", "acrobat.png", "friend.png", "attach.png"):
        site.binary(f"/modules/news/images/{name}", image_for(name))
    site.binary("/favicon.ico", image_for("favicon"))
    return site
