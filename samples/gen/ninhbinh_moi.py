"""Site `lmhtx-ninhbinh-moi` (registry family `generic`): the portal of the merged Ninh Bình alliance (Hà Nam
and Nam Định joined it on 1 July 2025) on Sitecore with the Experience Accelerator (SXA, Bootstrap 4 grid),
written as a held-out test: no family module, no selectors.

Why it is hard: the page is a stack of SXA renderings, every one a `div.component <name>` with its own
`div.component-content`, so the body, a "hotline" promo and the footer are all `div.component.rich-text`
(the promo right after the body, the footer's address block too). The title is the Title rendering's
`div.field-title` (plain text, no `<h1>` anywhere on the page); the date and author come from a Page
Content variant: `div.field-publishdate` "14/03/2026 08:30" and `div.field-author` "Tác giả: X" (an
author, not text; an office there is no author; empty on some items, whose byline closes the rich text
instead). A photo story has no rich text: its lines are the `span.field-imagecaption` of a column of Image
renderings. An event item's variant prints no date: the day only in the text ("Ngày 12/3, …"), the year
and month only in the URL `/tin-tuc/2026/03/…` and the full date in the page-list. Items are linked
from the sidebar link-list by Sitecore's id URL `/?sc_itemid={GUID}&sc_lang=vi` (the same page; the
canonical link names the path): aliases. Listings are `div.component.page-list` paged by `?p=2`; search
results (`div.component.search-results`), the introduction (a Title + Rich Text page without date), the
contact form and the gallery are not articles.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-ninhbinh-moi"
NAME = "Liên minh Hợp tác xã tỉnh Ninh Bình"
HTML = "text/html; charset=utf-8"
NEWS = "/tin-tuc"
DOCS = "/van-ban"
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
SEARCH = "/tim-kiem?q=ocop"
MEDIA = "/-/media/project/lmhtx/ninhbinh"
PDF_PATH = f"{MEDIA}/van-ban/2026/kh-12-lmhtx.pdf"
PER = 6

TODAY = f"{weekday(TODAY_2026)}, ngày {TODAY_2026:%d/%m/%Y}"
SLOGAN = "Liên minh HTX tỉnh Ninh Bình - Đồng hành cùng kinh tế tập thể Ninh Bình, Hà Nam, Nam Định"
HOTLINE = ["Đường dây nóng hỗ trợ hợp tác xã: 0229.3871.245",
           "Tiếp nhận phản ánh, kiến nghị của HTX, tổ hợp tác trong giờ hành chính các ngày làm việc",
           "Trụ sở Liên minh: đường Lê Hồng Phong, phường Hoa Lư, tỉnh Ninh Bình"]
FOOTER = ["Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Ninh Bình",
          "Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Ninh Bình",
          "Chịu trách nhiệm chính: Ông Trần Văn Khánh - Chủ tịch Liên minh HTX tỉnh",
          "Điện thoại: 0229.3871.245 - Email: lmhtx@ninhbinh.gov.vn",
          "Giấy phép số 15/GP-TTĐT ngày 20/08/2025 của Sở Văn hóa, Thể thao và Du lịch tỉnh Ninh Bình",
          "Ghi rõ nguồn \"Liên minh HTX tỉnh Ninh Bình\" khi phát hành lại thông tin từ website này"]
SIDE = ["Tin nổi bật", "Thời tiết Ninh Bình", "Hoa Lư: 27°C, có mây", "Độ ẩm: 81%", "Thăm dò ý kiến",
        "Theo bạn, HTX cần hỗ trợ gì nhất trong năm 2026?", "Tiếp cận vốn vay ưu đãi",
        "Đào tạo chuyển đổi số", "Xúc tiến thương mại", "Bình chọn", "Lượt truy cập", "Đang online: 23",
        "Trong ngày: 612", "Tổng lượt truy cập: 1.204.377", "Liên kết website"]
LABELS = ["Tin liên quan", "Tệp đính kèm", "Trang chủ", "Tìm kiếm"]
BOILERPLATE = [TODAY, SLOGAN, *HOTLINE, *FOOTER, *SIDE, LABELS[0], LABELS[1]]


@dataclass
class Item(Article):
    field_author: str = ""  # the Page Content variant's author field, as printed
    show_date: bool = True
    kind: str = "news"  # news | photo | doc

    @property
    def guid(self) -> str:
        return "{" + str(uuid.uuid5(uuid.NAMESPACE_URL, SITE + self.path)).upper() + "}"


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Item]:
    A = Item
    return [
        A(path=f"{NEWS}/2026/03/hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-ninh-binh-lan-thu-hai",
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh Ninh Bình lần thứ hai, khóa I",
          date=datetime(2026, 3, 18, 15, 40), field_author="Tác giả: Hoàng Minh", author="Hoàng Minh",
          lead="Hội nghị đánh giá kết quả quý I, thống nhất 5 nhóm giải pháp hỗ trợ HTX ba khu vực Ninh Bình, Hà Nam, Nam Định cũ phát triển trong năm 2026.",
          body="""
