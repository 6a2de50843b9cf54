"""Site `lmhtx-quangngai` (registry family `generic`): the portal of the Quảng Ngãi cooperative alliance
on **Plone 4** (Sunburst theme, an older government site), built blind as a held-out test: no
family module, no selectors.

Why it is hard: news items are folder contents `/tin-tuc/<slug>` (no extension, no id, no date);
the title is `h1.documentFirstHeading`, the lead `div.documentDescription`, the body
`#parent-fieldname-text`. The byline `div.documentByLine` reads "bởi Trần Thị Thu Hà — Cập nhật
lần cuối 18/03/2024 09:12": that is the MODIFICATION time, days after publication. Some items
also show "Ngày đăng: 14/03/2024 08:30" (`span.documentPublished`); on the others the
publication time is only in the Dublin Core meta `DC.date.effective` (with `DC.date.created` a
day earlier and `DC.date.modified` later) and in the folder's listing ("Ngày đăng: dd/mm/yyyy");
the summary view `/tin-tuc/folder_summary_view` prints the modification times instead. The
creator in the byline is the author when it is a person; "bởi admin" / "bởi Văn phòng Liên minh"
are accounts (then the byline is the last paragraph of the text, or there is none). Around the
content: `portal-breadcrumbs`, personal tools, global tabs, and `portal-column-two` portlets ("Tin
mới" with dates, "Lịch công tác" with event dates, a calendar portlet of March 2024, visit
counter). Batching `?b_start:int=10`; the folder also holds an Image item and a Link item (their
views are no articles), the document register `/van-ban` holds File items
(`/van-ban/qd-12.pdf/view`: "Tài liệu đính kèm" of the decision); `/@@search`, `/sitemap`,
`/contact-info`, author pages `/author/<user>`, events `/lich-cong-tac/<id>`.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from .core import TODAY_2024, Article, SiteBuild, attr, esc, image_for, inline_html, pdf, weekday

SITE = "lmhtx-quangngai"
NAME = "Liên minh Hợp tác xã tỉnh Quảng Ngãi"
SHORT = "Liên minh HTX tỉnh Quảng Ngãi"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
DOCS = "/van-ban"
EVENTS = "/lich-cong-tac"
BATCH = 10
PDF_PATH = "/van-ban/qd-12.pdf"
PDF_VIEW = "/van-ban/qd-12.pdf/view"
IMAGE_ITEM = "/tin-tuc/hoi-nghi-tong-ket-2023.png"
LINK_ITEM = "/tin-tuc/cong-thong-tin-lien-minh-htx-viet-nam"

TODAY = f"{weekday(TODAY_2024)}, ngày {TODAY_2024:%d/%m/%Y}"
SLOGAN = "Nhiệt liệt chào mừng kỷ niệm 78 năm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2024)"
USERS = {"thuha": "Trần Thị Thu Hà", "admin": "admin", "vanphong": "Văn phòng Liên minh", "minhtuan": "Phạm Minh Tuấn",
         "vananh": "Nguyễn Văn Anh"}
EVENT_LIST = [
    ("hop-ban-thuong-vu-thang-3", datetime(2024, 3, 20, 8, 0), "Họp Ban Thường vụ Liên minh HTX tỉnh tháng 3/2024",
     "Phòng họp Liên minh HTX tỉnh"),
    ("ky-niem-ngay-htx-viet-nam", datetime(2024, 4, 11, 8, 0), "Gặp mặt kỷ niệm 78 năm Ngày Hợp tác xã Việt Nam",
     "Hội trường Liên minh HTX tỉnh"),
]
PORTLETS = ["Tin mới", "Lịch công tác", "Lịch", "Thống kê truy cập", "Đang truy cập: 18", "Hôm nay: 356",
            "Tổng số: 1.036.742", "Liên kết website", "Xem tất cả tin…", "Xem tất cả sự kiện…", "Sự kiện sắp tới"]
HEADER = [TODAY, SLOGAN, "Bạn đang ở:", "Nhảy đến nội dung", "Nhảy đến điều hướng", "chỉ trong mục hiện tại",
          "Đăng nhập", "Sơ đồ cổng", "Trợ năng", "Liên hệ"]
FOOTER = ["Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Quảng Ngãi",
          "Địa chỉ: 96 Nguyễn Nghiêm, phường Nguyễn Nghiêm, thành phố Quảng Ngãi, tỉnh Quảng Ngãi",
          "Điện thoại: 0255.3822.762 - Fax: 0255.3825.104",
          "Chịu trách nhiệm chính: Ông Trương Quang Nam - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 31/GP-STTTT ngày 15/6/2016 của Sở Thông tin và Truyền thông tỉnh Quảng Ngãi",
          "Vận hành trên nền Plone® - Hệ quản trị nội dung mã nguồn mở"]
UI = ["Cập nhật lần cuối", "Gửi trang này", "In trang", "Tài liệu đính kèm", "Nội dung liên quan", "Thao tác trên tài liệu"]
BOILERPLATE = [*HEADER, *PORTLETS, *FOOTER, *UI] + [e[2] for e in EVENT_LIST]


def art(slug: str, published: datetime, *, creator: str, shown: bool, modified: datetime, **kw) -> Article:
    ev = ["metadata", "listing"] + (["date-element"] if shown else [])
    a = Article(path=f"{NEWS}/{slug}", date=published, published=published.strftime("%Y-%m-%dT%H:%M:%S+07:00"),
                published_source="metadata", evidence=ev, **kw)
    a.opts.update(slug=slug, creator=creator, shown=shown, modified=modified,
                  created=published - timedelta(hours=17, minutes=50))
    return a


def articles() -> list[Article]:
    return [
        art("htx-nong-nghiep-tinh-khe-lien-ket-san-xuat-lua-giong", datetime(2024, 3, 14, 8, 30), creator="thuha",
            shown=True, modified=datetime(2024, 3, 18, 9, 12),
            title="HTX Nông nghiệp Tịnh Khê liên kết sản xuất lúa giống",
            lead="HTX Nông nghiệp Tịnh Khê (thành phố Quảng Ngãi) liên kết với Công ty Cổ phần Giống cây trồng Quảng Ngãi sản xuất 85 ha lúa giống vụ Đông Xuân 2023 - 2024.",
            body="""
