"""Site `lmhtx-langson-moi` (registry family `generic`): the relaunched portal of the Lạng Sơn alliance
(2025–2026, with a few articles migrated from the old portal, 2023–2024) on DedeCMS, the Chinese PHP
CMS a Vietnamese vendor resold with translated templates; written as a held-out test: no family
module, no selectors.

Why it is hard: the only `<h1>` is the logo (the site's name); the title is a `div.title h2` inside
`div.article`, and `<title>` is DedeCMS's "Title_Tin tức_Site". The date, source, author and views
share one `div.info` line "Thời gian: 2025-03-14 08:30 Nguồn: … Tác giả: … Lượt xem: <script>" (the
counter is filled by `/plus/count.php?aid=N`, a script): "Tác giả: admin" is the CMS account, never
an author (the person is then the byline closing the text, or nobody), "Nguồn: Báo Lạng Sơn" is a
source. Every article has a second address `/plus/view.php?aid=N` serving the same page. Detail URLs
carry the date (`/a/tintuc/2025/0314/123.html`). Under the text: "Bài trước: … / Bài sau: …"
links with the neighbours' titles and a "Tin liên quan" box with dates. A migrated article carries
"Cập nhật: 2025-02-18 14:05" (the migration) in its info line beside its true 2023 "Thời gian". The
document's own place-date line (10/3/2025) precedes the day it was posted (14/3/2025). Listings page
by `list_1_2.html`; the single-page "Giới thiệu", contact, gallery list, search and member login are
not articles.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf, weekday

SITE = "lmhtx-langson-moi"
NAME = "Liên minh Hợp tác xã tỉnh Lạng Sơn"
HTML = "text/html; charset=utf-8"
NEWS = "/a/tintuc/"
DOCS = "/a/vanban/"
ABOUT = "/a/gioithieu/"
CONTACT = "/a/lienhe/"
GALLERY = "/a/thuvienanh/"
SEARCH = "/plus/search.php?keyword=ocop"
LOGIN = "/member/login.php"
PER = 5

TODAY = f"Hôm nay: {weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Hợp tác xã - Con đường phát triển bền vững của kinh tế tập thể",
           "Lạng Sơn - Cửa ngõ giao thương, hợp tác để cùng phát triển"]
FOOTER = ["Bản quyền thuộc Liên minh Hợp tác xã tỉnh Lạng Sơn",
          "Địa chỉ: Số 2 đường Hùng Vương, phường Lương Văn Tri, tỉnh Lạng Sơn",
          "Điện thoại: 0205.3812.546 - Email: lmhtx@langson.gov.vn",
          "Chịu trách nhiệm chính: Ông Hoàng Văn Quý - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 03/GP-TTĐT do Sở Văn hóa, Thể thao và Du lịch tỉnh Lạng Sơn cấp ngày 06/01/2025",
          "Powered by DedeCMS - Thiết kế: Công ty TNHH Giải pháp số Kỳ Lừa"]
SIDE = ["Tin xem nhiều", "Văn bản mới", "Thăm dò ý kiến", "Thời tiết Lạng Sơn", "Trời rét, có mưa phùn",
        "Độ ẩm: 88%", "Thống kê truy cập", "Đang online: 9", "Hôm nay: 317", "Tổng lượt truy cập: 402.118",
        "Liên kết website", "Video clip"]
POLL_Q = "Bạn biết đến cổng thông tin qua kênh nào?"
POLL_A = ("Qua mạng xã hội", "Qua báo, đài", "Qua cán bộ Liên minh HTX")
LABELS = ["Thời gian:", "Lượt xem:", "Bài trước:", "Bài sau:", "Không có", "Tin liên quan", "Vị trí hiện tại:",
          "Trang chủ", "Phóng to", "Thu nhỏ", "In bài", "Đóng cửa sổ", "Tải về:", "Bình chọn", "Xem kết quả",
          "Lên đầu trang", "分隔线"]
BOILERPLATE = [TODAY, *SLOGANS, *FOOTER, *SIDE, POLL_Q, *POLL_A, *LABELS]

PDF_PATH = "/uploads/soft/250314/KH-12-LMHTX-2025.pdf"


def url(d: datetime, aid: int, col: str = "tintuc") -> str:
    return f"/a/{col}/{d:%Y}/{d:%m%d}/{aid}.html"


def img(d: datetime, n: int) -> str:
    return f"/uploads/allimg/{d:%y%m%d}/1-{d:%y%m%d}0Z{n}.png"


def both(d: datetime, time: bool = True) -> dict:
    return dict(published=iso(d, time), published_source="date-element",
                evidence=["date-element", "url", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=url(datetime(2023, 11, 5), 45), title="HTX Nông nghiệp Đồng Bành mở rộng vùng trồng na theo VietGAP",
          date=datetime(2023, 11, 5, 9, 12),
          body="""
