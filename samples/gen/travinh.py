"""Site `lmhtx-travinh` (registry family `generic`): the Trà Vinh alliance's portal, an Angular 15
single-page app rendered on the server (Angular Universal) by a local software company, written as
a held-out test: no family module, no selectors.

Why it is hard: the markup is Angular's: `<app-root ng-version="15.2.9">`, custom elements
(`<app-header>`, `<app-ticker>`, `<app-news-detail>`, `<app-related-news>`, `<app-sidebar>`,
`<app-footer>`) and an `_ngcontent-serverapp-cNN=""` / `_nghost-serverapp-cNN=""` attribute on
every element; class names are BEM (`news-detail__title`). Articles are
`/tin-tuc/chi-tiet/<id>/<slug>`; category listings `/tin-tuc/danh-muc/<cat-id>` paginate with
`?page=2`, and their links carry a `?returnUrl=%2Ftin-tuc%2Fdanh-muc%2F1…` tail (the same page: an
alias; no rel=canonical, only og:url). The date is "14-03-2025 08:30" beside a calendar icon, next
to an eye icon with the view count; the lead is `div.news-detail__summary`; the author is a
"Tác giả: X" line under the content on some posts (author only, not text), a byline typed as the
content's last paragraph on others, nothing on the rest. The transfer state `<script
id="serverApp-state" type="application/json">` repeats the article (content as HTML, escaped `&q;`
/ `&l;` / `&g;`) and the related posts: a script, not text. A "Thông báo" ticker on top of every
page, an `<app-related-news>` box ("Tin liên quan", dates dd-mm-yyyy) under the article, and a
sidebar / footer with hotline, visit counter and a map iframe.
"""

from __future__ import annotations

import json
import re
from datetime import datetime

from .core import Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-travinh"
NAME = "Liên minh Hợp tác xã tỉnh Trà Vinh"
HTML = "text/html; charset=utf-8"
CATS = {1: ("tin-hoat-dong", "Tin hoạt động"), 3: ("van-ban", "Văn bản - Thông báo")}
ABOUT = "/gioi-thieu"
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
SEARCH = "/tim-kiem?tu-khoa=ocop"
PER = 5
PDF_PATH = "/api/files/2025/04/45-TB-LMHTX.pdf"
TODAY_D = datetime(2025, 6, 23)
TODAY = f"{weekday(TODAY_D)}, {TODAY_D:%d/%m/%Y}"

TICKER = ["Thông báo:", "Liên minh HTX tỉnh tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 2 năm 2025 đến hết ngày 30/7/2025"]
SLOGAN = "Hợp tác xã - Nền tảng phát triển kinh tế tập thể bền vững"
SIDE = ["Tin đọc nhiều", "Liên kết website", "Thống kê truy cập", "Đang online: 15", "Tổng lượt truy cập: 1.284.503",
        "Thời tiết Trà Vinh", "Có mưa rào và dông vài nơi", "Độ ẩm: 82%"]
FOOTER = ["CỔNG THÔNG TIN ĐIỆN TỬ LIÊN MINH HỢP TÁC XÃ TỈNH TRÀ VINH",
          "Địa chỉ: Số 26 Nguyễn Thị Minh Khai, Phường 2, thành phố Trà Vinh, tỉnh Trà Vinh",
          "Hotline hỗ trợ HTX: 0294.3862.518",
          "Chịu trách nhiệm chính: Ông Kiên Sơn Thạch - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 05/GP-STTTT ngày 12/5/2023 của Sở Thông tin và Truyền thông tỉnh Trà Vinh",
          "Bản quyền © 2023 Liên minh HTX tỉnh Trà Vinh. Thiết kế bởi Công ty TNHH Phần mềm TVSoft"]
LABELS = ["Tin liên quan", "Tác giả:", "Chia sẻ", "In bài", "Tải về", "Tệp đính kèm", "Quay lại", "Xem bản đồ lớn hơn"]
BOILERPLATE = [TODAY, *TICKER, SLOGAN, *SIDE, *FOOTER, *LABELS]


def path_for(i: int, slug: str) -> str:
    return f"/tin-tuc/chi-tiet/{i}/{slug}"


