"""Site `lmhtx-bariavungtau` (registry family `generic`): a Liferay 6 portal, every block a portlet
(`div.portlet-boundary > section.portlet > div.portlet-content > div.portlet-body`), built as a
held-out test: no family module, no selectors.

URL shapes: articles `/<page>/-/view_content/content/<id>/<slug>` (no extension), the category
page `/tin-hoat-dong` and its pages `?_101_INSTANCE_<instance>_cur=N` (the asset publisher's
query parameter); the home page links the newest articles with Liferay's
`?inheritRedirect=true&redirect=%2Ftrang-chu` tail (same page, rel=canonical to the clean URL).
The date sits ABOVE the title (`div.news-date`), the portlet's own title ("Tin hoạt động") is the
page's only `<h2>`, the article title an `<h3>`; captions are centred italic paragraphs under the
photo; the byline is the last right-aligned paragraph. `<title>` is "Bài - Trang - Site".
"""

from __future__ import annotations

from datetime import datetime

from .core import (
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
    pdf,
    weekday,
)

SITE = "lmhtx-bariavungtau"
NAME = "Liên minh Hợp tác xã tỉnh Bà Rịa - Vũng Tàu"
SHORT = "Liên minh HTX tỉnh Bà Rịa - Vũng Tàu"
LISTING = "/tin-hoat-dong"
INSTANCE = "_101_INSTANCE_Xa7pQ2mLk9Rt_"
CONTACT = "/lien-he"
GALLERY = "/thu-vien-anh"
HTML = "text/html; charset=utf-8"
PDF_PATH = "/documents/20182/41537/KH-15-LMHTX.pdf"
REDIRECT_TAIL = "?inheritRedirect=true&redirect=%2Ftrang-chu"

TODAY = f"{weekday(TODAY_2026)}, ngày {dmy(TODAY_2026)}"
SLOGANS = ["Nhiệt liệt chào mừng kỷ niệm 30 năm Ngày thành lập Liên minh Hợp tác xã Việt Nam",
           "Kinh tế tập thể, hợp tác xã - nền tảng của phát triển bền vững"]
WEATHER = ("Thời tiết Vũng Tàu", "29°C", "Có mây, gió đông nam cấp 3", "Độ ẩm: 80%")
COUNTER = ("Thống kê truy cập", "Đang trực tuyến: 15", "Hôm nay: 211", "Tháng này: 6.482", "Tổng truy cập: 845.120")
POLL_Q = "Bạn đánh giá thế nào về giao diện mới của Cổng thông tin?"
POLL_A = ("Rất đẹp, dễ sử dụng", "Bình thường", "Khó tìm thông tin")
FOOTER = ["Bản quyền thuộc Liên minh Hợp tác xã tỉnh Bà Rịa - Vũng Tàu",
          "Chịu trách nhiệm nội dung: Bà Nguyễn Thị Thu Hương - Phó Chủ tịch Liên minh HTX tỉnh",
          "Giấy phép thiết lập trang thông tin điện tử số 112/GP-STTTT ngày 05/8/2020",
          "Địa chỉ: Số 198 Bạch Đằng, Phường Phước Trung, TP Bà Rịa, tỉnh Bà Rịa - Vũng Tàu",
          "Điện thoại: 0254.3826.712 - Fax: 0254.3826.713",
          "Ghi rõ nguồn 'lienminhhtx.baria-vungtau.gov.vn' khi trích dẫn thông tin từ trang này",
          "Powered by Liferay Portal - Thiết kế và phát triển: Trung tâm CNTT-TT tỉnh"]
TOOLS = ("Bản in", "Gửi email", "Chia sẻ", "Facebook", "Zalo", "Quay lại")
RATING = ("Đánh giá bài viết", "Chưa có đánh giá nào cho bài viết này")
HEADINGS = ("Tin tiêu điểm", "Liên kết website", "Các tin khác", "Khảo sát ý kiến")
LABELS = ("Tài liệu đính kèm:",)  # the attachment box after the body

