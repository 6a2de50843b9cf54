"""Site `lmhtx-quangbinh` (registry family `generic`): a NukeViet-like CMS (`/vi/<module>/<slug>.html`)
in an old table layout, built as a held-out test: no family module, no selectors.

Articles of the modules `tin-tuc` and `van-ban` are `/vi/<module>/<slug>.html`, and so are the
module's listing pages (`/vi/tin-tuc/page-2.html`) and its tag pages (`/vi/tin-tuc/tag/<tag>.html`).
The article is rows of one `<table class="tbl-detail">`: the title cell, the date cell AFTER it
("Thứ năm - 14/03/2024 08:20", NukeViet's form), an italic lead cell, the content cell (paragraphs,
centred photos with a `<br><i>` caption, "- " paragraphs, a right-aligned `<div>` byline), then a
row of attachments. The `<title>` is "<title> - <module> - <site>". An official plan (with "Số: …",
a place-and-date line one day before the posting and a PDF) is in the `van-ban` module.
"""

from __future__ import annotations

from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, esc, image_for, inline_html, iso, pdf, weekday

SITE = "lmhtx-quangbinh"
NAME = "Liên minh Hợp tác xã tỉnh Quảng Bình"
SHORT = "Liên minh HTX Quảng Bình"
MODULES = {"tin-tuc": "Tin tức", "van-ban": "Văn bản"}
TAG = "/vi/tin-tuc/tag/ocop.html"
CONTACT = "/vi/contact.html"
ABOUT = "/vi/about/gioi-thieu-lien-minh.html"
PDF_PATH = "/uploads/van-ban/2024_03/kh-15-lmhtx.pdf"

TODAY = f"{weekday(TODAY_2026, lower=True)} - {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["CHÀO MỪNG NGÀY HỢP TÁC XÃ VIỆT NAM 11/4", "Quảng Bình - Hợp tác, liên kết để cùng phát triển"]
BOXES = ("Tin xem nhiều", "Văn bản mới", "Thống kê", "Dự báo thời tiết", "Thăm dò ý kiến", "Các tin khác")
STATS = ("Đang truy cập: 5", "Hôm nay: 94", "Tháng hiện tại: 2.835", "Tổng lượt truy cập: 301.447")
WEATHER = ("Đồng Hới 26°C", "Mây thay đổi, có lúc có mưa")
POLL_Q = "Bạn đánh giá thế nào về hoạt động hỗ trợ HTX của Liên minh?"
POLL_A = ("Rất hiệu quả", "Hiệu quả", "Chưa hiệu quả")
FOOTER = ["Bản quyền thuộc Liên minh Hợp tác xã tỉnh Quảng Bình",
          "Chịu trách nhiệm nội dung: Ông Đinh Văn Lực - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 09/GP-STTTT ngày 03/6/2020",
          "Địa chỉ: 16 Hương Giang, TP Đồng Hới, Quảng Bình",
          "Điện thoại: 0232.3822.541",
          "Ghi rõ nguồn lienminhhtxqb.org.vn khi phát hành lại thông tin từ website này",
          "Vận hành trên mã nguồn NukeViet"]
TOOLS = ("Xem theo ngày", "Bản in", "Gửi bài viết qua email", "Đánh giá bài viết", "Tổng số điểm là: 0/5 - 0 phiếu bầu",
         "Tải về", "Từ khóa:")
BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", *BOXES, *STATS, *WEATHER, POLL_Q, *POLL_A,
               "Bình chọn", *FOOTER, *TOOLS]


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[tuple[str, Article]]:
    A = Article
    return [
        ("tin-tuc", A(
            path="/vi/tin-tuc/htx-nuoc-mam-canh-duong-giu-nghe-truyen-thong.html",
            title="HTX nước mắm Cảnh Dương giữ nghề truyền thống",
            date=datetime(2023, 9, 7, 9, 10),
            lead="Làng nghề nước mắm Cảnh Dương (huyện Quảng Trạch) có hơn 300 năm tuổi; HTX nước mắm của làng đang giúp nghề xưa tìm được thị trường mới.",
            body="""
HTX Chế biến thủy sản Cảnh Dương có 42 thành viên, mỗi năm sản xuất khoảng 150.000 lít nước mắm cá cơm ủ chượp theo cách truyền thống trong thùng gỗ.
[img nuoc-mam-canh-duong.png] Thành viên HTX kiểm tra thùng chượp
Sản phẩm nước mắm Cảnh Dương của HTX đạt chuẩn OCOP 4 sao năm 2022 và đã được bán qua các siêu thị tại Huế, Đà Nẵng.
HTX dự kiến xây thêm nhà ủ chượp 500 m2 và đầu tư dây chuyền đóng chai để nâng sản lượng lên 250.000 lít/năm.
""",
            byline="Phương Thảo", author="Phương Thảo", **dated(datetime(2023, 9, 7, 9, 10)))),
        ("tin-tuc", A(
            path="/vi/tin-tuc/ra-mat-htx-du-lich-cong-dong-tan-hoa.html",
            title="Ra mắt HTX du lịch cộng đồng Tân Hóa",
            date=datetime(2023, 12, 10, 15, 45),
            body="""
Ngày 9/12, tại xã Tân Hóa (huyện Minh Hóa), HTX Du lịch cộng đồng Tân Hóa chính thức ra mắt với 26 thành viên là các hộ có nhà chống lũ làm homestay.
HTX cung cấp dịch vụ lưu trú, chèo thuyền kayak, khám phá hang Rục Mòn và thưởng thức ẩm thực địa phương; mỗi năm làng đón khoảng 5.000 lượt khách.
[img htx-tan-hoa.png] Lễ ra mắt HTX du lịch cộng đồng Tân Hóa
Liên minh HTX tỉnh hỗ trợ HTX xây dựng điều lệ, phương án kinh doanh và quảng bá trên các kênh du lịch trực tuyến.
""",
            byline="Đức Huy", author="Đức Huy", **dated(datetime(2023, 12, 10, 15, 45)))),
        ("tin-tuc", A(
            path="/vi/tin-tuc/boi-duong-nghiep-vu-ke-toan-htx-nam-2024.html",
            title="Bồi dưỡng nghiệp vụ kế toán HTX năm 2024",
            date=datetime(2024, 3, 1, 8, 0),
            body="""
Từ ngày 27/2 đến 29/2, Liên minh HTX tỉnh mở lớp bồi dưỡng nghiệp vụ kế toán cho 60 kế toán HTX trên địa bàn tỉnh.
Nội dung bồi dưỡng gồm:
- Chế độ kế toán áp dụng cho HTX theo Thông tư 71/2019/TT-BTC;
- Lập báo cáo tài chính và quyết toán thuế;
- Sử dụng phần mềm kế toán và hóa đơn điện tử.
Kết thúc lớp học, các học viên được cấp giấy chứng nhận hoàn thành chương trình.
""",
            byline="Phương Thảo", author="Phương Thảo", **dated(datetime(2024, 3, 1, 8, 0)))),
        ("van-ban", A(
            path="/vi/van-ban/ke-hoach-hoi-cho-san-pham-htx-quang-binh-nam-2024.html",
            title="Kế hoạch tổ chức Hội chợ sản phẩm HTX tỉnh Quảng Bình năm 2024",
            date=datetime(2024, 3, 14, 8, 20),
            body="""
LIÊN MINH HTX TỈNH QUẢNG BÌNH
Số: 15/KH-LMHTX
Quảng Bình, ngày 13 tháng 3 năm 2024
KẾ HOẠCH
Tổ chức Hội chợ sản phẩm HTX tỉnh Quảng Bình năm 2024
I. MỤC ĐÍCH, YÊU CẦU
Quảng bá, giới thiệu sản phẩm của HTX, tổ hợp tác; kết nối cung cầu giữa HTX với doanh nghiệp và người tiêu dùng.
II. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 09/4 đến 13/4/2024, tại Quảng trường Hồ Chí Minh, TP Đồng Hới; dự kiến 70 gian hàng.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh chủ trì, phối hợp với các ban chuyên môn triển khai kế hoạch này.
Nơi nhận: Các HTX trong tỉnh; Lưu VT.
CHỦ TỊCH Đinh Văn Lực
""",
            author=None, doc_number="15/KH-LMHTX", **dated(datetime(2024, 3, 14, 8, 20)),
            attachments=[{"path": PDF_PATH, "text": "kh-15-lmhtx.pdf"}],
            notes=["official plan in the 'van-ban' module: 'Số: 15/KH-LMHTX', place-date line one day before the posting "
                   "date 14/03/2024 08:20 (the publication date); signer last, author null; PDF in the attachments row"])),
        ("tin-tuc", A(
            path="/vi/tin-tuc/htx-dua-bac-giang-thu-hoach-vu-dua-som.html",
            title="HTX dưa Bắc Giang thu hoạch vụ dưa sớm",
            date=datetime(2024, 5, 26, 6, 30),
            body="""
HTX Nông nghiệp Bắc Giang (huyện Lệ Thủy) đang thu hoạch 35 ha dưa hấu vụ sớm, năng suất bình quân 30 tấn/ha.
Nhờ gieo trồng sớm hơn 20 ngày so với chính vụ, dưa của HTX bán được giá 9.000 - 10.000 đồng/kg, cao gấp rưỡi năm trước.
[img dua-bac-giang.png] Thành viên HTX thu hoạch dưa hấu
HTX đã ký hợp đồng tiêu thụ với ba doanh nghiệp tại Hà Tĩnh và Nghệ An cho toàn bộ sản lượng.
""",
            byline="Đức Huy", author="Đức Huy", **dated(datetime(2024, 5, 26, 6, 30)),
            notes=["date 'Chủ nhật - 26/05/2024 06:30' in the cell AFTER the title"])),
        ("tin-tuc", A(
            path="/vi/tin-tuc/lien-minh-htx-tinh-so-ket-6-thang-dau-nam-2024.html",
            title="Liên minh HTX tỉnh sơ kết công tác 6 tháng đầu năm 2024",
            date=datetime(2024, 7, 5, 14, 0),
            lead="6 tháng đầu năm 2024, Liên minh HTX tỉnh Quảng Bình hoàn thành 55% chỉ tiêu kế hoạch năm về phát triển HTX.",
            body="""
Toàn tỉnh thành lập mới 11 HTX, nâng tổng số lên 312 HTX với khoảng 38.500 thành viên; 5 HTX được hỗ trợ xây dựng sản phẩm OCOP.
Quỹ hỗ trợ phát triển HTX tỉnh cho 7 HTX vay 3,2 tỷ đồng; dư nợ đến 30/6 đạt 18,6 tỷ đồng, không có nợ quá hạn.
[img so-ket-6-thang-qb.png] Hội nghị sơ kết 6 tháng đầu năm
6 tháng cuối năm, Liên minh tập trung hướng dẫn HTX tổ chức lại theo Luật HTX năm 2023 và tổ chức Ngày hội HTX tỉnh.
""",
            byline="Phương Thảo", author="Phương Thảo", **dated(datetime(2024, 7, 5, 14, 0)))),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/uploads/news/{src}"


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p align="justify">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<div align="center"><img src="{img(b.src)}" border="0" width="500">'
                         + (f"<br><i>{inline_html(b.text)}</i>" if b.text else "") + "</div>")
    if a.byline:
        parts.append(f'<div align="right"><strong>{esc(a.byline)}</strong></div>')
    return "\n".join(parts)