def dated(d: datetime, listed: bool = True) -> dict:
    return dict(published=iso(d), published_source="date-element",
                evidence=["date-element"] + (["listing"] if listed else []))


def articles() -> list[Article]:
    A = Article
    return [
        A(path=path_for(1187, "lien-minh-htx-tinh-so-ket-6-thang-dau-nam-2025"),
          title="Liên minh HTX tỉnh Trà Vinh sơ kết công tác 6 tháng đầu năm 2025",
          date=datetime(2025, 6, 20, 9, 15),
          lead="Sáng 19/6, Liên minh HTX tỉnh tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2025.",
          body="""
Sáu tháng đầu năm, toàn tỉnh thành lập mới 11 HTX, nâng tổng số lên 214 HTX với hơn 18.600 thành viên; 96% HTX đã tổ chức lại theo Luật Hợp tác xã năm 2023.
Quỹ hỗ trợ phát triển HTX tỉnh giải ngân 6,8 tỷ đồng cho 12 HTX, đạt 57% kế hoạch năm.
[img so-ket-6-thang-2025.png] Quang cảnh hội nghị sơ kết 6 tháng đầu năm 2025
Hội nghị thống nhất chuẩn bị các điều kiện để hợp nhất Liên minh HTX ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh theo chủ trương sắp xếp đơn vị hành chính.
""",
          author="Kim Ngân", **dated(datetime(2025, 6, 20, 9, 15)),
          opts={"cat": 1, "views": 356, "writer": "Kim Ngân"},
          notes=["date '20-06-2025 09:15' beside a calendar icon and '356' beside an eye icon; the lead says 'Sáng 19/6' "
                 "(the meeting); 'Tác giả: Kim Ngân' under the content: author only, not text"]),
        A(path=path_for(1179, "phong-su-anh-ngay-hoi-san-pham-ocop-va-htx-nam-2025"),
          title="Phóng sự ảnh: Ngày hội sản phẩm OCOP và HTX tỉnh Trà Vinh năm 2025",
          date=datetime(2025, 5, 30, 16, 0),
          lead="Ngày hội sản phẩm OCOP và HTX tỉnh Trà Vinh năm 2025 diễn ra từ ngày 28 đến 30/5 tại Quảng trường Trung tâm tỉnh, với 96 gian hàng.",
          body="""
[img ngay-hoi-khai-mac.png] Các đại biểu cắt băng khai mạc ngày hội
[img ngay-hoi-dua-sap.png] Dừa sáp Cầu Kè thu hút đông đảo khách tham quan
[img ngay-hoi-banh-tet.png] Bánh tét lá cẩm của HTX Trà Cuôn được nhiều người chọn mua
[img ngay-hoi-thu-cong.png] Sản phẩm thủ công mỹ nghệ từ lục bình của đồng bào Khmer
[img ngay-hoi-livestream.png] Thành viên HTX livestream bán hàng ngay tại gian hàng
""",
          author="Hoàng Nam", **dated(datetime(2025, 5, 30, 16, 0)),
          opts={"cat": 1, "views": 512, "writer": "Hoàng Nam"},
          notes=["photo story: a lead and five <figure> photos with <figcaption> captions, no other paragraph; "
                 "'Tác giả: Hoàng Nam' under the content (author)"]),
        A(path=path_for(1165, "thong-bao-ve-viec-tiep-nhan-ho-so-vay-von-dot-2-nam-2025"),
          title="Thông báo về việc tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 2 năm 2025",
          date=datetime(2025, 4, 22, 10, 0),
          body="""
LIÊN MINH HTX TỈNH TRÀ VINH
Số: 45/TB-LMHTX
Trà Vinh, ngày 21 tháng 4 năm 2025
THÔNG BÁO
Về việc tiếp nhận hồ sơ vay vốn Quỹ hỗ trợ phát triển HTX đợt 2 năm 2025
Căn cứ Quyết định số 12/QĐ-LMHTX ngày 15/01/2025 của Liên minh HTX tỉnh về kế hoạch cho vay năm 2025, Quỹ hỗ trợ phát triển HTX tỉnh thông báo:
1. Đối tượng: các HTX, liên hiệp HTX hoạt động theo Luật Hợp tác xã năm 2023 trên địa bàn tỉnh.
2. Thời gian tiếp nhận hồ sơ: từ ngày 02/5/2025 đến hết ngày 30/7/2025.
3. Mức cho vay tối đa 1 tỷ đồng/dự án, lãi suất 4,8%/năm.
Nơi nhận: Các HTX; UBND các huyện, thị xã, thành phố; Lưu VT.
KT. CHỦ TỊCH - PHÓ CHỦ TỊCH Thạch Thị Sa Rươne
""",
          author=None, doc_number="45/TB-LMHTX", **dated(datetime(2025, 4, 22, 10, 0)),
          attachments=[{"path": PDF_PATH, "text": "45-TB-LMHTX.pdf"}],
          opts={"cat": 3, "views": 208},
          notes=["official notice: 'Số: 45/TB-LMHTX', place-date line 'Trà Vinh, ngày 21 tháng 4 năm 2025', posted "
                 "'22-04-2025 10:00'; deadline 30/7/2025 in the text and in the ticker; the PDF under 'Tệp đính kèm'; "
                 "signer last, author null"]),
        A(path=path_for(1152, "htx-nong-nghiep-tra-cu-trong-dau-phong-tren-dat-giong-cat"),
          title="HTX Nông nghiệp Trà Cú trồng đậu phộng trên đất giồng cát",
          date=datetime(2025, 3, 14, 8, 30),
          lead="Trên vùng đất giồng cát của huyện Trà Cú, HTX Nông nghiệp Đại An đưa cây đậu phộng vào luân canh, mang lại thu nhập ổn định cho đồng bào Khmer.",
          body="""
HTX có 56 thành viên, phần lớn là hộ đồng bào Khmer, sản xuất 85 ha đậu phộng mỗi vụ theo quy trình VietGAP.
[img dau-phong-tra-cu.png] Thành viên HTX Nông nghiệp Đại An thu hoạch đậu phộng
HTX ký hợp đồng bao tiêu với doanh nghiệp chế biến tại Thành phố Hồ Chí Minh, giá thu mua ổn định 28.000 đồng/kg đậu phộng tươi.
Lợi nhuận bình quân đạt khoảng 60 triệu đồng/ha/vụ, cao gấp đôi trồng lúa trên cùng diện tích.
Bài, ảnh: Thạch Sô Phanh
""",
          author="Thạch Sô Phanh", **dated(datetime(2025, 3, 14, 8, 30)),
          opts={"cat": 1, "views": 1245},
          notes=["no 'Tác giả' line: the content's last paragraph 'Bài, ảnh: Thạch Sô Phanh' (right-aligned) is the "
                 "byline: part of the text, author Thạch Sô Phanh"]),
        A(path=path_for(1140, "htx-thuy-san-duyen-hai-nuoi-tom-cong-nghe-cao"),
          title="HTX Thủy sản Duyên Hải nuôi tôm công nghệ cao",
          date=datetime(2025, 2, 12, 14, 20),
          lead="HTX Thủy sản Long Khánh (thị xã Duyên Hải) đầu tư 12 ha ao nuôi tôm thẻ chân trắng theo công nghệ cao, tỷ lệ thành công trên 85%.",
          body="""
Ao nuôi được lót bạt, có hệ thống quạt oxy và máy cho ăn tự động, nước thải được xử lý qua ao lắng trước khi thải ra môi trường.
Năng suất bình quân đạt 35 tấn/ha/vụ, gấp năm lần nuôi quảng canh cải tiến.
[img tom-duyen-hai.png] Ao nuôi tôm công nghệ cao của HTX Thủy sản Long Khánh
Nguồn: Báo Trà Vinh
""",
          author=None, **dated(datetime(2025, 2, 12, 14, 20)),
          opts={"cat": 1, "views": 890},
          notes=["last line 'Nguồn: Báo Trà Vinh' (a source, part of the text): author null"]),
        A(path=path_for(1128, "hoi-nghi-tong-ket-cong-tac-nam-2024"),
          title="Liên minh HTX tỉnh tổng kết công tác năm 2024",
          date=datetime(2025, 1, 8, 15, 45),
          lead="Chiều 7/1, Liên minh HTX tỉnh Trà Vinh tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025.",
          body="""
Năm 2024, khu vực kinh tế tập thể của tỉnh tiếp tục phát triển; doanh thu bình quân một HTX đạt 3,9 tỷ đồng, thu nhập bình quân của lao động thường xuyên trong HTX khoảng 5,2 triệu đồng/tháng.
## Chỉ tiêu năm 2025
* Thành lập mới ít nhất 20 HTX;
* 100% HTX tổ chức lại theo Luật Hợp tác xã năm 2023;
* Hỗ trợ 10 HTX có sản phẩm đạt chuẩn OCOP.
[img tong-ket-2024-tv.png] Lãnh đạo UBND tỉnh trao Bằng khen cho các HTX có thành tích xuất sắc
""",
          author="Minh Trí", **dated(datetime(2025, 1, 8, 15, 45)),
          opts={"cat": 1, "views": 421, "writer": "Minh Trí"}),
        A(path=path_for(1103, "tap-huan-nang-cao-nang-luc-quan-tri-htx-nam-2024"),
          title="Tập huấn nâng cao năng lực quản trị cho cán bộ HTX năm 2024",
          date=datetime(2024, 11, 19, 7, 50),
          lead="Từ ngày 14 đến 16/11, Liên minh HTX tỉnh mở lớp tập huấn nâng cao năng lực quản trị cho 70 cán bộ quản lý HTX.",
          body="""
Học viên được trang bị kiến thức về xây dựng phương án sản xuất kinh doanh, quản lý tài chính, liên kết chuỗi giá trị và marketing sản phẩm.
Lớp học dành một buổi tham quan mô hình HTX Nông nghiệp Long Hiệp, đơn vị tiêu biểu về liên kết tiêu thụ lúa gạo.
""",
          author=None, **dated(datetime(2024, 11, 19, 7, 50)),
          opts={"cat": 1, "views": 167},
          notes=["no author anywhere: author null; page 2 of the category (reached by ?page=2)"]),
        A(path=path_for(1096, "ra-mat-htx-cay-giong-cang-long"),
          title="Ra mắt HTX Cây giống Càng Long",
          date=datetime(2024, 10, 30, 10, 10),
          lead="Ngày 29/10, HTX Cây giống Càng Long chính thức ra mắt với 22 thành viên là các hộ ươm cây giống lâu năm.",
          body="""
HTX chuyên sản xuất cây giống dừa, bưởi, sầu riêng và cây kiểng, cung ứng cho thị trường các tỉnh Đồng bằng sông Cửu Long.
[img htx-cay-giong-cang-long.png] Lãnh đạo Liên minh HTX tỉnh tặng hoa chúc mừng Ban quản trị HTX
Mỗi năm, các thành viên cung ứng khoảng 1,2 triệu cây giống, doanh thu dự kiến 9 tỷ đồng.
""",
          author="Kim Ngân", **dated(datetime(2024, 10, 30, 10, 10)),
          opts={"cat": 1, "views": 233, "writer": "Kim Ngân"},
          notes=["page 2 of the category; its listing link carries '?returnUrl=%2Ftin-tuc%2Fdanh-muc%2F1%3Fpage%3D2' (an "
                 "alias)"]),
    ]


