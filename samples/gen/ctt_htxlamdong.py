"""Site `ctt-htxlamdong` (registry family `generic`): "Cổng thông tin điện tử Liên minh HTX tỉnh Lâm Đồng", the
portal of the Lâm Đồng cooperative alliance after the merger with Đắk Nông and Bình Thuận (1 July 2025), on **Liferay
DXP 7.4** (the stock Classic theme, Vietnamese locale, portlet decorations on), news through **Asset Publisher**
portlets and a site-made Web Content template, static pages through **Web Content Display**. Written as a held-out
test: no family module, no selectors.

URL shapes: the site `/web/lmhtx` (the root `/` answers 302 to it), pages `/web/lmhtx/tin-tuc`, `/web/lmhtx/thong-bao`,
`/web/lmhtx/gioi-thieu`, `/web/lmhtx/lien-he`; an article is the Asset Publisher's full-content view
`/web/lmhtx/<page>/-/asset_publisher/<instanceId>/content/<urlTitle>` (rel=canonical to itself); the abstracts link it
with Liferay's tail `?_<ns>_assetEntryId=<id>&_<ns>_redirect=<list URL>` (same page: aliases); the site-wide web
content address `/web/lmhtx/-/<urlTitle>` and the non-friendly render URL
`/web/lmhtx/tin-tuc?p_p_id=<portlet>&p_p_lifecycle=0&…&_<ns>_urlTitle=<urlTitle>` answer too (the home page's staff
text links one article each way); pagination `/web/lmhtx/tin-tuc?_<ns>_cur=2`; category filter
`/web/lmhtx/tin-tuc/-/categories/<id>`; the Atom feed is the portlet's resource URL (`p_p_lifecycle=2&
p_p_resource_id=getRSS`); `/sitemap.xml` lists the pages only; robots.txt disallows `/c/` (the sign-in link).

Why it is hard: no heading holds the article's title: the Asset Publisher prints it as `p.component-title.h4 >
span.asset-title`, the page's `<h2>`s are the site name in the banner (role=heading), the screen-reader page name and
the portlet title "Tin tức"; `<title>` and og:title are "Title - Tin tức - Site". The author line above the text is
the Liferay user who published the asset (the office account "Văn phòng Liên minh" = no author; a staff member's own
account = a person); the template prints "Ngày đăng: 12/03/2026 15:40", the summary as a bold `div.tom-tat`, the body
in `div.noi-dung`; captions are centred italic paragraphs; files are Documents and Media links
(`/documents/<group>/<folder>/<file>/<uuid>`). The related-assets box "Tin liên quan" and the portlet's share bar
follow the text. The Atom feed writes UTC ("Z"): a post at 06:15 is the previous day there.
"""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta
from urllib.parse import quote

from .core import SiteBuild, attr, esc, image_for, inline_html, inline_text, iso, pdf
from .richbody import RichArticle, parse_rich

SITE = "ctt-htxlamdong"
NAME = "Liên minh HTX tỉnh Lâm Đồng"
HTML = "text/html; charset=utf-8"
S = "/web/lmhtx"
AP = "com_liferay_asset_publisher_web_portlet_AssetPublisherPortlet"
INST = {"tin-tuc": "Xb7kQ2mZpL4c", "thong-bao": "Rk2dW9pLm3Qa"}
WCD = "com_liferay_journal_content_web_portlet_JournalContentPortlet"
FOOT = "Liên minh Hợp tác xã tỉnh Lâm Đồng - Số 36 Trần Phú, phường Xuân Hương - Đà Lạt, tỉnh Lâm Đồng"
FOOT2 = "Điện thoại: 0263 3822 645 - Email: lmhtx@lamdong.gov.vn"
FOOT3 = "Chịu trách nhiệm nội dung: Chủ tịch Liên minh HTX tỉnh Lâm Đồng"
FURN = [FOOT, FOOT2, FOOT3, "Powered By", "Bỏ qua để đến nội dung chính", "Đăng nhập", "Trang chủ", "Giới thiệu",
        "Tin tức", "Thông báo", "Liên hệ", "Tin liên quan", "Ngày đăng:", "Chia sẻ", "Quay lại", "Tin xem nhiều",
        "Chuyên mục"]


def ns(page: str) -> str:
    return f"_{AP}_INSTANCE_{INST[page]}_"