BOILERPLATE = [TODAY, *SLOGANS, "Tăng tương phản", "Giảm tương phản", *WEATHER[:1], *WEATHER[2:], *COUNTER,
               POLL_Q, *POLL_A, "Gửi ý kiến", "Xem kết quả", *FOOTER, *TOOLS, *RATING, *HEADINGS, *LABELS]


def content_path(cid: int, slug: str, page: str = "tin-hoat-dong") -> str:
    return f"/{page}/-/view_content/content/{cid}/{slug}"


def dated(d: datetime) -> dict:
    return dict(published=iso(d), published_source="date-element", evidence=["date-element", "listing"])


def articles() -> list[Article]:
    A = Article
    return [
        A(path=content_path(2531877, "hoi-nghi-ban-chap-hanh-lien-minh-htx-tinh-lan-thu-8-khoa-vi"),
          title="Hội nghị Ban Chấp hành Liên minh HTX tỉnh lần thứ 8, khóa VI",
          date=datetime(2023, 7, 14, 8, 40),
          lead="Ngày 13/7, Ban Chấp hành Liên minh HTX tỉnh Bà Rịa - Vũng Tàu tổ chức Hội nghị lần thứ 8, khóa VI, đánh giá kết quả 6 tháng đầu năm và bàn nhiệm vụ trọng tâm những tháng cuối năm 2023.",
          body="""
Báo cáo tại hội nghị cho biết, 6 tháng đầu năm toàn tỉnh thành lập mới 19 HTX, nâng tổng số HTX đang hoạt động lên 238 HTX với gần 14.500 thành viên; doanh thu bình quân ước đạt 3,1 tỷ đồng/HTX.
Liên minh HTX tỉnh đã tư vấn, hướng dẫn thủ tục cho 26 nhóm sáng lập, tổ chức 5 lớp bồi dưỡng cho 280 học viên và hỗ trợ 12 HTX tham gia các hội chợ, triển lãm trong và ngoài tỉnh.
[img hn-bch-lan-8.png] Đại biểu biểu quyết thông qua nghị quyết hội nghị
Các đại biểu tập trung thảo luận những khó khăn của HTX về vốn, mặt bằng sản xuất và nguồn nhân lực quản lý; đề xuất Liên minh tăng cường kết nối HTX với doanh nghiệp du lịch, chế biến hải sản.
Hội nghị thống nhất 6 nhóm nhiệm vụ, giải pháp trọng tâm, trong đó ưu tiên củng cố các HTX yếu kém và phát triển HTX ứng dụng công nghệ cao trong nông nghiệp.
""",
          byline="Minh Châu", author="Minh Châu", **dated(datetime(2023, 7, 14, 8, 40))),
        A(path=content_path(2568120, "htx-nong-nghiep-bung-rieng-lien-ket-tieu-thu-ho-tieu-sach"),
          title="HTX Nông nghiệp Bưng Riềng liên kết tiêu thụ hồ tiêu sạch",
          date=datetime(2023, 9, 5, 10, 20),
          body="""
HTX Nông nghiệp Bưng Riềng (huyện Xuyên Mộc) vừa ký hợp đồng liên kết với một doanh nghiệp xuất khẩu gia vị, bao tiêu toàn bộ sản lượng hồ tiêu đạt chứng nhận hữu cơ của thành viên trong 5 năm.
Theo hợp đồng, doanh nghiệp cam kết thu mua với giá cao hơn giá thị trường 8 - 10%, hỗ trợ phân bón hữu cơ và cử kỹ sư hướng dẫn thành viên chăm sóc vườn tiêu theo tiêu chuẩn châu Âu.
[img ho-tieu-bung-rieng.png] Thành viên HTX thu hoạch hồ tiêu hữu cơ
## Hiệu quả từ liên kết
* Diện tích hồ tiêu hữu cơ của HTX tăng từ 35 ha lên 62 ha;
* Thu nhập của thành viên tăng bình quân 25%/năm;
* HTX có thêm nguồn thu từ dịch vụ sơ chế, phơi sấy.
Ông Trần Văn Lộc, Giám đốc HTX cho biết, năm 2024 HTX sẽ vận động thêm 20 hộ tham gia, đồng thời xây dựng nhà sơ chế đạt chuẩn để đăng ký sản phẩm OCOP.
""",
          byline="Hoàng Anh", author="Hoàng Anh", **dated(datetime(2023, 9, 5, 10, 20))),
        A(path=content_path(2604455, "tap-huan-nghiep-vu-ke-toan-cho-htx-nam-2023"),
          title="Tập huấn nghiệp vụ kế toán cho HTX năm 2023",
          date=datetime(2023, 11, 22, 15, 0),
          body="""
Từ ngày 20 đến 22/11, Liên minh HTX tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 60 học viên là kế toán, kiểm soát viên các HTX trên địa bàn tỉnh.
Học viên được cập nhật chế độ kế toán áp dụng cho HTX theo Thông tư số 71/2019/TT-BTC, cách lập báo cáo tài chính, quản lý tài sản chung và phân phối thu nhập cho thành viên.
[img tap-huan-ke-toan.png] Giảng viên hướng dẫn học viên lập báo cáo tài chính
Ngoài phần lý thuyết, học viên thực hành trên phần mềm kế toán miễn phí do Liên minh HTX Việt Nam chuyển giao, giúp HTX giảm chi phí thuê dịch vụ kế toán bên ngoài.
""",
          byline="Thanh Bình", author="Thanh Bình", **dated(datetime(2023, 11, 22, 15, 0))),
        A(path=content_path(2637004, "htx-hai-san-phuoc-hai-giu-thuong-hieu-nuoc-mam-truyen-thong"),
          title="HTX Hải sản Phước Hải giữ thương hiệu nước mắm truyền thống",
          date=datetime(2024, 1, 9),
          lead="Giữa lúc nhiều cơ sở nhỏ bỏ nghề, HTX Hải sản Phước Hải (huyện Đất Đỏ) vẫn giữ cách ủ chượp bằng thùng gỗ, đưa nước mắm truyền thống của làng biển vào siêu thị.",
          body="""
HTX hiện có 32 thành viên, sở hữu 140 thùng gỗ ủ chượp với sản lượng khoảng 200.000 lít nước mắm mỗi năm. Cá cơm được mua trực tiếp từ tàu của ngư dân địa phương ngay khi cập bến.
[img nuoc-mam-phuoc-hai.png] Thùng gỗ ủ chượp của HTX Hải sản Phước Hải
Sản phẩm nước mắm cá cơm 40 độ đạm của HTX đạt chuẩn OCOP 4 sao năm 2022, có mặt tại hệ thống siêu thị và cửa hàng đặc sản ở TP Hồ Chí Minh, Đồng Nai, Bình Dương.
Để giữ thương hiệu, HTX áp dụng hệ thống quản lý chất lượng HACCP, in mã QR truy xuất nguồn gốc trên từng chai và thường xuyên kiểm nghiệm chỉ tiêu an toàn thực phẩm.
""",
          byline="Minh Châu", author="Minh Châu",
          published=iso(datetime(2024, 1, 9)), published_source="date-element", evidence=["date-element", "listing"],
          opts={"date_only": True},
          notes=["date above the title without a time: 'Ngày đăng: 09/01/2024'"]),
        A(path=content_path(2671390, "ban-hanh-ke-hoach-huong-ung-thang-hanh-dong-vi-htx-nam-2024"),
          title="Ban hành Kế hoạch hưởng ứng Tháng hành động vì HTX năm 2024",
          date=datetime(2024, 3, 28, 16, 10),
          body="""
Liên minh HTX tỉnh vừa ban hành Kế hoạch số 15/KH-LMHTX về tổ chức các hoạt động hưởng ứng Tháng hành động vì HTX năm 2024, từ ngày 11/4 đến ngày 11/5/2024.
Trong tháng, Liên minh sẽ tổ chức tọa đàm về Luật Hợp tác xã năm 2023, phiên chợ sản phẩm HTX tại TP Bà Rịa, đoàn khảo sát mô hình HTX du lịch cộng đồng và trao quà cho thành viên HTX có hoàn cảnh khó khăn.
- Các HTX thành viên treo băng rôn, khẩu hiệu hưởng ứng tại trụ sở;
- Các huyện, thị xã, thành phố chỉ đạo tổ chức ít nhất một hoạt động nổi bật về kinh tế tập thể.
Toàn văn Kế hoạch được đăng kèm theo bài viết này.
""",
          byline="Văn phòng Liên minh HTX tỉnh", author=None, **dated(datetime(2024, 3, 28, 16, 10)),
          attachments=[{"path": PDF_PATH, "text": "KH-15-LMHTX.pdf"}],
          notes=["news about a plan with the plan as a PDF under 'Tài liệu đính kèm:' after the body; "
                 "byline an office: an office is no writer: author null (as on Đắk Nông and Thái Bình)"]),
        A(path=content_path(2702218, "ra-mat-htx-du-lich-cong-dong-long-son"),
          title="Ra mắt HTX Du lịch cộng đồng Long Sơn",
          date=datetime(2024, 5, 17, 7, 55),
          lead="Sáng 16/5, tại xã đảo Long Sơn (TP Vũng Tàu), HTX Du lịch cộng đồng Long Sơn chính thức ra mắt với 21 thành viên là các hộ nuôi hàu, làm nhà bè và kinh doanh ẩm thực.",
          body="""
HTX cung cấp các tour trải nghiệm nuôi hàu trên sông Chà Và, tham quan nhà Lớn Long Sơn và thưởng thức hải sản tại bè, phục vụ khách trong ngày và khách lưu trú cuối tuần.
[img htx-du-lich-long-son.png] Lãnh đạo Liên minh HTX tỉnh trao quyết định thành lập cho HTX
Liên minh HTX tỉnh đã hỗ trợ HTX xây dựng phương án kinh doanh, đào tạo kỹ năng đón tiếp khách và kết nối với các công ty lữ hành tại TP Hồ Chí Minh.
Dịp này, HTX ký kết hợp tác với hai doanh nghiệp lữ hành, dự kiến đón khoảng 8.000 lượt khách trong năm đầu hoạt động.
""",
          byline="Hoàng Anh", author="Hoàng Anh", **dated(datetime(2024, 5, 17, 7, 55)),
          aliases=[content_path(2702218, "ra-mat-htx-du-lich-cong-dong-long-son") + REDIRECT_TAIL],
          notes=["the home page links this article with Liferay's ?inheritRedirect=true&redirect=%2Ftrang-chu tail "
                 "(same page, rel=canonical to the clean URL): an alias"]),
        A(path=content_path(2735561, "so-ket-6-thang-dau-nam-2024-khu-vuc-kinh-te-tap-the"),
          title="Sơ kết 6 tháng đầu năm 2024 khu vực kinh tế tập thể",
          date=datetime(2024, 7, 10, 14, 25),
          body="""
Chiều 09/7, Liên minh HTX tỉnh phối hợp với Sở Kế hoạch và Đầu tư tổ chức hội nghị sơ kết tình hình phát triển kinh tế tập thể 6 tháng đầu năm 2024.
Đến cuối tháng 6/2024, toàn tỉnh có 251 HTX, 3 liên hiệp HTX và 164 tổ hợp tác; 6 tháng đầu năm thành lập mới 15 HTX, giải thể 4 HTX ngừng hoạt động lâu năm.
## Những hạn chế cần khắc phục
* Nhiều HTX chưa sửa đổi điều lệ theo Luật Hợp tác xã năm 2023;
* Tỷ lệ cán bộ quản lý HTX có trình độ đại học còn thấp;
* Liên kết theo chuỗi giá trị chưa bền vững.
[img so-ket-6-thang-2024.png] Quang cảnh hội nghị sơ kết
Hội nghị đề ra mục tiêu đến cuối năm 2024 thành lập mới thêm 20 HTX, 100% HTX hoàn thành sửa đổi điều lệ theo quy định mới.
""",
          byline="Thanh Bình", author="Thanh Bình", **dated(datetime(2024, 7, 10, 14, 25))),
    ]