# -- Angular markup ----------------------------------------------------------------------------

_TAG = re.compile(r"<([a-z][a-z0-9-]*)(\s[^<>]*?)?(/?)>")


def ng(html: str, c: int) -> str:
    """Stamp every element of a component's template with _ngcontent-serverapp-c<c>=""."""
    def sub(m: re.Match) -> str:
        tag, attrs, slash = m.group(1), m.group(2) or "", m.group(3)
        return f'<{tag} _ngcontent-serverapp-c{c}=""{attrs}{slash}>'
    return _TAG.sub(sub, html)


def host(tag: str, c_outer: int, c_host: int, inner: str, cls: str = "") -> str:
    k = f' class="{cls}"' if cls else ""
    return f'<{tag} _ngcontent-serverapp-c{c_outer}="" _nghost-serverapp-c{c_host}=""{k}>{ng(inner, c_host)}</{tag}>'


def stamp(d: datetime) -> str:
    return f"{d:%d-%m-%Y %H:%M}"


def content_html(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align:justify">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<h3><strong>{inline_html(b.text)}</strong></h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<figure class="image"><img src="/api/images/2025/{b.src}" alt="{attr(b.text)}">'
                         + (f"<figcaption>{esc(b.text)}</figcaption>" if b.text else "") + "</figure>")
    if a.byline:
        parts.append(f'<p style="text-align:right"><strong>{esc(a.byline)}</strong></p>')
    return "".join(parts)


