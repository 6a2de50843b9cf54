"""Site `lmhtx-vinhlong-moi` (registry family `generic`): the portal of the merged Vĩnh Long alliance (Bến Tre and
Trà Vinh joined it on 1 July 2025) on a Vietnamese vendor's Laravel CMS (Bootstrap 4, Font Awesome icons), the kind
local companies sell to provincial bodies, written as a held-out test: no family module, no selectors.

Why it is hard: the detail page `div.news-detail` is `h1.news-title`, then `div.news-info` of icon spans
("<i class=fa-calendar> 17/03/2026 09:45", "<i class=fa-user> Phương Thảo" on some, "Cập nhật: 18/03/2026
10:12" on one: the edit, not the publication, "Lượt xem: 321"), the bold lead `div.news-summary`, the text
`div.news-content` (CKEditor: justified paragraphs, `figure.image` with `figcaption`, lists), then
tags, a share bar, "File đính kèm" on documents and a "Tin cùng chuyên mục" list with dates. Above it all a
"Tin mới" marquee of titles with "(17/03)" dates; a floating Zalo/hotline button and a cookie banner at
the end of the body. The vendor's "Sự kiện" category template hides the date line: that item's date is
only in its text ("Ngày 10/3, …") and in its category listing. Addresses are `/tin-tuc/<slug>-n<id>.html`;
a title edit changed one slug and the old address (still linked from "Tin cùng chuyên mục") answers 301 to
the new one: an alias. Static pages (`/gioi-thieu.html`) use the same detail template without the info line:
not articles; nor are categories `/chuyen-muc/<slug>-c<id>.html?page=2`, search, contact, the gallery;
`/dang-nhap` is disallowed by robots.txt.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .core import TODAY_2026, Article, SiteBuild, attr, esc, inline_html, iso, pdf, weekday

SITE = "lmhtx-vinhlong-moi"
NAME = "Liên minh Hợp tác xã tỉnh Vĩnh Long"
HTML = "text/html; charset=UTF-8"
CATS = {"tin-tuc-su-kien": (12, "Tin tức - Sự kiện"), "su-kien": (13, "Sự kiện"), "van-ban": (15, "Văn bản"),
        "kinh-te-tap-the": (14, "Kinh tế tập thể")}
ABOUT = "/gioi-thieu.html"
CONTACT = "/lien-he.html"
GALLERY = "/thu-vien-anh.html"
SEARCH = "/tim-kiem?keyword=ocop"
LOGIN = "/dang-nhap"
PDF_PATH = "/storage/uploads/files/2026/02/cv-38-lmhtx-vp.pdf"
PER = 6

TODAY = f"{weekday(TODAY_2026)}, {TODAY_2026:%d/%m/%Y}"
SLOGANS = ["Chào mừng đến với Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Vĩnh Long",
           "Đoàn kết - Hợp tác - Đổi mới - Phát triển"]
COOKIE = ["Website sử dụng cookie để nâng cao trải nghiệm của bạn. Tiếp tục truy cập nghĩa là bạn đồng ý với chính sách này.",
          "Đồng ý"]
FLOAT = ["Chat Zalo", "Hotline: 0270.3822.906"]
FOOTER = ["LIÊN MINH HỢP TÁC XÃ TỈNH VĨNH LONG",
          "Địa chỉ: Số 88 đường 2 Tháng 9, phường Phước Hậu, tỉnh Vĩnh Long",
          "Điện thoại: 0270.3822.906 - Email: lienminhhtx@vinhlong.gov.vn",
          "Chịu trách nhiệm nội dung: Ông Nguyễn Văn Bảy - Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép số 09/GP-STTTT do Sở Văn hóa, Thể thao và Du lịch tỉnh Vĩnh Long cấp ngày 22/09/2025",
          "Thiết kế và phát triển bởi Công ty TNHH Giải pháp số Mekong"]
SIDE = ["Tin xem nhiều", "Video", "Thời tiết", "Vĩnh Long: 31°C, nắng", "Độ ẩm: 70%", "Thống kê truy cập",
        "Đang online: 17", "Hôm nay: 524", "Tổng truy cập: 745.302", "Liên kết website"]
LABELS = ["Tin mới", "Tin cùng chuyên mục", "File đính kèm", "Từ khóa:", "Chia sẻ:", "Lượt xem:"]
BOILERPLATE = [TODAY, *SLOGANS, *COOKIE[:1], *FLOAT, *FOOTER, *SIDE, *LABELS]


@dataclass
class News(Article):
    nid: int = 0
    cat: str = "tin-tuc-su-kien"
    info_author: str = ""
    updated: datetime | None = None
    views: int = 100
    old_slug: str = ""

    @property
    def slug_path(self) -> str:
        return self.path


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[News]:
    A = News
    return [
        A(path="/tin-tuc/htx-dua-huu-co-thanh-phu-ky-hop-dong-xuat-khau-sang-han-quoc-n2417.html", nid=2417,
          old_slug="/tin-tuc/htx-dua-thanh-phu-ky-hop-dong-xuat-khau-n2417.html",
          title="HTX dừa hữu cơ Thạnh Phú ký hợp đồng xuất khẩu sang Hàn Quốc",
          date=datetime(2026, 3, 17, 9, 45), updated=datetime(2026, 3, 18, 10, 12), views=321,
          info_author="Phương Thảo", author="Phương Thảo", cat="kinh-te-tap-the",
          lead="HTX Nông nghiệp dừa hữu cơ Thạnh Phong (Bến Tre cũ) vừa ký hợp đồng cung ứng 2 triệu trái dừa hữu cơ mỗi năm cho doanh nghiệp xuất khẩu sang Hàn Quốc.",
          body="""
