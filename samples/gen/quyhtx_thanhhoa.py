"""Site `quyhtx-thanhhoa` (registry family `generic`): the Quỹ hỗ trợ phát triển hợp tác xã of Thanh Hóa
province (the cooperative development fund run by the provincial cooperative alliance), a Serendipity
(s9y) 2.x blog; written as a held-out test: no family module, no selectors.

Why it is hard: the page's `<h1>` and `<h2>` are the blog's name and description in the banner; the
entry's title is `h4.serendipity_title`, under an `h3.serendipity_date` heading that gives only the
day ("Thứ Tư, 18 tháng 3, 2026"); the time is after the text, in `div.serendipity_entryFooter`
("Đăng bởi <a>…</a> trong <a>Tin tức</a> lúc <a>08:30</a> | Bình luận (0) | Trackbacks (0)"), so the
publication time is the day of the heading and the time of the footer. The text is
`div.serendipity_entry_body` then `div.serendipity_entry_extended` (both the article); captions
are s9y's `div.serendipity_imageComment_txt`. The footer's author is the s9y account: "Quản trị"
(never an author) or a person (the author when no byline in the text names someone else). One
entry's footer adds "Sửa đổi lần cuối: 20/11/2025 16:10" after the posting of 03/11/2025; a decision
signed 15/01/2026 and effective 01/02/2026 is posted 22/01/2026. Listings (front page paged by
`/archives/P2.html`, categories `/categories/2-Tin-tuc` and `/categories/2-Tin-tuc/P2.html`, month
archives `/archives/2025/12.html`, authors, tags `/plugin/tag/OCOP`, search) group entries by day
under one `div.serendipity_Entry_Date` heading, with the entry bodies and "Tiếp tục đọc …": two
entries of 02/12/2024 share one heading. The sidebar's "Bài mới" links use
`/index.php?/archives/N-…html` (URL rewriting off for plugins): the same entries.
"""

from __future__ import annotations

from datetime import datetime
from urllib.parse import quote

from .core import TODAY_2026, Article, SiteBuild, esc, inline_html, iso, pdf, weekday

SITE = "quyhtx-thanhhoa"
NAME = "Quỹ hỗ trợ phát triển HTX tỉnh Thanh Hóa"
DESC = "Trang thông tin của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Thanh Hóa - Liên minh HTX tỉnh Thanh Hóa"
HTML = "text/html; charset=utf-8"
PER = 5
PDF_PATH = "/uploads/van-ban/QD-05-QHTX-lai-suat-2026.pdf"
CATS = {2: ("Tin-tuc", "Tin tức"), 3: ("Van-ban", "Văn bản")}
AUTHORS = {1: ("Quan-tri", "Quản trị"), 3: ("Le-Thi-Hanh", "Lê Thị Hạnh"), 4: ("Trinh-Van-Son", "Trịnh Văn Sơn")}
SEARCH = "/index.php?" + quote("serendipity[action]") + "=search&" + quote("serendipity[searchTerm]") + "=OCOP"

TODAY = f"Hôm nay: {weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SIDE = ["Lịch", "Tìm kiếm nhanh", "Lưu trữ", "Chuyên mục", "Bài mới", "Lãi suất cho vay",
        "Cho vay ngắn hạn 6,0%/năm; trung, dài hạn 6,5%/năm (áp dụng từ 01/02/2026)", "Thống kê",
        "Số bài viết: 168", "Lượt xem: 52.917", "Liên kết", "Powered by Serendipity PHP Weblog",
        "Cũ hơn...", "Thẻ"]
LABELS = ["Đăng bởi", "Bình luận (0)", "Trackbacks (0)", "Trackback", "Đường dẫn trackback cho bài viết này",
          "Chưa có trackback", "Hiển thị bình luận theo", "Dạng phẳng", "Dạng luồng", "Thêm bình luận",
          "Ghi nhớ thông tin?", "Bài viết liên quan", "Đã gắn thẻ:", "Tải về:"]
FOOTER = ["Quỹ hỗ trợ phát triển hợp tác xã tỉnh Thanh Hóa",
          "Địa chỉ: Số 28 Đại lộ Lê Lợi, phường Hạc Thành, tỉnh Thanh Hóa",
          "Điện thoại: 0237.3852.706 - Email: quyhtx.thanhhoa@gmail.com",
          "Chịu trách nhiệm nội dung: Bà Lê Thị Thu Trang - Giám đốc Quỹ"]