def state(a: Article | None, arts: list[Article], key: str) -> str:
    data: dict = {}
    if a:
        data[f"NEWS_DETAIL_{a.path.split('/')[3]}"] = {
            "id": int(a.path.split("/")[3]), "title": a.title, "slug": a.path.split("/")[4],
            "summary": a.lead, "content": content_html(a), "publishDate": f"{a.date:%Y-%m-%dT%H:%M:%S}",
            "viewCount": a.opts["views"], "author": a.opts.get("writer"), "categoryId": a.opts["cat"]}
    data[key] = [{"id": int(o.path.split("/")[3]), "title": o.title, "publishDate": f"{o.date:%Y-%m-%dT%H:%M:%S}"}
                 for o in arts]
    text = json.dumps(data, ensure_ascii=False)
    return text.replace("&", "&a;").replace('"', "&q;").replace("<", "&l;").replace(">", "&g;").replace("'", "&s;")


def header(notice: Article) -> str:
    menu = "".join(f'<li class="menu__item"><a class="menu__link" routerlinkactive="active" href="{h}">{t}</a></li>'
                   for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), ("/tin-tuc/danh-muc/1", "Tin hoạt động"),
                                ("/tin-tuc/danh-muc/3", "Văn bản - Thông báo"), (GALLERY, "Thư viện ảnh"),
                                (CONTACT, "Liên hệ")])
    ticker = host("app-ticker", 12, 14,
                  f'<div class="ticker"><span class="ticker__label">{TICKER[0]}</span><div class="ticker__track">'
                  f'<a class="ticker__item" href="{notice.path}">{esc(TICKER[1])}</a></div></div>')
    inner = (f'<div class="header__top"><span class="header__date">{TODAY}</span>'
             f'<span class="header__slogan">{SLOGAN}</span></div>'
             f'<div class="header__brand"><a href="/"><img src="/assets/images/logo-lmhtx-tv.png" alt="logo"></a>'
             f'<div class="header__name"><span>LIÊN MINH HỢP TÁC XÃ</span><span>TỈNH TRÀ VINH</span></div>'
             f'<form class="header__search" action="/tim-kiem"><input name="tu-khoa" placeholder="Nhập từ khóa"></form></div>'
             f'<nav class="menu"><ul class="menu__list">{menu}</ul></nav>')
    return host("app-header", 0, 12, inner, "header") + ticker