HTX có 135 thành viên với 240 ha dừa được chứng nhận hữu cơ theo tiêu chuẩn châu Âu và Mỹ, là vùng dừa hữu cơ lớn nhất khu vực ven biển.
[img dua-thanh-phong.png] Thành viên HTX thu hoạch dừa hữu cơ tại xã Thạnh Phong
Theo hợp đồng, doanh nghiệp thu mua dừa khô với giá cao hơn thị trường 10-15% và hỗ trợ HTX chi phí tái chứng nhận hằng năm.
Liên minh HTX tỉnh đánh giá đây là mô hình liên kết tiêu biểu, sẽ nhân rộng cho các HTX dừa ở khu vực Trà Vinh cũ.
""",
          **dated(datetime(2026, 3, 17, 9, 45)),
          notes=["div.news-info: '17/03/2026 09:45', the author 'Phương Thảo' (fa-user span: the author, not text), "
                 "'Cập nhật: 18/03/2026 10:12' (the edit, not the publication) and 'Lượt xem: 321'; the slug was "
                 "edited: the old /tin-tuc/htx-dua-thanh-phu-ky-hop-dong-xuat-khau-n2417.html (linked from other "
                 "items' 'Tin cùng chuyên mục') answers 301 here: an alias"]),
        A(path="/tin-tuc/ra-mat-htx-nong-nghiep-cong-nghe-cao-tra-cu-n2409.html", nid=2409, cat="su-kien",
          title="Ra mắt HTX nông nghiệp công nghệ cao Trà Cú",
          date=datetime(2026, 3, 10), byline="Bài, ảnh: Kim Loan", author="Kim Loan", views=87,
          body="""
Ngày 10/3, tại xã Trà Cú, Liên minh HTX tỉnh phối hợp với UBND xã tổ chức lễ ra mắt HTX Nông nghiệp công nghệ cao Trà Cú.
HTX có 32 thành viên, phần lớn là đồng bào Khmer, sản xuất dưa lưới và rau ăn lá trong 4 ha nhà màng có hệ thống tưới nhỏ giọt tự động.
[img tra-cu.png] Các thành viên HTX Nông nghiệp công nghệ cao Trà Cú ra mắt
Liên minh HTX tỉnh hỗ trợ HTX xây dựng thương hiệu và kết nối tiêu thụ với các bếp ăn trường học trên địa bàn.
""",
          published=iso(datetime(2026, 3, 10), with_time=False), published_source="listing", evidence=["listing"],
          notes=["'Sự kiện' category template: no div.news-info at all; the day only in the text ('Ngày 10/3', no "
                 "year) and the full date in the category listing '10/03/2026': midnight; byline 'Bài, ảnh: Kim "
                 "Loan' last: part of the text, the author"]),
        A(path="/tin-tuc/phong-su-anh-mua-buoi-da-xanh-o-htx-my-thanh-an-n2396.html", nid=2396,
          title="Phóng sự ảnh: Mùa bưởi da xanh ở HTX Mỹ Thạnh An",
          date=datetime(2026, 2, 26, 15, 20), byline="Ảnh: Hữu Hiệp", author="Hữu Hiệp", views=540,
          lead="Những ngày cuối tháng 2, các nhà vườn HTX bưởi da xanh Mỹ Thạnh An vào vụ thu hoạch chính, cung ứng bưởi cho thị trường trong nước và xuất khẩu.",
          body="""