Sau ba năm liên kết sản xuất, HTX Nông nghiệp Đồng Bành (huyện Chi Lăng cũ) đã nâng diện tích na theo tiêu chuẩn VietGAP từ 15 ha lên 42 ha với 57 hộ thành viên.
Na Chi Lăng của HTX được cấp mã số vùng trồng, bán tại vườn với giá từ 35.000 đến 60.000 đồng/kg tùy loại, cao hơn na thường khoảng 20%.
[img 1] Thành viên HTX Nông nghiệp Đồng Bành thu hoạch na trên sườn núi đá
HTX ký hợp đồng tiêu thụ với hai chuỗi siêu thị tại Hà Nội, đồng thời bán hàng qua sàn thương mại điện tử trong mùa thu hoạch.
Năm 2024, HTX dự kiến đầu tư kho lạnh bảo quản để kéo dài thời gian tiêu thụ thêm khoảng hai tuần.
""",
          byline="Hoàng Thu", author="Hoàng Thu", **both(datetime(2023, 11, 5, 9, 12)),
          opts={"views": 1873, "source": "Liên minh HTX tỉnh", "writer": "admin", "updated": "2025-02-18 14:05"},
          notes=["migrated from the old portal: the info line says 'Thời gian: 2023-11-05 09:12' and also "
                 "'Cập nhật: 2025-02-18 14:05' (the migration), not the publication; 'Tác giả: admin' is the CMS "
                 "account: the author is the closing byline 'Hoàng Thu'"]),
        A(path=url(datetime(2024, 6, 20), 61), title="Tập huấn chuyển đổi số cho cán bộ quản lý HTX",
          date=datetime(2024, 6, 20, 15, 40),
          body="""
Trong hai ngày 19 và 20/6, Liên minh HTX tỉnh phối hợp với Sở Thông tin và Truyền thông tổ chức lớp tập huấn chuyển đổi số cho 80 cán bộ quản lý HTX trên địa bàn tỉnh.
Học viên được hướng dẫn sử dụng phần mềm kế toán điện tử, hóa đơn điện tử, mở gian hàng trên các sàn thương mại điện tử và quảng bá sản phẩm qua mạng xã hội.
## Thực hành ngay trên lớp
Mỗi HTX được hỗ trợ tạo tài khoản gian hàng và đưa ít nhất một sản phẩm lên sàn ngay trong buổi thực hành.
Đến nay, toàn tỉnh có 96 HTX có sản phẩm được bán trên sàn thương mại điện tử.
""",
          author="Mai Lan", **both(datetime(2024, 6, 20, 15, 40)),
          opts={"views": 964, "source": "Báo Lạng Sơn", "writer": "Mai Lan"},
          notes=["migrated article without a byline: info line 'Nguồn: Báo Lạng Sơn Tác giả: Mai Lan': the source "
                 "is a newspaper, the author is Mai Lan"]),
        A(path=url(datetime(2025, 2, 26), 118), title="Ảnh: HTX Hồi Văn Quan vào vụ thu hoạch",
          date=datetime(2025, 2, 26, 10, 15),
          lead="Những ngày cuối tháng Hai, thành viên HTX Hồi Văn Quan tất bật thu hái hồi vụ chiêm, vụ hồi có sản lượng cao nhất trong năm.",
          body="""
