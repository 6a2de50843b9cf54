"""Site `lmhtx-angiang-moi` (registry family `generic`): the portal of the merged An Giang alliance (Kiên Giang joined
it on 1 July 2025), a Notion workspace published through Super.so, written as a held-out test: no family module, no
selectors.

Why it is hard: every page is a Notion page rendered by Super: `div.super-root > main.super-content > div.notion-header`
(the title is `div.notion-header__title`, no `<h1>`; the navbar's site name and an emoji icon sit next to it) then
`article.notion-root` holding Notion blocks (`p.notion-text`, `h2/h3.notion-heading`, `ul.notion-bulleted-list`,
`div.notion-callout`, `figure.notion-image` + `figcaption.notion-caption`, `details.notion-toggle`, `table.notion-table`).
Posts are rows of a Notion database, so the date and the author are not in the text but in a property table at the top
of `article.notion-root` (`div.notion-collection-page-properties`: "Ngày đăng" (a date, with a time for some),
"Tác giả" (a Notion person: a reporter, or the workspace account "LMHTX An Giang"), "Chuyên mục" (select tags),
"Tệp đính kèm" (files) and "Chỉnh sửa lần cuối", a last-edited time that is not the publication). Listings are database
gallery views (`div.notion-collection-gallery` of `a.notion-collection-card` with the title and the "Ngày đăng"
property) that look like a page's content. Pages not given a pretty URL live at `/<32-hex-id>` (the official document),
and Notion page mentions in a text link to `/<32-hex-id>` of a page that also has a pretty URL (the same page, canonical
to the pretty one). A toggle's hidden content is part of the text. The event pages hide their properties: the date is
only "Ngày 12/3" in the text and on the /su-kien gallery. `script#__NEXT_DATA__` carries the Notion recordMap (block
texts, the properties with `created_time` epoch milliseconds).
"""

from __future__ import annotations

import hashlib
import json
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, inline_text, iso, pdf

SITE = "lmhtx-angiang-moi"
NAME = "Liên minh Hợp tác xã tỉnh An Giang"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
DOCS = "/van-ban"
EVENTS = "/su-kien"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
CAT = "/chuyen-muc/ocop"
PDF_PATH = "/files/QD-18-QD-LMHTX-cong-nhan-htx-dien-hinh-2025.pdf"

ANNOUNCE = "An Giang - Kiên Giang: một tỉnh, một Liên minh, chung sức phát triển kinh tế tập thể"
SLOGAN = "Hợp tác để phát triển - Liên kết để vươn xa"
FOOTER = ["Trụ sở: Số 30 Nguyễn Trung Trực, phường Rạch Giá, tỉnh An Giang",
          "Cơ sở 2: Số 8 Lê Triệu Kiết, phường Long Xuyên, tỉnh An Giang",
          "Điện thoại: 0297.3862.415 - Email: lmhtx@angiang.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Hòa - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 09/GP-TTĐT do Sở Văn hóa và Thể thao tỉnh An Giang cấp ngày 12/9/2025",
          "© 2025 Liên minh HTX tỉnh An Giang · Xây dựng trên Notion và Super"]
LABELS = ["Ngày đăng", "Tác giả", "Chuyên mục", "Tệp đính kèm", "Chỉnh sửa lần cuối", "Bài viết cùng chuyên mục",
          "Lượt xem trang: 486.215", "Đăng ký nhận bản tin Liên minh", "Tìm kiếm trong trang"]
BOILERPLATE = [ANNOUNCE, SLOGAN, *FOOTER, *LABELS]
ACCOUNT = "LMHTX An Giang"


def hexid(key: str) -> str:
    return hashlib.md5(key.encode()).hexdigest()


def dmy(d: datetime, t: bool = False) -> str:
    return d.strftime("%d/%m/%Y %H:%M" if t else "%d/%m/%Y")