Theo hợp đồng, công ty cung ứng giống xác nhận, phân bón và cử cán bộ kỹ thuật hướng dẫn; HTX tổ chức cho 240 hộ thành viên sản xuất theo đúng quy trình và bao tiêu toàn bộ sản lượng.
Giá thu mua lúa giống cao hơn lúa thương phẩm 1.500 đồng/kg, giúp mỗi hecta tăng thu nhập khoảng 10 triệu đồng.
[img lua-giong-tinh-khe.png] Cán bộ HTX kiểm tra ruộng lúa giống của thành viên
HTX dự kiến mở rộng diện tích liên kết lên 120 ha trong vụ Hè Thu năm 2024.
""",
            author="Trần Thị Thu Hà",
            notes=["byline 'bởi Trần Thị Thu Hà — Ngày đăng: 14/03/2024 08:30 — Cập nhật lần cuối 18/03/2024 09:12' "
                   "(span.documentPublished, span.documentModified): published 14/03 08:30 (DC.date.effective too), "
                   "not the modification time; DC.date.created 13/03; author the creator Trần Thị Thu Hà (not text)"]),
        art("ra-mat-htx-toi-ly-son", datetime(2024, 3, 11, 7, 15), creator="admin", shown=False,
            modified=datetime(2024, 3, 20, 16, 40),
            title="Ra mắt HTX Tỏi Lý Sơn",
            lead="HTX Tỏi Lý Sơn chính thức ra mắt với 46 thành viên, quản lý 32 ha tỏi trên đặc khu Lý Sơn.",
            body="""
HTX được thành lập với mục tiêu xây dựng vùng trồng tỏi theo hướng hữu cơ, thống nhất quy trình canh tác và bảo vệ nhãn hiệu tập thể “Tỏi Lý Sơn”.
HTX sẽ đầu tư kho bảo quản, máy phân loại và bao bì có tem truy xuất nguồn gốc, hướng tới đưa sản phẩm tỏi đen, tỏi cô đơn vào Chương trình OCOP.
[img toi-ly-son.png] Lãnh đạo Liên minh HTX tỉnh trao quyết định thành lập cho HTX Tỏi Lý Sơn
""",
            byline="Bài, ảnh: Đinh Văn Lực", author="Đinh Văn Lực",
            notes=["no 'Ngày đăng' on the page: the byline shows only 'bởi admin — Cập nhật lần cuối 20/03/2024 16:40' "
                   "(the modification); the publication time is in DC.date.effective 2024-03-11T07:15:00+07:00 and "
                   "the /tin-tuc listing ('Ngày đăng: 11/03/2024'); 'admin' is an account: the author is the last "
                   "paragraph 'Bài, ảnh: Đinh Văn Lực' (part of the text)"]),
        art("quyet-dinh-ban-hanh-quy-che-cho-vay-quy-ho-tro-phat-trien-htx", datetime(2024, 3, 6, 10, 0),
            creator="vanphong", shown=True, modified=datetime(2024, 3, 6, 10, 25),
            title="Quyết định ban hành Quy chế cho vay của Quỹ hỗ trợ phát triển HTX tỉnh",
            body="""
LIÊN MINH HTX TỈNH QUẢNG NGÃI
Số: 12/QĐ-LMHTX
Quảng Ngãi, ngày 05 tháng 3 năm 2024
QUYẾT ĐỊNH
Ban hành Quy chế cho vay của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Quảng Ngãi
Căn cứ Luật Hợp tác xã năm 2023; căn cứ Quyết định số 215/QĐ-UBND ngày 22/02/2022 của UBND tỉnh về việc ban hành Điều lệ tổ chức và hoạt động của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Quảng Ngãi;
Điều 1. Ban hành kèm theo Quyết định này Quy chế cho vay của Quỹ hỗ trợ phát triển hợp tác xã tỉnh Quảng Ngãi.
Điều 2. Quyết định có hiệu lực kể từ ngày 01/4/2024 và thay thế Quyết định số 08/QĐ-LMHTX ngày 10/3/2022.
Điều 3. Chánh Văn phòng, Giám đốc Quỹ hỗ trợ phát triển hợp tác xã và các đơn vị liên quan chịu trách nhiệm thi hành Quyết định này.
Nơi nhận: Như Điều 3; UBND tỉnh; Lưu VT.
CHỦ TỊCH Trương Quang Nam
""",
            author=None, doc_number="12/QĐ-LMHTX", attachments=[{"path": PDF_PATH, "text": "QĐ số 12/QĐ-LMHTX"}],
            opts={"doc": True},
            notes=["official decision 'Số: 12/QĐ-LMHTX', place-date line 'Quảng Ngãi, ngày 05 tháng 3 năm 2024', "
                   "posted 'Ngày đăng: 06/03/2024 10:00'; effective date 01/4/2024 in Điều 2; creator 'Văn phòng "
                   "Liên minh' (an office: no author); signer last; 'Tài liệu đính kèm' links the File item "
                   "/van-ban/qd-12.pdf/view (a File view page: not an article) and the PDF"]),
        art("anh-hoi-cho-san-pham-ocop-va-htx-tinh-quang-ngai-2024", datetime(2024, 3, 4, 17, 20), creator="minhtuan",
            shown=False, modified=datetime(2024, 3, 5, 8, 2),
            title="Ảnh: Hội chợ sản phẩm OCOP và HTX tỉnh Quảng Ngãi năm 2024",
            lead="Hội chợ sản phẩm OCOP và HTX năm 2024 diễn ra từ ngày 1 đến 4/3 tại Quảng trường Phạm Văn Đồng với 120 gian hàng.",
            body="""
[img hoi-cho-1.png] Khách tham quan gian hàng tỏi Lý Sơn, đường phèn Mộ Đức
[img hoi-cho-2.png] Sản phẩm quế Trà Bồng của các HTX miền núi
[img hoi-cho-3.png] Lãnh đạo tỉnh thăm gian hàng của HTX Nông nghiệp Tịnh Khê
Trong 4 ngày, hội chợ đón hơn 25.000 lượt khách, doanh thu của các gian hàng đạt khoảng 3,2 tỷ đồng.
""",
            author="Phạm Minh Tuấn",
            notes=["photo story in TinyMCE captioned images (<dl class='image-inline captioned'><dt><img></dt><dd "
                   "class='image-caption'>…</dd></dl>): one line per caption; date only in DC.date.effective "
                   "2024-03-04T17:20 and the listing; modified 05/03 08:02 in the byline; author the creator"]),
        art("tap-huan-nghiep-vu-cho-can-bo-quan-ly-htx-nam-2024", datetime(2024, 2, 28, 9, 5), creator="admin",
            shown=True, modified=datetime(2024, 3, 1, 14, 30),
            title="Tập huấn nghiệp vụ cho cán bộ quản lý HTX năm 2024",
            lead="Ngày 27/2, Liên minh HTX tỉnh khai giảng lớp tập huấn nghiệp vụ quản lý cho 75 cán bộ HTX các huyện miền núi.",
            body="""