COMMENTS = {
    214: [("Nguyễn Văn Hùng", "19/03/2026 09:10", "HTX chúng tôi ở xã Thọ Xuân muốn vay mua máy sấy lúa, xin hỏi đợt 2 khi nào nhận hồ sơ?")],
    201: [("Hoàng Thị Mai", "04/11/2025 20:15", "Mong Quỹ tổ chức thêm lớp tập huấn ở các xã miền núi.")],
}
BOILERPLATE = [TODAY, DESC, *SIDE, *LABELS, *FOOTER[1:]] + [c[2] for cs in COMMENTS.values() for c in cs]


def entry(n: int, slug: str) -> str:
    return f"/archives/{n}-{slug}.html"


def shown(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=entry(214, "Quy-giai-ngan-12-ty-dong-cho-HTX-dot-dau-nam-2026"),
          title="Quỹ giải ngân 12 tỷ đồng cho HTX đợt đầu năm 2026",
          date=datetime(2026, 3, 18, 8, 30),
          body="""
Quỹ hỗ trợ phát triển hợp tác xã tỉnh Thanh Hóa vừa giải ngân 12 tỷ đồng cho 8 HTX trong đợt cho vay đầu năm 2026.
Các HTX được vay vốn chủ yếu hoạt động trong lĩnh vực nông nghiệp, chế biến nông sản và tiểu thủ công nghiệp.
[img giai-ngan-2026.png] Lãnh đạo Quỹ trao quyết định cho vay cho đại diện các HTX
Trong đó, HTX Dịch vụ nông nghiệp Xuân Lập (xã Thọ Xuân) vay 2 tỷ đồng đầu tư máy sấy lúa; HTX Chế biến hải sản Hải Thanh (phường Nghi Sơn) vay 1,8 tỷ đồng xây kho lạnh.
Quỹ tiếp tục nhận hồ sơ vay vốn đợt 2 đến hết tháng 4.
""",
          author="Lê Thị Hạnh", **shown(datetime(2026, 3, 18, 8, 30)),
          opts={"aid": 3, "cat": 2, "split": 2, "tags": ["vay-von"]},
          notes=["no byline: the author is the s9y account in the entry footer ('Đăng bởi Lê Thị Hạnh'); the day is "
                 "in h3.serendipity_date above the title, the time 'lúc 08:30' in the footer after the text; a reader's "
                 "comment of 19/03/2026 below"]),
        A(path=entry(209, "Quyet-dinh-dieu-chinh-lai-suat-cho-vay-cua-Quy-nam-2026"),
          title="Quyết định điều chỉnh lãi suất cho vay của Quỹ năm 2026",
          date=datetime(2026, 1, 22, 15, 0),
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH THANH HÓA
QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ
Số: 05/QĐ-QHTX
Thanh Hóa, ngày 15 tháng 01 năm 2026
QUYẾT ĐỊNH
Về việc điều chỉnh lãi suất cho vay của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Thanh Hóa
GIÁM ĐỐC QUỸ HỖ TRỢ PHÁT TRIỂN HỢP TÁC XÃ TỈNH THANH HÓA
Căn cứ Nghị định số 45/2021/NĐ-CP ngày 31/3/2021 của Chính phủ;
Căn cứ Nghị quyết của Hội đồng quản lý Quỹ tại phiên họp ngày 09/01/2026;
QUYẾT ĐỊNH:
Điều 1. Điều chỉnh lãi suất cho vay ngắn hạn là 6,0%/năm; cho vay trung hạn, dài hạn là 6,5%/năm.
Điều 2. Quyết định có hiệu lực kể từ ngày 01/02/2026. Các hợp đồng tín dụng ký trước ngày này tiếp tục thực hiện theo lãi suất đã thỏa thuận.
Điều 3. Trưởng các phòng nghiệp vụ và các HTX vay vốn chịu trách nhiệm thi hành Quyết định này.
GIÁM ĐỐC Lê Thị Thu Trang
""",
          author=None, doc_number="05/QĐ-QHTX", **shown(datetime(2026, 1, 22, 15, 0)),
          attachments=[{"path": PDF_PATH, "text": "QD-05-QHTX-lai-suat-2026.pdf"}],
          opts={"aid": 1, "cat": 3, "split": 6, "tags": []},
          notes=["decision 'Số: 05/QĐ-QHTX' signed 'Thanh Hóa, ngày 15 tháng 01 năm 2026', effective 01/02/2026 (also "
                 "in the sidebar's rates box), citing a council of 09/01/2026; the page shows 22/01/2026 and 'lúc "
                 "15:00'; signer last (text, author null); the PDF under 'Tải về:'"]),
        A(path=entry(205, "Anh-Mua-coi-o-HTX-Nga-Son"),
          title="Ảnh: Mùa cói ở HTX cói Nga Sơn",
          date=datetime(2025, 12, 10, 10, 0),
          body="""
[img coi-1.png] Thành viên HTX thu hoạch cói trên cánh đồng ven biển Nga Sơn
[img coi-2.png] Cói được phơi khô trước khi đưa về xưởng
[img coi-3.png] Xưởng dệt chiếu, đan túi cói xây bằng vốn vay của Quỹ
[img coi-4.png] Sản phẩm túi cói Nga Sơn đạt OCOP 4 sao được xuất khẩu sang châu Âu
Ảnh: Lê Hợi
""",
          author="Lê Hợi", **shown(datetime(2025, 12, 10, 10, 0)),
          opts={"aid": 1, "cat": 2, "split": 2, "tags": ["OCOP"], "byline": "Ảnh: Lê Hợi"},
          notes=["photo story: four s9y image comments (div.serendipity_imageComment_txt), two in the body and two in "
                 "the extended part, and the closing 'Ảnh: Lê Hợi' (author); the footer's account is 'Quản trị'"]),
        A(path=entry(201, "Tap-huan-nghiep-vu-tin-dung-cho-can-bo-HTX"),
          title="Tập huấn nghiệp vụ tín dụng cho cán bộ HTX",
          date=datetime(2025, 11, 3, 9, 45),
          body="""
Ngày 31/10, Quỹ hỗ trợ phát triển hợp tác xã tỉnh Thanh Hóa phối hợp với Liên minh HTX tỉnh mở lớp tập huấn nghiệp vụ tín dụng cho 80 cán bộ quản lý HTX.
Lớp học giúp học viên nắm vững quy trình vay vốn, cách lập phương án sản xuất kinh doanh và quản lý dòng tiền của HTX.
## Nội dung tập huấn
* Quy chế cho vay của Quỹ và hồ sơ đề nghị vay vốn;
* Lập báo cáo tài chính của HTX;
* Kinh nghiệm sử dụng vốn vay hiệu quả.
Sau tập huấn, nhiều HTX đã đăng ký nhu cầu vay với tổng số vốn khoảng 25 tỷ đồng.
Minh Hiếu
""",
          author="Minh Hiếu", **shown(datetime(2025, 11, 3, 9, 45)),
          opts={"aid": 1, "cat": 2, "split": 2, "tags": [], "byline": "Minh Hiếu", "modified": "20/11/2025 16:10"},
          notes=["the training was 'Ngày 31/10'; the page's day heading says 03/11/2025 and the footer 'lúc 09:45' then "
                 "'Sửa đổi lần cuối: 20/11/2025 16:10' (an edit, not the publication); byline 'Minh Hiếu' closes the "
                 "extended part (author)"]),
        A(path=entry(196, "HTX-Thuong-mai-dich-vu-Nhu-Thanh-vay-von-phat-trien-keo-lac"),
          title="HTX Thương mại dịch vụ Như Thanh vay vốn phát triển kẹo lạc",
          date=datetime(2025, 9, 15, 14, 20),
          body="""
Với khoản vay 900 triệu đồng từ Quỹ hỗ trợ phát triển HTX tỉnh, HTX Thương mại dịch vụ Như Thanh (xã Như Thanh) đã đầu tư dây chuyền sản xuất kẹo lạc khép kín.
Sản phẩm kẹo lạc của HTX đạt chứng nhận OCOP 3 sao, mỗi tháng tiêu thụ khoảng 4 tấn.
HTX tạo việc làm ổn định cho 25 lao động địa phương với thu nhập 6 triệu đồng/người/tháng.
Nguồn: Báo Thanh Hóa
""",
          author=None, **shown(datetime(2025, 9, 15, 14, 20)),
          opts={"aid": 1, "cat": 2, "split": 2, "tags": ["OCOP"]},
          notes=["closing line 'Nguồn: Báo Thanh Hóa' (extended part) is a source and the account is 'Quản trị': author null"]),
        A(path=entry(188, "Quy-ho-tro-HTX-theo-dia-ban-xa-phuong-moi"),
          title="Quỹ hỗ trợ HTX chuyển đổi hồ sơ theo địa bàn xã, phường mới",
          date=datetime(2025, 7, 10, 16, 5),
          body="""
Từ ngày 1/7/2025, tỉnh Thanh Hóa chính thức vận hành chính quyền địa phương hai cấp, nhiều HTX có địa chỉ trụ sở thay đổi theo tên xã, phường mới.
Quỹ hỗ trợ phát triển HTX tỉnh hướng dẫn các HTX đang vay vốn gửi thông báo thay đổi địa chỉ kèm giấy chứng nhận đăng ký đã điều chỉnh; hợp đồng tín dụng còn hiệu lực không phải ký lại.
Cán bộ tín dụng của Quỹ được phân công theo dõi theo từng cụm xã để hỗ trợ HTX.
Ngọc Huấn
""",
          author="Ngọc Huấn", **shown(datetime(2025, 7, 10, 16, 5)),
          opts={"aid": 3, "cat": 2, "split": 99, "tags": ["vay-von"], "byline": "Ngọc Huấn"},
          notes=["footer 'Đăng bởi Lê Thị Hạnh' (a person, the account), but the closing byline 'Ngọc Huấn' names the "
                 "writer: author Ngọc Huấn; no extended part"]),
        A(path=entry(172, "HTX-Dich-vu-nong-nghiep-Xuan-Lap-xay-dung-vung-lua-chat-luong-cao"),
          title="HTX Dịch vụ nông nghiệp Xuân Lập xây dựng vùng lúa chất lượng cao",
          date=datetime(2024, 12, 2, 8, 15),
          body="""
HTX Dịch vụ nông nghiệp Xuân Lập (huyện Thọ Xuân) đã xây dựng vùng lúa chất lượng cao 120 ha, liên kết tiêu thụ với doanh nghiệp.
Năm 2024, HTX được Quỹ hỗ trợ phát triển HTX tỉnh cho vay 1,2 tỷ đồng để mua máy cấy, máy gặt đập liên hợp.
Nhờ cơ giới hóa, chi phí sản xuất giảm 15%, lợi nhuận của thành viên tăng rõ rệt.
Bài và ảnh: Hà Phương
""",
          author="Hà Phương", **shown(datetime(2024, 12, 2, 8, 15)),
          opts={"aid": 1, "cat": 2, "split": 99, "tags": [], "byline": "Bài và ảnh: Hà Phương"},
          notes=["migrated 2024 entry of the old district-level province ('huyện Thọ Xuân'); it shares the listings' "
                 "day heading (02/12/2024) with the next entry; byline 'Bài và ảnh: Hà Phương' (author)"]),
        A(path=entry(171, "Hoi-nghi-so-ket-hoat-dong-cho-vay-cua-Quy-nam-2024"),
          title="Hội nghị sơ kết hoạt động cho vay của Quỹ năm 2024",
          date=datetime(2024, 12, 2, 16, 40),
          body="""
Chiều 2/12, Quỹ hỗ trợ phát triển hợp tác xã tỉnh Thanh Hóa tổ chức hội nghị sơ kết hoạt động cho vay năm 2024.
Đến hết tháng 11, Quỹ đã cho vay mới 46 dự án với tổng số tiền 58 tỷ đồng; dư nợ đạt 152 tỷ đồng.
## Phương hướng năm 2025
Quỹ sẽ ưu tiên cho vay các HTX tham gia chuỗi giá trị nông sản, HTX có sản phẩm OCOP và HTX ứng dụng công nghệ cao.
""",
          author=None, **shown(datetime(2024, 12, 2, 16, 40)),
          opts={"aid": 1, "cat": 2, "split": 2, "tags": ["OCOP"]},
          notes=["second entry of 02/12/2024: on the listings it has no day heading of its own; the entry page shows "
                 "the day heading and 'lúc 16:40'; no byline and the account is 'Quản trị': author null"]),
        A(path=entry(160, "HTX-Thuy-san-Hai-Thanh-mo-rong-kho-lanh"),
          title="HTX Chế biến hải sản Hải Thanh mở rộng kho lạnh",
          date=datetime(2024, 5, 20, 10, 30),
          body="""
HTX Chế biến hải sản Hải Thanh (thị xã Nghi Sơn) vừa đưa vào sử dụng kho lạnh công suất 200 tấn, đầu tư từ vốn vay 1,5 tỷ đồng của Quỹ hỗ trợ phát triển HTX tỉnh.
Kho lạnh giúp HTX chủ động thu mua hải sản của ngư dân vào mùa cao điểm, giữ giá ổn định.
Các sản phẩm chính của HTX gồm:
* Nước mắm Hải Thanh đạt OCOP 4 sao;
* Mực khô, cá thu một nắng;
* Tôm nõn và ruốc biển.
""",
          author="Trịnh Văn Sơn", **shown(datetime(2024, 5, 20, 10, 30)),
          opts={"aid": 4, "cat": 2, "split": 2, "tags": ["OCOP"]},
          notes=["no byline: the author is the account in the footer ('Đăng bởi Trịnh Văn Sơn')"]),
    ]


def eid(a: Article) -> int:
    return int(a.path.split("/")[2].split("-")[0])


def img(name: str) -> str:
    return f"/uploads/{name}"


def block_html(b) -> str:
    if b.kind == "p":
        return f"<p>{inline_html(b.text)}</p>"
    if b.kind == "h":
        return f"<h3>{inline_html(b.text)}</h3>"
    if b.kind == "ul":
        return "<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>"
    if not b.text:
        return f'<!-- s9ymdb:{len(b.src)} --><img class="serendipity_image_center" width="640" height="427" src="{img(b.src)}" alt="" />'
    return (f'<div class="serendipity_imageComment_center" style="width: 640px"><div class="serendipity_imageComment_img">'
            f'<!-- s9ymdb:{len(b.src) + 40} --><img class="serendipity_image_center" width="640" height="427" '
            f'src="{img(b.src)}" alt="" /></div><div class="serendipity_imageComment_txt">{inline_html(b.text)}</div></div>')


def halves(a: Article) -> tuple[str, str]:
    parts = [block_html(b) for b in a.blocks]
    last = a.opts.get("byline")
    if last and parts and parts[-1] == f"<p>{inline_html(last)}</p>":
        parts[-1] = f'<p style="text-align: right;"><strong>{esc(last)}</strong></p>'
    n = a.opts.get("split", 99)
    return "\n".join(parts[:n]), "\n".join(parts[n:])


def day(d: datetime) -> str:
    return f"{weekday(d)}, {d.day} tháng {d.month}, {d.year}"


def cat_path(c: int) -> str:
    return f"/categories/{c}-{CATS[c][0]}"


def author_path(aid: int) -> str:
    return f"/authors/{aid}-{AUTHORS[aid][0]}"


def layout(title: str, main: str, arts: list[Article]) -> str:
    cats = "".join(f'<li><a href="{cat_path(c)}">{v[1]}</a></li>' for c, v in CATS.items())
    recent = "".join(f'<li><a href="/index.php?{a.path}">{esc(a.title)}</a></li>' for a in arts[:5])
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)[:4]
    arch = "".join(f'<li><a href="/archives/{y}/{m:02d}.html">Tháng {m} {y}</a></li>' for y, m in months)
    cal_days = "".join(f"<td>{d}</td>" + ("</tr><tr>" if (d + 6) % 7 == 0 else "") for d in range(1, 31))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" xml:lang="vi" lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=UTF-8" />
<meta name="generator" content="Serendipity v.2.4.0" />
<title>{esc(title)} - {NAME}</title>
<link rel="stylesheet" type="text/css" href="/serendipity.css" />
<script type="text/javascript" src="/templates/jquery.js"></script>
</head>
<body>
<div id="serendipity_banner">
<p class="today">{TODAY}</p>
<h1><a class="homelink1" href="/">{NAME}</a></h1>
<h2><a class="homelink2" href="/">{DESC}</a></h2>
</div>
<div id="menu"><ul><li><a href="/">Trang chủ</a></li><li><a href="/pages/gioi-thieu.html">Giới thiệu</a></li>
<li><a href="{cat_path(2)}">Tin tức</a></li><li><a href="{cat_path(3)}">Văn bản</a></li><li><a href="/pages/lien-he.html">Liên hệ</a></li></ul></div>
<table id="mainpane"><tr>
<td id="content" valign="top">
{main}
</td>
<td id="serendipityRightSideBar" valign="top">
<div class="serendipitySideBarItem container_serendipity_calendar_plugin"><h3 class="serendipitySideBarTitle">{SIDE[0]}</h3>
<div class="serendipitySideBarContent"><table class="serendipity_calendar"><tr><td class="serendipity_calendarHeader" colspan="7">Tháng Mười Một 2026</td></tr>
<tr>{cal_days}</tr></table></div></div>
<div class="serendipitySideBarItem container_serendipity_quicksearch_plugin"><h3 class="serendipitySideBarTitle">{SIDE[1]}</h3>
<div class="serendipitySideBarContent"><form id="searchform" action="/index.php" method="get"><input type="hidden" name="serendipity[action]" value="search" />
<input type="text" id="serendipityQuickSearchTermField" name="serendipity[searchTerm]" size="13" /></form>
<a href="{SEARCH}">Tìm nhiều: OCOP</a></div></div>
<div class="serendipitySideBarItem container_serendipity_archives_plugin"><h3 class="serendipitySideBarTitle">{SIDE[2]}</h3>
<div class="serendipitySideBarContent"><ul>{arch}<li><a href="/archives">{SIDE[12]}</a></li></ul></div></div>
<div class="serendipitySideBarItem container_serendipity_categories_plugin"><h3 class="serendipitySideBarTitle">{SIDE[3]}</h3>
<div class="serendipitySideBarContent"><ul>{cats}</ul></div></div>
<div class="serendipitySideBarItem container_serendipity_plugin_recententries"><h3 class="serendipitySideBarTitle">{SIDE[4]}</h3>
<div class="serendipitySideBarContent"><ul>{recent}</ul></div></div>
<div class="serendipitySideBarItem container_serendipity_plugin_freetag"><h3 class="serendipitySideBarTitle">{SIDE[13]}</h3>
<div class="serendipitySideBarContent"><a href="/plugin/tag/OCOP">OCOP</a> <a href="/plugin/tag/vay-von">vay-von</a></div></div>
<div class="serendipitySideBarItem container_serendipity_html_nugget_plugin"><h3 class="serendipitySideBarTitle">{SIDE[5]}</h3>
<div class="serendipitySideBarContent"><p>{SIDE[6]}</p></div></div>
<div class="serendipitySideBarItem container_serendipity_plugin_statistics"><h3 class="serendipitySideBarTitle">{SIDE[7]}</h3>
<div class="serendipitySideBarContent"><p>{SIDE[8]}</p><p>{SIDE[9]}</p></div></div>
<div class="serendipitySideBarItem"><h3 class="serendipitySideBarTitle">{SIDE[10]}</h3><div class="serendipitySideBarContent"><ul>
<li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
<li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div></div>
<div class="serendipitySideBarItem container_serendipity_superuser_plugin"><div class="serendipitySideBarContent">{SIDE[11]}</div></div>
</td></tr></table>
<div id="serendipity_footer">{"<br />".join(esc(x) for x in FOOTER)}</div>
</body>
</html>
"""


def entry_footer(a: Article) -> str:
    aid, c = a.opts["aid"], a.opts["cat"]
    ncom = len(COMMENTS.get(eid(a), []))
    mod = f' | Sửa đổi lần cuối: {a.opts["modified"]}' if a.opts.get("modified") else ""
    tags = ""
    if a.opts["tags"]:
        tags = ('<div class="serendipity_freeTag">Đã gắn thẻ: '
                + ", ".join(f'<a href="/plugin/tag/{t}" rel="tag">{t}</a>' for t in a.opts["tags"]) + "</div>")
    return (f"{tags}<div class='serendipity_entryFooter'>Đăng bởi <a href=\"{author_path(aid)}\">{esc(AUTHORS[aid][1])}</a> "
            f"trong <a href=\"{cat_path(c)}\">{CATS[c][1]}</a> lúc <a href=\"{a.path}\">{a.date:%H:%M}</a> | "
            f"<a href=\"{a.path}#comments\">Bình luận ({ncom})</a> | <a href=\"{a.path}#trackbacks\">Trackbacks (0)</a>{mod}</div>")


def entry_div(a: Article, full: bool) -> str:
    body, ext = halves(a)
    aid = a.opts["aid"]
    files = "".join(f'<p class="attachment">Tải về: <a href="{x["path"]}">{esc(x["text"])}</a></p>' for x in a.attachments)
    if full:
        inner = (f'<div class="serendipity_entry_body">\n{body}\n</div>'
                 + (f'<div class="serendipity_entry_extended"><a id="extended"></a>\n{ext}\n</div>' if ext else "")
                 + files)
    else:
        inner = f'<div class="serendipity_entry_body">\n{body}\n</div>'
        if ext or files:
            inner += (f'<div class="continue_reading"><a href="{a.path}#extended" title="Tiếp tục đọc &quot;{esc(a.title)}&quot;">'
                      f'Tiếp tục đọc "{esc(a.title)}" &raquo;</a></div>')
    return (f'<h4 class="serendipity_title"><a href="{a.path}">{esc(a.title)}</a></h4>'
            f'<div class="serendipity_entry serendipity_entry_author_{AUTHORS[aid][0]}">{inner}{entry_footer(a)}</div>')


def grouped(items: list[Article]) -> str:
    out, last = [], None
    for a in items:
        if a.date.date() != last:
            if last is not None:
                out.append("</div>")
            out.append(f'<div class="serendipity_Entry_Date"><h3 class="serendipity_date">{day(a.date)}</h3>')
            last = a.date.date()
        out.append(entry_div(a, False))
    if last is not None:
        out.append("</div>")
    return "\n".join(out)


def detail(a: Article, arts: list[Article]) -> str:
    n = eid(a)
    cs = COMMENTS.get(n, [])
    cl = "".join(f'<a id="c{n * 10 + i}"></a><div class="serendipity_comment serendipity_comment_author_{i}">'
                 f'<div class="serendipity_commentBody">{esc(t)}</div><div class="serendipity_comment_source">'
                 f'<a class="comment_source_trace" href="#c{n * 10 + i}">#{i + 1}</a> <span class="comment_source_author">'
                 f'{esc(who)}</span> vào {d}</div></div>' for i, (who, d, t) in enumerate(cs))
    rel = [x for x in arts if x.opts["cat"] == a.opts["cat"] and x is not a][:3]
    related = "".join(f'<li><a href="{x.path}">{esc(x.title)}</a> ({x.date:%d/%m/%Y})</li>' for x in rel)
    return f"""<div class="serendipity_Entry_Date"><h3 class="serendipity_date">{day(a.date)}</h3>
{entry_div(a, True)}
<div class="serendipity_related"><h4>Bài viết liên quan</h4><ul>{related}</ul></div>
<div class="serendipity_comments serendipity_section_trackbacks"><a id="trackbacks"></a>
<div class="serendipity_commentsTitle">Trackback</div>
<div class="serendipity_center"><span>Đường dẫn trackback cho bài viết này</span>: {{{{base}}}}/comment.php?type=trackback&amp;entry_id={n}</div>
<div class="serendipity_center">Chưa có trackback</div></div>
<div class="serendipity_comments serendipity_section_comments"><a id="comments"></a>
<div class="serendipity_commentsTitle">Bình luận</div>
<div class="serendipity_center">Hiển thị bình luận theo (<a href="{a.path}#comments">Dạng phẳng</a> | Dạng luồng)</div>
{cl}
<a id="feedback"></a><div class="serendipity_commentsTitle">Thêm bình luận</div>
<form id="serendipity_comment" action="{a.path}#feedback" method="post">
<input type="hidden" name="serendipity[entry_id]" value="{n}" />
<p>Tên <input type="text" name="serendipity[name]" /></p><p>Email <input type="text" name="serendipity[email]" /></p>
<p><textarea rows="10" cols="40" name="serendipity[comment]"></textarea></p>
<p><label><input type="checkbox" name="serendipity[remember]" /> Ghi nhớ thông tin?</label></p>
<input type="submit" name="serendipity[submit]" value="Gửi bình luận" /> <input type="submit" name="serendipity[preview]" value="Xem trước" />
</form></div>
</div>"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thanh-hoa", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in arts:
        site.page(a.path, layout(a.title, detail(a, arts), arts), content_type=HTML)
        alias = "/index.php?" + a.path
        site.same_page(alias, a.path)
        if arts.index(a) < 5:
            a.aliases = [alias]
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 05/QĐ-QHTX", ["QUYET DINH DIEU CHINH LAI SUAT CHO VAY",
                                                           "Quy ho tro phat trien HTX tinh Thanh Hoa", "So: 05/QD-QHTX"]))
    site.trap("title h4.serendipity_title (the h1/h2 are the blog's name and description); day in h3.serendipity_date "
              "above it, time 'lúc HH:MM' in div.serendipity_entryFooter after the text; text = entry_body + "
              "entry_extended; the sidebar's 'Bài mới' links /index.php?/archives/N-….html are the same entries",
              arts[0].path)

    def paged(first: str, pattern: str, title: str, heading: str, items: list[Article]) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for k, chunk in enumerate(chunks):
            here = first if k == 0 else pattern.format(k + 1)
            nav = ""
            if len(chunks) > 1:
                prev = "" if k == 0 else f'<a href="{first if k == 1 else pattern.format(k)}">&laquo; Trang trước</a> '
                nxt = "" if k + 1 == len(chunks) else f' <a href="{pattern.format(k + 2)}">Trang sau &raquo;</a>'
                nav = f'<div class="serendipity_entries_footer">{prev}(Trang {k + 1} / {len(chunks)}, tổng cộng {len(items)} bài viết){nxt}</div>'
            main = (f'<div class="serendipity_content_message">{esc(heading)}</div>' if heading else "") + grouped(chunk) + nav
            site.page(here, layout(title, main, arts), content_type=HTML)
            site.non_articles.append(here)

    paged("/", "/archives/P{}.html", "Trang chủ", "", arts)
    for c, (slug, name) in CATS.items():
        paged(cat_path(c), cat_path(c) + "/P{}.html", name, f"Chuyên mục: {name}", [a for a in arts if a.opts["cat"] == c])
    for aid, (slug, name) in AUTHORS.items():
        paged(author_path(aid), author_path(aid) + "/P{}.html", name, f"Bài viết của {name}",
              [a for a in arts if a.opts["aid"] == aid])
    months = sorted({(a.date.year, a.date.month) for a in arts}, reverse=True)
    for y, m in months:
        items = [a for a in arts if (a.date.year, a.date.month) == (y, m)]
        here = f"/archives/{y}/{m:02d}.html"
        site.page(here, layout(f"Tháng {m} {y}", f'<div class="serendipity_content_message">Lưu trữ tháng {m} năm {y}</div>'
                               + grouped(items), arts), content_type=HTML)
        site.non_articles.append(here)
    years = sorted({a.date.year for a in arts}, reverse=True)
    overview = "".join(
        f"<h3>{y}</h3><table class='archives_listing'>"
        + "".join(f'<tr><td>Tháng {m}</td><td><a href="/archives/{y}/{m:02d}.html">{sum(1 for a in arts if (a.date.year, a.date.month) == (y, m))} bài viết</a></td></tr>'
                  for yy, m in months if yy == y) + "</table>" for y in years)
    site.page("/archives", layout("Lưu trữ", f'<div class="serendipity_content_message">Lưu trữ</div>{overview}', arts), content_type=HTML)
    site.non_articles.append("/archives")
    for t in ["OCOP", "vay-von"]:
        here = f"/plugin/tag/{t}"
        site.page(here, layout(f"Bài viết gắn thẻ {t}", f'<div class="serendipity_content_message">Bài viết gắn thẻ "{t}"</div>'
                               + grouped([a for a in arts if t in a.opts["tags"]]), arts), content_type=HTML)
        site.non_articles.append(here)
    hits = [a for a in arts if "OCOP" in a.body]
    site.page(SEARCH, layout("Tìm kiếm", f'<div class="serendipity_search serendipity_search_found">Kết quả tìm kiếm cho '
                             f'"OCOP": tìm thấy {len(hits)} bài viết</div>' + grouped(hits), arts), content_type=HTML)
    site.non_articles.append(SEARCH)
    site.trap("listings group entries under one div.serendipity_Entry_Date per day (the two entries of 02/12/2024 "
              "share one heading) with their bodies and 'Tiếp tục đọc \"…\" »': front page paged by /archives/P2.html, "
              "categories by /categories/2-Tin-tuc/P2.html, month archives /archives/2025/12.html, authors, tags "
              "/plugin/tag/OCOP and the search: not articles", "/categories/2-Tin-tuc/P2.html")

    about = ('<div class="serendipity_Entry_Date"><h4 class="serendipity_title"><a href="/pages/gioi-thieu.html">Giới thiệu</a></h4>'
             '<div class="serendipity_entry"><div class="serendipity_entry_body"><p>Quỹ hỗ trợ phát triển hợp tác xã tỉnh '
             'Thanh Hóa là tổ chức tài chính nhà nước trực thuộc Liên minh Hợp tác xã tỉnh, thực hiện cho vay ưu đãi đối '
             'với hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.</p><p>Quỹ hoạt động theo nguyên tắc tự chủ tài chính, '
             'không vì mục tiêu lợi nhuận, bảo toàn và phát triển vốn; ưu tiên các dự án sản xuất gắn với chuỗi giá trị, '
             'sản phẩm OCOP và ứng dụng công nghệ cao.</p><h3>Điều kiện vay vốn</h3><ul><li>HTX thành lập và hoạt động '
             'theo Luật Hợp tác xã;</li><li>Có phương án sản xuất kinh doanh khả thi;</li><li>Có tài sản bảo đảm theo '
             'quy định.</li></ul></div></div></div>')
    contact = ('<div class="serendipity_Entry_Date"><h4 class="serendipity_title"><a href="/pages/lien-he.html">Liên hệ</a></h4>'
               f'<div class="serendipity_entry"><div class="serendipity_entry_body"><p>{esc(FOOTER[1])}</p><p>{esc(FOOTER[2])}</p>'
               '<form action="/pages/lien-he.html" method="post"><p>Họ tên <input name="serendipity[name]" /></p>'
               '<p><textarea name="serendipity[comment]"></textarea></p><input type="submit" value="Gửi" /></form></div></div></div>')
    site.page("/pages/gioi-thieu.html", layout("Giới thiệu", about, arts), content_type=HTML)
    site.page("/pages/lien-he.html", layout("Liên hệ", contact, arts), content_type=HTML)
    site.non_articles += ["/pages/gioi-thieu.html", "/pages/lien-he.html"]
    site.trap("static pages of the staticpage plugin (/pages/gioi-thieu.html: h4.serendipity_title, paragraphs, a "
              "heading and a list, no date; contact with a form): not articles", "/pages/gioi-thieu.html")
    site.static("/robots.txt", "User-agent: *\nDisallow: /serendipity_admin.php\nDisallow: /comment.php\n")
    return site