[img buoi-1.png] Thành viên HTX thu hoạch bưởi da xanh đạt chuẩn xuất khẩu
[img buoi-2.png] Bưởi được phân loại, dán tem truy xuất nguồn gốc tại nhà sơ chế của HTX
[img buoi-3.png] Xe của doanh nghiệp thu mua bưởi ngay tại vườn
[img buoi-4.png] Sản phẩm bưởi da xanh Mỹ Thạnh An đạt OCOP 4 sao
""",
          **dated(datetime(2026, 2, 26, 15, 20)),
          notes=["photo story: the bold lead then four figure.image with figcaption (one line each); 'Ảnh: Hữu Hiệp' "
                 "last: part of the text, the author"]),
        A(path="/tin-tuc/cong-van-ve-viec-dang-ky-tham-gia-hoi-cho-htx-dbscl-2026-n2388.html", nid=2388,
          cat="van-ban",
          title="Công văn về việc đăng ký tham gia Hội chợ sản phẩm HTX vùng Đồng bằng sông Cửu Long năm 2026",
          date=datetime(2026, 2, 10, 14, 30), author=None, views=212,
          body="""
LIÊN MINH HTX TỈNH VĨNH LONG
Số: 38/LMHTX-VP
V/v đăng ký tham gia Hội chợ sản phẩm HTX vùng ĐBSCL năm 2026
Vĩnh Long, ngày 09 tháng 02 năm 2026
Kính gửi: Các hợp tác xã, liên hiệp hợp tác xã trên địa bàn tỉnh.
Thực hiện kế hoạch xúc tiến thương mại năm 2026, Liên minh HTX tỉnh thông báo tổ chức gian hàng chung của tỉnh tại Hội chợ sản phẩm HTX vùng Đồng bằng sông Cửu Long từ ngày 20 đến 24/4/2026 tại thành phố Cần Thơ.
Liên minh HTX tỉnh hỗ trợ 100% chi phí gian hàng cho HTX có sản phẩm OCOP từ 3 sao trở lên.
Các HTX đăng ký theo mẫu gửi kèm về Văn phòng Liên minh HTX tỉnh trước ngày 15/3/2026.
Nơi nhận: Như trên; Lưu VT.
KT. CHỦ TỊCH PHÓ CHỦ TỊCH Lê Thị Ngọc Hân
""",
          doc_number="38/LMHTX-VP", attachments=[{"path": PDF_PATH, "text": "CV-38-LMHTX-VP.pdf"}],
          **dated(datetime(2026, 2, 10, 14, 30)),
          notes=["official letter 'Số: 38/LMHTX-VP' (news-info '10/02/2026 14:30'; place-date line 'Vĩnh Long, ngày 09 "
                 "tháng 02 năm 2026' the day before); signer last, author null; the PDF under 'File đính kèm' after "
                 "the content: an attachment, not text"]),
        A(path="/tin-tuc/htx-tom-cong-nghe-cao-duyen-hai-lai-lon-n2371.html", nid=2371,
          title="HTX tôm công nghệ cao Duyên Hải lãi lớn nhờ nuôi tôm hai giai đoạn",
          date=datetime(2026, 1, 22, 8, 10), info_author="Thạch Sang", author="Thạch Sang", views=402,
          cat="kinh-te-tap-the",
          lead="Áp dụng quy trình nuôi tôm thẻ chân trắng hai giai đoạn trong ao lót bạt, HTX Thủy sản Long Khánh (Trà Vinh cũ) đạt năng suất 25 tấn/ha/vụ.",
          body="""