def articles() -> list[RichArticle]:
    A = RichArticle

    def at(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="", title="Kế hoạch số 15/KH-LMHTX tổ chức Tuần lễ sản phẩm OCOP và HTX tỉnh Lâm Đồng năm 2026",
          body="""
LIÊN MINH HỢP TÁC XÃ TỈNH LÂM ĐỒNG
Số: 15/KH-LMHTX
Lâm Đồng, ngày 02 tháng 3 năm 2026
KẾ HOẠCH
Tổ chức Tuần lễ sản phẩm OCOP và HTX tỉnh Lâm Đồng năm 2026
## I. MỤC ĐÍCH, YÊU CẦU
Quảng bá sản phẩm OCOP của HTX ba khu vực Lâm Đồng, Đắk Nông và Bình Thuận cũ; kết nối HTX với doanh nghiệp phân phối.
## II. THỜI GIAN, ĐỊA ĐIỂM
Từ ngày 10 đến 16/4/2026 tại Quảng trường Lâm Viên, phường Xuân Hương - Đà Lạt.
## III. TỔ CHỨC THỰC HIỆN
Văn phòng Liên minh HTX tỉnh chủ trì, phối hợp với Sở Công Thương và Sở Nông nghiệp và Môi trường.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Nguyễn Văn Sơn
""", author=None, doc_number="15/KH-LMHTX",
          attachments=[{"path": "/documents/40101/41520/KH-15-LMHTX-tuan-le-OCOP-2026.pdf/8d3e1f2a-6b7c-4f1e-9a2b-3c4d5e6f7a8b",
                        "text": "KH-15-LMHTX-tuan-le-OCOP-2026.pdf"}],
          opts={"eid": 40588, "url": "ke-hoach-so-15-kh-lmhtx-tuan-le-san-pham-ocop-va-htx-2026", "page": "thong-bao",
                "user": "Văn phòng Liên minh", "cat": 41211},
          notes=["plan 'Số: 15/KH-LMHTX' dated 02/3 in the text, posted 'Ngày đăng: 04/03/2026 10:00'; the signer is text; "
                 "the asset's user 'Văn phòng Liên minh' is the office account: author null; the Documents and Media link "
                 "'Tệp đính kèm: KH-15-LMHTX-tuan-le-OCOP-2026.pdf' (/documents/40101/41520/<file>/<uuid>) under the text: "
                 "an attachment; listed only by the 'Thông báo' page's Asset Publisher"],
          **at(datetime(2026, 3, 4, 10, 0))),
        A(path="", title="HTX nông nghiệp ứng dụng công nghệ cao tăng mạnh sau hợp nhất",
          lead="Năm 2025, số HTX nông nghiệp ứng dụng công nghệ cao trên địa bàn tỉnh Lâm Đồng tăng gần 20%.",
          body="""
| Khu vực | Số HTX nông nghiệp | Trong đó ứng dụng công nghệ cao | Doanh thu bình quân (tỷ đồng) |
| Lâm Đồng cũ | 412 | 168 | 6,2 |
| Đắk Nông cũ | 236 | 41 | 3,1 |
| Bình Thuận cũ | 198 | 37 | 3,6 |
| Toàn tỉnh | 846 | 246 | 4,9 |
Rau, hoa, cà phê và thanh long là các ngành hàng có nhiều HTX ứng dụng công nghệ cao nhất.
""", byline="Theo Báo Lâm Đồng", author=None,
          opts={"eid": 40571, "url": "htx-nong-nghiep-ung-dung-cong-nghe-cao-tang-manh-sau-hop-nhat", "page": "tin-tuc",
                "user": "Văn phòng Liên minh", "cat": 41207},
          notes=["a data table (one line per row, <th> header row); 'Theo Báo Lâm Đồng' names a newspaper: text, author null"],
          **at(datetime(2026, 2, 10, 9, 0))),
        A(path="", title="Ảnh: HTX Rau hoa Xuân Hương vào vụ hoa Tết",
          lead="Những ngày cuối tháng 1, thành viên HTX Rau hoa Xuân Hương tất bật chăm sóc, thu hoạch hoa phục vụ thị trường Tết.",
          body="""
[img hoa-tet-1.png] Thành viên HTX cắt hoa cúc trong nhà kính ở phường Xuân Hương - Đà Lạt
[img hoa-tet-2.png] Hoa được phân loại, bó và đóng thùng ngay tại vườn
[img hoa-tet-3.png] Xe lạnh của HTX chở hoa đi TP. Hồ Chí Minh trong đêm
""", byline="Bài và ảnh: Nguyễn Đức Thịnh", author="Nguyễn Đức Thịnh",
          opts={"eid": 40553, "url": "anh-htx-rau-hoa-xuan-huong-vao-vu-hoa-tet", "page": "tin-tuc",
                "user": "Văn phòng Liên minh", "cat": 41207},
          notes=["photo story: each photo in its own centred <p>, the caption a centred italic <p> under it (one line each); "
                 "posted at 06:15, so the Atom feed's '2026-01-21T23:15:00Z' is the previous day; 'Bài và ảnh: Nguyễn "
                 "Đức Thịnh' -> author"],
          **at(datetime(2026, 1, 22, 6, 15))),
        A(path="", title="Sáu giải pháp nâng cao hiệu quả HTX cà phê khu vực Tây Nguyên",
          lead="Để HTX cà phê phát triển bền vững, ngành nông nghiệp tỉnh đề xuất sáu giải pháp sau:",
          body="""
* Quy hoạch vùng nguyên liệu cà phê đặc sản gắn với HTX;
* Đẩy mạnh tái canh bằng giống mới năng suất cao;
* Áp dụng quy trình canh tác đạt chứng nhận 4C, Rainforest Alliance;
* Đầu tư sơ chế, rang xay tại HTX để nâng giá trị;
* Liên kết với doanh nghiệp xuất khẩu theo chuỗi;
* Đào tạo thành viên ghi chép nhật ký đồng ruộng điện tử.
""", byline="Ka Thị Huyền - Trung tâm Khuyến nông", author="Ka Thị Huyền",
          opts={"eid": 40532, "url": "sau-giai-phap-nang-cao-hieu-qua-htx-ca-phe-khu-vuc-tay-nguyen", "page": "tin-tuc",
                "user": "Văn phòng Liên minh", "cat": 41209},
          notes=["a six-item list after a summary ending with a colon; byline 'Ka Thị Huyền - Trung tâm Khuyến nông' -> "
                 "author Ka Thị Huyền"],
          **at(datetime(2026, 1, 8, 14, 30))),
        A(path="", title="HTX Thanh long Hàm Thuận Nam xuất khẩu lô hàng đầu tiên sang châu Âu",
          lead="HTX Thanh long Hàm Thuận Nam vừa xuất khẩu 20 tấn thanh long ruột đỏ đạt chuẩn GlobalGAP sang thị trường châu Âu.",
          body="""
HTX có 56 thành viên với 120 ha thanh long, trong đó 45 ha được cấp mã số vùng trồng xuất khẩu.
Giá bán cho đối tác châu Âu cao hơn bán cho thương lái khoảng 25%.
""", author="Trần Thị Bích Ngọc",
          opts={"eid": 40517, "url": "htx-thanh-long-ham-thuan-nam-xuat-khau-lo-hang-dau-tien-sang-chau-au", "page": "tin-tuc",
                "user": "Trần Thị Bích Ngọc", "cat": 41209},
          notes=["no byline in the text; the asset's user is the reporter's own account 'Trần Thị Bích Ngọc' (the name "
                 "above the text): the author"],
          **at(datetime(2025, 12, 16, 15, 20))),
        A(path="", title="Liên minh HTX tỉnh Lâm Đồng kiện toàn bộ máy sau hợp nhất",
          lead="Ngày 25/11, Liên minh HTX tỉnh Lâm Đồng tổ chức hội nghị triển khai quyết định kiện toàn bộ máy sau hợp nhất.",
          body="""
Sau hợp nhất, Liên minh HTX tỉnh có ba văn phòng đại diện tại Đà Lạt, Gia Nghĩa và Phan Thiết.
[img kien-toan-bo-may.png] Lãnh đạo Liên minh HTX tỉnh trao quyết định cho các trưởng văn phòng đại diện
## Nhiệm vụ trước mắt
Rà soát, cập nhật cơ sở dữ liệu HTX của ba khu vực trước ngày 31/12/2025.
""", byline="Hoàng Văn Lộc", author="Hoàng Văn Lộc",
          opts={"eid": 40498, "url": "lien-minh-htx-tinh-lam-dong-kien-toan-bo-may-sau-hop-nhat", "page": "tin-tuc",
                "user": "Văn phòng Liên minh", "cat": 41207},
          notes=["the bare name 'Hoàng Văn Lộc' closes the text (author); an <h3> heading and a photo with caption"],
          **at(datetime(2025, 11, 26, 16, 45))),
        A(path="", title="HTX Cà phê Đắk Mil đưa cà phê rang xay lên sàn thương mại điện tử",
          lead="HTX Cà phê Đắk Mil vừa mở gian hàng cà phê rang xay trên hai sàn thương mại điện tử.",
          body="""
Sau hai tháng, HTX bán được hơn 3 tấn cà phê, giá cao hơn bán cà phê nhân khoảng 40%.
HTX dự kiến đưa thêm sản phẩm hạt điều và hồ tiêu của thành viên lên sàn trong năm 2026.
""", author=None,
          opts={"eid": 40476, "url": "htx-ca-phe-dak-mil-dua-ca-phe-rang-xay-len-san-thuong-mai-dien-tu", "page": "tin-tuc",
                "user": "Văn phòng Liên minh", "cat": 41209, "aliases": True},
          notes=["no byline, the office account: author null; only on the list's page 2 (?_<ns>_cur=2); the home page's "
                 "staff text links it by the site-wide web content address /web/lmhtx/-/<urlTitle> and by the non-friendly "
                 "render URL ?p_p_id=…&_<ns>_urlTitle=<urlTitle>: same page, aliases"],
          **at(datetime(2025, 10, 14, 8, 30))),
        A(path="", title="Tập huấn Luật HTX năm 2023 cho cán bộ HTX khu vực Bình Thuận cũ",
          lead="Trong hai ngày 18 và 19/9, 85 cán bộ quản lý HTX khu vực Bình Thuận cũ được tập huấn những điểm mới của Luật HTX năm 2023.",
          body="""
Học viên được hướng dẫn sửa đổi điều lệ, tổ chức đại hội thành viên và phân phối thu nhập theo Luật mới.
Lớp học do Văn phòng đại diện Liên minh HTX tỉnh tại Phan Thiết tổ chức.
""", byline="Lê Quang Vinh - Phòng Tuyên truyền", author="Lê Quang Vinh",
          opts={"eid": 40455, "url": "tap-huan-luat-htx-nam-2023-cho-can-bo-htx-khu-vuc-binh-thuan-cu", "page": "tin-tuc",
                "user": "Văn phòng Liên minh", "cat": 41207},
          notes=["oldest article: only on the list's page 2 (?_<ns>_cur=2); byline 'Lê Quang Vinh - Phòng Tuyên truyền' "
                 "-> author Lê Quang Vinh"],
          **at(datetime(2025, 9, 19, 17, 10))),
    ]