STUB = Article(path=content_path(2710043, "hinh-anh-hoi-cho-ocop-ba-ria-vung-tau-2024"),
               title="Hình ảnh Hội chợ OCOP Bà Rịa - Vũng Tàu năm 2024", date=datetime(2024, 6, 2, 9, 30),
               body="[img hoi-cho-ocop-2024.png] Khách tham quan gian hàng sản phẩm OCOP của các HTX tại hội chợ")


# -- markup ------------------------------------------------------------------------------------

def img(src: str) -> str:
    return f"/documents/20182/0/{src}"


def render_body(a: Article) -> str:
    parts = []
    for b in a.blocks:
        if b.kind == "p":
            parts.append(f'<p style="text-align: justify;">{inline_html(b.text)}</p>')
        elif b.kind == "h":
            parts.append(f"<p><strong>{inline_html(b.text)}</strong></p>")
        elif b.kind == "ul":
            parts.append("<ul>" + "".join(f"<li>{inline_html(i)}</li>" for i in b.items) + "</ul>")
        elif b.kind == "img":
            parts.append(f'<p style="text-align: center;"><img alt="" src="{img(b.src)}" style="width: 600px; height: 400px;" /></p>')
            if b.text:
                parts.append(f'<p style="text-align: center;"><em>{inline_html(b.text)}</em></p>')
    if a.byline:
        parts.append(f'<p style="text-align: right;"><strong>{esc(a.byline)}</strong></p>')
    return "\n".join(parts)


