"""Site `lmhtx-quangnam` (registry family `generic`): a provincial e-portal of the VNPT/Viettel kind
(ASP.NET, table layout), built as a held-out test: no family module, no selectors.

Articles are `/tin-tuc/chi-tiet?id=<n>&cat=<n>` (query string, no slug); the home page links two of
them by the portal's older address `/Default.aspx?tabid=120&ItemID=<n>`, the same page without
rel=canonical (an alias). The title is a `div.title_news` (no heading), the date line sits BELOW
it ("Thứ tư, 20/03/2024 - 14:05"), the lead is bold italic, the body a table cell, photos and
captions a two-row table, the author a right-aligned bold line closing the body; then "Số lần đọc:
315" and "Các tin khác": the ten next items, dates in parentheses. Two articles were posted by an
older module of the same mixed-locale server: "Ngày đăng: 3/7/2024 2:15:00 PM" (en-US, month
first) while the listing prints "07/03/2024"; one of them is ambiguous on the page alone (both
numbers under 13). Listings page with a `<select>` of page numbers plus a "Trang sau" link. A
document is posted as a body of two lines ("Số: …" and "Xem chi tiết văn bản tại file đính kèm")
with its PDF. `<title>` is the site's name FIRST, then the article's.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-quangnam"
NAME = "Liên minh Hợp tác xã tỉnh Quảng Nam"
SHORT = "LMHTX Quảng Nam"
HTML = "text/html; charset=utf-8"
CAT = 12
DOC_CAT = 14
PER_PAGE = 4
ABOUT = "/gioi-thieu/chi-tiet?id=12&cat=2"
CONTACT = "/Default.aspx?tabid=160"
GALLERY = "/thu-vien-anh?cat=30"
SEARCH = "/tim-kiem?keyword=ocop"
STUB = "/tin-tuc/chi-tiet?id=4490&cat=12"
PDF_PATH = "/Uploads/VanBan/2024/21-KH-LMHTX.pdf"

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Nhiệt liệt chào mừng Đại hội đại biểu Liên minh Hợp tác xã tỉnh Quảng Nam lần thứ VI, nhiệm kỳ 2025 - 2030",
           "Đổi mới, liên kết, phát triển hợp tác xã bền vững"]
SIDE = ["Tin tiêu điểm", "Văn bản mới", "Thời tiết Tam Kỳ", "Nắng nóng, chiều tối có mưa dông vài nơi", "Độ ẩm: 71%",
        "Lượt truy cập", "Đang truy cập: 15", "Số lượt truy cập: 2.345.678", "Liên kết website"]
POLL_Q = "Bạn tìm thông tin gì trên Cổng thông tin của Liên minh HTX tỉnh?"
POLL_A = ("Chính sách hỗ trợ HTX", "Sản phẩm OCOP của HTX", "Hoạt động của Liên minh", "Thông tin khác")
RATING = "Đánh giá: Chưa có đánh giá nào"
FOOTER = ["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH QUẢNG NAM",
          "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Quảng Nam",
          "Chịu trách nhiệm nội dung: Bà Trần Thị Kim Oanh - Phó Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 27/GP-STTTT ngày 11/5/2019 của Sở Thông tin và Truyền thông tỉnh Quảng Nam",
          "Địa chỉ: 02 Trần Phú, thành phố Tam Kỳ, tỉnh Quảng Nam - ĐT: 0235.3852.417",
          "Thiết kế và phát triển bởi VNPT Quảng Nam"]
LABELS = ["Các tin khác", "Số lần đọc", "In bài", "Gửi bài viết", "Về đầu trang", "Tăng tương phản", "Giảm tương phản",
          "Bình chọn", "Kết quả"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, POLL_Q, *POLL_A, RATING, *FOOTER, *LABELS]


def path_of(n: int, cat: int = CAT) -> str:
    return f"/tin-tuc/chi-tiet?id={n}&cat={cat}"


def alias_of(n: int) -> str:
    return f"/Default.aspx?tabid=120&ItemID={n}"


def listing(cat: int, page: int = 1) -> str:
    return f"/tin-tuc/danh-sach?cat={cat}" + (f"&page={page}" if page > 1 else "")


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=path_of(4610), title="HTX nông sản Đại Lộc bán hàng trên sàn thương mại điện tử",
          date=datetime(2024, 8, 8, 8, 20),
          lead="Từ một HTX chỉ bán hàng tại chợ huyện, HTX Nông nghiệp Đại Hồng nay có gần một nửa doanh thu từ các sàn thương mại điện tử.",
          body="""
