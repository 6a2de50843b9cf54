"""Site `lmhtx-camau` (registry family `generic`): a home-made CMS with a modern, Bootstrap-like
div layout whose class names say nothing (`div.col-lg-4 > div.card`, `section.s3`, `div.ct`).

URL shapes: articles `/<slug>.<id>` with no extension (served as text/html by a route), the
category `/tin-hoat-dong` and its pages `/tin-hoat-dong/trang-N`; static pages use the article
shape too (`/gioi-thieu-chung.5`). Every page carries `<meta name="author">` with the SITE name and
`og:type=article` (the home page too). The date line under the h1 reads
"Thứ Ba, 14/03/2023 | 08:30"; the byline, when there is one, is the last `<p class="text-end">`
of `div.ct` ("Theo: X" or a plain name). RSS only through `<link rel="alternate">`; the sitemap
only through robots.txt. Registry entry: no selectors, no patterns, no feeds, no sitemaps.
"""

from __future__ import annotations

from datetime import datetime

from .core import (
    POLL_OPTIONS,
    RATING,
    RATING_CLICK,
    TODAY_2026,
    Article,
    SiteBuild,
    attr,
    dmy,
    esc,
    image_for,
    inline_html,
    iso,
    listing_pages,
    weekday,
)

SITE = "lmhtx-camau"
NAME = "Liên minh Hợp tác xã tỉnh Cà Mau"
SHORT = "Liên minh HTX tỉnh Cà Mau"
LISTING = "/tin-hoat-dong"
RSS = "/rss/tin-hoat-dong.rss"
INTRO = "/gioi-thieu-chung.5"
CONTACT = "/lien-he"
STUB = "/ngay-hoi-san-pham-ocop-ca-mau-nam-2024.151"
SITEMAP_ONLY = "/ba-khia-muoi-rach-goc-cua-htx-tan-an-dat-chuan-ocop-3-sao.98"
YEARLESS = "/tap-huan-ky-nang-ban-hang-truc-tuyen-cho-htx.133"
HTML = "text/html; charset=utf-8"

TODAY = f"{weekday(TODAY_2026)}, {dmy(TODAY_2026)}"
SLOGANS = ["Nhiệt liệt chào mừng Ngày Hợp tác xã Việt Nam 11/4!",
           "Đoàn kết - Hợp tác - Đổi mới - Phát triển"]
WEATHER = ("Thời tiết Cà Mau", "31°C", "Nắng gián đoạn, chiều tối có mưa rào", "Độ ẩm: 78%")
COUNTER = ("Lượt truy cập", "Đang online: 9", "Hôm nay: 57", "Hôm qua: 164", "Tổng lượt truy cập: 1.204.337")
POLL_Q = "Bạn thường tìm thông tin gì trên Cổng thông tin của Liên minh HTX tỉnh?"
POLL_A = ("Chính sách hỗ trợ hợp tác xã", "Sản phẩm OCOP của HTX", "Mô hình HTX kiểu mới", "Văn bản chỉ đạo, điều hành")
FOOTER = ["Cơ quan chủ quản: Liên minh Hợp tác xã tỉnh Cà Mau",
          "Chịu trách nhiệm nội dung: Ông Trần Quốc Bảo - Chủ tịch Liên minh HTX tỉnh Cà Mau",
          "Giấy phép số 05/GP-TTĐT ngày 18/5/2021 của Sở Thông tin và Truyền thông tỉnh Cà Mau",
          "Địa chỉ: Số 98 Phan Ngọc Hiển, Phường 5, TP Cà Mau, tỉnh Cà Mau",
          "Điện thoại: 0290.3831.425",
          "Email: lmhtx@camau.gov.vn",
          "Ghi rõ nguồn “Liên minh HTX tỉnh Cà Mau” khi phát hành lại thông tin từ Cổng thông tin này",
          "Copyright © 2021 Liên minh HTX tỉnh Cà Mau. Technology Supported by VNPT Cà Mau"]
SHARE = ("Chia sẻ", "Facebook", "Zalo", "In bài viết", "Gửi email")
HEADINGS = ("Tin mới", "Tin xem nhiều", "Liên kết website", "Tin cùng chuyên mục")

BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", WEATHER[0], WEATHER[2], WEATHER[3],
               *COUNTER, POLL_Q, *POLL_A, "Bình chọn", "Xem kết quả", RATING, RATING_CLICK, *FOOTER,
               *SHARE, *HEADINGS]