def portlet(pid: str, title: str, inner: str, *, heading: str = "h2") -> str:
    return (f'<div class="portlet-boundary portlet-boundary_{pid}_ portlet-static portlet-borderless" id="p_p_id_{pid}_">'
            f'<span id="p_{pid}"></span><section class="portlet" id="portlet_{pid}">'
            f'<header class="portlet-topper"><{heading} class="portlet-title"><span class="portlet-title-text">{title}</span></{heading}></header>'
            f'<div class="portlet-content"><div class="portlet-body">{inner}</div></div></section></div>')


def side(items: list[Article]) -> str:
    focus = "".join(f'<li><a href="{a.path}">{esc(a.title)}</a> <span class="date">({dmy(a.date)})</span></li>'
                    for a in items[:5])
    name, temp, sky, humidity = WEATHER
    c_title, *counts = COUNTER
    options = "".join(f'<div class="radio"><label><input type="radio" name="_poll_choice" value="{i}"> {esc(o)}</label></div>'
                      for i, o in enumerate(POLL_A, 1))
    links = "".join(f'<option value="{{{{base:offsite}}}}{href}">{esc(t)}</option>'
                    for t, href in [("Cổng thông tin điện tử Chính phủ", "/chinh-phu/"),
                                    ("Liên minh Hợp tác xã Việt Nam", "/lmhtx-vn/"),
                                    ("Báo Kinh tế hợp tác", "/tin-tuc/bai-viet-1.html")])
    offsite = "".join(f'<li><a href="{{{{base:offsite}}}}{href}" target="_blank">{esc(t)}</a></li>'
                      for t, href in [("Bộ Kế hoạch và Đầu tư", "/bo-khdt/"), ("Liên minh Hợp tác xã Việt Nam", "/lmhtx-vn/")])
    return "\n".join([
        portlet("tintieudiem_WAR_newsportlet", "Tin tiêu điểm", f'<ul class="focus-news">{focus}</ul>'),
        portlet("weather_WAR_weatherportlet", name,
                f'<div class="weather-now"><span class="temp">{temp}</span><p>{sky}</p><p>{humidity}</p></div>'),
        portlet("poll_WAR_pollportlet", "Khảo sát ý kiến",
                f'<p class="poll-question">{esc(POLL_Q)}</p><form action="javascript:void(0)">{options}'
                '<button type="button" class="btn">Gửi ý kiến</button> <a href="javascript:void(0)">Xem kết quả</a></form>'),
        portlet("counter_WAR_counterportlet", c_title,
                "<ul class=\"counter\">" + "".join(f"<li>{c}</li>" for c in counts) + "</ul>"),
        portlet("weblinks_WAR_linksportlet", "Liên kết website",
                f'<select onchange="window.open(this.value)"><option value="">-- Chọn liên kết --</option>{links}</select>'
                f'<ul class="weblinks">{offsite}</ul>'),
    ])