[img 1] Thành viên HTX thu hái hồi trên đồi tại xã Văn Quan
[img 2] Hồi tươi được chuyển về xưởng của HTX ngay trong ngày
[img 3] Công nhân phân loại hồi trước khi sấy
[img 4] Hồi khô đạt chuẩn OCOP 4 sao được đóng gói xuất bán
[img 5] Sản phẩm tinh dầu hồi của HTX trưng bày tại hội chợ
""",
          byline="Ảnh: Vi Thảo", author="Vi Thảo", **both(datetime(2025, 2, 26, 10, 15)),
          opts={"views": 2210, "source": "Liên minh HTX tỉnh", "writer": "admin"},
          notes=["photo story: a bold lead paragraph, five photos each with its caption, closing 'Ảnh: Vi Thảo' "
                 "(author: Vi Thảo); 'Tác giả: admin' in the info line is the CMS account"]),
        A(path=url(datetime(2025, 3, 14), 123, "vanban"),
          title="Kế hoạch hỗ trợ phát triển kinh tế tập thể, hợp tác xã năm 2025",
          date=datetime(2025, 3, 14, 8, 30),
          body="""
LIÊN MINH HTX TỈNH LẠNG SƠN
Số: 12/KH-LMHTX
Lạng Sơn, ngày 10 tháng 3 năm 2025
KẾ HOẠCH
Hỗ trợ phát triển kinh tế tập thể, hợp tác xã năm 2025
Căn cứ Luật Hợp tác xã năm 2023 và Nghị quyết Đại hội đại biểu Liên minh HTX tỉnh lần thứ VI, nhiệm kỳ 2021 - 2026, Liên minh HTX tỉnh xây dựng kế hoạch như sau:
## I. MỤC TIÊU
Thành lập mới ít nhất 40 HTX; 100% HTX được tư vấn tổ chức lại theo Luật Hợp tác xã năm 2023; doanh thu bình quân một HTX tăng 8% so với năm 2024.
## II. NỘI DUNG
* Tuyên truyền, tư vấn thành lập HTX tại các xã biên giới;
* Đào tạo, bồi dưỡng 300 lượt cán bộ quản lý HTX;
* Hỗ trợ 20 HTX xây dựng sản phẩm OCOP và truy xuất nguồn gốc;
* Cho vay từ Quỹ hỗ trợ phát triển HTX tỉnh cho 25 dự án.
## III. TỔ CHỨC THỰC HIỆN
Các ban chuyên môn của Liên minh HTX tỉnh căn cứ kế hoạch này xây dựng chương trình công tác, báo cáo kết quả trước ngày 15/12/2025.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Nông Thị Hạnh
""",
          author=None, doc_number="12/KH-LMHTX", **both(datetime(2025, 3, 14, 8, 30)),
          attachments=[{"path": PDF_PATH, "text": "KH-12-LMHTX-2025.pdf"}],
          opts={"views": 540, "source": "Văn phòng Liên minh HTX tỉnh", "writer": "admin", "col": "vanban"},
          notes=["official plan 'Số: 12/KH-LMHTX' whose place-date line says 10/3/2025; the info line 'Thời gian: "
                 "2025-03-14 08:30' and the URL say 14/3; signer last (text, no author); the PDF linked under "
                 "'Tải về:' from /uploads/soft/"]),
        A(path=url(datetime(2025, 4, 2), 131), title="Lạng Sơn có thêm 18 sản phẩm OCOP đạt 3 sao",
          date=datetime(2025, 4, 2, 14, 20),
          body="""
Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh vừa công nhận 18 sản phẩm đạt 3 sao, trong đó 11 sản phẩm của các HTX.
Các sản phẩm mới được công nhận gồm thạch đen Tràng Định, miến dong Bình Gia, rượu Mẫu Sơn, trà hoa vàng Bình Liêu và một số sản phẩm từ hồi, quế.
[img 1] Sản phẩm thạch đen của HTX Thạch đen Tràng Định được công nhận OCOP 3 sao
Đến nay, toàn tỉnh có 236 sản phẩm OCOP, trong đó HTX là chủ thể của 128 sản phẩm.
Liên minh HTX tỉnh sẽ hỗ trợ các HTX có sản phẩm mới được công nhận tham gia hội chợ, triển lãm và kết nối với hệ thống phân phối.
""",
          author="Hà Thu Trang", **both(datetime(2025, 4, 2, 14, 20)),
          opts={"views": 1322, "source": "Liên minh HTX tỉnh", "writer": "Hà Thu Trang"},
          notes=["no byline in the text: the author is only in the info line ('Tác giả: Hà Thu Trang')"]),
        A(path=url(datetime(2025, 5, 21), 147), title="Đại hội thành lập HTX Dịch vụ nông nghiệp Tân Thanh",
          date=datetime(2025, 5, 21, 9, 0),
          body="""