HTX có 27 thành viên với 18 ha ao nuôi, mỗi năm nuôi ba vụ, tỷ lệ tôm sống đạt trên 85%.
## Những điểm mới của quy trình
* Ương tôm giống trong bể có mái che 25 ngày trước khi thả ra ao nuôi thương phẩm;
* Xử lý nước bằng chế phẩm sinh học, không dùng kháng sinh;
* Theo dõi oxy, pH trong ao bằng cảm biến kết nối điện thoại.
Năm 2025, lợi nhuận bình quân của mỗi thành viên đạt khoảng 600 triệu đồng.
""",
          **dated(datetime(2026, 1, 22, 8, 10)),
          notes=["author 'Thạch Sang' only in div.news-info (fa-user): the author, not text; a heading and a list"]),
        A(path="/tin-tuc/htx-chom-chom-binh-hoa-phuoc-vao-vu-nghich-n2355.html", nid=2355,
          title="HTX chôm chôm Bình Hòa Phước vào vụ nghịch được giá",
          date=datetime(2025, 12, 15, 16, 0), byline="Nguồn: Báo Vĩnh Long", author=None, views=265,
          cat="kinh-te-tap-the",
          body="""
HTX Nông nghiệp Bình Hòa Phước có 56 thành viên với 70 ha chôm chôm Java và chôm chôm Thái, áp dụng kỹ thuật xử lý ra hoa nghịch vụ.
[img chom-chom.png] Thành viên HTX thu hoạch chôm chôm nghịch vụ
Giá chôm chôm nghịch vụ đạt 45.000-50.000 đồng/kg, cao gấp ba lần chính vụ, giúp thành viên lãi 300-400 triệu đồng/ha.
""",
          **dated(datetime(2025, 12, 15, 16, 0)),
          notes=["no author in the info line; the text ends with 'Nguồn: Báo Vĩnh Long' (a source): part of the text, "
                 "author null"]),
        A(path="/tin-tuc/tap-huan-luat-htx-2023-cho-can-bo-htx-khu-vuc-ben-tre-n2318.html", nid=2318,
          title="Tập huấn Luật Hợp tác xã năm 2023 cho cán bộ HTX khu vực Bến Tre cũ",
          date=datetime(2025, 10, 28, 7, 30), byline="Hoàng Vũ", author="Hoàng Vũ", views=158,
          body="""
Trong hai ngày 27 và 28/10, Liên minh HTX tỉnh tổ chức lớp tập huấn cho 120 cán bộ quản lý HTX tại phường An Hội.
Học viên được giới thiệu những điểm mới của Luật Hợp tác xã năm 2023 và các nghị định hướng dẫn:
* Quy định về thành viên liên kết góp vốn và không góp vốn;
* Chế độ kế toán, kiểm toán đối với HTX;
* Chính sách hỗ trợ đào tạo, đất đai, tín dụng cho HTX.
""",
          **dated(datetime(2025, 10, 28, 7, 30)),
          notes=["a list in the content; byline 'Hoàng Vũ' last: the author; on the second category page"]),
        A(path="/tin-tuc/lien-minh-htx-tinh-vinh-long-cong-bo-quyet-dinh-hop-nhat-n2240.html", nid=2240,
          title="Liên minh HTX tỉnh Vĩnh Long công bố quyết định hợp nhất",
          date=datetime(2025, 7, 3, 9, 0), author=None, views=990,
          lead="Liên minh HTX tỉnh Vĩnh Long được hợp nhất từ Liên minh HTX ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh, chính thức hoạt động từ ngày 01/7/2025.",
          body="""