Trong quý I năm 2026, toàn tỉnh thành lập mới 38 HTX, nâng tổng số HTX đang hoạt động lên 1.462 HTX với hơn 210 nghìn thành viên.
[img hoi-nghi-bch.png] Đồng chí Trần Văn Khánh, Chủ tịch Liên minh HTX tỉnh phát biểu kết luận hội nghị
## Những nhiệm vụ trọng tâm quý II
* Hoàn thành việc rà soát, phân loại HTX theo tiêu chí của Luật Hợp tác xã năm 2023;
* Giải ngân 25 tỷ đồng vốn vay từ Quỹ hỗ trợ phát triển HTX tỉnh;
* Tổ chức Ngày Hợp tác xã Việt Nam 11/4 gắn với tôn vinh HTX tiêu biểu.
Hội nghị cũng cho ý kiến vào dự thảo quy chế phối hợp giữa Liên minh HTX tỉnh với các xã, phường sau sắp xếp.
""",
          **dated(datetime(2026, 3, 18, 15, 40)),
          notes=["title only in the Title rendering's div.field-title (no <h1> on the page); 'Tác giả: Hoàng Minh' in "
                 "the Page Content variant's div.field-author above the body: the author, not text; right after the "
                 "body a second div.component.rich-text (the hotline promo) that is furniture"]),
        A(path=f"{NEWS}/2026/03/htx-nong-nghiep-hai-hau-xuat-khau-gao-huu-co",
          title="HTX nông nghiệp Hải Hậu xuất khẩu lô gạo hữu cơ đầu tiên sang Nhật Bản",
          date=datetime(2026, 3, 9, 8, 30), byline="Bài, ảnh: Thu Trang", author="Thu Trang",
          body="""
HTX Dịch vụ nông nghiệp Hải Toàn (xã Hải Hậu, Nam Định cũ) vừa xuất khẩu 18 tấn gạo hữu cơ sang Nhật Bản, sau ba năm chuyển đổi 60 ha lúa sang canh tác hữu cơ.
Gạo được trồng từ giống lúa tám xoan Hải Hậu, không dùng phân bón hóa học và thuốc bảo vệ thực vật, được một tổ chức quốc tế cấp chứng nhận hữu cơ.
[img gao-hai-hau.png] Thành viên HTX đóng gói gạo hữu cơ theo đơn hàng xuất khẩu
Giá bán gạo hữu cơ cao gấp hai lần gạo thường, giúp mỗi hộ thành viên tăng thu nhập khoảng 40 triệu đồng/ha/năm.
Liên minh HTX tỉnh đã hỗ trợ HTX xây dựng nhãn hiệu, mã vùng trồng và tham gia hội chợ giao thương với các nhà nhập khẩu.
""",
          **dated(datetime(2026, 3, 9, 8, 30)),
          notes=["empty div.field-author; the byline 'Bài, ảnh: Thu Trang' closes the rich text (right-aligned bold "
                 "paragraph): part of the text, the author"]),
        A(path=f"{NEWS}/2026/03/ra-mat-htx-du-lich-cong-dong-van-long", show_date=False,
          title="Ra mắt HTX du lịch cộng đồng Vân Long",
          date=datetime(2026, 3, 12), byline="Minh Khôi", author="Minh Khôi",
          body="""
