"""Site `lienminh-htxbinhdinh` (registry family `generic`): the portal of the Bình Định cooperative alliance (before it
joined Gia Lai on 1 July 2025) on **MODX Revolution 3.0** with a chunk-based Bootstrap 5 template, friendly URLs
WITHOUT a suffix (`/tin-tuc/hoat-dong/<alias>`), pdoTools listings and Tagger; written as a held-out test: no family
module, no selectors.

Why it is hard: the `<h1 class="post-title">` is the resource's `[[*longtitle]]`, while the menus, listings, "Tin
khác", the breadcrumb's last crumb, `og:title` and the `<title>` all show the shorter `[[*pagetitle]]`: the title is
the h1. The date line is `[[*publishedon:strtotime:date=`%A, %d %B %Y - %H:%M`]]` under the vi_VN locale
("Thứ năm, 13 tháng 3 2025 - 08:30": lower-case weekday, month NUMBER after "tháng", no comma before the year), and
the foot of the article prints `[[*editedon]]` as "Cập nhật lần cuối: 20/03/2025 15:10" (a later edit: not the
date) beside "Người đăng: Văn phòng Liên minh" (`[[*createdby:userinfo=`fullname`]]`, the office's account: never
the author). The lead is `div.post-intro` (`[[*introtext]]`, first line); the text `div.post-content` (TinyMCE:
`<figure class="image">` captions, tables, lists); a closing right-aligned byline is text and author. Every
resource also answers at `/index.php?id=<n>` (the `[[~n]]` links of an old chunk, the search results), the print
chunk at `?print=1` and the share links' `?utm_…`; the URLs of the site before friendly URLs lost the `.html` suffix
(`/tin-tuc/<alias>.html`) answer 301. Listings are pdoPage (`?page=2`) of `div.news-item` (pagetitle link,
"13/03/2025", introtext, "Xem thêm"); the "Thông báo" template drops the date line: that notice has its day only in
its listing. Tagger's tag lists (`/tin-tuc/?tags=ocop`), SimpleSearch results, the FormIt contact page, the Gallery
album and the introduction (article template, no date) are no articles; robots.txt keeps crawlers out of
`/manager/`, `/connectors/`, `/core/` and the Login page.
"""

from __future__ import annotations

from datetime import datetime

from .core import SiteBuild, attr, esc, image_for, inline_html, iso, pdf
from .richbody import RichArticle, table_html

SITE = "lienminh-htxbinhdinh"
NAME = "Liên minh Hợp tác xã tỉnh Bình Định"
HTML = "text/html; charset=UTF-8"
PER = 4
TODAY = "Thứ hai, 23/06/2025"
CATS = {"/tin-tuc/hoat-dong/": "Hoạt động Liên minh", "/tin-tuc/kinh-te-tap-the/": "Kinh tế tập thể",
        "/van-ban/": "Văn bản", "/thong-bao/": "Thông báo"}
PDF_PATH = "/assets/files/van-ban/2025/kh-21-lmhtx.pdf"
WEEK = ("Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy", "Chủ nhật")
HEADER = ["Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Bình Định", "Nhiệt liệt chào mừng Ngày Hợp tác xã Việt Nam 11/4",
          "Trang chủ", "Giới thiệu", "Tin tức", "Văn bản", "Thông báo", "Thư viện ảnh", "Liên hệ", TODAY]
SIDE = ["Tin đọc nhiều", "Liên kết website", "Thống kê truy cập", "Đang online: 15", "Hôm nay: 218",
        "Tổng lượt truy cập: 1.204.557", "Thời tiết Quy Nhơn", "Nắng nóng, 34°C", "Hotline hỗ trợ HTX: 0256.3822.160"]
FOOT = ["Bản quyền © 2025 Liên minh Hợp tác xã tỉnh Bình Định",
        "Địa chỉ: 130 Hai Bà Trưng, phường Trần Phú, TP Quy Nhơn, tỉnh Bình Định",
        "Điện thoại: 0256.3822.160 - Email: lmhtx@binhdinh.gov.vn",
        "Chịu trách nhiệm chính: Ông Trần Văn Kiên - Chủ tịch Liên minh HTX tỉnh",
        "Ghi rõ nguồn \"Liên minh HTX tỉnh Bình Định\" khi phát hành lại thông tin từ website này"]
ART = ["Người đăng: Văn phòng Liên minh", "Cập nhật lần cuối:", "Tin khác", "Chia sẻ:", "In bài", "lượt xem"]


def vdate(d: datetime) -> str:
    return f"{WEEK[d.weekday()]}, {d.day:02d} tháng {d.month} {d.year} - {d:%H:%M}"


