"""Site `lmhtx-thainguyen` (registry family `generic`): the Thái Nguyên cooperative alliance on a
**Kentico CMS (ASP.NET Web Forms)** portal, built blind as a held-out test: no family module, no
selectors.

Why it is hard: the whole page is one `<form id="form" method="post">` with `__VIEWSTATE`,
`__CMSCsrfToken` and `__doPostBack` script; menus are Kentico `ul.CMSListMenuUL` lists; the page is
made of web-part zones (`div.WebPartZone`) and the article itself is split over several editable
regions: the lead in one `div.EditableText`, the main photo in a `div.EditableImage` (its caption in
the next `div.EditableText`), the text in another `div.EditableText` — and the sidebar blurb
("Giới thiệu Liên minh") and the footer are `div.EditableText` regions too. The title is an `<h1>`
inside the article's zone, the date a `span.NewsDate` "Thứ Năm, 14/03/2024 | 08:30" beside a view
counter. Under the text a "Tin mới hơn / Tin cũ hơn" pager names the neighbouring articles (titles
and dates). Every article answers at three addresses: the Title-Case friendly URL
`/Tin-tuc/2024/03/Hop-Tac-Xa-...`, the same with `.aspx` (the pager and the related box use it)
and with `?lang=vi-VN` (the language switch); no rel=canonical. Month archives `/Tin-tuc/2024/03`
share the articles' URL prefix, the listing `/Tin-tuc` pages by `?page=2` (UniPager: "Trang đầu",
"Trước", numbers, "Sau", "Trang cuối"). A photo story is a column of `EditableImage` /
`EditableText` pairs. One article has an empty `span.NewsDate` (no release date filled in): the
lead says "Ngày 12/3" and the listing prints 12/03/2024.
"""

from __future__ import annotations

import base64
import hashlib
from datetime import datetime

from .core import TODAY_2024, Article, SiteBuild, attr, esc, inline_html, pdf, weekday

SITE = "lmhtx-thainguyen"
NAME = "Liên minh Hợp tác xã tỉnh Thái Nguyên"
HTML = "text/html; charset=utf-8"
NEWS = "/Tin-tuc"
DOCS = "/Van-ban"
PHOTOS = "/Thu-vien-anh"
ABOUT = "/Gioi-thieu"
CONTACT = "/Lien-he"
SEARCH = "/Tim-kiem?searchtext=ocop&searchmode=anyword"
LOGIN = "/CMSPages/logon.aspx?ReturnUrl=%2fTin-tuc"
PER = 5
PDF_PATH = "/getattachment/7d1e2c4a-93b5-4f0e-8a61-2b9c3e5d7f10/KH-12-LMHTX.pdf"

TODAY = f"{weekday(TODAY_2024)}, ngày {TODAY_2024:%d/%m/%Y}"
SLOGANS = ["Liên minh Hợp tác xã tỉnh Thái Nguyên - Đồng hành cùng hợp tác xã",
           "Nhiệt liệt chào mừng kỷ niệm 78 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2024)"]
SIDE = ["Giới thiệu Liên minh", "Liên minh Hợp tác xã tỉnh Thái Nguyên là tổ chức kinh tế - xã hội, đại diện và bảo vệ "
        "quyền lợi hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
        "Tin đọc nhiều", "Lưu trữ", "Thời tiết Thái Nguyên", "Có mây, ngày nắng, đêm không mưa", "Độ ẩm: 72%",
        "Thống kê truy cập", "Đang online: 9", "Hôm nay: 287", "Tổng lượt truy cập: 1.204.553",
        "Liên kết website"]
POLL_Q = "Bạn đánh giá thế nào về giao diện mới của cổng thông tin?"
POLL_A = ("Đẹp, dễ sử dụng", "Bình thường", "Khó tìm thông tin")
UI = ["Tin mới hơn", "Tin cũ hơn", "Tin liên quan", "Lượt xem:", "Gửi bình chọn", "Đăng nhập", "In trang",
      "Về đầu trang"]
FOOTER = ["TRANG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH THÁI NGUYÊN",
          "Trụ sở: Số 8 đường Nha Trang, phường Trưng Vương, thành phố Thái Nguyên, tỉnh Thái Nguyên",
          "Điện thoại: 0208.3855.692 - Fax: 0208.3856.070 - Email: lmhtx@thainguyen.gov.vn",
          "Chịu trách nhiệm chính: Ông Phạm Văn Sỹ - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 15/GP-TTĐT do Sở Thông tin và Truyền thông tỉnh Thái Nguyên cấp ngày 06/5/2021",
          "Khi phát hành lại thông tin từ trang này phải ghi rõ nguồn \"Liên minh HTX tỉnh Thái Nguyên\"",
          "Powered by Kentico CMS"]