def box(title: str, inner: str) -> str:
    return (f'<table class="box" width="100%" cellpadding="0" cellspacing="0"><tr><td class="box-head">{title}</td></tr>'
            f'<tr><td class="box-body">{inner}</td></tr></table>')


def layout(title: str, main: str, items: list[Article], *, path: str) -> str:
    menu = " | ".join(f'<a href="{h}">{t}</a>' for h, t in
                      [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), ("/vi/tin-tuc/", "Tin tức"), ("/vi/van-ban/", "Văn bản"),
                       (CONTACT, "Liên hệ")])
    most = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items[1:5])
    docs = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in items if "/van-ban/" in a.path)
    poll = "".join(f'<input type="radio" name="vote" value="{i}"> {esc(o)}<br>' for i, o in enumerate(POLL_A, 1))
    footer = "<br>".join(esc(x) for x in FOOTER)
    return f"""<html>
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<title>{esc(title)}</title>
<link rel="StyleSheet" href="/themes/default/css/style.css" type="text/css">
</head>
<body topmargin="0" leftmargin="0">
<table width="1000" align="center" cellpadding="0" cellspacing="0">
<tr><td class="topbar">{TODAY} &nbsp; <a href="javascript:;">Tăng tương phản</a> <a href="javascript:;">Giảm tương phản</a></td></tr>
<tr><td class="header"><img src="/themes/default/images/header.png" alt="{NAME}"><div class="slogan">{"<br>".join(esc(s) for s in SLOGANS)}</div></td></tr>
<tr><td class="menu">{menu}</td></tr>
<tr><td>
<table width="100%" cellpadding="0" cellspacing="0"><tr>
<td valign="top" width="720" class="main">
{main}
</td>
<td valign="top" width="280" class="right">
{box(BOXES[0], f"<ul>{most}</ul>")}
{box(BOXES[1], f"<ul>{docs}</ul>")}
{box(BOXES[3], f"{WEATHER[0]}<br>{WEATHER[1]}")}
{box(BOXES[4], f'{esc(POLL_Q)}<br>{poll}<button type="button">Bình chọn</button>')}
{box(BOXES[2], "<br>".join(STATS))}
{box("Liên kết", '<a href="{{base:offsite}}/lmhtx-vn/">Liên minh HTX Việt Nam</a><br><a href="{{base:offsite}}/chinh-phu/">Chính phủ</a>')}
</td>
</tr></table>
</td></tr>
<tr><td class="footer">{footer}</td></tr>
</table>
<script type="text/javascript" src="/js/global.js"></script>
</body>
</html>
"""