def prop_date(d: datetime, with_time: bool) -> dict:
    return dict(published=iso(d, with_time=with_time), published_source="date-element",
                evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=NEWS + "/tong-ket-cong-tac-lien-minh-htx-nam-2025",
          title="Liên minh HTX tỉnh An Giang tổng kết năm 2025, năm đầu sau hợp nhất",
          date=datetime(2026, 1, 15, 8, 30),
          lead="**Sáng 14/1, tại phường Rạch Giá, Liên minh HTX tỉnh An Giang tổ chức hội nghị tổng kết công tác năm "
               "2025 và triển khai nhiệm vụ năm 2026.**",
          body="""
Năm 2025, toàn tỉnh thành lập mới 64 HTX, nâng tổng số lên 1.108 HTX với hơn 84.000 thành viên; doanh thu bình quân một HTX đạt 4,2 tỷ đồng.
[img tong-ket-ag.png] Lãnh đạo tỉnh trao Bằng khen cho các HTX có thành tích xuất sắc năm 2025
## Nhiệm vụ năm 2026
* Thành lập mới ít nhất 70 HTX, chú trọng HTX nuôi trồng thủy sản ven biển khu vực Kiên Giang cũ;
* Hỗ trợ 40 HTX xây dựng vùng nguyên liệu lúa chất lượng cao, giảm phát thải;
* Nâng vốn Quỹ hỗ trợ phát triển HTX tỉnh lên 60 tỷ đồng.
Hội nghị đã khen thưởng 32 tập thể và 40 cá nhân có thành tích trong phong trào kinh tế tập thể.
""",
          author="Trần Thị Ngọc Hân", **prop_date(datetime(2026, 1, 15, 8, 30), True),
          opts={"person": "Trần Thị Ngọc Hân", "cat": ["Hoạt động Liên minh"], "time": True,
                "edited": datetime(2026, 1, 20, 16, 42)},
          notes=["'Ngày đăng' property '15/01/2026 08:30' in the property table above the blocks: the publication; "
                 "'Chỉnh sửa lần cuối' '20/01/2026 16:42' (last edited): not; 'Tác giả' a Notion person 'Trần Thị Ngọc "
                 "Hân': the author, not text; the title is div.notion-header__title (no h1)"]),
        A(path="/" + hexid("qd18"),
          title="Quyết định công nhận danh hiệu HTX điển hình tiên tiến năm 2025",
          date=datetime(2026, 1, 5),
          body="""
LIÊN MINH HTX TỈNH AN GIANG
Số: 18/QĐ-LMHTX
An Giang, ngày 02 tháng 01 năm 2026
QUYẾT ĐỊNH
Về việc công nhận danh hiệu HTX điển hình tiên tiến năm 2025
Điều 1. Công nhận danh hiệu HTX điển hình tiên tiến năm 2025 cho 15 HTX có tên trong danh sách kèm theo Quyết định này.
Điều 2. Mỗi HTX được tặng Giấy chứng nhận và tiền thưởng theo quy định của Liên minh HTX tỉnh.
Điều 3. Chánh Văn phòng, Trưởng các ban chuyên môn và các HTX có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.
CHỦ TỊCH Nguyễn Văn Hòa
""",
          author=None, doc_number="18/QĐ-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "QD-18-QD-LMHTX-cong-nhan-htx-dien-hinh-2025.pdf"}],
          **prop_date(datetime(2026, 1, 5), False),
          opts={"person": ACCOUNT, "cat": ["Văn bản", "Quyết định"], "doc": True, "edited": datetime(2026, 1, 5, 9, 12)},
          notes=["official decision 'Số: 18/QĐ-LMHTX' on a page without a pretty URL (/<32-hex-id>), reached from the "
                 "/van-ban gallery: 'Ngày đăng' 05/01/2026 (midnight) while the place-date line says 'ngày 02 tháng 01 "
                 "năm 2026'; 'Tác giả' is the workspace account 'LMHTX An Giang': author null; the PDF in the 'Tệp đính "
                 "kèm' property: an attachment, not text; signer last"]),
        A(path=NEWS + "/anh-htx-tom-lua-an-bien-vao-vu-thu-hoach",
          title="Ảnh: HTX tôm - lúa An Biên vào vụ thu hoạch",
          date=datetime(2025, 12, 18, 15, 10),
          lead="**Những ngày giữa tháng 12, thành viên HTX Tôm - lúa Đông Thái (xã Đông Thái, khu vực Kiên Giang cũ) "
               "thu hoạch tôm càng xanh nuôi xen trong ruộng lúa.**",
          body="""
[img tom-lua-1.png] Thành viên HTX kéo lưới thu tôm càng xanh trên ruộng lúa
[img tom-lua-2.png] Tôm được phân cỡ ngay tại bờ ruộng
[img tom-lua-3.png] Thương lái và doanh nghiệp thu mua tôm tại điểm tập kết của HTX
[img tom-lua-4.png] Ruộng lúa sau vụ tôm được xuống giống lúa thơm ST25
""",
          author="Lâm Quốc Trung", **prop_date(datetime(2025, 12, 18, 15, 10), True),
          opts={"person": "Lâm Quốc Trung", "cat": ["Phóng sự ảnh"], "time": True,
                "edited": datetime(2025, 12, 19, 7, 5)},
          notes=["photo story: bold lead then four figure.notion-image with figcaption.notion-caption (one line each); "
                 "'Ngày đăng' '18/12/2025 15:10'; 'Tác giả' person 'Lâm Quốc Trung'"]),
        A(path=EVENTS + "/ra-mat-htx-du-lich-cong-dong-nui-sam",
          title="Ra mắt HTX Du lịch cộng đồng Núi Sam",
          date=datetime(2026, 3, 12),
          body="""
Ngày 12/3, tại phường Núi Sam, Liên minh HTX tỉnh phối hợp với UBND phường tổ chức lễ ra mắt HTX Du lịch cộng đồng Núi Sam.
HTX có 31 thành viên là các hộ kinh doanh homestay, ẩm thực, xe ngựa và sản phẩm thốt nốt, phục vụ khách hành hương và tham quan.
[img htx-nui-sam.png] Thành viên HTX giới thiệu đường thốt nốt với du khách
Liên minh HTX tỉnh sẽ hỗ trợ HTX xây dựng thương hiệu du lịch, đào tạo kỹ năng phục vụ và kết nối tour với Phú Quốc, Hà Tiên.
""",
          byline="Bài, ảnh: Kim Ngân", author="Kim Ngân",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing", evidence=["listing"],
          opts={"event": True},
          notes=["an event page of the 'Sự kiện' database with its properties hidden (Super's 'hide properties'): no "
                 "date on the page; 'Ngày 12/3' (no year) in the text and '12/03/2026' on its /su-kien gallery card: "
                 "midnight; byline 'Bài, ảnh: Kim Ngân' last: part of the text, the author"]),
        A(path=NEWS + "/an-giang-co-them-19-san-pham-ocop-cua-htx",
          title="An Giang có thêm 19 sản phẩm OCOP của HTX",
          date=datetime(2025, 11, 27, 9, 45),
          body="""
UBND tỉnh vừa công nhận 19 sản phẩm OCOP của các HTX, trong đó 8 sản phẩm thuộc các xã khu vực Kiên Giang cũ.
Các sản phẩm đạt 4 sao gồm nước mắm, tiêu, khô cá và gạo của các HTX vùng biển và đồng bằng.
Danh sách sản phẩm đạt 4 sao
| STT | Sản phẩm | Chủ thể |
| 1 | Nước mắm cá cơm Phú Quốc | HTX Nước mắm Hàm Ninh |
| 2 | Tiêu Phú Quốc | HTX Hồ tiêu Cửa Dương |
| 3 | Khô cá sặc rằn | HTX Thủy sản Vĩnh Trạch |
| 4 | Gạo ST25 An Biên | HTX Nông nghiệp Đông Thái |
Liên minh HTX tỉnh sẽ hỗ trợ các chủ thể quảng bá sản phẩm tại các hội chợ trong và ngoài tỉnh.
""",
          byline="Minh Trí", author="Minh Trí", **prop_date(datetime(2025, 11, 27, 9, 45), True),
          opts={"person": ACCOUNT, "cat": ["OCOP"], "time": True, "edited": datetime(2025, 12, 2, 10, 20),
                "toggle": "Danh sách sản phẩm đạt 4 sao"},
          notes=["the four-star products list is a Notion simple table (one line per row, cells between ' | ') inside "
                 "a closed toggle details.notion-toggle whose summary 'Danh sách sản phẩm đạt 4 sao' is a line of the "
                 "text; 'Tác giả' is the account 'LMHTX An Giang'; the closing byline 'Minh Trí': part of the text, "
                 "the author"]),
        A(path=NEWS + "/htx-lua-sach-thoai-son-nhan-von-quy-ho-tro",
          title="HTX lúa sạch Thoại Sơn nhận vốn Quỹ hỗ trợ phát triển HTX",
          date=datetime(2025, 10, 8),
          body="""
HTX Nông nghiệp Vọng Thê (xã Vọng Thê) vừa được Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 2 tỷ đồng để đầu tư máy sấy lúa và kho chứa.
Khoản vay giúp HTX chủ động sấy lúa cho 320 ha của thành viên trong vụ Thu Đông, giảm thất thoát sau thu hoạch khoảng 5%.
Quỹ cho vay với lãi suất 0,5%/tháng, thời hạn 5 năm; HTX được ân hạn gốc trong năm đầu.
[img may-say-vong-the.png] Hệ thống máy sấy lúa mới của HTX Nông nghiệp Vọng Thê
Theo Ban Giám đốc HTX, dịch vụ sấy và lưu kho sẽ mang lại thêm khoảng 900 triệu đồng doanh thu mỗi năm.
""",
          author=None, **prop_date(datetime(2025, 10, 8), False),
          opts={"cat": ["Kinh tế tập thể"], "edited": datetime(2025, 10, 9, 11, 30),
                "callout": ("💰", "Quỹ cho vay với lãi suất 0,5%/tháng, thời hạn 5 năm; HTX được ân hạn gốc trong "
                                 "năm đầu.")},
          notes=["a paragraph of the text is a div.notion-callout (emoji icon + text): part of the text; no 'Tác giả' "
                 "property and no byline: author null; 'Ngày đăng' '08/10/2025' without time: midnight"]),
        A(path=NEWS + "/lien-minh-htx-tinh-an-giang-moi-di-vao-hoat-dong",
          title="Liên minh HTX tỉnh An Giang (mới) đi vào hoạt động",
          date=datetime(2025, 7, 2, 10, 0),
          lead="**Từ ngày 01/7/2025, Liên minh HTX tỉnh An Giang được hợp nhất từ Liên minh HTX tỉnh An Giang và "
               "Liên minh HTX tỉnh Kiên Giang chính thức đi vào hoạt động.**",
          body="""
Trụ sở chính đặt tại phường Rạch Giá; cơ sở 2 tại phường Long Xuyên tiếp tục tiếp nhận hồ sơ của các HTX khu vực An Giang cũ.
Trước mắt, Liên minh tập trung ổn định tổ chức bộ máy, hợp nhất dữ liệu HTX và bảo đảm hoạt động của Quỹ hỗ trợ phát triển HTX không bị gián đoạn.
""",
          author="Trần Thị Ngọc Hân", aliases=["/" + hexid("ra-mat-lien-minh")],
          **prop_date(datetime(2025, 7, 2, 10, 0), True),
          opts={"person": "Trần Thị Ngọc Hân", "cat": ["Hoạt động Liên minh"], "time": True,
                "edited": datetime(2025, 7, 3, 8, 0), "hex": "/" + hexid("ra-mat-lien-minh")},
          notes=["the same page is also served at /<32-hex-id> (a Notion page mention in the 2026 review post links "
                 "there; canonical the pretty URL): one article, not two"]),
        A(path=NEWS + "/htx-nuoc-mam-ham-ninh-giu-nghe-truyen-thong",
          title="HTX nước mắm Hàm Ninh giữ nghề truyền thống",
          date=datetime(2024, 8, 20),
          body="""
HTX Nước mắm Hàm Ninh (TP. Phú Quốc) duy trì 40 thùng gỗ ủ chượp theo phương pháp truyền thống, sản lượng khoảng 120.000 lít mỗi năm.
HTX liên kết với 25 tàu cá của ngư dân địa phương để có nguồn cá cơm tươi, bảo đảm độ đạm và hương vị đặc trưng của nước mắm Phú Quốc.
[img nuoc-mam-ham-ninh.png] Thùng gỗ ủ chượp của HTX Nước mắm Hàm Ninh
Nguồn: Báo Kiên Giang
""",
          author=None, **prop_date(datetime(2024, 8, 20), False),
          opts={"cat": ["Kinh tế tập thể"], "edited": datetime(2025, 7, 15, 14, 20)},
          notes=["a 2024 post migrated from the former Kiên Giang portal: 'Ngày đăng' '20/08/2024' (midnight), "
                 "'Chỉnh sửa lần cuối' '15/07/2025 14:20' (the migration); 'Nguồn: Báo Kiên Giang' last: part of the "
                 "text, a source; no 'Tác giả': author null"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def bid(key: str) -> str:
    h = hexid(key)
    return f"block-{h[:8]}-{h[8:12]}-{h[12:16]}-{h[16:20]}-{h[20:]}"


def img(src: str) -> str:
    return f"/images/notion/{src}"


def sem(html_text: str) -> str:
    return html_text.replace("<strong>", '<strong class="notion-semantic-string">')


def blocks_html(a: Article) -> str:
    out: list[str] = []
    rows: list[list[str]] = []
    toggle = a.opts.get("toggle")
    callout = a.opts.get("callout")
    tog: list[str] | None = None
    if a.lead:
        out.append(f'<p id="{bid(a.path + "lead")}" class="notion-text notion-text__content notion-semantic-string">'
                   f'{sem(inline_html(a.lead))}</p>')

    def flush() -> None:
        nonlocal tog
        if rows:
            t = ('<table class="notion-table"><tbody>' + "".join(
                '<tr class="notion-table-row">' + " ".join(
                    f'<td class="notion-table-cell"><div class="notion-table-cell-text notion-semantic-string">{esc(c)}'
                    f'</div></td>' for c in r) + "</tr>" for r in rows) + "</tbody></table>")
            rows.clear()
            if tog is not None:
                tog.append(t)
                out.append(f'<details class="notion-toggle closed" id="{bid(a.path + "tog")}"><summary>'
                           f'<span class="notion-semantic-string">{esc(toggle)}</span></summary>'
                           f'<div class="notion-toggle__content">{"".join(tog)}</div></details>')
                tog = None
            else:
                out.append(t)

    for i, b in enumerate(a.blocks):
        key = f"{a.path}#{i}"
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("|").split("|")])
            continue
        flush()
        if b.kind == "p" and toggle and b.text == toggle:
            tog = []
            continue
        if b.kind == "p" and callout and b.text == callout[1]:
            out.append(f'<div class="notion-callout bg-yellow-light border" id="{bid(key)}"><div '
                       f'class="notion-callout__icon"><span class="notion-icon text">{callout[0]}</span></div>'
                       f'<div class="notion-callout__content"><p class="notion-text notion-text__content '
                       f'notion-semantic-string">{sem(inline_html(b.text))}</p></div></div>')
        elif b.kind == "p":
            out.append(f'<p id="{bid(key)}" class="notion-text notion-text__content notion-semantic-string">'
                       f'{sem(inline_html(b.text))}</p>')
        elif b.kind == "h":
            out.append(f'<h2 id="{bid(key)}" class="notion-heading notion-semantic-string">{esc(b.text)}</h2>')
        elif b.kind == "ul":
            out.append('<ul class="notion-bulleted-list">' + "".join(
                f'<li class="notion-list-item notion-semantic-string" id="{bid(key + it)}">{sem(inline_html(it))}</li>'
                for it in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<div class="notion-image align-center page-width" id="{bid(key)}"><figure class="notion-image">'
                       f'<span style="box-sizing:border-box;display:block"><img alt="{attr(b.text)}" src="{img(b.src)}" '
                       f'decoding="async" data-nimg="responsive" class="notion-image__img"></span>'
                       + (f'<figcaption class="notion-caption notion-semantic-string">{esc(b.text)}</figcaption>'
                          if b.text else "") + "</figure></div>")
    flush()
    if a.byline:
        out.append(f'<p id="{bid(a.path + "by")}" class="notion-text notion-text__content notion-semantic-string">'
                   f'<strong class="notion-semantic-string">{esc(a.byline)}</strong></p>')
    return "".join(out)


def prop_row(name: str, icon: str, value: str, kind: str) -> str:
    return (f'<div class="notion-page__property"><div class="notion-page__property-name-wrapper"><div '
            f'class="notion-page__property-name"><span class="notion-page__property-name__icon">{icon}</span>'
            f'<span>{name}</span></div></div><div class="notion-property notion-property__{kind} '
            f'property-{hexid(name)[:8]}">{value}</div></div>')


def properties(a: Article) -> str:
    o = a.opts
    rows = [prop_row(LABELS[0], "📅", f'<span class="date">{dmy(a.date, o.get("time", False))}</span>', "date")]
    if o.get("person"):
        rows.append(prop_row(LABELS[1], "👤", f'<span class="individual-with-image"><span class="individual-letter-avatar">'
                             f'{o["person"][0]}</span><span>{esc(o["person"])}</span></span>', "person"))
    if o.get("cat"):
        rows.append(prop_row(LABELS[2], "🏷", "".join(f'<span class="notion-pill pill-default">{esc(c)}</span>'
                                                     for c in o["cat"]), "multi_select"))
    if a.attachments:
        x = a.attachments[0]
        rows.append(prop_row(LABELS[3], "📎", f'<a href="{x["path"]}" target="_blank" rel="noopener noreferrer" '
                             f'class="notion-property__file">{esc(x["text"])}</a>', "file"))
    rows.append(prop_row(LABELS[4], "🕘", f'<span class="date">{dmy(o["edited"], True)}</span>', "last_edited_time"))
    return f'<div class="notion-collection-page-properties"><div class="notion-page__properties">{"".join(rows)}</div></div>'


def navbar() -> str:
    links = "".join(f'<a href="{h}" class="notion-link notion-navbar__link">{t}</a>'
                    for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"), (EVENTS, "Sự kiện"),
                                 (DOCS, "Văn bản"), (CONTACT, "Liên hệ")])
    return (f'<div class="super-announcement"><p>{esc(ANNOUNCE)}</p></div>'
            f'<div class="super-navbar simple"><div class="super-navbar__content"><a href="/" class="super-navbar__logo">'
            f'<img src="/images/notion/logo-lmhtx-angiang.png" alt="" class="super-navbar__logo-image">'
            f'<span class="super-navbar__logo-text">{NAME}</span></a><div class="super-navbar__item-list">{links}</div>'
            f'<div class="super-navbar__actions"><button class="super-navbar__search" type="button">{LABELS[8]}</button>'
            f'</div></div></div>')