Được Liên minh HTX tỉnh hỗ trợ đào tạo kỹ năng bán hàng trực tuyến, HTX mở gian hàng trên ba sàn thương mại điện tử và một trang bán hàng riêng.
Các sản phẩm chủ lực là gạo hữu cơ, nấm linh chi và mật ong; mỗi tháng HTX nhận trung bình 1.200 đơn hàng.
[img dai-loc-tmdt.png] Thành viên HTX đóng gói đơn hàng gửi đi các tỉnh
Doanh thu 7 tháng năm 2024 của HTX đạt 2,1 tỷ đồng, tăng 35% so với cùng kỳ.
""",
          byline="Hoài Nhân", author="Hoài Nhân", **dated(datetime(2024, 8, 8, 8, 20))),
        A(path=path_of(4588), title="Sơ kết 6 tháng đầu năm 2024 khu vực kinh tế tập thể tỉnh Quảng Nam",
          date=datetime(2024, 6, 27, 16, 10),
          lead="6 tháng đầu năm 2024, toàn tỉnh thành lập mới 22 HTX, nâng tổng số lên 594 HTX với trên 103.000 thành viên.",
          body="""
Chiều 26/6, Liên minh HTX tỉnh tổ chức hội nghị sơ kết 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2024.
Doanh thu bình quân của HTX đạt 2,9 tỷ đồng; 117 HTX có sản phẩm OCOP, trong đó 9 sản phẩm đạt 4 sao.
Nhiệm vụ 6 tháng cuối năm:
- Hoàn thành việc hướng dẫn HTX chuyển đổi theo Luật Hợp tác xã năm 2023;
- Giải ngân 6 tỷ đồng vốn Quỹ hỗ trợ phát triển HTX cho các dự án;
- Xây dựng 5 mô hình HTX ứng dụng công nghệ cao ở các huyện miền núi.
""",
          byline="Thanh Tâm", author="Thanh Tâm", **dated(datetime(2024, 6, 27, 16, 10)),
          notes=["'- ' paragraphs after a plain paragraph ending with a colon (no <ul>, no heading)"]),
        A(path=path_of(4560), title="HTX dược liệu Trà Linh mở rộng vùng trồng sâm Ngọc Linh",
          date=datetime(2024, 5, 14, 9, 30),
          body="""
HTX Dược liệu Trà Linh (huyện Nam Trà My) vừa mở rộng thêm 12 ha vùng trồng sâm Ngọc Linh dưới tán rừng, nâng tổng diện tích lên 46 ha.
HTX liên kết với 138 hộ đồng bào Xơ Đăng; thành viên được cấp giống có nguồn gốc, hướng dẫn kỹ thuật và được HTX bao tiêu sản phẩm.
[img sam-tra-linh.png] Vườn sâm Ngọc Linh dưới tán rừng của HTX
[img sam-giong.png] Cán bộ kỹ thuật kiểm tra cây sâm giống trong vườn ươm
Năm 2023, HTX có doanh thu trên 16 tỷ đồng, thu nhập bình quân của thành viên đạt 9 triệu đồng/tháng.
""",
          byline="Hoài Nhân", author="Hoài Nhân", **dated(datetime(2024, 5, 14, 9, 30)),
          notes=["photos and captions in a two-row table (img row, caption row) inside the body cell"]),
        A(path=path_of(4521), title="Liên minh HTX tỉnh ký kết chương trình phối hợp với Hội Nông dân tỉnh",
          date=datetime(2024, 3, 20, 14, 5), aliases=[alias_of(4521)],
          lead="Liên minh HTX tỉnh và Hội Nông dân tỉnh Quảng Nam ký kết chương trình phối hợp giai đoạn 2024 - 2028 nhằm hỗ trợ nông dân tham gia HTX.",
          body="""