Ngày 20/5, tại xã Tân Thanh, 19 sáng lập viên đã tổ chức đại hội thành lập HTX Dịch vụ nông nghiệp Tân Thanh với vốn điều lệ 1,2 tỷ đồng.
HTX hoạt động trong lĩnh vực cung ứng vật tư nông nghiệp, thu mua và sơ chế hoa quả, kết nối tiêu thụ nông sản qua cửa khẩu.
Đại hội đã thông qua điều lệ, phương án sản xuất kinh doanh và bầu ông Lý Văn Hùng làm Giám đốc HTX.
Phát biểu tại đại hội, đại diện Liên minh HTX tỉnh đề nghị HTX xây dựng vùng nguyên liệu ổn định, tránh phụ thuộc vào thương lái.
""",
          byline="Lộc Hương", author="Lộc Hương", **both(datetime(2025, 5, 21, 9, 0)),
          opts={"views": 688, "source": "Liên minh HTX tỉnh", "writer": "Lộc Hương"}),
        A(path=url(datetime(2025, 9, 8), 176), title="HTX Thạch đen Tràng Định liên kết với 300 hộ trồng cây thạch",
          date=datetime(2025, 9, 8, 16, 45),
          body="""
HTX Thạch đen Tràng Định vừa ký hợp đồng liên kết với 300 hộ dân tại các xã Tràng Định, Đoàn Kết và Quốc Khánh, bao tiêu khoảng 500 tấn cây thạch khô mỗi năm.
Theo hợp đồng, HTX hỗ trợ giống, hướng dẫn kỹ thuật và thu mua với giá sàn 25.000 đồng/kg, cao hơn giá thị trường các năm trước.
[img 1] Người dân xã Tràng Định phơi cây thạch đen trước khi bán cho HTX
Sản phẩm thạch đen của HTX đã được xuất khẩu sang Đài Loan và đang làm thủ tục sang thị trường Nhật Bản.
Bài và ảnh: Ngọc Ánh
""",
          author="Ngọc Ánh", **both(datetime(2025, 9, 8, 16, 45)),
          opts={"views": 905, "source": "Liên minh HTX tỉnh", "writer": "admin", "byline_plain": True},
          notes=["the byline 'Bài và ảnh: Ngọc Ánh' is a plain (not right-aligned) last paragraph of the text: author "
                 "Ngọc Ánh; 'Tác giả: admin' is the CMS account"]),
        A(path=url(datetime(2026, 1, 15), 203),
          title="Liên minh HTX tỉnh tổng kết năm 2025, triển khai nhiệm vụ năm 2026",
          date=datetime(2026, 1, 15, 8, 10),
          body="""