def sidebar(hot: list[Article]) -> str:
    links = "".join(f'<li><a href="{{{{base:offsite}}}}{h}" target="_blank">{t}</a></li>'
                    for h, t in [("/chinh-phu/", "Cổng TTĐT Chính phủ"), ("/lmhtx-vn/", "Liên minh HTX Việt Nam")])
    inner = (f'<div class="box"><h3 class="box__title">{SIDE[0]}</h3><ul>'
             + "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in hot) + "</ul></div>"
             f'<div class="box weather"><h3 class="box__title">{SIDE[5]}</h3><p>29°C</p><p>{SIDE[6]}</p><p>{SIDE[7]}</p></div>'
             f'<div class="box"><h3 class="box__title">{SIDE[1]}</h3><ul>{links}</ul></div>'
             f'<div class="box counter"><h3 class="box__title">{SIDE[2]}</h3><p>{SIDE[3]}</p><p>{SIDE[4]}</p></div>')
    return host("app-sidebar", 0, 40, inner, "sidebar")


def footer() -> str:
    inner = (f'<div class="footer__info"><h4>{FOOTER[0]}</h4><p>{FOOTER[1]}</p><p class="hotline"><i class="fa fa-phone"></i> '
             f'{FOOTER[2]}</p><p>{FOOTER[3]}</p><p>{FOOTER[4]}</p></div>'
             '<div class="footer__map"><iframe src="{{base:offsite}}/maps/embed?pb=lmhtx-travinh" width="400" height="220" '
             f'loading="lazy"></iframe><a href="{{{{base:offsite}}}}/" target="_blank">Xem bản đồ lớn hơn</a></div>'
             f'<div class="footer__copyright">{FOOTER[5]}</div>')
    return host("app-footer", 0, 44, inner, "footer")