Ngày 12/3, tại xã Gia Vân, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Du lịch cộng đồng Vân Long.
HTX có 46 thành viên là các hộ chèo đò, làm homestay và ẩm thực ven Khu bảo tồn thiên nhiên đất ngập nước Vân Long.
[img van-long.png] Các thành viên HTX Du lịch cộng đồng Vân Long ra mắt
HTX sẽ thống nhất giá dịch vụ, xếp lượt chèo đò công khai và dành 5% doanh thu cho quỹ bảo vệ môi trường khu bảo tồn.
""",
          published=iso(datetime(2026, 3, 12), with_time=False), published_source="listing",
          evidence=["listing"],
          notes=["event item: the Page Content variant prints no date and no author field; the day only in the text "
                 "('Ngày 12/3', no year), year and month in the URL /tin-tuc/2026/03/, the full date only in the "
                 "page-list '12/03/2026': midnight; byline 'Minh Khôi' last: part of the text, the author"]),
        A(path=f"{NEWS}/2026/02/anh-sac-mau-ocop-tai-hoi-cho-xuan-trang-an", kind="photo",
          title="Ảnh: Sắc màu sản phẩm OCOP tại Hội chợ Xuân Tràng An 2026",
          date=datetime(2026, 2, 6, 10, 15), field_author="Ảnh: Đức Lam", author="Đức Lam",
          body="""
[img hoi-cho-1.png] Gian hàng cói Kim Sơn của HTX Thủ công mỹ nghệ Kim Sơn thu hút đông khách tham quan
[img hoi-cho-2.png] Nghệ nhân HTX mây tre đan Ngọc Động (Hà Nam cũ) trình diễn đan lẵng hoa
[img hoi-cho-3.png] Bánh nhãn Hải Hậu và kẹo Sìu Châu của các HTX khu vực Nam Định cũ
[img hoi-cho-4.png] Lãnh đạo tỉnh thăm gian hàng rượu Kim Sơn đạt OCOP 4 sao
""",
          **dated(datetime(2026, 2, 6, 10, 15)),
          notes=["photo story: no rich text, a column of four Image renderings (div.component.image, "
                 "span.image-caption.field-imagecaption: one line each); field-author 'Ảnh: Đức Lam': the author"]),
        A(path=f"{DOCS}/2026/01/ke-hoach-to-chuc-ngay-hop-tac-xa-viet-nam-nam-2026", kind="doc",
          title="Kế hoạch tổ chức các hoạt động kỷ niệm Ngày Hợp tác xã Việt Nam 11/4/2026",
          date=datetime(2026, 1, 20, 9, 0), field_author="Văn phòng Liên minh", author=None,
          body="""
LIÊN MINH HTX TỈNH NINH BÌNH
Số: 12/KH-LMHTX
Ninh Bình, ngày 19 tháng 01 năm 2026
KẾ HOẠCH
Tổ chức các hoạt động kỷ niệm Ngày Hợp tác xã Việt Nam 11/4/2026
I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng về vai trò của kinh tế tập thể, HTX; biểu dương các HTX, thành viên tiêu biểu của tỉnh sau hợp nhất.
II. NỘI DUNG
1. Tổ chức Hội nghị tôn vinh 50 HTX tiêu biểu tại phường Hoa Lư vào ngày 10/4/2026.
2. Trưng bày sản phẩm OCOP của HTX ba khu vực Ninh Bình, Hà Nam, Nam Định cũ.
3. Đăng tải chuyên mục "HTX kiểu mới" trên Cổng thông tin của Liên minh.
III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh chủ trì, phối hợp với các ban chuyên môn triển khai kế hoạch này.
KT. CHỦ TỊCH PHÓ CHỦ TỊCH Nguyễn Thị Thanh Hà
""",
          doc_number="12/KH-LMHTX", attachments=[{"path": PDF_PATH, "text": "KH-12-LMHTX.pdf"}],
          published=iso(datetime(2026, 1, 20, 9, 0)), published_source="date-element",
          evidence=["date-element", "listing"],
          notes=["official plan 'Số: 12/KH-LMHTX': field-publishdate '20/01/2026 09:00', the place-date line "
                 "'Ninh Bình, ngày 19 tháng 01 năm 2026' the day before; field-author 'Văn phòng Liên minh' (an "
                 "office): author null; signer last; the PDF in a File List rendering ('Tệp đính kèm') after the "
                 "body: an attachment, not text"]),
        A(path=f"{NEWS}/2026/01/ninh-binh-co-them-14-san-pham-ocop-cua-htx",
          title="Ninh Bình có thêm 14 sản phẩm OCOP của hợp tác xã",
          date=datetime(2026, 1, 14, 16, 5), field_author="Tác giả: Lê Hương", author="Lê Hương",
          lead="UBND tỉnh vừa công nhận 14 sản phẩm OCOP đạt 3 và 4 sao của các HTX, nâng tổng số sản phẩm OCOP của HTX toàn tỉnh lên 312 sản phẩm.",
          body="""