Theo chương trình, hai bên phối hợp tuyên truyền Luật Hợp tác xã năm 2023, vận động hộ nông dân sản xuất giỏi liên kết thành lập tổ hợp tác, HTX.
Hàng năm, mỗi bên giới thiệu ít nhất 10 dự án của HTX, tổ hợp tác để vay vốn từ Quỹ hỗ trợ phát triển HTX và Quỹ hỗ trợ nông dân.
[img ky-ket-hnd.png] Lãnh đạo hai đơn vị ký kết chương trình phối hợp
""",
          byline="Thanh Tâm", author="Thanh Tâm", **dated(datetime(2024, 3, 20, 14, 5)),
          notes=["title a div.title_news (no heading); date line BELOW it 'Thứ tư, 20/03/2024 - 14:05'; lead bold italic; "
                 "body in a table cell; author a right-aligned bold line; the home page links it as "
                 "/Default.aspx?tabid=120&ItemID=4521 (same page, no rel=canonical): an alias"]),
        A(path=path_of(4533, DOC_CAT), title="Kế hoạch tổ chức Hội chợ sản phẩm HTX tỉnh Quảng Nam năm 2024",
          date=datetime(2024, 4, 2, 8, 15),
          body="""
Số: 21/KH-LMHTX ngày 01/4/2024 của Liên minh Hợp tác xã tỉnh Quảng Nam
Xem chi tiết văn bản tại file đính kèm
""",
          author=None, doc_number="21/KH-LMHTX", attachments=[{"path": PDF_PATH, "text": "21-KH-LMHTX.pdf"}],
          **dated(datetime(2024, 4, 2, 8, 15)),
          notes=["document posting: the whole body is the number line 'Số: 21/KH-LMHTX ngày 01/4/2024 …' (the "
                 "document's date, not the posting date 02/04/2024 08:15) and 'Xem chi tiết văn bản tại file đính kèm'; "
                 "the PDF under 'File đính kèm:'; no author"]),
        A(path=path_of(4502), title="HTX du lịch cộng đồng Cẩm Thanh đón khách trở lại mùa cao điểm",
          date=datetime(2024, 3, 7, 14, 15), aliases=[alias_of(4502)],
          body="""
HTX Dịch vụ du lịch cộng đồng Cẩm Thanh (TP Hội An) đón hơn 18.000 lượt khách trong hai tháng đầu năm 2024, tăng gần gấp đôi cùng kỳ.
HTX có 64 thành viên tham gia các dịch vụ chèo thuyền thúng, trải nghiệm làm nông dân, ngư dân và ẩm thực địa phương.
[img cam-thanh.png] Du khách trải nghiệm thuyền thúng trong rừng dừa Bảy Mẫu
""",
          byline="Ngọc Ánh", author="Ngọc Ánh", **dated(datetime(2024, 3, 7, 14, 15)),
          notes=["date line of the older module, en-US culture: 'Ngày đăng: 3/7/2024 2:15:00 PM' (month first, "
                 "ambiguous on the page alone) while the listing prints (07/03/2024): 7 March 2024, 14:15; the home "
                 "page links it as /Default.aspx?tabid=120&ItemID=4502"]),
        A(path=path_of(4478), title="Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 8,5 tỷ đồng cho 17 dự án",
          date=datetime(2024, 1, 23, 15, 0),
          body="""
Năm 2023, Quỹ hỗ trợ phát triển HTX tỉnh Quảng Nam giải ngân 8,5 tỷ đồng cho 17 dự án của HTX, tổ hợp tác, với lãi suất ưu đãi 0,5%/tháng.
Các dự án chủ yếu đầu tư máy móc chế biến nông sản, nhà màng trồng rau và phương tiện vận chuyển hàng hóa.
Tỷ lệ nợ quá hạn của Quỹ duy trì dưới 1%, các HTX vay vốn đều trả nợ đúng hạn.
Nguồn: Báo Quảng Nam
""",
          author=None, **dated(datetime(2024, 1, 23, 15, 0)),
          notes=["last line 'Nguồn: Báo Quảng Nam' (a source, not a person): part of the text, author null"]),
        A(path=path_of(4455), title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
          date=datetime(2023, 12, 19, 10, 40),
          body="""