def footer() -> str:
    return (f'<footer class="super-footer"><div class="super-footer__content"><div class="super-footer__logo">'
            f'<span class="super-footer__logo-text">{NAME}</span><p>{esc(SLOGAN)}</p></div>'
            f'<div class="super-footer__sections">'
            + "".join(f'<p class="super-footer__text">{esc(x)}</p>' for x in FOOTER[:5])
            + f'<p class="super-footer__text">{LABELS[6]}</p><div class="super-footer__newsletter"><p>{LABELS[7]}</p>'
            f'<form action="javascript:void(0)"><input type="email" name="email"><button type="submit">Đăng ký</button>'
            f'</form></div></div><div class="super-footer__footnote"><p>{esc(FOOTER[5])}</p></div></div></footer>')


def layout(title: str, main: str, *, page_class: str, canonical: str, next_data: dict, desc: str = "") -> str:
    data = json.dumps(next_data, ensure_ascii=False).replace("</", "<\\/")
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charSet="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(title)}</title>
<meta name="description" content="{attr(desc or NAME)}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:site_name" content="{NAME}">
<link rel="canonical" href="{{{{base}}}}{canonical}">
<link rel="stylesheet" href="/_next/static/css/7a1c2e9f4b0d3a18.css">
<link rel="stylesheet" href="/styles/super.css">
<link rel="stylesheet" href="/styles/notion.css">
<style id="super-custom-css">.notion-header__title{{font-size:40px}}.super-announcement{{background:#0b6e4f;color:#fff}}</style>
</head>
<body class="{page_class}">
<div id="__next"><div class="super-root theme-light">
{navbar()}
<main class="super-content {page_class}">
{main}
</main>
{footer()}
</div></div>
<script id="__NEXT_DATA__" type="application/json">{data}</script>
<script src="/_next/static/chunks/pages/_app-4f2a.js" defer></script>
</body>
</html>
"""


def header(title: str, icon: str, cover: str | None = None) -> str:
    cov = (f'<div class="notion-header__cover has-cover"><img src="{img(cover)}" alt="" class="notion-header__cover-image">'
           f'</div>' if cover else '<div class="notion-header__cover no-cover"></div>')
    return (f'<div class="notion-header page">{cov}<div class="notion-header__content max-width has-icon">'
            f'<div class="notion-header__icon-wrapper has-icon"><span class="notion-header__icon">{icon}</span></div>'
            f'<div class="notion-header__title-wrapper"><div class="notion-header__title">{esc(title)}</div></div>'
            f'</div></div>')


def record_map(a: Article) -> dict:
    blocks = {hexid(f"{a.path}#{i}"): {"value": {"type": "text" if b.kind == "p" else b.kind,
                                                 "properties": {"title": [[t] for t in b.lines()[:1]]}}}
              for i, b in enumerate(a.blocks)}
    page = {"id": hexid(a.path), "type": "page", "properties": {"title": [[a.title]]},
            "created_time": int((a.date.timestamp() - 7 * 3600 - 180) * 1000)}
    if not a.opts.get("event"):
        page["properties"]["Ngày đăng"] = [["‣", [["d", {"type": "date", "start_date": a.date.strftime("%Y-%m-%d")}]]]]
    return {"props": {"pageProps": {"recordMap": {"block": {hexid(a.path): {"value": page}, **blocks}},
                                    "pageId": hexid(a.path)}}, "page": "/[[...slug]]", "buildId": "sUp3r-b9x2",
            "isFallback": False, "gsp": True}


def gallery(items: list[Article], key: str, show_date: bool = True) -> str:
    cards = "".join(
        f'<a href="{x.path}" class="notion-collection-card gallery medium"><div class="notion-collection-card__cover">'
        + (f'<img src="{img(x.first_image())}" alt="">' if x.first_image() else "")
        + f'</div><div class="notion-collection-card__content"><div class="notion-property notion-property__title '
        f'notion-semantic-string"><strong>{esc(x.title)}</strong></div>'
        + (f'<div class="notion-property notion-property__date"><span class="date">{dmy(x.date)}</span></div>'
           if show_date else "") + "</div></a>" for x in items)
    return (f'<div class="notion-collection inline" id="{bid(key)}"><div class="notion-collection-gallery medium">'
            f'{cards}</div></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "an-giang", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    posts = [a for a in arts if not a.opts.get("event") and not a.opts.get("doc")]
    events = [a for a in arts if a.opts.get("event")]
    docs = [a for a in arts if a.opts.get("doc")]
    oldest = next(a for a in posts if a.opts.get("hex"))

    for a in arts:
        body = blocks_html(a)
        if a is posts[0]:  # a Notion page mention of the launch post: links to its /<hex-id>
            body += (f'<p id="{bid(a.path + "mention")}" class="notion-text notion-text__content notion-semantic-string">'
                     f'Xem thêm: <a href="{oldest.opts["hex"]}" class="notion-link notion-page-mention">'
                     f'<span class="notion-page-mention__icon">📄</span>{esc(oldest.title)}</a></p>')
        props = "" if a.opts.get("event") else properties(a)
        same = [o for o in posts if o is not a and set(o.opts.get("cat", [])) & set(a.opts.get("cat", []))][:3] \
            or [o for o in posts if o is not a][:3]
        related = ('<div class="notion-divider"></div>'
                   f'<h3 class="notion-heading notion-semantic-string">{LABELS[5]}</h3>' + gallery(same, a.path + "rel"))
        main = (header(a.title, "📰" if not a.opts.get("doc") else "📑", a.first_image())
                + f'<article id="{bid(a.path + "root")}" class="notion-root max-width has-footer">{props}{body}'
                f'{related}</article>')
        page_class = "page__" + (a.path.strip("/").split("/")[0] if "/" in a.path.strip("/") else "id-" + a.path[1:9])
        html = layout(f"{a.title} | {NAME}", main, page_class=page_class, canonical=a.path, next_data=record_map(a),
                      desc=inline_text(a.summary()))
        site.page(a.path, html, content_type=HTML)
        if a.opts.get("hex"):
            site.page(a.opts["hex"], html, content_type=HTML)
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Quyết định số 18/QĐ-LMHTX", ["QUYET DINH CONG NHAN HTX DIEN HINH TIEN TIEN 2025",
                                                             "Lien minh HTX tinh An Giang"]))
    site.trap("Super.so/Notion anatomy: a super-announcement bar and navbar, div.notion-header (cover, emoji icon, "
              "div.notion-header__title), the property table, the blocks, then a divider, a 'Bài viết cùng chuyên mục' "
              "heading and a database gallery (titles and 'Ngày đăng' dates) inside the same article.notion-root; the "
              "footer's texts; script#__NEXT_DATA__ with the recordMap", posts[0].path)

    def simple(path: str, title: str, icon: str, inner: str) -> None:
        main = header(title, icon) + f'<article id="{bid(path)}" class="notion-root max-width has-footer">{inner}</article>'
        site.page(path, layout(f"{title} | {NAME}", main, page_class="page__" + (path.strip("/").replace("/", "-")
                                                                                 or "home"),
                               canonical=path, next_data={"props": {"pageProps": {"pageId": hexid(path)}}}),
                  content_type=HTML)
        site.non_articles.append(path)

    simple(NEWS, "Tin tức", "🗞", f'<p class="notion-text notion-text__content notion-semantic-string">Tin hoạt động '
           f'của Liên minh và các HTX trong tỉnh.</p>' + gallery(posts, "newsgal"))
    simple(DOCS, "Văn bản", "📂", gallery(docs, "docgal"))
    simple(EVENTS, "Sự kiện", "📌", gallery(events, "evgal"))
    simple(CAT, "Chuyên mục: OCOP", "🏷", gallery([a for a in posts if "OCOP" in a.opts.get("cat", [])] + posts[-1:],
                                                   "catgal"))
    site.trap("listings are Notion database gallery views (div.notion-collection-gallery of a.notion-collection-card: "
              "cover, bold title, 'Ngày đăng' date) in an article.notion-root like a post's: /tin-tuc, /van-ban, "
              "/su-kien, /chuyen-muc/ocop", NEWS)
    simple("/", NAME, "🤝", f'<h2 class="notion-heading notion-semantic-string">Tin mới</h2>' + gallery(posts[:4], "hg")
           + f'<h2 class="notion-heading notion-semantic-string">Văn bản mới</h2>' + gallery(docs, "hd")
           + f'<h2 class="notion-heading notion-semantic-string">Sự kiện</h2>' + gallery(events, "he")
           + f'<p class="notion-text notion-text__content notion-semantic-string"><a href="{CAT}" class="notion-link">'
             f'Sản phẩm OCOP của HTX</a></p>')
    about = ["Liên minh Hợp tác xã tỉnh An Giang được hợp nhất từ Liên minh Hợp tác xã tỉnh An Giang và Liên minh Hợp "
             "tác xã tỉnh Kiên Giang, hoạt động từ ngày 01 tháng 7 năm 2025.",
             "Liên minh đại diện, bảo vệ quyền và lợi ích hợp pháp của các hợp tác xã, liên hiệp hợp tác xã và tổ hợp "
             "tác; tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, đào tạo, hỗ trợ vốn, thị trường và "
             "chuyển đổi số cho thành viên.",
             "Cơ quan Liên minh gồm Văn phòng, các ban chuyên môn và Quỹ hỗ trợ phát triển hợp tác xã tỉnh, làm việc "
             "tại trụ sở chính ở phường Rạch Giá và cơ sở 2 ở phường Long Xuyên."]
    simple(ABOUT, "Giới thiệu", "🏛", "".join(f'<p class="notion-text notion-text__content notion-semantic-string">'
                                             f'{esc(p)}</p>' for p in about)
           + '<details class="notion-toggle closed"><summary><span class="notion-semantic-string">Lịch sử hình thành'
             '</span></summary><div class="notion-toggle__content"><p class="notion-text notion-text__content">'
             'Liên minh HTX tỉnh An Giang và Liên minh HTX tỉnh Kiên Giang cùng được thành lập năm 1996.</p></div>'
             '</details>')
    site.trap("/gioi-thieu is a plain Notion page (header title, three long p.notion-text and a toggle, no property "
              "table, no date): not an article; nor /lien-he (a callout with the address and an embedded form)", ABOUT)
    simple(CONTACT, "Liên hệ", "☎️", '<div class="notion-callout bg-gray-light border"><div class="notion-callout__icon">'
           '<span class="notion-icon text">📍</span></div><div class="notion-callout__content"><p class="notion-text '
           f'notion-text__content">{esc(NAME)}</p></div></div><div class="notion-embed"><form action="javascript:void(0)">'
           '<input name="name"><input name="email"><textarea name="message"></textarea><button type="submit">Gửi'
           '</button></form></div>')
    site.static("/robots.txt", "User-agent: *\nAllow: /\nSitemap: {{base}}/sitemap.xml\n")
    urls = ["/", NEWS, DOCS, EVENTS, CAT, ABOUT, CONTACT] + [a.path for a in arts]
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "".join(f"<url><loc>{{{{base}}}}{u}</loc></url>\n" for u in urls) + "</urlset>\n")
    return site