Các sản phẩm mới được công nhận tập trung vào nhóm thực phẩm và thủ công mỹ nghệ, một số tiêu biểu như sau:
| STT | Sản phẩm | Chủ thể | Hạng |
| 1 | Miến dong Tân Phong | HTX Miến dong Tân Phong | 4 sao |
| 2 | Chè lam Kim Bảng | HTX Nông nghiệp Kim Bảng | 3 sao |
| 3 | Nem chua Phủ Lý | HTX Thực phẩm Thanh Châu | 3 sao |
| 4 | Nước mắm Giao Châu | HTX Chế biến thủy sản Giao Thủy | 4 sao |
Liên minh HTX tỉnh sẽ hỗ trợ các HTX có sản phẩm OCOP đưa hàng lên sàn thương mại điện tử và tham gia các hội chợ trong nước.
""",
          **dated(datetime(2026, 1, 14, 16, 5)),
          notes=["a data table in the rich text (a header row and four rows): one line per row, cells between ' | '; "
                 "field-author 'Tác giả: Lê Hương': the author"]),
        A(path=f"{NEWS}/2025/11/htx-may-tre-dan-ngoc-dong-giu-nghe-truyen-thong",
          title="HTX mây tre đan Ngọc Động giữ nghề truyền thống, mở hướng xuất khẩu",
          date=datetime(2025, 11, 21, 7, 45), byline="Theo Báo Ninh Bình", author=None,
          body="""
HTX Mây tre đan Ngọc Động (xã Hoàng Đông, Hà Nam cũ) hiện tạo việc làm thường xuyên cho hơn 300 lao động, phần lớn là phụ nữ lớn tuổi.
Năm 2025, HTX xuất khẩu 42 container sản phẩm sang Nhật Bản, Hàn Quốc và châu Âu, doanh thu đạt 26 tỷ đồng.
[img ngoc-dong.png] Thợ đan của HTX hoàn thiện đơn hàng giỏ mây xuất khẩu
HTX đang phối hợp với trường nghề mở lớp dạy nghề cho thanh niên để giữ nghề đan truyền thống của làng.
""",
          **dated(datetime(2025, 11, 21, 7, 45)),
          notes=["empty field-author; the text ends with 'Theo Báo Ninh Bình' (a newspaper, a source): part of the "
                 "text, author null; on the second page-list page /tin-tuc?p=2"]),
        A(path=f"{NEWS}/2025/07/lien-minh-htx-tinh-ninh-binh-chinh-thuc-di-vao-hoat-dong",
          title="Liên minh HTX tỉnh Ninh Bình chính thức đi vào hoạt động sau hợp nhất",
          date=datetime(2025, 7, 2, 10, 0), author=None,
          lead="Từ ngày 01/7/2025, Liên minh HTX tỉnh Ninh Bình được hợp nhất từ Liên minh HTX ba tỉnh Ninh Bình, Hà Nam và Nam Định.",
          body="""
