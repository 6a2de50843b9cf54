"""Site `lmhtx-daklak-moi` (registry family `generic`): the portal of the merged Đắk Lắk alliance (Phú Yên joined it
on 1 July 2025) on **MODX Revolution** 2.8 with a Bootstrap 3 template, written as a held-out test: no family
module, no selectors.

Why it is hard: the head has `<base href="http://…/">` and every link, image, style sheet and attachment is
RELATIVE to it (`tin-tuc/slug.html`, `assets/images/…`, `assets/files/…pdf`): resolved against the page's own
address instead, a link on `/tin-tuc/x.html` becomes `/tin-tuc/tin-tuc/…` (404). Friendly URLs with `.html`
under container folders; listings are pdoPage (`tin-tuc/?page=2`) of `div.news-item` blocks (thumbnail, `h3`
title link, "14.03.2026", introtext, "Xem tiếp"). The article template is `div.content` with `h1.page-title`, a
line "Ngày đăng: 03.12.2025 | Lượt xem: 1.245" (dots, day first, no time: midnight; days up to 12 read wrongly
month-first), the `[[*introtext]]` lead in `div.lead` (the first line), the `[[*content]]` rich text, then an
optional template variable "Tác giả: X" (`p.tv-author`: the author, not text; others have a closing byline in the
text, one a "Nguồn: …" line, the document its signer), a "Tệp đính kèm" list (attachment, not text), and the
"Tin cùng chuyên mục" chunk of titles with dotted dates. Breadcrumbs by pdoCrumbs, a sidebar of Wayfinder menus,
"Tin đọc nhiều", a counter and the weather. The "Thông báo" template drops the date: that notice has its day only
in the text ("Ngày 12/3", no year) and in its listing. The introduction uses the article template without the
date line; contact, gallery and the SimpleSearch results page are no articles either.
"""

from __future__ import annotations

import hashlib
import posixpath
from dataclasses import dataclass
from datetime import datetime
from urllib.parse import urljoin, urlsplit

from .core import TODAY_2026, Article, SiteBuild, attr, esc, image_for, inline_html, iso, page_links, pdf, weekday

SITE = "lmhtx-daklak-moi"
NAME = "Liên minh Hợp tác xã tỉnh Đắk Lắk"
HTML = "text/html; charset=UTF-8"
NEWS = "tin-tuc/"
DOCS = "van-ban/"
NOTICE = "thong-bao/"
ABOUT = "gioi-thieu.html"
CONTACT = "lien-he.html"
GALLERY = "thu-vien-anh.html"
SEARCH = "tim-kiem.html?search=ocop"
PDF_PATH = "assets/files/2026/qd-08-lmhtx-quy-che-thi-dua.pdf"
PER = 5

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
HEADER = [TODAY, "LIÊN MINH HỢP TÁC XÃ TỈNH ĐẮK LẮK", "Cổng thông tin điện tử - Kinh tế tập thể Đắk Lắk",
          "Hợp tác xã - Cầu nối từ cao nguyên đến biển xanh"]
SIDE = ["Danh mục", "Tin đọc nhiều", "Thời tiết Buôn Ma Thuột", "Nắng nhẹ, 27°C - Độ ẩm 68%",
        "Thống kê truy cập", "Đang online: 17", "Hôm nay: 506", "Tổng lượt truy cập: 986.214", "Liên kết"]
FOOTER = ["Bản quyền © 2025 Liên minh Hợp tác xã tỉnh Đắk Lắk",
          "Địa chỉ: 15 Lê Duẩn, phường Buôn Ma Thuột, tỉnh Đắk Lắk",
          "Văn phòng đại diện: 89 Trần Hưng Đạo, phường Tuy Hòa, tỉnh Đắk Lắk",
          "Điện thoại: 0262.3852.471 - Email: lmhtx@daklak.gov.vn",
          "Người chịu trách nhiệm: Bà H'Yim Kđoh - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 05/GP-STTTT ngày 12/9/2025"]