Lớp học kéo dài 3 ngày tại huyện Sơn Hà, học viên được phổ biến những điểm mới của Luật Hợp tác xã năm 2023, kỹ năng xây dựng phương án sản xuất kinh doanh và quản lý tài chính HTX.
## Nội dung chính
* Tổ chức đại hội thành viên và sửa đổi điều lệ theo Luật mới;
* Phân phối thu nhập, trích lập quỹ của HTX;
* Hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX.
""",
            author=None,
            notes=["the lead says 'Ngày 27/2' (the class opened), the page 'Ngày đăng: 28/02/2024 09:05'; creator "
                   "'admin', no byline: author null"]),
        art("htx-que-tra-bong-xuat-khau-lo-que-dau-nam", datetime(2024, 2, 20, 14, 0), creator="admin", shown=True,
            modified=datetime(2024, 2, 21, 7, 45),
            title="HTX quế Trà Bồng xuất khẩu lô quế đầu năm",
            lead="HTX Nông nghiệp quế Trà Bồng vừa xuất khẩu 20 tấn quế vỏ sang Ấn Độ, lô hàng đầu tiên của năm 2024.",
            body="""
HTX có 68 thành viên là đồng bào Cor, trồng hơn 300 ha quế; sản phẩm quế vỏ của HTX đạt OCOP 3 sao.
[img que-tra-bong.png] Thành viên HTX phơi quế
Nhờ liên kết với doanh nghiệp xuất khẩu, giá quế của HTX ổn định ở mức 45.000 - 60.000 đồng/kg tùy loại.
Nguồn: Báo Quảng Ngãi
""",
            author=None,
            notes=["the text ends with 'Nguồn: Báo Quảng Ngãi' (right-aligned italic): part of the text, no author"]),
        art("lien-minh-htx-tinh-tong-ket-cong-tac-nam-2023", datetime(2024, 1, 25, 15, 30), creator="thuha",
            shown=False, modified=datetime(2024, 2, 2, 10, 11),
            title="Liên minh HTX tỉnh tổng kết công tác năm 2023",
            lead="Liên minh HTX tỉnh Quảng Ngãi tổ chức hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024.",
            body="""
Năm 2023, toàn tỉnh thành lập mới 38 HTX, nâng tổng số lên 412 HTX với gần 148.000 thành viên; doanh thu bình quân đạt 3,8 tỷ đồng/HTX.
## Nhiệm vụ năm 2024
* Thành lập mới 40 HTX, trong đó 15 HTX ở các huyện miền núi;
* Hỗ trợ 10 HTX có sản phẩm đạt chuẩn OCOP;
* Tăng vốn Quỹ hỗ trợ phát triển HTX lên 30 tỷ đồng.
[img tong-ket-2023.png] Quang cảnh hội nghị tổng kết
""",
            author="Trần Thị Thu Hà",
            notes=["date only in DC.date.effective (2024-01-25T15:30) and the listing; 'Cập nhật lần cuối 02/02/2024 "
                   "10:11' in the byline and folder_summary_view; author the creator Trần Thị Thu Hà"]),
        art("htx-dich-vu-nong-nghiep-pho-an-chuyen-doi-cay-trong", datetime(2024, 1, 10, 8, 0), creator="vananh",
            shown=True, modified=datetime(2024, 1, 10, 8, 40),
            title="HTX Dịch vụ nông nghiệp Phổ An chuyển đổi cây trồng",
            lead="Trên vùng đất cát ven biển, HTX Dịch vụ nông nghiệp Phổ An (Đức Phổ) chuyển 30 ha lúa kém hiệu quả sang trồng hành, ớt và dưa hấu.",
            body="""
HTX cung ứng giống, hướng dẫn kỹ thuật tưới nhỏ giọt và ký hợp đồng tiêu thụ với thương lái, giúp thành viên có lãi gấp 3 lần trồng lúa.
Năm 2024, HTX tiếp tục vận động thành viên chuyển đổi thêm 15 ha và xây dựng nhãn hiệu “Hành Phổ An”.
""",
            author="Nguyễn Văn Anh",
            notes=["byline 'bởi Nguyễn Văn Anh — Ngày đăng: 10/01/2024 08:00 — Cập nhật lần cuối 10/01/2024 08:40'"]),
        art("htx-thuy-san-sa-huynh-dau-tu-tau-ca-vo-thep", datetime(2023, 12, 28, 10, 45), creator="admin", shown=False,
            modified=datetime(2024, 1, 3, 9, 0),
            title="HTX thủy sản Sa Huỳnh đầu tư tàu cá vỏ thép",
            lead="HTX Thủy sản Sa Huỳnh đưa vào khai thác tàu cá vỏ thép công suất 800 CV, nâng tổng số tàu của HTX lên 12 chiếc.",
            body="""