def layout(title: str, main: str, arts: list[Article], notice: Article, *, head: str = "", st: str = "") -> str:
    return f"""<!DOCTYPE html><html lang="vi"><head>
<meta charset="utf-8">
<title>{esc(title)}</title>
<base href="/">
<meta name="viewport" content="width=device-width, initial-scale=1">{head}
<link rel="stylesheet" href="/styles.8f3c2b1a9d.css">
<style ng-transition="serverApp">.news-detail__title[_ngcontent-serverapp-c34]{{font-size:26px}}</style>
</head>
<body><app-root _nghost-serverapp-c0="" ng-version="15.2.9" ng-server-context="ssr">
{header(notice)}
<div _ngcontent-serverapp-c0="" class="container main"><div _ngcontent-serverapp-c0="" class="row">
<div _ngcontent-serverapp-c0="" class="col-md-8"><router-outlet _ngcontent-serverapp-c0=""></router-outlet>{main}</div>
<div _ngcontent-serverapp-c0="" class="col-md-4">{sidebar(arts[:5])}</div></div></div>
{footer()}
</app-root>
<script src="/runtime.4a1b2c.js" type="module"></script><script src="/main.9e8d7c.js" type="module"></script>
<script id="serverApp-state" type="application/json">{st}</script>
</body></html>
"""


def detail(a: Article, arts: list[Article]) -> str:
    cat_id = a.opts["cat"]
    related = [o for o in arts if o is not a and o.opts["cat"] == cat_id][:4] or [o for o in arts if o is not a][:4]
    author = (f'<p class="news-detail__author">Tác giả: <strong>{esc(a.opts["writer"])}</strong></p>'
              if a.opts.get("writer") else "")
    att = ""
    if a.attachments:
        att = (f'<div class="news-detail__files"><h4>Tệp đính kèm</h4><a href="{a.attachments[0]["path"]}" target="_blank">'
               f'<i class="fa fa-file-pdf"></i> {esc(a.attachments[0]["text"])}</a> <a href="{a.attachments[0]["path"]}" '
               'download>Tải về</a></div>')
    views = f'{a.opts["views"]:,}'.replace(",", ".")
    inner = (f'<div class="breadcrumb"><a href="/">Trang chủ</a> <span>/</span> <a href="/tin-tuc/danh-muc/{cat_id}">'
             f'{CATS[cat_id][1]}</a></div>'
             f'<article class="news-detail"><h1 class="news-detail__title">{esc(a.title)}</h1>'
             f'<div class="news-detail__meta"><span class="news-detail__date"><i class="fa fa-calendar"></i> {stamp(a.date)}</span>'
             f'<span class="news-detail__views"><i class="fa fa-eye"></i> {views}</span>'
             f'<span class="news-detail__tools"><a href="javascript:void(0)">Chia sẻ</a> <a href="javascript:window.print()">In bài</a></span></div>'
             + (f'<div class="news-detail__summary"><strong>{esc(a.lead)}</strong></div>' if a.lead else "")
             + f'<div class="news-detail__content">{content_html(a)}</div>{author}{att}'
             f'<div class="news-detail__back"><a href="/tin-tuc/danh-muc/{cat_id}">Quay lại</a></div></article>')
    rel = host("app-related-news", 34, 36,
               '<div class="related"><h3 class="related__title">Tin liên quan</h3><ul class="related__list">'
               + "".join(f'<li class="related__item"><a href="{o.path}">{esc(o.title)}</a> '
                         f'<span class="related__date">({o.date:%d-%m-%Y})</span></li>' for o in related) + "</ul></div>")
    return host("app-news-detail", 0, 34, inner) .replace("</app-news-detail>", rel + "</app-news-detail>")