Trụ sở Liên minh đặt tại phường Phước Hậu; hai văn phòng đại diện đặt tại phường An Hội và phường Trà Vinh.
Toàn tỉnh sau hợp nhất có hơn 1.000 HTX, là một trong những địa phương có số HTX nông nghiệp lớn nhất vùng Đồng bằng sông Cửu Long.
""",
          **dated(datetime(2025, 7, 3, 9, 0)),
          notes=["oldest item, only on the second category page ?page=2; no author anywhere: author null"]),
    ]


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/storage/uploads/images/{src}"


def cat_url(cat: str, page: int = 1) -> str:
    cid, _ = CATS[cat]
    return f"/chuyen-muc/{cat}-c{cid}.html" + (f"?page={page}" if page > 1 else "")


def content_html(a: News) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f'<p style="text-align:justify">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            out.append(f"<h3><strong>{inline_html(b.text)}</strong></h3>")
        elif b.kind == "ul":
            out.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            out.append(f'<figure class="image"><img alt="{attr(b.text)}" src="{img(b.src)}" width="800" height="533">'
                       f'<figcaption>{esc(b.text)}</figcaption></figure>')
    if a.byline:
        out.append(f'<p style="text-align:right"><strong><em>{esc(a.byline)}</em></strong></p>')
    return "".join(out)


def detail(a: News, same: list[tuple[str, News]]) -> str:
    info = ""
    if a.cat != "su-kien":
        spans = [f'<span class="date"><i class="fa fa-calendar"></i> {a.date:%d/%m/%Y %H:%M}</span>']
        if a.info_author:
            spans.append(f'<span class="author"><i class="fa fa-user"></i> {esc(a.info_author)}</span>')
        if a.updated:
            spans.append(f'<span class="updated"><i class="fa fa-refresh"></i> Cập nhật: {a.updated:%d/%m/%Y %H:%M}</span>')
        spans.append(f'<span class="view"><i class="fa fa-eye"></i> {LABELS[5]} {a.views}</span>')
        info = f'<div class="news-info">{" ".join(spans)}</div>'
    summary = f'<div class="news-summary"><strong>{esc(a.lead)}</strong></div>' if a.lead else ""
    files = ""
    if a.attachments:
        files = (f'<div class="news-attachments"><h5><i class="fa fa-paperclip"></i> {LABELS[2]}</h5><ul>'
                 + "".join(f'<li><a href="{x["path"]}" target="_blank">{esc(x["text"])}</a> (186 KB)</li>'
                           for x in a.attachments) + "</ul></div>")
    tags = (f'<div class="news-tags"><span>{LABELS[3]}</span> <a href="{SEARCH}" class="badge badge-light">OCOP</a> '
            f'<a href="/tim-kiem?keyword=hop-tac-xa" class="badge badge-light">hợp tác xã</a></div>')
    share = (f'<div class="news-share"><span>{LABELS[4]}</span> <a href="javascript:void(0)" class="btn-fb">Facebook</a> '
             '<a href="javascript:void(0)" class="btn-zalo">Zalo</a> <a href="javascript:window.print()" '
             'class="btn-print"><i class="fa fa-print"></i> In trang</a></div>')
    same_html = (f'<div class="news-other"><h4 class="title-box">{LABELS[1]}</h4><ul class="list-unstyled">'
                 + "".join(f'<li><i class="fa fa-angle-right"></i> <a href="{href}">{esc(x.title)}</a> '
                           f'<span class="text-muted">({x.date:%d/%m/%Y})</span></li>' for href, x in same) + "</ul></div>")
    return (f'<div class="news-detail"><h1 class="news-title">{esc(a.title)}</h1>{info}{summary}'
            f'<div class="news-content">{content_html(a)}</div>{files}{tags}{share}</div>{same_html}')


def card(a: News) -> str:
    pic = a.first_image()
    return ('<div class="media news-item mb-3">'
            + (f'<a href="{a.path}"><img class="mr-3" src="{img(pic)}" width="200" alt="{attr(a.title)}"></a>' if pic else "")
            + f'<div class="media-body"><h3 class="news-item-title"><a href="{a.path}">{esc(a.title)}</a></h3>'
              f'<p class="news-item-date"><i class="fa fa-clock-o"></i> {a.date:%d/%m/%Y}</p>'
              f'<p class="news-item-desc">{esc(" ".join(a.summary().split()[:30]))}...</p></div></div>')


def layout(title: str, main: str, latest: list[News], popular: list[News], *, crumbs=(), head: str = "") -> str:
    menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>'
                   for h, t in [("/", "Trang chủ"), (ABOUT, "Giới thiệu"), (cat_url("tin-tuc-su-kien"), "Tin tức - Sự kiện"),
                                (cat_url("kinh-te-tap-the"), "Kinh tế tập thể"), (cat_url("su-kien"), "Sự kiện"),
                                (cat_url("van-ban"), "Văn bản"), (GALLERY, "Thư viện ảnh"), (CONTACT, "Liên hệ")])
    ticker = " ".join(f'<a href="{a.path}">{esc(a.title)} <span>({a.date:%d/%m})</span></a> <span class="sep">•</span>'
                      for a in latest[:5])
    crumb = ""
    if crumbs:
        crumb = ('<nav aria-label="breadcrumb"><ol class="breadcrumb">' + "".join(
            f'<li class="breadcrumb-item"><a href="{h}">{t}</a></li>' for h, t in crumbs) + "</ol></nav>")
    pop = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a></li>' for a in popular)
    footer = "".join(f"<p>{esc(x)}</p>" for x in FOOTER[1:5])
    return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1, shrink-to-fit=no">
<meta name="csrf-token" content="kX9eQ2vLr7TnB4yUw1zA6pD3sF8hJ0mC5gV2bN7q">
<title>{esc(title)}</title>{head}
<link rel="stylesheet" href="/themes/default/css/bootstrap.min.css">
<link rel="stylesheet" href="/themes/default/css/font-awesome.min.css">
<link rel="stylesheet" href="/themes/default/css/style.css?v=1.4.2">
</head>
<body>
<div class="top-bar bg-primary text-white"><div class="container d-flex justify-content-between">
<span class="today"><i class="fa fa-calendar-o"></i> {esc(TODAY)}</span>
<span class="top-links"><a href="{LOGIN}" class="text-white"><i class="fa fa-sign-in"></i> Đăng nhập</a></span>
</div></div>
<header class="header"><div class="container"><a href="/" class="logo"><img src="/themes/default/images/logo-lmhtx-vinhlong.png" alt="Liên minh Hợp tác xã tỉnh Vĩnh Long"></a>
<div class="slogan"><p>{esc(SLOGANS[0])}</p><p>{esc(SLOGANS[1])}</p></div></div></header>
<nav class="navbar navbar-expand-lg navbar-dark bg-success"><div class="container"><button class="navbar-toggler" type="button" data-toggle="collapse" data-target="#mainMenu"><span class="navbar-toggler-icon"></span></button>
<div class="collapse navbar-collapse" id="mainMenu"><ul class="navbar-nav mr-auto">{menu}</ul>
<form class="form-inline" action="/tim-kiem" method="get"><input class="form-control form-control-sm" type="search" name="keyword" placeholder="Tìm kiếm..."></form></div></div></nav>
<div class="news-ticker container"><div class="d-flex"><span class="ticker-label badge badge-danger">{LABELS[0]}</span><marquee behavior="scroll" direction="left" scrollamount="4" onmouseover="this.stop();" onmouseout="this.start();">{ticker}</marquee></div></div>
<div class="container main mt-3"><div class="row">
<div class="col-lg-8">
{crumb}
{main}
</div>
<aside class="col-lg-4 sidebar">
<div class="box"><h4 class="title-box">{SIDE[0]}</h4><ol>{pop}</ol></div>
<div class="box"><h4 class="title-box">{SIDE[1]}</h4><div class="embed-responsive embed-responsive-16by9"><iframe class="embed-responsive-item" src="{{{{base:offsite}}}}/youtube/embed/Lm7xQ2aPz0k" allowfullscreen></iframe></div></div>
<div class="box"><h4 class="title-box">{SIDE[2]}</h4><p>{SIDE[3]}</p><p>{SIDE[4]}</p></div>
<div class="box"><h4 class="title-box">{SIDE[5]}</h4><ul class="list-unstyled"><li>{SIDE[6]}</li><li>{SIDE[7]}</li><li>{SIDE[8]}</li></ul></div>
<div class="box"><h4 class="title-box">{SIDE[9]}</h4><select class="form-control" onchange="window.open(this.value)"><option>-- Chọn liên kết --</option><option value="{{{{base:offsite}}}}/lmhtx-vn/">Liên minh HTX Việt Nam</option></select><ul class="list-unstyled"><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
</aside>
</div></div>
<footer class="footer bg-dark text-white mt-4"><div class="container py-3"><h5>{FOOTER[0]}</h5>{footer}<p class="small">{esc(FOOTER[5])}</p></div></footer>
<div class="float-contact"><a href="{{{{base:offsite}}}}/zalo/0270382290" class="btn-float zalo" target="_blank"><img src="/themes/default/images/zalo.png" alt="Zalo"> {FLOAT[0]}</a><a href="tel:02703822906" class="btn-float hotline"><i class="fa fa-phone"></i> {FLOAT[1]}</a></div>
<div class="cookie-consent alert alert-dark fixed-bottom mb-0" id="cookieConsent"><span>{esc(COOKIE[0])}</span> <button type="button" class="btn btn-sm btn-success js-cookie-consent-agree">{COOKIE[1]}</button></div>
<script src="/themes/default/js/jquery.min.js"></script>
<script src="/themes/default/js/bootstrap.bundle.min.js"></script>
<script src="/themes/default/js/app.js?v=1.4.2"></script>
</body>
</html>
"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "vinh-long", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    latest = items[:5]
    popular = sorted(items, key=lambda a: -a.views)[:5]
    renamed = next(a for a in items if a.old_slug)

    def link(x: News) -> str:
        return x.old_slug or x.path

    for a in items:
        same = [(link(x), x) for x in items if x is not a and x.cat == a.cat][:4] or \
               [(link(x), x) for x in items if x is not a][:4]
        if a.cat not in ("kinh-te-tap-the",) and renamed is not a and all(x is not renamed for _, x in same):
            same = [(renamed.old_slug, renamed)] + same[:3]
        cat_id, cat_name = CATS[a.cat]
        head = (f'\n<link rel="canonical" href="{{{{base}}}}{a.path}">\n<meta property="og:title" content="{attr(a.title)}">'
                f'\n<meta property="og:type" content="article">')
        page = layout(a.title, detail(a, same), latest, popular,
                      crumbs=[("/", "Trang chủ"), (cat_url(a.cat), cat_name)], head=head)
        site.page(a.path, page)
        site.add_article(a)
    site.redirect(renamed.old_slug, renamed.path, 301)
    renamed.aliases = [renamed.old_slug]
    site.binary(PDF_PATH, pdf("Công văn số 38/LMHTX-VP", ["DANG KY THAM GIA HOI CHO SAN PHAM HTX DBSCL 2026",
                                                          "Lien minh HTX tinh Vinh Long"]))
    site.trap("above every page a 'Tin mới' <marquee> of the five newest titles with '(17/03)' dates; after the "
              "detail a 'Tin cùng chuyên mục' list (titles, '(dd/mm/yyyy)'); a floating 'Chat Zalo' / 'Hotline' "
              "button and a cookie banner at the end of the body; sidebar 'Tin xem nhiều', a video iframe, weather, "
              "visit counter", items[0].path)

    # categories: /chuyen-muc/<slug>-c<id>.html?page=N; 'tin-tuc-su-kien' holds every item
    def listing(cat: str, members: list[News]) -> None:
        cid, name = CATS[cat]
        pages = [members[i:i + PER] for i in range(0, len(members), PER)] or [[]]
        for k, chunk in enumerate(pages):
            pager = ""
            if len(pages) > 1:
                lis = "".join(f'<li class="page-item active" aria-current="page"><span class="page-link">{j + 1}</span></li>'
                              if j == k else f'<li class="page-item"><a class="page-link" href="{cat_url(cat, j + 1)}">'
                                             f'{j + 1}</a></li>' for j in range(len(pages)))
                prev = (f'<li class="page-item"><a class="page-link" href="{cat_url(cat, k)}" rel="prev">&lsaquo;</a></li>'
                        if k > 0 else '<li class="page-item disabled"><span class="page-link">&lsaquo;</span></li>')
                nxt = (f'<li class="page-item"><a class="page-link" href="{cat_url(cat, k + 2)}" rel="next">&rsaquo;</a></li>'
                       if k < len(pages) - 1 else '<li class="page-item disabled"><span class="page-link">&rsaquo;</span></li>')
                pager = f'<nav><ul class="pagination">{prev}{lis}{nxt}</ul></nav>'
            main = f'<h2 class="cat-title">{name}</h2>{"".join(card(x) for x in chunk)}{pager}'
            url = cat_url(cat, k + 1)
            site.page(url, layout(name, main, latest, popular, crumbs=[("/", "Trang chủ")]))
            site.non_articles.append(url)

    listing("tin-tuc-su-kien", items)
    for cat in ("kinh-te-tap-the", "su-kien", "van-ban"):
        listing(cat, [x for x in items if x.cat == cat])
    site.trap("categories /chuyen-muc/<slug>-c<id>.html paged by Laravel's ?page=2 (Bootstrap pagination, rel=next): "
              "the two oldest items only on /chuyen-muc/tin-tuc-su-kien-c12.html?page=2", cat_url("tin-tuc-su-kien", 2))

    home = ('<div class="featured row">' + "".join(
        f'<div class="col-md-6"><a href="{a.path}"><img class="img-fluid" src="{img(a.first_image())}" alt=""></a>'
        f'<h3><a href="{a.path}">{esc(a.title)}</a></h3><p>{esc(" ".join(a.summary().split()[:25]))}...</p></div>'
        for a in [x for x in items if x.first_image()][:2]) + "</div>"
            + f'<h2 class="cat-title"><a href="{cat_url("tin-tuc-su-kien")}">Tin tức - Sự kiện</a></h2>'
            + "".join(card(x) for x in items[:6]))
    site.page("/", layout("Liên minh Hợp tác xã tỉnh Vĩnh Long", home, latest, popular))

    about = [
        "Liên minh Hợp tác xã tỉnh Vĩnh Long được hợp nhất từ Liên minh Hợp tác xã các tỉnh Vĩnh Long, Bến Tre và Trà "
        "Vinh, chính thức hoạt động từ ngày 01 tháng 7 năm 2025.",
        "Liên minh có nhiệm vụ tuyên truyền, vận động phát triển kinh tế tập thể; đại diện, bảo vệ quyền và lợi ích "
        "hợp pháp của thành viên; tư vấn, hỗ trợ hợp tác xã về đào tạo, xúc tiến thương mại, tiếp cận vốn.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra - Tuyên truyền, Ban Hỗ trợ phát triển và Quỹ hỗ trợ phát triển "
        "hợp tác xã, làm việc tại trụ sở phường Phước Hậu và hai văn phòng đại diện."]
    site.page(ABOUT, layout("Giới thiệu", '<div class="news-detail"><h1 class="news-title">Giới thiệu Liên minh HTX '
                            'tỉnh Vĩnh Long</h1><div class="news-content">' + "".join(
                                f'<p style="text-align:justify">{esc(p)}</p>' for p in about) + "</div></div>",
                            latest, popular, crumbs=[("/", "Trang chủ")]))
    site.page(CONTACT, layout("Liên hệ", '<h1 class="news-title">Liên hệ</h1><form method="POST" action="/lien-he.html">'
                              '<input type="hidden" name="_token" value="kX9eQ2vLr7TnB4yUw1zA6pD3sF8hJ0mC5gV2bN7q">'
                              '<input class="form-control" name="name" placeholder="Họ tên"><textarea class="form-control" '
                              'name="content"></textarea><button class="btn btn-success" type="submit">Gửi</button></form>',
                              latest, popular, crumbs=[("/", "Trang chủ")]))
    pics = "".join(f'<div class="col-md-4"><a href="{img(b.src)}" data-fancybox="gallery" data-caption="{attr(b.text)}">'
                   f'<img class="img-fluid" src="{img(b.src)}" alt="{attr(b.text)}"></a></div>'
                   for a in items for b in a.blocks if b.kind == "img")
    site.page(GALLERY, layout("Thư viện ảnh", f'<h2 class="cat-title">Thư viện ảnh</h2><div class="row">{pics}</div>',
                              latest, popular, crumbs=[("/", "Trang chủ")]))
    for q in ("ocop", "hop-tac-xa"):
        hits = [x for x in items if q == "hop-tac-xa" or "OCOP" in x.body or "OCOP" in (x.lead or "")]
        site.page(f"/tim-kiem?keyword={q}", layout("Tìm kiếm", f'<h2 class="cat-title">Kết quả tìm kiếm: {q}</h2>'
                                                               + "".join(card(x) for x in hits[:8]), latest, popular))
        site.non_articles.append(f"/tim-kiem?keyword={q}")
    site.page(LOGIN, layout("Đăng nhập", '<form method="POST" action="/dang-nhap"><input name="email"><input '
                                         'name="password" type="password"><button type="submit">Đăng nhập</button></form>',
                            latest, popular))
    site.never_fetched.append(LOGIN)
    site.non_articles += ["/", ABOUT, CONTACT, GALLERY]
    site.trap("static page /gioi-thieu.html uses the detail template (div.news-detail, h1.news-title, div.news-content "
              "of three paragraphs) without the info line: not an article; nor are the contact form, the gallery and "
              "searches /tim-kiem?keyword=… (the tag badges); 'Đăng nhập' /dang-nhap is disallowed by robots.txt: "
              "never fetch", ABOUT)
    site.static("/robots.txt", "User-agent: *\nDisallow: /dang-nhap\nDisallow: /admin\nDisallow: /storage/cache/\n")
    return site