assert not set(POLL_A) & set(POLL_OPTIONS)


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=SITEMAP_ONLY,
          title="Ba khía muối Rạch Gốc của HTX Tân Ân đạt chuẩn OCOP 3 sao",
          date=datetime(2022, 8, 17, 9, 10), listed=False,
          lead="Sản phẩm ba khía muối Rạch Gốc của HTX Thủy sản Tân Ân (huyện Ngọc Hiển) vừa được UBND tỉnh công nhận đạt chuẩn OCOP 3 sao.",
          body="""
Ba khía được thành viên HTX đánh bắt tự nhiên dưới tán rừng đước, muối theo bí quyết truyền thống của người dân Rạch Gốc và đóng hũ 500 gam có nhãn mác, mã vạch.
[img ba-khia-rach-goc.png] Thành viên HTX Thủy sản Tân Ân đóng hũ ba khía muối
Để đạt chuẩn OCOP, HTX đã đầu tư nhà sơ chế đạt điều kiện an toàn thực phẩm, xây dựng quy trình kiểm soát độ mặn và thời gian ủ, đăng ký nhãn hiệu tập thể.
Mỗi năm, HTX tiêu thụ khoảng 25 tấn ba khía muối, doanh thu trên 3 tỷ đồng, tạo việc làm thường xuyên cho 30 lao động địa phương.
""",
          byline="Kim Ngân", author="Kim Ngân",
          published=iso(datetime(2022, 8, 17, 9, 10)), published_source="date-element", evidence=["date-element"],
          notes=["linked from nowhere: only /sitemap.xml lists it (robots.txt announces the sitemap)"]),
        A(path="/quy-ho-tro-phat-trien-htx-giai-ngan-12-ty-dong-cho-18-htx.104",
          title="Quỹ hỗ trợ phát triển HTX giải ngân 12 tỷ đồng cho 18 HTX",
          date=datetime(2022, 11, 22, 15, 45),
          body="""
Năm 2022, Quỹ hỗ trợ phát triển hợp tác xã tỉnh Cà Mau đã giải ngân 12 tỷ đồng cho 18 HTX vay vốn với lãi suất ưu đãi 4,8%/năm, tăng 3 tỷ đồng so với năm trước.
Nguồn vốn chủ yếu được các HTX đầu tư nâng cấp ao nuôi tôm - rừng, mua máy móc chế biến, xây dựng kho lạnh và mở rộng dịch vụ cung ứng vật tư cho thành viên.
[img quy-ho-tro-htx-ca-mau.png] Cán bộ Quỹ thẩm định phương án vay vốn tại HTX Nông nghiệp Khánh Bình
HTX Nông nghiệp Khánh Bình (huyện Trần Văn Thời) được vay 800 triệu đồng để đầu tư lò sấy lúa, giúp thành viên giảm hao hụt sau thu hoạch từ 8% xuống còn 3%.
Theo Ban điều hành Quỹ, tỷ lệ nợ quá hạn hiện dưới 1%; các HTX vay vốn đều sử dụng đúng mục đích, hoàn trả đầy đủ gốc và lãi theo kỳ hạn.
""",
          byline="Theo: Hoàng Vũ", author="Hoàng Vũ", **dated(datetime(2022, 11, 22, 15, 45)),
          notes=["pagination: /tin-hoat-dong/trang-2 holds the two oldest listed articles, reachable only through it"]),
        A(path="/hoi-nghi-tong-ket-cong-tac-nam-2022-cua-lien-minh-htx-tinh.112",
          title="Hội nghị tổng kết công tác năm 2022 của Liên minh HTX tỉnh",
          date=datetime(2023, 1, 10, 7, 50),
          lead="Sáng 09/01/2023, Liên minh HTX tỉnh Cà Mau tổ chức Hội nghị tổng kết công tác năm 2022, triển khai phương hướng, nhiệm vụ năm 2023.",
          body="""
Năm 2022, toàn tỉnh thành lập mới 42 HTX, nâng tổng số lên 368 HTX với hơn 21.000 thành viên; doanh thu bình quân đạt 2,6 tỷ đồng/HTX/năm.
Liên minh HTX tỉnh đã tư vấn thành lập mới 27 HTX, tổ chức 14 lớp bồi dưỡng cho 720 lượt cán bộ quản lý và hỗ trợ 35 HTX tham gia hội chợ, xúc tiến thương mại trong và ngoài tỉnh.
[img tong-ket-2022-ca-mau.png] Quang cảnh Hội nghị tổng kết công tác năm 2022
## Chỉ tiêu năm 2023
* Thành lập mới ít nhất 40 HTX và 60 tổ hợp tác;
* 70% HTX hoạt động đạt loại khá, tốt;
* Hỗ trợ 10 HTX xây dựng sản phẩm đạt chuẩn OCOP.
Dịp này, Liên minh HTX tỉnh khen thưởng 11 tập thể và 16 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2022.
""",
          byline="Phương Thảo", author="Phương Thảo", **dated(datetime(2023, 1, 10, 7, 50))),
        A(path="/htx-tom-rung-nam-can-lien-ket-xuat-khau.126",
          title="HTX tôm rừng Năm Căn liên kết xuất khẩu",
          date=datetime(2023, 3, 14, 8, 30),
          lead="Từ một tổ hợp tác nhỏ, HTX Tôm rừng Năm Căn nay đã có 120 thành viên, liên kết với doanh nghiệp đưa tôm sinh thái dưới tán rừng ngập mặn sang thị trường châu Âu.",
          body="""
HTX Tôm rừng Năm Căn (huyện Năm Căn) quản lý hơn 650 ha mặt nước nuôi tôm kết hợp bảo vệ rừng đước. Thành viên cam kết không sử dụng thức ăn công nghiệp, hóa chất và kháng sinh trong quá trình nuôi.
[img tom-rung-nam-can.png] Thành viên HTX thu hoạch tôm sú dưới tán rừng đước
Năm 2022, toàn bộ diện tích của HTX được tổ chức quốc tế cấp chứng nhận nuôi tôm sinh thái. Doanh nghiệp chế biến thủy sản ký hợp đồng bao tiêu với giá cao hơn tôm nuôi thông thường 10 - 15%.
Ông Lê Văn Khởi, Giám đốc HTX cho biết, nhờ liên kết ổn định, thu nhập bình quân của thành viên đạt 150 triệu đồng/hộ/năm; HTX đang vận động thêm 40 hộ tham gia, mở rộng vùng nuôi lên 900 ha vào năm 2025.
""",
          byline="Theo: Trúc Linh", author="Trúc Linh", **dated(datetime(2023, 3, 14, 8, 30)),
          notes=["date line 'Thứ Ba, 14/03/2023 | 08:30' under the h1; byline 'Theo: Trúc Linh' ends the text (author: Trúc Linh)"]),
        A(path=YEARLESS,
          title="Tập huấn kỹ năng bán hàng trực tuyến cho HTX",
          date=datetime(2023, 6, 9),
          body="""
Trong hai ngày 08 - 09/6, Liên minh HTX tỉnh phối hợp với Sở Công Thương tổ chức lớp tập huấn kỹ năng bán hàng trực tuyến cho 65 học viên là cán bộ quản lý, thành viên các HTX, tổ hợp tác trên địa bàn tỉnh.
Học viên được hướng dẫn cách chụp ảnh sản phẩm, viết nội dung giới thiệu, livestream bán hàng và mở gian hàng trên các sàn thương mại điện tử.
[img ban-hang-truc-tuyen-htx.png] Học viên thực hành livestream giới thiệu sản phẩm khô cá bổi
Kết thúc lớp học, 12 HTX đã mở gian hàng trực tuyến với các sản phẩm chủ lực như tôm khô, khô cá bổi, mật ong U Minh Hạ và cua Cà Mau.
""",
          byline="Kim Ngân", author="Kim Ngân",
          published=iso(datetime(2023, 6, 9), False), published_source="listing", evidence=["listing"],
          opts={"yearless": True},
          notes=["year-less date line 'Thứ Sáu, 09/06' (no year, no time); the body says '08 - 09/6'; the listing shows 09/06/2023 -> published from the listing"]),
        A(path="/mat-ong-rung-u-minh-ha-htx-giu-nghe-nang-gia-tri.140",
          title="Mật ong rừng U Minh Hạ: HTX giữ nghề, nâng giá trị",
          date=datetime(2023, 9, 26, 10, 5),
          body="""
Nghề gác kèo ong ở rừng tràm U Minh Hạ đã được công nhận là Di sản văn hóa phi vật thể quốc gia. Để giữ nghề và nâng giá trị sản phẩm, nhiều hộ gác kèo đã liên kết thành lập HTX.
HTX Dịch vụ ong mật U Minh (huyện U Minh) hiện có 45 thành viên, gác hơn 3.000 kèo ong trên diện tích rừng tràm 1.200 ha, sản lượng mật mỗi năm khoảng 18 tấn.
## Những thay đổi từ khi vào HTX
* Mật ong được thu mua với giá ổn định 350.000 - 400.000 đồng/lít;
* Sản phẩm có tem truy xuất nguồn gốc, đạt chuẩn OCOP 4 sao;
* Thành viên được tập huấn kỹ thuật khai thác mật, bảo vệ rừng và phòng cháy chữa cháy rừng.
[img mat-ong-u-minh-ha.png] Thành viên HTX khai thác mật ong trên kèo tràm
Thời gian tới, HTX sẽ phát triển thêm dịch vụ du lịch trải nghiệm gác kèo ong, gắn sản phẩm mật ong với các tour du lịch sinh thái rừng tràm.
""",
          **dated(datetime(2023, 9, 26, 10, 5)),
          notes=["no byline at all: author is null (the page's <meta name=author> is the site's name, not a person)"]),
        A(path="/tuyen-truyen-luat-hop-tac-xa-nam-2023-den-can-bo-co-so.147",
          title="Tuyên truyền Luật Hợp tác xã năm 2023 đến cán bộ cơ sở",
          date=datetime(2024, 1, 18, 14, 15),
          lead="Liên minh HTX tỉnh Cà Mau vừa tổ chức 9 hội nghị tuyên truyền Luật Hợp tác xã năm 2023 cho hơn 900 cán bộ cấp xã, cán bộ quản lý HTX và tổ hợp tác.",
          body="""
Luật Hợp tác xã năm 2023 được Quốc hội thông qua ngày 20/6/2023, có hiệu lực thi hành từ ngày 01/7/2024, gồm 11 chương, 115 điều với nhiều điểm mới so với Luật năm 2012.
Tại các hội nghị, báo cáo viên giới thiệu quy định về tổ hợp tác, thành viên liên kết góp vốn, tài sản không chia, chính sách hỗ trợ của Nhà nước và trách nhiệm của UBND cấp xã trong quản lý nhà nước về kinh tế tập thể.
[img tuyen-truyen-luat-htx-ca-mau.png] Hội nghị tuyên truyền Luật Hợp tác xã năm 2023 tại huyện Thới Bình
Nhiều đại biểu kiến nghị sớm ban hành văn bản hướng dẫn để các HTX sửa đổi điều lệ, chuyển đổi tổ hợp tác đủ điều kiện lên HTX.
""",
          byline="Theo: Hoàng Vũ", author="Hoàng Vũ", **dated(datetime(2024, 1, 18, 14, 15))),
        A(path="/htx-lua-tom-thoi-binh-chuyen-doi-so-trong-san-xuat.155",
          title="HTX lúa - tôm Thới Bình chuyển đổi số trong sản xuất",
          date=datetime(2024, 4, 11, 8, 0),
          lead="Hưởng ứng Ngày Hợp tác xã Việt Nam 11/4, HTX Nông nghiệp Tân Thành (huyện Thới Bình) đưa vào sử dụng phần mềm nhật ký điện tử cho toàn bộ 380 ha lúa - tôm.",
          body="""
Mỗi thành viên được cài ứng dụng trên điện thoại để ghi chép lịch thả giống, bón phân, thu hoạch; dữ liệu được HTX tổng hợp để cấp mã truy xuất nguồn gốc cho từng lô gạo và tôm.
[img lua-tom-thoi-binh.png] Cán bộ HTX hướng dẫn thành viên ghi nhật ký điện tử trên điện thoại
Nhờ minh bạch quy trình sản xuất, gạo hữu cơ của HTX được doanh nghiệp thu mua cao hơn giá thị trường 1.500 đồng/kg; tôm càng xanh nuôi xen trong ruộng lúa bán được 180.000 đồng/kg.
Liên minh HTX tỉnh đánh giá đây là mô hình HTX kiểu mới tiêu biểu, sẽ hỗ trợ nhân rộng ra các HTX sản xuất lúa - tôm ở các huyện U Minh, Trần Văn Thời trong năm 2024.
""",
          byline="Phương Thảo", author="Phương Thảo", **dated(datetime(2024, 4, 11, 8, 0))),
    ]