def layout(title: str, main: str, items: list[Article], *, path: str, page_name: str,
           description: str = "", og_type: str = "website") -> str:
    menu = "".join(f'<li><a href="{href}"><span>{text}</span></a></li>'
                   for href, text in [("/", "Trang chủ"), (LISTING, "Tin hoạt động"), (GALLERY, "Thư viện ảnh"),
                                      (CONTACT, "Liên hệ")])
    footer = "".join(f"<p>{esc(line)}</p>" for line in FOOTER)
    full_title = f"{esc(title)} - {page_name} - {SHORT}" if title != page_name else f"{page_name} - {SHORT}"
    return f"""<!DOCTYPE html>
<html class="aui ltr" dir="ltr" lang="vi-VN">
<head>
<title>{full_title}</title>
<meta content="text/html; charset=UTF-8" http-equiv="content-type" />
<meta content="{attr(description)}" lang="vi-VN" name="description" />
<meta property="og:type" content="{og_type}" />
<meta property="og:title" content="{attr(title)}" />
<link href="{{{{base}}}}{path}" rel="canonical" />
<link href="/lmhtx-theme/images/favicon.png" rel="Shortcut Icon" />
<link class="lfr-css-file" href="/lmhtx-theme/css/main.css" rel="stylesheet" type="text/css" />
<script src="/html/js/barebone.jsp.js" type="text/javascript"></script>
</head>
<body class="yui3-skin-sam controls-visible signed-out public-page site">
<a href="#main-content" id="skip-to-content">Bỏ qua nội dung</a>
<div class="container-fluid" id="wrapper">
<div class="topbar"><span class="today">{TODAY}</span>
<span class="access"><a href="javascript:void(0)">A-</a> <a href="javascript:void(0)">A</a> <a href="javascript:void(0)">A+</a>
<a href="javascript:void(0)">Tăng tương phản</a> <a href="javascript:void(0)">Giảm tương phản</a></span></div>
<header id="banner" role="banner"><div id="heading"><h1 class="site-title"><a class="logo custom-logo" href="/" title="{SHORT}">
<img alt="{SHORT}" height="90" src="/lmhtx-theme/images/logo.png" width="90" /></a>
<span class="site-name" title="{NAME}">{NAME}</span></h1></div>
<div class="marquee">{" - ".join(esc(s) for s in SLOGANS)}</div>
<nav class="sort-pages modify-pages" id="navigation" role="navigation"><ul aria-label="Trang web" role="menubar">{menu}</ul></nav>
</header>
<div id="content">
<div class="columns-2" id="main-content" role="main"><div class="portlet-layout row-fluid">
<div class="portlet-column portlet-column-first span8" id="column-1"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-1">
{main}
</div></div>
<div class="portlet-column portlet-column-last span4" id="column-2"><div class="portlet-dropzone portlet-column-content" id="layout-column_column-2">
{side(items)}
</div></div>
</div></div>
</div>
<footer id="footer" role="contentinfo">{footer}</footer>
</div>
<script src="/lmhtx-theme/js/main.js" type="text/javascript"></script>
</body>
</html>
"""