Các tàu của HTX tổ chức khai thác theo tổ đội, hỗ trợ nhau trên biển và chia sẻ thông tin ngư trường.
HTX cũng đầu tư kho lạnh 200 tấn tại cảng Sa Huỳnh để thu mua, bảo quản hải sản cho thành viên.
""",
            byline="Hồng Nhung", author="Hồng Nhung",
            notes=["oldest item: only on the listings' second batch ?b_start:int=10; date only in DC.date.effective "
                   "(28/12/2023 10:45) and the listing, the byline says 'Cập nhật lần cuối 03/01/2024 09:00'; "
                   "'bởi admin' and the right-aligned byline 'Hồng Nhung' last: part of the text, the author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(name: str) -> str:
    return f"/tin-tuc/anh/{name}"


def stamp(d: datetime) -> str:
    return f"{d:%d/%m/%Y %H:%M}"


def content_html(a: Article) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "img":
            pic = f'<img src="{img(b.src)}" alt="{attr(b.text)}" class="image-inline" title="{attr(b.text)}" />'
            if b.text:
                out.append(f'<dl class="image-inline captioned" style="width:600px;"><dt>{pic}</dt>'
                           f'<dd class="image-caption" style="width:600px;">{inline_html(b.text)}</dd></dl>')
            else:
                out.append(f"<p>{pic}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.text.startswith("Nguồn:"):
            out.append(f'<p style="text-align: right; "><em>{inline_html(b.text)}</em></p>')
        elif a.opts.get("doc") and (b.text.isupper() or b.text.startswith(("Số:", "Ban hành Quy chế"))):
            out.append(f'<p style="text-align: center; "><strong>{inline_html(b.text)}</strong></p>')
        elif a.opts.get("doc") and b.text.startswith(("Quảng Ngãi, ngày", "CHỦ TỊCH")):
            out.append(f'<p style="text-align: right; "><em>{inline_html(b.text)}</em></p>')
        else:
            out.append(f'<p style="text-align: justify; ">{inline_html(b.text)}</p>')
    if a.byline:
        out.append(f'<p style="text-align: right; "><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def byline(creator: str, published: datetime | None, modified: datetime) -> str:
    name = USERS[creator]
    who = (f'<span class="documentAuthor">bởi <a href="/author/{creator}">{esc(name)}</a></span>'
           if creator != "admin" else '<span class="documentAuthor">bởi admin</span>')
    pub = (f' — <span class="documentPublished"><span>Ngày đăng:</span> {stamp(published)}</span>' if published else "")
    return (f'<div class="documentByLine" id="plone-document-byline">{who}{pub} — <span class="documentModified">'
            f'<span>{UI[0]}</span> {stamp(modified)}</span></div>')


def dc_meta(a: Article) -> str:
    return (f'<meta name="DC.creator" content="{a.opts["creator"]}" />\n<meta name="DC.format" content="text/html" />\n'
            f'<meta name="DC.date.modified" content="{a.opts["modified"]:%Y-%m-%dT%H:%M:%S}+07:00" />\n'
            f'<meta name="DC.date.created" content="{a.opts["created"]:%Y-%m-%dT%H:%M:%S}+07:00" />\n'
            f'<meta name="DC.type" content="Tin tức" />\n'
            f'<meta name="DC.date.effective" content="{a.date:%Y-%m-%dT%H:%M:%S}+07:00" />\n'
            f'<meta name="DC.language" content="vi" />\n'
            f'<meta name="description" content="{attr(a.lead or a.title)}" />\n'
            f'<link rel="canonical" href="{{{{base}}}}{a.path}" />')


def calendar() -> str:
    first = datetime(2024, 3, 1)
    days = ["" for _ in range(first.weekday())] + list(range(1, 32))
    events = {e[1].day: f"{EVENTS}/{e[0]}" for e in EVENT_LIST if e[1].month == 3}
    rows = ""
    for i in range(0, len(days), 7):
        week = days[i:i + 7]
        rows += "<tr>" + "".join(
            "<td></td>" if d == "" else
            (f'<td class="event"><strong><a href="{events[d]}" title="{attr(EVENT_LIST[0][2])}">{d}</a></strong></td>'
             if d in events else f"<td>{d}</td>") for d in week) + "</tr>"
    return ('<dl class="portlet portletCalendar" id="portlet-calendar"><dt class="portletHeader"><span '
            'class="portletTopLeft"></span><a href="#" rel="nofollow" title="Tháng trước" class="calendarPrevious">«</a> '
            f'<span>{PORTLETS[2]}: Tháng 3 2024</span> <a href="#" rel="nofollow" title="Tháng sau" class="calendarNext">»</a>'
            '</dt><dd class="portletItem"><table class="ploneCalendar" summary="Lịch"><thead><tr class="weekdays">'
            + "".join(f"<td>{d}</td>" for d in ["T2", "T3", "T4", "T5", "T6", "T7", "CN"])
            + f"</tr></thead><tbody>{rows}</tbody></table></dd></dl>")


class Plone:
    def __init__(self, posts: list[Article]):
        self.posts = posts

    def page(self, title: str, content: str, *, crumbs: list[tuple[str, str]], head: str = "",
             section: str = "index_html") -> str:
        tabs = "".join(f'<li id="portaltab-{tid}" class="plain{" selected" if tid == section else ""}"><a href="{h}" '
                       f'title="">{esc(t)}</a></li>' for tid, h, t in
                       [("index_html", "/", "Trang chủ"), ("gioi-thieu", "/gioi-thieu", "Giới thiệu"),
                        ("tin-tuc", NEWS, "Tin tức"), ("van-ban", DOCS, "Văn bản"), ("lich-cong-tac", EVENTS, "Lịch công tác"),
                        ("contact-info", "/contact-info", "Liên hệ")])
        bc = "".join(f'<span id="breadcrumbs-{i}" dir="ltr"><span class="breadcrumbSeparator">›</span> '
                     + (f'<a href="{h}">{esc(t)}</a>' if h else f'<span id="breadcrumbs-current">{esc(t)}</span>') + "</span>"
                     for i, (h, t) in enumerate(crumbs, 1))
        news = "".join(f'<dd class="portletItem {"odd" if i % 2 else "even"}"><a href="{a.path}" class="tile" '
                       f'title="{attr(a.lead or a.title)}"><img src="/news_icon.png" alt="" class="image-icon" /> '
                       f'{esc(a.title)}<span class="portletItemDetails">{a.date:%d/%m/%Y}</span></a></dd>'
                       for i, a in enumerate(self.posts[:5]))
        events = "".join(f'<dd class="portletItem"><a href="{EVENTS}/{e[0]}" class="tile">{esc(e[2])}<span '
                         f'class="portletItemDetails">{e[1]:%d/%m/%Y} — {esc(e[3])}</span></a></dd>' for e in EVENT_LIST)
        footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:5])
        return f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml" lang="vi" xml:lang="vi">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8" />
<meta name="generator" content="Plone - http://plone.org" />
{head}
<link rel="stylesheet" type="text/css" media="screen" href="/portal_css/Sunburst%20Theme/base-cachekey-3d4c8e1f.css" />
<link rel="stylesheet" type="text/css" href="/portal_css/Sunburst%20Theme/ploneCustom-cachekey-0b12a9e7.css" />
<script type="text/javascript" src="/portal_javascripts/Sunburst%20Theme/resourceplone.app.jquery-cachekey-9f1d2c3b.js"></script>
<title>{esc(title)} — {esc(SHORT)}</title>
<link rel="search" href="/@@search" title="Tìm kiếm trong trang web" />
</head>
<body class="template-document_view portaltype-news-item site-lmhtx section-{section}" dir="ltr">
<div id="visual-portal-wrapper">
<div id="portal-top" class="row"><div class="cell width-full position-0">
<div id="portal-header">
<p class="hiddenStructure"><a accesskey="2" href="#content">{HEADER[3]}</a> | <a accesskey="6" href="#portal-globalnav">{HEADER[4]}</a></p>
<div id="portal-topbar"><span class="today">{TODAY}</span> <marquee scrollamount="2">{esc(SLOGAN)}</marquee></div>
<ul id="portal-siteactions"><li id="siteaction-sitemap"><a href="/sitemap" accesskey="3">{HEADER[7]}</a></li><li id="siteaction-accessibility"><a href="/accessibility-info" accesskey="0">{HEADER[8]}</a></li><li id="siteaction-contact"><a href="/contact-info" accesskey="9">{HEADER[9]}</a></li></ul>
<div id="portal-searchbox"><form id="searchGadget_form" action="/@@search"><label for="searchGadget" class="hiddenStructure">Tìm kiếm</label><input name="SearchableText" type="text" size="18" id="searchGadget" title="Tìm kiếm" class="searchField" /><input class="searchButton" type="submit" value="Tìm kiếm" /><div class="searchSection"><input id="searchbox_currentfolder_only" class="noborder" type="checkbox" name="path" value="/lmhtx/tin-tuc" /><label for="searchbox_currentfolder_only" style="cursor: pointer">{HEADER[5]}</label></div></form></div>
<a id="portal-logo" title="{attr(SHORT)}" accesskey="1" href="/"><img src="/logo.png" alt="{attr(SHORT)}" title="{attr(SHORT)}" height="96" width="520" /></a>
<div id="portal-personaltools-wrapper"><dl class="actionMenu deactivated" id="portal-personaltools"><dt class="actionMenuHeader"><a href="/login_form" id="personaltools-login">{HEADER[6]}</a></dt></dl></div>
<h5 class="hiddenStructure">Mục</h5>
<ul id="portal-globalnav">{tabs}</ul>
</div>
<div id="portal-breadcrumbs"><span id="breadcrumbs-you-are-here">{HEADER[2]}</span> <span id="breadcrumbs-home"><a href="/">Trang chủ</a></span>{bc}</div>
</div></div>
<div id="portal-columns" class="row">
<div id="portal-column-content" class="cell width-3:4 position-0">
<div id="viewlet-above-content"></div>
<div id="content">
{content}
</div>
<div id="viewlet-below-content"></div>
</div>
<div id="portal-column-two" class="cell width-1:4 position-3:4">
<div class="visualPadding">
<div class="portletWrapper" id="portletwrapper-706c6f6e652e7269676874636f6c756d6e0a636f6e746578740a2f6c6d6874780a6e657773" data-portlethash="news">
<dl class="portlet portletNews"><dt class="portletHeader"><span class="portletTopLeft"></span><a href="{NEWS}" class="tile">{PORTLETS[0]}</a><span class="portletTopRight"></span></dt>
{news}<dd class="portletFooter"><a href="{NEWS}" class="tile">{PORTLETS[8]}</a></dd></dl></div>
<div class="portletWrapper" data-portlethash="events"><dl class="portlet portletEvents"><dt class="portletHeader"><span class="portletTopLeft"></span><a href="{EVENTS}" class="tile">{PORTLETS[1]}</a></dt>
<dd class="portletItem"><em>{PORTLETS[10]}</em></dd>{events}<dd class="portletFooter"><a href="{EVENTS}">{PORTLETS[9]}</a></dd></dl></div>
<div class="portletWrapper" data-portlethash="calendar">{calendar()}</div>
<div class="portletWrapper" data-portlethash="counter"><dl class="portlet portletStaticText"><dt class="portletHeader">{PORTLETS[3]}</dt><dd class="portletItem"><p>{PORTLETS[4]}</p><p>{PORTLETS[5]}</p><p>{PORTLETS[6]}</p></dd></dl></div>
<div class="portletWrapper" data-portlethash="links"><dl class="portlet portletStaticText"><dt class="portletHeader">{PORTLETS[7]}</dt><dd class="portletItem"><ul><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/quangngai-gov/" target="_blank">Cổng TTĐT tỉnh Quảng Ngãi</a></li></ul></dd></dl></div>
</div></div>
</div>
<div id="portal-footer-wrapper" class="row"><div class="cell width-full position-0">
<div id="portal-footer"><p class="footer-title"><strong>{esc(FOOTER[0])}</strong></p>{footer}</div>
<div id="portal-colophon"><a href="{{{{base:offsite}}}}/plone/" title="Plone">{esc(FOOTER[5])}</a></div>
</div></div>
</div>
</body>
</html>
"""

    def item(self, a: Article, related: list[Article]) -> str:
        att = ""
        if a.attachments:
            att = (f'<div class="relatedItems"><dl id="relatedItemBox" class="portlet"><dt class="portletHeader">{UI[3]}</dt>'
                   f'<dd class="portletItem"><a href="{PDF_VIEW}" class="contenttype-file"><img src="/pdf.png" alt="" /> '
                   f'QĐ số 12/QĐ-LMHTX</a> (<a href="{PDF_PATH}">qd-12.pdf</a> — PDF, 96 KB)</dd></dl></div>')
        rel = "".join(f'<dd class="portletItem"><a href="{o.path}" class="contenttype-news-item">{esc(o.title)}</a></dd>'
                      for o in related)
        return (f'<div id="viewlet-above-content-title"></div><h1 id="parent-fieldname-title" class="documentFirstHeading">'
                f'{esc(a.title)}</h1><div id="viewlet-below-content-title">'
                + byline(a.opts["creator"], a.date if a.opts["shown"] else None, a.opts["modified"]) + "</div>"
                + (f'<div id="parent-fieldname-description" class="documentDescription">{esc(a.lead)}</div>'
                   if a.lead else "")
                + '<div id="viewlet-above-content-body"></div><div id="content-core">'
                f'<div id="parent-fieldname-text" class="plain">'
                + f'\n{content_html(a)}\n</div></div>{att}'
                f'<div class="documentActions"><h5 class="hiddenStructure">{UI[5]}</h5><ul>'
                f'<li id="document-action-sendto"><a href="{a.path}/sendto_form" title="">{UI[1]}</a></li>'
                f'<li id="document-action-print"><a href="javascript:this.print();" title="">{UI[2]}</a></li></ul></div>'
                f'<div class="relatedItems"><dl id="relatedItemBox" class="portlet"><dt class="portletHeader">{UI[4]}</dt>'
                f"{rel}</dl></div>")