Sáng 18/12, Liên minh HTX tỉnh Quảng Nam tổ chức hội nghị tổng kết công tác năm 2023 và triển khai nhiệm vụ năm 2024.
Năm 2023, Liên minh tổ chức 24 lớp bồi dưỡng cho 1.450 lượt cán bộ HTX, hỗ trợ 38 HTX tham gia hội chợ trong và ngoài tỉnh.
[img tong-ket-2023-qn.png] Quang cảnh hội nghị tổng kết
""",
          byline="Thanh Tâm", author="Thanh Tâm", **dated(datetime(2023, 12, 19, 10, 40))),
        A(path=path_of(4410), title="HTX mây tre đan Cẩm Kim giữ nghề truyền thống",
          date=datetime(2023, 10, 24, 9, 5),
          body="""
Giữa lúc nhiều làng nghề mai một, HTX Mây tre đan Cẩm Kim vẫn duy trì việc làm cho 45 lao động, phần lớn là phụ nữ lớn tuổi.
HTX nhận đơn hàng đèn lồng, giỏ và khay mây tre cho các khách sạn, nhà hàng ở Hội An, Đà Nẵng; một số mẫu đã xuất khẩu sang Nhật Bản.
[img may-tre-cam-kim.png] Thợ của HTX đan giỏ mây tại xưởng
""",
          byline="Ngọc Ánh", author="Ngọc Ánh", **dated(datetime(2023, 10, 24, 9, 5)),
          notes=["date line of the older module, en-US culture: 'Ngày đăng: 10/24/2023 9:05:00 AM' (month first); the "
                 "listing prints (24/10/2023)"]),
        A(path=path_of(4380), title="HTX nước mắm Cửa Khe đạt chứng nhận OCOP 4 sao",
          date=datetime(2023, 9, 12, 7, 45),
          body="""