def detail(a: Article, others: list[Article]) -> str:
    date = f"Ngày đăng: {dmy(a.date)}" if a.opts.get("date_only") else f"{weekday(a.date)}, {dmy(a.date)} {a.date:%H:%M}"
    lead = f'<div class="news-summary"><strong>{inline_html(a.lead)}</strong></div>\n' if a.lead else ""
    files = ""
    if a.attachments:
        files = ('<div class="news-attach"><span>Tài liệu đính kèm:</span><ul>' + "".join(
            f'<li><a href="{x["path"]}" target="_blank"><img src="/lmhtx-theme/images/pdf.png" alt="" /> {esc(x["text"])}</a></li>'
            for x in a.attachments) + "</ul></div>\n")
    other = "".join(f'<li><a href="{o.path}">{esc(o.title)}</a> <span class="date">({dmy(o.date)})</span></li>' for o in others)
    stars = "".join(f'<a href="javascript:void(0)" class="rating-element icon-star-empty" title="{i}"></a>' for i in range(1, 6))
    inner = f"""<div class="news-detail">
<div class="news-date"><i class="icon-calendar"></i> {date}</div>
<h3 class="news-title">{esc(a.title)}</h3>
{lead}<div class="journal-content-article">
{render_body(a)}
</div>
{files}<div class="news-tools"><a href="javascript:window.print()">Bản in</a> | <a href="javascript:void(0)">Gửi email</a> | <span>Chia sẻ</span> <a href="javascript:void(0)">Facebook</a> <a href="javascript:void(0)">Zalo</a> | <a href="javascript:history.back()">Quay lại</a></div>
<div class="taglib-ratings"><span class="rating-label">Đánh giá bài viết</span> {stars} <span class="rating-count">Chưa có đánh giá nào cho bài viết này</span></div>
<div class="other-news"><div class="other-title">Các tin khác</div><ul>{other}</ul></div>
</div>"""
    return portlet("newsdetail_WAR_newsportlet_INSTANCE_k3Vd8", "Tin hoạt động", inner)