def detail(a: Article, module: str, others: list[Article]) -> str:
    lead = f'<tr><td class="hometext"><i>{inline_html(a.lead)}</i></td></tr>' if a.lead else ""
    files = ""
    if a.attachments:
        files = ('<tr><td class="files"><b>Tải về</b>: ' + " ".join(
            f'<a href="{x["path"]}">{esc(x["text"])}</a>' for x in a.attachments) + "</td></tr>")
    rel = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> ({o.date:%d/%m/%Y})</li>' for o in others)
    return f"""<div class="path"><a href="/">Trang chủ</a> &raquo; <a href="/vi/{module}/">{MODULES[module]}</a></div>
<table class="tbl-detail" width="100%" cellpadding="4" cellspacing="0">
<tr><td class="title_detail"><b>{esc(a.title)}</b></td></tr>
<tr><td class="time_detail">{weekday(a.date, lower=True)} - {a.date:%d/%m/%Y %H:%M}</td></tr>
{lead}
<tr><td class="content_detail">
{render_body(a)}
</td></tr>
{files}
<tr><td class="keywords">Từ khóa: <a href="{TAG}">OCOP</a>, <a href="{TAG}">hợp tác xã</a></td></tr>
<tr><td class="tools"><a href="/vi/tin-tuc/">Xem theo ngày</a> | <a href="javascript:window.print()">Bản in</a> | <a href="javascript:;">Gửi bài viết qua email</a></td></tr>
<tr><td class="rating">Đánh giá bài viết: Tổng số điểm là: 0/5 - 0 phiếu bầu</td></tr>
</table>
{box(BOXES[5], f"<ul>{rel}</ul>")}"""