def build() -> SiteBuild:
    site = SiteBuild(SITE, "quang-ngai", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    plone = Plone(posts)
    for i, a in enumerate(posts):
        related = [o for o in posts if o is not a][i % 3:i % 3 + 2]
        html_ = plone.page(a.title, plone.item(a, related), crumbs=[(NEWS, "Tin tức"), ("", a.title)],
                           head=dc_meta(a), section="tin-tuc")
        site.page(a.path, html_, content_type=HTML)
        site.page(f"{a.path}/sendto_form", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Gửi trang '
                  'này</title></head><body><form method="post"><input name="send_to_address"><input name="send_from_address">'
                  '<textarea name="comment"></textarea><input type="submit" value="Gửi"></form></body></html>',
                  content_type=HTML)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(img(b.src), image_for(b.src))
        site.add_article(a)
    featured = posts[0]
    site.same_page(featured.path + "/view", featured.path)
    featured.aliases.append(featured.path + "/view")
    site.trap("the front page's 'Tin nổi bật' links the newest item as /tin-tuc/<id>/view (Plone's explicit view; "
              "same page, rel=canonical to the bare address): an alias", featured.path + "/view")

    # folder contents: the news items, an Image item and a Link item
    image_item = dict(path=IMAGE_ITEM + "/view", title="Hội nghị tổng kết năm 2023 (ảnh)", date=datetime(2024, 1, 25, 16, 2),
                      desc="Ảnh tư liệu hội nghị tổng kết công tác năm 2023 của Liên minh HTX tỉnh.", kind="image")
    link_item = dict(path=LINK_ITEM, title="Cổng thông tin Liên minh HTX Việt Nam", date=datetime(2024, 1, 2, 9, 0),
                     desc="Liên kết tới Cổng thông tin điện tử của Liên minh Hợp tác xã Việt Nam.", kind="link")
    entries = sorted([dict(path=a.path, title=a.title, date=a.date, desc=a.lead or a.summary(), kind="news",
                           modified=a.opts["modified"], creator=a.opts["creator"]) for a in posts]
                     + [dict(image_item, modified=image_item["date"], creator="thuha"),
                        dict(link_item, modified=link_item["date"], creator="admin")],
                     key=lambda e: e["date"], reverse=True)
    batches = [entries[i:i + BATCH] for i in range(0, len(entries), BATCH)]

    def batch_nav(base: str, n: int) -> str:
        if len(batches) < 2:
            return ""
        out = '<div class="listingBar">'
        if n > 0:
            out += f'<span class="previous"><a href="{base}?b_start:int={(n - 1) * BATCH}">« {BATCH} mục trước</a></span>'
        if n < len(batches) - 1:
            rest = len(batches[n + 1])
            out += f'<span class="next"><a href="{base}?b_start:int={(n + 1) * BATCH}">{rest} mục tiếp theo »</a></span>'
        out += "".join(f"<span>[{k + 1}]</span>" if k == n else f'<a href="{base}?b_start:int={k * BATCH}">{k + 1}</a>'
                       for k in range(len(batches)))
        return out + "</div>"

    for n, chunk in enumerate(batches):
        items = "".join(f'<div class="tileItem visualIEFloatFix"><h2 class="tileHeadline"><a href="{e["path"]}" '
                        f'class="summary url">{esc(e["title"])}</a></h2><p class="tileBody"><span class="description">'
                        f'{esc(e["desc"])}</span></p><span class="documentByLine">Ngày đăng: {e["date"]:%d/%m/%Y}</span>'
                        '<div class="visualClear"></div></div>' for e in chunk)
        main = (f'<h1 class="documentFirstHeading">Tin tức</h1><div class="documentDescription">Tin hoạt động của '
                f'Liên minh HTX tỉnh và các hợp tác xã</div><div id="content-core">{items}{batch_nav(NEWS, n)}</div>')
        url = NEWS if n == 0 else f"{NEWS}?b_start:int={n * BATCH}"
        site.page(url, plone.page("Tin tức", main, crumbs=[("", "Tin tức")], section="tin-tuc"), content_type=HTML)
        site.non_articles.append(url)
        summary = "".join(
            f'<div class="tileItem visualIEFloatFix"><h2 class="tileHeadline"><a href="{e["path"]}" class="summary url">'
            f'{esc(e["title"])}</a></h2><div class="documentByLine">bởi {esc(USERS[e["creator"]])} — <span>'
            f'{UI[0]}</span> {stamp(e["modified"])}</div><p class="tileBody"><span class="description">{esc(e["desc"])}'
            f'</span></p><p class="tileFooter"><a href="{e["path"]}">Xem thêm…</a></p></div>' for e in chunk)
        surl = f"{NEWS}/folder_summary_view" + ("" if n == 0 else f"?b_start:int={n * BATCH}")
        site.page(surl, plone.page("Tin tức", f'<h1 class="documentFirstHeading">Tin tức</h1><div id="content-core">'
                                   f'{summary}{batch_nav(NEWS + "/folder_summary_view", n)}</div>',
                                   crumbs=[(NEWS, "Tin tức"), ("", "Xem dạng tóm tắt")], section="tin-tuc"),
                  content_type=HTML)
        site.non_articles.append(surl)
    site.trap("folder listing /tin-tuc ('Ngày đăng: dd/mm/yyyy' = effective) batched by 10 with ?b_start:int=10 "
              "('« 10 mục trước / 1 mục tiếp theo »'); the second batch holds the oldest item", f"{NEWS}?b_start:int=10")
    site.trap("/tin-tuc/folder_summary_view (and its ?b_start:int=10): each item's byline 'bởi X — Cập nhật lần cuối "
              "dd/mm/yyyy HH:MM' is the MODIFICATION time, not the publication date: not articles",
              f"{NEWS}/folder_summary_view")

    # the Image and Link items
    site.page(image_item["path"], plone.page(image_item["title"], f'<h1 class="documentFirstHeading">{esc(image_item["title"])}'
                                             f'</h1>{byline("thuha", None, image_item["date"])}<div class="documentDescription">'
                                             f'{esc(image_item["desc"])}</div><div id="content-core"><a href="{IMAGE_ITEM}/image_view_fullscreen">'
                                             f'<img src="{IMAGE_ITEM}" alt="" /><br /><span class="visualNoPrint">Nhấn để xem '
                                             'ảnh kích thước đầy đủ</span></a><span class="discreet">Kích thước ảnh: 1600 x '
                                             '1067 điểm ảnh</span></div>', crumbs=[(NEWS, "Tin tức"), ("", image_item["title"])],
                                             section="tin-tuc"), content_type=HTML)
    site.page(IMAGE_ITEM + "/image_view_fullscreen", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>'
              f'{esc(image_item["title"])}</title></head><body><a href="{IMAGE_ITEM}/view">« Quay lại nội dung trang</a>'
              f'<img src="{IMAGE_ITEM}" alt="" /></body></html>', content_type=HTML)
    site.binary(IMAGE_ITEM, image_for(IMAGE_ITEM))
    site.page(LINK_ITEM, plone.page(link_item["title"], f'<h1 class="documentFirstHeading">{esc(link_item["title"])}</h1>'
                                    f'{byline("admin", None, link_item["date"])}<div class="documentDescription">'
                                    f'{esc(link_item["desc"])}</div><div id="content-core"><p><span>Liên kết tới:</span> '
                                    '<a href="{{base:offsite}}/lmhtx-vn/">{{base:offsite}}/lmhtx-vn/</a></p></div>',
                                    crumbs=[(NEWS, "Tin tức"), ("", link_item["title"])], section="tin-tuc"),
              content_type=HTML)
    site.non_articles += [image_item["path"], IMAGE_ITEM + "/image_view_fullscreen", LINK_ITEM]
    site.trap("an Image item /tin-tuc/<name>.png/view and a Link item in the news folder (title, byline, description, "
              "an image or 'Liên kết tới: …'), listed among the news: not articles", image_item["path"])

    # document register with the File item
    doc = next(a for a in posts if a.doc_number)
    site.page(PDF_VIEW, plone.page("QĐ số 12/QĐ-LMHTX", '<h1 class="documentFirstHeading">QĐ số 12/QĐ-LMHTX</h1>'
                                   + byline("vanphong", None, datetime(2024, 3, 6, 10, 3))
                                   + f'<div class="documentDescription">{esc(doc.title)}</div><div id="content-core">'
                                   f'<p><a href="{PDF_PATH}"><img src="/pdf.png" alt="" /> qd-12.pdf</a> <span '
                                   'class="discreet">— PDF document, 96 KB</span></p></div>',
                                   crumbs=[(DOCS, "Văn bản"), ("", "QĐ số 12/QĐ-LMHTX")], section="van-ban"),
              content_type=HTML)
    site.binary(PDF_PATH, pdf("Quyết định số 12/QĐ-LMHTX", ["QUYET DINH BAN HANH QUY CHE CHO VAY",
                                                           "Lien minh HTX tinh Quang Ngai"]))
    site.page(DOCS, plone.page("Văn bản", '<h1 class="documentFirstHeading">Văn bản</h1><div id="content-core">'
                               '<table class="listing" summary="Danh sách nội dung"><thead><tr><th>Tiêu đề</th><th>Loại'
                               '</th><th>Cập nhật</th></tr></thead><tbody><tr class="odd"><td><a href="'
                               f'{PDF_VIEW}" class="contenttype-file">QĐ số 12/QĐ-LMHTX</a></td><td>File</td><td>06/03/2024'
                               f'</td></tr><tr class="even"><td><a href="{doc.path}">{esc(doc.title)}</a></td><td>Tin tức'
                               "</td><td>06/03/2024</td></tr></tbody></table></div>",
                               crumbs=[("", "Văn bản")], section="van-ban"), content_type=HTML)
    site.non_articles += [PDF_VIEW, DOCS]
    site.trap("the File item /van-ban/qd-12.pdf/view (title, byline, the decision's title as description, 'qd-12.pdf — "
              "PDF document, 96 KB') and the register /van-ban (a folder_tabular_view): not articles", PDF_VIEW)

    # events
    for eid, when, title, where in EVENT_LIST:
        site.page(f"{EVENTS}/{eid}", plone.page(title, f'<h1 class="documentFirstHeading">{esc(title)}</h1>'
                                                f'<div id="content-core"><div class="eventDetails vcard"><table class="vertical '
                                                f'listing" summary="Chi tiết sự kiện"><tbody><tr><th>Khi</th><td>'
                                                f'{when:%d/%m/%Y} từ {when:%H:%M} đến 11:00</td></tr><tr><th>Ở đâu</th><td>'
                                                f'{esc(where)}</td></tr><tr><th>Liên hệ</th><td>Văn phòng Liên minh HTX tỉnh'
                                                '</td></tr></tbody></table></div><p>Thành phần: Ban Thường vụ, lãnh đạo các '
                                                'ban chuyên môn.</p></div>', crumbs=[(EVENTS, "Lịch công tác"), ("", title)],
                                                section="lich-cong-tac"), content_type=HTML)
        site.non_articles.append(f"{EVENTS}/{eid}")
    site.page(EVENTS, plone.page("Lịch công tác", '<h1 class="documentFirstHeading">Lịch công tác</h1><div id="content-core">'
                                 + "".join(f'<div class="tileItem"><h2 class="tileHeadline"><a href="{EVENTS}/{e[0]}">'
                                           f'{esc(e[2])}</a></h2><span class="documentByLine">{e[1]:%d/%m/%Y %H:%M} — '
                                           f'{esc(e[3])}</span></div>' for e in EVENT_LIST) + "</div>",
                                 crumbs=[("", "Lịch công tác")], section="lich-cong-tac"), content_type=HTML)
    site.non_articles.append(EVENTS)
    site.trap("'Lịch công tác' portlet and the calendar portlet (March 2024, event days linked) on every page; event "
              "pages /lich-cong-tac/<id> ('Khi', 'Ở đâu', 'Liên hệ'): not articles", f"{EVENTS}/{EVENT_LIST[0][0]}")

    # front page, static pages, search, sitemap, authors
    front = ('<h1 class="documentFirstHeading">Liên minh Hợp tác xã tỉnh Quảng Ngãi</h1><div id="content-core">'
             f'<div class="featured"><h2>Tin nổi bật</h2><a href="{featured.path}/view"><img src="{img(featured.first_image())}" '
             f'alt="" /></a><h3><a href="{featured.path}/view">{esc(featured.title)}</a></h3><p>{esc(featured.lead)}</p></div>'
             '<ul class="front-news">' + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="discreet">'
                                                 f'({a.date:%d/%m/%Y})</span></li>' for a in posts[1:6])
             + f'</ul><p><a href="{NEWS}">Xem tất cả tin…</a> | <a href="{NEWS}/folder_summary_view">Xem dạng tóm tắt</a>'
             "</p></div>")
    site.page("/", plone.page("Trang chủ", front, crumbs=[]), content_type=HTML)
    about = [
        "Liên minh Hợp tác xã tỉnh Quảng Ngãi là tổ chức chính trị - xã hội mang tính kinh tế, đại diện cho các hợp tác "
        "xã, liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh, có trụ sở tại thành phố Quảng Ngãi.",
        "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn thành lập, đào tạo cán bộ; xúc tiến "
        "thương mại và cho vay vốn qua Quỹ hỗ trợ phát triển hợp tác xã tỉnh.",
        "Hợp tác xã của tỉnh hoạt động chủ yếu trong lĩnh vực nông nghiệp, thủy sản, quế, tỏi Lý Sơn, đường phèn và "
        "dịch vụ, nhiều sản phẩm đã đạt chứng nhận OCOP."]
    site.page("/gioi-thieu", plone.page("Giới thiệu", '<h1 class="documentFirstHeading">Giới thiệu</h1>'
                                        + byline("admin", None, datetime(2019, 5, 7, 10, 12))
                                        + '<div id="content-core"><div id="parent-fieldname-text" class="plain">'
                                        + "".join(f"<p>{esc(p)}</p>" for p in about) + "</div></div>",
                                        crumbs=[("", "Giới thiệu")], section="gioi-thieu"), content_type=HTML)
    site.page("/contact-info", plone.page("Liên hệ", '<h1 class="documentFirstHeading">Liên hệ</h1><div id="content-core">'
                                          f'<p>{esc(NAME)}</p><p>{esc(FOOTER[1])}</p><form name="feedback_form" '
                                          'action="/contact-info" method="post"><input name="sender_fullname" />'
                                          '<input name="sender_from_address" /><input name="subject" /><textarea '
                                          'name="message"></textarea><input class="context" type="submit" value="Gửi" />'
                                          "</form></div>", crumbs=[("", "Liên hệ")], section="contact-info"),
              content_type=HTML)
    found = [a for a in posts if "OCOP" in a.body or "OCOP" in (a.lead or "")]
    site.page("/@@search", plone.page("Tìm kiếm", '<h1 class="documentFirstHeading">Kết quả tìm kiếm</h1><div id="content-core">'
                                      f'<p><strong id="search-results-number">{len(found)}</strong> mục phù hợp với điều kiện '
                                      'tìm kiếm của bạn.</p><dl class="searchResults">'
                                      + "".join(f'<dt class="contenttype-news-item"><a href="{a.path}">{esc(a.title)}</a></dt>'
                                                f'<dd><span class="discreet">bởi {esc(USERS[a.opts["creator"]])} — '
                                                f'{UI[0]} {stamp(a.opts["modified"])}</span><br />{esc(a.summary())}</dd>'
                                                for a in found) + "</dl></div>", crumbs=[("", "Tìm kiếm")]),
              content_type=HTML)
    site.same_page(f"{NEWS}/@@search", "/@@search")
    site.page("/sitemap", plone.page("Sơ đồ cổng", '<h1 class="documentFirstHeading">Sơ đồ cổng</h1><ul id="portal-sitemap" '
                                     'class="navTreeLevel0">' + "".join(
                                         f'<li class="navTreeItem"><a href="{h}">{t}</a></li>' for h, t in
                                         [("/gioi-thieu", "Giới thiệu"), (NEWS, "Tin tức"), (DOCS, "Văn bản"),
                                          (EVENTS, "Lịch công tác"), ("/contact-info", "Liên hệ")]) + "</ul>",
                                     crumbs=[("", "Sơ đồ cổng")]), content_type=HTML)
    site.page("/accessibility-info", plone.page("Trợ năng", '<h1 class="documentFirstHeading">Trợ năng</h1><p>Các phím '
                                                "tắt: Alt + 1 về trang chủ, Alt + 2 đến nội dung, Alt + 3 sơ đồ cổng.</p>",
                                                crumbs=[("", "Trợ năng")]), content_type=HTML)
    for user in ("thuha", "minhtuan", "vananh", "vanphong"):
        mine = [a for a in posts if a.opts["creator"] == user]
        site.page(f"/author/{user}", plone.page(USERS[user], f'<h1 class="documentFirstHeading">{esc(USERS[user])}</h1>'
                                                f'<h2>Nội dung gần đây của {esc(USERS[user])}</h2><div id="author-content-list">'
                                                + "".join(f'<dl><dt><a href="{a.path}">{esc(a.title)}</a></dt><dd>'
                                                          f'{esc(a.summary())}</dd></dl>' for a in mine) + "</div>",
                                                crumbs=[("", USERS[user])]), content_type=HTML)
        site.non_articles.append(f"/author/{user}")
    site.page("/login_form", '<!DOCTYPE html><html lang="vi"><head><meta charset="utf-8"><title>Đăng nhập</title></head>'
              '<body><form method="post" action="/login_form"><input name="__ac_name"><input name="__ac_password" '
              'type="password"><input type="submit" value="Đăng nhập"></form></body></html>', content_type=HTML)
    site.never_fetched.append("/login_form")
    for a in posts:
        site.non_articles.append(f"{a.path}/sendto_form")
    site.static("/robots.txt", "User-agent: *\nDisallow: /login_form\nDisallow: /*sendto_form$\nDisallow: /*folder_factories$\n")
    site.non_articles += ["/", "/gioi-thieu", "/contact-info", "/@@search", f"{NEWS}/@@search", "/sitemap",
                          "/accessibility-info"]
    site.trap("introduction /gioi-thieu (a Document: h1, byline 'bởi admin — Cập nhật lần cuối 07/05/2019 10:12', "
              "#parent-fieldname-text with three paragraphs), contact form, search /@@search (also in /tin-tuc), site "
              "map, accessibility page and author pages /author/<user>: not articles", "/gioi-thieu")
    for name in ("news_icon.png", "pdf.png", "logo.png"):
        site.binary("/" + name, image_for(name))
    return site