def list_page(chunk: list[Article], n: int, pages: int, page_path) -> str:
    def thumb(a: Article) -> str:
        src = img(a.first_image()) if a.first_image() else "/lmhtx-theme/images/no-image.png"
        return f'<div class="asset-small-image"><a href="{a.path}"><img alt="{attr(a.title)}" src="{src}" /></a></div>'
    rows = "\n".join(f"""<div class="asset-abstract">
{thumb(a)}
<h3 class="asset-title"><a href="{a.path}">{esc(a.title)}</a></h3>
<span class="metadata-entry metadata-publish-date">{dmy(a.date)}</span>
<div class="asset-summary">{esc(a.summary())}</div>
<div class="asset-more"><a href="{a.path}">Xem tiếp »</a></div>
</div>""" for a in chunk)
    links = []
    for label, k in (("Đầu", 1), ("Trước", n - 1), ("Tiếp", n + 1), ("Cuối", pages)):
        if 1 <= k <= pages and k != n:
            links.append(f'<li><a href="{page_path(k)}">{label}</a></li>')
        else:
            links.append(f'<li class="disabled"><a href="javascript:;">{label}</a></li>')
    pager = (f'<div class="taglib-page-iterator"><div class="search-results">Trang {n} / {pages}</div>'
             f'<div class="pagination"><ul class="lfr-pagination-buttons pager">{"".join(links)}</ul></div></div>')
    return portlet(INSTANCE.strip("_"), "Tin hoạt động", rows + "\n" + pager)