CATS = {41207: "Tin hoạt động", 41209: "Kinh tế HTX", 41211: "Văn bản"}


def body_html(a: RichArticle) -> str:
    out = []
    for b in parse_rich(a.body):
        if b.kind == "p":
            out.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<h3>{esc(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "img":
            out.append(f'<p style="text-align: center;"><img alt="" src="/documents/40101/41530/{b.src}/'
                       f'{hashlib.md5(b.src.encode()).hexdigest()[:8]}-0000-4000-8000-000000000000?t=1740000000000" style="width: 700px;" /></p>')
            if b.text:
                out.append(f'<p style="text-align: center;"><em>{esc(b.text)}</em></p>')
        elif b.kind == "table":
            head, *rows = b.rows
            out.append('<table border="1" cellpadding="1" cellspacing="1" style="width: 100%;"><thead><tr>'
                       + "\n".join(f'<th scope="col">{esc(c)}</th>' for c in head) + "</tr></thead><tbody>"
                       + "".join("<tr>" + "\n".join(f"<td>{esc(c)}</td>" for c in r) + "</tr>\n" for r in rows)
                       + "</tbody></table>")
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "lam-dong", "Cổng thông tin điện tử " + NAME + " (Liferay DXP 7.4)", "generic", None,
                     start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += FURN
    posts = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in posts:
        p = a.opts["page"]
        a.path = f"{S}/{p}/-/asset_publisher/{INST[p]}/content/{a.opts['url']}"
    news = [a for a in posts if a.opts["page"] == "tin-tuc"]
    notices = [a for a in posts if a.opts["page"] == "thong-bao"]
    # image files: their paths hold a hash of the name; keep them stable
    img_paths = {}
    for a in posts:
        for b in a.blocks:
            if b.kind == "img":
                img_paths[b.src] = f"/documents/40101/41530/{b.src}/{hashlib.md5(b.src.encode()).hexdigest()[:8]}-0000-4000-8000-000000000000"

    nav_items = [("Trang chủ", S), ("Giới thiệu", f"{S}/gioi-thieu"), ("Tin tức", f"{S}/tin-tuc"),
                 ("Thông báo", f"{S}/thong-bao"), ("Liên hệ", f"{S}/lien-he")]

    def portlet(pid: str, nsid: str, title: str, inner: str, kind: str) -> str:
        head = (f'<div class="autofit-float autofit-row portlet-header">\n<div class="autofit-col autofit-col-expand">\n'
                f'<h2 class="portlet-title-text">{esc(title)}</h2>\n</div>\n<div class="autofit-col autofit-col-end">\n'
                f'<div class="autofit-section">\n</div>\n</div>\n</div>\n') if title else ""
        return (f'<div class="portlet-boundary portlet-boundary_{pid}_  portlet-static portlet-static-end portlet-decorate {kind} " id="p_p_id{nsid}">\n'
                f'<span id="p_{pid}{nsid[len(pid) + 1:-1] if "INSTANCE" in nsid else ""}"></span>\n'
                f'<section class="portlet" id="portlet{nsid[:-1]}">\n<div class="portlet-content">\n{head}'
                f'<div class=" portlet-content-container">\n<div class="portlet-body">\n{inner}\n</div>\n</div>\n</div>\n</section>\n</div>\n')

    popular = [news[1], news[3], news[0]]
    side = portlet(AP, "_" + AP + "_INSTANCE_pOpUlAr4xN2k_", "Tin xem nhiều",
                   '<ul class="list-unstyled">' + "".join(f'<li class="title-list"><a href="{a.path}">{esc(a.title)}</a></li>'
                                                          for a in popular) + "</ul>", "portlet-asset-publisher")
    cats = portlet("com_liferay_asset_categories_navigation_web_portlet_AssetCategoriesNavigationPortlet",
                   "_com_liferay_asset_categories_navigation_web_portlet_AssetCategoriesNavigationPortlet_INSTANCE_cAtNav01xYz2_",
                   "Chuyên mục", '<ul class="categories">' + "".join(
                       f'<li class="tree-node"><a href="{S}/tin-tuc/-/categories/{c}">{esc(n)}</a></li>'
                       for c, n in CATS.items() if c != 41211) + "</ul>", "portlet-asset-categories-navigation")

    def layout(title: str, page_name: str, main: str, *, canonical: str, desc: str = "", side_html: str = "") -> str:
        nav = "".join(f'<li class="lfr-nav-item nav-item{" selected active" if t == page_name else ""}" id="layout_{k}" role="presentation">'
                      f'<a class="nav-link text-truncate" href="{u}" role="menuitem"><span class="text-truncate">{esc(t)}</span></a></li>'
                      for k, (t, u) in enumerate(nav_items, 1))
        d = f'<meta content="{attr(desc)}" lang="vi-VN" name="description" />\n' if desc else ""
        return f"""<!DOCTYPE html>
<html class="ltr" dir="ltr" lang="vi-VN">
<head>
<title>{esc(title)}</title>
<meta content="initial-scale=1.0, width=device-width" name="viewport" />
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
{d}<script data-senna-track="permanent" src="/o/frontend-js-loader-modules-extender/loader.js?&mac=9WaMmhziBCkScHZwrrVcOR7VZF4=&browserId=chrome&languageId=vi_VN&minifierType=js" type="text/javascript"></script>
<link data-senna-track="temporary" href="{{{{base}}}}{canonical}" rel="canonical" />
<link data-senna-track="temporary" href="{{{{base}}}}{canonical}" hreflang="vi-VN" rel="alternate" />
<link data-senna-track="temporary" href="{{{{base}}}}{canonical}" hreflang="x-default" rel="alternate" />
<meta property="og:locale" content="vi_VN">
<meta property="og:locale:alternate" content="vi_VN">
<meta property="og:site_name" content="{NAME}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:type" content="website">
<meta property="og:url" content="{{{{base}}}}{canonical}">
<link class="lfr-css-file" data-senna-track="temporary" href="/o/classic-theme/css/clay.css?browserId=chrome&themeId=classic_WAR_classictheme&minifierType=css&languageId=vi_VN&t=1741920000000" id="liferayAUICSS" rel="stylesheet" type="text/css" />
<link class="lfr-css-file" data-senna-track="temporary" href="/o/classic-theme/css/main.css?browserId=chrome&themeId=classic_WAR_classictheme&minifierType=css&languageId=vi_VN&t=1741920000000" id="liferayThemeCSS" rel="stylesheet" type="text/css" />
<script data-senna-track="temporary" type="text/javascript">var Liferay = window.Liferay || {{}};Liferay.ThemeDisplay = {{getLanguageId: function() {{ return "vi_VN"; }}, getPathContext: function() {{ return ""; }}, getScopeGroupId: function() {{ return "40101"; }}, getTimeZone: function() {{ return "Asia/Ho_Chi_Minh"; }}}};</script>
</head>
<body class="chrome controls-visible  yui3-skin-sam guest-site signed-out public-page site">
<nav aria-label="Liên kết nhanh" class="bg-dark cadmin quick-access-nav text-center text-white" id="fmlq_quickAccessNav">
<a href="#main-content">Bỏ qua để đến nội dung chính</a>
</nav>
<div class="d-flex flex-column min-vh-100">
<div class="d-flex flex-column flex-fill position-relative" id="wrapper">
<header id="banner">
<div class="navbar navbar-classic navbar-top py-3">
<div class="container-fluid container-fluid-max-xl user-personal-bar">
<div class="align-items-center autofit-row">
<a class="align-items-center d-inline-flex logo-md" href="{S}" title="Đi đến {NAME}">
<img alt="" class="mr-2" height="56" src="/image/layout_set_logo.png" />
<h2 class="font-weight-bold h2 mb-0 text-dark" role="heading" aria-level="1">{NAME}</h2>
</a>
<div class="autofit-col autofit-col-expand"></div>
<div class="autofit-col">
<a class="btn btn-secondary sign-in text-default" href="/c/portal/login?p_l_id=20" data-redirect="false"><span class="inline-item inline-item-before"><svg class="lexicon-icon lexicon-icon-user" role="presentation"></svg></span>Đăng nhập</a>
</div>
</div>
</div>
</div>
<div class="navbar navbar-classic navbar-expand-md navbar-light pb-3">
<div class="container-fluid container-fluid-max-xl">
<div aria-expanded="false" class="collapse navbar-collapse" id="navigationCollapse">
<nav class="sort-pages modify-pages" id="navigation" role="navigation">
<ul aria-label="Trang web" class="navbar-blank navbar-nav navbar-site" role="menubar">
{nav}
</ul>
</nav>
</div>
</div>
</div>
</header>
<section class="flex-fill" id="content">
<h2 class="sr-only" role="heading" aria-level="1">{esc(page_name)}</h2>
<div class="columns-2" id="main-content" role="main">
<div class="portlet-layout row">
<div class="col-md-8 portlet-column portlet-column-first" id="column-1">
<div class="portlet-dropzone portlet-column-content portlet-column-content-first" id="layout-column_column-1">
{main}
</div>
</div>
<div class="col-md-4 portlet-column portlet-column-last" id="column-2">
<div class="portlet-dropzone portlet-column-content portlet-column-content-last" id="layout-column_column-2">
{side}{cats}
</div>
</div>
</div>
</div>
</section>
<footer id="footer" role="contentinfo">
<div class="container-fluid container-fluid-max-xl">
<div class="journal-content-article"><p>{FOOT}</p><p>{FOOT2}</p><p>{FOOT3}</p></div>
<div class="row"><div class="col-md-12 text-center text-md-left">Powered By <a class="text-white" href="{{{{base:offsite}}}}/liferay/" rel="external">Liferay</a></div></div>
</div>
</footer>
</div>
</div>
<script type="text/javascript">AUI().use('liferay-menu', function(A) {{ Liferay.Menu.init(); }});</script>
</body>
</html>
"""

    def list_link(a: RichArticle, list_url: str) -> str:
        n = ns(a.opts["page"])
        return f"{a.path}?{n}assetEntryId={a.opts['eid']}&{n}redirect={quote(list_url, safe='')}"

    def related(a: RichArticle) -> str:
        others = [o for o in news if o is not a][:3]
        return ('<div class="asset-links content-container">\n<h2 class="asset-links-title h4">Tin liên quan</h2>\n'
                '<ul class="list-group">' + "".join(
                    f'<li class="list-group-item"><a class="asset-links-link" href="{o.path}">{esc(o.title)}</a> '
                    f'<span class="text-secondary">({o.date:%d/%m/%Y})</span></li>' for o in others) + "</ul>\n</div>\n")

    share = ('<div class="asset-social-bookmarks"><div class="social-bookmarks"><span class="social-bookmarks-label">Chia sẻ</span> '
             '<a class="social-bookmark" href="javascript:void(0)" title="Facebook">Facebook</a> '
             '<a class="social-bookmark" href="javascript:void(0)" title="X">X</a> '
             '<a class="social-bookmark" href="javascript:void(0)" title="LinkedIn">LinkedIn</a></div></div>\n')

    for a in posts:
        p = a.opts["page"]
        n = ns(p)
        initials = "".join(w[0] for w in a.opts["user"].split()[:2]).upper()
        lead = f'<div class="tom-tat"><strong>{inline_html(a.lead)}</strong></div>\n' if a.lead else ""
        files = "".join(f'<div class="tep-dinh-kem"><span>Tệp đính kèm: </span><a href="{x["path"]}" target="_blank">'
                        f'<svg class="lexicon-icon lexicon-icon-document-pdf" role="presentation"></svg> {esc(x["text"])}</a></div>\n'
                        for x in a.attachments)
        content = (f'<div class="asset-full-content clearfix mb-5 default-asset-publisher show-asset-title">\n'
                   f'<div class="align-items-center d-flex mb-2">\n<p class="component-title h4">\n'
                   f'<a class="header-back-to lfr-portal-tooltip" href="{S}/{p}" title="Quay lại"><svg class="lexicon-icon lexicon-icon-angle-left" role="presentation"></svg>'
                   f'<span class="sr-only">Quay lại</span></a>\n<span class="asset-title d-inline">{esc(a.title)}</span>\n</p>\n</div>\n'
                   f'<span class="asset-anchor lfr-asset-anchor" id="{a.opts["eid"]}"></span>\n'
                   f'<div class="autofit-row autofit-padded-no-gutters-x mb-3">\n<div class="autofit-col">\n'
                   f'<span class="sticker sticker-circle sticker-user-icon user-icon-color-4"><span class="inline-item">{initials}</span></span>\n</div>\n'
                   f'<div class="autofit-col autofit-col-expand">\n<div class="text-truncate-inline"><span class="text-truncate user-info">'
                   f'<strong>{esc(a.opts["user"])}</strong></span></div>\n</div>\n</div>\n'
                   f'<div class="asset-content mb-3">\n<div class="journal-content-article " data-analytics-asset-id="{a.opts["eid"] - 2}" '
                   f'data-analytics-asset-title="{attr(a.title)}" data-analytics-asset-type="web-content" '
                   f'data-analytics-web-content-resource-pk="{a.opts["eid"]}">\n<div class="tin-chi-tiet">\n'
                   f'<div class="ngay-dang"><span class="icon-calendar"></span> Ngày đăng: {a.date:%d/%m/%Y %H:%M}</div>\n'
                   f'{lead}<div class="noi-dung">\n{body_html(a)}\n</div>\n{files}</div>\n</div>\n</div>\n'
                   f'{share}{related(a)}</div>\n')
        main = portlet(AP, n, "Tin tức" if p == "tin-tuc" else "Thông báo", content, "portlet-asset-publisher")
        page_name = "Tin tức" if p == "tin-tuc" else "Thông báo"
        html = layout(f"{a.title} - {page_name} - {NAME}", page_name, main, canonical=a.path,
                      desc=inline_text(a.lead) if a.lead else a.title)
        site.page(a.path, html, content_type=HTML)
        for b in a.blocks:
            if b.kind == "img":
                site.binary(img_paths[b.src], image_for(b.src))
        for x in a.attachments:
            site.binary(x["path"], pdf(a.title, ["KE HOACH SO 15/KH-LMHTX", "Tuan le san pham OCOP va HTX 2026"]))
        site.add_article(a)

    def abstract(a: RichArticle, list_url: str) -> str:
        href = list_link(a, list_url)
        if href not in site.html_pages:
            site.page(href, site.html_pages[a.path])
            a.aliases.append(href)
        img = a.first_image()
        pic = (f'<div class="asset-summary-image"><img alt="" class="asset-small-image img-thumbnail" src="{img_paths[img]}" width="150" /></div>'
               if img else "")
        summary = inline_text(a.lead) if a.lead else inline_text(parse_rich(a.body)[0].text)
        return (f'<div class="asset-abstract default-asset-publisher">\n<div class="lfr-meta-actions asset-actions"></div>\n'
                f'<h4 class="asset-title">\n<a href="{href}">{esc(a.title)}</a>\n</h4>\n'
                f'<div class="asset-metadata"><span class="metadata-entry metadata-publish-date">{a.date:%d/%m/%Y}</span></div>\n'
                f'<div class="asset-content">\n{pic}<div class="asset-summary">\n{esc(summary)}\n</div>\n'
                f'<div class="asset-more">\n<a aria-label="Đọc thêm về {attr(a.title)}" href="{href}">Đọc thêm '
                f'<span class="hide-accessible sr-only">về {esc(a.title)}</span> &raquo;</a>\n</div>\n</div>\n</div>\n')

    def pagination(urls: list[str], k: int, total: int) -> str:
        if len(urls) < 2:
            return ""
        lis = [f'<li class="page-item{" disabled" if k == 0 else ""}"><a class="page-link" href="{urls[k - 1] if k else "javascript:void(0)"}">«</a></li>']
        for j, u in enumerate(urls):
            lis.append(f'<li class="page-item{" active" if j == k else ""}"><a class="page-link" href="{u}">{j + 1}</a></li>')
        lis.append(f'<li class="page-item{" disabled" if k == len(urls) - 1 else ""}"><a class="page-link" '
                   f'href="{urls[k + 1] if k + 1 < len(urls) else "javascript:void(0)"}">»</a></li>')
        first, last = 5 * k + 1, min(5 * k + 5, total)
        return (f'<div class="pagination-bar">\n<div class="pagination-results">Hiển thị {first} đến {last} của {total} kết quả.</div>\n'
                f'<ul class="pagination">{"".join(lis)}</ul>\n</div>\n')

    def ap_list(page: str, items: list, title: str, first_url: str, paged: bool = True, extra_side: str = "") -> None:
        n = ns(page)
        chunks = [items[i:i + 5] for i in range(0, len(items), 5)] if paged else [items]
        urls = [first_url] + [f"{first_url}?{n}cur={k}" for k in range(2, len(chunks) + 1)]
        for k, chunk in enumerate(chunks):
            inner = "".join(abstract(a, urls[k]) for a in chunk) + pagination(urls, k, len(items))
            rss = (f'<div class="subscribe-action"><a href="{S}/{page}?p_p_id={AP}_INSTANCE_{INST[page]}&amp;p_p_lifecycle=2&amp;p_p_state=normal'
                   f'&amp;p_p_mode=view&amp;p_p_resource_id=getRSS&amp;p_p_cacheability=cacheLevelPage">RSS</a></div>\n') if page == "tin-tuc" else ""
            main = portlet(AP, n, title, inner + rss, "portlet-asset-publisher")
            site.page(urls[k], layout(f"{title} - {NAME}", title, main, canonical=urls[0] if k == 0 else urls[k], side_html=extra_side),
                      content_type=HTML)
            site.non_articles.append(urls[k])

    ap_list("tin-tuc", news, "Tin tức", f"{S}/tin-tuc", extra_side=cats)
    ap_list("thong-bao", notices, "Thông báo", f"{S}/thong-bao")
    for c, cname in CATS.items():
        if c == 41211:
            continue
        path = f"{S}/tin-tuc/-/categories/{c}"
        items = [a for a in news if a.opts["cat"] == c]
        inner = "".join(abstract(a, path) for a in items)
        site.page(path, layout(f"{cname} - Tin tức - {NAME}", "Tin tức", portlet(AP, ns("tin-tuc"), "Tin tức", inner, "portlet-asset-publisher"),
                               canonical=path, side_html=cats), content_type=HTML)
        site.non_articles.append(path)
    site.trap("Asset Publisher abstracts on /web/lmhtx/tin-tuc (5 a page; page 2 ?_<ns>_cur=2), /web/lmhtx/thong-bao and the "
              "category filters /web/lmhtx/tin-tuc/-/categories/<id>: h4.asset-title links with Liferay's "
              "'?_<ns>_assetEntryId=<id>&_<ns>_redirect=<list>' tail (the same article: aliases), the date 'dd/mm/yyyy', "
              "the summary and 'Đọc thêm »': listings", f"{S}/tin-tuc?{ns('tin-tuc')}cur=2")

    al = next(a for a in posts if a.opts.get("aliases"))
    wc_url = f"{S}/-/{al.opts['url']}"
    n = ns("tin-tuc")
    render_url = (f"{S}/tin-tuc?p_p_id={AP}_INSTANCE_{INST['tin-tuc']}&p_p_lifecycle=0&p_p_state=normal&p_p_mode=view"
                  f"&{n}mvcPath=%2Fview_content.jsp&{n}type=content&{n}urlTitle={al.opts['url']}")
    for u in (wc_url, render_url):
        site.page(u, site.html_pages[al.path], content_type=HTML if u == wc_url else None)
        al.aliases.append(u)
    wcd_ns = f"_{WCD}_INSTANCE_hOmEtXt1aB2c_"
    home_text = (f'<div class="journal-content-article " data-analytics-asset-id="40120" data-analytics-asset-title="Giới thiệu trang chủ" '
                 f'data-analytics-asset-type="web-content"><p>Chào mừng quý vị đến với Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh '
                 f'Lâm Đồng. Cổng cập nhật hoạt động của Liên minh HTX và các HTX trên địa bàn ba khu vực Lâm Đồng, Đắk Nông và Bình Thuận cũ.</p>'
                 f'<p>Đọc thêm: <a href="{wc_url}">{esc(al.title)}</a></p>'
                 f'<p>Mô hình hay: <a href="{render_url.replace("&", "&amp;")}">HTX Cà phê Đắk Mil bán hàng trên sàn</a></p></div>')
    home_main = (portlet(WCD, wcd_ns, "", home_text, "portlet-journal-content")
                 + portlet(AP, ns("tin-tuc"), "Tin mới", "".join(abstract(a, S) for a in news[:3]), "portlet-asset-publisher"))
    site.page(S, layout(f"Trang chủ - {NAME}", "Trang chủ", home_main, canonical=S), content_type=HTML)
    site.non_articles.append(S)
    site.redirect("/", S, 302)
    site.trap("the root / answers 302 to /web/lmhtx (the home: a Web Content Display whose staff text links one article by "
              "/web/lmhtx/-/<urlTitle> and by the non-friendly ?p_p_id=…&p_p_lifecycle=0…&_<ns>_urlTitle=<urlTitle> render "
              "URL: aliases; and a 'Tin mới' Asset Publisher): not an article", S)

    def wcd_page(slug: str, title: str, body: str) -> None:
        path = f"{S}/{slug}"
        inner = (f'<div class="journal-content-article " data-analytics-asset-id="4013{len(slug)}" data-analytics-asset-title="{attr(title)}" '
                 f'data-analytics-asset-type="web-content">{body}</div>')
        site.page(path, layout(f"{title} - {NAME}", title, portlet(WCD, f"_{WCD}_INSTANCE_{slug[:4]}WcD00x_", title, inner,
                                                                     "portlet-journal-content"), canonical=path), content_type=HTML)
        site.non_articles.append(path)

    wcd_page("gioi-thieu", "Giới thiệu", "<p>Liên minh Hợp tác xã tỉnh Lâm Đồng được kiện toàn từ ngày 1/7/2025 trên cơ sở hợp nhất "
             "Liên minh HTX ba tỉnh Lâm Đồng, Đắk Nông và Bình Thuận.</p><h3>Chức năng, nhiệm vụ</h3><ul><li>Đại diện, bảo vệ quyền "
             "và lợi ích hợp pháp của thành viên;</li><li>Tư vấn, hỗ trợ thành lập và phát triển HTX;</li><li>Tuyên truyền chủ trương, "
             "chính sách về kinh tế tập thể.</li></ul>")
    wcd_page("lien-he", "Liên hệ", "<p>Văn phòng Liên minh HTX tỉnh tiếp nhận ý kiến, kiến nghị của HTX và người dân trong giờ hành chính.</p>"
             "<p>Văn phòng đại diện tại Gia Nghĩa: 0261 3544 218. Văn phòng đại diện tại Phan Thiết: 0252 3822 763.</p>")
    site.trap("Web Content Display pages /web/lmhtx/gioi-thieu (heading, list, no date) and /web/lmhtx/lien-he: not articles",
              f"{S}/gioi-thieu")

    login = "/c/portal/login?p_l_id=20"
    site.page(login, layout(f"Đăng nhập - {NAME}", "Đăng nhập", '<div class="portlet-login"><form action="{{base}}/c/portal/login" method="post">'
                            '<label>Địa chỉ email</label><input name="login" type="text" /><label>Mật khẩu</label>'
                            '<input name="password" type="password" /><button type="submit">Đăng nhập</button></form></div>', canonical=login))
    site.never_fetched.append(login)
    site.static("/robots.txt", "User-Agent: *\nDisallow: /c/\nDisallow: /group/\nDisallow: /user/\nDisallow: /image/company_logo\n"
                "\nSitemap: {{base}}/sitemap.xml\n")
    site.trap("robots.txt disallows /c/: the banner's 'Đăng nhập' link /c/portal/login?p_l_id=20 must never be fetched", login)

    def z(d: datetime) -> str:
        return (d - timedelta(hours=7)).strftime("%Y-%m-%dT%H:%M:%SZ")

    entries = "".join(
        f'<entry><title>{esc(a.title)}</title><link rel="alternate" href="{{{{base}}}}{a.path}" /><author><name>{esc(a.opts["user"])}</name></author>'
        f'<id>{{{{base}}}}{a.path}</id><updated>{z(a.date)}</updated><published>{z(a.date)}</published>'
        f'<summary type="text">{esc(inline_text(a.lead) if a.lead else inline_text(parse_rich(a.body)[0].text))}</summary>'
        f'<dc:date xmlns:dc="http://purl.org/dc/elements/1.1/">{z(a.date)}</dc:date></entry>\n' for a in news)
    rss_path = (f"{S}/tin-tuc?p_p_id={AP}_INSTANCE_{INST['tin-tuc']}&p_p_lifecycle=2&p_p_state=normal&p_p_mode=view"
                f"&p_p_resource_id=getRSS&p_p_cacheability=cacheLevelPage")
    site.page(rss_path, '<?xml version="1.0" encoding="UTF-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom" '
              'xmlns:dc="http://purl.org/dc/elements/1.1/">\n<title>Tin tức</title>\n'
              f'<link rel="alternate" href="{{{{base}}}}{S}/tin-tuc" />\n<subtitle>Tin tức</subtitle>\n'
              f'<entry-count>{len(news)}</entry-count>\n<id>{{{{base}}}}{S}/tin-tuc</id>\n<updated>{z(news[0].date)}</updated>\n'
              f'<dc:date>{z(news[0].date)}</dc:date>\n{entries}</feed>\n', content_type="application/atom+xml; charset=utf-8")
    site.trap("the Asset Publisher's Atom feed (resource URL p_p_lifecycle=2&p_p_resource_id=getRSS, the 'RSS' link under "
              "the list): dates in UTC 'Z' (the 06:15 post of 22/01 is 2026-01-21T23:15:00Z)", rss_path)
    pages = [(S, datetime(2026, 3, 4, 10, 5)), (f"{S}/gioi-thieu", datetime(2025, 7, 2, 9, 0)),
             (f"{S}/tin-tuc", datetime(2026, 2, 10, 9, 1)), (f"{S}/thong-bao", datetime(2026, 3, 4, 10, 1)),
             (f"{S}/lien-he", datetime(2025, 7, 2, 9, 5))]
    site.page("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
              'xmlns:xhtml="http://www.w3.org/1999/xhtml">'
              + "".join(f'<url><loc>{{{{base}}}}{u}</loc><lastmod>{z(d)}</lastmod><xhtml:link href="{{{{base}}}}{u}" hreflang="vi-VN" rel="alternate"/></url>'
                        for u, d in pages) + "</urlset>", content_type="application/xml; charset=utf-8")
    site.trap("/sitemap.xml (announced by robots.txt) lists the five pages only, never an Asset Publisher article", "/sitemap.xml")
    site.binary("/image/layout_set_logo.png", image_for("logo"))
    return site