STUB_ARTICLE = Article(path=STUB, title="Ngày hội sản phẩm OCOP Cà Mau năm 2024", date=datetime(2024, 3, 2, 16, 40),
                       body="[img ngay-hoi-ocop-ca-mau-2024.png] Gian hàng của các HTX tại Ngày hội sản phẩm OCOP Cà Mau năm 2024")


# -- markup ------------------------------------------------------------------------------------

def date_line(a: Article) -> str:
    if a.opts.get("yearless"):
        return f"{weekday(a.date)}, {a.date:%d/%m}"
    return f"{weekday(a.date)}, {dmy(a.date)} | {a.date:%H:%M}"


def img(src: str) -> str:
    return f"/uploads/news/{src}"


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f"<p>{inline_html(b.text)}</p>")
        elif b.kind == "h":
            parts.append(f"<h3>{inline_html(b.text)}</h3>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<figure class="image"><img src="{img(b.src)}" alt="{attr(b.text)}" class="img-fluid">'
                         + (f"<figcaption>{inline_html(b.text)}</figcaption>" if b.text else "") + "</figure>")
    if a.byline:
        parts.append(f'<p class="text-end"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def card(heading: str, inner: str) -> str:
    return (f'<div class="card mb-3"><div class="card-header fw-bold">{heading}</div>'
            f'<div class="card-body">{inner}</div></div>')


def side(items: list[Article]) -> str:
    newest = "".join(f'<li class="list-group-item"><a href="{a.path}">{esc(a.title)}</a></li>' for a in items[:4])
    most = "".join(f'<li class="list-group-item"><a href="{a.path}">{esc(a.title)}</a></li>'
                   for a in (items[4], items[2], items[1]))
    options = "".join(f'<div class="form-check"><input class="form-check-input" type="radio" name="bc" id="bc{i}" value="{i}">'
                      f'<label class="form-check-label" for="bc{i}">{esc(o)}</label></div>' for i, o in enumerate(POLL_A, 1))
    name, temp, sky, humidity = WEATHER
    c_title, online, today, yesterday, total = COUNTER
    return "\n".join([
        card("Tin mới", f'<ul class="list-group list-group-flush">{newest}</ul>'),
        card("Tin xem nhiều", f'<ul class="list-group list-group-flush">{most}</ul>'),
        card("Ý kiến bạn đọc", f'<p class="fw-semibold">{esc(POLL_Q)}</p>{options}'
             '<div class="mt-2"><button type="button" class="btn btn-primary btn-sm">Bình chọn</button> '
             '<button type="button" class="btn btn-outline-secondary btn-sm">Xem kết quả</button></div>'),
        card(name, f'<div class="d-flex align-items-center"><span class="display-6 me-3">{temp}</span>'
             f'<div><div>{sky}</div><div class="small">{humidity}</div></div></div>'),
        card(c_title, f'<div class="small">{online}</div><div class="small">{today}</div>'
             f'<div class="small">{yesterday}</div><div class="fw-bold">{total}</div>'),
    ])


def layout(title: str, main: str, items: list[Article], *, path: str, description: str,
           og_type: str = "article", page_title: str | None = None) -> str:
    menu = "".join(f'<li class="nav-item"><a class="nav-link text-white" href="{href}">{text}</a></li>'
                   for href, text in [("/", "Trang chủ"), (INTRO, "Giới thiệu"), (LISTING, "Tin hoạt động"),
                                      (CONTACT, "Liên hệ")])
    partners = "".join(f'<div class="col-6 col-md-3"><a class="d-block p-2 border rounded text-center" '
                       f'href="{{{{base:offsite}}}}{href}" target="_blank">{esc(text)}</a></div>'
                       for text, href in [("Cổng thông tin điện tử Chính phủ", "/chinh-phu/"),
                                          ("Liên minh Hợp tác xã Việt Nam", "/lmhtx-vn/"),
                                          ("Báo Kinh tế hợp tác", "/tin-tuc/bai-viet-1.html"),
                                          ("Bộ Kế hoạch và Đầu tư", "/bo-khdt/")])
    footer = "".join(f'<div class="small">{esc(line)}</div>' for line in FOOTER)
    return f"""<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{esc(page_title or title)} | {SHORT}</title>
<meta name="author" content="{SHORT}">
<meta name="description" content="{attr(description)}">
<meta name="keywords" content="hợp tác xã, HTX, kinh tế tập thể, OCOP, Cà Mau">
<meta property="og:type" content="{og_type}">
<meta property="og:site_name" content="{SHORT}">
<meta property="og:title" content="{attr(title)}">
<meta property="og:description" content="{attr(description)}">
<meta property="og:url" content="{{{{base}}}}{path}">
<meta property="og:image" content="{{{{base}}}}/assets/img/og-lmhtx.png">
<link rel="canonical" href="{{{{base}}}}{path}">
<link rel="alternate" type="application/rss+xml" title="{SHORT} - Tin hoạt động" href="{{{{base}}}}{RSS}">
<link rel="icon" href="/assets/img/favicon.png">
<link rel="stylesheet" href="/assets/css/bootstrap.min.css">
<link rel="stylesheet" href="/assets/css/main.css">
</head>
<body>
<div class="tb bg-light border-bottom"><div class="container d-flex justify-content-between small py-1">
<div><i class="bi bi-calendar3"></i> <span>{TODAY}</span></div>
<div><a href="javascript:void(0)" data-fs="-1">A-</a> <a href="javascript:void(0)" data-fs="0">A</a> <a href="javascript:void(0)" data-fs="1">A+</a>
<span class="mx-1">|</span><a href="javascript:void(0)" data-ct="1">Tăng tương phản</a> <a href="javascript:void(0)" data-ct="0">Giảm tương phản</a></div>
</div></div>
<div class="hd py-3"><div class="container"><div class="row align-items-center">
<div class="col-md-8"><a class="d-flex align-items-center text-decoration-none" href="/"><img src="/assets/img/logo.png" alt="{SHORT}" width="80" height="80">
<div class="ms-3"><div class="fs-4 fw-bold text-uppercase">{NAME}</div><div class="small text-muted">Cổng thông tin điện tử</div></div></a></div>
<div class="col-md-4"><form class="d-flex" action="/tim-kiem" method="get"><input class="form-control me-2" type="text" name="q" placeholder="Nhập từ khóa..."><button class="btn btn-success" type="submit">Tìm</button></form></div>
</div></div></div>
<div class="s0 bg-success text-white py-1"><div class="container"><div class="run">{" &nbsp;&nbsp;&bull;&nbsp;&nbsp; ".join(esc(s) for s in SLOGANS)}</div></div></div>
<div class="mn bg-primary"><div class="container"><ul class="nav">{menu}</ul></div></div>
<div class="container my-4"><div class="row">
<div class="col-lg-8">
{main}
</div>
<div class="col-lg-4">
{side(items)}
</div>
</div></div>
<section class="s3 py-3 bg-light"><div class="container"><div class="fw-bold mb-2">Liên kết website</div><div class="row g-2">{partners}</div></div></section>
<div class="ft bg-dark text-white py-4"><div class="container">
<div class="fw-bold text-uppercase mb-2">{NAME}</div>
{footer}
</div></div>
<script src="/assets/js/bootstrap.bundle.min.js"></script>
<script src="/assets/js/main.js"></script>
</body>
</html>
"""


def news_card(a: Article, col: str = "col-md-6") -> str:
    date = f"{a.date:%d/%m/%Y}"
    pic = a.first_image()
    return (f'<div class="{col} mb-3"><div class="card h-100">'
            + (f'<a href="{a.path}"><img src="{img(pic)}" class="card-img-top" alt="{attr(a.title)}"></a>' if pic else "")
            + f'<div class="card-body"><h5 class="card-title fs-6"><a href="{a.path}">{esc(a.title)}</a></h5>'
              f'<div class="small text-muted mb-1">{date}</div><p class="card-text small">{esc(a.summary())}</p></div></div></div>')


def article_main(a: Article, related: list[Article]) -> str:
    lead = f'<p class="lead fw-bold">{inline_html(a.lead)}</p>\n' if a.lead else ""
    rel = "".join(news_card(o, "col-md-6") for o in related)
    return f"""<ol class="breadcrumb small"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item"><a href="{LISTING}">Tin hoạt động</a></li></ol>
<div class="dt">
<h1 class="fs-3 fw-bold mb-2">{esc(a.title)}</h1>
<div class="text-muted small mb-3"><i class="bi bi-clock"></i> {date_line(a)}</div>
{lead}<div class="ct">
{render_body(a)}
</div>
<div class="d-flex flex-wrap align-items-center gap-2 border-top border-bottom py-2 my-3 small">
<span class="fw-bold">Chia sẻ</span> <a class="btn btn-sm btn-outline-primary" href="javascript:void(0)">Facebook</a>
<a class="btn btn-sm btn-outline-info" href="javascript:void(0)">Zalo</a>
<a class="btn btn-sm btn-outline-secondary" href="javascript:window.print()">In bài viết</a>
<a class="btn btn-sm btn-outline-secondary" href="javascript:void(0)">Gửi email</a></div>
<div class="small text-muted"><span>{RATING}</span> <span class="text-warning">&#9733;&#9733;&#9733;&#9733;&#9733;</span> <a href="javascript:void(0)">{RATING_CLICK}</a></div>
</div>
<div class="mt-4"><div class="fw-bold border-bottom mb-3 pb-1">Tin cùng chuyên mục</div><div class="row">{rel}</div></div>"""


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ca-mau", NAME, "generic", None,
                     start_urls=["{{base:lmhtx-camau}}/", "{{base:lmhtx-camau}}" + LISTING])
    site.extra_boilerplate += BOILERPLATE
    all_items = sorted(articles(), key=lambda a: a.date, reverse=True)
    items = [a for a in all_items if a.listed]
    for a in all_items:
        site.add_article(a)
    site.only_in[SITEMAP_ONLY] = "sitemap"

    for a in all_items + [STUB_ARTICLE]:
        related = [o for o in items if o is not a][:4]
        site.page(a.path, layout(a.title, article_main(a, related), items, path=a.path, description=a.summary()),
                  content_type=HTML)
    site.non_articles.append(STUB)
    site.trap("caption-only stub in the article URL shape (h1, date line, one photo + caption): not an article", STUB)

    # the category and its pages
    pages = listing_pages(items, 5)
    page_path = lambda n: LISTING if n == 1 else f"{LISTING}/trang-{n}"  # noqa: E731
    for n, chunk in enumerate(pages, 1):
        cards = "\n".join(f"""<div class="row border-bottom py-3">
<div class="col-4"><a href="{a.path}"><img src="{img(a.first_image())}" class="img-fluid rounded" alt="{attr(a.title)}"></a></div>
<div class="col-8"><h5 class="fs-6 fw-bold"><a href="{a.path}">{esc(a.title)}</a></h5><div class="small text-muted">{dmy(a.date)}</div>
<p class="small mb-0">{esc(a.summary())}</p></div></div>""" for a in chunk)
        nav = "".join(f'<li class="page-item active"><span class="page-link">{k}</span></li>' if k == n else
                      f'<li class="page-item"><a class="page-link" href="{page_path(k)}">{k}</a></li>'
                      for k in range(1, len(pages) + 1))
        if n < len(pages):
            nav += f'<li class="page-item"><a class="page-link" href="{page_path(n + 1)}">Trang sau »</a></li>'
        main = f"""<ol class="breadcrumb small"><li class="breadcrumb-item"><a href="/">Trang chủ</a></li><li class="breadcrumb-item active">Tin hoạt động</li></ol>
<div class="fs-4 fw-bold text-uppercase border-bottom mb-2">Tin hoạt động</div>
{cards}
<ul class="pagination pagination-sm mt-3">{nav}</ul>"""
        title = "Tin hoạt động" + (f" - Trang {n}" if n > 1 else "")
        site.page(page_path(n), layout(title, main, items, path=page_path(n), og_type="website",
                                       description="Tin hoạt động của Liên minh HTX tỉnh Cà Mau"), content_type=HTML)

    # home page: og:type=article, a long introduction, the newest articles
    top, rest = items[0], items[1:5]
    intro = ("Liên minh Hợp tác xã tỉnh Cà Mau là tổ chức chính trị - xã hội và kinh tế, đại diện cho các hợp tác xã, "
             "liên hiệp hợp tác xã và tổ hợp tác trên địa bàn tỉnh. Trải qua hơn 25 năm xây dựng và phát triển, Liên minh "
             "đã làm tốt vai trò nòng cốt trong tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước về "
             "kinh tế tập thể; tư vấn thành lập mới hợp tác xã; bồi dưỡng nguồn nhân lực; hỗ trợ tiếp cận vốn, xúc tiến "
             "thương mại và ứng dụng khoa học công nghệ. Đến nay, toàn tỉnh có hơn 360 hợp tác xã hoạt động trong các lĩnh "
             "vực nuôi trồng thủy sản, sản xuất lúa - tôm, khai thác mật ong rừng tràm, chế biến hải sản, du lịch sinh thái "
             "và dịch vụ, góp phần nâng cao thu nhập cho hàng chục nghìn thành viên, người lao động ở vùng nông thôn ven biển. "
             "Cổng thông tin điện tử của Liên minh là kênh cung cấp thông tin chính thức về hoạt động của Liên minh, các cơ "
             "chế, chính sách hỗ trợ và những mô hình hợp tác xã kiểu mới tiêu biểu của tỉnh.")
    main = f"""<section class="s1 mb-4"><div class="row">
<div class="col-md-7"><a href="{top.path}"><img src="{img(top.first_image())}" class="img-fluid rounded" alt="{attr(top.title)}"></a></div>
<div class="col-md-5"><h2 class="fs-4 fw-bold"><a href="{top.path}">{esc(top.title)}</a></h2><div class="small text-muted">{dmy(top.date)}</div><p>{esc(top.summary())}</p></div>
</div></section>
<section class="s2 mb-4"><div class="d-flex justify-content-between border-bottom mb-3"><a class="fs-5 fw-bold text-uppercase" href="{LISTING}">Tin hoạt động</a><a class="small" href="{LISTING}">Xem tất cả »</a></div>
<div class="row">{"".join(news_card(a) for a in rest)}</div></section>
<section class="s4 mb-4"><div class="fs-5 fw-bold text-uppercase border-bottom mb-3">Giới thiệu</div>
<p class="text-justify">{esc(intro)}</p><a class="btn btn-outline-success btn-sm" href="{INTRO}">Tìm hiểu thêm</a></section>
<section class="s5 mb-4"><div class="fs-5 fw-bold text-uppercase border-bottom mb-3">Sự kiện qua ảnh</div>
<a href="{STUB}"><img src="{img(STUB_ARTICLE.first_image())}" class="img-fluid rounded" alt="{attr(STUB_ARTICLE.title)}"></a>
<div class="mt-1"><a href="{STUB}">{esc(STUB_ARTICLE.title)}</a></div></section>"""
    site.page("/", layout(NAME, main, items, path="/", page_title="Trang chủ",
                          description="Cổng thông tin điện tử Liên minh Hợp tác xã tỉnh Cà Mau"))
    site.non_articles.append("/")
    site.trap("home page: <meta property=og:type content=article>, <meta name=author> = the site's name, "
              "a long introduction paragraph: not an article", "/")

    # static pages in the article URL shape, and a contact page
    paras = [
        "Liên minh Hợp tác xã tỉnh Cà Mau được thành lập năm 1997, là thành viên của Liên minh Hợp tác xã Việt Nam, chịu sự lãnh đạo của Tỉnh ủy và quản lý nhà nước của UBND tỉnh.",
        "Liên minh có chức năng đại diện, bảo vệ quyền và lợi ích hợp pháp của thành viên; tuyên truyền, vận động phát triển kinh tế tập thể; tư vấn, hỗ trợ, cung cấp dịch vụ cho hợp tác xã, liên hiệp hợp tác xã và tổ hợp tác.",
        "Cơ quan Liên minh gồm Văn phòng, Ban Kiểm tra, Phòng Chính sách - Tuyên truyền, Phòng Tư vấn - Hỗ trợ và Quỹ hỗ trợ phát triển hợp tác xã tỉnh.",
    ]
    main = (f'<div class="dt"><h1 class="fs-3 fw-bold mb-3">Giới thiệu chung</h1><div class="ct">'
            + "".join(f"<p>{esc(p)}</p>" for p in paras) + "</div></div>")
    site.page(INTRO, layout("Giới thiệu chung", main, items, path=INTRO, description=paras[0]), content_type=HTML)
    main = f"""<div class="dt"><h1 class="fs-3 fw-bold mb-3">Liên hệ</h1>
<p>{esc(NAME)}</p><p>Số 98 Phan Ngọc Hiển, Phường 5, TP Cà Mau</p><p>Điện thoại: 0290.3831.425 - Fax: 0290.3831.426</p>
<form action="/lien-he" method="post"><div class="mb-2"><label class="form-label">Họ và tên</label><input class="form-control" name="ten"></div>
<div class="mb-2"><label class="form-label">Nội dung</label><textarea class="form-control" name="noidung" rows="5"></textarea></div>
<button type="submit" class="btn btn-success">Gửi liên hệ</button></form></div>"""
    site.page(CONTACT, layout("Liên hệ", main, items, path=CONTACT, og_type="website",
                              description="Liên hệ Liên minh HTX tỉnh Cà Mau"), content_type=HTML)
    site.non_articles += [INTRO, CONTACT]
    site.trap("introduction page in the article URL shape (h1 and paragraphs, no date) and a contact page: not articles", INTRO)

    # RSS (linked only from <link rel=alternate>) and sitemap (announced only in robots.txt)
    entries = "\n".join(f"""<item>
<title>{esc(a.title)}</title>
<link>{{{{base}}}}{a.path}</link>
<guid isPermaLink="true">{{{{base}}}}{a.path}</guid>
<pubDate>{a.date.strftime('%a, %d %b %Y %H:%M:%S')} +0700</pubDate>
<description>{esc(a.summary())}</description>
</item>""" for a in items[:5])
    site.page(RSS, f"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0">
<channel>
<title>{SHORT} - Tin hoạt động</title>
<link>{{{{base}}}}{LISTING}</link>
<description>Tin hoạt động của {SHORT}</description>
<language>vi-VN</language>
{entries}
</channel>
</rss>
""", content_type="application/rss+xml; charset=utf-8")
    site.trap("RSS feed linked only from <link rel=alternate type=application/rss+xml> in the head (not in the registry); "
              "it lists the five newest articles", RSS)

    urls = [("/", "2024-04-11"), (LISTING, "2024-04-11"), (INTRO, "2021-05-20")] + \
        [(a.path, a.date.replace(day=min(a.date.day + 3, 28)).strftime("%Y-%m-%d")) for a in all_items]
    site.static("/sitemap.xml", '<?xml version="1.0" encoding="UTF-8"?>\n'
                '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n'
                + "\n".join(f"<url><loc>{{{{base}}}}{p}</loc><lastmod>{m}</lastmod><changefreq>weekly</changefreq></url>"
                            for p, m in urls) + "\n</urlset>\n")
    site.static("/robots.txt", "User-agent: *\nDisallow: /quan-tri/\nDisallow: /tim-kiem\n\n"
                "Sitemap: {{base}}/sitemap.xml\n")
    for asset in ("/assets/img/favicon.png", "/assets/img/og-lmhtx.png"):
        site.binary(asset, image_for(asset))
    site.trap("article URLs /<slug>.<id> with no extension (served as text/html)", items[0].path)
    return site