def build() -> SiteBuild:
    site = SiteBuild(SITE, "ba-ria-vung-tau", NAME, "generic", None,
                     start_urls=["{{base:%s}}/" % SITE, "{{base:%s}}%s" % (SITE, LISTING)])
    site.extra_boilerplate += BOILERPLATE
    items = sorted(articles(), key=lambda a: a.date, reverse=True)
    for a in items:
        site.add_article(a)

    for a in items + [STUB]:
        others = [o for o in items if o is not a][:5]
        site.page(a.path, layout(a.title, detail(a, others), items, path=a.path, page_name="Tin hoạt động",
                                 description=a.summary(), og_type="article"), content_type=HTML)
    alias_article = next(a for a in items if a.aliases)
    site.same_page(alias_article.aliases[0], alias_article.path)
    site.non_articles.append(STUB.path)
    site.trap("caption-only stub in the article URL shape (date, title, one photo + centred caption): not an article",
              STUB.path)

    pages = listing_pages(items, 5)
    page_path = lambda n: LISTING if n == 1 else f"{LISTING}?{INSTANCE}cur={n}"  # noqa: E731
    for n, chunk in enumerate(pages, 1):
        site.page(page_path(n), layout("Tin hoạt động", list_page(chunk, n, len(pages), page_path), items,
                                       path=page_path(n), page_name="Tin hoạt động"), content_type=HTML)
    site.trap("pagination by the asset publisher's query parameter ?_101_INSTANCE_<id>_cur=2 "
              "(links 'Đầu | Trước | Tiếp | Cuối'); page 2 holds the two oldest articles", page_path(2))
    oldest = items[-1]
    site.trap(f"date ABOVE the title ('{weekday(oldest.date)}, {dmy(oldest.date)} {oldest.date:%H:%M}'); the portlet title 'Tin hoạt động' is the only <h2>, "
              "the article title an <h3>; the site name sits in the only <h1>", oldest.path)
    site.trap("captions are centred italic <p><em> paragraphs under a centred <p><img>", items[0].path)

    # home page: the newest article with Liferay's redirect tail, the others plain
    def home_link(a: Article) -> str:
        return a.path + REDIRECT_TAIL if a is alias_article else a.path
    top = items[0]
    rows = "".join(f'<li><a href="{home_link(a)}">{esc(a.title)}</a> <span class="date">{dmy(a.date)}</span></li>'
                   for a in items[1:6])
    main = (portlet("hotnews_WAR_newsportlet", "Tin nổi bật",
                    f'<div class="hot"><a href="{home_link(top)}"><img src="{img(top.first_image())}" alt="{attr(top.title)}" /></a>'
                    f'<h3><a href="{home_link(top)}">{esc(top.title)}</a></h3><p>{esc(top.summary())}</p></div>'
                    f'<ul class="list-news">{rows}</ul><a href="{LISTING}">Xem tất cả</a>')
            + portlet("gallery_WAR_galleryportlet", "Hình ảnh hoạt động",
                      f'<a href="{STUB.path}"><img src="{img(STUB.first_image())}" alt="" /></a>'
                      f'<p><a href="{STUB.path}">{esc(STUB.title)}</a></p><a href="{GALLERY}">Thư viện ảnh</a>'))
    site.page("/", layout("Trang chủ", main, items, path="/", page_name="Trang chủ",
                          description="Cổng thông tin Liên minh HTX tỉnh Bà Rịa - Vũng Tàu"), content_type=HTML)
    site.non_articles.append("/")

    # gallery and contact
    pics = "".join(f'<div class="image-thumbnail"><img src="{img(a.first_image())}" alt="{attr(a.title)}" />'
                   f'<span class="image-title">{esc(a.title)}</span></div>' for a in items + [STUB] if a.first_image())
    site.page(GALLERY, layout("Thư viện ảnh", portlet("31", "Thư viện ảnh", f'<div class="image-gallery">{pics}</div>'),
                              items, path=GALLERY, page_name="Thư viện ảnh"), content_type=HTML)
    contact = f"""<div class="journal-content-article"><h3>{NAME}</h3>
<p>Địa chỉ: Số 198 Bạch Đằng, Phường Phước Trung, TP Bà Rịa</p><p>Điện thoại: 0254.3826.712</p>
<form action="javascript:void(0)" class="form-contact"><label>Họ tên</label><input name="hoten" type="text" />
<label>Nội dung góp ý</label><textarea name="noidung"></textarea><button type="button">Gửi</button></form></div>"""
    site.page(CONTACT, layout("Liên hệ", portlet("56_INSTANCE_c0nt", "Liên hệ", contact), items, path=CONTACT,
                              page_name="Liên hệ"), content_type=HTML)
    site.non_articles += [GALLERY, CONTACT]
    site.trap("gallery page (photos with titles of articles) and contact page: not articles", GALLERY)

    site.binary(PDF_PATH, pdf("Kế hoạch 15/KH-LMHTX hưởng ứng Tháng hành động vì HTX năm 2024",
                              ["LIEN MINH HTX TINH BA RIA - VUNG TAU", "So: 15/KH-LMHTX",
                               "KE HOACH", "Huong ung Thang hanh dong vi HTX nam 2024"]))
    site.static("/robots.txt", "User-agent: *\nDisallow: /c/\nDisallow: /group/\n")
    site.binary("/lmhtx-theme/images/favicon.png", image_for("/lmhtx-theme/images/favicon.png"))
    return site