def card(a: Article, tail: str = "") -> str:
    pic = a.first_image()
    href = a.path + tail
    return (f'<div class="news-item">' + (f'<a href="{href}"><img src="/api/images/2025/{pic}" alt=""></a>' if pic else "")
            + f'<div class="news-item__body"><h3 class="news-item__title"><a href="{href}">{esc(a.title)}</a></h3>'
            f'<div class="news-item__meta"><i class="fa fa-calendar"></i> {stamp(a.date)}</div>'
            f'<p class="news-item__summary">{esc(" ".join(a.summary().split()[:28]))}...</p></div></div>')


def build() -> SiteBuild:
    site = SiteBuild(SITE, "tra-vinh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    notice = next(a for a in arts if a.opts["cat"] == 3)
    for a in arts:
        head = (f'\n<meta name="description" content="{attr(a.summary()[:160])}">\n<meta property="og:type" content="article">'
                f'\n<meta property="og:title" content="{attr(a.title)}">\n<meta property="og:url" content="{{{{base}}}}{a.path}">')
        site.page(a.path, layout(f"{a.title} - Liên minh HTX tỉnh Trà Vinh", detail(a, arts), arts, notice, head=head,
                                 st=state(a, [o for o in arts if o is not a][:4], "RELATED_NEWS")), content_type=HTML)
    site.binary(PDF_PATH, pdf("Thông báo số 45/TB-LMHTX", ["THONG BAO TIEP NHAN HO SO VAY VON DOT 2 NAM 2025",
                                                           "Lien minh HTX tinh Tra Vinh"]))
    site.trap("Angular Universal: <app-root ng-version=15.2.9>, custom elements, _ngcontent-serverapp-cNN / "
              "_nghost-serverapp-cNN on every element; the transfer state <script id=serverApp-state> repeats the "
              "article (content as &l;p&g;… HTML, publishDate) and four related posts", arts[0].path)

    def category(cat_id: int, items: list[Article]) -> None:
        base = f"/tin-tuc/danh-muc/{cat_id}"
        name = CATS[cat_id][1]
        pages = [items[i:i + PER] for i in range(0, len(items), PER)]
        for n, chunk in enumerate(pages, 1):
            url = base if n == 1 else f"{base}?page={n}"
            ret = "%2Ftin-tuc%2Fdanh-muc%2F" + str(cat_id) + ("" if n == 1 else f"%3Fpage%3D{n}")
            tail = f"?returnUrl={ret}"
            pager = ""
            if len(pages) > 1:
                pager = ('<ul class="pagination">' + "".join(
                    f'<li class="page-item active"><span class="page-link">{k}</span></li>' if k == n else
                    f'<li class="page-item"><a class="page-link" href="{base if k == 1 else f"{base}?page={k}"}">{k}</a></li>'
                    for k in range(1, len(pages) + 1)) + "</ul>")
            main = host("app-news-list", 0, 30, f'<h1 class="list__title">{name}</h1><div class="news-list">'
                        + "".join(card(a, tail) for a in chunk) + f"</div>{pager}")
            site.page(url, layout(f"{name} - Liên minh HTX tỉnh Trà Vinh", main, arts, notice,
                                  st=state(None, chunk, f"NEWS_LIST_{cat_id}_{n}")), content_type=HTML)
            site.non_articles.append(url)
            for a in chunk:
                alias = a.path + tail
                site.same_page(alias, a.path)
                a.aliases.append(alias)

    news = [a for a in arts if a.opts["cat"] == 1]
    docs = [a for a in arts if a.opts["cat"] == 3]
    category(1, news)
    category(3, docs)
    for a in arts:
        site.add_article(a)
    site.trap("category listings /tin-tuc/danh-muc/<id> with ?page=2; every card link carries "
              "'?returnUrl=%2Ftin-tuc%2Fdanh-muc%2F1' (page 2: '…%3Fpage%3D2'): the same article, no rel=canonical "
              "(og:url names the clean address)", "/tin-tuc/danh-muc/1?page=2")

    home = host("app-home", 0, 20,
                '<div class="home-slider">' + "".join(f'<a href="{a.path}"><img src="/api/images/2025/{a.first_image()}" '
                                                      f'alt=""><span>{esc(a.title)}</span></a>' for a in news[:3]) + "</div>"
                + '<section class="home-block"><h2><a href="/tin-tuc/danh-muc/1">Tin hoạt động</a></h2>'
                + "".join(card(a) for a in news[:4]) + "</section>"
                + '<section class="home-block"><h2><a href="/tin-tuc/danh-muc/3">Văn bản - Thông báo</a></h2>'
                + "".join(card(a) for a in docs) + "</section>")
    site.page("/", layout("Liên minh HTX tỉnh Trà Vinh", home, arts, notice, st=state(None, arts[:6], "HOME_NEWS")),
              content_type=HTML)
    about = ["Liên minh Hợp tác xã tỉnh Trà Vinh là tổ chức chính trị - xã hội và kinh tế, đại diện cho các hợp tác "
             "xã, liên hiệp hợp tác xã, tổ hợp tác trên địa bàn tỉnh, được thành lập năm 1992 khi tái lập tỉnh Trà Vinh.",
             "Liên minh tuyên truyền, vận động phát triển kinh tế tập thể, tư vấn thành lập hợp tác xã, đào tạo cán bộ, "
             "hỗ trợ xúc tiến thương mại và quản lý Quỹ hỗ trợ phát triển hợp tác xã tỉnh.",
             "Với gần một phần ba dân số là đồng bào Khmer, Liên minh chú trọng hỗ trợ các hợp tác xã ở vùng đồng bào "
             "dân tộc thiểu số phát triển sản xuất, nâng cao thu nhập cho thành viên."]
    statics = {
        ABOUT: ("Giới thiệu", "".join(f"<p>{esc(p)}</p>" for p in about)),
        CONTACT: ("Liên hệ", f'<p>{NAME}</p><form class="contact-form"><input name="hoTen"><input name="email">'
                             '<textarea name="noiDung"></textarea><button type="button">Gửi liên hệ</button></form>'),
        GALLERY: ("Thư viện ảnh", "".join(f'<div class="album"><img src="/api/images/2025/{b.src}" alt=""><p>{esc(b.text)}</p></div>'
                                          for a in arts[:2] for b in a.blocks if b.kind == "img")),
    }
    for path, (t, body) in statics.items():
        site.page(path, layout(f"{t} - Liên minh HTX tỉnh Trà Vinh",
                               host("app-static-page", 0, 24, f'<h1 class="page__title">{t}</h1><div class="page__content">{body}</div>'),
                               arts, notice), content_type=HTML)
    hits = [a for a in arts if "OCOP" in a.body or "OCOP" in (a.lead or "") or "OCOP" in a.title]
    site.page(SEARCH, layout("Tìm kiếm - Liên minh HTX tỉnh Trà Vinh",
                             host("app-search", 0, 26, f'<h1 class="list__title">Kết quả tìm kiếm: ocop ({len(hits)})</h1>'
                                  + "".join(card(a) for a in hits)), arts, notice), content_type=HTML)
    site.non_articles += ["/", ABOUT, CONTACT, GALLERY, SEARCH]
    site.trap("home (slider and card blocks), 'Giới thiệu' (app-static-page: h1 and three paragraphs, no date), "
              "'Liên hệ', 'Thư viện ảnh' (photos with their captions) and search /tim-kiem?tu-khoa=ocop: not articles",
              ABOUT)
    site.trap("'Thông báo:' ticker (app-ticker) on top of every page, linking the notice; the notice's deadline "
              "30/7/2025 is in the ticker text", notice.path)
    site.static("/robots.txt", "User-agent: *\nDisallow: /api/\nAllow: /api/images/\nAllow: /api/files/\n")
    return site