Ngày 13/1, Liên minh HTX tỉnh Lạng Sơn tổ chức hội nghị tổng kết công tác năm 2025 và triển khai nhiệm vụ năm 2026.
Năm 2025, toàn tỉnh thành lập mới 47 HTX, vượt 17,5% kế hoạch; tổng số HTX đang hoạt động là 498 với hơn 9.000 thành viên.
Quỹ hỗ trợ phát triển HTX tỉnh đã giải ngân 18,6 tỷ đồng cho 27 dự án, không phát sinh nợ quá hạn.
[img 1] Quang cảnh hội nghị tổng kết công tác năm 2025
Năm 2026, Liên minh HTX tỉnh phấn đấu thành lập mới 45 HTX, tổ chức Đại hội đại biểu Liên minh HTX tỉnh lần thứ VII và đẩy mạnh chuyển đổi số trong khu vực kinh tế tập thể.
Nhân dịp này, 12 tập thể và 20 cá nhân được nhận Bằng khen của Chủ tịch UBND tỉnh.
""",
          byline="Hoàng Thu", author="Hoàng Thu", **both(datetime(2026, 1, 15, 8, 10)),
          opts={"views": 431, "source": "Liên minh HTX tỉnh", "writer": "Hoàng Thu"},
          notes=["the conference took place 'Ngày 13/1'; the page shows 'Thời gian: 2026-01-15 08:10'; the "
                 "'Tin liên quan' box under the text lists older articles with their dates"]),
    ]


def render(a: Article) -> str:
    d = a.date
    out, n = [], 0
    if a.lead:
        out.append(f"<p><strong>{inline_html(a.lead)}</strong></p>")
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            n += 1
            out.append(f'<p style="text-align: center;"><img alt="" src="{img(d, n)}" style="width: 600px; '
                       f'height: 400px;" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def aid(a: Article) -> int:
    return int(a.path.rsplit("/", 1)[1].split(".")[0])


def layout(title: str, crumbs: str, main: str, side: str, arts: list[Article], *, keywords: str = "",
           description: str = "") -> str:
    hot = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts[:5])
    docs = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts if "/vanban/" in a.path)
    polls = "".join(f'<li><input type="radio" name="voteitem" value="{i}" /> {esc(o)}</li>' for i, o in enumerate(POLL_A, 1))
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<title>{esc(title)}</title>
<meta name="keywords" content="{attr(keywords or 'Liên minh HTX, Lạng Sơn, hợp tác xã')}" />
<meta name="description" content="{attr(description or NAME)}" />
<link href="/templets/default/style/dedecms.css" rel="stylesheet" media="screen" type="text/css" />
<script language="javascript" type="text/javascript" src="/include/dedeajax2.js"></script>
</head>
<body class="articleview">
<div class="header_top">
 <div class="w960 center">
  <span class="time">{esc(TODAY)}</span>
  <div class="toplinks"><a href="/">Trang chủ</a> | <a href="{LOGIN}">Đăng nhập</a></div>
 </div>
</div>
<div class="header">
 <div class="top w960 center">
  <div class="title"><h1><a href="/"><img src="/templets/default/images/logo.png" height="54" width="216" alt="{NAME}" />{NAME}</a></h1></div>
  <div class="banner"><marquee scrollamount="3">{esc(SLOGANS[0])} &nbsp;&nbsp;&nbsp; {esc(SLOGANS[1])}</marquee></div>
 </div>
 <div class="module blue mT10 wrapper w963">
  <div id="navMenu">
   <ul>
    <li><a href="/"><span>Trang chủ</span></a></li>
    <li><a href="{ABOUT}" rel="dropmenu1"><span>Giới thiệu</span></a></li>
    <li><a href="{NEWS}" rel="dropmenu2"><span>Tin tức</span></a></li>
    <li><a href="{DOCS}"><span>Văn bản</span></a></li>
    <li><a href="{GALLERY}"><span>Thư viện ảnh</span></a></li>
    <li><a href="{CONTACT}"><span>Liên hệ</span></a></li>
   </ul>
  </div>
  <div class="search">
   <form name="formsearch" action="/plus/search.php"><input type="hidden" name="kwtype" value="0" />
    <input name="q" type="text" class="search-keyword" id="search-keyword" value="Nhập từ khóa..." />
    <button type="submit" class="search-submit">Tìm kiếm</button></form>
   <div class="tags"><h4>Từ khóa nóng:</h4><ul><li><a href="{SEARCH}">ocop</a></li></ul></div>
  </div>
 </div>
</div>
<div class="w960 center clear mt1">
 <div class="pleft">
  <div class="place"><strong>Vị trí hiện tại:</strong> <a href="/">Trang chủ</a> &gt; {crumbs}</div>
{main}
 </div>
 <div class="pright">
  <div class="commend mt1"><dl class="tbox light"><dt class="light"><strong>{SIDE[0]}</strong></dt><dd class="light"><ul class="d4">{hot}</ul></dd></dl></div>
  <div class="hot mt1"><dl class="tbox light"><dt class="light"><strong>{SIDE[1]}</strong></dt><dd class="light"><ul class="c1 ico2">{docs}</ul></dd></dl></div>
{side}
  <div class="vote mt1"><dl class="tbox light"><dt class="light"><strong>{SIDE[2]}</strong></dt><dd class="light">
   <form name="voteform" method="post" action="/plus/vote.php"><p>{esc(POLL_Q)}</p><ul>{polls}</ul>
   <button type="button">Bình chọn</button> <button type="button">Xem kết quả</button></form></dd></dl></div>
  <div class="weather mt1"><dl class="tbox light"><dt class="light"><strong>{SIDE[3]}</strong></dt><dd class="light"><p>14°C</p><p>{SIDE[4]}</p><p>{SIDE[5]}</p></dd></dl></div>
  <div class="video mt1"><dl class="tbox light"><dt class="light"><strong>{SIDE[11]}</strong></dt><dd class="light"><img src="/templets/default/images/video.png" alt="" /></dd></dl></div>
  <div class="counter mt1"><dl class="tbox light"><dt class="light"><strong>{SIDE[6]}</strong></dt><dd class="light"><p>{SIDE[7]}</p><p>{SIDE[8]}</p><p>{SIDE[9]}</p></dd></dl></div>
  <div class="links mt1"><dl class="tbox light"><dt class="light"><strong>{SIDE[10]}</strong></dt><dd class="light"><ul>
   <li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>
   <li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></dd></dl></div>
 </div>
</div>
<div class="footer w960 center mt1 clear">
 <div class="footer_left"></div>
 <div class="footer_body">
  <p class="powered">{"<br />".join(esc(x) for x in FOOTER)}</p>
  <p><a href="#top">Lên đầu trang</a></p>
 </div>
 <div class="footer_right"></div>
</div>
</body>
</html>
"""