def row(a: Article) -> str:
    pic = f'<td width="130"><a href="{a.path}"><img src="{img(a.first_image())}" width="120"></a></td>' if a.first_image() else "<td></td>"
    return (f'<tr>{pic}<td><a class="title" href="{a.path}">{esc(a.title)}</a> <span class="small">({a.date:%d/%m/%Y})</span>'
            f'<br>{esc(a.summary())}</td></tr>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-binh", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}/vi/tin-tuc/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    pairs = sorted(articles(), key=lambda p: p[1].date, reverse=True)
    items = [a for _, a in pairs]
    for a in items:
        site.add_article(a)
    for module, a in pairs:
        others = [o for o in items if o is not a][:4]
        title = f"{a.title} - {MODULES[module]} - {SHORT}"
        site.page(a.path, layout(title, detail(a, module, others), items, path=a.path))
    site.trap("article = rows of table.tbl-detail: bold title cell (no heading), date cell after it "
              "('thứ sáu - 05/07/2024 14:00'), italic lead cell, content cell; <title> '<title> - Tin tức - Liên minh HTX "
              "Quảng Bình'", items[0].path)
    site.trap("captions are '<br><i>' inside the centred photo <div>; byline a right-aligned <div>", items[0].path)

    for module in MODULES:
        arts = [a for m, a in pairs if m == module]
        chunks = [arts[i:i + 3] for i in range(0, len(arts), 3)]
        for n, chunk in enumerate(chunks, 1):
            p = f"/vi/{module}/" if n == 1 else f"/vi/{module}/page-{n}.html"
            nav = ""
            if len(chunks) > 1:
                nav = '<div class="generate_page">' + " ".join(
                    f"<strong>{i}</strong>" if i == n else
                    f'<a href="{f"/vi/{module}/" if i == 1 else f"/vi/{module}/page-{i}.html"}">{i}</a>'
                    for i in range(1, len(chunks) + 1)) + "</div>"
            main = (f'<div class="path"><a href="/">Trang chủ</a> &raquo; {MODULES[module]}</div>'
                    f'<table width="100%">{"".join(row(a) for a in chunk)}</table>{nav}')
            site.page(p, layout(f"{MODULES[module]} - {SHORT}", main, items, path=p))
    site.trap("the module's page 2 /vi/tin-tuc/page-2.html is in the article URL shape /vi/<module>/<slug>.html; it holds "
              "the two oldest articles", "/vi/tin-tuc/page-2.html")

    main = box("Tin mới", f'<table width="100%">{"".join(row(a) for a in items[:5])}</table>')
    site.page("/", layout(SHORT, main, items, path="/"))
    tagged = f'<div class="path">Từ khóa: OCOP</div><table width="100%">{"".join(row(a) for a in items)}</table>'
    site.page(TAG, layout(f"OCOP - Tin tức - {SHORT}", tagged, items, path=TAG))
    about = ('<table class="tbl-detail" width="100%"><tr><td class="title_detail"><b>Giới thiệu Liên minh HTX tỉnh Quảng Bình</b></td></tr>'
             '<tr><td class="content_detail"><p>Liên minh Hợp tác xã tỉnh Quảng Bình được thành lập năm 1993, là tổ chức chính trị - xã hội '
             'và kinh tế, đại diện cho các hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh.</p>'
             '<p>Liên minh có Văn phòng, Ban Tuyên truyền - Thi đua, Ban Hỗ trợ phát triển HTX và Quỹ hỗ trợ phát triển HTX; '
             'trụ sở tại 16 Hương Giang, TP Đồng Hới.</p></td></tr></table>')
    site.page(ABOUT, layout(f"Giới thiệu - {SHORT}", about, items, path=ABOUT))
    contact = (f'<b>Liên hệ</b><p>{NAME}</p><p>16 Hương Giang, TP Đồng Hới</p>'
               '<form action="javascript:;"><input name="fname"><textarea name="fcon"></textarea><button type="button">Gửi</button></form>')
    site.page(CONTACT, layout(f"Liên hệ - {SHORT}", contact, items, path=CONTACT))
    site.non_articles += ["/", "/vi/tin-tuc/page-2.html", TAG, ABOUT, CONTACT]
    site.trap("tag page /vi/tin-tuc/tag/ocop.html, the introduction /vi/about/<slug>.html (in the article table, no date) "
              "and the contact page: not articles", ABOUT)

    site.binary(PDF_PATH, pdf("Kế hoạch 15/KH-LMHTX", ["LIEN MINH HTX TINH QUANG BINH", "So: 15/KH-LMHTX",
                                                      "KE HOACH To chuc Hoi cho san pham HTX nam 2024"]))
    site.static("/robots.txt", "User-agent: *\nDisallow: /admin/\n")
    site.binary("/themes/default/images/favicon.png", image_for("/themes/default/images/favicon.png"))
    return site