LABELS = ["Ngày đăng:", "Lượt xem:", "Tin cùng chuyên mục", "Tệp đính kèm", "Xem tiếp", "Trang chủ", "In bài",
          "Quay lại"]
BOILERPLATE = [HEADER[0], *HEADER[2:], *SIDE, *FOOTER, *[x for x in LABELS if x != "Xem tiếp"]]


@dataclass
class Res(Article):
    alias: str = ""
    parent: str = NEWS
    tv_author: str | None = None
    hide_date: bool = False
    views: int = 0
    gallery: bool = False


def rel_path(a: Res) -> str:
    return f"{a.parent}{a.alias}.html"


def dotted(d: datetime) -> str:
    return f"{d:%d.%m.%Y}"


def dated(d: datetime) -> dict:
    return dict(published=iso(d, with_time=False), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Res]:
    def R(**kw):
        return Res(path="", **kw)
    return [
        R(alias="htx-ca-phe-ea-tu-dat-chung-nhan-huu-co", views=1245,
          title="HTX cà phê Ea Tu đạt chứng nhận hữu cơ cho 120 ha",
          date=datetime(2026, 3, 14), tv_author="Ngọc Ánh", author="Ngọc Ánh",
          lead="HTX Nông nghiệp dịch vụ Ea Tu (phường Tân Lập) vừa được cấp chứng nhận hữu cơ theo tiêu chuẩn châu Âu cho 120 ha cà phê của 68 thành viên.",
          body="""
Sau ba năm chuyển đổi, các thành viên đã thay phân hóa học bằng phân hữu cơ vi sinh tự ủ từ vỏ cà phê, trồng cây che bóng và giữ thảm cỏ trong vườn.
Giá cà phê nhân hữu cơ được doanh nghiệp thu mua cao hơn giá thị trường 15%, toàn bộ sản lượng niên vụ 2025 - 2026 đã có hợp đồng bao tiêu.
[img ca-phe-ea-tu.png] Thành viên HTX Ea Tu thu hoạch cà phê hữu cơ
HTX dự kiến mở rộng thêm 60 ha trong năm 2026 và xây dựng xưởng rang xay để bán cà phê thành phẩm mang thương hiệu riêng.
""",
          **dated(datetime(2026, 3, 14)),
          notes=["MODX article: h1.page-title, 'Ngày đăng: 14.03.2026 | Lượt xem: 1245' (dots, no time: midnight), "
                 "div.lead = [[*introtext]] (first line), template variable 'Tác giả: Ngọc Ánh' after the content: the "
                 "author, not text; every link relative to <base href>"]),
        R(alias="dai-hoi-thanh-vien-htx-nong-nghiep-hoa-thinh", views=688,
          title="Đại hội thành viên HTX Nông nghiệp Hòa Thịnh nhiệm kỳ 2026 - 2031",
          date=datetime(2026, 3, 3), byline="Bài, ảnh: Duy Hậu", author="Duy Hậu",
          lead="Ngày 2/3, HTX Nông nghiệp Hòa Thịnh (xã Hòa Thịnh, khu vực Phú Yên cũ) tổ chức Đại hội thành viên thường niên và bầu Hội đồng quản trị nhiệm kỳ mới.",
          body="""
Năm 2025, HTX cung ứng dịch vụ làm đất, tưới tiêu và giống lúa cho 640 hộ thành viên, doanh thu đạt 8,6 tỷ đồng, lãi 620 triệu đồng.
HTX đã liên kết với một doanh nghiệp xây dựng cánh đồng lớn 150 ha lúa chất lượng cao, giá thu mua cao hơn thị trường 300 đồng/kg.
[img dai-hoi-hoa-thinh.png] Đại biểu bỏ phiếu bầu Hội đồng quản trị HTX nhiệm kỳ 2026 - 2031
## Phương hướng năm 2026
* Mở rộng cánh đồng lớn lên 200 ha;
* Đầu tư máy cấy và máy sấy lúa;
* Thành lập tổ dịch vụ bảo vệ thực vật bằng thiết bị bay không người lái.
""",
          **dated(datetime(2026, 3, 3)),
          notes=["'Ngày đăng: 03.03.2026' (day and month both ≤ 12); closing byline 'Bài, ảnh: Duy Hậu': part of the "
                 "text, author Duy Hậu; a bold <p> heading and a list"]),
        R(alias="ra-mat-htx-sau-rieng-krong-pac", parent=NOTICE, hide_date=True, views=312,
          title="Ra mắt HTX sầu riêng Krông Pắc",
          date=datetime(2026, 3, 12), byline="Minh Thuận", author="Minh Thuận",
          body="""
Ngày 12/3, tại xã Krông Pắc, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Sầu riêng Krông Pắc với 31 thành viên.
HTX quản lý 95 ha sầu riêng, trong đó 60 ha đã được cấp mã số vùng trồng xuất khẩu sang Trung Quốc.
[img sau-rieng-krong-pac.png] Lễ ra mắt HTX Sầu riêng Krông Pắc
Liên minh HTX tỉnh cam kết hỗ trợ HTX tiếp cận vốn vay ưu đãi để xây dựng kho sơ chế và cấp đông.
""",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          notes=["'Thông báo' template: no 'Ngày đăng' (only 'Lượt xem: 312'); the day only in the text ('Ngày 12/3', "
                 "no year) and in its listing entry '12.03.2026' on /thong-bao/: midnight; closing byline 'Minh Thuận'"]),
        R(alias="quyet-dinh-ban-hanh-quy-che-thi-dua-khen-thuong", parent=DOCS, views=421,
          title="Quyết định ban hành Quy chế thi đua, khen thưởng của Liên minh HTX tỉnh",
          date=datetime(2026, 2, 9), author=None, doc_number="08/QĐ-LMHTX",
          attachments=[{"path": "/" + PDF_PATH, "text": "qd-08-lmhtx-quy-che-thi-dua.pdf"}],
          body="""
LIÊN MINH HTX TỈNH ĐẮK LẮK
Số: 08/QĐ-LMHTX
Đắk Lắk, ngày 06 tháng 02 năm 2026
QUYẾT ĐỊNH
Ban hành Quy chế thi đua, khen thưởng của Liên minh Hợp tác xã tỉnh Đắk Lắk
CHỦ TỊCH LIÊN MINH HỢP TÁC XÃ TỈNH ĐẮK LẮK
Căn cứ Luật Thi đua, khen thưởng năm 2022; căn cứ Điều lệ Liên minh Hợp tác xã Việt Nam;
Xét đề nghị của Chánh Văn phòng Liên minh HTX tỉnh,
QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế thi đua, khen thưởng của Liên minh Hợp tác xã tỉnh Đắk Lắk.
Điều 2. Quyết định có hiệu lực kể từ ngày ký, thay thế các quy chế thi đua, khen thưởng của Liên minh HTX tỉnh Đắk Lắk và tỉnh Phú Yên trước hợp nhất.
Điều 3. Chánh Văn phòng, Trưởng các ban và các tổ chức thành viên chịu trách nhiệm thi hành Quyết định này.
CHỦ TỊCH
H'Yim Kđoh
""",
          **dated(datetime(2026, 2, 9)),
          notes=["decision 'Số: 08/QĐ-LMHTX' signed 'ngày 06 tháng 02 năm 2026', posted 'Ngày đăng: 09.02.2026'; the "
                 "signer last: text, author null; 'Tệp đính kèm' list with the PDF (relative assets/files/… link): "
                 "the attachment, not text; no lead"]),
        R(alias="anh-hoi-cho-nong-san-htx-tuy-hoa", views=903, gallery=True,
          title="Ảnh: Hội chợ nông sản HTX tại Tuy Hòa",
          date=datetime(2026, 1, 10), byline="Ảnh: Trần Quốc", author="Trần Quốc",
          lead="Hội chợ nông sản và sản phẩm OCOP của HTX diễn ra tại phường Tuy Hòa từ ngày 7 đến 10/1 với 120 gian hàng.",
          body="""
[img hoi-cho-tuy-hoa-1.png] Gian hàng cá ngừ đại dương của HTX Thủy sản Phú Đông
[img hoi-cho-tuy-hoa-2.png] Cà phê và mắc ca của các HTX khu vực Buôn Ma Thuột
[img hoi-cho-tuy-hoa-3.png] Du khách thưởng thức bánh tráng Hòa Đa của HTX Hòa Đa
[img hoi-cho-tuy-hoa-4.png] Gạo Sông Hinh được nhiều khách hàng lựa chọn
""",
          **dated(datetime(2026, 1, 10)),
          notes=["photo story: the lead, then a MODX Gallery grid (div.gallery-item: image + p.caption): one line per "
                 "caption; closing 'Ảnh: Trần Quốc' (author Trần Quốc)"]),
        R(alias="dak-lak-co-them-22-san-pham-ocop-cua-htx", views=1530,
          title="Đắk Lắk có thêm 22 sản phẩm OCOP của HTX",
          date=datetime(2025, 12, 3), byline="Nguồn: Báo Đắk Lắk", author=None,
          lead="UBND tỉnh vừa công nhận 22 sản phẩm OCOP đạt 3 sao và 4 sao, trong đó 15 sản phẩm của các hợp tác xã.",
          body="""
Các sản phẩm của HTX tập trung vào nhóm cà phê, hạt điều, mật ong, cá ngừ đại dương và nước mắm, phần lớn ở khu vực Phú Yên cũ và Krông Năng.
Liên minh HTX tỉnh sẽ hỗ trợ các chủ thể thiết kế bao bì, xây dựng tem truy xuất nguồn gốc và đưa sản phẩm lên sàn thương mại điện tử.
""",
          **dated(datetime(2025, 12, 3)),
          notes=["'Ngày đăng: 03.12.2025': 3 December (read month-first it would be 12 March); closing 'Nguồn: Báo Đắk "
                 "Lắk': text, author null"]),
        R(alias="tap-huan-luat-hop-tac-xa-cho-htx-khu-vuc-phu-yen", views=574,
          title="Tập huấn Luật Hợp tác xã năm 2023 cho HTX khu vực Phú Yên",
          date=datetime(2025, 10, 8), tv_author="Hồng Nhung", author="Hồng Nhung",
          lead="Hơn 90 cán bộ quản lý HTX khu vực Phú Yên cũ được tập huấn những điểm mới của Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn.",
          body="""
Lớp học diễn ra trong hai ngày 6 và 7/10 tại phường Tuy Hòa, do báo cáo viên của Liên minh HTX Việt Nam trực tiếp giảng dạy.
Các học viên được hướng dẫn về tài sản không chia, phân phối thu nhập, chế độ báo cáo và việc chuyển đổi tổ hợp tác thành HTX.
[img tap-huan-luat-htx.png] Quang cảnh lớp tập huấn tại phường Tuy Hòa
""",
          **dated(datetime(2025, 10, 8)),
          notes=["'Tác giả: Hồng Nhung' template variable after the content: author only, not text"]),
        R(alias="htx-ca-ngu-phu-dong-giu-nghe-cau-ca-ngu-dai-duong", views=2210,
          title="HTX cá ngừ Phú Đông giữ nghề câu cá ngừ đại dương",
          date=datetime(2024, 11, 21), byline="Theo Liên minh HTX tỉnh Phú Yên", author=None,
          lead="Với 46 tàu câu và hơn 300 ngư dân, HTX Khai thác thủy sản Phú Đông là một trong những HTX lớn nhất nghề câu cá ngừ đại dương.",
          body="""
HTX bao tiêu cá ngừ cho thành viên theo giá sàn, đồng thời liên kết với doanh nghiệp đưa sản phẩm vào các nhà hàng ở Hà Nội và Thành phố Hồ Chí Minh.
Nhờ áp dụng kỹ thuật bảo quản bằng hầm bảo ôn và đá sệt, tỷ lệ cá đạt loại 1 của HTX tăng từ 35% lên 60%.
[img ca-ngu-phu-dong.png] Ngư dân HTX Phú Đông đưa cá ngừ lên cảng
""",
          **dated(datetime(2024, 11, 21)),
          notes=["migrated 2024 article of the former Phú Yên alliance, 'Ngày đăng: 21.11.2024'; closing 'Theo Liên "
                 "minh HTX tỉnh Phú Yên' (a source): text, author null"]),
        R(alias="quy-ho-tro-phat-trien-htx-cho-vay-htx-ca-cao", views=466,
          title="Quỹ hỗ trợ phát triển HTX cho vay 6 tỷ đồng phát triển cây ca cao",
          date=datetime(2025, 9, 11), byline="Khánh Linh", author="Khánh Linh",
          lead="Quỹ hỗ trợ phát triển HTX tỉnh vừa giải ngân 6 tỷ đồng cho 5 HTX trồng và chế biến ca cao tại các xã phía Đông tỉnh.",
          body="""
Khoản vay có lãi suất 5%/năm, thời hạn 4 năm, giúp các HTX đầu tư thiết bị lên men, sấy hạt và sản xuất bột ca cao.
Ca cao trồng xen trong vườn cà phê và sầu riêng đang mang lại nguồn thu ổn định cho nhiều hộ đồng bào dân tộc thiểu số.
""",
          **dated(datetime(2025, 9, 11)),
          notes=["'Ngày đăng: 11.09.2025'; closing byline 'Khánh Linh' (a name alone): text and author"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(a: Res, src: str) -> str:
    return f"assets/images/tin-tuc/{a.date:%Y/%m}/{src}"


def render_body(a: Res) -> str:
    out = []
    if a.gallery:
        items = "".join(f'<div class="col-sm-6 gallery-item"><a href="{img(a, b.src)}" data-fancybox="gallery">'
                        f'<img src="{img(a, b.src)}" class="img-responsive" alt=""></a><p class="caption">'
                        f'{inline_html(b.text)}</p></div>' for b in a.blocks if b.kind == "img")
        out.append(f'<div class="gallery row">{items}</div>')
    else:
        for b in a.blocks:
            if b.kind == "p":
                style = ""
                if a.doc_number and (b.text.isupper() or b.text.startswith(("Số:", "Đắk Lắk, ngày"))):
                    style = ' style="text-align: center;"'
                out.append(f"<p{style}>{inline_html(b.text)}</p>")
            elif b.kind == "h":
                out.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
            elif b.kind == "ul":
                out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
            elif b.kind == "img":
                out.append(f'<p style="text-align: center;"><img src="{img(a, b.src)}" alt="" width="700"></p>')
                if b.text:
                    out.append(f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def crumbs(items: list[tuple[str, str]]) -> str:
    lis = ['<li class="breadcrumb-item"><a href="{{base}}/">Trang chủ</a></li>']
    lis += [f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for h, t in items[:-1]]
    lis.append(f'<li class="breadcrumb-item active">{esc(items[-1][1])}</li>')
    return f'<ol class="breadcrumb">{"".join(lis)}</ol>'


CAT_NAMES = {NEWS: "Tin tức - Sự kiện", DOCS: "Văn bản", NOTICE: "Thông báo"}


def detail(a: Res, same: list[Res]) -> str:
    info = (f'<span class="date"><i class="glyphicon glyphicon-calendar"></i> Ngày đăng: {dotted(a.date)}</span> | '
            if not a.hide_date else "")
    info = f'<div class="info">{info}<span class="views">Lượt xem: {a.views}</span></div>'
    lead = f'<div class="lead">{inline_html(a.lead)}</div>' if a.lead else ""
    tv = f'<p class="tv-author text-right"><em>Tác giả: {esc(a.tv_author)}</em></p>' if a.tv_author else ""
    att = ""
    if a.attachments:
        f = a.attachments[0]
        att = (f'<div class="attachments"><h4>Tệp đính kèm</h4><ul><li><a href="{f["path"].lstrip("/")}" target="_blank">'
               f'<i class="glyphicon glyphicon-file"></i> {esc(f["text"])}</a></li></ul></div>')
    lis = "".join(f'<li><a href="{rel_path(o)}">{esc(o.title)}</a> <span class="text-muted">({dotted(o.date)})</span></li>'
                  for o in same)
    return (crumbs([(a.parent, CAT_NAMES[a.parent]), (rel_path(a), a.title)])
            + f'<div class="content">\n<h1 class="page-title">{esc(a.title)}</h1>\n{info}\n{lead}\n'
            f'<div class="text">\n{render_body(a)}\n</div>\n{tv}{att}'
            '<div class="tools text-right"><a href="javascript:window.print()">In bài</a> | '
            '<a href="javascript:history.back()">Quay lại</a></div>\n</div>'
            f'<div class="same-category"><h3 class="block-title">Tin cùng chuyên mục</h3><ul class="list-unstyled">'
            f'{lis}</ul></div>')


def news_item(a: Res) -> str:
    pic = a.first_image()
    thumb = img(a, pic) if pic else "assets/images/no-image.png"
    return (f'<div class="news-item row"><div class="col-sm-4"><a href="{rel_path(a)}"><img src="{thumb}" '
            f'class="img-responsive" alt="{attr(a.title)}"></a></div><div class="col-sm-8"><h3><a href="{rel_path(a)}">'
            f'{esc(a.title)}</a></h3><p class="date text-muted">{dotted(a.date)}</p><p>{esc(a.summary())}</p>'
            f'<a href="{rel_path(a)}" class="more">Xem tiếp</a></div></div>')


def layout(title: str, main: str, hot: list[Res]) -> str:
    menu = "".join(f'<li><a href="{h}">{t}</a></li>' for h, t in
                   [("{{base}}/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức - Sự kiện"),
                    (NOTICE, "Thông báo"), (DOCS, "Văn bản"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    wf = ('<ul class="wf-menu nav nav-pills nav-stacked"><li class="first"><a href="tin-tuc/" title="Tin tức - Sự kiện">'
          'Tin tức - Sự kiện</a></li><li><a href="thong-bao/" title="Thông báo">Thông báo</a></li><li class="last">'
          '<a href="van-ban/" title="Văn bản">Văn bản chỉ đạo, điều hành</a></li></ul>')
    hot_lis = "".join(f'<li><a href="{rel_path(a)}">{esc(a.title)}</a></li>' for a in hot)
    foot = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<base href="{{{{base}}}}/">
<title>{esc(title)} | Liên minh HTX tỉnh Đắk Lắk</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="stylesheet" href="assets/templates/lmhtx/css/bootstrap.min.css">
<link rel="stylesheet" href="assets/templates/lmhtx/css/style.css">
</head>
<body>
<div class="topbar"><div class="container"><span class="today">{TODAY}</span><span class="pull-right"><a href="{CONTACT}">Liên hệ</a></span></div></div>
<header class="header"><div class="container"><a href="{{{{base}}}}/" class="logo"><img src="assets/templates/lmhtx/img/logo.png" alt="Logo"></a>
<div class="site-name"><div class="name">{HEADER[1]}</div><div class="desc">{HEADER[2]}</div></div>
<div class="slogan hidden-xs">{HEADER[3]}</div></div></header>
<nav class="navbar navbar-default"><div class="container"><ul class="nav navbar-nav">{menu}</ul>
<form class="navbar-form navbar-right" action="tim-kiem.html" method="get"><input type="text" name="search" class="form-control" placeholder="Tìm kiếm..."></form></div></nav>
<div class="container"><div class="row">
<div class="col-md-9 main">
{main}
</div>
<aside class="col-md-3 sidebar">
<div class="block"><h4 class="block-title">{SIDE[0]}</h4>{wf}</div>
<div class="block"><h4 class="block-title">{SIDE[1]}</h4><ul class="list-unstyled hot">{hot_lis}</ul></div>
<div class="block"><h4 class="block-title">{SIDE[2]}</h4><p>{SIDE[3]}</p></div>
<div class="block"><h4 class="block-title">{SIDE[4]}</h4><p>{SIDE[5]}</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div>
<div class="block"><h4 class="block-title">{SIDE[8]}</h4><select class="form-control" onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</option></select>
<a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank"><img src="assets/images/banner/chinh-phu.png" alt="Cổng TTĐT Chính phủ"></a></div>
</aside>
</div></div>
<footer class="footer"><div class="container"><p class="copyright">{FOOTER[0]}</p>{foot}</div></footer>
<script src="assets/templates/lmhtx/js/jquery.min.js"></script><script src="assets/templates/lmhtx/js/bootstrap.min.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "dak-lak", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    hot = sorted(arts, key=lambda a: -a.views)[:5]
    for a in arts:
        a.path = "/" + rel_path(a)
        same = [o for o in arts if o is not a and o.parent == a.parent][:4] or [o for o in arts if o is not a][:3]
        site.page(a.path, layout(a.title, detail(a, same), hot))
        site.add_article(a)
    site.binary("/" + PDF_PATH, pdf("Quyết định số 08/QĐ-LMHTX", ["QUY CHE THI DUA, KHEN THUONG",
                                                               "Lien minh HTX tinh Dak Lak"]))
    site.trap("<base href> with relative links everywhere: tin-tuc/slug.html, assets/... resolved against the page "
              "(not the base) give /tin-tuc/tin-tuc/... (404)", arts[0].path)

    def listing(path: str, name: str, items: list[Res]) -> None:
        pages = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(pages, 1):
            pager = ""
            if len(pages) > 1:
                pager = ('<ul class="pagination">' + "".join(
                    f'<li class="active"><a href="{path}?page={k}">{k}</a></li>' if k == n else
                    f'<li><a href="{path if k == 1 else f"{path}?page={k}"}">{k}</a></li>'
                    for k in range(1, len(pages) + 1)) + "</ul>")
            main = (crumbs([(path, name)]) + f'<h1 class="page-title">{esc(name)}</h1><div class="news-list">'
                    + "".join(news_item(a) for a in chunk) + f"</div>{pager}")
            url = "/" + (path if n == 1 else f"{path}?page={n}")
            site.page(url, layout(name, main, hot))
            site.non_articles.append(url)
            if n == 1 and len(pages) > 1:
                site.same_page(f"/{path}?page=1", url)

    listing(NEWS, CAT_NAMES[NEWS], [a for a in arts if a.parent == NEWS])
    listing(DOCS, CAT_NAMES[DOCS], [a for a in arts if a.parent == DOCS])
    listing(NOTICE, CAT_NAMES[NOTICE], [a for a in arts if a.parent == NOTICE])
    site.trap("pdoPage listing tin-tuc/?page=2 (the older articles only there); div.news-item blocks with dotted "
              "dates '14.03.2026'", f"/{NEWS}?page=2")

    home = ('<div class="row featured">' + "".join(
        f'<div class="col-sm-6"><a href="{rel_path(a)}"><img src="{img(a, a.first_image())}" class="img-responsive" alt="">'
        f'</a><h3><a href="{rel_path(a)}">{esc(a.title)}</a></h3><p>{esc(a.summary())}</p></div>'
        for a in [x for x in arts if x.first_image()][:2]) + '</div><h2 class="block-title">Tin mới</h2>'
        + "".join(news_item(a) for a in arts[2:6]) + f'<p><a href="{NEWS}" class="btn btn-default">Xem tất cả</a></p>')
    site.page("/", layout("Trang chủ", home, hot))
    about = ('<div class="content"><h1 class="page-title">Giới thiệu</h1><div class="text">'
             "<p>Liên minh Hợp tác xã tỉnh Đắk Lắk được hợp nhất từ Liên minh HTX tỉnh Đắk Lắk và Liên minh HTX tỉnh Phú "
             "Yên, hoạt động theo mô hình mới từ ngày 01/7/2025.</p><p>Liên minh đại diện, bảo vệ quyền và lợi ích hợp "
             "pháp của hơn 900 hợp tác xã và 1.700 tổ hợp tác; tuyên truyền, tư vấn, đào tạo, xúc tiến thương mại và hỗ "
             "trợ các thành viên tiếp cận vốn, khoa học công nghệ.</p><p>Trụ sở chính đặt tại phường Buôn Ma Thuột, văn "
             "phòng đại diện tại phường Tuy Hòa.</p></div></div>")
    site.page("/" + ABOUT, layout("Giới thiệu", crumbs([(ABOUT, "Giới thiệu")]) + about, hot))
    site.page("/" + CONTACT, layout("Liên hệ", crumbs([(CONTACT, "Liên hệ")]) + '<h1 class="page-title">Liên hệ</h1>'
                                    f'<p>{esc(FOOTER[1])}</p><form action="lien-he.html" method="post" class="ajax_form">'
                                    '<input type="text" name="name" class="form-control" placeholder="Họ tên">'
                                    '<textarea name="message" class="form-control"></textarea><input type="hidden" '
                                    'name="af_action" value="3c8e"><button type="submit" class="btn">Gửi</button></form>',
                                    hot))
    album = "".join(f'<div class="col-sm-4 gallery-item"><img src="{img(a, a.first_image())}" class="img-responsive" alt="">'
                    f'<p class="caption">{esc(a.title)}</p></div>' for a in arts if a.first_image())
    site.page("/" + GALLERY, layout("Thư viện ảnh", crumbs([(GALLERY, "Thư viện ảnh")])
                                    + f'<h1 class="page-title">Thư viện ảnh</h1><div class="gallery row">{album}</div>', hot))
    found = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "") or "OCOP" in a.title]
    site.page("/" + SEARCH, layout("Tìm kiếm", crumbs([(SEARCH, "Tìm kiếm")]) + '<h1 class="page-title">Kết quả tìm kiếm'
                                   '</h1><p class="sisea-results">Tìm thấy ' + str(len(found)) + ' kết quả cho "ocop"</p>'
                                   + "".join(f'<div class="sisea-result"><h3><a href="{rel_path(a)}">{esc(a.title)}</a>'
                                             f'</h3><div class="extract"><p>{esc(a.summary())}</p></div></div>' for a in found),
                                   hot), content_type=HTML)
    site.non_articles += ["/", "/" + ABOUT, "/" + CONTACT, "/" + GALLERY, "/" + SEARCH]
    site.trap("introduction gioi-thieu.html in the article template (div.content > h1.page-title, three paragraphs) "
              "without the date line; contact (ajax form), gallery (captions), SimpleSearch results: not articles",
              "/" + ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /manager/\nDisallow: /connectors/\n")

    # assets referred to relatively (finalize() only knows /absolute ones)
    for path, page in list(site.html_pages.items()):
        import lxml.html
        doc = lxml.html.fromstring(page)
        for ref in doc.xpath("//img/@src|//script/@src|//link[@rel='stylesheet']/@href"):
            if ref.startswith(("/", "{{")):
                continue
            name = "/" + ref
            if name.endswith(".png"):
                site.binary(name, image_for(name.lstrip("/")))
            elif name.endswith(".css"):
                site.static(name, "body{font-family:Arial,sans-serif;font-size:14px}\n")
            elif name.endswith(".js"):
                site.static(name, "/* site scripts */\n")
    # links resolved against the <base> must exist; resolved against the page they are 404s
    doubles = set()
    for path, page in list(site.html_pages.items()):
        for link in page_links(page, path):
            if not site._exists(link):
                doubles.add(link)
        doc = lxml.html.fromstring(page)
        for href in doc.xpath("//a/@href|//img/@src"):
            if href.startswith(("{{", "javascript:", "/")):
                continue
            target = "/" + href.split("#")[0]
            assert site._exists(target), (path, href)
    for link in sorted(doubles):
        assert link.startswith(("/tin-tuc/", "/van-ban/", "/thong-bao/")), link
        site.broken(link)
    return site