Liên minh HTX tỉnh mới đặt trụ sở tại phường Hoa Lư và hai văn phòng đại diện tại phường Phủ Lý và phường Nam Định.
Các chương trình hỗ trợ HTX, cho vay từ Quỹ hỗ trợ phát triển HTX của ba tỉnh cũ được tiếp tục thực hiện, không gián đoạn.
""",
          **dated(datetime(2025, 7, 2, 10, 0)),
          notes=["oldest item, only on /tin-tuc?p=2; no author field and no byline: author null"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"{MEDIA}/tin-tuc/{src}"


def comp(name: str, inner: str, cols: str = "col-12") -> str:
    return f'<div class="component {name} {cols}"><div class="component-content">{inner}</div></div>'


def body_html(a: Item) -> str:
    out, rows = [], []

    def flush():
        if rows:
            head, *rest = rows
            out.append('<table class="table table-bordered"><thead><tr>' + "\n".join(f"<th>{esc(c)}</th>" for c in head)
                       + "</tr></thead><tbody>" + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>"
                                                         for r in rest) + "</tbody></table>")
            rows.clear()

    for b in a.blocks:
        if b.kind == "p" and b.text.startswith("| "):
            rows.append([c.strip() for c in b.text.strip("| ").split(" | ")])
            continue
        flush()
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img src="{img(b.src)}?h=480&amp;w=720&amp;la=vi-VN" '
                       f'alt="{attr(b.text)}" /></p><p style="text-align: center;"><em>{esc(b.text)}</em></p>')
    flush()
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "".join(out)


def item_html(a: Item, related: list[Item]) -> str:
    parts = [comp("title", f'<div class="field-title">{esc(a.title)}</div>')]
    meta = ""
    if a.show_date:
        meta += (f'<div class="field-publishdate"><span class="icon-clock"></span> {a.date:%d/%m/%Y %H:%M}</div>')
    if a.field_author:
        meta += f'<div class="field-author">{esc(a.field_author)}</div>'
    parts.append(comp("page-content article-meta", meta or '<div class="field-publishdate"></div>'))
    if a.lead:
        parts.append(comp("rich-text article-summary", f"<p><strong>{esc(a.lead)}</strong></p>"))
    if a.kind == "photo":
        for b in a.blocks:
            parts.append(comp("image file-type-icon-media-link photo-story",
                              f'<div class="field-image"><img src="{img(b.src)}" alt="{attr(b.text)}" '
                              f'width="900" height="600" /></div><span class="image-caption field-imagecaption">'
                              f'{esc(b.text)}</span>'))
    else:
        parts.append(comp("rich-text article-body", body_html(a)))
    if a.attachments:
        parts.append(comp("file-list", f'<h3>{LABELS[1]}</h3><ul class="items">' + "".join(
            f'<li class="item0 odd first last"><div class="field-filetypeicon"><span class="pdf"></span></div>'
            f'<div class="field-title"><a href="{x["path"]}">{esc(x["text"])}</a></div><div class="field-size">'
            f'212 KB</div></li>' for x in a.attachments) + "</ul>"))
    parts.append(comp("tag-list", f'<span class="label">Từ khóa:</span> <a href="{SEARCH}">OCOP</a>'))
    parts.append(comp("rich-text hotline-box", "".join(f"<p>{esc(h)}</p>" for h in HOTLINE)))
    parts.append(comp("link-list tin-lien-quan", f"<h3>{LABELS[0]}</h3><ul>" + "".join(
        f'<li class="item{i} {"odd" if i % 2 == 0 else "even"}"><div class="field-link"><a href="{r.path}" '
        f'title="{attr(r.title)}">{esc(r.title)}</a></div></li>' for i, r in enumerate(related)) + "</ul>"))
    return "".join(parts)


def list_row(a: Item) -> str:
    pic = a.first_image()
    return ('<li class="item"><div class="page-list-item">'
            + (f'<div class="field-image"><a href="{a.path}"><img src="{img(pic)}?mw=240" alt="" /></a></div>' if pic else "")
            + f'<div class="field-title"><a href="{a.path}">{esc(a.title)}</a></div>'
            f'<div class="field-publishdate">{a.date:%d/%m/%Y}</div>'
            f'<div class="field-summary">{esc(" ".join(a.summary().split()[:28]))}...</div></div></li>')


def layout(title: str, main: str, hot: list[Item], *, crumbs: list[tuple[str, str]] = (), head: str = "",
           with_promo_side: bool = True) -> str:
    nav = "".join(f'<li class="level1 rel-level1 {"active" if i == 0 else ""}"><div class="navigation-title '
                  f'field-navigationtitle"><a title="{t}" href="{h}">{t}</a></div></li>'
                  for i, (h, t) in enumerate([("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (NEWS, "Tin tức"),
                                              (DOCS, "Văn bản"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")]))
    crumb = ""
    if crumbs:
        crumb = comp("breadcrumb navigation-title", '<nav><ol class="breadcrumb">' + "".join(
            f'<li class="breadcrumb-item {"home" if i == 0 else ""}"><div class="navigation-title"><a title="{t}" '
            f'href="{h}">{t}</a></div><span class="separator">/</span></li>' for i, (h, t) in enumerate(crumbs))
                     + "</ol></nav>")
    hot_lis = "".join(f'<li class="item{i}"><div class="field-link"><a href="/?sc_itemid={a.guid.replace("{", "%7B").replace("}", "%7D")}&amp;sc_lang=vi" '
                      f'title="{attr(a.title)}">{esc(a.title)}</a></div></li>' for i, a in enumerate(hot))
    options = "".join(f'<li><label><input type="radio" name="poll" value="{i}"> {o}</label></li>'
                      for i, o in enumerate(SIDE[6:9], 1))
    side = (comp("link-list tin-noi-bat", f"<h3>{SIDE[0]}</h3><ul>{hot_lis}</ul>")
            + comp("plain-html weather", f'<h3>{SIDE[1]}</h3><p>{SIDE[2]}</p><p>{SIDE[3]}</p>')
            + comp("plain-html poll", f'<h3>{SIDE[4]}</h3><p>{SIDE[5]}</p><form action="javascript:void(0)"><ul>'
                                      f'{options}</ul><button type="button">{SIDE[9]}</button></form>')
            + comp("plain-html counter", f'<h3>{SIDE[10]}</h3><ul><li>{SIDE[11]}</li><li>{SIDE[12]}</li>'
                                         f'<li>{SIDE[13]}</li></ul>')
            + comp("link-list lien-ket", f'<h3>{SIDE[14]}</h3><ul><li><div class="field-link"><a href="{{{{base:offsite}}}}'
                                         f'/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></div></li><li><div '
                                         f'class="field-link"><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">'
                                         f'Cổng TTĐT Chính phủ</a></div></li></ul>'))
    footer = comp("rich-text footer-info", "".join(f"<p>{esc(x)}</p>" for x in FOOTER))
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>{esc(title)} - Liên minh HTX tỉnh Ninh Bình</title>{head}
<link href="/-/media/feature/experience-accelerator/bootstrap-4/bootstrap-4/styles/optimized-min.css" rel="stylesheet" />
<link href="/-/media/themes/lmhtx/ninhbinh/lmhtx-theme/styles/pre-optimized-min.css" rel="stylesheet" />
</head>
<body class="default-device bodyclass">
<div id="wrapper">
<header>
<div id="header" class="container"><div class="row">
{comp("plain-html top-bar", f'<div class="today">{esc(TODAY)}</div><div class="slogan"><marquee>{esc(SLOGAN)}</marquee></div>')}
{comp("image logo", f'<a title="Trang chủ" href="/"><img src="{MEDIA}/logo-lmhtx-ninhbinh.png" alt="Liên minh Hợp tác xã tỉnh Ninh Bình" /></a>', "col-12 col-md-8")}
{comp("search-box", '<form action="/tim-kiem" method="get"><input class="search-box-input" type="text" name="q" placeholder="Tìm kiếm" /><button class="search-box-button">Tìm kiếm</button></form>', "col-12 col-md-4")}
<nav class="component navigation navigation-main navigation-main-horizontal col-12"><div class="component-content"><nav><ul class="clearfix">{nav}</ul></nav></div></nav>
</div></div>
</header>
<main>
<div id="content" class="container"><div class="row">
{crumb}
<div class="component container col-12 col-lg-8"><div class="component-content"><div class="row">
{main}
</div></div></div>
<div class="component container col-12 col-lg-4 sidebar"><div class="component-content"><div class="row">
{side}
</div></div></div>
</div></div>
</main>
<footer>
<div id="footer" class="container"><div class="row">
{footer}
</div></div>
</footer>
</div>
<script src="/-/media/base-themes/core-libraries/scripts/optimized-min.js"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ninh-binh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in items if a.kind != "doc"]
    docs = [a for a in items if a.kind == "doc"]
    hot = news[:4]

    for a in items:
        related = [r for r in news if r is not a][:3]
        head = (f'\n<link rel="canonical" href="{{{{base}}}}{a.path}" />'
                f'\n<meta property="og:title" content="{attr(a.title)}" />'
                f'\n<meta property="og:type" content="article" />')
        section = (DOCS, "Văn bản") if a.kind == "doc" else (NEWS, "Tin tức")
        page = layout(a.title, item_html(a, related), hot, crumbs=[("/", "Trang chủ"), section], head=head)
        site.page(a.path, page, content_type=HTML)
        alias = f"/?sc_itemid={a.guid}&sc_lang=vi"
        site.page(alias, page, content_type=HTML)
        if a in hot:
            a.aliases = [alias]
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Kế hoạch số 12/KH-LMHTX", ["KE HOACH NGAY HOP TAC XA VIET NAM 11/4/2026",
                                                         "Lien minh HTX tinh Ninh Binh"]))
    site.trap("the sidebar link-list 'Tin nổi bật' links four items by Sitecore's id URL "
              "/?sc_itemid=%7BGUID%7D&sc_lang=vi (the same page; rel=canonical names the path): aliases, not second "
              "articles", hot[0].path)
    site.trap("every page is a stack of SXA renderings (div.component <name> > div.component-content): the body, "
              "the hotline promo after it and the footer's address block are all div.component.rich-text", hot[0].path)

    def listing(path: str, title: str, chunk_items: list[Item]) -> None:
        pages = [chunk_items[i:i + PER] for i in range(0, len(chunk_items), PER)]
        for k, chunk in enumerate(pages):
            pager = ""
            if len(pages) > 1:
                pager = '<div class="page-selector"><ul class="pagination">' + "".join(
                    f'<li class="page-item active"><span class="page-link">{j + 1}</span></li>' if j == k else
                    f'<li class="page-item"><a class="page-link" href="{path}{"" if j == 0 else f"?p={j + 1}"}">{j + 1}</a></li>'
                    for j in range(len(pages))) + (
                    f'<li class="page-item"><a class="page-link" href="{path}?p={k + 2}">Trang sau</a></li>'
                    if k < len(pages) - 1 else "") + "</ul></div>"
            main = (comp("title", f'<div class="field-title">{title}</div>')
                    + comp("page-list", f'<ul class="items">{"".join(list_row(x) for x in chunk)}</ul>{pager}'))
            url = path if k == 0 else f"{path}?p={k + 1}"
            site.page(url, layout(title, main, hot, crumbs=[("/", "Trang chủ"), (path, title)]), content_type=HTML)
            site.non_articles.append(url)

    listing(NEWS, "Tin tức", news)
    listing(DOCS, "Văn bản", docs)
    site.trap("listing /tin-tuc: a div.component.page-list (image, field-title link, field-publishdate 'dd/mm/yyyy', "
              "field-summary) paged by ?p=2, which holds the two oldest items", f"{NEWS}?p=2")

    # home: a carousel of teasers and a page-list
    home = (comp("carousel", '<div class="carousel-inner">' + "".join(
        f'<div class="slide"><div class="field-image"><a href="{a.path}"><img src="{img(a.first_image())}?mw=720" '
        f'alt="" /></a></div><div class="field-title"><a href="{a.path}">{esc(a.title)}</a></div>'
        f'<div class="field-summary">{esc(" ".join(a.summary().split()[:30]))}...</div></div>'
        for a in news[:3] if a.first_image()) + "</div>")
            + comp("page-list tin-moi", f'<h2>Tin mới</h2><ul class="items">{"".join(list_row(x) for x in items[:6])}</ul>'
                                        f'<a href="{NEWS}" class="more">Xem tất cả</a>'))
    site.page("/", layout("Trang chủ", home, hot), content_type=HTML)

    search = (comp("title", '<div class="field-title">Kết quả tìm kiếm</div>')
              + comp("search-results", '<div class="results-count">Tìm thấy 3 kết quả cho từ khóa "ocop"</div><ul '
                     'class="search-result-list">' + "".join(
                         f'<li><div class="field-title"><a href="{a.path}">{esc(a.title)}</a></div><div '
                         f'class="field-summary">{esc(" ".join(a.summary().split()[:24]))}...</div></li>'
                         for a in items if "OCOP" in a.title or "OCOP" in a.body) + "</ul>"))
    site.page(SEARCH, layout("Tìm kiếm", search, hot, crumbs=[("/", "Trang chủ")]), content_type=HTML)

    about = [
        "Liên minh Hợp tác xã tỉnh Ninh Bình được hợp nhất từ Liên minh Hợp tác xã các tỉnh Ninh Bình, Hà Nam và Nam "
        "Định, hoạt động từ ngày 01 tháng 7 năm 2025 theo Nghị quyết của Quốc hội về sắp xếp đơn vị hành chính cấp tỉnh.",
        "Liên minh có chức năng đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên; tuyên truyền, vận động phát "
        "triển kinh tế tập thể; tư vấn, hỗ trợ hợp tác xã về đào tạo, xúc tiến thương mại, tiếp cận vốn và khoa học công nghệ.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Ban Tuyên truyền - Thi đua, Ban Chính sách - Hỗ trợ phát triển "
        "và Quỹ hỗ trợ phát triển hợp tác xã, làm việc tại trụ sở phường Hoa Lư và hai văn phòng đại diện."]
    site.page(ABOUT, layout("Giới thiệu", comp("title", '<div class="field-title">Giới thiệu Liên minh HTX tỉnh Ninh Bình</div>')
                            + comp("rich-text", "".join(f"<p>{esc(p)}</p>" for p in about)), hot,
                            crumbs=[("/", "Trang chủ")]), content_type=HTML)
    site.page(CONTACT, layout("Liên hệ", comp("title", '<div class="field-title">Liên hệ</div>') + comp(
        "form", '<form method="post" action="/lien-he"><input type="hidden" name="__RequestVerificationToken" '
                'value="Qm9vc3RyYXA0" /><input type="text" name="Name" placeholder="Họ và tên" /><input type="email" '
                'name="Email" placeholder="Email" /><textarea name="Message" placeholder="Nội dung"></textarea>'
                '<input type="submit" value="Gửi liên hệ" /></form>'), hot, crumbs=[("/", "Trang chủ")]),
              content_type=HTML)
    gallery = "".join(comp("image gallery-item", f'<div class="field-image"><img src="{img(a.first_image())}?mw=320" '
                           f'alt="" /></div><span class="image-caption field-imagecaption">{esc(a.title)}</span>', "col-6 col-md-4")
                      for a in news if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", comp("title", '<div class="field-title">Thư viện ảnh</div>') + gallery, hot,
                              crumbs=[("/", "Trang chủ")]), content_type=HTML)
    site.non_articles += ["/", SEARCH, ABOUT, CONTACT, GALLERY]
    site.trap("the introduction /gioi-thieu is a Title + Rich Text page like an item but with no date and no author "
              "(three long paragraphs); the contact form, the gallery (Image renderings with captions) and the search "
              "results /tim-kiem?q=ocop (div.component.search-results): not articles", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /sitecore/\nDisallow: /-/speak/\n")
    return site