Sản phẩm nước mắm cá cơm truyền thống của HTX Nước mắm Cửa Khe (huyện Thăng Bình) vừa được UBND tỉnh công nhận đạt OCOP 4 sao.
Nước mắm được ủ chượp trong thùng gỗ từ 12 đến 18 tháng, không dùng chất bảo quản; mỗi năm HTX sản xuất khoảng 60.000 lít.
[img nuoc-mam-cua-khe.png] Thành viên HTX kiểm tra thùng ủ chượp
""",
          byline="Hoài Nhân", author="Hoài Nhân", **dated(datetime(2023, 9, 12, 7, 45))),
    ]


US_MODULE = {4502, 4410}  # posted by the older module: en-US date line


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/Uploads/Images/TinTuc/2024/{src}"


def item_id(a: Article) -> int:
    return int(a.path.split("id=")[1].split("&")[0])


def us_time(d: datetime) -> str:
    hour = d.hour % 12 or 12
    return f"{d.month}/{d.day}/{d.year} {hour}:{d.minute:02d}:{d.second:02d} {'AM' if d.hour < 12 else 'PM'}"


def date_line(a: Article) -> str:
    if item_id(a) in US_MODULE:
        return f"Ngày đăng: {us_time(a.date)}"
    return f"{weekday(a.date, lower=True)}, {a.date:%d/%m/%Y - %H:%M}"


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "ul":
            parts.append("".join(f'<p style="text-align: justify;">- {inline_html(i)}</p>' for i in b.items))
        elif b.kind == "img":
            parts.append('<table class="tblImage" align="center" border="0" cellpadding="3" cellspacing="0" width="500">'
                         f'<tbody><tr><td><img src="{img(b.src)}" alt="{attr(b.text)}" width="500"></td></tr>'
                         f'<tr><td class="Image-caption" style="text-align: center;"><em>{inline_html(b.text)}</em></td></tr>'
                         "</tbody></table>")
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def layout(title: str, main: str, hot: list[Article]) -> str:
    menu = "".join(f'<td class="menu_item"><a href="{h}">{t}</a></td>' for h, t in
                   [("/", "TRANG CHỦ"), (ABOUT, "GIỚI THIỆU"), (listing(CAT), "TIN HOẠT ĐỘNG"),
                    (listing(DOC_CAT), "VĂN BẢN"), (GALLERY, "THƯ VIỆN ẢNH"), (CONTACT, "LIÊN HỆ")])
    hot_li = "".join(f'<tr><td class="hot_item">» <a href="{a.path}">{esc(a.title)}</a></td></tr>' for a in hot)
    poll = "".join(f'<tr><td><input type="radio" name="rdoPoll" value="{i}"> {esc(o)}</td></tr>'
                   for i, o in enumerate(POLL_A, 1))
    footer = "<br>".join(esc(x) for x in FOOTER)
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head><meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{SHORT} | {esc(title)}</title>
<link href="/Portals/_default/portal.css" type="text/css" rel="stylesheet">
</head>
<body>
<form name="Form" method="post" action="/Default.aspx" id="Form">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="/wEPDwUKMTY1NDU2MTA1MmRk">
<table width="1000" border="0" cellpadding="0" cellspacing="0" align="center" class="main_table">
<tr><td class="top_bar"><span class="ngay">{TODAY}</span> &nbsp; <span class="tool">Cỡ chữ: <a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A+</a> | <a href="javascript:void(0)">Tăng tương phản</a> | <a href="javascript:void(0)">Giảm tương phản</a></span></td></tr>
<tr><td class="banner"><img src="/Portals/0/banner-lmhtx-qnam.png" alt="{NAME}" width="1000"></td></tr>
<tr><td class="marquee"><marquee scrollamount="3">{esc(SLOGANS[0])} &nbsp;&nbsp;&nbsp; {esc(SLOGANS[1])}</marquee></td></tr>
<tr><td><table width="100%" class="menu"><tr>{menu}</tr></table></td></tr>
<tr><td><table width="100%" border="0" cellpadding="0" cellspacing="0"><tr>
<td width="700" valign="top" class="ContentPane">
{main}
</td>
<td width="300" valign="top" class="RightPane">
<table width="100%" class="box"><tr><td class="box_title">{SIDE[0]}</td></tr>{hot_li}</table>
<table width="100%" class="box"><tr><td class="box_title">{SIDE[1]}</td></tr><tr><td>» <a href="{PDF_PATH}">Kế hoạch số 21/KH-LMHTX</a></td></tr></table>
<table width="100%" class="box"><tr><td class="box_title">{SIDE[2]}</td></tr><tr><td>33°C</td></tr><tr><td>{SIDE[3]}</td></tr><tr><td>{SIDE[4]}</td></tr></table>
<table width="100%" class="box"><tr><td class="box_title">Thăm dò ý kiến</td></tr><tr><td>{esc(POLL_Q)}</td></tr>{poll}<tr><td><button type="button">Bình chọn</button> <a href="javascript:void(0)">Kết quả</a></td></tr></table>
<table width="100%" class="box"><tr><td class="box_title">{SIDE[5]}</td></tr><tr><td>{SIDE[6]}</td></tr><tr><td>{SIDE[7]}</td></tr></table>
<table width="100%" class="box"><tr><td class="box_title">{SIDE[8]}</td></tr><tr><td><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a><br><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></td></tr></table>
</td></tr></table></td></tr>
<tr><td class="footer">{footer}<br><a href="#">Về đầu trang</a></td></tr>
</table>
</form>
<script type="text/javascript" src="/js/dnncore.js"></script>
</body>
</html>
"""


def detail(a: Article, others: list[Article], cat_name: str, cat: int) -> str:
    lead = f'<div class="lead_news"><b><i>{inline_html(a.lead)}</i></b></div>\n' if a.lead else ""
    att = (f'<div class="file_news">File đính kèm: <a href="{a.attachments[0]["path"]}">{esc(a.attachments[0]["text"])}</a></div>\n'
           if a.attachments else "")
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> ({o.date:%d/%m/%Y})</li>' for o in others[:10])
    return f"""<table width="100%" class="module"><tr><td class="module_title"><a href="{listing(cat)}">{cat_name}</a></td></tr>
<tr><td class="module_content">
<div class="title_news">{esc(a.title)}</div>
<div class="date_news">{date_line(a)}</div>
{lead}<table width="100%" class="tblNoiDung" border="0"><tr><td class="NoiDung">
{render_body(a)}
</td></tr></table>
{att}<div class="tag_news">Từ khóa: <a href="{SEARCH}">OCOP</a>, <a href="{SEARCH}">hợp tác xã</a></div>
<div class="view_news">Số lần đọc: {300 + item_id(a) % 97}</div>
<div class="tool_news"><a href="javascript:window.print()">In bài</a> | <a href="javascript:void(0)">Gửi bài viết</a></div>
<div class="rate_news">{RATING}</div>
<div class="other_news"><div class="other_title">Các tin khác</div><ul>{rel}</ul></div>
</td></tr></table>"""