def articles() -> list[RichArticle]:
    A = RichArticle

    def shown(d: datetime) -> dict:
        return dict(date=d, published=iso(d), published_source="date-element", evidence=["date-element", "listing"])

    return [
        A(path="/tin-tuc/hoat-dong/hoi-nghi-ban-chap-hanh-6-thang", title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh "
          "sơ kết 6 tháng đầu năm 2025, bàn nhiệm vụ sau hợp nhất tỉnh",
          lead="Sáng 18/6, Liên minh HTX tỉnh Bình Định tổ chức Hội nghị Ban Chấp hành lần thứ 9, khóa VI, sơ kết công "
               "tác 6 tháng đầu năm và triển khai nhiệm vụ những tháng cuối năm 2025.",
          body="""
6 tháng đầu năm, toàn tỉnh thành lập mới 27 HTX, nâng tổng số HTX đang hoạt động lên 498 HTX với hơn 112.000 thành viên.
[img hoi-nghi-bch.png] Quang cảnh Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 9
Liên minh HTX tỉnh đã tư vấn thành lập mới 12 HTX, tổ chức 8 lớp tập huấn cho 420 lượt cán bộ quản lý HTX.
## Nhiệm vụ 6 tháng cuối năm
Hội nghị thống nhất chuẩn bị các điều kiện hợp nhất Liên minh HTX hai tỉnh Gia Lai và Bình Định theo chủ trương của Trung ương, bảo đảm hoạt động thông suốt.
""", byline="Ngọc Minh", author="Ngọc Minh",
          opts={"id": 412, "pagetitle": "Hội nghị Ban Chấp hành sơ kết 6 tháng", "alias": "hoi-nghi-ban-chap-hanh-6-thang",
                "edited": datetime(2025, 6, 20, 15, 10), "hits": 1245, "tags": ["hoi-nghi"], "old": True, "utm": True},
          notes=["h1 = [[*longtitle]] (long), pagetitle 'Hội nghị Ban Chấp hành sơ kết 6 tháng' in <title>, og:title, "
                 "breadcrumb and listings; date 'Thứ năm, 19 tháng 6 2025 - 08:30' (vi_VN strftime); 'Cập nhật lần cuối: "
                 "20/06/2025 15:10' at the foot is an edit; old URL /tin-tuc/<alias>.html 301, ?utm_… and /index.php?id=412 "
                 "are aliases; 'Ngọc Minh' closes the text (author), 'Người đăng: Văn phòng Liên minh' is the account"],
          **shown(datetime(2025, 6, 19, 8, 30))),
        A(path="/van-ban/ke-hoach-21-kh-lmhtx-thang-hanh-dong-htx-2025",
          title="Kế hoạch số 21/KH-LMHTX tổ chức Tháng hành động vì hợp tác xã năm 2025",
          body="""
LIÊN MINH HTX TỈNH BÌNH ĐỊNH
Số: 21/KH-LMHTX
Bình Định, ngày 02 tháng 4 năm 2025
KẾ HOẠCH
Tổ chức Tháng hành động vì hợp tác xã năm 2025
Thực hiện Kế hoạch số 36/KH-LMHTXVN ngày 10/3/2025 của Liên minh HTX Việt Nam, Liên minh HTX tỉnh ban hành kế hoạch tổ chức Tháng hành động vì HTX năm 2025 như sau:
## I. MỤC ĐÍCH, YÊU CẦU
Tuyên truyền sâu rộng Luật Hợp tác xã năm 2023, tôn vinh các HTX điển hình tiên tiến nhân Ngày Hợp tác xã Việt Nam 11/4.
## II. NỘI DUNG
+ Tổ chức lễ mít tinh hưởng ứng Tháng hành động tại huyện Phù Cát;
+ Trưng bày sản phẩm OCOP của HTX tại Quảng trường Nguyễn Tất Thành;
+ Biểu dương 20 HTX tiêu biểu năm 2024.
Nơi nhận:
- Liên minh HTX Việt Nam;
- Lưu: VT.
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Lê Thị Hồng Vân
""", author=None, doc_number="21/KH-LMHTX",
          attachments=[{"path": PDF_PATH, "text": "KH-21-LMHTX.pdf"}],
          opts={"id": 398, "pagetitle": "Kế hoạch 21/KH-LMHTX", "alias": "ke-hoach-21-kh-lmhtx-thang-hanh-dong-htx-2025",
                "edited": datetime(2025, 4, 3, 9, 0), "hits": 532, "tags": ["van-ban"], "print": True},
          notes=["plan 'Số: 21/KH-LMHTX', 'Bình Định, ngày 02 tháng 4 năm 2025', posted 03/04/2025 07:45, headings, an "
                 "ordered list, recipients and the signer (text, author null); 'Tải về: KH-21-LMHTX.pdf' below the text "
                 "(/assets/files/…: an attachment, not text); ?print=1 is the print chunk (alias)"],
          **shown(datetime(2025, 4, 3, 7, 45))),
        A(path="/tin-tuc/kinh-te-tap-the/ket-qua-phat-trien-htx-nam-2024",
          title="Kết quả phát triển kinh tế tập thể, HTX tỉnh Bình Định năm 2024",
          lead="Năm 2024, khu vực kinh tế tập thể tỉnh Bình Định tiếp tục tăng trưởng cả về số lượng và chất lượng.",
          body="""
Theo số liệu của Liên minh HTX tỉnh, doanh thu bình quân của một HTX năm 2024 đạt 3,8 tỷ đồng, lợi nhuận bình quân 310 triệu đồng.
| STT | Lĩnh vực | Số HTX | Thành viên | Doanh thu bình quân (tỷ đồng) |
| 1 | Nông nghiệp | 312 | 86.400 | 3,1 |
| 2 | Công nghiệp - TTCN | 41 | 1.250 | 4,6 |
| 3 | Thương mại - Dịch vụ | 58 | 2.310 | 5,2 |
| 4 | Vận tải | 22 | 640 | 6,0 |
| 5 | Quỹ tín dụng nhân dân | 38 | 19.800 | 7,4 |
Các HTX nông nghiệp tiếp tục giữ vai trò chủ lực, cung ứng dịch vụ đầu vào và tiêu thụ nông sản cho thành viên.
""", byline="Nguồn: Phòng Tổng hợp - Liên minh HTX tỉnh", author=None,
          opts={"id": 377, "pagetitle": "Phát triển HTX năm 2024", "alias": "ket-qua-phat-trien-htx-nam-2024",
                "edited": datetime(2025, 2, 14, 16, 5), "hits": 2087, "tags": ["so-lieu"]},
          notes=["a TinyMCE data table (thead th): one line per row, cells between ' | '; 'Nguồn: Phòng Tổng hợp - …' "
                 "closes it: no author"],
          **shown(datetime(2025, 2, 12, 14, 20))),
        A(path="/tin-tuc/kinh-te-tap-the/htx-dua-tam-quan-vao-vu-thu-hoach",
          title="Ảnh: HTX Dừa Tam Quan vào vụ thu hoạch",
          lead="Những ngày này, thành viên HTX Nông nghiệp Tam Quan Bắc (thị xã Hoài Nhơn) tất bật thu hoạch dừa.",
          body="""
[img dua-1.png] Thành viên HTX thu hoạch dừa xiêm xanh trên vườn dừa 20 năm tuổi
[img dua-2.png] Dừa được phân loại, đóng bao giao cho doanh nghiệp liên kết
[img dua-3.png] Kẹo dừa Tam Quan của HTX đạt chứng nhận OCOP 3 sao
""", byline="Ảnh: Hoài Thương", author="Hoài Thương",
          opts={"id": 366, "pagetitle": "Ảnh: HTX Dừa Tam Quan", "alias": "htx-dua-tam-quan-vao-vu-thu-hoach",
                "edited": datetime(2025, 5, 9, 10, 0), "hits": 876, "tags": ["ocop"]},
          notes=["photo story: three <figure class='image'> with figcaption (text lines); 'Ảnh: Hoài Thương' -> author"],
          **shown(datetime(2025, 5, 8, 16, 0))),
        A(path="/tin-tuc/hoat-dong/tap-huan-chuyen-doi-so-cho-htx-2025",
          title="Tập huấn chuyển đổi số và thương mại điện tử cho cán bộ quản lý HTX năm 2025",
          lead="Từ ngày 20 đến 22/5, Liên minh HTX tỉnh phối hợp Sở Công Thương mở lớp tập huấn chuyển đổi số cho 60 cán "
               "bộ quản lý HTX.",
          body="""
Nội dung lớp tập huấn gồm:
* Ứng dụng phần mềm kế toán và hóa đơn điện tử trong HTX;
* Xây dựng gian hàng trên sàn thương mại điện tử Postmart, Voso;
* Truy xuất nguồn gốc sản phẩm bằng mã QR;
* Quảng bá sản phẩm trên mạng xã hội.
Kết thúc khóa học, các học viên được cấp giấy chứng nhận và hỗ trợ mở gian hàng trực tuyến miễn phí.
""", byline="Thanh Tùng", author="Thanh Tùng",
          opts={"id": 371, "pagetitle": "Tập huấn chuyển đổi số cho HTX", "alias": "tap-huan-chuyen-doi-so-cho-htx-2025",
                "edited": datetime(2025, 5, 23, 8, 15), "hits": 640, "tags": ["chuyen-doi-so"]},
          notes=["a four-item list; 'Từ ngày 20 đến 22/5' in the lead; posted 23/05/2025 07:30; 'Thanh Tùng' (author)"],
          **shown(datetime(2025, 5, 23, 7, 30))),
        A(path="/tin-tuc/kinh-te-tap-the/htx-nong-nghiep-cat-hiep-lien-ket-san-xuat-lua-giong",
          title="HTX Nông nghiệp Cát Hiệp liên kết sản xuất lúa giống với doanh nghiệp",
          body="""
Vụ Đông Xuân 2024-2025, HTX Nông nghiệp Cát Hiệp (huyện Phù Cát) liên kết với Công ty CP Giống cây trồng Bình Định sản xuất 120 ha lúa giống.
Doanh nghiệp bao tiêu toàn bộ sản phẩm với giá cao hơn lúa thịt 15-20%, giúp thành viên tăng thu nhập khoảng 8 triệu đồng/ha.
Ông Nguyễn Văn Sơn, Giám đốc HTX cho biết, năm 2025 HTX sẽ mở rộng diện tích liên kết lên 150 ha.
""", author=None,
          opts={"id": 352, "pagetitle": "HTX Cát Hiệp liên kết sản xuất lúa giống",
                "alias": "htx-nong-nghiep-cat-hiep-lien-ket-san-xuat-lua-giong", "edited": datetime(2025, 3, 1, 9, 0),
                "hits": 410, "tags": ["ocop"]},
          notes=["no byline at all (author null); three paragraphs; only on the listing's page 2"],
          **shown(datetime(2025, 1, 21, 9, 45))),
        A(path="/thong-bao/thong-bao-lich-tiep-cong-dan-quy-iii-2025",
          title="Thông báo lịch tiếp HTX, thành viên HTX quý III năm 2025",
          body="""
Thường trực Liên minh HTX tỉnh tiếp HTX, thành viên HTX vào sáng thứ Năm hằng tuần, từ 7 giờ 30 đến 11 giờ, tại trụ sở Liên minh.
Ngày 10/7, Chủ tịch Liên minh HTX tỉnh trực tiếp tiếp và đối thoại với đại diện các HTX vận tải.
Các HTX có kiến nghị liên hệ Văn phòng Liên minh để đăng ký trước ít nhất 02 ngày làm việc.
""", author=None,
          opts={"id": 419, "pagetitle": "Lịch tiếp HTX quý III/2025", "alias": "thong-bao-lich-tiep-cong-dan-quy-iii-2025",
                "notice": True, "hits": 95, "tags": []},
          notes=["'Thông báo' template: no date line, no metadata date; its day 21/06/2025 only in the /thong-bao/ "
                 "listing and the home page's notice box (midnight); 'Ngày 10/7' in the text has no year"],
          date=datetime(2025, 6, 21), published=iso(datetime(2025, 6, 21), with_time=False),
          published_source="listing", evidence=["listing"]),
        A(path="/tin-tuc/hoat-dong/gap-mat-ky-niem-ngay-htx-viet-nam-11-4",
          title="Gặp mặt kỷ niệm Ngày Hợp tác xã Việt Nam 11/4 và biểu dương HTX tiêu biểu",
          lead="Chiều 10/4, Liên minh HTX tỉnh tổ chức gặp mặt kỷ niệm Ngày Hợp tác xã Việt Nam (11/4/1946 - 11/4/2025).",
          body="""
Dự buổi gặp mặt có đại diện lãnh đạo UBND tỉnh, các sở, ngành và hơn 150 đại biểu đại diện các HTX trong tỉnh.
[img gap-mat-11-4.png] Lãnh đạo Liên minh HTX tỉnh trao Bằng khen cho các HTX tiêu biểu
Dịp này, Liên minh HTX tỉnh tặng Bằng khen cho 20 HTX và 15 cá nhân có thành tích xuất sắc trong phong trào phát triển kinh tế tập thể.
""", byline="Bài, ảnh: Ngọc Minh", author="Ngọc Minh",
          opts={"id": 401, "pagetitle": "Kỷ niệm Ngày HTX Việt Nam", "alias": "gap-mat-ky-niem-ngay-htx-viet-nam-11-4",
                "edited": datetime(2025, 4, 11, 8, 0), "hits": 958, "tags": ["hoi-nghi"]},
          notes=["lead 'Chiều 10/4 …' with '(11/4/1946 - 11/4/2025)'; photo + caption; 'Bài, ảnh: Ngọc Minh' -> Ngọc Minh"],
          **shown(datetime(2025, 4, 10, 20, 5))),
    ]


