"""Site `kienthuc-htxbinhthuan` (registry family `generic`): "Kiến thức HTX Bình Thuận", the news archive and guide
book of the Bình Thuận cooperative alliance (merged into the Lâm Đồng alliance on 1 July 2025; the site is kept as
the old area's archive) on **BookStack v25.02** (tri-layout, Vietnamese interface, `APP_TIMEZONE=Asia/Ho_Chi_Minh`,
public viewing). Written as a held-out test: no family module, no selectors.

Why it is hard: the news are BookStack pages in a shelf > book > chapter > page tree
(`/books/<book>/page/<page-slug>`); the article is `div.page-content` (`h1#bkmrk-page-title`, then the TinyMCE
paragraphs with `bkmrk-…` ids, `p.align-center` italic captions under the photos, `h3`/`h4` headings, tables with a
`colgroup`, right-aligned byline). The left sidebar repeats every heading ("Điều hướng trang") and every title of the
book ("Điều hướng sách"), the tags box and the attachments ("Tệp đính kèm", `/attachments/<id>`); the right sidebar's
`entity-meta` says "Tạo <span title="26 tháng 2 2026 15:12:00">1 năm trước</span> bởi Văn phòng LMHTX" and "Cập nhật
… bởi X": the publication time is only in the `title` attribute of the CREATED line (local time); the visible text is
relative, and the updated line is a later edit by an account (even a person's account is no author: the byline is).
Every page also answers at `/link/<id>` (a redirect, BookStack's permalink) and as `/export/html` (a standalone copy, no
furniture) and `/export/plaintext`, `/export/markdown`; one renamed page keeps its old slug (redirected). `…/revisions`
lists the edits and `…/revisions/<id>` shows an OLD text ("Đang xem sửa đổi #1"): no news. A chapter's
`/export/html` holds all its pages in one document: no article. Home, shelves, books, chapters, tags, search,
recently-updated (`?page=2`), profiles and login are no articles.
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from urllib.parse import quote_plus

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle

SITE = "kienthuc-htxbinhthuan"
NAME = "Kiến thức HTX Bình Thuận"
NOW = datetime(2026, 3, 20, 10, 0)
VER = "v25.02"
SHELF = ("/shelves/lien-minh-htx-binh-thuan", "Liên minh HTX Bình Thuận")
BOOKS = {"tin-tuc-hoat-dong": ("Tin tức hoạt động", "Tin hoạt động của Liên minh HTX tỉnh và các HTX thành viên"),
         "van-ban-huong-dan": ("Văn bản - Hướng dẫn", "Kế hoạch, thông báo và tài liệu hướng dẫn nghiệp vụ cho HTX")}
CHAPTERS = {"nam-2026": ("tin-tuc-hoat-dong", "Năm 2026"), "nam-2025": ("tin-tuc-hoat-dong", "Năm 2025"),
            "nam-2024": ("tin-tuc-hoat-dong", "Năm 2024"), "ke-hoach-thong-bao": ("van-ban-huong-dan", "Kế hoạch - Thông báo"),
            "huong-dan-nghiep-vu": ("van-ban-huong-dan", "Hướng dẫn nghiệp vụ")}
USERS = {"van-phong-lmhtx": "Văn phòng LMHTX", "quan-tri": "Quản trị", "tran-minh-khoa": "Trần Minh Khoa"}
CHROME = ["Chuyển đến nội dung chính", "Điều hướng trang", "Điều hướng sách", "Hành động", "Xuất ra",
          "Tệp web chứa mọi thứ", "Tệp văn bản thuần", "Tệp PDF", "Tệp Markdown", "Trang trước", "Trang sau",
          "Kho lưu trữ tin tức và tài liệu của Liên minh HTX tỉnh Bình Thuận (trước 01/7/2025)",
          "Viết bình luận tại đây", "Bạn cần đăng nhập để bình luận", "Nắng, gió Đông Bắc cấp 4 trên biển Phan Thiết",
          "Thời tiết Phan Thiết hôm nay", "Trang này do Văn phòng Liên minh HTX tỉnh Bình Thuận cũ quản lý",
          "Liên hệ: 0252.3821.650", "Sửa đổi"]
COMMENTS = [("Nguyễn Văn Tửu", "Nhờ Ban biên tập cập nhật thêm danh sách HTX đạt chứng nhận."),
            ("HTX Hòa Thắng", "Tài liệu rất rõ ràng, cảm ơn Liên minh.")]


def slugify(text: str) -> str:
    t = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    t = "".join(c for c in t if unicodedata.category(c) != "Mn").lower()
    return re.sub(r"[^a-z0-9]+", "-", t).strip("-")


def carbon(d: datetime) -> str:
    """BookStack's title attribute: isoFormat('D MMMM Y HH:mm:ss') in the 'vi' locale."""
    return f"{d.day} tháng {d.month} {d.year} {d:%H:%M:%S}"