def list_row(a: Article) -> str:
    pic = a.first_image()
    return ('<tr><td class="list_item">' + (f'<a href="{a.path}"><img src="{img(pic)}" width="120" align="left" alt=""></a>' if pic else "")
            + f'<a class="list_title" href="{a.path}">{esc(a.title)}</a> <span class="list_date">({a.date:%d/%m/%Y})</span>'
            f'<div class="list_sum">{esc(a.summary())}</div></td></tr>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-nam", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    stub = Article(path=STUB, title="Ảnh: Ngày hội sản phẩm HTX Tam Kỳ xuân Giáp Thìn",
                   date=datetime(2024, 2, 5, 7, 30), body="[img ngay-hoi-tam-ky.png] Gian hàng sản phẩm HTX tại ngày hội")
    news = sorted([a for a in arts if f"cat={CAT}" in a.path] + [stub], key=lambda a: a.date, reverse=True)
    docs = [a for a in arts if f"cat={DOC_CAT}" in a.path]
    everything = sorted(arts + [stub], key=lambda a: a.date, reverse=True)
    hot = arts[:5]

    for a in arts:
        site.add_article(a)
        cat, cat_name = (DOC_CAT, "VĂN BẢN") if a in docs else (CAT, "TIN HOẠT ĐỘNG")
        others = [o for o in everything if o is not a]
        site.page(a.path, layout(a.title, detail(a, others, cat_name, cat), hot), content_type=HTML)
        for alias in a.aliases:
            site.same_page(alias, a.path)
    site.trap("after the body: 'Số lần đọc: N', keywords, a rating line and 'Các tin khác' (ten links, dates in "
              "parentheses): not text", path_of(4610))
    site.binary(PDF_PATH, pdf("Kế hoạch số 21/KH-LMHTX", ["KE HOACH TO CHUC HOI CHO SAN PHAM HTX NAM 2024",
                                                        "Lien minh HTX tinh Quang Nam"]))

    stub_main = (f'<table width="100%" class="module"><tr><td class="module_title">TIN HOẠT ĐỘNG</td></tr><tr><td class="module_content">'
                 f'<div class="title_news">{esc(stub.title)}</div><div class="date_news">{date_line(stub)}</div>'
                 '<table width="100%" class="tblNoiDung"><tr><td class="NoiDung">'
                 f'<table class="tblImage" align="center"><tbody><tr><td><img src="{img("ngay-hoi-tam-ky.png")}" alt="" width="500"></td></tr>'
                 '<tr><td class="Image-caption" style="text-align: center;"><em>Gian hàng sản phẩm HTX tại ngày hội</em></td></tr>'
                 f'</tbody></table></td></tr></table><div class="view_news">Số lần đọc: 88</div></td></tr></table>')
    site.page(STUB, layout(stub.title, stub_main, hot), content_type=HTML)
    site.trap("caption-only stub in the article URL shape (title div, date line, one photo + caption table): not an article",
              STUB)

    def pages(cat: int, name: str, items: list[Article]) -> None:
        chunks = [items[i:i + PER_PAGE] for i in range(0, len(items), PER_PAGE)]
        for n, chunk in enumerate(chunks, 1):
            options = "".join(f'<option value="{listing(cat, i)}"' + (' selected="selected"' if i == n else "") + f">{i}</option>"
                              for i in range(1, len(chunks) + 1))
            nav = (f'<div class="pager">Trang: <select name="ddlPage" onchange="window.location.href=this.value">{options}</select>'
                   + (f' <a href="{listing(cat, n + 1)}">Trang sau</a>' if n < len(chunks) else "") + "</div>")
            main = (f'<table width="100%" class="module"><tr><td class="module_title">{name}</td></tr>'
                    + "".join(list_row(a) for a in chunk) + f"</table>{nav}")
            site.page(listing(cat, n), layout(name, main, hot), content_type=HTML)
        if len(chunks) > 1:
            site.same_page(f"/tin-tuc/danh-sach?cat={cat}&page=1", listing(cat))

    pages(CAT, "TIN HOẠT ĐỘNG", news)
    pages(DOC_CAT, "VĂN BẢN", docs)
    site.trap("listing /tin-tuc/danh-sach?cat=12&page=N: a <select> of page numbers (option values, no links) plus a "
              "'Trang sau' link; four items a page, dates day first '(07/03/2024)'", listing(CAT, 2))

    home_rows = "".join(list_row(a) for a in arts[:3])
    home = (f'<table width="100%" class="module"><tr><td class="module_title">TIN MỚI</td></tr>{home_rows}</table>'
            '<table width="100%" class="module"><tr><td class="module_title">TIN NỔI BẬT</td></tr>'
            + "".join(f'<tr><td>» <a href="{alias_of(item_id(a))}">{esc(a.title)}</a></td></tr>' for a in arts if a.aliases)
            + "</table>")
    site.page("/", layout("Trang chủ", home, hot), content_type=HTML)

    about = "".join(f'<p style="text-align: justify;">{esc(p)}</p>' for p in [
        "Liên minh Hợp tác xã tỉnh Quảng Nam được thành lập năm 1997 trên cơ sở tổ chức lại Liên hiệp Hợp tác xã tỉnh, là "
        "tổ chức chính trị - xã hội có tính kinh tế, đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trong tỉnh.",
        "Liên minh thực hiện chức năng tuyên truyền, vận động phát triển kinh tế tập thể; đại diện, bảo vệ quyền và lợi ích "
        "hợp pháp của thành viên; tư vấn, hỗ trợ đào tạo nguồn nhân lực, tiếp cận vốn, khoa học công nghệ và mở rộng thị trường.",
        "Bộ máy cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Hỗ trợ phát triển HTX và Quỹ hỗ trợ phát "
        "triển hợp tác xã tỉnh; Liên minh có 14 tổ chức thành viên là các liên hiệp hợp tác xã và hội nghề nghiệp.",
        "Với phương châm đồng hành cùng hợp tác xã, Liên minh luôn hướng về cơ sở, lắng nghe và giải quyết kịp thời những khó "
        "khăn của hợp tác xã, góp phần đưa kinh tế tập thể trở thành động lực phát triển kinh tế nông thôn của tỉnh."])
    about_main = ('<table width="100%" class="module"><tr><td class="module_title">GIỚI THIỆU</td></tr><tr><td class="module_content">'
                  '<div class="title_news">Chức năng, nhiệm vụ của Liên minh Hợp tác xã tỉnh</div>'
                  f'<table width="100%" class="tblNoiDung"><tr><td class="NoiDung">{about}</td></tr></table>'
                  '<div class="view_news">Số lần đọc: 1204</div></td></tr></table>')
    site.page(ABOUT, layout("Giới thiệu", about_main, hot), content_type=HTML)
    site.trap("introduction /gioi-thieu/chi-tiet?id=12&cat=2 in the article URL shape and template (title div, four long "
              "paragraphs, view count, no date): not an article", ABOUT)
    site.page(CONTACT, layout("Liên hệ", '<table width="100%" class="module"><tr><td class="module_title">LIÊN HỆ</td></tr>'
                              f'<tr><td>{NAME}<br>Họ tên: <input name="txtName"><br>Nội dung: <textarea name="txtBody"></textarea>'
                              '<br><input type="button" value="Gửi"></td></tr></table>', hot), content_type=HTML)
    album = "".join(f'<td><img src="{img(a.first_image())}" width="150" alt=""><br>{esc(a.title)}</td>'
                    for a in arts if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", '<table width="100%" class="module"><tr><td class="module_title">THƯ VIỆN ẢNH'
                              f"</td></tr><tr>{album}</tr></table>", hot), content_type=HTML)
    found = [a for a in arts if "OCOP" in a.title + a.body]
    site.page(SEARCH, layout("Tìm kiếm", '<table width="100%" class="module"><tr><td class="module_title">KẾT QUẢ TÌM KIẾM</td></tr>'
                             + "".join(list_row(a) for a in found) + "</table>", hot), content_type=HTML)
    site.non_articles += ["/", STUB, ABOUT, CONTACT, GALLERY, SEARCH]
    site.trap("home, contact (/Default.aspx?tabid=160, a form), gallery and search (/tim-kiem?keyword=ocop, query route, "
              "linked by every article's 'Từ khóa'): not articles", CONTACT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /Admin/\n")
    return site