# -- markup ------------------------------------------------------------------------------------

def body_html(a: RichArticle) -> str:
    out = []
    for b in a.blocks:
        if b.kind == "p":
            out.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            out.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind in ("ul", "ol"):
            out.append(f"<{b.kind}>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + f"</{b.kind}>")
        elif b.kind == "table":
            out.append(table_html(b, css="table table-bordered"))
        elif b.kind == "img":
            out.append(f'<figure class="image"><img src="/assets/images/tin-tuc/{b.src}" alt="" width="700">'
                       + (f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else "") + "</figure>")
    if a.byline:
        out.append(f'<p style="text-align: right;"><strong>{inline_html(a.byline)}</strong></p>')
    return "\n".join(out)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "binh-dinh", NAME, "generic", None, start_urls=["{{base:%s}}/" % SITE])
    arts = sorted(articles(), key=lambda a: a.date, reverse=True)
    news = [a for a in arts if a.path.startswith("/tin-tuc/")]
    site.extra_boilerplate += [HEADER[0], HEADER[1], TODAY, *SIDE, *FOOT, *ART]

    def cat_of(a: RichArticle) -> str:
        return "/" + a.path.strip("/").split("/")[0] + "/" + (a.path.split("/")[2] + "/" if a.path.startswith("/tin-tuc/") else "")

    popular = sorted(news, key=lambda a: -a.opts["hits"])[:4]

    def layout(title: str, main: str, *, head: str = "", crumbs: list | None = None) -> str:
        menu = "".join(f'<li class="nav-item"><a class="nav-link" href="{h}">{t}</a></li>' for h, t in [
            ("/", "Trang chủ"), ("/gioi-thieu", "Giới thiệu"), ("/tin-tuc/", "Tin tức"), ("/van-ban/", "Văn bản"),
            ("/thong-bao/", "Thông báo"), ("/thu-vien-anh", "Thư viện ảnh"), ("/lien-he", "Liên hệ")])
        sub = "".join(f'<li><a href="{h}">{esc(t)}</a></li>' for h, t in CATS.items())
        crumb = ""
        if crumbs is not None:
            crumb = ('<nav aria-label="breadcrumb"><ol class="breadcrumb"><li class="breadcrumb-item"><a href="/">Trang chủ'
                     '</a></li>' + "".join(f'<li class="breadcrumb-item"><a href="{h}">{esc(t)}</a></li>' for h, t in crumbs[:-1])
                     + (f'<li class="breadcrumb-item active">{esc(crumbs[-1][1])}</li>' if crumbs else "") + "</ol></nav>")
        pop = "".join(f'<li><a href="{a.path}">{esc(a.opts["pagetitle"])}</a></li>' for a in popular)
        return f"""<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="UTF-8">
<base href="{{{{base}}}}/">
<title>{esc(title)} - Liên minh HTX tỉnh Bình Định</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="MODX Revolution">
<link rel="stylesheet" href="/assets/templates/lmhtx/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/templates/lmhtx/css/style.css">
{head}
</head>
<body>
<div class="topbar"><div class="container"><span class="today">{TODAY}</span> <marquee class="slogan">{HEADER[1]}</marquee></div></div>
<header class="site-header"><div class="container"><a class="logo" href="/"><img src="/assets/templates/lmhtx/img/logo.png" alt="Logo"></a>
<div class="site-name">{HEADER[0]}</div>
<form class="search-form" action="/tim-kiem" method="get"><input type="text" name="search" placeholder="Nhập từ khóa..."><input type="hidden" name="id" value="7"><button type="submit">Tìm</button></form></div>
<nav class="navbar"><ul class="navbar-nav">{menu}</ul></nav></header>
<div class="container main"><div class="row"><div class="col-lg-8">{crumb}
{main}
</div>
<aside class="col-lg-4 sidebar">
<div class="widget"><h4 class="widget-title">Chuyên mục</h4><ul>{sub}</ul></div>
<div class="widget"><h4 class="widget-title">{SIDE[0]}</h4><ul class="popular">{pop}</ul></div>
<div class="widget"><h4 class="widget-title">{SIDE[6]}</h4><p>{SIDE[7]}</p></div>
<div class="widget"><h4 class="widget-title">{SIDE[1]}</h4><ul><li><a href="{{{{base:offsite}}}}/lmhtx-vn/" target="_blank">Liên minh HTX Việt Nam</a></li><li><a href="{{{{base:offsite}}}}/chinh-phu/" target="_blank">Cổng TTĐT Chính phủ</a></li></ul></div>
<div class="widget counter"><h4 class="widget-title">{SIDE[2]}</h4><p>{SIDE[3]}</p><p>{SIDE[4]}</p><p>{SIDE[5]}</p></div>
<div class="widget hotline"><p>{SIDE[8]}</p></div>
</aside></div></div>
<footer class="site-footer"><div class="container">{"".join(f"<p>{esc(x)}</p>" for x in FOOT)}</div></footer>
<script src="/assets/templates/lmhtx/js/bootstrap.bundle.min.js"></script>
</body>
</html>"""

    def others(a: RichArticle) -> str:
        rest = [x for x in arts if x is not a and not x.opts.get("notice")][:4]
        return ('<div class="other-news"><h4>Tin khác</h4><ul>' + "".join(
            f'<li><a href="{x.path}">{esc(x.opts["pagetitle"])}</a> <span class="date">({x.date:%d/%m/%Y})</span></li>'
            for x in rest) + "</ul></div>")

    def article_main(a: RichArticle, printing: bool = False) -> str:
        o = a.opts
        meta = "" if o.get("notice") else (
            f'<div class="post-meta"><i class="fa fa-calendar"></i> <span class="post-date">{vdate(a.date)}</span> '
            f'<span class="hits"><i class="fa fa-eye"></i> {o["hits"]} lượt xem</span></div>')
        intro = f'<div class="post-intro">{inline_html(a.lead)}</div>' if a.lead else ""
        att = "".join(f'<p class="download"><i class="fa fa-file-pdf-o"></i> Tải về: <a href="{x["path"]}" target="_blank">'
                      f'{esc(x["text"])}</a></p>' for x in a.attachments)
        foot = (f'<div class="post-footer"><span class="created-by">Người đăng: Văn phòng Liên minh</span>'
                + (f' | <span class="edited">Cập nhật lần cuối: {o["edited"]:%d/%m/%Y %H:%M}</span>' if o.get("edited") else "")
                + "</div>")
        tags = ("".join(f'<a class="tag" href="/tin-tuc/?tags={t}">#{t}</a> ' for t in o["tags"]))
        share = ('<div class="share">Chia sẻ: <a href="javascript:void(0)" class="fb">Facebook</a> '
                 f'<a href="javascript:void(0)" class="zalo">Zalo</a> <a href="{a.path}?print=1" target="_blank" class="print">In bài</a></div>')
        if printing:
            return (f'<div class="print-page"><h1>{esc(a.title)}</h1>{meta}{intro}<div class="post-content">{body_html(a)}</div>'
                    f'{att}</div>')
        return (f'<article class="post-detail"><h1 class="post-title">{esc(a.title)}</h1>{meta}{intro}'
                f'<div class="post-content">\n{body_html(a)}\n</div>{att}<div class="post-tags">{tags}</div>{foot}{share}'
                f'</article>{others(a)}')

    for a in arts:
        o = a.opts
        cat = cat_of(a)
        crumbs = ([("/tin-tuc/", "Tin tức")] if cat.startswith("/tin-tuc/") else []) + [(cat, CATS[cat]), (a.path, o["pagetitle"])]
        head = (f'<meta name="description" content="{attr(a.summary())}">\n<meta property="og:type" content="article">\n'
                f'<meta property="og:title" content="{attr(o["pagetitle"])}">\n<meta property="og:url" content="{{{{base}}}}{a.path}">\n'
                f'<link rel="canonical" href="{{{{base}}}}{a.path}">')
        site.page(a.path, layout(o["pagetitle"], article_main(a), head=head, crumbs=crumbs))
        idp = f"/index.php?id={o['id']}"
        site.same_page(idp, a.path)
        a.aliases.append(idp)
        if o.get("utm"):
            u = f"{a.path}?utm_source=facebook&utm_medium=social&utm_campaign=share"
            site.same_page(u, a.path)
            a.aliases.append(u)
        if o.get("old"):
            old = "/tin-tuc/" + o["alias"] + ".html"
            site.redirect(old, a.path, 301)
            a.aliases.append(old)
        if o.get("print"):
            p = f"{a.path}?print=1"
            site.page(p, f'<!DOCTYPE html><html lang="vi"><head><meta charset="UTF-8"><title>{esc(o["pagetitle"])}</title>'
                         f'<meta name="robots" content="noindex"><link rel="canonical" href="{{{{base}}}}{a.path}"></head>'
                         f'<body onload="window.print()">{article_main(a, True)}</body></html>', content_type=HTML)
            a.aliases.append(p)
        else:
            site.same_page(f"{a.path}?print=1", a.path)
            a.aliases.append(f"{a.path}?print=1")
        for b in a.blocks:
            if b.kind == "img":
                site.binary(f"/assets/images/tin-tuc/{b.src}", image_for(b.src))
        site.add_article(a)
    site.binary(PDF_PATH, pdf("Ke hoach 21/KH-LMHTX", ["KE HOACH SO 21/KH-LMHTX", "Thang hanh dong vi HTX nam 2025"]))

    # listings: pdoPage ?page=N
    def item(a: RichArticle) -> str:
        img = next((b.src for b in a.blocks if b.kind == "img"), None)
        th = f'<a class="thumb" href="{a.path}"><img src="/assets/images/tin-tuc/{img}" alt=""></a>' if img else ""
        return (f'<div class="news-item">{th}<h3><a href="{a.path}">{esc(a.opts["pagetitle"])}</a></h3>'
                f'<span class="date">{a.date:%d/%m/%Y}</span><p class="intro">{esc(a.summary())}</p>'
                f'<a class="more" href="{a.path}">Xem thêm</a></div>')

    def listing(path: str, title: str, items: list, crumbs: list) -> None:
        chunks = [items[i:i + PER] for i in range(0, len(items), PER)] or [[]]
        for n, chunk in enumerate(chunks, 1):
            url = path if n == 1 else f"{path}?page={n}"
            pager = '<ul class="pagination">' + (f'<li class="page-item"><a class="page-link" href="{path if n == 2 else f"{path}?page={n - 1}"}">Trang trước</a></li>' if n > 1 else "")
            pager += "".join(f'<li class="page-item{" active" if k == n else ""}"><a class="page-link" href="{path if k == 1 else f"{path}?page={k}"}">{k}</a></li>'
                             for k in range(1, len(chunks) + 1))
            pager += (f'<li class="page-item"><a class="page-link" href="{path}?page={n + 1}">Trang sau</a></li>' if n < len(chunks) else "") + "</ul>"
            main = f'<h1 class="cat-title">{esc(title)}</h1><div class="news-list">{"".join(item(a) for a in chunk)}</div>{pager if len(chunks) > 1 else ""}'
            if n == 1:
                site.page(url, layout(title, main, crumbs=crumbs))
            else:
                site.page(url, layout(title, main, crumbs=crumbs), content_type=HTML)
            site.non_articles.append(url)
        if len(chunks) > 1:
            site.same_page(f"{path}?page=1", path)

    listing("/tin-tuc/", "Tin tức", news, [("/tin-tuc/", "Tin tức")])
    for cat, name in CATS.items():
        if cat == "/tin-tuc/":
            continue
        items = [a for a in arts if cat_of(a) == cat]
        crumbs = ([("/tin-tuc/", "Tin tức")] if cat.startswith("/tin-tuc/") else []) + [(cat, name)]
        listing(cat, name, items, crumbs)
    site.trap("pdoPage listings /tin-tuc/ (?page=2), /tin-tuc/hoat-dong/, /tin-tuc/kinh-te-tap-the/, /van-ban/, /thong-bao/: "
              "div.news-item with the PAGETITLE (shorter than the h1), 'dd/mm/yyyy', introtext, 'Xem thêm'", "/tin-tuc/?page=2")

    # tags (Tagger), search, contact, gallery, intro, login (disallowed)
    for t in sorted({t for a in arts for t in a.opts["tags"]}):
        items = [a for a in arts if t in a.opts["tags"]]
        main = f'<h1 class="cat-title">Thẻ: {t}</h1><div class="news-list">{"".join(item(a) for a in items)}</div>'
        site.page(f"/tin-tuc/?tags={t}", layout(f"Thẻ: {t}", main, crumbs=[("/tin-tuc/", "Tin tức"), ("", t)]), content_type=HTML)
        site.non_articles.append(f"/tin-tuc/?tags={t}")
    hits = [a for a in arts if "OCOP" in a.body + (a.lead or "")]
    res = "".join(f'<div class="sisea-result"><h3><a href="/index.php?id={a.opts["id"]}">{esc(a.opts["pagetitle"])}</a></h3>'
                  f'<div class="extract"><p>{esc(a.summary())}</p></div></div>' for a in hits)
    search = "/tim-kiem?search=OCOP&id=7"
    site.page(search, layout("Tìm kiếm", f'<h1 class="cat-title">Kết quả tìm kiếm</h1><p class="sisea-results">Tìm thấy {len(hits)} kết quả cho từ khóa "OCOP"</p>{res}',
                             crumbs=[("", "Tìm kiếm")]), content_type=HTML)
    site.non_articles.append(search)
    site.page("/lien-he", layout("Liên hệ", '<h1 class="post-title">Liên hệ</h1><div class="post-content"><p>Văn phòng Liên minh '
                                 'HTX tỉnh Bình Định</p><form action="/lien-he" method="post"><input name="name"><input name="email">'
                                 '<textarea name="message"></textarea><button type="submit">Gửi liên hệ</button></form></div>',
                                 crumbs=[("", "Liên hệ")]))
    gal = "".join(f'<div class="gallery-item"><img src="/assets/images/tin-tuc/{b.src}" alt=""><p>{esc(b.text)}</p></div>'
                  for a in arts for b in a.blocks if b.kind == "img")
    site.page("/thu-vien-anh", layout("Thư viện ảnh", f'<h1 class="post-title">Thư viện ảnh</h1><div class="gallery">{gal}</div>',
                                      crumbs=[("", "Thư viện ảnh")]))
    intro = ('<article class="post-detail"><h1 class="post-title">Giới thiệu Liên minh Hợp tác xã tỉnh Bình Định</h1>'
             '<div class="post-intro">Liên minh HTX tỉnh Bình Định được thành lập năm 1993, là tổ chức chính trị - xã hội '
             'đại diện cho các HTX trong tỉnh.</div><div class="post-content"><h3>Chức năng, nhiệm vụ</h3><ul><li>Đại diện, '
             'bảo vệ quyền và lợi ích hợp pháp của thành viên;</li><li>Tư vấn, hỗ trợ, đào tạo nguồn nhân lực cho HTX;</li>'
             '<li>Tuyên truyền chủ trương, chính sách về kinh tế tập thể.</li></ul></div></article>')
    site.page("/gioi-thieu", layout("Giới thiệu", intro, crumbs=[("", "Giới thiệu")]))
    site.same_page("/index.php?id=2", "/gioi-thieu")
    site.non_articles += ["/lien-he", "/thu-vien-anh", "/gioi-thieu", "/index.php?id=2"]
    site.trap("introduction /gioi-thieu in the article template (h1.post-title, post-intro, post-content) without the date "
              "line; /lien-he (FormIt), /thu-vien-anh (Gallery), SimpleSearch /tim-kiem?search=OCOP&id=7 (results link "
              "/index.php?id=<n>), Tagger lists /tin-tuc/?tags=<tag>: no articles", "/gioi-thieu")
    site.never_fetched += ["/dang-nhap", "/manager/"]
    for p in site.never_fetched:
        site.page(p, "<!DOCTYPE html><html><head><meta charset='UTF-8'><title>Đăng nhập</title></head><body><form></form></body></html>")
    site.static("/robots.txt", "User-agent: *\nDisallow: /manager/\nDisallow: /connectors/\nDisallow: /core/\n"
                "Disallow: /dang-nhap\nDisallow: /assets/components/\n")

    # home
    notices = [a for a in arts if a.path.startswith("/thong-bao/")]
    top = "".join(item(a) for a in news[:5])
    nb = "".join(f'<li><a href="{a.path}">{esc(a.opts["pagetitle"])}</a> <span class="date">{a.date:%d/%m/%Y}</span></li>'
                 for a in notices)
    docs = "".join(f'<li><a href="/index.php?id={a.opts["id"]}">{esc(a.opts["pagetitle"])}</a></li>'
                   for a in arts if a.path.startswith("/van-ban/"))
    home = (f'<div class="home-news"><h2 class="block-title">Tin mới</h2>{top}<a class="more" href="/tin-tuc/">Xem thêm</a></div>'
            f'<div class="home-notice"><h2 class="block-title">Thông báo</h2><ul>{nb}</ul></div>'
            f'<div class="home-docs"><h2 class="block-title">Văn bản mới</h2><ul>{docs}</ul></div>'
            '<p><a href="/dang-nhap">Đăng nhập</a> | <a href="/tim-kiem?search=OCOP&amp;id=7">Tin về OCOP</a></p>')
    site.page("/", layout("Trang chủ", home))
    site.non_articles.append("/")
    site.binary("/assets/templates/lmhtx/img/logo.png", image_for("logo-bd"))
    return site