def detail(a: Article, prev: Article | None, nxt: Article | None, related: list[Article]) -> str:
    o = a.opts
    col = o.get("col", "tintuc")
    cname = "Văn bản" if col == "vanban" else "Tin tức"
    upd = f' Cập nhật: {o["updated"]}' if o.get("updated") else ""
    info = (f'<div class="info"><small>Thời gian:</small> {a.date:%Y-%m-%d %H:%M}{upd} &nbsp; <small>Nguồn:</small> '
            f'{esc(o["source"])} &nbsp; <small>Tác giả:</small> {esc(o["writer"])} &nbsp; <small>Lượt xem:</small> '
            f'<script src="/plus/count.php?view=yes&amp;aid={aid(a)}&amp;mid=1" type="text/javascript" '
            f'language="javascript"></script>'
            f'<small> [<a href="javascript:ChangeFontSize(16)">Phóng to</a> <a href="javascript:ChangeFontSize(12)">'
            f'Thu nhỏ</a>]</small></div>')
    body = render(a)
    files = "".join(f'<p class="down"><strong>Tải về:</strong> <a href="{f["path"]}">{esc(f["text"])}</a></p>'
                    for f in a.attachments)
    pv = f'<a href="{prev.path}">{esc(prev.title)}</a>' if prev else "Không có"
    nx = f'<a href="{nxt.path}">{esc(nxt.title)}</a>' if nxt else "Không có"
    rel = "".join(f'<li><a href="{r.path}">{esc(r.title)}</a><span>{r.date:%Y-%m-%d}</span></li>' for r in related)
    main = f"""  <div class="viewbox">
   <div class="article">
    <div class="title"><h2>{esc(a.title)}</h2></div>
    {info}
    <div class="intro">{esc(a.summary())}</div>
    <div class="content">
{body}
    </div>
    {files}
    <div class="boxoff"><strong>------分隔线----------------------------</strong></div>
    <div class="handle">
     <div class="context"><ul><li>Bài trước: {pv}</li><li>Bài sau: {nx}</li></ul></div>
     <div class="actbox"><ul><li id="act-pus"><a href="javascript:window.print()">In bài</a></li>
      <li id="act-cls"><a href="javascript:window.close()">Đóng cửa sổ</a></li></ul></div>
    </div>
   </div>
  </div>
  <div class="xiangguan mt1"><dl class="tbox"><dt><strong>Tin liên quan</strong></dt><dd><ul class="e9">{rel}</ul></dd></dl></div>"""
    crumbs = f'<a href="/a/{col}/">{cname}</a> &gt;'
    return main, crumbs, cname