def relative(d: datetime) -> str:
    days = (NOW - d).days
    if days >= 365:
        return f"{days // 365} năm trước"
    if days >= 30:
        return f"{days // 30} tháng trước"
    if days >= 7:
        return f"{days // 7} tuần trước"
    return f"{max(days, 1)} ngày trước"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element"])

    return [
        A(path="", title="Liên minh HTX tỉnh Bình Thuận tổng kết năm 2024",
          lead="**Ngày 13/1/2025, Liên minh HTX tỉnh Bình Thuận tổ chức hội nghị tổng kết hoạt động năm 2024 và triển khai phương hướng năm 2025.**",
          body="""
Năm 2024, toàn tỉnh có 213 HTX đang hoạt động, thành lập mới 17 HTX; doanh thu bình quân đạt 2,6 tỷ đồng mỗi HTX.
[img tong-ket-2024-binh-thuan.png] Lãnh đạo tỉnh trao Bằng khen cho các HTX tiêu biểu
## Phương hướng năm 2025
Liên minh HTX tỉnh tiếp tục hỗ trợ HTX thanh long, thủy sản xây dựng chuỗi liên kết và tham gia Chương trình OCOP.
Hội nghị đã biểu dương 15 HTX điển hình trong phong trào thi đua năm 2024.
""", byline="Bài, ảnh: Ngọc Lân", author="Ngọc Lân",
          opts={"id": 31, "chapter": "nam-2025", "creator": "quan-tri", "editor": "van-phong-lmhtx", "upd": 5,
                "rev": 3, "tags": [("Chủ đề", "Hội nghị")], "comments": [0]},
          notes=["BookStack page: div.page-content under h1#bkmrk-page-title; the date is only the title attribute of "
                 "the entity-meta 'Tạo' line ('14 tháng 1 2025 09:30:00'), its visible text relative ('1 năm trước'); "
                 "the 'Cập nhật' line is a later edit; left sidebar repeats the heading (page navigation) and the "
                 "book's titles; 'Bài, ảnh: Ngọc Lân' -> author; /link/31 (redirect) and /export/html are aliases"],
          **at(datetime(2025, 1, 14, 9, 30))),
        A(path="", title="Kế hoạch số 09/KH-LMHTX tập huấn chuyển đổi số cho HTX năm 2025",
          body="""
LIÊN MINH HTX TỈNH BÌNH THUẬN
Số: 09/KH-LMHTX
Bình Thuận, ngày 24 tháng 02 năm 2025
KẾ HOẠCH
Tập huấn chuyển đổi số cho cán bộ quản lý HTX năm 2025
## I. MỤC ĐÍCH
Giúp cán bộ quản lý HTX sử dụng phần mềm kế toán, hóa đơn điện tử và sàn thương mại điện tử.
## II. THỜI GIAN, ĐỊA ĐIỂM
- Lớp 1: ngày 18 - 19/3/2025 tại thành phố Phan Thiết.
- Lớp 2: ngày 25 - 26/3/2025 tại thị xã La Gi.
## III. KINH PHÍ
Từ nguồn kinh phí hỗ trợ phát triển kinh tế tập thể năm 2025 của tỉnh.
CHỦ TỊCH
Lê Văn Hiệp
""", author=None, doc_number="09/KH-LMHTX",
          attachments=[{"path": "/attachments/7", "text": "Kế hoạch 09/KH-LMHTX (bản ký số)"}],
          opts={"id": 34, "chapter": "ke-hoach-thong-bao", "creator": "van-phong-lmhtx", "editor": "van-phong-lmhtx",
                "upd": 1, "rev": 2, "tags": [("Loại", "Kế hoạch")], "comments": [], "attach": 7,
                "old_rev": True},
          notes=["plan 'Số: 09/KH-LMHTX' dated 24/02 in the text, created '26 tháng 2 2025 15:12:00' (the published "
                 "time); '- ' lines keep their dash; signer is text, author null; the PDF is in the sidebar's "
                 "'Tệp đính kèm' (/attachments/7): an attachment; its /revisions/112 shows revision #1 (an older "
                 "text): no article"],
          **at(datetime(2025, 2, 26, 15, 12))),
        A(path="", title="Diện tích và sản lượng thanh long của các HTX năm 2024",
          body="""
Thanh long vẫn là cây trồng chủ lực của các HTX nông nghiệp tỉnh Bình Thuận.
| Địa bàn | Số HTX | Diện tích (ha) | Sản lượng (tấn) |
| Hàm Thuận Nam | 12 | 1.240 | 31.800 |
| Hàm Thuận Bắc | 9 | 860 | 21.500 |
| Bắc Bình | 5 | 410 | 9.700 |
Khoảng 60% sản lượng của các HTX được tiêu thụ qua hợp đồng liên kết với doanh nghiệp.
""", byline="Theo Hồ Thị Mỹ Duyên", author="Hồ Thị Mỹ Duyên",
          opts={"id": 36, "chapter": "nam-2025", "creator": "quan-tri", "editor": "quan-tri", "upd": 0, "rev": 1,
                "tags": [("Chủ đề", "Thanh long")], "comments": []},
          notes=["a TinyMCE table (colgroup, first row in thead with td cells): one line per row; "
                 "'Theo Hồ Thị Mỹ Duyên' -> author 'Hồ Thị Mỹ Duyên'"],
          **at(datetime(2025, 3, 18, 10, 5))),
        A(path="", title="Hướng dẫn HTX đăng ký mã số vùng trồng thanh long xuất khẩu",
          body="""
## Hồ sơ cần chuẩn bị
+ Đơn đăng ký cấp mã số vùng trồng theo mẫu;
+ Bản đồ vùng trồng có tọa độ từng lô;
+ Danh sách hộ thành viên và diện tích của từng hộ;
+ Sổ ghi chép quá trình canh tác và sử dụng thuốc bảo vệ thực vật.
## Nơi nộp hồ sơ
HTX nộp hồ sơ tại Chi cục Trồng trọt và Bảo vệ thực vật hoặc qua cổng dịch vụ công trực tuyến.
""", author=None,
          opts={"id": 38, "chapter": "huong-dan-nghiep-vu", "creator": "van-phong-lmhtx", "editor": "tran-minh-khoa",
                "upd": 200, "rev": 4, "tags": [("Loại", "Hướng dẫn"), ("Chủ đề", "Thanh long")], "comments": [1],
                "old_slug": "huong-dan-dang-ky-ma-so-vung-trong"},
          notes=["a guide: two h3 headings (also in the page navigation) and a numbered list (ol); no byline: "
                 "created by 'Văn phòng LMHTX', updated '6 tháng trước bởi Trần Minh Khoa' (the last editor, a "
                 "person's account: no author) -> null; renamed: the old slug /page/huong-dan-dang-ky-ma-so-vung-trong "
                 "301-redirects here (alias)"],
          **at(datetime(2025, 4, 8, 8, 20))),
        A(path="", title="Ảnh: HTX nước mắm Phan Thiết vào vụ cá cơm",
          body="""
[img nuoc-mam-1.png] Thuyền của thành viên HTX cập cảng với cá cơm tươi
[img nuoc-mam-2.png] Cá cơm được trộn muối và cho vào thùng gỗ ủ chượp
[img nuoc-mam-3.png] Nước mắm nhĩ đóng chai mang nhãn OCOP 4 sao của HTX
""", byline="Ảnh: Đức Trung", author="Đức Trung",
          opts={"id": 40, "chapter": "nam-2025", "creator": "quan-tri", "editor": "quan-tri", "upd": 0, "rev": 1,
                "tags": [("Chủ đề", "OCOP")], "comments": [0, 1]},
          notes=["photo story: three images, each with a centred italic caption paragraph (p.align-center > em: the "
                 "lines); 'Ảnh: Đức Trung' -> author; two comments under it (section.comments-list): no text"],
          **at(datetime(2025, 5, 21, 16, 45))),
        A(path="", title="HTX Nông nghiệp Hàm Minh chuyển sang trồng thanh long theo VietGAP",
          body="""
HTX Nông nghiệp Hàm Minh, huyện Hàm Thuận Nam có 64 thành viên với 85 ha thanh long, trong đó 52 ha đạt chứng nhận VietGAP.
Nhờ sản xuất theo quy trình, giá bán thanh long của HTX cao hơn thị trường 2.000 - 3.000 đồng mỗi kg.
HTX đang thử nghiệm đèn LED tiết kiệm điện cho thanh long ra hoa trái vụ.
""", byline="Thanh Huyền - Minh Quân", author="Thanh Huyền - Minh Quân",
          opts={"id": 22, "chapter": "nam-2024", "creator": "quan-tri", "editor": "quan-tri", "upd": 0, "rev": 1,
                "tags": [("Chủ đề", "Thanh long")], "comments": []},
          notes=["2024 page in the chapter 'Năm 2024' (created '9 tháng 10 2024 14:00:00', '1 năm trước'); two "
                 "reporters 'Thanh Huyền - Minh Quân' close it -> author"],
          **at(datetime(2024, 10, 9, 14, 0))),
        A(path="", title="Liên minh HTX tỉnh Bình Thuận hoàn thành hợp nhất vào Liên minh HTX tỉnh Lâm Đồng",
          lead="**Từ ngày 01/7/2025, Liên minh HTX tỉnh Bình Thuận, Liên minh HTX tỉnh Đắk Nông và Liên minh HTX tỉnh Lâm Đồng hợp nhất thành Liên minh HTX tỉnh Lâm Đồng.**",
          body="""
## Tổ chức bộ máy
Văn phòng tại Phan Thiết trở thành cơ sở giao dịch của Liên minh HTX tỉnh Lâm Đồng tại khu vực Bình Thuận cũ.
## Quyền lợi của HTX thành viên
Các HTX thành viên tiếp tục được hưởng các chính sách hỗ trợ đang thực hiện, không phải làm lại thủ tục gia nhập.
""", author=None,
          opts={"id": 44, "chapter": "nam-2025", "creator": "van-phong-lmhtx", "editor": "van-phong-lmhtx", "upd": 0,
                "rev": 1, "tags": [("Chủ đề", "Tổ chức")], "comments": []},
          notes=["created '30 tháng 6 2025 23:40:00' (local time, late at night: the day is 30 June, not 1 July); "
                 "lead and two h3 headings; no byline -> author null"],
          **at(datetime(2025, 6, 30, 23, 40))),
        A(path="", title="Các HTX khu vực Bình Thuận cũ mang sản phẩm đến Hội chợ OCOP tỉnh Lâm Đồng",
          body="""
Tại Hội chợ OCOP tỉnh Lâm Đồng năm 2026, 14 HTX khu vực Bình Thuận cũ giới thiệu 36 sản phẩm, nổi bật là nước mắm, thanh long sấy và mực một nắng.
[img hoi-cho-ocop-2026.png] Gian hàng của các HTX khu vực Bình Thuận cũ tại hội chợ
Sau 4 ngày, các HTX ký được 9 hợp đồng tiêu thụ với tổng giá trị gần 3 tỷ đồng.
Nguồn: Liên minh HTX tỉnh Lâm Đồng
""", author=None,
          opts={"id": 51, "chapter": "nam-2026", "creator": "van-phong-lmhtx", "editor": "van-phong-lmhtx", "upd": 0,
                "rev": 1, "tags": [("Chủ đề", "OCOP")], "comments": []},
          notes=["the chapter 'Năm 2026' after the merger (created '22 tháng 1 2026 08:15:00'); 'Nguồn: …' is no author"],
          **at(datetime(2026, 1, 22, 8, 15))),
    ]