BOILERPLATE = [TODAY, *SLOGANS, *SIDE, POLL_Q, *POLL_A, *UI, *FOOTER]


def slugify(title: str) -> str:
    """Kentico's friendly URL from the document name: Title-Case, ASCII, dashes."""
    import unicodedata
    t = title.replace("đ", "d").replace("Đ", "D")
    t = unicodedata.normalize("NFD", t).encode("ascii", "ignore").decode()
    words = "".join(c if c.isalnum() else " " for c in t).split()
    return "-".join(w[:1].upper() + w[1:] for w in words)


def post(folder: str, d: datetime, title: str, **kw) -> Article:
    a = Article(path=f"{folder}/{d:%Y}/{d:%m}/{slugify(title)}", title=title, date=d, **kw)
    a.opts.setdefault("cat", folder)
    a.opts["views"] = 100 + int(hashlib.md5(title.encode()).hexdigest()[:3], 16) % 900
    return a


def dated(d: datetime) -> dict:
    return dict(published=d.strftime("%Y-%m-%dT%H:%M:%S+07:00"), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    P = post
    return [
        P(NEWS, datetime(2024, 3, 14, 8, 30), "Hợp tác xã chè Hảo Đạt xuất khẩu lô chè xanh đầu tiên sang Trung Đông",
          lead="Sau hai năm chuẩn bị vùng nguyên liệu đạt chứng nhận hữu cơ, HTX chè Hảo Đạt (xã Tân Cương, thành phố Thái Nguyên) vừa xuất khẩu 12 tấn chè xanh sang thị trường Các Tiểu vương quốc Ả Rập Thống nhất.",
          body="""
[img che-hao-dat.png] Thành viên HTX chè Hảo Đạt đóng gói chè xanh xuất khẩu
HTX hiện có 35 thành viên, canh tác 20 ha chè theo tiêu chuẩn hữu cơ, trong đó 8 ha được tổ chức chứng nhận quốc tế cấp giấy chứng nhận hữu cơ của Liên minh châu Âu.
Bà Hoàng Thị Hảo, Giám đốc HTX, cho biết đối tác yêu cầu truy xuất nguồn gốc đến từng nương chè, nên HTX phải ghi nhật ký sản xuất điện tử cho mỗi hộ và dán mã QR trên từng bao sản phẩm.
Giá chè xuất khẩu cao hơn giá bán trong nước khoảng 30%, thu nhập bình quân của thành viên đạt 9 triệu đồng/người/tháng.
Năm 2024, HTX đặt mục tiêu xuất khẩu 40 tấn chè và mở rộng thêm 5 ha vùng nguyên liệu hữu cơ.
""",
          byline="Bài, ảnh: Ngọc Hà", author="Ngọc Hà", **dated(datetime(2024, 3, 14, 8, 30)),
          notes=["lead in one div.EditableText, the photo in a div.EditableImage with its caption in the next "
                 "div.EditableText, the text in a third one (the sidebar blurb and the footer are div.EditableText "
                 "too); 'Thứ Năm, 14/03/2024 | 08:30' in span.NewsDate beside 'Lượt xem:'; byline 'Bài, ảnh: Ngọc Hà' "
                 "last (right-aligned): part of the text, author Ngọc Hà",
                 "three addresses: the friendly URL, the same + '.aspx' (the 'Tin mới hơn / Tin cũ hơn' pager and "
                 "'Tin liên quan' use it) and + '?lang=vi-VN' (the language switch); no rel=canonical: one article"]),
        P(DOCS, datetime(2024, 3, 11, 15, 0), "Kế hoạch tập huấn nâng cao năng lực quản lý cho cán bộ HTX năm 2024",
          body="""
LIÊN MINH HTX TỈNH THÁI NGUYÊN
Số: 12/KH-LMHTX
Thái Nguyên, ngày 08 tháng 3 năm 2024
KẾ HOẠCH
Tập huấn nâng cao năng lực quản lý cho cán bộ hợp tác xã năm 2024
## I. MỤC ĐÍCH, YÊU CẦU
Nâng cao kiến thức quản trị, kế toán và chuyển đổi số cho cán bộ quản lý hợp tác xã; bảo đảm thiết thực, tiết kiệm, đúng đối tượng.
## II. NỘI DUNG
* Tổ chức 06 lớp tập huấn tại các huyện, thành phố, mỗi lớp 50 học viên;
* Nội dung: Luật Hợp tác xã năm 2023, quản trị tài chính, kế toán hợp tác xã, ứng dụng thương mại điện tử;
* Thời gian: từ tháng 4 đến tháng 9 năm 2024.
## III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp với UBND các huyện, thành phố lựa chọn học viên và bố trí địa điểm.
Nơi nhận: Thường trực Tỉnh ủy; UBND tỉnh; UBND các huyện, thành phố; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Nguyễn Thị Minh Thu
""",
          author=None, doc_number="12/KH-LMHTX", attachments=[{"path": PDF_PATH, "text": "KH-12-LMHTX.pdf"}],
          **dated(datetime(2024, 3, 11, 15, 0)),
          notes=["official plan 'Số: 12/KH-LMHTX', place-date line 'Thái Nguyên, ngày 08 tháng 3 năm 2024' three "
                 "days before the page's 'Thứ Hai, 11/03/2024 | 15:00'; headings and a list; signer last, author "
                 "null; the PDF a Kentico /getattachment/<guid>/KH-12-LMHTX.pdf link ('Tệp đính kèm'): an "
                 "attachment, not text"]),
        P(NEWS, datetime(2024, 3, 9, 16, 45), "Ảnh: Sắc màu Hội chợ OCOP và sản phẩm HTX Thái Nguyên 2024",
          lead="Hội chợ OCOP và sản phẩm HTX tỉnh Thái Nguyên năm 2024 diễn ra từ ngày 6 đến 10/3 tại Quảng trường Võ Nguyên Giáp, với 180 gian hàng của hơn 120 chủ thể.",
          body="""
[img hoi-cho-1.png] Đại biểu cắt băng khai mạc hội chợ
[img hoi-cho-2.png] Gian hàng chè Tân Cương thu hút đông khách tham quan
[img hoi-cho-3.png] Sản phẩm miến dong Việt Cường được giới thiệu tại hội chợ
[img hoi-cho-4.png] Du khách trải nghiệm pha trà tại gian hàng HTX chè La Bằng
""",
          byline="Ảnh: Đức Thắng", author="Đức Thắng", **dated(datetime(2024, 3, 9, 16, 45)),
          opts={"photo": True},
          notes=["photo story: the lead, then four div.EditableImage web parts each followed by a div.EditableText "
                 "caption (one line each) in a WebPartZone; 'Ảnh: Đức Thắng' last (right-aligned): part of the text, "
                 "author Đức Thắng"]),
        P(NEWS, datetime(2024, 3, 5, 10, 15), "HTX Nông nghiệp Minh Tiến ứng dụng nhà màng trồng dưa lưới",
          lead="Với 1,2 ha nhà màng, HTX Nông nghiệp Minh Tiến (huyện Đại Từ) thu hoạch mỗi năm ba vụ dưa lưới, doanh thu trên 2 tỷ đồng.",
          body="""
Dưa được trồng trên giá thể xơ dừa, tưới nhỏ giọt theo hệ thống hẹn giờ, mỗi vụ kéo dài khoảng 75 ngày.
[img dua-luoi.png] Dưa lưới trong nhà màng của HTX Nông nghiệp Minh Tiến
Sản phẩm được bán cho các siêu thị tại Thái Nguyên và Hà Nội với giá từ 45.000 đến 60.000 đồng/kg.
HTX đang đề nghị vay vốn Quỹ hỗ trợ phát triển HTX để xây thêm 5.000 m2 nhà màng.
""",
          author="Phạm Hằng", **dated(datetime(2024, 3, 5, 10, 15)), opts={"author_field": "Phạm Hằng"},
          notes=["author in a field under the title ('Tác giả: Phạm Hằng', span.NewsAuthor beside the date): not "
                 "text, author Phạm Hằng"]),
        P(NEWS, datetime(2024, 2, 27, 9, 0), "Miến dong Việt Cường giữ nghề truyền thống",
          lead="Nghề làm miến dong ở xóm Việt Cường (xã Hoàng Nông, huyện Đại Từ) đã có hơn 30 năm; HTX ra đời giúp các hộ giữ nghề và mở rộng thị trường.",
          body="""
HTX Miến dong Việt Cường có 21 thành viên, mỗi năm sản xuất khoảng 150 tấn miến, sản phẩm đạt 4 sao OCOP cấp tỉnh.
Nhờ đầu tư dây chuyền tráng, cắt và sấy, HTX chủ động được sản xuất cả trong những ngày nồm ẩm.
Thị trường chính là các tỉnh phía Bắc; dịp Tết Nguyên đán, lượng miến tiêu thụ tăng gấp ba ngày thường.
Nguồn: Báo Thái Nguyên
""",
          author=None, **dated(datetime(2024, 2, 27, 9, 0)),
          notes=["the text ends with 'Nguồn: Báo Thái Nguyên' (right-aligned italic): part of the text, a source, "
                 "author null"]),
        P(NEWS, datetime(2024, 2, 20, 14, 30), "Liên minh HTX tỉnh triển khai nhiệm vụ năm 2024",
          lead="Chiều 19/2, Liên minh HTX tỉnh tổ chức hội nghị triển khai nhiệm vụ năm 2024 với các HTX tiêu biểu.",
          body="""
Năm 2023, toàn tỉnh thành lập mới 62 HTX, nâng tổng số lên 711 HTX với hơn 24.000 thành viên; doanh thu bình quân một HTX đạt 3,2 tỷ đồng.
## Nhiệm vụ trọng tâm năm 2024
* Hỗ trợ thành lập mới ít nhất 60 HTX;
* Đưa 30 sản phẩm của HTX lên sàn thương mại điện tử;
* Giải ngân 15 tỷ đồng vốn vay Quỹ hỗ trợ phát triển HTX.
Hội nghị đã khen thưởng 15 HTX có thành tích xuất sắc trong năm 2023.
""",
          author=None, **dated(datetime(2024, 2, 20, 14, 30)),
          notes=["an <h3> heading and a list in the text; no byline: author null"]),
        P(NEWS, datetime(2024, 2, 15, 7, 50), "HTX chè La Bằng đón khách du lịch dịp đầu xuân",
          lead="Những ngày đầu xuân Giáp Thìn, HTX chè La Bằng (huyện Đại Từ) đón hàng trăm lượt khách đến tham quan đồi chè và trải nghiệm hái chè.",
          body="""
HTX có 42 thành viên với 25 ha chè, trong đó 10 ha được công nhận đạt tiêu chuẩn VietGAP.
[img la-bang.png] Du khách trải nghiệm hái chè tại đồi chè HTX La Bằng
Khách đến được nghe giới thiệu quy trình sao chè thủ công và thưởng thức trà tại nhà của các thành viên.
Doanh thu từ du lịch cộng đồng đóng góp khoảng 20% thu nhập của HTX.
""",
          byline="Thu Trang", author="Thu Trang", **dated(datetime(2024, 2, 15, 7, 50))),
        P(NEWS, datetime(2024, 1, 12, 0, 0), "Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ năm",
          lead="Ngày 12/1, Ban Chấp hành Liên minh HTX tỉnh khóa VI tổ chức hội nghị lần thứ năm, đánh giá kết quả công tác năm 2023.",
          body="""
Hội nghị thống nhất thông qua chương trình công tác toàn khóa và quy chế làm việc của Ban Chấp hành.
Các đại biểu đề nghị tăng cường tư vấn cho các HTX mới thành lập, nhất là HTX ở các huyện miền núi.
Hội nghị cũng bầu bổ sung hai ủy viên Ban Chấp hành.
""",
          author=None, published="2024-01-12T00:00:00+07:00", published_source="listing", evidence=["listing"],
          opts={"no_date": True},
          notes=["span.NewsDate is empty (no release date filled in) and the lead says 'Ngày 12/1' (no year); the "
                 "listing /Tin-tuc?page=2 and the month archive /Tin-tuc/2024/01 print '12/01/2024' beside it -> "
                 "published from the listing, midnight (the URL's /2024/01/ agrees); no author"]),
        P(NEWS, datetime(2024, 1, 10, 9, 30), "Liên minh HTX tỉnh tổng kết công tác năm 2023",
          lead="Sáng 9/1, Liên minh HTX tỉnh Thái Nguyên tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.",
          body="""
Năm 2023, Liên minh HTX tỉnh tư vấn thành lập mới 62 HTX, tổ chức 12 lớp bồi dưỡng cho 600 lượt cán bộ HTX.
Quỹ hỗ trợ phát triển HTX giải ngân 13,5 tỷ đồng cho 41 dự án, không có nợ quá hạn.
Liên minh HTX tỉnh được Liên minh HTX Việt Nam tặng Cờ thi đua xuất sắc.
""",
          byline="Minh Hằng", author="Minh Hằng", **dated(datetime(2024, 1, 10, 9, 30)),
          notes=["oldest item: on /Tin-tuc?page=2 (UniPager), its month archive and the 'Tin cũ hơn' link of the item before it; byline 'Minh Hằng' last: "
                 "part of the text, the author"]),
    ]


def img(name: str) -> str:
    return f"/getmedia/{hashlib.md5(name.encode()).hexdigest()[:8]}/{name}"


def stamp(d: datetime) -> str:
    return f"{weekday(d)}, {d:%d/%m/%Y} | {d:%H:%M}"


def viewstate(seed: str) -> str:
    return base64.b64encode(hashlib.sha256(seed.encode()).digest() * 6).decode()


def editable(region: str, html_: str, css: str = "") -> str:
    return (f'<div id="p_lt_ctl03_pageplaceholder_p_lt_ctl00_{region}_ucEditableText" '
            f'class="EditableText{(" " + css) if css else ""}">{html_}</div>')


def editable_image(src: str, alt: str = "") -> str:
    return (f'<div class="EditableImage"><img id="p_lt_ctl03_pageplaceholder_p_lt_ctl00_EditableImage_ucEditableImage'
            f'_imgImage" src="{src}" alt="{attr(alt)}" style="border-width:0px;width:640px;"></div>')


def text_html(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            if b.text.startswith("Nguồn: "):
                parts.append(f'<p style="text-align: right;"><em>{inline_html(b.text)}</em></p>')
            elif b.text.isupper() or b.text.startswith("Số: "):
                parts.append(f'<p style="text-align: center;"><strong>{inline_html(b.text)}</strong></p>')
            else:
                parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p style="text-align: center;"><img src="{img(b.src)}" alt="" width="600"></p>'
                         + (f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>' if b.text else ""))
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(parts)


def detail(a: Article, newer: Article | None, older: Article | None, related: list[Article]) -> str:
    date = "" if a.opts.get("no_date") else stamp(a.date)
    meta = f'<span class="NewsDate">{date}</span>'
    if a.opts.get("author_field"):
        meta += f' <span class="NewsAuthor">Tác giả: {esc(a.opts["author_field"])}</span>'
    meta += f' <span class="NewsViews">Lượt xem: {a.opts["views"]}</span>'
    parts = [f'<h1 class="NewsTitle">{esc(a.title)}</h1><div class="NewsInfo">{meta}</div>']
    if a.lead:
        parts.append(editable("EditableSummary", f"<p><strong>{esc(a.lead)}</strong></p>", "NewsSummary"))
    blocks = a.blocks
    if a.opts.get("photo"):
        zone = []
        for i, b in enumerate(blocks):
            zone.append(editable_image(img(b.src), b.text)
                        + editable(f"EditableCaption{i}", f'<p class="ImageCaption"><em>{esc(b.text)}</em></p>', "Caption"))
        zone.append(editable("EditableText", f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>',
                             "NewsText"))
        parts.append('<div class="WebPartZone" id="p_lt_ctl03_pageplaceholder_p_lt_zonePhotos">' + "".join(zone) + "</div>")
    else:
        if blocks and blocks[0].kind == "img":
            first = blocks[0]
            parts.append(editable_image(img(first.src), first.text)
                         + editable("EditableCaption", f'<p class="ImageCaption"><em>{esc(first.text)}</em></p>', "Caption"))
            rest = Article(path=a.path, title=a.title, date=a.date, body="\n".join(
                ln for ln in a.body.strip().splitlines()[1:]), byline=a.byline)
            parts.append(editable("EditableText", text_html(rest), "NewsText"))
        else:
            parts.append(editable("EditableText", text_html(a), "NewsText"))
    if a.attachments:
        att = a.attachments[0]
        parts.append(f'<div class="Attachments"><span class="AttTitle">Tệp đính kèm:</span> '
                     f'<a href="{att["path"]}" target="_blank">{esc(att["text"])}</a> (PDF, 212 KB)</div>')
    pager = '<div class="NewsPager">'
    if newer:
        pager += (f'<div class="Newer"><span>Tin mới hơn</span> <a href="{newer.path}.aspx">{esc(newer.title)}</a>'
                  f' <em>({newer.date:%d/%m/%Y})</em></div>')
    if older:
        pager += (f'<div class="Older"><span>Tin cũ hơn</span> <a href="{older.path}.aspx">{esc(older.title)}</a>'
                  f' <em>({older.date:%d/%m/%Y})</em></div>')
    pager += "</div>"
    rel = ('<div class="RelatedNews"><h3>Tin liên quan</h3><ul>'
           + "".join(f'<li><a href="{o.path}.aspx">{esc(o.title)}</a> <span class="date">({o.date:%d/%m/%Y})</span></li>'
                     for o in related) + "</ul></div>")
    tools = ('<div class="NewsTools"><a href="javascript:window.print()">In trang</a> '
             '<a href="#top">Về đầu trang</a></div>')
    return f'<div class="NewsDetail">{"".join(parts)}{tools}{pager}{rel}</div>'


def listing_date(a: Article) -> str:
    d = a.opts.get("listed_date", a.date)
    return f"{d:%d/%m/%Y}"


def card(a: Article) -> str:
    thumb = a.first_image()
    pic = f'<a href="{a.path}"><img src="{img(thumb)}" alt="" class="NewsThumb"></a>' if thumb else ""
    summary = a.lead or a.summary()
    return (f'<div class="NewsItem">{pic}<h3 class="NewsItemTitle"><a href="{a.path}">{esc(a.title)}</a></h3>'
            f'<span class="NewsItemDate">{listing_date(a)}</span><div class="NewsItemSummary">{esc(summary)}</div></div>')


def menu() -> str:
    items = [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức - Sự kiện"), (DOCS, "Văn bản"),
             (PHOTOS, "Thư viện ảnh"), (CONTACT, "Liên hệ")]
    lis = "".join(f'<li class="CMSListMenuLI" id="{href.strip("/") or "Home"}"><a class="CMSListMenuLink" '
                  f'href="{href}">{t}</a></li>' for href, t in items)
    return f'<ul id="p_lt_zoneMenu_CMSListMenu_menuElem" class="CMSListMenuUL">{lis}</ul>'


def sidebar(arts: list[Article]) -> str:
    hot = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in arts[:5])
    months = sorted({(a.date.year, a.date.month) for a in arts if a.opts["cat"] == NEWS}, reverse=True)
    arch = "".join(f'<li><a href="{NEWS}/{y}/{m:02d}">Tháng {m:02d}/{y}</a></li>' for y, m in months)
    poll = "".join(f'<li><input type="radio" name="p_lt_zoneRight_Poll_rbl" value="{i}"> {esc(o)}</li>'
                   for i, o in enumerate(POLL_A, 1))
    return (f'<div class="WebPartZone" id="p_lt_zoneRight">'
            + editable("zoneRight_EditableIntro", f'<h3>{SIDE[0]}</h3><p>{esc(SIDE[1])}</p>', "SideIntro")
            + f'<div class="HotNews"><h3>{SIDE[2]}</h3><ul>{hot}</ul></div>'
            + f'<div class="Archive"><h3>{SIDE[3]}</h3><ul class="CMSListMenuUL">{arch}</ul></div>'
            + f'<div class="Poll"><h3>Thăm dò ý kiến</h3><p>{esc(POLL_Q)}</p><ul>{poll}</ul>'
              f'<button type="submit" name="p_lt_zoneRight_Poll_btnVote">Gửi bình chọn</button></div>'
            + f'<div class="Weather"><h3>{SIDE[4]}</h3><p>31°C</p><p>{SIDE[5]}</p><p>{SIDE[6]}</p></div>'
            + f'<div class="Counter"><h3>{SIDE[7]}</h3><p>{SIDE[8]}</p><p>{SIDE[9]}</p><p>{SIDE[10]}</p></div>'
            + f'<div class="WebLinks"><h3>{SIDE[11]}</h3><select onchange="window.open(this.value)">'
              '<option>-- Chọn liên kết --</option><option value="#">Liên minh HTX Việt Nam</option></select>'
              '<ul><li><a href="{{base:offsite}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li>'
              '<li><a href="{{base:offsite}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>'
            + "</div>")


def layout(path: str, title: str, main: str, arts: list[Article], alias_lang: bool = False) -> str:
    action = path.split("?")[0] + ".aspx" if not path.endswith(".aspx") and "?" not in path and path != "/" \
        else "/Home.aspx"
    lang_href = path if "?" in path else path + "?lang=vi-VN"
    return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi-VN">
<head id="head"><title>
	Liên minh HTX tỉnh Thái Nguyên - {esc(title)}
</title><meta http-equiv="content-type" content="text/html; charset=UTF-8">
<meta http-equiv="pragma" content="no-cache">
<meta http-equiv="content-style-type" content="text/css">
<meta http-equiv="content-script-type" content="text/javascript">
<meta name="keywords" content="Liên minh HTX, Thái Nguyên, hợp tác xã, OCOP">
<link href="/App_Themes/LMHTX/LMHTX_TN.css" type="text/css" rel="stylesheet">
</head>
<body class="LTR Chrome VIVN ContentBody">
<form method="post" action="{attr(action)}?lang=vi-VN" id="form">
<div class="aspNetHidden">
<input type="hidden" name="__CMSCsrfToken" id="__CMSCsrfToken" value="{viewstate('csrf' + path)[:44]}">
<input type="hidden" name="__EVENTTARGET" id="__EVENTTARGET" value="">
<input type="hidden" name="__EVENTARGUMENT" id="__EVENTARGUMENT" value="">
<input type="hidden" name="__VIEWSTATE" id="__VIEWSTATE" value="{viewstate(path)}">
</div>
<script type="text/javascript">
//<![CDATA[
var theForm = document.forms['form'];
function __doPostBack(eventTarget, eventArgument) {{
    if (!theForm.onsubmit || (theForm.onsubmit() != false)) {{
        theForm.__EVENTTARGET.value = eventTarget; theForm.__EVENTARGUMENT.value = eventArgument; theForm.submit();
    }}
}}
//]]>
</script>
<script src="/CMSScripts/jquery/jquery-core.js" type="text/javascript"></script>
<div id="ctxM"></div>
<div class="Header">
 <div class="TopBar"><span class="Today">{TODAY}</span>
  <span class="Lang"><a href="{attr(lang_href)}">Tiếng Việt</a></span>
  <a href="{attr(LOGIN)}" class="Login">Đăng nhập</a></div>
 <div class="Banner"><a href="/"><img src="/App_Themes/LMHTX/Images/logo.png" alt="{NAME}"></a>
  <marquee scrollamount="3">{esc(SLOGANS[0])} &nbsp;&nbsp;&nbsp; {esc(SLOGANS[1])}</marquee></div>
 <div class="MainMenu">{menu()}
  <div class="SearchBox"><input name="p_lt_zoneSearch_SearchBox_txtWord" type="text" id="txtWord">
  <input type="submit" name="p_lt_zoneSearch_SearchBox_btnSearch" value="Tìm kiếm"></div></div>
</div>
<div class="Main">
 <div class="WebPartZone" id="p_lt_ctl03_pageplaceholder_p_lt_zoneLeft">
 {main}
 </div>
 {sidebar(arts)}
</div>
<div class="Footer">
{editable("zoneFooter_EditableFooter", "".join(f"<p>{esc(x)}</p>" for x in FOOTER[:6]), "FooterText")}
<div class="PoweredBy">{FOOTER[6]}</div>
</div>
<script type="text/javascript">
//<![CDATA[
WebForm_AutoFocus('txtWord');//]]>
</script>
</form>
</body>
</html>
"""


def unipager(base: str, n: int, total: int) -> str:
    def href(k: int) -> str:
        return base if k == 1 else f"{base}?page={k}"
    parts = []
    if n > 1:
        parts.append(f'<a class="UnPagerFirst" href="{href(1)}">Trang đầu</a>')
        parts.append(f'<a class="UnPagerPrev" href="{href(n - 1)}">Trước</a>')
    for k in range(1, total + 1):
        parts.append(f'<span class="UnPagerCurrent">{k}</span>' if k == n else
                     f'<a class="UnPagerPage" href="{href(k)}">{k}</a>')
    if n < total:
        parts.append(f'<a class="UnPagerNext" href="{href(n + 1)}">Sau</a>')
        parts.append(f'<a class="UnPagerLast" href="{href(total)}">Trang cuối</a>')
    return '<div class="UniPager">' + " ".join(parts) + "</div>"


def build() -> SiteBuild:
    site = SiteBuild(SITE, "thai-nguyen", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if a.opts["cat"] == NEWS]
    docs = [a for a in arts if a.opts["cat"] == DOCS]
    for a in arts:
        seq = news if a.opts["cat"] == NEWS else docs
        i = seq.index(a)
        newer = seq[i - 1] if i > 0 else None
        older = seq[i + 1] if i + 1 < len(seq) else None
        related = [o for o in arts if o is not a][:3]
        page = layout(a.path, a.title, detail(a, newer, older, related), arts)
        site.page(a.path, page, content_type=HTML)
        site.same_page(a.path + ".aspx", a.path)
        site.same_page(a.path + "?lang=vi-VN", a.path)
        a.aliases = [a.path + ".aspx", a.path + "?lang=vi-VN"]
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH TAP HUAN CAN BO HTX NAM 2024",
                                                         "Lien minh HTX tinh Thai Nguyen"]))

    def listing(base: str, name: str, items: list[Article], paged: bool = True) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] if paged else [items]
        for n, chunk in enumerate(pages, 1):
            url = base if n == 1 else f"{base}?page={n}"
            main = (f'<div class="CategoryTitle"><h2>{esc(name)}</h2></div><div class="NewsList">'
                    + "".join(card(a) for a in chunk) + "</div>"
                    + (unipager(base, n, len(pages)) if len(pages) > 1 else ""))
            site.page(url, layout(url, name, main, arts), content_type=HTML)
            site.non_articles.append(url)

    listing(NEWS, "Tin tức - Sự kiện", news)
    listing(DOCS, "Văn bản", docs)
    for y, m in sorted({(a.date.year, a.date.month) for a in news}, reverse=True):
        listing(f"{NEWS}/{y}/{m:02d}", f"Tin tức - Sự kiện: tháng {m:02d}/{y}",
                [a for a in news if (a.date.year, a.date.month) == (y, m)], paged=False)
    site.trap("listing /Tin-tuc and /Tin-tuc?page=2 (Kentico UniPager: 'Trang đầu', 'Trước', numbers, 'Sau', "
              "'Trang cuối'; cards with thumbnail, title, dd/mm/yyyy and lead); page 2 holds the oldest items; month "
              "archives /Tin-tuc/2024/03 (the articles' URL prefix, one level up) are listings too", NEWS + "?page=2")
    site.trap("every page is one ASP.NET <form> with __VIEWSTATE / __CMSCsrfToken / __doPostBack; CMSListMenuUL "
              "menus (also the 'Lưu trữ' month list); the 'Giới thiệu Liên minh' blurb in the sidebar and the footer "
              "are div.EditableText regions like the article's own; 'Tin mới hơn / Tin cũ hơn' pager with the "
              "neighbours' titles and dates under the text", arts[0].path)

    home = ('<div class="HomeFeatured">' + card(news[0]) + '</div><div class="HomeNews"><h2>Tin tức - Sự kiện</h2>'
            + "".join(card(a) for a in news[1:5]) + f'</div><div class="HomeDocs"><h2><a href="{DOCS}">Văn bản mới</a></h2><ul>'
            + "".join(f'<li><a href="{a.path}.aspx">{esc(a.title)}</a></li>' for a in docs) + "</ul></div>")
    site.page("/", layout("/", "Trang chủ", home, arts), content_type=HTML)
    about = [
        "Liên minh Hợp tác xã tỉnh Thái Nguyên được thành lập năm 1993 trên cơ sở Liên hiệp Hợp tác xã tỉnh Bắc Thái, "
        "là tổ chức kinh tế - xã hội đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.",
        "Liên minh có chức năng tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ thành lập hợp tác xã; "
        "đào tạo, bồi dưỡng cán bộ; xúc tiến thương mại và quản lý Quỹ hỗ trợ phát triển hợp tác xã.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Tuyên truyền - Kiểm tra, Ban Hỗ trợ phát triển và Quỹ hỗ trợ phát triển "
        "hợp tác xã tỉnh Thái Nguyên."]
    site.page(ABOUT, layout(ABOUT, "Giới thiệu", '<div class="StaticPage"><h1 class="NewsTitle">Giới thiệu chung</h1>'
                            + editable("EditableText", "".join(f"<p>{esc(p)}</p>" for p in about), "NewsText")
                            + "</div>", arts), content_type=HTML)
    site.page(CONTACT, layout(CONTACT, "Liên hệ", '<div class="StaticPage"><h1 class="NewsTitle">Liên hệ</h1>'
                              '<div class="BizForm"><label>Họ và tên</label><input name="p_lt_BizForm_Name" type="text">'
                              '<label>Nội dung</label><textarea name="p_lt_BizForm_Message"></textarea>'
                              '<input type="submit" name="p_lt_BizForm_btnOK" value="Gửi liên hệ"></div></div>', arts),
              content_type=HTML)
    gallery = "".join(f'<div class="GalleryItem"><a href="{a.path}"><img src="{img(a.first_image())}" alt=""></a>'
                      f'<p>{esc(a.title)}</p></div>' for a in arts if a.first_image())
    site.page(PHOTOS, layout(PHOTOS, "Thư viện ảnh", f'<h2>Thư viện ảnh</h2><div class="Gallery">{gallery}</div>', arts),
              content_type=HTML)
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "") or "OCOP" in a.title]
    site.page(SEARCH, layout(SEARCH, "Tìm kiếm", '<h2>Kết quả tìm kiếm cho "ocop"</h2><div class="SearchResults">'
                             + "".join(f'<div class="SearchResult"><a href="{a.path}.aspx">{esc(a.title)}</a>'
                                       f'<p>{esc(a.summary())}</p><span class="Date">{listing_date(a)}</span></div>'
                                       for a in found) + "</div>", arts), content_type=HTML)
    site.page(LOGIN, layout(LOGIN, "Đăng nhập", '<div class="LogonPage"><h2>Đăng nhập hệ thống</h2>'
                            '<input name="Login1$UserName" type="text"><input name="Login1$Password" type="password">'
                            '<input type="submit" name="Login1$LoginButton" value="Đăng nhập"></div>', arts),
              content_type=HTML)
    site.non_articles += ["/", ABOUT, CONTACT, PHOTOS, SEARCH]
    site.never_fetched.append(LOGIN)
    site.trap("introduction /Gioi-thieu (h1.NewsTitle, three paragraphs in a div.EditableText, no date), contact "
              "(BizForm), gallery and Kentico search /Tim-kiem?searchtext=…: not articles; 'Đăng nhập' "
              "/CMSPages/logon.aspx is robots-disallowed: never fetch", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /CMSPages/\nDisallow: /CMSModules/\n")
    return site