def listing_row(a: Article) -> str:
    first = img(a.date, 1) if a.first_image() else "/templets/default/images/defaultpic.png"
    return (f'<li><a href="{a.path}" class="preview"><img src="{first}" alt="" /></a>'
            f'<a href="{a.path}" class="title">{esc(a.title)}</a>'
            f'<span class="info"><small>Ngày:</small>{a.date:%Y-%m-%d} <small>Lượt xem:</small>'
            f'{a.opts["views"]}</span><p class="intro">{esc(a.summary())}</p></li>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lang-son", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    side = ""
    for i, a in enumerate(arts):
        newer = arts[i - 1] if i > 0 else None
        older = arts[i + 1] if i + 1 < len(arts) else None
        related = [r for r in arts if r is not a][i % 3:i % 3 + 3]
        main, crumbs, cname = detail(a, older, newer, related)
        page = layout(f"{a.title}_{cname}_{NAME}", crumbs, main, side, arts,
                      keywords="hợp tác xã, OCOP, Lạng Sơn", description=a.summary())
        site.page(a.path, page, content_type=HTML)
        alias = f"/plus/view.php?aid={aid(a)}"
        site.same_page(alias, a.path)
        a.aliases = [alias]
        site.add_article(a)
    site.static("/plus/count.php", "document.write('1');\n")
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH HO TRO PHAT TRIEN KTTT, HTX NAM 2025",
                                                         "Lien minh HTX tinh Lang Son", "So: 12/KH-LMHTX"]))
    site.trap("every article also answers at /plus/view.php?aid=N (the same page, DedeCMS's dynamic view): an "
              "alias, not a second article", f"/plus/view.php?aid={aid(arts[0])}")
    site.trap("the only <h1> is the logo (the site's name); the title is div.article div.title h2; <title> is "
              "'Title_Tin tức_Liên minh Hợp tác xã tỉnh Lạng Sơn'; the view counter is a <script src=/plus/count.php>",
              arts[0].path)
    site.trap("under every article 'Bài trước: <title> / Bài sau: <title>' links and a 'Tin liên quan' box of three "
              "titles with yyyy-mm-dd dates: not part of the text", arts[1].path)

    # column listings: /a/tintuc/ (= list_1_1.html), /a/tintuc/list_1_2.html
    def column(path: str, tid: int, name: str, items: list[Article]) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        total = len(chunks)
        for n, chunk in enumerate(chunks, 1):
            here = path if n == 1 else f"{path}list_{tid}_{n}.html"

            def link(k: int, tid: int = tid) -> str:
                return f"list_{tid}_{k}.html"
            pages = ['<li><a href="list_%d_1.html">Trang đầu</a></li>' % tid]
            if n > 1:
                pages.append(f'<li><a href="{link(n - 1)}">Trang trước</a></li>')
            pages += [f'<li class="thisclass">{k}</li>' if k == n else f'<li><a href="{link(k)}">{k}</a></li>'
                      for k in range(1, total + 1)]
            if n < total:
                pages.append(f'<li><a href="{link(n + 1)}">Trang sau</a></li>')
            pages.append(f'<li><a href="{link(total)}">Trang cuối</a></li>')
            pages.append(f'<li><span class="pageinfo">Tổng <strong>{total}</strong> trang <strong>{len(items)}'
                         f'</strong> bài</span></li>')
            main = (f'<div class="listbox"><ul class="e2">{"".join(listing_row(a) for a in chunk)}</ul></div>'
                    f'<div class="dede_pages"><ul class="pagelist">{"".join(pages)}</ul></div>')
            site.page(here, layout(f"{name}_{NAME}" if n == 1 else f"{name}_Trang {n}_{NAME}",
                                   f'<a href="{path}">{name}</a> &gt;', main, "", arts), content_type=HTML)
            site.non_articles.append(here)
        site.same_page(f"{path}list_{tid}_1.html", path)
        site.non_articles.append(f"{path}list_{tid}_1.html")

    news = [a for a in arts if "/tintuc/" in a.path]
    docs = [a for a in arts if "/vanban/" in a.path]
    column(NEWS, 1, "Tin tức", news)
    column(DOCS, 2, "Văn bản", docs)
    site.trap("column listing /a/tintuc/ pages by list_1_2.html (DedeCMS pagelist 'Trang đầu … Trang cuối', "
              "'Tổng 2 trang 7 bài'); list_1_1.html is the same page as /a/tintuc/", NEWS + "list_1_2.html")

    # home
    focus = arts[0]
    home = (f'<div class="focus"><a href="{focus.path}"><img src="{img(focus.date, 1)}" alt="" /></a>'
            f'<h3><a href="{focus.path}">{esc(focus.title)}</a></h3><p>{esc(focus.summary())}</p></div>'
            f'<dl class="tbox"><dt><strong>Tin mới</strong><span class="more"><a href="{NEWS}">Xem thêm</a></span></dt>'
            f'<dd><ul class="d1 ico3">'
            + "".join(f'<li><span>{a.date:%m-%d}</span><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts)
            + f'</ul></dd></dl>')
    site.page("/", layout(NAME, "", home, "", arts), content_type=HTML)

    about = [
        "Liên minh Hợp tác xã tỉnh Lạng Sơn là tổ chức chính trị - xã hội và kinh tế, có chức năng đại diện, bảo vệ "
        "quyền và lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
        "Liên minh thực hiện tuyên truyền, tư vấn thành lập hợp tác xã; đào tạo, bồi dưỡng nguồn nhân lực; hỗ trợ "
        "xúc tiến thương mại, ứng dụng khoa học công nghệ và tiếp cận vốn qua Quỹ hỗ trợ phát triển hợp tác xã tỉnh.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Thi đua, Ban Hỗ trợ phát triển hợp tác xã "
        "và Quỹ hỗ trợ phát triển hợp tác xã, làm việc tại trụ sở số 2 đường Hùng Vương."]
    pages = {
        ABOUT: ("Giới thiệu", '<div class="viewbox"><div class="title"><h2>Giới thiệu chung</h2></div><div class="content">'
                + "".join(f"<p>{esc(p)}</p>" for p in about) + "</div></div>"),
        CONTACT: ("Liên hệ", f'<div class="viewbox"><div class="title"><h2>Liên hệ</h2></div><div class="content">'
                  f'<p>{NAME}</p><p>Giờ làm việc: Sáng 7h30 - 11h30, chiều 13h30 - 17h00 các ngày làm việc</p>'
                  '<form action="/plus/guestbook.php" method="post"><input name="uname" /><textarea name="msg"></textarea>'
                  '<button type="submit">Gửi</button></form></div></div>'),
        GALLERY: ("Thư viện ảnh", '<div class="listbox"><ul class="e7">'
                  + "".join(f'<li><a href="{a.path}"><img src="{img(a.date, 1)}" alt="" /></a>'
                            f'<a href="{a.path}" class="title">{esc(a.title)}</a></li>' for a in arts if a.first_image())
                  + "</ul></div>"),
    }
    for path, (title, main) in pages.items():
        site.page(path, layout(f"{title}_{NAME}", f'<a href="{path}">{title}</a> &gt;', main, "", arts),
                  content_type=HTML)
    tagged = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page(SEARCH, layout(f"Kết quả tìm kiếm: ocop_{NAME}", "Tìm kiếm &gt;",
                             f'<div class="listbox"><p>Tìm thấy <strong>{len(tagged)}</strong> kết quả cho "ocop"</p>'
                             f'<ul class="e2">{"".join(listing_row(a) for a in tagged)}</ul></div>', "", arts),
              content_type=HTML)
    site.page(LOGIN, layout(f"Đăng nhập thành viên_{NAME}", "Thành viên &gt;",
                            '<div class="viewbox"><div class="title"><h2>Đăng nhập thành viên</h2></div>'
                            '<form method="post" action="/member/index_do.php"><input type="hidden" name="fmdo" '
                            'value="login" /><p>Tên đăng nhập: <input name="userid" /></p><p>Mật khẩu: <input '
                            'type="password" name="pwd" /></p><button type="submit">Đăng nhập</button></form></div>',
                            "", arts), content_type=HTML)
    site.trap("single page /a/gioithieu/ (same div.title h2 + div.content, three long paragraphs, no info line): "
              "not an article; contact, gallery list, search /plus/search.php?keyword=ocop and /member/login.php "
              "likewise", ABOUT)
    site.non_articles += ["/", ABOUT, CONTACT, GALLERY, SEARCH, LOGIN]
    site.static("/robots.txt", "User-agent: *\nDisallow: /dede/\nDisallow: /member/templets/\n")
    return site