def body_html(a: RichArticle, old: bool = False) -> tuple[str, list[tuple[str, str, str]]]:
    """TinyMCE output with BookStack's bkmrk- ids; the headings for the page navigation."""
    out, heads, n = [], [], 0

    def bid(text: str) -> str:
        nonlocal n
        n += 1
        return "bkmrk-" + (slugify(text)[:20].strip("-") or f"p{n}") + ("" if n == 1 else f"-{n}")

    if a.lead:
        out.append(f'<p id="{bid(a.lead)}">{inline_html(a.lead)}</p>')
    blocks = a.blocks[:-1] if old else a.blocks
    for b in blocks:
        if b.kind == "p":
            out.append(f'<p id="{bid(b.text)}">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            i = bid(b.text)
            out.append(f'<h3 id="{i}">{inline_html(b.text)}</h3>')
            heads.append(("h3", i, b.text))
        elif b.kind in ("ul", "ol"):
            tag = b.kind
            out.append(f'<{tag} id="{bid(b.items[0])}">' + "".join(f"<li>{inline_html(x)}</li>" for x in b.items) + f"</{tag}>")
        elif b.kind == "img":
            out.append(f'<p id="{bid(b.src)}"><a href="/uploads/images/gallery/2025-05/{b.src}" target="_blank" rel="noopener">'
                       f'<img src="/uploads/images/gallery/2025-05/scaled-1680-/{b.src}" alt="{attr(b.src)}" width="800" height="533"></a></p>'
                       f'<p class="align-center" id="{bid(b.text)}"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            cols = "".join(f'<col style="width: {100 // len(head)}%;">' for _ in head)
            out.append(f'<table id="{bid("bang")}" style="border-collapse: collapse; width: 100%;" border="1"><colgroup>{cols}</colgroup>'
                       "<thead><tr>" + "\n".join(f"<td><strong>{esc(c)}</strong></td>" for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>" for r in rows) + "</tbody></table>")
    if a.byline and not old:
        out.append(f'<p class="align-right" id="{bid(a.byline)}"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out), heads


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-thuan", NAME + " (Liên minh HTX tỉnh Bình Thuận, nay thuộc tỉnh Lâm Đồng)", "generic",
                     None, start_urls=["{{base:%s}}/" % SITE])
    pages = articles()
    site.extra_boilerplate += CHROME + [COMMENTS[0][1], COMMENTS[1][1]]
    for a in pages:
        ch = a.opts["chapter"]
        a.opts["book"] = CHAPTERS[ch][0]
        a.path = f"/books/{a.opts['book']}/page/{slugify(a.title)}"

    def book_of(a: RichArticle) -> str:
        return a.opts["book"]

    def in_book(book: str) -> list[RichArticle]:
        order = list(CHAPTERS)
        return sorted([a for a in pages if book_of(a) == book], key=lambda a: (order.index(a.opts["chapter"]), -a.date.timestamp()))

    def header() -> str:
        return (f'<a class="px-m py-s skip-to-content-link" href="#main-content">Chuyển đến nội dung chính</a>'
                f'<header id="header" component="header-mobile-toggle" class="primary-background px-xl grid print-hidden">'
                f'<div class="flex-container-row justify-space-between gap-s items-center"><a href="/" data-shortcut="home_view" class="logo">'
                f'<img class="logo-image" src="/uploads/images/system/2024-01/logo-lmhtx-bt.png" alt="Logo"><span class="logo-text">{NAME}</span></a></div>'
                f'<div class="flex-container-column items-center justify-center hide-under-l"><form id="header-search-box" action="/search" method="GET" class="search-box" role="search">'
                f'<input id="header-search-box-input" type="text" name="term" aria-label="Tìm kiếm" placeholder="Tìm kiếm"></form></div>'
                f'<nav class="header-links"><div class="links text-center"><a href="/shelves" data-shortcut="shelves_view">Giá sách</a>'
                f'<a href="/books" data-shortcut="books_view">Sách</a><a href="/login">Đăng nhập</a></div></nav></header>')

    def layout(title: str, middle: str, left: str = "", right: str = "", canonical: str = "", desc: str = "") -> str:
        og = (f'<meta property="og:title" content="{attr(title)} | {NAME}">'
              + (f'<meta property="og:url" content="{{{{base}}}}{attr(canonical)}">' if canonical else "")
              + (f'<meta property="og:description" content="{attr(desc)}">' if desc else ""))
        return f"""<!DOCTYPE html>
<html lang="vi" dir="ltr" class="">
<head><title>{esc(title)} | {NAME}</title>
<meta charset="utf-8"><meta name="viewport" content="width=device-width"><meta name="token" content="Qm7tY2pXcR9vLk3sN8aB">
<meta name="base-url" content="{{{{base}}}}"><meta name="theme-color" content="#206ea7">{og}
<link rel="stylesheet" href="/dist/styles.css?version={VER}"><link rel="stylesheet" media="print" href="/dist/print-styles.css?version={VER}">
<link rel="icon" type="image/png" sizes="256x256" href="/icon.png"><link rel="manifest" href="/manifest.json">
<script src="/dist/app.js?version={VER}" type="module" nonce="r4nd0m"></script>
</head>
<body class="tri-layout">
{header()}
<div id="content" class="block">
<div class="tri-layout-mobile-tabs print-hidden"><div class="grid half no-break no-gap"><button type="button" class="tri-layout-mobile-tab px-m py-m text-link" aria-selected="true">Thông tin</button><button type="button" class="tri-layout-mobile-tab px-m py-m text-link">Nội dung</button></div></div>
<div class="tri-layout-container" tabindex="-1" component="tri-layout">
<div class="tri-layout-left print-hidden" id="sidebar"><aside class="tri-layout-left-contents">{left}
<div class="mb-xl"><h5>Thời tiết Phan Thiết hôm nay</h5><p class="text-muted">31°C - Nắng, gió Đông Bắc cấp 4 trên biển Phan Thiết</p></div></aside></div>
<div class="@container tri-layout-middle"><div id="main-content" class="tri-layout-middle-contents">{middle}</div></div>
<div class="tri-layout-right print-hidden"><aside class="tri-layout-right-contents">{right}</aside></div>
</div></div>
<footer class="print-hidden"><p>Kho lưu trữ tin tức và tài liệu của Liên minh HTX tỉnh Bình Thuận (trước 01/7/2025)</p>
<p>Trang này do Văn phòng Liên minh HTX tỉnh Bình Thuận cũ quản lý - 212 Trần Hưng Đạo, Phan Thiết. Liên hệ: 0252.3821.650</p></footer>
</body></html>"""

    def page(path: str, html: str) -> None:
        site.page(path, html, content_type="text/html; charset=UTF-8")

    def crumbs(items: list[tuple[str, str, str]]) -> str:
        links = '<div class="separator">›</div>'.join(f'<a href="{h}" class="text-{k} icon-list-item outline-hover"><span>{esc(t)}</span></a>'
                                                      for t, h, k in items)
        return f'<div class="mb-m print-hidden"><nav class="breadcrumbs text-center" aria-label="Breadcrumb"><div class="breadcrumb-listing">{links}</div></nav></div>'

    def book_tree(book: str, current: str = "") -> str:
        out = []
        for ch, (b, chname) in CHAPTERS.items():
            if b != book:
                continue
            items = "".join(f'<li class="list-item-page{" current-page" if a.path == current else ""}"><a href="{a.path}" class="page entity-list-item{" selected" if a.path == current else ""}" data-entity-type="page">'
                            f'<span class="entity-name">{esc(a.title)}</span></a></li>' for a in in_book(book) if a.opts["chapter"] == ch)
            out.append(f'<li class="list-item-chapter"><a href="/books/{book}/chapter/{ch}" class="chapter entity-list-item" data-entity-type="chapter">'
                       f'<span class="entity-name">{esc(chname)}</span></a><div class="entity-list-item"><ul class="chapter-contents menu sub-menu inset-list">{items}</ul></div></li>')
        return (f'<nav id="book-tree" class="book-tree mb-xl" aria-label="Điều hướng sách"><h5>Điều hướng sách</h5>'
                f'<ul class="sidebar-page-list mt-xs menu entity-list"><li class="list-item-book book"><a href="/books/{book}" class="book entity-list-item">'
                f'<span class="entity-name">{esc(BOOKS[book][0])}</span></a></li>{"".join(out)}</ul></nav>')

    def tags_box(a: RichArticle) -> str:
        items = "".join(f'<div class="tag-item primary-background-light"><div class="tag-name"><a href="/search?term=%5B{quote_plus(n)}%5D">{esc(n)}</a></div>'
                        f'<div class="tag-value"><a href="/search?term=%5B{quote_plus(n)}%3D{quote_plus(v)}%5D">{esc(v)}</a></div></div>' for n, v in a.opts["tags"])
        return f'<section class="mb-xl"><h5>Thẻ</h5><div class="tag-box">{items}</div></section>'

    def meta(a: RichArticle) -> str:
        o = a.opts
        upd = a.date.replace(minute=(a.date.minute + 7) % 60) if not o["upd"] else \
            datetime.fromordinal(a.date.toordinal() + o["upd"]).replace(hour=16, minute=2, second=40)
        return (f'<div id="page-details" class="entity-details mb-xl"><h5>Chi tiết</h5><div class="blended-links"><div class="entity-meta">'
                f'<div class="entity-meta-item"><div>Sửa đổi #{o["rev"]}</div></div>'
                f'<a href="/user/{o["creator"]}" class="entity-meta-item"><div>Tạo <span title="{carbon(a.date)}">{relative(a.date)}</span> bởi {esc(USERS[o["creator"]])}</div></a>'
                f'<a href="/user/{o["editor"]}" class="entity-meta-item"><div>Cập nhật <span title="{carbon(upd)}">{relative(upd)}</span> bởi {esc(USERS[o["editor"]])}</div></a>'
                f'</div></div></div>')

    def actions(a: RichArticle) -> str:
        x = a.path
        return (f'<div class="actions mb-xl"><h5>Hành động</h5><div class="icon-list text-link">'
                f'<a href="{x}/revisions" data-shortcut="revisions" class="icon-list-item"><span>Sửa đổi</span></a>'
                f'<div component="dropdown" class="dropdown-container" id="export-menu"><div refs="dropdown@toggle" class="icon-list-item" role="button">'
                f'<span>Xuất ra</span></div><ul refs="dropdown@menu" class="wide dropdown-menu" role="menu">'
                f'<li><a href="{x}/export/html" target="_blank" class="label-item"><span>Tệp web chứa mọi thứ</span><span>.html</span></a></li>'
                f'<li><a href="{x}/export/pdf" target="_blank" class="label-item"><span>Tệp PDF</span><span>.pdf</span></a></li>'
                f'<li><a href="{x}/export/plaintext" target="_blank" class="label-item"><span>Tệp văn bản thuần</span><span>.txt</span></a></li>'
                f'<li><a href="{x}/export/markdown" target="_blank" class="label-item"><span>Tệp Markdown</span><span>.md</span></a></li></ul></div></div></div>')

    def comments(a: RichArticle) -> str:
        cs = a.opts["comments"]
        items = "".join(f'<div class="comment-branch"><div class="comment-box" id="comment{20 + k}"><div class="header"><div class="flex-container-row items-center">'
                        f'<div class="meta text-muted flex"><a href="/user/{"quan-tri"}">{esc(COMMENTS[c][0])}</a> <span class="text-muted">bình luận 3 tuần trước</span></div></div></div>'
                        f'<div class="content px-s pb-s"><p>{esc(COMMENTS[c][1])}</p></div></div></div>' for k, c in enumerate(cs))
        return (f'<section component="page-comments" class="comments-list" aria-label="Bình luận"><div class="flex-container-row items-center justify-space-between mb-m mt-m">'
                f'<h2 class="list-heading">{len(cs)} bình luận</h2></div><div class="comment-container-compact">{items}</div>'
                f'<p class="text-muted">Bạn cần đăng nhập để bình luận</p><p class="text-muted">Viết bình luận tại đây</p></section>')

    by_date = sorted(pages, key=lambda a: a.date, reverse=True)
    for a in pages:
        o = a.opts
        book, ch = o["book"], o["chapter"]
        content, heads = body_html(a)
        nav = "".join(f'<li class="page-nav-item {t}"><a href="#{i}" class="text-limit-lines-1 block">{esc(x)}</a><div class="link-background sidebar-page-nav-bullet"></div></li>'
                      for t, i, x in heads)
        left = (f'<div id="page-navigation" class="mb-xl"><nav aria-labelledby="page-navigation-heading"><h5 id="page-navigation-heading">Điều hướng trang</h5>'
                f'<div class="body"><ul class="sidebar-page-nav menu">{nav}</ul></div></nav></div>' if heads else "")
        if o.get("attach"):
            x = a.attachments[0]
            left += (f'<section class="mb-xl"><h5>Tệp đính kèm</h5><div class="body"><a href="{x["path"]}" target="_blank" class="flex-container-row items-center">'
                     f'<span>{esc(x["text"])}</span></a></div></section>')
            site.routes.append({"path": x["path"], "file": "_routes/attachment-7.pdf", "content_type": "application/pdf"})
            site.files["_routes/attachment-7.pdf"] = pdf(a.title, ["KE HOACH SO 09/KH-LMHTX", "Tap huan chuyen doi so HTX 2025"])
        left += tags_box(a) + book_tree(book, a.path)
        seq = in_book(book)
        k = seq.index(a)
        prev_next = ""
        if k > 0:
            prev_next += f'<a href="{seq[k - 1].path}" class="entity-nav-item"><div><span class="text-muted">Trang trước</span><div>{esc(seq[k - 1].title)}</div></div></a>'
        if k + 1 < len(seq):
            prev_next += f'<a href="{seq[k + 1].path}" class="entity-nav-item"><div><span class="text-muted">Trang sau</span><div>{esc(seq[k + 1].title)}</div></div></a>'
        middle = (crumbs([(SHELF[1], SHELF[0], "bookshelf"), (BOOKS[book][0], f"/books/{book}", "book"),
                          (CHAPTERS[ch][1], f"/books/{book}/chapter/{ch}", "chapter"), (a.title, a.path, "page")])
                  + f'<main class="content-wrap card"><div class="page-content clearfix" page-display="{o["id"]}"><div dir="auto">'
                  f'<h1 class="break-text" id="bkmrk-page-title">{esc(a.title)}</h1><div style="clear:left;"></div>{content}</div></div></main>'
                  f'<div class="print-hidden"><nav class="entity-nav" aria-label="Điều hướng trang kế">{prev_next}</nav></div>' + comments(a))
        page(a.path, layout(a.title, middle, left, meta(a) + actions(a), a.path, a.summary()))
        # standalone export: the page in a bare document
        page(f"{a.path}/export/html", f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{esc(a.title)}</title>'
                                      f'<style>body{{max-width:840px;margin:0 auto}}</style></head><body><div id="export-html">'
                                      f'<div class="page-content" dir="auto"><h1 class="break-text" id="bkmrk-page-title">{esc(a.title)}</h1>'
                                      f'<div style="clear:left;"></div>{content}</div></div></body></html>')
        plain = a.title + "\n\n" + "\n\n".join(a.text_lines())
        site.page(f"{a.path}/export/plaintext", plain, content_type="text/plain; charset=UTF-8")
        site.page(f"{a.path}/export/markdown", "# " + a.title + "\n\n" + "\n\n".join(a.text_lines()),
                  content_type="text/markdown; charset=UTF-8")
        site.routes.append({"path": f"{a.path}/export/pdf", "file": f"_routes/export-{o['id']}.pdf", "content_type": "application/pdf"})
        site.files[f"_routes/export-{o['id']}.pdf"] = pdf(a.title, ["BookStack export", f"page {o['id']}"])
        site.redirect(f"/link/{o['id']}", a.path, 301)
        a.aliases += [f"/link/{o['id']}", f"{a.path}/export/html", f"{a.path}/export/plaintext", f"{a.path}/export/markdown"]
        if o.get("old_slug"):
            old = f"/books/{book}/page/{o['old_slug']}"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        # revisions list and, for one page, an old revision's view
        revs = "".join(f'<tr><td>{n}</td><td>{esc(a.title)}</td><td>{carbon(a.date)}</td><td>{esc(USERS[o["creator"] if n == 1 else o["editor"]])}</td>'
                       + (f'<td><a href="{a.path}/revisions/{110 + o["id"] // 10 + n}" target="_blank">Xem</a></td>' if o.get("old_rev") and n == 1 else "<td></td>")
                       + "</tr>" for n in range(o["rev"], 0, -1))
        page(f"{a.path}/revisions", layout(f"Sửa đổi trang {a.title}", crumbs([(BOOKS[book][0], f"/books/{book}", "book"), (a.title, a.path, "page")])
                                           + f'<main class="card content-wrap"><h1 class="list-heading">Sửa đổi trang</h1><table class="table">'
                                           f'<tr><th>#</th><th>Tên</th><th>Ngày</th><th>Người sửa</th><th></th></tr>{revs}</table></main>'))
        site.non_articles.append(f"{a.path}/revisions")
        if o.get("old_rev"):
            rp = f"{a.path}/revisions/{110 + o['id'] // 10 + 1}"
            old_content, _ = body_html(a, old=True)
            page(rp, layout(a.title, f'<main class="content-wrap card"><p class="text-muted">Đang xem sửa đổi #1 - đây là phiên bản cũ của trang</p>'
                                     f'<div class="page-content"><h1 class="break-text" id="bkmrk-page-title">{esc(a.title)}</h1>{old_content}</div></main>'))
            site.non_articles.append(rp)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/uploads/images/gallery/2025-05/{b.src}", image_for(b.src))
                site.binary(f"/uploads/images/gallery/2025-05/scaled-1680-/{b.src}", image_for(b.src))
        site.add_article(a)

    def card(a: RichArticle) -> str:
        return (f'<a href="{a.path}" class="page entity-list-item" data-entity-type="page"><div class="content"><h4 class="entity-list-item-name break-text">{esc(a.title)}</h4>'
                f'<div class="entity-item-snippet"><p class="text-muted break-text">{esc(a.summary()[:150])}</p></div></div></a>')

    # chapters, books, shelves
    for ch, (book, chname) in CHAPTERS.items():
        ps = [a for a in in_book(book) if a.opts["chapter"] == ch]
        path = f"/books/{book}/chapter/{ch}"
        middle = (crumbs([(SHELF[1], SHELF[0], "bookshelf"), (BOOKS[book][0], f"/books/{book}", "book"), (chname, path, "chapter")])
                  + f'<main class="content-wrap card"><h1 class="break-text">{esc(chname)}</h1><div class="chapter-content"><div class="entity-list">'
                  + "".join(card(a) for a in ps) + "</div></div></main>")
        right = (f'<div class="actions mb-xl"><h5>Hành động</h5><div class="icon-list text-link"><a href="{path}/export/html" target="_blank" class="label-item">'
                 f'<span>Tệp web chứa mọi thứ</span><span>.html</span></a></div></div>')
        page(path, layout(chname, middle, book_tree(book), right, path))
        site.non_articles.append(path)
        export = "".join(f'<div class="page-break"></div><h1 id="page-{a.opts["id"]}">{esc(a.title)}</h1>{body_html(a)[0]}' for a in ps)
        page(f"{path}/export/html", f'<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>{esc(chname)}</title></head><body>'
                                    f'<div class="page-content"><h1 style="font-size: 4.8em">{esc(chname)}</h1>{export}</div></body></html>')
        site.non_articles.append(f"{path}/export/html")
    for book, (bname, bdesc) in BOOKS.items():
        path = f"/books/{book}"
        rows = ""
        for ch, (b, chname) in CHAPTERS.items():
            if b != book:
                continue
            ps = [a for a in in_book(book) if a.opts["chapter"] == ch]
            rows += (f'<a href="/books/{book}/chapter/{ch}" class="chapter entity-list-item"><div class="content"><h4 class="entity-list-item-name">{esc(chname)}</h4>'
                     f'<div class="entity-item-snippet"><p class="text-muted">{len(ps)} trang</p></div></div></a>'
                     f'<div class="chapter-expansion"><div class="chapter-expansion-contents inset-list">' + "".join(card(a) for a in ps) + "</div></div>")
        page(path, layout(bname, crumbs([(SHELF[1], SHELF[0], "bookshelf"), (bname, path, "book")])
                          + f'<main class="content-wrap card"><h1 class="break-text">{esc(bname)}</h1><div class="book-content"><p class="text-muted">{esc(bdesc)}</p>'
                          f'<div class="entity-list book-contents">{rows}</div></div></main>', "", "", path))
        site.non_articles.append(path)
    books_grid = "".join(f'<a href="/books/{b}" class="grid-card"><div class="grid-card-content"><h2 class="text-limit-lines-2">{esc(n)}</h2><p class="text-muted">{esc(d)}</p></div></a>'
                         for b, (n, d) in BOOKS.items())
    page(SHELF[0], layout(SHELF[1], f'<main class="card content-wrap"><h1>{esc(SHELF[1])}</h1><div class="grid third">{books_grid}</div></main>', canonical=SHELF[0]))
    page("/shelves", layout("Giá sách", f'<main class="card content-wrap"><h1 class="list-heading">Giá sách</h1><a href="{SHELF[0]}" class="shelf entity-list-item">'
                                        f'<h4>{esc(SHELF[1])}</h4></a></main>'))
    page("/books", layout("Sách", f'<main class="card content-wrap"><h1 class="list-heading">Sách</h1><div class="grid third">{books_grid}</div></main>'))
    site.non_articles += [SHELF[0], "/shelves", "/books"]

    # recently updated pages, 5 a page; home
    per = 5
    chunks = [by_date[i:i + per] for i in range(0, len(by_date), per)]
    for n, chunk in enumerate(chunks, 1):
        path = "/pages/recently-updated" + ("" if n == 1 else f"?page={n}")
        items = "".join(f'<div class="entity-list-item"><a href="{a.path}" class="page"><h4 class="entity-list-item-name">{esc(a.title)}</h4></a>'
                        f'<div class="entity-item-snippet"><p class="text-muted">Cập nhật {relative(a.date)} bởi {esc(USERS[a.opts["editor"]])}</p></div></div>' for a in chunk)
        pager = "".join(f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="/pages/recently-updated{"" if k == 1 else f"?page={k}"}">{k}</a></li>'
                        for k in range(1, len(chunks) + 1))
        page(path, layout("Trang được cập nhật gần đây", f'<main class="card content-wrap"><h1 class="list-heading">Trang được cập nhật gần đây</h1>'
                                                         f'<div class="entity-list">{items}</div><nav><ul class="pagination">{pager}</ul></nav></main>'))
        site.non_articles.append(path)
    renamed = next(a for a in pages if a.opts.get("old_slug"))
    activity = "".join(f'<div class="activity-list-item"><div><a href="/user/{a.opts["creator"]}">{esc(USERS[a.opts["creator"]])}</a> đã tạo trang '
                       f'<a href="/link/{a.opts["id"]}">{esc(a.title)}</a><br><span class="text-muted">{relative(a.date)}</span></div></div>' for a in by_date[:3])
    home = (f'<div class="grid third gap-x-xxl no-row-gap"><div><div id="recent-pages" class="card mb-xl"><h3 class="card-title"><a href="/pages/recently-updated">Trang được cập nhật gần đây</a></h3>'
            f'<div class="px-m">' + "".join(card(a) for a in by_date[:4]) + '</div><a href="/pages/recently-updated" class="card-footer-link">Xem tất cả</a></div></div>'
            f'<div><div id="recent-books" class="card mb-xl"><h3 class="card-title">Sách gần đây</h3>{books_grid}</div>'
            f'<div class="card mb-xl"><h3 class="card-title">Trang được ghim</h3><ul><li><a href="/books/van-ban-huong-dan/page/{renamed.opts["old_slug"]}">'
            f'Hướng dẫn đăng ký mã số vùng trồng</a></li></ul></div></div>'
            f'<div><div id="recent-activity" class="card mb-xl"><h3 class="card-title">Hoạt động gần đây</h3>{activity}</div></div></div>')
    page("/", layout(NAME, home, canonical="/"))
    site.non_articles.append("/")
    page("/tags", layout("Thẻ", '<main class="card content-wrap"><h1 class="list-heading">Thẻ</h1><div class="item-list">'
                                + "".join(f'<div class="item-list-row"><a href="/search?term=%5B{quote_plus(t)}%5D">{esc(t)}</a></div>' for t in ["Chủ đề", "Loại"])
                                + "</div></main>"))
    site.non_articles.append("/tags")
    tag_pages: dict[str, list] = {}
    for a in pages:
        for n_, v in a.opts["tags"]:
            tag_pages.setdefault(f"/search?term=%5B{quote_plus(n_)}%5D", []).append(a)
            tag_pages.setdefault(f"/search?term=%5B{quote_plus(n_)}%3D{quote_plus(v)}%5D", []).append(a)
    tag_pages["/search?term=htx"] = by_date
    for path, ps in tag_pages.items():
        page(path, layout("Tìm kiếm", '<main class="card content-wrap"><h1 class="list-heading">Kết quả tìm kiếm</h1><div class="entity-list">'
                                      + "".join(card(a) for a in ps) + "</div></main>"))
        site.non_articles.append(path)
    page("/search", layout("Tìm kiếm", '<main class="card content-wrap"><h1 class="list-heading">Tìm kiếm</h1><form action="/search"><input name="term"></form>'
                                       '<p><a href="/search?term=htx">htx</a></p></main>'))
    site.non_articles.append("/search")
    for slug, name in USERS.items():
        made = [a for a in by_date if a.opts["creator"] == slug]
        page(f"/user/{slug}", layout(name, f'<main class="card content-wrap"><h1 class="break-text">{esc(name)}</h1><p class="text-muted">Tham gia 2 năm trước</p>'
                                           f'<h2>Trang gần đây</h2><div class="entity-list">' + "".join(card(a) for a in made[:3]) + "</div></main>"))
        site.non_articles.append(f"/user/{slug}")
    page("/login", layout("Đăng nhập", '<main class="card content-wrap auto-height"><h1 class="list-heading">Đăng nhập</h1>'
                                       '<form action="/login" method="POST"><input type="email" name="email"><input type="password" name="password">'
                                       '<button class="button">Đăng nhập</button></form><a href="/password/email">Quên mật khẩu?</a></main>'))
    page("/password/email", layout("Quên mật khẩu", '<main class="card content-wrap"><h1>Đặt lại mật khẩu</h1><form><input name="email"></form></main>'))
    site.non_articles += ["/login", "/password/email"]
    site.static("/robots.txt", "User-agent: *\nDisallow:\n")
    site.binary("/icon.png", image_for("icon"))
    site.static("/manifest.json", '{"name": "Kiến thức HTX Bình Thuận", "start_url": "/"}')
    site.trap("every page answers at /link/<id> (301), /export/html (standalone copy), /export/plaintext and "
              "/export/markdown (text): aliases; /export/pdf is a file; /revisions lists the edits (no article); the "
              "chapter's /export/html holds all its pages in one document: no article", pages[0].path)
    site.trap("home (recent pages, pinned link to an old slug, activity with /link/<id>), shelves, books, chapters, "
              "recently-updated (?page=2: relative dates only), tags, search, profiles and login: no articles; "
              "robots.txt allows all", "/pages/recently-updated?page=2")
    return site
